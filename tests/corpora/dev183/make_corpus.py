#!/usr/bin/env python3
"""Independent labelled mail corpus dev183 for Siegel (issue 14).

Writes mails/d183-NNNN.eml (RFC 5322, CRLF) and labels.tsv into the folder this
script lives in.  Standard library only, deterministic.

    python3 make_corpus.py           # build
    python3 make_corpus.py --check   # rebuild in a temp folder, compare bytes, parse every mail

All persons, companies, numbers and addresses are invented.  Every host ends in
.example.  The insurer is the (fictitious) Kranichsee Versicherungsgruppe, Schwerin.
"""
import sys
import os
import io
import re
import zipfile
import hashlib
import tempfile
import shutil
import email
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime, formataddr
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape as _xesc

PREFIX = "d183-"
DOMAIN = "kranichsee-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
FIXED_ZIP_TIME = (2026, 1, 5, 8, 30, 0)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def iban(cc, bban, grouped=True):
    """IBAN with correct ISO 7064 mod-97 check digits."""
    digits = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    check = 98 - int(digits) % 97
    s = f"{cc}{check:02d}{bban}"
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    digits = "".join(str(int(c, 36)) for c in (s[4:] + s[:4]))
    return int(digits) % 97 == 1


def when(s):
    """'2026-03-04 09:12' -> aware datetime, German local time (CET/CEST)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2, 0) <= d < datetime(2026, 10, 25, 3, 0)
    return d.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def xe(s):
    return _xesc(str(s), {'"': "&quot;"})


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix.rstrip() if not line else prefix + line) if not line.startswith(">") else ">" + line)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# the insurer's staff (same person always signs the same way)
# ---------------------------------------------------------------------------

ENT = {
    "KV": ("Kranichsee Krankenversicherung AG", "HRB 3102"),
    "LV": ("Kranichsee Lebensversicherung AG", "HRB 3098"),
    "AV": ("Kranichsee Allgemeine Versicherung AG", "HRB 3117"),
    "DL": ("Kranichsee Dienstleistungs-GmbH", "HRB 3355"),
}

# key: (display name, local part, role de, role en, phone ext, entity, unit de, unit en)
STAFF = {
    "vosswinkel": ("Dr. Henrike Voßwinkel", "h.vosswinkel", "Leiterin Personal & Organisation", "Head of HR & Organisation", "310", "DL", "Personal & Organisation", "HR & Organisation"),
    "ohlerich": ("Malte Ohlerich", "m.ohlerich", "HR Business Partner Leistung & Schaden", "HR Business Partner, Claims", "314", "DL", "Personal & Organisation", "HR & Organisation"),
    "karadag": ("Sibel Karadağ", "s.karadag", "Personalreferentin", "HR Officer", "316", "DL", "Personal & Organisation", "HR & Organisation"),
    "tiedemann": ("Jannis Tiedemann", "j.tiedemann", "Entgeltabrechnung", "Payroll", "322", "DL", "Personal & Organisation", "HR & Organisation"),
    "brueggemann": ("Anke Brüggemann", "a.brueggemann", "Betriebliches Gesundheitsmanagement / BEM", "Workplace Health Management / BEM", "318", "DL", "Personal & Organisation", "HR & Organisation"),
    "pahl": ("Torsten Pahl", "t.pahl", "Vorsitzender des Betriebsrats", "Chair of the Works Council", "290", "DL", "Betriebsrat", "Works Council"),
    "marquardt": ("Ilka Marquardt", "i.marquardt", "stellv. Vorsitzende des Betriebsrats", "Deputy Chair of the Works Council", "291", "DL", "Betriebsrat", "Works Council"),
    "suhr": ("Reinhard Suhr", "r.suhr", "Vertrauensperson der schwerbehinderten Menschen", "Representative of Disabled Employees", "293", "DL", "Schwerbehindertenvertretung", "Disabled Employees' Representation"),
    "sellin": ("Kai-Uwe Sellin", "k.sellin", "Datenschutzbeauftragter", "Data Protection Officer", "150", "DL", "Datenschutz", "Data Protection"),
    "wollenberg": ("Nadine Wollenberg", "n.wollenberg", "Leistungsabteilung Krankenversicherung", "Health Claims", "441", "KV", "Leistung KV", "Health Claims"),
    "reimers": ("Dr. med. Bodo Reimers", "b.reimers", "Beratungsarzt", "Medical Officer", "460", "KV", "Medizinischer Dienst der Gesellschaft", "Medical Services"),
    "brennan": ("Aoife Brennan", "a.brennan", "International Health Claims", "International Health Claims", "452", "KV", "Leistung KV International", "International Health"),
    "engelke": ("Philipp Engelke", "p.engelke", "BU-Leistungsprüfung", "Disability Claims", "512", "LV", "Leistung Leben/BU", "Life & Disability Claims"),
    "rademacher": ("Svenja Rademacher", "s.rademacher", "Antragsprüfung Leben/BU", "Life & Disability Underwriting", "520", "LV", "Risikoprüfung", "Underwriting"),
    "kasischke": ("Rolf Kasischke", "r.kasischke", "bAV-Service", "Occupational Pensions Service", "530", "LV", "Betriebliche Altersversorgung", "Occupational Pensions"),
    "kroeger": ("Lars Kröger", "l.kroeger", "Kfz-Schaden", "Motor Claims", "610", "AV", "Schaden Kraftfahrt", "Motor Claims"),
    "yildiz": ("Emine Yıldız", "e.yildiz", "Kfz-Vertrag", "Motor Underwriting", "605", "AV", "Vertrag Kraftfahrt", "Motor Underwriting"),
    "haase": ("Fenja Haase", "f.haase", "Sachschaden Privatkunden", "Property Claims", "640", "AV", "Schaden Sach", "Property Claims"),
    "brandt": ("Dr. Ole Brandt", "o.brandt", "Risk Engineering", "Risk Engineering", "671", "AV", "Firmenkunden Technik", "Commercial Risk Engineering"),
    "wiechmann": ("Carsten Wiechmann", "c.wiechmann", "Haftpflichtschaden", "Liability Claims", "650", "AV", "Schaden Haftpflicht", "Liability Claims"),
    "niemeyer": ("Julia Niemeyer", "j.niemeyer", "Rechtsschutz-Schaden", "Legal Expenses Claims", "660", "AV", "Rechtsschutz", "Legal Expenses"),
    "achterberg": ("Ben Achterberg", "b.achterberg", "Reiseversicherung", "Travel Insurance", "680", "AV", "Reise", "Travel"),
    "stoltenberg": ("Mareike Stoltenberg", "m.stoltenberg", "Maklerbetreuung", "Broker Relations", "210", "DL", "Vertrieb Makler", "Broker Sales"),
    "jessen": ("Hauke Jessen", "h.jessen", "Firmenkunden", "Commercial Lines", "230", "AV", "Firmenkunden", "Commercial Lines"),
    "lorenz": ("Dennis Lorenz", "d.lorenz", "IT-Servicedesk", "IT Service Desk", "999", "DL", "IT", "IT"),
    "wrobel": ("Tomasz Wróbel", "t.wrobel", "Softwareentwicklung Portale", "Portal Development", "974", "DL", "IT", "IT"),
    "raman": ("Priya Raman", "p.raman", "Data Analytics", "Data Analytics", "188", "DL", "Controlling", "Controlling"),
    "bendixen": ("Clara Bendixen", "c.bendixen", "Unternehmenskommunikation", "Corporate Communications", "120", "DL", "Kommunikation", "Communications"),
    "asmussen": ("Frederik Asmussen", "f.asmussen", "Rückversicherung", "Reinsurance", "180", "DL", "Rückversicherung", "Reinsurance"),
    "thaden": ("Dr. Wiebke Thaden", "w.thaden", "Aktuariat Leben/Kranken", "Actuarial, Life & Health", "170", "DL", "Aktuariat", "Actuarial"),
    "dahlke": ("Uwe Dahlke", "u.dahlke", "Facility Management", "Facility Management", "080", "DL", "Facility Management", "Facility Management"),
    "schliemann": ("Petra Schliemann", "p.schliemann", "Einkauf", "Procurement", "095", "DL", "Einkauf", "Procurement"),
    "gerdes": ("Hendrik Gerdes", "h.gerdes", "Teamleiter Leistung KV ambulant", "Team Lead, Health Claims", "440", "KV", "Leistung KV", "Health Claims"),
    "lohse": ("Katrin Lohse", "k.lohse", "Teamleiterin Kundenservice Rostock", "Team Lead, Customer Service Rostock", "7120", "DL", "Kundenservice", "Customer Service"),
}

ADDR = "Kranichweg 4–8 · 19061 Schwerin"
ADDR_EN = "Kranichweg 4–8, 19061 Schwerin, Germany"


def who(key):
    s = STAFF[key]
    return formataddr((s[0], f"{s[1]}@{DOMAIN}"))


def addr(key):
    return f"{STAFF[key][1]}@{DOMAIN}"


def name(key):
    return STAFF[key][0]


def sig(key, lang="de", short=False, legal=False):
    s = STAFF[key]
    ent = ENT[s[5]]
    if short:
        return f"\n-- \n{s[0]}\n{s[2] if lang == 'de' else s[3]}\nTel. +49 385 7702-{s[4]}\n"
    lines = ["", "-- ", s[0], s[2] if lang == "de" else s[3]]
    if lang == "de":
        lines += [ent[0], ADDR, f"Telefon +49 385 7702-{s[4]}", f"{s[1]}@{DOMAIN}"]
    else:
        lines += [ent[0], ADDR_EN, f"Phone +49 385 7702-{s[4]}", f"{s[1]}@{DOMAIN}"]
    if legal:
        lines += ["", footer(s[5], lang)]
    return "\n".join(lines) + "\n"


def footer(entkey, lang="de"):
    ent = ENT[entkey]
    if lang == "de":
        return (f"{ent[0]} · Sitz Schwerin · Amtsgericht Schwerin {ent[1]}\n"
                "Vorsitzender des Aufsichtsrats: Jürgen Wollin · Vorstand: Dr. Maren Klüßendorf (Vors.), "
                "Stefan Ohde, Birte Lassahn\n"
                "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
                "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
    return (f"{ent[0]} · Registered office: Schwerin, Germany · Local court Schwerin {ent[1]}\n"
            "Chair of the Supervisory Board: Jürgen Wollin · Management Board: Dr. Maren Klüßendorf (CEO), "
            "Stefan Ohde, Birte Lassahn")


# ---------------------------------------------------------------------------
# attachments built with the standard library only
# ---------------------------------------------------------------------------

def zip_bytes(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for nm, data in members:
            zi = zipfile.ZipInfo(nm, date_time=FIXED_ZIP_TIME)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if nm == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def _core_xml(title, author):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xe(title)}</dc:title><dc:creator>{xe(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T08:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def docx(items, title="Dokument", author="Kranichsee"):
    """items: str paragraph | ('b', str) bold paragraph | ('table', rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xe(t)}</w:t></w:r></w:p>'

    body = []
    for it in items:
        if isinstance(it, str):
            body.append(para(it))
        elif it[0] == "b":
            body.append(para(it[1], True))
        elif it[0] == "table":
            rows = []
            for r in it[1]:
                cells = "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{para(c)}</w:tc>" for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            borders = ("<w:tblBorders>" + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                       for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{borders}</w:tblPr>{"".join(rows)}</w:tbl>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
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
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("docProps/core.xml", _core_xml(title, author)), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", author="Kranichsee"):
    """sheets: [(name, rows)], cells str or int/float."""
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = []
    sheet_entries, wb_rels, overrides = [], [], []
    for si, (sname, rows) in enumerate(sheets, 1):
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
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xe(v)}</t></is></c>')
            xrows.append(f'<row r="{ri}">{"".join(cells)}</row>')
        files.append((f"xl/worksheets/sheet{si}.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}"><sheetData>{"".join(xrows)}</sheetData></worksheet>'))
        sheet_entries.append(f'<sheet name="{xe(sname)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" xmlns:r="{RNS}"><sheets>'
          + "".join(sheet_entries) + "</sheets></workbook>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + "".join(overrides) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(wb_rels) + "</Relationships>")
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _core_xml(title, author)),
                      ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def _odf(mimetype, body):
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}><office:body>{body}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                     stored_first="mimetype")


def odt(items):
    """items: str paragraph | ('h', str) heading | ('table', rows)."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<text:p>{xe(it)}</text:p>")
        elif it[0] == "h":
            out.append(f'<text:h text:outline-level="2">{xe(it[1])}</text:h>')
        elif it[0] == "table":
            ncol = max(len(r) for r in it[1])
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{xe(c)}</text:p></table:table-cell>' for c in r)
                + "</table:table-row>" for r in it[1])
            out.append(f'<table:table table:name="T{len(out)}"><table:table-column table:number-columns-repeated="{ncol}"/>{rows}</table:table>')
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>" + "".join(out) + "</office:text>")


def ods(sheets):
    out = []
    for sname, rows in sheets:
        xr = []
        for r in rows:
            cells = []
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xe(c)}</text:p></table:table-cell>')
            xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{xe(sname)}">{"".join(xr)}</table:table>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>" + "".join(out) + "</office:spreadsheet>")


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = "  " + w if line.startswith("  ") else w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def pdf(text, title="Dokument", author="Kranichsee"):
    """Simple text PDF (Helvetica, WinAnsi).  Lines starting with '# ' are set bold."""
    lines = []
    for raw in text.strip("\n").split("\n"):
        lines.extend(_wrap(raw))
    per_page = 56
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    def esc(s):
        b = s.encode("cp1252", errors="replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    n_pages = len(pages)
    first_page = 5
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        stream = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 786 Td"]
        for ln in pg:
            if ln.startswith("# "):
                stream.append(b"/F2 11 Tf (" + esc(ln[2:]) + b") Tj T* /F1 10 Tf")
            else:
                stream.append(b"(" + esc(ln) + b") Tj T*")
        stream.append(b"ET")
        data = b"\n".join(stream)
        pno, cno = first_page + 2 * i, first_page + 2 * i + 1
        objs[pno] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     f"/Contents {cno} 0 R >>").encode()
        objs[cno] = f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
    info_no = first_page + 2 * n_pages
    t = title.encode("cp1252", errors="replace").replace(b"(", b"\\(").replace(b")", b"\\)")
    a = author.encode("cp1252", errors="replace").replace(b"(", b"\\(").replace(b")", b"\\)")
    objs[info_no] = b"<< /Title (" + t + b") /Author (" + a + b") /Producer (Kranichsee KORA 4.2) /CreationDate (D:20260105083000+01'00') >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {info_no + 1}\n0000000000 65535 f \n".encode())
    for k in range(1, info_no + 1):
        out.write(f"{offsets[k]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {info_no + 1} /Root 1 0 R /Info {info_no} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(), method="REQUEST"):
    def fold(line):
        b = line
        out = []
        while len(b) > 73:
            out.append(b[:73])
            b = " " + b[73:]
        out.append(b)
        return "\r\n".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    L = ["BEGIN:VCALENDAR", "PRODID:-//Kranichsee//Outlook-Export//DE", "VERSION:2.0", f"METHOD:{method}",
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260105T083000Z",
         f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
         f"SUMMARY:{esc(summary)}"]
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, mail in attendees:
        L.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{mail}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def csv_text(rows, sep=";"):
    return "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"


# attachment descriptors -----------------------------------------------------

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "bin": ("application", "octet-stream"),
    "xls-csv": ("application", "vnd.ms-excel"),
}


class Att:
    def __init__(self, filename, data, kind=None, charset=None, textsub=None):
        self.filename = filename
        self.data = data
        self.kind = kind or filename.rsplit(".", 1)[-1].lower()
        self.charset = charset
        self.textsub = textsub


# ---------------------------------------------------------------------------
# message builder
# ---------------------------------------------------------------------------

def msgid(n, d, tag="m"):
    h = hashlib.sha1(f"{PREFIX}{n}-{tag}".encode()).hexdigest()[:10].upper()
    return f"<{d.strftime('%Y%m%d%H%M%S')}.{h}@{DOMAIN}>"


def build(n, frm, to, subject, date, text=None, html=None, cc=None, atts=(), irt=None, refs=None,
          charset="utf-8", cte=None, mailer="Microsoft Outlook 16.0", flowed=False, extra=(), mid=None,
          reply_to=None, tag="m"):
    d = when(date)
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(d)
    m["Message-ID"] = mid or msgid(n, d, tag)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if mailer:
        if mailer.startswith("Mozilla") or mailer.startswith("Thunderbird"):
            m["User-Agent"] = mailer
        else:
            m["X-Mailer"] = mailer
    for k, v in extra:
        m[k] = v
    if text is not None:
        t = text.replace("\r\n", "\n")
        if charset.lower() not in ("utf-8", "us-ascii"):
            try:
                t.encode(charset)
            except UnicodeEncodeError:
                # an old mail client: typographic characters fall back to ASCII
                t = t.translate({0x2013: "-", 0x2014: "-", 0x2026: "...", 0x201E: '"', 0x201C: '"', 0x2019: "'"})
        if not t.endswith("\n"):
            t += "\n"
        kw = {}
        if flowed:
            kw["params"] = {"format": "flowed"}
        c = cte
        if c is None:
            try:
                t.encode("ascii")
                c = "7bit"
            except UnicodeEncodeError:
                c = "quoted-printable"
        m.set_content(t, subtype="plain", charset=charset, cte=c, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        if a.kind in ("ics",):
            m.add_attachment(a.data, subtype="calendar", filename=a.filename, cte="quoted-printable" if not a.data.isascii() else "7bit",
                             params={"method": "REQUEST"})
        elif a.kind in ("csv", "txt", "log", "vcf"):
            sub = a.textsub or {"csv": "csv", "txt": "plain", "log": "plain", "vcf": "vcard"}[a.kind]
            if isinstance(a.data, bytes):
                m.add_attachment(a.data, maintype="text", subtype=sub, filename=a.filename)
                m.get_payload()[-1].set_param("charset", a.charset or "utf-8")
            else:
                m.add_attachment(a.data, subtype=sub, filename=a.filename, charset=a.charset or "utf-8",
                                 cte="quoted-printable" if not a.data.isascii() else "7bit")
        else:
            mt, st = MIME[a.kind]
            m.add_attachment(a.data, maintype=mt, subtype=st, filename=a.filename)
    # deterministic boundaries, no MIME-Version in sub-parts
    i = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            # sub-parts created by add_attachment carry a superfluous MIME-Version header
            if not _is_inner_message(m, part):
                del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_Part_{n:04d}_{i}_{hashlib.sha1(f'{n}.{i}'.encode()).hexdigest()[:12]}")
    return m


def _is_inner_message(top, part):
    """True if part is the root of a message/rfc822 attachment (keeps its MIME-Version)."""
    for p in top.walk():
        if p.get_content_type() == "message/rfc822":
            for inner in p.get_payload():
                if inner is part:
                    return True
    return False


def inner(frm, to, subject, date, text, mid, cc=None, mailer=None, atts=(), html=None):
    """A message to be forwarded as message/rfc822 (written by someone else)."""
    m = build(0, frm, to, subject, date, text=text, html=html, cc=cc, atts=atts, mailer=mailer, mid=mid)
    return m


MAILS = []


def mail(label, lang, kind, reason):
    assert label in LABELS and lang in LANGS, (label, lang)

    def deco(f):
        MAILS.append((f, label, lang, kind, reason))
        return f
    return deco



# ===========================================================================
# MAILS
# ===========================================================================

# ---- 0001 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "HR circular on new flexitime rules for all staff; no individual is concerned")
def _(n):
    return build(n, who("vosswinkel"), "Alle Mitarbeitenden Schwerin <alle-schwerin@kranichsee-versicherung.example>",
                 "Neue Gleitzeitregelung ab 1. April 2026", "2026-02-16 08:05", text=f"""\
Liebe Kolleginnen und Kollegen,

Geschäftsleitung und Betriebsrat haben sich auf eine neue Betriebsvereinbarung
zur Arbeitszeit geeinigt. Sie gilt ab dem 1. April 2026 für alle Beschäftigten
der Kranichsee Dienstleistungs-GmbH am Standort Schwerin; Rostock folgt zum 1. Juli.

Das ändert sich:

  * Die Kernzeit (bisher 9:30 bis 15:00 Uhr) entfällt. Stattdessen gilt ein
    Funktionszeitrahmen von 8:00 bis 16:30 Uhr, in dem jedes Team seine
    Erreichbarkeit selbst sicherstellt.
  * Der Arbeitszeitrahmen wird auf 6:30 bis 20:00 Uhr erweitert.
  * Das Gleitzeitkonto darf künftig zwischen -20 und +40 Stunden liegen.
    Stunden über +40 verfallen nicht mehr, sondern werden mit der Führungskraft
    in einem Abbauplan vereinbart.
  * Bis zu zwölf Gleittage im Jahr sind möglich (bisher acht).

Was bleibt: Zeiten werden weiter im Zeitportal erfasst, und die gesetzlichen
Pausen und Höchstarbeitszeiten gelten selbstverständlich unverändert.

Die vollständige Betriebsvereinbarung finden Sie ab Freitag im Intranet unter
Personal > Regelungen > Arbeitszeit. Fragen beantworten Ihnen Ihre HR Business
Partner und die Mitglieder des Betriebsrats.

Am 5. März um 12:30 Uhr gibt es eine Online-Fragestunde (Teams-Link im Intranet).

Viele Grüße
Henrike Voßwinkel
{sig("vosswinkel")}""")


# ---- 0002 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "team lead forwards a named employee's follow-up sick note (incapacity for work with dates, treating practice) to HR; health data, only in the scanned PDF")
def _(n):
    au = pdf("""\
# Arbeitsunfähigkeitsbescheinigung - Ausfertigung zur Vorlage beim Arbeitgeber

Versicherte/r:     Kossack, Melanie
                   Schelfstraße 27, 19055 Schwerin
Kostenträger:      privat versichert (Selbstzahlerin)

[ ] Erstbescheinigung      [X] Folgebescheinigung

arbeitsunfähig seit:               19.01.2026
voraussichtlich arbeitsunfähig
bis einschließlich:                13.02.2026
festgestellt am:                   30.01.2026

[ ] Arbeitsunfall, Arbeitsunfallfolgen, Berufskrankheit
[ ] dem Durchgangsarzt zugewiesen

Praxis Dr. med. Jörn Hilgendorf
Facharzt für Innere Medizin
Puschkinstraße 14, 19055 Schwerin

(Stempel / Unterschrift)
""", title="AU Kossack", author="Scan Posteingang")
    return build(n, who("gerdes"), who("karadag"), "AU Frau Kossack",
                 "2026-02-02 10:47", text=f"""\
Hallo Sibel,

anbei die Folgebescheinigung von Melanie Kossack, kam heute mit der
Hauspost bei mir an. Sie ist privat versichert, deshalb gibt es bei ihr
keine eAU über die Kasse.

Original lege ich dir ins Fach. Die Vertretung im Team ist geregelt.

Gruß
Hendrik
{sig("gerdes", short=True)}""", atts=[Att("Scan_20260202_104312.pdf", au)])


# ---- 0003 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor claim of a named customer: claim number, registration plate, repair shop and excess; nobody hurt, no health data")
def _(n):
    return build(n, who("kroeger"), "Gareth Lloyd-Pritchard <g.lloydpritchard@kuestenmail.example>",
                 "Your claim KS-K-2026-0114873 – parking damage in Eppendorf", "2026-01-21 14:22", text=f"""\
Dear Mr Lloyd-Pritchard,

thank you for your call this morning and for the photos you sent.

I have registered the damage to your car (HH-GL 4471, VW Golf Variant) under
claim number KS-K-2026-0114873. As discussed, the other vehicle drove off
without leaving details, so this is a comprehensive (Vollkasko) claim under
your policy KS-KF-3318207. Your excess is EUR 300.

Next steps:
1. Please take the car to a partner garage of your choice. The nearest one to
   your address is Autohaus Wendt, Martinistraße 61, 20251 Hamburg. They will
   send us the estimate directly; you do not need to pay upfront apart from the
   excess.
2. If the police registered the incident, please forward the file number
   (Tagebuchnummer) when you receive it.

Because you reported the claim within a week and nobody was injured, there is
no need for an assessor at this stage. A no-claims downgrade applies to the
comprehensive cover only; your liability class stays at SF 12.

Kind regards
Lars Kröger
{sig("kroeger", "en", legal=True)}""")


# ---- 0004 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: staff engagement survey results as aggregated percentages per division (stress, workload, health offers); no person identifiable")
def _(n):
    rows = [("Division", "Responses", "Engagement index", "Workload 'too high'", "Feel stressed often", "Use health offers"),
            ("Health claims (KV)", "212", "68", "41 %", "33 %", "47 %"),
            ("Life & disability", "96", "71", "35 %", "29 %", "52 %"),
            ("Property & casualty", "188", "66", "44 %", "31 %", "38 %"),
            ("Sales & broker relations", "74", "74", "28 %", "22 %", "35 %"),
            ("IT", "121", "63", "39 %", "36 %", "30 %"),
            ("Central functions", "143", "72", "26 %", "21 %", "49 %"),
            ("Total", "834", "69", "37 %", "29 %", "42 %")]
    txt = "\n".join(f"{r[0]:<26}{r[1]:>9}{r[2]:>8}{r[3]:>11}{r[4]:>11}{r[5]:>11}" for r in rows)
    html_rows = "".join("<tr>" + "".join(f"<td style=\"padding:3px 8px;border:1px solid #bbb\">{c}</td>" for c in r) + "</tr>" for r in rows)
    return build(n, who("vosswinkel"), "Leadership Circle <fuehrungskreis@kranichsee-versicherung.example>",
                 "Staff survey 2025 – results by division", "2026-01-28 16:40",
                 text=f"""\
Dear colleagues,

the results of the 2025 staff survey are in. Participation was 78 % (834 of
1,069 employees), the highest since we started in 2019.

{txt}

Divisions with fewer than 10 responses in a team are only reported at the
next level up, so no answer can be traced to an individual.

Two things stand out: workload is perceived as too high in P&C and health
claims, and only four in ten colleagues use the health offers (gym subsidy,
back training, counselling hotline). HR will bring proposals to the
leadership workshop on 12 March.

Best regards
Henrike
{sig("vosswinkel", "en")}""",
                 html=f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>the results of the 2025 staff survey are in. Participation was 78&nbsp;% (834 of 1,069 employees), the highest since we started in 2019.</p>
<table style="border-collapse:collapse">{html_rows}</table>
<p>Divisions with fewer than 10 responses in a team are only reported at the next level up, so no answer can be traced to an individual.</p>
<p>Two things stand out: workload is perceived as too high in P&amp;C and health claims, and only four in ten colleagues use the health offers (gym subsidy, back training, counselling hotline). HR will bring proposals to the leadership workshop on 12 March.</p>
<p>Best regards<br>Henrike</p>
<p style="color:#666;font-size:9pt">Dr. Henrike Vo&szlig;winkel<br>Head of HR &amp; Organisation<br>Kranichsee Dienstleistungs-GmbH</p>
</body></html>""")


# ---- 0005 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private health insurance benefit statement for a named insured: pulmonologist invoice, asthma diagnosis J45.0, inhaler, reimbursement amounts")
def _(n):
    return build(n, who("wollenberg"), "Familie Dethloff <dethloff.guestrow@postfach-nord.example>",
                 "Ihre Leistungsabrechnung vom 09.03.2026 – Vertrag KV 7720 0418 55", "2026-03-09 11:15", text=f"""\
Sehr geehrte Frau Dethloff,

vielen Dank für die eingereichten Belege. Für Ihre Tochter Lina (versicherte
Person 02) haben wir folgende Rechnungen abgerechnet:

  Rechnung Dr. med. Kai Bünger, Lungenfacharzt, Güstrow, vom 12.02.2026
  Diagnose: J45.0 Vorwiegend allergisches Asthma bronchiale
  GOÄ 605 Lungenfunktion, 605a, 612, 1 und 5, 2,3-fach
  Rechnungsbetrag                                   186,34 EUR
  erstattungsfähig                                  186,34 EUR

  Apotheke am Markt, Güstrow, vom 14.02.2026
  Budesonid/Formoterol 160/4,5 µg, 3 x 120 Hübe
  Rechnungsbetrag                                   134,07 EUR
  erstattungsfähig                                  134,07 EUR

  Summe Erstattung                                  320,41 EUR

Ein Selbstbehalt fällt im Tarif KJ-Komfort für Kinder nicht an. Den Betrag
überweisen wir in den nächsten Tagen auf das bekannte Konto.

Hinweis: Der Allergietest (Rechnung vom 03.02.2026) fehlt noch in Ihren
Unterlagen – wenn Sie die Rechnung in der Kranichsee-App hochladen, wird sie
automatisch dieser Abrechnung zugeordnet.

Mit freundlichen Grüßen
Nadine Wollenberg
{sig("wollenberg", legal=True)}""")


# ---- 0006 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "harmless body; attached PDF letter gives a named employee's new monthly salary and pay grade; income data")
def _(n):
    letter = pdf("""\
Kranichsee Dienstleistungs-GmbH · Personal & Organisation · Kranichweg 4-8 · 19061 Schwerin

Herrn
Florian Brandenburg
Abteilung Schaden Haftpflicht
- im Hause -
                                                            Schwerin, 24. Februar 2026

# Anpassung Ihrer Vergütung

Sehr geehrter Herr Brandenburg,

im Rahmen des jährlichen Vergütungsgesprächs hat Ihre Führungskraft eine Höhergruppierung
vorgeschlagen. Wir freuen uns, Ihnen mitteilen zu können, dass Sie mit Wirkung
zum 1. April 2026 in die Tarifgruppe VII, Stufe nach 6 Berufsjahren, eingruppiert werden.

Ihr monatliches Tarifgehalt beträgt damit                4.870,00 EUR brutto
(bisher Tarifgruppe VI:                                   4.412,00 EUR brutto)
Die übertarifliche Zulage von                               150,00 EUR
bleibt unverändert und ist weiterhin anrechenbar.

Alle übrigen Bestandteile Ihres Arbeitsvertrages vom 1. September 2019 bleiben unberührt.
Der Betriebsrat wurde gemäß § 99 BetrVG beteiligt und hat zugestimmt.

Wir danken Ihnen für Ihren Einsatz und wünschen Ihnen weiterhin viel Erfolg.

Mit freundlichen Grüßen

Dr. Henrike Voßwinkel                     Sibel Karadağ
Leiterin Personal & Organisation          Personalreferentin
""", title="Vergütungsanpassung", author="Sibel Karadag")
    return build(n, who("karadag"), "Florian Brandenburg <f.brandenburg@kranichsee-versicherung.example>",
                 "Ihr Schreiben", "2026-02-24 13:02", text=f"""\
Hallo Herr Brandenburg,

wie heute Vormittag mit Herrn Wiechmann besprochen, anbei vorab Ihr
Schreiben als PDF. Das unterschriebene Original kommt in den nächsten Tagen
per Hauspost.

Herzliche Grüße
Sibel Karadağ
{sig("karadag", short=True)}""", atts=[Att("Schreiben_2026-02-24.pdf", letter)])


# ---- 0007 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: contract renewal for occupational health services (hours per DGUV V2, hourly rates, flu vaccination campaign price); company to company, no employee data")
def _(n):
    return build(n, who("schliemann"), "Dr. med. Friederike Lanz <f.lanz@arbmed-kueste.example>",
                 "AW: Verlängerung Vertrag betriebsärztliche Betreuung 2026/2027", "2026-01-14 15:31",
                 cc=[who("brueggemann")], irt="<7f2a91c0e3@arbmed-kueste.example>", text=f"""\
Sehr geehrte Frau Dr. Lanz,

vielen Dank für Ihr Angebot vom 8. Januar. Wir haben es intern mit Frau
Brüggemann (BGM) und dem Betriebsrat abgestimmt und können wie folgt
zusagen:

1. Grundbetreuung nach DGUV Vorschrift 2, Betreuungsgruppe III, für
   1.069 Beschäftigte: 0,5 Std./Jahr je Beschäftigtem, also rund 535 Std.
2. Betriebsspezifischer Teil: pauschal 180 Std. (Schwerpunkte: psychische
   Belastung in der Leistungsbearbeitung, Bildschirmarbeit, Wiedereingliederung).
3. Stundensatz 142,00 EUR netto, Fahrtzeiten Schwerin–Rostock wie bisher
   pauschal.
4. Grippeschutzimpfung im Herbst: 19,50 EUR je Impfung zzgl. Impfstoff zum
   Einkaufspreis; Mindestabnahme 150.
5. Sprechstunden: Schwerin dienstags 8–12 Uhr, Rostock jeden zweiten
   Donnerstag.

Die Anpassung im Abschnitt Datenschutz (Befunde verbleiben ausschließlich
bei Ihnen, wir erhalten nur die Vorsorgebescheinigung ohne Diagnosen) haben
wir übernommen. Den gegengezeichneten Vertrag schicke ich Ihnen per Post.

Mit freundlichen Grüßen
Petra Schliemann
{sig("schliemann", legal=False)}
-----Ursprüngliche Nachricht-----
Von: Dr. med. Friederike Lanz <f.lanz@arbmed-kueste.example>
Gesendet: Donnerstag, 8. Januar 2026 09:12
An: Schliemann, Petra <p.schliemann@kranichsee-versicherung.example>
Betreff: Verlängerung Vertrag betriebsärztliche Betreuung 2026/2027

Sehr geehrte Frau Schliemann,

wie besprochen sende ich Ihnen unser Angebot für die Verlängerung um zwei
Jahre. Wegen der gestiegenen Personalkosten müssen wir den Stundensatz
moderat von 136 auf 142 Euro anheben. Alle anderen Konditionen bleiben.

Mit freundlichen Grüßen
Friederike Lanz
ArbMed Küste GmbH – Arbeitsmedizin & Arbeitssicherheit
Wismarsche Straße 190, 19053 Schwerin
""")


