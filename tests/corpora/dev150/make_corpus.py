#!/usr/bin/env python3
"""Independent evaluation corpus dev150 for Siegel (issue 14).

150 fictitious outgoing mails of "Lindenhof Versicherung AG" (head office Köln,
Austrian branch in Wien), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Standard library only.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares, parses, opens
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
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d150-"
DOM = "lindenhof-versicherung.example"

# --------------------------------------------------------------------------
# numbers: IBAN (ISO 7064 mod 97) and Austrian social-security numbers
# --------------------------------------------------------------------------

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban, grouped=False):
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{check:02d}{bban}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def svnr(serial, dob):
    """Austrian SV-Nummer: 3 serial digits, check digit, DDMMYY."""
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    for k in range(serial, serial + 50):
        d = f"{k:03d}0{dob}"
        c = sum(int(x) * y for x, y in zip(d, w)) % 11
        if c < 10:
            return f"{k:03d}{c} {dob}"
    raise ValueError


# customer / partner bank accounts (all checksum-valid, invented)
IB_WEBER = iban("DE", "370501980019283746")
IB_KRAUS = iban("DE", "500105175402837165", grouped=True)
IB_BRANDL = iban("AT", "2011182736450091", grouped=True)
IB_HUBER = iban("AT", "3200000012847362")
IB_OKAFOR = iban("DE", "120300000010928374")
IB_MAKLER = iban("DE", "440100460077812903", grouped=True)
IB_AT_MAKLER = iban("AT", "1420020410034471")
IB_FIRMA = iban("DE", "300500000004511778", grouped=True)
IB_LINDENHOF = iban("DE", "370400440532019988", grouped=True)
IB_LINDENHOF_AT = iban("AT", "6012000516643301", grouped=True)
IB_NOWAK = iban("DE", "250400660388120045")
IB_REITER = iban("AT", "4334000000713355", grouped=True)
IB_SCHUETZ = iban("DE", "681700240091735500", grouped=True)
IB_WISN = iban("DE", "290501010082277341", grouped=True)
IB_GB = iban("GB", "NWBK60161331926819", grouped=True)
IB_NL = iban("NL", "ABNA0417164300", grouped=True)

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

FOOT_DE = (
    "--\r\n"
    "Lindenhof Versicherung AG · Hohenstaufenring 88 · 50674 Köln\r\n"
    "Vorstand: Dr. Ruth Eckhoff (Vors.), Matthias Brüggemann, Ines Talhoff\r\n"
    "Vorsitzender des Aufsichtsrats: Gerhard Lommerzheim · Sitz Köln · Amtsgericht Köln HRB 48113\r\n"
    "\r\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht\r\n"
    "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte\r\n"
    "sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte\r\n"
    "Weitergabe dieser Mail ist nicht gestattet.\r\n"
).replace("\r\n", "\n")

FOOT_AT = (
    "--\n"
    "Lindenhof Versicherung AG, Zweigniederlassung Österreich\n"
    "Obere Augartenstraße 17, 1020 Wien · FN 411872 k · Handelsgericht Wien\n"
    "Hauptbevollmächtigter: Mag. Clemens Aichinger\n"
    "Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie\n"
    "nicht der vorgesehene Empfänger sein, ersuchen wir Sie, den Absender zu verständigen und\n"
    "die Nachricht zu löschen.\n"
)

FOOT_EN = (
    "--\n"
    "Lindenhof Versicherung AG · Hohenstaufenring 88 · 50674 Cologne · Germany\n"
    "Registered at Amtsgericht Köln HRB 48113 · Chair of the Management Board: Dr. Ruth Eckhoff\n"
    "This e-mail may contain confidential and/or privileged information. If you are not the\n"
    "intended recipient, please notify the sender immediately and delete this e-mail. Any\n"
    "unauthorised copying, disclosure or distribution of its content is strictly forbidden.\n"
)


class P:
    def __init__(self, name, local, sig, foot=FOOT_DE):
        self.name, self.addr, self.sig, self.foot = name, f"{local}@{DOM}", sig, foot

    def __str__(self):
        return email.utils.formataddr((self.name, self.addr))


WENDLAND = P("Katrin Wendland", "k.wendland",
             "Mit freundlichen Grüßen\n\nKatrin Wendland\nLeistungsabteilung Krankenversicherung\n"
             "Telefon +49 221 5508-4127\n")
PFISTERER = P("Jörg Pfisterer", "j.pfisterer",
              "Gruß\nJörg Pfisterer\nKraftfahrt-Schaden | Lindenhof Versicherung AG\nFon 0221 5508-3310\n")
OSTROWSKI = P("Melanie Ostrowski", "m.ostrowski",
              "Viele Grüße\nMelanie Ostrowski\nMaklerbetreuung Nord-West\nMobil +49 171 5550 2291\n")
REHKEMPER = P("Tobias Rehkemper", "t.rehkemper",
              "Tobias Rehkemper\nIT Service Desk · Anwendungsbetreuung\nDurchwahl -2045\n")
QUAST = P("Sabine Quast", "s.quast",
          "Beste Grüße\nSabine Quast\nPersonalabteilung / HR Services\n")
VALENTIN = P("Dr. med. Henrik Valentin", "h.valentin",
             "Dr. med. Henrik Valentin\nGesellschaftsarzt · Risikoprüfung Leben/BU\nLindenhof Versicherung AG\n")
NUESSLEIN = P("Frank Nüßlein", "f.nuesslein",
              "Freundliche Grüße\nFrank Nüßlein\nSach-Schaden Privatkunden\nTel. 0221 5508-3702\n")
DEMIRTAS = P("Aylin Demirtaş", "a.demirtas",
             "Freundliche Grüße aus Köln\nAylin Demirtaş\nKundenservice\n")
BREHMER = P("Nadine Brehmer", "datenschutz",
            "Nadine Brehmer\nDatenschutzbeauftragte der Lindenhof Versicherung AG\n")
KAMPHAUSEN = P("Oliver Kamphausen", "o.kamphausen",
               "Mit freundlichen Grüßen\nOliver Kamphausen\nEinkauf & Facility Management\n")
WHITFIELD = P("Claire Whitfield", "c.whitfield",
              "Kind regards,\nClaire Whitfield\nReinsurance & International Programmes\n"
              "Lindenhof Versicherung AG | +49 221 5508-1190\n", FOOT_EN)
ADEYEMI = P("Ben Adeyemi", "b.adeyemi",
            "Best regards\nBen Adeyemi\nCommercial Lines Underwriting\n", FOOT_EN)
HOFFKNECHT = P("Lena Hoffknecht", "l.hoffknecht",
               "Mit freundlichen Grüßen\nLena Hoffknecht\nRechtsschutz-Leistung\n")
MARKETING = P("Lindenhof Versicherung", "newsletter", "", "")
NOREPLY = P("Lindenhof SecureMail", "noreply", "", "")
PRESSE = P("Lindenhof Unternehmenskommunikation", "presse", "", FOOT_DE)
LIFE = P("Lebensversicherung Leistung", "leben-leistung",
         "Ihre Lebensversicherung – Leistungsservice\nLindenhof Versicherung AG\n")
TRAVEL = P("Lindenhof Travel Assistance", "travel-assistance",
           "Lindenhof Travel Assistance – 24/7\nPhone +49 221 5508-7700\n", FOOT_EN)

# Austrian branch, Wien
PICHLMAYR = P("Mag. Andrea Pichlmayr", "a.pichlmayr",
              "Mit lieben Grüßen\nMag. Andrea Pichlmayr\nLeistungsservice Krankenversicherung\n"
              "Zweigniederlassung Österreich · Tel. +43 1 90 417-220\n", FOOT_AT)
WIMMER = P("Florian Wimmer-Strasser", "f.wimmer-strasser",
           "Freundliche Grüße\nFlorian Wimmer-Strasser\nSchaden Kfz & Sach · Wien\n+43 1 90 417-315\n", FOOT_AT)
KOGLER = P("Mag.a Theresa Kogler", "t.kogler",
           "Liebe Grüße\nTheresa Kogler\nPersonal & Organisation Österreich\n", FOOT_AT)
BRANDSTAETTER = P("Dr. Lukas Brandstätter", "l.brandstaetter",
                  "Dr. Lukas Brandstätter\nVertrauensarzt, Zweigniederlassung Österreich\n", FOOT_AT)
HASLINGER = P("Elisabeth Haslinger", "e.haslinger",
              "Schöne Grüße aus Wien\nElisabeth Haslinger\nKundenservice Österreich\n", FOOT_AT)
ZOECHLING = P("Markus Zöchling", "m.zoechling",
              "Beste Grüße\nMarkus Zöchling\nVertriebspartnerbetreuung Österreich\n"
              "Mobil +43 664 555 81 20\n", FOOT_AT)


def X(name, addr):
    return email.utils.formataddr((name, addr))


# --------------------------------------------------------------------------
# attachment builders (standard library only, deterministic)
# --------------------------------------------------------------------------

ZDT = (2026, 1, 1, 0, 0, 0)


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipf(members, date=(2026, 3, 2, 9, 0, 0)):
    """members: list of (name, bytes) ; plain ZIP attachment."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    out = []
    for ch in s.encode("cp1252", "replace"):
        c = chr(ch)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "".join(out)


def pdf(text, title="Dokument", size=10):
    """Single-font PDF with a real text layer (Helvetica, WinAnsi)."""
    lines = text.split("\n")
    per = 58
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[""]]
    objs = []
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    for i, pl in enumerate(pages):
        kids.append(5 + 2 * i)
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" %
                 (" ".join(f"{k} 0 R" for k in kids), len(kids))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (Lindenhof DocGen 4.2) /CreationDate (D:20260105080000+01'00') >>"
                 % _pdf_str(title)).encode("latin-1"))
    for i, pl in enumerate(pages):
        cs = [f"BT /F1 {size} Tf 56 790 Td {size + 3} TL"]
        for ln in pl:
            cs.append(f"({_pdf_str(ln)}) Tj T*")
        cs.append("ET")
        raw = zlib.compress("\n".join(cs).encode("latin-1"), 9)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paras, title="Dokument", author="Lindenhof Versicherung AG"):
    """paras: list of str (paragraph) or list (table row lists -> table)."""
    body = []
    for p in paras:
        if isinstance(p, list):
            rows = []
            for r in p:
                cells = "".join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(str(c))}</w:t></w:r></w:p></w:tc>'
                                for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>'
           + "".join(body) + "<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", core)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>')
        sd.append(f'<row r="{ri}">{"".join(cells)}</row>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(sd) + "</sheetData></worksheet>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'office:version="1.2"')


def _odf(mime, body):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               f"<office:body>{body}</office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)],
                stored_first="mimetype")


def odt(paras):
    body = "".join(f"<text:p>{_x(p)}</text:p>" for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>")


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        tcs = []
        for v in row:
            if isinstance(v, (int, float)):
                tcs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                tcs.append(f'<table:table-cell office:value-type="string"><text:p>{_x(str(v))}</text:p></table:table-cell>')
        trs.append("<table:table-row>" + "".join(tcs) + "</table:table-row>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                f'<office:spreadsheet><table:table table:name="{_x(sheet)}">{"".join(trs)}</table:table></office:spreadsheet>')


def csvb(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(summary, start, end, location, desc, uid, organizer):
    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindenhof Versicherung//Termine//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}@{DOM}", "DTSTAMP:20260101T080000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(desc)}",
             f"ORGANIZER:mailto:{organizer}", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "html": ("text", "html"),
    "htm": ("text", "html"),
    "txt": ("text", "plain"),
}

# --------------------------------------------------------------------------
# mail assembly
# --------------------------------------------------------------------------

MAILS = []  # list of dicts


def _date(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if 4 <= d.month <= 10 else 1
    return email.utils.format_datetime(d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off))))


def A(name, data, ctype=None, params=None):
    """attachment spec: (filename, bytes|EmailMessage, (maintype, subtype), params)."""
    if ctype is None and not isinstance(data, EmailMessage):
        ctype = MIME[name.rsplit(".", 1)[1].lower()]
    return (name, data, ctype, params)


def inner(frm, to, subj, date, body, charset="utf-8", mid=None, atts=()):
    """A message to be attached as message/rfc822 (a forwarded mail)."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = _date(date)
    m["Message-ID"] = mid or f"<{hashlib.sha1((subj + date).encode()).hexdigest()[:16]}@{frm.split('@')[-1].rstrip('>')}>"
    m.set_content(body, charset=charset)
    for a in atts:
        m.add_attachment(a[1], a[2][0], a[2][1], filename=a[0])
    return m


def M(label, lang, kind, reason, frm, to, subj, date, body=None, *, html=None, cc=None,
      charset="utf-8", cte=None, atts=(), flowed=False, headers=(), sig=True, foot=True,
      html_charset=None, html_cte=None):
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subj=subj,
                      date=date, body=body, html=html, cc=cc, charset=charset, cte=cte, atts=list(atts),
                      flowed=flowed, headers=list(headers), sig=sig, foot=foot,
                      html_charset=html_charset, html_cte=html_cte))


_TR = {"·": "|", "–": "-", "„": '"', "“": '"', "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae",
       "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ş": "s", "é": "e"}


def _fit(text, charset):
    """Signatures/footers as a mail client in that charset would send them."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_TR[ch])
    return "".join(out)


def build(i, m):
    n = i + 1
    msg = EmailMessage()
    frm = m["frm"]
    msg["From"] = str(frm)
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = _date(m["date"])
    msg["Message-ID"] = "<%s.%s@%s>" % (
        m["date"][:10].replace("-", ""), hashlib.sha1(f"d150/{n}/{m['subj']}".encode()).hexdigest()[:20], DOM)
    for k, v in m["headers"]:
        msg[k] = v
    body = m["body"]
    if body is not None and isinstance(frm, P):
        tail = ""
        if m["sig"] and frm.sig:
            tail += frm.sig
        if m["foot"] and frm.foot:
            tail = tail.rstrip("\n") + "\n\n" + frm.foot
        tail = _fit(tail.strip("\n"), m["charset"])
        if "%%SIG%%" in body:
            body = body.replace("%%SIG%%", tail)
        elif tail:
            body = body.rstrip("\n") + "\n\n" + tail + "\n"
    params = {"format": "flowed"} if m["flowed"] else None
    if body is not None:
        msg.set_content(body, charset=m["charset"], cte=m["cte"], params=params)
        if m["html"] is not None:
            msg.add_alternative(m["html"], subtype="html", charset=m["html_charset"] or m["charset"],
                                cte=m["html_cte"])
    else:
        msg.set_content(m["html"], subtype="html", charset=m["html_charset"] or m["charset"],
                        cte=m["html_cte"] or m["cte"])
    for name, data, ctype, prm in m["atts"]:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=name)
        else:
            msg.add_attachment(data, ctype[0], ctype[1], filename=name, params=prm)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_LVAG_{n:04d}_{k}_{hashlib.md5(str(n * 31 + k).encode()).hexdigest()[:10]}")
            k += 1
    return msg.as_bytes(policy=email.policy.SMTP)


# ==========================================================================
# MAILS — every mail written on its own
# ==========================================================================

# ---- 0001-0025 -------------------------------------------------------------

M("NORMAL", "de", "internal",
  "trap: Wien HR reminds all staff how to report Krankenstand and Spitalsaufenthalt; rules only, no person",
  KOGLER, X("Alle Mitarbeiter:innen Wien", f"team-wien@{DOM}"),
  "Erinnerung: Krankenstandsmeldung ab Jänner neu", "2026-01-07 08:14", """\
Liebe Kolleginnen und Kollegen,

mit 1. Jänner hat sich bei uns in Wien das Prozedere für Krankenstandsmeldungen ein wenig geändert.
Kurz zusammengefasst:

1. Krankenstand bitte bis spätestens 9:30 Uhr telefonisch bei der eigenen Teamleitung melden –
   nicht per WhatsApp, nicht per SMS.
2. Ab dem dritten Tag brauchen wir die Arbeitsunfähigkeitsmeldung. Die Diagnose geht uns nichts
   an, bitte schickt uns also KEINE Befunde, Ambulanzkarten oder Spitalsbriefe mit.
3. Bei einem Spitalsaufenthalt reicht die Aufenthaltsbestätigung des Spitals (ohne Befund).
4. Die Sozialversicherungsnummer steht auf der Meldung ohnehin drauf – ihr müsst sie nicht extra
   ins Mail schreiben.

Die neue Vorlage liegt im Intranet unter Personal > Formulare > „Krankenstand_2026.docx“.
Bei Fragen einfach bei mir melden, ich bin Mo–Do im Haus.
""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "motor claim of a named customer: claim number, plate, accident place; nobody hurt",
  PFISTERER, X("Dennis Achterberg", "dennis.achterberg@postfach.example"),
  "Ihr Schaden KS-2026-0041187 – Auffahrunfall vom 05.01.", "2026-01-09 10:41", """\
Sehr geehrter Herr Achterberg,

vielen Dank für Ihre Schadenmeldung. Wir haben den Vorgang unter der Schadennummer
KS-2026-0041187 angelegt (Vertrag KF 7730-2291-04, Ihr VW Touran, Kennzeichen K-DA 4471).

Nach Ihrer Schilderung sind Sie am 05.01.2026 gegen 7:50 Uhr auf der Aachener Straße in Köln-
Braunsfeld an der Ampel auf den vorausfahrenden Wagen aufgefahren. Verletzt wurde zum Glück niemand.

Damit wir den Fremdschaden regulieren können, benötigen wir noch:
- den Namen der Versicherung des Unfallgegners (falls bekannt),
- Fotos von Ihrem Fahrzeug (Front),
- ob Sie Ihren eigenen Schaden über die Vollkasko abrechnen möchten (SB 300 EUR).

Ihre Schadenfreiheitsklasse wird für 2027 neu berechnet; dazu erhalten Sie gesondert Post.
""", cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian health claim: Spitalsaufenthalt, Befund, diagnosis and SV number of the insured",
  PICHLMAYR, X("Gerlinde Brandl", "g.brandl@familie-brandl.example"),
  "Ihre Einreichung vom 12. Jänner – Sonderklasse Spital", "2026-01-19 14:02", f"""\
Sehr geehrte Frau Brandl,

wir haben Ihre Unterlagen zum Aufenthalt im Privatspital Sankt Leonhard erhalten, danke dafür.

Versicherte Person: Gerlinde Brandl, SV-Nr. {svnr(412, '140361')}
Polizze: KV-AT 118 204 557
Aufenthalt: 28.12.2025 bis 06.01.2026, Sonderklasse, Zweibettzimmer
Aufnahmediagnose laut Befund: Hüftgelenksarthrose rechts (M16.1), Implantation Hüft-TEP

Die Kosten der Sonderklasse (Pflegegebühr und Arzthonorare, zusammen 11.846,20 EUR) übernehmen wir
zur Gänze; die Rechnung wird direkt mit dem Spital verrechnet. Offen ist noch die Honorarnote der
Anästhesie, die uns Dr. Hainzl nachreichen wird.

Für die anschließende Rehabilitation bitte ich Sie, uns den Rehab-Antrag und den Entlassungsbefund
zu schicken, sobald Sie ihn haben. Am einfachsten über das Kundenportal.

Gute Besserung und alles Liebe für die Reha!
""", charset="iso-8859-1", cte="quoted-printable")

M("NORMAL", "en", "newsletter",
  "trap: travel health newsletter (vaccinations, malaria, hospital abroad) addressed to all subscribers",
  MARKETING, X("Lindenhof Travel Newsletter", f"travel-newsletter@{DOM}"),
  "Before you fly: 6 health tips for your spring holiday", "2026-03-03 07:00",
  "Lindenhof Travel Newsletter – March 2026\n\n"
  "1. Check your vaccinations 6–8 weeks before departure (hepatitis A, tetanus, typhoid).\n"
  "2. Malaria prophylaxis: ask your GP or a travel clinic; we refund it under travel health cover.\n"
  "3. Take a copy of your insurance card and our 24/7 emergency number +49 221 5508-7700.\n"
  "4. Hospital abroad? Call us first – we guarantee payment directly to the hospital.\n"
  "5. Chronic condition? Carry a doctor's letter in English and enough medication.\n"
  "6. Repatriation is covered when medically necessary – we decide together with your doctor.\n\n"
  "Read more: https://www.lindenhof-versicherung.example/reisen/gesund-unterwegs\n"
  "Unsubscribe: https://www.lindenhof-versicherung.example/newsletter/abmelden\n",
  html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#2b6e3f">Before you fly: 6 health tips</h2>
<table cellpadding="6" border="0">
<tr><td><b>1</b></td><td>Check your vaccinations 6&ndash;8 weeks before departure (hepatitis A, tetanus, typhoid).</td></tr>
<tr><td><b>2</b></td><td>Malaria prophylaxis: ask your GP or a travel clinic; we refund it under travel health cover.</td></tr>
<tr><td><b>3</b></td><td>Take a copy of your insurance card and our 24/7 emergency number +49 221 5508-7700.</td></tr>
<tr><td><b>4</b></td><td>Hospital abroad? Call us first &ndash; we guarantee payment directly to the hospital.</td></tr>
<tr><td><b>5</b></td><td>Chronic condition? Carry a doctor&#39;s letter in English and enough medication.</td></tr>
<tr><td><b>6</b></td><td>Repatriation is covered when medically necessary.</td></tr>
</table>
<p><a href="https://www.lindenhof-versicherung.example/reisen/gesund-unterwegs">Read more</a> &middot;
<a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>""", cte="quoted-printable", html_cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "request to a GP for a medical report on a named life-insurance applicant; consent form attached as PDF",
  VALENTIN, X("Dr. Miriam Castell", "praxis@castell-allgemeinmedizin.example"),
  "Medical report request – applicant Jonathan Reeve, DOB 02/09/1979", "2026-01-22 11:30", """\
Dear Dr. Castell,

Mr Jonathan Reeve (born 2 September 1979, 14 Hartfield Lane, Kentford) has applied for term life
cover of EUR 450,000 with us. In his health questionnaire he states that he has been treated in
your practice for hypertension since 2021 and that a sleep apnoea was diagnosed in 2024.

Could you kindly send us a short report covering:
- current blood pressure readings and medication (he mentions ramipril 5 mg),
- the result of the polysomnography and whether CPAP therapy is used regularly,
- any cardiac findings (ECG, echo) in the last three years.

Mr Reeve's signed release from medical confidentiality is attached. We pay a fee of EUR 45.00 for
the report; please add your bank details to the invoice.

Thank you very much for your help.
""", atts=[A("Release_confidentiality_Reeve.pdf", pdf(
    "Lindenhof Versicherung AG - Risk assessment Life/Disability\n\n"
    "RELEASE FROM MEDICAL CONFIDENTIALITY\n\n"
    "Applicant: Jonathan Reeve\nDate of birth: 02/09/1979\nApplication no.: LV-A 2026-118834\n\n"
    "I release the following physicians from their duty of confidentiality towards\n"
    "Lindenhof Versicherung AG for the purpose of assessing my application:\n"
    "  Dr. Miriam Castell, general practitioner\n"
    "  Sleep laboratory, Klinikum Rheinaue\n\n"
    "Signed: J. Reeve          Kentford, 15 January 2026\n", title="Release Reeve"))])

M("CONFIDENTIAL", "en", "insurer-to-broker",
  "commission statement for a sole-trader broker with his IBAN and tax number (XLSX)",
  ADEYEMI, X("Patrick O'Donnell", "patrick@odonnell-insurance-brokers.example"),
  "Commission statement Q4/2025", "2026-01-15 16:20", f"""\
Hi Patrick,

please find attached your commission statement for Q4/2025 (commercial lines only; your private-
lines commission comes from the Düsseldorf office as usual).

Total: EUR 8,412.90, paid on 20 January to your account {IB_GB}.

If you have changed bank in the meantime, let me know before Friday.
""", atts=[A("Commission_Q4_2025_ODonnell.xlsx", xlsx([
    ["Broker", "Patrick O'Donnell (sole trader)", "", ""],
    ["Broker no.", "VM-44817", "Tax no.", "214/5087/3311"],
    ["IBAN", IB_GB, "", ""],
    ["Policy", "Client", "Premium EUR", "Commission EUR"],
    ["BH-2025-004471", "Meissner Logistik GmbH", 18450.00, 2767.50],
    ["FL-2025-000918", "Holzbau Auer KG", 9210.00, 1381.50],
    ["GW-2025-002264", "Café Rheinblick (Inh. S. Lütke)", 2340.00, 351.00],
    ["BH-2025-004902", "Nordstern Event GmbH", 25986.00, 3912.90],
    ["Total", "", "", 8412.90]], sheet="Q4"))])

