#!/usr/bin/env python3
"""Independent test corpus dev174 for Siegel: 150 fictitious outgoing e-mails of the
Weserland insurance group (domain weserland.example), labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Standard library only.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory, compares, parses, opens attachments
"""
import csv, datetime, hashlib, io, os, re, sys, zipfile, zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr
from email.headerregistry import Address
from xml.sax.saxutils import escape as xesc
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d174-"
DOMAIN = "weserland.example"

# ---------------------------------------------------------------- IBAN helpers
def iban(cc, bban, grouped=True):
    """Build a checksum-valid IBAN from an invented BBAN."""
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(num) % 97
    s = f"{cc}{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(num) % 97 == 1

# ---------------------------------------------------------------- dates / ids
def date_hdr(day, hh, mm, ss=0):
    d = datetime.datetime(2026, 3, day, hh, mm, ss)
    # DST in Germany starts Sunday 29 March 2026, 02:00
    tz = "+0200" if (day, hh) >= (29, 2) else "+0100"
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz, d

def h8(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()

# ---------------------------------------------------------------- file builders
ZDT = (2026, 3, 2, 8, 0, 0)

def zbuild(members, stored_first=None):
    """members: list of (name, bytes). Deterministic ZIP."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def pdf_escape(s):
    b = s.encode("cp1252")
    out = b""
    for c in b:
        ch = bytes([c])
        if ch in (b"(", b")", b"\\"):
            out += b"\\" + ch
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += ch
    return out

def make_pdf(lines, title="Dokument", compress=True, size=10):
    """Minimal PDF 1.4 with Helvetica/WinAnsi text layer; 52 lines per page."""
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[""]]
    objs = []  # bytes of objects 1..n
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + pdf_escape(title) + b") /Producer (Weserland DocGen 4.2) "
                b"/CreationDate (D:20260302080000+01'00') >>")
    for i, pg in enumerate(pages):
        cs = b"BT /F1 %d Tf %d TL 56 790 Td\n" % (size, size + 4)
        for ln in pg:
            cs += b"(" + pdf_escape(ln) + b") Tj T*\n"
        cs += b"ET\n"
        if compress:
            data = zlib.compress(cs, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream"
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(stream)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    """Extract the text of Tj operators (check only)."""
    assert data.startswith(b"%PDF-")
    texts = []
    for m in re.finditer(rb"<<([^>]*)>>\nstream\n", data):
        ln = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        raw = data[m.end():m.end() + ln]
        if b"/FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        i = 0
        while True:
            j = raw.find(b"(", i)
            if j < 0:
                break
            k, buf = j + 1, b""
            while raw[k:k + 1] != b")":
                if raw[k:k + 1] == b"\\":
                    nx = raw[k + 1:k + 2]
                    if nx.isdigit():
                        buf += bytes([int(raw[k + 1:k + 4], 8)]); k += 4; continue
                    buf += nx; k += 2; continue
                buf += raw[k:k + 1]; k += 1
            texts.append(buf.decode("cp1252"))
            i = k + 1
    return "\n".join(texts)

CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{t}</dc:title>'
            '<dc:creator>{a}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T08:00:00Z</dcterms:modified></cp:coreProperties>')

def make_docx(paras, title="Dokument", author="Weserland", table=None):
    """paras: list of str (a leading '# ' makes a heading-like bold run); table: rows of str."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ""
    for p in paras:
        bold = p.startswith("# ")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'
    if table:
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        for row in table:
            body += "<w:tr>" + "".join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>' for c in row) + "</w:tr>"
        body += "</w:tbl><w:p/>"
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
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
    return zbuild([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                   ("docProps/core.xml", CORE_XML.format(t=xesc(title), a=xesc(author)))])

def colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(sheets, title="Tabelle", author="Weserland"):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
              + '</Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels)]
    for si, (name, rows) in enumerate(sheets):
        x = ""
        for ri, row in enumerate(rows):
            x += f'<row r="{ri + 1}">'
            for ci, v in enumerate(row):
                ref = f"{colname(ci)}{ri + 1}"
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x += f'<c r="{ref}"><v>{v}</v></c>'
                elif v is None or v == "":
                    continue
                else:
                    x += f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>'
            x += "</row>"
        members.append((f"xl/worksheets/sheet{si + 1}.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        f'<sheetData>{x}</sheetData></worksheet>'))
    members.append(("docProps/core.xml", CORE_XML.format(t=xesc(title), a=xesc(author))))
    return zbuild(members)

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:office_ooo="http://openoffice.org/2009/office" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
          'xmlns:fo="urn:oasis:names:xsl-formatting-objects" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'office:version="1.3"')

def _odf(mime, inner, title):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               f'<office:body>{inner}</office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            f'<dc:title>{xesc(title)}</dc:title><meta:creation-date>2026-03-02T08:00:00</meta:creation-date>'
            f'<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zbuild([("mimetype", mime), ("content.xml", content), ("meta.xml", meta),
                   ("META-INF/manifest.xml", manifest)], stored_first="mimetype")

def make_odt(paras, title="Dokument"):
    inner = "<office:text>" + "".join(
        (f'<text:h text:outline-level="1">{xesc(p[2:])}</text:h>' if p.startswith("# ")
         else f"<text:p>{xesc(p)}</text:p>") for p in paras) + "</office:text>"
    return _odf("application/vnd.oasis.opendocument.text", inner, title)

def make_ods(sheets, title="Tabelle"):
    inner = "<office:spreadsheet>"
    for name, rows in sheets:
        inner += f'<table:table table:name="{xesc(name)}">'
        for row in rows:
            inner += "<table:table-row>"
            for v in row:
                if isinstance(v, (int, float)):
                    inner += f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
                else:
                    inner += f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>'
            inner += "</table:table-row>"
        inner += "</table:table>"
    inner += "</office:spreadsheet>"
    return _odf("application/vnd.oasis.opendocument.spreadsheet", inner, title)

def make_csv(rows, delim=";"):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

def make_ics(uid, summary, start, end, location="", description="", organizer=None, attendees=()):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(line):
        b = line.encode("utf-8")
        out, cur = [], b""
        for ch in line:
            e = ch.encode("utf-8")
            if len(cur) + len(e) > 73:
                out.append(cur); cur = b" "
            cur += e
        out.append(cur)
        return b"\r\n".join(out).decode("utf-8")
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserland//Termine 2.1//DE", "METHOD:REQUEST",
         "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260302T070000Z",
         f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
         f"SUMMARY:{esc(summary)}"]
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, addr in attendees:
        L.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"

# ---------------------------------------------------------------- people, signatures, footers
P = {  # key: (name, address local part, title de, title en, extension)
 "oltmanns": ("Jannik Oltmanns", "jannik.oltmanns", "Kfz-Schadenregulierung", "Motor Claims", "2314"),
 "bruns": ("Merle Bruns", "merle.bruns", "Schadenregulierung Sach", "Property Claims", "2251"),
 "hinrichs": ("Ole Hinrichs", "ole.hinrichs", "Haftpflicht-Schaden", "Liability Claims", "2277"),
 "dreyer": ("Svenja Dreyer", "svenja.dreyer", "Leistungsprüfung Krankenversicherung", "Health Benefits", "3120"),
 "meyerdierks": ("Katrin Meyerdierks", "katrin.meyerdierks", "Unfall-Leistung", "Accident Benefits", "3155"),
 "sievers": ("Dr. med. Hauke Sievers", "hauke.sievers", "Beratender Arzt", "Chief Medical Adviser", "3100"),
 "albers": ("Thorsten Albers", "thorsten.albers", "Maklerbetreuung Nord", "Broker Relations North", "1470"),
 "luedemann": ("Anja Lüdemann", "anja.luedemann", "Personalabteilung", "Human Resources", "1120"),
 "westermann": ("Finn Westermann", "finn.westermann", "IT-Servicedesk", "IT Service Desk", "4000"),
 "poppe": ("Dr. Ilka Poppe", "ilka.poppe", "Datenschutzbeauftragte", "Data Protection Officer", "1190"),
 "schroeder": ("Lena Schröder", "lena.schroeder", "Unternehmenskommunikation", "Corporate Communications", "1050"),
 "tietjen": ("Heiko Tietjen", "heiko.tietjen", "Einkauf & Facility Management", "Procurement & Facilities", "1330"),
 "feldmann": ("Nils Feldmann", "nils.feldmann", "Weserland Rechtsschutz-Schadenservice GmbH", "Weserland Legal Claims Services", "2400"),
 "stelljes": ("Marco Stelljes", "marco.stelljes", "Underwriting Gewerbe & Industrie", "Commercial Underwriting", "2600"),
 "grotheer": ("Paula Grotheer", "paula.grotheer", "Reise-Schaden", "Travel Claims", "2350"),
 "heitmann": ("Jana Heitmann", "jana.heitmann", "Kundenservice", "Customer Service", "1000"),
 "rohlfs": ("Sebastian Rohlfs", "sebastian.rohlfs", "bAV & Vorsorge (Kooperation Hafenkontor Leben)", "Pensions & Life (Hafenkontor partnership)", "1520"),
 "wuebbe": ("Gerrit Wübbe", "gerrit.wuebbe", "Forderungsmanagement", "Credit Control", "1380"),
 "ahlers": ("Dr. Friederike Ahlers", "friederike.ahlers", "Aktuariat", "Actuarial", "1610"),
 "behrens": ("Jonas Behrens", "jonas.behrens", "Rückversicherung", "Reinsurance", "1640"),
 "osterloh": ("Maren Osterloh", "maren.osterloh", "Recht & Compliance", "Legal & Compliance", "1210"),
 "harms": ("Daniel Harms", "daniel.harms", "Leitung Transport & Specialty", "Head of Marine & Specialty", "2700"),
 "linton": ("Rebecca Linton", "rebecca.linton", "Weserland Global Health – Fallmanagement", "Weserland Global Health – Case Management", "3190"),
 "kaya": ("Deniz Kaya", "deniz.kaya", "Vertriebsunterstützung", "Sales Support", "1480"),
 "jacobs": ("Hendrik Jacobs", "hendrik.jacobs", "Schadenaußendienst", "Field Claims Adjuster", "2290"),
 "nowak": ("Marta Nowak", "marta.nowak", "Finanzbuchhaltung", "Finance Operations", "1720"),
 "vahlsing": ("Dr. Carsten Vahlsing", "carsten.vahlsing", "Vorsitzender des Vorstands", "Chief Executive Officer", "1001"),
 "gerdes": ("Tim Gerdes", "tim.gerdes", "Kfz-Betrieb & Vertrag", "Motor Operations", "2120"),
}

def addr(key):
    return (P[key][0], f"{P[key][1]}@{DOMAIN}")

def sig(key, lang="de", short=False, mobile=None):
    name, local, tde, ten, ext = P[key]
    t = tde if lang == "de" else ten
    if short:
        return f"--\n{name}\n{t}\n"
    s = f"--\n{name}\n{t}\n"
    if lang == "de":
        s += f"Telefon 0421 5570-{ext}\n"
        if mobile:
            s += f"Mobil {mobile}\n"
    else:
        s += f"Phone +49 421 5570-{ext}\n"
        if mobile:
            s += f"Mobile {mobile}\n"
    s += f"{local}@{DOMAIN}\n"
    return s

FOOT = {
 "de": ("\nWeserland Allgemeine Versicherung AG · Am Speicher 4 · 28217 Bremen · www.weserland.example\n"
        "Sitz der Gesellschaft: Bremen · Amtsgericht Bremen HRB 31877 HB\n"
        "Vorstand: Dr. Carsten Vahlsing (Vorsitzender), Imke Harjes, Bernd Ottjes\n"
        "Vorsitzender des Aufsichtsrats: Prof. Dr. Jürgen Lampe\n\n"
        "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
        "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte "
        "Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.\n"),
 "kv": ("\nWeserland Krankenversicherung AG · Am Speicher 4 · 28217 Bremen · www.weserland.example\n"
        "Sitz: Bremen · Amtsgericht Bremen HRB 32140 HB · Vorstand: Imke Harjes (Vors.), Dr. Hella Brüning\n\n"
        "Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt und kann "
        "vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, "
        "benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.\n"),
 "en": ("\nWeserland Allgemeine Versicherung AG · Am Speicher 4 · 28217 Bremen · Germany · www.weserland.example\n"
        "Registered office: Bremen · Local court Bremen HRB 31877 HB · Management board: Dr. Carsten Vahlsing (CEO), "
        "Imke Harjes, Bernd Ottjes\n\n"
        "This e-mail may contain confidential and/or privileged information. If you are not the intended "
        "recipient (or have received this e-mail in error) please notify the sender immediately and destroy "
        "this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is "
        "strictly forbidden.\n"),
}

# ---------------------------------------------------------------- message building
MAILS = []

class Att:
    def __init__(self, filename, data, ctype=None, charset="utf-8", cte=None, inline=False):
        self.filename, self.data, self.charset, self.cte, self.inline = filename, data, charset, cte, inline
        ext = filename.rsplit(".", 1)[-1].lower()
        self.ctype = ctype or {
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt": "application/vnd.oasis.opendocument.text",
            "ods": "application/vnd.oasis.opendocument.spreadsheet",
            "zip": "application/zip", "csv": "text/csv", "ics": "text/calendar",
            "html": "text/html", "htm": "text/html", "txt": "text/plain", "eml": "message/rfc822",
        }[ext]

def A(a):
    local, dom = a[1].split("@")
    return Address(display_name=a[0], username=local, domain=dom)

def build(spec, n):
    msg = EmailMessage(policy=policy.SMTP)
    dh, _ = date_hdr(*spec["date"])
    frm = spec.get("frm")
    msg["From"] = A(frm)
    if spec.get("to"):
        msg["To"] = [A(a) for a in spec["to"]]
    if spec.get("cc"):
        msg["Cc"] = [A(a) for a in spec["cc"]]
    msg["Subject"] = spec["subject"]
    msg["Date"] = dh
    host = spec.get("msgid_host", "mail." + DOMAIN)
    msg["Message-ID"] = f"<{spec.get('mid_prefix', '')}{h8(n, spec['subject'])[:20]}.{n}@{host}>"
    for k, v in spec.get("headers", []):
        msg[k] = v
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    params = {"format": "flowed"} if spec.get("flowed") else None
    if cs == "us-ascii":
        bad = {c for c in spec.get("body", "") + spec.get("html", "") if ord(c) > 127}
        assert not bad, (n, bad)
    if spec.get("html_only"):
        msg.set_content(spec["html"], subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(spec["body"], subtype="plain", charset=cs, cte=cte, params=params)
        if spec.get("html"):
            msg.add_alternative(spec["html"], subtype="html", charset=cs, cte=spec.get("html_cte", "quoted-printable"))
    for a in spec.get("att", []):
        if a.ctype == "message/rfc822":
            inner = a.data if isinstance(a.data, EmailMessage) else a.data
            msg.add_attachment(inner, disposition="attachment", filename=a.filename)
        else:
            mt, st = a.ctype.split("/")
            if isinstance(a.data, str):
                msg.add_attachment(a.data, subtype=st, charset=a.charset, cte=a.cte or "quoted-printable",
                                   disposition="inline" if a.inline else "attachment", filename=a.filename)
            else:
                msg.add_attachment(a.data, maintype=mt, subtype=st,
                                   disposition="attachment", filename=a.filename)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            part.set_boundary(f"----=_NextPart_{n:04d}_{k}_{h8('b', n, k)[:12].upper()}")
            k += 1
    return msg

def inner_mail(frm, to, subject, day, hh, mm, body, n_seed, charset="utf-8", cte="quoted-printable", att=()):
    """A forwarded message (message/rfc822) written by someone else."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = A(frm)
    m["To"] = [A(a) for a in to]
    m["Subject"] = subject
    m["Date"] = date_hdr(day, hh, mm)[0]
    dom = frm[1].split("@")[1]
    m["Message-ID"] = f"<{h8('inner', n_seed, subject)[:18]}@{dom}>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte=cte)
    for a in att:
        mt, st = a.ctype.split("/")
        if isinstance(a.data, str):
            m.add_attachment(a.data, subtype=st, charset=a.charset, cte=a.cte or "quoted-printable", filename=a.filename)
        else:
            m.add_attachment(a.data, maintype=mt, subtype=st, filename=a.filename)
    k = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_inner_{n_seed}_{k}_{h8('ib', n_seed, k)[:10]}")
            k += 1
    return m

def M(label, lang, kind, reason, **spec):
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, spec=spec))

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")]
OUTLOOK_EN = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]
TB = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0")]

def html_wrap(inner, lang="de"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title></title></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:10pt">\n{inner}\n</body></html>\n')

def html_table(rows, header=True):
    out = '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out += "<tr>" + "".join(f"<{tag}>{xesc(str(c))}</{tag}>" for c in r) + "</tr>\n"
    return out + "</table>\n"

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n")) + "\n"

W = DOMAIN
def me(local):
    return f"{local}@{W}"

# ================================================================ MAILS
# Customer / partner addresses (all invented)
IB_KLAASSEN = iban("DE", "29050101" + "0082417735")
IB_OSMANI = iban("DE", "25190001" + "0613398820")
IB_HARTJE = iban("DE", "29152670" + "0017004561")
IB_WESER_OWN = iban("DE", "29050000" + "0001234500")       # insurer's own collection account (company)
INVALID_IBAN_TYPO = "DE90290501010077129084"                    # customer typo, deliberately wrong checksum
IB_TEST1 = iban("DE", "10010010" + "0999999901")               # synthetic test account
IB_TEST2 = iban("DE", "10010010" + "0999999902")

# 1 ---------------------------------------------------------------- (C1) motor claim settlement
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "named policyholder, motor claim no., plate and IBAN for payment; property damage only",
  frm=addr("oltmanns"), to=[("Hauke Klaassen", "h.klaassen@nordpost.example")],
  subject="Ihr Kfz-Schaden 24-KH-0318877 – Regulierungszusage",
  date=(2, 9, 14), headers=OUTLOOK,
  body=f"""Sehr geehrter Herr Klaassen,

vielen Dank für die Unterlagen zu Ihrem Parkschaden vom 21.02.2026 in der Hemelinger Straße.

Wir haben das Gutachten des Sachverständigenbüros geprüft und übernehmen die Reparaturkosten
für Ihren VW Touran (amtl. Kennzeichen HB-KL 472) in Höhe von 2.318,44 EUR netto abzüglich der
vereinbarten Selbstbeteiligung in der Vollkasko von 300,00 EUR.

Den Betrag von 2.018,44 EUR überweisen wir in den nächsten drei Werktagen auf Ihr Konto
IBAN {IB_KLAASSEN} (Sparkasse Bremen).

Ihr Schadenfreiheitsrabatt in der Vollkasko wird zum 01.01.2027 zurückgestuft (SF 9 -> SF 4).
Sie können den Schaden innerhalb von sechs Monaten nach Abschluss zurückkaufen; die Höhe
teilen wir Ihnen auf Wunsch gerne mit.

Versicherungsnummer: KF-7730-118204
Schadennummer: 24-KH-0318877

Mit freundlichen Grüßen

Jannik Oltmanns
{sig("oltmanns")}{FOOT["de"]}""")

# 2 ---------------------------------------------------------------- (N1) IT ticket
M("NORMAL", "de", "internal",
  "trap: IT ticket about scanner skewing 'Arztrechnungen' in the health benefits department; no person or document data",
  frm=addr("westermann"), to=[("Leistung Kranken Team", me("team-leistung-kv"))],
  subject="Ticket #INC-260302-0412: Scanner 3.OG zieht Arztrechnungen schief ein",
  date=(2, 10, 2), headers=OUTLOOK,
  body="""Moin zusammen,

zu eurem Ticket von heute früh: der Dokumentenscanner im 3. OG (Fujitsu fi-7600, Inventar
IT-SC-0331) hat einen verschlissenen Einzugsrollen-Satz. Deshalb kommen Arztrechnungen und
Rezepte auf dünnem Papier schräg rein und die OCR erkennt die Rechnungsbeträge nicht.

Bis das Ersatzteil da ist (voraussichtlich Donnerstag), bitte:
 - Belege auf Thermopapier und Rezepte über den Scanner im 2. OG (Raum 2.14) scannen
 - Stapel nicht über 40 Blatt
 - bei Fehlermeldung "Doppeleinzug" einfach neu anlegen, nicht quittieren

Die bereits fehlerhaft erkannten Stapel von heute Morgen hat die Poststelle neu angestoßen,
ihr müsst nichts nacherfassen.

Gruß
Finn

""" + sig("westermann"))

# 3 ---------------------------------------------------------------- (S1) dental claim
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental supplementary insurance: implant treatment plan, tooth positions, reimbursement for named customer",
  frm=addr("dreyer"), to=[("Gülsen Osmani", "guelsen.osmani@webpost.example")],
  subject="Ihr Heil- und Kostenplan vom 18.02.2026 – Zahnzusatzversicherung ZahnPlus 90",
  date=(2, 11, 37), headers=OUTLOOK,
  body=f"""Sehr geehrte Frau Osmani,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Behnken, geprüft.

Geplant ist ein Implantat in Regio 36 mit Knochenaufbau (GOZ 9100) und anschließender
Versorgung mit einer vollkeramischen Krone. Die voraussichtlichen Gesamtkosten betragen
3.870,20 EUR. Die Festzuschüsse Ihrer gesetzlichen Krankenkasse sind mit 512,34 EUR berücksichtigt.

Nach Ihrem Tarif ZahnPlus 90 (Vertrag KV-50-220917) erstatten wir 90 % des verbleibenden
Rechnungsbetrags, höchstens jedoch die Begrenzung in den ersten vier Vertragsjahren. Da Ihr
Vertrag seit dem 01.04.2023 besteht, gilt für 2026 eine Höchstleistung von 4.000 EUR; diese ist
bereits mit 740,00 EUR (Wurzelbehandlung 46 im Oktober) ausgeschöpft.

Voraussichtliche Erstattung: 3.022,27 EUR. Die Auszahlung erfolgt nach Eingang der Rechnung auf
Ihr bekanntes Konto {IB_OSMANI[:4]} **** **** **** **20.

Bitte reichen Sie uns nach Abschluss der Behandlung die Originalrechnung und das Laborbeleg ein.

Freundliche Grüße
Svenja Dreyer
{sig("dreyer")}{FOOT["kv"]}""")

# 4 ---------------------------------------------------------------- (N2) group newsletter en
M("NORMAL", "en", "newsletter",
  "trap: internal group newsletter on flu vaccination drive and wellbeing month; no individual data",
  frm=("Weserland Inside", me("inside")), to=[("All staff Weserland", me("alle-mitarbeitenden"))],
  subject="Weserland Inside #3/2026: wellbeing month, flu jabs and the new canteen",
  date=(2, 12, 5), headers=[("List-Id", "<inside.weserland.example>"), ("Precedence", "bulk")],
  body="""WESERLAND INSIDE - March 2026
(plain-text version - the illustrated edition is on the intranet)

1) March is wellbeing month
Occupational health (Dr. Kuhlmann, company doctor) offers free flu and tick-borne encephalitis
(TBE) vaccinations on 10 and 11 March, 9:00-15:00, room E.07. No appointment needed; bring
your vaccination certificate if you have one. Nobody is asked about their health here - the
consent form only asks for allergies to vaccine components, and it stays with the doctor.

2) Back health
Our physiotherapy partner runs a 20-minute "desk back" session every Tuesday at 12:15 in the
gym. Last year 212 colleagues took part; sickness absence due to back problems dropped
across the company (figures from the anonymous health report, no individual data).

3) New canteen supplier
From 16 March "Kombuese Nord" takes over. Vegetarian option daily, vegan twice a week. Allergens
are labelled according to the EU Food Information Regulation.

4) Group news from Aarhus
Skagerrak Group published the 2025 results: combined ratio 93.1 %, health premiums +11 %.
The full deck is on the group intranet.

5) People
Welcome to our new colleagues in Motor Claims and IT. Farewell to Gesine Rohde, who retires
after 38 years in Underwriting - we will miss her East Frisian tea rounds.

Unsubscribe: internal newsletters cannot be unsubscribed, sorry.
Editorial team: Corporate Communications, inside@weserland.example
""", charset="us-ascii", cte="7bit")

# 5 ---------------------------------------------------------------- (C2) bicycle theft household
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "household claim (e-bike theft) of named customer: policy and claim number, address, frame number",
  frm=addr("bruns"), to=[("Birgit Hartje", "birgit.hartje@freenet-post.example")],
  subject="AW: Diebstahl E-Bike / Schaden HR-26-004417",
  date=(2, 14, 48), headers=OUTLOOK,
  body="""Hallo Frau Hartje,

danke für Ihre schnelle Rückmeldung. Damit wir Ihren Schaden abschließen können, fehlen uns
noch zwei Dinge:

1. die Kaufrechnung des E-Bikes (Riese & Müller, Rahmennummer WSL-88213-K) bzw. ein anderer
   Eigentumsnachweis,
2. die Bestätigung, dass das Rad im verschlossenen Fahrradkeller in der Vegesacker Heerstraße 112
   stand (das Foto vom Schloss reicht uns).

Die Strafanzeige der Polizei Bremen-Nord (Tagebuchnummer liegt uns vor) ist vollständig.

Ihr Vertrag Hausrat Komfort HR-2209-88710 enthält die Fahrradklausel bis 3.000 EUR, d. h. der
Zeitwert wird bis zu diesem Betrag ersetzt.

Viele Grüße
Merle Bruns

""" + sig("bruns") + """
-----Ursprüngliche Nachricht-----
Von: Birgit Hartje <birgit.hartje@freenet-post.example>
Gesendet: Montag, 2. März 2026 08:12
An: Schaden Sach <schaden-sach@weserland.example>
Betreff: Diebstahl E-Bike / Schaden HR-26-004417

Guten Morgen, ich habe die Anzeige hochgeladen. Was brauchen Sie noch?
Gruß B. Hartje
""")

# 6 ---------------------------------------------------------------- (N3) first aid order
M("NORMAL", "de", "insurer-to-supplier",
  "trap: purchase order for first-aid kits, AED pads and plasters for the office; medical words, no person",
  frm=addr("tietjen"), to=[("Vertrieb Medizinbedarf Lüning", "bestellung@medbedarf-luening.example")],
  subject="Bestellung 4500018832 – Verbandkästen DIN 13157 und AED-Elektroden",
  date=(2, 15, 20), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir zu den Konditionen des Rahmenvertrags RV-2024-17:

Pos  Menge  Artikel                                        EP netto
10   12     Betriebsverbandkasten DIN 13157                 38,90
20   4      AED-Elektroden Erwachsene (passend HeartStart)  59,00
30   2      AED-Elektroden Kinder                           71,50
40   20     Pflasterspender-Nachfüllung, wasserfest          6,20
50   6      Kältesofortkompressen (10er)                     11,40
60   1      Augenspülflasche 500 ml, Wandhalterung          24,80

Lieferanschrift: Weserland Versicherung, Warenannahme Tor 2, Am Speicher 4, 28217 Bremen
Rechnungsanschrift wie Lieferanschrift, bitte mit Bestellnummer.

Die abgelaufenen Elektroden nehmen Sie bitte bei der Lieferung zur Entsorgung mit.

Mit freundlichen Grüßen
Heiko Tietjen
""" + sig("tietjen") + FOOT["de"])

# 7 ---------------------------------------------------------------- (S2) accident: request to doctor
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "accident insurance: request for a medical report on a named insured's tibia fracture for the disability assessment (§ 203)",
  frm=addr("meyerdierks"), to=[("Praxis Dr. med. Annette Kruse", "praxis@ortho-kruse.example")],
  subject="Unfallversicherung – Anforderung ärztlicher Bericht – Ihr Patient Rainer Schwettmann, geb. 14.06.1961",
  date=(3, 8, 41), headers=OUTLOOK,
  body="""Sehr geehrte Frau Dr. Kruse,

Herr Rainer Schwettmann, geb. 14.06.1961, wohnhaft Lesumer Heerstraße 7, 28717 Bremen, hat bei
uns Leistungen aus seiner privaten Unfallversicherung (Vertrag UV-3318-0472) wegen des Sturzes
vom 04.11.2025 beantragt. Nach seinen Angaben behandeln Sie ihn wegen einer Tibiakopffraktur
links (S82.1), die am 05.11.2025 im Klinikum Bremen-Nord osteosynthetisch versorgt wurde.

Für die Bemessung der Invalidität bitten wir Sie um einen Befundbericht mit folgenden Angaben:
 1. aktuelle Beweglichkeit des linken Kniegelenks (Neutral-Null-Methode)
 2. Belastbarkeit, Gehstrecke, Hilfsmittel (Unterarmgehstützen?)
 3. unfallunabhängige Vorschäden (z. B. Gonarthrose)
 4. voraussichtlicher Abschluss der Behandlung

Die Schweigepflichtentbindungserklärung des Versicherten vom 12.02.2026 fügen wir Ihrer
Post-Ausfertigung bei. Ihr Honorar erstatten wir nach GOÄ Nr. 75 zuzüglich Porto.

Bitte senden Sie den Bericht nicht unverschlüsselt per E-Mail, sondern über unser
Ärzteportal oder per Post an: Weserland Allgemeine, Unfall-Leistung, Am Speicher 4, 28217 Bremen.

Mit freundlichen Grüßen
Katrin Meyerdierks
""" + sig("meyerdierks") + FOOT["de"])
# 8 ---------------------------------------------------------------- (N5) reinsurer aggregated stats
_acc_rows = [["Injury group (ICD-10 chapter S/T)", "Claims 2023", "Claims 2024", "Claims 2025", "Paid 2025 EUR", "Avg. disability degree 2025"],
             ["Head injuries (S00-S09)", 412, 398, 431, 2871000, "8.2 %"],
             ["Spine and trunk (S10-S39)", 377, 402, 388, 4120500, "11.9 %"],
             ["Shoulder and upper arm (S40-S49)", 520, 547, 561, 3988300, "9.4 %"],
             ["Wrist and hand (S60-S69)", 811, 790, 845, 2201700, "5.1 %"],
             ["Knee and lower leg (S80-S89)", 964, 1012, 1055, 7932200, "12.6 %"],
             ["Ankle and foot (S90-S99)", 603, 588, 617, 1455900, "4.3 %"],
             ["Other / multiple", 219, 231, 240, 5310400, "n/a"],
             ["Total", 3906, 3968, 4137, 27880000, ""]]
