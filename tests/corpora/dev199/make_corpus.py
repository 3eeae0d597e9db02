#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel writer corpus dev199 (files d199-0001.eml ... d199-0150.eml).

Standard library only. Deterministic: fixed dates, Message-IDs, MIME boundaries,
ZIP member times, office metadata and PDF dates.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp folder, compares byte for byte,
                                     # parses and checks every mail and attachment

All companies, persons, numbers and addresses are fictitious. Every host ends in .example.
"""
import datetime
import hashlib
import io
import os
import re
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

PREFIX = "d199-"
DOM = "wendelstein-vers.example"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Shared pieces: staff signatures and legal footers (each person always signs the same way)
# ---------------------------------------------------------------------------

FOOT_DE = """--
Wendelstein Versicherung a.G. | Kufsteiner Straße 88 | 83022 Rosenheim
Vorstand: Dr. Elisabeth Hartl (Vors.), Georg Niedermaier, Anja Wimmer
Aufsichtsratsvorsitzender: Prof. Dr. Ludwig Berchtold
Sitz Rosenheim, Registergericht Traunstein VR 4471
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOT_EN = """--
Wendelstein Versicherung a.G. | Kufsteiner Strasse 88 | 83022 Rosenheim | Germany
Board: Dr. Elisabeth Hartl (Chair), Georg Niedermaier, Anja Wimmer
Registered office Rosenheim, register court Traunstein VR 4471
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""

FOOT_KV = """--
Wendelstein Krankenversicherung AG | Kufsteiner Straße 88 | 83022 Rosenheim
Vorstand: Dr. Elisabeth Hartl, Thomas Kiefersfelder | AG Traunstein HRB 20915
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOT_LV = """--
Wendelstein Lebensversicherung AG | Kufsteiner Straße 88 | 83022 Rosenheim
Vorstand: Georg Niedermaier, Anja Wimmer | AG Traunstein HRB 20916
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

STAFF = {
    # key: (display name, address local part)
    "feldhoff": ("Tamara Feldhoff", "tamara.feldhoff"),
    "okafor": ("Nadine Okafor", "nadine.okafor"),
    "rauscher": ("Benedikt Rauscher", "benedikt.rauscher"),
    "aydemir": ("Selin Aydemir", "selin.aydemir"),
    "hollmann": ("Friederike Hollmann", "friederike.hollmann"),
    "veit": ("Matthias Veit", "matthias.veit"),
    "ostermeier": ("Ralf Ostermeier", "ralf.ostermeier"),
    "lassmann": ("Dr. Ingrid Lassmann", "ingrid.lassmann"),
    "brandl": ("Kevin Brandl", "kevin.brandl"),
    "wurzer": ("Sabine Wurzer", "sabine.wurzer"),
    "pfisterer": ("Gregor Pfisterer", "gregor.pfisterer"),
    "hutter": ("Lea Hutter", "lea.hutter"),
    "gallagher": ("Owen Gallagher", "owen.gallagher"),
    "raman": ("Priya Raman", "priya.raman"),
    "mairhofer": ("Dr. Christoph Mairhofer", "christoph.mairhofer"),
    "kerschbaum": ("Julia Kerschbaum", "julia.kerschbaum"),
    "eibl": ("Horst Eibl", "horst.eibl"),
    "aigner": ("Dr. med. Sven Aigner", "sven.aigner"),
    "zach": ("Monika Zach", "monika.zach"),
    "gruber": ("Florian Gruber", "florian.gruber"),
    "lindqvist": ("Hannah Lindqvist", "hannah.lindqvist"),
    "stadler": ("Markus Stadler", "markus.stadler"),
    "koenig": ("Bettina König", "bettina.koenig"),
}

SIG = {
    "feldhoff": """Freundliche Grüße

Tamara Feldhoff
Kundenservice Privatkunden
Wendelstein Versicherung a.G.
Telefon 08031 4470-212
tamara.feldhoff@wendelstein-vers.example""",
    "okafor": """Mit freundlichen Grüßen

Nadine Okafor
Leistungsabteilung Krankenversicherung
Wendelstein Krankenversicherung AG
Tel. 08031 4470-385 | Fax 08031 4470-399""",
    "rauscher": """Viele Grüße
Benedikt Rauscher
Kfz-Schaden | Wendelstein Versicherung a.G.
Tel. 08031 4470-531""",
    "aydemir": """Mit freundlichen Grüßen

Selin Aydemir
Sachschaden Privat (Hausrat, Wohngebäude, Glas)
Wendelstein Versicherung a.G. | Tel. 08031 4470-544""",
    "hollmann": """Mit freundlichen Grüßen

Friederike Hollmann
Leistung Leben und Berufsunfähigkeit
Wendelstein Lebensversicherung AG
Telefon 08031 4470-610""",
    "veit": """Freundliche Grüße

Matthias Veit
Beschwerdemanagement / Ombudsstelle intern
Wendelstein Versicherung a.G.
Telefon 08031 4470-120""",
    "ostermeier": """Beste Grüße
Ralf Ostermeier
Maklerbetreuung Süd
Wendelstein Versicherung a.G. | Mobil 0171 5520 418""",
    "lassmann": """Dr. Ingrid Lassmann
Datenschutzbeauftragte
Wendelstein Versicherungsgruppe
datenschutz@wendelstein-vers.example | 08031 4470-101""",
    "brandl": """Gruß
Kevin Brandl
IT-Servicedesk | Durchwahl -777""",
    "wurzer": """Viele Grüße
Sabine Wurzer
Personal & Recht der Mitarbeitenden
Wendelstein Versicherung a.G. | Tel. -140""",
    "pfisterer": """Mit freundlichen Grüßen

Gregor Pfisterer
Unfallleistung
Wendelstein Versicherung a.G.
Tel. 08031 4470-622""",
    "hutter": """Freundliche Grüße

Lea Hutter
Rechtsschutz-Schaden
Wendelstein Versicherung a.G. | Tel. 08031 4470-570""",
    "gallagher": """Kind regards,

Owen Gallagher
International Client Desk
Wendelstein Versicherung a.G. | Rosenheim, Germany
+49 8031 4470-260""",
    "raman": """Best regards
Priya Raman
International Client Desk - Underwriting
Wendelstein Versicherung a.G.
+49 8031 4470-265""",
    "mairhofer": """Gruß
Christoph Mairhofer
Aktuariat Leben/Kranken | Tel. -810""",
    "kerschbaum": """Herzliche Grüße

Julia Kerschbaum
Marketing & Kommunikation
Wendelstein Versicherung a.G. | Tel. 08031 4470-150""",
    "eibl": """Gruß Horst Eibl
Facility Management / Haustechnik
Tel. -190, mobil 0160 9127 334""",
    "aigner": """Dr. med. Sven Aigner
Gesellschaftsarzt, Risikoprüfung Leben/BU
Wendelstein Lebensversicherung AG""",
    "zach": """Mit freundlichen Grüßen

Monika Zach
Pflegeleistung
Wendelstein Krankenversicherung AG
Telefon 08031 4470-390""",
    "gruber": """Florian Gruber
Generalagentur der Wendelstein Versicherung
Marienplatz 3, 83043 Bad Aibling
Tel. 08061 93 47 10""",
    "lindqvist": """Best regards,
Hannah Lindqvist
Reinsurance & Large Losses
Wendelstein Versicherung a.G. | +49 8031 4470-830""",
    "stadler": """Mit freundlichen Grüßen

Markus Stadler
Haftpflicht-Schaden
Wendelstein Versicherung a.G. | Tel. 08031 4470-552""",
    "koenig": """Mit freundlichen Grüßen

Bettina König
Antrag & Vertrag Privatkunden
Wendelstein Versicherung a.G. | Tel. 08031 4470-230""",
}


def S(key):
    """Display address of a staff member."""
    name, local = STAFF[key]
    return f"{name} <{local}@{DOM}>"


def quote(text, prefix="> "):
    """Quote a text the way a mail client does ('>' quoting)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Dates and IDs
# ---------------------------------------------------------------------------

def when(s):
    """'2026-03-02 14:05' -> aware datetime in German local time (CET/CEST 2026)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= d < datetime.datetime(2026, 10, 25, 3, 0)
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


def msgid(n, salt="", host="mx1." + DOM):
    h = hashlib.sha1(f"{PREFIX}{n:04d}{salt}".encode()).hexdigest()
    return f"<{h[:16].upper()}.{h[16:24]}@{host}>"


# ---------------------------------------------------------------------------
# Attachments written by hand (standard library only)
# ---------------------------------------------------------------------------

def _zip(members, date_time, deflate=True, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) or not deflate else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zip_archive(members, date="2026-01-01 00:00"):
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    return _zip(members, (d.year, d.month, d.day, d.hour, d.minute, 0))


def _core_xml(title, creator, date):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(creator)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}T08:00:00Z</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{date}T08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def docx(paras, title="Dokument", creator="Wendelstein Versicherung a.G.", date="2026-01-01"):
    """paras: list of str or ('b', str) for a bold paragraph or ('t', [[cells]...]) for a table."""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "t":
            rows = []
            for r in p[1]:
                cells = "".join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                        + "".join(rows) + "</w:tbl>")
            continue
        bold = isinstance(p, tuple) and p[0] == "b"
        text = p[1] if isinstance(p, tuple) else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
    d = datetime.date.fromisoformat(date)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", _core_xml(title, creator, date))], (d.year, d.month, d.day, 8, 0, 0))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", creator="Wendelstein Versicherung a.G.", date="2026-01-01"):
    """sheets: list of (sheet name, rows); a cell is str (inline string) or int/float (number)."""
    files = []
    wb_sheets, wb_rels, overrides = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xrows = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xrows.append(f'<row r="{ri}">{"".join(cells)}</row>')
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<sheetData>{"".join(xrows)}</sheetData></worksheet>')
        files.append((f"xl/worksheets/sheet{si}.xml", ws))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets>{"".join(wb_sheets)}</sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(wb_rels) + '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(overrides) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    d = datetime.date.fromisoformat(date)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr)] + files + [("docProps/core.xml", _core_xml(title, creator, date))],
                (d.year, d.month, d.day, 8, 0, 0))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" office:version="1.2"')


def _odf(kind, inner, date):
    mt = {"text": "application/vnd.oasis.opendocument.text",
          "spreadsheet": "application/vnd.oasis.opendocument.spreadsheet"}[kind]
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS}><office:body><office:{kind}>{inner}'
               f'</office:{kind}></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mt}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    d = datetime.date.fromisoformat(date)
    return _zip([("mimetype", mt), ("content.xml", content), ("META-INF/manifest.xml", manifest)],
                (d.year, d.month, d.day, 8, 0, 0), stored_first=True)


def odt(paras, date="2026-01-01"):
    inner = "".join(f"<text:p>{xesc(p)}</text:p>" for p in paras)
    return _odf("text", inner, date)


def ods(rows, name="Tabelle1", date="2026-01-01"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
        xr.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    return _odf("spreadsheet", f'<table:table table:name="{xesc(name)}">{"".join(xr)}</table:table>', date)


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def pdf(text, title="Dokument", date="2026-01-01", lines_per_page=52):
    """A PDF with a real text layer (Helvetica, WinAnsi). Lines starting with '# ' are bold."""
    lines = text.split("\n")
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[""]]
    objs = {}
    npages = len(pages)
    page_ids = [5 + 2 * i for i in range(npages)]
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {npages} >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    streams = {}
    for i, pl in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for ln in pl:
            if ln.startswith("# "):
                ops += ["/F2 11 Tf", _pdf_str(ln[2:]) + " Tj", "/F1 10 Tf", "T*"]
            else:
                ops += [_pdf_str(ln) + " Tj", "T*"]
        ops.append("ET")
        raw = ("\n".join(ops)).encode("latin-1")
        comp = zlib.compress(raw, 9)
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cid} 0 R >>")
        streams[cid] = comp
    info_id = 5 + 2 * npages
    ds = date.replace("-", "")
    objs[info_id] = f"<< /Title {_pdf_str(title)} /Producer (Wendelstein DMS Druckdienst 4.2) /CreationDate (D:{ds}080000+01'00') >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in range(1, info_id + 1):
        offsets[oid] = out.tell()
        if oid in streams:
            data = streams[oid]
            out.write(f"{oid} 0 obj\n<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode())
            out.write(data)
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(f"{oid} 0 obj\n{objs[oid]}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {info_id + 1}\n0000000000 65535 f \n".encode())
    for oid in range(1, info_id + 1):
        out.write(f"{offsets[oid]:010d} 00000 n \n".encode())
    fid = hashlib.md5(title.encode() + date.encode()).hexdigest()
    out.write(f"trailer\n<< /Size {info_id + 1} /Root 1 0 R /Info {info_id} 0 R /ID [<{fid}> <{fid}>] >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics(text):
    """Calendar text written by hand in the mail; lines are joined with CRLF."""
    return "\r\n".join(text.strip("\n").split("\n")) + "\r\n"


# ---------------------------------------------------------------------------
# Building messages
# ---------------------------------------------------------------------------

MAILS = []


def add(n, label, lang, kind, reason, **kw):
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, kw=kw))


def build(kw, n, salt=""):
    """Build one EmailMessage from the keyword description of a mail."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = kw["frm"]
    m["To"] = kw["to"]
    if kw.get("cc"):
        m["Cc"] = kw["cc"]
    m["Subject"] = kw["subj"]
    m["Date"] = format_datetime(when(kw["date"]))
    m["Message-ID"] = kw.get("mid") or msgid(n, salt)
    if kw.get("irt"):
        m["In-Reply-To"] = kw["irt"]
        m["References"] = kw.get("refs", kw["irt"])
    if kw.get("ua"):
        # Outlook and Apple Mail write X-Mailer, Thunderbird and most others User-Agent
        xm = kw["ua"].startswith(("Microsoft", "iPhone", "Apple"))
        m["X-Mailer" if xm else "User-Agent"] = kw["ua"]
    for h, v in kw.get("hdrs", ()):
        m[h] = v
    charset = kw.get("cs", "utf-8")
    body, html = kw.get("body"), kw.get("html")
    if body is None and html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=kw.get("cte", "quoted-printable"))
    else:
        body = body.strip("\n") + "\n"
        cte = kw.get("cte", "quoted-printable")
        m.set_content(body, charset=charset, cte=cte)
        if kw.get("flowed"):
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for a in kw.get("atts", ()):
        kind = a[0]
        if kind == "msg":                    # ('msg', EmailMessage, filename or None)
            inner = a[1]
            if len(a) > 2 and a[2]:
                m.add_attachment(inner, filename=a[2])
            else:
                m.add_attachment(inner)
        elif kind == "text":                 # ('text', subtype, filename, str, charset)
            _, sub, fn, txt, cs = a
            if sub == "calendar":
                cte = "7bit" if txt.isascii() else "base64"
            else:
                cte = "quoted-printable"
            m.add_attachment(txt, subtype=sub, charset=cs, filename=fn, cte=cte)
        else:                                # ('bin', maintype, subtype, filename, bytes)
            _, mt, sub, fn, data = a
            m.add_attachment(data, maintype=mt, subtype=sub, filename=fn)
    _strip_mime_version(m, True)
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_WV_{n:04d}_{i}_{hashlib.md5((str(n) + salt + str(i)).encode()).hexdigest()[:12]}")
    return m


def _strip_mime_version(part, root):
    """Sub-parts carry no MIME-Version header (only a message root does)."""
    if not root and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        for sub in part.get_payload():
            _strip_mime_version(sub, True)
    elif part.is_multipart():
        for sub in part.get_payload():
            _strip_mime_version(sub, False)


def fwd(n, **kw):
    """An inner message (for message/rfc822 forwards); deterministic, built like any mail.
    Its Message-ID carries the host of the original sender."""
    host = re.search(r"@([A-Za-z0-9.-]+)", kw["frm"]).group(1)
    kw.setdefault("mid", msgid(n, "inner", host="mail." + host))
    return build(kw, n, salt="inner")


# Attachment shortcuts
def A_pdf(fn, text, title=None, date="2026-01-01"):
    return ("bin", "application", "pdf", fn, pdf(text, title or fn, date))


def A_docx(fn, paras, date="2026-01-01", title=None, creator="Wendelstein Versicherung a.G."):
    return ("bin", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", fn,
            docx(paras, title or fn, creator, date))


def A_xlsx(fn, sheets, date="2026-01-01", title=None, creator="Wendelstein Versicherung a.G."):
    return ("bin", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn,
            xlsx(sheets, title or fn, creator, date))


def A_odt(fn, paras, date="2026-01-01"):
    return ("bin", "application", "vnd.oasis.opendocument.text", fn, odt(paras, date))


def A_ods(fn, rows, date="2026-01-01", name="Tabelle1"):
    return ("bin", "application", "vnd.oasis.opendocument.spreadsheet", fn, ods(rows, name, date))


def A_zip(fn, members, date="2026-01-01 00:00"):
    return ("bin", "application", "zip", fn, zip_archive(members, date))


def A_csv(fn, text, cs="utf-8"):
    return ("text", "csv", fn, "\r\n".join(text.strip("\n").split("\n")) + "\r\n", cs)


def A_ics(fn, text):
    return ("text", "calendar", fn, ics(text), "utf-8")


def A_txt(fn, text, cs="utf-8"):
    return ("text", "plain", fn, text.strip("\n") + "\n", cs)


# ===========================================================================
# MAILS
# ===========================================================================