# ---- 0008 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "BEM invitation (DOCX) to a named employee citing 68 days of incapacity for work in 12 months with periods; health data about an employee")
def _(n):
    d = docx([
        "Kranichsee Dienstleistungs-GmbH – Betriebliches Gesundheitsmanagement",
        "",
        "Herrn Stefan Pingel",
        "Kundenservice Rostock",
        "",
        "Rostock/Schwerin, 3. März 2026",
        ("b", "Angebot eines Betrieblichen Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX"),
        "Sehr geehrter Herr Pingel,",
        "Sie waren in den vergangenen zwölf Monaten insgesamt 68 Arbeitstage arbeitsunfähig "
        "(Zeiträume 14.04.–30.04.2025, 22.09.–17.10.2025 und seit 13.01.2026). Damit ist die gesetzliche "
        "Schwelle von sechs Wochen überschritten, und wir bieten Ihnen ein Betriebliches "
        "Eingliederungsmanagement an.",
        "Ziel des BEM ist es, gemeinsam mit Ihnen zu klären, ob und wie Ihre Arbeitsunfähigkeit überwunden "
        "und erneuter Arbeitsunfähigkeit vorgebeugt werden kann. Das BEM ist für Sie freiwillig. Wenn Sie "
        "nicht teilnehmen möchten, entstehen Ihnen daraus keine Nachteile.",
        "Auf Wunsch können Sie ein Mitglied des Betriebsrats, die Schwerbehindertenvertretung oder eine "
        "Vertrauensperson Ihrer Wahl hinzuziehen. Die Betriebsärztin, Frau Dr. Lanz, kann beteiligt werden, "
        "wenn Sie dem zustimmen.",
        "Alle Informationen aus dem BEM werden getrennt von Ihrer Personalakte in einer gesonderten BEM-Akte "
        "geführt, auf die nur die BEM-Beauftragte Zugriff hat.",
        "Bitte teilen Sie uns bis zum 20. März 2026 mit, ob Sie das Gespräch wünschen. Als Termin schlagen wir "
        "den 25. März 2026, 10:00 Uhr, Besprechungsraum R 2.14 in Rostock vor.",
        "",
        "Mit freundlichen Grüßen",
        "Anke Brüggemann",
        "BEM-Beauftragte",
        "",
        ("b", "Rückmeldung"),
        "[ ] Ich möchte am BEM teilnehmen.   [ ] Ich möchte nicht teilnehmen.",
        "[ ] Betriebsrat soll beteiligt werden.   [ ] Betriebsärztin soll beteiligt werden.",
        "Datum, Unterschrift: ______________________",
    ], title="BEM-Angebot", author="Anke Brueggemann")
    return build(n, who("brueggemann"), "Stefan Pingel <s.pingel@kranichsee-versicherung.example>",
                 "[vertraulich] Einladung zu einem Gespräch", "2026-03-03 09:20", text=f"""\
Guten Morgen Herr Pingel,

im Anhang erhalten Sie ein Schreiben von mir, das ich Ihnen zusätzlich per
Post nach Hause schicke. Bitte lesen Sie es in Ruhe. Wenn Sie Fragen haben,
können Sie mich gern direkt anrufen (Durchwahl 318) – das Gespräch bleibt
selbstverständlich unter uns.

Freundliche Grüße
Anke Brüggemann
{sig("brueggemann")}""", atts=[Att("BEM_Angebot_Pingel.docx", d)])


# ---- 0009 ------------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: customer newsletter about dental supplement, travel health cover and burglary prevention; product information only")
def _(n):
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kranichsee Kompass Frühjahr 2026</title></head>
<body style="margin:0;background:#eef3f6;font-family:Arial,Helvetica,sans-serif;color:#1d2b36">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b4f6c;color:#ffffff;font-size:22px">Kranichsee Kompass &middot; Frühjahr 2026</td></tr>
<tr><td>
<h2 style="font-size:18px">Lächeln ohne Kostenschock: der neue Zahnzusatz ZahnPlus</h2>
<p>Implantate, Inlays und professionelle Zahnreinigung: Mit ZahnPlus erstatten wir bis zu 90&nbsp;% der Kosten für Zahnersatz &ndash; auch bei Behandlungen nach der GOZ über dem 3,5-fachen Satz. Keine Wartezeit für Prophylaxe, zwei Zahnreinigungen pro Jahr sind inklusive.</p>
<h2 style="font-size:18px">Reisen Sie gut versichert</h2>
<p>Ob Gipfeltour oder Städtereise: Die Auslandsreise-Krankenversicherung übernimmt Arztkosten, Krankenhausaufenthalte und den medizinisch sinnvollen Rücktransport. Ab 9,90&nbsp;Euro im Jahr für Einzelpersonen.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dbe8ef"><th align="left">Tarif</th><th align="left">Reisedauer je Reise</th><th align="right">Jahresbeitrag</th></tr>
<tr><td>Reise Basis</td><td>bis 45 Tage</td><td align="right">9,90 &euro;</td></tr>
<tr><td>Reise Familie</td><td>bis 45 Tage</td><td align="right">24,50 &euro;</td></tr>
<tr><td>Reise 60+</td><td>bis 56 Tage</td><td align="right">29,00 &euro;</td></tr>
</table>
<h2 style="font-size:18px">Einbruchschutz: fünf Tipps der Polizei</h2>
<ol><li>Fenster in Kippstellung sind offene Fenster.</li><li>Pilzkopfverriegelung nachrüsten.</li><li>Zeitschaltuhren nutzen.</li><li>Briefkasten im Urlaub leeren lassen.</li><li>Wertsachen fotografieren &ndash; das hilft auch uns im Schadenfall.</li></ol>
<p style="font-size:12px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn auf kranichsee-versicherung.example abonniert haben. <a href="https://www.kranichsee-versicherung.example/newsletter/abmelden">Abmelden</a> &middot; Impressum: Kranichsee Versicherungsgruppe, Kranichweg 4&ndash;8, 19061 Schwerin</p>
</td></tr></table></td></tr></table></body></html>"""
    return build(n, "Kranichsee Kompass <newsletter@kranichsee-versicherung.example>", "newsletter-empfaenger@kranichsee-versicherung.example",
                 "Zahnzusatz, Reiseschutz und Einbruchschutz – Ihr Kompass im Frühjahr", "2026-03-17 07:00",
                 html=html, mailer="Kranichsee Mailing 2.3", extra=[("List-Unsubscribe", "<https://www.kranichsee-versicherung.example/newsletter/abmelden>")])


# ---- 0010 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "spreadsheet of annual bonus payouts per named employee (pay grade, target bonus, payout in EUR); income data, only in the XLSX")
def _(n):
    rows = [["Employee", "Personnel no.", "Team", "Pay grade", "Target bonus EUR", "Achievement %", "Payout EUR"],
            ["Raman, Priya", "40817", "Data Analytics", "AT 2", 6800, 112, 7616],
            ["Okafor, Chidi", "40902", "Data Analytics", "TG VIII", 3100, 104, 3224],
            ["Hinz, Melina", "38815", "Data Analytics", "TG VII", 2700, 96, 2592],
            ["Schwanbeck, Til", "41230", "Data Analytics", "TG VII", 2700, 100, 2700],
            ["Voigt, Annegret", "32207", "Reporting", "TG VIII", 3100, 88, 2728],
            ["Zhou, Wen", "41377", "Reporting", "TG VI", 2200, 108, 2376]]
    return build(n, who("tiedemann"), "Mads Kjeldsen <m.kjeldsen@kranichsee-versicherung.example>",
                 "Bonus 2025 – payout file for your teams, please confirm by Friday", "2026-03-11 17:05",
                 cc=[who("karadag")], text=f"""\
Hi Mads,

attached is the payout file for the 2025 bonus for Data Analytics and
Reporting, based on the target achievements you entered in the tool.

Please check the figures and confirm by Friday 13 March, 12:00. Everything
confirmed by then goes into the March payroll; later changes can only be
paid with April.

Please don't forward the file – send corrections to me or Sibel only.

Thanks and regards
Jannis
{sig("tiedemann", "en", short=True)}""", atts=[Att("Bonus2025_Controlling_DA-REP.xlsx", xlsx([("Payout", rows)], title="Bonus 2025"))])


# ---- 0011 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "team lead tells the team a named colleague is on sick leave after knee surgery; health data about an identifiable employee")
def _(n):
    return build(n, who("wrobel"), "Portal Dev Team <portal-dev@kranichsee-versicherung.example>",
                 "Sprint 7 – Jonas out until 6 March", "2026-02-19 08:52", text=f"""\
Morning all,

quick update before stand-up: Jonas had his knee surgery (cruciate ligament)
on Tuesday after all and is on sick leave until at least 6 March. He's fine
and says hi, but he's on crutches and won't be working remotely either,
so please don't ping him on Teams.

What this means for sprint 7:
- PORT-1182 (broker post download, BiPRO 430) moves to Ece.
- PORT-1190 (password reset flow, security question) stays with me.
- The review of the TLS cipher list slips to sprint 8.

If anyone wants to send something, Ece is collecting for a card.

Tomasz
{sig("wrobel", "en", short=True)}""", mailer="Microsoft Outlook 16.0")


# ---- 0012 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: colleague absent this week without any reason given, substitution arranged; organisational only")
def _(n):
    return build(n, who("lohse"), "Team Kundenservice Rostock <ks-rostock@kranichsee-versicherung.example>",
                 "Vertretung diese Woche", "2026-01-12 07:58", text=f"""\
Moin zusammen,

Wiebke ist diese Woche nicht im Büro. Ihre Rückrufe übernimmt Ole, die
offenen Vorgänge im Postkorb "Adressänderungen" verteile ich heute Mittag.

Das Teammeeting am Mittwoch findet trotzdem statt, 9:15 Uhr in der 3.12.

Danke euch!
Katrin
{sig("lohse", short=True)}""")


# ---- 0013 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB number and motor insurance cover confirmation for a named customer's new car (VIN, policy number); fact of being insured, no health data")
def _(n):
    return build(n, who("yildiz"), "Jana Wilcken <jana.wilcken@web-post.example>",
                 "Ihre eVB-Nummer für die Zulassung", "2026-02-05 10:03", text=f"""\
Sehr geehrte Frau Wilcken,

wie am Telefon besprochen erhalten Sie hier Ihre elektronische
Versicherungsbestätigung (eVB) für die Zulassung Ihres neuen Fahrzeugs:

  eVB-Nummer:     KR7HQ2M
  Fahrzeug:       Škoda Fabia Combi, FIN TMBJR6NJ3RZ041188
  Halterin:       Jana Wilcken, Am Ziegelsee 3, 19057 Schwerin
  Vertrag:        KS-KF-4402916 (Haftpflicht, Teilkasko SB 150 EUR)
  gültig bis:     07.03.2026

Die Zulassungsstelle übermittelt uns nach der Zulassung das Kennzeichen
automatisch. Ihren Versicherungsschein erhalten Sie anschließend per Post.
Die Schadenfreiheitsklasse SF 5 aus Ihrem bisherigen Vertrag haben wir
übernommen.

Gute Fahrt!

Mit freundlichen Grüßen
Emine Yıldız
{sig("yildiz", legal=True)}""")


# ---- 0014 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "medical officer asks a psychiatrist for a report on an applicant for disability cover: recurrent depression F33.1, treatment dates; health data under § 203")
def _(n):
    return build(n, who("reimers"), "Praxis Dr. Ritter <praxis@psychiatrie-ritter.example>",
                 "Anforderung ärztlicher Bericht – Antrag BU, Herr Marcel Tesch, geb. 11.06.1990", "2026-02-10 14:48", text=f"""\
Sehr geehrte Frau Dr. Ritter,

Herr Marcel Tesch, geboren am 11.06.1990, wohnhaft Lübecker Straße 88,
19059 Schwerin, hat bei uns eine Berufsunfähigkeitsversicherung beantragt.
Im Antrag gibt er an, bei Ihnen von März 2023 bis Mai 2024 wegen einer
rezidivierenden depressiven Störung, gegenwärtig mittelgradige Episode
(F33.1), in Behandlung gewesen zu sein.

Für die Risikoprüfung bitten wir um einen kurzen Befundbericht zu folgenden
Punkten:

  1. Beginn und Verlauf der Erkrankung, Anzahl der Episoden
  2. Zeiten der Arbeitsunfähigkeit
  3. Medikation (Wirkstoff, Dosis, Dauer) und ob diese abgeschlossen ist
  4. stationäre oder teilstationäre Behandlungen
  5. aktueller Befund / Prognose

Die Schweigepflichtentbindungserklärung von Herrn Tesch vom 02.02.2026 liegt
uns vor; eine Kopie senden wir Ihnen auf Wunsch gern zu. Für den Bericht
vergüten wir 51,00 EUR nach GOÄ Nr. 75 zzgl. Porto.

Bitte senden Sie den Bericht nicht per unverschlüsselter E-Mail, sondern
über unser Postfach im Kranichsee-Portal oder per Post an den
Medizinischen Dienst der Gesellschaft.

Mit freundlichen kollegialen Grüßen
Dr. med. Bodo Reimers
{sig("reimers", legal=True)}""")


# ---- 0015 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: disability incidence by ICD-10 chapter and age band for the reinsurer; aggregated portfolio statistics, no individual")
def _(n):
    rows = [["ICD-10 chapter", "Description", "New claims 2025", "Share %", "Avg. age at onset", "Incidence per 1,000 risk years"],
            ["F", "Mental and behavioural disorders", 142, 38.6, 41.2, 1.21],
            ["M", "Musculoskeletal system", 79, 21.5, 47.9, 0.67],
            ["C", "Neoplasms", 51, 13.9, 50.3, 0.43],
            ["I", "Circulatory system", 27, 7.3, 53.1, 0.23],
            ["G", "Nervous system", 24, 6.5, 44.0, 0.20],
            ["S/T", "Injuries and accidents", 19, 5.2, 38.7, 0.16],
            ["other", "all other chapters (merged, each < 10)", 26, 7.0, 46.5, 0.22],
            ["Total", "", 368, 100.0, 45.1, 3.13]]
    bands = [["Age band", "Risk years", "New claims", "Incidence per 1,000"],
             ["< 30", 18650, 21, 1.13], ["30-39", 34220, 74, 2.16], ["40-49", 36010, 118, 3.28],
             ["50-59", 24870, 131, 5.27], ["60+", 3810, 24, 6.30]]
    return build(n, who("asmussen"), "Signe Holmgaard <sho@nordhavn-re.example>",
                 "Kranichsee Life – BU quota share 2025: incidence data for the renewal", "2026-02-26 11:30",
                 cc=[who("thaden")], text=f"""\
Dear Signe,

as promised for the renewal meeting on 10 March, please find attached the
2025 incidence figures for the disability (BU) portfolio ceded under the
quota share treaty QS-BU-2019.

As in previous years, chapters with fewer than ten new claims are merged
into "other", and we only give age bands. Claim counts are new recognised
claims in 2025, including those recognised after the one-year review.

The increase in chapter F continues (+9 % on 2024), mostly in the 30–49 age
bands. Wiebke will walk you through the actuarial view at the meeting.

Kind regards
Frederik
{sig("asmussen", "en", legal=True)}""",
                 atts=[Att("BU_incidence_2025_Kranichsee.xlsx", xlsx([("By ICD chapter", rows), ("By age band", bands)], title="BU incidence 2025"))])


# ---- 0016 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "works council consultation under § 99 BetrVG: hiring and pay grouping of a named applicant with birth date and salary; no health data")
def _(n):
    return build(n, who("ohlerich"), who("pahl"), "Anhörung nach § 99 BetrVG – Einstellung Sachbearbeitung Kfz-Schaden",
                 "2026-01-30 12:10", cc=[who("marquardt")], text=f"""\
Hallo Torsten,

hiermit beantragen wir die Zustimmung des Betriebsrats zur folgenden
personellen Einzelmaßnahme:

Art der Maßnahme:   Einstellung und Eingruppierung
Name:               Lea-Sophie Wendland
Geburtsdatum:       23.08.1997
Anschrift:          Wallstraße 9, 18055 Rostock
Stelle:             Sachbearbeiterin Kfz-Schaden (Stellen-Nr. 2025-118),
                    Schaden Kraftfahrt, Standort Rostock
Beginn:             1. April 2026, unbefristet, Probezeit 6 Monate
Arbeitszeit:        39 Std./Woche
Eingruppierung:     Tarifgruppe V, 2. Berufsjahr nach Ausbildung
Gehalt:             3.596 EUR brutto monatlich, keine Zulagen

Auf die Stelle gab es 31 Bewerbungen, sieben Gespräche wurden geführt. Frau
Wendland hat ihre Ausbildung zur Kauffrau für Versicherungen und Finanzen
2024 abgeschlossen und ist seitdem bei einem Kfz-Schadenregulierer in
Hamburg tätig. Die Bewerbungsunterlagen aller Gesprächsteilnehmenden liegen
wie üblich im BR-Ordner auf dem Laufwerk.

Wir bitten um Stellungnahme innerhalb der Wochenfrist, also bis 6. Februar.

Viele Grüße
Malte
{sig("ohlerich")}""")


# ---- 0017 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "HR informs a manager in English and quotes the German pension fund's approval of a 5-week psychosomatic inpatient rehab for a named employee; health data")
def _(n):
    return build(n, who("ohlerich"), "Jasper van Doorn <j.vandoorn@kranichsee-versicherung.example>",
                 "Re: Absence of Kerstin Möller – rehab approved", "2026-04-07 09:34",
                 irt="<AM0PR07MB6116D1C0@kranichsee-versicherung.example>", text=f"""\
Hi Jasper,

Kerstin has given me permission to share this with you, since you need to
plan her absence. The Deutsche Rentenversicherung approved her application
last week. The relevant part of the notice (translation below):

> Bescheid über Leistungen zur medizinischen Rehabilitation
> Versicherte: Kerstin Möller, Vers.-Nr. 65 290381 M 512
> Wir bewilligen Ihnen eine stationäre Leistung zur medizinischen
> Rehabilitation in der psychosomatischen Fachklinik Am Schweriner See,
> Fachbereich Psychosomatik und Psychotherapie, für voraussichtlich
> 5 Wochen. Aufnahmetermin: 21.04.2026.
> Während der Leistung erhalten Sie Übergangsgeld, sofern kein Anspruch
> auf Entgeltfortzahlung besteht.

In short: five weeks of inpatient psychosomatic rehabilitation starting on
21 April. Her sick pay (Entgeltfortzahlung) has already run out, so she
will receive transitional allowance from the pension fund; nothing for you
to do in the time recording system – I'll enter it.

When she is back, Anke Brüggemann will offer a BEM meeting and probably a
graded return (Hamburger Modell). Please don't discuss the reason for her
absence with the team; "longer absence" is all they need to know.

Best
Malte
{sig("ohlerich", "en", short=True)}

On Mon, 6 Apr 2026, Jasper van Doorn wrote:
> Malte, do we know anything yet about how long Kerstin will be out? I
> need to tell the reinsurance reporting people whether to get a temp for
> the Q2 close.
""")


# ---- 0018 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "works council invites all staff to the quarterly staff assembly; agenda with ICS; no personal data")
def _(n):
    cal = ics("br-versammlung-2026q2@kranichsee-versicherung.example", "20260422T100000", "20260422T123000",
              "Betriebsversammlung 2. Quartal 2026", location="Kantine Haus A, Kranichweg 4, Schwerin, und Teams-Übertragung nach Rostock",
              description="Tagesordnung: 1. Bericht des Betriebsrats 2. Bericht der Geschäftsführung 3. Mobile Arbeit - Stand der Verhandlungen 4. Betriebsratswahl 2026 5. Verschiedenes",
              organizer=("Betriebsrat", "betriebsrat@kranichsee-versicherung.example"))
    return build(n, "Betriebsrat Kranichsee <betriebsrat@kranichsee-versicherung.example>",
                 "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Einladung zur Betriebsversammlung am 22. April 2026", "2026-04-01 10:00",
                 text=f"""\
Liebe Kolleginnen und Kollegen,

der Betriebsrat lädt euch herzlich zur Betriebsversammlung ein:

  Mittwoch, 22. April 2026, 10:00 bis ca. 12:30 Uhr
  Kantine Haus A, Schwerin – Übertragung per Teams nach Rostock

Tagesordnung
  1. Tätigkeitsbericht des Betriebsrats
  2. Bericht der Geschäftsführung zur wirtschaftlichen Lage
  3. Mobile Arbeit: Stand der Verhandlungen zur neuen Betriebsvereinbarung
  4. Betriebsratswahl 2026 – Zeitplan und Aufruf zur Kandidatur
  5. Verschiedenes / eure Fragen

Die Teilnahme ist Arbeitszeit. Fragen könnt ihr vorab anonym über den
Briefkasten im Intranet einreichen.

Einen Kalendereintrag findet ihr im Anhang.

Für den Betriebsrat
Torsten Pahl
{sig("pahl", short=True)}""", atts=[Att("Betriebsversammlung_2026-04-22.ics", cal)])


# ---- 0019 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household insurance burglary claim of a named customer: claim number, address, list of stolen items with values; no injury, no health data")
def _(n):
    return build(n, who("haase"), "Thorsten Albrecht <t.albrecht@kuestenmail.example>",
                 "Einbruch in Ihre Wohnung – Schadennummer KS-S-2026-0033917", "2026-01-19 16:10", text=f"""\
Sehr geehrter Herr Albrecht,

es tut uns leid, dass bei Ihnen eingebrochen wurde. Ihre Meldung zum
Einbruch vom 16.01.2026 in Ihre Wohnung Knieperdamm 41, 18435 Stralsund,
haben wir unter der Schadennummer KS-S-2026-0033917 aufgenommen
(Hausratversicherung KS-HR-2217745, Versicherungssumme 65.000 EUR).

Laut Ihrer Stehlgutliste fehlen:

  Notebook Lenovo ThinkPad, 2023                    1.150 EUR
  Spielkonsole mit 2 Controllern                      520 EUR
  Goldkette und zwei Ringe (Erbstücke)              2.300 EUR
  Bargeld                                             380 EUR
  Reparatur Wohnungstür (Schließzylinder, Rahmen)     640 EUR (Angebot folgt)

Damit wir regulieren können, benötigen wir noch:
  - die Bestätigung der Anzeige durch die Polizei Stralsund (Vorgangsnummer),
  - Kaufbelege oder Fotos für Notebook und Konsole,
  - für den Schmuck, falls vorhanden, ein Wertgutachten oder Fotos.

Bitte beachten Sie: Bargeld ist in Ihrem Tarif bis 1.000 EUR versichert,
Schmuck außerhalb eines Tresors bis 20 % der Versicherungssumme.

Mit freundlichen Grüßen
Fenja Haase
{sig("haase", legal=True)}""")


# ---- 0020 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: building/water damage claim of a hospital company (policyholder is a gGmbH) - ward, OR and patients mentioned, but no patient or other natural person's data")
def _(n):
    return build(n, who("brandt"), "Ralf Menzel <technik@klinikum-lewitz.example>",
                 "Leitungswasserschaden Haus C, OP-Trakt – Besichtigung am Donnerstag", "2026-02-11 13:37",
                 cc=[who("haase")], text=f"""\
Sehr geehrter Herr Menzel,

vielen Dank für die schnelle Schadenmeldung und die Fotos. Zusammengefasst
habe ich folgenden Stand notiert:

  Versicherungsnehmerin: Klinikum Lewitz gGmbH
  Vertrag:               Gebäude- und Inhaltsversicherung Firmen, KS-FG-100482
  Schadentag:            09.02.2026, ca. 23:40 Uhr
  Ursache:               Bruch einer Kaltwasser-Steigleitung im 2. OG Haus C
  betroffen:             Flur und zwei Patientenzimmer Station C2 (Innere),
                         Zwischendecke und Lüftungskanal über OP-Saal 3 im 1. OG

Nach Ihren Angaben wurden die Patientinnen und Patienten der beiden Zimmer
noch in der Nacht auf Station C3 verlegt; verletzt wurde niemand. OP-Saal 3
ist gesperrt, die Eingriffe laufen über die Säle 1, 2 und 4.

Zur Besichtigung komme ich am Donnerstag, 12.02., gegen 10 Uhr gemeinsam mit
dem Sachverständigen Herrn Klüver. Bitte halten Sie für uns bereit:

  - Wartungsnachweise der Trinkwasseranlage (Hygiene-Beprobung 2025),
  - Angebote der Trocknungsfirma und der Lüftungsfirma,
  - eine Aufstellung des beschädigten Inventars (Betten, Nachttische,
    Monitor im Flur).

Die Kosten für die mikrobiologische Freimessung des OP-Saals vor der
Wiederinbetriebnahme sind als Schadenminderungskosten gedeckt.

Mit freundlichen Grüßen
Ole Brandt
{sig("brandt", legal=True)}""")


# ---- 0021 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "named employee's pregnancy and expected delivery date, maternity protection risk assessment and adjusted duties; health data")
def _(n):
    return build(n, who("karadag"), "Hendrik Gerdes <h.gerdes@kranichsee-versicherung.example>",
                 "Mutterschutz Frau Ahlgrimm – Gefährdungsbeurteilung und nächste Schritte", "2026-03-05 11:50",
                 cc=[who("brueggemann")], text=f"""\
Hallo Hendrik,

Frau Johanna Ahlgrimm hat uns gestern ihre Schwangerschaft mitgeteilt und
das Attest ihrer Frauenärztin vorgelegt. Voraussichtlicher Entbindungstermin
ist der 14.09.2026, die Mutterschutzfrist beginnt damit am 03.08.2026.

Danke, dass du sie bisher unterstützt hast. Als Führungskraft musst du jetzt
Folgendes beachten (Mutterschutzgesetz):

1. Die anlassbezogene Gefährdungsbeurteilung für ihren Arbeitsplatz machen
   wir gemeinsam mit Frau Dr. Lanz am 10.03. um 14 Uhr. Bitte sei dabei.
2. Keine Mehrarbeit über 8,5 Std. täglich, keine Arbeit nach 20 Uhr. Die
   Telefonbereitschaft am Samstag nimmt sie ab sofort nicht mehr wahr.
3. Sie hat ein Recht auf Pausen zum Hinlegen – der Ruheraum im 4. OG ist
   freigegeben, ein Schlüssel liegt bei mir.
4. Für Vorsorgeuntersuchungen wird sie ohne Zeitausgleich freigestellt.

Die Meldung an das Landesamt für Gesundheit und Soziales geht heute raus.
Ansonsten gilt bitte: Frau Ahlgrimm entscheidet selbst, wann sie es dem
Team erzählt.

Viele Grüße
Sibel
{sig("karadag", short=True)}""")


# ---- 0022 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: actuarial note on the impact of new mortality and morbidity tables on term life and critical illness premiums; portfolio level only")
def _(n):
    return build(n, who("thaden"), "Product Committee Life <pk-leben@kranichsee-versicherung.example>",
                 "Mortality table update – premium impact for term life and CI", "2026-03-24 18:12", text=f"""\
Dear all,

ahead of Thursday's product committee, a short summary of the impact
analysis for the new tables. Details are in the usual folder.

1. Term life (RL-Classic, RL-Familie)
   Moving from our 2019 company table to the 2026 best-estimate table
   (based on our own 2015–2024 experience, 14,300 deaths on 2.1 million
   policy years) lowers mortality by 6–11 % for ages 30–55. Smokers benefit
   less (3–5 %). Net effect on the new business tariff: premiums about
   7 % lower for non-smokers aged 35, about 4 % lower at age 50.

2. Critical illness (Schwere Krankheiten Plus)
   Incidence for cancer has risen, mainly because of earlier diagnosis
   (screening effect), while heart attack and stroke incidence fell.
   Combined we see +3 % on the base rate; with the new exclusion of
   carcinoma in situ below stage I we are back at –1 %.

3. Reserving
   No impact on the existing portfolio – the reserving table with safety
   margins stays until the 2027 review.

Questions welcome before Thursday.

Wiebke
{sig("thaden", "en", short=True)}""")


# ---- 0023 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "answer to a broker about a named client's liability and household policies: policy numbers, birth date, address, premium; no health data")
def _(n):
    return build(n, who("stoltenberg"), "Oliver Hastings <o.hastings@fairway-brokers.example>",
                 "RE: Client Eleanor Whitcombe – personal liability & contents", "2026-02-03 15:02",
                 irt="<CWLP123MB4410A7@fairway-brokers.example>", text=f"""\
Dear Mr Hastings,

thank you for your enquiry. I can confirm the following for your client:

  Policyholder:      Eleanor Whitcombe, born 02/11/1979
  Address:           Bei den Mühren 70, 20457 Hamburg
  Personal liability KS-PH-5581034, sum insured EUR 10 million,
                     annual premium EUR 78.40, renewal 01/05
  Contents           KS-HR-5581035, sum insured EUR 85,000,
                     annual premium EUR 214.90, incl. bicycle theft

Both contracts were taken out through your agency in 2022 and your agency
number 40-3391 is stored as servicing broker, so the renewal notices will
go to you as well.

The question about cover for her sublet room: liability for the subtenant
is not included; we can add "Untervermietung" for EUR 12.00 a year. Just
let me know and I'll issue an endorsement.

Kind regards
Mareike Stoltenberg
{sig("stoltenberg", "en", legal=True)}

-----Original Message-----
From: Oliver Hastings <o.hastings@fairway-brokers.example>
Sent: Monday, February 2, 2026 17:45
To: Stoltenberg, Mareike
Subject: Client Eleanor Whitcombe – personal liability & contents

Dear Ms Stoltenberg,
could you confirm the current status of both policies of Ms Whitcombe
(DOB 2 Nov 1979)? She's moving part of her flat to a subtenant and wants
to know whether she is covered. Many thanks, Oliver
""")


# ---- 0024 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim of a named customer: emergency appendectomy in a Spanish hospital, inpatient days, costs and repatriation; health data")
def _(n):
    return build(n, who("achterberg"), "Daniel Kowalczyk <d.kowalczyk@freemail.example>",
                 "Your travel health claim – Hospital Costa Blanca, Alicante", "2026-05-12 12:40", text=f"""\
Dear Mr Kowalczyk,

I hope you are recovering well after your return.

We have received the invoices from Hospital Costa Blanca for your
emergency treatment from 28 April to 2 May 2026 and settled them as
follows under your annual travel policy KS-RK-7730145:

  Emergency admission, acute appendicitis (K35.8)
  Laparoscopic appendectomy, 29 April 2026          EUR 6,480.00
  4 days inpatient stay, double room                EUR 2,120.00
  Medication and follow-up check                    EUR   186.50
  Paid directly to the hospital                     EUR 8,786.50

The extra return flight on 6 May (the doctor did not allow you to fly
before the wound check) is covered as well. Please send us the boarding
pass and the invoice for the new ticket; we will refund it to your
account.

The hospital's discharge letter is in your file. If your GP in Hamburg
needs a copy for the stitches removal, we can send it to you.

Get well soon!

Kind regards
Ben Achterberg
{sig("achterberg", "en", legal=True)}""")


# ---- 0025 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: sickness absence rates per department (aggregated quarterly figures, small units merged) for department heads; no individual")
def _(n):
    rows = [["Bereich", "Köpfe", "Krankenquote Q4/2025 %", "Krankenquote Q4/2024 %", "Langzeit > 6 Wo. (Anzahl)", "Anmerkung"],
            ["Leistung KV", 214, 7.9, 7.1, 9, ""],
            ["Leistung Leben/BU", 97, 6.2, 6.8, 4, ""],
            ["Schaden Sach/Haftpflicht", 122, 6.8, 6.5, 5, ""],
            ["Schaden Kraftfahrt", 70, 7.4, 6.0, 3, ""],
            ["Kundenservice Rostock", 131, 9.6, 8.9, 7, ""],
            ["IT", 124, 4.1, 4.4, 2, ""],
            ["Zentralbereiche", 311, 4.9, 5.2, 6, "inkl. Vorstandsstab, Revision, Datenschutz (je < 10 Köpfe)"],
            ["Gesamt", 1069, 6.7, 6.3, 36, ""]]
    return build(n, who("raman"), "Bereichsleitungen <bereichsleitungen@kranichsee-versicherung.example>",
                 "HR-Kennzahlen Q4/2025: Krankenquote nach Bereichen", "2026-01-22 09:10", cc=[who("vosswinkel")], text=f"""\
Guten Morgen,

anbei wie jedes Quartal die Krankenquoten nach Bereichen. Die Gesamtquote
liegt mit 6,7 % leicht über dem Vorjahr (6,3 %); der Anstieg kommt vor allem
aus der Grippewelle im Dezember.

Zur Erinnerung: Einheiten mit weniger als zehn Beschäftigten weisen wir nicht
getrennt aus, sie sind in "Zentralbereiche" enthalten. Auswertungen auf
Team- oder Personenebene gibt es nach der Betriebsvereinbarung
HR-Reporting nicht.

Viele Grüße
Priya Raman
{sig("raman", short=True)}""", atts=[Att("HR-Kennzahlen_Q4-2025_Krankenquote.xlsx", xlsx([("Q4 2025", rows)], title="Krankenquote Q4 2025"))])


# ---- 0026 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "HR confirms a named father's parental leave with his child's birth date and the part-time salary during leave; birth date and income, no health data")
def _(n):
    return build(n, who("karadag"), "Niklas Bartels <n.bartels@kranichsee-versicherung.example>",
                 "AW: Elternzeit – Bestätigung", "2026-03-16 14:27",
                 irt="<PR3P195MB0772C9@kranichsee-versicherung.example>", text=f"""\
Hallo Herr Bartels,

herzlichen Glückwunsch noch einmal zur Geburt Ihrer Tochter!

Hiermit bestätigen wir Ihre Elternzeit wie beantragt:

  Kind:              Frieda Bartels, geboren am 27.02.2026
  Elternzeit:        01.05.2026 bis 30.06.2026 (vollständige Freistellung)
                     01.07.2026 bis 31.10.2026 (Teilzeit in Elternzeit,
                     24 Std./Woche, Mo–Mi)
  Gehalt Teilzeit:   2.683,08 EUR brutto/Monat (24/39 von 4.360,00 EUR)

Für den Elterngeldantrag erhalten Sie von Herrn Tiedemann in den nächsten
Tagen die Verdienstbescheinigung. Ihr Dienstwagen-Stellplatz bleibt
reserviert, den Laptop können Sie behalten.

Bitte denken Sie daran, Ihrer Führungskraft die Übergabe Ihrer offenen
Regressfälle bis Ende April zu schicken.

Viele Grüße
Sibel Karadağ
{sig("karadag")}

-----Ursprüngliche Nachricht-----
Von: Bartels, Niklas
Gesendet: Freitag, 13. März 2026 08:31
An: Karadağ, Sibel
Betreff: Elternzeit

Hallo Frau Karadağ,
anbei mein Antrag auf Elternzeit (unterschrieben, eingescannt) – das
Original hab ich in die Hauspost gegeben. Die Geburtsurkunde reiche ich nach.
Gruß, Niklas Bartels
""")


# ---- 0027 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost coverage for a named insured's inpatient hip replacement (M16.1, OPS, DRG, single room option); health data")
def _(n):
    return build(n, who("wollenberg"), "Patientenaufnahme Klinikum Lewitz <aufnahme@klinikum-lewitz.example>",
                 "Kostenübernahmeerklärung – Frau Ingrid Schwarzkopf, Aufnahme 13.04.2026", "2026-04-02 08:41", text=f"""\
Sehr geehrte Damen und Herren,

für unsere Versicherte

  Ingrid Schwarzkopf, geb. 04.07.1958
  Bergstraße 12, 19370 Parchim
  Versicherungsnummer KV 7710 2209 13, Tarif VollStationär 1