M("NORMAL", "en", "insurer-to-partner",
  "trap: aggregated accident claims by ICD injury chapter for the reinsurer (XLSX); no individual claim",
  frm=addr("behrens"), to=[("Sophie Lindqvist", "s.lindqvist@nordic-re.example")],
  cc=[addr("ahlers")],
  subject="PA quota share 2026 – claims statistics by injury type (as requested)",
  date=(3, 9, 55), headers=OUTLOOK_EN,
  body="""Dear Sophie,

as discussed in our renewal call, please find attached the personal accident claims statistics
for 2023-2025, grouped by ICD-10 injury chapter. Figures are on an underwriting-year basis, gross
of reinsurance, and only show aggregates – as usual we do not pass on individual claim files for
the quota share.

Two remarks:
- the increase in knee injuries is mostly e-scooter related (our own analysis, not in the file);
- "Average disability degree" is the mean Invaliditätsgrad of closed claims with a disability
  payment; claims without disability are excluded.

Happy to walk you through it on Thursday.

Kind regards
Jonas

""" + sig("behrens", "en") + FOOT["en"],
  att=[Att("PA_claims_by_injury_2023-2025.xlsx", make_xlsx([("by injury", _acc_rows)], "PA claims statistics", "Jonas Behrens"))])

# 9 ---------------------------------------------------------------- (C4) premium invoice PDF only
IB_TOEBELMANN = iban("DE", "29050101" + "0040817223")
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "body harmless; attached PDF premium invoice with name, address, policy no. and IBAN of the SEPA mandate (attachment only)",
  frm=("Weserland Kundenservice", me("kundenservice")), to=[("Jörg Töbelmann", "joerg.toebelmann@nordpost.example")],
  subject="Ihre Unterlagen",
  date=(3, 10, 30), headers=[("X-Mailer", "Weserland Dokumentenversand 3.4")],
  body="""Guten Tag,

anbei erhalten Sie das angeforderte Dokument als PDF-Datei.

Bei Fragen erreichen Sie unseren Kundenservice montags bis freitags von 8 bis 18 Uhr
unter 0421 5570-1000.

Ihr Weserland-Kundenservice
""" + FOOT["de"],
  att=[Att("Beitragsrechnung_2026.pdf", make_pdf([
      "Weserland Allgemeine Versicherung AG - Am Speicher 4 - 28217 Bremen",
      "",
      "Herrn Jörg Töbelmann",
      "Kornstraße 218",
      "28201 Bremen",
      "",
      "Beitragsrechnung 2026 - Wohngebäudeversicherung Premium",
      "Versicherungsschein-Nr. WG-4410-207733",
      "Versicherungsort: Kornstraße 218, 28201 Bremen (Einfamilienhaus, Baujahr 1928)",
      "",
      "Versicherungszeitraum 01.04.2026 - 31.03.2027",
      "Grundbeitrag Feuer/Leitungswasser/Sturm/Hagel      1.012,40 EUR",
      "Elementarschadenbaustein                             188,20 EUR",
      "Versicherungsteuer 19 %                              228,12 EUR",
      "Jahresbeitrag                                      1.428,72 EUR",
      "",
      f"Der Beitrag wird am 01.04.2026 von Ihrem Konto IBAN {IB_TOEBELMANN}",
      "(Mandatsreferenz WL-WG4410207733-01, Gläubiger-ID DE98ZZZ09999999999) eingezogen.",
  ], "Beitragsrechnung"))])

# 10 --------------------------------------------------------------- (S3) hospital Spain cost guarantee
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
  "travel health: cost guarantee to a Spanish hospital for a named patient with appendicitis, admission data",
  frm=addr("grotheer"), to=[("Admissions – Hospital Costa Blanca", "admisiones@hospital-costablanca.example")],
  subject="Guarantee of payment – patient Mr Erwin Dahlmann, DOB 02/09/1954 – our case RK-26-00931",
  date=(3, 11, 12), headers=OUTLOOK_EN,
  body="""Dear Sir or Madam,

we confirm that Mr Erwin Dahlmann, born 02/09/1954, passport no. C4K8Z1175, is insured with us
under a travel health policy (policy no. RKV-8817-3321, valid 15/02/2026 - 15/04/2026).

According to your report of this morning he was admitted on 02/03/2026 via the emergency
department with acute appendicitis (K35.8) and underwent laparoscopic appendectomy the same night.

We hereby guarantee payment of the medically necessary inpatient treatment up to EUR 15,000.00.
Please send the itemised invoice, the discharge summary and the operation report to
travelclaims@weserland.example, quoting our case number RK-26-00931. Any amount above the
guarantee requires our prior written approval.

Our assistance partner EuroAssist will contact the ward regarding his fitness to fly.

Yours faithfully

Paula Grotheer
""" + sig("grotheer", "en") + FOOT["en"])

# 11 --------------------------------------------------------------- (N4) out of office
M("NORMAL", "de", "internal",
  "trap: automatic out-of-office reply mentioning Krankentagegeld and Leistungsfälle generically; no person concerned",
  frm=addr("dreyer"), to=[("Ahlers, Friederike", me("friederike.ahlers"))],
  subject="Automatische Antwort: Rückfrage Schadenquote Zahn Q4",
  date=(3, 11, 40), headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("X-Mailer", "Microsoft Exchange Server 15.2")],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet.

In dringenden Leistungsfällen (Krankentagegeld, Zahnersatz, Pflegetagegeld) wenden Sie sich
bitte an das Team Leistung Kranken: leistung-kranken@weserland.example, Tel. 0421 5570-3100.

Bei Fragen zu Kostenvoranschlägen erreichen Sie meine Vertretung, Herrn Torben Lange,
unter -3124.

Mit freundlichen Grüßen
Svenja Dreyer
""")

# 12 --------------------------------------------------------------- (C5) broker motor list xlsx
_bro_rows = [["VN Name", "Vorname", "Geb.-Datum", "Vers.-Nr.", "Kennzeichen", "Fahrzeug", "SF KH", "SF VK", "Hauptfälligkeit", "Jahresbeitrag EUR"],
             ["Ahrens", "Meike", "17.05.1979", "KF-7731-004418", "HB-MA 117", "Skoda Octavia Combi", "SF 18", "SF 16", "01.01.", 612.40],
             ["Bischoff", "Lars", "03.11.1990", "KF-7731-004502", "OHZ-LB 90", "BMW 320d", "SF 7", "SF 7", "01.01.", 987.15],
             ["Cordes", "Hanna", "22.08.1985", "KF-7731-005113", "HB-HC 2208", "Tesla Model 3", "SF 12", "SF 10", "01.04.", 1144.80],
             ["Dierks", "Ulf", "30.01.1958", "KF-7731-005990", "DEL-UD 58", "Mercedes B 200", "SF 35", "SF 35", "01.01.", 455.30],
             ["Eilers", "Sabine", "11.12.1971", "KF-7731-006027", "HB-SE 711", "VW Golf Variant", "SF 22", "SF 20", "01.07.", 530.95],
             ["Feldhusen", "Tjark", "09.04.2003", "KF-7731-006614", "OHZ-TF 403", "Opel Corsa", "SF 2", "-", "01.01.", 1398.60]]
M("CONFIDENTIAL", "de", "insurer-to-broker",
  "XLSX portfolio list for a broker with customers' names, birth dates, motor policy numbers and plates (attachment only)",
  frm=addr("albers"), to=[("Nicole Hasselbach", "n.hasselbach@finanzkontor-hasselbach.example")],
  subject="Bestandsliste Kfz zur Umdeckung Hauptfälligkeit",
  date=(3, 13, 5), headers=OUTLOOK,
  body="""Hallo Frau Hasselbach,

wie am Telefon besprochen anbei die Liste Ihrer Kfz-Verträge mit SF-Klassen, damit Sie vor der
Umstellung der Hauptfälligkeiten mit den Kunden sprechen können. Es sind nur die Verträge, bei
denen die Hauptfälligkeit nicht auf den 01.01. fällt bzw. Fahranfänger betroffen sind.

Die Liste liegt zusätzlich in Ihrer elektronischen Vermittlerpost im Maklerportal; künftig
schicke ich Bestandsdaten bitte nur noch darüber.

Beste Grüße aus der Überseestadt
Thorsten Albers

""" + sig("albers", mobile="0171 4430-882") + FOOT["de"],
  att=[Att("Bestand_Kfz_Hasselbach_2026-03.xlsx", make_xlsx([("Kfz", _bro_rows)], "Bestandsliste", "Thorsten Albers"))])

# 13 --------------------------------------------------------------- (S4) accident disability PDF only
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "harmless body; attached PDF decision on accident disability benefit with diagnosis, Gliedertaxe and amount (attachment only)",
  frm=addr("meyerdierks"), to=[("Petra Wischhusen", "p.wischhusen@webpost.example")],
  subject="Unser Schreiben vom 03.03.2026",
  date=(3, 14, 22), headers=OUTLOOK,
  body="""Sehr geehrte Frau Wischhusen,

wie telefonisch angekündigt erhalten Sie unser Schreiben vorab per E-Mail. Das Original
geht Ihnen zusätzlich per Post zu.

Bei Rückfragen bin ich gern für Sie da.

Freundliche Grüße
Katrin Meyerdierks
""" + sig("meyerdierks"),
  att=[Att("Schreiben_2026-03-03.pdf", make_pdf([
      "Weserland Allgemeine Versicherung AG - Unfall-Leistung",
      "",
      "Frau Petra Wischhusen, Am Wall 41, 28195 Bremen",
      "",
      "Unfallversicherung UV-3302-1186 - Unfall vom 17.06.2025 - Leistungsabrechnung Invalidität",
      "",
      "Sehr geehrte Frau Wischhusen,",
      "nach Auswertung des Gutachtens von Prof. Dr. Lindemann vom 19.02.2026 stellen wir fest:",
      "Diagnose: distale Radiusfraktur rechts (S52.51) mit Bewegungseinschränkung des Handgelenks,",
      "posttraumatische Arthrose beginnend. Unfallunabhängige Vorerkrankung: keine.",
      "",
      "Invaliditätsbemessung nach der Gliedertaxe: Hand 55 %, davon 3/10 = 16,5 % Invalidität.",
      "Versicherungssumme 100.000 EUR, Progression 225 % (ab 25 % Invalidität, hier nicht erreicht).",
      "Invaliditätsleistung: 16.500,00 EUR",
      "Abzüglich bereits gezahlter Vorschuss: 5.000,00 EUR",
      "Auszahlungsbetrag: 11.500,00 EUR",
      "",
      "Sie und wir können die Invalidität bis zu 3 Jahre nach dem Unfall jährlich neu bemessen lassen.",
  ], "Leistungsabrechnung Unfall"))])

# 14 --------------------------------------------------------------- (N6) prospect brochure
M("NORMAL", "de", "insurer-to-customer",
  "trap: answer to a prospect's request with generic dental tariff information and brochure; no contract and no health data of the person",
  frm=addr("kaya"), to=[("Kerstin Mahnken", "kerstin.mahnken@nordpost.example")],
  subject="AW: Infos Zahnzusatzversicherung",
  date=(3, 15, 10), headers=OUTLOOK,
  body="""Guten Tag Frau Mahnken,

vielen Dank für Ihr Interesse an unseren Zahnzusatztarifen. Gern schicke ich Ihnen die
Produktinformation zu ZahnPlus 70 und ZahnPlus 90 mit.

Kurz das Wichtigste:
- Zahnersatz (Implantate, Kronen, Brücken): 70 % bzw. 90 % des Rechnungsbetrags inkl. GKV-Festzuschuss
- Professionelle Zahnreinigung: bis 120 EUR pro Jahr
- Kieferorthopädie für Kinder bis 18 (KIG 1-2): nur ZahnPlus 90
- keine Wartezeit, aber Leistungsbegrenzung in den ersten vier Jahren
- bereits angeratene oder laufende Behandlungen sind nicht versichert

Beim Antrag stellen wir einige Gesundheitsfragen zu Ihren Zähnen (z. B. fehlende Zähne). Den
Antrag können Sie online ausfüllen: https://www.weserland.example/zahn

Wenn Sie möchten, rufe ich Sie auch gern an.

Freundliche Grüße
Deniz Kaya
""" + sig("kaya") + FOOT["kv"],
  att=[Att("Produktinformation_ZahnPlus.pdf", make_pdf([
      "ZahnPlus 70 / ZahnPlus 90 - Produktinformationsblatt (Stand 01/2026)",
      "Weserland Krankenversicherung AG",
      "",
      "Was ist versichert? Zahnersatz, Zahnbehandlung, Prophylaxe, Kieferorthopädie (nur 90).",
      "Was ist nicht versichert? Behandlungen, die vor Vertragsbeginn angeraten wurden.",
      "Leistungsbegrenzung: Jahr 1: 1.000 EUR, Jahr 1-2: 2.000 EUR, Jahr 1-3: 3.000 EUR, Jahr 1-4: 4.000 EUR.",
      "Beispielbeitrag für eine 35-jährige Person: ZahnPlus 70: 18,40 EUR, ZahnPlus 90: 27,10 EUR monatlich.",
      "Gesundheitsfragen: Anzahl fehlender, nicht ersetzter Zähne; laufende Behandlungen.",
  ], "Produktinformation ZahnPlus", compress=False))])

# 15 --------------------------------------------------------------- (N7) data protection training
M("NORMAL", "de", "internal",
  "trap: reminder of mandatory data-protection training mentioning health data, Art. 9 GDPR and § 203 StGB in general",
  frm=addr("poppe"), to=[("Führungskräfte Weserland", me("fuehrungskraefte"))],
  subject="Erinnerung: Pflichtschulung Datenschutz bis 31.03. – Quote noch bei 71 %",
  date=(3, 16, 2), headers=OUTLOOK,
  body="""Liebe Führungskräfte,

die jährliche Pflichtschulung "Datenschutz und Schweigepflicht" haben bis heute 71 % der
Beschäftigten abgeschlossen. Bitte erinnern Sie Ihre Teams, die Schulung bis 31.03.2026 im
Lernportal abzuschließen (Dauer ca. 35 Minuten).

Neu in diesem Jahr:
* Modul 3 "Gesundheitsdaten": Warum Diagnosen, Arztrechnungen und AU-Bescheinigungen nach
  Art. 9 DSGVO besonders geschützt sind und wer bei uns nach § 203 StGB zur Verschwiegenheit
  verpflichtet ist (Kranken-, Unfall- und Lebensversicherung).
* Modul 5 "E-Mail": wann wir verschlüsseln müssen, wann das Kundenpostfach zu nutzen ist und
  was eine Kundeneinwilligung für den unverschlüsselten Versand bedeutet.
* Quiz mit 12 Fragen; bestanden ab 9 richtigen Antworten.

Eine Auswertung nach Abteilung (ohne Namen) erhalten Sie Anfang April.

Herzliche Grüße
Ilka Poppe

""" + sig("poppe"))
# 16 --------------------------------------------------------------- (C6) marine cargo claim
M("CONFIDENTIAL", "en", "insurer-to-broker",
  "grey: cargo claim of a named corporate insured with named contact person, policy and claim numbers, payment details",
  frm=addr("harms"), to=[("Oliver Pennington", "o.pennington@lighthouse-marine.example")],
  subject="RE: Claim WL-MC-26-0117 – Nordwind Kaffeeimport GmbH – wet damage, container MSKU 702213-4",
  date=(4, 8, 50), headers=OUTLOOK_EN,
  body="""Oliver,

thanks for chasing. The surveyor's report (Hamburg office, survey of 20 Feb) confirms seawater
ingress through a damaged door seal; 38 of 320 bags of green coffee are unsound. We accept the
claim under the open cover MC-OC-2211 of Nordwind Kaffeeimport GmbH.

Settlement: 38 bags x EUR 412.00 CIF +10 % = EUR 17,221.60, less deductible EUR 1,000.00,
net EUR 16,221.60. Payment to the insured's account on file; please ask Ms Annika Brüggemann
(their logistics manager, who signed the claim form) to confirm there has been no change.

Recovery against the carrier: we have issued a notice of claim; please ensure the insured
does not sign any release.

Regards
Daniel

""" + sig("harms", "en", mobile="+49 160 9912-4407") + """
From: Oliver Pennington <o.pennington@lighthouse-marine.example>
Sent: 03 March 2026 17:02
To: Daniel Harms <daniel.harms@weserland.example>
Subject: Claim WL-MC-26-0117 – Nordwind Kaffeeimport GmbH

Daniel, any news on the coffee claim? Client is getting restless. Cheers, Oliver
""")

# 17 --------------------------------------------------------------- (S5) medical adviser statement
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "medical adviser's opinion on a named accident claim: ICD codes, pre-existing degeneration, causality",
  frm=addr("sievers"), to=[addr("meyerdierks")],
  subject="Stellungnahme UV-3318-0472 Schwettmann",
  date=(4, 9, 30), headers=OUTLOOK,
  body="""Hallo Frau Meyerdierks,

zur Akte Schwettmann (UV-3318-0472):

Aus den Unterlagen des Klinikums Bremen-Nord ergibt sich eine Tibiakopffraktur links,
Schatzker II (S82.18 L), Plattenosteosynthese am 05.11.2025. Im Röntgen vom Unfalltag sieht man
zusätzlich eine deutliche medial betonte Gonarthrose links (M17.1 L) mit Osteophyten – das ist
unfallunabhängig und vorbestehend.

Meine Einschätzung:
- Invalidität nach Abschluss der Heilbehandlung realistisch 2/7 Beinwert im Kniegelenk
- Mitwirkung der Vorerkrankung ca. 30 %, also nach Ziff. 3 AUB entsprechend zu kürzen
- Bericht von Frau Dr. Kruse abwarten; falls dort Beugung < 90°, Gutachten Unfallchirurgie

Bitte keine Festlegung vor Ablauf von 12 Monaten nach dem Unfall.

Gruß
H. Sievers
""" + sig("sievers", short=True))

# 18 --------------------------------------------------------------- (N8) IBAN validation change, synthetic test data
M("NORMAL", "en", "internal",
  "trap: change notice for the IBAN validation library with synthetic test accounts and a fictitious test customer",
  frm=addr("westermann"), to=[("Dev Team Collections", me("dev-inkasso"))], cc=[addr("nowak")],
  subject="CHG-2026-0142: IBAN validation library 3.1 – test cases for UAT",
  date=(4, 10, 15), headers=OUTLOOK_EN,
  body=f"""Hi all,

CHG-2026-0142 (IBAN/BIC validation library 3.1 in the collections and payout services) goes to
UAT on Monday. Please use ONLY the synthetic test accounts below; they exist in the test bank
directory of the SEPA simulator and nowhere else.

  TC-01 valid German IBAN, grouped      {IB_TEST1}
  TC-02 valid German IBAN, no blanks    {IB_TEST2.replace(" ", "")}
  TC-03 wrong check digits              DE00 1001 0010 0999 9999 03   -> must be rejected
  TC-04 too short                       DE12 1001 0010 09             -> must be rejected
  TC-05 lower case input                {IB_TEST1.lower()}  -> normalise, accept

Test customer for all cases: "Testkunde, Erika (FIKTIV)", customer no. 9000000001, created by
the data generator. Please do not copy production customers into UAT - the DPO asked again.

Acceptance criteria are in Jira (COLL-881). Go-live planned for 24 March, 19:00.

Cheers
Finn
""" + sig("westermann", "en"), charset="us-ascii", cte="7bit")

# 19 --------------------------------------------------------------- (S6) expat MRI pre-authorisation
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "expat health plan: pre-authorisation of a knee MRI for a named member with suspected meniscus tear",
  frm=addr("linton"), to=[("Aidan Whitfield", "aidan.whitfield@mailhub.example")],
  subject="Pre-authorisation approved – MRI left knee – member WGH-004417-01",
  date=(4, 11, 3), headers=OUTLOOK_EN,
  body="""Dear Mr Whitfield,

thank you for sending the referral from Dr. Okonkwo at the Hamburg International Clinic.

We are pleased to confirm that your MRI scan of the left knee (suspected medial meniscus tear
after the football injury on 22 February) is approved under your Weserland Global Health plan
"Premium Worldwide", membership no. WGH-004417-01.

  Approval reference: PA-26-03318
  Provider: Radiologie am Hafen, Hamburg
  Valid until: 4 April 2026
  Direct billing: yes – you do not need to pay at the clinic

If the radiologist recommends arthroscopic surgery, please ask the orthopaedic surgeon to
send us a treatment plan before any admission so we can arrange a guarantee of payment.

Get well soon!

Kind regards
Rebecca Linton
""" + sig("linton", "en") + FOOT["kv"])

# 20 --------------------------------------------------------------- (C7) liability water damage to lawyer
M("CONFIDENTIAL", "de", "insurer-to-lawyer",
  "private liability claim: named policyholder caused water damage in the flat below; property damage only",
  frm=addr("hinrichs"), to=[("RA Dr. Carola Brandt", "c.brandt@brandt-ohlsen.example")],
  subject="Ihr Az. 44/26 CB – Wasserschaden Schwachhauser Ring 12 – unser Schaden PH-26-002876",
  date=(4, 13, 47), headers=OUTLOOK,
  body="""Sehr geehrte Frau Dr. Brandt,

wir bestätigen den Eingang Ihres Schreibens vom 27.02.2026, mit dem Sie für Ihre Mandantin
Frau Ingeborg Runge Schadenersatz wegen des Wasserschadens vom 08.01.2026 geltend machen.

Unser Versicherungsnehmer, Herr Malte Fricke (Privathaftpflicht PH-5512-30981), bewohnt die
Wohnung im 2. OG. Ursache war nach dem Bericht des Installateurs ein geplatzter Zulaufschlauch
seiner Waschmaschine. Die Haftung dem Grunde nach erkennen wir an.

Zur Höhe:
- Trocknung und Malerarbeiten: 4.870,00 EUR (Kostenvoranschlag Malerbetrieb Stüve) – anerkannt
- Parkett Wohnzimmer: Zeitwert statt Neuwert, Abzug neu für alt 35 % -> 2.145,00 EUR
- Nutzungsausfall Gästezimmer: nicht nachgewiesen

Personenschäden wurden nicht geltend gemacht. Wir schlagen eine Abfindung von 7.015,00 EUR vor;
um Mitteilung der Bankverbindung Ihrer Mandantin bzw. Ihres Anderkontos bitten wir.

Mit freundlichen Grüßen
Ole Hinrichs
""" + sig("hinrichs") + FOOT["de"])

# 21 --------------------------------------------------------------- (N9) broker circular accident tariff
M("NORMAL", "de", "insurer-to-broker",
  "trap: broker circular on the new accident tariff (Gliedertaxe, Invaliditätsgrad, Krankenhaustagegeld) – product, no person",
  frm=("Weserland Maklerservice", me("makler")), to=[("Weserland Vertriebspartner", me("makler-rundschreiben"))],
  subject="Maklerinformation 04/2026: Neuer Unfalltarif UnfallPlus 2026",
  date=(4, 14, 30), headers=[("X-Mailer", "Weserland Mailing 2.0"), ("Precedence", "bulk")],
  html_only=True, cte="quoted-printable",
  html=html_wrap("""<h2>UnfallPlus 2026 – ab 01.04. im Vergleichsrechner</h2>
<p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab dem 1. April bieten wir den überarbeiteten Unfalltarif an. Die wichtigsten Änderungen:</p>
""" + html_table([["Baustein", "bisher", "neu"],
                  ["Gliedertaxe Hand", "55 %", "60 %"],
                  ["Gliedertaxe Auge", "50 %", "55 %"],
                  ["Progression", "225 % / 350 %", "225 % / 350 % / 500 %"],
                  ["Krankenhaustagegeld", "bis 50 EUR", "bis 100 EUR, ab 1. Tag"],
                  ["Infektionen (Zeckenbiss, FSME)", "mitversichert", "mitversichert inkl. Borreliose"],
                  ["Eigenbewegungen (Meniskus, Bandscheibe)", "nein", "ja, bis 50 % Mitwirkung"]]) + """
<p>Die Gesundheitsfragen im Antrag reduzieren sich von sieben auf drei. Bestandskunden können
ohne neue Gesundheitsprüfung umstellen, sofern die Summen nicht erhöht werden.</p>
<p>Courtage unverändert. Schulungswebinar am 18.03., 10 Uhr: <a href="https://makler.weserland.example/webinar">Anmeldung</a></p>
<p>Ihr Maklerservice der Weserland</p>
<p style="font-size:8pt">Weserland Allgemeine Versicherung AG · Am Speicher 4 · 28217 Bremen · Amtsgericht Bremen HRB 31877 HB</p>"""))

# 22 --------------------------------------------------------------- (S7) daily sickness allowance HTML-only
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "HTML-only mail with a table of sick notes (F32.1) and daily sickness allowance payments for a named customer",
  frm=addr("dreyer"), to=[("Thomas Riekmann", "t.riekmann@nordpost.example")],
  subject="Krankentagegeld – Abrechnung Februar 2026",
  date=(4, 15, 55), headers=OUTLOOK, html_only=True, cte="base64",
  html=html_wrap("""<p>Sehr geehrter Herr Riekmann,</p>
<p>für Ihren Krankentagegeldtarif KT 43 (Vertrag KV-50-118730) haben wir die eingereichten
Arbeitsunfähigkeitsbescheinigungen wie folgt abgerechnet:</p>
""" + html_table([["AU-Zeitraum", "Diagnose lt. AU", "Ärztin", "Tage", "Tagessatz", "Betrag"],
                  ["01.02.–14.02.2026", "F32.1 G mittelgradige depressive Episode", "Dr. Elke Wiechmann", "14", "95,00 EUR", "1.330,00 EUR"],
                  ["15.02.–28.02.2026", "F32.1 G", "Dr. Elke Wiechmann", "14", "95,00 EUR", "1.330,00 EUR"]]) + """
<p>Auszahlung: 2.660,00 EUR am 05.03.2026.</p>
<p>Da die Arbeitsunfähigkeit inzwischen länger als 12 Wochen besteht, bitten wir um einen
kurzen Befundbericht Ihrer behandelnden Psychiaterin zum weiteren Verlauf und zur geplanten
Rehabilitationsmaßnahme. Den Vordruck finden Sie in Ihrem Kundenpostfach.</p>
<p>Mit freundlichen Grüßen<br>Svenja Dreyer<br>Leistungsprüfung Krankenversicherung<br>
Weserland Krankenversicherung AG</p>"""))

# 23 --------------------------------------------------------------- (C8) repair approval to garage
M("CONFIDENTIAL", "de", "insurer-to-company",
  "repair approval to a garage naming the vehicle owner, plate, claim number and deductible",
  frm=addr("oltmanns"), to=[("Serviceannahme Autohaus Tödter", "service@autohaus-toedter.example")],
  subject="Reparaturfreigabe HB-RT 3003 / Schaden 26-KV-0041227",
  date=(5, 8, 12), headers=OUTLOOK,
  body="""Moin Herr Wendt,

für den Wagen von Frau Renate Tiedemann (Opel Astra, HB-RT 3003, FIN W0L0AHL3xxxxx8817)
geben wir die Reparatur gemäß Ihrem Kostenvoranschlag KV-11873 über 3.412,77 EUR brutto frei.

Bitte beachten:
- Selbstbeteiligung Teilkasko 150 EUR direkt mit der Kundin abrechnen
- Rechnung an uns mit Schadennummer 26-KV-0041227, Abtretungserklärung beilegen
- Ersatzwagen max. 5 Tage, Klasse 2 (nur laut Vertrag Werkstattbindung Plus)

Der Glasschaden (Frontscheibe) läuft separat über Carglass-Partner, nicht bei Ihnen.

Danke und Gruß
Jannik Oltmanns
""" + sig("oltmanns"))

# 24 --------------------------------------------------------------- (N10) health day, English
M("NORMAL", "en", "internal",
  "trap: invitation to a company health day with blood pressure checks and eye tests; anonymous, no individual results",
  frm=addr("luedemann"), to=[("All staff Bremen", me("alle-bremen"))],
  subject="Health Day on 19 March – blood pressure, eyesight, ergonomics",
  date=(5, 9, 0), headers=OUTLOOK_EN,
  body="""Dear colleagues,

(Deutsche Version im Intranet)

on Thursday, 19 March, our occupational health service and the statutory accident insurer's
prevention team will be in the foyer from 9:00 to 14:00. You can drop in for:

 * blood pressure and blood sugar checks (results only for you – nothing is recorded)
 * eyesight test for VDU work (§ 6 ArbMedVV offer)
 * ergonomic advice on chairs and desks
 * a short talk on "sleep and shift work" at 12:30

Time spent at the Health Day counts as working time. Team leads: please make sure the hotline
is still covered.

Best regards
Anja Lüdemann
""" + sig("luedemann", "en"))

# 25 --------------------------------------------------------------- (C9) motor cancellation, iso-8859-1
IB_GAERTNER = iban("DE", "28050100" + "0091122334")
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "motor policy cancellation confirmed for a named customer with refund to IBAN (iso-8859-1)",
  frm=addr("gerdes"), to=[("Wiebke Gärtner", "wiebke.gaertner@nordpost.example")],
  subject="Bestätigung Ihrer Kündigung – Kfz-Versicherung OL-WG 77",
  date=(5, 10, 44), charset="iso-8859-1", cte="quoted-printable", headers=OUTLOOK,
  body=f"""Sehr geehrte Frau Gärtner,

wir bestätigen die Kündigung Ihrer Kfz-Versicherung KF-7729-310554 für den Ford Fiesta mit dem
Kennzeichen OL-WG 77 zum 28.02.2026 wegen Veräußerung des Fahrzeugs.

Den zu viel gezahlten Beitrag für März bis Dezember in Höhe von 341,50 EUR erstatten wir auf
Ihr Konto {IB_GAERTNER}.

Ihren Schadenfreiheitsrabatt (SF 11 in der Haftpflicht, SF 9 in der Vollkasko) heben wir sieben
Jahre lang für Sie auf. Wenn Sie wieder ein Fahrzeug anmelden, nennen Sie einfach diese
Vertragsnummer.

Mit freundlichen Grüßen
Tim Gerdes
Kfz-Betrieb & Vertrag
Weserland Allgemeine Versicherung AG
""")

# 26 --------------------------------------------------------------- (N11) shredding service
M("NORMAL", "en", "insurer-to-supplier",
  "trap: contract for secure shredding of paper medical files (DIN 66399 P-4); no file content or person",
  frm=addr("tietjen"), to=[("Key Account – AktenWolf", "keyaccount@aktenwolf.example")],
  subject="Secure destruction of medical claim files – collection schedule Q2",
  date=(5, 11, 30), headers=OUTLOOK_EN,
  body="""Dear Mr Hollins,

