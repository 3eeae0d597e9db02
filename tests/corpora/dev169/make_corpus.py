#!/usr/bin/env python3
"""Generator for the Siegel evaluation corpus dev169 (prefix d169-).

150 hand-written, fictitious e-mails of the invented insurer
"Auenwald Versicherung" (domain auenwald-versicherung.example), each labelled
NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.  Standard library only.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory and verifies everything
"""
import csv
import datetime as dt
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d169-"
DOM = "auenwald-versicherung.example"

# ---------------------------------------------------------------- IBANs
def iban(cc, bban):
    """Build an IBAN with valid ISO 7064 mod 97-10 check digits."""
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def grp(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# all IBANs used in the corpus (invented BLZ/account numbers)
IB = {
    "kranz": iban("DE", "52050353" + "0041178230"),
    "petersen": iban("DE", "20050550" + "1287004419"),
    "okafor": iban("DE", "50010517" + "5583920017"),
    "hausmann": iban("DE", "25050180" + "0910334561"),
    "trautmann": iban("DE", "52060410" + "0003917742"),
    "sonnenschein": iban("DE", "52050353" + "0100228811"),
    "fuldaufer": iban("DE", "52040021" + "0322109900"),
    "lehmkuhl": iban("DE", "37040044" + "0288113006"),
    "brandl_at": iban("AT", "20111" + "82947310552"),
    "novak": iban("DE", "12030000" + "1020345987"),
    "ziegler": iban("DE", "76050101" + "0007731196"),
    "whitfield": iban("DE", "10070024" + "0667123401"),
    "gruber": iban("DE", "70150000" + "0070445128"),
    "auenwald": iban("DE", "52040021" + "0400500600"),
    "mustermann": "DE89370400440532013000",  # published example IBAN
    "yildiz": iban("DE", "50050201" + "1222334455"),
    "schaefer": iban("DE", "44050199" + "0001882764"),
    "moreau": iban("DE", "30020900" + "5301992874"),
    "lindqvist": iban("DE", "60050101" + "7412500983"),
    "albrecht": iban("DE", "86055592" + "1100457733"),
    "pflegehilfe": iban("DE", "52050353" + "0200887711"),
    "kowalczyk": iban("DE", "26050001" + "0056120889"),
    "haber": iban("DE", "52050353" + "0077120043"),
    "fenske": iban("DE", "21050170" + "0000991234"),
    "oconnor": iban("DE", "52050353" + "0002660171"),
    "hschaefer": iban("DE", "50050201" + "0194471020"),
    "kaya": iban("DE", "52250030" + "0000318846"),
    "weber": iban("DE", "37050198" + "1930448215"),
    "meinhardt": iban("DE", "50070010" + "0179900344"),
    "pohl": iban("DE", "52090000" + "0044012311"),
    "tagespflege": iban("DE", "52050353" + "0301145588"),
}
G = {k: grp(v) for k, v in IB.items()}

# ---------------------------------------------------------------- people
P = {
    "hollmann": ("Birgit Hollmann", "birgit.hollmann"),
    "steinmeier": ("Helga Steinmeier", "helga.steinmeier"),
    "albers": ("Dr. med. Ruth Albers", "ruth.albers"),
    "renner": ("Tobias Renner", "tobias.renner"),
    "demirtas": ("Aylin Demirtaş", "aylin.demirtas"),
    "wegener": ("Jonas Wegener", "jonas.wegener"),
    "oltmanns": ("Frank Oltmanns", "frank.oltmanns"),
    "kuhn": ("Marlene Kuhn", "marlene.kuhn"),
    "yilmaz": ("Sebastian Yilmaz", "sebastian.yilmaz"),
    "brandt": ("Katharina Brandt", "katharina.brandt"),
    "scholz": ("Philipp Scholz", "philipp.scholz"),
    "froehlich": ("Nadine Fröhlich", "nadine.froehlich"),
    "grant": ("Oliver Grant", "oliver.grant"),
    "raman": ("Priya Raman", "priya.raman"),
    "hartmann": ("Lukas Hartmann", "lukas.hartmann"),
    "voigt": ("Sandra Voigt", "sandra.voigt"),
    "aksoy": ("Mehmet Aksoy", "mehmet.aksoy"),
    "berger": ("Julia Berger", "julia.berger"),
    "paulsen": ("Ines Paulsen", "ines.paulsen"),
    "kessler": ("Dirk Kessler", "dirk.kessler"),
}


def A(key):
    name, local = P[key]
    return f"{name} <{local}@{DOM}>"


def addr(local):
    return f"{local}@{DOM}"


FOOT_DE = """--
Auenwald Versicherung AG · Auenwald Krankenversicherung a.G. · Auenwald Lebensversicherung AG
Fuldaufer Allee 12, 34117 Kassel · www.auenwald-versicherung.example
Vorstand: Dr. Henrike Salm (Vors.), Matthias Oberle, Carsten Wirth
Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Harms · Sitz Kassel · AG Kassel HRB 40117

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die
unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """--
Auenwald Versicherung AG, Fuldaufer Allee 12, 34117 Kassel, Germany
Registered office Kassel, Local Court Kassel HRB 40117
Management Board: Dr. Henrike Salm (Chair), Matthias Oberle, Carsten Wirth

This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient (or have received this e-mail in error) please notify the sender
immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution
of the material in this e-mail is strictly forbidden."""

SIG = {
    "hollmann": "Mit freundlichen Grüßen\n\nBirgit Hollmann\nLeistungsabteilung Pflege\nAuenwald Krankenversicherung a.G.\nTelefon 0561 7080-4412",
    "steinmeier": "Herzliche Grüße\nHelga Steinmeier\nPflegeberatung | Auenwald Krankenversicherung a.G.\nTel. 0561 7080-4460 (Mo–Do 8–16 Uhr)",
    "albers": "Dr. med. Ruth Albers\nGesellschaftsärztin / Leitende Ärztin Leistungsprüfung\nAuenwald Krankenversicherung a.G.",
    "renner": "Viele Grüße\nTobias Renner\nKraftfahrt-Schaden | Auenwald Versicherung AG\nFon 0561 7080-2210",
    "demirtas": "Freundliche Grüße\nAylin Demirtaş\nKundenservice Kranken\nAuenwald Krankenversicherung a.G.",
    "wegener": "Beste Grüße aus Kassel\nJonas Wegener\nMaklerbetreuung Nord/Hessen\nMobil 0151 00 4471 22",
    "oltmanns": "Mit freundlichem Gruß\nFrank Oltmanns\nSchaden Sach/Haftpflicht\nAuenwald Versicherung AG",
    "kuhn": "Viele Grüße\nMarlene Kuhn\nPersonal & Entgelt\nAuenwald Versicherung AG",
    "yilmaz": "Sebastian Yilmaz\nIT Security / Mail Gateway\nAuenwald Versicherung AG",
    "brandt": "Katharina Brandt\nDatenschutzbeauftragte\nAuenwald Versicherungsgruppe",
    "scholz": "Mit freundlichen Grüßen\nPhilipp Scholz\nLeben & Vorsorge – Vertragsservice\nAuenwald Lebensversicherung AG",
    "froehlich": "Freundliche Grüße\nNadine Fröhlich\nRechtsschutz-Schaden\nAuenwald Versicherung AG",
    "grant": "Kind regards,\nOliver Grant\nInternational Client Services (Expat & Travel Health)\nAuenwald Krankenversicherung a.G.\nPhone +49 561 7080-4901",
    "raman": "Best regards,\nPriya Raman\nActuarial & Reinsurance\nAuenwald Versicherungsgruppe",
    "hartmann": "Mit freundlichen Grüßen\nLukas Hartmann\nFirmenkunden / Gewerbe\nAuenwald Versicherung AG",
    "voigt": "Freundliche Grüße\nSandra Voigt\nReiseversicherung – Leistung",
    "aksoy": "Gruß\nMehmet Aksoy\nEinkauf & Facility\nAuenwald Versicherung AG",
    "berger": "Julia Berger\nUnternehmenskommunikation",
    "paulsen": "Best,\nInes Paulsen\nCare Claims (English desk)\nAuenwald Krankenversicherung a.G.",
    "kessler": "Gruß Dirk\n--\nDirk Kessler | Leitung Leistung Pflege | Durchwahl -4400",
}

# ---------------------------------------------------------------- attachments
ZDATE = (2026, 1, 2, 9, 0, 0)


def _zip(members, date=ZDATE, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.external_attr = 0o644 << 16
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _pdfstr(s):
    out = []
    for ch in s.encode("cp1252", "replace"):
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def pdf(lines, title="Dokument", author="Auenwald Versicherung AG", compress=True,
        date="20260105090000"):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding)."""
    if isinstance(lines, str):
        lines = lines.split("\n")
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        cs = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for ln in pg:
            cs.append(_pdfstr(ln) + " Tj T*")
        cs.append("ET")
        raw = ("\n".join(cs) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(raw, 9)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"endstream")
    objs.append(("<< /Title " + _pdfstr(title) + " /Author " + _pdfstr(author)
                 + f" /Producer (Auenwald DocServer 4.2) /CreationDate (D:{date}+01'00') >>").encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def docx(paras, table=None, title="", author="Auenwald Versicherung AG"):
    """paras: list of str ('# ' prefix = bold heading). table: list of rows, inserted after paras."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    def p(t):
        bold = t.startswith("# ")
        if bold:
            t = t[2:]
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'
    for t in paras:
        body.append(p(t))
    if table:
        rows = "".join("<w:tr>" + "".join(f"<w:tc>{p(str(c))}</w:tc>" for c in r) + "</w:tr>" for r in table)
        body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        body.append("<w:p/>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(body) + '<w:sectPr/></w:body></w:document>')
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
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created>'
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
    cells = []
    for ri, row in enumerate(rows, 1):
        cs = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
        cells.append(f'<row r="{ri}">' + "".join(cs) + "</row>")
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(cells) + "</sheetData></worksheet>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
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


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def _odf(mime, body, title):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               f'<office:body>{body}</office:body></office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
            f'<dc:title>{xesc(title)}</dc:title><meta:creation-date>2026-01-05T09:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", mime), ("content.xml", content), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], stored_first="mimetype")


def odt(paras, title=""):
    body = "<office:text>" + "".join(f"<text:p>{xesc(t)}</text:p>" for t in paras) + "</office:text>"
    return _odf("application/vnd.oasis.opendocument.text", body, title)


def ods(rows, sheet="Tabelle1", title=""):
    trs = []
    for r in rows:
        tcs = []
        for v in r:
            if isinstance(v, (int, float)):
                tcs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                tcs.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
        trs.append("<table:table-row>" + "".join(tcs) + "</table:table-row>")
    body = (f'<office:spreadsheet><table:table table:name="{xesc(sheet)}">' + "".join(trs)
            + "</table:table></office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body, title)


def csvtext(rows, delim=";"):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator="\r\n")
    w.writerows(rows)
    return b.getvalue()


def ics(uid, start, end, summary, location="", desc="", organizer="", attendees=()):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenwald Versicherung//Kalender 3.1//DE",
         "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260102T080000Z",
         f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
         f"SUMMARY:{summary}"]
    if location:
        L.append(f"LOCATION:{location}")
    if desc:
        L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    if organizer:
        L.append(f"ORGANIZER:mailto:{organizer}")
    for a in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(L) + "\r\n"


# attachment descriptors
def AT(filename, data, mime=None, charset=None, cte=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    if mime is None:
        mime = {
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt": "application/vnd.oasis.opendocument.text",
            "ods": "application/vnd.oasis.opendocument.spreadsheet",
            "zip": "application/zip", "csv": "text/csv", "ics": "text/calendar",
            "html": "text/html", "htm": "text/html", "txt": "text/plain",
        }[ext]
    return {"filename": filename, "data": data, "mime": mime, "charset": charset, "cte": cte}


def EML(msg, filename=None):
    return {"eml": msg, "filename": filename}


# ---------------------------------------------------------------- message building
MAILS = []
_dates = {}


def _date(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # CET / CEST (last Sunday of March / October 2026)
    summer = dt.datetime(2026, 3, 29, 2) <= d < dt.datetime(2026, 10, 25, 3)
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def _mid(tag, host="mail." + DOM):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:8].upper()}.{h[8:20]}@{host}>"


def make(frm, to, subject, date, body=None, cc=None, html=None, atts=(), charset="utf-8",
         cte=None, html_cte=None, headers=(), reply_to=None, flowed=False, mid=None,
         inreply=None, tag="x", bcc=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(_date(date))
    m["Message-ID"] = mid or _mid(tag + "|" + subject + "|" + date)
    if inreply:
        m["In-Reply-To"] = inreply
        m["References"] = inreply
    for k, v in headers:
        m[k] = v
    params = {"format": "flowed"} if flowed else None
    if body is not None:
        kw = {"subtype": "plain", "charset": charset}
        if cte:
            kw["cte"] = cte
        if params:
            kw["params"] = params
        m.set_content(body, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte or "quoted-printable")
    else:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte or "quoted-printable")
    for a in atts:
        if "eml" in a:
            m.add_attachment(a["eml"], filename=a["filename"]) if a["filename"] else m.add_attachment(a["eml"])
            continue
        mt, st = a["mime"].split("/")
        data = a["data"]
        if isinstance(data, str):
            cs = a["charset"] or "utf-8"
            m.add_attachment(data, subtype=st, charset=cs, cte=a["cte"] or "base64",
                             filename=a["filename"], disposition="attachment")
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=a["filename"],
                             cte=a["cte"] or "base64")
    return m


def inner(frm, to, subject, date, body, **kw):
    """A message that is quoted/attached (written by someone else, not necessarily our domain)."""
    kw.setdefault("tag", "inner")
    host = frm.rsplit("@", 1)[1].rstrip(">")
    kw.setdefault("mid", _mid(kw["tag"] + "|" + subject + "|" + date, host=host))
    return make(frm, to, subject, date, body, **kw)


def add(label, lang, kind, reason, *args, **kw):
    n = len(MAILS) + 1
    kw.setdefault("tag", f"{PREFIX}{n:04d}")
    MAILS.append({"n": n, "label": label, "lang": lang, "kind": kind, "reason": reason,
                  "args": args, "kw": kw})


def render(spec):
    m = make(*spec["args"], **spec["kw"])
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"----=_Part_{spec['n']:04d}_{k}_{hashlib.md5(str(spec['n'] * 7 + k).encode()).hexdigest()[:12]}")
    return m.as_bytes(policy=policy.SMTP)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def outlook_hdr(frm, sent, to, subject, cc=None, lang="de"):
    if lang == "de":
        s = f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {sent}\nAn: {to}\n"
        if cc:
            s += f"Cc: {cc}\n"
        return s + f"Betreff: {subject}\n"
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")]
OUTLOOK_EN = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]
TB = [("User-Agent", "Mozilla Thunderbird 128.6.0")]

# ================================================================ MAILS

# ---- 0001
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "Pflegegrad 3 of the insured mother after assessment, told to the daughter holding a power of attorney; diagnoses in the quoted mail",
    A("hollmann"), "Sabine Kranz <sabine.kranz@webpost.example>",
    "AW: Pflegeantrag meiner Mutter Gertrud Kranz – Vers.-Nr. PV 4471 0932",
    "2026-01-08 10:14",
    f"""Sehr geehrte Frau Kranz,

vielen Dank für Ihre Nachricht und die Kopie der Vorsorgevollmacht, die uns jetzt vorliegt.

Das Gutachten des Medizinischen Gutachterdienstes Nord vom 29.12.2025 ist bei uns eingegangen.
Die Gutachterin hat bei Ihrer Mutter insgesamt 52,5 gewichtete Punkte ermittelt. Das
entspricht dem Pflegegrad 3. Den Bescheid schicken wir Ihrer Mutter in den nächsten Tagen
per Post; eine Kopie geht an Sie als Bevollmächtigte.

Ab dem 01.12.2025 (Antragsmonat) zahlen wir das Pflegegeld in Höhe von 599,00 EUR monatlich
auf das uns genannte Konto Ihrer Mutter. Die Nachzahlung für Dezember und Januar erfolgt mit
dem nächsten Zahllauf.

Sollte zusätzlich ein ambulanter Pflegedienst tätig werden, reichen Sie uns bitte die
Rechnungen ein – dann rechnen wir als Kombinationsleistung ab.

{SIG['hollmann']}

Von: Sabine Kranz <sabine.kranz@webpost.example>
Gesendet: Montag, 5. Januar 2026 21:47
An: pflege-leistung@{DOM}
Betreff: Pflegeantrag meiner Mutter Gertrud Kranz – Vers.-Nr. PV 4471 0932

Guten Abend,

ich schreibe für meine Mutter, Gertrud Kranz, geb. 14.02.1938, wohnhaft Wilhelmshöher Weg 7,
34131 Kassel. Die Begutachtung war kurz vor Weihnachten. Seit dem Schlaganfall im Oktober
(sie war 3 Wochen im Klinikum) kann sie den rechten Arm kaum benutzen, dazu kommt die
beginnende Demenz. Ich bin jeden Tag zwei bis drei Stunden bei ihr.

Die Vollmacht hänge ich an. Können Sie mir sagen, wann mit dem Ergebnis zu rechnen ist?

Viele Grüße
Sabine Kranz

{FOOT_DE}""",
    headers=OUTLOOK, cte="quoted-printable")

# ---- 0002
add("NORMAL", "de", "internal",
    "trap: quarterly care statistics per Pflegegrad and region, aggregated counts only, no person",
    A("kessler"), f"Leitungskreis Leistung <leitungskreis-leistung@{DOM}>",
    "Pflegestatistik Q4/2025 – Bestand nach Pflegegraden",
    "2026-01-09 08:02",
    f"""Hallo zusammen,

anbei wie jedes Quartal die Bestandsstatistik Pflege (PPV + Pflegezusatz), Stichtag 31.12.2025.
Kurz die Auffälligkeiten:

- Pflegegrad 2 wächst weiter am stärksten (+4,1 % ggü. Q3), v. a. durch Erstanträge nach
  Krankenhausaufenthalt.
- Höherstufungsanträge PG 3 -> 4 liegen bei 212 (Q3: 188). Widerspruchsquote stabil bei 9 %.
- Durchschnittliche Bearbeitungszeit vom Gutachteneingang bis Bescheid: 6,3 Arbeitstage.

Die Tabelle enthält nur Summen je Region, keine Einzelfälle. Bitte trotzdem nicht extern
weitergeben, die Zahlen sind noch nicht testiert.

{SIG['kessler']}""",
    atts=[AT("Pflegestatistik_Q4_2025.xlsx", xlsx([
        ["Region", "PG 1", "PG 2", "PG 3", "PG 4", "PG 5", "Summe"],
        ["Nordhessen", 412, 1388, 977, 520, 188, 3485],
        ["Südhessen", 655, 2104, 1450, 801, 263, 5273],
        ["Niedersachsen Süd", 298, 1019, 702, 355, 130, 2504],
        ["Thüringen West", 187, 644, 471, 240, 91, 1633],
        ["Summe", 1552, 5155, 3600, 1916, 672, 12895],
    ], sheet="Bestand 31.12.2025"))],
    headers=OUTLOOK)

# ---- 0003
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motor claim of a named expat customer: claim number, plate, accident address; nobody hurt",
    A("renner"), "Daniel Whitfield <d.whitfield@mailhub.example>",
    "Your motor claim KS-2026-004417 – rear-end collision on 7 January",
    "2026-01-09 14:31",
    f"""Dear Mr Whitfield,

thank you for reporting the accident by phone this morning. I have opened the claim under
the number KS-2026-004417 (policy KF 220 918 33, vehicle F-DW 4410, VW Passat Variant).

As I understood it, you were waiting at the traffic lights on Mainzer Landstraße in
Frankfurt when the other car hit you from behind, and nobody was injured. The other
driver's insurer is responsible, so your no-claims class will not be affected.

Could you please send me:
  1. photos of the damage (rear bumper, tailgate),
  2. the other party's details from the accident report form,
  3. the name of the repair shop you would like to use.

If you need a hire car in the meantime, please let me know before booking.

Kind regards,
Tobias Renner
Motor Claims | Auenwald Versicherung AG
Phone +49 561 7080-2210

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0004
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-carehome",
    "request to a care home for the care documentation of a named resident with Pflegegrad and diagnoses",
    A("hollmann"), "Verwaltung Haus Lindenbaum <verwaltung@haus-lindenbaum.example>",
    "Anforderung Pflegedokumentation – Bewohner Herr Walter Petersen",
    "2026-01-12 09:40",
    f"""Sehr geehrte Damen und Herren,

für Ihren Bewohner Herrn Walter Petersen (geb. 03.07.1941, bei Ihnen seit 01.09.2025,
Zimmer 2.14) liegt uns ein Antrag auf Höherstufung von Pflegegrad 4 auf Pflegegrad 5 vor.
Gestellt hat ihn sein Sohn, Herr Jörn Petersen, als Betreuer.

Für die Vorbereitung der Begutachtung bitten wir Sie um Übersendung

  * der Pflegedokumentation der letzten 8 Wochen (insbesondere Lagerungs- und Trinkprotokoll),
  * des aktuellen Medikationsplans,
  * der Sturzprotokolle seit November,
  * des letzten Arztbriefs nach dem Klinikaufenthalt wegen Aspirationspneumonie (J69.0).

Eine Schweigepflichtentbindung des Betreuers liegt uns vor; eine Kopie senden wir Ihnen
auf Wunsch zu. Bitte nutzen Sie für die Übermittlung unser SecureMail-Portal – den Link
zum Hochladen schicken wir Ihnen in einer separaten Nachricht.

{SIG['hollmann']}

{FOOT_DE}""",
    headers=OUTLOOK, cte="quoted-printable")

# ---- 0005
add("NORMAL", "en", "newsletter",
    "trap: broker newsletter on the 2026 care reform with Pflegegrad amounts and dementia wording, no person",
    f"Auenwald Broker News <broker-news@{DOM}>", f"broker-news-list@{DOM}",
    "Broker News 01/2026: What changes in long-term care this year",
    "2026-01-13 07:00",
    """AUENWALD BROKER NEWS 01/2026
============================

1) Long-term care: the 2026 figures at a glance
   Care allowance (Pflegegeld) per month: care level 2: EUR 347, level 3: EUR 599,
   level 4: EUR 800, level 5: EUR 990. Relief amount (Entlastungsbetrag): EUR 131.
   Your clients with a private top-up (Pflegetagegeld) receive their agreed daily
   amount on top - independent of the statutory benefit.

2) Dementia is covered from care level 1
   We still get questions on this. Cognitive impairment is assessed in module 2 of
   the assessment; a diagnosis of dementia alone does not determine the care level.

3) New: care advice hotline for relatives
   Relatives can call our care advisers without a power of attorney for general
   questions. For questions about a specific insured person we need the insured's
   consent or a power of attorney.

4) Webinar "Selling Pflegetagegeld to 50+ clients", 4 February, 10:00-11:00
   Register at https://makler.auenwald-versicherung.example/webinare

You receive this newsletter because you are registered as a broker with Auenwald.
Unsubscribe: https://makler.auenwald-versicherung.example/newsletter/abmelden
""",
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Auenwald Broker News 01/2026</h2>
<h3>1) Long-term care: the 2026 figures at a glance</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Care level</th><th>Care allowance / month</th><th>Benefits in kind / month</th></tr>
<tr><td>2</td><td>EUR 347</td><td>EUR 796</td></tr>
<tr><td>3</td><td>EUR 599</td><td>EUR 1,497</td></tr>
<tr><td>4</td><td>EUR 800</td><td>EUR 1,859</td></tr>
<tr><td>5</td><td>EUR 990</td><td>EUR 2,299</td></tr>
</table>
<h3>2) Dementia is covered from care level 1</h3>
<p>Cognitive impairment is assessed in module 2; a diagnosis alone does not determine the care level.</p>
<h3>3) New: care advice hotline for relatives</h3>
<p>For questions about a specific insured person we need consent or a power of attorney.</p>
<h3>4) Webinar &quot;Selling Pflegetagegeld to 50+ clients&quot;, 4 February</h3>
<p><a href="https://makler.auenwald-versicherung.example/webinare">Register here</a></p>
<p style="font-size:small">Unsubscribe: <a href="https://makler.auenwald-versicherung.example/newsletter/abmelden">here</a></p>
</body></html>""",
    headers=[("List-Unsubscribe", "<https://makler.auenwald-versicherung.example/newsletter/abmelden>"),
             ("Precedence", "bulk")])

# ---- 0006
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "household claim (e-bike stolen from cellar): named customer, address, claim no., IBAN for payout",
    A("oltmanns"), "Marco Hausmann <marco.hausmann@fastpost.example>",
    "Ihr Schaden HR-26-00381 – Diebstahl E-Bike",
    "2026-01-14 11:05",
    f"""Guten Tag Herr Hausmann,

die Unterlagen zum Einbruch in Ihren Kellerraum (Bremer Str. 41, 30159 Hannover) sind
vollständig. Die Polizei hat das Ermittlungsverfahren eingestellt, der Täter ist unbekannt.

Wir erstatten für das E-Bike (Kaufpreis 3.249,00 EUR, Kauf 04/2024) nach Abzug der
vereinbarten Selbstbeteiligung von 150,00 EUR den Neuwert von 3.099,00 EUR.

Die Zahlung geht in den nächsten drei Werktagen an:
Kontoinhaber: Marco Hausmann
IBAN: {G['hausmann']}

Vertrag: Hausrat HR 7719 204 · Schaden-Nr. HR-26-00381

{SIG['oltmanns']}

{FOOT_DE}""",
    cte="quoted-printable")

# ---- 0007
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "expat health claim settlement with diagnosis and hospital invoice; base64-encoded body",
    A("grant"), "Chinedu Okafor <chinedu.okafor@mailhub.example>",
    "Reimbursement of your claim 2026-EXP-01192",
    "2026-01-15 16:20",
    f"""Dear Mr Okafor,

we have processed the invoices you sent for your stay at Klinikum Kassel-Nord from
19 to 23 December 2025 (appendectomy, diagnosis K35.8 acute appendicitis).

  Hospital invoice (DRG G23C)            EUR 4,812.36   reimbursed 100 %
  Chief physician fees (GOÄ)             EUR 1,108.20   reimbursed 100 %
  Single room supplement, 4 nights       EUR   380.00   reimbursed 100 %
  Pharmacy receipt (Ibuprofen 600, Pantoprazol 20)  EUR 23.41   reimbursed 100 %
  --------------------------------------------------------------
  Total paid                             EUR 6,323.97

The amount will be credited to your account ending in ...0017 within five working days.
Your deductible for 2026 is not affected because the treatment started in 2025.

Get well soon!

{SIG['grant']}

