#!/usr/bin/env python3
"""Generator for the independent Siegel mail corpus dev190 (prefix d190-).

Standard library only and deterministic.

    python3 make_corpus.py           # writes mails/d190-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temporary folder, compares
                                     # byte by byte and parses every mail

The invented world: Moorlinde Versicherung (Oldenburg, with an international
service desk in Hamburg).  All persons, numbers and addresses are fictitious.
Every mail below is written on its own; only the staff signatures and the
legal footers are shared.
"""
import csv
import datetime
import email
import email.policy
import hashlib
import io
import os
import shutil
import sys
import tempfile
import zipfile
import zlib
from email.message import EmailMessage
from xml.sax.saxutils import escape as xesc

PREFIX = "d190-"
DOM = "moorlinde-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers

def iban(country, bban):
    """Return an IBAN with valid ISO 7064 mod-97 check digits, grouped in fours."""
    bban = bban.replace(" ", "").upper()
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    raw = "%s%02d%s" % (country, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_raw(country, bban):
    return iban(country, bban).replace(" ", "")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def rfcdate(s):
    """'2026-03-12 09:41' (local German time) -> RFC 5322 date with the right offset."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= dt < datetime.datetime(2026, 10, 25, 3, 0)
    off = "+0200" if summer else "+0100"
    sec = int(hashlib.md5(s.encode()).hexdigest(), 16) % 60
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute, sec, off)


def de_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    return "%s, %d. %s %d %02d:%02d" % (wd[dt.weekday()], dt.day,
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
         "September", "Oktober", "November", "Dezember"][dt.month - 1], dt.year, dt.hour, dt.minute)


def en_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.strftime("%A, %d %B %Y %H:%M")


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def outlook_hdr(frm, when, to, subject, lang="de", cc=None):
    if lang == "de":
        h = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (frm, de_date(when), to)
        if cc:
            h += "Cc: %s\n" % cc
        return h + "Betreff: %s\n" % subject
    h = "From: %s\nSent: %s\nTo: %s\n" % (frm, en_date(when), to)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n" % subject


def fwd_hdr(frm, when, to, subject, lang="de"):
    if lang == "de":
        return ("-------- Weitergeleitete Nachricht --------\nBetreff: %s\nDatum: %s\nVon: %s\nAn: %s\n"
                % (subject, de_date(when), frm, to))
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
            % (frm, en_date(when), subject, to))


# ---------------------------------------------------------------- staff

STAFF = {
    "macleod": ("Fiona MacLeod", "fiona.macleod",
                "International Customer Service", "Internationaler Kundenservice",
                "Hamburg", "+49 40 3187-2215"),
    "poppe": ("Dr. Henrike Poppe", "henrike.poppe",
              "Head of Health Claims", "Leiterin Leistung Krankenversicherung",
              "Oldenburg", "+49 441 9370-4410"),
    "tebben": ("Jonas Tebben", "jonas.tebben",
               "Health Claims", "Leistung Krankenversicherung",
               "Oldenburg", "+49 441 9370-4436"),
    "demirtas": ("Aylin Demirtaş", "aylin.demirtas",
                 "Life & Disability Claims", "Leistungsprüfung Leben/BU",
                 "Oldenburg", "+49 441 9370-5127"),
    "feldhaus": ("Dr. med. Carsten Feldhaus", "carsten.feldhaus",
                 "Chief Medical Officer", "Gesellschaftsarzt",
                 "Oldenburg", "+49 441 9370-5100"),
    "wuebbenhorst": ("Tobias Wübbenhorst", "tobias.wuebbenhorst",
                     "Motor Claims", "Kfz-Schaden",
                     "Oldenburg", "+49 441 9370-3318"),
    "bruns": ("Kerstin Bruns", "kerstin.bruns",
              "Property Claims", "Sach-Schaden Hausrat/Wohngebäude",
              "Oldenburg", "+49 441 9370-3205"),
    "oltmanns": ("Jan-Hendrik Oltmanns", "jan-hendrik.oltmanns",
                 "Broker Relations", "Maklerbetreuung",
                 "Oldenburg", "+49 441 9370-2150"),
    "grant": ("Oliver Grant", "oliver.grant",
              "Reinsurance & International Partners", "Rückversicherung & internationale Partner",
              "Oldenburg", "+49 441 9370-6020"),
    "janssen": ("Marieke Janssen", "marieke.janssen",
                "Data Protection Officer", "Datenschutzbeauftragte",
                "Oldenburg", "+49 441 9370-1090"),
    "lueschen": ("Sören Lüschen", "soeren.lueschen",
                 "IT Service Desk", "IT-Servicedesk",
                 "Oldenburg", "+49 441 9370-7777"),
    "hinrichs": ("Petra Hinrichs", "petra.hinrichs",
                 "Human Resources", "Personalabteilung",
                 "Oldenburg", "+49 441 9370-1240"),
    "eilers": ("Nadine Eilers", "nadine.eilers",
               "Legal Expenses Claims", "Rechtsschutz-Schaden",
               "Oldenburg", "+49 441 9370-3540"),
    "ahlers": ("Malte Ahlers", "malte.ahlers",
               "Travel Insurance & Assistance", "Reise- und Auslandskrankenversicherung",
               "Hamburg", "+49 40 3187-2240"),
    "tjaden": ("Wiebke Tjaden", "wiebke.tjaden",
               "Long-term Care Benefits", "Pflege-Leistung",
               "Oldenburg", "+49 441 9370-4620"),
    "stuehrenberg": ("Lena Stührenberg", "lena.stuehrenberg",
                     "Marketing & Communications", "Marketing & Kommunikation",
                     "Oldenburg", "+49 441 9370-1510"),
    "meiners": ("Hauke Meiners", "hauke.meiners",
                "Purchasing & Facilities", "Einkauf & Gebäudemanagement",
                "Oldenburg", "+49 441 9370-1720"),
    "raman": ("Priya Raman", "priya.raman",
              "International Underwriting", "Risikoprüfung International",
              "Hamburg", "+49 40 3187-2260"),
    "osterloh": ("Frauke Osterloh", "frauke.osterloh",
                 "Accident Claims", "Unfall-Leistung",
                 "Oldenburg", "+49 441 9370-5230"),
    "kueck": ("Daniel Kück", "daniel.kueck",
              "Pensions & Life Policy Service", "Vorsorge & Leben Bestand",
              "Oldenburg", "+49 441 9370-5310"),
    "addicks": ("Grete Addicks", "grete.addicks",
                "Commercial Lines", "Firmenkunden Sach/Transport",
                "Oldenburg", "+49 441 9370-6210"),
    "hullmann": ("Bernd Hullmann", "bernd.hullmann",
                 "Actuarial Department", "Aktuariat",
                 "Oldenburg", "+49 441 9370-6410"),
    "rowold": ("Svenja Rowold", "svenja.rowold",
               "Accounts Receivable", "Forderungsmanagement",
               "Oldenburg", "+49 441 9370-2610"),
    "yildiz": ("Mehmet Yıldız", "mehmet.yildiz",
               "Customer Service", "Kundenservice Sach",
               "Oldenburg", "+49 441 9370-3000"),
}

ADDR = {
    "Oldenburg": "Am Moorlindenhof 3, 26129 Oldenburg",
    "Hamburg": "Sandtorhöft 12, 20457 Hamburg",
}


def who(key):
    """'Name <address>' for a staff member (title stripped from the display name)."""
    name, local = STAFF[key][0], STAFF[key][1]
    disp = name.replace("Dr. med. ", "").replace("Dr. ", "")
    return "%s <%s@%s>" % (disp, local, DOM)


def addr(key):
    return "%s@%s" % (STAFF[key][1], DOM)


def sig(key, lang="de", entity=None):
    name, local, en_role, de_role, office, phone = STAFF[key]
    if lang == "en":
        comp = {"kranken": "Moorlinde Krankenversicherung AG",
                "leben": "Moorlinde Lebensversicherung AG"}.get(entity, "Moorlinde Versicherung AG")
        return "%s\n%s\n%s | %s\nPhone %s\n%s@%s" % (name, en_role, comp, ADDR[office], phone, local, DOM)
    comp = {"kranken": "Moorlinde Krankenversicherung AG",
            "leben": "Moorlinde Lebensversicherung AG"}.get(entity, "Moorlinde Versicherung AG")
    return "%s\n%s\n%s\n%s\nTelefon %s\n%s@%s" % (name, de_role, comp, ADDR[office], phone, local, DOM)


def footer(lang="de", entity=None):
    comp, hrb = {"kranken": ("Moorlinde Krankenversicherung AG", "HRB 219411"),
                 "leben": ("Moorlinde Lebensversicherung AG", "HRB 219415")}.get(
        entity, ("Moorlinde Versicherung AG", "HRB 219407"))
    if lang == "en":
        return ("--\n%s, Am Moorlindenhof 3, 26129 Oldenburg, Germany\n"
                "Management Board: Dr. Imke Schwarting (Chair), Georg Fastje, Ruth Ommen\n"
                "Chair of the Supervisory Board: Hinrich Cordes\n"
                "Registered office Oldenburg, Local Court Oldenburg %s\n"
                "This e-mail may contain confidential information. If you are not the intended "
                "recipient, please inform the sender and delete it." % (comp, hrb))
    return ("--\n%s · Am Moorlindenhof 3 · 26129 Oldenburg\n"
            "Vorstand: Dr. Imke Schwarting (Vors.), Georg Fastje, Ruth Ommen\n"
            "Vorsitzender des Aufsichtsrats: Hinrich Cordes\n"
            "Sitz Oldenburg · Amtsgericht Oldenburg %s\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige "
            "Adressat sein, informieren Sie bitte den Absender und löschen Sie die Nachricht." % (comp, hrb))


# ---------------------------------------------------------------- documents

ZIPTIME = (2026, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None, when=ZIPTIME):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_files(members, when=ZIPTIME):
    """members: list of (name, bytes)."""
    return _zip(members, when=when)


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def _wrap(s, width):
    if len(s) <= width:
        return [s]
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def pdf(lines, title="Dokument", author="Moorlinde Versicherung AG", date="20260102080000"):
    """A small real PDF with a text layer.  lines: str, or ('#', str) for a bold
    heading, or ('=', str) for a small grey line.  Helvetica, WinAnsiEncoding."""
    items = []
    for ln in lines:
        if isinstance(ln, tuple):
            kind, text = ln
            for i, w in enumerate(_wrap(text, 70 if kind == "#" else 100)):
                items.append((kind, w))
        else:
            for w in _wrap(ln, 92):
                items.append(("", w))
    pages, cur, y = [], [], 790
    for kind, text in items:
        lead = 18 if kind == "#" else 13
        if y - lead < 60:
            pages.append(cur)
            cur, y = [], 790
        y -= lead
        cur.append((kind, text, y))
    pages.append(cur)
    objs = []  # index 0 -> obj 1

    def add(o):
        objs.append(o)
        return len(objs)

    cat = add(None)
    pages_obj = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pno, pg in enumerate(pages):
        ops = ["BT"]
        for kind, text, yy in pg:
            if kind == "#":
                ops.append("/F2 12 Tf 0 g 1 0 0 1 56 %d Tm %s Tj" % (yy, _pdf_str(text)))
            elif kind == "=":
                ops.append("/F1 8 Tf 0.4 g 1 0 0 1 56 %d Tm %s Tj" % (yy, _pdf_str(text)))
            else:
                ops.append("/F1 10 Tf 0 g 1 0 0 1 56 %d Tm %s Tj" % (yy, _pdf_str(text)))
        ops.append("/F1 8 Tf 0.4 g 1 0 0 1 500 30 Tm %s Tj" % _pdf_str("Seite %d/%d" % (pno + 1, len(pages))))
        ops.append("ET")
        raw = "\n".join(ops).encode("latin-1")
        comp = zlib.compress(raw, 9)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        page = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                    % (pages_obj, f1, f2, content)).encode())
        kids.append(page)
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj).encode()
    objs[pages_obj - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                           % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = add(("<< /Title %s /Author %s /Producer (Moorlinde DocServer 4.2) /CreationDate (D:%s+01'00') >>"
                % (_pdf_str(title), _pdf_str(author), date)).encode("latin-1"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


def docx(blocks, title="", author="Moorlinde Versicherung AG"):
    """blocks: str paragraphs, ('#', heading), or ('table', [[cell, ...], ...])."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                % xesc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
        elif isinstance(b, tuple) and b[0] == "#":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b[1]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
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
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(author)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); a cell is str, int or float (None = empty)."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
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
        files.append(("xl/worksheets/sheet%d.xml" % n,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), n, n))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def _odf_table(rows, name="Tabelle1"):
    out = ['<table:table table:name="%s">' % xesc(name)]
    for r in rows:
        cells = []
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            elif v is None or v == "":
                cells.append("<table:table-cell/>")
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        out.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    out.append("</table:table>")
    return "".join(out)


def odt(blocks):
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            body.append(_odf_table(b[1]))
        elif isinstance(b, tuple) and b[0] == "#":
            body.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[1]))
        else:
            body.append("<text:p>%s</text:p>" % xesc(b))
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % "".join(body))


def ods(sheets):
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(_odf_table(r, n) for n, r in sheets))


def csv_text(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, start, end, summary, location, description, organizer, attendees, method="REQUEST"):
    """start/end: '20260415T100000' local Europe/Berlin."""
    def fold(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b" " + b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Moorlinde Versicherung//Groupware 9//DE",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20260102T080000Z",
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % esc(summary), "LOCATION:%s" % esc(location),
             "DESCRIPTION:%s" % esc(description), "ORGANIZER;CN=%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;%s" % a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- mail building

MIMETYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "txt": ("text", "plain"),
}


def att(filename, data, mtype=None, charset="utf-8", inline=False):
    """An attachment description for mail().  data: bytes, str (text types) or EmailMessage."""
    return {"filename": filename, "data": data, "mtype": mtype, "charset": charset, "inline": inline}


def mail(frm, to, subject, date, body=None, *, cc=None, bcc=None, html=None, html_only=False,
         charset="utf-8", cte="quoted-printable", atts=(), reply_to=None, irt=None,
         headers=(), flowed=False, lang=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    if msgid:
        m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in headers:
        m[k] = v
    if lang:
        m["Content-Language"] = lang
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html:
            m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for a in atts:
        d = a["data"]
        fn = a["filename"]
        if isinstance(d, EmailMessage):
            m.add_attachment(d, filename=fn) if fn else m.add_attachment(d)
            continue
        if a["mtype"]:
            maint, subt = a["mtype"].split("/")
        else:
            maint, subt = MIMETYPES[fn.rsplit(".", 1)[1].lower()]
        disp = "inline" if a["inline"] else "attachment"
        if isinstance(d, str):
            if maint == "text":
                m.add_attachment(d, subtype=subt, charset=a["charset"], filename=fn, disposition=disp,
                                 cte="quoted-printable" if subt != "calendar" else "base64")
                if subt == "calendar":
                    m.get_payload()[-1].set_param("method", "REQUEST")
            else:
                m.add_attachment(d.encode(a["charset"]), maintype=maint, subtype=subt, filename=fn,
                                 disposition=disp)
        else:
            m.add_attachment(d, maintype=maint, subtype=subt, filename=fn, disposition=disp)
    return m


def inner(frm, to, subject, date, body, **kw):
    """A message that is attached as message/rfc822 (written by someone outside or earlier)."""
    return mail(frm, to, subject, date, body, **kw)


# ---------------------------------------------------------------- registry

MAILS = []


def M(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn.__name__, label, lang, kind, reason, fn))
        return fn
    return deco


# =================================================================== MAILS
# ------------------------------------------------ strictly confidential (1)

@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "named US expat's knee surgery (ACL reconstruction) and physiotherapy invoices under her private health policy; reply with quoted question")
def s_acl_physio():
    q = """Hi,

I got a letter from you about my physio bills but it's all in German and I'm
honestly not sure what it says. It looks like you paid less than I expected?
The clinic charged EUR 1,240 for the 12 sessions and I got EUR 798.

Also - do I need a new prescription after 12 sessions? My surgeon said I'll
probably need another block of therapy until June.

Thanks,
Rachel

Rachel Whitmore
Policy KV 4471 2093 11"""
    body = f"""Dear Ms Whitmore,

thank you for your message, and sorry that the statement only reached you in
German - I have asked for your file to be flagged for English correspondence
from now on.

Here is what happened with the invoice from Physio Hafencity (12 sessions
after your ACL reconstruction on 19 January):

- The practice billed EUR 103.33 per session for "KG-Gerät" (machine-assisted
  physiotherapy) and manual lymph drainage.
- Your tariff Moorlinde Komfort International reimburses physiotherapy at
  100 %, but only up to the maximum rates in our list of allowable remedies
  (the "Heilmittelverzeichnis" printed on page 4 of your tariff conditions).
  For these two treatments that is EUR 66.50 per session in total.
- 12 x EUR 66.50 = EUR 798.00, which is what we transferred on 3 March.

The difference of EUR 442.00 is not something we can pay under your tariff.
Many practices will agree to bill at the listed rates if you show them the
list before the next block starts, so it is worth asking.

Yes, you will need a new prescription (Verordnung) from your surgeon for the
next block. Please send it to us together with the invoice; you do not need
to ask for approval beforehand.

If anything in the German letter is still unclear, just reply to this e-mail.

Kind regards

{sig("macleod", "en", "kranken")}

{footer("en", "kranken")}

On 9 March 2026 at 21:14, Rachel Whitmore <rachel.whitmore@webpost.example> wrote:
{quote(q)}
"""
    return mail(who("macleod"), "Rachel Whitmore <rachel.whitmore@webpost.example>",
                "Re: physio bills - what does the letter say?", "2026-03-10 10:22", body,
                irt="<CAF3x9-rw-20260309@webpost.example>")


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
   "English mail quoting a German dental benefit statement (crown tooth 46, GOZ items, reimbursement) of an Irish customer; PDF statement attached")
def s_dental_crown_statement():
    body = f"""Dear Mr O'Donoghue,

as promised on the phone, here is a short walk through the German benefit
statement for your crown. The full statement is attached as a PDF; the
important lines are these:

  "Rechnung Dr. med. dent. Silke Hoyer vom 02.02.2026
   GOZ 2210 Versorgung eines Zahnes durch eine Vollkrone (Tangentialpräparation),
   Zahn 46, Faktor 2,3 ............................................ 190,40 EUR
   Material- und Laborkosten (Zirkon) ................................ 612,80 EUR
   Erstattungsfähiger Rechnungsbetrag ................................ 948,21 EUR
   Erstattung 75 % gemäß Tarif Zahn75 ................................ 711,16 EUR"

In English: the dentist charged EUR 948.21 in total for the full crown on
your lower right first molar (tooth 46), including the zirconia crown made by
the lab. Your dental tariff Zahn75 pays 75 % of that, so we transferred
EUR 711.16 to your account on 24 February.

"Faktor 2,3" is the standard multiplier of the German dental fee scale; the
dentist did not charge more than the standard, so nothing was cut.

There is one remark at the bottom of the statement ("Hinweis: Zahnstaffel
2. Versicherungsjahr, verbleibender Höchstbetrag 1.288,84 EUR"). It means
that in your second policy year we can still pay up to EUR 1,288.84 for
dental treatment; the limit disappears after the fourth year.

Best regards

{sig("macleod", "en", "kranken")}

{footer("en", "kranken")}
"""
    p = pdf([
        ("#", "Moorlinde Krankenversicherung AG"),
        ("=", "Am Moorlindenhof 3 · 26129 Oldenburg"),
        "",
        "Herrn Liam O'Donoghue",
        "Contrescarpe 118",
        "28195 Bremen",
        "",
        ("#", "Leistungsabrechnung vom 23.02.2026"),
        "Versicherungsnummer: KV 3390 7714 02   Versicherte Person: Liam O'Donoghue, geb. 11.09.1987",
        "Tarif: Zahn75 (Zahnzusatzversicherung)",
        "",
        "Rechnung Dr. med. dent. Silke Hoyer, Bremen, vom 02.02.2026",
        "GOZ 0010 Eingehende Untersuchung, Faktor 2,3 ........................ 12,94 EUR",
        "GOZ 2210 Versorgung eines Zahnes durch eine Vollkrone (Tangentialpräparation), Zahn 46, Faktor 2,3 ... 190,40 EUR",
        "GOZ 2197 Adhäsive Befestigung, Faktor 2,3 ............................ 16,82 EUR",
        "GOÄ 5000 Röntgen Zahn 46 .............................................. 8,74 EUR",
        "Material- und Laborkosten (Zirkon) ................................. 612,80 EUR",
        "Abformmaterial, Provisorium ........................................ 106,51 EUR",
        "Erstattungsfähiger Rechnungsbetrag ................................. 948,21 EUR",
        "Erstattung 75 % gemäß Tarif Zahn75 ................................. 711,16 EUR",
        "",
        "Überweisung am 24.02.2026 auf das bekannte Konto.",
        "Hinweis: Zahnstaffel 2. Versicherungsjahr, verbleibender Höchstbetrag 1.288,84 EUR.",
        "",
        ("=", "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."),
    ], title="Leistungsabrechnung KV 3390 7714 02")
    return mail(who("macleod"), "Liam O'Donoghue <liam.odonoghue@mailbox-ie.example>",
                "Your dental statement explained (crown, tooth 46)", "2026-02-26 15:47", body,
                atts=[att("Leistungsabrechnung_2026-02-23.pdf", p)])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
   "cost guarantee to a hospital in Mallorca for a named German traveller with a femoral neck fracture and planned hemiarthroplasty")
def s_palma_guarantee():
    body = f"""Dear Dr Ferrer,
dear colleagues of the international patients office,

we refer to your request of this morning, your case reference SV-INT-26-0912.

Patient: Mr Gerhard Kramer, born 14 May 1958, German resident
Our reference: R-2026-04417 (travel health insurance, policy RK 5512 0087)
Admission: 4 April 2026, 18:40, via emergency department
Diagnosis as per your report: displaced femoral neck fracture, right side
(Garden IV), after a fall in the hotel
Planned treatment: hemiarthroplasty right hip on 6 April 2026

Moorlinde Versicherung AG hereby guarantees payment of the medically
necessary costs of the inpatient treatment described above up to an amount
of EUR 18,000.00 (eighteen thousand euros), including surgery, implant,
anaesthesia, ward stay and physiotherapy during the stay. Costs for a single
room upgrade or a private telephone are not covered. Please send the invoice
directly to us, quoting R-2026-04417, by e-mail to assistance@{DOM}.

For the return transport we would kindly ask you for:
1. the operation report once available,
2. a short statement from the treating surgeon on fitness to fly and on
   whether a lying transport is needed (expected date),
3. the contact of the ward so that our medical service can speak with the
   physician in charge (English or German).

Mr Kramer's wife, Mrs Ingrid Kramer, is staying in Palma and can be reached
on +49 171 4482913. She has been informed that we are in contact with you.

Thank you for your swift help.

With kind regards

{sig("ahlers", "en")}
24/7 assistance line: +49 40 3187-2999

{footer("en")}
"""
    return mail(who("ahlers"), "International Patients Office <international@clinica-sonvidal.example>",
                "Guarantee of payment - Mr Gerhard Kramer - your ref. SV-INT-26-0912",
                "2026-04-05 11:06", body, cc=f"Assistance <assistance@{DOM}>")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "request to a GP for a medical report on a named roofer's herniated disc (M51.1) in an occupational-disability claim")
def s_bu_befundbericht():
    body = f"""Sehr geehrte Frau Dr. Brünjes,

Ihr Patient, Herr Sven Hollmann, geb. 22.06.1979, wohnhaft Am Esch 7,
26655 Westerstede, hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung (Vertrag LV-5581-204417) beantragt. Er gibt
an, seit dem 10.11.2025 seinen Beruf als Dachdecker wegen eines
Bandscheibenvorfalls L4/L5 (M51.1) nicht mehr ausüben zu können, und hat
Sie als behandelnde Hausärztin benannt.

Die Schweigepflichtentbindung von Herrn Hollmann vom 03.03.2026 liegt uns
vor; eine Kopie erhalten Sie gern auf Anforderung.

Für unsere Prüfung bitten wir Sie um einen kurzen ärztlichen Bericht zu
folgenden Punkten:

1. Seit wann behandeln Sie Herrn Hollmann wegen der Rückenbeschwerden, und
   welche Diagnosen (möglichst mit ICD-10) wurden gestellt?
2. Welche Befunde liegen vor (MRT, neurologischer Status, Lasègue,
   Kraftgrade)? Gern auch als Kopie der Fremdbefunde.
3. Welche Behandlungen wurden durchgeführt oder sind geplant
   (Physiotherapie, Injektionen, operative Versorgung)?
4. Bestanden Rückenbeschwerden bereits vor dem 01.04.2021 (Vertragsbeginn)?
5. Welche Tätigkeiten sind Herrn Hollmann aus Ihrer Sicht derzeit noch
   möglich (Heben/Tragen, Arbeiten auf Leitern und Dächern, Zwangshaltungen)?

Für den Bericht vergüten wir nach GOÄ Nr. 75 zuzüglich Porto. Bitte senden
Sie ihn – gern über unser sicheres Postfach oder per Post – unter Angabe
des Aktenzeichens BU-2026-0318 an die unten stehende Anschrift.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen

{sig("demirtas", "de", "leben")}

{footer("de", "leben")}
"""
    return mail(who("demirtas"), "Praxis Dr. Brünjes <praxis@hausarzt-bruenjes.example>",
                "Anforderung ärztlicher Bericht – Herr Sven Hollmann – Az. BU-2026-0318",
                "2026-03-05 09:15", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "Irish nurse's occupational-disability claim citing depression (F32.1) and burnout; documents requested")
def s_bu_nurse_burnout():
    body = f"""Dear Ms Kavanagh,

thank you for calling us on Tuesday and for the documents you have already
sent. I am the claims handler for your occupational disability policy
(LV-5590-118273) and will be your contact person throughout.

Let me briefly explain how the assessment works in Germany, because it is a
bit different from income protection in Ireland:

- We do not ask whether you are unable to do any job. We ask whether you
  can no longer work as an intensive care nurse, in the way you actually
  worked before you fell ill, to at least 50 % - and whether this is
  expected to last at least six months.
- For that we need a detailed description of your working day at the
  hospital (shifts, night duty, lifting of patients, responsibility). The
  questionnaire I have attached to our post letter asks for exactly this.
  You may answer in English.

From the certificate of Dr. Niemöller we understand that you have been on
sick leave since 8 December 2025 with a moderate depressive episode (F32.1)
following a long phase of exhaustion at work, and that you are in weekly
psychotherapy. To assess this we additionally need:

1. the report of your psychotherapist (we will request it ourselves once
   we have your signed consent form - the "Schweigepflichtentbindung");
2. any discharge letter if you were treated in a day clinic;
3. the list of your medication, if you take any.

Please do not feel pressured by the number of forms. If it is easier, we
can go through the questionnaire together on the phone - just suggest a
time.

Kind regards

{sig("demirtas", "en", "leben")}

{footer("en", "leben")}
"""
    return mail(who("demirtas"), "Siobhan Kavanagh <s.kavanagh@fastmail-ie.example>",
                "Your disability claim - next steps", "2026-01-29 14:31", body)


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "internal query to the company doctor on psychotherapy approval for a named insured with recurrent depression (F33.1)")
def s_psychotherapie_rueckfrage():
    body = f"""Hallo Carsten,

kurze Rückfrage zu einem Kostenzusage-Antrag, bevor ich antworte:

Versicherte: Annika Sprengel, geb. 02.10.1991, KV 2208 4415 90, Tarif Komfort
Antrag: Verhaltenstherapie, 25 Sitzungen Langzeittherapie (GOÄ 870),
Psychologische Psychotherapeutin Dipl.-Psych. Marion Zerr, Oldenburg
Diagnose laut Bericht: F33.1 rezidivierende depressive Störung, gegenwärtig
mittelgradige Episode; erste Episode 2019 (war bei Antragstellung 2022
angegeben, kein Leistungsausschluss vereinbart)

Die Tarifgrenze liegt bei 30 Sitzungen pro Kalenderjahr, 2026 hat sie bisher
keine Sitzungen abgerechnet. Formal also unproblematisch. Mich irritiert nur,
dass die Therapeutin schon jetzt eine Verlängerung um weitere 20 Sitzungen
im Herbst ankündigt – siehst du medizinisch einen Grund, die Zusage auf
die 25 zu begrenzen und den Verlauf abzuwarten, oder reicht die
Standardformulierung?

Der Bericht liegt in der Akte (Dokument vom 11.03.).

Danke und Gruß
Jonas

--
{sig("tebben", "de", "kranken")}
"""
    return mail(who("tebben"), who("feldhaus"),
                "Rückfrage Kostenzusage VT – KV 2208 4415 90", "2026-03-12 13:48", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "facultative life submission to a reinsurer: named applicant with hypertension, BMI and lab values; details in attached XLSX")
def s_fac_submission():
    body = f"""Dear Charlotte,

please find attached our facultative submission for a key-person term
life case that exceeds our retention.

Life assured: Mr Konstantin Reiß, born 08.01.1972, managing partner
Sum assured: EUR 2,500,000, term 15 years, policyholder Reiß & Tammen
Logistik GmbH & Co. KG (key-person cover)
Our retention: EUR 750,000 - we are looking for EUR 1,750,000 on a
facultative basis.

Medical summary (full details on the second sheet):
- essential hypertension since 2018, on ramipril 5 mg, last readings
  138/86 and 142/88
- BMI 31.2 (1.84 m, 105.5 kg)
- resting ECG normal, exercise ECG not done
- total cholesterol 246 mg/dl, HDL 41, LDL 171; HbA1c 5.7 %
- non-smoker since 2015 (20 pack-years before)

Our CMO's view is standard to +50 %. We would appreciate your offer by
end of next week if possible, as the broker is pushing for a decision.

Best regards,
Oliver

{sig("grant", "en", "leben")}

{footer("en", "leben")}
"""
    x = xlsx([
        ("Case", [
            ["Facultative submission", "MLV-2026-0147"],
            ["Cedant", "Moorlinde Lebensversicherung AG"],
            ["Life assured", "Konstantin Reiß"],
            ["Date of birth", "1972-01-08"],
            ["Sex", "M"],
            ["Occupation", "Managing partner, logistics (office based)"],
            ["Sum assured EUR", 2500000],
            ["Retention EUR", 750000],
            ["Facultative share EUR", 1750000],
            ["Term (years)", 15],
            ["Annual income EUR", 310000],
        ]),
        ("Medical", [
            ["Item", "Value", "Date", "Source"],
            ["Blood pressure", "138/86", "2026-02-17", "Medical exam Dr. Reents"],
            ["Blood pressure (2nd)", "142/88", "2026-02-17", "Medical exam Dr. Reents"],
            ["Medication", "Ramipril 5 mg 1-0-0", "since 2018", "GP report"],
            ["Height / weight", "184 cm / 105.5 kg", "2026-02-17", "Medical exam"],
            ["BMI", 31.2, "", ""],
            ["Cholesterol total mg/dl", 246, "2026-02-17", "Lab"],
            ["HDL / LDL mg/dl", "41 / 171", "2026-02-17", "Lab"],
            ["HbA1c %", 5.7, "2026-02-17", "Lab"],
            ["GGT U/l", 48, "2026-02-17", "Lab"],
            ["Resting ECG", "sinus rhythm, no abnormality", "2026-02-17", "Medical exam"],
            ["Smoking", "ex-smoker since 2015, 20 pack-years", "", "Application"],
            ["CMO rating", "standard to +50 %", "2026-03-02", "Dr. Feldhaus"],
        ]),
    ])
    return mail(who("grant"), "Charlotte Ainsworth <c.ainsworth@northgate-re.example>",
                "Fac submission MLV-2026-0147 - key person term life EUR 2.5m",
                "2026-03-03 16:20", body, cc="Life Facultative Desk <lifefac@northgate-re.example>",
                atts=[att("Fac_submission_MLV-2026-0147.xlsx", x)])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "care-level decision (Pflegegrad 3) for a named elderly woman sent to her daughter holding power of attorney; PDF notice attached")
def s_pflegegrad_bescheid():
    body = f"""Sehr geehrte Frau Meyerhoff,

wie telefonisch besprochen erhalten Sie anbei vorab den Bescheid zur
Pflegeeinstufung Ihrer Mutter, Frau Elfriede Meyerhoff. Die Vorsorgevollmacht
liegt uns vor, das Original des Bescheids geht zusätzlich per Post an Sie.

Kurz zusammengefasst: Nach der Begutachtung am 27.01.2026 in der Wohnung
Ihrer Mutter wurde Pflegegrad 3 festgestellt (gewichtete Gesamtpunktzahl
52,5). Die Leistungen gelten rückwirkend ab Antragstellung, also ab dem
02.01.2026.

Da Sie die Pflege gemeinsam mit dem Pflegedienst „Ammerland mobil“
übernehmen, zahlen wir anteiliges Pflegegeld (Kombinationsleistung). Die
Abrechnung erfolgt, sobald uns die erste Monatsrechnung des Pflegedienstes
vorliegt.

Im Gutachten werden außerdem ein Rollator und ein Duschhocker empfohlen.
Beides können Sie ohne weiteren Antrag über ein Sanitätshaus beziehen; die
Rechnung reichen Sie bitte bei uns ein.

Bei Fragen erreichen Sie mich direkt unter der unten stehenden Nummer.

Mit freundlichen Grüßen

{sig("tjaden", "de", "kranken")}

{footer("de", "kranken")}
"""
    p = pdf([
        ("#", "Moorlinde Krankenversicherung AG – Private Pflegepflichtversicherung"),
        "",
        "Frau Claudia Meyerhoff (Bevollmächtigte)",
        "Lindenallee 22, 26160 Bad Zwischenahn",
        "",
        ("#", "Bescheid über die Feststellung der Pflegebedürftigkeit"),
        "Versicherte Person: Elfriede Meyerhoff, geb. 19.04.1939, Versicherungsnummer PV 1170 3382 05",
        "Begutachtung: 27.01.2026 durch den Gutachterdienst Nordpflege (Pflegefachkraft B. Onnen)",
        "",
        "Ergebnis der Begutachtung (gewichtete Punkte):",
        "Modul 1 Mobilität: 7,5",
        "Modul 2/3 Kognitive und kommunikative Fähigkeiten / Verhaltensweisen: 11,25",
        "Modul 4 Selbstversorgung: 20,0",
        "Modul 5 Umgang mit krankheits- und therapiebedingten Anforderungen: 10,0",
        "Modul 6 Gestaltung des Alltagslebens: 3,75",
        "Gesamtpunktzahl: 52,5  –  Pflegegrad 3",
        "",
        "Pflegebegründende Diagnosen laut Gutachten: beginnende Alzheimer-Demenz (G30.1, F00.1),",
        "Herzinsuffizienz NYHA II (I50.12), Gonarthrose beidseits (M17.0).",
        "",
        "Der Pflegegrad 3 gilt ab dem 02.01.2026. Eine Wiederholungsbegutachtung ist nicht vorgesehen.",
        "Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.",
        "",
        ("=", "Moorlinde Krankenversicherung AG · Am Moorlindenhof 3 · 26129 Oldenburg"),
    ], title="Bescheid Pflegegrad PV 1170 3382 05")
    return mail(who("tjaden"), "Claudia Meyerhoff <claudia.meyerhoff@gmx-post.example>",
                "Pflegeeinstufung Ihrer Mutter – Bescheid vorab", "2026-02-10 11:52", body,
                atts=[att("Bescheid_Pflegegrad_PV1170338205.pdf", p)])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "Canadian expat's pregnancy (due date), waiting period for delivery benefits and midwife costs under her health policy; HTML version with table")
def s_maternity_waiting():
    text = f"""Dear Ms Tremblay,

congratulations on your pregnancy - and thank you for letting us know so
early, that makes everything easier.

You asked whether the birth of your baby (due date 14 August 2026) is
covered. Good news: yes.

  Policy start:                          1 September 2025
  Waiting period for pregnancy/delivery: 8 months
  Covered from:                          1 May 2026
  Expected delivery:                     14 August 2026

What is covered under your tariff Moorlinde Komfort International:

- prenatal check-ups with your gynaecologist (already covered now, no
  waiting period for check-ups),
- the midwife (Hebamme) before and after the birth, including home visits,
  at 100 % of the German midwife fee schedule,
- the hospital delivery in a two-bed room with treatment by the senior
  physician,
- a birth preparation course (up to EUR 250).

Two practical tips: register with a midwife as soon as possible - in Hamburg
they are often booked out months ahead. And please send us the birth
certificate within two months after the birth so that we can add your baby
to your policy without any health questions.

Kind regards

{sig("macleod", "en", "kranken")}

{footer("en", "kranken")}
"""
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Tremblay,</p>
<p>congratulations on your pregnancy &ndash; and thank you for letting us know so early, that makes everything easier.</p>
<p>You asked whether the birth of your baby (due date 14&nbsp;August&nbsp;2026) is covered. Good news: <b>yes</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Policy start</td><td>1 September 2025</td></tr>
<tr><td>Waiting period for pregnancy/delivery</td><td>8 months</td></tr>
<tr><td>Covered from</td><td>1 May 2026</td></tr>
<tr><td>Expected delivery</td><td>14 August 2026</td></tr>
</table>
<p>What is covered under your tariff Moorlinde Komfort International:</p>
<ul>
<li>prenatal check-ups with your gynaecologist (already covered now, no waiting period for check-ups),</li>
<li>the midwife (<i>Hebamme</i>) before and after the birth, including home visits, at 100&nbsp;% of the German midwife fee schedule,</li>
<li>the hospital delivery in a two-bed room with treatment by the senior physician,</li>
<li>a birth preparation course (up to EUR&nbsp;250).</li>
</ul>
<p>Two practical tips: register with a midwife as soon as possible &ndash; in Hamburg they are often booked out months ahead. And please send us the birth certificate within two months after the birth so that we can add your baby to your policy without any health questions.</p>
<p>Kind regards</p>
<p>Fiona MacLeod<br>International Customer Service<br>Moorlinde Krankenversicherung AG | Sandtorh&ouml;ft 12, 20457 Hamburg<br>Phone +49 40 3187-2215</p>
</body></html>
"""
    return mail(who("macleod"), "Megan Tremblay <megan.tremblay@icloud-mail.example>",
                "Re: pregnancy - am I covered?", "2026-03-18 09:03", text, html=html,
                irt="<7F2A1C0E-MT-0317@icloud-mail.example>")


@M("STRICTLY_CONFIDENTIAL", "mixed", "customer",
   "German forwarding note with an attached English customer mail that quotes a German discharge letter (acute cholecystitis, laparoscopic gallbladder removal)")
def s_fwd_gallbladder():
    inner_body = """Hello Moorlinde team,