M("NORMAL", "de", "insurer-to-supplier",
  "trap: order of first-aid kits, AED pads and a Blutdruckmessgerät for the Vienna office; company supplier only",
  KAMPHAUSEN, X("MediShop Versand GmbH – Firmenkunden", "b2b@medishop-versand.example"),
  "Bestellung 4500118723 – Erste-Hilfe-Material Standort Wien", "2026-01-12 09:05", """\
Sehr geehrte Damen und Herren,

hiermit bestellen wir zur Lieferung an unsere Zweigniederlassung in Wien (Obere Augartenstraße 17,
1020 Wien, Empfang EG, z. Hd. Frau Kogler):

  4 x  Verbandkasten DIN 13169, Wandhalterung        Art.-Nr. 771-204
  2 x  AED-Elektroden Erwachsene (Ersatzset)          Art.-Nr. 880-011
  1 x  Blutdruckmessgerät Oberarm, Sanitätsraum        Art.-Nr. 645-330
 10 x  Kühlkompresse, Einmal                           Art.-Nr. 112-087
  1 x  Augenspülflasche 500 ml                         Art.-Nr. 112-140

Bitte Rechnung an die Zentrale in Köln, Kostenstelle 4710, Bestellnummer angeben.
Liefertermin KW 4 wäre ideal, da die Ersthelferschulung am 26. Jänner stattfindet.
""", charset="windows-1252", cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "diagnosis of a BU claimant only in the quoted reply below a harmless one-liner",
  VALENTIN, X("Leistung BU", f"bu-leistung@{DOM}"),
  "AW: BU-Leistungsantrag 2026-BU-0317 – Stellungnahme?", "2026-01-27 17:48", """\
Hallo zusammen,

aus ärztlicher Sicht plausibel, ich würde die Leistung anerkennen. Details siehe unten.

%%SIG%%

-----Ursprüngliche Nachricht-----
Von: Rüdiger Saalfeld <r.saalfeld@lindenhof-versicherung.example>
Gesendet: Montag, 26. Januar 2026 15:12
An: Dr. med. Henrik Valentin <h.valentin@lindenhof-versicherung.example>
Betreff: BU-Leistungsantrag 2026-BU-0317 – Stellungnahme?

Hallo Henrik,

kannst du bitte einen Blick auf den Fall werfen? Versicherte: Simone Lauterbach, geb. 11.07.1974,
Erzieherin, BU-Rente 1.400 EUR mtl. (Vertrag LV 5520-8814).

Laut Bericht der Uniklinik: rezidivierende depressive Störung, gegenwärtig schwere Episode
(F33.2), stationär vom 03.11. bis 19.12.2025, danach Tagesklinik. Behandelnde Psychiaterin sieht
Arbeitsfähigkeit < 3 Std./Tag für mindestens 6 Monate.

Fragt sich nur, ob wir ein Zweitgutachten brauchen.

Danke & Gruß
Rüdiger
""")

M("NORMAL", "de", "insurer-to-customer",
  "trap: portal notification without content (signal mail); only says a message is waiting",
  NOREPLY, X("Birgit Hollstein", "birgit.hollstein@webmail.example"),
  "Neue Nachricht in Ihrem Lindenhof-Postfach", "2026-01-28 06:31", """\
Guten Tag,

in Ihrem persönlichen Postfach im Lindenhof SecureMail-Portal liegt eine neue Nachricht für Sie
bereit.

Bitte melden Sie sich hier an, um sie zu lesen:
https://securemail.lindenhof-versicherung.example/

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Wir fragen Sie niemals per
E-Mail nach Ihrem Passwort, Ihrer Sicherheitsfrage oder Ihren Bankdaten.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Lindenhof Versicherung AG
""", cte="base64")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "household policy: SEPA mandate confirmation with the customer's IBAN and address",
  DEMIRTAS, X("Martin Weber", "m.weber71@postfach.example"),
  "Bestätigung Ihres SEPA-Lastschriftmandats – Hausrat HR 2210-0093-11", "2026-02-02 13:15", f"""\
Guten Tag Herr Weber,

wie telefonisch besprochen ziehen wir den Beitrag für Ihre Hausratversicherung HR 2210-0093-11
(Wohnung Lindenthalgürtel 46, 50935 Köln) ab März per Lastschrift ein.

Mandatsreferenz: LVAG-HR-22100093-03
Kontoinhaber:    Martin Weber
IBAN:            {IB_WEBER}
Betrag:          18,74 EUR monatlich, jeweils zum 1.

Unsere Gläubiger-ID lautet DE97ZZZ00000731155. Die erste Abbuchung erfolgt am 01.03.2026.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
  "Austrian cost coverage to a hospital for a named patient with admission diagnosis; PDF attached",
  PICHLMAYR, X("Patientenadministration Privatklinik Kahlenberg", "aufnahme@privatklinik-kahlenberg.example"),
  "Kostenübernahme Sonderklasse – Pat. Reiter, Josef", "2026-02-04 08:47", """\
Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für den geplanten Aufenthalt von Herrn Josef Reiter
(geb. 22.05.1958) ab 09.02.2026. Bitte die Verrechnung wie gewohnt direkt mit uns.

Die Zusage gilt für den Eingriff laut Zuweisung (Koronarangiographie, ggf. PCI), maximal 5 Tage
Sonderklasse. Bei Verlängerung ersuchen wir um kurze Info mit aktuellem Befund.
""", atts=[A("KUE_Reiter_Josef_2026-02.pdf", pdf(
    "Lindenhof Versicherung AG - Zweigniederlassung Österreich\n"
    "Leistungsservice Krankenversicherung, Obere Augartenstraße 17, 1020 Wien\n\n"
    "KOSTENÜBERNAHMEERKLÄRUNG\n\n"
    "Patient:           Josef Reiter, geb. 22.05.1958\n"
    f"SV-Nummer:         {svnr(733, '220558')}\n"
    "Polizze:           KV-AT 104 877 310, Tarif Sonderklasse Plus\n"
    "Aufnahme geplant:  09.02.2026\n"
    "Zuweisungsdiagnose: Instabile Angina pectoris (I20.0), V.a. koronare Herzkrankheit\n"
    "Geplante Leistung: Koronarangiographie, ggf. PCI mit Stentimplantation\n"
    "Zusage:            Sonderklasse, max. 5 Belagstage, Arzthonorare lt. Honorarvereinbarung\n\n"
    "Wien, am 4. Feber 2026\n"
    "Mag. Andrea Pichlmayr\n", title="Kostenübernahme Reiter"))])

M("NORMAL", "en", "internal",
  "trap: IT ticket about OCR of 'medical invoices' and 'hospital discharge letters'; system only, no person",
  REHKEMPER, X("Claims Digitalisation Team", f"claims-digital@{DOM}"),
  "INC-2026-004512: OCR queue for medical invoices stuck since 06:00", "2026-02-05 09:12", """\
Hi all,

quick status on INC-2026-004512:

The OCR queue "KV-Arztrechnungen" (medical invoices, hospital discharge letters, pharmacy
receipts) stopped processing at 06:02 this morning. Root cause is a full temp volume on
ocr-node-03 after last night's patch run. We've cleaned it up and restarted the workers.

Backlog: ~3,900 documents, expected to be cleared by 11:30. No documents were lost; the
scanning street in Cologne and the Vienna upload (Befunde/Honorarnoten) kept buffering.

Please don't re-upload anything manually, that just creates duplicates.

Post-mortem on Thursday, 10:00, room 4.12 / Teams.
""", cte="7bit", charset="us-ascii")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "grey: travel baggage claim of a named customer, theft only, no health content",
  TRAVEL, X("Aoife Gallagher", "aoife.gallagher@mailbox-ie.example"),
  "Your baggage claim RB-26-00871 – stolen suitcase in Lisbon", "2026-04-14 12:25", """\
Dear Ms Gallagher,

thank you for your claim under travel policy RV 3381-0072 (cover period 03–12 April 2026).

You told us that your suitcase was stolen from the hotel luggage room in Lisbon on 8 April. To
settle the claim we still need:

  * the police report (the Portuguese PSP reference you mentioned: 2026/LX/44179),
  * receipts or bank statements for the items over EUR 150 (laptop, camera),
  * the hotel's written confirmation of the incident.

Please upload them to our portal or simply reply to this mail. Once we have everything we pay
within 10 working days to the account we have on file.
""")

M("STRICTLY_CONFIDENTIAL", "mixed", "internal",
  "Vienna-Cologne staff exchange on a named insured's daily sickness allowance during a long Krankenstand; diagnosis",
  PICHLMAYR, X("Katrin Wendland", f"k.wendland@{DOM}"),
  "Krankentagegeld Ing. Huber – quick question / kurze Frage", "2026-02-10 15:37", f"""\
Hi Katrin,

sorry to bother you in English-German, our new colleague from Dublin is in cc and I want her to
follow. ;-)

Ing. Walter Huber (KTG-Polizze KT-AT 2207 114, Tagegeld 95 EUR) is in Krankenstand since
7. Jänner – Bandscheibenvorfall L5/S1 (M51.1), operated at the Spital Hietzing on 14.01.,
now in the Ambulanz for physio three times a week. The treating surgeon expects another
6–8 weeks.

Frage: Ab dem 43. Tag zahlen wir laut Tarif. In Germany you pay from day 43 as well, but do you
also ask for a Zwischenbefund every four weeks, or only at the end? Our AVB are vague here.

He wants the payment to his account {IB_HUBER}, same as last time.

Danke dir!
Andrea
""", cc=X("Siobhan Murtagh", f"s.murtagh@{DOM}"))

M("NORMAL", "de", "internal",
  "trap: HR flu-vaccination campaign with company doctor; dates and rooms, no person's data",
  QUAST, X("Alle Mitarbeitenden Köln", f"alle-koeln@{DOM}"),
  "Grippeschutzimpfung 2026 – jetzt Termin buchen", "2026-10-06 10:00", """\
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser Betriebsarzt Dr. Sander die Grippeschutzimpfung im Haus an:

  Di 20.10. und Do 22.10., jeweils 8:30–12:00 Uhr, Sanitätsraum EG (Raum 0.14)

Die Impfung ist freiwillig und kostenlos. Bitte bucht einen 5-Minuten-Slot über das Intranet
(Personal > Gesundheit > Impftermine). Impfpass mitbringen, falls vorhanden.

Wichtig: Die Personalabteilung erfährt nicht, wer sich impfen lässt – die Anmeldeliste sieht nur
das betriebsärztliche Team. Fragen zu Vorerkrankungen oder Allergien besprecht ihr bitte direkt
mit Dr. Sander, nicht mit uns.

Gesund durch den Herbst!
""", flowed=True, cte="8bit")

M("CONFIDENTIAL", "de", "insurer-to-company",
  "commercial liability claim of a named company with named contact and injured third party's damaged property only",
  ADEYEMI, X("Thorsten Meissner", "t.meissner@meissner-logistik.example"),
  "Betriebshaftpflicht BH-2025-004471 – Schaden Lagerhalle Fa. Kröger", "2026-02-11 11:08", """\
Sehr geehrter Herr Meissner,

vielen Dank für die Schadenanzeige. Ich fasse kurz zusammen, was wir aufgenommen haben:

Versicherungsnehmer: Meissner Logistik GmbH, Industriestraße 12, 50389 Wesseling
Vertrag: BH-2025-004471
Schadentag: 29.01.2026
Hergang: Ihr Mitarbeiter hat mit dem Gabelstapler beim Entladen ein Hochregal im Lager der
Kröger Feinkost GmbH beschädigt. Personen kamen nicht zu Schaden.
Geschätzter Schaden: ca. 23.000 EUR (Regal, Ware)

Wir beauftragen das Gutachterbüro Sell mit der Besichtigung. Bitte teilen Sie uns noch den Namen des
Fahrers und seine Staplerschein-Nummer mit – nur zur Prüfung der Betriebserlaubnis.

(Sorry for the German only – my colleague will call you tomorrow if you have questions.)
""", foot=True)

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "life policy beneficiary change for a named policyholder; no medical word but a personal line contract",
  LIFE, X("Rebecca Lindqvist", "rebecca.lindqvist@webmail.example"),
  "Confirmation: change of beneficiary, policy LV 6610-4402-17", "2026-02-12 09:55", """\
Dear Ms Lindqvist,

we confirm the change of beneficiary for your endowment policy LV 6610-4402-17, effective
10 February 2026:

  Previous beneficiary: Erik Lindqvist (spouse)
  New beneficiaries:    Maja Lindqvist (daughter), 50 %
                        Nils Lindqvist (son), 50 %

The designation is revocable. Your sum insured of EUR 120,000 and the maturity date
(1 December 2041) remain unchanged.

Please keep this confirmation with your policy documents.
""")

M("NORMAL", "de", "newsletter",
  "trap: broker newsletter about new dental tariff with example invoice of a fictitious patient",
  MARKETING, X("Vertriebspartner Newsletter", f"partner-news@{DOM}"),
  "Partner-News 02/2026: ZahnPlus Premium – Beispielrechnung und Provisionsstaffel", "2026-02-16 07:30",
  None, html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Partner-News</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<h1 style="font-size:18px">Partner-News 02/2026</h1>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab 1. April gibt es <b>ZahnPlus Premium</b>: 90&nbsp;% für Implantate, Inlays und Kieferorthopädie
bis 18 Jahre, keine Wartezeit bei Unfall.</p>
<h2 style="font-size:15px">Beispielrechnung (fiktive Patientin &bdquo;Erika Musterfrau&ldquo;)</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistung</th><th>GOZ</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr>
<tr><td>Implantat regio 36</td><td>9010</td><td>2.480,00 &euro;</td><td>2.232,00 &euro;</td></tr>
<tr><td>Keramikkrone</td><td>2210</td><td>890,00 &euro;</td><td>801,00 &euro;</td></tr>
<tr><td>Professionelle Zahnreinigung</td><td>1040</td><td>120,00 &euro;</td><td>120,00 &euro;</td></tr>
</table>
<p>Provisionsstaffel und Antragsunterlagen finden Sie im Partnerportal:
<a href="https://partner.lindenhof-versicherung.example/zahnplus">partner.lindenhof-versicherung.example/zahnplus</a></p>
<p style="color:#777;font-size:11px">Sie erhalten diesen Newsletter als registrierter Vertriebspartner der Lindenhof
Versicherung AG, Hohenstaufenring 88, 50674 Köln. <a href="https://partner.lindenhof-versicherung.example/abmelden">Abmelden</a></p>
</body></html>""", cte="quoted-printable")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover for a named customer's employment dispute (termination); non-personal line",
  HOFFKNECHT, X("Sandra Kowalczyk", "sandra.kowalczyk@postfach.example"),
  "Deckungszusage Rechtsschutz RS 4471-2290 – Kündigungsschutzklage", "2026-02-18 14:40", """\
Sehr geehrte Frau Kowalczyk,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Brandt & Söhne Druckerei GmbH, erteilen
wir Deckungszusage aus Ihrer Rechtsschutzversicherung RS 4471-2290 (Baustein Arbeits-Rechtsschutz).

Umfang: erste Instanz vor dem Arbeitsgericht Köln, Gebühren Ihrer Anwältin Frau RAin Yıldız nach
RVG, Gerichtskosten. Ihre Selbstbeteiligung beträgt 150 EUR.

Die Kündigung vom 30.01.2026 (betriebsbedingt) ist Ihnen am 02.02.2026 zugegangen; die Klagefrist
läuft also bis 23.02.2026. Bitte leiten Sie diese Zusage an Ihre Anwältin weiter.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian accident insurance: disability payment after a named customer's fracture, Befund and percentages",
  WIMMER, X("Thomas Leitgeb", "t.leitgeb@mailbox-at.example"),
  "Unfallversicherung UV-AT 330 981 – Dauerinvalidität, Ihr Unfall vom 14. Jänner 2025", "2026-02-20 10:10", """\
Sehr geehrter Herr Leitgeb,

nach Abschluss der ärztlichen Begutachtung durch Dr. Brandstätter dürfen wir Ihnen heute das
Ergebnis mitteilen.

Unfall:     14.01.2025, Sturz mit dem Mountainbike am Anninger
Verletzung: distale Radiusfraktur links, operativ versorgt (Plattenosteosynthese), Spital Mödling
Befund vom 02.02.2026: Bewegungseinschränkung des linken Handgelenks, Kraftminderung

Gliedertaxe Hand: 55 %, davon 1/5 Funktionsminderung = 11 % Dauerinvalidität.
Versicherungssumme 150.000 EUR, Progression 350 % greift erst ab 25 %.

Auszahlung: 16.500,00 EUR, auf Ihr bekanntes Konto bei der Raiffeisenbank.

Sie können innerhalb von drei Jahren eine Neubemessung verlangen, falls sich der Zustand ändert.
""", charset="windows-1252", cte="8bit")

M("NORMAL", "en", "insurer-to-partner",
  "trap: aggregated claims statistics by ICD chapter for the reinsurer (XLSX), no individual",
  WHITFIELD, X("Dr. Hannes Borchert", "h.borchert@atlas-re.example"),
  "Health quota share 2025 – claims by ICD chapter", "2026-02-23 16:05", """\
Dear Hannes,

as agreed in our call, attached is the 2025 claims split by ICD-10 chapter for the health quota
share treaty. Figures are aggregated over the whole portfolio (Germany and Austria); cells below
10 claims have been merged into "other".

Main movements vs. 2024: chapter V (mental disorders) +14 %, chapter XIII (musculoskeletal) +6 %,
neoplasms stable. Inpatient cost per case rose 5.2 %.

Happy to discuss on Thursday.
""", atts=[A("QS_Health_2025_ICD_chapters.xlsx", xlsx([
    ["ICD-10 chapter", "Description", "Claims", "Paid EUR", "Avg EUR"],
    ["II", "Neoplasms", 4211, 38120400, 9052],
    ["V", "Mental and behavioural disorders", 6873, 21004500, 3056],
    ["IX", "Circulatory system", 5120, 29870300, 5834],
    ["XIII", "Musculoskeletal system", 12904, 24511800, 1900],
    ["XIX", "Injury, poisoning", 7315, 15230900, 2082],
    ["other", "remaining chapters incl. small cells", 48771, 61432000, 1260],
    ["Total", "", 85194, 190169900, 2232]], sheet="2025"))])

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "eVB number and vehicle data for a named customer's new car (motor is a non-personal line)",
  PFISTERER, X("Kwame Okafor", "kwame.okafor@webmail.example"),
  "Your eVB number for the registration of your new car", "2026-03-02 08:58", f"""\
Dear Mr Okafor,

as requested, here is your electronic insurance confirmation (eVB) for registering your car:

  eVB number:   K7W3PQ9
  Vehicle:      Skoda Enyaq 85, VIN TMBJC7NY4S0019283
  Policyholder: Kwame Okafor, Venloer Str. 231, 50823 Koeln
  Cover:        third-party liability + comprehensive, from the day of registration

The premium will be collected from {IB_OKAFOR} as for your previous car. Once the car is registered
please send us the plate number so we can complete the policy.
""", charset="us-ascii", cte="7bit")

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "HR in Köln on an employee's reintegration (BEM) with diagnosis and restrictions",
  QUAST, X("Uwe Scharnhorst", f"u.scharnhorst@{DOM}"),
  "BEM Herr Kaltenbach – Ergebnis Gespräch 24.02.", "2026-02-25 12:19", """\
Hallo Uwe,

kurz das Ergebnis aus dem BEM-Gespräch mit Herrn Kaltenbach (Schadenregulierung Sach, dein Team),
er hat der Weitergabe an dich als Führungskraft ausdrücklich zugestimmt:

- nach der Herz-OP (Bypass, Dezember) ist er ab 02.03. wieder da, stufenweise Wiedereingliederung
  nach Hamburger Modell: 2 Wochen 4 Std., 2 Wochen 6 Std., dann voll.
- keine Außendienst-Besichtigungen bis Ende Mai (ärztliche Empfehlung, kein schweres Heben).
- Höhenverstellbarer Schreibtisch ist bestellt.

Die Unterlagen vom Reha-Arzt liegen in der BEM-Akte, nicht in der Personalakte.
Bitte behandle das vertraulich.
""")

M("NORMAL", "de", "internal",
  "trap: Austrian out-of-office auto-reply naming Spitalsrechnungen and Befunde as topics for the deputy",
  HASLINGER, X("Mag. Andrea Pichlmayr", f"a.pichlmayr@{DOM}"),
  "Abwesenheitsnotiz: Re: Rückfrage Honorarnoten", "2026-03-09 07:02", """\
Grüß Gott,

ich bin bis einschließlich 20. März auf Urlaub und lese meine Mails nicht.

Für Spitalsrechnungen, Honorarnoten und Befunde wenden Sie sich bitte an
leistung-wien@lindenhof-versicherung.example bzw. +43 1 90 417-200.
In dringenden Fällen (Spitalsaufnahme am Wochenende) erreichen Sie unsere Notrufnummer rund um die Uhr.

Elisabeth Haslinger
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], sig=False, foot=False)

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "buildings water damage: appointment for the assessor at the named customer's house, ICS attached",
  NUESSLEIN, X("Ehepaar Kraus", "kraus.familie@postfach.example"),
  "Leitungswasserschaden Schaden-Nr. SG-2026-00719 – Termin Gutachter", "2026-03-04 15:51", """\
Sehr geehrte Frau Kraus, sehr geehrter Herr Kraus,

wie besprochen kommt Herr Sell vom Gutachterbüro Sell am Dienstag, 10. März, um 9:00 Uhr zu Ihnen
nach Hause (Am Eichenhang 7, 51467 Bergisch Gladbach), um den Wasserschaden im Keller anzusehen.

Die Termineinladung hängt an. Bitte halten Sie die Rechnung des Installateurs und – falls vorhanden –
die Fotos vom Tag des Rohrbruchs bereit.

Ihre Gebäudeversicherung GV 8812-0045 deckt Leitungswasser inkl. Trocknung.
""", atts=[A("Termin_Gutachter_SG-2026-00719.ics", ics(
    "Besichtigung Wasserschaden Kraus (SG-2026-00719)", "20260310T090000", "20260310T103000",
    "Am Eichenhang 7, 51467 Bergisch Gladbach",
    "Gutachter: Herr Sell, Gutachterbüro Sell\nVN: Jutta und Bernd Kraus, Vertrag GV 8812-0045\nTel. VN 02202 555 3178",
    "sg-2026-00719-termin", f"f.nuesslein@{DOM}"))])

# ---- 0026-0050 -------------------------------------------------------------

M("NORMAL", "de", "internal",
  "trap: data-protection reminder that Befunde, Arztberichte and IBANs go only via SecureMail; rules, no person",
  BREHMER, X("Führungskräfte Leistung", f"fk-leistung@{DOM}"),
  "Pflichtschulung Datenschutz 2026 + Erinnerung Versandwege", "2026-01-13 11:00", """\
Liebe Führungskräfte,

die jährliche Pflichtschulung „Datenschutz im Leistungsbereich“ ist ab heute im Lernportal
freigeschaltet (Bearbeitungszeit ca. 35 Minuten, bitte bis 31.03. abschließen).

Bei den Prüfungen im letzten Quartal sind uns drei Dinge aufgefallen, die ich gleich hier
wiederhole:

  • Arztberichte, Befunde, Rechnungen mit Diagnosen und alles rund um Gesundheit dürfen nur über
    SecureMail (Portal) oder mit Einwilligung per TLS raus – niemals als normale Mail.
  • Geburtsdaten, Bankverbindungen, Einkommen: mindestens TLS, im Zweifel Portal.
  • Keine Sammel-Excel mit Kundendaten an private Adressen („zum Weiterarbeiten am Wochenende“).

Für die Kolleg:innen in Wien gilt dasselbe; Andrea Pichlmayr organisiert dort eine
Präsenzschulung im Feber.

Danke für eure Unterstützung!
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "HTML-only Austrian dental reimbursement statement for a named child with treatment lines",
  HASLINGER, X("Manuela Gschwandtner", "m.gschwandtner@mailbox-at.example"),
  "Abrechnung Zahnbehandlung Lena – Polizze KV-AT 208 119 004", "2026-02-03 13:27", None,
  html=f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Frau Gschwandtner,</p>
<p>danke für die Honorarnote von Dr. Mayerhofer. Für Ihre Tochter <b>Lena Gschwandtner</b>
(geb. 17.09.2013) haben wir Folgendes abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8f0e8"><th>Datum</th><th>Leistung</th><th>Honorar</th><th>Erstattung</th></tr>
<tr><td>08.01.2026</td><td>Kieferorthopädische Behandlung, festsitzende Zahnspange OK/UK (KIG 4)</td><td>2.900,00 €</td><td>2.320,00 €</td></tr>
<tr><td>08.01.2026</td><td>Röntgen OPG + FRS</td><td>145,00 €</td><td>145,00 €</td></tr>
<tr><td>22.01.2026</td><td>Füllung 46, Karies profunda</td><td>110,00 €</td><td>88,00 €</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>2.553,00 €</b></td></tr>
</table>
<p>Die Überweisung auf Ihr Konto {IB_BRANDL} ist heute rausgegangen. Hoppla &ndash; das ist das Konto,
das Sie uns im Jänner genannt haben; falls es sich geändert hat, bitte kurz melden.</p>
<p>Schöne Grüße aus Wien<br>Elisabeth Haslinger<br>Kundenservice Österreich</p>
<hr><p style="font-size:8pt;color:#666">Lindenhof Versicherung AG, Zweigniederlassung Österreich,
Obere Augartenstraße 17, 1020 Wien &middot; FN 411872 k &middot; Handelsgericht Wien</p>
</body></html>""", cte="base64")