# --- 0001 -------------------------------------------------------------------
add(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "reply to a named customer's complaint about the reimbursement of a dental implant (regio 36, Knochenaufbau) in his health contract",
    frm=S("okafor"), to="Dieter Kranzfelder <d.kranzfelder@t-netz.example>",
    subj="AW: Beschwerde Erstattung Implantat !!! Vers.-Nr. KV-7-0031542",
    date="2026-01-07 10:42", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Kranzfelder,

vielen Dank für Ihre Nachricht, und entschuldigen Sie bitte, dass Sie so lange auf eine Antwort warten mussten.

Ich habe mir die Abrechnung von Dr. Hofstätter noch einmal angesehen. Erstattet haben wir die Implantatversorgung regio 36 nach Ihrem Tarif ZahnPlus 80 mit 80 % des erstattungsfähigen Betrags, also 2.146,40 EUR. Nicht erstattet haben wir den Knochenaufbau (GOZ 9100, 9110), weil der eingereichte Heil- und Kostenplan diese Positionen nicht enthielt und wir sie deshalb nicht vorab zusagen konnten. Das heißt aber nicht, dass sie grundsätzlich ausgeschlossen sind.

Wenn Dr. Hofstätter uns kurz begründet, warum der Knochenaufbau während der OP notwendig wurde (ein Satz mit Röntgenbefund genügt), prüfen wir die 612,75 EUR noch einmal. Sie können die Begründung auch selbst einreichen, gern per Post oder über das Kundenportal.

Ihre Frage nach dem Tarifwechsel beantworte ich Ihnen gern getrennt, sobald die Erstattung geklärt ist.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Dieter Kranzfelder <d.kranzfelder@t-netz.example>
Gesendet: Sonntag, 4. Januar 2026 21:17
An: Leistung Kranken <leistung-kv@wendelstein-vers.example>
Betreff: Beschwerde Erstattung Implantat !!! Vers.-Nr. KV-7-0031542

Sehr geehrte Damen und Herren,

ich bin jetzt seit 14 jahren bei Ihnen zusatzversichert und habe so gut wie nie was eingereicht. Jetzt brauch ich EINMAL ein Implantat unten links (Zahn 36) und Sie zahlen nur einen Teil, den Knochenaufbau garnicht. Dr. Hofstätter hat gesagt das ist bei fast jedem so und das hätte die Versicherung wissen müssen!!

Ich hab 3.380 Euro selber bezahlt und bekomme nur 2.146 zurück. So hab ich mir das nicht vorgestellt. Wenn das nicht geklärt wird kündige ich und gehe zur Verbraucherzentrale.

Mit freundlichen Grüßen
Dieter Kranzfelder
Rosenheimer Str. 17a
83059 Kolbermoor""")

# --- 0002 -------------------------------------------------------------------
add(2, "NORMAL", "de", "internal",
    "trap: first-aid refresher and defibrillator (AED) maintenance dates for all staff; no person's health, no customer",
    frm=S("eibl"), to=f"Alle Mitarbeitenden Rosenheim <alle-rosenheim@{DOM}>",
    subj="Ersthelfer-Auffrischung + Wartung Defibrillatoren (AED) im Februar",
    date="2026-01-09 08:05", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

zwei Termine aus der Haustechnik:

1) Ersthelfer-Auffrischung (9 UE) mit dem BRK Kreisverband Rosenheim am Dienstag, 10.02.2026, 8:30-16:00 Uhr im Schulungsraum 0.14. Es gibt noch 6 freie Plätze. Wer seit 2024 keine Auffrischung hatte, ist laut BG eigentlich dran. Anmeldung bitte über die Führungskraft, die Kosten übernimmt die BG.

2) Die beiden AED-Geräte (Foyer und 3. OG neben den Aufzügen) werden am Donnerstag, 12.02.2026, vormittags gewartet. Elektroden und Akkus werden getauscht. In dieser Zeit steht je ein Leihgerät am gleichen Platz.

Zur Erinnerung: Verbandkästen bitte nicht "ausleihen" für zu Hause. In der Küche im 2. OG fehlt schon wieder das Kühlpack.

Kalendereintrag für die Schulung hängt an.

""" + SIG["eibl"],
    atts=[A_ics("Ersthelfer_Auffrischung_10-02-2026.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendelstein Versicherung//Haustechnik//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:eh-auffrischung-20260210@wendelstein-vers.example
DTSTAMP:20260109T070000Z
DTSTART;TZID=Europe/Berlin:20260210T083000
DTEND;TZID=Europe/Berlin:20260210T160000
SUMMARY:Ersthelfer-Auffrischung (BRK) - Schulungsraum 0.14
LOCATION:Schulungsraum 0.14\\, Kufsteiner Str. 88
DESCRIPTION:Bitte bequeme Kleidung. Mittagessen in der Kantine.
END:VEVENT
END:VCALENDAR""")])

# --- 0003 -------------------------------------------------------------------
add(3, "CONFIDENTIAL", "en", "insurer-to-customer",
    "named customer's motor policy: policy number, registration plate and transfer of his UK no-claims discount; no health data",
    frm=S("gallagher"), to="Rhys Davies <rhys.davies@fastpost.example>",
    subj="RE: No claims bonus from UK - can I use it?",
    date="2026-01-12 15:31", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Davies,

thanks for sending the letter from your previous insurer. Good news: we can recognise your UK no-claims discount.

Your letter from Harbourline Motor confirms 7 claim-free years up to 30/11/2025 on a private car. Under our rules we translate that into Schadenfreiheitsklasse SF 7 for your policy KF-2231-778410 (VW Touran, RO-RD 2207). The new premium from 01/02/2026 is EUR 548.20 per year instead of EUR 891.60; we'll send the updated policy schedule by post in the next days, and the difference for January will be credited.

One small thing: the letter is not signed. If Harbourline can send a signed copy or an e-mail directly to us, that would be perfect for our file, but it does not hold up the change.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

From: Rhys Davies <rhys.davies@fastpost.example>
Sent: Friday, January 9, 2026 7:48 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: No claims bonus from UK - can I use it?

Hello,

I moved from Bristol to Rosenheim in Nov for work and insured my car with you (policy KF-2231-778410). I was put in the starting class which is really expensive compared to what I paid at home. I have 7 years no claims with Harbourline, letter attached. Is there any way you can use that?? My colleague said German insurers sometimes accept it.

Cheers,
Rhys""")

# --- 0004 -------------------------------------------------------------------
add(4, "NORMAL", "en", "insurer-to-broker",
    "trap: product changes of an expat health plan for brokers (outpatient limits, psychotherapy sessions, maternity waiting period); generic, no client",
    frm=S("raman"), to="Alpine Expat Brokers - Team <team@alpine-expat.example>",
    cc=S("gallagher"),
    subj="Global Health Select - changes from 1 April 2026 (broker info)",
    date="2026-01-14 11:02", ua="Microsoft Outlook 16.0",
    body="""Dear all,

as announced at our November meeting, Global Health Select (GHS) gets its annual update on 1 April 2026. The short version for your sales team:

- Outpatient psychotherapy: up to 30 sessions per year without pre-approval (was 20), afterwards with a short report from the therapist.
- Maternity: waiting period stays at 8 months, the benefit limit for a birth rises to EUR 9,000.
- Dental: orthodontics for children now included in GHS Plus up to EUR 1,500 per year.
- Medical evacuation: now covered worldwide, also for countries with travel warnings (except active war zones).
- Premiums: average +4.1 % for adults, children's premiums unchanged.

The updated product sheet is attached. The application form and the health questionnaire stay the same, so applications you have already started can be completed as they are.

Happy to join one of your Monday calls if you want to go through it.

""" + SIG["raman"] + "\n" + FOOT_EN,
    atts=[A_pdf("GHS_product_sheet_2026-04.pdf", """# Global Health Select - product sheet (valid from 01/04/2026)
Wendelstein Versicherung a.G. - International health insurance for expatriates

# Who can apply
People living in Germany or abroad for more than 6 months, aged 0 to 69 at application.

# Main benefits
Inpatient treatment: 100 %, private room in GHS Plus, shared room in GHS Base
Outpatient treatment: 90 % (GHS Base), 100 % (GHS Plus), annual deductible EUR 300 / 0
Psychotherapy: up to 30 sessions per calendar year without pre-approval
Maternity: up to EUR 9,000 per birth, waiting period 8 months
Dental treatment: 80 %, dentures 60 %, orthodontics for children up to EUR 1,500 p.a. (Plus)
Medical evacuation and repatriation: worldwide, 100 %
Vaccinations: all vaccinations recommended by STIKO or WHO

# Monthly premiums (examples, GHS Base / GHS Plus, EUR)
Age 30: 212.40 / 318.90
Age 40: 268.10 / 401.55
Age 50: 371.80 / 549.20
Child 0-17: 96.30 / 131.70

Applications need the health questionnaire (form GHS-A 12). This sheet is not a contract;
the General Terms GHS 2026 apply.""", title="GHS product sheet 2026", date="2026-01-13")])

# --- 0005 -------------------------------------------------------------------
add(5, "STRICTLY_CONFIDENTIAL", "de", "customer",
    "customer's phone mail forwarded to health claims: hospital bill for her gall bladder operation (Klinikum Inntal) in her health contract",
    frm=S("feldhoff"), to=f"Leistung Kranken <leistung-kv@{DOM}>",
    subj="WG: Rechnung Klinikum",
    date="2026-01-15 09:12", ua="Microsoft Outlook 16.0",
    body="""Hallo zusammen,

bitte übernehmen, die Kundin hat an die Service-Adresse geschrieben. Vertrag laut Bestand KV-7-0058817 (Vollversicherung, Tarif KOMFORT 1). Die Rechnung selbst hat sie nicht mitgeschickt, ich hab ihr geschrieben, dass Ihr Euch meldet.

Danke & Gruß
Tamara

-----Ursprüngliche Nachricht-----
Von: Sandra Obermüller <sandra.obermueller@mailbox.example>
Gesendet: Mittwoch, 14. Januar 2026 22:41
An: service@wendelstein-vers.example
Betreff: Rechnung Klinikum

Hallo, hab heute eine Rechnung vom Klinikum Inntal bekommen über 4312,80 € für die Gallen OP im Dezember (war 4 Tage drin). Zahlt ihr das direkt ans Krankenhaus oder muss ich das erst überweisen?? Die wollen das bis 31.1. haben. Die Chefarztbehandlung ist da auch mit drauf, das ist doch bei mir mit drin oder?
LG Sandra Obermüller

Von meinem iPhone gesendet""")

# --- 0006 -------------------------------------------------------------------
add(6, "CONFIDENTIAL", "de", "insurer-to-customer",
    "household contents claim of a named customer (stolen e-bike from the cellar): claim number, address, value; no health data",
    frm=S("aydemir"), to="Marco Lindner <marco.lindner84@gmx-post.example>",
    subj="AW: ebike geklaut aus keller",
    date="2026-01-16 13:55",
    body="""Hallo Herr Lindner,

das tut mir leid, ein neues E-Bike nach vier Monaten ist wirklich ärgerlich.

Ich habe den Schaden unter der Nummer S-26-003817 zu Ihrer Hausratversicherung HR 40 118 392 angelegt. Der Einbruch in ein verschlossenes Kellerabteil ist versichert. Damit ich den Schaden regulieren kann, brauche ich noch:

1. die Kaufrechnung des Rads (Cube, 3.499 EUR laut Ihrer Mail),
2. die Vorgangsnummer der Polizei bzw. die Anzeigebestätigung,
3. ein Foto vom aufgebrochenen Vorhängeschloss oder der Kellertür, falls noch vorhanden,
4. die Rahmennummer, falls sie nicht auf der Rechnung steht.

Die Unterlagen können Sie einfach als Antwort auf diese Mail schicken. Den Akku, der oben in der Wohnung war, haben Sie ja zum Glück noch.

""" + SIG["aydemir"] + "\n" + FOOT_DE + """

Am 15.01.2026 um 23:08 schrieb Marco Lindner:
> hallo,
>
> bei uns im haus (Aventinstr. 6, Rosenheim) wurden letzte nacht die keller
> aufgebrochen, mein ebike ist weg. Cube Kathmandu Hybrid, erst im september
> gekauft für 3499€. anzeige hab ich gemacht bei der polizei heute morgen.
> Hausrat ist bei euch die nr müsste HR 40118392 sein
>
> was brauchen sie von mir?
>
> gruß marco lindner
""")

# --- 0007 -------------------------------------------------------------------
add(7, "NORMAL", "de", "newsletter",
    "trap: customer newsletter (HTML) on dental prevention, flu vaccination, care insurance and bike season; no person",
    frm=f"Wendelstein kompakt <newsletter@{DOM}>", to="newsletter-empfaenger@wendelstein-vers.example",
    subj="Wendelstein kompakt Februar: Zahnvorsorge, Grippeschutz und Ihr Fahrrad",
    date="2026-02-03 07:00",
    hdrs=[("List-Unsubscribe", "<https://www.wendelstein-vers.example/newsletter/abmelden>")],
    body="""Wendelstein kompakt - Februar 2026

1. Zweimal im Jahr zur Kontrolle: Warum sich Zahnvorsorge lohnt
Professionelle Zahnreinigung, Bonusheft, Kontrolltermine: Wer regelmäßig zum Zahnarzt geht, spart später oft hohe Kosten für Kronen, Brücken oder Implantate. Unsere Zahnzusatztarife erstatten die professionelle Zahnreinigung bis 150 Euro im Jahr.

2. Grippesaison: Noch ist Impfen sinnvoll
Die Ständige Impfkommission empfiehlt die Grippeimpfung unter anderem ab 60 Jahren, für Schwangere und chronisch Kranke. Die Kosten übernimmt die Krankenversicherung.

3. Pflegezusatz: Was die gesetzliche Pflegeversicherung nicht zahlt
Ein Platz im Pflegeheim kostet in Bayern im Schnitt über 2.900 Euro Eigenanteil im Monat. Mit unserem Pflegetagegeld sichern Sie die Lücke ab - schon ab 19,80 Euro monatlich (Eintrittsalter 40).

4. Fahrradsaison: Ist Ihr E-Bike richtig versichert?
Über die Hausratversicherung ist Ihr Fahrrad nur bis zur vereinbarten Summe gegen Diebstahl versichert. Prüfen Sie den Betrag, bevor Sie im Frühjahr losfahren.

Newsletter abbestellen: https://www.wendelstein-vers.example/newsletter/abmelden
Wendelstein Versicherung a.G., Kufsteiner Straße 88, 83022 Rosenheim""",
    html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Wendelstein kompakt</title></head>
<body style="font-family:Arial,sans-serif;color:#23313d;max-width:640px">
<h1 style="color:#1c5d7a">Wendelstein kompakt &ndash; Februar 2026</h1>
<h2>Zweimal im Jahr zur Kontrolle: Warum sich Zahnvorsorge lohnt</h2>
<p>Professionelle Zahnreinigung, Bonusheft, Kontrolltermine: Wer regelmäßig zum Zahnarzt geht, spart später oft hohe Kosten für Kronen, Brücken oder Implantate. Unsere Zahnzusatztarife erstatten die professionelle Zahnreinigung bis 150&nbsp;Euro im Jahr.</p>
<h2>Grippesaison: Noch ist Impfen sinnvoll</h2>
<p>Die Ständige Impfkommission empfiehlt die Grippeimpfung unter anderem ab 60 Jahren, für Schwangere und chronisch Kranke. Die Kosten übernimmt die Krankenversicherung.</p>
<h2>Pflegezusatz: Was die gesetzliche Pflegeversicherung nicht zahlt</h2>
<p>Ein Platz im Pflegeheim kostet in Bayern im Schnitt über 2.900&nbsp;Euro Eigenanteil im Monat. Mit unserem <a href="https://www.wendelstein-vers.example/pflege">Pflegetagegeld</a> sichern Sie die Lücke ab &ndash; schon ab 19,80&nbsp;Euro monatlich (Eintrittsalter 40).</p>
<h2>Fahrradsaison: Ist Ihr E-Bike richtig versichert?</h2>
<p>Über die Hausratversicherung ist Ihr Fahrrad nur bis zur vereinbarten Summe gegen Diebstahl versichert. Prüfen Sie den Betrag, bevor Sie im Frühjahr losfahren.</p>
<hr><p style="font-size:11px"><a href="https://www.wendelstein-vers.example/newsletter/abmelden">Newsletter abbestellen</a> &middot; Wendelstein Versicherung a.G., Kufsteiner Straße 88, 83022 Rosenheim</p>
</body></html>""")

# --- 0008 -------------------------------------------------------------------
add(8, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "travel health claim of a named customer: hospital stay in Faro with gastroenteritis and dehydration, quoted in her own words",
    frm=S("gallagher"), to="Emily Hargreaves <em.hargreaves@quillmail.example>",
    subj="RE: Claim - hospital in Portugal",
    date="2026-01-19 10:17", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Hargreaves,

I'm sorry to hear about your holiday and I hope you are fully recovered by now.

I have opened claim RK-26-00291 under your travel health cover. The two nights at Hospital Particular do Algarve with IV fluids are covered in full, as is the ambulance from the hotel. To pay the hospital invoice of EUR 2,870.00 we still need:

- the discharge letter ("nota de alta") - a photo is fine, it does not need to be translated,
- the itemised invoice (the one you sent is the payment receipt only),
- your boarding passes or booking confirmation showing the travel dates.

The pharmacy receipt for the oral rehydration salts and the loperamide can go in with the same mail, we'll add it.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

From: Emily Hargreaves <em.hargreaves@quillmail.example>
Sent: Saturday, January 17, 2026 4:02 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: Claim - hospital in Portugal

Hi there,

I was in Faro over new year and got a really bad stomach bug on the 2nd (food poisoning or norovirus, they weren't sure). Couldn't keep any water down and the hotel called an ambulance, I was in hospital for 2 nights on a drip for dehydration. I had to pay 2870 euros with my credit card before they let me leave!!

My travel insurance is with you through the annual family policy, number RK-9-114 072. What do I need to send to get the money back? I've got a receipt from the hospital and the pharmacy.

Thanks,
Emily Hargreaves""")

# --- 0009 -------------------------------------------------------------------
add(9, "NORMAL", "de", "insurer-to-customer",
    "trap: prospect asks in general whether disability cover includes mental illness; generic product answer, no contract and no own health data",
    frm=S("feldhoff"), to="Jonas Weidinger <jonas.weidinger@posteo-mail.example>",
    subj="AW: Frage BU - psychische Erkrankungen mitversichert?",
    date="2026-01-20 16:40", ua="Microsoft Outlook 16.0",
    body="""Hallo Herr Weidinger,

danke für Ihre Anfrage über das Kontaktformular.

Ja: Bei unserer Berufsunfähigkeitsversicherung (Tarif BU Vital) sind psychische Erkrankungen wie Depressionen, Angststörungen oder ein Burn-out genauso versichert wie körperliche Erkrankungen. Entscheidend ist allein, ob Sie Ihren zuletzt ausgeübten Beruf voraussichtlich sechs Monate lang zu mindestens 50 % nicht mehr ausüben können. Einen pauschalen Ausschluss für "Psyche" gibt es in unseren Bedingungen nicht.

Bei Antragstellung stellen wir Gesundheitsfragen zu den letzten fünf Jahren (ambulante Behandlungen) bzw. zehn Jahren (stationär, Psychotherapie). Was Sie dort angeben, prüfen wir individuell. Ein Angebot und die Antragsfragen schicke ich Ihnen gern zu, oder Sie vereinbaren einen Termin bei unserer Generalagentur in Bad Aibling.

Die Versicherungsbedingungen BU Vital 2026 finden Sie unter www.wendelstein-vers.example/bu.

""" + SIG["feldhoff"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Kontaktformular <formular@wendelstein-vers.example>
Gesendet: Dienstag, 20. Januar 2026 11:03
An: service@wendelstein-vers.example
Betreff: Frage BU - psychische Erkrankungen mitversichert?

Name: Jonas Weidinger
E-Mail: jonas.weidinger@posteo-mail.example
Anliegen: Hallo, ich überlege eine BU abzuschließen (bin Erzieher, 29). In einem Forum habe ich gelesen, dass manche Versicherer psychische Krankheiten ausschließen. Wie ist das bei Ihnen?""")

# --- 0010 -------------------------------------------------------------------
add(10, "CONFIDENTIAL", "de", "insurer-to-customer",
    "confirmation of a named customer's new bank account for household and liability contracts; her full IBAN in the quoted phone mail",
    frm=S("feldhoff"), to="Vanessa Huber <vanessa.huber.ro@webpost.example>",
    subj="AW: Neue Bankverbindung",
    date="2026-01-21 09:26", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Huber,

vielen Dank, wir haben Ihre neue Bankverbindung für Ihre Hausratversicherung (HR 40 277 105) und Ihre Privathaftpflicht (PH 51 090 433) hinterlegt:

IBAN DE** **** **** **** **67 07, VR Bank Rosenheim-Chiemsee

Der nächste Einzug am 01.02.2026 läuft bereits über das neue Konto. Ein neues SEPA-Lastschriftmandat brauchen wir nicht, weil Sie als Kontoinhaberin gleich bleiben.

""" + SIG["feldhoff"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Vanessa Huber <vanessa.huber.ro@webpost.example>
Gesendet: Dienstag, 20. Januar 2026 19:55
An: service@wendelstein-vers.example
Betreff: Neue Bankverbindung

Hallo,
ich hab das Konto gewechselt, bitte ab Februar von der neuen abbuchen:
DE13 7119 0000 6428 6667 07
hoffe das geht so per mail?
Danke!! Vanessa Huber

Gesendet von meinem Galaxy""")

# --- 0011 -------------------------------------------------------------------
add(11, "STRICTLY_CONFIDENTIAL", "de", "internal",
    "company doctor's underwriting vote on a named applicant's disability application: ICD codes F43.2 and M54.4, psychotherapy, exclusion",
    frm=S("aigner"), to=S("koenig"),
    subj="Votum BU-Antrag Wenzl, Tobias - Antrag A-26-004512",
    date="2026-01-21 14:03", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau König,

mein Votum zum BU-Antrag Tobias Wenzl, geb. 02.05.1991, Elektroniker, Antrag A-26-004512, BU-Rente 1.500 EUR mtl.:

Angaben im Antrag / Arztbericht Dr. Kainz (Hausarzt) vom 08.01.2026:
- F43.2 Anpassungsstörung 2023 nach Trennung, 14 Sitzungen Verhaltenstherapie bis 03/2024, seither beschwerdefrei, keine Medikation
- M54.4 Lumboischialgie rechts 09/2024, 6x Physiotherapie, MRT ohne Bandscheibenvorfall, keine AU länger als 2 Wochen

Beurteilung: Psychische Vorgeschichte abgeschlossen, kein Rezidiv, kann ohne Zuschlag angenommen werden. Wirbelsäule bei körperlich belastendem Beruf und Befund vor erst 16 Monaten: Annahme mit Ausschlussklausel LWS (Klausel BU-K 07), Überprüfung der Klausel nach 3 Jahren auf Antrag möglich.

Ergebnis: Annahme mit Klausel BU-K 07, normaler Beitrag.

Bitte das Angebot so an die Agentur Gruber schicken.

""" + SIG["aigner"])

# --- 0012 -------------------------------------------------------------------
add(12, "NORMAL", "en", "internal",
    "trap: IT ticket about a scanner jamming on doctors' invoices in the health-claims mailroom; no invoice content, no person",
    frm=f"Wendelstein IT Service <servicedesk@{DOM}>", to=S("gallagher"),
    subj="[INC-26-00413] Updated: Scanner in health claims mailroom jams on doctors' invoices",
    date="2026-01-22 11:48",
    hdrs=[("Auto-Submitted", "auto-generated")],
    body="""Hello Owen Gallagher,

your ticket INC-26-00413 has been updated.

Title: Scanner in health claims mailroom jams on doctors' invoices
Status: In progress -> Waiting for supplier
Assigned group: IT Workplace / Kevin Brandl

Latest comment (Kevin Brandl, 22/01/2026 11:46):
The Kodak i4250 in room 1.07 jams on thin paper - mostly the carbon-copy invoices some doctors and pharmacies still use, and receipts stapled onto letters. I have lowered the feed speed and switched the separation roller, that helped for now. The supplier comes on Tuesday to replace the roller kit. Until then please remove staples and scan thin receipts with the flatbed or put them in a carrier sheet (there's a box next to the scanner).

No data was lost; the batch from this morning was re-scanned completely.

You can reply to this mail to add a comment. Please do not change the subject line.

Wendelstein IT Service - internal extension 777""")

# --- 0013 -------------------------------------------------------------------
add(13, "CONFIDENTIAL", "en", "insurer-to-customer",
    "motor claim of a named customer (rear-end collision, nobody hurt): claim number, plates, her own quoted words; no health data",
    frm=S("gallagher"), to="Lan Nguyen <nguyen.thilan@unimail-muc.example>",
    subj="RE: accident at traffic light",
    date="2026-01-26 09:05", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Nguyen,

thank you for reporting this so quickly, and good to hear that nobody was hurt.

From your description the other driver hit your car from behind while you were standing at the red light, so you are not at fault. That means:
- the damage to your Skoda Fabia (M-LN 5318) is paid by the other driver's liability insurer, not by us - your no-claims class is not affected;
- we have registered the case under KS-26-01177 in case the other side disputes it.

The other car (RO-KP 941) is insured with Isarwerk Versicherung. I'll send them a short notice today with your claim, so you can give the garage their claim number when they call you. Please do not sign anything from the other side's insurer without showing it to us first.

If the garage needs a cost estimate before starting, that is fine - just send me a copy.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Lan Nguyen <nguyen.thilan@unimail-muc.example>
Sent: Sunday, January 25, 2026 8:12 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: accident at traffic light

Dear Sir or Madam,

today at 15:30 I was waiting at red traffic light at Kufsteiner Straße / Ebersberger Straße in Rosenheim, a car drive into my back. The man said sorry his foot slip from brake. Nobody is injured but my car bumper is broken and the trunk does not close properly.

We exchange the datas, his number plate is RO-KP 941, the insurance Isarwerk. Police did not come because he admit it.

My car insurance with you is KF-2231-802266. Please tell me what I must do now, it is my first accident in Germany and I dont know the process.

Best regards
Nguyen Thi Lan""")

# --- 0014 -------------------------------------------------------------------
add(14, "NORMAL", "de", "internal",
    "trap: quarterly complaint statistics by line and cause (health refusals, BU, care) in an XLSX; aggregates only, no names",
    frm=S("veit"), to="Vorstandsbüro <vorstandsbuero@wendelstein-vers.example>",
    cc=S("lassmann"),
    subj="Beschwerdebericht Q4/2025 für die Vorstandssitzung am 03.02.",
    date="2026-01-27 17:20", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Damen und Herren,

anbei der Beschwerdebericht für das vierte Quartal 2025 (Tabelle nach Sparte und Beschwerdegrund, Vergleich zum Vorjahresquartal).

Die wichtigsten Punkte:
- 412 Beschwerden gesamt (Q4/2024: 388), davon 61 % innerhalb von 10 Arbeitstagen abschließend beantwortet.
- Größter Anstieg in der Krankenversicherung bei "Leistungsablehnung / Teilerstattung" (+23), fast ausschließlich Zahn und Heilpraktiker nach der Umstellung der Erstattungsprüfung im Oktober.
- BU: 9 Beschwerden, davon 4 zur Dauer der Leistungsprüfung.
- 3 Verfahren beim Ombudsmann, 2 BaFin-Eingaben (beide Kranken, beide inzwischen abgeschlossen).

Wir schlagen vor, die Textbausteine für Teilerstattungen Zahn zu überarbeiten; Entwurf bringe ich zur Sitzung mit.

""" + SIG["veit"],
    atts=[A_xlsx("Beschwerdebericht_Q4-2025.xlsx", [
        ("Sparte", [["Sparte", "Q4/2025", "Q4/2024", "Veränderung"],
                    ["Krankenversicherung", 148, 121, 27], ["Pflege", 19, 22, -3], ["Leben", 31, 35, -4],
                    ["Berufsunfähigkeit", 9, 7, 2], ["Unfall", 14, 16, -2], ["Kfz", 88, 91, -3],
                    ["Hausrat/Wohngebäude", 67, 61, 6], ["Haftpflicht", 21, 20, 1], ["Rechtsschutz", 15, 15, 0],
                    ["Gesamt", 412, 388, 24]]),
        ("Grund KV", [["Beschwerdegrund Krankenversicherung", "Anzahl"],
                      ["Leistungsablehnung / Teilerstattung Zahn", 52], ["Heilpraktiker / GebüH", 23],
                      ["Krankenhaus Wahlleistungen", 11], ["Beitragsanpassung", 29], ["Bearbeitungsdauer", 24],
                      ["Sonstiges", 9]]),
    ], date="2026-01-27", title="Beschwerdebericht Q4/2025", creator="Matthias Veit")])

# --- 0015 -------------------------------------------------------------------
add(15, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "care claim: daughter writes about her named mother's dementia and care-level application; reply quotes her",
    frm=S("zach"), to="Claudia Brandstetter <c.brandstetter@freenet-post.example>",
    subj="AW: Pflegegrad für meine Mutter Rosa Brandstetter",
    date="2026-01-28 11:30", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Brandstetter,

danke für Ihre ausführliche Nachricht. Ich kann gut verstehen, dass die letzten Wochen für Sie und Ihre Familie sehr anstrengend waren.

Den Antrag auf Pflegeleistungen für Ihre Mutter haben wir mit Eingang Ihrer Mail am 26.01.2026 erfasst; dieses Datum zählt für den Leistungsbeginn. Als Nächstes beauftragen wir MEDICPROOF mit der Begutachtung. Die Gutachterin meldet sich in den nächsten zwei bis drei Wochen telefonisch bei Ihnen, um einen Hausbesuch zu vereinbaren. Es ist gut, wenn Sie bei dem Termin dabei sind, denn Ihre Mutter wird ihre Einschränkungen wahrscheinlich kleiner darstellen, als sie sind - das erleben wir bei Demenz häufig.

Hilfreich für die Begutachtung:
- der Befundbericht der Gedächtnisambulanz vom Dezember,
- der aktuelle Medikationsplan (Sie schrieben von Donepezil),
- ein kurzes Pflegetagebuch über ein bis zwei Wochen: wann braucht sie Hilfe beim Waschen, Anziehen, Essen, wie oft ist sie nachts unterwegs.

Da Sie eine Vollmacht haben, schicke ich die Schreiben künftig an Sie. Bitte senden Sie uns noch eine Kopie der Vorsorgevollmacht.

""" + SIG["zach"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Claudia Brandstetter <c.brandstetter@freenet-post.example>
Gesendet: Montag, 26. Januar 2026 21:48
An: Pflege <pflege@wendelstein-vers.example>
Betreff: Pflegegrad für meine Mutter Rosa Brandstetter

Sehr geehrte Damen und Herren,

meine Mutter Rosa Brandstetter (geb. 11.03.1941, Vers.-Nr. PV-2-0019954) ist bei Ihnen privat kranken- und pflegeversichert. Im Dezember hat die Gedächtnisambulanz im Klinikum Rosenheim eine Alzheimer-Demenz festgestellt, mittelschwer. Sie lebt noch allein in ihrer Wohnung in Prien, aber sie vergisst das Essen, hat zweimal den Herd angelassen und findet abends manchmal nicht mehr heim. Ich fahre jeden Tag nach der Arbeit hin, mein Bruder am Wochenende.

Der Hausarzt sagt wir sollen einen Pflegegrad beantragen. Wie geht das bei Ihnen? Ich habe eine Vorsorgevollmacht.

Vielen Dank und freundliche Grüße
Claudia Brandstetter""")

# --- 0016 -------------------------------------------------------------------
add(16, "CONFIDENTIAL", "de", "insurer-to-broker",
    "status of a named customer's storm damage claim (buildings) for the broker: claim number, address, amounts; no health data",
    frm=S("aydemir"), to="Maklerkontor Seidl & Partner - Schaden <schaden@seidl-makler.example>",
    subj="AW: Sturmschaden Ehepaar Riedl, Hochriesstr. 12, Nußdorf - Stand?",
    date="2026-01-29 10:04", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau Seidl,

kurzer Stand zum Sturmschaden Riedl (Schaden S-26-001904, Wohngebäude WG 33 802 117):

- Der Sachverständige Herr Hainz war am 22.01. vor Ort. Sein Gutachten liegt seit gestern vor: 38 Dachziegel, Dachrinne Nordseite, Teile des Carport-Dachs. Schätzung 7.840 EUR brutto.
- Die Sturmstärke ist für Nußdorf am 13.01. mit Windstärke 9 belegt, die Deckung ist also unstrittig.
- Den Abschlag von 4.000 EUR haben wir heute angewiesen, auf das bekannte Konto der Eheleute.
- Der Rest folgt nach Vorlage der Dachdeckerrechnung. Das Carport ist nur mitversichert, weil es im Vertrag ausdrücklich steht - das passt.

Die Selbstbeteiligung von 250 EUR ziehen wir von der Schlusszahlung ab.

""" + SIG["aydemir"] + "\n" + FOOT_DE + """

Am 28.01.2026 um 16:22 schrieb Katrin Seidl:
> Hallo Frau Aydemir,
> die Eheleute Franz und Gerlinde Riedl haben sich bei mir gemeldet, der
> Dachdecker möchte anfangen und sie wissen nicht, ob sie schon beauftragen
> dürfen. Gibt es schon einen Stand? Die Schadennummer habe ich leider nicht,
> Vertrag läuft bei uns unter WG 33 802 117.
>
> Danke und viele Grüße
> Katrin Seidl
> Maklerkontor Seidl & Partner GmbH, Rosenheim
""")

# --- 0017 -------------------------------------------------------------------
add(17, "NORMAL", "de", "insurer-to-supplier",
    "trap: print order for brochures on dental and care supplementary insurance; product titles and quantities only",
    frm=S("kerschbaum"), to="Druckhaus Chiemgau - Auftragsannahme <auftrag@druckhaus-chiemgau.example>",
    subj="Druckauftrag Broschüren Frühjahr 2026 (Zahn, Pflege, BU)",
    date="2026-01-30 14:12", ua="Microsoft Outlook 16.0",
    body="""Guten Tag Herr Wallner,

wie besprochen unser Auftrag für die Frühjahrsauflage. Druckdaten liegen ab Montag auf dem bekannten Server im Ordner 2026-02_Broschueren.

Pos. 1  "Gesunde Zähne - unsere Zahnzusatzversicherung", A5, 12 Seiten, 4/4-farbig, Bilderdruck matt 135 g, 8.000 Stück
Pos. 2  "Pflege: Wenn es darauf ankommt" (Pflegetagegeld), A5, 16 Seiten, 5.000 Stück
Pos. 3  "Ihre Arbeitskraft absichern" (Berufsunfähigkeit), A5, 8 Seiten, 6.000 Stück
Pos. 4  Beileger "Grippeimpfung - was Ihre Krankenversicherung zahlt", DIN lang, 20.000 Stück

Bitte wieder mit FSC-Kennzeichnung. Auf Seite 11 der Zahnbroschüre bitte das Foto mit dem Kind auf dem Zahnarztstuhl so beschneiden, dass das Praxislogo nicht zu sehen ist (Nutzungsrechte nur ohne Logo).

Liefertermin: spätestens 27.02.2026, Anlieferung an die Poststelle, Rampe Rückseite.

Rechnungsanschrift wie immer, bitte mit Bestellnummer BE-2026-0147.

""" + SIG["kerschbaum"] + "\n" + FOOT_DE)

# --- 0018 -------------------------------------------------------------------
add(18, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "named expat customer's complaint about partial reimbursement of physiotherapy after knee surgery (ACL), quoted with her typos",
    frm=S("gallagher"), to="Marta Kowalczyk <marta.kowalczyk@inbox-pl.example>",
    subj="RE: physio - why only 12 sessions paid???",
    date="2026-02-02 11:37", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Kowalczyk,

thank you for your message, and I understand your frustration - I'd be annoyed too if I had expected the full amount.

I have checked the claim again. Your plan, GHS Base, covers physiotherapy up to 12 sessions per prescription without further documents. Dr. Lindemann prescribed 18 sessions on one prescription after your ACL reconstruction, and for sessions 13 to 18 we need a short note from him or the physiotherapist that further treatment is medically necessary. That is what the letter from 27 January meant; I admit it was not written very clearly.

So nothing is rejected. As soon as we have the note (a few lines are enough, e.g. "range of motion still limited to 100 degrees, further physiotherapy necessary"), we pay the remaining 6 sessions, EUR 171.60.

I have also passed your comment about the letter to our complaints team, because you are not the first to misunderstand it.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Marta Kowalczyk <marta.kowalczyk@inbox-pl.example>
Sent: Friday, January 30, 2026 10:58 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: physio - why only 12 sessions paid???

Hello,

I had my knee operation in november (cruciate ligament, skiing accident in Spitzingsee) and my doctor gave me 18 physio sessions. I payed all 18 = 514,80 EUR. Now you send me a letter that you pay only 12 and the rest "subject to medical necesity". Of course it is necesary, I still cant walk stairs normal!! The letter is very confusing, I read it 3 times.

I pay every month 268 euro for this insurance and now I have to fight for 170 euro? Please explain me.

Marta Kowalczyk
member no. GHS-2024-07731""")

# --- 0019 -------------------------------------------------------------------
add(19, "CONFIDENTIAL", "de", "insurer-to-customer",
    "motor policy of a named customer: adding her 17-year-old son as driver with his birth date, new premium; no health data",
    frm=S("rauscher"), to="Andrea Maier <andrea.maier@bayernpost.example>",
    subj="AW: Sohn als Fahrer eintragen",
    date="2026-02-03 08:49",
    body="""Guten Morgen Frau Maier,

gern, ich habe Ihren Sohn Lukas Maier, geb. 14.02.2008, ab seinem 18. Geburtstag als weiteren Fahrer in Ihrem Kfz-Vertrag KF-2231-640953 (Opel Astra, RO-AM 388) eingetragen. Begleitetes Fahren mit 17 war schon über Sie als Begleitperson abgedeckt, deshalb erst jetzt die Änderung.

Durch den jungen Fahrer steigt der Beitrag ab 14.02.2026 von 612,40 EUR auf 797,15 EUR im Jahr. Der Nachtrag kommt per Post. Tipp: Wenn Lukas die ersten zwei Jahre unfallfrei fährt, fällt der Zuschlag für Fahranfänger im Tarif weg.

Eine Zweitwagen-Einstufung für ein eigenes Auto von Lukas wäre später auch möglich, dann melden Sie sich einfach.

""" + SIG["rauscher"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Andrea Maier <andrea.maier@bayernpost.example>
Gesendet: Montag, 2. Februar 2026 18:21
An: kfz@wendelstein-vers.example
Betreff: Sohn als Fahrer eintragen

Hallo mein Sohn wird am 14.2. 18 und hat dann den führerschein ohne begleitung. Muss ich ihn bei der Versicherung anmelden? Auto ist der Astra RO-AM 388
Gruß A. Maier

Von meinem iPhone gesendet""")

# --- 0020 -------------------------------------------------------------------
add(20, "NORMAL", "en", "insurer-to-partner",
    "trap: English press release with company results, health claims ratio and care figures; aggregates only",
    frm=S("kerschbaum"), to="Editorial desk <news@insurance-review-europe.example>",
    subj="Press release: Wendelstein Versicherung reports preliminary 2025 results",
    date="2026-02-04 10:00", ua="Microsoft Outlook 16.0",
    body="""Dear editors,

please find below our press release on the preliminary 2025 figures (embargo lifted). A German version is on our website.

---
Rosenheim, 4 February 2026 - Wendelstein Versicherung a.G. grew its gross written premiums by 5.8 % to EUR 1.41 billion in 2025 (2024: EUR 1.33 billion).

Health insurance remained the largest line with EUR 612 million in premiums. Benefits paid rose by 7.9 %, driven by higher hospital costs and more claims for psychotherapy and dental treatment; the claims ratio in health was 81.4 %. Long-term care insurance paid benefits to 4,310 insured persons, 11 % more than in the previous year.

In property and casualty the combined ratio improved to 96.2 % (2024: 101.7 %) after a year with fewer hailstorms in southern Bavaria. Motor premiums rose by 9 % following tariff increases across the market.

"We paid more for health than ever before, and that is exactly what our members pay their premiums for," said CEO Dr. Elisabeth Hartl.

The final annual report will be published on 28 April 2026.
---

Press contact: Julia Kerschbaum, +49 8031 4470-150, presse@wendelstein-vers.example

""" + SIG["kerschbaum"] + "\n" + FOOT_EN)

# --- 0021 -------------------------------------------------------------------
add(21, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "premium arrears in a named customer's substitutive health insurance after job loss; health contract and reminder (personal line)",
    frm=S("feldhoff"), to="Stefan Dachs <stefan.dachs@kabelmail.example>",
    subj="AW: Mahnung - ich hab meinen Job verloren",
    date="2026-02-05 13:15", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Dachs,

danke, dass Sie sich gemeldet haben - das ist genau der richtige Schritt.

Zu Ihrem Krankenversicherungsvertrag KV-7-0047260: Offen sind die Beiträge für Dezember und Januar, zusammen 1.186,40 EUR. Ich habe das Mahnverfahren für acht Wochen angehalten, bis 02.04.2026 bekommen Sie keine weitere Mahnung.

In der Zeit haben Sie mehrere Möglichkeiten, die wir gern mit Ihnen durchgehen:
1. Ratenzahlung für den Rückstand, z. B. sechs Monatsraten.
2. Wenn Sie Arbeitslosengeld I bekommen, zahlt die Agentur für Arbeit einen Zuschuss zu Ihrem Beitrag (bis zur Höhe des Beitrags, den sie sonst an eine gesetzliche Kasse zahlen würde). Den Antrag stellen Sie dort, wir schicken Ihnen dafür eine Beitragsbescheinigung.
3. Ein Wechsel in einen günstigeren Tarif oder eine höhere Selbstbeteiligung.

Ihr Versicherungsschutz bleibt bestehen. Ihre Behandlungen (Sie schrieben vom Kardiologen im März) werden ganz normal erstattet.

Rufen Sie mich gern an, die Durchwahl steht unten.

""" + SIG["feldhoff"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Stefan Dachs <stefan.dachs@kabelmail.example>
Gesendet: Mittwoch, 4. Februar 2026 23:37
An: service@wendelstein-vers.example
Betreff: Mahnung - ich hab meinen Job verloren

Guten Abend,

heute kam die 2. Mahnung für meine Krankenversicherung. Ich weiß das ich im Rückstand bin, meine Firma ist im November insolvent gegangen und ich hab seit dem kein Gehalt gehabt, das Arbeitsamt zahlt erst ab Februar. Ich kann die 593 Euro im Monat grade nicht zahlen.

Bitte kündigen sie mir nicht!!! Ich hab im März einen Termin beim Kardiologen wegen meinem Herz (Vorhofflimmern) und brauch die Versicherung unbedingt.

Was kann ich machen?
Stefan Dachs""")

# --- 0022 -------------------------------------------------------------------
add(22, "CONFIDENTIAL", "de", "insurer-to-customer",
    "personal liability claim of a named customer: his 8-year-old son scratched a neighbour's car; claim number, no one hurt",
    frm=S("stadler"), to="Thomas Auer <t.auer@familie-auer.example>",
    subj="Re: Kratzer am Nachbarauto - Haftpflicht?",
    date="2026-02-06 09:40", ua="Thunderbird/128.6.0",
    flowed=True, cte="8bit",
    body="""Guten Morgen Herr Auer,

danke für die Schilderung und die Fotos.

Ich habe den Fall unter der Schadennummer H-26-000688 zu Ihrer 
Privathaftpflicht PH 51 044 918 angelegt. Ihr Sohn Jakob ist als Kind 
mitversichert. Da er acht Jahre alt ist, kommt es darauf an, ob er 
deliktsfähig ist (bei Kindern unter 10 Jahren im Straßenverkehr 
meistens nicht) - in Ihrem Tarif ist aber die "Deliktsunfähigkeit von 
Kindern" bis 5.000 EUR mitversichert, wir zahlen also trotzdem, damit 
es mit Ihren Nachbarn keinen Streit gibt.

Bitte geben Sie Frau Schwinghammer meine Mailadresse, sie soll mir den 
Kostenvoranschlag ihrer Werkstatt schicken. Dann regeln wir das direkt 
mit ihr.

""" + SIG["stadler"] + "\n" + FOOT_DE + """

Am 05.02.2026 um 20:14 schrieb Thomas Auer:
> Hallo,
>
> unser Sohn Jakob (8) ist heute mit dem Fahrrad in der Einfahrt
> gegen das Auto von unserer Nachbarin Frau Schwinghammer gefahren,
> ein langer Kratzer an der Fahrertür. Ihm ist nix passiert, dem Auto
> leider schon. Zahlt das unsere Haftpflicht? Wir sind bei Ihnen seit
> 2019, Nummer müsste PH 51 044 918 sein.
>
> Fotos hängen an (3 Stück).
>
> Viele Grüße
> Thomas Auer
""")

# --- 0023 -------------------------------------------------------------------
add(23, "NORMAL", "de", "internal",
    "trap: data-protection minutes about handling health data in the inbox, portal and scanner; rules and to-dos, no person's data",
    frm=S("lassmann"), to="DS-Koordinatoren <ds-koordinatoren@wendelstein-vers.example>",
    subj="Protokoll Datenschutz-Jour-fixe 05.02.2026",
    date="2026-02-06 15:02", ua="Microsoft Outlook 16.0",
    body="""Liebe Datenschutzkoordinatorinnen und -koordinatoren,

hier das Protokoll vom Donnerstag.

Teilnehmende: Lassmann, Okafor (KV), Hollmann (LV), Aydemir (Sach), Brandl (IT), Veit (Beschwerden)

TOP 1 Gesundheitsdaten im Sammelpostfach service@
Kunden schicken Arztrechnungen, Befunde und AU-Bescheinigungen weiterhin an die allgemeine Service-Adresse. Beschluss: Weiterleitung an die Leistung nur intern, nicht per Weiterleitung an private oder externe Adressen; im Sammelpostfach nach Bearbeitung löschen (Aufbewahrung in der Leistungsakte genügt). Frau Feldhoff informiert das Serviceteam.

TOP 2 Antworten an Kunden mit Diagnosen
Antworten, die Diagnosen, Rechnungsdetails oder Ergebnisse der Gesundheitsprüfung enthalten, gehen nur verschlüsselt oder über das Kundenportal. Wo der Kunde ausdrücklich unverschlüsselte Mail wünscht, brauchen wir seine dokumentierte Einwilligung (Formular E-07).

TOP 3 Scanner Poststelle
Fehleinzüge bei dünnem Papier (Ticket INC-26-00413). Kein Datenverlust. Herr Brandl meldet, wenn der Tausch erfolgt ist.

TOP 4 Schulung
Pflichtschulung "Gesundheitsdaten sicher bearbeiten" bis 31.03.2026 für alle Leistungsbereiche; Quote aktuell 64 %.

Nächster Termin: 05.03.2026, 10:00 Uhr, Raum 2.21.

""" + SIG["lassmann"])

# --- 0024 -------------------------------------------------------------------
add(24, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
    "request to an orthopaedic surgeon for a medical report on a named patient's ACL reconstruction for an accident claim",
    frm=S("gallagher"), to="Orthopaedics Schwabing - Dr. Lindemann <office@ortho-lindemann.example>",
    subj="Medical report request - Ms Marta Kowalczyk, born 19/08/1993",
    date="2026-02-09 10:20", ua="Microsoft Outlook 16.0",
    body="""Dear Dr. Lindemann,

we insure your patient Ms Marta Kowalczyk, born 19/08/1993, under an international health plan with an accident benefit (member no. GHS-2024-07731). She has given her written consent to release medical information to us (copy attached to our letter of 27 January).

Regarding her skiing accident of 16 November 2025 and the arthroscopic ACL reconstruction of the left knee on 24 November 2025, could you please send us a short report with:

1. the diagnosis at admission (including any meniscus injury),
2. the current range of motion and whether further physiotherapy beyond the 12 sessions already paid is medically necessary,
3. an estimate of when she will be able to return to full work (she is a software tester, mostly sitting),
4. whether a permanent impairment of the knee is to be expected.

We will pay for the report according to GOÄ no. 75 (EUR 17.43 at the 2.3 rate); please add your invoice. A short letter in English or German is fine.

""" + SIG["gallagher"] + "\n" + FOOT_EN)

# --- 0025 -------------------------------------------------------------------
add(25, "CONFIDENTIAL", "en", "insurer-to-company",
    "fleet renewal for a company with a named fleet manager and a CSV of vehicles with named drivers and their birth dates",
    frm=S("raman"), to="Sarah Whitfield <s.whitfield@brightwater-software.example>",
    subj="Fleet policy FL-8810-204 - renewal 1 March and driver list",
    date="2026-02-10 16:45", ua="Microsoft Outlook 16.0",
    body="""Dear Sarah,

thank you for the updated car list. Attached is the list as we now have it in the system for the renewal of fleet policy FL-8810-204 on 1 March 2026 - please check the drivers in particular, because two of them are new and under 25, which affects the premium.

Summary:
- 9 vehicles (was 8), the new Tesla Model Y from 15 February included
- total premium EUR 14,212.00 net p.a. (was EUR 12,980.00), i.e. +9.5 %, mainly market-wide price increases plus one young driver
- deductible in comprehensive cover unchanged at EUR 500

If the list is correct, a short "OK" by e-mail is enough and we will issue the renewal documents.

""" + SIG["raman"] + "\n" + FOOT_EN,
    atts=[A_csv("Brightwater_fleet_2026-03.csv", """plate;make_model;first_registration;main_driver;driver_born;cover
M-BW 1001;VW ID.4;2023-05-12;Daniel Krüger;1979-06-03;comprehensive
M-BW 1002;VW ID.4;2023-05-12;Sarah Whitfield;1984-11-21;comprehensive
M-BW 1003;Skoda Enyaq;2024-01-30;Mehmet Aksoy;1990-02-17;comprehensive
M-BW 1004;Skoda Enyaq;2024-01-30;Julia Brenninger;2001-09-09;comprehensive
M-BW 1005;BMW i4;2024-07-01;Tom Fairbairn;1972-04-28;comprehensive
M-BW 1006;Renault Kangoo E-Tech;2022-10-14;pool;;partial
M-BW 1007;Renault Kangoo E-Tech;2022-10-14;pool;;partial
M-BW 1008;Cupra Born;2025-03-03;Leonie Hartwig;2002-12-01;comprehensive
M-BW 1009;Tesla Model Y;2026-02-15;Ravi Menon;1988-07-14;comprehensive""")])

# --- 0026 -------------------------------------------------------------------
add(26, "NORMAL", "de", "insurer-to-customer",
    "objection to advertising from a non-customer confirmed; name and address only, no contract, no sensitive data",
    frm=S("feldhoff"), to="Herbert Schmiedinger <h.schmiedinger@oberland-net.example>",
    subj="AW: Keine Werbung mehr!!!",
    date="2026-02-11 10:55", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Schmiedinger,

Sie haben recht, und ich entschuldige mich für die Post. Wir haben Ihren Widerspruch gegen Werbung heute in unserer Sperrliste eingetragen. Ihre Anschrift hatten wir aus einer gemieteten Adressliste eines Adressverlags; dort haben wir die Sperrung ebenfalls veranlasst.

Es kann sein, dass Sie in den nächsten zwei Wochen noch ein Schreiben erhalten, das bereits gedruckt war. Danach sollte Schluss sein. Wenn nicht, melden Sie sich bitte direkt bei mir.

""" + SIG["feldhoff"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Herbert Schmiedinger <h.schmiedinger@oberland-net.example>
Gesendet: Montag, 9. Februar 2026 17:03
An: service@wendelstein-vers.example
Betreff: Keine Werbung mehr!!!

Ich bekomme jetzt zum DRITTEN mal einen Brief von Ihnen mit Werbung für eine Sterbegeldversicherung. Ich bin nicht Ihr Kunde und will es auch nicht werden. Woher haben Sie überhaupt meine Adresse?? Streichen Sie mich aus Ihrer Liste.

H. Schmiedinger
Kirchweg 4, 83115 Neubeuern""")

# --- 0027 -------------------------------------------------------------------
add(27, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "disability claim of a named roofer: herniated disc, surgery, incapacity for work in his own words quoted; documents requested",
    frm=S("hollmann"), to="Alois Kirchleitner <alois.kirchleitner@inntal-dach.example>",
    subj="AW: BU Antrag stellen wegen Bandscheibe",
    date="2026-02-12 14:28", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Kirchleitner,

vielen Dank für Ihre Nachricht. Es tut mir leid, dass es Ihnen so geht.

Ihre Meldung gilt als Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung LV 2014/318 774-2 (BU-Rente 1.800 EUR monatlich). Damit wir prüfen können, schicke ich Ihnen per Post die Unterlagen zu:

- den Fragebogen zur Berufsunfähigkeit mit einer genauen Beschreibung Ihrer Arbeit als Dachdecker vor der Erkrankung (wie viele Stunden auf dem Dach, was Sie heben und tragen, welche Büroarbeit Sie als Betriebsinhaber machen),
- die Schweigepflichtentbindung für die behandelnden Ärzte (Dr. Mosandl, Schön Klinik Vogtareuth, Reha Bad Feilnbach),
- den Entlassungsbericht der Reha, sobald Sie ihn haben.

Die Unterlagen können Sie auch über das Portal hochladen. Wichtig für Sie: Die Beitragszahlung für die BU müssen Sie während der Prüfung nicht aussetzen - wenn wir anerkennen, erstatten wir die Beiträge ab dem Beginn der Berufsunfähigkeit.

""" + SIG["hollmann"] + "\n" + FOOT_LV + """

-----Ursprüngliche Nachricht-----
Von: Alois Kirchleitner <alois.kirchleitner@inntal-dach.example>
Gesendet: Mittwoch, 11. Februar 2026 06:52
An: leben@wendelstein-vers.example
Betreff: BU Antrag stellen wegen Bandscheibe

Servus,

ich hab seit Oktober einen Bandscheibenvorfall L5/S1, bin im November in Vogtareuth operiert worden und jetzt in der Reha in Bad Feilnbach bis Ende Februar. Der Arzt sagt aufs Dach komm ich nicht mehr, max. 10 kg heben. Ich bin 54 und mach den Job seit ich 16 bin, hab einen Betrieb mit 4 Leuten.

Ich hab bei euch eine BU seit 2014, die Nummer hab ich grad nicht da. Was muss ich machen?

Gruß Alois Kirchleitner
Dachdeckerei Kirchleitner, Raubling

Gesendet von meinem Samsung Galaxy Smartphone.""")

# --- 0028 -------------------------------------------------------------------
add(28, "NORMAL", "en", "internal",
    "trap: English job advert for a health claims handler (doctors' invoices, ICD-10, GOÄ knowledge wanted); no applicant",
    frm=S("wurzer"), to=f"Intranet Redaktion <intranet@{DOM}>",
    cc=S("gallagher"),
    subj="Job ad for intranet + LinkedIn: Claims Handler Health, International Client Desk",
    date="2026-02-13 09:31", ua="Microsoft Outlook 16.0",
    body="""Hallo liebes Intranet-Team,

bitte die folgende Stellenanzeige ab Montag im Intranet und auf unserer LinkedIn-Seite veröffentlichen (auf Englisch, weil das Team international arbeitet). Owen hat den Text freigegeben.

Danke!
Sabine

---
Claims Handler Health (m/f/d) - International Client Desk, Rosenheim, full time

Our International Client Desk looks after 6,800 expats and international students insured with Wendelstein. We are looking for a colleague who checks and pays medical claims from all over the world.

What you will do
- check doctors' invoices, hospital bills and pharmacy receipts from Germany and abroad
- talk to customers, doctors and hospitals in English and German
- decide on cost coverage for planned treatment and hospital stays
- work with our assistance partner on emergencies and repatriations

What you bring
- training as a medical assistant, nurse or insurance clerk, or a degree in health management
- knowledge of ICD-10 and the German fee scales GOÄ/GOZ is a plus
- very good English, good German (B2)

What we offer
- 38-hour week, hybrid work (up to 3 days from home), 30 days of holiday
- company pension, supplementary health insurance, bike leasing

Apply by 15 March 2026 via karriere.wendelstein-vers.example, reference INT-HC-03.
---

""" + SIG["wurzer"])

# --- 0029 -------------------------------------------------------------------
add(29, "CONFIDENTIAL", "de", "insurer-to-customer",
    "legal expenses cover for a named customer's rent-increase dispute: contract and claim number, landlord, rent amounts",
    frm=S("hutter"), to="Miriam Oswald <miriam.oswald@web-mail.example>",
    subj="AW: Mieterhöhung - zahlt meine Rechtsschutz den Anwalt?",
    date="2026-02-16 11:12", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Oswald,

ja, für die Prüfung und Abwehr der Mieterhöhung besteht Versicherungsschutz. Ich bestätige Ihnen hiermit die Kostenübernahme für die außergerichtliche Tätigkeit eines Rechtsanwalts zu Ihrer Rechtsschutzversicherung RS 62 114 080 (Baustein Wohnen/Mieter), Schadennummer R-26-000417. Die Selbstbeteiligung beträgt 150 EUR.

Sie können einen Anwalt Ihrer Wahl beauftragen. Wenn Sie niemanden kennen, nennen wir Ihnen gern eine Kanzlei mit Schwerpunkt Mietrecht in Rosenheim. Geben Sie dem Anwalt bitte unsere Schadennummer, er rechnet dann direkt mit uns ab.

Zu Ihrer Frage: Die Frist zur Zustimmung läuft bis zum Ende des zweiten Monats nach Zugang des Schreibens, bei Zugang am 29.01. also bis 31.03.2026. Bis dahin müssen Sie nichts unterschreiben.

""" + SIG["hutter"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Miriam Oswald <miriam.oswald@web-mail.example>
Gesendet: Freitag, 13. Februar 2026 12:30
An: rechtsschutz@wendelstein-vers.example
Betreff: Mieterhöhung - zahlt meine Rechtsschutz den Anwalt?

Hallo,

mein Vermieter (Immobilien Zellner GmbH) will die Miete von 890 auf 1.045 € kalt erhöhen, Begründung Mietspiegel. Ich finde das ist mehr als die 15% die erlaubt sind?? Ich würde gern einen Anwalt drüber schauen lassen. Bin bei Ihnen rechtsschutzversichert (RS 62 114 080).

Danke, Miriam Oswald, Wittelsbacherstr. 30, Rosenheim""")

# --- 0030 -------------------------------------------------------------------
add(30, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
    "cost coverage declaration to a hospital for a named patient's planned hip replacement (M16.1, OPS 5-820), with tariff details",
    frm=S("okafor"), to="Klinikum Inntal - Patientenverwaltung <patientenverwaltung@klinikum-inntal.example>",
    subj="Kostenübernahmeerklärung Herr Josef Mitterer, geb. 27.06.1958 - Aufnahme 02.03.2026",
    date="2026-02-17 10:03", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Damen und Herren,

für unseren Versicherten

Herr Josef Mitterer, geb. 27.06.1958, Am Anger 9, 83101 Rohrdorf
Versicherungsnummer KV-7-0012284, Tarif KOMFORT 2 (Vollversicherung)

übernehmen wir die Kosten der stationären Behandlung ab 02.03.2026 in der Klinik für Orthopädie und Unfallchirurgie:

Aufnahmediagnose: M16.1 Primäre Koxarthrose rechts
Geplanter Eingriff: Implantation einer Hüftendoprothese (OPS 5-820.00)
Voraussichtliche Verweildauer: 6 Tage

Erstattet werden die allgemeinen Krankenhausleistungen nach DRG sowie die Wahlleistungen Einbettzimmer und Chefarztbehandlung (Dr. Huber). Eine anschließende Anschlussheilbehandlung ist nach Tarif KOMFORT 2 ebenfalls versichert; bitte lassen Sie uns den Antrag des Sozialdienstes rechtzeitig zukommen.

Die Rechnung senden Sie bitte direkt an uns (Direktabrechnung), Rechnungen für Wahlleistungen ebenfalls.

""" + SIG["okafor"] + "\n" + FOOT_KV)

# --- 0031 -------------------------------------------------------------------
add(31, "NORMAL", "de", "internal",
    "trap: water damage in the tenant dental practice on the ground floor of the insurer's own building; building and facility matter, no patients",
    frm=S("eibl"), to="Hausverwaltung / Führungskreis Gebäude <gebaeude@wendelstein-vers.example>",
    cc=S("brandl"),
    subj="Wasserschaden EG Zahnarztpraxis / Serverraum nicht betroffen",
    date="2026-02-18 07:12", ua="iPhone Mail (22D63)",
    body="""Kurzinfo von unterwegs:

Heute Nacht ist im 1. OG in der Teeküche der Anschluss von der Spülmaschine abgerissen. Wasser ist durch die Decke in die Zahnarztpraxis im EG (Mieter Dr. Sailer) gelaufen, Behandlungszimmer 2 und Wartezimmer. Die Praxis hat heute zu, Patienten werden umbestellt, macht die Praxis selbst.

Serverraum ist NICHT betroffen, hab um 6:30 nachgeschaut, Kevin bitte trotzdem die Feuchtesensoren prüfen.

Trocknungsfirma kommt um 9. Schaden läuft über unsere eigene Gebäudeversicherung, ich mach die Meldung heute Nachmittag. Teeküche 1. OG bitte bis auf weiteres nicht benutzen.

Horst

Von meinem iPhone gesendet""")

# --- 0032 -------------------------------------------------------------------
add(32, "CONFIDENTIAL", "en", "insurer-to-customer",
    "electronics claim of a named customer (coffee over her laptop): policy and claim number, device value, quoted phone mail; no health data",
    frm=S("gallagher"), to="Chloe Bennett <chloe.bennett@mailbox-uk.example>",
    subj="RE: laptop - coffee accident :(",
    date="2026-02-19 12:06", ua="Microsoft Outlook 16.0",
    body="""Hi Ms Bennett,

oh dear - but yes, liquid damage is covered under your electronics insurance EL 70 331 208, including the laptop.

I've opened claim E-26-000912. The next step is simple: take the MacBook to an authorised repair shop (e.g. the one in the Rosenheim city centre, Max-Josefs-Platz) and ask for a written cost estimate or a statement that it is a total loss. Please don't pay anything yet; send us the estimate and we will confirm.

If it can't be repaired we pay the replacement value. Your laptop is 14 months old, so you would get the current price of a comparable model minus EUR 100 deductible.

Data recovery is not covered, unfortunately, but the repair shop can usually save the SSD.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

On Wed, 18 Feb 2026 at 21:40, Chloe Bennett <chloe.bennett@mailbox-uk.example> wrote:
> hi, i knocked a full cup of coffee over my macbook pro tonight and now it
> won't turn on at all. it's 14 months old, paid 2,399 eur. I have the
> electronics insurance with you. is this covered?? what do i do, I need it
> for work
>
> chloe
>
> Sent from my Galaxy
""")

# --- 0033 -------------------------------------------------------------------
add(33, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "life insurance of a named customer: change of beneficiary to his new partner after divorce (personal line), with sums and birth date",
    frm=S("gallagher"), to="Graham Whitlock <graham.whitlock@northpost.example>",
    subj="RE: change beneficiary on my life policy",
    date="2026-02-20 15:48", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Whitlock,

thank you for your e-mail. Changing the beneficiary of your term life policy LV 2017/502 118-6 (sum insured EUR 250,000) is possible at any time, as long as the current beneficiary was not appointed irrevocably - and in your case the appointment of Ms Karen Whitlock was revocable.

However, we need the change in writing with your signature; an e-mail is not enough for this. I've attached nothing on purpose - the form "Bezugsrechtsänderung" will reach you by post this week, already filled in with:

new beneficiary: Ms Ingrid Pölzl, born 04/07/1986
share: 100 %
type: revocable

Please check the details, sign and send it back. The change takes effect on the day we receive it. We'll confirm in writing.

By the way, your divorce does not change the beneficiary automatically under German law, so it's good that you are doing this now.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Graham Whitlock <graham.whitlock@northpost.example>
Sent: Thursday, February 19, 2026 9:15 AM
To: International Client Desk <international@wendelstein-vers.example>
Subject: change beneficiary on my life policy

Good morning,

my divorce was finalised in December. My ex-wife Karen is still the beneficiary on my life insurance (LV 2017/502 118-6). I would like to change it to my partner, Ingrid Pölzl, born 4 July 1986. Can I do that by email? If not please send me whatever form you need.

Regards
Graham Whitlock""")

# --- 0034 -------------------------------------------------------------------
add(34, "NORMAL", "de", "insurer-to-broker",
    "trap: broker info on new underwriting guidelines for disability cover (simplified health questions, asthma, ADHD, back pain); no applicant",
    frm=S("ostermeier"), to="Maklerverteiler Süd <makler-sued@wendelstein-vers.example>",
    subj="Maklerinfo 02/2026: BU Vital - vereinfachte Gesundheitsfragen und neue Annahmerichtlinien",
    date="2026-02-23 08:30", ua="Microsoft Outlook 16.0",
    body="""Liebe Partnerinnen und Partner,

ab 01.03.2026 gelten für die BU Vital neue Annahmerichtlinien. Die wichtigsten Punkte für Ihre Beratung:

1. Gesundheitsfragen: Ambulante Behandlungen fragen wir nur noch für drei statt fünf Jahre ab. Stationäre Aufenthalte und Psychotherapie weiterhin zehn Jahre.

2. Bagatellen: Nicht mehr angegeben werden müssen u. a. Erkältungen, Magen-Darm-Infekte, Vorsorgeuntersuchungen, Brillen/Kontaktlinsen bis 6 Dioptrien, Zahnbehandlungen ohne Parodontitis.

3. Annahme ohne Zuschlag in vielen Fällen:
   - Asthma bronchiale, leicht, ohne Dauermedikation: Normalannahme
   - ADHS in Kindheit und Jugend, seit 5 Jahren ohne Medikation: Normalannahme
   - Rückenbeschwerden ohne Befund, abgeschlossen seit 2 Jahren: Normalannahme
   - Heuschnupfen mit Desensibilisierung: Normalannahme

4. Risikovoranfrage: Weiterhin anonym über das Maklerportal, Antwort innerhalb von 48 Stunden. Bitte keine Namen oder Geburtsdaten in die Voranfrage schreiben, das Alter genügt.

Die Annahmerichtlinien als PDF finden Sie im Maklerportal unter Downloads > BU.

Webinar dazu am 04.03.2026, 10:00 Uhr, Anmeldung wie immer über mich.

""" + SIG["ostermeier"] + "\n" + FOOT_DE)

# --- 0035 -------------------------------------------------------------------
add(35, "CONFIDENTIAL", "de", "insurer-to-customer",
    "deer collision of a named customer (partial cover claim, nobody hurt): plate, claim number, quoted phone mail with typos",
    frm=S("rauscher"), to="Sebastian Wimmer <wimmer.basti@funkmail.example>",
    subj="AW: Wildunfall heute früh",
    date="2026-02-24 11:21",
    body="""Hallo Herr Wimmer,

gut, dass Ihnen nichts passiert ist.

Ein Zusammenstoß mit einem Reh ist über Ihre Teilkasko versichert, der Schadenfreiheitsrabatt ist nicht betroffen. Schadennummer KS-26-01542, Vertrag KF-2231-713308, Fahrzeug RO-SW 77.

Wir brauchen noch:
- die Wildunfallbescheinigung vom Jäger oder der Polizei (haben Sie ja schon beantragt, schreiben Sie),
- Fotos vom Schaden und, wenn möglich, von Haaren oder Blut am Fahrzeug,
- den Kostenvoranschlag der Werkstatt.

Die Werkstatt kann direkt mit uns abrechnen, Selbstbeteiligung 150 EUR.

""" + SIG["rauscher"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Sebastian Wimmer <wimmer.basti@funkmail.example>
Gesendet: Dienstag, 24. Februar 2026 07:03
An: kfz@wendelstein-vers.example
Betreff: Wildunfall heute früh

Moin, bin heut um 5:40 auf der Straße zwischen Söchtenau und Prutting ein Reh angefahren. Scheinwerfer rechts kaputt, Stoßstange eingedrückt, Kotflügel. Reh ist weg gelaufen. Polizei war da, bescheinigung krieg ich vom jäger. mir ist nix passiert.
Auto ist der Golf RO-SW 77.
Was muss ich jetzt machen? Kann ich zur werkstatt?
Basti Wimmer

Von meinem iPhone gesendet""")

# --- 0036 -------------------------------------------------------------------
add(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "daily sickness allowance of a named customer on sick leave with burnout/depression; certificates and payments discussed",
    frm=S("okafor"), to="Katharina Rehm <k.rehm@rehm-design.example>",
    subj="AW: Krankentagegeld - Zahlung seit 3 Wochen nicht da",
    date="2026-02-25 15:37", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Rehm,

es tut mir leid, dass die Zahlung ausgeblieben ist. Ich habe nachgesehen: Die Arbeitsunfähigkeitsbescheinigung Ihrer Psychiaterin Dr. Ebner für die Zeit ab 02.02.2026 ist bei uns nicht angekommen. Bei uns liegt nur die Erstbescheinigung bis 01.02.2026 vor (Diagnose F32.1 / Z73.0). Deshalb hat das System die Zahlung angehalten.

Ich habe die Zahlung bis 01.02. heute angewiesen: 31 Tage zu 120 EUR abzüglich der vereinbarten Karenzzeit von 21 Tagen, also 1.200 EUR.

Für die Zeit ab 02.02. brauchen wir nur die Folgebescheinigung. Am einfachsten laden Sie ein Foto im Kundenportal hoch, dann geht die Zahlung spätestens zwei Tage später raus. Als Selbstständige bekommen Sie die Bescheinigung ja nicht über den Arbeitgeber; Sie können Dr. Ebner auch bitten, sie uns direkt zu faxen (08031 4470-399).

Ich wünsche Ihnen gute Besserung und viel Kraft in der Klinik.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Katharina Rehm <k.rehm@rehm-design.example>
Gesendet: Dienstag, 24. Februar 2026 20:09
An: leistung-kv@wendelstein-vers.example
Betreff: Krankentagegeld - Zahlung seit 3 Wochen nicht da

Guten Abend,

ich bin seit Anfang Januar krankgeschrieben (Burnout, mittelgradige Depression), habe Ihnen die AU geschickt und seitdem nichts bekommen. Ich bin selbstständige Grafikdesignerin, ohne das Krankentagegeld kann ich meine Miete nicht zahlen. Ab 9. März gehe ich für 6 Wochen in eine psychosomatische Klinik in Prien.

Ich habe keine Kraft, ständig hinterher zu telefonieren. Bitte kümmern Sie sich darum.

Katharina Rehm
Vertrag KV-7-0066130""")

# --- 0037 -------------------------------------------------------------------
add(37, "NORMAL", "en", "internal",
    "trap: actuarial memo on mortality and disability incidence tables with an aggregated CSV by age band; no insured person",
    frm=S("mairhofer"), to=S("lindqvist"),
    subj="Experience study 2021-2025: mortality and BU incidence for the treaty renewal",
    date="2026-02-26 17:55", ua="Thunderbird/128.6.0",
    body="""Hi Hannah,

as promised, the aggregated experience study for the Thamesgate renewal meeting. Short summary:

- Term life: actual/expected deaths vs. DAV 2008 T = 71 % (men), 78 % (women), 2021-2025, smokers and non-smokers combined. Covid excess in 2021/22 visible but small.
- BU: incidence 3.1 per mille, above the 2.6 we priced for 2019. The increase is almost entirely mental disorders (ICD chapter F), now 38 % of new claims, followed by musculoskeletal (M) at 21 % and cancer (C) at 14 %.
- Recovery rates within 24 months: 19 %, unchanged.

Cells with fewer than 5 claims are merged into the next band, so it can go to the reinsurer as is. Please don't send the underlying claims list - only this table.

Christoph
""",
    atts=[A_csv("experience_study_2021-2025_aggregated.csv", """line,age_band,sex,exposure_years,actual,expected_DAV,ratio
term_life,20-39,m,61240,38,52.1,0.73
term_life,20-39,f,58310,19,24.6,0.77
term_life,40-54,m,73905,141,199.2,0.71
term_life,40-54,f,69870,88,112.8,0.78
term_life,55-67,m,31022,212,296.4,0.72
term_life,55-67,f,28433,121,155.7,0.78
bu_incidence,20-39,all,84120,171,,
bu_incidence,40-54,all,92570,298,,
bu_incidence,55-67,all,30214,173,,
bu_cause_share,all,all,,F=38%;M=21%;C=14%;I=7%;other=20%,,""")])

# --- 0038 -------------------------------------------------------------------
add(38, "CONFIDENTIAL", "de", "insurer-to-customer",
    "water damage in a named customer's house (buildings policy): assessor appointment with her address in an ICS file; no health data",
    frm=S("aydemir"), to="Brigitte Lechner <brigitte.lechner@chiemnet.example>",
    subj="Termin Sachverständiger - Leitungswasserschaden S-26-002231",
    date="2026-02-27 10:44", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Lechner,

wie telefonisch besprochen kommt der Sachverständige Herr Hainz am Mittwoch, 04.03.2026, um 14:00 Uhr zu Ihnen nach Hause, um sich den Wasserschaden in Bad und Flur anzusehen. Den Termin habe ich Ihnen als Kalenderdatei angehängt.

Bitte lassen Sie die Trocknungsgeräte bis dahin laufen und heben Sie das defekte Stück Rohr auf, wenn der Installateur es ausgebaut hat. Die Rechnung des Installateurs für die Leckortung können Sie schon schicken; die übernehmen wir über Ihre Wohngebäudeversicherung WG 33 815 402.

""" + SIG["aydemir"] + "\n" + FOOT_DE,
    atts=[A_ics("Termin_Sachverstaendiger_Lechner.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendelstein Versicherung//Schaden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:S-26-002231-ortstermin@wendelstein-vers.example
DTSTAMP:20260227T094400Z
DTSTART;TZID=Europe/Berlin:20260304T140000
DTEND;TZID=Europe/Berlin:20260304T153000
SUMMARY:Ortstermin Sachverständiger Hainz - Leitungswasserschaden S-26-002231
LOCATION:Lechner\\, Seestraße 41\\, 83209 Prien am Chiemsee
DESCRIPTION:Besichtigung Bad und Flur EG. Versicherungsnehmerin Brigitte Lechner\\, Tel. 08051 6644 20. Vertrag WG 33 815 402.
ORGANIZER;CN=Selin Aydemir:mailto:selin.aydemir@wendelstein-vers.example
ATTENDEE;CN=Brigitte Lechner:mailto:brigitte.lechner@chiemnet.example
ATTENDEE;CN=SV-Büro Hainz:mailto:termine@sv-hainz.example
END:VEVENT
END:VCALENDAR""")])

# --- 0039 -------------------------------------------------------------------
add(39, "STRICTLY_CONFIDENTIAL", "de", "internal",
    "harmless body; attached accident report PDF of a named customer: bicycle fall, collarbone fracture (S42.0), surgery, accident policy",
    frm=S("feldhoff"), to=S("pfisterer"),
    subj="Unfallanzeige per Mail eingegangen - bitte übernehmen",
    date="2026-03-02 09:15", ua="Microsoft Outlook 16.0",
    body="""Hallo Gregor,

die Unfallanzeige kam heute früh als PDF an service@. Ich hab sie als Vorgang angelegt und hänge sie Dir an. Der Kunde möchte zurückgerufen werden, am besten nachmittags.

Danke!
Tamara""",
    atts=[A_pdf("Unfallanzeige_Haslinger.pdf", """# Unfallanzeige - Wendelstein Versicherung a.G. (Formular U-01)
Versicherungsnummer: UV 45 207 719   Tarif: Unfall Aktiv Plus
Versicherte Person: Bernhard Haslinger, geb. 23.10.1969
Anschrift: Mühlbachweg 5, 83125 Eggstätt   Telefon: 0170 4418 203
Beruf: Berufsschullehrer

# Angaben zum Unfall
Datum / Uhrzeit: 21.02.2026, ca. 14:30 Uhr
Ort: Radweg Eggstätt - Hemhof, Höhe Hartsee
Hergang: Bei Glätte in einer Kurve mit dem Rennrad weggerutscht und auf die rechte Schulter
gestürzt. Keine anderen Beteiligten.

# Verletzungen und Behandlung
Verletzung: Schlüsselbeinbruch rechts (Klavikulafraktur, S42.0), Prellung rechte Hüfte
Erstbehandlung: Notaufnahme RoMed Klinik Prien, 21.02.2026
Operation: Plattenosteosynthese am 23.02.2026, stationär bis 25.02.2026
Behandelnder Arzt jetzt: Dr. Wastl, Unfallchirurgie, Bad Endorf
Arbeitsunfähig seit: 21.02.2026, voraussichtlich 6 Wochen

# Beantragte Leistungen
Krankenhaustagegeld, Genesungsgeld, ggf. Invaliditätsleistung

Ort, Datum: Eggstätt, 28.02.2026     Unterschrift: B. Haslinger""", title="Unfallanzeige", date="2026-02-28")])

# --- 0040 -------------------------------------------------------------------
add(40, "NORMAL", "en", "insurer-to-customer",
    "trap: automatic portal registration mail with a one-time password; no contract, no personal data besides the address",
    frm=f"Wendelstein Customer Portal <no-reply@{DOM}>", to="j.okonkwo@lagosmail.example",
    subj="Your registration for the Wendelstein customer portal",
    date="2026-03-02 18:04",
    hdrs=[("Auto-Submitted", "auto-generated")],
    body="""Hello,

thank you for registering for "Mein Wendelstein", our customer portal.

Your one-time password: 7KQ-44M-XPZ

Please log in within 72 hours at https://portal.wendelstein-vers.example/activate and choose your own password. For security reasons, the one-time password can only be used once.

You did not register? Then you can ignore this e-mail; the registration expires automatically.

This is an automatically generated message. Please do not reply.

Wendelstein Versicherung a.G. | Kufsteiner Strasse 88 | 83022 Rosenheim | Germany""")

# --- 0041 -------------------------------------------------------------------
add(41, "CONFIDENTIAL", "en", "insurer-to-broker",
    "home contents and liability policy issued for a broker's named client with birth date, address and premium; non-personal lines",
    frm=S("raman"), to="James Fraser <james.fraser@alpine-expat.example>",
    subj="RE: Home contents + liability for Dr. Aditi Sharma - accepted",
    date="2026-03-03 13:27", ua="Microsoft Outlook 16.0",
    body="""Hi James,

good news, both applications for your client are accepted as quoted:

Policyholder: Dr. Aditi Sharma, born 12/01/1987
Address: Prinzregentenstraße 71, 81675 München
Home contents HR 40 402 877, sum insured EUR 65,000, incl. bicycle theft EUR 3,000, premium EUR 148.30 p.a.
Personal liability PH 51 118 560, single, premium EUR 62.90 p.a.
Start: 15/03/2026, payment yearly by direct debit (mandate received)

The policy documents go to her by post and a copy to you via the broker post in the portal. Your commission is booked as usual.

""" + SIG["raman"] + "\n" + FOOT_EN + """

> From: James Fraser <james.fraser@alpine-expat.example>
> Sent: Monday, March 2, 2026 11:02
> Subject: Home contents + liability for Dr. Aditi Sharma
>
> Priya, client has signed both, scans attached. She moves into the flat
> on 15 March, so that's the start date. Could you let me know once
> accepted? Cheers, James
""")

# --- 0042 -------------------------------------------------------------------
add(42, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "complaint of a named customer about a medical-confidentiality release; his psychotherapy and the reimbursement in his health contract",
    frm=S("veit"), to="Dr. Peter Sonnleitner <p.sonnleitner@kanzlei-post.example>",
    subj="AW: Unverschämte Anforderung einer Schweigepflichtentbindung",
    date="2026-03-04 16:20", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Dr. Sonnleitner,

vielen Dank für Ihre deutliche Rückmeldung, die ich als Beschwerde aufgenommen habe (B-26-00219).

Sie haben recht, dass unser Schreiben vom 24.02. zu weit ging. Für die Erstattung der Psychotherapie bei Frau Dipl.-Psych. Kaltenecker brauchen wir keine allgemeine Schweigepflichtentbindung gegenüber "allen behandelnden Ärzten der letzten zehn Jahre". Nach Ihrem Tarif genügt für die Sitzungen 21 bis 40 ein kurzer Bericht der Therapeutin zum weiteren Behandlungsbedarf, und dafür reicht eine Einwilligung nur für diese eine Stelle und nur für diesen Zweck.

Ich habe die Kollegin in der Leistungsabteilung gebeten, Ihnen ein entsprechend eingeschränktes Formular zu schicken. Die bereits eingereichten Rechnungen für die Sitzungen 1 bis 20 (Januar bis Februar) werden unabhängig davon sofort erstattet.

Das Schreiben vom 24.02. ist ein Textbaustein, den wir bereits auf meine Veranlassung überarbeiten.

""" + SIG["veit"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Dr. Peter Sonnleitner <p.sonnleitner@kanzlei-post.example>
Gesendet: Freitag, 27. Februar 2026 11:44
An: beschwerde@wendelstein-vers.example
Betreff: Unverschämte Anforderung einer Schweigepflichtentbindung

Sehr geehrte Damen und Herren,

ich bin seit Januar wegen einer Angststörung in Psychotherapie. Jetzt verlangen Sie von mir, für die Verlängerung der Therapie ALLE Ärzte der letzten zehn Jahre von der Schweigepflicht zu entbinden. Das werde ich nicht tun. Ich sehe keinerlei Grund, warum mein Zahnarzt oder mein Orthopäde Ihnen etwas über mich erzählen sollte, um eine Psychotherapie zu bezahlen.

Ich bitte um eine Begründung innerhalb von 14 Tagen, ansonsten wende ich mich an den Ombudsmann.

Dr. Peter Sonnleitner
Versicherungsnummer KV-7-0029977""")

# --- 0043 -------------------------------------------------------------------
add(43, "NORMAL", "en", "newsletter",
    "trap: HTML-only expat newsletter on travel vaccinations, malaria prophylaxis and dental check-ups; no person",
    frm=f"Wendelstein International <newsletter-international@{DOM}>", to="expat-newsletter@wendelstein-vers.example",
    subj="Expat Health Matters - March 2026: vaccinations before you travel",
    date="2026-03-05 07:30",
    hdrs=[("List-Unsubscribe", "<https://www.wendelstein-vers.example/en/newsletter/unsubscribe>")],
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Expat Health Matters</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:620px;color:#1d2b36">
<h1>Expat Health Matters &ndash; March 2026</h1>
<h2>Travelling home for Easter? Check your vaccinations</h2>
<p>Many of our members visit family abroad in spring. Depending on the destination, vaccinations against hepatitis A, typhoid or yellow fever may be recommended. Your GP or a travel medicine clinic will advise you; all vaccinations recommended by STIKO or WHO are covered by Global Health Select.</p>
<h2>Malaria prophylaxis</h2>
<p>For trips to sub-Saharan Africa or parts of South-East Asia, ask about malaria tablets at least four weeks before you leave. Prescription medicines for prophylaxis are reimbursed like any other medicine.</p>
<table style="border-collapse:collapse" border="1" cellpadding="4">
<tr><th>Destination</th><th>Often recommended</th></tr>
<tr><td>India</td><td>Hepatitis A, typhoid</td></tr>
<tr><td>Nigeria, Ghana</td><td>Yellow fever (required), malaria prophylaxis</td></tr>
<tr><td>Brazil (Amazon)</td><td>Yellow fever, malaria prophylaxis</td></tr>
<tr><td>Thailand, Vietnam</td><td>Hepatitis A, Japanese encephalitis (rural areas)</td></tr>
</table>
<h2>Don't forget your dentist</h2>
<p>Two check-ups a year are covered in full, and professional cleaning up to EUR 150 per year.</p>
<p style="font-size:11px;color:#666">You receive this newsletter because you subscribed to it. <a href="https://www.wendelstein-vers.example/en/newsletter/unsubscribe">Unsubscribe</a>.<br>Wendelstein Versicherung a.G., Kufsteiner Strasse 88, 83022 Rosenheim, Germany</p>
</body></html>""")

# --- 0044 -------------------------------------------------------------------
add(44, "CONFIDENTIAL", "de", "customer",
    "a named customer's angry complaint about his motor claim handling forwarded to complaints: claim and policy number, plate; no injury",
    frm=S("rauscher"), to=f"Beschwerdemanagement <beschwerde@{DOM}>",
    cc=S("veit"),
    subj="WG: Frechheit!!! Schaden KS-26-00981",
    date="2026-03-06 10:02", ua="Microsoft Outlook 16.0",
    body="""Hallo Matthias,

hier die Beschwerde von Herrn Gschwendtner zur Erfassung. Kurz zum Hintergrund: Wir haben nach dem Gutachten fiktiv abgerechnet, weil er keine Reparaturrechnung vorgelegt hat; die Differenz zu seinem Kostenvoranschlag ist die Mehrwertsteuer (die gibt es nur bei tatsächlicher Reparatur) und ein Abzug für die Verbringungskosten. Das ist korrekt, aber ich gebe zu, wir haben es ihm nicht gut erklärt. Ich ruf ihn heute noch an.

Gruß Benedikt

-----Ursprüngliche Nachricht-----
Von: Rupert Gschwendtner <rupert.gschwendtner@alpen-online.example>
Gesendet: Donnerstag, 5. März 2026 22:17
An: kfz@wendelstein-vers.example
Betreff: Frechheit!!! Schaden KS-26-00981

Sehr geehrte Damen und Herren

Ich bin seit 31 Jahren bei Ihnen versichert, Auto, Haus, alles. Und jetzt wird mir nach einem Unfall, an dem ich NICHT schuld war (der andere ist auch bei Ihnen versichert!!) einfach 1.340 € weniger ausgezahlt als die Werkstatt sagt. Keiner ruft zurück, die Hotline hängt 25 Minuten in der Warteschleife.

Mein Auto (RO-RG 1956) steht immer noch kaputt im Hof. Vertrag KF-2231-109874.

Ich erwarte bis Montag eine Erklärung sonst kündige ich ALLE Verträge und schreibe an die Zeitung.

R. Gschwendtner""")

# --- 0045 -------------------------------------------------------------------
add(45, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "repatriation after a named customer's stroke in Thailand: hospital, condition and medical flight, written to his wife",
    frm=S("gallagher"), to="Helen Marsh <helen.marsh@marshfamily.example>",
    subj="Your husband David - repatriation from Chiang Mai",
    date="2026-03-09 07:58", ua="Microsoft Outlook 16.0",
    body="""Dear Mrs Marsh,

I spoke with our assistance partner EuroAid Assist a few minutes ago and wanted to give you an update in writing as well, as promised on the phone last night.

- The doctors at Chiang Mai Ram Hospital confirm that David's condition after the stroke (ischaemic, left side) is stable. He is off the intensive care unit since yesterday, can speak a little and is eating by himself.
- EuroAid's doctor spoke with the treating neurologist. Both agree that he is fit to fly with medical escort from Thursday 12 March.
- The flight will be a scheduled flight via Bangkok to Munich, business class lying-flat, with a German-speaking doctor accompanying him. He will be admitted directly to the stroke unit of Klinikum Rosenheim. All of this is covered by his travel health insurance (policy RK-9-208 557), as is the hospital bill in Thailand - you don't need to pay anything there.
- You can fly back with him on the same flight; your seat is also covered.

EuroAid will call you today with the flight times. Please keep his passport and the discharge papers with you.

I'm thinking of you both.

""" + SIG["gallagher"] + "\n" + FOOT_EN)

# --- 0046 -------------------------------------------------------------------
add(46, "NORMAL", "de", "internal",
    "trap: company doctor's flu and COVID vaccination campaign for staff with booking slots (ICS); no one's health data",
    frm=S("wurzer"), to=f"Alle Mitarbeitenden Rosenheim <alle-rosenheim@{DOM}>",
    subj="Grippeschutzimpfung durch den Betriebsarzt - Nachholtermin 17.03.",
    date="2026-03-10 12:00", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

weil im Herbst viele krank waren oder im Urlaub, bietet unser Betriebsarzt Dr. Fuchsberger einen Nachholtermin für die Grippeschutzimpfung an:

Dienstag, 17.03.2026, 9:00 bis 13:00 Uhr, Sanitätsraum EG (neben dem Empfang)

Geimpft wird mit dem aktuellen Vierfach-Impfstoff der Saison 2025/26. Auf Wunsch ist auch die angepasste COVID-19-Auffrischung möglich. Bitte Impfpass mitbringen. Die Impfung ist freiwillig und kostenlos; ob und wogegen Sie sich impfen lassen, erfährt Ihre Führungskraft nicht.

Termine à 10 Minuten buchen Sie über den Raumkalender "Sanitätsraum". Wer keinen Zugang hat, kann die angehängte Kalenderdatei nehmen und einfach vorbeikommen.

""" + SIG["wurzer"],
    atts=[A_ics("Grippeimpfung_17-03-2026.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendelstein Versicherung//Personal//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:grippeimpfung-20260317@wendelstein-vers.example
DTSTAMP:20260310T110000Z
DTSTART;TZID=Europe/Berlin:20260317T090000
DTEND;TZID=Europe/Berlin:20260317T130000
SUMMARY:Grippeschutzimpfung Betriebsarzt (Nachholtermin)
LOCATION:Sanitaetsraum EG
DESCRIPTION:Bitte Impfpass mitbringen. Freiwillig und kostenlos.
END:VEVENT
END:VCALENDAR""")])

# --- 0047 -------------------------------------------------------------------
add(47, "CONFIDENTIAL", "de", "insurer-to-customer",
    "a named customer cancels her household contents insurance because she moves in with her partner; contract number, new address",
    frm=S("koenig"), to="Lena Staudacher <lena.staudacher@inn-mail.example>",
    subj="AW: Kündigung Hausrat wegen Umzug zu meinem Freund",
    date="2026-03-11 09:33", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Staudacher,

herzlichen Glückwunsch zur gemeinsamen Wohnung!

Eine Kündigung ist in Ihrem Fall gar nicht nötig: Wenn zwei Haushalte zusammenziehen und beide eine Hausratversicherung haben, endet der jüngere Vertrag automatisch, sobald der Umzug abgeschlossen ist - spätestens zwei Monate danach. Ihr Vertrag HR 40 355 019 läuft seit 2021, der Ihres Freundes (bei einem anderen Versicherer) seit 2018. Ihr Vertrag endet deshalb zum 30.04.2026, den Beitrag ab Mai erstatten wir anteilig.

Bitte schicken Sie uns nur noch eine kurze Bestätigung, dass der Hausrat von Herrn Moosrainer in der Georg-Aicher-Straße 14, 83026 Rosenheim versichert ist und die Versicherungssumme für Ihren gemeinsamen Hausrat reicht - sonst sind Sie womöglich unterversichert.

Ihre Privathaftpflicht PH 51 087 330 läuft weiter; wir ändern dort nur die Anschrift. Möchten Sie Ihren Freund dort als Partner mitversichern (Familientarif, +28 EUR im Jahr)?

""" + SIG["koenig"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Lena Staudacher <lena.staudacher@inn-mail.example>
Gesendet: Montag, 9. März 2026 19:48
An: service@wendelstein-vers.example
Betreff: Kündigung Hausrat wegen Umzug zu meinem Freund

Hallo,
ich ziehe zum 1.4. zu meinem Freund (Georg-Aicher-Str. 14, Rosenheim), er hat schon eine Hausrat. Ich möchte meine deshalb kündigen, Nr HR 40 355 019. Geht das so kurzfristig oder muss ich bis Jahresende zahlen?
Viele Grüße
Lena Staudacher""")

# --- 0048 -------------------------------------------------------------------
add(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "query to a dentist about a named patient's treatment plan: periodontitis stage III, extractions, implants in tooth positions",
    frm=S("okafor"), to="Zahnarztpraxis Dr. Hofstätter <praxis@zahnarzt-hofstaetter.example>",
    subj="Rückfrage Heil- und Kostenplan vom 02.03.2026 - Patientin Elfriede Gasteiger, geb. 30.09.1961",
    date="2026-03-12 14:10", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Dr. Hofstätter,

Ihre Patientin Frau Elfriede Gasteiger, geb. 30.09.1961, hat uns Ihren Heil- und Kostenplan vom 02.03.2026 zur Prüfung eingereicht (Gesamtbetrag 11.480,20 EUR). Bevor wir eine Zusage geben, haben wir drei Rückfragen:

1. Im Befund steht Parodontitis Stadium III, Grad B. Ist die systematische Parodontitistherapie (PAR-Strecke) abgeschlossen, und mit welchem Ergebnis? Eine Implantation in ein nicht saniertes Parodont sehen unsere Beratungszahnärzte kritisch.
2. Die Extraktion von 14 und 15 ist geplant, für 24 und 25 nicht - dort sollen aber ebenfalls Implantate gesetzt werden. Bitte erläutern Sie die Planung im zweiten Quadranten (fehlen die Zähne bereits?).
3. Für den Sinuslift beidseits (GOZ 9120) fehlt uns ein aktuelles Röntgenbild (OPG oder DVT). Können Sie uns das über das Zahnarzt-Upload-Portal übermitteln?

Eine Schweigepflichtentbindung der Patientin für Ihre Praxis liegt uns vor.

""" + SIG["okafor"] + "\n" + FOOT_KV)

# --- 0049 -------------------------------------------------------------------
add(49, "NORMAL", "en", "internal",
    "trap: IT phishing warning about fake hospital invoices and doctors' reports with malicious attachments; no real invoice or patient",
    frm=S("brandl"), to=f"All staff <alle@{DOM}>",
    subj="Phishing warning: fake \"hospital invoice\" mails with ZIP attachments",
    date="2026-03-13 08:14", ua="Microsoft Outlook 16.0",
    body="""[Deutsche Version unten / German version below]

Dear colleagues,

since yesterday evening we are seeing a wave of phishing mails that look like invoices from hospitals or doctors' reports ("Arztbrief", "Entlassungsbericht", "Rechnung stationäre Behandlung"). They come from addresses that look like real clinics but with small spelling errors, and they carry a ZIP or a .html file "to view the invoice securely".

Please do NOT open these attachments and do not enter your password anywhere. Real hospital invoices reach us through the claims inbox or by post, never with a link to log in.

If you have already clicked: call the service desk immediately (ext. 777), do not wait.

---

Liebe Kolleginnen und Kollegen,

seit gestern Abend erreichen uns Phishing-Mails, die wie Krankenhausrechnungen oder Arztbriefe aussehen. Anhänge (ZIP, .html) bitte NICHT öffnen und nirgends das Passwort eingeben. Echte Rechnungen kommen über das Leistungspostfach oder per Post. Wer schon geklickt hat: sofort Durchwahl 777 anrufen.

""" + SIG["brandl"])

# --- 0050 -------------------------------------------------------------------
add(50, "CONFIDENTIAL", "en", "insurer-to-customer",
    "rent deposit guarantee for a named expat: net income, landlord, deposit amount (HTML and text); no health data",
    frm=S("raman"), to="Mateo Fernández <mateo.fernandez@correo-es.example>",
    subj="RE: Rent deposit guarantee - do I qualify?",
    date="2026-03-16 10:41", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Fernández,

thanks for the documents. Yes, you qualify:

Net monthly income (payslips Dec-Feb): EUR 3,912.00
Monthly cold rent: EUR 1,150.00
Deposit requested by landlord (Hausverwaltung Brandl & Söhne): EUR 3,450.00 (three months' rent)
Your annual fee: 5 % of the deposit = EUR 172.50

The guarantee certificate (Mietkautionsbürgschaft) will be sent directly to your landlord in the next three working days, so you don't have to block the money on a deposit account. The fee is collected yearly from your Spanish account, as you requested.

""" + SIG["raman"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Mateo Fernández <mateo.fernandez@correo-es.example>
Sent: Saturday, March 14, 2026 1:22 PM
Subject: Rent deposit guarantee - do I qualify?

Hello, my landlord asks 3.450 EUR deposit and I don't have so much money free after the move from Valencia. My colleague told me you have a "Mietkaution" insurance. I attach my 3 payslips and the rental contract. Is that enough? Thank you! Mateo""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Fern&aacute;ndez,</p>
<p>thanks for the documents. Yes, you qualify:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Net monthly income (payslips Dec-Feb)</td><td>EUR 3,912.00</td></tr>
<tr><td>Monthly cold rent</td><td>EUR 1,150.00</td></tr>
<tr><td>Deposit requested by landlord (Hausverwaltung Brandl &amp; S&ouml;hne)</td><td>EUR 3,450.00 (three months' rent)</td></tr>
<tr><td>Your annual fee</td><td>5&nbsp;% of the deposit = EUR 172.50</td></tr>
</table>
<p>The guarantee certificate (Mietkautionsb&uuml;rgschaft) will be sent directly to your landlord in the next three working days, so you don't have to block the money on a deposit account. The fee is collected yearly from your Spanish account, as you requested.</p>
<p>Best regards<br>Priya Raman<br>International Client Desk - Underwriting<br>Wendelstein Versicherung a.G.<br>+49 8031 4470-265</p>
<hr>
<p><b>From:</b> Mateo Fern&aacute;ndez &lt;mateo.fernandez@correo-es.example&gt;<br><b>Sent:</b> Saturday, March 14, 2026 1:22 PM<br><b>Subject:</b> Rent deposit guarantee - do I qualify?</p>
<p>Hello, my landlord asks 3.450 EUR deposit and I don't have so much money free after the move from Valencia. My colleague told me you have a "Mietkaution" insurance. I attach my 3 payslips and the rental contract. Is that enough? Thank you! Mateo</p>
</body></html>""")

# --- 0051 -------------------------------------------------------------------
add(51, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "hearing aids of a named elderly customer (hearing loss, ENT prescription, costs) in his health contract; his all-caps mail quoted",
    frm=S("okafor"), to="Ludwig Stangl <ludwig.stangl@seniorennetz.example>",
    subj="AW: HOERGERAETE",
    date="2026-03-17 11:05", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Stangl,

vielen Dank für Ihre Nachricht. Ich beantworte Ihre Fragen der Reihe nach:

1. Ja, Hörgeräte sind in Ihrem Tarif KOMFORT 1 versichert, alle vier Jahre bis zu 2.500 EUR für beide Ohren zusammen. Ihre letzten Geräte haben wir im Januar 2021 bezahlt, eine neue Versorgung ist also jetzt möglich.

2. Wir brauchen die Verordnung Ihres HNO-Arztes (die haben Sie ja schon, schreiben Sie) und den Kostenvoranschlag des Hörakustikers. Die Geräte für 4.890 EUR liegen über dem Höchstbetrag; wir würden 2.500 EUR übernehmen, den Rest müssten Sie selbst tragen. Fragen Sie bei Hörakustik Kern ruhig nach einem Modell um 2.500 EUR, die sind technisch oft kaum schlechter.

3. Die Batterien zahlen wir nicht, die gelten als Gebrauchsgegenstand.

Sie können mir den Kostenvoranschlag gern mit der Post schicken, wenn das für Sie einfacher ist. Die Adresse steht unten.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Ludwig Stangl <ludwig.stangl@seniorennetz.example>
Gesendet: Sonntag, 15. März 2026 10:12
An: leistung-kv@wendelstein-vers.example
Betreff: HOERGERAETE

SEHR GEEHRTE DAMEN UND HERREN,
MEIN HNO ARZT DR. FELLNER SAGT MEINE SCHWERHOERIGKEIT IST SCHLECHTER GEWORDEN, RECHTS MEHR ALS LINKS, ICH BRAUCHE NEUE HOERGERAETE. DER HOERAKUSTIKER KERN HAT GERAETE FUER 4890 EURO EMPFOHLEN. ZAHLEN SIE DAS? UND AUCH DIE BATTERIEN?
MEINE VERSICHERUNGSNUMMER IST KV-7-0008143.
ENTSCHULDIGEN SIE DIE GROSSBUCHSTABEN ICH SEHE SONST NICHTS MEHR.
MIT FREUNDLICHEN GRUESSEN
LUDWIG STANGL""")

# --- 0052 -------------------------------------------------------------------
add(52, "NORMAL", "de", "insurer-to-partner",
    "trap: answer to the insurers' association survey on care insurance figures (care levels, nursing homes); aggregates only",
    frm=S("zach"), to="Landesverband der Versicherer Bayern - Statistik <statistik@lvvb.example>",
    cc=S("mairhofer"),
    subj="Umfrage Pflegestatistik 2025 - Rückmeldung Wendelstein Krankenversicherung AG",
    date="2026-03-18 15:20", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Damen und Herren,

anbei unsere Zahlen für die Umfrage zur Pflegeversicherung 2025 (Stichtag 31.12.2025), Private Pflegepflichtversicherung und Pflegezusatz getrennt:

Leistungsempfänger PPV gesamt: 4.310
  davon Pflegegrad 1: 612
  Pflegegrad 2: 1.588
  Pflegegrad 3: 1.204
  Pflegegrad 4: 641
  Pflegegrad 5: 265
  davon vollstationär: 1.037, ambulant / häuslich: 3.273

Erstanträge 2025: 1.122, davon abgelehnt (kein Pflegegrad erreicht): 184
Höherstufungsanträge 2025: 806
Durchschnittliche Dauer vom Antrag bis zur Entscheidung: 24 Arbeitstage

Pflegetagegeld-Zusatz: 9.870 Verträge, Leistungsfälle 2025: 338

Die Angaben sind vorläufig; endgültige Zahlen nach Testat Ende April.

""" + SIG["zach"] + "\n" + FOOT_KV)

# --- 0053 -------------------------------------------------------------------
add(53, "CONFIDENTIAL", "de", "insurer-to-customer",
    "a named customer's complaint about his motor premium after a no-claims downgrade: contract, SF classes, amounts; no injury",
    frm=S("rauscher"), to="Wolfgang Kainz <w.kainz@kainz-elektro.example>",
    subj="AW: Beitragserhöhung Kfz - so nicht!",
    date="2026-03-19 10:22", ua="Microsoft Outlook 16.0", cs="windows-1252", cte="quoted-printable",
    body="""Sehr geehrter Herr Kainz,

ich verstehe Ihren Ärger über die Rechnung, und ich erkläre Ihnen gern, wie es zu dem Betrag kommt.

Ihr Vertrag KF-2231-588207 war bis Ende 2025 in SF 12 eingestuft. Durch den Haftpflichtschaden vom August (Auffahrunfall auf der B15, Schaden KH-25-07714, Zahlung an den Unfallgegner 6.812 EUR) wurden Sie zum 01.01.2026 nach unserer Rückstufungstabelle in SF 6 zurückgestuft. Dadurch steigt der Beitrag von 498,60 EUR auf 743,30 EUR.

Sie haben aber eine Möglichkeit: Sie können den Schaden "zurückkaufen", indem Sie uns die 6.812 EUR erstatten. Dann bleiben Sie in SF 12, und wir korrigieren die Rechnung. Ob sich das lohnt, hängt davon ab, wie lange Sie das Auto noch fahren - über fünf Jahre gerechnet sparen Sie etwa 1.400 EUR Beitrag, also eher nicht. Ich rechne es Ihnen gern genau aus.

""" + SIG["rauscher"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Wolfgang Kainz <w.kainz@kainz-elektro.example>
Gesendet: Mittwoch, 18. März 2026 07:30
An: kfz@wendelstein-vers.example
Betreff: Beitragserhöhung Kfz - so nicht!

Guten Tag,

für meinen Passat soll ich jetzt 743 Euro zahlen statt 498. Wegen EINEM Unfall nach 12 Jahren ohne alles. Das ist Abzocke. Erklären Sie mir das bitte oder ich wechsle.

Wolfgang Kainz""")

# --- 0054 -------------------------------------------------------------------
add(54, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
    "large-loss notice to the reinsurer: a named insured's death from pancreatic cancer, term life sum and underwriting history",
    frm=S("lindqvist"), to="Thamesgate Re - Life Claims <life.claims@thamesgate-re.example>",
    subj="Large claim notification LV 2021/117 904-0 - death claim EUR 1.2m (treaty QS-L 2021)",
    date="2026-03-20 11:48", ua="Microsoft Outlook 16.0",
    body="""Dear colleagues,

under article 9 of the quota share treaty QS-L 2021 we notify the following claim above EUR 500,000:

Policy: LV 2021/117 904-0, term life with accelerated critical illness benefit
Insured: Mr Konrad Feichtner, born 02/02/1971, company owner, Wasserburg am Inn
Sum insured: EUR 1,200,000 (retention EUR 300,000, your share EUR 900,000)
Policy start: 01/06/2021; medical underwriting at entry with full blood panel and ECG, standard rates
Date of death: 26/02/2026
Cause of death according to the death certificate: metastatic adenocarcinoma of the pancreas (C25.0), first diagnosed 09/2025

Because death occurred within five years of policy start, we are checking the pre-contractual disclosure. The GP records for 2018-2021 have been requested; we expect them in April. So far nothing indicates non-disclosure.

Beneficiary is the widow. We intend to pay an advance of EUR 150,000 from our retention next week. We'll send you the complete file as soon as our review is finished.

""" + SIG["lindqvist"] + "\n" + FOOT_EN)

# --- 0055 -------------------------------------------------------------------
add(55, "NORMAL", "de", "internal",
    "trap: data-protection training quiz with an invented example (\"Max Mustermann (fiktiv)\", diagnosis, IBAN placeholder); no real person",
    frm=S("lassmann"), to="Führungskräfte Leistung <fk-leistung@wendelstein-vers.example>",
    subj="Quiz für die Teamrunden: Gesundheitsdaten richtig versenden",
    date="2026-03-23 09:00", ua="Microsoft Outlook 16.0",
    body="""Liebe Führungskräfte,

für Ihre nächste Teamrunde ein kurzes Quiz (10 Minuten). Lösungen ganz unten. Alle Personen sind erfunden.

Frage 1: Eine Kundin bittet um Erstattung einer Rechnung für "Max Mustermann (fiktiv), Diagnose J06.9, Hausbesuch". Sie möchte die Antwort an ihre private Gmail-Adresse. Was tun?
a) Normal antworten, sie hat ja selbst geschrieben
b) Antwort verschlüsselt oder über das Portal, es sei denn, eine dokumentierte Einwilligung liegt vor
c) Gar nicht antworten

Frage 2: Ein Makler fragt nach dem Bearbeitungsstand einer BU-Leistungsprüfung seines Kunden. Darf er die Diagnose erfahren?
a) Ja, er ist der Vermittler
b) Nur mit Schweigepflichtentbindung/Einwilligung des Kunden für den Makler
c) Ja, wenn er die Vertragsnummer kennt

Frage 3: In einer Mail steht "IBAN DE00 0000 0000 0000 0000 00 (Muster)". Ist das ein Datenschutzproblem?
a) Ja, immer
b) Nein, ein Platzhalter ist keine personenbezogene Angabe
c) Nur wenn ein Name dabei steht

Frage 4: Darf eine Diagnose im Betreff einer Mail stehen?
a) Ja, wenn die Mail verschlüsselt wird
b) Nein, auch der Betreff kann unverschlüsselt sichtbar sein

Lösungen: 1b, 2b, 3b, 4b

""" + SIG["lassmann"])

# --- 0056 -------------------------------------------------------------------
add(56, "CONFIDENTIAL", "en", "insurer-to-customer",
    "trip cancellation of a named customer because he lost his job: booking, cancellation fees, employer's notice; no health content",
    frm=S("gallagher"), to="Kwame Asante <kwame.asante@ghmail.example>",
    subj="RE: Cancel trip to Accra - I was made redundant",
    date="2026-03-24 14:40", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Asante,

I'm sorry about your job. The good news is that an unexpected redundancy is one of the insured reasons for cancellation under your travel cancellation cover RR-9-044 310.

Claim number: RR-26-00377
Trip: Munich - Accra, 04/04 to 25/04/2026, booked 12/01/2026 via Sunfly Reisen
Cancellation fee charged by the tour operator: EUR 1,486.00 (60 % of the price)

Please send us:
1. the letter of termination from your employer (Heimstetten Logistik GmbH), showing the date and that it was for operational reasons,
2. the cancellation invoice from Sunfly Reisen,
3. the original booking confirmation.

After deduction of the 20 % deductible in your tariff we'd pay EUR 1,188.80. Payment is usually within 10 days once we have everything.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

> On 23 Mar 2026, at 19:02, Kwame Asante <kwame.asante@ghmail.example> wrote:
>
> Hi, I was told on Friday that my position is cut (company restructuring),
> my last day is 30 April. We had planned to visit my family in Accra in
> April but now I can't afford it and I need to look for a new job.
> Sunfly charges 60% if I cancel. Is that covered??? Policy RR-9-044 310
>
> Kwame
""")