{FOOT_EN}""",
    cte="base64", headers=OUTLOOK_EN)

# ---- 0008
add("NORMAL", "de", "insurer-to-supplier",
    "trap: purchase order for demo care beds and commodes for the care-advice showroom, no person",
    A("aksoy"), "Vertrieb Sanitätshaus Rehaform <vertrieb@rehaform.example>",
    "Bestellung 4500-2219: Pflegebett + Toilettenstuhl für Beratungsraum",
    "2026-01-15 09:12",
    f"""Hallo Frau Lüders,

wie telefonisch besprochen bestellen wir für den neuen Beratungsraum unserer
Pflegeberatung (Gebäude B, EG):

  1 x Pflegebett "Comfort 3" mit Seitengitter und Aufrichter, Buche hell   1.390,00 EUR
  1 x Toilettenstuhl fahrbar, Sitzhöhe verstellbar                           219,00 EUR
  1 x Rollator Leichtgewicht (Ausstellungsstück)                             149,00 EUR
  1 x Badewannenlifter, Demo                                                 489,00 EUR
  alle Preise netto zzgl. MwSt., Lieferung frei Haus

Lieferadresse: Auenwald Versicherung AG, Wareneingang Tor 3, Fuldaufer Allee 12,
34117 Kassel. Bitte Bestellnummer 4500-2219 auf der Rechnung angeben.

Die Geräte dienen nur zur Vorführung für Angehörige bei Beratungsterminen.

{SIG['aksoy']}""",
    headers=OUTLOOK)

# ---- 0009
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
    "assessment order: harmless body, name, address, diagnoses and care history only in the PDF",
    A("hollmann"), "Auftragsannahme <auftraege@gutachten-nord.example>",
    "Begutachtungsauftrag 2026-PV-0142",
    "2026-01-16 13:50",
    f"""Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen einen neuen Begutachtungsauftrag (Erstantrag) mit der Bitte um
Terminierung innerhalb der gesetzlichen Frist. Alle Angaben finden Sie im Auftragsformular.

{SIG['hollmann']}""",
    atts=[AT("Auftrag_2026-PV-0142.pdf", pdf([
        "Auenwald Krankenversicherung a.G. - Leistungsabteilung Pflege",
        "Begutachtungsauftrag Nr. 2026-PV-0142 (Erstantrag)          Kassel, 16.01.2026",
        "",
        "Versicherte Person:   Hildegard Ziegler, geb. 22.09.1936",
        "Anschrift:            Am Hopfenberg 3, 34246 Vellmar",
        "Versicherungsnummer:  PV 3308 1175",
        "Antragsdatum:         08.01.2026",
        "Kontaktperson:        Rainer Ziegler (Sohn), Tel. 0561 55 11 902, Vorsorgevollmacht liegt vor",
        "",
        "Angaben aus dem Antrag / vorliegende Befunde:",
        "- Herzinsuffizienz NYHA III (I50.13), Vorhofflimmern (I48.1)",
        "- Diabetes mellitus Typ 2 mit Polyneuropathie (E11.40)",
        "- Sturz mit Hüftprellung 11/2025, seither Rollator, nachts Inkontinenz",
        "- Versorgung derzeit durch Sohn und Schwiegertochter, kein Pflegedienst",
        "",
        "Besondere Hinweise: schwerhörig, bitte Termin über den Sohn vereinbaren.",
        "Gewünschte Begutachtung: Hausbesuch.",
        "",
        "Sachbearbeitung: Birgit Hollmann, Tel. 0561 7080-4412",
    ], title="Begutachtungsauftrag 2026-PV-0142"))])

# ---- 0010
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "motor offer for a named sole trader client with birth date and no-claims class sent to the broker",
    A("wegener"), "Jens Trautmann <info@trautmann-makler.example>",
    "Angebot Kfz für Ihren Kunden Herrn Yusuf Yildiz (Malerbetrieb)",
    "2026-01-16 15:22",
    f"""Hallo Herr Trautmann,

wie gewünscht das Angebot für Ihren Kunden:

Versicherungsnehmer: Yusuf Yildiz, Malermeister (Einzelunternehmen), geb. 11.05.1979
Anschrift: Kirchweg 18, 34119 Kassel
Fahrzeug: Ford Transit Custom, Erstzulassung 03/2023, Kennzeichen KS-YY 219
SF-Klasse Haftpflicht SF 14 / Vollkasko SF 9 (Übernahme vom Vorversicherer bestätigt)

Haftpflicht 100 Mio. pauschal, Vollkasko SB 500 / TK SB 150:
Jahresbeitrag 1.184,30 EUR inkl. VersSt., Zahlweise jährlich.

Das Angebot gilt bis 15.02.2026. Bei Annahme bitte den unterschriebenen Antrag übers
Maklerportal hochladen, dann kommt die eVB innerhalb von Minuten.

{SIG['wegener']}

{FOOT_DE}""")

# ---- 0011
add("NORMAL", "de", "internal",
    "trap: IT ticket about failing upload of care assessments (Pflegegutachten) in the portal, no case data",
    A("yilmaz"), f"IT Servicedesk <servicedesk@{DOM}>",
    "INC0048812 - Upload Pflegegutachten im Portal bricht bei >20 MB ab",
    "2026-01-19 08:47",
    """Hallo Servicedesk,

bitte an das Team Portal/Secure-Mail weiterleiten:

Seit dem Update vom Freitag bricht der Upload von Pflegegutachten und Arztberichten im
Kundenportal bei Dateien ueber 20 MB mit "HTTP 413 Request Entity Too Large" ab. Betroffen
sind vor allem Scans von Pflegeheimen, die ganze Pflegedokumentationen als ein PDF schicken.

Reproduzierbar mit jeder beliebigen 25-MB-Testdatei (z. B. testdatei_25mb.pdf aus dem
Testdaten-Share). Kein Kundendatensatz noetig.

Vermutung: das Limit client_max_body_size im Reverse Proxy wurde auf den Standardwert
zurueckgesetzt. Vorher waren 64 MB eingestellt.

Prioritaet: hoch - die Leistungsabteilung Pflege bekommt sonst wieder alles per Post.

Danke!
Sebastian""",
    charset="us-ascii", cte="7bit")

# ---- 0012
add("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-relative",
    "son in the UK writes in English for his father; reply in German and English about care allowance and hospital stay",
    A("paulsen"), "Thomas Brandl <tom.brandl@brit-mail.example>",
    "Re: Care allowance for my father Josef Brandl / Pflegegeld",
    "2026-01-20 12:03",
    f"""Dear Mr Brandl,

thank you for your e-mail. I am replying in English and – for your father's records – in German.

EN: Your father's care allowance for care level 2 (EUR 347 per month) continues during his
hospital stay for the first 28 days. As he was admitted to Krankenhaus St. Elisabeth on
2 January with pneumonia, payment would pause from 30 January if he is still an in-patient.
Please let us know the discharge date.

DE: Das Pflegegeld Ihres Vaters (Pflegegrad 2, 347 EUR monatlich) wird während des
Krankenhausaufenthalts für die ersten 28 Tage weitergezahlt. Da er am 02.01. wegen einer
Lungenentzündung aufgenommen wurde, ruht die Zahlung ab dem 30.01., falls er dann noch
stationär ist. Bitte teilen Sie uns das Entlassungsdatum mit.

The allowance is paid to his account with Raiffeisenbank in Austria ({G['brandl_at']}),
as agreed when he moved back to Kassel.

{SIG['paulsen']}

On 18 Jan 2026, at 22:10, Thomas Brandl <tom.brandl@brit-mail.example> wrote:
> Hello, I am the son of Josef Brandl (policy PV 2290 4417). I have power of attorney,
> a copy was sent by post. Dad is in hospital since 2 January (pneumonia, he also
> has the Parkinson's). Will his Pflegegeld still be paid? I live in Leeds and my
> German is not so good anymore, sorry.
> Thanks, Tom

{FOOT_EN}""",
    headers=OUTLOOK_EN, inreply="<CAB7x9q2=brandl.0118@brit-mail.example>")

# ---- 0013
add("NORMAL", "en", "insurer-to-partner",
    "trap: care incidence rates by age band for the reinsurer, aggregated, no individuals",
    A("raman"), "Hannah Cole <hannah.cole@northbridge-re.example>",
    "LTC treaty 2026 – incidence experience by age band",
    "2026-01-20 17:35",
    f"""Hi Hannah,

as promised, the experience data for the long-term care quota share. Figures are
exposure-weighted incidence rates per 1,000 insured years, portfolio of Pflegetagegeld
(top-up daily benefit) only, observation period 2021-2025. No policy-level data included.

  Age band   Exposure (yrs)   New claims   Incidence / 1,000   Avg. initial care level
  55-64         182,400           221            1.21                 2.3
  65-74         141,950           808            5.69                 2.4
  75-84          78,300         2,214           28.28                 2.7
  85+            19,720         1,906           96.65                 3.1

Dementia-related claims (where module 2 dominated the score) account for 38 % of new
claims in 75+. We see no trend break after the 2024 benefit adjustment.

Happy to walk through the assumptions in our call on Thursday.

{SIG['raman']}

{FOOT_EN}""")

# ---- 0014
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "legal expenses cover confirmation for a tenancy dispute: named customer, claim number, landlord, no health",
    A("froehlich"), "Petra Lehmkuhl <p.lehmkuhl@kabelnetz.example>",
    "Deckungszusage Mietrecht – Ihr Zeichen RS-2026-0917",
    "2026-01-21 10:18",
    f"""Sehr geehrte Frau Lehmkuhl,

für die Auseinandersetzung mit Ihrer Vermieterin, der Wohnbau Eder GmbH, wegen der
Nebenkostenabrechnung 2024 (Nachforderung 1.412,77 EUR) erteilen wir Deckungsschutz
für die außergerichtliche Interessenwahrnehmung.

Vertrag: Privat-Rechtsschutz RS 5512 0873 (inkl. Wohnungs-Rechtsschutz Mieter)
Objekt: Lindenstraße 9, 2. OG links, 50674 Köln
Selbstbeteiligung: 250 EUR

Sie können sich an einen Anwalt Ihrer Wahl wenden. Wenn Sie möchten, nennen wir Ihnen
gern eine Partnerkanzlei in Köln.

{SIG['froehlich']}

{FOOT_DE}""",
    flowed=True, cte="8bit", headers=TB)

# ---- 0015
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-careservice",
    "query to a home-care service about invoiced care modules of a named insured; details in the XLSX",
    A("hollmann"), "Abrechnung Pflegedienst Sonnenschein <abrechnung@pflegedienst-sonnenschein.example>",
    "Rückfrage Rechnung 12/2025 – Frau Inge Novak",
    "2026-01-21 14:40",
    f"""Sehr geehrte Frau Rothe,

zur Rechnung Nr. 2025-1288 für Frau Inge Novak (Pflegegrad 3, Vers.-Nr. PV 6610 2231) haben
wir zwei Fragen, die ich in der beigefügten Tabelle markiert habe:

1. Leistungskomplex 3 (Große Körperpflege) ist an 31 Tagen abgerechnet, laut
   Leistungsnachweis war Frau Novak aber vom 15.–19.12. in der Kurzzeitpflege.
2. Die Wundversorgung (Behandlungspflege) fällt nicht unter die Pflegeversicherung –
   bitte direkt mit der Krankenversicherung abrechnen.

Könnten Sie uns eine korrigierte Rechnung schicken?

{SIG['hollmann']}""",
    atts=[AT("Rueckfrage_RG_2025-1288_Novak.xlsx", xlsx([
        ["Versicherte", "Inge Novak", "", "PV 6610 2231", "Pflegegrad 3"],
        ["Datum", "Leistungskomplex", "Anzahl", "Betrag EUR", "Anmerkung Auenwald"],
        ["01.12.-14.12.2025", "LK 3 Große Körperpflege", 14, 476.0, "ok"],
        ["15.12.-19.12.2025", "LK 3 Große Körperpflege", 5, 170.0, "Kurzzeitpflege – nicht erstattungsfähig"],
        ["20.12.-31.12.2025", "LK 3 Große Körperpflege", 12, 408.0, "ok"],
        ["01.12.-31.12.2025", "LK 11 Hauswirtschaftliche Versorgung", 9, 243.0, "ok"],
        ["01.12.-31.12.2025", "Wundversorgung Ulcus cruris re.", 18, 324.0, "Behandlungspflege -> GKV/PKV"],
    ], sheet="Rechnung 2025-1288"))],
    headers=OUTLOOK)

# ---- 0016
add("NORMAL", "de", "insurer-to-customer",
    "grey: prospect asks what a care top-up costs; generic tariff table by entry age, nothing about any person's health or contract",
    A("steinmeier"), "Michael Berghoff <m.berghoff@fastpost.example>",
    "AW: Frage zu Pflegezusatzversicherung",
    "2026-01-22 09:31",
    f"""Guten Morgen Herr Berghoff,

danke für Ihre Anfrage über unser Kontaktformular. Gern gebe ich Ihnen einen ersten
Überblick über unseren Pflegetagegeld-Tarif PflegePlus:

Monatsbeitrag für 50 EUR Pflegetagegeld bei Pflegegrad 5 (Staffel 100/70/50/30/15 %):

  Eintrittsalter 35: 18,40 EUR
  Eintrittsalter 45: 29,90 EUR
  Eintrittsalter 55: 52,10 EUR
  Eintrittsalter 65: 98,70 EUR

Die Beiträge sind Beispielwerte ohne Gesundheitszuschläge. Im Antrag stellen wir einige
Gesundheitsfragen; bestimmte Vorerkrankungen (z. B. eine bereits bestehende
Pflegebedürftigkeit oder eine Demenzdiagnose) schließen einen Abschluss aus.

Wenn Sie möchten, rechne ich Ihnen gern ein persönliches Angebot. Dafür bräuchte ich nur
Ihr Geburtsdatum – das können Sie mir am besten telefonisch durchgeben.

{SIG['steinmeier']}

> Hallo, was kostet ungefähr so eine Pflegezusatzversicherung? Ich bin Mitte 40 und
> habe gelesen, dass die gesetzliche Pflege nicht reicht. MfG M. Berghoff

{FOOT_DE}""",
    cte="quoted-printable")

# ---- 0017
add("STRICTLY_CONFIDENTIAL", "en", "internal",
    "medical officer's review of a care claim: vascular dementia diagnosis, scoring per module, named insured",
    A("albers"), A("paulsen"),
    "Medical review – Margaret Lindqvist, LTC claim 2026-PT-0033",
    "2026-01-22 15:58",
    """Ines,

I have gone through the assessor's report on Mrs Margaret Lindqvist (born 1939, policy
PT 8812 0045, top-up daily benefit, lives in Bad Homburg with her husband).

Diagnoses documented: vascular dementia (F01.3), status post ischaemic stroke 2024 (I69.3),
osteoporosis with vertebral fracture L1 (M80.08).

Module scores as reported:  M1 mobility 7.5 / M2+M3 cognition & behaviour 15 /
M4 self-care 20 / M5 coping with treatment 10 / M6 everyday life 11.25 -> 63.75 points.
That is care level 3, not 4 as the husband claims in his objection. The M4 score looks
generous already (she still eats independently according to the day-clinic letter).

I see no reason for a second assessment. Please send the decision in English as
requested by the family; the son in Stockholm handles the paperwork.

Ruth

--
Dr. med. Ruth Albers
Chief Medical Officer Claims | Auenwald Krankenversicherung a.G.""",
    headers=OUTLOOK_EN)

# ---- 0018
add("CONFIDENTIAL", "en", "insurer-to-company",
    "grey: commercial property renewal for a care-home operator GmbH with a named contact person and policy number; no resident data",
    A("hartmann"), "Eleanor Moreau <e.moreau@seniorenresidenz-fuldaufer.example>",
    "Renewal 2026 – property and business interruption, policy GW 770 3312",
    "2026-01-23 11:26",
    f"""Dear Ms Moreau,

please find below the renewal terms for Seniorenresidenz Am Fuldaufer GmbH (your
contact person at our end remains myself):

  Policy GW 770 3312 – buildings, contents, business interruption
  Location: Fuldaufer Weg 40-44, 34125 Kassel (care home, 96 beds, plus day care unit)
  Sum insured buildings EUR 14.2m, contents EUR 1.9m, BI 12 months EUR 3.4m
  Premium 2026: EUR 38,914.00 plus insurance tax (2025: EUR 36,870.00)

The increase reflects the index adjustment and the new sprinkler-free wing. If the
sprinkler retrofit you mentioned is finished by June, we can reduce the fire premium by
about 12 %.

As discussed, your managing director Mr Albrecht needs to sign the risk questionnaire.
I'll send it via our secure portal.

Best regards,
Lukas Hartmann
Commercial Lines | Auenwald Versicherung AG

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0019
add("NORMAL", "de", "internal",
    "trap: job ad draft for care advisers (Pflegefachkraft, Demenz, Pflegegrad), no person",
    A("kuhn"), A("steinmeier"),
    "Entwurf Stellenanzeige Pflegeberater/in – bitte bis Freitag prüfen",
    "2026-01-23 13:04",
    """Liebe Helga,

hier der Entwurf für die Ausschreibung. Kannst du fachlich drüberschauen? Veröffentlichung
wäre ab 02.02. auf unserer Karriereseite und im Jobportal.

-------------------------------------------------------------
Pflegeberaterin / Pflegeberater (m/w/d) in Teilzeit oder Vollzeit, Kassel

Ihre Aufgaben
• Sie beraten Versicherte und deren Angehörige zu Pflegegraden, Pflegegeld,
  Pflegesachleistung, Verhinderungs- und Kurzzeitpflege – telefonisch und bei Hausbesuchen
• Sie unterstützen bei der Organisation von Pflegediensten, Hilfsmitteln und
  wohnumfeldverbessernden Maßnahmen
• Sie begleiten Familien mit an Demenz erkrankten Angehörigen

Ihr Profil
• Abgeschlossene Ausbildung als Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger/in
  oder Altenpfleger/in
• Weiterbildung zur Pflegeberaterin nach § 7a SGB XI (oder Bereitschaft dazu)
• Führerschein Klasse B

Wir bieten: 38-Stunden-Woche, Dienstwagen, bAV, Jobrad
-------------------------------------------------------------

Gehaltsspanne hab ich bewusst noch nicht reingeschrieben, das klären wir mit dem Betriebsrat.

Viele Grüße
Marlene""")

# ---- 0020
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "approval of care aids (care bed, rollator) for a named insured; windows-1252 quoted-printable",
    A("hollmann"), "Erwin Gruber <erwin.gruber@kabelnetz.example>",
    "Kostenübernahme Pflegehilfsmittel – Ihr Antrag vom 12.01.2026",
    "2026-01-26 10:02",
    f"""Sehr geehrter Herr Gruber,

wir übernehmen die Kosten für die folgenden Pflegehilfsmittel, die Ihnen Ihre Hausärztin
Dr. Meinhardt nach der Knie-TEP links verordnet hat:

- Pflegebett mit elektrischer Höhenverstellung (Leihgerät) – 100 %
- Rollator mit Sitzfläche – 100 %
- zum Verbrauch bestimmte Pflegehilfsmittel (Bettschutzeinlagen, Einmalhandschuhe) bis
  42 EUR monatlich

Ihr Pflegegrad 2 ist bis 31.12.2026 befristet festgestellt; danach erfolgt eine
Wiederholungsbegutachtung. Das Sanitätshaus Rehaform rechnet direkt mit uns ab.

Die Zuzahlung von 10 % (höchstens 25 EUR je Hilfsmittel) entfällt für Sie, da Sie
Beihilfe-Ergänzung versichert haben.

{SIG['hollmann']}

{FOOT_DE}""",
    charset="windows-1252", cte="quoted-printable", headers=OUTLOOK)

# ---- 0021
add("NORMAL", "en", "insurer-to-supplier",
    "trap: renewal of the mail gateway's S/MIME domain certificate with the vendor; words 'confidential', 'private key', no personal data",
    A("yilmaz"), "Support Kryptel <support@kryptel.example>",
    "Case #77120 – domain certificate renewal for auenwald-versicherung.example",
    "2026-01-26 16:45",
    f"""Hello Kryptel support,

our domain certificate for gateway-to-gateway encryption expires on 28 February. We have
generated the new CSR on the gateway (RSA 4096, SHA-256); the private key never left the
HSM. CSR attached in the ticket portal, not in this mail.

Questions:
1. Can the old and the new certificate be published in parallel for two weeks so that
   partner gateways that pinned the old one keep working?
2. Do we need to re-send the new certificate to the 41 partner domains ourselves, or does
   the directory service do that?
3. The confidential-mail routing rule ("STRICTLY_CONFIDENTIAL -> portal if no key") stays
   untouched by the renewal, correct?

Thanks,
{SIG['yilmaz']}""",
    charset="us-ascii", cte="7bit")

# ---- 0022
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "SEPA mandate confirmation for a buildings contract: name, IBAN, mandate reference",
    f"Auenwald Beitragsservice <beitragsservice@{DOM}>", "Gerlinde Schäfer <gerlinde.schaefer@webpost.example>",
    "Bestätigung Ihres SEPA-Lastschriftmandats",
    "2026-01-27 07:15",
    f"""Sehr geehrte Frau Schäfer,

wir bestätigen die Änderung Ihrer Bankverbindung für den Vertrag Wohngebäude WG 3309 8812.

Neue Bankverbindung:    {G['schaefer']}
Kontoinhaberin:         Gerlinde Schäfer
Mandatsreferenz:        AUW-WG33098812-02
Gläubiger-ID:           DE98ZZZ09999999999

Der nächste Beitrag von 612,40 EUR wird am 01.03.2026 eingezogen.

Diese Nachricht wurde maschinell erstellt.

Ihr Beitragsservice der Auenwald Versicherung

{FOOT_DE}""",
    cte="quoted-printable")

# ---- 0023
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "letter to a legal guardian (Betreuer) about care-home subsidy; insured's care level and home stay in the ODT",
    A("hollmann"), "Rechtsanwalt Jörn Petersen <j.petersen@petersen-betreuung.example>",
    "Ihr Betreuter Walter Petersen – Schreiben zur vollstationären Pflege",
    "2026-01-27 11:37",
    f"""Sehr geehrter Herr Petersen,

anbei unser Schreiben zu den Leistungen bei vollstationärer Pflege Ihres Vaters als ODT-Datei
(auf Ihren Wunsch nicht als PDF). Das Original geht heute per Post an Sie.

{SIG['hollmann']}""",
    atts=[AT("Schreiben_Petersen_vollstationaer.odt", odt([
        "Auenwald Krankenversicherung a.G. – Leistungsabteilung Pflege",
        "Herrn Jörn Petersen, als Betreuer für Herrn Walter Petersen",
        "Kassel, 27.01.2026",
        "Versicherte Person: Walter Petersen, geb. 03.07.1941, Vers.-Nr. PV 1204 7718",
        "Leistungen bei vollstationärer Pflege ab 01.09.2025",
        "Ihr Vater wird seit dem 01.09.2025 im Haus Lindenbaum vollstationär gepflegt. Bei Pflegegrad 4 "
        "zahlen wir den pflegebedingten Aufwand in Höhe von 1.855 EUR monatlich direkt an die Einrichtung.",
        "Zusätzlich erhält Ihr Vater den Leistungszuschlag nach § 43c SGB XI auf den Eigenanteil; er beträgt "
        "im ersten Jahr 15 % (derzeit 214,35 EUR monatlich).",
        "Über den Antrag auf Höherstufung in Pflegegrad 5 entscheiden wir nach der Begutachtung.",
        "Mit freundlichen Grüßen – Birgit Hollmann",
    ], title="Leistungen vollstationaere Pflege"))],
    cte="quoted-printable")

# ---- 0024
add("NORMAL", "de", "internal",
    "trap: training slides on the care assessment (NBA modules, Pflegegrade) with an explicitly fictitious case 'Erika Musterfrau (fiktiv)'",
    A("steinmeier"), f"Team Pflegeberatung <pflegeberatung-team@{DOM}>",
    "Schulungsunterlage NBA – für neue Kolleginnen",
    "2026-01-28 08:20",
    f"""Hallo ihr Lieben,

für die drei Neuen ab Februar hab ich die Schulungsunterlage zum Begutachtungsinstrument
aktualisiert (neue Beträge 2026). Das Fallbeispiel ist komplett ausgedacht, Ähnlichkeiten
mit echten Versicherten sind Zufall :-)

{SIG['steinmeier']}""",
    atts=[AT("Schulung_NBA_2026.pdf", pdf([
        "Schulung: Das Neue Begutachtungsassessment (NBA) – Stand 01/2026",
        "",
        "Die sechs Module und ihre Gewichtung:",
        "  Modul 1 Mobilität 10 %",
        "  Modul 2/3 Kognitive und kommunikative Fähigkeiten / Verhaltensweisen 15 % (höherer Wert zählt)",
        "  Modul 4 Selbstversorgung 40 %",
        "  Modul 5 Umgang mit krankheits- und therapiebedingten Anforderungen 20 %",
        "  Modul 6 Gestaltung des Alltagslebens und sozialer Kontakte 15 %",
        "",
        "Schwellenwerte: PG 1 ab 12,5 / PG 2 ab 27 / PG 3 ab 47,5 / PG 4 ab 70 / PG 5 ab 90 Punkten",
        "",
        "Fallbeispiel (FIKTIV): Erika Musterfrau, 84 Jahre, Musterstadt",
        "  lebt allein, Tochter kommt täglich; Mobilität eingeschränkt, leichte kognitive Einbußen",
        "  M1 5 / M2 3,75 / M4 20 / M5 5 / M6 7,5 => 41,25 Punkte => Pflegegrad 2",
        "",
        "Übung: Wie verändert sich das Ergebnis, wenn Frau Musterfrau nachts Hilfe beim",
        "Toilettengang braucht?",
    ], title="Schulung NBA 2026"))])

# ---- 0025
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "trip cancellation after job loss (no health content): named travellers, booking and payout",
    A("voigt"), "Anna Kowalczyk <anna.kowalczyk@mailhub.example>",
    "Your trip cancellation claim RR-26-0215",
    "2026-01-28 12:12",
    f"""Dear Ms Kowalczyk,

thank you for sending the termination letter from your employer. Involuntary loss of
employment is an insured reason for cancellation under your annual travel policy
RV 4410 9983, so we will reimburse the cancellation fees for your trip to Lisbon
(14-21 March 2026, booking no. TRV-558201, travellers: Anna and Piotr Kowalczyk).

  Cancellation fee charged by the tour operator:   EUR 1,164.00
  Excess (20 %, min. EUR 100):                      EUR   232.80
  Amount payable:                                   EUR   931.20

Payment goes to {G['kowalczyk']} (account holder Anna Kowalczyk).

Best regards,
Sandra Voigt
Travel Insurance Claims | Auenwald Versicherung AG

{FOOT_EN}""")