übernehmen wir die Kosten der stationären Behandlung ab dem 13.04.2026:

  Einweisungsdiagnose:  M16.1 Sonstige primäre Koxarthrose, rechts
  geplanter Eingriff:   Implantation einer Endoprothese am Hüftgelenk
                        (OPS 5-820.00), voraussichtliche DRG I47C
  Wahlleistungen:       Einbettzimmer, Chefarztbehandlung (Prof. Dr. Krüger)

Die Kostenübernahme gilt für allgemeine Krankenhausleistungen nach
Fallpauschale sowie die vereinbarten Wahlleistungen nach GOÄ bis zum
3,5-fachen Satz. Bitte rechnen Sie direkt mit uns über die Klinik-Card ab.

Eine sich anschließende Anschlussheilbehandlung ist gesondert zu beantragen.

Mit freundlichen Grüßen
Nadine Wollenberg
{sig("wollenberg", legal=True)}""")


# ---- 0028 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: job advert for a nurse-qualified medical case manager sent to a recruitment agency; health vocabulary but no person's data")
def _(n):
    return build(n, who("ohlerich"), "Rachel Donnelly <r.donnelly@talentbridge-recruiting.example>",
                 "Vacancy: Medical Case Manager (m/f/d), international health – job ad for posting", "2026-02-09 10:15", text=f"""\
Dear Rachel,

as agreed on the phone, here is the text for the new vacancy. Please post
it on your international channels from 16 February for four weeks.

---------------------------------------------------------------------
Medical Case Manager (m/f/d) – International Health Claims
Kranichsee Krankenversicherung AG, Schwerin (hybrid, up to 3 days remote)

Our international health team looks after 6,000 expats and their families
worldwide. When one of them is seriously ill or injured abroad, you make
sure they get the right treatment in the right place.

Your tasks
 - Manage complex inpatient cases: oncology, cardiology, high-risk
   pregnancies, evacuation and repatriation
 - Talk to treating physicians and hospitals in English, German and
   ideally a third language
 - Review treatment plans and costs together with our medical officers
 - Coordinate with our assistance partner 24/7 on call rotation (one week
   in six)

Your profile
 - Registered nurse, paramedic or similar clinical background, at least
   three years of hospital experience (ICU or emergency a plus)
 - Fluent English; German at B2 level or willingness to reach it within
   a year (we pay the course)
 - Knowledge of ICD-10 and international billing standards

What we offer
 - Salary band EUR 58,000–67,000, 30 days' leave, company pension
 - Relocation support and visa assistance
---------------------------------------------------------------------

The fee is as per our framework agreement. Shortlist please by 20 March.

Best regards
Malte Ohlerich
{sig("ohlerich", "en", legal=True)}""")


# ---- 0029 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care: care level 3 assessment result for a named insured, dementia diagnosis, care allowance per day; health data")
def _(n):
    return build(n, who("wollenberg"), "Uwe Hallier <uwe.hallier@t-net.example>",
                 "Pflegetagegeld für Ihren Vater – Ergebnis der Begutachtung", "2026-03-20 10:22", text=f"""\
Sehr geehrter Herr Hallier,

wie angekündigt, hat der Gutachter von MEDICPROOF Ihren Vater, Herrn Gerhard
Hallier, am 11. März in seiner Wohnung in Ludwigslust besucht. Das Ergebnis
liegt uns jetzt vor:

  Gesamtpunktwert:   52,5 Punkte
  Pflegegrad:        3 (schwere Beeinträchtigung der Selbständigkeit)
  ab:                01.02.2026 (Monat der Antragstellung)

Den Ausschlag gaben vor allem die Module 2 (kognitive und kommunikative
Fähigkeiten) und 3 (Verhaltensweisen und psychische Problemlagen) wegen der
fortschreitenden Alzheimer-Demenz, sowie Modul 4 (Selbstversorgung).

Aus der Pflegetagegeldversicherung PT-Plus (Vertrag PT 2290 1174 06) zahlen
wir ab Februar 60 % des vereinbarten Tagessatzes, also 30,00 EUR je Tag.
Für Februar und März überweisen wir 1.770,00 EUR an Sie als Betreuer mit
Vermögenssorge.

Das vollständige Gutachten senden wir Ihnen per Post. Wenn Sie mit dem
Ergebnis nicht einverstanden sind, können Sie innerhalb von vier Wochen
widersprechen.

Mit freundlichen Grüßen
Nadine Wollenberg
{sig("wollenberg", legal=True)}""")


# ---- 0030 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "payroll handles a wage garnishment order against a named employee: creditor, debt amount, net pay and seizable amount; income data, no health")
def _(n):
    return build(n, who("tiedemann"), who("vosswinkel"), "Pfändungs- und Überweisungsbeschluss – Herr Ronny Stöckmann (PNr. 35512)",
                 "2026-01-27 15:48", text=f"""\
Hallo Frau Dr. Voßwinkel,

heute ist beim Empfang ein Pfändungs- und Überweisungsbeschluss des
Amtsgerichts Schwerin (Az. 14 M 2318/25) für Herrn Ronny Stöckmann,
Schaden Kraftfahrt, eingegangen. Gläubigerin ist die Nordbank Kredit AG,
Forderung 8.417,36 EUR zzgl. Zinsen und Kosten.

Ich habe die Drittschuldnererklärung vorbereitet (Frist 2 Wochen):

  Nettoentgelt Januar:             2.318,44 EUR
  Unterhaltspflichten:             1 Person (laut ELStAM/Angabe)
  pfändbarer Betrag lt. Tabelle:     318,17 EUR monatlich
  Vorrangige Pfändungen:           keine

Die Pfändung setze ich ab der Januar-Abrechnung um. Herr Stöckmann erhält
heute ein Schreiben von uns mit einer Kopie des Beschlusses. Seine
Führungskraft muss nicht informiert werden.

Soll ich die Erklärung wie immer selbst unterschreiben oder möchten Sie sie
sehen?

Viele Grüße
Jannis Tiedemann
{sig("tiedemann", short=True)}""")


# ---- 0031 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: draft works agreement describing the BEM process (roles, data handling, deadlines); generic procedure, no individual case")
def _(n):
    d = docx([
        ("b", "Entwurf – Betriebsvereinbarung Betriebliches Eingliederungsmanagement (BEM)"),
        "Stand: 18.02.2026 – Verhandlungsentwurf der Arbeitgeberseite, Änderungen gegenüber 2019 markiert mit [neu]",
        ("b", "§ 1 Geltungsbereich"),
        "Diese Vereinbarung gilt für alle Beschäftigten der Kranichsee Dienstleistungs-GmbH, einschließlich "
        "Auszubildender und befristet Beschäftigter.",
        ("b", "§ 2 Auslöser"),
        "Das BEM wird allen Beschäftigten angeboten, die innerhalb von zwölf Monaten länger als sechs Wochen "
        "ununterbrochen oder wiederholt arbeitsunfähig waren. Die Personalabteilung ermittelt die Fälle monatlich "
        "automatisiert aus dem Zeitwirtschaftssystem; Diagnosen liegen dem Arbeitgeber nicht vor und werden nicht erfragt.",
        ("b", "§ 3 Integrationsteam"),
        "Dem Integrationsteam gehören an: die BEM-Beauftragte, ein Mitglied des Betriebsrats, bei schwerbehinderten "
        "oder gleichgestellten Beschäftigten die Schwerbehindertenvertretung, auf Wunsch der/des Beschäftigten die "
        "Betriebsärztin. [neu] Die Führungskraft wird nur mit Zustimmung der/des Beschäftigten beteiligt.",
        ("b", "§ 4 Datenschutz"),
        "Gesundheitsdaten, die im BEM bekannt werden, werden in einer gesonderten BEM-Akte geführt, die nicht "
        "Bestandteil der Personalakte ist. In die Personalakte gelangen nur das Angebot, die Zustimmung oder "
        "Ablehnung und die vereinbarten Maßnahmen. [neu] Die BEM-Akte wird drei Jahre nach Abschluss gelöscht.",
        ("b", "§ 5 Mögliche Maßnahmen"),
        ("table", [["Maßnahme", "Beispiel", "Kostenträger"],
                   ["Stufenweise Wiedereingliederung", "Hamburger Modell, 4–8 Wochen", "Krankenkasse / Rentenversicherung"],
                   ["Arbeitsplatzausstattung", "Steh-Sitz-Tisch, Spezialstuhl, Software", "Arbeitgeber / Integrationsamt"],
                   ["Arbeitsorganisation", "Anpassung Arbeitszeit, mobile Arbeit", "Arbeitgeber"],
                   ["Qualifizierung / Umsetzung", "Wechsel in ein anderes Team", "Arbeitgeber"]]),
        ("b", "§ 6 Evaluation"),
        "Einmal jährlich legt die BEM-Beauftragte dem Betriebsrat einen anonymisierten Bericht vor. Gruppen mit "
        "weniger als fünf Fällen werden nicht gesondert ausgewiesen.",
    ], title="BV BEM Entwurf", author="Personal & Organisation")
    return build(n, who("vosswinkel"), who("pahl"), "Entwurf BV BEM – Stand 18.02.",
                 "2026-02-18 17:20", cc=[who("brueggemann"), who("marquardt"), who("suhr")], text=f"""\
Hallo Herr Pahl,

wie in der letzten Runde vereinbart, sende ich Ihnen unseren überarbeiteten
Entwurf der BV BEM. Wir haben Ihre Punkte zur Löschfrist und zur
Beteiligung der Führungskraft aufgenommen; offen ist aus unserer Sicht noch
die Frage, ob die monatliche Auswertung auch an die Schwerbehinderten-
vertretung geht.

Nächster Verhandlungstermin ist der 4. März, 14 Uhr.

Viele Grüße
Henrike Voßwinkel
{sig("vosswinkel")}""", atts=[Att("BV_BEM_Entwurf_2026-02-18.docx", d)])


# ---- 0032 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "reasonable adjustment request for a named employee with severe hearing loss and cochlear implant, disability status; health data")
def _(n):
    return build(n, who("brueggemann"), "Fiona MacLeod <f.macleod@kranichsee-versicherung.example>",
                 "Your workplace adjustments – what we have agreed", "2026-03-26 16:05",
                 cc=[who("suhr"), who("lorenz")], text=f"""\
Dear Fiona,

thank you for the open conversation yesterday with Mr Suhr and me. As
promised, here is a summary of what we agreed, so that we all have the
same picture:

Background (as you described it): you have severe hearing loss on both
sides, with a cochlear implant on the left since 2024. You have a
recognised degree of disability of 60 (GdB 60, mark "Gl" not applicable).
Video calls without captions and the open-plan noise are the main
difficulties.

Adjustments
 1. IT will enable live captions in Teams for your account and install
    the transcription add-on for phone calls (Dennis Lorenz, cc, will
    contact you).
 2. A portable induction loop for the meeting rooms on the 3rd floor. We
    will apply to the Integrationsamt for funding; you don't need to do
    anything.
 3. Your desk moves to the quieter corner room 3.07 from 7 April.
 4. Team meetings will have a written agenda and minutes; your manager
    knows about this adjustment but not the medical details.

The 5 extra days of leave for severely disabled employees have been added
to your leave account for 2026.

If anything does not work as planned, please let me or Mr Suhr know.

Best wishes
Anke
{sig("brueggemann", "en")}""")


# ---- 0033 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "fleet policy driver list (XLSX) with named drivers' birth dates, licence dates and plates for a logistics client; no health data")
def _(n):
    rows = [["Plate", "Vehicle", "Named driver", "Date of birth", "Licence since", "Drivers under 25?"],
            ["HRO-BL 210", "Mercedes Sprinter 316 CDI", "Kevin Rohde", "14.03.1994", "2012", "no"],
            ["HRO-BL 211", "Mercedes Sprinter 316 CDI", "Aleksandra Nowak", "30.09.1988", "2007", "no"],
            ["HRO-BL 212", "Ford Transit Custom", "Marvin Schulz", "07.01.2002", "2020", "yes"],
            ["HRO-BL 213", "Ford Transit Custom", "Yusuf Demir", "21.06.1979", "1998", "no"],
            ["HRO-BL 220", "VW Crafter", "pool (any employee over 23)", "", "", "no"],
            ["HRO-BL 230", "MAN TGL 8.190", "Dirk Lemke", "11.11.1971", "1990 (CE)", "no"]]
    return build(n, who("jessen"), "Birte Lammers <b.lammers@baltic-logistik.example>",
                 "Fleet policy KS-FL-88021 – driver list for the renewal", "2026-04-14 11:48", text=f"""\
Dear Ms Lammers,

thank you for sending the updated vehicle list. For the renewal on 1 June
I have prepared the named-driver schedule (attached) as we agreed – please
check the dates, especially for Mr Schulz: as he is under 25, a young
driver loading of 15 % applies to HRO-BL 212 unless the van is moved into
the pool with the age restriction.

The pool vehicle HRO-BL 220 remains unnamed.

Once you confirm, I'll send the renewal offer for Baltic Logistik GmbH.

Kind regards
Hauke Jessen
{sig("jessen", "en", legal=True)}""", atts=[Att("KS-FL-88021_driver_schedule_2026.xlsx", xlsx([("Drivers", rows)], title="Driver schedule"))])


# ---- 0034 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about OCR failing to recognise scanned doctors' invoices; technical, no invoice content or person")
def _(n):
    return build(n, "IT-Servicedesk <servicedesk@kranichsee-versicherung.example>", who("gerdes"),
                 "[Ticket INC-2026-04417] Posteingangsscanner erkennt Arztrechnungen nicht als Belegart", "2026-02-23 13:05",
                 mailer="ServiceNow", text=f"""\
Ticket INC-2026-04417 wurde aktualisiert.

Kurzbeschreibung:  Posteingangsscanner erkennt Arztrechnungen nicht als
                   Belegart "KV-Rechnung ambulant"
Priorität:         2 – hoch
Status:            In Bearbeitung
Zugewiesen an:     Team Dokumentenmanagement (D. Lorenz)

Letzter Eintrag (D. Lorenz, 23.02.2026 12:58):
Ursache gefunden. Seit dem Update der Klassifizierungsregeln am 20.02.
werden Rechnungen mit dem neuen GOÄ-Layout (Spalte "Faktor" rechts statt
links) als "Sonstiges Schreiben" einsortiert. Betroffen sind ca. 1.900
Belege im Eingangskorb "Unklar". Wir spielen heute um 17 Uhr die korrigierte
Regel ein und lassen die Belege über Nacht neu klassifizieren. Eine manuelle
Umsortierung durch die Fachabteilung ist nicht nötig.

Bitte antworten Sie nicht auf diese E-Mail. Ergänzungen zum Ticket bitte
über das Self-Service-Portal.
""")


# ---- 0035 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "HR forwards the company doctor's fitness assessment for a named employee after long illness (lifting limits, screen breaks, graded hours); health data")
def _(n):
    return build(n, who("ohlerich"), "Sandra Köpke <s.koepke@kranichsee-versicherung.example>",
                 "WG: Arbeitsmedizinische Beurteilung Herr Ziemer", "2026-04-20 10:02", cc=[who("brueggemann")], text=f"""\
Hallo Frau Köpke,

zur Info die Stellungnahme von Frau Dr. Lanz, mit Einverständnis von Herrn
Ziemer. Bitte die Einschränkungen bei der Einsatzplanung in der Poststelle
berücksichtigen, Details zur Erkrankung kennen wir nicht und brauchen wir
auch nicht.

Gruß
Malte Ohlerich
{sig("ohlerich", short=True)}

-----Ursprüngliche Nachricht-----
Von: Dr. med. Friederike Lanz <f.lanz@arbmed-kueste.example>
Gesendet: Freitag, 17. April 2026 15:44
An: Ohlerich, Malte
Betreff: Arbeitsmedizinische Beurteilung Herr Ziemer

Sehr geehrter Herr Ohlerich,

Herr Bernd Ziemer hat sich am 16.04.2026 nach längerer Arbeitsunfähigkeit
bei mir zur arbeitsmedizinischen Beratung vorgestellt. Er hat mich von der
Schweigepflicht entbunden, soweit es um die folgende Einschätzung geht:

Gegen eine Wiederaufnahme der Tätigkeit in der Poststelle bestehen aus
arbeitsmedizinischer Sicht keine Bedenken, wenn folgende Einschränkungen für
zunächst sechs Monate beachtet werden:

  - kein Heben und Tragen von Lasten über 10 kg (Postkisten nur mit Wagen),
  - keine Tätigkeiten in Zwangshaltung über Kopf,
  - Wechsel zwischen Sitzen und Stehen mindestens stündlich,
  - Einstieg mit 4 Std. täglich, Steigerung nach Plan der Rehaklinik.

Eine Nachuntersuchung empfehle ich im Oktober 2026.

Mit freundlichen Grüßen
Dr. med. Friederike Lanz
Fachärztin für Arbeitsmedizin
ArbMed Küste GmbH
""")


# ---- 0036 ------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: broker newsletter on cyber cover for small firms and changes to travel health terms; product news only")
def _(n):
    return build(n, "Kranichsee Broker News <maklerinfo@kranichsee-versicherung.example>", "broker-newsletter@kranichsee-versicherung.example",
                 "Broker News 02/2026: cyber for SMEs, new travel health terms, portal downtime", "2026-04-09 07:30",
                 mailer="Kranichsee Mailing 2.3", text="""\
KRANICHSEE BROKER NEWS 02/2026
==============================

1. CYBER PROTECT FOR SMALL BUSINESSES
From 1 May, Cyber Protect covers firms with up to EUR 10 million turnover
without a risk questionnaire, provided they confirm five basic measures
(MFA, offline backups, patching within 30 days, awareness training,
endpoint protection). Premiums start at EUR 290 a year. Ransomware payments
remain excluded; incident response costs are included from the first hour.

2. TRAVEL HEALTH: NEW TERMS FROM 1 JULY
 - Maximum trip length in the annual policy rises from 45 to 63 days.
 - Treatment of pre-existing conditions: acute worsening is covered if the
   condition was stable for six months before departure (previously 12).
 - Repatriation: "medically sensible" replaces "medically necessary".
 - Dental: pain treatment abroad up to EUR 500 per trip.
Existing customers are switched automatically; no action needed.

3. COURTAGE STATEMENTS NOW IN YOUR MVP
Statements for Q1 are available as BiPRO 430 documents. If your broker
management software fetches broker post, you will find them under
category "Abrechnung".

4. PLANNED DOWNTIME
The broker portal will be unavailable on Saturday, 25 April, 22:00 to
Sunday 26 April, 06:00 (certificate renewal and database upgrade).

Questions? Your broker relations team: maklerbetreuung@kranichsee-versicherung.example
Unsubscribe: https://makler.kranichsee-versicherung.example/newsletter
Kranichsee Dienstleistungs-GmbH, Kranichweg 4-8, 19061 Schwerin, Germany
""")


# ---- 0037 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses cover granted for a named customer's tenancy dispute (rent reduction for mould), claim and policy numbers, amount in dispute; no health data")
def _(n):
    return build(n, who("niemeyer"), "Kanzlei Drewes & Partner <kanzlei@drewes-partner.example>",
                 "Deckungszusage – Ihr Mandant Sven Paepke ./. Wohnungsbau Rostock eG – RS-2026-011284", "2026-02-12 09:55", text=f"""\
Sehr geehrter Herr Rechtsanwalt Drewes,

in der oben genannten Angelegenheit erteilen wir Ihnen für Ihren Mandanten,
unseren Versicherungsnehmer Herrn Sven Paepke, Kröpeliner Straße 15,
18055 Rostock (Rechtsschutzvertrag KS-RS-3309182, Baustein Wohnen/Miete),

              Deckungszusage

für die außergerichtliche Interessenwahrnehmung sowie für die erste Instanz
wegen Mietminderung (Feuchtigkeit und Schimmel im Schlafzimmer seit
10/2025) und Rückforderung zu viel gezahlter Miete.

  Gegenstandswert:  lt. Ihrer Angabe 4.380,00 EUR
  Selbstbeteiligung: 150,00 EUR (wird mit der ersten Zahlung verrechnet)

Ihre Kostennote für die außergerichtliche Tätigkeit können Sie direkt mit
uns abrechnen. Vor Einreichung einer Klage bitten wir um kurze Nachricht mit
dem Klageentwurf.

Mit freundlichen Grüßen
Julia Niemeyer
{sig("niemeyer", legal=True)}""")


# ---- 0038 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "graded return-to-work plan (Hamburger Modell) for a named employee after a heart attack and rehab; health data")
def _(n):
    return build(n, who("brueggemann"), "Jens Fiedler <j.fiedler@kranichsee-versicherung.example>",
                 "Stufenweise Wiedereingliederung Frau Radtke ab 4. Mai", "2026-04-28 12:30",
                 cc=[who("karadag")], text=f"""\
Hallo Herr Fiedler,

Frau Doreen Radtke hat mir den Wiedereingliederungsplan aus der Reha-Klinik
vorgelegt und ist einverstanden, dass ich Sie als Führungskraft informiere.
Nach ihrem Herzinfarkt im Januar und der kardiologischen Reha in Boltenhagen
steigt sie stufenweise wieder ein:

  04.05.–15.05.2026   3 Std. täglich (9–12 Uhr), nur Innendienst
  18.05.–29.05.2026   5 Std. täglich
  01.06.–12.06.2026   6,5 Std. täglich
  ab 15.06.2026       volle Arbeitszeit (geplant)

Während der Wiedereingliederung ist sie weiterhin arbeitsunfähig
geschrieben und erhält Krankengeld; wir zahlen kein Gehalt. Bitte planen
Sie in diesen Wochen keine Außentermine und keinen Bereitschaftsdienst für
sie ein. Stressige Eskalationsfälle sollten vorerst andere übernehmen.

Wenn sie sich nicht gut fühlt, kann die Wiedereingliederung jederzeit
unterbrochen werden – dann bitte kurze Info an mich.

Vielen Dank
Anke Brüggemann
{sig("brueggemann")}""")


# ---- 0039 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product sheet (PDF) for a new long-term care daily allowance tariff with care levels and premium examples for model ages; no real person")
def _(n):
    p = pdf("""\
# Kranichsee PflegeTagegeld PTG-Plus - Produktinformation für Vermittler

Stand 01.04.2026 - nur für den internen Gebrauch durch Vermittler

# Leistungen in Prozent des vereinbarten Tagessatzes
Pflegegrad 1     10 %         ambulant und stationär gleich
Pflegegrad 2     30 %
Pflegegrad 3     60 %
Pflegegrad 4     80 %
Pflegegrad 5    100 %

Einmalleistung bei erstmaliger Feststellung Pflegegrad 2 oder höher: 30 Tagessätze.
Beitragsbefreiung ab Pflegegrad 3. Keine Wartezeit bei Unfall.
Demenz: Leistung nach Pflegegrad, keine gesonderte Demenzklausel erforderlich.

# Beitragsbeispiele (Tagessatz 50 EUR, Monatsbeitrag in EUR)
Eintrittsalter 30 Jahre           18,40
Eintrittsalter 40 Jahre           27,95
Eintrittsalter 50 Jahre           44,10
Eintrittsalter 60 Jahre           78,60

# Gesundheitsfragen (vereinfachte Risikoprüfung)
1. Besteht derzeit ein Pflegegrad oder wurde einer beantragt?
2. Wurde in den letzten 5 Jahren eine der folgenden Erkrankungen festgestellt:
   Demenz, Parkinson, Multiple Sklerose, Schlaganfall, Niereninsuffizienz mit Dialyse?
3. Beziehen Sie eine Rente wegen Erwerbsminderung?
Werden alle Fragen mit Nein beantwortet, wird der Antrag ohne Zuschlag policiert.

Courtage: 6 Monatsbeiträge, Haftungszeit 60 Monate.
""", title="PTG-Plus Produktinfo", author="Kranichsee Produktmanagement")
    return build(n, who("stoltenberg"), "Gesine Pruß <info@pruss-versicherungen.example>",
                 "PTG-Plus: Produktinfo für Ihre Beratung", "2026-04-03 10:44", text=f"""\
Hallo Frau Pruß,

wie am Telefon versprochen die Produktinformation zum neuen
Pflegetagegeld PTG-Plus. Die Antragsstrecke im Maklerportal ist ab 15.04.
freigeschaltet, bis dahin gern per Papierantrag.

Besonders interessant für Ihre Kundschaft 50+: nur drei Gesundheitsfragen.

Beste Grüße aus Schwerin
Mareike Stoltenberg
{sig("stoltenberg", legal=True)}""", atts=[Att("PTG-Plus_Vermittlerinfo_2026-04.pdf", p)])


# ---- 0040 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "payroll explains a named expat employee's payslip: tax class, gross salary, deductions, net pay; income data, no health")
def _(n):
    return build(n, who("tiedemann"), "Rahul Menon <r.menon@kranichsee-versicherung.example>",
                 "RE: Question about my February payslip", "2026-03-04 11:18",
                 irt="<DB9PR10MB5634E2@kranichsee-versicherung.example>", text=f"""\
Hi Rahul,

sure, happy to explain. The difference to January comes from two things:

1. Your tax class changed from I to IV on 1 February, after you registered
   your marriage with the Bürgeramt. The tax office sent us the new
   ELStAM data automatically.
2. The relocation allowance (second instalment, EUR 2,500) was paid in
   February and is taxable.

Your February payslip in short:

  Gross salary                     5,950.00
  Relocation allowance             2,500.00
  Total gross                      8,450.00
  Income tax (class IV)           -1,934.58
  Solidarity surcharge                 0.00
  Pension insurance               -785.85
  Unemployment insurance          -109.85
  Health/long-term care (private, employer share added to net)
                                   +432.18 employer subsidy
                                   -913.40 your premium, paid by you directly
  Net pay                          6,051.90

From March the net should be around EUR 3,820 again, as the allowance
is not paid any more. If you'd like to compare tax classes IV/IV with
III/V, your wife's income would be needed – the tax office can help.

Best
Jannis
{sig("tiedemann", "en", short=True)}

-----Original Message-----
From: Menon, Rahul
Sent: Tuesday, March 3, 2026 16:02
Subject: Question about my February payslip
Hi Jannis, my February net pay looks very different from January, and
the tax looks much higher. Can you explain? Thanks, Rahul
""")


# ---- 0041 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "disability insurance underwriting decision for a broker's named client with an exclusion for lumbar spine disorders (prior disc herniation); health data")
def _(n):
    return build(n, who("rademacher"), "Oliver Hastings <o.hastings@fairway-brokers.example>",
                 "BU application 2026-BU-104417 – Thomas Bräuer: offer with exclusion", "2026-03-13 15:26", text=f"""\
Dear Mr Hastings,

we have completed the underwriting of your client's application:

  Applicant:       Thomas Bräuer, born 18/04/1986, IT consultant
  Product:         BU Premium, monthly benefit EUR 2,500, to age 67
  Application no.: 2026-BU-104417

Based on the medical questionnaire and the orthopaedic report of
Dr. Hansen (Hamburg, 20 February 2026) about the disc herniation L5/S1 in
2023, treated conservatively with physiotherapy and epidural injections,
we can offer cover with the following exclusion:

  "Excluded is occupational disability caused by diseases or injuries of
   the lumbar spine, including their consequences (e.g. radicular pain,
   paresis)."

No premium loading applies. The exclusion can be reviewed on request after
five symptom-free years (earliest in 2029) with a current specialist
report.

Please discuss this with Mr Bräuer; the offer is valid for six weeks.

Kind regards
Svenja Rademacher
{sig("rademacher", "en", legal=True)}""")


# ---- 0042 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: invitation to the company health day (flu vaccination, blood pressure check, skin screening, back training); general offer to all staff")
def _(n):
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#0b4f6c">Gesundheitstag am 28. Mai 2026 &ndash; machen Sie mit!</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>unser diesjähriger Gesundheitstag findet am <b>Donnerstag, 28. Mai</b>, von 9 bis 15 Uhr im Foyer Haus A und im Seminarbereich statt. Alle Angebote sind freiwillig, kostenlos und finden in der Arbeitszeit statt.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#e4eef3"><th align="left">Angebot</th><th align="left">mit</th><th align="left">Anmeldung</th></tr>
<tr><td>Blutdruck- und Blutzuckermessung</td><td>ArbMed Küste, Betriebsärztin Dr. Lanz</td><td>ohne Anmeldung</td></tr>
<tr><td>Hautkrebs-Screening (15 Min.)</td><td>Hautarztpraxis am Dom</td><td>Buchungstool, begrenzte Plätze</td></tr>
<tr><td>Rückenfit am Arbeitsplatz</td><td>Physio Pfaffenteich</td><td>Kurse 10, 12 und 14 Uhr</td></tr>
<tr><td>Sehtest für Bildschirmarbeit</td><td>Optik Lindner</td><td>ohne Anmeldung</td></tr>
<tr><td>Vortrag &bdquo;Schlaf und Stress&ldquo;</td><td>Techniker Gesundheitsdienst</td><td>12:30 Uhr, Raum A 0.12</td></tr>
</table>
<p>Die Ergebnisse der Untersuchungen erhalten nur Sie selbst. Die Personalabteilung erfährt lediglich, wie viele Kolleginnen und Kollegen teilgenommen haben.</p>
<p>Die Grippeschutzimpfung bieten wir wie gewohnt im Oktober an.</p>
<p>Wir freuen uns auf Sie!<br>Ihr Team Betriebliches Gesundheitsmanagement</p>
</body></html>"""
    return build(n, who("brueggemann"), "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Gesundheitstag 2026 – Programm und Anmeldung", "2026-05-06 09:00", html=html)


# ---- 0043 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class transfer from father to daughter with both birth dates, policy numbers and plate; fact of being insured, no health")
def _(n):
    return build(n, who("yildiz"), "Marlene Behncke <marlene.behncke@mailbox.example>",
                 "Übertragung Schadenfreiheitsrabatt – Ihr Vertrag KS-KF-4519307", "2026-03-02 08:55",
                 cc="Klaus Behncke <k.behncke@mailbox.example>", text=f"""\
Sehr geehrte Frau Behncke,

vielen Dank für die unterschriebene Übertragungserklärung. Wir haben den
Schadenfreiheitsrabatt wie gewünscht übertragen:

  abgebender Vertrag:   KS-KF-1187220, Klaus Behncke, geb. 09.12.1961
                        SF 22 (Haftpflicht), keine Schäden seit 2004
  übernehmender Vertrag: KS-KF-4519307, Marlene Behncke, geb. 15.05.2000
                        Fahrzeug: Opel Corsa, SN-MB 515

Da Sie seit 2018 den Führerschein haben und das Fahrzeug Ihres Vaters nach
unseren Unterlagen seit 2021 regelmäßig mitgefahren sind, können wir Ihnen
die Jahre ab 2021 anrechnen. Ihr Vertrag wird daher ab 01.03.2026 in SF 5
eingestuft; der Beitrag sinkt von 1.148,60 EUR auf 612,30 EUR im Jahr.

Ihr Vater wird für sein verbleibendes Fahrzeug mit SF 1/2 neu eingestuft –
darauf hatten wir ihn bereits hingewiesen.

Mit freundlichen Grüßen
Emine Yıldız
{sig("yildiz", legal=True)}""")


# ---- 0044 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "accident report to the statutory accident insurer for a named employee who fell on the stairs: wrist fracture, hospital treatment, incapacity; health data in PDF and body")
def _(n):
    form = pdf("""\
# Unfallanzeige nach § 193 SGB VII

1  Unternehmen: Kranichsee Dienstleistungs-GmbH, Kranichweg 4-8, 19061 Schwerin
2  Unternehmensnummer des Unfallversicherungsträgers: 7740 3318 0021
3  Empfänger: BG Finanzdienste und Verwaltung, Bezirksverwaltung Nord
4  Name, Vorname: Lüdtke, Carmen
5  Geburtsdatum: 02.03.1973
6  Anschrift: Rosa-Luxemburg-Straße 31, 19370 Parchim
7  Geschlecht: weiblich     8  Staatsangehörigkeit: deutsch
10 Krankenkasse: Nordkasse BKK
14 Unfallzeitpunkt: 09.03.2026, 07:52 Uhr
15 Unfallort: Treppenhaus Haus B, zwischen EG und 1. OG
16 Ausführliche Schilderung des Unfallhergangs:
   Die Versicherte rutschte auf dem Weg zum Arbeitsplatz auf einer nassen Treppenstufe
   (Reinigung am frühen Morgen, Warnschild war nicht aufgestellt) aus und stürzte auf
   die ausgestreckte linke Hand.
17 Verletzte Körperteile: linkes Handgelenk
18 Art der Verletzung: distale Radiusfraktur links (S52.51), Prellung Hüfte links
19 Wer hat von dem Unfall zuerst Kenntnis genommen: Uwe Dahlke, Facility Management
20 Erstbehandlung: Durchgangsarzt Dr. Pieper, Helios-Notaufnahme Schwerin,
   anschließend Osteosynthese (Plattenosteosynthese) am 10.03.2026
21 Beginn der Arbeit: 07:30 Uhr       Ende: -
22 Zum Unfallzeitpunkt beschäftigt als: Sachbearbeiterin Kundenservice
24 Hat die Versicherte die Arbeit eingestellt? sofort
25 Hat die Versicherte die Arbeit wieder aufgenommen? nein, AU voraussichtlich 6-8 Wochen

Datum: 11.03.2026     Unternehmer: i.A. M. Ohlerich     Betriebsrat: T. Pahl
""", title="Unfallanzeige Luedtke", author="Personal")
    return build(n, who("ohlerich"), "BG Finanzdienste Bezirksverwaltung Nord <unfallanzeige@bg-finanzdienste.example>",
                 "Unfallanzeige – Carmen Lüdtke, Unfall vom 09.03.2026 – Unternehmensnr. 7740 3318 0021", "2026-03-11 14:40",
                 cc=[who("pahl")], text=f"""\
Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unfallanzeige für unsere Mitarbeiterin Frau Carmen
Lüdtke, die am 09.03.2026 auf dem Weg zu ihrem Arbeitsplatz im Treppenhaus
gestürzt ist und sich das linke Handgelenk gebrochen hat. Sie wurde
durchgangsärztlich versorgt und am Folgetag operiert.

Den Durchgangsarztbericht erhalten Sie direkt von der Klinik. Die
Gefährdungsbeurteilung für die Reinigungszeiten passen wir an.

Mit freundlichen Grüßen
Malte Ohlerich
{sig("ohlerich", legal=True)}""", atts=[Att("Unfallanzeige_Luedtke_2026-03-09.pdf", form)])