M("NORMAL", "en", "insurer-to-broker",
  "trap: broker-portal one-time password mail; a credential, but no personal or customer data",
  NOREPLY, X("Fiona MacLeod", "fiona.macleod@highland-brokerage.example"),
  "Your one-time password for the Lindenhof broker portal", "2026-02-09 08:02", """\
Hello,

your firm administrator has created a user account for you in the Lindenhof broker portal.

User name:          fmacleod-hb
One-time password:  Qh7-vR2m-Kx9p

The one-time password is valid for 72 hours. At your first login you will be asked to set a
personal password and a security question.

Login: https://partner.lindenhof-versicherung.example/login

If you did not expect this message, please contact partner-support@lindenhof-versicherung.example.

This is an automated message.
""", cte="7bit", charset="us-ascii")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "rent deposit guarantee: named customer's net income and employer from payslips",
  DEMIRTAS, X("Giulia Ferraro", "giulia.ferraro@webmail.example"),
  "Rent deposit guarantee – we still need one document", "2026-02-10 10:14", """\
Dear Ms Ferraro,

thank you for your application for a rent deposit guarantee (Mietkautionsbürgschaft) of EUR 3,450
for the flat at Brüsseler Straße 19, 50674 Köln.

From the payslips you sent we have noted:
  Employer:        Rheinwerk Software GmbH
  Net monthly pay: EUR 3,186.42 (Nov), EUR 3,201.07 (Dec)
  Employment since: 1 June 2024, permanent contract

What is still missing is the signed rental agreement (pages 1 and 12 are enough). As soon as we have
it, we issue the guarantee certificate directly to your landlord, Hausverwaltung Severin.
""")

M("NORMAL", "de", "insurer-to-partner",
  "trap: press release on care statistics (Pflegegrade, numbers of people in need of care) aggregated",
  PRESSE, X("Redaktion Wirtschaft", "redaktion@rheinischer-anzeiger.example"),
  "Pressemitteilung: Lindenhof-Pflegestudie 2026 – Jeder Dritte unterschätzt Eigenanteil im Heim", "2026-03-12 09:30", """\
PRESSEMITTEILUNG

Köln, 12. März 2026 – Zwei Drittel der Deutschen zwischen 40 und 60 Jahren unterschätzen den
Eigenanteil, den sie im Pflegeheim selbst zahlen müssten. Das zeigt die repräsentative
Lindenhof-Pflegestudie 2026 (2.014 Befragte, Online-Panel, Januar 2026).

Ergebnisse im Überblick:
- Geschätzter Eigenanteil im Durchschnitt: 1.120 Euro/Monat – tatsächlich liegt er bundesweit
  bei rund 2.900 Euro.
- 41 % wissen nicht, was die Pflegegrade 1 bis 5 bedeuten.
- Nur 14 % haben eine private Pflegezusatzversicherung.

„Pflegebedürftigkeit trifft nicht nur Hochbetagte: Unfälle, Schlaganfälle oder Demenz können auch
mit 50 ein Thema sein“, sagt Ines Talhoff, Vorständin Personenversicherung.

Die vollständige Studie: https://www.lindenhof-versicherung.example/presse/pflegestudie-2026

Pressekontakt: Jana Krüger, presse@lindenhof-versicherung.example, +49 221 5508-1010
""")

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "inline forward of a customer's mail about her mother's care level and dementia to the care department",
  DEMIRTAS, X("Pflegeleistung", f"pflege@{DOM}"),
  "WG: Pflegetagegeld für meine Mutter", "2026-02-13 16:45", """\
Hallo Pflege-Team,

bitte übernehmen, die Kundin hat sich an den allgemeinen Service gewandt. Vollmacht liegt laut
Bestand vor (Vorsorgevollmacht, Dok.-ID 88120417).

Danke!
Aylin

-------- Weitergeleitete Nachricht --------
Betreff: Pflegetagegeld für meine Mutter
Datum: Fri, 13 Feb 2026 14:22:51 +0100
Von: Claudia Pützer <c.puetzer@postfach.example>
An: service@lindenhof-versicherung.example

Sehr geehrte Damen und Herren,

meine Mutter, Hildegard Pützer (geb. 03.04.1941), hat bei Ihnen eine Pflegetagegeldversicherung
(PT 1180-3320). Sie ist seit Weihnachten im Pflegeheim St. Elisabeth in Brühl, weil die Demenz
(Alzheimer) schlimmer geworden ist. Der Medizinische Dienst hat jetzt Pflegegrad 4 festgestellt,
der Bescheid ist vom 09.02.2026.

Was muss ich schicken, damit das Pflegetagegeld gezahlt wird? Ich habe die Vorsorgevollmacht.

Mit freundlichen Grüßen
Claudia Pützer
""", sig=False)

M("NORMAL", "de", "insurer-to-customer",
  "trap: grey: prospect asks about supplementary dental insurance; generic product answer, no contract or health data",
  DEMIRTAS, X("Yusuf Çelik", "yusuf.celik@webmail.example"),
  "AW: Frage zur Zahnzusatzversicherung", "2026-02-17 09:21", """\
Guten Tag Herr Çelik,

danke für Ihr Interesse. Gern beantworte ich Ihre Fragen allgemein:

- Eine Zahnzusatzversicherung können Sie auch abschließen, wenn gerade eine Behandlung geplant ist,
  diese laufende Behandlung ist dann aber nicht versichert.
- Wartezeiten gibt es bei ZahnPlus nicht; in den ersten vier Jahren ist die Erstattung begrenzt
  (Zahnstaffel).
- Die Gesundheitsfragen beziehen sich nur auf die Zähne (fehlende Zähne, laufende Behandlungen).

Den Tarifrechner finden Sie hier: https://www.lindenhof-versicherung.example/zahn

Bitte schicken Sie uns keine Röntgenbilder oder Heil- und Kostenpläne per E-Mail – wenn Sie einen
Antrag stellen, geht das sicher über unser Portal.

%%SIG%%

> Hallo, ich überlege eine Zahnzusatz abzuschließen. Geht das auch noch wenn man schon beim
> Zahnarzt war? Und gibt es Wartezeiten? Danke, Y. Celik
""")

M("CONFIDENTIAL", "de", "insurer-to-broker",
  "Austrian broker receives motor policy details of a named customer with birth date",
  ZOECHLING, X("Finanzhaus Steiner – Mag. Karin Steiner", "office@finanzhaus-steiner.example"),
  "Kfz-Polizze Ihres Kunden Herrn Dragan Petrović – Zulassung", "2026-02-18 11:33", f"""\
Liebe Frau Mag. Steiner,

wie telefonisch besprochen die Daten für die Anmeldung bei der Zulassungsstelle:

Versicherungsnehmer: Dragan Petrović, geb. 30.08.1987
Adresse:             Simmeringer Hauptstraße 212/4/9, 1110 Wien
Polizze:             KF-AT 5508 2271, Haftpflicht + Teilkasko
Fahrzeug:            Mazda CX-30, FIN JMZDM6WE600412398
Kennzeichen:         W-4471 KP (Wunschkennzeichen reserviert)
Bonus-Malus-Stufe:   3

Die Versicherungsbestätigung ist elektronisch an die Zulassungsstelle gegangen. Die Prämie zahlt
Herr Petrović per Zahlschein, wie er es wollte – die Einzugsermächtigung bitte also nicht schicken.
""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
  "liability claim: injuries of a named third party (fractures, hospital stay) sent to her lawyer",
  ADEYEMI, X("Rebecca Thornton, Solicitor", "r.thornton@thornton-legal.example"),
  "Your client Ms Hannah Albers – slip on premises of Café Rheinblick", "2026-02-19 15:02", """\
Dear Ms Thornton,

we act as public liability insurer of Café Rheinblick (Inh. Svenja Lütke), policy GW-2025-002264.

We have received your letter of 11 February on behalf of Ms Hannah Albers, who slipped on the wet
floor of the café on 23 December 2025. According to the discharge letter of Klinikum Rheinaue you
enclosed, Ms Albers suffered a trimalleolar ankle fracture on the right (S82.6), was operated on
24 December and stayed in hospital until 2 January; physiotherapy is ongoing.

Liability is not disputed in principle. Before we can make an offer on pain and suffering we need:
  - the follow-up report of the treating orthopaedic surgeon (expected end of March),
  - proof of her loss of earnings (she is self-employed, tax assessments 2023 and 2024).

We propose an interim payment of EUR 3,000 on pain and suffering now.
""")

M("NORMAL", "en", "internal",
  "trap: agenda for a reinsurance meeting mentioning mortality tables, cancer incidence and medical underwriting",
  WHITFIELD, X("Life & Health Steering Group", f"lh-steering@{DOM}"),
  "Agenda – treaty renewal meeting with Atlas Re, 5 March", "2026-02-26 18:10", """\
Hi all,

agenda for next Thursday (10:00–13:00, board room 7th floor, Atlas Re joins in person):

1. Term life: our mortality experience 2021–2025 vs. DAV 2008 T (A/E by age band)
2. Critical illness: cancer incidence trend, heart attack definition after ESC 2023 update
3. Disability: claims inception rates by occupation class, mental health share
4. Medical underwriting: raising the no-medicals limit to EUR 300k? (Henrik to present)
5. Austria: health quota share, Sonderklasse cost inflation
6. AOB

No individual cases will be discussed, so please don't bring claim files.
""")

M("NORMAL", "de", "insurer-to-supplier",
  "trap: shredding order for bins labelled Leistungsakten/Arztberichte; logistics only",
  KAMPHAUSEN, X("Aktenvernichtung Rhein GmbH", "auftrag@aktenvernichtung-rhein.example"),
  "Auftrag Sonderleerung Datenschutztonnen – KW 10", "2026-02-27 10:40", """\
Guten Tag Herr Brüning,

bitte planen Sie für KW 10 eine Sonderleerung ein:

  Standort Köln, Hohenstaufenring 88, Anlieferung Hof, Rampe 2
  12 Datenschutztonnen 240 l (Sicherheitsstufe P-4 / Schutzklasse 3)
  Inhalt: Leistungsakten KV und Arztberichte Altbestand 2015 (Aufbewahrungsfrist abgelaufen)

Bitte wieder mit Vernichtungsprotokoll und Fahrzeug mit Schredder vor Ort, da es sich um
Gesundheitsdaten handelt. Ansprechpartner vor Ort: Herr Yilmaz, Poststelle, Tel. -1400.

Rahmenvertrag Nr. RV-2024-118.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "harmless body; the care-level decision with diagnosis is only in the attached DOCX",
  WENDLAND, X("Herbert Wiesmann", "h.wiesmann@postfach.example"),
  "Ihr Schreiben vom 02.03.2026", "2026-03-05 12:00", """\
Sehr geehrter Herr Wiesmann,

anbei erhalten Sie unser Schreiben zu Ihrem Antrag. Bei Fragen rufen Sie mich gern an.
""", atts=[A("Schreiben_Wiesmann_2026-03-05.docx", docx([
    "Lindenhof Versicherung AG · Leistungsabteilung Pflege",
    "Herrn Herbert Wiesmann, Kastanienallee 3, 53359 Rheinbach",
    "Pflegetagegeldversicherung PT 2204-7719 – Leistungsbescheid",
    "Sehr geehrter Herr Wiesmann,",
    "nach dem Gutachten des Medizinischen Dienstes vom 18.02.2026 ist bei Ihnen Pflegegrad 3 "
    "festgestellt worden (Parkinson-Syndrom G20.1, Sturzneigung, Hilfebedarf bei Körperpflege und Mobilität).",
    "Wir zahlen ab 01.02.2026 ein Pflegetagegeld von 60 % des vereinbarten Satzes, das sind 36,00 EUR täglich.",
    [["Zeitraum", "Tage", "Betrag"], ["01.02.–28.02.2026", "28", "1.008,00 EUR"], ["ab 01.03.2026", "monatlich", "nach Tagen"]],
    "Mit freundlichen Grüßen, Katrin Wendland"], title="Leistungsbescheid Pflege"))])

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian motor liability claim against a named customer (plate, policy); no injuries",
  WIMMER, X("Sabine Ecker", "sabine.ecker@mailbox-at.example"),
  "Schadensfall KF-AT-2026-01187 – Parkschaden Billa-Parkplatz", "2026-03-06 09:16", """\
Sehr geehrte Frau Ecker,

danke für Ihre rasche Meldung. Zur Info, wie es weitergeht:

Ihr Fahrzeug W-2231 EB (Polizze KF-AT 4412 0981) hat am 02.03. beim Ausparken am Parkplatz in
der Brünner Straße den geparkten Wagen von Herrn Novak touchiert (Stoßstange, Kotflügel hinten
links). Verletzt wurde niemand, die Polizei wurde nicht gerufen, der Unfallbericht ist von beiden
unterschrieben.

Wir regulieren den Schaden am Fahrzeug von Herrn Novak direkt über seine Werkstatt. Für Sie heißt
das: Rückstufung im Bonus-Malus-System ab der nächsten Hauptfälligkeit um drei Stufen, es sei
denn, Sie erstatten uns den Betrag (voraussichtlich unter 1.500 EUR) – dann bleibt's wie's ist.
Ich melde mich, wenn die Rechnung da ist.
""", charset="windows-1252", cte="quoted-printable")

M("NORMAL", "mixed", "internal",
  "trap: Vienna/Cologne project mail on the SecureMail rollout in Austria; form fields named SV-Nummer, Befund-Upload",
  ZOECHLING, X("SecureMail AT Projekt", f"securemail-at@{DOM}"),
  "SecureMail Rollout Österreich – next steps / Protokoll Jour fixe 11.03.", "2026-03-11 17:22", """\
Hi everyone, liebe Kolleg:innen,

kurzes Protokoll vom Jour fixe (Teilnehmer: Zöchling, Pichlmayr, Rehkemper, Whitfield):

1. Portal go-live for Austrian customers: 1 June 2026. Branding stays "Lindenhof", texts in
   Austrian German (Jänner/Feber in date pickers – yes, we checked, it's configurable).
2. Upload form: fields "Sozialversicherungsnummer" (optional, 10 digits, checksum validation),
   "Befund / Honorarnote / Spitalsrechnung" as document type. Tobias to update the form spec.
3. Broker access: Austrian partner firms get firm administrators like in Germany; Markus collects
   the list of the 14 pilot firms (names only, no customer data in the project folder!).
4. Domain encryption with the two Viennese hospital groups: certificates requested, ETA April.

Next Jour fixe: 25.03., 9:00 Wien / 9:00 Köln (same time zone, for once nobody needs to calculate).
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "Austrian Vertrauensarzt asks an Ordination for findings on a named patient",
  BRANDSTAETTER, X("Ordination Dr. Eva Huber-Rainer", "ordination@dr-huber-rainer.example"),
  "Anfrage Befundbericht – Ihr Patient Herr Mario Stadlbauer", "2026-03-13 08:55", f"""\
Sehr geehrte Frau Kollegin,

Herr Mario Stadlbauer (SV-Nr. {svnr(211, '090179')}) hat bei uns eine Berufsunfähigkeitsleistung
beantragt und Sie von der Schweigepflicht entbunden (Erklärung liegt bei uns auf, Kopie auf Wunsch).

Ich ersuche Sie um einen kurzen Befundbericht zu folgenden Punkten:
  1. Verlauf der Psoriasis-Arthritis seit Erstdiagnose 2019, aktuelle Therapie (Biologikum?)
  2. Befall der Hände – ist eine Tätigkeit als Elektroinstallateur derzeit möglich?
  3. Letzte Laborbefunde (CRP, BSG) und Ambulanzbefund der Rheuma-Ambulanz, falls vorhanden

Für den Bericht vergüten wir 60 EUR zuzüglich Porto. Besten Dank für Ihre Mühe!
""")

M("NORMAL", "en", "insurer-to-customer",
  "trap: general answer to a prospect on how to send medical documents securely; no contract, no health data",
  DEMIRTAS, X("Tomás Rivera", "tomas.rivera@webmail.example"),
  "RE: Can I send you my medical records by email?", "2026-03-16 14:03", """\
Dear Mr Rivera,

thank you for asking before sending anything – that's exactly right.

Please don't send medical records, hospital letters or bank details by normal e-mail. You have two
options:

  1. Our secure web mailbox: https://securemail.lindenhof-versicherung.example/ – you register once
     with your e-mail address and a one-time password we send by letter.
  2. By post to Lindenhof Versicherung AG, Hohenstaufenring 88, 50674 Köln.

Once you have applied, your documents can be uploaded directly with the application.

-----Original Message-----
From: Tomás Rivera <tomas.rivera@webmail.example>
Sent: Monday, March 16, 2026 11:47 AM
To: service@lindenhof-versicherung.example
Subject: Can I send you my medical records by email?

Hi, I'm thinking of applying for your international health plan. Can I just email my records?
Thanks, Tomás
""")

M("CONFIDENTIAL", "en", "insurer-to-company",
  "fleet policy: list of a company's drivers with birth dates and licence dates in a CSV",
  ADEYEMI, X("Sophie Brandtner, Fleet Manager", "s.brandtner@nordstern-event.example"),
  "Fleet policy FL-2026-000412 – driver list for the young-driver surcharge", "2026-03-18 10:47", """\
Hi Sophie,

thanks for the quick turnaround. I've checked the driver list against the young-driver rule
(surcharge for drivers under 25 or with less than 3 years' licence). Two drivers are affected,
marked "Y" in the attached file – please double-check their licence dates.

Everything else is fine; the updated schedule follows next week.
""", atts=[A("FL-2026-000412_drivers_checked.csv", csvb([
    ["Name", "Date of birth", "Licence since", "Vehicle", "Young driver"],
    ["Jannik Sauer", "14.02.2003", "2021-03-01", "K-NE 101", "Y"],
    ["Merve Aksoy", "1999-11-30", "2017-08-15", "K-NE 102", "N"],
    ["Lukas Breuer", "22/06/1984", "2003-05-20", "K-NE 103", "N"],
    ["Chiara Ventura", "05.12.2002", "2022-01-10", "K-NE 104", "Y"],
    ["Frank Ostermann", "1971-07-04", "1990-09-01", "K-NE 105", "N"]], enc="utf-8"), params={"charset": "utf-8"})])

M("NORMAL", "de", "newsletter",
  "trap: customer newsletter on back pain, heat and health programme; no individual",
  MARKETING, X("Lindenhof Kundenbrief", f"kundenbrief@{DOM}"),
  "Ihr Lindenhof-Kundenbrief Juni: Rücken, Hitze & neue Vorsorge-App", "2026-06-02 07:15", """\
Liebe Kundinnen und Kunden,

Sommer, Sonne – und oft Rückenschmerzen vom vielen Gartenarbeiten. Drei Themen in diesem Monat:

RÜCKEN STARK MACHEN
Kreuzschmerzen sind der häufigste Grund für Arztbesuche in Deutschland. Unsere Physiotherapeutin
zeigt im Video fünf Übungen für zwischendurch: www.lindenhof-versicherung.example/ruecken

HITZE UND MEDIKAMENTE
Manche Blutdruck- und Entwässerungsmittel verstärken die Wirkung von Hitze. Sprechen Sie mit Ihrer
Ärztin oder Ihrem Apotheker, wenn Sie regelmäßig Medikamente nehmen.

NEU: VORSORGE-APP
Für Krankenvollversicherte: Erinnerungen an Check-up, Hautkrebs-Screening und Zahnreinigung –
freiwillig, Ihre Daten bleiben auf Ihrem Gerät.

Sie möchten den Kundenbrief nicht mehr erhalten? www.lindenhof-versicherung.example/abmelden
""", cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "premium arrears in a named customer's comprehensive health insurance (personal line) with IBAN",
  WENDLAND, X("Rainer Nowak", "rainer.nowak@postfach.example"),
  "Zahlungserinnerung Krankenversicherung KV 3301-8840-22", "2026-03-20 09:30", f"""\
Sehr geehrter Herr Nowak,

für Ihre private Krankenvollversicherung KV 3301-8840-22 (Tarife AmbuPlus, StatKomfort, KTG 100)
sind die Beiträge für Februar und März in Höhe von zusammen 1.284,60 EUR offen. Die Lastschrift
auf Ihr Konto {IB_NOWAK} ist zweimal zurückgegangen („Konto erloschen“).

Bitte überweisen Sie den Betrag bis zum 10.04.2026 oder teilen Sie uns eine neue Bankverbindung mit.
Wenn Sie gerade finanziell in Schwierigkeiten sind, sprechen Sie uns bitte an – wir können einen
Wechsel in den Notlagentarif oder eine Ratenzahlung prüfen. Ihr Versicherungsschutz besteht
bis auf Weiteres fort.
""")

M("NORMAL", "de", "internal",
  "trap: Vienna team organisation – a colleague is 'diese Woche nicht da' without reason, Heurigen outing",
  HASLINGER, X("Team Kundenservice Wien", f"ks-wien@{DOM}"),
  "Heuriger am Freitag + Vertretung diese Woche", "2026-04-20 08:37", """\
Hallo ihr Lieben,

zwei Sachen:

1) Der Heurigenbesuch ist fix: Freitag 24.4., ab 17 Uhr beim Schübl-Auer in Nussdorf (Tisch auf
   „Lindenhof“ reserviert). Bitte bis Mittwoch in die Liste eintragen, damit ich weiß, wie viele
   Brettljausen.
2) Der Stefan ist diese Woche nicht da, seine Tickets übernimmt die Jasmin. Die Ambulanz-Rechnungen
   im Postkorb Stefan bitte nicht anfassen, die macht sie gesammelt am Donnerstag.

Baba und bis Freitag!
Lisi
""", sig=False)

M("CONFIDENTIAL", "mixed", "insurer-to-customer",
  "expat customer in Vienna: household burglary claim with stolen items and address; EN/DE mix",
  WIMMER, X("James Whitmore", "j.whitmore@mailbox-at.example"),
  "Einbruch / burglary – Haushaltsversicherung HH-AT 7781 0332", "2026-04-08 13:50", """\
Dear Mr Whitmore,

I'll write in English, the official letter will follow in German (sorry, Vorschrift).

We have registered the burglary at your flat, Lange Gasse 31/12, 1080 Wien, on 4 April
(Polizeiliche Anzeige GZ: PAD/26/00741823). Stolen according to your list:

  - MacBook Pro 14" (2024), receipt available       EUR 2,399
  - Omega Seamaster watch, gift, no receipt          est. EUR 4,100
  - cash                                              EUR 380 (limit: EUR 500)

Wichtig / important: Für die Uhr brauchen wir ein Foto oder ein Zertifikat, sonst wird's schwierig.
The damaged front door is covered as well – please send the locksmith's invoice.
""")

M("NORMAL", "en", "insurer-to-supplier",
  "trap: print order for blank 'Medical expenses claim form'; blank template PDF attached",
  KAMPHAUSEN, X("Druckerei Lenz – Auftragsannahme", "auftrag@druckerei-lenz.example"),
  "Print order: claim forms travel health (EN) – proof attached", "2026-04-10 11:11", """\
Dear Mr Lenz,

please print 5,000 copies of the attached form (A4, 2 pages, duplex, 90 g, perforated for filing).
Delivery to our mailroom in Cologne by 30 April. The proof is final; please don't change the
layout of the diagnosis and doctor's sections, the OCR reads them.

PO number: 4500119044.
""", atts=[A("Form_TH-12_medical_expenses_claim_EN_v3.pdf", pdf(
    "LINDENHOF TRAVEL HEALTH - MEDICAL EXPENSES CLAIM FORM (TH-12)\n\n"
    "1. Insured person\n   Name: ______________________  Date of birth: __ / __ / ____\n"
    "   Policy no.: ______________\n\n"
    "2. Treatment abroad\n   Country: ___________  Date(s) of treatment: ______________\n"
    "   Diagnosis (as stated by the treating doctor): ______________________________\n"
    "   Hospital stay?  [ ] no  [ ] yes, from ______ to ______\n\n"
    "3. Payment\n   Account holder: ______________  IBAN: ______________________________\n\n"
    "4. Declaration\n   I release the treating doctors from their duty of confidentiality ...\n"
    "   Signature: ______________________  Date: __________\n", title="TH-12 blank form"))])

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
  "travel assistance: cost guarantee to a foreign hospital for a named insured with appendicitis",
  TRAVEL, X("International Patient Office, Hospital Santa Clara", "intl.patients@hsantaclara.example"),
  "Guarantee of payment – patient Ms Ingrid Vossberg, DOB 12.06.1969", "2026-07-21 03:14", """\