further to our framework agreement, please schedule the following collections of locked
consoles for secure destruction (DIN 66399, protection class 3, security level P-4):

  14 April   – Health Benefits, 3rd floor: 18 consoles (medical invoices, doctors' reports)
  15 April   – Accident Benefits, 3rd floor: 9 consoles
  28 April   – Archive basement: approx. 2.4 t of files past the retention period (2015)

Your drivers must sign the confidentiality undertaking at reception and must not open the
consoles on site. Please send the certificate of destruction per collection to procurement.

As a reminder, your company acts as our processor under the DPA of 12/2024; any subcontractor
needs our prior consent.

Kind regards
Heiko Tietjen
""" + sig("tietjen", "en") + FOOT["en"])

# 27 --------------------------------------------------------------- (S8) third-party injury, motor TPL
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "motor liability with personal injury: third party's whiplash (S13.4), physiotherapy and sick leave, named claimant",
  frm=addr("oltmanns"), to=[("Kanzlei Lüerßen & Partner", "kanzlei@luerssen-partner.example")],
  subject="Ihr Mandant Jens Pundt ./. unsere VN – Schaden 26-KH-0077318",
  date=(5, 14, 5), headers=OUTLOOK,
  body="""Sehr geehrter Herr Rechtsanwalt Lüerßen,

in der Unfallsache vom 12.01.2026 (Auffahrunfall B75, Höhe Abfahrt Delmenhorst-Ost) haben wir
die von Ihnen übersandten Unterlagen zum Personenschaden Ihres Mandanten, Herrn Jens Pundt,
geprüft.

Attestiert ist eine HWS-Distorsion (S13.4) Grad I nach Quebec-Klassifikation, Behandlung durch
den Hausarzt Dr. Nöhring, 8 Einheiten Krankengymnastik, Arbeitsunfähigkeit vom 13.01. bis
30.01.2026. Das Bewegungs-EMG lag nicht vor.

Wir bieten zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von 900,00 EUR an,
ferner den Haushaltsführungsschaden für 14 Tage mit 10 EUR/Std. x 2 Std. = 280,00 EUR.
Den Verdienstausfall regulieren wir nach Vorlage der Entgeltbescheinigung des Arbeitgebers.

Weitergehende Ansprüche wegen der behaupteten Schlafstörungen sehen wir derzeit nicht als
unfallbedingt belegt an.

Mit freundlichen Grüßen
Jannik Oltmanns
""" + sig("oltmanns") + FOOT["de"])

# 28 --------------------------------------------------------------- (N12) portal notification
M("NORMAL", "de", "insurer-to-customer",
  "trap: grey: content-free notification mail about a new message in the customer portal (customer relationship implied, no content)",
  frm=("Weserland Kundenpostfach", me("noreply")), to=[("Kundin/Kunde", "m.voss@webpost.example")],
  subject="Sie haben eine neue Nachricht in Ihrem Weserland-Kundenpostfach",
  date=(5, 15, 1), headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Weserland SecureMail 5.1")],
  charset="utf-8", cte="8bit",
  body="""Guten Tag,

in Ihrem persönlichen Weserland-Kundenpostfach liegt eine neue Nachricht für Sie bereit.

Aus Gründen des Datenschutzes enthält diese E-Mail keine Inhalte. Bitte melden Sie sich mit
Ihren Zugangsdaten an:

https://postfach.weserland.example/login

Sie haben Ihr Passwort vergessen? Über "Passwort zurücksetzen" können Sie mit Ihrer
Sicherheitsfrage ein neues Passwort vergeben.

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden nicht gelesen.

Weserland Versicherung · Am Speicher 4 · 28217 Bremen
""")

# 29 --------------------------------------------------------------- (C10) payroll discrepancy
M("CONFIDENTIAL", "en", "internal",
  "HR: salary figures and tax class of a named employee (income data)",
  frm=addr("luedemann"), to=[addr("nowak")],
  subject="Payroll Feb – difference for employee 10477 (Kowalczyk)",
  date=(5, 16, 20), headers=OUTLOOK_EN,
  body="""Hi Marta,

the payroll run for February shows a difference for Piotr Kowalczyk (personnel no. 10477,
Motor Claims). His gross salary went up to EUR 4,380.00 per month (TG 7 / step 2 of the
collective agreement) from 1 February, but the bank transfer was still based on EUR 4,105.00.

Net difference according to DATEV: EUR 143.62 (tax class IV, 0.5 child allowance).
Could you include this in the off-cycle payment on 10 March? Bank details unchanged.

Thanks
Anja
""" + sig("luedemann", "en"))

# 30 --------------------------------------------------------------- (S9) group accident claim to broker
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
  "group accident policy: named employee's fractured wrist, surgery and sick leave, sent to the broker",
  frm=addr("meyerdierks"), to=[("Claire Whitmore", "claire.whitmore@atlantic-benefits.example")],
  subject="Group accident policy GU-7710 Fjordline Logistics – claim of Mr Stefan Brunckhorst",
  date=(6, 9, 10), headers=OUTLOOK_EN,
  body="""Dear Ms Whitmore,

regarding the claim notified by Fjordline Logistics GmbH under the group accident policy
GU-7710 for their warehouse employee Mr Stefan Brunckhorst:

 - accident on 09/02/2026, fall from a loading ramp (not an occupational accident under
   the policy definition? – the employer says it happened during the lunch break, please confirm)
 - distal radius fracture right with plate fixation on 10/02/2026 at Klinikum Bremen-Nordwest
 - unable to work since the accident, expected until mid-April
 - hospital cash benefit: 3 days x EUR 50 = EUR 150, paid

The disability assessment can only take place once treatment is complete. We will ask the
treating surgeon for a report in May.

Kind regards
Katrin Meyerdierks
""" + sig("meyerdierks", "en") + FOOT["en"])
# 31 --------------------------------------------------------------- (N13) broker portal initial password
M("NORMAL", "de", "insurer-to-broker",
  "trap: grey: initial password for a new broker-portal user; a credential but no customer or personal data beyond the user name",
  frm=("Weserland Maklerportal", me("maklerportal")), to=[("Jonas Ehlers", "jonas@makler-ehlers.example")],
  subject="Ihr Zugang zum Weserland Maklerportal – Einmal-Passwort",
  date=(6, 10, 2), headers=[("Auto-Submitted", "auto-generated")], charset="utf-8", cte="8bit",
  body="""Guten Tag Herr Ehlers,

Ihr Makleradministrator hat für Sie einen Zugang zum Weserland Maklerportal angelegt.

Benutzername: ehlers.jonas@VP-118402
Einmal-Passwort: Kp7#wQ2-rT9v

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung vergeben Sie ein eigenes
Passwort und hinterlegen eine Sicherheitsfrage. Welche Bestandsrechte Sie erhalten, legt Ihr
Makleradministrator fest.

Anmeldung: https://makler.weserland.example

Diese Nachricht wurde automatisch erstellt.
Weserland Allgemeine Versicherung AG
""")

# 32 --------------------------------------------------------------- (C3) household contract for English speaker
IB_MCALLISTER = iban("DE", "29050101" + "0055601198")
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "household policy confirmation for a named customer: insured address, sum insured and SEPA IBAN",
  frm=addr("heitmann"), to=[("Fiona McAllister", "fiona.mcallister@mailhub.example")],
  subject="Your home contents insurance – policy HR-2210-04471",
  date=(6, 11, 15), headers=OUTLOOK_EN,
  body=f"""Dear Ms McAllister,

thank you for choosing Weserland. As requested on the phone, here is a summary in English of
your new home contents policy (the legally binding documents are in German and will reach you
by post):

  Policy number:      HR-2210-04471
  Insured address:    Contrescarpe 88, 3rd floor left, 28203 Bremen
  Living space:       74 m²
  Sum insured:        EUR 48,100 (650 EUR/m², no underinsurance)
  Options:            bicycle theft up to EUR 2,000, glass
  Start:              15 March 2026
  Premium:            EUR 11.84 per month, direct debit from IBAN {IB_MCALLISTER}

If anything is not correct, please let us know within two weeks.

Kind regards
Jana Heitmann
""" + sig("heitmann", "en") + FOOT["en"])

# 33 --------------------------------------------------------------- (S10) care level
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "supplementary long-term care: named insured's care level 3 (dementia), care allowance payments, written to the daughter as carer",
  frm=addr("dreyer"), to=[("Silke Brüning-Haake", "silke.haake@nordpost.example")],
  subject="Pflegetagegeld für Ihre Mutter, Frau Hildegard Haake – Vertrag PT-60-003392",
  date=(6, 13, 33), headers=OUTLOOK,
  body="""Sehr geehrte Frau Brüning-Haake,

vielen Dank für die Übersendung des Bescheids der Pflegekasse und Ihrer Vollmacht.

Ihrer Mutter, Frau Hildegard Haake, wurde nach dem Gutachten des Medizinischen Dienstes vom
05.02.2026 der Pflegegrad 3 zuerkannt (Hauptdiagnose: Alzheimer-Demenz, F00.1, zusätzlich
Zustand nach Oberschenkelhalsfraktur). Die häusliche Pflege übernehmen Sie gemeinsam mit einem
ambulanten Pflegedienst.

Aus dem Tarif PflegePlus zahlen wir bei Pflegegrad 3 und häuslicher Pflege 60 % des
vereinbarten Pflegemonatsgeldes von 1.500 EUR, also 900 EUR monatlich, rückwirkend ab dem
01.01.2026. Die Beitragsbefreiung gilt ab dem gleichen Datum.

Bitte teilen Sie uns mit, falls Ihre Mutter in eine stationäre Einrichtung umzieht.

Mit freundlichen Grüßen
Svenja Dreyer
""" + sig("dreyer") + FOOT["kv"])

# 34 --------------------------------------------------------------- (N14) BiPRO test, mixed
M("NORMAL", "mixed", "internal",
  "trap: BiPRO 430 interface test with a fictitious test customer 'Erika Mustermann (FIKTIV)', birth date and test IBAN",
  frm=addr("westermann"), to=[("Rahul Menon", "rahul.menon@claimsoft.example"), addr("albers")],
  subject="BiPRO 430.4 Testfall Vermittlerpost – findings round 2",
  date=(6, 14, 40), headers=OUTLOOK,
  body=f"""Hi Rahul, hallo Thorsten,

kurzer Stand nach dem zweiten Testlauf der Vermittlerpost-Schnittstelle (BiPRO 430.4,
transfer service "listShipments"/"getShipment"):

1. Test shipment with the dummy policy schedule works – MVP of the pilot broker fetched it.
   Testdatensatz: "Erika Mustermann (FIKTIV)", geb. 01.01.1970, Musterstraße 1, 12345
   Musterstadt, Vertrag TEST-0000-000001, Konto {IB_TEST1} (Testbank, existiert nicht produktiv).
2. The category code for "Schadenkorrespondenz" is still mapped to 110000 instead of 140000 –
   Rahul, can you fix that in the mapping table?
3. Umlaute im Dateinamen (z. B. "Beitragsänderung.pdf") kommen beim MVP als "Beitrags_nderung.pdf"
   an. Bitte prüfen, ob wir RFC 2231 oder einfach ASCII-Dateinamen nehmen.

Nächster Termin: Mi 11.03., 10:00, Teams.

Viele Grüße / best regards
Finn
""" + sig("westermann"))

# 35 --------------------------------------------------------------- (C11) HR salary increases xlsx
_sal = [["Pers.-Nr.", "Name", "Abteilung", "TG alt", "TG neu", "Monatsgehalt alt EUR", "Monatsgehalt neu EUR", "gültig ab"],
        [10233, "Janssen, Frauke", "Kundenservice", "TG 5/3", "TG 6/1", 3390.00, 3645.00, "01.04.2026"],
        [10298, "Mertens, Kai", "Kfz-Schaden", "TG 6/2", "TG 6/3", 3790.00, 3960.00, "01.04.2026"],
        [10341, "Ulrichs, Dörte", "Schaden Sach", "TG 7/1", "TG 7/2", 4105.00, 4380.00, "01.04.2026"],
        [10402, "Hoang, Minh", "IT", "AT", "AT", 5900.00, 6250.00, "01.04.2026"],
        [10477, "Kowalczyk, Piotr", "Kfz-Schaden", "TG 7/2", "TG 7/2", 4380.00, 4380.00, "-"]]
M("CONFIDENTIAL", "de", "internal",
  "HR: XLSX with salaries of named employees before/after the annual review (income, attachment only)",
  frm=addr("luedemann"), to=[("Grete Pundsack", me("grete.pundsack"))],
  subject="Gehaltsrunde 2026 – Liste Schaden/Service zur Freigabe",
  date=(6, 16, 8), headers=OUTLOOK,
  body="""Hallo Grete,

anbei die Liste aus der Gehaltsrunde für deinen Bereich mit den Vorschlägen der Teamleitungen.
Bitte bis 13.03. freigeben oder kommentieren, danach geht sie an den Betriebsrat (nur die
Höhergruppierungen, § 99 BetrVG).

Die Datei bitte nicht weiterleiten, auch nicht an die Teamleitungen.

Danke dir
Anja
""" + sig("luedemann"),
  att=[Att("Gehaltsrunde_2026_Schaden_Service.xlsx", make_xlsx([("Vorschläge", _sal)], "Gehaltsrunde 2026", "Anja Lüdemann"))])

# 36 --------------------------------------------------------------- (S11) pending hospital invoices to shared service, en
_hosp = [["Case", "Member", "DOB", "Hospital", "Admission", "Discharge", "Main diagnosis", "Invoice EUR", "Status"],
         ["KH-26-0311", "Lange, Bettina", "1968-03-22", "Klinikum Bremen-Mitte", "2026-02-03", "2026-02-09", "I21.4 NSTEMI", 8930.17, "awaiting discharge letter"],
         ["KH-26-0318", "Okoro, Samuel", "1990-10-05", "Roland-Klinik Bremen", "2026-02-11", "2026-02-13", "M23.2 meniscus tear", 4210.00, "check single-room supplement"],
         ["KH-26-0322", "Dunker, Ilse", "1947-07-30", "DIAKO Bremen", "2026-02-14", "2026-02-26", "S72.0 femoral neck fracture", 11874.55, "accident? ask UV team"],
         ["KH-26-0330", "Vogt, Marlene", "1979-12-01", "St. Joseph-Stift", "2026-02-18", "2026-02-21", "O80 normal delivery", 3012.40, "ok to pay"]]
M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "XLSX of pending hospital invoices with names, birth dates and diagnoses of insured persons; body only says 'see attached' (attachment only)",
  frm=addr("dreyer"), to=[("Finance Shared Service", me("fss-invoices"))],
  subject="Open hospital invoices Feb – list for payment run",
  date=(9, 8, 20), headers=OUTLOOK_EN,
  body="""Hi team,

please find the list of open hospital invoices for the payment run on Wednesday attached.
Only the line marked "ok to pay" can go out; the others are still with us.

Thanks, Svenja
""",
  att=[Att("open_hospital_invoices_2026-02.xlsx", make_xlsx([("open", _hosp)], "open invoices", "Svenja Dreyer"))])

# 37 --------------------------------------------------------------- (N15) GDV code of conduct comments
M("NORMAL", "de", "insurer-to-partner",
  "trap: comments to the insurance association on a draft code of conduct about health data processing; general, no person",
  frm=addr("poppe"), to=[("Arbeitskreis Datenschutz", "ak-datenschutz@versichererverband.example")],
  subject="Stellungnahme Weserland zum Entwurf CoC Art. 9 – Ziff. 4.2 und 6.1",
  date=(9, 9, 45), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

zum Entwurf der Verhaltensregeln vom 12.02.2026 nehmen wir wie folgt Stellung:

Ziff. 4.2 (Gesundheitsdaten in der Schadenbearbeitung Sach/Haftpflicht)
Wir regen an klarzustellen, dass Angaben zu Verletzungen Dritter in Haftpflichtschäden
Gesundheitsdaten im Sinne von Art. 9 DSGVO sind, auch wenn sie in einer nicht-personenbezogenen
Sparte anfallen. In der Praxis werden Arztberichte von Geschädigten häufig per unverschlüsselter
E-Mail eingereicht; eine Empfehlung zum sicheren Rückkanal wäre hilfreich.

Ziff. 6.1 (Schweigepflichtentbindung)
Die Musterformulierung sollte die elektronische Erteilung (Textform im Kundenportal) ausdrücklich
zulassen.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Dr. Ilka Poppe
""" + sig("poppe") + FOOT["de"])

# 38 --------------------------------------------------------------- (N16) actuarial motor frequency xlsx
_freq = [["Driver age band", "Vehicle years", "Claims TPL", "Frequency TPL", "Claims own damage", "Frequency OD"],
         ["18-20", 4120, 602, 0.146, 487, 0.118], ["21-24", 9870, 1043, 0.106, 902, 0.091],
         ["25-34", 41200, 2390, 0.058, 2876, 0.070], ["35-49", 88310, 4239, 0.048, 5121, 0.058],
         ["50-64", 97540, 3999, 0.041, 4877, 0.050], ["65-74", 40110, 2045, 0.051, 2206, 0.055],
         ["75+", 18620, 1322, 0.071, 1173, 0.063]]
M("NORMAL", "en", "internal",
  "trap: actuarial motor claim frequencies by driver age band (XLSX aggregates), no policyholder",
  frm=addr("ahlers"), to=[("Pricing Committee", me("pricing-committee"))],
  subject="Motor tariff 2027 – frequency by age band (draft for Thursday)",
  date=(9, 10, 30), headers=OUTLOOK_EN,
  body="""Dear all,

attached is the draft frequency analysis by driver age band for the 2027 motor tariff,
accident years 2023-2025, private cars only, as-if on today's portfolio.

Headlines:
* young drivers 18-20 remain 3x the average TPL frequency; accompanied driving at 17 helps
  (-18 % in the first year, see sheet notes in the deck)
* 75+ frequency up again; we recommend no separate surcharge but a telematics offer
* own damage frequency of EVs is 12 % above ICE cars, mostly glass and parking

Figures are not yet reconciled with finance – please don't forward outside the committee.

Best
Friederike
""" + sig("ahlers", "en"),
  att=[Att("motor_frequency_age_2023-2025.xlsx", make_xlsx([("frequency", _freq)], "Motor frequency", "Dr. Friederike Ahlers"))])

# 39 --------------------------------------------------------------- (C12) legal expenses tenancy
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover confirmation for a tenancy dispute of a named customer (rent reduction, mould), no health data",
  frm=addr("feldmann"), to=[("Derya Aksoy", "derya.aksoy@webpost.example")],
  subject="Deckungszusage Mietrechtsschutz – Ihr Schaden RS-26-01187",
  date=(9, 11, 52), headers=OUTLOOK,
  body="""Sehr geehrte Frau Aksoy,

für Ihre Auseinandersetzung mit Ihrer Vermieterin, der Wohnbau Findorff GmbH, wegen der
Mietminderung für die Wohnung Admiralstraße 40 (Feuchtigkeit im Schlafzimmer, Minderung um
15 % seit November 2025) erteilen wir Kostenschutz aus Ihrem Vertrag RS-8804-1122
(Privat-, Berufs- und Wohnungsrechtsschutz) für

  - die außergerichtliche Interessenwahrnehmung und
  - ein gerichtliches Verfahren in erster Instanz vor dem Amtsgericht Bremen.

Selbstbeteiligung: 150 EUR. Als Rechtsanwältin haben Sie Frau Jasmin Ohlsen (Brandt & Ohlsen)
benannt; wir senden ihr eine Kopie dieser Zusage.

Mit freundlichen Grüßen
Nils Feldmann
""" + sig("feldmann"))

# 40 --------------------------------------------------------------- (S12) quoted only: cancer diagnosis
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "short reply; the customer's breast cancer diagnosis and chemotherapy appear only in the quoted message",
  frm=addr("dreyer"), to=[("Anke Meinken", "anke.meinken@freenet-post.example")],
  subject="AW: Krankentagegeld ab April",
  date=(9, 13, 10), headers=TB, charset="utf-8", cte="8bit", flowed=True,
  body="""Liebe Frau Meinken,

danke für Ihre offenen Zeilen. Wir kümmern uns darum und melden uns bis Freitag bei Ihnen.
Sie müssen im Moment nichts weiter tun.

Alles Gute für Sie
Svenja Dreyer

Am 08.03.2026 um 21:47 schrieb Anke Meinken:
> Sehr geehrte Frau Dreyer,
>
> bei mir ist im Februar Brustkrebs festgestellt worden (invasiv-duktal, links, C50.4). Ich
> bekomme ab 16.03. sechs Zyklen Chemotherapie im Klinikum Links der Weser und danach die OP.
> Meine Ärztin sagt, ich werde mindestens bis Herbst krankgeschrieben sein.
>
> Meine Frage: ab wann zahlen Sie das Krankentagegeld, und muss ich jede AU einzeln schicken?
> Meine Vertragsnummer ist KV-50-204471.
>
> Viele Grüße
> Anke Meinken
""")

# 41 --------------------------------------------------------------- (N17) cleaning of medical room
M("NORMAL", "de", "insurer-to-supplier",
  "trap: facility order to disinfect the company doctor's treatment room and dispose of sharps; no patient data",
  frm=addr("tietjen"), to=[("Objektleitung Glanzwerk", "objektleitung@glanzwerk-bremen.example")],
  subject="Zusatzauftrag: Desinfektion Sanitätsraum E.07 nach Impfaktion",
  date=(9, 14, 5), headers=OUTLOOK,
  body="""Hallo Frau Petersen,

nach der Grippe- und FSME-Impfaktion am 10./11.03. bitte ich um eine Zusatzreinigung im
Sanitätsraum E.07 am Donnerstag, 12.03., ab 16 Uhr:

- Flächendesinfektion Liege, Arbeitsflächen, Türgriffe (VAH-gelistetes Mittel)
- Abholung der zwei gelben Kanülen-Abwurfbehälter (verschlossen, AS 18 01 01)
- Papierhandtuch- und Seifenspender auffüllen

Die Betriebsärztin ist bis 15:30 im Raum; Schlüssel bitte am Empfang holen. Abrechnung
über die Bestellung 4500018840.

Danke und Gruß
Heiko Tietjen
""" + sig("tietjen"))

# 42 --------------------------------------------------------------- (N18) job ad draft
M("NORMAL", "de", "internal",
  "trap: job ad for a health-claims clerk with medical background (MFA, Krankenpflege, ICD-10); no applicant",
  frm=addr("luedemann"), to=[addr("dreyer")],
  subject="Entwurf Stellenanzeige Leistungsprüfung Kranken – bitte gegenlesen",
  date=(9, 15, 12), headers=OUTLOOK,
  body="""Hallo Svenja,

hier der Entwurf, bitte bis Mittwoch Korrekturen an mich:

---
Sachbearbeiter/in Leistungsprüfung Krankenversicherung (m/w/d), Bremen, unbefristet, 39 Std.

Ihre Aufgaben:
* Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und Tarif
* Bearbeitung von Heil- und Kostenplänen sowie Krankentagegeld-Fällen
* Korrespondenz mit Versicherten, Ärztinnen und Ärzten sowie Kliniken

Ihr Profil:
* Ausbildung als Medizinische/r Fachangestellte/r, Gesundheits- und Krankenpfleger/in oder
  Kaufmann/-frau für Versicherungen und Finanzen mit Schwerpunkt Kranken
* sicherer Umgang mit medizinischer Terminologie und ICD-10-GM
* Verschwiegenheit ist für Sie selbstverständlich

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 30 Tage Urlaub, mobiles Arbeiten,
Jobrad, betriebliche Krankenversicherung.
---

Gehaltsband schreibe ich bewusst nicht rein, nur "nach Tarif".

LG Anja
""" + sig("luedemann"))

# 43 --------------------------------------------------------------- (C13) travel cancellation job loss, en
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "grey: travel cancellation due to redundancy (no health content) for a named customer with booking, amount and bank account request",
  frm=addr("grotheer"), to=[("Liam O'Connell", "liam.oconnell@mailhub.example")],
  subject="Trip cancellation claim RR-26-00412 – Madeira, 14-28 April",
  date=(9, 16, 40), headers=OUTLOOK_EN,
  body="""Dear Mr O'Connell,

thank you for notifying us of the cancellation of your package holiday to Madeira (booking
TUX-4471902, 2 travellers, EUR 3,460.00). Your travel cancellation policy RR-9912-04471 covers
cancellation due to the unexpected termination of your employment by the employer.

To settle the claim we need:
 1. the termination letter from Hanse Logistik GmbH dated 24 February 2026,
 2. the cancellation invoice of the tour operator (cancellation fee 40 % = EUR 1,384.00),
 3. your bank details (IBAN and account holder) for the payment.

You can upload the documents via https://postfach.weserland.example or send them by post.

Kind regards
Paula Grotheer
""" + sig("grotheer", "en") + FOOT["en"])

# 44 --------------------------------------------------------------- (S13) reinsurer large loss
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "large-loss notice to the reinsurer about an accident claim: claim no., age, paraplegia, rehab costs (identifiable via claim number)",
  frm=addr("behrens"), to=[("Claims – Nordic Re", "claims@nordic-re.example")], cc=[addr("meyerdierks")],
  subject="Large loss notification PA XL 2026 – claim UV-26-000212",
  date=(10, 8, 35), headers=OUTLOOK_EN,
  body="""Dear colleagues,

under the personal accident excess of loss treaty 2026 (layer EUR 750k xs 250k) we notify the
following potential large loss:

  Claim no.:        UV-26-000212 (insured: male, 34, Mr T. Kühling, roofer, Oldenburg)
  Date of loss:     07 January 2026
  Event:            fall from scaffolding at a private building site (not occupational)
  Injuries:         complete paraplegia below T10 (S24.12), fracture T11/T12, rib fractures
  Treatment:        BG-Klinikum Hamburg, currently inpatient rehabilitation
  Sums insured:     disability EUR 250,000 with 500 % progression, accident pension EUR 1,500/month
  Reserve:          EUR 1,610,000 (disability 100 % -> EUR 1,250,000 + pension capital value)

We will provide the medical reports once the first assessment is available. Please confirm
receipt.

Best regards
Jonas Behrens
""" + sig("behrens", "en") + FOOT["en"])

# 45 --------------------------------------------------------------- (N19) press release storm
M("NORMAL", "en", "insurer-to-partner",
  "trap: press release with aggregated storm claims numbers and a generic quote; no individual customer",
  frm=addr("schroeder"), to=[("Newsdesk Maritime Business Review", "newsdesk@maritime-review.example")],
  subject="Press release: Weserland expects EUR 14 million in claims from storm 'Jorinde'",
  date=(10, 10, 0), headers=OUTLOOK_EN,
  body="""PRESS RELEASE – Bremen, 10 March 2026

Weserland expects EUR 14 million in claims from storm "Jorinde"

Weserland Versicherung has received around 6,300 claims after storm "Jorinde" crossed
Northern Germany on 27 and 28 February. Most concern roofs, façades, fallen trees and
damaged vehicles. About 70 % of the claims have already been settled or an assessor appointed.

"Our field adjusters were on site within 48 hours in the worst-hit areas around Bremerhaven
and Cuxhaven," says Dr. Carsten Vahlsing, CEO. "Customers can report claims and upload photos
in our app; small claims up to EUR 2,500 are paid without an assessor."

Fortunately no serious injuries have been reported to us in connection with insured claims.

About Weserland: Founded in 1897 in Bremen, Weserland insures around 640,000 customers in
motor, property, liability, accident and supplementary health insurance. Weserland is part of
the Danish Skagerrak Group.

Press contact: Lena Schröder, +49 421 5570-1050, presse@weserland.example
""")

# 46 --------------------------------------------------------------- (N20) customer newsletter tick season
M("NORMAL", "de", "newsletter",
  "trap: customer newsletter about tick bites, TBE vaccination and what accident insurance pays – generic",
  frm=("Weserland Newsletter", me("newsletter")), to=[("Newsletter-Abonnenten", me("newsletter-verteiler"))],
  subject="Frühling im Garten: Zecken, Sturmschäden und Ihr Fahrrad",
  date=(10, 11, 0), headers=[("List-Unsubscribe", "<https://www.weserland.example/newsletter/abmelden>"),
                             ("Precedence", "bulk"), ("X-Mailer", "Weserland Mailing 2.0")],
  body="""Weserland Newsletter März 2026
Die Textversion – die bebilderte Ausgabe finden Sie unter https://www.weserland.example/newsletter

ZECKENSAISON: WAS TUN NACH EINEM BISS?
Zecken sind ab etwa 7 °C aktiv. Entfernen Sie eine Zecke möglichst schnell mit einer
Zeckenkarte oder Pinzette. Eine Wanderröte um die Einstichstelle kann auf Borreliose
hindeuten – dann bitte ärztlich abklären lassen. Gegen FSME schützt eine Impfung; die
Ständige Impfkommission empfiehlt sie in Risikogebieten.
Gut zu wissen: In unserem Tarif UnfallPlus 2026 sind Infektionen durch Zeckenbisse, also FSME
und Borreliose, mitversichert.

NACH DEM STURM: SCHÄDEN RICHTIG MELDEN
Fotos machen, Schaden begrenzen, Belege aufheben. Kleinschäden bis 2.500 EUR regulieren wir
ohne Gutachter.

FAHRRADSAISON
Ihr E-Bike ist in der Hausratversicherung nur mit Fahrradklausel gegen Diebstahl versichert.

Sie möchten den Newsletter nicht mehr erhalten? Abmelden:
https://www.weserland.example/newsletter/abmelden
Weserland Allgemeine Versicherung AG · Am Speicher 4 · 28217 Bremen
""")

# 47 --------------------------------------------------------------- (C14) baggage lost
IB_NDIAYE = iban("FR", "30004" + "00823" + "00012345678" + "06")
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "baggage claim payment to a named customer's French IBAN, claim and policy number (no health content)",
  frm=addr("grotheer"), to=[("Aminata Ndiaye", "aminata.ndiaye@courrier-mail.example")],
  subject="Your baggage claim RG-26-00187 – payment",
  date=(10, 13, 22), headers=OUTLOOK_EN,
  body=f"""Dear Ms Ndiaye,

the airline has confirmed that your suitcase (tag LH 712 044) was not found within 21 days.
Under your travel baggage policy RG-4471-2209 we pay the current value of the contents listed
in your claim form, less the airline's compensation:

  contents (current value)       EUR 1,240.00
  airline compensation (paid)    EUR -  600.00
  payment                        EUR    640.00

The amount will be transferred to your account {IB_NDIAYE} within the next few days.

Kind regards
Paula Grotheer
""" + sig("grotheer", "en"))