# ---- 0045 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: generic FAQ on maternity protection, parental leave and parental allowance for international staff; no individual")
def _(n):
    return build(n, who("karadag"), "International Staff <international-staff@kranichsee-versicherung.example>",
                 "New in the intranet: family FAQ (maternity protection, parental leave, Elterngeld)", "2026-01-16 12:00", text=f"""\
Dear colleagues,

many of you asked for an English summary of the German rules on becoming
a parent. The new family FAQ is now online (Intranet > HR > Family). The
short version:

 * Tell us early. Once you inform HR that you are pregnant, maternity
   protection rules apply: no overtime beyond 8.5 hours a day, no night
   work, a risk assessment of your workplace. Your manager is only told
   what is necessary for planning.
 * Maternity protection period: six weeks before and eight weeks after
   the birth (twelve after premature or multiple births). You receive
   maternity pay from your health insurer plus an employer top-up up to
   your net salary.
 * Parental leave (Elternzeit): up to three years per child for each
   parent, requested in writing seven weeks in advance. Part-time work of
   up to 32 hours a week during parental leave is possible.
 * Parental allowance (Elterngeld): paid by the state, 65–67 % of your
   previous net income, apply at the Elterngeldstelle of your district.
   Payroll issues the salary certificate you need.
 * Sick child: up to 15 child sickness benefit days per child and year
   from the statutory health insurer; privately insured colleagues please
   talk to HR.

The German legal texts prevail; the FAQ is for orientation only.

Best regards
Sibel Karadağ
{sig("karadag", "en")}""")


# ---- 0046 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "claims handler forwards a customer's own report: her son scratched a neighbour's car, names, address, policy number, damage amount; nobody hurt")
def _(n):
    return build(n, who("wiechmann"), "Schaden Haftpflicht Eingang <haftpflicht-eingang@kranichsee-versicherung.example>",
                 "WG: Schaden durch meinen Sohn - Vertrag PH 4410 3372", "2026-04-16 09:12", text=f"""\
Bitte als neuen Schaden anlegen, ich übernehme die Bearbeitung. Deckung
Familien-PHV ist gegeben, Deliktunfähigkeit (Kind 6 J.) beachten.
C.W.

-----Ursprüngliche Nachricht-----
Von: Sabrina Möws <sabrina.moews@web-post.example>
Gesendet: Mittwoch, 15. April 2026 21:47
An: service@kranichsee-versicherung.example
Betreff: Schaden durch meinen Sohn - Vertrag PH 4410 3372

Hallo,

ich muss leider einen Schaden melden. Mein Sohn Elias (6) hat heute
nachmittag mit seinem Roller auf dem Parkplatz vor unserem Haus gespielt
und ist gegen das Auto von unserer Nachbarin Frau Dörte Kampmann
gefahren (Mazda CX-5, SN-DK 118). Dabei ist ein langer Kratzer in der
Fahrertür und am hinteren Kotflügel entstanden. Frau Kampmann war dabei
und ist eigentlich ganz nett, sie möchte aber dass die Versicherung
das übernimmt. Die Werkstatt hat ihr mündlich ca 1.400 Euro gesagt.

Verletzt hat sich zum Glück keiner.

Unsere Adresse: Sabrina Möws, Friedrichsthaler Weg 7, 19057 Schwerin
Tel 0152 88301144
Die Nachbarin wohnt im selben Haus, Nr 7a.

Viele Grüße
Sabrina Möws
""", mailer="Microsoft Outlook 16.0")


# ---- 0047 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "sick-pay top-up calculation for a named employee in long-term incapacity: sickness dates, statutory sickness benefit per day, net salary; health plus income")
def _(n):
    return build(n, who("tiedemann"), who("karadag"), "Krankengeldzuschuss Herr Pingel ab 24.02.",
                 "2026-03-09 10:36", text=f"""\
Hi Sibel,

kurze Abstimmung zu Stefan Pingel (PNr. 30188), bevor ich die März-
Abrechnung schließe:

AU ununterbrochen seit 13.01.2026, die sechs Wochen Entgeltfortzahlung
endeten am 23.02.2026. Seit 24.02. zahlt die Nordkasse BKK Krankengeld,
laut Zahlschein 91,46 EUR kalendertäglich (netto nach SV-Abzug).

Nach § 14 MTV zahlen wir ab dem 3. Jahr Betriebszugehörigkeit einen
Zuschuss bis zur Höhe des Nettoentgelts für längstens 26 Wochen:

  Nettoentgelt kalendertäglich (Jan.):       106,81 EUR
  Krankengeld netto kalendertäglich:          91,46 EUR
  Zuschuss kalendertäglich:                   15,35 EUR
  Februar (24.–28.02., 5 Tage):               76,75 EUR
  März (31 Tage):                            475,85 EUR

Der Zuschuss ist beitragsfrei, solange er zusammen mit dem Krankengeld das
Netto nicht übersteigt – passt. Die Entgeltbescheinigung für die Kasse ist
raus.

Das BEM-Angebot hat Anke ihm am 03.03. geschickt, das weißt du ja.

Gruß
Jannis
{sig("tiedemann", short=True)}""")


# ---- 0048 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "portal notification mail: new secure message waiting, no content, no contract or health data")
def _(n):
    return build(n, "Kranichsee Postfach <postfach-noreply@kranichsee-versicherung.example>",
                 "hans-juergen.rathke@postfach-nord.example",
                 "Sie haben eine neue Nachricht in Ihrem Kranichsee-Postfach", "2026-03-27 18:02",
                 mailer="Kranichsee SecureMail", text="""\
Guten Tag,

in Ihrem persönlichen Kranichsee-Postfach liegt eine neue Nachricht für Sie.

Aus Gründen des Datenschutzes versenden wir vertrauliche Informationen
nicht per E-Mail. Bitte melden Sie sich zum Lesen an:

  https://postfach.kranichsee-versicherung.example

Sie haben Ihr Passwort vergessen? Über "Passwort zurücksetzen" können Sie
mit Ihrer Sicherheitsfrage ein neues vergeben.

Nachrichten werden 90 Tage im Postfach aufbewahrt.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.

Kranichsee Versicherungsgruppe · Kranichweg 4–8 · 19061 Schwerin
""")


# ---- 0049 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English cover letter to a Dutch customer quoting the German settlement of his e-bike theft claim: claim number, frame number, payout to his IBAN; no health")
def _(n):
    return build(n, who("haase"), "Joost Vermeulen <joost.vermeulen@ziggo-mail.example>",
                 "Your e-bike theft claim KS-S-2026-0041208 – settlement", "2026-04-23 14:12", text=f"""\
Dear Mr Vermeulen,

please find below our settlement letter. As the legal text is in German,
I have added a short English summary underneath.

  Schadenregulierung – Hausratversicherung KS-HR-6620418
  Versicherungsnehmer: Joost Vermeulen, Lindenstraße 44, 19055 Schwerin
  Schadennummer: KS-S-2026-0041208, Diebstahl E-Bike am 02.04.2026
  Fahrrad: Gazelle Ultimate C380, Rahmennummer GZ2209418MH
  Neupreis lt. Rechnung (05/2024):                    3.299,00 EUR
  Entschädigung zum Neuwert (Baustein Fahrrad Plus):  3.299,00 EUR
  abzgl. Selbstbeteiligung:                             -150,00 EUR
  Auszahlung:                                         3.149,00 EUR
  auf das Konto {iban("NL", "RABO0317204655")}

Summary: we replace the bike at its new value, as your contract includes
"Fahrrad Plus" and you locked it to a fixed object. After the EUR 150
excess we will transfer EUR 3,149.00 to your Dutch account within three
working days.

If the bike is found, please let us know – you may then either keep the
money and we take over the bike, or return the payment.

Kind regards
Fenja Haase
{sig("haase", "en", legal=True)}""")


# ---- 0050 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental supplement: review of a named insured's treatment plan for an implant in region 36 after tooth loss from periodontitis, GOZ amounts; health data")
def _(n):
    return build(n, who("wollenberg"), "Dragan Petrović <d.petrovic@kuestenmail.example>",
                 "Ihr Heil- und Kostenplan vom 17.02.2026 – Zahnzusatz ZahnPlus", "2026-02-25 13:47", text=f"""\
Sehr geehrter Herr Petrović,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Wendt
(Zahnarztpraxis am Marienplatz, Schwerin), geprüft.

Geplant ist nach der Extraktion des Zahns 36 (Lockerungsgrad III bei
fortgeschrittener Parodontitis) ein Einzelzahnimplantat mit Knochenaufbau
und Krone:

  Implantat inkl. Knochenaufbau (GOZ 9010, 9100, 9090)   2.184,50 EUR
  Implantatkrone vollkeramisch (GOZ 2200, 2210)            986,20 EUR
  Material- und Laborkosten (geschätzt)                    720,00 EUR
  Gesamt                                                 3.890,70 EUR
  Festzuschuss Ihrer gesetzlichen Krankenkasse            -493,73 EUR
  verbleibender Eigenanteil                              3.396,97 EUR

Aus ZahnPlus (Vertrag ZZ 8830 5512 07) erstatten wir 90 % des Eigenanteils,
höchstens jedoch die Summenbegrenzung im 2. Versicherungsjahr von 2.000 EUR.
Voraussichtliche Erstattung: 2.000,00 EUR.

Ab dem 5. Versicherungsjahr entfällt die Begrenzung. Bitte reichen Sie nach
der Behandlung die Rechnung und die Laborrechnung ein.

Mit freundlichen Grüßen
Nadine Wollenberg
{sig("wollenberg", legal=True)}""")


# ---- 0051 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: data-protection rule that sick notes go only to HR, not to team leads; policy text, no individual")
def _(n):
    return build(n, who("sellin"), "Führungskräfte <fuehrungskraefte@kranichsee-versicherung.example>",
                 "Datenschutz-Hinweis: Umgang mit Krankmeldungen und AU-Bescheinigungen", "2026-02-27 14:00",
                 cc=[who("vosswinkel"), who("pahl")], text=f"""\
Liebe Führungskräfte,

bei einer Stichprobe im Januar ist uns aufgefallen, dass Krankmeldungen
weiterhin auf sehr unterschiedlichen Wegen im Haus unterwegs sind – per
Mail an ganze Teamverteiler, als Foto im Teams-Chat oder ausgedruckt im
offenen Ablagefach. Deshalb noch einmal die Regeln:

1. Beschäftigte melden sich bei ihrer Führungskraft krank – Dauer ja,
   Grund nein. Bitte fragen Sie nicht nach der Diagnose.
2. Bei gesetzlich Versicherten rufen wir die eAU bei der Krankenkasse ab.
   Papier-AUs (z. B. bei Privatversicherten) gehen ausschließlich an das
   Funktionspostfach personal-au@kranichsee-versicherung.example, nicht an
   einzelne Personalreferentinnen und nicht in Kopie an Kolleginnen und
   Kollegen.
3. Im Team kommunizieren Sie nur "ist abwesend bis …". Gründe wie
   Operationen, Reha oder Schwangerschaft gehören nicht in Teamverteiler,
   auch nicht gut gemeint.
4. Ausgedruckte AUs nach dem Scannen in den Datenschutzbehälter.

Die Regeln stehen auch in der Richtlinie "Gesundheitsdaten von
Beschäftigten" (Intranet > Datenschutz). Bei Fragen melden Sie sich gern.

Viele Grüße
Kai-Uwe Sellin
{sig("sellin")}""")


# ---- 0052 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance for a self-employed insured after shoulder surgery: incapacity period, rotator cuff tear, request for follow-up certificate; health data")
def _(n):
    return build(n, who("gerdes"), "Tischlerei Holger Buuck <holger@tischlerei-buuck.example>",
                 "Krankentagegeld – Ihre Arbeitsunfähigkeit seit 02.03.2026", "2026-04-08 09:31", text=f"""\
Sehr geehrter Herr Buuck,

vielen Dank für die Unterlagen. Nach Ablauf der Karenzzeit von 21 Tagen
zahlen wir Ihnen aus dem Tarif KT-Selbständig (Vertrag KV 7731 0042 88)
Krankentagegeld ab dem 23.03.2026 in Höhe von 140,00 EUR je Tag.

Grundlage sind die Bescheinigungen der Orthopädischen Gemeinschaftspraxis
Weststadt über Ihre Arbeitsunfähigkeit nach der arthroskopischen Naht der
Rotatorenmanschette rechts am 04.03.2026 (Diagnose M75.1).

Für den Zeitraum 23.03.–07.04.2026 (16 Tage) überweisen wir 2.240,00 EUR.

Da Sie als Tischlermeister überwiegend körperlich arbeiten, gehen wir von
einer längeren Arbeitsunfähigkeit aus. Bitte senden Sie uns alle zwei
Wochen eine Folgebescheinigung. Sollte absehbar sein, dass Sie länger als
sechs Monate nicht arbeiten können, melden Sie sich bitte – dann prüfen wir
gemeinsam den Übergang in die Berufsunfähigkeitsversicherung.

Gute Besserung!

Mit freundlichen Grüßen
Hendrik Gerdes
{sig("gerdes", legal=True)}""")


# ---- 0053 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "works council hearing (§ 102 BetrVG) on dismissal of a named employee: birth date, tenure, maintenance obligations, conduct reasons; no health data")
def _(n):
    return build(n, who("ohlerich"), "Betriebsrat Kranichsee <betriebsrat@kranichsee-versicherung.example>",
                 "Anhörung zur ordentlichen verhaltensbedingten Kündigung – Herr Mirko Schlüter", "2026-05-18 16:45",
                 text=f"""\
Sehr geehrte Damen und Herren,

wir beabsichtigen, das Arbeitsverhältnis mit

  Herrn Mirko Schlüter, geb. 14.02.1984
  Anschrift: Am Grünen Tal 51, 19063 Schwerin
  beschäftigt seit 01.10.2017 als Sachbearbeiter Kfz-Vertrag
  verheiratet, zwei unterhaltsberechtigte Kinder
  Bruttomonatsgehalt: 4.120 EUR

ordentlich und fristgerecht zum 31.08.2026 zu kündigen (Kündigungsfrist
nach § 622 Abs. 2 BGB: drei Monate zum Monatsende).

Gründe: Herr Schlüter hat trotz zweier einschlägiger Abmahnungen vom
12.11.2025 und 20.02.2026 wiederholt Kundenvorgänge über Wochen nicht
bearbeitet und Wiedervorlagen ohne Bearbeitung gelöscht. Zuletzt blieben
im April 64 eVB-Anfragen von Autohäusern unbearbeitet, wodurch Zulassungen
scheiterten und zwei Vermittler Beschwerde einlegten. Eine Versetzung auf
einen anderen Arbeitsplatz kommt nach dem Personalgespräch vom 11.05.2026
nicht in Betracht; Herr Schlüter sah keinen Anlass zur Änderung.

Die Abmahnungen, das Gesprächsprotokoll und die Beschwerden liegen im
BR-Ordner. Wir bitten um Stellungnahme innerhalb einer Woche.

Mit freundlichen Grüßen
Malte Ohlerich
i. A. der Geschäftsführung
{sig("ohlerich")}""")


# ---- 0054 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "press Q&A on opening the Rostock service centre (jobs, investment); corporate information, no personal data")
def _(n):
    return build(n, who("bendixen"), "Hannah Sørensen <hannah.sorensen@baltic-business-journal.example>",
                 "RE: Interview request – new Kranichsee service centre in Rostock", "2026-05-05 11:27",
                 irt="<ae38f2@baltic-business-journal.example>", text=f"""\
Dear Ms Sørensen,

thank you for your interest. Our board member Birte Lassahn will be happy
to talk to you on 12 May at 3 pm; I'll send an invitation. In the meantime,
here are the written answers to your questions:

1. Why Rostock?
   About a third of our customers live along the coast between Wismar and
   Stralsund, and the university gives us access to graduates in business
   informatics and health economics.

2. How many jobs?
   The centre opens with 140 employees, mostly moved from our old office in
   the city centre, plus 60 new positions in customer service, claims
   handling and IT by the end of 2027.

3. Investment?
   EUR 18.5 million for the building (leased, long-term) and equipment,
   including a daycare centre with 24 places for employees' children.

4. Hybrid work?
   Our works agreement allows up to 60 % mobile work; the new building
   has 0.7 desks per employee.

5. Sustainability?
   Heat pump, rooftop PV of 420 kWp and 40 charging points.

Photos for print are available on our press page.

Best regards
Clara Bendixen
{sig("bendixen", "en", legal=True)}""")


# ---- 0055 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "harmless body; the attached XLSX lists named team members with sick days, sickness episodes and a rehab note per quarter; health data only in the attachment")
def _(n):
    rows = [["Name", "Leave days taken", "Sick days Q1", "Sickness episodes", "Other absence", "Note"],
            ["Brennan, Aoife", 6, 0, 0, "training 2d", ""],
            ["Castillo, Mateo", 3, 12, 3, "", "short-term, return talk done"],
            ["Hartwig, Lena", 10, 0, 0, "", ""],
            ["Jankowski, Piotr", 2, 27, 1, "", "since 02/03, rehab from 04/05"],
            ["Nwosu, Grace", 5, 4, 2, "child sick 2d", ""],
            ["Petersen, Kai", 0, 0, 0, "parental leave from 01/04", ""]]
    return build(n, who("brennan"), "Hendrik Gerdes <h.gerdes@kranichsee-versicherung.example>",
                 "Q1 absence overview – International Health team", "2026-04-02 17:44", text=f"""\
Hi Hendrik,

please find attached the Q1 absence overview for my team, as requested for
the capacity planning. Let me know if you need it in another format.

Thanks
Aoife
{sig("brennan", "en", short=True)}""", atts=[Att("Absence_Q1_2026_IntHealth.xlsx", xlsx([("Q1 2026", rows)], title="Absence Q1"))])


# ---- 0056 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor policy cancelled after sale of the car; named customer, plate, policy number, refund to her IBAN; no health data")
def _(n):
    return build(n, who("yildiz"), "Heike Zwanzig <heike.zwanzig@t-net.example>",
                 "Bestätigung: Vertragsende nach Fahrzeugverkauf – KS-KF-2298814", "2026-01-09 12:16", text=f"""\
Sehr geehrte Frau Zwanzig,

vielen Dank für Ihre Nachricht und die Kopie des Kaufvertrags. Wir
bestätigen Ihnen das Ende Ihrer Kfz-Versicherung:

  Vertrag:       KS-KF-2298814
  Fahrzeug:      Renault Clio, LWL-HZ 22
  Verkauf am:    28.12.2025, Übergabe an den Käufer am selben Tag
  Vertragsende:  28.12.2025

Für den nicht verbrauchten Zeitraum erstatten wir Ihnen 318,47 EUR auf Ihr
Konto {iban("DE", "14052000" + "0370118822")} (Sparkasse Parchim-Lübz). Die Gutschrift
erfolgt in etwa fünf Arbeitstagen.

Ihr Schadenfreiheitsrabatt (SF 14) bleibt sieben Jahre für Sie reserviert,
wenn Sie wieder ein Fahrzeug versichern möchten.

Mit freundlichen Grüßen
Emine Yıldız
{sig("yildiz", legal=True)}""")


# ---- 0057 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: fraud awareness training with an explicitly fictitious case (Max Mustermann, invented plate); no real person")
def _(n):
    return build(n, who("kroeger"), "Schaden Kraftfahrt <schaden-kraftfahrt@kranichsee-versicherung.example>",
                 "Schulung Betrugsindikatoren Kfz – Fallbeispiel zur Vorbereitung", "2026-03-19 15:10", text=f"""\
Hallo zusammen,

für die Schulung am Dienstag bitte dieses Fallbeispiel vorher lesen. Der
Fall ist frei erfunden, Ähnlichkeiten mit echten Schäden sind Zufall.

Fall "Nachtfahrt"
  VN: Max Mustermann (fiktiv), 23 Jahre, Vertrag seit 5 Wochen
  Fahrzeug: BMW 330d, 11 Jahre alt, Kennzeichen XX-MM 123 (fiktiv)
  Schadenhergang: Auffahrunfall nachts um 2:40 Uhr auf einem
  Gewerbegebiet-Parkplatz, Gegner fährt einen Transporter eines
  Autovermieters; beide kennen sich "nur flüchtig".
  Gegner meldet drei Insassen mit HWS-Beschwerden, alle vom selben
  Anwalt vertreten, Reparatur "fiktiv nach Gutachten".

Fragen für die Gruppenarbeit:
  1. Welche Indikatoren aus unserer Checkliste seht ihr? (Tipp: mindestens 6)
  2. Welche Informationen fordert ihr als Erstes an?
  3. Wann schaltet ihr die Betrugsabteilung ein, wann den Gutachter?
  4. Wie formuliert ihr das Schreiben an den Anwalt, ohne eine
     Verdächtigung auszusprechen?

Bis Dienstag!
Lars
{sig("kroeger", short=True)}""")


# ---- 0058 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "addiction prevention: step plan after a named employee appeared intoxicated at work, referral to addiction counselling; health data")
def _(n):
    return build(n, who("brueggemann"), [who("ohlerich"), who("marquardt")],
                 "[vertraulich] Stufenplan Sucht – 2. Gespräch Herr K. Wollin", "2026-05-26 18:03", text=f"""\
Hallo Malte, hallo Ilka,

zur Vorbereitung des Gesprächs am Donnerstag eine Zusammenfassung. Bitte
nicht weiterleiten.

Herr Karsten Wollin (Schaden Sach, PNr. 28704):
- 1. Gespräch (Fürsorgegespräch) am 14.04. mit seiner Führungskraft, nach
  wiederholtem Alkoholgeruch am Morgen und zwei Fehltagen jeweils nach
  dem Wochenende.
- 22.05.: deutlich alkoholisiert am Arbeitsplatz (schwankender Gang,
  verwaschene Sprache), von der Führungskraft mit Taxi nach Hause
  geschickt. Ein Test wurde nicht gemacht, er hat den Konsum aber
  eingeräumt.

Nach der Betriebsvereinbarung Sucht ist das jetzt Stufe 2:
- Gespräch mit Führungskraft, Personal, Betriebsrat (Ilka) und mir als
  Ansprechpartnerin Suchtprävention.
- Klare Auflage: Kontakt zur Suchtberatungsstelle der Diakonie Schwerin
  (Termin bis 12.06., Nachweis nur über die Tatsache des Kontakts).
- Hinweis auf das Angebot einer stationären Entwöhnung, die die
  Rentenversicherung trägt; der Arbeitsplatz bleibt ihm erhalten.
- Arbeitsrechtliche Konsequenzen noch keine, aber deutlicher Hinweis auf
  Stufe 3.

Er weiß, dass ich dabei bin, und hat zugestimmt, dass Ilka als BR-Mitglied
teilnimmt.

Anke
{sig("brueggemann", short=True)}""")


# ---- 0059 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation claim paid after a named customer lost her job (no illness): booking data, policy number, refund amount; no health data")
def _(n):
    return build(n, who("achterberg"), "Claire Dubois-Meyer <claire.dm@freemail.example>",
                 "Trip cancellation KS-R-2026-0007731 – we will pay", "2026-02-20 10:08", text=f"""\
Dear Ms Dubois-Meyer,

thank you for sending the termination letter from your former employer
and the cancellation invoice from the tour operator.

Your cancellation is covered: under your trip cancellation policy
KS-RR-3390271, the unexpected loss of your job through termination by the
employer is an insured event. The company gave notice on 26 January for
operational reasons, which is after you booked the trip on 4 November 2025.

  Trip:                 round trip Portugal, 14–28 March 2026, 2 persons
  Tour operator:        Atlantis Reisen, booking no. AR-55810327
  Cancellation fee:     EUR 2,276.00 (60 %)
  Excess:               EUR 0 (tariff "Komfort")
  Payment:              EUR 2,276.00

We will transfer the amount to the account you provided within the next
five working days. Your travel companion, Mr Ansgar Meyer, is co-insured,
so his share is included.

Kind regards
Ben Achterberg
{sig("achterberg", "en", legal=True)}""")


# ---- 0060 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order (PDF) for sit-stand desks and ergonomic chairs for workplace health; quantities and prices, no employee data")
def _(n):
    p = pdf("""\
# Bestellung Nr. 4500288170

Kranichsee Dienstleistungs-GmbH, Einkauf, Kranichweg 4-8, 19061 Schwerin
Lieferant: Bürowelt Nord GmbH, Gewerbestraße 7, 19079 Banzkow
Ihr Angebot: AN-26-0388 vom 12.02.2026           Bestelldatum: 19.02.2026

Pos  Menge  Artikel                                            Einzelpreis    Gesamt
10     40   Steh-Sitz-Tisch elektrisch 160x80, Memory-Funktion    612,00   24.480,00
20     25   Bürodrehstuhl ergonomisch, Synchronmechanik, 4D-Arm   389,00    9.725,00
30     10   Bürodrehstuhl XXL bis 200 kg                          455,00    4.550,00
40     15   Monitorschwenkarm doppelt                              94,50    1.417,50
50     60   Fußstütze höhenverstellbar                             38,90    2.334,00
60      1   Montage und Altmöbelentsorgung, pauschal            2.100,00    2.100,00

Summe netto                                                               44.606,50
USt. 19 %                                                                  8.475,24
Gesamt                                                                    53.081,74

Lieferung: KW 12, Haus A und B, Anlieferung über Tor 2, Ansprechpartner Uwe Dahlke.
Die Arbeitsplätze werden nach der Gefährdungsbeurteilung Bildschirmarbeit 2025
ausgestattet. Verteilung der Tische und Stühle auf Räume laut beigefügtem Raumplan.
Zahlungsbedingungen: 30 Tage netto. Es gelten unsere Allgemeinen Einkaufsbedingungen.
""", title="Bestellung 4500288170", author="Einkauf")
    return build(n, who("schliemann"), "Auftragsannahme Bürowelt Nord <auftrag@buerowelt-nord.example>",
                 "Bestellung 4500288170 – Steh-Sitz-Tische und Bürostühle", "2026-02-19 11:03", text=f"""\
Sehr geehrte Damen und Herren,

anbei unsere Bestellung zu Ihrem Angebot AN-26-0388. Bitte bestätigen Sie
uns den Liefertermin in KW 12.

Mit freundlichen Grüßen
Petra Schliemann
{sig("schliemann")}""", atts=[Att("Bestellung_4500288170.pdf", p)])


# ---- 0061 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance beneficiary change for a named policyholder (personal line, treated as strictly confidential) with beneficiary's birth date; no medical word")
def _(n):
    return build(n, who("kasischke"), "Gunnar Lassen <gunnar.lassen@postfach-nord.example>",
                 "Änderung des Bezugsrechts – Lebensversicherung LV 5510 887 301", "2026-04-10 09:14", text=f"""\
Sehr geehrter Herr Lassen,

Ihre Erklärung vom 03.04.2026 haben wir erhalten. Für Ihre kapitalbildende
Lebensversicherung LV 5510 887 301 (Versicherungssumme 60.000 EUR, Ablauf
01.12.2034) gilt ab sofort folgendes widerrufliches Bezugsrecht:

  im Todesfall:   Frau Annika Lassen, geb. Bremer, geb. 22.01.1972
                  (bisher: Frau Petra Lassen, geb. 30.06.1965)
  im Erlebensfall: Sie selbst, unverändert

Bitte beachten Sie: Das bisherige Bezugsrecht Ihrer geschiedenen Ehefrau
war widerruflich, daher war ihre Zustimmung nicht erforderlich.

Einen aktualisierten Nachtrag zum Versicherungsschein erhalten Sie per
Post. Bitte bewahren Sie ihn zusammen mit dem Versicherungsschein auf.

Mit freundlichen Grüßen
Rolf Kasischke
{sig("kasischke", legal=True)}""")


# ---- 0062 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "broker",
      "broker's request forwarded internally: sole-trader electrician's liability cover with his turnover, birth date and previous insurer; natural person, financial data")
def _(n):
    return build(n, who("stoltenberg"), who("jessen"), "WG: Anfrage BHV Elektro Kowalski / Pruß",
                 "2026-01-26 08:47", text=f"""\
Hauke, kannst du dir das anschauen? Gesine Pruß ist eine unserer besten
Einzelmaklerinnen, sie braucht bis Donnerstag ein Angebot.
Mareike

-------- Weitergeleitete Nachricht --------
Betreff: Anfrage BHV Elektro Kowalski
Datum: Fri, 23 Jan 2026 18:20:11 +0100
Von: Gesine Pruß <info@pruss-versicherungen.example>
An: Maklerbetreuung Kranichsee <maklerbetreuung@kranichsee-versicherung.example>

Liebe Frau Stoltenberg,

ich bitte um ein Angebot für eine Betriebshaftpflicht für meinen Kunden:

  Elektroinstallation Jarek Kowalski (Einzelunternehmen)
  Inhaber: Jarek Kowalski, geb. 05.09.1983
  Betrieb: Hagenower Straße 140, 19061 Schwerin
  Tätigkeit: Elektroinstallation Wohn- und Gewerbebau, PV-Anlagen bis 30 kWp
  Umsatz 2025: 412.000 EUR netto, davon ca. 35 % PV
  Mitarbeiter: 3 Gesellen, 1 Azubi
  Vorversicherer: Hanse Gewerbe VVaG, gekündigt durch VN zum 01.03.2026
  Vorschäden: 1 Schaden 2024 (Kabel beim Bohren beschädigt, 2.300 EUR)

Deckungssumme 5 Mio. pauschal, Mietsachschäden, Bearbeitungsschäden,
Auslandsschäden Europa. Herr Kowalski möchte außerdem wissen, ob die
PV-Montage auf Dächern über 20 Grad Neigung mitversichert ist.

Danke und viele Grüße
Gesine Pruß
Versicherungsmaklerin
Versicherungsbüro Pruß, Markt 3, 19288 Ludwigslust
""", mailer="Thunderbird/128.7.0")


# ---- 0063 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: HR out-of-office auto-reply mentioning where sick notes and payroll questions go; no personal data")
def _(n):
    return build(n, who("karadag"), "Mateo Castillo <m.castillo@kranichsee-versicherung.example>",
                 "Automatic reply: Question about my leave balance", "2026-04-07 08:02",
                 irt="<AS8PR07MB7741B2@kranichsee-versicherung.example>",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], text="""\
Thank you for your message. I am out of the office until Monday, 13 April,
with limited access to e-mail.

For urgent matters please contact:
 - sick notes (paper AU): personal-au@kranichsee-versicherung.example
 - payroll and payslips: entgelt@kranichsee-versicherung.example
 - everything else: HR Service, extension 300

Your message will not be forwarded.

Sibel Karadağ
HR Officer
""")


# ---- 0064 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "death of a named employee: cause of death (heart attack), group life insurance benefit and beneficiary; health and life-line data")
def _(n):
    return build(n, who("vosswinkel"), [who("tiedemann"), who("kasischke")],
                 "Markus Thienel – next steps (group life, final pay)", "2026-05-11 19:22",
                 cc=[who("pahl")], text=f"""\
Dear Jannis, dear Rolf,

as you know, our colleague Markus Thienel died suddenly on Saturday. His
wife told me this afternoon that it was a heart attack while jogging; he
had no known heart condition. She is, understandably, in no state to deal
with paperwork, so I'd like us to take as much off her hands as possible.

Jannis – final pay:
 - May salary in full, plus the death benefit under § 19 of the collective
   agreement (salary for the month of death and two further months) to
   Mrs Silke Thienel as surviving spouse.
 - Remaining leave (14 days) is paid out to the heirs.

Rolf – group life and company pension:
 - He was insured under the group term life contract GL-0042 with a
   benefit of two annual salaries (EUR 118,800). Beneficiary according to
   our records: spouse. Please start the claim; we need the death
   certificate, which she will send next week.
 - His direct insurance (Entgeltumwandlung) LV 6602 114 520: surviving
   dependants' benefit, please check the beneficiary declaration.

Torsten, the works council wanted to organise a book of condolence; the
funeral date will follow.

Thank you both.
Henrike
{sig("vosswinkel", "en", short=True)}""")


# ---- 0065 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessor instruction for a motor liability claim: injured party's name, address, phone, plate, claim number; vehicle damage only")
def _(n):
    return build(n, who("kroeger"), "Sachverständigenbüro Klüver <auftrag@kluever-sv.example>",
                 "Gutachtenauftrag KS-K-2026-0129904 – Haftpflichtschaden, Besichtigung beim Geschädigten", "2026-02-17 08:22", text=f"""\
Sehr geehrter Herr Klüver,

wir beauftragen Sie mit der Begutachtung des folgenden Fahrzeugs:

  Schadennummer:   KS-K-2026-0129904
  Unser VN:        Dennis Hoppe, KS-KF-3107718 (HWI-DH 404)
  Geschädigter:    Herr Ahmet Çelik
                   Dr.-Leber-Straße 22, 23966 Wismar
                   Tel. 0176 44190287 (ab 16 Uhr)
  Fahrzeug:        Toyota Yaris Hybrid, HWI-AC 717, EZ 03/2022
  Schaden:         Heckschaden nach Auffahrunfall am 13.02.2026,
                   Kreuzung Lübsche Straße/Frische Grube
                   (keine Verletzten laut Polizeibericht)

Bitte ermitteln Sie Reparaturkosten, Wertminderung und Wiederbeschaffungs-
wert. Der Geschädigte hat sein Fahrzeug in der Werkstatt Autoservice
Ostsee in Wismar abgestellt und ist mit der Besichtigung dort einverstanden.

Bitte senden Sie das Gutachten über das Sachverständigenportal.

Mit freundlichen Grüßen
Lars Kröger
{sig("kroeger", legal=True)}""")


# ---- 0066 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: works council meeting minutes (ODT) on mobile work, canteen prices, parking, vaccination campaign; personnel cases explicitly kept out")
def _(n):
    doc = odt([
        ("h", "Protokoll der Betriebsratssitzung vom 10.03.2026 (öffentlicher Teil)"),
        "Anwesend: 11 von 13 Mitgliedern, Schwerbehindertenvertretung, JAV-Vorsitzende. Protokoll: I. Marquardt",
        ("h", "TOP 1 – Mobile Arbeit"),
        "Die Arbeitgeberseite hat einen Entwurf mit höchstens 60 % mobiler Arbeit vorgelegt. Der BR fordert eine Härtefallregelung "
        "für pflegende Angehörige und Beschäftigte mit Kindern unter 12 Jahren. Beschluss: Verhandlungskommission (T. Pahl, "
        "I. Marquardt, J. Sellmer) verhandelt auf dieser Basis weiter. Abstimmung: 11 Ja.",
        ("h", "TOP 2 – Kantinenpreise"),
        "Der Caterer will die Preise zum 01.05. um 8 % erhöhen. Der BR stimmt einer Erhöhung um höchstens 5 % zu, wenn das vegetarische "
        "Tagesgericht bei 4,20 EUR bleibt.",
        ("h", "TOP 3 – Parkplätze Haus B"),
        "Zwölf Stellplätze entfallen wegen der Ladesäulen. Vergabe nach Punktesystem wie bisher; Stellplätze für Beschäftigte mit "
        "Schwerbehinderung (Merkzeichen G/aG) bleiben unberührt.",
        ("h", "TOP 4 – Grippeschutzimpfung und Gesundheitstag"),
        "Der BR unterstützt den Gesundheitstag am 28.05. Die Impfaktion im Oktober soll auch in Rostock angeboten werden.",
        ("h", "TOP 5 – Personelle Einzelmaßnahmen"),
        "Wurden im nichtöffentlichen Teil beraten und sind gesondert protokolliert (Verschlusssache BR).",
        ("table", [["Nächste Sitzungen", "Ort"], ["24.03.2026", "Schwerin, R 1.20"], ["07.04.2026", "Rostock, R 2.14"]]),
    ])
    return build(n, who("marquardt"), "BR-Mitglieder <br-mitglieder@kranichsee-versicherung.example>",
                 "Protokoll BR-Sitzung 10.03. (öffentlicher Teil) zur Freigabe", "2026-03-12 13:15", text=f"""\
Hallo zusammen,

anbei das Protokoll der letzten Sitzung, öffentlicher Teil, zur Freigabe.
Einwände bitte bis Montag, danach stelle ich es ins BR-Intranet.

Der nichtöffentliche Teil liegt wie immer nur im BR-Schrank.

Ilka
{sig("marquardt", short=True)}""", atts=[Att("Protokoll_BR_2026-03-10_oeffentlich.odt", doc)], mailer="Thunderbird/128.7.0")