Dear colleagues,

Lindenhof Versicherung AG guarantees payment of the medically necessary treatment costs for:

  Patient:      Ms Ingrid Vossberg, born 12 June 1969, German citizen
  Policy:       RK 5102-4478 (annual travel health insurance)
  Admission:    20 July 2026, emergency department
  Diagnosis:    acute appendicitis (K35.8), laparoscopic appendectomy planned

The guarantee covers up to EUR 15,000 for inpatient treatment in a standard room. Please send the
medical report and the itemised invoice after discharge to this address, quoting case number
TA-26-07-3391. Our medical service will call the ward tomorrow morning to discuss the expected
length of stay and fitness to fly.
""", cc=X("Lindenhof Medical Service", f"medical-service@{DOM}"))

M("NORMAL", "de", "insurer-to-customer",
  "trap: portal registration confirmation; says the initial password comes by letter, no content",
  NOREPLY, X("Jürgen Steinmetz", "juergen.steinmetz@postfach.example"),
  "Ihre Registrierung im Lindenhof-Kundenportal", "2026-04-22 19:02", """\
Guten Tag,

vielen Dank für Ihre Registrierung im Lindenhof-Kundenportal.

Ihr Initialpasswort erhalten Sie in den nächsten Tagen per Brief an Ihre bei uns hinterlegte
Anschrift. Bitte ändern Sie es bei der ersten Anmeldung und legen Sie eine Sicherheitsfrage fest.

Haben Sie sich nicht registriert? Dann melden Sie sich bitte unter 0221 5508-0.

Ihre Lindenhof Versicherung
https://kundenportal.lindenhof-versicherung.example
""", cte="quoted-printable")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "grey: Austrian traffic legal-expenses case about a speeding fine (administrative offence) of a named customer",
  HASLINGER, X("Bernhard Aigner", "b.aigner@mailbox-at.example"),
  "Rechtsschutz RS-AT 6601 2274 – Ihre Strafverfügung wegen Geschwindigkeitsüberschreitung", "2026-04-27 10:25", """\
Grüß Gott Herr Aigner,

wir haben uns Ihre Unterlagen angeschaut. Die Strafverfügung der Bezirkshauptmannschaft Mödling vom
14.04.2026 (62 km/h statt 50 km/h im Ortsgebiet, Strafe 70 EUR) ist ein Verwaltungsstrafverfahren.
Der Verkehrs-Rechtsschutz in Ihrer Polizze RS-AT 6601 2274 deckt den Einspruch grundsätzlich,
es gilt aber Ihr Selbstbehalt von 150 EUR – bei 70 EUR Strafe zahlt sich ein Anwalt ehrlich gesagt
nicht aus.

Wenn Sie trotzdem Einspruch erheben wollen (Frist: zwei Wochen ab Zustellung!), sagen Sie mir
Bescheid, dann geben wir Ihnen eine Anwältin aus unserem Netzwerk bekannt.
""")

# ---- 0051-0075 -------------------------------------------------------------

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "short reply 'passt'; customer's address, policy and AT IBAN only in the quoted mail below",
  WIMMER, X("Renate Huber", "renate.huber@mailbox-at.example"),
  "AW: Sturmschaden Dach – Kontodaten", "2026-03-02 16:48", f"""\
Passt, danke – Auszahlung ist angewiesen, sollte bis Freitag am Konto sein.

%%SIG%%

Von: Renate Huber <renate.huber@mailbox-at.example>
Gesendet: Montag, 2. März 2026 14:05
An: Florian Wimmer-Strasser <f.wimmer-strasser@lindenhof-versicherung.example>
Betreff: Sturmschaden Dach - Kontodaten

Sehr geehrter Herr Wimmer-Strasser,

wie am Telefon besprochen hier meine Kontodaten für die Auszahlung zum Sturmschaden (Polizze
EH-AT 2281 447, Eigenheim Kirchenweg 5, 3400 Klosterneuburg):

Kontoinhaberin: Renate Huber
IBAN: {IB_HUBER}
BIC: BKAUATWWXXX

Die Rechnung vom Dachdecker Pölzl (3.870,00 EUR) haben Sie ja schon.

Mit freundlichen Grüßen
Renate Huber
""")

M("NORMAL", "en", "internal",
  "trap: phishing-awareness mail quoting a fake 'update your IBAN / medical claim' lure; example data only",
  REHKEMPER, X("All staff", f"all-staff@{DOM}"),
  "Phishing alert: fake 'claim refund' mails asking for bank details", "2026-03-04 13:30", """\
Dear colleagues,

since this morning customers and several of you have received mails like this one:

  > Subject: Your medical claim refund of EUR 412.80 is pending
  > Dear customer, to receive your refund please confirm your IBAN and date of birth here:
  > hxxp://lindenhof-erstattung[.]top/verify

This is NOT from us. We never ask for bank details, dates of birth or passwords by e-mail.

If you received it: don't click, use the "Report phishing" button in Outlook. If you already
clicked and entered something, call the Service Desk immediately (ext. 2045).

If customers call about it, there is a short script for the hotline in the knowledge base
(article KB-1187).
""", cte="7bit", charset="us-ascii")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "harmless body; ZIP holds a CSV of the named customer's doctors' invoices with diagnoses and a PDF statement",
  WENDLAND, X("Dr. Christian Lohmeyer", "c.lohmeyer@postfach.example"),
  "Leistungsabrechnung Februar – Unterlagen", "2026-03-09 11:42", """\
Sehr geehrter Herr Dr. Lohmeyer,

wie gewünscht erhalten Sie die Abrechnung und die Einzelaufstellung gesammelt als ZIP-Datei.
""", atts=[A("Abrechnung_2026-02_KV-4410-2297.zip", zipf([
    ("Einzelaufstellung.csv", csvb([
        ["Rechnungsdatum", "Leistungserbringer", "Person", "Diagnose", "Betrag", "Erstattet"],
        ["03.02.2026", "Dr. Weißenborn, Kardiologie", "Christian Lohmeyer", "I48.0 Vorhofflimmern paroxysmal", "412,37", "412,37"],
        ["05.02.2026", "Apotheke am Dom", "Christian Lohmeyer", "Apixaban 5 mg, 60 St.", "128,90", "128,90"],
        ["11.02.2026", "Dr. Faber, Dermatologie", "Anke Lohmeyer", "L40.0 Psoriasis vulgaris", "96,52", "96,52"],
        ["19.02.2026", "Physiopraxis Rheinbogen", "Jonas Lohmeyer", "6x KG nach Kreuzbandplastik", "187,20", "149,76"]],
        enc="windows-1252")),
    ("Leistungsabrechnung_2026-02.pdf", pdf(
        "Lindenhof Versicherung AG - Leistungsabrechnung\n\n"
        "Versicherungsnehmer: Dr. Christian Lohmeyer, Vertrag KV 4410-2297\n"
        "Abrechnungsmonat: Februar 2026\n\n"
        "Eingereichte Belege: 4     Rechnungsbetrag: 824,99 EUR\n"
        "Erstattung: 787,55 EUR    Selbstbehalt verbraucht: 300,00 von 600,00 EUR\n\n"
        "Die Erstattung wird auf das bekannte Konto überwiesen.\n", title="Leistungsabrechnung"))]))])

M("NORMAL", "de", "insurer-to-partner",
  "trap: complaint statistics for the supervisory authority by line incl. health; counts only",
  BREHMER, X("Referat Verbraucherschutz", "beschwerden@aufsicht-finanzen.example"),
  "Beschwerdestatistik 2025 – Lindenhof Versicherung AG (Reg.-Nr. 5091)", "2026-03-10 14:00", """\
Sehr geehrte Damen und Herren,

anbei übermitteln wir die Beschwerdestatistik 2025 gemäß Rundschreiben:

Sparte                     Beschwerden   davon berechtigt   Ø Bearbeitungszeit
Krankenversicherung                214                 61               11 Tage
Lebensversicherung/BU              133                 29               18 Tage
Unfallversicherung                  47                 12                9 Tage
Kraftfahrt                         311                 88                7 Tage
Sach/Haftpflicht/Rechtsschutz      276                 70                8 Tage
Gesamt                             981                260

Häufigste Themen in der Krankenversicherung: Erstattung von Heilpraktikerleistungen,
Beitragsanpassungen, Kostenzusagen für Hilfsmittel. In der BU: Dauer der Leistungsprüfung.

Für Rückfragen steht Ihnen unsere Beschwerdemanagerin Frau Korte zur Verfügung.
""", sig=True)

M("CONFIDENTIAL", "en", "insurer-to-broker",
  "forward of a sole-trader customer's mail (attached .eml) changing his bank account for his liability policy",
  OSTROWSKI, X("Henning Lüders", "h.lueders@maklerkontor-weser.example"),
  "FW: bank details change – your client Mr Andrzej Wiśniewski", "2026-03-12 12:12", """\
Hi Henning,

your client wrote to us directly (see attached). I've updated the direct debit. Just FYI so your
MVP data stays in sync – the new mandate reference is in our broker post tomorrow.

Cheers
Melanie
""", atts=[A("bank_details.eml", inner(
    X("Andrzej Wiśniewski", "a.wisniewski@wisniewski-fliesen.example"),
    f"service@{DOM}", "Change of bank account - policy BH-2023-007781", "2026-03-11 19:41",
    f"Hello,\n\nI'm a self-employed tiler (Fliesenleger, sole trader) with your business liability\n"
    f"policy BH-2023-007781. Please take the premium from my new account from April:\n\n"
    f"Account holder: Andrzej Wiśniewski\nIBAN: {IB_WISN}\nBank: Sparkasse Bremen-Nord\n\n"
    f"My tax number for the invoices: 60/147/22911\n\nThanks,\nAndrzej Wiśniewski\nWiśniewski Fliesen, Vegesacker Str. 40, 28219 Bremen\n"))])

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "critical illness payout for a named policyholder with breast cancer diagnosis",
  LIFE, X("Emma Sørensen", "emma.sorensen@webmail.example"),
  "Your critical illness claim – payment confirmed", "2026-03-13 15:31", """\
Dear Ms Sørensen,

we are very sorry to hear about your diagnosis, and we hope this letter brings at least one worry
less.

Based on the histology report of 9 February 2026 (invasive ductal carcinoma, left breast, C50.4)
and the letter from your oncologist at the breast centre, the definition "cancer" under your
critical illness policy DD 7720-0183 is met.

We will pay the full sum insured of EUR 80,000 to your account on 17 March 2026. Your premiums
are waived from 1 March. The policy then ends, as the benefit has been paid in full.

Please don't hesitate to call me directly if anything is unclear.

Warm regards,
Helen Marsh, claims manager
""", sig=False)

M("NORMAL", "de", "internal",
  "trap: staff outing with a request to tell the caterer directly about allergies; no person's data",
  QUAST, X("Alle Mitarbeitenden Köln", f"alle-koeln@{DOM}"),
  "Sommerfest am 26. Juni – Anmeldung & Essenswünsche", "2026-05-19 12:05", """\
Hallo zusammen,

unser Sommerfest steigt am Freitag, 26. Juni, ab 15 Uhr auf der Dachterrasse und im Innenhof.

Anmeldung bis 5. Juni über das Intranet. Wichtig: Allergien, Unverträglichkeiten oder
vegetarisch/vegan tragt ihr bitte direkt im Formular des Caterers ein (Link im Intranet) – wir
als Personalabteilung wollen und sollen diese Angaben nicht sehen.

Für Kolleginnen und Kollegen mit Rollstuhl: der Innenhof ist über den Aufzug B barrierefrei
erreichbar, die Terrasse über Aufzug A.

Wir freuen uns auf euch!
""", flowed=True, cte="8bit")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "deer collision total loss: named customer's car, residual value and payout IBAN",
  PFISTERER, X("Anja Schütz", "anja.schuetz@postfach.example"),
  "Wildunfall 11.03. – Totalschaden, Abrechnung KS-2026-0052210", "2026-03-23 10:02", f"""\
Hallo Frau Schütz,

das Gutachten ist da – leider wie befürchtet wirtschaftlicher Totalschaden an Ihrem Opel Astra
(SU-AS 808, Teilkasko-Vertrag KF 5512-0091-03).

Wiederbeschaffungswert:  9.800,00 EUR
Restwert (Höchstgebot):  1.450,00 EUR
Selbstbeteiligung TK:      150,00 EUR
Auszahlung:              8.200,00 EUR

Die Überweisung geht an {IB_SCHUETZ}. Das Restwertangebot der Firma Autoverwertung Kempen gilt
drei Wochen; die holen den Wagen bei Ihnen ab.

Gut, dass Ihnen nichts passiert ist!
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
  "group accident insurance: employer's HR gets an ODS listing a named employee's work accident and injury",
  NUESSLEIN, X("Personalabteilung Holzbau Auer KG", "personal@holzbau-auer.example"),
  "Gruppenunfallversicherung GU-2024-0311 – Leistungsübersicht Q1", "2026-04-02 09:40", """\
Sehr geehrte Frau Auer,

wie vereinbart die Übersicht der im ersten Quartal gemeldeten Unfälle Ihrer Mitarbeiter und der
Leistungen aus der Gruppenunfallversicherung (Tabelle im Anhang, Format ODS für Ihr LibreOffice).

Bei Herrn Demir läuft die Invaliditätsprüfung noch, das ärztliche Gutachten ist beauftragt.
""", atts=[A("GU-2024-0311_Unfaelle_Q1-2026.ods", ods([
    ["Mitarbeiter", "geb.", "Unfalltag", "Verletzung", "Krankenhaus-Tage", "Leistung EUR"],
    ["Serkan Demir", "12.03.1990", "14.01.2026", "Fingeramputation D3 re. (Kreissäge)", 4, "Invalidität in Prüfung"],
    ["Tobias Aßmann", "03.08.1998", "02.02.2026", "Sprunggelenksdistorsion", 0, 0],
    ["Michael Pröll", "21.11.1976", "09.03.2026", "Rippenserienfraktur nach Sturz vom Gerüst", 6, 480]], sheet="Q1 2026"))])

M("NORMAL", "en", "newsletter",
  "trap: HTML-only pension newsletter with an example customer 'aged 35 earning EUR 50,000' (model case)",
  MARKETING, X("Lindenhof Pensions Update", f"pensions-update@{DOM}"),
  "Pensions update: what the new tax allowance means for you", "2026-04-07 07:00", None,
  html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>Pensions update &ndash; April 2026</h2>
<p>From 2026 the tax-free allowance for company pensions rises. What does that mean in practice?</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<caption>Model case (illustrative, not a real customer)</caption>
<tr><th>Age</th><td>35</td></tr>
<tr><th>Gross annual income</th><td>EUR 50,000</td></tr>
<tr><th>Monthly contribution via salary sacrifice</th><td>EUR 250</td></tr>
<tr><th>Net cost after tax and social security</th><td>approx. EUR 131</td></tr>
<tr><th>Projected pension at 67 (2.5&nbsp;% p.a.)</th><td>EUR 412 per month</td></tr>
</table>
<p>Your own figures may differ. Ask your adviser for a personal projection.</p>
<p style="font-size:11px;color:#666">Lindenhof Versicherung AG &middot; Hohenstaufenring 88 &middot; 50674 Cologne &middot;
<a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">unsubscribe</a></p>
</body></html>""", cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian Wahlarzt reimbursement with Ambulanz visit, diagnosis and medication of the named customer",
  PICHLMAYR, X("Dominik Reisinger", "dominik.reisinger@mailbox-at.example"),
  "Kostenrückerstattung Wahlarzt – Honorarnote Dr. Pachler", "2026-04-09 11:20", """\
Lieber Herr Reisinger,

Ihre Einreichung vom 30. März ist erledigt:

  Honorarnote Dr. Pachler (Wahlarzt HNO), 17.03.2026        240,00 EUR
  Diagnose lt. Befund: chronische Sinusitis (J32.0), Septumdeviation
  Vorleistung Sozialversicherung (Kassentarif)               -58,40 EUR
  Restkosten                                                 181,60 EUR
  davon erstattet (80 % lt. Tarif Ambulant Plus)             145,28 EUR

Die Ambulanzgebühr im Spital vom 12.03. (Notfallambulanz, Nasenbluten) übernimmt zur Gänze Ihre
Sozialversicherung – die brauchen Sie bei uns nicht einreichen.

Zur geplanten Septumplastik: bitte schicken Sie uns vorab den OP-Termin und den Kostenvoranschlag
der Sonderklasse, dann stellen wir die Kostenübernahme direkt aus.
""", charset="windows-1252", cte="quoted-printable")

M("NORMAL", "de", "insurer-to-supplier",
  "trap: facility mail about elevator works; a tenant's 'Ordination' (doctor's practice) in the insurer's Vienna building",
  KOGLER, X("Aufzugsservice Donau GmbH", "service@aufzug-donau.example"),
  "Aufzug Stiege 2 – Wartung 14. Mai, bitte Ordination im 2. OG informieren", "2026-05-04 10:15", """\
Sehr geehrter Herr Reindl,

danke für die Terminbestätigung. Die Wartung des Aufzugs Stiege 2 am Donnerstag, 14. Mai,
8–12 Uhr, passt für uns.

Bitte beachten: Im 2. OG unseres Hauses ist eine Ordination (Allgemeinmedizin) eingemietet, die
viele ältere Patientinnen und Patienten hat. Könnten Sie beim Eingang und im 2. OG einen Hinweis
anbringen, dass der Lastenaufzug Stiege 1 benützt werden kann? Die Ordination ist von uns schon
informiert.

Rechnung wie immer an die Zweigniederlassung, Bestellnummer AT-4500-2231.
""")

M("CONFIDENTIAL", "mixed", "insurer-to-partner",
  "recourse request to a foreign motor insurer naming the other driver, plate and damage amount",
  PFISTERER, X("Claims Dept. Assicurazioni Ventaglio", "sinistri@ventaglio-assicurazioni.example"),
  "Recourse claim – your insured Mr Paolo Fabbri, MI 4582 FK / unser Schaden KS-2026-0061934", "2026-04-14 14:22", f"""\
Dear colleagues,

we refer to the accident of 28 March 2026 on the A3 near Köln-Dellbrück. Your policyholder,
Mr Paolo Fabbri (vehicle Fiat Ducato, plate MI 4582 FK, your policy no. 771-2291034), changed
lanes without looking and hit our insured's car (K-LM 2290, Lindenhof policy KF 8823-0014-02).
Nobody was injured.

We have paid the repair costs to our insured under the comprehensive cover and claim recourse:

  Reparaturkosten lt. Gutachten        6.412,50 EUR
  Wertminderung                          400,00 EUR
  Gutachterkosten                        623,14 EUR
  Summe / total                        7.435,64 EUR

Bitte überweisen Sie den Betrag auf unser Regresskonto {IB_LINDENHOF} unter Angabe
unserer Schadennummer. The police report (German) is attached to our letter by post.
""")

M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "harmless body; underwriting decision with named applicant's BMI, diabetes and exclusion only in the ODT",
  VALENTIN, X("New Business Life", f"nb-leben@{DOM}"),
  "Underwriting decision LV-A 2026-118834 + 2 others", "2026-04-16 17:05", """\
Hi team,

decisions for today's three cases attached (ODT, as usual). Please send the offers out tomorrow.

Henrik
""", sig=False, foot=False, atts=[A("UW_decisions_2026-04-16.odt", odt([
    "Medical underwriting decisions – 16 April 2026",
    "LV-A 2026-118834 Jonathan Reeve, DOB 02/09/1979: hypertension well controlled (ramipril), "
    "OSA on CPAP with good compliance. Decision: standard rates +25 % extra premium.",
    "BU-A 2026-004471 Nadine Kessler, 1988-05-14: type 1 diabetes since age 12, HbA1c 7.9 %, "
    "BMI 31. Decision: disability cover declined; offer term life with +75 %.",
    "BU-A 2026-004502 Marco Peters, 1995-01-30: lumbar disc prolapse L4/5 2023, no symptoms since 2024. "
    "Decision: accept with exclusion of spinal disorders for 5 years.",
    "Dr. H. Valentin"]))])

M("NORMAL", "en", "insurer-to-partner",
  "trap: letter to the data protection authority notifying a change of DPO contact details; official role only",
  BREHMER, X("Data Protection Authority – Registrations", "registrierung@datenschutzaufsicht.example"),
  "Notification of data protection officer contact details – Lindenhof Versicherung AG", "2026-04-20 09:00", """\
Dear Sir or Madam,

pursuant to Art. 37(7) GDPR we notify you of the updated contact details of our data protection
officer, effective 1 May 2026:

  Data protection officer:  Nadine Brehmer
  Postal address:           Lindenhof Versicherung AG, Datenschutz, Hohenstaufenring 88, 50674 Köln
  E-mail:                   datenschutz@lindenhof-versicherung.example
  Phone:                    +49 221 5508-1333

For the Austrian branch (Vienna) the same officer is responsible; a copy of this notification
goes to the Austrian authority.

The previous functional mailbox remains active and is forwarded.
""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "grey: dog liability claim; the injured neighbour's dog's vet bill (animal health) and the named customer's policy",
  NUESSLEIN, X("Marco Engelhardt", "marco.engelhardt@postfach.example"),
  "Hundehalterhaftpflicht HH-9910-2203 – Beißerei am 22. März", "2026-04-21 15:17", """\
Hallo Herr Engelhardt,

kurzer Zwischenstand zur Beißerei zwischen Ihrem Rüden „Bruno“ und der Hündin Ihrer Nachbarin,
Frau Sasse:

Die Tierklinik Porz hat eine Bisswunde am Hals genäht, Antibiotikum und zwei Nachkontrollen,
Rechnung 684,30 EUR. Das ist über Ihre Hundehalterhaftpflicht HH-9910-2203 gedeckt, wir zahlen
direkt an Frau Sasse.

Die Forderung nach Schmerzensgeld für Frau Sasse selbst (sie habe sich „furchtbar erschrocken“)
lehnen wir ab, verletzt wurde sie nicht.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "child accident insurance: school accident of a named child with tooth injury and hospital day",
  HASLINGER, X("Familie Pröglhöf", "proeglhoef@mailbox-at.example"),
  "Kinderunfallversicherung – Schulunfall von Jakob", "2026-05-06 10:44", """\
Liebe Frau Pröglhöf,

gute Nachricht für Jakob: wir übernehmen die Kosten aus dem Schulunfall vom 21. April.

Laut Ambulanzbefund des Spitals hat sich Jakob (9 Jahre) beim Turnunterricht den oberen
Schneidezahn 11 abgebrochen und eine Platzwunde an der Lippe (genäht) zugezogen; eine Nacht zur
Beobachtung auf der Kinderstation wegen Gehirnerschütterung.

  Spitalgeld 1 Tag               50,00 EUR
  Zahnersatz Kunststoffkrone    420,00 EUR (Kostenvoranschlag Dr. Lindinger)
  Bergungs-/Transportkosten       0,00 EUR (Rettung über Sozialversicherung)

Die endgültige Versorgung mit Keramikkrone kommt erst mit 18 – die ist nach unserer Polizze bis
zum 20. Lebensjahr mitversichert, bitte die Rechnung dann einfach schicken.

Gute Besserung an Jakob!
""")

M("NORMAL", "de", "internal",
  "trap: actuarial ODS with claims per head by age band and sex (aggregates), no individual",
  WHITFIELD, X("Aktuariat Kranken", f"aktuariat-kv@{DOM}"),
  "Kopfschadenprofile 2025 für BAP – erste Auswertung", "2026-05-11 18:31", """\
Liebe Kolleg:innen,

anbei die erste Auswertung der Kopfschäden 2025 (Tarif AmbuPlus + StatKomfort, Deutschland) für die
Beitragsanpassungsprüfung. Auswertung auf Basis von 214.000 Versichertenjahren, Altersbänder à
5 Jahre, keine Einzelfälle.

Auffällig: deutliche Steigerung bei den 20–29-Jährigen ambulant (Psychotherapie), stationär bei
den über 75-Jährigen.

Bitte noch nicht weitergeben, die Zahlen sind vorläufig.
Claire
""", sig=False, atts=[A("Kopfschaeden_2025_vorlaeufig.ods", ods([
    ["Altersband", "Geschlecht", "Versichertenjahre", "ambulant EUR", "stationär EUR", "Zahn EUR"],
    ["20-24", "w", 6120, 1402, 388, 402], ["20-24", "m", 5980, 1011, 342, 377],
    ["25-29", "w", 9110, 1688, 512, 455], ["25-29", "m", 8804, 1190, 401, 421],
    ["70-74", "w", 7350, 3912, 2874, 611], ["70-74", "m", 6920, 4120, 3411, 588],
    ["75+", "w", 11230, 4488, 4922, 503], ["75+", "m", 8019, 4801, 5810, 477]], sheet="Kopfschaeden"))])

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "cyber policy of a sole-trader IT consultant: ransomware claim plus his annual turnover and income",
  ADEYEMI, X("Lars Henriksen", "lars@henriksen-it.example"),
  "Cyber claim CY-2026-0017 – ransomware incident, next steps", "2026-05-12 09:08", """\
Dear Mr Henriksen,

thank you for reporting the ransomware incident of 10 May under your cyber policy CY-2025-00388
(insured: Lars Henriksen, IT consulting, sole trader).

Our incident response partner has already been in touch. For the business interruption part we
need your figures; from your tax return 2025 you sent us:

  Turnover 2025:           EUR 184,300
  Profit before tax:       EUR 96,750
  Average daily income:    approx. EUR 390 (250 working days)

The waiting period is 12 hours; so far you report 3 days of downtime. Please do NOT pay the
ransom before talking to us.
""")

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "HTML-only internal list from Vienna of pending hospital cost coverages with patients, diagnoses, SV numbers",
  PICHLMAYR, X("Katrin Wendland", f"k.wendland@{DOM}"),
  "Offene Kostenübernahmen Wien – Stand 13.05.", "2026-05-13 17:55", None,
  html=f"""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Liebe Katrin,</p>
<p>wie besprochen unsere offenen Kostenübernahmen für die Vertretung nächste Woche:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Patient</th><th>SV-Nr.</th><th>Spital</th><th>Aufnahme</th><th>Diagnose</th><th>Status</th></tr>
<tr><td>Josef Reiter</td><td>{svnr(733, '220558')}</td><td>Privatklinik Kahlenberg</td><td>11.05.</td><td>I25.1 KHK, Bypass geplant</td><td>Befund fehlt</td></tr>
<tr><td>Aleksandra Jović</td><td>{svnr(508, '041092')}</td><td>Spital Hietzing</td><td>12.05.</td><td>O80 Spontangeburt</td><td>zugesagt</td></tr>
<tr><td>Herbert Mayrhofer</td><td>{svnr(119, '300649')}</td><td>Landesklinikum Thermenblick</td><td>14.05.</td><td>C61 Prostatakarzinom, RPE</td><td>Rückfrage Vertrauensarzt</td></tr>
</table>
<p>Danke dir fürs Einspringen!<br>Andrea</p>
</body></html>""", cte="quoted-printable")

M("NORMAL", "de", "insurer-to-customer",
  "trap: prospect asks if travel insurance covers ski accidents and Spital costs abroad; generic answer",
  HASLINGER, X("Katharina Moosbrugger", "k.moosbrugger@mailbox-at.example"),
  "AW: Reiseversicherung – Skiunfall in der Schweiz?", "2026-01-16 09:47", """\
Liebe Frau Moosbrugger,

danke für Ihre Anfrage! Ganz allgemein zu unserem Reiseschutz „Welt“:

- Skiunfälle sind mitversichert, auch Tourengehen im gesicherten Gelände.
- Spitalskosten im Ausland werden direkt mit dem Spital verrechnet, wenn Sie unsere 24-Stunden-
  Notrufnummer anrufen. In der Schweiz ist das wichtig, weil die Kosten sehr hoch sind.
- Hubschrauberbergung ist bis 30.000 EUR gedeckt.

Abschließen können Sie direkt online, die Polizze kommt sofort per Mail:
https://www.lindenhof-versicherung.example/at/reise

> Gilt eure Reiseversicherung auch wenn ich mich beim Skifahren in Davos verletze? Und zahlt ihr
> das Spital direkt? lg K. Moosbrugger
""")

M("CONFIDENTIAL", "de", "insurer-to-lawyer",
  "legal expenses cover for a named customer's tenancy dispute sent to her lawyer",
  HOFFKNECHT, X("Kanzlei Röder & Partner", "sekretariat@kanzlei-roeder.example"),
  "Ihre Mandantin Frau Petra Lindemann – Deckungszusage RS 5520-1188 (Mietrecht)", "2026-05-18 11:36", """\
Sehr geehrter Herr Rechtsanwalt Röder,

für Ihre Mandantin, Frau Petra Lindemann, Eifelstraße 40, 50677 Köln, erteilen wir Deckungszusage
aus dem Mietrechtsschutz (Vertrag RS 5520-1188) für die außergerichtliche Interessenwahrnehmung
gegen die Vermieterin (Eigenbedarfskündigung vom 28.04.2026).

Die Zusage umfasst eine 1,3-Geschäftsgebühr aus dem Jahresmietwert (12 x 1.140 EUR). Für ein
gerichtliches Verfahren bitten wir um erneute Vorlage mit Ihrer Einschätzung der Erfolgsaussichten.

Die Selbstbeteiligung von 250 EUR trägt Ihre Mandantin.
""")

M("NORMAL", "en", "insurer-to-broker",
  "trap: invitation (ICS) to broker training on disability underwriting and mental-health questions",
  OSTROWSKI, X("Broker partners NRW", f"broker-nrw@{DOM}"),
  "Invitation: webinar 'Disability cover – asking the health questions right'", "2026-05-20 08:15", """\
Dear partners,

many disability applications come back to you because of incomplete health questions – especially
on psychotherapy, back pain and medication. In a 60-minute webinar our medical underwriter
Dr. Henrik Valentin explains what we need and why.

  Date: Wednesday, 10 June 2026, 16:00–17:00
  Registration: https://partner.lindenhof-versicherung.example/webinar/bu-gesundheitsfragen

Counts as 1 hour of IDD training. Calendar entry attached.
""", atts=[A("Webinar_Disability_2026-06-10.ics", ics(
    "Webinar: Disability cover – asking the health questions right", "20260610T160000", "20260610T170000",
    "Online (link after registration)", "Speaker: Dr. Henrik Valentin, medical underwriting\nIDD: 60 min",
    "webinar-bu-20260610", f"m.ostrowski@{DOM}"))])

M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
  "English-speaking expat in Vienna: maternity cover, planned birth in hospital, due date; DE/EN",
  PICHLMAYR, X("Sarah O'Brien", "sarah.obrien@mailbox-at.example"),
  "Geburt / birth at Privatklinik – Kostenübernahme confirmed", "2026-05-26 13:03", """\
Dear Ms O'Brien, liebe Frau O'Brien,

great news: we confirm the cost coverage for your delivery.

  Expected date of delivery / Geburtstermin: 18 August 2026
  Hospital / Spital:  Privatspital Sankt Leonhard, Sonderklasse
  Polizze:            KV-AT 330 118 092 (waiting period of 8 months fulfilled on 1 May)

Covered: Entbindung (natural or caesarean), up to 6 days Sonderklasse for you and the baby,
the midwife of your choice (Wahlhebamme) up to EUR 1,500.

Your gynaecologist mentioned gestational diabetes in her last Befund – that does not change the
cover. Please register the baby with us within two months after the birth, then he or she is
insured from birth without health questions.

Alles Gute!
""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "base64 body: confirmation of a changed Austrian bank account for a named customer's household policy",
  HASLINGER, X("Michael Pfeiffer", "m.pfeiffer@mailbox-at.example"),
  "Änderung Bankverbindung – Haushaltsversicherung HH-AT 5520 118", "2026-06-01 08:51", f"""\
Sehr geehrter Herr Pfeiffer,

Ihre neue Bankverbindung ist eingetragen:

  Kontoinhaber: Michael Pfeiffer
  IBAN:         {IB_REITER}
  gültig ab:    Prämie Juli 2026

Die Haushaltsversicherung HH-AT 5520 118 für Ihre Wohnung in der Gentzgasse 88/3, 1180 Wien läuft
ansonsten unverändert weiter. Die nächste Abbuchung erfolgt am 1. Juli.
""", cte="base64")