# ---- 0026
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "request to a GP for a medical report in a disability (BU) claim, with named insured and symptoms",
    A("scholz"), "Praxis Dr. Weidemann <praxis@praxis-weidemann.example>",
    "Anforderung ärztlicher Bericht – Herr Stefan Albrecht, geb. 09.10.1974",
    "2026-01-29 09:55",
    f"""Sehr geehrte Frau Dr. Weidemann,

Ihr Patient, Herr Stefan Albrecht (geb. 09.10.1974, Dachdeckermeister), hat bei uns
Leistungen aus seiner Berufsunfähigkeitsversicherung BU 9920 1137 beantragt. Er gibt
an, seit März 2025 wegen eines Bandscheibenvorfalls L5/S1 mit Ischialgie (M51.1) und einer
depressiven Episode in Behandlung zu sein.

Wir bitten Sie um einen Befundbericht zu folgenden Fragen:
  1. Diagnosen mit Datum der Erstdiagnose
  2. Behandlungsverlauf, Medikation, Überweisungen (Orthopädie, Psychiatrie)
  3. Ihre Einschätzung zur Arbeitsfähigkeit im zuletzt ausgeübten Beruf

Die Schweigepflichtentbindungserklärung von Herrn Albrecht vom 20.01.2026 fügen wir bei.
Für den Bericht vergüten wir pauschal 60 EUR nach Rechnung.

{SIG['scholz']}

{FOOT_DE}""",
    atts=[AT("Schweigepflichtentbindung_Albrecht.pdf", pdf([
        "Erklärung zur Entbindung von der Schweigepflicht",
        "Ich, Stefan Albrecht, geb. 09.10.1974, Hauptstr. 5, 34266 Niestetal,",
        "entbinde Frau Dr. med. Katrin Weidemann von der ärztlichen Schweigepflicht gegenüber",
        "der Auenwald Lebensversicherung AG für die Prüfung meines Leistungsantrags BU 9920 1137.",
        "Niestetal, 20.01.2026          gez. S. Albrecht",
    ], title="Schweigepflichtentbindung"))],
    headers=OUTLOOK)

# ---- 0027
add("NORMAL", "mixed", "internal",
    "trap: calendar invite for the care quality circle (Qualitätszirkel Pflege) in German and English, no case",
    A("kessler"), [addr("pflege-leistung-team"), A("paulsen"), A("albers")],
    "Einladung / Invitation: Qualitätszirkel Pflege Q1",
    "2026-01-29 13:30",
    """Hallo zusammen / Hi all,

Einladung zum Qualitätszirkel Pflege, Agenda:
 1. Bearbeitungszeiten Gutachten -> Bescheid (Ziel < 7 AT)
 2. Widersprüche 2025: häufigste Gründe (anonymisierte Auswertung)
 3. English desk: templates for care level decisions – Ines presents
 4. Verschiedenes

Ines, please bring the draft English templates. No real cases in the slides, please.

Gruß Dirk""",
    atts=[AT("Qualitaetszirkel_Pflege_Q1.ics", ics(
        "qz-pflege-2026q1@auenwald-versicherung.example", "20260212T100000", "20260212T113000",
        "Qualitätszirkel Pflege Q1 / Care quality circle", location="Raum B 3.07",
        organizer=addr("dirk.kessler"),
        attendees=[addr("pflege-leistung-team"), addr("ines.paulsen"), addr("ruth.albers")]),
        mime="text/calendar", charset="utf-8")])

# ---- 0028
_in28 = inner("Claudia Moreno <c.moreno@webpost.example>", f"pflege-leistung@{DOM}",
              "Mutti gestürzt – dringend Kurzzeitpflege!!", "2026-01-29 23:12",
              """Sehr geehrte Damen und Herren,

meine Mutter Rosemarie Haber (Versicherungsnr. PV 5577 0021) ist am Sonntag in der Wohnung
gestürzt und hat sich den Oberschenkelhals gebrochen. Sie wurde im Klinikum Kassel-Nord
operiert (neue Hüfte) und soll am Montag entlassen werden. Alleine zuhause geht das nicht,
sie ist seit letztem Jahr auch zunehmend verwirrt (Alzheimer im Anfangsstadium laut
Neurologe).

Ich habe einen Kurzzeitpflegeplatz im Haus Lindenbaum ab 02.02. bekommen. Übernehmen Sie das?
Sie hat Pflegegrad 2. Ich wohne in Hamburg und kann nicht länger als eine Woche bleiben.

Eine Vollmacht habe ich, ich schicke sie morgen per Post.

Verzweifelte Grüße
Claudia Moreno (Tochter)
0176 00 239 4471""", tag="in28")
add("STRICTLY_CONFIDENTIAL", "de", "relative",
    "daughter's mail (hip fracture, Alzheimer's, Pflegegrad) only in the attached .eml forwarded internally",
    A("demirtas"), A("steinmeier"),
    "WG: Mutti gestürzt – dringend Kurzzeitpflege!!",
    "2026-01-30 07:48",
    f"""Hallo Helga,

die Mail lag heute früh im Sammelpostfach Kundenservice, gehört eigentlich zu euch.
Kannst du die Tochter bitte heute noch anrufen? Sie klingt ziemlich am Ende.

Danke!
Aylin""",
    atts=[EML(_in28, "Mutti gestürzt.eml")], headers=OUTLOOK)

# ---- 0029
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "motor: eVB number, plate and address of a named policyholder",
    f"Auenwald Kfz-Service <kfz-service@{DOM}>", "Lennart Fenske <lennart.fenske@fastpost.example>",
    "Ihre eVB-Nummer für die Zulassung",
    "2026-01-30 10:41",
    """Hallo Herr Fenske,

hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer: A7K3M9Q
  Versicherungsnehmer: Lennart Fenske, Holstenstraße 102, 24103 Kiel
  Fahrzeug: Skoda Octavia Combi, FIN TMBJJ7NE4L0112233
  gewünschtes Kennzeichen: KI-LF 88
  Versicherungsbeginn: Tag der Zulassung

Die eVB gilt 6 Monate. Nach der Zulassung erhalten Sie den Versicherungsschein automatisch.

Gute Fahrt!
Ihr Kfz-Service der Auenwald Versicherung""",
    charset="iso-8859-1", cte="quoted-printable")

# ---- 0030
add("NORMAL", "en", "newsletter",
    "trap: customer health newsletter (flu vaccination, diabetes screening, pflege tips), generic, HTML-only",
    f"Auenwald Health Letter <healthletter@{DOM}>", f"expat-customers@{DOM}",
    "Your Health Letter – February 2026",
    "2026-02-02 06:30",
    None,
    html="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Health Letter</title></head>
<body style="font-family:Verdana,sans-serif;max-width:640px">
<h1 style="color:#2b5d34">Health Letter &ndash; February 2026</h1>
<p>Dear customers,</p>
<p><b>Still time for the flu jab.</b> The flu season usually peaks in February. Vaccination is
covered in all our health plans without deductible &ndash; just send us the pharmacy or GP receipt.</p>
<p><b>Type 2 diabetes: the silent one.</b> Around 8 % of adults in Germany have diabetes, many without
knowing. A HbA1c test as part of the check-up from age 35 is covered every three years.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Check-up</th><th>From age</th><th>How often</th><th>Covered</th></tr>
<tr><td>General health check</td><td>35</td><td>every 3 years</td><td>100 %</td></tr>
<tr><td>Skin cancer screening</td><td>35</td><td>every 2 years</td><td>100 %</td></tr>
<tr><td>Colonoscopy</td><td>50</td><td>every 10 years</td><td>100 %</td></tr>
</table>
<p><b>Caring for a parent in Germany from abroad?</b> Our care advisers explain care levels, care
allowance and how to find a care service &ndash; in English. Call +49 561 7080-4460.</p>
<p style="font-size:11px;color:#777">Auenwald Krankenversicherung a.G., Fuldaufer Allee 12, 34117 Kassel.
<a href="https://www.auenwald-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    headers=[("List-Unsubscribe", "<https://www.auenwald-versicherung.example/newsletter/unsubscribe>"),
             ("Precedence", "bulk")])

# ---- 0031
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "life policy beneficiary change for a named insured (personal line), no medical word",
    A("scholz"), "Rebecca Whitfield <rebecca.whitfield@mailhub.example>",
    "Confirmation: change of beneficiary, term life policy LV 5530 2281",
    "2026-02-02 11:09",
    f"""Dear Mrs Whitfield,

we confirm that, with effect from 30 January 2026, the beneficiary for the death benefit
of your term life policy LV 5530 2281 (sum insured EUR 350,000, term until 2049) is:

  Daniel Whitfield (husband), born 17 April 1981 – 100 %

The previous nomination (your mother, Margaret Ellison) has been revoked. The nomination
is revocable; you can change it again at any time in writing.

Please keep this confirmation with your policy documents.

Kind regards,
Philipp Scholz
Life & Pensions – Policy Services
Auenwald Lebensversicherung AG

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0032
add("NORMAL", "de", "internal",
    "trap: data-protection reminder that care assessments, diagnoses and IBANs must go via the portal; no case",
    A("brandt"), f"Alle Leistungsabteilungen <leistung-alle@{DOM}>",
    "Erinnerung: Pflegegutachten und Arztberichte nur über das SecureMail-Portal",
    "2026-02-03 09:00",
    """Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind mir drei Fälle gemeldet worden, in denen Pflegegutachten bzw.
Arztberichte als normale E-Mail an Angehörige verschickt wurden. Deshalb noch einmal:

1. Gesundheitsdaten (Diagnosen, ICD-Codes, Pflegegrad, Gutachten, Arztbriefe) sind
   besondere Kategorien nach Art. 9 DSGVO und unterliegen § 203 StGB.
2. Solche Inhalte gehen nur verschlüsselt raus: S/MIME, falls der Empfänger ein Zertifikat
   hat, sonst über das SecureMail-Portal. Eine TLS-Freigabe gibt es nur mit schriftlicher
   Einwilligung der versicherten Person.
3. Angehörige bekommen Auskunft nur mit Vollmacht oder als Betreuer. Bitte im Vorgang prüfen!
4. Auch Bankverbindungen und Geburtsdaten sind vertraulich – bitte nicht im Betreff.

Der Mail-Gateway markiert solche Nachrichten inzwischen automatisch. Wer den Tag
[streng vertraulich] selbst in den Betreff schreibt, ist auf der sicheren Seite.

Bei Fragen: datenschutz@auenwald-versicherung.example oder Durchwahl -1900.

Katharina Brandt
Datenschutzbeauftragte""",
    headers=OUTLOOK)

# ---- 0033
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "grey: commission statement to a sole-trader broker with his IBAN and tax number (natural person's bank and tax data)",
    f"Auenwald Provisionsabrechnung <provision@{DOM}>", "Jens Trautmann <info@trautmann-makler.example>",
    "Provisionsabrechnung Januar 2026 – Vermittlernummer 40-7719",
    "2026-02-03 05:12",
    f"""Sehr geehrter Herr Trautmann,

Ihre Provisionsabrechnung für Januar 2026:

  Abschlussprovision Sach/HUK           2.418,90 EUR
  Bestandsprovision Sach/HUK              913,44 EUR
  Abschlussprovision Kranken (Zusatz)     640,00 EUR
  Stornoreserve (Einbehalt 10 %)         -305,83 EUR
  ---------------------------------------------
  Auszahlung                            3.666,51 EUR

Auszahlung am 05.02.2026 auf Ihr Konto {G['trautmann']}
(Jens Trautmann Versicherungsmakler e.K.), Steuernummer 026 812 33014.

Die Einzelnachweise stehen wie gewohnt in der Elektronischen Vermittlerpost.

Maschinell erstellt – bitte nicht auf diese E-Mail antworten.""",
    cte="8bit")

# ---- 0034
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "Pflegetagegeld claim of a named insured with Parkinson's disease (G20.1), request for documents",
    A("hollmann"), "Bernd Lehmkuhl <bernd.lehmkuhl@kabelnetz.example>",
    "Ihr Antrag auf Pflegetagegeld – fehlende Unterlagen",
    "2026-02-03 14:27",
    f"""Sehr geehrter Herr Lehmkuhl,

vielen Dank für Ihren Antrag auf Leistungen aus Ihrer Pflegetagegeldversicherung
PT 4471 2200. Sie schreiben, dass Ihnen die gesetzliche Pflegekasse mit Bescheid vom
14.01.2026 den Pflegegrad 2 zuerkannt hat (Grund laut Antrag: Parkinson-Syndrom, G20.1,
mit Gangunsicherheit und Tremor).

Damit wir zahlen können, fehlen uns noch:

  - eine Kopie des Bescheids der Pflegekasse,
  - das zugehörige Pflegegutachten (alle Seiten),
  - Ihre Bankverbindung für die Auszahlung (oder eine kurze Bestätigung, dass die
    Beitragskonto-Verbindung genutzt werden soll).

Sobald die Unterlagen da sind, zahlen wir rückwirkend ab 01.01.2026 ein Tagegeld von
30 % des vereinbarten Satzes (Pflegegrad 2), also 15 EUR pro Tag.

Sie können die Unterlagen ganz einfach im Kundenportal unter "Dokumente hochladen"
einreichen.

{SIG['hollmann']}

{FOOT_DE}""",
    headers=OUTLOOK)

# ---- 0035
add("NORMAL", "en", "internal",
    "trap: actuarial note on care cost inflation and claim assumptions, portfolio level only",
    A("raman"), ["Henrik Dahl <henrik.dahl@" + DOM + ">", A("kessler")],
    "LTC pricing 2027 – care cost inflation assumption",
    "2026-02-04 10:44",
    """Henrik, Dirk,

short summary before Friday's pricing committee:

* Average out-of-pocket cost for residential care (Eigenanteil) in our core regions rose
  from EUR 2,610 to EUR 2,984 per month in 2025 (+14 %). Source: published association
  data, not our claims.
* For the Pflegetagegeld tariffs this matters only indirectly (lapse and anti-selection).
  For PflegeKosten (cost reimbursement) I propose 6 % p.a. for 2027-2029, then 3.5 %.
* Claim duration assumption: median 31 months for care level 2-3 entrants, 19 months for
  4-5. Unchanged.
* Mortality of claimants: we keep the 2023 table with a 5 % loading for dementia-dominated
  claims.

Sensitivity tables in the pricing folder (\\\\fs01\\aktuariat\\pflege\\2027). Nothing here is
policy-level data.

Priya""")

# ---- 0036
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "home insurance water damage claim: named customer, address, claim no., IBAN",
    A("oltmanns"), "Sophie Moreau <sophie.moreau@webpost.example>",
    "Water damage in your flat – claim LW-26-00912",
    "2026-02-04 15:03",
    f"""Dear Ms Moreau,

the loss adjuster's report on the burst pipe in your flat (Sternstraße 14, 3rd floor,
40479 Düsseldorf) has arrived. The building insurer of your landlord covers the walls and
floors; your household contents policy HR 6619 0047 covers your own belongings.

We accept the following items:
  Sofa (water damage to base)               EUR 1,290.00
  Rug, wool, 2x3 m                          EUR   420.00
  Drying of the built-in wardrobe           EUR   185.00
  Total                                     EUR 1,895.00

The amount will be transferred to {G['moreau']} within the next few days. Please keep the
damaged sofa until 28 February in case the landlord's insurer wants to see it.

{SIG['oltmanns']}

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0037
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-carehome",
    "HTML-only payment advice to a care home: table of residents with care levels and amounts",
    f"Auenwald Zahlungsverkehr Pflege <zahlungen-pflege@{DOM}>",
    "Buchhaltung Seniorenresidenz <buchhaltung@seniorenresidenz-fuldaufer.example>",
    "Zahlungsavis Februar 2026 – vollstationäre Pflege",
    "2026-02-05 06:10",
    None,
    html=f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>mit Valuta 05.02.2026 überweisen wir folgende Beträge für Ihre bei uns versicherten Bewohnerinnen
und Bewohner auf Ihr Konto {G['fuldaufer']}:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Bewohner/in</th><th>geb.</th><th>Vers.-Nr.</th><th>Pflegegrad</th><th>Leistung</th><th>Betrag EUR</th></tr>
<tr><td>Hannelore Fiedler</td><td>12.03.1934</td><td>PV 2201 3398</td><td>3</td><td>§ 43 + Zuschlag 30 %</td><td>1.719,40</td></tr>
<tr><td>Kurt Albrecht</td><td>30.11.1940</td><td>PV 7781 0012</td><td>4</td><td>§ 43 + Zuschlag 15 %</td><td>2.069,35</td></tr>
<tr><td>Margarete Sommer</td><td>05.06.1929</td><td>PV 0913 5521</td><td>5</td><td>§ 43 + Zuschlag 50 %</td><td>2.911,00</td></tr>
<tr><td colspan="5"><b>Summe</b></td><td><b>6.699,75</b></td></tr>
</table>
<p>Bei Rückfragen wenden Sie sich bitte an die Leistungsabteilung Pflege, Tel. 0561 7080-4400.</p>
<p>Mit freundlichen Grüßen<br>Auenwald Krankenversicherung a.G. – Zahlungsverkehr</p>
</body></html>""",
    cte="quoted-printable")

# ---- 0038
add("NORMAL", "de", "insurer-to-partner",
    "trap: comments to the insurers' association on a digital care application, general, no persons",
    A("kessler"), "Arbeitskreis Pflege <ak-pflege@versichererverband.example>",
    "Stellungnahme Auenwald zum Entwurf 'Digitaler Pflegeantrag'",
    "2026-02-05 16:30",
    """Sehr geehrte Frau Dr. Lohse,

zum Entwurf vom 19.01. haben wir folgende Anmerkungen:

1. Der Datensatz sollte die Vollmacht bzw. Betreuerbestellung als strukturiertes Feld
   vorsehen. Heute kommen rund 60 % unserer Pflegeanträge von Angehörigen.
2. Die Übermittlung von Gutachten an Versicherte sollte standardmäßig über ein Postfach
   (Portal) erfolgen, nicht per E-Mail – auch nicht auf Wunsch der Angehörigen ohne
   Einwilligung der versicherten Person.
3. Die Pflichtangabe "Hauptdiagnose (ICD-10)" im Antrag halten wir für entbehrlich; der
   Pflegegrad hängt von den Beeinträchtigungen ab, nicht von der Diagnose.
4. Für Pflegeheime wünschen wir eine Sammelschnittstelle für Abrechnungen.

Gern stellen wir die Punkte in der Sitzung am 26.02. kurz vor.

Mit freundlichen Grüßen
Dirk Kessler
Leitung Leistung Pflege, Auenwald Krankenversicherung a.G.""")

# ---- 0039
add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "reply says only 'erledigt'; assessment details (Pflegegrad 4, decubitus, PEG) only in the quoted mail",
    A("hollmann"), A("kessler"),
    "AW: Freigabe Höherstufung Fiedler",
    "2026-02-06 09:12",
    f"""Erledigt, Bescheid ist raus. Danke dir!

Birgit

> Am 05.02.2026 um 17:40 schrieb Dirk Kessler:
>
> Birgit, bitte die Höherstufung Fiedler (PV 2201 3398) freigeben, ich hab das Gutachten
> gelesen: Dekubitus Grad 3 sakral, seit Januar PEG-Sonde nach Schluckstörung, M4 jetzt
> voll ausgeschöpft. Gesamt 78,75 Punkte -> PG 4 ab 01.01.2026. Heimzuschlag bleibt bei 30 %.
> Das Heim (Seniorenresidenz) bitte gleich mit informieren.
>
> Gruß Dirk""",
    cte="8bit")

# ---- 0040
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "private liability: named customer's dog damaged neighbour's fence, no injury; claim number and address",
    A("oltmanns"), "Tanja Ziegler <tanja.ziegler@fastpost.example>",
    "Ihr Haftpflichtschaden PH-26-00117 – Gartenzaun Nachbar",
    "2026-02-06 11:50",
    f"""Hallo Frau Ziegler,

kurz zum Stand: Ihr Nachbar Herr Kämmerer hat uns den Kostenvoranschlag für den
beschädigten Gartenzaun geschickt (Holzlamellen, 4 Felder, 1.080 EUR). Da Ihr Hund Bruno
die Lamellen unstreitig beim Graben beschädigt hat und niemand verletzt wurde, regulieren
wir den Schaden aus Ihrer Tierhalterhaftpflicht TH 2209 7741 direkt mit ihm.

Für Sie entstehen keine Kosten, Ihre Selbstbeteiligung ist 0 EUR.

Schadenort: Am Eichhof 11, 34131 Kassel

{SIG['oltmanns']}""")

# ---- 0041
add("NORMAL", "de", "insurer-to-supplier",
    "trap: order for certified destruction of old care and medical files (boxes, protection class), no file content",
    A("aksoy"), "Disposition Aktenvernichtung Nordhessen <dispo@akten-nordhessen.example>",
    "Auftrag: Vernichtung Altakten Pflege/Leistung, Schutzklasse 3",
    "2026-02-09 08:05",
    f"""Guten Morgen Herr Pohl,

wir beauftragen die Abholung und Vernichtung von Altakten aus dem Archiv Leistung Pflege
(Aufbewahrungsfrist abgelaufen, Freigabe durch Datenschutz liegt vor):

  ca. 140 Archivboxen Pflegeakten (Gutachten, Arztberichte, Heimrechnungen 2012–2015)
  ca. 30 Archivboxen Leistungsakten Kranken
  Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
  Abholung: Dienstag, 17.02.2026, ab 7:30 Uhr, Tor 3

Bitte mit verschlossenen Sicherheitsbehältern kommen und das Vernichtungsprotokoll an
mich und datenschutz@{DOM} senden.

{SIG['aksoy']}""",
    headers=OUTLOOK)

# ---- 0042
add("NORMAL", "en", "insurer-to-customer",
    "trap: portal notification 'new secure message' without content",
    f"Auenwald SecureMail <securemail@{DOM}>", "chinedu.okafor@mailhub.example",
    "You have a new secure message",
    "2026-02-09 12:01",
    """Hello,

a new message from Auenwald Versicherung is waiting for you in your secure
mailbox.

To read it, please log in at
https://securemail.auenwald-versicherung.example/

For your protection this notification does not contain the message itself. We will never
ask you for your password by e-mail.

This is an automatically generated message. Please do not reply.
""",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>a new message from <b>Auenwald Versicherung</b> is waiting for you in your secure mailbox.</p>
<p><a href="https://securemail.auenwald-versicherung.example/" style="background:#2b5d34;color:#fff;padding:8px 14px;text-decoration:none">Open secure mailbox</a></p>
<p style="font-size:11px;color:#666">For your protection this notification does not contain the message itself.
We will never ask you for your password by e-mail.</p>
</body></html>""",
    charset="us-ascii", cte="7bit", headers=[("Auto-Submitted", "auto-generated")])

# ---- 0043
add("CONFIDENTIAL", "mixed", "insurer-to-company",
    "fleet motor claim of a company: named employee driver, plate, claim number; UK parent in copy; no injury",
    A("renner"), "Fuhrpark Hessler Logistik <fuhrpark@hessler-logistik.example>",
    "Schaden FL-26-00288 / claim FL-26-00288 – Sprinter KS-HL 1207",
    "2026-02-10 10:33",
    """Hallo Herr Bauer, dear Mr Kingsley,

(English below for the group fleet office)

DE: Zum Parkschaden vom 03.02. in Baunatal: Ihr Fahrer, Herr Dominik Seifert, hat beim
Rangieren auf dem Kundengelände eine Laderampe touchiert. Personen wurden nicht verletzt.
Den Fremdschaden (Rampe, ca. 2.300 EUR) regulieren wir aus der Flottenhaftpflicht
FL 3302 1180, den Eigenschaden am Sprinter (KS-HL 1207) aus der Vollkasko, SB 1.000 EUR.

EN: Regarding the incident on 3 February in Baunatal: your driver Mr Dominik Seifert hit
a loading ramp while manoeuvring. Nobody was injured. Third-party damage (approx.
EUR 2,300) is paid under fleet liability FL 3302 1180; own damage to the van KS-HL 1207
under comprehensive cover, excess EUR 1,000.

Viele Grüße / Kind regards
Tobias Renner""",
    cc="Richard Kingsley <r.kingsley@hessler-group.example>")

# ---- 0044
add("NORMAL", "mixed", "insurer-to-customer",
    "trap: bilingual out-of-office of a care adviser mentioning 'dringende Pflegefälle', no data",
    A("steinmeier"), "Claudia Moreno <c.moreno@webpost.example>",
    "Abwesenheitsnotiz: Re: Ihre Anfrage / Out of office",
    "2026-02-10 18:02",
    f"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.02.2026 nicht im Büro und
lese in dieser Zeit keine E-Mails.

In dringenden Pflegefällen erreichen Sie unser Team Pflegeberatung unter 0561 7080-4460
oder pflegeberatung@{DOM}. Ihre Nachricht wird nicht automatisch weitergeleitet.

Thank you for your message. I am out of the office until 20 February 2026. For urgent
care matters please call +49 561 7080-4460 or write to pflegeberatung@{DOM}.

Helga Steinmeier""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    cte="quoted-printable")

# ---- 0045
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "reimbursement of respite care (Verhinderungspflege) by a neighbour for a named insured; care level",
    A("hollmann"), "Ulrike Sommer <ulrike.sommer@webpost.example>",
    "Erstattung Verhinderungspflege 15.01.–28.01.2026",
    "2026-02-11 10:25",
    f"""Sehr geehrte Frau Sommer,

während Ihres Urlaubs hat Ihre Nachbarin, Frau Edith Kunze, die Pflege Ihres Mannes
Herrn Gerd Sommer (Pflegegrad 3) übernommen. Für diese Verhinderungspflege erstatten wir:

  14 Tage à 6 Stunden, nachgewiesene Kosten laut Quittung      1.260,00 EUR
  Fahrtkosten Frau Kunze (pauschal)                              42,00 EUR
  Erstattung gesamt                                           1.302,00 EUR

Vom Jahresbetrag für Verhinderungs- und Kurzzeitpflege (3.539 EUR) stehen Ihrem Mann damit
2026 noch 2.237,00 EUR zur Verfügung. Das Pflegegeld haben wir für die Zeit der
Verhinderungspflege zur Hälfte weitergezahlt.

Die Erstattung überweisen wir auf das Konto Ihres Mannes (Sparkasse, Endziffern 0043).

{SIG['hollmann']}""",
    cte="quoted-printable", headers=OUTLOOK)