I was in hospital last week (Hospital am Huntebogen, Oldenburg, 2-6 March) and have
now received this letter from them, which I'm supposed to give to my GP. I
don't understand most of it. Can you tell me if this is something you pay
for, and what I need to send you? The hospital said they'd bill me directly.

Here's the part from the letter (sorry for copying it like this, my scanner
is broken):

"Diagnosen: Akute kalkulöse Cholezystitis (K80.00)
Therapie: Laparoskopische Cholezystektomie am 03.03.2026, komplikationsloser
postoperativer Verlauf. Entlassung in gutem Allgemeinzustand.
Procedere: Fadenzug am 10. postoperativen Tag beim Hausarzt, körperliche
Schonung für 2 Wochen, fettarme Kost."

Also, my employer wants a certificate for the days off - is that something
you issue or the hospital?

Cheers,
Daniel Pryce
KV 6603 1948 27
Phone 0157 3318 0442"""
    inner_msg = inner("Daniel Pryce <dan.pryce@ozmail-au.example>",
                      f"Moorlinde International <international@{DOM}>",
                      "hospital letter - what does this mean??", "2026-03-09 19:41", inner_body,
                      cte="8bit")
    body = f"""Hallo liebes Team Leistung Kranken,

anbei die Mail von Herrn Pryce (Australier, spricht kein Deutsch). Er war
vom 2. bis 6. März stationär im Hospital am Huntebogen, Gallenblase. Die Klinik
rechnet direkt mit uns ab, er fragt nur, was er einreichen muss.

Ich antworte ihm auf Englisch, wenn ihr mir kurz bestätigt, dass die
Klinik-Card-Abrechnung bei euch schon eingegangen ist bzw. was noch fehlt.
Die AU-Bescheinigung für den Arbeitgeber muss er natürlich bei der Klinik
anfragen – das erkläre ich ihm.

Danke!
Fiona

--
{sig("macleod", "de", "kranken")}
"""
    return mail(who("macleod"), f"Leistung Kranken <leistung-kranken@{DOM}>",
                "WG: hospital letter - what does this mean?? (KV 6603 1948 27)", "2026-03-10 08:37",
                body, atts=[att("hospital letter - what does this mean.eml", inner_msg)])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "daily sickness allowance stopped for a named self-employed carpenter after an expert found him fit for work (rotator cuff tear); windows-1252 text")
def s_ktg_einstellung():
    body = f"""Sehr geehrter Herr Lüdtke,

wir beziehen uns auf Ihre Krankentagegeldversicherung (Vertrag KV 5120 0336 71,
Tarif KT43, Krankentagegeld 120,00 EUR ab dem 43. Tag).

Sie sind seit dem 12.01.2026 wegen der Ruptur der Rotatorenmanschette an der
rechten Schulter (M75.1) arbeitsunfähig geschrieben. Das Krankentagegeld haben
wir ab dem 23.02.2026 gezahlt.

Am 09.03.2026 wurden Sie, wie im Tarif vorgesehen, von Herrn Dr. med. Johann
Ocken (Facharzt für Orthopädie) untersucht. Nach seinem Gutachten ist die
Schulter nach der arthroskopischen Naht vom 20.01.2026 so weit belastbar,
dass Sie Ihre Tätigkeit als selbstständiger Tischlermeister ab dem 16.03.2026
wieder ausüben können; Überkopfarbeiten und schweres Heben über 15 kg sollen
Sie für weitere vier Wochen vermeiden. Diese Einschränkungen sind in Ihrem
Betrieb nach Ihren eigenen Angaben durch Ihre beiden Gesellen abzudecken.

Nach § 1 Abs. 3 unserer Tarifbedingungen liegt damit ab dem 16.03.2026 keine
vollständige Arbeitsunfähigkeit mehr vor. Wir zahlen das Krankentagegeld
deshalb bis einschließlich 15.03.2026. Die letzte Zahlung über 1.800,00 EUR
(01.03. bis 15.03.2026) ist heute angewiesen worden.

Wenn Sie mit der Einschätzung nicht einverstanden sind, können Sie uns
innerhalb von vier Wochen einen aktuellen Befund Ihres behandelnden Arztes
schicken; wir lassen ihn dann von unserem Gesellschaftsarzt prüfen. Eine
Kopie des Gutachtens senden wir Ihnen auf Wunsch gern zu.

Mit freundlichen Grüßen

{sig("tebben", "de", "kranken")}

{footer("de", "kranken")}
"""
    return mail(who("tebben"), "Marco Lüdtke <info@tischlerei-luedtke.example>",
                "Ihr Krankentagegeld – Vertrag KV 5120 0336 71", "2026-03-13 10:05", body,
                charset="windows-1252", headers=[("X-Mailer", "Microsoft Outlook 16.0")])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "accident-insurance invalidity assessment for a named British expat after a tibial plateau fracture (leg value 3/20, payout)")
def s_unfall_gliedertaxe():
    body = f"""Dear Mr Pickering,

I am pleased to let you know that we have completed the assessment of your
claim following your cycling accident on 17 May 2025 (claim U-2025-06638,
accident policy UV 8834 1102).

The independent orthopaedic report by Prof. Dr. Hanna Ludewig dated
24 February 2026 confirms a permanent impairment of your left leg after the
fracture of the tibial plateau: a slight restriction of knee bending
(0-5-120 degrees compared to 0-0-140 on the right) and early post-traumatic
arthritis visible in the X-ray.

How the amount is calculated - German accident policies use a fixed table
(the "Gliedertaxe") rather than an overall percentage:

  Value of the leg above the middle of the thigh ........ 70 %
  Degree of impairment according to the report .......... 3/20 of the leg
  Invalidity ............................................. 70 % x 3/20 = 10.5 %
  Basic sum insured ...................................... EUR 100,000
  Invalidity benefit ..................................... EUR 10,500.00

Your policy has a progression of 225 %, but progression only applies to the
part of the invalidity above 25 %, so it does not change the amount here.

We already paid an advance of EUR 3,000.00 in September. The remaining
EUR 7,500.00 will be transferred to your account with Hafenbank within the
next three working days.

Under the policy conditions, both you and we may ask for a new medical
assessment up to three years after the accident if the condition changes.
Please keep that in mind if your knee gets worse.

Wishing you a good recovery,

{sig("osterloh", "en")}

{footer("en")}
"""
    return mail(who("osterloh"), "Graham Pickering <graham.pickering@britmail.example>",
                "Your accident claim U-2025-06638 - invalidity assessment", "2026-03-02 15:12", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "accident claim correspondence with a lawyer: named client's traumatic brain injury and post-concussion syndrome, expert report excerpt as PDF")
def s_unfall_anwalt():
    body = f"""Sehr geehrter Herr Dr. Sandstede,

in der Unfallsache Ihrer Mandantin, Frau Jelena Marković (Unfallversicherung
UV 7719 0481, Schaden U-2025-04102), danken wir für Ihr Schreiben vom
16.02.2026.

Wie erbeten übersenden wir Ihnen anbei einen Auszug aus dem
neurologischen Gutachten von Herrn PD Dr. Falk Terbrack vom 21.01.2026. Das
vollständige Gutachten einschließlich der neuropsychologischen Testung
stellen wir Ihnen nach Vorlage einer aktuellen Schweigepflichtentbindung
Ihrer Mandantin gern zur Verfügung.

Zu Ihren Einwänden:

Der Gutachter bestätigt das Schädel-Hirn-Trauma 1. Grades vom 14.04.2025 und
ein postkommotionelles Syndrom mit Konzentrations- und Schlafstörungen. Eine
strukturelle Hirnschädigung war in der MRT vom 22.04.2025 nicht
nachweisbar. Er bewertet die unfallbedingte Beeinträchtigung außerhalb der
Gliedertaxe mit 10 %. Die von Ihnen angeführte depressive Symptomatik sieht
er überwiegend unfallunabhängig (Vorbehandlung 2022), sodass nach
Ziffer 3 AUB ein Mitwirkungsanteil zu berücksichtigen wäre. Wir haben
diesen Anteil zugunsten Ihrer Mandantin nicht abgezogen.

Wir halten daher an der Invaliditätsleistung von 8.000,00 EUR fest. Sollten
Sie ein Gegengutachten vorlegen, werden wir es selbstverständlich prüfen.

Mit freundlichen Grüßen

{sig("osterloh", "de")}

{footer("de")}
"""
    p = pdf([
        ("#", "Neurologisches Fachgutachten (Auszug)"),
        "Gutachter: PD Dr. med. Falk Terbrack, Facharzt für Neurologie, Oldenburg",
        "Auftraggeber: Moorlinde Versicherung AG, Schaden U-2025-04102",
        "Probandin: Jelena Marković, geb. 30.11.1984",
        "Untersuchung am 08.01.2026",
        "",
        ("#", "Zusammenfassung und Beurteilung"),
        "Die Probandin erlitt am 14.04.2025 bei einem Sturz mit dem E-Scooter ein Schädel-Hirn-Trauma "
        "1. Grades (S06.0) mit kurzer Bewusstlosigkeit. Die cMRT vom 22.04.2025 zeigte keine "
        "Kontusionsherde. In der Folge bestehen Kopfschmerzen, Konzentrationsstörungen und "
        "Ein- und Durchschlafstörungen im Sinne eines postkommotionellen Syndroms (F07.2).",
        "In der neuropsychologischen Testung fanden sich leichte Defizite der geteilten Aufmerksamkeit. ",
        "Die von der Probandin geschilderte gedrückte Stimmung ist nach Aktenlage bereits 2022 "
        "hausärztlich behandelt worden (Citalopram 20 mg über sechs Monate) und überwiegend "
        "unfallunabhängig.",
        "",
        "Bewertung: unfallbedingte Beeinträchtigung der körperlichen und geistigen Leistungsfähigkeit "
        "außerhalb der Gliedertaxe 10 %. Dauerzustand ab 01/2026.",
        "",
        ("=", "Auszug für den Rechtsanwalt der Probandin – Weitergabe nur im Rahmen des Mandats"),
    ], title="Gutachten Auszug U-2025-04102")
    return mail(who("osterloh"), "Kanzlei Dr. Sandstede <kanzlei@sandstede-recht.example>",
                "Ihre Mandantin Jelena Marković – Schaden U-2025-04102 – Ihr Az. 31/25 JS",
                "2026-02-24 14:40", body, atts=[att("Gutachten_Terbrack_Auszug.pdf", p)])


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "internal underwriting note in English on a named British applicant with asthma, inhalers and a past hospitalisation")
def s_uw_asthma():
    body = f"""Hi Carsten,

could you take a look at this one before I reply to the broker? It's a new
international health application, employer relocation.

Applicant: Chloe Harrington, DOB 27/03/1992, British, moving from Leeds to
Hamburg in May (logistics company, office job)
Tariff applied for: Komfort International, deductible EUR 600

Disclosed:
- asthma since childhood, currently salbutamol as needed (about 2x a week)
  and budesonide/formoterol 160/4.5 twice daily since 2023
- one hospital admission in Leeds, 3 nights in November 2019,
  acute exacerbation after a chest infection, no ICU
- last lung function test 2025 "mildly obstructive, good reversibility"
  according to the GP letter
- otherwise healthy, non-smoker, BMI 22

Our manual would give us +25 % or an exclusion for respiratory diseases.
I'd rather offer a surcharge than an exclusion - an exclusion on the lungs
for someone her age feels harsh and the broker says she'd walk away. Would
+20 % be defensible in your view, given the controlled course and no
admission for six years?

GP letter and spirometry are in the e-file (UW-INT-2026-0233).

Thanks,
Priya

--
{sig("raman", "en", "kranken")}
"""
    return mail(who("raman"), who("feldhaus"), "UW question - asthma - UW-INT-2026-0233",
                "2026-04-08 11:27", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "confirmation of a beneficiary change in a named customer's endowment life policy (new beneficiary with birth date); no medical words")
def s_bezugsrecht():
    body = f"""Sehr geehrter Herr Haake,

vielen Dank für Ihren Auftrag vom 18.02.2026. Wir haben das Bezugsrecht für
den Todesfall in Ihrer Kapitallebensversicherung LV-6620-118844 wie
gewünscht geändert:

Bisher:   Ehefrau (ohne Namensnennung)
Neu:      Frau Susanne Brink, geb. 03.07.1968, Lerchenstraße 9, 26215 Wiefelstede
Art:      widerruflich

Für den Erlebensfall am 01.12.2031 bleiben Sie selbst bezugsberechtigt.

Bitte beachten Sie: Ein widerrufliches Bezugsrecht können Sie jederzeit ohne
Zustimmung von Frau Brink wieder ändern. Sollten Sie ein unwiderrufliches
Bezugsrecht wünschen, teilen Sie uns das bitte schriftlich mit.

Den Nachtrag zum Versicherungsschein erhalten Sie in den nächsten Tagen per
Post. Der aktuelle Rückkaufswert Ihres Vertrags beträgt 41.306,17 EUR
(Stand 01.02.2026).

Mit freundlichen Grüßen

{sig("kueck", "de", "leben")}

{footer("de", "leben")}
"""
    return mail(who("kueck"), "Wilfried Haake <w.haake@t-online-post.example>",
                "Ihre Lebensversicherung LV-6620-118844 – Änderung des Bezugsrechts",
                "2026-02-20 10:31", body)


# ------------------------------------------------ strictly confidential (2)

@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "death claim under a term life policy: American widow asked for death certificate and cause-of-death statement of her late husband")
def s_death_claim():
    body = f"""Dear Mrs Castellano,

please accept our sincere condolences on the death of your husband, Robert.
Thank you for informing us so soon, at what must be a very difficult time.

Your husband's term life policy LV-7012-330915 was in force at the time of
his death on 2 March 2026, and you are named as the beneficiary. The sum
insured is EUR 300,000.

To pay the benefit we need the following documents. Copies are fine unless
marked otherwise, and you can send them by post or upload them to the secure
mailbox we have set up for you:

1. the official German death certificate (Sterbeurkunde) issued by the
   registry office in Bremen - original or certified copy;
2. a statement by the doctor who certified the death about the cause of
   death. In Germany this is part of the confidential section of the
   "Todesbescheinigung"; the form we enclose can be completed by the
   doctor instead. We need this because the policy started less than three
   years ago (1 June 2024), which means we have to confirm that the health
   questions in the application were answered correctly;
3. the policy document, or a short statement that it cannot be found;
4. a copy of your passport or residence permit;
5. the account to which the money should be paid (a US account is
   possible; we would then need the SWIFT/BIC and ABA routing number).

I know that the point about the cause of death can feel intrusive. It is a
routine step for every claim in the first three years and does not mean we
doubt anything. If you prefer, the doctor can send the statement directly
to our medical officer.

Please call me whenever you have questions - I will be handling this claim
personally.

With warm regards

{sig("demirtas", "en", "leben")}

{footer("en", "leben")}
"""
    return mail(who("demirtas"), "Linda Castellano <linda.castellano@usmail.example>",
                "Policy LV-7012-330915 - Robert Castellano", "2026-03-06 12:18", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only benefit statement with a table of a named insured's dermatologist, lab, pharmacy (isotretinoin) and physio invoices")
def s_html_abrechnung():
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Leistungsabrechnung</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1d2b36">
<p>Sehr geehrter Herr Steenken,</p>
<p>wir haben Ihre am 04.03.2026 eingereichten Belege geprüft. Die Erstattung erfolgt auf Ihr bekanntes Konto.</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead style="background:#e4eef3"><tr><th>Beleg</th><th>Leistungserbringer</th><th>Leistung</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr></thead>
<tbody>
<tr><td>1</td><td>Dr. med. Wiebke Onken, Hautärztin, Oldenburg</td><td>GOÄ 1, 5, 750 (Auflichtmikroskopie), Akne conglobata (L70.1)</td><td>86,93 €</td><td>86,93 €</td></tr>
<tr><td>2</td><td>MVZ Labor Dr. Kramer</td><td>Leberwerte, Blutfette vor Isotretinoin-Therapie</td><td>47,21 €</td><td>47,21 €</td></tr>
<tr><td>3</td><td>Hirsch-Apotheke Oldenburg</td><td>Isotretinoin 20 mg, 60 Kps., PZN 01234567</td><td>78,40 €</td><td>78,40 €</td></tr>
<tr><td>4</td><td>Physiotherapie Haarenufer</td><td>6 x Krankengymnastik (Nackenbeschwerden)</td><td>168,00 €</td><td>150,00 €</td></tr>
<tr style="font-weight:bold"><td colspan="3">Summe</td><td>380,54 €</td><td>362,54 €</td></tr>
</tbody></table>
<p>Zu Beleg 4: Ihr Tarif erstattet Krankengymnastik bis 25,00 € je Behandlung.</p>
<p>Ihre bisherigen Erstattungen im Jahr 2026: 362,54 €. Bitte beachten Sie, dass Sie eine Beitragsrückerstattung nur erhalten, wenn Sie im ganzen Kalenderjahr keine Leistungen in Anspruch nehmen.</p>
<p>Mit freundlichen Grüßen<br>Jonas Tebben<br>Leistung Krankenversicherung<br>Moorlinde Krankenversicherung AG</p>
<p style="font-size:11px;color:#6b7b86">Versicherungsnummer KV 1043 8820 16 · Diese Nachricht wurde aus dem Leistungssystem erzeugt.</p>
</body></html>
"""
    return mail(who("tebben"), "Ralf Steenken <ralf.steenken@webpost.example>",
                "Ihre Leistungsabrechnung vom 09.03.2026", "2026-03-09 16:02", None,
                html=html, html_only=True)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "incoming-guest travel health claim of a named American exchange student: tonsillitis, amoxicillin, doctor and pharmacy bills")
def s_guest_tonsillitis():
    body = f"""Hi Tyler,

thanks for sending the receipts so quickly - and I hope you're feeling
better!

We have checked your claim under your Moorlinde Guest Cover (policy
RG 2291 4456, valid 1 Oct 2025 to 31 Jul 2026):

  Dr. med. Tamme Brinkmann, GP, 24 Feb 2026
  consultation, throat swab, diagnosis acute tonsillitis ....... EUR 85.00
  Pharmacy Haarentor, amoxicillin 1000 mg, 20 tablets .......... EUR 12.47
  ------------------------------------------------------------------------
  Total reimbursed ............................................. EUR 97.47

There is no deductible on your plan, so we'll pay the full amount.

The only thing missing is where to send the money. You wrote that you don't
have a German account - that's fine. We can transfer to your US account,
but we need:

  - account holder name
  - bank name and address
  - account number and ABA routing number
  - SWIFT/BIC of the bank

Or, if you open a German account during your stay, just send us the IBAN.
Please do not send the details by normal e-mail; use the reply function of
the secure message we sent you yesterday.

Best wishes for the rest of your semester,

{sig("ahlers", "en")}

{footer("en")}
"""
    return mail(who("ahlers"), "Tyler Brandt <tyler.brandt@uni-oldenburg.example>",
                "Re: Doctor bill + pharmacy (RG 2291 4456)", "2026-03-03 10:44", body, flowed=True,
                cte="8bit", irt="<CAJ8kq-tb-0302@uni-oldenburg.example>")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
   "cost approval to a pharmacy for adalimumab (PZN, prescriber) for a named insured with direct billing")
def s_apotheke_adalimumab():
    body = f"""Sehr geehrte Frau Carstens,

wie heute Vormittag telefonisch besprochen bestätigen wir Ihnen die
Kostenübernahme im Direktabrechnungsverfahren für unseren Versicherten

Herrn Kai-Uwe Martens, geb. 15.02.1975, KV 3317 0092 48

für folgendes Arzneimittel:

Humira 40 mg Injektionslösung im Fertigpen (Adalimumab), 6 Stück,
PZN 10002519 (hier aus unserer Arzneimitteldatenbank übernommen – bitte
mit der Verordnung abgleichen)
Verordnung: Dr. med. Insa Folkerts, Rheumatologische Praxis Westerstede,
vom 10.03.2026
Dosierung laut Verordnung: 40 mg s.c. alle 14 Tage

Die Zusage gilt für Abgaben bis zum 30.09.2026 und für maximal vier
Packungen. Bitte rechnen Sie direkt mit uns ab (IK-Nr. siehe Rahmenvertrag,
Kennwort „Direkt Moorlinde“); Herr Martens muss nicht in Vorleistung gehen.
Ein Biosimilar ist nach Auskunft der Praxis aus medizinischen Gründen
derzeit nicht vorgesehen, das akzeptieren wir für diesen Zeitraum.

Bei Rückfragen erreichen Sie mich direkt.

Mit freundlichen Grüßen

{sig("tebben", "de", "kranken")}

{footer("de", "kranken")}
"""
    return mail(who("tebben"), "Löwen-Apotheke Bad Zwischenahn <info@loewen-apotheke-bz.example>",
                "Kostenübernahme Direktabrechnung – Herr K.-U. Martens", "2026-03-16 11:40", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "reply to a US-owned employer's HR about a named employee's group disability claim (absence, claim status), refusing to disclose diagnosis")
def s_group_disability_hr():
    body = f"""Dear Ms Donnelly,

thank you for your e-mail of 20 March regarding Mr Oskar Lindqvist and the
group income protection plan of Brightwell Analytics GmbH (group contract
GBU-4410-07).

I can confirm the following, which Mr Lindqvist has authorised us to share
with you:

- We received his claim for disability benefits on 2 February 2026.
- He has been absent from work since 17 November 2025; the six-month
  waiting period under your plan therefore ends on 16 May 2026.
- Our assessment is under way. We expect to take a decision in April, and
  benefits - if approved - would start on 17 May 2026.
- Until then, the employer's premium for Mr Lindqvist continues to be due.

I am afraid I cannot answer your question about the nature of his illness
or his prognosis. Medical information is protected by German professional
secrecy rules (section 203 of the Criminal Code) and by the GDPR, and we
may only share it with the employee himself. If you need to plan his
return to work, the right contact is your occupational health physician,
with whom Mr Lindqvist can decide what to share.

Please also do not forward medical documents to us on his behalf - he can
send them to us directly.

Kind regards

{sig("kueck", "en", "leben")}

{footer("en", "leben")}
"""
    return mail(who("kueck"), "Erin Donnelly <erin.donnelly@brightwell-analytics.example>",
                "RE: Status of Oskar Lindqvist's disability claim", "2026-03-23 09:55", body,
                irt="<BN8PR12MB-ED0320@brightwell-analytics.example>")


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "internal care-aids request for a named insured with care level 4 after a stroke (nursing bed, commode, hemiplegia)")
def s_pflegebett_intern():
    body = f"""Moin zusammen,

bitte einmal Hilfsmittelversorgung anstoßen:

Versicherter: Heinrich Eilts, geb. 07.08.1941, PV 1180 6621 30
Pflegegrad 4 seit 01.12.2025
Wohnt seit Februar wieder zu Hause (Ekernstraße 41, 26125 Oldenburg),
Versorgung durch Ehefrau + Pflegedienst „Rasteder Hände“

Der Pflegedienst hat heute angerufen: Nach dem Schlaganfall im Oktober
(Hemiparese links, Schluckstörung, PEG liegt) schafft die Ehefrau die
Transfers aus dem normalen Bett nicht mehr. Benötigt werden:

- Pflegebett mit Aufrichter und Seitengittern
- Toilettenstuhl
- Wechseldruckmatratze (Dekubitus Grad 2 sakral laut Pflegedienst)

Verordnung der Hausärztin Dr. Albers kommt per Post, ich habe sie vorab
mündlich bestätigt bekommen. Bitte das Sanitätshaus Weser-Ems (Rahmenvertrag)
beauftragen, Lieferung wenn möglich bis Freitag. Die Ehefrau ist erreichbar
unter 0441 3309127.

Danke!
Wiebke

--
{sig("tjaden", "de", "kranken")}
"""
    return mail(who("tjaden"), f"Pflege-Hilfsmittel <pflege-hilfsmittel@{DOM}>",
                "Eilig: Pflegebett + Toilettenstuhl für Herrn Eilts (PV 1180 6621 30)",
                "2026-02-17 15:22", body)


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-applicant",
   "English mail to a US applicant quoting German health questions; he answered yes (knee treatment 2024), details requested")
def s_health_questions_quoted():
    body = f"""Dear Mr Carter,

thank you for your application for private health insurance (application
no. A-KV-2026-01187). Before we can make a decision, we need a little more
information on one of your answers.

The application form is only legally binding in German, so I am quoting the
question exactly as you answered it:

  "Frage 3: Sind Sie in den letzten 3 Jahren ambulant untersucht, beraten
   oder behandelt worden (z. B. durch Ärzte, Zahnärzte, Heilpraktiker,
   Psychotherapeuten)?"
  Ihre Antwort: Ja - "knee, 2024, physio"

Translation: "Have you been examined, advised or treated on an outpatient
basis in the last 3 years (e.g. by doctors, dentists, alternative
practitioners, psychotherapists)?"

Could you please tell us - in English is fine:

1. Which knee, and what was the diagnosis (e.g. meniscus tear, ligament
   injury, patellar tendinitis)? If you have the doctor's report or an MRI
   report, a copy helps most.
2. What treatment did you have, and when did it end?
3. Do you still have any complaints or limitations today?
4. Is any further treatment planned or recommended?

Please also check whether there was any other outpatient treatment in the
last three years - including routine check-ups, dental treatment or
prescriptions. "No" is only correct if there was really nothing at all;
an incomplete answer could later put your cover at risk.

Best regards

{sig("raman", "en", "kranken")}

{footer("en", "kranken")}
"""
    return mail(who("raman"), "Benjamin Carter <ben.carter@usmail.example>",
                "Your application A-KV-2026-01187 - question 3 (outpatient treatment)",
                "2026-04-14 14:05", body, cc=f"Fairweather Expat Brokers <service@fairweather-brokers.example>")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "dental implant treatment plan (regio 36) and reimbursement limits for a named insured; reply quoting her question")
def s_hkp_implantat():
    q = """Hallo,
anbei der Heil- und Kostenplan von Dr. Frerichs für das Implantat unten links.
Wieviel davon zahlen Sie? Meine Kasse gibt nur den Festzuschuss.
Gruß B. Schoon"""
    body = f"""Sehr geehrte Frau Schoon,

danke für den Heil- und Kostenplan von Herrn Dr. Frerichs vom 02.04.2026
(Implantat regio 36 mit Suprakonstruktion, voraussichtlich 3.412,60 EUR).

Ihr Tarif Zahn90 erstattet 90 % des Rechnungsbetrags, abzüglich der
Leistung Ihrer gesetzlichen Krankenkasse, höchstens aber 100 % zusammen mit
dieser. Bei dem geplanten Betrag und einem Festzuschuss der Kasse von
voraussichtlich 460,71 EUR ergibt sich:

  3.412,60 EUR x 90 %                     = 3.071,34 EUR
  Begrenzung auf Rechnung − Festzuschuss  = 2.951,89 EUR
  voraussichtliche Erstattung             = 2.951,89 EUR

Allerdings befindet sich Ihr Vertrag (Beginn 01.07.2024) noch im zweiten
Versicherungsjahr. In den ersten vier Jahren gelten die Höchstbeträge der
Zahnstaffel; im 2. Jahr sind das 2.000,00 EUR insgesamt, davon haben Sie
bereits 312,40 EUR (Füllung Zahn 14) in Anspruch genommen. Wenn die
Behandlung noch vor dem 01.07.2026 abgerechnet wird, können wir daher
höchstens 1.687,60 EUR erstatten. Ab dem 3. Versicherungsjahr steigt der
Höchstbetrag auf 4.000,00 EUR.

Vielleicht lohnt es sich, mit der Praxis über den Zeitplan zu sprechen – die
Implantation selbst und die Krone werden ohnehin meist einige Monate
auseinander liegen, maßgeblich ist das Behandlungsdatum.

Mit freundlichen Grüßen

{sig("tebben", "de", "kranken")}

{footer("de", "kranken")}

Am 06.04.2026 um 20:14 schrieb Beate Schoon:
{quote(q)}
"""
    return mail(who("tebben"), "Beate Schoon <b.schoon@posteo-mail.example>",
                "Re: HKP Implantat", "2026-04-09 08:51", body, irt="<5a1f-bs-0406@posteo-mail.example>")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "repatriation arrangement with an assistance partner for a named German customer after an ischaemic stroke in Thailand")
def s_globeassist_stroke():
    body = f"""Dear Aoife,

thanks for your update from last night. Our medical officer Dr Feldhaus has
now reviewed the report from Doi Kham Medical Centre and spoken with the
treating neurologist.

Case: GA-26-03318 / our ref R-2026-03977
Patient: Mr Jürgen Albrecht, DOB 03/09/1954, travel health policy RK 5501 7781
Diagnosis: ischaemic stroke, left MCA territory, admitted 28 March; no
thrombolysis (late presentation); right-sided hemiparesis improving, mild
dysphagia - on thickened fluids, no feeding tube; BP stable on amlodipine.

Decision:
1. We approve repatriation to Germany as soon as the neurologist confirms
   fitness to fly - he expects 8 or 9 April.
2. Given the dysphagia and limited mobility, please organise a stretcher
   on a scheduled flight (BKK-FRA) with a physician escort, not an air
   ambulance. If the escort physician disagrees after seeing the patient,
   call us before booking anything else.
3. Ground ambulance FRA to the stroke unit of Klinikum Hunte-Mitte; we have
   reserved a bed from 9 April, contact Dr Wendt, +49 441 403-0.
4. Mrs Albrecht will travel on the same flight; we cover her economy ticket.

Costs are guaranteed as per our framework agreement. Please send the
invoice with the medical escort report.

Many thanks for your support,
Malte

{sig("ahlers", "en")}
24/7 assistance line: +49 40 3187-2999

{footer("en")}
"""
    return mail(who("ahlers"), "Aoife Brennan <medops@globeassist.example>",
                "GA-26-03318 Albrecht - repatriation approved (stretcher + escort)",
                "2026-04-02 08:12", body, cc=who("feldhaus"))


@M("STRICTLY_CONFIDENTIAL", "de", "customer",
   "head of health claims forwards a named customer's complaint about rejected follow-up rehab after knee replacement (M17.1)")
def s_fwd_reha_beschwerde():
    inner_text = """Sehr geehrte Damen und Herren,

mit großer Verärgerung habe ich Ihr Schreiben vom 20.02. gelesen, in dem Sie
die Anschlussheilbehandlung nach meiner Knie-TEP rechts als „medizinisch
nicht notwendig“ ablehnen. Ich bin am 9. Februar in der Klinik am
Schlosspark in Rastede operiert worden (Gonarthrose, M17.1 laut
Entlassbrief) und laufe noch heute an Unterarmstützen. Der Operateur, Herr Dr. Kuhlmann, hat die AHB
ausdrücklich empfohlen, das steht im Entlassbrief, den ich Ihnen
mitgeschickt habe!

Ambulante Physiotherapie zweimal die Woche reicht nicht, das merke ich
jeden Tag. Ich bin 68 Jahre alt und wohne allein im ersten Stock.

Ich erwarte, dass Sie Ihre Entscheidung korrigieren. Andernfalls werde ich
mich an den Ombudsmann wenden.

Mit freundlichen Grüßen
Thorsten Gerdes
KV 0981 2274 63
Rosenweg 4, 26180 Rastede"""
    body = f"""Liebe Kolleginnen und Kollegen im Beschwerdemanagement,

bitte die Mail von Herrn Gerdes unten als Beschwerde erfassen (Eingang
heute). Ich habe mir die Akte angesehen: Die Ablehnung stützt sich auf den
Tarif Basis, der AHB nur nach Zusage vor Beginn erstattet – das ist aber ein
Formalgrund, kein medizinischer, und das Schreiben ist unglücklich
formuliert. Ich lasse das vom Gesellschaftsarzt noch einmal ansehen und
melde mich bis Freitag bei Herrn Gerdes selbst.

Viele Grüße
Henrike Poppe

{sig("poppe", "de", "kranken")}

{fwd_hdr("Thorsten Gerdes <t.gerdes@t-online-post.example>", "2026-02-25 07:58", f"Leistung Kranken <leistung-kranken@{DOM}>", "Ablehnung AHB – so nicht!")}
{inner_text}
"""
    return mail(who("poppe"), f"Beschwerdemanagement <beschwerde@{DOM}>",
                "WG: Ablehnung AHB – so nicht!", "2026-02-25 10:19", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "annual follow-up review of a named British architect's disability pension for multiple sclerosis; prefilled DOCX questionnaire")
def s_bu_review_ms():
    body = f"""Dear Mr Pennington,

it is that time of year again: as agreed when we recognised your claim in
2022, we review your occupational disability benefits once a year. This is
a routine step and your monthly pension of EUR 2,150.00 continues to be
paid while the review is running.

For this year's review we would ask you for:

1. the attached questionnaire (in English), which I have already filled in
   with the details we hold - please check, correct where necessary and
   sign;
2. a current report from your neurologist, Dr. Ramadani, on the course of
   your multiple sclerosis over the past twelve months (relapses,
   EDSS score, current disease-modifying therapy);
3. the report of your most recent MRI, if one was done since last April.

We will of course pay the neurologist's fee for the report; please ask the
practice to send the invoice to us quoting BU-2022-0144.

If your situation has changed - for instance if you have started working
again in any capacity - please let me know. In most cases a return to
part-time work does not end the benefits, and we are happy to talk it
through before you decide.

Kind regards

{sig("demirtas", "en", "leben")}

{footer("en", "leben")}
"""
    d = docx([
        ("#", "Annual review - occupational disability benefits"),
        "Moorlinde Lebensversicherung AG - claim BU-2022-0144 - policy LV-5520-073318",
        ("table", [
            ["Insured person", "Hugh Pennington"],
            ["Date of birth", "12 October 1976"],
            ["Address", "Wallring 51, 26655 Westerstede"],
            ["Occupation insured", "Architect (self-employed, site supervision 40 %)"],
            ["Disability recognised from", "1 March 2022"],
            ["Cause", "Multiple sclerosis, relapsing-remitting (G35.1)"],
            ["Degree of occupational disability at last review", "70 %"],
            ["Treating neurologist", "Dr. med. Arta Ramadani, Oldenburg"],
            ["Current medication (as last reported)", "Ocrelizumab infusion every 6 months"],
        ]),
        "",
        "1. Have you had any relapses since April 2025? If yes, when, and were you treated in hospital?",
        "2. Has your walking distance changed? Please estimate in metres.",
        "3. Are you currently working in any capacity? If yes, what, and how many hours per week?",
        "4. Have you received any rehabilitation since the last review?",
        "",
        "Place, date, signature: ______________________________",
    ], title="Annual review BU-2022-0144", author="Aylin Demirtas")
    return mail(who("demirtas"), "Hugh Pennington <hugh@pennington-architects.example>",
                "Annual review of your disability benefits (BU-2022-0144)", "2026-04-07 10:10", body,
                atts=[att("Annual_review_BU-2022-0144.docx", d)])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
   "query to a physiotherapy practice about a named insured's invoice and therapy report after disc surgery (prescription, diagnosis)")
def s_physio_rueckfrage():
    body = f"""Sehr geehrte Damen und Herren,

uns liegt Ihre Rechnung Nr. 2026-0419 vom 06.03.2026 für unsere Versicherte
Frau Gesa Bolte, geb. 28.05.1966, vor (20 x Krankengymnastik auf
neurophysiologischer Grundlage, 20 x Wärmetherapie, insgesamt 1.340,00 EUR).

Laut beigefügter Verordnung von Herrn Dr. Janßen (Neurochirurgie) vom
12.01.2026 erfolgte die Behandlung nach Nukleotomie L5/S1 rechts mit noch
bestehender Fußheberschwäche. Die Verordnung lautet allerdings auf
10 Behandlungen; abgerechnet wurden 20.

Könnten Sie uns bitte mitteilen,

1. ob eine Folgeverordnung vorliegt (dann bitten wir um eine Kopie), und
2. wie sich die Fußheberschwäche und die Gehstrecke im Verlauf entwickelt
   haben (kurzer Therapiebericht genügt)?

Frau Bolte hat uns dafür ihre Einwilligung erteilt. Die Vergütung für den
Bericht übernehmen wir mit pauschal 15,00 EUR.

Ihre Preise liegen bei der KG-ZNS über den Höchstsätzen unseres
Heilmittelverzeichnisses (53,00 EUR statt 46,40 EUR). Den Differenzbetrag
muss Frau Bolte selbst tragen; bitte weisen Sie künftige Patientinnen und
Patienten vor Behandlungsbeginn darauf hin.

Mit freundlichen Grüßen

{sig("tebben", "de", "kranken")}

{footer("de", "kranken")}
"""
    return mail(who("tebben"), "Physiotherapie am Schlossplatz <praxis@physio-schlossplatz.example>",
                "Rückfrage Rechnung 2026-0419 – Frau G. Bolte", "2026-03-19 13:33", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "New Zealand expat leaving Germany: value and options of his occupational pension direct insurance (life contract); no medical words")
def s_bav_leaving():
    body = f"""Dear Mr Whitaker,

thank you for letting us know that you are moving back to Auckland at the
end of June. You asked what happens to the company pension you built up
with your employer Nordwind Offshore GmbH.

Your contract: direct insurance (Direktversicherung) LV-8830-551207
Insured person: Callum Whitaker, born 21 February 1985
Contributions since: 1 August 2019 (salary conversion, EUR 200/month)
Current value (1 April 2026): EUR 14,382.55
Guaranteed pension from age 67: EUR 61.18 per month, or a lump sum

When you leave Nordwind, you have three options:

1. Keep the contract paid up. It stays with us, continues to earn the
   guaranteed interest plus profit share, and pays out when you reach 67 -
   also to a New Zealand bank account.
2. Continue paying privately. Possible, but you lose the German tax and
   social security advantages once you are no longer employed here, so for
   most people leaving Germany this is not attractive.
3. Transfer it to a new German employer - not relevant in your case.

What is unfortunately not possible is to cash the contract in now. German
law (section 2 of the Company Pensions Act) does not allow a vested company
pension to be paid out early, even if you leave the country. The only
exception would be a very small amount, which yours is not.

Please make sure we always have your current postal and e-mail address in
New Zealand - we will write to you every year with an updated statement.

Best regards

{sig("kueck", "en", "leben")}

{footer("en", "leben")}
"""
    return mail(who("kueck"), "Callum Whitaker <callum.whitaker@kiwimail.example>",
                "Your company pension when you leave Germany (LV-8830-551207)",
                "2026-04-10 14:26", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
   "cost-coverage declaration to a hospital for a named insured's hip replacement (OPS, DRG, optional services); ODT attached")