# ---- 0076-0100 -------------------------------------------------------------

M("NORMAL", "de", "internal",
  "trap: Vienna HR sick-leave statistics per department (Krankenstandstage, aggregated, no names)",
  KOGLER, X("Geschäftsleitung Österreich", f"gl-at@{DOM}"),
  "Krankenstandsquote Jänner 2026 – Auswertung pro Abteilung", "2026-02-06 15:20", """\
Sehr geehrter Herr Mag. Aichinger, liebe Abteilungsleiter:innen,

hier die Krankenstandsauswertung für Jänner (Standort Wien, 118 Mitarbeiter:innen):

  Abteilung                Köpfe   Krankenstandstage   Quote
  Leistungsservice KV        34            71            9,9 %
  Schaden Kfz/Sach           22            28            5,8 %
  Kundenservice              29            54            8,5 %
  Vertrieb                   18            12            3,0 %
  Verwaltung/IT              15            11            3,3 %
  Gesamt                    118           176            6,8 %

Die Grippewelle war deutlich spürbar (Vorjahr Jänner: 4,9 %). Kleine Teams unter 10 Personen
weisen wir wie immer nicht getrennt aus.

Auswertungen zu einzelnen Personen gibt es von uns nicht - bitte auch nicht anfragen.
""", charset="iso-8859-1", cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian term life (Ablebensversicherung) payout after the insured's death, cause of death named",
  LIFE, X("Ingrid Hofbauer", "ingrid.hofbauer@mailbox-at.example"),
  "Ablebensversicherung LV-AT 1120 448 – Auszahlung der Versicherungssumme", "2026-02-16 10:30", """\
Sehr geehrte Frau Hofbauer,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes.

Wir haben die Unterlagen geprüft (Sterbeurkunde, Todesursachenbescheinigung des Spitals: akuter
Myokardinfarkt am 27.01.2026, Einantwortungsbeschluss des Bezirksgerichts Baden). Die
Ablebensversicherung Ihres Mannes, Herrn Karl Hofbauer (geb. 11.11.1955), wird ausbezahlt:

  Versicherungssumme              100.000,00 EUR
  Gewinnbeteiligung                 4.318,22 EUR
  Auszahlung an Sie als Bezugsberechtigte   104.318,22 EUR

Die Überweisung erfolgt innerhalb von fünf Bankarbeitstagen auf das Konto, das Sie im Antrag
angegeben haben.

Wenn wir Sie in dieser schweren Zeit noch bei etwas unterstützen können, melden Sie sich bitte.

Mit stillem Gruß
Leistungsservice Leben, Zweigniederlassung Österreich
""", sig=False, foot=True)

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "motor policy: correction of a named customer's date of birth and new address",
  PFISTERER, X("Natalia Kowalska", "n.kowalska@webmail.example"),
  "Re: wrong date of birth on my car insurance", "2026-02-24 12:44", """\
Dear Ms Kowalska,

you're right, our mistake – sorry! I've corrected your policy KF 9910-3382-01:

  Date of birth: 19 October 1992 (was: 10 September 1992)
  New address:   Kempener Str. 77, 50733 Köln (from 1 March)

The premium doesn't change. A corrected policy schedule is on its way by post.

%%SIG%%

> Hi, my date of birth on the policy is wrong, it should be 19.10.1992. Also I'm moving
> to Kempener Str. 77 in March. Natalia
""")

M("NORMAL", "en", "insurer-to-supplier",
  "trap: test data for the claims system with fictitious persons and a published example IBAN",
  REHKEMPER, X("Dev team Codeforge", "team-lindenhof@codeforge-consulting.example"),
  "Test cases for sprint 14 – synthetic claimants (no production data!)", "2026-03-03 17:02", """\
Hi Jens, hi team,

attached are the synthetic test cases for the health-claims OCR sprint. All persons are invented
(names from our "Mustermann" list), the IBAN is the published DE example account, diagnoses are
random valid ICD codes. Please never use copies of production data in the test environment – I'll
repeat that in every mail. ;-)

Cheers
Tobias
""", sig=False, atts=[A("testcases_sprint14.csv", csvb([
    ["case", "name", "dob", "iban", "icd", "amount"],
    ["T-001", "Max Mustermann (fiktiv)", "01.01.1970", "DE89370400440532013000", "J06.9", "48,20"],
    ["T-002", "Erika Musterfrau (fiktiv)", "1985-12-24", "DE89370400440532013000", "M54.5", "312,00"],
    ["T-003", "Testperson Drei (fiktiv)", "29.02.2000", "DE89370400440532013000", "Z00.0", "0,00"]],
    delim=","), params={"charset": "utf-8"})])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "hearing-aid cost approval with audiogram result for the named customer (Latin-1 mail)",
  WENDLAND, X("Gisela Vennemann", "g.vennemann@postfach.example"),
  "Kostenzusage Hörgeräte", "2026-03-17 09:14", """\
Sehr geehrte Frau Vennemann,

vielen Dank für den Kostenvoranschlag von Hörakustik Brandt und die Verordnung von Dr. Kühnel.

Nach dem beigefügten Tonaudiogramm liegt bei Ihnen eine beidseitige Innenohrschwerhörigkeit
(H90.3) mit einem Hörverlust von rund 55 dB vor. Die Versorgung mit zwei Hörgeräten ist
medizinisch notwendig.

Wir übernehmen aus Ihrem Tarif AmbuPlus 80 % des Kostenvoranschlags, höchstens 1.500 EUR je Ohr,
also insgesamt 2.976,00 EUR. Bitte reichen Sie nach der Anpassung die Rechnung ein.
""", charset="iso-8859-1", cte="8bit")

M("NORMAL", "de", "insurer-to-broker",
  "trap: blank release-of-confidentiality form with «placeholders» sent to a broker as template",
  OSTROWSKI, X("Henning Lüders", "h.lueders@maklerkontor-weser.example"),
  "Vorlage Schweigepflichtentbindung (neue Fassung 2026)", "2026-03-19 11:58", """\
Hallo Henning,

wie versprochen die neue Vorlage für die Schweigepflichtentbindung im Leistungsfall, abgestimmt mit
unserem Datenschutz. Bitte ab sofort nur noch diese verwenden, die alte Fassung (2019) wird von der
Leistungsabteilung nicht mehr akzeptiert.

Die Platzhalter in « » füllt der Kunde selbst aus – bitte keine ausgefüllten Formulare per Mail
zurück, sondern übers Maklerportal hochladen.
""", atts=[A("Schweigepflichtentbindung_Leistung_2026.docx", docx([
    "Einwilligungs- und Schweigepflichtentbindungserklärung (Leistungsfall)",
    "Versicherte Person: «Vorname Nachname», geboren am «TT.MM.JJJJ»",
    "Vertragsnummer: «Vertragsnummer»",
    "Ich entbinde die nachfolgend genannten Ärzte, Zahnärzte, Krankenhäuser und Pflegeeinrichtungen von "
    "ihrer Schweigepflicht, soweit dies zur Prüfung der Leistungspflicht erforderlich ist:",
    "«Name und Anschrift der Ärztin / des Arztes»",
    "Ort, Datum: «…»     Unterschrift: «…»"], title="Schweigepflichtentbindung Vorlage"))])

M("CONFIDENTIAL", "de", "insurer-to-company",
  "D&O claim notice naming the managing director of a GmbH and the claim against him",
  ADEYEMI, X("Dr. Friederike Auer", "f.auer@holzbau-auer.example"),
  "D&O-Versicherung DO-2025-0091 – Inanspruchnahme Ihres ehemaligen Geschäftsführers", "2026-03-24 16:40", """\
Sehr geehrte Frau Dr. Auer,

wir bestätigen den Eingang Ihrer Schadenanzeige vom 20.03.2026 zur D&O-Versicherung DO-2025-0091
der Holzbau Auer KG.

Die Gesellschaft nimmt Ihren ehemaligen Geschäftsführer, Herrn Wolfgang Reichelt (ausgeschieden
31.12.2025), auf Schadensersatz in Höhe von 412.000 EUR in Anspruch (Vorwurf: Abschluss nicht
genehmigter Termingeschäfte auf Holzpreise 2024/25).

Als D&O-Versicherer prüfen wir zunächst die Abwehr des Anspruchs für Herrn Reichelt. Wir werden ihn
direkt anschreiben; bitte übermitteln Sie uns seine aktuelle Postanschrift.

Die Meldung der Gesellschaft als Anspruchstellerin haben wir unter DO-S-2026-004 registriert.
""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "trip cancellation because of the named customer's father's stroke; medical certificate content",
  TRAVEL, X("Daniel Kessler", "daniel.kessler@webmail.example"),
  "Your trip cancellation claim RR-26-01422 – accepted", "2026-04-02 14:11", """\
Dear Mr Kessler,

we have checked your claim for the cancelled trip to Cape Town (departure planned 28 March 2026).

The certificate from University Hospital Bonn confirms that your father, Mr Gerhard Kessler, was
admitted on 24 March with an ischaemic stroke (I63.5) and is being treated on the stroke unit. As
a close relative's unexpected serious illness, this is an insured reason for cancellation.

  Cancellation fees (tour operator Sonnenweit Reisen):  EUR 3,880.00
  Excess (20 %):                                       EUR   776.00
  Payment:                                             EUR 3,104.00

We wish your father a good recovery.
""")

M("NORMAL", "en", "internal",
  "trap: DPIA summary for OCR of medical invoices; describes data categories, no individual",
  BREHMER, X("Data Protection Board", f"dpo-board@{DOM}"),
  "DPIA summary – OCR and auto-coding of medical invoices (v1.2)", "2026-04-08 10:22", """\
Dear members of the board,

below the short version of the data protection impact assessment; the full document is in the
DMS (DPIA-2026-03).

Processing:   OCR of incoming medical invoices, hospital bills, prescriptions; automatic
              extraction of ICD-10 codes, GOÄ/GOZ items, amounts and IBAN.
Data subjects: insured persons and their family members (DE and AT), treating doctors.
Categories:   health data (Art. 9 GDPR), bank data, contract data.
Risks:        misallocation of documents to the wrong insured person (likelihood medium,
              severity high); over-retention of scans.
Measures:     four-eyes check on low-confidence matches, deletion of scans after 10 years,
              access only for claims staff, processing in our own data centre.
Residual risk: acceptable. Recommendation: approve.

Vote by 15 April please.
""", sig=True)

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "e-bike theft under household insurance of a named customer with frame number and address",
  NUESSLEIN, X("Johanna Berkemeier", "j.berkemeier@postfach.example"),
  "Fahrraddiebstahl – Ihre Hausratversicherung HR 3310-7702-01", "2026-04-13 08:33", """\
Guten Morgen Frau Berkemeier,

den Diebstahl Ihres E-Bikes haben wir aufgenommen:

  Rad:        Riese & Müller Charger4, Rahmennummer WRM4412887C
  Tatort:     Fahrradkeller, Neusser Wall 12, 50670 Köln (abgeschlossen, Aufbruchspuren)
  Anzeige:    Polizei Köln, Tagebuchnummer 118340-2026-017

Ihre Hausratversicherung enthält die Fahrradklausel bis 5.000 EUR, der Kaufpreis lag bei
5.299 EUR. Wir zahlen also 5.000 EUR abzüglich eines Abzugs „neu für alt“ von 10 % (das Rad war
zwei Jahre alt) = 4.500 EUR, sobald die Polizei das Verfahren eingestellt hat.
""", cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
  "query to a physiotherapy practice on a named patient's treatment series and diagnosis",
  WENDLAND, X("Physiopraxis Rheinbogen", "info@physio-rheinbogen.example"),
  "Rückfrage Rechnung Nr. 2026-0318 – Patient Jonas Lohmeyer", "2026-04-15 13:48", """\
Sehr geehrte Damen und Herren,

Ihr Patient Jonas Lohmeyer (geb. 04.06.2004) hat uns Ihre Rechnung Nr. 2026-0318 über 12 Einheten
Krankengymnastik am Gerät (KG-Gerät) eingereicht. Laut Verordnung von Dr. Ehlers (Zustand nach
vorderer Kreuzbandplastik rechts, S83.53) waren 6 Einheiten KG und 6 Einheiten Lymphdrainage
verordnet.

Könnten Sie uns bitte bestätigen, welche Leistungen tatsächlich erbracht wurden, und ggf. eine
korrigierte Rechnung ausstellen? Eine Einverständniserklärung des Patienten liegt uns vor.

Vielen Dank!
""")

M("NORMAL", "de", "newsletter",
  "trap: Austrian broker newsletter on a Sonderklasse tariff with a sample customer 'Musterkunde'",
  ZOECHLING, X("Vertriebspartner Österreich", f"partner-at@{DOM}"),
  "Partnerinfo Österreich 2/2026 – Sonderklasse Kompakt & Ambulanz-Baustein", "2026-04-22 07:45", """\
Liebe Vertriebspartnerinnen und Vertriebspartner,

ab Mai gibt's die Sonderklasse Kompakt auch mit Ambulanz-Baustein: Wahlarzt, Physiotherapie,
Heilbehelfe und Vorsorgeuntersuchung – 80 % nach Vorleistung der Sozialversicherung.

Rechenbeispiel (Musterkunde, 40 Jahre, Wien, kein Selbstbehalt):
  Sonderklasse Kompakt               74,20 EUR/Monat
  + Ambulanz-Baustein                31,60 EUR/Monat
  Honorarnote Wahlarzt 120 EUR, Kassenersatz 32 EUR → Erstattung 70,40 EUR

Gesundheitsfragen: unverändert 5 Fragen, Betrachtungszeitraum 5 Jahre (stationär 10 Jahre).

Schulungstermine im Mai: Wien 6.5., Linz 12.5., Graz 19.5. – Anmeldung über den Partnerbereich.
Ich freu mich auf euch!
""", cte="8bit")

M("CONFIDENTIAL", "en", "insurer-to-broker",
  "policy schedule PDF with a named customer's birth date and home address sent to the broker",
  OSTROWSKI, X("Fiona MacLeod", "fiona.macleod@highland-brokerage.example"),
  "Policy schedule home insurance – your client Mr Ewan Sutherland", "2026-04-24 10:03", """\
Hi Fiona,

as requested, the new schedule for Mr Sutherland's home insurance (buildings + contents) after the
change of address. Premium unchanged.

Have a nice weekend!
Melanie
""", sig=False, atts=[A("Schedule_GV-HR_8840-2231_Sutherland.pdf", pdf(
    "Lindenhof Versicherung AG - POLICY SCHEDULE (Home)\n\n"
    "Policyholder:  Ewan Sutherland, born 04 July 1961\n"
    "Address:       Am Kapellenberg 9, 53604 Bad Honnef\n"
    "Policy no.:    GV-HR 8840-2231\n"
    "Broker:        Highland Brokerage, VM-51120\n\n"
    "Buildings:     sum insured EUR 612,000 (value 1914), storm, water, fire, natural perils\n"
    "Contents:      sum insured EUR 95,000\n"
    "Annual premium: EUR 1,148.60\n"
    "Payment:       direct debit, IBAN DE** **** **** **** **44 12\n", title="Policy schedule"))])

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "forward (attached .eml) from Vienna: a customer describes his Krankenstand and Befund; body neutral",
  PICHLMAYR, X("Dr. Lukas Brandstätter", f"l.brandstaetter@{DOM}"),
  "WG: Krankentagegeld – bitte um ärztliche Einschätzung", "2026-05-05 12:26", """\
Lieber Lukas,

bitte schau dir das angehängte Mail an, ich bräuchte bis Freitag deine Einschätzung, ob wir
weiterzahlen oder eine Nachuntersuchung machen.

Danke, Andrea
""", sig=False, atts=[A("Krankentagegeld_Huber.eml", inner(
    X("Walter Huber", "w.huber@mailbox-at.example"), f"a.pichlmayr@{DOM}",
    "Krankenstand verlängert", "2026-05-04 20:11",
    "Sehr geehrte Frau Mag. Pichlmayr,\n\nmein Krankenstand wurde bis 31. Mai verlängert. Beim letzten\n"
    "Kontroll-MRT hat man einen neuerlichen Bandscheibenvorfall L4/L5 gesehen, der Befund liegt bei.\n"
    "Der Neurochirurg im Spital Hietzing meint, eventuell muss noch einmal operiert werden, zuerst\n"
    "aber Infiltrationen in der Schmerzambulanz.\n\nBitte zahlen Sie das Tagegeld weiter, ich bin\n"
    "selbstständig und habe sonst kein Einkommen.\n\nMit freundlichen Grüßen\nIng. Walter Huber\n"
    "Polizze KT-AT 2207 114\n"))])

M("NORMAL", "de", "insurer-to-partner",
  "trap: commission invoice to a partner bank; the bank's and the insurer's corporate IBANs only",
  OSTROWSKI, X("Rheinbank AG – Kooperationsmanagement", "kooperation@rheinbank.example"),
  "Provisionsabrechnung Kooperation Q1/2026", "2026-04-28 15:15", f"""\
Sehr geehrte Frau Dr. Kiesewetter,

anbei die Eckdaten der Provisionsabrechnung für das erste Quartal aus unserer Vertriebskooperation
(Wohngebäude, Hausrat, Risikoleben über die Filialen):

  Neugeschäft Bewertungssumme      3.912.400 EUR
  Provision gesamt                   181.230,50 EUR
  abzüglich Stornoreserve 10 %       -18.123,05 EUR
  Auszahlung                         163.107,45 EUR

Überweisung am 5. Mai auf Ihr Provisionskonto {IB_FIRMA}. Bei Rückfragen erreichen Sie unsere
Buchhaltung unter vertriebsbuchhaltung@lindenhof-versicherung.example; Rückbuchungen bitte auf
unser Konto {IB_LINDENHOF}.

Die Einzelaufstellung je Vertrag kommt wie immer über den gesicherten SFTP-Kanal.
""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "buildings insurer gives notice after several claims; named customer, address and claim history",
  NUESSLEIN, X("Heinz-Dieter Rosskamp", "hd.rosskamp@postfach.example"),
  "Kündigung Ihrer Wohngebäudeversicherung GV 7712-0038 nach Schadenfall", "2026-05-08 11:11", """\
Sehr geehrter Herr Rosskamp,

nach dem Leitungswasserschaden vom 19.03.2026 (Schaden SG-2026-00904, Auszahlung 14.820 EUR) ist
dies der vierte Leitungswasserschaden an Ihrem Haus Rosenweg 3, 41539 Dormagen, seit 2023.

Wir machen daher von unserem Kündigungsrecht nach dem Schadenfall Gebrauch und kündigen die
Wohngebäudeversicherung GV 7712-0038 zum 30.06.2026.

Gern unterbreiten wir Ihnen ein neues Angebot mit Selbstbeteiligung 2.500 EUR für Leitungswasser,
wenn die Rohrleitungen im Keller erneuert werden. Sprechen Sie mich einfach an.
""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "policy loan on a named customer's endowment policy (life line), no medical content",
  LIFE, X("Oliver Brenninkmeyer", "o.brenninkmeyer@webmail.example"),
  "Policy loan on LV 4402-1190-08 – offer", "2026-05-11 09:27", f"""\
Dear Mr Brenninkmeyer,

thank you for your enquiry. On your endowment policy LV 4402-1190-08 we can offer you a policy loan:

  Current surrender value:   EUR 48,912.33
  Maximum loan (90 %):       EUR 44,021.00
  Interest rate:             4.25 % p.a., fixed for 3 years
  Payout account:            DE** **** **** **** **52 19 (on file)

The loan does not affect your death cover; outstanding amounts are deducted from the benefit at
maturity. If you'd like to proceed, sign the attached-by-post loan agreement and return it.
""")

M("NORMAL", "en", "insurer-to-partner",
  "trap: English auto-reply to a reinsurer mentioning 'urgent medical claims' and deputies",
  WHITFIELD, X("Dr. Hannes Borchert", "h.borchert@atlas-re.example"),
  "Automatic reply: Health QS – large claims notification", "2026-05-14 07:00", """\
Thank you for your message. I am out of the office until 25 May with limited access to e-mail.

For urgent large-loss or medical claims notifications under the health and life treaties please
contact my colleague Jens Tillmann (j.tillmann@lindenhof-versicherung.example, +49 221 5508-1192).

Claire Whitfield
""", headers=[("Auto-Submitted", "auto-replied")], sig=False, foot=False, charset="us-ascii", cte="7bit")

M("CONFIDENTIAL", "mixed", "internal",
  "Köln/Wien internal mail on a named customer with motor policies in both countries, plates and birth date",
  WIMMER, X("Jörg Pfisterer", f"j.pfisterer@{DOM}"),
  "Kunde mit Kfz in DE + AT – SF-Rabatt übertragen? / bonus transfer", "2026-05-15 14:50", """\
Servus Jörg,

kurze Frage zu einem Kunden, der von Köln nach Wien übersiedelt ist:

  Dr. Stefan Lammersdorf, geb. 08.03.1979
  DE: KF 6612-0094-02, K-SL 1979, SF 18 (laut euch)
  AT: neu KF-AT 6630 2218, W-7721 LS ab 01.06.

Can we transfer his SF class into our Austrian Bonus-Malus system? In my notes it says "SF 18 ≈
Stufe 0", but I've never done it across the border. Schickst du mir bitte die Schadenfreiheits-
bescheinigung als PDF? Merci!

LG Florian
""", sig=False)

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental treatment plan check; the itemised plan with tooth findings is only in an HTML attachment",
  WENDLAND, X("Petra Schallenberg", "p.schallenberg@postfach.example"),
  "Prüfung Ihres Heil- und Kostenplans", "2026-05-19 16:22", """\
Sehr geehrte Frau Schallenberg,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin geprüft. Das Ergebnis mit den einzelnen
Positionen finden Sie in der angehängten Übersicht (HTML-Datei, im Browser öffnen).

Kurz: Wir übernehmen 3.188,40 EUR.
""", atts=[A("HKP_Pruefung_Schallenberg.html", """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>HKP-Prüfung</title></head><body>
<h3>Prüfung Heil- und Kostenplan – Petra Schallenberg, geb. 27.01.1967, Vertrag KV 2290-1184</h3>
<p>Zahnärztin: Dr. Inken Wohlfahrt, Köln · Plan vom 08.05.2026</p>
<table border="1" cellpadding="3">
<tr><th>Zahn</th><th>Befund</th><th>Planung</th><th>GOZ</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>36</td><td>f (fehlend)</td><td>Implantat + Krone</td><td>9010, 2200</td><td>2.860,00 €</td><td>2.288,00 €</td></tr>
<tr><td>25</td><td>ww (erneuerungsbedürftig), Sekundärkaries</td><td>Teilkrone Keramik</td><td>2220</td><td>1.125,00 €</td><td>900,40 €</td></tr>
<tr><td>OK</td><td>Parodontitis Stadium III</td><td>PAR-Behandlung</td><td>4138</td><td>–</td><td>über GKV-Anteil</td></tr>
</table></body></html>""".encode("utf-8"), params={"charset": "utf-8"})])

M("NORMAL", "de", "internal",
  "trap: IT note on renewed domain certificate for encrypted mail with a Vienna hospital; Befunde mentioned generically",
  REHKEMPER, X("Leistungsservice KV Wien", f"leistung-wien@{DOM}"),
  "Domänenverschlüsselung mit Spital Hietzing – Zertifikat erneuert", "2026-05-21 10:05", """\
Hallo Wien,

zur Info: Das Domänenzertifikat des Spitals Hietzing war am 19.05. abgelaufen, deshalb sind
Mails mit Befunden und Kostenübernahmen in den letzten zwei Tagen über das Portal statt per
Gateway-Verschlüsselung rausgegangen (das war so gewollt, nichts ist unverschlüsselt raus).

Seit heute 9:40 ist das neue Zertifikat eingespielt (gültig bis 21.05.2028, Fingerprint im
Wiki). Ihr müsst nichts tun; die Kolleg:innen im Spital bekommen ab sofort wieder direkt.

Falls jemand eine Benachrichtigungsmail vom Portal "zu viel" bekommen hat: das war das.
""", charset="iso-8859-1", cte="quoted-printable")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian employment legal-expenses case; the named customer's gross salary from her Lohnzettel",
  HASLINGER, X("Melanie Rauscher", "melanie.rauscher@mailbox-at.example"),
  "Arbeitsrechtsschutz – Ihre Forderung gegen die Fa. Gastro Prinz GmbH", "2026-05-27 09:39", """\
Liebe Frau Rauscher,

danke für den Lohnzettel und die Dienstzettel-Kopie. Damit können wir die Deckung bestätigen
(Polizze RS-AT 7702 119, Baustein Arbeitsgerichts-Rechtsschutz).

Laut Unterlagen:
  Bruttomonatsgehalt:      2.480,00 EUR (14 x jährlich)
  offene Überstunden:      86 Stunden (Oktober bis Jänner)
  ausstehend laut Ihnen:   ca. 2.190 EUR brutto + anteiliges Urlaubsgeld

Der Streitwert liegt unter 5.000 EUR. Wir geben die Zusage an Ihre Anwältin Frau Dr. Zach weiter,
sobald Sie uns die Vollmacht schicken.
""")

M("NORMAL", "en", "insurer-to-partner",
  "trap: answer to a journalist with aggregated long-COVID disability claim figures; no individual",
  PRESSE, X("Maya Goldberg", "m.goldberg@financial-weekly.example"),
  "RE: Request for comment – long COVID and disability claims", "2026-06-03 16:48", """\
Dear Ms Goldberg,

thank you for your request. Here is our statement, which you may quote in full or in part:

"Since 2022 Lindenhof has recognised 312 disability claims in which post-COVID syndrome was the
main cause, around 4 % of new disability claims. The median age of these claimants is 44, and
women account for roughly two thirds. Average time to decision is 5.1 months, mainly because
medical documentation is still evolving."

We can't comment on individual cases. For background on our disability underwriting, our medical
underwriter Dr. Henrik Valentin is available for a call next week.

Best regards,
Jana Krüger
Corporate Communications
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "motor recourse against a named driver convicted of drunk driving (criminal data, blood alcohol)",
  PFISTERER, X("Rechtsanwalt Dr. Bastian Kühl", "kanzlei@ra-kuehl.example"),
  "Regress KS-2025-0098812 – Ihr Mandant Herr Marvin Thelen", "2026-06-09 11:20", """\
Sehr geehrter Herr Dr. Kühl,

in der Angelegenheit Ihres Mandanten, Herrn Marvin Thelen, nehmen wir Bezug auf den rechtskräftigen
Strafbefehl des Amtsgerichts Köln vom 12.02.2026 (Az. 531 Cs 118/25): fahrlässige Trunkenheit im
Verkehr (§ 316 StGB), Blutalkoholkonzentration 1,64 Promille, Geldstrafe 50 Tagessätze,
Fahrerlaubnisentzug 10 Monate.

Wir haben als Kfz-Haftpflichtversicherer den Fremdschaden aus dem Unfall vom 31.10.2025 in Höhe
von 18.930,40 EUR reguliert. Wegen der Obliegenheitsverletzung (Alkohol) nehmen wir Ihren
Mandanten in Höhe von 5.000 EUR in Regress (§ 5 KfzPflVV).

Wir bitten um Zahlung bis 15.07.2026 oder einen Ratenvorschlag.
""")