# 48 --------------------------------------------------------------- (S14) repatriation stroke
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "travel health: repatriation of a named insured after a stroke in Turkey, written to the wife",
  frm=addr("grotheer"), to=[("Gisela Brockmann", "gisela.brockmann@nordpost.example")],
  subject="Rücktransport Ihres Mannes aus Antalya – Fall RK-26-01044",
  date=(10, 15, 44), headers=OUTLOOK,
  body="""Sehr geehrte Frau Brockmann,

wie eben telefonisch besprochen fasse ich den Stand für Sie zusammen:

Ihr Mann, Herr Dieter Brockmann, wird nach seinem Schlaganfall (ischämischer Hirninfarkt,
I63.5) weiterhin auf der Stroke Unit des Akdeniz-Krankenhauses in Antalya behandelt. Die
behandelnden Ärzte halten ihn ab Donnerstag für transportfähig, liegend und mit ärztlicher
Begleitung.

Unser Assistance-Partner EuroAssist organisiert den Rücktransport mit einem Ambulanzflugzeug
nach Bremen am Freitag, 13.03.2026. Aufnahme im Klinikum Bremen-Mitte, Neurologie, ist
angefragt. Die Kosten übernehmen wir vollständig aus der Auslandsreisekrankenversicherung
(Vertrag RKV-8817-2051); auch Ihren Rückflug (Linie) übernehmen wir.

Ich melde mich morgen Vormittag wieder bei Ihnen.

Mit freundlichen Grüßen
Paula Grotheer
""" + sig("grotheer") + FOOT["kv"])

# 49 --------------------------------------------------------------- (N21) rejection template docx
M("NORMAL", "de", "internal",
  "trap: DOCX rejection letter template with «placeholders» for name, diagnosis and accident date – blank template",
  frm=addr("meyerdierks"), to=[("Team Unfall-Leistung", me("team-unfall"))],
  subject="Neue Textvorlage Ablehnung Invalidität (Fristversäumnis) – bitte ab sofort nutzen",
  date=(10, 16, 30), headers=OUTLOOK,
  body="""Hallo zusammen,

Recht & Compliance hat die Vorlage für Ablehnungen wegen versäumter Frist zur ärztlichen
Feststellung der Invalidität überarbeitet (BGH-Rechtsprechung zur Belehrungspflicht). Die
Vorlage liegt ab sofort im Textsystem unter UV-ABL-07; zur Info hängt sie als Word-Datei an.

Bitte die Felder in «» vollständig ersetzen und den Belehrungsabsatz nicht löschen.

Danke, Katrin
""" + sig("meyerdierks", short=True),
  att=[Att("Vorlage_UV-ABL-07_Fristversaeumnis.docx", make_docx([
      "# Vorlage UV-ABL-07 – Ablehnung Invaliditätsleistung (Fristversäumnis)",
      "«Anrede» «Vorname» «Nachname»",
      "«Straße» «Hausnummer», «PLZ» «Ort»",
      "Unfallversicherung «Vertragsnummer» – Unfall vom «Unfalldatum»",
      "«Anrede_Brief»,",
      "Sie haben uns mitgeteilt, dass Sie sich bei dem Unfall vom «Unfalldatum» «Verletzung/Diagnose» zugezogen haben.",
      "Nach den Versicherungsbedingungen muss die Invalidität innerhalb von 15 Monaten nach dem Unfall ärztlich festgestellt werden. Eine solche Feststellung liegt uns nicht vor.",
      "Auf diese Frist haben wir Sie mit Schreiben vom «Datum_Belehrung» hingewiesen.",
      "Wir können deshalb leider keine Invaliditätsleistung erbringen.",
      "«Grußformel»",
  ], "Vorlage UV-ABL-07", "Maren Osterloh"))])

# 50 --------------------------------------------------------------- (C15) dog surgery vet bill, grey
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "grey: dog surgery insurance – vet bill for the customer's dog (animal health), policy no. and payment; no human health data",
  frm=addr("heitmann"), to=[("Ralf Cordes", "ralf.cordes@nordpost.example")],
  subject="Erstattung Tierarztrechnung – Hund \"Bosse\", Vertrag TO-1140-0387",
  date=(11, 8, 15), headers=OUTLOOK,
  body="""Hallo Herr Cordes,

wir haben die Rechnung der Tierklinik Stuhr vom 26.02.2026 geprüft. Die Operation Ihres
Labradors Bosse (Kreuzbandriss hinten rechts, TPLO-Methode) ist über Ihre Hunde-OP-Versicherung
versichert.

Rechnungsbetrag (GOT, 2-facher Satz): 2.846,30 EUR
Selbstbeteiligung 20 %:                -569,26 EUR
Erstattung:                           2.277,04 EUR

Die Nachbehandlung (Physiotherapie für Hunde) ist im Tarif OP-Basis leider nicht enthalten.
Die Zahlung erfolgt auf Ihr hinterlegtes Konto.

Gute Besserung an Bosse!
Jana Heitmann
""" + sig("heitmann"))
# 51 --------------------------------------------------------------- (S15) trip cancellation due to illness
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "travel cancellation due to a named customer's illness (pneumonia), request for a medical certificate",
  frm=addr("grotheer"), to=[("Heinz-Werner Ahlers", "hw.ahlers@webpost.example")],
  subject="Ihre Reiserücktrittsmeldung RR-26-00455",
  date=(11, 9, 40), headers=OUTLOOK,
  body="""Sehr geehrter Herr Ahlers,

vielen Dank für Ihre Meldung. Sie haben die Kreuzfahrt "Norwegische Fjorde" (Abfahrt
21.03.2026) storniert, weil bei Ihnen eine Lungenentzündung festgestellt wurde und Ihr
Hausarzt Ihnen von der Reise abgeraten hat.

Damit wir die Stornokosten von 2.190,00 EUR aus Ihrer Reiserücktrittsversicherung erstatten
können, benötigen wir noch das "Reiserücktritts-Attest" Ihres Arztes (Vordruck anbei im
Kundenpostfach) mit Angabe des Erkrankungsbeginns und der Diagnose. Das Attest ist nur für
unsere Leistungsprüfung bestimmt.

Gute Besserung!

Mit freundlichen Grüßen
Paula Grotheer
""" + sig("grotheer"))

# 52 --------------------------------------------------------------- (N22) auditor request list
M("NORMAL", "en", "insurer-to-partner",
  "trap: audit request list on claims reserves and health benefits sample criteria; no individual data",
  frm=addr("nowak"), to=[("Hannah Kirby", "hannah.kirby@harbour-audit.example")],
  subject="RE: Interim audit 2026 - PBC list claims reserves",
  date=(11, 11, 5), headers=OUTLOOK_EN,
  body="""Hi Hannah,

thanks for the PBC list. Status per item:

 PBC-01 claims triangles motor/property/liability - in the data room (folder 03)
 PBC-02 IBNR methodology note - Actuarial will upload by 13 March
 PBC-03 sample of 40 paid health claims - we will prepare the files in our office; as agreed,
        your team reviews medical invoices only on site and does not take copies
 PBC-04 large-loss list > EUR 500k - in the data room, claim numbers only
 PBC-05 reinsurance recoveries - Jonas Behrens will send the statements

For the on-site days (23-25 March) we have booked room 4.02.

Best regards
Marta
""" + sig("nowak", "en"), charset="us-ascii", cte="7bit")

# 53 --------------------------------------------------------------- (N23) new colleague & birthday breakfast
M("NORMAL", "de", "internal",
  "trap: grey: welcome of a new colleague and a birthday breakfast – names, no birth date, no health or private data",
  frm=addr("bruns"), to=[("Team Schaden Sach", me("team-sach"))],
  subject="Neue Kollegin + Frühstück am Freitag 🎂",
  date=(11, 12, 2), headers=OUTLOOK, cte="8bit",
  body="""Hallo ihr Lieben,

zwei gute Nachrichten:

1. Ab Montag verstärkt uns Dörte Ulrichs, die aus der Kfz-Schadenabteilung zu uns wechselt.
   Sie übernimmt die Postleitzahlen 27 und 28 von Jens. Bitte nehmt sie gut auf!

2. Jens hat am Freitag Geburtstag (wie alt, verrät er nicht 😉). Wir machen um 9:30 ein
   Frühstück in der Teeküche. Liste für Mitbringsel hängt am Kühlschrank – Brötchen sind
   schon vergeben.

Liebe Grüße
Merle
""")

# 54 --------------------------------------------------------------- (C16) broker quoted, SF class and birth date
M("CONFIDENTIAL", "de", "broker",
  "forwarded broker mail: named customer's birth date, previous insurer and SF class request; data only in the forwarded part",
  frm=addr("albers"), to=[addr("gerdes")],
  subject="WG: Anfrage SF-Übernahme Kunde Meyer-Oltrogge",
  date=(11, 13, 30), headers=OUTLOOK,
  body="""Tim, kannst du das bitte übernehmen? Ich bin bis Freitag im Außendienst.
Danke! Thorsten

________________________________
Von: Jens Ehlers <jens@makler-ehlers.example>
Gesendet: Mittwoch, 11. März 2026 10:17
An: Albers, Thorsten <thorsten.albers@weserland.example>
Betreff: Anfrage SF-Übernahme Kunde Meyer-Oltrogge

Moin Herr Albers,

mein Kunde Henning Meyer-Oltrogge, geb. 23.09.1986, Hauptstraße 14, 27798 Hude, möchte seinen
Audi A4 (OL-HM 860) zum 01.04. zu Ihnen umdecken. Vorversicherer ist die Nordsee Versicherung,
Vertrag 882-19-44710, SF 14 in KH und VK, ein Schaden 2024 (Glas, zählt nicht).
Zusätzlich soll seine Frau Lisa als Fahrerin eingetragen werden, geb. 02.02.1988.

Können Sie mir die Vorversicherer-Anfrage anstoßen und ein Angebot machen?

Gruß aus Hude
Jens Ehlers
Versicherungsmakler Jens Ehlers e.K.
""")

# 55 --------------------------------------------------------------- (S16) request to doctor: pregnancy complication
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "request to a gynaecologist for a certificate on a named customer's pregnancy complication for travel cancellation",
  frm=addr("grotheer"), to=[("Dr. Miriam Achterberg", "praxis@frauenaerztin-achterberg.example")],
  subject="Travel cancellation – your patient Ms Laura Bennett (DOB 11/07/1992) – certificate",
  date=(11, 15, 18), headers=OUTLOOK_EN,
  body="""Dear Dr. Achterberg,

your patient Ms Laura Bennett, born 11/07/1992, has cancelled a long-haul trip to Thailand
(departure 02/04/2026) and claims under her travel cancellation policy with us. According to
her, you advised against the trip because of a threatened miscarriage (O20.0) in week 11 of
her pregnancy and prescribed bed rest.

Ms Bennett has released you from medical confidentiality for this purpose (declaration
attached to our letter sent by post). Could you please confirm on the enclosed form
 - the date of the first diagnosis,
 - that travel was medically inadvisable on the departure date.

Your fee according to GOÄ no. 70 will be reimbursed.

Yours sincerely
Paula Grotheer
""" + sig("grotheer", "en") + FOOT["en"])

# 56 --------------------------------------------------------------- (N24) OCR vendor ticket
M("NORMAL", "en", "insurer-to-supplier",
  "trap: vendor ticket about OCR misreading the document class 'doctor's invoice' using synthetic samples only",
  frm=addr("westermann"), to=[("Claimsoft Support", "support@claimsoft.example")],
  subject="Ticket CS-55812: document class DOCTOR_INVOICE confidence drop after release 7.3",
  date=(12, 8, 55), headers=OUTLOOK_EN,
  body="""Hello support team,

since release 7.3 (installed 5 March) the classifier confidence for the document class
DOCTOR_INVOICE dropped from ~0.94 to ~0.61 on average, so most incoming doctors' and dentists'
invoices go to the manual queue. HOSPITAL_INVOICE and PRESCRIPTION are not affected.

What we checked:
 - the model file hash matches your release notes
 - the issue is reproducible with your own synthetic sample set "de_invoice_samples_v4"
   (samples 001-050), so no customer documents need to be shared
 - log excerpt: "feature extractor: GOAE_TABLE not found, fallback=layout"

Could you please check whether the GOÄ table detection was changed? Priority: high, as
processing times in Health Benefits are going up.

Regards
Finn Westermann
""" + sig("westermann", "en"), charset="windows-1252", cte="quoted-printable")

# 57 --------------------------------------------------------------- (C17) fleet renewal with driver CSV
_drivers = make_csv([["Fahrer-ID", "Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Kennzeichen", "Schäden 3J"],
                     ["F01", "Abbas", "Karim", "1984-05-19", "2002", "HB-FL 101", "0"],
                     ["F02", "Borchers", "Nele", "1991-08-30", "2009", "HB-FL 102", "1"],
                     ["F03", "Claußen", "Jörn", "1966-01-04", "1984", "HB-FL 103", "0"],
                     ["F04", "Demir", "Aylin", "2001-12-12", "2019", "HB-FL 104", "2"],
                     ["F05", "Ehlerding", "Sven", "1975-03-27", "1993", "HB-FL 105", "0"]])
M("CONFIDENTIAL", "en", "insurer-to-company",
  "fleet renewal: CSV driver list with names and birth dates of a company's employees (attachment only)",
  frm=addr("stelljes"), to=[("Henrik Sørensen", "henrik.sorensen@fjordline-logistics.example")],
  subject="Fleet policy FL-2026-118 renewal – driver list for review",
  date=(12, 10, 10), headers=OUTLOOK_EN,
  body="""Dear Mr Sørensen,

for the renewal of your fleet policy on 1 May we need the current named-driver list confirmed.
Attached is the list we have on file (windows-1252 CSV, opens in Excel). Please mark leavers and
add new drivers with their licence date.

The loss ratio of the fleet was 61 % last year, so we can keep the premium stable if the
driver structure does not change materially.

Best regards
Marco Stelljes
""" + sig("stelljes", "en") + FOOT["en"],
  att=[Att("driver_list_FL-2026-118.csv", _drivers, ctype="text/csv", charset="windows-1252", cte="quoted-printable")])

# 58 --------------------------------------------------------------- (S17) group accident employer, en
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
  "group accident: informs the employer about a named employee's payment with injury details (concussion, hospital stay)",
  frm=addr("meyerdierks"), to=[("HR – Fjordline Logistics", "hr@fjordline-logistics.example")],
  subject="Group accident GU-7710 – hospital cash paid for Ms Jana Wolters",
  date=(12, 11, 48), headers=OUTLOOK_EN,
  body="""Dear Mr Sørensen,

as the policyholder of the group accident insurance GU-7710 you asked us for a short update:

We have paid the hospital daily benefit for your employee Ms Jana Wolters (staff no. 0881)
for her inpatient stay from 16 to 19 February 2026 after the bicycle accident on her way home
(concussion, S06.0, and a laceration of the forehead). 4 days x EUR 50 = EUR 200 were paid to
Ms Wolters directly.

No permanent impairment is expected; the claim is closed unless Ms Wolters reports further
consequences within the policy periods.

Kind regards
Katrin Meyerdierks
""" + sig("meyerdierks", "en"))

# 59 --------------------------------------------------------------- (N25) claims KPI CSV
_kpi = make_csv([["Sparte", "Neue Schäden Feb", "Erledigt Feb", "Offen Ende Feb", "Ø Laufzeit Tage", "Zahlungen Feb EUR"],
                 ["Kfz-Haftpflicht", 1412, 1388, 2911, 41, 3221900],
                 ["Kfz-Kasko", 2210, 2301, 1604, 19, 4408700],
                 ["Wohngebäude", 4970, 2116, 5830, 27, 6102300],
                 ["Hausrat", 611, 644, 502, 16, 488100],
                 ["Privathaftpflicht", 388, 402, 1210, 55, 512800],
                 ["Unfall", 97, 101, 688, 122, 1402200],
                 ["Reise", 143, 150, 96, 12, 98800]])
M("NORMAL", "de", "internal",
  "trap: monthly claims KPI report as CSV with counts and totals per line incl. accident; aggregates only",
  frm=addr("oltmanns"), to=[("Leitung Schaden", me("leitung-schaden"))],
  subject="Schaden-KPIs Februar 2026 (CSV)",
  date=(12, 14, 0), headers=OUTLOOK,
  body="""Hallo zusammen,

anbei die KPIs Februar. Auffällig ist natürlich Wohngebäude (Sturm Jorinde, ca. 3.100 der
neuen Schäden). Die Laufzeit Unfall steigt weiter, weil viele Invaliditätsfälle auf Gutachten
warten.

Die Datei ist aus dem Data Warehouse exportiert (Stand 02.03., 06:00).

Gruß
Jannik
""",
  att=[Att("schaden_kpi_2026-02.csv", _kpi, ctype="text/csv", charset="utf-8", cte="quoted-printable")])

# 60 --------------------------------------------------------------- (S18) BEM invitation
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "HR: invitation of a named employee to occupational reintegration management after more than six weeks of sick leave",
  frm=addr("luedemann"), to=[("Jens Wöltjen", me("jens.woeltjen"))],
  subject="Einladung zum Gespräch – Betriebliches Eingliederungsmanagement",
  date=(12, 15, 30), headers=OUTLOOK,
  body="""Lieber Herr Wöltjen,

Sie waren in den letzten zwölf Monaten insgesamt 47 Arbeitstage arbeitsunfähig erkrankt, davon
seit dem 12.01.2026 durchgehend. Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein
Betriebliches Eingliederungsmanagement (BEM) an.

Ziel ist es, gemeinsam zu überlegen, wie Ihre Arbeitsfähigkeit wiederhergestellt und erhalten
werden kann – z. B. durch eine stufenweise Wiedereingliederung, angepasste Arbeitszeiten oder
einen anderen Arbeitsplatz. Die Teilnahme ist freiwillig. Über Diagnosen müssen Sie nicht
sprechen; was Sie uns mitteilen, wird in einer gesonderten BEM-Akte und nicht in der
Personalakte aufbewahrt.

Ich schlage Dienstag, 24.03.2026, 10:00 Uhr vor (Raum 1.12). Auf Wunsch nehmen ein Mitglied
des Betriebsrats und/oder die Schwerbehindertenvertretung teil.

Herzliche Grüße
Anja Lüdemann
""" + sig("luedemann"))
# 61 --------------------------------------------------------------- (N26) bank SEPA process, company account
M("NORMAL", "de", "insurer-to-partner",
  "trap: grey: SEPA process change with the insurer's own company collection account IBAN and creditor ID; no natural person",
  frm=addr("nowak"), to=[("Firmenkundenbetreuung Hansabank", "firmenkunden@hansabank.example")],
  subject="Umstellung Lastschrifteinreichung auf EBICS 3.0 – Konto Weserland Beitragseinzug",
  date=(13, 9, 5), headers=OUTLOOK,
  body=f"""Sehr geehrter Herr Stührmann,

wie besprochen stellen wir die Einreichung unserer SEPA-Basislastschriften zum 01.05.2026 auf
EBICS 3.0 um. Betroffen ist unser Beitragseinzugskonto:

  Kontoinhaber: Weserland Allgemeine Versicherung AG
  IBAN: {IB_WESER_OWN}
  Gläubiger-ID: DE98ZZZ09999999999

Monatliches Volumen ca. 410.000 Lastschriften, Haupteinreichung jeweils am 25. Bitte senden
Sie uns die neuen INI-/HIA-Briefe an die Finanzbuchhaltung (z. Hd. Frau Nowak). Die
Rücklastschriften sollen weiterhin als camt.054 bereitgestellt werden.

Mit freundlichen Grüßen
Marta Nowak
""" + sig("nowak") + FOOT["de"])

# 62 --------------------------------------------------------------- (C18) glass breakage HTML only
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "HTML-only mail with table: glass claim of a named tenant with policy, claim number and address",
  frm=addr("bruns"), to=[("Svea Lührs", "svea.luehrs@webpost.example")],
  subject="Glasbruchschaden GL-26-000734 – Abrechnung",
  date=(13, 10, 20), headers=OUTLOOK, html_only=True, charset="windows-1252", cte="quoted-printable",
  html=html_wrap("""<p>Sehr geehrte Frau Lührs,</p>
<p>vielen Dank für die Rechnung der Glaserei Kück. Ihren Schaden vom 01.03.2026 in der Wohnung
Osterstraße 19, 28199 Bremen, rechnen wir aus Ihrer Glasversicherung GL-2208-41190 wie folgt ab:</p>
""" + html_table([["Position", "Betrag"],
                  ["Ceranfeld Kochmulde (Ersatz)", "489,00 EUR"],
                  ["Montage und Anfahrt", "96,50 EUR"],
                  ["Entsorgung", "12,00 EUR"],
                  ["Summe / Erstattung (keine Selbstbeteiligung)", "597,50 EUR"]]) + """
<p>Die Überweisung erfolgt an die Glaserei, da Sie uns die Abtretung erteilt haben.</p>
<p>Freundliche Grüße<br>Merle Bruns<br>Schadenregulierung Sach</p>""").replace('charset="utf-8"', 'charset="windows-1252"'))

# 63 --------------------------------------------------------------- (S19) HR long-term sickness to manager
M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "HR to manager: named employee's long-term sickness, graded return to work after surgery (staff health data)",
  frm=addr("luedemann"), to=[addr("harms")],
  subject="Graded return to work – Ben Kühne",
  date=(13, 11, 35), headers=OUTLOOK_EN,
  body="""Hi Daniel,

quick update on Ben Kühne: his doctor has sent the graded return-to-work plan (Hamburg model)
after his spinal surgery in January. Starting 23 March:

  weeks 1-2: 3 hours/day, no travel
  weeks 3-4: 5 hours/day
  from 20 April: full time, if the neurosurgeon agrees at the check-up

He must not lift more than 10 kg for the time being, so please don't send him to the survey in
Bremerhaven. During the reintegration he still receives sick pay from his health insurer, not
salary from us.

Please keep this to yourself – the team only needs to know that Ben is back part-time.

Thanks
Anja
""" + sig("luedemann", "en"))

# 64 --------------------------------------------------------------- (N27) phishing warning
M("NORMAL", "en", "internal",
  "trap: IT security warning about phishing mails pretending to be 'medical reports' and 'IBAN changes'; no real person",
  frm=("IT Security Weserland", me("it-security")), to=[("All staff Weserland", me("alle-mitarbeitenden"))],
  subject="WARNING: phishing wave \"Your medical report is ready\" / \"IBAN change request\"",
  date=(13, 12, 10), headers=OUTLOOK_EN,
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p style="color:#b00000"><b>Phishing warning</b></p>
<p>Since this morning we see mails with the subjects <i>"Your medical report is ready"</i> and
<i>"Urgent: IBAN change request for payout"</i>. The sender pretends to be a clinic or a broker
and links to <code>https://login-weserland-secure.example/portal</code> - this is NOT our
portal.</p>
<ul><li>Do not click, do not open the ZIP attachment "Befund_2026.zip".</li>
<li>Use the button "Report phishing" in Outlook.</li>
<li>Never change a customer's bank details because of an e-mail alone - call back on the number on file.</li></ul>
<p>IT Security</p></body></html>
""",
  body="""PHISHING WARNING

Since this morning we see mails with the subjects "Your medical report is ready" and
"Urgent: IBAN change request for payout". The sender pretends to be a clinic or a broker
and links to https://login-weserland-secure.example/portal - this is NOT our portal.

* Do not click, do not open the ZIP attachment "Befund_2026.zip".
* Use the button "Report phishing" in Outlook.
* Never change a customer's bank details because of an e-mail alone - call back on the
  number on file.

IT Security
""", charset="us-ascii", cte="7bit", html_cte="7bit")

# 65 --------------------------------------------------------------- (C19) collections list zip
_dun = make_csv([["Vertrag", "Sparte", "Name", "Anschrift", "Rückstand EUR", "Mahnstufe", "IBAN", "Rücklastschrift-Grund"],
                 ["KF-7731-005990", "Kfz", "Dierks, Ulf", "Am Deich 3, 27749 Delmenhorst", "227,65", "2", iban("DE", "28050100" + "0033412987"), "MD06"],
                 ["HR-2209-71120", "Hausrat", "Pohl, Annegret", "Bürgerweide 7, 28209 Bremen", "58,20", "1", iban("DE", "29050101" + "0019988776"), "AM04"],
                 ["WG-4410-199024", "Wohngebäude", "Schnakenberg, Tjark", "Dorfstr. 2, 27726 Worpswede", "1.104,90", "3", iban("DE", "29152670" + "0020044117"), "AC04"],
                 ["PH-5512-28770", "Privathaftpflicht", "Yilmaz, Cem", "Hastedter Heerstr. 90, 28207 Bremen", "64,10", "1", iban("DE", "25190001" + "0711200340"), "MS03"]])
M("CONFIDENTIAL", "en", "internal",
  "ZIP with a CSV dunning list: names, addresses, arrears and IBANs of P&C customers (attachment only, inside ZIP)",
  frm=addr("wuebbe"), to=[("Collections Shared Service", me("collections-ssc"))],
  subject="Dunning run March – returned debits for manual follow-up",
  date=(13, 14, 25), headers=OUTLOOK_EN,
  body="""Hello colleagues,

attached is the list of returned direct debits from the March run that need manual follow-up
(only non-personal lines; health and accident go via the KV team as usual). Password for the
ZIP as always by phone.

Please call the customers before level 3 letters go out, especially the buildings contract.

Best
Gerrit
""" + sig("wuebbe", "en"),
  att=[Att("returned_debits_2026-03.zip", zbuild([("returned_debits_2026-03.csv", _dun.encode("utf-8")),
                                                   ("readme.txt", "Export Inkasso 2026-03-13, 4 records, separator ;\r\n")]))])

# 66 --------------------------------------------------------------- (S20) union membership
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "special category: list of employees whose trade-union dues are deducted from salary (union membership)",
  frm=addr("luedemann"), to=[addr("nowak")],
  subject="Beitragsabzug Gewerkschaft – Änderungen ab April",
  date=(16, 9, 12), headers=OUTLOOK,
  body="""Hallo Marta,

für den Entgeltlauf April bitte folgende Änderungen beim Abzug der ver.di-Mitgliedsbeiträge
berücksichtigen (Einzugsermächtigungen liegen in der Personalakte):

neu:
  10233 Janssen, Frauke        1 % vom Brutto
  10519 Tammen, Ole            1 % vom Brutto
beendet (Austritt):
  10087 Rosebrock, Heike       letzter Abzug März

Die Liste bitte nicht an die Teamleitungen geben – Gewerkschaftszugehörigkeit ist ein
besonders geschütztes Datum.

Danke
Anja
""" + sig("luedemann"))

# 67 --------------------------------------------------------------- (N28) assessor fee table
M("NORMAL", "de", "insurer-to-supplier",
  "trap: new fee schedule for the motor assessor network with amounts and 'Personenschaden' mention; no case",
  frm=addr("oltmanns"), to=[("Sachverständigennetz Nord", "netz@kfz-sv-nord.example")],
  subject="Honorartableau 2026 für Partner-Sachverständige",
  date=(16, 10, 0), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

zum 01.04.2026 passen wir das Honorartableau für Haftpflicht- und Kaskogutachten an:

Schadenhöhe netto bis   Grundhonorar
   1.000 EUR               295 EUR
   2.500 EUR               412 EUR
   5.000 EUR               548 EUR
  10.000 EUR               706 EUR
  25.000 EUR               958 EUR
Fotos pauschal 2,50 EUR/Stück, Fahrtkosten 0,70 EUR/km ab 20 km.

Gutachten bei Unfällen mit Personenschaden bitte weiterhin ohne Angaben zu Verletzungen der
Beteiligten – diese gehören nicht ins Fahrzeuggutachten.

Mit freundlichen Grüßen
Jannik Oltmanns
""" + sig("oltmanns") + FOOT["de"])

# 68 --------------------------------------------------------------- (C20) registration office notice
M("CONFIDENTIAL", "de", "insurer-to-authority",
  "notice to the vehicle registration office that motor cover of a named keeper ended (§ 25 FZV): name, address, plate, VIN",
  frm=addr("gerdes"), to=[("Zulassungsstelle Bremen", "zulassung@buergeramt-bremen.example")],
  subject="Anzeige nach § 25 Abs. 1 FZV – HB-XK 4419",
  date=(16, 11, 20), headers=[("X-Mailer", "Weserland Kfz-Betrieb GDV-Meldung 1.8")],
  charset="iso-8859-1", cte="quoted-printable",
  body="""Anzeige über das Nichtbestehen oder die Beendigung des Versicherungsverhältnisses
(§ 25 Abs. 1 Fahrzeug-Zulassungsverordnung)

Versicherer:           Weserland Allgemeine Versicherung AG, VU-Nr. 5577
Halter:                Kevin Siemering, Waller Heerstraße 201, 28219 Bremen
Amtl. Kennzeichen:     HB-XK 4419
Fahrzeug-Ident-Nr.:    WVWZZZAUZKW118834
Versicherungsschein:   KF-7732-221907
Versicherungsschutz beendet am: 14.03.2026, 24:00 Uhr
Grund:                 Beitragsverzug (§ 38 VVG), Kündigung vom 26.02.2026

Diese Anzeige wurde maschinell erstellt und ist ohne Unterschrift gültig.
Weserland Allgemeine Versicherung AG, Kfz-Betrieb, Am Speicher 4, 28217 Bremen
""")

# 69 --------------------------------------------------------------- (S21) beneficiary change term life
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "term life (partner insurer): beneficiary change for a named insured – life contract details, no medical word",
  frm=addr("rohlfs"), to=[("Björn Gerken", "bjoern.gerken@nordpost.example")],
  subject="Ihre Risikolebensversicherung 880-3321457 – Änderung des Bezugsrechts",
  date=(16, 13, 45), headers=OUTLOOK,
  body="""Sehr geehrter Herr Gerken,

Ihren Antrag auf Änderung des Bezugsrechts hat unser Kooperationspartner, die Hafenkontor
Lebensversicherung AG, umgesetzt:

Versicherungsnummer:   880-3321457 (Risikolebensversicherung, Versicherungssumme 250.000 EUR)
Versicherte Person:    Björn Gerken
bisher bezugsberechtigt: Katrin Gerken (geschiedene Ehefrau), widerruflich
neu bezugsberechtigt:  Mareike Tönjes, geb. 30.04.1989 (Lebensgefährtin), widerruflich

Der Nachtrag zum Versicherungsschein kommt per Post. Bitte denken Sie daran, dass das
Bezugsrecht nicht durch Testament, sondern nur durch Erklärung gegenüber dem Versicherer
geändert werden kann.

Mit freundlichen Grüßen
Sebastian Rohlfs
""" + sig("rohlfs") + FOOT["de"])