# ---- 0067 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "application to the integration office for funding a Braille display for a named blind employee (severe disability, GdB 100); health data")
def _(n):
    return build(n, who("brueggemann"), "Integrationsamt Mecklenburg-Vorpommern <technische-beratung@integrationsamt-mv.example>",
                 "Antrag auf Leistungen zur behinderungsgerechten Arbeitsplatzausstattung – Herr Lukas Ehlert", "2026-04-15 10:48",
                 cc=[who("suhr")], text=f"""\
Sehr geehrte Frau Reinke,

wie telefonisch besprochen, beantragen wir Leistungen nach § 185 Abs. 3
SGB IX für die Ausstattung des Arbeitsplatzes unseres Mitarbeiters:

  Herr Lukas Ehlert, geb. 19.10.1995
  Sachbearbeiter Kundenservice, Standort Schwerin, seit 01.02.2026
  Schwerbehinderung: GdB 100, Merkzeichen Bl, H, G (Bescheid des
  Landesamts vom 07.06.2013), vollständige Erblindung seit Geburt

Für die Tätigkeit im Kundenservice (Vertragsauskünfte, Änderungen im
Bestandssystem) benötigt Herr Ehlert:

  Braillezeile 80 Module mit Navigationstasten     7.890,00 EUR
  Screenreader-Lizenz inkl. Skripte für KORA       2.450,00 EUR
  Anpassung der Skripte durch Dienstleister (5 Tage) 4.200,00 EUR
  Schulung Arbeitsplatz (2 Tage)                   1.380,00 EUR
  Summe                                           15.920,00 EUR

Die Angebote der Firma Blindtec Nord und eine Stellungnahme unserer
Schwerbehindertenvertretung (Herr Suhr, cc) fügen wir dem Antrag per Post
bei. Herr Ehlert ist mit der Antragstellung einverstanden.

Mit freundlichen Grüßen
Anke Brüggemann
{sig("brueggemann", legal=True)}""")


# ---- 0068 ------------------------------------------------------------------
@mail("NORMAL", "mixed", "insurer-to-partner",
      "English mail to the reinsurer quoting the German large-loss list of commercial fire claims (companies only, no natural persons)")
def _(n):
    return build(n, who("asmussen"), "Signe Holmgaard <sho@nordhavn-re.example>",
                 "Large losses Q1 2026 – property per risk XL", "2026-04-21 16:30", text=f"""\
Dear Signe,

here is the Q1 large loss notification for the property per risk XL
(retention EUR 1.5m). I have pasted our internal list as it went to the
board, German headings, with a short translation of the causes below.

  Großschäden Sach Firmen Q1/2026 (Schätzung brutto, EUR)
  Nr. Risiko                               Ursache                 Reserve
  1   Holzverarbeitung, Hagenow            Brand Spänebunker       4.850.000
  2   Kühlhaus Lebensmittellogistik, Lübz  Ammoniakleck, Warenverderb 2.100.000
  3   Möbelhaus, Stralsund                 Dachlawine/Schneelast   1.920.000
  4   Pflegeheimträger, Waren (Müritz)     Brand Wäscherei         1.610.000

Causes: (1) fire in the wood chip silo, (2) ammonia leak with spoiled
stock, (3) roof collapse under snow load, (4) fire in the laundry
building of a care home operator – residents were not affected, the
laundry is a separate building.

Only claims 1 and 2 exceed the retention as it stands. We'll send the
loss adviser's preliminary reports for both next week.

Best regards
Frederik
{sig("asmussen", "en", legal=True)}""")


# ---- 0069 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "company car agreement for a named manager: list price, monthly taxable benefit (1 % rule), commuting distance, plate; income data")
def _(n):
    return build(n, who("tiedemann"), "Jasper van Doorn <j.vandoorn@kranichsee-versicherung.example>",
                 "Dienstwagen – geldwerter Vorteil ab April", "2026-03-30 09:05", cc=[who("dahlke")], text=f"""\
Hallo Herr van Doorn,

Ihr neuer Dienstwagen (Skoda Enyaq 85, amtl. Kennzeichen SN-KV 218) wird
Ihnen am 2. April übergeben. Für die Abrechnung ab April gilt:

  Bruttolistenpreis inkl. Sonderausstattung:   54.870,00 EUR
  Elektrofahrzeug: Bemessung mit einem Viertel des
  abgerundeten Listenpreises (54.800 EUR)       13.700,00 EUR
  Privatnutzung 1 %                               137,00 EUR
  Fahrten Wohnung – Arbeit, 38 km:
    0,03 % x 13.700 EUR x 38                      156,18 EUR
  geldwerter Vorteil monatlich                    293,18 EUR

Der Betrag wird Ihrem Bruttogehalt (6.940 EUR) hinzugerechnet und
versteuert, aber nicht ausgezahlt. Die Ladekarte für öffentliche
Ladesäulen bekommen Sie von Herrn Dahlke mit den Schlüsseln.

Das unterschriebene Überlassungsformular bitte bis zur Übergabe an mich.

Viele Grüße
Jannis Tiedemann
{sig("tiedemann")}""")


# ---- 0070 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "claims handler forwards a hospital discharge letter for a named insured to the medical officer: NSTEMI, stents, medication; health data")
def _(n):
    return build(n, who("wollenberg"), who("reimers"), "WG: Entlassbrief Herr Brüning – bitte Prüfung Anschlussheilbehandlung",
                 "2026-01-29 11:54", text=f"""\
Hallo Herr Dr. Reimers,

anbei der Entlassbrief aus dem Klinikum. Der Versicherte beantragt eine AHB
in Boltenhagen – können Sie kurz die medizinische Notwendigkeit bestätigen?
Vertrag KV 7700 9182 44, Tarif VollStationär 2.

Danke!
Nadine Wollenberg

-----Ursprüngliche Nachricht-----
Von: Sekretariat Kardiologie <kardiologie-sekretariat@klinikum-lewitz.example>
Gesendet: Mittwoch, 28. Januar 2026 16:20
An: leistung-kv@kranichsee-versicherung.example
Betreff: Entlassbrief Brüning, Hartmut, geb. 03.05.1961

Sehr geehrte Kolleginnen und Kollegen,

wir berichten über Herrn Hartmut Brüning, geb. 03.05.1961, der sich vom
21.01. bis 28.01.2026 in unserer stationären Behandlung befand.

Diagnosen:
  - Nicht-ST-Hebungsinfarkt (I21.4)
  - koronare 2-Gefäßerkrankung
  - arterielle Hypertonie, Hypercholesterinämie

Therapie: Koronarangiographie am 21.01. mit Implantation von zwei
medikamentenbeschichteten Stents (RIVA, RCX).

Entlassmedikation: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 (für 12
Monate), Atorvastatin 80 mg 0-0-1, Ramipril 5 mg 1-0-0, Bisoprolol
2,5 mg 1-0-0.

Wir empfehlen eine kardiologische Anschlussheilbehandlung. Der Patient
ist mit der Weitergabe des Berichts an seine Krankenversicherung
einverstanden.

Mit freundlichen Grüßen
Dr. med. Anja Seemann, Oberärztin Kardiologie
Klinikum Lewitz gGmbH
""")


# ---- 0071 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: penetration test scope for the customer portal with synthetic test accounts; no real customer data")
def _(n):
    return build(n, who("wrobel"), "Security Testing Team <pentest@redkite-security.example>",
                 "Scope confirmation – portal pentest 20–31 July", "2026-06-22 14:20", cc=[who("sellin")], text=f"""\
Hi team,

as discussed in the kickoff, here is the confirmed scope:

In scope
 - https://postfach-test.kranichsee-versicherung.example (secure mailbox,
   customer and broker login, password reset with security question)
 - https://makler-test.kranichsee-versicherung.example/api (broker post
   API, BiPRO-style download)
 - TLS configuration of mx-test.kranichsee-versicherung.example

Test accounts (synthetic, no real data):
 - customer: pt-kunde-01 … pt-kunde-05
 - broker firm "PT Makler GmbH (Test)", admin pt-admin-01, users
   pt-user-01 … pt-user-03 with and without portfolio rights
Initial passwords will be sent separately by SMS to your lead tester.

Out of scope
 - production systems, social engineering, DoS
 - the claims scanning pipeline (health documents) – separate test in Q4

The test environment contains only generated data (names like "Testkunde
Alpha", fake policy numbers starting with 99-). Please report any finding
that looks like real personal data immediately to our DPO (cc).

Best regards
Tomasz
{sig("wrobel", "en", legal=True)}""")


# ---- 0072 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health insurance: vet invoice for a named customer's dog (cruciate ligament surgery) reimbursed; animal health, customer is insured, no human health data")
def _(n):
    return build(n, who("achterberg"), "Sophie Adeyemi <sophie.adeyemi@mailbox.example>",
                 "Reimbursement for Bruno – vet invoice of 3 March", "2026-03-12 15:33", text=f"""\
Dear Ms Adeyemi,

we have checked the invoice from Tierklinik am Ostorf for your dog Bruno
(Labrador, microchip 276098106224417) under your pet health policy
KS-TK-0082246:

  TPLO surgery, right knee (cranial cruciate ligament rupture)  EUR 2,860.40
  Anaesthesia, X-rays, bandage                                  EUR   612.15
  Medication to take home                                       EUR    74.90
  Total                                                         EUR 3,547.45
  Reimbursement 80 % after excess of EUR 250                    EUR 2,637.96

The amount will be transferred to your account ending in 4417 in the next
few days. Physiotherapy for Bruno is covered up to EUR 500 a year; please
send us those invoices too.

We hope Bruno is soon running around again!

Kind regards
Ben Achterberg
{sig("achterberg", "en", legal=True)}""")


# ---- 0073 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "named employee's leave to care for her sick child (scarlet fever), child sickness days and the child's illness; health data of a child")
def _(n):
    return build(n, who("karadag"), "Grace Nwosu <g.nwosu@kranichsee-versicherung.example>",
                 "AW: Kind krank – wie trage ich das ein?", "2026-02-11 08:49",
                 irt="<GV0P278MB0611F3@kranichsee-versicherung.example>", text=f"""\
Hallo Frau Nwosu,

gute Besserung an Ihre Tochter! Bei Scharlach mit Antibiotikum ist Amara ja
meist nach zwei, drei Tagen wieder fit, aber die Kita nimmt sie vermutlich
erst nach 24 Stunden ohne Fieber wieder.

So tragen Sie es ein:
  - Im Zeitportal die Abwesenheitsart "Kinderkrankentage (§ 45 SGB V)"
    wählen, für 10.02. bis voraussichtlich 13.02.
  - Die Bescheinigung der Kinderarztpraxis schicken Sie direkt an Ihre
    Krankenkasse (die Nordkasse BKK zahlt das Kinderkrankengeld), uns
    reicht die Abwesenheitsmeldung.
  - Für 2026 haben Sie 15 Tage pro Kind, davon sind jetzt 2 verbraucht
    (Januar: Magen-Darm).

Ihre Teamleitung sieht im Portal nur "abwesend", nicht den Grund.

Viele Grüße
Sibel Karadağ
{sig("karadag", short=True)}

-----Ursprüngliche Nachricht-----
Von: Nwosu, Grace
Gesendet: Dienstag, 10. Februar 2026 19:12
Betreff: Kind krank – wie trage ich das ein?
Liebe Frau Karadağ, meine Tochter hat Scharlach (Kinderarzt heute), ich
muss den Rest der Woche zu Hause bleiben. Wie trage ich das richtig ein?
LG Grace Nwosu
""")


# ---- 0074 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "call for volunteers for first-aider training with dates and first-aid kit checks; organisational, no person's data")
def _(n):
    return build(n, who("dahlke"), "Alle Mitarbeitenden Rostock <alle-rostock@kranichsee-versicherung.example>",
                 "Ersthelferinnen und Ersthelfer gesucht – Lehrgänge 2026", "2026-01-20 10:30", text=f"""\
Hallo zusammen,

für den Standort Rostock brauchen wir nach dem Umzug mehr Ersthelferinnen
und Ersthelfer: Vorgeschrieben sind 10 % der Anwesenden, wir haben aktuell
nur 9 für rund 140 Kolleginnen und Kollegen.

Lehrgänge (9 Unterrichtseinheiten, 8–16 Uhr, Arbeitszeit, Kosten trägt
die Berufsgenossenschaft):
  - Dienstag, 17.02.2026, Rostock, Raum 2.14
  - Mittwoch, 18.03.2026, Rostock, Raum 2.14
  - Fortbildung für bestehende Ersthelfer: 22.04.2026

Anmeldung bitte bis 06.02. per Mail an mich, mit Abstimmung eurer
Führungskraft.

Außerdem prüfen wir im Februar alle Verbandkästen und den Defibrillator im
Foyer; abgelaufenes Material wird ausgetauscht. Wer etwas aus einem
Verbandkasten entnommen hat: bitte im Verbandbuch eintragen.

Danke!
Uwe Dahlke
{sig("dahlke", short=True)}""")


# ---- 0075 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "draft employment reference for a named leaving employee with birth date, job history and performance assessment; no health data")
def _(n):
    d = docx([
        ("b", "Arbeitszeugnis (Entwurf)"),
        "Frau Natalie Grabow, geboren am 16.12.1991 in Güstrow, war vom 01.08.2018 bis zum 30.06.2026 in unserem "
        "Unternehmen beschäftigt, zunächst als Sachbearbeiterin in der Leistungsabteilung Sach, ab 01.01.2022 als "
        "Spezialistin für Großschäden Gebäude.",
        "Zu ihren Aufgaben gehörten insbesondere die Regulierung von Elementar- und Brandschäden mit einem "
        "Schadenaufwand von bis zu 500.000 EUR, die Steuerung von Sachverständigen und Sanierungsfirmen sowie die "
        "Einarbeitung neuer Kolleginnen und Kollegen.",
        "Frau Grabow verfügt über ein umfassendes und fundiertes Fachwissen, das sie stets sicher und zielgerichtet "
        "einsetzte. Sie arbeitete äußerst selbständig, zuverlässig und genau. Die ihr übertragenen Aufgaben erledigte "
        "sie stets zu unserer vollsten Zufriedenheit.",
        "Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Kundinnen und Kunden war stets einwandfrei.",
        "Frau Grabow verlässt uns auf eigenen Wunsch. Wir bedauern dies sehr und danken ihr für die stets sehr gute "
        "Zusammenarbeit. Für ihre berufliche und private Zukunft wünschen wir ihr alles Gute und weiterhin viel Erfolg.",
        "Schwerin, 30.06.2026",
    ], title="Zeugnis Grabow Entwurf", author="Sibel Karadag")
    return build(n, who("karadag"), who("haase"), "Zeugnisentwurf Frau Grabow – bitte fachlich prüfen",
                 "2026-06-08 15:40", text=f"""\
Hallo Frau Haase,

anbei der Entwurf des Arbeitszeugnisses für Natalie Grabow auf Basis Ihrer
Beurteilung (Note "sehr gut"). Bitte prüfen Sie vor allem die Beschreibung
der Aufgaben – Änderungen gern direkt im Dokument mit Nachverfolgung.

Frau Grabow möchte das Zeugnis am letzten Arbeitstag mitnehmen, daher bitte
bis 19.06. zurück.

Danke und viele Grüße
Sibel Karadağ
{sig("karadag", short=True)}""", atts=[Att("Zeugnis_Grabow_Entwurf.docx", d)])


# ---- 0076 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: minutes of the accident product committee on a new dismemberment schedule (eye, hand, leg percentages) and progression; product design, no person")
def _(n):
    return build(n, who("thaden"), "Produktausschuss Unfall <pa-unfall@kranichsee-versicherung.example>",
                 "Ergebnisprotokoll PA Unfall 05.03.2026 – Gliedertaxe und Progression", "2026-03-06 12:20", text=f"""\
Hallo zusammen,

hier das Ergebnisprotokoll von gestern.

1. Gliedertaxe UnfallAktiv 2026
   Beschlossen wird die verbesserte Gliedertaxe (Invaliditätsgrade bei
   Verlust oder völliger Funktionsunfähigkeit):
     Arm im Schultergelenk       75 %  (bisher 70 %)
     Hand im Handgelenk          60 %  (bisher 55 %)
     Daumen                      25 %  (bisher 20 %)
     Bein über der Mitte des Oberschenkels 75 %  (bisher 70 %)
     ein Auge                    55 %  (bisher 50 %)
     Gehör auf einem Ohr         35 %  (bisher 30 %)
     Geruchs-/Geschmackssinn     je 15 %
   Kosten laut Aktuariat: +4,1 % Schadenbedarf; wird über die Progression
   kompensiert (siehe 2).

2. Progression
   Neue Stufen 225 %, 350 % und 500 %; die bisherige 600-%-Variante entfällt
   im Neugeschäft, weil sie fast nur mit sehr hohen Grundsummen verkauft
   wurde.

3. Psychische Reaktionen nach Unfall
   Mitversicherung posttraumatischer Belastungsstörungen nach einem
   Unfall bis 10 % Invalidität, wenn eine organische Unfallverletzung
   vorliegt. Rechtliche Prüfung durch J. Niemeyer bis 20.03.

4. Nächster Termin: 09.04., Entscheidung über den Kindertarif.

Gruß
Wiebke Thaden
{sig("thaden", short=True)}""")


# ---- 0077 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only premium notice for a named customer's buildings insurance with address, policy number and SEPA mandate IBAN in a table; no health data")
def _(n):
    ib = iban("DE", "13061078" + "0004418207")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Reschke,</p>
<p>zur Hauptfälligkeit am 1. März erhalten Sie Ihre Beitragsrechnung für die Wohngebäudeversicherung.</p>
<table cellpadding="5" style="border-collapse:collapse;border:1px solid #999">
<tr><td style="border:1px solid #999">Versicherungsnehmerin</td><td style="border:1px solid #999">Bettina Reschke</td></tr>
<tr><td style="border:1px solid #999">Versicherungsort</td><td style="border:1px solid #999">Dorfstraße 9, 17166 Teterow</td></tr>
<tr><td style="border:1px solid #999">Vertrag</td><td style="border:1px solid #999">KS-WG-1907732</td></tr>
<tr><td style="border:1px solid #999">Versicherungssumme</td><td style="border:1px solid #999">Wert 1914: 21.400 Mark, gleitender Neuwert</td></tr>
<tr><td style="border:1px solid #999">Jahresbeitrag inkl. 19 % VersSt.</td><td style="border:1px solid #999">1.027,44 EUR (davon Elementar 212,10 EUR)</td></tr>
<tr><td style="border:1px solid #999">Zahlweg</td><td style="border:1px solid #999">SEPA-Lastschrift, Mandatsreferenz KS-WG-1907732-01</td></tr>
<tr><td style="border:1px solid #999">Konto</td><td style="border:1px solid #999">{ib} (Volksbank Güstrow)</td></tr>
<tr><td style="border:1px solid #999">Abbuchung</td><td style="border:1px solid #999">am 02.03.2026</td></tr>
</table>
<p>Die Anpassung um 6,8&nbsp;% beruht auf dem gestiegenen Baupreisindex (§ 12 der Bedingungen). Ihr Versicherungsschutz bleibt unverändert.</p>
<p>Mit freundlichen Grüßen<br>Ihre Kranichsee Allgemeine Versicherung AG</p>
<p style="font-size:10px;color:#777">Kranichsee Allgemeine Versicherung AG · Sitz Schwerin · Amtsgericht Schwerin HRB 3117</p>
</body></html>"""
    return build(n, "Kranichsee Beitragsservice <beitragsservice@kranichsee-versicherung.example>",
                 "Bettina Reschke <b.reschke@landpost.example>", "Ihre Beitragsrechnung Wohngebäude 2026",
                 "2026-02-04 06:15", html=html, mailer="KORA Korrespondenz 4.2")


# ---- 0078 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "term life underwriting queries to a named applicant: elevated blood pressure, BMI, medication and a request for a GP report; health data")
def _(n):
    return build(n, who("rademacher"), "Tobias Lenz <tobias.lenz@mailbox.example>",
                 "Ihr Antrag auf Risikolebensversicherung – Rückfragen", "2026-02-02 14:11", text=f"""\
Sehr geehrter Herr Lenz,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über
250.000 EUR (Antragsnummer RL-2026-008812). Zur Prüfung benötigen wir noch
einige Angaben:

1. Sie geben Bluthochdruck an, behandelt mit Candesartan 8 mg. Bitte teilen
   Sie uns Ihre letzten drei Blutdruckwerte mit Datum mit (gern aus dem
   Check-up bei Ihrer Hausärztin).
2. Bei 1,84 m und 112 kg ergibt sich ein BMI von 33. Wurden in den letzten
   fünf Jahren erhöhte Blutzucker- oder Blutfettwerte festgestellt?
3. Sie erwähnen eine "Herzuntersuchung 2024". Bitte nennen Sie Anlass,
   Ergebnis und die Praxis (z. B. Belastungs-EKG, Herzultraschall).

Alternativ können Sie Ihre Hausärztin, Frau Dr. Jacobs, bitten, uns den
beigefügten Fragebogen direkt zu senden; die Kosten übernehmen wir.

Je nach Ergebnis ist eine Annahme zu normalen Bedingungen oder mit einem
Beitragszuschlag möglich.

Mit freundlichen Grüßen
Svenja Rademacher
{sig("rademacher", legal=True)}""")


# ---- 0079 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "incident notification to the supervisor about a blocked phishing campaign; no data breach, no personal data")
def _(n):
    return build(n, who("sellin"), "IT Incident Reporting <it-incidents@finanzaufsicht.example>",
                 "Initial notification – phishing campaign against Kranichsee customers (no data compromised)", "2026-03-03 20:15",
                 cc=[who("lorenz")], text=f"""\
Dear Sir or Madam,

in line with our reporting obligations we notify the following incident.

Reporting entity: Kranichsee Versicherungsgruppe (Kranichsee Krankenversicherung
AG, Kranichsee Lebensversicherung AG, Kranichsee Allgemeine Versicherung AG)

What happened
Since 3 March 2026, 09:40, customers have received e-mails that imitate our
portal notification ("You have a new message in your Kranichsee mailbox")
and link to a look-alike domain. The fake page asks for login and
security question.

Impact
 - Our systems were not compromised. The look-alike site is hosted
   externally.
 - 37 customers reported the mail to our service desk. We have no
   indication so far that credentials were used: our portal logs show no
   logins from the IP ranges used by the attackers.
 - Real notification mails never contain links with parameters and are
   signed; we have published a warning on our website.

Measures
 - Takedown request for the domain filed at 13:05.
 - Additional login monitoring and forced password reset for the 37
   customers as a precaution.

We will send an intermediate report within 72 hours.

Kind regards
Kai-Uwe Sellin
Data Protection Officer, on behalf of the Management Board
{sig("sellin", "en", legal=True)}""")


# ---- 0080 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer to a broker: ZIP with a windows-1252 CSV of named customers, birth dates, addresses and non-personal-line policies; no health lines")
def _(n):
    rows = [["Vertragsnr", "Sparte", "Name", "Vorname", "Geburtsdatum", "PLZ", "Ort", "Straße", "Jahresbeitrag"],
            ["KS-PH-3308211", "Privathaftpflicht", "Sörensen", "Björn", "07.05.1969", "19288", "Ludwigslust", "Gartenstraße 4", "64,90"],
            ["KS-HR-3308212", "Hausrat", "Sörensen", "Björn", "07.05.1969", "19288", "Ludwigslust", "Gartenstraße 4", "176,20"],
            ["KS-KF-2981774", "Kfz", "Grünwald", "Ute", "22.11.1958", "19306", "Neustadt-Glewe", "Breite Straße 17", "498,00"],
            ["KS-WG-1120934", "Wohngebäude", "Flügge", "Karl-Heinz", "03.03.1950", "19294", "Grebs", "Am Anger 2", "811,35"],
            ["KS-RS-2209187", "Rechtsschutz", "Töpfer", "Maik", "29.08.1987", "19288", "Ludwigslust", "Schweriner Allee 71", "289,80"],
            ["KS-TH-0091342", "Tierhalterhaftpflicht", "Ölschläger", "Doreen", "14.01.1979", "19288", "Ludwigslust", "Kanalstraße 12", "82,50"]]
    data = csv_text(rows).encode("cp1252")
    z = zip_bytes([("Bestand_Pruss_Uebertragung_2026-04.csv", data),
                   ("Liesmich.txt", "Übertragung des Bestands der Agentur Schulz (Ruhestand) an Versicherungsbüro Pruß.\r\n"
                    "Nur Sachsparten; Personenversicherungen werden gesondert über das Portal übertragen.\r\n".encode("cp1252"))])
    return build(n, who("stoltenberg"), "Gesine Pruß <info@pruss-versicherungen.example>",
                 "Bestandsübertragung Agentur Schulz – Ihre neuen Verträge (Sach)", "2026-04-01 15:55", text=f"""\
Liebe Frau Pruß,

wie vereinbart übertragen wir Ihnen zum 01.04.2026 die Sachverträge aus der
Agentur von Herrn Schulz, der in den Ruhestand gegangen ist. Die Liste
finden Sie im Anhang (ZIP, Kennwort wie telefonisch besprochen … leider
kann unser Mailsystem das nicht, daher ohne Kennwort – bitte nach dem
Import löschen).

Die Kundinnen und Kunden wurden von uns schriftlich informiert. Die
Personenversicherungen (KV, Leben) folgen gesondert über das Maklerportal,
da hier die Einwilligung der Kunden noch aussteht.

Viele Grüße
Mareike Stoltenberg
{sig("stoltenberg", legal=True)}""", atts=[Att("Bestand_Schulz_an_Pruss.zip", z)])


# ---- 0081 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: facility notice that the company doctor's practice rooms are closed after a water leak and consultation hours move; no patient or employee data")
def _(n):
    return build(n, who("dahlke"), "Alle Mitarbeitenden Schwerin <alle-schwerin@kranichsee-versicherung.example>",
                 "Wasserschaden Haus C: Betriebsarztpraxis bis 20.03. geschlossen", "2026-03-09 08:12", text=f"""\
Liebe Kolleginnen und Kollegen,

am Wochenende ist im 1. OG von Haus C ein Heizungsrohr undicht geworden.
Das Wasser ist bis ins Erdgeschoss gelaufen; betroffen sind die Räume der
Betriebsarztpraxis und der Ruheraum.

Was das für euch bedeutet:
  - Die Sprechstunde von Frau Dr. Lanz findet bis einschließlich 20.03.
    im Besprechungsraum A 0.14 statt (dienstags 8–12 Uhr). Bereits
    vereinbarte Termine für Vorsorgeuntersuchungen bleiben bestehen.
  - Die Patientenakten der Praxis waren im verschlossenen Stahlschrank und
    sind unbeschädigt; die Praxis hat sie vorübergehend in ihre Zentrale
    in der Wismarschen Straße gebracht.
  - Der Ruheraum ist bis auf Weiteres im 4. OG Haus A (Raum A 4.02).
  - Bitte den Flur im EG Haus C wegen der Trocknungsgeräte nur mit Vorsicht
    benutzen.

Danke für euer Verständnis
Uwe Dahlke
{sig("dahlke", short=True)}""")


# ---- 0082 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only statement of surrender value and policy loan for a named life insurance policyholder; personal line (life) data")
def _(n):
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Fairbairn,</p>
<p>as requested, here are the current values of your endowment policy and the terms for the policy loan you asked about.</p>
<table cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde8ee"><th align="left">Item</th><th align="right">EUR</th></tr>
<tr><td>Policy</td><td align="right">LV 5507 201 884 (Kranichsee Kapital Klassik)</td></tr>
<tr><td>Insured person / policyholder</td><td align="right">Alistair Fairbairn, born 1967-08-19</td></tr>
<tr><td>Guaranteed sum at maturity (01/12/2032)</td><td align="right">74,000.00</td></tr>
<tr><td>Surrender value as of 01/05/2026</td><td align="right">51,318.27</td></tr>
<tr><td>of which bonuses allotted</td><td align="right">6,902.14</td></tr>
<tr><td>Maximum policy loan (90 % of surrender value)</td><td align="right">46,186.44</td></tr>
<tr><td>Loan interest p.a.</td><td align="right">4.25 %</td></tr>
</table>
<p>A policy loan does not end your contract: the death benefit and the maturity payment are reduced only by the outstanding loan. You can repay at any time without a fee. If you would like to go ahead, please sign the enclosed loan agreement in the portal.</p>
<p>Kind regards<br>Rolf Kasischke<br>Kranichsee Lebensversicherung AG</p>
</body></html>"""
    return build(n, who("kasischke"), "Alistair Fairbairn <a.fairbairn@highland-mail.example>",
                 "Your endowment policy LV 5507 201 884 – surrender value and policy loan", "2026-05-04 10:40", html=html)


# ---- 0083 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: invitation to a manager e-learning on what managers may ask about employees' health, with ICS; training, no individual")
def _(n):
    cal = ics("training-health-data-2026-06@kranichsee-versicherung.example", "20260611T140000", "20260611T153000",
              "Managers' training: health data of employees - do's and don'ts", location="Microsoft Teams",
              description="Speakers: Kai-Uwe Sellin (DPO), Anke Brueggemann (BEM), Dr. Friederike Lanz (company doctor)",
              organizer=("Anke Brueggemann", addr("brueggemann")))
    return build(n, who("brueggemann"), "Managers International <managers-intl@kranichsee-versicherung.example>",
                 "Training: Employees' health data – what you may (not) ask", "2026-05-20 13:30", text=f"""\
Dear colleagues,

because of several questions from managers in the last months, we are
offering a 90-minute online session in English:

  "Sick notes, return-to-work talks and reasonable adjustments:
   what managers may ask, and what they shouldn't"
  Thursday, 11 June 2026, 14:00–15:30, Teams

We will cover, with anonymised examples:
 - why you may ask "how long?", but not "what do you have?"
 - what you are told (and not told) in a BEM process
 - pregnancy and maternity protection: your duties as a manager
 - reasonable adjustments for colleagues with disabilities
 - the company doctor's role and confidentiality

The calendar invitation is attached. The session will not be recorded so
that you can ask freely.

Best regards
Anke Brüggemann
{sig("brueggemann", "en")}""", atts=[Att("Training_health_data_2026-06-11.ics", cal)])


# ---- 0084 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "glass breakage claim approved for a named customer: claim number, address, repair firm; no health data")
def _(n):
    return build(n, who("haase"), "Ralf Oettinger <ralf.oettinger@postfach-nord.example>",
                 "AW: Glasschaden Terrassentür", "2026-05-15 11:02", irt="<f31c0a96-7d12@postfach-nord.example>", text=f"""\
Hallo Herr Oettinger,

danke für die Fotos – der Riss in der Terrassentür ist eindeutig. Ihre
Glasversicherung (KS-GL-2281145) übernimmt den Austausch der
Isolierglasscheibe.

Schadennummer: KS-S-2026-0059321

Sie können die Glaserei Neumann in Schwerin direkt beauftragen; sie rechnet
mit uns ab. Eine Selbstbeteiligung gibt es in Ihrem Tarif nicht.

Viele Grüße
Fenja Haase
{sig("haase", short=True)}

> Am 14.05.2026 um 19:33 schrieb Ralf Oettinger:
> Guten Abend, bei uns ist die Scheibe der Terrassentür gesprungen,
> vermutlich durch die Hitze. Wir wohnen Ziegeleiweg 6, 19057 Schwerin.
> Fotos anbei. Was muss ich tun? MfG R. Oettinger
""")


# ---- 0085 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print job for 48,200 health premium adjustment letters (volumes, inserts, deadlines); no recipient data in the mail")
def _(n):
    return build(n, who("schliemann"), "Auftragsmanagement Druckhaus Warnow <auftrag@druckhaus-warnow.example>",
                 "Druckauftrag Beitragsanpassung KV 2027 – Mengen und Termine", "2026-06-15 10:18", text=f"""\
Sehr geehrte Damen und Herren,

hiermit bestätigen wir den Auftrag für den Versand der Beitragsanpassung
in der Krankenversicherung zum 01.01.2027:

  Sendungen gesamt:          48.200 (Vollversicherung und Zusatz)
  Umfang je Sendung:         Anschreiben 2–4 Seiten, Beiblatt "Warum steigen
                             die Beiträge?", Nachtrag zum Versicherungsschein,
                             Tarifwechselinformation nach § 204 VVG
  Datenlieferung:            SFTP, wie immer verschlüsselt, am 12.10.2026
  Druck und Kuvertierung:    bis 06.11.2026
  Einlieferung Post:         09.–11.11.2026 (Zugang bis spätestens 30.11.)

Bitte beachten Sie: Die Druckdaten enthalten Gesundheits- und
Vertragsdaten; es gelten die Anforderungen unseres Auftragsverarbeitungs-
vertrags vom 03.05.2024 (insbesondere Löschung der Druckdateien spätestens
30 Tage nach Versand, Protokoll an unseren Datenschutzbeauftragten).

Die Korrekturabzüge mit Musterdaten ("Erika Musterfrau") schicken wir
Ihnen bis 15.09.

Mit freundlichen Grüßen
Petra Schliemann
{sig("schliemann", legal=True)}""")


# ---- 0086 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "a mother's own mail, forwarded by travel claims, about her son's ADHD medication and a psychiatric certificate for a trip abroad; health data of a child")
def _(n):
    return build(n, who("achterberg"), who("reimers"), "FW: Travel insurance and my son's medication – can you advise?",
                 "2026-06-03 09:27", text=f"""\
Dr Reimers, could you take a quick look? The customer asks whether the
pre-existing condition clause applies. Policy KS-RK-8801352 (family).
Thanks, Ben

-----Original Message-----
From: Rebecca Thornhill <rebecca.thornhill@freemail.example>
Sent: Tuesday, June 2, 2026 22:14
To: reise@kranichsee-versicherung.example
Subject: Travel insurance and my son's medication – can you advise?

Hello,

we are travelling to Canada for four weeks in July (our family travel
policy is KS-RK-8801352). My son Oscar (11) has ADHD and takes
methylphenidate (Medikinet retard 20 mg every morning). His psychiatrist
in Lübeck, Dr. Falk, gave us a certificate for customs in English.

Two questions:
1) If he needs to see a doctor in Canada for a new prescription (e.g. if
   the tablets get lost), is that covered, or is it excluded because the
   ADHD existed before?
2) He also has mild asthma. Does that count as pre-existing as well?

Thank you,
Rebecca Thornhill
""")