# --- 0057 -------------------------------------------------------------------
add(57, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "a named customer's doctors' invoices sent from her phone (dermatology, ultrasound, physiotherapy); reply asks for a missing one",
    frm=S("okafor"), to="Veronika Hainzlmaier <vroni.hainzlmaier@bergmail.example>",
    subj="Re: Rechnungen",
    date="2026-03-25 08:51", ua="Thunderbird/128.6.0", cte="8bit", flowed=True,
    body="""Guten Morgen Frau Hainzlmaier,

danke für die Fotos, die Rechnungen sind gut lesbar. Erstattet werden 
in den nächsten Tagen:

- Dr. Brunnhuber (Hautarzt), Hautkrebs-Screening und Entfernung 
  Muttermal am Rücken, 214,37 EUR
- Radiologie Rosenheim, Ultraschall Schilddrüse, 98,12 EUR
- Physiotherapie Stiglmayr, 6x KG, 186,00 EUR

Die vierte Rechnung, die Sie erwähnen (Histologie vom Labor), war 
nicht dabei - auf dem vierten Foto ist noch einmal die Rechnung von 
Dr. Brunnhuber. Schicken Sie sie gern nach.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

Am 24.03.2026 um 21:33 schrieb Veronika Hainzlmaier:
> Hallo hier meine Rechnungen vom Februar/März, 4 Stück. Muttermal war
> zum Glück gutartig laut Labor. Vers. Nr KV-7-0071452
> Danke
>
> Von meinem iPhone gesendet
""")