# 70 --------------------------------------------------------------- (N29) ICS large loss meeting en
M("NORMAL", "en", "internal",
  "trap: calendar invitation for the quarterly large-loss review; agenda mentions accident and liability claims generically",
  frm=addr("behrens"), to=[addr("harms"), addr("hinrichs"), addr("meyerdierks"), addr("ahlers")],
  subject="Invitation: Quarterly large-loss review Q1 (Skagerrak reporting)",
  date=(16, 14, 50), headers=OUTLOOK_EN,
  body="""Hi all,

invitation for the quarterly large-loss review before the group reporting deadline.

Agenda
1. New large losses > EUR 500k (property, marine, accident, liability) – claim numbers only
2. Reserve movements and reinsurance recoveries
3. Storm Jorinde – event aggregation for the cat XL
4. Any other business

Please bring your lists; no case files needed.

Jonas
""",
  att=[Att("invite.ics", make_ics("20260326T1000-llr-q1@weserland.example", "Quarterly large-loss review Q1",
                                 "20260326T100000", "20260326T113000", "Room 4.01 / Teams",
                                 "Agenda: new large losses, reserve movements, storm Jorinde aggregation",
                                 ("Jonas Behrens", me("jonas.behrens")),
                                 [("Daniel Harms", me("daniel.harms")), ("Ole Hinrichs", me("ole.hinrichs")),
                                  ("Katrin Meyerdierks", me("katrin.meyerdierks")), ("Friederike Ahlers", me("friederike.ahlers"))]),
              ctype="text/calendar", cte="7bit")])

# 71 --------------------------------------------------------------- (C21) storm loss adjuster ICS
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "storm claim: adjuster appointment for a named customer's house; address and claim no. in body and ICS",
  frm=addr("jacobs"), to=[("Graham Holt", "graham.holt@mailhub.example")],
  subject="Storm damage claim WG-26-011903 – inspection on 18 March",
  date=(16, 16, 5), headers=OUTLOOK_EN,
  body="""Dear Mr Holt,

I am the field adjuster handling your storm claim WG-26-011903 (roof and carport at
Am Lehester Deich 61, 28357 Bremen). I would like to inspect the damage on Wednesday,
18 March, at 10:30. An invitation is attached – please accept or suggest another time.

If the roofer's temporary repair has already been done, please keep the invoice and the
photos.

Best regards
Hendrik Jacobs
""" + sig("jacobs", "en", mobile="+49 171 2209-118"),
  att=[Att("inspection_WG-26-011903.ics", make_ics("wg26011903-besichtigung@weserland.example",
                                                  "Inspection storm damage WG-26-011903 (Holt)",
                                                  "20260318T103000", "20260318T113000",
                                                  "Am Lehester Deich 61, 28357 Bremen",
                                                  "Policyholder: Graham Holt, buildings policy WG-4410-308812. Roof, carport.",
                                                  ("Hendrik Jacobs", me("hendrik.jacobs")),
                                                  [("Graham Holt", "graham.holt@mailhub.example")]),
              ctype="text/calendar", cte="quoted-printable")])

# 72 --------------------------------------------------------------- (S22) bAV pension statement
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "company pension (direct insurance via partner life insurer): named employee's contract, contributions and projected pension",
  frm=addr("rohlfs"), to=[("Ewan Gallagher", me("ewan.gallagher"))],
  subject="Your company pension (Direktversicherung) – annual statement 2025",
  date=(17, 9, 20), headers=OUTLOOK_EN,
  body="""Dear Ewan,

as promised, here is a short English summary of your annual statement for the company pension
scheme (the German statement from Hafenkontor Leben is in your HR mailbox):

  Contract no.:                  BAV-880-7719204 (Direktversicherung, § 3 no. 63 EStG)
  Deferred compensation 2025:    EUR 3,000.00 (EUR 250 per month)
  Employer subsidy (15 %):       EUR 450.00
  Guaranteed capital at 67:      EUR 96,412
  Projected monthly pension:     EUR 412 (guaranteed) / EUR 538 (incl. projected surplus)
  Beneficiary on death:          spouse

You can increase the conversion from 1 July; let me know if you want a quote.

Best regards
Sebastian Rohlfs
""" + sig("rohlfs", "en"))

# 73 --------------------------------------------------------------- (N30) expat product launch
M("NORMAL", "en", "newsletter",
  "trap: broker newsletter launching an international health plan; benefits like maternity, psychotherapy, MRI – product only",
  frm=("Weserland Global Health", me("globalhealth")), to=[("Broker partners", me("broker-news-en"))],
  subject="New: Weserland Global Health 2026 – now with mental health cover from day one",
  date=(17, 10, 0), headers=[("List-Unsubscribe", "<https://makler.weserland.example/unsubscribe>"), ("Precedence", "bulk")],
  html=html_wrap("""<h1>Weserland Global Health 2026</h1>
<p>Dear partners,</p><p>from 1 April our international health plan for expatriates comes with:</p>
<ul><li>outpatient psychotherapy from day one (25 sessions/year, no pre-authorisation for the first 5)</li>
<li>maternity cover after 10 months (previously 12)</li>
<li>MRI/CT without pre-authorisation in our network</li>
<li>medical evacuation and repatriation worldwide</li></ul>
<p>Underwriting: short health questionnaire, moratorium option for groups of 5+.</p>
<p><a href="https://makler.weserland.example/globalhealth">Product sheet and rates</a></p>
<p>Weserland Krankenversicherung AG · Bremen</p>""", "en"),
  body="""Weserland Global Health 2026

Dear partners,

from 1 April our international health plan for expatriates comes with:
- outpatient psychotherapy from day one (25 sessions/year, no pre-authorisation for the first 5)
- maternity cover after 10 months (previously 12)
- MRI/CT without pre-authorisation in our network
- medical evacuation and repatriation worldwide

Underwriting: short health questionnaire, moratorium option for groups of 5+.

Product sheet and rates: https://makler.weserland.example/globalhealth

Weserland Krankenversicherung AG, Bremen
Unsubscribe: https://makler.weserland.example/unsubscribe
""")

# 74 --------------------------------------------------------------- (C22) fire damage assessor order
M("CONFIDENTIAL", "de", "insurer-to-supplier",
  "assessor order for a fire damage: named policyholder, address, policy, sum insured; nobody injured",
  frm=addr("bruns"), to=[("Ing.-Büro Hoyer & Lampe", "auftrag@sv-hoyer-lampe.example")],
  subject="Gutachterauftrag Brandschaden WG-26-012277 – Rotdornallee 5, Lilienthal",
  date=(17, 11, 10), headers=OUTLOOK,
  body="""Sehr geehrter Herr Hoyer,

wir beauftragen Sie mit der Feststellung des Brandschadens vom 15.03.2026:

Versicherungsnehmer:  Eheleute Frank und Sabine Wöbse, Tel. 04298 8817-20
Risikoort:            Rotdornallee 5, 28865 Lilienthal (Einfamilienhaus, Bj. 1994)
Vertrag:              WG-4410-117392, gleitender Neuwert, Wert 1914: 26.400 Mark
Ursache lt. Feuerwehr: Brand im Hauswirtschaftsraum, vermutlich Wäschetrockner
Personenschäden:      keine; die Familie ist vorübergehend bei Verwandten untergebracht

Bitte nehmen Sie Kontakt mit den Versicherungsnehmern auf und prüfen Sie auch
Hotelkosten/Mietausfall und Aufräumkosten. Die Hausratversicherung liegt bei einem anderen
Versicherer.

Mit freundlichen Grüßen
Merle Bruns
""" + sig("bruns") + FOOT["de"])

# 75 --------------------------------------------------------------- (S23) credit protection AU claim
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "credit protection insurance (life/disability, partner insurer): incapacity claim with sick note and diagnosis for a named borrower",
  frm=addr("rohlfs"), to=[("Marco Heuer", "marco.heuer@webpost.example")],
  subject="Restschuldversicherung zum Darlehen 7003318812 – Leistungsantrag Arbeitsunfähigkeit",
  date=(17, 14, 15), headers=OUTLOOK, cte="base64",
  body="""Sehr geehrter Herr Heuer,

Ihren Leistungsantrag aus der Restschuldversicherung (Versicherungsnummer RSV-880-441902,
Darlehen 7003318812 bei der Hansabank) haben wir erhalten.

Nach der Bescheinigung Ihres Orthopäden sind Sie seit dem 19.01.2026 wegen eines
Bandscheibenvorfalls L5/S1 (M51.2) arbeitsunfähig. Die Karenzzeit von 6 Wochen ist am
01.03.2026 abgelaufen. Ab März übernehmen wir die monatliche Darlehensrate von 486,20 EUR,
solange die Arbeitsunfähigkeit ärztlich nachgewiesen ist.

Bitte senden Sie uns jeweils zum Monatsende eine Folgebescheinigung. Die Zahlung geht direkt
an die Hansabank.

Mit freundlichen Grüßen
Sebastian Rohlfs
""" + sig("rohlfs") + FOOT["de"])
# 76 --------------------------------------------------------------- (N31) DPIA docx en
M("NORMAL", "en", "insurer-to-partner",
  "trap: DPIA draft (DOCX) for OCR of medical invoices sent to the group DPO; describes data categories, no real data",
  frm=addr("poppe"), to=[("Mette Kjærgaard", "mette.kjaergaard@skagerrak-group.example")],
  subject="DPIA draft – OCR and auto-classification of medical invoices (Weserland Kranken)",
  date=(17, 15, 30), headers=OUTLOOK_EN,
  body="""Dear Mette,

as agreed in the group privacy forum, attached is our DPIA draft for the OCR and
auto-classification of medical invoices in Weserland Krankenversicherung. It follows the
group template v2.1. Main open point: the processor's sub-processor for model training –
we have excluded any use of our documents for training.

I would be grateful for comments by 27 March.

Kind regards
Ilka
""" + sig("poppe", "en"),
  att=[Att("DPIA_OCR_medical_invoices_draft_v0.3.docx", make_docx([
      "# DPIA – OCR and auto-classification of medical invoices",
      "Controller: Weserland Krankenversicherung AG. Processor: Claimsoft Solutions Ltd (EU hosting).",
      "# 1. Description of processing",
      "Scanned invoices of doctors, dentists, hospitals and pharmacies are classified, amounts and GOÄ/GOZ positions are extracted.",
      "Data categories: identification data of insured persons, contract numbers, health data (diagnoses, ICD-10 codes, treatments), bank data for reimbursement.",
      "Data subjects: approx. 38,000 insured persons and treating professionals.",
      "# 2. Necessity and proportionality",
      "Legal basis Art. 9(2)(f) and (h) GDPR with § 22 BDSG; consent declaration of insured persons under § 213 VVG where required.",
      "# 3. Risks",
      "Misclassification leading to wrong payment; unauthorised access by processor staff; transfer outside the EU.",
      "# 4. Measures",
      "Encryption at rest and in transit, role-based access, no training on customer documents, deletion after 30 days in the processing zone.",
  ], table=[["Risk", "Likelihood", "Severity", "Residual"], ["Unauthorised access", "low", "high", "medium"],
            ["Wrong payment", "medium", "low", "low"], ["Third-country transfer", "low", "high", "low"]],
      title="DPIA OCR medical invoices", author="Dr. Ilka Poppe"))])

# 77 --------------------------------------------------------------- (C23) sole trader liability windows-1252
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "commercial liability of a sole-trader painter (natural person): claim number, damage at a client's flat; property only (windows-1252)",
  frm=addr("hinrichs"), to=[("Malermeister Uwe Thölken", "info@maler-thoelken.example")],
  subject="Betriebshaftpflicht BH-6610-02214 – Schaden Parkett Familie Rodewald",
  date=(18, 8, 40), headers=OUTLOOK, charset="windows-1252", cte="quoted-printable",
  body="""Guten Morgen Herr Thölken,

zum Schaden in der Wohnung der Familie Rodewald (Kurfürstenallee 33, Bremen): Ihr Mitarbeiter
hat beim Abkleben Lösemittel auf dem Eichenparkett verschüttet; der Boden ist auf ca. 6 m²
fleckig.

Wir übernehmen den Schaden aus Ihrer Betriebshaftpflichtversicherung BH-6610-02214 nach
Abzug Ihrer Selbstbeteiligung von 250 € direkt gegenüber der Familie Rodewald. Der
Bodenleger erhält den Auftrag über uns.

Bitte denken Sie daran, dass Tätigkeitsschäden an Fußböden nur bis 10.000 € mitversichert
sind – der Kostenvoranschlag liegt mit 3.960 € deutlich darunter.

Freundliche Grüße
Ole Hinrichs
""" + sig("hinrichs") + FOOT["de"])

# 78 --------------------------------------------------------------- (S24) forwarded doctor mail as attachment
_doc_mail = inner_mail(("Praxis Dr. med. Annette Kruse", "praxis@ortho-kruse.example"),
                       [("Unfall-Leistung Weserland", me("unfall-leistung"))],
                       "Befundbericht Schwettmann, Rainer *14.06.1961", 17, 17, 2,
                       """Sehr geehrte Damen und Herren,

anbei unser Befundbericht zu Herrn Rainer Schwettmann, geb. 14.06.1961.

Befund vom 16.03.2026: Z. n. Plattenosteosynthese Tibiakopf links (S82.18), Extension/Flexion
0-5-95°, leichter Erguss, Muskelminderung Oberschenkel links 2,5 cm. Röntgen: Fraktur knöchern
konsolidiert, Gonarthrose Kellgren-Lawrence II-III links. Gehstrecke ca. 1 km, ohne Gehstützen.
Metallentfernung geplant für 06/2026. Weitere Physiotherapie 2x wöchentlich.

Unfallunabhängig: Adipositas (BMI 33), arterielle Hypertonie.

Mit freundlichen Grüßen
Dr. med. A. Kruse, Fachärztin für Orthopädie und Unfallchirurgie
""", 78)
M("STRICTLY_CONFIDENTIAL", "de", "doctor",
  "body only 'zur Stellungnahme'; the attached forwarded message/rfc822 is a doctor's report with diagnoses (forward only)",
  frm=addr("meyerdierks"), to=[addr("sievers")],
  subject="WG: Befundbericht Schwettmann, Rainer *14.06.1961",
  date=(18, 9, 15), headers=OUTLOOK,
  body="""Hallo Herr Dr. Sievers,

der angeforderte Bericht ist da – bitte um Ihre Stellungnahme zur Invalidität (siehe Ihre
Notiz vom 04.03.).

Danke
Katrin Meyerdierks
""",
  att=[Att("Befundbericht Schwettmann.eml", _doc_mail)])

# 79 --------------------------------------------------------------- (N32) complaints statistics to BaFin
M("NORMAL", "de", "insurer-to-authority",
  "trap: aggregated complaint statistics for the supervisor incl. health/accident lines; counts only",
  frm=addr("osterloh"), to=[("BaFin Referat VA 2x", "beschwerdestatistik@aufsicht-bund.example")],
  subject="Beschwerdestatistik 2025 – Weserland Allgemeine Versicherung AG (VU-Nr. 5577)",
  date=(18, 10, 30), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

anbei übermitteln wir die Beschwerdestatistik für das Kalenderjahr 2025:

Sparte                      Beschwerden   davon abgeholfen   Ø Bearbeitung (Tage)
Kraftfahrt                      412              188                 11
Wohngebäude/Hausrat             301              140                 14
Allgemeine Haftpflicht           96               35                 16
Unfall                           58               19                 23
Rechtsschutz                     44               17                 18
Krankenzusatz (Weserland KV)     71               33                 12
Summe                           982              432                 14

Häufigste Beschwerdegründe: Regulierungsdauer (31 %), Höhe der Leistung (27 %),
Beitragsanpassung (12 %). Ombudsmann-Verfahren: 38, davon 9 zugunsten der Beschwerdeführer.

Mit freundlichen Grüßen
Maren Osterloh
Syndikusrechtsanwältin
""" + sig("osterloh") + FOOT["de"])

# 80 --------------------------------------------------------------- (C24) mixed: no-claims discount from abroad
M("CONFIDENTIAL", "mixed", "insurer-to-customer",
  "mixed de/en: named customer's no-claims history from a UK insurer, birth date and new motor policy",
  frm=addr("gerdes"), to=[("Rachel Dunmore", "rachel.dunmore@mailhub.example")],
  subject="AW: No claims bonus from UK / SF-Einstufung",
  date=(18, 11, 55), headers=OUTLOOK,
  body="""Dear Ms Dunmore,

good news: we can recognise your UK no claims bonus. / Gute Nachricht: Wir können Ihre
britische Schadenfreiheit anerkennen.

The letter from Albion Direct confirms 9 years without claims until 31/01/2026. We therefore
classify your new policy as follows:

  Versicherungsnehmerin / policyholder:  Rachel Dunmore, geb. / born 06.05.1983
  Vertrag / policy:                      KF-7733-004128
  Fahrzeug / vehicle:                    Mini Cooper SE, HB-RD 65
  SF-Klasse Haftpflicht / TPL class:     SF 9 (46 %)
  SF-Klasse Vollkasko / comprehensive:   SF 9 (43 %)

Der neue Beitrag beträgt 58,70 EUR monatlich. The revised schedule will be in your customer
mailbox tomorrow.

Mit freundlichen Grüßen / kind regards
Tim Gerdes
""" + sig("gerdes") + """
> -----Original Message-----
> From: Rachel Dunmore <rachel.dunmore@mailhub.example>
> Sent: Tuesday, March 17, 2026 8:03 PM
> Subject: No claims bonus from UK
>
> Hello, I attached the NCB letter from my old insurer. Can you please check? Thanks, Rachel
""")

# 81 --------------------------------------------------------------- (S25) hospital daily benefit base64
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "accident hospital daily benefit with stay dates and surgery for a named insured; base64-encoded body",
  frm=addr("meyerdierks"), to=[("Ingo Pape", "ingo.pape@freenet-post.example")],
  subject="Krankenhaustagegeld aus Ihrer Unfallversicherung UV-3301-7729",
  date=(18, 14, 2), headers=OUTLOOK, cte="base64",
  body="""Sehr geehrter Herr Pape,

nach Ihrem Sturz beim Fensterputzen am 21.02.2026 wurden Sie vom 21.02. bis 04.03.2026
stationär im Krankenhaus St. Joseph-Stift behandelt (Oberarmkopffraktur rechts, operative
Versorgung mit winkelstabiler Platte).

Aus Ihrer Unfallversicherung zahlen wir:
 Krankenhaustagegeld 12 Tage x 40 EUR  = 480,00 EUR
 Genesungsgeld 12 Tage x 40 EUR       = 480,00 EUR
 Summe                                   960,00 EUR

Die Prüfung einer möglichen Invalidität erfolgt später; bitte lassen Sie innerhalb von
15 Monaten nach dem Unfall eine dauerhafte Beeinträchtigung ärztlich feststellen.

Gute Besserung
Katrin Meyerdierks
""" + sig("meyerdierks"))

# 82 --------------------------------------------------------------- (N33) lunch mixed
M("NORMAL", "mixed", "internal",
  "trap: informal lunch arrangement mentioning the 'Kranken' team and 'Unfall' colleagues; nothing personal",
  frm=addr("linton"), to=[addr("dreyer"), addr("meyerdierks")],
  subject="Lunch Thursday? / Mittag Donnerstag?",
  date=(18, 12, 5), headers=OUTLOOK_EN, cte="8bit",
  body="""Hi both,

Svenja is back from holiday – shall we do lunch on Thursday? The new "Kombüse" canteen has
Labskaus on the menu, which I still haven't dared to try. 🙈

Katrin, bringst du die Kolleginnen aus Unfall mit? Dann reserviere ich für 6 um 12:15.

Rebecca
""")

# 83 --------------------------------------------------------------- (C25) accompanied driving, son's birth date
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "motor contract change: named son added as accompanied driver with birth date; surcharge",
  frm=addr("gerdes"), to=[("Claudia Rüter", "claudia.rueter@nordpost.example")],
  subject="Eintragung Fahrer – Begleitetes Fahren ab 17 – Vertrag KF-7731-008871",
  date=(19, 9, 30), headers=OUTLOOK, charset="iso-8859-1", cte="8bit",
  body="""Sehr geehrte Frau Rüter,

wir haben Ihren Sohn Leon Rüter, geb. 08.01.2009, ab dem 15.03.2026 als Fahrer für Ihren
Skoda Fabia (HB-CR 808) im Rahmen des Begleiteten Fahrens ab 17 eingetragen.

Der Beitrag erhöht sich dadurch um 14,20 EUR monatlich. Mit dem 18. Geburtstag gilt Leon als
Fahranfänger; wenn er bis dahin ein Fahrsicherheitstraining absolviert, gewähren wir 10 %
Nachlass auf den Fahrerzuschlag.

Mit freundlichen Grüßen
Tim Gerdes
Kfz-Betrieb & Vertrag
""")

# 84 --------------------------------------------------------------- (S26) hospital direct billing PDF en
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
  "cost coverage confirmation for a named expat member's inpatient stay with DRG and diagnosis in attached PDF; body names the patient",
  frm=addr("linton"), to=[("Patient Accounts – Klinikum Bremen-Nordwest", "patientenabrechnung@klinikum-nordwest.example")],
  subject="Cost coverage confirmation – member WGH-002981-02 (Ms Priya Raman)",
  date=(19, 10, 45), headers=OUTLOOK_EN,
  body="""Dear colleagues,

please find attached our cost coverage confirmation for the inpatient stay of our member
Ms Priya Raman. Please invoice us directly (Weserland Global Health, direct billing).

Kind regards
Rebecca Linton
""" + sig("linton", "en"),
  att=[Att("Cost_coverage_WGH-002981-02.pdf", make_pdf([
      "Weserland Krankenversicherung AG - Weserland Global Health",
      "COST COVERAGE CONFIRMATION / KOSTENÜBERNAHMEERKLÄRUNG",
      "",
      "Member: Priya Raman, date of birth 1987-02-14, member no. WGH-002981-02",
      "Hospital: Klinikum Bremen-Nordwest, Department of Gynaecology",
      "Planned admission: 2026-03-24, expected length of stay 3 days",
      "Procedure: laparoscopic removal of ovarian cyst (N83.2), OPS 5-651.92",
      "Expected DRG: N07Z",
      "Accommodation: single room (covered under Premium Worldwide)",
      "Chief physician treatment: covered",
      "",
      "We guarantee payment of the medically necessary costs according to the member's plan.",
      "Valid until 2026-04-30. Reference: PA-26-03502",
  ], "Cost coverage confirmation"))])

# 85 --------------------------------------------------------------- (N34) fire drill with authority
M("NORMAL", "de", "insurer-to-authority",
  "trap: fire drill coordination with the fire brigade incl. 'Verletztendarstellung' with actors; no real persons",
  frm=addr("tietjen"), to=[("Feuerwehr Bremen – Vorbeugender Brandschutz", "brandschutz@feuerwehr-bremen.example")],
  subject="Räumungsübung Am Speicher 4 am 25.03.2026",
  date=(19, 11, 30), headers=OUTLOOK,
  body="""Sehr geehrter Herr Brandoberinspektor Kessler,

wie besprochen führen wir am Mittwoch, 25.03.2026, um 10:00 Uhr eine Räumungsübung in
unserem Verwaltungsgebäude durch (ca. 780 Beschäftigte, 6 Geschosse).

Ablauf:
- Auslösung der Brandmeldeanlage durch Handmelder im 4. OG
- Sammelplatz Parkplatz Nord, Vollzähligkeitsmeldung durch die Etagenhelfer
- zwei "Verletzte" (Darstellerinnen der Johanniter, Schminke "Rauchgasvergiftung" und
  "Unterarmfraktur") im Treppenhaus B zur Übung der Ersthelfer
- Nachbesprechung 11:00 Uhr, Raum E.01

Eine Alarmierung über die Leitstelle ist nicht vorgesehen. Ich bitte trotzdem um Teilnahme
eines Beobachters.

Mit freundlichen Grüßen
Heiko Tietjen
""" + sig("tietjen") + FOOT["de"])

# 86 --------------------------------------------------------------- (C26) returned debits to bank en CSV
_rl = make_csv([["EndToEndId", "Mandate", "Debtor", "IBAN", "Amount", "Reason"],
                ["WL2603-000118", "WL-KF773100599001", "Ulf Dierks", iban("DE", "28050100" + "0033412987"), "75.88", "MD06"],
                ["WL2603-000342", "WL-HR220971120-01", "Annegret Pohl", iban("DE", "29050101" + "0019988776"), "9.70", "AM04"],
                ["WL2603-000519", "WL-PH551228770-01", "Cem Yilmaz", iban("DE", "25190001" + "0711200340"), "6.41", "MS03"]], delim=",")
M("CONFIDENTIAL", "en", "insurer-to-partner",
  "list of returned direct debits with customers' names and IBANs sent to the bank for research (CSV attachment)",
  frm=addr("nowak"), to=[("Payments Operations – Hansabank", "payments-ops@hansabank.example")],
  subject="R-transactions 13 March – 3 items with unclear return reason",
  date=(19, 14, 12), headers=OUTLOOK_EN,
  body="""Hello,

for the three R-transactions in the attached file, the return reason in camt.054 does not match
what the debtors told us on the phone (they say they did not object). Could you please check
with the debtor banks? Our creditor ID is DE98ZZZ09999999999.

Thank you
Marta Nowak
""" + sig("nowak", "en"),
  att=[Att("r-transactions_2026-03-13.csv", _rl, ctype="text/csv", charset="us-ascii", cte="7bit")])

# 87 --------------------------------------------------------------- (S27) glasses reimbursement iso-8859-1
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "supplementary health: reimbursement of glasses with dioptre values for a named customer (iso-8859-1)",
  frm=addr("dreyer"), to=[("Renate Kück", "renate.kueck@nordpost.example")],
  subject="Erstattung Sehhilfe – Vertrag KV-50-301128",
  date=(19, 15, 40), headers=OUTLOOK, charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrte Frau Kück,

vielen Dank für die Rechnung von Optik Bredehorst über Ihre neue Gleitsichtbrille.

Die augenärztliche Verordnung weist eine Veränderung der Sehstärke aus (rechts sph -2,75
cyl -0,50, links sph -3,25, Addition +2,00). Damit besteht nach Ihrem Tarif AmbulantPlus
Anspruch auf Erstattung einer Sehhilfe alle zwei Jahre bis 300 EUR.

Rechnungsbetrag: 689,00 EUR
Erstattung:      300,00 EUR

Der Betrag wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
Svenja Dreyer
Leistungsprüfung Krankenversicherung
Weserland Krankenversicherung AG
""")

# 88 --------------------------------------------------------------- (N35) reinsurer treaty renewal
M("NORMAL", "en", "insurer-to-partner",
  "plain business: property cat treaty renewal terms and model results; no personal data",
  frm=addr("behrens"), to=[("Sophie Lindqvist", "s.lindqvist@nordic-re.example")],
  subject="Property cat XL 2026/27 – firm order terms",
  date=(20, 9, 0), headers=OUTLOOK_EN,
  body="""Dear Sophie,

following the storm Jorinde discussion, here are our firm order terms for the property cat XL
incepting 1 July:

  Layer 1: EUR 40m xs 20m, ROL 11.5 %, 1 @ 100 %
  Layer 2: EUR 60m xs 60m, ROL 6.2 %, 1 @ 100 %
  Hours clause: 72 h (storm), 168 h (flood)

Modelled 1-in-200 gross loss (vendor model v23, portfolio 31/12/2025): EUR 112m, which is
within the programme top. The updated exposure file by CRESTA zone is in the data room.

Please let us know your line by 31 March.

Best regards
Jonas
""" + sig("behrens", "en"), charset="us-ascii", cte="7bit")

# 89 --------------------------------------------------------------- (C27) expat moved house, en
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "address change after a move for a named customer's household and liability policies, with new premium",
  frm=addr("heitmann"), to=[("Tomasz Wierzbicki", "t.wierzbicki@mailhub.example")],
  subject="Change of address – your policies HR-2211-30418 and PH-5513-10277",
  date=(20, 10, 25), headers=OUTLOOK_EN,
  body="""Dear Mr Wierzbicki,

we have updated your address with effect from 1 March 2026:

  old: Friedrich-Ebert-Str. 12, 28199 Bremen
  new: Parkallee 140, 28209 Bremen

Home contents (HR-2211-30418): the new flat has 92 m² instead of 68 m²; we have adjusted the
sum insured to EUR 59,800 to avoid underinsurance. New premium EUR 14.95 per month.
Personal liability (PH-5513-10277): no change.

Kind regards
Jana Heitmann
""" + sig("heitmann", "en"))

# 90 --------------------------------------------------------------- (S28) pharmacy invoice PZN
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "supplementary health: reimbursement of prescribed medicines (PZN, active ingredient, dose) for a named customer",
  frm=addr("dreyer"), to=[("Friedrich Hollmann", "f.hollmann@webpost.example")],
  subject="Ihre Arzneimittelbelege vom Februar",
  date=(20, 11, 30), headers=OUTLOOK,
  body="""Sehr geehrter Herr Hollmann,

wir haben Ihre Apothekenbelege geprüft und wie folgt erstattet (Tarif AmbulantPlus, 80 %):

PZN 01234567  Apixaban 5 mg, 100 St.        Zuzahlung GKV   10,00 EUR  -> 8,00 EUR
PZN 07654321  Bisoprolol 2,5 mg, 100 St.    Zuzahlung GKV    5,00 EUR  -> 4,00 EUR
PZN 03322110  Omega-3-Kapseln (rezeptfrei)                  24,95 EUR  -> nicht erstattungsfähig

Erstattung gesamt: 12,00 EUR

Nahrungsergänzungsmittel sind auch bei ärztlicher Empfehlung nicht versichert.

Mit freundlichen Grüßen
Svenja Dreyer
""" + sig("dreyer") + FOOT["kv"])
# 91 --------------------------------------------------------------- (N36) ICD FAQ html attachment
M("NORMAL", "de", "internal",
  "trap: wiki/FAQ export (HTML attachment) explaining ICD-10 codes with textbook examples; no person",
  frm=addr("sievers"), to=[("Team Leistung Kranken", me("team-leistung-kv")), ("Team Unfall-Leistung", me("team-unfall"))],
  subject="FAQ \"ICD-10-GM lesen\" aktualisiert (Version 2026)",
  date=(20, 14, 30), headers=OUTLOOK,
  body="""Liebe Kolleginnen und Kollegen,

die FAQ zum Lesen von ICD-10-GM-Codes ist auf die Version 2026 aktualisiert (neu: Zusatzkennzeichen
für die Seitenlokalisation und Sicherheit der Diagnose). Die HTML-Seite hängt an und ist auch im
Wiki verlinkt.

Bei Fragen gern in meine Sprechstunde (Di 14-15 Uhr).

Viele Grüße
Hauke Sievers
""" + sig("sievers", short=True),
  att=[Att("FAQ_ICD10GM_2026.html", html_wrap("""<h1>ICD-10-GM lesen – FAQ (Stand 03/2026)</h1>
<h2>Wie ist ein Code aufgebaut?</h2>
<p>Buchstabe + zwei Ziffern = Kategorie (z. B. <b>M54</b> Rückenschmerzen), Punkt + Ziffer = Subkategorie
(<b>M54.5</b> Kreuzschmerz).</p>
<h2>Was bedeuten G, V, Z, A?</h2>
""" + html_table([["Kennzeichen", "Bedeutung", "Beispiel"],
                  ["G", "gesicherte Diagnose", "J45.0 G"],
                  ["V", "Verdachtsdiagnose", "K35.8 V"],
                  ["Z", "Zustand nach", "S82.1 Z"],
                  ["A", "ausgeschlossene Diagnose", "I21.9 A"],
                  ["R / L / B", "rechts / links / beidseitig", "M17.1 L"]]) + """
<h2>Welche Kapitel sind für die Unfallversicherung wichtig?</h2>
<p>Kapitel XIX (S00–T98) Verletzungen, Kapitel XX (V01–Y84) äußere Ursachen.</p>
<p><i>Alle Beispiele sind Lehrbuchbeispiele und beziehen sich auf keine versicherte Person.</i></p>"""),
              ctype="text/html", charset="utf-8", cte="base64")])