M("NORMAL", "de", "internal",
  "trap: Vienna finance closing dates mentioning Spitalsrechnungen/Honorarnoten as booking categories",
  KOGLER, X("Team Leistungsservice Wien", f"leistung-wien@{DOM}"),
  "Halbjahresabschluss – Buchungsschluss Spitalsrechnungen 26. Juni", "2026-06-12 13:13", """\
Hallo zusammen,

für den Halbjahresabschluss bitte folgende Termine einhalten:

- Spitalsrechnungen (Direktverrechnung) bis Fr 26.06., 12 Uhr freigeben
- Honorarnoten Sonderklasse und Wahlarzt bis Mo 29.06.
- Rückstellungen für offene Kostenübernahmen meldet Andrea gesammelt an Köln

Alles, was später kommt, wird im Juli gebucht – das ist kein Drama, aber bitte rechtzeitig im
Ticket vermerken. Die Urlaubsplanung für Juli/August bitte bis Ende Juni im Teamkalender.

Danke euch!
""")

# ---- 0101-0125 -------------------------------------------------------------

M("NORMAL", "en", "internal",
  "trap: HR explains the annual salary review process with pay bands; no individual salary",
  QUAST, X("People managers", f"people-managers@{DOM}"),
  "Salary review 2026 – timeline and budget", "2026-02-02 09:45", """\
Dear people managers,

the 2026 salary review starts next week. Key facts:

  * Budget: 3.4 % of the salary total per department (Germany), 3.9 % for Austria following the
    collective agreement for the insurance industry.
  * Pay bands have been updated, e.g. band C (clerks): EUR 46,000 – 58,500; band E (specialists):
    EUR 62,000 – 81,000. Full table in the HR portal.
  * Proposals in the HR tool by 27 February; calibration meetings in the week of 9 March.
  * Employees on parental or long-term leave are included – don't leave them out.

Please do not send salary lists by e-mail; everything stays in the tool.
""")

M("CONFIDENTIAL", "de", "internal",
  "HR payroll instruction: a named employee's new salary, tax class and IBAN",
  QUAST, X("Entgeltabrechnung", f"payroll@{DOM}"),
  "Änderung Entgelt + Bankverbindung – PNr. 20417 (Yilmaz)", "2026-03-02 10:20", f"""\
Hallo Payroll-Team,

bitte ab Abrechnung März berücksichtigen:

  Mitarbeiter:   Cem Yilmaz, PNr. 20417, Poststelle
  neues Gehalt:  3.640,00 EUR brutto/Monat (bisher 3.410,00 EUR), Beförderung Teamleitung
  Steuerklasse:  ab 01.03. III (Heirat, Nachweis liegt in der Akte)
  neue IBAN:     {IB_KRAUS}

Die Zulage „Teamleitung“ (150 EUR) läuft über die Lohnart 1240.

Danke!
""")

M("STRICTLY_CONFIDENTIAL", "en", "customer",
  "customer's own mail (forwarded by staff) about her son's ADHD diagnosis and therapy costs",
  DEMIRTAS, X("Health claims (English desk)", f"claims-en@{DOM}"),
  "FW: Reimbursement question – my son's therapy", "2026-03-05 11:33", """\
Hi English desk,

could you take this one? The customer prefers English.

Thanks!
Aylin

________________________________
From: Laura Bennett <laura.bennett@webmail.example>
Sent: Thursday, 5 March 2026 08:12
To: service@lindenhof-versicherung.example
Subject: Reimbursement question - my son's therapy

Dear Sir or Madam,

my son Oliver Bennett (born 14 May 2016) is covered under my health policy KV 6620-1093. Last month
he was diagnosed with ADHD (combined type) by the child psychiatrist Dr. Raab, who prescribed
methylphenidate 10 mg and recommended occupational therapy twice a week.

Are the occupational therapy sessions (EUR 58 each) covered? And do I need a new prescription every
12 sessions?

Kind regards
Laura Bennett
""", sig=False)

M("NORMAL", "de", "insurer-to-hospital",
  "trap: framework-contract negotiation on daily rates with a Vienna hospital group; no patient",
  PICHLMAYR, X("Robert Seidl - Kaufmaennische Direktion", "direktion@wiener-privatkliniken.example"),
  "Rahmenvereinbarung Sonderklasse 2027 – unser Gegenangebot", "2026-06-16 15:00", """\
Sehr geehrter Herr Mag. Seidl,

danke für das konstruktive Gespräch am Montag. Wie vereinbart unser Gegenangebot für die
Rahmenvereinbarung Sonderklasse ab 1. Jänner 2027:

  Pflegegebühr Sonderklasse Einbettzimmer   + 3,1 % (Ihr Vorschlag: + 5,5 %)
  Pflegegebühr Zweibettzimmer               + 2,8 %
  Arzthonorare Operative Fächer             Honorarordnung 2025 + 3,0 %
  Direktverrechnung                         weiterhin elektronisch, Befunde über Domänenverschlüsselung
  Zahlungsziel                              21 Tage

Die Obergrenze für Belagstage bei elektiven Eingriffen bleibt wie bisher. Für die Onkologie schlagen
wir eine eigene Pauschale vor.

Wir freuen uns auf Ihre Rückmeldung bis Ende Juni.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
  "harmless body; DRG invoice review of a named inpatient with diagnoses and OPS only in the XLSX",
  WENDLAND, X("Abrechnung Klinikum Rheinaue", "patientenabrechnung@klinikum-rheinaue.example"),
  "Rechnungsprüfung Fall 2026-004418", "2026-03-11 14:30", """\
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung vom 27.02.2026 haben wir Rückfragen. Die Einzelheiten finden Sie in der Anlage.
Bitte um Stellungnahme innerhalb von vier Wochen.
""", atts=[A("Pruefung_Fall_2026-004418.xlsx", xlsx([
    ["Patient", "Hans-Georg Wippermann", "geb. 18.10.1951", "", ""],
    ["Aufenthalt", "02.02.2026 - 19.02.2026", "Vertrag", "KV 1108-3392", ""],
    ["Position", "abgerechnet", "Prüfergebnis", "Betrag EUR", "Bemerkung"],
    ["DRG F07B", "Amputation bei Kreislauferkrankung", "bestätigt", 14230.55, "E11.74 diab. Fußsyndrom"],
    ["ZE Wahlleistung Chefarzt", "GOÄ", "gekürzt", -612.40, "Steigerungssatz 3,5 nicht begründet"],
    ["Einbettzimmer", "17 Tage", "bestätigt", 2040.00, ""],
    ["OPS 5-865.7", "Zehenamputation", "bestätigt", 0, "in DRG enthalten"]], sheet="Prüfung"))])

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "grey: pet insurance reimbursement for a named customer's cat (animal health, not human)",
  DEMIRTAS, X("Chloe Martin", "chloe.martin@webmail.example"),
  "Your pet insurance claim for Luna – reimbursement", "2026-03-13 10:58", """\
Dear Ms Martin,

we have reimbursed the vet invoice for your cat Luna (pet health policy TK 2290-0441):

  Vet:        Tierarztpraxis Sülz, invoice of 2 March 2026
  Treatment:  dental cleaning under anaesthesia, extraction of two teeth (FORL)
  Invoice:    EUR 486.72
  Paid (80%): EUR 389.38

The amount will be in your account within three working days. Give Luna a cuddle from us!
""")

M("NORMAL", "en", "insurer-to-supplier",
  "trap: translation order for general terms of travel health insurance incl. pre-existing conditions clause",
  WHITFIELD, X("LinguaRhein Translations", "projects@linguarhein.example"),
  "Translation order: AVB Reisekranken 2026 (DE > EN), 14 pages", "2026-03-18 12:40", """\
Hello Ms Arnaud,

please translate the attached general terms of our travel health insurance (AVB Reisekranken
2026) from German into English, for publication on our website.

Notes for the translator:
  - "Vorerkrankungen" = "pre-existing conditions" (consistent with our glossary)
  - "medizinisch notwendiger Rücktransport" = "medically necessary repatriation"
  - "Heilbehandlung" = "medical treatment"; "Krankenhaustagegeld" = "hospital daily allowance"
  - § 5 (exclusions: pregnancy after week 36, psychotherapy, treatment that was the purpose of the
    trip) needs particular care, legal will review.

Deadline: 3 April. PO 4500119102. The glossary is in your project folder.
""", atts=[A("AVB_Reisekranken_2026_DE.pdf", pdf(
    "Allgemeine Versicherungsbedingungen Reisekrankenversicherung (AVB RK 2026)\n\n"
    "§ 1 Gegenstand der Versicherung\n"
    "Der Versicherer bietet Versicherungsschutz für Krankheiten und Unfälle, die während einer Reise ins\n"
    "Ausland akut eintreten. Er erstattet die Kosten medizinisch notwendiger Heilbehandlung.\n\n"
    "§ 5 Einschränkung der Leistungspflicht\n"
    "Keine Leistungspflicht besteht für Behandlungen, die Anlass der Reise waren; für Entbindungen\n"
    "und Schwangerschaftsbehandlungen nach der 36. Woche; für Psychotherapie ...\n", title="AVB RK 2026"))])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "accident insurance hospital daily allowance after a named customer's bicycle accident; text+HTML",
  NUESSLEIN, X("Till Osterkamp", "till.osterkamp@postfach.example"),
  "Unfallversicherung UV 3308-1127 – Krankenhaustagegeld und Genesungsgeld", "2026-03-25 16:16", """\
Hallo Herr Osterkamp,

wir haben Ihren Unfall vom 28.02. (Sturz mit dem Rennrad, Schlüsselbeinfraktur links, operative
Versorgung im St.-Vinzenz-Hospital) abgerechnet:

  Krankenhaustagegeld  5 Tage x 40 EUR   200,00 EUR
  Genesungsgeld        5 Tage x 40 EUR   200,00 EUR
  Gesamt                                 400,00 EUR

Ob eine Invaliditätsleistung in Betracht kommt, prüfen wir frühestens nach 12 Monaten; bitte
heben Sie alle Arztberichte auf.

Gute Genesung!
""", html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Hallo Herr Osterkamp,</p>
<p>wir haben Ihren Unfall vom 28.02. (Sturz mit dem Rennrad, <b>Schlüsselbeinfraktur links</b>, operative
Versorgung im St.-Vinzenz-Hospital) abgerechnet:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Krankenhaustagegeld</td><td>5 Tage x 40 EUR</td><td align="right">200,00 EUR</td></tr>
<tr><td>Genesungsgeld</td><td>5 Tage x 40 EUR</td><td align="right">200,00 EUR</td></tr>
<tr><td colspan="2"><b>Gesamt</b></td><td align="right"><b>400,00 EUR</b></td></tr>
</table>
<p>Ob eine Invaliditätsleistung in Betracht kommt, prüfen wir frühestens nach 12 Monaten; bitte heben Sie alle Arztberichte auf.</p>
<p>Gute Genesung!<br>Frank Nüßlein<br>Sach-Schaden Privatkunden</p></body></html>""",
  charset="windows-1252", cte="quoted-printable", html_cte="quoted-printable")

M("CONFIDENTIAL", "de", "insurer-to-company",
  "grey: cargo claim of a company with a named contact person and consignment details",
  ADEYEMI, X("Jelena Marković", "j.markovic@meissner-logistik.example"),
  "Transportschaden TR-2026-0088 – Sendung Köln–Graz", "2026-04-01 10:50", """\
Sehr geehrte Frau Marković,

zur Schadenmeldung Ihrer Warentransportversicherung (Police TR-2024-0211, Meissner Logistik GmbH):

  Sendung:    4 Paletten Industrieelektronik, Empfänger Styria Automation GmbH, Graz
  Transport:  LKW GU-481 KL, Fahrer Herr Obradović (Subunternehmer)
  Schaden:    Palette 3 beim Umschlag in Linz durch Staplergabel beschädigt
  Warenwert:  38.420 EUR laut Handelsrechnung

Wir beauftragen einen Havariekommissar in Graz. Bitte veranlassen Sie, dass die Ware bis zur
Besichtigung nicht entsorgt wird, und schicken Sie uns den Frachtbrief (CMR) mit dem Vorbehalt
des Empfängers.
""")