# ---- 0087 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: post-incident review of a 40-minute portal outage (certificate expiry); no personal data exposed")
def _(n):
    return build(n, who("wrobel"), "IT Operations <it-ops@kranichsee-versicherung.example>",
                 "Post-incident review: portal outage 14 April, 07:12–07:52", "2026-04-16 16:05", cc=[who("lorenz")], text=f"""\
Hi all,

summary of the post-incident review (blameless format).

What happened
At 07:12 the customer and broker portal started rejecting all logins
with "certificate unknown". The TLS server certificate of the internal
authentication service had expired at 07:00; the renewal job had failed
silently since 2 April because of a changed service account password.

Impact
 - 40 minutes without portal login; about 1,900 failed login attempts.
 - Notification mails were queued and sent after recovery.
 - No data was exposed or lost. Mail encryption towards partner domains
   was not affected (separate certificates).

What went well
 - Monitoring alerted after 3 minutes; the on-call engineer found the
   cause within 20 minutes.

What we will change
 1. Certificate expiry alerts 30/14/7 days ahead for all internal certs
    (owner: Dennis).
 2. The renewal job reports failures to the on-call channel (owner: me).
 3. Inventory of all certificates incl. S/MIME and domain certificates
    by end of May (owner: security team).

Thanks to everybody who helped.
Tomasz
{sig("wrobel", "en", short=True)}""")


# ---- 0088 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a named customer's household insurance arrears with amount and consequences; fact of being insured, no health line")
def _(n):
    return build(n, "Kranichsee Beitragsservice <beitragsservice@kranichsee-versicherung.example>",
                 "Dennis Rabe <dennis.rabe@web-post.example>", "Zahlungserinnerung – Hausratversicherung KS-HR-4471920",
                 "2026-05-07 06:30", mailer="KORA Korrespondenz 4.2", text=f"""\
Sehr geehrter Herr Rabe,

leider konnten wir den Folgebeitrag für Ihre Hausratversicherung
KS-HR-4471920 (Versicherungsort: Werderstraße 118, 19055 Schwerin) nicht
einziehen. Ihre Bank hat die Lastschrift am 05.05.2026 zurückgegeben
(Grund: Konto erloschen).

  offener Beitrag 2. Halbjahr 2026:    94,60 EUR
  Rücklastschriftgebühr der Bank:       3,50 EUR
  zu zahlen bis 21.05.2026:            98,10 EUR

Bitte überweisen Sie den Betrag auf unser Konto
{iban("DE", "14052000" + "0000883310")} (Kranichsee Allgemeine Versicherung AG),
Verwendungszweck KS-HR-4471920, oder teilen Sie uns eine neue
Bankverbindung mit.

Wenn wir bis zum Fristende keine Zahlung erhalten, sind wir nach § 38 VVG
für danach eintretende Schäden leistungsfrei und können den Vertrag
kündigen.

Mit freundlichen Grüßen
Kranichsee Allgemeine Versicherung AG
Beitragsservice
""")


# ---- 0089 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance premium arrears for a named insured with move to the emergency tariff (Notlagentarif); personal health line, windows-1252 body")
def _(n):
    return build(n, who("wollenberg"), "Sven Kraatz <sven.kraatz@kuestenmail.example>",
                 "Beitragsrückstand Krankenversicherung – Ruhen der Leistungen", "2026-05-22 09:45", charset="windows-1252",
                 cte="quoted-printable", text=f"""\
Sehr geehrter Herr Kraatz,

trotz unserer Mahnungen vom 12.02. und 16.03.2026 ist der Beitragsrückstand
für Ihre Krankheitskostenversicherung (Vertrag KV 7719 3308 21) nicht
ausgeglichen worden. Der Rückstand beträgt inzwischen 2.418,60 EUR
(Beiträge Dezember 2025 bis Mai 2026 zzgl. Säumniszuschläge).

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag daher ab dem 01.06.2026, und Sie
werden im Notlagentarif versichert. Das bedeutet:

  - Wir erstatten nur noch Aufwendungen für die Behandlung akuter
    Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und
    Mutterschaft.
  - Der Beitrag im Notlagentarif beträgt 118,47 EUR monatlich.
  - Ihre bisherigen Alterungsrückstellungen bleiben erhalten.

Sobald alle Rückstände ausgeglichen sind, wird Ihr Vertrag ab dem
folgenden Monat im ursprünglichen Tarif fortgesetzt. Wenn Sie eine
Ratenzahlung vereinbaren möchten, rufen Sie mich bitte an.

Sollten Sie hilfebedürftig im Sinne des SGB II oder XII sein, senden Sie
uns bitte den Bescheid des Jobcenters – dann ruht der Vertrag nicht.

Mit freundlichen Grüßen
Nadine Wollenberg
{sig("wollenberg", legal=True)}""")


# ---- 0090 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: internal job posting for a claims handler in health insurance asking for medical assistant background; no applicant data")
def _(n):
    return build(n, who("ohlerich"), "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Interne Stellenausschreibung: Sachbearbeitung Leistung KV ambulant (m/w/d)", "2026-02-04 12:00", text=f"""\
Liebe Kolleginnen und Kollegen,

wir suchen ab sofort für das Team Leistung KV ambulant in Schwerin eine
Sachbearbeiterin oder einen Sachbearbeiter (m/w/d), Vollzeit oder Teilzeit
ab 30 Std.

Ihre Aufgaben
  - Prüfung und Abrechnung von Arzt-, Zahnarzt- und Heilpraktikerrechnungen
    nach GOÄ, GOZ und GebüH
  - Prüfung von Heil- und Hilfsmitteln (Brillen, Hörgeräte, Physiotherapie)
  - Beantwortung von Kundenanfragen am Telefon und schriftlich

Ihr Profil
  - Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzen oder
    als Medizinische/r Fachangestellte/r (MFA)
  - Kenntnisse der medizinischen Fachbegriffe und der GOÄ von Vorteil
  - Freude an Zahlen und an Kundenkontakt

Eingruppierung Tarifgruppe V/VI. Interne Bewerbungen bis 20.02. bitte
über das Bewerbungsportal; Ihre Führungskraft wird erst informiert, wenn
Sie zum Gespräch eingeladen werden.

Viele Grüße
Malte Ohlerich
{sig("ohlerich", short=True)}""")


# ---- 0091 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "double-insurance enquiry to another insurer about a named customer's household claim, with the other insurer's forwarded mail (message/rfc822); no health data")
def _(n):
    fw = inner("Schadenservice Hanse Gewerbe <schaden@hanse-gewerbe-vvag.example>", "Fenja Haase <f.haase@kranichsee-versicherung.example>",
               "Ihre Anfrage Doppelversicherung – Schaden Okonkwo-Lange", "2026-05-26 13:40", mid="<hg-8812-4420@hanse-gewerbe-vvag.example>",
               mailer="Microsoft Outlook 16.0", text="""\
Sehr geehrte Frau Haase,

wir bestätigen, dass Frau Adaeze Okonkwo-Lange, Am Markt 6, 18273 Güstrow,
bei uns eine Hausratversicherung (Vertrag HG-HR-0448127, Versicherungssumme
40.000 EUR) unterhält. Den Leitungswasserschaden vom 18.05.2026 hat sie uns
nicht gemeldet.

Mit einer anteiligen Regulierung nach § 78 VVG sind wir grundsätzlich
einverstanden. Bitte senden Sie uns Ihre Schadenaufstellung.

Mit freundlichen Grüßen
Schadenservice Hanse Gewerbe VVaG
""")
    return build(n, who("haase"), "Claims Department Nordic Home Insurance <claims@nordichome-ins.example>",
                 "Double insurance – household claim KS-S-2026-0061174 (Mrs Okonkwo-Lange)", "2026-05-27 10:05", text=f"""\
Dear colleagues,

we are handling a water damage claim of our customer Mrs Adaeze
Okonkwo-Lange (Am Markt 6, 18273 Güstrow; our household policy
KS-HR-5120833, claim KS-S-2026-0061174, damage estimate EUR 9,840).

During the claim, she told us that she also holds a contents policy with
your company from her time in Denmark, which may still be running. Could
you please confirm whether a policy exists and whether it covers her
address in Germany?

For your information I attach the answer from a third insurer, Hanse
Gewerbe, who also confirmed cover – so there may be three policies in
total, and we would share the loss pro rata under section 78 of the
German Insurance Contract Act.

Kind regards
Fenja Haase
{sig("haase", "en", legal=True)}""", atts=[fw])


# ---- 0092 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-pharmacy",
      "query to a pharmacy about a named insured's insulin and CGM sensor receipts (type 1 diabetes); health data")
def _(n):
    return build(n, who("brennan"), "Apotheke am Grünen Tal <info@apotheke-gruenes-tal.example>",
                 "Receipt query – Mr Jonathan Ashby, insured no. KV 7741 0820 19", "2026-03-18 11:22", text=f"""\
Dear Sir or Madam,

we are writing in English because our insured, Mr Jonathan Ashby, asked us
to copy him (in a separate mail) and does not read German.

Mr Ashby submitted three receipts from your pharmacy (12 and 26 February,
11 March 2026) for:

  - Insulin aspart (Fiasp) 100 E/ml FlexTouch, 10 pens
  - Insulin degludec (Tresiba) 100 E/ml, 5 pens
  - FreeStyle Libre 3 sensors, 2 x 4 pieces

The receipt of 26 February shows a total of EUR 412.88, but the items
listed add up to EUR 321.48. Could you please check whether a further item
(perhaps test strips or pen needles) is missing from the printout, and send
us a corrected receipt with the PZN numbers?

Thank you very much.

Kind regards
Aoife Brennan
International Health Claims
{sig("brennan", "en", legal=True)}""")


# ---- 0093 ------------------------------------------------------------------
@mail("NORMAL", "mixed", "internal",
      "English summary for expat staff of the German travel expense policy with quoted German rules (per diems, mileage); no individual")
def _(n):
    return build(n, who("karadag"), "International Staff <international-staff@kranichsee-versicherung.example>",
                 "Travel expenses: the German rules in plain English", "2026-03-02 12:30", text=f"""\
Dear colleagues,

several of you asked about the new travel expense policy
(Reisekostenrichtlinie, valid from 1 March). The German text is binding;
here are the key points with the original wording:

> § 4 Verpflegungsmehraufwand: Bei Abwesenheit von mehr als 8 Stunden
> 14 EUR, bei 24 Stunden 28 EUR. Gestellte Mahlzeiten werden gekürzt
> (Frühstück 20 %, Mittag- und Abendessen je 40 %).

Per diem: EUR 14 if you are away more than 8 hours, EUR 28 for a full
day; meals provided by the hotel or a host are deducted.

> § 6 Fahrtkosten: Bahnfahrten 2. Klasse, ab 3 Stunden Fahrzeit 1. Klasse.
> Privat-Pkw 0,30 EUR je km, nur wenn kein Dienstwagen verfügbar ist.

Train: second class, first class for journeys of three hours or more.
Private car: EUR 0.30 per km, only if no pool car is available.

> § 8 Abrechnung innerhalb von drei Monaten über das Reiseportal.

Claim within three months via the travel portal – after that, the expense
cannot be reimbursed.

Best regards
Sibel
{sig("karadag", "en", short=True)}""")


# ---- 0094 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "harmless body; the attached homeowner's policy schedule (PDF) names the customer with birth date, address, sums insured and SEPA IBAN; no health data")
def _(n):
    ib = iban("DE", "20041111" + "0523810771")
    sched = pdf(f"""\
# Kranichsee Allgemeine Versicherung AG - Policy schedule (translation for information)

Policy number        KS-WG-2205519 / KS-HR-2205520
Policyholder         Dr. Katarzyna Nowicka-Brandt, born 04/02/1981
Risk address         Seestraße 21, 19067 Leezen
Cover from           01/06/2026, annual renewal
Buildings            single-family house, built 1998, 164 sqm, sum insured "value 1914" 24,800 Mark
                     perils: fire, water, storm/hail, natural hazards (flood zone ZÜRS 1)
Contents             sum insured EUR 92,000, incl. bicycles up to EUR 5,000
Annual premium       buildings EUR 938.20, contents EUR 241.60 (incl. 19 % insurance tax)
Payment              SEPA direct debit, mandate KS-WG-2205519-01
Account              IBAN {ib}
Broker               none (direct customer)

The German policy document is legally binding.
""", title="Policy schedule KS-WG-2205519", author="KORA")
    return build(n, who("haase"), "Katarzyna Nowicka-Brandt <k.nowicka-brandt@mailbox.example>",
                 "Your new home insurance – documents", "2026-05-28 16:20", text=f"""\
Dear Dr Nowicka-Brandt,

welcome to Kranichsee! As promised, I'm sending you an English translation
of your policy schedule for your records. The German originals are in the
post.

If anything in the schedule is not correct, please let me know within two
weeks.

Kind regards
Fenja Haase
{sig("haase", "en", legal=True)}""", atts=[Att("Policy_schedule_EN.pdf", sched)])


# ---- 0095 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "query to a physiotherapy practice about a named insured's prescriptions (manual therapy after knee surgery, number of sessions, fees); health data")
def _(n):
    return build(n, who("gerdes"), "Physiotherapie am Pfaffenteich <praxis@physio-pfaffenteich.example>",
                 "Rückfrage zu Ihrer Rechnung R-2026-0318 – Frau Liane Hoppenrath", "2026-04-22 13:55", text=f"""\
Sehr geehrte Damen und Herren,

Ihre Patientin und unsere Versicherte, Frau Liane Hoppenrath (geb.
27.09.1966, Vertrag KV 7725 1180 30), hat uns Ihre Rechnung vom 14.04.2026
eingereicht:

  12 x Manuelle Therapie (MT)            je 42,00 EUR
  12 x Lymphdrainage 45 Min. (MLD45)     je 48,50 EUR
   6 x Gerätegestützte KG (KGG)          je 56,00 EUR

Die ärztliche Verordnung von Dr. Meincke (Orthopädie) vom 09.03.2026 lautet
auf 6 x MT und 6 x MLD30 nach Implantation einer Knie-TEP links (Z96.652).
Für die weiteren Behandlungen liegt uns keine Verordnung vor.

Bitte senden Sie uns – mit Einverständnis von Frau Hoppenrath – eine Kopie
der Folgeverordnung. Andernfalls können wir nur die verordneten Leistungen
erstatten.

Mit freundlichen Grüßen
Hendrik Gerdes
{sig("gerdes", legal=True)}""")


# ---- 0096 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for translation of travel health insurance terms (DOCX excerpt of general conditions); policy wording, no person")
def _(n):
    d = docx([
        ("b", "Allgemeine Versicherungsbedingungen Auslandsreise-Krankenversicherung (AVB RK 2026) – Auszug zur Übersetzung"),
        ("b", "§ 1 Gegenstand des Versicherungsschutzes"),
        "Der Versicherer bietet Versicherungsschutz bei akut eintretenden Krankheiten und Unfällen während einer "
        "vorübergehenden Reise ins Ausland. Er erstattet die Kosten der medizinisch notwendigen Heilbehandlung.",
        ("b", "§ 2 Umfang der Leistungen"),
        "(1) Ambulante ärztliche Behandlung einschließlich Operationen; (2) ärztlich verordnete Arznei- und Verbandmittel; "
        "(3) schmerzstillende Zahnbehandlung und Reparaturen von Zahnersatz; (4) stationäre Behandlung im Krankenhaus; "
        "(5) Rücktransport, sobald er medizinisch sinnvoll und vertretbar ist; (6) Überführung im Todesfall bis 15.000 EUR.",
        ("b", "§ 3 Einschränkungen"),
        "Kein Versicherungsschutz besteht für Behandlungen, die Anlass der Reise waren, sowie für Behandlungen, "
        "deren Notwendigkeit bei Reiseantritt feststand. Vorerkrankungen sind versichert, wenn sie in den letzten "
        "sechs Monaten vor Reiseantritt nicht behandelt wurden.",
        ("table", [["Begriff", "Glossar-Vorgabe EN"], ["Heilbehandlung", "medical treatment"],
                   ["Rücktransport", "repatriation"], ["medizinisch sinnvoll", "medically advisable"],
                   ["Selbstbehalt", "excess"]]),
    ], title="AVB RK 2026 Auszug", author="Produktmanagement")
    return build(n, who("schliemann"), "Übersetzungsbüro Hanse Lingua <projekte@hanselingua.example>",
                 "Auftrag Übersetzung AVB Reise-KV DE>EN, 4.800 Wörter", "2026-04-29 09:37", text=f"""\
Sehr geehrte Frau Albers,

wie angeboten beauftragen wir Sie mit der Übersetzung der AVB für die
Auslandsreise-Krankenversicherung ins Englische (ca. 4.800 Wörter,
Preis lt. Angebot 0,19 EUR/Wort). Im Anhang ein Auszug mit unserem
Glossar; das vollständige Dokument schicke ich über Ihr Kundenportal.

Liefertermin: 29.05.2026. Bitte verwenden Sie britisches Englisch und die
Begriffe aus dem Glossar.

Mit freundlichen Grüßen
Petra Schliemann
{sig("schliemann", legal=True)}""", atts=[Att("AVB_RK_2026_Auszug_Glossar.docx", d)])


# ---- 0097 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "salary certificate for a named employee sent to the parental allowance office: gross and net income, child's birth date; income data, no health")
def _(n):
    return build(n, who("tiedemann"), "Elterngeldstelle Landkreis Ludwigslust-Parchim <elterngeld@kreis-lup.example>",
                 "Arbeitgeberbescheinigung Elterngeld – Niklas Bartels, Kind Frieda, geb. 27.02.2026", "2026-03-24 13:10", text=f"""\
Sehr geehrte Damen und Herren,

auf Wunsch unseres Mitarbeiters, Herrn Niklas Bartels (geb. 12.10.1990,
wohnhaft Kastanienweg 3, 19089 Crivitz), bestätigen wir für den
Elterngeldantrag (Ihr Az. EG-2026-01733):

  Beschäftigt seit:             01.02.2015, unbefristet, Vollzeit
  Bemessungszeitraum:           02/2025 bis 01/2026
  laufendes Bruttoentgelt:      52.320,00 EUR (12 x 4.360,00 EUR)
  sonstige Bezüge (Weihnachtsgeld, Bonus) – nicht elterngeldrelevant
  Elternzeit:                   01.05.–30.06.2026 ohne Tätigkeit,
                                01.07.–31.10.2026 Teilzeit 24 Std./Woche
  Entgelt während Teilzeit:     2.683,08 EUR brutto monatlich

Die Entgeltbescheinigungen der letzten zwölf Monate hat Herr Bartels Ihnen
selbst eingereicht.

Mit freundlichen Grüßen
Jannis Tiedemann
Entgeltabrechnung
{sig("tiedemann", legal=True)}""")


# ---- 0098 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "auditor's IT general controls request list answered with process descriptions; no personal data")
def _(n):
    return build(n, who("lorenz"), "Audit Team <itgc-audit@baltic-audit-partners.example>",
                 "RE: ITGC 2026 – PBC list, items 1–9", "2026-06-09 17:48", irt="<pbc-2026-kranichsee-01@baltic-audit-partners.example>", text=f"""\
Hello Ms Brandes,

please find our answers to items 1–9 of the PBC list; the documents are in
the data room under "ITGC 2026".

1. User access reviews: quarterly for KORA, SAP and the portal; evidence Q1.
2. Joiner/mover/leaver: HR triggers via the IAM workflow; sample of 25
   leavers from Jan–May with deactivation timestamps.
3. Privileged accounts: list of admin accounts (account IDs only) and the
   approval log.
4. Password policy: screenshots of the AD and portal settings (14
   characters, MFA for all remote access).
5. Change management: change log KORA release 4.2, approvals in ServiceNow.
6. Backups: restore test protocol of 12 March.
7. Encryption of mail: gateway policy (S/MIME, domain encryption, portal,
   enforced TLS) and the list of partner domains with enforced TLS.
8. Logging: retention 6 years for audit logs, evidence of the WORM storage.
9. Incident management: incident list Q1 (no personal data breaches
   requiring notification).

For item 2 we provide the personnel numbers, not names; please tell me if
your methodology requires more.

Best regards
Dennis Lorenz
{sig("lorenz", "en", legal=True)}""")


# ---- 0099 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "payroll instruction for a named employee's salary conversion into a direct life insurance (occupational pension); personal-line (life) contract data plus salary")
def _(n):
    return build(n, who("kasischke"), who("tiedemann"), "Entgeltumwandlung Frau Hinz – Direktversicherung ab 01.05.",
                 "2026-04-17 10:26", text=f"""\
Hallo Jannis,

Frau Melina Hinz (PNr. 38815) hat die Entgeltumwandlung unterschrieben.
Bitte ab der Mai-Abrechnung berücksichtigen:

  Versicherte Person:   Melina Hinz, geb. 18.07.1993
  Vertrag:              Direktversicherung LV 6602 318 447,
                        Kranichsee Lebensversicherung AG, Gruppenvertrag GV-07
  Umwandlungsbetrag:    220,00 EUR monatlich aus dem laufenden Gehalt
  Arbeitgeberzuschuss:  15 % = 33,00 EUR monatlich
  Gesamtbeitrag:        253,00 EUR, steuer- und SV-frei nach § 3 Nr. 63 EStG
  Bezugsrecht Tod:      Ehepartner, sonst Kinder

Gesundheitsfragen gab es im Gruppenvertrag keine (vereinfachte
Aufnahme). Die Police geht ihr direkt nach Hause.

Danke!
Rolf
{sig("kasischke", short=True)}""")


# ---- 0100 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: framework agreement draft with a hospital association on direct billing for privately insured patients; contract terms, no patient")
def _(n):
    return build(n, who("gerdes"), "Dr. Meike Stellmacher <m.stellmacher@khg-mv.example>",
                 "Rahmenvereinbarung Direktabrechnung stationär – unsere Anmerkungen", "2026-05-12 14:44", text=f"""\
Sehr geehrte Frau Dr. Stellmacher,

vielen Dank für den Entwurf der Rahmenvereinbarung zur Direktabrechnung
mit den Mitgliedskliniken der Krankenhausgesellschaft. Unsere Anmerkungen:

§ 2 Teilnahme: Einverstanden, dass die Klinik-Card der Versicherten als
Nachweis genügt. Eine Kostenübernahmeerklärung im Einzelfall fordern wir
nur noch bei Wahlleistungen über dem 3,5-fachen Satz und bei
Privatkliniken ohne Versorgungsvertrag.

§ 4 Datenübermittlung: Wir bestehen auf dem elektronischen Weg über den
Datenaustausch nach § 301-Standard oder über unser Portal. Entlassberichte
und Rechnungen bitte nicht per unverschlüsselter E-Mail.

§ 5 Zahlungsfrist: 21 Tage statt 14; bei Rückfragen zu Diagnosen oder OPS
ruht die Frist.

§ 7 Rechnungsprüfung: Stichprobenprüfungen durch unseren Medizinischen
Dienst in der Klinik nur nach Ankündigung mit zwei Wochen Vorlauf.

Gern besprechen wir die Punkte am 26.05. in Rostock.

Mit freundlichen Grüßen
Hendrik Gerdes
{sig("gerdes", legal=True)}""")


# ---- 0101 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "ZIP for an internal audit of international health claims: CSV and PDF with named insureds, diagnoses, hospitals and amounts; health data only inside the ZIP")
def _(n):
    rows = [["claim_id", "insured", "dob", "country", "provider", "diagnosis_icd", "treatment", "amount_eur", "decision"],
            ["IH-26-00412", "Okoro, Emeka", "1979-03-14", "NG", "Lagoon Hospital Lagos", "A01.0", "inpatient 6 days, typhoid fever", "4210.00", "paid"],
            ["IH-26-00437", "Lindqvist, Maja", "1991-11-02", "SE", "Karolinska Univ. Hospital", "O80", "normal delivery, 3 days", "6980.50", "paid"],
            ["IH-26-00451", "Haddad, Omar", "1968-07-29", "AE", "Mediclinic City Hospital", "I21.0", "PCI with 1 stent, 4 days ICU", "38422.00", "paid, pre-authorised"],
            ["IH-26-00466", "Fischer-Ng, Alicia", "1985-01-17", "SG", "Raffles Hospital", "C50.9", "lumpectomy + sentinel node", "27310.40", "paid"],
            ["IH-26-00479", "Moreau, Julien", "1974-05-05", "FR", "Clinique du Parc Lyon", "M23.2", "knee arthroscopy", "3890.00", "partly refused (waiting period)"]]
    c = csv_text(rows, sep=",")
    memo = pdf("""\
# Internal audit IA-2026-07 - International health claims - sample memo

Sample: 5 of 214 claims above EUR 3,000 paid in Q1 2026 (random, seed documented in the working papers).

IH-26-00451 (Haddad): pre-authorisation was given by phone at 02:10 local time by the assistance partner;
the written confirmation followed two days later. Acceptable under the emergency procedure. Myocardial
infarction confirmed by discharge letter, ICU days plausible.

IH-26-00466 (Fischer-Ng): breast cancer treatment. Oncology case management was informed late (after
surgery); no financial impact, but process deviation - to be discussed with the team lead.

IH-26-00479 (Moreau): partial refusal correct (8-month waiting period for planned surgery, insured since
09/2025). Letter to the insured did not mention the right to complain to the ombudsman - finding F-3.

Result: no material findings; two process findings (F-2, F-3).
""", title="IA-2026-07 memo", author="Internal Audit")
    z = zip_bytes([("IA-2026-07/sample_claims.csv", c), ("IA-2026-07/memo_draft.pdf", memo)])
    return build(n, who("brennan"), "Internal Audit <revision@kranichsee-versicherung.example>",
                 "IA-2026-07 – documents for the sample", "2026-04-24 12:58", text=f"""\
Hi Bartosz,

as requested, the files for your sample are in the attached ZIP (claims
extract and your draft memo with my comments). The claim files themselves
you can open in KORA with your read-only role.

Best
Aoife
{sig("brennan", "en", short=True)}""", atts=[Att("IA-2026-07_sample.zip", z)])


# ---- 0102 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: storm claims statistics by 3-digit postcode area as CSV (counts and amounts only); aggregated, no policyholder")
def _(n):
    rows = [["PLZ-Bereich", "Anzahl Schäden", "davon Wohngebäude", "davon Hausrat", "davon Kfz", "Schadenaufwand EUR", "Durchschnitt EUR"],
            ["180", 412, 301, 47, 64, 1884200, 4573],
            ["181", 228, 170, 21, 37, 902400, 3958],
            ["182", 317, 244, 29, 44, 1312900, 4142],
            ["183", 96, 71, 9, 16, 338100, 3522],
            ["190", 521, 388, 61, 72, 2240300, 4300],
            ["192", 184, 139, 18, 27, 701600, 3813],
            ["193", 139, 102, 12, 25, 488900, 3517],
            ["239", 266, 201, 26, 39, 1104700, 4153],
            ["Summe", 2163, 1616, 223, 324, 8973100, 4149]]
    return build(n, who("raman"), [who("haase"), who("kroeger"), who("asmussen")],
                 "Sturmtief \"Zeynep II\" – Schadenstand nach PLZ-Bereichen", "2026-02-13 17:30", text=f"""\
Hallo zusammen,

anbei der Schadenstand zum Sturm vom 07./08.02. nach dreistelligen
PLZ-Bereichen (CSV, Semikolon, UTF-8). Stand heute 16 Uhr, 2.163 Meldungen,
geschätzter Aufwand knapp 9,0 Mio. EUR brutto.

Frederik, für die Kumulmeldung an den Rückversicherer reicht das so; die
Ereignisdefinition (72 Stunden) ist erfüllt.

Gruß
Priya
{sig("raman", short=True)}""", atts=[Att("Sturm_Zeynep2_PLZ3_Stand_2026-02-13.csv", csv_text(rows))])


# ---- 0103 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "traffic legal expenses: cover for defending a named customer against a speeding fine (administrative offence, points), policy and claim numbers; iso-8859-1 body, no criminal or health data")
def _(n):
    return build(n, who("niemeyer"), "Marcel Dittberner <m.dittberner@t-net.example>",
                 "Ihr Bußgeldverfahren – Deckungszusage Verkehrs-Rechtsschutz", "2026-03-10 10:50", charset="iso-8859-1",
                 cte="quoted-printable", text=f"""\
Sehr geehrter Herr Dittberner,

vielen Dank für die Übersendung des Anhörungsbogens der Bußgeldstelle des
Landkreises Rostock (Az. 62.3-OWi-2026-118843).

Ihnen wird vorgeworfen, am 21.02.2026 auf der B 105 bei Bentwisch die
zulässige Höchstgeschwindigkeit außerorts um 32 km/h überschritten zu haben.
Es drohen ein Bußgeld von 240 EUR, ein Punkt im Fahreignungsregister und
ein Monat Fahrverbot.

Aus Ihrem Verkehrs-Rechtsschutz (Vertrag KS-RS-4470219) erteilen wir
Deckungszusage für die Verteidigung im Bußgeldverfahren, einschließlich
eines Sachverständigengutachtens zur Messung, falls Ihr Anwalt dies für
erforderlich hält. Unsere Schadennummer: RS-2026-013307.

Eine Selbstbeteiligung fällt in Ihrem Tarif nicht an. Bitte geben Sie
Ihrem Anwalt die Schadennummer; er kann direkt mit uns abrechnen.

Mit freundlichen Grüßen
Julia Niemeyer
{sig("niemeyer", legal=True)}""")


# ---- 0104 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "invitation to speak at a conference on digital claims in health insurance; event logistics only")
def _(n):
    return build(n, who("gerdes"), "Dr. Lauren Whitfield <l.whitfield@insurtech-forum.example>",
                 "RE: Speaker invitation – Insurtech Forum Hamburg, 24 September", "2026-06-17 09:12",
                 irt="<speakers-2026-118@insurtech-forum.example>", text=f"""\
Dear Dr Whitfield,

thank you for the kind invitation. I'm happy to accept and suggest the
following title and abstract:

"From paper invoice to payment in 48 hours: what we learned automating
outpatient claims in private health insurance"

Abstract: Three years ago, 70 % of our outpatient claims arrived on paper.
Today, 81 % come in via app or portal, and 58 % are settled without a
human touch. I'll talk about the parts that worked (OCR for fee schedules,
rules for routine invoices), the parts that did not (handwritten
prescriptions, dental treatment plans) and why the hardest problem was
not technology but data protection and explaining decisions to customers.

Technical needs: projector, clicker, no live demo. I'll bring the slides
on a USB stick; they will not contain any customer data.

Could you let me know whether the panel afterwards is in English as well?

Best regards
Hendrik Gerdes
{sig("gerdes", "en", legal=True)}""")


# ---- 0105 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "motor liability personal injury: named injured party's whiplash injury, incapacity, pain and suffering offer to her lawyer; health data of a third party")
def _(n):
    return build(n, who("wiechmann"), "Rechtsanwältin Dr. Kerstin Mahnke <kanzlei@mahnke-verkehrsrecht.example>",
                 "Ihre Mandantin Frau Paula Seidler – Schaden KS-K-2026-0101277 – Schmerzensgeld", "2026-04-13 15:04", text=f"""\
Sehr geehrte Frau Dr. Mahnke,

in der Unfallsache Ihrer Mandantin, Frau Paula Seidler, gegen unseren
Versicherungsnehmer (Unfall vom 08.01.2026, Schwerin, Obotritenring) haben
wir die übersandten Unterlagen ausgewertet:

  - Durchgangsarztbericht vom 08.01.2026: HWS-Distorsion (S13.4), Prellung
    des Brustkorbs durch den Gurt (S20.2)
  - Arbeitsunfähigkeit vom 08.01. bis 06.02.2026 (vier Wochen)
  - Physiotherapie 12 Einheiten, Verordnung Dr. Amsel
  - kein Nachweis einer dauerhaften Beeinträchtigung; das MRT vom 23.01.
    zeigt keine strukturellen Verletzungen

Die Haftung unseres Versicherungsnehmers ist dem Grunde nach unstreitig.
Wir bieten zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von

                          1.800,00 EUR

an. Der Haushaltsführungsschaden (vier Wochen, Einschränkung 30 %) wird
mit 864,00 EUR berücksichtigt; den Verdienstausfall regulieren wir nach
Vorlage der Bescheinigung des Arbeitgebers über die Differenz zum
Krankengeld.

Mit freundlichen Grüßen
Carsten Wiechmann
{sig("wiechmann", legal=True)}""")


# ---- 0106 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: framework agreement with motor assessors on fee table and turnaround times; business terms, no claimant")
def _(n):
    return build(n, who("kroeger"), "Sachverständigenbüro Klüver <auftrag@kluever-sv.example>",
                 "Rahmenvereinbarung Kfz-Gutachten 2026 – Honorartabelle", "2026-01-08 13:30", text=f"""\
Sehr geehrter Herr Klüver,

wie besprochen die Eckpunkte der Rahmenvereinbarung für 2026, die ab
01.02. für alle Aufträge aus unserem Haus gilt:

Honorar nach Schadenhöhe (netto, inkl. Fotos, Fahrtkosten bis 50 km)
  bis 1.500 EUR        Kurzgutachten       185 EUR
  bis 5.000 EUR        Gutachten           395 EUR
  bis 10.000 EUR                           520 EUR
  bis 20.000 EUR                           640 EUR
  über 20.000 EUR                          1,8 % der Schadenhöhe, max. 1.150 EUR
  Totalschaden mit Restwertbörse            zzgl. 60 EUR
  Nachbesichtigung                          95 EUR

Fristen
  Besichtigung innerhalb von 2 Werktagen nach Auftrag,
  Gutachten innerhalb von 3 Werktagen nach Besichtigung.

Qualität
  Stichprobenprüfung von 5 % der Gutachten durch unsere Prüfgruppe,
  Restwertermittlung mit mindestens drei Angeboten.

Datenschutz
  Gutachten und Fotos nur über das Sachverständigenportal, keine
  Weitergabe an Dritte außer an Geschädigte und deren Anwälte.

Bitte bestätigen Sie kurz, dann lasse ich den Vertrag unterschreiben.

Mit freundlichen Grüßen
Lars Kröger
{sig("kroeger", legal=True)}""")