def s_kue_hueft_tep():
    body = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Kostenübernahmeerklärung für die geplante
stationäre Aufnahme von

Frau Insa Rykena, geb. 17.12.1957, KV 7710 3045 22

am 21.04.2026 zur Implantation einer Hüft-TEP links (OPS 5-820.00,
voraussichtlich DRG I47B) bei Koxarthrose.

Wir übernehmen die allgemeinen Krankenhausleistungen sowie die
Wahlleistungen Zweibettzimmer und wahlärztliche Behandlung (Chefarzt
Dr. Bödeker). Die Abrechnung der wahlärztlichen Leistungen erfolgt bitte
nach GOÄ gesondert.

Bitte senden Sie die Rechnung unter Angabe der Versicherungsnummer direkt an
uns; Frau Rykena hat der Direktabrechnung zugestimmt.

Mit freundlichen Grüßen

{sig("tebben", "de", "kranken")}

{footer("de", "kranken")}
"""
    o = odt([
        ("#", "Kostenübernahmeerklärung"),
        "Moorlinde Krankenversicherung AG, Am Moorlindenhof 3, 26129 Oldenburg",
        "An: Klinikum Ammerland-Süd, Patientenaufnahme/Abrechnung",
        ("table", [
            ["Versicherte Person", "Insa Rykena"],
            ["Geburtsdatum", "17.12.1957"],
            ["Versicherungsnummer", "KV 7710 3045 22"],
            ["Tarif", "Komfort Stationär (Zweibettzimmer, Wahlarzt)"],
            ["Aufnahme", "21.04.2026 (elektiv)"],
            ["Diagnose", "Primäre Koxarthrose links (M16.1)"],
            ["Geplanter Eingriff", "Hüft-TEP links, OPS 5-820.00"],
            ["DRG (voraussichtlich)", "I47B"],
            ["Gültig bis", "31.05.2026"],
        ]),
        "Die Kostenübernahme gilt für die medizinisch notwendige stationäre Behandlung im Rahmen des vereinbarten Tarifs.",
        "Oldenburg, 14.04.2026 – Moorlinde Krankenversicherung AG, Leistung Kranken",
    ])
    return mail(who("tebben"), "Patientenabrechnung <abrechnung@klinikum-ammerland-sued.example>",
                "Kostenübernahme stationär – Frau Insa Rykena, Aufnahme 21.04.2026",
                "2026-04-14 09:37", body, atts=[att("KUE_Rykena_2026-04-21.odt", o)])


@M("STRICTLY_CONFIDENTIAL", "en", "doctor",
   "international desk forwards a Glasgow GP's letter on a named customer's type 1 diabetes, HbA1c and eye screening")
def s_fwd_gp_diabetes():
    gp = """Dear Sir/Madam,

Re: Ms Eilidh Fraser, DOB 05/06/1990, 14 Cranworth Street, Glasgow G12

I am writing at the request of my patient, who is relocating to Germany and
has asked for a summary of her medical history for her new health insurer.

Ms Fraser was diagnosed with type 1 diabetes mellitus in March 2015 and has
been managed on a basal-bolus regimen (insulin glargine 18 units nocte,
insulin aspart with meals). Since 2023 she uses a Freestyle Libre sensor.
Her control is good: HbA1c 52 mmol/mol (6.9 %) in January 2026, 54 mmol/mol
in July 2025. There have been no admissions for DKA or severe
hypoglycaemia. Annual retinal screening (most recent November 2025) showed
no retinopathy; foot checks normal; eGFR > 90, urine ACR normal.

She has no other significant medical history and takes no other regular
medication.

Yours faithfully,
Dr Alistair Munro MBChB MRCGP
Kelvinside Medical Practice"""
    body = f"""Hi Jonas,

Ms Fraser (new customer since 1 March, KV 6610 2003 58) sent us the letter
below from her GP in Glasgow. She says she was told at sign-up that we'd
need it for the insulin pump question - she wants to switch from pens to a
pump later this year and wants to know whether we'd cover it.

The diabetes was disclosed in the application and accepted with a
surcharge, no exclusion, so I assume the pump would be a normal aids
(Hilfsmittel) question? Could you let me know what she needs to send -
prescription plus cost estimate from the supplier, I guess?

I'll put the letter into the e-file as well.

Thanks!
Fiona

{sig("macleod", "en", "kranken")}

{outlook_hdr("Eilidh Fraser <eilidh.fraser@scotmail.example>", "2026-03-24 18:02", f"International Service <international@{DOM}>", "GP letter as requested", "en")}
Hello,
as requested here is the letter from my GP (copied from the PDF he sent).
Kind regards, Eilidh

{gp}
"""
    return mail(who("macleod"), who("tebben"), "FW: GP letter as requested - Fraser, insulin pump question",
                "2026-03-25 09:14", body)


# ------------------------------------------------ strictly confidential (3)

@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "accident insurance payout to a named woman; the PDF statement holds the hospital stay and the wrist fracture (S52.5), body is short")
def s_unfall_kht_pdf():
    body = f"""Guten Tag Frau Tönjes,

anbei erhalten Sie die Abrechnung zu Ihrem Unfall vom 14.02.2026. Der Betrag
wird in den nächsten Tagen auf Ihr Konto überwiesen.

Gute Besserung weiterhin und viele Grüße

{sig("osterloh", "de")}

{footer("de")}
"""
    p = pdf([
        ("#", "Moorlinde Versicherung AG – Unfall-Leistung"),
        "Frau Merle Tönjes, Hauptstraße 112, 26188 Edewecht",
        "Unfallversicherung UV 6602 3318 · Schaden U-2026-00871",
        "",
        ("#", "Abrechnung Krankenhaustagegeld und Genesungsgeld"),
        "Unfallhergang: Sturz vom Pferd beim Ausritt am 14.02.2026",
        "Verletzung laut Entlassungsbericht: distale Radiusfraktur rechts (S52.5), operativ versorgt "
        "mit winkelstabiler Plattenosteosynthese",
        "Stationärer Aufenthalt: Krankenhaus Eversten-Süd, Oldenburg, 14.02.2026 bis 20.02.2026 (7 Tage)",
        "",
        "Krankenhaustagegeld: 7 Tage x 50,00 EUR = 350,00 EUR",
        "Genesungsgeld: 7 Tage x 50,00 EUR = 350,00 EUR",
        "Auszahlungsbetrag: 700,00 EUR",
        "",
        "Eine Invaliditätsleistung kann erst nach Abschluss der Heilbehandlung geprüft werden. Bitte "
        "reichen Sie spätestens 15 Monate nach dem Unfall eine ärztliche Feststellung der Invalidität ein.",
        "",
        ("=", "Oldenburg, 11.03.2026 – Dieses Schreiben wurde maschinell erstellt."),
    ], title="Abrechnung U-2026-00871")
    return mail(who("osterloh"), "Merle Tönjes <merle.toenjes@gmx-post.example>",
                "Abrechnung U-2026-00871", "2026-03-11 16:45", body,
                atts=[att("Abrechnung_U-2026-00871.pdf", p)])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "premium arrears reminder in a named expat's private health insurance with the emergency-tariff warning; no medical words")
def s_pkv_arrears():
    body = f"""Dear Mr Okafor,

we have not received the monthly premiums for your private health insurance
(policy KV 9021 4417 30) for January, February and March 2026. The direct
debit from your account was returned by your bank each time with the
reason "account closed".

Outstanding premiums:       3 x EUR 587.40 = EUR 1,762.20
Late-payment surcharge:     EUR 17.62 (1 % per month, section 193 VVG)
Total due:                  EUR 1,779.82

We understand that this may simply be the result of changing banks. Please
either transfer the amount to

  Moorlinde Krankenversicherung AG
  IBAN {iban("DE", "28050100 0061234700")}
  reference: KV 9021 4417 30

or send us a new SEPA mandate so that we can collect it.

Why this matters: German law does not allow us to cancel your health
insurance, but if the arrears remain unpaid after a second reminder, your
policy will be moved into the so-called emergency tariff
("Notlagentarif"). In that tariff only treatment of acute illness and pain,
pregnancy and childbirth is covered, which is far less than your current
cover. As soon as all arrears are paid, your original tariff is restored.

If you are in financial difficulties, please talk to us - we can agree on
instalments.

Kind regards

{sig("rowold", "en", "kranken")}

{footer("en", "kranken")}
"""
    return mail(who("rowold"), "Chinedu Okafor <c.okafor@britmail.example>",
                "Outstanding health insurance premiums - policy KV 9021 4417 30",
                "2026-03-27 11:03", body)


@M("STRICTLY_CONFIDENTIAL", "mixed", "internal",
   "internal request to the company doctor to check an English translation of German expert-report passages on a named customer's knee (meniscus, chondropathy)")
def s_translation_check():
    body = f"""Hallo Carsten,

hättest du fünf Minuten für eine Übersetzungsfrage? Mrs Hannah Lowell
(KV 4409 8812 03) hat das Gutachten zu ihrer Knie-OP bekommen und möchte es
auf Englisch verstehen, bevor sie entscheidet, ob sie widerspricht. Ich will
nichts falsch übersetzen.

Original:
„Es besteht ein Zustand nach arthroskopischer Meniskusteilresektion medial
rechts (11/2025). Die fortbestehenden Beschwerden sind überwiegend
degenerativ bedingt (Chondropathie Grad III des medialen Kompartiments). Eine
Indikation zur erneuten Arthroskopie besteht nicht; empfohlen werden
konservative Maßnahmen einschließlich Gewichtsreduktion.“

My draft:
"There is a condition after arthroscopic partial removal of the medial
meniscus of the right knee (November 2025). The ongoing complaints are
mainly due to wear and tear (grade III cartilage damage of the inner
compartment). There is no medical indication for a repeat arthroscopy;
conservative measures including weight reduction are recommended."

Fragen:
1. Passt „wear and tear“ für „degenerativ bedingt“, oder klingt das zu
   umgangssprachlich? Sie ist Physiotherapeutin, also vom Fach.
2. Chondropathie Grad III – eher „grade III chondromalacia“?
3. „Gewichtsreduktion“ würde ich gern etwas weicher formulieren, muss ich
   aber wohl wörtlich lassen, oder?

Danke dir!
Fiona

--
{sig("macleod", "de", "kranken")}
"""
    return mail(who("macleod"), who("feldhaus"), "Kurze Übersetzungsfrage Gutachten Lowell",
                "2026-02-03 14:18", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "motor recourse after a named driver's drunk-driving conviction (§ 316 StGB, 1.4 per mille, penal order)")
def s_kfz_regress_alkohol():
    body = f"""Sehr geehrter Herr Wittje,

wir beziehen uns auf den Verkehrsunfall vom 31.10.2025 in Bad Zwischenahn,
Kfz-Haftpflichtversicherung KF 77 140 2291 (amtliches Kennzeichen
WST-DW 418), Schaden K-2025-118204.

Aus der beigezogenen Ermittlungsakte ergibt sich, dass gegen Sie mit
Strafbefehl des Amtsgerichts Westerstede vom 12.01.2026 (Az. 5 Cs 412 Js
38810/25) wegen fahrlässiger Trunkenheit im Verkehr gemäß § 316 StGB eine
Geldstrafe von 40 Tagessätzen verhängt und Ihnen die Fahrerlaubnis entzogen
wurde. Die Blutprobe ergab eine Blutalkoholkonzentration von 1,4 Promille.
Der Strafbefehl ist rechtskräftig.

Wir haben dem Geschädigten, Herrn Ole Rademacher, den Sachschaden an seinem
Fahrzeug und dem Gartenzaun mit insgesamt 6.840,00 EUR ersetzt. Das Fahren
unter Alkoholeinfluss ist eine Obliegenheitsverletzung nach D.1.2 AKB
(Fahren nur in fahrtüchtigem Zustand). Wir sind deshalb gegenüber Ihnen
leistungsfrei und nach § 116 VVG in Verbindung mit § 5 KfzPflVV berechtigt,
bis zu 5.000,00 EUR von Ihnen zurückzufordern.

Wir fordern Sie auf, den Betrag von 5.000,00 EUR bis zum 15.04.2026 auf das
unten genannte Konto zu überweisen. Gern können wir auch eine
Ratenzahlung vereinbaren; bitte melden Sie sich dazu bei mir.

Moorlinde Versicherung AG
IBAN {iban("DE", "28050100 0061234718")}
Verwendungszweck: K-2025-118204 Regress

Mit freundlichen Grüßen

{sig("wuebbenhorst", "de")}

{footer("de")}
"""
    return mail(who("wuebbenhorst"), "Dennis Wittje <dennis.wittje@webpost.example>",
                "Regressforderung – Schaden K-2025-118204", "2026-03-16 10:48", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses employment case of a named American customer who is a ver.di member (trade-union membership, union legal protection first)")
def s_rs_union_member():
    body = f"""Dear Ms Whitfield,

thank you for sending us the notice of termination from Hansa Cargo
Services GmbH dated 26 February 2026 and for the call yesterday. I'm sorry
this happened, especially after seven years with the company.

Your legal expenses policy (RS 4481 2207, private, occupational and traffic
cover) does include employment disputes, and a claim against the dismissal
is covered in principle. The deadline to file the claim with the labour
court is three weeks from receipt of the notice, i.e. 19 March 2026 -
please do not let that pass.

You mentioned that you have been a member of the trade union ver.di since
2021. Union members in Germany are entitled to free legal representation in
employment matters through the union's legal service (DGB Rechtsschutz).
Under clause 3.2.3 of your policy conditions, this union protection takes
priority, which means:

1. Please ask ver.di first whether they will take your case. They usually
   decide within a few days.
2. If ver.di declines or can only offer partial support, send us their
   letter and we will cover the costs of a lawyer of your choice,
   minus your deductible of EUR 150.
3. If the deadline gets too close to wait, you may instruct a lawyer now;
   we will then cover the first consultation and the filing of the claim
   in any case.

Many employment lawyers in Bremen work in English; if you'd like names, I
can send you a short list.

Kind regards

{sig("eilers", "en")}

{footer("en")}
"""
    return mail(who("eilers"), "Dana Whitfield <dana.whitfield@usmail.example>",
                "Your legal expenses claim RS-2026-00622 - dismissal Hansa Cargo",
                "2026-03-04 16:17", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "trip cancellation because a named child had chickenpox (medical certificate); iso-8859-1 text")
def s_reiseruecktritt_windpocken():
    body = f"""Sehr geehrte Frau Harms,

vielen Dank für die Unterlagen zu Ihrer stornierten Reise nach Mallorca
(Reiserücktrittsversicherung RR 3390 1177, Schaden R-2026-01288).

Laut dem ärztlichen Attest von Frau Dr. Sievers vom 07.03.2026 ist Ihre
Tochter Lina am 06.03.2026 an Windpocken erkrankt und war bis zum geplanten
Abreisetermin am 14.03.2026 nicht reisefähig. Die Erkrankung ist damit ein
versichertes Ereignis; da Lina mitreisen sollte, betrifft das die gesamte
Buchung.

Abrechnung:
  Stornokosten laut Rechnung Küstenwind Reisen     1.830,00 EUR
  Selbstbehalt 20 %                                  -366,00 EUR
  Erstattung                                        1.464,00 EUR

Den Betrag überweisen wir auf das Konto, von dem der Beitrag abgebucht
wird. Eine Umbuchungsgebühr, falls Sie die Reise nachholen, wäre übrigens
ebenfalls versichert gewesen - vielleicht ist das für die Herbstferien
interessant.

Gute Besserung für Lina!

Mit freundlichen Grüßen

{sig("ahlers", "de")}

{footer("de")}
"""
    return mail(who("ahlers"), "Jessica Harms <jessica.harms@mailbox-de.example>",
                "Ihr Reiserücktritt R-2026-01288 – Erstattung", "2026-03-17 09:20", body,
                charset="iso-8859-1", cte="8bit")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "care benefits for a named British customer with early-onset Alzheimer's, written to his wife holding power of attorney (care level 2, daily allowance)")
def s_pflegetagegeld_alzheimer():
    body = f"""Dear Mrs Ashworth,

thank you for sending the power of attorney ("Vorsorgevollmacht") for your
husband - we can now correspond with you directly about his long-term care
insurance.

I have good news on the claim you submitted in January. The care assessor
visited Stephen at home on 19 February and determined care level 2
(Pflegegrad 2) with effect from 12 January 2026, the day the claim was
received. The report describes the memory and orientation problems in
connection with the early-onset Alzheimer's disease diagnosed last autumn,
and the help he needs with planning his day, taking medication and
personal hygiene.

What this means for the benefits:

  Long-term care daily allowance (tariff PTG)   EUR 50.00 per day
  Payable at care level 2                        30 %   = EUR 15.00 per day
  Monthly amount (30 days)                       EUR 450.00

The first payment, covering 12 January to 31 March, will be made this
week (EUR 1,185.00). After that we pay at the start of each month.
Premiums for the policy are waived from now on.

This allowance is paid on top of the statutory care insurance and you can
use it however it helps most - for example for a day-care centre or for
someone to be with Stephen while you are at work.

If his needs increase, please apply for a new assessment at any time; you
don't need to wait for us.

With best wishes to you both,

{sig("tjaden", "en", "kranken")}

{footer("en", "kranken")}
"""
    return mail(who("tjaden"), "Julia Ashworth <julia.ashworth@britmail.example>",
                "Care insurance for Stephen - assessment result", "2026-03-02 12:40", body)


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "attachment-only: company doctor's weekly underwriting votes (XLSX) with names, birth dates and diagnoses of disability applicants; body says only 'Voten KW 12'")
def s_voten_xlsx():
    body = f"""Hallo zusammen,

anbei meine Voten der KW 12. Zwei Fälle (Zeile 4 und 7) bitte vor Policierung
noch einmal mit mir besprechen.

Gruß
C. Feldhaus

--
{sig("feldhaus", "de", "leben")}
"""
    x = xlsx([("KW12", [
        ["Antrag", "Name", "Geb.-Datum", "Tarif", "Angaben/Befunde", "Votum", "Bemerkung"],
        ["A-BU-2026-0411", "Tim Ahrens", "1994-03-11", "BU 1.500", "Z.n. Kreuzbandplastik re. 2022, beschwerdefrei", "normal", ""],
        ["A-BU-2026-0415", "Svenja Lübben", "1989-07-30", "BU 2.000", "Migräne ohne Aura, Triptan bei Bedarf, 2-3x/Monat", "normal", ""],
        ["A-BU-2026-0418", "Marcel Kruse", "1986-12-02", "BU 2.500", "Depressive Episode 2023 (F32.1), ambulante VT 25 Std., seit 2024 ohne Behandlung", "Ausschluss psych. Erkrankungen 5 J.", "Rücksprache"],
        ["A-BU-2026-0420", "Olga Wiebe", "1991-05-19", "BU 1.200", "Hashimoto-Thyreoiditis, L-Thyroxin 75 µg", "normal", ""],
        ["A-BU-2026-0422", "Jannik Freese", "1998-01-08", "BU 1.800", "BMI 34, Hypertonie, Ramipril 2,5 mg", "+25 %", ""],
        ["A-BU-2026-0424", "Nele Stöver", "1993-09-27", "BU 2.000", "Bandscheibenvorfall L5/S1 2024 (M51.2), konservativ", "Ausschluss WS 3 J.", "Rücksprache"],
        ["A-BU-2026-0427", "Hendrik Boekhoff", "1980-04-14", "BU 3.000", "Keine Angaben", "normal", ""],
    ])])
    return mail(who("feldhaus"), f"Risikoprüfung Leben <risikopruefung-leben@{DOM}>",
                "Voten KW 12", "2026-03-20 15:55", body,
                atts=[att("Voten_KW12_2026.xlsx", x)])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
   "genetic data: a named US applicant sent a BRCA2 test result with her life application; insurer explains it may not use it and has deleted it")
def s_brca_gendg():
    body = f"""Dear Ms Shaw,

thank you for your application for term life insurance (application
A-LV-2026-00934, sum insured EUR 250,000).

Together with your health questionnaire you sent us the result of a genetic
test (BRCA2 mutation, laboratory report of 2023) and a letter from your
gynaecologist about the preventive check-ups you have been having since.
We appreciate your openness, but we must tell you that we are not allowed
to use this information:

Under section 18 of the German Genetic Diagnostics Act (GenDG), insurers
may neither ask for nor accept or use the results of predictive genetic
tests for life insurance with a sum insured of up to EUR 300,000. Your
application is below that threshold.

We have therefore

- deleted the laboratory report and the part of the gynaecologist's letter
  relating to the genetic test from our systems, and
- assessed your application solely on your answers to the health
  questions, without the genetic information.

Please do not send us genetic test results in the future. You do still
have to answer our health questions truthfully - for example about
illnesses you have actually had or about treatment and preventive
operations - but the fact that a genetic predisposition was found does not
need to be mentioned.

Your application has been accepted at standard rates; the policy document
will follow by post.

Kind regards

{sig("raman", "en", "leben")}

{footer("en", "leben")}
"""
    return mail(who("raman"), "Rebecca Shaw <rebecca.shaw@usmail.example>",
                "Your life insurance application A-LV-2026-00934 - genetic test result",
                "2026-04-16 10:29", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "change of name and gender entry in a named insured's health policy after transition; hormone therapy and planned surgery coverage")
def s_transition_pkv():
    body = f"""Sehr geehrte Frau Albers,

vielen Dank für Ihre Nachricht und die Kopie der Erklärung gegenüber dem
Standesamt Oldenburg vom 04.02.2026. Wir haben Ihren Vornamen und den
Geschlechtseintrag in Ihrer Krankenversicherung KV 2290 6617 04 geändert.
Ab sofort erhalten Sie alle Schreiben auf den Namen Jana Albers; eine neue
Versichertenkarte ist unterwegs. Ihr Beitrag ändert sich durch die Änderung
nicht, da Ihr Tarif ein Unisex-Tarif ist.

Zu Ihren Fragen:

1. Hormontherapie: Die Kosten für die Behandlung mit Estradiol-Gel und
   Cyproteronacetat, die Frau Dr. Ubbens verordnet, erstatten wir wie
   bisher als Arzneimittel nach Ihrem Tarif (100 % nach Selbstbehalt).
   Daran ändert sich nichts.

2. Geschlechtsangleichende Operation: Für die geplante Operation in der
   Klinik in Hamburg benötigen wir vor Behandlungsbeginn
   – das Indikationsschreiben der behandelnden Psychotherapeutin,
   – eine ärztliche Stellungnahme zur Operationsindikation und
   – den Kostenvoranschlag der Klinik.
   Wir prüfen dann die medizinische Notwendigkeit im Einzelfall und sagen
   Ihnen die Kosten schriftlich zu. Ein pauschaler Ausschluss besteht in
   Ihrem Tarif nicht.

Ihre bisherigen Vertragsunterlagen mit dem früheren Namen haben wir in
unserem System gesperrt; sie sind nur noch für die Sachbearbeitung
sichtbar.

Mit freundlichen Grüßen

{sig("tebben", "de", "kranken")}

{footer("de", "kranken")}
"""
    return mail(who("tebben"), "Jana Albers <jana.albers@posteo-mail.example>",
                "Ihre Krankenversicherung KV 2290 6617 04 – Namensänderung und Ihre Fragen",
                "2026-02-12 11:15", body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "GDPR access request answered with a ZIP: PDF data summary and CSV claims list of a named customer incl. appendectomy hospital stay")
def s_gdpr_access_zip():
    body = f"""Dear Mr Hargreaves,

on 2 March you asked us, under Article 15 GDPR, for a copy of the personal
data we hold about you. Please find our answer in the attached ZIP file:

- Datenauskunft_Hargreaves.pdf - a summary of all data categories, the
  purposes, recipients and retention periods (in English and German);
- claims_2021-2026.csv - the list of all claims and invoices we have
  processed under your health policy since 2021.

The ZIP file is protected with the password we sent you by text message to
the mobile number in our records.

Some documents - for example the original invoices and the discharge
letter of your hospital stay in 2024 - are stored as scans. If you would
like copies of those as well, please let me know and I will send them via
our secure mailbox.

Kind regards

{sig("janssen", "en")}

{footer("en")}
"""
    summary = pdf([
        ("#", "Auskunft nach Art. 15 DSGVO / Information under Article 15 GDPR"),
        "Data subject: Neil Hargreaves, born 19 September 1979, Kirchhofstraße 8, 21073 Hamburg",
        "Request received: 2 March 2026 - answered: 27 March 2026",
        "",
        ("#", "1. Contracts"),
        "Private health insurance KV 5580 1193 64 (Komfort International), since 01.01.2021",
        "Hospital daily allowance KHT 60, since 01.01.2021",
        "Household contents HR 31-604418, since 15.06.2022",
        "",
        ("#", "2. Health data (Art. 9 GDPR)"),
        "Claims and invoices 2021-2026, see claims_2021-2026.csv.",
        "Hospital stay 11.08.2024-14.08.2024, Klinik Harburger Berge, "
        "acute appendicitis (K35.8), laparoscopic appendectomy; discharge letter stored as scan.",
        "Health questions in the application of 12/2020 (stored for the duration of the contract plus 10 years).",
        "",
        ("#", "3. Bank data"),
        "SEPA mandate: IBAN " + iban("DE", "20050550 1239876540").replace(" ", "")[:6] + " ... 6540 (masked here), valid since 01.01.2021",
        "",
        ("#", "4. Recipients"),
        "Reinsurer (anonymised aggregates only), IT service provider (processing on our behalf), "
        "medical experts engaged in individual claims (none so far).",
        "",
        ("=", "Moorlinde Versicherung AG - Data Protection Officer - datenschutz@" + DOM),
    ], title="Datenauskunft Hargreaves")
    claims = csv_text([
        ["date", "provider", "type", "diagnosis_code", "amount_eur", "reimbursed_eur"],
        ["2021-04-12", "Dr. Kerstin Voß, GP", "outpatient", "J06.9", "64.30", "64.30"],
        ["2022-02-03", "Zahnarztpraxis Elbbrücken", "dental", "K02.1", "186.20", "148.96"],
        ["2023-10-19", "Optik Harburg", "glasses", "H52.1", "420.00", "300.00"],
        ["2024-08-11", "Klinik Harburger Berge", "inpatient", "K35.8", "6240.77", "6240.77"],
        ["2024-08-14", "Hospital daily allowance", "KHT", "K35.8", "180.00", "180.00"],
        ["2024-08-27", "Dr. Kerstin Voß, GP", "outpatient", "Z48.0", "38.50", "38.50"],
        ["2025-11-06", "Dr. Kerstin Voß, GP", "vaccination", "Z25.1", "29.80", "29.80"],
    ], delim=",")
    z = zip_files([("Datenauskunft_Hargreaves.pdf", summary),
                   ("claims_2021-2026.csv", claims.encode("utf-8"))],
                  when=(2026, 3, 27, 10, 12, 0))
    return mail(who("janssen"), "Neil Hargreaves <neil.hargreaves@britmail.example>",
                "Your data access request (Art. 15 GDPR)", "2026-03-27 10:31", body,
                atts=[att("Datenauskunft_Hargreaves_2026-03.zip", z)])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "premium increase in a named customer's private health insurance (tariff, new premium, relief tariff); reply; no medical words")
def s_beitragsanpassung():
    q = """Sehr geehrte Damen und Herren,
ich habe die Beitragsanpassung zum 01.04. erhalten. 612 Euro im Monat ist für
mich als Freiberuflerin kaum noch tragbar. Welche Möglichkeiten habe ich?
Mit freundlichen Grüßen
Dr. Katharina Wessels"""
    body = f"""Sehr geehrte Frau Dr. Wessels,

vielen Dank für Ihre Nachricht. Wir verstehen, dass eine Erhöhung um
58,20 EUR im Monat spürbar ist, und möchten Ihnen die Möglichkeiten kurz
aufzeigen.

Ihr Vertrag KV 3381 0027 95 – Stand ab 01.04.2026:
  Tarif KomfortPlus (ambulant/stationär/Zahn)   498,12 EUR
  Krankentagegeld KT43, 100 EUR                   71,06 EUR
  Pflegepflichtversicherung                       43,30 EUR
  Gesamt                                         612,48 EUR (bisher 554,28 EUR)

Die Anpassung beruht auf gestiegenen Leistungsausgaben im Tarif
KomfortPlus; auslösender Faktor und Begründung finden Sie in der Anlage
zum Schreiben vom 24.02.2026.

Ihre Möglichkeiten:

1. Selbstbehalt erhöhen: Mit 1.200 EUR statt 600 EUR Jahresselbstbehalt
   sinkt der Beitrag im Tarif KomfortPlus um 49,80 EUR monatlich.
2. Tarifwechsel nach § 204 VVG in unseren Tarif Komfort (ohne
   Chefarztbehandlung, Zweibettzimmer bleibt): rund 86 EUR weniger. Ihre
   Alterungsrückstellungen werden vollständig mitgenommen; eine erneute
   Gesundheitsprüfung entfällt für gleichwertige Leistungen.
3. Krankentagegeld prüfen: Falls Ihr Einkommen gesunken ist, kann ein
   niedrigeres Tagegeld ausreichen.

Gern rechne ich Ihnen die Varianten konkret durch oder wir telefonieren
– sagen Sie mir einfach, was Ihnen lieber ist.

Mit freundlichen Grüßen

{sig("yildiz", "de", "kranken")}

{footer("de", "kranken")}

-----Ursprüngliche Nachricht-----
Von: Dr. Katharina Wessels <k.wessels@lektorat-wessels.example>
Gesendet: {de_date("2026-03-02 21:40")}
An: Kundenservice <service@{DOM}>
Betreff: Beitragsanpassung KV 3381 0027 95

{q}
"""
    return mail(who("yildiz"), "Dr. Katharina Wessels <k.wessels@lektorat-wessels.example>",
                "AW: Beitragsanpassung KV 3381 0027 95", "2026-03-04 10:05", body)


@M("STRICTLY_CONFIDENTIAL", "en", "broker",
   "broker's English mail about a named client's disability application with chronic back pain (M54.5) forwarded to underwriting")
def s_fwd_broker_backpain():
    broker = """Hi Jan-Hendrik,

quick one before I submit formally: my client Lucas Brennan (Irish, 33,
software developer at a Hamburg fintech, DOB 14/02/1993) wants BU cover of
EUR 2,500/month to age 67.

Health: he had physio for chronic lower back pain (M54.5 on the
prescription) - 12 sessions in spring 2025, plus a few osteopath visits
he paid himself. MRI in 2024 showed a "mild disc bulge L4/5 without nerve
root compression". He's fine now, goes to the gym 3x a week. No sick leave
longer than a week.

Would you accept him with a back exclusion, or standard? If it's an
exclusion I'd rather try to get a risk pre-check with the GP letter first.

Cheers,
Simon

Simon Achterberg
Fairweather Expat Brokers GmbH"""
    body = f"""Hi Priya,

can you give Simon (Fairweather) a quick non-binding view on this? He's one
of our best expat brokers and usually submits clean cases.

Thanks
Jan-Hendrik

{sig("oltmanns", "en")}

{outlook_hdr("Simon Achterberg <s.achterberg@fairweather-brokers.example>", "2026-04-09 17:46", who("oltmanns"), "Risk pre-check BU - L. Brennan", "en")}
{broker}
"""
    return mail(who("oltmanns"), who("raman"), "FW: Risk pre-check BU - L. Brennan",
                "2026-04-10 08:22", body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "child accident insurance: named 8-year-old's broken front tooth on a playground; base64-encoded body")
def s_kinderunfall_zahn():
    body = f"""Sehr geehrte Frau Oetken,

vielen Dank für Ihre Unfallmeldung zu Finn. Es tut uns leid, dass er sich
beim Sturz vom Klettergerüst am 21.03.2026 verletzt hat.

Nach dem Bericht der Zahnärztin Frau Dr. Hüsing ist beim Sturz der obere
rechte mittlere Schneidezahn (Zahn 11) schräg abgebrochen, der Nerv wurde
nicht eröffnet. Die Ecke wurde mit Kunststoff aufgebaut. Eine endgültige
Versorgung (z. B. Krone) ist erst nach Abschluss des Wachstums möglich.

Aus der Kinderunfallversicherung Ihres Sohnes (UV-K 4420 1905) leisten wir:

- Unfall-Zahnersatz: Die Kosten der Füllung (laut Rechnung 142,60 EUR)
  erstatten wir vollständig, soweit die gesetzliche Krankenkasse sie nicht
  übernommen hat. Bitte schicken Sie uns dazu den Nachweis Ihrer Kasse.
- Für eine spätere Krone bleibt der Anspruch bestehen; wir haben den
  Schaden dafür vorgemerkt (U-2026-01432). Bitte bewahren Sie den
  Zahnarztbericht gut auf.

Eine Invaliditätsleistung kommt bei Zahnschäden nicht in Betracht.

Gute Besserung für Finn und viele Grüße

{sig("osterloh", "de")}

{footer("de")}
"""
    return mail(who("osterloh"), "Sandra Oetken <sandra.oetken@mailbox-de.example>",
                "Unfall Ihres Sohnes Finn am 21.03.2026", "2026-03-30 13:57", body, cte="base64")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
   "medical examination appointment (ICS) for a named applicant for term life insurance; blood test and ECG")
def s_medical_exam_ics():
    body = f"""Dear Mr Delaney,

as discussed on the phone, we have booked the medical examination for your
term life application (A-LV-2026-01022, sum insured EUR 1,200,000) with

  Dr. med. Hilke Reents, general practitioner
  Bahnhofstraße 19, 26122 Oldenburg
  Tuesday, 28 April 2026, 08:15

The examination takes about 45 minutes and includes a physical
examination, a resting ECG and a blood and urine sample. Please come
fasting (water is fine) and bring your passport, your glasses if you wear
any, and a list of any medication you take. Dr Reents speaks English.

The costs are paid by us. The results go directly to our medical officer;
you can ask for a copy of the laboratory results.

A calendar invitation is attached.

Kind regards

{sig("raman", "en", "leben")}

{footer("en", "leben")}
"""
    cal = ics("exam-A-LV-2026-01022@" + DOM, "20260428T081500", "20260428T090000",
              "Medical examination - life application A-LV-2026-01022 (Mr Marcus Delaney)",
              "Praxis Dr. med. Hilke Reents, Bahnhofstraße 19, 26122 Oldenburg",
              "Come fasting. Physical examination, resting ECG, blood and urine sample. Bring passport and medication list.",
              "Priya Raman:mailto:" + addr("raman"),
              ["CN=Marcus Delaney:mailto:marcus.delaney@usmail.example"])
    return mail(who("raman"), "Marcus Delaney <marcus.delaney@usmail.example>",
                "Medical examination on 28 April - life application", "2026-04-17 11:48", body,
                atts=[att("medical_exam.ics", cal)])


# ------------------------------------------------ confidential (1)

@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named British expat's motor policy: transfer of his UK no-claims bonus, policy number, plate and VIN; no injuries or health")
def c_ncb_transfer():
    body = f"""Dear Mr Hollis,

thank you for sending the no-claims discount letter from Thamesbridge
Insurance. I'm happy to say we can recognise it.

Your German motor policy KF 77 203 5518 (VW Tiguan, HH-JH 2207, VIN
WVGZZZ5NZLW104417) started on 1 February 2026 in the standard class for new
drivers in Germany (SF ½). The UK letter confirms 9 years without a claim
in your own name, ending on 31 January 2026. In the German system this
corresponds to no-claims class SF 9 for both third-party liability and
comprehensive cover.

What this means for you:

  Annual premium so far (SF ½):   EUR 1,486.20
  New annual premium (SF 9):      EUR   712.44
  Refund for Feb-Dec 2026:        EUR   709.28

The refund will be transferred to the account you gave us for the direct
debit within the next week, and you'll receive an amended policy schedule
by post.

One thing to keep in mind: a German no-claims class belongs to a person
and a car type (private car). If you ever switch to a company car and back,
please tell us, otherwise the bonus can get lost.

Kind regards

{sig("macleod", "en")}

{footer("en")}
"""
    return mail(who("macleod"), "James Hollis <james.hollis@britmail.example>",
                "Your no-claims bonus from the UK - policy KF 77 203 5518", "2026-02-19 13:36", body)


@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "English mail quoting the German eVB confirmation and registration-office note for a named American customer's car (eVB number, VIN, address)")
def c_evb_quoted():
    body = f"""Hi Ms Morales,

here's the insurance confirmation you need for registering your car. The
registration office (Zulassungsstelle) only needs the seven-character code
below - you don't need to print anything.

Your eVB number: K7QM4TR

The confirmation in our system reads as follows (in German, as the
registration office will see it):

  "Elektronische Versicherungsbestätigung K7QM4TR
   Versicherungsnehmerin: Isabel Morales, Hoyerswerdaer Str. 4, 28207 Bremen
   Fahrzeug: Mazda CX-30, FIN JMZDM6WE600412873
   Haftpflicht ab Zulassung, Vollkasko SB 500 EUR / Teilkasko SB 150 EUR
   Gültig bis 30.04.2026"

Please also bring to the appointment:
- your passport and the registration certificate of residence
  (Meldebescheinigung),
- the car documents from the dealer (Zulassungsbescheinigung Teil I and II
  or the Certificate of Conformity),
- a SEPA mandate form for the vehicle tax (the office has these).

Once the car is registered, the office tells us the number plate
automatically and we'll send you the policy.

Best regards

{sig("macleod", "en")}

{footer("en")}
"""
    return mail(who("macleod"), "Isabel Morales <isabel.morales@usmail.example>",
                "eVB for your car registration", "2026-04-01 09:58", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "household burglary claim of a named couple with an XLSX list of stolen items and values; claim number, address")
def c_einbruch_xlsx():
    body = f"""Sehr geehrte Frau Dierks, sehr geehrter Herr Dierks,

wir haben Ihre Stehlgutliste zum Einbruch vom 07.03.2026 in Ihre Wohnung
Donnerschweer Straße 188, 26123 Oldenburg (Hausratversicherung HR 31-558902,
Schaden H-2026-02271) erhalten und mit den Positionen aus der
polizeilichen Anzeige (Az. 0441-E-26-0031877) abgeglichen.

Anbei die Liste mit unserer Bewertung. Bei drei Positionen fehlen uns
noch Nachweise (gelb markiert in Spalte „Nachweis“): Bitte schicken Sie uns,
soweit vorhanden, Kaufbelege, Fotos oder Kontoauszüge. Wo nichts mehr
vorhanden ist, genügt eine kurze Beschreibung (Marke, Alter, wo gekauft).

