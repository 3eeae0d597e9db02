#!/usr/bin/env python3
"""Independent labelled mail corpus dev186 for Siegel (issue 14).

Writes mails/d186-NNNN.eml and labels.tsv next to this file.
Standard library only, deterministic.

    python3 make_corpus.py           # (re)build mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuild in a temp folder, compare byte by byte,
                                     # parse every mail, open every attachment

The invented world: Weserbogen Versicherungsgruppe, Minden (Westf.), domain
weserbogen-vg.example. All persons, numbers, addresses and IBANs are fictitious.
Every mail in the MAILS section was written on its own; only the staff
signatures and the legal footer are shared.
"""

import datetime
import hashlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d186-"
DOM = "weserbogen-vg.example"
MAILHOST = "mx1." + DOM

# ---------------------------------------------------------------------------
# time: March 2026, CET until 29 March 02:00, CEST after
# ---------------------------------------------------------------------------

def when(day, hh, mm, ss=0):
    off = 2 if day >= 29 else 1
    return datetime.datetime(2026, 3, day, hh, mm, ss,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


# ---------------------------------------------------------------------------
# attachment builders (standard library only)
# ---------------------------------------------------------------------------

def _zinfo(name, dt=(2026, 3, 2, 9, 0, 0), stored=False):
    zi = zipfile.ZipInfo(name, date_time=dt)
    zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zi.create_system = 3
    return zi


def make_zip(members, dt=(2026, 3, 2, 9, 0, 0)):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            z.writestr(_zinfo(name, dt), data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _core(author, title, iso="2026-03-02T09:00:00Z"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified>'
            '</cp:coreProperties>')


def docx(blocks, author="Weserbogen", title="", dt=(2026, 3, 2, 9, 0, 0)):
    """blocks: str (paragraph), ('h', text), ('b', text) or ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], True, 28))
        elif b[0] == "b":
            body.append(para(b[1], True))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para(c)}</w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>' + "".join(rows) + "</w:tbl>")
            body.append(para(""))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W}><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
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
    return make_zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                     ("word/document.xml", doc.encode()),
                     ("docProps/core.xml", _core(author, title).encode())], dt)


def xlsx(sheets, author="Weserbogen", title="", dt=(2026, 3, 2, 9, 0, 0)):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>' + "".join(xr) + '</sheetData></worksheet>')
        files.append((f"xl/worksheets/sheet{i}.xml", ws.encode()))
        wb_sheets.append(f'<sheet name="{_x(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>' + "".join(wb_sheets) + '</sheets></workbook>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(ct_over) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(wb_rels) + '</Relationships>')
    return make_zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                     ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                     ("xl/styles.xml", styles.encode())] + files +
                    [("docProps/core.xml", _core(author, title).encode())], dt)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mime, body_xml, author, title, dt):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS}><office:body>{body_xml}</office:body></office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS}><office:meta><dc:title>{_x(title)}</dc:title>'
            f'<dc:creator>{_x(author)}</dc:creator><meta:creation-date>2026-03-02T09:00:00</meta:creation-date>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(_zinfo("mimetype", dt, stored=True), mime.encode())
        z.writestr(_zinfo("content.xml", dt), content.encode())
        z.writestr(_zinfo("meta.xml", dt), meta.encode())
        z.writestr(_zinfo("META-INF/manifest.xml", dt), manifest.encode())
    return buf.getvalue()


def _odf_table(name, rows):
    out = [f'<table:table table:name="{_x(name)}">']
    for row in rows:
        out.append("<table:table-row>")
        for v in row:
            if v is None or v == "":
                out.append("<table:table-cell/>")
            elif isinstance(v, (int, float)):
                out.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                out.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def odt(blocks, author="Weserbogen", title="", dt=(2026, 3, 2, 9, 0, 0)):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(f"<text:p>{_x(b)}</text:p>")
        elif b[0] in ("h", "b"):
            parts.append(f'<text:h text:outline-level="{1 if b[0] == "h" else 2}">{_x(b[1])}</text:h>')
        elif b[0] == "table":
            parts.append(_odf_table("Tabelle1", b[1]))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join(parts) + "</office:text>", author, title, dt)


def ods(sheets, author="Weserbogen", title="", dt=(2026, 3, 2, 9, 0, 0)):
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(_odf_table(n, r) for n, r in sheets) + "</office:spreadsheet>",
                author, title, dt)


_TRANSLIT = str.maketrans({"ğ": "g", "Ğ": "G", "ş": "s", "Ş": "S", "ı": "i", "İ": "I", "ł": "l",
                           "Ł": "L", "ą": "a", "ę": "e", "ć": "c", "ń": "n", "ś": "s", "ź": "z",
                           "ż": "z", "č": "c", "ř": "r", "ě": "e", "–": "-", "→": "->", "≤": "<=",
                           "≥": ">=", "ő": "o", "ű": "u", "Ż": "Z", "Ś": "S", "ț": "t", "ă": "a"})


def _pdfstr(s):
    b = s.translate(_TRANSLIT).encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="", author="Weserbogen Versicherungsgruppe", date="20260302090000", width=92,
        compress=True):
    """lines: list of str. '# ' = bold heading, '## ' = bold line, '' = blank line.
    Long lines are wrapped; pages are filled with 54 lines each."""
    flat = []
    for ln in lines:
        if ln.startswith("# "):
            flat.append(("H", ln[2:]))
        elif ln.startswith("## "):
            flat.append(("B", ln[3:]))
        elif not ln:
            flat.append(("N", ""))
        else:
            ind = len(ln) - len(ln.lstrip(" "))
            for w in textwrap.wrap(ln, width - ind) or [""]:
                flat.append(("N", " " * ind + w))
    pages = [flat[i:i + 54] for i in range(0, len(flat), 54)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info_id = 5
    objs[5] = (b"<< /Title (" + _pdfstr(title) + b") /Author (" + _pdfstr(author) +
               b") /Producer (Weserbogen Dokumentenservice 4.2) /CreationDate (D:" + date.encode() +
               b"+01'00') >>")
    kids = []
    nxt = 6
    for pno, page in enumerate(pages, 1):
        ops = [b"BT", b"56 790 Td"]
        first = True
        for kind, text in page:
            if not first:
                ops.append(b"0 -14 Td")
            first = False
            if kind == "H":
                ops.append(b"/F2 12 Tf (" + _pdfstr(text) + b") Tj")
            elif kind == "B":
                ops.append(b"/F2 10 Tf (" + _pdfstr(text) + b") Tj")
            else:
                ops.append(b"/F1 10 Tf (" + _pdfstr(text) + b") Tj")
        ops.append(b"ET")
        if len(pages) > 1:
            ops += [b"BT /F1 8 Tf 500 30 Td (Seite " + str(pno).encode() + b"/" +
                    str(len(pages)).encode() + b") Tj ET"]
        raw = b"\n".join(ops)
        if compress:
            data = zlib.compress(raw, 9)
            stream = b"<< /Length " + str(len(data)).encode() + b" /Filter /FlateDecode >>\nstream\n" + data + b"\nendstream"
        else:
            stream = b"<< /Length " + str(len(raw)).encode() + b" >>\nstream\n" + raw + b"\nendstream"
        pid, cid = nxt, nxt + 1
        nxt += 2
        objs[cid] = stream
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                     + str(cid).encode() + b" 0 R >>")
        kids.append(pid)
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(str(k).encode() + b" 0 R" for k in kids) +
               b"] /Count " + str(len(kids)).encode() + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, nxt):
        offs[i] = len(out)
        out += str(i).encode() + b" 0 obj\n" + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(nxt).encode() + b"\n0000000000 65535 f \n"
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offs[i]
    out += (b"trailer\n<< /Size " + str(nxt).encode() + b" /Root 1 0 R /Info " + str(info_id).encode() +
            b" 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


def csv_bytes(rows, sep=";", enc="utf-8", bom=False):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    txt = "\r\n".join(sep.join(cell(c) for c in r) for r in rows) + "\r\n"
    b = txt.encode(enc)
    return (b"\xef\xbb\xbf" + b) if bom else b


def ics(uid, start, end, summary, location="", description="", organizer="", attendees=(),
        method="REQUEST", stamp="20260302T080000Z", tz="Europe/Berlin"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}", f"SUMMARY:{esc(summary)}"]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


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
    "xls-csv": ("application", "vnd.ms-excel"),
}


# ---------------------------------------------------------------------------
# people and signatures (the same person always signs the same way)
# ---------------------------------------------------------------------------

FOOT_DE = """\
--
Weserbogen Versicherungsgruppe
Weserbogen Allgemeine Versicherung AG | Weserbogen Lebensversicherung AG |
Weserbogen Krankenversicherung a.G.
Glacisweg 40, 32423 Minden | www.weserbogen-vg.example
Vorsitzender des Aufsichtsrats: Dr. Ulrich Nottmeier | Vorstand: Karin Schwietert (Vors.),
Dr. Bernd Ahlemeyer, Tobias Frerking | Sitz Minden, Amtsgericht Bad Oeynhausen HRB 41187"""

FOOT_EN = """\
--
Weserbogen Versicherungsgruppe | Glacisweg 40 | 32423 Minden | Germany
www.weserbogen-vg.example
Registered office Minden, Local Court Bad Oeynhausen HRB 41187.
Board: Karin Schwietert (CEO), Dr. Bernd Ahlemeyer, Tobias Frerking"""

STAFF = {
    # key: (display name, local part, signature block)
    "osterkamp": ("Dr. Henrike Osterkamp", "henrike.osterkamp",
                  "Dr. Henrike Osterkamp\nLeistungsprüfung Krankenversicherung\nTel. 0571 9386-4112"),
    "riechers": ("Malte Riechers", "malte.riechers",
                 "Malte Riechers\nKraftfahrt-Schaden\nTelefon 0571 9386-2231 | Fax -2299"),
    "aydogan": ("Sevgi Aydoğan", "sevgi.aydogan",
                "Sevgi Aydoğan\nKundenservice Leben & Berufsunfähigkeit\n0571 9386-3170"),
    "poeppelmann": ("Jonas Pöppelmann", "jonas.poeppelmann",
                    "Jonas Pöppelmann\nMaklerbetreuung Nord-West\nMobil 0171 5520934 | Büro 0571 9386-1408"),
    "wienholt": ("Clara Wienholt", "clara.wienholt",
                 "Clara Wienholt\nDatenschutzbeauftragte der Weserbogen Versicherungsgruppe\ndatenschutz@weserbogen-vg.example | 0571 9386-1010"),
    "kluge": ("Friedemann Kluge", "friedemann.kluge",
              "Friedemann Kluge\nIT-Service, Team Messaging & Gateways\n-1777"),
    "vahrenhorst": ("Imke Vahrenhorst", "imke.vahrenhorst",
                    "Imke Vahrenhorst\nSchadenregulierung Sach / Privatkunden\nTel. 0571 9386-2540"),
    "nwosu": ("Raphael Nwosu", "raphael.nwosu",
              "Raphael Nwosu\nHead of Reinsurance & International Relations\n+49 571 9386-1620"),
    "steinmeier": ("Annika Steinmeier", "annika.steinmeier",
                   "Annika Steinmeier\nPersonalabteilung / HR Services\n0571 9386-1150"),
    "toelke": ("Benedikt Tölke", "benedikt.toelke",
               "Benedikt Tölke\nZentraler Einkauf\nTel. 0571 9386-1290"),
    "kaczmarek": ("Ewa Kaczmarek", "ewa.kaczmarek",
                  "Ewa Kaczmarek\nLeistungsservice Pflege\n0571 9386-4350"),
    "habighorst": ("Dr. med. Lorenz Habighorst", "lorenz.habighorst",
                   "Dr. med. Lorenz Habighorst\nFacharzt für Innere Medizin, Beratungsarzt\nWeserbogen Lebensversicherung AG / Krankenversicherung a.G."),
    "brueggemann": ("Theresa Brüggemann", "theresa.brueggemann",
                    "Theresa Brüggemann\nRechtsschutz-Schadenservice\nTelefon 0571 9386-2810"),
    "sandkamp": ("Oliver Sandkamp", "oliver.sandkamp",
                 "Oliver Sandkamp\nFirmenkunden Underwriting Haftpflicht & Sach\n0571 9386-1860 | mobil 0160 7734102"),
    "eickhoff": ("Nadine Eickhoff", "nadine.eickhoff",
                 "Nadine Eickhoff\nUnternehmenskommunikation\npresse@weserbogen-vg.example | 0571 9386-1001"),
    "asante": ("Kwame Asante-Lohmeyer", "kwame.asante-lohmeyer",
               "Kwame Asante-Lohmeyer\nWeserbogen Travel Assist (24/7: +49 571 9386-7000)"),
    "hartkopf": ("Lisa Hartkopf", "lisa.hartkopf",
                 "Lisa Hartkopf\nRisikoprüfung Leben / BU\nDurchwahl -3320"),
    "dreyer": ("Mirko Dreyer", "mirko.dreyer",
               "Mirko Dreyer\nUnfall-Leistung\n0571 9386-3455"),
    "schonebeck": ("Petra Schonebeck", "petra.schonebeck",
                   "Petra Schonebeck\nHaftpflicht-Schaden\nTel. 0571 9386-2620"),
    "demirtas": ("Yusuf Demirtaş", "yusuf.demirtas",
                 "Yusuf Demirtaş\nFirmenkunden Leben / bAV\nTel. 0571 9386-3610"),
    "luedeking": ("Greta Lüdeking", "greta.luedeking",
                  "Greta Lüdeking\nForderungsmanagement\n0571 9386-1530"),
    "bloemker": ("Hannes Blömker", "hannes.bloemker",
                 "Hannes Blömker\nVorstandsbüro"),
    "marchetti": ("Sophie Marchetti", "sophie.marchetti",
                  "Sophie Marchetti\nInternational Health Claims\n+49 571 9386-4190"),
    "wiebking": ("Jan-Ole Wiebking", "jan-ole.wiebking",
                 "Jan-Ole Wiebking\nAktuariat Leben/Kranken\n-3905"),
    "rehling": ("Sandra Rehling", "sandra.rehling",
                "Sandra Rehling\nFacility Management\nTel. 0571 9386-1330, mobil 0152 38841907"),
}


def who(k):
    name, local, _ = STAFF[k]
    return f"{name} <{local}@{DOM}>"


def addr(k):
    return f"{STAFF[k][1]}@{DOM}"


def sig(k, foot="de"):
    s = STAFF[k][2]
    if foot == "de":
        return s + "\n\n" + FOOT_DE
    if foot == "en":
        return s + "\n\n" + FOOT_EN
    return s


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

MAILS = []   # list of dicts


def M(key, label, lang, kind, reason, **kw):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), key
    assert lang in ("de", "en", "mixed"), key
    assert "\t" not in reason and "\n" not in reason, key
    assert key not in {m["key"] for m in MAILS}, key
    MAILS.append(dict(key=key, label=label, lang=lang, kind=kind, reason=reason, kw=kw))


def build(kw, key):
    """Builds an EmailMessage from keyword arguments.

    frm, to, subj, date (datetime), body (plain), html, cc, bcc-less.
    charset, cte, flowed, att: list of (filename, ext, bytes) or ('rfc822', EmailMessage),
    headers: extra headers, irt: in-reply-to message id, xmailer."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = kw["frm"]
    m["To"] = kw["to"]
    if kw.get("cc"):
        m["Cc"] = kw["cc"]
    if kw.get("reply_to"):
        m["Reply-To"] = kw["reply_to"]
    m["Subject"] = kw["subj"]
    m["Date"] = format_datetime(kw["date"])
    h = hashlib.sha1(("d186/" + key).encode()).hexdigest()
    style = int(h[0], 16) % 3
    if style == 0:
        mid = f"<{h[:8].upper()}{h[8:16].upper()}@EX{h[16:19].upper()}.weserbogen-vg.example>"
    elif style == 1:
        mid = f"<{kw['date'].strftime('%Y%m%d%H%M%S')}.{h[:12]}@{MAILHOST}>"
    else:
        mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{DOM}>"
    m["Message-ID"] = mid
    if kw.get("irt"):
        m["In-Reply-To"] = kw["irt"]
        m["References"] = kw.get("refs", kw["irt"])
    for hk, hv in kw.get("headers", ()):
        m[hk] = hv
    if kw.get("xmailer"):
        m["X-Mailer"] = kw["xmailer"]
    charset = kw.get("charset", "utf-8")
    cte = kw.get("cte", "quoted-printable")
    body = kw.get("body")
    html = kw.get("html")
    if body is not None:
        text = body.strip("\n") + "\n"
        m.set_content(text, charset=charset, cte=cte)
        if kw.get("flowed"):
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=kw.get("html_cte", "quoted-printable"))
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in kw.get("att", ()):
        if a[0] == "rfc822":
            m.add_attachment(a[1])
            continue
        fn, ext, data = a[:3]
        mt, st = MT[ext]
        if mt == "text" or ext == "xls-csv":
            part_cs = a[3] if len(a) > 3 else "utf-8"
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn,
                             cte=(a[4] if len(a) > 4 else "base64"))
            if part_cs and mt == "text":
                m.get_payload()[-1].set_param("charset", part_cs)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"_{i:03d}_{h[20:36]}_=")
    return m


def inner(frm, to, subj, date, body, html=None, cc=None, charset="utf-8", mid=None, att=()):
    """A forwarded message (for message/rfc822 attachments)."""
    kw = dict(frm=frm, to=to, subj=subj, date=date, body=body, html=html, cc=cc, charset=charset, att=att)
    m = build(kw, "inner/" + subj + format_datetime(date))
    if mid:
        m.replace_header("Message-ID", mid)
    return m


def serialize(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP, mangle_from_=False).flatten(m)
    return buf.getvalue()


# ===========================================================================
# MAILS
# ===========================================================================
# --- NORMAL, part 1 -------------------------------------------------------

M("N01", "NORMAL", "de", "internal",
  "trap: IT ticket about a scanner that skews 'Arztrechnungen' in the mail room; no person, no document content",
  frm=who("kluge"), to="poststelle@weserbogen-vg.example",
  cc="it-service@weserbogen-vg.example",
  subj="Ticket #IT-2026-03117: Scanstraße 2 zieht Arztrechnungen schief ein",
  date=when(2, 8, 41),
  body=f"""Moin zusammen,

zu eurem Ticket von Freitag: Wir haben uns die Scanstraße 2 (Kodak i4850) heute früh
angesehen. Die Einzugsrollen sind ziemlich runter, deshalb werden vor allem die dünnen
Arztrechnungen und Rezeptkopien schief eingezogen und die Texterkennung bricht dann bei
der Belegart-Zuordnung ab ("Belegtyp unbekannt" im Eingangskorb KV).

Was wir gemacht haben:
- Rollensatz getauscht (Ersatzteil war noch im Lager, Inv.-Nr. 88-4410)
- Doppeleinzugserkennung wieder auf "Ultraschall" gestellt
- Testlauf mit 200 Blatt Leerpapier und 50 Blatt Musterbelegen aus dem Schulungsordner: ok

Bitte die Stapel vom Freitagnachmittag, die in der Ausnahmequeue hängen, einfach noch
einmal durchlaufen lassen. Die Originale liegen ja noch bei euch in der Kiste.

Falls es wieder auftritt, bitte direkt im Ticket melden, nicht per Telefon an mich - ich
bin ab Mittwoch zwei Tage in Bielefeld beim Dienstleister.

Gruß
{sig("kluge", None)}""")

M("N02", "NORMAL", "de", "newsletter",
  "trap: customer newsletter about dental supplement and storm season, product table with premiums by age band; no person",
  frm="Weserbogen Kundenbrief <newsletter@weserbogen-vg.example>",
  to="kundenbrief-maerz@lists.weserbogen-vg.example",
  subj="Weserbogen Kundenbrief März: Frühjahrsputz für Ihren Versicherungsschutz",
  date=when(3, 6, 30),
  headers=[("List-Unsubscribe", "<https://www.weserbogen-vg.example/newsletter/abmelden>"),
           ("Precedence", "bulk")],
  body="""Weserbogen Kundenbrief - März 2026

Liebe Leserinnen und Leser,

der Frühling kommt, und mit ihm die ersten Stürme. Drei Themen in dieser Ausgabe:

1. Sturmsaison: Was Ihre Wohngebäudeversicherung zahlt
Ab Windstärke 8 spricht man versicherungstechnisch von Sturm. Abgedeckte Dachziegel,
umgestürzte Bäume auf dem Carport, eingedrückte Fenster - all das ist in der
Wohngebäudeversicherung mitversichert. Fotografieren Sie Schäden, bevor Sie aufräumen.

2. Neu: ZahnPlus 90
Zahnersatz ist teuer. Unser neuer Tarif ZahnPlus 90 erstattet 90 % für Implantate,
Kronen und Brücken, inklusive professioneller Zahnreinigung bis 150 EUR im Jahr.

   Eintrittsalter   Monatsbeitrag
   bis 20           6,90 EUR
   21-40            14,40 EUR
   41-55            22,80 EUR
   ab 56            31,50 EUR

3. Reisezeit
Denken Sie vor Ostern an eine Auslandsreise-Krankenversicherung. Die gesetzliche
Krankenversicherung zahlt außerhalb Europas in der Regel nichts.

Ihr Weserbogen-Team

Sie erhalten diesen Kundenbrief, weil Sie ihn auf www.weserbogen-vg.example bestellt
haben. Abmelden: https://www.weserbogen-vg.example/newsletter/abmelden""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#1d4e6b">Weserbogen Kundenbrief &ndash; M&auml;rz 2026</h2>
<p>Liebe Leserinnen und Leser,</p>
<p>der Fr&uuml;hling kommt, und mit ihm die ersten St&uuml;rme. Drei Themen in dieser Ausgabe:</p>
<h3>1. Sturmsaison: Was Ihre Wohngeb&auml;udeversicherung zahlt</h3>
<p>Ab Windst&auml;rke 8 spricht man versicherungstechnisch von Sturm. Abgedeckte Dachziegel,
umgest&uuml;rzte B&auml;ume auf dem Carport, eingedr&uuml;ckte Fenster &ndash; all das ist in der
Wohngeb&auml;udeversicherung mitversichert. Fotografieren Sie Sch&auml;den, bevor Sie aufr&auml;umen.</p>
<h3>2. Neu: ZahnPlus 90</h3>
<p>Zahnersatz ist teuer. Unser neuer Tarif ZahnPlus 90 erstattet 90&nbsp;% f&uuml;r Implantate,
Kronen und Br&uuml;cken, inklusive professioneller Zahnreinigung bis 150&nbsp;EUR im Jahr.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dfeaf1"><th>Eintrittsalter</th><th>Monatsbeitrag</th></tr>
<tr><td>bis 20</td><td align="right">6,90 &euro;</td></tr>
<tr><td>21&ndash;40</td><td align="right">14,40 &euro;</td></tr>
<tr><td>41&ndash;55</td><td align="right">22,80 &euro;</td></tr>
<tr><td>ab 56</td><td align="right">31,50 &euro;</td></tr>
</table>
<h3>3. Reisezeit</h3>
<p>Denken Sie vor Ostern an eine Auslandsreise-Krankenversicherung. Die gesetzliche
Krankenversicherung zahlt au&szlig;erhalb Europas in der Regel nichts.</p>
<p>Ihr Weserbogen-Team</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Kundenbrief, weil Sie ihn auf
www.weserbogen-vg.example bestellt haben.
<a href="https://www.weserbogen-vg.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""")

M("N03", "NORMAL", "en", "insurer-to-partner",
  "trap: disability-income incidence by age band and ICD chapter for the reinsurer, aggregate XLSX only; no individual",
  frm=who("nwosu"), to="Ingrid Solberg <ingrid.solberg@nordkap-re.example>",
  cc=who("wiebking"),
  subj="Weserbogen DI quota share - incidence experience 2021-2025 (aggregate)",
  date=when(3, 15, 12),
  body=f"""Dear Ingrid,

as promised in our call on Thursday, please find attached the incidence experience of our
individual disability income (BU) portfolio for the years 2021-2025, split by age band at
claim inception and by ICD-10 chapter of the main cause.

A few remarks before you dive in:

* Exposure is in policy years, claims are counted at the date of recognition, not the
  date of notification. This is different from the 2024 submission, where we used the
  notification date, so the 2021-2023 figures moved slightly.
* Chapter V (mental and behavioural disorders) remains the largest group at 34 % of new
  claims, followed by musculoskeletal (chapter XIII) at 22 % and neoplasms at 15 %.
* Cells with fewer than 5 claims have been merged into "other" - Jan-Ole insisted, and
  he is right.

The actual-to-expected ratio against DAV 1997 I overall is 0.83, which is roughly where we
were in the last renewal. Jan-Ole (copied) can answer any methodology questions.

Kind regards,
Raphael

{sig("nwosu", "en")}""",
  att=[("Weserbogen_BU_incidence_2021-2025_aggregate.xlsx", "xlsx", xlsx([
      ("by age band", [
          ["Age band at inception", "Exposure (policy years)", "New claims", "Incidence per mille", "A/E vs DAV 1997 I"],
          ["18-29", 41220, 38, 0.92, 0.88],
          ["30-39", 68910, 97, 1.41, 0.81],
          ["40-49", 72450, 188, 2.59, 0.79],
          ["50-54", 31880, 149, 4.67, 0.84],
          ["55-59", 24105, 171, 7.09, 0.87],
          ["60-67", 9870, 73, 7.40, 0.91],
          ["Total", 248435, 716, 2.88, 0.83]]),
      ("by ICD chapter", [
          ["ICD-10 chapter", "Description", "New claims", "Share"],
          ["V", "Mental and behavioural disorders (F00-F99)", 243, "34 %"],
          ["XIII", "Musculoskeletal system (M00-M99)", 158, "22 %"],
          ["II", "Neoplasms (C00-D48)", 107, "15 %"],
          ["IX", "Circulatory system (I00-I99)", 64, "9 %"],
          ["VI", "Nervous system (G00-G99)", 50, "7 %"],
          ["XIX", "Injury (S00-T98)", 43, "6 %"],
          ["other", "all chapters with < 5 claims per year merged", 51, "7 %"]])],
      author="Jan-Ole Wiebking", title="BU incidence 2021-2025"))])

M("N04", "NORMAL", "de", "insurer-to-supplier",
  "trap: purchase order for first-aid kits, AED pads and eye-wash stations for the offices; company supplier, no person data",
  frm=who("toelke"), to="Vertrieb <vertrieb@medisan-betriebsbedarf.example>",
  subj="Bestellung 4500018834 - Erste-Hilfe-Material Standorte Minden und Bielefeld",
  date=when(4, 10, 2),
  body=f"""Sehr geehrte Damen und Herren,

anbei unsere Bestellung 4500018834 gemäß Rahmenvertrag RV-2024-017. Bitte liefern Sie an
die beiden in der Bestellung genannten Standorte getrennt und geben Sie auf Lieferschein
und Rechnung unbedingt die Bestellnummer an, sonst kann unsere Kreditorenbuchhaltung die
Rechnung nicht zuordnen.

Liefertermin spätestens KW 13, da am 24.03. die Begehung durch die Berufsgenossenschaft
ansteht.

Mit freundlichen Grüßen
Benedikt Tölke

{sig("toelke")}""",
  att=[("Bestellung_4500018834.pdf", "pdf", pdf([
      "# Bestellung 4500018834",
      "Weserbogen Versicherungsgruppe - Zentraler Einkauf - Glacisweg 40 - 32423 Minden",
      "",
      "Lieferant: MediSan Betriebsbedarf GmbH, Kreuzstraße 7, 33602 Bielefeld",
      "Rahmenvertrag: RV-2024-017          Bestelldatum: 04.03.2026",
      "Lieferbedingung: frei Haus, Lieferung bis KW 13/2026",
      "",
      "## Pos.  Menge  Art.-Nr.     Bezeichnung                                   Einzelpreis",
      "10     14     EH-13157     Verbandkasten DIN 13157, Wandhalterung           39,90 EUR",
      "20      4     EH-13169     Verbandkasten DIN 13169 (groß), Kantine/Technik  64,50 EUR",
      "30      6     AED-PAD-A    Defibrillator-Elektroden Erwachsene, Typ Lifepak 87,00 EUR",
      "40      2     AED-PAD-K    Defibrillator-Elektroden Kinder                 92,00 EUR",
      "50      3     AUG-500      Augenspülstation 2 x 500 ml                     28,40 EUR",
      "60     10     KAE-SOFORT   Sofort-Kältekompressen (10er)                   11,90 EUR",
      "",
      "Lieferadressen:",
      "  Pos. 10 (9 Stk.), 20 (3 Stk.), 30-60: Glacisweg 40, 32423 Minden, Warenannahme Tor 2",
      "  Pos. 10 (5 Stk.), 20 (1 Stk.): Niederwall 18, 33602 Bielefeld, Empfang 1. OG",
      "",
      "Gesamtwert netto: 1.513,40 EUR zzgl. USt.",
      "Zahlungsbedingung: 30 Tage netto gemäß Rahmenvertrag",
      "",
      "Ansprechpartner Einkauf: Benedikt Tölke, 0571 9386-1290",
  ], title="Bestellung 4500018834", author="Benedikt Tölke", date="20260304095800"))])

M("N05", "NORMAL", "de", "internal",
  "trap: minutes of the data-protection jour fixe on health data in claims mail, DOCX; no individual case",
  frm=who("wienholt"),
  to="ds-koordinatoren@weserbogen-vg.example",
  cc=addr("osterkamp") + ", " + addr("kluge"),
  subj="Protokoll Jour fixe Datenschutz 03/2026",
  date=when(4, 16, 47),
  body=f"""Liebe Datenschutzkoordinatorinnen und -koordinatoren,

im Anhang das Protokoll unseres Jour fixe vom 2. März. Bitte bis Freitag Anmerkungen an
mich, danach geht es in die Ablage.

Die beiden Punkte mit Handlungsbedarf für alle:
- TOP 3: Gesundheitsdaten in E-Mails an Leistungserbringer nur noch über das Portal bzw.
  verschlüsselt. Das Gateway macht das ab April automatisch, aber bitte trotzdem keine
  Arztberichte mehr an private Adressen von Kolleginnen weiterleiten (Homeoffice!).
- TOP 5: Löschkonzept Leistungsakten KV - die Fachbereiche melden bis 31.03., welche
  Ablagen auf den Netzlaufwerken noch Altbestände haben.

Danke und viele Grüße
Clara Wienholt

{sig("wienholt", None)}""",
  att=[("Protokoll_JF_Datenschutz_2026-03-02.docx", "docx", docx([
      ("h", "Protokoll Jour fixe Datenschutz"),
      "Datum: 02.03.2026, 10:00-11:30 Uhr, Raum Porta (3.14) und Teams",
      "Teilnehmende: C. Wienholt (Leitung), Dr. H. Osterkamp (KV-Leistung), F. Kluge (IT), "
      "I. Vahrenhorst (Sach), T. Brüggemann (RS), A. Steinmeier (HR), Protokoll: C. Wienholt",
      ("b", "TOP 1 Genehmigung des letzten Protokolls"),
      "Ohne Änderungen genehmigt.",
      ("b", "TOP 2 Meldungen nach Art. 33 DSGVO"),
      "Im Februar keine meldepflichtige Datenschutzverletzung. Zwei Fehlversendungen (Brief an "
      "falsche Adresse, Rückläufer ungeöffnet) wurden intern dokumentiert, Risiko gering.",
      ("b", "TOP 3 E-Mail-Versand von Gesundheitsdaten"),
      "Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen von Leistungserbringern) gehören zu den "
      "besonderen Kategorien nach Art. 9 DSGVO und unterliegen § 203 StGB. Der Versand per "
      "unverschlüsselter E-Mail ist nur mit ausdrücklicher Einwilligung zulässig. Ab 01.04.2026 "
      "klassifiziert das Mail-Gateway ausgehende Mails automatisch und stellt streng vertrauliche "
      "Inhalte in das Portal ein. IT (F. Kluge) schult die Fachbereiche im März.",
      ("b", "TOP 4 Auskunftsersuchen"),
      "Q4/2025: 41 Auskunftsersuchen nach Art. 15 DSGVO, alle fristgerecht beantwortet. "
      "Durchschnittliche Bearbeitungszeit 17 Tage.",
      ("b", "TOP 5 Löschkonzept Leistungsakten KV"),
      "Die Aufbewahrungsfristen sind im Löschkonzept v3 festgelegt (10 Jahre nach Vertragsende "
      "für Leistungsakten). Altbestände auf Netzlaufwerken sind bis 31.03. zu melden.",
      ("table", [["Nr.", "Aufgabe", "Wer", "Bis"],
                 ["1", "Schulung Gateway-Klassifizierung", "Kluge", "27.03.2026"],
                 ["2", "Meldung Altbestände Netzlaufwerke", "alle Fachbereiche", "31.03.2026"],
                 ["3", "Überarbeitung Merkblatt Homeoffice", "Wienholt", "15.04.2026"]]),
      "Nächster Termin: 06.04.2026, 10:00 Uhr."],
      author="Clara Wienholt", title="Protokoll JF Datenschutz"))])

M("N06", "NORMAL", "en", "internal",
  "organisational mail of the travel-assistance team: rota and welcome of a new colleague, no personal data beyond names",
  frm=who("asante"), to="travel-assist-team@weserbogen-vg.example",
  subj="Rota for the Easter weeks + welcome Maja!",
  date=when(5, 9, 15),
  body=f"""Hi all,

two things:

1) Please welcome Maja Thiesbrummel, who joins us on Monday from the customer service centre
in Bielefeld. Maja speaks German, English and Polish, which will help a lot with the
Mazury season. She will shadow Nele for the first two weeks.

2) The Easter rota is in the team folder (Teams > Travel Assist > Dienstplan_Ostern.xlsx).
We still have gaps on Good Friday night and Easter Monday early shift. If you can take
one, put your initials in the yellow cells by Wednesday. Usual rule: whoever covers a
holiday night gets first choice for the summer.

Reminder: the new assistance partner in Spain goes live on 1 April, the escalation numbers
change then. I'll send the updated cheat sheet next week.

Cheers
Kwame

{sig("asante", None)}""")

