#!/usr/bin/env python3
"""Generator for the Siegel independent corpus dev155 (files d155-0001 ... d155-0150).

Fictitious insurer: Weserbogen Versicherungsgruppe, Nienburg (Weser), domain weserbogen.example.
Standard library only.  Every mail below is written by hand; the helpers above the
MAILS section only build MIME structure and attachment containers (PDF, DOCX, XLSX,
ODT, ODS, ZIP, ICS, CSV, HTML, message/rfc822).

    python3 make_corpus.py          write mails/ and labels.tsv
    python3 make_corpus.py --check  rebuild in memory, compare byte for byte, parse, open attachments
    python3 make_corpus.py --stats  print the distribution tables (markdown)
"""
import csv
import datetime as dt
import hashlib
import io
import os
import random
import re
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d155-"
DOM = "weserbogen.example"
SMTP = policy.SMTP

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def IBAN(bank, acct="", cc="DE", grouped=True):
    """Return a mod-97 valid IBAN for the invented bank code + account number (BBAN)."""
    bban = bank + acct
    raw = cc + _iban_check(cc, bban) + bban
    if not grouped:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def q(text, mark="> "):
    """Quote a text the '>' way."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((mark + line) if line and not line.startswith(">") else (">" + line if line else ">"))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# staff, signatures, footers
# ---------------------------------------------------------------------------

ALLG = "Weserbogen Allgemeine Versicherung AG"
LEBEN = "Weserbogen Lebensversicherung AG"
KRANKEN = "Weserbogen Krankenversicherung AG"

STAFF = {
    # key: (name, address, dept_de, dept_en, phone extension, entity)
    "vollmer": ("Kathrin Vollmer", "kathrin.vollmer", "Leistungsabteilung Krankenversicherung", "Health Claims", "412", KRANKEN),
    "albrecht": ("Dr. med. Jens Albrecht", "jens.albrecht", "Gesellschaftsarzt / Medizinischer Dienst", "Chief Medical Officer", "470", KRANKEN),
    "reinecke": ("Tobias Reinecke", "tobias.reinecke", "Kfz-Schaden", "Motor Claims", "233", ALLG),
    "lorenz": ("Sabine Lorenz", "sabine.lorenz", "Sachschaden Privatkunden", "Property Claims", "251", ALLG),
    "yilmaz": ("Murat Yilmaz", "murat.yilmaz", "Haftpflicht-Schaden", "Liability Claims", "262", ALLG),
    "seidel": ("Anja Seidel", "anja.seidel", "Vertragsservice Leben", "Life Policy Service", "318", LEBEN),
    "brandt": ("Christoph Brandt", "christoph.brandt", "Maklerbetreuung Nord", "Broker Relations", "145", ALLG),
    "hoffmann": ("Melanie Hoffmann", "melanie.hoffmann", "Personalabteilung", "Human Resources", "090", ALLG),
    "wagner": ("Felix Wagner", "felix.wagner", "IT-Servicedesk", "IT Service Desk", "777", ALLG),
    "petrova": ("Elena Petrova", "elena.petrova", "Risikoprüfung Leben/BU", "Life & Disability Underwriting", "331", LEBEN),
    "schuster": ("Laura Schuster", "laura.schuster", "International Health Service", "International Health Service", "455", KRANKEN),
    "sommer": ("Henrik Sommer", "henrik.sommer", "Rückversicherung", "Reinsurance", "520", ALLG),
    "kuehn": ("Petra Kühn", "datenschutz", "Datenschutzbeauftragte", "Data Protection Officer", "099", ALLG),
    "ortmann": ("Nils Ortmann", "nils.ortmann", "Rechtsschutz-Leistung", "Legal Expenses Claims", "274", ALLG),
    "hanke": ("Birgit Hanke", "birgit.hanke", "Reiseversicherung Service", "Travel Insurance Service", "288", ALLG),
    "kraemer": ("Daniel Krämer", "daniel.kraemer", "Firmenkunden Underwriting", "Commercial Underwriting", "160", ALLG),
    "martens": ("Svenja Martens", "svenja.martens", "Unternehmenskommunikation", "Corporate Communications", "030", ALLG),
    "pohl": ("Oliver Pohl", "oliver.pohl", "Einkauf", "Procurement", "055", ALLG),
    "wolff": ("Jana Wolff", "jana.wolff", "Kundenservice", "Customer Service", "100", ALLG),
    "engel": ("Markus Engel", "markus.engel", "Schaden Gewerbe", "Commercial Claims", "266", ALLG),
    "neumann": ("Ricarda Neumann", "ricarda.neumann", "Betriebliche Altersversorgung", "Group Pensions", "340", LEBEN),
    "becker": ("Sophie Becker", "sophie.becker", "Unfall-Leistung", "Accident Claims", "295", ALLG),
    "grube": ("Thomas Grube", "thomas.grube", "Forderungsmanagement", "Collections", "199", ALLG),
    "roth": ("Dr. Katharina Roth", "katharina.roth", "Rechtsabteilung", "Legal Department", "060", ALLG),
    "aydin": ("Selin Aydin", "selin.aydin", "Aktuariat Leben", "Life Actuarial", "350", LEBEN),
    "frerichs": ("Jan Frerichs", "jan.frerichs", "Betrugsabwehr / SIU", "Special Investigations Unit", "210", ALLG),
}


def who(key):
    n, a, *_ = STAFF[key]
    return "%s <%s@%s>" % (n.replace("Dr. med. ", "").replace("Dr. ", ""), a, DOM)


def sig(key, lang="de", short=False):
    n, a, dde, den, ext, ent = STAFF[key]
    if short:
        return "-- \n%s\n%s | Tel. 05021 9870-%s" % (n, dde if lang == "de" else den, ext)
    if lang == "de":
        return ("Mit freundlichen Grüßen\n\n%s\n%s\n\n%s\nAm Hafendamm 12, 31582 Nienburg (Weser)\n"
                "Telefon 05021 9870-%s\n%s@%s | www.weserbogen.example" % (n, dde, ent, ext, a, DOM))
    return ("Kind regards,\n\n%s\n%s\n\n%s\nAm Hafendamm 12, 31582 Nienburg (Weser), Germany\n"
            "Phone +49 5021 9870-%s\n%s@%s" % (n, den, ent, ext, a, DOM))


BOARD = {
    ALLG: "Dr. Ingrid Hallstein (Vorsitzende), Bernd Oltmanns, Yvonne Terhorst",
    LEBEN: "Dr. Ingrid Hallstein (Vorsitzende), Marco Lüdeking, Yvonne Terhorst",
    KRANKEN: "Dr. Ingrid Hallstein (Vorsitzende), Dr. Anke Brüning, Bernd Oltmanns",
}
HRB = {ALLG: "HRB 204711", LEBEN: "HRB 204712", KRANKEN: "HRB 204735"}


def footer(ent=ALLG, lang="de"):
    if lang == "de":
        return ("_____________________________________________\n"
                "%s | Sitz: Nienburg (Weser) | Amtsgericht Walsrode %s\n"
                "Vorstand: %s | Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Kampmann\n\n"
                "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
                "Wenn Sie nicht\nder richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
                "informieren Sie bitte\nsofort den Absender und vernichten Sie diese Mail. Das unerlaubte "
                "Kopieren sowie die\nunbefugte Weitergabe dieser Mail sind nicht gestattet."
                % (ent, HRB[ent], BOARD[ent]))
    return ("_____________________________________________\n"
            "%s | Registered office: Nienburg (Weser), Germany | Local court Walsrode %s\n"
            "Management board: %s\n\n"
            "This e-mail may contain confidential and/or privileged information. If you are not the\n"
            "intended recipient (or have received this e-mail in error) please notify the sender\n"
            "immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution\n"
            "of the material in this e-mail is strictly forbidden." % (ent, HRB[ent], BOARD[ent]))


# ---------------------------------------------------------------------------
# attachment builders (standard library only)
# ---------------------------------------------------------------------------

ZDATE = (2026, 3, 2, 9, 0, 0)


def _zip(members, date=ZDATE):
    """members: list of (name, bytes, compress?)"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for item in members:
            name, data = item[0], item[1]
            comp = item[2] if len(item) > 2 else True
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED if comp else zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members):
    return _zip(members)


def _pdfesc(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="Dokument", author="Weserbogen Versicherungsgruppe", compress=True,
        date="20260302090000+01'00'"):
    """Simple PDF 1.4 with a Helvetica text layer.  Lines starting with '# ' are bold headings,
    '\f' starts a new page; long documents are paginated at 52 lines."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 52:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)
    objs = {}
    n_pages = len(pages)
    page_ids = []
    nid = 6
    for p in pages:
        ops = [b"BT", b"/F1 10 Tf", b"14 TL", b"56 790 Td"]
        for ln in p:
            if ln.startswith("# "):
                ops.append(b"/F2 13 Tf (" + _pdfesc(ln[2:]) + b") Tj T* /F1 10 Tf")
            else:
                ops.append(b"(" + _pdfesc(ln) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cdict = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            data = stream
            cdict = b"<< /Length %d >>" % len(data)
        pid, cid = nid, nid + 1
        nid += 2
        objs[cid] = cdict + b"\nstream\n" + data + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        page_ids.append(pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _pdfesc(title) + b") /Author (" + _pdfesc(author) +
               b") /Producer (Weserbogen DocServer 4.2) /CreationDate (D:" + date.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    maxid = max(objs)
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (maxid + 1))
    for i in range(1, maxid + 1):
        out.write(b"%010d 00000 n \n" % offs[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxid + 1, xref))
    return out.getvalue()


def pdf_text(data):
    """Extract the text layer of a PDF written by pdf() (or any simple Tj-based PDF)."""
    texts = []
    for m in re.finditer(rb"<<([^>]*(?:>>[^>]*)?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            raw = re.sub(rb"\\(.)", rb"\1", t.group(1))
            texts.append(raw.decode("cp1252"))
    return "\n".join(texts)


CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:modified></cp:coreProperties>')


def _wrun(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def docx(blocks, title="Dokument", author="Weserbogen"):
    """blocks: str (paragraph), ('h', text), ('table', [rows])"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p>%s</w:p>" % _wrun(b))
        elif b[0] == "h":
            body.append("<w:p>%s</w:p>" % _wrun(b[1], bold=True, size=28))
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="2000"/>' * ncol + '</w:tblGrid>']
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>' % _wrun(str(c), bold=(i == 0))
                    for c in list(r) + [""] * (ncol - len(r))) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", CORE % (xesc(title), xesc(author))), ("docProps/app.xml", app)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", author="Weserbogen"):
    """sheets: list of (name, rows); numbers (int/float) become numeric cells."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, members = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % i,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        + "".join(xr) + "</sheetData></worksheet>"))
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    ct.append("</Types>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(wb_sheets) + "</sheets></workbook>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(wb_rels) + "</Relationships>")
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + members +
                [("docProps/core.xml", CORE % (xesc(title), xesc(author)))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, body, title):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % (ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:generator>LibreOffice/24.8</meta:generator>'
            '<meta:creation-date>2026-03-02T09:00:00</meta:creation-date></office:meta></office:document-meta>'
            % (ODF_NS, xesc(title)))
    return _zip([("mimetype", mime, False), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)])


def odt(blocks, title="Dokument"):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append("<text:p>%s</text:p>" % xesc(b))
        elif b[0] == "h":
            parts.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[1]))
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % "".join(parts), title)


def ods(sheets, title="Tabelle"):
    tabs = []
    for name, rows in sheets:
        tr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            tr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(tr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title)


def ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(), method="REQUEST"):
    """start/end as 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b" " + b[cut:]
        out.append(b.decode())
        return "\r\n".join(out)
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    org = organizer or "kalender@" + DOM
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserbogen//Exchange Kalender 2019//DE",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260301T080000Z",
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
             "SUMMARY:" + esc(summary), "LOCATION:" + esc(location),
             "DESCRIPTION:" + esc(description), "ORGANIZER:mailto:" + org]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def csvtext(rows, delim=";"):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# attachment descriptors -----------------------------------------------------

def A(filename, data, ctype=None, **kw):
    """Attachment: bytes or str data.  ctype like 'application/pdf'; text types take charset=."""
    ext = filename.rsplit(".", 1)[-1].lower()
    if ctype is None:
        ctype = {
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt": "application/vnd.oasis.opendocument.text",
            "ods": "application/vnd.oasis.opendocument.spreadsheet",
            "zip": "application/zip",
            "csv": "text/csv",
            "ics": "text/calendar",
            "html": "text/html",
            "htm": "text/html",
            "txt": "text/plain",
            "pem": "application/x-pem-file",
        }[ext]
    return dict(filename=filename, data=data, ctype=ctype, **kw)


# ---------------------------------------------------------------------------
# message builder
# ---------------------------------------------------------------------------

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-Mailer", "Microsoft Exchange Server 2019"),
    "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
    "ios": ("X-Mailer", "iPhone Mail (22D63)"),
    "system": ("X-Mailer", "Weserbogen KOMPASS Korrespondenz 7.3"),
    "crm": ("X-Mailer", "Weserbogen CRM Mailer 2.11"),
    "nl": ("X-Mailer", "Weserbogen Newsletter-Service 3.0"),
}


LATIN1_FIX = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
                            "\u2019": "'", "\u20ac": "EUR", "\u2026": "..."})


def build(frm, to, subject, body=None, html=None, cc=(), atts=(), charset="utf-8", cte="quoted-printable",
          html_charset=None, html_cte=None, flowed=False, mailer="outlook", hdrs=None, reply_to=None):
    def textpart(m, text, subtype, cs, enc):
        if cs == "iso-8859-1":      # what a legacy client does with typographic characters
            text = text.translate(LATIN1_FIX)
        kw = {}
        if flowed and subtype == "plain":
            kw["params"] = {"format": "flowed"}
        m.set_content(text, subtype=subtype, charset=cs, cte=enc, **kw)

    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm if "<" in frm else who(frm)
    msg["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        msg["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    for k, v in (hdrs or {}).items():
        msg[k] = v
    if mailer:
        k, v = MAILERS[mailer]
        msg[k] = v
    if body is not None and html is not None:
        textpart(msg, body, "plain", charset, cte)
        msg.add_alternative(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte)
    elif html is not None:
        textpart(msg, html, "html", html_charset or charset, html_cte or cte)
    else:
        textpart(msg, body, "plain", charset, cte)
    for a in atts:
        data, ctype, fn = a["data"], a["ctype"], a["filename"]
        maint, subt = ctype.split("/")
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=fn) if fn else msg.add_attachment(data)
        elif isinstance(data, str):
            msg.add_attachment(data, subtype=subt, charset=a.get("charset", "utf-8"),
                               cte=a.get("cte", "base64"), filename=fn,
                               params=a.get("params", {}))
        else:
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
    return msg


def inner(frm, to, subject, date, body, msgid, charset="utf-8", cte="quoted-printable", atts=(), html=None):
    """A complete message to forward as message/rfc822 (written by somebody else)."""
    m = build(frm, to, subject, body=body, html=html, charset=charset, cte=cte, atts=atts, mailer=None)
    m["Date"] = date
    m["Message-ID"] = msgid
    return m


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, fn=fn))
        return fn
    return deco