# 92 --------------------------------------------------------------- (C28) forwarded customer mail with IBAN change
_iban_mail = inner_mail(("Sönke Dierks", "soenke.dierks@nordpost.example"), [("Kundenservice Weserland", me("kundenservice"))],
                        "Neue Bankverbindung", 19, 21, 12,
                        f"""Hallo,

ab April bitte die Beiträge für meine Hausrat (HR-2209-55410) und die Kfz (KF-7731-009921)
von meinem neuen Konto abbuchen:

IBAN DE90 2905 0101 0077 1290 84
Kontoinhaber Sönke Dierks, Sparkasse Bremen

Sorry, Korrektur, hab mich vertippt, richtig ist:
IBAN {iban("DE", "29050101" + "0077120984")}

Danke und Gruß
Sönke Dierks
Vahrer Straße 250, 28329 Bremen
""", 92, charset="iso-8859-1")
M("CONFIDENTIAL", "de", "customer",
  "body only 'bitte erfassen'; attached forwarded .eml holds the customer's new IBAN (one typo, invalid checksum) and policy numbers",
  frm=addr("heitmann"), to=[("Team Beitragseinzug", me("beitragseinzug"))],
  subject="WG: Neue Bankverbindung",
  date=(20, 15, 5), headers=OUTLOOK,
  body="""Hallo zusammen,

bitte erfassen – der Kunde hat in seiner Mail zuerst eine falsche IBAN geschrieben, die zweite
ist die richtige (Prüfziffer passt). SEPA-Mandat liegt vor.

Danke, Jana
""",
  att=[Att("Neue Bankverbindung.eml", _iban_mail)])

# 93 --------------------------------------------------------------- (S29) zip to medical expert
_gut_pdf = make_pdf(["Klinikum Bremen-Nord - Unfallchirurgie - Entlassungsbrief",
                     "Patient: Rainer Schwettmann, geb. 14.06.1961",
                     "Aufnahme 04.11.2025, Entlassung 12.11.2025",
                     "Diagnosen: Tibiakopffraktur links Schatzker II (S82.18 L), Gonarthrose links (M17.1 L)",
                     "Therapie: offene Reposition, Plattenosteosynthese 05.11.2025",
                     "Verlauf komplikationslos, Thromboseprophylaxe mit Enoxaparin 40 mg s.c. für 6 Wochen",
                     "Teilbelastung 20 kg für 6 Wochen"], "Entlassungsbrief", compress=True)
_gut_csv = make_csv([["Datum", "Leistungserbringer", "Leistung", "Betrag EUR"],
                     ["05.11.2025", "Klinikum Bremen-Nord", "DRG I04Z Osteosynthese", "9120,40"],
                     ["20.11.2025", "Physio am Markt", "KG 10x", "312,00"],
                     ["16.03.2026", "Dr. A. Kruse", "Befundbericht GOÄ 75", "17,43"]])
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "ZIP for an external medical expert with a discharge letter (PDF) and treatment list (CSV) of a named insured; body names the assignment",
  frm=addr("meyerdierks"), to=[("Prof. Dr. med. Jörg Lindemann", "gutachten@unfallchirurgie-lindemann.example")],
  subject="Gutachtenauftrag UV-3318-0472 – Unterlagen",
  date=(23, 8, 30), headers=OUTLOOK,
  body="""Sehr geehrter Herr Prof. Lindemann,

wie telefonisch vereinbart beauftragen wir Sie mit einem unfallchirurgischen Gutachten zur
Invalidität unseres Versicherten Herrn Schwettmann (Unfall vom 04.11.2025). Die Unterlagen
finden Sie im passwortgeschützten ZIP-Archiv; das Passwort erhalten Sie per SMS.

Fragestellung: Invaliditätsgrad nach Gliedertaxe (Beinwert), Mitwirkung unfallfremder
Erkrankungen in Prozent.

Mit freundlichen Grüßen
Katrin Meyerdierks
""" + sig("meyerdierks") + FOOT["de"],
  att=[Att("UV-3318-0472_Unterlagen.zip", zbuild([("Entlassungsbrief_Klinikum.pdf", _gut_pdf),
                                                  ("Leistungsaufstellung.csv", _gut_csv.encode("utf-8"))]))])

# 94 --------------------------------------------------------------- (N37) commission statement notice
M("NORMAL", "de", "insurer-to-broker",
  "trap: notice that the commission statement is available in the broker portal; GmbH broker, no amounts, no customers",
  frm=("Weserland Provisionsabrechnung", me("provision")), to=[("Finanzkontor Hasselbach GmbH", "buchhaltung@finanzkontor-hasselbach.example")],
  subject="Courtageabrechnung Februar 2026 steht bereit",
  date=(23, 9, 0), headers=[("Auto-Submitted", "auto-generated")],
  body="""Sehr geehrte Damen und Herren,

Ihre Courtageabrechnung für Februar 2026 (Vermittlernummer VP-104417) steht in Ihrer
elektronischen Vermittlerpost im Maklerportal bereit. Ihr Maklerverwaltungsprogramm kann sie
auch über die BiPRO-Schnittstelle abholen.

Die Auszahlung erfolgt wie gewohnt zum 5. Bankarbeitstag auf das hinterlegte Geschäftskonto.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG – Provisionsabrechnung
""", charset="utf-8", cte="8bit")

# 95 --------------------------------------------------------------- (N38) staff travel policy
M("NORMAL", "en", "internal",
  "trap: staff business-travel policy mentioning travel health insurance, vaccinations and emergency numbers – generic",
  frm=addr("luedemann"), to=[("Travellers Marine & Specialty", me("team-marine"))],
  subject="Updated business travel policy – health cover abroad and emergency card",
  date=(23, 10, 12), headers=OUTLOOK_EN,
  body="""Dear colleagues,

the updated business travel policy (v4, March 2026) is on the intranet. Key points for you as
frequent travellers:

* All business trips are covered by the group travel health insurance of Skagerrak Group –
  no need to buy your own. The emergency card with the 24/7 assistance number is attached to
  the policy document; please keep it in your wallet.
* Vaccinations recommended for a destination (e.g. yellow fever for West Africa surveys) are
  paid by the company; ask the company doctor, not HR – we don't need to know.
* Trips to high-risk countries need approval by the Head of Marine & Specialty and Security.

Questions: travel@weserland.example

Best regards
Anja
""" + sig("luedemann", "en"))

# 96 --------------------------------------------------------------- (C29) HIS query request
M("CONFIDENTIAL", "en", "internal",
  "grey: request to the fraud analytics team for an HIS lookup on a named claimant with birth date, address and VIN (no conviction)",
  frm=addr("oltmanns"), to=[("Special Investigations Unit", me("siu"))],
  subject="HIS query request – motor claim 26-KH-0091145",
  date=(23, 11, 40), headers=OUTLOOK_EN,
  body="""Hi SIU team,

please run an HIS query (motor) for the following claimant; the claim has two of the usual
indicators (night-time rear-end collision, vehicle bought 3 weeks before, high repair estimate):

  Claimant:  Dennis Brauer, born 29/10/1994
  Address:   Gröpelinger Heerstr. 311, 28237 Bremen
  Vehicle:   BMW 530d, VIN WBA5E51040G118207, plate HB-DB 2910
  Our claim: 26-KH-0091145, date of loss 01/03/2026

The claimant was informed about the HIS in our data protection notice. Nothing else is known
against him at this point – please treat as a routine check.

Thanks
Jannik
""" + sig("oltmanns", "en"))

# 97 --------------------------------------------------------------- (S30) child accident docx
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "child accident insurance: claim acknowledgement (DOCX) with child's name, birth date and injury (dental trauma); body generic",
  frm=addr("meyerdierks"), to=[("Sarah Lindström-Beck", "sarah.lbeck@mailhub.example")],
  subject="Your claim notification – child accident insurance KU-4471-0088",
  date=(23, 13, 5), headers=OUTLOOK_EN,
  body="""Dear Ms Lindström-Beck,

thank you for reporting the accident. Please find our acknowledgement and the next steps in
the attached letter (English courtesy translation included).

Kind regards
Katrin Meyerdierks
""" + sig("meyerdierks", "en"),
  att=[Att("Acknowledgement_KU-4471-0088.docx", make_docx([
      "# Claim acknowledgement – child accident insurance",
      "Policy: KU-4471-0088 · Insured child: Mia Beck, born 2017-09-03",
      "Accident: 2026-03-14, fall from climbing frame at school playground",
      "Injuries reported: avulsion of upper front tooth 11, concussion (S06.0), one night in Prof.-Hess-Kinderklinik",
      "Next steps: please send the dentist's report on the replantation of tooth 11 and the hospital discharge letter.",
      "Hospital daily benefit (1 night) and cosmetic surgery cover will be checked once documents are received.",
  ], "Claim acknowledgement", "Katrin Meyerdierks"))])

# 98 --------------------------------------------------------------- (N39) intranet newsletter sickness rate
M("NORMAL", "de", "newsletter",
  "trap: internal health management newsletter with company-wide sickness rate and anonymous survey results",
  frm=("Betriebliches Gesundheitsmanagement", me("bgm")), to=[("Alle Mitarbeitenden", me("alle-mitarbeitenden"))],
  subject="BGM-Info März: Krankenstand 2025, Rückenkurse, Mitarbeiterbefragung",
  date=(23, 14, 0), headers=[("Precedence", "bulk")],
  html=html_wrap("""<h2>BGM-Info März 2026</h2>
<p><b>Krankenstand 2025:</b> 4,6 % (2024: 5,1 %). Die häufigsten Ursachen laut anonymisiertem
Gesundheitsbericht der Krankenkassen: Atemwegserkrankungen, Muskel-Skelett-Erkrankungen, psychische Belastungen.</p>
""" + html_table([["Bereich", "Krankenstand 2025"], ["Schaden", "5,2 %"], ["Betrieb/Vertrag", "4,4 %"],
                  ["Vertrieb", "3,9 %"], ["Stäbe/IT", "3,7 %"]]) + """
<p>Bereiche unter 20 Personen sind zusammengefasst, damit niemand erkennbar ist.</p>
<p><b>Rückenkurse</b> ab April dienstags, <b>Mitarbeiterbefragung</b> „Gesund arbeiten“ bis 10.04.</p>"""),
  body="""BGM-Info März 2026

Krankenstand 2025: 4,6 % (2024: 5,1 %). Die häufigsten Ursachen laut anonymisiertem
Gesundheitsbericht der Krankenkassen: Atemwegserkrankungen, Muskel-Skelett-Erkrankungen,
psychische Belastungen.

Schaden 5,2 % | Betrieb/Vertrag 4,4 % | Vertrieb 3,9 % | Stäbe/IT 3,7 %
(Bereiche unter 20 Personen sind zusammengefasst, damit niemand erkennbar ist.)

Rückenkurse ab April dienstags, Mitarbeiterbefragung "Gesund arbeiten" bis 10.04.
""")

# 99 --------------------------------------------------------------- (N40) print shop mailing test with placeholder data
M("NORMAL", "de", "insurer-to-supplier",
  "trap: print-shop test data for a premium adjustment mailing in health insurance – fictitious 'Max Mustermann' records with birth dates and IBAN",
  frm=addr("kaya"), to=[("Druckhaus Findorff – Produktion", "produktion@druckhaus-findorff.example")],
  subject="Testdruck Beitragsanpassung KV 2026 – Testdaten (fiktiv)",
  date=(23, 15, 20), headers=OUTLOOK,
  body="""Hallo Herr Grotheer,

für den Andruck des Mailings zur Beitragsanpassung in der Krankenzusatzversicherung anbei
die Testdatei mit fünf fiktiven Datensätzen (alle "Mustermann", Testkonten). Echte Daten
bekommen Sie wie immer nur über den SFTP-Server.

Bitte prüfen Sie besonders Umlaute und lange Namen in Zeile 4.

Viele Grüße
Deniz Kaya
""" + sig("kaya"),
  att=[Att("Testdaten_BAP_KV_2026_FIKTIV.csv", make_csv([
      ["Anrede", "Vorname", "Nachname", "Geburtsdatum", "Vertrag", "Tarif", "Beitrag alt", "Beitrag neu", "IBAN"],
      ["Herr", "Max", "Mustermann", "01.01.1970", "TEST-KV-0001", "ZahnPlus 90", "27,10", "29,40", IB_TEST1],
      ["Frau", "Erika", "Mustermann", "12.08.1964", "TEST-KV-0002", "PflegePlus", "31,80", "34,15", IB_TEST2],
      ["Divers", "Kim", "Mustermann", "30.06.1999", "TEST-KV-0003", "AmbulantPlus", "12,90", "13,60", IB_TEST1],
      ["Frau", "Marie-Luise Ännchen", "Mustermann-Überlänge-Testfall", "05.05.1955", "TEST-KV-0004", "KT 43", "44,00", "47,20", IB_TEST2],
      ["Herr", "Jörg", "Öztürk-Mustermann", "17.11.1981", "TEST-KV-0005", "ZahnPlus 70", "18,40", "19,90", IB_TEST1]]),
      ctype="text/csv", charset="utf-8", cte="base64")])

# 100 -------------------------------------------------------------- (C30) rent deposit guarantee
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "rent deposit guarantee: named applicant's net income, employer and rent for the credit check",
  frm=addr("kaya"), to=[("Jasper Wilkens", "jasper.wilkens@webpost.example")],
  subject="Ihre Mietkautionsbürgschaft – Rückfrage zur Bonitätsprüfung",
  date=(24, 9, 15), headers=OUTLOOK,
  body="""Hallo Herr Wilkens,

vielen Dank für Ihren Antrag auf eine Mietkautionsbürgschaft über 2.850 EUR für die Wohnung
Hohentorsheerstraße 22 (Vermieterin: GEWOBA Nord). Bei der Bonitätsprüfung hänge ich an einer
Stelle:

Sie geben ein Nettoeinkommen von 2.140 EUR an (Arbeitgeber: Hafenlogistik Bremen GmbH, in der
Probezeit bis 31.05.2026). Die Kaltmiete von 950 EUR liegt damit bei 44 % Ihres Einkommens.
Wir können die Bürgschaft trotzdem übernehmen, wenn Sie uns die letzten drei
Gehaltsabrechnungen schicken oder eine zweite Person mit unterschreibt.

Die Jahresgebühr würde 4,9 % der Kautionssumme betragen (139,65 EUR).

Beste Grüße
Deniz Kaya
""" + sig("kaya"))

# 101 -------------------------------------------------------------- (S31) statutory health insurer recourse
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
  "motor liability recourse of a statutory health insurer: treatment costs, diagnoses and hospital stay of an injured pedestrian",
  frm=addr("oltmanns"), to=[("AOK-Regress Nordwest", "regress@gesundheitskasse-nordwest.example")],
  subject="Ihr Regress § 116 SGB X – Versicherte Elfriede Jankowski – unser Schaden 25-KH-0288104",
  date=(24, 10, 40), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

zu Ihrer Forderungsaufstellung vom 02.03.2026 für Ihre Versicherte Frau Elfriede Jankowski,
geb. 09.04.1941 (Fußgängerunfall vom 14.10.2025, Unfallverursacher unser Versicherungsnehmer):

anerkannt:
- stationäre Behandlung 14.10.–29.10.2025 (Beckenringfraktur S32.81, DRG I39Z) 7.842,10 EUR
- Anschlussheilbehandlung Geriatrie 29.10.–19.11.2025                      5.212,00 EUR
- Heilmittel (KG, Ergotherapie)                                              644,80 EUR
nicht anerkannt:
- Behandlung der Herzinsuffizienz (I50.13) im Dezember 2025 – unfallunabhängig

Wir überweisen 13.698,90 EUR unter Angabe Ihres Aktenzeichens. Die Haftung dem Grunde nach
ist zu 100 % anerkannt.

Mit freundlichen Grüßen
Jannik Oltmanns
""" + sig("oltmanns") + FOOT["de"])

# 102 -------------------------------------------------------------- (N41) hospital framework agreement
M("NORMAL", "en", "insurer-to-partner",
  "trap: framework agreement on direct billing with a hospital group (DRG, invoices, discharge letters) – no patient",
  frm=addr("linton"), to=[("Contracts – Hanse Kliniken Gruppe", "vertraege@hanse-kliniken.example")],
  subject="Direct billing framework agreement – our comments on draft v2",
  date=(24, 11, 45), headers=OUTLOOK_EN,
  body="""Dear Dr. Marquardt,

thank you for draft v2 of the direct billing agreement for Weserland Global Health members in
your five hospitals. Our comments:

 §3  Cost coverage requests: we need them 48 h before planned admissions; emergencies within
     24 h after admission. OK with the new wording.
 §5  Invoices: DRG invoices via the electronic data exchange only; paper invoices for
     non-DRG services (e.g. chief physician fees) may continue until 31/12/2026.
 §6  Medical documents: discharge letters only on request and only via the secure portal,
     never by e-mail.
 §9  Payment term: 21 days – we can accept 14 days for invoices below EUR 5,000.

Could we meet in Hamburg on 2 April?

Kind regards
Rebecca Linton
""" + sig("linton", "en") + FOOT["kv"], charset="windows-1252")

# 103 -------------------------------------------------------------- (N42) certificate expiry
M("NORMAL", "de", "internal",
  "trap: S/MIME certificate expiry notice for a functional mailbox of the health benefits team; no content",
  frm=("PKI Weserland", me("pki")), to=[("Postfach Leistung Kranken", me("leistung-kranken"))],
  subject="Ihr S/MIME-Zertifikat läuft in 14 Tagen ab",
  date=(24, 6, 0), headers=[("Auto-Submitted", "auto-generated")], charset="us-ascii", cte="7bit",
  body="""Guten Tag,

das S/MIME-Zertifikat fuer das Funktionspostfach leistung-kranken@weserland.example
(Seriennummer 4F:22:91:0A:7C:13, Aussteller Weserland Issuing CA 2) laeuft am 07.04.2026 ab.

Bitte beantragen Sie die Verlaengerung ueber das Self-Service-Portal:
https://pki.weserland.example/renew

Ohne gueltiges Zertifikat koennen verschluesselte Nachrichten von Aerzten und Kliniken an
dieses Postfach nicht mehr gelesen werden.

Ihre PKI-Administration
""")

# 104 -------------------------------------------------------------- (C31) total loss settlement PDF only
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "body only 'Abrechnung anbei'; PDF total-loss settlement with name, plate, VIN, amounts and IBAN (attachment only)",
  frm=addr("oltmanns"), to=[("Nadine Kowalski", "nadine.kowalski@freenet-post.example")],
  subject="Abrechnung",
  date=(24, 14, 10), headers=OUTLOOK,
  body="""Hallo Frau Kowalski,

wie besprochen die Abrechnung anbei. Melden Sie sich gern, wenn etwas unklar ist.

Viele Grüße
Jannik Oltmanns
""",
  att=[Att("Abrechnung_26-KV-0040871.pdf", make_pdf([
      "Weserland Allgemeine Versicherung AG - Kfz-Schaden",
      "Frau Nadine Kowalski, Hamfhofsweg 12, 28357 Bremen",
      "Vollkasko KF-7730-220914 - Schaden 26-KV-0040871 vom 28.02.2026 (Sturm, umgestürzter Baum)",
      "Fahrzeug: Renault Clio, HB-NK 1212, FIN VF1RJA00X6XXXX4411",
      "",
      "Wiederbeschaffungswert laut Gutachten       9.800,00 EUR",
      "abzüglich Restwert (Höchstgebot)              -1.150,00 EUR",
      "abzüglich Selbstbeteiligung                     -300,00 EUR",
      "Entschädigung                                  8.350,00 EUR",
      "",
      f"Zahlung auf IBAN {iban('DE', '29050101' + '0061147222')} (Kontoinhaberin Nadine Kowalski)",
      "Keine Rückstufung, da Sturmschaden (Teilkasko-Ereignis).",
  ], "Abrechnung Totalschaden", compress=False))])

# 105 -------------------------------------------------------------- (S32) mixed expat psychotherapy
M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
  "mixed en/de: approval of psychotherapy for a named expat member with anxiety disorder (F41.1)",
  frm=addr("linton"), to=[("Matteo Ricci", "matteo.ricci@mailhub.example")],
  subject="Psychotherapy approval / Kostenzusage Psychotherapie – WGH-003310-01",
  date=(24, 15, 35), headers=OUTLOOK_EN,
  body="""Dear Mr Ricci,

we approve 25 sessions of outpatient psychotherapy (cognitive behavioural therapy) with
Dipl.-Psych. Anke Wrede for the diagnosis generalised anxiety disorder (F41.1), as requested in
her report of 19 March.

Für Ihre Therapeutin auf Deutsch: Kostenzusage für 25 Sitzungen Verhaltenstherapie
(GOP 870, 2,3-facher Satz), Diagnose F41.1, Mitglied WGH-003310-01, gültig bis 31.12.2026.
Eine Verlängerung bitte mit kurzem Bericht beantragen.

Invoices can be submitted in the app. Take care.

Kind regards / Mit freundlichen Grüßen
Rebecca Linton
""" + sig("linton", "en"))
# 106 -------------------------------------------------------------- (N43) press answer dental costs
M("NORMAL", "de", "insurer-to-partner",
  "trap: answer to a journalist with average dental claim amounts and implant statistics; aggregates only",
  frm=addr("schroeder"), to=[("Redaktion Weser-Verbraucher", "redaktion@weser-verbraucher.example")],
  subject="AW: Ihre Anfrage Zahnzusatzversicherungen – Zahlen",
  date=(25, 9, 10), headers=OUTLOOK,
  body="""Sehr geehrte Frau Hollmann,

gern beantworte ich Ihre Fragen für den Verbraucherartikel:

1. Durchschnittliche Erstattung je Leistungsfall 2025 in unseren Zahntarifen: 412 EUR;
   bei Implantaten im Durchschnitt 1.390 EUR pro Implantat.
2. Anteil der Fälle mit Zahnersatz: 38 %, professionelle Zahnreinigung 44 %, Kieferorthopädie 6 %.
3. Ablehnungsquote: 7 %, häufigster Grund: Behandlung war vor Vertragsbeginn angeraten.
4. Tipp für Leserinnen und Leser: Vor Abschluss Zahnarzt nach laufenden Befunden fragen und
   Gesundheitsfragen vollständig beantworten.

Gern können Sie mich mit Namen zitieren. Fotos unserer Vorstände finden Sie unter
https://www.weserland.example/presse

Viele Grüße
Lena Schröder
""" + sig("schroeder") + FOOT["de"])

# 107 -------------------------------------------------------------- (C32) D&O directors birth dates
M("CONFIDENTIAL", "en", "insurer-to-broker",
  "D&O quote: named managing directors of a GmbH with birth dates and the company's financials",
  frm=addr("stelljes"), to=[("Oliver Pennington", "o.pennington@lighthouse-marine.example")],
  subject="D&O quote – Nordwind Kaffeeimport GmbH – information needed",
  date=(25, 10, 20), headers=OUTLOOK_EN,
  body="""Oliver,

before we can quote the D&O (EUR 5m limit) for Nordwind Kaffeeimport GmbH, we need the
following – the proposal form lists:

  Managing directors:   Dr. Hanno Brüggemann, born 12/03/1961 (since 1998)
                        Annika Brüggemann, born 27/07/1990 (since 2024)
  Supervisory board:    none
  Turnover 2025:        EUR 84.2m, net income EUR 1.9m, equity ratio 31 %

Missing: the audited financial statements 2025, and confirmation that there are no pending
claims against the directors (the tax audit mentioned in the management report?).

Best
Marco
""" + sig("stelljes", "en") + FOOT["en"])

# 108 -------------------------------------------------------------- (S33) dog bite child
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "dog-owner liability claim with personal injury: named child's bite wounds, stitches and trauma therapy",
  frm=addr("hinrichs"), to=[("Team Haftpflicht-Schaden", me("team-haftpflicht"))],
  subject="Übergabe während Urlaub: TH-26-000388 Hundebiss Spielplatz Kattenturm",
  date=(25, 11, 15), headers=OUTLOOK,
  body="""Hallo Team,

ich bin ab morgen zwei Wochen weg, bitte den folgenden Fall im Blick behalten:

TH-26-000388, Tierhalterhaftpflicht VN Günter Bellmer (Schäferhundmischling "Rocky")
Geschädigte: Emily Schaper, 6 Jahre, gesetzlich vertreten durch die Mutter, Frau Jessica Schaper
Verletzungen lt. Ambulanzbericht Klinikum Links der Weser: Bisswunden linke Wange und
Unterarm (S01.41, S51.9), genäht, Tetanus-Auffrischung; Narbenkorrektur später möglich.
Die Mutter berichtet von Albträumen, Kinderpsychologin ist angefragt.

Offen: Schmerzensgeld-Vorschuss 1.500 EUR ist zugesagt und angewiesen, Rest erst nach
Abschluss. Bitte keinen Abfindungsvergleich, solange Narbe nicht beurteilt ist!

Danke
Ole
""" + sig("hinrichs", short=True))

# 109 -------------------------------------------------------------- (N44) release notes mixed
M("NORMAL", "mixed", "internal",
  "trap: release notes (de/en) about masking the field 'Diagnose' and IBANs in data exports; no data",
  frm=addr("westermann"), to=[("Fachbereich Leistung / Schaden", me("key-user"))],
  subject="Release 26.03 Leistungssystem – Maskierung Diagnosefelder / masking in exports",
  date=(25, 13, 0), headers=OUTLOOK,
  body="""Liebe Key-User, dear colleagues,

mit Release 26.03 (Go-live Samstag, 28.03.) ändern sich die Datenexporte:

DE
- Das Feld "Diagnose/ICD" wird in allen Excel-Exporten maskiert (****), außer im Export
  "Beratungsarzt" mit Berechtigung LEI_MED.
- IBANs erscheinen nur noch mit den letzten vier Stellen.
- Geburtsdaten werden im Export "Bestandsliste Makler" auf das Geburtsjahr gekürzt.

EN
- The field "diagnosis/ICD" is masked in all Excel exports except for users with role LEI_MED.
- IBANs are shown with the last four characters only.
- Dates of birth are reduced to the year in the broker portfolio export.

Testinstanz: https://leistung-test.weserland.example – bitte bis Donnerstag abnehmen.

Gruß / cheers
Finn
""" + sig("westermann"))

# 110 -------------------------------------------------------------- (N45) out-of-office English
M("NORMAL", "en", "insurer-to-partner",
  "trap: English auto-reply naming urgent health claims and a deputy; no person concerned",
  frm=addr("linton"), to=[("Contracts – Hanse Kliniken Gruppe", "vertraege@hanse-kliniken.example")],
  subject="Automatic reply: RE: Direct billing framework agreement – our comments on draft v2",
  date=(25, 13, 12), headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  charset="us-ascii", cte="7bit",
  body="""Thank you for your message. I am out of the office until 1 April 2026 with no access
to e-mail.

For urgent pre-authorisations and guarantees of payment for hospital admissions please
contact our 24/7 medical assistance line: +49 421 5570-3199 or globalhealth@weserland.example.
For contract questions, please contact Svenja Dreyer (svenja.dreyer@weserland.example).

Rebecca Linton
Weserland Global Health
""")

# 111 -------------------------------------------------------------- (C33) plumber order with tenant details
M("CONFIDENTIAL", "de", "insurer-to-supplier",
  "repair order to a plumber with the named policyholder's address, phone and claim number (water damage, no injury)",
  frm=addr("bruns"), to=[("Sanitär Meyerhoff GmbH", "auftrag@sanitaer-meyerhoff.example")],
  subject="Auftrag Leckageortung – LW-26-003315 – Fam. Nordhausen",
  date=(25, 14, 30), headers=OUTLOOK,
  body="""Moin Herr Meyerhoff,

bitte übernehmen Sie die Leckageortung im Rahmen unseres Partnervertrags:

Kunde:     Herr Arne Nordhausen, Tel. 0176 4412 0983 (bitte vorher anrufen, berufstätig)
Adresse:   Hollerlander Weg 7, 28355 Bremen, Keller
Schaden:   LW-26-003315 (Wohngebäude WG-4410-220187), Feuchtigkeit Kellerwand Nordseite
Freigabe:  Ortung bis 900 EUR netto; Reparatur nach Rücksprache

Rechnung bitte direkt an uns, nicht an den Kunden.

Gruß
Merle Bruns
""" + sig("bruns"))

# 112 -------------------------------------------------------------- (S34) criminal defence coverage
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
  "legal expenses: criminal proceedings against a named customer (negligent bodily injury) – criminal offence data",
  frm=addr("feldmann"), to=[("Mr Alastair Reid", "a.reid@reid-kanzlei.example")],
  subject="Your client Mr Connor Walsh – cover for criminal defence – our ref. RS-26-01402",
  date=(26, 9, 5), headers=OUTLOOK_EN,
  body="""Dear Mr Reid,

we confirm cover under your client's traffic legal expenses policy RS-8805-2291 for his
defence in the criminal proceedings before the Amtsgericht Bremen (public prosecutor's ref.
610 Js 41877/26) for negligent bodily injury (§ 229 StGB) following the cycling accident on
19 January 2026.

Please note: cover is granted on the basis that the offence is a negligent one. If your client
is convicted of an intentional offence, he must repay the costs we have paid (§ 2 (i) ARB).
The related administrative offence proceedings for running a red light are also covered.

Fees according to the RVG statutory rates; please send interim invoices quoting our reference.