# ---- 0046
add("CONFIDENTIAL", "de", "internal",
    "HR: salary increase of a named employee (income), no health",
    A("kuhn"), "Entgeltabrechnung <entgelt@" + DOM + ">",
    "Gehaltsanpassung Personalnr. 30417 ab 01.03.2026",
    "2026-02-11 13:14",
    """Hallo Team Entgelt,

bitte folgende Änderung ab Abrechnungsmonat März einpflegen:

  Personalnummer 30417 – Jana Krüger, Sachbearbeiterin Kraftfahrt-Schaden
  Tarifgruppe alt: TG 5 / 8. Berufsjahr, 4.412 EUR brutto
  Tarifgruppe neu: TG 6 / 1. Jahr,        4.689 EUR brutto
  plus übertarifliche Zulage unverändert 150 EUR

Unterschriebene Vereinbarung liegt in der Personalakte.

Danke und Gruß
Marlene""",
    headers=OUTLOOK)

# ---- 0047
add("NORMAL", "en", "insurer-to-partner",
    "trap: press release on a new care product (care levels, dementia), public text",
    A("berger"), "Newsdesk <newsdesk@finanzpresse.example>",
    "Press release: Auenwald launches PflegePlus Flex",
    "2026-02-12 08:00",
    """PRESS RELEASE - for immediate release

Auenwald launches PflegePlus Flex: long-term care cover that grows with you

Kassel, 12 February 2026 - Auenwald Krankenversicherung a.G. today introduced PflegePlus
Flex, a private long-term care top-up. The daily benefit is paid from care level 1 and
can be increased every three years without new health questions.

"Four in five people in need of care in Germany are cared for at home, mostly by
relatives," said Dr. Henrike Salm, CEO. "With PflegePlus Flex, families can pay for a
care service or a day-care centre without using up their savings."

Key features:
- Benefit from care level 1, 100 % at care level 5
- Lump sum of 3x the monthly benefit when care level 4 or 5 is first assessed
- Premium waiver from care level 3
- Care advice for relatives, also in English and Turkish

Contact: Julia Berger, Corporate Communications, presse@auenwald-versicherung.example
""",
    charset="us-ascii", cte="7bit")

# ---- 0048
add("NORMAL", "de", "insurer-to-customer",
    "grey: participant of a public webinar asks for the blank power-of-attorney template; no person's health or contract",
    A("steinmeier"), "Gisela Hoffmeister <g.hoffmeister@kabelnetz.example>",
    "Vorlage Vorsorgevollmacht aus dem Webinar",
    "2026-02-12 14:45",
    f"""Liebe Frau Hoffmeister,

schön, dass Sie beim Webinar "Vorsorge für den Pflegefall" dabei waren. Wie versprochen
anbei die leere Vorlage für eine Vorsorgevollmacht und eine Betreuungsverfügung.

Bitte beachten Sie: Für Grundstücksgeschäfte und Darlehen braucht es eine notarielle
Beurkundung. Die Vorlage ersetzt keine Rechtsberatung.

{SIG['steinmeier']}""",
    atts=[AT("Vorlage_Vorsorgevollmacht.docx", docx([
        "# Vorsorgevollmacht",
        "Ich, ______________________ (Vollmachtgeber/in), geb. am ____________, wohnhaft ______________________,",
        "erteile hiermit ______________________ (Bevollmächtigte/r), geb. am ____________,",
        "Vollmacht, mich in allen Angelegenheiten zu vertreten, die ich im Folgenden angekreuzt habe:",
        "[ ] Gesundheitssorge und Pflegebedürftigkeit (inkl. Einsicht in Krankenunterlagen, Entbindung von der Schweigepflicht)",
        "[ ] Aufenthalt und Wohnungsangelegenheiten (inkl. Heimvertrag)",
        "[ ] Vermögenssorge (Bankgeschäfte, Versicherungen)",
        "[ ] Behörden, Versicherungen, Renten- und Sozialleistungsträger",
        "Ort, Datum: ______________   Unterschrift Vollmachtgeber/in: ______________",
        "# Betreuungsverfügung",
        "Falls trotz dieser Vollmacht eine Betreuung nötig wird, wünsche ich als Betreuer/in: ______________",
    ], title="Vorlage Vorsorgevollmacht"))])

# ---- 0049
add("CONFIDENTIAL", "en", "insurer-to-broker",
    "broker question answered with a client's name, motor policy number and no-claims class",
    A("wegener"), "Sarah Lindner <s.lindner@hf-makler.example>",
    "RE: Client Mr Olusegun Adeyemi – motor policy status",
    "2026-02-13 09:18",
    """Hi Sarah,

quick answer on your client:

Mr Olusegun Adeyemi, motor policy KF 661 2019 48 (BMW 320d Touring, F-OA 913) is in force,
premium paid until 31 December 2026. Current no-claims class third party SF 6 / comprehensive
SF 4. The claim from November (parking damage, KS-2025-18820) was settled by the other
party's insurer, so it has no effect on his class.

If he wants to add his wife as a second driver, just send the change request through the
broker portal.

Cheers,
Jonas

-----Original Message-----
From: Sarah Lindner <s.lindner@hf-makler.example>
Sent: Thursday, 12 February 2026 17:02
To: Jonas Wegener
Subject: Client Mr Olusegun Adeyemi – motor policy status

Hi Jonas, can you confirm the SF class of my client Mr Adeyemi (KF 661 2019 48)? He wants
to move his wife's car to us as well. Thanks, Sarah""",
    headers=OUTLOOK_EN)

# ---- 0050
add("NORMAL", "en", "internal",
    "trap: registration for the in-house first-aid course (CPR, defibrillator), no health data of anyone",
    A("aksoy"), f"All staff Kassel <kassel-alle@{DOM}>",
    "First-aid refresher course – 3 places left",
    "2026-02-13 11:40",
    """Hi everyone,

we still have three places in the first-aid refresher on 5 March (9:00-16:30, canteen
annex). Topics: CPR and use of the defibrillator (AED in the lobby and on floor 4),
stroke and heart-attack warning signs, wounds and burns, recovery position.

Every floor needs at least two trained first-aiders. The course counts as working time.

Reply to this mail to register – first come, first served.

Mehmet
Facility Management""")

# ---- 0051
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-careservice",
    "care service informed that the benefit budget of a named insured is used up; care list in CSV",
    A("hollmann"), "Pflegedienst Sonnenschein <info@pflegedienst-sonnenschein.example>",
    "Sachleistungsbudget Januar ausgeschöpft – bitte Übersicht prüfen",
    "2026-02-16 09:03",
    f"""Sehr geehrte Frau Rothe,

wie heute Vormittag telefonisch besprochen: Für die in der Anlage genannten Versicherten
ist das Sachleistungsbudget für Januar ausgeschöpft. Die darüber hinausgehenden Beträge
können Sie den Versicherten bzw. deren Angehörigen privat in Rechnung stellen, sofern
keine Umwidmung des Entlastungsbetrags beantragt wurde.

{SIG['hollmann']}""",
    atts=[AT("Budget_Januar_2026.csv", csvtext([
        ["Versicherte/r", "Vers.-Nr.", "Pflegegrad", "Budget EUR", "abgerechnet EUR", "Überschreitung EUR"],
        ["Inge Novak", "PV 6610 2231", "3", "1497,00", "1621,00", "124,00"],
        ["Heinrich Baumgarten", "PV 3390 1178", "4", "1859,00", "1859,00", "0,00"],
        ["Waltraud Eckert", "PV 5120 6643", "2", "796,00", "912,50", "116,50"],
    ]), charset="windows-1252", mime="text/csv")],
    headers=OUTLOOK)

# ---- 0052
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "storm damage: appointment with the loss adjuster at the named customer's address (ICS)",
    A("oltmanns"), "Familie Haber <haber.familie@kabelnetz.example>",
    "Gutachtertermin Sturmschaden WG-26-00540",
    "2026-02-16 14:22",
    f"""Sehr geehrter Herr Haber,

zu Ihrem Sturmschaden am Dach (Sturmtief "Ylva", 09.02.) kommt unser Sachverständiger
Herr Dipl.-Ing. Marx am Donnerstag, 19.02., zwischen 10 und 11 Uhr vorbei. Den Termin
finden Sie im Anhang für Ihren Kalender.

Bitte halten Sie die Rechnung des Dachdeckers für die Notabdeckung bereit.

Vertrag: Wohngebäude WG 1180 4426, Objekt: Birkenweg 3, 34225 Baunatal

{SIG['oltmanns']}""",
    atts=[AT("Gutachtertermin.ics", ics(
        "wg-26-00540-termin@auenwald-versicherung.example", "20260219T100000", "20260219T110000",
        "Besichtigung Sturmschaden WG-26-00540 (Haber)", location="Birkenweg 3, 34225 Baunatal",
        desc="Sachverständiger Dipl.-Ing. Marx, Vertrag WG 1180 4426", organizer=addr("frank.oltmanns")),
        mime="text/calendar", charset="utf-8")])

# ---- 0053
add("NORMAL", "en", "internal",
    "trap: mail-gateway test plan with synthetic cases (Max Mustermann, published example IBAN, fake ICD)",
    A("yilmaz"), [A("brandt"), "QA Team <qa@" + DOM + ">"],
    "Test plan: classification of outgoing mail (synthetic data only)",
    "2026-02-17 10:00",
    f"""Hi,

for next week's acceptance test of the mail gateway classification, we use only synthetic
test mails. Test cases (excerpt):

TC-01  Body with IBAN {G['mustermann']} (published example IBAN) -> expect CONFIDENTIAL
TC-02  "Max Mustermann, geb. 01.01.1970" in a PDF attachment -> expect CONFIDENTIAL
TC-03  Subject tag [streng vertraulich] on an empty mail -> expect STRICTLY_CONFIDENTIAL
TC-04  Fake diagnosis "Z99.9 Testdiagnose" in XLSX -> expect STRICTLY_CONFIDENTIAL
TC-05  Mail from the care-claims mailbox, harmless text -> expect STRICTLY_CONFIDENTIAL (mailbox rule)

All test mails go to the test domain qa-empfaenger.example only. Please do NOT use real
customer data, not even "anonymised" screenshots.

Sebastian""")

# ---- 0054
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
    "cost-coverage guarantee for a named expat patient's inpatient stay with diagnosis",
    A("grant"), "Patient Admissions <admissions@klinikum-nord.example>",
    "Cost coverage guarantee – Ms Amara Okafor, admission 18 Feb 2026",
    "2026-02-17 16:14",
    f"""Dear colleagues,

we confirm cost coverage for the planned inpatient stay of our insured

  Amara Okafor, born 02/08/1986, policy EXP 7710 2290 (international health plan, 1st class)
  Admission: 18 February 2026, Department of Gynaecology
  Planned procedure: laparoscopic myomectomy (D25.1 intramural leiomyoma of uterus)

We cover general hospital services, single room and chief physician treatment according
to GOÄ up to 3.5x. Please send the invoice directly to us, quoting the policy number.

{SIG['grant']}

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0055
add("NORMAL", "de", "newsletter",
    "trap: staff newsletter on caring for relatives (Familienpflegezeit, Pflegegrad of a relative as a condition), generic",
    f"Auenwald Intern <intern@{DOM}>", f"alle-mitarbeitenden@{DOM}",
    "Auenwald Intern 02/2026: Beruf und Pflege vereinbaren",
    "2026-02-18 07:30",
    """AUENWALD INTERN – Ausgabe Februar 2026

Beruf und Pflege: Was Sie wissen sollten
-----------------------------------------
Jede/r zehnte Beschäftigte kümmert sich neben dem Job um einen pflegebedürftigen
Angehörigen. Bei Auenwald gibt es dafür:

* Kurzzeitige Arbeitsverhinderung: bis zu 10 Tage, wenn akut eine Pflege organisiert werden
  muss (mit Pflegeunterstützungsgeld der Pflegekasse des Angehörigen).
* Pflegezeit: bis zu 6 Monate ganz oder teilweise freigestellt, wenn ein naher Angehöriger
  mindestens Pflegegrad 1 hat.
* Familienpflegezeit: bis zu 24 Monate mit mindestens 15 Wochenstunden.
* Unsere Betriebsvereinbarung: 5 zusätzliche bezahlte Pflegetage pro Jahr.

Ansprechpartnerin in der Personalabteilung: Marlene Kuhn. Alle Anfragen werden
vertraulich behandelt. Die Pflegeberatung unserer Krankenversicherung berät auch
Mitarbeitende kostenlos.

Außerdem in dieser Ausgabe: Kantine mit neuem Salatbuffet, Ergebnisse der
Mitarbeiterbefragung, Lauftreff startet wieder am 3. März.
""",
    cte="quoted-printable", headers=[("Precedence", "bulk")])

# ---- 0056
add("CONFIDENTIAL", "de", "insurer-to-lawyer",
    "legal expenses: cover for a traffic fine defence of a named customer (administrative offence, no health)",
    A("froehlich"), "Kanzlei Fröbel & Partner <kanzlei@froebel-partner.example>",
    "Ihr Mandant Herr Lars Gruber – Deckungszusage Verkehrs-OWi, unser Az. RS-2026-1344",
    "2026-02-18 13:51",
    f"""Sehr geehrter Herr Rechtsanwalt Fröbel,

für Ihren Mandanten Herrn Lars Gruber (Verkehrs-Rechtsschutz RS 7720 4419) bestätigen wir
Deckung für die Verteidigung im Bußgeldverfahren wegen Geschwindigkeitsüberschreitung
(A 7, km 312, 38 km/h außerorts, Bußgeldbescheid des Regierungspräsidiums vom 06.02.2026,
Az. 5.4-221-0981/26).

Die Deckung umfasst die gesetzlichen Gebühren nach RVG sowie ein
Sachverständigengutachten zur Messung bis 1.500 EUR. Selbstbeteiligung 150 EUR.

{SIG['froehlich']}

{FOOT_DE}""",
    headers=OUTLOOK)

# ---- 0057
add("NORMAL", "en", "insurer-to-supplier",
    "trap: translation order for the care guide brochure (dementia, care levels), no personal data",
    A("berger"), "Projects <projects@lingua-bridge.example>",
    "Translation order – care guide 'Wenn Pflege nötig wird' into EN/TR/PL",
    "2026-02-19 10:26",
    """Dear Ms Harding,

we'd like to order the translation of our care guide "Wenn Pflege nötig wird"
(28 pages, approx. 9,400 words) into English, Turkish and Polish.

Content: how to apply for a care level, what happens at the assessment, care allowance vs.
home-care service, respite care, care homes, dementia, power of attorney. Published
brochure text only, no customer data.

Please use the terminology list from our last project (Pflegegrad = care level,
Pflegegeld = care allowance, Verhinderungspflege = respite care).

Deadline 20 March. Please send your quote to me by Monday.

Best regards,
Julia Berger
Corporate Communications, Auenwald Versicherung AG""")

# ---- 0058
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "bank details change for motor premiums: name, policy, new IBAN",
    f"Auenwald Premium Services <beitragsservice@{DOM}>", "Erik Lindqvist <erik.lindqvist@nordmail.example>",
    "Your new bank details – motor policy KF 330 7718 02",
    "2026-02-19 15:08",
    f"""Dear Mr Lindqvist,

as requested, from 1 March 2026 we will collect the premium for your motor policy
KF 330 7718 02 from your new account:

  Account holder: Erik Lindqvist
  IBAN: {IB['lindqvist']}
  Mandate reference: AUW-KF33077182-03

If any of these details are wrong, please contact us immediately.

Your Premium Services team
Auenwald Versicherung AG""",
    charset="us-ascii", cte="7bit")

# ---- 0059
add("NORMAL", "de", "internal",
    "trap: quarterly report of complaints in care claims, categories and counts only, DOCX",
    A("kessler"), A("brandt"),
    "Beschwerdebericht Pflege Q4/2025",
    "2026-02-20 09:41",
    f"""Hallo Katharina,

anbei der Beschwerdebericht Pflege für Q4. Einzelfälle sind wie vereinbart nicht drin,
nur Kategorien. Die zwei Fälle, die zur Aufsicht gegangen sind, bespreche ich lieber mit
dir persönlich.

{SIG['kessler']}""",
    atts=[AT("Beschwerdebericht_Pflege_Q4_2025.docx", docx([
        "# Beschwerdebericht Leistung Pflege – Q4/2025",
        "Zahl der Beschwerden: 87 (Q3: 74). Davon berechtigt: 31 (36 %).",
        "Häufigste Gründe: lange Bearbeitungszeit nach Begutachtung, Ablehnung der Höherstufung, "
        "fehlende Erreichbarkeit der Hotline, Kürzung bei Kurzzeitpflege.",
        "Maßnahmen: Zwischenbescheid nach 10 Arbeitstagen, Rückrufservice Pflegeberatung.",
    ], table=[["Kategorie", "Anzahl", "berechtigt"],
              ["Bearbeitungsdauer", 29, 14],
              ["Pflegegrad-Entscheidung", 22, 4],
              ["Erreichbarkeit", 18, 9],
              ["Abrechnung Heim/Pflegedienst", 12, 3],
              ["Sonstiges", 6, 1]], title="Beschwerdebericht Pflege Q4/2025"))])

# ---- 0060
_q60 = """Sehr geehrte Frau Hollmann,

hiermit lege ich im Namen meiner Mutter, Frau Hannelore Eckert (PV 5120 6643), Widerspruch
gegen den Bescheid vom 28.01.2026 ein. Die Gutachterin war genau 35 Minuten da. Meine Mutter
hat sich zusammengerissen und behauptet, sie könne alles allein. In Wirklichkeit vergisst sie
seit dem Sommer ihre Tabletten (Ramipril, Metformin), hat zweimal den Herd angelassen und ist
nachts unruhig und läuft weg. Der Neurologe Dr. Vogt hat im Dezember eine mittelschwere
Alzheimer-Demenz festgestellt (Befund liegt bei). Pflegegrad 1 ist ein Witz.

Ich wasche sie morgens, mache Frühstück und Abendbrot und richte die Medikamente.

Mit freundlichen Grüßen
Martina Eckert-Vogler"""
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "reply body only confirms receipt of the objection; mother's dementia, medication and care level only in the quoted mail",
    A("hollmann"), "Martina Eckert-Vogler <m.eckert-vogler@webpost.example>",
    "AW: Widerspruch Pflegegrad",
    "2026-02-20 11:55",
    f"""Sehr geehrte Frau Eckert-Vogler,

Ihr Widerspruch ist bei uns eingegangen, vielen Dank auch für den beigefügten Befund.
Wir beauftragen eine erneute Begutachtung durch eine andere Gutachterin; Sie werden
direkt wegen eines Termins angerufen. Bitte seien Sie bei dem Termin dabei.

{SIG['hollmann']}

-----Ursprüngliche Nachricht-----
Von: Martina Eckert-Vogler <m.eckert-vogler@webpost.example>
Gesendet: Mittwoch, 18. Februar 2026 20:31
An: Hollmann, Birgit <birgit.hollmann@{DOM}>
Betreff: Widerspruch Pflegegrad

{_q60}""",
    cte="quoted-printable", headers=OUTLOOK)

# ---- 0061
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "rejection of a care-level increase sent to the authorised daughter; assessment summary with scores in the attached PDF",
    A("hollmann"), "Dr. Kerstin Albrecht <kerstin.albrecht@praxisnetz-sued.example>",
    "Ihr Antrag auf Höherstufung für Herrn Kurt Albrecht",
    "2026-02-23 10:40",
    f"""Sehr geehrte Frau Dr. Albrecht,

als Bevollmächtigte Ihres Vaters erhalten Sie anbei unseren Bescheid über den Antrag auf
Höherstufung vom 02.01.2026 sowie die Zusammenfassung des Gutachtens.

Leider reicht das Ergebnis (68,75 Punkte) knapp nicht für Pflegegrad 5; es bleibt bei
Pflegegrad 4. Gegen die Entscheidung können Sie innerhalb eines Monats Widerspruch
einlegen. Sie als Ärztin wissen sicher, dass gerade Modul 5 oft unterschätzt wird – falls
Sie Unterlagen zur Behandlungspflege haben (Insulin, Wundversorgung), reichen Sie diese
gern nach.

{SIG['hollmann']}""",
    atts=[AT("Bescheid_Hoeherstufung_Albrecht_2026-02.pdf", pdf([
        "Auenwald Krankenversicherung a.G. – Private Pflegepflichtversicherung",
        "Bescheid über den Antrag auf Höherstufung",
        "",
        "Versicherte Person: Kurt Albrecht, geb. 30.11.1940, Vers.-Nr. PV 7781 0012",
        "wohnhaft: Seniorenresidenz Am Fuldaufer, Fuldaufer Weg 40, 34125 Kassel",
        "Bevollmächtigte: Dr. med. Kerstin Albrecht",
        "",
        "Ergebnis der Begutachtung vom 10.02.2026 (Gutachterdienst Nord, Frau Pflegefachkraft Rudolph):",
        "  Modul 1 Mobilität .......................... 10,00",
        "  Modul 2/3 Kognition / Verhalten ............ 11,25",
        "  Modul 4 Selbstversorgung ................... 30,00",
        "  Modul 5 krankheitsbedingte Anforderungen ...  10,00",
        "  Modul 6 Alltagsleben ....................... 7,50",
        "  Gesamt ..................................... 68,75 Punkte  => Pflegegrad 4",
        "",
        "Pflegebegründende Diagnosen: Z. n. Apoplex (I63.5) mit Hemiparese rechts,",
        "Diabetes mellitus Typ 2, insulinpflichtig (E11.90), Harninkontinenz (R32)",
        "",
        "Der Antrag auf Pflegegrad 5 wird abgelehnt. Rechtsbehelfsbelehrung: Widerspruch binnen",
        "eines Monats nach Bekanntgabe schriftlich bei der Auenwald Krankenversicherung a.G.",
    ], title="Bescheid Hoeherstufung"))],
    cte="quoted-printable", headers=OUTLOOK)

# ---- 0062
add("NORMAL", "en", "insurer-to-supplier",
    "trap: venue and catering booking for a public 'care day for relatives' event (dementia talk), no persons",
    A("berger"), "Events <events@kongresshaus-kassel.example>",
    "Booking request: Auenwald Care Day, 18 April 2026",
    "2026-02-23 14:05",
    """Dear Mr Petrović,

following our call, we would like to book the following for our public information day
for family carers:

  Date: Saturday, 18 April 2026, 9:30-15:00
  Room: Saal Fulda (theatre seating for 180) + foyer for 8 info stands
  Programme: talks "Dementia at home", "Applying for a care level", "Care homes: what does
  it really cost?", Q&A with our care advisers
  Catering: coffee break for 180, lunch buffet (vegetarian option, some diabetic-friendly
  desserts please), water on the tables
  Tech: 2 handheld mics, projector, induction loop for hearing-impaired guests

Please confirm availability and send a quote. Invoice to Auenwald Versicherung AG,
cost centre 4460.

Kind regards,
Julia Berger""")

# ---- 0063
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "windscreen damage: named customer, plate, workshop appointment; iso-8859-1",
    A("renner"), "Gabriele Yildiz <gabi.yildiz@fastpost.example>",
    "Steinschlag Frontscheibe – Ihr Termin bei Glas Krause",
    "2026-02-24 08:37",
    """Hallo Frau Yildiz,

Ihr Glasschaden (Schaden-Nr. KS-2026-006120, Fahrzeug KS-GY 504, Opel Astra) ist
freigegeben. Die Werkstatt Glas Krause in Kassel-Bettenhausen hat für Sie Freitag,
27.02., 8:00 Uhr reserviert. Die Reparatur dauert ca. 2 Stunden.

Da es sich um einen Teilkaskoschaden handelt, zahlen Sie nur die Selbstbeteiligung von
150 EUR direkt in der Werkstatt; der Rest wird mit uns abgerechnet. Ihr Schadenfreiheits-
rabatt ist nicht betroffen.

Schöne Grüße
Tobias Renner""",
    charset="iso-8859-1", cte="8bit")

# ---- 0064
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "daily sickness allowance (Krankentagegeld) with depressive episode F32.1 and sick notes of a named insured",
    f"Leistung Krankentagegeld <ktg@{DOM}>", "Jan-Philipp Kowalski <jp.kowalski@webpost.example>",
    "Krankentagegeld ab 43. Tag – Ihre AU-Bescheinigungen",
    "2026-02-24 11:48",
    f"""Sehr geehrter Herr Kowalski,

Ihre Arbeitsunfähigkeitsbescheinigungen bis einschließlich 13.03.2026 liegen uns vor
(Diagnose: mittelgradige depressive Episode, F32.1 G). Ab dem 43. Tag der Arbeitsunfähigkeit,
also ab 26.02.2026, zahlen wir das vereinbarte Krankentagegeld von 95 EUR kalendertäglich.

Da die Arbeitsunfähigkeit voraussichtlich länger dauert, bitten wir Sie um
  - den Bericht Ihres behandelnden Psychiaters (Formular liegt im Portal),
  - die Bestätigung, ob eine stationäre oder teilstationäre Behandlung geplant ist.

Die Zahlung erfolgt jeweils nachträglich zum Monatsende.

Alles Gute für Sie.

Mit freundlichen Grüßen
Ihre Leistungsabteilung Krankentagegeld
Auenwald Krankenversicherung a.G.

{FOOT_DE}""",
    cte="base64")

# ---- 0065
add("NORMAL", "de", "internal",
    "trap: annual planning of the care team with targets per care level and objection rate, no cases",
    A("kessler"), f"Team Leistung Pflege <pflege-leistung-team@{DOM}>",
    "Jahresplanung 2026 Leistung Pflege – Ziele",
    "2026-02-25 16:20",
    """Hallo zusammen,

wie im Teammeeting angekündigt, hier unsere Ziele für 2026:

1. Bescheid innerhalb von 7 Arbeitstagen nach Gutachteneingang (2025: 6,3 im Schnitt,
   aber 18 % über 10 Tage).
2. Widerspruchsquote bei Erstanträgen PG 1/2 unter 8 %.
3. Jede Ablehnung einer Höherstufung wird vom Vier-Augen-Prinzip geprüft.
4. 100 % der Gutachten und Bescheide an Angehörige über das Portal statt per E-Mail
   (derzeit 82 %).
5. Englischsprachige Bescheide für den English desk (Ines) als Standardvorlagen.

Urlaubsplanung bitte bis 15.03. in den Teamkalender.

Gruß Dirk""",
    cte="8bit")

# ---- 0066
add("STRICTLY_CONFIDENTIAL", "en", "internal",
    "inline forward of an assessor's summary (care level, diagnoses) on a named insured's mother to an English-speaking colleague",
    A("hollmann"), A("paulsen"),
    "FW: Gutachten Zusammenfassung – Mrs Eileen Fischer",
    "2026-02-25 17:02",
    f"""Hi Ines,