# ---- 0107 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "private cyber insurance: named customer's online banking fraud loss, bank details, police reference, reimbursement; financial data, no health")
def _(n):
    return build(n, who("haase"), "Benedikt Ahrens <b.ahrens@kuestenmail.example>",
                 "Your cyber claim KS-S-2026-0044021 – phishing loss", "2026-04-27 14:49", text=f"""\
Dear Mr Ahrens,

thank you for the documents. Here is the outcome of our review of your
claim under your private cyber policy KS-CY-0029915.

What happened: on 14 April you received a text message that looked like
it came from your bank and entered your online banking details on a fake
page. On the same evening two transfers were made from your account
{iban("DE", "13050000" + "0205911834")}:

  EUR 2,480.00 to an account in Lithuania
  EUR 1,950.00 to a crypto exchange

Your bank refunded EUR 1,950.00 (the second transfer was recalled). The
police in Rostock registered the case under 0418-026-117744.

Your policy covers losses from online banking fraud up to EUR 5,000 per
year, with an excess of EUR 100. We will therefore pay EUR 2,380.00 to
your account.

Please also change the passwords of your e-mail and online shopping
accounts; our cyber assistance line (+49 385 7702-7777) will help if you
need it.

Kind regards
Fenja Haase
{sig("haase", "en", legal=True)}""")


# ---- 0108 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-lawyer",
      "trap: question to the insurer's outside counsel about a new court ruling on disability re-examination in general; no client or insured person")
def _(n):
    return build(n, who("engelke"), "Kanzlei Drewes & Partner <kanzlei@drewes-partner.example>",
                 "Anfrage: Auswirkungen BGH zur Nachprüfung in der BU auf unsere Musterschreiben", "2026-05-19 11:40", text=f"""\
Sehr geehrter Herr Dr. Stein,

der Bundesgerichtshof hat sich im April erneut zu den Anforderungen an die
Einstellungsmitteilung im Nachprüfungsverfahren der Berufsunfähigkeits-
versicherung geäußert (nachvollziehbare Begründung, Vergleichsbetrachtung
zwischen dem Zustand bei Anerkenntnis und dem aktuellen Zustand).

Wir möchten unsere Musterschreiben überprüfen lassen und bitten Sie um
eine kurze gutachterliche Stellungnahme zu folgenden Fragen:

  1. Genügt unser Textbaustein zur "Verbesserung des Gesundheitszustands",
     wenn wir die medizinischen Befunde nur zusammenfassen und das
     Gutachten als Anlage beifügen?
  2. Muss bei einer konkreten Verweisung die neue Tätigkeit mit
     Einkommen und sozialer Wertschätzung im Schreiben selbst
     beschrieben werden?
  3. Welche Übergangsfrist empfehlen Sie zwischen Zugang der Mitteilung
     und Leistungseinstellung (derzeit: Ende des dritten Monats)?

Die aktuellen Musterschreiben (ohne Kundendaten) schicke ich Ihnen über
den Datenraum. Eine Antwort bis Ende Juni wäre schön.

Mit freundlichen Grüßen
Philipp Engelke
{sig("engelke", legal=True)}""")


# ---- 0109 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group accident insurance claim of a client company's named employee: fall from a ladder, fractures, hospital stay, invalidity assessment; health data")
def _(n):
    return build(n, who("jessen"), "Henrike Brammer <h.brammer@ostsee-dachbau.example>",
                 "Group accident policy KS-GU-30218 – claim of Mr Radu Ionescu", "2026-05-06 16:12", text=f"""\
Dear Ms Brammer,

thank you for reporting the accident of your employee Mr Radu Ionescu on
27 April. We have opened claim KS-U-2026-0009184 under your company's
group accident policy KS-GU-30218.

From the accident report and the hospital's first report we understand:
 - Mr Ionescu fell about 3 metres from a ladder on a building site in
   Warnemünde.
 - He suffered a fracture of the right heel bone (calcaneus) and a
   fracture of the 1st lumbar vertebra, treated surgically at the
   university hospital in Rostock; inpatient from 27 April to 8 May.

Benefits under the policy:
 - Hospital daily allowance EUR 30 per day: 12 days = EUR 360, payable now
   to Mr Ionescu (the policy assigns benefits to the insured person).
 - Invalidity benefit: can only be assessed once the final state is
   reached, at the latest 3 years after the accident. He must claim
   invalidity in writing within 21 months, confirmed by a doctor. We will
   remind him in good time.

Could you please give him our letter (attached in the portal in
Romanian and German) and let us have his bank details and postal address?

Kind regards
Hauke Jessen
{sig("jessen", "en", legal=True)}""")


# ---- 0110 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: data protection quiz with answers about health data, sick notes and special categories; training material, no person")
def _(n):
    return build(n, who("sellin"), "All Staff International <international-staff@kranichsee-versicherung.example>",
                 "Data Protection Day quiz – the answers", "2026-01-29 09:00", text=f"""\
Dear colleagues,

thank you to the 212 of you who took part in our Data Protection Day quiz.
Here are the answers:

1. A customer sends her doctor's invoice by ordinary e-mail. May we answer
   by e-mail with the reimbursement and diagnosis?
   -> Not without her consent to unencrypted mail; use the portal.
2. Is the fact that a colleague is "off sick" health data?
   -> Yes. "Absent" is enough for the team.
3. A broker asks for a list of his customers' policies including birth
   dates. Which way is right?
   -> Broker post in the portal or encrypted mail, never plain mail.
4. Are anonymised statistics on sickness absence per department personal
   data?
   -> No, as long as no group is so small that a person can be identified.
5. You find a printout of a discharge letter on the printer. What do you do?
   -> Give it to the claims team concerned or put it into the shredding
   bin; report it if you think it was seen by others.
6. Which categories of data are "special" under Art. 9 GDPR?
   -> Health, genetic and biometric data, racial/ethnic origin, political
   opinions, religion, trade union membership, sex life/orientation.

Winners of the cinema vouchers have been notified by mail.

Kai-Uwe Sellin
{sig("sellin", "en", short=True)}""")


# ---- 0111 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "change of address for a named customer's household insurance with old and new address, new sum insured and premium; no health data (confirmation as ODT)")
def _(n):
    doc = odt([
        ("h", "Nachtrag zum Versicherungsschein – Hausratversicherung KS-HR-3891022"),
        "Versicherungsnehmer: Herr Frank Ostermann",
        ("table", [["", "bisher", "ab 01.07.2026"],
                   ["Versicherungsort", "Bahnhofstraße 11, 19230 Hagenow", "Am Lankower See 44, 19057 Schwerin"],
                   ["Wohnfläche", "62 m²", "88 m²"],
                   ["Versicherungssumme", "41.500 EUR", "58.900 EUR"],
                   ["Tarifzone", "2", "3"],
                   ["Jahresbeitrag", "98,40 EUR", "152,10 EUR"]]),
        "Für die Dauer des Umzugs besteht Versicherungsschutz an beiden Wohnungen, längstens zwei Monate.",
        "Alle übrigen Vereinbarungen bleiben unverändert.",
        "Schwerin, 18.06.2026 – Kranichsee Allgemeine Versicherung AG",
    ])
    return build(n, who("haase"), "Frank Ostermann <frank.ostermann@web-post.example>",
                 "Ihr Umzug – Nachtrag zur Hausratversicherung", "2026-06-18 10:20", text=f"""\
Guten Tag Herr Ostermann,

vielen Dank für Ihre Umzugsmitteilung. Im Anhang finden Sie den Nachtrag
zu Ihrer Hausratversicherung mit der neuen Adresse.

Da die neue Wohnung größer ist, haben wir die Versicherungssumme angepasst,
damit keine Unterversicherung entsteht. Wenn Sie das nicht möchten, melden
Sie sich bitte innerhalb von zwei Wochen.

Viel Freude im neuen Zuhause!

Fenja Haase
{sig("haase", legal=True)}""", atts=[Att("Nachtrag_KS-HR-3891022.odt", doc)])


# ---- 0112 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "individual accident insurance: invalidity assessment after a named customer's bicycle accident, permanent impairment of the arm, benefit amount; health data")
def _(n):
    return build(n, who("engelke"), "Eilidh Ferguson <eilidh.ferguson@highland-mail.example>",
                 "Accident insurance KS-UV-6610297 – invalidity benefit", "2026-06-02 11:35", text=f"""\
Dear Ms Ferguson,

we have now received the medical report by Prof. Dr. Lindemann,
orthopaedic surgeon in Rostock, who examined you on 12 May 2026, about
15 months after your cycling accident on 20 February 2025.

His findings in short:
 - the fracture of the left upper arm near the shoulder (treated with
   a plate) has healed;
 - the mobility of the left shoulder remains restricted (raising the arm
   sideways to 100 degrees instead of 180, rotation reduced), with some
   loss of strength;
 - no further improvement is expected.

He rates the permanent impairment at 3/10 of the value of an arm in the
shoulder joint. Under the dismemberment schedule of your policy (arm in
the shoulder joint = 70 %), this results in a degree of invalidity of
21 %.

  Basic sum insured                     EUR 100,000
  21 % invalidity                       EUR  21,000
  Progression 350 % (below 25 %: none)  EUR       0
  Invalidity benefit                    EUR  21,000

We will pay the amount within the next week. If you disagree with the
assessment, you can ask for a re-assessment within three years of the
accident.

Kind regards
Philipp Engelke
{sig("engelke", "en", legal=True)}""")


# ---- 0113 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: answer to a prospect asking about travel health cover, with generic product information and no contract or health data")
def _(n):
    return build(n, who("achterberg"), "Ines Gottschalk <ines.gottschalk@mailbox.example>",
                 "AW: Frage zur Auslandskrankenversicherung für Neuseeland", "2026-01-13 16:40",
                 irt="<9d2f1e@mailbox.example>", text=f"""\
Hallo Frau Gottschalk,

vielen Dank für Ihr Interesse! Für einen Aufenthalt von zehn Monaten in
Neuseeland (Work & Travel) ist unsere Jahres-Reiseversicherung nicht
geeignet, weil sie nur Reisen bis 63 Tage abdeckt. Passend ist der Tarif
"Langzeit Ausland":

  - Laufzeit bis 24 Monate, Abschluss vor der Ausreise
  - ambulante und stationäre Behandlung, Rücktransport, Zahnbehandlung
    zur Schmerzbeseitigung
  - Beitrag für 18–35 Jahre: 49 EUR im Monat, ohne Selbstbehalt
  - bei Abbruch der Reise erstatten wir nicht verbrauchte Monate

Gesundheitsfragen gibt es in diesem Tarif keine. Allerdings sind
Behandlungen von Erkrankungen, die vor Reiseantritt bekannt und
behandlungsbedürftig waren, nicht versichert.

Abschließen können Sie online unter
https://www.kranichsee-versicherung.example/reise/langzeit – die
Versicherungsbestätigung auf Englisch für das Visum erhalten Sie sofort.

Gute Reise schon jetzt!
Ben Achterberg
{sig("achterberg", legal=True)}

> Hallo, ich möchte ab März 10 Monate nach Neuseeland (Work&Travel).
> Welche Versicherung brauche ich bei Ihnen und was kostet das?
> Viele Grüße, Ines Gottschalk
""")


# ---- 0114 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "relocation of a named new hire from Poland: birth date, tax ID, social security application, salary and bank account; no health data")
def _(n):
    return build(n, who("karadag"), who("tiedemann"), "New hire Katarzyna Zielińska – payroll data for 1 June",
                 "2026-05-21 14:02", cc=[who("wrobel")], text=f"""\
Hi Jannis,

our new developer for Tomasz's team starts on 1 June. All data for the
payroll set-up:

  Name:              Katarzyna Zielińska
  Date of birth:     09/03/1994, born in Gdańsk, Polish citizen
  Address:           Graf-Schack-Allee 19, 19053 Schwerin (registered 12/05)
  Tax ID:            was applied for at the Bürgeramt on 12/05; the letter
                     from the Federal Central Tax Office has not arrived yet,
                     so please use tax class I provisionally
  Social security:   no German number yet – please apply via DSRV with
                     her Polish PESEL 94030918426
  Health insurance:  Nordkasse BKK (membership certificate attached to
                     the HR file)
  Salary:            EUR 5,250 gross per month, pay grade AT 1, 39 h
  Bank:              {iban("DE", "14052000" + "0371405522")}

Relocation allowance EUR 3,000 (two instalments) as per the contract.

Thanks!
Sibel
{sig("karadag", "en", short=True)}""")


# ---- 0115 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "pre-authorisation for a named expat insured's breast cancer treatment (chemotherapy protocol, HER2-positive, costs) at a hospital in Dubai; health data")
def _(n):
    return build(n, who("brennan"), "Case Management Al Noor Specialty Hospital <casemgmt@alnoor-specialty.example>",
                 "Guarantee of payment – Mrs Rania Schäfer-Khalil, member no. KV-INT 4410 2287", "2026-03-30 08:15", text=f"""\
Dear colleagues,

with reference to your request of 26 March, we confirm the guarantee of
payment for our member

  Mrs Rania Schäfer-Khalil, born 1982-10-11, member no. KV-INT 4410 2287
  Plan: Global Health Premium, area of cover worldwide excl. USA

for the following treatment as proposed by Dr. Farah Mansour, oncology:

  Diagnosis:   invasive ductal carcinoma, left breast, cT2 cN1 M0,
               HER2-positive, hormone receptor negative (C50.4)
  Treatment:   neoadjuvant chemotherapy, 6 cycles TCHP (docetaxel,
               carboplatin, trastuzumab, pertuzumab) every 3 weeks,
               outpatient, start 2 April 2026
  Estimate:    AED 412,000 (approx. EUR 103,500)

The guarantee covers the chemotherapy cycles, pre-medication, laboratory
tests and the planned PET-CT after cycle 3. Surgery after chemotherapy
needs a separate request. Please invoice per cycle with itemised bills.

Our oncology case manager, Ms Grace Nwosu, will be Mrs Schäfer-Khalil's
contact person during the treatment.

Kind regards
Aoife Brennan
{sig("brennan", "en", legal=True)}""")


# ---- 0116 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "HR circular on the collective pay increase for all employees (percentages and dates); generic, no individual salary")
def _(n):
    return build(n, who("vosswinkel"), "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Tarifabschluss 2026: Was sich für Ihr Gehalt ändert", "2026-06-25 11:00", text=f"""\
Liebe Kolleginnen und Kollegen,

die Tarifparteien der Versicherungswirtschaft haben sich auf einen neuen
Gehaltstarifvertrag geeinigt. Für alle Tarifbeschäftigten bedeutet das:

  - 1. September 2026: Erhöhung der Tarifgehälter um 3,1 %
  - 1. September 2027: weitere Erhöhung um 2,4 %
  - Ausbildungsvergütungen steigen jeweils um 75 EUR
  - Laufzeit bis 31. März 2028

Die Erhöhung wird mit der September-Abrechnung automatisch umgesetzt, Sie
müssen nichts tun. Übertarifliche Zulagen bleiben unverändert; ob sie
angerechnet werden, steht in Ihrem Arbeitsvertrag.

Für außertariflich Beschäftigte gilt wie jedes Jahr das Vergütungsgespräch
im Herbst.

Die vollständigen Gehaltstabellen finden Sie im Intranet unter
Personal > Tarif.

Viele Grüße
Henrike Voßwinkel
{sig("vosswinkel")}""")


# ---- 0117 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "horse owner's liability claim: named customer's horse damaged a neighbour's fence, names, addresses, claim number and amount; no injury")
def _(n):
    return build(n, who("wiechmann"), "Stefanie Wulff <stefanie.wulff@landpost.example>",
                 "Re: Zaun Nachbar – Schaden KS-H-2026-0022418", "2026-04-09 19:48", mailer="Thunderbird/128.7.0",
                 flowed=True, cte="8bit", irt="<8e71c5b2-22a1-4c5e@landpost.example>", text=f"""\
Hallo Frau Wulff,

vielen Dank für die Fotos und die Rechnung des Zaunbauers. Der Schaden ist \r
über Ihre Pferdehalterhaftpflicht (Vertrag KS-TH-0071933, versichertes \r
Pferd: Stute "Hella", Hannoveraner) gedeckt.

Wir zahlen an Ihren Nachbarn, Herrn Joachim Rieck, Dorfstraße 4, 19086 \r
Plate, den Betrag der Rechnung von 1.246,00 EUR direkt. Die \r
Selbstbeteiligung von 150 EUR ziehen wir nicht ab, weil Sie schadenfrei \r
waren (Tarif Komfort).

Zum Glück ist weder der Stute noch dem Hund von Herrn Rieck etwas passiert.

Viele Grüße
Carsten Wiechmann
{sig("wiechmann", short=True)}
Am 08.04.2026 um 21:15 schrieb Stefanie Wulff:
> Guten Abend, unsere Hella ist letzte Nacht durch den Zaun vom Nachbarn
> gebrochen (Herr Rieck, Dorfstr. 4). Anbei Fotos und die Rechnung vom
> Zaunbauer über 1.246 Euro. Vertrag KS-TH-0071933. Gruß S. Wulff
""".replace(" \r\n", " \n").replace("\r", ""))


# ---- 0118 ------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: app release notes for customers (upload invoices, new document scanner, sick-note upload for daily allowance); product news, no person")
def _(n):
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#223">
<h1 style="color:#0b4f6c;font-size:20px">What's new in the Kranichsee app 5.0</h1>
<ul>
<li><b>Upload invoices in seconds:</b> the new scanner detects doctors', dentists' and pharmacy receipts automatically and crops them.</li>
<li><b>Daily sickness allowance:</b> upload your sick note directly in the app &ndash; no more paper forms.</li>
<li><b>Status tracker:</b> see when your claim is received, in review and paid.</li>
<li><b>Secure mailbox:</b> read your messages from Kranichsee in the app, protected by Face ID or fingerprint.</li>
<li><b>English and Polish:</b> the app now speaks three languages.</li>
</ul>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e4eef3"><th align="left">Platform</th><th align="left">Minimum version</th></tr>
<tr><td>iOS</td><td>16</td></tr><tr><td>Android</td><td>10</td></tr>
</table>
<p style="font-size:11px;color:#777">You receive this e-mail because you use the Kranichsee app and agreed to product news. Unsubscribe in the app under Settings &gt; Notifications.</p>
</body></html>"""
    text = """What's new in the Kranichsee app 5.0

* Upload invoices in seconds: the new scanner detects doctors', dentists'
  and pharmacy receipts automatically and crops them.
* Daily sickness allowance: upload your sick note directly in the app.
* Status tracker: see when your claim is received, in review and paid.
* Secure mailbox: read your messages in the app, protected by Face ID or
  fingerprint.
* English and Polish: the app now speaks three languages.

Minimum versions: iOS 16, Android 10.

You receive this e-mail because you use the Kranichsee app and agreed to
product news. Unsubscribe in the app under Settings > Notifications.
"""
    return build(n, "Kranichsee App <app-news@kranichsee-versicherung.example>", "app-users-en@kranichsee-versicherung.example",
                 "Kranichsee app 5.0: scan invoices, upload sick notes, track your claims", "2026-05-14 08:00",
                 text=text, html=html, mailer="Kranichsee Mailing 2.3")


# ---- 0119 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "criminal legal expenses: named customer's penal order for negligent bodily injury after a traffic accident (conviction, injured cyclist); criminal and health data")
def _(n):
    return build(n, who("niemeyer"), "Thomas Rakow <thomas.rakow@postfach-nord.example>",
                 "Strafbefehl wegen fahrlässiger Körperverletzung – Ihr Rechtsschutz", "2026-05-08 12:34", text=f"""\
Sehr geehrter Herr Rakow,

Sie haben uns den Strafbefehl des Amtsgerichts Güstrow vom 29.04.2026
(Az. 5 Cs 412 Js 2209/26) übersandt. Darin wird Ihnen vorgeworfen, am
11.02.2026 beim Abbiegen in Bützow einen Radfahrer übersehen und fahrlässig
verletzt zu haben (Schlüsselbeinbruch und Kopfplatzwunde des Radfahrers).
Festgesetzt wurden 40 Tagessätze zu je 55 EUR.

Ihr Verkehrs-Rechtsschutz (KS-RS-4108822) umfasst die Verteidigung wegen
des Vorwurfs eines fahrlässigen Vergehens. Wir erteilen daher
Deckungszusage für die Verteidigung einschließlich des Einspruchs gegen den
Strafbefehl (Schadennummer RS-2026-014410).

Bitte beachten Sie:
  - Die Frist für den Einspruch beträgt zwei Wochen ab Zustellung.
  - Wird rechtskräftig eine vorsätzliche Tat festgestellt, entfällt der
    Versicherungsschutz rückwirkend; bei Fahrlässigkeit bleibt er bestehen.
  - Geldstrafe und Gerichtskosten bei einer Verurteilung trägt die
    Rechtsschutzversicherung nicht.

Mit freundlichen Grüßen
Julia Niemeyer
{sig("niemeyer", legal=True)}""")


# ---- 0120 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "works council's English call for candidates in the works council election; election procedure, no personal data")
def _(n):
    return build(n, "Election Committee <wahlvorstand@kranichsee-versicherung.example>", "All Staff <alle@kranichsee-versicherung.example>",
                 "Works council election 2026: stand as a candidate!", "2026-03-23 09:30", text=f"""\
Dear colleagues,

the works council election will take place on 19 and 20 May 2026. The
election committee has published the election notice (Wahlausschreiben)
on the notice boards and in the intranet. The most important facts in
English:

  * Who can vote? All employees aged 16 and over, including temporary
    and part-time staff. Agency workers can vote after three months.
  * Who can stand? All employees who have worked for the company for at
    least six months.
  * How many seats? 13 seats; at least 6 for the gender in the minority.
  * Lists of candidates must be handed in to the election committee by
    21 April 2026, 16:00, with supporting signatures of at least 1/20 of
    the eligible voters (54 signatures).
  * Postal voting: possible on request, e.g. if you are on leave, on
    parental leave or working remotely on the election days.

The works council represents you in matters of working time, mobile work,
health and safety, and individual measures like transfers and dismissals.
Come and make a difference!

The election committee
Ilka Marquardt (chair), Jens Sellmer, Aylin Demirci
""")


# ---- 0121 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-partner",
      "English recourse mail to an Austrian insurer quoting the German settlement: named driver, plates, claim, Austrian company IBAN and a private claimant's payout; no injuries")
def _(n):
    return build(n, who("kroeger"), "Regress Team Alpenländische Versicherung <regress@alpenlaendische-vers.example>",
                 "Recourse claim KS-K-2026-0118820 / your insured Mr Florian Huber (W-48213X)", "2026-03-25 11:11", text=f"""\
Dear colleagues,

we refer to the accident on 2 February 2026 on the A 24 near Zarrentin.
Your insured driver, Mr Florian Huber (Vienna), rear-ended the car of our
customer at the end of a traffic jam. The police report and his own
statement confirm his full liability. Nobody was injured.

We have settled the comprehensive claim of our customer and now seek
recourse. Our settlement, as sent to our customer:

  Versicherungsnehmer: Jörg Lüthje, Schwerin, Vertrag KS-KF-3371208
  Fahrzeug: BMW 320d Touring, SN-JL 880
  Reparaturkosten lt. Gutachten Klüver          7.912,40 EUR
  Wertminderung                                   600,00 EUR
  Mietwagen 9 Tage                                612,00 EUR
  Sachverständigenkosten                          520,00 EUR
  Summe                                         9.644,40 EUR
  abzgl. Selbstbeteiligung VN (wird von Ihnen direkt an den VN erstattet) 300,00 EUR

Please pay EUR 9,344.40 to our account {iban("DE", "14052000" + "0000883328")}
(Kranichsee Allgemeine Versicherung AG) quoting KS-K-2026-0118820, and the
excess of EUR 300.00 directly to Mr Lüthje, {iban("DE", "14052000" + "0370992614")}.

Your refund account for any overpayment as stated in your letter,
{iban("AT", "2011182918451200")}, has been noted.

Kind regards
Lars Kröger
{sig("kroeger", "en", legal=True)}""")


# ---- 0122 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "company doctor's screen-work check result for a named employee (needs special screen glasses, eyesight values) and cost approval; health data")
def _(n):
    return build(n, who("brueggemann"), "Optik Lindner <auftrag@optik-lindner.example>",
                 "Kostenübernahme Bildschirmarbeitsplatzbrille – Herr Detlef Krambeer", "2026-06-10 09:50",
                 cc=[who("tiedemann")], text=f"""\
Sehr geehrte Frau Lindner,

nach der arbeitsmedizinischen Vorsorge Bildschirmarbeit bei Frau Dr. Lanz
benötigt unser Mitarbeiter, Herr Detlef Krambeer, eine spezielle
Bildschirmarbeitsplatzbrille. Laut Vorsorgebescheinigung und Refraktion
Ihres Hauses vom 02.06.2026:

  rechts: sph +1,25 cyl -0,50 Achse 90, Add 1,75
  links:  sph +1,50 cyl -0,75 Achse 85, Add 1,75
  Arbeitsabstand 60–70 cm, Gleitsicht-Raumglas (Office)

Im Rahmen unseres Rahmenvertrags übernehmen wir die Kosten bis 280 EUR
(Gläser und Standardfassung). Darüber hinausgehende Wünsche (Designer-
fassung, Tönung) zahlt Herr Krambeer bitte selbst. Bitte stellen Sie die
Rechnung an die Kranichsee Dienstleistungs-GmbH, Personal & Organisation,
Kostenstelle 4100.

Mit freundlichen Grüßen
Anke Brüggemann
{sig("brueggemann", legal=True)}""")


# ---- 0123 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "set-up of a new broker firm's portal access: roles, firm administrator, one-time password sent by letter; no credentials or customer data in the mail")
def _(n):
    return build(n, who("stoltenberg"), "James Whitmore <j.whitmore@fairway-brokers.example>",
                 "Your broker portal access – Fairway Insurance Brokers Ltd", "2026-02-16 11:05", text=f"""\
Dear Mr Whitmore,

welcome to the Kranichsee broker portal. Your firm has been set up as a
partner firm with the following settings:

  Partner firm:        Fairway Insurance Brokers Ltd, agency no. 40-3391
  Firm administrator:  you (user name jwhitmore.fairway)
  Portfolio rights:    full (all contracts of the agency)
  Broker post:         electronic, also available via API for your broker
                       management software

Your one-time password will reach you by registered letter within three
working days. With it you log in once, set your own password and choose a
security question. After that, you can create accounts for your
colleagues yourself and decide who may see customer and contract data.

For security reasons we never send passwords by e-mail, and we will never
ask you for your password.

Kind regards
Mareike Stoltenberg
{sig("stoltenberg", "en", legal=True)}""")


# ---- 0124 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement to a sole-trader broker with her IBAN and tax number; financial data of a natural person, no customer health data")
def _(n):
    return build(n, "Kranichsee Provisionsabrechnung <provision@kranichsee-versicherung.example>",
                 "Gesine Pruß <info@pruss-versicherungen.example>", "Courtageabrechnung 1. Quartal 2026 – Vermittlernr. 40-2207",
                 "2026-04-06 05:30", mailer="KORA Korrespondenz 4.2", text=f"""\
Sehr geehrte Frau Pruß,

Ihre Courtageabrechnung für das 1. Quartal 2026:

  Vermittlerin:           Gesine Pruß, Versicherungsbüro Pruß (Einzelunternehmen)
  Vermittlernummer:       40-2207
  Steuernummer:           090/214/08817
  Umsatzsteuer:           steuerfrei nach § 4 Nr. 11 UStG

  Abschlusscourtage Sach           2.418,50 EUR
  Abschlusscourtage Kranken        3.960,00 EUR
  Bestandscourtage                 1.224,35 EUR
  Stornoreserve (10 %)              -760,29 EUR
  Auszahlung                       6.842,56 EUR

  Überweisung am 08.04.2026 auf {iban("DE", "14051462" + "0000771203")}

Die Einzelnachweise je Vertrag finden Sie in der elektronischen
Vermittlerpost im Maklerportal.

Mit freundlichen Grüßen
Kranichsee Dienstleistungs-GmbH – Provisionsabrechnung
""")


# ---- 0125 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "personnel announcement of a long-serving colleague's retirement and farewell event; no sensitive personal data")
def _(n):
    return build(n, who("gerdes"), "Leistung KV <leistung-kv-alle@kranichsee-versicherung.example>",
                 "Abschied von Gerd Tamm am 30. Juni", "2026-06-12 14:15", text=f"""\
Liebe Kolleginnen und Kollegen,

nach 38 Jahren bei Kranichsee geht unser Kollege Gerd Tamm Ende Juni in
den Ruhestand. Gerd hat 1988 als Azubi angefangen, die Umstellung von
Karteikarten auf das erste Leistungssystem erlebt und zuletzt als
Spezialist für Krankenhausabrechnung die meisten von uns eingearbeitet.

Wir verabschieden ihn am Dienstag, 30. Juni, ab 15 Uhr auf der
Dachterrasse Haus A (bei Regen in der Kantine). Für ein gemeinsames
Geschenk sammelt Nadine bis zum 24. Juni.

Gerd wünscht sich übrigens ausdrücklich keine Reden über 5 Minuten.

Viele Grüße
Hendrik
{sig("gerdes", short=True)}""")


# ---- 0126 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "manager forwards (message/rfc822) a named employee's own mail about chronic migraine and asks HR about adjustments; health data mainly in the attached mail")
def _(n):
    fw = inner("Lena Hartwig <l.hartwig@kranichsee-versicherung.example>", "Aoife Brennan <a.brennan@kranichsee-versicherung.example>",
               "Monitor, lighting – and a personal thing", "2026-05-18 08:41", mid="<AM9PR07MB7302A1C4@kranichsee-versicherung.example>",
               mailer="Microsoft Outlook 16.0", text="""\
Hi Aoife,

I'd rather write this than say it in the team meeting. I've had chronic
migraine for years; my neurologist recently changed my prophylaxis to a
monthly injection (erenumab), and it's getting better, but bright light
and flickering screens still trigger attacks, two or three times a month.

Would it be possible to
 - move my desk away from the window (the afternoon sun is the worst),
 - get a monitor with a higher refresh rate and no PWM flicker, and
 - start at 10 on days after an attack, making up the time later?

I'm happy to talk to the company doctor if that helps. Please keep this
between us and HR.

Thanks,
Lena
""")
    return build(n, who("brennan"), who("brueggemann"), "FW: Monitor, lighting – and a personal thing",
                 "2026-05-18 09:30", text=f"""\
Hi Anke,

Lena asked me to involve you – see her mail attached. I'm fine with the
desk move and the flexible start from my side; could you check the
monitor and whether we should do this formally as a workplace adjustment
with the company doctor?

I haven't told anyone else in the team.

Thanks
Aoife
{sig("brennan", "en", short=True)}""", atts=[fw])


# ---- 0127 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: minutes of a data protection impact assessment for a claims app (health data processing in general, risks, measures); no individual")
def _(n):
    return build(n, who("sellin"), "DSFA Projekt Leistungs-App <dsfa-app@kranichsee-versicherung.example>",
                 "Protokoll DSFA-Workshop Leistungs-App 5.0", "2026-03-31 17:55", mailer="Thunderbird/128.7.0",
                 flowed=True, cte="8bit", text=f"""\
Hallo zusammen,

hier das Protokoll des DSFA-Workshops vom 30.03.

Verarbeitung: Einreichung von Rechnungen, Rezepten und AU-Bescheinigungen \r
über die App, automatische Belegerkennung, Übergabe an KORA.

Daten: Gesundheitsdaten nach Art. 9 DSGVO (Diagnosen, Behandlungen, \r
Medikamente), Vertragsdaten, Bankverbindungen; Betroffene sind \r
Versicherte und mitversicherte Kinder.

Wesentliche Risiken
1. Zwischenspeicherung von Belegfotos im Kamera-Ordner des Smartphones \r
-> Maßnahme: Aufnahme nur in der App, kein Export in die Galerie.
2. OCR-Dienstleister außerhalb der EU -> Maßnahme: nur EU-Rechenzentrum, \r
vertraglich und technisch abgesichert.
3. Push-Nachrichten auf dem Sperrbildschirm -> Maßnahme: nur "Neue \r
Nachricht", nie Inhalte oder Beträge.
4. Zugriff durch mitversicherte Familienmitglieder -> Maßnahme: \r
Kinder ab 16 Jahren bekommen eigene Zugänge, Eltern sehen deren \r
Belege nicht mehr.

Restrisiko nach Maßnahmen: gering. Konsultation der Aufsichtsbehörde nicht \r
erforderlich. Freigabe durch den Vorstand am 14.04. geplant.

Viele Grüße
Kai-Uwe Sellin
{sig("sellin", short=True)}""".replace(" \r\n", " \n").replace("\r", ""))


# ---- 0128 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "smartphone insurance claim of a named customer with IMEI, claim number and repair estimate sent as octet-stream PDF; no health data")
def _(n):
    est = pdf("""\
# HandyDoc Schwerin - Kostenvoranschlag KV-26-1187

Kunde: Mariana Costa, Schwerin
Gerät: Apple iPhone 15, 128 GB, IMEI 356789104412873
Fehler: Displaybruch nach Sturz, Touch teilweise ohne Funktion, Rückseite unbeschädigt

Pos 1  Display-Einheit Original          289,00 EUR
Pos 2  Arbeitslohn                        49,00 EUR
Pos 3  Datensicherung                      0,00 EUR
Summe brutto                             338,00 EUR
""", title="KV-26-1187", author="HandyDoc")
    return build(n, who("haase"), "Mariana Costa <mariana.costa@freemail.example>",
                 "RE: broken phone – claim KS-E-2026-0010842", "2026-06-05 13:20",
                 irt="<CAB7x-33K@freemail.example>", text=f"""\
Dear Ms Costa,

thank you for the repair estimate (attached for your records). Your
electronics insurance KS-EL-0061188 covers the broken display of your
iPhone 15 (IMEI 356789104412873). We approve the repair of EUR 338.00;
after your excess of EUR 50 we pay EUR 288.00 directly to HandyDoc.

Claim number: KS-E-2026-0010842

You can pick up the phone at the shop once they have our approval,
probably tomorrow.

Kind regards
Fenja Haase
{sig("haase", "en", short=True)}

> Hello, I dropped my phone and the screen is broken. The shop gave me an
> estimate, I attach it. My policy is KS-EL-0061188. Mariana Costa
""", atts=[Att("scan0007.pdf", est, kind="bin")])


# ---- 0129 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: claims KPI report (ODS) for health claims: volumes, turnaround times, automation rates; aggregated, no insured person")
def _(n):
    sheet = [["Month", "Claims received", "of which app/portal %", "Settled automatically %", "Avg. turnaround days", "Complaints"],
             ["Jan 2026", 61240, 79.2, 55.1, 3.4, 41],
             ["Feb 2026", 58810, 80.4, 56.8, 3.1, 37],
             ["Mar 2026", 64975, 81.0, 58.3, 2.9, 44],
             ["Q1 total", 185025, 80.2, 56.8, 3.1, 122]]
    bylob = [["Benefit type", "Share of claims %", "Auto-settled %"],
             ["Outpatient doctor (GOÄ)", 46.0, 71.2], ["Pharmacy", 21.5, 83.4], ["Dental (GOZ)", 12.8, 22.9],
             ["Therapists/aids", 9.6, 31.0], ["Inpatient", 4.1, 12.5], ["Other", 6.0, 40.7]]
    return build(n, who("raman"), "Health Claims Leadership <leitung-leistung-kv@kranichsee-versicherung.example>",
                 "Health claims KPIs Q1 2026", "2026-04-08 08:45", text=f"""\