Für den Schmuck gilt die Entschädigungsgrenze von 20.000 EUR für
Wertsachen außerhalb eines Tresors; diese ist hier nicht erreicht.

Sobald die Nachweise vorliegen, zahlen wir aus. Eine Abschlagszahlung von
2.000 EUR ist bereits angewiesen.

Mit freundlichen Grüßen

{sig("bruns", "de")}

{footer("de")}
"""
    x = xlsx([("Stehlgut", [
        ["Pos.", "Gegenstand", "Anschaffung", "Kaufpreis EUR", "Nachweis", "Neuwert EUR", "Bemerkung"],
        [1, "Laptop Lenovo ThinkPad X1", "2023", 1899, "Rechnung liegt vor", 1749, ""],
        [2, "Spielkonsole Sony PS5 mit 2 Controllern", "2022", 619, "fehlt", 549, "bitte Beleg"],
        [3, "Goldkette 585, ca. 12 g", "Erbstück", "", "Foto liegt vor", 980, "Gutachten Juwelier Ehlers"],
        [4, "Damenuhr Junghans", "2019", 450, "Rechnung liegt vor", 495, ""],
        [5, "Bargeld", "", 340, "", 340, "Grenze Bargeld 1.500 EUR"],
        [6, "Kamera Fujifilm X-T30 mit Objektiv", "2021", 1150, "fehlt", 1099, "bitte Beleg"],
        [7, "Wohnungstür (Schloss, Zylinder)", "", "", "Rechnung Schlüsseldienst", 286.5, "Gebäudeschaden, Vermieter informiert?"],
        [8, "Rucksack Fjällräven", "2024", 120, "fehlt", 120, ""],
        ["", "Summe", "", "", "", 5618.5, "Abschlag 2.000 EUR gezahlt"],
    ])])
    return mail(who("bruns"), "Familie Dierks <dierks.ol@gmx-post.example>",
                "Einbruch vom 07.03.2026 – Ihre Stehlgutliste (H-2026-02271)", "2026-03-18 14:22", body,
                atts=[att("Stehlgutliste_H-2026-02271.xlsx", x)])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "household contents policy of a named Irish customer who moved to Berlin; SEPA mandate confirmation with IBAN and mandate reference")
def c_sepa_household():
    body = f"""Dear Ms Gallagher,

welcome to Moorlinde, and thank you for setting up the direct debit. This
is the pre-notification of your first collection that we are required to
send you under the SEPA rules:

  Policy:              household contents HR 31-611207
  Insured address:     Weichselstraße 37, 12045 Berlin
  Account holder:      Orla Gallagher
  IBAN:                {iban("DE", "10010010 0847221905")}
  Mandate reference:   MLV-HR31611207-01
  Creditor ID:         DE77ZZZ00000482193
  First collection:    1 May 2026, EUR 14.90 (monthly)

If the account details are wrong, please let us know by 24 April; the
collection would otherwise be returned and your bank may charge you a fee.

By the way, the sum insured is currently EUR 45,000 (based on 70 m² of
living space). If you brought a lot of furniture from Dublin, you may want
to check that this is enough - happy to adjust it.

Kind regards

{sig("yildiz", "en")}

{footer("en")}
"""
    return mail(who("yildiz"), "Orla Gallagher <orla.gallagher@mailbox-ie.example>",
                "Direct debit pre-notification - HR 31-611207", "2026-04-17 08:44", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "water-pipe damage in a named owner's house: expert appointment (ICS) with address and claim number; nobody hurt")
def c_leitungswasser_ics():
    body = f"""Guten Tag Herr Schwettmann,

wie heute Vormittag am Telefon besprochen kommt unser Sachverständiger
Herr Dipl.-Ing. Frank Osterkamp am Donnerstag, 26.03.2026, um 10:00 Uhr zu
Ihnen, um den Leitungswasserschaden im Keller und im Hauswirtschaftsraum
anzusehen (Wohngebäudeversicherung WG 22-407713, Schaden W-2026-03104).

Bitte lassen Sie bis dahin die Trocknungsgeräte weiterlaufen und bewahren
Sie das ausgebaute Stück des Kupferrohrs auf – Herr Osterkamp möchte es
sich ansehen. Rechnungen des Installateurs und der Trocknungsfirma können
Sie ihm direkt mitgeben oder uns schicken.

Eine Kalendereinladung hängt an.

Viele Grüße

{sig("bruns", "de")}

{footer("de")}
"""
    cal = ics("W-2026-03104-besichtigung@" + DOM, "20260326T100000", "20260326T113000",
              "Besichtigung Leitungswasserschaden W-2026-03104 (Schwettmann)",
              "Am Schlagbaum 14, 26655 Westerstede",
              "Sachverständiger Frank Osterkamp. Kupferrohr aufbewahren, Rechnungen bereithalten.",
              "Kerstin Bruns:mailto:" + addr("bruns"),
              ["CN=Holger Schwettmann:mailto:h.schwettmann@t-online-post.example",
               "CN=Frank Osterkamp:mailto:osterkamp@sv-osterkamp.example"])
    return mail(who("bruns"), "Holger Schwettmann <h.schwettmann@t-online-post.example>",
                "Termin Sachverständiger – Schaden W-2026-03104", "2026-03-23 11:34", body,
                cc="Frank Osterkamp <osterkamp@sv-osterkamp.example>",
                atts=[att("Besichtigung_W-2026-03104.ics", cal)])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "private liability claim of a named American family: son's football broke the neighbour's window; claim number, no injuries")
def c_liability_window():
    body = f"""Dear Mr Bauer-Reyes,

thank you for reporting the incident - and no need to apologise for the
long e-mail, it gave us everything we need.

To summarise: on Saturday, 11 April, your son Mateo (10) was playing
football in your garden and the ball went through the kitchen window of
your neighbour, Mrs Gertrud Wilkens, Am Wasserturm 6. Nobody was hurt;
only the double-glazed window pane was broken.

This is covered by your private liability insurance (PH 19-330482), which
includes your children. A small note on German law, since you asked: a
ten-year-old is generally responsible for damage he causes if he is old
enough to understand it, and parents can be liable if they did not
supervise adequately. Your policy also covers damage by children under the
age of legal responsibility, so either way we will pay.

Next steps:
1. Please give Mrs Wilkens our claim number P-2026-05519 and ask her to
   send us the glazier's invoice or quote directly.
2. We will pay the glazier or reimburse Mrs Wilkens. There's no deductible
   on your policy.

Your no-claims record in liability insurance is not affected - premiums in
liability insurance do not depend on claims.

Kind regards

{sig("yildiz", "en")}

{footer("en")}
"""
    return mail(who("yildiz"), "Daniel Bauer-Reyes <dbauerreyes@usmail.example>",
                "Broken window - claim P-2026-05519", "2026-04-13 15:08", body)


@M("CONFIDENTIAL", "de", "insurer-to-broker",
   "portfolio transfer to a broker firm: CSV of named clients with birth dates and motor/household policy numbers")
def c_bestand_csv():
    body = f"""Sehr geehrter Herr Rüdebusch,

wie vereinbart übertragen wir die Betreuung der folgenden Verträge zum
01.05.2026 auf Ihr Haus (Courtagezusage liegt vor, Maklervollmachten der
Kunden sind vollständig eingegangen). Die Liste der betroffenen Kunden
und Verträge hängt als CSV an.

Bitte prüfen Sie die Zuordnung in Ihrem Maklerverwaltungsprogramm. Die
Verträge erscheinen ab dem 02.05. in Ihrem Bestand im Maklerportal; die
elektronische Vermittlerpost läuft ab dann ebenfalls an Sie.

Mit freundlichen Grüßen

{sig("oltmanns", "de")}

{footer("de")}
"""
    rows = [["Kunde", "Geburtsdatum", "PLZ", "Sparte", "Vertrag", "Jahresbeitrag EUR"],
            ["Behrens, Antje", "14.02.1971", "26131", "Hausrat", "HR 31-402277", "118,40"],
            ["Behrens, Antje", "14.02.1971", "26131", "Privathaftpflicht", "PH 19-288130", "72,00"],
            ["Cordes, Malte", "30.09.1988", "26160", "Kfz", "KF 77 118 4420", "644,18"],
            ["Eckhoff, Ruth und Werner", "07.06.1956", "26215", "Wohngebäude", "WG 22-310045", "921,70"],
            ["Fastje-Lühr, Stefanie", "22.11.1979", "26122", "Kfz", "KF 77 140 0982", "512,33"],
            ["Gerdes, Okko", "03.03.1964", "26188", "Hausrat", "HR 31-399804", "96,10"],
            ["Harjes, Tim", "18.08.1997", "26129", "Kfz", "KF 77 151 7716", "1.104,62"],
            ["Janßen, Frerk", "09.12.1969", "26180", "Rechtsschutz", "RS 4470 1183", "311,52"]]
    return mail(who("oltmanns"), "Lars Rüdebusch <lr@ruedebusch-makler.example>",
                "Bestandsübertragung zum 01.05.2026 – Kundenliste", "2026-04-20 15:03", body,
                atts=[att("Bestandsuebertragung_2026-05-01.csv", csv_text(rows), mtype="text/csv",
                          charset="windows-1252")])


@M("CONFIDENTIAL", "en", "insurer-to-partner",
   "request to a UK motor insurer to verify a named former policyholder's claims history (date of birth, UK policy number)")
def c_uk_claims_experience():
    body = f"""Dear Claims Experience Team,

we are the new motor insurer in Germany of one of your former customers and
would be grateful if you could confirm the details of the no-claims
discount letter he has given us.

Former policyholder: Mr James Anthony Hollis
Date of birth: 02/11/1983
Former address: 17 Ashgrove Road, Bristol BS6 5NT
Your policy number: TBM-4418207-MC
Period: 1 February 2017 to 31 January 2026
Stated no-claims discount: 9 years, no fault or non-fault claims

The letter we received is dated 5 February 2026 and signed by
"K. Patel, Customer Services". Mr Hollis has consented to this enquiry
(copy of his signed declaration attached to our secure message).

A short written confirmation by e-mail is sufficient. If you prefer to
answer via your secure portal, please let me know the procedure.

Thank you in advance and kind regards

{sig("wuebbenhorst", "en")}

{footer("en")}
"""
    return mail(who("wuebbenhorst"), "Claims Experience <ncd.verification@thamesbridge-insurance.example>",
                "NCD verification request - Mr J A Hollis - your policy TBM-4418207-MC",
                "2026-02-12 10:17", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "partial-cover motor claim after a collision with a deer: named customer, plate, claim number, workshop; nobody hurt")
def c_wildschaden():
    body = f"""Hallo Frau Kuhlmann,

danke für die Schadenmeldung und die Wildschadenbescheinigung des
Jagdpächters. Gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der
K 131 nichts passiert ist.

Ihr Fahrzeug (Skoda Octavia, OL-RK 552) ist über die Teilkasko in Ihrem
Vertrag KF 77 162 3390 versichert; Zusammenstöße mit Haarwild sind
eingeschlossen. Schaden K-2026-020774.

Die Autohaus Rastede GmbH hat uns den Kostenvoranschlag geschickt
(Stoßfänger, Scheinwerfer links, Kotflügel: 2.986,41 EUR brutto). Den
haben wir freigegeben. Abzüglich Ihrer Selbstbeteiligung von 150 EUR
zahlen wir direkt an die Werkstatt; die 150 EUR begleichen Sie bei Abholung.

Ein Teilkaskoschaden hat übrigens keinen Einfluss auf Ihre
Schadenfreiheitsklasse.

Viele Grüße

{sig("wuebbenhorst", "de")}

{footer("de")}
"""
    return mail(who("wuebbenhorst"), "Rieke Kuhlmann <rieke.kuhlmann@webpost.example>",
                "Wildunfall 02.03.2026 – Reparaturfreigabe", "2026-03-05 08:59", body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "legal expenses for a named American tenant's rent-deposit dispute with her landlord (address, deposit amount, claim number)")
def c_rs_deposit():
    body = f"""Dear Ms Sutherland,

I've reviewed the documents about your deposit dispute and can confirm
cover under the tenancy module of your legal expenses insurance
(RS 4481 3054), claim RS-2026-00817.

As I understand it: you moved out of Schwachhauser Ring 61, Bremen, on
31 December 2025. Your landlord, Mr Klaus-Dieter Wendt, is withholding the
full deposit of EUR 2,850 because of alleged damage to the parquet floor and
the cost of repainting. You have the handover protocol signed by both of you
on 30 December, which mentions "normal signs of use" only.

What we cover:
- an initial consultation with a tenancy lawyer,
- a lawyer's letter to Mr Wendt, and
- if needed, court proceedings at the local court (Amtsgericht Bremen),
  including the landlord's costs if you lose.
Your deductible is EUR 250.

A practical point: under German law a landlord may keep back part of the
deposit for a reasonable time to settle the final service charges
(Nebenkostenabrechnung), usually three to six months. He may not keep the
whole deposit for that. A lawyer will likely demand release of the amount
exceeding the expected service charges now.

You're free to choose your lawyer. If you'd like a recommendation for an
English-speaking tenancy lawyer in Bremen, just let me know.

Kind regards

{sig("eilers", "en")}

{footer("en")}
"""
    return mail(who("eilers"), "Morgan Sutherland <morgan.sutherland@usmail.example>",
                "Your deposit dispute - cover confirmed (RS-2026-00817)", "2026-02-09 11:27", body)


@M("CONFIDENTIAL", "de", "insurer-to-company",
   "fleet policy: XLSX driver list with names, birth dates and licence dates of a company's employees; company contact named")
def c_flotte_fahrer():
    body = f"""Sehr geehrter Herr Lammers,

vielen Dank für die aktualisierte Fahrerliste. Für die Fuhrparkversicherung
der Weser-Ems Elektrotechnik GmbH (Flottenvertrag FL 80-1177) gilt seit
01.01.2026 der Fahrerkreis „benannte Fahrer ab 23 Jahre“. Ich habe Ihre
Liste abgeglichen und die Änderungen markiert (Spalte „Status“).

Zwei Punkte:

1. Herr Bünting ist jünger als 23; für ihn müssten wir den Fahrerkreis
   erweitern (Zuschlag 8 % auf den Flottenbeitrag) oder er darf die
   Fahrzeuge nicht fahren.
2. Bei Frau Tapken fehlt das Datum der Fahrerlaubnis.

Bitte geben Sie mir bis Monatsende kurz Bescheid. Die bereinigte Liste
lege ich dann zum Vertrag.

Mit freundlichen Grüßen

{sig("addicks", "de")}

{footer("de")}
"""
    x = xlsx([("Fahrer 2026", [
        ["Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Klasse", "Kostenstelle", "Status"],
        ["Lammers", "Jürgen", "1968-04-02", "1986-05-14", "B, BE, C1", "Verwaltung", "unverändert"],
        ["Eden", "Tobias", "1985-10-22", "2003-11-03", "B", "Montage Nord", "unverändert"],
        ["Bünting", "Lasse", "2004-07-09", "2022-08-01", "B", "Montage Nord", "NEU – unter 23!"],
        ["Tapken", "Meike", "1992-01-30", "", "B", "Service", "NEU – Datum fehlt"],
        ["Wübben", "Andreas", "1979-06-17", "1997-09-12", "B, BE", "Montage Süd", "unverändert"],
        ["Schoon", "Dirk", "1971-12-05", "1990-02-20", "B, C, CE", "Lager", "unverändert"],
        ["Otten", "Heike", "1983-03-08", "2001-06-25", "B", "Service", "ausgeschieden 02/2026"],
    ])])
    return mail(who("addicks"), "Jürgen Lammers <j.lammers@weser-ems-elektro.example>",
                "Fahrerliste Flotte FL 80-1177 – Abgleich", "2026-03-09 13:14", body,
                atts=[att("Fahrerliste_FL80-1177_2026-03.xlsx", x)])


@M("CONFIDENTIAL", "en", "insurer-to-company",
   "D&O renewal for a US-owned German GmbH: named managing director with date of birth and salary in the DOCX schedule")
def c_dno_renewal():
    body = f"""Dear Mr Kessler,

please find attached the renewal schedule for the D&O policy of Brightline
Medical Devices GmbH (policy DO 91-2044) for the period 1 May 2026 to
30 April 2027, as discussed with your parent company's risk manager,
Ms Alvarez, in Boston.

Main changes compared to last year:
- limit of indemnity increased from EUR 5m to EUR 7.5m, as requested by
  the parent;
- a separate limit of EUR 1m for the personal liability of the managing
  directors for tax and social-security payments;
- premium EUR 18,420.00 plus 19 % insurance tax.

As the schedule lists the managing directors individually (we need their
salaries for the personal retention agreed last year), please check the
personal details on page 2 and let me know of any changes - in particular
whether Dr. Fontaine will remain managing director after June.

Signed schedules by 24 April would be ideal.

Kind regards

{sig("addicks", "en")}

{footer("en")}
"""
    d = docx([
        ("#", "D&O Insurance - Renewal Schedule 2026/2027"),
        "Policyholder: Brightline Medical Devices GmbH, Überseering 31, 22297 Hamburg (subsidiary of Brightline Inc., Boston, MA)",
        "Policy: DO 91-2044   Period: 01.05.2026 - 30.04.2027",
        ("table", [
            ["Limit of indemnity", "EUR 7,500,000 per claim and in the aggregate"],
            ["Sublimit tax/social security", "EUR 1,000,000"],
            ["Personal retention (managing directors)", "10 % of loss, max. 1.5 x fixed annual salary"],
            ["Premium (net)", "EUR 18,420.00"],
        ]),
        ("#", "Insured persons (page 2)"),
        ("table", [
            ["Name", "Function", "Date of birth", "Fixed annual salary (for retention)"],
            ["Mark Kessler", "Managing Director (CEO Germany)", "19.08.1974", "EUR 265,000"],
            ["Dr. Amélie Fontaine", "Managing Director (Regulatory)", "02.05.1980", "EUR 198,000"],
            ["Holger Brandes", "Authorised officer (Prokurist), Finance", "11.01.1977", "EUR 142,000"],
        ]),
        "The personal retention applies only to the managing directors of the GmbH by agreement.",
    ], title="D&O Renewal DO 91-2044", author="Grete Addicks")
    return mail(who("addicks"), "Mark Kessler <mark.kessler@brightline-med.example>",
                "D&O renewal 2026/27 - Brightline Medical Devices GmbH", "2026-04-03 16:41", body,
                cc="Sofia Alvarez <salvarez@brightline-inc.example>",
                atts=[att("DO_91-2044_Renewal_Schedule_2026.docx", d)])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "glass breakage claim of a named customer (ceramic hob) with payout to her IBAN")
def c_glasbruch():
    body = f"""Sehr geehrte Frau Haye,

vielen Dank für das Foto und die Rechnung von Elektro Wichmann. Der Sprung
im Glaskeramik-Kochfeld ist über Ihre Glasversicherung (GL 14-208861)
versichert, Schaden G-2026-00391.

Wir erstatten:
  Kochfeld Neff, Ersatzteil Glaskeramik     412,00 EUR
  Einbau und Anfahrt                         96,50 EUR
  Erstattung                                508,50 EUR

Der Betrag geht wie gewünscht auf das Konto
  Kontoinhaberin: Marion Haye
  IBAN: {iban("DE", "28050100 0090442178")}
Die Gutschrift sollte in zwei bis drei Bankarbeitstagen da sein.

Mit freundlichen Grüßen

{sig("bruns", "de")}

{footer("de")}
"""
    return mail(who("bruns"), "Marion Haye <marion.haye@gmx-post.example>",
                "Glasbruch Kochfeld – Erstattung G-2026-00391", "2026-01-21 14:02", body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "travel cancellation of a named customer because of a refused visa; booking, claim number, no health content")
def c_visa_refused():
    body = f"""Dear Mr Adeyemi,

thank you for your claim under your annual travel cancellation policy
(RR 3390 2214). I'm sorry that your trip to the wedding in Lagos could not
take place.

You cancelled your flights (Lufthansa, Hamburg-Frankfurt-Lagos, 3-24 April
2026) after your application for the renewal of your German residence
permit had not been decided in time and the immigration office advised you
not to leave the Schengen area with only a "Fiktionsbescheinigung".

I have to be honest with you: the policy covers cancellation for the
reasons listed in section 2 of the conditions - for example illness, an
accident, the loss of your job or damage to your property at home. An
administrative delay with the residence permit is not one of them, and the
only visa-related reason listed is the refusal of an entry visa to the
destination country. We therefore cannot pay the cancellation fee of
EUR 1,318.00.

I've checked whether anything else might apply - the airline has to refund
the airport taxes and fees (about EUR 214 in your case) even for non-
refundable tickets; you can request this directly from Lufthansa.

If you have documents showing that the Nigerian embassy refused a visa
for you or your wife, please send them - that would change the picture.

Kind regards

{sig("ahlers", "en")}

{footer("en")}
"""
    return mail(who("ahlers"), "Tunde Adeyemi <tunde.adeyemi@mailbox-de.example>",
                "Your cancellation claim R-2026-01104", "2026-03-20 12:16", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "stolen e-bike of a named customer: frame number, police case number, claim number; no injuries")
def c_ebike_diebstahl():
    body = f"""Moin Herr Gerken,

Ihr E-Bike-Diebstahl vom 15.04.2026 am Bahnhof Oldenburg ist bei uns
aufgenommen (Fahrradversicherung FR 05-117329, Schaden F-2026-00984).

Folgende Angaben haben wir aus Ihrer Meldung übernommen:
  Hersteller/Modell: Riese & Müller Charger4 GT vario
  Rahmennummer: WAW21C04417
  Kaufdatum: 12.06.2023, Kaufpreis 5.499,00 EUR
  Polizeiliche Anzeige: Polizeiinspektion Oldenburg, Vorgangsnr. 0441-D-26-0058311

Was wir noch brauchen:
1. den Kaufbeleg (Kopie genügt),
2. beide Schlüssel des Rahmenschlosses und den Schlüssel des Akkus –
   bitte per Einschreiben an unsere Adresse, Stichwort F-2026-00984,
3. die Bestätigung, dass das Rad mit einem Schloss an einem festen
   Gegenstand angeschlossen war (ein kurzer Satz per Mail reicht).

Falls das Rad innerhalb von vier Wochen wieder auftaucht, sagen Sie uns
bitte Bescheid. Danach entschädigen wir den Neuwert, wie im Tarif
„Fahrrad Plus“ vereinbart, abzüglich 10 % je vollem Jahr ab dem dritten
Jahr.

Beste Grüße

{sig("yildiz", "de")}

{footer("de")}
"""
    return mail(who("yildiz"), "Okke Gerken <okke.gerken@posteo-mail.example>",
                "Ihr gestohlenes E-Bike – Schaden F-2026-00984", "2026-04-16 10:50", body)


@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "English explanation of a quoted German cancellation confirmation of a named customer's contents and liability policies when leaving Germany")
def c_cancellation_quoted():
    body = f"""Dear Mr Fairbanks,

you asked what the letter we sent you on 2 April actually says. Here is the
German text and a translation:

  "Sehr geehrter Herr Fairbanks,
   wir bestätigen die Kündigung Ihrer Hausratversicherung HR 31-588120
   und Ihrer Privathaftpflichtversicherung PH 19-341175 zum 31.05.2026
   wegen Wegzugs ins Ausland. Der bereits gezahlte Beitrag für die Zeit
   vom 01.06. bis 31.12.2026 in Höhe von 84,35 EUR wird Ihnen erstattet."

  "Dear Mr Fairbanks,
   we confirm the cancellation of your household contents insurance
   HR 31-588120 and your private liability insurance PH 19-341175 as of
   31 May 2026 due to your move abroad. The premium already paid for the
   period 1 June to 31 December 2026, amounting to EUR 84.35, will be
   refunded to you."

The refund will go to the account the premium was collected from. If you
close that account before the end of June, please send us the details of
your new account in Toronto (we can transfer to Canada; we'd need the
institution number, transit number and account number, plus the SWIFT
code).

Please keep the letter - some landlords and Canadian insurers ask for proof
of previous cover.

All the best for the move,

{sig("macleod", "en")}

{footer("en")}
"""
    return mail(who("macleod"), "Gregory Fairbanks <greg.fairbanks@canmail.example>",
                "Re: Letter from 2 April - what does it say?", "2026-04-08 16:30", body)


@M("CONFIDENTIAL", "de", "internal",
   "internal dunning list (CSV) for property lines with names, IBANs of returned debits and amounts due")
def c_mahnliste_csv():
    body = f"""Hallo Mehmet,

anbei die Rücklastschriften Sach aus dem Lauf vom 02.03. Die mit „R04“ sind
erloschene Konten – da bitte die Kunden direkt anschreiben bzw. anrufen,
bevor die zweite Mahnstufe rausgeht. Bei den „MS03/AM04“ versuchen wir den
Einzug am 16.03. noch einmal automatisch.

Danke dir!
Svenja

--
{sig("rowold", "de")}
"""
    rows = [["Vertrag", "Kunde", "IBAN", "Rückgabegrund", "Betrag EUR", "Gebühr EUR", "Mahnstufe"],
            ["HR 31-402955", "Renken, Silke", iban_raw("DE", "28050100 0011873390"), "AM04 Deckung", "13,90", "3,00", "1"],
            ["WG 22-388104", "Thiele, Bernhard", iban_raw("DE", "28020050 1209934800"), "R04 Konto erloschen", "78,42", "3,00", "1"],
            ["KF 77 133 0871", "Mönnich, Ole", iban_raw("DE", "25050180 0905518274"), "MS03 sonstiger Grund", "61,20", "3,00", "2"],
            ["PH 19-301126", "Caspers, Yvonne", iban_raw("DE", "28050100 0044217755"), "R04 Konto erloschen", "6,00", "3,00", "1"],
            ["RS 4470 2049", "Wolters, Jan", iban_raw("DE", "29050101 0080156620"), "AM04 Deckung", "29,84", "3,00", "2"]]
    return mail(who("rowold"), who("yildiz"), "Rücklastschriften Sach 02.03.",
                "2026-03-04 09:12", body,
                atts=[att("Ruecklastschriften_Sach_2026-03-02.csv", csv_text(rows), mtype="text/csv")])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "pet insurance: named British customer's dog's cruciate ligament surgery and vet invoice (animal health only)")
def c_pet_surgery():
    body = f"""Dear Mrs Whitcombe,

we've received the invoice from Tierklinik am Kranbergsee for Biscuit's knee
operation, and I'm glad to hear from your note that he's already trotting
around the garden again.

Pet health policy TK 08-221904, claim T-2026-00345

  Tierklinik am Kranbergsee, invoice 2026/1187 of 24 February 2026
  TPLO surgery left hind leg (cranial cruciate ligament rupture),
  anaesthesia, X-rays, 2 days inpatient, medication ........ EUR 2,914.66
  Billed at 2x the German veterinary fee scale (GOT) - within the
  maximum of 3x covered by your tariff

  Covered at 80 % ........................................... EUR 2,331.73
  Annual deductible (not yet used in 2026) .................. EUR   250.00
  Payment ................................................... EUR 2,081.73

The money will be transferred to your account within three working days.
Follow-up physiotherapy for Biscuit is covered under the same claim, up
to EUR 500 per year - just send us the invoices.

Best wishes to you and Biscuit,

{sig("yildiz", "en")}

{footer("en")}
"""
    return mail(who("yildiz"), "Pamela Whitcombe <pam.whitcombe@britmail.example>",
                "Biscuit's operation - your claim T-2026-00345", "2026-03-03 14:54", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses for a named customer's speeding fine (administrative offence, plate, file number); no criminal matter")
def c_rs_bussgeld():
    body = f"""Sehr geehrter Herr Oltrogge,

Ihre Verkehrsrechtsschutzversicherung (RS 4470 0912) übernimmt die Kosten
für die Verteidigung gegen den Bußgeldbescheid des Landkreises Ammerland
vom 10.03.2026 (Az. 51.3-OWi-26-014882). Schaden RS-2026-00744.

Laut Bescheid wurden Sie am 28.01.2026 auf der B 211 bei Kreyenbrück mit
Ihrem Fahrzeug OL-HO 770 mit 41 km/h über der zulässigen
Höchstgeschwindigkeit gemessen (Geldbuße 320 EUR, 2 Punkte, ein Monat
Fahrverbot).

Versichert sind die Kosten Ihres Anwalts, die Verfahrenskosten und ein
technisches Gutachten zur Messung, falls der Anwalt es für sinnvoll hält.
Ihre Selbstbeteiligung beträgt 150 EUR.

Da die Einspruchsfrist zwei Wochen ab Zustellung beträgt, sollten Sie
möglichst bald einen Anwalt beauftragen. Bitte geben Sie ihm unsere
Schadennummer, er rechnet dann direkt mit uns ab.

Mit freundlichen Grüßen

{sig("eilers", "de")}

{footer("de")}
"""
    return mail(who("eilers"), "Heiko Oltrogge <h.oltrogge@webpost.example>",
                "Deckungszusage Bußgeldverfahren – RS-2026-00744", "2026-03-13 15:36", body)


@M("CONFIDENTIAL", "en", "insurer-to-partner",
   "claim payout returned by the bank because of a wrong IBAN (invalid check digits, customer typo); named customer, amount")
def c_returned_payout():
    wrong = iban("DE", "29050101 0062713400")
    # the customer swapped two digits when typing the account number
    wrong_typo = wrong[:-7] + wrong[-6] + wrong[-7] + wrong[-5:]
    body = f"""Dear colleagues,

we received a return of the following credit transfer on 19 March with the
reason code AC01 (incorrect account number):

  Originator:      Moorlinde Versicherung AG
  Amount:          EUR 1,247.90
  Value date:      17 March 2026
  Beneficiary:     Ms Charlotte Ibekwe
  IBAN given:      {wrong_typo}
  Reference:       Schaden H-2026-02140 Wasserschaden Hausrat
  Your reference:  NBF-RT-260319-0042

Our own check shows that the IBAN fails the check-digit test, so the return
is clearly correct - our customer mistyped it on the claim form. We have
asked her for the correct details and will send a new transfer.

Could you please confirm that no return fee will be charged to our account
in this case, as agreed in our framework terms for AC01 returns? And could
you send us the return advice as a PDF for our claims file?

Kind regards

{sig("rowold", "en")}

{footer("en")}
"""
    assert not iban_ok(wrong_typo)
    return mail(who("rowold"), "Northbridge Bank Frankfurt Payment Operations <payments-ops.frankfurt@northbridgebank.example>",
                "Returned credit transfer NBF-RT-260319-0042 (AC01)", "2026-03-19 14:48", body)


# ------------------------------------------------ confidential (2)

@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "annual premium invoice for a named couple's buildings insurance with SEPA mandate data (IBAN, mandate reference, insured address)")
def c_beitragsrechnung_wg():
    body = f"""Sehr geehrte Eheleute Freese,

zum 01.02.2026 wird der Jahresbeitrag für Ihre Wohngebäudeversicherung fällig.

Versichertes Gebäude:  Zum Fuhrenkamp 19, 26188 Edewecht
Vertrag:               WG 22-377510
Versicherungsjahr:     01.02.2026 – 31.01.2027
Jahresbeitrag:         1.038,66 EUR (inkl. 19 % Versicherungsteuer)
  davon Feuer, Leitungswasser, Sturm/Hagel      802,14 EUR
  davon weitere Naturgefahren (Elementar)        236,52 EUR

Der Betrag wird am 02.02.2026 per SEPA-Lastschrift eingezogen:
  Kontoinhaber:  Gerold Freese
  IBAN:          {iban("DE", "28069956 0012407711")}
  Mandatsref.:   MLV-WG22377510-01
  Gläubiger-ID:  DE77ZZZ00000482193

Der Beitrag ist gegenüber dem Vorjahr um 6,8 % gestiegen. Grund ist die
Anpassung an den Baupreisindex, die Ihr Vertrag (gleitender Neuwert)
vorsieht; die Versicherungssumme steigt dadurch im gleichen Verhältnis.

Mit freundlichen Grüßen
Ihr Kundenservice Sach

{sig("yildiz", "de")}

{footer("de")}
"""
    return mail(who("yildiz"), "Gerold Freese <gerold.freese@t-online-post.example>",
                "Beitragsrechnung Wohngebäudeversicherung WG 22-377510", "2026-01-12 07:30", body,
                headers=[("Auto-Submitted", "auto-generated")])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "rent deposit guarantee application of a named American couple with their net incomes and employers; no health data")
def c_rent_guarantee_income():
    body = f"""Dear Ms Novak, dear Mr Novak,