could you take over the English correspondence on this one? The daughter (Mrs Siobhan
Fischer, lives in Dublin) only writes in English. Summary of the assessor below, in German
– I've added a rough translation of the key points.

Key points: care level 3 (54 points), mainly mobility and self-care; she is partially
blind (macular degeneration) and had a fall with wrist fracture in December.

Thanks!
Birgit

---------- Weitergeleitete Nachricht ----------
Von: Gutachterdienst Nord <befunde@gutachten-nord.example>
Datum: 24.02.2026 15:12
Betreff: Gutachten Zusammenfassung 2026-PV-0177
An: pflege-leistung@{DOM}

Versicherte: Eileen Fischer, geb. 1943, PV 8820 1146, Kassel-Wehlheiden
Ergebnis: 54,0 gewichtete Punkte – Pflegegrad 3
Pflegerelevante Diagnosen: feuchte altersbedingte Makuladegeneration beidseits (H35.31),
Z. n. distaler Radiusfraktur links 12/2025 (S52.50), Gonarthrose beidseits (M17.0)
Empfehlungen: Hausnotruf, Haltegriffe Bad, Sehhilfen-Beratung, Tagespflege 2x/Woche
Gutachterin: K. Rudolph, Pflegefachkraft""",
    headers=OUTLOOK_EN)

# ---- 0067
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "travel baggage claim of named travellers (no health): flight, items, payout",
    A("voigt"), "Marta Novak <marta.novak@mailhub.example>",
    "Lost suitcase – claim RG-26-00314",
    "2026-02-26 09:30",
    """Dear Ms Novak,

we're sorry your suitcase never made it back from Porto (flight TP 572 on 9 February). As
the airline has now confirmed the loss in writing, we can settle the claim under your travel
policy RV 8812 4477 (insured: Marta and Luka Novak):

  Suitcase, clothes, toiletries (time value)   EUR 740.00
  Replacement purchases on day 1 (receipts)    EUR  86.50
  Less airline compensation already received   EUR -350.00
  Payable                                      EUR 476.50

We'll transfer the amount to the account we have on file for your premiums. If you'd like
it paid elsewhere, please reply by Friday.

Best regards,
Sandra Voigt""")

# ---- 0068
add("NORMAL", "de", "insurer-to-partner",
    "trap: framework cooperation agreement with a care-home operator company (rates, care levels), no residents named",
    A("kessler"), "Geschäftsführung Lindenbaum Pflege gGmbH <gf@haus-lindenbaum.example>",
    "Kooperationsvereinbarung Kurzzeitpflege – Entwurf v3",
    "2026-02-26 13:15",
    f"""Sehr geehrter Herr Dr. Reuter,

anbei die überarbeitete Fassung der Kooperationsvereinbarung zu den Kurzzeitpflegeplätzen.
Die Änderungen aus unserem Termin am 19.02. sind eingearbeitet:

§ 2 – Sie halten für Auenwald-Versicherte bis zu 4 eingestreute Kurzzeitpflegeplätze vor;
      Meldung freier Plätze wöchentlich an pflegeberatung@{DOM}.
§ 4 – Vergütung nach den mit den Pflegekassen vereinbarten Pflegesätzen je Pflegegrad;
      Investitionskosten 19,80 EUR/Tag.
§ 6 – Abrechnung direkt mit uns, sofern eine Abtretungserklärung vorliegt.
§ 9 – Datenschutz: Übermittlung von Bewohnerdaten ausschließlich über das SecureMail-Portal.

Namen von Versicherten enthält die Vereinbarung bewusst nicht. Wenn Sie einverstanden sind,
schicke ich Ihnen die Unterschriftsfassung.

{SIG['kessler']}""",
    headers=OUTLOOK)

# ---- 0069
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-carehome",
    "short body; ZIP holds a cover letter (DOCX) and a power of attorney (PDF) naming the resident, her care level and dementia",
    A("steinmeier"), "Heimleitung Haus Lindenbaum <heimleitung@haus-lindenbaum.example>",
    "Unterlagen Kurzzeitpflege ab 02.02. (Frau H.)",
    "2026-02-27 08:55",
    f"""Guten Morgen Frau Albers-Kern,

wie besprochen die Unterlagen im ZIP (Passwort kommt per SMS an Ihr Diensthandy –
ach nein, das Portal ist gerade im Wartungsfenster, deshalb ausnahmsweise so).

{SIG['steinmeier']}""",
    atts=[AT("Unterlagen_Kurzzeitpflege.zip", _zip([
        ("Anschreiben_Kurzzeitpflege_Haber.docx", docx([
            "# Kostenzusage Kurzzeitpflege",
            "Versicherte: Rosemarie Haber, geb. 17.05.1942, PV 5577 0021, Pflegegrad 2",
            "Aufenthalt: 02.02.2026 bis voraussichtlich 01.03.2026 nach Hüft-TEP rechts (Schenkelhalsfraktur)",
            "Hinweis für das Pflegepersonal: beginnende Alzheimer-Demenz (G30.1), Weglauftendenz nachts.",
            "Wir übernehmen die pflegebedingten Kosten bis 1.854 EUR; Unterkunft und Verpflegung trägt die Versicherte.",
            "Ansprechpartnerin Angehörige: Claudia Moreno (Tochter), 0176 00 239 4471",
        ], title="Kostenzusage Kurzzeitpflege")),
        ("Vollmacht_Moreno.pdf", pdf([
            "Vorsorgevollmacht",
            "Ich, Rosemarie Haber, geb. 17.05.1942, Goethestr. 21, 34119 Kassel,",
            "bevollmächtige meine Tochter Claudia Moreno, geb. Haber, geb. 08.10.1968,",
            "mich in Gesundheits- und Pflegeangelegenheiten, Aufenthaltsfragen und",
            "gegenüber Versicherungen zu vertreten.",
            "Kassel, 14.03.2022        gez. R. Haber",
        ], title="Vollmacht")),
    ]))])

# ---- 0070
add("NORMAL", "en", "insurer-to-broker",
    "trap: automatic broker-portal one-time password notice (no customer data)",
    f"Auenwald Broker Portal <no-reply@{DOM}>", "s.lindner@hf-makler.example",
    "Your one-time password for the Auenwald broker portal",
    "2026-02-27 12:12",
    """Hello Sarah Lindner,

your firm administrator has created a user account for you in the Auenwald broker portal
(partner firm: HF Hessen Finanz Makler GmbH).

Your one-time password: 7Qm-4kT-92x

It is valid for 48 hours. At first login you will be asked to set your own password and a
security question. Portfolio rights are assigned by your firm administrator.

Login: https://makler.auenwald-versicherung.example/login

If you did not expect this message, please contact your firm administrator.
This message was generated automatically.""",
    charset="us-ascii", cte="7bit", headers=[("Auto-Submitted", "auto-generated")])

# ---- 0071
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "commercial liability offer for a named sole-trader electrician: turnover, address, prior claims",
    A("hartmann"), "Jens Trautmann <info@trautmann-makler.example>",
    "Betriebshaftpflicht Elektro Schaefer e.K. – Angebot",
    "2026-03-02 10:08",
    """Moin Herr Trautmann,

anbei die Eckdaten für Ihren Kunden Herrn Dennis Schaefer (Elektro Schaefer e.K.,
Inhaber, Am Mühlgraben 6, 34317 Habichtswald):

- Jahresumsatz 2025 laut Ihrer Angabe: 486.000 EUR, 4 Mitarbeiter
- Vorschäden: 2023 Leitungswasserschaden bei Kunde (8.900 EUR, reguliert durch Vorversicherer)
- Deckungssumme 5 Mio. EUR pauschal, inkl. Bearbeitungs- und Tätigkeitsschäden 250.000 EUR
- Beitrag: 1.372,00 EUR netto zzgl. VersSt.

Wegen des Vorschadens wollen wir eine SB von 500 EUR je Schaden. Ansonsten gerne.

Mit freundlichen Grüßen
Lukas Hartmann""")

# ---- 0072
add("NORMAL", "de", "internal",
    "trap: travel booking for staff going to a care congress (Pflegekongress), names but nothing sensitive",
    A("kessler"), f"Reisestelle <reisestelle@{DOM}>",
    "Dienstreise Pflegekongress Berlin 23.–24.04.2026",
    "2026-03-02 11:30",
    """Hallo Reisestelle,

bitte für den Hauptstadtkongress Pflege buchen:

  Teilnehmende: Dirk Kessler, Helga Steinmeier, Birgit Hollmann
  Bahn: Kassel-Wilhelmshöhe -> Berlin Hbf, 23.04. früh (vor 7 Uhr), Rückfahrt 24.04. ab 17 Uhr,
        2. Klasse mit Sitzplatz, BahnCard 50 ist bei allen hinterlegt
  Hotel: 1 Nacht, Nähe Messe/ICC, Einzelzimmer
  Kongressgebühr bereits über Kostenstelle 4400 bezahlt

Danke!
Dirk""")

# ---- 0073
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "start of a private pension from a life contract: named insured, contract, amounts, tax ID (life = personal line)",
    A("scholz"), "Hans-Werner Gruber <hw.gruber@kabelnetz.example>",
    "Ihr Rentenbeginn zum 01.04.2026 – Vertrag LV 1120 3345",
    "2026-03-03 09:20",
    f"""Sehr geehrter Herr Gruber,

zum 01.04.2026 beginnt die Rentenzahlung aus Ihrer privaten Rentenversicherung
LV 1120 3345. Sie haben sich gegen die Kapitalabfindung entschieden.

  garantierte Monatsrente:          612,18 EUR
  Überschussrente (nicht garantiert): 88,40 EUR
  Rentenzahlung gesamt:             700,58 EUR monatlich, jeweils zum Monatsersten
  Rentengarantiezeit:               10 Jahre

Die Rente ist nur mit dem Ertragsanteil (17 %) steuerpflichtig. Wir melden die Zahlungen
unter Ihrer Steuer-ID 58 301 774 912 an das Bundeszentralamt für Steuern.

Auszahlung auf: {G['gruber']}

{SIG['scholz']}

{FOOT_DE}""",
    headers=OUTLOOK)

# ---- 0074
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "payment reminder for a household contract: name, amount, returned direct debit, IBAN; windows-1252",
    f"Auenwald Beitragsservice <beitragsservice@{DOM}>", "Kevin Albrecht <kevin.albrecht@fastpost.example>",
    "Zahlungserinnerung Hausratversicherung HR 4410 2287",
    "2026-03-03 06:45",
    f"""Sehr geehrter Herr Albrecht,

die Lastschrift für den Beitrag Ihrer Hausratversicherung HR 4410 2287 (Fälligkeit
01.02.2026, 148,60 EUR) wurde von Ihrer Bank zurückgegeben (Grund: Konto erloschen).

Bitte überweisen Sie den Betrag zzgl. 3,00 EUR Rücklastschriftgebühr bis 17.03.2026 auf
unser Konto {G['auenwald']} (Verwendungszweck HR 4410 2287)
oder teilen Sie uns eine neue Bankverbindung mit.

Bisher hinterlegt: {G['albrecht']}

Ihr Beitragsservice""",
    charset="windows-1252", cte="quoted-printable")

# ---- 0075
add("NORMAL", "en", "internal",
    "trap: anonymised care case study for training (age band, diagnoses, care level, no identifiers)",
    A("paulsen"), f"English desk <english-desk@{DOM}>",
    "Case study for Thursday's training (anonymised)",
    "2026-03-04 14:10",
    """Hi all,

for Thursday, please read this anonymised case. It is put together from several real
cases; names, places and dates are removed or changed, so there is nothing personal in it.

Case X
- Insured person: woman, 80-85, lives alone in a small town, one child abroad
- Conditions: Alzheimer's disease (moderate), type 2 diabetes, hearing loss
- Situation: neighbour helps with shopping; falls twice in the last six months
- First assessment: 39 points -> care level 2; family objects
- Second assessment: night-time restlessness documented -> 51.25 points -> care level 3

Questions:
1. Which module changed between the two assessments and why?
2. What would you tell the family about care allowance vs. a home-care service?
3. How do you handle the child abroad who has no power of attorney yet?

Ines""")

# ---- 0076
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "care cost reimbursement for a named expat: home-care invoices, care level, wound care",
    A("paulsen"), "Graham Whitfield <graham.whitfield@brit-mail.example>",
    "Your care cost claim for January 2026 – policy PK 3390 2271",
    "2026-03-04 16:33",
    f"""Dear Mr Whitfield,

we have reimbursed the care costs for January as follows (care level 3, cost
reimbursement tariff PflegeKosten 80):

  Home-care service "Pflegedienst Sonnenschein", invoice 2026-0104
    personal care and medication, 31 days            EUR 1,688.00
    of which covered (80 %)                          EUR 1,350.40
  Day care centre "Tagespflege Am Park", 8 days      EUR   592.00
    of which covered (80 %)                          EUR   473.60
  Incontinence products                              EUR    40.00   covered 100 %

  Total reimbursed                                   EUR 1,864.00

The wound dressing for your leg ulcer on the invoice is treatment care and has been
forwarded to your health insurance claims team, who will reimburse it separately.

{SIG['paulsen']}

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0077
add("NORMAL", "de", "insurer-to-customer",
    "trap: portal registration confirmation link, no contract or health data",
    f"Auenwald Kundenportal <kundenportal@{DOM}>", "n.becker87@webpost.example",
    "Bitte bestätigen Sie Ihre Registrierung",
    "2026-03-05 19:22",
    """Hallo,

vielen Dank für Ihre Registrierung im Auenwald Kundenportal. Bitte bestätigen Sie Ihre
E-Mail-Adresse innerhalb von 24 Stunden über diesen Link:

https://kunden.auenwald-versicherung.example/registrierung/bestaetigen?t=9f3c1a77e0b24d

Danach können Sie Rechnungen einreichen, Bescheide und Pflegegutachten sicher abrufen und
Ihre Daten ändern.

Falls Sie sich nicht registriert haben, ignorieren Sie diese E-Mail einfach.

Ihr Auenwald Kundenportal""",
    html="""<html><body style="font-family:Arial"><p>Hallo,</p>
<p>vielen Dank für Ihre Registrierung im Auenwald Kundenportal. Bitte bestätigen Sie Ihre
E-Mail-Adresse innerhalb von 24 Stunden:</p>
<p><a href="https://kunden.auenwald-versicherung.example/registrierung/bestaetigen?t=9f3c1a77e0b24d">Registrierung bestätigen</a></p>
<p>Danach können Sie Rechnungen einreichen, Bescheide und Pflegegutachten sicher abrufen und Ihre Daten ändern.</p>
<p style="color:#777;font-size:11px">Falls Sie sich nicht registriert haben, ignorieren Sie diese E-Mail einfach.</p>
</body></html>""",
    headers=[("Auto-Submitted", "auto-generated")])

# ---- 0078
add("CONFIDENTIAL", "mixed", "insurer-to-partner",
    "recourse to a Dutch motor insurer: their policyholder's name, plate, our customer's claim; no injury",
    A("renner"), "Claims Department <schade@polder-verzekeringen.example>",
    "Regress / recourse claim KS-2026-002871 – your insured Mr Bram de Vries",
    "2026-03-05 10:57",
    """Dear colleagues,

(Deutsche Fassung unten)

On 14 January 2026 your policyholder Mr Bram de Vries (NL-plate 7-TXK-42, Volvo XC60)
reversed into the parked car of our customer Mrs Helga Brandes (KS-HB 720) on the A 44
service area Rhynern. No one was injured. We have paid the repair of EUR 3,412.80 under
our customer's comprehensive cover and claim this amount from you.

Auf Deutsch: Ihr Versicherungsnehmer Herr Bram de Vries ist am 14.01.2026 auf der
Rastanlage Rhynern rückwärts gegen das geparkte Fahrzeug unserer Kundin Frau Helga Brandes
gefahren. Personenschaden: keiner. Wir fordern die Reparaturkosten von 3.412,80 EUR zurück.

Invoice and photos enclosed in our portal message of today.

Kind regards / Mit freundlichen Grüßen
Tobias Renner""",
    headers=OUTLOOK_EN)

# ---- 0079
add("NORMAL", "en", "insurer-to-partner",
    "trap: auditor's sample-selection criteria for health and care claims, no case data",
    A("raman"), "Audit Team <ltc-audit@harbour-audit.example>",
    "RE: Year-end audit 2025 – sample selection health/LTC claims",
    "2026-03-06 09:15",
    """Dear Mr O'Neill,

regarding your request list item 14 (claims testing): we suggest the following selection
criteria. The actual sample files will be made available only in the data room, not by
e-mail.

  Population A: health claims paid 2025 > EUR 25,000 (n = 1,284)
  Population B: long-term care claims, first payment in 2025 (n = 2,911)
  Population C: rejected care-level increases 2025 (n = 403)
  Selection: monetary unit sampling for A, random for B and C, 25 items each

Please let us know whether you need the ICD chapter distribution of population A as a
summary table for your analytics – we can provide counts per chapter.

Best regards,
Priya Raman""")

# ---- 0080
add("CONFIDENTIAL", "en", "insurer-to-company",
    "cargo claim of a company with a named contact person, shipment details, no persons harmed",
    A("hartmann"), "Claire Dubois <c.dubois@lumiere-optics.example>",
    "Marine cargo claim TR-26-0077 – water damage to shipment ex Antwerp",
    "2026-03-06 15:40",
    """Dear Ms Dubois,

thank you for the survey report. We accept liability under your open cargo policy
TR 2290 1180 for the consignment of 14 pallets of lens blanks (B/L ANR-55120) damaged by
seawater during transhipment in Antwerp.

  Invoice value (CIF + 10 %)            EUR 62,480.00
  Salvage proceeds                      EUR -4,100.00
  Deductible                            EUR -1,500.00
  Claim payment                         EUR 56,880.00

Payment will be made to Lumière Optics SARL's account as per your claim form. We will
pursue recovery against the carrier ourselves.

Kind regards,
Lukas Hartmann
Commercial Lines | Auenwald Versicherung AG""")

# ---- 0081
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
    "request for a second assessment after objection, restating the insured's dementia and medication",
    A("hollmann"), "Gutachterdienst Nord – Leitung <leitung@gutachten-nord.example>",
    "Zweitgutachten nach Widerspruch – 2026-PV-0098 (Eckert)",
    "2026-03-09 08:50",
    f"""Sehr geehrte Frau Dr. Wendt,

für Frau Hannelore Eckert (geb. 02.04.1944, PV 5120 6643, Kassel-Rothenditmold) liegt ein
Widerspruch der Tochter gegen die Einstufung in Pflegegrad 1 vor. Wir bitten um eine
Zweitbegutachtung durch eine andere Gutachterin als im Erstgutachten.

Aus dem Widerspruch und dem nachgereichten Befund (Neurologie Dr. Vogt, 12/2025):
- mittelschwere Alzheimer-Demenz (G30.1, F00.1), nächtliche Unruhe, Hinlauftendenz
- Medikation wird vergessen (Ramipril 5 mg, Metformin 1000 mg), Tochter richtet Tabletten
- zweimal Herd angelassen

Bitte den Termin unbedingt mit der Tochter, Frau Eckert-Vogler, vereinbaren
(Tel. 0561 28 44 109) und die Angaben zu Modul 2/3 besonders sorgfältig erheben.

{SIG['hollmann']}""",
    headers=OUTLOOK)

# ---- 0082
add("NORMAL", "de", "insurer-to-supplier",
    "trap: price list for care aids (ODS) under a framework contract with a medical supply store, no patients",
    A("aksoy"), "Vertrieb Sanitätshaus Rehaform <vertrieb@rehaform.example>",
    "Rahmenvertrag Pflegehilfsmittel 2026 – Preisliste zur Freigabe",
    "2026-03-09 13:25",
    f"""Hallo Frau Lüders,

anbei unsere abgestimmte Preisliste (ODS, wie gewünscht) für den Rahmenvertrag 2026. Bitte
prüfen Sie die Positionen 4 und 7 – da hatten wir uns auf andere Mietpauschalen geeinigt.

{SIG['aksoy']}""",
    atts=[AT("Preisliste_Pflegehilfsmittel_2026.ods", ods([
        ["Pos.", "Hilfsmittel", "HMV-Nr.", "Kauf EUR", "Miete/Monat EUR"],
        [1, "Pflegebett elektrisch", "50.45.01", 1190.0, 39.0],
        [2, "Rollator", "10.50.04", 89.0, ""],
        [3, "Toilettenstuhl", "33.40.01", 119.0, ""],
        [4, "Hausnotruf-Basisgerät", "52.01.01", "", 25.5],
        [5, "Bettschutzeinlagen waschbar", "54.45.01", 22.9, ""],
        [6, "Einmalhandschuhe 100 St.", "54.99.01", 6.4, ""],
        [7, "Duschhocker", "04.40.02", 49.0, ""],
    ], sheet="Preise 2026", title="Preisliste Pflegehilfsmittel"))])

# ---- 0083
add("CONFIDENTIAL", "en", "internal",
    "HR onboarding data of a named new hire to payroll: birth date, tax ID, IBAN, salary",
    A("kuhn"), "Payroll <entgelt@" + DOM + ">",
    "New starter 01/04 – Liam O'Connor (English desk)",
    "2026-03-10 10:02",
    f"""Hi payroll team,

please set up our new colleague for April payroll:

  Name: Liam O'Connor
  Date of birth: 21 June 1992
  Address: Friedrich-Ebert-Str. 88, 34117 Kassel
  Tax ID: 71 204 558 310, tax class I
  Bank: {IB['oconnor']}  (account holder: Liam O'Connor)
  Salary: EUR 4,150 gross per month, 38 h/week, start 1 April 2026
  Cost centre 4400 (Care Claims, English desk)

Contract signed, copy in the HR file.

Thanks,
Marlene""")

# ---- 0084
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "pension contributions for the caring daughter: insured mother's care level and weekly care hours, carer's data",
    A("hollmann"), "Sabine Kranz <sabine.kranz@webpost.example>",
    "Rentenversicherung für Sie als Pflegeperson",
    "2026-03-10 14:18",
    f"""Sehr geehrte Frau Kranz,

da Sie Ihre Mutter, Frau Gertrud Kranz (Pflegegrad 3), nach Ihren Angaben an mindestens
zwei Tagen und insgesamt 14 Stunden pro Woche pflegen und selbst nicht mehr als 30 Stunden
erwerbstätig sind, zahlen wir für Sie Beiträge zur gesetzlichen Rentenversicherung.

  Pflegeperson: Sabine Kranz, geb. 19.08.1966, RV-Nr. 65 190866 K 511
  Pflegebedürftige: Gertrud Kranz, Pflegegrad 3, Pflegegeldbezug
  Beginn: 01.12.2025
  Beitragsbemessung 2026: 43,89 % der Bezugsgröße (Pflegegrad 3, nur Pflegegeld)

Die Meldung an die Deutsche Rentenversicherung erfolgt automatisch. Bitte teilen Sie uns
mit, wenn sich Ihr Pflegeumfang oder Ihre Arbeitszeit ändert.

{SIG['hollmann']}

{FOOT_DE}""",
    cte="quoted-printable", headers=OUTLOOK)

# ---- 0085
add("NORMAL", "en", "internal",
    "trap: staff FAQ about the secure mail gateway naming diagnoses, IBANs, birth dates generically",
    A("yilmaz"), f"All staff <alle-mitarbeitenden@{DOM}>",
    "FAQ: Why did my e-mail go to the secure portal?",
    "2026-03-11 08:00",
    """Dear colleagues,

since the new mail gateway went live, we've had many questions. The short version:

Q: Why did the customer get a "you have a new secure message" mail instead of my mail?
A: The gateway found content it classifies as strictly confidential (e.g. a diagnosis,
   an ICD-10 code, care level, medical invoice, or anything about a health, life or
   accident contract) and the customer has no S/MIME certificate and no TLS consent.

Q: My mail only contained an IBAN and was sent over TLS. Is that right?
A: Yes. Bank data, birth dates and income are "confidential": TLS is enough.

Q: Can I force encryption?
A: Yes. Put [secure] in the subject.

Q: Can I switch it off for a customer who "doesn't mind"?
A: Only with the customer's written consent, recorded in the customer file.

Questions: it-security@auenwald-versicherung.example

Sebastian Yilmaz, IT Security""",
    charset="us-ascii", cte="7bit")

# ---- 0086
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "grey: pet health insurance – vet bill of a named customer's dog (animal health, not human health)",
    f"Leistung Tierkranken <tierkranken@{DOM}>", "Melanie Haber <melanie.haber@fastpost.example>",
    "Tierarztrechnung Ihres Hundes Emil – Erstattung",
    "2026-03-11 15:30",
    f"""Hallo Frau Haber,

gute Besserung an Emil! Für die OP des Kreuzbandrisses (Tierklinik Baunatal, Rechnung vom
25.02.2026, 2.418,30 EUR nach GOT 2-fach) erstatten wir aus Ihrer Hunde-OP-Versicherung
TK 5530 8812 abzüglich 20 % Selbstbeteiligung 1.934,64 EUR.

Die Physiotherapie danach ist im OP-Tarif leider nicht versichert.

Zahlung auf {G['haber']} – Kontoinhaberin Melanie Haber.

Viele Grüße
Ihr Team Tierkrankenversicherung""")

# ---- 0087
add("NORMAL", "de", "internal",
    "trap: blood donation day in the office (blood group, health questionnaire) announcement, no person",
    A("aksoy"), f"Standort Kassel <kassel-alle@{DOM}>",
    "Blutspendetermin im Haus am 25. März",
    "2026-03-12 10:10",
    """Liebe Kolleginnen und Kollegen,

am Mittwoch, 25. März, kommt wieder der Blutspendedienst zu uns (Casino, 10–15 Uhr).

Bitte mitbringen: Personalausweis, ggf. Blutspendeausweis. Vor der Spende gibt es einen
Gesundheitsfragebogen und ein kurzes Gespräch mit der Ärztin (Blutdruck, Hämoglobin).
Nicht spenden dürfen u. a. Personen mit akuter Erkältung oder nach einem Tattoo in den
letzten 4 Monaten.

Die Spende gilt als Arbeitszeit. Für Erstspender gibt es die Blutgruppenbestimmung gratis.

Mehmet, Facility""")

# ---- 0088
add("NORMAL", "mixed", "internal",
    "trap: German/English change notice for the mail gateway ('Klassifizierung', 'confidential'), no data",
    A("yilmaz"), f"IT Change Board <cab@{DOM}>",
    "CHG0007731 – Gateway: neue Betreff-Tags / new subject tags",
    "2026-03-12 16:45",
    """Change request CHG0007731

Beschreibung / Description:
  DE: Zusätzlich zu [vertraulich] und [streng vertraulich] soll der Tag [secure] im Betreff
      erkannt werden (Wunsch der English desk / Expat-Abteilung).
  EN: Add [secure] as a recognised subject tag; it maps to STRICTLY_CONFIDENTIAL.

Risiko / Risk: low. Rollback: Konfiguration zurücksetzen (2 min).
Wartungsfenster / Window: Di/Tue 17.03.2026, 19:00–19:30
Test: synthetische Mails an qa-empfaenger.example

Genehmigung / Approval needed from: CAB, DSB (K. Brandt)

Sebastian""")