Good morning,

attached are the Q1 KPIs for health claims (ODS, two sheets). Highlights:

 - 185,025 claims, +6 % on Q1 2025
 - digital share above 80 % for the first time
 - auto-settlement up to 58.3 % in March; dental remains the bottleneck
   (treatment plans need manual review)
 - turnaround down to 2.9 days

The complaint figures include all channels; details per reason are in
the complaints report.

Priya
{sig("raman", "en", short=True)}""", atts=[Att("KPI_Leistung_KV_Q1-2026.ods", ods([("Monthly", sheet), ("By benefit type", bylob)]))])


# ---- 0130 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death benefit from a named deceased's life insurance paid to the heirs, with date of death and certificate of inheritance; life-line data of a deceased person (base64 body)")
def _(n):
    return build(n, who("kasischke"), "Marion Dreyer <marion.dreyer@postfach-nord.example>",
                 "Todesfallleistung aus der Lebensversicherung Ihrer Mutter – LV 5502 114 987", "2026-02-26 14:05",
                 cte="base64", text=f"""\
Sehr geehrte Frau Dreyer,

zunächst möchten wir Ihnen und Ihrer Familie unser herzliches Beileid zum
Tod Ihrer Mutter, Frau Hildegard Dreyer, aussprechen.

Mit der Sterbeurkunde des Standesamts Schwerin (Sterbetag 02.02.2026) und
dem Erbschein des Amtsgerichts Schwerin vom 19.02.2026 liegen uns alle
Unterlagen vor. Da für die Lebensversicherung LV 5502 114 987 kein
Bezugsberechtigter benannt war, fällt die Leistung in den Nachlass.

  Versicherungssumme im Todesfall                 15.000,00 EUR
  Überschussbeteiligung                            3.214,86 EUR
  Auszahlung an die Erbengemeinschaft             18.214,86 EUR

Laut Erbschein sind Sie und Ihr Bruder, Herr Wolfgang Dreyer, Erben zu je
einhalb. Wir überweisen daher je 9.107,43 EUR auf die von Ihnen beiden
angegebenen Konten.

Wir melden die Auszahlung nach § 33 ErbStG an das zuständige Finanzamt.

Mit freundlichen Grüßen
Rolf Kasischke
{sig("kasischke", legal=True)}""")


# ---- 0131 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "internal",
      "works council asks for overtime data: CSV of named employees with pay grade and overtime hours; pay-related personal data, no health")
def _(n):
    rows = [["personnel_no", "name", "department", "pay_grade", "overtime_hours_q1", "paid_out_eur"],
            ["30211", "Behrens, Jan", "Motor Claims", "TG VI", "46.5", "1302.00"],
            ["31877", "Kuhlmann, Svea", "Motor Claims", "TG V", "38.0", "969.00"],
            ["35104", "Ortega, Luis", "Property Claims", "TG VI", "52.0", "1456.00"],
            ["36620", "Prange, Nele", "Property Claims", "TG VII", "29.5", "0.00"],
            ["40213", "Sadowski, Ewa", "Customer Service", "TG IV", "61.0", "1420.08"]]
    return build(n, who("ohlerich"), who("marquardt"), "Overtime above 25 hours in Q1 – list for the works council",
                 "2026-04-15 15:38", cc=[who("pahl")], text=f"""\
Hi Ilka,

as requested under section 80 (2) of the Works Constitution Act, here is
the list of employees with more than 25 overtime hours in Q1 (CSV). Most
of it is the storm in February. Paid-out overtime is at the standard rate
plus 25 %; Ms Prange chose time off in lieu.

Please treat the list as confidential within the works council.

Best
Malte
{sig("ohlerich", "en", short=True)}""", atts=[Att("overtime_Q1_2026_over25h.csv", csv_text(rows, sep=","))])


# ---- 0132 ------------------------------------------------------------------
@mail("NORMAL", "mixed", "internal",
      "bilingual IT service notice about the new e-mail signature template and disclaimer; no personal data")
def _(n):
    return build(n, who("lorenz"), "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Neue E-Mail-Signatur / New e-mail signature – ab 1. Juni", "2026-05-27 10:10", text=f"""\
[English below]

Liebe Kolleginnen und Kollegen,

ab 1. Juni setzt der Mailserver die Signatur und den Pflichttext
(Handelsregister, Vorstand) zentral. Bitte löscht eure eigene Signatur
in Outlook bis 31. Mai, sonst erscheint sie doppelt. Name, Funktion und
Durchwahl kommen automatisch aus dem Adressbuch – prüft dort bitte eure
Angaben.

Nicht mehr erlaubt sind Zitate, Bilder und private Telefonnummern in der
Signatur.

---

Dear colleagues,

from 1 June the mail server adds your signature and the legal footer
automatically. Please delete your own signature in Outlook by 31 May,
otherwise it will appear twice. Name, job title and extension are taken
from the address book – please check your entry there.

Quotes, images and private phone numbers are no longer allowed in
signatures.

IT-Servicedesk / IT Service Desk, Durchwahl 999
""")


# ---- 0133 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "hospital daily allowance after a named customer's caesarean birth (hospital stay, newborn, pregnancy complication); health data")
def _(n):
    return build(n, who("brennan"), "Joanna Kaczmarek <joanna.kaczmarek@kuestenmail.example>",
                 "Congratulations – hospital daily allowance paid", "2026-06-19 10:55", text=f"""\
Dear Ms Kaczmarek,

congratulations on the birth of your son Leon! We hope you are both well.

From the hospital's confirmation (Klinikum Südstadt Rostock) we see that
you were admitted on 4 June with pre-eclampsia at 36 weeks, Leon was born
by caesarean section on 5 June, and you were discharged on 11 June.

Under your hospital daily allowance policy KS-KT-2009341 you receive
EUR 50 for each day in hospital:

  4 June to 11 June 2026, 8 days         EUR 400.00
  Doubled amount after a caesarean
  (tariff "Mama Plus")                   EUR 400.00
  Total                                  EUR 800.00

The amount will be in your account in the next few days.

You can add Leon to your supplementary health insurance without health
questions if you do so within two months of the birth. Just reply to this
e-mail or use the app.

Kind regards
Aoife Brennan
{sig("brennan", "en", legal=True)}""")


# ---- 0134 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "builder's liability policy issued for a named private builder: building plot address, construction sum, premium; no health data")
def _(n):
    return build(n, who("wiechmann"), "Lukas und Mira Hennings <hennings.bau@web-post.example>",
                 "Ihre Bauherrenhaftpflicht – Versicherungsschein KS-BH-0019284", "2026-03-04 16:22", text=f"""\
Sehr geehrte Frau Hennings, sehr geehrter Herr Hennings,

herzlichen Glückwunsch zum Baustart! Ihre Bauherrenhaftpflicht ist ab
sofort policiert:

  Versicherungsnehmer:  Lukas Hennings und Mira Hennings
  Bauvorhaben:          Einfamilienhaus, Am Rosengarten 12 (Flurstück 118/4),
                        19075 Pampow
  Bausumme:             420.000 EUR
  Bauzeit:              bis 24 Monate, Beginn 09.03.2026
  Deckungssumme:        10 Mio. EUR pauschal
  Einmalbeitrag:        294,00 EUR inkl. Versicherungsteuer

Eigenleistungen bis 20 % der Bausumme sind mitversichert; für Helfer aus
dem Freundeskreis empfehlen wir zusätzlich eine Bauhelfer-Unfallversicherung.

Den Versicherungsschein und die Rechnung erhalten Sie per Post.

Mit freundlichen Grüßen
Carsten Wiechmann
{sig("wiechmann", legal=True)}""")


# ---- 0135 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "natural catastrophe model results (windstorm return periods, probable maximum loss) for the reinsurer; portfolio level, no person")
def _(n):
    return build(n, who("asmussen"), "Signe Holmgaard <sho@nordhavn-re.example>",
                 "Cat XL 2027 – windstorm model results", "2026-06-26 12:05", cc=[who("thaden")], text=f"""\
Dear Signe,

ahead of the 2027 cat XL renewal, here are the headline results of the
windstorm modelling on our property portfolio as of 31 March 2026
(1.19 million risks, total sum insured EUR 186 bn):

  Return period     Gross PML (EUR m)    2025 run (EUR m)
  1 in 50                  118                 109
  1 in 100                 162                 151
  1 in 200                 214                 199
  1 in 250                 231                 216

Drivers of the increase: +4 % exposure growth (indexation) and the
vendor model update, which raised the vulnerability of older roofs on
the Baltic coast. Storm "Zeynep II" in February (gross about EUR 9 m)
fits the 1-in-5 year level.

We would like to discuss keeping the top layer at EUR 240 m. The full
exposure data (aggregated by CRESTA zone) follows via the data room.

Kind regards
Frederik
{sig("asmussen", "en", legal=True)}""")


# ---- 0136 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-hospital",
      "English cost guarantee to a Polish clinic quoting the German cost coverage for a named insured's stroke treatment and transfer; health data")
def _(n):
    return build(n, who("brennan"), "International Office Szpital Wojewódzki Szczecin <international@szpital-szczecin.example>",
                 "Cost guarantee – Mr Heinz-Peter Wodtke, born 17.01.1952", "2026-01-24 22:10", text=f"""\
Dear colleagues,

thank you for informing us today about the admission of our insured,
Mr Heinz-Peter Wodtke, to your stroke unit. We confirm that we will
cover the costs. Our formal German confirmation reads:

  Kostenübernahmeerklärung
  Versicherter: Heinz-Peter Wodtke, geb. 17.01.1952, Pasewalk
  Vertrag: KV 7703 6612 05, Tarif Komfort Stationär inkl. Ausland
  Aufnahme: 24.01.2026, Szpital Wojewódzki Szczecin, Stroke Unit
  Diagnose: akuter ischämischer Hirninfarkt (I63.5), Lyse-Therapie
  Wir übernehmen die Kosten der medizinisch notwendigen stationären
  Behandlung bis zur Transportfähigkeit sowie den Rücktransport in ein
  Krankenhaus in Deutschland.

In English: we cover the necessary inpatient treatment, including the
thrombolysis and the stroke unit stay, until Mr Wodtke can be
transported, and then the transfer by ambulance to the stroke unit of the
Asklepios clinic in Pasewalk (about 45 km). Please tell us as soon as your
neurologists consider him fit for transport.

Please send your invoices in EUR or PLN to our address, with the
discharge summary in English or German.

Kind regards
Aoife Brennan
{sig("brennan", "en", legal=True)}""")


# ---- 0137 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: quarterly commission statement for a broker company (GmbH) with the company's bank account and totals only; no natural person's data")
def _(n):
    return build(n, "Kranichsee Provisionsabrechnung <provision@kranichsee-versicherung.example>",
                 "Buchhaltung Elbmakler <buchhaltung@elbmakler.example>", "Courtageabrechnung 1. Quartal 2026 – Elbmakler Assekuranz GmbH",
                 "2026-04-06 05:31", mailer="KORA Korrespondenz 4.2", text=f"""\
Sehr geehrte Damen und Herren,

Ihre Courtageabrechnung für das 1. Quartal 2026:

  Vertragspartner:    Elbmakler Assekuranz GmbH, Hamburg (HRB 118204)
  Vermittlernummer:   40-1150

  Abschlusscourtage Sach/HUK        18.922,40 EUR
  Abschlusscourtage Kranken/Leben   41.308,00 EUR
  Bestandscourtage                  12.776,95 EUR
  Stornobelastungen                 -3.114,60 EUR
  Auszahlung                        69.892,75 EUR

  Überweisung am 08.04.2026 auf {iban("DE", "20050550" + "1022448109")}
  (Elbmakler Assekuranz GmbH)

Die Einzelnachweise je Vertrag stehen in der elektronischen Vermittlerpost
(Kategorie "Abrechnung") bzw. über die Schnittstelle für Ihr MVP bereit.

Mit freundlichen Grüßen
Kranichsee Dienstleistungs-GmbH – Provisionsabrechnung
""")


# ---- 0138 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "employment legal expenses cover for a named customer's unfair dismissal claim, with salary and notice data; income data, no health")
def _(n):
    return build(n, who("niemeyer"), "Piotr Malinowski <piotr.malinowski@freemail.example>",
                 "Legal expenses cover – your dismissal (RS-2026-015592)", "2026-06-11 09:26", text=f"""\
Dear Mr Malinowski,

we are sorry to hear that your employer, Nordsee Fischwerke GmbH in
Sassnitz, has dismissed you. We have checked your legal expenses policy
KS-RS-5102277 (module "Job") and confirm cover for:

  - advice and representation by a lawyer of your choice,
  - the action for unfair dismissal before the labour court in Stralsund
    (deadline: three weeks after receipt of the notice, i.e. by 29 June
    2026!),
  - claims for outstanding wages.

From your documents: employed since 1 March 2019 as a forklift driver,
gross monthly salary EUR 3,180, dismissal with notice to 31 August 2026
"for operational reasons". The amount in dispute for the court is
usually three months' salary, i.e. EUR 9,540.

Please note that in German labour courts each party pays its own lawyer
in the first instance, even if it wins – this is exactly what your policy
covers. Excess: EUR 150.

If you need a lawyer, our partner network can arrange an appointment
within 48 hours: +49 385 7702-6600.

Kind regards
Julia Niemeyer
{sig("niemeyer", "en", legal=True)}""")


# ---- 0139 ------------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: product design notes for an expat health plan (benefits, waiting periods, maternity, chronic conditions); design discussion, no person")
def _(n):
    return build(n, who("thaden"), "Expat Health Project <expat-health@kranichsee-versicherung.example>",
                 "Notes from today's design session – Global Health 2027", "2026-05-29 17:20", cc=[who("brennan")], text=f"""\
Hi all,

notes from today, decisions in CAPS.

Benefits
 - Outpatient: 100 % up to the annual limit, no GP gatekeeping outside
   the EU. AGREED.
 - Maternity: 10-month waiting period (market standard 10–12). AGREED;
   complications of pregnancy covered from day one.
 - Chronic conditions (diabetes, hypertension, asthma): covered if
   declared and accepted; no lifetime limit. Aoife worried about dialysis
   costs in the Gulf – Wiebke to price a sub-limit option.
 - Mental health: outpatient psychotherapy 30 sessions/year, inpatient
   30 days. OPEN – compare with two competitors.

Underwriting
 - Full medical underwriting for individuals; moratorium option (2 years
   symptom-free) for groups under 20. AGREED.

Pricing areas
 - Worldwide excl. USA / incl. USA, with a separate Singapore/Hong Kong
   factor. OPEN.

Next session: 12 June. Please bring competitor tables.

Wiebke
{sig("thaden", "en", short=True)}""")


# ---- 0140 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HR enrols a named employee in the company health insurance with pre-existing conditions (hearing aid, psychotherapy) declared; health data")
def _(n):
    return build(n, who("karadag"), "bKV Service <bkv-service@kranichsee-versicherung.example>",
                 "Company health insurance – enrolment Mr Chidi Okafor and daughter", "2026-01-07 11:40", text=f"""\
Hello colleagues,

please enrol the following employee in the group contract bKV-DL-01
(budget tariff EUR 600 + dental) from 1 February 2026:

  Employee:      Chidi Okafor, personnel no. 40902, born 25/06/1988
  Co-insured:    daughter Adanna Okafor, born 03/09/2017 (employee pays
                 the child's premium himself, EUR 14.20/month by salary
                 deduction)

In the voluntary declaration for the child tariff he states:
  - Adanna wears a hearing aid on the right ear since 2022 (moderate
    hearing loss after recurring middle ear infections),
  - she has had behavioural therapy since autumn 2025 (anxiety),
    12 sessions so far.

As agreed in the group contract, there is no health check for employees;
for children it applies only to conditions under treatment at the start.
Could you please tell me whether the hearing aid and the ongoing therapy
are covered or excluded, so that I can inform Mr Okafor?

Thanks
Sibel Karadağ
{sig("karadag", "en")}""")


# ---- 0141 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "internal",
      "English HR note quoting the German amendment to a named employee's contract: reduced hours and new salary; income data, no health")
def _(n):
    return build(n, who("karadag"), "Mads Kjeldsen <m.kjeldsen@kranichsee-versicherung.example>",
                 "Contract amendment for Annegret Voigt – part-time from 1 July", "2026-06-04 15:15", text=f"""\
Hi Mads,

Annegret Voigt has signed the amendment to her employment contract. As you
asked for the wording, here is the relevant German part with a summary:

> Änderungsvertrag zum Arbeitsvertrag vom 01.04.2012
> § 1 Ab dem 01.07.2026 beträgt die regelmäßige wöchentliche Arbeitszeit
> 28 Stunden, verteilt auf Montag bis Donnerstag.
> § 2 Das monatliche Bruttogehalt beträgt entsprechend 28/39 des
> Tarifgehalts der Gruppe VIII, derzeit 3.981,74 EUR.
> § 3 Die Reduzierung ist bis zum 30.06.2028 befristet (Brückenteilzeit
> nach § 9a TzBfG); danach gilt wieder die Vollzeit.

In short: 28 hours Monday to Thursday, monthly gross EUR 3,981.74,
bridging part-time for two years, then back to full time automatically.

She has not given a reason and doesn't need to – please don't ask in the
team. Fridays should not be planned for her from July.

Best
Sibel
{sig("karadag", "en", short=True)}""")


# ---- 0142 ------------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "confirmation of newsletter unsubscription; only an e-mail address, no contract or personal data")
def _(n):
    return build(n, "Kranichsee Kompass <newsletter@kranichsee-versicherung.example>", "k.maertens@postfach-nord.example",
                 "Abmeldung bestätigt", "2026-03-18 21:44", mailer="Kranichsee Mailing 2.3", text="""\
Guten Tag,

Sie haben sich erfolgreich vom Newsletter "Kranichsee Kompass" abgemeldet.
Ihre E-Mail-Adresse wird aus dem Verteiler gelöscht; Sie erhalten keine
weiteren Ausgaben.

Sie haben sich versehentlich abgemeldet? Unter
https://www.kranichsee-versicherung.example/newsletter können Sie sich
jederzeit wieder anmelden.

Mit freundlichen Grüßen
Ihre Kranichsee Versicherungsgruppe
""")


# ---- 0143 ------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "disability benefit claim for a named insured with burnout/severe depression, psychiatric assessment and 50% disability threshold, sent to the insured's lawyer; health data")
def _(n):
    return build(n, who("engelke"), "Dr. Jonas Feldhusen <feldhusen@feldhusen-law.example>",
                 "Your client Mr Sebastian Krull – BU claim 2025-BUL-00871 – our decision", "2026-02-18 14:30", text=f"""\
Dear Dr Feldhusen,

thank you for your letter of 2 February. We have now completed our review
of the disability claim of your client, Mr Sebastian Krull (policy
BU 6120 448 902, monthly benefit EUR 1,800).

The independent psychiatric assessment by Dr. Marquardt-Ries of 19
January 2026 confirms a severe depressive episode without psychotic
symptoms (F32.2) following a burnout, treated since March 2025 with
sertraline 150 mg and weekly psychotherapy, with an inpatient stay of
seven weeks in summer 2025. The expert considers your client unable to
work as a project manager at more than 30 % of his previous capacity for
at least six months.

We therefore accept the claim:

  - disability at least 50 % since 1 April 2025 (beginning of the
    continuous incapacity),
  - benefit from 1 April 2025, arrears for April 2025 to February 2026:
    11 x EUR 1,800 = EUR 19,800, paid to your client's account,
  - premium waiver from the same date.

We will review the situation in 12 months (re-examination). We wish your
client a good recovery.

Kind regards
Philipp Engelke
{sig("engelke", "en", legal=True)}""")


# ---- 0144 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "D&O policy renewal for a GmbH naming its managing director with birth date and address (natural person insured); no health data")
def _(n):
    return build(n, who("jessen"), "Dr. Malte Rosenow <m.rosenow@rosenow-medtech.example>",
                 "D&O renewal 2026/27 – Rosenow Medizintechnik GmbH", "2026-05-13 10:30", text=f"""\
Dear Dr Rosenow,

thank you for the signed proposal form. The D&O policy KS-DO-0008812 for
Rosenow Medizintechnik GmbH will be renewed from 1 July 2026:

  Insured persons:     all past, present and future managing directors
                       and prokurists; currently named:
                       Dr. Malte Rosenow, managing director, born 22/12/1970,
                       Am Strande 3, 18055 Rostock
                       Annika Peters, prokurist, born 08/08/1985
  Limit:               EUR 5 million per claim and year
  Retention:           none for the individuals; company retention EUR 10,000
  Annual premium:      EUR 6,840 plus 19 % insurance tax

As requested, the new policy includes cover for claims arising from the
EU Medical Device Regulation (regulatory investigations, defence costs).

We will send the policy documents next week. The premium is due on 1 July.

Kind regards
Hauke Jessen
{sig("jessen", "en", legal=True)}""")


# ---- 0145 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "notice of new phone numbers and opening hours after the customer service move; organisational, no personal data")
def _(n):
    return build(n, who("lohse"), "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Kundenservice Rostock: neue Rufnummern ab 2. März", "2026-02-24 12:40", text=f"""\
Liebe Kolleginnen und Kollegen,

mit dem Umzug in das neue Servicecenter ändern sich die Durchwahlen des
Kundenservice. Bitte aktualisiert eure Textbausteine und Schreiben:

  Hotline Privatkunden         +49 381 4470-0     (bisher 7702-7000)
  Hotline Makler               +49 381 4470-200   (bisher 7702-7200)
  Schadenhotline 24/7          +49 385 7702-7777  (unverändert)
  Fax                          entfällt

Servicezeiten ab 2. März: Mo–Fr 8–19 Uhr, Sa 9–13 Uhr.

Die alten Nummern werden sechs Monate lang automatisch weitergeleitet.

Danke euch!
Katrin Lohse
{sig("lohse", short=True)}""")


# ---- 0146 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental car excess reimbursement (travel) for a named customer: rental contract, damage, card payment refund; no injury, no health data")
def _(n):
    return build(n, who("achterberg"), "Hugo Lindström <hugo.lindstrom@nordnetz.example>",
                 "Rental car excess – claim KS-R-2026-0011906", "2026-06-23 12:12", text=f"""\
Dear Mr Lindström,

we have received the invoice of the rental company in Faro and your
credit card statement. Your rental car excess cover (policy
KS-RR-4420118) reimburses the excess that was charged to you:

  Rental:     Fiat 500X, 6–20 June 2026, contract FAO-2607714
  Damage:     scratch on the rear bumper when parking, no other vehicle
              or person involved
  Charged:    EUR 780.00 (excess under the rental contract)
  Refund:     EUR 780.00 (no excess under your policy)

We will transfer the amount to your account within five working days.

Kind regards
Ben Achterberg
{sig("achterberg", "en", legal=True)}""")


# ---- 0147 ------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: service order for secure shredding of archived claims files (volumes, containers, certificates); no file content or person")
def _(n):
    return build(n, who("schliemann"), "Customer Service SecureShred Nord <orders@secureshred-nord.example>",
                 "Order: destruction of archived claims files – Schwerin, July", "2026-06-29 09:05", text=f"""\
Dear Sir or Madam,

following your offer SSN-26-0412 we order the destruction of archived
paper files whose retention period has expired:

  Material:    health and life claims files 2005–2015 (contains health
               data, protection class 3, security level P-4 as per
               DIN 66399), approx. 38 tonnes
  Location:    Kranichweg 4–8, 19061 Schwerin, basement archive Haus B
  Containers:  60 locked 240-litre bins, collected in three runs
               (7, 14 and 21 July)
  Destruction: at your facility in Banzkow, with our staff present at the
               first run
  Certificate: destruction certificate per run, with weights

Our data protection officer will check the vehicle and the chain of
custody at the first collection. Access to the archive only with our
facility manager, Mr Dahlke (+49 385 7702-080).

Kind regards
Petra Schliemann
{sig("schliemann", "en", legal=True)}""")


# ---- 0148 ------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "representative of disabled employees announces office hours and the upcoming representative election; generic, no individual")
def _(n):
    return build(n, who("suhr"), "Alle Mitarbeitenden <alle@kranichsee-versicherung.example>",
                 "Schwerbehindertenvertretung: Sprechstunden und Wahl im Herbst", "2026-06-16 08:30", text=f"""\
Liebe Kolleginnen und Kollegen,

die Schwerbehindertenvertretung ist für alle da, die schwerbehindert oder
gleichgestellt sind – und für alle, die überlegen, einen Antrag zu stellen
oder Unterstützung am Arbeitsplatz brauchen.

Sprechstunden (ohne Anmeldung, vertraulich):
  Schwerin: mittwochs 13–15 Uhr, Raum A 1.09
  Rostock:  jeden ersten Donnerstag im Monat, 10–12 Uhr, Raum 2.16
  telefonisch jederzeit unter Durchwahl 293

Wir helfen unter anderem bei:
  - Anträgen auf Feststellung eines Grades der Behinderung oder
    Gleichstellung bei der Agentur für Arbeit
  - Arbeitsplatzanpassungen und Förderung durch das Integrationsamt
  - Fragen zum Zusatzurlaub und zum Kündigungsschutz

Im November wird die Schwerbehindertenvertretung neu gewählt. Wer sich
vorstellen kann zu kandidieren (als Vertrauensperson oder Stellvertretung),
meldet sich gern bei mir.

Reinhard Suhr
{sig("suhr", short=True)}""")


# ---- 0149 ------------------------------------------------------------------
@mail("NORMAL", "mixed", "insurer-to-partner",
      "English mail to the assistance partner attaching the German forwarded note on framework terms (response times, fees) as message/rfc822; no patient data")
def _(n):
    fw = inner("Hendrik Gerdes <h.gerdes@kranichsee-versicherung.example>", "Aoife Brennan <a.brennan@kranichsee-versicherung.example>",
               "Assistance-Rahmenvertrag 2027 – unsere Eckpunkte", "2026-06-08 16:02", mid="<VI1PR07MB4411E0@kranichsee-versicherung.example>",
               mailer="Microsoft Outlook 16.0", text="""\
Hallo Aoife,

für die Verhandlung mit MedAssist unsere Eckpunkte:

1. Erreichbarkeit der Notrufzentrale 24/7, Annahme innerhalb von 30 Sekunden
   in 90 % der Anrufe (bisher 60 Sekunden).
2. Kostenübernahmegarantien gegenüber Kliniken innerhalb von 4 Stunden,
   bei Intensivfällen 1 Stunde.
3. Fallpauschale ambulant 85 EUR, stationär 240 EUR, Rücktransport-
   Organisation 480 EUR (bisher 95/260/520).
4. Monatlicher Bericht nur aggregiert; Falldaten ausschließlich über die
   verschlüsselte Schnittstelle, nicht per E-Mail.

Gruß
Hendrik
""")
    return build(n, who("brennan"), "Marta Kowalska <m.kowalska@medassist-europe.example>",
                 "Framework agreement 2027 – our key points", "2026-06-09 10:20", text=f"""\
Dear Marta,

ahead of our meeting on 18 June, I attach our internal note with the key
points for the 2027 framework agreement (in German – summary below):

 1. Emergency line 24/7: 90 % of calls answered within 30 seconds.
 2. Guarantees of payment to hospitals within 4 hours, ICU cases 1 hour.
 3. Fees: EUR 85 per outpatient case, EUR 240 inpatient, EUR 480 for
    organising a repatriation.
 4. Reporting: aggregated monthly reports only; case data exclusively via
    the encrypted interface.

Looking forward to discussing this.

Kind regards
Aoife Brennan
{sig("brennan", "en", legal=True)}""", atts=[fw])


# ---- 0150 ------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "named employee passes probation and is regrouped: old and new monthly salary; income data, no health")
def _(n):
    return build(n, who("ohlerich"), "Lea-Sophie Wendland <l.wendland@kranichsee-versicherung.example>",
                 "Ihr Arbeitsvertrag – Übernahme nach der Probezeit", "2026-06-30 11:45", cc=[who("kroeger")], text=f"""\
Hallo Frau Wendland,

gute Nachrichten: Herr Kröger hat Ihre Probezeit positiv bewertet, und Sie
werden wie vorgesehen zum 1. Oktober 2026 fest übernommen.

Gleichzeitig steigen Sie nach der Einarbeitung in die Tarifgruppe VI auf:

  bisher:  Tarifgruppe V, 3.596,00 EUR brutto monatlich
  ab 01.10.2026: Tarifgruppe VI, 3.948,00 EUR brutto monatlich
  zuzüglich 3,1 % Tariferhöhung ab 01.09.2026 auf beide Beträge

Das Schreiben mit den Details bekommen Sie in den nächsten Tagen per
Hauspost; bitte ein Exemplar unterschrieben zurückgeben.

Herzlichen Glückwunsch und weiterhin viel Freude im Team!

Malte Ohlerich
{sig("ohlerich", short=True)}""")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

# IBANs in the corpus that are wrong on purpose (none in this corpus); everything else must validate.
INTENDED_BAD_IBANS = set()


def generate(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (f, label, lang, kind, reason) in enumerate(MAILS, 1):
        fn = f"{PREFIX}{i:04d}.eml"
        m = f(i)
        data = m.as_bytes(policy=SMTP)
        with open(os.path.join(mdir, fn), "wb") as fh:
            fh.write(data)
        assert "\t" not in reason and "\n" not in reason
        rows.append(f"{fn}\t{label}\t{lang}\t{kind}\t{reason}")
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


IBAN_RE = re.compile(r"\b(DE|AT|NL|GB|DK|PL|CH|IE|FR|ES)\s?(\d{2})((?:\s?[0-9A-Z]{4}){3,7}(?:\s?[0-9A-Z]{1,3})?)\b")


def _texts_of(msg):
    """Yield (where, text) for every decodable text part and text inside office/zip attachments."""
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        if ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            yield ct, payload.decode(cs)
        elif payload[:2] == b"PK":
            yield from _zip_texts(payload)
        elif payload[:5] == b"%PDF-":
            yield "pdf", payload.decode("latin-1")


def _zip_texts(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for nm in z.namelist():
            b = z.read(nm)
            if nm.endswith(".xml") or nm.endswith(".rels"):
                ET.fromstring(b)
                yield nm, re.sub(r"<[^>]+>", " ", b.decode("utf-8"))
            elif b[:2] == b"PK":
                yield from _zip_texts(b)
            elif nm.endswith((".csv", ".txt")):
                try:
                    yield nm, b.decode("utf-8")
                except UnicodeDecodeError:
                    yield nm, b.decode("cp1252")
            elif b[:5] == b"%PDF-":
                yield nm, b.decode("latin-1")


def check_mail(path, data):
    problems = []
    if re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF")
    msg = email.message_from_bytes(data, policy=DEFAULT_POLICY)
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        if part.get_content_type() in ("application/pdf", "application/octet-stream"):
            p = part.get_payload(decode=True)
            if p[:5] == b"%PDF-" and not p.rstrip().endswith(b"%%EOF"):
                problems.append("pdf without %%EOF")
        if part.get_content_type() == "text/calendar":
            t = part.get_content()
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                problems.append("bad ics")
    for hdr in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hdr] is None:
            problems.append(f"missing {hdr}")
    if msg["From"] and not str(msg["From"]).rstrip(">").endswith("@" + DOMAIN):
        problems.append("From not from the insurer's domain")
    for hdr in ("From", "To", "Cc"):
        for a in (msg.get_all(hdr) or []):
            for host in re.findall(r"@([A-Za-z0-9.-]+)", str(a)):
                if not host.lower().endswith(".example"):
                    problems.append(f"host {host}")
    if msg["Date"] and msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    try:
        for where, txt in _texts_of(msg):
            for mm in IBAN_RE.finditer(txt):
                cand = (mm.group(1) + mm.group(2) + mm.group(3)).replace(" ", "")
                if len(cand) < 15:
                    continue
                if not iban_ok(cand) and cand not in INTENDED_BAD_IBANS:
                    problems.append(f"invalid IBAN {cand} in {where}")
    except Exception as e:  # noqa
        problems.append(f"attachment unreadable: {e!r}")
    return msg, problems


def check():
    tmp = tempfile.mkdtemp(prefix="d183-check-")
    ok = True
    try:
        generate(tmp)
        for rel in ["labels.tsv"] + [os.path.join("mails", f) for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a = open(os.path.join(tmp, rel), "rb").read()
            p = os.path.join(HERE, rel)
            if not os.path.exists(p) or open(p, "rb").read() != a:
                print(f"DIFFERS: {rel}")
                ok = False
        have = set(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else set()
        want = set(os.listdir(os.path.join(tmp, "mails")))
        for extra in sorted(have - want):
            print(f"EXTRA FILE: mails/{extra}")
            ok = False
        ids = {}
        stats = {}
        for fn in sorted(want):
            data = open(os.path.join(tmp, "mails", fn), "rb").read()
            msg, problems = check_mail(fn, data)
            mid = msg["Message-ID"]
            if mid in ids:
                problems.append(f"duplicate Message-ID with {ids[mid]}")
            ids[mid] = fn
            for pr in problems:
                print(f"{fn}: {pr}")
                ok = False
            stats[msg.get_content_type()] = stats.get(msg.get_content_type(), 0) + 1
        rows = [r.split("\t") for r in open(os.path.join(tmp, "labels.tsv"), encoding="utf-8").read().splitlines()]
        assert rows[0] == ["file", "label", "lang", "kind", "reason"]
        cnt = {}
        for r in rows[1:]:
            assert len(r) == 5 and r[1] in LABELS and r[2] in LANGS and r[4], r
            cnt[(r[1], r[2])] = cnt.get((r[1], r[2]), 0) + 1
        print(f"{len(rows) - 1} mails; top-level types: {stats}")
        for lab in LABELS:
            print(f"  {lab:22s} " + "  ".join(f"{lg}={cnt.get((lab, lg), 0)}" for lg in LANGS))
    finally:
        shutil.rmtree(tmp)
    print("CHECK OK" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    mdir = os.path.join(HERE, "mails")
    if os.path.isdir(mdir):
        for f in os.listdir(mdir):
            if f.startswith(PREFIX) and f.endswith(".eml"):
                os.remove(os.path.join(mdir, f))
    generate(HERE)
    print(f"wrote {len(MAILS)} mails to {mdir}")


if __name__ == "__main__":
    main()