# --- 0058 -------------------------------------------------------------------
add(58, "NORMAL", "en", "insurer-to-customer",
    "trap: prospect asks whether cats can be insured for vet costs; generic product answer, no contract, no animal's health record",
    frm=S("gallagher"), to="Sophie Laurent <sophie.laurent@courriel-fr.example>",
    subj="RE: Do you insure cats?",
    date="2026-03-25 16:19", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Laurent,

thanks for your interest. Yes - our pet health insurance "Tierwohl" is available for cats and dogs from the age of 8 weeks up to 7 years at entry.

There are two options:
- Tierwohl OP: surgery costs only, incl. anaesthesia, medicines and up to 10 days of aftercare; from EUR 9.90 per month for a cat.
- Tierwohl Komplett: surgery plus general vet treatment, vaccinations, dental cleaning and castration; from EUR 24.50 per month.

Vet fees are paid up to the 3-fold rate of the German vet fee scale (GOT). There is a waiting period of 30 days, except for accidents.

You can get a quote online at www.wendelstein-vers.example/tier (available in English). If you have more than one cat, there is a 10 % discount from the second animal.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Sophie Laurent <sophie.laurent@courriel-fr.example>
Sent: Wednesday, March 25, 2026 9:12 AM
Subject: Do you insure cats?

Hello, I just moved to Germany and I'm looking for insurance for vet costs. Do you insure cats and what does it cost approximately? Thank you, Sophie""")

# --- 0059 -------------------------------------------------------------------
add(59, "CONFIDENTIAL", "de", "insurer-to-company",
    "commercial liability claim of a company with a named managing director: crane damaged a client's facade; policy, claim, amounts; nobody hurt",
    frm=S("stadler"), to="Holzbau Mangfall GmbH - Andreas Pletschacher <a.pletschacher@holzbau-mangfall.example>",
    subj="Ihr Schaden H-26-001102 - Fassade Bauvorhaben Feldkirchen",
    date="2026-03-26 13:40", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Pletschacher,

vielen Dank für die Unterlagen zum Schaden vom 16.03.2026 beim Bauvorhaben Familie Ertl in Feldkirchen-Westerham.

Nach Ihrer Schilderung ist beim Abladen der Dachbinder mit dem Ladekran des Lkw (RO-HM 412) die frisch verputzte Fassade des Nachbarhauses auf etwa 6 m² beschädigt worden. Personen wurden nicht verletzt. Der Schaden fällt unter Ihre Betriebshaftpflichtversicherung BH 80 220 615; das Kranrisiko ist bei Ihnen eingeschlossen (Ziffer 4.2 der Besonderen Bedingungen).

Den Kostenvoranschlag des Malerbetriebs über 4.286,50 EUR netto halten wir für angemessen. Wir zahlen direkt an den Geschädigten, Herrn Ertl, sobald er uns seine Bankverbindung mitteilt. Ihre Selbstbeteiligung von 1.000 EUR stellen wir Ihnen separat in Rechnung.

""" + SIG["stadler"] + "\n" + FOOT_DE)

# --- 0060 -------------------------------------------------------------------
add(60, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "care level 3 granted to a named customer after the assessment (Parkinson's, falls); care allowance amounts, PDF notice attached",
    frm=S("zach"), to="Helmut Obermayr <helmut.obermayr@t-netz.example>",
    subj="Ihr Antrag auf Höherstufung - Pflegegrad 3 ab 01.02.2026",
    date="2026-03-27 10:12", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Obermayr,

gute Nachricht: Nach dem Gutachten von MEDICPROOF vom 16.03.2026 stufen wir Sie rückwirkend ab 01.02.2026 in Pflegegrad 3 ein. Den Bescheid mit allen Beträgen finden Sie im Anhang; das Original kommt per Post.

Kurz zusammengefasst:
- Pflegegeld aus der Pflegepflichtversicherung: 599 EUR monatlich (bisher 347 EUR)
- Pflegetagegeld aus Ihrem Zusatztarif PTG 50: 60 % von 50 EUR, also 30 EUR pro Tag
- Die Nachzahlung für Februar und März überweisen wir in dieser Woche.

Das Gutachten empfiehlt außerdem einen Badewannenlift und eine Haltegriff-Kombination im Bad. Dafür können Sie einen Zuschuss zur Wohnraumanpassung beantragen, bis 4.180 EUR. Schicken Sie uns einfach den Kostenvoranschlag.

""" + SIG["zach"] + "\n" + FOOT_KV,
    atts=[A_pdf("Bescheid_Pflegegrad_Obermayr.pdf", """# Wendelstein Krankenversicherung AG - Pflegeleistung
Herrn Helmut Obermayr, Ludwigstraße 22, 83278 Traunstein
Versicherungsnummer PV-2-0022071, PTG-Zusatz PZ-4-0003318
Rosenheim, 27.03.2026

# Bescheid über Ihren Antrag auf Höherstufung vom 02.02.2026
Sehr geehrter Herr Obermayr,
auf Grundlage des Gutachtens der MEDICPROOF GmbH vom 16.03.2026 (Hausbesuch am 11.03.2026)
stellen wir bei Ihnen ab dem 01.02.2026 den Pflegegrad 3 fest (gewichtete Gesamtpunkte: 52,5).

Pflegebegründende Diagnosen laut Gutachten:
- G20.1 Primäres Parkinson-Syndrom mit mäßiger bis schwerer Beeinträchtigung
- R29.6 Sturzneigung (drei Stürze im Jahr 2025)
Modul 1 Mobilität: 10 Punkte, Modul 4 Selbstversorgung: 18 Punkte, Modul 5: 6 Punkte

# Leistungen
Pflegegeld (§ 37 SGB XI, häusliche Pflege durch Ihre Ehefrau): 599,00 EUR monatlich
Pflegetagegeld Tarif PTG 50 bei Pflegegrad 3 (60 %): 30,00 EUR täglich
Entlastungsbetrag: 131,00 EUR monatlich
Nachzahlung 01.02.-31.03.2026: 504,00 EUR Pflegegeld, 1.770,00 EUR Pflegetagegeld

Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.
Mit freundlichen Grüßen
Monika Zach, Pflegeleistung""", title="Bescheid Pflegegrad", date="2026-03-27")])

# --- 0061 -------------------------------------------------------------------
add(61, "NORMAL", "de", "internal",
    "trap: job advert for a care counsellor (nursing qualification, dementia, care levels) sent to HR for publication; no person",
    frm=S("zach"), to=S("wurzer"),
    subj="Stellenausschreibung Pflegeberater/in - Text zur Freigabe",
    date="2026-03-30 14:55", ua="Microsoft Outlook 16.0",
    body="""Hallo Sabine,

anbei der Text für die Ausschreibung der zweiten Pflegeberaterstelle, bitte wie besprochen intern und extern (Stellenportal, Pflegeschulen Rosenheim und Traunstein).

---
Pflegeberaterin / Pflegeberater (m/w/d) nach § 7a SGB XI - Teilzeit 30 Std., Rosenheim

Sie beraten unsere Versicherten und ihre Angehörigen, wenn Pflege nötig wird: am Telefon, per Video und bei Hausbesuchen im Landkreis Rosenheim und Traunstein.

Ihre Aufgaben
- Beratung zu Pflegegraden, Leistungen, Entlastungsangeboten und Wohnraumanpassung
- Unterstützung bei Demenz, nach einem Schlaganfall oder nach Krankenhausaufenthalten
- Zusammenarbeit mit Pflegediensten, Hausärzten und Sozialdiensten der Kliniken

Ihr Profil
- Ausbildung als Pflegefachkraft (Alten-, Kranken- oder Gesundheitspflege) mit Berufserfahrung
- Weiterbildung Pflegeberatung nach § 7a SGB XI oder Bereitschaft dazu
- Führerschein Klasse B
---

Gehaltsband wie besprochen E9/E10 nach unserem Haustarif.

""" + SIG["zach"])

# --- 0062 -------------------------------------------------------------------
add(62, "CONFIDENTIAL", "en", "insurer-to-customer",
    "bicycle theft of a named student under household contents: claim number, address, police report, value; quoted with typos",
    frm=S("gallagher"), to="Arjun Patel <arjun.patel@student-th.example>",
    subj="RE: my bike got stolen from outside uni",
    date="2026-03-31 10:30", ua="Microsoft Outlook 16.0",
    body="""Hi Mr Patel,

sorry to hear that. Bicycle theft is covered under your home contents insurance HR 40 391 664 - but only if the bike was locked to a fixed object, which you say it was, so that's fine.

Claim number: H-26-001287
Sum insured for bicycles in your policy: up to EUR 1,000

What we still need:
- the receipt from when you bought it (or the bank statement showing the payment, if the receipt is gone),
- the police report number from the Rosenheim police (Polizeiinspektion),
- a photo of the cut lock if you still have it.

The bike was about 2 years old and you paid EUR 780, so we'd expect to pay the replacement price of a new comparable bike, up to the EUR 1,000 limit. No deductible in your tariff.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Arjun Patel <arjun.patel@student-th.example>
Sent: Monday, March 30, 2026 6:47 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: my bike got stolen from outside uni

hey, someone stole my bike today from the bike rack outside the TH building (Hochschulstraße 1). it was locked with a cable lock to the rack, they cut it. i reported it to police already. its a Cube Aim, black, bought 2024 for 780 EUR. I live in Äußere Münchener Str. 32 and have the contents insurance with you, can i get something back?? thx

Arjun""")

# --- 0063 -------------------------------------------------------------------
add(63, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "a named expat's root canal and crown cost estimate (tooth 46, GOZ positions) in her dental cover; her questions quoted",
    frm=S("gallagher"), to="Ayşe Demir <ayse.demir@posta-tr.example>",
    subj="RE: dentist cost estimate - root canal + crown",
    date="2026-04-01 09:46", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Demir,

I had our dental advisor look at the treatment plan from Dr. Vogl for tooth 46.

- Root canal treatment (GOZ 2390, 2400, 2410, 2440 and X-rays): EUR 612.40 - covered at 90 % under GHS Plus = EUR 551.16.
- Crown (zirconia, GOZ 2210 plus lab costs EUR 498.00): EUR 1,140.70 - covered at 80 % = EUR 912.56.
- Total we would pay: EUR 1,463.72; your own share about EUR 289.

The waiting period for dentures (8 months) is over, because your policy started on 1 July 2025. So you can go ahead. Please send us the final invoices after treatment and we'll pay within two weeks.

About your question on the microscope fee (EUR 95): this is covered too, as GOZ 0110.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Ayşe Demir <ayse.demir@posta-tr.example>
Sent: Sunday, March 29, 2026 8:20 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: dentist cost estimate - root canal + crown

Hello,
my dentist says my lower right molar (46) has an infection at the root and needs root canal treatment and a crown afterward. He gave me a cost estimate of around 1750 EUR. I attach a photo. How much will you pay? And is it ok that he uses the microscope, it costs extra 95 EUR.
Thank you very much
Ayşe Demir (GHS-2025-01822)""")

# --- 0064 -------------------------------------------------------------------
add(64, "NORMAL", "de", "insurer-to-supplier",
    "trap: order to a certified shredding company for destroying old health-claims files (protection class 3); no file contents",
    frm=S("eibl"), to="Aktenwolf GmbH - Disposition <dispo@aktenwolf.example>",
    subj="Auftrag Aktenvernichtung Archiv Leistung Kranken - KW 16",
    date="2026-04-02 11:30", ua="Microsoft Outlook 16.0",
    body="""Guten Tag Frau Riedmann,

wir möchten folgenden Auftrag erteilen (Rahmenvertrag RV-2024-11):

Vernichtung von Papierakten aus dem Archiv der Leistungsabteilung Krankenversicherung, Aufbewahrungsfrist abgelaufen (Leistungsakten, Arztrechnungen und Schriftwechsel bis Abrechnungsjahr 2014), ca. 140 Archivkartons.

- Abholung: Dienstag, 14.04.2026, ab 7:30 Uhr, Rampe Rückseite, Kufsteiner Straße 88
- Sicherheitsstufe P-4 nach DIN 66399, Schutzklasse 3 (besonders sensible Daten)
- Verschlossene Sicherheitsbehälter, Transport im verplombten Fahrzeug
- Vernichtungsprotokoll mit Behälternummern bitte an mich und an datenschutz@wendelstein-vers.example

Frau Dr. Lassmann (Datenschutz) ist bei der Abholung dabei und unterschreibt das Übergabeprotokoll.

""" + SIG["eibl"] + "\n" + FOOT_DE)

# --- 0065 -------------------------------------------------------------------
add(65, "CONFIDENTIAL", "de", "insurer-to-customer",
    "glass claim of a named customer (cracked ceramic hob) in household contents; claim number, quoted phone mail with typos",
    frm=S("aydemir"), to="Melanie Pichler <melanie.pichler@t-netz.example>",
    subj="AW: Ceranfeld gesprungen",
    date="2026-04-03 09:10", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Pichler,

ein gesprungenes Ceranfeld ist über die Glasversicherung in Ihrer Hausrat (HR 40 218 556, Baustein Glas) versichert, auch wenn es durch einen heruntergefallenen Topf passiert ist.

Schadennummer: G-26-000540

Sie können den Küchenfachhändler oder einen Elektriker beauftragen, das Glas zu tauschen (nur die Glaskeramikplatte, nicht das ganze Kochfeld - außer das ist günstiger). Die Rechnung schicken Sie mir dann einfach, wir zahlen ohne Selbstbeteiligung. Bis dahin bitte das Kochfeld nicht mehr benutzen, wegen der Stromschlaggefahr.

""" + SIG["aydemir"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Melanie Pichler <melanie.pichler@t-netz.example>
Gesendet: Donnerstag, 2. April 2026 18:26
An: service@wendelstein-vers.example
Betreff: Ceranfeld gesprungen

Hallo mir ist heute die gusseiserne pfanne aufs ceranfeld gefallen und jetzt hat es einen sprung quer durch. hab hausrat mit glas bei euch. muss ich jetzt ein ganz neues kochfeld kaufen?? Foto anbei
lg melanie pichler

Gesendet von meinem Samsung Galaxy Smartphone.""")

# --- 0066 -------------------------------------------------------------------
add(66, "STRICTLY_CONFIDENTIAL", "de", "internal",
    "HR: occupational reintegration (BEM) of a named employee after 9 weeks' sick leave, cardiac rehab mentioned, DOCX invitation",
    frm=S("wurzer"), to="Norbert Sixt <norbert.sixt@wendelstein-vers.example>",
    cc="Betriebsrat <betriebsrat@wendelstein-vers.example>",
    subj="BEM Frau Gabriele Dirscherl - Einladung Erstgespräch",
    date="2026-04-06 10:10", ua="Microsoft Outlook 16.0",
    body="""Hallo Herr Sixt,

Frau Dirscherl aus Ihrem Team (Vertragsservice Kfz) war seit 19.01. neun Wochen arbeitsunfähig und kommt am 13.04. zurück. Damit ist das Betriebliche Eingliederungsmanagement anzubieten. Die Einladung für das Erstgespräch hängt an, bitte einmal lesen, bevor ich sie ihr schicke.

Was ich von ihr selbst weiß (sie hat es mir am Telefon erzählt und ist einverstanden, dass Sie es erfahren): Sie hatte im Januar einen Herzinfarkt mit Stent, danach drei Wochen Reha in Bad Aibling. Der Kardiologe empfiehlt eine stufenweise Wiedereingliederung (4 Wochen mit 4, dann 6 Stunden) und vorerst keine Kundentelefonie im Akkord.

Das Gespräch wäre am 15.04. um 10 Uhr bei mir; der Betriebsrat ist auf ihren Wunsch dabei. Bitte die Information vertraulich behandeln und nicht ins Team geben.

""" + SIG["wurzer"],
    atts=[A_docx("BEM_Einladung_Dirscherl.docx", [
        ("b", "Einladung zum Betrieblichen Eingliederungsmanagement (BEM)"),
        "Frau Gabriele Dirscherl, Vertragsservice Kfz, Personalnummer 40318",
        "Rosenheim, 06.04.2026",
        "Liebe Frau Dirscherl,",
        "Sie waren innerhalb der letzten zwölf Monate länger als sechs Wochen arbeitsunfähig (19.01. bis 12.04.2026). Nach § 167 Abs. 2 SGB IX bieten wir Ihnen ein Betriebliches Eingliederungsmanagement an. Die Teilnahme ist freiwillig.",
        "Ziel ist, gemeinsam mit Ihnen zu klären, wie wir Ihre Rückkehr nach dem Herzinfarkt und der kardiologischen Reha gut gestalten können – zum Beispiel mit einer stufenweisen Wiedereingliederung, angepassten Aufgaben oder ergonomischen Hilfen.",
        "Vorgeschlagener Termin: Mittwoch, 15.04.2026, 10:00 Uhr, Raum 3.08 (Personal). Auf Ihren Wunsch nimmt Frau Loibl vom Betriebsrat teil.",
        "Alle Angaben zu Ihrer Gesundheit werden getrennt von der Personalakte in einer BEM-Akte aufbewahrt und nach Abschluss gelöscht.",
        "Mit freundlichen Grüßen",
        "Sabine Wurzer, Personal",
    ], date="2026-04-06", title="BEM Einladung", creator="Sabine Wurzer")])

# --- 0067 -------------------------------------------------------------------
add(67, "NORMAL", "en", "insurer-to-partner",
    "trap: feedback to the assistance partner on its quarterly SLA report (case counts by country, medical evacuations); aggregates only",
    frm=S("gallagher"), to="EuroAid Assist - Account Management <accounts@euroaid-assist.example>",
    subj="RE: Q1 2026 SLA report Wendelstein",
    date="2026-04-07 16:02", ua="Microsoft Outlook 16.0",
    body="""Hi Marco,

thanks for the Q1 report. Overall a good quarter; a few comments before our call on Thursday:

1. Volumes: 412 assistance cases (Q4: 377), of which 61 hospital admissions abroad, 9 medical evacuations and 3 repatriations of mortal remains. Spain, Austria and Thailand again top three. Fine.

2. Call answering: 93 % within 20 seconds - target is 95 %. You mentioned the two weekends with flu-related staff shortages; please add a line on how you'll cover that next winter.

3. Guarantees of payment to hospitals: median 3.1 hours, 90th percentile 11 hours. The 90th percentile is too high for us - can you split it by "medical report missing" vs. "waiting for our approval"? If the delay is on our side, I want to know.

4. Customer feedback: 4.5/5 average, two complaints (language barrier in one Portuguese hospital, no callback once). Both closed.

Could you also add the number of cases handled in English vs. German from next quarter on? It helps us plan staffing.

""" + SIG["gallagher"] + "\n" + FOOT_EN)

# --- 0068 -------------------------------------------------------------------
add(68, "CONFIDENTIAL", "de", "insurer-to-customer",
    "legal expenses cover for a named customer's dismissal: employer, monthly gross salary, deadline; no health reason stated",
    frm=S("hutter"), to="Christian Reisinger <chr.reisinger@mailhaus.example>",
    subj="AW: Kündigung erhalten - Rechtsschutz Arbeitsrecht",
    date="2026-04-08 08:37", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Reisinger,

Versicherungsschutz für die Kündigungsschutzklage besteht, ich bestätige die Kostenübernahme zu Ihrer Rechtsschutzversicherung RS 62 098 772 (Baustein Beruf), Schadennummer R-26-000612, Selbstbeteiligung 250 EUR.

Wichtig ist die Frist: Die Klage muss innerhalb von drei Wochen nach Zugang der Kündigung beim Arbeitsgericht sein. Sie haben die Kündigung am 03.04.2026 erhalten, also spätestens am 24.04.2026. Bitte beauftragen Sie deshalb möglichst diese Woche einen Anwalt.

Für die Berechnung des Streitwerts legt das Gericht drei Bruttomonatsgehälter zugrunde, bei Ihren 4.650 EUR also 13.950 EUR. Die Anwaltskosten für die erste Instanz tragen wir vollständig (abzüglich SB); eine Abfindung, die Sie aushandeln, gehört natürlich ganz Ihnen.

""" + SIG["hutter"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Christian Reisinger <chr.reisinger@mailhaus.example>
Gesendet: Dienstag, 7. April 2026 21:55
An: rechtsschutz@wendelstein-vers.example
Betreff: Kündigung erhalten - Rechtsschutz Arbeitsrecht

Hallo, ich hab am 3.4. die Kündigung von meinem Arbeitgeber (Inntaler Verpackungswerke GmbH, seit 2013) bekommen, betriebsbedingt angeblich, aber in meiner Abteilung wurden 2 neue eingestellt. Ich verdiene 4650 brutto. Ich will dagegen klagen. Zahlt das meine Rechtsschutz? Nr. RS 62 098 772.
Gruß Christian Reisinger""")

# --- 0069 -------------------------------------------------------------------
add(69, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "body says only 'anbei unser Schreiben'; attached PDF is an accident disability decision: ankle fracture, 3/7 foot value, amount",
    frm=S("pfisterer"), to="Manuela Fischbacher <manu.fischbacher@alpenpost.example>",
    subj="Ihr Unfall vom 04.01.2025 - unser Schreiben vom 09.04.2026",
    date="2026-04-09 14:30", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Fischbacher,

wie telefonisch angekündigt erhalten Sie anbei unser Schreiben vorab per E-Mail. Das Original geht heute mit der Post raus.

Bei Fragen rufen Sie mich gern an.

""" + SIG["pfisterer"] + "\n" + FOOT_DE,
    atts=[A_pdf("Schreiben_UV_45188230_2026-04-09.pdf", """# Wendelstein Versicherung a.G. - Unfallleistung
Frau Manuela Fischbacher, Bergstraße 7, 83080 Oberaudorf
Unfallversicherung UV 45 188 230, Schaden U-25-00031
Rosenheim, 09.04.2026

# Abrechnung der Invaliditätsleistung
Sehr geehrte Frau Fischbacher,
nach dem Gutachten von Prof. Dr. Reindl (Unfallklinik Murnau) vom 18.03.2026 liegt nach
Ihrem Sturz beim Skitourengehen am 04.01.2025 folgender Dauerschaden vor:

Diagnose: Trimalleoläre Sprunggelenksfraktur links (S82.82), operativ versorgt,
posttraumatische Arthrose des oberen Sprunggelenks, Bewegungseinschränkung
Heben/Senken 10-0-30 Grad (rechts 20-0-45).
Invaliditätsgrad: 3/7 Fußwert = 40 % x 3/7 = 17,14 %

# Berechnung
Grundsumme: 150.000,00 EUR
Progression 350 % (Invaliditätsgrad unter 25 %: keine Progression)
Leistung: 17,14 % von 150.000,00 EUR = 25.710,00 EUR
bereits gezahlter Vorschuss (07/2025): 5.000,00 EUR
Auszahlung: 20.710,00 EUR auf Ihr Konto IBAN DE** **** **** **** **20 05

Die Invalidität wird nach drei Jahren auf Ihren oder unseren Wunsch neu bemessen
(letzter Termin: 04.01.2028).
Mit freundlichen Grüßen
Gregor Pfisterer""", title="Invaliditätsleistung", date="2026-04-09")])

# --- 0070 -------------------------------------------------------------------
add(70, "NORMAL", "de", "internal",
    "trap: actuarial per-capita claims profiles in health insurance by age and sex (XLSX); aggregates, no insured person",
    frm=S("mairhofer"), to="Produktmanagement KV <produkt-kv@wendelstein-vers.example>",
    subj="Kopfschadenprofile KV 2025 - Basis für die BAP 2027",
    date="2026-04-10 13:12", ua="Thunderbird/128.6.0",
    body="""Hallo zusammen,

anbei die Kopfschadenprofile 2025 für die Tarife KOMFORT 1 und KOMFORT 2, je Altersgruppe und Geschlecht, ambulant / stationär / Zahn getrennt. Die Werte sind in EUR pro versicherter Person und Jahr.

Auffällig:
- Stationär steigt bei den 60-69-Jährigen um 11 % gegenüber 2024 (Endoprothetik, Kardiologie).
- Ambulant bei Frauen 20-34 +9 %, vor allem Psychotherapie.
- Zahn ist stabil.

Der auslösende Faktor liegt nach erster Rechnung bei 1,07 für KOMFORT 1 und 1,11 für KOMFORT 2 - eine Beitragsanpassung 2027 ist damit wahrscheinlich. Details in der Sitzung am 21.04.

Christoph
""",
    atts=[A_xlsx("Kopfschadenprofile_KV_2025.xlsx", [
        ("KOMFORT 1", [["Alter", "Geschlecht", "ambulant", "stationär", "Zahn", "gesamt", "Bestand"],
                       ["0-19", "w", 612, 288, 241, 1141, 2210], ["0-19", "m", 588, 301, 226, 1115, 2296],
                       ["20-34", "w", 1384, 512, 318, 2214, 3870], ["20-34", "m", 941, 418, 287, 1646, 4102],
                       ["35-49", "w", 1602, 804, 402, 2808, 5233], ["35-49", "m", 1288, 912, 377, 2577, 5591],
                       ["50-59", "w", 2011, 1430, 512, 3953, 4016], ["50-59", "m", 1869, 1712, 488, 4069, 4470],
                       ["60-69", "w", 2544, 2618, 603, 5765, 2990], ["60-69", "m", 2487, 3302, 577, 6366, 3344],
                       ["70+", "w", 3120, 4210, 498, 7828, 1810], ["70+", "m", 3211, 5016, 470, 8697, 1702]]),
        ("Hinweis", [["Quelle: Leistungsdaten 2025, Stand 31.03.2026; Gruppen < 50 Personen zusammengefasst."]]),
    ], date="2026-04-10", title="Kopfschadenprofile 2025", creator="Christoph Mairhofer")])

# --- 0071 -------------------------------------------------------------------
add(71, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "confirmation of a named expat's health insurance for the immigration office (personal line: health) with birth date, PDF attached",
    frm=S("gallagher"), to="Oluwaseun Adeyemi <seun.adeyemi@lagosmail.example>",
    subj="RE: Insurance confirmation for Ausländerbehörde - urgent!!",
    date="2026-04-13 09:02", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Adeyemi,

of course - the confirmation for the immigration office (Ausländerbehörde) is attached, in German as they require. It confirms that you and your daughter are covered under Global Health Select Plus with full cover for inpatient and outpatient treatment, no upper limit, and that the cover meets the requirements of § 2 (3) of the German Residence Act.

Please note that the Ausländerbehörde sometimes asks for the original with a stamp. If they do, just tell me and we will post it to you the same day.

Good luck with your appointment on Thursday.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Oluwaseun Adeyemi <seun.adeyemi@lagosmail.example>
Sent: Sunday, April 12, 2026 11:38 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: Insurance confirmation for Ausländerbehörde - urgent!!

Good evening,

I have an appointment at the Ausländerbehörde Rosenheim on Thursday to extend my residence permit (Blue Card). They want a "Versicherungsbestätigung" for health insurance for me and my daughter Amara. The one I have is from last year. Can you send a new one before Thursday please?? My member number is GHS-2023-05519.

Thanks a lot
Seun Adeyemi""",
    atts=[A_pdf("Versicherungsbestaetigung_Adeyemi.pdf", """# Wendelstein Versicherung a.G. - Versicherungsbestätigung
zur Vorlage bei der Ausländerbehörde

Hiermit bestätigen wir, dass folgende Personen bei uns krankenversichert sind:

Herr Oluwaseun Adeyemi, geb. 17.05.1988, Staatsangehörigkeit: nigerianisch
Tochter Amara Adeyemi, geb. 03.11.2019
Anschrift: Ebersberger Straße 40, 83022 Rosenheim

Tarif: Global Health Select Plus (Mitgliedsnummer GHS-2023-05519)
Versicherungsbeginn: 01.09.2023, ungekündigt
Umfang: ambulante, stationäre und zahnärztliche Behandlung ohne Höchstgrenze,
Schwangerschaft und Geburt, Vorsorgeuntersuchungen und Schutzimpfungen
Selbstbeteiligung: 300 EUR je Kalenderjahr

Der Versicherungsschutz entspricht nach Art und Umfang den Anforderungen des
§ 2 Abs. 3 AufenthG in Verbindung mit § 193 Abs. 3 VVG.

Rosenheim, 13.04.2026
Wendelstein Versicherung a.G., International Client Desk""", title="Versicherungsbestätigung", date="2026-04-13")])

# --- 0072 -------------------------------------------------------------------
add(72, "NORMAL", "en", "internal",
    "trap: out-of-office reply pointing to the health claims and emergency lines; no customer, no case",
    frm=S("gallagher"), to=S("feldhoff"),
    subj="Automatic reply: Kunde fragt nach englischem Ansprechpartner",
    date="2026-04-14 07:41",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Thank you for your e-mail. I am out of the office until Monday, 20 April 2026, with limited access to e-mail.

For health claims and cost coverage, please contact international@wendelstein-vers.example or +49 8031 4470-260 (Priya Raman).
For medical emergencies abroad, customers should call our 24/7 assistance line +49 8031 4470-999.

Vielen Dank für Ihre Nachricht. Ich bin bis Montag, 20.04.2026, nicht im Büro. In dringenden Fällen wenden Sie sich bitte an international@wendelstein-vers.example.

Owen Gallagher""")

# --- 0073 -------------------------------------------------------------------
add(73, "CONFIDENTIAL", "de", "insurer-to-customer",
    "eVB number for a named customer's new car: birth date, address, bank details masked, SF class; no health data",
    frm=S("koenig"), to="Johanna Kreitmair <johanna.kreitmair@web-mail.example>",
    subj="Ihre eVB-Nummer für den neuen Wagen",
    date="2026-04-15 11:14", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Kreitmair,

wie gewünscht Ihre elektronische Versicherungsbestätigung für die Zulassung:

eVB-Nummer: K7T4QWX
gültig bis: 15.05.2026

Gespeicherte Daten für den neuen Vertrag:
Versicherungsnehmerin: Johanna Kreitmair, geb. 08.12.1990
Anschrift: Kolpingstraße 3, 83043 Bad Aibling
Fahrzeug: Hyundai Kona Elektro, Erstzulassung 2024 (Fahrzeug-Ident-Nr. KMHK381GFRU204417)
Einstufung: SF 9 (Übernahme aus Ihrem bisherigen Vertrag bei der Isarwerk Versicherung)
Vollkasko 500 EUR / Teilkasko 150 EUR Selbstbeteiligung
Lastschrift von IBAN DE** **** **** **** **30 39 (wie bei Ihrer Hausrat)

Das Kennzeichen tragen Sie bitte nach der Zulassung im Kundenportal ein oder schicken es mir kurz per Mail.

""" + SIG["koenig"] + "\n" + FOOT_DE)

# --- 0074 -------------------------------------------------------------------
add(74, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
    "statement to the financial regulator on a named customer's complaint about refused IVF reimbursement, quoting her complaint",
    frm=S("veit"), to="BaFin Verbraucherbeschwerden <beschwerden-q14@bafin-aufsicht.example>",
    subj="Ihr Zeichen VBS 2026/04417 - Stellungnahme Beschwerde Frau Sarah Ketterl",
    date="2026-04-16 15:45", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Damen und Herren,

zu der Eingabe von Frau Sarah Ketterl, geb. 21.01.1989, Krankenversicherung KV-7-0063390 (Tarif KOMFORT 2), nehmen wir wie folgt Stellung.

1. Sachverhalt
Frau Ketterl beantragte im Dezember 2025 die Kostenübernahme für einen dritten Zyklus einer ICSI-Behandlung im Kinderwunschzentrum München-Schwabing. Die ersten beiden Zyklen (2025) haben wir erstattet. Den dritten Zyklus lehnten wir am 19.01.2026 ab, weil nach dem Bericht des Zentrums die Erfolgsaussicht unter 15 % je Zyklus liege.

Frau Ketterl schreibt in ihrer Eingabe:
"Die Versicherung rechnet mir meine Chancen vor, als wäre ich eine Statistik. Meine Ärztin hält einen dritten Versuch für sinnvoll, die AMH-Werte haben sich nach der Behandlung meiner Schilddrüse verbessert. Ich fühle mich behandelt wie eine Bittstellerin."

2. Bewertung
Nach der Rechtsprechung des BGH ist eine Kinderwunschbehandlung medizinisch notwendig, wenn eine Erfolgswahrscheinlichkeit von mindestens 15 % je Zyklus besteht. Der neue Bericht von Dr. Maurer vom 02.03.2026, den Frau Ketterl mit ihrer Eingabe vorgelegt hat, nennt unter Berücksichtigung der verbesserten Hormonwerte (TSH eingestellt, AMH 1,4 ng/ml) eine Wahrscheinlichkeit von 18-22 %.

3. Ergebnis
Wir haben unsere Entscheidung daher geändert und Frau Ketterl am 15.04.2026 die Kostenübernahme für den dritten Zyklus zugesagt. Für den Ton unseres Ablehnungsschreibens haben wir uns bei ihr entschuldigt.

""" + SIG["veit"] + "\n" + FOOT_KV)

# --- 0075 -------------------------------------------------------------------
add(75, "NORMAL", "de", "insurer-to-customer",
    "trap: prospect asks about children's accident insurance; generic product sheet (disability, hospital cash, broken bones) attached",
    frm=S("feldhoff"), to="Theresa Hölzl <theresa.hoelzl@familienpost.example>",
    subj="AW: Unfallversicherung für Kinder - was kostet das?",
    date="2026-04-17 10:28", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Hölzl,

danke für Ihr Interesse. Unsere Kinder-Unfallversicherung "Kinder Aktiv" gibt es ab Geburt bis zum 18. Geburtstag; sie gilt weltweit und rund um die Uhr, also auch in der Freizeit, wo die gesetzliche Unfallversicherung (Kita, Schule) nicht zahlt.

Die Eckdaten und Beispielbeiträge habe ich Ihnen als PDF angehängt. Kurz: Schon ab 7,90 EUR im Monat gibt es 100.000 EUR Grundsumme mit 500 % Progression, Krankenhaustagegeld und eine Sofortleistung bei Knochenbrüchen.

Wenn Sie ein Angebot für Ihre beiden Kinder möchten, brauche ich nur das Alter der Kinder, keine weiteren Angaben. Gesundheitsfragen gibt es bei Kinder Aktiv nicht.

""" + SIG["feldhoff"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Theresa Hölzl <theresa.hoelzl@familienpost.example>
Gesendet: Donnerstag, 16. April 2026 20:40
An: service@wendelstein-vers.example
Betreff: Unfallversicherung für Kinder - was kostet das?

Hallo, was kostet bei Ihnen ungefähr eine Unfallversicherung für Kinder? Brauch man das überhaupt? Danke""",
    atts=[A_pdf("Produktblatt_Kinder_Aktiv_2026.pdf", """# Kinder Aktiv - Unfallversicherung für Kinder (Produktinformationsblatt 2026)
Wendelstein Versicherung a.G., Kufsteiner Straße 88, 83022 Rosenheim

# Was ist versichert?
Unfälle in Freizeit, Kita, Schule und Urlaub, weltweit, 24 Stunden am Tag.

# Leistungen (Beispiel Variante Komfort)
Invaliditätsgrundsumme 100.000 EUR, Progression 500 % (maximal 500.000 EUR)
Unfallrente ab 50 % Invalidität: 500 EUR monatlich lebenslang
Krankenhaustagegeld: 20 EUR je Tag, doppelt bei Auslandsaufenthalt
Sofortleistung bei Knochenbrüchen: 500 EUR (z. B. Arm- oder Beinbruch)
Kosmetische Operationen nach Unfall: bis 10.000 EUR
Bergungskosten: bis 25.000 EUR
Mitversichert: Vergiftungen durch Gase oder Dämpfe, Zeckenbisse (FSME, Borreliose)

# Beiträge monatlich
Basis: 7,90 EUR   Komfort: 12,40 EUR   Premium: 17,80 EUR
Keine Gesundheitsfragen. Beiträge gleich für alle Altersstufen bis 18 Jahre.

Dieses Blatt ist keine Vertragsgrundlage. Es gelten die AUB Kinder Aktiv 2026.""", title="Produktblatt Kinder Aktiv", date="2026-01-15")])

# --- 0076 -------------------------------------------------------------------
add(76, "CONFIDENTIAL", "de", "insurer-to-broker",
    "commission statement for a sole-trader broker: his income, tax number and private IBAN in the XLSX; no customer health data",
    frm="Provisionsabrechnung <provision@wendelstein-vers.example>", to="Thomas Brenner <thomas.brenner@brenner-finanz.example>",
    cc=S("ostermeier"),
    subj="Provisionsabrechnung März 2026 - Vermittlernummer 20-4471",
    date="2026-04-17 06:05",
    body="""Sehr geehrter Herr Brenner,

anbei Ihre Provisionsabrechnung für März 2026.

Abschlussprovision: 6.412,80 EUR
Bestandsprovision: 1.108,35 EUR
Stornoreserve (Einbehalt 10 %): -752,12 EUR
Auszahlungsbetrag: 6.769,03 EUR

Die Auszahlung erfolgt am 20.04.2026 auf Ihr Konto IBAN DE74 7002 0270 6091 0879 10.
Steuernummer laut unseren Unterlagen: 156/214/70335 (Finanzamt Rosenheim), umsatzsteuerfrei nach § 4 Nr. 11 UStG.

Fragen zur Abrechnung beantwortet Ihnen Herr Ostermeier.

Wendelstein Versicherung a.G. - Vermittlerabrechnung
Diese Nachricht wurde automatisch erstellt.""",
    atts=[A_xlsx("Provision_2026-03_20-4471.xlsx", [
        ("Abrechnung", [["Vermittler", "Thomas Brenner, Brenner Finanz (Einzelunternehmen)"],
                        ["Vermittlernummer", "20-4471"], ["Steuernummer", "156/214/70335"],
                        ["Zeitraum", "03/2026"], [],
                        ["Vertrag", "Sparte", "Art", "Bewertungssumme", "Satz", "Provision"],
                        ["KF-2231-811204", "Kfz", "AP", 812.40, 0.08, 64.99],
                        ["HR 40 405 118", "Hausrat", "AP", 198.60, 0.25, 49.65],
                        ["WG 33 840 009", "Wohngebäude", "AP", 1412.00, 0.2, 282.40],
                        ["GI 81 044 217", "Gewerbe-Inhalt", "AP", 20208.00, 0.25, 5052.00],
                        ["BH 80 231 044", "Betriebshaftpflicht", "AP", 3853.00, 0.25, 963.76],
                        ["diverse", "Bestand", "BP", "", "", 1108.35],
                        ["", "", "", "", "Stornoreserve", -752.12],
                        ["", "", "", "", "Auszahlung", 6769.03]]),
    ], date="2026-04-17", title="Provisionsabrechnung", creator="Vermittlerabrechnung")])

# --- 0077 -------------------------------------------------------------------
add(77, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "a named expat's pregnancy (due date, planned hospital birth, midwife) and what her health plan covers; her mail quoted",
    frm=S("raman"), to="Hannah O'Sullivan <hannah.osullivan@irishpost.example>",
    subj="RE: pregnant - what is covered for the birth?",
    date="2026-04-20 12:30", ua="Microsoft Outlook 16.0",
    body="""Dear Ms O'Sullivan,

congratulations! Here is what your plan, GHS Plus (member no. GHS-2024-03301), covers for your pregnancy and birth:

- Prenatal check-ups, ultrasounds and blood tests: 100 %, no deductible. The NIPT blood test is covered if your gynaecologist recommends it.
- Midwife before and after the birth (including home visits for up to 12 weeks): 100 % according to the German midwife fee schedule.
- Birth at Klinikum Rosenheim: hospital costs 100 %, private room, chief physician. A caesarean is covered as well.
- Antenatal class: up to EUR 150; baby swimming is not covered, sorry.
- Your baby can be added to your policy without health questions if you register the child within two months of birth. Please don't forget this - after two months we would need a health questionnaire.

The 8-month waiting period for maternity does not apply any more, since you have been insured since June 2024.

""" + SIG["raman"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Hannah O'Sullivan <hannah.osullivan@irishpost.example>
Sent: Friday, April 17, 2026 4:55 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: pregnant - what is covered for the birth?

Hi! I'm 14 weeks pregnant (due date 22 October), first baby. My gynaecologist is Dr. Amberger in Rosenheim and I want to give birth at Klinikum Rosenheim. I'd also like a midwife for after the birth. What does my insurance pay and do I need to do anything now? Also can the baby be on my policy?

Thanks a million,
Hannah""")

# --- 0078 -------------------------------------------------------------------
add(78, "NORMAL", "en", "internal",
    "trap: maintenance notice for the secure mail portal and the claims upload (medical documents); no content, no person",
    frm=S("brandl"), to=f"All staff <alle@{DOM}>",
    cc="International Client Desk <international@wendelstein-vers.example>",
    subj="Maintenance: SecureMail portal and claims upload offline Sat 25 April 20:00-02:00",
    date="2026-04-21 09:00", ua="Microsoft Outlook 16.0",
    body="""Hello everyone / Hallo zusammen,

on Saturday 25 April from 20:00 to Sunday 02:00 the SecureMail portal (portal.wendelstein-vers.example) and the upload for medical invoices and reports will be offline for the certificate renewal and an update of the gateway.

What this means:
- Customers cannot log in to read secure messages or upload documents during that time. A maintenance page is shown.
- Outgoing mails that need encryption are queued by the gateway and delivered after the maintenance. Nothing gets lost; please don't resend.
- Notification mails ("you have a new secure message") will arrive late.

The International Client Desk: please tell customers who ask about Saturday evening uploads to try again on Sunday.

Deutsch kurz: Portal und Upload sind Sa 25.04. 20-02 Uhr offline, verschlüsselte Mails werden zurückgehalten und danach zugestellt. Bitte nicht doppelt senden.

""" + SIG["brandl"])

# --- 0079 -------------------------------------------------------------------
add(79, "CONFIDENTIAL", "de", "insurer-to-customer",
    "an elderly named customer's complaint about the premium increase of his buildings insurance: contract, sums, address; no health data",
    frm=S("veit"), to="Georg Huber sen. <georg.huber.sen@dorfnetz.example>",
    subj="AW: WIESO SCHON WIEDER TEURER",
    date="2026-04-22 14:17", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Huber,

vielen Dank für Ihren Brief per E-Mail. Ich kann verstehen, dass Sie sich über eine Erhöhung von knapp 15 % ärgern.

Die Erhöhung Ihrer Wohngebäudeversicherung WG 33 512 090 für Ihr Haus in der Dorfstraße 18, 83135 Schechen, hat zwei Gründe:

1. Die Versicherungssumme wird jedes Jahr an die Baupreise angepasst (gleitender Neuwert). Der Baupreisindex ist um 3,1 % gestiegen. So ist Ihr Haus weiterhin zum vollen Neubauwert versichert.
2. Der Tarif ist für alle Kunden um 11,5 % gestiegen, weil die Schäden durch Leitungswasser und Unwetter in den letzten Jahren stark zugenommen haben.

Der neue Jahresbeitrag beträgt 1.126,80 EUR statt 981,40 EUR. Sie haben wegen der Tariferhöhung ein Sonderkündigungsrecht bis 15.05.2026. Bevor Sie kündigen: Mit einer Selbstbeteiligung von 500 EUR würde der Beitrag auf 917,30 EUR sinken. Sagen Sie mir Bescheid, wenn Sie das möchten.

""" + SIG["veit"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Georg Huber sen. <georg.huber.sen@dorfnetz.example>
Gesendet: Montag, 20. April 2026 09:03
An: service@wendelstein-vers.example
Betreff: WIESO SCHON WIEDER TEURER

SEHR GEEHRTE HERREN,
ICH BIN 81 JAHRE UND SEIT 1974 BEI IHNEN MIT DEM HAUS. JETZT KOMMT WIEDER EINE RECHNUNG 1126,80 EURO. LETZTES JAHR 981. ICH HATTE NOCH NIE EINEN SCHADEN. MEIN ENKEL SCHREIBT DIESE MAIL FÜR MICH.
GEORG HUBER, DORFSTR. 18, SCHECHEN""")

# --- 0080 -------------------------------------------------------------------
add(80, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "premium refund in a named customer's health insurance depends on invoices not submitted (his knee MRI); personal line, health detail",
    frm=S("okafor"), to="Maximilian Brandhuber <max.brandhuber@bergland-net.example>",
    subj="AW: Beitragsrückerstattung - lohnt sich das Einreichen?",
    date="2026-04-23 10:50", ua="Microsoft Outlook 16.0", cs="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrter Herr Brandhuber,

gute Frage, die wir oft bekommen. In Ihrem Tarif KOMFORT 1 (Vertrag KV-7-0040812) beträgt die Beitragsrückerstattung für 2025 drei Monatsbeiträge, also 3 x 486,20 EUR = 1.458,60 EUR, wenn Sie für 2025 keine Rechnungen einreichen. Vorsorgeuntersuchungen dürfen Sie einreichen, ohne die Rückerstattung zu verlieren.

Ihre Rechnungen 2025 laut Ihrer Mail:
- Orthopäde Dr. Gaßner, Knie rechts: 187,40 EUR
- MRT Knie (Radiologie Rosenheim): 512,88 EUR
- Physiotherapie 6x: 156,00 EUR
zusammen 856,28 EUR.

Da die Rückerstattung (1.458,60 EUR) höher ist als die Rechnungen, lohnt es sich für 2025, die Rechnungen selbst zu bezahlen. Die Rückerstattung zahlen wir im Juli aus, wenn bis 30.06.2026 nichts für 2025 eingereicht wurde.

Ein Hinweis: Sollte beim Knie doch noch eine Operation nötig werden, reichen Sie die Rechnungen aus 2025 lieber ein - Sie haben dafür bis Ende 2028 Zeit.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Maximilian Brandhuber <max.brandhuber@bergland-net.example>
Gesendet: Mittwoch, 22. April 2026 17:12
An: leistung-kv@wendelstein-vers.example
Betreff: Beitragsrückerstattung - lohnt sich das Einreichen?

Servus, ich hab letztes Jahr wegen meinem Knie (Meniskus angerissen) ein paar Rechnungen gehabt: Orthopäde 187,40, MRT 512,88 und 6x Physio 156 Euro. Lohnt es sich das einzureichen oder krieg ich mit der Beitragsrückerstattung mehr?
Danke, Max Brandhuber""")

# --- 0081 -------------------------------------------------------------------
add(81, "NORMAL", "de", "internal",
    "trap: team meeting minutes of health claims with KPIs, backlog and hospital invoice rules; no customer data",
    frm=S("okafor"), to="Team Leistung KV <team-leistung-kv@wendelstein-vers.example>",
    subj="Protokoll Teamrunde Leistung KV 23.04.2026",
    date="2026-04-23 17:30", ua="Microsoft Outlook 16.0",
    body="""Hallo zusammen,

das Protokoll von heute:

1. Rückstände
Offene Belege gesamt 3.412 (Vorwoche 4.080). Arztrechnungen ambulant im Schnitt 4,2 Arbeitstage, Krankenhausrechnungen 6,8 Arbeitstage, Zahn-HKP 9,1 Arbeitstage. Ziel bis Ende Mai: alles unter 5 Tagen außer HKP.

2. Krankenhausrechnungen
Ab 01.05. prüfen wir Rechnungen über 20.000 EUR mit dem DRG-Prüftool vor der Zahlung. Rechnungen mit Intensivstation oder mehr als 20 Beatmungsstunden gehen automatisch an Dr. Aigner bzw. die Beratungsärzte.

3. Heilpraktiker
Nach dem Beschwerdebericht Q4 sollen Teilerstattungen nach GebüH besser begründet werden. Neuer Textbaustein ist im DMS unter "KV_HP_Teilerstattung_v3".

4. Urlaubsplanung Pfingsten
Bitte bis 30.04. im Kalender eintragen. Mindestbesetzung 6 Personen.

5. Sonstiges
Kuchen am Freitag bringt Jenny (Geburtstag).

Nächste Teamrunde: 07.05.2026.

""" + SIG["okafor"])

# --- 0082 -------------------------------------------------------------------
add(82, "CONFIDENTIAL", "en", "insurer-to-customer",
    "pet insurance claim of a named customer: her dog's cruciate ligament surgery and vet invoice (animal health, not human)",
    frm=S("gallagher"), to="Laura Jensen <laura.jensen@nordicmail.example>",
    subj="RE: Bruno's knee surgery - claim",
    date="2026-04-24 11:55", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Jensen,

I hope Bruno is recovering well!

The invoice from Tierklinik Kolbermoor for his cruciate ligament surgery (TPLO, right hind leg) is covered under your pet health insurance TW 90 044 217, Tierwohl Komplett:

Invoice total: EUR 2,986.40 (GOT 2-fold rate)
Covered: 100 % of surgery, anaesthesia, X-rays and 10 days aftercare
Not covered: the special dog bed (EUR 89.00) and the supplement "JointPro" (EUR 34.90)
Payment: EUR 2,862.50, to your account ending in ...4418, within 5 working days.

Physiotherapy for Bruno is covered under Komplett up to EUR 500 per year, so keep the invoices.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Laura Jensen <laura.jensen@nordicmail.example>
Sent: Wednesday, April 22, 2026 7:15 PM
Subject: Bruno's knee surgery - claim

Hi, our Labrador Bruno (6) tore his cruciate ligament while playing, he had surgery on Monday at Tierklinik Kolbermoor. Invoice attached, almost 3000 EUR :( We have Tierwohl Komplett with you. Also the vet recommended physio, is this covered?
Best, Laura""")

# --- 0083 -------------------------------------------------------------------
add(83, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
    "HTML-only query to a hospital's billing about a named patient's invoice: DRG, OPS codes, intensive care hours",
    frm=S("okafor"), to="Klinikum Inntal - Abrechnung <abrechnung@klinikum-inntal.example>",
    subj="Rückfrage Rechnung 2026-118804 / Patient Anton Schmiedhuber",
    date="2026-04-27 09:44", ua="Microsoft Outlook 16.0",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrer Rechnung Nr. 2026-118804 für unseren Versicherten <b>Herrn Anton Schmiedhuber, geb. 14.08.1949</b> (Vers.-Nr. KV-7-0005521), Aufenthalt 30.03.&ndash;14.04.2026, haben wir vor der Zahlung folgende Rückfragen:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Position</th><th>abgerechnet</th><th>Rückfrage</th></tr>
<tr><td>DRG</td><td>F06B (Koronare Bypass-Operation ohne mehrzeitige komplexe OR-Prozeduren)</td><td>Hauptdiagnose I25.13 (Drei-Gefäß-KHK) ist plausibel.</td></tr>
<tr><td>OPS 5-361.03</td><td>Anlegen eines aortokoronaren Bypass, 3 Anastomosen</td><td>keine</td></tr>
<tr><td>Intensivmedizin</td><td>8-980.20, 184 Aufwandspunkte</td><td>Bitte Intensivkurve für die Tage 2&ndash;5 übermitteln; die Beatmungsdauer (38 h) erscheint uns für eine elektive Bypass-OP lang. Gab es Komplikationen (z.&nbsp;B. Pneumonie, J18.9)?</td></tr>
<tr><td>Wahlleistung Einbettzimmer</td><td>15 Tage</td><td>Tarif erstattet Einbettzimmer; bitte Wahlleistungsvereinbarung beifügen.</td></tr>
</table>
<p>Die Schweigepflichtentbindung des Patienten liegt Ihnen mit dem Aufnahmeantrag vor. Den unstrittigen Teilbetrag von 21.400,00&nbsp;EUR überweisen wir vorab.</p>
<p>Mit freundlichen Grüßen<br><br>Nadine Okafor<br>Leistungsabteilung Krankenversicherung<br>Wendelstein Krankenversicherung AG<br>Tel. 08031 4470-385 | Fax 08031 4470-399</p>
</body></html>""")

# --- 0084 -------------------------------------------------------------------
add(84, "NORMAL", "de", "newsletter",
    "trap: broker newsletter on new dental tariff, care reform, BU underwriting webinar and cyber; no client",
    frm=f"Wendelstein Maklerinfo <maklerinfo@{DOM}>", to="makler-newsletter@wendelstein-vers.example",
    subj="Maklerinfo Mai 2026: Zahn Premium, Pflegereform, Webinar BU, Cyber für Praxen",
    date="2026-04-28 07:15",
    hdrs=[("List-Unsubscribe", "<https://makler.wendelstein-vers.example/newsletter/abmelden>")],
    body="""Wendelstein Maklerinfo - Mai 2026

+++ Neu: Zahn Premium 100 +++
Ab 01.06. ergänzen wir die Zahnzusatzfamilie um Zahn Premium 100: 100 % für Zahnersatz, Implantate, Inlays und Kieferorthopädie (auch für Erwachsene bis 1.500 EUR nach Unfall), Wartezeit entfällt. Beitrag z. B. 38,90 EUR mtl. für 35-Jährige. Annahme mit drei Gesundheitsfragen (fehlende Zähne, laufende Behandlung, Parodontitis).

+++ Pflegereform 2026 +++
Die Leistungsbeträge der Pflegepflichtversicherung steigen. Für Ihre Beratung: Die Versorgungslücke im Pflegeheim bleibt je nach Region bei 2.500-3.200 EUR im Monat. Unser Rechner im Maklerportal ist aktualisiert.

+++ Webinar: Gesundheitsfragen in der BU richtig stellen +++
Mittwoch, 20.05.2026, 10:00-11:00 Uhr, mit Dr. Sven Aigner (Gesellschaftsarzt). Themen: Psychotherapie in der Vorgeschichte, Rückenleiden, Risikovoranfrage. Anmeldung im Maklerportal.

+++ Cyber für Arztpraxen und Apotheken +++
Patientendaten sind ein beliebtes Ziel für Erpressungstrojaner. Unsere Cyber-Police für Heilberufe gibt es jetzt mit Forensik-Soforthilfe rund um die Uhr.

Ihr Maklerbetreuer-Team Süd
Abmelden: https://makler.wendelstein-vers.example/newsletter/abmelden""")

# --- 0085 -------------------------------------------------------------------
add(85, "CONFIDENTIAL", "de", "insurer-to-customer",
    "a named customer sold her car: motor contract ended, buyer and plate, refund; her short phone mail quoted (base64 body)",
    frm=S("koenig"), to="Sabrina Eder <sabrina.eder@funkmail.example>",
    subj="AW: Auto verkauft",
    date="2026-04-29 13:03", ua="Microsoft Outlook 16.0", cte="base64",
    body="""Hallo Frau Eder,

danke für die Info und den Kaufvertrag. Ihr Kfz-Vertrag KF-2231-690115 (Mini Cooper, RO-SE 612) endet mit dem Verkauf am 27.04.2026. Der Käufer, Herr Tobias Lanzinger, hat das Auto laut Zulassungsstelle gestern auf sich umgemeldet.

Den zu viel gezahlten Beitrag für Mai bis Dezember, 318,44 EUR, überweisen wir in den nächsten Tagen zurück.

Ihr Schadenfreiheitsrabatt (SF 11) bleibt für Sie sieben Jahre reserviert, falls Sie wieder ein Auto versichern möchten.

""" + SIG["koenig"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Sabrina Eder <sabrina.eder@funkmail.example>
Gesendet: Montag, 27. April 2026 17:59
An: service@wendelstein-vers.example
Betreff: Auto verkauft

Hi, hab heute meinen Mini verkauft (RO-SE 612), Kaufvertrag im Anhang. Käufer meldet ihn diese Woche um. Krieg ich was zurück? LG Sabrina Eder

Von meinem iPhone gesendet""")

# --- 0086 -------------------------------------------------------------------
add(86, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "critical illness claim of a named customer with breast cancer (diagnosis, surgery, chemotherapy); her own words quoted",
    frm=S("gallagher"), to="Rebecca Thornton <rebecca.thornton@lakeside-mail.example>",
    subj="RE: critical illness claim - breast cancer",
    date="2026-04-30 10:05", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Thornton,

thank you for writing to us in what must be a very hard time. I'll keep this as simple as I can.

Your term life policy LV 2022/208 441-7 includes the critical illness benefit of EUR 80,000. Invasive breast cancer is one of the insured illnesses. From what you describe - the biopsy result of 9 April (invasive ductal carcinoma, right breast), the operation planned for 12 May and chemotherapy afterwards - the conditions are very likely met.

What we need is only:
1. the histology report of the biopsy (the pathology report, not the summary letter),
2. the completed claim form, which I'm sending to you by post with a return envelope,
3. a copy of your ID.

You don't need to collect anything else. With your consent on the claim form, we will ask the Brustzentrum Rosenheim ourselves for anything missing. Once the histology report is here, the payment normally takes less than two weeks.

Your premiums continue to be paid; there's a waiver of premium in your policy for the time you're unable to work, which we'll start at the same time.

I wish you strength for the coming weeks.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Rebecca Thornton <rebecca.thornton@lakeside-mail.example>
Sent: Tuesday, April 28, 2026 10:51 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: critical illness claim - breast cancer

Hello,

I'm not sure how to do this. On 9 April I was diagnosed with breast cancer (invasive ductal carcinoma, right side, they say grade 2). I'm having surgery on 12 May at the Brustzentrum in Rosenheim and then chemo, probably 4-6 months. My husband says my life insurance has a critical illness part. Policy LV 2022/208 441-7.

I honestly can't deal with a lot of paperwork right now. What is the minimum you need?

Rebecca Thornton""")

# --- 0087 -------------------------------------------------------------------
add(87, "NORMAL", "en", "internal",
    "trap: template for the reinsurer's claims data request with placeholders (<name>, <date of birth>, <ICD-10>); no real data",
    frm=S("lindqvist"), to=S("hollmann"),
    subj="Template: data request from Thamesgate Re - please use for BU claims > EUR 250k",
    date="2026-05-04 09:20", ua="Microsoft Outlook 16.0",
    body="""Hi Friederike,

as discussed, here is the template for answering the reinsurer's data requests on large BU claims. Please only fill it in when Thamesgate formally asks (art. 11 of the treaty), and send it through the encrypted channel, never as a normal mail.

----------------------------------------------------------------
Large BU claim - information for the reinsurer

Policy number: <LV xxxx/xxx xxx-x>
Insured person: <first name> <last name>, born <dd/mm/yyyy>
Occupation at claim: <occupation>
Monthly BU annuity: EUR <amount>; reinsured share: <xx> %
Date of disability / date of claim: <dd/mm/yyyy> / <dd/mm/yyyy>
Main diagnosis: <ICD-10 code> <text>
Further diagnoses: <ICD-10 codes>
Medical evidence: <reports, dates, doctors>
Decision: <accepted / declined / under review>, date <dd/mm/yyyy>
Reserve: EUR <amount>
----------------------------------------------------------------

Anything that is not needed for the question asked should stay out. The template is also in the DMS under "RE_Templates".

""" + SIG["lindqvist"])

# --- 0088 -------------------------------------------------------------------
add(88, "CONFIDENTIAL", "en", "insurer-to-customer",
    "lost office keys of a named customer under personal liability: claim number, employer, cost of the locking system; no health data",
    frm=S("stadler"), to="Tomás Novák <tomas.novak@czmail.example>",
    subj="Re: Lost office keys - is this covered?",
    date="2026-05-05 11:40", ua="Thunderbird/128.6.0", cte="8bit", flowed=True,
    body="""Dear Mr Novák,

I'm answering in English as you asked.

Yes, the loss of keys entrusted to you by your employer is covered 
under your personal liability insurance PH 51 127 664, up to EUR 
50,000, with a deductible of EUR 150. Claim number: H-26-001544.

Before anything is replaced, please ask your employer (Inn-Tech 
Automation GmbH, facility management) to send us:
- a cost estimate for changing the locking system,
- a short statement whether just the affected cylinders can be 
  changed or whether the whole system must be replaced (we only pay 
  what is necessary),
- confirmation which doors the lost key opened.

Please don't agree to a full replacement before we have confirmed 
it.

Mit freundlichen Grüßen / Kind regards

Markus Stadler
Haftpflicht-Schaden
Wendelstein Versicherung a.G. | Tel. 08031 4470-552
""" + FOOT_EN + """

On 04.05.2026 at 08:17, Tomás Novák wrote:
> Hello, sorry I don't speak German well yet. On Saturday I lost my key
> ring in the Mangfallpark, with the master key from my company. The
> company says they must change the whole locking system which costs
> maybe 12.000 EUR and I must pay it!! I have personal liability
> insurance with you. Does it pay for this?
> Tomás Novák
""")

# --- 0089 -------------------------------------------------------------------
add(89, "STRICTLY_CONFIDENTIAL", "de", "customer",
    "customer's original mail forwarded internally as an attachment: type 2 diabetes (E11.9) and medication for a tariff change request",
    frm=S("feldhoff"), to=S("koenig"),
    subj="WG: Tarifwechsel möglich? (Kundenmail anbei)",
    date="2026-05-06 08:22", ua="Microsoft Outlook 16.0",
    body="""Hallo Bettina,

anbei die Mail von Herrn Zellner im Original. Er möchte von KOMFORT 2 in KOMFORT 1 wechseln und fragt, ob er dafür neue Gesundheitsfragen beantworten muss. Ich habe ihm gesagt, dass Ihr Euch meldet. Kannst Du das übernehmen? Vertrag KV-7-0035107.

Danke!
Tamara""",
    atts=[("msg", fwd(89,
        frm="Rainer Zellner <rainer.zellner@t-netz.example>", to=f"service@{DOM}",
        subj="Tarifwechsel möglich?", date="2026-05-05 19:40", ua="Microsoft Outlook 16.0",
        body="""Sehr geehrte Damen und Herren,

mein Beitrag in der Krankenversicherung (KOMFORT 2, KV-7-0035107) ist inzwischen bei 742 Euro im Monat. Ich bin 63 und möchte in einen günstigeren Tarif wechseln, evtl. KOMFORT 1 oder mit höherer Selbstbeteiligung.

Ich habe seit 2019 Diabetes Typ 2 (E11.9), nehme Metformin 1000 mg und seit letztem Jahr zusätzlich Empagliflozin. Der HbA1c ist gut eingestellt (6,8). Muss ich das bei einem Wechsel neu angeben und wird es dann teurer? Ein Bekannter hat gesagt innerhalb der gleichen Versicherung darf man immer wechseln.

Mit freundlichen Grüßen
Rainer Zellner
Hofmühlstraße 11, 83071 Stephanskirchen"""), "Tarifwechsel moeglich.eml")])

# --- 0090 -------------------------------------------------------------------
add(90, "NORMAL", "de", "internal",
    "trap: staff health day programme (back screening, skin cancer screening, blood pressure, blood donation); no one's results",
    frm=S("wurzer"), to=f"Alle Mitarbeitenden Rosenheim <alle-rosenheim@{DOM}>",
    subj="Gesundheitstag am 21. Mai - Programm und Anmeldung",
    date="2026-05-07 10:00", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 21. Mai, findet unser Gesundheitstag statt (9-15 Uhr, Foyer und Schulungsräume EG). Das Programm:

- Rückenscreening mit Haltungsanalyse (Physiopraxis am Salzstadel), Termine à 15 Min.
- Hautkrebs-Screening durch eine Dermatologin, Termine à 10 Min.
- Blutdruck- und Blutzuckermessung am Stand der Betriebsärztin, ohne Anmeldung
- Blutspende des BRK im Schulungsraum 0.14 (bitte vorher gut essen und trinken)
- Vortrag "Schlaf und Stress" um 11:00 und 13:30
- Gesunder Mittagstisch in der Kantine

Alle Untersuchungen sind freiwillig, die Ergebnisse bekommen nur Sie selbst. Der Arbeitgeber erfährt nichts über Befunde.

Anmeldung für Rücken- und Hautscreening über das Buchungstool im Intranet, Stichwort "Gesundheitstag 2026".

""" + SIG["wurzer"])

# --- 0091 -------------------------------------------------------------------
add(91, "CONFIDENTIAL", "en", "insurer-to-partner",
    "motor recourse to an Austrian insurer: named third-party driver and plates, repair costs of our customer's car; no one injured",
    frm=S("rauscher"), to="Alpentor Versicherung AG - Kfz-Schaden <kfz-schaden@alpentor-vers.example>",
    subj="Recourse claim KS-26-02210 / your policyholder Mr Lukas Obwexer, W-41872K",
    date="2026-05-08 13:20", ua="Microsoft Outlook 16.0",
    body="""Dear colleagues,

we write in English as agreed with your Mr Haas on the phone.

On 17 April 2026 at about 16:10, your policyholder Mr Lukas Obwexer, driving the vehicle with Austrian registration W-41872K, collided with our policyholder's car at the roundabout Kufsteiner Straße / Innstraße in Rosenheim while entering the roundabout without giving way. The police report (PI Rosenheim, ref. 2026-0417-3390) confirms the facts; nobody was injured.

Our policyholder, Mrs Elisabeth Gruber, Rosenheim, vehicle RO-EG 501, has been paid under her comprehensive cover. We claim from you under § 86 VVG:

Repair costs (invoice Autohaus Kolbermoor 2026-0892): EUR 5,418.66
Expert report: EUR 612.00
Loss of use, 6 days: EUR 258.00
Total: EUR 6,288.66

Our policyholder's deductible of EUR 500 is included in the total; please pay that part directly to her - we'll forward her bank details separately if you need them. Our account for the rest: Wendelstein Versicherung a.G., IBAN DE61 7602 6000 0684 3200 39, reference KS-26-02210.

""" + SIG["rauscher"] + "\n" + FOOT_EN)

# --- 0092 -------------------------------------------------------------------
add(92, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "glasses for a named customer's myopia (dioptres, optician invoice) reimbursed under her health tariff; short phone mail quoted",
    frm=S("okafor"), to="Lisa Marie Bachmeier <lisamarie.b@inn-mail.example>",
    subj="AW: Brille einreichen?",
    date="2026-05-11 08:55", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Bachmeier,

ja, schicken Sie die Rechnung gern ein. In Ihrem Tarif KOMFORT 1 erstatten wir für Brillengläser und Kontaktlinsen bis 300 EUR alle zwei Jahre, wenn sich die Sehstärke geändert hat (Ihre Verordnung: rechts -3,25, links -3,75; vorher -2,75/-3,25). Das Gestell zahlen wir leider nicht.

Von Ihrer Rechnung über 612 EUR sind die Gläser 428 EUR, also erstatten wir 300 EUR.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Lisa Marie Bachmeier <lisamarie.b@inn-mail.example>
Gesendet: Samstag, 9. Mai 2026 14:02
An: leistung-kv@wendelstein-vers.example
Betreff: Brille einreichen?

Hallo, meine Augen sind schlechter geworden, neue Brille 612€ (Rechnung Optik Wallner + Verordnung Augenarzt anbei). Zahlt ihr da was? KV-7-0080077
Danke Lisa

Von meinem iPhone gesendet""")

# --- 0093 -------------------------------------------------------------------
add(93, "NORMAL", "en", "insurer-to-partner",
    "trap: reinsurance treaty renewal terms with aggregated disability claims and mental-illness share; no insured person",
    frm=S("lindqvist"), to="Thamesgate Re - Life & Health Treaty <treaty.lh@thamesgate-re.example>",
    cc=S("mairhofer"),
    subj="Renewal QS-L / XL-BU 2026 - our counter-proposal",
    date="2026-05-12 15:30", ua="Microsoft Outlook 16.0",
    body="""Dear Oliver,

thank you for your quote of 30 April. Before our meeting on 19 May, our counter-proposal:

1. Quota share life (QS-L): we accept the reduction of the ceding commission from 32 % to 30 %, provided the profit commission stays at 40 % of the treaty result.

2. Disability excess of loss (XL-BU): your proposed rate increase of 18 % is based on the incidence of mental disorders in the market data. Our own experience 2021-2025 (aggregated table sent on 27 February) shows F-diagnoses at 38 % of new claims, which is in line with the market, but our overall incidence of 3.1 per mille is below the market average of 3.6. We therefore propose +9 %.

3. Reporting: we are happy to move to quarterly bordereaux. Claims above EUR 250,000 will be reported individually as before, with medical data only on request and through the encrypted channel.

Looking forward to seeing you in Rosenheim.

""" + SIG["lindqvist"] + "\n" + FOOT_EN)

# --- 0094 -------------------------------------------------------------------
add(94, "CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless body; attached DOCX is a named customer's completed SEPA mandate with his IBAN and contract numbers (non-personal lines)",
    frm=S("feldhoff"), to="Simon Gerstl <simon.gerstl@alpen-online.example>",
    subj="Ihr SEPA-Lastschriftmandat - bitte unterschreiben",
    date="2026-05-12 16:48", ua="Microsoft Outlook 16.0",
    body="""Hallo Herr Gerstl,

wie am Telefon besprochen: Das Mandat habe ich mit Ihren Angaben vorausgefüllt. Bitte prüfen, ausdrucken, unterschreiben und als Scan oder Foto zurückschicken.

""" + SIG["feldhoff"] + "\n" + FOOT_DE,
    atts=[A_docx("SEPA-Mandat_Gerstl.docx", [
        ("b", "SEPA-Lastschriftmandat"),
        "Zahlungsempfänger: Wendelstein Versicherung a.G., Kufsteiner Straße 88, 83022 Rosenheim",
        "Gläubiger-Identifikationsnummer: DE98ZZZ09999999999",
        "Mandatsreferenz: WV-0412-88731",
        "Ich ermächtige die Wendelstein Versicherung a.G., Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Wendelstein Versicherung a.G. auf mein Konto gezogenen Lastschriften einzulösen.",
        ("t", [["Kontoinhaber", "Simon Gerstl"],
               ["Anschrift", "Am Mühlbach 2, 83229 Aschau im Chiemgau"],
               ["IBAN", "DE53 7019 0000 4248 7251 03"],
               ["BIC", "GENODEF1M01"],
               ["für Verträge", "KF-2231-733410 (Kfz), HR 40 377 902 (Hausrat), PH 51 102 486 (Privathaftpflicht)"]]),
        "Aschau, den ____________   Unterschrift: ______________________",
    ], date="2026-05-12", title="SEPA-Mandat", creator="Tamara Feldhoff")])

# --- 0095 -------------------------------------------------------------------
add(95, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "disability (BU) claim of a named customer with long COVID/ME-CFS: fatigue, reduced hours, specialist reports; quoted",
    frm=S("hollmann"), to="Daniel Whitaker <daniel.whitaker@brightmail.example>",
    subj="AW: Disability claim - long covid",
    date="2026-05-13 10:30", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Whitaker,

thank you for your detailed e-mail. I'm answering in English as requested; our formal letters will come in German with an English summary.

Your claim under disability policy LV 2019/330 215-4 (monthly annuity EUR 2,200) is registered under BU-26-00188. What you describe - post-COVID syndrome since March 2025, severe fatigue with post-exertional malaise, working only 2 to 3 hours a day since September 2025 instead of 40 hours a week as a project engineer - can qualify as occupational disability if it is expected to last at least six months, which is already the case.

To assess it we need:
- the reports of the post-COVID outpatient clinic at Klinikum rechts der Isar, including the ME/CFS assessment (Canadian criteria) you mentioned,
- your GP's sick notes since March 2025,
- a description of a typical working day before and after, with the share of site visits - the form is on its way,
- your employer's confirmation of the reduced hours.

We may ask an independent specialist for an assessment later; we'll discuss that with you first. Given your fatigue, you are welcome to send documents in several small batches.

""" + SIG["hollmann"] + "\n" + FOOT_LV + """

-----Original Message-----
From: Daniel Whitaker <daniel.whitaker@brightmail.example>
Sent: Sunday, May 10, 2026 3:14 PM
To: leben@wendelstein-vers.example
Subject: Disability claim - long covid

Dear Sir or Madam, (sorry, my German is not good enough for this)

I had COVID in March 2025 and never recovered. I have been diagnosed with post-COVID syndrome and probably ME/CFS. Any effort - even a long meeting - leaves me in bed for two days. Since September I can only work 2-3 hours a day from home; my employer has been patient but this cannot go on. I have a BU policy with you since 2019 (LV 2019/330 215-4). I would like to make a claim.

Daniel Whitaker""")

# --- 0096 -------------------------------------------------------------------
add(96, "NORMAL", "en", "internal",
    "trap: data-protection guideline on how to send medical reports and invoices securely; rules only, no case",
    frm=S("lassmann"), to="International Client Desk <international@wendelstein-vers.example>",
    subj="Guideline: sending medical documents to customers and doctors abroad",
    date="2026-05-14 14:10", ua="Microsoft Outlook 16.0",
    body="""Dear colleagues,

following your question from last week, here is the short guideline for the International Client Desk. It applies to discharge letters, medical reports, doctors' invoices, claims decisions with diagnoses and anything else containing health data.

1. Default: send through the SecureMail portal. The customer gets a notification mail without content.
2. Customers who explicitly want normal e-mail: only with the signed consent (form E-07, English version E-07en). Check the consent in the CRM before you send; it can be withdrawn at any time.
3. Doctors and hospitals abroad: use their secure channel if they have one; otherwise encrypted PDF with the password sent by SMS or phone, never in the same e-mail.
4. Never put a diagnosis, the name of a clinic or the word "cancer", "pregnancy" etc. in the subject line.
5. Assistance partner EuroAid: the gateway-to-gateway encryption is set up, so normal mail to @euroaid-assist.example is fine.

The English consent form E-07en is now in the DMS. Questions to me any time.

""" + SIG["lassmann"])

# --- 0097 -------------------------------------------------------------------
add(97, "CONFIDENTIAL", "en", "insurer-to-customer",
    "baggage claim of a named traveller (suitcase lost by the airline): policy, claim number, item values, her quoted mail; no health data",
    frm=S("gallagher"), to="Ingrid Svensson <ingrid.svensson@nordpost.example>",
    subj="RE: lost suitcase - Lufthansa still can't find it",
    date="2026-05-15 09:25", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Svensson,

sorry for the trouble with your suitcase.

Our baggage insurance only pays what the airline does not pay, so the order is:
1. The airline is liable first (Montreal Convention, up to about EUR 1,600). After 21 days a suitcase counts as lost - for you that's 26 May. Please file the claim with the airline then, using your Property Irregularity Report MUCLH48812.
2. Anything the airline does not reimburse, we pay under your travel baggage cover RG-9-018 806, up to EUR 2,000, at current value.

Your list (suitcase EUR 180, clothes about EUR 900, hairdryer EUR 60, camera EUR 650) is fine; the camera is covered only if it was in the checked suitcase because you could not take it as hand luggage - please tell us why it was checked in.

The EUR 212 you spent on toiletries and clothes in Stockholm while waiting are "emergency purchases" and we can pay them right away. Please send the receipts with the claim number RG-26-00419.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

> Von: Ingrid Svensson <ingrid.svensson@nordpost.example>
> Gesendet: Mittwoch, 13. Mai 2026 21:48
> Betreff: lost suitcase - Lufthansa still can't find it
>
> Hi, I flew Munich-Stockholm on 5 May and my suitcase never arrived. It's
> been 8 days. I had to buy clothes and stuff for 212 EUR. Inside were my
> clothes, a hairdryer and my camera (Fuji X-T4, 650 EUR). I have your travel
> baggage insurance. What now?? Ingrid
""")

# --- 0098 -------------------------------------------------------------------
add(98, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "a named customer's naturopath invoice (acupuncture, infusions for her fibromyalgia) partly reimbursed; her complaint with typos quoted",
    frm=S("okafor"), to="Renate Gruberbauer <renate.gruberbauer@dorfnetz.example>",
    subj="AW: heilpraktiker rechnung nur die hälfte bezahlt???",
    date="2026-05-18 11:08", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Gruberbauer,

danke für Ihre Nachricht. Ich erkläre Ihnen gern, wie der Betrag zustande kommt.

Ihr Tarif erstattet Heilpraktikerleistungen bis zu den Höchstsätzen des Gebührenverzeichnisses für Heilpraktiker (GebüH) und bis 1.000 EUR im Jahr. Die Rechnung von Frau Lechleitner vom 30.04.2026 (Behandlung Ihrer Fibromyalgie) enthält:

- 8 x Akupunktur (GebüH 21.2): berechnet je 65 EUR, Höchstsatz 29,50 EUR
- 6 x Infusion mit Vitamin C und Procain: berechnet je 95 EUR, Höchstsatz 17,90 EUR plus Material
- Anamnese und Untersuchung: vollständig erstattet

Deshalb haben wir 612,40 EUR von 1.254,00 EUR erstattet. Das ist keine Ablehnung, sondern die Begrenzung auf die Gebührenordnung. Frau Lechleitner darf höhere Beträge verlangen, wir dürfen sie aber nur bis zum Höchstsatz erstatten.

Ihr Jahresbudget ist noch nicht ausgeschöpft: 387,60 EUR stehen für 2026 noch zur Verfügung.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Renate Gruberbauer <renate.gruberbauer@dorfnetz.example>
Gesendet: Freitag, 15. Mai 2026 20:31
An: leistung-kv@wendelstein-vers.example
Betreff: heilpraktiker rechnung nur die hälfte bezahlt???

sehr geehrte damen und herren ich habe seit jahren fibromyalgie und die schulmedizin hilft mir nicht. die heilpraktikerin frau lechleitner hilft mir sehr mit akupunktur und infusionen. die rechnung war 1254 euro und sie haben nur 612,40 bezahlt ohne begründung!! ich zahle seit 22 jahren beitrag. bitte überprüfen sie das nochmal.
renate gruberbauer  KV-7-0017790""")

# --- 0099 -------------------------------------------------------------------
add(99, "NORMAL", "de", "insurer-to-supplier",
    "trap: purchase order for first-aid kits, AED electrode pads and a blood pressure monitor for the health day; no person",
    frm=S("eibl"), to="MediSan Betriebsbedarf GmbH - Bestellung <bestellung@medisan-betrieb.example>",
    subj="Bestellung Erste-Hilfe-Material / Kundennr. 70-1188",
    date="2026-05-19 09:12", ua="Microsoft Outlook 16.0",
    body="""Guten Morgen,

bitte liefern Sie an unsere Adresse (Kufsteiner Straße 88, 83022 Rosenheim, Warenannahme Rückseite):

12 x Betriebsverbandkasten DIN 13157, Art. 401-157
4 x Nachfüllset DIN 13157, Art. 401-158
2 x AED-Elektroden Erwachsene für Cardiac Science G5, Art. 780-G5E
1 x AED-Elektroden Kinder, Art. 780-G5K
1 x Oberarm-Blutdruckmessgerät mit Manschette M/L, Art. 220-88 (für den Gesundheitstag am 21.05.)
50 x Einmal-Handschuhe Nitril Gr. L, Box à 100, Art. 110-NL
2 x Rettungsdecke gold/silber, VE 10

Bestellnummer: BE-2026-0611. Liefertermin spätestens 20.05.2026, sonst bitte Teillieferung des Blutdruckmessgeräts vorab.

""" + SIG["eibl"] + "\n" + FOOT_DE)

# --- 0100 -------------------------------------------------------------------
add(100, "CONFIDENTIAL", "en", "insurer-to-customer",
    "legal expenses for a named customer's neighbour dispute over a hedge: policy, claim number, neighbour's name, mediation",
    frm=S("hutter"), to="Peter van Dijk <peter.vandijk@hollandpost.example>",
    subj="AW: Neighbour dispute - hedge - legal insurance",
    date="2026-05-20 14:02", ua="Microsoft Outlook 16.0",
    body="""Dear Mr van Dijk,

thank you for your e-mail. I'm happy to answer in English.

Disputes with neighbours about plants and boundaries are covered under the module "Wohnen" of your legal expenses insurance RS 62 140 388. Claim number: R-26-000855.

In Bavaria a neighbour dispute like this first has to go to a conciliation procedure (Schlichtung) before a court case is possible. We cover:
- the conciliation at the local arbitrator (Schiedsperson) in Stephanskirchen, fee about EUR 50-150,
- a lawyer for the conciliation and, if necessary, the court case afterwards, minus your deductible of EUR 150,
- alternatively a telephone mediation with our partner mediator, free of charge and without deductible.

Given that you and Mr and Mrs Reischl will stay neighbours for a long time, I'd honestly recommend trying the mediation first. If you agree, I'll ask the mediator to contact you.

""" + SIG["hutter"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Peter van Dijk <peter.vandijk@hollandpost.example>
Sent: Monday, May 18, 2026 8:03 PM
To: rechtsschutz@wendelstein-vers.example
Subject: Neighbour dispute - hedge - legal insurance

Good evening, our neighbours (family Reischl, Simsseestraße 9) have a thuja hedge of 4,5 meters directly on the border, our garden gets no sun anymore. They refuse to cut it. I heard there are rules about this in Bavaria. Does my legal insurance cover a lawyer? Policy RS 62 140 388.
Peter van Dijk""")

# --- 0101 -------------------------------------------------------------------
add(101, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "death of a named insured reported by his widow: life policy, sum, cause-of-death certificate requested; condolences (ODT letter)",
    frm=S("hollmann"), to="Martha Kaltenbrunner <martha.kaltenbrunner@t-netz.example>",
    subj="AW: Mein Mann ist verstorben",
    date="2026-05-21 10:40", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Kaltenbrunner,

zum Tod Ihres Mannes spreche ich Ihnen mein aufrichtiges Beileid aus.

Sie müssen sich jetzt um nicht viel kümmern. Ihr Mann hatte bei uns die Lebensversicherung LV 2004/077 310-2 über 60.000 EUR zuzüglich Überschussbeteiligung; Sie sind als Bezugsberechtigte eingetragen. Was wir noch brauchen, habe ich im angehängten Schreiben aufgeschrieben. Das Wichtigste ist die Sterbeurkunde.

Die ärztliche Bescheinigung über die Todesursache brauchen wir nur, weil der Vertrag eine Unfallzusatzversicherung hat. Sie schreiben, dass er im Krankenhaus an seiner Lungenerkrankung gestorben ist; dann genügt ein kurzes Formular, das der behandelnde Arzt im Klinikum Rosenheim ausfüllt - den Vordruck lege ich dem Brief bei.

Wenn Sie mögen, rufe ich Sie nächste Woche an und wir gehen alles gemeinsam durch.

""" + SIG["hollmann"] + "\n" + FOOT_LV + """

-----Ursprüngliche Nachricht-----
Von: Martha Kaltenbrunner <martha.kaltenbrunner@t-netz.example>
Gesendet: Dienstag, 19. Mai 2026 16:20
An: leben@wendelstein-vers.example
Betreff: Mein Mann ist verstorben

Sehr geehrte Damen und Herren,

mein Mann Alfons Kaltenbrunner, geb. 12.02.1947, ist am 14. Mai im Klinikum Rosenheim gestorben. Er hatte seit Jahren COPD und zuletzt eine Lungenentzündung. Er hatte bei Ihnen eine Lebensversicherung, ich finde die Unterlagen nicht mehr alle. Meine Tochter hilft mir beim Schreiben.

Was muss ich tun?

Martha Kaltenbrunner, Kirchplatz 2, 83112 Frasdorf""",
    atts=[A_odt("Schreiben_Kaltenbrunner_LV2004-077310-2.odt", [
        "Wendelstein Lebensversicherung AG - Leistung Leben",
        "Frau Martha Kaltenbrunner, Kirchplatz 2, 83112 Frasdorf",
        "Lebensversicherung LV 2004/077 310-2, versicherte Person: Alfons Kaltenbrunner, geb. 12.02.1947, verstorben am 14.05.2026",
        "Sehr geehrte Frau Kaltenbrunner,",
        "für die Auszahlung der Versicherungsleistung benötigen wir:",
        "1. die Sterbeurkunde (Kopie genügt),",
        "2. die ärztliche Bescheinigung zur Todesursache (Vordruck anbei, bitte vom Klinikum Rosenheim ausfüllen lassen),",
        "3. den Versicherungsschein im Original oder, wenn er nicht mehr auffindbar ist, eine formlose Erklärung, dass er verloren ist,",
        "4. Ihre Bankverbindung und eine Kopie Ihres Personalausweises.",
        "Die voraussichtliche Leistung beträgt 60.000,00 EUR Todesfallsumme zuzüglich 18.412,77 EUR Überschussbeteiligung.",
        "Mit freundlichen Grüßen",
        "Friederike Hollmann",
    ], date="2026-05-21")])

# --- 0102 -------------------------------------------------------------------
add(102, "NORMAL", "de", "internal",
    "trap: blank template of a limited medical-confidentiality release with placeholders («Name», «Geburtsdatum», «Arzt»); no real person",
    frm=S("lassmann"), to="Team Leistung KV <team-leistung-kv@wendelstein-vers.example>",
    cc=S("veit"),
    subj="Neue Vorlage: eingeschränkte Schweigepflichtentbindung (Einzelfall)",
    date="2026-05-22 13:30", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

nach der Beschwerde aus März (Herr Veit hatte berichtet) gibt es jetzt eine Vorlage für eine auf den Einzelfall beschränkte Schweigepflichtentbindung. Bitte ab sofort diese statt der Generalentbindung verwenden, wenn wir nur eine bestimmte Stelle für eine bestimmte Frage brauchen. Die Felder in «» füllt das DMS aus.

Die bisherige Vorlage "SE_allgemein_v2" wird zum 01.06. gesperrt.

""" + SIG["lassmann"],
    atts=[A_docx("Vorlage_Schweigepflichtentbindung_Einzelfall_v1.docx", [
        ("b", "Einwilligung und Schweigepflichtentbindung für einen Einzelfall"),
        "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
        "Versicherungsnummer: «Versicherungsnummer»",
        "Ich entbinde «Arzt/Therapeut/Klinik», «Anschrift», von der Schweigepflicht, soweit es um folgende Frage geht:",
        "«Fragestellung, z. B. Notwendigkeit weiterer Behandlungen ab Sitzung 21»",
        "Die Entbindung gilt nur für Auskünfte zu dieser Frage und für den Zeitraum «von» bis «bis». Ich kann sie jederzeit widerrufen.",
        "Die Wendelstein Krankenversicherung AG darf die Auskünfte nur zur Prüfung dieses Leistungsfalls verwenden.",
        "Ort, Datum: ____________________   Unterschrift: ____________________",
    ], date="2026-05-22", title="Vorlage Schweigepflichtentbindung Einzelfall", creator="Dr. Ingrid Lassmann")])

# --- 0103 -------------------------------------------------------------------
add(103, "CONFIDENTIAL", "de", "insurer-to-customer",
    "premium certificate for a named customer's tax return (motor liability, personal liability) with her tax ID; no personal lines",
    frm=S("feldhoff"), to="Franziska Moosbauer <franzi.moosbauer@web-mail.example>",
    subj="AW: Bescheinigung für die Steuererklärung",
    date="2026-05-26 09:50", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau Moosbauer,

hier die gewünschten Beiträge 2025 für Ihre Steuererklärung (Vorsorgeaufwendungen, Zeile "Haftpflichtversicherungen"):

Kfz-Haftpflicht KF-2231-657220 (nur Haftpflichtanteil, ohne Kasko): 318,40 EUR
Privathaftpflicht PH 51 066 918: 74,90 EUR
Summe: 393,30 EUR

Ihre Steuer-ID 47 128 503 916 habe ich wie gewünscht in unseren Daten ergänzt. Für die Haftpflichtbeiträge melden wir allerdings nichts elektronisch ans Finanzamt (das machen wir nur bei Kranken- und Pflegeversicherung); Sie tragen die Beträge selbst ein.

Die Hausrat gehört übrigens nicht in die Steuererklärung, deshalb fehlt sie hier.

""" + SIG["feldhoff"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Franziska Moosbauer <franzi.moosbauer@web-mail.example>
Gesendet: Sonntag, 24. Mai 2026 15:11
An: service@wendelstein-vers.example
Betreff: Bescheinigung für die Steuererklärung

hallo, mein steuerberater braucht die beiträge 2025 von meinen versicherungen bei euch (auto, haftpflicht, hausrat). geht das per mail? meine steuer-id falls ihr die braucht: 47 128 503 916
danke franzi moosbauer""")

# --- 0104 -------------------------------------------------------------------
add(104, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "complaint of a named customer about delayed reimbursement of neurologist and MRI invoices for her migraine; reply with amounts",
    frm=S("veit"), to="Nadia Rahman <nadia.rahman@bdmail.example>",
    subj="RE: Complaint - 7 weeks and still no money!",
    date="2026-05-27 16:35", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Rahman,

thank you for your complaint, which I have registered as B-26-00467. You are right: seven weeks is too long, and I apologise.

What happened: your invoices from the neurologist Dr. Ostler (EUR 286.14) and the MRI of the head at Radiologie Rosenheim (EUR 634.21) were scanned on 6 April, but were assigned to the wrong member number because the number on the cover sheet was missing a digit. I found them today.

Both invoices are now paid in full, EUR 920.35 in total, value date tomorrow. The prescription for the migraine medication (sumatriptan, EUR 48.90) that you mentioned was not among the scanned documents - please send it again and mark it for my attention, I'll make sure it is paid immediately.

I have also asked the scanning team to check the process, so that documents with an incomplete number are not simply assigned automatically.

""" + SIG["veit"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Nadia Rahman <nadia.rahman@bdmail.example>
Sent: Tuesday, May 26, 2026 9:44 AM
To: beschwerde@wendelstein-vers.example
Subject: Complaint - 7 weeks and still no money!

I sent my invoices on 3 April (neurologist + MRI because of my migraine attacks, and a prescription). It's now almost 8 weeks. Nobody answers my emails to the international desk and the hotline says "in progress". I paid almost 1000 EUR from my own pocket. This is unacceptable. Member no. GHS-2025-04470.

Nadia Rahman""")

# --- 0105 -------------------------------------------------------------------
add(105, "NORMAL", "en", "insurer-to-broker",
    "trap: webinar invitation (ICS) for brokers on selling critical illness cover (cancer, heart attack, stroke); no client",
    frm=S("raman"), to="Alpine Expat Brokers - Team <team@alpine-expat.example>",
    subj="Invitation: Webinar \"Critical illness cover for expats\" - 9 June 2026",
    date="2026-05-28 10:15", ua="Microsoft Outlook 16.0",
    body="""Dear all,

we'd like to invite your advisers to a 45-minute webinar on our critical illness add-on for term life.

Topics:
- which illnesses are covered (cancer, heart attack, stroke, MS, kidney failure and 40 more) and how the definitions work,
- the typical questions from clients who are used to UK-style critical illness plans,
- underwriting: health questions, family history, smokers,
- two anonymised claim examples.

Tuesday 9 June 2026, 16:00-16:45 CEST, online. The calendar invitation with the link is attached.

""" + SIG["raman"] + "\n" + FOOT_EN,
    atts=[A_ics("Webinar_Critical_Illness_2026-06-09.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendelstein Versicherung//Broker Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-ci-20260609@wendelstein-vers.example
DTSTAMP:20260528T081500Z
DTSTART;TZID=Europe/Berlin:20260609T160000
DTEND;TZID=Europe/Berlin:20260609T164500
SUMMARY:Webinar: Critical illness cover for expats (Wendelstein)
LOCATION:https://meet.wendelstein-vers.example/ci-webinar
DESCRIPTION:Speakers: Priya Raman\\, Dr. Sven Aigner. Questions can be sent in advance.
ORGANIZER;CN=Priya Raman:mailto:priya.raman@wendelstein-vers.example
END:VEVENT
END:VCALENDAR""")])

# --- 0106 -------------------------------------------------------------------
add(106, "CONFIDENTIAL", "de", "insurer-to-company",
    "cargo claim of a sole trader (registered merchant, natural person): spoiled cheese delivery, values in ODS; no health data",
    frm=S("stadler"), to="Käserei Stöckl e.K. - Franz Stöckl <franz.stoeckl@kaeserei-stoeckl.example>",
    subj="Transportschaden 12.05.2026 - Ihre Warentransportversicherung TR 85 004 219",
    date="2026-05-29 11:25", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Stöckl,

danke für die Schadenmeldung und die Aufstellung. Ich habe den Schaden unter T-26-000094 angelegt.

Nach Ihrer Schilderung ist am 12.05.2026 auf der Fahrt nach Verona das Kühlaggregat Ihres Lkw (RO-KS 88) ausgefallen; die Ware kam mit 14 °C statt 6 °C an und wurde vom Abnehmer zurückgewiesen. Ausfall des Kühlaggregats ist nach Ziffer 2.3 Ihrer Police mitversichert, sofern das Aggregat regelmäßig gewartet wurde.

Ich brauche deshalb noch den Wartungsnachweis des Kühlaggregats (letzte Wartung laut Ihrer Mail im Februar) und das Temperaturprotokoll des Datenloggers. Die angehängte Aufstellung habe ich mit unseren Einkaufspreisen abgeglichen und leicht korrigiert (Bergkäse 12 Monate: Einstandspreis statt Verkaufspreis).

""" + SIG["stadler"] + "\n" + FOOT_DE,
    atts=[A_ods("Schadenaufstellung_T-26-000094.ods", [
        ["Artikel", "Menge kg", "EUR/kg Einstand", "Betrag EUR"],
        ["Bergkäse 12 Monate", 420, 14.8, 6216.0],
        ["Bergkäse 6 Monate", 310, 11.9, 3689.0],
        ["Almkäse mild", 180, 10.4, 1872.0],
        ["Butterkäse", 95, 7.6, 722.0],
        ["Summe", "", "", 12499.0],
        ["Selbstbeteiligung", "", "", -500.0],
        ["Entschädigung vorbehaltlich Wartungsnachweis", "", "", 11999.0],
    ], date="2026-05-29", name="Aufstellung")])

# --- 0107 -------------------------------------------------------------------
add(107, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "employer-paid supplementary health cover (bKV) of a named employee: her check-ups, thyroid ultrasound and orthodontic question",
    frm=S("okafor"), to="Stefanie Loferer <stefanie.loferer@brauerei-aiblinger.example>",
    subj="AW: bKV - was zahlt das eigentlich?",
    date="2026-06-01 09:18", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Loferer,

gern erkläre ich Ihnen, was die betriebliche Krankenversicherung Ihres Arbeitgebers (Brauerei Aiblinger KG, Gruppenvertrag BKV-300-017, Ihre Nummer BKV-300-017-0214) für Sie bezahlt. Sie haben das Budget "Gesundheit 600": bis 600 EUR pro Jahr für Vorsorge, Brillen, Zahnreinigung und Heilpraktiker.

Zu Ihren Fragen:
1. Der Ultraschall der Schilddrüse beim Frauenarzt (IGeL, 45,20 EUR): ja, zahlen wir aus dem Budget.
2. Der Ultraschall der Brust (IGeL, 58,40 EUR): ebenfalls ja.
3. Die Zahnspange für Ihren Sohn: leider nein, die bKV gilt nur für Sie als Mitarbeiterin, nicht für Familienangehörige. Für Kinder gibt es eigene Zahnzusatztarife, die ich Ihnen gern schicke.

Ihr Arbeitgeber erfährt nicht, welche Rechnungen Sie einreichen.

""" + SIG["okafor"] + "\n" + FOOT_KV + """

-----Ursprüngliche Nachricht-----
Von: Stefanie Loferer <stefanie.loferer@brauerei-aiblinger.example>
Gesendet: Freitag, 29. Mai 2026 12:40
An: leistung-kv@wendelstein-vers.example
Betreff: bKV - was zahlt das eigentlich?

Hallo, unsere Firma hat seit Jänner eine Krankenversicherung für uns bei Ihnen. Meine Frauenärztin hat Ultraschall Schilddrüse und Brust gemacht (selbst gezahlt, 45,20 und 58,40). Zahlt das die bKV? Und gilt das auch für die Zahnspange von meinem Sohn?
Danke, Steffi Loferer (Buchhaltung)""")

# --- 0108 -------------------------------------------------------------------
add(108, "NORMAL", "de", "internal",
    "trap: IT ticket about a broken letter template 'Arztbrief anfordern' in the document system; no letter content, no patient",
    frm=S("brandl"), to=S("okafor"),
    subj="AW: [INC-26-01877] Vorlage \"Arztbericht anfordern\" erzeugt leere Seite",
    date="2026-06-02 14:22", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau Okafor,

gefunden: Seit dem DMS-Update am Wochenende zeigt die Vorlage KV_Arztbericht_anfordern_v5 auf einen Textbaustein, der umbenannt wurde ("Einleitung_Arzt" heißt jetzt "Einleitung_Arzt_2026"). Deshalb bleibt Seite 1 leer, nur die Fußzeile wird gedruckt.

Ich habe die Verknüpfung korrigiert, bitte einmal mit einem Testfall probieren (Mandant 99, Versicherter "Test Testmann"). Die drei Schreiben von heute Vormittag, die leer rausgegangen sind, müssten Sie bitte neu erzeugen - die Liste der Vorgänge hat Ihnen Frau Bauer ja schon geschickt, die schicke ich hier bewusst nicht mit.

Betroffen waren auch die Vorlagen für Zahnarzt- und Krankenhausanfragen, die sind ebenfalls repariert.

""" + SIG["brandl"] + """

-----Ursprüngliche Nachricht-----
Von: Nadine Okafor
Gesendet: Dienstag, 2. Juni 2026 11:05
An: IT-Servicedesk
Betreff: [INC-26-01877] Vorlage "Arztbericht anfordern" erzeugt leere Seite

Hallo, seit heute druckt die Vorlage "Arztbericht anfordern" nur noch eine leere Seite mit Fußzeile. Betrifft das ganze Team. Dringend, wir verschicken davon ca. 40 am Tag.""")

# --- 0109 -------------------------------------------------------------------
add(109, "CONFIDENTIAL", "en", "insurer-to-customer",
    "burglary at a named customer's flat (home contents): address, police reference, list of stolen items with values; no health data",
    frm=S("gallagher"), to="Yuki Tanaka <yuki.tanaka@jpmail.example>",
    subj="RE: Burglary in my apartment",
    date="2026-06-03 10:12", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Tanaka,

I'm very sorry - a break-in is a horrible experience, even when nobody is at home.

Your claim under home contents insurance HR 40 418 733 is registered as H-26-001902. From your list and the police report (Polizeiinspektion Rosenheim, ref. 2026-0601-1187) I have:

- Laptop Lenovo ThinkPad X1, bought 2024: EUR 1,890
- Sony camera with two lenses: EUR 2,350
- Cash: EUR 320 (covered up to EUR 1,500)
- Gold necklace and two watches (heirlooms, no receipts): value to be assessed
- Front door lock and frame: damage to the building, paid by us as well as you're the tenant and the landlord's building insurance refers back to yours - we will sort that out with the landlord.

For the jewellery please send photos if you have any; a jeweller can estimate the value from those. A loss adjuster may visit you next week - I'll let you know.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Yuki Tanaka <yuki.tanaka@jpmail.example>
Sent: Monday, June 1, 2026 11:30 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: Burglary in my apartment

Hello, when I came home from work today my door was broken and many things were stolen: laptop, camera, cash and jewellery from my grandmother. Police came, the reference is 2026-0601-1187. My address is Innstraße 58, 3rd floor. I have insurance with you, number HR 40 418 733. What should I do now? I don't feel safe here.
Yuki Tanaka""")

# --- 0110 -------------------------------------------------------------------
add(110, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "short reply; only the quoted phone mail says a named child broke his forearm on a trampoline (cast, hospital) - child accident policy",
    frm=S("pfisterer"), to="Kathrin Seebacher <kathrin.seebacher@familienpost.example>",
    subj="AW: Unfall Leon Trampolin",
    date="2026-06-04 08:31", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Seebacher,

danke für die Meldung, ich habe alles aufgenommen (Schaden U-26-00388). Das Formular für die Sofortleistung schicke ich Ihnen heute per Post. Gute Besserung an Leon!

""" + SIG["pfisterer"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Kathrin Seebacher <kathrin.seebacher@familienpost.example>
Gesendet: Mittwoch, 3. Juni 2026 21:12
An: unfall@wendelstein-vers.example
Betreff: Unfall Leon Trampolin

Hallo, unser Sohn Leon (7) ist am Sonntag vom Trampolin gefallen und hat sich den Unterarm gebrochen (Speiche und Elle, links). Er war in der Kinderklinik Traunstein und hat jetzt 6 Wochen Gips. Er ist bei Ihnen in der Kinderunfallversicherung, UV 45 301 266. Gibts da was? Im Vertrag steht was von Sofortleistung bei Knochenbruch.
LG Kathrin Seebacher

Von meinem iPhone gesendet""")

# --- 0111 -------------------------------------------------------------------
add(111, "NORMAL", "en", "insurer-to-partner",
    "trap: research cooperation with a university on anonymised health-claims aggregates (psychotherapy, chronic disease); no personal data",
    frm=S("mairhofer"), to="Prof. Dr. Anna Kowalski <a.kowalski@hs-gesundheitsoekonomie.example>",
    cc=S("lassmann"),
    subj="Research cooperation - anonymised claims data for your psychotherapy study",
    date="2026-06-05 13:44", ua="Thunderbird/128.6.0",
    body="""Dear Professor Kowalski,

thank you for the proposal for your study on access to outpatient psychotherapy in private health insurance. Our board has agreed in principle. After talking to our data protection officer (in copy), we can offer the following:

- We will not transfer any individual records. Instead, we calculate the tables you need ourselves and send aggregates only.
- Granularity: year (2019-2025) x age band (10-year bands) x sex x region (Bavaria / rest of Germany) x tariff group. Cells with fewer than 10 persons are suppressed or merged.
- Variables: number of insured persons, persons with at least one psychotherapy claim, number of sessions, average time between first claim and start of therapy, share of claims related to depression or anxiety disorders (ICD F32/F33, F40/F41) as a percentage only.

If this works for your research questions, we'll draft a cooperation agreement with a clause that no attempt may be made to re-identify anyone. Could you send us your exact table specification by the end of June?

Best regards
Christoph Mairhofer
Actuarial Department Life/Health
Wendelstein Versicherung a.G.
""" + FOOT_EN)

# --- 0112 -------------------------------------------------------------------
add(112, "CONFIDENTIAL", "de", "insurer-to-customer",
    "transfer of a no-claims class from a named grandmother to her granddaughter: both birth dates, driving licence dates, contracts",
    frm=S("rauscher"), to="Elena Kogler <elena.kogler@studimail.example>",
    cc="Theresia Kogler <theresia.kogler@t-netz.example>",
    subj="AW: SF-Klasse von Oma übernehmen?",
    date="2026-06-08 11:47", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau Kogler,

ja, das geht. Ihre Großmutter, Frau Theresia Kogler, geb. 03.04.1944, kann ihren Schadenfreiheitsrabatt aus dem Vertrag KF-2231-201447 an Sie übertragen, weil sie ihr Auto abgemeldet hat und nicht mehr fährt.

Es gibt eine Einschränkung: Übertragen werden nur so viele schadenfreie Jahre, wie Sie selbst hätten fahren können. Sie haben den Führerschein seit 11.07.2019 (geb. 22.05.2001), also bekommen Sie SF 6 statt der SF 25 Ihrer Großmutter. Das ist trotzdem deutlich günstiger als die Einstufung als Fahranfängerin.

Für die Übertragung brauchen wir die angehängte Erklärung mit den Unterschriften von Ihnen beiden. Danach kann ich den Vertrag für Ihren Polo (RO-EK 2205) umstellen: neuer Beitrag 486,90 EUR statt 1.022,40 EUR jährlich.

Ihre Großmutter verliert den Rabatt damit endgültig - bitte besprechen Sie das mit ihr.

""" + SIG["rauscher"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Elena Kogler <elena.kogler@studimail.example>
Gesendet: Samstag, 6. Juni 2026 10:15
An: kfz@wendelstein-vers.example
Betreff: SF-Klasse von Oma übernehmen?

Hallo! Meine Oma (Theresia Kogler) fährt nicht mehr Auto und hat ihren Golf abgemeldet. Sie hat gesagt ich kann ihre SF-Klasse haben, sie ist seit 50 Jahren unfallfrei. Geht das? Mein Auto ist bei euch versichert, Polo RO-EK 2205.
Elena""")

# --- 0113 -------------------------------------------------------------------
add(113, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
    "to the broker: a named client's term life application postponed because of a pending cardiology work-up (arrhythmia, Holter ECG)",
    frm=S("koenig"), to="Maklerkontor Seidl & Partner - Antrag <antrag@seidl-makler.example>",
    subj="Antrag Risikoleben A-26-011208 / Ihr Kunde Herr Bernd Aschauer - Zurückstellung",
    date="2026-06-09 15:05", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau Seidl,

zum Antrag Risikolebensversicherung Ihres Kunden Herrn Bernd Aschauer, geb. 19.10.1978, Versicherungssumme 400.000 EUR:

Herr Aschauer hat in den Gesundheitsfragen angegeben, dass im April beim Hausarzt Herzrhythmusstörungen aufgefallen sind und eine kardiologische Abklärung (Langzeit-EKG, Herzecho) noch läuft; der Termin beim Kardiologen ist laut Antrag am 30.06. Unser Gesellschaftsarzt kann über den Antrag erst entscheiden, wenn der Befund vorliegt. Wir stellen den Antrag deshalb zurück.

Sobald Herr Aschauer den Befund hat, genügt eine Kopie an uns (gern über Sie; er hat Sie in der Schweigepflichtentbindung ausdrücklich benannt). Ist der Befund unauffällig, ist eine Annahme zu normalen Bedingungen wahrscheinlich.

Falls die Absicherung wegen der Baufinanzierung eilt: Wir können ihm bis zur Entscheidung vorläufigen Versicherungsschutz für Unfalltod geben.

""" + SIG["koenig"] + "\n" + FOOT_LV)

# --- 0114 -------------------------------------------------------------------
add(114, "NORMAL", "en", "internal",
    "trap: results of the staff health survey (stress, back pain, sleep) by department, aggregated with small groups merged",
    frm=S("wurzer"), to="Management team <fuehrungskreis@wendelstein-vers.example>",
    subj="Staff health survey 2026 - results (aggregated)",
    date="2026-06-10 09:30", ua="Microsoft Outlook 16.0",
    body="""Dear colleagues,

the results of this spring's staff health survey are in (in English this time, as requested by the international colleagues). 612 of 1,034 employees took part (59 %).

Key results:
- 41 % report frequent stress at work (2023: 37 %); highest in the claims departments (health claims 52 %, motor claims 49 %).
- 38 % have back or neck pain at least once a week; 71 % of them work mostly at a screen without a height-adjustable desk.
- 22 % sleep badly on more than three nights a week.
- 64 % would use a mental health counselling service if the employer offered one anonymously.

Groups of fewer than 10 respondents were merged with the next department, so no answers can be traced to a person.

Proposals for the leadership meeting on 24 June:
1. height-adjustable desks for all claims teams by end of 2026,
2. an anonymous employee assistance programme (external counselling hotline),
3. a workshop on workload in health claims with the works council.

""" + SIG["wurzer"])

# --- 0115 -------------------------------------------------------------------
add(115, "CONFIDENTIAL", "en", "insurer-to-customer",
    "windscreen repair appointment for a named customer's car (plate, policy, address in ICS); no health data",
    frm=S("gallagher"), to="Liam Murphy <liam.murphy@irishpost.example>",
    subj="Your windscreen repair - Thursday 11 June, 08:30",
    date="2026-06-10 12:10", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Murphy,

as agreed on the phone: Glas Express Rosenheim will repair the stone chip in the windscreen of your Ford Focus (RO-LM 318) on Thursday, 11 June, at 08:30 at their workshop, Hofleiten 5. It takes about 45 minutes. The calendar entry is attached.

The repair is paid directly by us under your partial cover, policy KF-2231-744908, with no deductible and no effect on your no-claims class. If the chip turns out to be too big to repair and the windscreen must be replaced, your deductible of EUR 150 applies; the workshop will call you before doing that.

""" + SIG["gallagher"] + "\n" + FOOT_EN,
    atts=[A_ics("windscreen_repair_2026-06-11.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendelstein Versicherung//Motor Claims//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:KS-26-03120-glass@wendelstein-vers.example
DTSTAMP:20260610T101000Z
DTSTART;TZID=Europe/Berlin:20260611T083000
DTEND;TZID=Europe/Berlin:20260611T091500
SUMMARY:Windscreen repair Ford Focus RO-LM 318 (claim KS-26-03120)
LOCATION:Glas Express Rosenheim\\, Hofleiten 5\\, 83026 Rosenheim
DESCRIPTION:Policyholder Liam Murphy\\, policy KF-2231-744908. Stone chip repair\\, direct billing to Wendelstein.
ORGANIZER;CN=Owen Gallagher:mailto:owen.gallagher@wendelstein-vers.example
ATTENDEE;CN=Liam Murphy:mailto:liam.murphy@irishpost.example
END:VEVENT
END:VCALENDAR""")])

# --- 0116 -------------------------------------------------------------------
add(116, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "trip cancelled because a named customer's father had a heart attack (bypass surgery); travel cancellation with medical reason",
    frm=S("gallagher"), to="Sarah Goldberg <sarah.goldberg@ilmail.example>",
    subj="RE: Have to cancel Crete - my father is in hospital",
    date="2026-06-11 16:20", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Goldberg,

I'm so sorry about your father - I hope the operation goes well.

A sudden serious illness of a close family member is an insured reason for cancellation under your annual travel cancellation policy RR-9-061 215. Claim number: RR-26-00612.

What we need:
1. the cancellation invoice from the tour operator (Ikarus Reisen, EUR 2,340.00 for two persons),
2. a short certificate from the treating hospital that your father, Mr Aaron Goldberg, was admitted on 8 June with an acute myocardial infarction and that bypass surgery is planned. Our form for this is attached to the letter we're posting today; the hospital can also write a few informal lines,
3. proof of the relationship (a copy of your birth certificate is enough).

Your partner's share is covered as well since he is a co-traveller on the same booking.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Sarah Goldberg <sarah.goldberg@ilmail.example>
Sent: Wednesday, June 10, 2026 7:40 AM
To: International Client Desk <international@wendelstein-vers.example>
Subject: Have to cancel Crete - my father is in hospital

Hello, my father (72) had a heart attack on Monday and is in the Herzzentrum in Munich, they are going to do a bypass operation next week. We were supposed to fly to Crete on 20 June, obviously I'm not going anywhere. The tour operator charges 2340 EUR cancellation. Is this covered by my insurance?
Sarah Goldberg""")

# --- 0117 -------------------------------------------------------------------
add(117, "NORMAL", "en", "insurer-to-customer",
    "trap: prospect asks generally about travel health insurance for visiting relatives (pre-existing conditions, age limits); generic answer",
    frm=S("raman"), to="Vikram Iyer <vikram.iyer@indmail.example>",
    subj="RE: Health insurance for my parents' visit?",
    date="2026-06-12 09:05", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Iyer,

thank you for your question. For visitors to Germany we offer "Incoming Guest", a travel health insurance for stays of up to 12 months. It is also accepted for the Schengen visa (cover EUR 30,000 and more, no deductible).

A few general points:
- Age: available up to 79 at the start of the trip; premiums are higher from 65.
- Pre-existing conditions: acute, unexpected worsening of a known illness is covered; planned treatment or check-ups of known conditions are not. So regular medication should be brought from home for the whole stay.
- Price example: EUR 2.10 per day for ages 65-69, EUR 3.40 per day for 70-79.

You can take it out online at www.wendelstein-vers.example/incoming, at the latest before your parents enter Germany. No health questions are asked.

""" + SIG["raman"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Vikram Iyer <vikram.iyer@indmail.example>
Sent: Thursday, June 11, 2026 8:22 PM
Subject: Health insurance for my parents' visit?

Hi, my parents want to visit us for 3 months this autumn. Do you have an insurance for visitors and does it work for the visa? They are in their late sixties. Thanks, Vikram""")

# --- 0118 -------------------------------------------------------------------
add(118, "CONFIDENTIAL", "de", "insurer-to-broker",
    "change for a broker's named client: new address, living space, sum insured, birth date of added partner; household contents",
    frm=S("koenig"), to="Maklerkontor Seidl & Partner - Antrag <antrag@seidl-makler.example>",
    subj="AW: Änderung Hausrat Kunde Rothbauer - neue Wohnung",
    date="2026-06-15 10:37", ua="Microsoft Outlook 16.0",
    body="""Hallo Frau Seidl,

die Änderung ist durch, Nachtrag geht heute an den Kunden und über die Vermittlerpost an Sie:

Vertrag HR 40 290 617, Versicherungsnehmer Patrick Rothbauer, geb. 30.01.1992
neue Anschrift ab 01.07.2026: Salinstraße 12, 83022 Rosenheim (bisher Bad Endorf)
Wohnfläche 92 m² (bisher 54 m²), Versicherungssumme 73.600 EUR (Unterversicherungsverzicht bleibt)
mitversichert: Lebensgefährtin Carina Stöger, geb. 17.08.1994, gleiche Anschrift
Beitrag neu 176,40 EUR jährlich (Tarifzone 3 statt 2)

Die Fahrradklausel habe ich wie gewünscht auf 5.000 EUR erhöht (zwei E-Bikes laut Ihrer Mail).

""" + SIG["koenig"] + "\n" + FOOT_DE + """

> Am 12.06.2026 um 14:05 schrieb Katrin Seidl:
> Hallo Frau König, Herr Rothbauer zieht mit seiner Partnerin zum 1.7. nach
> Rosenheim, Salinstr. 12, 92 qm. Sie soll mitversichert werden (Carina Stöger,
> 17.08.1994). Außerdem zwei E-Bikes, bitte Fahrrad auf 5.000. Danke! K. Seidl
""")

# --- 0119 -------------------------------------------------------------------
add(119, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
    "lawyer's claim for pain and suffering for an injured named cyclist (fractures, surgery, sick leave) forwarded within motor liability",
    frm=S("rauscher"), to=S("stadler"),
    subj="WG: Unfall 22.05.2026 / Ihr VN Herr Florian Dengler - Schmerzensgeldforderung Mandantin Weiß",
    date="2026-06-16 08:40", ua="Microsoft Outlook 16.0",
    body="""Hallo Markus,

kommt von der Kanzlei der Radfahrerin, zuständig ist die Kfz-Haftpflicht mit Personenschaden, also Du bzw. Dein Team. Schaden KH-26-04418, unser VN hat die Schuld eingeräumt (Rechtsabbieger, Radweg übersehen).

Gruß Benedikt

-----Ursprüngliche Nachricht-----
Von: RAin Dr. Claudia Lichtl <lichtl@reiter-lichtl.example>
Gesendet: Montag, 15. Juni 2026 17:22
An: kfz@wendelstein-vers.example
Betreff: Unfall 22.05.2026 / Ihr VN Herr Florian Dengler - Schmerzensgeldforderung Mandantin Weiß

Sehr geehrte Damen und Herren,

wir vertreten Frau Anja Weiß, geb. 05.03.1985, Rosenheim. Ihr Versicherungsnehmer Herr Florian Dengler hat am 22.05.2026 mit dem Pkw RO-FD 730 beim Rechtsabbiegen in die Prinzregentenstraße unsere Mandantin auf dem Radweg erfasst.

Unsere Mandantin erlitt eine distale Radiusfraktur rechts (operativ mit Plattenosteosynthese versorgt, Klinikum Rosenheim, stationär 22.-26.05.2026), eine Rippenserienfraktur links (Rippen 6-8) sowie multiple Schürfwunden. Sie ist seit dem Unfall arbeitsunfähig; als Physiotherapeutin kann sie ihren Beruf voraussichtlich bis mindestens Ende August nicht ausüben. Eine Metallentfernung ist in etwa einem Jahr geplant.

Wir fordern namens unserer Mandantin:
1. ein Schmerzensgeld, das wir vorläufig mit 9.000 EUR beziffern,
2. den Verdienstausfall (Aufstellung folgt),
3. den Haushaltsführungsschaden,
4. das beschädigte Fahrrad (Rechnung 2.140 EUR) und die Kleidung.

Arztberichte und Entlassungsbrief übersenden wir nach Vorlage einer Schweigepflichtentbindung. Wir bitten um Anerkenntnis dem Grunde nach bis 30.06.2026.

Mit freundlichen Grüßen
Dr. Claudia Lichtl, Rechtsanwältin
Reiter Lichtl Rechtsanwälte PartG mbB, Rosenheim""")

# --- 0120 -------------------------------------------------------------------
add(120, "NORMAL", "en", "internal",
    "farewell lunch invitation for a colleague; organisational, no sensitive data",
    frm=S("raman"), to="International Client Desk <international@wendelstein-vers.example>",
    cc=S("okafor"),
    subj="Farewell lunch for Jenny - Friday 26 June",
    date="2026-06-17 11:11", ua="Microsoft Outlook 16.0",
    body="""Hi all,

as most of you know, Jenny is leaving us at the end of June to start her master's degree in Vienna. After four years of answering our questions about the German fee scales with endless patience, she deserves a proper send-off!

Lunch: Friday 26 June, 12:30, Gasthof Flötzinger Bräu (table booked for 14 under "Wendelstein").
Gift: there's an envelope going round, or send a few euros to me via PayPal. Ideas welcome - so far we have a travel guide to Vienna and a coffee voucher.

Please let me know by Wednesday if you're coming. The health claims team is invited too.

Priya
""")

# --- 0121 -------------------------------------------------------------------
add(121, "CONFIDENTIAL", "de", "insurer-to-customer",
    "flooded cellar after heavy rain: named customer's natural hazards claim with list of damaged items (CSV windows-1252); no health data",
    frm=S("aydemir"), to="Josef Unterreiner <josef.unterreiner@chiemnet.example>",
    subj="AW: Keller abgesoffen nach Unwetter",
    date="2026-06-18 14:50", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Unterreiner,

zum Glück haben Sie die Elementarversicherung mit abgeschlossen - Überschwemmung durch Starkregen ist damit versichert, sowohl in der Wohngebäude- (WG 33 744 120) als auch in der Hausratversicherung (HR 40 316 880). Schadennummern S-26-005512 (Gebäude) und S-26-005513 (Hausrat).

Ihre Liste der beschädigten Sachen habe ich als Tabelle aufbereitet und angehängt; bitte prüfen und ergänzen Sie die Spalten "Kaufjahr" und "Kaufpreis", wo noch etwas fehlt. Bitte werfen Sie die Sachen noch nicht weg, bevor unser Regulierer da war oder Sie Fotos gemacht haben.

Die Trocknungsfirma können Sie beauftragen; die Kosten übernehmen wir. Selbstbeteiligung Elementar: 500 EUR je Vertrag.

""" + SIG["aydemir"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Josef Unterreiner <josef.unterreiner@chiemnet.example>
Gesendet: Donnerstag, 18. Juni 2026 06:48
An: schaden@wendelstein-vers.example
Betreff: Keller abgesoffen nach Unwetter

Guten Morgen,
bei dem Unwetter gestern Abend ist uns der Keller vollgelaufen, ca. 30 cm Wasser. Heizung, Waschmaschine, Trockner, Gefriertruhe, viele Kartons mit Büchern und Weihnachtssachen, die Werkbank von meinem Vater. Feuerwehr hat abgepumpt. Haus ist Chiemseestr. 4 in Gstadt.
Was jetzt?
Josef Unterreiner""",
    atts=[A_csv("Hausrat_Keller_Unterreiner.csv", """Position;Gegenstand;Kaufjahr;Kaufpreis EUR;Bemerkung
1;Waschmaschine Miele W1;2019;899;lief noch, Motor nass
2;Wäschetrockner Bosch Serie 6;2021;749;
3;Gefriertruhe Liebherr 250 l;2016;;Inhalt verdorben (ca. 150 EUR)
4;Bücher, ca. 12 Kartons;;;
5;Weihnachtsdeko, 6 Kartons;;;
6;Werkbank mit Werkzeug (Erbstück);;;Werkzeug teils rostig
7;Heizungsanlage Öl-Brennwert;2014;;Gebäudeschaden, nicht Hausrat
8;Regale Metall, 4 Stück;2010;240;""", cs="windows-1252")])

# --- 0122 -------------------------------------------------------------------
add(122, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "health application of a named expat: asthma with inhaler medication and a hospital stay; underwriting questions and surcharge",
    frm=S("raman"), to="Chen Wei <chen.wei@cnpost.example>",
    subj="RE: Application Global Health Select - question about my asthma",
    date="2026-06-19 10:20", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Chen,

thank you for answering the health questions so openly - that protects you later.

On your application for Global Health Select Base (application A-26-013377) you disclosed asthma since childhood, treated with budesonide/formoterol (Symbicort 160/4.5, two puffs twice daily) and salbutamol as needed, and one hospital stay of three days in Shanghai in 2023 because of an asthma attack.

Our medical underwriter can offer cover with a risk surcharge of 15 % for the asthma, without excluding it. To confirm this we need a short report from your current doctor in Germany (lung function test from the last 12 months, and whether you had any attacks needing cortisone tablets since 2023). If the asthma is well controlled, the surcharge may be reduced to 10 %.

Alternatively we can start the cover right away with the 15 % surcharge and review it after one year on request.

""" + SIG["raman"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Chen Wei <chen.wei@cnpost.example>
Sent: Wednesday, June 17, 2026 2:18 PM
Subject: Application Global Health Select - question about my asthma

Hi Ms Raman, I sent my application last week. I have asthma since I was a kid, I wrote it in the form. Will this be a problem? I really need the insurance from 1 July for my work contract. Thank you, Chen Wei""")

# --- 0123 -------------------------------------------------------------------
add(123, "NORMAL", "de", "insurer-to-customer",
    "trap: portal notification 'new secure message in your mailbox' without any content, contract or subject matter",
    frm=f"Mein Wendelstein <benachrichtigung@{DOM}>", to="m.hinterstoisser@alpen-online.example",
    subj="Sie haben eine neue Nachricht in Ihrem Postfach",
    date="2026-06-22 07:02",
    hdrs=[("Auto-Submitted", "auto-generated")],
    body="""Guten Tag,

in Ihrem persönlichen Postfach bei "Mein Wendelstein" liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://portal.wendelstein-vers.example an, um sie zu lesen.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Wir fragen Sie per E-Mail niemals nach Ihrem Passwort.

Ihre Wendelstein Versicherung

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.""")

# --- 0124 -------------------------------------------------------------------
add(124, "CONFIDENTIAL", "en", "insurer-to-company",
    "D&O claim: a shareholder's claim against a company's named managing director; policy, amounts, allegations (no health or crime)",
    frm=S("lindqvist"), to="Dr. Marcus Weller <m.weller@weller-legal.example>",
    cc="Inn-Tech Automation GmbH - Legal <legal@inn-tech-automation.example>",
    subj="D&O policy DO 88 100 442 - claim notification Mr Sebastian Hofreiter",
    date="2026-06-23 15:40", ua="Microsoft Outlook 16.0",
    body="""Dear Dr. Weller,

thank you for notifying the claim on behalf of your client, Inn-Tech Automation GmbH, under D&O policy DO 88 100 442 (limit EUR 5 million, retention EUR 25,000).

We understand the facts as follows: the minority shareholder Kessler Beteiligungs GmbH claims EUR 1.84 million in damages from the managing director, Mr Sebastian Hofreiter, alleging that he concluded the 2024 supply contract with Shenzhen Rota Ltd without the approval of the shareholders' meeting required by § 9 of the articles, and that the company lost the prepayment when the supplier became insolvent.

We confirm cover for the defence costs under reservation of rights, in particular regarding the exclusion for knowing breach of duty (clause 5.1). Please send us:
- the letter of claim of 2 June 2026,
- the articles of association and the minutes of the shareholders' meetings 2024,
- Mr Hofreiter's statement on the approval process.

We agree to Reiter Lichtl Rechtsanwälte defending Mr Hofreiter at the agreed hourly rates.

""" + SIG["lindqvist"] + "\n" + FOOT_EN)

# --- 0125 -------------------------------------------------------------------
add(125, "STRICTLY_CONFIDENTIAL", "de", "internal",
    "harmless body; ZIP with the care assessment summary (stroke, hemiparesis, care level 4) of a named insured for the objection review",
    frm=S("zach"), to=S("aigner"),
    subj="Widerspruch Pflegegrad - bitte um Stellungnahme (Unterlagen im ZIP)",
    date="2026-06-24 13:10", ua="Microsoft Outlook 16.0",
    body="""Hallo Herr Dr. Aigner,

der Sohn hat gegen den Bescheid Widerspruch eingelegt. Könnten Sie sich die Unterlagen im Anhang ansehen und mir sagen, ob wir ein Zweitgutachten beauftragen sollen? Frist für unsere Antwort ist der 10.07.

Danke und Gruß
Monika Zach""",
    atts=[A_zip("Widerspruch_PV-2-0031876.zip", [
        ("Gutachten_Zusammenfassung.txt", """MEDICPROOF Gutachten vom 02.06.2026 - Zusammenfassung
Versicherte: Hildegard Anzinger, geb. 09.09.1936, Pflegeheim St. Nikolaus, Rosenheim
Versicherungsnummer: PV-2-0031876
Pflegebegründende Diagnosen: I63.5 Hirninfarkt (01/2026) mit Hemiparese rechts,
Aphasie; F01.9 vaskuläre Demenz; Z99.3 Rollstuhl
Modul 1 Mobilität: 15 | Modul 2/3: 13,75 | Modul 4 Selbstversorgung: 30 | Modul 5: 10 | Modul 6: 11,25
Gesamtpunkte: 80 -> Pflegegrad 4
Empfehlung: Wiederholungsbegutachtung in 12 Monaten
"""),
        ("Widerspruch_Sohn.txt", """Widerspruch gegen den Bescheid vom 09.06.2026
Meine Mutter kann seit dem Schlaganfall weder allein essen noch sich umdrehen, sie
spricht kaum und erkennt uns oft nicht. Nachts ruft sie stundenlang. Das Pflegeheim hält
Pflegegrad 5 für richtig (Stellungnahme der Pflegedienstleitung liegt bei).
Ich bitte um ein neues Gutachten.
Michael Anzinger (Betreuer), Rosenheim, 16.06.2026
"""),
        ("Stellungnahme_Pflegeheim.pdf", pdf("""# Pflegeheim St. Nikolaus - Stellungnahme der Pflegedienstleitung
Bewohnerin: Hildegard Anzinger, geb. 09.09.1936
Frau Anzinger ist seit dem Hirninfarkt im Januar 2026 vollständig immobil (Lagerung alle
2 Stunden), wird über eine PEG-Sonde ergänzend ernährt und kann nicht mehr selbstständig
schlucken. Sie zeigt nächtliche Unruhe mit Rufen über mehrere Stunden (4-5 Nächte/Woche).
Wir halten die Bewertung in Modul 4 (Ernährung) und Modul 3 für zu niedrig.
Rosenheim, 15.06.2026, Schwester Agnes Reiter, PDL""", "Stellungnahme Pflegeheim", "2026-06-15")),
    ], date="2026-06-24 13:00")])

# --- 0126 -------------------------------------------------------------------
add(126, "NORMAL", "de", "internal",
    "trap: treasury notice of the insurer's own new company bank account (company IBAN, not a person's); no personal data",
    frm="Finanzen / Zahlungsverkehr <zahlungsverkehr@wendelstein-vers.example>", to=f"Alle Mitarbeitenden Rosenheim <alle-rosenheim@{DOM}>",
    subj="Neue Bankverbindung der Wendelstein Versicherung ab 01.07.2026",
    date="2026-06-24 16:00", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

zum 01.07.2026 wechseln wir unsere Hausbank für den Beitragseingang. Bitte verwenden Sie ab diesem Datum in Schreiben, Textbausteinen und E-Mail-Signaturen nur noch diese Verbindung:

Wendelstein Versicherung a.G.
IBAN DE04 3704 0044 5842 1917 45
BIC COBADEFFXXX

Die bisherige Verbindung bei der Sparkasse bleibt bis 31.12.2026 für Eingänge aktiv; Überweisungen dorthin werden automatisch weitergeleitet. Die Textbausteine im DMS werden am 30.06. abends zentral umgestellt, Sie müssen dort nichts tun.

Lastschriften von Kunden laufen unverändert über unsere Gläubiger-ID.

Finanzen / Zahlungsverkehr""")

# --- 0127 -------------------------------------------------------------------
add(127, "NORMAL", "de", "internal",
    "trap: facility notice on legionella testing of the drinking water and closed showers; building matter, no one's health",
    frm=S("eibl"), to=f"Alle Mitarbeitenden Rosenheim <alle-rosenheim@{DOM}>",
    subj="Legionellenprüfung Trinkwasser - Duschen im UG ab Montag gesperrt",
    date="2026-06-25 08:10", ua="Microsoft Outlook 16.0",
    body="""Hallo zusammen,

bei der jährlichen Trinkwasserprüfung wurde an zwei Entnahmestellen im Untergeschoss (Duschen Fahrradraum) der technische Maßnahmenwert für Legionellen überschritten (1.300 KBE/100 ml). Das betrifft nur das Warmwasser der Duschen, nicht die Wasserhähne in den Küchen und Toiletten - das Leitungswasser können Sie weiter ganz normal trinken.

Maßnahmen:
- Duschen im UG sind ab Montag, 29.06., bis auf Weiteres gesperrt.
- Die Firma Aqua-Hygiene Süd spült die Leitungen thermisch und tauscht die Duschköpfe.
- Nachprüfung in vier Wochen; das Gesundheitsamt ist informiert, wie vorgeschrieben.

Wer mit dem Rad kommt: Die Duschen im 2. OG (neben dem Fitnessraum) sind nicht betroffen.

""" + SIG["eibl"])

# --- 0128 -------------------------------------------------------------------
add(128, "NORMAL", "de", "insurer-to-partner",
    "trap: answer to a journalist about nursing-home costs and care insurance in general; averages and product facts, no person",
    frm=S("kerschbaum"), to="Redaktion Wirtschaft - Oberbayerisches Tagblatt <wirtschaft@ob-tagblatt.example>",
    subj="AW: Anfrage Artikel Pflegekosten - Antworten der Wendelstein",
    date="2026-06-26 11:45", ua="Microsoft Outlook 16.0",
    body="""Liebe Frau Kammerloher,

gern beantworten wir Ihre Fragen für den Artikel. Sie können uns mit Namen (Monika Zach, Leiterin Pflegeleistung) zitieren.

1. Wie hoch ist die Versorgungslücke im Pflegeheim?
"Im Landkreis Rosenheim liegt der Eigenanteil im ersten Jahr im Heim derzeit bei rund 3.100 Euro im Monat. Mit jedem Jahr im Heim sinkt er durch die Zuschläge etwas, aber es bleibt eine Lücke von deutlich über 2.000 Euro."

2. Wie viele Ihrer Versicherten bekommen Pflegeleistungen?
Zum 31.12.2025 waren es 4.310 Personen in der Pflegepflichtversicherung, rund ein Viertel davon im Heim.

3. Ab wann lohnt sich eine Pflegezusatzversicherung?
"Je früher, desto günstiger - und wer schon eine Demenz-Diagnose hat oder pflegebedürftig ist, kann sich nicht mehr versichern. Ein sinnvoller Zeitpunkt ist um die 40."

4. Was ist der häufigste Grund für Pflegebedürftigkeit bei Ihren Versicherten?
Demenzerkrankungen, gefolgt von Schlaganfall und Erkrankungen des Bewegungsapparats. Genauere Zahlen veröffentlichen wir nicht.

Für Fotos von unserer Pflegeberatung melde ich mich noch.

""" + SIG["kerschbaum"] + "\n" + FOOT_DE)

# --- 0129 -------------------------------------------------------------------
add(129, "NORMAL", "en", "internal",
    "trap: agenda for a ransomware tabletop exercise in the health claims system (medical invoices, notification duties); scenario only",
    frm=S("brandl"), to="Crisis team <krisenstab@wendelstein-vers.example>",
    cc=S("lassmann"),
    subj="Tabletop exercise 7 July: ransomware in the health claims system - agenda",
    date="2026-06-29 09:40", ua="Microsoft Outlook 16.0",
    body="""Dear crisis team,

here is the agenda for our annual tabletop exercise. It's in English because our colleagues from Thamesgate Re and EuroAid are joining as observers.

Tuesday 7 July, 09:00-12:30, board room (4th floor)

Scenario (fictitious): On a Monday morning the health claims system "LEIKRA" shows a ransom note. Scanned doctors' invoices, hospital bills and medical reports of the last 3 years are encrypted. The attackers claim to have copied 40 GB and threaten to publish "diagnoses of your customers".

09:00 Injection 1 - detection, first decisions, who calls whom
09:45 Injection 2 - the data sample on a leak site; notification to the supervisory authority within 72 hours, BaFin, affected persons
10:45 Break
11:00 Injection 3 - press enquiry, customers calling the hotline, hospitals asking about open invoices
11:45 Lessons learned

No real data will be used. Please do not bring laptops with production access.

""" + SIG["brandl"])

# --- 0130 -------------------------------------------------------------------
add(130, "CONFIDENTIAL", "en", "insurer-to-customer",
    "smartphone display broken: named customer's electronics policy, claim, repair costs, his quoted mail; no health data",
    frm=S("gallagher"), to="Lucas Moreau <lucas.moreau@courriel-fr.example>",
    subj="RE: phone screen smashed",
    date="2026-06-30 14:05", ua="Microsoft Outlook 16.0",
    body="""Hi Mr Moreau,

a cracked screen is covered under your electronics insurance EL 70 352 116 (smartphone included since your upgrade in January). Claim number E-26-001433.

You can choose:
a) repair at any authorised shop and send us the invoice - we pay the repair minus the EUR 50 deductible; or
b) our repair partner picks up the phone at your address and returns it within 3 working days, you only pay the deductible.

For option b) just reply with a time window that suits you; they will come to Münchener Straße 90 as stated in your policy.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

On Mon, 29 Jun 2026, 22:13 Lucas Moreau <lucas.moreau@courriel-fr.example> wrote:
> hello, my phone fell on the stones at the Chiemsee today and the screen is
> completely broken (Pixel 8, bought in january with the insurance). touch
> still works a bit. can you help? i need the phone for my job
> lucas
>
> Envoyé de mon Pixel
""")

# --- 0131 -------------------------------------------------------------------
add(131, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
    "guarantee of payment to a Vienna hospital for a named expat's emergency admission (appendicitis, laparoscopic appendectomy)",
    frm=S("gallagher"), to="Privatklinik Josefstadt Wien - Patient Billing <billing@pk-josefstadt.example>",
    subj="Guarantee of payment - Mr Erik Lindholm, born 11/06/1990, admitted 30/06/2026",
    date="2026-07-01 08:20", ua="Microsoft Outlook 16.0",
    body="""Dear colleagues,

further to our phone call with your admissions office last night, we confirm the assumption of costs for our insured:

Mr Erik Lindholm, born 11/06/1990, Swedish citizen, resident in Rosenheim, Germany
Member no. GHS-2022-02208, plan Global Health Select Plus

Admission: 30/06/2026, emergency, via the emergency department
Diagnosis: acute appendicitis (K35.8)
Treatment: laparoscopic appendectomy, expected length of stay 2-3 days
Accommodation: single room covered

We guarantee payment of the medically necessary costs of this stay up to EUR 12,000. Should further treatment or a longer stay become necessary (e.g. because of complications), please inform us before exceeding this amount. Please send the invoice with the discharge summary to this address; payment within 14 days.

""" + SIG["gallagher"] + "\n" + FOOT_EN)

# --- 0132 -------------------------------------------------------------------
add(132, "NORMAL", "de", "insurer-to-partner",
    "trap: press release on a new care-insurance tariff (care levels, dementia benefit, premiums); product news, no person",
    frm=S("kerschbaum"), to="Presseverteiler Versicherungen <presse-verteiler@wendelstein-vers.example>",
    subj="Pressemitteilung: Wendelstein PflegeFlex - Pflegetagegeld ab Pflegegrad 1 und Demenz-Sofortleistung",
    date="2026-07-01 10:00", ua="Microsoft Outlook 16.0",
    body="""PRESSEMITTEILUNG

Wendelstein PflegeFlex: Pflegetagegeld ab Pflegegrad 1 und Sofortleistung bei Demenz

Rosenheim, 1. Juli 2026 - Die Wendelstein Krankenversicherung AG bringt mit "PflegeFlex" eine neue Pflegezusatzversicherung auf den Markt. Der Tarif zahlt bereits ab Pflegegrad 1 ein Pflegetagegeld und enthält eine Einmalleistung von 5.000 Euro, wenn erstmals eine Demenz diagnostiziert und ein Pflegegrad festgestellt wird.

Die Leistungen im Überblick:
- Pflegetagegeld in Prozent der vereinbarten Summe: Pflegegrad 1: 10 %, 2: 30 %, 3: 60 %, 4 und 5: 100 %, jeweils ambulant und stationär gleich
- Beitragsbefreiung ab Pflegegrad 2
- Demenz-Sofortleistung 5.000 Euro
- Beiträge für 50 Euro Tagegeld: mit 35 Jahren 21,40 Euro, mit 50 Jahren 44,10 Euro monatlich

"Wer einen Angehörigen mit Demenz gepflegt hat, weiß, dass die Belastung lange vor dem Heim beginnt", sagt Vorständin Anja Wimmer. "Deshalb zahlen wir früh."

Pressekontakt: Julia Kerschbaum, Telefon 08031 4470-150, presse@wendelstein-vers.example

""" + FOOT_DE)

# --- 0133 -------------------------------------------------------------------
add(133, "CONFIDENTIAL", "en", "insurer-to-customer",
    "online banking fraud: named customer's bank account, IBAN and the fraudulent transfers under his internet protection cover",
    frm=S("gallagher"), to="Ahmed Khalil <ahmed.khalil@egmail.example>",
    subj="RE: Money stolen from my bank account - phishing SMS",
    date="2026-07-02 11:30", ua="Microsoft Outlook 16.0",
    body="""Dear Mr Khalil,

I'm sorry this happened to you. Your home contents policy HR 40 441 209 includes the module "Internet-Schutz", which covers losses from phishing in online banking up to EUR 5,000, if the bank does not refund them.

Claim number: H-26-002377

From your message:
- your account at Volksbank, IBAN DE98 7016 9460 4146 2205 98,
- two transfers on 29 June to an account in Lithuania: EUR 1,950.00 and EUR 1,480.00,
- you had entered your login details on a fake page after an SMS "your account will be blocked".

Next steps:
1. Your bank must first check whether it refunds the money (many banks do in cases like this). Please ask them for a written decision.
2. Please send us the police report (you mentioned you filed it online) and the bank's decision.
3. Whatever the bank does not refund, we pay, up to EUR 5,000, minus no deductible.

""" + SIG["gallagher"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Ahmed Khalil <ahmed.khalil@egmail.example>
Sent: Tuesday, June 30, 2026 6:02 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: Money stolen from my bank account - phishing SMS

Hello, I made a very stupid mistake. I got an SMS that my Volksbank account will be blocked and I clicked and logged in. Yesterday 2 transfers went from my account DE98701694604146220598 to Lithuania, 1950 and 1480 EUR. I called the bank and blocked everything and did police report online. Does my insurance help? I have household insurance with you with internet protection I think.
Ahmed Khalil""")

# --- 0134 -------------------------------------------------------------------
add(134, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "a named mother asks whether her 15-year-old son's psychotherapy for anxiety and school refusal is covered; reply quotes her",
    frm=S("raman"), to="Olga Petrenko <olga.petrenko@uamail.example>",
    subj="RE: Psychotherapy for my son - covered?",
    date="2026-07-03 09:50", ua="Microsoft Outlook 16.0",
    body="""Dear Ms Petrenko,

I'm sorry Maksym is having such a hard time. Yes, his psychotherapy is covered - he is insured with you under GHS Plus (family policy GHS-2024-06120).

What this means in practice:
- Child and adolescent psychotherapy with a licensed psychotherapist ("Kinder- und Jugendlichenpsychotherapeut") is covered at 100 %, up to 30 sessions per year without prior approval.
- The initial consultations (probatorische Sitzungen, usually 2-4) are also covered.
- If the therapist recommends more than 30 sessions, a short report is enough for us to approve more.

The therapist at the practice in Rosenheim you mentioned can send the invoices directly to us, or you pay and submit them. There is no waiting period for psychotherapy in your plan.

I hope the school situation gets better soon.

""" + SIG["raman"] + "\n" + FOOT_EN + """

-----Original Message-----
From: Olga Petrenko <olga.petrenko@uamail.example>
Sent: Thursday, July 2, 2026 9:15 PM
To: International Client Desk <international@wendelstein-vers.example>
Subject: Psychotherapy for my son - covered?

Dear Ms Raman,
my son Maksym (15) has had strong anxiety since we came to Germany, for 2 months now he refuses to go to school, he has panic attacks in the morning. The paediatrician diagnosed an anxiety disorder and recommends psychotherapy. We found a therapist for teenagers in Rosenheim who speaks Russian. Does our insurance pay this? How many sessions?
Thank you, Olga Petrenko""")

# --- 0135 -------------------------------------------------------------------
add(135, "NORMAL", "de", "internal",
    "trap: anonymised disability case study for a training (age band, occupation group, diagnosis group, no name or dates)",
    frm=S("hollmann"), to="Team Leistung LV/BU <team-leistung-lv@wendelstein-vers.example>",
    subj="Fallstudie für die Schulung am 14.07. - bitte vorher lesen",
    date="2026-07-06 15:15", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

für unsere Schulung "Psychische Erkrankungen in der BU-Leistungsprüfung" hier die Fallstudie. Sie ist aus mehreren echten Fällen zusammengesetzt und vollständig anonymisiert - bitte nicht versuchen, den "echten" Fall zu finden.

Fall A
Versicherte Person: weiblich, Altersgruppe 40-49, Beruf: Lehrkraft an einer Grundschule (Vollzeit)
BU-Rente: Größenordnung 1.500 EUR monatlich, Vertragslaufzeit über 10 Jahre
Verlauf: Erschöpfung seit etwa zwei Jahren, zunehmende Schlafstörungen, seit einem Jahr durchgehend krankgeschrieben. Diagnose laut Facharzt: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode. Eine stationäre Behandlung in einer psychosomatischen Klinik (8 Wochen) brachte eine leichte Besserung. Ein Wiedereingliederungsversuch wurde nach drei Wochen abgebrochen.

Fragen für die Gruppenarbeit:
1. Welche Unterlagen fordern wir an, welche nicht?
2. Wie beschreiben wir das Berufsbild "Lehrkraft" für den Gutachter?
3. Wann ist eine Verweisung auf eine andere Tätigkeit zu prüfen (Tarif ohne abstrakte Verweisung)?
4. Befristetes Anerkenntnis ja oder nein?

""" + SIG["hollmann"])

# --- 0136 -------------------------------------------------------------------
add(136, "CONFIDENTIAL", "de", "insurer-to-customer",
    "change of address of a named couple for motor, household and liability contracts after moving; contract numbers, new address",
    frm=S("feldhoff"), to="Julia und Markus Rainer <familie.rainer@inn-mail.example>",
    subj="AW: Umzug - neue Adresse für alle Verträge",
    date="2026-07-07 10:05", ua="Microsoft Outlook 16.0",
    body="""Liebe Familie Rainer,

alles Gute im neuen Haus! Ich habe die neue Anschrift ab 01.07.2026 in allen Verträgen geändert:

Neue Anschrift: Am Sonnenhang 7, 83104 Tuntenhausen

- Kfz KF-2231-580031 (Skoda Octavia, RO-JR 45) und KF-2231-580032 (VW up!, RO-MR 46): Regionalklasse ändert sich, Beitrag sinkt zusammen um 38,20 EUR im Jahr
- Hausrat HR 40 241 778: neue Wohnfläche 138 m², Versicherungssumme 89.700 EUR, Beitrag 164,10 EUR (bisher 118,60 EUR)
- Privathaftpflicht PH 51 070 209: keine Änderung

Für das Haus selbst brauchen Sie noch eine Wohngebäudeversicherung - wenn Sie mögen, schicke ich Ihnen ein Angebot. Dafür bräuchte ich Baujahr, Wohnfläche und Bauart.

""" + SIG["feldhoff"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Julia Rainer <familie.rainer@inn-mail.example>
Gesendet: Freitag, 3. Juli 2026 22:10
An: service@wendelstein-vers.example
Betreff: Umzug - neue Adresse für alle Verträge

Hallo, wir sind umgezogen, neue Adresse ab 1.7.: Am Sonnenhang 7, 83104 Tuntenhausen (eigenes Haus!). Bitte bei allen Verträgen ändern (2 Autos, Hausrat, Haftpflicht). Die Wohnfläche ist jetzt 138 qm.
LG Julia Rainer""")

# --- 0137 -------------------------------------------------------------------
add(137, "NORMAL", "de", "insurer-to-supplier",
    "trap: translation order for product documents of the expat health plan (general terms, health questionnaire blank); no customer",
    frm=S("raman"), to="Lingua Alpina Übersetzungen - Projektbüro <projekte@lingua-alpina.example>",
    subj="Übersetzungsauftrag GHS 2026: AVB, Gesundheitsfragebogen (leer), Produktblatt",
    date="2026-07-08 13:20", ua="Microsoft Outlook 16.0",
    body="""Guten Tag Frau Bichler,

wie telefonisch besprochen beauftragen wir Sie mit der Übersetzung Deutsch > Englisch und Deutsch > Spanisch folgender Dokumente (Dateien im Austauschordner):

1. Allgemeine Versicherungsbedingungen Global Health Select 2026 (AVB GHS 2026), 38 Seiten
2. Gesundheitsfragebogen GHS-A 12 (Leerformular), 4 Seiten - bitte die medizinischen Begriffe (z. B. "Bluthochdruck", "Psychotherapie", "Implantat") einheitlich nach unserem Glossar
3. Produktinformationsblatt GHS, 2 Seiten
4. Merkblatt "Arztrechnungen einreichen", 1 Seite

Es handelt sich ausschließlich um Muster und Bedingungen, keine Kundendaten. Liefertermin: 31.07.2026. Die Preise gemäß Rahmenvereinbarung, Bestellnummer BE-2026-0877.

""" + SIG["raman"] + "\n" + FOOT_DE)

# --- 0138 -------------------------------------------------------------------
add(138, "NORMAL", "de", "internal",
    "trap: board paper with half-year loss ratios by line (health, care, life, BU, motor) in an ODS; aggregates only",
    frm=S("mairhofer"), to="Vorstandsbüro <vorstandsbuero@wendelstein-vers.example>",
    subj="Vorstandsvorlage: Schadenquoten 1. Halbjahr 2026 nach Sparten",
    date="2026-07-09 18:05", ua="Thunderbird/128.6.0",
    body="""Sehr geehrte Damen und Herren,

anbei die Tabelle mit den Schaden- bzw. Leistungsquoten des ersten Halbjahrs 2026 für die Sitzung am 16.07.

Kurz:
- Kranken 82,9 % (H1/2025: 80,7 %), getrieben von Krankenhaus und Psychotherapie
- Pflege: Leistungen +13 %
- BU: 4 neue Leistungsfälle über 250 TEUR Reserve
- Kfz: 94,1 %, besser als geplant
- Wohngebäude: 109 % nach dem Unwetter vom 17.06. (vorläufig, ca. 310 Schäden)

Christoph Mairhofer
""",
    atts=[A_ods("Schadenquoten_H1_2026.ods", [
        ["Sparte", "Beiträge H1 TEUR", "Schäden/Leistungen H1 TEUR", "Quote H1 2026", "Quote H1 2025"],
        ["Krankenversicherung", 318400, 263954, 0.829, 0.807],
        ["Pflegepflicht + Zusatz", 41200, 29110, 0.707, 0.664],
        ["Leben (inkl. BU)", 188300, 151770, 0.806, 0.812],
        ["Unfall", 22800, 10260, 0.45, 0.47],
        ["Kfz", 96100, 90430, 0.941, 0.968],
        ["Wohngebäude", 38700, 42183, 1.09, 0.84],
        ["Hausrat", 17900, 8950, 0.5, 0.52],
        ["Haftpflicht", 15600, 8112, 0.52, 0.55],
        ["Rechtsschutz", 11400, 7068, 0.62, 0.6],
    ], date="2026-07-09", name="H1 2026")])

# --- 0139 -------------------------------------------------------------------
add(139, "CONFIDENTIAL", "de", "insurer-to-customer",
    "claims-free certificate for a named customer moving to the USA: driving history, contract, claims with amounts; no health data",
    frm=S("rauscher"), to="Dr. Korbinian Stadlmayr <k.stadlmayr@forschungsmail.example>",
    subj="AW: Bescheinigung Schadenfreiheit auf Englisch für USA",
    date="2026-07-10 09:35", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrter Herr Dr. Stadlmayr,

die Bescheinigung auf Englisch ("Certificate of claims experience") geht Ihnen heute per Post an Ihre neue Adresse in Boston und vorab als PDF in Ihr Kundenportal. Inhalt:

Policyholder: Dr. Korbinian Stadlmayr, born 15/09/1983
Motor policy KF-2231-402276, insured since 01/03/2011, cancelled as of 31/07/2026
Claims-free class: SF 13
Claims history: one third-party claim on 14/11/2017 (EUR 1,240.00, rear-end collision, no injuries); no claims since

Ob Ihr neuer Versicherer in Massachusetts die Bescheinigung anerkennt, entscheidet er selbst. Erfahrungsgemäß hilft ein Schreiben mit Unterschrift und Stempel - das ist dabei.

Ihren SF-Rabatt bewahren wir sieben Jahre auf, falls Sie zurückkommen. Gute Reise!

""" + SIG["rauscher"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Dr. Korbinian Stadlmayr <k.stadlmayr@forschungsmail.example>
Gesendet: Mittwoch, 8. Juli 2026 23:40
An: kfz@wendelstein-vers.example
Betreff: Bescheinigung Schadenfreiheit auf Englisch für USA

Hallo, ich ziehe Ende Juli für einen Postdoc nach Boston und verkaufe mein Auto. Die US-Versicherung will eine Bestätigung meiner "driving record"/Schadenfreiheit auf Englisch. Können Sie so etwas ausstellen? Vertrag KF-2231-402276. Neue Adresse ab 1.8.: 45 Linden Street, Apt 3, Boston, MA 02134.
Danke! K. Stadlmayr""")

# --- 0140 -------------------------------------------------------------------
add(140, "STRICTLY_CONFIDENTIAL", "en", "customer",
    "a named expat's long complaint (allergy tests, immunotherapy refused) forwarded inline to the medical adviser and complaints",
    frm=S("gallagher"), to=S("aigner"),
    cc=S("veit"),
    subj="FW: Complaint - allergy treatment refused (GHS-2025-02917)",
    date="2026-07-13 08:45", ua="Microsoft Outlook 16.0",
    body="""Dr. Aigner, Matthias,

forwarding this complaint for a medical view. We declined the sublingual immunotherapy because the allergy test (prick test) was done by a general practitioner without the additional qualification in allergology. My reading of the terms is that this doesn't matter as long as the treatment itself is prescribed by an allergologist - which it was. Could you have a look? If you agree I'll overturn the decision today.

Owen

---------- Forwarded message ----------
From: Javier Morales <javier.morales@correo-mx.example>
Date: Sat, 11 Jul 2026 at 17:26
Subject: Complaint - allergy treatment refused (GHS-2025-02917)
To: International Client Desk <international@wendelstein-vers.example>

Dear Sir or Madam,

I want to complain about your decision from 2 July. Since I moved to Bavaria I have severe hay fever from April to August (grass and birch pollen), with asthma symptoms at night. Last year I needed cortisone twice. My GP made an allergy test in March and sent me to Dr. Hallinger, an allergologist in Rosenheim. She prescribed sublingual immunotherapy (Grazax tablets) for 3 years, which costs around 1,100 EUR per year.

You refused to pay because "the diagnosis was not made by a specialist". This makes no sense, the specialist confirmed everything and SHE prescribed the treatment. I feel that you are looking for reasons not to pay. Without the treatment I will need cortisone again, which is worse for me and more expensive for you.

I ask you to review the decision. If not, I will go to the ombudsman.

Javier Morales
Member GHS-2025-02917""")

# --- 0141 -------------------------------------------------------------------
add(141, "NORMAL", "de", "internal",
    "trap: workshop invitation (ICS) on checking hospital invoices (DRG, OPS, intensive care); method, no case",
    frm=S("okafor"), to="Team Leistung KV <team-leistung-kv@wendelstein-vers.example>",
    subj="Einladung Workshop \"Krankenhausrechnungen prüfen\" 21.07.",
    date="2026-07-14 11:00", ua="Microsoft Outlook 16.0",
    body="""Hallo zusammen,

wie in der Teamrunde angekündigt: Workshop zur Prüfung von Krankenhausrechnungen mit Dr. Aigner und Frau Hartmann vom DRG-Prüfdienst.

Inhalte:
- Aufbau einer DRG-Rechnung, Zu- und Abschläge, Wahlleistungen
- typische Auffälligkeiten: Beatmungsstunden, Intensivkomplexbehandlung (OPS 8-980), Nebendiagnosen, die den Schweregrad erhöhen
- wann wir einen Kurzbericht oder die Patientenakte anfordern dürfen
- Übungsbeispiele (anonymisiert)

Einladung hängt an. Bitte Laptop mitbringen.

""" + SIG["okafor"],
    atts=[A_ics("Workshop_KH-Rechnungen_2026-07-21.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendelstein Versicherung//Leistung KV//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:workshop-khr-20260721@wendelstein-vers.example
DTSTAMP:20260714T090000Z
DTSTART;TZID=Europe/Berlin:20260721T130000
DTEND;TZID=Europe/Berlin:20260721T163000
SUMMARY:Workshop Krankenhausrechnungen pruefen (DRG/OPS)
LOCATION:Raum 2.21
DESCRIPTION:Mit Dr. Aigner und Frau Hartmann. Laptop mitbringen.
ORGANIZER;CN=Nadine Okafor:mailto:nadine.okafor@wendelstein-vers.example
END:VEVENT
END:VCALENDAR""")])

# --- 0142 -------------------------------------------------------------------
add(142, "CONFIDENTIAL", "de", "insurer-to-customer",
    "dog owner's liability: a named customer's dog bit another dog; vet costs of the injured dog (animal, not human health)",
    frm=S("stadler"), to="Ramona Lechner <ramona.lechner@bergmail.example>",
    subj="AW: Hund hat anderen Hund gebissen",
    date="2026-07-15 13:25", ua="Microsoft Outlook 16.0",
    body="""Sehr geehrte Frau Lechner,

danke für Ihre offene Schilderung. Ihre Tierhalterhaftpflicht TH 52 014 380 für Ihren Schäferhund-Mischling "Arko" übernimmt die Tierarztkosten des verletzten Hundes, Schaden H-26-002611.

Die Halterin des Dackels, Frau Gertraud Mayr, soll uns die Rechnung der Tierarztpraxis Dr. Rehberger (Wundversorgung am Hals, Naht, Antibiotikum - laut Ihrer Mail etwa 480 EUR) direkt schicken. Wir zahlen an sie. Eine Mitschuld prüfen wir nicht, weil der Dackel nicht angeleint war, aber Arko den Biss gesetzt hat - bei 480 EUR lohnt sich der Streit nicht.

Ihr Beitrag ändert sich durch den Schaden nicht.

""" + SIG["stadler"] + "\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Ramona Lechner <ramona.lechner@bergmail.example>
Gesendet: Montag, 13. Juli 2026 19:50
An: schaden@wendelstein-vers.example
Betreff: Hund hat anderen Hund gebissen

Hallo, beim Gassigehen am Inndamm hat mein Hund Arko einen Dackel gebissen, der unangeleint auf ihn zugerannt ist. Der Dackel hat eine Wunde am Hals, musste genäht werden. Die Besitzerin Frau Mayr möchte die Tierarztkosten (ca 480 €) von mir. Ich bin bei Ihnen Tierhalterhaftpflicht versichert. Zahlen Sie das? Arko ist sonst lieb, echt.
Ramona Lechner""")

# --- 0143 -------------------------------------------------------------------
add(143, "NORMAL", "de", "insurer-to-partner",
    "trap: exchange of S/MIME domain certificates with a hospital IT department so discharge letters travel encrypted; keys only, no patient",
    frm=S("brandl"), to="Klinikum Inntal - IT-Sicherheit <it-sicherheit@klinikum-inntal.example>",
    subj="Domänenzertifikat für verschlüsselten Mailaustausch (Entlassungsbriefe, Kostenübernahmen)",
    date="2026-07-16 10:30", ua="Microsoft Outlook 16.0",
    body="""Guten Tag Herr Schwarzenböck,

wie mit Frau Okafor besprochen möchten wir den Mailverkehr zwischen Ihrer Patientenverwaltung und unserer Leistungsabteilung (Kostenübernahmen, Entlassungsberichte, Rechnungsrückfragen) künftig gateway-zu-gateway verschlüsseln.

Unser S/MIME-Domänenzertifikat für wendelstein-vers.example:
- Aussteller: Alpen Trust CA G3
- Seriennummer: 4F:A2:91:0C:7E:55:13:B8
- gültig bis: 30.06.2028
- SHA-256-Fingerabdruck: 8C:41:E7:2B:90:D3:6A:1F:55:C0:3E:7B:A9:12:64:F8:0D:B2:47:9E:13:C5:88:2A:71:6F:E0:34:9B:D1:5C:02

Das Zertifikat selbst bekommen Sie über unseren Schlüsselserver (keys.wendelstein-vers.example) oder als .cer-Datei von mir, wenn Sie das lieber möchten. Bitte schicken Sie uns im Gegenzug Ihr Domänenzertifikat für klinikum-inntal.example und den Fingerabdruck auf einem zweiten Weg (Telefon oder Fax) zur Bestätigung.

Testmails schicken wir ohne Patientendaten, Betreff "Test Verschlüsselung".

""" + SIG["brandl"] + "\n" + FOOT_DE)

# --- 0144 -------------------------------------------------------------------
add(144, "NORMAL", "de", "internal",
    "trap: revised letter templates for partial dental reimbursement with placeholders (<<Zahn>>, <<GOZ>>, <<Betrag>>); no real customer",
    frm=S("veit"), to="Team Leistung KV <team-leistung-kv@wendelstein-vers.example>",
    cc=S("okafor"),
    subj="Qualitätszirkel: neue Textbausteine Teilerstattung Zahn (Entwurf zur Abstimmung)",
    date="2026-07-17 14:00", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen,

hier der Entwurf der überarbeiteten Bausteine aus dem Qualitätszirkel. Ziel: verständlicher, weniger Beschwerden. Rückmeldungen bitte bis 24.07.

Baustein Z-TE-01 (Höchstsatz überschritten)
"Ihr Zahnarzt hat für <<Leistung>> (GOZ <<Nummer>>) den <<Faktor>>-fachen Satz berechnet. Ohne schriftliche Begründung können wir nur bis zum 2,3-fachen Satz erstatten. Das sind <<Betrag>> EUR. Wenn Ihr Zahnarzt die Begründung nachreicht, prüfen wir gern erneut."

Baustein Z-TE-02 (Leistung nicht im Heil- und Kostenplan)
"Die Behandlung <<Leistung>> an Zahn <<Zahn>> stand nicht in dem Heil- und Kostenplan, den wir vorab geprüft haben. Das heißt nicht, dass sie nicht erstattungsfähig ist. Bitte lassen Sie uns kurz wissen, warum sie während der Behandlung notwendig wurde."

Baustein Z-TE-03 (Tarifhöchstbetrag erreicht)
"In Ihrem Tarif <<Tarif>> erstatten wir für Zahnersatz in den ersten <<Jahre>> Vertragsjahren höchstens <<Grenze>> EUR. Dieser Betrag ist mit der Rechnung vom <<Datum>> erreicht."

Wichtig: Keine Diagnosen in den Betreff, und im Text nur die Zahnnummer, nicht die Befundbeschreibung.

""" + SIG["veit"])

# --- 0145 -------------------------------------------------------------------
add(145, "NORMAL", "en", "internal",
    "trap: customer satisfaction (NPS) results by line incl. health claims and care; aggregated, with anonymous verbatim themes",
    frm=S("kerschbaum"), to="Management team <fuehrungskreis@wendelstein-vers.example>",
    subj="Customer satisfaction H1 2026 - NPS by line of business",
    date="2026-07-20 09:00", ua="Microsoft Outlook 16.0",
    body="""Dear all,

the results of the customer satisfaction survey H1 2026 (n = 3,912 customers after a claim or service contact):

Net Promoter Score by line
- Health claims: +18 (H2/2025: +9)
- Long-term care: +41
- Life / disability claims: +12
- Motor claims: +27
- Property claims: +33
- International Client Desk: +46

Most frequent themes in the free-text answers (anonymous, grouped):
- positive: "fast payment of doctors' bills", "friendly on the phone", "care counsellor visited us at home"
- negative: "letters about dental reimbursement hard to understand", "waiting time on the hotline", "too many documents for the disability claim"

The improvement in health claims follows the faster processing since April. The full report is on the intranet.

""" + SIG["kerschbaum"])

# --- 0146 -------------------------------------------------------------------
add(146, "NORMAL", "de", "insurer-to-broker",
    "trap: broker-portal admin notice that a new user was created for the partner firm; one-time password by separate channel, no customer",
    frm=f"Maklerportal Wendelstein <maklerportal@{DOM}>", to="Katrin Seidl <k.seidl@seidl-makler.example>",
    subj="Maklerportal: neuer Benutzer für Ihre Firma angelegt",
    date="2026-07-21 08:15",
    hdrs=[("Auto-Submitted", "auto-generated")],
    body="""Sehr geehrte Frau Seidl,

als Makleradministratorin der Maklerkontor Seidl & Partner GmbH (Vermittlernummer 20-1187) informieren wir Sie, dass auf Ihre Anforderung folgender Benutzer angelegt wurde:

Benutzer: Lukas Pointner (l.pointner@seidl-makler.example)
Rolle: Sachbearbeitung
Bestandsrechte: Sach- und Kfz-Verträge der Firma (keine Kranken-, Leben- oder Unfallverträge)
Elektronische Vermittlerpost: lesen

Das Initialpasswort erhält Herr Pointner per SMS an die hinterlegte Mobilnummer. Es ist 72 Stunden gültig.

Sie können die Rechte jederzeit im Maklerportal unter "Firma > Benutzer" ändern. Alle Änderungen werden protokolliert.

Wendelstein Versicherung a.G. - Maklerportal
Diese Nachricht wurde automatisch erzeugt.""")

# --- 0147 -------------------------------------------------------------------
add(147, "NORMAL", "de", "internal",
    "trap: move of the health claims department to another floor, locking cabinets with claims files; logistics only",
    frm=S("eibl"), to="Team Leistung KV <team-leistung-kv@wendelstein-vers.example>",
    cc=S("okafor"),
    subj="Umzug Leistung KV ins 3. OG am 31.07. - Ablauf",
    date="2026-07-22 12:40", ua="Microsoft Outlook 16.0",
    body="""Hallo zusammen,

der Umzug der Leistungsabteilung Kranken vom 1. ins 3. OG ist am Freitag, 31.07. Ablauf:

- Do 30.07. ab 14 Uhr: Umzugskisten packen, pro Person max. 4 Kisten. Kisten mit Namen und neuer Raumnummer beschriften.
- Papierakten, Arztrechnungen, Krankenhausberichte usw. NICHT in offene Kisten, sondern in die verschließbaren Aktenschränke auf Rollen - die Umzugsfirma fährt die Schränke verschlossen ins 3. OG. Schlüssel bleiben bei Frau Okafor.
- Fr 31.07.: Umzugsfirma ab 7 Uhr, IT baut ab 10 Uhr die Arbeitsplätze auf. Bitte an dem Tag Homeoffice.
- Mo 03.08.: Start im 3. OG, Räume 3.10 bis 3.18. Die Post kommt ab dann an die neue Poststation neben dem Aufzug.

Der Scanner zieht mit um; Herr Brandl kümmert sich darum, dass er Montag früh läuft.

""" + SIG["eibl"])

# --- 0148 -------------------------------------------------------------------
add(148, "NORMAL", "en", "internal",
    "trap: draft FAQ for the English website on submitting doctors' bills, prescriptions and hospital invoices; generic, no person",
    frm=S("gallagher"), to=S("kerschbaum"),
    subj="FAQ draft for the English website: \"How do I submit my medical bills?\"",
    date="2026-07-23 15:55", ua="Microsoft Outlook 16.0",
    body="""Hi Julia,

here's the FAQ text we discussed for the English pages. Could you check the style and put it online with the next release?

---
How do I submit my medical bills?

1. Use the app or the customer portal: take a photo of each invoice (doctor, dentist, pharmacy, physiotherapy, hospital) and upload it. You don't need to send the originals unless we ask.
2. For prescriptions, please upload the pharmacy receipt together with the prescription.
3. Hospital bills: in most German hospitals we pay directly - just show your member card at admission.
4. Invoices from abroad: please add the date of treatment and, if possible, the diagnosis on the invoice or in a short note. Invoices in English, French, Spanish or Italian don't need a translation.
5. How long does it take? Usually 5 working days. You'll receive a statement in the portal.

Can I send bills by e-mail? Please don't - e-mail is not encrypted. The portal and the app are secure.
---

Thanks!
Owen
""")

# --- 0149 -------------------------------------------------------------------
add(149, "NORMAL", "de", "internal",
    "trap: invitation to a dementia-awareness training for customer-service staff (how to talk to callers with dementia); no case",
    frm=S("zach"), to="Kundenservice Privatkunden <kundenservice-team@wendelstein-vers.example>",
    cc=S("feldhoff"),
    subj="Schulung \"Demenz Partner\" für den Kundenservice - 2 Termine im September",
    date="2026-07-24 10:20", ua="Microsoft Outlook 16.0",
    body="""Liebe Kolleginnen und Kollegen im Kundenservice,

immer öfter rufen bei uns Menschen an, die an einer Demenz erkrankt sind, oder deren Angehörige. Die Deutsche Alzheimer Gesellschaft bietet dafür die 90-minütige Schulung "Demenz Partner" an, die wir bei uns im Haus durchführen.

Inhalte:
- Was ist Demenz, welche Formen gibt es, wie zeigt sie sich am Telefon?
- Wie spreche ich mit jemandem, der sich nicht mehr gut erinnern kann - ohne ihn bloßzustellen?
- Was tun, wenn jemand immer wieder dasselbe fragt oder Vertragsänderungen wünscht, die er offensichtlich nicht versteht?
- Wann und wie beziehen wir Bevollmächtigte oder Betreuer ein?

Termine: Dienstag, 08.09., 14:00-15:30 und Donnerstag, 17.09., 9:00-10:30, Schulungsraum 0.14.
Anmeldung bei mir; 20 Plätze pro Termin.

""" + SIG["zach"])

# --- 0150 -------------------------------------------------------------------
add(150, "NORMAL", "en", "insurer-to-partner",
    "trap: conference abstract on mental-health trends in disability claims (ICD chapter F share, age bands); aggregates only",
    frm=S("mairhofer"), to="Programme committee - European Actuarial Health Forum <abstracts@eahf-conference.example>",
    subj="Abstract submission: \"Mental disorders in German disability claims 2015-2025\"",
    date="2026-07-27 17:10", ua="Thunderbird/128.6.0",
    body="""Dear programme committee,

please find below our abstract for the session "Disability and income protection" of the European Actuarial Health Forum 2026 in Ljubljana.

Title: Mental disorders in German disability claims 2015-2025 - what changed and what it means for pricing

Authors: Dr. Christoph Mairhofer, Hannah Lindqvist (Wendelstein Versicherung a.G., Rosenheim)

Abstract:
Using an anonymised portfolio of about 210,000 disability policies, we analyse new claims from 2015 to 2025 by cause (ICD-10 chapter), age band and occupation class. The share of mental and behavioural disorders (chapter F) rose from 29 % to 38 % of new claims, with the largest increase among insured persons aged 25-39 and in teaching and social professions. Recovery within 24 months is lower for F-diagnoses (14 %) than for musculoskeletal disorders (27 %). We discuss the effect on incidence assumptions, the role of early intervention programmes and the limits of the data (no cells below 10 claims are reported).

Presenter: Dr. Christoph Mairhofer. We would prefer a slot on 30 September.

Best regards
Christoph Mairhofer
Actuarial Department Life/Health
Wendelstein Versicherung a.G.
""" + FOOT_EN)


# ===========================================================================
# Writing and checking
# ===========================================================================

def write_corpus(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for m in sorted(MAILS, key=lambda x: x["n"]):
        name = f"{PREFIX}{m['n']:04d}.eml"
        msg = build(m["kw"], m["n"])
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(outdir, "mails", name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, m["label"], m["lang"], m["kind"], m["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "IE": 22, "NL": 18, "FR": 27, "ES": 24, "CH": 21, "IT": 27, "BE": 16, "PL": 28}
# IBANs that are wrong on purpose (a customer's typo the insurer points out)
IBAN_INVALID_ON_PURPOSE = {"DE31701500000798444385"}


def iban_ok(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def find_ibans(text):
    found = []
    for mo in re.finditer(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})", text):
        cc = mo.group(1)
        if cc not in IBAN_LEN:
            continue
        raw = (mo.group(0)).replace(" ", "")
        cand = raw[:IBAN_LEN[cc]]
        if set(cand[2:]) == {"0"}:
            continue  # placeholder such as DE00 0000 0000 0000 0000 00
        if len(cand) == IBAN_LEN[cc] and cand[4:].replace("*", "").isalnum() and "*" not in cand:
            found.append(cand)
    return found


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    xr = data[sx:].split(b"trailer")[0].split(b"\n")
    count = int(xr[1].split()[1])
    for i in range(1, count):
        off = int(xr[2 + i].split()[0])
        assert data[off:].startswith(f"{i} 0 obj".encode()), f"xref offset of object {i} wrong"
    texts = []
    for mo in re.finditer(rb"<< /Length (\d+) /Filter /FlateDecode >>\nstream\n", data):
        ln = int(mo.group(1))
        raw = zlib.decompress(data[mo.end():mo.end() + ln]).decode("latin-1")
        for s in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(r"\\([0-7]{3})", lambda x: chr(int(x.group(1), 8)), s)
            s = re.sub(r"\\(.)", r"\1", s)
            texts.append(s.encode("latin-1").decode("cp1252"))
    text = "\n".join(texts)
    assert text.strip(), "PDF has no text layer"
    return text


def office_text(name, data):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, f"{name}: bad ZIP member"
    names = z.namelist()
    low = name.lower()
    need = {".docx": ["[Content_Types].xml", "word/document.xml"],
            ".xlsx": ["[Content_Types].xml", "xl/workbook.xml"],
            ".odt": ["mimetype", "content.xml"], ".ods": ["mimetype", "content.xml"]}
    for ext, req in need.items():
        if low.endswith(ext):
            for r in req:
                assert r in names, f"{name}: {r} missing"
            if ext in (".odt", ".ods"):
                assert names[0] == "mimetype", f"{name}: mimetype not first"
    out = []
    for n in names:
        b = z.read(n)
        if n.endswith((".xml", ".rels")):
            root = ET.fromstring(b)
            out.append(" ".join(t for t in root.itertext()))
        elif n.lower().endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            out.append(office_text(n, b))
        elif n.lower().endswith(".pdf"):
            out.append(pdf_text(b))
        elif n.lower().endswith((".csv", ".txt")):
            out.append(b.decode("utf-8") if not n.lower().endswith("_win.csv") else b.decode("cp1252"))
        elif n.lower().endswith(".ics"):
            t = b.decode("utf-8")
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, f"{n}: not a calendar"
            out.append(t)
        elif n.lower().endswith(".eml"):
            check_message(BytesParser(policy=policy.default).parsebytes(b), n, out)
    return "\n".join(out)


def check_message(msg, name, texts):
    for part in msg.walk():
        assert not part.defects, f"{name}: MIME defects {part.defects}"
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            t = payload.decode(cs)  # strict
            if ct == "text/calendar" or fn.endswith(".ics"):
                assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, f"{name}: ICS incomplete"
            texts.append(t)
        elif fn.endswith(".pdf") or ct == "application/pdf":
            texts.append(pdf_text(payload))
        elif fn.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            texts.append(office_text(fn, payload))
        else:
            raise AssertionError(f"{name}: unchecked attachment {ct} {fn}")


def check_dir(d):
    problems = []
    with open(os.path.join(d, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels.tsv header"
    rows = [l.split("\t") for l in lines[1:] if l]
    assert len(rows) == 150, f"{len(rows)} rows"
    seen_ids = set()
    stats = {}
    for i, r in enumerate(rows, 1):
        assert len(r) == 5, f"row {i}: {len(r)} columns"
        fn, label, lang, kind, reason = r
        assert fn == f"{PREFIX}{i:04d}.eml", fn
        assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
        assert lang in ("de", "en"), lang
        assert reason.strip() and "\r" not in reason, fn
        if reason.startswith("trap:"):
            assert label == "NORMAL", f"{fn}: trap but not NORMAL"
        stats[(label, lang)] = stats.get((label, lang), 0) + 1
        data = open(os.path.join(d, "mails", fn), "rb").read()
        try:
            assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
            assert b"\r" not in data.replace(b"\r\n", b""), "bare CR"
            assert max(len(l) for l in data.split(b"\r\n")) <= 998, "line too long"
            msg = BytesParser(policy=policy.default).parsebytes(data)
            mid = msg["Message-ID"]
            assert mid and mid not in seen_ids, "Message-ID missing or duplicate"
            seen_ids.add(mid)
            assert msg["Date"].datetime.year == 2026, "date not in 2026"
            for h in ("From", "To", "Subject", "Date"):
                assert msg[h], f"{h} missing"
            hosts = re.findall(r"@([A-Za-z0-9.-]+)", str(msg["From"]) + str(msg["To"]) + str(msg.get("Cc", "")))
            for h in hosts:
                assert h.endswith(".example"), f"host {h}"
            texts = []
            check_message(msg, fn, texts)
            alltext = "\n".join(texts)
            for h in re.findall(r"(?:https?://|@)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", alltext):
                if not h.endswith(".example") and not re.match(r"^[\d.]+$", h):
                    raise AssertionError(f"host not .example: {h}")
            for ib in find_ibans(alltext):
                if ib not in IBAN_INVALID_ON_PURPOSE:
                    assert iban_ok(ib), f"invalid IBAN {ib}"
        except AssertionError as e:
            problems.append(f"{fn}: {e}")
        except Exception as e:  # noqa
            problems.append(f"{fn}: {type(e).__name__}: {e}")
    return problems, stats


def main():
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            write_corpus(tmp)
            diffs = []
            for sub in ("labels.tsv",):
                if open(os.path.join(tmp, sub), "rb").read() != open(os.path.join(HERE, sub), "rb").read():
                    diffs.append(sub)
            built = sorted(os.listdir(os.path.join(tmp, "mails")))
            have = sorted(os.listdir(os.path.join(HERE, "mails")))
            if built != have:
                diffs.append("mail file list differs")
            for fn in built:
                p = os.path.join(HERE, "mails", fn)
                if not os.path.exists(p) or open(p, "rb").read() != open(os.path.join(tmp, "mails", fn), "rb").read():
                    diffs.append(fn)
            problems, stats = check_dir(HERE)
        if diffs:
            print("NOT byte-identical after rebuild:", ", ".join(diffs[:20]))
        for p in problems:
            print("PROBLEM", p)
        labels = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
        print(f"{'label':24}{'de':>5}{'en':>5}{'total':>7}")
        for lab in labels:
            de, en = stats.get((lab, "de"), 0), stats.get((lab, "en"), 0)
            print(f"{lab:24}{de:5}{en:5}{de + en:7}")
        tde = sum(v for (l, g), v in stats.items() if g == "de")
        ten = sum(v for (l, g), v in stats.items() if g == "en")
        print(f"{'total':24}{tde:5}{ten:5}{tde + ten:7}")
        ok = not diffs and not problems
        print("CHECK OK" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    write_corpus(HERE)
    print(f"wrote {len(MAILS)} mails to {os.path.join(HERE, 'mails')}")


if __name__ == "__main__":
    main()