# ---- 0089
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "legal expenses (employment): unfair-dismissal case of a named customer with salary, no health",
    A("froehlich"), "Dennis Kaya <dennis.kaya@kabelnetz.example>",
    "Kündigungsschutzklage – Deckungszusage RS-2026-2201",
    "2026-03-13 09:44",
    f"""Sehr geehrter Herr Kaya,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Nordhessen Spedition GmbH
(Kündigung vom 27.02.2026, betriebsbedingt), erteilen wir Deckung aus Ihrem Vertrag
RS 3390 1172 (Berufs-Rechtsschutz).

Der Gegenstandswert richtet sich nach drei Bruttomonatsgehältern; bei Ihren angegebenen
3.850 EUR brutto also 11.550 EUR. Die Klage muss innerhalb von drei Wochen nach Zugang der
Kündigung beim Arbeitsgericht Kassel eingehen – bitte beauftragen Sie Ihre Anwältin umgehend.

{SIG['froehlich']}""",
    cte="8bit", flowed=True, headers=TB)

# ---- 0090
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motor total loss settlement: named customer, VIN, amounts, IBAN",
    A("renner"), "Hannah Schaefer <hannah.schaefer@mailhub.example>",
    "Total loss settlement – claim KS-2026-003390",
    "2026-03-13 14:02",
    f"""Dear Ms Schaefer,

the appraiser has confirmed that your Mini Cooper (VIN WMWXU31030TH44821, plate KS-HS 33)
is a total loss after the hailstorm on 20 February.

  Replacement value (appraisal)      EUR 14,800.00
  Residual value (best bid)          EUR -3,150.00
  Comprehensive excess               EUR   -300.00
  Payment                            EUR 11,350.00

Payment to {G['hschaefer']} once you have handed over the vehicle documents to the
buyer of the wreck (details follow by post). Your policy KF 770 3301 19 ends on the day the
vehicle is deregistered; any premium overpaid will be refunded.

Kind regards,
Tobias Renner""")

# ---- 0091
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-careservice",
    "query to a live-in care agency about a named client's invoice, care level and night care",
    A("paulsen"), "Accounts <accounts@homecare-partners.example>",
    "Invoice HC-2026-0219 – client Mr Graham Whitfield",
    "2026-03-16 10:12",
    f"""Dear Ms Kaur,

we have received invoice HC-2026-0219 for live-in care for our insured Mr Graham Whitfield
(care level 3, policy PK 3390 2271) for February.

Before we can reimburse it, could you please clarify two points:

1. The invoice lists "night care, 28 nights". Our care assessment from November does not
   mention night-time needs. Has his condition changed since the leg ulcer became infected?
   If so, please ask his GP for a short report so we can request a re-assessment.
2. Board and lodging for the carer (EUR 450) is not a care cost under his tariff. Please
   show it separately.

Payments for live-in care go to the insured, not to your agency, unless Mr Whitfield signs
an assignment.

{SIG['paulsen']}

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0092
add("NORMAL", "de", "insurer-to-customer",
    "grey: trap-like reply to a complaint about hotline waiting times; the writer mentions a 'Pflegefall' but no person or contract is identified",
    A("demirtas"), "K. Winter <k.winter@fastpost.example>",
    "AW: Beschwerde Warteschleife",
    "2026-03-16 15:37",
    f"""Sehr geehrte Frau Winter,

es tut mir leid, dass Sie am Freitag über 40 Minuten in der Warteschleife waren. Das ist
nicht unser Anspruch. Wegen einer Störung in unserer Telefonanlage war die Hotline an
diesem Tag nur mit halber Besetzung erreichbar.

Damit Sie bei Fragen zu einem Pflegefall schneller durchkommen: Die Pflegeberatung hat eine
eigene Rufnummer (0561 7080-4460) und bietet einen Rückrufservice über unser Kontaktformular
an.

Als kleine Entschuldigung schicke ich Ihnen unseren Pflege-Ratgeber per Post – wenn Sie
mir dafür Ihre Anschrift mitteilen möchten.

{SIG['demirtas']}

> Ich hänge jetzt seit 40 Minuten in Ihrer Warteschleife, wegen eines Pflegefalls in der
> Familie, ich wollte mich nur mal allgemein informieren. So geht man nicht mit
> Anrufern um!!! K. Winter""")

# ---- 0093
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "change of address confirmed for a legal expenses policy: named customer, old and new address",
    A("froehlich"), "Aisha Rahman <aisha.rahman@nordmail.example>",
    "Your new address – legal expenses policy RS 4418 2093",
    "2026-03-17 09:05",
    """Dear Ms Rahman,

we have updated your address for legal expenses policy RS 4418 2093:

  old: Kölnische Str. 55, 34117 Kassel
  new: Am Weinberg 12a, 34121 Kassel (from 1 April 2026)

As your policy includes tenant's legal protection, the cover moves with you to the new flat
automatically. Your premium does not change.

Best regards,
Nadine Fröhlich
Legal Expenses Insurance | Auenwald Versicherung AG""")

# ---- 0094
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
    "large-claim notification to the reinsurer naming an insured with ALS diagnosis, care level and lump sum",
    A("raman"), "Hannah Cole <hannah.cole@northbridge-re.example>",
    "Large loss notification LTC/Life – policy PT 6610 0092",
    "2026-03-17 13:40",
    f"""Hi Hannah,

per clause 9 of the LTC quota share, notification of a claim above the EUR 250k reserve
threshold:

  Insured: Markus Weber, born 1971, policies PT 6610 0092 (care daily benefit) and
           BU 6610 0093 (disability income)
  Diagnosis: amyotrophic lateral sclerosis (G12.2), diagnosed 10/2025
  Care level 4 since 01/02/2026, expected progression to 5
  Reserve: EUR 412,000 LTC (incl. 3x lump sum), EUR 298,000 disability annuity

Medical file available in the data room on request. As agreed we do not send reports by
e-mail.

Best regards,
Priya

{FOOT_EN}""")

# ---- 0095
add("NORMAL", "de", "internal",
    "trap: office move notice of the care claims team (Pflegeteam), no personal data",
    A("kessler"), f"Alle Kassel <kassel-alle@{DOM}>",
    "Umzug Leistung Pflege in den 3. Stock",
    "2026-03-18 08:15",
    """Liebe Kolleginnen und Kollegen,

am 27. und 28. März zieht die Leistungsabteilung Pflege von Gebäude A (EG) in Gebäude B,
3. OG. Telefonnummern und Postfächer bleiben gleich. Die Pflegeakten in Papierform werden
vom Archivdienst in verschlossenen Behältern umgezogen.

Während des Umzugs ist die Abteilung eingeschränkt erreichbar; dringende Pflegefälle bitte
über die Pflegeberatung (-4460).

Danke für euer Verständnis!
Dirk Kessler""")

# ---- 0096
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "care allowance suspended after 28 days in hospital; stroke rehab of the named insured; iso-8859-1 quoted-printable",
    A("hollmann"), "Walburga Meinhardt <w.meinhardt@kabelnetz.example>",
    "Ruhen des Pflegegeldes während Ihres Krankenhausaufenthalts",
    "2026-03-18 11:02",
    f"""Sehr geehrte Frau Meinhardt,

Sie befinden sich seit dem 12.02.2026 nach Ihrem Schlaganfall zunächst im Klinikum und seit
dem 03.03.2026 in der neurologischen Reha in Bad Wildungen. Das Pflegegeld (Pflegegrad 2)
haben wir für die ersten 28 Tage weitergezahlt. Ab dem 12.03.2026 ruht die Zahlung bis zu
Ihrer Rückkehr nach Hause.

Bitte teilen Sie uns - oder Ihr Sohn für Sie - das Entlassungsdatum mit. Falls sich Ihr
Hilfebedarf nach der Reha erhöht hat, können Sie gleichzeitig eine Höherstufung beantragen;
wir schicken dann sofort eine Gutachterin.

Gute Besserung!

Mit freundlichen Grüßen
Birgit Hollmann
Leistungsabteilung Pflege""",
    charset="iso-8859-1", cte="quoted-printable", headers=OUTLOOK)

# ---- 0097
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "bicycle theft: named customer, frame number, address, payout",
    A("oltmanns"), "Lisa Pohl <lisa.pohl@webpost.example>",
    "Fahrraddiebstahl vom 02.03. – Regulierung",
    "2026-03-19 10:20",
    f"""Hallo Frau Pohl,

Ihr Rennrad (Canyon Endurace, Rahmennummer GC21K04377) wurde laut Polizeibericht am
02.03.2026 zwischen 18 und 22 Uhr vor dem Hauptbahnhof Göttingen gestohlen, obwohl es mit
einem Bügelschloss gesichert war. Die Fahrradklausel Ihrer Hausratversicherung HR 2281 7740
greift auch nachts, weil Sie den Tarif "Rad rund um die Uhr" haben.

Wir zahlen den Wiederbeschaffungswert von 1.640 EUR auf {G['pohl']}.

Wohnanschrift laut Vertrag: Weender Landstr. 61, 37075 Göttingen – bitte melden Sie sich, falls
Sie inzwischen umgezogen sind.

{SIG['oltmanns']}""")

# ---- 0098
add("NORMAL", "de", "internal",
    "trap: data-protection quiz about health data, care levels and IBANs with made-up answers, no real person",
    A("brandt"), f"Alle Mitarbeitenden <alle-mitarbeitenden@{DOM}>",
    "Datenschutz-Quiz März: Was ist ein Gesundheitsdatum?",
    "2026-03-19 12:00",
    """Liebe Kolleginnen und Kollegen,

unser Quiz im März – 5 Fragen, 3 Minuten, Auflösung nächste Woche:

1. Ist der Pflegegrad einer versicherten Person ein Gesundheitsdatum?
   a) ja  b) nein  c) nur ab Pflegegrad 3
2. Ein Kunde schickt uns unaufgefordert seinen Arztbrief per E-Mail. Dürfen wir ihm
   unverschlüsselt antworten und den Arztbrief zitieren?
3. Ist eine IBAN allein schon eine personenbezogene Angabe?
4. Eine Tochter ruft an und fragt nach dem Gutachten ihrer Mutter. Was prüfen Sie zuerst?
5. Was bedeutet der ICD-10-Code "F03" – und warum gehört er nie in den Betreff?

Unter allen richtigen Einsendungen verlosen wir drei Kantinengutscheine.

Katharina Brandt
Datenschutzbeauftragte""")

# ---- 0099
add("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-relative",
    "daughter in Kraków writes in English; reply in German and English on her father's care-home costs and care level 4",
    A("paulsen"), "Agnieszka Kowalczyk-Brandt <a.kowalczyk@polmail.example>",
    "Re: Heimkosten Vater / care home costs father – PV 4432 1190",
    "2026-03-20 09:48",
    f"""Dear Ms Kowalczyk-Brandt, sehr geehrte Frau Kowalczyk-Brandt,

EN – short answer to your questions:
Your father, Mr Henryk Kowalczyk, has care level 4. For full-time care in the care home
"Haus Lindenbaum" we pay EUR 1,855 per month directly to the home plus the supplement on
his own share (currently 30 %, because he has been in the home for more than 12 months).
The remaining own share of about EUR 2,140 per month must be paid by him. If his pension
is not enough, the social welfare office (Sozialamt Kassel) can help – the home's social
worker can assist with the application.

DE – für Ihre Unterlagen bzw. für das Sozialamt:
Herr Henryk Kowalczyk (geb. 04.12.1938) ist in Pflegegrad 4 eingestuft. Wir zahlen für die
vollstationäre Pflege im Haus Lindenbaum 1.855 EUR monatlich sowie den Leistungszuschlag
nach § 43c SGB XI (30 %). Der verbleibende Eigenanteil beträgt ca. 2.140 EUR monatlich.

{SIG['paulsen']}

> Hello, my German is not good enough for the letters you send. Why do we have to pay
> so much for the home when my father has Pflegegrad 4 and his dementia is getting worse
> every month? Best regards, Agnieszka (daughter, I have the Vollmacht)""",
    headers=OUTLOOK_EN)

# ---- 0100
add("CONFIDENTIAL", "en", "insurer-to-broker",
    "contract overview for a broker's named clients (motor, household, liability) in an XLSX; body harmless",
    A("wegener"), "Sarah Lindner <s.lindner@hf-makler.example>",
    "Portfolio extract as requested",
    "2026-03-20 14:30",
    """Hi Sarah,

attached is the extract for the three clients you took over from your former colleague.
Portfolio rights for your user are now active, so next time you can pull this yourself
from the broker portal.

Cheers,
Jonas""",
    atts=[AT("Bestandsauszug_HF_2026-03-20.xlsx", xlsx([
        ["Client", "Date of birth", "Policy", "Line", "Risk", "Annual premium EUR"],
        ["Olusegun Adeyemi", "1984-09-02", "KF 661 2019 48", "Motor", "BMW 320d F-OA 913", 894.2],
        ["Olusegun Adeyemi", "1984-09-02", "HR 661 2020 01", "Household", "Leipziger Str. 4, Frankfurt", 211.8],
        ["Tamara Engel", "1990-01-27", "PH 880 1172 33", "Private liability", "single, incl. key loss", 79.0],
        ["Friedrich Holz", "1958-05-13", "WG 120 4471 90", "Buildings", "Eichenweg 2, Bad Vilbel", 1288.5],
    ], sheet="Extract"))])

# ---- 0101
add("NORMAL", "en", "insurer-to-supplier",
    "trap: order of blood-pressure monitors and blood-glucose test kits for a staff health day",
    A("aksoy"), "Orders <orders@medisupply-direct.example>",
    "PO 4500-2301 – health day equipment",
    "2026-03-23 09:00",
    """Hello,

please deliver by 10 April for our staff health day:

  6 x upper-arm blood pressure monitor, validated (item MS-BP220)
  4 x blood glucose meter incl. 200 test strips and lancets (item MS-GL10)
  2 x body composition scale (item MS-BC5)
  500 x disinfectant wipes
  1 x sharps container 2 l

Delivery: Auenwald Versicherung AG, Goods In, Gate 3, Fuldaufer Allee 12, 34117 Kassel.
Payment terms 30 days net. Our bank details are on file with you.

Regards,
Mehmet Aksoy
Procurement & Facility""",
    charset="us-ascii", cte="7bit")

# ---- 0102
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "buildings water damage: named customer, address, claim number, craftsman invoice",
    A("oltmanns"), "Hans und Inge Weber <weber.kirchditmold@kabelnetz.example>",
    "Leitungswasserschaden Bad OG – WG-26-00711",
    "2026-03-23 11:44",
    f"""Sehr geehrte Frau Weber, sehr geehrter Herr Weber,

die Rechnung der Firma Haustechnik Brill über 2.976,40 EUR (Leckortung, Austausch des
korrodierten Kupferrohrs, Trocknung) haben wir geprüft und übernehmen sie vollständig aus
Ihrer Wohngebäudeversicherung WG 5530 1128 für das Objekt Zentgrafenstraße 77, 34130 Kassel.

Die Fliesenarbeiten im Bad reichen Sie bitte nach Abschluss separat ein.

Überweisung an die Firma Brill direkt, wie von Ihnen gewünscht (Abtretung liegt vor).

{SIG['oltmanns']}""",
    cte="quoted-printable")

# ---- 0103
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "transfer of a no-claims class from father to son: both named with birth dates",
    f"Auenwald Kfz-Service <kfz-service@{DOM}>", "Niklas Fenske <niklas.fenske@fastpost.example>",
    "Übertragung Schadenfreiheitsrabatt – Bestätigung",
    "2026-03-24 08:22",
    f"""Hallo Herr Fenske,

die Übertragung des Schadenfreiheitsrabatts ist durch:

  abgebender Vertrag: KF 118 3302 77, Lennart Fenske, geb. 06.03.1962
  übernehmender Vertrag: KF 118 9901 05, Niklas Fenske, geb. 29.10.2001
  übertragene SF-Klasse: SF 7 (Fahrpraxis nachgewiesen seit 11/2019)

Ihr Vater wird im alten Vertrag auf SF 0 zurückgestuft. Der neue Beitrag für Ihren
VW Polo (KI-NF 291) sinkt auf 612,80 EUR jährlich.

Ihr Kfz-Service""",
    cte="8bit")

# ---- 0104
add("NORMAL", "de", "insurer-to-authority",
    "trap: statutory statistical report to the supervisor on insured persons per care level, aggregated",
    A("raman"), "Referat Statistik <statistik@finanzaufsicht.example>",
    "Meldung Pflege-Pflichtversicherung 2025 – Auenwald Krankenversicherung a.G. (Reg.-Nr. 4117)",
    "2026-03-24 14:05",
    """Sehr geehrte Damen und Herren,

anbei übermitteln wir die Jahresmeldung 2025 zur privaten Pflege-Pflichtversicherung in
der vorgegebenen Struktur (Werte zum 31.12.2025):

  Versicherte gesamt:                  184.312
  Leistungsempfänger ambulant:           9.114
  Leistungsempfänger vollstationär:      3.781
    davon Pflegegrad 1 / 2 / 3 / 4 / 5:  1.552 / 5.155 / 3.600 / 1.916 / 672
  Leistungsausgaben:                   211,4 Mio. EUR
  Anzahl Begutachtungen:                 7.902

Die Meldung enthält ausschließlich aggregierte Werte. Das unterschriebene Formular folgt
per Post.

Mit freundlichen Grüßen
Priya Raman
Aktuariat, Auenwald Versicherungsgruppe""")

# ---- 0105
add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "HR: occupational reintegration (BEM) of a named employee after burnout and back surgery",
    A("kuhn"), ["Betriebsärztin Dr. Sommer <betriebsarzt@" + DOM + ">", A("kessler")],
    "BEM-Gespräch Frau Jana Krüger – Vorbereitung [vertraulich]",
    "2026-03-25 09:30",
    """Liebe Frau Dr. Sommer, lieber Dirk,

Frau Krüger (Personalnr. 30417) war in den letzten 12 Monaten insgesamt 71 Arbeitstage
arbeitsunfähig und hat dem BEM zugestimmt. Sie hat mir selbst Folgendes mitgeteilt und
ist einverstanden, dass ich es an euch beide weitergebe:

- Bandscheiben-OP im Oktober (L4/L5), danach ambulante Reha
- seit Januar in psychotherapeutischer Behandlung wegen Erschöpfungsdepression
- wünscht stufenweise Wiedereingliederung ab 13.04. (Hamburger Modell, 4 h/Tag)
- braucht einen höhenverstellbaren Schreibtisch

Termin für das BEM-Gespräch: 02.04., 10 Uhr, Raum A 1.12. Bitte keine Details in den
Teamkalender.

Viele Grüße
Marlene""",
    headers=OUTLOOK)

# ---- 0106
add("NORMAL", "en", "internal",
    "trap: holiday cover plan of the English desk naming colleagues, no reasons or health",
    A("paulsen"), f"English desk <english-desk@{DOM}>",
    "Easter cover plan",
    "2026-03-25 16:50",
    """Hi team,

cover plan for the Easter weeks:

  30 Mar - 3 Apr: Ines off -> Liam covers care claims, Oliver covers expat health
  7 Apr - 10 Apr: Oliver off -> Ines covers expat health
  13 Apr - 17 Apr: everyone in (Liam takes over the new letter templates)

Please set your out-of-office with the shared mailbox english-desk@ as contact, not your
personal mobile numbers.

Ines""")

# ---- 0107
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "life underwriting decision for a named applicant: exclusion and loading for hypertension and BMI",
    A("scholz"), "Tomasz Novak <tomasz.novak@mailhub.example>",
    "Your application for term life insurance – underwriting decision",
    "2026-03-26 10:35",
    f"""Dear Mr Novak,

thank you for completing the medical questionnaire and the examination by Dr. Brenner on
10 March.

Based on the results (blood pressure 158/96 mmHg under treatment with amlodipine, BMI 34.2,
slightly raised liver values), we can offer you cover on the following terms:

  Sum insured EUR 250,000, term 25 years
  Risk loading +75 % on the base premium -> monthly premium EUR 61.40
  Exclusion: none

We will review the loading after three years if you send us a current medical report
showing blood pressure below 140/90 and a BMI below 30.

The offer is valid for 8 weeks.

{SIG['scholz']}

{FOOT_EN}""",
    headers=OUTLOOK_EN)

# ---- 0108
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "rental-car excess reimbursement: named customer, rental agreement, damage, IBAN; no injury",
    A("voigt"), "Jonas Meinhardt <jonas.meinhardt@webpost.example>",
    "Rental car excess – claim RM-26-0091",
    "2026-03-26 13:12",
    f"""Dear Mr Meinhardt,

the rental company in Málaga charged you EUR 900 excess for the scratched door (rental
agreement MLG-4471902, 2-9 March 2026). Your travel policy RV 1120 8855 includes rental-car
excess cover, so we reimburse the full EUR 900.

Payment to {G['meinhardt']} (Jonas Meinhardt) within three working days.

Best regards,
Sandra Voigt
Travel Claims""")

# ---- 0109
add("NORMAL", "en", "newsletter",
    "trap: broker newsletter about BiPRO changes (new IBAN and birth-date fields), generic",
    f"Auenwald Broker News <broker-news@{DOM}>", f"broker-news-list@{DOM}",
    "Broker News 03/2026: BiPRO 430 update, new motor tariff",
    "2026-03-27 07:00",
    """AUENWALD BROKER NEWS 03/2026

1) BiPRO 430 update on 20 April
   Electronic broker post gets two new fields: "IBAN of payer" (masked, last 4 digits) and
   "date of birth of insured person" for health and care documents. Please update your
   broker management software; the vendors have been informed.

2) New motor tariff "Kfz Smart 2026"
   - new-car replacement value for 36 months
   - no-claims class transfer from second car
   - telematics discount up to 20 %

3) Care insurance: questionnaire shortened
   The health questions for PflegePlus Flex now cover 5 years instead of 10.

4) Reminder: customer health data never by plain e-mail. Use the broker portal upload.

Unsubscribe: https://makler.auenwald-versicherung.example/newsletter/abmelden""",
    charset="us-ascii", cte="7bit",
    headers=[("List-Unsubscribe", "<https://makler.auenwald-versicherung.example/newsletter/abmelden>"),
             ("Precedence", "bulk")])

# ---- 0110
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "body only 'anbei der Bescheid'; PDF decision on care level 5 and palliative care of the guardian's ward",
    A("hollmann"), "Rechtsanwalt Jörn Petersen <j.petersen@petersen-betreuung.example>",
    "Bescheid",
    "2026-03-30 08:40",
    f"""Sehr geehrter Herr Petersen,

anbei der Bescheid.

{SIG['hollmann']}""",
    atts=[AT("Bescheid_PV_1204_7718.pdf", pdf([
        "Auenwald Krankenversicherung a.G. – Private Pflegepflichtversicherung",
        "Bescheid über die Höherstufung",
        "Versicherte Person: Walter Petersen, geb. 03.07.1941, PV 1204 7718",
        "Betreuer: Rechtsanwalt Jörn Petersen",
        "",
        "Nach der Begutachtung vom 18.03.2026 (94,5 Punkte) stufen wir Herrn Petersen",
        "ab 01.02.2026 in Pflegegrad 5 ein.",
        "Grundlage: fortgeschrittene vaskuläre Demenz, vollständige Immobilität,",
        "Schluckstörung mit Aspirationsgefahr, palliative Versorgung im Haus Lindenbaum",
        "(SAPV-Team eingebunden).",
        "Leistung vollstationär: 2.096 EUR monatlich zuzüglich Leistungszuschlag.",
    ], title="Bescheid Pflegegrad 5", compress=False))])

# ---- 0111
add("NORMAL", "de", "insurer-to-customer",
    "trap: automatic acknowledgement of the customer-service mailbox (mentions Pflegegutachten, Arztberichte, Vollmachten), no content of the received mail",
    f"Auenwald Kundenservice <kundenservice@{DOM}>", "r.haupt@fastpost.example",
    "Eingangsbestätigung: Ihre Nachricht an den Auenwald Kundenservice",
    "2026-03-30 21:14",
    """Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird in der Regel innerhalb
von fünf Arbeitstagen bearbeitet.

Bitte senden Sie uns Pflegegutachten, Arztberichte, Rechnungen von Pflegediensten oder
Vollmachten künftig über das Kundenportal (kunden.auenwald-versicherung.example) – dort
sind Ihre Daten besser geschützt als in einer E-Mail.

Dies ist eine automatische Antwort. Ihre ursprüngliche Nachricht ist hier aus
Datenschutzgründen nicht wiedergegeben.

Ihr Auenwald Kundenservice""",
    headers=[("Auto-Submitted", "auto-replied")], charset="windows-1252", cte="8bit")

# ---- 0112
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "burglary claim: named customer's stolen items listed in an XLSX, address, police reference",
    A("oltmanns"), "Rebecca Whitfield <rebecca.whitfield@mailhub.example>",
    "Burglary on 21 March – your list of stolen items",
    "2026-03-31 10:50",
    """Dear Mrs Whitfield,

thank you for the police reference (ST/0339821/2026). I've put your list of stolen items
into our spreadsheet and added the values we can accept – please check and confirm by
reply. Jewellery is covered up to the limit for valuables outside a safe (EUR 20,000).

Kind regards,
Frank Oltmanns
Property Claims | Auenwald Versicherung AG""",
    atts=[AT("HR-26-00602_stolen_items.xlsx", xlsx([
        ["Claim HR-26-00602", "Policyholder: Rebecca Whitfield", "Grüneburgweg 19, 60322 Frankfurt", "", ""],
        ["Item", "Bought", "Price EUR", "Accepted EUR", "Comment"],
        ["MacBook Pro 14", "2024", 2399, 2399, "new value, receipt"],
        ["Engagement ring, white gold", "2019", 3800, 3800, "certificate"],
        ["Watch Omega Seamaster", "2016", 4200, 4200, "valuables limit"],
        ["Cash", "", 350, 350, "cash limit EUR 1,500"],
        ["Front door lock", "", 280, 280, "repair invoice"],
    ], sheet="Items"))])