M("N07", "NORMAL", "de", "insurer-to-supplier",
  "trap: water damage in the dialysis centre leased in the insurer's own building, order to plumber/dryer; a company tenant, no patient data",
  frm=who("rehling"), to="Notdienst <auftrag@trockenbau-kemena.example>",
  cc="Praxismanagement <verwaltung@dialyse-weserufer.example>",
  subj="Eilauftrag: Wasserschaden EG Glacisweg 44 (Dialysezentrum), Trocknung",
  date=when(5, 7, 12),
  body=f"""Guten Morgen Herr Kemena,

wie eben telefonisch besprochen der schriftliche Auftrag:

Objekt: Glacisweg 44, 32423 Minden (Eigentum Weserbogen Allgemeine Versicherung AG)
Mieter EG: Dialysezentrum Weserufer MVZ GmbH
Schaden: Leitungswasser aus geplatzter Zuleitung im Technikraum 1. OG, Wasser durch die
Decke in den Wartebereich und in das Lager für Verbrauchsmaterial des Dialysezentrums.

Bitte heute noch:
1. Leckageortung bestätigen (Haupthahn ist zu, Hausmeister Herr Stüve ist vor Ort)
2. Feuchtemessung Decke/Estrich EG
3. Bautrocknung aufstellen - ACHTUNG: der Behandlungsbereich muss weiterlaufen, die
   Patientinnen und Patienten kommen ab 6:30 Uhr. Geräte nur im Wartebereich und Lager,
   Kabelwege bitte mit der Praxisleitung (Frau Oevermann, cc) abstimmen.

Die Verbrauchsmaterialien im Lager sind Sache des Mieters bzw. seiner Inhaltsversicherung;
bitte nichts entsorgen, bevor deren Versicherer das gesehen hat.

Rechnung bitte an Facility Management, Kostenstelle 7120, Auftrag FM-26-0311.

Danke!
Sandra Rehling

{sig("rehling")}""")

M("N08", "NORMAL", "de", "insurer-to-customer",
  "trap: prospect asks about long-term care supplement; generic product answer, no contract, no health data",
  frm=who("kaczmarek"), to="Gerhild Lampe <g.lampe@posteo.example>",
  subj="AW: Frage zu Pflegezusatzversicherung",
  date=when(5, 14, 36),
  irt="<a81c2e6f-11d2-4c59-bb07-4e1a0c55f3d1@posteo.example>",
  body=f"""Sehr geehrte Frau Lampe,

vielen Dank für Ihre Anfrage über unsere Internetseite. Gerne beantworte ich Ihre Fragen
allgemein; ein persönliches Angebot erstellt Ihnen am besten unsere Beratung vor Ort.

Zu Ihren Punkten:

- Die gesetzliche Pflegeversicherung zahlt nur einen Teil der tatsächlichen Kosten. Je nach
  Pflegegrad bleibt bei stationärer Pflege ein Eigenanteil, der derzeit bundesweit im
  Durchschnitt deutlich über 2.000 Euro im Monat liegt.
- Unser Pflegetagegeld "WeserPflege Flex" zahlt ab Pflegegrad 2 einen vereinbarten
  Tagessatz, unabhängig davon, ob ambulant oder stationär gepflegt wird. Sie entscheiden
  selbst, wofür Sie das Geld verwenden.
- Bei Vertragsabschluss stellen wir einige Gesundheitsfragen. Bereits bestehende
  Pflegebedürftigkeit kann nicht versichert werden.
- Der Beitrag hängt vom Eintrittsalter ab. Je früher, desto günstiger.

Unsere Produktbroschüre habe ich Ihnen als Link beigefügt:
https://www.weserbogen-vg.example/pflege/broschuere-weserpflege-flex.pdf

Wenn Sie möchten, vermittle ich Ihnen einen Termin mit unserer Geschäftsstelle in Minden
oder Lübbecke.

Mit freundlichen Grüßen
Ewa Kaczmarek

{sig("kaczmarek")}

-----Ursprüngliche Nachricht-----
Von: Gerhild Lampe <g.lampe@posteo.example>
Gesendet: Mittwoch, 4. März 2026 19:02
An: info@weserbogen-vg.example
Betreff: Frage zu Pflegezusatzversicherung

Guten Tag, ich interessiere mich für eine Pflegezusatzversicherung. Was zahlt denn die
gesetzliche überhaupt und lohnt sich so etwas noch mit Anfang 50? Bitte zunächst nur
Infomaterial, keine Anrufe.
G. Lampe""")