thank you for your application for a rent deposit guarantee (Mietkautions-
bürgschaft) for the flat at Isestraße 102, 20149 Hamburg. Instead of
paying a cash deposit of EUR 5,400 (three months' basic rent), your landlord
receives our guarantee, and you pay us an annual fee.

We have checked the documents you sent:

  Applicant 1: Claire Novak - senior UX designer at an
    e-commerce company (employed since 01/2025, probation ended)
    net monthly income EUR 4,310 (payslips Jan-Mar 2026)
  Applicant 2: Peter Novak - freelance translator
    income 2025 according to tax assessment: EUR 38,900 before tax

  Monthly rent incl. service charges: EUR 2,340
  Share of combined net income: approx. 38 %

This is within our guidelines, so we can offer:

  Guarantee amount:  EUR 5,400
  Annual fee:        4.9 % = EUR 264.60
  Term:              until the landlord returns the guarantee certificate

If you accept, please sign the attached offer in the secure mailbox. We'll
then send the original guarantee certificate to your landlord, Elbblick
Wohnen GmbH, by registered post within two working days.

Kind regards

{sig("yildiz", "en")}

{footer("en")}
"""
    return mail(who("yildiz"), "Claire Novak <claire.novak@usmail.example>",
                "Your rent deposit guarantee - offer", "2026-04-06 11:21", body,
                cc="Peter Novak <p.novak@translate-novak.example>")


@M("CONFIDENTIAL", "de", "broker",
   "a broker's request for a motor quote for a named client (birth date, plate, previous insurer) forwarded internally")
def c_fwd_makler_kfz():
    body = f"""Hallo Tobias,

kannst du das bitte für Frau Wübbena rechnen? Der Makler hätte gern bis
Donnerstag ein Angebot. SF-Einstufung laut Vorversicherer müsste passen,
Rückfrage dort ist noch offen.

Danke
Jan-Hendrik

{sig("oltmanns", "de")}

-----Ursprüngliche Nachricht-----
Von: Heike Duhme <h.duhme@versicherungsbuero-duhme.example>
Gesendet: {de_date("2026-04-13 16:12")}
An: {who("oltmanns")}
Betreff: Angebotsanfrage Kfz – Wübbena

Hallo Herr Oltmanns,

für meine Kundin bitte ein Angebot Kfz-Haftpflicht + Vollkasko:

Name: Tanja Wübbena, geb. 25.10.1990
Anschrift: Kirchstraße 3, 26689 Apen
Fahrzeug: Toyota Yaris Hybrid, EZ 05/2024, HSN/TSN 5013/AKU
Kennzeichen: WST-TW 90 (bisher)
Vorversicherer: Nordstern Direkt, SF 12 Haftpflicht / SF 8 Vollkasko
Fahrer: nur VN und Ehemann Reiner Wübbena, geb. 11.04.1987
Jährliche Fahrleistung: 12.000 km, Garage vorhanden

Wechsel zum 01.06. Danke Ihnen!

Mit freundlichen Grüßen
Heike Duhme
Versicherungsbüro Duhme e. K.
"""
    return mail(who("oltmanns"), who("wuebbenhorst"), "WG: Angebotsanfrage Kfz – Wübbena",
                "2026-04-14 08:05", body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's car accident in France with a European accident statement; claim number, plates, other party; explicitly nobody hurt")
def c_constat_france():
    body = f"""Dear Mr Lindgren,

thank you for sending us the European accident statement (constat amiable)
from your accident in Lyon on 6 April. I'm glad to read that nobody was
injured.

Our claim number: K-2026-031177
Your car: Volvo XC40, HH-EL 6214 (policy KF 77 198 4402)
Other party: Mme Nathalie Rousset, Peugeot 308, GH-417-PR, insured with
Assurances du Rhône, policy 3378-AR-55120

According to the statement, Mme Rousset ticked box 10 ("was changing
lanes") and you ticked box 1 ("was parked/stationary") at the traffic
lights on Avenue Berthelot. Both of you signed, and the sketch is clear.
Liability therefore seems to lie with the other party.

What happens next:
1. We will claim your repair costs from Assurances du Rhône via the French
   claims representative of our group. You don't need to do anything in
   France.
2. If you'd like the car repaired now, you can use your comprehensive
   cover (deductible EUR 300). We would then recover the full amount,
   including your deductible, from the French insurer, and your no-claims
   class would be restored.
3. Please send us photos of the damage and the repair estimate.

If Mme Rousset's insurer contacts you directly, just pass them our claim
number.

Kind regards

{sig("wuebbenhorst", "en")}

{footer("en")}
"""
    return mail(who("wuebbenhorst"), "Erik Lindgren <erik.lindgren@nordmail.example>",
                "Your accident in Lyon - claim K-2026-031177", "2026-04-09 13:41", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "dog owner's liability: named customer's dog bit another dog (vet bill of the other dog, claim number); no person hurt")
def c_hund_beisst_hund():
    body = f"""Sehr geehrte Frau Brumund,

vielen Dank für Ihre Schilderung des Vorfalls vom 22.02.2026 am Hunte-Ufer.
Nach Ihren Angaben hat Ihr Rüde Bruno (Schäferhund-Mischling) den
Labrador von Herrn Tobias Möhle in den Nacken gebissen, als beide Hunde
kurz unangeleint waren. Menschen wurden nicht verletzt.

Die Tierarztrechnung der Praxis Dr. Vahlenkamp für die Wundversorgung des
Labradors (Narkose, Wundnaht, Antibiotikum, Kontrolle) über 486,30 EUR hat
Herr Möhle uns direkt geschickt. Wir übernehmen sie aus Ihrer
Hundehalterhaftpflichtversicherung (HH 12-044817), Schaden P-2026-03310.

Da beide Hunde nicht angeleint waren, hätten wir auch eine
Mithaftung von Herrn Möhle einwenden können (Tiergefahr seines Hundes).
Bei dem überschaubaren Betrag und Ihrer Bitte, das Verhältnis zum Nachbarn
nicht zu belasten, haben wir darauf verzichtet.

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

Mit freundlichen Grüßen

{sig("yildiz", "de")}

{footer("de")}
"""
    return mail(who("yildiz"), "Anja Brumund <anja.brumund@webpost.example>",
                "Ihr Hund Bruno – Schaden P-2026-03310", "2026-03-06 10:02", body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "welcome mail to a named new expat customer with an HTML table of his property, liability and motor policies and premiums")
def c_welcome_table():
    rows = [("Household contents", "HR 31-612044", "Hoheluftchaussee 76, 20253 Hamburg", "EUR 11.20 / month"),
            ("Private liability", "PH 19-352219", "you and your partner", "EUR 6.50 / month"),
            ("Motor (BMW 318i, HH-AK 4410)", "KF 77 210 7745", "SF 5 liability / SF 3 comprehensive", "EUR 58.34 / month"),
            ("Legal expenses (private + traffic)", "RS 4481 3390", "deductible EUR 250", "EUR 24.90 / month")]
    text_rows = "\n".join("  %-36s %-16s %-38s %s" % r for r in rows)
    text = f"""Dear Mr Kowalczyk,

welcome to Moorlinde! Here is an overview of the policies you have taken out
with us through Fairweather Expat Brokers:

{text_rows}

Total: EUR 100.94 per month, collected on the 1st from your account ending
in ...3318.

Your documents are in your secure mailbox. If you ever need help in
English, our international team in Hamburg is there for you: +49 40 3187-2200.

Kind regards

{sig("macleod", "en")}

{footer("en")}
"""
    trs = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2c5f4a">Welcome to Moorlinde, Mr Kowalczyk!</h2>
<p>Here is an overview of the policies you have taken out with us through Fairweather Expat Brokers:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;border-color:#9bb8ab">
<tr style="background:#dfece6"><th>Policy</th><th>Number</th><th>Details</th><th>Premium</th></tr>
{trs}
<tr><td colspan="3"><b>Total</b></td><td><b>EUR 100.94 / month</b></td></tr>
</table>
<p>Collected on the 1st from your account ending in &hellip;3318.</p>
<p>Your documents are in your secure mailbox. If you ever need help in English, our international team in Hamburg is there for you: +49&nbsp;40&nbsp;3187-2200.</p>
<p>Kind regards<br>Fiona MacLeod<br>International Customer Service</p>
</body></html>
"""
    return mail(who("macleod"), "Adam Kowalczyk <adam.kowalczyk@webpost.example>",
                "Welcome to Moorlinde - your policies at a glance", "2026-01-15 10:00", text, html=html,
                cc="Fairweather Expat Brokers <service@fairweather-brokers.example>")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "premium certificate for a named customer's tax return with tax ID and liability/motor premiums paid")
def c_steuerbescheinigung():
    body = f"""Sehr geehrter Herr Pundt,

wie gewünscht senden wir Ihnen die Beitragsbescheinigung für das Jahr 2025
zur Vorlage beim Finanzamt.

Versicherungsnehmer:  Arne Pundt, Nadorster Straße 240, 26123 Oldenburg
Steuer-ID:            47 219 803 566 (laut Ihrer Angabe)

Gezahlte Beiträge 01.01.–31.12.2025:
  Kfz-Haftpflicht (KF 77 129 0553), nur Haftpflichtanteil   318,72 EUR
  Privathaftpflicht (PH 19-277041)                           78,00 EUR
  Summe der als Vorsorgeaufwendungen abziehbaren Beiträge   396,72 EUR

Die Beiträge für Vollkasko und Hausrat sind steuerlich nicht abziehbar und
daher nicht aufgeführt. Die Daten wurden nicht elektronisch an das
Finanzamt übermittelt; bitte tragen Sie sie in Anlage Vorsorgeaufwand,
Zeile 49 ein.

Mit freundlichen Grüßen

{sig("yildiz", "de")}

{footer("de")}
"""
    return mail(who("yildiz"), "Arne Pundt <arne.pundt@gmx-post.example>",
                "Beitragsbescheinigung 2025 für das Finanzamt", "2026-02-27 13:25", body)


@M("CONFIDENTIAL", "de", "insurer-to-company",
   "water damage claim of a sole-trader restaurant owner (natural person): business contents, loss of income figures, claim number")
def c_gastro_wasserschaden():
    body = f"""Sehr geehrter Herr Papadakis,

zum Wasserschaden in Ihrem Restaurant „Taverna Ilios“, Achternstraße 52,
26122 Oldenburg, vom 03.03.2026 (Inhaltsversicherung Gewerbe GI 44-020871,
Schaden G-2026-01177) haben wir den Bericht des Sachverständigen erhalten.

Ergebnis kurz zusammengefasst:

1. Inventar und Vorräte: Kühlzelle (Verdampfer) und Teile der
   Vorratshaltung im Keller sind beschädigt. Schadenhöhe laut Gutachten
   7.480,00 EUR netto. Diesen Betrag zahlen wir abzüglich des
   Selbstbehalts von 500 EUR aus.

2. Betriebsunterbrechung: Das Restaurant war vom 03.03. bis 12.03.2026
   geschlossen. Ihre betriebswirtschaftlichen Auswertungen 2025 weisen
   einen durchschnittlichen Rohertrag von 1.260 EUR je Öffnungstag aus;
   nach Abzug der ersparten Kosten ergibt sich ein
   Unterbrechungsschaden von 8 x 890 EUR = 7.120,00 EUR. Die Haftzeit ist
   damit bei weitem nicht ausgeschöpft.

Gesamtentschädigung: 14.100,00 EUR. Da Sie als Einzelunternehmer
versichert sind, überweisen wir auf Ihr Geschäftskonto bei der Hafenbank
(Endziffern 2201), sofern Sie uns nichts anderes mitteilen.

Für den Gebäudeschaden (Rohrbruch in der Wand) ist der Gebäudeversicherer
Ihres Vermieters zuständig; den Bericht haben wir Ihnen zur Weitergabe
beigefügt.

Mit freundlichen Grüßen

{sig("addicks", "de")}

{footer("de")}
"""
    return mail(who("addicks"), "Nikos Papadakis <info@taverna-ilios.example>",
                "Wasserschaden 03.03.2026 – Regulierung G-2026-01177", "2026-03-26 11:58", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "total-loss settlement of a named customer's car (replacement value, residual value, IBAN) in an attached PDF; nobody hurt")
def c_totalschaden_pdf():
    body = f"""Sehr geehrte Frau Ahrens-Bolte,

anbei unsere Abrechnung zum Totalschaden Ihres Fahrzeugs. Das Gutachten
liegt uns seit gestern vor. Wenn Sie mit dem Restwertangebot einverstanden
sind, kümmert sich der Aufkäufer direkt um die Abholung.

Mit freundlichen Grüßen

{sig("wuebbenhorst", "de")}

{footer("de")}
"""
    p = pdf([
        ("#", "Moorlinde Versicherung AG – Kfz-Schaden"),
        "Frau Birte Ahrens-Bolte, Am Stadtpark 9, 26180 Rastede",
        "Vollkaskoversicherung KF 77 188 6012 · Schaden K-2026-027561",
        "Fahrzeug: Opel Astra Sports Tourer, OL-BA 317, FIN W0VBD8EB5N8027114",
        "",
        ("#", "Abrechnung Totalschaden"),
        "Schadenereignis: Abkommen von der Fahrbahn bei Glätte am 29.01.2026, Alleinunfall, keine Personen verletzt.",
        "",
        "Wiederbeschaffungswert laut Gutachten Ing.-Büro Dreyer ........ 16.400,00 EUR",
        "Restwert (Höchstgebot Autoverwertung Nordwest GmbH) ............ 2.950,00 EUR",
        "Wiederbeschaffungsaufwand ...................................... 13.450,00 EUR",
        "Selbstbeteiligung Vollkasko ........................................ 500,00 EUR",
        "Gutachterkosten (direkt an Sachverständigen) ....................... 0,00 EUR",
        "Auszahlungsbetrag ............................................. 12.950,00 EUR",
        "",
        "Zahlung an: Birte Ahrens-Bolte, IBAN " + iban("DE", "28050100 0070215539"),
        "Der Restwert wird vom Aufkäufer bei Abholung direkt an Sie gezahlt.",
        "Die Vollkasko-Rückstufung erfolgt zum 01.01.2027 von SF 14 auf SF 7.",
        "",
        ("=", "Oldenburg, 06.02.2026"),
    ], title="Abrechnung K-2026-027561")
    return mail(who("wuebbenhorst"), "Birte Ahrens-Bolte <b.ahrens-bolte@mailbox-de.example>",
                "Ihr Schaden K-2026-027561 – Abrechnung Totalschaden", "2026-02-06 15:07", body,
                atts=[att("Abrechnung_Totalschaden_K-2026-027561.pdf", p)])


@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "commission statement for a sole-trader expat broker (natural person) with his IBAN and tax number")
def c_commission_soletrader():
    body = f"""Dear Mr Mbeki-Holt,

please find below your commission statement for March 2026. As you work as
a sole trader (Einzelunternehmer), the statement is addressed to you
personally.

  Broker number:       VM-30417
  Tax number:          64/117/40892 (Finanzamt Hamburg-Altona)
  VAT:                 insurance brokerage is VAT-exempt (section 4 no. 11 UStG)

  New business commission (8 policies)          EUR 3,412.80
  Renewal commission                            EUR   611.25
  Cancellation reserve retained (10 %)          EUR  -341.28
  Clawback (policy KF 77 190 3376, cancelled)   EUR  -122.40
  ---------------------------------------------------------
  Payment                                       EUR 3,560.37

Payment will be made on 8 April 2026 to:
  Account holder: Thabo Mbeki-Holt
  IBAN: {iban("DE", "20050550 1502778344")}

The detailed list per policy is in your electronic broker post in the
broker portal. Please check it within four weeks; after that the
statement is considered accepted.

Kind regards

{sig("oltmanns", "en")}

{footer("en")}
"""
    return mail(who("oltmanns"), "Thabo Mbeki-Holt <thabo@mbekiholt-insurance.example>",
                "Commission statement March 2026 - VM-30417", "2026-04-02 09:33", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "storm damage to a named customer's private solar installation; address, claim number and payout figures")
def c_pv_sturm():
    body = f"""Hallo Herr Kramer-Uhlhorn,

zum Sturmschaden an Ihrer Photovoltaikanlage (Sturmtief „Gesa“,
13.02.2026) haben wir inzwischen alles beisammen. Schaden W-2026-01855,
Wohngebäudeversicherung mit Baustein PV, Vertrag WG 22-391022.

Laut Bericht der Firma Solartechnik Ammerland wurden an Ihrem Haus
Birkenweg 11, 26203 Wardenburg, sechs Module durch herabfallende Äste
beschädigt und die Unterkonstruktion an zwei Stellen verbogen.

  Module (6 Stück) inkl. Montage            2.418,00 EUR
  Unterkonstruktion                           386,40 EUR
  Gerüst                                      640,00 EUR
  Ertragsausfall (23 Tage, lt. Wechselrichterdaten)  71,30 EUR
  Summe                                     3.515,70 EUR
  Selbstbeteiligung                          -250,00 EUR
  Auszahlung                                3.265,70 EUR

Die Zahlung ist heute auf Ihr Konto angewiesen worden. Den Ast auf dem
Nachbargrundstück müssen Sie nicht weiter verfolgen – Sturmschäden durch
fremde Bäume sind über Ihre eigene Versicherung gedeckt.

Beste Grüße

{sig("bruns", "de")}

{footer("de")}
"""
    return mail(who("bruns"), "Jens Kramer-Uhlhorn <jku@posteo-mail.example>",
                "PV-Anlage – Sturmschaden W-2026-01855", "2026-03-24 15:15", body)


@M("CONFIDENTIAL", "en", "lawyer",
   "UK solicitors' subrogation letter about a named German customer's car accident in London, attached as a forwarded message; no injuries")
def c_fwd_uk_solicitor():
    letter = """Dear Sirs,

Our client: Metro Fleet Leasing Ltd
Your insured: Mr Florian Steffens
Vehicle: Audi A4, German registration OL-FS 1984
Accident: 14 February 2026, Marylebone Road / Baker Street, London NW1
Our ref: MFL/2291/CR

We act for the above-named client, the owner of a Toyota Corolla, LX71 KPE,
which was struck in the rear by your insured's vehicle whilst stationary at
traffic lights. The police were not called; no personal injury is claimed.
Your insured provided his insurance details at the scene and accepted that
he had not noticed the lights changing.

Our client's losses are as follows:
  Repair costs (invoice enclosed)       GBP 3,186.40
  Hire of replacement vehicle, 9 days   GBP   882.00
  Loss of use / administration          GBP   150.00
  Total                                 GBP 4,218.40

We should be grateful for your confirmation of indemnity and payment within
21 days. We understand that the claim may be handled by your UK
correspondent under the Green Card system; please let us know their
details.

Yours faithfully,

Hargreave Lomas LLP
Solicitors"""
    inner_msg = inner("Claims Recovery <recoveries@hargreave-lomas.example>",
                      f"Motor Claims <schaden-kfz@{DOM}>",
                      "Subrogated claim - your insured Mr F Steffens - our ref MFL/2291/CR",
                      "2026-03-10 12:05", letter)
    body = f"""Dear Ms Whitlock,

please find attached a letter we received directly from Hargreave Lomas LLP
concerning an accident of our policyholder in London on 14 February.

Our policyholder: Mr Florian Steffens, motor policy KF 77 176 5013
Our claim number: K-2026-022904

Mr Steffens has confirmed the rear-end collision to us and accepts
liability. As our correspondent in the UK under the Green Card system,
could you please take over the handling, check the hire period and the
"loss of use" item, and settle on our behalf? Your handling fee as per our
agreement.

Thank you and kind regards

{sig("wuebbenhorst", "en")}

{footer("en")}
"""
    return mail(who("wuebbenhorst"), "Rachel Whitlock <r.whitlock@ukclaims-correspondents.example>",
                "Green Card claim - Steffens / Metro Fleet Leasing - please handle",
                "2026-03-11 10:26", body, atts=[att(None, inner_msg)])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "lost suitcase of a named traveller (airline PIR number, flight, contents value); travel baggage claim, no health content")
def c_reisegepaeck():
    body = f"""Sehr geehrte Frau Janßen-Pollak,

vielen Dank für Ihre Meldung. Ihr Koffer ist auf dem Flug TP 567 von Lissabon
nach Hamburg am 28.03.2026 nicht angekommen; die Fluggesellschaft hat
die Verlustmeldung unter der Nummer HAMTP41773 (PIR) aufgenommen.
Reisegepäckversicherung RG 7710 0044, Schaden R-2026-01520.

Wie geht es weiter?

1. Zuerst haftet die Fluggesellschaft. Wird der Koffer innerhalb von
   21 Tagen nicht gefunden, gilt er als verloren, und TAP muss nach dem
   Montrealer Übereinkommen Schadenersatz leisten. Bitte melden Sie den
   Verlust dort schriftlich an – eine Vorlage dafür schicke ich Ihnen gern.
2. Was die Fluggesellschaft nicht ersetzt, übernehmen wir bis zur
   Versicherungssumme von 2.000 EUR (Zeitwert).
3. Ihre Ersatzkäufe (Kleidung, Kosmetik) in Höhe von 186,40 EUR erstatten
   wir schon jetzt, da der Koffer mehr als 48 Stunden verspätet war.

Für die Inhaltsliste (bisher 1.420 EUR) brauchen wir bei Gegenständen über
150 EUR bitte Kaufbelege oder Fotos.

Mit freundlichen Grüßen

{sig("ahlers", "de")}

{footer("de")}
"""
    return mail(who("ahlers"), "Katja Janßen-Pollak <katja.jp@gmx-post.example>",
                "Ihr Koffer – Schaden R-2026-01520", "2026-03-31 16:22", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "electronics insurance: named customer's laptop stolen from his car; police case number, serial number, claim number")
def c_laptop_diebstahl():
    body = f"""Sehr geehrter Herr Rohlfs,

Ihr Notebook wurde am 09.04.2026 aus Ihrem verschlossenen Pkw in der
Tiefgarage am Waffenplatz gestohlen (Anzeige Polizei Oldenburg,
Vorgangsnummer 0441-D-26-0061208). Über Ihre Elektronikversicherung
(EL 09-014522) ist Diebstahl aus dem Kfz versichert, wenn das Gerät von
außen nicht sichtbar im Kofferraum lag – das haben Sie bestätigt.

Gerät laut Versicherungsschein: Apple MacBook Pro 14", Seriennummer
C02G7ZK4Q6LR, Kaufdatum 14.11.2024.

Die Entschädigung erfolgt als Neuwert abzüglich 20 % für das zweite
Nutzungsjahr: 2.299,00 EUR − 459,80 EUR = 1.839,20 EUR. Wahlweise können
wir Ihnen auch ein gleichwertiges Gerät über unseren Partner liefern lassen
– dann entfällt der Abzug. Sagen Sie mir bitte kurz, was Ihnen lieber ist.

Ach ja: Bitte lassen Sie das Gerät über „Wo ist?“ als verloren markieren
und ändern Sie Ihre Passwörter, falls noch nicht geschehen.

Mit freundlichen Grüßen

{sig("yildiz", "de")}

{footer("de")}
"""
    return mail(who("yildiz"), "Jonas Rohlfs <jonas.rohlfs@webpost.example>",
                "Diebstahl Notebook – Schaden E-2026-00230", "2026-04-14 12:39", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings insurance after a house sale: named new owners, address, transfer of the policy, premium; no health content")
def c_eigentuemerwechsel():
    body = f"""Sehr geehrte Frau Meinen, sehr geehrter Herr Tabeling,

herzlichen Glückwunsch zu Ihrem neuen Zuhause! Mit der Eintragung ins
Grundbuch am 02.03.2026 sind Sie Eigentümer des Hauses Kiefernweg 4,
26209 Hatten, geworden. Die Wohngebäudeversicherung der Voreigentümerin,
Frau Erika Stamer, ist nach § 95 VVG automatisch auf Sie übergegangen.

Vertrag:            WG 22-295308 (neu auf Ihre Namen)
Versicherungsnehmer: Jana Meinen, geb. 21.04.1991, und
                     Patrick Tabeling, geb. 06.12.1989
Jahresbeitrag:      842,10 EUR, nächste Fälligkeit 01.07.2026

Sie haben das Recht, den Vertrag innerhalb eines Monats ab heute zu
kündigen. Tun Sie das nicht, läuft er unverändert weiter. Wir empfehlen
Ihnen allerdings, zwei Dinge zu prüfen:

- Der Vertrag enthält keinen Schutz gegen Starkregen und Überschwemmung
  (Elementar). Hatten liegt nicht im Risikogebiet; der Baustein kostet
  etwa 94 EUR im Jahr.
- Die Wohnfläche ist mit 118 m² angegeben. Falls Sie ausbauen, sagen Sie
  uns bitte Bescheid.

Mit freundlichen Grüßen

{sig("bruns", "de")}

{footer("de")}
"""
    return mail(who("bruns"), "Jana Meinen <jana.meinen@posteo-mail.example>",
                "Ihre Wohngebäudeversicherung nach dem Hauskauf", "2026-03-12 09:04", body,
                cc="Patrick Tabeling <p.tabeling@webpost.example>")


@M("CONFIDENTIAL", "de", "insurer-to-assessor",
   "instruction to a fire-damage assessor with a ZIP of the named policyholder's claim documents (address, contract, photo list); no injuries")
def c_brand_gutachter_zip():
    body = f"""Sehr geehrter Herr Dr. Wessling,

wir beauftragen Sie mit der Begutachtung des Brandschadens vom 08.04.2026
im Einfamilienhaus unserer Versicherungsnehmerin

Frau Hildegard Rüst, Wiesenstraße 27, 26215 Wiefelstede
Wohngebäude WG 22-264190 / Hausrat HR 31-338871
Schaden W-2026-03902

Nach Angaben der Feuerwehr ist der Brand in der Küche im Erdgeschoss
ausgebrochen (vermutlich Fritteuse). Frau Rüst konnte das Haus unverletzt
verlassen und wohnt derzeit bei ihrer Tochter. Das Erdgeschoss ist stark
verrußt, die Küche ausgebrannt; das Obergeschoss hat Rauchschäden.

Bitte bewerten Sie
1. den Gebäudeschaden (Neuwert und Zeitwert),
2. den Hausratschaden nach der Liste der Versicherungsnehmerin,
3. die voraussichtliche Dauer der Unbewohnbarkeit (Hotelkosten),
4. die Brandursache, soweit ohne Brandursachenermittler möglich.

Im ZIP finden Sie die Schadenanzeige, den Bericht der Feuerwehr und die
Hausratliste. Frau Rüst ist unter 0170 2267733 erreichbar.

Mit freundlichen Grüßen

{sig("bruns", "de")}

{footer("de")}
"""
    anzeige = pdf([
        ("#", "Schadenanzeige Feuer – W-2026-03902"),
        "Versicherungsnehmerin: Hildegard Rüst, geb. 02.09.1949",
        "Anschrift: Wiesenstraße 27, 26215 Wiefelstede   Telefon: 0170 2267733",
        "Verträge: WG 22-264190 (Wohngebäude, gleitender Neuwert), HR 31-338871 (Hausrat, VS 65.000 EUR)",
        "Schadentag: 08.04.2026, ca. 18:20 Uhr",
        "Schilderung: Beim Frittieren hat das Fett Feuer gefangen. Ich habe versucht, den Topf mit einem "
        "Deckel abzudecken, das hat nicht geklappt. Ich bin rausgegangen und habe die Feuerwehr gerufen.",
        "Personenschaden: keiner",
        "Bankverbindung für Entschädigung: IBAN " + iban("DE", "28050100 0030418822"),
        "",
        ("=", "Unterschrift liegt im Original vor."),
    ], title="Schadenanzeige W-2026-03902")
    feuerwehr = ("Freiwillige Feuerwehr Wiefelstede – Einsatzbericht 2026-0412\n"
                 "Einsatz: 08.04.2026 18:27 – 20:05, Wiesenstraße 27\n"
                 "Lage bei Eintreffen: Küchenbrand EG, starke Rauchentwicklung, Bewohnerin (76) bereits im Freien, unverletzt\n"
                 "Maßnahmen: Brandbekämpfung 1 C-Rohr unter PA, Belüftung, Kontrolle mit Wärmebildkamera\n"
                 "Ursache (vorläufig): Fettbrand\n")
    liste = csv_text([["Raum", "Gegenstand", "Alter", "Neupreis EUR"],
                      ["Küche", "Einbauküche komplett", "2012", "14500"],
                      ["Küche", "Kühlschrank Bosch", "2020", "899"],
                      ["Wohnzimmer", "Sofa (verrußt)", "2018", "2200"],
                      ["Wohnzimmer", "Gardinen, Teppich", "", "1100"],
                      ["Obergeschoss", "Kleidung (Rauchgeruch)", "", "3000"]])
    z = zip_files([("Schadenanzeige_W-2026-03902.pdf", anzeige),
                   ("Einsatzbericht_Feuerwehr.txt", feuerwehr.encode("utf-8")),
                   ("Hausratliste_Ruest.csv", liste.encode("utf-8"))],
                  when=(2026, 4, 10, 9, 30, 0))
    return mail(who("bruns"), "Dr. Bernd Wessling <gutachten@wessling-sv.example>",
                "Auftrag Gutachten Brandschaden W-2026-03902 (Rüst, Wiefelstede)",
                "2026-04-10 09:41", body, atts=[att("W-2026-03902_Unterlagen.zip", z)])


@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "English mail with a German ODT claim form prefilled with a named customer's household water-damage details and bank data")
def c_odt_claim_form():
    body = f"""Dear Ms Okonkwo-Berg,

thanks for the photos of the water damage in your flat. To get things
moving, I've filled in the German claim form (Schadenanzeige) for you with
the information from your e-mail and our records - it's attached as an
ODT file, which you can open with LibreOffice or Word.

Please:
1. check every line - especially the list of damaged items and the
   amounts, which I've taken from your e-mail;
2. add anything that's missing (the insurer of the neighbour upstairs, if
   you have it);
3. sign it and send it back as a scan or photo.

A few words you'll see in the form:
- "Leitungswasser" = escape of water from pipes (that's your case)
- "Zeitwert" = current value, "Neuwert" = replacement value (your policy
  pays replacement value)
- "Verursacher" = the person who caused the damage

Kind regards

{sig("macleod", "en")}

{footer("en")}
"""
    o = odt([
        ("#", "Schadenanzeige Hausrat – Leitungswasser"),
        ("table", [
            ["Versicherungsnehmerin", "Adaeze Okonkwo-Berg"],
            ["Geburtsdatum", "08.03.1986"],
            ["Anschrift", "Bürgerweide 12, 28209 Bremen, 2. OG rechts"],
            ["Vertrag", "HR 31-597730"],
            ["Schadentag", "05.04.2026"],
            ["Schadenhergang", "Wasser aus der Wohnung darüber (3. OG) durch die Decke von Bad und Flur; laut Hausverwaltung geplatzter Anschluss der Waschmaschine"],
            ["Verursacher", "Mieter 3. OG rechts (Name laut Hausverwaltung: Herr Ralf Gätjen)"],
            ["Beschädigte Gegenstände", "Teppich Flur (ca. 350 EUR), Bücherregal (Pressspan, ca. 180 EUR), Badezimmerschrank (ca. 220 EUR), Handtücher/Textilien (ca. 90 EUR)"],
            ["Bankverbindung", "IBAN " + iban("DE", "29050101 0061122047")],
            ["Personen verletzt?", "nein"],
        ]),
        "Ich versichere, die Angaben nach bestem Wissen gemacht zu haben.",
        "Ort, Datum, Unterschrift: ______________________",
    ])
    return mail(who("macleod"), "Adaeze Okonkwo-Berg <adaeze.ob@webpost.example>",
                "Your water damage - claim form to check and sign", "2026-04-07 12:02", body,
                atts=[att("Schadenanzeige_HR31-597730.odt", o)])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "motor premium reminder to a named customer with the legal warning about loss of cover (§ 38 VVG), amount and plate")
def c_kfz_mahnung():
    body = f"""Sehr geehrter Herr Lauw,

der Folgebeitrag für Ihre Kfz-Versicherung ist trotz Fälligkeit am
01.03.2026 noch nicht bei uns eingegangen.

Vertrag:      KF 77 145 2087
Fahrzeug:     Ford Transit Custom, OL-WL 212
Rückstand:    Beitrag 1. Quartal 2026         287,46 EUR
              Mahngebühr                        5,00 EUR
              Gesamt                          292,46 EUR

Bitte zahlen Sie den Gesamtbetrag innerhalb von zwei Wochen nach Zugang
dieser Mahnung.

Wichtiger Hinweis nach § 38 VVG: Sind Sie nach Ablauf dieser Frist mit der
Zahlung noch im Verzug, besteht für danach eintretende Schadenfälle kein
Versicherungsschutz in der Kasko- und Kfz-Haftpflichtversicherung
(gegenüber Geschädigten bleiben wir zwar zur Leistung verpflichtet, können
aber bei Ihnen Rückgriff nehmen). Außerdem können wir den Vertrag dann
fristlos kündigen und sind verpflichtet, dies der Zulassungsstelle zu
melden.

Haben Sie inzwischen gezahlt, betrachten Sie dieses Schreiben bitte als
gegenstandslos.

Mit freundlichen Grüßen

{sig("rowold", "de")}

{footer("de")}
"""
    return mail(who("rowold"), "Wilko Lauw <wilko.lauw@lauw-malerbetrieb.example>",
                "Zahlungserinnerung mit Fristsetzung – KF 77 145 2087", "2026-03-23 07:45", body,
                headers=[("Auto-Submitted", "auto-generated")])


@M("CONFIDENTIAL", "de", "internal",
   "internal motor-claims query naming a third-party vehicle keeper, her address and plate from a registry lookup; no injuries")
def c_halterabfrage_intern():
    body = f"""Hi Tobias,

zu K-2026-029310 (Parkrempler Parkplatz Einkaufszentrum Wechloy): die
Halterabfrage beim KBA ist zurück. Der Wagen mit dem Kennzeichen OL-MT 883,
der unseren VN beim Ausparken angefahren hat – die Fahrerin hat einen
Zettel mit dem Kennzeichen hinterlassen, aber keine Telefonnummer –, ist auf

  Frau Marita Tholen
  Hauptstraße 201, 26131 Oldenburg

zugelassen. Versichert ist das Fahrzeug bei der Weserland Versicherung,
Vertrag nicht bekannt.

Sollen wir Frau Tholen direkt anschreiben oder gleich über den
Zentralruf gehen? Es geht nur um den Sachschaden (Kotflügel, Stoßfänger,
ca. 1.900 EUR laut KVA). Verletzt wurde niemand, unser VN saß nicht im
Auto.

Gruß
Merle

--
Merle Schnittger
Kfz-Schaden (Auszubildende, 2. Lehrjahr)
Moorlinde Versicherung AG
"""
    return mail(f"Merle Schnittger <merle.schnittger@{DOM}>", who("wuebbenhorst"),
                "K-2026-029310 Halterabfrage zurück", "2026-04-15 11:14", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "seasonal plate for a named customer's motorcycle; plate, period, premium, no-claims class")
def c_motorrad_saison():
    body = f"""Moin Herr Behrends,

Ihr Wunsch ist umgesetzt: Ihre Honda Africa Twin (OL-BB 61) ist ab sofort
mit Saisonkennzeichen 03–10 versichert, Vertrag KF 77 211 0348.

Versicherungsschutz:
  Haftpflicht und Teilkasko: 01.03. bis 31.10.
  In der Ruhezeit (November–Februar): beitragsfreie Ruheversicherung – das
  Motorrad ist in der Garage gegen Brand, Diebstahl und Sturm weiter
  teilkaskoversichert, darf aber nicht auf öffentlichen Straßen bewegt
  werden (auch nicht zum Tanken).

Jahresbeitrag neu: 198,40 EUR (bisher 286,70 EUR ganzjährig)
SF-Klasse Haftpflicht: SF 6 – Saisonkennzeichen mit mindestens sechs
Monaten Laufzeit werden wie ein volles Jahr angerechnet.

Das Saisonkennzeichen selbst bekommen Sie bei der Zulassungsstelle; die
eVB-Nummer dafür lautet R4JT92W.

Gute Fahrt in die Saison!

{sig("wuebbenhorst", "de")}

{footer("de")}
"""
    return mail(who("wuebbenhorst"), "Bernd Behrends <b.behrends@gmx-post.example>",
                "Saisonkennzeichen für Ihre Africa Twin", "2026-02-24 16:33", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses for a named customer's neighbour dispute over a hedge; addresses, claim number; no health or criminal matter")
def c_rs_hecke():
    body = f"""Sehr geehrte Frau Wöbken,

Sie haben uns gefragt, ob Ihre Rechtsschutzversicherung (RS 4470 1507,
Baustein Wohnen) den Streit mit Ihrem Nachbarn, Herrn Gustav Lienemann,
über die Thujahecke an der Grundstücksgrenze Moorweg 8/10 in
Ganderkesee abdeckt.

Ja, der Nachbarschaftsstreit ist als „Rechtsschutz für Eigentümer und
Mieter von Wohnungen und Grundstücken“ versichert. Schaden RS-2026-00590.

Vor einer Klage ist in Niedersachsen bei Nachbarstreitigkeiten ein
Schlichtungsverfahren vor der Schiedsperson der Gemeinde vorgeschrieben.
Die Kosten dafür (in der Regel 50–100 EUR) übernehmen wir, ebenso die
anwaltliche Beratung vorab. Scheitert die Schlichtung, prüfen wir die
Erfolgsaussichten einer Klage auf Rückschnitt; nach Ihren Fotos liegt die
Hecke mit ca. 3,50 m deutlich über der zulässigen Höhe von 1,20 m
(Grenzabstand 0,50 m).

Ein Hinweis: Der Anspruch auf Rückschnitt kann nach § 54 NNachbG
ausgeschlossen sein, wenn die Hecke schon länger als fünf Jahre zu hoch
ist und Sie sich in dieser Zeit nicht beschwert haben. Bitte sprechen Sie
das mit Ihrem Anwalt an.

Mit freundlichen Grüßen

{sig("eilers", "de")}

{footer("de")}
"""
    return mail(who("eilers"), "Renate Wöbken <r.woebken@t-online-post.example>",
                "Ihre Anfrage Thujahecke – RS-2026-00590", "2026-04-01 14:10", body)


@M("CONFIDENTIAL", "de", "insurer-to-company",
   "cargo claim of a company customer with a named contact, driver name and an ODS list of damaged goods")
def c_transport_ods():
    body = f"""Sehr geehrte Frau Hinrichsen,

zum Transportschaden der Sendung Nr. 44-0318 (Lkw-Transport Oldenburg –
Rotterdam am 17.03.2026) haben wir den Havariebericht des Kommissars
erhalten. Versichert über Ihre laufende Warentransportpolice TR 60-4410.

Der Fahrer des beauftragten Frachtführers, Herr Piet Mulder, hat den
Schaden bei Ablieferung auf dem CMR-Frachtbrief vermerkt. Nach dem Bericht
ist die Ladung bei einer Vollbremsung verrutscht, weil zwei Paletten nicht
formschlüssig gesichert waren.

Anbei die Aufstellung der beschädigten Ware mit unserer Bewertung. Bitte
bestätigen Sie uns die Einkaufspreise; danach regulieren wir und nehmen
den Frachtführer in Regress (Haftung nach CMR bis 8,33 SZR je kg).

Mit freundlichen Grüßen

{sig("addicks", "de")}

{footer("de")}
"""
    o = ods([("Schaden 44-0318", [
        ["Pos.", "Artikel", "Menge", "EK je Stück EUR", "beschädigt", "Schaden EUR", "Bemerkung"],
        [1, "Edelstahl-Spülbecken SB-80", 40, 86.5, 12, 1038.0, "verbeult"],
        [2, "Armatur Hochdruck AH-3", 120, 42.9, 35, 1501.5, "Kartons nass"],
        [3, "Siphon-Set Kunststoff", 300, 4.1, 300, 1230.0, "Palette gebrochen"],
        [4, "Montagezubehör", 50, 12.0, 0, 0, "unbeschädigt"],
        ["", "Summe", "", "", "", 3769.5, "Abzug Selbstbehalt 250 EUR"],
    ])])
    return mail(who("addicks"), "Inga Hinrichsen <i.hinrichsen@nordsanitaer-handel.example>",
                "Transportschaden Sendung 44-0318 – Aufstellung", "2026-03-27 10:49", body,
                atts=[att("Schaden_44-0318.ods", o)])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "lost key of a rented flat's master-key system: named tenant's liability claim, landlord, amounts; no injuries")
def c_schluesselverlust():
    body = f"""Hallo Herr Siemer,

danke für Ihre Nachricht. Der Verlust Ihres Wohnungsschlüssels am
Karnevalswochenende ist über Ihre Privathaftpflicht (PH 19-318906)
mitversichert – Baustein „Schlüsselverlust fremder Schließanlagen“,
Höchstentschädigung 30.000 EUR, Selbstbeteiligung 150 EUR.
Schaden P-2026-02248.

Ihre Hausverwaltung (Immobilien Gristede, Ansprechpartnerin Frau Kolbe)
verlangt den Austausch der gesamten Schließanlage des Hauses
Alexanderstraße 96 mit 12 Zylindern; Kostenvoranschlag 3.460 EUR.

Bevor wir zahlen, brauchen wir
1. eine kurze Schilderung, wo und wie der Schlüssel verloren ging
   (war ein Adressanhänger daran?),
2. die Bestätigung, dass der Austausch tatsächlich durchgeführt wird
   (nur dann zahlen wir – eine reine „Pauschale“ ist nicht versichert),
3. die Rechnung nach dem Austausch.

Wir melden uns parallel bei Frau Kolbe.

Viele Grüße

{sig("yildiz", "de")}

{footer("de")}
"""
    return mail(who("yildiz"), "Fabian Siemer <fabian.siemer@mailbox-de.example>",
                "Verlorener Schlüssel – Schaden P-2026-02248", "2026-02-18 13:28", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "adding a named customer's 18-year-old son with birth date as driver to her motor policy; premium change")