# ---- 0113
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
    "request to a doctor in Spain for the medical report of a named travel-health insured",
    A("grant"), "Dr. Alejandro Ruiz <a.ruiz@clinica-costa.example>",
    "Request for medical report – Ms Hanna Lindqvist, admitted 24 March 2026",
    "2026-03-31 15:25",
    f"""Dear Dr. Ruiz,

our insured, Ms Hanna Lindqvist (born 11/05/1997, travel health policy RK 7701 3348), was
admitted to your clinic on 24 March after a scooter accident in Marbella. Her family told
us about a fractured clavicle and a concussion.

To decide on cover and on a possible repatriation to Germany, please send us:
  - the admission report and current diagnoses (ICD-10 if possible),
  - the treatment plan and expected length of stay,
  - your opinion on fitness to fly (with or without medical escort).

A signed release from confidentiality by Ms Lindqvist is attached. We guarantee payment of
your fees for the report (up to EUR 150).

{SIG['grant']}""",
    atts=[AT("Release_Lindqvist.pdf", pdf([
        "Release from medical confidentiality / Schweigepflichtentbindung",
        "I, Hanna Lindqvist, born 11 May 1997, release the doctors of Clínica Costa, Marbella,",
        "from medical confidentiality towards Auenwald Krankenversicherung a.G. regarding my",
        "treatment since 24 March 2026.",
        "Marbella, 30 March 2026       signed: H. Lindqvist",
    ], title="Release"))],
    headers=OUTLOOK_EN)

# ---- 0114
add("NORMAL", "de", "internal",
    "trap: planning of public care courses for relatives (dementia, lifting techniques), dates and rooms only",
    A("steinmeier"), A("berger"),
    "Pflegekurse für Angehörige – Termine 2. Halbjahr",
    "2026-04-01 09:05",
    """Hallo Julia,

für die Website und den Kundenbrief die Termine der kostenlosen Pflegekurse im 2. Halbjahr:

  03.09. Demenz verstehen – Kommunikation im Alltag (Kassel, Raum B 0.04)
  17.09. Rückenschonend pflegen: Lagern, Aufrichten, Transfer ins Bett (Kassel)
  08.10. Inkontinenz, Hautpflege, Dekubitusprophylaxe (Göttingen, VHS)
  05.11. Pflegegrad beantragen – was passiert bei der Begutachtung? (online)
  26.11. Selbstpflege für pflegende Angehörige (Kassel)

Anmeldung über das Kontaktformular, max. 14 Teilnehmende, auch Nicht-Kunden willkommen.

Liebe Grüße
Helga""")

# ---- 0115
add("CONFIDENTIAL", "mixed", "insurer-to-company",
    "D&O renewal for a company naming its directors with birth dates and a prior claim; German/English",
    A("hartmann"), "Dr. Ingrid Vogel <i.vogel@nordtech-sensorik.example>",
    "D&O Verlängerung 2026 / D&O renewal – Nordtech Sensorik AG",
    "2026-04-01 14:40",
    """Sehr geehrte Frau Dr. Vogel, dear Mr Hargreaves,

für die Verlängerung der D&O-Police DO 2201 4471 benötigen wir die aktualisierte Liste der
versicherten Organmitglieder. Uns liegen derzeit vor:

  Vorstand / Management Board:
    Dr. Ingrid Vogel (CEO), born 14.07.1969
    Martin Hargreaves (CFO), born 02.02.1975
  Aufsichtsrat / Supervisory Board:
    Prof. Dr. Elke Sander (chair), Jochen Brandl, Dr. Amelie Roth

Regarding the pending claim by the former CTO (wrongful dismissal, claim DO-2024-007): the
reserve remains at EUR 180,000 and will be disclosed to the lead market.

Please send us the signed proposal form by 30 April.

Mit freundlichen Grüßen / Kind regards
Lukas Hartmann""",
    cc="Martin Hargreaves <m.hargreaves@nordtech-sensorik.example>", headers=OUTLOOK)

# ---- 0116
add("NORMAL", "de", "insurer-to-broker",
    "trap: product information on accident cover (Gliedertaxe, invalidity, hospital cash) for brokers, no person",
    A("wegener"), "Maklerverteiler Nordhessen <makler-nordhessen@" + DOM + ">",
    "Unfall 2026: neue Gliedertaxe – Übersicht für Ihre Beratung",
    "2026-04-02 10:00",
    """Liebe Maklerpartnerinnen und -partner,

ab 01.05.2026 gilt in unserem Unfalltarif "Unfall Aktiv" eine verbesserte Gliedertaxe:

  Verlust/Funktionsunfähigkeit   bisher   neu
  Arm                             70 %    75 %
  Hand                            55 %    65 %
  Daumen                          20 %    25 %
  Bein über Kniemitte             70 %    75 %
  Auge                            50 %    60 %
  Gehör beidseitig                60 %    65 %

Neu mitversichert: Bandscheibenvorfälle durch Unfall, Infektionen durch Zeckenbiss,
Krankenhaustagegeld ab dem 1. Tag. Beispielrechnungen schicke ich Ihnen gern.

Beste Grüße aus Kassel
Jonas Wegener""")

# ---- 0117
add("NORMAL", "en", "insurer-to-authority",
    "trap: answer to the data protection authority's general survey on TLS consent for health data, no individual",
    A("brandt"), "Survey team <umfrage@datenschutz-hessen.example>",
    "Survey 2026/04 – e-mail communication with health data: our answers",
    "2026-04-02 15:15",
    """Dear Sir or Madam,

in reply to your survey on e-mail communication in insurance:

1. Health data (incl. care levels and assessments) are sent end-to-end encrypted or via our
   secure web mailbox. Plain TLS is used only where the customer has given written,
   revocable consent; 2.1 % of our health customers have done so.
2. Consent is recorded per person and e-mail address; relatives need their own consent
   or a power of attorney.
3. We operate a central mail gateway that classifies outgoing mail (normal / confidential /
   strictly confidential) and chooses the transport method.
4. We have had no reportable data breach involving e-mail in 2025.

Yours faithfully,
Katharina Brandt
Data Protection Officer, Auenwald Versicherungsgruppe""")

# ---- 0118
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-carehome",
    "after a resident's death: condolences, date of death, final invoice and refund for a named deceased insured",
    A("hollmann"), "Buchhaltung Seniorenresidenz <buchhaltung@seniorenresidenz-fuldaufer.example>",
    "Verstorbene Bewohnerin Frau Margarete Sommer – Schlussabrechnung",
    "2026-04-06 10:28",
    f"""Sehr geehrte Frau Kraus,

vielen Dank für Ihre Mitteilung, dass Frau Margarete Sommer (PV 0913 5521, Pflegegrad 5)
am 01.04.2026 in Ihrer Einrichtung verstorben ist.

Wir zahlen die Leistungen bei vollstationärer Pflege bis einschließlich Todestag. Für April
ist also nur ein Tag anzusetzen (69,87 EUR zzgl. anteiliger Zuschlag). Den bereits für April
überwiesenen Betrag von 2.911,00 EUR bitten wir Sie abzüglich des Tagesanteils auf unser
Konto {G['auenwald']} zurückzuüberweisen, Verwendungszweck PV 0913 5521.

Die Angehörigen (Sohn Herr Gerd Sommer) erhalten von uns separat Nachricht.

{SIG['hollmann']}""",
    headers=OUTLOOK)

# ---- 0119
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "private liability: lost key of the employer's locking system; named customer, employer, cost",
    A("oltmanns"), "Dennis Kaya <dennis.kaya@kabelnetz.example>",
    "Schlüsselverlust – Schließanlage Ihres Arbeitgebers",
    "2026-04-06 14:57",
    """Hallo Herr Kaya,

der Austausch der Schließanlage bei Ihrem früheren Arbeitgeber (Nordhessen Spedition GmbH,
Lager Lohfelden) nach dem Verlust Ihres Generalschlüssels ist über Ihre
Privathaftpflicht PH 3390 1177 mitversichert (Schlüsselverlust fremder beruflicher
Schlüssel bis 20.000 EUR).

Der Kostenvoranschlag über 6.480 EUR (48 Zylinder, 60 Schlüssel) ist plausibel. Wir zahlen
direkt an die Spedition, sobald die Rechnung vorliegt. Ihre Selbstbeteiligung: 150 EUR.

Schönen Gruß
Frank Oltmanns""")

# ---- 0120
add("NORMAL", "de", "insurer-to-supplier",
    "trap: print order for the care guide brochure (dementia, care levels, Pflegegeld), no personal data",
    A("berger"), "Auftragsannahme Druckhaus Werra <auftrag@druckhaus-werra.example>",
    "Druckauftrag Pflege-Ratgeber 'Wenn Pflege nötig wird', 5. Auflage",
    "2026-04-07 09:33",
    """Hallo Herr Steinbach,

hiermit beauftragen wir gemäß Angebot 26-0412:

  Titel: Wenn Pflege nötig wird – Ratgeber für Angehörige (5. Auflage 2026)
  Umfang 28 Seiten + Umschlag, DIN A5, 4/4-farbig, Recyclingpapier 100 g
  Auflage 20.000 Stück (davon 2.000 in Großdruck für sehbehinderte Leserinnen und Leser)
  Lieferung bis 08.05.2026, Wareneingang Tor 3

Druckdaten (PDF/X-4) kommen morgen über Ihren Upload-Server. Bitte vor Druck einen
Proof an mich.

Viele Grüße
Julia Berger""")

# ---- 0121
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
    "re-assessment appointment for a named insured in an ICS (name, address, 'Begutachtung Pflegegrad'), sent to the daughter abroad",
    A("paulsen"), "Siobhan Fischer <siobhan.fischer@eiremail.example>",
    "Re-assessment of your mother's care level – appointment",
    "2026-04-08 11:15",
    f"""Dear Ms Fischer,

the assessor will visit your mother on Wednesday, 22 April, at 10:00 for the repeat
assessment we agreed on after her cataract operation. The appointment is attached for your
calendar. A neighbour or Tagespflege staff member may be present if you cannot travel;
your mother must agree to that.

{SIG['paulsen']}""",
    atts=[AT("reassessment_22April.ics", ics(
        "2026-PV-0177-wdh@auenwald-versicherung.example", "20260422T100000", "20260422T113000",
        "Wiederholungsbegutachtung Pflegegrad – Eileen Fischer (PV 8820 1146)",
        location="Eileen Fischer, Kohlenstraße 30, 34121 Kassel",
        desc="Pflegegrad 3 seit 02/2026. Makuladegeneration, Z. n. Radiusfraktur. Gutachterin K. Rudolph, Gutachterdienst Nord.",
        organizer=addr("ines.paulsen"), attendees=["siobhan.fischer@eiremail.example"]),
        mime="text/calendar", charset="utf-8")],
    headers=OUTLOOK_EN)

# ---- 0122
add("CONFIDENTIAL", "en", "internal",
    "bonus list with named field staff and salaries (income) in a CSV inside a ZIP; body harmless",
    A("kuhn"), "Group Payroll <group-payroll@" + DOM + ">",
    "Q1 sales bonuses – field staff",
    "2026-04-08 16:02",
    """Hi,

the Q1 bonus file for the field sales staff is attached (zipped because our old mail
client keeps mangling the semicolons). Please process with the April payroll.

Thanks,
Marlene""",
    atts=[AT("bonus_Q1_2026.zip", _zip([("bonus_Q1_2026.csv", csvtext([
        ["PersNr", "Name", "Region", "Base salary EUR", "Bonus Q1 EUR"],
        ["20881", "Jörg Lammers", "Nordhessen", "4980", "3120"],
        ["20917", "Svenja Otte", "Südhessen", "4710", "2480"],
        ["21102", "Cem Arslan", "Thüringen West", "4390", "1955"],
        ["21340", "Ute Kramer", "Niedersachsen Süd", "5120", "4010"],
    ]).encode("windows-1252"))]))])

# ---- 0123
add("NORMAL", "en", "internal",
    "trap: board presentation on the care market and demographics (PDF), aggregated public figures",
    A("raman"), f"Management Board Office <vorstandsbuero@{DOM}>",
    "Board strategy day – LTC market deck",
    "2026-04-09 08:30",
    """Dear all,

attached is the long-term care market deck for the strategy day on 16 April. Figures are
public statistics and our aggregated portfolio data; no individual claims.

Priya""",
    atts=[AT("LTC_market_board_2026-04.pdf", pdf([
        "Long-term care in Germany – market and portfolio view (Board strategy day, April 2026)",
        "",
        "1. Demand: about 5.7 million people in need of care; 86 % cared for at home.",
        "2. Dementia: about 1.8 million people with dementia; main driver of care levels 3-5.",
        "3. Cost gap: average own share in residential care above EUR 2,900 per month.",
        "4. Our portfolio: 12,895 benefit recipients (compulsory care) + 4,210 top-up claims.",
        "5. Opportunities: PflegePlus Flex uptake 50+; care advice as a service for relatives.",
        "6. Risks: care cost inflation, long claim duration, anti-selection at older entry ages.",
        "",
        "Recommendation: grow top-up sales via brokers; price review 2027.",
    ], title="LTC market board deck"))])

# ---- 0124
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "reimbursement of the relief amount (Entlastungsbetrag) for household help of a named insured with care level 1",
    A("hollmann"), "Dieter Baumgarten <dieter.baumgarten@webpost.example>",
    "Erstattung Entlastungsbetrag Januar–März 2026",
    "2026-04-09 13:40",
    f"""Sehr geehrter Herr Baumgarten,

für die Haushaltshilfe durch die "Alltagshilfe Kassel GmbH" im ersten Quartal erstatten wir
Ihnen aus dem Entlastungsbetrag (Pflegegrad 1) insgesamt 393,00 EUR:

  Januar: 8 Einsätze à 2 Std., Rechnung 390,- EUR  -> erstattet 131,00 EUR
  Februar: 6 Einsätze à 2 Std., Rechnung 292,50 EUR -> erstattet 131,00 EUR
  März: 7 Einsätze à 2 Std., Rechnung 341,25 EUR    -> erstattet 131,00 EUR

Nicht verbrauchte Beträge können Sie bis 30.06. des Folgejahres nutzen. Wenn Ihnen die
Hilfe zu Hause nach Ihrer Hüft-OP nicht mehr reicht, sprechen Sie gern unsere
Pflegeberatung wegen einer Höherstufung an.

{SIG['hollmann']}""",
    charset="windows-1252", cte="quoted-printable")

# ---- 0125
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "rent deposit guarantee for a named expat customer: landlord, flat, amount",
    A("hartmann"), "Kenji Watanabe <kenji.watanabe@mailhub.example>",
    "Your rent deposit guarantee MK 4410 0072",
    "2026-04-10 10:10",
    """Dear Mr Watanabe,

your rent deposit guarantee has been issued:

  Guarantee no.: MK 4410 0072
  Tenant: Kenji Watanabe
  Landlord: Hausverwaltung Stadtmitte GmbH, for the flat Wolfsschlucht 14, 34117 Kassel
  Guaranteed amount: EUR 2,850.00 (three net cold rents)
  Annual fee: EUR 142.50

The original guarantee certificate goes to the landlord by post today. You don't need to
pay a cash deposit.

Kind regards,
Lukas Hartmann""")

# ---- 0126
add("NORMAL", "de", "internal",
    "trap: call script for the care hotline (Pflegegrad, Vollmacht check), generic",
    A("steinmeier"), f"Team Pflegeberatung <pflegeberatung-team@{DOM}>",
    "Neuer Gesprächsleitfaden Hotline – bitte ab Montag nutzen",
    "2026-04-10 15:20",
    """Hallo zusammen,

hier der überarbeitete Leitfaden für Erstanrufe:

1. Begrüßung, Name nennen.
2. Wer ruft an? Versicherte Person selbst / Angehörige / Pflegedienst / Heim?
3. Bei Angehörigen: Liegt eine Vollmacht oder Betreuung vor? Wenn nein: nur allgemeine
   Auskünfte, KEINE Angaben zu Pflegegrad, Gutachten, Zahlungen.
4. Anliegen klären: Erstantrag / Höherstufung / Leistungsfrage / Beschwerde.
5. Bei Erstantrag: Antrag im Portal anlegen oder per Post schicken; Hinweis auf
   Begutachtung zu Hause, ca. 60 Minuten, Angehörige sollten dabei sein.
6. Bei akuter Überforderung: Kurzzeitpflege, Verhinderungspflege und Pflegekurse
   erklären, Rückruf Pflegeberatung anbieten.
7. Zusammenfassen, Ticket anlegen, verabschieden.

Helga""")

# ---- 0127
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "company doctor asks the GP of a named insured for findings on dementia and falls for the care assessment",
    A("albers"), "Hausarztpraxis Dr. Meinhardt <praxis@hausarzt-meinhardt.example>",
    "Ihre Patientin Frau Hildegard Ziegler – Befundanforderung Pflegebegutachtung",
    "2026-04-13 09:12",
    f"""Sehr geehrte Frau Kollegin Meinhardt,

für Ihre Patientin Frau Hildegard Ziegler (geb. 22.09.1936, Vellmar) läuft ein Antrag auf
Pflegeleistungen. Die Gutachterin berichtet über deutliche Orientierungsstörungen, die in
den Unterlagen bisher nicht diagnostisch eingeordnet sind, sowie drei Stürze seit November.

Ich wäre Ihnen dankbar für
  - die aktuelle Diagnoseliste (insbesondere: liegt eine Demenzdiagnostik vor? MMST/DemTect?),
  - den Medikationsplan (Hinweis im Gutachten auf Zopiclon zur Nacht – Sturzrisiko?),
  - Arztbriefe der Kardiologie seit 2025.

Die Schweigepflichtentbindung des Sohnes als Bevollmächtigtem liegt Ihnen laut Praxis
bereits vor. Bitte senden Sie die Unterlagen über unser Ärzteportal oder per Fax
0561 7080-4499.

Mit kollegialen Grüßen
{SIG['albers']}""",
    headers=OUTLOOK)

# ---- 0128
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "motor cancellation confirmation after sale of the car: name, plate, refund IBAN",
    f"Auenwald Kfz-Service <kfz-service@{DOM}>", "Tamara Engel <tamara.engel@webpost.example>",
    "Kündigungsbestätigung Kfz-Vertrag KF 880 1172 40",
    "2026-04-13 12:45",
    f"""Sehr geehrte Frau Engel,

wir bestätigen das Ende Ihres Kfz-Vertrags KF 880 1172 40 (Fiat 500, F-TE 127) zum
07.04.2026 wegen Veräußerung des Fahrzeugs.

Der zu viel gezahlte Beitrag von 213,46 EUR wird auf Ihr Konto {G['weber']} erstattet.
Ihr Schadenfreiheitsrabatt (SF 5) wird für Sie 7 Jahre lang reserviert.

Ihr Kfz-Service""",
    charset="iso-8859-1", cte="8bit")