M("NORMAL", "de", "internal",
  "trap: personnel announcement in Vienna – new colleague who worked in a hospital's patient administration",
  KOGLER, X("Alle Mitarbeiter:innen Wien", f"team-wien@{DOM}"),
  "Neu im Team Leistungsservice: Mag. Pius Eder", "2026-01-30 11:30", """\
Liebe Kolleginnen und Kollegen,

mit 2. Februar verstärkt Mag. Pius Eder unser Leistungsservice Krankenversicherung. Pius kommt aus
der Patientenadministration eines großen Wiener Spitals und kennt daher Aufnahme, Sonderklasse-
Verrechnung und Befundlauf aus der anderen Perspektive – eine ideale Ergänzung für uns.

Er sitzt im 3. Stock bei Andrea Pichlmayr und ist unter Durchwahl -224 erreichbar.

Bitte heißt ihn herzlich willkommen – am Montag gibt's Krapfen in der Teeküche!
""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "request to a psychotherapist for a report on a named patient's treatment (anxiety disorder)",
  WENDLAND, X("Dr. Rachel Stein, Psychological Psychotherapist", "praxis@psychotherapie-stein.example"),
  "Extension of psychotherapy – patient Mr Arjun Mehta (KV 7741-0299)", "2026-04-07 09:02", """\
Dear Dr. Stein,

Mr Arjun Mehta (born 3 January 1990) has applied for an extension of his outpatient psychotherapy
beyond the 50 sessions approved so far. According to your application the diagnosis is generalised
anxiety disorder (F41.1) with recurrent depressive episodes.

To decide on a further 30 sessions, please send us a brief report (max. 2 pages):
  - course of therapy so far and current symptoms,
  - therapy goals for the extension and expected duration,
  - whether medication is being prescribed by a psychiatrist.

Mr Mehta's consent to this exchange is on file. Please send the report via our secure portal or
by post, not by normal e-mail.
""", sig=True)

M("CONFIDENTIAL", "de", "broker",
  "broker's text forwarded internally: customer birth date, civil-servant status and income for a buildings quote",
  OSTROWSKI, X("Sach Antrag", f"sach-antrag@{DOM}"),
  "WG: Angebotsanfrage Wohngebäude Neubau Fam. Hagedorn", "2026-04-09 14:07", """\
Hallo Sach-Team,

könnt ihr das Angebot bitte bis Freitag rechnen? Der Makler ist einer meiner Top 10.

Danke, Melanie

-----Ursprüngliche Nachricht-----
Von: Henning Lüders <h.lueders@maklerkontor-weser.example>
Gesendet: Donnerstag, 9. April 2026 12:51
An: Melanie Ostrowski <m.ostrowski@lindenhof-versicherung.example>
Betreff: Angebotsanfrage Wohngebäude Neubau Fam. Hagedorn

Moin Melanie,

ich bräuchte ein Angebot Wohngebäude für einen Neubau:

Kunden: Torsten Hagedorn, geb. 14.09.1983, Beamter (Polizei NRW, A 11)
        Svenja Hagedorn, geb. 02.12.1985, Lehrerin (verbeamtet)
Haushaltsnettoeinkommen: ca. 7.900 EUR/Monat (für den Beamtenrabatt + die Bank)
Objekt: EFH, Im Wiesengrund 12, 28865 Lilienthal, Fertigstellung 06/2026, 164 m², Wärmepumpe, PV 9,8 kWp
Finanzierung über die Sparkasse, die will den Versicherungsnachweis bis Ende Mai.

Danke dir & Gruß
Henning
""", sig=False)

M("NORMAL", "de", "newsletter",
  "trap: Austrian customer newsletter on tick vaccination and check-ups; text+HTML, windows-1252",
  MARKETING, X("Lindenhof Österreich Kundennews", f"kundennews-at@{DOM}"),
  "Zeckenzeit: FSME-Impfung auffrischen & Vorsorgeuntersuchung", "2026-03-20 07:30", """\
Liebe Kundinnen und Kunden in Österreich,

die Zeckensaison beginnt: Wann war Ihre letzte FSME-Impfung? Auffrischung alle 5 Jahre, ab 60
alle 3 Jahre. Mit dem Ambulanz-Baustein erstatten wir den Impfstoff.

Vorsorgeuntersuchung: Einmal im Jahr kostenlos bei Ihrer Hausärztin oder Ihrem Hausarzt – mit
Befundbesprechung. Wer teilnimmt, bekommt bei uns 30 EUR Gesundheitsbonus.

Mehr Infos: www.lindenhof-versicherung.example/at/vorsorge
Abmelden: www.lindenhof-versicherung.example/at/abmelden
""", html="""<html><body style="font-family:Tahoma,sans-serif">
<h2>Zeckenzeit!</h2>
<p>Wann war Ihre letzte <b>FSME-Impfung</b>? Auffrischung alle 5 Jahre, ab 60 alle 3 Jahre.
Mit dem Ambulanz-Baustein erstatten wir den Impfstoff.</p>
<p><b>Vorsorgeuntersuchung:</b> Einmal im Jahr kostenlos &ndash; wer teilnimmt, bekommt 30&nbsp;&euro; Gesundheitsbonus.</p>
<p><a href="https://www.lindenhof-versicherung.example/at/vorsorge">Mehr Infos</a> |
<a href="https://www.lindenhof-versicherung.example/at/abmelden">Abmelden</a></p>
</body></html>""", charset="windows-1252", cte="quoted-printable", html_cte="quoted-printable")

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "harmless body; XLSX with named large health claims and diagnoses for the board (not anonymised)",
  WENDLAND, X("Vorstandsbüro", f"vorstandsbuero@{DOM}"),
  "Großschadenliste KV Q1 für die Vorstandssitzung", "2026-04-14 18:02", """\
Liebe Kolleginnen,

anbei die Großschadenliste für die Sitzung am Donnerstag. Bitte nur an Frau Talhoff weitergeben.

Gruß
Katrin Wendland
""", sig=False, atts=[A("Grossschaeden_KV_Q1_2026.xlsx", xlsx([
    ["Vertrag", "Versicherte Person", "geb.", "Diagnose", "Leistung EUR", "Status"],
    ["KV 1108-3392", "Hans-Georg Wippermann", "18.10.1951", "E11.74 diabetisches Fußsyndrom, Amputation", 16270.55, "in Prüfung"],
    ["KV 2017-8830", "Mia Schönfelder", "07.07.2019", "C91.0 akute lymphatische Leukämie", 214880.10, "laufend"],
    ["KV 3390-1147", "Rüdiger Baumann", "23.02.1963", "I21.0 Vorderwandinfarkt, Bypass-OP", 68412.00, "abgeschlossen"],
    ["KV-AT 104 877 310", "Josef Reiter", "22.05.1958", "I25.1 KHK, Bypass", 41200.00, "laufend"]], sheet="Q1"))])

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "refund of overpaid motor premium to a named customer's Dutch IBAN",
  DEMIRTAS, X("Pieter de Vries", "pieter.devries@mailbox-nl.example"),
  "Refund of premium – motor policy KF 4410-8823-01 cancelled", "2026-04-17 12:00", f"""\
Dear Mr de Vries,

as you have sold your car and moved back to Utrecht, your motor policy KF 4410-8823-01 ended on
31 March 2026. You had paid the annual premium until 31 December, so we refund EUR 612.45.

We'll transfer it to the account you gave us:

  Account holder: P. de Vries
  IBAN: {IB_NL}

Good luck in the Netherlands!
""")

M("NORMAL", "en", "insurer-to-partner",
  "trap: anonymised large-loss list for the reinsurer (age bands, no names) in a DOCX",
  WHITFIELD, X("Dr. Hannes Borchert", "h.borchert@atlas-re.example"),
  "Large losses > EUR 100k – health 2025 (anonymised)", "2026-04-21 13:37", """\
Hi Hannes,

as requested, the anonymised large-loss list for 2025. Persons are shown by age band and sex only;
diagnoses are grouped by ICD chapter so that no one can be re-identified.

Best,
Claire
""", sig=False, atts=[A("LargeLosses_Health_2025_anon.docx", docx([
    "Large losses > EUR 100,000 – health portfolio 2025 (anonymised)",
    [["No.", "Age band", "Sex", "ICD chapter", "Paid EUR"],
     ["1", "0-9", "f", "II Neoplasms", "412,300"],
     ["2", "50-59", "m", "IX Circulatory", "188,950"],
     ["3", "60-69", "m", "II Neoplasms", "176,420"],
     ["4", "30-39", "f", "XV Pregnancy (neonatal ICU)", "151,700"],
     ["5", "70-79", "f", "XIX Injury", "104,880"]],
    "Cells with fewer than 3 persons per age band and chapter are suppressed in the appendix."],
    title="Large losses 2025 anonymised"))])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "base64 body: Austrian psychotherapy subsidy for a named customer with diagnosis F41.1",
  PICHLMAYR, X("Verena Stockinger", "v.stockinger@mailbox-at.example"),
  "Kostenzuschuss Psychotherapie – Ihre Honorarnoten Jänner bis März", "2026-04-23 10:18", """\
Liebe Frau Stockinger,

danke für die Honorarnoten von Frau Mag. Lechner (Psychotherapeutin, Wahltherapeutin) für
insgesamt 11 Einheiten von Jänner bis März.

Laut der beigelegten Bestätigung wird eine generalisierte Angststörung (F41.1) behandelt. Die
Sozialversicherung hat pro Einheit 33,70 EUR Zuschuss geleistet. Aus Ihrem Ambulanz-Baustein
erstatten wir zusätzlich 50 % der Restkosten, maximal 40 EUR je Einheit:

  11 Einheiten x 110 EUR                 1.210,00 EUR
  Zuschuss Sozialversicherung             -370,70 EUR
  Restkosten                               839,30 EUR
  unsere Erstattung                        419,65 EUR

Für die Fortsetzung ab April brauchen wir keinen neuen Antrag, die Honorarnoten genügen.
""", cte="base64")

M("NORMAL", "de", "internal",
  "trap: blood donation campaign in the Vienna office (Blutspenden), no person's data",
  KOGLER, X("Alle Mitarbeiter:innen Wien", f"team-wien@{DOM}"),
  "Blutspendeaktion im Haus am 3. Juli", "2026-06-18 09:00", """\
Liebe Kolleg:innen,

am Freitag, 3. Juli, kommt der Blutspendedienst zu uns ins Haus (Seminarraum 1, 9–14 Uhr).

Mitbringen: Lichtbildausweis, ausreichend trinken und vorher essen. Ob ihr spenden dürft (z. B.
nach Tattoo, Reise, Medikamenten), klärt das Team vor Ort im Arztgespräch – das geht uns als
Arbeitgeber nichts an und wird auch nicht an uns weitergegeben.

Die Spende gilt als Arbeitszeit (max. 1 Stunde). Anmeldung über den Link im Intranet.
Danke an alle, die mitmachen!
""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian windscreen damage under a named customer's comprehensive motor cover (plate, policy)",
  WIMMER, X("Günther Kaltenegger", "g.kaltenegger@mailbox-at.example"),
  "Glasbruch Windschutzscheibe – Kaskopolizze KF-AT 3381 0442", "2026-06-22 08:20", """\
Grüß Gott Herr Kaltenegger,

Ihr Glasschaden am Audi A4 (Kennzeichen BN-512 GK) vom 17. Juni ist gedeckt:

  Steinschlag auf der A2 bei Wiener Neustadt, Riss von 25 cm im Sichtfeld
  Tausch bei Carglass Baden am 24.06., Direktverrechnung mit uns
  Selbstbehalt laut Polizze: 0 EUR bei Tausch, weil Partnerbetrieb

Der Vorschaden aus 2024 (Parkschaden hinten) spielt für die Kasko keine Rolle.
""", charset="windows-1252", cte="8bit")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
  "group income protection: employer told that a named employee's claim is accepted (personal line)",
  ADEYEMI, X("HR Benefits Nordstern Event GmbH", "benefits@nordstern-event.example"),
  "Group income protection GIP-2023-0017 – claim of Mr Lukas Wendt accepted", "2026-06-24 15:44", """\
Dear Ms Brandtner,

we are pleased to confirm that the claim of your employee Mr Lukas Wendt under the group income
protection policy GIP-2023-0017 has been accepted.

  Benefit:         EUR 2,150 per month (60 % of the insured salary)
  Start:           1 July 2026, after the 26-week deferred period
  Review:          every 12 months; next review June 2027
  Payment:         via your payroll, as agreed in the scheme rules

In line with data protection rules we do not share medical details with you as employer; Mr Wendt
has received a separate letter.
""")

M("NORMAL", "en", "internal",
  "trap: data-protection training quiz with example questions about health data and IBANs",
  BREHMER, X("All staff", f"all-staff@{DOM}"),
  "Quiz of the month: Is this health data?", "2026-07-01 08:30", """\
Dear colleagues,

our quiz of the month. Answers at the bottom – no peeking!

  1. "Customer X had a hip replacement" – health data? 
  2. "The average hospital stay in our portfolio was 5.8 days in 2025" – health data?
  3. An IBAN on a GmbH invoice from our cleaning company – personal data?
  4. A broker's mail "my client is in hospital, please call his wife" – health data?
  5. "Our colleague is off this week" – health data?

Answers: 1 yes (Art. 9 GDPR). 2 no, aggregated. 3 normally no, it's a company account. 4 yes – even
without a diagnosis, a hospital stay of an identifiable person is health data. 5 no, as long as no
reason is given.

Prize draw for all correct answers: a Lindenhof umbrella. Reply to this mail by Friday.
""")

M("CONFIDENTIAL", "mixed", "insurer-to-customer",
  "grey: Vienna travel cancellation because of the named customer's job loss (no health); DE/EN",
  HASLINGER, X("Marco Bianchi", "marco.bianchi@mailbox-at.example"),
  "Stornoversicherung / trip cancellation – Ihre Reise nach Lissabon", "2026-07-06 11:05", """\
Dear Mr Bianchi, lieber Herr Bianchi,

I'm sorry to hear about your job. Good news: unexpected loss of employment (betriebsbedingte
Kündigung) is an insured cancellation reason under your Reiseschutz Polizze RS-AT 8810 2263.

  Reise:            Lissabon, 14.–21. August 2026, 2 Personen
  Stornokosten:     1.640,00 EUR (Reisebüro Donauwelle)
  Selbstbehalt:     10 % = 164,00 EUR
  Erstattung:       1.476,00 EUR

We only need the termination letter from your employer (Kündigungsschreiben der Firma
Alpenmetall GmbH vom 29.06.) and the cancellation invoice. Then we pay within a week.
""")

M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-doctor",
  "Vienna medical officer asks a London clinic (DE/EN) about a named Austrian customer's MRI and tumour",
  BRANDSTAETTER, X("Dr. Imogen Hale, Consultant Neurologist", "i.hale@harley-neuro-clinic.example"),
  "Your patient Mr Konrad Pfister – MRI report / Befund", "2026-07-09 13:40", """\
Dear Dr. Hale,

I'm writing on behalf of Lindenhof's Austrian branch, where Mr Konrad Pfister (born 17.03.1972) holds
a private health policy. He was seen in your clinic on 29 June during a business stay in London.

Mr Pfister sent us your invoice (GBP 1,850) but not the Befund – sorry, the report. Could you
kindly send us:
  - the MRI report of the brain of 29 June (he mentions "a small meningioma, 9 mm"),
  - your recommendation regarding follow-up imaging or surgery.

Der Patient hat uns von der Schweigepflicht entbunden; a signed copy is available on request.
Please use our secure upload link rather than normal e-mail:
https://securemail.lindenhof-versicherung.example/upload/AT-2026-0711

Many thanks and kind regards,
""")

M("NORMAL", "de", "insurer-to-broker",
  "trap: commission payout to a broker GmbH (company IBAN) with amounts; no private person",
  ZOECHLING, X("Finanzhaus Steiner GmbH – Buchhaltung", "buchhaltung@finanzhaus-steiner.example"),
  "Provisionsabrechnung Juni – Finanzhaus Steiner GmbH", "2026-07-10 10:10", f"""\
Sehr geehrte Damen und Herren,

die Provisionen für Juni wurden heute angewiesen:

  Abschlussprovision Kranken/Unfall   4.812,30 EUR
  Abschlussprovision Sach/Kfz         2.107,85 EUR
  Bestandsprovision                   1.940,00 EUR
  Stornohaftung                        -312,40 EUR
  Auszahlung                          8.547,75 EUR

Empfänger: Finanzhaus Steiner GmbH, IBAN {IB_AT_MAKLER}. Die Einzelaufstellung finden Sie wie
gewohnt in der elektronischen Vermittlerpost im Partnerportal.
""")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "legal expenses: initial advice on divorce/family law for a named customer (marital situation)",
  HOFFKNECHT, X("Jennifer Albrecht", "jennifer.albrecht@webmail.example"),
  "Legal advice family law – policy RS 7701-4409", "2026-07-14 17:20", """\
Dear Ms Albrecht,

your legal expenses policy RS 7701-4409 includes initial legal advice in family law. For the
separation from your husband, Mr Jochen Albrecht, we cover one consultation with a family lawyer
of your choice up to EUR 250 (no court proceedings, no divorce itself).

If you don't have a lawyer yet: our partner network in Köln includes Kanzlei Bertram & Oz
(family law specialists), phone 0221 555 4410 – mention your policy number.

Please send us the lawyer's invoice after the consultation.
""")

# ---- 0126-0150 -------------------------------------------------------------

M("NORMAL", "en", "internal",
  "trap: change notice for the FHIR interface to hospitals (discharge letters, diagnoses as field names)",
  REHKEMPER, X("Change Advisory Board", f"cab@{DOM}"),
  "CHG-2026-0219: FHIR hospital interface v2 - go-live Saturday", "2026-07-15 16:30", """\
Hi CAB,

summary of CHG-2026-0219 for Saturday's window (18 July, 06:00-10:00):

  * The FHIR interface to our partner hospitals (DE: 11 hospitals, AT: 4) moves to version 2.
  * New resources: Encounter, Condition (ICD-10-GM / ICD-10 BMSGPK), DocumentReference for
    discharge letters and "Befunde". Admission notices arrive as Bundle of type "message".
  * Transport stays mutual TLS with the hospitals' domain certificates.
  * Rollback: switch the gateway route back to v1 (5 minutes), no data migration involved.

Test evidence: 1,412 synthetic messages, 0 errors. No production patient data was used in test.
""", charset="us-ascii", cte="7bit")

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "sensitive content only in the subject line (named insured, melanoma); body says 'siehe Betreff'",
  WENDLAND, X("Dr. med. Henrik Valentin", f"h.valentin@{DOM}"),
  "Herr Detlef Brenner (LV 3318-2207) – Melanom-Befund nachgereicht, bitte BU-Akte prüfen", "2026-07-16 08:12", """\
Hallo Henrik,

siehe Betreff – Befund liegt in der E-Akte unter „Eingang 15.07.“. Danke!

K.
""", sig=False, foot=False)

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "travel rental-car excess claim of a named customer (no injury), US-ASCII mail",
  TRAVEL, X("Hannah Whitcombe", "h.whitcombe@webmail.example"),
  "Rental car excess refund - claim RX-26-00319", "2026-07-20 10:40", """\
Dear Ms Whitcombe,

thank you for your claim under the rental car excess cover of your travel policy RV 5590-2214.

The rental company (SunDrive Mallorca) charged your credit card EUR 950.00 for the scratched
rear bumper after your rental of 6-13 July 2026 (Fiat 500, plate 4471-LKM). Nobody was hurt and
no other vehicle was involved.

We refund the full excess of EUR 950.00. Please send us the final invoice of the rental company
and the credit card statement showing the charge.
""", charset="us-ascii", cte="7bit")

M("NORMAL", "en", "insurer-to-customer",
  "trap: generic information for a prospective student about health cover in Vienna (Spital, Ambulanz)",
  HASLINGER, X("Mei Lin Zhao", "meilin.zhao@uni-mail.example"),
  "RE: Health insurance for my studies in Vienna", "2026-07-22 14:26", """\
Dear Ms Zhao,

thanks for your message – welcome to Vienna (soon)!

In general: as a student from outside the EU you need health insurance for your residence permit.
Many students take the student self-insurance of the Austrian social security; private insurance
can top it up, e.g. for a private room in hospital ("Sonderklasse im Spital") or doctors without a
contract ("Wahlarzt"). In an emergency you can always go to the "Ambulanz" (outpatient department)
of any public hospital.

Our international student plan costs from EUR 39 per month. You'll find the conditions here:
https://www.lindenhof-versicherung.example/at/en/students

Please don't send us any medical documents before you apply.
""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "harmless body; ZIP with a DOCX declining a named applicant's disability cover for a diagnosis and a PDF",
  VALENTIN, X("Nadine Kessler", "nadine.kessler@webmail.example"),
  "Your application BU-A 2026-004471", "2026-04-20 11:15", """\
Dear Ms Kessler,

please find our decision and the alternative offer in the attached ZIP file.
""", atts=[A("BU-A_2026-004471.zip", zipf([
    ("Decision_BU-A_2026-004471.docx", docx([
        "Lindenhof Versicherung AG – Risk assessment",
        "Ms Nadine Kessler, born 14 May 1988",
        "Application for disability insurance BU-A 2026-004471",
        "Dear Ms Kessler,",
        "after careful assessment of the medical information we regret that we cannot offer disability "
        "cover. The reason is your type 1 diabetes mellitus with an HbA1c of 7.9 % and a BMI of 31.",
        "We can offer term life cover with an extra premium of 75 %; see the enclosed offer.",
        "You may ask for a review in two years with current laboratory results."], title="UW decision")),
    ("Offer_term_life.pdf", pdf(
        "OFFER - Term life insurance\n\nApplicant: Nadine Kessler, 1988-05-14\n"
        "Sum insured: EUR 200,000, term 25 years\nStandard premium: EUR 18.40/month\n"
        "Extra premium (medical, +75 %): EUR 13.80/month\nTotal: EUR 32.20/month\n", title="Offer"))],
    date=(2026, 4, 20, 10, 50, 0)))])

M("NORMAL", "de", "insurer-to-supplier",
  "trap: order of document scanners for uploading Befunde/Honorarnoten in the Vienna branch",
  KOGLER, X("Büroring Wien – Vertrieb", "vertrieb@bueroring-wien.example"),
  "Bestellung Dokumentenscanner – Angebot 2026-0471", "2026-07-27 09:55", """\
Sehr geehrter Herr Pfandl,

wir nehmen Ihr Angebot 2026-0471 an und bestellen:

  6 Stk. Dokumentenscanner A4 Duplex, 60 Seiten/Min., inkl. Ultraschall-Doppeleinzugserkennung
  6 Stk. Wartungsvertrag 3 Jahre vor Ort

Die Geräte werden im Leistungsservice für Befunde, Honorarnoten und Spitalsrechnungen eingesetzt.
Bitte stellen Sie sicher, dass die Geräte OHNE Cloud-Anbindung ausgeliefert werden und die
Zwischenspeicherung nach dem Scan gelöscht wird – das ist für uns aus Datenschutzgründen zwingend.

Lieferung bis 14. August an die Zweigniederlassung, Lieferschein an Frau Kogler.
""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "private liability: a named customer's son (with birth date) damaged the neighbour's car (ISO-8859-1)",
  NUESSLEIN, X("Familie Oberbeck", "oberbeck@postfach.example"),
  "Privathaftpflicht PH 2281-0076 – Ballspiel, Schaden am Pkw von Herrn Lenz", "2026-08-03 13:02", """\
Sehr geehrte Frau Oberbeck,

der Schaden, den Ihr Sohn Finn (geb. 21.05.2016) beim Fußballspielen am 25.07. am Pkw Ihres
Nachbarn, Herrn Lenz (Delle und Lackschaden an der Fahrertür), verursacht hat, ist über Ihre
Familien-Privathaftpflicht PH 2281-0076 versichert. Deliktunfähige Kinder unter 7 Jahren sind bei
uns mitversichert; Finn ist aber ohnehin schon 10, also haftet er selbst, und wir zahlen.

Herr Lenz hat uns den Kostenvoranschlag der Werkstatt geschickt (842,10 EUR). Wir überweisen den
Betrag direkt an ihn. Eine Selbstbeteiligung haben Sie nicht vereinbart.
""", charset="iso-8859-1", cte="quoted-printable")

M("NORMAL", "en", "newsletter",
  "trap: expat newsletter of the Vienna branch explaining 'Jänner', 'Krankenstand', SV number in general",
  MARKETING, X("Lindenhof Expat Circle Vienna", f"expat-circle@{DOM}"),
  "Expat Circle: 'Jänner', 'Krankenstand' & co – Austrian German for newcomers", "2026-01-05 07:00",
  """\
Servus and happy new year!

Our little Austrian-German glossary for expats, part 3:

  Jänner            January (Feber = February)
  Krankenstand      sick leave - tell your employer on day one, doctor's note from day 3
  Spital            hospital; "Ambulanz" = outpatient department / A&E
  Befund            medical report or test result - you own it, ask for a copy
  SV-Nummer         your 10-digit social security number (the last 6 digits are your birth date)
  Wahlarzt          doctor without a public contract - keep the invoice, you get part of it back

Questions about your cover? Our English-speaking team: +43 1 90 417-100.

Unsubscribe: https://www.lindenhof-versicherung.example/at/en/unsubscribe
""", html="""<html><body style="font-family:Helvetica,Arial">
<h2>Servus and happy new year!</h2>
<p>Our little Austrian-German glossary for expats, part 3:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>J&auml;nner</b></td><td>January (Feber = February)</td></tr>
<tr><td><b>Krankenstand</b></td><td>sick leave &ndash; tell your employer on day one, doctor&#39;s note from day 3</td></tr>
<tr><td><b>Spital</b></td><td>hospital; &bdquo;Ambulanz&ldquo; = outpatient department / A&amp;E</td></tr>
<tr><td><b>Befund</b></td><td>medical report or test result</td></tr>
<tr><td><b>SV-Nummer</b></td><td>your 10-digit social security number</td></tr>
<tr><td><b>Wahlarzt</b></td><td>doctor without a public contract</td></tr>
</table>
<p><a href="https://www.lindenhof-versicherung.example/at/en/unsubscribe">Unsubscribe</a></p>
</body></html>""", cte="quoted-printable", html_cte="base64")

M("STRICTLY_CONFIDENTIAL", "en", "customer",
  "short reply; the customer's quoted mail discloses HIV PrEP prescription and lab tests (sexual health)",
  DEMIRTAS, X("Sebastian Moreau", "s.moreau@webmail.example"),
  "Re: Are PrEP costs reimbursed?", "2026-08-05 09:31", """\
Dear Mr Moreau,

yes – under your tariff AmbuPlus both the medication and the quarterly lab tests are reimbursed at
100 %. Just submit the pharmacy receipt and the lab invoice as usual.

%%SIG%%

On 4 Aug 2026, at 22:17, Sebastian Moreau <s.moreau@webmail.example> wrote:
> Hello,
> my doctor has prescribed HIV pre-exposure prophylaxis (emtricitabine/tenofovir, 30 tablets a
> month) and wants to do HIV, hepatitis and kidney tests every three months. Is that covered by my
> health insurance KV 8804-3312? I'd rather not discuss this on the phone.
> Thanks, Sebastian Moreau
""", foot=True)