def c_junger_fahrer():
    body = f"""Sehr geehrte Frau Rehkopf,

gern nehmen wir Ihren Sohn als Fahrer in Ihre Kfz-Versicherung auf.

Vertrag:          KF 77 132 9016 (VW Polo, OL-SR 28)
Neuer Fahrer:     Leon Rehkopf, geb. 09.01.2008, Führerschein Klasse B
                  seit 14.01.2026 (begleitetes Fahren ab 17 absolviert)
Änderung ab:      01.02.2026

Da Leon jünger als 23 ist, ändert sich der Beitrag:
  bisheriger Jahresbeitrag      486,20 EUR
  Zuschlag junger Fahrer (+58 %) 282,00 EUR
  neuer Jahresbeitrag           768,20 EUR

Weil Leon das begleitete Fahren mitgemacht hat, haben wir bereits 10 %
Nachlass auf den Zuschlag berücksichtigt. Der Zuschlag entfällt
automatisch in dem Jahr, in dem Leon 23 wird – oder früher, wenn er
auszieht und den Wagen nicht mehr nutzt (dann melden Sie sich bitte).

Tipp: Leon kann sich später einen Teil Ihrer Schadenfreiheitsklasse
übertragen lassen, wenn er ein eigenes Auto anmeldet.

Mit freundlichen Grüßen

{sig("wuebbenhorst", "de")}

{footer("de")}
"""
    return mail(who("wuebbenhorst"), "Sabine Rehkopf <sabine.rehkopf@webpost.example>",
                "Ihr Sohn als Fahrer – KF 77 132 9016", "2026-01-27 10:12", body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses for a named employee's redundancy dismissal, with salary, employer and settlement figures; no health or union matter")
def c_rs_kuendigung_gehalt():
    body = f"""Sehr geehrter Herr Ostendorf,

wir bestätigen Ihnen Kostenschutz für die Kündigungsschutzklage gegen Ihre
betriebsbedingte Kündigung durch die Weserport Logistik GmbH zum
30.06.2026 (Arbeits-Rechtsschutz, RS 4470 0668, Schaden RS-2026-00811).

Versichert sind die Kosten Ihres Anwalts, Herrn RA Oltmann, für die
erste Instanz. Vor dem Arbeitsgericht trägt in der ersten Instanz jede
Seite ihre Anwaltskosten selbst – auch wenn Sie gewinnen. Deshalb ist der
Rechtsschutz hier besonders wertvoll.

Für die Kostenberechnung legen wir, wie Ihr Anwalt, ein
Vierteljahreseinkommen als Streitwert zugrunde: Ihr Bruttomonatsgehalt
beträgt laut Arbeitsvertrag 4.380 EUR, der Streitwert also 13.140 EUR.

Sollte ein Vergleich mit Abfindung geschlossen werden – Ihr Anwalt nannte
die übliche Faustformel von einem halben Bruttomonatsgehalt je
Beschäftigungsjahr, bei Ihnen also etwa 26.280 EUR für zwölf Jahre –,
übernehmen wir auch die Einigungsgebühr. Bitte lassen Sie den Vergleich
vor Abschluss nicht von uns „genehmigen“; es genügt, wenn Ihr Anwalt uns
danach informiert.

Mit freundlichen Grüßen

{sig("eilers", "de")}

{footer("de")}
"""
    return mail(who("eilers"), "Marc Ostendorf <marc.ostendorf@gmx-post.example>",
                "Kostenschutz Kündigungsschutzklage – RS-2026-00811", "2026-02-16 14:51", body)


# ------------------------------------------------ normal (1): international desk, partners, English

@M("NORMAL", "en", "newsletter",
   "trap: expat newsletter explaining statutory vs private health insurance, waiting periods and dental cover; no person concerned")
def n_expat_newsletter():
    text = """Moorlinde Expat News - Spring 2026

Public or private? Health insurance in Germany explained

Everyone living in Germany must have health insurance - that is the law.
But newcomers are often surprised that there are two systems:

1. Statutory health insurance (GKV). Contributions depend on your income
   (about 17.5 % of your gross salary up to a ceiling, half paid by your
   employer). Your spouse and children can be insured for free if they
   have no income of their own.

2. Private health insurance (PKV). Premiums depend on your age and health
   when you join, not on your income. You can choose your level of cover -
   for example single or two-bed rooms in hospital, or treatment by the
   senior physician. Employees can only choose PKV if they earn more than
   the annual income threshold (EUR 77,400 in 2026); self-employed people
   and civil servants can choose freely.

What about existing conditions? In private insurance you answer health
questions when you apply. A condition you already have may lead to a
surcharge or, rarely, an exclusion. In statutory insurance there are no
health questions.

Dental care: the statutory system pays only a fixed subsidy for crowns and
implants. A dental supplement can close the gap - but most plans limit
benefits in the first years ("Zahnstaffel").

Maternity: in private plans, delivery costs are usually covered after a
waiting period of eight months. If you plan a family, join early.

Coming up: our free webinar "Your first year in Germany - insurance
essentials", 21 May 2026, 18:00 CEST, in English.

You receive this newsletter because you subscribed on our website.
Unsubscribe: https://www.moorlinde-versicherung.example/newsletter/unsubscribe
Moorlinde Versicherung AG, Am Moorlindenhof 3, 26129 Oldenburg, Germany
"""
    html = """<html><body style="margin:0;font-family:Georgia,serif;background:#f4f1ea">
<table width="640" align="center" cellpadding="18" style="background:#ffffff">
<tr><td style="background:#2c5f4a;color:#ffffff;font-size:22px">Moorlinde Expat News &middot; Spring 2026</td></tr>
<tr><td>
<h2>Public or private? Health insurance in Germany explained</h2>
<p>Everyone living in Germany must have health insurance &ndash; that is the law. But newcomers are often surprised that there are two systems:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="background:#dfece6"><th></th><th>Statutory (GKV)</th><th>Private (PKV)</th></tr>
<tr><td>Contribution</td><td>about 17.5&nbsp;% of gross salary, half paid by employer</td><td>depends on age and health at entry</td></tr>
<tr><td>Family</td><td>spouse and children free if no own income</td><td>each person has own premium</td></tr>
<tr><td>Health questions</td><td>none</td><td>yes, when applying</td></tr>
<tr><td>Who can join</td><td>everyone</td><td>employees above EUR&nbsp;77,400 (2026), self-employed, civil servants</td></tr>
</table>
<p><b>Dental care:</b> the statutory system pays only a fixed subsidy for crowns and implants. A dental supplement can close the gap &ndash; but most plans limit benefits in the first years (&bdquo;Zahnstaffel&ldquo;).</p>
<p><b>Maternity:</b> in private plans, delivery costs are usually covered after a waiting period of eight months. If you plan a family, join early.</p>
<p style="background:#fdf3d8;padding:10px">Free webinar: <i>Your first year in Germany &ndash; insurance essentials</i>, 21 May 2026, 18:00 CEST, in English.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed on our website. <a href="https://www.moorlinde-versicherung.example/newsletter/unsubscribe">Unsubscribe</a><br>Moorlinde Versicherung AG, Am Moorlindenhof 3, 26129 Oldenburg, Germany</p>
</td></tr></table></body></html>
"""
    return mail(f"Moorlinde Expat News <newsletter@{DOM}>", "expat-news@lists.moorlinde-versicherung.example",
                "Public or private? Health insurance in Germany explained", "2026-04-02 07:00", text, html=html,
                headers=[("List-Unsubscribe", "<https://www.moorlinde-versicherung.example/newsletter/unsubscribe>"),
                         ("Precedence", "bulk")])


@M("NORMAL", "en", "insurer-to-customer",
   "trap: prospect asking about health plans gets generic product information only; no contract, no health or personal data")
def n_prospect_health_info():
    q = """Hello,
I'm moving to Hamburg in September for a new job and my employer says I can
choose between public and private insurance. Could you tell me what plans
you offer and roughly what they cost? I'd also like to know if dental is
included.
Thanks, Kwame Osei"""
    body = f"""Dear Mr Osei,

thank you for your interest in Moorlinde and welcome to Hamburg in advance!

We offer two private health plans for people moving to Germany:

- Komfort International: outpatient, hospital (two-bed room, senior
  physician) and dental in one plan, worldwide cover for trips up to
  eight weeks, English-language service.
- Basis International: the same structure with lower reimbursement for
  dental work and a shared room in hospital.

Both plans can be combined with a deductible of EUR 0, 300, 600 or 1,200
per year, which lowers the premium. Dental treatment is included in both,
with higher limits after the first four years.

The premium depends on your age at entry and the result of the health
questions, so I can't give you a figure without an application. As a
rough orientation, for employees in their thirties Komfort International
with a EUR 600 deductible is typically between EUR 380 and 480 per month
before the employer's contribution (the employer pays half, up to a
statutory maximum).

Before you decide: private insurance is a long-term choice. Returning to
the public system later is only possible under certain conditions. I'd
recommend talking to an independent broker; our partner Fairweather Expat
Brokers advises in English and free of charge.

If you would like an individual offer, you can request one here:
https://www.moorlinde-versicherung.example/en/health/quote

Kind regards

{sig("macleod", "en", "kranken")}

{footer("en", "kranken")}

On 30 March 2026, Kwame Osei wrote:
{quote(q)}
"""
    return mail(who("macleod"), "Kwame Osei <kwame.osei@mailbox-gh.example>",
                "Re: Health insurance options", "2026-03-31 11:46", body)


@M("NORMAL", "en", "insurer-to-partner",
   "treaty renewal meeting with the reinsurer: agenda and ICS invitation; portfolio topics only")
def n_treaty_meeting_ics():
    body = f"""Dear Charlotte, dear James,

as agreed on the phone, here's the invitation for our annual treaty
meeting in Oldenburg. Proposed agenda:

1. Life quota share 2027: portfolio development 2025, lapse rates, new
   business mix (term vs. disability)
2. Health excess of loss: large claims trend and the new cost-guarantee
   process for foreign hospitals
3. Cat XL property: update on the windstorm model after "Gesa"
4. Facultative business: service levels, turnaround times
5. AOB

We'll book a table for dinner on the evening of the 12th. Please let me know
if you need hotel recommendations - the Hotel am Schlossgarten is a
ten-minute walk from our office.

Best regards,
Oliver

{sig("grant", "en")}
"""
    cal = ics("treaty-2026-northgate@" + DOM, "20260512T100000", "20260513T130000",
              "Annual treaty meeting Northgate Re / Moorlinde",
              "Moorlinde Versicherung AG, Am Moorlindenhof 3, 26129 Oldenburg, room Hunte 4.12",
              "Agenda: life QS 2027, health XL, cat XL, fac service levels, AOB.",
              "Oliver Grant:mailto:" + addr("grant"),
              ["CN=Charlotte Ainsworth:mailto:c.ainsworth@northgate-re.example",
               "CN=James Okoro:mailto:j.okoro@northgate-re.example",
               "CN=Bernd Hullmann:mailto:" + addr("hullmann")])
    return mail(who("grant"), "Charlotte Ainsworth <c.ainsworth@northgate-re.example>",
                "Invitation: annual treaty meeting, 12-13 May 2026", "2026-03-25 15:02", body,
                cc="James Okoro <j.okoro@northgate-re.example>, " + who("hullmann"),
                atts=[att("invite.ics", cal)])


@M("NORMAL", "en", "internal",
   "trap: IT ticket about uploads of doctors' invoices failing in the English portal; no customer named")
def n_it_ticket_upload():
    body = f"""Ticket #INC-2026-04417 - Status: In progress - Priority: 2 (high)

Summary: Upload of medical invoices fails in the English customer portal

Hi Fiona,

thanks for reporting this. We can reproduce it:

- Portal language set to English -> "Submit a medical bill" -> choose a PDF
  of more than 2 MB -> error "Upload failed (413)".
- Same file in the German portal works.
- Cause: the English route goes through the old load balancer profile,
  which still has a 2 MB body limit. The German route was moved to the new
  profile in February; the English one was forgotten.

Workaround until the fix is deployed (planned for Thursday evening's
maintenance window): customers can use the mobile app, which isn't
affected, or split the PDF. Please don't ask customers to send invoices by
normal e-mail.

We checked the logs: 37 failed uploads since 3 March, all in the English
portal. As the files never reached our servers, nothing needs to be
deleted.

I'll update the ticket after the deployment.

Regards
Sören

--
{sig("lueschen", "en")}
"""
    return mail(who("lueschen"), who("macleod"),
                "[INC-2026-04417] Upload of medical invoices fails in EN portal", "2026-03-17 10:38", body,
                cc=f"IT Service Desk <it-servicedesk@{DOM}>")


@M("NORMAL", "en", "insurer-to-partner",
   "trap: monthly KPI report to the assistance partner with aggregated case counts (repatriations, hospital admissions); XLSX, no persons")
def n_globeassist_kpi():
    body = f"""Hi Aoife,

attached are our figures for March from the Moorlinde side, so that you can
reconcile them with your monthly service report before our call on Friday.

Headlines:
- 214 cases opened (Feb: 188), of which 61 inpatient admissions abroad
- 9 repatriations (4 stretcher on scheduled flights, 2 air ambulance,
  3 seated with escort)
- average time to first cost guarantee: 3.4 h (target 4 h)
- two cases above the 24 h escalation threshold - both in Spain over the
  Easter weekend, see sheet "Escalations"

I noticed that your February invoice counts 12 repatriations, whereas our
system shows 11. I think one was cancelled before the flight - I'll send
you the case reference through the portal so you can check.

Best,
Malte

{sig("ahlers", "en")}
"""
    x = xlsx([
        ("March 2026", [
            ["Metric", "Jan", "Feb", "Mar", "Target"],
            ["Cases opened", 171, 188, 214, ""],
            ["Outpatient only", 112, 121, 139, ""],
            ["Inpatient admissions", 52, 58, 61, ""],
            ["Repatriations", 7, 11, 9, ""],
            ["Avg. hours to cost guarantee", 3.9, 3.6, 3.4, 4],
            ["Cases > 24 h escalation", 1, 0, 2, 0],
            ["Customer satisfaction (1-5)", 4.4, 4.5, 4.3, 4.2],
        ]),
        ("Top countries", [
            ["Country", "Cases", "Inpatient"],
            ["Spain", 58, 17], ["Austria", 31, 9], ["Italy", 24, 6], ["Thailand", 14, 7],
            ["Turkey", 13, 4], ["USA", 9, 5], ["Other", 65, 13],
        ]),
        ("Escalations", [
            ["Week", "Country", "Reason", "Hours to guarantee"],
            ["KW 14", "Spain", "hospital required guarantee in Spanish original only", 27],
            ["KW 14", "Spain", "holiday staffing at hospital billing office", 31],
        ]),
    ])
    return mail(who("ahlers"), "Aoife Brennan <medops@globeassist.example>",
                "March KPIs - Moorlinde", "2026-04-07 17:12", body,
                atts=[att("Moorlinde_GlobeAssist_KPI_2026-03.xlsx", x)])


@M("NORMAL", "en", "internal",
   "trap: training invitation on handling health data in English correspondence (ICS); no case data")
def n_training_health_data():
    body = f"""Dear colleagues,

many of you write to customers in English every day - and many of those
mails contain health information. To make sure we all follow the same
rules, I'm offering a 90-minute training:

"Health data in English correspondence - what may go by e-mail, what must
go through the secure mailbox"

Topics:
- which data count as health data (hint: more than you think - a
  pharmacy receipt, a hospital stay, the fact that someone has a
  disability policy claim)
- customer consent to unencrypted e-mail: when it is valid, how to record it
- translating medical terms without changing their meaning
- what to do if a customer sends medical reports by normal e-mail
- practical exercises with fictitious cases

The session is in English; questions in German are welcome. Invitation
attached - please accept so I can plan the room.

Best regards
Marieke Janssen

{sig("janssen", "en")}
"""
    cal = ics("training-healthdata-en-2026@" + DOM, "20260422T140000", "20260422T153000",
              "Training: Health data in English correspondence",
              "Hamburg office, room Elbe + Teams",
              "Mandatory for International Customer Service, recommended for claims teams writing in English.",
              "Marieke Janssen:mailto:" + addr("janssen"),
              [f"CN=International Service:mailto:international@{DOM}",
               f"CN=Leistung Kranken:mailto:leistung-kranken@{DOM}"])
    return mail(who("janssen"), f"International Service <international@{DOM}>",
                "Training 22 April: health data in English correspondence", "2026-03-30 09:05", body,
                cc=f"Leistung Kranken <leistung-kranken@{DOM}>",
                atts=[att("Training_health_data_EN.ics", cal)])


@M("NORMAL", "en", "insurer-to-broker",
   "trap: product update for expat brokers with a PDF premium table by age band for an international health plan; no individual")
def n_broker_premium_table():
    body = f"""Dear partners,

from 1 July 2026 our international health plans get two improvements:

1. Maternity waiting period reduced from 8 to 6 months for new contracts.
2. Mental health: outpatient psychotherapy raised from 30 to 40 sessions
   per calendar year, no pre-approval needed for the first 5 sessions.

Premiums for new business remain unchanged. The attached PDF shows the
monthly premiums by entry age for both plans (deductible EUR 600), so you
can give your clients a first orientation. Individual premiums depend on
the health questions.

Existing customers will be informed by letter in May and can switch to the
new conditions without new health questions.

Best regards

{sig("oltmanns", "en")}

{footer("en")}
"""
    lines = [("#", "Moorlinde Krankenversicherung AG - International plans from 01.07.2026"),
             "Monthly premiums in EUR, deductible EUR 600, without statutory care insurance, unisex.",
             "",
             "Entry age     Komfort International     Basis International"]
    for age, k, b in [(20, 241.80, 188.40), (25, 268.10, 206.90), (30, 304.55, 233.70), (35, 351.20, 268.15),
                      (40, 402.90, 307.40), (45, 468.30, 355.80), (50, 546.75, 414.20), (55, 629.10, 477.60)]:
        lines.append("%-13s %-25s %s" % ("%d-%d" % (age, age + 4), ("%.2f" % k).replace(".", ","), ("%.2f" % b).replace(".", ",")))
    lines += ["", "Children (0-20): Komfort 112,40 / Basis 86,90.",
              "Premiums for reference only - no offer. Subject to the health questions.",
              ("=", "For broker use only. Moorlinde Krankenversicherung AG, Am Moorlindenhof 3, 26129 Oldenburg")]
    return mail(who("oltmanns"), "Broker distribution list <makler-international@lists.moorlinde-versicherung.example>",
                "International health plans: improvements from 1 July 2026", "2026-04-15 10:00", body,
                atts=[att("International_premiums_2026-07.pdf", pdf(lines, title="International plans premiums"))])


@M("NORMAL", "en", "insurer-to-customer",
   "portal notification in English without content or data: 'you have a new secure message'")
def n_portal_notification_en():
    body = f"""Hello,

you have received a new secure message from Moorlinde Versicherung.

For your protection, the content is not included in this e-mail. Please
log in to your secure mailbox to read it:

https://securemail.moorlinde-versicherung.example/

The message will be kept for 90 days. If you have forgotten your
password, use "Reset password" on the login page and answer your security
question.

Please do not reply to this e-mail - replies are not read. To answer the
message, use the "Reply" button in the secure mailbox.

Moorlinde Versicherung AG
Am Moorlindenhof 3, 26129 Oldenburg, Germany

Hinweis: Diese Benachrichtigung enthält keine vertraulichen Inhalte.
"""
    return mail(f"Moorlinde Secure Mail <noreply@{DOM}>", "pdesai.hh@webpost.example",
                "You have a new secure message", "2026-02-23 14:17", body,
                headers=[("Auto-Submitted", "auto-generated")])


@M("NORMAL", "en", "internal",
   "trap: German-English glossary of insurance and medical terms for the international desk (DOCX); no persons")
def n_glossary_docx():
    body = f"""Hi all,

as promised in the team meeting, here's version 3 of our glossary. New in
this version: the long-term care terms (Pflegegrad etc.) and a few
accident-insurance words that caused confusion lately (Gliedertaxe!).

Please don't translate "Berufsunfähigkeit" as "invalidity" - it's
"occupational disability". "Invalidity" is reserved for accident
insurance (Invalidität).

Additions welcome - just reply with the German term, your suggestion and
an example sentence.

Fiona

{sig("macleod", "en")}
"""
    d = docx([
        ("#", "Glossary German - English (International Customer Service), v3, April 2026"),
        ("table", [
            ["German", "English", "Note"],
            ["Berufsunfähigkeit (BU)", "occupational disability", "not 'invalidity', not 'income protection'"],
            ["Invalidität", "(permanent) invalidity", "accident insurance only"],
            ["Gliedertaxe", "fixed table of limb values", "explain: % per limb lost/impaired"],
            ["Krankentagegeld", "daily sickness allowance", "self-employed / above threshold"],
            ["Krankenhaustagegeld", "hospital daily cash", ""],
            ["Pflegegrad", "care level (1-5)", "not 'care grade'"],
            ["Pflegetagegeld", "long-term care daily allowance", ""],
            ["Heil- und Kostenplan", "dental treatment plan and cost estimate", ""],
            ["Zahnstaffel", "dental benefit limits in the first years", ""],
            ["Selbstbehalt", "deductible", "not 'excess' for health (UK usage ok for motor)"],
            ["Beitragsrückerstattung", "no-claims premium refund", "health insurance"],
            ["Schadenfreiheitsklasse (SF)", "no-claims class", "motor"],
            ["Leistungsabrechnung", "benefit statement", ""],
            ["Schweigepflichtentbindung", "consent to release medical information", "explain § 203 StGB"],
            ["Notlagentarif", "emergency tariff", "after premium arrears, health"],
            ["Anschlussheilbehandlung (AHB)", "follow-up rehabilitation after hospital", ""],
        ]),
        "Style: use British spelling in letters (as in our templates), but accept US spelling from customers.",
    ], title="Glossary DE-EN v3", author="Fiona MacLeod")
    return mail(who("macleod"), f"International Service <international@{DOM}>",
                "Glossary v3 (DE-EN)", "2026-04-09 16:44", body,
                atts=[att("Glossary_DE-EN_v3.docx", d)])


@M("NORMAL", "en", "insurer-to-partner",
   "trap: press answer to an English-language expat magazine with market statistics on private health insurance for expats; nobody identifiable")
def n_press_courier():
    body = f"""Dear Ms Lindqvist-Hart,

thank you for your questions for your feature on health insurance for
newcomers. Here are our answers; you may quote them in the name of our
press office.

1. How many of your private health customers are foreign nationals?
   About 6,800 of our 142,000 comprehensive health customers (4.8 %) do
   not hold German citizenship. The largest groups are from the UK, India,
   the US and Ireland.

2. What are the most common misunderstandings?
   That private insurance is always cheaper. It can be cheaper at 30,
   but premiums rise with medical costs and there is no free family
   cover. We explain both sides before anyone signs.

3. Do you reject applicants with pre-existing conditions?
   Rarely. In 2025, 81 % of applications were accepted at standard
   terms, 14 % with a surcharge or exclusion, 5 % were declined. Most
   declines concern serious ongoing illnesses where statutory insurance
   is the better choice anyway.

4. What do expats claim most for?
   By number of invoices: GP visits, dental treatment and physiotherapy.
   By amount: hospital stays and births.

Should you need a photo or a short statement from our international
team, please let me know by Friday.

Kind regards

{sig("stuehrenberg", "en")}
Press office: presse@{DOM}
"""
    return mail(who("stuehrenberg"), "Malin Lindqvist-Hart <editor@hamburgcourier.example>",
                "Your questions on health insurance for expats", "2026-02-17 12:30", body)


@M("NORMAL", "en", "internal",
   "trap: anonymised training case study on a disability claim (age band, job type, back condition) with no identifiers")
def n_case_study_anon():
    body = f"""Hi team,

for Thursday's case clinic, here's the anonymised case we'll discuss. All
identifying details have been changed or removed (no names, dates shifted,
age band only), so it's fine to print.

CASE 7 - "The warehouse supervisor"
- Insured person: male, age band 40-44, warehouse shift supervisor
  (50 % desk work, 50 % on the floor), policy started 6 years before
  the claim
- Claim: unable to work because of chronic back pain after a disc
  prolapse; treated conservatively, not operated
- Medical evidence: orthopaedic report says "no heavy lifting, no
  prolonged standing"; the GP says "unable to work"
- Employer offers a pure desk job as shift planner at the same salary

Questions for discussion:
1. How do we describe the "last concrete occupation" here - supervisor,
   or supervisor plus the floor work he actually did?
2. Does the employer's offer matter if he hasn't accepted it
   (concrete vs. abstract referral - check the policy wording!)?
3. What additional evidence would you request, and from whom?
4. How would you explain the outcome to the customer in plain English?

No solutions in advance - we'll work through it together.

Aylin

{sig("demirtas", "en")}
"""
    return mail(who("demirtas"), f"Leistung Leben/BU <leistung-leben@{DOM}>",
                "Case clinic Thursday - case 7 (anonymised)", "2026-03-24 16:02", body,
                cc=f"International Service <international@{DOM}>")


@M("NORMAL", "en", "insurer-to-partner",
   "cooperation draft (DOCX memorandum) with a Dutch partner insurer on cross-border claims service; no persons")
def n_noordzee_mou():
    body = f"""Dear Pieter,

thank you for the productive meeting in Groningen last week. As agreed,
I've put our discussion into a first draft of the memorandum of
understanding - attached. Main points:

- mutual claims handling for motor and property claims of each other's
  customers in the border region (Emsland/Groningen/Drenthe),
- a single contact per company and a 48-hour response target,
- exchange of claims data only via our domain-encrypted mail gateways
  (we've already exchanged certificates in February),
- fee of EUR 95 per handled claim, reviewed annually.

Our legal department still has to look at clause 6 (data protection -
joint controllership or processing on behalf?). I'd suggest we both get our
DPOs to talk before the next draft.

Looking forward to your comments.

Best regards,
Oliver

{sig("grant", "en")}

{footer("en")}
"""
    d = docx([
        ("#", "Memorandum of Understanding - DRAFT v0.3"),
        "between Noordzee Verzekeringen N.V., Groningen, and Moorlinde Versicherung AG, Oldenburg",
        ("#", "1. Purpose"),
        "The parties intend to support each other in handling motor and property claims that arise in the "
        "border region for customers of the other party.",
        ("#", "2. Scope"),
        "Motor third-party liability and own damage; household contents and buildings. Excluded: personal "
        "lines (life, health, accident) and commercial lines.",
        ("#", "3. Service levels"),
        "First response within 48 hours on working days; damage inspection within 5 working days.",
        ("#", "4. Fees"),
        "EUR 95 per handled claim; EUR 180 if an on-site inspection is required.",
        ("#", "5. Communication"),
        "Claims data is exchanged only via the parties' gateway-to-gateway encrypted e-mail (S/MIME domain "
        "certificates) or the secure portal.",
        ("#", "6. Data protection"),
        "[open - to be agreed between the data protection officers]",
        ("#", "7. Term"),
        "Two years from signature, extended by one year unless terminated with three months' notice.",
    ], title="MoU Noordzee - Moorlinde draft 0.3", author="Oliver Grant")
    return mail(who("grant"), "Pieter van der Wal <p.vanderwal@noordzee-verzekeringen.example>",
                "MoU cross-border claims - draft v0.3", "2026-02-26 14:40", body,
                atts=[att("MoU_Noordzee_Moorlinde_v0.3.docx", d)])


@M("NORMAL", "en", "newsletter",
   "trap: customer newsletter with travel health tips (vaccinations, EHIC, medication abroad); general advice only")
def n_travel_tips_newsletter():
    text = """Summer is coming - five things to check before you travel

1. Vaccinations. Check at least six weeks before departure whether you
   need vaccinations for your destination (for example hepatitis A,
   typhoid or yellow fever). Travel vaccinations recommended by the
   Standing Committee on Vaccination are reimbursed by most private
   health plans.

2. Your European Health Insurance Card (EHIC) only works within the
   public systems of EU countries and does not cover return transport.
   Privately insured customers do not have an EHIC - your policy card
   and our travel health cover apply instead.

3. Taking medication abroad? Carry prescription medicines in your hand
   luggage with the original packaging. For some medicines (for example
   strong painkillers) you need a certificate for Schengen countries.

4. Save our 24/7 assistance number in your phone: +49 40 3187-2999.
   Call us before going to hospital abroad if you can - we'll arrange a
   cost guarantee so you don't have to pay upfront.

5. Keep all receipts. Invoices from doctors and pharmacies abroad can be
   submitted through the app - in any language.

Have a wonderful summer!
Your Moorlinde team

Unsubscribe: https://www.moorlinde-versicherung.example/newsletter/unsubscribe
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eef5f2">
<div style="max-width:600px;margin:auto;background:#fff;padding:20px">
<h1 style="color:#2c5f4a;font-size:24px">Summer is coming &ndash; five things to check before you travel</h1>
<ol>
<li><b>Vaccinations.</b> Check at least six weeks before departure whether you need vaccinations for your destination (for example hepatitis A, typhoid or yellow fever).</li>
<li><b>Your EHIC</b> only works within the public systems of EU countries and does not cover return transport.</li>
<li><b>Medication abroad:</b> carry prescription medicines in your hand luggage in the original packaging.</li>
<li><b>Save our 24/7 assistance number:</b> +49&nbsp;40&nbsp;3187-2999.</li>
<li><b>Keep all receipts</b> &ndash; invoices from abroad can be submitted through the app, in any language.</li>
</ol>
<p>Have a wonderful summer!<br>Your Moorlinde team</p>
<p style="font-size:11px;color:#888"><a href="https://www.moorlinde-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</div></body></html>
"""
    return mail(f"Moorlinde Newsletter <newsletter@{DOM}>", "customers-en@lists.moorlinde-versicherung.example",
                "Travelling this summer? 5 health tips before you go", "2026-05-05 07:30", text, html=html,
                headers=[("Precedence", "bulk")])


@M("NORMAL", "en", "internal",
   "trap: weekly statistics of the international desk (calls by language, top topics such as dental and maternity) as CSV; aggregates only")
def n_desk_stats_csv():
    body = f"""Hi Henrike, hi Jan-Hendrik,

weekly numbers for the international desk, week 15:

- 412 contacts (phone 238, e-mail 161, chat 13)
- languages: English 351, German 44, French 9, Spanish 8
- top topics: dental benefits (71), maternity / adding a newborn (38),
  physiotherapy reimbursement (35), motor - UK no-claims bonus (22),
  moving abroad / cancellation (19)
- average handling time e-mail: 1.6 working days (target 2)

The maternity questions keep rising since the newsletter - maybe worth a
short FAQ page? Details per day in the CSV.

Fiona

{sig("macleod", "en")}
"""
    rows = [["date", "contacts", "phone", "email", "chat", "en", "de", "other", "top_topic"],
            ["2026-04-06", "0", "0", "0", "0", "0", "0", "0", "(Easter Monday)"],
            ["2026-04-07", "121", "74", "44", "3", "104", "11", "6", "dental"],
            ["2026-04-08", "98", "55", "39", "4", "83", "11", "4", "maternity"],
            ["2026-04-09", "104", "60", "41", "3", "88", "12", "4", "dental"],
            ["2026-04-10", "89", "49", "37", "3", "76", "10", "3", "physiotherapy"]]
    return mail(who("macleod"), f"{who('poppe')}, {who('oltmanns')}",
                "International desk - KW 15", "2026-04-13 08:31", body,
                atts=[att("intl_desk_KW15.csv", csv_text(rows, delim=","), mtype="text/csv")])


@M("NORMAL", "en", "internal",
   "handover note before holidays listing processes and contacts of the international desk; no cases or customer data")
def n_handover_note():
    body = f"""Hi Jonas, hi Malte,

I'm off from 18 to 29 May. Thanks for covering! A few things so that
nothing falls through the cracks:

- The shared mailbox international@ is checked by Hannes in the morning
  and by Jonas after lunch. Anything health-related goes to leistung-
  kranken@ as usual; please keep replying in English.
- Pending translations: the new maternity FAQ (draft in the team folder,
  needs Henrike's OK) and the English version of the claim form for
  glasses.
- Webinar on 21 May ("Your first year in Germany"): Lena from marketing
  runs the tech, Malte does the travel part. Slides are final.
- Fairweather Expat Brokers want a call about their portal access - I
  told them after my holiday, please don't promise anything.
- My out-of-office points to the shared mailbox, not to you personally.

If anything's really urgent, you can text me, but I'd rather you didn't ;-)

Cheers
Fiona

{sig("macleod", "en")}
"""
    return mail(who("macleod"), f"{who('tebben')}, {who('ahlers')}",
                "Handover 18-29 May", "2026-05-15 16:55", body)


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: API test specification for a software vendor with fictitious test persons (Max Mustermann) and the published example IBAN, zipped")
def n_api_testdata_zip():
    body = f"""Hi Tom,

as discussed, attached is the test package for the broker API (BiPRO 430
style document delivery) for your next sprint. It contains:

- testcases.csv: 6 cases for the document list and download endpoints
- README.txt: expected responses and error codes

All persons in the test data are fictitious (Max and Erika Mustermann
etc.), and the IBAN is the published example IBAN from the German banking
association documentation, so you can use them in your public CI. Please
do NOT use any data from the production extract you got last year - it
must have been deleted by now (you confirmed in January, thanks).

Our test system is available at https://api-test.moorlinde-versicherung.example
with the client certificate we sent separately.

Best,
Sören

{sig("lueschen", "en")}
"""
    tc = csv_text([
        ["case", "broker_no", "customer", "birth_date", "policy", "iban", "expected"],
        ["TC01", "VM-99001", "Max Mustermann (fictitious)", "01.01.1970", "TEST-KF-0001", "DE89370400440532013000", "200 list with 3 docs"],
        ["TC02", "VM-99001", "Erika Mustermann (fictitious)", "12.08.1964", "TEST-HR-0002", "DE89370400440532013000", "200 list with 1 doc"],
        ["TC03", "VM-99001", "Max Mustermann (fictitious)", "01.01.1970", "TEST-KF-0001", "", "200 download PDF"],
        ["TC04", "VM-99002", "(no portfolio rights)", "", "TEST-KF-0001", "", "403 forbidden"],
        ["TC05", "VM-99001", "", "", "TEST-XX-9999", "", "404 not found"],
        ["TC06", "VM-99001", "Max Mustermann (fictitious)", "01.01.1970", "TEST-KF-0001", "DE00370400440532013000", "422 invalid IBAN"],
    ], delim=",")
    readme = ("Moorlinde broker API - test package 2026-03\r\n"
              "All test persons are fictitious. DE89370400440532013000 is the published example IBAN.\r\n"
              "TC06 uses a deliberately invalid IBAN to test validation.\r\n"
              "Endpoints: GET /v2/documents?policy=..., GET /v2/documents/{id}\r\n"
              "Auth: mutual TLS with the test client certificate; no basic auth.\r\n")
    z = zip_files([("testcases.csv", tc.encode("utf-8")), ("README.txt", readme.encode("utf-8"))],
                  when=(2026, 3, 5, 14, 0, 0))
    return mail(who("lueschen"), "Tom Ridley <tom.ridley@policyflow.example>",
                "Broker API test package (sprint 14)", "2026-03-05 14:22", body,
                atts=[att("broker_api_testpackage_2026-03.zip", z)])


@M("NORMAL", "en", "internal",
   "trap: minutes of an expat product workshop discussing maternity waiting periods and mental-health limits in general terms")
def n_workshop_minutes():
    body = f"""Minutes - product workshop "International health 2027"
Date: 11 March 2026, 10:00-12:30, Hamburg
Participants: H. Poppe, P. Raman, F. MacLeod, B. Hullmann, J.-H. Oltmanns
Minutes: P. Raman

1. Maternity waiting period
   Brokers report that the 8-month waiting period is the most common reason
   for losing expat business to competitors (most offer 6 or none with a
   surcharge). Actuarial estimate (B. Hullmann): reducing to 6 months costs
   approx. 0.4 % of premium in the portfolio. -> Decision: 6 months from
   1 July 2026 (already communicated to brokers in April).

2. Mental health
   Claims for outpatient psychotherapy in the international portfolio have
   grown by 22 % per year since 2023, in line with the German market. Limit
   of 30 sessions leads to many complaints. -> Raise to 40 sessions; the
   first 5 without pre-approval.

3. Pre-existing conditions from abroad
   Underwriting asks for a standard list of documents we accept from
   foreign doctors (GP letters, summaries in English). -> P. Raman drafts
   a checklist by end of April.

4. Communication
   F. MacLeod: customers don't understand "Zahnstaffel". -> Use "dental
   limits in the first four years" in all English material.

Next meeting: 10 June 2026.

{sig("raman", "en")}
"""
    return mail(who("raman"), f"{who('poppe')}, {who('macleod')}, {who('hullmann')}, {who('oltmanns')}",
                "Minutes: product workshop International health 2027", "2026-03-12 17:20", body)


@M("NORMAL", "en", "insurer-to-broker",
   "broker portal maintenance window notice in English; no data")
def n_portal_maintenance():
    body = f"""Dear broker partners,

our broker portal and the document API will be unavailable during
scheduled maintenance on

  Saturday, 14 March 2026, 20:00 - Sunday, 15 March 2026, 06:00 CET

During this time you will not be able to log in, download electronic broker
post or submit applications. Your broker management software will receive
an HTTP 503 response; documents will be delivered after the maintenance.

What changes:
- new login page with two-factor authentication for all users of a partner
  firm (firm administrators will be asked to set up their users' second
  factor at the first login);
- faster document search.

Nothing changes for your customers' secure mailbox.

Questions? Contact broker support at +49 441 9370-2100.

Kind regards
Broker Relations

{sig("oltmanns", "en")}
"""
    return mail(who("oltmanns"), "Broker distribution list <makler-international@lists.moorlinde-versicherung.example>",
                "Broker portal maintenance 14/15 March", "2026-03-09 11:00", body, headers=[("Precedence", "bulk")])


@M("NORMAL", "en", "insurer-to-partner",
   "trap: invoice dispute with the assistance partner; the only IBAN is the Irish company's business account")
def n_globeassist_invoice():
    body = f"""Dear Declan,

thank you for invoice GA-INV-2026-0211 for service fees in February
(EUR 23,460.00). We have approved EUR 22,385.00 and ask you for a credit
note for the difference of EUR 1,075.00, for two reasons:

1. Repatriation fees: the invoice lists 12 repatriation case fees, our
   records show 11. One repatriation was cancelled by us before any flight
   was booked; under clause 4.3 of our agreement only the handling fee of
   EUR 120.00 applies instead of EUR 850.00. Difference EUR 730.00. (I'll
   send you the case reference via the portal.)
2. Out-of-hours surcharge on 14 February (EUR 345.00): the case was opened
   at 16:10 Irish time, i.e. within office hours.

The approved amount will be paid on 10 April to your account as stated on
the invoice:

  GlobeAssist Services DAC
  IBAN {iban("IE", "AIBK 9311 5212 3456 78")}
  BIC AIBKIE2D

Please note that our bank details for your credit notes have not changed.

Kind regards

{sig("ahlers", "en")}

{footer("en")}
"""
    return mail(who("ahlers"), "Declan Moriarty <accounts@globeassist.example>",
                "Invoice GA-INV-2026-0211 - partial approval", "2026-03-31 14:02", body,
                cc="Aoife Brennan <medops@globeassist.example>")


@M("NORMAL", "en", "internal",
   "trap: HR job advert draft for a bilingual health claims handler (medical terminology, nursing background welcome) sent as an attached message")
def n_job_advert_fwd():
    advert = """JOB ADVERT - DRAFT 2

Bilingual Claims Handler Health Insurance (m/f/d), English/German
Hamburg, full-time or part-time (min. 30 h), permanent

About the role
You check and settle invoices from doctors, hospitals and therapists for
our international customers, explain our decisions in clear English and
German, and work closely with our medical officer.

What you bring
- training as an insurance clerk, medical assistant, nurse or similar
- confident with medical terminology and German fee scales (GOÄ/GOZ)
  - or the willingness to learn them
- English at C1 level, German at B2 level or above

What we offer
- hybrid working (up to 3 days from home), 30 days' holiday
- salary band E6-E7 of the collective agreement for the insurance industry
- job ticket, company pension, bike leasing

Apply by 15 May 2026 via our careers portal, reference INT-2026-07.
Contact: Petra Hinrichs, Human Resources"""
    inner_msg = inner(who("hinrichs"), who("macleod"), "Stellenanzeige INT-2026-07 – Entwurf 2",
                      "2026-04-20 11:15", advert)
    body = f"""Hi Henrike,

Petra sent me the second draft of the job advert (attached). I've
checked the English and it reads well now. Two small points from my side:
"medical assistant" should probably be "medical assistant (MFA)" so that
German applicants recognise it, and I'd drop "or similar" after nurse -
we've had too many unsuitable applications with that wording.

If you're fine with it, Petra would publish on Monday.

Fiona

{sig("macleod", "en")}
"""
    return mail(who("macleod"), who("poppe"), "Fwd: Job advert bilingual claims handler - draft 2",
                "2026-04-20 14:48", body, atts=[att("Stellenanzeige INT-2026-07.eml", inner_msg)])


@M("NORMAL", "en", "internal",
   "trap: draft website FAQ on submitting doctors' bills and hospital invoices; generic instructions only")
def n_faq_doctors_bills():
    body = f"""Hi Lena,

here's the draft FAQ for the English website, section "Claims". Henrike
has approved the content; could you put it into the CMS?

---

How do I submit doctors' bills?
Take a photo of the invoice with the Moorlinde app or upload a PDF in your
secure mailbox. You don't need to send the originals, but please keep them
for two years. Invoices in English, French, Spanish or Italian are fine;
for other languages we may ask for a translation.

Do I need to pay the hospital myself?
No. Show your Moorlinde card when you're admitted; German hospitals bill
us directly. Abroad, call our 24/7 assistance line first.

What is a prescription (Rezept) and do I need to send it?
For medicines, send the pharmacy receipt together with the prescription.
For physiotherapy, send the prescription with the first invoice.

How long does it take?
Most invoices are settled within five working days. If information is
missing, we'll contact you.

Is it safe to send medical documents by e-mail?
Please don't use normal e-mail for medical documents. Use the app or your
secure mailbox - both are encrypted.

---

Thanks!
Fiona

{sig("macleod", "en")}
"""
    return mail(who("macleod"), who("stuehrenberg"), "EN website: FAQ claims - draft for CMS",
                "2026-02-05 10:12", body)


@M("NORMAL", "mixed", "internal",
   "trap: English question about a German benefit-letter template with «placeholders» (name, diagnosis); no real person")
def n_template_placeholders():
    body = f"""Hi Jonas,

I'm translating our standard letter for partial reimbursement and I'm stuck
on the placeholder logic. This is the German template as it comes out of
the document system:

  „Sehr geehrte(r) «Anrede» «Nachname»,
   zu Ihrer Rechnung vom «Rechnungsdatum» für «Leistungserbringer»
   (Diagnose laut Rechnung: «Diagnose») erstatten wir «Erstattungsbetrag».
   Den Differenzbetrag von «Differenz» können wir nicht übernehmen, weil
   «Begründungstext».“

Two questions:

1. Does «Diagnose» get filled automatically from the invoice? In English
   letters I'd prefer not to repeat the diagnosis at all - customers
   have told us they find it odd to see it in a payment letter.
2. «Anrede» returns "Herr/Frau" - is there an English mapping (Mr/Ms/Mx),
   or do I need a separate field?

My English draft so far:
  "Dear «Salutation» «Surname»,
   regarding your invoice of «InvoiceDate» from «Provider», we will
   reimburse «Amount». We are unable to cover the remaining «Difference»
   because «ReasonText»."

Thanks
Fiona

{sig("macleod", "en")}
"""
    return mail(who("macleod"), who("tebben"), "Template question: Teilerstattung EN",
                "2026-02-11 13:05", body)


@M("NORMAL", "mixed", "insurer-to-partner",
   "English mail to a UK reinsurer quoting a German supervisory reporting requirement; portfolio and process only")
def n_reinsurer_bafin_excerpt():
    body = f"""Dear James,

you asked why we need the additional counterparty information from you by
the end of the month. The background is the new German supervisory
circular on outsourcing and reinsurance counterparties. The relevant
passage reads:

  „Das Versicherungsunternehmen hat für jeden Rückversicherer, dessen
   Anteil am abgegebenen Geschäft 10 % übersteigt, jährlich eine
   Bewertung der Bonität und der operativen Zuverlässigkeit
   vorzunehmen und zu dokumentieren. Hierzu gehören insbesondere das
   aktuelle Rating, die Solvenzquote sowie Angaben zu wesentlichen
   Auslagerungen des Rückversicherers.“

In short: because Northgate Re's share in our ceded business is above
10 %, we have to assess and document your credit quality and operational
reliability every year - current rating, solvency ratio and your own
material outsourcing arrangements.

What we need from you:
1. your latest SFCR (public version is fine),
2. confirmation of your current financial strength rating,
3. a short list of material outsourcing (e.g. IT, claims handling) with
   the country of the service provider.

No policy- or claims-level data is needed for this.

Many thanks,
Oliver

{sig("grant", "en")}
"""
    return mail(who("grant"), "James Okoro <j.okoro@northgate-re.example>",
                "Counterparty assessment 2026 - what we need and why", "2026-02-04 11:31", body)


# ------------------------------------------------ normal (2): German internal, suppliers, statistics

@M("NORMAL", "de", "internal",
   "trap: quarterly health claims statistics by ICD chapter (XLSX), aggregated, no individual")
def n_icd_statistik_xlsx():
    body = f"""Hallo Henrike,

anbei die Leistungsstatistik Krankenvoll für Q1 2026 nach ICD-Kapiteln,
wie für die Vorstandsvorlage gewünscht. Auffällig:

- Kapitel V (psychische Störungen) weiter stark steigend: +14 % Fälle,
  +19 % Leistungen gegenüber Q1 2025.
- Kapitel XIII (Muskel-Skelett) bleibt der größte Block nach Betrag.
- Kapitel II (Neubildungen): weniger Fälle, aber +9 % Durchschnittskosten,
  getrieben durch neue onkologische Arzneimittel.

Zellen unter 5 Fällen habe ich unter „Sonstige“ zusammengefasst, damit die
Tabelle auch an den Aufsichtsrat gehen kann.

Viele Grüße
Bernd

{sig("hullmann", "de")}
"""
    x = xlsx([("Q1 2026", [
        ["ICD-Kapitel", "Bezeichnung", "Fälle Q1 2025", "Fälle Q1 2026", "Leistung Q1 2025 TEUR", "Leistung Q1 2026 TEUR", "Veränderung Betrag %"],
        ["II", "Neubildungen", 1184, 1120, 6810, 7042, 3.4],
        ["IV", "Endokrine, Ernährungs- und Stoffwechselkrankheiten", 3920, 4105, 1204, 1288, 7.0],
        ["V", "Psychische und Verhaltensstörungen", 2211, 2521, 3012, 3584, 19.0],
        ["IX", "Krankheiten des Kreislaufsystems", 4470, 4602, 5530, 5711, 3.3],
        ["X", "Krankheiten des Atmungssystems", 6890, 6122, 1877, 1690, -10.0],
        ["XIII", "Muskel-Skelett-System", 8312, 8650, 7904, 8233, 4.2],
        ["XIX", "Verletzungen, Vergiftungen", 2760, 2844, 3321, 3406, 2.6],
        ["", "Sonstige (inkl. Zellen < 5 Fälle)", 12004, 12380, 8710, 8902, 2.2],
        ["", "Summe", 41751, 42344, 38368, 39856, 3.9],
    ])])
    return mail(who("hullmann"), who("poppe"), "Leistungsstatistik Q1 nach ICD-Kapiteln",
                "2026-04-16 13:40", body, atts=[att("Leistungsstatistik_KV_Q1_2026.xlsx", x)])


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for first-aid kits and defibrillator pads for the office buildings")
def n_bestellung_erste_hilfe():
    body = f"""Sehr geehrte Frau Lohmann,

wir bestellen hiermit gemäß Ihrem Angebot AN-2026-0388 vom 02.03.2026:

  Pos. 1  12 x Betriebsverbandkasten DIN 13157, Wandhalterung   à  48,90 EUR
  Pos. 2   6 x Nachfüllset DIN 13157                            à  29,50 EUR
  Pos. 3   4 x Elektrodenpads Erwachsene für AED Philips FRx     à  62,00 EUR
  Pos. 4   1 x Kinder-Schlüssel (Pads) für AED Philips FRx       à 118,00 EUR
  Pos. 5   2 x Akku für AED Philips FRx                          à 189,00 EUR

Summe netto: 1.518,80 EUR zzgl. MwSt.

Lieferanschrift: Moorlinde Versicherung AG, Warenannahme Tor 2,
Am Moorlindenhof 3, 26129 Oldenburg (Mo–Fr 7:30–15:00).
Bitte geben Sie auf Lieferschein und Rechnung unsere Bestellnummer
BE-2026-01157 an. Rechnung bitte als PDF an rechnungseingang@{DOM}.

Die Pads laufen in unserem Hamburger Büro im Mai ab; wäre eine
Teillieferung der Pos. 3 direkt dorthin möglich (Sandtorhöft 12,
20457 Hamburg, 4. OG)?

Mit freundlichen Grüßen

{sig("meiners", "de")}

{footer("de")}
"""
    return mail(who("meiners"), "Medibedarf Weser Vertrieb <vertrieb@medibedarf-weser.example>",
                "Bestellung BE-2026-01157 – Verbandkästen und AED-Zubehör", "2026-03-04 08:40", body)


@M("NORMAL", "de", "newsletter",
   "trap: broker newsletter on the new dental supplement tariff (implants, orthodontics, waiting periods); product information only")
def n_vertriebsnewsletter_zahn():
    text = """Moorlinde Maklernews 03/2026

Neu ab 1. April: Zahn90 Plus

Liebe Vertriebspartnerinnen und Vertriebspartner,

mit Zahn90 Plus bieten wir ab April einen Zahnzusatztarif, der die häufigsten
Kundenfragen direkt beantwortet:

• 90 % Erstattung für Zahnersatz inkl. Implantate und Inlays,
  auch bei Vorleistung der GKV-Festzuschüsse
• Kieferorthopädie für Kinder bis 18 Jahre: 80 % bis 2.000 EUR
  (KIG 1–2 inklusive)
• Professionelle Zahnreinigung: 150 EUR pro Jahr, ohne Wartezeit
• Zahnstaffel nur in den ersten drei Jahren (bisher vier)
• keine Wartezeit bei Unfall

Gesundheitsfragen: nur drei Fragen (fehlende Zähne, laufende Behandlung,
Parodontitis in den letzten drei Jahren).

Beitragsbeispiele (monatlich): 25 Jahre 14,90 EUR · 40 Jahre 23,40 EUR ·
55 Jahre 36,10 EUR.

Online-Schulung: 24. März, 10 Uhr, Anmeldung im Maklerportal.

Ihr Team der Maklerbetreuung

Sie erhalten diesen Newsletter als registrierter Vertriebspartner.
Abmelden: https://makler.moorlinde-versicherung.example/newsletter
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#2c5f4a">Moorlinde Maklernews 03/2026</h2>
<h3>Neu ab 1. April: Zahn90 Plus</h3>
<ul>
<li>90&nbsp;% Erstattung für Zahnersatz inkl. Implantate und Inlays</li>
<li>Kieferorthopädie für Kinder bis 18 Jahre: 80&nbsp;% bis 2.000&nbsp;EUR (KIG 1&ndash;2 inklusive)</li>
<li>Professionelle Zahnreinigung: 150&nbsp;EUR pro Jahr, ohne Wartezeit</li>
<li>Zahnstaffel nur in den ersten drei Jahren</li>
<li>keine Wartezeit bei Unfall</li>
</ul>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Eintrittsalter</th><th>Monatsbeitrag</th></tr>
<tr><td>25</td><td>14,90&nbsp;EUR</td></tr>
<tr><td>40</td><td>23,40&nbsp;EUR</td></tr>
<tr><td>55</td><td>36,10&nbsp;EUR</td></tr>
</table>
<p>Online-Schulung: 24.&nbsp;März, 10&nbsp;Uhr, Anmeldung im Maklerportal.</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter als registrierter Vertriebspartner. <a href="https://makler.moorlinde-versicherung.example/newsletter">Abmelden</a></p>
</body></html>
"""
    return mail(f"Moorlinde Maklerbetreuung <maklernews@{DOM}>", "maklernews@lists.moorlinde-versicherung.example",
                "Maklernews 03/2026: Zahn90 Plus startet im April", "2026-03-10 06:45", text, html=html,
                headers=[("Precedence", "bulk")])


@M("NORMAL", "de", "internal",
   "trap: job advert for a medical assistant (MFA) in the company doctor's team; no applicant named")
def n_stellenanzeige_mfa():
    body = f"""Liebe Kolleginnen und Kollegen,

wir suchen zum 1. Juli Verstärkung für das Team unseres Gesellschaftsarztes.
Vielleicht kennt jemand von euch jemanden? Für erfolgreiche Empfehlungen gibt
es wie immer die Prämie aus dem Programm „Kollegen werben Kollegen“.

Medizinische Fachangestellte (m/w/d) für die Risikoprüfung Leben/Kranken
Oldenburg · Vollzeit oder Teilzeit (ab 25 Std.) · unbefristet

Deine Aufgaben:
- Du wertest ärztliche Berichte, Befunde und Laborwerte für die
  Risikoprüfung aus und bereitest sie für den Gesellschaftsarzt auf.
- Du forderst Arztberichte an und hältst Kontakt zu Praxen und Kliniken.
- Du pflegst unsere Diagnose- und Medikamentenschlüssel.

Das bringst du mit:
- abgeschlossene Ausbildung als MFA, gern mit Berufserfahrung
- sicherer Umgang mit medizinischer Fachsprache und ICD-10
- Verschwiegenheit ist für dich selbstverständlich

Wir bieten: Tarifvertrag der Versicherungswirtschaft, 38-Stunden-Woche,
keine Wochenend- und Nachtdienste (!), mobiles Arbeiten nach Einarbeitung.

Bewerbungen bis 30.04. über das Karriereportal, Kennziffer OL-2026-11.

Viele Grüße
Petra Hinrichs

{sig("hinrichs", "de")}
"""
    return mail(who("hinrichs"), f"Alle Mitarbeitenden Oldenburg <alle-ol@{DOM}>",
                "Wir suchen: MFA für die Risikoprüfung (Kollegen werben Kollegen)", "2026-03-26 12:00", body)


@M("NORMAL", "de", "internal",
   "trap: minutes of the data-protection jour fixe about health data and consent (ODT); no individual cases")
def n_ds_jourfixe_odt():
    body = f"""Hallo zusammen,

anbei das Protokoll unseres Datenschutz-Jour-fixe vom 18.02. Bitte bis
Freitag Korrekturen an mich, danach geht es in den Ordner.

Viele Grüße
Marieke

{sig("janssen", "de")}
"""
    o = odt([
        ("#", "Protokoll Datenschutz-Jour-fixe, 18.02.2026"),
        "Teilnehmende: M. Janssen (DSB), Dr. H. Poppe, S. Lüschen, F. MacLeod, K. Bruns",
        ("#", "TOP 1 Einwilligungen zum unverschlüsselten E-Mail-Versand"),
        "Seit Einführung der Einwilligungserklärung im Kundenportal (11/2025) haben 1.842 Kundinnen und Kunden eingewilligt, "
        "Gesundheitsdaten per TLS-E-Mail zu erhalten. Ohne Einwilligung gehen Gesundheitsdaten weiterhin nur über das "
        "sichere Postfach. Beschluss: Die Einwilligung wird künftig auch im englischen Portal angeboten (Übersetzung: F. MacLeod).",
        ("#", "TOP 2 Arztberichte per Fax"),
        "Einige Praxen schicken Befundberichte noch per Fax. Das Faxgerät in der Leistungsabteilung wird zum 30.06. abgeschaltet; "
        "Praxen werden auf das Upload-Portal hingewiesen. Verantwortlich: Dr. H. Poppe.",
        ("#", "TOP 3 Löschfristen Schadenakten Sach"),
        "Prüfung ergab, dass Sach-Schadenakten mit Personenschaden teilweise länger als zehn Jahre gespeichert sind. "
        "S. Lüschen klärt bis April einen automatischen Löschlauf.",
        ("#", "TOP 4 Verschiedenes"),
        "Nächster Termin: 22.04.2026.",
    ])
    return mail(who("janssen"), f"{who('poppe')}, {who('lueschen')}, {who('macleod')}, {who('bruns')}",
                "Protokoll DS-Jour-fixe 18.02.", "2026-02-19 15:20", body,
                atts=[att("Protokoll_DS-JF_2026-02-18.odt", o)])


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: order for certified destruction of old medical reports and claims files (data carrier destruction, security level); no patient named")
def n_aktenvernichtung():
    body = f"""Sehr geehrter Herr Wulf,

wie besprochen beauftragen wir Sie mit der Vernichtung der Altakten aus dem
Archiv der Leistungsabteilung Kranken (Aufbewahrungsfrist abgelaufen,
Löschfreigabe der Datenschutzbeauftragten liegt vor):

- ca. 140 Archivkartons Leistungsakten mit Arztrechnungen und Befundberichten,
  Jahrgänge 2009–2013
- 9 Sicherheitsbehälter mit Fehldrucken aus der Poststelle

Anforderungen:
- Schutzklasse 3, Sicherheitsstufe P-5 nach DIN 66399
- Abholung in verplombten Behältern, Vernichtung in Ihrem Werk
  Delmenhorst, kein Zwischenlager
- Vernichtungsprotokoll mit Gewicht je Behälter

Abholtermin: Mittwoch, 25.03.2026, ab 8:00 Uhr, Rampe Tor 2. Herr Tobias
Hemken aus unserem Archiv begleitet die Verladung.

Rahmenvertrag RV-2024-017, Preis gemäß Anlage 2 (14,50 EUR je Karton,
22,00 EUR je Behälter).

Mit freundlichen Grüßen

{sig("meiners", "de")}

{footer("de")}
"""
    return mail(who("meiners"), "Rüdiger Wulf <disposition@aktenwolf.example>",
                "Auftrag Aktenvernichtung Archiv Leistung Kranken – 25.03.", "2026-03-13 10:22", body,
                cc=who("janssen"))


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: proof of a premium-increase cover letter template with «placeholders» for the print service provider; no real customer")
def n_druck_korrekturabzug():
    body = f"""Hallo Frau Sänger,

anbei unsere Korrekturen zum Korrekturabzug des Anschreibens
Beitragsanpassung KV 2026 (Ihr Auftrag 26-1142):

1. Seite 1, Absatz 2: „«Anrede» «Titel» «Nachname»“ – wenn kein Titel
   vorhanden ist, entsteht ein doppeltes Leerzeichen. Bitte Feld
   «Titel» mit nachfolgendem Leerzeichen ausgeben.
2. Die Tabelle „Ihr Beitrag ab 01.04.2026“ bricht bei mehr als vier Tarifen
   auf Seite 2 um – bitte die Kopfzeile wiederholen.
3. Beim Musterdatensatz steht als Versicherte Person „Erika Musterfrau,
   geb. 01.01.1970“ – das bitte im Produktionslauf natürlich durch das
   Feld «VP_Name» ersetzen, nicht fest drucken. (Im letzten Jahr ist das
   bei einem anderen Dienstleister schiefgegangen …)
4. Beileger „Informationen zur Beitragsanpassung“ in Version 03/2026.

Die Daten für den Produktionslauf (ca. 38.000 Sendungen) bekommen Sie wie
gewohnt über die SFTP-Strecke, nicht per Mail.

Freigabe erteile ich nach dem zweiten Korrekturabzug.

Viele Grüße

{sig("stuehrenberg", "de")}
"""
    return mail(who("stuehrenberg"), "Anke Sänger <a.saenger@druckhaus-weserland.example>",
                "Korrekturen Anschreiben BAP KV 2026 (Auftrag 26-1142)", "2026-02-03 09:48", body)


@M("NORMAL", "de", "internal",
   "trap: water damage in the tenant dental practice on the ground floor of the insurer's own building; facility matter, no patient data")
def n_wasser_zahnarztpraxis():
    body = f"""Moin zusammen,

kurze Info, damit sich niemand wundert: Heute Nacht ist im 1. OG (Teeküche
Marketing) ein Schlauch am Geschirrspüler abgerissen. Das Wasser ist durch
die Decke in die Zahnarztpraxis im Erdgeschoss gelaufen, die bei uns
Mieterin ist (Eingang Gartenseite).

Stand jetzt:
- In der Praxis sind der Wartebereich und ein Behandlungszimmer betroffen,
  die Deckenplatten sind runtergekommen. Die Behandlungseinheit war
  abgedeckt und ist laut Praxisinhaberin wohl in Ordnung, das prüft der
  Dentaltechniker heute Nachmittag.
- Die Praxis hat die Patiententermine für heute und morgen abgesagt bzw.
  in ihre Zweigpraxis verlegt. Unterlagen und Röntgenbilder sind nicht
  betroffen (Server und Archiv im Keller, anderer Gebäudeteil).
- Trocknungsfirma ist bestellt, Gutachter kommt Donnerstag.
- Schadenmeldung an unseren Gebäudeversicherer ist raus (ja, wir haben
  einen eigenen, nicht uns selbst …). Die Praxis meldet den Inventar-
  und Ertragsausfallschaden bei ihrer eigenen Versicherung.

Bitte die Teeküche im 1. OG bis auf Weiteres nicht benutzen.

Gruß
Hauke

{sig("meiners", "de")}
"""
    return mail(who("meiners"), f"Alle Mitarbeitenden Oldenburg <alle-ol@{DOM}>",
                "Wasserschaden 1. OG / Zahnarztpraxis EG", "2026-01-20 08:12", body)


@M("NORMAL", "de", "internal",
   "trap: department move of health claims with file trolleys of doctors' reports; logistics only, no persons")
def n_umzug_leistung():
    body = f"""Liebe Kolleginnen und Kollegen der Leistung Kranken,

der Umzug eurer Abteilung vom 2. in den 3. Stock findet am Freitag,
27.02., ab 13 Uhr statt. Damit alles reibungslos läuft:

- Bitte packt eure persönlichen Sachen bis Freitag 12 Uhr in die
  nummerierten Kisten (Etiketten liegen ab Mittwoch aus).
- Akten mit Arztberichten, Rechnungen und Gutachten werden NICHT in Kisten
  gepackt, sondern bleiben in den abschließbaren Aktenwagen. Die Wagen
  werden von unseren eigenen Hausmeistern gefahren, nicht von der
  Umzugsfirma. Bitte die Wagen abschließen und den Schlüssel bei Frau
  Poppe abgeben.
- Rechner bitte herunterfahren, nicht abbauen – das macht die IT.
- Telefonnummern bleiben gleich.

Am Montag gibt es ab 9 Uhr Kaffee und Franzbrötchen im neuen Sozialraum
(Raum 3.08).

Viele Grüße
Hauke Meiners

{sig("meiners", "de")}
"""
    return mail(who("meiners"), f"Leistung Kranken <leistung-kranken@{DOM}>",
                "Umzug in den 3. Stock am 27.02.", "2026-02-20 10:30", body, charset="windows-1252")


@M("NORMAL", "de", "insurer-to-partner",
   "trap: comments to the insurers' association on a long-term care reform draft with care-level statistics (PDF); aggregates only")
def n_verband_pflege_pdf():
    body = f"""Sehr geehrte Frau Dr. Rehberg,

zum Entwurf der Stellungnahme des Verbands Norddeutscher Versicherer zur
Pflegereform 2026 senden wir Ihnen unsere Anmerkungen (PDF anbei).

Kurz zusammengefasst unterstützen wir die Position des Verbands, bitten aber
um zwei Ergänzungen:

1. Die Zahlen zur Entwicklung der Pflegegrade sollten auch die private
   Pflegepflichtversicherung abbilden; wir stellen dafür gern unsere
   aggregierten Bestandszahlen zur Verfügung.
2. Die Dynamisierung der Pflegegeldleistungen sollte nicht pauschal,
   sondern an die tatsächliche Kostenentwicklung der ambulanten Dienste
   gekoppelt werden.

Mit freundlichen Grüßen

{sig("tjaden", "de")}

{footer("de")}
"""
    p = pdf([
        ("#", "Anmerkungen der Moorlinde Krankenversicherung AG"),
        "zum Entwurf der VNV-Stellungnahme „Pflegereform 2026“ (Stand 09.03.2026)",
        "",
        ("#", "1. Entwicklung der Pflegegrade im eigenen Bestand (PPV)"),
        "Pflegebedürftige Versicherte zum 31.12.:        2022        2023        2024        2025",
        "Pflegegrad 1                                  412         455         498         541",
        "Pflegegrad 2                                  988       1.046       1.112       1.163",
        "Pflegegrad 3                                  701         733         768         802",
        "Pflegegrad 4                                  354         361         372         380",
        "Pflegegrad 5                                  141         139         146         150",
        "Summe                                       2.596       2.734       2.896       3.036",
        "",
        "Der Anteil der Pflegegrade 1 und 2 ist von 53,9 % auf 56,1 % gestiegen; Hauptursache sind "
        "demenzielle Erkrankungen, die seit 2017 stärker berücksichtigt werden.",
        "",
        ("#", "2. Dynamisierung"),
        "Eine Kopplung an die Kostenentwicklung der ambulanten Pflegedienste erscheint uns sachgerechter "
        "als eine pauschale Anhebung.",
        ("=", "Moorlinde Krankenversicherung AG, Pflege-Leistung, März 2026"),
    ], title="Anmerkungen Pflegereform 2026")
    return mail(who("tjaden"), "Dr. Silke Rehberg <s.rehberg@vnv-verband.example>",
                "Stellungnahme Pflegereform – Anmerkungen Moorlinde", "2026-03-19 16:06", body,
                atts=[att("Moorlinde_Anmerkungen_Pflegereform_2026.pdf", p)])


@M("NORMAL", "de", "insurer-to-supplier",
   "framework contract and NDA with a translation agency for medical and insurance texts; prices, no personal data")
def n_uebersetzungsbuero():
    body = f"""Sehr geehrte Frau Dr. Okafor-Stein,

vielen Dank für Ihr Angebot vom 24.02. Wir möchten die Zusammenarbeit mit
Wortbrücke Übersetzungen wie besprochen auf einen Rahmenvertrag stellen:

- Sprachen: Englisch, Französisch, Spanisch, Polnisch, Türkisch ↔ Deutsch
- Fachgebiete: medizinische Berichte, Gutachten, Versicherungsbedingungen
- Preise: 1,65 EUR je Normzeile (55 Zeichen), Eilzuschlag 30 %,
  beglaubigte Übersetzungen zzgl. 15 EUR je Dokument
- Lieferzeit Standard: 5 Arbeitstage bis 20 Normzeilen

Da Sie medizinische Unterlagen unserer Versicherten übersetzen werden,
benötigen wir vor dem ersten Auftrag:

1. den unterschriebenen Vertrag zur Auftragsverarbeitung (Art. 28 DSGVO),
2. die Verpflichtung Ihrer Übersetzerinnen und Übersetzer auf die
   Verschwiegenheit nach § 203 Abs. 4 StGB,
3. die Bestätigung, dass Dokumente nur über unser sicheres Portal
   ausgetauscht und nicht mit maschinellen Übersetzungsdiensten Dritter
   verarbeitet werden.

Die Entwürfe schicke ich Ihnen diese Woche über das Portal.

Mit freundlichen Grüßen

{sig("meiners", "de")}

{footer("de")}
"""
    return mail(who("meiners"), "Dr. Grace Okafor-Stein <g.okafor-stein@wortbruecke.example>",
                "Rahmenvertrag Übersetzungen – nächste Schritte", "2026-03-02 11:49", body,
                cc=who("macleod"))


@M("NORMAL", "de", "internal",
   "canteen menu and summer party announcement; nothing sensitive")
def n_kantine_sommerfest():
    body = f"""Liebe Kolleginnen und Kollegen,

zwei gute Nachrichten aus dem Betriebsrestaurant:

1. Speiseplan KW 24
   Mo  Grünkohl ist vorbei – dafür Spargel mit Kartoffeln und Sauce
       hollandaise (vegetarisch) oder mit Schinken
   Di  Linsen-Dal mit Basmatireis (vegan)
   Mi  Labskaus mit Spiegelei und Rote Bete
   Do  Pasta-Bar
   Fr  Matjes nach Hausfrauenart / Ofengemüse mit Feta

2. Sommerfest am Freitag, 26. Juni, ab 15 Uhr im Innenhof
   Mit Grill, Eiswagen, der Band „Die Selbstbeteiligten“ und dem
   traditionellen Boßel-Turnier der Abteilungen. Die Anmeldung für die
   Teams läuft bis 12. Juni über das Intranet. Partnerinnen, Partner und
   Kinder sind herzlich willkommen.

Guten Appetit!
Euer Team Gebäudemanagement

{sig("meiners", "de")}
"""
    return mail(who("meiners"), f"Alle Mitarbeitenden Oldenburg <alle-ol@{DOM}>",
                "Speiseplan KW 24 + Einladung Sommerfest", "2026-06-05 09:00", body)


@M("NORMAL", "de", "insurer-to-customer",
   "out-of-office auto-reply of a motor claims handler to an external sender; no data")
def n_abwesenheit():
    body = f"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 13. April 2026, nicht im Büro und
kann Ihre E-Mail erst danach lesen. Ihre Nachricht wird nicht automatisch
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Team Kfz-Schaden:
Telefon +49 441 9370-3300, schaden-kfz@{DOM}.
Bei einem Unfall erreichen Sie unsere Schadenhotline rund um die Uhr
unter +49 441 9370-3999.

Mit freundlichen Grüßen
Tobias Wübbenhorst

Thank you for your message. I am out of the office until 13 April 2026.
For urgent matters please contact schaden-kfz@{DOM}.
"""
    return mail(who("wuebbenhorst"), "Jelte Abbenseth <jelte.abbenseth@webpost.example>",
                "Automatische Antwort: Rückrufbitte", "2026-04-02 18:41", body,
                headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                irt="<20260402184108.33a1@webpost.example>")


@M("NORMAL", "de", "insurer-to-partner",
   "exchange of S/MIME domain certificates with a hospital group for gateway encryption; technical, no patient data")
def n_domaenenzertifikat():
    body = f"""Sehr geehrter Herr Brakenhoff,

wie in der Telefonkonferenz vereinbart, richten wir die Gateway-zu-Gateway-
Verschlüsselung zwischen dem Klinikverbund Weser-Ems und der Moorlinde ein,
damit Kostenübernahmen, Rechnungen und Entlassberichte künftig automatisch
verschlüsselt übertragen werden.

Unser Domänenzertifikat für {DOM}:
  Aussteller:      Nordlicht Trust CA G3
  Seriennummer:    4F:2A:91:0C:7D:18:E3:55
  Gültig bis:      31.03.2028
  SHA-256-Fingerabdruck:
  9C:41:7E:0B:D2:55:18:6F:A3:CC:90:2E:71:4B:08:E6:
  1D:F9:33:A0:5C:87:42:BE:16:D4:7A:29:C0:E8:93:5B

Das Zertifikat selbst finden Sie in unserem Verzeichnisdienst bzw. als
Anhang der signierten Mail, die gleich separat kommt. Bitte gleichen Sie
den Fingerabdruck telefonisch mit mir ab, bevor Sie es importieren.

Für Ihre Domains klinikverbund-weser-ems.example und
klinikum-ammerland-sued.example benötigen wir im Gegenzug Ihr
Domänenzertifikat. Sobald beide Seiten eingerichtet sind, schlage ich
einen Testversand mit einer Dummy-Nachricht (ohne Patientendaten) vor.

Mit freundlichen Grüßen

{sig("lueschen", "de")}

{footer("de")}
"""
    return mail(who("lueschen"), "Jens Brakenhoff <it-security@klinikverbund-weser-ems.example>",
                "Gateway-Verschlüsselung: unser Domänenzertifikat", "2026-02-09 14:15", body)


@M("NORMAL", "de", "internal",
   "trap: staff flu-vaccination campaign with the company physician (dates, rooms); no individual health data")
def n_grippeimpfung():
    body = f"""Liebe Kolleginnen und Kollegen,

auch in diesem Herbst bietet unser Betriebsarzt, Herr Dr. Schmeding vom
Arbeitsmedizinischen Dienst Oldenburg, wieder die Grippeschutzimpfung im
Haus an:

  Oldenburg: Di 13.10. und Mi 14.10., 9–12 und 13–15 Uhr, Raum 0.14
  Hamburg:   Do 15.10., 10–14 Uhr, Besprechungsraum Elbe

Geimpft wird mit dem aktuellen Vierfach-Impfstoff. Bitte bringt euren
Impfpass mit, falls vorhanden. Die Terminbuchung läuft über das Intranet
(Service → Gesundheit → Grippeimpfung); die Liste sieht nur der
Betriebsarzt, nicht die Personalabteilung oder eure Führungskraft.

Wer akut krank ist oder Fieber hat, wartet bitte bis zum Nachholtermin im
November.

Bleibt gesund!
Petra Hinrichs

{sig("hinrichs", "de")}
"""
    return mail(who("hinrichs"), f"Alle Mitarbeitenden <alle@{DOM}>",
                "Grippeschutzimpfung im Haus – Termine Oktober", "2026-09-21 10:00", body)


@M("NORMAL", "de", "insurer-to-broker",
   "trap: broker training invitation on occupational disability underwriting (ICS); no client data")
def n_maklerschulung_bu():
    body = f"""Liebe Maklerinnen und Makler,

Berufsunfähigkeit verkauft sich nicht nebenbei – und die Gesundheitsfragen
sind der häufigste Stolperstein. Deshalb laden wir Sie herzlich ein:

„BU sicher beraten: Gesundheitsfragen, Risikovoranfrage, Leistungsfall“
Dienstag, 5. Mai 2026, 9:30–13:00 Uhr, Moorlinde Oldenburg (oder online)

Themen:
- Wie weit reichen die Gesundheitsfragen wirklich zurück?
- Psychische Vorerkrankungen: was wir annehmen, was nicht
- Die anonyme Risikovoranfrage richtig stellen
- Was im Leistungsfall passiert – mit Beispielen aus der Praxis
  (anonymisiert)

Referenten: Dr. Carsten Feldhaus (Gesellschaftsarzt), Aylin Demirtaş
(Leistungsprüfung BU). Die Veranstaltung ist mit 3 Stunden
Weiterbildungszeit nach IDD anerkannt.

Anmeldung bitte bis 28. April über das Maklerportal oder einfach die
Einladung im Anhang annehmen.

Mit freundlichen Grüßen

{sig("oltmanns", "de")}
"""
    cal = ics("bu-schulung-2026-05@" + DOM, "20260505T093000", "20260505T130000",
              "Maklerschulung: BU sicher beraten",
              "Moorlinde Versicherung AG, Am Moorlindenhof 3, Oldenburg / online",
              "Gesundheitsfragen, Risikovoranfrage, Leistungsfall. 3 Stunden IDD-Weiterbildung.",
              "Jan-Hendrik Oltmanns:mailto:" + addr("oltmanns"),
              ["CN=Maklerverteiler:mailto:makler@lists.moorlinde-versicherung.example"])
    return mail(who("oltmanns"), "Maklerverteiler <makler@lists.moorlinde-versicherung.example>",
                "Einladung: BU sicher beraten – 5. Mai", "2026-04-08 09:30", body,
                atts=[att("Einladung_BU-Schulung.ics", cal)], headers=[("Precedence", "bulk")])


@M("NORMAL", "de", "internal",
   "trap: IT ticket about a stuck scanning queue for doctors' invoices; technical only, no customer")
def n_ticket_scanqueue():
    body = f"""[INC-2026-03188] Scan-Queue „Arztrechnungen_Eingang“ hängt

Hallo Frau Poppe,

kurzer Zwischenstand zu Ihrem Ticket von heute früh:

Ursache: Nach dem Zertifikatswechsel am Wochenende konnte der
Scan-Server die Verbindung zum OCR-Dienst nicht mehr aufbauen. Die
gescannten Arztrechnungen und Arztberichte seit Samstag (ca. 2.300
Dokumente) liegen vollständig in der Warteschlange, es ist nichts
verloren gegangen.

Maßnahme: Zertifikatskette auf dem Scan-Server um 10:40 Uhr aktualisiert,
die Queue läuft wieder. Die Abarbeitung dauert nach unserer Schätzung bis
ca. 15 Uhr. Die Dokumente landen danach wie gewohnt im Eingangskorb der
Sachbearbeitung – nach Scan-Datum sortiert, nicht nach Eingang in die
Queue.

Ich schließe das Ticket, sobald die Queue leer ist.

Viele Grüße
Sören Lüschen

{sig("lueschen", "de")}
"""
    return mail(who("lueschen"), who("poppe"), "[INC-2026-03188] Scan-Queue Arztrechnungen hängt – gelöst",
                "2026-03-02 10:52", body, cc=f"IT-Servicedesk <it-servicedesk@{DOM}>")


@M("NORMAL", "de", "internal",
   "trap: quarterly complaints report by category (health benefits, care, motor) with counts only")
def n_beschwerdebericht():
    body = f"""Liebe Bereichsleitungen,

hier die Kurzfassung des Beschwerdeberichts Q1 2026 (Langfassung im
Intranet):

Eingegangene Beschwerden: 612 (Q1 2025: 574)
davon Ombudsmann-Verfahren: 14, BaFin-Beschwerden: 6

Nach Sparten:
  Krankenversicherung    241  (davon Leistung 183, Beitrag 58)
  Pflege                  37
  Leben/BU                49
  Kfz                    152
  Sach (Hausrat/WG)       88
  Rechtsschutz            31
  Sonstige                14

Häufigste Gründe Krankenversicherung:
1. Kürzung von Physiotherapie-Rechnungen über Höchstsätzen (64)
2. Dauer der Bearbeitung (39)
3. Ablehnung von Hilfsmitteln (21)
4. Beitragsanpassung (58)

Positiv: Die durchschnittliche Bearbeitungszeit der Beschwerden ist von
11 auf 8 Arbeitstage gesunken. Die englischsprachigen Beschwerden (27)
wurden alle innerhalb von 5 Tagen beantwortet.

Viele Grüße
Beschwerdemanagement

{sig("yildiz", "de")}
"""
    return mail(who("yildiz"), f"Bereichsleitungen <bereichsleitungen@{DOM}>",
                "Beschwerdebericht Q1 2026 – Kurzfassung", "2026-04-21 14:00", body)


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: order of blood-pressure monitors and body-fat scales for the staff health day")
def n_blutdruckgeraete():
    body = f"""Hallo Herr Tammen,

für unseren Gesundheitstag am 17. Juni bestellen wir bei Ihnen:

- 6 Oberarm-Blutdruckmessgeräte (Modell BM 54 oder gleichwertig, validiert)
- 2 Körperanalysewaagen
- 200 Einweg-Manschettenbezüge
- 1 Blutzucker-Messgerät mit 100 Teststreifen und Lanzetten (für den
  Stand des Betriebsarztes)

Lieferung bitte bis 10. Juni an die Warenannahme, Bestellnummer
BE-2026-01422. Die Messungen am Gesundheitstag sind freiwillig und anonym –
es werden keine Ergebnisse gespeichert, deshalb brauchen wir auch keine
Geräte mit App-Anbindung.

Viele Grüße

{sig("meiners", "de")}

{footer("de")}
"""
    return mail(who("meiners"), "Sanitätshaus Tammen <bestellung@sanitaetshaus-tammen.example>",
                "Bestellung Gesundheitstag – BE-2026-01422", "2026-05-11 13:17", body)


@M("NORMAL", "de", "insurer-to-partner",
   "audit planning with the external auditor: sample procedure and documents, explicitly without customer data by e-mail")
def n_wirtschaftspruefer():
    body = f"""Sehr geehrte Frau Dierksen,

vielen Dank für die Prüfungsplanung zum Jahresabschluss 2025. Zu Ihren
Anforderungen:

1. Stichprobe Schadenrückstellungen Kfz und Sach: Die Ziehung erfolgt wie
   im Vorjahr durch Ihr Team im Prüferraum direkt im Schadensystem. Eine
   Übersendung von Schadenakten per E-Mail ist nicht vorgesehen.
2. Deckungsrückstellung Leben/Kranken: Die Bestandsdateien stellen wir
   Ihnen auf dem verschlüsselten Datenraum bereit; Zugangsdaten folgen
   separat per Post.
3. IT-Prüfung: Herr Lüschen steht am 23. und 24. März für die
   Walkthroughs zur Verfügung (Berechtigungskonzept, Änderungsmanagement,
   E-Mail-Verschlüsselung).

Bitte denken Sie daran, dass alle Prüferinnen und Prüfer vor Ort die
Verpflichtungserklärung zur Verschwiegenheit (§ 203 StGB) unterschreiben
müssen – die Formulare liegen am Empfang.

Mit freundlichen Grüßen

{sig("hullmann", "de")}

{footer("de")}
"""
    return mail(who("hullmann"), "Kirsten Dierksen <k.dierksen@dierksen-wp.example>",
                "Prüfungsplanung JA 2025 – Rückmeldung", "2026-03-06 16:25", body)


@M("NORMAL", "de", "internal",
   "trap: actuarial mortality analysis (actual vs. expected deaths by age band, CSV); aggregates only")
def n_sterbetafel_csv():
    body = f"""Hallo Oliver,

für das Treaty-Meeting mit Northgate anbei unsere A/E-Analyse der
Sterblichkeit im Risikolebensbestand 2021–2025 gegen die DAV 2008 T.
Ergebnis in Kürze: knapp 87 % über alles, bei Nichtrauchern (separat ausgewertet) sogar 78 %. Die
Altersgruppe 60+ liegt mit 97 % fast am Tafelwert – dort ist der Bestand
aber auch klein.

Die Datei ist nach Altersgruppen und Geschlecht aggregiert, keine
Einzelfälle. Kannst du gern so an Charlotte weitergeben.

Gruß
Bernd

{sig("hullmann", "de")}
"""
    rows = [["Altersgruppe", "Geschlecht", "Risikojahre", "Erwartete Todesfälle", "Beobachtete Todesfälle", "A/E %"],
            ["20-39", "m", "118402", "92.3", "71", "76.9"],
            ["20-39", "w", "96120", "38.5", "29", "75.3"],
            ["40-49", "m", "84211", "178.1", "149", "83.7"],
            ["40-49", "w", "70980", "98.9", "81", "81.9"],
            ["50-59", "m", "52377", "311.6", "266", "85.4"],
            ["50-59", "w", "41090", "160.2", "138", "86.1"],
            ["60+", "m/w", "18554", "268.0", "260", "97.0"],
            ["Summe", "", "481734", "1147.6", "994", "86.6"]]
    return mail(who("hullmann"), who("grant"), "A/E Sterblichkeit Risiko-LV 2021–2025",
                "2026-04-28 11:20", body,
                atts=[att("AE_Sterblichkeit_RLV_2021-2025.csv", csv_text(rows), mtype="text/csv")])


# ------------------------------------------------ normal (3)

@M("NORMAL", "de", "internal",
   "circular about the new e-mail signature template; organisational only")
def n_signatur_vorlage():
    body = f"""Liebe Kolleginnen und Kollegen,

ab 1. März gilt eine neue E-Mail-Signatur. Bitte stellt sie bis Ende
Februar in Outlook um (Datei → Optionen → E-Mail → Signaturen). Die Vorlage
findet ihr im Intranet unter Kommunikation → Corporate Design.

Was sich ändert:
- Die Pflichtangaben (Vorstand, Aufsichtsrat, Registergericht) stehen
  jetzt einheitlich im Fuß; bitte nicht kürzen.
- Für die drei Gesellschaften (Moorlinde Versicherung AG, Kranken- und
  Lebensversicherung) gibt es je eine eigene Fußzeile. Nutzt die
  Gesellschaft, für die ihr schreibt.
- Keine Zitate, Bilder oder Social-Media-Logos mehr in der Signatur.
- Englische Signatur: gleiche Angaben, Vorlage „Signature_EN“.

Bei Fragen hilft euch das Team Marketing & Kommunikation.

Viele Grüße
Lena Stührenberg

{sig("stuehrenberg", "de")}
"""
    return mail(who("stuehrenberg"), f"Alle Mitarbeitenden <alle@{DOM}>",
                "Neue E-Mail-Signatur ab 1. März", "2026-02-16 08:15", body)


@M("NORMAL", "de", "internal",
   "personnel announcement of a new colleague and a birthday breakfast; no sensitive data")
def n_neuer_kollege():
    body = f"""Moin zusammen,

ab 1. April verstärkt Hannes Lübbers unser Team im Internationalen
Kundenservice in Hamburg. Hannes kommt von einem Reiseversicherer aus
Bremen, spricht Englisch und Niederländisch und wird vor allem die
Kfz- und Sachthemen unserer internationalen Kundschaft betreuen. Sagt ihm
gern Hallo – Büro 4.07, Durchwahl -2218.

Und weil wir schon dabei sind: Am Freitag hat Malte Geburtstag. Ab 9:30
gibt es Frühstück in der Teeküche (Brötchen sind bestellt, wer Obst oder
Aufstrich mitbringen mag, trägt sich bitte in die Liste am Kühlschrank
ein).

Viele Grüße
Fiona

{sig("macleod", "de")}
"""
    return mail(who("macleod"), f"Team Hamburg <team-hamburg@{DOM}>",
                "Neuer Kollege ab 1. April + Frühstück am Freitag", "2026-03-30 13:02", body)


@M("NORMAL", "de", "insurer-to-partner",
   "trap: framework agreement on direct billing with a hospital group (process, invoice formats, encryption); no patient")
def n_klinik_rahmenvertrag():
    body = f"""Sehr geehrte Frau Dr. Eilers-Tan,

vielen Dank für das konstruktive Gespräch am Montag. Anbei die
Zusammenfassung der Punkte, die wir in die Rahmenvereinbarung zur
Direktabrechnung aufnehmen möchten:

1. Geltungsbereich: alle Häuser des Klinikverbunds Weser-Ems, stationäre
   und teilstationäre Behandlungen, Wahlleistungen Unterkunft und Wahlarzt.
2. Kostenübernahme: Die Kliniken fragen die Kostenübernahme elektronisch
   an; wir antworten innerhalb eines Arbeitstags, bei Notaufnahmen gilt die
   Versichertenkarte als vorläufige Zusage.
3. Rechnungsformat: Datensatz nach § 301 SGB V analog, ergänzt um die
   Wahlleistungspositionen; Entlassberichte nur auf Anforderung.
4. Zahlungsziel: 14 Tage nach Eingang der vollständigen Rechnung.
5. Übertragungsweg: ausschließlich über die Gateway-Verschlüsselung (die
   Zertifikate haben Herr Brakenhoff und Herr Lüschen bereits
   ausgetauscht).
6. Ansprechpartner: Leistung Kranken, Team Krankenhaus.

Den Vertragsentwurf erhalten Sie bis Ende des Monats von unserer
Rechtsabteilung.

Mit freundlichen Grüßen

{sig("poppe", "de")}

{footer("de", "kranken")}
"""
    return mail(who("poppe"), "Dr. Miriam Eilers-Tan <m.eilers-tan@klinikverbund-weser-ems.example>",
                "Rahmenvereinbarung Direktabrechnung – Zusammenfassung", "2026-02-25 17:03", body)


@M("NORMAL", "de", "newsletter",
   "customer newsletter with winter tips (frozen pipes, snow clearing duties, storm); general advice, HTML")
def n_winter_newsletter():
    text = """Moorlinde Kundenbrief Winter 2026

Liebe Kundinnen und Kunden,

der Winter ist da – mit ein paar einfachen Handgriffen vermeiden Sie die
häufigsten Schäden:

Rohrbruch vorbeugen
Heizen Sie auch ungenutzte Räume auf mindestens 12 °C. Leitungen in
Garagen und Gartenhäusern sollten Sie entleeren. Bei Frostschäden an
nicht beheizten Gebäuden kann sonst der Versicherungsschutz gefährdet sein.

Räum- und Streupflicht
Als Eigentümerin oder Eigentümer – oft auch als Mieterin oder Mieter – sind
Sie verpflichtet, Gehwege werktags meist ab 7 Uhr zu räumen und zu streuen.
Stürzt jemand, hilft Ihre Privathaftpflicht. Die genauen Zeiten regelt die
Satzung Ihrer Gemeinde.

Sturm
Lose Gegenstände auf Balkon und Terrasse sichern. Sturmschäden ab
Windstärke 8 sind in der Hausrat- und Wohngebäudeversicherung versichert.

Schaden? Melden Sie ihn am schnellsten in der Moorlinde-App.

Herzliche Grüße
Ihre Moorlinde

Abmelden: https://www.moorlinde-versicherung.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:620px;margin:auto">
<h1 style="color:#2c5f4a">Moorlinde Kundenbrief Winter 2026</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>der Winter ist da &ndash; mit ein paar einfachen Handgriffen vermeiden Sie die häufigsten Schäden:</p>
<h3>Rohrbruch vorbeugen</h3>
<p>Heizen Sie auch ungenutzte Räume auf mindestens 12&nbsp;°C. Leitungen in Garagen und Gartenhäusern sollten Sie entleeren.</p>
<h3>Räum- und Streupflicht</h3>
<p>Gehwege sind werktags meist ab 7&nbsp;Uhr zu räumen und zu streuen. Stürzt jemand, hilft Ihre Privathaftpflicht.</p>
<h3>Sturm</h3>
<p>Lose Gegenstände auf Balkon und Terrasse sichern. Sturmschäden ab Windstärke&nbsp;8 sind versichert.</p>
<p><a href="https://www.moorlinde-versicherung.example/app">Schaden melden in der Moorlinde-App</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.moorlinde-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</div></body></html>
"""
    return mail(f"Moorlinde Kundenbrief <newsletter@{DOM}>", "kundenbrief@lists.moorlinde-versicherung.example",
                "Frost, Schnee, Sturm: So kommen Sie gut durch den Winter", "2026-01-08 07:00", text, html=html,
                headers=[("Precedence", "bulk"),
                         ("List-Unsubscribe", "<https://www.moorlinde-versicherung.example/newsletter/abmelden>")])


@M("NORMAL", "de", "internal",
   "trap: data-protection quiz with fictitious situations (spouse asking about a dental bill, broker list with diagnoses, IBAN question) and answers; no real person")
def n_dsgvo_quiz():
    body = f"""Liebe Kolleginnen und Kollegen,

zum Europäischen Datenschutztag hier unser kleines Quiz. Alle Personen
sind frei erfunden. Auflösung unten – erst selbst überlegen!

1. Frau „Muster“ ruft an und möchte wissen, ob ihr Ehemann seine
   Zahnarztrechnung schon eingereicht hat. Darfst du Auskunft geben?
2. Ein Makler schickt dir per normaler E-Mail die Liste „Kunde, geb.,
   Diagnose“ für eine Risikovoranfrage. Was tust du?
3. Im Schadensystem steht bei einem Kfz-Schaden „Fahrer nach Unfall im
   Krankenhaus“. Welche Schutzklasse hat diese Angabe?
4. Ein Kunde bittet darum, seine Leistungsabrechnung „einfach per Mail“ zu
   bekommen. Was brauchst du dafür?
5. Ist eine IBAN allein schon „vertraulich“?

Auflösung:
1. Nein. Auch Ehepartner sind Dritte; Auskunft nur mit Vollmacht.
2. Nicht weiterleiten, nicht ausdrucken; den Makler bitten, das
   Maklerportal zu nutzen, und die Mail nach Übernahme in die Akte löschen.
3. Streng vertraulich – es ist eine Gesundheitsangabe, auch wenn sie in
   einem Kfz-Schaden steht.
4. Seine schriftliche Einwilligung zum unverschlüsselten Versand
   (Kundeneinwilligung), dokumentiert im Kundenportal.
5. Ja, Bankdaten sind vertraulich.

Gewinnerinnen und Gewinner werden nicht ermittelt – Wissen ist der Preis.
Marieke

{sig("janssen", "de")}
"""
    return mail(who("janssen"), f"Alle Mitarbeitenden <alle@{DOM}>",
                "Datenschutztag: 5 Fragen, 5 Antworten", "2026-01-28 08:30", body)


@M("NORMAL", "de", "insurer-to-supplier",
   "roof repair order for the insurer's administrative building; no personal data")
def n_dachreparatur():
    body = f"""Sehr geehrter Herr Büsing,

nach der Besichtigung am Dienstag beauftragen wir Sie gemäß Angebot
2026-044 mit der Reparatur des Flachdachs über Bauteil C:

- Abdichtung der Attika auf ca. 18 m, Bitumenbahn zweilagig
- Austausch der zwei defekten Lichtkuppeln über dem Treppenhaus
- Reinigung der Dachabläufe, Einbau Laubfangkörbe

Auftragssumme: 12.840,00 EUR netto, Festpreis.
Ausführung: KW 17/18, witterungsabhängig. Arbeiten bitte nur zwischen
7 und 17 Uhr; der Zugang erfolgt über den Hof (Tor 2), Schlüssel beim
Empfang.

Für das Gerüst im Innenhof benötigen wir bis 10.04. Ihren Aufstellplan,
da dort die Fahrradstellplätze verlegt werden müssen.

Mit freundlichen Grüßen

{sig("meiners", "de")}

{footer("de")}
"""
    return mail(who("meiners"), "Dachdeckerei Büsing <info@dachdeckerei-buesing.example>",
                "Auftrag Flachdach Bauteil C – Angebot 2026-044", "2026-04-01 10:40", body)


@M("NORMAL", "de", "internal",
   "trap: anonymised motor large-loss list with age bands and injury categories only; no names, plates or claim numbers")
def n_grossschaden_anonym():
    body = f"""Hallo Tobias,

für die Präsentation im Risikoausschuss habe ich die Großschadenliste Kfz
2025 (> 250 TEUR) anonymisiert. Bitte kurz drüberschauen, ob die
Verdichtung so passt – keine Schadennummern, keine Kennzeichen, Alter nur
in 10-Jahres-Bändern, Orte nur Bundesland.

 Nr  Quartal  Bundesland   Fahrer Alter  Hergang                    Personenschaden     Reserve TEUR
  1  Q1       NI           20-29         Überholen Landstraße       schwer, 2 Personen        1.850
  2  Q2       HB           60-69         Vorfahrt Kreuzung          schwer, 1 Person          1.120
  3  Q2       NI           30-39         Auffahrunfall BAB          mittel, 3 Personen          640
  4  Q3       HH           40-49         Fußgänger Zebrastreifen    schwer, 1 Person            910
  5  Q3       NI           20-29         Glätte, Gegenverkehr       tödlich, 1 Person           480
  6  Q4       NI           50-59         Brand Tiefgarage           keiner                      390
  7  Q4       NW           30-39         Lkw-Anhänger gelöst        leicht, 2 Personen          275

Summe Reserve: 5.665 TEUR (Vorjahr 4.980 TEUR). Der Brand in der
Tiefgarage ist der einzige reine Sachschaden.

Falls du findest, dass Nr. 5 trotz Verdichtung wiedererkennbar ist
(Lokalpresse!), nehme ich das Bundesland raus.

Gruß
Bernd

{sig("hullmann", "de")}
"""
    return mail(who("hullmann"), who("wuebbenhorst"), "Großschadenliste Kfz 2025 – anonymisiert für RiskCo",
                "2026-02-13 14:47", body)


@M("NORMAL", "de", "internal",
   "trap: circular on rules for sending confidential e-mail (health data, birth dates, IBANs must go encrypted); no real data")
def n_rundmail_versandregeln():
    body = f"""Liebe Kolleginnen und Kollegen,

ab dem 1. April prüft unser Mail-Gateway jede ausgehende E-Mail und
entscheidet automatisch, wie sie verschickt wird. Für euch ändert sich im
Alltag wenig, aber bitte merkt euch die Grundregeln:

1. Gesundheitsdaten (Diagnosen, Arztrechnungen, Krankenhausaufenthalte,
   Pflegegrad …) und alles aus Leben, Kranken und Unfall gehen
   grundsätzlich verschlüsselt oder über das sichere Postfach – außer die
   Kundin oder der Kunde hat ausdrücklich eingewilligt.
2. Vertrauliche Daten wie Geburtsdatum, Bankverbindung, Einkommen oder
   Vertragsnummern gehen mindestens per TLS.
3. Ihr könnt eine Mail selbst als vertraulich markieren: Schreibt
   [vertraulich] oder [streng vertraulich] in den Betreff.
4. Wenn das Gateway eine Mail ins Portal umleitet, bekommt die Empfängerin
   eine Benachrichtigung ohne Inhalt. Bitte nicht zusätzlich „zur
   Sicherheit“ unverschlüsselt nachschicken!

Ein Beispiel, was NICHT geht: „Anbei die Rechnung von Dr. X für Ihre
Knie-OP, IBAN DE…“ per normaler Mail an eine private Adresse ohne
Einwilligung.

Fragen gern an datenschutz@{DOM} oder den IT-Servicedesk.

Viele Grüße
Marieke Janssen und Sören Lüschen

{sig("janssen", "de")}
"""
    return mail(who("janssen"), f"Alle Mitarbeitenden <alle@{DOM}>",
                "Ab 1. April: So verschickt unser Mail-Gateway vertrauliche E-Mails", "2026-03-18 08:00", body)


@M("NORMAL", "de", "insurer-to-customer",
   "registration mail for the secure mailbox (one-time password sent by post); no contract or personal data")
def n_registrierung_postfach():
    body = f"""Guten Tag,

Sie haben sich für das sichere Postfach der Moorlinde Versicherung
registriert. Damit können wir Ihnen vertrauliche Nachrichten verschlüsselt
zustellen.

So geht es weiter:

1. Ihr Einmal-Passwort erhalten Sie in den nächsten Tagen per Post an Ihre
   bei uns hinterlegte Anschrift. Aus Sicherheitsgründen schicken wir es
   nicht per E-Mail.
2. Melden Sie sich mit Ihrer E-Mail-Adresse und dem Einmal-Passwort an:
   https://securemail.moorlinde-versicherung.example/
3. Vergeben Sie ein eigenes Passwort und wählen Sie eine Sicherheitsfrage.

Das Einmal-Passwort ist 14 Tage gültig.

Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte;
ohne Einmal-Passwort kann niemand auf ein Postfach zugreifen.

Moorlinde Versicherung AG
Am Moorlindenhof 3 · 26129 Oldenburg

Diese E-Mail wurde automatisch erstellt. Antworten werden nicht gelesen.
"""
    return mail(f"Moorlinde Sicheres Postfach <noreply@{DOM}>", "h.tjarks@posteo-mail.example",
                "Ihre Registrierung für das sichere Postfach", "2026-02-02 19:26", body,
                headers=[("Auto-Submitted", "auto-generated")], cte="8bit")


@M("NORMAL", "de", "insurer-to-partner",
   "question to the supervisory authority on a reporting format (complaints statistics); institutional only")
def n_bafin_meldeformat():
    body = f"""Sehr geehrte Damen und Herren,

wir bitten um eine kurze Klarstellung zur Beschwerdestatistik nach dem
Rundschreiben 06/2025 (Meldung zum 31.03.2026):

1. Sind Beschwerden, die in englischer Sprache eingehen, gesondert
   auszuweisen, oder genügt die Zuordnung nach Sparte und Beschwerdegrund?
2. Wie sind Beschwerden zu zählen, die sowohl die Krankenversicherung als
   auch die Pflegepflichtversicherung betreffen – einfach oder je Sparte?
3. Ist die Meldung für die Moorlinde Krankenversicherung AG und die
   Moorlinde Versicherung AG getrennt über das MVP-Portal einzureichen,
   auch wenn die Beschwerdebearbeitung gemeinsam erfolgt?

Für eine Rückmeldung bis zum 20.03. wären wir dankbar.

Mit freundlichen Grüßen

{sig("hullmann", "de")}

{footer("de")}
"""
    return mail(who("hullmann"), "Referat VA 23 <referat-va23@bafin.example>",
                "Rückfrage Beschwerdestatistik – Meldung 31.03.2026", "2026-03-05 11:11", body)


@M("NORMAL", "de", "internal",
   "trap: draft press release on lower dental supplement premiums with aggregate claims figures; no person")
def n_pressemitteilung_zahn():
    body = f"""Hallo Frau Dr. Schwarting,

anbei der Entwurf der Pressemitteilung zur Beitragssenkung im Tarif Zahn80.
Die Zahlen hat Herr Hullmann freigegeben. Sperrfrist: 14.05., 10 Uhr.

---

PRESSEMITTEILUNG – ENTWURF

Moorlinde senkt Beiträge für Zahnzusatzversicherung

Oldenburg, 14. Mai 2026. Die Moorlinde Krankenversicherung AG senkt zum
1. Juli 2026 die Beiträge im Zahnzusatztarif Zahn80 um durchschnittlich
7,5 Prozent. Rund 46.000 Versicherte profitieren davon.

„Unsere Kundinnen und Kunden gehen häufiger zur Prophylaxe – das zahlt
sich aus“, sagt Vorstandsvorsitzende Dr. Imke Schwarting. Die Zahl der
erstatteten professionellen Zahnreinigungen stieg seit 2022 um 31 Prozent,
während die Ausgaben für Zahnersatz je Versicherten um 4 Prozent sanken.
Besonders deutlich ist der Rückgang bei Implantaten in der Altersgruppe
unter 50 Jahren.

Der Tarif bleibt in seinen Leistungen unverändert. Bestandskundinnen und
-kunden werden im Juni schriftlich informiert.

Pressekontakt: Lena Stührenberg, presse@{DOM}

---

Viele Grüße
Lena Stührenberg

{sig("stuehrenberg", "de")}
"""
    return mail(who("stuehrenberg"), f"Dr. Imke Schwarting <imke.schwarting@{DOM}>",
                "Entwurf PM Beitragssenkung Zahn80 – bitte Freigabe", "2026-05-06 15:33", body,
                cc=who("hullmann"))


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: supplier audit invitation (ICS) at the scanning service provider that digitises incoming medical mail; process only")
def n_lieferantenaudit_ics():
    body = f"""Sehr geehrter Herr Kaminski,

wie im Dienstleistervertrag vorgesehen, möchten wir die jährliche
Vor-Ort-Prüfung in Ihrem Scan-Zentrum in Delmenhorst durchführen.
Schwerpunkte:

- Zutrittskontrolle zum Bereich, in dem die Posteingänge mit Arztberichten
  und Rechnungen der Krankenversicherung geöffnet und gescannt werden
- Verpflichtung der Mitarbeitenden nach § 203 StGB, Schulungsnachweise
- Vernichtung der Papieroriginale nach 6 Wochen (Protokolle)
- Notfallkonzept bei Ausfall der Verbindung zu unserem Rechenzentrum

Wir kommen zu zweit (Frau Janssen, Datenschutz, und ich). Bitte halten Sie
die Nachweise bereit; Einsicht in einzelne Dokumente unserer Versicherten
ist nicht vorgesehen.

Mit freundlichen Grüßen

{sig("meiners", "de")}

{footer("de")}
"""
    cal = ics("audit-scan-2026@" + DOM, "20260609T090000", "20260609T150000",
              "Dienstleisteraudit Scan-Zentrum Delmenhorst",
              "DokuScan Nord GmbH, Industriestraße 40, 27749 Delmenhorst",
              "Jährliches Audit nach Dienstleistervertrag: Zutritt, § 203 StGB, Vernichtung, Notfallkonzept.",
              "Hauke Meiners:mailto:" + addr("meiners"),
              ["CN=Marek Kaminski:mailto:m.kaminski@dokuscan-nord.example",
               "CN=Marieke Janssen:mailto:" + addr("janssen")])
    return mail(who("meiners"), "Marek Kaminski <m.kaminski@dokuscan-nord.example>",
                "Dienstleisteraudit am 9. Juni – Einladung", "2026-05-12 09:18", body,
                cc=who("janssen"), atts=[att("Audit_DokuScan_2026-06-09.ics", cal)])


@M("NORMAL", "de", "internal",
   "trap: deer-collision statistics by district as ODS; aggregated claims counts, no persons")
def n_wildunfall_ods():
    body = f"""Hallo Lena,

für die Pressemitteilung zum Frühjahr („Vorsicht Wildwechsel“) anbei die
Wildunfallzahlen aus unserem Kfz-Bestand nach Landkreisen. Die
Schadenhäufigkeit pro 1.000 Fahrzeuge ist aussagekräftiger als die
absoluten Zahlen – Ammerland und Cloppenburg liegen vorn.

Bitte keine einzelnen Orte oder Straßen nennen, nur Landkreise.

Gruß
Tobias

{sig("wuebbenhorst", "de")}
"""
    o = ods([("Wildunfälle 2025", [
        ["Landkreis", "Fahrzeuge im Bestand", "Wildunfälle", "je 1.000 Fzg.", "Ø Schaden EUR"],
        ["Ammerland", 18420, 412, 22.4, 3120],
        ["Cloppenburg", 15102, 318, 21.1, 3340],
        ["Oldenburg (Land)", 16877, 296, 17.5, 3050],
        ["Wesermarsch", 8933, 141, 15.8, 2980],
        ["Oldenburg (Stadt)", 24310, 118, 4.9, 2760],
        ["Summe / Durchschnitt", 83642, 1285, 15.4, 3140],
    ])])
    return mail(who("wuebbenhorst"), who("stuehrenberg"), "Wildunfälle 2025 nach Landkreis",
                "2026-03-27 12:25", body, atts=[att("Wildunfaelle_2025.ods", o)])


@M("NORMAL", "de", "insurer-to-broker",
   "circular to broker firms on commission rate changes from July; no client data")
def n_courtage_rundschreiben():
    body = f"""Sehr geehrte Damen und Herren,

wir informieren Sie über die Anpassung unserer Courtagesätze zum
1. Juli 2026. Sie gilt für alle Vertragspartner mit Courtagezusage nach
Vereinbarung 2023.

Sparte                         bisher              neu
Kfz (Privat)                   8,0 % lfd.          8,0 % lfd. (unverändert)
Hausrat/Haftpflicht            20,0 % lfd.         22,5 % lfd.
Wohngebäude                    15,0 % lfd.         15,0 % lfd.
Rechtsschutz                   17,5 % lfd.         17,5 % lfd.
Zahnzusatz                     6 MB                7 MB
Krankenvoll (international)    7 MB, Storno 5 J.   7 MB, Storno 5 J.

(MB = Monatsbeiträge; Stornohaftung unverändert)

Die aktualisierte Courtagevereinbarung liegt ab 1. Juni in der
elektronischen Vermittlerpost Ihres Maklerportals bereit. Ihre
Makleradministratoren erhalten eine Benachrichtigung.

Mit freundlichen Grüßen
Maklerbetreuung

{sig("oltmanns", "de")}

{footer("de")}
"""
    return mail(who("oltmanns"), "Maklerverteiler <makler@lists.moorlinde-versicherung.example>",
                "Rundschreiben: Courtageanpassung zum 01.07.2026", "2026-05-20 10:00", body,
                headers=[("Precedence", "bulk")], cte="base64")


@M("NORMAL", "de", "internal",
   "trap: minutes of a long-term care product development meeting with care-level and dementia statistics; no individual")
def n_pflege_produktprotokoll():
    body = f"""Protokoll Produktentwicklung Pflegezusatz, 24.03.2026

Teilnehmende: W. Tjaden, B. Hullmann, L. Stührenberg, J.-H. Oltmanns

1. Ausgangslage
   Im Bestand Pflegetagegeld (PTG) sind 1,9 % der Versicherten
   pflegebedürftig. 62 % der Leistungsfälle beginnen mit Pflegegrad 2,
   Hauptursache sind demenzielle Erkrankungen (41 % der Erstfälle),
   gefolgt von Schlaganfall (17 %) und Sturzfolgen (12 %). Das
   Durchschnittsalter bei Leistungsbeginn liegt bei 81 Jahren.

2. Idee „PTG Demenz-Plus“
   Zusätzliche Einmalleistung von 5.000 EUR bei Diagnose einer Demenz mit
   mindestens Pflegegrad 2. B. Hullmann schätzt den Mehrbeitrag auf
   ca. 4–6 EUR monatlich für Eintrittsalter 50. Offene Frage: Wie
   vermeiden wir Streit über den Diagnosezeitpunkt?

3. Vertrieb
   Makler wünschen sich eine verkürzte Gesundheitsprüfung bis Alter 55.
   J.-H. Oltmanns sammelt bis April Rückmeldungen.

4. Nächste Schritte
   Kalkulation (BH) bis 30.04., Bedingungsentwurf (WT) bis 15.05.

Protokoll: W. Tjaden

{sig("tjaden", "de")}
"""
    return mail(who("tjaden"), f"{who('hullmann')}, {who('stuehrenberg')}, {who('oltmanns')}",
                "Protokoll Produktentwicklung Pflegezusatz 24.03.", "2026-03-25 09:44", body)


@M("NORMAL", "de", "insurer-to-partner",
   "trap: university cooperation for a master's thesis on care statistics using only anonymised aggregate data")
def n_uni_kooperation():
    body = f"""Sehr geehrter Herr Prof. Dr. Harms,

vielen Dank für Ihre Anfrage zur Betreuung einer Masterarbeit zum Thema
„Einflussfaktoren auf den Verlauf von Pflegegraden in der privaten
Pflegepflichtversicherung“.

Wir unterstützen das Vorhaben gern unter folgenden Bedingungen:

1. Die Studierende erhält ausschließlich aggregierte, anonymisierte Daten
   (Pflegegrad, Altersband in 5-Jahres-Schritten, Geschlecht,
   Leistungsjahr, Diagnosegruppe nach ICD-Kapitel). Zellen mit weniger als
   zehn Personen werden zusammengefasst.
2. Es werden keine Daten außerhalb unseres Hauses zusammengeführt; die
   Auswertung erfolgt auf einem Rechner in unserem Datenlabor.
3. Vor Veröffentlichung prüft unsere Datenschutzbeauftragte die Arbeit auf
   Re-Identifizierbarkeit; ein Sperrvermerk ist nicht erforderlich.
4. Die Studierende unterzeichnet eine Verschwiegenheitserklärung.

Ansprechpartnerin bei uns ist Frau Tjaden aus der Pflege-Leistung. Für
ein erstes Gespräch schlage ich den 28. oder 29. April vor.

Mit freundlichen Grüßen

{sig("hullmann", "de")}

{footer("de")}
"""
    return mail(who("hullmann"), "Prof. Dr. Jan Harms <jan.harms@uni-oldenburg.example>",
                "Masterarbeit Pflegegradverläufe – Kooperation", "2026-04-15 14:36", body,
                cc=who("tjaden"))


# ---------------------------------------------------------------- build & check

def numbered():
    """Mails are written in thematic order above; their file numbers come from a
    hash of the function name, so neighbouring files do not share a topic."""
    order = sorted(MAILS, key=lambda t: hashlib.sha256(("d190:" + t[0]).encode()).hexdigest())
    return [("%s%04d.eml" % (PREFIX, i), t) for i, t in enumerate(order, 1)]


def _finalize(m, tag, top=True, counter=None):
    if counter is None:
        counter = [0]
    if top:
        if "Message-ID" not in m:
            h = hashlib.sha1(tag.encode()).hexdigest()
            m["Message-ID"] = "<%s.%s@mx.%s>" % (h[:10], h[10:22], DOM)
    elif "MIME-Version" in m:
        del m["MIME-Version"]
    if m.is_multipart() and m.get_content_maintype() == "multipart":
        counter[0] += 1
        m.set_boundary("----=_Part_%s_%d" % (hashlib.sha1(tag.encode()).hexdigest()[:12], counter[0]))
        for p in m.get_payload():
            _finalize(p, tag, False, counter)
    elif m.get_content_type() == "message/rfc822":
        for p in m.get_payload():
            counter[0] += 1
            _finalize(p, tag + "/inner%d" % counter[0], True, counter)


def build(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(md, f))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, (name, label, lang, kind, reason, fn) in numbered():
        m = fn()
        _finalize(m, name)
        data = m.as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(md, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([fname, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


def _check_part(p, where, errors, stats):
    ct = p.get_content_type()
    fn = p.get_filename()
    for d in p.defects:
        errors.append("%s: defect %r in %s" % (where, d, ct))
    if p.is_multipart() and p.get_content_maintype() == "multipart":
        for sp in p.get_payload():
            _check_part(sp, where, errors, stats)
        return
    if ct == "message/rfc822":
        stats["rfc822"] = stats.get("rfc822", 0) + 1
        for sp in p.get_payload():
            _check_part(sp, where + "/rfc822", errors, stats)
        return
    raw = p.get_payload(decode=True)
    if p.get_content_maintype() == "text" and not fn:
        cs = p.get_content_charset() or "us-ascii"
        try:
            raw.decode(cs)
        except Exception as e:
            errors.append("%s: text part not decodable as %s: %s" % (where, cs, e))
        return
    ext = (fn or "").rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    _check_blob(ext, raw, where + ":" + (fn or ct), errors, stats)


def _check_blob(ext, raw, where, errors, stats):
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        try:
            z = zipfile.ZipFile(io.BytesIO(raw))
            bad = z.testzip()
            if bad:
                errors.append("%s: bad member %s" % (where, bad))
            names = z.namelist()
            need = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml",
                    "odt": "content.xml", "ods": "content.xml"}.get(ext)
            if need and need not in names:
                errors.append("%s: %s missing" % (where, need))
            if ext in ("odt", "ods") and names[0] != "mimetype":
                errors.append("%s: mimetype not first" % where)
            if ext == "zip":
                for n in names:
                    e2 = n.rsplit(".", 1)[-1].lower()
                    stats["zip:" + e2] = stats.get("zip:" + e2, 0) + 1
                    _check_blob(e2, z.read(n), where + "!" + n, errors, stats)
            elif need:
                import xml.dom.minidom
                xml.dom.minidom.parseString(z.read(need))
        except Exception as e:
            errors.append("%s: cannot open: %s" % (where, e))
    elif ext == "pdf":
        if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-32:]:
            errors.append("%s: not a PDF" % where)
        streams = [zlib.decompress(s.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0])
                   for s in raw.split(b"endobj") if b"/FlateDecode" in s]
        if not any(b" Tj" in s for s in streams):
            errors.append("%s: PDF without text layer" % where)
    elif ext == "ics":
        t = raw.decode("utf-8")
        if not (t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t):
            errors.append("%s: bad ICS" % where)
    elif ext in ("csv", "txt", "log"):
        pass
    elif ext == "eml":
        _check_part(email.message_from_bytes(raw, policy=email.policy.default), where, errors, stats)


def check():
    errors, stats = [], {}
    tmp = tempfile.mkdtemp(prefix="d190check-")
    try:
        build(tmp)
        a = sorted(os.listdir(os.path.join(tmp, "mails")))
        b = sorted(f for f in os.listdir(os.path.join(HERE, "mails")) if f.startswith(PREFIX))
        if a != b:
            errors.append("file lists differ: %d rebuilt vs %d in folder" % (len(a), len(b)))
        for f in a:
            x = open(os.path.join(tmp, "mails", f), "rb").read()
            p = os.path.join(HERE, "mails", f)
            if not os.path.exists(p) or open(p, "rb").read() != x:
                errors.append("%s differs from rebuild" % f)
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            errors.append("labels.tsv differs from rebuild")
        ids, count = set(), {}
        for f in a:
            raw = open(os.path.join(tmp, "mails", f), "rb").read()
            if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
                errors.append("%s: bare LF/CR" % f)
            if max(len(l) for l in raw.split(b"\r\n")) > 998:
                errors.append("%s: line longer than 998" % f)
            m = email.message_from_bytes(raw, policy=email.policy.default)
            mid = m["Message-ID"]
            if not mid or mid in ids:
                errors.append("%s: missing or duplicate Message-ID" % f)
            ids.add(mid)
            if " 2026 " not in str(m["Date"]):
                errors.append("%s: date not in 2026" % f)
            for h in ("From", "To", "Subject", "Date"):
                if not m[h]:
                    errors.append("%s: no %s" % (f, h))
            if not str(m["From"]).rstrip(">").endswith("@" + DOM):
                errors.append("%s: not sent from %s" % (f, DOM))
            for h in ("From", "To", "Cc"):
                for adr in (m.get_all(h) or []):
                    for a_ in adr.addresses:
                        if not a_.domain.endswith(".example"):
                            errors.append("%s: host %s" % (f, a_.domain))
            _check_part(m, f, errors, stats)
            top = m.get_content_type()
            count["top:" + top] = count.get("top:" + top, 0) + 1
        rows = [l.split("\t") for l in open(os.path.join(tmp, "labels.tsv"), encoding="utf-8").read().splitlines()[1:]]
        for r in rows:
            count[r[1]] = count.get(r[1], 0) + 1
            count[r[1] + "/" + r[2]] = count.get(r[1] + "/" + r[2], 0) + 1
            count["lang:" + r[2]] = count.get("lang:" + r[2], 0) + 1
            count["kind:" + r[3]] = count.get("kind:" + r[3], 0) + 1
    finally:
        shutil.rmtree(tmp)
    for k in sorted(count):
        print("%-40s %d" % (k, count[k]))
    for k in sorted(stats):
        print("attachment %-29s %d" % (k, stats[k]))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("check FAILED (%d errors)" % len(errors))
        return 1
    print("check OK: %d mails, byte-identical, all parse" % len(a))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