Yours sincerely
Nils Feldmann
""" + sig("feldmann", "en") + FOOT["en"])

# 113 -------------------------------------------------------------- (N46) translation agency
M("NORMAL", "de", "insurer-to-supplier",
  "trap: price request to a translation agency for medical reports in general; no document or person",
  frm=addr("grotheer"), to=[("Übersetzungsbüro Lingua Hanse", "angebote@lingua-hanse.example")],
  subject="Preisanfrage Fachübersetzungen Medizin (ES/TR/PL -> DE)",
  date=(26, 10, 0), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

für unsere Reise-Schadenabteilung suchen wir einen Rahmenvertragspartner für Übersetzungen von
Arztberichten, Entlassungsbriefen und Krankenhausrechnungen aus dem Spanischen, Türkischen
und Polnischen ins Deutsche (ca. 250 Seiten pro Jahr, Eilaufträge innerhalb von 24 Stunden).

Bitte nennen Sie uns:
- Preis pro Normzeile bzw. Seite, Eilzuschlag
- Qualifikation Ihrer Übersetzer im medizinischen Bereich
- wie Sie die Vertraulichkeit sicherstellen (Verpflichtung nach § 203 Abs. 4 StGB,
  Auftragsverarbeitungsvertrag, Übermittlung nur über ein sicheres Portal)

Angebote bitte bis 10.04.2026.

Mit freundlichen Grüßen
Paula Grotheer
""" + sig("grotheer") + FOOT["de"])

# 114 -------------------------------------------------------------- (C34) PV policy schedule ODT
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "ODT policy schedule for a photovoltaic system: name, address, policy no., sum insured and IBAN (attachment only)",
  frm=addr("kaya"), to=[("Enno Gloystein", "enno.gloystein@nordpost.example")],
  subject="Ihre Photovoltaikversicherung – Unterlagen",
  date=(26, 11, 20), headers=TB, charset="utf-8", cte="8bit", flowed=True,
  body="""Hallo Herr Gloystein,

wie gewünscht schicke ich Ihnen die Unterlagen im ODT-Format, da Sie mit LibreOffice arbeiten.
Die PDF-Fassung liegt zusätzlich im Kundenpostfach.

Viele Grüße
Deniz Kaya
""" + sig("kaya"),
  att=[Att("Versicherungsschein_PV-9020-00871.odt", make_odt([
      "# Versicherungsschein Photovoltaikversicherung",
      "Versicherungsnehmer: Enno Gloystein, Worphauser Landstraße 31, 28865 Lilienthal",
      "Versicherungsschein-Nr.: PV-9020-00871, Beginn 01.04.2026, Ablauf 01.04.2027, Verlängerung um je ein Jahr",
      "Anlage: 11,6 kWp Aufdachanlage, 29 Module, Wechselrichter SMA, Speicher 10 kWh",
      "Versicherungssumme: 24.500 EUR, Ertragsausfall 6 Monate",
      "Jahresbeitrag: 118,00 EUR inkl. Versicherungsteuer",
      f"SEPA-Lastschrift von IBAN {iban('DE', '29152670' + '0010442871')}, Kontoinhaber Enno Gloystein",
  ], "Versicherungsschein PV"))])

# 115 -------------------------------------------------------------- (S35) employment legal expenses, dismissal due to illness
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses (employment): dismissal of a named customer due to illness, with sick days and burnout diagnosis",
  frm=addr("feldmann"), to=[("Carsten Lüllmann", "c.luellmann@webpost.example")],
  subject="Kündigungsschutzklage – Deckungszusage RS-26-01377",
  date=(26, 13, 40), headers=OUTLOOK,
  body="""Sehr geehrter Herr Lüllmann,

Ihr Arbeitgeber, die Speditionsgesellschaft Weserport mbH, hat Ihnen am 09.03.2026 ordentlich
zum 30.06.2026 gekündigt und die Kündigung mit Ihren krankheitsbedingten Fehlzeiten begründet
(laut Kündigungsschreiben 96 Arbeitstage in 2024 und 2025, Erschöpfungsdepression/Burnout).

Für die Kündigungsschutzklage vor dem Arbeitsgericht Bremen-Bremerhaven erteilen wir
Deckungszusage aus Ihrem Vertrag RS-8804-0719 (Arbeits-Rechtsschutz) für die erste Instanz.
Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang der Kündigung (§ 4 KSchG).

Ihr Anwalt, Herr Dr. Pöppelmann, erhält eine Kopie dieser Zusage.

Mit freundlichen Grüßen
Nils Feldmann
""" + sig("feldmann"))

# 116 -------------------------------------------------------------- (N47) anonymised case study, mixed
M("NORMAL", "mixed", "internal",
  "trap: grey: anonymised training case (age band, diagnosis, no name, no number) for new claims staff; de/en",
  frm=addr("sievers"), to=[("Trainees Leistung 2026", me("trainees-leistung"))],
  subject="Fallübung 3 / case study 3 – Bandscheibe & Krankentagegeld",
  date=(26, 15, 0), headers=OUTLOOK,
  body="""Hallo zusammen / hi all,

für Donnerstag bitte folgenden Übungsfall vorbereiten. Der Fall ist aus mehreren echten Fällen
zusammengesetzt und vollständig anonymisiert – Namen, Nummern und Daten sind frei erfunden.

Fall 3: Versicherte/r, 50–59 Jahre, Bürotätigkeit, Krankentagegeld ab 43. Tag.
AU wegen lumbalem Bandscheibenvorfall (M51.2), konservative Therapie, nach 10 Wochen
Wiedereingliederung geplant.

Questions / Fragen:
1. Ab wann ist Krankentagegeld zu zahlen, und in welcher Höhe, wenn das Nettoeinkommen
   unter dem versicherten Tagessatz liegt? (keyword: Übersicherung)
2. Wie ist die stufenweise Wiedereingliederung tariflich zu behandeln?
3. Which documents would you request, and why not the full hospital file?

Bis Donnerstag
H. Sievers
""")

# 117 -------------------------------------------------------------- (N48) marine market note
M("NORMAL", "en", "insurer-to-broker",
  "plain business: marine cargo market conditions and capacity; no insured or person data",
  frm=addr("harms"), to=[("Lighthouse Marine Brokers – Cargo desk", "cargo@lighthouse-marine.example")],
  subject="Weserland cargo appetite Q2 2026",
  date=(27, 9, 30), headers=OUTLOOK_EN, charset="us-ascii", cte="7bit",
  body="""Dear all,

a short update on our cargo appetite for Q2:

* Capacity: EUR 7.5m any one conveyance, EUR 15m stock throughput (unchanged)
* Red Sea / Gulf of Aden: war risk only on a case-by-case basis, additional premium 0.35 %
* Reefer cargo: we are keen on fruit and pharma with temperature loggers; no frozen fish
* Project cargo: wind turbine components only with marine warranty surveyor

Our claims team has reduced the average settlement time to 19 days. If you have renewals on
1 July, please send them by the end of April.

Kind regards
Daniel Harms
""" + sig("harms", "en"))

# 118 -------------------------------------------------------------- (C35) onboarding ODS
M("CONFIDENTIAL", "en", "internal",
  "HR onboarding: ODS with new starters' birth dates, tax IDs, IBANs and salary (attachment only)",
  frm=addr("luedemann"), to=[addr("nowak")],
  subject="New starters April – payroll master data",
  date=(27, 10, 45), headers=OUTLOOK_EN,
  body="""Hi Marta,

attached are the master data of the three new starters on 1 April for payroll. Contracts are
signed; social security registration will be done by us on day one.

Thanks
Anja
""",
  att=[Att("new_starters_2026-04.ods", make_ods([("starters", [
      ["Pers.-Nr.", "Name", "Date of birth", "Tax ID", "Tax class", "IBAN", "Gross monthly EUR", "Department"],
      ["10533", "Okafor, Grace", "1995-06-18", "47 815 306 229", "I", iban("DE", "29050101" + "0088341102"), 3960, "Global Health"],
      ["10534", "Rehling, Malte", "1988-02-09", "62 009 471 835", "III", iban("DE", "29152670" + "0030771809"), 4650, "Motor Claims"],
      ["10535", "Saß, Vivien", "2002-11-23", "15 334 980 612", "I", iban("DE", "25190001" + "0720118431"), 2980, "Customer Service"],
  ])], "new starters"))])

# 119 -------------------------------------------------------------- (S36) dentist GOZ query
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "query to a dentist about a named patient's invoice: GOZ positions, tooth numbers, periodontitis treatment",
  frm=addr("dreyer"), to=[("Zahnarztpraxis Dr. Behnken", "abrechnung@zahnarzt-behnken.example")],
  subject="Rückfrage zur Rechnung vom 06.03.2026 – Patientin Gülsen Osmani",
  date=(27, 11, 50), headers=OUTLOOK,
  body="""Sehr geehrte Frau Dr. Behnken,

Ihre Patientin, Frau Gülsen Osmani, hat uns Ihre Rechnung Nr. 2026-0418 zur Erstattung
eingereicht. Mit ihrem Einverständnis haben wir eine Rückfrage:

- GOZ 4138 (Verwendung eines Membranmaterials) ist für Regio 36 angesetzt, im Heil- und
  Kostenplan war nur GOZ 9100 vorgesehen. Können Sie die medizinische Notwendigkeit kurz
  begründen?
- GOZ 4070/4075 (Parodontalchirurgie) an 14, 15, 24, 25: liegt hierzu eine Diagnose einer
  Parodontitis Stadium III vor? In der Rechnung fehlt die Diagnoseangabe.
- Steigerungsfaktor 3,5 bei GOZ 2197: Begründung fehlt (§ 5 Abs. 2 GOZ).

Für Ihre Antwort nutzen Sie bitte unser Ärzteportal oder den Postweg.

Mit freundlichen Grüßen
Svenja Dreyer
""" + sig("dreyer") + FOOT["kv"])

# 120 -------------------------------------------------------------- (N49) product minutes ODT
M("NORMAL", "de", "internal",
  "trap: minutes of product development for a care supplement with morbidity and care-level probabilities (ODT); no person",
  frm=addr("ahlers"), to=[("Produktentwicklung KV", me("produkt-kv"))],
  subject="Protokoll PE-Runde PflegePlus 2027 vom 26.03.",
  date=(27, 14, 5), headers=OUTLOOK,
  body="""Hallo zusammen,

anbei das Protokoll der gestrigen Runde. Bitte Korrekturen bis Dienstag.

Friederike
""",
  att=[Att("Protokoll_PE_PflegePlus_2026-03-26.odt", make_odt([
      "# Protokoll Produktentwicklung PflegePlus 2027 – 26.03.2026",
      "Teilnehmende: Aktuariat, Leistung Kranken, Vertrieb, Recht & Compliance",
      "TOP 1: Rechnungsgrundlagen. Pflegewahrscheinlichkeiten nach PKV-Pflegetafel 2025; Anteil Demenz als Hauptursache bei Pflegegrad 3+ ca. 42 %.",
      "TOP 2: Leistungen. Pflegegrad 1 künftig 10 % statt 0 %; stationär 100 % ab Pflegegrad 2.",
      "TOP 3: Gesundheitsprüfung. Vier Fragen (bestehende Pflegebedürftigkeit, Demenz/Parkinson/MS, Dialyse, Krebs in den letzten 5 Jahren).",
      "TOP 4: Beitrag. Beispiel Eintrittsalter 45, Pflegemonatsgeld 1.000 EUR: ca. 24 EUR monatlich.",
      "Nächster Termin: 23.04.2026",
  ], "Protokoll PE PflegePlus"))])
# 121 -------------------------------------------------------------- (C36) cyber sole trader
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "cyber insurance claim of a sole-trader photographer: named insured, ransom demand, business bank account",
  frm=addr("stelljes"), to=[("Fotografie Svenja Ahrens", "studio@fotografie-ahrens.example")],
  subject="Cyberschaden CY-26-000041 – Ransomware – nächste Schritte",
  date=(27, 15, 30), headers=OUTLOOK,
  body=f"""Hallo Frau Ahrens,

danke für Ihren Anruf heute Morgen. Zusammengefasst:

- Ihr Rechner und das NAS im Studio (Ostertorsteinweg 70) sind seit dem 26.03. verschlüsselt,
  die Erpresser fordern 0,4 Bitcoin. Bitte zahlen Sie nichts und nehmen Sie keinen Kontakt auf.
- Unser IT-Forensik-Partner, die Firma Kielwasser Security, meldet sich heute bis 18 Uhr bei
  Ihnen und kommt morgen ins Studio.
- Versichert sind über Ihren Vertrag CY-3301-0577 Forensik, Datenwiederherstellung und
  Betriebsunterbrechung (Tagessatz 250 EUR ab dem 2. Tag).
- Falls Kundenfotos betroffen sind, hilft Ihnen unser Rechtsdienstleister bei der Meldung an die
  Datenschutzaufsicht (72 Stunden!).

Die Vorschusszahlung von 2.000 EUR geht auf Ihr Geschäftskonto {iban("DE", "29050101" + "0082990017")}.

Beste Grüße
Marco Stelljes
""" + sig("stelljes", mobile="0160 4471-2209"))

# 122 -------------------------------------------------------------- (N50) storm warning mass mail
M("NORMAL", "de", "newsletter",
  "trap: mass storm warning to customers with generic advice; no individual data",
  frm=("Weserland Unwetterservice", me("unwetter")), to=[("Kundinnen und Kunden Region Nord", me("unwetter-verteiler"))],
  subject="Unwetterwarnung: Orkanböen ab Sonntagabend – so schützen Sie Ihr Zuhause",
  date=(28, 17, 0), headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.weserland.example/unwetter/abmelden>")],
  html=html_wrap("""<h2 style="color:#c00">Unwetterwarnung für Bremen und Niedersachsen-Nord</h2>
<p>Der Wetterdienst erwartet ab Sonntagabend Orkanböen bis 120 km/h.</p>
<ul><li>Gartenmöbel, Trampoline und Mülltonnen sichern</li>
<li>Fahrzeuge nicht unter Bäumen parken</li>
<li>Dachfenster schließen, Rollläden herunterlassen</li>
<li>Nach dem Sturm: Schäden fotografieren und in der App melden</li></ul>
<p>Bei Verletzungen oder Gefahr: Notruf 112.</p>
<p><a href="https://www.weserland.example/unwetter/abmelden">Unwetterwarnungen abbestellen</a></p>"""),
  body="""UNWETTERWARNUNG für Bremen und Niedersachsen-Nord

Der Wetterdienst erwartet ab Sonntagabend Orkanböen bis 120 km/h.

- Gartenmöbel, Trampoline und Mülltonnen sichern
- Fahrzeuge nicht unter Bäumen parken
- Dachfenster schließen, Rollläden herunterlassen
- Nach dem Sturm: Schäden fotografieren und in der App melden

Bei Verletzungen oder Gefahr: Notruf 112.

Abbestellen: https://www.weserland.example/unwetter/abmelden
""")

# 123 -------------------------------------------------------------- (S37) expat underwriting
M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "medical underwriting of a named applicant for the expat health plan: BMI, hypertension, medication, proposed exclusion",
  frm=addr("linton"), to=[addr("sievers")],
  subject="Underwriting referral – application WGH-A-26-0418 (Mr Jonathan Pryce)",
  date=(30, 9, 5), headers=OUTLOOK_EN,
  body="""Dear Dr. Sievers,

could you please review the following application before we make an offer?

  Applicant:   Jonathan Pryce, born 04/08/1976, relocating from Leeds to Bremen (Airbus supplier)
  Plan:        Premium Worldwide, deductible EUR 500
  Disclosed:   hypertension since 2019, treated with ramipril 5 mg, last BP 138/86
               BMI 31.4
               knee arthroscopy right 2021 (meniscus), no complaints since
               sleep apnoea suspected, sleep study scheduled in May

My proposal: standard terms with 25 % loading for hypertension/BMI, exclusion of the right
knee for 2 years, postpone the sleep-apnoea question until the study result is available.

Many thanks
Rebecca
""" + sig("linton", "en"))

# 124 -------------------------------------------------------------- (C37) recourse property only
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "recourse letter to a named cyclist for property damage to our customer's car (nobody hurt), amount and claim number",
  frm=addr("oltmanns"), to=[("Patrick Hüneke", "p.hueneke@webpost.example")],
  subject="Schadenersatzforderung – Vorfall vom 20.02.2026, Stader Straße",
  date=(30, 10, 15), headers=OUTLOOK,
  body="""Sehr geehrter Herr Hüneke,

am 20.02.2026 sind Sie mit Ihrem Fahrrad in der Stader Straße gegen den ordnungsgemäß geparkten
Pkw unserer Versicherungsnehmerin gefahren und haben dabei Tür und Kotflügel beschädigt.
Verletzt wurde niemand; Sie haben den Vorfall vor Ort schriftlich bestätigt.

Da Sie nach Ihren Angaben keine private Haftpflichtversicherung haben, an die wir uns wenden
könnten, und wir den Schaden unserer Kundin aus der Vollkasko bezahlt haben, fordern wir den
Betrag nach § 86 VVG von Ihnen zurück:

  Reparaturkosten      2.318,60 EUR
  Gutachten              412,00 EUR
  Summe                2.730,60 EUR

Bitte überweisen Sie den Betrag bis 30.04.2026 unter Angabe der Schadennummer 26-KV-0039117
oder melden Sie sich bei uns, wenn Sie eine Ratenzahlung vereinbaren möchten.

Mit freundlichen Grüßen
Jannik Oltmanns
""" + sig("oltmanns") + FOOT["de"])

# 125 -------------------------------------------------------------- (N51) bKV open enrollment en
M("NORMAL", "en", "internal",
  "trap: HR explains the company health insurance (bKV) benefits – dental, glasses, check-ups – to all staff; no individual",
  frm=addr("luedemann"), to=[("All staff Weserland", me("alle-mitarbeitenden"))],
  subject="Company health insurance (bKV): new budget tariff from 1 May",
  date=(30, 11, 0), headers=OUTLOOK_EN,
  body="""Dear colleagues,

(German version below the English text is in the intranet article)

from 1 May 2026 our company health insurance (bKV) switches to a health budget of EUR 600
per year and employee, paid entirely by Weserland. You can use it for:

 * dental treatment and professional teeth cleaning
 * glasses and contact lenses
 * alternative practitioners and osteopathy
 * vaccinations for private travel
 * check-ups not paid by statutory health insurance

There are no health questions and no waiting periods. The insurer is our own Weserland
Krankenversicherung – invoices are handled by the Health Benefits team under strict
confidentiality; HR does not see what you claim.

Best regards
Anja Lüdemann
""" + sig("luedemann", "en"))

# 126 -------------------------------------------------------------- (S38) dental application loading
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental application: exclusion and loading because of the applicant's periodontitis and missing teeth (underwriting decision)",
  frm=addr("kaya"), to=[("Kerstin Mahnken", "kerstin.mahnken@nordpost.example")],
  subject="Ihr Antrag ZahnPlus 90 – Annahme mit Leistungsausschluss",
  date=(30, 13, 20), headers=OUTLOOK,
  body="""Sehr geehrte Frau Mahnken,

vielen Dank für Ihren Antrag auf die Zahnzusatzversicherung ZahnPlus 90.

Sie haben im Antrag angegeben, dass bei Ihnen eine Parodontitis behandelt wurde (Abschluss
der Therapie 11/2025) und dass zwei Zähne (16 und 46) fehlen und nicht ersetzt sind.

Wir können Ihren Antrag wie folgt annehmen:
- Leistungsausschluss für den Ersatz der Zähne 16 und 46
- Risikozuschlag von 20 % wegen der Parodontitis (Beitrag 32,52 EUR statt 27,10 EUR)
- Der Zuschlag entfällt auf Antrag, wenn drei Jahre keine Parodontitisbehandlung erfolgt ist.

Bitte bestätigen Sie innerhalb von vier Wochen, ob Sie den Vertrag zu diesen Bedingungen
abschließen möchten.

Freundliche Grüße
Deniz Kaya
""" + sig("kaya") + FOOT["kv"])

# 127 -------------------------------------------------------------- (C38) rental car excess GB IBAN
IB_GB_PARRY = iban("GB", "NWBK" + "601613" + "31926819")
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "rental car excess reimbursement to a named customer's UK IBAN; damage to the hire car, nobody hurt",
  frm=addr("grotheer"), to=[("Gareth Parry", "gareth.parry@mailhub.example")],
  subject="Rental car excess claim MS-26-00093 – reimbursement",
  date=(30, 14, 45), headers=OUTLOOK_EN, charset="us-ascii", cte="7bit",
  body=f"""Dear Mr Parry,

thank you for the documents from the rental company in Faro. The excess of EUR 1,100.00
charged to your credit card for the scratched rear bumper is covered by your rental car excess
insurance MS-7710-0412.

We will transfer EUR 1,100.00 to your account
  {IB_GB_PARRY}
  account holder: Gareth Parry
within five working days.

Kind regards
Paula Grotheer
Travel Claims
Weserland Allgemeine Versicherung AG
""")

# 128 -------------------------------------------------------------- (N52) lawyer network agreement
M("NORMAL", "de", "insurer-to-lawyer",
  "trap: cooperation agreement for a lawyer network (fees, confidentiality, § 203) without any case or client",
  frm=addr("feldmann"), to=[("RA Jasmin Ohlsen", "j.ohlsen@brandt-ohlsen.example")],
  subject="Kooperationsvereinbarung Anwaltsnetzwerk 2026 – Entwurf",
  date=(30, 15, 50), headers=OUTLOOK,
  body="""Sehr geehrte Frau Ohlsen,

wie angekündigt übersende ich die Eckpunkte der neuen Kooperationsvereinbarung für unser
Anwaltsnetzwerk (Arbeits-, Miet- und Verkehrsrecht):

1. Erstberatung telefonisch innerhalb von 24 Stunden, Pauschalhonorar 95 EUR netto.
2. Mandatsbearbeitung nach RVG; keine Gebührenvereinbarungen über RVG ohne unsere Zustimmung.
3. Korrespondenz zu Mandaten ausschließlich über das Anwaltsportal, nicht per E-Mail.
4. Ihre Verschwiegenheitspflicht (§ 43a BRAO, § 203 StGB) bleibt unberührt; wir erhalten nur
   die für die Deckungsprüfung erforderlichen Informationen.
5. Laufzeit ein Jahr, Verlängerung um jeweils ein Jahr.

Ich freue mich auf Ihre Anmerkungen.

Mit freundlichen Grüßen
Nils Feldmann
""" + sig("feldmann") + FOOT["de"])

# 129 -------------------------------------------------------------- (S39) ICS medical examination, en
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "accident claim: appointment for an orthopaedic examination of a named insured; diagnosis and claim in body and ICS",
  frm=addr("meyerdierks"), to=[("David Okonjo", "david.okonjo@mailhub.example")],
  subject="Medical examination for your accident claim UV-26-000177 – 14 April",
  date=(30, 16, 10), headers=OUTLOOK_EN,
  body="""Dear Mr Okonjo,

to assess the permanent impairment after your accident of 3 September 2025 (rupture of the
left Achilles tendon, surgically repaired), we have arranged an independent orthopaedic
examination:

  Tuesday, 14 April 2026, 9:30
  Prof. Dr. Jörg Lindemann, Gutachtenpraxis, Schwachhauser Heerstr. 50, 28211 Bremen

Please bring your MRI images, the physiotherapy report and a photo ID. Travel costs will be
reimbursed. A calendar entry is attached.

Kind regards
Katrin Meyerdierks
""" + sig("meyerdierks", "en"),
  att=[Att("examination_2026-04-14.ics", make_ics("uv26000177-gutachten@weserland.example",
                                                 "Orthopaedic examination (accident claim UV-26-000177)",
                                                 "20260414T093000", "20260414T103000",
                                                 "Gutachtenpraxis Prof. Lindemann, Schwachhauser Heerstr. 50, 28211 Bremen",
                                                 "Insured: David Okonjo. Achilles tendon rupture left (S86.0). Bring MRI images.",
                                                 ("Katrin Meyerdierks", me("katrin.meyerdierks")),
                                                 [("David Okonjo", "david.okonjo@mailhub.example")]),
              ctype="text/calendar", cte="base64")])

# 130 -------------------------------------------------------------- (C39) quoted-only claim data
M("CONFIDENTIAL", "de", "customer",
  "top says only 'bitte übernehmen'; the quoted customer mail holds name, address, policy and household claim",
  frm=addr("bruns"), to=[("Dörte Ulrichs", me("doerte.ulrichs"))],
  subject="AW: Einbruch Gartenhaus",
  date=(31, 8, 20), headers=TB, charset="utf-8", cte="8bit", flowed=True,
  body="""Hallo Dörte,

bitte übernehmen, PLZ 28 ist jetzt deins :-)

Merle

Am 30.03.2026 um 19:03 schrieb Wolfgang Seedorf:
> Guten Abend,
> in der Nacht zu Sonntag wurde unser Gartenhaus in der Kleingartenanlage "Weserwiese"
> (Parzelle 41) aufgebrochen. Gestohlen wurden ein Rasenmäher (Stihl, ca. 2 Jahre alt),
> eine Motorsense und Werkzeug. Anzeige ist erstattet.
> Meine Hausratversicherung: HR-2208-40177.
> Wolfgang Seedorf, Osterholzer Heerstraße 190, 28325 Bremen, Tel. 0421 408812
""")

# 131 -------------------------------------------------------------- (N53) salary bands collective agreement
M("NORMAL", "de", "internal",
  "trap: published collective-agreement salary table (Tarifgruppen) for a recruiting question; no individual income",
  frm=addr("luedemann"), to=[addr("dreyer")],
  subject="AW: Gehaltsrahmen für die MFA-Stelle",
  date=(31, 9, 10), headers=OUTLOOK,
  body="""Hallo Svenja,

zu deiner Frage: Die Stelle ist in TG 5 bzw. TG 6 eingruppiert. Die Werte aus dem
Gehaltstarifvertrag für das private Versicherungsgewerbe (gültig ab 01.09.2025):

  TG 5:  Eingangsstufe 3.411 EUR, nach 6 Jahren 3.807 EUR
  TG 6:  Eingangsstufe 3.702 EUR, nach 6 Jahren 4.165 EUR
  zzgl. 13,8 Monatsgehälter, vermögenswirksame Leistungen

Bewerberinnen mit MFA-Ausbildung starten bei uns meist in TG 5/1. In der Anzeige nennen wir
aber weiterhin nur "nach Tarif".

LG Anja

-----Ursprüngliche Nachricht-----
Von: Dreyer, Svenja
Gesendet: Montag, 30. März 2026 16:40
Betreff: Gehaltsrahmen für die MFA-Stelle

Hi Anja, was können wir einer MFA mit 5 Jahren Praxiserfahrung ungefähr bieten? Gruß Svenja
""")

# 132 -------------------------------------------------------------- (S40) mixed quoted chain travel claim
M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
  "short German top; the quoted English hospital mail holds a named traveller's diagnosis (kidney stones) and treatment",
  frm=addr("grotheer"), to=[("EuroAssist Partners – Medical Desk", "medical@euroassist.example")],
  subject="AW: RE: Case EA-26-07731 / Hr. Bernd Tammen – medical update",
  date=(31, 10, 0), headers=OUTLOOK,
  body="""Hallo Frau Duarte,

danke, Kostenübernahme für die Ureteroskopie ist erteilt (bis 6.000 EUR). Bitte organisieren
Sie den Rückflug in Economy mit Gangplatz, sobald der Arzt "fit to fly" bestätigt.

Gruß
Paula Grotheer
Reise-Schaden, Weserland

-----Original Message-----
From: Medical Desk EuroAssist <medical@euroassist.example>
Sent: Monday, 30 March 2026 18:12
To: Reise-Schaden Weserland <reiseschaden@weserland.example>
Subject: RE: Case EA-26-07731 / Hr. Bernd Tammen – medical update

Dear colleagues,

update from Hospital Quirónsalud Palma on your insured Mr Bernd Tammen (DOB 17.10.1958):
admitted 29/03 with renal colic, CT shows a 7 mm stone in the right distal ureter (N20.1),
hydronephrosis grade II. Urologist recommends ureteroscopy with stent tomorrow. Estimated
cost EUR 4,800-5,500. Patient stable, on IV analgesia. Please confirm cover.

Best regards
Inês Duarte, EuroAssist Medical Desk
""")

# 133 -------------------------------------------------------------- (C40) premium reminder base64
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "payment reminder for a named customer's motor and household premiums with amounts, policy numbers (base64 body)",
  frm=addr("wuebbe"), to=[("Kevin Siemering", "kevin.siemering@freenet-post.example")],
  subject="Zahlungserinnerung – Ihre Beiträge sind noch offen",
  date=(31, 11, 5), headers=[("X-Mailer", "Weserland Inkasso 2.3")], cte="base64",
  body="""Sehr geehrter Herr Siemering,

leider konnten wir die folgenden Beiträge nicht einziehen, weil Ihre Bank die Lastschrift
zurückgegeben hat:

  Hausrat HR-2211-07719        Beitrag April    9,85 EUR
  Privathaftpflicht PH-5513-04418   Beitrag April    5,20 EUR
  Rücklastschriftgebühr                         3,00 EUR
  offen gesamt                                 18,05 EUR

Bitte überweisen Sie den Betrag bis zum 14.04.2026 auf unser Konto bei der Hansabank
(Verwendungszweck: HR-2211-07719). Erfolgt keine Zahlung, kann der Versicherungsschutz
gefährdet sein (§ 38 VVG).

Mit freundlichen Grüßen
Forderungsmanagement
Weserland Allgemeine Versicherung AG
""")

# 134 -------------------------------------------------------------- (N54) cloud DPA negotiation
M("NORMAL", "en", "insurer-to-supplier",
  "trap: DPA negotiation listing data categories (health data, bank data) in the annex; no actual data",
  frm=addr("osterloh"), to=[("Legal – Nimbus Cloud Services", "legal@nimbus-cloud.example")],
  subject="DPA – Annex 1 categories of data and § 203 StGB wording",
  date=(31, 12, 20), headers=OUTLOOK_EN,
  body="""Dear Ms Andersson,

thank you for the revised DPA. Two points remain open:

1. Annex 1 (categories of personal data): please keep our wording "contract data, bank data,
   health data (diagnoses, treatment data, invoices), data on claims and accidents". We cannot
   accept the generic "customer data".

2. Professional secrecy: as a health and accident insurer, we are subject to § 203 German
   Criminal Code. Your staff with access must be bound to secrecy in writing, and you must
   pass this obligation on to sub-processors (§ 203 (4) StGB). Please add clause 9.4 as proposed.

Everything else is agreed from our side.

Kind regards
Maren Osterloh
""" + sig("osterloh", "en") + FOOT["en"])