def _workdays():
    d, out = dt.date(2026, 3, 2), []
    while d <= dt.date(2026, 3, 31):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def finish(i, msg):
    """Add Date, Message-ID, MIME-Version; make boundaries deterministic; serialise."""
    days = _workdays()
    rng = random.Random("d155-%d" % i)
    day = days[min(len(days) - 1, (i - 1) * len(days) // 150)]
    t = dt.time(7 + rng.randrange(11), rng.randrange(60), rng.randrange(60))
    off = dt.timezone(dt.timedelta(hours=2 if day >= dt.date(2026, 3, 29) else 1))
    when = dt.datetime.combine(day, t, tzinfo=off)
    if "Date" in msg:                      # a mail with a hand-set date (content refers to it)
        when = parsedate_to_datetime(str(msg["Date"]))
        del msg["Date"]
    msg._headers.insert(0, msg.policy.header_store_parse("Date", format_datetime(when)))
    if "Message-ID" not in msg:
        h = hashlib.sha1(("d155/%d" % i).encode()).hexdigest()
        style = i % 3
        if style == 0:
            mid = "<%s.%s@mail.%s>" % (when.strftime("%Y%m%d%H%M%S"), h[:12], DOM)
        elif style == 1:
            mid = "<%s%s@EX01.%s>" % ("WB" + h[:10].upper(), h[10:16].upper(), DOM)
        else:
            mid = "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:20], DOM)
        msg._headers.insert(1, msg.policy.header_store_parse("Message-ID", mid))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    def strip(part, root):
        if not root and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            for sub in part.get_payload():
                strip(sub, False)
    strip(msg, True)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("----=_WB_%04d_%02d_%s" % (i, k, hashlib.md5(("%d-%d" % (i, k)).encode()).hexdigest()[:16]))
    # headers first in a natural order
    return msg.as_bytes(policy=SMTP)


def build_all():
    files, rows = {}, []
    for i, m in enumerate(MAILS, 1):
        name = "%s%04d.eml" % (PREFIX, i)
        files[name] = finish(i, m["fn"]())
        rows.append((name, m["label"], m["lang"], m["kind"], m["reason"]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(("file", "label", "lang", "kind", "reason"))
    for r in rows:
        w.writerow(r)
    return files, buf.getvalue().encode("utf-8"), rows


# ===========================================================================
# MAILS
# ===========================================================================

# --- 0001 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "PKV outpatient claim settlement naming the customer's diagnoses (ICD M54.5, E11.9) and GOÄ items")
def _():
    return build("vollmer", "Hans-Peter Kämmerer <hp.kaemmerer@netzpost.example>",
        "Ihre Leistungsabrechnung vom 02.03.2026 – Vertrag KV 4471 0923 55",
        f"""Sehr geehrter Herr Kämmerer,

vielen Dank für die Einreichung Ihrer Rechnungen. Wir haben die Belege wie folgt abgerechnet:

  Rechnung Dr. med. Ulrike Fassbender, Allgemeinmedizin, vom 12.02.2026
  Diagnosen: M54.5 G (Kreuzschmerz), E11.9 G (Diabetes mellitus Typ 2)
  GOÄ 1, 5, 250, 3561                          erstattet 86,42 EUR

  Rechnung Physiotherapie am Wall, 6 x Krankengymnastik (KG)
  Verordnung wegen Lumbalgie                   erstattet 151,20 EUR
  (Ihr Tarif PK 80 erstattet 80 % der Heilmittelkosten)

  Apothekenbeleg vom 14.02.2026, Metformin 1000 mg
                                               erstattet  18,37 EUR

Gesamterstattung: 255,99 EUR. Der Betrag wird in den nächsten Tagen auf Ihr bekanntes
Konto überwiesen.

Ihr Selbstbehalt für 2026 ist damit zu 300,00 von 600,00 EUR ausgeschöpft.

Haben Sie Fragen zur Abrechnung? Sie erreichen mich direkt unter der unten genannten Nummer.

{sig("vollmer")}

{footer(KRANKEN)}
""")


# --- 0002 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about the scanner in health claims mangling 'Arztrechnungen'; no person, no case data")
def _():
    return build("wagner", "Leistung-KV Teamleitung <lv-kv-teamleitung@weserbogen.example>",
        "INC0048817: Scanstraße 2 – Arztrechnungen werden schief eingezogen",
        """Hallo zusammen,

kurzer Stand zum Ticket INC0048817:

Der Einzug am Scanner Scanstraße 2 (Raum 1.14) zieht mehrseitige Arztrechnungen und
Rezepte seit Montag schräg ein, die OCR erkennt dann die GOÄ-Ziffern nicht sauber und
die Belege landen in der manuellen Nachbearbeitung. Ursache ist ein verschlissenes
Einzugsrad. Der Techniker von Kopierwerk Nord kommt morgen zwischen 8 und 10 Uhr.

Bis dahin bitte Scanstraße 1 nutzen. Bitte keine Belege im Fach liegen lassen, wenn ihr
den Raum verlasst (Clean Desk!).

Viele Grüße
Felix

--
Felix Wagner
IT-Servicedesk | Tel. -777
""", mailer="outlook")


# --- 0003 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor liability claim of a named customer: claim no., plate, third party, 'niemand verletzt'")
def _():
    return build("reinecke", "Melanie Thiel <melanie.thiel@kabelmail.example>",
        "Ihr Schaden S-26-041877 vom 24.02.2026 (NI-MT 418)",
        f"""Sehr geehrte Frau Thiel,

wir bestätigen den Eingang Ihrer Schadenmeldung. Nach Ihren Angaben sind Sie am 24.02.2026
gegen 17:40 Uhr beim Ausparken auf dem Parkplatz des Verbrauchermarkts in der
Verdener Landstraße in Nienburg mit Ihrem Pkw (amtl. Kennzeichen NI-MT 418) gegen den
abgestellten VW Polo des Herrn Gerd Albers gestoßen. Verletzt wurde niemand.

Wir haben Herrn Albers bereits angeschrieben und werden seinen Schaden direkt mit ihm
regulieren. Für Sie ist zurzeit nichts weiter zu tun.

Bitte beachten Sie: Ihr Vertrag KH 60-2291745 wird durch diesen Schaden im kommenden
Jahr von SF 12 in SF 6 zurückgestuft, sofern Sie den Schaden nicht selbst übernehmen.
Über die Möglichkeit des Rückkaufs informieren wir Sie nach Abschluss der Regulierung.

{sig("reinecke")}

{footer()}
""")


# --- 0004 -------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: travel-health newsletter (vaccinations, malaria, medication abroad) with no person")
def _():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Weserbogen Travel Letter</title></head>
<body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#004d73;color:#fff;padding:16px"><h1 style="margin:0">Travel Letter &ndash; Spring 2026</h1></td></tr>
<tr><td style="padding:16px">
<h2>Before you go</h2>
<p>Check your vaccination record at least six weeks before departure. For many destinations
in Southeast Asia your GP will recommend hepatitis A and typhoid vaccinations; for parts of
Africa and South America yellow fever is mandatory.</p>
<h2>Medication in your luggage</h2>
<p>Carry prescription medicines in their original packaging with a doctor's certificate in
English. Some countries restrict strong painkillers, ADHD medication or sleeping pills.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Region</th><th>Typical recommendation</th></tr>
<tr><td>Thailand, Vietnam</td><td>Hepatitis A, typhoid, dengue prevention</td></tr>
<tr><td>Kenya, Tanzania</td><td>Yellow fever, malaria prophylaxis</td></tr>
<tr><td>Peru</td><td>Yellow fever (jungle areas), altitude sickness advice</td></tr>
</table>
<h2>If something happens</h2>
<p>Our 24/7 assistance line +49 5021 9870-900 organises hospital admission, cost guarantees
and, if medically necessary, repatriation.</p>
<p style="font-size:11px;color:#666">You receive this newsletter because you subscribed at
www.weserbogen.example/newsletter. <a href="https://www.weserbogen.example/newsletter/unsubscribe">Unsubscribe</a>.
Weserbogen Allgemeine Versicherung AG, Am Hafendamm 12, 31582 Nienburg (Weser), Germany.</p>
</td></tr></table></body></html>
"""
    text = """TRAVEL LETTER - SPRING 2026

Before you go
Check your vaccination record at least six weeks before departure. For many destinations in
Southeast Asia your GP will recommend hepatitis A and typhoid vaccinations; for parts of
Africa and South America yellow fever is mandatory.

Medication in your luggage
Carry prescription medicines in their original packaging with a doctor's certificate in
English. Some countries restrict strong painkillers, ADHD medication or sleeping pills.

If something happens
Our 24/7 assistance line +49 5021 9870-900 organises hospital admission, cost guarantees
and, if medically necessary, repatriation.

Unsubscribe: https://www.weserbogen.example/newsletter/unsubscribe
"""
    return build("Weserbogen Travel <newsletter@weserbogen.example>",
        "travel-letter-subscribers@lists.weserbogen.example",
        "Travel Letter: vaccinations, medication abroad and our 24/7 assistance", body=text, html=html,
        mailer="nl", hdrs={"List-Unsubscribe": "<https://www.weserbogen.example/newsletter/unsubscribe>",
                           "Precedence": "bulk"})


# --- 0005 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "cost guarantee for a named travel-health patient in a Spanish hospital: fracture, surgery, admission date")
def _():
    return build("schuster", "Admisiones Internacionales <international@hospitalcostaazul.example>",
        "Guarantee of payment – patient Ms Ingrid Bollmann, our ref. RKV-26-00713",
        """Dear colleagues,

further to this morning's call with Dr Moreno, please find our guarantee of payment:

Patient:            Ingrid Bollmann, born 03/09/1957
Policy:             Weserbogen Travel Health, policy no. RK 7719 3380
Admission:          8 March 2026, emergency department
Diagnosis:          displaced fracture of the right distal radius (S52.51)
Planned treatment:  open reduction and internal fixation, 2 nights inpatient

We guarantee the costs of medically necessary treatment up to EUR 9,500.00. Please send
the itemised invoice and the discharge report (English or Spanish) to this address,
quoting our reference. Any treatment beyond the amount stated requires our prior
approval.

Ms Bollmann's daughter has asked to be informed about the discharge date; she will
arrange the return flight herself.

""" + sig("schuster", "en") + "\n\n" + footer(KRANKEN, "en") + "\n", hdrs={"Date": "Mon, 09 Mar 2026 10:41:22 +0100"})


# --- 0006 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: answer to a prospect on dental supplementary cover – tariff facts, waiting periods, no person data")
def _():
    return build("wolff", "Familie Ostendorf <ostendorf.fam@mailfix.example>",
        "AW: Frage zur Zahnzusatzversicherung",
        """Hallo Frau Ostendorf,

danke für Ihre Anfrage über unser Kontaktformular. Gerne die wichtigsten Punkte zu unseren
Zahnzusatztarifen:

- ZahnPlus 70 / 90 / 100: Erstattung von 70, 90 bzw. 100 % für Zahnersatz (Kronen,
  Brücken, Implantate) inkl. Vorleistung der gesetzlichen Krankenkasse
- professionelle Zahnreinigung bis 150 EUR im Jahr, ab dem ersten Tag
- Kieferorthopädie für Kinder bei KIG 1 und 2 (im Tarif ZahnPlus 100)
- keine Wartezeit, aber Zahnstaffel: in den ersten vier Jahren sind die Leistungen begrenzt
  (1.000 / 2.000 / 3.000 / 4.000 EUR)

Zu bereits fehlenden oder behandlungsbedürftigen Zähnen stellen wir im Antrag zwei kurze
Gesundheitsfragen. Einen unverbindlichen Beitrag können Sie auf
www.weserbogen.example/zahn selbst berechnen – dafür brauchen wir nur das Geburtsjahr.

Wenn Sie möchten, ruft Sie auch gern einer unserer Berater zurück.

Freundliche Grüße aus Nienburg
Jana Wolff
Kundenservice

""" + footer(), mailer="crm")


# --- 0007 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary settlement: named customer, policy no., stolen items, payout to IBAN")
def _():
    ib = IBAN("25691633", "0012874405")
    return build("lorenz", "Dirk Wendelken <d.wendelken@posteo-mail.example>",
        "Einbruchdiebstahl vom 19.02.2026 – Ihre Hausratversicherung HR 72-5510934",
        f"""Sehr geehrter Herr Wendelken,

wir haben die Prüfung Ihres Schadens abgeschlossen. Die Polizei Nienburg hat uns die
Anzeige (Tagebuch-Nr. 0219/26/1188) bestätigt, die Stehlgutliste lag uns vollständig vor.

Entschädigung:
  Notebook Lenovo ThinkPad (Kaufbeleg 2024)      1.149,00 EUR
  Spielekonsole mit Zubehör                         489,00 EUR
  Bargeld (Wertsachengrenze)                        300,00 EUR
  Armbanduhr (Wiederbeschaffungswert)               720,00 EUR
  Reparatur Terrassentür (Rechnung Glaserei Brinkmann) 684,50 EUR
  ---------------------------------------------------------------
  Summe                                           3.342,50 EUR

Den Betrag überweisen wir auf das von Ihnen angegebene Konto
IBAN {ib}, Kontoinhaber Dirk Wendelken.

Sollten gestohlene Gegenstände wieder auftauchen, informieren Sie uns bitte.

{sig("lorenz")}

{footer()}
""", charset="iso-8859-1")


# --- 0008 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: invitation to the company flu-vaccination day and health check (BGM), ICS attached; no individual")
def _():
    cal = ics("bgm-2026-grippeimpfung@weserbogen.example", "20260312T090000", "20260312T150000",
              "Gesundheitstag: Grippeimpfung und Blutdruck-Check", "Casino, EG",
              "Betriebsärztlicher Dienst (MediPrävent GmbH). Bitte Impfpass mitbringen.",
              organizer="bgm@weserbogen.example")
    return build("Betriebliches Gesundheitsmanagement <bgm@weserbogen.example>",
        "alle-mitarbeitenden@weserbogen.example",
        "Gesundheitstag am 12. März: Grippeimpfung, Blutdruck-Check, Rückenschule",
        """Liebe Kolleginnen und Kollegen,

am Donnerstag, 12. März, ist wieder Gesundheitstag im Casino:

  09:00–15:00  Grippeimpfung durch den betriebsärztlichen Dienst (bitte Impfpass mitbringen)
  10:00–14:00  Blutdruck- und Blutzuckermessung
  11:00 + 13:00  Kurzvortrag "Rücken im Büro" mit Übungen am Schreibtisch

Die Teilnahme ist freiwillig und findet in der Arbeitszeit statt. Ergebnisse der Messungen
erhaltet ihr nur persönlich – der Arbeitgeber bekommt keine Einzelergebnisse.

Den Termin hängen wir zum Eintragen an.

Euer BGM-Team
""", atts=[A("Gesundheitstag_2026.ics", cal, params={"method": "REQUEST"})])


# --- 0009 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report on a named BU claimant with ICD F33.1 and treatment history")
def _():
    return build("petrova", "Praxis Dr. med. Ulrike Fassbender <praxis@praxis-fassbender.example>",
        "Anforderung Befundbericht – Herr Marcel Dreyer, geb. 21.07.1979",
        """Sehr geehrte Frau Dr. Fassbender,

Herr Marcel Dreyer, geb. 21.07.1979, wohnhaft Lindenweg 7, 31608 Marklohe, hat bei uns
Leistungen aus seiner Berufsunfähigkeitsversicherung (Vertrag BU 30.227.816) beantragt.
Er gibt an, seit Oktober 2025 wegen einer rezidivierenden depressiven Störung,
gegenwärtig mittelgradige Episode (F33.1), bei Ihnen in Behandlung zu sein.

Eine Schweigepflichtentbindung von Herrn Dreyer liegt uns vor (Kopie anbei auf dem Postweg).
Wir bitten Sie um einen Befundbericht mit folgenden Angaben:

1. Erstdiagnose und Behandlungsbeginn
2. bisherige Therapie (Medikation, Psychotherapie, stationäre Aufenthalte)
3. Arbeitsunfähigkeitszeiten seit 2024
4. Ihre Einschätzung der beruflichen Leistungsfähigkeit als Industriemechaniker

Ihre Kosten übernehmen wir nach GOÄ Nr. 75 zuzüglich Porto. Bitte senden Sie den Bericht
nicht per unverschlüsselter E-Mail, sondern per Post oder über unser SecureMail-Portal.

""" + sig("petrova") + "\n\n" + footer(LEBEN))


# --- 0010 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: aggregated BU incidence by ICD chapter for the reinsurer (XLSX); cells >= 10, no person")
def _():
    rows = [["ICD-10 chapter", "Description", "New claims 2025", "Share", "Avg. age at onset"],
            ["F", "Mental and behavioural disorders", 212, 0.371, 44.2],
            ["M", "Musculoskeletal system", 131, 0.229, 51.8],
            ["C", "Neoplasms", 88, 0.154, 53.1],
            ["I", "Circulatory system", 47, 0.082, 55.6],
            ["G", "Nervous system", 39, 0.068, 46.0],
            ["S/T", "Injuries", 31, 0.054, 41.3],
            ["other", "All other chapters (merged, cells < 10)", 24, 0.042, 49.9],
            ["", "Total", 572, 1.0, 48.1]]
    x = xlsx([("Incidence 2025", rows), ("Notes", [["Source: Weserbogen Leben claims DB, status 28 Feb 2026"],
                                                      ["Chapters with fewer than 10 cases merged into 'other'."]])],
             title="BU incidence 2025")
    return build("sommer", "Katja Lindqvist <katja.lindqvist@nordicre.example>",
        "DI quota share 2025 – incidence by cause",
        """Hi Katja,

as promised in Hamburg, attached the disability (BU) incidence for 2025 broken down by ICD-10
chapter. Mental disorders are up again (37 % of new claims vs. 33 % in 2024), musculoskeletal
slightly down. Chapters with fewer than ten cases are merged as usual.

The claims triangles for the quota share follow with the Q1 bordereau.

Best,
Henrik

""" + sig("sommer", "en") + "\n\n" + footer(ALLG, "en"),
        atts=[A("BU_incidence_by_ICD_chapter_2025.xlsx", x)])

# --- 0011 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "eVB number for a named expat's car registration with his birth date and address")
def _():
    return build("wolff", "Ryan McAllister <ryan.mcallister@northmail.example>",
        "Your eVB number for the registration office",
        """Dear Mr McAllister,

thank you for choosing Weserbogen for your new car. Your electronic insurance confirmation
(eVB) is:

    eVB number:   K7M4Q2X
    Policyholder: Ryan McAllister, born 14 May 1988
    Address:      Hoyaer Str. 31, 31582 Nienburg (Weser)
    Vehicle:      Skoda Octavia Combi, VIN TMBJJ7NX1RY024417
    Cover:        third-party liability + comprehensive, excess EUR 300 / EUR 150

Just give the eVB number to the registration office (Kfz-Zulassungsstelle Nienburg) together
with your passport, residence permit and the vehicle documents. The office sends us the
licence plate automatically and your policy schedule follows by post within a week.

The eVB is valid until 30 April 2026.

""" + sig("wolff", "en") + "\n\n" + footer(ALLG, "en"), charset="us-ascii", cte="7bit")


# --- 0012 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: DOCX template for a BU rejection letter with «placeholders» for name, diagnosis, dates")
def _():
    d = docx([("h", "Vorlage L-BU-17: Ablehnung Leistungsantrag Berufsunfähigkeit"),
              "«Anrede» «Vorname» «Nachname»",
              "«Straße» «Hausnummer», «PLZ» «Ort»",
              "Ihr Vertrag «Vertragsnummer» – Antrag auf Leistungen vom «Antragsdatum»",
              "«Anrede_lang»,",
              "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit sorgfältig geprüft. "
              "Nach den uns vorliegenden ärztlichen Unterlagen (u. a. Bericht von «Arzt» vom «Berichtsdatum») "
              "liegt wegen «Diagnose_Klartext» eine Berufsunfähigkeit von mindestens 50 % im zuletzt ausgeübten "
              "Beruf als «Beruf» nicht vor.",
              "[Textbaustein B3 oder B4 einfügen: abstrakte/konkrete Verweisung]",
              "Sie können die Entscheidung durch den Ombudsmann für Versicherungen überprüfen lassen.",
              "«Sachbearbeiter»",
              ("table", [["Feld", "Quelle", "Pflicht"], ["Diagnose_Klartext", "Leistungsakte, Arztbericht", "ja"],
                         ["Berichtsdatum", "Eingangsstempel", "ja"], ["Beruf", "Antrag Ziffer 4", "ja"]])],
             title="Vorlage L-BU-17", author="Fachbereich Leben")
    return build("seidel", "Team Leistung BU <leistung-bu@weserbogen.example>",
        "Überarbeitete Vorlage L-BU-17 (Ablehnung) – bitte ab 16.03. verwenden",
        """Hallo zusammen,

nach der Rückmeldung aus der Rechtsabteilung habe ich die Vorlage L-BU-17 überarbeitet:

* Diagnose bitte nur noch im Klartext, nicht mehr als ICD-Code
* Hinweis auf den Ombudsmann steht jetzt im Fließtext
* neue Tabelle, aus welcher Quelle die Platzhalter befüllt werden

Die Vorlage ist ab 16.03. in KOMPASS hinterlegt, die alte Version wird dann gesperrt.

Gruß
Anja
""", atts=[A("Vorlage_L-BU-17_v3.docx", d)], mailer="outlook")


# --- 0013 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical officer's opinion on a named accident claimant's hand injury and disability degree (Gliedertaxe)")
def _():
    return build("albrecht", who("becker"),
        "UV 55-310284 Kowalczyk – meine Stellungnahme zur Invalidität",
        """Hallo Frau Becker,

zur Unfallsache Piotr Kowalczyk (Sturz von der Leiter am 03.09.2025, Vertrag UV 55-310284):

Nach dem Gutachten von Dr. Hennings (Handchirurgie, Klinikum Weserbergland) vom 20.02.2026
besteht nach distaler Radiusfraktur rechts (S52.5) mit Beteiligung des Handgelenks eine
Bewegungseinschränkung von ca. 40 % für Extension/Flexion, Grobkraft rechts 60 % der Gegenseite.

Bemessung nach Gliedertaxe: Funktionsbeeinträchtigung der Hand = 3/10 Handwert.
Handwert laut Bedingungen 55 % → Invaliditätsgrad 16,5 %.

Eine unfallfremde Mitwirkung (Vorschädigung, Arthrose) sehe ich nach den Röntgenbefunden
nicht. Die Dauerfolgen sind nach 18 Monaten noch nicht abschließend zu beurteilen; ich
empfehle eine Nachbemessung nach drei Jahren vorzubehalten.

Gruß
Jens Albrecht

--
Dr. med. Jens Albrecht
Gesellschaftsarzt | Tel. -470
""")


# --- 0014 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "only in the XLSX: portfolio list for a broker takeover with customers' birth dates and contract numbers (liability/household)")
def _():
    rows = [["Vertragsnr.", "Sparte", "VN Name", "VN Vorname", "geb.", "PLZ", "Ort", "Jahresbeitrag EUR"],
            ["PH 81-2204417", "Privathaftpflicht", "Brüggemann", "Heike", "11.06.1971", "31582", "Nienburg", 74.90],
            ["HR 72-5518820", "Hausrat", "Brüggemann", "Heike", "11.06.1971", "31582", "Nienburg", 118.40],
            ["PH 81-2207731", "Privathaftpflicht", "Sandkuhl", "Jörg", "02.02.1965", "31608", "Marklohe", 69.00],
            ["WG 90-1103392", "Wohngebäude", "Sandkuhl", "Jörg", "02.02.1965", "31608", "Marklohe", 611.25],
            ["PH 81-2211056", "Privathaftpflicht", "Neumeyer", "Carina", "29.10.1990", "31600", "Uchte", 59.90],
            ["TH 84-0077412", "Tierhalterhaftpflicht", "Neumeyer", "Carina", "29.10.1990", "31600", "Uchte", 88.00],
            ["HR 72-5520194", "Hausrat", "Okonkwo", "Daniel", "17.04.1984", "31634", "Steimbke", 97.15]]
    x = xlsx([("Bestand", rows)], title="Bestandsübertragung Finanzkontor Schreiber")
    return build("brandt", "Andrea Schreiber <a.schreiber@finanzkontor-schreiber.example>",
        "Bestandsübertragung zum 01.04.2026",
        """Hallo Frau Schreiber,

wie besprochen anbei die Liste der Verträge, die mit der Maklervollmacht zum 01.04.2026 in
Ihren Bestand übergehen. Bitte gleichen Sie die Liste mit Ihren Vollmachten ab und melden
Sie sich bis 20.03., falls etwas fehlt oder zu viel ist.

Die Courtage für diese Verträge läuft ab der April-Abrechnung über Ihre Vermittlernummer
40-7711.

Schöne Grüße
Christoph Brandt

""" + sig("brandt", short=True) + "\n\n" + footer(),
        atts=[A("Bestand_Uebertragung_Schreiber_2026-04.xlsx", x)])


# --- 0015 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: out-of-office auto-reply mentioning health claims, medical reports and a deputy; no person data")
def _():
    return build("schuster", "Dr Samuel Okoye <s.okoye@euromed-assist.example>",
        "Automatic reply: Case update – repatriation flights March",
        """Thank you for your message. I am out of the office until Monday, 16 March 2026, with
limited access to e-mail.

For urgent matters concerning hospital admissions, cost guarantees or medical reports please
contact our International Health Service team at international-health@weserbogen.example or
+49 5021 9870-455 (24/7 for emergencies: +49 5021 9870-900).

Please do not send medical documents to this address; use our secure upload at
https://secure.weserbogen.example instead.

Laura Schuster
International Health Service
""", mailer="owa", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        charset="us-ascii", cte="7bit")


# --- 0016 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life policy: change of beneficiary for a named policyholder (personal line, no medical word)")
def _():
    return build("seidel", "Gabriele Husmann <gabi.husmann@netzpost.example>",
        "Änderung des Bezugsrechts – Lebensversicherung LV 30.118.442",
        """Sehr geehrte Frau Husmann,

Ihre Änderung des Bezugsrechts vom 27.02.2026 haben wir erhalten und zu Ihrer
Kapitallebensversicherung LV 30.118.442 eingetragen:

  Bezugsberechtigt im Todesfall (widerruflich):
    bisher: Herr Klaus Husmann (Ehemann)
    neu:    Frau Lea Husmann, geb. 08.12.1999 (Tochter), zu 50 %
            Herr Jonas Husmann, geb. 23.05.2002 (Sohn), zu 50 %

  Bezugsberechtigt im Erlebensfall: Sie selbst (unverändert)

Die Änderung gilt ab Eingang Ihrer Erklärung. Einen Nachtrag zum Versicherungsschein
erhalten Sie mit separater Post. Die Versicherungssumme von 60.000 EUR zuzüglich
Überschussbeteiligung bleibt unverändert; Ablauf ist der 01.11.2034.

""" + sig("seidel") + "\n\n" + footer(LEBEN), mailer="system")


# --- 0017 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and cold packs for the office building")
def _():
    return build("pohl", "Vertrieb <bestellung@medisan-handel.example>",
        "Bestellung 4500031977 – Erste-Hilfe-Material",
        """Guten Tag,

hiermit bestellen wir zu Ihrem Angebot AN-26-0214:

Pos. Menge  Artikel
 1    12    Verbandkasten DIN 13157, Wandhalterung
 2     4    Elektroden-Set für AED Lifeline View (Erwachsene)
 3     2    Elektroden-Set für AED Lifeline View (Kinder)
 4    50    Kältesofortkompresse
 5    10    Augenspülflasche 500 ml
 6     5    Beatmungstuch, einzeln verpackt

Lieferanschrift: Weserbogen Versicherungsgruppe, Warenannahme Tor 2, Am Hafendamm 12,
31582 Nienburg. Lieferung bitte bis 20.03.2026, Rechnung mit Bestellnummer an
rechnungseingang@weserbogen.example.

Mit freundlichen Grüßen
Oliver Pohl
Einkauf
Weserbogen Allgemeine Versicherung AG
""", charset="windows-1252")


# --- 0018 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "only in the CSV: payroll interface rejects with employee names, personnel numbers, IBANs and net pay")
def _():
    rows = [["pers_no", "name", "iban", "net_pay_eur", "error"],
            ["100482", "Kerstin Bode", IBAN("25650106", "0031178402", grouped=False), "2874.16", "IBAN changed after cut-off"],
            ["100917", "Lukas Fahrenholz", IBAN("25069503", "0700218813", grouped=False), "3310.52", "BIC missing"],
            ["101233", "Aylin Demir", IBAN("25691633", "0004418270", grouped=False), "2598.03", "IBAN changed after cut-off"],
            ["101560", "Stefan Meyerhoff", IBAN("50010517", "5419004417", grouped=False), "4102.88", "account holder mismatch"]]
    return build("wagner", ["Melanie Hoffmann <melanie.hoffmann@weserbogen.example>",
                            "Payroll Team <payroll@weserbogen.example>"],
        "Payroll run 03/2026 – 4 rejected records from the bank interface",
        """Hi Melanie, hi payroll team,

the SEPA file for the March payroll went out at 06:10, but the bank gateway rejected four
records. Details in the attached CSV (export from the interface log). The rest of the run
(1,186 records) is fine.

Can you correct the master data in the HR system by 14:00 so we can send a supplementary
file today? Please don't forward the CSV outside HR/payroll.

Thanks,
Felix

--
Felix Wagner | IT Service Desk | ext. 777
""", atts=[A("payroll_rejects_2026-03.csv", csvtext(rows, ","), charset="utf-8")], hdrs={"Date": "Thu, 26 Mar 2026 06:48:13 +0100"})


# --- 0019 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative reinsurance request: named applicant with BMI, hypertension, sleep apnoea; details in the PDF")
def _():
    p = pdf(["# Facultative request F-26-0031",
             "Cedent: Weserbogen Lebensversicherung AG",
             "Applicant: Christian Hagedorn, date of birth 30.11.1975, male",
             "Occupation: self-employed master electrician",
             "Benefits applied for: disability annuity EUR 2,000/month to age 67; term life EUR 400,000",
             "",
             "# Medical history",
             "Height 182 cm, weight 118 kg (BMI 35.6)",
             "Essential hypertension (I10.00) since 2019, on ramipril 5 mg and amlodipine 5 mg",
             "Obstructive sleep apnoea (G47.31) diagnosed 2023, CPAP therapy, good compliance per sleep lab report",
             "Lumbar disc protrusion L5/S1 (M51.2), physiotherapy 2022, no surgery",
             "Last BP readings (GP, Jan 2026): 138/86, 142/88",
             "",
             "# Our assessment",
             "Life: +75 % extra premium.  Disability: +50 % and exclusion of spinal disorders.",
             "We ask for your offer on the surplus above our retention of EUR 150,000 (life)",
             "and EUR 1,000/month (disability)."], title="Facultative request F-26-0031")
    return build("petrova", "Life Facultative Desk <fac.life@atlas-re.example>",
        "Facultative request F-26-0031 (DI + term life)",
        """Dear colleagues,

please find attached a new facultative request. Sum at risk exceeds our treaty limits;
we would appreciate your indication by 20 March.

Medical reports (GP, sleep lab) can be uploaded to your portal on request.

""" + sig("petrova", "en") + "\n\n" + footer(LEBEN, "en"),
        atts=[A("F-26-0031_request.pdf", p)])


# --- 0020 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker product info on the new BU tariff with premium examples for model customers (ages, jobs), no real person")
def _():
    return build("brandt", "maklerinfo-nord@lists.weserbogen.example",
        "Neu ab 01.04.: BU Komfort 2026 – Beispielbeiträge und Gesundheitsfragen",
        """Liebe Maklerpartnerinnen und Maklerpartner,

zum 1. April startet unser neuer Tarif BU Komfort 2026. Die Highlights:

- nur noch 6 Gesundheitsfragen mit 3 bzw. 5 Jahren Rückblick (Psychotherapie: 5 Jahre)
- Verzicht auf abstrakte Verweisung, Leistung schon ab 6 Monaten Prognose
- Nachversicherungsgarantie bei Heirat, Geburt eines Kindes, Immobilienerwerb
- AU-Klausel: bis zu 24 Monate Leistung bei ärztlich bescheinigter Arbeitsunfähigkeit

Beispielbeiträge (monatlich, BU-Rente 1.500 EUR, Endalter 67, Nichtraucher):

  Modellkunde                              Eintrittsalter   Zahlbeitrag
  Bürokauffrau                              25               48,12 EUR
  Softwareentwickler, Master                30               41,77 EUR
  Kfz-Mechatroniker                         30               96,30 EUR
  Pflegefachkraft (stationär)               35              119,85 EUR

Alle Beispiele sind fiktiv und dienen nur der Orientierung. Den Rechner finden Sie wie
gewohnt im Maklerportal unter Leben > BU > Angebot.

Webinar: Dienstag, 17.03., 10:00 Uhr – Anmeldung über das Maklerportal.

Viele Grüße aus Nienburg
Christoph Brandt und das Team Maklerbetreuung
""" + "\n" + footer(LEBEN), mailer="nl")


# --- 0021 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor premium reminder after a returned direct debit: named customer, policy, IBAN, amount due")
def _():
    ib = IBAN("25050180", "1900473312")
    return build("grube", "Kevin Lüders <kevin.lueders92@mailfix.example>",
        "Zahlungserinnerung – Kfz-Versicherung KH 60-2280314",
        f"""Sehr geehrter Herr Lüders,

leider konnten wir den Beitrag für Ihre Kfz-Versicherung (NI-KL 92, Vertrag KH 60-2280314)
zum 01.03.2026 nicht einziehen. Ihre Bank hat die Lastschrift von Ihrem Konto
{ib} mit dem Grund "Konto ungedeckt" zurückgegeben.

Offener Betrag:        214,60 EUR
Rücklastschriftgebühr:   3,50 EUR
Zu zahlen bis:     24.03.2026

Bitte überweisen Sie den Betrag auf unser Konto bei der Nordwest Bank eG oder teilen Sie
uns mit, ob wir erneut abbuchen dürfen. Bleibt der Beitrag unbezahlt, kann der
Versicherungsschutz entfallen (§ 38 VVG) – das möchten wir Ihnen gern ersparen.

{sig("grube")}

{footer()}
""", mailer="system")


# --- 0022 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "only in the quoted customer mail: chemotherapy, breast cancer and hospital stays; staff reply says only 'kümmern uns'")
def _():
    return build("vollmer", "Renate Oltrogge <r.oltrogge@kabelmail.example>",
        "AW: Krankenhaustagegeld",
        """Liebe Frau Oltrogge,

danke für Ihre Nachricht – wir kümmern uns darum und melden uns bis Ende der Woche.
Sie müssen nichts weiter einreichen.

Herzliche Grüße
Kathrin Vollmer

-----Ursprüngliche Nachricht-----
Von: Renate Oltrogge <r.oltrogge@kabelmail.example>
Gesendet: Montag, 2. März 2026 21:14
An: Leistung Kranken <leistung-kranken@weserbogen.example>
Betreff: Krankenhaustagegeld

Sehr geehrte Damen und Herren,

ich war vom 2.2. bis 9.2. und vom 23.2. bis 25.2. im St. Annen-Krankenhaus zur
Chemotherapie (Mammakarzinom links, ich habe die Diagnose im Dezember bekommen).
Die Entlassungsberichte habe ich im Kundenportal hochgeladen. Bekomme ich dafür das
Krankenhaustagegeld aus meinem Vertrag 4471 2218 03? Die nächsten Zyklen sind ambulant,
zählt das auch?

Viele Grüße
Renate Oltrogge
""" + "\n" + footer(KRANKEN), cte="8bit", flowed=False)


# --- 0023 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification 'new secure message' with no content, addressed to a generic salutation")
def _():
    return build("Weserbogen SecureMail <no-reply@weserbogen.example>", "t.brockmann@netzpost.example",
        "Sie haben eine neue Nachricht im Kundenportal",
        """Guten Tag,

in Ihrem persönlichen Postfach im Weserbogen-Kundenportal liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://portal.weserbogen.example an, um sie zu lesen.
Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Sie haben Ihr Passwort vergessen? Über "Passwort vergessen" und Ihre Sicherheitsfrage
können Sie es jederzeit neu setzen.

Dies ist eine automatisch erzeugte E-Mail. Antworten an diese Adresse werden nicht gelesen.

Weserbogen Versicherungsgruppe
""", mailer="system", cte="base64",
        hdrs={"Auto-Submitted": "auto-generated"})


# --- 0024 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German/English mail to an expat: lost-key liability claim with policy no., landlord's cost, named tenant")
def _():
    return build("yilmaz", "Sofia Lindgren <sofia.lindgren@nordpost.example>",
        "Schlüsselverlust / lost key – Schaden PH-S-26-11904",
        """Sehr geehrte Frau Lindgren, dear Ms Lindgren,

(English version below)

zu Ihrer Meldung vom 27.02.: Ihre Privathaftpflichtversicherung PH 81-2219007 umfasst den
Verlust fremder privater Schlüssel bis 20.000 EUR. Ihr Vermieter, Herr Bernd Kastens,
hat uns den Kostenvoranschlag der Firma Schließtechnik Weser über 1.386,00 EUR für den
Austausch der Schließanlage (8 Zylinder) geschickt. Wir übernehmen die Kosten abzüglich
Ihrer Selbstbeteiligung von 150 EUR und zahlen direkt an Herrn Kastens.

---

regarding your notice of 27 February: your personal liability policy PH 81-2219007 covers the
loss of keys belonging to others up to EUR 20,000. Your landlord, Mr Bernd Kastens, sent us
the estimate from Schließtechnik Weser for EUR 1,386.00 to replace the locking system
(8 cylinders). We will pay this amount less your excess of EUR 150 directly to Mr Kastens.

Mit freundlichen Grüßen / Kind regards
Murat Yilmaz
Haftpflicht-Schaden / Liability Claims
Weserbogen Allgemeine Versicherung AG

""" + footer())


# --- 0025 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health plan: pre-approval of physiotherapy for a named member's lumbar disc herniation")
def _():
    return build("schuster", "Priya Raman <priya.raman@quickmail.example>",
        "RE: Pre-approval physiotherapy – member no. IH-208814",
        """Dear Ms Raman,

thank you for sending the referral from Dr Becker-Lahmann. I am happy to confirm that your
Weserbogen Expat Health plan (Gold, member no. IH-208814) covers the prescribed course of
12 physiotherapy sessions and 6 sessions of manual therapy for the lumbar disc herniation
(L4/L5) diagnosed in February.

Cover: 100 % up to the reasonable and customary rate, no excess for outpatient
physiotherapy on your plan. Please ask the practice to send invoices directly to us or
submit them via the app within 90 days.

If your orthopaedist recommends an MRI follow-up or an injection therapy, just send us the
referral beforehand so we can confirm cover quickly.

Get well soon!

""" + sig("schuster", "en") + "\n\n" + footer(KRANKEN, "en") + """

> From: Priya Raman <priya.raman@quickmail.example>
> Sent: 04 March 2026 08:02
> Subject: Pre-approval physiotherapy
>
> Hello, attached is my referral, the doctor says it is a herniated disc. Is this covered?
> Thanks, Priya
""", flowed=True, cte="8bit", mailer="tb")


# --- 0026 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: shredding contract for medical files and claims records; supplier company bank data only")
def _():
    return build("pohl", "Account Management <accounts@docushred.example>",
        "Renewal: secure destruction of medical records and claims files (contract 2026-2028)",
        """Dear Mr Hartley,

following our meeting, we would like to renew the secure destruction contract for another
two years with the changes discussed:

1. Collection from our Nienburg archive every second Tuesday (instead of monthly); the
   locked 240 l bins in the health claims and life underwriting departments stay in place.
2. Shredding to security level P-4 / protection class 3 (DIN 66399) for medical records,
   doctors' invoices and underwriting files, P-5 for hard disks.
3. A certificate of destruction per collection, sent to datenschutz@weserbogen.example.
4. Your updated data processing agreement (Art. 28 GDPR) with the new sub-processor list.

Prices as per your offer DS-2026-118: EUR 19.50 per bin, EUR 6.00 per hard disk.
Please send us the contract for signature; invoices continue to go to our accounts payable
team.

Best regards
Oliver Pohl
Procurement
Weserbogen Allgemeine Versicherung AG
""", charset="us-ascii", cte="7bit")


# --- 0027 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "HR: salary increase of a named employee (old/new gross salary), no health content")
def _():
    return build("hoffmann", "Markus Engel <markus.engel@weserbogen.example>",
        "Gehaltsanpassung Frau Dietz zum 01.04.2026",
        """Hallo Markus,

die Geschäftsleitung hat deinem Vorschlag zugestimmt. Für Frau Nadine Dietz (Personalnr.
101077, Schadenregulierung Gewerbe) gilt ab 01.04.2026:

  Tarifgruppe:     VII, Stufe 3 → VIII, Stufe 1
  Monatsgehalt:    4.312 EUR → 4.795 EUR brutto
  Zulage:          Gruppenleitungszulage 150 EUR (befristet bis 31.03.2027)

Das Schreiben an Frau Dietz geht diese Woche per Hauspost raus. Bitte sprich es vorher
nicht im Team an.

Viele Grüße
Melanie

Melanie Hoffmann | Personalabteilung | -090
""", mailer="outlook")


# --- 0028 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "only in the XLSX: bAV direct-insurance list of a company's employees with birth dates, salaries and contract numbers (life)")
def _():
    rows = [["Personalnr.", "Name", "Vorname", "geb.", "Eintritt", "Bruttogehalt mtl.", "Entgeltumwandlung", "AG-Zuschuss 15 %", "Vertrag DV"],
            ["0117", "Stolte", "Marion", "04.03.1968", "01.08.1994", 3120.00, 150.00, 22.50, "DV 41.220.118"],
            ["0342", "Reimers", "Tim", "19.11.1991", "01.02.2015", 2890.00, 100.00, 15.00, "DV 41.220.119"],
            ["0388", "Yıldız", "Emre", "07.07.1996", "15.09.2019", 2640.00, 80.00, 12.00, "DV 41.220.120"],
            ["0401", "Kaiser", "Jennifer", "28.01.1988", "01.04.2020", 3450.00, 248.00, 37.20, "DV 41.220.121"],
            ["0419", "Wöltje", "Hauke", "12.12.1979", "01.01.2021", 3980.00, 200.00, 30.00, "DV 41.220.122"]]
    x = xlsx([("DV-Liste März 2026", rows)], title="Direktversicherung Bäckerei Stolte")
    return build("neumann", "Lohnbuchhaltung Bäckerei Stolte <lohn@baeckerei-stolte.example>",
        "Direktversicherung: Beitragsliste März 2026",
        """Guten Tag Frau Heine,

anbei wie jeden Monat die Beitragsliste zur Direktversicherung Ihrer Mitarbeitenden
(Gruppenvertrag GV 41.220). Neu ist Herr Wöltje; für ihn bitte ab März 200 EUR
Entgeltumwandlung plus Zuschuss abführen.

Die Summe des Monats beträgt 895,70 EUR inkl. Arbeitgeberzuschuss.

""" + sig("neumann") + "\n\n" + footer(LEBEN), atts=[A("DV_Beitragsliste_2026-03.xlsx", x)])


# --- 0029 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz with fictitious cases (health data, IBAN, birth date) for staff training")
def _():
    return build("kuehn", "Alle Führungskräfte <fuehrungskraefte@weserbogen.example>",
        "Datenschutz-Quiz für Ihre Teamrunden (März)",
        """Liebe Führungskräfte,

für Ihre nächste Teamrunde wieder fünf kurze Fälle. Alle Fälle sind erfunden.

1. Ein Kunde schickt seine Arztrechnung an die allgemeine Service-Adresse. Darf die
   Kollegin im Kundenservice sie öffnen und weiterleiten?
2. Ein Makler bittet telefonisch um das Geburtsdatum einer Kundin, "um den Antrag zu
   vervollständigen". Was tun?
3. In einer Excel-Liste für den Rückversicherer stehen Diagnosen, aber keine Namen –
   nur Vertragsnummern. Ist das anonym?
4. Eine Mail an die Werkstatt enthält im Verlauf noch die IBAN des Kunden. Darf sie so raus?
5. Die Polizei fragt per E-Mail nach der Anschrift eines Versicherungsnehmers.

Die Lösungen mit Erläuterung (u. a. zu Art. 9 DSGVO und § 203 StGB) stehen im Intranet
unter Datenschutz > Quiz > März 2026. Fragen gern an mich.

Viele Grüße
Petra Kühn
Datenschutzbeauftragte
""")


# --- 0030 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: travel cancellation because of job loss (no health content): named insured, trip, refund, IBAN")
def _():
    ib = IBAN("ABNA0517283946", cc="NL")
    return build("hanke", "Thomas de Vries <thomas.devries@postbus.example>",
        "Your cancellation claim RR-26-00418 – decision",
        f"""Dear Mr de Vries,

we have reviewed your claim under your trip cancellation policy RR 66-140027. Your employer's
letter confirms that your employment was terminated for operational reasons on 30 January
2026, after the booking of your trip to Lanzarote (departure 14 March 2026). Unexpected
loss of employment is an insured event under clause 2.1 (f).

Refund:
  Cancellation fee charged by the tour operator (80 %)   EUR 2,184.00
  less excess (20 %)                                     EUR  -436.80
  Payment                                                EUR 1,747.20

We will transfer the amount to your account {ib} (ABN, account holder T. de Vries).

""" + sig("hanke", "en") + "\n\n" + footer(ALLG, "en"))

# --- 0031 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "attachment-only: body says 'anbei unser Schreiben'; the PDF grants long-term-care daily benefit for care level 3 after stroke")
def _():
    p = pdf(["Weserbogen Krankenversicherung AG - Am Hafendamm 12 - 31582 Nienburg (Weser)",
             "",
             "Herrn Werner Stelljes",
             "Alte Poststraße 4",
             "31595 Steyerberg",
             "",
             "Nienburg, 05.03.2026",
             "",
             "# Ihre Pflegetagegeldversicherung PT 4471 6610 27",
             "",
             "Sehr geehrter Herr Stelljes,",
             "",
             "der Medizinische Dienst hat bei Ihnen nach dem Schlaganfall im Dezember 2025 (Hirninfarkt,",
             "Halbseitenlähmung links) mit Gutachten vom 18.02.2026 den Pflegegrad 3 festgestellt.",
             "Ihre Pflegeversicherung hat den Pflegegrad ab 01.01.2026 anerkannt.",
             "",
             "Aus Ihrem Tarif PT 60 zahlen wir ab 01.01.2026 ein Pflegetagegeld von 60 % des",
             "vereinbarten Tagessatzes (50,00 EUR), also 30,00 EUR täglich.",
             "Für Januar und Februar 2026 überweisen wir eine Nachzahlung von 1.770,00 EUR.",
             "Ab März zahlen wir monatlich im Voraus.",
             "",
             "Ab Pflegegrad 3 sind Sie außerdem von der Beitragszahlung für diesen Tarif befreit.",
             "",
             "Mit freundlichen Grüßen",
             "Kathrin Vollmer, Leistungsabteilung Krankenversicherung"], title="Pflegetagegeld Stelljes")
    return build("vollmer", "Birgit Stelljes <birgit.stelljes@netzpost.example>",
        "Ihr Schreiben vom 20.02.2026",
        """Sehr geehrte Frau Stelljes,

wie telefonisch besprochen erhalten Sie anbei unser Schreiben an Ihren Vater als PDF.
Das Original geht heute mit der Post raus. Ihre Vorsorgevollmacht liegt uns vor.

Viele Grüße
Kathrin Vollmer
Weserbogen Krankenversicherung AG
""", atts=[A("Schreiben_2026-03-05.pdf", p)])


# --- 0032 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: actuarial memo on the new mortality/morbidity tables and premium triggers; aggregates only")
def _():
    return build("aydin", ["Life Pricing Committee <pricing-life@weserbogen.example>"],
        "Memo: impact of DAV 2025 T on term life and the premium trigger test",
        """Dear all,

ahead of Thursday's committee, a short summary of the impact analysis (full note in the
Actuarial SharePoint, folder 2026/Q1):

1. Mortality. The new DAV 2025 T table is 6-9 % lighter than DAV 2008 T for ages 30-55
   (non-smokers) and 3-4 % lighter for smokers. Our own experience 2019-2024 (approx.
   212,000 policy years, 388 deaths) is at 71 % of the new table, so the selection effect
   remains.
2. Causes. Cancer still accounts for roughly half of our deaths below age 60; circulatory
   disease is down to 19 %. Suicide and accidents together 11 %.
3. Premium trigger test (term life): the actual/expected ratio is 0.84, below the 0.90
   trigger. No premium adjustment required for the 2027 review; we will re-test with Q4 data.
4. BU morbidity: incidence for mental disorders exceeds the table by 18 % in the 30-45
   age band. Proposal: add a safety margin of 10 % for the 2027 pricing.

No individual policy data are included in the note.

Best regards,
Selin

Selin Aydin
Life Actuarial | ext. 350
""", mailer="outlook", charset="us-ascii", cte="7bit")


# --- 0033 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessment order: named car owner, plate, VIN, claim and policy number (comprehensive total loss)")
def _():
    return build("reinecke", "Gutachterbüro Hartwig <auftrag@sv-hartwig.example>",
        "Gutachtenauftrag S-26-042211 / NI-JB 771 – möglicher Totalschaden",
        """Hallo Herr Hartwig,

bitte begutachten Sie folgendes Fahrzeug:

  Schaden-Nr.:        S-26-042211 (Vollkasko, Vertrag VK 61-3309218)
  Halterin/VN:        Jasmin Böttcher, Weserstraße 88, 31582 Nienburg, Tel. 0176 4418830
  Fahrzeug:           Opel Corsa F, EZ 06/2021, FIN W0V7D9EB1M4118632, NI-JB 771
  Schadenhergang:     Aquaplaning auf der B 215 am 01.03., Anprall an Leitplanke
  Standort:           Autohaus Meinecke, Verdener Landstraße 120, Nienburg

Es handelt sich vermutlich um einen wirtschaftlichen Totalschaden. Bitte ermitteln Sie
Wiederbeschaffungs- und Restwert (drei Restwertangebote aus dem regionalen Markt).

Danke und Gruß
Tobias Reinecke

--
Tobias Reinecke
Kfz-Schaden
Weserbogen Allgemeine Versicherung AG | Tel. 05021 9870-233
""")


# --- 0034 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: information to doctors' practices about the secure upload for medical reports; no patient named")
def _():
    return build("albrecht", "Praxisteam Orthopädie am Stadtpark <info@ortho-stadtpark.example>",
        "Neu: Arztberichte und Befunde sicher online übermitteln",
        """Sehr geehrte Damen und Herren,

viele Praxen schicken uns Befundberichte, OP-Berichte und Arztbriefe für unsere
Versicherten noch per Fax oder – leider auch – per unverschlüsselter E-Mail.

Ab sofort steht Ihnen dafür unser Arzt-Upload zur Verfügung:
https://aerzte.weserbogen.example/upload

- keine Registrierung nötig, Sie erhalten von uns pro Anfrage einen Upload-Code
- PDF, JPG und TIFF bis 50 MB
- Eingangsbestätigung mit Zeitstempel
- Vergütung der Berichte wie bisher nach GOÄ Nr. 75 bzw. 80

Bitte senden Sie uns Gesundheitsdaten nicht mehr per normaler E-Mail. Vielen Dank für
Ihre Unterstützung!

Mit freundlichen kollegialen Grüßen
Dr. med. Jens Albrecht
Gesellschaftsarzt

""" + footer(KRANKEN))


# --- 0035 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life death claim to a widow: late husband's cause of death (myocardial infarction), policy, payout")
def _():
    return build("seidel", "Margaret Ellison-Brandes <m.ellison@britmail.example>",
        "Policy LV 30.402.771 – settlement of the death benefit",
        """Dear Mrs Ellison-Brandes,

please accept once again our sincere condolences on the death of your husband,
Mr Frank Brandes.

We have received the death certificate and the medical certificate of cause of death from
Klinikum Weserbergland. Mr Brandes died on 11 February 2026 of an acute myocardial
infarction; as the policy had been in force for more than three years, no further review
of the application answers is necessary.

Settlement of term life policy LV 30.402.771:
  Sum insured                      EUR 150,000.00
  Bonus (terminal)                 EUR   3,412.90
  Total                            EUR 153,412.90

You are the named beneficiary. We will transfer the amount to the account you gave us in
your letter of 24 February within five working days. You will receive a statement for the
tax office by post.

If there is anything else we can do, please call me directly.

With kind regards

Anja Seidel
Life Policy Service
Weserbogen Lebensversicherung AG
Phone +49 5021 9870-318

""" + footer(LEBEN, "en"), cte="base64")


# --- 0036 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: phishing warning describing a fake 'Gesundheitskarte' mail that asks for birth date and bank details; no real person")
def _():
    return build("wagner", "alle-mitarbeitenden@weserbogen.example",
        "ACHTUNG Phishing: \"Ihre elektronische Gesundheitskarte läuft ab\"",
        """Liebe Kolleginnen und Kollegen,

seit heute Morgen gehen an viele Postfächer Mails mit dem Betreff "Ihre elektronische
Gesundheitskarte läuft ab - jetzt Daten bestätigen". Absender ist angeblich eine
Krankenkasse, der Link führt auf eine gefälschte Seite, die Versichertennummer, Geburtsdatum
und Bankverbindung abfragt.

So erkennt ihr die Mail:
  - Absender: service@egk-verlaengerung.example
  - Anrede "Sehr geehrte/r Versicherte/r"
  - Link auf http://egk-verlaengerung.example/bestaetigen

Bitte NICHT klicken, sondern über den Button "Phishing melden" in Outlook melden und löschen.
Wer schon geklickt und Daten eingegeben hat: bitte sofort beim Servicedesk (-777) melden.

Viele Grüße
Felix Wagner
IT-Servicedesk / Informationssicherheit
""", charset="iso-8859-1", cte="quoted-printable", hdrs={"Importance": "high", "X-Priority": "1"})


# --- 0037 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only: cancellation confirmation of a named customer's motor policy with a table of contract data and refund IBAN")
def _():
    ib = IBAN("29152670", "0010442871")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Rohlfs,</p>
<p>wir bestätigen die Kündigung Ihrer Kfz-Versicherung wegen Verkaufs des Fahrzeugs.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Versicherungsnehmerin</b></td><td>Sandra Rohlfs, geb. 14.08.1983</td></tr>
<tr><td><b>Vertrag</b></td><td>KH 60-2274410 / VK 61-3301277</td></tr>
<tr><td><b>Fahrzeug</b></td><td>VW Golf VII, NI-SR 1408</td></tr>
<tr><td><b>Vertragsende</b></td><td>27.02.2026 (Tag der Veräußerung)</td></tr>
<tr><td><b>Beitragsrückzahlung</b></td><td>312,44 €</td></tr>
<tr><td><b>Erstattung auf</b></td><td>{ib}</td></tr>
</table>
<p>Ihr Schadenfreiheitsrabatt (SF 14) bleibt sieben Jahre für ein Folgefahrzeug reserviert.</p>
<p>Mit freundlichen Grüßen<br>Ihr Weserbogen Kundenservice</p>
<p style="font-size:8pt;color:#777">Weserbogen Allgemeine Versicherung AG · Amtsgericht Walsrode HRB 204711.
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte den Absender und löschen Sie diese E-Mail.</p>
</body></html>
"""
    return build("wolff", "sandra.rohlfs@mailfix.example",
        "Bestätigung Ihrer Kündigung – Kfz-Versicherung", html=html, charset="windows-1252",
        cte="quoted-printable", mailer="crm")


# --- 0038 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "motor recourse: named driver's criminal penalty order for drunk driving (BAK 1.4 per mille) – criminal data")
def _():
    return build("frerichs", [who("reinecke"), who("roth")],
        "Regress S-25-039904 Pape – Strafbefehl liegt vor",
        """Hallo Tobias, hallo Frau Dr. Roth,

die Ermittlungsakte zum Unfall vom 14.11.2025 (Schaden S-25-039904, VN und Fahrer
Herr Dennis Pape, NI-DP 303) ist da. Ergebnis:

- Blutalkoholkonzentration 1,41 Promille (Blutentnahme 23:52 Uhr)
- Strafbefehl des AG Nienburg vom 05.02.2026, rechtskräftig: 60 Tagessätze à 45 EUR
  wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) und fahrlässiger Körperverletzung,
  Entziehung der Fahrerlaubnis, Sperrfrist 11 Monate

Damit liegt eine Obliegenheitsverletzung nach D.1.1.5 AKB vor. Wir haben an die Geschädigten
bisher 18.740 EUR gezahlt. Ich schlage Regress in Höhe der Höchstgrenze von 5.000 EUR vor.

Frau Dr. Roth, können Sie das Anschreiben an Herrn Pape prüfen? Entwurf liegt in der Akte.

Gruß
Jan Frerichs
SIU
""")


# --- 0039 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: API test cases for a comparison portal with the published example IBAN and 'Max Mustermann (fictitious)'")
def _():
    tc = csvtext([["case", "first_name", "last_name", "date_of_birth", "iban", "product", "expected"],
                  ["TC-01", "Max", "Mustermann", "1970-01-01", "DE89 3704 0044 0532 0130 00", "PHV Basis", "quote ok"],
                  ["TC-02", "Erika", "Mustermann", "1964-08-12", "DE89 3704 0044 0532 0130 00", "Hausrat Komfort", "quote ok"],
                  ["TC-03", "Max", "Mustermann", "2012-01-01", "", "PHV Basis", "error AGE_MIN"],
                  ["TC-04", "Max", "Mustermann", "1970-01-01", "", "Hausrat Komfort", "error IBAN_REQUIRED"]],
                 ",")
    return build("wagner", "Integration Team <integration@vergleichsportal-check.example>",
        "Test cases for the quote API v3 (sandbox)",
        """Hi team,

as discussed, attached are our test cases for the sandbox of the quote API v3. All persons
are fictitious ("Max/Erika Mustermann") and the IBAN is the published example IBAN from the
German banking association documentation. Case TC-04 deliberately leaves the IBAN empty
to trigger the mandatory-field error for annual payment by direct debit.

Sandbox endpoint: https://api-sandbox.weserbogen.example/quote/v3
Please never use real customer data in the sandbox.

Cheers,
Felix
""", atts=[A("quote_api_v3_testcases.csv", tc)])


# --- 0040 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "forwarded application (attached .eml): candidate's birth date, current salary and salary expectation")
def _():
    cv = pdf(["# Lebenslauf", "Maren Tiedemann", "geboren am 09.04.1994 in Verden (Aller)",
              "Gartenstraße 19, 27283 Verden", "",
              "seit 2021  Sachbearbeiterin Schaden, Allertal Versicherungsmakler GmbH",
              "2018-2021  Ausbildung Kauffrau für Versicherungen und Finanzanlagen",
              "2017       Abitur, Domgymnasium Verden", "",
              "Gehaltsvorstellung: 48.000 EUR brutto p. a."], title="Lebenslauf Tiedemann")
    orig = inner("Maren Tiedemann <maren.tiedemann@mailfix.example>", "karriere@weserbogen.example",
                 "Bewerbung Sachbearbeitung Sachschaden (Kennziffer 2026-014)",
                 "Fri, 27 Feb 2026 19:42:10 +0100",
                 """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf Ihre Stelle als Sachbearbeiterin Sachschaden (2026-014).
Ich arbeite seit 2021 in der Schadenbearbeitung eines Maklers und verdiene derzeit
3.350 EUR brutto im Monat (13 Gehälter). Meine Gehaltsvorstellung liegt bei 48.000 EUR
im Jahr. Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.

Meinen Lebenslauf und die Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Maren Tiedemann
""", "<a7c1e2@mailfix.example>", atts=[A("Lebenslauf_Tiedemann.pdf", cv)])
    return build("hoffmann", who("lorenz"),
        "WG: Bewerbung Sachbearbeitung Sachschaden (Kennziffer 2026-014)",
        """Hallo Sabine,

hier die Bewerbung, über die wir gesprochen haben. Sie passt gut, das Gehalt liegt im
Rahmen. Wollen wir sie für den 18.03. einladen?

LG Melanie
""", atts=[A("Bewerbung Tiedemann.eml", orig, ctype="message/rfc822")])


# --- 0041 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "base64 body: daily sickness allowance for a named self-employed customer, incapacity due to burnout (F43.2)")
def _():
    return build("vollmer", "Sebastian Kuhlmann <kuhlmann@kuhlmann-design.example>",
        "Krankentagegeld ab 15.02.2026 – Ihr Vertrag KT 4471 3390 14",
        """Sehr geehrter Herr Kuhlmann,

wir haben die Arbeitsunfähigkeitsbescheinigungen von Herrn Dr. Lampe erhalten. Sie sind
seit dem 18.01.2026 wegen einer Anpassungsstörung (F43.2) arbeitsunfähig.

Ihr Tarif KT 42 leistet ab dem 43. Tag der Arbeitsunfähigkeit. Wir zahlen daher ab
01.03.2026 ein Krankentagegeld von 120,00 EUR kalendertäglich. Die Zahlung für März
erfolgt zum Monatsende; danach monatlich, solange uns Folgebescheinigungen vorliegen.

Bitte reichen Sie die Folgebescheinigungen spätestens alle 14 Tage ein – am einfachsten
über die App. Ab der 10. Woche bitten wir um einen kurzen Bericht Ihres Arztes zur
voraussichtlichen Dauer.

Gute Besserung!

""" + sig("vollmer") + "\n\n" + footer(KRANKEN), cte="base64")


# --- 0042 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order for blank application forms with health questions and consent forms; no person")
def _():
    return build("pohl", "Auftragsannahme <auftrag@druckhaus-leinetal.example>",
        "Druckauftrag Formulare Q2/2026",
        """Hallo Frau Grotjahn,

bitte drucken Sie uns folgende Formulare nach den freigegebenen PDFs (Ordner "Freigabe
2026-03" auf Ihrem FTP):

  F-KV-01  Antrag Krankenzusatzversicherung, inkl. Gesundheitsfragen   10.000 Stück
  F-LV-11  Antrag Risikoleben / BU, Gesundheitsfragen Seite 3-4           6.000 Stück
  F-DS-02  Einwilligungs- und Schweigepflichtentbindungserklärung        15.000 Stück
  F-UV-05  Unfallanzeige mit Arztbericht (Durchschreibesatz)              2.500 Stück

Papier wie gehabt 90 g, F-UV-05 dreifach selbstdurchschreibend. Lieferung bis 31.03.
an unser Lager, Tor 2.

Viele Grüße
Oliver Pohl
""" + "\n" + sig("pohl", short=True))


# --- 0043 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "grey: D&O quote for a GmbH naming the managing director, her shareholding and the company's financials")
def _():
    return build("kraemer", "James Whitfield <j.whitfield@hanserisk.example>",
        "D&O quote – Heider Logistik GmbH",
        """Hi James,

thanks for the submission. Our quote for Heider Logistik GmbH:

  Insured persons:   managing director Ms Claudia Heider (holds 60 % of the shares) and
                     authorised officer Mr Ralf Osterloh
  Limit:             EUR 2.5 m per claim and aggregate
  Retention:         none for insured persons (company retention EUR 10,000)
  Premium:           EUR 4,380 p.a. plus 19 % insurance tax

Based on the 2024 accounts (turnover EUR 38.2 m, equity ratio 21 %, annual result
EUR 0.9 m) and the fact that Ms Heider's personal guarantee for the credit line of
EUR 4 m is not part of the cover. The insolvency clause applies as standard.

Please note the pending dispute with the former co-director mentioned in the proposal form
is excluded.

Quote valid until 31 March.

Best regards
Daniel

""" + sig("kraemer", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0044 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "underwriting request to a UK GP about a named applicant's asthma and knee surgery")
def _():
    return build("petrova", "Dr Helen Marsh <h.marsh@riverside-surgery.example>",
        "Request for medical information – Mr Oliver Grant, DOB 02/06/1986",
        """Dear Dr Marsh,

Mr Oliver Grant (date of birth 2 June 1986, formerly of 14 Elm Row, Reading), who now lives
in Germany, has applied to us for a term life and income protection policy. In his
application he mentions

  - asthma since childhood, currently treated with budesonide/formoterol inhaler
  - arthroscopic surgery of the left knee (meniscus) in 2021

His signed consent form (GMC-compliant, dated 26 February 2026) is attached to our
letter sent by post. Could you please complete the enclosed GP report questionnaire,
in particular: number of asthma exacerbations requiring oral steroids in the last five
years, any hospital admissions, spirometry results if available, and the outcome of the
knee surgery (residual complaints, time off work).

We will pay your standard fee for the report on receipt of your invoice.

""" + sig("petrova", "en") + "\n\n" + footer(LEBEN, "en"), cte="8bit")


# --- 0045 -------------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: HTML-only customer newsletter with a table of check-ups by age (Vorsorge), no person")
def _():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserbogen Gesundheitsbrief</title></head>
<body style="margin:0;font-family:Verdana,sans-serif;font-size:13px;color:#1a1a1a">
<div style="max-width:640px;margin:auto">
<h1 style="color:#00785a">Gesund durch den Frühling</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>viele Vorsorgeuntersuchungen zahlt Ihre Krankenversicherung komplett – und trotzdem
werden sie oft vergessen. Unsere Übersicht zeigt, was ab welchem Alter empfohlen ist:</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;width:100%">
<thead><tr style="background:#e6f4ef"><th>Untersuchung</th><th>ab Alter</th><th>Intervall</th></tr></thead>
<tbody>
<tr><td>Check-up (Herz, Kreislauf, Diabetes)</td><td>18 / 35</td><td>einmalig / alle 3 Jahre</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35</td><td>alle 2 Jahre</td></tr>
<tr><td>Darmkrebs-Früherkennung</td><td>50</td><td>Stuhltest jährlich bzw. Darmspiegelung</td></tr>
<tr><td>Mammographie-Screening</td><td>50 bis 75</td><td>alle 2 Jahre</td></tr>
<tr><td>Prostata-Tastuntersuchung</td><td>45</td><td>jährlich</td></tr>
<tr><td>Zahnvorsorge</td><td>18</td><td>halbjährlich</td></tr>
</tbody></table>
<h2>Neu in der App: Impfpass digital</h2>
<p>Tragen Sie Ihre Impfungen ein und lassen Sie sich an Auffrischungen erinnern –
die Daten bleiben auf Ihrem Gerät.</p>
<p style="font-size:11px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.weserbogen.example/newsletter/abmelden">Abmelden</a> ·
<a href="https://www.weserbogen.example/datenschutz">Datenschutz</a><br>
Weserbogen Krankenversicherung AG, Am Hafendamm 12, 31582 Nienburg (Weser)</p>
</div></body></html>
"""
    return build("Weserbogen Gesundheitsbrief <newsletter@weserbogen.example>",
        "gesundheitsbrief@lists.weserbogen.example",
        "Gesund durch den Frühling: Welche Vorsorge ab welchem Alter?", html=html, mailer="nl",
        hdrs={"List-Unsubscribe": "<https://www.weserbogen.example/newsletter/abmelden>", "Precedence": "bulk"})


# --- 0046 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: dog-owner liability: named customer's dog bit another dog; vet bill of the injured dog (animal health only)")
def _():
    return build("yilmaz", "Carina Neumeyer <carina.neumeyer@web-post.example>",
        "Ihr Schaden TH-S-26-00977 – Beißvorfall vom 21.02.2026",
        """Hallo Frau Neumeyer,

zu dem Vorfall an der Weserpromenade, bei dem Ihr Labrador "Bruno" den Spitz von
Frau Elke Hustedt gebissen hat: Die Tierarztrechnung der Tierklinik Drakenburg liegt uns
jetzt vor (Wundversorgung unter Narkose, Drainage, Antibiotikum, zwei Kontrollen) über
864,20 EUR.

Über Ihre Tierhalterhaftpflicht (Vertrag TH 84-0077412) übernehmen wir die Kosten voll und
zahlen direkt an Frau Hustedt. Ihre Selbstbeteiligung entfällt in Ihrem Tarif.

Bitte denken Sie daran, dass Bruno in der Leinenpflicht-Zone angeleint sein muss – ein
zweiter Vorfall könnte Auswirkungen auf den Vertrag haben.

Beste Grüße
Murat Yilmaz
Haftpflicht-Schaden

""" + footer(), flowed=True, cte="8bit", mailer="tb")


# --- 0047 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-hospital",
      "German/English mail to a Mallorca clinic about a named insured's pneumonia, ICU stay and repatriation")
def _():
    return build("schuster", "Patient Services <patients@clinica-llevant.example>",
        "Paciente / patient Gerhard Wilkens – Kostenübernahme / cost coverage, ref. RKV-26-00802",
        """Dear Ms Ferrer,

thank you for the update this morning. Summary for our file:

Patient:      Gerhard Wilkens, born 17/01/1949
Diagnosis:    community-acquired pneumonia (J18.9), type 2 respiratory failure,
              ICU 06-09 March, now on general ward, oxygen 2 l/min
Plan:         repatriation by air ambulance to Klinikum Weserbergland once stable

We confirm coverage of the ICU and ward costs under his travel health policy
(RK 7719 4417). Our assistance partner EuroMed Assist will coordinate the transport.

Für die Tochter, Frau Anke Wilkens, die kein Englisch spricht, hier kurz auf Deutsch:
Ihr Vater wird voraussichtlich Anfang nächster Woche mit dem Ambulanzflugzeug nach Nienburg
gebracht. Die Kosten für Intensivstation, Station und Rücktransport übernehmen wir.
Bitte schicken Sie uns noch eine Kopie seiner Medikamentenliste (Hausarzt).

Kind regards / Viele Grüße
Laura Schuster
International Health Service

""" + footer(KRANKEN, "en"), cc=["Anke Wilkens <anke.wilkens@netzpost.example>"])


# --- 0048 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: ICD-10-GM 2026 update note for claims staff with many codes, no patient")
def _():
    return build("albrecht", "Claims Health – all <claims-health@weserbogen.example>",
        "ICD-10-GM 2026: what changes for claims assessment",
        """Dear colleagues,

the ICD-10-GM 2026 has been in use by doctors since 1 January. Invoices with the new codes
are now arriving in volume. The most relevant changes for us:

* Long COVID / post-COVID: U09.9 remains, but the secondary code is now mandatory for the
  leading manifestation (e.g. G93.3 chronic fatigue syndrome, R53 fatigue).
* Obesity: E66.- has new fifth digits for BMI classes; E66.0 no longer implies BMI >= 40.
* Gender incongruence: F64.- is replaced by codes in chapter XXII for statistical purposes;
  please do not treat it as a mental disorder in underwriting or claims.
* Diabetes: E11.- with "G/V/Z" suffixes is unchanged.

KOMPASS will accept both the 2025 and 2026 catalogues until 30 June. Training slides are on
the intranet (Claims > Coding > ICD 2026). For questions: medizin@weserbogen.example.

Jens

Dr. med. Jens Albrecht
Chief Medical Officer
""", charset="us-ascii", cte="7bit")


# --- 0049 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "SEPA mandate confirmation for a named homeowner's buildings policy: IBAN, mandate reference, premium")
def _():
    ib = IBAN("25650106", "0036611987")
    return build("wolff", "Jörg Sandkuhl <joerg.sandkuhl@tonline-mail.example>",
        "Bestätigung SEPA-Lastschriftmandat – Wohngebäudeversicherung WG 90-1103392",
        f"""Sehr geehrter Herr Sandkuhl,

vielen Dank für Ihr SEPA-Lastschriftmandat. Wir buchen den Beitrag für Ihre
Wohngebäudeversicherung (Risiko: Kirchstraße 12, 31608 Marklohe) ab sofort von diesem
Konto ab:

  Kontoinhaber:        Jörg Sandkuhl
  IBAN:                {ib}
  Mandatsreferenz:     WB-WG90-1103392-01
  Gläubiger-ID:        DE31ZZZ00000981245
  Jahresbeitrag:       611,25 EUR, fällig am 01.04.2026

Die Abbuchung kündigen wir Ihnen wie gesetzlich vorgesehen mit der Beitragsrechnung an.

{sig("wolff")}

{footer()}
""", charset="iso-8859-1", cte="8bit")


# --- 0050 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "inside the ZIP: medical report and invoice list on an injured third party's whiplash and fractured rib (liability)")
def _():
    gut = docx([("h", "Ärztliches Gutachten – Personenschaden"),
                "Geschädigte: Frau Monika Grotefend, geb. 30.05.1962, Langendamm",
                "Unfall vom 10.10.2025 (Auffahrunfall, Versicherungsnehmer der Weserbogen: Herr Lars Voigt)",
                "Befunde: HWS-Distorsion Grad II (S13.4), Rippenfraktur 6. Rippe rechts (S22.32), Prellung Thorax.",
                "Behandlung: Notaufnahme Klinikum Weserbergland, 2 Tage stationär, danach 16 x Physiotherapie.",
                "Arbeitsunfähigkeit: 10.10.2025 bis 28.11.2025.",
                "Dauerschaden: keiner zu erwarten; gelegentliche Nackenbeschwerden bei Belastung.",
                "Angemessenes Schmerzensgeld nach vergleichbaren Entscheidungen: 3.500 bis 4.500 EUR."],
               title="Gutachten Grotefend")
    aufst = pdf(["# Aufstellung Heilbehandlungskosten Grotefend",
                 "Klinikum Weserbergland, stationär 10.-12.10.2025          2.418,60 EUR",
                 "Radiologie Nienburg, CT Thorax                              312,75 EUR",
                 "Physiotherapie am Wall, 16 x KG                             540,80 EUR",
                 "Apotheke (Ibuprofen 600, Tilidin)                            48,12 EUR",
                 "Verdienstausfall (Differenz Krankengeld)                  1.106,00 EUR"], title="Aufstellung")
    z = zipfile_bytes([("Grotefend/Gutachten_Dr_Wessel.docx", gut), ("Grotefend/Kostenaufstellung.pdf", aufst)])
    return build("yilmaz", "RA Dr. Stefan Brenner <brenner@brenner-voss.example>",
        "Ihr Mandat Grotefend ./. Voigt – Unterlagen (Az. 26/0117)",
        """Sehr geehrter Herr Dr. Brenner,

wie angekündigt erhalten Sie die medizinischen Unterlagen zu den Ansprüchen Ihrer
Mandantin. Wir halten die Heilbehandlungskosten und den Verdienstausfall für belegt und
bieten zur Abgeltung sämtlicher Ansprüche ein Schmerzensgeld von 4.000 EUR an.

Das ZIP-Passwort erhalten Sie wie besprochen telefonisch.

""" + sig("yilmaz") + "\n\n" + footer(), atts=[A("Unterlagen_Grotefend_Voigt.zip", z)])


# --- 0051 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: anonymised large-loss list (ODS) with age bands and injury types, no names or numbers")
def _():
    rows = [["Lfd.", "Sparte", "Schadenart", "Altersband Geschädigte(r)", "Reserve EUR"],
            [1, "Kfz-Haftpflicht", "Querschnittlähmung", "20-29", 2400000],
            [2, "Privathaftpflicht", "Schädel-Hirn-Trauma", "60-69", 850000],
            [3, "Kfz-Haftpflicht", "Polytrauma", "30-39", 720000],
            [4, "Gewerbe-Haftpflicht", "Brandschaden Lagerhalle", "–", 1650000],
            [5, "Wohngebäude", "Sturm, Dach", "–", 410000]]
    o = ods([("Großschäden Q1", rows)], title="Großschadenliste anonymisiert")
    return build("engel", "Schadenleitung <schadenleitung@weserbogen.example>",
        "Großschadenrunde 11.03. – anonymisierte Liste",
        """Moin zusammen,

für die Großschadenrunde am Mittwoch anbei die Liste der Schäden über 400 TEUR aus Q1,
wie immer anonymisiert (keine Namen, keine Schadennummern, nur Altersbänder). Die
Details gibt's in der Sitzung aus den Akten.

Position 1 ist der Personenschaden, über den wir im Februar gesprochen haben; die Reserve
haben wir nach dem Reha-Bericht um 600 TEUR erhöht.

Gruß
Markus
""", atts=[A("Grossschaeden_Q1_2026_anonym.ods", o)], hdrs={"Date": "Mon, 09 Mar 2026 16:02:40 +0100"})


# --- 0052 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "no-claims (SF) transfer request to a Dutch insurer: named driver, birth date, licence date, previous policy")
def _():
    return build("reinecke", "Claims History Desk <schadevrij@polderverzekeringen.example>",
        "Request for confirmation of claims-free years – Mr Maarten Visser",
        """Dear colleagues,

your former policyholder has taken out motor insurance with us and asks us to take over his
claims-free years. Could you please confirm the following for our records:

  Name:                   Maarten Visser
  Date of birth:          22 October 1981
  Driving licence since:  12 March 2000
  Your policy number:     AP-3381-77120 (passenger car, terminated 31 January 2026)
  Claims-free years:      as stated by the customer: 11 years, no claims since 2015

A short letter or e-mail confirming the number of claims-free years and any claims in the
last five years is sufficient. Mr Visser's written consent is enclosed.

""" + sig("reinecke", "en") + "\n\n" + footer(ALLG, "en"), charset="us-ascii", cte="7bit")


# --- 0053 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "named customer's hearing aids and glasses: hearing loss, visual acuity values, reimbursement (health)")
def _():
    return build("vollmer", "Ilse Meinecke <ilse.meinecke@netzpost.example>",
        "Hilfsmittel: Ihre Hörgeräte und Brille",
        """Sehr geehrte Frau Meinecke,

vielen Dank für die Unterlagen. Zu Ihren beiden Anträgen:

1. Hörgeräte (Hörakustik Nienburg, Kostenvoranschlag vom 19.02.2026)
   Der HNO-Befund von Dr. Krusche zeigt eine beidseitige Innenohrschwerhörigkeit
   (H90.3) mit einem Hörverlust von 55 dB rechts und 60 dB links. Wir übernehmen für zwei
   Hörgeräte 80 % der Kosten, höchstens 1.500 EUR je Ohr, insgesamt 3.000 EUR.

2. Gleitsichtbrille
   Bei Ihrer Sehstärke (rechts -4,25 dpt, links -3,75 dpt, Addition 2,25) erstatten wir
   nach Tarif AM 100 bis zu 300 EUR alle zwei Jahre. Die Rechnung von Optik Hemme über
   689 EUR erstatten wir daher mit 300 EUR.

Die Beträge überweisen wir auf Ihr bekanntes Konto.

Mit freundlichen Grüßen

Kathrin Vollmer
Leistungsabteilung Krankenversicherung
Weserbogen Krankenversicherung AG
""", charset="windows-1252", cte="quoted-printable")


# --- 0054 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: penetration-test scheduling for the portal; mentions health data in scope, no data included")
def _():
    return build("wagner", "Engagement Manager <engagements@redline-security.example>",
        "Pentest customer portal – scope and dates",
        """Hi Marco,

confirming the scope for the annual penetration test of our customer portal:

In scope:   https://portal.weserbogen.example, https://aerzte.weserbogen.example/upload,
            the mobile API (api.weserbogen.example/mobile/v2)
Out of scope: production claims system, broker portal (tested in Q3)
Window:     23-27 March 2026, 19:00-06:00 only
Test accounts: 6 synthetic customers with fake claims documents will be provided on
            day 1 via our secure file transfer.

Please note the portal processes health data (medical invoices, discharge letters) and
bank details of real customers, so any finding that exposes such data must be reported
by phone immediately (Felix Wagner, +49 5021 9870-777) and no real data may be copied.

Thanks,
Felix
""", mailer="outlook")


# --- 0055 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal-expenses cover for a named customer's dismissal case with monthly salary and employer (no health)")
def _():
    return build("ortmann", "Kanzlei Brenner & Voss <sekretariat@brenner-voss.example>",
        "Deckungszusage RS-26-02218 – Ihr Mandant Herr Tobias Ahrens",
        """Sehr geehrte Frau Rechtsanwältin Voss,

für Ihren Mandanten, Herrn Tobias Ahrens, erteilen wir aus seiner Rechtsschutzversicherung
(Vertrag RS 88-40172, Privat- und Berufsrechtsschutz) Deckungszusage für die
Kündigungsschutzklage gegen die Kettler Maschinenbau GmbH, erste Instanz.

Grundlage der Gebührenberechnung: Bruttomonatsgehalt laut Arbeitsvertrag 4.650 EUR,
Streitwert somit 13.950 EUR (drei Monatsgehälter). Die Selbstbeteiligung von 150 EUR trägt
Ihr Mandant.

Für einen Vergleich mit Abfindung bitten wir vorab um Abstimmung; die Kosten einer
Einigungsgebühr übernehmen wir nach den ARB 2021.

Mit freundlichen Grüßen
Nils Ortmann
Rechtsschutz-Leistung

""" + footer())

# --- 0056 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: press release on a digital dental plan with claims statistics (aggregates), sent to a trade journalist")
def _():
    return build("martens", "Newsdesk <newsdesk@insurance-insider-de.example>",
        "Press release: Weserbogen launches app-only dental plan \"ZahnPlus Digital\"",
        """Dear Ms Kaur,

please find below our press release for tomorrow (embargo: 10 March 2026, 06:00 CET).

---
PRESS RELEASE

Nienburg, 10 March 2026 - Weserbogen Krankenversicherung AG launches "ZahnPlus Digital",
a dental supplementary plan that is applied for, managed and claimed entirely in the app.
Customers photograph their dentist's treatment plan and invoice; in 82 % of cases the
refund is paid within 48 hours.

"Dental crowns, implants and professional cleaning are the most frequent reasons our
customers contact us," says Dr. Anke Brüning, member of the board. "Last year we
processed more than 140,000 dental invoices - on average EUR 412 per invoice."

Key facts:
- 90 % refund for dentures, implants and inlays, 100 % for cleaning (up to EUR 150/year)
- two health questions, no waiting period
- monthly premium from EUR 14.90 (age 30)

Press contact: Svenja Martens, +49 5021 9870-030, presse@weserbogen.example
---

Best regards
Svenja Martens
Corporate Communications
""", mailer="outlook", hdrs={"Date": "Mon, 09 Mar 2026 11:15:00 +0100"})


# --- 0057 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "attachment-only: body 'see attached for the transport'; PDF discharge summary (stroke, medication) of a named insured")
def _():
    p = pdf(["# Hospital Costa Azul, Malaga - Discharge summary (translation)",
             "Patient: Hildegard Brunkhorst, born 22.03.1944, German citizen",
             "Admitted: 28.02.2026  Discharged for transfer: 12.03.2026",
             "Diagnosis: ischaemic stroke, left middle cerebral artery (I63.4); atrial fibrillation (I48.1)",
             "Course: thrombolysis not possible (time window); aphasia and right-sided weakness improving.",
             "Swallowing assessment: soft diet, thickened fluids.",
             "Medication: apixaban 5 mg 1-0-1, atorvastatin 40 mg 0-0-1, bisoprolol 2.5 mg 1-0-0",
             "Mobility: wheelchair for transfer, can stand with assistance.",
             "Recommendation: stretcher transport with medical escort, continue neurological rehab in Germany."],
            title="Discharge summary Brunkhorst")
    return build("schuster", "Operations <ops@euromed-assist.example>",
        "RKV-26-00744 Brunkhorst – docs for the transport",
        """Hi Samuel,

see attached for the transport on Thursday. Receiving hospital is confirmed (Klinikum
Weserbergland, stroke unit, bed available from 12:00). Please send me the flight details
and the escort's name once you have them.

Thanks,
Laura
""", atts=[A("Brunkhorst_discharge_EN.pdf", p)], charset="us-ascii", cte="7bit", hdrs={"Date": "Mon, 09 Mar 2026 15:20:31 +0100"})


# --- 0058 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "short glass-breakage settlement to a named customer with policy and amount")
def _():
    return build("lorenz", "Petra Winkelmann <petra.winkelmann@kabelmail.example>",
        "Glasbruch Ceranfeld – HR 72-5531870",
        """Hallo Frau Winkelmann,

kurze Info: Ihren Glasschaden (gesprungenes Ceranfeld) haben wir reguliert. Die Rechnung
von Elektro Gerdes über 486,00 EUR zahlen wir direkt an den Betrieb, Sie müssen nichts
vorstrecken.

Viele Grüße
Sabine Lorenz
Sachschaden Privatkunden
""", mailer="outlook")


# --- 0059 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: circular on new approval limits for health and life claims payouts; roles and amounts only")
def _():
    return build("Ressort Leistung <ressort-leistung@weserbogen.example>",
        "leistung-alle@weserbogen.example",
        "Rundschreiben 04/2026: Neue Freigabegrenzen für Leistungsfälle ab 01.04.",
        """Liebe Kolleginnen und Kollegen,

mit Wirkung zum 1. April gelten neue Freigabegrenzen (Vier-Augen-Prinzip):

  Krankenversicherung (ambulant, Zahn):        Sachbearbeitung bis 5.000 EUR
  Krankenversicherung (stationär):             Sachbearbeitung bis 15.000 EUR
  Krankentagegeld / Pflegetagegeld (Dauer):    Gruppenleitung ab 6 Monaten Laufzeit
  Leben / BU – Anerkenntnis:                   immer Gruppenleitung + Gesellschaftsarzt
  Unfall – Invaliditätsleistung:               Sachbearbeitung bis 25.000 EUR

Kulanzentscheidungen über 1.000 EUR zeichnet weiterhin die Abteilungsleitung.
Die Berechtigungen in KOMPASS werden am Wochenende 28./29.03. umgestellt.

Bei Fragen: eure Gruppenleitungen.

Dr. Anke Brüning
Vorstand Leistung
""", cte="8bit")


# --- 0060 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "approval of psychotherapy (behavioural therapy, 24 sessions) for a named customer's anxiety disorder")
def _():
    return build("vollmer", "Lena Brinkhoff <lena.brinkhoff@posteo-mail.example>",
        "Kostenzusage Psychotherapie",
        """Sehr geehrte Frau Brinkhoff,

Ihr Antrag auf Kostenübernahme für eine ambulante Verhaltenstherapie bei
Frau Dipl.-Psych. Annika Seeger ist bei uns eingegangen. Nach dem Bericht an den
Gutachter besteht eine generalisierte Angststörung (F41.1) mit depressiver Begleitsymptomatik.

Wir sagen Ihnen zu:
- 24 Sitzungen Einzeltherapie à 50 Minuten (GOP 870), Abrechnung bis zum 2,3-fachen Satz
- zuvor bereits abgerechnete 5 probatorische Sitzungen werden nicht angerechnet

Ihr Tarif erstattet Psychotherapie zu 80 %. Für eine Verlängerung benötigen wir
rechtzeitig einen kurzen Fortführungsbericht Ihrer Therapeutin.

Wir wünschen Ihnen alles Gute.

""" + sig("vollmer") + "\n\n" + footer(KRANKEN))


# --- 0061 -------------------------------------------------------------------
@mail("NORMAL", "mixed", "internal",
      "German/English reminder on Solvency II QRT deadlines; no personal data at all")
def _():
    return build("aydin", ["Reporting Team <reporting@weserbogen.example>", "Rechnungswesen <rewe@weserbogen.example>"],
        "QRT Q4/2025 – Deadlines / Fristen",
        """Hi all,

kurze Erinnerung, da einige Zulieferungen noch fehlen:

- S.02.01 Balance sheet: final numbers from Rechnungswesen by 13 March, please
- S.12.01 Life technical provisions: Aktuariat liefert bis 16.03.
- S.19.01 Non-life triangles: still waiting for the motor data from Schaden Kfz
- Submission to the supervisor via the reporting platform: 7 April (hard deadline)

Bitte Abweichungen > 5 % zum Vorquartal kurz kommentieren, otherwise the validation
rules will flag them anyway.

Danke & cheers
Selin
""")


# --- 0062 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "sanctions screening hit on a named customer with date of birth, nationality and policy (no health)")
def _():
    return build("roth", [who("frerichs"), "Compliance <compliance@weserbogen.example>"],
        "Sanctions screening: potential match – policy HR 72-5540118",
        """Jan, compliance team,

the nightly screening run flagged a potential match:

  Customer:      Aleksandr Petrenko, born 3 August 1977, nationality UA/CY
  Address:       Bahnhofstraße 41, 31582 Nienburg
  Contracts:     household HR 72-5540118, personal liability PH 81-2240611
  List entry:    EU consolidated list, "Aleksandr PETRENKO", born 1977, Russian national
  Match score:   82 %

Date of birth (day and month) and nationality do not match. I tend to close this as a
false positive, but please check the copy of the passport in the onboarding file before
we release the pending claims payment of EUR 740.

Thanks,
Katharina

Dr. Katharina Roth
Legal Department / Sanctions Officer
""", cte="quoted-printable")


# --- 0063 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "forwarded hospital mail (attached .eml): named patient's appendectomy, lab values and invoice")
def _():
    orig = inner("Billing Department <billing@algarvemedical.example>",
                 "international-health@weserbogen.example",
                 "Invoice 2026/0412 - patient Julian Rademacher",
                 "Mon, 09 Mar 2026 11:20:44 +0000",
                 """Dear Sir/Madam,

please find our invoice for the treatment of your insured Mr Julian Rademacher
(DOB 19/04/1995, policy RK 7719 5023):

  05/03  Emergency admission, abdominal pain, CRP 148 mg/l, leukocytes 16.2
  05/03  Laparoscopic appendectomy (acute phlegmonous appendicitis, K35.8)
  05-07/03  Ward, IV antibiotics (ceftriaxone, metronidazole)
  Total: EUR 6,870.00

Bank details: Algarve Medical Centre Lda, IBAN """ + IBAN("003500970000123456789", cc="PT", grouped=True) + """

Kind regards
Billing Department
""", "<inv-20260309-0412@algarvemedical.example>")
    return build("schuster", who("vollmer"),
        "Fwd: Invoice 2026/0412 - patient Julian Rademacher",
        """Kathrin,

could your team pay this one? Cost guarantee was given on 5 March (RKV-26-00779), amount
matches. Original invoice is attached as received.

Thanks
Laura
""", atts=[A("Invoice 2026-0412.eml", orig, ctype="message/rfc822")])


# --- 0064 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: invitation to a broker event with ICS; agenda mentions BU health questions and care levels only")
def _():
    cal = ics("maklertag-2026@weserbogen.example", "20260423T093000", "20260423T163000",
              "Weserbogen Maklertag 2026", "Kulturwerk Nienburg, Mühlenstraße 1",
              "Agenda: BU Komfort 2026, Pflege-Bahr, Gewerbe-Cyber, Abendessen ab 17 Uhr.",
              organizer="maklerbetreuung@weserbogen.example")
    return build("brandt", ["Andrea Schreiber <a.schreiber@finanzkontor-schreiber.example>",
                            "Okan Özdemir <oezdemir@oezdemir-lang.example>"],
        "Einladung Maklertag 23. April 2026",
        """Liebe Frau Schreiber, lieber Herr Özdemir,

wir würden uns freuen, Sie zu unserem Maklertag am 23. April in Nienburg begrüßen zu dürfen.

Programm (Auszug):
  09:30  Ankommen, Kaffee
  10:00  BU Komfort 2026 – was ist neu bei den Gesundheitsfragen?
  11:30  Pflege: Versorgungslücken im Pflegegrad 2–5 und wie man sie erklärt
  14:00  Cyber für Handwerksbetriebe – Praxisfälle
  17:00  Abendessen im Kulturwerk

Die Einladung liegt als Kalendertermin bei. Bitte geben Sie uns bis 03.04. Bescheid.

Herzliche Grüße
Christoph Brandt
Maklerbetreuung Nord
""", atts=[A("Maklertag_2026.ics", cal, params={"method": "REQUEST"})])


# --- 0065 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage to a named homeowner's roof: policy, insured address, assessor appointment (ICS attached)")
def _():
    cal = ics("sv-termin-S-26-043340@weserbogen.example", "20260313T100000", "20260313T110000",
              "Besichtigung Sturmschaden – Familie Ruhnke", "Ziegeleiweg 5, 31623 Drakenburg",
              "Schaden S-26-043340, WG 90-1120774. Sachverständiger: Herr Hartwig.",
              organizer="sabine.lorenz@weserbogen.example", attendees=["k.ruhnke@tonline-mail.example"])
    return build("lorenz", "Klaus Ruhnke <k.ruhnke@tonline-mail.example>",
        "Sturmschaden vom 28.02. – Termin mit dem Sachverständigen",
        """Sehr geehrter Herr Ruhnke,

zu Ihrem Sturmschaden am Dach (Wohngebäudeversicherung WG 90-1120774, Schaden
S-26-043340) haben wir den Sachverständigen Herrn Hartwig beauftragt. Er kommt am

     Freitag, 13.03.2026, 10:00 Uhr, Ziegeleiweg 5, Drakenburg.

Den Termin finden Sie im Anhang. Bitte halten Sie die Rechnung des Dachdeckers für die
Notabdeckung bereit; die Kosten dafür (1.240,00 EUR) sind bereits freigegeben.

""" + sig("lorenz") + "\n\n" + footer(), atts=[A("Termin_Sachverstaendiger.ics", cal)], hdrs={"Date": "Tue, 10 Mar 2026 09:12:44 +0100"})


# --- 0066 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health-insurance premium arrears: named customer switched to the emergency tariff (Notlagentarif) – health contract")
def _():
    return build("grube", "Rainer Osmers <rainer.osmers@mailfix.example>",
        "Ihre Krankenversicherung KV 4471 1187 60 – Ruhen der Leistungen",
        """Sehr geehrter Herr Osmers,

trotz unserer Mahnungen vom 12.12.2025 und 15.01.2026 sind die Beiträge für Ihre
Krankheitskostenvollversicherung seit Oktober 2025 offen (Rückstand 2.611,80 EUR zzgl.
Säumniszuschlägen von 104,00 EUR).

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag daher ab 01.03.2026, und Sie werden im
Notlagentarif NLT geführt. Dort erstatten wir nur noch Aufwendungen für die Behandlung
akuter Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft.
Der Beitrag im Notlagentarif beträgt 118,40 EUR monatlich.

Sobald alle Rückstände ausgeglichen sind, setzen wir Ihren ursprünglichen Tarif fort.
Eine Ratenzahlung ist möglich – rufen Sie mich gern an.

""" + sig("grube") + "\n\n" + footer(KRANKEN), mailer="system")


# --- 0067 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: treaty renewal terms with the reinsurer (pandemic exclusion, aggregate loss ratios); no person")
def _():
    return build("sommer", "Katja Lindqvist <katja.lindqvist@nordicre.example>",
        "RE: 2026 renewal – property cat XL and accident quota share",
        """Katja,

thanks for the call. Summary of where we landed:

Property cat XL: EUR 60 m xs 15 m, rate on line 7.9 % (-0.4 pts), reinstatement 1 @ 100 %.
Accident quota share: 30 % cession, commission 32.5 % + sliding scale, loss corridor
65-75 %. The communicable-disease / pandemic exclusion stays as in 2025; we accept your
wording LMA 5393 for the property layers.

For your files: accident loss ratio 2023-2025 was 58 / 61 / 63 %, large losses above
EUR 500k: 4 in three years (all motor-related, paraplegia or severe brain injury).

I'll send the signed slips by Friday.

Henrik

> From: Katja Lindqvist
> Sent: Tuesday, 10 March 2026 16:05
> Can you confirm the final terms in writing? Our board meets on the 19th.
""", flowed=True, cte="8bit", mailer="tb")


# --- 0068 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "e-bike theft claim of a named customer: frame number, purchase price, policy and police reference")
def _():
    return build("lorenz", "Aiko Tanaka <aiko.tanaka@quickmail.example>",
        "Your e-bike theft claim S-26-043512",
        """Dear Ms Tanaka,

we're sorry to hear your e-bike was stolen from the bicycle stand at Nienburg station on
2 March. To settle the claim under your household policy HR 72-5529103 (bicycle theft
cover up to EUR 3,000), we still need:

  1. the purchase invoice for the Cube Kathmandu Hybrid (frame no. WSBC602113870R),
     which you mentioned cost EUR 2,849
  2. the key of the lock (or a photo of both keys)
  3. the police report number - you gave us "NI-2603-0077", but the police say this
     number belongs to another case; could you check it?

Once we have these, we'll usually pay within a week.

""" + sig("lorenz", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0069 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "group accident insurance: employer informed about a named employee's work accident, amputation of a finger, benefit")
def _():
    return build("becker", "Personalabteilung Kettler Maschinenbau <personal@kettler-maschinenbau.example>",
        "Gruppenunfallversicherung GU 55-9001 – Unfall Herr Ömer Kaya",
        """Sehr geehrte Frau Lübbers,

zum Unfall Ihres Mitarbeiters Herrn Ömer Kaya am 16.01.2026 (Quetschverletzung an der
Stanzpresse, Halle 3) liegt uns nun der Entlassungsbericht vor: Teilamputation des
rechten Zeigefingers im Mittelgelenk (S68.1), Strecksehnenverletzung Mittelfinger.

Aus der Gruppenunfallversicherung zahlen wir vorab:
  - Krankenhaustagegeld 8 Tage x 20 EUR       160,00 EUR
  - Vorschuss auf die Invaliditätsleistung   5.000,00 EUR
    (Zeigefinger nach Gliedertaxe: 10 %, Versicherungssumme 100.000 EUR, Progression 225 %)

Da die Leistung aus dem Gruppenvertrag Herrn Kaya persönlich zusteht, überweisen wir an
ihn direkt; bitte lassen Sie uns seine Zustimmung zur Auszahlung zukommen (Formular U-12).

""" + sig("becker") + "\n\n" + footer())


# --- 0070 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: job posting for a nurse / care consultant with health vocabulary; no applicant data")
def _():
    return build("hoffmann", "Intranet-Redaktion <intranet@weserbogen.example>",
        "Bitte veröffentlichen: Stellenausschreibung Pflegeberater/in (m/w/d)",
        """Hallo liebe Redaktion,

bitte folgende Ausschreibung ab Montag ins Intranet und auf die Karriereseite stellen
(Kennziffer 2026-019):

Pflegeberater/in (m/w/d) für unsere Pflegeversicherung – Vollzeit, unbefristet

Ihre Aufgaben:
- Sie beraten Versicherte und Angehörige nach § 7a SGB XI zu Pflegegraden, Hilfsmitteln
  und Entlastungsangeboten – telefonisch und bei Hausbesuchen im Raum Nienburg/Verden
- Sie unterstützen bei der Auswahl von Pflegediensten und Reha-Maßnahmen nach Schlaganfall,
  Demenz oder Unfall
Ihr Profil:
- abgeschlossene Ausbildung als Pflegefachkraft, gern mit Weiterbildung Case Management
- Führerschein Klasse B
Wir bieten: 38-Stunden-Woche, Dienstwagen, bAV mit 20 % Arbeitgeberzuschuss

Bewerbungen an karriere@weserbogen.example.

Danke und Gruß
Melanie
""")


# --- 0071 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: named customer's speeding fine (administrative offence), points, plate")
def _():
    return build("ortmann", "Florian Hasselmann <f.hasselmann@web-post.example>",
        "Rechtsschutz Verkehr – Bußgeldbescheid vom 23.02.2026",
        """Guten Tag Herr Hasselmann,

danke für die Zusendung des Bußgeldbescheids des Landkreises Nienburg. Ihnen wird
vorgeworfen, am 04.02.2026 auf der B 6 bei Balge mit Ihrem Pkw NI-FH 55 die zulässige
Höchstgeschwindigkeit außerorts um 31 km/h überschritten zu haben (Geldbuße 260 EUR,
2 Punkte, 1 Monat Fahrverbot).

Ihr Verkehrsrechtsschutz (RS 88-40988) übernimmt die Kosten für den Einspruch und die
Akteneinsicht durch einen Anwalt Ihrer Wahl, einschließlich eines Sachverständigen-
gutachtens zur Messung, falls der Anwalt das für sinnvoll hält. Bitte beachten Sie die
Einspruchsfrist von zwei Wochen ab Zustellung.

Viele Grüße
Nils Ortmann
Rechtsschutz-Leistung | 05021 9870-274
""", flowed=True, cte="8bit", mailer="tb")


# --- 0072 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim: named customer's gastroenteritis in Egypt, hospital invoice, refund")
def _():
    return build("hanke", "Nadine Clausen <nadine.clausen@northmail.example>",
        "Travel health claim RK-26-01188 – Hurghada",
        """Dear Ms Clausen,

welcome back home - we hope you're feeling better.

We have processed the invoices from El Gouna International Hospital for your stay from 22
to 24 February 2026 (acute gastroenteritis with dehydration, A09.0; IV fluids, stool
culture, ondansetron). Your travel health policy RK 7719 4870 covers the full amount:

  Hospital invoice (USD 1,940 at 0.9213)    EUR 1,787.32
  Pharmacy, Hurghada                         EUR    36.80
  Taxi to hospital                           EUR    22.00
  Total refund                               EUR 1,846.12

No excess applies. The money will be in your account within three working days.

""" + sig("hanke", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0073 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: onboarding plan for a named new IT colleague (start date, laptop, trainings incl. health-data module)")
def _():
    return build("wagner", ["Ravi Shankar <ravi.shankar@weserbogen.example>", who("hoffmann")],
        "Welcome to Weserbogen – your first week",
        """Hi Ravi,

welcome aboard! Here's the plan for your first week starting Monday, 16 March:

Mon  08:30  pick up badge at reception, laptop hand-over with me (room 2.07)
     10:00  HR welcome session with Melanie (contract copy, payroll form)
Tue  09:00  mandatory e-learning: information security, data protection incl. the module
            "Health data and professional secrecy (Section 203 German Criminal Code)"
Wed         shadowing the service desk
Thu  14:00  architecture intro: KOMPASS, claims archive, SecureMail gateway
Fri  12:00  team lunch (Casino)

Your accounts are created; the initial password comes by SMS on Monday morning.

See you Monday,
Felix
""", charset="us-ascii", cte="7bit", hdrs={"Date": "Thu, 12 Mar 2026 17:05:19 +0100"})


# --- 0074 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "garnishee statement to the tax office's enforcement unit about a named customer's household claim payout")
def _():
    return build("roth", "Vollstreckungsstelle <vollstreckung@finanzamt-nienburg.example>",
        "Drittschuldnererklärung nach § 316 AO – Vollstreckungsschuldner Herr Bernd Lampe, StNr. 34/117/40218",
        """Sehr geehrte Damen und Herren,

zu Ihrer Pfändungs- und Einziehungsverfügung vom 26.02.2026 gegen Herrn Bernd Lampe,
geb. 13.06.1970, Lange Straße 8, 31582 Nienburg, erklären wir als Drittschuldnerin:

1. Wir erkennen die gepfändete Forderung als begründet an, soweit es den Anspruch aus dem
   Hausratschaden S-26-040211 (Leitungswasser) betrifft: 2.380,00 EUR.
2. Weitere Ansprüche des Schuldners gegen uns bestehen derzeit nicht.
3. Die Forderung ist nicht anderweitig gepfändet oder abgetreten.

Den Betrag überweisen wir nach Ablauf der Wochenfrist auf Ihr Konto unter Angabe der
Steuernummer.

""" + sig("roth") + "\n\n" + footer())


# --- 0075 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR: return-to-work (BEM) for a named employee after 9 weeks' sickness, herniated disc surgery")
def _():
    return build("hoffmann", ["Dr. Jens Albrecht <jens.albrecht@weserbogen.example>", "Betriebsrat <betriebsrat@weserbogen.example>"],
        "BEM Herr Matthias Kruse – Gespräch am 19.03.",
        """Hallo Herr Dr. Albrecht, liebe Kolleginnen vom Betriebsrat,

Herr Matthias Kruse (Kfz-Schaden) war seit dem 08.01. arbeitsunfähig und hat dem
BEM-Gespräch zugestimmt. Er hat uns selbst mitgeteilt, dass er im Januar an der
Lendenwirbelsäule operiert wurde (Bandscheibenvorfall L5/S1) und bis Ende April eine
Wiedereingliederung nach dem Hamburger Modell mit 4 Stunden täglich plant.

Gesprächstermin: Donnerstag, 19.03., 14:00 Uhr, Raum 0.12.
Themen: höhenverstellbarer Schreibtisch, Homeoffice-Anteil, Stufenplan.

Bitte die Informationen vertraulich behandeln; sie gehen nicht in die Personalakte,
sondern in die separate BEM-Akte.

Viele Grüße
Melanie Hoffmann
Personalabteilung
""")


# --- 0076 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: automatic acknowledgement of the service mailbox warning not to send health data unencrypted")
def _():
    return build("Weserbogen Kundenservice <service@weserbogen.example>", "marlies.hobein@tonline-mail.example",
        "Eingangsbestätigung: Ihre Nachricht an den Weserbogen Kundenservice",
        """Guten Tag,

vielen Dank für Ihre E-Mail. Wir haben sie erhalten und melden uns innerhalb von zwei
Werktagen bei Ihnen. Ihre Vorgangsnummer: SR-2026-118473.

Bitte beachten Sie: Senden Sie uns Arztrechnungen, Befunde, Rezepte oder andere
Gesundheitsdaten sowie Kontoverbindungen möglichst nicht per unverschlüsselter E-Mail.
Nutzen Sie dafür die Weserbogen-App oder das Kundenportal unter
https://portal.weserbogen.example – dort sind Ihre Daten Ende-zu-Ende geschützt.

Im Notfall auf Reisen erreichen Sie unseren 24-Stunden-Notruf unter +49 5021 9870-900.

Ihr Weserbogen Kundenservice

Dies ist eine automatisch erzeugte Nachricht.
""", mailer="crm", hdrs={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", cte="quoted-printable")


# --- 0077 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "German/English: fire damage at a sole trader's bakery, business interruption based on his stated annual profit")
def _():
    return build("engel", "James Whitfield <j.whitfield@hanserisk.example>",
        "Brandschaden Bäckerei Arslan / fire loss – BU calculation",
        """Hi James,

kurzer Zwischenstand für Ihren Kunden, Herrn Mehmet Arslan (Einzelunternehmer,
Bäckerei Arslan, Inhaber), Inhaltsversicherung IV 70-6618240:

- Fire in the bakehouse on 25 February, oven and proofing cabinet destroyed
- Sachschaden laut Sachverständigem: 68.400 EUR (Neuwert), Abschlag 48.000 EUR paid today
- Business interruption: Herr Arslan hat uns seinen Steuerbescheid 2024 gegeben, Gewinn
  aus Gewerbebetrieb 61.230 EUR; we calculate the daily loss on that basis for an
  expected closure of 6 weeks → approx. 7.060 EUR plus continuing costs (rent, two
  employees' wages)

Can you ask him for the BWA January/February 2026? Then we can pay the BI part too.

Gruß / best
Markus Engel
Schaden Gewerbe / Commercial Claims

""" + footer(), cte="8bit")


# --- 0078 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "underwriting discussion: named applicant disclosed a BRCA2 mutation and preventive mastectomy (genetic + health data)")
def _():
    return build("petrova", [who("albrecht"), who("roth")],
        "Application LV-A-26-01942 (Ms Katrin Oelkers) – genetic test result disclosed",
        """Jens, Katharina,

need your views on this one before I decide:

Ms Katrin Oelkers (39), term life EUR 250,000 for a mortgage, voluntarily enclosed a genetic
test report showing a pathogenic BRCA2 variant, and states she had a bilateral
prophylactic mastectomy in 2024; no cancer diagnosis so far, annual MRI of the ovaries
recommended.

My understanding: under section 18 GenDG we may not request or use the test result, as the
sum insured is below EUR 300,000. But we did not ask - she sent it. Can we use the
surgery (which is an answered health question) without using the genetic result?

Katharina - please confirm the legal position. Jens - medically, would you load the
surgery history on its own?

Elena
""", charset="us-ascii", cte="7bit")


# --- 0079 -------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: commercial cyber-risk bulletin describing ransomware at a clinic and a medical practice (anonymous cases)")
def _():
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<h2>Cyber Risk Bulletin &ndash; March 2026</h2>
<p><b>Case 1: A 120-bed clinic.</b> Ransomware encrypted the hospital information system on a
Saturday night; admissions were diverted for 4 days. Patient records were exfiltrated and
published. Costs: forensics, notification of 30,000 patients, business interruption.</p>
<p><b>Case 2: A dental practice with 6 staff.</b> A phishing e-mail disguised as an invoice
led to encrypted X-ray images and appointment data. Backups were on the same network.</p>
<h3>Three things every SME should do now</h3>
<ol><li>Offline backups, tested monthly</li><li>Multi-factor authentication for e-mail and remote access</li>
<li>An incident response plan with the phone number of our cyber hotline: +49 5021 9870-911</li></ol>
<p>Your broker or <a href="https://www.weserbogen.example/cyber">www.weserbogen.example/cyber</a> has details of our Cyber SME cover.</p>
<p style="font-size:10px">Weserbogen Allgemeine Versicherung AG &middot; Unsubscribe: https://www.weserbogen.example/nl/off</p>
</body></html>
"""
    text = """CYBER RISK BULLETIN - MARCH 2026

Case 1: A 120-bed clinic. Ransomware encrypted the hospital information system on a Saturday
night; admissions were diverted for 4 days. Patient records were exfiltrated and published.
Costs: forensics, notification of 30,000 patients, business interruption.

Case 2: A dental practice with 6 staff. A phishing e-mail disguised as an invoice led to
encrypted X-ray images and appointment data. Backups were on the same network.

Three things every SME should do now:
1. Offline backups, tested monthly
2. Multi-factor authentication for e-mail and remote access
3. An incident response plan with the number of our cyber hotline: +49 5021 9870-911

Details: https://www.weserbogen.example/cyber
Unsubscribe: https://www.weserbogen.example/nl/off
"""
    return build("Weserbogen Business <business-news@weserbogen.example>",
        "cyber-bulletin@lists.weserbogen.example", "Cyber Risk Bulletin: ransomware in healthcare - lessons for SMEs",
        body=text, html=html, mailer="nl", charset="us-ascii", cte="7bit", html_charset="utf-8",
        html_cte="quoted-printable", hdrs={"Precedence": "bulk"})


# --- 0080 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "only in the XLSX: fleet list with vehicles, plates and named drivers incl. birth dates and licence dates")
def _():
    rows = [["Kennzeichen", "Fahrzeug", "FIN", "Stammfahrer", "geb.", "Führerschein seit", "Schäden 3 J."],
            ["NI-HL 101", "Mercedes Actros 1845", "WDB9634031L771245", "Uwe Dannemann", "07.11.1966", "1985", 0],
            ["NI-HL 102", "Mercedes Actros 1845", "WDB9634031L771246", "Sergej Wolf", "30.03.1979", "1998", 1],
            ["NI-HL 110", "MAN TGL 12.220", "WMAN08ZZ9KY384010", "Dominik Harms", "15.08.1992", "2011", 0],
            ["NI-HL 120", "VW Crafter", "WV1ZZZSYZM9011842", "Patricia Lohmann", "02.01.1988", "2006", 2],
            ["NI-HL 7", "Audi A6 Avant", "WAUZZZF29PN004419", "Claudia Heider", "21.09.1971", "1989", 0]]
    x = xlsx([("Flotte 2026", rows)], title="Flottenliste Heider Logistik")
    return build("kraemer", "Fuhrparkleitung Heider <fuhrpark@heider-logistik.example>",
        "Flottenvertrag KF 65-0004411 – Fahrerliste für die Verlängerung",
        """Hallo Herr Nordmann,

für die Verlängerung des Flottenvertrags zum 01.05. habe ich die Fahrzeug- und Fahrerliste
aus unserem System angehängt. Bitte prüfen Sie die Stammfahrer und ergänzen Sie die beiden
neuen Sprinter, die Sie im April zulassen wollen.

Die Schadenquote 2023–2025 liegt bei 54 %, der Beitrag bleibt daher unverändert.

""" + sig("kraemer") + "\n\n" + footer(), atts=[A("Flotte_Heider_2026.xlsx", x)])

# --- 0081 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: team mail about a colleague's birthday breakfast and a colleague being away (no reason given)")
def _():
    return build("grube", "team-forderungsmanagement@weserbogen.example",
        "Freitag: Frühstück für Thomas' Geburtstag 🎂",
        """Moin zusammen,

ja, ich weiß, ich schreibe das selbst 😄 – aber am Freitag gebe ich ab 9 Uhr in der
Teeküche ein Frühstück aus. Brötchen und Mett sind bestellt, für die Vegetarier gibt's
Frischkäse und Obst.

Ulrike ist am Freitag nicht im Haus, für sie stellen wir was zur Seite.

Bis Freitag
Thomas
""", cte="8bit", mailer="ios")


# --- 0082 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health plan: named member's pregnancy, planned caesarean and newborn cover")
def _():
    return build("schuster", "Chloé Martin-Weber <chloe.martin@boitemail.example>",
        "Your maternity cover – member IH-211407",
        """Dear Ms Martin-Weber,

congratulations on your pregnancy! Thank you for the letter from Dr Hollmann. We can
confirm the following under your Expat Health plan (Platinum, member no. IH-211407):

- antenatal care and ultrasound scans: covered in full (no waiting period applies, as your
  plan started more than 10 months before the expected delivery date of 30 June 2026)
- the planned caesarean section at St. Annen-Krankenhaus because of the placenta praevia
  noted at 20 weeks: covered in full, including a private room
- your gestational diabetes consultations and blood glucose test strips: covered as
  outpatient treatment

Your baby can be added to your plan from birth without health questions if you tell us
within two months of the birth.

Wishing you all the best,

""" + sig("schuster", "en") + "\n\n" + footer(KRANKEN, "en"))


# --- 0083 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "home insurance renewal for a named UK expat, with date of birth, insured address and premium")
def _():
    return build("wolff", "Graham Pollard <g.pollard@britmail.example>",
        "Renewal of your home contents policy HR 72-5502218",
        """Dear Mr Pollard,

your home contents insurance renews on 1 April 2026. Our records show:

  Policyholder:       Graham Pollard, date of birth 19 January 1958
  Insured address:    Am Mühlenbach 3, 31634 Steimbke
  Sum insured:        EUR 85,000 (living area 130 sq m, underinsurance waiver)
  Annual premium:     EUR 142.60 (was EUR 136.10; index adjustment +4.8 %)

If your details have changed - for example if you have installed a burglar alarm or
moved - please let us know before the renewal date. Nothing else needs to be done;
we will collect the premium by direct debit as usual.

""" + sig("wolff", "en") + "\n\n" + footer(ALLG, "en"), charset="iso-8859-1", cte="quoted-printable")


# --- 0084 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-authority",
      "trap: answer to the data-protection authority's survey with aggregate breach figures (health data, misdirected mail), no person")
def _():
    return build("kuehn", "Referat 3 <poststelle@lfd-niedersachsen.example>",
        "Ihre Umfrage zu Datenschutzverletzungen in der Versicherungswirtschaft (Az. 3.2-1187/26)",
        """Sehr geehrte Damen und Herren,

zu Ihrer Umfrage vom 16.02.2026 übermitteln wir für die Weserbogen Versicherungsgruppe
folgende Zahlen für das Jahr 2025:

  Meldungen nach Art. 33 DSGVO insgesamt:                          9
  davon Fehlversand von Post/E-Mail mit Gesundheitsdaten:          5
  davon Fehlversand mit Bankdaten:                                  2
  davon Verlust eines Datenträgers / Geräts:                        1
  davon Cyberangriff (abgewehrt, kein Datenabfluss):                1
  Benachrichtigungen Betroffener nach Art. 34 DSGVO:                3

Als Maßnahmen haben wir 2025 die Ende-zu-Ende-Verschlüsselung für Leistungsmails
eingeführt und den Adressvorschlag in Outlook für externe Empfänger abgeschaltet.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Petra Kühn
Datenschutzbeauftragte der Weserbogen Versicherungsgruppe

""" + footer())


# --- 0085 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "to a dentist: review of a named patient's treatment plan (implants, GOZ positions, periodontitis)")
def _():
    return build("vollmer", "Zahnarztpraxis Dr. Imke Feldhus <praxis@zahnarzt-feldhus.example>",
        "Heil- und Kostenplan vom 24.02.2026 – Patient Herr Wilfried Bode",
        """Sehr geehrte Frau Dr. Feldhus,

Ihr Patient Herr Wilfried Bode (geb. 05.02.1955, bei uns versichert im Tarif ZahnPlus 90)
hat uns Ihren Heil- und Kostenplan über 11.480,25 EUR zur Prüfung eingereicht:
zwei Implantate regio 36 und 46 (GOZ 9010, 9040), Knochenaufbau (9100), implantatgetragene
Kronen, sowie eine vorausgehende systematische Parodontitistherapie (Stadium III, Grad B).

Rückfragen unseres zahnärztlichen Beraters:
1. Die Röntgenaufnahme zeigt an 47 eine apikale Aufhellung – ist eine Behandlung geplant?
2. Der 3,5-fache Satz bei GOZ 9010 ist mit "erschwerter Knochenqualität" begründet;
   bitte ergänzen Sie, worin die Erschwernis im Einzelfall liegt.

Die Einwilligung von Herrn Bode zur Auskunft liegt uns vor. Vielen Dank!

""" + sig("vollmer") + "\n\n" + footer(KRANKEN), charset="windows-1252", cte="8bit")


# --- 0086 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: framework agreement on direct billing with a hospital group (processes, DRG, fees), no patient")
def _():
    return build("schuster", "Contracting <contracting@nordklinik-gruppe.example>",
        "Direct billing agreement – open points before signature",
        """Dear Dr Albers,

thank you for the revised draft of the direct billing agreement. From our side only three
points remain open:

1. Section 4.2: cost guarantees for elective admissions within 2 working days; emergency
   admissions to be notified within 24 hours. We can accept this.
2. Section 6: invoices per DRG with the OPS codes and the discharge letter attached
   electronically via the KV-DTA interface - please confirm your IT can send the
   attachment in PDF/A.
3. Annex 2: room surcharges for single/twin rooms per your 2026 price list. We propose
   a cap of 3.5 % annual increase.

Medical data will only be transmitted via the encrypted interface, never by e-mail;
section 9 (data protection) is fine as drafted.

Could we close this in a call next Tuesday?

""" + sig("schuster", "en") + "\n\n" + footer(KRANKEN, "en"))


# --- 0087 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "only in the quoted customer mail: new IBAN and account holder for a motor contract; reply says 'erledigt'")
def _():
    ib = IBAN("28050100", "0070431188")
    return build("wolff", "Heiko Dammann <heiko.dammann@mailfix.example>",
        "AW: neue Bankverbindung",
        f"""Hallo Herr Dammann,

erledigt, ab der nächsten Abbuchung nehmen wir das neue Konto.

Viele Grüße
Jana Wolff

Am 05.03.2026 um 18:31 schrieb Heiko Dammann:
> Hallo,
> bitte ab sofort den Beitrag für meine Autoversicherung KH 60-2291020 von meinem neuen
> Konto abbuchen:
> {ib}, Kontoinhaber Heiko Dammann, Sparkasse.
> Das alte Konto bei der Volksbank wird zum 31.03. aufgelöst.
> Gruß H. Dammann
""", flowed=True, cte="8bit", mailer="tb")


# --- 0088 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal registration mail with a one-time password; no contract or personal data")
def _():
    return build("Weserbogen Kundenportal <no-reply@weserbogen.example>", "a.kuhlenkamp@netzpost.example",
        "Ihre Registrierung im Kundenportal – Ihr Einmal-Passwort",
        """Willkommen im Weserbogen-Kundenportal!

Ihr Einmal-Passwort lautet:   7QX-4KD-92M

Es ist 72 Stunden gültig. Bitte melden Sie sich unter https://portal.weserbogen.example/start
an, vergeben Sie ein eigenes Passwort und wählen Sie eine Sicherheitsfrage.

Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte; ohne Anmeldung
wird der Zugang nach 72 Stunden gelöscht.

Ihr Weserbogen-Team
""", mailer="system", cte="base64", hdrs={"Auto-Submitted": "auto-generated"})


# --- 0089 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life policy loan for a named policyholder: surrender value, loan amount, interest (personal line, no medical word)")
def _():
    return build("seidel", "Henning Rüter <henning.rueter@kabelmail.example>",
        "Ihr Policendarlehen zur Rentenversicherung RV 33.070.918",
        """Sehr geehrter Herr Rüter,

wie gewünscht gewähren wir Ihnen ein Policendarlehen auf Ihre private Rentenversicherung
RV 33.070.918:

  Rückkaufswert zum 01.03.2026:     27.418,40 EUR
  Darlehensbetrag:                  15.000,00 EUR
  Zinssatz:                         3,9 % p. a., vierteljährlich nachschüssig
  Laufzeit:                         bis spätestens Rentenbeginn 01.09.2038

Die Auszahlung erfolgt auf Ihr Beitragskonto. Sie können das Darlehen jederzeit ganz
oder teilweise zurückzahlen. Bis zur Rückzahlung ist der Vertrag an uns abgetreten;
eine Kündigung oder Beitragsfreistellung ist in dieser Zeit nur nach Verrechnung möglich.

""" + sig("seidel") + "\n\n" + footer(LEBEN))


# --- 0090 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: HTML-only claims KPI dashboard (turnaround by line incl. health, disability), aggregates only")
def _():
    html = """<html><body style="font-family:Arial;font-size:12px">
<p>Good morning,</p>
<p>here is the weekly claims KPI snapshot (week 11/2026).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Line</th><th>New claims</th><th>Closed</th><th>Median days to decision</th><th>Target</th></tr>
<tr><td>Health outpatient</td><td>9,412</td><td>9,880</td><td>2.1</td><td>3</td></tr>
<tr><td>Health inpatient</td><td>611</td><td>574</td><td>6.4</td><td>5</td></tr>
<tr><td>Disability (BU)</td><td>14</td><td>11</td><td>96</td><td>90</td></tr>
<tr><td>Accident</td><td>88</td><td>92</td><td>18</td><td>21</td></tr>
<tr><td>Motor</td><td>1,204</td><td>1,166</td><td>9.5</td><td>10</td></tr>
<tr><td>Property</td><td>742</td><td>690</td><td>12.0</td><td>14</td></tr>
</table>
<p>Inpatient is above target because of two sick days in the team and the flu season peak.
BU: three files are waiting for external medical reports &gt; 60 days.</p>
<p>Regards,<br>Claims Controlling</p>
</body></html>
"""
    return build("Claims Controlling <claims-controlling@weserbogen.example>",
        "claims-management@weserbogen.example", "Claims KPI week 11/2026", html=html,
        charset="us-ascii", cte="7bit", mailer="system")


# --- 0091 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental-car excess refund (travel, no health): named customer, rental agreement, damage, IBAN")
def _():
    ib = IBAN("10020890", "0622419970")
    return build("hanke", "Markus Feldmann <markus.feldmann@quickmail.example>",
        "Rental car excess claim RE-26-00231 – refund",
        f"""Hello Mr Feldmann,

good news: we are refunding the excess the rental company charged you after the parking
damage in Faro (rental agreement no. 771-204418, 11 February 2026):

  Excess charged by the rental company:   EUR 950.00
  Refund under policy RR 66-151180:      EUR 950.00

Transfer to: {ib} (account holder Markus Feldmann).

Thanks for sending the damage report and the credit card statement so quickly.

Best regards
Birgit Hanke
Travel Insurance Service
""", mailer="crm")


# --- 0092 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "underwriting decision sent to a broker: named client's disability cover with exclusion for her back condition")
def _():
    return build("petrova", "James Whitfield <j.whitfield@hanserisk.example>",
        "Underwriting decision – Ms Rebecca Thornton, application BU-A-26-00817",
        """Dear James,

we have completed the assessment for your client Ms Rebecca Thornton (architect, born
1990). Based on the orthopaedic report from Dr Kallweit:

  - recurrent lumbar pain with disc protrusion L4/5 (M51.2), physiotherapy in 2024/2025
  - no neurological deficit, no time off work in the last 12 months

we can offer the disability cover at standard rates with the following exclusion:
"Disability caused by disorders of the lumbar spine, including their consequences, is not
covered." The exclusion can be reviewed on request after three years without symptoms.

The offer is valid for 6 weeks. Please let us know whether your client accepts.

""" + sig("petrova", "en") + "\n\n" + footer(LEBEN, "en"))


# --- 0093 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: facility management: water leak in the archive holding health and life claims files; no file content")
def _():
    return build("pohl", "Störungsannahme <stoerung@gebaeudetechnik-weser.example>",
        "DRINGEND: Wasseraustritt Archiv UG (Leistungsakten)",
        """Hallo Herr Meyerholz,

im Archiv im UG (Raum U.03) tropft seit heute Nacht Wasser aus der Heizungsleitung an der
Decke. Darunter stehen die Rollregale mit den Papier-Leistungsakten der Kranken- und
Lebensversicherung (Jahrgänge 2016–2019).

Wir haben die betroffenen Regale abgedeckt und zwei Meter geräumt. Bitte schicken Sie
heute noch jemanden; der Zugang geht nur mit Begleitung durch unseren Hausdienst
(Herr Cordes, Tel. -057), weil es sich um einen Sicherheitsbereich handelt.

Danke!
Oliver Pohl
Einkauf / Facility
""", hdrs={"Importance": "high"})


# --- 0094 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "builder's liability confirmation for a named private builder with address of the site and policy number")
def _():
    return build("kraemer", "Stefanie und Jan Gehrmann <familie.gehrmann@web-post.example>",
        "Versicherungsbestätigung Bauherrenhaftpflicht für Ihre Bank",
        """Sehr geehrte Frau Gehrmann, sehr geehrter Herr Gehrmann,

wie gewünscht bestätigen wir für Ihre finanzierende Bank:

  Versicherungsnehmer:   Stefanie Gehrmann und Jan Gehrmann
  Bauvorhaben:           Neubau Einfamilienhaus, Am Sonnenhang 14, 31628 Landesbergen
  Vertrag:               BH 83-0041172, Bauherrenhaftpflicht
  Bausumme:              395.000 EUR
  Deckungssumme:         10 Mio. EUR pauschal für Personen- und Sachschäden
  Laufzeit:              01.03.2026 bis Bauende, längstens 28.02.2028

Ihre Feuerrohbauversicherung ist in der Wohngebäudeversicherung WG 90-1131208 beitragsfrei
eingeschlossen. Die Bestätigung hängt zusätzlich als PDF im Kundenportal.

""" + sig("kraemer") + "\n\n" + footer())


# --- 0095 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "attachment-only (ODT): funeral-expense life policy of a named customer with her religious burial wishes")
def _():
    o = odt([("h", "Bestattungsvorsorge – Ergänzung zum Vertrag SG 36.004.271"),
             "Versicherte Person: Frau Hatice Yıldırım, geb. 01.07.1952, Fischerstraße 10, 31582 Nienburg",
             "Sterbegeldversicherung, Versicherungssumme 8.000 EUR, Bezugsberechtigt: Sohn Kemal Yıldırım",
             "Bestattungswünsche der versicherten Person:",
             "Bestattung nach islamischem Ritus innerhalb von 24 Stunden, rituelle Waschung durch die "
             "DITIB-Gemeinde Nienburg, Überführung in die Türkei (Heimatort Kayseri) gewünscht.",
             "Die Überführungskosten sind im Vertrag bis 4.000 EUR zusätzlich eingeschlossen."],
            title="Bestattungsvorsorge")
    return build("seidel", "Kemal Yildirim <kemal.yildirim@netzpost.example>",
        "Unterlagen zum Vertrag Ihrer Mutter",
        """Hallo Herr Yildirim,

wie besprochen die Ergänzung zum Vertrag Ihrer Mutter als Dokument im Anhang. Bitte lassen
Sie sie von Ihrer Mutter unterschreiben und schicken Sie uns das Original zurück.

Freundliche Grüße
Anja Seidel
Vertragsservice Leben
""", atts=[A("Ergaenzung_SG36004271.odt", o)])


# --- 0096 -------------------------------------------------------------------
@mail("NORMAL", "mixed", "newsletter",
      "trap: bilingual staff newsletter (health day, new colleagues, canteen), no personal data beyond names and roles")
def _():
    return build("Weserbogen Inside <inside@weserbogen.example>", "alle-mitarbeitenden@weserbogen.example",
        "Weserbogen Inside 03/2026",
        """WESERBOGEN INSIDE – März / March 2026

1. Gesundheitstag / Health day
Über 280 Kolleginnen und Kollegen haben sich am 12.03. gegen Grippe impfen lassen –
danke! More than 280 of you got their flu jab. The back-training videos are on the intranet.

2. Neue Kolleginnen und Kollegen / New colleagues
Ravi Shankar (IT), Maren Tiedemann (Sachschaden, ab 01.06.), Dr. Lisa Krohne (Beratungsärztin
Leben) – herzlich willkommen! A warm welcome!

3. Kantine / Canteen
Ab April gibt es täglich ein veganes Gericht. From April: a vegan dish every day.

4. Spendenaktion / Charity run
Beim Weserlauf am 26.04. laufen wir für die Kinderkrebshilfe Nienburg. Join the team:
laufen@weserbogen.example

Redaktion: Svenja Martens, Unternehmenskommunikation
""", cte="quoted-printable", mailer="nl")


# --- 0097 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "only in the ODS: list of returned direct debits (property/motor) with customer names, IBANs and amounts")
def _():
    rows = [["Datum", "Vertrag", "Name", "IBAN", "Betrag", "Rückgabegrund"],
            ["02.03.2026", "KH 60-2280314", "Kevin Lüders", IBAN("25050180", "1900473312"), 214.60, "AC04 Konto ungedeckt"],
            ["02.03.2026", "HR 72-5509918", "Doris Kampe", IBAN("25651325", "0007733021"), 38.90, "MD06 Widerspruch"],
            ["03.03.2026", "PH 81-2231104", "Artur Nowak", IBAN("25691633", "0099012446"), 74.90, "AC01 IBAN fehlerhaft"],
            ["04.03.2026", "WG 90-1117760", "Heinz-Jürgen Meier", IBAN("25069270", "0022781150"), 488.00, "MS03 sonstige"]]
    o = ods([("Rücklastschriften KW 10", rows)], title="Rücklastschriften")
    return build("grube", "Team Inkasso <inkasso@weserbogen.example>",
        "Rücklastschriften KW 10 – bitte Mahnläufe prüfen",
        """Hallo Team,

anbei die Rückläufer der KW 10. Bei Frau Kampe bitte nicht mahnen – sie hat angerufen,
der Widerspruch war ein Versehen, sie überweist selbst.

Thomas
""", atts=[A("Ruecklastschriften_KW10.ods", o)], hdrs={"Date": "Mon, 09 Mar 2026 08:03:57 +0100"})


# --- 0098 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "only in the XLSX: large disability claim notification to the reinsurer with named claimant, diagnosis, benefit")
def _():
    rows = [["Treaty", "Claim no.", "Insured", "DOB", "Occupation", "Diagnosis", "ICD-10", "Monthly benefit EUR", "Reserve EUR"],
            ["DI QS 2024", "BU-L-26-0009", "Frederik Hollmann", "1982-03-14", "Surgeon", "Multiple sclerosis, relapsing-remitting", "G35.1", 6000, 1312000],
            ["DI QS 2024", "BU-L-26-0011", "Svetlana Kraus", "1977-10-02", "Lawyer", "Breast cancer, post-chemotherapy fatigue", "C50.4", 4500, 598000]]
    x = xlsx([("Large claims", rows)], title="Large claims notification")
    return build("sommer", "DI Claims <di.claims@nordicre.example>",
        "DI QS – notification of two large claims (Q1)",
        """Hello team,

as per clause 11 of the treaty, please find attached the notification of two claims whose
reserve exceeds EUR 500,000. Medical reports are available on request via the secure
exchange.

Henrik
""", atts=[A("DI_large_claims_Q1_2026.xlsx", x)])


# --- 0099 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "grey: invoice query to a supplier company quoting the company's own IBAN (GmbH account, no natural person)")
def _():
    ib = IBAN("20050550", "1388220417")
    return build("Accounts Payable <kreditoren@weserbogen.example>", "billing@clouddesk-solutions.example",
        "Invoice CD-2026-0311 – bank details differ from contract",
        f"""Dear Sir or Madam,

we received your invoice CD-2026-0311 (EUR 14,280.00, helpdesk licences March) with the bank
details {ib}. The account stored in our supplier master data is different.

For security reasons we do not change supplier bank details based on an invoice. Please
confirm the new account in a letter signed by your managing director and sent by post, or
call your account manager at Weserbogen procurement (+49 5021 9870-055).

Payment will be made once the bank details are verified.

Kind regards
Accounts Payable
Weserbogen Allgemeine Versicherung AG
""", charset="us-ascii", cte="7bit")


# --- 0100 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: DPIA (DSFA) draft in DOCX for OCR of dental invoices – describes health-data risks, no real data")
def _():
    d = docx([("h", "Datenschutz-Folgenabschätzung: OCR-Erkennung von Zahnarztrechnungen"),
              "Verantwortlich: Weserbogen Krankenversicherung AG, Fachbereich Leistung",
              "1. Beschreibung: Eingereichte Zahnarztrechnungen und Heil- und Kostenpläne werden per KI-gestützter "
              "Texterkennung ausgelesen (GOZ-Ziffern, Zahnschema, Steigerungsfaktoren, Diagnosen).",
              "2. Daten: Gesundheitsdaten nach Art. 9 DSGVO, Name, Versichertennummer, Bankverbindung der Praxis.",
              "3. Risiken: Fehlerkennung führt zu falscher Erstattung; Zugriff des Dienstleisters; Training des "
              "Modells mit Echtdaten.",
              ("table", [["Risiko", "Eintritt", "Schwere", "Maßnahme"],
                         ["Fehlerkennung", "mittel", "gering", "Vier-Augen bei > 1.000 EUR"],
                         ["Zugriff Dienstleister", "gering", "hoch", "Hosting in DE, AVV, Verschlüsselung"],
                         ["Training mit Echtdaten", "mittel", "hoch", "vertraglich ausgeschlossen, nur synthetische Belege"]]),
              "4. Ergebnis: Restrisiko vertretbar, Konsultation der Aufsichtsbehörde nicht erforderlich."],
             title="DSFA OCR Zahn", author="Datenschutz")
    return build("kuehn", [who("vollmer"), who("wagner")],
        "DSFA OCR Zahnrechnungen – Entwurf zur Abstimmung",
        """Hallo Frau Vollmer, hallo Felix,

anbei mein Entwurf der DSFA für das OCR-Projekt. Bitte prüft v. a. Abschnitt 3 (Risiken) –
stimmt es, dass der Dienstleister ausschließlich mit synthetischen Belegen trainiert?

Rückmeldung bis 03.04. wäre super.

Petra
""", atts=[A("DSFA_OCR_Zahnrechnungen_Entwurf.docx", d)])


# --- 0101 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "grey: fraud suspicion (not a conviction) in a motor claim: named claimants, plates, prior claims (no injuries, no health)")
def _():
    return build("frerichs", [who("reinecke"), "SIU Team <siu@weserbogen.example>"],
        "Staged accident? S-26-042876 – similarities with 2024 cases",
        """Tobias, team,

claim S-26-042876 (rear-end collision, Nienburg, 27 Feb, 23:10) shows the usual pattern:

- our policyholder Mr Eduard Reiswich (NI-ER 64, policy KH 60-2301177, taken out 6 weeks
  before the accident) "failed to brake"
- the other car: BMW 530d, owner Mr Kiril Stoyanov, valued at EUR 4,800 before the
  accident, estimate for repairs EUR 11,300 from a Hamburg workshop
- no witnesses, nobody injured, both drivers know each other (same address until 2025)
- Mr Stoyanov had two similar claims with other insurers in 2024 (HIS query this morning)

Please put payments on hold and don't discuss the suspicion with either party. I'll order
an accident reconstruction.

Jan
""")


# --- 0102 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "approval of inpatient rehab after a named customer's knee replacement (Knie-TEP), clinic and dates")
def _():
    return build("vollmer", "Gisela Haverkamp <g.haverkamp@tonline-mail.example>",
        "Anschlussheilbehandlung nach Ihrer Knie-OP",
        """Sehr geehrte Frau Haverkamp,

wir wünschen Ihnen nach Ihrer Operation (Knie-Totalendoprothese rechts am 02.03.2026 im
Klinikum Weserbergland) eine gute Genesung.

Die beantragte Anschlussheilbehandlung in der Reha-Klinik Bad Zwischenahn übernehmen wir
für drei Wochen ab dem 13.03.2026 gemäß Ihrem Tarif (Unterbringung im Einbettzimmer,
Krankengymnastik, Lymphdrainage, Bewegungsbad). Die Klinik rechnet direkt mit uns ab.

Für die Fahrt in die Klinik erstatten wir die Kosten eines Krankentransports, weil Ihr Arzt
ihn wegen der eingeschränkten Belastbarkeit verordnet hat.

""" + sig("vollmer") + "\n\n" + footer(KRANKEN), charset="iso-8859-1", cte="8bit", hdrs={"Date": "Tue, 10 Mar 2026 13:37:02 +0100"})


# --- 0103 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asks about travel health insurance for a trip; generic product answer, pre-existing conditions rules explained")
def _():
    return build("hanke", "Ulrich Behrens <ulrich.behrens@kabelmail.example>",
        "AW: Auslandsreisekrankenversicherung für Kanada",
        """Guten Tag Herr Behrens,

gern beantworte ich Ihre Fragen zur Auslandsreise-Krankenversicherung allgemein:

- Der Jahresvertrag gilt weltweit für beliebig viele Reisen bis 8 Wochen Dauer, also auch
  für Kanada. Beitrag bis 64 Jahre 19,90 EUR, ab 65 Jahre 49,90 EUR im Jahr.
- Versichert sind unvorhergesehene akute Erkrankungen und Unfälle im Ausland,
  einschließlich Krankenhaus, Arzneimitteln und medizinisch sinnvollem Rücktransport.
- Bekannte Vorerkrankungen sind mitversichert, solange die Reise nicht zum Zweck der
  Behandlung angetreten wird und keine Behandlung absehbar war. Es gibt keine
  Gesundheitsfragen.

Abschließen können Sie online unter www.weserbogen.example/reise – das dauert fünf Minuten.

Gute Reise!
Birgit Hanke
Reiseversicherung Service
""", mailer="crm")


# --- 0104 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "burst-pipe damage at a named customer's house: policy, address, contractor estimate, drying")
def _():
    return build("lorenz", "Familie Tönjes <toenjes-familie@posteo-mail.example>",
        "Leitungswasserschaden Badezimmer – WG 90-1108845",
        """Sehr geehrte Frau Tönjes,

vielen Dank für die Fotos und den Kostenvoranschlag. Kurz zusammengefasst, was wir
übernehmen:

  Ortung und Reparatur der Leitung (Sanitär Bruns)            ca.   680 EUR
  Technische Trocknung Estrich, 3 Wochen (Trocknungsfirma)   ca. 2.100 EUR
  Fliesen Bad, Wiederherstellung                             ca. 3.450 EUR
  Stromkosten der Trocknungsgeräte (Pauschale)                     150 EUR

Bitte beauftragen Sie die Trocknung direkt – die Firma kann mit uns abrechnen, wenn sie
unsere Schadennummer S-26-043101 angibt. Die Fliesenarbeiten bitte erst nach dem
Abschlussprotokoll der Trocknung.

Das Haus in der Bruchstraße 22 bleibt währenddessen bewohnbar, ein Hotel brauchen Sie
nach Ihren Angaben nicht.

""" + sig("lorenz") + "\n\n" + footer())


# --- 0105 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: blank DOCX medical questionnaire template for international applicants (questions only, no answers)")
def _():
    d = docx([("h", "Medical Questionnaire – International Applicants (Form MQ-EN-3)"),
              "Name of applicant: ____________________   Date of birth: ___/___/______",
              "1. In the last 5 years, have you been examined or treated by a doctor for any of the following: "
              "heart or circulatory disease, high blood pressure, diabetes, cancer, stroke, HIV infection, "
              "mental or psychological disorders, diseases of the spine or joints? If yes, give details.",
              "2. Have you been admitted to a hospital in the last 10 years?",
              "3. Do you take any prescription medication? Name, dose, reason.",
              "4. Height ____ cm   Weight ____ kg",
              "5. Do you smoke or have you smoked in the last 12 months?",
              ("table", [["Condition", "Date", "Treating doctor", "Still under treatment?"], ["", "", "", ""], ["", "", "", ""]]),
              "Declaration: I confirm that the answers are complete and true."],
             title="MQ-EN-3", author="Underwriting")
    return build("petrova", "Underwriting team <underwriting-life@weserbogen.example>",
        "New version of the English medical questionnaire (MQ-EN-3)",
        """Hi all,

attached the blank template of the new English medical questionnaire. Changes vs. MQ-EN-2:
HIV question aligned with the German form, look-back for psychotherapy reduced to 5 years,
height/weight moved to question 4.

Please use only this version from now on; the broker portal will be updated on Monday.

Elena
""", atts=[A("MQ-EN-3_blank.docx", d)], charset="us-ascii", cte="7bit")

# --- 0106 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "only in the windows-1252 CSV: a named customer's pharmacy refunds with PZN, drugs (insulin, pregabalin) and amounts")
def _():
    rows = [["Belegdatum", "Apotheke", "PZN", "Arzneimittel", "Menge", "Betrag EUR", "Erstattet EUR"],
            ["06.02.2026", "Löwen-Apotheke Nienburg", "03417629", "Insulin glargin 100 E/ml Pen", "5 St.", "84,71", "84,71"],
            ["06.02.2026", "Löwen-Apotheke Nienburg", "11103554", "Pregabalin 75 mg", "100 St.", "46,38", "46,38"],
            ["20.02.2026", "Weser-Apotheke", "09284915", "Blutzuckerteststreifen", "100 St.", "39,95", "39,95"],
            ["20.02.2026", "Weser-Apotheke", "01126111", "Ibuprofen 400 mg (nicht verschreibungspflichtig)", "20 St.", "4,95", "0,00"]]
    return build("vollmer", "Hartmut Engelke <h.engelke@netzpost.example>",
        "Ihre Arzneimittelbelege Februar",
        """Sehr geehrter Herr Engelke,

Ihre eingereichten Apothekenbelege aus dem Februar haben wir abgerechnet. Die Einzelheiten
finden Sie in der angehängten Aufstellung (lässt sich mit Excel öffnen). Erstattet werden
insgesamt 171,04 EUR; nicht verschreibungspflichtige Mittel sind in Ihrem Tarif nicht
erstattungsfähig.

Freundliche Grüße
Kathrin Vollmer
Weserbogen Krankenversicherung AG
""", atts=[A("Abrechnung_Arzneimittel_2026-02.csv", csvtext(rows), ctype="text/csv", charset="windows-1252")])


# --- 0107 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-customer",
      "reply to a customer asking for encrypted mail – S/MIME certificate (PEM) attached, no personal data")
def _():
    pem = ("-----BEGIN CERTIFICATE-----\n"
           "MIIDqzCCApOgAwIBAgIUQ2x1c3RlcldCMjAyNkRlbW9DZXJ0MA0GCSqGSIb3DQEB\n"
           "CwUAMGUxCzAJBgNVBAYTAkRFMRgwFgYDVQQKDA9XZXNlcmJvZ2VuIEdydXBwZTEe\n"
           "MBwGA1UEAwwVc2VydmljZUB3ZXNlcmJvZ2VuLmV4YW1wbGUxHDAaBgNVBAsME1Nl\n"
           "Y3VyZU1haWwgR2F0ZXdheTAeFw0yNjAxMDEwMDAwMDBaFw0yODAxMDEwMDAwMDBa\n"
           "MGUxCzAJBgNVBAYTAkRFMRgwFgYDVQQKDA9XZXNlcmJvZ2VuIEdydXBwZTEeMBwG\n"
           "A1UEAwwVc2VydmljZUB3ZXNlcmJvZ2VuLmV4YW1wbGUxHDAaBgNVBAsME1NlY3Vy\n"
           "ZU1haWwgR2F0ZXdheTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMq3\n"
           "-----END CERTIFICATE-----\n")
    return build("wolff", "Dr. Lukas Obermeier <lukas@obermeier-familie.example>",
        "RE: Can you send me encrypted e-mails?",
        """Dear Dr Obermeier,

yes, we can. Attached is the public S/MIME certificate of our service mailbox
(service@weserbogen.example). Import it into your mail program; if you send us a signed
e-mail, our gateway will automatically encrypt all replies to you.

Fingerprint (SHA-256) for verification:
  4F:19:A2:0C:77:E1:3B:9D:5A:6C:80:11:F2:4E:09:BB:DA:31:7C:52:90:0E:AF:63:28:D4:1B:7E:C5:03:9A:66

Alternatively you can use our SecureMail portal; we would then send you a one-time
password by post.

""" + sig("wolff", "en"), atts=[A("weserbogen-service-smime.pem", pem, ctype="application/x-pem-file")])


# --- 0108 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only PDF: commission statement of a sole-trader broker with his tax number and private IBAN")
def _():
    ib = IBAN("25050000", "0152906611")
    p = pdf(["# Courtageabrechnung Februar 2026",
             "Vermittler: Okan Özdemir, Versicherungsmakler (Einzelunternehmen), Vermittlernr. 40-8120",
             "Geschäftsanschrift: Lange Straße 51, 31582 Nienburg",
             "Steuernummer: 34/139/02284   USt: steuerfrei nach § 4 Nr. 11 UStG",
             "",
             "Abschlusscourtage Sach (12 Verträge)               1.884,20 EUR",
             "Bestandscourtage Sach                                 642,75 EUR",
             "Abschlusscourtage Kfz (5 Verträge)                     311,00 EUR",
             "Stornohaftung / Rückbelastung                         -118,40 EUR",
             "Auszahlung                                          2.719,55 EUR",
             "",
             "Überweisung auf: " + ib + ", Kontoinhaber Okan Özdemir"], title="Courtage 02/2026")
    return build("Vermittlerabrechnung <vermittlerabrechnung@weserbogen.example>", "Okan Özdemir <oezdemir@oezdemir-lang.example>",
        "Ihre Abrechnung 02/2026",
        """Guten Tag,

Ihre Courtageabrechnung für Februar 2026 finden Sie im Anhang.

Diese Nachricht wurde automatisch erstellt.
Weserbogen Vermittlerabrechnung
""", mailer="system", atts=[A("Courtage_40-8120_2026-02.pdf", p)])


# --- 0109 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: minutes of the data-protection jour fixe (encryption of health mails, consent forms), no case data")
def _():
    return build("kuehn", ["Jour fixe Datenschutz <jf-datenschutz@weserbogen.example>"],
        "Protokoll Jour fixe Datenschutz 10.03.2026",
        """Protokoll Jour fixe Datenschutz, 10.03.2026, 10:00–11:15 Uhr, Raum 3.01
Teilnehmende: P. Kühn, Dr. K. Roth, F. Wagner, K. Vollmer, C. Brandt

TOP 1 Verschlüsselung ausgehender Mails
- Seit 01.02. werden Mails aus der Leistungsabteilung Kranken mit Gesundheitsdaten
  automatisch über das Portal zugestellt. Beschwerden: 4 (Kunden finden Passwort zu
  kompliziert). Maßnahme: Hinweistext vereinfachen (KV).
- Makler: Domänenzertifikate für die fünf größten Maklerpools in Arbeit (CB, FW).

TOP 2 Einwilligungserklärung 2026
- Neue Fassung der Einwilligungs- und Schweigepflichtentbindungserklärung (GDV-Muster)
  liegt vor; Umstellung der Antragsstrecken zum 01.07. (KR).

TOP 3 Meldungen
- Ein Fehlversand im Februar (Brief mit Leistungsabrechnung an falsche Adresse),
  Meldung an die Aufsichtsbehörde erfolgt, Betroffener informiert.

Nächster Termin: 14.04.2026
gez. Petra Kühn
""", cte="8bit")


# --- 0110 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "to a UK solicitor: injured cyclist's fractures, surgery and loss of earnings in a motor liability claim")
def _():
    return build("yilmaz", "Rachel Hughes <rhughes@hughes-partners-law.example>",
        "Your client Mr Daniel Price – our insured Ms Anja Vogt – claim KH-S-26-00419",
        """Dear Ms Hughes,

thank you for your letter of 2 March and the medical evidence. We accept liability in
full for the accident on 19 September 2025 near Hoya, where our insured's car hit your
client on his bicycle.

We have noted from Mr Price's records:
  - fracture of the left tibial plateau (S82.1) and left clavicle (S42.0)
  - open reduction and internal fixation of the tibia on 20 September 2025,
    inpatient until 29 September, followed by 8 weeks of rehabilitation in Bristol
  - psychological treatment for post-traumatic stress symptoms since December 2025

Before we can make an offer on general damages, we need the report of the orthopaedic
expert on the prognosis (risk of post-traumatic arthritis). For the loss of earnings
please send your client's payslips for the three months before the accident.

""" + sig("yilmaz", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0111 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "confirmation to a mortgage bank that a named borrower's house is insured (security certificate), sum insured")
def _():
    return build("wolff", "Mortgage Operations <mortgage.ops@hansebank-direkt.example>",
        "Security certificate – buildings insurance WG 90-1131208 (loan 7700-218845)",
        """Dear Sir or Madam,

we confirm the following for your loan 7700-218845:

Policyholders:      Stefanie Gehrmann and Jan Gehrmann
Insured building:   single-family house (new build), Am Sonnenhang 14, 31628 Landesbergen
Policy:             WG 90-1131208, buildings insurance incl. fire, storm/hail, burst pipe
Sum insured:        value 1914: 21,500 Mark (replacement value, no underinsurance)
Security certificate (Sicherungsschein) issued in favour of your bank on 11 March 2026.

We will inform you if premiums are not paid or if the policy is cancelled.

Kind regards
Jana Wolff
Customer Service
Weserbogen Allgemeine Versicherung AG
""", charset="us-ascii", cte="7bit")


# --- 0112 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: translation order for a critical-illness product brochure (list of diseases), no customer data")
def _():
    return build("martens", "Projektmanagement <projekte@uebersetzungsbuero-lingua.example>",
        "Übersetzungsauftrag: Produktbroschüre \"Schwere Krankheiten\" DE→EN/TR/PL",
        """Hallo Frau Kowalski,

wir möchten unsere Broschüre zur Dread-Disease-Versicherung (12 Seiten, ca. 3.900 Wörter)
ins Englische, Türkische und Polnische übersetzen lassen.

Besonderheiten:
- die Liste der 54 versicherten Krankheiten (u. a. Krebs, Herzinfarkt, Schlaganfall,
  Multiple Sklerose, Nierenversagen, Erblindung) muss medizinisch korrekt übersetzt werden –
  bitte mit Fachlektorat Medizin
- Glossar aus dem letzten Auftrag (BU-Broschüre) bitte wiederverwenden

Liefertermin: 10.04.2026. Die InDesign-Dateien liegen auf dem gewohnten Austauschlaufwerk.
Bitte schicken Sie uns ein Angebot.

Viele Grüße
Svenja Martens
Unternehmenskommunikation
""")


# --- 0113 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML+text: dental benefit statement of a named customer (crowns, root canal, GOZ) in a table")
def _():
    rows = [("GOZ 2390", "Trepanation Zahn 26", "1", "18,12", "16,31"),
            ("GOZ 2410", "Wurzelkanalaufbereitung 26 (3 Kanäle)", "3", "169,11", "152,20"),
            ("GOZ 2210", "Vollkrone Zahn 26 (Keramik)", "1", "291,97", "262,77"),
            ("Material/Labor", "Zirkonkrone, Eigenlabor", "1", "412,00", "370,80")]
    html = ("<html><body style=\"font-family:Arial\"><p>Sehr geehrte Frau Lüpke,</p>"
            "<p>zu Ihrer Zahnarztrechnung von Dr. Feldhus vom 19.02.2026 (Wurzelbehandlung und Krone an Zahn 26 "
            "nach Pulpitis) erstatten wir wie folgt:</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
            "<tr><th>Position</th><th>Leistung</th><th>Anzahl</th><th>Rechnung &euro;</th><th>Erstattung &euro;</th></tr>"
            + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) +
            "<tr><td colspan=\"3\"><b>Summe</b></td><td><b>891,20</b></td><td><b>802,08</b></td></tr></table>"
            "<p>Ihr Tarif ZahnPlus 90 erstattet 90 %. Vertrag KZ 4471 5530 09.</p>"
            "<p>Mit freundlichen Grüßen<br>Ihre Leistungsabteilung Krankenversicherung</p></body></html>")
    text = ("Sehr geehrte Frau Lüpke,\n\nzu Ihrer Zahnarztrechnung von Dr. Feldhus vom 19.02.2026 (Wurzelbehandlung und\n"
            "Krone an Zahn 26 nach Pulpitis) erstatten wir wie folgt:\n\n"
            + "\n".join("%-15s %-40s %s  %8s  %8s" % r for r in rows) +
            "\nSumme Rechnung 891,20 EUR, Erstattung 802,08 EUR\n\nIhr Tarif ZahnPlus 90 erstattet 90 %. Vertrag KZ 4471 5530 09.\n\n"
            "Mit freundlichen Grüßen\nIhre Leistungsabteilung Krankenversicherung\n")
    return build("vollmer", "Corinna Lüpke <corinna.luepke@mailfix.example>",
        "Erstattung Zahnarztrechnung vom 19.02.2026", body=text, html=html, mailer="system")


# --- 0114 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: expat health premium table by age band (CSV) for a broker; ages and prices only")
def _():
    rows = [["age_band", "plan", "deductible_eur", "monthly_premium_eur", "maternity_waiting_months"]]
    for band, base in (("0-17", 61), ("18-29", 118), ("30-39", 164), ("40-49", 221), ("50-59", 318), ("60-64", 446)):
        for plan, f in (("Silver", 1.0), ("Gold", 1.32), ("Platinum", 1.71)):
            rows.append([band, plan, "500" if plan == "Silver" else "250" if plan == "Gold" else "0",
                         "%.2f" % (base * f), "10" if plan != "Silver" else "n/a"])
    return build("schuster", "James Whitfield <j.whitfield@hanserisk.example>",
        "Expat Health 2026 rate table",
        """Hi James,

here's the 2026 rate table you asked for, as CSV so you can load it into your comparison
tool. Rates apply to new business from 1 April; pre-existing conditions are assessed
individually via the medical questionnaire (MQ-EN-3).

Best,
Laura
""", atts=[A("expat_health_rates_2026.csv", csvtext(rows, ","), charset="us-ascii")], charset="us-ascii", cte="7bit")


# --- 0115 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "travel baggage loss (no health): named customer, flight, lost items, policy and refund")
def _():
    return build("hanke", "Oksana Melnyk <oksana.melnyk@web-post.example>",
        "Reisegepäck – Ihr Koffer ist nicht wieder aufgetaucht (RG-26-00372)",
        """Liebe Frau Melnyk,

die Fluggesellschaft hat Ihren Koffer (Flug Hannover–Lissabon am 14.02., Property
Irregularity Report HAJTP41877) nach 21 Tagen endgültig als verloren erklärt und Ihnen
1.150 EUR gezahlt.

Aus Ihrer Reisegepäckversicherung RG 67-110245 erstatten wir die Differenz zum Zeitwert
Ihrer Sachen:

  Zeitwert laut Ihrer Liste (Kleidung, Kosmetik, Kopfhörer, Koffer)   1.690,00 EUR
  abzüglich Zahlung der Airline                                      -1.150,00 EUR
  Entschädigung                                                         540,00 EUR

Die Überweisung geht auf Ihr Konto bei der Sparkasse, das Sie uns genannt haben.

Herzliche Grüße
Birgit Hanke

""" + footer())


# --- 0116 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German/English internal: medical advisor on a named expat member's dialysis abroad and transplant listing")
def _():
    return build("albrecht", who("schuster"),
        "AW: IH-209330 Mr Okafor – dialysis in Lagos",
        """Hallo Laura,

medizinisch sehe ich das so:

Mr Emeka Okafor (member IH-209330) has end-stage renal disease (N18.5) and is on
haemodialysis three times a week; he wants to spend 6 weeks with his family in Lagos.
Dialyse im Ausland ist laut Tarif erstattungsfähig, wenn sie in einem zugelassenen Zentrum
stattfindet und vorher genehmigt wird. The centre he named (Lagoon Renal Clinic) is on the
list of our assistance partner, so from my side: approve, max. 18 sessions.

Wichtig: Er steht in Hannover auf der Transplantationsliste. He must remain reachable and
be able to return within 24 hours – bitte das in die Zusage schreiben, sonst riskiert er
seinen Listenplatz.

Gruß
Jens

> Jens, can we approve dialysis abroad for him? Request attached in KOMPASS. – Laura
""", cte="8bit")


# --- 0117 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: evacuation drill notice with the list of first aiders (colleagues' names, extensions) and AED locations")
def _():
    return build("Arbeitssicherheit <arbeitssicherheit@weserbogen.example>", "alle-mitarbeitenden@weserbogen.example",
        "Räumungsübung am 24.03. und aktuelle Ersthelferliste",
        """Liebe Kolleginnen und Kollegen,

am Dienstag, 24.03., findet zwischen 10 und 12 Uhr eine unangekündigte Räumungsübung
statt. Bitte verlasst beim Alarm das Gebäude über die markierten Fluchtwege und geht zum
Sammelplatz Parkplatz Nord.

Ersthelferinnen und Ersthelfer (Stand März 2026):
  EG  Empfang        Petra Lammers      -101
  1.OG Leistung KV   Kathrin Vollmer    -412
  2.OG IT            Felix Wagner       -777
  3.OG Leben         Anja Seidel        -318
  4.OG Vorstand      Birte Hanssen      -011

Defibrillatoren (AED) hängen am Empfang und im 3. OG neben den Aufzügen. Verbandkästen
findet ihr in jeder Teeküche.

Eure Fachkraft für Arbeitssicherheit
Jörn Wiebking
""", charset="windows-1252", cte="quoted-printable", hdrs={"Date": "Thu, 19 Mar 2026 08:30:00 +0100"})


# --- 0118 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "private yacht policy of a named owner: vessel, mooring, hull value, premium")
def _():
    return build("kraemer", "Captain Erik Johansson <erik.johansson@seapost.example>",
        "Your yacht policy YC 86-00318 – 2026 season",
        """Dear Mr Johansson,

ahead of the 2026 season, here's a summary of your yacht insurance:

  Vessel:         "Saga II", Hallberg-Rassy 37, built 2009, hull no. SE-HRY37114J909
  Owner:          Erik Johansson, Uferweg 2, 31582 Nienburg
  Mooring:        Yachthafen Nienburg (winter storage Bootswerft Liebenau)
  Sailing area:   Baltic Sea, North Sea, inland waters
  Hull value:     EUR 168,000 (agreed value), liability EUR 10 m
  Premium:        EUR 1,344.00 p.a.

Your new chart plotter (EUR 2,900) is covered under "equipment" - no need to tell us
anything else. Have a great season!

""" + sig("kraemer", "en") + "\n\n" + footer(ALLG, "en"), flowed=True, cte="8bit", mailer="tb")


# --- 0119 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost approval to a psychosomatic clinic for a named patient's inpatient treatment (anorexia, F50.0)")
def _():
    return build("vollmer", "Patientenaufnahme <aufnahme@psychosomatik-am-see.example>",
        "Kostenzusage stationäre Behandlung – Frau Sophie Lammert, geb. 17.09.2004",
        """Sehr geehrte Damen und Herren,

für unsere Versicherte Frau Sophie Lammert, geb. 17.09.2004 (Vertrag KV 4471 8812 47,
mitversichert bei ihrer Mutter), erteilen wir für die stationäre Behandlung wegen
Anorexia nervosa (F50.0) eine Kostenzusage für zunächst 6 Wochen ab Aufnahme am
16.03.2026, Zweibettzimmer, allgemeine Krankenhausleistungen gemäß Ihren Pflegesätzen.

Für eine Verlängerung benötigen wir spätestens in der 5. Behandlungswoche einen
Verlaufsbericht (aktueller BMI, Therapieverlauf, Prognose).

""" + sig("vollmer") + "\n\n" + footer(KRANKEN), hdrs={"Date": "Thu, 12 Mar 2026 11:48:26 +0100"})


# --- 0120 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank consent / confidentiality-release form (PDF) for brokers with placeholders, no customer")
def _():
    p = pdf(["# Einwilligungs- und Schweigepflichtentbindungserklärung (Blanko)",
             "Formular F-DS-02, Stand 01/2026",
             "",
             "Name, Vorname der zu versichernden Person: ______________________________",
             "Geburtsdatum: ____.____.________",
             "",
             "1. Erhebung von Gesundheitsdaten bei Dritten",
             "Ich entbinde Ärzte, Zahnärzte, Krankenhäuser und Pflegeeinrichtungen, bei denen ich in den",
             "letzten 5 Jahren vor Antragstellung untersucht oder behandelt wurde, von ihrer Schweigepflicht,",
             "soweit die Weserbogen Lebensversicherung AG Angaben zur Risikoprüfung benötigt.",
             "[ ] Ich willige ein      [ ] Ich möchte im Einzelfall gefragt werden",
             "",
             "2. Weitergabe an Rückversicherer, Dienstleister und Vermittler ...",
             "",
             "Ort, Datum ______________   Unterschrift ______________________"], title="F-DS-02 blanko")
    return build("brandt", "Okan Özdemir <oezdemir@oezdemir-lang.example>",
        "AW: Formular Schweigepflichtentbindung",
        """Hallo Herr Özdemir,

klar, anbei das aktuelle Blanko-Formular F-DS-02 als PDF. Bitte die alten Vordrucke von 2023
nicht mehr verwenden; die Gesellschaftsbezeichnung hat sich geändert.

Ausgefüllt und unterschrieben bitte wie immer per Post oder über den Upload im Maklerportal,
nicht per Mail.

Gruß
Christoph Brandt
""", atts=[A("F-DS-02_Einwilligung_blanko.pdf", p)])


# --- 0121 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "attachment-only ODT: neighbour dispute of a named legal-expenses customer (hedge, boundary), cover letter")
def _():
    o = odt([("h", "Deckungszusage Nachbarrecht – RS-26-02377"),
             "Versicherungsnehmer: Herr Reinhard Buchholz, Am Anger 9, 31600 Uchte, Vertrag RS 88-40655",
             "Gegner: Eheleute Brigitte und Manfred Klöpper, Am Anger 11, 31600 Uchte",
             "Gegenstand: Rückschnitt einer 4,5 m hohen Thujahecke an der Grundstücksgrenze (§ 54 NNachbG), "
             "außergerichtliche Vertretung und Schlichtungsverfahren vor der Schiedsperson.",
             "Streitwert vorläufig: 3.000 EUR. Selbstbeteiligung des VN: 250 EUR.",
             "Die Deckung umfasst nicht die Kosten eines Vermessungsgutachtens zum Grenzverlauf."],
            title="Deckungszusage RS-26-02377")
    return build("ortmann", "Kanzlei Lüttjohann <info@kanzlei-luettjohann.example>",
        "RS-26-02377",
        """Sehr geehrter Herr Rechtsanwalt Lüttjohann,

anbei unsere Deckungszusage.

Mit freundlichen Grüßen
Nils Ortmann
Rechtsschutz-Leistung
""", atts=[A("Deckungszusage_RS-26-02377.odt", o)])


# --- 0122 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance: named customer's concussion and hospital stay after a cycling accident, daily benefit")
def _():
    return build("becker", "Tomasz Zielinski <tomasz.zielinski@northmail.example>",
        "Your accident claim UV-L-26-00154",
        """Dear Mr Zielinski,

we are sorry about your bicycle accident on 21 February. According to the discharge
letter from St. Annen-Krankenhaus you suffered a concussion (S06.0) and a laceration of
the forehead, and were kept in hospital for observation for three nights.

Your accident insurance UV 55-322871 pays:
  hospital daily benefit 3 days x EUR 50        EUR 150.00
  convalescence benefit (after inpatient stay)  EUR 150.00
  cosmetic surgery: not required per the report

If you still have headaches or dizziness six months after the accident, please let us
know - a permanent impairment would then have to be assessed.

""" + sig("becker", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0123 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: release notes of the claims system mentioning diagnosis fields, ICD validation and IBAN checks; no data")
def _():
    return build("wagner", "KOMPASS key users <kompass-keyusers@weserbogen.example>",
        "KOMPASS release 7.3.2 – go-live Saturday 21 March",
        """Hi key users,

release 7.3.2 goes live on Saturday; downtime 06:00-10:00. What's new:

* Health claims: the diagnosis field now validates ICD-10-GM 2026 codes incl. the
  suffixes G/V/Z/A; free text is only allowed if "code unknown" is ticked.
* Life/BU: new status "awaiting medical report" with automatic reminder after 30 days.
* Payments: IBAN check digit validation moved to the input mask; payee name is compared
  with the account holder (Verification of Payee) for all payments over EUR 1,000.
* Motor: eVB numbers are checked against the central register in real time.
* Bug fix: attachments larger than 20 MB were silently dropped in the broker inbox.

Test cases and screenshots are on the key-user page. Please run your test scripts in the
acceptance environment by Thursday.

Felix
""", charset="us-ascii", cte="7bit", hdrs={"Date": "Tue, 17 Mar 2026 16:22:09 +0100"})


# --- 0124 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "broker",
      "inline forward of a broker's mail: applicant's birth date, address and previous claims for buildings insurance")
def _():
    return build("kraemer", who("lorenz"),
        "WG: Antrag Wohngebäude Familie Pleß – Vorschäden",
        """Sabine, kannst du mal auf die Vorschäden schauen? Zweimal Leitungswasser in 5 Jahren
ist grenzwertig. Ich würde mit SB 1.000 annehmen.

Daniel

-------- Weitergeleitete Nachricht --------
Betreff: Antrag Wohngebäude Familie Pleß
Datum: Mon, 9 Mar 2026 14:02:11 +0100
Von: Andrea Schreiber <a.schreiber@finanzkontor-schreiber.example>
An: Firmenkunden Underwriting <underwriting-sach@weserbogen.example>

Hallo zusammen,

anbei die Daten für den Antrag, Unterlagen per Upload:

Antragsteller: Torsten Pleß, geb. 04.04.1976, und Nicole Pleß, geb. 18.12.1978
Objekt: Zweifamilienhaus, Baujahr 1968, Hinterm Hagen 3, 31618 Liebenau
Vorversicherer: Hansa-Weser Versicherung, Vertrag gekündigt durch Versicherer nach
2 Leitungswasserschäden (2022: 8.400 EUR, 2024: 12.900 EUR)
Die Leitungen wurden 2025 komplett erneuert (Rechnung liegt bei).

Viele Grüße
Andrea Schreiber
Finanzkontor Schreiber GmbH
""")


# --- 0125 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "orthodontic treatment of a named customer's child (KIG 4, crossbite), cost plan approval")
def _():
    return build("vollmer", "Mareike Janssen <mareike.janssen@kabelmail.example>",
        "Kieferorthopädische Behandlung Ihres Sohnes Finn",
        """Liebe Frau Janssen,

der Behandlungsplan von Dr. Terheyden für Ihren Sohn Finn (geb. 2014, mitversichert in
Ihrem Vertrag KZ 4471 6021 88) liegt uns vor. Bei Finn wurde ein Kreuzbiss mit
Zwangsführung festgestellt (KIG K4); die gesetzliche Krankenkasse übernimmt daher die
Regelleistung.

Aus dem Tarif ZahnPlus 100 erstatten wir zusätzlich die Mehrkosten für:
  - selbstligierende Brackets                     880,00 EUR
  - Retainer Ober- und Unterkiefer                 320,00 EUR
insgesamt bis zu 1.200,00 EUR über die voraussichtliche Behandlungsdauer von 3 Jahren.

Reichen Sie die Rechnungen einfach quartalsweise ein.

""" + sig("vollmer") + "\n\n" + footer(KRANKEN), cte="base64")


# --- 0126 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to a journalist on health-insurance premium increases with aggregate figures, no customer")
def _():
    return build("martens", "Redaktion Wirtschaft <wirtschaft@weser-kurier-online.example>",
        "AW: Anfrage Beitragsanpassung PKV 2026",
        """Sehr geehrter Herr Brinkmann,

gern beantworte ich Ihre Fragen zur Beitragsanpassung in der privaten Krankenversicherung:

1. Von der Anpassung zum 01.01.2026 waren rund 41 % unserer Vollversicherten betroffen;
   der durchschnittliche Anstieg lag bei 7,8 %.
2. Hauptursachen sind gestiegene Krankenhauskosten, teure neue Arzneimittel
   (z. B. in der Onkologie) und die höhere Inanspruchnahme von Psychotherapie.
3. Für ältere Versicherte haben wir 14,3 Mio. EUR aus der Rückstellung für
   Beitragsrückerstattung zur Begrenzung eingesetzt.
4. Einen Tarifwechsel nach § 204 VVG haben 2025 rund 1.100 Kundinnen und Kunden genutzt.

Für ein Gespräch mit unserem Vorstand Dr. Anke Brüning stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Svenja Martens
Pressesprecherin
""")


# --- 0127 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German/English: exchange student's personal liability claim for a broken smartphone, host family named")
def _():
    return build("yilmaz", "Lucas Almeida <lucas.almeida@correio-mail.example>",
        "Dein Haftpflichtschaden / your liability claim PH-S-26-12230",
        """Hallo Lucas,

(English below)

deine Gastmutter, Frau Heike Brüggemann, hat uns die Reparaturrechnung für ihr Handy
geschickt, das dir am 28.02. in der Küche heruntergefallen ist. Über deine
Haftpflichtversicherung für Austauschschüler (PH 81-2244078) zahlen wir 219 EUR an sie.

Hi Lucas, your host mother Ms Heike Brüggemann sent us the repair bill for her phone,
which you dropped in the kitchen on 28 February. Your exchange-student liability policy
(PH 81-2244078) pays EUR 219 directly to her. No excess for you.

Viele Grüße / best wishes
Murat Yilmaz

""" + footer())


# --- 0128 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "SIU: a named physician billing treatments not performed, with named patients and their diagnoses (§ 203 data)")
def _():
    return build("frerichs", ["Dr. Katharina Roth <katharina.roth@weserbogen.example>", who("albrecht")],
        "SIU-2026-014: billing irregularities Dr. med. H. Wendland (internal medicine, Verden)",
        """Katharina, Jens,

our analytics flagged Dr. Holger Wendland's practice: in 2025 he billed GOÄ 652
(long-term ECG) and 410/420 (ultrasound) for 74 % of our insured patients, against 9 %
on average for internal medicine in the region.

We checked three files with the patients' consent:
  - Mr Gerd Lüttmann (policy KV 4471 0311 20): billed 4 ultrasound examinations of the
    thyroid in 2025; patient says he had one. Diagnosis on invoice: E04.1 thyroid nodule.
  - Ms Ilona Reese (KV 4471 2290 08): long-term ECG billed twice; her cardiologist has no
    record of palpitations (I49.9 on the invoice).
  - Mr Walter Thies (KV 4471 7713 51): billed home visits while he was on a cruise.

Potential overpayment: approx. EUR 38,000. I propose to request the patient records under
section 630g BGB via the patients and to consider a criminal complaint (section 263 StGB).

Jan
""")


# --- 0129 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: comment to the insurers' association on genetic testing and the BU underwriting moratorium; no individual")
def _():
    return build("roth", "Life Committee Secretariat <life-committee@insurers-association.example>",
        "Consultation 2026/04 – genetic test results in underwriting: Weserbogen comments",
        """Dear colleagues,

Weserbogen Lebensversicherung AG supports the draft position with two comments:

1. Section 3 (thresholds): we agree to keep the thresholds of section 18 GenDG
   (EUR 300,000 sum insured / EUR 30,000 annual annuity) and not to request results of
   predictive genetic tests below them. Applicants occasionally submit results
   voluntarily; the position paper should clarify that such results must not be used.
2. Section 5 (family history): questions about diseases of parents and siblings
   (e.g. Huntington's disease, hereditary breast cancer) should remain permitted, as they
   are not genetic tests within the meaning of the law.

We have no case data to contribute; our figures on declined applications are included
in the association's annual statistics.

""" + sig("roth", "en") + "\n\n" + footer(LEBEN, "en"))


# --- 0130 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: quarterly complaints statistics by line (health refunds, BU rejections), aggregates, no person")
def _():
    return build("Beschwerdemanagement <beschwerden@weserbogen.example>", "bereichsleitungen@weserbogen.example",
        "Beschwerdebericht Q4/2025 – Kurzfassung",
        """Liebe Bereichsleitungen,

anbei die Kurzfassung des Beschwerdeberichts Q4/2025 (ausführlicher Bericht im Intranet):

  Sparte                     Beschwerden   Vorquartal   Hauptthemen
  Kranken (Leistung)              187          163      Erstattung Heilpraktiker, GOÄ-Faktor > 2,3
  Kranken (Beitrag)                94           31      Beitragsanpassung 01.01.
  Leben / BU                       26           29      Dauer der Leistungsprüfung, Ablehnungen
  Kfz                              71           66      Rückstufung, Wildschaden
  Sach / Haftpflicht               58           62      Leitungswasser, Sachverständige

Ombudsmann-Verfahren: 11 (davon 4 zugunsten der Kunden entschieden).
BaFin-Eingaben: 6.

Auffällig: Die Beschwerden zur Dauer der BU-Prüfung betreffen fast ausschließlich Fälle,
in denen Arztberichte länger als 8 Wochen ausstehen.

Viele Grüße
Beschwerdemanagement
""", charset="iso-8859-1", cte="quoted-printable")

# --- 0131 -------------------------------------------------------------------
@mail("NORMAL", "mixed", "internal",
      "trap: bilingual maintenance notice for the SecureMail portal and the medical-report upload; no data")
def _():
    return build("wagner", "alle-mitarbeitenden@weserbogen.example",
        "Wartung SecureMail-Portal / maintenance of the SecureMail portal – Sa 28.03.",
        """[English version below]

Liebe Kolleginnen und Kollegen,

am Samstag, 28.03., von 20:00 bis 24:00 Uhr sind das SecureMail-Portal, der Arzt-Upload
und die Kundenportal-Postfächer nicht erreichbar. Mails mit Gesundheitsdaten, die in dieser
Zeit verschlüsselt zugestellt werden müssten, werden zurückgehalten und ab Sonntag früh
automatisch ausgeliefert. Bitte in dieser Zeit keine Leistungsmails per Ausnahme-Freigabe
unverschlüsselt versenden!

Dear colleagues,

on Saturday 28 March, 20:00-24:00, the SecureMail portal, the doctors' upload and the
customer portal mailboxes will be unavailable. Messages containing health data that
require encrypted delivery will be queued and delivered on Sunday morning. Please do not
use the exception release to send claims mail unencrypted during this window.

IT-Servicedesk | IT Service Desk
""", charset="iso-8859-1", cte="quoted-printable")


# --- 0132 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "inside a nested ZIP: repatriation file of a named insured (heart attack, stent, flight fitness) and cost list CSV")
def _():
    rep = pdf(["# Medical report for repatriation",
               "Patient: Dieter Schnakenberg, DOB 11.11.1951",
               "Hospital: Hospital Universitario del Sur, Tenerife",
               "Diagnosis: NSTEMI (I21.4), PCI with 2 drug-eluting stents RCA on 01.03.2026",
               "LVEF 45 %, no arrhythmia during 72 h monitoring",
               "Fit to fly: yes, seated, with medical escort and oxygen on demand, not before 10.03.2026",
               "Medication: ASA 100 mg, ticagrelor 90 mg bid, ramipril 2.5 mg, atorvastatin 80 mg"],
              title="Fit to fly Schnakenberg")
    costs = csvtext([["item", "date", "amount_eur"], ["ICU 3 days", "2026-03-01", "7350.00"],
                     ["PCI incl. 2 stents", "2026-03-01", "9800.00"], ["ward 6 days", "2026-03-04", "4140.00"],
                     ["medical escort flight TFS-HAJ", "2026-03-11", "3290.00"]], ",")
    innerzip = zipfile_bytes([("costs.csv", costs), ("README.txt", "Cost estimate, preliminary, hospital figures.\r\n")])
    z = zipfile_bytes([("RKV-26-00765/fit_to_fly.pdf", rep), ("RKV-26-00765/costs.zip", innerzip)])
    return build("schuster", "Operations <ops@euromed-assist.example>",
        "RKV-26-00765 – documents for the repatriation flight",
        """Hi Samuel,

attached the bundle for RKV-26-00765 (fit-to-fly report and the hospital's cost estimate).
Flight on 11 March as agreed, escort: nurse only is sufficient per the report.

Laura
""", atts=[A("RKV-26-00765.zip", z)], hdrs={"Date": "Fri, 06 Mar 2026 14:12:09 +0100"})


# --- 0133 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "only in the attached HTML file: motor premium invoice with name, address, plate, SF class and IBAN")
def _():
    ib = IBAN("25750001", "0003318894")
    att = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Beitragsrechnung</title></head>
<body><h1>Beitragsrechnung 2026</h1>
<p>Herrn Jens-Uwe Fricke<br>Vor dem Tore 6<br>31592 Stolzenau</p>
<table border="1" cellpadding="4">
<tr><td>Vertrag</td><td>KH 60-2266180 / TK 62-1180442</td></tr>
<tr><td>Fahrzeug</td><td>Ford Ranger, NI-JF 606</td></tr>
<tr><td>SF-Klasse Haftpflicht</td><td>SF 21 (25 %)</td></tr>
<tr><td>Jahresbeitrag</td><td>587,34 EUR</td></tr>
<tr><td>Abbuchung am 01.04.2026 von</td><td>{ib}</td></tr>
</table></body></html>
"""
    return build("Weserbogen Kundenservice <service@weserbogen.example>", "ju.fricke@tonline-mail.example",
        "Ihr Dokument steht bereit",
        """Guten Tag,

im Anhang erhalten Sie Ihr Dokument "Beitragsrechnung 2026".

Ihr Weserbogen Kundenservice
""", mailer="system", atts=[A("Beitragsrechnung_2026.html", att, charset="utf-8", cte="quoted-printable")])


# --- 0134 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: electronic broker post notification (new documents in the mailbox), no content, no customer")
def _():
    return build("Elektronische Vermittlerpost <vermittlerpost@weserbogen.example>", "postfach@finanzkontor-schreiber.example",
        "Neue Dokumente in Ihrer elektronischen Vermittlerpost (3)",
        """Sehr geehrte Damen und Herren,

für Ihre Vermittlernummer 40-7711 sind 3 neue Dokumente eingegangen
(Kategorien: Leistung, Vertrag, Inkasso).

Ihr Maklerverwaltungsprogramm ruft die Dokumente beim nächsten Abgleich automatisch ab
(BiPRO 430). Alternativ finden Sie sie im Maklerportal unter
https://makler.weserbogen.example/post.

Der Inhalt der Dokumente wird aus Datenschutzgründen nicht per E-Mail übermittelt.

Weserbogen Versicherungsgruppe – Maklerservice
""", mailer="system", 
        hdrs={"Auto-Submitted": "auto-generated"})


# --- 0135 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "commercial liability: named employee of the insured company damaged a client's floor; no injury")
def _():
    return build("engel", "Operations Manager <ops@floorcraft-solutions.example>",
        "Your liability claim BH-S-26-00881 – damaged parquet, Villa Nordstraße",
        """Dear Mr Kessler,

regarding the damage at your client's house (Nordstraße 17, Nienburg): we understand from
your report that your employee Mr Andrzej Nowicki tipped over a bucket of stripping
agent while sanding the parquet on 3 March, damaging about 28 sq m of oak flooring. No one
was injured.

Under your company's liability policy BH 80-0022761 we will pay the replacement of the
flooring according to the estimate from Parkett Hollmann (EUR 6,412.00) less your
deductible of EUR 500. We'll settle directly with the homeowner, Ms Dr. Ute Sommerfeld.

Please remind your staff that damage to the object being worked on ("Bearbeitungsschaden")
is only covered up to EUR 10,000 under your policy.

""" + sig("engel", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0136 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "scanned doctor's letter sent as application/octet-stream PDF; body 'AW: Scan' only: MRI finding, multiple sclerosis")
def _():
    p = pdf(["Neurologische Praxis Dr. med. Carsten Wübbe - Lange Straße 20 - 31582 Nienburg",
             "",
             "Arztbrief",
             "Patientin: Frau Jessica Brandes, geb. 26.08.1989",
             "Diagnose: Schubförmig remittierende Multiple Sklerose (G35.10), Erstdiagnose 01/2026",
             "MRT Schädel vom 14.01.2026: 9 periventrikuläre T2-Läsionen, 2 davon KM-aufnehmend",
             "Liquor: oligoklonale Banden positiv",
             "Therapie: Ocrelizumab-Infusion geplant ab 03/2026",
             "Arbeitsunfähig bis auf Weiteres.",
             "Mit freundlichen kollegialen Grüßen, Dr. C. Wübbe"], title="Scan", compress=False)
    return build("petrova", who("albrecht"),
        "AW: Scan",
        """s. Anhang, bitte um Einschätzung BU-Leistungsfall Brandes

EP
""", atts=[A("SCAN_20260318_0931.pdf", p, ctype="application/octet-stream")], mailer="ios")


# --- 0137 -------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: lunch-and-learn invitation on mental health at work (burnout, depression as topics), no individual")
def _():
    return build("hoffmann", "English speakers list <english-speakers@weserbogen.example>",
        "Lunch & Learn: Mental health at work - Thursday 26 March",
        """Hi everyone,

join us for our next Lunch & Learn (in English) on Thursday, 26 March, 12:15-13:00,
Casino room B. Sandwiches provided.

Topic: "Mental health at work - recognising stress, burnout and depression early"
Speaker: an occupational psychologist from our employee assistance programme

We'll cover warning signs, how to talk to a colleague you are worried about, and where
to find confidential help (EAP hotline, company doctor, works council). Nothing you say
will be recorded; the session is not about individual cases.

Please sign up in the HR portal so we order enough food.

Melanie
HR
""", charset="us-ascii", cte="7bit", hdrs={"Date": "Fri, 20 Mar 2026 10:05:47 +0100"})


# --- 0138 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "bank-details change for a named customer's motor policy to a UK account (GB IBAN), confirmation")
def _():
    ib = IBAN("NWBK60161331926819", cc="GB")
    return build("wolff", "Oliver Bennett <oliver.bennett@britmail.example>",
        "Confirmation: new bank details for policy KH 60-2299411",
        f"""Dear Mr Bennett,

as requested, we will collect the premium for your motor policy KH 60-2299411
(NI-OB 220) from your UK account from the next due date:

  Account holder:  Oliver James Bennett
  IBAN:            {ib}
  Mandate ref.:    WB-KH60-2299411-03

Please note that SEPA direct debits from UK accounts may take up to five working days.

""" + sig("wolff", "en") + "\n\n" + footer(ALLG, "en"), charset="us-ascii", cte="7bit")


# --- 0139 -------------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "motor customer newsletter (spring tyres, deer season, windscreen), no personal data")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>Frühlings-Check für Ihr Auto</h2>
<p><b>Reifenwechsel:</b> Die O-bis-O-Regel gilt weiterhin – ab Ostern können die Sommerreifen drauf.
Mindestprofil 1,6 mm, wir empfehlen 3 mm.</p>
<p><b>Wildwechsel:</b> Im April und Mai steigt das Risiko von Wildunfällen deutlich, besonders in der Dämmerung.
Nach einem Wildunfall: Unfallstelle sichern, Polizei rufen, Tier nicht anfassen, Wildunfallbescheinigung geben lassen.</p>
<p><b>Steinschlag:</b> Kleine Schäden in der Frontscheibe reparieren unsere Partnerwerkstätten in der Teilkasko ohne Selbstbeteiligung.</p>
<p>Gute Fahrt wünscht Ihre Weserbogen Kfz-Versicherung<br>
<a href="https://www.weserbogen.example/kfz">www.weserbogen.example/kfz</a> · <a href="https://www.weserbogen.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    text = """Frühlings-Check für Ihr Auto

Reifenwechsel: Die O-bis-O-Regel gilt weiterhin - ab Ostern können die Sommerreifen drauf.
Mindestprofil 1,6 mm, wir empfehlen 3 mm.

Wildwechsel: Im April und Mai steigt das Risiko von Wildunfällen deutlich, besonders in der
Dämmerung. Nach einem Wildunfall: Unfallstelle sichern, Polizei rufen, Tier nicht anfassen,
Wildunfallbescheinigung geben lassen.

Steinschlag: Kleine Schäden in der Frontscheibe reparieren unsere Partnerwerkstätten in der
Teilkasko ohne Selbstbeteiligung.

Gute Fahrt wünscht Ihre Weserbogen Kfz-Versicherung
https://www.weserbogen.example/kfz - Abmelden: https://www.weserbogen.example/newsletter/abmelden
"""
    return build("Weserbogen Kfz <newsletter@weserbogen.example>", "kfz-news@lists.weserbogen.example",
        "Frühlings-Check: Reifen, Wildwechsel, Steinschlag", body=text, html=html, mailer="nl",
        charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8", html_cte="base64",
        hdrs={"Precedence": "bulk"})


# --- 0140 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical-illness (life line) payout to a named customer after a colon cancer diagnosis")
def _():
    return build("seidel", "Marco Rinaldi <marco.rinaldi@postaweb.example>",
        "Your critical illness claim – policy DD 38.011.476",
        """Dear Mr Rinaldi,

we have received the histology report and the letter from the oncology department of
Klinikum Weserbergland. They confirm the diagnosis of colon cancer (adenocarcinoma of the
sigmoid colon, stage II, C18.7), which is an insured critical illness under section 3.1
of your policy conditions.

We will therefore pay the full sum insured of EUR 75,000.00 to your account within the
next five working days. Your policy ends with this payment; no further premiums are due
and the premium for March will be refunded.

We wish you strength for your treatment and a full recovery.

""" + sig("seidel", "en") + "\n\n" + footer(LEBEN, "en"), cte="base64")


# --- 0141 -------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "grey: anonymised training case (52-year-old teacher, burnout, BU claim) without name, numbers or dates")
def _():
    return build("seidel", "Azubis Leben <azubis-leben@weserbogen.example>",
        "Übungsfall für Donnerstag: BU-Leistungsprüfung",
        """Hallo ihr Lieben,

für die Übung am Donnerstag bitte folgenden (anonymisierten, leicht veränderten) Fall
vorbereiten:

Eine 52-jährige Grundschullehrerin beantragt BU-Leistungen. Sie ist seit 9 Monaten
wegen eines Erschöpfungssyndroms mit depressiver Symptomatik krankgeschrieben, war
6 Wochen in einer psychosomatischen Klinik und hat eine ambulante Psychotherapie
begonnen. Der Vertrag läuft seit 14 Jahren, Gesundheitsfragen damals unauffällig.

Fragen:
1. Welche Unterlagen fordert ihr an?
2. Wie prüft ihr "6 Monate Prognose" bei psychischen Erkrankungen?
3. Kommt eine befristete Anerkennung in Betracht?

Bitte keine echten Akten als Vorlage mitbringen.

Anja
""")


# --- 0142 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "motor recourse to a foreign insurer: named drivers, plates, accident in Germany, damage only")
def _():
    return build("reinecke", "Claims Department <claims@baltic-motor-insurance.example>",
        "Recourse claim – accident 12 February 2026, A 7 near Hanover – your insured LT-KRM 512",
        """Dear colleagues,

we have compensated our policyholder Mr Holger Timmermann (NI-HT 909) for the damage to
his car caused by your insured, Mr Tomas Kazlauskas, driving the truck with Lithuanian
plates KRM 512 on 12 February 2026 on the A 7 near Hanover (lane change without looking,
police report enclosed by post). Nobody was injured.

We therefore claim reimbursement of:
  repair costs (Autohaus Meinecke)       EUR 8,744.12
  rental car 9 days                      EUR   882.00
  expert's fee                           EUR   734.00
  total                                  EUR 10,360.12

under the Green Card system. Please pay to our account stated in the enclosed
statement, quoting our reference S-26-041502.

""" + sig("reinecke", "en") + "\n\n" + footer(ALLG, "en"))


# --- 0143 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML+text with a PDF: a named employee's occupational pension statement (bAV, life line) with salary")
def _():
    p = pdf(["# Renteninformation 2026 – Direktversicherung DV 41.220.118",
             "Versicherte Person: Marion Stolte, geb. 04.03.1968",
             "Arbeitgeber: Bäckerei Stolte GmbH, Nienburg",
             "Beitrag (Entgeltumwandlung 150,00 + AG-Zuschuss 22,50 EUR) mtl.: 172,50 EUR",
             "Bruttogehalt laut Meldung des Arbeitgebers: 3.120,00 EUR mtl.",
             "Garantierte Monatsrente ab 01.04.2035: 211,40 EUR",
             "Mögliche Monatsrente inkl. Überschüssen: 268,90 EUR",
             "Kapitalabfindung (garantiert): 61.944,00 EUR",
             "Hinterbliebenenschutz: Rentengarantiezeit 10 Jahre"], title="Renteninformation 2026")
    text = """Sehr geehrte Frau Stolte,

Ihre jährliche Renteninformation zur Direktversicherung finden Sie im Anhang.

Das Wichtigste in Kürze: Ihre garantierte Monatsrente ab 01.04.2035 beträgt 211,40 EUR,
mit Überschüssen voraussichtlich 268,90 EUR.

Mit freundlichen Grüßen
Ricarda Neumann
Betriebliche Altersversorgung
"""
    html = """<html><body><p>Sehr geehrte Frau Stolte,</p>
<p>Ihre jährliche Renteninformation zur Direktversicherung finden Sie im Anhang.</p>
<table border="1" cellpadding="4" cellspacing="0"><tr><td>garantierte Monatsrente ab 01.04.2035</td><td>211,40 EUR</td></tr>
<tr><td>voraussichtlich mit Überschüssen</td><td>268,90 EUR</td></tr></table>
<p>Mit freundlichen Grüßen<br>Ricarda Neumann<br>Betriebliche Altersversorgung</p></body></html>
"""
    return build("neumann", "Marion Stolte <marion.stolte@baeckerei-stolte.example>",
        "Ihre Renteninformation 2026", body=text, html=html,
        atts=[A("Renteninformation_2026_DV41220118.pdf", p)])


# --- 0144 -------------------------------------------------------------------
@mail("NORMAL", "mixed", "insurer-to-partner",
      "trap: German/English call notes with the assistance company on process KPIs (repatriations, cost guarantees), no case")
def _():
    return build("schuster", ["Dr Samuel Okoye <s.okoye@euromed-assist.example>"],
        "Notes from our quarterly call / Protokoll Quartalsgespräch",
        """Hi Samuel,

thanks for the call - Notizen wie besprochen:

1. Volumes Q4/2025: 412 medical cases, 38 repatriations (11 by air ambulance),
   median time to cost guarantee 3.2 h (target 4 h). Passt.
2. Feedback der Kunden: Hotline-Wartezeit abends zu lang; you'll add one agent 18-24 h.
3. Neuer Prozess ab April: cost guarantees above EUR 25,000 need our on-call doctor's
   approval (Dr. Albrecht or deputy), not only the case manager's.
4. Data exchange: weiterhin nur über die verschlüsselte Schnittstelle, keine medical
   reports by e-mail - bitte auch an die Partnerkliniken weitergeben.

Next call: 16 June.

Viele Grüße / best
Laura
""")


# --- 0145 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "deer collision under partial cover: named customer, plate, workshop, payout (no injury)")
def _():
    return build("reinecke", "Ute Stegemann <ute.stegemann@web-post.example>",
        "Wildunfall vom 06.03.2026 – Teilkasko TK 62-1190035",
        """Sehr geehrte Frau Stegemann,

gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der K 12 zwischen Husum und Linsburg
nichts passiert ist. Die Wildunfallbescheinigung des Jagdpächters liegt uns vor.

Die Reparatur Ihres Skoda Fabia (NI-US 61) bei Autohaus Meinecke kostet laut
Kostenvoranschlag 3.912,40 EUR. Wir übernehmen den Betrag abzüglich Ihrer
Selbstbeteiligung von 150 EUR, also 3.762,40 EUR, und zahlen direkt an die Werkstatt.
Eine Rückstufung erfolgt in der Teilkasko nicht.

""" + sig("reinecke") + "\n\n" + footer(), charset="windows-1252", cte="quoted-printable")


# --- 0146 -------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: catering order for the broker day with anonymous dietary needs (allergies, diabetic-friendly), no names")
def _():
    return build("brandt", "Events <events@kulturwerk-catering.example>",
        "Catering order – Weserbogen broker day, 23 April 2026",
        """Hello Ms Rademacher,

we'd like to confirm the catering for our broker day at the Kulturwerk on 23 April:

  120 guests, coffee and pastries on arrival (09:30)
  lunch buffet 12:30, dinner 17:00 (3 courses, served)

Dietary requirements (so far, without names):
  14 vegetarian, 5 vegan, 4 gluten-free (coeliac), 2 lactose-free,
  1 severe nut allergy - please label all dishes,
  3 guests asked for diabetic-friendly desserts.

We'll send the final numbers by 9 April. Invoice to Weserbogen Allgemeine Versicherung AG,
cost centre 4120.

Best regards
Christoph Brandt
""")


# --- 0147 -------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "forwarded doctor's mail (attached .eml) with a named applicant's lab results (HbA1c, liver values) for underwriting")
def _():
    orig = inner("Dr Anna Kowalewska <praxis@kowalewska-med.example>", "underwriting-life@weserbogen.example",
                 "Lab results - Mr Jakob Reinholz (your ref. LV-A-26-02011)",
                 "Wed, 18 Mar 2026 16:48:03 +0100",
                 """Dear Sir/Madam,

as requested by your applicant, Mr Jakob Reinholz (DOB 09.09.1980), here are his most
recent laboratory results (blood taken 10.03.2026):

  HbA1c            6.9 %   (ref. < 5.7)
  fasting glucose  138 mg/dl
  GGT              112 U/l (ref. < 60)
  ALT               74 U/l
  total cholesterol 246 mg/dl

Diagnoses: type 2 diabetes mellitus (E11.9), fatty liver (K76.0). Currently on
metformin 1000 mg twice daily. He reports alcohol intake of about 2-3 beers per day.

Kind regards
Dr Anna Kowalewska
""", "<lab-0318-reinholz@kowalewska-med.example>")
    return build("petrova", who("albrecht"),
        "Fwd: Lab results - Mr Jakob Reinholz (LV-A-26-02011)",
        """Jens,

forwarding the GP's lab results for Reinholz (term life EUR 200k). Diabetes plus the
liver values and the alcohol statement - I'm thinking postpone 12 months. Your view?

Elena
""", atts=[A("Lab results Reinholz.eml", orig, ctype="message/rfc822")], charset="us-ascii", cte="7bit")


# --- 0148 -------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "HR/payroll: wage garnishment order against a named employee, debt amount, net pay calculation")
def _():
    return build("hoffmann", "Payroll Team <payroll@weserbogen.example>",
        "Garnishment order – employee no. 101560",
        """Hi payroll,

we received a garnishment and transfer order (Pfaendungs- und Ueberweisungsbeschluss) from
the local court of Nienburg dated 6 March 2026 against our employee Stefan Meyerhoff
(pers. no. 101560), creditor: Autohaus Meinecke GmbH, claim EUR 7,412.88 incl. costs.

Mr Meyerhoff's net pay is EUR 4,102.88; he has maintenance obligations for two children
per the information he gave us. Please calculate the garnishable amount from the table
in section 850c ZPO as of the March payroll and send the third-party debtor statement to
the creditor's lawyer within two weeks (template in the HR drive).

Please treat this discreetly - only payroll and me are informed.

Melanie
""", charset="us-ascii", cte="7bit")


# --- 0149 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: German out-of-office reply to a doctor's practice naming the deputy for medical reports; no patient")
def _():
    return build("albrecht", "Praxis Dr. Wübbe <praxis@neurologie-wuebbe.example>",
        "Abwesenheitsnotiz: Befundbericht angefordert",
        """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden medizinischen Fragen (Kostenzusagen, Rückfragen zu Befundberichten,
Gutachtenaufträgen) wenden Sie sich bitte an meine Vertreterin, Frau Dr. med. Lisa Krohne,
Tel. 05021 9870-471, oder an medizin@weserbogen.example.

Bitte senden Sie Arztberichte und Befunde nicht per E-Mail, sondern über
https://aerzte.weserbogen.example/upload.

Dr. med. Jens Albrecht
Gesellschaftsarzt
""", mailer="owa", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


# --- 0150 -------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order of blood-pressure monitors and blood-glucose meters for a second health day, no person")
def _():
    return build("pohl", "Bestellannahme <bestellung@medisan-handel.example>",
        "Bestellung 4500032114 – Messgeräte für den Gesundheitstag Verden",
        """Guten Tag Herr Kühling,

für den Gesundheitstag an unserem Standort Verden am 16.04. bestellen wir zu Ihrem
Angebot AN-26-0302:

  6 x Oberarm-Blutdruckmessgerät, validiert, mit Manschette M und L
  4 x Blutzuckermessgerät inkl. 200 Teststreifen und Lanzetten
  2 x Körperfettwaage (Bioimpedanz)
  1 x Entsorgungsbehälter für Kanülen, 2 l

Lieferung bis 10.04.2026 an Tor 2, Ansprechpartner vor Ort: BGM-Team, Tel. -095.
Rechnung bitte mit Bestellnummer an rechnungseingang@weserbogen.example.

Freundliche Grüße
Oliver Pohl
Einkauf
""", charset="iso-8859-1", cte="8bit")


# ===========================================================================
# writing and checking
# ===========================================================================

ALLOWED_CS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
HOST_RE = re.compile(r"(?i)\b[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)")
URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)([a-z0-9-]+(?:\.[a-z0-9-]+)*)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")


def xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def open_attachment(name, data, stats, depth=0):
    """Open one attachment by type and return its text."""
    ext = name.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        assert data.startswith(b"%PDF-"), name
        t = pdf_text(data)
        assert t.strip(), "empty PDF text layer: " + name
        return t
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        names = z.namelist()
        texts = []
        if ext == "docx":
            assert "word/document.xml" in names and "[Content_Types].xml" in names
            texts.append(xml_text(z.read("word/document.xml")))
        elif ext == "xlsx":
            assert "xl/workbook.xml" in names and "[Content_Types].xml" in names
            ET.fromstring(z.read("xl/workbook.xml"))
            for n in names:
                if n.startswith("xl/worksheets/"):
                    texts.append(xml_text(z.read(n)))
        elif ext in ("odt", "ods"):
            assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
            ET.fromstring(z.read("META-INF/manifest.xml"))
            texts.append(xml_text(z.read("content.xml")))
        else:
            for n in names:
                if n.endswith("/"):
                    continue
                texts.append(open_attachment(n, z.read(n), stats, depth + 1))
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))
        return "\n".join(texts)
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, name
        assert "\n" not in t.replace("\r\n", ""), "bare LF in ICS " + name
        return t.replace("\r\n ", "")          # unfold
    if ext in ("csv", "txt", "html", "htm", "pem", "log"):
        for cs in ("utf-8", "windows-1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                pass
        raise AssertionError("undecodable " + name)
    if ext == "eml":
        m = BytesParser(policy=policy.default).parsebytes(data)
        return check_message(m, stats, nested=True)
    raise AssertionError("unknown attachment type " + name)


def check_message(m, stats, nested=False):
    texts = []
    for k in ("From", "To", "Cc", "Reply-To", "Subject"):
        if m[k]:
            texts.append(str(m[k]))
    for part in m.walk():
        assert not part.defects, (part.get_content_type(), part.defects)
        ct = part.get_content_type()
        if ct == "message/rfc822":          # walk() descends into it; add its headers here
            stats["eml"] = stats.get("eml", 0) + 1
            sub = part.get_payload()[0]
            assert sub["From"] and sub["Date"] and not sub.defects
            for k in ("From", "To", "Cc", "Subject"):
                if sub[k]:
                    texts.append(str(sub[k]))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            data = part.get_payload(decode=True)
            texts.append(open_attachment(fn, data, stats))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                assert cs in ALLOWED_CS, cs
                data.decode(cs)
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            assert cs in ALLOWED_CS, cs
            raw = part.get_payload(decode=True)
            raw.decode(cs)
            texts.append(part.get_content())
            stats["cs:" + cs] = stats.get("cs:" + cs, 0) + 1
            stats["cte:" + str(part.get("Content-Transfer-Encoding", "7bit")).lower()] = \
                stats.get("cte:" + str(part.get("Content-Transfer-Encoding", "7bit")).lower(), 0) + 1
        else:
            raise AssertionError("unnamed non-text part " + ct)
    return "\n".join(texts)


def check(files, tsv, rows):
    ok = True
    # 1. byte-for-byte against disk
    for name, data in files.items():
        p = os.path.join(HERE, "mails", name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            print("DIFFERS:", name)
            ok = False
    ondisk = sorted(os.listdir(os.path.join(HERE, "mails")))
    if ondisk != sorted(files):
        print("extra/missing files in mails/")
        ok = False
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != tsv:
        print("labels.tsv differs")
        ok = False
    # 2. parse every mail
    mids, stats, tops = set(), {}, {}
    for name, data in sorted(files.items()):
        try:
            assert re.search(rb"(?<!\r)\n", data) is None, "bare LF"
            assert re.search(rb"\r(?!\n)", data) is None, "bare CR"
            m = BytesParser(policy=policy.default).parsebytes(data)
            assert not m.defects, m.defects
            mid = m["Message-ID"]
            assert mid and mid not in mids, "Message-ID"
            mids.add(mid)
            assert m["Date"].datetime.year == 2026, "Date"
            frm = getaddresses([str(m["From"])])[0][1]
            assert frm.lower().endswith("@" + DOM), "From not insurer: " + frm
            for k in ("From", "To", "Cc", "Reply-To"):
                for _, addr in getaddresses([str(x) for x in m.get_all(k, [])]):
                    assert addr.lower().endswith(".example"), "address " + addr
            assert mid.strip("<>").split("@")[1].endswith(DOM)
            tops[m.get_content_type()] = tops.get(m.get_content_type(), 0) + 1
            text = check_message(m, stats)
            for h in HOST_RE.findall(text) + URL_RE.findall(text):
                assert h.lower().rstrip(".").endswith("example"), "host " + h
            for ib in IBAN_RE.findall(text):
                if ib.replace(" ", "")[4:7] == "ZZZ":      # SEPA creditor identifier, not an IBAN
                    continue
                assert iban_valid(ib), "invalid IBAN " + ib
                stats["iban"] = stats.get("iban", 0) + 1
        except Exception as e:  # noqa
            print("FAIL", name, repr(e))
            ok = False
    # 3. counts
    from collections import Counter
    lab = Counter(r[1] for r in rows)
    lang = Counter(r[2] for r in rows)
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if dict(lab) != want:
        print("label counts", dict(lab), "want", want)
        ok = False
    if dict(lang) != {"de": 85, "en": 56, "mixed": 9}:
        print("language counts", dict(lang))
        ok = False
    kinds_ok = all(r[3] and "\t" not in r[4] and r[4] for r in rows)
    if not kinds_ok:
        print("empty kind/reason in labels.tsv")
        ok = False
    print("mails:", len(files), "labels:", dict(lab), "langs:", dict(lang))
    print("top-level types:", dict(sorted(tops.items())))
    print("parts/attachments:", dict(sorted(stats.items())))
    print("unique Message-IDs:", len(mids))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


def stats_md(rows):
    from collections import Counter, defaultdict
    labs = ["NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"]
    print("| label | de | en | mixed | total |\n|---|---:|---:|---:|---:|")
    for l in labs:
        c = Counter(r[2] for r in rows if r[1] == l)
        print("| %s | %d | %d | %d | %d |" % (l, c["de"], c["en"], c["mixed"], sum(c.values())))
    c = Counter(r[2] for r in rows)
    print("| **total** | %d | %d | %d | %d |" % (c["de"], c["en"], c["mixed"], len(rows)))
    print()
    k = defaultdict(Counter)
    for r in rows:
        k[r[3]][r[1]] += 1
    print("| kind | n | NORMAL | CONF. | STRICT |\n|---|---:|---:|---:|---:|")
    for kind in sorted(k, key=lambda x: -sum(k[x].values())):
        c = k[kind]
        print("| %s | %d | %s | %s | %s |" % (kind, sum(c.values()), c["NORMAL"] or "–",
                                             c["CONFIDENTIAL"] or "–", c["STRICTLY_CONFIDENTIAL"] or "–"))
    print()
    print("traps:", sum(1 for r in rows if r[4].startswith("trap:")),
          "grey:", sum(1 for r in rows if r[4].startswith("grey:")))


def main():
    files, tsv, rows = build_all()
    if "--check" in sys.argv:
        sys.exit(0 if check(files, tsv, rows) else 1)
    if "--stats" in sys.argv:
        stats_md(rows)
        return
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for name in os.listdir(os.path.join(HERE, "mails")):
        if name.startswith(PREFIX) and name not in files:
            os.remove(os.path.join(HERE, "mails", name))
    for name, data in files.items():
        with open(os.path.join(HERE, "mails", name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)
    print("wrote %d mails" % len(files))


if __name__ == "__main__":
    main()