M("N09", "NORMAL", "en", "newsletter",
  "trap: broker newsletter on the expat health plan: tariff changes, waiting periods and pre-existing-condition rules in general; no person",
  frm="Weserbogen International <international@weserbogen-vg.example>",
  to="intl-broker-news@lists.weserbogen-vg.example",
  subj="Weserbogen Global Health - broker update Q2 2026",
  date=when(6, 8, 0),
  headers=[("List-Unsubscribe", "<mailto:international@weserbogen-vg.example?subject=unsubscribe>")],
  body="""Weserbogen Global Health - broker update Q2 2026

What changes on 1 April 2026

* Area of cover "Worldwide excl. USA": premium adjustment of +4.8 % on average, driven by
  medical inflation in the Gulf states and Singapore.
* Maternity: waiting period reduced from 12 to 10 months in the Premier plan.
* Mental health: outpatient psychotherapy now covered up to 30 sessions per year in all
  plans (previously 20 in Essential).
* Pre-existing conditions: our moratorium underwriting remains available for groups of 5+
  lives. Conditions treated in the 24 months before joining are excluded for the first 24
  months of membership, unless declared and accepted.

Claims turnaround

Average time from complete claim to payment in Q1: 4.2 working days (Q4 2025: 5.1).
Direct billing is now in place with 312 hospitals, including the new partner network in
Portugal.

Webinar

"Moving employees abroad - what HR needs to know", 22 April, 10:00 CET. Register at
https://www.weserbogen-vg.example/international/webinars

Your broker team
Weserbogen International, Minden""",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<h2>Weserbogen Global Health &ndash; broker update Q2 2026</h2>
<h3>What changes on 1 April 2026</h3>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">Topic</th><th align="left">Until 31 March</th><th align="left">From 1 April</th></tr>
<tr><td>Premium, area "Worldwide excl. USA"</td><td>&ndash;</td><td>+4.8&nbsp;% on average</td></tr>
<tr><td>Maternity waiting period (Premier)</td><td>12 months</td><td>10 months</td></tr>
<tr><td>Outpatient psychotherapy (all plans)</td><td>20 sessions (Essential)</td><td>30 sessions</td></tr>
<tr><td>Moratorium underwriting</td><td>groups of 5+</td><td>unchanged</td></tr>
</table>
<p>Pre-existing conditions treated in the 24 months before joining are excluded for the first
24 months of membership, unless declared and accepted.</p>
<h3>Claims turnaround</h3>
<p>Average time from complete claim to payment in Q1: <b>4.2 working days</b> (Q4 2025: 5.1).
Direct billing is now in place with 312 hospitals, including the new partner network in Portugal.</p>
<h3>Webinar</h3>
<p>&quot;Moving employees abroad &ndash; what HR needs to know&quot;, 22 April, 10:00 CET.
<a href="https://www.weserbogen-vg.example/international/webinars">Register here</a></p>
<p>Your broker team<br>Weserbogen International, Minden</p>
</body></html>""")

M("N10", "NORMAL", "de", "internal",
  "trap: draft job advert for a care counsellor (Pflegefachkraft) sent to HR; no applicant, no person data",
  frm=who("kaczmarek"), to=who("steinmeier"),
  subj="Stellenanzeige Pflegeberatung - mein Entwurf",
  date=when(6, 11, 20),
  body=f"""Hallo Annika,

hier mein Textvorschlag für die Pflegeberater-Stelle. Ich habe die Anforderungen aus der
alten Anzeige von 2023 gekürzt, da hatten wir kaum Rückläufe. Gern noch mit Marketing
abstimmen, die Gehaltsspanne habe ich bewusst rausgelassen, das wolltet ihr ja selbst
ergänzen.

----------------------------------------------------------------
Pflegeberaterin / Pflegeberater (m/w/d) nach § 7a SGB XI
Vollzeit oder Teilzeit (ab 30 Std.), Minden, teilweise mobil

Deine Aufgaben
- Du berätst unsere Versicherten und ihre Angehörigen telefonisch und bei Hausbesuchen
  zu Pflegegraden, Hilfsmitteln und Entlastungsleistungen.
- Du erstellst Versorgungspläne und arbeitest mit Pflegediensten, Kliniken und
  Sozialdiensten zusammen.
- Du unterstützt unser Leistungsteam bei fachlichen Fragen.

Das bringst Du mit
- Abgeschlossene Ausbildung als Pflegefachkraft (Alten-, Kranken- oder
  Kinderkrankenpflege) und mehrere Jahre Berufserfahrung
- Weiterbildung zur Pflegeberatung nach § 7a SGB XI oder die Bereitschaft, sie bei uns
  zu machen
- Führerschein Klasse B

Wir bieten
- Keine Schichtdienste, keine Wochenenden
- 30 Tage Urlaub, betriebliche Altersversorgung, Dienstwagen für Hausbesuche
- Betriebliche Krankenversicherung inkl. Zahnzusatz
----------------------------------------------------------------

LG Ewa

{sig("kaczmarek", None)}""")

M("N11", "NORMAL", "en", "insurer-to-partner",
  "trap: answer to an industry survey with aggregated motor and accident claim statistics in CSV; no person",
  frm=who("wiebking"), to="statistics@euro-ins-forum.example",
  subj="RE: EIF survey 2026 - motor & accident frequency data (Weserbogen, DE)",
  date=when(9, 13, 55),
  irt="<survey-2026-0114@euro-ins-forum.example>",
  body=f"""Dear EIF statistics team,

please find our figures for the 2026 frequency survey attached (CSV, semicolon separated as
requested in your template). All figures are portfolio aggregates for calendar year 2025.

Notes:
- "Personal injury claims" in motor TPL are counted once per claim, regardless of the
  number of injured persons.
- Individual accident: the "permanent disability" column counts claims with an invalidity
  payment, not the number of injured limbs.
- We do not write motor business outside Germany, so the cross-border rows are empty.

Best regards
Jan-Ole Wiebking

{sig("wiebking", "en")}

-----Original Message-----
From: EIF Statistics <statistics@euro-ins-forum.example>
Sent: Wednesday, 14 January 2026 10:02
Subject: EIF survey 2026 - motor & accident frequency data

Dear members, please return the attached template by 13 March ...""",
  att=[("EIF_2026_Weserbogen_DE.csv", "csv", csv_bytes([
      ["line", "indicator", "year", "value", "unit"],
      ["motor_tpl", "vehicle_years", "2025", "312840", "count"],
      ["motor_tpl", "claims_total", "2025", "17215", "count"],
      ["motor_tpl", "claims_personal_injury", "2025", "1903", "count"],
      ["motor_tpl", "avg_cost_personal_injury", "2025", "14820", "EUR"],
      ["motor_own_damage", "claims_total", "2025", "28990", "count"],
      ["motor_own_damage", "claims_theft", "2025", "412", "count"],
      ["motor_cross_border", "claims_total", "2025", "", "count"],
      ["accident_individual", "insured_persons", "2025", "188400", "count"],
      ["accident_individual", "claims_total", "2025", "5318", "count"],
      ["accident_individual", "claims_permanent_disability", "2025", "1422", "count"],
      ["accident_individual", "avg_disability_degree", "2025", "11.4", "percent"]]), "utf-8")])

M("N12", "NORMAL", "de", "internal",
  "trap: training invitation (ICS) on the new GOÄ and checking of doctors' invoices; no case data",
  frm=who("osterkamp"), to="leistung-kv@weserbogen-vg.example",
  subj="Einladung Schulung: Neue GOÄ - was ändert sich für die Rechnungsprüfung?",
  date=when(9, 9, 5),
  body=f"""Liebe Kolleginnen und Kollegen,

die neue Gebührenordnung für Ärzte wird uns in diesem Jahr intensiv beschäftigen. Damit wir
vorbereitet sind, biete ich zwei gleiche Termine an (bitte nur einen wahrnehmen):

  Di, 17.03.2026, 13:30-15:30 Uhr, Raum Weser (2.03)
  Do, 26.03.2026, 09:00-11:00 Uhr, Teams

Inhalte:
- Aufbau der neuen GOÄ: Leistungskomplexe statt Einzelziffern
- Wegfall des Steigerungsfaktors - was heißt das für unsere Prüfregeln?
- Analogbewertungen und Übergangsregeln
- Typische Fehler in Rechnungen (anonymisierte Beispiele aus der Praxis)

Die Kalendereinladung für den ersten Termin hängt an; wer am 26. kommt, bitte kurz Bescheid
geben, dann schicke ich die Teams-Einladung.

Viele Grüße
Henrike Osterkamp

{sig("osterkamp", None)}""",
  att=[("Schulung_GOAE_17-03.ics", "ics", ics(
      "goae-schulung-20260317@weserbogen-vg.example", "20260317T133000", "20260317T153000",
      "Schulung Neue GOÄ - Rechnungsprüfung", "Raum Weser (2.03), Glacisweg 40",
      "Schulung für das Team Leistungsprüfung KV. Bitte Laptop mitbringen.",
      addr("osterkamp"), ["leistung-kv@weserbogen-vg.example"]))])

M("N13", "NORMAL", "en", "internal",
  "IT change notice: renewal of the mail gateway's TLS and domain certificates; no personal data",
  frm=who("kluge"), to="it-changes@weserbogen-vg.example",
  cc="servicedesk@weserbogen-vg.example",
  subj="[CHANGE CHG-4471] Renewal of gateway certificates, Sat 14 March 06:00-08:00",
  date=when(9, 16, 30),
  body=f"""Change: CHG-4471
Type: standard change, pre-approved
Window: Saturday, 14 March 2026, 06:00-08:00 CET
Impact: short interruptions (< 2 min) of outbound mail; inbound mail is queued by the MX

What we do
1. Replace the TLS server certificate of mx1/mx2.weserbogen-vg.example (expires 29 March).
2. Renew the S/MIME domain certificate used for gateway-to-gateway encryption with our
   partner domains. The new certificate has the same subject; partner gateways that pin
   the old one must import the new one. Raphael's team informs the reinsurers, broker
   support informs the big broker pools.
3. Publish the new certificate in the portal download area.

Rollback
Old certificates stay in the keystore until 21 March and can be reactivated in 5 minutes.

Test after the change
- outbound TLS to three partner domains (openssl s_client, see runbook RB-MAIL-07)
- S/MIME signed test mail to the test mailbox of Nordkap Re
- portal notification mail to the internal test account

Contact during the window: Friedemann (mobile in the on-call list).

{sig("kluge", None)}""")

M("N14", "NORMAL", "de", "insurer-to-broker",
  "trap: broker information on the new disability tariff and general underwriting guidelines (back pain, psychotherapy); no person",
  frm=who("poeppelmann"), to="Brandhorst Versicherungsmakler <info@brandhorst-makler.example>",
  subj="Neuer BU-Tarif ab 1. April + geänderte Annahmerichtlinien",
  date=when(10, 10, 40),
  body=f"""Hallo Herr Brandhorst, hallo Team,

wie auf dem Maklerstammtisch angekündigt, hier die wichtigsten Punkte zu unserem neuen
BU-Tarif "WeserBU Start" ab 1. April:

* Einsteigertarif für Schüler, Azubis und Studierende bis 30 Jahre, Rente bis 1.500 EUR
  ohne Einkommensnachweis
* vereinfachte Gesundheitsfragen: 5 statt 12 Fragen, Abfragezeitraum 3 Jahre ambulant
* Nachversicherungsgarantie bei Heirat, Geburt eines Kindes, Abschluss der Ausbildung

Annahmerichtlinien - was sich ändert:
- Rückenbeschwerden ohne Behandlung in den letzten 12 Monaten: in der Regel normale Annahme
- abgeschlossene Psychotherapie (bis 25 Sitzungen, Ende mind. 2 Jahre zurück, keine
  Arbeitsunfähigkeit): Einzelfallprüfung, oft ohne Ausschluss
- Heuschnupfen, Brille/Kontaktlinsen, ausgeheilte Knochenbrüche: kein Thema mehr

Wie immer gilt: bei Unsicherheit lieber eine anonyme Risikovoranfrage über das Portal
stellen, Antwort in der Regel in 48 Stunden.

Die Tarifunterlagen und den Rechner finden Sie ab 23.03. im Maklerportal.

Beste Grüße aus Minden
Jonas Pöppelmann

{sig("poeppelmann")}""")

M("N15", "NORMAL", "de", "insurer-to-customer",
  "portal notification without content ('Sie haben eine neue Nachricht'); no data about the contract or case",
  frm="Weserbogen SecureMail <no-reply@securemail.weserbogen-vg.example>",
  to="m.dettmering@gmx.example",
  subj="Neue Nachricht in Ihrem Weserbogen-Postfach",
  date=when(10, 11, 2),
  headers=[("Auto-Submitted", "auto-generated")],
  body="""Guten Tag,

in Ihrem persönlichen Postfach bei der Weserbogen Versicherungsgruppe liegt eine neue
Nachricht für Sie bereit.

Bitte melden Sie sich wie gewohnt an:
https://securemail.weserbogen-vg.example/

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Die Nachricht bleibt 90 Tage
in Ihrem Postfach gespeichert.

Wenn Sie Ihr Passwort vergessen haben, nutzen Sie auf der Anmeldeseite die Funktion
"Passwort vergessen". Wir werden Sie niemals per E-Mail nach Ihrem Passwort fragen.

Ihre Weserbogen Versicherungsgruppe

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#1d4e6b;color:#fff;padding:12px;font-size:18px">Weserbogen SecureMail</td></tr>
<tr><td style="padding:16px">
<p>Guten Tag,</p>
<p>in Ihrem pers&ouml;nlichen Postfach bei der Weserbogen Versicherungsgruppe liegt eine neue Nachricht f&uuml;r Sie bereit.</p>
<p><a href="https://securemail.weserbogen-vg.example/" style="background:#1d4e6b;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p>Aus Sicherheitsgr&uuml;nden enth&auml;lt diese E-Mail keine Inhalte. Die Nachricht bleibt 90 Tage in Ihrem Postfach gespeichert.</p>
<p>Wenn Sie Ihr Passwort vergessen haben, nutzen Sie auf der Anmeldeseite die Funktion &bdquo;Passwort vergessen&ldquo;. Wir werden Sie niemals per E-Mail nach Ihrem Passwort fragen.</p>
<p>Ihre Weserbogen Versicherungsgruppe</p>
<p style="font-size:11px;color:#888">Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table></body></html>""")
# --- NORMAL, part 2 -------------------------------------------------------

M("N16", "NORMAL", "en", "insurer-to-customer",
  "portal registration info: initial password comes by letter; no contract or personal data in the mail",
  frm="Weserbogen SecureMail <no-reply@securemail.weserbogen-vg.example>",
  to="tom.ashworth@outlook.example",
  subj="Your Weserbogen secure mailbox has been set up",
  date=when(10, 15, 48),
  headers=[("Auto-Submitted", "auto-generated")],
  body="""Hello,

a secure mailbox has been set up for you at Weserbogen Versicherungsgruppe. We use it to
send you documents that must not travel by ordinary e-mail.

How to log in for the first time
1. Your initial password will reach you by post within the next few days.
2. Go to https://securemail.weserbogen-vg.example/ and log in with this e-mail address
   and the initial password.
3. Choose your own password and a security question.

The initial password is valid for 30 days. If it has expired, call us on
+49 571 9386-0 and we will send a new one.

Please note: we will never ask for your password by e-mail or phone.

Weserbogen Versicherungsgruppe

This message was generated automatically. Replies to this address are not read.""")

M("N17", "NORMAL", "de", "internal",
  "trap: aggregated statistics on daily sickness allowance durations by diagnosis group (XLSX); no individual",
  frm=who("wiebking"), to=who("osterkamp"),
  cc="produktentwicklung-kv@weserbogen-vg.example",
  subj="Auswertung KTG-Leistungsdauern 2023-2025 nach Diagnosegruppen",
  date=when(11, 8, 17),
  body=f"""Hallo Henrike,

anbei die gewünschte Auswertung für den Produktausschuss. Kurz zusammengefasst:

- Mittlere Leistungsdauer im Krankentagegeld (ab Karenzende) ist von 61 auf 68 Tage
  gestiegen.
- Treiber sind eindeutig die psychischen Erkrankungen (F-Diagnosen): Median 97 Tage,
  das 90%-Quantil liegt bei 290 Tagen.
- Bei Rückenleiden (M50-M54) ist die Dauer praktisch konstant.
- Onkologische Fälle sind selten, aber lang; Zellen unter 10 Fällen habe ich
  zusammengefasst, das Blatt geht ja auch an den Ausschuss.

Datengrundlage: alle abgeschlossenen KTG-Leistungsfälle mit Karenz 43 Tage, Tarife KT43
und KT43plus, Selbstständige und Arbeitnehmer gemischt. Keine Einzelfalldaten in der Datei.

Gruß
Jan-Ole

{sig("wiebking", None)}""",
  att=[("KTG_Leistungsdauern_2023-2025.xlsx", "xlsx", xlsx([
      ("Dauer nach Diagnosegruppe", [
          ["Diagnosegruppe", "ICD-10", "Fälle 2023", "Fälle 2024", "Fälle 2025", "Median Tage", "Mittelwert Tage", "90%-Quantil"],
          ["Psychische Störungen", "F00-F99", 412, 455, 503, 97, 128, 290],
          ["Rücken/Wirbelsäule", "M40-M54", 388, 371, 392, 38, 49, 112],
          ["Gelenke/Arthrose", "M00-M25", 201, 214, 209, 52, 66, 140],
          ["Verletzungen", "S00-T98", 265, 240, 251, 34, 45, 98],
          ["Neubildungen", "C00-D48", 58, 61, 66, 151, 173, 365],
          ["Herz-Kreislauf", "I00-I99", 74, 69, 81, 44, 71, 180],
          ["Sonstige (zusammengefasst)", "", 310, 322, 341, 21, 33, 75]]),
      ("Hinweise", [["Quelle", "Leistungsbestand KV, Stand 28.02.2026"],
                    ["Abgrenzung", "nur abgeschlossene Fälle, Karenz 43 Tage"],
                    ["Datenschutz", "aggregiert, Zellen < 10 zusammengefasst"]])],
      author="Jan-Ole Wiebking", title="KTG Leistungsdauern"))])

M("N18", "NORMAL", "en", "internal",
  "board summary of Q1 large losses, anonymised (commercial fire, storm, motor); no natural person identifiable",
  frm=who("bloemker"), to="vorstand@weserbogen-vg.example",
  cc=who("nwosu") + ", " + who("sandkamp"),
  subj="Board pack 17 March - large loss summary Q1 (as of 10 March)",
  date=when(11, 17, 3),
  body=f"""Dear members of the Board,

for item 4 of Tuesday's meeting, the summary of large losses (gross > EUR 500k) notified
since 1 January. Figures are gross, before reinsurance, and are best estimates of the
claims department as of 10 March.

  #  Line                  Event                                   Region        Reserve
  1  Commercial property   Fire in a food storage warehouse        Kreis Herford 2.40m
  2  Commercial property   Storm "Ylenia II", roof of a logistics   Osnabrück     0.86m
                           hall collapsed
  3  Engineering           Breakdown of a CHP unit, municipal       Minden        0.61m
                           utility
  4  Motor TPL             Multi-vehicle accident A2, one           Bad           0.55m
                           heavy-goods vehicle insured with us      Oeynhausen
  5  Buildings (private)   Storm, accumulation of 1,340 claims     whole region  3.10m
                           (event total)

Net retention after the cat XL and the property risk XL: EUR 3.9m in total, within the
plan for the quarter (EUR 4.5m).

Raphael will comment on recoveries; Oliver on the warehouse fire, where the cause
investigation by the fire brigade's experts is still ongoing.

Kind regards
Hannes

{sig("bloemker", "en")}""")

M("N19", "NORMAL", "de", "insurer-to-supplier",
  "trap: order for secure shredding of archived medical claim files (containers, certificate); no content of files",
  frm=who("toelke"), to="Disposition <dispo@aktenschutz-ostwestfalen.example>",
  cc=who("wienholt"),
  subj="Abruf aus Rahmenvertrag: Vernichtung Leistungsakten KV, Sicherheitsstufe P-4",
  date=when(12, 9, 30),
  body=f"""Sehr geehrte Damen und Herren,

wir rufen aus dem Rahmenvertrag vom 12.01.2025 folgende Leistung ab:

- Abholung von ca. 180 Archivkartons (Leistungsakten Krankenversicherung, Altbestand,
  Aufbewahrungsfrist abgelaufen) aus dem Archiv UG, Glacisweg 40, Minden
- Bereitstellung von 12 verschließbaren Sicherheitsbehältern (240 l) ab 23.03.
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
- Vernichtungsprotokoll mit Wiegeschein je Behälter

Da es sich um Unterlagen mit Gesundheitsdaten handelt, bitten wir um
1. Transport im verplombten Fahrzeug ohne Zwischenlagerung,
2. Nachweis der aktuellen Verpflichtung Ihrer Fahrer auf das Datengeheimnis,
3. Vernichtung am Tag der Abholung.

Unsere Datenschutzbeauftragte, Frau Wienholt (cc), möchte bei der ersten Abholung
kurz dabei sein. Bitte schlagen Sie zwei Termine in KW 14 vor.

Mit freundlichen Grüßen
Benedikt Tölke

{sig("toelke")}""")

M("N20", "NORMAL", "en", "insurer-to-partner",
  "scheduling of the external audit of the claims process with the auditors (ICS); no personal data",
  frm=who("bloemker"), to="Fiona Gallagher <fiona.gallagher@hartwell-audit.example>",
  subj="Audit of the claims process - kick-off 24 March",
  date=when(12, 14, 22),
  body=f"""Dear Fiona,

thank you for the call this morning. As agreed, the kick-off for the review of our claims
handling process will take place on Tuesday, 24 March, 10:00-12:00, at our head office.
The invitation is attached.

On our side: Dr. Henrike Osterkamp (health claims), Malte Riechers (motor claims),
Imke Vahrenhorst (property claims) and Friedemann Kluge (IT).

Regarding your data request: for the walkthroughs we will show you live cases on screen in
our premises. We will not send case files or extracts by e-mail; sample lists for the
testing phase will be provided in the secure data room, pseudonymised where possible.
Clara Wienholt, our DPO, will join for the first 15 minutes to explain the rules.

Parking: please use the visitors' car park, entrance Glacisweg 44.

Best regards
Hannes Blömker

{sig("bloemker", "en")}""",
  att=[("Kickoff_claims_audit.ics", "ics", ics(
      "audit-kickoff-20260324@weserbogen-vg.example", "20260324T100000", "20260324T120000",
      "Kick-off: audit of the claims process (Hartwell)", "Weserbogen, Glacisweg 40, Minden, Room Porta",
      "Agenda: scope, timeline, contacts, data room, data protection rules.",
      addr("bloemker"), ["fiona.gallagher@hartwell-audit.example", addr("osterkamp"), addr("riechers"),
                         addr("vahrenhorst"), addr("kluge"), addr("wienholt")]))])

M("N21", "NORMAL", "de", "insurer-to-partner",
  "trap: press release on 2026 premium adjustments in private health insurance with averages; no person",
  frm=who("eickhoff"), to="redaktion@mindener-kurier.example",
  cc="wirtschaft@westfalen-rundschau.example",
  subj="Pressemitteilung: Beitragsanpassung in der Krankenversicherung 2026",
  date=when(12, 11, 0),
  body=f"""Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung zur Beitragsentwicklung. Für Rückfragen stehe ich gern zur
Verfügung; ein Interview mit unserem Vorstand Dr. Bernd Ahlemeyer ist am 18. oder
19. März möglich.

----
PRESSEMITTEILUNG

Weserbogen Krankenversicherung: Beiträge steigen 2026 im Schnitt um 6,1 Prozent

Minden, 12. März 2026. Die Weserbogen Krankenversicherung a.G. passt zum 1. April 2026 die
Beiträge in einem Teil ihrer Vollversicherungstarife an. Betroffen sind rund 38 Prozent der
Versicherten; im Durchschnitt steigt der Beitrag um 6,1 Prozent bzw. 34 Euro im Monat.
Für 62 Prozent der Versicherten bleibt der Beitrag unverändert.

Hauptursache sind die stark gestiegenen Ausgaben für stationäre Behandlungen (+9,4 Prozent
je Versichertem) und für Arzneimittel, insbesondere moderne Krebs- und Diabetestherapien.
"Medizinischer Fortschritt kommt bei unseren Versicherten an - das hat seinen Preis", sagt
Dr. Bernd Ahlemeyer, im Vorstand zuständig für die Krankenversicherung.

Versicherte über 60 Jahre werden durch Mittel aus der Rückstellung für
Beitragsrückerstattung entlastet; ihr Anstieg liegt im Mittel bei 2,8 Prozent. Alle
Betroffenen erhalten in diesen Tagen ein persönliches Schreiben mit Hinweisen zum
Tarifwechsel nach § 204 VVG.

Über die Weserbogen Versicherungsgruppe: Der Versicherungsverein aus Minden betreut mit
1.450 Mitarbeitenden rund 620.000 Kundinnen und Kunden in Ostwestfalen-Lippe und
Niedersachsen.
----

Mit freundlichen Grüßen
Nadine Eickhoff

{sig("eickhoff")}""")

M("N22", "NORMAL", "mixed", "insurer-to-supplier",
  "trap: English vendor ticket about OCR failing on German 'Arztberichte', German error text quoted; no document content",
  frm=who("kluge"), to="support@lexiscan-ocr.example",
  cc="it-service@weserbogen-vg.example",
  subj="RE: [LXS-88213] OCR confidence drop for German medical reports since 2.14 update",
  date=when(13, 10, 12),
  irt="<LXS-88213.3@support.lexiscan-ocr.example>",
  body=f"""Hi Priya,

thanks for the quick reply. To answer your questions:

1. Yes, the drop started right after the 2.14.0 update on 26 February.
2. It affects mainly the document class "Arztbericht / Entlassbrief" (discharge letters,
   doctors' reports). Invoices are fine.
3. The German error message in our classification log is:

   "Klassifikation fehlgeschlagen: Konfidenz 0,41 unter Schwellwert 0,70
    (Dokumentklasse ARZTBERICHT, Seite 1, Zone KOPF). Dokument in Ausnahmekorb verschoben."

   It occurs for roughly 30 % of the reports; before the update it was below 3 %.

We cannot send you real documents, as they contain health data. What I can offer:
- a set of 20 synthetic reports that our training team made (fictitious patients,
  realistic layout), and
- the anonymised confidence scores per zone from the log (no text content).

Would that help for the reproduction? If yes, I'll upload both to your SFTP.

Best regards
Friedemann

{sig("kluge", "en")}

> Von: LexiScan Support <support@lexiscan-ocr.example>
> Could you tell us which document classes are affected and send a few sample pages?""")

M("N23", "NORMAL", "de", "internal",
  "trap: invitation to the company health day (flu shots, blood-pressure checks by the works doctor); nobody's health data",
  frm="Betriebliches Gesundheitsmanagement <bgm@weserbogen-vg.example>",
  to="alle-minden@weserbogen-vg.example",
  subj="Gesundheitstag am 25. März - Anmeldung zur Grippeschutzimpfung und Check-ups",
  date=when(13, 8, 0),
  body="""Liebe Kolleginnen und Kollegen,

am Mittwoch, 25. März, findet im Foyer und in der Kantine wieder unser Gesundheitstag statt.
Mit dabei:

- Betriebsarzt Dr. Kühlewind: Nachholimpfung Grippe (Restbestand) und Beratung zu
  Reiseimpfungen
- Blutdruck- und Blutzuckermessung durch das Team der Betriebsärztlichen Dienste OWL
- Rückenschule "Bewegte Pause" mit unserer Physiotherapeutin (12:00 und 14:00 Uhr)
- Sehtest für Bildschirmarbeitsplätze
- Infostand der Suchtberatung und der Sozialberatung (vertraulich)

Alle Untersuchungsergebnisse erhalten nur Sie persönlich. Der Arbeitgeber erfährt nichts
über einzelne Ergebnisse.

Für die Impfung bitte über das Intranet einen Zeitslot buchen (Impfpass mitbringen).
Die übrigen Angebote sind ohne Anmeldung.

Ihr BGM-Team""")

M("N24", "NORMAL", "en", "insurer-to-broker",
  "market update to a London broker on cargo capacity and wording changes; no persons, no policy data",
  frm=who("sandkamp"), to="Rupert Fenwick <r.fenwick@meridian-brokers.example>",
  subj="Cargo & stock throughput 2026 - capacity and appetite",
  date=when(13, 15, 40),
  body=f"""Dear Rupert,

following our lunch in London, here is the summary you asked for:

Capacity 2026
- Max line per conveyance: EUR 5m (unchanged)
- Stock throughput: up to EUR 15m per location, EUR 40m aggregate
- Preferred commodities: machinery, auto parts, packaged food, chemicals in drums
- No appetite: fine art, bulk grain, temperature-controlled pharma without monitoring

Wording
We moved to the new ICC (A) 2009-based wording with our "German Cargo Clauses"
endorsement. Main change: sanctions clause aligned with the LMA 3100 wording, and the
strikes cover now includes cyber-triggered port closures up to a sublimit of EUR 250k.

Pricing
Rates are flat to slightly down for clean accounts; loss-affected risks with container
shipments through the Red Sea are +10-15 %.

Happy to look at the two submissions you mentioned as soon as they are ready.

Best regards
Oliver

{sig("sandkamp", "en")}""")

M("N25", "NORMAL", "de", "internal",
  "trap: letter template for partial rejection of dental treatment with «placeholders» only; no real customer",
  frm=who("osterkamp"), to="leistung-kv-zahn@weserbogen-vg.example",
  cc="textbausteine@weserbogen-vg.example",
  subj="Neuer Textbaustein ZB-17 'Teilablehnung Heil- und Kostenplan' - bitte ab sofort nutzen",
  date=when(16, 9, 10),
  body=f"""Hallo zusammen,

nach der Beschwerdeauswertung haben wir den Baustein für Teilablehnungen bei Zahnersatz
verständlicher formuliert. Er ist ab heute im Korrespondenzsystem unter ZB-17 hinterlegt,
die alte Version ZB-09 ist gesperrt. Zur Info der Text:

----------------------------------------------------------------------------------
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für den Heil- und Kostenplan von «Zahnarzt_Name» vom «HKP_Datum».

Wir haben den Plan geprüft. Für die geplanten Leistungen erstatten wir
«Erstattungsbetrag» EUR. Das sind «Prozentsatz» % der voraussichtlichen Kosten.

Für folgende Positionen können wir leider keine Kosten übernehmen:
«Positionsliste»

Grund: «Ablehnungsgrund_Baustein»

Sie können gern eine zweite Meinung einholen; die Kosten dafür übernehmen wir bis
«Betrag_Zweitmeinung» EUR. Wenn Sie mit unserer Entscheidung nicht einverstanden sind,
können Sie sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen
«Sachbearbeiter»
----------------------------------------------------------------------------------

Bitte darauf achten, dass «Ablehnungsgrund_Baustein» aus der Liste AG-01 bis AG-12 kommt
und nicht frei formuliert wird.

Danke!
Henrike

{sig("osterkamp", None)}""")

M("N26", "NORMAL", "de", "internal",
  "trap: portal release test cases with fictitious persons (Erika Mustermann) and the published example IBAN; no real person",
  frm=who("kluge"), to="qs-portal@weserbogen-vg.example",
  subj="Testfälle Release Portal 5.3 - bitte bis Donnerstag durchspielen",
  date=when(16, 13, 45),
  body=f"""Hallo QS-Team,

für das Portal-Release 5.3 (neue Upload-Funktion für Belege, SEPA-Mandat online) brauchen
wir eure Abnahme bis Donnerstag. Die Testfälle hängen als CSV an. Alle Personen sind
fiktiv und existieren nur auf der Testumgebung portal-test.weserbogen-vg.example; die IBAN
ist die bekannte Beispiel-IBAN aus den Bankunterlagen, die Validierung muss sie trotzdem
akzeptieren.

Bitte NICHT mit echten Kundendaten auf der Testumgebung arbeiten, auch nicht "nur mal
kurz". Das hatten wir beim letzten Release, und Clara war nicht begeistert.

Ergebnis bitte im Testmanagement (Zyklus R5.3-ABN) dokumentieren.

Danke
Friedemann

{sig("kluge", None)}""",
  att=[("Testfaelle_Portal_R5.3.csv", "csv", csv_bytes([
      ["TF-Nr", "Bereich", "Testperson", "Eingabe", "Erwartetes Ergebnis"],
      ["TF-01", "Login", "Erika Mustermann (fiktiv)", "Initialpasswort aus Testbrief", "Passwortwechsel erzwungen"],
      ["TF-02", "SEPA-Mandat", "Erika Mustermann (fiktiv)", "IBAN DE89 3704 0044 0532 0130 00", "Mandat angelegt, Bestätigung im Postfach"],
      ["TF-03", "SEPA-Mandat", "Max Mustermann (fiktiv)", "IBAN DE89 3704 0044 0532 0130 01", "Fehlermeldung Prüfziffer"],
      ["TF-04", "Beleg-Upload", "Max Mustermann (fiktiv)", "PDF 12 MB, Musterrechnung_Test.pdf", "Upload abgelehnt, Hinweis max. 10 MB"],
      ["TF-05", "Beleg-Upload", "Erika Mustermann (fiktiv)", "JPG, Foto Testbeleg", "Upload ok, Eingangsbestätigung"],
      ["TF-06", "Postfach", "Testmakler 0815 (fiktiv)", "Nachricht an Kunde ohne Bestandsrecht", "Zugriff verweigert"]],
      sep=";", enc="cp1252"), "windows-1252")])

M("N27", "NORMAL", "en", "internal",
  "trap: HR KPI report with sickness absence rates per division (large units only); no individual",
  frm=who("steinmeier"), to="management-team@weserbogen-vg.example",
  subj="HR dashboard February 2026",
  date=when(16, 16, 5),
  body=f"""Dear all,

the HR dashboard for February in short (full version on the intranet):

Headcount: 1,452 (FTE 1,288), 9 joiners, 6 leavers
Open positions: 37, of which 11 in IT and 8 in claims

Sickness absence rate (February, per division; divisions with fewer than 40 staff
are not shown separately):

  Claims (all lines)         6.9 %
  Customer service centre    7.8 %
  Sales & broker support     4.1 %
  IT                          3.6 %
  Finance & actuarial         3.2 %
  Company average             5.7 %  (February 2025: 6.3 %)

The flu wave peaked in week 7. The long-term absence rate (> 6 weeks) is stable at 1.4 %.
The company integration management (BEM) team currently supports 23 colleagues; details
are only with the BEM team, as always.

Next: the employee survey starts on 13 April.

Best
Annika

{sig("steinmeier", "en")}""")

M("N28", "NORMAL", "de", "insurer-to-supplier",
  "catering order for the sales conference; company supplier, no personal data",
  frm="Sekretariat Vertrieb <vertrieb-sekretariat@weserbogen-vg.example>",
  to="Gasthaus Weserblick <bankett@weserblick-hausberge.example>",
  subj="Vertriebstagung 20.03. - finale Teilnehmerzahl und Menü",
  date=when(17, 11, 35),
  body="""Hallo Frau Niemeier,

wie versprochen die finalen Zahlen für unsere Vertriebstagung am Freitag, 20. März:

- 64 Personen (davon 7 vegetarisch, 2 vegan)
- Ankunft/Kaffee ab 9:00 Uhr, Beginn 9:30 Uhr im Saal "Porta"
- Mittagessen 12:30 Uhr: Buffet wie angeboten (Variante B), dazu bitte die
  Westfälische Kartoffelsuppe statt des Salatbuffets
- Nachmittags Kaffee und Kuchen 15:00 Uhr
- Getränkepauschale bis 17:00 Uhr

Technik: Beamer, zwei Funkmikrofone, Flipchart. Unser Techniker kommt am Donnerstag um
16 Uhr zum Aufbau, wenn das passt.

Rechnung bitte an Weserbogen Versicherungsgruppe, Vertrieb, Kostenstelle 3100,
Glacisweg 40, 32423 Minden.

Viele Grüße
Birte Schaper
Sekretariat Vertrieb
Weserbogen Versicherungsgruppe""")

M("N29", "NORMAL", "en", "insurer-to-partner",
  "logistics for the treaty renewal meeting with the reinsurer; no personal data",
  frm=who("nwosu"), to="Ingrid Solberg <ingrid.solberg@nordkap-re.example>",
  cc="Henrik Aas <henrik.aas@nordkap-re.example>",
  subj="Renewal meeting Oslo 7-8 April - travel and agenda",
  date=when(17, 8, 52),
  body=f"""Dear Ingrid, dear Henrik,

looking forward to seeing you in Oslo. Our delegation:

- Raphael Nwosu
- Dr. Bernd Ahlemeyer (Board, life & health)
- Jan-Ole Wiebking (actuarial)

We land on 6 April at 21:35 (SK 1632 from Hamburg) and stay at the hotel you recommended.

Proposed agenda
Day 1: property cat XL (new storm model, retention), property risk XL, motor XL
Day 2: life & DI quota share (new experience study, see my mail of 3 March),
       long-term care stop loss, AOB

Could you send the draft slip wordings by 31 March? We would like to discuss the
pandemic exclusion in the life treaty on Day 2.

Best regards
Raphael

{sig("nwosu", "en")}""")

M("N30", "NORMAL", "de", "internal",
  "trap: move of the health-claims department (Krankenakten, Leistungsabteilung Kranken) to another floor; organisational only",
  frm=who("rehling"), to="leistung-kv@weserbogen-vg.example",
  cc=who("osterkamp") + ", " + who("kluge"),
  subj="Umzug Leistung Kranken in den 3. OG - Ablauf 27./28. März",
  date=when(18, 14, 10),
  body=f"""Liebe Kolleginnen und Kollegen der Leistungsabteilung Kranken,

der Umzug in den 3. Stock (Flügel B) steht: Freitag, 27. März ab 14 Uhr packen,
Samstag trägt die Firma Möbel-Logistik Brinkmann, Montag seid ihr drüben arbeitsfähig.

Was ihr tun müsst:
1. Umzugskartons stehen ab Mittwoch im Flur 2. OG. Pro Person max. 4 Kartons.
2. Krankenakten und andere Papierunterlagen mit Gesundheitsdaten kommen NICHT in die
   normalen Kartons, sondern in die grauen Sicherheitsbehälter mit Schloss. Die Schlüssel
   hat Frau Dr. Osterkamp; die Behälter werden von unseren eigenen Hausmeistern getragen,
   nicht von der Umzugsfirma.
3. PCs bitte am Freitag herunterfahren und mit dem gelben Aufkleber (Raum-/Platznummer)
   versehen. Die IT baut am Samstag auf.
4. Pflanzen und Privates bitte selbst transportieren.

Raumplan hängt im Intranet. Bei Fragen: ich, Durchwahl -1330.

Danke für eure Geduld!
Sandra Rehling

{sig("rehling", None)}""")
# --- NORMAL, part 3 -------------------------------------------------------

M("N31", "NORMAL", "en", "newsletter",
  "trap: travel-health newsletter (vaccinations, malaria prophylaxis, medication abroad) in general terms; no person",
  frm="Weserbogen Travel Assist <travel-news@weserbogen-vg.example>",
  to="travel-newsletter@lists.weserbogen-vg.example",
  subj="Before you fly: 5 health tips for your Easter trip",
  date=when(18, 7, 0),
  headers=[("List-Unsubscribe", "<https://www.weserbogen-vg.example/newsletter/unsubscribe>"), ("Precedence", "bulk")],
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Travel tips</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-size:22px">Before you fly: 5 health tips for your Easter trip</h1>
<ol>
<li><b>Check your vaccinations.</b> Tetanus and diphtheria should be boosted every ten years.
For many destinations in Africa, Asia and South America, hepatitis A and typhoid are
recommended. Ask your GP six weeks before departure.</li>
<li><b>Malaria.</b> In high-risk areas a prophylaxis may be advisable. Which medicine is right
depends on the region and your health &ndash; this is a question for a travel medicine clinic.</li>
<li><b>Take your medicines in your hand luggage</b>, with a doctor's certificate in English for
injectable drugs or strong painkillers.</li>
<li><b>Deep vein thrombosis on long flights:</b> move, drink water, consider compression stockings.</li>
<li><b>Save our 24/7 number:</b> +49 571 9386-7000. If you need a doctor abroad, call us first
&ndash; we know the hospitals and can arrange direct billing.</li>
</ol>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr><th>Destination (examples)</th><th>Typically recommended</th></tr>
<tr><td>Thailand, Vietnam</td><td>Hepatitis A, typhoid; dengue protection (repellent)</td></tr>
<tr><td>Kenya, Tanzania</td><td>Hepatitis A, yellow fever (entry rules), malaria advice</td></tr>
<tr><td>Mediterranean</td><td>Standard vaccinations; sun protection</td></tr>
</table>
<p style="font-size:12px;color:#666">This newsletter gives general information and does not replace medical advice.
<a href="https://www.weserbogen-vg.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>""")

M("N32", "NORMAL", "de", "insurer-to-broker",
  "broker info that commission statements move to BiPRO download; no customer, no commission figures",
  frm=who("poeppelmann"), to="maklerverteiler-nordwest@lists.weserbogen-vg.example",
  subj="Courtageabrechnungen ab April nur noch elektronisch (BiPRO 430)",
  date=when(18, 16, 20),
  body=f"""Liebe Partnerinnen und Partner,

ab der Abrechnung für April stellen wir Courtageabrechnungen ausschließlich elektronisch
bereit:

- im Maklerportal unter "Vermittlerpost > Abrechnungen" (PDF) und
- per BiPRO-Schnittstelle (Norm 430.4) zum Abruf durch Ihr Maklerverwaltungsprogramm.

Der Papierversand entfällt. Wer den BiPRO-Abruf noch nicht eingerichtet hat: Die
Zugangsdaten für den technischen Benutzer kann Ihr Makleradministrator im Portal unter
"Benutzer > Technische Zugänge" selbst anlegen. Eine Anleitung finden Sie im Downloadbereich.

Fragen gern an mich oder an maklerservice@weserbogen-vg.example.

Viele Grüße
Jonas Pöppelmann

{sig("poeppelmann")}""")

M("N33", "NORMAL", "de", "internal",
  "trap: quarterly complaint statistics by category (e.g. rejected medical invoices), counts only; no complainant",
  frm="Beschwerdemanagement <beschwerde@weserbogen-vg.example>",
  to="fuehrungskreis@weserbogen-vg.example",
  subj="Beschwerdereport Februar 2026",
  date=when(19, 8, 30),
  body="""Hallo zusammen,

hier der Beschwerdereport für Februar (Vorjahresmonat in Klammern):

Eingänge gesamt: 187 (164)
  davon über BaFin/Ombudsstellen: 9 (7)

Nach Sparte:
  Krankenversicherung            71 (52)
  Kraftfahrt                     38 (41)
  Sach/Haftpflicht               33 (35)
  Leben/BU                       29 (22)
  Rechtsschutz                   16 (14)

Top-Gründe:
  1. Teilablehnung Arztrechnungen (GOÄ-Faktor über Schwellenwert)   24
  2. Beitragsanpassung KV (Schreiben zu spät / unverständlich)      19
  3. Bearbeitungsdauer Kfz-Schaden > 4 Wochen                       15
  4. Ablehnung Heil- und Kostenplan Zahnersatz                      12
  5. BU-Leistungsprüfung dauert zu lang                             10

Durchschnittliche Bearbeitungsdauer: 8,3 Arbeitstage (Ziel: 10).

Auffällig ist der Anstieg in KV, zum großen Teil durch die Beitragsanpassung. Wir schlagen
vor, den Begleitbrief für April noch einmal mit der Kommunikation zu überarbeiten.

Beste Grüße
Team Beschwerdemanagement""")

M("N34", "NORMAL", "en", "insurer-to-customer",
  "trap: prospective expat asks about health cover; generic product answer about pre-existing conditions, no data of the person",
  frm=who("marchetti"), to="Daniel Okafor <d.okafor@protonmail.example>",
  subj="RE: Health insurance when moving to Germany",
  date=when(19, 10, 5),
  irt="<CAF8mK2x9qYw@mail.protonmail.example>",
  body=f"""Dear Mr Okafor,

thank you for your enquiry. Happy to give you an overview; a binding offer would need an
application with health questions.

1. If you come to Germany as an employee earning above the compulsory insurance threshold
   (EUR 73,800 gross per year in 2026), you may choose private health insurance instead of
   the statutory scheme. Below that threshold, the statutory scheme is compulsory.
2. Our plan "Weserbogen Global Health" is designed for people living abroad; for residence
   in Germany you need a German comprehensive health policy (Krankheitskostenvollversicherung)
   that meets the legal requirements. We offer both.
3. Pre-existing conditions: in the German tariffs we ask health questions for the past
   3 to 10 years. Depending on the answers, we accept as normal, with a surcharge or with
   an exclusion. We cannot say in advance without your answers.
4. Family members are insured individually, each with their own premium.

If you would like to talk it through, our English-speaking team is available Monday to
Friday, 9:00-17:00 CET on +49 571 9386-4190.

Kind regards
Sophie Marchetti

{sig("marchetti", "en")}

On 18 March 2026, Daniel Okafor wrote:
> Hello, I will start a job in Hannover in June and I am trying to understand health
> insurance in Germany. Is private insurance possible for foreigners and what about
> existing conditions? Many thanks, Daniel""")

M("N35", "NORMAL", "de", "internal",
  "farewell invitation for a colleague going into retirement; naming a colleague in organisational mail only",
  frm=who("vahrenhorst"), to="schaden-sach@weserbogen-vg.example",
  subj="Abschied Horst Rathert - Umtrunk am 31.03.",
  date=when(19, 13, 2),
  body=f"""Hallo ihr Lieben,

nach 41 Jahren bei der Weserbogen geht unser Horst Ende März in den Ruhestand. Wer ihn
kennt, weiß: Er hat noch jeden Hagelschaden in Ostwestfalen persönlich gesehen.

Wir verabschieden ihn am Dienstag, 31. März, ab 15:30 Uhr in der Cafeteria im 1. OG.
Für das Geschenk (es wird ein Gutschein für das E-Bike-Geschäft in Porta, er will ja
endlich die Weser hoch bis Hann. Münden radeln) geht bis 26.03. eine Karte mit Umschlag
herum, sie liegt bei Ute im Sekretariat.

Wer eine Anekdote für die kleine Rede beisteuern mag, bitte bei mir melden - aber nichts,
was ihn rot werden lässt ;-)

Liebe Grüße
Imke

{sig("vahrenhorst", None)}""")

M("N36", "NORMAL", "de", "insurer-to-partner",
  "aggregated motor theft statistics by vehicle make for the insurance association (CSV); no vehicle owners",
  frm=who("riechers"), to="kfz-statistik@versichererverband-nrw.example",
  subj="Kfz-Diebstahlstatistik 2025 - Zulieferung Weserbogen",
  date=when(20, 9, 48),
  body=f"""Sehr geehrte Damen und Herren,

fristgerecht unsere Zulieferung zur Kfz-Diebstahlstatistik 2025. Die Datei folgt dem
Satzaufbau der Rundschreibens K 03/2025 (Semikolon, ANSI).

Anmerkungen:
- Teilentwendungen (Katalysatoren, Navigationsgeräte) sind wie vereinbart nicht enthalten.
- 14 Diebstähle sind noch offen (Fahrzeug evtl. wiederaufgefunden); wir melden diese mit
  Stand 30.06. nach.

Mit freundlichen Grüßen
Malte Riechers

{sig("riechers")}""",
  att=[("Diebstahl_2025_Weserbogen.csv", "xls-csv", csv_bytes([
      ["Hersteller", "Modellgruppe", "Bestand Fahrzeugjahre", "Diebstähle", "Schadenaufwand EUR"],
      ["Toyota", "RAV4", "4120", "9", "287400"],
      ["Land Rover", "Range Rover Evoque", "1210", "7", "301200"],
      ["VW", "Golf", "21840", "11", "168900"],
      ["BMW", "X5", "2310", "6", "392100"],
      ["Kia", "Sportage", "3980", "5", "121050"],
      ["übrige", "", "278380", "31", "702300"]], sep=";", enc="cp1252"))])

M("N37", "NORMAL", "en", "internal",
  "trap: phishing warning about fake 'medical invoice' attachments; no real invoices or persons",
  frm="IT Security <it-security@weserbogen-vg.example>",
  to="all-staff@weserbogen-vg.example",
  subj="Warning: phishing mails with fake doctors' invoices ('Arztrechnung_Nachforderung.zip')",
  date=when(20, 11, 15),
  body="""Dear colleagues,

since this morning we see a phishing wave targeting insurers. The mails look like
reminders from a medical billing centre ("Privatärztliche Verrechnungsstelle") and carry
a ZIP file named "Arztrechnung_Nachforderung.zip" or "Rechnung_Behandlung_0326.zip".

The ZIP contains a script that installs malware. Our gateway already blocks most of these
mails, but a few variants got through to the claims mailboxes.

What to do
- Do not open ZIP files from unknown senders, even if they look like normal claims mail.
- Real invoices from providers reach us through the scanning centre or the portal, not as
  ZIP attachments to personal mailboxes.
- Use the "Report phishing" button in Outlook. Do not forward the mail.
- If you have already opened the file: disconnect the network cable / Wi-Fi and call the
  service desk on -1700 immediately.

Thank you for staying alert.
IT Security Team""")

M("N38", "NORMAL", "de", "insurer-to-customer",
  "automatic confirmation of a newsletter unsubscription; no insurance relationship or data",
  frm="Weserbogen Kundenbrief <newsletter@weserbogen-vg.example>",
  to="hk.bruening@web.example",
  subj="Abmeldung bestätigt",
  date=when(20, 22, 41),
  headers=[("Auto-Submitted", "auto-replied")],
  body="""Guten Tag,

Sie haben sich erfolgreich vom Weserbogen Kundenbrief abgemeldet. Sie erhalten ab sofort
keine weiteren Ausgaben mehr.

Falls das ein Versehen war, können Sie sich jederzeit unter
https://www.weserbogen-vg.example/newsletter wieder anmelden.

Ihre Weserbogen Versicherungsgruppe""")

M("N39", "NORMAL", "en", "insurer-to-supplier",
  "trap: review comments on a data processing agreement draft (DOCX) listing health data as a data category in general; no person",
  frm=who("wienholt"), to="Priya Raman <priya.raman@lexiscan-ocr.example>",
  cc=who("toelke") + ", " + who("kluge"),
  subj="DPA for the OCR service - our comments on draft v2",
  date=when(23, 10, 30),
  body=f"""Dear Ms Raman,

please find attached our comments on version 2 of the data processing agreement (Art. 28
GDPR). The main points:

1. Annex 1 must list health data (Art. 9 GDPR) explicitly as a category, as the service
   processes doctors' invoices, discharge letters and prescriptions. The general wording
   "customer documents" is not sufficient.
2. Sub-processors: the hosting in the EU is fine; the support team in Bangalore must not
   have access to document content. Please confirm or describe the technical measure.
3. Deletion: documents must be deleted no later than 24 hours after the OCR result has
   been delivered.
4. We need the right to audit on site once a year.

Happy to discuss in a call; Benedikt Tölke (procurement) will coordinate.

Kind regards
Clara Wienholt

{sig("wienholt", "en")}""",
  att=[("DPA_LexiScan_v2_comments_Weserbogen.docx", "docx", docx([
      ("h", "Data Processing Agreement - comments of Weserbogen"),
      "Draft v2 of 2 March 2026, comments of 23 March 2026",
      ("table", [["Clause", "Draft text", "Comment Weserbogen"],
                 ["2.1", "Categories of data: customer documents", "Replace by: contact data, contract data, bank data, health data (Art. 9 GDPR) contained in invoices, prescriptions and medical reports"],
                 ["2.2", "Data subjects: customers", "Add: insured persons, co-insured family members, treating doctors and other providers"],
                 ["7.3", "Sub-processors may access data for support", "Not acceptable for document content; access only to metadata"],
                 ["9.1", "Deletion within 30 days", "24 hours after delivery of the result"],
                 ["11", "Audit by certificates only", "Add on-site audit once per year"]]),
      "Contact: Clara Wienholt, Data Protection Officer"],
      author="Clara Wienholt", title="DPA comments"))])

M("N40", "NORMAL", "de", "internal",
  "trap: actuarial comparison of mortality and disability tables (ODS); population data, no person",
  frm=who("wiebking"), to="aktuariat@weserbogen-vg.example",
  subj="Vergleich Sterbetafeln / BU-Ausscheideordnung für die Neukalkulation",
  date=when(23, 15, 3),
  body=f"""Hallo Aktuariat,

für die Neukalkulation der Risikolebens- und BU-Tarife zum 1.7. hier die Vergleichstabelle
(ODS, weil Bernd sie in LibreOffice öffnet). Verglichen sind:

- DAV 2008 T (Raucher/Nichtraucher, aggregiert) vs. unsere Bestandssterblichkeit
  2019-2024 (nach Geschlecht, 5-Jahres-Altersgruppen)
- DAV 1997 I vs. unsere BU-Eintrittswahrscheinlichkeiten

Auffällig: in den Altersgruppen 35-44 liegen wir bei der Sterblichkeit bei 62 % der Tafel,
bei der BU-Invalidisierung in den Altersgruppen 50-59 dagegen bei 91 %. Das sollten wir
am Mittwoch diskutieren.

Gruß
Jan-Ole

{sig("wiebking", None)}""",
  att=[("Vergleich_Tafeln_2026.ods", "ods", ods([
      ("Sterblichkeit", [
          ["Alter", "q(x) DAV 2008 T Männer", "q(x) Bestand Männer", "Verhältnis", "q(x) DAV 2008 T Frauen", "q(x) Bestand Frauen", "Verhältnis"],
          ["25-29", 0.00081, 0.00048, 0.59, 0.00036, 0.00022, 0.61],
          ["30-34", 0.00094, 0.00057, 0.61, 0.00045, 0.00028, 0.62],
          ["35-39", 0.00123, 0.00077, 0.63, 0.00066, 0.00040, 0.61],
          ["40-44", 0.00189, 0.00116, 0.61, 0.00104, 0.00066, 0.63],
          ["45-49", 0.00318, 0.00214, 0.67, 0.00172, 0.00118, 0.69]]),
      ("BU", [
          ["Alter", "i(x) DAV 1997 I", "i(x) Bestand", "Verhältnis"],
          ["30-39", 0.00152, 0.00118, 0.78],
          ["40-49", 0.00301, 0.00239, 0.79],
          ["50-54", 0.00548, 0.00491, 0.90],
          ["55-59", 0.00811, 0.00742, 0.91]])], author="Jan-Ole Wiebking", title="Tafelvergleich"))])

M("N41", "NORMAL", "mixed", "insurer-to-partner",
  "trap: English mail to a Dutch partner insurer quoting a German press release with storm claim counts; aggregates only",
  frm=who("eickhoff"), to="Marloes de Vries <m.devries@rijnland-verzekeringen.example>",
  subj="Storm 'Ylenia II' - our figures for your press office",
  date=when(24, 9, 20),
  body=f"""Dear Marloes,

as discussed on the phone, here are our storm figures for your joint press statement on
cross-border claims. Our German press release went out this morning; the relevant part
below. Feel free to translate and quote it, please attribute it to Weserbogen.

Best regards
Nadine

---- Auszug Pressemitteilung vom 24.03.2026 ----
Sturmtief "Ylenia II": Weserbogen zählt über 4.100 Schäden

Minden. Das Sturmtief "Ylenia II" hat am 8. und 9. März im Geschäftsgebiet der Weserbogen
Versicherungsgruppe mehr als 4.100 Schäden verursacht. Der versicherte Schaden wird auf
rund 14 Millionen Euro geschätzt. Am stärksten betroffen sind die Kreise Minden-Lübbecke,
Herford und Schaumburg. Rund 80 Prozent der Schäden betreffen Dächer und Fassaden von
Wohngebäuden, dazu kommen etwa 600 Kfz-Schäden durch umgestürzte Bäume und herumfliegende
Gegenstände. Verletzte Personen sind der Weserbogen nicht bekannt.

"Wir haben bereits mehr als die Hälfte der Schäden reguliert", sagt Karin Schwietert,
Vorstandsvorsitzende. Kunden können Schäden rund um die Uhr über die Schaden-App melden.
---- Ende Auszug ----

{sig("eickhoff", "en")}""")

M("N42", "NORMAL", "de", "insurer-to-supplier",
  "framework fee schedule for motor assessor companies; company partner, no claim or person",
  frm=who("riechers"), to="Geschäftsleitung <gl@kfz-gutachten-owl.example>",
  subj="Honorartableau 2026/27 Kfz-Sachverständige - unser Angebot",
  date=when(24, 13, 30),
  body=f"""Sehr geehrter Herr Dr. Pahmeyer,

wie im Gespräch am 11.03. zugesagt, erhalten Sie unser Angebot für die Verlängerung der
Rahmenvereinbarung ab 1. Mai:

  Schadenhöhe netto      Grundhonorar (bisher)   Grundhonorar (neu)
  bis 1.000 EUR          210 EUR                 219 EUR
  bis 2.500 EUR          345 EUR                 359 EUR
  bis 5.000 EUR          488 EUR                 507 EUR
  bis 10.000 EUR         690 EUR                 717 EUR
  darüber                nach BVSK-Korridor HB III, unverändert

Nebenkosten: Fotos pauschal 2,60 EUR je Stück (bisher 2,40), Fahrtkosten 0,80 EUR/km.
Neu: Videobesichtigung bis 2.500 EUR Schadenhöhe pauschal 149 EUR.

Die übrigen Bedingungen (Bearbeitungszeit 3 Werktage, Gutachten im Schadenportal) bleiben
unverändert. Ich freue mich auf Ihre Rückmeldung bis Ende April.

Mit freundlichen Grüßen
Malte Riechers

{sig("riechers")}""")

M("N43", "NORMAL", "en", "internal",
  "IT incident report on broker portal login errors with a technical log excerpt; no user or customer data",
  frm=who("kluge"), to="servicedesk@weserbogen-vg.example",
  cc="maklerservice@weserbogen-vg.example",
  subj="INC-9020 resolved: broker portal login loop (SSO token clock skew)",
  date=when(25, 8, 5),
  body=f"""Hi service desk,

INC-9020 (brokers stuck in a login loop since yesterday 16:40) is resolved as of 07:52.

Root cause: the NTP service on sso-node-2 had stopped after the patch on Monday; the clock
drifted by 6 minutes and tokens issued by that node were rejected as "not yet valid".

Fix: NTP restarted, monitoring rule for clock drift > 30 s added (was missing for the
SSO cluster). Affected: about 140 login attempts, no data exposure.

Log excerpt attached for the problem record. Please close the related tickets with a
reference to INC-9020 and tell the brokers to clear their browser cookies if the problem
persists.

Thanks
Friedemann

{sig("kluge", None)}""",
  att=[("sso-node-2_excerpt.log", "txt", (
      "2026-03-24T16:40:12.118+01:00 WARN  [token-validator] JWT rejected: nbf in future (skew=361s) node=sso-node-2\r\n"
      "2026-03-24T16:40:12.120+01:00 INFO  [login-flow] redirect to /auth/start reason=TOKEN_NOT_YET_VALID\r\n"
      "2026-03-24T16:40:13.503+01:00 WARN  [token-validator] JWT rejected: nbf in future (skew=362s) node=sso-node-2\r\n"
      "2026-03-25T07:51:40.002+01:00 INFO  [ntpd] clock stepped by -362.114 s\r\n"
      "2026-03-25T07:52:05.771+01:00 INFO  [login-flow] login ok, tokens valid, node=sso-node-2\r\n").encode(), "us-ascii")])

M("N44", "NORMAL", "de", "newsletter",
  "trap: broker newsletter explaining care grades and statutory care benefits in a table; general law, no person",
  frm="Weserbogen Maklerservice <maklerservice@weserbogen-vg.example>",
  to="makler-newsletter@lists.weserbogen-vg.example",
  subj="MaklerWissen kompakt: Pflegegrade und Leistungen 2026 im Überblick",
  date=when(25, 7, 30),
  headers=[("List-Unsubscribe", "<mailto:maklerservice@weserbogen-vg.example?subject=abmelden>")],
  body="""MaklerWissen kompakt - März 2026

Pflegegrade und Leistungen 2026 im Überblick

Viele Kundengespräche zur Pflegezusatzversicherung scheitern daran, dass niemand weiß,
was die gesetzliche Pflegeversicherung eigentlich zahlt. Hier die Beträge 2026 (monatlich):

Pflegegrad | Pflegegeld | Pflegesachleistung | vollstationär
1          | -          | -                  | 131 EUR
2          | 347 EUR    | 796 EUR            | 805 EUR
3          | 599 EUR    | 1.497 EUR          | 1.319 EUR
4          | 800 EUR    | 1.859 EUR          | 1.855 EUR
5          | 990 EUR    | 2.299 EUR          | 2.096 EUR

Die Lücke im Heim liegt je nach Bundesland bei 2.400 bis 3.400 EUR im Monat.

Verkaufsargument: Das Pflegetagegeld WeserPflege Flex zahlt ab Pflegegrad 2, in PG 5 100 %
des versicherten Tagessatzes, auch bei häuslicher Pflege durch Angehörige.

Ihr Weserbogen Maklerservice""",
  html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>MaklerWissen kompakt &ndash; M&auml;rz 2026</h2>
<h3>Pflegegrade und Leistungen 2026 im &Uuml;berblick</h3>
<p>Viele Kundengespr&auml;che zur Pflegezusatzversicherung scheitern daran, dass niemand wei&szlig;,
was die gesetzliche Pflegeversicherung eigentlich zahlt. Hier die Betr&auml;ge 2026 (monatlich):</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr bgcolor="#e8eef3"><th>Pflegegrad</th><th>Pflegegeld</th><th>Pflegesachleistung</th><th>vollstation&auml;r</th></tr>
<tr><td>1</td><td>&ndash;</td><td>&ndash;</td><td>131 &euro;</td></tr>
<tr><td>2</td><td>347 &euro;</td><td>796 &euro;</td><td>805 &euro;</td></tr>
<tr><td>3</td><td>599 &euro;</td><td>1.497 &euro;</td><td>1.319 &euro;</td></tr>
<tr><td>4</td><td>800 &euro;</td><td>1.859 &euro;</td><td>1.855 &euro;</td></tr>
<tr><td>5</td><td>990 &euro;</td><td>2.299 &euro;</td><td>2.096 &euro;</td></tr>
</table>
<p>Die L&uuml;cke im Heim liegt je nach Bundesland bei 2.400 bis 3.400&nbsp;&euro; im Monat.</p>
<p><b>Verkaufsargument:</b> Das Pflegetagegeld WeserPflege Flex zahlt ab Pflegegrad 2, in PG&nbsp;5 100&nbsp;%
des versicherten Tagessatzes, auch bei h&auml;uslicher Pflege durch Angeh&ouml;rige.</p>
<p>Ihr Weserbogen Maklerservice</p></body></html>""")

M("N45", "NORMAL", "en", "insurer-to-partner",
  "trap: draft framework agreement on direct billing with a hospital group (PDF), tariffs and process; no patient",
  frm=who("marchetti"), to="Dr. Aylin Korkmaz <a.korkmaz@medicum-kliniken.example>",
  cc=who("osterkamp"),
  subj="Direct billing agreement - draft for your legal department",
  date=when(25, 14, 50),
  body=f"""Dear Dr. Korkmaz,

thank you for the constructive meeting last week. Attached is our draft of the framework
agreement on direct billing for international patients insured with Weserbogen Global
Health in your three hospitals.

Key points as discussed:
- Guarantee of payment issued within 4 working hours for emergencies, 2 working days for
  planned admissions
- Invoices via the secure portal only, no paper and no unencrypted e-mail
- Payment within 14 days of a complete invoice
- Room category: two-bed room; single room only with separate agreement

We look forward to your legal department's comments.

Kind regards
Sophie Marchetti

{sig("marchetti", "en")}""",
  att=[("Draft_Direct_Billing_Agreement_Medicum_v1.pdf", "pdf", pdf([
      "# Framework Agreement on Direct Billing (DRAFT v1)",
      "between Weserbogen Krankenversicherung a.G., Glacisweg 40, 32423 Minden (\"Insurer\")",
      "and Medicum Kliniken GmbH, Am Klinikpark 3, 30559 Hannover (\"Hospital Group\")",
      "",
      "## 1. Scope",
      "This agreement applies to inpatient and day-case treatment of persons insured under the "
      "Weserbogen Global Health plans in the hospitals of the Hospital Group.",
      "## 2. Guarantee of payment",
      "The Hospital Group requests a guarantee of payment through the secure provider portal. "
      "For emergency admissions the Insurer responds within 4 working hours, for planned "
      "admissions within 2 working days. The guarantee states the covered room category and "
      "any co-payment of the insured person.",
      "## 3. Invoicing",
      "Invoices are submitted electronically via the portal, itemised according to the German "
      "hospital remuneration law (DRG, supplementary fees) and, for elective services, GOÄ.",
      "## 4. Payment",
      "The Insurer pays within 14 days of receipt of the complete invoice.",
      "## 5. Data protection",
      "Both parties process health data only to the extent necessary for billing. Transmission "
      "takes place exclusively via the portal or encrypted channels.",
      "## 6. Term",
      "The agreement enters into force on 1 July 2026 and runs for two years.",
      "",
      "Minden / Hannover, ____________ 2026",
  ], title="Direct Billing Agreement draft", author="Sophie Marchetti", date="20260325140000"))])
# --- NORMAL, part 4 -------------------------------------------------------

M("N46", "NORMAL", "de", "internal",
  "fleet tariff tables (XLSX) for underwriting: rates per vehicle type and SF class; no customer or vehicle",
  frm=who("sandkamp"), to="underwriting-kfz-flotte@weserbogen-vg.example",
  subj="Flottentarif 2026 - finale Beitragstabellen",
  date=when(26, 9, 0),
  body=f"""Moin,

anbei die vom Produktausschuss freigegebenen Beitragstabellen für das Flottengeschäft ab
1. April. Änderungen gegenüber dem Entwurf: Transporter bis 3,5 t +3 % statt +5 %,
E-Fahrzeuge bekommen den Nachlass von 8 % nur noch in der Vollkasko.

Bitte ab sofort für alle Angebote mit Beginn ab 1.4. verwenden. Laufende Angebote mit
altem Tarif bleiben bis 30.4. bindend.

Gruß Oliver

{sig("sandkamp", None)}""",
  att=[("Flottentarif_2026_final.xlsx", "xlsx", xlsx([
      ("KH", [["Fahrzeugart", "Basisbeitrag KH EUR", "Faktor SF 0", "Faktor SF 5", "Faktor SF 10", "Faktor SF 20"],
              ["Pkw", 512, 1.0, 0.55, 0.42, 0.30],
              ["Transporter bis 3,5 t", 744, 1.0, 0.60, 0.46, 0.33],
              ["Lkw bis 7,5 t", 1390, 1.0, 0.65, 0.50, 0.38],
              ["Sattelzugmaschine", 3120, 1.0, 0.70, 0.55, 0.45]]),
      ("VK", [["Fahrzeugart", "SB 500 EUR", "SB 1.000 EUR", "Nachlass E-Fahrzeug"],
              ["Pkw", 688, 571, "8 %"],
              ["Transporter bis 3,5 t", 902, 760, "8 %"],
              ["Lkw bis 7,5 t", 1655, 1402, "-"]])],
      author="Oliver Sandkamp", title="Flottentarif 2026"))])

M("N47", "NORMAL", "de", "insurer-to-partner",
  "out-of-office auto-reply with a deputy's address; no data",
  frm=who("schonebeck"), to="kanzlei@tegtmeyer-recht.example",
  subj="Automatische Antwort: Ihr Schreiben vom 25.03. - Az. 114/26",
  date=when(26, 10, 44),
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. April nicht im Büro und lese meine E-Mails in dieser Zeit
nicht. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Rüdiger Fricke,
ruediger.fricke@weserbogen-vg.example, Tel. 0571 9386-2624, oder an das Team
Haftpflicht-Schaden unter haftpflicht-schaden@weserbogen-vg.example.

Mit freundlichen Grüßen
Petra Schonebeck""")

M("N48", "NORMAL", "de", "insurer-to-partner",
  "school talk on 'insurance for job starters' organised with a vocational school; no personal data",
  frm=who("demirtas"), to="Herr Grotejohann <grotejohann@bk-minden.example>",
  subj="Vortrag 'Versicherungen für Berufsstarter' am 15.04. - Ablauf",
  date=when(26, 15, 12),
  body=f"""Sehr geehrter Herr Grotejohann,

vielen Dank für die Einladung. Ich komme gern am 15. April in die beiden Klassen der
Kaufleute für Büromanagement (2. Lehrjahr), jeweils 2. und 3. Stunde.

Mein Vorschlag für die 90 Minuten:
1. Was ist Pflicht, was sinnvoll, was überflüssig? (Haftpflicht, BU, Kfz, Hausrat)
2. Betriebliche Altersversorgung: Was bringt die Entgeltumwandlung, was zahlt der Chef dazu?
3. Quiz "Versichert oder nicht?" mit Fällen aus dem Alltag (Handy ins Klo, Fahrrad geklaut,
   Skiunfall)
4. Fragerunde

Ich verkaufe im Unterricht selbstverständlich nichts und verteile auch keine
Vertragsunterlagen; die Schülerinnen und Schüler bekommen eine neutrale Checkliste der
Verbraucherzentrale. Einen Beamer mit HDMI bräuchte ich.

Mit freundlichen Grüßen
Yusuf Demirtaş

{sig("demirtas")}""")

M("N49", "NORMAL", "de", "internal",
  "storm claims statistics per postcode region (aggregate); no policyholder",
  frm=who("vahrenhorst"), to="schadenleitung@weserbogen-vg.example",
  cc=who("nwosu"),
  subj="Ylenia II - Stand Schadenmeldungen nach PLZ-Gebiet (KW 12)",
  date=when(20, 17, 25),
  body=f"""Hallo zusammen,

Stand heute 17 Uhr, Sturm "Ylenia II" (08./09.03.):

PLZ-Gebiet            Wohngebäude   Hausrat   Gewerbe   Kfz   Summe   davon erledigt
323xx Minden              1.112        96        41      188   1.437        812
324xx Minden-Land           684        51        22       97     854        401
320xx Herford               597        44        35      121     797        388
316xx Schaumburg            502        30        19      109     660        297
übrige                      262        19        12       84     377        201
Gesamt                    3.157       240       129      599   4.125      2.099

Reserve gesamt aktuell 13,8 Mio. EUR (Vorwoche 12,9). Die Gutachterkapazität reicht, seit
Montag sind zwei Regulierer aus Bielefeld bei uns.

Raphael: Wir liegen deutlich unter der Priorität des Kumul-XL, Meldung an Nordkap Re daher
nur informativ.

Gruß
Imke

{sig("vahrenhorst", None)}""")

M("N50", "NORMAL", "en", "internal",
  "trap: job advert for a medical underwriter (m/f/d) sent for the careers page; no applicant",
  frm=who("steinmeier"), to="karriere-redaktion@weserbogen-vg.example",
  cc=who("hartkopf"),
  subj="Job ad for the careers page: Medical Underwriter (English version)",
  date=when(27, 9, 12),
  body=f"""Hi,

please publish the English version of the underwriter ad next to the German one (same
reference, WB-2026-031). Lisa has approved the text.

------------------------------------------------------------
Medical Underwriter Life & Disability (m/f/d)
Minden or remote within Germany | full-time | ref. WB-2026-031

Your role
- Assess the health risk of applicants for term life, disability income and critical
  illness cover, based on health questionnaires, doctors' reports and lab results
- Decide on acceptance, surcharges and exclusions within your authority; prepare complex
  cases for our chief medical officer
- Develop our underwriting manual together with our reinsurance partners

Your profile
- Background in medicine, nursing, medical documentation or life underwriting
- Good knowledge of medical terminology and ICD-10
- German at C1 level, English for reinsurance communication
------------------------------------------------------------

Thanks!
Annika

{sig("steinmeier", None)}""")

M("N51", "NORMAL", "de", "insurer-to-supplier",
  "trap: order for a wheelchair ramp and automatic door at the customer centre (accessibility); no person's disability",
  frm=who("rehling"), to="Angebote <angebote@metallbau-schwarze.example>",
  subj="Auftrag: Rampe und automatische Tür Kundencenter Bäckerstraße",
  date=when(27, 11, 0),
  body=f"""Sehr geehrter Herr Schwarze,

vielen Dank für Ihr Angebot Nr. 2026-0087 vom 19.03. Wir beauftragen hiermit:

- Pos. 1: Rampe Aluminium, Steigung max. 6 %, mit beidseitigem Handlauf, Länge 7,20 m
- Pos. 2: Umrüstung der Eingangstür auf automatischen Drehtürantrieb mit Taster in 85 cm
  Höhe (rollstuhlgerecht nach DIN 18040-1)
- Pos. 4: taktile Bodenindikatoren vor der Rampe

Pos. 3 (Klingel mit Gegensprechanlage) entfällt, die macht unser Elektriker.

Ausführung bitte bis 30. April, damit das Kundencenter Bäckerstraße zur Wiedereröffnung
barrierefrei erreichbar ist. Die Baugenehmigung liegt vor (Stadt Minden, Az. 63-0214/26).

Mit freundlichen Grüßen
Sandra Rehling

{sig("rehling")}""")

M("N52", "NORMAL", "en", "insurer-to-broker",
  "D&O wording changes explained to a London broker; product information only, no insured company or person",
  frm=who("sandkamp"), to="Rupert Fenwick <r.fenwick@meridian-brokers.example>",
  cc="Amelia Cho <a.cho@meridian-brokers.example>",
  subj="D&O wording 2026 - summary of changes",
  date=when(27, 14, 5),
  body=f"""Dear Rupert, dear Amelia,

as requested, the main changes in our D&O wording (AVB-DO 2026) compared to 2023:

1. Definition of "insured person" extended to de facto directors and employees named as
   co-defendants.
2. Cost of defence in criminal and administrative proceedings outside the limit up to
   EUR 250k (new).
3. Cyber: claims arising from a failure to implement IT security measures are covered
   unless knowingly breached (clarification).
4. Insolvency exclusion removed for companies with turnover below EUR 50m.
5. Run-off: 5 years automatic extended reporting period in case of a change of control
   (was 3 years).

The English convenience translation is in the broker portal. The German text prevails.

Best regards
Oliver

{sig("sandkamp", "en")}""")

M("N53", "NORMAL", "de", "internal",
  "trap: training material on confidentiality-release forms with a blank form (PDF); no filled-in person data",
  frm=who("wienholt"), to="leistung-bu@weserbogen-vg.example",
  cc="leistung-kv@weserbogen-vg.example",
  subj="Schulungsunterlage: Schweigepflichtentbindung richtig einholen",
  date=when(30, 9, 35),
  body=f"""Liebe Kolleginnen und Kollegen,

nach der Schulung vom Freitag hier die Unterlage und das aktuelle Formular (Stand 03/2026,
abgestimmt mit dem GDV-Muster) als leere Vorlage.

Die drei häufigsten Fehler aus den Prüfungen des letzten Jahres:
1. Pauschale Entbindung "gegenüber allen Ärzten" statt Einzelermächtigung - seit 2012
   nicht mehr zulässig; die versicherte Person muss wählen können.
2. Fehlender Hinweis auf das Widerrufsrecht.
3. Anfrage beim Arzt ohne Kopie der Einwilligung.

Bitte altes Formular (Stand 2019) aus euren lokalen Ablagen löschen.

Viele Grüße
Clara

{sig("wienholt", None)}""",
  att=[("Formular_Schweigepflichtentbindung_Einzelermaechtigung_2026-03_LEER.pdf", "pdf", pdf([
      "# Einwilligung und Schweigepflichtentbindung - Einzelermächtigung",
      "Weserbogen Lebensversicherung AG / Weserbogen Krankenversicherung a.G.",
      "",
      "Versicherungsnummer: ______________________",
      "Versicherte Person (Name, Vorname): __________________________________________",
      "Geburtsdatum: ____________________",
      "",
      "Ich entbinde folgende Person/Stelle von der Schweigepflicht:",
      "Name/Anschrift Arzt, Krankenhaus, Therapeut: ______________________________________",
      "",
      "für folgenden Zweck: Prüfung der Leistungspflicht aus dem oben genannten Vertrag.",
      "Umfang: Auskünfte zu Untersuchungen, Befunden und Behandlungen im Zeitraum",
      "von ____________ bis ____________.",
      "",
      "Ich kann diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
      "Eine Kopie dieser Erklärung erhalte ich.",
      "",
      "Ort, Datum: ______________________   Unterschrift: ______________________",
      "",
      "(Vorlage - bitte nicht ausgefüllt zurücksenden)",
  ], title="Schweigepflichtentbindung leer", author="Clara Wienholt", date="20260327110000"))])

M("N54", "NORMAL", "mixed", "internal",
  "German colleague forwards an English vendor notice on a telephony maintenance window; no personal data",
  frm=who("kluge"), to="kundenservice-teamleitungen@weserbogen-vg.example",
  subj="WG: [Maintenance] CloudVoice EU-Central, 1 April 22:00-02:00 CEST",
  date=when(30, 11, 18),
  body=f"""Hallo Teamleitungen,

zur Info: In der Nacht vom 1. auf den 2. April ist unsere Telefonanlage (CloudVoice) für bis
zu 4 Stunden nicht erreichbar. Betroffen ist vor allem die 24/7-Hotline von Travel Assist
und der Kfz-Notruf. Die Rufumleitung auf die Mobiltelefone der Rufbereitschaft richte ich
vorher ein und teste sie am 31.03. mit Kwame.

Gruß Friedemann

{sig("kluge", None)}

-------- Weitergeleitete Nachricht --------
Betreff: [Maintenance] CloudVoice EU-Central, 1 April 22:00-02:00 CEST
Datum: Mon, 30 Mar 2026 08:02:11 +0000
Von: CloudVoice Operations <noc@cloudvoice.example>

Dear customer,

we will perform scheduled maintenance on the EU-Central telephony cluster:

  Start: 1 April 2026, 22:00 CEST
  End:   2 April 2026, 02:00 CEST
  Impact: inbound and outbound calls may fail for up to 20 minutes in total; call
          recordings and IVR announcements are not affected.

No action is required. If you have critical services, we recommend configuring a
fallback destination in the admin console.

CloudVoice Network Operations""")

M("N55", "NORMAL", "en", "internal",
  "completion rates of the data-protection e-learning per division; no individual named",
  frm=who("wienholt"), to="management-team@weserbogen-vg.example",
  subj="Data protection e-learning 2026 - completion status",
  date=when(30, 16, 0),
  body=f"""Dear colleagues,

the mandatory data protection e-learning closes on 30 April. Status today:

  Division                    completed   of staff
  Claims (all lines)             81 %       312
  Customer service centre        64 %       288
  Sales & broker support         52 %       197
  IT                              88 %       143
  Finance & actuarial             93 %       102
  Other central functions        77 %       410
  Total                          73 %     1,452

Sales is lagging behind, partly because field staff have had problems logging in from the
tablets; IT has fixed that. Could you please remind your teams? The module takes about
35 minutes; the new chapter on health data and the mail gateway is the most important one.

I will not send lists of individual names to managers - each colleague can see their own
status on the learning platform.

Kind regards
Clara

{sig("wienholt", None)}""")

M("N56", "NORMAL", "de", "insurer-to-partner",
  "trap: sponsoring of a first-aid course for the youth fire brigade; no personal data",
  frm=who("eickhoff"), to="Jugendfeuerwehr Hille <jugendwart@feuerwehr-hille.example>",
  subj="Unterstützung Erste-Hilfe-Kurs Jugendfeuerwehr - Zusage",
  date=when(31, 10, 10),
  body=f"""Lieber Herr Klußmeier,

gute Nachrichten: Unser Spendenausschuss hat Ihrem Antrag zugestimmt. Wir übernehmen die
Kosten für den Erste-Hilfe-Kurs (Ausbildung durch das DRK, 9 Unterrichtseinheiten) für
bis zu 24 Jugendliche sowie die drei Übungspuppen zur Herz-Lungen-Wiederbelebung, insgesamt
bis zu 1.850 Euro.

Bitte schicken Sie die Rechnungen direkt an uns (Unternehmenskommunikation, Stichwort
"Spende JF Hille"). Eine Spendenquittung brauchen wir nicht, da wir direkt zahlen.

Wenn es Ihnen recht ist, würden wir beim Kurs gern ein paar Fotos machen (nur mit
Einverständnis der Eltern) und einen kurzen Beitrag in unserem Kundenbrief bringen.

Herzliche Grüße
Nadine Eickhoff

{sig("eickhoff")}""")

M("N57", "NORMAL", "en", "insurer-to-partner",
  "windstorm cat-model output per CRESTA zone for the reinsurer in a ZIP with CSV and readme; aggregates only",
  frm=who("nwosu"), to="Henrik Aas <henrik.aas@nordkap-re.example>",
  cc=who("wiebking"),
  subj="Property cat XL 2026 - exposure and modelled losses (ZIP)",
  date=when(31, 13, 33),
  body=f"""Dear Henrik,

ahead of Oslo, the exposure data and our modelled windstorm losses per CRESTA zone.
The ZIP contains:

- exposure_by_cresta.csv (sum insured and risk count, buildings/contents/commercial)
- modelled_losses.csv (return periods 10-1000 years, gross)
- readme.txt (model version, assumptions)

The storm Ylenia II of 8/9 March is not yet in the loss history; the current estimate is
EUR 14m gross, well below the retention.

Best regards
Raphael

{sig("nwosu", "en")}""",
  att=[("Weserbogen_CatXL_2026_data.zip", "zip", make_zip([
      ("exposure_by_cresta.csv", csv_bytes([
          ["cresta", "lob", "risks", "sum_insured_eur"],
          ["DE_32", "buildings", "84120", "21840000000"],
          ["DE_32", "contents", "61030", "3120000000"],
          ["DE_32", "commercial", "4210", "5480000000"],
          ["DE_31", "buildings", "40280", "10120000000"],
          ["DE_31", "contents", "29770", "1470000000"],
          ["DE_33", "buildings", "22650", "6030000000"]], sep=",")),
      ("modelled_losses.csv", csv_bytes([
          ["return_period_years", "gross_loss_eur"],
          ["10", "18500000"], ["25", "36200000"], ["50", "58900000"], ["100", "87400000"],
          ["200", "121000000"], ["250", "133500000"], ["1000", "212000000"]], sep=",")),
      ("readme.txt", b"Model: WindCat EU v9.2, vulnerability curves v9 standard, no demand surge.\r\n"
                     b"Exposure as at 31.12.2025. Values in EUR. Contact: R. Nwosu.\r\n")],
      dt=(2026, 3, 31, 12, 0, 0)))])

M("N58", "NORMAL", "de", "internal",
  "trap: product committee minutes on the dental tariff (exclusions, premiums per age band); no insured person",
  frm="Produktausschuss KV <produktausschuss-kv@weserbogen-vg.example>",
  to="produktausschuss-kv@weserbogen-vg.example",
  subj="Ergebnisprotokoll Produktausschuss KV vom 10.03. - ZahnPlus 90 / KTG",
  date=when(11, 12, 40),
  body="""Ergebnisprotokoll Produktausschuss Krankenversicherung, 10.03.2026

Teilnehmende: Dr. B. Ahlemeyer (Vorsitz), Dr. H. Osterkamp, J.-O. Wiebking, J. Pöppelmann,
S. Marchetti, Produktmanagement (2)

1. ZahnPlus 90
- Freigabe des Tarifs zum 01.04.2026 beschlossen.
- Kieferorthopädie bleibt ausgeschlossen, außer bei Unfall.
- Zahnstaffel: Höchstbeträge 1.000 / 2.000 / 3.000 EUR in den ersten drei Jahren, danach
  unbegrenzt. Laufende Behandlungen und fehlende, nicht ersetzte Zähne sind nicht
  versichert.
- Beitragsstufen nach Eintrittsalter (0-20 / 21-40 / 41-55 / ab 56), Alterungsrückstellung
  ab Alter 21.

2. Krankentagegeld
- Auswertung Leistungsdauern (Wiebking) zur Kenntnis genommen. Anstieg vor allem durch
  psychische Erkrankungen.
- Auftrag an Produktmanagement: Prüfung eines Case-Management-Angebots (frühzeitige
  Vermittlung von Psychotherapieplätzen) bis Juni.

3. Verschiedenes
- Nächste Sitzung 14.04.2026.

Protokoll: Produktmanagement KV""")

M("N59", "NORMAL", "en", "insurer-to-company",
  "webinar invitation (ICS) on cyber risk for corporate clients; no personal or contract data",
  frm=who("sandkamp"), to="cyber-webinar@lists.weserbogen-vg.example",
  subj="Invitation: 'Ransomware - the first 48 hours' webinar, 16 April",
  date=when(31, 8, 45),
  body=f"""Dear Sir or Madam,

ransomware remains the most frequent cause of cyber claims among medium-sized companies.
In our 60-minute webinar, our incident response partner and our claims team show what
really happens in the first 48 hours after an attack - and what you can prepare today.

  Thursday, 16 April 2026, 10:00-11:00 CEST, online (English)

Agenda
- Anatomy of an attack: from phishing mail to encrypted servers
- Who to call first: hotline, forensics, lawyers, data protection authority
- Paying a ransom? Legal and practical aspects
- Q&A

The calendar invitation with the dial-in link is attached.

Kind regards
Oliver Sandkamp

{sig("sandkamp", "en")}""",
  att=[("Webinar_Ransomware_16April.ics", "ics", ics(
      "cyber-webinar-20260416@weserbogen-vg.example", "20260416T100000", "20260416T110000",
      "Webinar: Ransomware - the first 48 hours", "Online: https://meet.weserbogen-vg.example/cyber-0416",
      "Weserbogen cyber webinar for corporate clients.", addr("sandkamp"), []))])

M("N60", "NORMAL", "mixed", "insurer-to-partner",
  "trap: anonymised BU case study (no name, no number, age band and occupation group only) for a German/English training",
  frm=who("hartkopf"), to="leistung-bu@weserbogen-vg.example",
  cc="Nordkap Re Claims Academy <academy@nordkap-re.example>",
  subj="Fallstudie für den Claims-Workshop / case study for the joint workshop",
  date=when(31, 15, 20),
  body=f"""Liebe Kolleginnen und Kollegen, dear colleagues from Nordkap Re,

für den gemeinsamen Workshop am 9. April hier die anonymisierte Fallstudie. Alle Angaben
sind so verändert, dass kein Rückschluss auf eine Person möglich ist (Alter als Spanne,
Beruf als Berufsgruppe, Region und Daten entfernt).

English version below.

Fall A (Deutsch)
Versicherte Person zwischen 40 und 50 Jahren, handwerklicher Beruf mit überwiegend
körperlicher Tätigkeit. Leistungsantrag wegen Rückenerkrankung. Streitig war, ob die
zuletzt ausgeübte Tätigkeit zu mindestens 50 % nicht mehr ausgeübt werden kann. Lehre:
Tätigkeitsbeschreibung früh und sehr konkret erheben (Stundenplan einer typischen Woche).

Case A (English)
Insured person aged between 40 and 50, manual trade with mainly physical work. Claim
because of a back condition. The dispute was whether the last occupation could no
longer be performed to at least 50 %. Lesson: obtain a precise job description early
(hour-by-hour schedule of a typical week).

Fragen für die Gruppenarbeit / questions for group work:
1. Welche Unterlagen hätten Sie angefordert? / Which documents would you have requested?
2. Wann ist eine Umorganisation bei Selbstständigen zumutbar? / When is a reorganisation
   reasonable for self-employed persons?

Viele Grüße / best regards
Lisa

{sig("hartkopf", None)}""")
# --- CONFIDENTIAL, part 1 -------------------------------------------------

M("C01", "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor: eVB number for a named customer's new car with VIN and address (fact of being insured, non-personal line)",
  frm=who("riechers"), to="Jannik Hölscher <jannik.hoelscher@gmx.example>",
  subj="Ihre eVB-Nummer für den neuen Skoda",
  date=when(2, 9, 12),
  body=f"""Hallo Herr Hölscher,

wie heute Morgen am Telefon besprochen, hier Ihre elektronische Versicherungsbestätigung
für die Zulassung:

  eVB-Nummer:        K7R4M2X
  Versicherungsnehmer: Jannik Hölscher, Kampstraße 19, 32427 Minden
  Fahrzeug:          Skoda Octavia Combi, FIN TMBJR7NX4RY031877
  gültig bis:        01.09.2026

Der Vertrag wird mit der Zulassung unter der Nummer KF-4418-2207 angelegt. Ihre
Schadenfreiheitsklasse SF 12 übernehmen wir aus dem Vertrag für den Golf, den Sie zum
Zulassungstag abmelden. Bitte geben Sie uns nach der Zulassung kurz das neue Kennzeichen
durch (Antwort auf diese Mail reicht).

Viele Grüße
Malte Riechers

{sig("riechers")}""")

M("C02", "CONFIDENTIAL", "de", "insurer-to-customer",
  "household: acknowledgement of a bicycle theft claim for a named customer with claim number and address",
  frm="Schadenservice Sach <schaden-sach@weserbogen-vg.example>",
  to="Lina Brakemeier <linabrakemeier@web.example>",
  subj="Schadenmeldung HR-26-031447 - Fahrraddiebstahl vom 28.02.2026",
  date=when(3, 8, 5),
  body="""Sehr geehrte Frau Brakemeier,

vielen Dank für Ihre Schadenmeldung. Wir haben den Schaden unter der Nummer HR-26-031447
zu Ihrer Hausratversicherung HR-0993-1142 angelegt.

Ihre Angaben:
- Gegenstand: Trekkingrad Kalkhoff Endeavour, Rahmennummer WBK2210983
- Ort: Fahrradkeller Königswall 61, 32423 Minden
- Zeitpunkt: Nacht vom 27. auf den 28.02.2026

Damit wir den Schaden bearbeiten können, benötigen wir noch:
1. die Bescheinigung der Polizei über die Anzeige (Tagebuchnummer),
2. den Kaufbeleg des Fahrrads,
3. eine Kopie des Fahrradpasses, falls vorhanden.

Sie können die Unterlagen einfach als Foto über unsere Schaden-App oder im Kundenportal
hochladen.

Mit freundlichen Grüßen
Ihr Schadenservice Sach
Weserbogen Allgemeine Versicherung AG""")

M("C03", "CONFIDENTIAL", "en", "insurer-to-customer",
  "household/liability renewal for an English-speaking customer: policy numbers, premium and full IBAN for the direct debit",
  frm="Customer Service <service@weserbogen-vg.example>",
  to="Fiona MacLeod <fiona.macleod@fastmail.example>",
  subj="Your contents and liability insurance - renewal 1 April 2026",
  date=when(3, 11, 30),
  body="""Dear Ms MacLeod,

thank you for your call. As requested, here is a summary of your renewal in English. The
German documents (Versicherungsschein) are the legally binding ones and reach you by post.

  Contents insurance      HR-2231-0876   sum insured EUR 55,000
  Personal liability      PH-2231-0877   EUR 10m combined single limit
  Insured address         Hahler Straße 118, 32427 Minden
  Annual premium          EUR 214.60 (contents EUR 141.20, liability EUR 73.40)

The premium will be collected on 1 April by direct debit from your account
DE60 6942 4004 1497 6897 83 (mandate reference WB-SEPA-2231-0876).

Your contents sum insured was increased by 4.2 % in line with the index, as the policy
provides. If you have bought valuable items recently (bicycles, jewellery, electronics),
please let us know so that you are not underinsured.

Kind regards
Weserbogen Customer Service""")

M("C04", "CONFIDENTIAL", "de", "insurer-to-broker",
  "buildings insurance offer for a named customer (address, year of construction, sum insured, date of birth) in a PDF",
  frm=who("poeppelmann"), to="Tanja Brandhorst <t.brandhorst@brandhorst-makler.example>",
  subj="Angebot Wohngebäude Eheleute Meyer zu Hartum - Ihr Zeichen TB/0317",
  date=when(4, 14, 20),
  body=f"""Hallo Frau Brandhorst,

anbei das Angebot für das Wohngebäude Ihrer Kunden. Die Elementardeckung ist enthalten,
die ZÜRS-Zone 1 macht das unproblematisch. Wegen der Ölheizung (Baujahr 1998) haben wir
die Selbstbeteiligung bei Leitungswasser auf 500 EUR gesetzt; ohne SB wären es 86 EUR
Jahresbeitrag mehr.

Das Angebot ist vier Wochen gültig.

Beste Grüße
Jonas Pöppelmann

{sig("poeppelmann")}""",
  att=[("Angebot_WG_2026-117804.pdf", "pdf", pdf([
      "# Angebot Wohngebäudeversicherung Nr. 2026-117804",
      "Vermittler: Brandhorst Versicherungsmakler GmbH, Vermittlernummer 40-1187",
      "",
      "Antragsteller: Heinrich Meyer zu Hartum, geb. 14.05.1961, und",
      "               Elke Meyer zu Hartum, geb. 02.11.1963",
      "Risikoanschrift: Am Nordholz 7, 32479 Hille-Hartum",
      "",
      "## Gebäude",
      "Einfamilienhaus, Massivbau, Baujahr 1974, Dach 2012 erneuert, Wohnfläche 168 m²",
      "Heizung: Öl, Baujahr 1998; Photovoltaik: nein",
      "Versicherungssumme: gleitender Neuwert, Wert 1914: 26.400 Mark",
      "",
      "## Deckung",
      "Feuer, Leitungswasser (SB 500 EUR), Sturm/Hagel, weitere Elementargefahren (SB 1.000 EUR)",
      "Überspannung bis 20.000 EUR, grobe Fahrlässigkeit bis 100 % der Versicherungssumme",
      "",
      "## Beitrag",
      "Jahresbeitrag netto 1.084,30 EUR, inkl. 19 % VersSt 1.290,32 EUR",
      "Zahlweise jährlich, Beginn frühestens 01.05.2026",
      "",
      "Gültig bis 01.04.2026. Dieses Angebot ist kein Versicherungsschein.",
  ], title="Angebot Wohngebäude", author="Jonas Pöppelmann", date="20260304141500"))])

M("C05", "CONFIDENTIAL", "de", "customer",
  "forwarded customer mail with new bank details for the motor direct debit; IBAN with swapped digits (invalid checksum, typo is the point)",
  frm=who("luedeking"), to="beitragsservice@weserbogen-vg.example",
  subj="WG: Neue Bankverbindung KF-3301-9984",
  date=when(4, 15, 2),
  body=f"""Hallo Beitragsservice,

bitte nicht so übernehmen: Die IBAN von Herrn Wöstmann ist ungültig, die Prüfziffer passt
nicht (vermutlich Zahlendreher). Ich habe ihn angerufen, er schickt die richtige Nummer.
Bis dahin bitte die Lastschrift für April aussetzen und keine Mahnstufe auslösen.

Danke, Greta

{sig("luedeking", None)}

-----Ursprüngliche Nachricht-----
Von: Dirk Wöstmann <dirk.woestmann@t-online.example>
Gesendet: Dienstag, 3. März 2026 21:47
An: service@weserbogen-vg.example
Betreff: Neue Bankverbindung KF-3301-9984

Hallo,

ich habe die Bank gewechselt, bitte ab sofort den Beitrag für meine Autoversicherung
(KF-3301-9984, Kennzeichen MI-DW 412) von meinem neuen Konto abbuchen:

Kontoinhaber: Dirk Wöstmann
IBAN DE88 3081 1131 1332 5169 12
Bank: Volksbank Mindener Land

Das alte Konto bei der Sparkasse wird zum 31.3. gekündigt.

mfg D. Wöstmann
Gesendet von meinem iPhone""")

M("C06", "CONFIDENTIAL", "en", "insurer-to-company",
  "commercial liability: claim of a customer of the insured company, named contact person and third party, property damage only",
  frm=who("schonebeck"), to="Marcus Lindqvist <m.lindqvist@nordic-floor-systems.example>",
  subj="Claim BH-26-004512 - damaged floor at Hotel Kaiserhof Bückeburg",
  date=when(5, 10, 40),
  body=f"""Dear Mr Lindqvist,

thank you for your notification on behalf of Nordic Floor Systems GmbH (policy
BHV-7720-0314, general liability). We have registered the claim under BH-26-004512.

What we understand so far
- Your team installed an epoxy floor in the kitchen of Hotel Kaiserhof, Bückeburg, in
  January.
- The hotel's general manager, Mr Stefan Rußwurm, reports blistering over about 40 m²
  and claims EUR 38,600 for replacement and EUR 12,000 for loss of income while the
  kitchen was closed.
- Nobody was injured.

Next steps
1. We have appointed the assessor Dipl.-Ing. Carsten Rohlfing, who will contact
   Mr Rußwurm for an inspection next week.
2. Please send us the delivery notes of the resin, the installation log (temperature and
   humidity) and your contract with the hotel.
3. Please do not acknowledge liability towards the hotel; we will handle the
   correspondence.

Note: the loss of income part may be excluded as a "Tätigkeitsschaden"; we will come back
to you once we have the assessor's report.

Kind regards
Petra Schonebeck

{sig("schonebeck", "en")}""")

M("C07", "CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses (employment law): cover confirmation for a named customer with employer, dismissal and monthly salary",
  frm=who("brueggemann"), to="Sören Kottenbrink <soeren.kottenbrink@web.example>",
  subj="Deckungszusage RS-26-008812 - Kündigungsschutzklage",
  date=when(5, 15, 55),
  body=f"""Sehr geehrter Herr Kottenbrink,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung RS-1174-5530
für die außergerichtliche und gerichtliche Interessenwahrnehmung (erste Instanz) wegen der
Kündigung Ihres Arbeitsverhältnisses durch die Hagedorn Logistik GmbH & Co. KG vom
26.02.2026.

Zum Streitwert: Sie haben uns ein Bruttomonatsgehalt von 4.380 EUR mitgeteilt. Der Streitwert
für die Kündigungsschutzklage beträgt damit drei Bruttomonatsgehälter, also 13.140 EUR.

Ihre Selbstbeteiligung beträgt 150 EUR. Die Kosten Ihres Anwalts, Herrn Rechtsanwalt
Tegtmeyer, übernehmen wir nach dem Rechtsanwaltsvergütungsgesetz. Bitte beachten Sie, dass
die Klagefrist von drei Wochen ab Zugang der Kündigung läuft.

Mit freundlichen Grüßen
Theresa Brüggemann

{sig("brueggemann")}""")

M("C08", "CONFIDENTIAL", "en", "insurer-to-customer",
  "travel: delayed baggage claim of a named traveller with flight, purchases and reimbursement; no health content",
  frm=who("asante"), to="Priyanka Mehta <priyanka.mehta@gmail.example>",
  subj="RE: Delayed baggage Lisbon - claim RE-26-002288",
  date=when(6, 12, 10),
  irt="<CAHy7pQ@mail.gmail.example>",
  body=f"""Dear Ms Mehta,

thank you for sending the receipts. Your baggage was delivered to your hotel in Lisbon on
3 March, 52 hours after your arrival on flight TP 571 from Hamburg on 1 March.

Under your annual travel policy RV-5512-0098 (baggage delay cover: up to EUR 300 for
necessary replacement purchases if the delay exceeds 12 hours) we reimburse:

  Toiletries, Farmácia Estrela          EUR  38.90
  Underwear and 2 T-shirts, Zara        EUR  71.85
  Phone charger                         EUR  24.99
  Total                                 EUR 135.74

We cannot reimburse the jacket (EUR 129.00), as it is not a necessary replacement purchase
for a stay in Lisbon in March, sorry. The amount will be transferred to the account we have
on file for your policy within 3 working days.

Please also claim the delay with TAP under the Montreal Convention; if they pay you,
please let us know.

Kind regards
Kwame Asante-Lohmeyer

{sig("asante", "en")}""")

M("C09", "CONFIDENTIAL", "de", "insurer-to-customer",
  "private liability: lost keys of a rented flat, settlement to the named customer's IBAN (iso-8859-1 mail)",
  frm=who("schonebeck"), to="Familie Obermeier <obermeier.hille@t-online.example>",
  subj="Schlüsselverlust - Schaden PH-26-002951",
  date=when(6, 9, 33),
  charset="iso-8859-1",
  body=f"""Sehr geehrte Frau Obermeier,

zum Verlust des Generalschlüssels Ihrer Mietwohnung (Schaden PH-26-002951 zu Ihrer
Privathaftpflicht PH-8812-3301) können wir Ihnen Folgendes mitteilen:

Die Hausverwaltung Drögemeier hat den Austausch der Schließanlage (14 Zylinder) mit
2.318,00 EUR in Rechnung gestellt. Ihre Versicherung enthält den Baustein "Verlust fremder
Schlüssel" bis 30.000 EUR, die Selbstbeteiligung beträgt 150 EUR.

Wir überweisen deshalb 2.168,00 EUR. Da Sie die Rechnung der Hausverwaltung bereits
bezahlt haben, erfolgt die Zahlung wie gewünscht an Sie:

  Kontoinhaberin: Martina Obermeier
  IBAN: DE10 5783 6734 2720 9176 41

Der Betrag wird in den nächsten Tagen gutgeschrieben. Damit ist der Schaden für uns
abgeschlossen.

Mit freundlichen Grüßen
Petra Schonebeck

{sig("schonebeck")}""")

M("C10", "CONFIDENTIAL", "de", "insurer-to-lawyer",
  "legal expenses (tenancy): cost cover to the customer's lawyer, named client, landlord and claim number",
  frm=who("brueggemann"), to="Kanzlei Tegtmeyer & Partner <kanzlei@tegtmeyer-recht.example>",
  subj="Ihr Mandant Lukas Rehbein ./. Wohnbau Porta GmbH - RS-26-009120",
  date=when(9, 11, 5),
  body=f"""Sehr geehrter Herr Rechtsanwalt Tegtmeyer,

in der Mietsache Ihres Mandanten Lukas Rehbein, Portastraße 88, 32457 Porta Westfalica,
gegen die Wohnbau Porta GmbH wegen Nebenkostennachforderung 2024 (1.942,17 EUR) sagen wir
Kostendeckung für die außergerichtliche Tätigkeit zu.

Versicherungsschein: RS-3390-1172 (Privat-, Berufs- und Wohnungs-Rechtsschutz)
Schadennummer: RS-26-009120
Selbstbeteiligung: 250 EUR (wird von Ihrer Rechnung abgezogen)

Für eine gerichtliche Geltendmachung bitten wir vorab um eine kurze Einschätzung der
Erfolgsaussichten und den Entwurf der Klageschrift.

Ihre Vorschussrechnung können Sie uns gern über das Anwaltsportal einreichen.

Mit freundlichen Grüßen
Theresa Brüggemann

{sig("brueggemann")}""")

M("C11", "CONFIDENTIAL", "en", "insurer-to-customer",
  "motor: transfer of the no-claims record from a UK insurer for a named customer, date of birth and registration",
  frm=who("riechers"), to="Gareth Pritchard <gareth.pritchard@btinternet.example>",
  subj="Your no-claims discount from the UK - policy KF-5520-1874",
  date=when(9, 14, 48),
  body=f"""Dear Mr Pritchard,

good news: we have checked the no-claims certificate from your UK insurer (Admiral, 9
years claim-free, policy ending 15 January 2026) and can recognise it for your German
motor policy.

  Policyholder:    Gareth Owen Pritchard, born 22/06/1984
  Vehicle:         Volvo XC40, registration MI-GP 1984
  Policy:          KF-5520-1874
  Class:           SF 9 in third-party liability and comprehensive (was SF 0)

Your premium for the rest of the insurance year (until 31 December) falls from EUR 1,487.20
to EUR 682.40. The difference will be credited to your account; a new policy schedule
follows by post.

One request: the German authorities require the registration date of your first UK
driving licence. Could you send us a photo of the back of your UK licence?

Kind regards
Malte Riechers

{sig("riechers", "en")}""")

M("C12", "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor premium arrears after a returned direct debit: named customer, amount owed, fees and masked IBAN (HTML alternative)",
  frm=who("luedeking"), to="Kevin Stührenberg <kevin.stuehrenberg@gmx.example>",
  subj="Zahlungserinnerung Kfz-Versicherung KF-2907-4471",
  date=when(10, 8, 20),
  body=f"""Sehr geehrter Herr Stührenberg,

die Lastschrift für Ihren Kfz-Beitrag (Vertrag KF-2907-4471, Fahrzeug MI-KS 707) vom
02.03.2026 konnte von Ihrer Bank nicht eingelöst werden (Rückgabegrund: Konto ungedeckt).

  Beitrag März-Mai 2026        186,45 EUR
  Rücklastschriftgebühr Bank     3,50 EUR
  offen                        189,95 EUR

Bitte überweisen Sie den Betrag bis zum 24.03.2026 auf unser Konto bei der Weserland Bank,
IBAN DE45 2456 3896 0031 3467 44, Verwendungszweck KF-2907-4471. Wir können den Betrag auch
erneut von Ihrem Konto DE21 **** **** **** **28 75 einziehen, wenn Sie uns das kurz
bestätigen.

Bitte beachten Sie: Wird der Folgebeitrag nicht gezahlt, kann der Versicherungsschutz
entfallen (§ 38 VVG).

Mit freundlichen Grüßen
Greta Lüdeking

{sig("luedeking")}""",
  html=f"""<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr St&uuml;hrenberg,</p>
<p>die Lastschrift f&uuml;r Ihren Kfz-Beitrag (Vertrag <b>KF-2907-4471</b>, Fahrzeug MI-KS 707) vom
02.03.2026 konnte von Ihrer Bank nicht eingel&ouml;st werden (R&uuml;ckgabegrund: Konto ungedeckt).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Beitrag M&auml;rz&ndash;Mai 2026</td><td align="right">186,45 &euro;</td></tr>
<tr><td>R&uuml;cklastschriftgeb&uuml;hr Bank</td><td align="right">3,50 &euro;</td></tr>
<tr><td><b>offen</b></td><td align="right"><b>189,95 &euro;</b></td></tr>
</table>
<p>Bitte &uuml;berweisen Sie den Betrag bis zum 24.03.2026 auf unser Konto bei der Weserland Bank,
IBAN DE45 2456 3896 0031 3467 44, Verwendungszweck KF-2907-4471. Wir k&ouml;nnen den Betrag auch
erneut von Ihrem Konto DE21 **** **** **** **28 75 einziehen, wenn Sie uns das kurz best&auml;tigen.</p>
<p>Bitte beachten Sie: Wird der Folgebeitrag nicht gezahlt, kann der Versicherungsschutz entfallen (&sect;&nbsp;38 VVG).</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Greta L&uuml;deking<br>Forderungsmanagement</p>
</body></html>""")

M("C13", "CONFIDENTIAL", "de", "internal",
  "HR: payroll correction for a named employee with salary figures and tax class; income data, no health",
  frm=who("steinmeier"), to="entgeltabrechnung@weserbogen-vg.example",
  subj="[vertraulich] Korrektur Entgelt März - Personalnr. 10447",
  date=when(10, 13, 15),
  body=f"""Hallo Entgeltabrechnung,

bitte für die März-Abrechnung von Frau Katharina Lohmeier (Personalnr. 10447, Team
Kfz-Schaden) korrigieren:

- Höhergruppierung von TG 6 nach TG 7 rückwirkend zum 01.01.2026 (Vorstandsbeschluss
  vom 24.02.)
- Monatsgehalt neu 4.512,00 EUR brutto (bisher 4.163,00 EUR), Nachzahlung Jan./Feb.
  2 x 349,00 EUR = 698,00 EUR
- Steuerklasse IV, keine Änderung
- VWL weiterhin 40 EUR

Die geänderte Vereinbarung liegt in der Personalakte (Scan vom 09.03.).

Danke und Gruß
Annika

{sig("steinmeier", None)}""")

M("C14", "CONFIDENTIAL", "en", "insurer-to-broker",
  "cargo claim of a client company with named contact person, consignment details and claim figures",
  frm=who("sandkamp"), to="Amelia Cho <a.cho@meridian-brokers.example>",
  subj="Cargo claim TR-26-000733 - Westfalia Maschinenbau / container MSKU 7734120",
  date=when(11, 10, 2),
  body=f"""Dear Amelia,

regarding the wet-damage claim of your client Westfalia Maschinenbau GmbH (open cover
TR-OC-0412), contact Mr Jörg Hartmann, head of logistics:

- Consignment: 2 CNC milling machines, invoice value EUR 412,000
- Voyage: Hamburg - Nhava Sheva, container MSKU 7734120, B/L HLCU-HAM-2210937
- Damage found at discharge on 18 February; surveyor's preliminary estimate EUR 96,500
  (corrosion of the machine beds, electrical cabinets)

We accept cover in principle, subject to the final survey report. Please ask Mr Hartmann
to lodge a written claim against the carrier within the time bar (the notice of 19 February
was by phone only) and send us the carrier's response.

Reserve set at EUR 100,000. We will appoint our own surveyor in Mumbai for the
salvage sale.

Best regards
Oliver

{sig("sandkamp", "en")}""")

M("C15", "CONFIDENTIAL", "de", "insurer-to-customer",
  "buildings: water damage claim of a named customer, assessor appointment at her address (ICS attached)",
  frm=who("vahrenhorst"), to="Ursula Tiemann <u.tiemann@ewe.example>",
  subj="Ihr Leitungswasserschaden WG-26-011873 - Termin mit dem Gutachter",
  date=when(11, 15, 40),
  body=f"""Sehr geehrte Frau Tiemann,

wie telefonisch abgestimmt kommt unser Sachverständiger, Herr Dipl.-Ing. Rohlfing, am

   Donnerstag, 19. März 2026, zwischen 10:00 und 11:00 Uhr

zu Ihnen in die Waldstraße 23, 31675 Bückeburg, um sich den Wasserschaden im Bad und in
der darunterliegenden Küche anzusehen (Schaden WG-26-011873, Wohngebäudeversicherung
WG-6601-2284). Einen Kalendereintrag habe ich angehängt.

Bitte bewahren Sie das defekte Rohrstück auf und halten Sie die Rechnung des Notdienstes
bereit. Die Trocknungsgeräte dürfen bis zum Termin laufen; den Stromverbrauch erstatten wir.

Mit freundlichen Grüßen
Imke Vahrenhorst

{sig("vahrenhorst")}""",
  att=[("Termin_Gutachter_WG-26-011873.ics", "ics", ics(
      "wg-26-011873-termin@weserbogen-vg.example", "20260319T100000", "20260319T110000",
      "Besichtigung Leitungswasserschaden WG-26-011873 (Gutachter Rohlfing)",
      "Waldstraße 23, 31675 Bückeburg",
      "Versicherungsnehmerin: Ursula Tiemann, Tel. 05722 889310. Schaden Bad/Küche.",
      addr("vahrenhorst"), ["u.tiemann@ewe.example", "c.rohlfing@sv-rohlfing.example"]))])
# --- CONFIDENTIAL, part 2 -------------------------------------------------

M("C16", "CONFIDENTIAL", "de", "insurer-to-assessor",
  "motor: inspection order to an assessor with claimant's name, phone, plate and claim number; nobody injured",
  frm=who("riechers"), to="Sachverständigenbüro Rohlfing <auftrag@sv-rohlfing.example>",
  subj="Gutachtenauftrag KS-26-020417 / MI-AB 3021",
  date=when(12, 8, 35),
  body=f"""Hallo Herr Rohlfing,

bitte um Besichtigung und Gutachten (Haftpflichtschaden, wir sind KH-Versicherer des
Unfallgegners):

Schaden-Nr.:   KS-26-020417
Anspruchsteller: Andreas Bultmann, Rodenbecker Str. 4, 32427 Minden, Tel. 0171 4428109
Fahrzeug:      Audi A4 Avant, MI-AB 3021, EZ 04/2021, ca. 48.000 km
Schadenhergang: Auffahrunfall an der Ampel Ringstraße/Portastraße am 10.03., unser VN
               ist aufgefahren. Heck und Heckklappe beschädigt. Personen nicht verletzt.
Standort:      Autohaus Kuhlmann, Minden (Werkstatt weiß Bescheid)

Bitte auch den Wiederbeschaffungswert angeben, die Reparaturkosten könnten knapp werden.
Der Anspruchsteller wünscht eine zügige Abwicklung, er ist beruflich aufs Auto angewiesen
und hat einen Mietwagen genommen.

Danke & Gruß
Malte Riechers

{sig("riechers")}""")

M("C17", "CONFIDENTIAL", "en", "insurer-to-customer",
  "pet health insurance: vet bill for a named customer's dog (animal health, not human), reimbursement",
  frm="Pet Claims <tierversicherung@weserbogen-vg.example>",
  to="Hannah Ellison <hannah.ellison@posteo.example>",
  subj="Claim TK-26-000915 - Bruno (Labrador) - cruciate ligament surgery",
  date=when(12, 11, 20),
  body="""Dear Ms Ellison,

we have assessed the invoice of Tierklinik Lahde of 6 March for your dog Bruno
(Labrador, microchip 276098106453871, pet health policy TK-1098-4420).

  Examination, X-ray, anaesthesia              EUR   412.60
  TPLO surgery, right hind leg (GOT 2.0 x)      EUR 1,980.00
  Implants and material                        EUR   548.30
  Inpatient stay 2 days, medication            EUR   266.90
  Total invoice                                EUR 3,207.80
  Covered (80 %)                               EUR 2,566.24
  Annual excess                                - EUR 250.00
  Payment                                      EUR 2,316.24

The payment will be made to your account within the next few days. The follow-up
physiotherapy for Bruno is covered up to EUR 300 per year; please send the invoices when
the treatment is finished.

We wish Bruno a quick recovery!

Weserbogen Pet Claims Team""")

M("C18", "CONFIDENTIAL", "de", "insurer-to-customer",
  "glass breakage: payment of a broken glass ceramic hob for a named customer, policy number and IBAN (base64 body)",
  frm=who("vahrenhorst"), to="Bernd Kassebaum <bernd.kassebaum@web.example>",
  subj="Glasbruch Ceranfeld - Schaden GL-26-000412",
  date=when(12, 14, 5),
  cte="base64",
  body=f"""Sehr geehrter Herr Kassebaum,

danke für die Fotos und die Rechnung von Elektro Wehking. Den Bruch des Glaskeramik-
Kochfelds regulieren wir aus Ihrer Glasversicherung GL-7720-0051 wie folgt:

Neues Kochfeld (Glaskeramik-Ersatzplatte) 389,00 EUR
Einbau / Anfahrt                           94,50 EUR
Erstattung                                483,50 EUR

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart. Wir überweisen den Betrag
auf Ihr Konto DE90 4920 7471 4144 1259 29.

Mit freundlichen Grüßen
Imke Vahrenhorst

{sig("vahrenhorst")}""")

M("C19", "CONFIDENTIAL", "mixed", "insurer-to-customer",
  "motor: English explanation of a German policy schedule quoted in the mail; named customer, plate, policy number, premium",
  frm=who("riechers"), to="Tomasz Wiśniewski <t.wisniewski@onet.example>",
  subj="RE: What does my insurance letter mean?",
  date=when(13, 9, 40),
  irt="<5b1f2c9a.7d01@onet.example>",
  body=f"""Dear Mr Wiśniewski,

no problem, here is what the German letter says, line by line:

> Versicherungsschein Nr. KF-6630-2109
> Versicherungsnehmer: Tomasz Wiśniewski, Stiftsallee 41, 32425 Minden
> Fahrzeug: Ford Transit Custom, amtl. Kennzeichen MI-TW 88
> Kfz-Haftpflicht SF 3 (60 %), Teilkasko SB 150 EUR
> Jahresbeitrag: 1.146,80 EUR, Zahlweise vierteljährlich (286,70 EUR)

- "Versicherungsschein" = policy document, your policy number is KF-6630-2109.
- "Kfz-Haftpflicht SF 3 (60 %)" = third-party liability, no-claims class 3, you pay 60 %
  of the base premium.
- "Teilkasko SB 150 EUR" = partial cover (theft, fire, storm, glass, animals) with an
  excess of EUR 150.
- "Zahlweise vierteljährlich" = you pay every three months, EUR 286.70 each time.

The "Beitragsrechnung" you also received is just the first invoice; the amount is
collected from your account on 1 April, you do not need to do anything.

Kind regards
Malte Riechers

{sig("riechers", "en")}""")

M("C20", "CONFIDENTIAL", "de", "broker",
  "broker's request (forwarded internally) to add a young driver with date of birth to a named customer's motor policy",
  frm=who("poeppelmann"), to="kfz-bestand@weserbogen-vg.example",
  subj="WG: Fahrerkreiserweiterung Vertrag KF-1125-7730 (Makler Olbrich)",
  date=when(13, 14, 18),
  body=f"""Hallo Kfz-Bestand,

bitte die Änderung von Herrn Olbrich bearbeiten und die Beitragsdifferenz direkt an ihn
zurückmelden. Danke!

Jonas

{sig("poeppelmann", None)}

---------- Forwarded message ---------
Von: Finanzkontor Olbrich e.K. <info@finanzkontor-olbrich.example>
Datum: Fr., 13. März 2026 um 11:02
Betreff: Fahrerkreiserweiterung Vertrag KF-1125-7730
An: Jonas Pöppelmann <jonas.poeppelmann@weserbogen-vg.example>

Hallo Herr Pöppelmann,

mein Kunde Herr Hartmut Sieveking (VN, Vertrag KF-1125-7730, VW Tiguan MI-HS 550)
möchte ab 01.04.2026 seinen Sohn als Fahrer eintragen lassen:

Fahrer: Moritz Sieveking, geb. 03.08.2007, Führerschein seit 09/2025 (begleitetes
Fahren ab 17)

Bitte um kurze Info zum Mehrbeitrag. Der Kunde überlegt alternativ, den Sohn über
einen eigenen Zweitwagenvertrag zu versichern.

Freundliche Grüße
Rainer Olbrich
Finanzkontor Olbrich e.K., Versicherungsmakler
Markt 6, 32312 Lübbecke""")

M("C21", "CONFIDENTIAL", "en", "internal",
  "attachment-only: refund batch CSV with customers' names, IBANs and property premium refunds; body harmless",
  frm="Finance Operations <finance-ops@weserbogen-vg.example>",
  to="payments@weserbogen-vg.example",
  subj="Refund batch RB-2026-03-14 for release",
  date=when(16, 8, 10),
  body="""Hi payments team,

attached the refund batch for today's payment run (premium refunds after cancellations and
sum insured adjustments, property & liability only). 6 items, total EUR 1,254.62.
Four-eyes check done by Jens. Please release by 11:00 for value date tomorrow.

Thanks
Finance Operations""",
  att=[("RB-2026-03-14.csv", "csv", csv_bytes([
      ["policy", "name", "iban", "amount_eur", "reason"],
      ["HR-0412-8812", "Gisela Ruhe", "DE94249210584219782578", "84.20", "cancellation pro rata"],
      ["WG-7711-0934", "Carsten Budde", "DE63773433600731731128", "412.66", "sum insured correction"],
      ["PH-3310-2255", "Aleksandra Nowak", "DE66149598058612068422", "31.40", "cancellation pro rata"],
      ["HR-5530-1187", "Yannick Frerichs", "DE66838150188470773442", "52.10", "duplicate payment"],
      ["GL-0987-6612", "Ruth Ellermann", "DE51181381993262260335", "18.90", "cancellation pro rata"],
      ["WG-2205-7740", "Mehmet Yıldız", "DE50258936647533620324", "655.36", "sum insured correction"]],
      sep=",", enc="utf-8"), "utf-8")])

M("C22", "CONFIDENTIAL", "de", "insurer-to-customer",
  "household cancellation after a move abroad: named customer, policy, refund to IBAN (windows-1252 mail)",
  frm="Kundenservice <service@weserbogen-vg.example>",
  to="Anneliese Kröger <a.kroeger@gmx.example>",
  subj="Kündigungsbestätigung Hausratversicherung HR-4456-0211",
  date=when(16, 10, 45),
  charset="windows-1252",
  body="""Sehr geehrte Frau Kröger,

wir bestätigen die Kündigung Ihrer Hausratversicherung HR-4456-0211 wegen Ihres Umzugs nach
Österreich zum 31.03.2026.

Den zu viel gezahlten Beitrag für die Zeit vom 01.04. bis 31.12.2026 (anteilig 98,55 €)
erstatten wir auf Ihr österreichisches Konto:

  Kontoinhaberin: Anneliese Kröger
  IBAN: AT07 3400 0005 1273 8456

Für Ihre neue Wohnung in Linz empfehlen wir Ihnen, rechtzeitig einen Versicherer vor Ort zu
beauftragen. Ihre Privathaftpflicht bei uns (PH-4456-0212) läuft unverändert weiter; sie gilt
auch bei Wohnsitz in Österreich.

Mit freundlichen Grüßen
Ihr Kundenservice
Weserbogen Allgemeine Versicherung AG""")

M("C23", "CONFIDENTIAL", "de", "insurer-to-company",
  "fleet claims list (XLSX) for a client company with drivers' names, plates and amounts; no injuries",
  frm=who("riechers"), to="Fuhrparkleitung <fuhrpark@owl-pflegedienste.example>",
  cc=who("sandkamp"),
  subj="Schadenliste Flotte FL-0087 (2023-2026) für Ihre Jahresbesprechung",
  date=when(17, 9, 5),
  body=f"""Sehr geehrte Frau Wessel,

wie gewünscht die Schadenliste Ihrer Flotte für das Jahresgespräch am 26.03. Enthalten
sind alle Schäden seit 01.01.2023 mit Fahrer, Kennzeichen und Aufwand. Es gab in dem
Zeitraum keine Personenschäden.

Auffällig sind die Parkschäden (12 von 19 Schäden), vor allem bei den Kleinwagen der
ambulanten Touren. Herr Sandkamp wird Ihnen im Gespräch ein Fahrsicherheitstraining
vorschlagen, das wir zur Hälfte bezuschussen.

Mit freundlichen Grüßen
Malte Riechers

{sig("riechers")}""",
  att=[("Schadenliste_FL-0087.xlsx", "xlsx", xlsx([
      ("Schäden", [
          ["Schaden-Nr.", "Datum", "Kennzeichen", "Fahrer/in", "Art", "Sparte", "Aufwand EUR", "Status"],
          ["KS-23-004411", "2023-02-14", "MI-PD 301", "Sabine Korte", "Parkschaden", "VK", 1840.20, "erledigt"],
          ["KS-23-019982", "2023-09-02", "MI-PD 307", "Oleksandr Bondar", "Wildunfall Reh", "TK", 2311.00, "erledigt"],
          ["KS-24-002105", "2024-01-20", "MI-PD 301", "Sabine Korte", "Parkschaden", "VK", 960.50, "erledigt"],
          ["KS-24-011730", "2024-06-11", "MI-PD 312", "Jennifer Plaß", "Auffahrunfall, Gegner", "KH", 4210.80, "erledigt"],
          ["KS-25-007413", "2025-04-03", "MI-PD 315", "Torsten Hake", "Glasbruch", "TK", 488.00, "erledigt"],
          ["KS-26-003391", "2026-01-27", "MI-PD 307", "Oleksandr Bondar", "Parkschaden", "VK", 1205.00, "offen"]]),
      ("Summen", [["Jahr", "Anzahl", "Aufwand EUR"], [2023, 6, 9120.40], [2024, 7, 11820.75],
                  [2025, 4, 5310.00], [2026, 2, 2405.00]])],
      author="Malte Riechers", title="Schadenliste FL-0087"))])

M("C24", "CONFIDENTIAL", "en", "insurer-to-customer",
  "cyber insurance quote for a sole trader (natural person) with turnover and business address",
  frm=who("sandkamp"), to="Elif Arslan <elif@arslan-design.example>",
  subj="Your cyber insurance quote - Arslan Design (sole proprietor)",
  date=when(17, 16, 0),
  body=f"""Dear Ms Arslan,

thank you for completing the questionnaire. Based on your answers we can offer:

  Policyholder:     Elif Arslan, trading as "Arslan Design", Simeonsplatz 9, 32423 Minden
  Turnover 2025:    EUR 184,000 (as stated by you)
  Employees:        2 part-time
  Limit:            EUR 250,000 per claim and year
  Excess:           EUR 500
  Annual premium:   EUR 612.00 incl. insurance tax

Included: incident response hotline 24/7, forensic costs, data recovery, business
interruption (12-hour waiting period), third-party liability for data breaches, and costs
of notifying your clients.

Condition: multi-factor authentication for e-mail and cloud storage and a weekly offline
backup - you confirmed both in the questionnaire.

If you accept, just reply to this e-mail and the cover starts the next day.

Kind regards
Oliver Sandkamp

{sig("sandkamp", "en")}""")

M("C25", "CONFIDENTIAL", "de", "insurer-to-customer",
  "traffic legal expenses: speeding fine (administrative offence) of the named customer, file number and cover; not criminal",
  frm=who("brueggemann"), to="Patrick Niermann <patrick.niermann@freenet.example>",
  subj="Ihr Bußgeldverfahren - Deckungszusage RS-26-010377",
  date=when(18, 11, 25),
  body=f"""Guten Tag Herr Niermann,

für die Verteidigung gegen den Bußgeldbescheid des Kreises Herford vom 02.03.2026
(Az. 3.1-OWi 7745/26, Geschwindigkeitsüberschreitung außerorts um 31 km/h auf der B 239
bei Kirchlengern, 260 EUR, 2 Punkte, 1 Monat Fahrverbot) besteht Versicherungsschutz aus
Ihrem Verkehrs-Rechtsschutz RS-4410-8830.

Wir übernehmen die Kosten Ihres Verteidigers und eines technischen Gutachtens zur
Messung. Die Einspruchsfrist beträgt zwei Wochen ab Zustellung - bitte beauftragen Sie
den Anwalt umgehend, falls noch nicht geschehen.

Selbstbeteiligung: keine (Verkehrs-RS ohne SB).

Mit freundlichen Grüßen
Theresa Brüggemann

{sig("brueggemann")}""")

M("C26", "CONFIDENTIAL", "en", "insurer-to-partner",
  "rent deposit guarantee: named tenant and landlord, address and guarantee amount to a bank",
  frm="Kautionsservice <kaution@weserbogen-vg.example>",
  to="Property Services <property-services@weserlandbank.example>",
  subj="Rent deposit guarantee KB-26-000188 - tenant Samuel Adeyemi",
  date=when(18, 14, 30),
  body="""Dear colleagues,

as landlord's bank you asked for confirmation of our rent deposit guarantee:

  Guarantee no.:  KB-26-000188
  Tenant:         Samuel Adeyemi
  Landlord:       Erbengemeinschaft Vogt, c/o Hausverwaltung Niemann, Minden
  Flat:           Marienstraße 54, 2nd floor left, 32427 Minden
  Amount:         EUR 2,370.00 (3 x basic rent of EUR 790.00)
  Valid from:     1 April 2026, until return of the original guarantee deed

The original guarantee deed was sent to the landlord's management on 16 March. We pay on
first written demand stating that the landlord has a claim from the tenancy.

Kind regards
Weserbogen Rent Deposit Service
Weserbogen Allgemeine Versicherung AG""")

M("C27", "CONFIDENTIAL", "de", "insurer-to-customer",
  "reply with quoted history: natural-hazard cover of a named customer's house, policy number and address",
  frm=who("vahrenhorst"), to="Heiko Brinkmann <heiko.brinkmann@t-online.example>",
  subj="AW: Sind wir gegen Hochwasser versichert?",
  date=when(19, 9, 50),
  irt="<004a01dcb1f2$6e1a2b30$@t-online.example>",
  body=f"""Guten Morgen Herr Brinkmann,

ja, Sie sind versichert. In Ihrer Wohngebäudeversicherung WG-3385-1940 ist seit dem
Vertragswechsel 2021 der Baustein "Weitere Elementargefahren" enthalten. Das umfasst
Überschwemmung durch Ausuferung der Weser, Starkregen und Rückstau.

Die Selbstbeteiligung beträgt 10 % des Schadens, mindestens 500, höchstens 5.000 Euro.

Der Keller ist mitversichert. Voraussetzung beim Rückstau: Die Rückstauklappe muss
funktionsfähig sein und gewartet werden (Tipp: Wartungsnachweis aufheben).

Viele Grüße
Imke Vahrenhorst

{sig("vahrenhorst")}

-----Ursprüngliche Nachricht-----
Von: Heiko Brinkmann <heiko.brinkmann@t-online.example>
Gesendet: Mittwoch, 18. März 2026 20:15
An: Vahrenhorst, Imke
Betreff: Sind wir gegen Hochwasser versichert?

Hallo Frau Vahrenhorst,

nach dem Sturm neulich stand die Weser bei uns in Petershagen-Lahde wieder bis an die
Gartenmauer (Weserstraße 12). Meine Frau fragt, ob unser Haus eigentlich gegen
Hochwasser versichert ist. Der Keller ist halb ausgebaut.

Gruß Heiko Brinkmann""")

M("C28", "CONFIDENTIAL", "mixed", "customer",
  "forwarded English customer mail (message/rfc822) about a car theft with plate, VIN and police report number; German note",
  frm=who("riechers"), to="kfz-schaden-team2@weserbogen-vg.example",
  subj="WG: Stolen car - policy KF-8871-3320",
  date=when(19, 13, 12),
  body=f"""Hallo Team 2,

anbei die Diebstahlmeldung von Herrn Lindgren (Mail hängt an). Bitte Schadennummer
anlegen, Diebstahlfragebogen auf Englisch schicken und die Polizeiakte anfordern.
Wartezeit 1 Monat läuft ab 17.03. Ich bin ab morgen im Urlaub.

Gruß Malte

{sig("riechers", None)}""",
  att=[("rfc822", inner(
      "Erik Lindgren <erik.lindgren@telia.example>", "kfz-schaden@weserbogen-vg.example",
      "Stolen car - policy KF-8871-3320", when(18, 22, 4),
      """Hello,

my car was stolen last night from the street in front of my house, Schillerstraße 31,
32052 Herford. It is a BMW 320d Touring, registration HF-EL 260, VIN WBA8H910X0K587331,
policy KF-8871-3320 (comprehensive).

I reported it to the police in Herford this morning, the report number is
HF-2026-0311-4471. Both keys are at home, I can send them to you.

What do I need to do now? I need a car for work, does the insurance pay for a rental car?

Best regards
Erik Lindgren
+46 70 551 2290 / +49 1522 7781630""",
      mid="<e1d77c20-4b1a-4c6e-9a1c-lindgren@telia.example>"))])

M("C29", "CONFIDENTIAL", "en", "insurer-to-customer",
  "travel cancellation because of job loss (no health content): named customer, booking, amounts",
  frm=who("asante"), to="Laura Kensington <laura.kensington@icloud.example>",
  subj="Your cancellation claim RR-26-001402 - Crete, May 2026",
  date=when(20, 10, 0),
  body=f"""Dear Ms Kensington,

I am sorry to hear that you lost your job. Unexpected redundancy is an insured event under
your trip cancellation policy RR-7730-0459, provided the employer gave notice after the
booking was made - which is the case here (booking 12 December 2025, notice of redundancy
from Brandes Logistik GmbH dated 27 February 2026).

  Package holiday Crete, 16-30 May 2026, 2 persons   EUR 3,480.00
  Cancellation charge of the tour operator (40 %)    EUR 1,392.00
  Excess (20 % of the cancellation charge)            - EUR 278.40
  Payment                                            EUR 1,113.60

Please send us the final invoice of the tour operator showing the cancellation charge.
We will pay within 5 working days after receipt.

Kind regards
Kwame Asante-Lohmeyer

{sig("asante", "en")}""")

M("C30", "CONFIDENTIAL", "de", "insurer-to-broker",
  "commission statement of a sole-trader broker (natural person) with his IBAN and tax number",
  frm="Provisionsabrechnung <provision@weserbogen-vg.example>",
  to="Finanzkontor Olbrich e.K. <info@finanzkontor-olbrich.example>",
  subj="Courtageabrechnung Februar 2026 - Vermittlernummer 40-2291",
  date=when(20, 7, 45),
  body="""Sehr geehrter Herr Olbrich,

Ihre Courtageabrechnung für Februar 2026 (letztmalig per E-Mail, ab April nur noch im
Maklerportal bzw. per BiPRO):

  Abschlusscourtage Sach/HUK             1.284,50 EUR
  Bestandscourtage Sach/HUK                612,18 EUR
  Abschlusscourtage Leben (Ratenz.)        940,00 EUR
  Stornohaftung                          - 118,40 EUR
  Summe (umsatzsteuerfrei § 4 Nr. 11 UStG) 2.718,28 EUR

Auszahlung am 25.03.2026 auf Ihr Konto
  Kontoinhaber: Rainer Olbrich
  IBAN: DE39 4622 3412 9780 1509 48

Steuernummer laut unseren Unterlagen: 335/5012/4471 (Finanzamt Lübbecke). Bitte teilen
Sie uns Änderungen umgehend mit.

Mit freundlichen Grüßen
Provisionsabrechnung
Weserbogen Versicherungsgruppe""")
# --- CONFIDENTIAL, part 3 -------------------------------------------------

M("C31", "CONFIDENTIAL", "en", "insurer-to-company",
  "D&O notification of circumstances: client company with named directors and an allegation of mismanagement; no special categories",
  frm=who("sandkamp"), to="Dr. Claudia Vennemann <c.vennemann@hevelmann-ag.example>",
  cc="Rupert Fenwick <r.fenwick@meridian-brokers.example>",
  subj="D&O policy DO-2210-0045 - your notice of circumstances of 17 March",
  date=when(23, 9, 15),
  body=f"""Dear Dr. Vennemann,

we acknowledge receipt of the notice of circumstances under the D&O policy of Hevelmann AG
(DO-2210-0045), registered as DO-26-000071.

As we understand it, the insolvency administrator of the former subsidiary Hevelmann
Kunststofftechnik GmbH has announced claims against two former managing directors,
Mr Frank Ostendorf and Mr Lars Pieper, for payments made after the subsidiary became
insolvent (sec. 15b InsO), in an amount of approx. EUR 1.9m.

The notice is within the policy period and preserves cover for later claims arising
from these circumstances. Please forward any written claim immediately. Both gentlemen
should not comment on the allegations to the administrator without consulting us.

We have asked Meridian (copied) to send us the subsidiary's last three annual accounts.

Kind regards
Oliver Sandkamp

{sig("sandkamp", "en")}""")

M("C32", "CONFIDENTIAL", "de", "insurer-to-customer",
  "motorcycle seasonal plate change for a named customer with plate and policy number (format=flowed, 8bit)",
  frm=who("riechers"), to="Jörg Pöhlmann <joerg.poehlmann@posteo.example>",
  subj="Re: Saisonkennzeichen Motorrad ändern",
  date=when(23, 12, 2),
  flowed=True, cte="8bit",
  irt="<a7c2-99e1@posteo.example>",
  body=f"""Hallo Herr Pöhlmann,

erledigt: Für Ihre Honda Africa Twin (MI-JP 62, Vertrag KF-0451-6618) gilt das 
Saisonkennzeichen ab sofort von 01.03. bis 31.10. statt bisher 01.04. bis 30.09.

Der Jahresbeitrag steigt dadurch von 118,60 EUR auf 149,20 EUR, die Differenz für 
dieses Jahr (30,60 EUR) buchen wir Anfang April ab. Bitte denken Sie daran, das neue 
Saisonkennzeichen bei der Zulassungsstelle eintragen zu lassen - wir schicken die 
eVB-Nummer dafür gleich separat.

Gute Fahrt in die Saison!
Malte Riechers

Am 22.03.2026 um 18:40 schrieb Jörg Pöhlmann:
> Moin, kann ich mein Saisonkennzeichen auf März bis Oktober ändern? Der Winter 
> wird ja immer kürzer. Gruß J. Pöhlmann

{sig("riechers", None)}""")

M("C33", "CONFIDENTIAL", "de", "insurer-to-customer",
  "photovoltaic system on a named customer's house damaged by hail: policy, address and settlement",
  frm=who("vahrenhorst"), to="Christa und Ralf Dammeier <dammeier.rahden@gmx.example>",
  subj="Hagelschaden PV-Anlage - Schaden PV-26-000318",
  date=when(23, 15, 27),
  body=f"""Sehr geehrte Frau Dammeier, sehr geehrter Herr Dammeier,

der Gutachter hat an Ihrer Photovoltaikanlage (Lemförder Straße 140, 32369 Rahden;
Photovoltaikversicherung PV-1188-2037) sieben Module mit Hagelschäden (Glasbruch bzw.
Mikrorisse) festgestellt. Die übrigen 23 Module sind in Ordnung.

Wir übernehmen:
  7 Ersatzmodule inkl. Montage (Angebot Solartechnik Lübbecke)   2.940,00 EUR
  Gerüst                                                            780,00 EUR
  Ertragsausfall (geschätzt 6 Wochen)                               210,00 EUR
  abzüglich Selbstbeteiligung                                     - 250,00 EUR
  Entschädigung                                                   3.680,00 EUR

Bitte beauftragen Sie die Reparatur; die Rechnung kann direkt an uns gehen, dann zahlen
wir an den Installateur. Den Ertragsausfall überweisen wir Ihnen direkt.

Mit freundlichen Grüßen
Imke Vahrenhorst

{sig("vahrenhorst")}""")

M("C34", "CONFIDENTIAL", "mixed", "insurer-to-customer",
  "household insurance of an international student: English reply with the German confirmation letter quoted (name, date of birth, address, policy)",
  frm="Customer Service <service@weserbogen-vg.example>",
  to="Ana Lucía Ferreira <analucia.ferreira@uni-bielefeld.example>",
  subj="RE: Confirmation for my landlord",
  date=when(24, 10, 50),
  irt="<b3a91f@uni-bielefeld.example>",
  body="""Dear Ms Ferreira,

your landlord needs the confirmation in German. Here it is; you can forward this e-mail or
print it. An English translation is below the German text.

--- Versicherungsbestätigung ---
Hiermit bestätigen wir, dass Frau Ana Lucía Ferreira, geb. 09.01.2003, wohnhaft
Stapenhorststraße 101, App. 4.17, 33615 Bielefeld, bei uns seit dem 01.10.2025 eine
Hausrat- und Privathaftpflichtversicherung (Vertrag HR-9021-3376 / PH-9021-3377,
Deckungssumme Haftpflicht 10 Mio. EUR, Mietsachschäden eingeschlossen) unterhält.
Der Vertrag ist ungekündigt, die Beiträge sind bezahlt.
Minden, 24.03.2026 - Weserbogen Allgemeine Versicherung AG
--- Ende ---

English: We confirm that Ms Ana Lucía Ferreira, born 9 January 2003, living at the address
above, has held contents and personal liability insurance with us since 1 October 2025
(liability limit EUR 10m, damage to rented property included). The contract is in force
and the premiums are paid.

Kind regards
Weserbogen Customer Service""")

M("C35", "CONFIDENTIAL", "en", "insurer-to-customer",
  "e-bike theft settlement letter (ODT) for a named customer with frame number, amount and IBAN; body mentions only the claim",
  frm=who("vahrenhorst"), to="Jonathan Reeves <jon.reeves@mailbox.example>",
  subj="Settlement of your e-bike claim FA-26-000530",
  date=when(24, 14, 13),
  body=f"""Dear Mr Reeves,

please find attached our settlement letter for the theft of your e-bike. As you asked for
a document you can edit for your records, I have attached it as an OpenDocument file.

Kind regards
Imke Vahrenhorst

{sig("vahrenhorst", "en")}""",
  att=[("Settlement_FA-26-000530.odt", "odt", odt([
      ("h", "Settlement of claim FA-26-000530"),
      "Weserbogen Allgemeine Versicherung AG, Glacisweg 40, 32423 Minden",
      "Policyholder: Jonathan Reeves, Bismarckstraße 7, 32427 Minden",
      "Policy: FR-2287-6610 (bicycle and e-bike insurance)",
      "Date of loss: 14 March 2026, Minden railway station, bicycle stand B",
      ("table", [["Item", "Amount"],
                 ["E-bike Riese & Müller Charger4, frame no. RM4-22-118734, purchase price 2023", "EUR 4,699.00"],
                 ["Depreciation (none, new-value cover within 3 years)", "EUR 0.00"],
                 ["Lock (Abus Bordo 6500), purchase price", "EUR 119.95"],
                 ["Total settlement", "EUR 4,818.95"]]),
      "Payment to: Jonathan Reeves, IBAN DE29 4862 2263 7748 8967 57",
      "If the e-bike is recovered, please inform us immediately; you may then choose to keep "
      "the e-bike and repay the settlement, or transfer ownership to us.",
      "Minden, 24 March 2026"], author="Imke Vahrenhorst", title="Settlement FA-26-000530"))])

M("C36", "CONFIDENTIAL", "de", "insurer-to-customer",
  "dog owner's liability: the insured dog bit another dog; vet bill of the other dog (animal health) and the named owner",
  frm=who("schonebeck"), to="Marion Stiegemeier <m.stiegemeier@web.example>",
  subj="Ihr Hundehaftpflichtschaden TH-26-001207 (Vorfall Weserpromenade)",
  date=when(25, 9, 30),
  body=f"""Sehr geehrte Frau Stiegemeier,

zum Vorfall vom 7. März an der Weserpromenade, bei dem Ihr Rüde "Kalle" (Tierhalter-
haftpflicht TH-5541-0080) die Hündin "Frieda" von Herrn Volker Gerdes gebissen hat:

Herr Gerdes hat uns die Rechnung der Tierarztpraxis Dr. Möllering eingereicht
(Wundversorgung unter Sedierung, Naht, Antibiotikum, zwei Nachkontrollen) über 684,30 EUR.
Die Tierhalterhaftung greift unabhängig vom Verschulden. Wir zahlen die Rechnung direkt
an Herrn Gerdes.

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart, Ihr Beitrag ändert sich
durch den Schaden nicht.

Bitte melden Sie sich, falls Herr Gerdes weitere Forderungen an Sie persönlich richtet.

Mit freundlichen Grüßen
Petra Schonebeck

{sig("schonebeck")}""")

M("C37", "CONFIDENTIAL", "de", "internal",
  "attachment-only: ODS dunning list with names, policies (motor/property) and arrears; body harmless",
  frm=who("luedeking"), to="inkasso-team@weserbogen-vg.example",
  subj="Mahnlauf 2 - Liste zur manuellen Prüfung",
  date=when(25, 16, 45),
  body=f"""Hallo Team,

im Anhang die Fälle aus dem Mahnlauf 2, die das System zur manuellen Prüfung ausgesteuert
hat (Beträge über 500 EUR oder Ratenvereinbarung). Bitte bis Freitag abarbeiten und im
Status-Feld vermerken.

Danke
Greta

{sig("luedeking", None)}""",
  att=[("Mahnlauf2_manuell_2026-03.ods", "ods", ods([
      ("Mahnlauf 2", [
          ["Vertrag", "Sparte", "Name", "PLZ Ort", "offen EUR", "Mahnstufe", "Bemerkung", "Status"],
          ["KF-7745-0031", "Kfz", "Dennis Heemeier", "32429 Minden", 612.80, 2, "Ratenvereinbarung 01/26 nicht eingehalten", ""],
          ["WG-1187-9920", "Wohngebäude", "Helga Tönsing", "32457 Porta Westfalica", 1290.32, 2, "", ""],
          ["KF-3381-2247", "Kfz", "Murat Çelik", "32049 Herford", 544.15, 2, "Rücklastschrift, Konto erloschen", ""],
          ["BHV-2201-0087", "Betriebshaftpflicht", "Malerbetrieb Ingo Nolting (Inh.)", "32312 Lübbecke", 1735.00, 2, "", ""],
          ["HR-6610-4453", "Hausrat", "Sandra Wiechers", "31683 Obernkirchen", 503.40, 2, "Post zurück, neue Anschrift unbekannt", ""]])],
      author="Greta Lüdeking", title="Mahnlauf 2"))])

M("C38", "CONFIDENTIAL", "en", "insurer-to-partner",
  "motor subrogation with a Dutch insurer: names of both drivers, plates, claim amounts; property damage only",
  frm=who("riechers"), to="Claims Recovery <recovery@rijnland-verzekeringen.example>",
  subj="Recovery claim - your insured P. van Dijk, NL plate 52-KTP-8 / our claim KS-26-015502",
  date=when(26, 11, 11),
  body=f"""Dear colleagues,

we have indemnified our policyholder Mr Volker Rahe (Mercedes E 220d, MI-VR 1960, policy
KF-2238-0719) for damage caused on 21 February 2026 on the A30 near Bad Oeynhausen by your
insured, Mr Pieter van Dijk, driving the vehicle with Dutch registration 52-KTP-8 (your
policy 1188-4420-77).

According to the police report (which you received from our representative), Mr van Dijk
changed lanes without looking and hit the left side of our insured's vehicle. Nobody was
injured.

Our payments:
  Repair costs (expert report Rohlfing)       EUR 6,884.20
  Rental car 9 days                            EUR   891.00
  Expert fee                                   EUR   717.00
  Total                                        EUR 8,492.20

Please reimburse the amount to Weserbogen Allgemeine Versicherung AG,
IBAN DE45 2456 3896 0031 3467 44, reference KS-26-015502, within 30 days.

Kind regards
Malte Riechers

{sig("riechers", "en")}""")

M("C39", "CONFIDENTIAL", "de", "insurer-to-customer",
  "confirmation of a new SEPA mandate (PDF) with a named customer's full IBAN for buildings insurance; body without data",
  frm="Beitragsservice <beitragsservice@weserbogen-vg.example>",
  to="Walter Hülsmann <w.huelsmann@t-online.example>",
  subj="Bestätigung Ihres SEPA-Lastschriftmandats",
  date=when(26, 14, 2),
  body="""Sehr geehrter Herr Hülsmann,

vielen Dank für die Mitteilung Ihrer neuen Bankverbindung. Die Bestätigung des
SEPA-Lastschriftmandats finden Sie im Anhang. Bitte bewahren Sie sie bei Ihren
Unterlagen auf.

Mit freundlichen Grüßen
Ihr Beitragsservice
Weserbogen Allgemeine Versicherung AG""",
  att=[("SEPA-Mandat_Bestaetigung.pdf", "pdf", pdf([
      "# Bestätigung SEPA-Lastschriftmandat",
      "Zahlungsempfänger: Weserbogen Allgemeine Versicherung AG, Glacisweg 40, 32423 Minden",
      "Gläubiger-Identifikationsnummer: DE77ZZZ00000418812",
      "Mandatsreferenz: WB-SEPA-7780-1123",
      "",
      "Kontoinhaber: Walter Hülsmann",
      "Anschrift: Königstraße 212, 32427 Minden",
      "IBAN: DE17 4076 4251 4970 0763 99",
      "BIC: GENODEM1MPW",
      "",
      "Verträge: Wohngebäudeversicherung WG-7780-1123, Glasversicherung GL-7780-1124",
      "Gültig ab: 01.04.2026",
      "",
      "Die erste Abbuchung erfolgt am 01.04.2026 über 412,18 EUR (Quartalsbeitrag).",
      "Sie können innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die "
      "Erstattung des belasteten Betrages verlangen.",
  ], title="SEPA-Mandat", author="Beitragsservice", date="20260326135500"))])

M("C40", "CONFIDENTIAL", "en", "insurer-to-customer",
  "HTML-only motor premium invoice with named customer, plate, policy number and debit account",
  frm="Weserbogen Billing <billing@weserbogen-vg.example>",
  to="Chloé Martin <chloe.martin@orange.example>",
  subj="Your motor insurance invoice - KF-9901-2215",
  date=when(27, 6, 15),
  html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Dear Ms Martin,</p>
<p>here is your invoice for the next insurance period. The amount will be collected by direct debit.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eef3f7"><th align="left">Policy</th><td>KF-9901-2215</td></tr>
<tr><th align="left">Policyholder</th><td>Chlo&eacute; Martin, Hermannstra&szlig;e 9, 32423 Minden</td></tr>
<tr><th align="left">Vehicle</th><td>Peugeot 2008, MI-CM 315</td></tr>
<tr><th align="left">Period</th><td>01/04/2026 &ndash; 30/06/2026</td></tr>
<tr><th align="left">Third-party liability (SF 4)</th><td align="right">EUR 98.40</td></tr>
<tr><th align="left">Comprehensive (SF 4, excess EUR 300)</th><td align="right">EUR 71.25</td></tr>
<tr><th align="left">Total</th><td align="right"><b>EUR 169.65</b></td></tr>
<tr><th align="left">Debit account</th><td>FR14 2004 1010 0505 0001 3M02 606</td></tr>
<tr><th align="left">Debit date</th><td>1 April 2026</td></tr>
</table>
<p>Questions? Reply to this e-mail or call +49 571 9386-0.</p>
<p>Weserbogen Allgemeine Versicherung AG</p>
</body></html>""")

M("C41", "CONFIDENTIAL", "de", "insurer-to-company",
  "business liability of a sole trader (painter): damaged parquet at a named client's flat, claim number and amounts",
  frm=who("schonebeck"), to="Malerbetrieb Ingo Nolting <info@maler-nolting.example>",
  subj="Betriebshaftpflicht BHV-2201-0087 - Parkettschaden bei Familie Sundermeier",
  date=when(27, 10, 5),
  body=f"""Sehr geehrter Herr Nolting,

zu Ihrem Schaden BH-26-005518: Beim Streichen der Decke im Wohnzimmer von Familie
Sundermeier (Bergkirchener Straße 30, 32549 Bad Oeynhausen) ist am 12.03. ein Farbeimer
umgekippt; das Eichenparkett ist auf ca. 6 m² verfärbt.

Der Kostenvoranschlag der Firma Parkett Brockmeier über 2.870,00 EUR (Abschleifen und
Versiegeln des gesamten Raums, 34 m²) ist plausibel. Wir regulieren direkt gegenüber
Familie Sundermeier, abzüglich Ihrer Selbstbeteiligung von 250 EUR, die wir Ihnen in
Rechnung stellen.

Hinweis: Ihre Beitragsrückstände (Mahnstufe 2) müssen bis zur Zahlung ausgeglichen sein,
sonst sind wir leistungsfrei. Bitte klären Sie das kurzfristig mit Frau Lüdeking.

Mit freundlichen Grüßen
Petra Schonebeck

{sig("schonebeck")}""")

M("C42", "CONFIDENTIAL", "en", "internal",
  "HR: relocation package for a named new hire with salary and allowances (income data); no health",
  frm=who("steinmeier"), to=who("nwosu"),
  cc="relocation@weserbogen-vg.example",
  subj="Relocation package - Aoife Brennan (start 1 May)",
  date=when(30, 9, 20),
  body=f"""Hi Raphael,

Aoife Brennan has signed - she starts as Senior Reinsurance Analyst on 1 May. Her package
as agreed with the Board:

  Annual base salary      EUR 86,000 (13 monthly payments)
  Variable bonus target   10 %
  Relocation allowance    EUR 7,500 (one-off, taxable)
  Temporary housing       up to 3 months, max. EUR 1,400/month
  German course           paid, up to EUR 2,000

She is moving from Dublin with her partner; the relocation agency will contact her next
week. Please do not share the salary figures in the team.

Best
Annika

{sig("steinmeier", None)}""")

M("C43", "CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses: neighbour dispute not covered; named customer, policy, quoted customer mail with addresses",
  frm=who("brueggemann"), to="Reinhard Schlüter <r.schlueter@gmx.example>",
  subj="AW: Streit mit Nachbarn wegen Hecke - RS-26-011034",
  date=when(30, 14, 40),
  irt="<trinity-5511-a2@gmx.example>",
  body=f"""Sehr geehrter Herr Schlüter,

leider können wir Ihnen für den Streit um die Grenzhecke keinen Versicherungsschutz
zusagen. Ihr Vertrag RS-2716-0433 umfasst Privat-, Berufs- und Verkehrs-Rechtsschutz, aber
keinen Rechtsschutz für Eigentümer und Mieter von Wohnungen und Grundstücken. Streitigkeiten
aus dem Nachbarrecht fallen unter diesen Baustein.

Sie können den Baustein ergänzen, allerdings gilt dann eine Wartezeit von drei Monaten;
für den bereits bestehenden Streit besteht auch danach kein Schutz.

Als Alternative empfehlen wir die Schiedsstelle der Gemeinde (Schiedsamt Stemwede); das
Verfahren ist günstig und in Nachbarsachen in NRW ohnehin vor einer Klage vorgeschrieben.

Mit freundlichen Grüßen
Theresa Brüggemann

{sig("brueggemann")}

> Am 27.03.2026 schrieb Reinhard Schlüter <r.schlueter@gmx.example>:
> Guten Tag, mein Nachbar Herr Wellmann (Dielinger Str. 14) weigert sich seit Monaten,
> seine Thujahecke zu schneiden, die 4 m hoch ist und mein Grundstück (Nr. 16)
> verschattet. Ich möchte einen Anwalt nehmen. Übernehmen Sie das? Meine
> Versicherungsnummer ist RS-2716-0433.
> Mit freundlichem Gruß R. Schlüter""")

M("C44", "CONFIDENTIAL", "en", "insurer-to-customer",
  "yacht hull insurance renewal: named owner with date of birth, boat, berth and premium",
  frm=who("sandkamp"), to="Henrik Sørensen <henrik.sorensen@sailmail.example>",
  subj="Renewal of your yacht insurance YK-0334-1120 - 'Norderlicht'",
  date=when(31, 9, 5),
  body=f"""Dear Mr Sørensen,

your yacht insurance renews on 15 April. Details for your review:

  Owner/policyholder   Henrik Sørensen, born 04 July 1961, Am Yachthafen 3, 26548 Norderney
  Vessel               Hallberg-Rassy 372 "Norderlicht", hull no. SE-HRY37214A818
  Berth                Yachthafen Norderney, jetty C, berth 22
  Agreed value         EUR 268,000 (was EUR 275,000 - adjusted to market value)
  Navigation area      North Sea and Baltic, incl. English Channel to 5° W
  Hull deductible      EUR 1,000
  Third-party liability EUR 7.5m
  Annual premium       EUR 2,214.00 incl. 19 % insurance tax

As discussed, the skipper cover for your planned charter in Croatia in June is not part of
this policy; please let me know the dates and I will send you a short-term offer.

Kind regards
Oliver Sandkamp

{sig("sandkamp", "en")}""")

M("C45", "CONFIDENTIAL", "de", "insurer-to-customer",
  "ZIP with motor claim documents (PDF settlement, CSV cost breakdown) for a named customer; body says only 'Unterlagen anbei'",
  frm=who("riechers"), to="Natascha Wehmeyer <natascha.wehmeyer@web.example>",
  subj="Unterlagen zu Ihrem Schaden",
  date=when(31, 16, 22),
  body=f"""Hallo Frau Wehmeyer,

wie gewünscht die Unterlagen gesammelt als ZIP-Datei.

Viele Grüße
Malte Riechers

{sig("riechers", None)}""",
  att=[("KS-26-019870_Unterlagen.zip", "zip", make_zip([
      ("Abrechnung_KS-26-019870.pdf", pdf([
          "# Abrechnung Kaskoschaden KS-26-019870",
          "Versicherungsnehmerin: Natascha Wehmeyer, Lindenstraße 4, 32479 Hille",
          "Vertrag: KF-4471-3308, Fahrzeug: Opel Corsa, MI-NW 808",
          "Schadentag: 02.03.2026, Wildunfall (Wildschwein) auf der L 770, keine Personen verletzt",
          "",
          "Reparaturkosten laut Rechnung Autohaus Gieseking      3.412,60 EUR",
          "abzüglich Selbstbeteiligung Teilkasko                 - 150,00 EUR",
          "Auszahlung an das Autohaus (Abtretung)               3.262,60 EUR",
          "",
          "Der Schaden hat keinen Einfluss auf Ihre Schadenfreiheitsklasse.",
      ], title="Abrechnung KS-26-019870", author="Malte Riechers", date="20260331160000")),
      ("Kostenaufstellung.csv", csv_bytes([
          ["Position", "Betrag EUR"], ["Stoßfänger vorn, Ersatzteil", "612,40"],
          ["Scheinwerfer links", "488,00"], ["Kühler", "734,20"], ["Lackierung", "944,00"],
          ["Arbeitslohn", "634,00"]], sep=";", enc="cp1252")),
      ("Wildunfallbescheinigung_Jagdpaechter.txt",
       "Bescheinigung: Am 02.03.2026 gegen 19:40 Uhr Wildunfall mit Schwarzwild auf der L 770, "
       "Revier Hille-Nord. Kadaver geborgen. Fahrzeug MI-NW 808 (Fahrerin N. Wehmeyer).\r\n"
       "gez. Dietmar Rolf, Jagdpächter\r\n".encode("utf-8"))],
      dt=(2026, 3, 31, 15, 0, 0)))])
# --- STRICTLY_CONFIDENTIAL, part 1 ----------------------------------------

M("S01", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "health (PKV): benefit statement PDF with doctors' invoices, GOÄ items and diagnosis of the named insured; body mentions only the refund",
  frm=who("osterkamp"), to="Friedhelm Uthoff <f.uthoff@t-online.example>",
  subj="Ihre Leistungsabrechnung vom 02.03.2026",
  date=when(2, 14, 10),
  body=f"""Sehr geehrter Herr Uthoff,

anbei Ihre Leistungsabrechnung zu den eingereichten Belegen. Wir erstatten insgesamt
1.118,46 EUR; der Betrag geht in den nächsten Tagen auf Ihrem Konto ein.

Bei einer Position haben wir den Steigerungssatz gekürzt - die Begründung finden Sie in
der Abrechnung.

Mit freundlichen Grüßen
Henrike Osterkamp

{sig("osterkamp")}""",
  att=[("Leistungsabrechnung_KV-3301-8870_2026-03-02.pdf", "pdf", pdf([
      "# Leistungsabrechnung",
      "Weserbogen Krankenversicherung a.G. - Glacisweg 40 - 32423 Minden",
      "",
      "Versicherungsnehmer und versicherte Person: Friedhelm Uthoff, geb. 17.09.1958",
      "Versicherungsnummer: KV-3301-8870, Tarife KVplus 100 / STAT 1",
      "Abrechnungsdatum: 02.03.2026",
      "",
      "## Beleg 1: Dr. med. Sabine Oevermann, Kardiologie, Minden, Rechnung vom 09.02.2026",
      "Diagnose: I48.1 Vorhofflimmern, persistierend; I10.90 arterielle Hypertonie",
      "GOÄ 1 Beratung 2,3-fach 10,72 EUR | GOÄ 651 EKG 2,3-fach 34,86 EUR",
      "GOÄ 424 Echokardiographie 2,3-fach 93,84 EUR | GOÄ 652 Langzeit-EKG 2,3-fach 61,04 EUR",
      "Rechnungsbetrag 200,46 EUR - erstattet 200,46 EUR",
      "",
      "## Beleg 2: Klinikum Wesertal, Wahlleistung Chefarzt, Rechnung vom 14.02.2026",
      "Elektrische Kardioversion am 11.02.2026 (OPS 8-640.0)",
      "GOÄ 430 3,5-fach statt 2,3-fach: Begründung 'erhöhter Zeitaufwand' nicht ausreichend,",
      "Kürzung auf 2,3-fach (Differenz 41,97 EUR)",
      "Rechnungsbetrag 736,31 EUR - erstattet 694,34 EUR",
      "",
      "## Beleg 3: Weser-Apotheke Minden, 18.02.2026",
      "Apixaban 5 mg, 100 St. (PZN 09288710) - erstattet 223,66 EUR",
      "",
      "Erstattung gesamt: 1.118,46 EUR",
      "Selbstbehalt 2026: bereits erreicht",
      "Hinweis: Die Beitragsrückerstattung für 2026 entfällt durch diese Einreichung.",
  ], title="Leistungsabrechnung", author="Weserbogen KV", date="20260302140000"))])

M("S02", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "international health: pre-authorisation of an MRI for a named expat's knee injury with ICD code and hospital",
  frm=who("marchetti"), to="Benjamin Carter <ben.carter@dubai-mail.example>",
  subj="Pre-authorisation approved - MRI right knee (GH-26-004418)",
  date=when(3, 7, 55),
  body=f"""Dear Mr Carter,

we are pleased to confirm that your request for pre-authorisation has been approved:

  Member:        Benjamin Carter, member no. GH-118804-01 (Weserbogen Global Health, Premier)
  Provider:      Mediclinic City Hospital, Dubai - Dr. Rashid Al Marzouqi, orthopaedics
  Procedure:     MRI right knee without contrast
  Diagnosis:     M23.21 derangement of the medial meniscus due to old tear (as stated by
                 the referring physician after your football injury in February)
  Approved:      up to AED 2,800, direct billing, no co-payment

If the MRI shows that arthroscopic surgery is needed, please ask the hospital to send a
new pre-authorisation request with the surgeon's report before scheduling the operation.

Get well soon!
Sophie Marchetti

{sig("marchetti", "en")}""")

M("S03", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "disability claim: request to the treating GP for medical records of a named insured with date of birth and signed release",
  frm=who("aydogan"), to="Praxis Dr. med. Johannes Kuhlmann <praxis@hausarzt-kuhlmann.example>",
  subj="Anfrage ärztlicher Befundbericht - Ihre Patientin Simone Redecker, geb. 23.04.1979",
  date=when(3, 10, 20),
  body=f"""Sehr geehrter Herr Dr. Kuhlmann,

Ihre Patientin, Frau Simone Redecker, geb. 23.04.1979, Ringstraße 12, 32457 Porta
Westfalica, hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung (BU-7741-2290)
beantragt. Sie gibt an, seit Oktober 2025 wegen einer rheumatoiden Arthritis mit
Schwerpunkt Hände nicht mehr als Zahntechnikerin arbeiten zu können.

Frau Redecker hat Sie mit der beigefügten Einzelermächtigung (unterschrieben am 27.02.2026)
von der Schweigepflicht entbunden. Wir bitten Sie um einen Befundbericht für den Zeitraum
01.01.2023 bis heute, insbesondere:

1. Diagnosen mit Erstdiagnosedatum
2. Verlauf und Therapie (Medikation, insbesondere Basistherapie)
3. Arbeitsunfähigkeitszeiten
4. Ihre Einschätzung zur Feinmotorik der Hände

Für den Bericht vergüten wir nach GOÄ Nr. 75 zzgl. Auslagen. Sie können ihn über unser
Leistungserbringer-Portal hochladen; bitte nicht per unverschlüsselter E-Mail senden.

Mit freundlichen Grüßen
Sevgi Aydoğan

{sig("aydogan")}""")

M("S04", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
  "health: cost coverage declaration to a hospital for a named patient with date of birth, planned operation (OPS) and room category",
  frm="Krankenhausabrechnung KV <kh-leistung@weserbogen-vg.example>",
  to="Patientenaufnahme Klinikum Wesertal <aufnahme@klinikum-wesertal.example>",
  subj="Kostenübernahmeerklärung - Aufnahme 09.03.2026 - Ursula Beckmeyer",
  date=when(4, 11, 0),
  body="""Sehr geehrte Damen und Herren,

für die stationäre Behandlung unserer Versicherten

  Ursula Beckmeyer, geb. 30.11.1955
  Versicherungsnummer KV-0118-7342, Tarif STAT 2 (Zweibettzimmer, Chefarztbehandlung)

geplante Aufnahme am 09.03.2026 in der Klinik für Orthopädie zur Implantation einer
Knie-Totalendoprothese rechts (OPS 5-822.g1, Diagnose M17.1 primäre Gonarthrose)
übernehmen wir die Kosten der allgemeinen Krankenhausleistungen nach DRG sowie die
Wahlleistungen Zweibettzimmer und ärztliche Wahlleistung im tariflichen Umfang.

Die Kostenübernahme gilt für 10 Behandlungstage. Eine Verlängerung beantragen Sie bitte
rechtzeitig mit medizinischer Begründung. Die Abrechnung erfolgt direkt mit uns über das
Leistungserbringer-Portal (Direktabrechnung).

Mit freundlichen Grüßen
Ihre Krankenhausabrechnung
Weserbogen Krankenversicherung a.G.""")

M("S05", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "life insurance: change of beneficiary for a named policyholder, names of new beneficiaries (personal line, no medical word)",
  frm=who("aydogan"), to="Margaret Hollis <m.hollis@btopenworld.example>",
  subj="Change of beneficiary confirmed - life policy LV-4410-7719",
  date=when(5, 16, 15),
  body=f"""Dear Mrs Hollis,

we confirm that we have recorded your instruction of 2 March 2026. With immediate effect
the beneficiaries of your endowment policy LV-4410-7719 (sum assured EUR 80,000, maturity
1 December 2034) in the event of death are:

  - Oliver Hollis (son), 50 %
  - Emily Hollis-Grant (daughter), 50 %

The previous designation in favour of your late husband, Mr Edward Hollis, has been
cancelled. The beneficiary designation is revocable; you may change it at any time in
writing.

On maturity, the benefit will be paid to you as the policyholder. Your current surrender
value is EUR 61,342.18.

Kind regards
Sevgi Aydoğan

{sig("aydogan", "en")}""")

M("S06", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "long-term care: care grade 3 assessment result for a named insured, care allowance amounts, daughter as contact",
  frm=who("kaczmarek"), to="Birgit Lohmann <birgit.lohmann@web.example>",
  subj="Pflegegrad Ihres Vaters Herbert Lohmann - Ergebnis der Begutachtung",
  date=when(6, 13, 40),
  body=f"""Sehr geehrte Frau Lohmann,

Sie haben die Vorsorgevollmacht Ihres Vaters, Herrn Herbert Lohmann (geb. 12.02.1939,
private Pflegepflichtversicherung PPV-0077-3412), vorgelegt; deshalb schreibe ich Ihnen.

Die Gutachterin von MEDICPROOF hat Ihren Vater am 24.02.2026 zu Hause besucht. Ergebnis:
53,75 gewichtete Punkte, das entspricht Pflegegrad 3 ab dem 01.02.2026 (Antragsmonat).

Ausschlaggebend waren vor allem die Einschränkungen bei der Mobilität nach dem
Oberschenkelhalsbruch im Dezember und die beginnende Demenz (Module 2 und 3).

Leistungen ab Februar:
- Pflegegeld 599 EUR monatlich, solange Sie und Ihr Bruder die Pflege übernehmen
- alternativ oder kombiniert Pflegesachleistungen bis 1.497 EUR für einen Pflegedienst
- Entlastungsbetrag 131 EUR monatlich
- Pflegetagegeld aus dem Zusatztarif PTG 50: 50 % von 50 EUR = 25 EUR täglich

Das Gutachten schicken wir Ihnen per Post. Gern berät Sie auch unsere Pflegeberaterin zu
Hause, rufen Sie mich einfach an.

Mit freundlichen Grüßen
Ewa Kaczmarek

{sig("kaczmarek")}""")

M("S07", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "medical advisor's opinion (DOCX) on a disability claim: named claimant, recurrent depression F33.1, therapy; body harmless",
  frm=who("habighorst"), to=who("aydogan"),
  subj="Stellungnahme BU-26-000214",
  date=when(9, 8, 2),
  body=f"""Liebe Frau Aydoğan,

meine Stellungnahme zum Fall ist im Anhang. Kurz: Aus meiner Sicht ist der Antrag
nachvollziehbar begründet, ein externes Gutachten halte ich nicht für nötig.

Viele Grüße
L. Habighorst

{sig("habighorst", None)}""",
  att=[("Stellungnahme_BU-26-000214.docx", "docx", docx([
      ("h", "Beratungsärztliche Stellungnahme"),
      "Leistungsfall: BU-26-000214 | Vertrag BU-3318-0092",
      "Versicherte Person: Torben Meinke, geb. 1986-05-08, Bankkaufmann",
      "Vorliegende Unterlagen: Befundbericht Dr. med. Katrin Sielemann (Psychiatrie, Herford) vom "
      "12.02.2026, Entlassungsbericht Psychosomatische Klinik Bad Salzuflen vom 30.01.2026, "
      "Tätigkeitsbeschreibung",
      ("b", "Diagnosen"),
      "F33.1 G rezidivierende depressive Störung, gegenwärtig mittelgradige Episode",
      "F41.1 G generalisierte Angststörung",
      ("b", "Verlauf"),
      "Erste depressive Episode 2019 (ambulante Psychotherapie, 45 Sitzungen). Erneute Episode ab "
      "Juli 2025 mit durchgehender Arbeitsunfähigkeit. Stationäre Behandlung 11/2025-01/2026. "
      "Medikation: Venlafaxin 150 mg, Mirtazapin 15 mg zur Nacht. Ambulante Psychotherapie "
      "(Verhaltenstherapie) wöchentlich.",
      ("b", "Beurteilung"),
      "Die Tätigkeit als Firmenkundenberater erfordert Konzentration, Kundenkontakt und "
      "Entscheidungen unter Zeitdruck. Die dokumentierten Konzentrations- und "
      "Antriebsstörungen sind mit den Befunden vereinbar. Eine BU von mindestens 50 % ist ab "
      "07/2025 für voraussichtlich mindestens 6 Monate plausibel.",
      ("b", "Empfehlung"),
      "Anerkenntnis, zeitlich befristet auf 12 Monate; Nachprüfung mit aktuellem Befundbericht.",
      "Minden, 06.03.2026 - Dr. med. L. Habighorst"],
      author="Lorenz Habighorst", title="Stellungnahme BU"))])

M("S08", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "travel health: fracture treated in a Spanish hospital, surgery and repatriation of a named traveller",
  frm=who("asante"), to="Hildegard Pohl <hildegard.pohl@gmx.example>",
  cc="Martin Pohl <martin.pohl@gmx.example>",
  subj="Your repatriation from Málaga - arrangements",
  date=when(9, 18, 40),
  body=f"""Dear Mrs Pohl, dear Mr Pohl,

I am writing in English as you asked, so that the hospital staff can read along.

Our medical team has spoken with the treating surgeon at Hospital Costa del Sol. Following
your fall on 5 March, the distal radius fracture of your right wrist (S52.51) was operated on
on 6 March (plate osteosynthesis) and the wound is healing well. The doctors consider you
fit to fly on a scheduled flight with an escort.

Arrangements (travel health policy RK-3310-0028):
- Thursday, 12 March: transfer by taxi to Málaga airport, 10:30, wheelchair assistance
  booked
- Flight EW 587 Málaga-Hannover, 13:15, two seats in row 3 (you and Mr Pohl)
- Ambulance transfer Hannover airport - your home in Bad Oeynhausen

Please bring the discharge report and the X-ray CD. We have paid the hospital invoice of
EUR 6,930 directly. Your GP should remove the stitches around 19 March.

Safe journey home!
Kwame Asante-Lohmeyer

{sig("asante", "en")}""")

M("S09", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "accident: invalidity benefit for loss of function of the thumb (limb table), named insured, degree of disability and amount",
  frm=who("dreyer"), to="Stefan Rosenbohm <stefan.rosenbohm@gmx.example>",
  subj="Invaliditätsleistung aus Ihrer Unfallversicherung UV-6612-0374",
  date=when(10, 10, 30),
  body=f"""Sehr geehrter Herr Rosenbohm,

das unfallchirurgische Gutachten von Prof. Dr. Meierkord (Klinikum Herford) zu Ihrem Unfall
mit der Kreissäge am 14.03.2025 liegt uns vor. Der Gutachter stellt fest:

- Teilamputation des linken Daumens im Endglied, Bewegungseinschränkung im Grundgelenk
- Funktionsbeeinträchtigung des Daumens: 7/10 Daumenwert
- keine weiteren unfallbedingten Dauerfolgen

Berechnung nach Gliedertaxe Ihres Vertrags:
  Daumenwert 20 % x 7/10 = 14 % Invalidität
  Grundsumme 100.000 EUR, Progression 350 % (erst ab 25 % wirksam)
  Invaliditätsleistung: 14.000 EUR

Abzüglich der bereits gezahlten Vorschüsse (5.000 EUR) überweisen wir 9.000 EUR.

Mit freundlichen Grüßen
Mirko Dreyer

{sig("dreyer")}""")

M("S10", "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
  "travel health: English mail to the assistance partner quoting a German hospital report on a named patient (stroke)",
  frm=who("asante"), to="Alpina Medical Assistance <ops@alpina-assist.example>",
  subj="Case WB-TA-26-0877 / Mr Gerhard Wittkamp - medical update from Germany",
  date=when(11, 2, 50),
  body=f"""Dear colleagues,

further to our call at 01:30: our insured Mr Gerhard Wittkamp (born 1950-02-11, policy
RK-8810-1123) was transferred from Bolzano to Klinikum Wesertal as planned. The German
hospital sent us the admission findings; extract below, followed by my summary in English.

--- Auszug Aufnahmebefund Klinikum Wesertal, Stroke Unit, 10.03.2026, 22:40 ---
Diagnose: I63.4 Hirninfarkt durch Embolie zerebraler Arterien, Mediainfarkt links,
Zustand nach Lysetherapie in Bozen am 07.03.2026. Neurologisch: Hemiparese rechts
(Kraftgrad 3/5), motorische Aphasie, rückläufig. Vorhofflimmern neu diagnostiziert,
orale Antikoagulation geplant. Transport ohne Komplikationen.
--- Ende Auszug ---

Summary: ischaemic stroke (left middle cerebral artery) after thrombolysis in Bolzano,
right-sided weakness and speech disorder improving, newly diagnosed atrial fibrillation.
Transport uneventful.

Please close the case on your side and send us the final invoice for the ambulance jet.

Thank you for the excellent cooperation.
Kwame

{sig("asante", "en")}""")

M("S11", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "daily sickness allowance: payment stopped because sick notes are missing; named insured, diagnosis on the certificates",
  frm=who("osterkamp"), to="Ralf Hagemeister <ralf.hagemeister@online.example>",
  subj="Krankentagegeld - fehlende AU-Bescheinigungen ab 21.02.",
  date=when(12, 9, 15),
  body=f"""Sehr geehrter Herr Hagemeister,

wir zahlen Ihnen seit dem 12.01.2026 Krankentagegeld aus Ihrem Tarif KT43 (Vertrag
KV-5580-1903, 120 EUR täglich) wegen Ihrer Schulterverletzung (M75.1 Läsion der
Rotatorenmanschette, Operation am 08.01.).

Die letzte Arbeitsunfähigkeitsbescheinigung, die uns vorliegt, reicht bis zum 20.02.2026.
Für die Zeit ab dem 21.02. fehlen uns die Folgebescheinigungen Ihres Orthopäden. Wir haben
die Zahlung daher vorläufig eingestellt.

Bitte reichen Sie die Bescheinigungen möglichst bald ein (Portal oder Post). Sobald sie
vorliegen, zahlen wir rückwirkend nach. Bitte beachten Sie: Bei einer Arbeitsunfähigkeit
von mehr als sechs Monaten benötigen wir zusätzlich einen Bericht über den Heilverlauf.

Mit freundlichen Grüßen
Henrike Osterkamp

{sig("osterkamp")}""")

M("S12", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
  "life underwriting: application of a named applicant postponed because of recent breast cancer treatment",
  frm=who("hartkopf"), to="Rebecca Lindner <rebecca.lindner@outlook.example>",
  subj="Your application for term life insurance - our decision",
  date=when(13, 11, 40),
  body=f"""Dear Ms Lindner,

thank you for your application for term life insurance (application no. AR-26-018830,
sum assured EUR 300,000, term 25 years) and for your openness in the health questions.

You told us that breast cancer (C50.4) was diagnosed in May 2024 and that you completed
surgery, chemotherapy and radiotherapy in January 2025, followed by hormone therapy with
tamoxifen, which is ongoing. The follow-up examinations so far have been without findings -
which is very good news.

Unfortunately we are not yet able to offer cover. For this diagnosis our reinsurance
guidelines require a recurrence-free period of at least three years after the end of the
primary treatment. We have therefore postponed the decision; you may apply again from
February 2028, and we will then assess your application favourably if the follow-up
remains free of findings.

If you need cover for a loan earlier, please ask your bank whether a residual debt
insurance with simplified questions would be accepted; your broker can help with that.

I am sorry not to have better news.

Kind regards
Lisa Hartkopf

{sig("hartkopf", "en")}""")

M("S13", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental supplement: treatment plan for implants with GOZ items and tooth numbers of the named insured, reimbursement",
  frm="Leistungsservice Zahn <zahn-leistung@weserbogen-vg.example>",
  to="Gabriele Sürmann <gabi.suermann@web.example>",
  subj="Ihr Heil- und Kostenplan vom 03.03.2026 - Zusage",
  date=when(13, 14, 55),
  body="""Sehr geehrte Frau Sürmann,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Anja Wöltje vom 03.03.2026
geprüft (Zahnzusatz ZahnPlus 90, Vertrag ZZ-2287-1105):

  Regio 36, 37: Implantate nach Extraktion (Zahnfraktur 36, apikale Parodontitis 37)
  GOZ 9010 Implantatinsertion 2x, GOZ 9040 Freilegung 2x, GOZ 2200 Vollkronen auf Implantat 2x,
  Knochenaufbau GOZ 9100 (Regio 36)
  Voraussichtliche Gesamtkosten: 6.840,00 EUR
  Festzuschuss Ihrer Krankenkasse: 487,40 EUR

Unsere Leistung: 90 % der erstattungsfähigen Kosten abzüglich Festzuschuss, in den ersten
Vertragsjahren begrenzt durch die Zahnstaffel. Ihr Vertrag läuft seit 2021, die Staffel
gilt also nicht mehr. Voraussichtliche Erstattung: 5.668,60 EUR.

Bitte reichen Sie nach der Behandlung die Rechnung und den Nachweis des Festzuschusses ein.

Mit freundlichen Grüßen
Ihr Leistungsservice Zahn
Weserbogen Krankenversicherung a.G.""")

M("S14", "STRICTLY_CONFIDENTIAL", "de", "customer",
  "forwarded customer mail about pregnancy complications and a hospital stay, asking for hospital daily allowance",
  frm=who("osterkamp"), to="leistung-kv-stationaer@weserbogen-vg.example",
  subj="WG: Krankenhaustagegeld - Schwangerschaft",
  date=when(16, 8, 40),
  body=f"""Hallo stationäres Team,

bitte einen Vorgang anlegen und Frau Kemper die Entlassungsbescheinigung abfordern;
Krankenhaustagegeld ist im Tarif KHT 50 enthalten, Schwangerschaftskomplikationen sind
nicht ausgeschlossen. Bitte freundlich und zügig, sie klang sehr verunsichert am Telefon.

Danke
Henrike

{sig("osterkamp", None)}

-----Ursprüngliche Nachricht-----
Von: Jana Kemper <jana.kemper93@gmx.example>
Gesendet: Sonntag, 15. März 2026 21:18
An: service@weserbogen-vg.example
Betreff: Krankenhaustagegeld

Hallo,

ich bin in der 27. Schwangerschaftswoche und war vom 3. bis 11. März im Johannes
Wesling Klinikum wegen vorzeitiger Wehen und Gebärmutterhalsverkürzung. Ich habe
Lungenreifespritzen bekommen und muss jetzt zu Hause liegen (Beschäftigungsverbot).
Meine Versicherungsnummer ist KV-9912-0441, ich habe ein Krankenhaustagegeld bei Ihnen.
Bekomme ich dafür Geld? Was brauchen Sie von mir?

Viele Grüße
Jana Kemper""")

M("S15", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "pension/life: annual statement of a named policyholder's private pension contract with values (life line, no medical word)",
  frm="Weserbogen Life Service <leben-service@weserbogen-vg.example>",
  to="Dr. Alistair Grant <alistair.grant@uni-paderborn.example>",
  subj="Annual statement 2025 - private pension RV-1147-3305",
  date=when(16, 12, 5),
  body="""Dear Dr Grant,

as requested, here is the English summary of your annual statement as at 31 December 2025
for your private pension policy RV-1147-3305 (Weserbogen Lebensversicherung AG). The
German statement sent by post is the binding version.

  Policyholder and insured person   Dr. Alistair Grant, born 14/03/1979
  Start of policy                   1 October 2012
  Pension start                     1 October 2044
  Premium                           EUR 200.00 per month
  Guaranteed monthly pension        EUR 612.40
  Projected monthly pension         EUR 884.10 (incl. non-guaranteed bonuses)
  Guaranteed capital at pension     EUR 221,860
  Surrender value 31/12/2025        EUR 31,448.72
  Bonus credited for 2025           EUR 702.15

Death benefit before pension start: return of premiums paid, currently EUR 31,800.00,
payable to the beneficiary you named (Fiona Grant).

Kind regards
Weserbogen Life Service""")
# --- STRICTLY_CONFIDENTIAL, part 2 ----------------------------------------

M("S16", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
  "occupational pension (bAV direct insurance, life line): XLSX list of a company's employees with dates of birth, salaries and contributions",
  frm=who("demirtas"), to="Personalabteilung <personal@kuechenwerk-loehne.example>",
  subj="Direktversicherungen - Bestandsliste zum 01.03.2026",
  date=when(17, 10, 10),
  body=f"""Sehr geehrte Frau Niedermeyer,

wie besprochen die aktuelle Bestandsliste der Direktversicherungen Ihrer Mitarbeitenden
für den Abgleich mit der Lohnbuchhaltung. Zwei Dinge sind mir aufgefallen:

1. Bei Herrn Kolbe ist seit Januar kein Beitrag eingegangen - ist er ausgeschieden?
   Dann bräuchten wir die Austrittsmeldung, damit wir ihm das Fortführungsangebot machen
   können.
2. Frau Pankratz hat ihre Entgeltumwandlung erhöht; der Arbeitgeberzuschuss (15 %) ist in
   der Lohnabrechnung aber noch auf dem alten Stand.

Mit freundlichen Grüßen
Yusuf Demirtaş

{sig("demirtas")}""",
  att=[("Bestandsliste_DV_Kuechenwerk_Loehne_2026-03.xlsx", "xlsx", xlsx([
      ("Bestand", [
          ["Vertrag", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Bruttogehalt mtl.", "Entgeltumwandlung mtl.", "AG-Zuschuss", "Beitrag gesamt", "Status"],
          ["DV-4401-001", "Kolbe", "Andreas", "1971-08-19", "2015-04-01", 3650, 150, 22.50, 172.50, "Beitrag fehlt seit 01/2026"],
          ["DV-4401-002", "Pankratz", "Irina", "1988-02-27", "2019-09-01", 4120, 250, 37.50, 287.50, "Erhöhung 03/2026 (vorher 150)"],
          ["DV-4401-003", "Schwentker", "Lars", "1994-11-03", "2021-01-01", 3390, 100, 15.00, 115.00, "aktiv"],
          ["DV-4401-004", "Mehmedović", "Amra", "1982-06-14", "2017-07-01", 2980, 120, 18.00, 138.00, "aktiv"],
          ["DV-4401-005", "Tiemeyer", "Frank", "1966-12-30", "2010-03-01", 5210, 302, 45.30, 347.30, "aktiv, Rentenbeginn 01/2033"]])],
      author="Yusuf Demirtaş", title="Bestandsliste DV"))])

M("S17", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "motor liability personal injury: injured pedestrian's injuries, treatment and compensation offer to her lawyer",
  frm=who("schonebeck"), to="Rechtsanwältin Dr. Maren Hoffmann <hoffmann@kanzlei-hoffmann-herford.example>",
  subj="Ihre Mandantin Lea Brockschmidt - Personenschaden KH-25-031177",
  date=when(18, 15, 30),
  body=f"""Sehr geehrte Frau Dr. Hoffmann,

in der Angelegenheit Ihrer Mandantin, Frau Lea Brockschmidt, die am 22.10.2025 auf dem
Fußgängerüberweg an der Lübberstraße in Herford vom Fahrzeug unseres Versicherungsnehmers
erfasst wurde, liegt uns nun das Gutachten von Prof. Dr. Wemhöner vor.

Unfallfolgen laut Gutachten:
- Tibiakopffraktur links (S82.1), operativ versorgt am 23.10.2025, Metallentfernung
  voraussichtlich im Herbst 2026
- Gehirnerschütterung (S06.0), folgenlos ausgeheilt
- Anpassungsstörung nach dem Unfall (F43.2), ambulante Psychotherapie seit Januar 2026
- Arbeitsunfähigkeit als Erzieherin vom 22.10.2025 bis voraussichtlich 30.04.2026

Die Haftung unseres Versicherungsnehmers ist unstreitig. Wir bieten zur Abgeltung des
Schmerzensgeldes, vorbehaltlich künftiger immaterieller Schäden aus der Metallentfernung,
einen Betrag von 14.000 EUR an. Den Haushaltsführungsschaden und den Verdienstausfall
rechnen wir gesondert ab, sobald Sie uns die Bescheinigung des Arbeitgebers vorlegen.

Mit freundlichen Grüßen
Petra Schonebeck

{sig("schonebeck")}""")

M("S18", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "motor accident with injury: whiplash (S13.4) of the named customer, physiotherapy and compensation",
  frm=who("riechers"), to="Sarah O'Connell <sarah.oconnell@gmail.example>",
  subj="Your accident on 2 February - compensation for your injury (KS-26-004410)",
  date=when(19, 11, 50),
  body=f"""Dear Ms O'Connell,

we are the liability insurer of the driver who hit your car from behind on 2 February at
the traffic lights on Kaiserstraße in Minden. Liability is not in dispute.

We have received the report of Dr. Hülsebusch (orthopaedics): you suffered a neck
sprain (S13.4, "whiplash") with muscle tension and headaches, you were unable to work for
three weeks and had 12 sessions of physiotherapy. The symptoms have now resolved.

Our offer:
  Compensation for pain and suffering             EUR 1,200.00
  Physiotherapy co-payments and prescription fees EUR    74.50
  Travel costs to appointments (280 km x 0.30)    EUR    84.00
  Total                                           EUR 1,358.50

The damage to your car has already been settled separately. If you accept, please reply
to this e-mail and confirm your bank details by phone.

Kind regards
Malte Riechers

{sig("riechers", "en")}""")

M("S19", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "only in the quoted reply: the customer's own mail about her psychotherapy and panic attacks; the answer itself is harmless",
  frm=who("osterkamp"), to="Melanie Drewes <mel.drewes@gmx.example>",
  subj="AW: Frage zur Erstattung",
  date=when(20, 10, 15),
  irt="<1f3a-88d2-mel@gmx.example>",
  body=f"""Liebe Frau Drewes,

ja, das ist so möglich. Reichen Sie die Rechnungen einfach gesammelt am Quartalsende ein,
das spart Ihnen Porto. Eine gesonderte Genehmigung brauchen Sie nicht mehr.

Viele Grüße
Henrike Osterkamp

{sig("osterkamp", None)}

Am 19.03.2026 um 22:07 schrieb Melanie Drewes:
> Sehr geehrte Frau Dr. Osterkamp,
>
> nach Ihrer Zusage vom Januar habe ich jetzt mit der Verhaltenstherapie bei
> Frau Dipl.-Psych. Schnatmeyer angefangen, wegen der Panikattacken (F41.0), die
> seit dem Herbst immer schlimmer geworden sind. Die ersten 5 probatorischen
> Sitzungen sind vorbei, jetzt geht es mit der Kurzzeittherapie (24 Sitzungen)
> weiter. Kann ich die Rechnungen auch gesammelt einreichen oder muss das jedes
> Mal einzeln sein? Und muss ich die Verlängerung extra beantragen?
>
> Viele Grüße
> Melanie Drewes
> (Versicherungsnummer KV-6620-3318)""")

M("S20", "STRICTLY_CONFIDENTIAL", "mixed", "hospital",
  "forwarded message/rfc822 from a Dutch hospital with an English discharge letter on a named patient (appendicitis); German cover note",
  frm=who("marchetti"), to="leistung-kv-ausland@weserbogen-vg.example",
  subj="WG: Discharge summary - Mr Klaus Rethmeier",
  date=when(20, 14, 35),
  body=f"""Hallo Auslandsteam,

anbei der Entlassungsbrief aus Groningen zu Herrn Rethmeier (KV-2209-4870). Die Rechnung
des UMCG kommt separat; bitte mit der Garantieerklärung vom 14.03. abgleichen und direkt
an das Krankenhaus zahlen.

Danke, Sophie

{sig("marchetti", None)}""",
  att=[("rfc822", inner(
      "Patient Services UMCG <international.patients@umcg-groningen.example>",
      "international@weserbogen-vg.example",
      "Discharge summary - Mr Klaus Rethmeier", when(20, 9, 12),
      """Dear Sir or Madam,

please find the discharge summary of your insured below.

Patient: Klaus Rethmeier, date of birth 02-07-1968
Admission: 13 March 2026 (emergency department), discharge: 18 March 2026

Diagnosis: acute appendicitis with localised peritonitis (K35.3)
Procedure: laparoscopic appendectomy on 13 March 2026
Course: uncomplicated; intravenous antibiotics (cefuroxime/metronidazole) for 3 days,
then oral. Wound healing normal.
Recommendation: no heavy lifting for 4 weeks, removal of sutures by GP on day 10,
follow-up if fever or abdominal pain.

Kind regards
International Patient Office
University Medical Center Groningen""",
      mid="<UMCG-IPO-20260320-0912@umcg-groningen.example>"))])

M("S21", "STRICTLY_CONFIDENTIAL", "en", "internal",
  "attachment-only: claims committee list (XLSX) of large disability claims with names, diagnoses and reserves; body harmless",
  frm=who("hartkopf"), to="claims-committee@weserbogen-vg.example",
  cc=who("habighorst"),
  subj="Claims committee 25 March - cases for decision",
  date=when(23, 17, 10),
  body=f"""Dear members of the claims committee,

attached the list of cases above the department's authority for Wednesday's meeting
(4 cases). The files are available in the claims system as usual.

Best regards
Lisa

{sig("hartkopf", None)}""",
  att=[("Claims_committee_2026-03-25.xlsx", "xlsx", xlsx([
      ("Cases", [
          ["Claim", "Insured person", "Born", "Occupation", "Diagnosis", "Monthly DI benefit EUR", "Reserve EUR", "Proposal"],
          ["BU-26-000214", "Torben Meinke", "1986-05-08", "Bank clerk", "F33.1 recurrent depression", 2200, 412000, "accept, limited 12 months"],
          ["BU-25-001893", "Claudia Espelage", "1974-10-21", "Nurse (ICU)", "M51.2 lumbar disc prolapse, failed surgery", 1800, 298000, "accept"],
          ["BU-25-002207", "Marco Reinking", "1981-01-30", "Roofer (self-employed)", "S72.0 femoral neck fracture, avascular necrosis", 2500, 455000, "check reorganisation of business"],
          ["BU-26-000071", "Dr. Jutta Vahle", "1969-07-15", "Dentist", "G35 multiple sclerosis", 4500, 780000, "accept"]])],
      author="Lisa Hartkopf", title="Claims committee"))])

M("S22", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "life insurance: policy loan granted to a named policyholder with amount, interest and surrender value (personal line)",
  frm=who("aydogan"), to="Wilfried Brandt <w.brandt@t-online.example>",
  subj="Ihr Policendarlehen zur Lebensversicherung LV-2290-1156",
  date=when(24, 9, 5),
  body=f"""Sehr geehrter Herr Brandt,

wir freuen uns, Ihnen das gewünschte Policendarlehen zu gewähren:

  Vertrag:               LV-2290-1156 (Kapitallebensversicherung, Ablauf 01.12.2031)
  Rückkaufswert aktuell: 48.916,30 EUR
  Darlehensbetrag:       25.000,00 EUR
  Zinssatz:              4,25 % p.a., Zinsen vierteljährlich
  Tilgung:               jederzeit möglich, spätestens Verrechnung mit der Ablaufleistung

Die Auszahlung erfolgt innerhalb von fünf Bankarbeitstagen auf Ihr Konto
DE07 6635 2126 5588 5207 63.

Bitte beachten Sie: Der Versicherungsschutz bleibt in voller Höhe bestehen. Im Todesfall
wird das Darlehen mit der Todesfallleistung verrechnet.

Mit freundlichen Grüßen
Sevgi Aydoğan

{sig("aydogan")}""")

M("S23", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "life insurance death benefit to the widow: cause of death of the named insured (cardiac arrest), payout and IBAN",
  frm=who("aydogan"), to="Renate Stockhecke <renate.stockhecke@gmx.example>",
  subj="Auszahlung der Todesfallleistung - Vertrag RL-0871-4420",
  date=when(24, 14, 0),
  body=f"""Sehr geehrte Frau Stockhecke,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Günter Stockhecke, unser
aufrichtiges Beileid aussprechen.

Wir haben alle Unterlagen erhalten: die Sterbeurkunde und die ärztliche Bescheinigung
über die Todesursache (plötzlicher Herztod bei bekannter koronarer Herzkrankheit, I46.1,
am 27.02.2026). Da der Vertrag seit mehr als drei Jahren besteht, ist eine weitere
Prüfung nicht erforderlich.

Aus der Risikolebensversicherung RL-0871-4420 zahlen wir an Sie als Bezugsberechtigte:

  Versicherungssumme      150.000,00 EUR
  Überschussbeteiligung     3.218,40 EUR
  Auszahlung              153.218,40 EUR

Die Zahlung erfolgt auf das von Ihnen angegebene Konto DE87 5362 9560 0307 4298 12.
Die Leistung ist eine Todesfallleistung aus einer Versicherung auf das Leben Ihres
Mannes; Sie erhalten darüber eine Bescheinigung für das Finanzamt.

Mit freundlichen Grüßen
Sevgi Aydoğan

{sig("aydogan")}""")

M("S24", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-therapist",
  "query to a physiotherapist about treatment invoices of a named patient (prescription, diagnosis, sessions)",
  frm="Health Claims International <intl-claims@weserbogen-vg.example>",
  to="PhysioPoint Bielefeld <info@physiopoint-bielefeld.example>",
  subj="Your invoices for Mr Ryan Whitfield (GH-220413-01)",
  date=when(25, 11, 20),
  body="""Dear Sir or Madam,

we have received three invoices for physiotherapy of our insured, Mr Ryan Whitfield
(member GH-220413-01), dated 13, 20 and 27 February 2026. Before we can pay, we need:

1. A copy of the prescription (Heilmittelverordnung). The invoices refer to a prescription
   by Dr. Falk Brüning for "manual therapy, 6 sessions" after the ACL reconstruction of the
   left knee (S83.53), but 9 sessions were invoiced.
2. Clarification of the item "KG-Gerät" (medical training therapy): it is not covered by
   the prescription we have on file.

Please send the documents through our provider portal
(https://partner.weserbogen-vg.example) and not by e-mail.

Kind regards
Health Claims International
Weserbogen Krankenversicherung a.G.""")

M("S25", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "health: naturopath's invoice (acupuncture, homeopathy) of the named insured partly reimbursed, with diagnoses",
  frm=who("osterkamp"), to="Kerstin Vehslage <kerstin.vehslage@posteo.example>",
  subj="Heilpraktikerrechnung vom 26.02.2026",
  date=when(26, 10, 40),
  body=f"""Sehr geehrte Frau Vehslage,

die Rechnung der Heilpraktikerin Ulrike Strotmann vom 26.02.2026 haben wir geprüft.

Angegebene Diagnosen: chronische Migräne, Schlafstörungen, Reizdarm.

  GebüH 1 Anamnese                    23,00 EUR   erstattet 23,00 EUR
  GebüH 21.4 Akupunktur (6x)         198,00 EUR   erstattet 144,00 EUR (Höchstsatz GebüH)
  GebüH 4 Homöopathische Repertorisation 60,00 EUR  erstattet 0,00 EUR
  Bachblüten-Mischung                  18,50 EUR   erstattet 0,00 EUR

Zur Homöopathie und den Bachblüten: Ihr Tarif AmbuPlus erstattet Heilpraktikerleistungen
nur im Rahmen des Gebührenverzeichnisses für Heilpraktiker und Arzneimittel nur auf
Verordnung eines Arztes oder Heilpraktikers mit Pharmazentralnummer. Die Mischung ist
kein Arzneimittel im Sinne der Bedingungen.

Erstattung gesamt: 167,00 EUR. Ihr Heilpraktiker-Budget für 2026 beträgt noch 833,00 EUR.

Mit freundlichen Grüßen
Henrike Osterkamp

{sig("osterkamp")}""")

M("S26", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
  "pharmacy billing query: prescription for a named insured with active ingredient, dose and PZN (oncology drug)",
  frm="Arzneimittelabrechnung <arzneimittel@weserbogen-vg.example>",
  to="Löwen-Apotheke Bad Oeynhausen <info@loewen-apotheke-bo.example>",
  subj="Rückfrage Direktabrechnung - Rezept vom 12.03.2026, Versicherte Edeltraud Siekmann",
  date=when(26, 13, 10),
  body="""Sehr geehrte Damen und Herren,

zur Direktabrechnung des Rezepts vom 12.03.2026 für unsere Versicherte Frau Edeltraud
Siekmann (KV-4471-0092), ausgestellt von Dr. med. Carsten Brune, Onkologische
Schwerpunktpraxis Bad Oeynhausen:

  Palbociclib 125 mg Hartkapseln, 21 St., PZN 11125823, 1 Packung
  abgerechnet: 3.412,08 EUR

Laut Rezept wurden 2 Packungen verordnet, abgegeben und abgerechnet wurde aber 1 Packung
zum Preis von 2 Packungen (Zeile 2 der Abrechnung enthält die PZN erneut mit Menge 0).
Bitte prüfen Sie das und schicken Sie uns eine korrigierte Abrechnung.

Die Zahlung des unstrittigen Teilbetrags (1.706,04 EUR) ist bereits angewiesen.

Mit freundlichen Grüßen
Arzneimittelabrechnung
Weserbogen Krankenversicherung a.G.""")

M("S27", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "critical illness benefit after a heart attack (I21.0) of the named insured, lump sum payment",
  frm=who("aydogan"), to="Michael Thornbury <m.thornbury@icloud.example>",
  subj="Your critical illness claim - payment of EUR 100,000",
  date=when(27, 15, 30),
  body=f"""Dear Mr Thornbury,

I am glad to hear from your wife that you are recovering well after the rehabilitation in
Bad Rothenfelde.

We have received the report of the Herz- und Diabeteszentrum NRW. It confirms an acute
anterior wall myocardial infarction (I21.0) on 11 January 2026 with typical ECG changes
and a troponin rise, treated with two stents. This meets the definition of "heart attack"
in your critical illness policy DK-2280-0419.

We are therefore paying the full sum assured of EUR 100,000 to your account on file. The
policy ends with this payment; the premium for February and March will be refunded.

We wish you all the best for your further recovery.

Kind regards
Sevgi Aydoğan

{sig("aydogan", "en")}""")

M("S28", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "criminal legal expenses: investigation of the named customer for negligent bodily injury (criminal proceedings, injured cyclist)",
  frm=who("brueggemann"), to="Thorsten Wellpott <thorsten.wellpott@web.example>",
  subj="Ermittlungsverfahren wegen fahrlässiger Körperverletzung - RS-26-010980",
  date=when(27, 9, 55),
  body=f"""Sehr geehrter Herr Wellpott,

für Ihre Verteidigung im Ermittlungsverfahren der Staatsanwaltschaft Bielefeld
(Az. 412 Js 1187/26) wegen fahrlässiger Körperverletzung besteht Versicherungsschutz
aus Ihrem Verkehrs-Rechtsschutz RS-0934-7710.

Dem Verfahren liegt der Unfall vom 05.02.2026 in Minden zugrunde, bei dem Sie beim
Rechtsabbiegen einen Radfahrer übersehen haben; der Radfahrer erlitt einen
Schlüsselbeinbruch. Da der Vorwurf nur fahrlässig begangen sein kann, übernehmen wir die
Kosten des Verteidigers von Anfang an.

Bitte beachten Sie: Wird im Verfahren rechtskräftig Vorsatz festgestellt, entfällt der
Versicherungsschutz rückwirkend. Einen Strafbefehl sollten Sie nicht ohne Rücksprache mit
Ihrem Anwalt akzeptieren.

Mit freundlichen Grüßen
Theresa Brüggemann

{sig("brueggemann")}""")

M("S29", "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
  "health: English explanation of a German premium letter quoted in the mail, with a risk surcharge for diabetes of the named insured",
  frm=who("marchetti"), to="Rajesh Iyer <rajesh.iyer@gmx.example>",
  subj="RE: Premium increase letter - translation",
  date=when(30, 10, 10),
  irt="<CAK2r8Iyer@mail.gmx.example>",
  body=f"""Dear Mr Iyer,

you asked what the German letter of 10 March means. The key passage reads:

  "Ihr Beitrag für den Tarif KVplus 100 erhöht sich zum 01.04.2026 von 512,40 EUR auf
   548,90 EUR monatlich. Der bei Vertragsabschluss vereinbarte Risikozuschlag von 25 %
   wegen Diabetes mellitus Typ 2 (E11.9) wird prozentual auf den neuen Beitrag angewendet
   und erhöht sich entsprechend von 102,48 EUR auf 109,78 EUR."

In English: your monthly premium for the comprehensive health plan KVplus 100 rises from
EUR 512.40 to EUR 548.90 from 1 April. The 25 % surcharge that was agreed when you took
out the policy because of your type 2 diabetes is a percentage of the premium, so it rises
with it, from EUR 102.48 to EUR 109.78.

You have the right to switch to another of our tariffs with similar benefits (§ 204 VVG).
If your diabetes has been well controlled for several years (HbA1c values), you may also
ask us to review the surcharge; please send a current report from your diabetologist.

Kind regards
Sophie Marchetti

{sig("marchetti", "en")}""")

M("S30", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "company health insurance (bKV): reimbursement of glasses for a named employee with prescription values",
  frm="bKV Service <bkv-service@weserbogen-vg.example>",
  to="Lukas Schneider-Adams <lukas.schneider-adams@gmail.example>",
  subj="Your company health benefit - glasses reimbursed",
  date=when(30, 12, 45),
  body="""Dear Mr Schneider-Adams,

your employer, Hartmann Elektrotechnik GmbH, provides you with company health insurance
(group contract BK-0412, your insured number BK-0412-0187). We have received the invoice of
Optik Wittenstein of 20 March for new glasses:

  Right eye: sph -2.75, cyl -0.50, axis 175
  Left eye:  sph -3.25, cyl -0.75, axis 10
  Progressive lenses, frame                 EUR 689.00

Your benefit for glasses and contact lenses is EUR 250 every two years. We are
reimbursing EUR 250.00 to your account; your next entitlement is from 20 March 2028.

Your employer does not receive any information about your claims.

Kind regards
Weserbogen bKV Service""")
# --- STRICTLY_CONFIDENTIAL, part 3 ----------------------------------------

M("S31", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "health: hearing aids for the named insured with audiogram result and reimbursement",
  frm=who("marchetti"), to="Peter Lawson <peter.lawson@virginmedia.example>",
  subj="Hearing aids - cost estimate approved (KV-7781-0256)",
  date=when(31, 9, 30),
  body=f"""Dear Mr Lawson,

thank you for the cost estimate of Hörakustik Gerling for two behind-the-ear hearing aids
(Phonak Audéo L90) and the ENT report of Dr. Timo Haverkamp.

The report describes a bilateral sensorineural hearing loss (H90.3), with a loss of 45 dB
on the right and 50 dB on the left in the speech range. Hearing aids are therefore
medically necessary.

Your tariff KVplus 100 covers hearing aids at 100 % up to EUR 1,500 per ear every five
years. For the estimate of EUR 4,180.00 we will reimburse EUR 3,000.00; the remaining
EUR 1,180.00 (premium features such as rechargeable batteries and app control) would be
your own share.

Please send us the final invoice after fitting.

Kind regards
Sophie Marchetti

{sig("marchetti", "en")}""")

M("S32", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "attachment-only: CSV of premium arrears in private health and care insurance with names (health contracts, emergency tariff)",
  frm=who("luedeking"), to="inkasso-kv@weserbogen-vg.example",
  cc=who("osterkamp"),
  subj="Beitragsrückstände KV > 2 Monate - Liste März",
  date=when(31, 11, 5),
  body=f"""Hallo zusammen,

die Liste der KV-Verträge mit Rückständen über zwei Monatsbeiträge hängt an. Bei zwei
Verträgen steht der Wechsel in den Notlagentarif an; bitte vorher noch einmal telefonisch
Kontakt aufnehmen und auf die Möglichkeit der Ratenzahlung hinweisen.

Greta

{sig("luedeking", None)}""",
  att=[("KV_Rueckstaende_2026-03.csv", "csv", csv_bytes([
      ["Vertrag", "Name", "Tarif", "Monatsbeitrag", "Rückstand", "Monate", "Maßnahme"],
      ["KV-2201-5540", "Holger Tegeler", "KVplus 100 + PPV", "684,20", "2.052,60", "3", "Ruhen der Leistungen, Notlagentarif ab 01.05."],
      ["KV-7730-1184", "Svetlana Becker", "KVbasis + PPV", "471,90", "943,80", "2", "Mahnung Stufe 2"],
      ["KV-0912-6631", "Bernhard Jostmeier", "KVplus 100 + KT43", "812,35", "2.437,05", "3", "Ruhen der Leistungen, Notlagentarif ab 01.05."],
      ["KV-5512-0097", "Nadja Kröning", "ZahnPlus 90", "22,80", "68,40", "3", "Kündigung prüfen (Zusatztarif)"]],
      sep=";", enc="cp1252"), "windows-1252")])

M("S33", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "medical advisor asks a surgeon for the operation report of a named patient (spinal surgery) for an accident claim",
  frm=who("habighorst"), to="Dr. Nikolaos Papadakis <n.papadakis@wirbelsaeule-bielefeld.example>",
  subj="Request for operation report - patient Ms Joanna Kowalczyk, born 14/03/1990",
  date=when(17, 13, 0),
  body=f"""Dear Dr. Papadakis,

your patient Ms Joanna Kowalczyk (born 14/03/1990) has claimed benefits from her private
accident insurance with us following a fall from a ladder on 3 January 2026. She has
authorised you to release medical information (signed consent attached to our portal
request no. PR-26-07714).

To assess the claim we need:
1. the operation report of 5 January 2026 (dorsal stabilisation Th12-L2 for the L1 burst
   fracture, as she told us),
2. the discharge letter,
3. your assessment whether pre-existing degenerative changes of the spine contributed to
   the consequences of the injury.

I would be grateful if you could upload the documents to our provider portal. Your fee
will be paid according to GOÄ.

Kind regards
Dr. med. Lorenz Habighorst

{sig("habighorst", "en")}""")

M("S34", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "children's accident insurance: school accident with tooth injury of a named child, dental treatment and benefit",
  frm=who("dreyer"), to="Familie Niehus <niehus.familie@gmx.example>",
  subj="Kinderunfallversicherung Ihres Sohnes Finn - Zahnunfall vom 24.02.",
  date=when(18, 10, 25),
  body=f"""Sehr geehrte Frau Niehus, sehr geehrter Herr Niehus,

es tut uns leid, dass Finn sich beim Sportunterricht verletzt hat. Aus der
Kinderunfallversicherung KU-3321-0808 (versicherte Person: Finn Niehus, geb. 06.09.2015)
leisten wir wie folgt:

- Der Zahnarztbericht von Dr. Meike Stallmann beschreibt eine Kronenfraktur der beiden
  oberen mittleren Schneidezähne (11 und 21) mit Freilegung des Zahnnervs an Zahn 11.
- Die Wurzelbehandlung und die provisorische Versorgung übernimmt die gesetzliche
  Unfallversicherung (Schulunfall). Unsere Leistung für kosmetische Operationen /
  Zahnersatz kommt hinzu, sobald die endgültige Versorgung nach Abschluss des Wachstums
  feststeht.
- Für den Unfall zahlen wir schon jetzt das vereinbarte Schmerzensgeld bei Zahnverletzung
  von 500 EUR.

Bitte heben Sie alle Rechnungen auf; der Anspruch auf spätere Zahnersatzleistungen bleibt
bis zum 21. Lebensjahr bestehen.

Mit freundlichen Grüßen
Mirko Dreyer

{sig("dreyer")}""")

M("S35", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "HTML-only benefit statement with a table of doctors, treatments and amounts of the named insured and her child",
  frm="Leistungsservice KV <kv-leistung@weserbogen-vg.example>",
  to="Dr. Katrin Ellerbrock <k.ellerbrock@posteo.example>",
  subj="Leistungsabrechnung Nr. 2026-0318-4471",
  date=when(18, 16, 20),
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrte Frau Dr. Ellerbrock,</p>
<p>zu Ihrer Einreichung vom 12.03.2026 (Vertrag KV-8823-0416) erstatten wir wie folgt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef4"><th>Versicherte Person</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>Katrin Ellerbrock</td><td>Dr. med. Ines Rahe, Gyn&auml;kologie</td><td>Krebsvorsorge, Ultraschall, HPV-Test</td><td align="right">186,74 &euro;</td><td align="right">186,74 &euro;</td></tr>
<tr><td>Katrin Ellerbrock</td><td>Dr. med. Uwe Bredemeier, Dermatologie</td><td>Exzision N&auml;vus R&uuml;cken, Histologie (D22.5)</td><td align="right">241,30 &euro;</td><td align="right">241,30 &euro;</td></tr>
<tr><td>Paul Ellerbrock (Kind)</td><td>Kinderarztpraxis Dr. Sander</td><td>U10, Impfung MMR</td><td align="right">118,90 &euro;</td><td align="right">118,90 &euro;</td></tr>
<tr><td>Paul Ellerbrock (Kind)</td><td>Logop&auml;die Kr&uuml;ger</td><td>10 x Sprachtherapie (F80.0)</td><td align="right">560,00 &euro;</td><td align="right">448,00 &euro;</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td align="right"><b>994,94 &euro;</b></td></tr>
</table>
<p>Logop&auml;die erstatten wir tariflich zu 80&nbsp;%. Der Betrag wird auf Ihr Konto &uuml;berwiesen.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Leistungsservice KV<br>Weserbogen Krankenversicherung a.G.</p>
</body></html>""")

M("S36", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
  "group accident insurance: HR of a client company told about a named employee's work accident, injuries and benefit",
  frm=who("dreyer"), to="HR Department <hr@tecfab-systems.example>",
  subj="Group accident policy GU-0221-0019 - claim of Mr Daniel Hoppe",
  date=when(19, 15, 15),
  body=f"""Dear Ms Whitaker,

regarding the accident of your employee Mr Daniel Hoppe on 19 February (fall from a
loading ramp in your Minden warehouse), we can give you the following status under your
group accident policy GU-0221-0019:

- Mr Hoppe suffered a fracture of the left heel bone (calcaneus) and was operated on at
  BG Klinikum Bergmannsheil. He is currently in rehabilitation.
- Hospital daily allowance of EUR 30 for 11 days (EUR 330) has been paid to him directly.
- A decision on invalidity benefit can only be made once the final condition is known,
  at the earliest 12 months after the accident.

As the policyholder, you receive this information because Mr Hoppe has agreed in writing;
please treat it confidentially and do not store it in his personnel file.

Kind regards
Mirko Dreyer

{sig("dreyer", "en")}""")

M("S37", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "health: rehabilitation after disc surgery (M51.1) approved for the named insured, clinic and duration",
  frm=who("osterkamp"), to="Uwe Pieper <uwe.pieper@t-online.example>",
  subj="Ihre Anschlussheilbehandlung - Kostenzusage",
  date=when(24, 8, 50),
  body=f"""Sehr geehrter Herr Pieper,

für die Anschlussheilbehandlung nach Ihrer Bandscheibenoperation (Nukleotomie L4/L5 am
17.03.2026 wegen Bandscheibenvorfall mit Radikulopathie, M51.1) sagen wir Ihnen die
Kostenübernahme zu:

  Klinik: Weserbergland-Klinik Höxter, Abteilung Orthopädie
  Aufnahme: 26.03.2026, Dauer: 21 Tage
  Unterbringung: Einbettzimmer (Tarif STAT 1)
  Versicherungsnummer: KV-6601-3394

Die Klinik rechnet direkt mit uns ab. Fahrtkosten erstatten wir für die An- und Abreise
mit dem Krankentransport, wie vom Stationsarzt verordnet.

Gute Besserung!
Henrike Osterkamp

{sig("osterkamp")}""")

M("S38", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "life insurance: increase of the sum assured of a named customer's term life policy (personal line, no medical word)",
  frm=who("aydogan"), to="leben-bestand@weserbogen-vg.example",
  subj="Erhöhung Versicherungssumme RL-5510-2276 (Nachversicherungsgarantie)",
  date=when(25, 11, 40),
  body=f"""Hallo Bestand,

bitte folgende Vertragsänderung verarbeiten:

Vertrag: RL-5510-2276 (Risikolebensversicherung)
VN / versicherte Person: Jasmin Hellweg, Bastaustraße 9, 32423 Minden
Anlass: Nachversicherungsgarantie wegen Immobilienerwerb (Kaufvertrag vom 02.03.2026
liegt im Scan vor)
Versicherungssumme: bisher 150.000 EUR, neu 250.000 EUR ab 01.04.2026
Laufzeit: unverändert bis 01.04.2051
Bezugsrecht: unverändert (Ehemann Daniel Hellweg)

Keine erneute Gesundheitsprüfung: Die Erhöhung erfolgt innerhalb von 6 Monaten nach dem
Ereignis. Die Erhöhung um 100.000 EUR liegt über 50 % der Ursprungssumme; laut
Sonderklausel NV-2 im Versicherungsschein sind bei Immobilienerwerb aber bis zu
100.000 EUR ohne Gesundheitsfragen möglich. Bitte trotzdem kurz gegenprüfen.

Danke!
Sevgi

{sig("aydogan", None)}""")

M("S39", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "health: IVF treatment coverage for the named insured couple, infertility diagnosis and treatment cycles",
  frm=who("marchetti"), to="Hannah and David Morgenstern <morgenstern.family@gmail.example>",
  subj="IVF treatment - our decision on the treatment plan",
  date=when(26, 16, 5),
  body=f"""Dear Ms Morgenstern, dear Mr Morgenstern,

we have assessed the treatment plan of the Kinderwunschzentrum Bielefeld of 9 March for
in vitro fertilisation with ICSI.

According to the medical report, the cause of the infertility lies with Mr Morgenstern
(severe oligoasthenozoospermia, N46), and Ms Morgenstern's findings are normal. Under
the German rules for private health insurance, the costs are therefore borne by Mr
Morgenstern's insurer - that is us (policy KV-3390-0718) - including the treatment
provided to Ms Morgenstern.

We cover up to three ICSI cycles, each at 100 % of the reasonable costs according to GOÄ,
plus the medication. Ms Morgenstern's age (34) is within the limits for a positive
prognosis. Please send us the invoices after each cycle.

We wish you every success.

Kind regards
Sophie Marchetti

{sig("marchetti", "en")}""")

M("S40", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "inside a ZIP: care assessment (PDF) and care diary (DOCX) of a named insured; body neutral",
  frm=who("kaczmarek"), to="Jürgen Kleinebrahm <j.kleinebrahm@gmx.example>",
  subj="Die angeforderten Unterlagen",
  date=when(27, 11, 30),
  body=f"""Sehr geehrter Herr Kleinebrahm,

wie am Telefon besprochen, sende ich Ihnen die gewünschten Unterlagen als ZIP-Datei für
Ihren Widerspruch. Das Kennwort haben wir nicht gesetzt, weil Sie das nicht wollten;
bitte leiten Sie die Datei nicht weiter.

Mit freundlichen Grüßen
Ewa Kaczmarek

{sig("kaczmarek")}""",
  att=[("Unterlagen_PPV-3318-7720.zip", "zip", make_zip([
      ("Gutachten_Pflegegrad_2026-02.pdf", pdf([
          "# Gutachten zur Feststellung der Pflegebedürftigkeit",
          "Versicherte Person: Marianne Kleinebrahm, geb. 21.06.1944",
          "Versicherungsnummer: PPV-3318-7720",
          "Begutachtung am 18.02.2026 in der Häuslichkeit, anwesend: Ehemann Jürgen Kleinebrahm",
          "",
          "## Pflegebegründende Diagnosen",
          "G30.1 Alzheimer-Krankheit mit spätem Beginn; I50.13 Herzinsuffizienz NYHA III",
          "",
          "## Ergebnis",
          "Modul 1 Mobilität: 5 Punkte; Modul 2/3 Kognition/Verhalten: 11 Punkte;",
          "Modul 4 Selbstversorgung: 14 Punkte; Modul 5: 3 Punkte; Modul 6: 9 Punkte",
          "Gewichtete Gesamtpunkte: 44,5 - Pflegegrad 2 (weiterhin)",
          "Empfehlung: Wiederholungsbegutachtung in 12 Monaten; Hilfsmittel: Duschhocker, Rollator",
      ], title="Pflegegutachten", author="MEDICPROOF", date="20260220100000")),
      ("Pflegetagebuch_Maerz.docx", docx([
          ("h", "Pflegetagebuch Marianne Kleinebrahm"),
          "Geführt von: Jürgen Kleinebrahm (Ehemann)",
          ("table", [["Datum", "Hilfe", "Dauer"],
                     ["01.03.", "Waschen, Anziehen, Tabletten richten, nachts 2x beruhigt (Unruhe)", "3 h 10 min"],
                     ["02.03.", "Toilettengänge begleitet, Einkauf, Arzttermin Neurologie", "4 h 40 min"],
                     ["03.03.", "hat Herd angelassen, ständige Beaufsichtigung nötig", "ganztägig"]])],
          author="J. Kleinebrahm", title="Pflegetagebuch"))],
      dt=(2026, 3, 27, 11, 0, 0)))])

M("S41", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "base64-encoded body: follow-up review of a disability pension of the named insured (burnout, reintegration)",
  frm=who("aydogan"), to="Sabine Oberschelp <s.oberschelp@web.example>",
  subj="Nachprüfung Ihrer BU-Rente",
  date=when(30, 15, 50),
  cte="base64",
  body=f"""Sehr geehrte Frau Oberschelp,

wir zahlen Ihnen seit Juni 2024 eine Berufsunfähigkeitsrente von 1.650 EUR monatlich aus
Ihrem Vertrag BU-2291-6604 wegen Ihrer Erschöpfungsdepression (F32.1).

Wie in den Bedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die
Voraussetzungen weiter vorliegen. Sie haben uns mitgeteilt, dass Sie seit Januar im
Rahmen einer stufenweisen Wiedereingliederung wieder vier Stunden täglich als
Grundschullehrerin arbeiten. Das freut uns sehr.

Die Wiedereingliederung ändert an Ihrer Rente zunächst nichts. Bitte schicken Sie uns:
1. einen aktuellen Bericht Ihrer behandelnden Psychiaterin,
2. den Wiedereingliederungsplan,
3. nach Abschluss eine Bestätigung der Schule über Ihren Stundenumfang.

Mit freundlichen Grüßen
Sevgi Aydoğan

{sig("aydogan")}""")

M("S42", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "facultative life reinsurance submission with the named applicant's medical history (tagged [secure])",
  frm=who("hartkopf"), to="Life Facultative <life-fac@nordkap-re.example>",
  subj="[secure] Facultative request - applicant Dr. Frederik Hasselmann, EUR 2.5m term life",
  date=when(30, 10, 25),
  body=f"""Dear colleagues,

we would like to submit the following case for facultative reinsurance:

  Applicant:      Dr. Frederik Hasselmann, born 1972-09-14, surgeon
  Product:        term life, sum assured EUR 2,500,000, term 20 years
  Retention:      EUR 500,000; cession requested EUR 2,000,000

Medical summary
- BMI 31.8; blood pressure 148/94 under treatment with ramipril 5 mg
- Lipids: total cholesterol 262 mg/dl, LDL 178 mg/dl, no statin
- Resting ECG normal; exercise ECG up to 200 W without ischaemia (February 2026)
- Father died of myocardial infarction aged 58
- Non-smoker since 2015 (previously 15 pack years)

Our proposal: +75 % extra mortality. We would appreciate your offer by 10 April; the full
medical file is in the secure data room under reference FAC-26-014.

Kind regards
Lisa Hartkopf

{sig("hartkopf", "en")}""")

M("S43", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "HR/BEM: named employee's severe disability status and reintegration after illness (tagged [streng vertraulich])",
  frm=who("steinmeier"), to="BEM-Team <bem@weserbogen-vg.example>",
  cc="Schwerbehindertenvertretung <sbv@weserbogen-vg.example>",
  subj="[streng vertraulich] BEM-Gespräch Herr Ahlert, 2. Termin",
  date=when(31, 14, 30),
  body=f"""Liebes BEM-Team, liebe Frau Nolte,

kurze Zusammenfassung nach dem ersten Gespräch mit Herrn Marcel Ahlert (Kundenservice,
Personalnr. 11802) am 27.03.:

- Herr Ahlert war seit November 2025 durchgehend arbeitsunfähig (Chemotherapie nach
  Darmkrebs-OP). Die Therapie ist abgeschlossen.
- Das Versorgungsamt hat einen GdB von 50 festgestellt; der Bescheid liegt vor, die
  Schwerbehinderung ist ab sofort bei der Urlaubsberechnung zu berücksichtigen
  (5 Tage Zusatzurlaub).
- Er wünscht eine stufenweise Wiedereingliederung ab 13.04. (2 Wochen 3 Std., 2 Wochen
  5 Std., dann voll) und einen Arbeitsplatz in Toilettennähe, wegen des Stomas.

Zweiter Termin: 07.04., 10 Uhr, Raum 1.08. Bitte die Unterlagen nur in der BEM-Akte
ablegen, nicht in der Personalakte.

Viele Grüße
Annika

{sig("steinmeier", None)}""")

M("S44", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "travel: repatriation of a deceased insured for an Islamic burial (death, religion) arranged with the son",
  frm=who("asante"), to="Emre Karaca <emre.karaca@hotmail.example>",
  subj="Repatriation of your father - arrangements",
  date=when(29, 19, 40),
  body=f"""Dear Mr Karaca,

please accept our deepest condolences on the death of your father, Mr Hüseyin Karaca.

I confirm the arrangements we discussed on the phone this afternoon under his travel
health policy RK-2214-7709 (repatriation of mortal remains covered in full):

- The hospital in Antalya has issued the death certificate (cardiac arrest following a
  second stroke on 27 March). The German consulate has issued the laissez-passer for the
  coffin.
- As you wish to bury your father according to Islamic rites in Germany, we have
  arranged with the funeral home in Antalya that the ritual washing (ghusl) and the
  shrouding take place there tomorrow morning.
- Transport: Turkish Airlines cargo TK 1525 Antalya-Istanbul-Hannover on Tuesday, 31 March,
  arrival 16:05. The funeral home Aydın Bestattungen from Bielefeld will collect the coffin
  at Hannover airport and take it to the Muslim burial ground in Minden.

We cover all costs of the repatriation directly; you do not need to pay anything in advance.

Our thoughts are with you and your family.
Kwame Asante-Lohmeyer

{sig("asante", "en")}""")

M("S45", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
  "underwriting: invitation (ICS) to a medical examination with blood test and ECG for the named applicant's disability application",
  frm=who("hartkopf"), to="Connor Walsh <connor.walsh@outlook.example>",
  subj="Your disability insurance application - medical examination on 8 April",
  date=when(31, 10, 55),
  body=f"""Dear Mr Walsh,

thank you for your application for disability income insurance (AR-26-019144,
EUR 2,500 monthly benefit). Because of the amount applied for and the thyroid condition
you declared (Hashimoto's thyroiditis, treated with levothyroxine), we need a medical
examination, which we pay for:

  Date:     Wednesday, 8 April 2026, 08:15
  Place:    Medical examination centre Dr. Rüter, Bäckerstraße 51, Minden
  Scope:    examination, blood test (fasting - TSH, fT3, fT4, thyroid antibodies, lipids,
            glucose), resting ECG

Please come fasting and bring your identity card and a list of your current medication.
A calendar invitation is attached.

Kind regards
Lisa Hartkopf

{sig("hartkopf", "en")}""",
  att=[("Medical_examination_Walsh_2026-04-08.ics", "ics", ics(
      "ar-26-019144-exam@weserbogen-vg.example", "20260408T081500", "20260408T091500",
      "Medical examination for disability insurance (Connor Walsh)",
      "Dr. Rüter, Bäckerstraße 51, 32423 Minden",
      "Application AR-26-019144. Fasting blood test (thyroid values TSH/fT3/fT4, antibodies), ECG. "
      "Bring ID and medication list (levothyroxine).",
      addr("hartkopf"), ["connor.walsh@outlook.example"], stamp="20260331085500Z"))])


# ===========================================================================
# output and check
# ===========================================================================

def order():
    """File numbers: the mails were written by topic; a fixed shuffle spreads them."""
    keys = [m["key"] for m in MAILS]
    rnd = random.Random(186)
    rnd.shuffle(keys)
    return {k: i + 1 for i, k in enumerate(keys)}


def write_all(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    num = order()
    rows = []
    for m in sorted(MAILS, key=lambda m: num[m["key"]]):
        fn = f"{PREFIX}{num[m['key']]:04d}.eml"
        data = serialize(build(m["kw"], m["key"]))
        with open(os.path.join(outdir, "mails", fn), "wb") as f:
            f.write(data)
        rows.append((fn, m["label"], m["lang"], m["kind"], m["reason"]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return rows


IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "CH": 21, "PL": 28, "FR": 27, "ES": 24,
            "IT": 27, "BE": 16, "LU": 20, "DK": 18}
IBAN_TYPO_OK = {"DE88308111311332516912",  # deliberate customer typo (two digits swapped)
                "DE89370400440532013001"}  # test case for a failing check digit (fictitious)


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_scan(text, where, problems):
    for mo in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})((?: ?[A-Za-z0-9]){10,32})", text):
        cc = mo.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        raw = (mo.group(1) + mo.group(2) + mo.group(3)).replace(" ", "").upper()
        n = IBAN_LEN[cc]
        if len(raw) < n:
            if len(raw) >= n - 2 and raw not in IBAN_TYPO_OK and raw[2:4].isdigit() and raw[4:].isdigit():
                problems.append(f"{where}: short IBAN-like {raw}")
            continue
        cand = raw[:n]
        if not iban_ok(cand) and cand not in IBAN_TYPO_OK and raw not in IBAN_TYPO_OK:
            if cc == "DE" and not cand[2:].isdigit():
                continue
            problems.append(f"{where}: invalid IBAN {cand}")


def _texts_of_blob(name, data):
    """Yields decoded text found in an attachment (recursively for zips)."""
    low = name.lower()
    if data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        names = z.namelist()
        if low.endswith((".docx", ".xlsx")):
            assert "[Content_Types].xml" in names, name
        if low.endswith((".odt", ".ods")):
            assert names[0] == "mimetype", name
        for n in names:
            yield from _texts_of_blob(name + "/" + n, z.read(n))
    elif data[:5] == b"%PDF-":
        assert data.rstrip().endswith(b"%%EOF"), name
        found = False
        for mo in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
            s = mo.group(1)
            try:
                s = zlib.decompress(s)
            except zlib.error:
                pass
            t = b"".join(re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s)).decode("cp1252", "replace")
            if t.strip():
                found = True
            yield " ".join(x.decode("cp1252", "replace").replace("\\(", "(").replace("\\)", ")")
                           for x in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s))
        assert found, name + ": PDF without text"
    else:
        for enc in ("utf-8", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if low.endswith(".ics"):
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, name
        yield re.sub(r"<[^>]+>", " ", t) if low.endswith(".xml") else t


def check_mail(fn, data, problems):
    assert re.search(rb"(?<!\r)\n", data) is None, fn + ": bare LF"
    msg = BytesParser(policy=policy.default).parsebytes(data)
    mids = msg["Message-ID"]
    assert msg["Date"].datetime.year == 2026 and msg["Date"].datetime.month == 3, fn
    assert msg["From"].addresses[0].domain.endswith(DOM), fn
    for part in msg.walk():
        assert not part.defects, f"{fn}: {part.defects}"
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        fname = part.get_filename()
        if fname is None and part.get_content_maintype() == "text":
            text = part.get_content()          # decodes with the declared charset
            iban_scan(text, fn, problems)
        else:
            for t in _texts_of_blob(fname or ct, payload):
                iban_scan(t, f"{fn}:{fname}", problems)
    return mids


def check():
    tmp = tempfile.mkdtemp(prefix="d186check-")
    try:
        rows = write_all(tmp)
        problems = []
        for sub in ("labels.tsv",):
            a = open(os.path.join(tmp, sub), "rb").read()
            b = open(os.path.join(HERE, sub), "rb").read() if os.path.exists(os.path.join(HERE, sub)) else None
            if a != b:
                problems.append(f"{sub} differs from the rebuild")
        have = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        want = sorted(os.listdir(os.path.join(tmp, "mails")))
        if have != want:
            problems.append(f"file list differs: {len(have)} in folder, {len(want)} rebuilt")
        mids = set()
        for fn in want:
            a = open(os.path.join(tmp, "mails", fn), "rb").read()
            p = os.path.join(HERE, "mails", fn)
            if not os.path.exists(p) or open(p, "rb").read() != a:
                problems.append(f"{fn} differs from the rebuild")
            mid = check_mail(fn, a, problems)
            if mid in mids:
                problems.append(f"{fn}: duplicate Message-ID")
            mids.add(mid)
        # statistics
        from collections import Counter
        lab = Counter(r[1] for r in rows)
        lang = Counter(r[2] for r in rows)
        both = Counter((r[1], r[2]) for r in rows)
        kinds = Counter(r[3] for r in rows)
        print(f"{len(rows)} mails")
        for l in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            print(f"  {l:22s} {lab[l]:3d}  de {both[(l, 'de')]:3d}  en {both[(l, 'en')]:3d}  mixed {both[(l, 'mixed')]:3d}")
        print("  lang:", dict(lang))
        print("  kinds:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
        if problems:
            print("PROBLEMS:")
            for p in problems:
                print("  " + p)
            return 1
        print("check OK: byte-identical rebuild, all mails parse without defects, attachments open")
        return 0
    finally:
        shutil.rmtree(tmp)


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if os.path.isdir(os.path.join(HERE, "mails")):
        for fn in os.listdir(os.path.join(HERE, "mails")):
            if fn.startswith(PREFIX) and fn.endswith(".eml"):
                os.remove(os.path.join(HERE, "mails", fn))
    rows = write_all(HERE)
    print(f"wrote {len(rows)} mails to {os.path.join(HERE, 'mails')}")


if __name__ == "__main__":
    main()