# 135 -------------------------------------------------------------- (C41) previous insurer query en
M("CONFIDENTIAL", "en", "insurer-to-partner",
  "request to a previous Danish insurer for the no-claims history of a named customer with birth date and registration",
  frm=addr("gerdes"), to=[("Motor Underwriting – Kattegat Forsikring", "motor@kattegat-forsikring.example")],
  subject="Request for claims history – Mr Anders Holm, born 21/12/1979",
  date=(31, 13, 0), headers=OUTLOOK_EN,
  body="""Dear colleagues,

Mr Anders Holm, born 21/12/1979, has moved from Aarhus to Bremen and applied for motor
insurance with us. He states that he was insured with you under policy no. 44-1182-0937 until
28/02/2026 (vehicle Volvo XC40, Danish registration CX 41 882) without claims since 2017.

With his consent (attached to our letter by post) we kindly ask you to confirm:
 - period of insurance,
 - number and dates of third-party liability and own-damage claims in the last 10 years.

Thank you in advance.

Kind regards
Tim Gerdes
""" + sig("gerdes", "en") + FOOT["en"])

# 136 -------------------------------------------------------------- (N55) broker registration confirmation
M("NORMAL", "de", "insurer-to-broker",
  "trap: confirmation of a broker firm's registration (GmbH, IHK register number, company data) without customer data",
  frm=addr("albers"), to=[("Nordküste Assekuranzmakler GmbH", "info@nordkueste-makler.example")],
  subject="Anbindung als Vertragspartner – Vermittlernummer VP-118533",
  date=(31, 13, 40), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

herzlich willkommen bei Weserland! Ihre Anbindung ist abgeschlossen:

  Vertragspartner:       Nordküste Assekuranzmakler GmbH, Cuxhaven
  Vermittlerregister:    D-W-132-TZ8Q-41
  Vermittlernummer:      VP-118533
  Courtagevereinbarung:  Standard Komposit 2026, Krankenzusatz (ohne Vollversicherung)

Ihr Makleradministrator erhält in einer separaten E-Mail das Einmal-Passwort für das
Maklerportal und kann dann weitere Benutzer anlegen und Bestandsrechte vergeben.

Ich freue mich auf die Zusammenarbeit und melde mich für einen Antrittsbesuch.

Beste Grüße
Thorsten Albers
""" + sig("albers", mobile="0171 4430-882") + FOOT["de"])

# 137 -------------------------------------------------------------- (S41) death benefit accident
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "accident death benefit to the widow: named deceased, cause of death (traffic accident, head injury) and payment",
  frm=addr("meyerdierks"), to=[("Helga Bischoff", "helga.bischoff@nordpost.example")],
  subject="Unfallversicherung Ihres verstorbenen Mannes – Auszahlung der Todesfallleistung",
  date=(31, 14, 30), headers=OUTLOOK,
  body="""Sehr geehrte Frau Bischoff,

zunächst möchten wir Ihnen noch einmal unser aufrichtiges Beileid aussprechen.

Ihr Mann, Herr Klaus Bischoff, ist am 02.03.2026 an den Folgen seines Verkehrsunfalls auf der
A27 verstorben. Nach der Todesbescheinigung und dem Bericht des Klinikums Bremen-Mitte war
Todesursache ein schweres Schädel-Hirn-Trauma (S06.7) ohne Wiedererlangen des Bewusstseins.

Aus der Unfallversicherung UV-3304-5521 zahlen wir die vereinbarte Todesfallleistung von
25.000 EUR an Sie als Bezugsberechtigte. Der Betrag wird in den nächsten Tagen auf das Konto
überwiesen, das Sie uns mit dem Erbschein genannt haben.

Wenn wir Sie bei weiteren Formalitäten unterstützen können, rufen Sie mich gern an.

Mit freundlichen Grüßen
Katrin Meyerdierks
""" + sig("meyerdierks") + FOOT["de"])
# 138 -------------------------------------------------------------- (C42) mixed IT ticket wrong IBAN
M("CONFIDENTIAL", "mixed", "internal",
  "IT ticket (de/en) about a customer record with a wrong IBAN: name, customer no. and both IBANs",
  frm=addr("heitmann"), to=[("IT Service Desk", me("servicedesk"))], cc=[addr("westermann")],
  subject="Ticket: Kundendatensatz überschreibt IBAN / customer record reverts bank details",
  date=(31, 14, 55), headers=OUTLOOK,
  body=f"""Hallo Servicedesk / hi Finn,

bei der Kundin Ingrid Lampe (Kunden-Nr. 4410228815) springt die Bankverbindung nach jeder
Änderung zurück auf die alte IBAN. Steps to reproduce:

1. Open customer 4410228815 in the customer desk
2. Change IBAN from {iban("DE", "29050101" + "0012208871")} to {iban("DE", "28050100" + "0047112290")}
3. Save -> confirmation "gespeichert"
4. Reload -> old IBAN is shown again, and the SEPA mandate reference is unchanged

Die Kundin hat schon zweimal angerufen, weil die Beiträge vom alten (aufgelösten) Konto
abgebucht werden sollen. Please fix asap, Hauptfälligkeit ist der 01.04.!

Danke
Jana Heitmann
""" + sig("heitmann"))

# 139 -------------------------------------------------------------- (S42) dental emergency abroad, alternative HTML table
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "travel health: dental emergency abroad for a named customer (abscess, root canal) with an HTML and text table of reimbursed items",
  frm=addr("grotheer"), to=[("Hannah Whitaker", "hannah.whitaker@mailhub.example")],
  subject="Reimbursement – dental treatment in Lisbon – claim RK-26-01211",
  date=(31, 15, 40), headers=OUTLOOK_EN,
  body="""Dear Ms Whitaker,

we have reimbursed your dental emergency treatment in Lisbon (abscess at tooth 26, drainage
and start of root canal treatment) under your travel health insurance RKV-8818-1442:

  Date        Treatment                          Invoice     Reimbursed
  18/03/2026  examination, X-ray (OPG)           EUR  85.00  EUR  85.00
  18/03/2026  incision and drainage, tooth 26    EUR 140.00  EUR 140.00
  19/03/2026  amoxicillin 1000 mg (pharmacy)     EUR  12.40  EUR  12.40
  20/03/2026  root canal (first session)         EUR 260.00  EUR 130.00 (pain relief only)

Total reimbursed: EUR 367.40. Definitive root canal treatment and crown after your return are
not covered by travel insurance; please contact your dentist at home.

Kind regards
Paula Grotheer
""" + sig("grotheer", "en"),
  html=html_wrap("""<p>Dear Ms Whitaker,</p>
<p>we have reimbursed your dental emergency treatment in Lisbon (abscess at tooth 26, drainage
and start of root canal treatment) under your travel health insurance RKV-8818-1442:</p>
""" + html_table([["Date", "Treatment", "Invoice", "Reimbursed"],
                  ["18/03/2026", "examination, X-ray (OPG)", "EUR 85.00", "EUR 85.00"],
                  ["18/03/2026", "incision and drainage, tooth 26", "EUR 140.00", "EUR 140.00"],
                  ["19/03/2026", "amoxicillin 1000 mg (pharmacy)", "EUR 12.40", "EUR 12.40"],
                  ["20/03/2026", "root canal (first session)", "EUR 260.00", "EUR 130.00 (pain relief only)"]]) + """
<p><b>Total reimbursed: EUR 367.40.</b> Definitive root canal treatment and crown after your return are
not covered by travel insurance; please contact your dentist at home.</p>
<p>Kind regards<br>Paula Grotheer<br>Travel Claims</p>""", "en"))

# 140 -------------------------------------------------------------- (N56) first aid course ICS
M("NORMAL", "de", "internal",
  "trap: invitation to a first-aider refresher course (CPR, AED) with ICS; no health data of anyone",
  frm=addr("tietjen"), to=[("Ersthelferinnen und Ersthelfer", me("ersthelfer"))],
  subject="Einladung: Erste-Hilfe-Fortbildung am 21.04. (Pflicht alle 2 Jahre)",
  date=(31, 16, 5), headers=OUTLOOK,
  body="""Liebe Ersthelferinnen und Ersthelfer,

eure Fortbildung nach DGUV Vorschrift 1 steht an. Inhalte: Herz-Lungen-Wiederbelebung mit
AED, stabile Seitenlage, Verbrennungen, Schlaganfall erkennen (FAST), Dokumentation im
Verbandbuch.

Termin: Dienstag, 21.04.2026, 8:30–16:00 Uhr, Raum E.01 – die Einladung hängt an.
Die Kosten trägt die Berufsgenossenschaft, die Zeit ist Arbeitszeit.

Viele Grüße
Heiko Tietjen
""" + sig("tietjen"),
  att=[Att("Erste-Hilfe-Fortbildung.ics", make_ics("eh-fortbildung-20260421@weserland.example",
                                                  "Erste-Hilfe-Fortbildung (DGUV)", "20260421T083000", "20260421T160000",
                                                  "Raum E.01, Am Speicher 4", "Trainer: Johanniter Bremen. Bitte bequeme Kleidung.",
                                                  ("Heiko Tietjen", me("heiko.tietjen")),
                                                  [("Ersthelfer", me("ersthelfer"))]),
              ctype="text/calendar", cte="quoted-printable")])

# 141 -------------------------------------------------------------- (C43) mortgage bank security certificate HTML attachment
M("CONFIDENTIAL", "de", "insurer-to-partner",
  "security certificate for a mortgage bank (HTML attachment): named owners, property, buildings policy and loan number",
  frm=addr("bruns"), to=[("Baufinanzierung Hansabank", "baufi@hansabank.example")],
  subject="Sicherungsbestätigung Wohngebäude – Darlehen 8800417723",
  date=(31, 16, 30), headers=OUTLOOK,
  body="""Sehr geehrte Damen und Herren,

anbei die Sicherungsbestätigung zu der bei uns bestehenden Wohngebäudeversicherung für das
von Ihnen finanzierte Objekt. Das Original folgt per Post.

Mit freundlichen Grüßen
Merle Bruns
""" + sig("bruns"),
  att=[Att("Sicherungsbestaetigung_WG-4410-331180.html", html_wrap("""<h2>Sicherungsbestätigung</h2>
<p>Versicherungsnehmer: Jan-Hendrik und Maren Roggenkamp, Am Rübenkamp 9, 28865 Lilienthal</p>
<p>Versicherungsschein: WG-4410-331180 (Feuer, Leitungswasser, Sturm/Hagel, Elementar)</p>
<p>Versicherungssumme: gleitender Neuwert, Wert 1914: 31.200 Mark</p>
<p>Grundpfandgläubigerin: Hansabank AG, Darlehen Nr. 8800417723, Grundschuld 420.000 EUR</p>
<p>Wir verpflichten uns, der Grundpfandgläubigerin den Wegfall des Versicherungsschutzes und Beitragsrückstände
unverzüglich anzuzeigen.</p>"""), ctype="text/html", charset="iso-8859-1", cte="quoted-printable")])

# 142 -------------------------------------------------------------- (N57) group QRT ODS mixed
M("NORMAL", "mixed", "insurer-to-partner",
  "trap: quarterly Solvency II figures (ODS) to the group parent incl. health and accident premiums; company aggregates only",
  frm=addr("ahlers"), to=[("Group Reporting Skagerrak", "group-reporting@skagerrak-group.example")],
  subject="Q1 2026 QRT S.05.01 Weserland – Vorabwerte / preliminary figures",
  date=(31, 17, 0), headers=OUTLOOK,
  body="""Dear group reporting team,

anbei die vorläufigen Werte für S.05.01 (premiums, claims and expenses by line of business)
für Q1 2026. Final figures follow on 15 April after the reserve committee.

Hinweis: Medical expense und income protection enthalten nur das Geschäft der Weserland
Krankenversicherung (non-SLT health); Storm "Jorinde" is included in fire and other damage.

Viele Grüße / best regards
Friederike Ahlers
""" + sig("ahlers"),
  att=[Att("QRT_S0501_Q1_2026_prelim.ods", make_ods([("S.05.01", [
      ["Line of business", "Gross written premium kEUR", "Gross claims incurred kEUR", "Expenses kEUR"],
      ["Medical expense insurance", 9120, 6010, 1880],
      ["Income protection insurance", 14410, 7330, 3120],
      ["Motor vehicle liability", 38700, 29950, 8440],
      ["Other motor", 27110, 21820, 5910],
      ["Fire and other damage to property", 41980, 52400, 10120],
      ["General liability", 12250, 6880, 3050],
      ["Legal expenses", 6140, 4010, 1700],
      ["Marine, aviation and transport", 5020, 2770, 1130],
  ])], "QRT S.05.01"))])

# 143 -------------------------------------------------------------- (S43) broker asks about daily sickness allowance
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
  "reply to a broker: a named customer's daily sickness allowance is being paid, sick leave period and next review",
  frm=addr("dreyer"), to=[("Jens Ehlers", "jens@makler-ehlers.example")],
  subject="AW: Status KT-Leistung Kunde Thomas Riekmann",
  date=(29, 10, 15), headers=OUTLOOK,
  body="""Hallo Herr Ehlers,

Ihr Kunde Herr Riekmann hat uns schriftlich erlaubt, Ihnen Auskunft zu geben. Kurz zum Stand:

- Das Krankentagegeld aus KT 43 (KV-50-118730) läuft; gezahlt ist bis einschließlich 28.03.2026.
- Die aktuelle AU-Bescheinigung reicht bis 17.04.2026.
- Wir haben einen Befundbericht der behandelnden Fachärztin angefordert; danach entscheiden
  wir, ob ein Gutachten zur Berufsunfähigkeit im Sinne der MB/KT nötig ist.

Nähere medizinische Angaben kann ich Ihnen nicht machen – die bespricht Herr Riekmann bitte
selbst mit Ihnen.

Viele Grüße
Svenja Dreyer
""" + sig("dreyer") + FOOT["kv"])

# 144 -------------------------------------------------------------- (N58) blank claim forms ZIP
M("NORMAL", "en", "insurer-to-broker",
  "trap: ZIP with blank accident and travel-health claim forms (DOCX, PDF) incl. medical-release template; no filled data",
  frm=addr("albers"), to=[("Claire Whitmore", "claire.whitmore@atlantic-benefits.example")],
  subject="Blank claim forms (English) for your clients – accident and travel health",
  date=(29, 11, 0), headers=OUTLOOK_EN,
  body="""Dear Claire,

as requested, attached are our English claim forms as a ZIP archive:

 - accident claim form (DOCX, fillable)
 - travel health claim form (PDF)
 - release from medical confidentiality (PDF template)

Clients can also report claims online. Please always use the current versions (03/2026).

Best regards
Thorsten Albers
""" + sig("albers", "en"),
  att=[Att("Weserland_claim_forms_EN_2026-03.zip", zbuild([
      ("accident_claim_form_EN.docx", make_docx([
          "# Accident claim form",
          "Policy number: ____________________",
          "Insured person (name, date of birth): ____________________",
          "Date, time and place of accident: ____________________",
          "Description of accident: ____________________",
          "Injuries (as diagnosed by the doctor): ____________________",
          "Treating doctor / hospital: ____________________",
          "Signature: ____________________"], "Accident claim form")),
      ("travel_health_claim_form_EN.pdf", make_pdf([
          "Travel health claim form (03/2026)",
          "Policy no. ______  Name of insured ______  Date of birth ______",
          "Country of treatment ______  Diagnosis ______",
          "Please attach original invoices and prescriptions."], "Travel health claim form")),
      ("medical_release_template_EN.pdf", make_pdf([
          "Release from medical confidentiality (template)",
          "I, ______ (name), born ______, release the following doctors/hospitals ______",
          "from their duty of confidentiality towards Weserland for the purpose of assessing my claim no. ______.",
          "Place, date, signature ______"], "Medical release template"))]))])

# 145 -------------------------------------------------------------- (S44) rehab management, subject tag
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
  "sender-marked [streng vertraulich]: rehab-management order with a named accident victim's injuries and therapy plan",
  frm=addr("meyerdierks"), to=[("RehaNord Fallmanagement", "fallmanagement@rehanord.example")],
  subject="[streng vertraulich] Reha-Management Auftrag – UV-26-000212",
  date=(29, 13, 30), headers=OUTLOOK + [("X-Weserland-Classification", "streng-vertraulich")],
  body="""Sehr geehrte Frau Kloppenburg,

wir beauftragen Sie mit dem Reha-Management für unseren Versicherten:

  Herr Tobias Kühling, geb. 02.05.1991, Dachdecker, wohnhaft in Oldenburg
  Unfall 07.01.2026, komplette Querschnittlähmung ab Th10 (S24.12)
  derzeit stationäre Reha im BG-Klinikum Hamburg, Entlassung voraussichtlich Ende Mai

Aufgaben:
1. Wohnraumanpassung (Mietwohnung 2. OG ohne Aufzug – Umzug nötig?)
2. Kfz-Umbau / Handgas, Führerschein-Eintragung
3. Berufliche Neuorientierung (Umschulung Bautechniker?) mit der Rentenversicherung abstimmen
4. Psychologische Begleitung anbieten

Budget zunächst 15.000 EUR. Bitte berichten Sie monatlich; die Schweigepflichtentbindung liegt vor.

Mit freundlichen Grüßen
Katrin Meyerdierks
""" + sig("meyerdierks") + FOOT["de"])

# 146 -------------------------------------------------------------- (C44) cat health insurance en
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "grey: pet health insurance claim for a named customer's cat (animal health, not human) with policy and payment",
  frm=addr("heitmann"), to=[("Olivia Brennan", "olivia.brennan@mailhub.example")],
  subject="Your pet insurance claim – \"Pixel\" – TK-1142-0219",
  date=(29, 14, 45), headers=OUTLOOK_EN, charset="us-ascii", cte="quoted-printable",
  body="""Dear Ms Brennan,

we have processed the invoice from Tierarztpraxis am Deich for your cat Pixel (dental
extraction of two premolars under anaesthesia, blood test beforehand).

  Invoice total          EUR 512.80
  covered (plan Vital)   EUR 512.80
  excess 10 %            EUR -51.28
  payment                EUR 461.52

The payment goes to your account ending in 4471. Please note that the annual dental limit of
EUR 600 is now almost used up for 2026.

Kind regards
Jana Heitmann
Customer Service
""")

# 147 -------------------------------------------------------------- (N59) office move en
M("NORMAL", "en", "internal",
  "trap: office move of the health and accident benefits teams with lockable cabinets for medical files; no data",
  frm=addr("tietjen"), to=[("Health & Accident Benefits", me("team-leistung-kv")), ("Accident Benefits", me("team-unfall"))],
  subject="Office move 3rd floor -> 5th floor on 17/18 April",
  date=(29, 15, 20), headers=OUTLOOK_EN,
  body="""Dear colleagues,

your move to the 5th floor (wing B) is scheduled for Friday 17 April after 14:00 and
Saturday 18 April.

* Please pack your personal items in the labelled crates by Friday 12:00.
* Paper files with medical documents (invoices, doctors' reports) stay in the locked cabinets;
  the movers transport the cabinets locked and sealed. Keys stay with the team leads.
* Nothing with customer data goes into the open crates or the paper bins on the corridor.
* IT reconnects your docking stations on Saturday; the scanners move on Monday morning.

Thank you for your help!
Heiko
""" + sig("tietjen", "en"))

# 148 -------------------------------------------------------------- (C45) sole-trader broker commission
M("CONFIDENTIAL", "de", "insurer-to-broker",
  "grey: commission statement for a sole-trader broker (natural person) with amounts, tax number and IBAN",
  frm=addr("nowak"), to=[("Jens Ehlers", "jens@makler-ehlers.example")],
  subject="Korrektur Courtageabrechnung Februar – VP-118402",
  date=(29, 16, 40), headers=OUTLOOK,
  body=f"""Hallo Herr Ehlers,

in der Courtageabrechnung Februar war die Bestandscourtage für Ihre Kfz-Verträge doppelt
storniert. Korrektur:

  Abschlusscourtage Februar               3.412,80 EUR
  Bestandscourtage Februar                1.108,45 EUR
  Korrektur Storno (Gutschrift)             642,10 EUR
  Auszahlung                              5.163,35 EUR

Die Gutschrift geht auf Ihr Konto {iban("DE", "28050100" + "0001187734")} (Inhaber Jens Ehlers,
Steuernummer 64/115/04471; als Versicherungsvermittler umsatzsteuerfrei nach § 4 Nr. 11 UStG).

Entschuldigen Sie den Fehler!

Viele Grüße
Marta Nowak
""" + sig("nowak"))

# 149 -------------------------------------------------------------- (S45) assistance handover with forwarded mail
_icu = inner_mail(("Medical Desk EuroAssist", "medical@euroassist.example"), [("Travel Claims Weserland", me("reiseschaden"))],
                  "Case EA-26-08102 – ICU admission Ms Ruth Engelke (DOB 03/03/1949)", 30, 22, 40,
                  """Dear colleagues,

your insured Ms Ruth Engelke, born 03/03/1949, travelling with a cruise group, was admitted
tonight to the intensive care unit of Hospital Universitario de Canarias (Tenerife) with
septic shock from pneumonia (A41.9, J18.9). She is intubated and on vasopressors. Her
husband Mr Hartmut Engelke is on site.

Estimated cost for the next 5 days: EUR 18,000-25,000. Please send a guarantee of payment.

Inês Duarte
EuroAssist Medical Desk
""", 149)
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "handover to the medical adviser's external reviewer: attached forwarded assistance mail about a named traveller in ICU with sepsis",
  frm=addr("grotheer"), to=[("Dr. Pedro Almeida", "p.almeida@medreview-partners.example")],
  subject="FW: Case EA-26-08102 – please review guarantee",
  date=(31, 7, 45), headers=OUTLOOK_EN,
  body="""Dear Dr. Almeida,

please see the forwarded assistance report (attached). Could you review whether the proposed
guarantee of EUR 25,000 is appropriate and when a repatriation might be feasible? Policy
RKV-8817-4410, travel health, sum insured unlimited.

Many thanks
Paula Grotheer
""" + sig("grotheer", "en"),
  att=[Att("Case EA-26-08102.eml", _icu)])

# 150 -------------------------------------------------------------- (N60) IR annual results
M("NORMAL", "en", "insurer-to-partner",
  "trap: investor-relations summary of annual results incl. health and accident growth and claims ratios; company figures only",
  frm=addr("schroeder"), to=[("Investor Relations Skagerrak", "ir@skagerrak-group.example")],
  subject="Weserland FY2025 key figures for the group annual report",
  date=(31, 9, 30), headers=OUTLOOK_EN,
  body="""Dear IR team,

below are the approved key figures of Weserland for the group annual report (board approval
of 27 March):

  Gross written premiums           EUR 612.4m  (+6.8 %)
   of which motor                  EUR 262.0m
   of which property               EUR 171.3m
   of which accident               EUR  58.9m
   of which health (supplementary) EUR  41.5m  (+14.2 %)
  Combined ratio (net)             94.6 %
  Large losses > EUR 1m            11 (2024: 8)
  Customers                        approx. 640,000
  Employees (FTE)                  1,184

Quote for the report: "We grew strongly in supplementary health and accident, while storm and
motor claims inflation kept us busy." – Dr. Carsten Vahlsing, CEO

Best
Lena
""" + sig("schroeder", "en"),
  html=html_wrap("""<p>Dear IR team,</p><p>below are the approved key figures of Weserland for the group annual report (board approval of 27 March):</p>
""" + html_table([["Key figure", "FY2025"], ["Gross written premiums", "EUR 612.4m (+6.8 %)"], ["of which motor", "EUR 262.0m"],
                  ["of which property", "EUR 171.3m"], ["of which accident", "EUR 58.9m"],
                  ["of which health (supplementary)", "EUR 41.5m (+14.2 %)"], ["Combined ratio (net)", "94.6 %"],
                  ["Large losses > EUR 1m", "11 (2024: 8)"], ["Customers", "approx. 640,000"], ["Employees (FTE)", "1,184"]]) + """
<p>Quote for the report: <i>"We grew strongly in supplementary health and accident, while storm and motor claims inflation kept us busy."</i> – Dr. Carsten Vahlsing, CEO</p>
<p>Best<br>Lena</p>""", "en"))

# ================================================================ output and check
EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
DELIBERATELY_INVALID_IBANS = {INVALID_IBAN_TYPO, "DE00100100100999999903"}
IBAN_RE = re.compile(r"\b(?!\w{4}ZZZ)(?:DE|AT|GB|NL|DK|ES|FR|CH|PL|IT|LU|BE|IE)\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", re.I)
MAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)")

def render():
    files = {}
    rows = [["file", "label", "lang", "kind", "reason"]]
    for i, m in enumerate(MAILS, 1):
        name = f"{PREFIX}{i:04d}.eml"
        files[name] = build(m["spec"], i).as_bytes(policy=policy.SMTP)
        rows.append([name, m["label"], m["lang"], m["kind"], m["reason"]])
    tsv = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    return files, tsv

def texts_of_attachment(name, data, found):
    """Open an attachment and return its text; records format counts in found."""
    ext = name.rsplit(".", 1)[-1].lower()
    found[ext] = found.get(ext, 0) + 1
    if ext == "pdf":
        t = pdf_text(data)
        assert t.strip(), f"{name}: empty PDF text layer"
        return [t]
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        out = []
        if ext in ("odt", "ods"):
            assert z.infolist()[0].filename == "mimetype" and z.infolist()[0].compress_type == zipfile.ZIP_STORED
        for zi in z.infolist():
            b = z.read(zi)
            if ext == "zip":
                out += texts_of_attachment(zi.filename, b, found)
            elif zi.filename.endswith((".xml", ".rels")):
                root = ET.fromstring(b)
                out.append(" ".join(x for x in root.itertext()))
        if ext != "zip":
            assert any(x.strip() for x in out), f"{name}: no text"
        return out
    if ext in ("csv", "txt", "ics", "html", "htm"):
        t = data.decode("utf-8") if isinstance(data, bytes) else data
        if ext == "ics":
            assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), name
            t = t.replace("\r\n ", "")  # unfold
        return [t]
    raise AssertionError(f"unknown attachment type {name}")

def check_msg(name, msg, found, depth=0):
    texts = []
    hosts = []
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h, []):
            assert not v.defects, (name, h, v.defects)
            for a in v.addresses:
                hosts.append(a.domain)
    mid = str(msg["Message-ID"])
    hosts.append(mid.strip("<>").split("@")[1])
    for h, v in msg.items():
        assert not getattr(v, "defects", None), (name, h, v.defects)
    texts.append(str(msg["Subject"]))

    def visit(part):
        assert not part.defects, (name, part.get_content_type(), part.defects)
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            found["eml"] = found.get("eml", 0) + 1
            t, hs = check_msg(name + ":inner", inner, found, depth + 1)
            texts.extend(t); hosts.extend(hs)
            return
        if part.is_multipart():
            for sub in part.get_payload():
                visit(sub)
            return
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            assert cs in CHARSETS, (name, cs)
            txt = payload.decode(cs)  # strict
            if fn:
                texts.extend(texts_of_attachment(fn, txt, found))
            else:
                texts.append(txt)
                key = "body:" + ct + ":" + cs + (":inner" if depth else "")
                found[key] = found.get(key, 0) + 1
        else:
            assert fn, (name, ct)
            texts.extend(texts_of_attachment(fn, payload, found))
    visit(msg)
    return texts, hosts

def check():
    files, tsv = render()
    ok = True
    # byte-for-byte comparison with the files on disk
    disk = sorted(os.listdir(os.path.join(HERE, "mails")))
    assert disk == sorted(files), "file list differs"
    for nm, b in files.items():
        with open(os.path.join(HERE, "mails", nm), "rb") as f:
            assert f.read() == b, f"{nm} differs from rebuild"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        assert f.read() == tsv, "labels.tsv differs"
    # labels
    rows = list(csv.reader(io.StringIO(tsv.decode("utf-8")), delimiter="\t"))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"]
    cnt, langs = {}, {}
    for r in rows[1:]:
        assert len(r) == 5 and all(r), r
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
    assert cnt == EXPECT, cnt
    assert set(langs) <= {"de", "en", "mixed"}
    mids, found, ibans = set(), {}, 0
    tops = {}
    for nm, b in sorted(files.items()):
        assert b"\n" not in b.replace(b"\r\n", b""), f"{nm}: bare LF"
        assert b"\r" not in b.replace(b"\r\n", b""), f"{nm}: bare CR"
        msg = BytesParser(policy=policy.default).parsebytes(b)
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        mid = str(msg["Message-ID"])
        assert mid not in mids, f"{nm}: duplicate Message-ID"
        mids.add(mid)
        assert "2026" in str(msg["Date"])
        assert str(msg["From"]).rstrip(">").endswith("@" + DOMAIN), nm
        texts, hosts = check_msg(nm, msg, found)
        alltext = "\n".join(texts)
        for m in MAIL_RE.finditer(alltext):
            hosts.append(m.group(1))
        for m in URL_RE.finditer(alltext):
            hosts.append(m.group(1).rstrip("."))
        for hst in hosts:
            assert hst.lower().endswith(".example"), f"{nm}: host {hst}"
        for m in IBAN_RE.finditer(alltext):
            s = m.group(0).replace(" ", "").upper()
            if s in DELIBERATELY_INVALID_IBANS:
                assert not iban_ok(s), s
                continue
            assert iban_ok(s), f"{nm}: bad IBAN {m.group(0)}"
            ibans += 1
    print(f"{len(files)} mails rebuilt; byte-identical with mails/ and labels.tsv")
    print("labels:", ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    print("lang:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("top-level types:", ", ".join(f"{k} {v}" for k, v in sorted(tops.items())))
    print("bodies:", ", ".join(f"{k[5:]} {v}" for k, v in sorted(found.items()) if k.startswith("body:")))
    print("attachments (incl. ZIP members, forwarded mails):",
          ", ".join(f"{k} {v}" for k, v in sorted(found.items()) if not k.startswith("body:")))
    print(f"IBANs found and checksum-valid: {ibans}; unique Message-IDs: {len(mids)}")
    print("no bare LF/CR, no MIME or header defects, all charsets decode strictly, all hosts .example")
    print("CHECK OK")

def main():
    if "--check" in sys.argv:
        check()
        return
    files, tsv = render()
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, "mails")):
        if old.startswith(PREFIX) and old not in files:
            os.remove(os.path.join(HERE, "mails", old))
    for nm, b in files.items():
        with open(os.path.join(HERE, "mails", nm), "wb") as f:
            f.write(b)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)
    print(f"wrote {len(files)} mails and labels.tsv")

if __name__ == "__main__":
    main()