# ---- 0129
add("NORMAL", "de", "newsletter",
    "trap: HTML-only customer magazine on home care (Pflegegrad, Demenz, Sturzprophylaxe) with a table, generic",
    f"Auenwald Kundenmagazin <magazin@{DOM}>", f"kundenmagazin-verteiler@{DOM}",
    "Gut versorgt – Ihr Kundenmagazin Frühjahr 2026",
    "2026-04-14 07:00",
    None,
    html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Gut versorgt</title></head>
<body style="font-family:Georgia,serif;max-width:640px">
<h1>Gut versorgt – Frühjahr 2026</h1>
<h2>Pflege zu Hause: 5 Tipps gegen Stürze</h2>
<ol><li>Teppichkanten sichern, Kabel weg vom Boden</li><li>Nachtlicht im Flur und Bad</li>
<li>Haltegriffe an Toilette und Dusche (Zuschuss bis 4.180 EUR als wohnumfeldverbessernde Maßnahme)</li>
<li>Medikamente regelmäßig mit der Hausärztin durchsehen – manche Schlafmittel erhöhen das Sturzrisiko</li>
<li>Hausnotruf – ab Pflegegrad 1 bezahlt die Pflegeversicherung die Grundgebühr</li></ol>
<h2>Was Ihnen zusteht</h2>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Leistung</th><th>ab Pflegegrad</th><th>Betrag 2026</th></tr>
<tr><td>Entlastungsbetrag</td><td>1</td><td>131 EUR / Monat</td></tr>
<tr><td>Pflegegeld</td><td>2</td><td>347 – 990 EUR / Monat</td></tr>
<tr><td>Verhinderungs- und Kurzzeitpflege</td><td>2</td><td>3.539 EUR / Jahr</td></tr>
<tr><td>Pflegehilfsmittel zum Verbrauch</td><td>1</td><td>42 EUR / Monat</td></tr>
</table>
<h2>Demenz: Wenn Mama sich verändert</h2>
<p>Vergesslichkeit, Unruhe am Abend, Misstrauen – viele Angehörige erkennen die ersten Zeichen erst im
Rückblick. Unsere Pflegeberaterin Helga Steinmeier erklärt, wie man ins Gespräch kommt.</p>
<p style="font-size:11px">Auenwald Krankenversicherung a.G. · Abmelden: https://www.auenwald-versicherung.example/magazin/abmelden</p>
</body></html>""",
    headers=[("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://www.auenwald-versicherung.example/magazin/abmelden>")])

# ---- 0130
_in130 = inner("RAin Dr. Miriam Oster <oster@oster-sozialrecht.example>", f"pflege-leistung@{DOM}",
               "Klage Margaret Lindqvist ./. Auenwald – Pflegegrad", "2026-04-13 17:20",
               """Sehr geehrte Damen und Herren,

in der Sache Margaret Lindqvist (PT 8812 0045) haben wir heute Klage zum Sozialgericht
Frankfurt erhoben (Az. S 18 P 44/26). Unsere Mandantin leidet an einer vaskulären Demenz
mit erheblichen Verhaltensauffälligkeiten (nächtliches Schreien, Aggressivität gegenüber dem
Ehemann), die im Gutachten mit 15 Punkten in Modul 2/3 deutlich unterbewertet sind.
Wir beantragen die Einholung eines gerichtlichen Sachverständigengutachtens.

Mit freundlichen Grüßen
Dr. Miriam Oster, Fachanwältin für Sozialrecht""", tag="in130")
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
    "to outside counsel about a lawsuit over a denied care level; the claimant's lawyer's letter with dementia details is the attached .eml",
    A("paulsen"), "Thomas Reed <t.reed@reed-legal.example>",
    "New lawsuit – care level dispute (Lindqvist), please take over",
    "2026-04-14 10:05",
    f"""Dear Thomas,

please find attached the letter we received yesterday from the claimant's lawyer. The case
concerns our insured Mrs Margaret Lindqvist (top-up care policy PT 8812 0045), who was
assessed at care level 3; the family wants level 4. Our medical officer reviewed the file in
January and saw no grounds for a new assessment.

Could you represent us before the Social Court in Frankfurt? The full claims file and the
assessor's report will be in the data room by Friday.

{SIG['paulsen']}

{FOOT_EN}""",
    atts=[EML(_in130, "Klage_Lindqvist.eml")], headers=OUTLOOK_EN)

# ---- 0131
add("CONFIDENTIAL", "de", "insurer-to-company",
    "grey: liability claim of a home-care company (employee scratched a client's car, no injury); named contact and employee",
    A("oltmanns"), "Geschäftsführung Pflegedienst Sonnenschein <gf@pflegedienst-sonnenschein.example>",
    "Betriebshaftpflicht – Schaden BH-26-00133 (Parkschaden Ihrer Mitarbeiterin)",
    "2026-04-15 11:22",
    """Sehr geehrter Herr Rothe,

zu dem Schaden vom 08.04.: Ihre Mitarbeiterin Frau Sevgi Aydın hat beim Einparken vor dem
Haus einer Ihrer Kundinnen (Kassel, Lange Straße) deren Garagentor mit dem Dienstwagen
gestreift. Verletzt wurde niemand.

Das Garagentor ist ein Fremdschaden aus Ihrer Betriebshaftpflicht BH 4420 7781, der Schaden
am Dienstwagen läuft über die Kfz-Versicherung (Herr Renner meldet sich dazu). Wir
benötigen noch den Kostenvoranschlag für das Tor sowie Namen und Anschrift der
Geschädigten – bitte schicken Sie uns diese über das Portal.

Mit freundlichem Gruß
Frank Oltmanns""")

# ---- 0132
add("NORMAL", "en", "insurer-to-partner",
    "trap: meeting invitation (ICS) with the reinsurer about the LTC treaty renewal, no data",
    A("raman"), "Hannah Cole <hannah.cole@northbridge-re.example>",
    "Invitation: LTC treaty renewal 2027 – kick-off",
    "2026-04-15 16:00",
    """Hi Hannah,

as discussed, a kick-off for the 2027 renewal. Agenda: experience 2025 (aggregated),
pricing changes for PflegePlus Flex, dementia trend, reporting format. Invite attached.

Best,
Priya""",
    atts=[AT("LTC_renewal_kickoff.ics", ics(
        "ltc-renewal-2027@auenwald-versicherung.example", "20260505T140000", "20260505T153000",
        "LTC treaty renewal 2027 – kick-off (Auenwald / Northbridge Re)",
        location="Video call", organizer=addr("priya.raman"),
        attendees=["hannah.cole@northbridge-re.example", addr("dirk.kessler")]),
        mime="text/calendar", charset="utf-8", cte="quoted-printable")])

# ---- 0133
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-careservice",
    "day-care centre invoice correction: attendance days of named guests with care levels in an ODS",
    A("hollmann"), "Verwaltung Tagespflege Am Park <verwaltung@tagespflege-ampark.example>",
    "Rechnungskorrektur März – Anwesenheitstage",
    "2026-04-16 09:50",
    f"""Sehr geehrte Frau Göbel,

in Ihrer Sammelrechnung März stimmen bei zwei Gästen die Anwesenheitstage nicht mit den
Unterschriftslisten überein. Details in der Tabelle. Bitte korrigieren Sie die Rechnung;
die Zahlung erfolgt dann an {G['tagespflege']}.

{SIG['hollmann']}""",
    atts=[AT("Korrektur_Tagespflege_2026-03.ods", ods([
        ["Gast", "Vers.-Nr.", "Pflegegrad", "Tage lt. Rechnung", "Tage lt. Liste", "Bemerkung"],
        ["Graham Whitfield", "PK 3390 2271", 3, 10, 8, "2 Tage Krankenhaus (Wundinfektion)"],
        ["Eileen Fischer", "PV 8820 1146", 3, 9, 9, "ok"],
        ["Heinrich Baumgarten", "PV 3390 1178", 4, 12, 11, "Fahrdienst 1x nicht erschienen"],
    ], sheet="März 2026", title="Korrektur Tagespflege"))])

# ---- 0134
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "portfolio transfer list (names, addresses, property/motor contracts) in a CSV inside a ZIP to a broker",
    f"Elektronische Vermittlerpost <vermittlerpost@{DOM}>", "Jens Trautmann <info@trautmann-makler.example>",
    "Vermittlerpost: Bestandsübertragung zum 01.05.2026",
    "2026-04-16 05:30",
    """Sehr geehrter Herr Trautmann,

anbei die Liste der Verträge, die auf Wunsch der Kundinnen und Kunden zum 01.05.2026 in Ihre
Betreuung übergehen. Die Maklervollmachten liegen uns vor.

Diese Nachricht wurde automatisch erzeugt.""",
    atts=[AT("Bestandsuebertragung_40-7719.zip", _zip([("Bestand_40-7719_2026-05-01.csv", csvtext([
        ["Kunde", "Anschrift", "Vertrag", "Sparte", "Beitrag EUR"],
        ["Yusuf Yildiz", "Kirchweg 18, 34119 Kassel", "KF 221 0098 12", "Kfz", "1184,30"],
        ["Gabriele Yildiz", "Kirchweg 18, 34119 Kassel", "KF 221 0451 77", "Kfz", "688,10"],
        ["Dennis Schaefer", "Am Mühlgraben 6, 34317 Habichtswald", "BH 771 2200 05", "Betriebshaftpflicht", "1632,68"],
        ["Petra Lehmkuhl", "Lindenstraße 9, 50674 Köln", "RS 5512 0873", "Rechtsschutz", "412,00"],
    ]))], date=(2026, 4, 16, 5, 30, 0)))])

# ---- 0135
add("NORMAL", "de", "internal",
    "trap: head of care claims thanks the team with KPIs (assessments, objections), no cases",
    A("kessler"), f"Team Leistung Pflege <pflege-leistung-team@{DOM}>",
    "Danke für ein starkes erstes Quartal!",
    "2026-04-17 15:45",
    """Liebe Kolleginnen und Kollegen,

das erste Quartal ist vorbei und ich möchte einfach mal Danke sagen:

  - 2.014 Gutachten bearbeitet, im Schnitt 5,8 Arbeitstage bis zum Bescheid (Ziel 7!)
  - Widerspruchsquote bei Erstanträgen 7,4 %
  - 91 % der Bescheide an Angehörige über das Portal
  - der English desk hat 118 Fälle komplett auf Englisch geführt

Trotz Umzug, Grippewelle und Portal-Ausfall im Februar. Am Donnerstag gibt es Kuchen im
Besprechungsraum B 3.07.

Gruß Dirk""")

# ---- 0136
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "cancer treatment cost approval (C50.4, chemotherapy) for a named expat insured; text+HTML, base64",
    A("grant"), "Amara Okafor <amara.okafor@mailhub.example>",
    "Approval of your treatment plan",
    "2026-04-20 10:30",
    """Dear Ms Okafor,

we have received the treatment plan from the Breast Centre at Klinikum Kassel-Nord and
approve the costs in full:

  Diagnosis: invasive ductal carcinoma, left breast, upper outer quadrant (C50.4)
  Neoadjuvant chemotherapy, 6 cycles (EC + paclitaxel), outpatient, from 27 April
  Port implantation (OPS 5-399.5)
  Wig (up to EUR 600) and psycho-oncological counselling (up to 25 sessions)

You don't need to send us each invoice separately – the hospital will bill us directly.
If you need help with anything, I am your personal contact for the whole treatment.

We wish you strength and all the best.

Oliver Grant""",
    html="""<html><body style="font-family:Arial">
<p>Dear Ms Okafor,</p>
<p>we have received the treatment plan from the Breast Centre at Klinikum Kassel-Nord and approve the costs in full:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Diagnosis</td><td>invasive ductal carcinoma, left breast (C50.4)</td></tr>
<tr><td>Chemotherapy</td><td>6 cycles EC + paclitaxel, outpatient, from 27 April</td></tr>
<tr><td>Port implantation</td><td>OPS 5-399.5</td></tr>
<tr><td>Wig</td><td>up to EUR 600</td></tr>
<tr><td>Psycho-oncology</td><td>up to 25 sessions</td></tr>
</table>
<p>We wish you strength and all the best.</p><p>Oliver Grant</p>
</body></html>""",
    cte="base64", html_cte="base64", headers=OUTLOOK_EN)

# ---- 0137
add("CONFIDENTIAL", "en", "insurer-to-partner",
    "to the insurer's bank about a returned direct debit: named customer, IBAN, household contract",
    f"Auenwald Premium Services <beitragsservice@{DOM}>", "Corporate Service <corporate-service@hessenbank.example>",
    "Returned direct debit – query on return reason (customer Kevin Albrecht)",
    "2026-04-20 14:14",
    f"""Dear colleagues,

the direct debit below was returned with reason code MD06 (refund request by the payer).
The customer tells us he never requested a refund. Could you please check with the payer's
bank?

  Creditor: Auenwald Versicherung AG, {G['auenwald']}
  Payer: Kevin Albrecht, {G['albrecht']}
  Mandate: AUW-HR44102287-01, contract household HR 4410 2287
  Amount: EUR 148.60, due 1 April 2026

Thank you,
Premium Services""",
    charset="us-ascii", cte="7bit")

# ---- 0138
add("NORMAL", "de", "insurer-to-customer",
    "trap: a pupil asks for a school project how care levels are applied for; general answer, no person",
    A("steinmeier"), "Lea Hoffmann <lea.hoffmann2009@webpost.example>",
    "AW: Frage für mein Referat – Wie bekommt man einen Pflegegrad?",
    "2026-04-21 09:20",
    f"""Liebe Lea,

toll, dass du ein Referat über Pflege machst! Hier die wichtigsten Schritte:

1. Antrag bei der Pflegekasse bzw. der privaten Pflegeversicherung – formlos reicht.
2. Begutachtung zu Hause: Eine Gutachterin schaut sich in sechs Bereichen an, wie
   selbstständig jemand ist (z. B. Mobilität, Körperpflege, Gedächtnis).
3. Punkte werden gewichtet; ab 12,5 Punkten gibt es Pflegegrad 1, ab 90 Punkten Pflegegrad 5.
4. Bescheid innerhalb von 25 Arbeitstagen.
5. Leistungen: Pflegegeld, Pflegedienst, Tagespflege, Heim usw.

Zahlen und Grafiken findest du beim Statistischen Bundesamt und in unserem Ratgeber
(www.auenwald-versicherung.example/pflege). Viel Erfolg!

{SIG['steinmeier']}

> Hallo, ich bin in der 10. Klasse und mache ein Referat über Pflege in Deutschland.
> Wie läuft das ab, wenn man einen Pflegegrad will? Danke, Lea""")

# ---- 0139
add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "hardship case conference minutes (DOCX) on a named insured: care level, diagnoses, family situation; body neutral",
    A("kessler"), [A("hollmann"), A("albers"), A("steinmeier")],
    "Protokoll Fallkonferenz 20.04.",
    "2026-04-21 16:05",
    """Hallo zusammen,

anbei das Protokoll von gestern. Bitte bis Donnerstag Korrekturen an mich.

Gruß Dirk""",
    atts=[AT("Protokoll_Fallkonferenz_2026-04-20.docx", docx([
        "# Fallkonferenz Leistung Pflege – 20.04.2026",
        "Teilnehmende: D. Kessler, B. Hollmann, Dr. R. Albers, H. Steinmeier",
        "# Fall: Rosemarie Haber, geb. 17.05.1942, PV 5577 0021",
        "Situation: nach Hüft-TEP und Kurzzeitpflege zurück in der eigenen Wohnung; Alzheimer-Demenz "
        "fortschreitend (G30.1), nächtliche Weglauftendenz, Tochter lebt in Hamburg.",
        "Pflegegrad 2 seit 2025; Höherstufungsantrag vom 02.04.2026 liegt vor.",
        "Dr. Albers: Einstufung in PG 3 medizinisch plausibel, Eilbegutachtung empfohlen.",
        "H. Steinmeier: Tochter überlastet, prüft Heimplatz; Pflegeberatung vor Ort am 24.04.",
        "Beschluss: Eilbegutachtung beauftragen, Verhinderungspflege unbürokratisch vorab bewilligen (bis 1.000 EUR).",
    ], title="Protokoll Fallkonferenz"))])

# ---- 0140
add("CONFIDENTIAL", "de", "insurer-to-company",
    "motor insurance confirmation for a leasing company naming the lessee with birth date and VIN",
    f"Auenwald Kfz-Service <kfz-service@{DOM}>", "Versicherungsnachweise <nachweise@fulda-leasing.example>",
    "Versicherungsbestätigung Leasingvertrag LV-2026-11873",
    "2026-04-22 08:05",
    """Sehr geehrte Damen und Herren,

für das unten genannte Leasingfahrzeug bestätigen wir Haftpflicht und Vollkasko mit
Sicherungsschein zu Ihren Gunsten:

  Leasingnehmer / Versicherungsnehmer: Cem Arslan, geb. 18.02.1988
  Anschrift: Ostring 9, 99817 Eisenach
  Fahrzeug: Hyundai Ioniq 5, FIN KMHKN81AFNU123456, Kennzeichen EA-CA 550
  Vertrag: KF 990 2178 14, Vollkasko SB 500 EUR, Beginn 15.04.2026

Mit freundlichen Grüßen
Kfz-Service, Auenwald Versicherung AG""",
    cte="quoted-printable")

# ---- 0141
add("NORMAL", "en", "insurer-to-supplier",
    "trap: redlines to a cloud vendor's data processing agreement (health data, special categories), no data",
    A("brandt"), "Legal <legal@nimbus-cloud.example>",
    "DPA – our comments on clauses 4, 7 and Annex 2",
    "2026-04-22 13:30",
    """Dear Ms Okonkwo,

thank you for the draft DPA for the document-management service. Our comments:

Clause 4 (sub-processors): we need 60 days' notice and a right to object; the service
will process special categories of data (health data incl. care assessments, § 203 StGB
material), so every sub-processor must also sign a confidentiality undertaking.

Clause 7 (data location): EU only, no access from third countries, including support.

Annex 2 (TOMs): please add encryption at rest with customer-managed keys and the
deletion concept (retention 10 years for claims files, then deletion within 30 days).

We look forward to your revised draft.

Kind regards,
Katharina Brandt
Data Protection Officer""")

# ---- 0142
add("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
    "bilingual letter to expat parents about their child's hospital stay (RSV bronchiolitis) and costs",
    A("grant"), "Emre and Julia Yildiz <yildiz.family@mailhub.example>",
    "Krankenhausaufenthalt Mila / Mila's hospital stay",
    "2026-04-23 10:40",
    f"""Liebe Familie Yildiz, dear Mr and Mrs Yildiz,

DE: Wir übernehmen die Kosten für den stationären Aufenthalt Ihrer Tochter Mila (geb. 2025,
mitversichert im Tarif Family International, EXP 5530 1290) in der Kinderklinik Park
Schönfeld vom 14. bis 19.04.2026 wegen RSV-Bronchiolitis mit Sauerstoffgabe, einschließlich
der Unterbringung einer Begleitperson (Rooming-in).

EN: We will pay for Mila's stay at Park Schönfeld children's hospital from 14 to 19 April
(RSV bronchiolitis, oxygen therapy), including accommodation for one parent. The hospital
bills us directly; you don't need to do anything.

Gute Besserung für Mila! / Get well soon, Mila!

{SIG['grant']}""",
    cte="quoted-printable", headers=OUTLOOK_EN)

# ---- 0143
add("NORMAL", "de", "internal",
    "trap: IT ticket about OCR misreading doctors' invoices (Arztrechnungen, GOÄ), no patient data",
    A("yilmaz"), f"IT Servicedesk <servicedesk@{DOM}>",
    "INC0051207 – OCR erkennt GOÄ-Ziffern auf Arztrechnungen falsch",
    "2026-04-23 14:55",
    """Hallo,

seit dem Scanner-Update in der Posteingangsstelle liest die OCR bei Arztrechnungen die
GOÄ-Ziffern falsch: "5" wird als "S" erkannt, der Faktor 2,3 als "2.3x" und manchmal als
"23". Betroffen sind v. a. Rechnungen auf grauem Recyclingpapier.

Testdokumente: Ordner \\\\fs01\\scan\\testdaten\\goae (nur Musterrechnungen des Herstellers,
keine Kundendokumente).

Bitte an das Team Input-Management. Priorität mittel; die Sachbearbeitung korrigiert
derzeit manuell.

Gruß Sebastian""")

# ---- 0144
add("NORMAL", "en", "internal",
    "trap: HTML attachment with the English decision-letter template for care levels, placeholders only",
    A("paulsen"), A("kessler"),
    "English template for care level decisions – for approval",
    "2026-04-24 09:10",
    """Hi Dirk,

attached is the HTML template for English care level decisions (as it will be loaded into
the letter system). All fields are placeholders in double braces; no real case in it.
Ruth has checked the medical wording.

Ines""",
    atts=[AT("template_care_level_decision_EN.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Care level decision</title></head>
<body>
<p>{{insured_name}}<br>{{address_line_1}}<br>{{address_line_2}}</p>
<p>Kassel, {{date}}</p>
<h2>Decision on your application for long-term care benefits</h2>
<p>Dear {{salutation}},</p>
<p>following the assessment on {{assessment_date}}, you have been assessed at
<b>care level {{care_level}}</b> ({{points}} weighted points) with effect from {{start_date}}.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Module</th><th>Points</th></tr>
<tr><td>1 Mobility</td><td>{{m1}}</td></tr>
<tr><td>2/3 Cognition / behaviour</td><td>{{m23}}</td></tr>
<tr><td>4 Self-care</td><td>{{m4}}</td></tr>
<tr><td>5 Coping with treatment</td><td>{{m5}}</td></tr>
<tr><td>6 Everyday life</td><td>{{m6}}</td></tr>
</table>
<p>You may object within one month. Yours sincerely, {{clerk_name}}</p>
</body></html>
""", mime="text/html", charset="utf-8", cte="quoted-printable")])

# ---- 0145
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "legal expenses: neighbour dispute over a hedge; named customer, neighbour and address, no health",
    A("froehlich"), "Paul Hargreaves <paul.hargreaves@brit-mail.example>",
    "Your neighbour dispute – cover confirmation RS-2026-2540",
    "2026-04-24 15:35",
    """Dear Mr Hargreaves,

we confirm cover under your legal expenses policy RS 6620 1193 for the dispute with your
neighbour, Mr Klaus Dietrich, about the overgrown hedge on the boundary of your property
at Am Rain 4, 34128 Kassel. Cover includes mandatory mediation before the arbitration
office (Schiedsamt), which is required in Hesse before going to court.

Excess: EUR 300. You are free to choose a lawyer.

Best regards,
Nadine Fröhlich""")

# ---- 0146
add("NORMAL", "de", "insurer-to-partner",
    "trap: exchange of flyers with a public care advice centre (Pflegestützpunkt), no person",
    A("steinmeier"), "Pflegestützpunkt Kassel <info@pflegestuetzpunkt-kassel.example>",
    "Flyer und Termine – Zusammenarbeit 2026",
    "2026-04-27 10:00",
    f"""Liebe Frau Oberländer,

wie besprochen schicke ich Ihnen 300 Exemplare unseres Pflege-Ratgebers und die Termine
unserer Pflegekurse für das zweite Halbjahr. Gern legen wir im Gegenzug Ihre Flyer
"Demenz-Wegweiser Nordhessen" und "Entlastungsangebote für pflegende Angehörige" in unserem
Beratungsraum aus.

Wenn Ratsuchende von Ihnen zu uns kommen (oder umgekehrt), bitte weiterhin keine
Fallinformationen per E-Mail – die Menschen sollen sich selbst melden oder Sie rufen mit
deren Einverständnis an.

{SIG['steinmeier']}""")

# ---- 0147
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "registration of a relative for a care course after her mother's dementia diagnosis; ICS and body name the mother",
    A("steinmeier"), "Martina Eckert-Vogler <m.eckert-vogler@webpost.example>",
    "Ihre Anmeldung zum Pflegekurs 'Demenz verstehen'",
    "2026-04-27 14:20",
    f"""Liebe Frau Eckert-Vogler,

Sie sind für den Pflegekurs "Demenz verstehen" am 03.09. angemeldet. Ich freue mich, dass
Sie sich nach der Höherstufung Ihrer Mutter auf Pflegegrad 3 die Zeit dafür nehmen.

Wie besprochen bringen wir im Kurs auch das Thema Hinlauftendenz und nächtliche Unruhe auf,
das Sie bei Ihrer Mutter so belastet. Falls Sie am Kurstag keine Betreuung für sie finden,
übernehmen wir die Kosten für einen Tag Tagespflege (Verhinderungspflege).

{SIG['steinmeier']}""",
    atts=[AT("Pflegekurs_Demenz_03-09.ics", ics(
        "pflegekurs-demenz-20260903-eckert@auenwald-versicherung.example", "20260903T160000", "20260903T190000",
        "Pflegekurs Demenz verstehen (Angehörige von Hannelore Eckert, PG 3)",
        location="Auenwald Versicherung, Raum B 0.04, Fuldaufer Allee 12, Kassel",
        organizer=addr("helga.steinmeier"), attendees=["m.eckert-vogler@webpost.example"]),
        mime="text/calendar", charset="utf-8")],
    cte="quoted-printable")

# ---- 0148
add("NORMAL", "en", "internal",
    "trap: lunch & learn invitation on dementia awareness for staff, no person",
    A("paulsen"), f"All staff Kassel <kassel-alle@{DOM}>",
    "Lunch & Learn: Dementia awareness – 7 May, 12:15",
    "2026-04-28 09:00",
    """Hi everyone,

join us for a 45-minute Lunch & Learn on dementia awareness with a speaker from the
regional Alzheimer's association:

  - early signs of dementia and how they differ from normal forgetfulness
  - talking to customers with dementia on the phone
  - what relatives go through, and where our care advice can help

Thursday, 7 May, 12:15-13:00, canteen annex + Teams. Sandwiches provided.
German with English Q&A.

Ines (English desk)""")

# ---- 0149
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "electronics insurance: water damage to a named customer's laptop, serial number, payout IBAN",
    A("oltmanns"), "Lennart Kowalski <lennart.kowalski@fastpost.example>",
    "Ihr Elektronikschaden EL-26-00219 – Laptop",
    "2026-04-28 11:38",
    f"""Hallo Herr Kowalski,

Ihr Laptop (Lenovo ThinkPad X1, Seriennummer PF3K9Q21) ist laut Werkstattbericht nach dem
Kaffeeschaden nicht mehr wirtschaftlich zu reparieren. Aus Ihrer Elektronikversicherung
EL 7781 4402 zahlen wir den Zeitwert von 1.120 EUR abzüglich 50 EUR Selbstbeteiligung.

Überweisung auf {G['kaya']} (Kontoinhaber laut Ihrer Angabe: Lennart Kowalski).

{SIG['oltmanns']}""",
    charset="windows-1252", cte="8bit")

# ---- 0150
add("NORMAL", "de", "internal",
    "trap: heat-protection campaign plan for insured people cared for at home (calls, tips), no individual",
    A("kessler"), [A("steinmeier"), A("berger")],
    "Hitzeschutz 2026 – Aktion für Pflegebedürftige zu Hause",
    "2026-04-29 10:30",
    """Hallo Helga, hallo Julia,

wie im Leitungskreis beschlossen, machen wir dieses Jahr eine Hitzeschutz-Aktion:

1. Im Juni bekommen alle Pflegegeldempfängerinnen und -empfänger ab Pflegegrad 3 ein
   Infoblatt (Trinkplan, kühle Räume, Medikamente bei Hitze mit der Hausarztpraxis
   besprechen) – Versand über den Kundenbrief, keine Einzelauswahl per E-Mail.
2. Hitzetelefon der Pflegeberatung an Tagen mit Hitzewarnung, 8–18 Uhr.
3. Artikel im Kundenmagazin Sommer: "Hitze und Demenz".

Julia, kannst du das Infoblatt bis Mitte Mai entwerfen? Helga liefert die Inhalte.

Gruß Dirk""")

# ================================================================ output and check
LABEL_TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}


def labels_tsv():
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["file", "label", "lang", "kind", "reason"])
    for s in MAILS:
        assert "\t" not in s["reason"] and "\n" not in s["reason"]
        w.writerow([f"{PREFIX}{s['n']:04d}.eml", s["label"], s["lang"], s["kind"], s["reason"]])
    return out.getvalue().encode("utf-8")


def build_all():
    return {f"{PREFIX}{s['n']:04d}.eml": render(s) for s in MAILS}


def pdf_text(b):
    assert b.startswith(b"%PDF-"), "not a PDF"
    assert b.rstrip().endswith(b"%%EOF"), "PDF without EOF"
    texts = []
    for mo in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", b):
        n = int(mo.group(1))
        data = b[mo.end():mo.end() + n]
        if mo.group(2):
            data = zlib.decompress(data)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
            raw = s.group(1)
            raw = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), raw)
            raw = re.sub(rb"\\(.)", rb"\1", raw)
            texts.append(raw.decode("cp1252"))
    # xref offsets must point at objects
    sx = int(re.search(rb"startxref\n(\d+)", b).group(1))
    assert b[sx:sx + 4] == b"xref", "bad startxref"
    return "\n".join(texts)


def xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def office_text(b, ext):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None
    names = z.namelist()
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        return xml_text(z.read("content.xml"))
    if ext == "docx":
        return xml_text(z.read("word/document.xml"))
    if ext == "xlsx":
        xml_text(z.read("xl/workbook.xml"))
        return xml_text(z.read("xl/worksheets/sheet1.xml"))
    raise ValueError(ext)


def file_text(name, b, stats):
    ext = name.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        t = pdf_text(b)
    elif ext in ("docx", "xlsx", "odt", "ods"):
        t = office_text(b, ext)
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(b))
        assert z.testzip() is None
        t = "\n".join(file_text(n, z.read(n), stats) for n in z.namelist() if not n.endswith("/"))
    elif ext == "eml":
        t = msg_text(BytesParser(policy=policy.default).parsebytes(b), stats)
    else:
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:  # CSV from Excel inside a ZIP: no declared charset
            t = b.decode("cp1252")
    assert t.strip(), f"empty text layer in {name}"
    return t


def msg_text(m, stats, top=False):
    for part in m.walk():
        assert not part.defects, f"MIME defects {part.defects}"
    texts = []
    for k, v in m.items():
        texts.append(f"{k}: {v}")
    for part in m.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["eml"] = stats.get("eml", 0) + 1
            texts.extend(f"{k}: {v}" for k, v in part.get_payload(0).items())
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = (part.get_content_charset() or "us-ascii").lower()
            assert cs in CHARSETS, f"charset {cs}"
            t = payload.decode(cs)  # strict
            if ct == "text/calendar":
                assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
            if fn:
                ext = fn.rsplit(".", 1)[-1].lower()
                stats[ext] = stats.get(ext, 0) + 1
            texts.append(t)
        else:
            assert fn, f"nameless {ct} part"
            texts.append(file_text(fn, payload, stats))
    return "\n".join(texts)


HOST_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|https?://([^/\s\"'<>)]+)|\bwww\.([\w-]+(?:\.[\w-]+)+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")


def check():
    files = build_all()
    problems = []
    counts, langs, kinds, mids = {}, {}, {}, set()
    stats = {}
    tops = {}
    charsets = {}
    ctes = {}
    for s in MAILS:
        name = f"{PREFIX}{s['n']:04d}.eml"
        b = files[name]
        path = os.path.join(HERE, "mails", name)
        try:
            with open(path, "rb") as f:
                if f.read() != b:
                    problems.append(f"{name}: differs from rebuild")
        except FileNotFoundError:
            problems.append(f"{name}: missing on disk")
        if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b):
            problems.append(f"{name}: bare LF/CR")
        try:
            m = BytesParser(policy=policy.default).parsebytes(b)
            text = msg_text(m, stats, top=True)
        except Exception as e:  # noqa
            problems.append(f"{name}: {type(e).__name__}: {e}")
            continue
        mid = m["Message-ID"]
        if mid in mids:
            problems.append(f"{name}: duplicate Message-ID")
        mids.add(mid)
        if m["Date"].datetime.year != 2026:
            problems.append(f"{name}: date not in 2026")
        if not m["From"].addresses[0].domain == DOM:
            problems.append(f"{name}: not sent from {DOM}")
        for mo in HOST_RE.finditer(text):
            host = next(g for g in mo.groups() if g).rstrip(".").lower()
            if not host.endswith(".example"):
                problems.append(f"{name}: host {host}")
        for mo in IBAN_RE.finditer(text):
            cand = mo.group(1).replace(" ", "")
            if cand[4:7] == "ZZZ":  # SEPA creditor identifier, not an IBAN
                continue
            if cand[:2] in ("DE", "AT", "CH", "FR", "NL", "ES", "GB", "PL", "IT") and len(cand) >= 15:
                if not iban_ok(cand):
                    problems.append(f"{name}: bad IBAN {mo.group(1)}")
        counts[s["label"]] = counts.get(s["label"], 0) + 1
        langs[(s["label"], s["lang"])] = langs.get((s["label"], s["lang"]), 0) + 1
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        tops[m.get_content_type()] = tops.get(m.get_content_type(), 0) + 1
        for part in m.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                cs = part.get_content_charset()
                charsets[cs] = charsets.get(cs, 0) + 1
                c = part.get("Content-Transfer-Encoding", "7bit").lower()
                ctes[c] = ctes.get(c, 0) + 1
    try:
        with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
            if f.read() != labels_tsv():
                problems.append("labels.tsv differs from rebuild")
    except FileNotFoundError:
        problems.append("labels.tsv missing")
    if counts != LABEL_TARGET:
        problems.append(f"label counts {counts} != {LABEL_TARGET}")
    if len(MAILS) != 150:
        problems.append(f"{len(MAILS)} mails instead of 150")
    print(f"mails: {len(MAILS)}")
    print("labels:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for lab in LABEL_TARGET:
        print(f"  {lab:22s}", "  ".join(f"{lg} {langs.get((lab, lg), 0)}" for lg in ("de", "en", "mixed")))
    lt = {}
    for (lab, lg), v in langs.items():
        lt[lg] = lt.get(lg, 0) + v
    print("langs:", ", ".join(f"{k} {v}" for k, v in sorted(lt.items())))
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])))
    print("top-level types:", ", ".join(f"{k} {v}" for k, v in sorted(tops.items())))
    print("body charsets:", ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())))
    print("body transfer encodings:", ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())))
    print("attachments opened (incl. ZIP/eml members):", ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("check OK: byte-identical rebuild, CRLF, no MIME defects, unique Message-IDs, "
          ".example hosts, charsets, IBAN checksums, label counts")
    return 0


def write():
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for name, b in build_all().items():
        with open(os.path.join(HERE, "mails", name), "wb") as f:
            f.write(b)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels_tsv())
    print(f"wrote {len(MAILS)} mails and labels.tsv")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