M("CONFIDENTIAL", "de", "insurer-to-authority",
  "motor theft: insurer asks the police about the investigation into a named customer's stolen car",
  PFISTERER, X("Polizeipräsidium – Kriminalkommissariat 34", "kk34@polizei-nrw-muster.example"),
  "Ihr Az. 118340-2026-022117 – Diebstahl Pkw K-RB 2204, Halter Herr Robert Bamberger", "2026-08-10 10:35", """\
Sehr geehrte Damen und Herren,

wir sind Teilkaskoversicherer des am 14.07.2026 in Köln-Ehrenfeld gestohlenen Pkw BMW X3,
Kennzeichen K-RB 2204, FIN WBA31CD0705K71122, Halter und Versicherungsnehmer Herr Robert Bamberger,
Subbelrather Str. 310, 50825 Köln (unser Vertrag KF 2210-7781-01).

Vor der Entschädigung fragen wir nach dem Stand der Ermittlungen: Wurde das Fahrzeug zwischenzeitlich
aufgefunden oder ist das Verfahren eingestellt? Eine Akteneinsicht beantragen wir gesondert über
unseren Anwalt.

Vielen Dank für Ihre Unterstützung.
""")

M("NORMAL", "de", "internal",
  "trap: lessons learned from a misdirected mail incident, described without any personal data",
  BREHMER, X("Führungskräfte Leistung", f"fk-leistung@{DOM}"),
  "Lessons learned: Fehlversand Leistungsabrechnung (Vorfall DS-2026-014)", "2026-08-12 11:45", """\
Liebe Führungskräfte,

im Juli wurde eine Leistungsabrechnung mit Diagnoseangaben an eine falsche E-Mail-Adresse
geschickt (Autovervollständigung im Adressfeld, gleicher Nachname). Der Vorfall ist an die
Aufsichtsbehörde gemeldet, die betroffene Person ist informiert, der Empfänger hat die Löschung
bestätigt.

Was wir daraus lernen:
  1. Leistungsabrechnungen gehen nur noch über das Portal; der Button „per Mail senden“ im
     Leistungssystem wird zum 1. September abgeschaltet.
  2. Die Autovervollständigung in Outlook wird für die Leistungsteams deaktiviert.
  3. Bei externen Empfängern erscheint künftig ein Hinweis, wenn die Domain neu ist.

Bitte besprecht das in euren Teams; eine Schuldzuweisung gibt es ausdrücklich nicht.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "Austrian rehab after a named customer's stroke; SV number, Befund, Jänner dates (windows-1252)",
  PICHLMAYR, X("Franz Leitner", "franz.leitner@mailbox-at.example"),
  "Rehabilitationsaufenthalt Bad Schallerbach – Kostenzusage", "2026-08-17 10:50", f"""\
Sehr geehrter Herr Leitner,

wir freuen uns, dass es Ihnen nach dem Schlaganfall im Jänner schon deutlich besser geht.

Für den Rehabilitationsaufenthalt im Rehazentrum Bad Schallerbach vom 7. bis 28. September 2026
geben wir folgende Zusage:

  Versicherte Person:   Franz Leitner, SV-Nr. {svnr(305, '110954')}
  Polizze:              KV-AT 221 004 718, Sonderklasse inkl. Rehabilitation
  Diagnose lt. Befund:  Zustand nach ischämischem Insult (I63.3) mit Hemiparese rechts, Aphasie
  Zusage:               Mehrkosten Einbettzimmer, 21 Tage, Zuschlag 68 EUR/Tag

Die Basiskosten übernimmt wie besprochen die Pensionsversicherung. Bitte bringen Sie den
Entlassungsbefund des Spitals und die aktuelle Medikamentenliste mit.
""", charset="windows-1252", cte="8bit")

M("NORMAL", "en", "insurer-to-partner",
  "trap: answer to an insurance association survey with aggregated numbers of private-room insureds in Austria",
  ZOECHLING, X("European Health Insurers Forum – Statistics", "statistics@ehif-forum.example"),
  "Survey 2026: private hospital cover – Lindenhof (AT branch) figures", "2026-08-19 15:00", """\
Dear colleagues,

please find our figures for the 2026 survey on supplementary private hospital cover in Austria:

  Insured persons with "Sonderklasse" cover (31 Dec 2025):   58,410
  of which with outpatient add-on:                           21,907
  Hospital cases paid 2025:                                  9,884
  Average paid per case (EUR):                               4,212
  Share of direct billing with hospitals:                    93 %

Figures for Germany are reported separately by our head office. Please treat the numbers as
"internal until publication" as usual.
""")

M("CONFIDENTIAL", "en", "insurer-to-broker",
  "broker post: CSV of the broker's clients in premium arrears (names, policies, masked IBANs), windows-1252",
  OSTROWSKI, X("Patrick O'Donnell", "patrick@odonnell-insurance-brokers.example"),
  "Overdue premiums – your clients, status 31 August", "2026-08-31 17:10", """\
Hi Patrick,

attached the list of your clients with overdue premiums in property and motor (no personal lines in
this list). Maybe you can give some of them a friendly nudge before we send the second reminder on
15 September.

Thanks!
Melanie
""", sig=False, atts=[A("overdue_VM-44817_2026-08-31.csv", csvb([
    ["Kunde", "Vertrag", "Sparte", "offen EUR", "fällig seit", "IBAN (maskiert)"],
    ["Jürgen Höfer", "HR 4402-1180-01", "Hausrat", "112,40", "01.07.2026", "DE** **** **** **** **12 90"],
    ["Ümit Karakas", "KF 3390-2218-02", "Kfz", "387,15", "01.08.2026", "DE** **** **** **** **77 04"],
    ["Brigitte Söhngen", "GV 1128-0045", "Wohngebäude", "964,00", "15.06.2026", "DE** **** **** **** **31 18"]],
    enc="windows-1252"), ctype=("application", "vnd.ms-excel"))])

M("NORMAL", "en", "insurer-to-partner",
  "trap: auditors' sample request – random health claim files to be pulled; no data in the mail",
  WHITFIELD, X("Audit team Rheinprüf", "lindenhof-audit@rheinpruef.example"),
  "Year-end audit: sample of claims files – logistics", "2026-09-02 09:20", """\
Dear Mr Okonkwo,

regarding your sample request for the year-end audit:

  * 25 health claims (inpatient, > EUR 20,000), 15 disability claims, 10 motor claims – random
    selection by your tool from the claims listing we provide on 7 September.
  * The files can be viewed on site only, in meeting room 2.08, on our read-only terminals.
    Please don't copy medical reports or print anything; screenshots are technically blocked.
  * Your team members need to sign our confidentiality undertaking (§ 203 StGB) on day one.

The listing itself will come via the secure data room, not by e-mail.
""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "disability follow-up review: a named BU pensioner is asked for current reports on her depression",
  LIFE, X("Simone Lauterbach", "simone.lauterbach@postfach.example"),
  "Nachprüfung Ihrer Berufsunfähigkeitsrente – Vertrag LV 5520-8814", "2026-09-07 10:00", """\
Sehr geehrte Frau Lauterbach,

seit Februar 2026 zahlen wir Ihnen eine Berufsunfähigkeitsrente von 1.400 EUR monatlich. Wie in
den Bedingungen vorgesehen, prüfen wir einmal im Jahr, ob die Berufsunfähigkeit fortbesteht.

Bitte senden Sie uns bis zum 15.10.2026:
  - einen aktuellen Bericht Ihrer behandelnden Psychiaterin (Verlauf der depressiven Erkrankung,
    aktuelle Medikation, Einschätzung der Arbeitsfähigkeit),
  - ggf. den Entlassungsbericht der Tagesklinik,
  - eine kurze eigene Schilderung, wie Ihr Alltag derzeit aussieht.

Das Formular liegt im Kundenportal bereit. Die Kosten für den Bericht übernehmen wir.
""")

M("NORMAL", "de", "internal",
  "trap: calendar invitation (ICS) to a case conference on anonymised BU cases",
  VALENTIN, X("Leistung BU", f"bu-leistung@{DOM}"),
  "Einladung: Fallkonferenz BU (anonymisierte Fälle) – 24.09.", "2026-09-10 12:30", """\
Liebe Kolleginnen und Kollegen,

unsere nächste Fallkonferenz findet am 24.09. statt. Thema: psychische Erkrankungen und
Wiedereingliederung. Die Fälle stelle ich anonymisiert vor (Alter, Beruf, Diagnosegruppe), bitte
bringt keine Akten mit und nennt in der Diskussion keine Namen.

Einladung hängt an.
""", atts=[A("Fallkonferenz_BU_2026-09-24.ics", ics(
    "Fallkonferenz BU – psychische Erkrankungen (anonymisiert)", "20260924T140000", "20260924T153000",
    "Köln, Raum 5.03 / Teams", "Moderation: Dr. H. Valentin\nKeine Akten, keine Namen.",
    "fallkonferenz-bu-20260924", f"h.valentin@{DOM}"))])

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "second car for a named customer's daughter: SF class transfer, birth date and plate",
  PFISTERER, X("Ulrike Demmer", "u.demmer@postfach.example"),
  "Zweitwagen für Ihre Tochter – Einstufung SF 1/2", "2026-09-14 14:14", """\
Hallo Frau Demmer,

wie am Telefon besprochen: Den Polo für Ihre Tochter Lea Demmer (geb. 09.02.2008, Führerschein seit
10.02.2026 – begleitetes Fahren vorher) versichern wir als Zweitwagen über Ihren Vertrag:

  Vertrag:       KF 4490-3317-02 (neu)
  Fahrzeug:      VW Polo, Kennzeichen K-LD 902
  Fahrer:        Lea Demmer, Ulrike Demmer
  Einstufung:    Zweitwagenregelung SF 1/2 (statt SF 0)
  Beitrag:       1.086,20 EUR jährlich inkl. Teilkasko

Der Vertrag beginnt mit der Zulassung; die eVB haben Sie bereits.
""")

M("NORMAL", "en", "insurer-to-customer",
  "trap: double opt-in confirmation for the health-tips newsletter; no contract or health data",
  MARKETING, X("", "l.carrington@webmail.example"),
  "Please confirm your subscription to Lindenhof Health Tips", "2026-09-16 21:04", """\
Hello,

someone (hopefully you) has subscribed this address to "Lindenhof Health Tips", our monthly
newsletter about prevention, nutrition and travel health.

Please confirm your subscription:
https://www.lindenhof-versicherung.example/newsletter/confirm?t=8f2c1a9e

If you did not subscribe, just ignore this e-mail and you won't hear from us again.

Lindenhof Versicherung AG, Hohenstaufenring 88, 50674 Cologne
""", charset="us-ascii", cte="7bit")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
  "query to a pharmacy about a named insured's prescription (drug, dose, prescribing doctor)",
  WENDLAND, X("Apotheke am Dom – Inhaber Dr. Kemper", "info@apotheke-am-dom.example"),
  "Rückfrage Rezept – Versicherte Frau Marlene Haupt", "2026-09-21 15:55", """\
Sehr geehrter Herr Dr. Kemper,

Ihre Kundin, Frau Marlene Haupt (KV 5530-1148), hat uns eine Quittung vom 15.09.2026 über
Ozempic 1 mg (Semaglutid), 1 Pen, 229,90 EUR eingereicht. Auf dem Privatrezept von Dr. Falkenberg
fehlt die Diagnose; Frau Haupt gibt an, es sei wegen ihres Typ-2-Diabetes verordnet worden und
nicht zur Gewichtsreduktion.

Könnten Sie uns bitte eine Kopie der Verordnung zukommen lassen (über unser Portal)? Frau Haupt
ist damit einverstanden, ihre Erklärung liegt uns vor.

Vielen Dank!
""")

M("CONFIDENTIAL", "en", "insurer-to-company",
  "commercial property fire claim of a company with named contact person and premises",
  ADEYEMI, X("Stefan Kroll", "s.kroll@kroll-kunststofftechnik.example"),
  "Fire at your plant in Hürth – claim PR-2026-0142, first steps", "2026-10-01 07:52", """\
Dear Mr Kroll,

I'm very sorry to hear about last night's fire. Thank goodness your night shift got out safely.

Your commercial property policy PR-2024-0088 (Kroll Kunststofftechnik GmbH, Industriestraße 44,
50354 Hürth) covers buildings, machinery and stock, plus business interruption for 12 months.

  1. Our loss adjuster, Mr Teodor Ilić, will be on site today at 14:00.
  2. Please keep damaged machinery in place until he has seen it.
  3. An advance payment of EUR 150,000 can be released this week for clean-up and rental
     machines – your CFO should send us the account details on company letterhead.

I'll call you at 10:00.
""")

M("NORMAL", "de", "insurer-to-customer",
  "trap: general answer to a prospect in Austria about children's supplementary insurance and braces",
  HASLINGER, X("Petra Zauner", "petra.zauner@mailbox-at.example"),
  "AW: Zusatzversicherung für die Kinder – Zahnspange?", "2026-10-05 11:11", """\
Liebe Frau Zauner,

danke für Ihre Anfrage! Ganz allgemein:

- Kinder können ab Geburt versichert werden, die Gesundheitsfragen sind kurz.
- Kieferorthopädie (Zahnspange) ist im Baustein „Zahn Junior“ enthalten, aber mit 8 Monaten
  Wartezeit – und nur, wenn die Behandlung bei Abschluss noch nicht angeraten war.
- Die Gratis-Zahnspange der Sozialversicherung gibt's nur bei schweren Fehlstellungen; für die
  Differenz oder die Behandlung beim Wahlarzt springt der Baustein ein.

Ein unverbindliches Angebot rechnet Ihnen gern unsere Beraterin, Frau Ivanović, am Telefon:
+43 1 90 417-150.
""")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "HTML-only: seasonal motorcycle policy of a named customer with birth date and plate in a table",
  PFISTERER, X("Liam Gallagher-Roth", "liam.gr@webmail.example"),
  "Your motorcycle cover for the new season", "2026-03-01 09:00", None,
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Gallagher-Roth,</p>
<p>your seasonal plate starts again on 1 March. Here is your cover for 2026:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">Policyholder</th><td>Liam Gallagher-Roth, born 22/06/1984</td></tr>
<tr><th align="left">Address</th><td>Bonner Wall 112, 50677 K&ouml;ln</td></tr>
<tr><th align="left">Policy</th><td>KF 7781-0442-05 (motorcycle)</td></tr>
<tr><th align="left">Vehicle</th><td>Triumph Street Triple, plate K-LG 84, season 03&ndash;10</td></tr>
<tr><th align="left">Cover</th><td>third-party liability + partial comprehensive, excess EUR 150</td></tr>
<tr><th align="left">Premium</th><td>EUR 241.60 per year</td></tr>
</table>
<p>Ride safe!<br>J&ouml;rg Pfisterer, Motor Claims &amp; Service</p>
</body></html>""", cte="quoted-printable")

M("NORMAL", "en", "internal",
  "trap: draft board slides on mental-health claim trends (aggregated percentages, no person)",
  WHITFIELD, X("Ines Talhoff", f"i.talhoff@{DOM}"),
  "Draft: board slides 'Mental health in our claims' – for your review", "2026-10-08 19:20", """\
Dear Ines,

here's the storyline for the three slides, numbers final as of today:

  Slide 1 – Disability: mental disorders are now the cause of 38 % of new disability claims
            (2020: 29 %). Median age at claim 43.
  Slide 2 – Health: outpatient psychotherapy costs +22 % since 2023; share of under-30s doubled.
            Austria similar, but lower absolute level due to social security contracts.
  Slide 3 – What we do: early intervention programme, faster decisions, no extra premium for
            short counselling in the last 5 years (underwriting change from January).

No case examples on purpose – if the board wants one, Henrik can describe a fictional composite.

Claire
""", sig=False)

M("CONFIDENTIAL", "mixed", "internal",
  "Vienna-Cologne: Austrian customer's motor accident in Germany (no injuries), names and plates; DE/EN",
  WIMMER, X("Jörg Pfisterer", f"j.pfisterer@{DOM}"),
  "Unfall in Köln mit österreichischem Kunden – who handles it?", "2026-10-12 10:02", """\
Hi Jörg,

a customer of ours had an accident in your area and I'm not sure who takes it:

  VN: Mag. Christine Wallner, Linzer Straße 221/5, 1140 Wien
  Polizze: KF-AT 2281 9930, Kennzeichen W-1102 CW
  Unfall: 09.10.2026, Köln, Innere Kanalstraße / Venloer Straße, Kreuzung
  Gegner: Herr Jens Brückner, K-JB 7712 (bei euch versichert, KF 3308-1190-01!)

Nobody was injured, beide Autos fahrbereit. Since both sides are Lindenhof customers, wir können
das intern regeln, oder? Ich schick dir die Unfallberichte per Portal.

LG aus Wien
Florian
""", sig=False)


# ==========================================================================
# output and check
# ==========================================================================

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}


def render():
    files = {}
    rows = [["file", "label", "lang", "kind", "reason"]]
    for i, m in enumerate(MAILS):
        name = f"{PREFIX}{i + 1:04d}.eml"
        try:
            files[name] = build(i, m)
        except Exception as e:
            raise RuntimeError(f"{name}: {e}") from e
        rows.append([name, m["label"], m["lang"], m["kind"], m["reason"]])
    tsv = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    return files, tsv


def write():
    files, tsv = render()
    d = os.path.join(HERE, "mails")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.startswith(PREFIX) and f not in files:
            os.remove(os.path.join(d, f))
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)
    print(f"wrote {len(files)} mails and labels.tsv")


# ---- attachment openers ---------------------------------------------------

def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert data.rstrip().endswith(b"%%EOF"), "PDF without %%EOF"
    out = []
    for mo in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = mo.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.findall(rb"\(((?:\\.|[^\\()])*)\)\s*Tj", raw):
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252"))
    # xref offsets must point at objects
    mo = re.search(rb"startxref\n(\d+)", data)
    assert mo and data[int(mo.group(1)):].startswith(b"xref"), "bad startxref"
    txt = "\n".join(out)
    assert txt.strip(), "PDF without text layer"
    return txt


def open_attachment(name, data, depth=0):
    """Open one attachment; returns its text (recursing into ZIPs)."""
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, f"{name}: bad ZIP member"
        names = z.namelist()
        if ext == "docx":
            return _xml_text(z.read("word/document.xml"))
        if ext == "xlsx":
            _xml_text(z.read("xl/workbook.xml"))
            return _xml_text(z.read("xl/worksheets/sheet1.xml"))
        if ext in ("odt", "ods"):
            assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
            _xml_text(z.read("META-INF/manifest.xml"))
            return _xml_text(z.read("content.xml"))
        texts = []
        for n in names:
            if n.endswith("/"):
                continue
            texts.append(open_attachment(n, z.read(n), depth + 1))
        assert texts, f"{name}: empty ZIP"
        return "\n".join(texts)
    if ext == "csv":
        for enc in ("utf-8", "windows-1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if ";" in t.splitlines()[0] else ","))
        assert len(rows) >= 2, f"{name}: CSV too short"
        return t
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), name
        assert "\r\n" in t and "\n" not in t.replace("\r\n", ""), f"{name}: ICS not CRLF"
        return t
    if ext in ("html", "htm", "txt", "eml"):
        return data.decode("utf-8")
    raise AssertionError(f"unknown attachment type {name}")


HOST_RE = re.compile(r"https?://([A-Za-z0-9.\-]+)|[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")


def check_text(where, t):
    for mo in HOST_RE.finditer(t):
        host = (mo.group(1) or mo.group(2)).rstrip(".").lower()
        assert host.endswith(".example"), f"{where}: host {host} not .example"
    for mo in IBAN_RE.finditer(t):
        cand = mo.group(1).replace(" ", "")
        if cand[4:7] == "ZZZ":  # SEPA creditor identifier, not an IBAN
            continue
        if cand[:2] in ("DE", "AT", "GB", "NL", "CH", "FR", "IT", "ES", "BE", "LU") and len(cand) >= 18:
            assert iban_ok(cand), f"{where}: IBAN {mo.group(1)} fails mod 97"


def check_message(name, data, stats, top=True):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h, []):
            for a in v.addresses:
                addr = a.addr_spec
                assert addr.lower().endswith(".example"), f"{name}: {h} {addr}"
    if top:
        frm = msg["From"].addresses[0].addr_spec
        assert frm.endswith("@" + DOM), f"{name}: not sent from own domain: {frm}"
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert d.year == 2026, f"{name}: date {d}"
        stats["top"][msg.get_content_type()] = stats["top"].get(msg.get_content_type(), 0) + 1
    check_text(name + ":subject", str(msg["Subject"]))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if part.is_multipart() and ct != "message/rfc822":
            continue
        if ct == "message/rfc822":
            sub = part.get_content()
            stats["att"]["eml"] = stats["att"].get("eml", 0) + 1
            check_message(name + ":" + (fn or "attached.eml"), sub.as_bytes(policy=email.policy.SMTP), stats, False)
            continue
        if fn is None and part.get_content_maintype() == "text":
            cs = (part.get_content_charset() or "us-ascii").lower()
            assert cs in CHARSETS, f"{name}: charset {cs}"
            raw = part.get_payload(decode=True)
            txt = raw.decode(cs)  # strict
            stats["cs"][cs] = stats["cs"].get(cs, 0) + 1
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            stats["cte"][cte] = stats["cte"].get(cte, 0) + 1
            check_text(name, txt)
            continue
        if part.walk and fn:
            if fn.lower().endswith(".eml") and ct != "message/rfc822":
                raise AssertionError(f"{name}: eml not rfc822")
            data2 = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = (part.get_content_charset() or "utf-8").lower()
                txt = data2.decode(cs)
                ext = fn.rsplit(".", 1)[-1].lower()
                if ext == "csv":
                    assert list(csv.reader(io.StringIO(txt), delimiter=";"))
                elif ext == "ics":
                    assert txt.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in txt
            else:
                txt = open_attachment(fn, data2)
            ext = fn.rsplit(".", 1)[-1].lower()
            stats["att"][ext] = stats["att"].get(ext, 0) + 1
            if ext == "zip":
                z = zipfile.ZipFile(io.BytesIO(data2))
                for n in z.namelist():
                    e2 = "in-zip " + n.rsplit(".", 1)[-1].lower()
                    stats["att"][e2] = stats["att"].get(e2, 0) + 1
            check_text(f"{name}:{fn}", txt)
            continue
        raise AssertionError(f"{name}: unnamed non-text part {ct}")
    return msg


def check():
    files, tsv = render()
    ok = True
    d = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
    assert on_disk == sorted(files), "mails/ differs from generator file list"
    for name, data in files.items():
        with open(os.path.join(d, name), "rb") as fh:
            assert fh.read() == data, f"{name}: differs from rebuilt bytes"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == tsv, "labels.tsv differs"
    stats = {"top": {}, "att": {}, "cs": {}, "cte": {}}
    mids = set()
    for name, data in files.items():
        assert b"\n" not in data.replace(b"\r\n", b""), f"{name}: bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), f"{name}: bare CR"
        for ln in data.split(b"\r\n"):
            assert len(ln) <= 998, f"{name}: line too long"
        msg = check_message(name, data, stats)
        mid = str(msg["Message-ID"])
        assert mid not in mids, f"{name}: duplicate Message-ID"
        assert mid.rstrip(">").endswith("@" + DOM)
        mids.add(mid)
    # labels
    rows = list(csv.reader(io.StringIO(tsv.decode("utf-8")), delimiter="\t"))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"]
    cnt, lang, kinds, lab_lang = {}, {}, {}, {}
    for r in rows[1:]:
        assert len(r) == 5 and r[1] in LABELS and r[2] in ("de", "en", "mixed") and r[4].strip(), r
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        lang[r[2]] = lang.get(r[2], 0) + 1
        kinds[r[3]] = kinds.get(r[3], 0) + 1
        lab_lang[(r[1], r[2])] = lab_lang.get((r[1], r[2]), 0) + 1
        if r[4].startswith("trap:"):
            assert r[1] == "NORMAL", r
    assert cnt == WANT, f"label counts {cnt} != {WANT}"
    traps = sum(1 for r in rows[1:] if r[4].startswith("trap:"))
    grey = sum(1 for r in rows[1:] if r[4].startswith("grey:"))
    print(f"checked {len(files)} mails: byte-identical rebuild, CRLF only, no MIME defects, "
          f"{len(mids)} unique Message-IDs, all hosts .example, IBANs mod-97 valid, attachments open")
    print("labels:", ", ".join(f"{k} {cnt[k]}" for k in LABELS))
    print("lang:", ", ".join(f"{k} {v}" for k, v in sorted(lang.items())))
    print("label x lang:", ", ".join(f"{a}/{b} {v}" for (a, b), v in sorted(lab_lang.items())))
    print(f"traps {traps}, grey {grey}")
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("top-level types:", ", ".join(f"{k} {v}" for k, v in sorted(stats["top"].items())))
    print("text charsets:", ", ".join(f"{k} {v}" for k, v in sorted(stats["cs"].items())))
    print("transfer encodings:", ", ".join(f"{k} {v}" for k, v in sorted(stats["cte"].items())))
    print("attachments:", ", ".join(f"{k} {v}" for k, v in sorted(stats["att"].items())))
    print("CHECK OK")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        write()
