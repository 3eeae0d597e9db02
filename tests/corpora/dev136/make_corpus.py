#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus d136 for Siegel (issue 14).

Writes mails/d136-0001.eml ... mails/d136-0150.eml and labels.tsv.
Python standard library only.  Deterministic (seed 136).

    python3 make_corpus.py           # (re)build mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuild in a temp dir, compare, validate
    python3 make_corpus.py --list    # file -> function name, label, kind

World: Elbtal Versicherung AG (Dresden), a composite insurer (life, health,
accident, motor, property, liability, legal expenses, travel, transport,
engineering, cyber), domain elbtal-versicherung.example.  The mails are
mostly internal mail between its departments and mail to its service
providers (repair shops, experts, print and scan shops, IT vendors, lawyers,
translators).  Every mail below is written by hand in its own function.
"""

import argparse
import csv
import datetime
import hashlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy as _policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from html.parser import HTMLParser
from xml.sax.saxutils import escape as _xesc

SEED = 136
PREFIX = "d136-"
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
DOM = "elbtal-versicherung.example"
POL = _policy.SMTP          # CRLF line ends, RFC 2047 headers
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def _tz_de(naive):
    """Offset of Germany in 2026 (CEST 29 Mar 02:00 - 25 Oct 03:00)."""
    if datetime.datetime(2026, 3, 29, 2) <= naive < datetime.datetime(2026, 10, 25, 3):
        return 2
    return 1


def dt(mo, d, h, mi, s=0, tz=None):
    """RFC 5322 date in 2026; tz in hours, default German local time."""
    naive = datetime.datetime(2026, mo, d, h, mi, s)
    if tz is None:
        tz = _tz_de(naive)
    return format_datetime(naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))


_WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_MO_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


def de_long(mo, d, h, mi):
    w = datetime.date(2026, mo, d).weekday()
    return f"{_WD_DE[w]}, {d}. {_MO_DE[mo - 1]} 2026 {h:02d}:{mi:02d}"


def en_long(mo, d, h, mi):
    x = datetime.datetime(2026, mo, d, h, mi)
    hh = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return f"{x.strftime('%A')}, {x.strftime('%B')} {d}, 2026 {hh}:{mi:02d} {ap}"


# ---------------------------------------------------------------------------
# bank data
# ---------------------------------------------------------------------------

def _mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_any(cc, bban, grouped=True):
    tmp = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in tmp.upper())
    cd = 98 - int(num) % 97
    s = f"{cc}{cd:02d}{bban}"
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban(blz, kto, grouped=True):
    """German IBAN with valid ISO 7064 check digits."""
    return iban_any("DE", blz + kto.zfill(10), grouped)


# ---------------------------------------------------------------------------
# people of Elbtal Versicherung AG
# ---------------------------------------------------------------------------

STAFF = {
    # key: (name, local part, title de, title en, phone extension)
    "wendt": ("Jonas Wendt", "jonas.wendt", "Kfz-Schaden, Team Ost", "Motor Claims", "2214"),
    "kaya": ("Aylin Kaya", "aylin.kaya", "Schadenregulierung Sach / Gebäude", "Property Claims", "2340"),
    "ostermann": ("Frank Ostermann", "frank.ostermann", "Haftpflicht-Schaden", "Liability Claims", "2371"),
    "lehnert": ("Birgit Lehnert", "birgit.lehnert", "Leistungsabteilung Krankenversicherung", "Health Claims", "3105"),
    "rahn": ("Tobias Rahn", "tobias.rahn", "Leistungsprüfung BU / Leben", "Life & Disability Claims", "3260"),
    "vogt": ("Dr. med. Henrike Vogt", "henrike.vogt", "Beratende Ärztin, Medizinischer Dienst", "Chief Medical Officer's Office", "3001"),
    "krull": ("Sabine Krull", "sabine.krull", "Risikoprüfung Leben / Kranken", "Life & Health Underwriting", "3188"),
    "nowak": ("Marek Nowak", "marek.nowak", "Underwriting Firmenkunden Sach / Technik", "Commercial Underwriting", "2510"),
    "boettcher": ("Lena Böttcher", "lena.boettcher", "Kundenservice", "Customer Service", "1120"),
    "schrader": ("Kevin Schrader", "kevin.schrader", "Kundenservice Hotline", "Customer Service Hotline", "1134"),
    "dietze": ("Ralf Dietze", "ralf.dietze", "Bezirksdirektion Vertrieb Sachsen-West", "Field Sales", "0375 88136-12"),
    "haupt": ("Nadine Haupt", "nadine.haupt", "Maklerbetreuung", "Broker Relations", "1410"),
    "richter": ("Sven Richter", "sven.richter", "IT-Service-Desk", "IT Service Desk", "4400"),
    "raman": ("Priya Raman", "priya.raman", "IT-Architektur", "IT Architecture", "4471"),
    "melnyk": ("Oleksandr Melnyk", "oleksandr.melnyk", "IT-Betrieb / DevOps", "IT Operations / DevOps", "4456"),
    "pietsch": ("Claudia Pietsch", "claudia.pietsch", "Personalabteilung", "Human Resources", "1710"),
    "ebert": ("Thomas Ebert", "thomas.ebert", "Entgeltabrechnung", "Payroll", "1742"),
    "franke": ("Julia Franke", "julia.franke", "Marketing & Kommunikation", "Marketing & Communications", "1610"),
    "brandt": ("Holger Brandt", "holger.brandt", "Rechnungswesen / Kreditoren", "Accounting / Payables", "1830"),
    "scholz": ("Petra Scholz", "petra.scholz", "Beitragsinkasso", "Premium Collection", "1855"),
    "wolff": ("Dr. Konstantin Wolff", "konstantin.wolff", "Recht & Compliance", "Legal & Compliance", "1901"),
    "seidel": ("Miriam Seidel", "miriam.seidel", "Datenschutzbeauftragte", "Data Protection Officer", "1920"),
    "brueckner": ("Dr. Annette Brückner", "annette.brueckner", "Vorstand Schaden und Betrieb", "Board Member, Claims & Operations", "1001"),
    "lorenz": ("Christian Lorenz", "christian.lorenz", "Bereichsleiter Schaden Komposit", "Head of P&C Claims", "2001"),
    "clarke": ("Emma Clarke", "emma.clarke", "Rückversicherung", "Reinsurance", "1560"),
    "hughes": ("Daniel Hughes", "daniel.hughes", "Internationale Schadenregulierung", "International Claims", "2601"),
    "marchetti": ("Sophie Marchetti", "sophie.marchetti", "Reiseversicherung / Assistance", "Travel Insurance & Assistance", "2650"),
    "kern": ("Ulrike Kern", "ulrike.kern", "Rechtsschutz-Schaden", "Legal Expenses Claims", "2420"),
    "yilmaz": ("Deniz Yilmaz", "deniz.yilmaz", "Unfall-Leistung", "Accident Claims", "3310"),
    "fischer": ("Maren Fischer", "maren.fischer", "Pflegeversicherung Leistung", "Long-term Care Claims", "3140"),
    "heinze": ("Jens Heinze", "jens.heinze", "Facility Management", "Facility Management", "1310"),
    "albrecht": ("Stefanie Albrecht", "stefanie.albrecht", "Interne Revision", "Internal Audit", "1950"),
    "mueller_s": ("Sandra Müller", "sandra.mueller", "Input-Management / Posteingang", "Input Management", "1260"),
    "bauer": ("Philipp Bauer", "philipp.bauer", "Output-Management", "Output Management", "1275"),
    "okafor": ("Chidi Okafor", "chidi.okafor", "Data & Analytics", "Data & Analytics", "4520"),
    "sommer": ("Katrin Sommer", "katrin.sommer", "Einkauf", "Procurement", "1340"),
    "lang": ("Felix Lang", "felix.lang", "Kfz-Schaden, Team Großschaden", "Motor Claims, Large Losses", "2230"),
    "hoffmann": ("Gabriele Hoffmann", "gabriele.hoffmann", "Leistung Krankentagegeld", "Sickness Benefit Claims", "3122"),
}


def who(key):
    name, local = STAFF[key][0], STAFF[key][1]
    return f"{name} <{local}@{DOM}>"


def em(key):
    return f"{STAFF[key][1]}@{DOM}"


def group(local, name):
    return f"{name} <{local}@{DOM}>"


FOOT_DE = (
    "Elbtal Versicherung AG | Elbtalplatz 1 | 01069 Dresden\n"
    "Sitz: Dresden | Amtsgericht Dresden HRB 40136\n"
    "Vorstand: Dr. Annette Brückner (Vors.), Markus Heil, Ines Vollrath\n"
    "Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Sauer"
)
FOOT_EN = (
    "Elbtal Versicherung AG | Elbtalplatz 1 | 01069 Dresden | Germany\n"
    "Registered office: Dresden | Local court Dresden HRB 40136\n"
    "Management board: Dr. Annette Brückner (Chair), Markus Heil, Ines Vollrath"
)
DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n"
    "richtige Adressat sind, informieren Sie bitte sofort den Absender und\n"
    "löschen Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte\n"
    "Weitergabe dieser Mail sind nicht gestattet."
)
DISCLAIMER_EN = (
    "This e-mail may contain confidential information. If you are not the\n"
    "intended recipient, please notify the sender immediately and delete it."
)


def sig(key, lang="de", footer=True, disclaimer=False):
    name, local, tde, ten, ext = STAFF[key]
    phone = ext if " " in ext else f"0351 4136-{ext}"
    if lang == "de":
        s = f"Mit freundlichen Grüßen\n\n{name}\n{tde}\n\nTelefon {phone}\n{local}@{DOM}"
    else:
        intl = phone.replace("0351 ", "+49 351 ").replace("0375 ", "+49 375 ")
        s = f"Kind regards\n\n{name}\n{ten}\n\nPhone {intl}\n{local}@{DOM}"
    if footer:
        s += "\n\n" + (FOOT_DE if lang == "de" else FOOT_EN)
    if disclaimer:
        s += "\n\n" + (DISCLAIMER_DE if lang == "de" else DISCLAIMER_EN)
    return s


def sig_short(key, lang="de"):
    name, local, tde, ten, ext = STAFF[key]
    phone = ext if " " in ext else f"-{ext}"
    return f"{name}\n{tde if lang == 'de' else ten} | {phone}"


# ---------------------------------------------------------------------------
# quoting helpers (used by hand inside the mails)
# ---------------------------------------------------------------------------

def gtq(text):
    out = []
    for line in text.split("\n"):
        out.append(">" if line == "" else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out)


def ol_de(frm, sent, to, subject, body, cc=None):
    h = f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {sent}\nAn: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Betreff: {subject}\n\n{body}"


def ol_en(frm, sent, to, subject, body, cc=None):
    h = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Subject: {subject}\n\n{body}"


def html_page(inner, font="Calibri"):
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
        f"<body style=\"font-family:{font},Arial,sans-serif;font-size:11pt\">\n"
        + inner.strip("\n") + "\n</body>\n</html>\n"
    )


def html_table(rows, header=True, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0">']
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_xesc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# attachments written with the standard library
# ---------------------------------------------------------------------------

class Att:
    def __init__(self, filename, data, maintype, subtype, charset=None, cte=None, params=None):
        self.filename = filename
        self.data = data
        self.maintype = maintype
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.params = params


ZDATE = (2026, 1, 1, 0, 0, 0)


def _zip(members, date=ZDATE, stored_first=False):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=date)
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines, title="", author="", date=(2026, 1, 1, 9, 0), compress=False):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding).
    lines: list of str; a line starting with '**' is set bold, '\f' starts a page."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 52:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)
    n = len(pages)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info_id = 5 + 2 * n
    for i, pl in enumerate(pages):
        pid, cid = 5 + 2 * i, 6 + 2 * i
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cid} 0 R >>").encode()
        c = [b"BT", b"/F1 10 Tf", b"14 TL", b"56 790 Td"]
        for ln in pl:
            if ln.startswith("**"):
                c.append(b"/F2 11 Tf " + _pdf_str(ln[2:]) + b" Tj T* /F1 10 Tf")
            else:
                c.append(_pdf_str(ln) + b" Tj T*")
        c.append(b"ET")
        stream = b"\n".join(c) + b"\n"
        if compress:
            z = zlib.compress(stream, 9)
            objs[cid] = (f"<< /Length {len(z)} /Filter /FlateDecode >>\nstream\n".encode()
                         + z + b"\nendstream")
        else:
            objs[cid] = (f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream")
    y, mo, d, h, mi = date
    tz = _tz_de(datetime.datetime(y, mo, d, h, mi))
    objs[info_id] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
                     + b" /Producer (Elbtal DocGen 4.2) /CreationDate "
                     + f"(D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}00+0{tz}'00')".encode() + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, info_id + 1):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {info_id + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for i in range(1, info_id + 1):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {info_id + 1} /Root 1 0 R /Info {info_id} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def att_pdf(filename, lines, title="", author="", date=(2026, 1, 1, 9, 0), compress=False,
            octet=False):
    data = make_pdf(lines, title=title, author=author, date=date, compress=compress)
    if octet:
        return Att(filename, data, "application", "octet-stream")
    return Att(filename, data, "application", "pdf")


_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
         '</cp:coreProperties>')


def _iso(date):
    y, mo, d, h, mi = date
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z"


def _w_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_xesc(text)}</w:t></w:r>'


def make_docx(blocks, title="", author="", date=(2026, 1, 1, 9, 0)):
    """blocks: str (paragraph), ('h', str) bold heading, ('t', rows) table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<w:p>{_w_run(b)}</w:p>" if b else "<w:p/>")
        elif b[0] == "h":
            body.append(f"<w:p>{_w_run(b[1], bold=True)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            ncol = len(rows[0])
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>' + "<w:gridCol w:w=\"2000\"/>" * ncol + "</w:tblGrid>"]
            for ri, r in enumerate(rows):
                t.append("<w:tr>" + "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>{_w_run(str(c), bold=(ri == 0))}</w:p></w:tc>'
                    for c in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    core = _CORE.format(title=_xesc(title), author=_xesc(author), created=_iso(date))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", core)], date=date[:5] + (0,))


def att_docx(filename, blocks, **kw):
    return Att(filename, make_docx(blocks, **kw), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title="", author="", date=(2026, 1, 1, 9, 0)):
    """sheets: list of (name, rows); numbers become numeric cells."""
    members = []
    wb_sheets, wb_rels, ct_over = [], [], []
    sheet_xml = []
    for si, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append(f'<sheet name="{_xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        rx = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xesc(str(v))}</t></is></c>')
            rx.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
        sheet_xml.append(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                          "<sheetData>" + "".join(rx) + "</sheetData></worksheet>"))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(ct_over) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          "<sheets>" + "".join(wb_sheets) + "</sheets></workbook>")
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(wb_rels) + "</Relationships>")
    core = _CORE.format(title=_xesc(title), author=_xesc(author), created=_iso(date))
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbr)]
    for si, sx in enumerate(sheet_xml, 1):
        members.append((f"xl/worksheets/sheet{si}.xml", sx))
    members.append(("docProps/core.xml", core))
    return _zip(members, date=date[:5] + (0,))


def att_xlsx(filename, sheets, **kw):
    return Att(filename, make_xlsx(sheets, **kw), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, body, title, author, date):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS} office:version="1.2"><office:body>'
               + body + "</office:body></office:document-content>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            f"<dc:title>{_xesc(title)}</dc:title><meta:initial-creator>{_xesc(author)}</meta:initial-creator>"
            f"<meta:creation-date>{_iso(date)[:-1]}</meta:creation-date>"
            "<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zip([("mimetype", mimetype), ("content.xml", content), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], date=date[:5] + (0,), stored_first=True)


def make_odt(blocks, title="", author="", date=(2026, 1, 1, 9, 0)):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<text:p>{_xesc(b)}</text:p>")
        elif b[0] == "h":
            body.append(f'<text:h text:outline-level="2">{_xesc(b[1])}</text:h>')
        elif b[0] == "t":
            rows = b[1]
            t = ['<table:table table:name="Tabelle1">',
                 f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>']
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_xesc(str(c))}</text:p></table:table-cell>'
                    for c in r) + "</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join(body) + "</office:text>", title, author, date)


def att_odt(filename, blocks, **kw):
    return Att(filename, make_odt(blocks, **kw), "application", "vnd.oasis.opendocument.text")


def make_ods(sheets, title="", author="", date=(2026, 1, 1, 9, 0)):
    body = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        t = [f'<table:table table:name="{_xesc(name)}">',
             f'<table:table-column table:number-columns-repeated="{ncol}"/>']
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    disp = str(v).replace(".", ",")
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{disp}</text:p></table:table-cell>')
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{_xesc(str(v))}</text:p></table:table-cell>')
            t.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        t.append("</table:table>")
        body.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(body) + "</office:spreadsheet>", title, author, date)


def att_ods(filename, sheets, **kw):
    return Att(filename, make_ods(sheets, **kw), "application", "vnd.oasis.opendocument.spreadsheet")


def make_csv(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def att_csv(filename, rows, delim=";", charset="utf-8", cte="quoted-printable", excel=False):
    text = make_csv(rows, delim)
    if excel:   # what some Windows tools send: bytes as application/vnd.ms-excel
        return Att(filename, text.encode(charset), "application", "vnd.ms-excel")
    return Att(filename, text, "text", "csv", charset=charset, cte=cte)


def make_ics(uid, start, end, summary, organizer, attendees, location="", description="",
             stamp=(2026, 1, 1, 8, 0), method="REQUEST"):
    """start/end: (mo, d, h, mi) in Europe/Berlin."""
    def f(t):
        return f"2026{t[0]:02d}{t[1]:02d}T{t[2]:02d}{t[3]:02d}00"

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return [line]
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return out

    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", f"METHOD:{method}",
         "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
         "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}",
         f"DTSTAMP:2026{stamp[0]:02d}{stamp[1]:02d}T{stamp[2]:02d}{stamp[3]:02d}00Z",
         f"DTSTART;TZID=W. Europe Standard Time:{f(start)}",
         f"DTEND;TZID=W. Europe Standard Time:{f(end)}",
         f"SUMMARY:{esc(summary)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        L.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mail}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        out.extend(fold(ln))
    return "\r\n".join(out) + "\r\n"


def att_ics(filename, **kw):
    return Att(filename, make_ics(**kw), "text", "calendar", charset="utf-8", cte="quoted-printable",
               params={"method": kw.get("method", "REQUEST")})


def att_zip(filename, members, date=ZDATE):
    """members: list of (name, bytes|str)."""
    return Att(filename, _zip(members, date=date), "application", "zip")


def att_html(filename, html, charset="utf-8", cte="quoted-printable"):
    return Att(filename, html, "text", "html", charset=charset, cte=cte)


def att_text(filename, text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    return Att(filename, text, "text", subtype, charset=charset, cte=cte)


def att_mail(filename, message):
    return Att(filename, message, "message", "rfc822")


# ---------------------------------------------------------------------------
# message builder
# ---------------------------------------------------------------------------

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-Mailer", "Microsoft Exchange Server / Outlook on the web"),
    "iphone": ("X-Mailer", "iPhone Mail (21F90)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird 115.8.0"),
    "system": ("X-Mailer", "Elbtal ServiceDesk 7.1"),
    "newsletter": ("X-Mailer", "Elbtal Mailing Engine 3.4"),
    None: None,
}


def _addrs(v):
    """'Name <a@b>' strings (or a list of them) -> Address objects, so that
    display names like 'Dr. X' are quoted correctly."""
    if not isinstance(v, str):
        v = ", ".join(v)
    out = []
    for name, addr in getaddresses([v]):
        assert "@" in addr, v
        out.append(Address(display_name=name, addr_spec=addr))
    return out


def build(frm, to, subject, date, mid, *, cc=None, body=None, html=None, charset="utf-8",
          cte="quoted-printable", hcharset=None, hcte=None, atts=(), irt=None, refs=None,
          headers=(), mailer="outlook", reply_to=None, flowed=False):
    m = EmailMessage(policy=POL)
    m["From"] = _addrs(frm)
    m["To"] = _addrs(to)
    if cc:
        m["Cc"] = _addrs(cc)
    if reply_to:
        m["Reply-To"] = _addrs(reply_to)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{mid}@{DOM}>" if "@" not in mid else f"<{mid}>"
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    mh = MAILERS[mailer]
    if mh:
        m[mh[0]] = mh[1]
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
    if html is not None:
        hc, ht = hcharset or charset, hcte or cte
        if hc.lower() != "utf-8":
            html = html.replace('<meta charset="utf-8">', f'<meta charset="{hc}">')
        if body is None:
            m.set_content(html, subtype="html", charset=hc, cte=ht)
        else:
            m.add_alternative(html, subtype="html", charset=hc, cte=ht)
    for a in atts:
        if a.maintype == "message":
            m.add_attachment(a.data, filename=a.filename)
        elif isinstance(a.data, str):
            if a.subtype == "html" and (a.charset or "utf-8").lower() != "utf-8":
                a.data = a.data.replace('<meta charset="utf-8">', f'<meta charset="{a.charset}">')
            m.add_attachment(a.data, subtype=a.subtype, charset=a.charset or "utf-8",
                             cte=a.cte or "quoted-printable", filename=a.filename, params=a.params)
        else:
            m.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename,
                             cte=a.cte or "base64")
    stack = [m]
    while stack:                      # sub-parts carry no MIME-Version of their own
        p = stack.pop()
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
        if p.get_content_type() != "message/rfc822" and p.is_multipart():
            stack.extend(p.iter_parts())
    i = 0
    stack = [m]
    while stack:
        part = stack.pop(0)
        if part.get_content_type() == "message/rfc822" or not part.is_multipart():
            continue
        h = hashlib.sha1(f"{mid}/{i}".encode()).hexdigest()[:20].upper()
        part.set_boundary(f"----=_NextPart_136_{h}")
        i += 1
        stack.extend(part.iter_parts())
    return m


MAILS = []


def mail(label, lang, kind, reason):
    assert label in LABELS, label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ===========================================================================
# MAILS - each one written by hand
# ===========================================================================

@mail("NORMAL", "de", "internal",
      "trap: maintenance notice for the claims system; names doctors' invoices and Kfz-Gutachten only as document classes")
def it_wartung_elsa():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 14.02.2026, spielen wir zwischen 06:00 und 14:00 Uhr das
Release 26.1 der Schaden- und Leistungsanwendung ELSA ein.

In dieser Zeit sind nicht verfügbar:
  - ELSA Schaden (Kfz, Sach, Haftpflicht, Rechtsschutz)
  - ELSA Leistung (Kranken, Pflege, Unfall, BU/Leben)
  - die Dunkelverarbeitung der eingescannten Belege (Arztrechnungen,
    Rezepte, Kfz-Gutachten, Reparaturrechnungen); die Belege bleiben im
    Eingangskorb und werden ab Sonntag 02:00 Uhr nachverarbeitet
  - die Schnittstelle zu den Werkstatt- und Gutachterportalen

Das Kundenportal und die Hotline-Ansicht laufen normal weiter, zeigen aber
für den Zeitraum keinen aktuellen Bearbeitungsstand.

Was ist neu in 26.1? Die Release Notes liegen im Intranet unter
IT > Anwendungen > ELSA > Release Notes. Die wichtigsten Punkte:
  * neue Pflichtprüfung der IBAN beim Anlegen einer Zahlung
  * Wiedervorlagen lassen sich jetzt auf Teams übertragen
  * Schnellerfassung für Glasbruch

Bei Problemen am Montag bitte ein Ticket über das Self-Service-Portal
oder die 4400.

Viele Grüße
Euer IT-Service-Desk

--
IT-Service-Desk | Elbtal Versicherung AG
Durchwahl 4400 | it-servicedesk@elbtal-versicherung.example
"""
    notes = html_page("""<h1>ELSA Release 26.1 &ndash; Release Notes</h1>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>ID</th><th>Bereich</th><th>Änderung</th></tr>
<tr><td>ELSA-4471</td><td>Zahlungen</td><td>IBAN-Prüfung (Prüfziffer) beim Anlegen einer Zahlung ist Pflicht</td></tr>
<tr><td>ELSA-4502</td><td>Wiedervorlage</td><td>Wiedervorlagen können auf ein Team übertragen werden</td></tr>
<tr><td>ELSA-4517</td><td>Sach</td><td>Schnellerfassung Glasbruch mit Fotoupload</td></tr>
<tr><td>ELSA-4530</td><td>Leistung KV</td><td>Belegart &quot;Heil- und Kostenplan&quot; mit eigener Wiedervorlage</td></tr>
<tr><td>ELSA-4544</td><td>Allgemein</td><td>Performance der Aktensuche verbessert</td></tr>
</table>
<p>Bekannte Einschränkungen: keine.</p>""")
    return build(group("it-servicedesk", "IT-Service-Desk"),
                 group("alle-schaden-leistung", "Alle Mitarbeitenden Schaden und Leistung"),
                 "Wartungsfenster ELSA am Samstag, 14.02.2026, 06:00-14:00 Uhr",
                 dt(2, 10, 16, 2), "SD.20260210.160201.4400", body=body, mailer="system",
                 atts=[att_html("ELSA_26.1_Release_Notes.html", notes, charset="windows-1252")])


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "repair approval to a body shop: named customer, plate, claim number, deductible; nobody hurt")
def kfz_freigabe_ziegler():
    quoted = """Sehr geehrter Herr Wendt,

anbei unser Kostenvoranschlag zum VW Golf VII von Herrn Kluge
(amtl. Kennzeichen DD-MK 4471). Schaden hinten links, Seitenwand und
Stoßfänger, Parkrempler. Gesamt 2.874,50 EUR brutto.

Wir bitten um Reparaturfreigabe, der Kunde braucht das Fahrzeug
möglichst bis Freitag.

Mit freundlichem Gruß
Rico Ziegler
Karosserie & Lack Ziegler GmbH"""
    body = f"""Hallo Herr Ziegler,

die Reparatur am Golf von Herrn Marcel Kluge ist freigegeben, Schaden-Nr.
S-2026-0412377 (Vollkasko, Vertrag KF-4471-288136).

Bitte beachten:
- Selbstbeteiligung 300,00 EUR kassieren Sie bitte direkt beim Kunden.
- Rechnung bitte brutto ausweisen (Herr Kluge ist nicht
  vorsteuerabzugsberechtigt) und mit Fotos vorher/nachher an
  kfz-rechnungen@elbtal-versicherung.example schicken.
- Kein Ersatzwagen über uns, der Tarif hat keinen Mietwagenbaustein.

Personen kamen nicht zu Schaden, der Wagen stand beim Parken unbesetzt.

Danke und Gruß
Jonas Wendt

--
Jonas Wendt
Kfz-Schaden, Team Ost
Elbtal Versicherung AG
Telefon 0351 4136-2214

Am 03.03.2026 um 08:12 schrieb Rico Ziegler:
{gtq(quoted)}
"""
    return build(who("wendt"), "Rico Ziegler <r.ziegler@ziegler-karosserie.example>",
                 "AW: KVA Golf DD-MK 4471 / Ihr Zeichen S-2026-0412377",
                 dt(3, 3, 10, 41), "3f9a71c2.wendt.0303",
                 body=body, charset="iso-8859-1", cte="quoted-printable",
                 irt="<kva-4471-0303@ziegler-karosserie.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "health claim: orthopaedic invoice with diagnosis M51.1 and procedures of a named insured sent to the medical adviser; details also in the PDF")
def kv_aerztin_prt():
    body = f"""Liebe Frau Dr. Vogt,

ich bitte um Ihre Stellungnahme zur medizinischen Notwendigkeit.

Versicherte: Heike Trautmann, KV-Nr. 7 712 448 031, Tarif AmbulantPlus
Rechnung: Orthopädische Praxis Dr. Gruner, Meißen, vom 02.03.2026
Diagnose lt. Rechnung: M51.1 G Bandscheibenvorfall L4/L5 mit Radikulopathie

Abgerechnet sind u. a. 6 periradikuläre Therapien (PRT) unter CT-Kontrolle
innerhalb von 5 Wochen, dazu zweimal MRT LWS im Abstand von 3 Wochen.
Gesamtbetrag 3.412,87 EUR, Faktor überwiegend 3,5 ohne Begründung.

Fragen:
1. Ist die Zahl der PRT medizinisch nachvollziehbar?
2. War das zweite MRT erforderlich?
3. Ist die Steigerung auf 3,5 bei Nr. 5378 vertretbar?

Die Rechnung hängt an (aus dem Scan, Seite 1-2). Die Versicherte hat
telefonisch erwähnt, dass eine OP im Raum steht - ggf. wäre eine
Vorabanfrage sinnvoll.

Danke und viele Grüße

{sig("lehnert", footer=False)}
"""
    pdf = att_pdf("Rechnung_Trautmann_Gruner_2026-03-02.pdf", [
        "**Orthopädische Praxis Dr. med. Falk Gruner",
        "Dresdner Straße 14, 01662 Meißen",
        "",
        "Frau Heike Trautmann, Kirchgasse 3, 01665 Klipphausen",
        "geb. 11.05.1968",
        "",
        "**Rechnung Nr. 2026-0388 vom 02.03.2026",
        "Diagnose: M51.1 G Lumbaler Bandscheibenvorfall L4/L5 mit Radikulopathie links",
        "",
        "Datum       GOÄ    Leistung                               Faktor   Betrag",
        "20.01.2026  1      Beratung                               2,3      10,72",
        "20.01.2026  5700   MRT LWS                                1,8      786,92",
        "26.01.2026  5378   CT-gesteuerte Intervention (PRT)       3,5      489,48",
        "02.02.2026  5378   CT-gesteuerte Intervention (PRT)       3,5      489,48",
        "09.02.2026  5700   MRT LWS (Verlaufskontrolle)            1,8      786,92",
        "...         ...    (weitere 4 PRT, siehe Seite 2)",
        "",
        "Gesamtbetrag: 3.412,87 EUR",
    ], title="Rechnung 2026-0388", author="Praxis Dr. Gruner", date=(2026, 3, 2, 17, 5))
    return build(who("lehnert"), who("vogt"),
                 "Bitte um Stellungnahme PRT-Serie - Trautmann KV 7712448031",
                 dt(3, 9, 11, 20), "lehnert.20260309.112004",
                 body=body, charset="utf-8", cte="8bit", atts=[pdf])


@mail("NORMAL", "en", "internal",
      "trap: API deprecation notice naming health-claims endpoints and ICD fields, no data")
def api_deprecation_v1():
    text = f"""Hi all,

heads-up for everyone integrating with the claims platform APIs.

We will switch off v1 of the following endpoints on 30 June 2026:

  GET  /claims/health/v1/invoices
  POST /claims/health/v1/invoices/{{id}}/assessment
  GET  /claims/motor/v1/repairs

v2 has been live since January. Differences that matter:
- the diagnosis field is now a list ("icdCodes": ["M54.5", ...]) instead
  of a single string; validation against ICD-10-GM 2026 happens server-side
- amounts are integers in cents
- bank details are no longer returned at all; use the payments service

Migration guide: https://wiki.elbtal-versicherung.example/x/api-v2-migration
Office hours: Thursdays 14:00, Teams channel "API Guild".

If your team still calls v1 (we see traffic from the broker portal and two
batch jobs in Output Management), please reply so we can plan together.

Thanks,
Priya

--
{sig_short("raman", "en")}
"""
    html = html_page(f"""<p>Hi all,</p>
<p>heads-up for everyone integrating with the claims platform APIs.</p>
<p>We will switch off <b>v1</b> of the following endpoints on <b>30 June 2026</b>:</p>
<ul>
<li><code>GET /claims/health/v1/invoices</code></li>
<li><code>POST /claims/health/v1/invoices/{{id}}/assessment</code></li>
<li><code>GET /claims/motor/v1/repairs</code></li>
</ul>
<p>v2 has been live since January. Differences that matter:</p>
<ul>
<li>the diagnosis field is now a list (<code>"icdCodes": ["M54.5", ...]</code>) instead
of a single string; validation against ICD-10-GM 2026 happens server-side</li>
<li>amounts are integers in cents</li>
<li>bank details are no longer returned at all; use the payments service</li>
</ul>
<p>Migration guide: <a href="https://wiki.elbtal-versicherung.example/x/api-v2-migration">API v2 migration</a><br>
Office hours: Thursdays 14:00, Teams channel &quot;API Guild&quot;.</p>
<p>If your team still calls v1 (we see traffic from the broker portal and two
batch jobs in Output Management), please reply so we can plan together.</p>
<p>Thanks,<br>Priya</p>
<p style="color:#666">Priya Raman<br>IT Architecture | -4471</p>""")
    return build(who("raman"), group("it-dev", "IT Development"),
                 "[API] v1 claims endpoints switched off on 30 June",
                 dt(4, 14, 9, 3), "CAF4471.0414.raman", body=text, html=html,
                 charset="utf-8", cte="quoted-printable", cc=group("it-architecture", "IT Architecture"))


@mail("CONFIDENTIAL", "en", "insurer-to-assessor",
      "instruction to a loss adjuster: fire at a sole trader's bakery, owner named, policy and claim number, mobile; nobody injured; also in PDF")
def meridian_baeckerei_brand():
    body = f"""Dear Gareth,

further to our call this morning, please accept this as our formal
instruction.

Insured:       Oliver Thiele, trading as "Backstube Thiele" (sole trader)
Risk address:  Lange Straße 22, 01796 Pirna
Policy:        GW-3310-904417 (commercial contents + business interruption)
Claim ref:     S-2026-0733120
Date of loss:  night of 18/19 May 2026
Cause:         fire, probably started at the proving cabinet; fire brigade
               on site at 03:40. Nobody was in the building, no injuries.

Mr Thiele can be reached on +49 170 5512 983 and would like to meet you on
site on Thursday. The police released the premises yesterday.

Scope: cause and origin, reinstatement of the oven line, stock, and a first
view on BI (he supplies two hotels; he says he loses about EUR 2,100 in
gross profit per trading day). Please also check whether the cabinet was
serviced as required by clause 7.3.

The formal instruction letter is attached. Preliminary report within
5 working days please.

{sig("hughes", "en")}
"""
    pdf = att_pdf("Instruction_S-2026-0733120.pdf", [
        "**Elbtal Versicherung AG - International Claims",
        "Letter of instruction",
        "",
        "To: Meridian Loss Adjusters Ltd, attn. Gareth Pryce",
        "Our ref: S-2026-0733120   Date: 20 May 2026",
        "",
        "Insured: Oliver Thiele t/a Backstube Thiele, Lange Straße 22, 01796 Pirna",
        "Policy: GW-3310-904417   Sum insured contents: EUR 180,000   BI: EUR 95,000 (12 months)",
        "Loss: fire, 18/19 May 2026",
        "",
        "Scope of instruction:",
        "1. Cause and origin, recovery prospects against the manufacturer of the proving cabinet",
        "2. Quantum: machinery, stock, increased cost of working",
        "3. Business interruption: gross profit, indemnity period",
        "4. Compliance with maintenance warranty (clause 7.3)",
        "",
        "Fee basis: panel agreement 2025-2027, hourly rates as agreed.",
    ], title="Letter of instruction", author="Daniel Hughes", date=(2026, 5, 20, 10, 15))
    return build(who("hughes"), "Gareth Pryce <gareth.pryce@meridian-adjusters.example>",
                 "Instruction - fire, Backstube Thiele, Pirna - our ref S-2026-0733120",
                 dt(5, 20, 10, 22), "hughes.0520.1022.inst", body=body, atts=[pdf],
                 charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: job advert for a health-claims clerk full of medical vocabulary (GOÄ, ICD-10), HTML only, no person")
def stellenanzeige_leistung_kv():
    html = html_page("""<p>Hallo Julia,</p>
<p>kannst du bitte die folgende Stelle ab Montag im Karriereportal und im Intranet
veröffentlichen? Laufzeit 6 Wochen, Kennziffer 2026-KV-07.</p>
<hr>
<h2>Sachbearbeiter (m/w/d) Leistungsprüfung Krankenversicherung</h2>
<p><b>Standort:</b> Dresden, hybrid (bis zu 3 Tage mobil)<br>
<b>Start:</b> ab sofort, unbefristet, Vollzeit oder Teilzeit (ab 30 Std.)</p>
<h3>Ihre Aufgaben</h3>
<ul>
<li>Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und KHEntgG</li>
<li>Bearbeitung von Heil- und Kostenplänen sowie Hilfsmittelverordnungen</li>
<li>Korrespondenz mit Versicherten, Ärzten und Kliniken</li>
<li>Zusammenarbeit mit unseren beratenden Ärztinnen und Ärzten</li>
</ul>
<h3>Ihr Profil</h3>
<ul>
<li>Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder Medizinische/r Fachangestellte/r</li>
<li>Sicherer Umgang mit medizinischer Terminologie und ICD-10-Codes</li>
<li>Sorgfalt und Diskretion im Umgang mit Gesundheitsdaten</li>
</ul>
<h3>Wir bieten</h3>
<p>Tarifvertrag der privaten Versicherungswirtschaft, 38-Stunden-Woche, 30 Tage Urlaub,
betriebliche Altersversorgung, Jobrad, Betriebsarzt und Gesundheitstage.</p>
<p>Bewerbung bitte über das Karriereportal, Ansprechpartnerin Claudia Pietsch, Tel. 0351 4136-1710.</p>
<hr>
<p>Danke dir!<br>Claudia</p>
<p style="font-size:9pt;color:#555">Claudia Pietsch | Personalabteilung | Elbtal Versicherung AG</p>""")
    return build(who("pietsch"), who("franke"),
                 "Stellenanzeige 2026-KV-07 Leistungsprüfung KV - bitte veröffentlichen",
                 dt(1, 22, 14, 37), "pietsch.0122.kv07", html=html, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "scan service: list of misrouted scans naming patients with dermatology, psychotherapy and hospital invoices")
def scanpoint_fehlleitung_arztrechnungen():
    body = """Hallo Herr Brenner,

in der Lieferung vom 17.03. (Batch 2026-03-17-B04, Posteingang Kfz) sind
drei Belege gelandet, die eindeutig in den Korb Leistung KV gehören. Unsere
Kfz-Kollegen haben die Dokumente geöffnet, bevor es auffiel:

  Dok-ID        Absender / Inhalt                          Person
  4471-88213    Rechnung Hautarztpraxis Dr. Schilling,     Ramona Eichler
                Exzision + Histologie
  4471-88214    Psychotherapeutische Praxis Lindemann,     Tim Gräfe
                Rechnung 12 Sitzungen Verhaltenstherapie
  4471-88219    Städtisches Klinikum Görlitz,              Ilse Günther
                Entlassungsbericht + Rechnung Station 4B

Bitte
1. die drei Dokumente im Auftrag auf Klasse "KV-Beleg" umindizieren,
2. prüfen, warum die Klassifikation "Kfz-Werkstattrechnung" gegriffen hat
   (alle drei hatten ein Kennzeichenfeld? Die Psychotherapie-Rechnung hat
   ein Feld "Fallnummer", vielleicht daher),
3. mir bis Donnerstag kurz schriftlich bestätigen, dass keine Kopie außerhalb
   der Produktionsstrecke verblieben ist.

Unsere Datenschutzbeauftragte, Frau Seidel, ist in Kopie, weil wir den
Vorgang intern als Datenschutzereignis dokumentieren müssen.

Mit freundlichen Grüßen

Sandra Müller
Input-Management / Posteingang
Elbtal Versicherung AG
Telefon 0351 4136-1260
"""
    return build(who("mueller_s"), "Jan Brenner <j.brenner@scanpoint.example>",
                 "Fehlzuordnung Batch 2026-03-17-B04 - 3 KV-Belege im Kfz-Korb",
                 dt(3, 18, 8, 52), "mueller.0318.b04", cc=who("seidel"), body=body,
                 charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "internal",
      "payroll to an employee: new monthly gross salary and pay grade (income)")
def gehalt_anpassung_behrendt():
    body = """Hallo Herr Behrendt,

wie mit Ihrer Führungskraft besprochen, ändert sich Ihre Vergütung zum
01.04.2026:

  bisher:  Tarifgruppe VI, Stufe 11 Jahre    4.105,00 € brutto/Monat
  neu:     Tarifgruppe VII, Stufe 11 Jahre   4.385,00 € brutto/Monat
  Zulage Großschaden (unverändert)             120,00 € brutto/Monat

Die Änderung wird mit der April-Abrechnung wirksam. Das Schreiben für Ihre
Personalakte geht Ihnen per Hauspost zu; bitte ein Exemplar unterschrieben
an die Personalabteilung zurück.

Bei Fragen zur Abrechnung erreichen Sie mich unter -1742.

Viele Grüße
Thomas Ebert
Entgeltabrechnung
"""
    return build(who("ebert"), "Lukas Behrendt <lukas.behrendt@elbtal-versicherung.example>",
                 "Ihre Vergütung ab 01.04.2026",
                 dt(3, 24, 15, 6), "ebert.0324.behrendt", body=body,
                 charset="windows-1252", cte="8bit", cc=who("lang"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order for a dental supplementary product flyer; product text (implants, dentures) in the PDF proof only")
def druckauftrag_zahnflyer():
    body = f"""Guten Tag Frau Kaden,

hiermit bestellen wir verbindlich:

  Artikel:   Flyer "ElbtalZahn Plus", DIN lang, 6 Seiten Wickelfalz
  Auflage:   20.000 Stück
  Papier:    135 g Bilderdruck matt, 4/4-farbig
  Lieferung: bis 27.02.2026 an Elbtal Versicherung, Warenannahme Tor 2,
             Elbtalplatz 1, 01069 Dresden
  Bestell-Nr.: EK-2026-0193, Kostenstelle 6100

Die Druckdaten laden wir heute Nachmittag auf Ihren Upload-Server, den
finalen Text zur Kontrolle hänge ich als PDF an. Bitte vor dem Druck noch
einmal einen Proof (PDF reicht).

{sig("franke")}
"""
    pdf = att_pdf("ElbtalZahnPlus_Flyer_Text_final.pdf", [
        "**ElbtalZahn Plus - Ihr Lächeln ist uns etwas wert",
        "",
        "Bis zu 90 % Erstattung für Zahnersatz: Kronen, Brücken, Implantate und Inlays",
        "100 % für professionelle Zahnreinigung bis 150 EUR im Jahr",
        "Kieferorthopädie für Kinder bis 18 Jahre (KIG 1-2) bis 1.500 EUR",
        "Keine Wartezeit bei Unfall, sonst 8 Monate für Zahnersatz",
        "",
        "Beitrag ab 14,90 EUR im Monat (Eintrittsalter 30)",
        "Gesundheitsfragen: nur drei Fragen zu fehlenden Zähnen und laufenden Behandlungen",
        "",
        "Jetzt beraten lassen: in Ihrer Geschäftsstelle oder unter 0351 4136-1000",
        "www.elbtal-versicherung.example/zahn",
    ], title="ElbtalZahn Plus Flyer", author="Marketing", date=(2026, 2, 9, 13, 30))
    return build(who("franke"), "Ines Kaden <auftrag@druckhaus-lausitz.example>",
                 "Bestellung EK-2026-0193 Flyer ElbtalZahn Plus 20.000 St.",
                 dt(2, 10, 10, 5), "franke.0210.ek0193", body=body, atts=[pdf])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
      "travel health: named insured's stroke, hospital and repatriation sent to the assistance provider")
def assistance_repatriation_palma():
    body = """Dear colleagues,

please open a medical repatriation case for our insured:

  Name:        Ruediger Hempel, born 1957
  Policy:      RK-2025-661904 (annual travel insurance incl. repatriation)
  Location:    Hospital Universitario Son Espases, Palma de Mallorca,
               neurology ward, room 3.12
  Diagnosis:   acute ischaemic stroke (left MCA), admitted 07 July 2026,
               thrombolysis given; according to his wife he has a
               right-sided weakness and difficulty speaking
  Contact:     wife Marlies Hempel, +49 151 2290 4471 (in Palma)

The treating doctor (Dr. Ferrer) told us by phone that he could be fit to
fly in about 7-10 days. Please obtain the medical report, arrange the
fit-to-fly assessment and propose the mode of transport (stretcher on a
scheduled flight vs. air ambulance). Destination hospital: Neurological
rehab clinic Kreischa, Germany - bed to be confirmed.

Cost guarantee towards Son Espases: please issue on our behalf up to
EUR 25,000 for now.

Please use our case number TR-2026-11873 in all correspondence.

Kind regards

Sophie Marchetti
Travel Insurance & Assistance
Elbtal Versicherung AG
Phone +49 351 4136-2650
"""
    return build(who("marchetti"), "Global Assist Care - Operations <ops@assist-care.example>",
                 "New case TR-2026-11873 - repatriation from Palma",
                 dt(7, 8, 9, 14), "marchetti.0708.tr11873", body=body,
                 charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "internal",
      "trap: burst pipe in the head office affects the company doctor's rooms; flu-vaccination hours moved, no patient named")
def wasserschaden_betriebsarzt():
    body = """Liebe Kolleginnen und Kollegen am Standort Elbtalplatz,

heute Nacht ist im 3. OG (Haus B) eine Steigleitung geplatzt. Das Wasser ist
bis ins 2. OG durchgelaufen. Betroffen sind:

- Besprechungsräume B3.01 bis B3.04 (bis auf Weiteres gesperrt)
- die Räume des betriebsärztlichen Dienstes im 2. OG (B2.10-B2.12)
- Teeküche B2

Die Trocknungsgeräte laufen ab heute Mittag und sind laut. Bitte die
Hinweisschilder beachten und die Türen geschlossen halten.

Die Sprechstunde der Betriebsärztin und die Grippeschutzimpfungen am
Donnerstag finden stattdessen im Raum A0.05 (Erdgeschoss Haus A) statt.
Wer einen Termin hat, behält ihn; die Uhrzeiten bleiben gleich.

Die Schadenmeldung an unseren eigenen Gebäudeversicherer ist raus. Falls
bei euch private Gegenstände nass geworden sind, bitte bis Freitag kurz
an facility@elbtal-versicherung.example melden.

Danke für euer Verständnis
Jens Heinze
Facility Management, -1310
"""
    return build(who("heinze"), group("standort-dresden", "Alle Mitarbeitenden Dresden"),
                 "Wasserschaden Haus B: Räume gesperrt, Betriebsarzt zieht vorübergehend um",
                 dt(10, 13, 7, 48), "heinze.1013.wasser", body=body, charset="utf-8", cte="8bit",
                 headers=[("Importance", "high")])


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "building-damage instruction to an expert: named policyholder, home address, phone, policy and claim number; also in the ODT")
def kuehn_leitungswasser_auftrag():
    body = f"""Sehr geehrter Herr Kühn,

wir beauftragen Sie mit der Begutachtung eines Leitungswasserschadens.

Versicherungsnehmerin: Carola Wünsche
Risikoort:            Am Hutberg 7, 01454 Radeberg (Einfamilienhaus, Bj. 1996)
Vertrag:              WG-2210-448371 (Wohngebäude, gleitender Neuwert)
Schaden-Nr.:          S-2026-0298844, gemeldet am 11.02.2026
Telefon VN:           0172 8841 207 (vormittags besser Festnetz 03528 44 19 02)

Schilderung der VN: Feuchtigkeit im Hauswirtschaftsraum, Fliesen lösen
sich, Ursache vermutlich undichte Zuleitung der Fußbodenheizung. Ein
Installateur war bereits vor Ort, Leckortung wurde nicht gemacht.

Bitte klären Sie: Ursache, Umfang, Trocknungsbedarf, Vorschäden, sowie ob
es sich um einen Frostschaden handeln könnte (das Haus stand im Januar
drei Wochen leer). Den Auftragsbogen hänge ich an.

{sig("kaya")}
"""
    odt = att_odt("Gutachterauftrag_S-2026-0298844.odt", [
        ("h", "Gutachterauftrag Gebäudeschaden"),
        "Auftraggeber: Elbtal Versicherung AG, Schadenregulierung Sach / Gebäude, Aylin Kaya",
        "Sachverständiger: Dipl.-Ing. Peter Kühn, Bausachverständigenbüro Kühn",
        ("t", [["Feld", "Angabe"],
               ["Schaden-Nr.", "S-2026-0298844"],
               ["Vertrag", "WG-2210-448371"],
               ["Versicherungsnehmerin", "Carola Wünsche"],
               ["Risikoort", "Am Hutberg 7, 01454 Radeberg"],
               ["Schadenart", "Leitungswasser"],
               ["Schadentag", "ca. 09.02.2026"],
               ["Honorar", "nach Rahmenvereinbarung 2026"]]),
        "Fragen: Ursache, Umfang, Trocknung, Vorschäden, Frost.",
        "Bericht innerhalb von 10 Arbeitstagen nach Ortstermin.",
    ], title="Gutachterauftrag", author="Aylin Kaya", date=(2026, 2, 12, 9, 40))
    return build(who("kaya"), "Peter Kühn <buero@kuehn-bausachverstand.example>",
                 "Gutachterauftrag Leitungswasser Radeberg, S-2026-0298844",
                 dt(2, 12, 9, 47), "kaya.0212.0947", body=body, atts=[odt],
                 charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "disability (BU) lawsuit briefing to outside counsel: recurrent depression F33.1, expert reports, also in DOCX")
def bu_klage_reuter():
    body = f"""Sehr geehrter Herr Dr. Reuter,

wie telefonisch angekündigt, übersende ich Ihnen den Vorgang zur Klage
Haase ./. Elbtal Lebensversicherung AG, LG Dresden, Az. 8 O 412/26.

Kurz zum Stand:
- Herr Sören Haase (BU-Vertrag BU-2017-0044913, Beruf Projektleiter IT)
  macht BU seit 01.09.2025 geltend.
- Diagnose nach den Unterlagen: rezidivierende depressive Störung,
  gegenwärtig mittelgradige Episode (F33.1), daneben Tinnitus.
- Unser Gutachten (Dr. Kessler, Psychiatrie) sieht einen BU-Grad von
  30 %, der behandelnde Psychiater 70 %.
- Wir haben am 14.01.2026 abgelehnt; Klage ging am 02.04. ein.

Die Chronologie und die Gutachten-Kernaussagen finden Sie in der
angehängten Sachstandsnotiz. Die vollständige Leistungsakte stellen wir
Ihnen über unseren Datenraum bereit, nicht per Mail.

Klageerwiderungsfrist: 14.05.2026. Bitte um kurze Einschätzung der
Prozessaussichten bis Ende April.

{sig("rahn", disclaimer=True)}
"""
    docx = att_docx("Sachstand_Haase_BU.docx", [
        ("h", "Sachstand BU-Leistungsfall Sören Haase, BU-2017-0044913"),
        "Stand: 16.04.2026, Verfasser: Tobias Rahn",
        ("t", [["Datum", "Ereignis"],
               ["01.09.2025", "Beginn AU laut Hausarzt, Diagnose F33.1"],
               ["15.10.2025", "Leistungsantrag"],
               ["09.12.2025", "Gutachten Dr. Kessler: BU-Grad 30 %, Tätigkeit mit Anpassungen möglich"],
               ["14.01.2026", "Ablehnung"],
               ["02.04.2026", "Klage LG Dresden, 8 O 412/26"]]),
        "Behandelnder Psychiater Dr. Ahrens: Konzentrations- und Antriebsstörung, BU-Grad 70 %.",
        "Medikation laut Attest: Sertralin 100 mg, seit 02/2026 zusätzlich Quetiapin retard.",
        "Offene Punkte: Umorganisation der Tätigkeit, Tinnitus (H93.1) nicht begutachtet.",
    ], title="Sachstand Haase", author="Tobias Rahn", date=(2026, 4, 16, 14, 0))
    return build(who("rahn"), "Dr. Jörg Reuter <j.reuter@reuter-partner-recht.example>",
                 "Haase ./. Elbtal Leben - LG Dresden 8 O 412/26 - Mandatierung",
                 dt(4, 16, 14, 22), "rahn.0416.haase", body=body, atts=[docx],
                 cc="Sekretariat Reuter <sekretariat@reuter-partner-recht.example>")


@mail("NORMAL", "en", "internal", "out-of-office auto-reply")
def ooo_clarke():
    body = """Thank you for your message.

I am out of the office until Monday, 10 August 2026, with no access to
e-mail. For treaty matters please contact Lars Pohl
(lars.pohl@elbtal-versicherung.example, ext. 1561); for anything urgent
regarding facultative placements, the reinsurance team mailbox
reinsurance@elbtal-versicherung.example.

Your e-mail will not be forwarded.

Emma Clarke
Reinsurance
"""
    return build(who("clarke"), who("hughes"),
                 "Automatic reply: Cat XL renewal - loss triangles",
                 dt(7, 27, 11, 2), "ooo.clarke.0727.1102", body=body, charset="us-ascii", cte="7bit",
                 irt="<hughes.0727.cxl@elbtal-versicherung.example>",
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail("CONFIDENTIAL", "mixed", "internal",
      "German cover note forwarding an English complaint about a named customer's household burglary claim with policy number and phone")
def beschwerde_einbruch_oneill():
    quoted = """Dear Sir or Madam,

I am writing for the third time about my burglary claim (policy
HR-5520-2096, claim S-2026-0187741). Our flat in Dresden-Neustadt,
Louisenstrasse 58, was broken into on 24 January while we were skiing.
They took two laptops, a camera, my wife's jewellery and cash.

I sent the police report and the list of stolen items on 2 February.
Since then I have heard nothing except an automatic reply. My landlord
has repaired the door and wants EUR 640 from me.

Could someone please call me on +49 176 3390 1248? My German is not good
enough for the hotline.

Patrick O'Neill"""
    body = f"""Hallo Aylin,

kannst du dir das bitte anschauen? Herr O'Neill hat jetzt zum dritten Mal
geschrieben, diesmal über das Kontaktformular. Laut ELSA liegt die Akte seit
05.02. ohne Wiedervorlage bei dir - evtl. ist die Stehlgutliste nicht
zugeordnet worden.

Er möchte auf Englisch angerufen werden. Falls du keine Zeit hast, kann
ich das übernehmen, dann bräuchte ich nur kurz den Stand.

Danke, Lena

{ol_de("Patrick O'Neill <p.oneill@posteo-mail.example>", de_long(3, 2, 21, 47),
        "kundenservice@elbtal-versicherung.example",
        "Burglary claim - third request", quoted)}
"""
    return build(who("boettcher"), who("kaya"),
                 "WG: Burglary claim - third request (S-2026-0187741)",
                 dt(3, 3, 8, 31), "boettcher.0303.oneill", body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "field sales forwards a disability application: back pain, physiotherapy and psychotherapy of a named applicant")
def bu_antrag_rueckfrage_dietze():
    body = """Hallo Frau Krull,

zum BU-Antrag von Frau Yvonne Reichel (Antrag 2026-BU-118834, Erzieherin,
Kita in Zwickau, BU-Rente 1.500 €) noch ein paar Infos aus dem
Beratungsgespräch, die im Antrag nur kurz angekreuzt sind:

- Gesundheitsfrage 3 (Wirbelsäule): 2024 Rückenschmerzen nach Umzug,
  6x Physiotherapie, seitdem beschwerdefrei, keine Bildgebung.
- Gesundheitsfrage 5 (Psyche): 2023 zehn Sitzungen Psychotherapie nach
  dem Tod ihres Vaters, Diagnose laut ihr "Anpassungsstörung". Abgeschlossen
  Mai 2023, keine Medikamente.
- Sie ist Nichtraucherin, 1,68 m, 64 kg.

Sie fragt, ob wir mit einem Ausschluss Wirbelsäule leben könnten statt einer
Ablehnung - das wäre für sie in Ordnung. Die Schweigepflichtentbindung hat
sie unterschrieben, liegt dem Antrag bei.

Kurze Rückmeldung wäre toll, sie will sonst zum Mitbewerber.

Grüße aus Zwickau
Ralf Dietze
Bezirksdirektion Vertrieb Sachsen-West
Mobil 0171 4136 212
"""
    return build(who("dietze"), who("krull"),
                 "BU-Antrag Reichel 2026-BU-118834 - Ergänzungen Gesundheitsfragen",
                 dt(5, 6, 18, 3), "dietze.0506.reichel", body=body, charset="utf-8", cte="8bit",
                 mailer="iphone")


@mail("NORMAL", "de", "internal",
      "legal memo on the DORA register of ICT third-party providers; vendors and contracts only, in DOCX")
def memo_dora_register():
    body = f"""Liebe Kolleginnen und Kollegen,

anbei unser Vermerk zum Informationsregister nach Art. 28 DORA. Die
BaFin erwartet die Einreichung für das Berichtsjahr 2025 bis 30.04.2026.

Wir brauchen von jedem Bereich bis 13.03. die Liste der IKT-Dienstleister
mit Vertragsnummer, Leistungsbeschreibung, Kritikalität und Exit-Strategie.
Eine Vorlage ist im Vermerk enthalten.

Fragen gern an mich oder an Frau Sommer (Einkauf).

{sig("wolff")}
"""
    docx = att_docx("Vermerk_DORA_Informationsregister.docx", [
        ("h", "Vermerk: Informationsregister nach Art. 28 Abs. 3 DORA"),
        "Recht & Compliance, Dr. K. Wolff, 02.03.2026",
        "1. Pflicht: Alle vertraglichen Vereinbarungen über IKT-Dienstleistungen sind im Register zu führen.",
        "2. Inhalt: Vertragspartner (LEI), Art der Leistung, unterstützte Funktionen, Kritikalität, Standort der Datenverarbeitung.",
        "3. Betroffene Dienstleister (Auszug): Kobaltsoft GmbH (ELSA), Nimbus Hosting GmbH (Rechenzentrum), ScanPoint GmbH (Posteingang), Druckhaus Lausitz GmbH (Output), Tessellate Systems Ltd (Bestandssystem).",
        ("t", [["Bereich", "Ansprechpartner", "Frist"],
               ["IT", "Sven Richter", "13.03.2026"],
               ["Schaden/Leistung", "Christian Lorenz", "13.03.2026"],
               ["Betrieb/Output", "Philipp Bauer", "13.03.2026"]]),
        "4. Nächste Schritte: Konsolidierung durch Recht & Compliance, Freigabe Vorstand 20.04.2026.",
    ], title="Vermerk DORA", author="Dr. Konstantin Wolff", date=(2026, 3, 2, 8, 30))
    return build(who("wolff"), group("bereichsleitung", "Bereichsleitungen"),
                 "DORA-Informationsregister: Zulieferung bis 13.03.",
                 dt(3, 2, 8, 44), "wolff.0302.dora", body=body, atts=[docx])


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "IT vendor ticket quoting a screen with a named customer's birth date, address and household policy")
def tessellate_bug_dob():
    body = """Hi Tessellate support,

P2 ticket, please - production, policy administration (PAS 9.4).

Since the data migration run on Sunday, the policy overview screen shows
the wrong date of birth for some policyholders. The value shown is the
policy start date instead of the DOB. Example (copied from the screen,
customer agreed that we use it for the fix):

  Policyholder ....... Anja Seifert
  Date of birth ...... 01.03.2019   <- wrong, should be 14.07.1979
  Address ............ Bautzner Str. 118, 01099 Dresden
  Policy ............. HR 5520-1173 (household contents, sum insured
                       EUR 62,000), start 01.03.2019
  Payment ............ direct debit, IBAN masked DE** **** **** **** **42

Count of affected policies per our SQL: 1,284 (all migrated from the old
household tariff generation H2015).

Could you check the mapping of field PH_BIRTH_DT in the migration job
MIG_HH_07? Logs are in the SFTP drop folder /in/2026-06-15/.

Thanks,
Oleksandr

--
Oleksandr Melnyk
IT Operations / DevOps | Elbtal Versicherung AG
+49 351 4136-4456
"""
    return build(who("melnyk"), "Tessellate Support <support@tessellate.example>",
                 "P2 - PAS 9.4 policy overview shows wrong DOB after migration MIG_HH_07",
                 dt(6, 16, 9, 5), "melnyk.0616.pas94", body=body, charset="utf-8", cte="quoted-printable",
                 cc=group("it-betrieb", "IT-Betrieb"))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation quote request for travel-health policy wording; medical terms, no person")
def translation_quote_avb():
    body = """Dear Ms Stone,

we would like a quote for translating our travel insurance conditions
(AVB Reise 2026) from German into English.

- Scope: general conditions (12 pages), special conditions for travel
  health insurance incl. repatriation and emergency dental treatment
  (18 pages), product information sheet (IPID, 2 pages), approx. 21,500
  words in total.
- Terminology: we have a glossary with 240 entries (medical terms such as
  "medizinisch notwendige Heilbehandlung", "Krankenrücktransport",
  "Vorerkrankung") which must be used.
- Format: Word documents with tracked changes.
- Deadline: 15 April 2026.

Please quote per word and state whether proofreading by a second
translator is included. If you would like to see a sample page first,
let me know.

Best regards

Sophie Marchetti
Travel Insurance & Assistance
Elbtal Versicherung AG
"""
    return build(who("marchetti"), "Rebecca Stone <rebecca@stone-translations.example>",
                 "Request for quotation - translation of travel insurance conditions DE>EN",
                 dt(3, 5, 11, 30), "marchetti.0305.rfq", body=body, charset="utf-8", cte="8bit",
                 cc=who("franke"))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-supplier",
      "accident claim: Polish hospital discharge of a named insured (radius fracture, surgery) sent for translation; English reply quoted, text in DOCX")
def uebersetzung_entlassbrief_pl():
    quoted = """Dear Mr Yilmaz,

thank you, we can do this as an express job (48 h) at the medical rate,
EUR 1.85 per line. Please send the document as a Word or PDF file.

Best regards
Monika Hartwig
Project Management, Lingua Saxonia"""
    body = f"""Hallo Frau Hartwig,

danke für die schnelle Rückmeldung, damit einverstanden. Anbei der
Entlassungsbericht (aus dem Polnischen ins Deutsche, beglaubigt nicht
nötig).

Zum Hintergrund: Unfallversicherung, unsere Versicherte Paulina Wróbel ist am
21.06. in Zakopane beim Wandern gestürzt. Wir brauchen die Übersetzung für
die Prüfung der Invaliditätsleistung, insbesondere die Angaben zu
OP-Verfahren und Nervenbeteiligung.

Bitte die Rechnung mit unserem Zeichen U-2026-04471 an mich.

{sig("yilmaz")}

{ol_en("Monika Hartwig <projekte@lingua-saxonia.example>", en_long(7, 6, 16, 12),
        "Deniz Yilmaz", "RE: Anfrage Übersetzung PL>DE medizinisch", quoted)}
"""
    docx = att_docx("Karta_informacyjna_Wrobel.docx", [
        ("h", "Szpital Powiatowy w Zakopanem - Oddział Chirurgii Urazowo-Ortopedycznej"),
        "Karta informacyjna leczenia szpitalnego nr 2026/ORT/1187",
        "Pacjentka: Paulina Wróbel, ur. 03.09.1991",
        "Data przyjęcia: 21.06.2026   Data wypisu: 25.06.2026",
        "Rozpoznanie: Złamanie dalszej nasady kości promieniowej prawej z przemieszczeniem (S52.5)",
        "Leczenie: Otwarta repozycja i stabilizacja płytką kątowo-stabilną (ORIF) w dniu 22.06.2026.",
        "Przebieg: bez powikłań. Przy wypisie zaburzenia czucia w zakresie nerwu pośrodkowego.",
        "Zalecenia: unieruchomienie w szynie 4 tygodnie, kontrola RTG, rehabilitacja, Ketonal 100 mg doraźnie.",
        "Lekarz prowadzący: lek. med. Tomasz Gąsienica",
    ], title="Karta informacyjna", author="Szpital Powiatowy", date=(2026, 6, 25, 12, 0))
    return build(who("yilmaz"), "Monika Hartwig <projekte@lingua-saxonia.example>",
                 "AW: Anfrage Übersetzung PL>DE medizinisch - U-2026-04471",
                 dt(7, 7, 8, 15), "yilmaz.0707.u04471", body=body, atts=[docx],
                 irt="<lsx-20260706-1612@lingua-saxonia.example>")


@mail("NORMAL", "de", "internal",
      "trap: aggregated Q1 claims figures per line incl. health and life benefits, XLSX; no person")
def q1_schadenzahlen():
    body = f"""Liebe Frau Dr. Brückner,

anbei die vorläufigen Q1-Zahlen Schaden/Leistung für die Vorstandssitzung
am 21.04. Kurz zusammengefasst:

- Komposit: Schadenquote 68,4 % (Vj. 71,2 %), Frost Januar mit 14,3 Mio. €
  brutto, davon 9,8 Mio. € Leitungswasser.
- Kfz: Durchschnittsschaden Kasko +6,1 %, getrieben von Ersatzteilpreisen.
- Kranken: Leistungsausgaben +4,8 %, v. a. stationär und Arzneimittel;
  Hilfsmittel leicht rückläufig.
- Leben/BU: Neuzugang BU-Leistungsfälle 212 (Vj. 198), Anteil psychische
  Erkrankungen weiterhin rund 37 %.

Details pro Sparte in der Tabelle. Die finalen Zahlen kommen vom
Controlling am 16.04.

Viele Grüße
Christian Lorenz
"""
    xlsx = att_xlsx("Q1_2026_Schaden_Leistung_vorlaeufig.xlsx", [
        ("Übersicht", [
            ["Sparte", "Anzahl Fälle Q1", "Aufwand Q1 (T€)", "Aufwand Q1 Vj. (T€)", "Veränderung %"],
            ["Kfz-Haftpflicht", 8412, 31250, 29870, 4.6],
            ["Kfz-Kasko", 11930, 28410, 26115, 8.8],
            ["Hausrat", 3104, 6120, 6340, -3.5],
            ["Wohngebäude", 5877, 24930, 19880, 25.4],
            ["Haftpflicht privat", 2210, 3890, 4010, -3.0],
            ["Krankenversicherung", 148230, 96420, 92005, 4.8],
            ["Pflege", 6120, 11870, 11210, 5.9],
            ["Unfall", 1340, 7230, 7410, -2.4],
            ["BU-Leistungsfälle neu", 212, 0, 0, 0],
        ]),
        ("BU nach Ursache", [
            ["Ursachengruppe", "Anteil %"],
            ["Psychische Erkrankungen", 37.3],
            ["Muskel-Skelett", 21.7],
            ["Krebs", 15.1],
            ["Herz-Kreislauf", 7.5],
            ["Unfälle", 8.0],
            ["Sonstige", 10.4],
        ]),
    ], title="Q1 2026 vorläufig", author="Christian Lorenz", date=(2026, 4, 9, 17, 0))
    return build(who("lorenz"), who("brueckner"), "Q1-Zahlen Schaden/Leistung (vorläufig)",
                 dt(4, 9, 17, 12), "lorenz.0409.q1", body=body, atts=[xlsx],
                 cc=group("vorstandsbuero", "Vorstandsbüro"))


@mail("CONFIDENTIAL", "de", "internal",
      "accounting asks property claims about a refund: named customer, IBAN, household claim number")
def rueckzahlung_hausrat_iban():
    ib = iban("85050300", "3120447816")
    body = f"""Hallo Frau Kaya,

zur Schaden-Nr. S-2026-0155902 (Hausrat, Fahrraddiebstahl) wurde die
Entschädigung von 1.249,00 EUR zweimal angewiesen: am 19.02. aus ELSA und
am 20.02. nochmal manuell über die Kreditorenbuchhaltung.

Der Kunde, Herr Gerd Uhlig, hat sich selbst gemeldet und möchte den
doppelten Betrag zurücküberweisen. Er fragt nach unserer Bankverbindung;
die schicke ich ihm. Seine Kontoverbindung, von der die Rückzahlung kommt:

  Kontoinhaber: Gerd Uhlig
  IBAN: {ib}
  Sparkasse

Können Sie bitte in ELSA einen Vermerk setzen, damit niemand eine
Rückforderung schreibt? Ich buche den Eingang dann gegen.

Gruß
Holger Brandt
Rechnungswesen / Kreditoren, -1830
"""
    return build(who("brandt"), who("kaya"), "Doppelzahlung S-2026-0155902 Uhlig",
                 dt(2, 24, 13, 55), "brandt.0224.uhlig", body=body, charset="iso-8859-1", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR invites an employee to a BEM meeting because of more than six weeks of sick leave; ICS attached")
def bem_einladung_rudolph():
    body = """Liebe Frau Rudolph,

Sie waren in den letzten zwölf Monaten länger als sechs Wochen
arbeitsunfähig (zuletzt vom 12.01. bis 06.03.2026). Nach § 167 Abs. 2
SGB IX bieten wir Ihnen deshalb ein Betriebliches Eingliederungsmanagement
(BEM) an.

Das BEM ist freiwillig. Ziel ist, gemeinsam zu überlegen, ob und wie wir
Ihren Arbeitsplatz im Kundenservice so gestalten können, dass Sie gesund
bleiben, z. B. durch angepasste Arbeitszeiten, einen anderen Arbeitsplatz
oder Hilfsmittel. Sie bestimmen, wer teilnimmt (Betriebsrat,
Schwerbehindertenvertretung, Betriebsärztin); Ihre Diagnosen müssen Sie
nicht nennen.

Ich schlage ein erstes Gespräch am 25.03. um 10:00 Uhr vor, die Einladung
hängt an. Wenn der Termin nicht passt oder Sie kein BEM wünschen, geben
Sie mir bitte kurz Bescheid.

Herzliche Grüße
Claudia Pietsch
Personalabteilung, -1710
"""
    ics = att_ics("BEM-Gespraech.ics", uid="bem-2026-0311-rudolph@elbtal-versicherung.example",
                  start=(3, 25, 10, 0), end=(3, 25, 11, 0), summary="BEM-Erstgespräch (vertraulich)",
                  organizer=("Claudia Pietsch", em("pietsch")),
                  attendees=[("Tanja Rudolph", "tanja.rudolph@elbtal-versicherung.example")],
                  location="Raum A1.14 (Personal)",
                  description="Erstgespräch Betriebliches Eingliederungsmanagement. Teilnahme freiwillig.",
                  stamp=(3, 11, 9, 0))
    return build(who("pietsch"), "Tanja Rudolph <tanja.rudolph@elbtal-versicherung.example>",
                 "Angebot Betriebliches Eingliederungsmanagement",
                 dt(3, 11, 9, 12), "pietsch.0311.bem", body=body, atts=[ics],
                 charset="utf-8", cte="quoted-printable", headers=[("Sensitivity", "Private")])


@mail("NORMAL", "en", "newsletter",
      "trap: English broker newsletter on travel medical cover (evacuation, pre-existing conditions), HTML only")
def newsletter_travel_medical_brokers():
    html = html_page("""<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#003a5d;color:#fff;padding:16px;font-size:18pt">Elbtal Broker News &middot; May 2026</td></tr>
<tr><td style="padding:16px">
<h2>Travel medical: what your clients ask before the summer</h2>
<p>Every year around this time our broker desk gets the same three questions. Here are the answers.</p>
<h3>1. Are pre-existing conditions covered?</h3>
<p>Yes, as long as the trip is not undertaken for treatment and the condition was stable in the
six months before departure. Acute flare-ups of a chronic illness abroad are covered.</p>
<h3>2. Who decides about medical evacuation?</h3>
<p>Our assistance partner's doctors decide together with the treating physician. The client pays
nothing upfront; we guarantee costs directly to the hospital.</p>
<h3>3. What about dental emergencies?</h3>
<p>Pain-relieving treatment and simple fillings are covered up to EUR 500 per trip.</p>
<p><a href="https://makler.elbtal-versicherung.example/reise">Product sheet and rates</a> &middot;
<a href="https://makler.elbtal-versicherung.example/schulung">Webinar on 4 June</a></p>
</td></tr>
<tr><td style="font-size:8pt;color:#777;padding:16px">You receive this newsletter because you are a registered
sales partner of Elbtal Versicherung AG. <a href="https://makler.elbtal-versicherung.example/abmelden">Unsubscribe</a>.
Elbtal Versicherung AG, Elbtalplatz 1, 01069 Dresden, Germany.</td></tr>
</table>""", font="Arial")
    return build(group("makler-news", "Elbtal Broker News"), group("makler-news", "Elbtal Broker News"),
                 "Broker News: travel medical - the three questions your clients ask",
                 dt(5, 12, 7, 0), "bn-2026-05.newsletter", html=html, charset="utf-8", cte="base64",
                 mailer="newsletter", headers=[("Precedence", "bulk"),
                                               ("List-Unsubscribe", "<https://makler.elbtal-versicherung.example/abmelden>")])


@mail("CONFIDENTIAL", "en", "internal",
      "transit claim of a sole-trader antiques dealer (natural person): name, policy, claim number, goods value; no injury")
def cargo_claim_lohse():
    body = f"""Marek,

quick one before I instruct the surveyor in Felixstowe. Our insured:

  Frieder Lohse, trading as "Antiquitäten Lohse", Görlitz (sole trader)
  Open cargo policy TR-8800-1207, declaration no. 2026/044
  Claim S-2026-0540118

Consignment of 14 pieces of Biedermeier furniture, bought at auction in
Suffolk, invoice value GBP 38,400, arrived in Görlitz on 28 April with
water damage on 6 pieces. Container seal intact, so it is probably
condensation or the packing.

Questions for you as underwriter:
1. Did we agree the "warehouse to warehouse" extension for UK purchases?
   The declaration only says "ICC (A)".
2. He says he declared the value plus 10 %; the bordereau shows the
   invoice value only. Which one do we use?

Thanks,
Daniel

--
{sig_short("hughes", "en")}
"""
    return build(who("hughes"), who("nowak"), "Lohse cargo claim - cover question before survey",
                 dt(5, 4, 15, 40), "hughes.0504.lohse", body=body, charset="utf-8", cte="quoted-printable")

@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: scan-service SLA figures per document class (doctors' invoices, hospital reports) as counts only, CSV")
def scanpoint_sla_februar():
    body = f"""Hallo Herr Brenner,

danke für den Monatsbericht Februar. Für unser Review am 12.03. habe ich
die Zahlen pro Dokumentklasse zusammengefasst (siehe CSV). Auffällig:

- Arztrechnungen und Rezepte: SLA (Bereitstellung < 24 h) nur 91,2 %,
  vereinbart sind 98 %. Das war die Woche mit dem Frost, oder?
- Krankenhausrechnungen: Klassifikationsgüte 96,4 %, deutlich besser als
  im Januar.
- Kfz-Gutachten: die Dubletten-Quote ist auf 2,8 % gestiegen.

Bitte bringen Sie zum Termin eine Ursachenanalyse für die Arztrechnungen
mit. Eine Vertragsstrafe wollen wir eigentlich vermeiden.

{sig("mueller_s")}
"""
    csv_att = att_csv("SLA_Februar_2026_je_Dokumentklasse.csv", [
        ["Dokumentklasse", "Eingang Stück", "davon < 24h", "SLA %", "Klassifikation korrekt %", "Dubletten %"],
        ["Arztrechnung", "48211", "43968", "91,2", "97,9", "0,6"],
        ["Rezept / Apothekenbeleg", "22904", "20888", "91,2", "98,4", "0,3"],
        ["Krankenhausrechnung", "6120", "6034", "98,6", "96,4", "0,2"],
        ["Heil- und Kostenplan", "3388", "3371", "99,5", "95,1", "0,1"],
        ["Kfz-Gutachten", "7415", "7402", "99,8", "99,0", "2,8"],
        ["Reparaturrechnung", "9980", "9940", "99,6", "98,7", "1,1"],
        ["Sonstiger Schriftverkehr", "31207", "30995", "99,3", "93,2", "0,4"],
    ], charset="windows-1252", cte="quoted-printable")
    return build(who("mueller_s"), "Jan Brenner <j.brenner@scanpoint.example>",
                 "Monatsbericht Februar - Auswertung je Dokumentklasse",
                 dt(3, 6, 10, 18), "mueller.0306.sla", body=body, atts=[csv_att])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
      "data vendor receives a ZIP with real health-claim rows (names, birth dates, ICD codes) to reproduce a pipeline bug")
def quillon_pipeline_sample():
    body = """Hi Ravi,

as discussed, attached are the five records that break the nightly load
into the claims data mart (job DM_HEALTH_INV, step 4 "normalise ICD").

The job fails whenever an invoice carries more than one ICD code with a
suffix (G, V, Z ...) in the same field. I left the rows exactly as they
come out of ELSA so you can reproduce it - please treat the file
accordingly, delete it after the fix and confirm deletion to me. The ZIP
password is the usual one for this project, sent via Teams.

Expected result after your fix: one row per invoice x ICD code, suffix in
its own column.

Thanks
Chidi

--
Chidi Okafor
Data & Analytics | Elbtal Versicherung AG
+49 351 4136-4520
"""
    rows = [["claim_id", "insured_name", "birth_date", "tariff", "provider", "invoice_date", "icd_raw", "amount_eur"],
            ["KV-2026-3318820", "Manuela Fritzsche", "1972-02-17", "AmbulantPlus", "Dr. Pohl, Internist", "2026-05-04", "E11.9 G;I10.00 G", "412.80"],
            ["KV-2026-3318911", "Steffen Mättig", "1985-10-30", "Komfort100", "MVZ Neustadt Radiologie", "2026-05-06", "M54.4 G;M51.2 V", "1190.34"],
            ["KV-2026-3319004", "Jacqueline Rößler", "1990-06-08", "AmbulantPlus", "Praxis Lindemann Psychotherapie", "2026-05-02", "F41.1 G;F32.1 G", "1520.00"],
            ["KV-2026-3319127", "Uwe Zschoche", "1961-12-01", "Komfort100", "Uniklinik Dresden Kardiologie", "2026-04-28", "I25.13 G;Z95.5 Z", "3877.15"],
            ["KV-2026-3319230", "Doreen Kaiser", "1979-03-22", "Basis", "Frauenarztpraxis Dr. Sieber", "2026-05-07", "O24.4 V;Z34 G", "288.40"]]
    z = att_zip("DM_HEALTH_INV_failing_rows.zip", [("failing_rows.csv", make_csv(rows, ",")),
                                                  ("README.txt", "Rows exported 2026-05-11 from ELSA PROD by C. Okafor.\r\nDelete after fix.\r\n")],
                date=(2026, 5, 11, 16, 2, 0))
    return build(who("okafor"), "Ravi Menon <ravi.menon@quillon-data.example>",
                 "DM_HEALTH_INV step 4 - failing rows for reproduction",
                 dt(5, 11, 16, 9), "okafor.0511.dmhealth", body=body, atts=[z],
                 charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "internal",
      "trap: recurring meeting invitation for the health-claims team; agenda topics (aids, psychotherapy guideline) without any person; ICS")
def jourfixe_leistung_kv():
    body = """Hallo zusammen,

ab April verlegen wir den Jour fixe Leistung KV auf Dienstag, 09:00 Uhr.
Themen für den ersten Termin:

1. Neue Hilfsmittelliste (Hörgeräte, Rollatoren) - Umsetzung in ELSA
2. Psychotherapie: Umgang mit Anträgen auf Langzeittherapie nach der
   geänderten Richtlinie, Abstimmung mit dem Medizinischen Dienst
3. Rückstände Belegbearbeitung (Stand 31.03.)
4. Urlaubsplanung Sommer

Ergänzungen bitte bis Freitag an mich.

Birgit
"""
    ics = att_ics("Jour_fixe_Leistung_KV.ics", uid="jf-leistung-kv-2026@elbtal-versicherung.example",
                  start=(4, 7, 9, 0), end=(4, 7, 10, 0), summary="Jour fixe Leistung KV",
                  organizer=("Birgit Lehnert", em("lehnert")),
                  attendees=[("Team Leistung KV", "leistung-kv@elbtal-versicherung.example"),
                             ("Dr. med. Henrike Vogt", em("vogt"))],
                  location="B1.07 / Teams",
                  description="1. Hilfsmittelliste\n2. Psychotherapie-Richtlinie\n3. Rückstände\n4. Urlaub",
                  stamp=(3, 25, 12, 0))
    return build(who("lehnert"), group("leistung-kv", "Team Leistung KV"),
                 "Jour fixe Leistung KV ab April dienstags", dt(3, 25, 12, 4), "lehnert.0325.jf",
                 cc=who("vogt"), body=body, atts=[ics], charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "test file for a dunning print run: named motor/household customers with addresses, amounts and IBANs (CSV, windows-1252)")
def druckhaus_mahnlauf_testdatei():
    rows = [["Lauf", "Vertrag", "Sparte", "Anrede", "Name", "Straße", "PLZ", "Ort", "Rückstand EUR", "IBAN Lastschrift", "Mahnstufe"],
            ["M2026-04", "KF-4471-301877", "Kfz", "Herr", "Enrico Lehmann", "Weinbergstraße 12", "01129", "Dresden", "412,60", iban("85050300", "3190557702", False), "1"],
            ["M2026-04", "HR-5520-3309", "Hausrat", "Frau", "Manuela Fritzsche", "Am Anger 4", "09599", "Freiberg", "96,18", iban("87050000", "0712448803", False), "2"],
            ["M2026-04", "WG-2210-509122", "Wohngebäude", "Herr", "Dieter Pfützner", "Lindenallee 31", "02625", "Bautzen", "1.208,44", "", "2"],
            ["M2026-04", "KF-4471-299003", "Kfz", "Frau", "Jacqueline Rößler", "Zwickauer Str. 90", "08056", "Zwickau", "233,10", iban("87055000", "2201934411", False), "1"]]
    body = f"""Hallo Frau Kaden,

für die Umstellung des Mahnlaufs auf das neue Layout (Auftrag
OM-2026-022) schicke ich Ihnen wie vereinbart vier Datensätze aus dem
April-Lauf als Testdatei. Bitte daraus Probedrucke für alle drei
Mahnstufen erzeugen (PDF an mich), nichts in den Versand geben.

Achtung, das sind echte Kundendaten (wir haben für die Testdaten-
generierung noch keine Freigabe): Datei bitte nach der Abnahme löschen,
Löschung kurz bestätigen.

Feldbeschreibung wie im Satzbett v3; neu ist nur die Spalte "Mahnstufe".

{sig("bauer")}
"""
    return build(who("bauer"), "Ines Kaden <auftrag@druckhaus-lausitz.example>",
                 "OM-2026-022 Testdatei Mahnlauf neues Layout",
                 dt(4, 20, 14, 12), "bauer.0420.om022", body=body,
                 atts=[att_csv("M2026-04_Testdaten.csv", rows, charset="windows-1252", cte="base64")])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "long-term care: named insured's care grade 3 and dementia diagnosis passed to customer service for a call")
def pflege_einstufung_baumgaertel():
    body = """Hallo Kevin,

kannst du bitte heute noch Herrn Baumgärtel zurückrufen (Sohn und
Bevollmächtigter, Tel. 0351 8890 442)? Er hat zweimal in der Hotline nach
dem Stand gefragt.

Stand: Das Gutachten von MEDICPROOF für seine Mutter, Frau Hannelore
Baumgärtel (PV-Nr. 6 204 118 770), liegt vor. Ergebnis Pflegegrad 3
(52,5 Punkte), Hauptdiagnose Alzheimer-Demenz mit spätem Beginn (F00.1),
dazu Sturzneigung, Inkontinenz. Gültig ab Antragsmonat Februar 2026.

Pflegegeld bzw. Pflegetagegeld laufen ab März, die Nachzahlung für Februar
geht diese Woche raus. Den Bescheid verschicken wir per Post an den Sohn.
Bitte nicht mehr zum Gutachten sagen als Pflegegrad und Datum, für
Details soll er das Gutachten anfordern.

Danke!
Maren

Maren Fischer
Pflegeversicherung Leistung, -3140
"""
    return build(who("fischer"), who("schrader"), "Rückruf Baumgärtel - Pflegegrad liegt vor",
                 dt(4, 2, 13, 37), "fischer.0402.pg3", body=body, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "all-hands invitation with agenda (strategy, results); ICS attached")
def allhands_invite():
    body = """Dear colleagues,

you are warmly invited to our mid-year all-hands meeting:

  Thursday, 9 July 2026, 15:00-16:30
  Canteen Elbtalplatz and live stream (link in the invitation)

Agenda
  1. Half-year results and what they mean for the bonus pool
  2. "Elbtal 2030": update on the claims transformation programme
  3. Q&A with the management board (questions can be sent in advance,
     anonymously, via the intranet form)

The English live captions will be on again. Snacks from 14:45.

Board office (Vorstandsbuero)
"""
    ics = att_ics("All-hands_2026-07-09.ics", uid="allhands-2026-07@elbtal-versicherung.example",
                  start=(7, 9, 15, 0), end=(7, 9, 16, 30), summary="All-hands mid-year 2026",
                  organizer=("Vorstandsbüro", "vorstandsbuero@elbtal-versicherung.example"),
                  attendees=[("All staff", "alle@elbtal-versicherung.example")],
                  location="Canteen Elbtalplatz / live stream",
                  description="Stream: https://live.elbtal-versicherung.example/allhands",
                  stamp=(6, 22, 8, 0))
    return build(group("vorstandsbuero", "Vorstandsbüro"), group("alle", "All staff"),
                 "Invitation: all-hands meeting 9 July", dt(6, 22, 8, 3), "vb.0622.allhands",
                 body=body, atts=[ics], charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "internal",
      "HR relocation package for a named incoming employee: base salary, bonus, relocation allowance (income)")
def relocation_package_walsh():
    body = """Hi Claudia,

as agreed with Dr. Brückner, here are the figures for Henry Walsh's
contract (joining International Claims on 1 September from our London
office):

  Base salary:            EUR 92,000 p.a. (12 x 7,666.67)
  Target bonus:           15 %
  Relocation allowance:   EUR 8,500 gross, one-off, with September payroll
  Temporary housing:      3 months, paid by us directly (invoice to cost
                          centre 2600)
  German lessons:         up to EUR 1,200

He will keep his UK pension scheme until the end of the year; Thomas
(payroll) already has the details. Please prepare the contract in English
and German.

Thanks,
Daniel
"""
    return build(who("hughes"), who("pietsch"), "Henry Walsh - contract figures",
                 dt(6, 30, 17, 48), "hughes.0630.walsh", body=body, cc=who("ebert"),
                 charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "unexpected place: a total-loss mail to a car dealer mentions that the named driver is still in hospital with a pelvic fracture")
def autohaus_totalschaden_krankenhaus():
    body = """Hallo Herr Seidel,

zum Skoda Octavia Combi (DD-EL 2290) unseres Versicherungsnehmers Enrico
Lehmann, Schaden S-2026-0610245, der bei Ihnen auf dem Hof steht:

Laut Gutachten Hartmann liegt ein wirtschaftlicher Totalschaden vor
(Wiederbeschaffungswert 14.800 EUR, Restwert 3.150 EUR). Bitte das
Fahrzeug nicht reparieren und ab sofort keine Standgebühren mehr
berechnen; das Restwertangebot der Fa. AutoAnkauf Elbe gilt bis 30.06.

Herr Lehmann kann die Abmeldung nicht selbst machen, er liegt nach dem
Unfall mit einer Beckenfraktur noch im Klinikum Dresden-Friedrichstadt und
kommt danach in die Reha. Seine Frau, Sandra Lehmann, hat Vollmacht und
meldet sich wegen der persönlichen Gegenstände im Fahrzeug bei Ihnen.

Danke für Ihre Unterstützung!

Felix Lang
Kfz-Schaden, Team Großschaden
Elbtal Versicherung AG
Telefon 0351 4136-2230
"""
    return build(who("lang"), "Marco Seidel <service@autohaus-seidel-dresden.example>",
                 "Skoda DD-EL 2290 - Totalschaden, bitte keine Reparatur",
                 dt(6, 11, 11, 26), "lang.0611.octavia", body=body, charset="iso-8859-1",
                 cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-supplier",
      "framework agreement with the partner body-shop network: hourly rates and terms, PDF; no customer")
def werkstattnetz_verrechnungssaetze():
    body = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Konditionen 2026 für unser Partnerwerkstatt-Netz
"Elbtal Reparatur-Service". Sie gelten ab 01.02.2026 für alle Aufträge,
die über die Schadensteuerung vergeben werden.

Die wichtigsten Änderungen gegenüber 2025:
- Verrechnungssätze Karosserie/Lack +4,5 %
- Hol- und Bringservice wird pauschal mit 45 EUR vergütet
- Fotodokumentation und Kostenvoranschlag ausschließlich über das
  Werkstattportal

Bitte senden Sie die unterschriebene Anlage 1 bis 23.01. zurück.

{sig("sommer")}
"""
    pdf = att_pdf("Konditionen_Partnerwerkstaetten_2026.pdf", [
        "**Elbtal Reparatur-Service - Konditionen 2026",
        "",
        "Verrechnungssätze (netto, je Stunde):",
        "  Mechanik                 118,00 EUR",
        "  Karosserie               124,00 EUR",
        "  Lackierung               131,00 EUR",
        "  Lackmaterial             nach Eurolack-Tabelle, Abschlag 8 %",
        "",
        "Ersatzteile: UPE abzüglich 10 %, keine Aufschläge",
        "Ersatzwagen: Klasse des Kundenfahrzeugs, 35 EUR/Tag bei Vermittlung durch uns",
        "Zahlungsziel: 14 Tage nach Eingang vollständiger Unterlagen",
        "Garantie: 3 Jahre auf Karosserie- und Lackarbeiten",
        "",
        "Anlage 1: Annahmeerklärung (bitte unterschrieben zurück)",
    ], title="Konditionen 2026", author="Einkauf", date=(2026, 1, 9, 9, 0), compress=True)
    return build(who("sommer"), group("partnerwerkstaetten", "Partnerwerkstätten Elbtal Reparatur-Service"),
                 "Konditionen 2026 Elbtal Reparatur-Service", dt(1, 9, 9, 31), "sommer.0109.kond",
                 body=body, atts=[pdf], charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: IT security warning about phishing mails with a fake sick note ('Krankmeldung') attachment; no real person")
def phishing_krankmeldung():
    body = """Achtung, Phishing-Welle!

Seit heute Morgen gehen bei mehreren Abteilungen Mails ein mit dem Betreff

   "Krankmeldung Mitarbeiter - bitte weiterleiten an Personal"
   "AU-Bescheinigung eAU_2026_0415.zip"

Absender sind angebliche Arztpraxen oder "Krankenkasse Service". Im
Anhang liegt eine ZIP-Datei mit einer .lnk- oder .js-Datei. Das ist
Schadsoftware.

Bitte:
  - Anhang NICHT öffnen, Mail NICHT weiterleiten
  - über den Button "Phishing melden" in Outlook melden und löschen
  - wer schon geöffnet hat: sofort Netzwerkkabel ziehen / WLAN aus und
    die 4400 anrufen

Echte Krankmeldungen kommen bei uns übrigens nie per Mail von der Praxis,
sondern als eAU über die Krankenkasse oder von euch selbst an eure
Führungskraft.

IT-Sicherheit
"""
    return build(group("it-sicherheit", "IT-Sicherheit"), group("alle", "Alle Mitarbeitenden"),
                 "WARNUNG: gefälschte Krankmeldungen mit ZIP-Anhang", dt(4, 15, 10, 2),
                 "itsec.0415.phish", body=body, charset="windows-1252", cte="quoted-printable",
                 headers=[("Importance", "high"), ("X-Priority", "1")])


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "hail-damage survey instruction: named customer, plate, VIN, where the car stands, phone; no injury")
def hartmann_hagelschaden():
    body = """Hallo Herr Hartmann,

bitte begutachten Sie folgenden Hagelschaden (Teilkasko):

  Schaden-Nr.:   S-2026-0702311
  VN:            Steffen Mättig, Tel. 0162 7730 415
  Fahrzeug:      BMW 320d Touring, MEI-SM 85, FIN WBA8E11050K512907
  Standort:      Carport beim VN, Dorfstraße 5a, 01665 Diera-Zehren
  Schadentag:    24.06.2026 (Unwetter "Kasimir")

Der Kunde hat Fotos geschickt, danach sind Dach, Motorhaube und Heckklappe
stark verbeult, die Panoramadachscheibe hat einen Sprung. Bitte auch
prüfen, ob smart repair (Ausbeulen ohne Lackieren) wirtschaftlich ist.

Termin bitte direkt mit Herrn Mättig, er ist ab 16 Uhr zu Hause.

Gruß
Jonas Wendt
Kfz-Schaden, Team Ost
"""
    return build(who("wendt"), "Sachverständigenbüro Hartmann <auftrag@hartmann-gutachten.example>",
                 "Gutachtenauftrag Hagel S-2026-0702311 / MEI-SM 85",
                 dt(6, 26, 8, 10), "wendt.0626.hagel", body=body, charset="utf-8", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "life underwriting: named applicant's type 2 diabetes, HbA1c, BMI and blood pressure sent to reinsurance for a facultative quote")
def fac_quote_ivanova():
    body = """Hi Emma,

could you ask our reinsurer for a facultative offer on this one? It is
above our retention.

  Applicant:     Natalia Ivanova, female, 46, non-smoker, architect
  Product:       term life, EUR 750,000, 20 years, broker Fink & Partner
  Medical:       type 2 diabetes since 2019, metformin 1,000 mg twice
                 daily, HbA1c 7.4 % (03/2026), BMI 33.1, blood pressure
                 142/91 on ramipril 5 mg; no retinopathy, eGFR 88
  Family:        father died of myocardial infarction at 61

Our manual rating would be +100 % EM, but the reinsurer's manual has a
diabetes calculator that may come out better. Medical report and lab are
in the underwriting file UW-2026-0883; I can send them over the secure
exchange if they need them.

Thanks a lot
Sabine

--
Sabine Krull
Life & Health Underwriting | ext. 3188
"""
    return build(who("krull"), who("clarke"), "Fac request - term life UW-2026-0883 (Ivanova)",
                 dt(4, 21, 10, 50), "krull.0421.fac", body=body, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "reinsurance renewal timeline with the forwarded broker mail attached (message/rfc822); treaty figures only")
def ri_renewal_timeline():
    inner_body = """Dear Emma,

as promised, the timeline for the 1/1/2027 renewal of your property cat
and motor XL programmes:

  15 Aug   submission draft to us (exposure data per CRESTA zone,
           loss history 2016-2026, large losses > EUR 1m)
  15 Sep   submission to market
  1-2 Oct  Baden-Baden meetings (slots requested Thu/Fri)
  mid-Nov  quotes; firm order terms by 10 Dec

Please note that markets will ask about your frost and hail experience
in 2026 and about the growth in the e-bike book.

Best regards
Tom Baxter
Baxter Re Brokers"""
    inner = build("Tom Baxter <t.baxter@baxter-re.example>", who("clarke"),
                  "Elbtal 1/1/2027 renewal - timeline", dt(7, 1, 9, 12, tz=1), "BX-20260701-0912@baxter-re.example",
                  body=inner_body, charset="us-ascii", cte="7bit")
    body = """Team,

FYI, below/attached the renewal timeline from Baxter. I need from you
by 31 July:

  - Christian / Felix: list of motor losses above EUR 1m, 2016-2026,
    anonymised is fine (claim no., date, incurred, paid, reserve)
  - Chidi: CRESTA exposure extract per 30 June
  - Marek: engineering and cyber accumulation figures

Let's discuss on Tuesday in the jour fixe.

Emma
"""
    return build(who("clarke"), [who("lorenz"), who("lang"), who("okafor"), who("nowak")],
                 "FW: Elbtal 1/1/2027 renewal - timeline", dt(7, 1, 11, 40), "clarke.0701.renewal",
                 body=body, atts=[att_mail("Elbtal 1-1-2027 renewal - timeline.eml", inner)],
                 charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "internal",
      "hotline call note: named customer's new address and new IBAN for motor and household policies")
def gespraechsnotiz_bankverbindung():
    ib = iban("86055592", "1100374410")
    body = f"""Gesprächsnotiz Hotline, 14.01.2026, 16:42 Uhr

Anrufer:    Tim Gräfe (VN), Legitimation über Geburtsdatum und Vertragsnr.
Verträge:   KF-4471-287512 (Kfz), HR-5520-2941 (Hausrat)

Anliegen:
1. Umzug zum 01.02.2026, neue Anschrift:
   Karl-Liebknecht-Str. 41, 04107 Leipzig
   (bisher Prießnitzstraße 9, 01099 Dresden)
   -> Hausrat: neue Wohnung 74 m², bisher 58 m², Versicherungssumme
      anpassen? Kunde wünscht Angebot.
2. Neue Bankverbindung ab Februar-Beitrag:
   IBAN {ib}, Kontoinhaber Tim Gräfe
   SEPA-Mandat: Kunde hat mündlich zugestimmt, Mandatsformular per Post
   angefordert.
3. Kfz: neuer Stellplatz Tiefgarage, Regionalklasse ändert sich.

Bitte Bestand Kfz und Sach umstellen. Rückruf zu Punkt 1 gewünscht,
am besten nach 17 Uhr unter 0157 3318 0042.

Kevin Schrader, Kundenservice Hotline
"""
    return build(who("schrader"), group("bestand-kompositkunden", "Bestand Komposit Privatkunden"),
                 "Gesprächsnotiz Gräfe - Umzug und neue Bankverbindung",
                 dt(1, 14, 16, 55), "schrader.0114.graefe", body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "data-breach report to the board: a health-claims statement went to the wrong person; the misdirected mail with diagnoses is attached (message/rfc822)")
def datenschutzvorfall_fehlversand():
    inner_body = """Sehr geehrte Frau Naumann,

anbei erhalten Sie die Leistungsabrechnung zu Ihren eingereichten Belegen:

  Beleg                                   eingereicht   erstattet
  Dr. Ullrich, Gynäkologie, 12.05.2026      184,30 EUR   184,30 EUR
  Kinderwunschzentrum Dresden, ICSI,      2.940,00 EUR 1.764,00 EUR
  Zyklus 2, 19.05.2026
  Apotheke am Markt, Gonal-f 900 I.E.     1.118,52 EUR 1.118,52 EUR

Die Kürzung beim Kinderwunschzentrum ergibt sich aus der tariflichen
Begrenzung auf 60 % für den zweiten Behandlungszyklus.

Mit freundlichen Grüßen
Birgit Lehnert
Leistungsabteilung Krankenversicherung"""
    inner = build(who("lehnert"), "Sibylle Naumann <s.naumann@webpost.example>",
                  "Ihre Leistungsabrechnung KV 7 713 902 118", dt(6, 2, 10, 5), "lehnert.0602.abr",
                  body=inner_body, charset="utf-8", cte="quoted-printable")
    body = f"""Sehr geehrte Frau Dr. Brückner,

ich melde Ihnen einen Datenschutzvorfall, der voraussichtlich nach
Art. 33 DSGVO binnen 72 Stunden an die Aufsichtsbehörde zu melden ist.

Was ist passiert?
Am 02.06.2026 wurde eine Leistungsabrechnung der Versicherten Sibylle
Naumann (KV 7 713 902 118) an eine falsche E-Mail-Adresse geschickt. Die
Adresse gehört einer anderen Person gleichen Namens; der Tippfehler lag
bei der Adresserfassung im Januar. Die Mail enthält Angaben zu einer
Kinderwunschbehandlung (ICSI) und Medikamenten. Die Original-Mail hängt an.

Der Empfänger hat sich am 03.06. gemeldet und bestätigt, die Mail gelöscht
zu haben (Bestätigung liegt schriftlich vor).

Bewertung: Gesundheitsdaten nach Art. 9 DSGVO, Risiko für die Betroffene
mittel bis hoch; Meldung an die Sächsische Datenschutzbeauftragte empfohlen,
Benachrichtigung der Betroffenen nach Art. 34 ebenfalls.

Maßnahmen: Adresse korrigiert, Leistungsabrechnungen per Mail gehen ab
sofort nur noch über das Kundenportal, Schulung Team Leistung KV.

Ich bitte bis morgen 12 Uhr um Ihre Zustimmung zur Meldung.

{sig("seidel", footer=False)}
"""
    return build(who("seidel"), who("brueckner"),
                 "[streng vertraulich] Datenschutzvorfall DSV-2026-07 - Fehlversand Leistungsabrechnung",
                 dt(6, 3, 15, 20), "seidel.0603.dsv07", body=body, cc=who("wolff"),
                 atts=[att_mail("Ihre Leistungsabrechnung KV 7 713 902 118.eml", inner)])


@mail("NORMAL", "en", "internal",
      "trap: data-protection training reminder with a quiz about health data using obviously fictitious examples")
def dp_training_quiz():
    text = """Hello everyone,

the annual data protection training is due by 31 October. It takes about
25 minutes. Three sample questions from this year's quiz to get you in
the mood:

Q1. A customer (let's call him "Max Example") sends his doctor's letter
    with the diagnosis to your personal work address. What do you do?
    a) forward it to the claims team inbox via the secure channel
    b) print it and put it in internal mail
    c) reply "thanks" and keep it in your inbox

Q2. Which of these is health data under Art. 9 GDPR?
    a) a dental invoice  b) the name of a hospital ward
    c) the fact that someone is on sick leave  d) all of them

Q3. You get an e-mail from an unknown address with the subject
    "[secure] invoice". Does the tag make it safe? (No.)

Answers are in the course. Start here:
https://lernen.elbtal-versicherung.example/datenschutz-2026

Miriam Seidel
Data Protection Officer
"""
    html = html_page("""<p>Hello everyone,</p>
<p>the annual <b>data protection training</b> is due by <b>31 October</b>. It takes about 25 minutes.
Three sample questions from this year's quiz to get you in the mood:</p>
<ol>
<li>A customer (let's call him &quot;Max Example&quot;) sends his doctor's letter with the diagnosis to
your personal work address. What do you do?<br>
a) forward it to the claims team inbox via the secure channel<br>
b) print it and put it in internal mail<br>
c) reply &quot;thanks&quot; and keep it in your inbox</li>
<li>Which of these is health data under Art. 9 GDPR?<br>
a) a dental invoice &nbsp; b) the name of a hospital ward &nbsp;
c) the fact that someone is on sick leave &nbsp; d) all of them</li>
<li>You get an e-mail from an unknown address with the subject &quot;[secure] invoice&quot;.
Does the tag make it safe? (No.)</li>
</ol>
<p>Answers are in the course: <a href="https://lernen.elbtal-versicherung.example/datenschutz-2026">start the training</a></p>
<p>Miriam Seidel<br>Data Protection Officer</p>""")
    return build(who("seidel"), group("alle", "All staff"), "Reminder: data protection training 2026",
                 dt(9, 28, 9, 0), "seidel.0928.training", body=text, html=html,
                 charset="us-ascii", cte="7bit", hcharset="utf-8", hcte="quoted-printable")


@mail("CONFIDENTIAL", "de", "internal",
      "grey: legal-expenses coverage check for a named customer's dismissal dispute incl. monthly salary; no health or criminal content")
def rechtsschutz_kuendigung_deckung():
    body = """Hallo Jörg,

kurze Rückfrage zur Deckung, bevor ich die Zusage rausschicke:

VN Ralf Petzold, RS-Vertrag RS-6610-77120 (Privat-/Berufs-RS, seit
01.05.2021, SB 150 €). Arbeitgeber hat am 27.01.2026 ordentlich
gekündigt (betriebsbedingt, Maschinenbau, 14 Jahre Betriebszugehörigkeit).
Herr Petzold will Kündigungsschutzklage erheben, Anwalt ist RAin Opitz,
Chemnitz.

Streitwert nach Quartalsverdienst: Bruttomonatsgehalt lt. Anwaltsschreiben
4.950 €, also 14.850 €.

Meine Frage: Im Februar 2021 gab es schon mal "Probleme mit dem Chef"
(Abmahnung, Aktenvermerk in der Beratungshotline). Vorvertraglich? Die
Abmahnung war vor Vertragsbeginn, der Kündigungsgrund ist aber ein
anderer. Ich würde decken. Einverstanden?

Gruß
Ulrike

Ulrike Kern
Rechtsschutz-Schaden, -2420
"""
    return build(who("kern"), "Jörg Neubert <joerg.neubert@elbtal-versicherung.example>",
                 "Deckung RS-6610-77120 Petzold - Kündigungsschutz, Vorvertraglichkeit?",
                 dt(2, 4, 11, 8), "kern.0204.petzold", body=body, charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR to payroll: named employee's severe disability (GdB 50) and the resulting extra leave")
def schwerbehinderung_zusatzurlaub():
    body = """Hallo Thomas,

Herr Oliver Brenk (Personal-Nr. 40718, IT-Betrieb) hat uns heute den
Bescheid des Versorgungsamts vorgelegt: GdB 50 ab 01.02.2026, damit
schwerbehindert. Merkzeichen keine.

Bitte ab sofort berücksichtigen:
- Zusatzurlaub 5 Tage pro Jahr (für 2026 anteilig 5 Tage, da ab Februar)
- Meldung im Anzeigeverfahren nach § 163 SGB IX
- Kennzeichen im Lohnkonto für die Ausgleichsabgabe

Den Bescheid habe ich in die Personalakte (Teil B, verschlossen)
gegeben. Die Schwerbehindertenvertretung ist informiert, seine
Führungskraft nur über den Zusatzurlaub, nicht über den Grund.

Viele Grüße
Claudia
"""
    return build(who("pietsch"), who("ebert"), "Zusatzurlaub SB - Brenk, PNr 40718",
                 dt(2, 19, 14, 30), "pietsch.0219.sb", body=body, charset="utf-8", cte="8bit")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: shredding order for archived health-claims files; container counts and dates only")
def aktenvernichtung_leistungsakten():
    body = f"""Sehr geehrte Damen und Herren,

wir beauftragen die datenschutzgerechte Vernichtung von Papierakten
(Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399):

  Bestand:  Leistungsakten Krankenversicherung, Jahrgänge 2012-2015,
            Aufbewahrungsfrist abgelaufen
  Menge:    ca. 38 Rollcontainer à 240 l
  Ort:      Archiv Keller Haus A, Elbtalplatz 1, 01069 Dresden
  Termin:   KW 18, bevorzugt Dienstag, 28.04., ab 07:00 Uhr

Bitte mit verplombten Behältern anliefern und die Vernichtung vor Ort im
Fahrzeug durchführen; wir brauchen je Container ein Vernichtungsprotokoll.
Ein Mitarbeiter von uns begleitet die Abholung.

Bestellnummer: EK-2026-0411. Rahmenvertrag RV-2024-017.

{sig("sommer")}
"""
    return build(who("sommer"), "Disposition <dispo@reisswolf-sachsen.example>",
                 "Auftrag Aktenvernichtung KW 18 - EK-2026-0411", dt(4, 8, 9, 44), "sommer.0408.akten",
                 body=body, cc=who("heinze"), charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "recovery action against a UK removal company for a named private customer's damaged piano (household goods in transit); no injury")
def ashworth_recovery_berthold():
    body = """Dear Ms Lane,

we would like to instruct you in a recovery against Bramley Removals Ltd
(Ipswich).

Our insured, Mr Kai-Uwe Berthold, moved from Cambridge to Dresden in
March 2026. Under our relocation goods policy TU-7710-2233 we have paid
EUR 11,420 for his Bechstein upright piano, which arrived with a cracked
soundboard and a broken lid (claim S-2026-0377015). The survey by
Meridian Loss Adjusters attributes the damage to inadequate strapping
during the sea leg.

Bramley's terms limit liability to GBP 100 per item unless a higher
value was declared. Mr Berthold says he declared the piano at GBP 9,000
on the inventory; we have a copy of the inventory signed by Bramley's
foreman.

Could you let us know whether you see prospects, and your estimate of
costs up to a letter before action? The documents (inventory, survey,
our payment) will follow via your data room.

Kind regards

Daniel Hughes
International Claims
Elbtal Versicherung AG
"""
    return build(who("hughes"), "Sarah Lane <s.lane@ashworth-lane.example>",
                 "Recovery v Bramley Removals Ltd - our ref S-2026-0377015 (Berthold)",
                 dt(5, 28, 12, 3), "hughes.0528.bramley", body=body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "hotline note: named insured asks about cost coverage for proton therapy of her breast cancer")
def hotline_protonentherapie():
    body = """Hallo Frau Lehnert,

ich hatte eben Frau Simone Kretzschmar am Telefon (KV 7 710 556 204,
Tarif Komfort100). Sie war sehr aufgelöst, deshalb schreibe ich es gleich
auf:

- Diagnose Brustkrebs links (Mammakarzinom) im April, OP ist erfolgt.
- Die Klinik empfiehlt jetzt eine Protonentherapie in Essen statt der
  normalen Bestrahlung, weil der Tumor nah am Herzen lag.
- Kosten laut Klinik ca. 28.000 €; sie möchte vorher wissen, ob wir das
  übernehmen, und ob wir die Fahrten nach Essen zahlen.
- Der Kostenvoranschlag der Klinik kommt per Post, sie schickt ihn auch
  übers Portal.

Ich habe ihr gesagt, dass wir uns innerhalb von zwei Wochen melden
(§ 192 Abs. 8 VVG). Rückruf bitte unter 0173 5540 219.

Danke!
Kevin Schrader
Kundenservice Hotline, -1134
"""
    return build(who("schrader"), who("lehnert"),
                 "Anfrage Kostenzusage Protonentherapie - Kretzschmar KV 7710556204",
                 dt(6, 9, 15, 51), "schrader.0609.proton", body=body, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "colleague absent with deputy named, no reason given")
def abwesenheit_vertretung_kern():
    body = """Hallo zusammen,

Ulrike ist ab morgen bis einschließlich 20.03. nicht im Haus. Ihre
Rechtsschutz-Fälle übernimmt in der Zeit Jörg, dringende Deckungsanfragen
über 5.000 EUR bitte an mich.

Die Wiedervorlagen sind schon umgehängt.

Frank
"""
    return build(who("ostermann"), group("team-hu-rs", "Team Haftpflicht / Rechtsschutz"),
                 "Vertretung Ulrike bis 20.03.", dt(3, 9, 16, 45), "ostermann.0309.vertr",
                 body=body, charset="iso-8859-1", cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "short windscreen job to a glass shop: customer name, plate, claim number, mobile")
def autoglas_meissner():
    body = """Hallo Frau Roth,

Steinschlag Frontscheibe, Teilkasko, bitte Termin mit dem Kunden machen:
Herr Sören Haase, Seat Leon, PIR-SH 312, Tel. 0151 6620 3381.
Schaden-Nr. S-2026-0519902, SB 150 EUR über Sie.
Kamera für Spurhalteassistent ist verbaut, bitte kalibrieren.

Danke
J. Wendt

Von meinem iPhone gesendet
"""
    return build(who("wendt"), "Autoglas Meißner Disposition <dispo@autoglas-meissner.example>",
                 "Scheibe PIR-SH 312", dt(5, 15, 7, 34), "wendt.0515.glas", body=body,
                 charset="utf-8", cte="8bit", mailer="iphone")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "large-loss notification to reinsurance: motor accident, named third party with spinal cord injury; details in PDF")
def large_loss_a4_spinal():
    body = """Emma,

for the cession to the motor XL, please find attached our large loss
notification for claim S-2026-0688410 (initial reserve EUR 2.4m).

In short: our insured (Ford Transit, fleet policy of Kurierdienst Kluge,
driver Marcel Kluge) rear-ended a car on the A4 near Wilsdruff on 2 July.
The driver of the other car, Ms Sabrina Hoyer (34), suffered a
fracture of the thoracic spine with incomplete paraplegia; she is in the
BG Klinikum Bergmannstrost. Her passenger was only slightly injured.

Reserve breakdown and the first medical information are in the PDF.
Please forward to the reinsurers as a precautionary notification.

Felix
"""
    pdf = att_pdf("LLN_S-2026-0688410.pdf", [
        "**Large Loss Notification - Motor Liability",
        "Claim: S-2026-0688410    Date of loss: 02.07.2026    Notified: 03.07.2026",
        "Policyholder: Kurierdienst Kluge, Inh. Marcel Kluge (fleet policy FL-4480-0091)",
        "Driver: Marcel Kluge, uninjured",
        "",
        "**Injured third parties",
        "1. Sabrina Hoyer, born 1992, office clerk, Meißen",
        "   Th12 burst fracture, incomplete paraplegia (ASIA C), spinal surgery 03.07.2026",
        "   Prognosis: long rehabilitation, permanent impairment likely, wheelchair for now",
        "2. Tom Fiedler, passenger, whiplash injury, outpatient treatment",
        "",
        "**Initial reserve (EUR)",
        "Medical and rehabilitation costs        650,000",
        "Loss of earnings / pension              900,000",
        "Care and home adaptation                600,000",
        "Pain and suffering                      200,000",
        "Property damage                          50,000",
        "Total                                 2,400,000",
    ], title="LLN S-2026-0688410", author="Felix Lang", date=(2026, 7, 6, 9, 30))
    return build(who("lang"), who("clarke"), "Large loss notification S-2026-0688410 (motor XL)",
                 dt(7, 6, 9, 41), "lang.0706.lln", body=body, atts=[pdf], cc=who("lorenz"),
                 charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "internal",
      "trap: marketing campaign figures for a long-term-care supplement product; leads and conversion only")
def kampagne_pflegezusatz_kpi():
    body = """Hallo Ralf, hallo Nadine,

kurzer Zwischenstand zur Kampagne "Pflege? Klar geregelt." (Pflegetagegeld
PflegeKlar), Laufzeit 01.09.-31.10.:

  Kanal              Kontakte   Leads   Abschlüsse   Conversion
  Online / Search     184.300   2.140          312       14,6 %
  Social              402.900   1.380          119        8,6 %
  Print (Senioren-     95.000     410           88       21,5 %
  magazin)
  Außendienst             -       -            544          -

Auffällig: Die Abschlüsse konzentrieren sich auf die 50-59-Jährigen, die
meisten wählen Pflegegrad 2-5 mit 1.500 € Monatsleistung. Die Gesundheitsfragen
(Demenz, Parkinson, MS) führen online zu vielen Abbrüchen - da
sollten wir mit der Risikoprüfung über ein vereinfachtes Verfahren reden.

Die vollständige Auswertung stelle ich am 12.11. im Vertriebsmeeting vor.

Viele Grüße
Julia
"""
    return build(who("franke"), [who("dietze"), who("haupt")], "Zwischenstand Kampagne PflegeKlar",
                 dt(10, 20, 13, 15), "franke.1020.pflege", body=body, charset="utf-8", cte="quoted-printable")

@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print proof of a blank consent/confidentiality-release form with «placeholders»; no person")
def druckhaus_formular_schweigepflicht():
    body = f"""Hallo Frau Kaden,

anbei die Korrekturen zum Formular F-KV-112 "Einwilligungs- und
Schweigepflichtentbindungserklärung" (Neuauflage 2026):

1. Seite 1, Abschnitt 2: "Gesundheitsdaten" statt "Gesundheitsdaten
   und genetische Daten" - die genetischen Daten sind rausgefallen.
2. Die Platzhalter «Vorname» «Nachname» «Geburtsdatum» «Vertragsnummer»
   bleiben als Serienfelder stehen, bitte nicht mit Musterdaten füllen.
3. Ankreuzfelder bitte 4 mm statt 3 mm.

Das korrigierte PDF hängt an. Auflage bleibt bei 5.000 Stück Blanko plus
Serienbrief-Version für den Output-Server. Bitte neuen Proof bis Mittwoch.

{sig("bauer")}
"""
    pdf = att_pdf("F-KV-112_Proof2_Korrekturen.pdf", [
        "**Einwilligungs- und Schweigepflichtentbindungserklärung (F-KV-112, Stand 03/2026)",
        "",
        "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
        "Vertrag: «Vertragsnummer»",
        "",
        "1. Erhebung von Gesundheitsdaten bei Dritten",
        "Ich entbinde die Ärzte, Pflegepersonen und Bediensteten von Krankenhäusern, die mich in den",
        "letzten fünf Jahren untersucht oder behandelt haben, von ihrer Schweigepflicht, soweit die",
        "Elbtal Krankenversicherung AG Angaben zur Prüfung der Leistungspflicht benötigt.",
        "",
        "[ ] Ich willige ein.     [ ] Ich möchte im Einzelfall gefragt werden.",
        "",
        "2. Weitergabe an Stellen außerhalb des Versicherers",
        "(Rückversicherer, medizinische Gutachter, Assistance-Dienstleister)",
        "",
        "Ort, Datum ____________________   Unterschrift ____________________",
    ], title="F-KV-112 Proof 2", author="Output-Management", date=(2026, 3, 16, 11, 0))
    return build(who("bauer"), "Ines Kaden <auftrag@druckhaus-lausitz.example>",
                 "Korrektur Proof 2 - F-KV-112 Schweigepflichtentbindung", dt(3, 16, 11, 24),
                 "bauer.0316.fkv112", body=body, atts=[pdf], charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "trap: anti-fraud training case with an explicitly fictitious claimant and made-up medical bills; PDF")
def fraud_training_case():
    body = """Dear team leads,

for next week's anti-fraud refresher (international and travel teams),
please go through the attached case study with your teams beforehand.

The case is entirely made up - names, dates and documents are fictitious
and any resemblance to real claims is unintended. We built it from
patterns we saw in 2025: inflated hospital bills from abroad, a "lost"
passport, and a treating doctor who is also the clinic's owner.

Discussion questions are on the last page. 45 minutes per team.

Christian Lorenz
Head of P&C Claims
"""
    pdf = att_pdf("Case_study_fraud_travel_FICTITIOUS.pdf", [
        "**Case study (fictitious): 'The sunburn that cost EUR 19,000'",
        "All names, dates and documents in this case are invented for training.",
        "",
        "Claimant: 'John Sample', 41, travel policy bought two days before departure",
        "Destination: a resort town, seven-day stay",
        "Claim: clinic bill EUR 18,950 for 'second-degree sunburn, dehydration, 4 nights inpatient'",
        "",
        "Red flags:",
        "- policy bought shortly before travel, no earlier insurance history",
        "- clinic bill in round amounts, no itemisation, no lab results",
        "- treating doctor is the clinic's managing director",
        "- assistance company was never called during the stay",
        "",
        "\f",
        "**Discussion questions",
        "1. Which documents would you request first, and from whom?",
        "2. When is it appropriate to involve our assistance partner's medical team?",
        "3. What must not be said to the claimant during the investigation?",
        "4. When do we report to the police, and who decides?",
    ], title="Fraud case study (fictitious)", author="Claims Academy", date=(2026, 2, 20, 8, 0))
    return build(who("lorenz"), group("teamleads-schaden", "Team leads claims"),
                 "Anti-fraud refresher: case study to prepare", dt(2, 20, 8, 21), "lorenz.0220.fraud",
                 body=body, atts=[pdf], charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "insurer-to-lawyer",
      "trap: request for a general legal opinion on the wording of disability-application health questions; no applicant")
def reuter_gutachten_gesundheitsfragen():
    body = f"""Sehr geehrter Herr Dr. Reuter,

wir überarbeiten zum 01.01.2027 unseren Antrag für die Berufsunfähigkeits-
versicherung und bitten um eine kurze gutachterliche Stellungnahme
(Umfang nach Ihrer Einschätzung, Budget bis 6 Stunden) zu folgenden
Fragen:

1. Genügt die Frage "Wurden Sie in den letzten 5 Jahren wegen psychischer
   Erkrankungen oder Beschwerden beraten, untersucht oder behandelt?" den
   Anforderungen an eine Textformfrage nach § 19 Abs. 1 VVG, oder ist
   "Beschwerden" zu unbestimmt (vgl. die jüngere OLG-Rechtsprechung)?
2. Dürfen wir nach Psychotherapie fragen, die ausschließlich als
   Paar- oder Familienberatung stattfand?
3. Wie ist die Belehrung nach § 19 Abs. 5 VVG zu gestalten, wenn der
   Antrag digital im Maklerportal ausgefüllt wird?

Den Entwurf des Fragebogens stellen wir Ihnen gern im Datenraum bereit.
Eine Antwort bis Ende September wäre ideal.

{sig("wolff")}
"""
    return build(who("wolff"), "Dr. Jörg Reuter <j.reuter@reuter-partner-recht.example>",
                 "Stellungnahme Gesundheitsfragen BU-Antrag 2027", dt(8, 25, 10, 37), "wolff.0825.bu27",
                 body=body, cc=who("krull"), charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "trap: storm claim counts and incurred per postcode area (no address below 3-digit postcode), CSV")
def storm_statistics_postcode():
    body = """Christian, Emma,

first cut of storm "Kasimir" (24-25 June) as of this morning, per
3-digit postcode area. Only areas with 20+ claims listed individually.

Highlights:
- 6,842 claims so far, incurred EUR 41.3m (buildings 62 %, motor hail 31 %)
- hotspot 016xx (Meissen/Radebeul): hail up to 5 cm
- 12 % of motor claims already closed via smart repair

I'll refresh daily until 10 July. Shout if you need it split by
line for the cat XL notification.

Chidi
"""
    rows = [["plz3", "region", "claims_buildings", "claims_contents", "claims_motor", "incurred_eur"],
            ["010", "Dresden Mitte", "412", "61", "598", "3820400"],
            ["011", "Dresden Nord", "520", "74", "702", "4410900"],
            ["014", "Radeberg / Heidenau", "388", "40", "455", "3104250"],
            ["016", "Meißen / Radebeul", "1104", "188", "1320", "11980700"],
            ["017", "Freital / Dippoldiswalde", "302", "22", "341", "2207800"],
            ["019", "Sächsische Schweiz", "214", "19", "166", "1490300"],
            ["other", "all other areas (< 20 each)", "97", "11", "125", "14286000"]]
    return build(who("okafor"), [who("lorenz"), who("clarke")], "Storm Kasimir - claims per postcode area (day 6)",
                 dt(6, 30, 8, 5), "okafor.0630.kasimir", body=body,
                 atts=[att_csv("kasimir_plz3_2026-06-30.csv", rows, delim=",", excel=True)],
                 charset="us-ascii", cte="7bit")


@mail("NORMAL", "mixed", "internal",
      "IT onboarding of external consultants: accounts, VPN, rules in German and English; no customer data")
def onboarding_externe_tessellate():
    body = """Hallo zusammen / Hello all,

ab 01.09. arbeiten drei Berater von Tessellate Systems vor Ort an der
PAS-Migration (Haus A, Raum A2.20). Accounts sind beantragt:

  - Ewan Grant       ext.egrant
  - Aisha Rahman     ext.arahman
  - Tomasz Pilarski  ext.tpilarski

Für das Team: bitte keine Produktivdaten per Mail an die externen
Adressen schicken, sondern nur über das Projektlaufwerk.

--- English ---

Welcome to Elbtal! A few house rules for external consultants:

1. You get a laptop and a VPN token on your first day at 09:00 from the
   IT Service Desk (building A, ground floor). Bring your ID card.
2. Production data stays in the production network. Test data for the
   migration is synthetic and lives on the project share
   \\\\fs02\\pas-migration\\testdata.
3. Do not forward internal mail to your company mailbox.
4. The visitor badge must be visible at all times.

Questions: it-servicedesk@elbtal-versicherung.example, ext. 4400.

Viele Grüße / Kind regards
Sven Richter
IT-Service-Desk
"""
    return build(who("richter"), [group("pas-migration", "Projekt PAS-Migration")],
                 "Onboarding externe Berater PAS-Migration / onboarding of external consultants",
                 dt(8, 27, 14, 0), "richter.0827.onb", cc=["Ewan Grant <ewan.grant@tessellate.example>"],
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: HR rules for managers on how sick notes (eAU) are handled; process description, nobody named")
def krankmeldung_prozess_fuehrungskraefte():
    body = """Liebe Führungskräfte,

zur Erinnerung, weil es in den letzten Wochen mehrfach Fragen gab, wie
Krankmeldungen bei uns laufen:

1. Mitarbeitende melden sich am ersten Tag der Arbeitsunfähigkeit vor
   Dienstbeginn bei Ihnen (Telefon, Teams oder Mail). Die Diagnose geht
   Sie nichts an - bitte auch nicht danach fragen.
2. Ab dem 4. Kalendertag brauchen wir eine ärztliche Bescheinigung. Für
   gesetzlich Versicherte rufen wir die eAU bei der Krankenkasse ab; das
   macht die Personalabteilung, nicht Sie. Privat Versicherte reichen
   die Bescheinigung (ohne Diagnose) bei uns ein.
3. Tragen Sie die Abwesenheit in SAP als "krank" ein, keine Freitext-
   Gründe wie "Migräne" oder "Bandscheibe"!
4. Nach sechs Wochen innerhalb von zwölf Monaten bieten wir das BEM an.
   Das läuft ausschließlich über die Personalabteilung.
5. Teilen Sie im Team nur mit, dass jemand ausfällt und wer vertritt.

Die vollständige Regelung steht in der Betriebsvereinbarung
"Arbeitszeit und Abwesenheiten", Anlage 3.

Viele Grüße
Claudia Pietsch
Personalabteilung
"""
    return build(who("pietsch"), group("fuehrungskraefte", "Alle Führungskräfte"),
                 "Krankmeldungen: so läuft es bei uns (Erinnerung)", dt(11, 4, 9, 30),
                 "pietsch.1104.krank", body=body, charset="windows-1252", cte="8bit")


@mail("NORMAL", "en", "internal",
      "incident post-mortem for a portal outage; no customer data; HTML status page attached")
def postmortem_portal_outage():
    text = """Hi all,

post-mortem for INC-2026-0731 (customer portal unavailable, 3 Aug 2026,
07:12-09:48, 2 h 36 min).

What happened
- A certificate on the internal load balancer expired at 07:00. The
  monitoring check tested the public certificate only.
- Customers saw "503 Service unavailable". No data was exposed or lost;
  uploads during the outage were rejected and had to be repeated
  (approx. 340 failed upload attempts, mostly receipts and invoices).

What we change
1. Monitoring of all internal certificates (owner: Oleksandr)
2. Expiry reminders 30/14/7 days in the ops channel
3. A status banner on the portal instead of the bare 503 page

The status page as shown to customers during the outage is attached.

Priya
"""
    html = html_page("""<p>Hi all,</p>
<p>post-mortem for <b>INC-2026-0731</b> (customer portal unavailable, 3 Aug 2026, 07:12-09:48, 2 h 36 min).</p>
<h3>What happened</h3>
<ul><li>A certificate on the internal load balancer expired at 07:00. The monitoring check tested the public certificate only.</li>
<li>Customers saw &quot;503 Service unavailable&quot;. No data was exposed or lost; uploads during the outage were
rejected and had to be repeated (approx. 340 failed upload attempts, mostly receipts and invoices).</li></ul>
<h3>What we change</h3>
<ol><li>Monitoring of all internal certificates (owner: Oleksandr)</li>
<li>Expiry reminders 30/14/7 days in the ops channel</li>
<li>A status banner on the portal instead of the bare 503 page</li></ol>
<p>The status page as shown to customers during the outage is attached.</p>
<p>Priya</p>""")
    status = html_page("""<h1>Wartungsarbeiten / Maintenance</h1>
<p>Unser Kundenportal ist vorübergehend nicht erreichbar. Bitte versuchen Sie es später erneut.</p>
<p>Our customer portal is temporarily unavailable. Please try again later.</p>
<p><a href="https://www.elbtal-versicherung.example/kontakt">Kontakt / Contact</a></p>""", font="Arial")
    return build(who("raman"), group("it-all", "IT all"), "Post-mortem INC-2026-0731 portal outage",
                 dt(8, 5, 16, 20), "raman.0805.pm", body=text, html=html,
                 atts=[att_html("status_page_2026-08-03.html", status)], charset="us-ascii", cte="7bit",
                 hcharset="utf-8", hcte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: catering order for a broker event with dietary counts (one nut allergy, gluten-free) for unnamed guests")
def catering_maklerabend():
    body = """Hallo Frau Vogel,

für unseren Maklerabend am Donnerstag, 24.09., 18:30 Uhr (Kasino,
Elbtalplatz 1, Haus A, 6. OG) bestätige ich das Angebot Nr. 26-0917:

  - Fingerfood-Buffet "Elbflorenz" für 85 Personen
  - davon 12 vegetarisch, 3 vegan, 4 glutenfrei
  - 1 Gast mit schwerer Nussallergie: bitte alle Speisen kennzeichnen und
    die Nussallergie-Portion separat anrichten
  - Getränkepauschale 4 Stunden
  - Stehtische und Hussen wie beim letzten Mal

Aufbau ab 16:00 Uhr, Anlieferung über die Tiefgarage (Einfahrt
Elbtalstraße), Ansprechpartner vor Ort ist Herr Heinze, 0351 4136-1310.

Rechnung bitte an Elbtal Versicherung AG, Maklerbetreuung, Kostenstelle
6200, Bestell-Nr. EK-2026-0702.

Viele Grüße
Nadine Haupt
Maklerbetreuung
"""
    return build(who("haupt"), "Catering Vogel <info@vogel-catering.example>",
                 "Auftragsbestätigung Maklerabend 24.09. - Angebot 26-0917", dt(9, 10, 13, 41),
                 "haupt.0910.cat", body=body, charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "trap: job advert for a claims data scientist mentioning health and fraud models; HTML only")
def jobad_data_scientist():
    html = html_page("""<p>Hi Julia,</p>
<p>please publish the ad below on the careers page and LinkedIn from 1 June. English only, reference 2026-DA-03.</p>
<hr>
<h2>Data Scientist Claims Analytics (m/f/d)</h2>
<p>Dresden or remote within Germany &middot; full-time &middot; permanent</p>
<h3>What you will do</h3>
<ul>
<li>build models that detect unusual patterns in motor, property and health claims</li>
<li>forecast claim volumes after natural catastrophes</li>
<li>work with medical experts on the automatic plausibility check of doctors' invoices</li>
<li>bring models to production together with IT (Python, SQL, MLflow)</li>
</ul>
<h3>What you bring</h3>
<ul>
<li>degree in statistics, mathematics, computer science or similar</li>
<li>experience with sensitive data and privacy-preserving methods (pseudonymisation, aggregation)</li>
<li>German is a plus, not a must</li>
</ul>
<p>Apply via the careers portal. Contact: Chidi Okafor, +49 351 4136-4520.</p>
<hr>
<p>Thanks!<br>Chidi</p>""")
    return build(who("okafor"), who("franke"), "Job ad 2026-DA-03 Data Scientist Claims Analytics",
                 dt(5, 27, 11, 5), "okafor.0527.job", cc=who("pietsch"), html=html,
                 charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "grey: sales contest ranking of named field agents by number of contracts; no commission or income figures")
def vertriebswettbewerb_ranking():
    body = """Hallo Team Sachsen-West,

Halbzeit beim Frühjahrswettbewerb "Elbtal Sprint"! Aktueller Stand nach
Stückzahl (Neuverträge Komposit + Leben, Stand 30.04.):

  1. Annett Wolf, Plauen            87 Verträge
  2. Marco Seifert, Zwickau          79
  3. Heiko Dörr, Reichenbach         71
  4. Sandra Lenk, Auerbach           64
  5. Dennis Krause, Werdau           58

Die Reise nach Lissabon geht an die Top 3 der Direktion, Stichtag 30.06.
Unfall- und BU-Verträge zählen doppelt - da geht noch was!

Sportliche Grüße
Ralf
"""
    return build(who("dietze"), group("vertrieb-sachsen-west", "Vertrieb Sachsen-West"),
                 "Elbtal Sprint - Zwischenstand", dt(5, 4, 7, 58), "dietze.0504.sprint", body=body,
                 charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "rental car order for a third-party claimant: named person, plate, claim number, phone; nobody hurt")
def mietwagen_geschaedigte():
    body = """Sehr geehrte Damen und Herren,

bitte stellen Sie für die Geschädigte in unserem Kfz-Haftpflichtschaden
einen Ersatzwagen bereit:

  Geschädigte:     Nicole Brandl, Tel. 0176 2248 9031
  Ihr Fahrzeug:    Opel Astra K, BZ-NB 778 (Gruppe C)
  Schaden-Nr.:     S-2026-0480193 (unser VN hat beim Ausparken den
                   stehenden Astra beschädigt, keine Verletzten)
  Abholung:        Filiale Bautzen, Dienstag 10:00 Uhr
  Dauer:           voraussichtlich 6 Tage (Reparatur Ziegler, Dresden)

Kostenübernahme bis Klasse C, Direktabrechnung mit uns, keine
Kaution von der Geschädigten. Zusatzfahrer, Navi und Vollkasko ohne SB
bitte nicht berechnen.

Freundliche Grüße
Jonas Wendt
Kfz-Schaden, Team Ost
Elbtal Versicherung AG
"""
    return build(who("wendt"), "Reservierung Sachsen <reservierung@elbe-autovermietung.example>",
                 "Ersatzwagen Haftpflicht S-2026-0480193 / Brandl", dt(4, 27, 15, 3), "wendt.0427.mw",
                 body=body, charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "drying order to a restoration firm: named policyholders, home address, phones, claim number; PDF order")
def sanitec_trocknungsauftrag():
    body = f"""Hallo Herr Brückmann,

bitte übernehmen Sie die technische Trocknung im Schaden
S-2026-0855067 (Leitungswasser, Wohngebäude):

  VN:       Bernd und Sylvia Kästner
  Objekt:   Am Wasserwerk 3, 01259 Dresden (EFH)
  Telefon:  0351 2017 338, mobil Frau Kästner 0160 9912 4410
  Schaden:  Wasser im Estrich EG, ca. 45 m², Ursache gefunden und
            behoben (Installateur Fa. Rößler)

Bitte Feuchtemessung vorab, Trocknungsprotokoll und Stromzähler-
Anfangsstand fotografieren. Die Eheleute sind ab 11.09. für drei Wochen
verreist, der Nachbar (Herr Rehn, Nr. 5) hat einen Schlüssel.

Den schriftlichen Auftrag hänge ich an.

{sig("kaya")}
"""
    pdf = att_pdf("Auftrag_Trocknung_S-2026-0855067.pdf", [
        "**Auftrag technische Trocknung",
        "Auftraggeber: Elbtal Versicherung AG, Schadenregulierung Sach / Gebäude",
        "Auftragnehmer: SaniTec Elbe GmbH, Herr Brückmann",
        "",
        "Schaden-Nr.: S-2026-0855067    Vertrag: WG-2210-117092",
        "Versicherungsnehmer: Bernd und Sylvia Kästner",
        "Objekt: Am Wasserwerk 3, 01259 Dresden",
        "",
        "Leistungsumfang: Leckortung entfällt, Estrichdämmschichttrocknung EG, ca. 45 m2",
        "Kostenrahmen: bis 4.500 EUR netto ohne weitere Rücksprache",
        "Abrechnung: direkt mit Elbtal, Protokolle und Fotos über das Dienstleisterportal",
    ], title="Auftrag Trocknung", author="Aylin Kaya", date=(2026, 9, 8, 10, 0))
    return build(who("kaya"), "Tobias Brückmann <t.brueckmann@sanitec-elbe.example>",
                 "Auftrag Trocknung S-2026-0855067 Kästner", dt(9, 8, 10, 7), "kaya.0908.sanitec",
                 body=body, atts=[pdf], charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability recourse against a named tenant for a candle fire in the insured building; no injury; DOCX summary")
def reuter_regress_mieter_brand():
    body = f"""Sehr geehrter Herr Dr. Reuter,

wir bitten um Übernahme des Regresses in folgender Sache:

Unser VN, Herr Dieter Pfützner, ist Eigentümer des Mehrfamilienhauses
Lindenallee 31, 02625 Bautzen (WG-2210-509122). Am 19.12.2025 brannte
die Wohnung im 2. OG links aus. Mieter ist Herr Ronny Förster. Laut
Ermittlungsbericht der Polizei ließ er einen Adventskranz mit brennenden
Kerzen unbeaufsichtigt, als er die Wohnung verließ. Verletzt wurde
niemand.

Wir haben bisher 86.412,30 EUR Gebäudeschaden reguliert (Schaden-Nr.
S-2025-1190441). Herr Förster hat eine Privathaftpflicht bei der
Sachsenland Versicherung (Nr. PH 22 418 907).

Eine Übersicht der Zahlungen und die Ermittlungsakte finden Sie in der
Anlage bzw. im Datenraum. Bitte zunächst Anspruchsschreiben an den
Haftpflichtversicherer.

{sig("ostermann")}
"""
    docx = att_docx("Regress_Pfuetzner_Foerster.docx", [
        ("h", "Regress S-2025-1190441 - Brand Lindenallee 31, Bautzen"),
        "Geschädigter VN: Dieter Pfützner (Eigentümer)",
        "Schädiger: Ronny Förster, Mieter 2. OG links, PH-Versicherer Sachsenland, PH 22 418 907",
        ("t", [["Datum", "Zahlung an", "Betrag EUR"],
               ["08.01.2026", "Brandsanierung Nord GmbH", "31.200,00"],
               ["20.02.2026", "Dachdecker Lehmann", "18.944,10"],
               ["15.03.2026", "Elektro Rudolph", "12.080,20"],
               ["02.04.2026", "Mietausfall an VN (4 Monate)", "3.188,00"],
               ["30.04.2026", "Malerarbeiten und Böden", "21.000,00"]]),
        "Summe: 86.412,30 EUR",
    ], title="Regress Pfützner", author="Frank Ostermann", date=(2026, 5, 6, 15, 0))
    return build(who("ostermann"), "Dr. Jörg Reuter <j.reuter@reuter-partner-recht.example>",
                 "Regress Pfützner ./. Förster - Brand Bautzen", dt(5, 6, 15, 18), "ostermann.0506.regress",
                 body=body, atts=[docx], charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "en", "internal",
      "D&O notification naming two managing directors (insured persons) and the allegations; financial, no health")
def dno_notification_directors():
    body = """Marek,

we received a notice of circumstances under the D&O policy of
Lausitz Solar Systems GmbH (DO-9120-0057, limit EUR 5m).

The insolvency administrator (RA Dr. Pfeil) holds the two former
managing directors personally liable under section 15b InsO for
payments made after insolvency was due:

  - Henning Vetter, managing director 2019-2025
  - Claudia Roßberg, managing director 2023-2025

Amount claimed: EUR 1.84m. Both directors have instructed the same law
firm; I have asked whether there is a conflict of interest.

Could you confirm that the run-off cover applies (policy was cancelled
as of 31.12.2025, 3 years run-off per clause 11)? I'd like to send the
coverage position to the directors' counsel next week.

Thanks,
Daniel
"""
    return build(who("hughes"), who("nowak"), "D&O notice of circumstances - Lausitz Solar Systems (Vetter / Roßberg)",
                 dt(2, 11, 17, 22), "hughes.0211.dno", body=body, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "translator receives a Polish police report on a car collision: names, plates, addresses; no injuries; DOCX")
def translator_police_report_pl():
    body = """Dear Marta,

could you translate the attached Polish police note into German (or
English if that is quicker)? It is about a collision in Wroclaw on
14 August between our policyholder's car and a Polish van. According to
the note nobody was injured.

Our reference: S-2026-0790552. Usual rate, no certification needed.
Deadline Friday.

Thank you!
Jonas Wendt
Motor Claims, Elbtal Versicherung AG
"""
    docx = att_docx("Notatka_policyjna_2026-08-14.docx", [
        ("h", "Komenda Miejska Policji we Wrocławiu - Notatka urzędowa"),
        "Data zdarzenia: 14.08.2026, godz. 16:40, ul. Legnicka 58, Wrocław",
        "Pojazd 1: Volkswagen Passat, nr rej. DD-TR 5511 (Niemcy), kierujący: Yvonne Hantzsch, zam. Dresden",
        "Pojazd 2: Renault Master, nr rej. DW 4K812, kierujący: Piotr Zając, zam. Wrocław",
        "Przebieg: kierujący pojazdem 2 zmieniał pas ruchu i nie ustąpił pierwszeństwa pojazdowi 1.",
        "Osoby poszkodowane: brak. Uszkodzenia: lewy bok pojazdu 1, prawy przód pojazdu 2.",
        "Sprawca: kierujący pojazdem 2 został ukarany mandatem karnym.",
    ], title="Notatka urzędowa", author="KMP Wrocław", date=(2026, 8, 14, 18, 0))
    return build(who("wendt"), "Marta Kowalczyk <marta@kowalczyk-tlumaczenia.example>",
                 "Translation PL>DE police note - S-2026-0790552", dt(8, 19, 9, 2), "wendt.0819.pl",
                 body=body, atts=[docx], charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "internal",
      "HR forwards a job applicant's CV with birth date, address and current salary to the hiring manager; PDF")
def bewerbung_lebenslauf():
    body = """Hallo Herr Lorenz,

anbei die Unterlagen der dritten Kandidatin für die Teamleitung
Sach-Schaden (2026-SA-02): Frau Franziska Lindner. Sie ist aktuell bei
der Sachsenland Versicherung, kündigt mit 3 Monaten zum Quartalsende.

Gehaltsvorstellung 78.000 € brutto p. a. (aktuell nach ihren Angaben
71.500 € zzgl. Bonus). Das liegt im Band.

Wenn Sie sie kennenlernen wollen: sie könnte am 16. oder 17.02. Bitte
die Unterlagen nicht weiterleiten und nach Abschluss des Verfahrens
löschen.

Viele Grüße
Claudia Pietsch
"""
    pdf = att_pdf("Lebenslauf_Franziska_Lindner.pdf", [
        "**Franziska Lindner",
        "Talstraße 9, 01662 Meißen | 0172 4410 733 | f.lindner@webpost.example",
        "geboren am 03.11.1991 in Riesa",
        "",
        "**Berufserfahrung",
        "seit 2021  Sachsenland Versicherung AG, Gruppenleiterin Gebäudeschaden",
        "2016-2021  Sachsenland Versicherung AG, Schadenregulierin Sach",
        "2013-2016  Ausbildung Kauffrau für Versicherungen und Finanzen",
        "",
        "**Weiterbildung",
        "2019  Versicherungsfachwirtin (IHK)",
        "2023  Führen ohne Vorgesetztenfunktion (DVA)",
        "",
        "**Sprachen",
        "Englisch (gut), Polnisch (Grundkenntnisse)",
    ], title="Lebenslauf", author="F. Lindner", date=(2026, 2, 2, 20, 0))
    return build(who("pietsch"), who("lorenz"), "Bewerbung Teamleitung Sach-Schaden - Kandidatin 3",
                 dt(2, 3, 10, 44), "pietsch.0203.bew", body=body, atts=[pdf],
                 charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "mixed", "internal",
      "international motor claim (green card): named Dutch driver, plates, policy; German and English; no injury")
def gruene_karte_niederlande():
    quoted = """Dear Mr Wendt,

we act as correspondent for your insured in the Netherlands. Your
policyholder Mr Matthias Queck (DD-MQ 606, green card KF-4471-310044)
collided on 28 July in Utrecht with the car of Mr Daan Visser (Toyota
Yaris, plate 9-XGT-41). Mr Visser claims EUR 3,270.55 for the repair;
the police report says nobody was hurt.

Please confirm cover and your settlement mandate.

Kind regards
Lotte de Jong
Noordzee Claims Services B.V."""
    body = f"""Hi Daniel,

kannst du kurz drüberschauen, ob wir das über das Grüne-Karte-System so
freigeben können? Deckung besteht (KF-4471-310044, Haftpflicht, Herr Queck
hat den Unfall auch selbst gemeldet und gibt die Schuld zu). Ich würde dem
Korrespondenten das Mandat erteilen bis 5.000 EUR.

Danke, Jonas

{ol_en("Lotte de Jong <l.dejong@noordzee-claims.example>", en_long(8, 3, 10, 14),
        "Jonas Wendt", "Claim Visser / Queck - green card KF-4471-310044", quoted)}
"""
    return build(who("wendt"), who("hughes"), "WG: Claim Visser / Queck - green card KF-4471-310044",
                 dt(8, 3, 11, 2), "wendt.0803.nl", body=body, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "internal",
      "grey: pet insurance claim of a named expat customer with the dog's vet diagnosis (animal health, not human); policy number")
def pet_claim_vet_bill():
    body = """Hi pet claims team,

forwarding a claim that came in through the English contact form. The
customer, Ms Rebecca Stone (pet health policy TK-3002-4417, dog "Bruno",
Labrador, 7 years), sent the vet invoice from Tierklinik Elbaue:

  - cruciate ligament rupture, right hind leg (TPLO surgery)
  - 2 nights inpatient, X-rays, pain medication (meloxicam)
  - total EUR 2,846.90 (GOT factor 2)

She asks whether the surgery is covered and when she can expect the
money; she'd like the reimbursement to the account she pays the
premiums from. I told her we normally decide within 10 working days.

Could someone reply to her in English, please? Her German is basic.

Thanks
Lena (customer service)
"""
    return build(who("boettcher"), group("tierversicherung", "Tierversicherung Leistung"),
                 "Pet claim TK-3002-4417 (Bruno, TPLO) - please reply in English",
                 dt(9, 2, 14, 9), "boettcher.0902.pet", body=body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "dental treatment plan of a named insured (implants, periodontitis) sent to the consulting dentist; PDF")
def zahnarzt_hkp_pruefung():
    body = f"""Sehr geehrter Herr Dr. Pohle,

bitte prüfen Sie den beigefügten Heil- und Kostenplan auf medizinische
Notwendigkeit und Angemessenheit der Kosten:

  Versicherter:  Mehmet Arslan, KV 7 715 330 908, Tarif ElbtalZahn Plus
  Zahnarzt:      Dr. Anke Börner, Dresden
  Planung:       Implantate regio 36 und 46, Sinuslift 26, Knochenaufbau,
                 vorher systematische PAR-Behandlung
  Kosten:        9.874,20 EUR lt. HKP

Auffällig ist, dass die PAR-Behandlung erst im Februar abgeschlossen wurde
und die Planung bereits am 03.03. erstellt ist. Außerdem fehlt uns der
Röntgenbefund (OPG); wir haben ihn angefordert.

Vielen Dank und freundliche Grüße
{sig("lehnert", footer=False).split(chr(10), 2)[2]}
"""
    pdf = att_pdf("HKP_Arslan_2026-03-03.pdf", [
        "**Heil- und Kostenplan (privat) - Zahnarztpraxis Dr. Anke Börner",
        "Patient: Mehmet Arslan, geb. 17.08.1976",
        "Befund: 36, 46 fehlend; 26 Restknochenhöhe 4 mm; Z. n. PAR-Therapie (Parodontitis Stadium III, Grad B)",
        "",
        "GOZ     Leistung                                   Anzahl   Betrag EUR",
        "9010    Implantatinsertion                         2        1.342,60",
        "9100    Knochenaufbau                              1          618,40",
        "9120    Sinuslift (extern)                         1          803,00",
        "2200    Implantatgetragene Krone                   2        1.010,20",
        "        Material- und Laborkosten (geschätzt)               4.900,00",
        "        Implantate (2 Stück)                                1.200,00",
        "",
        "Gesamt voraussichtlich: 9.874,20 EUR",
    ], title="HKP Arslan", author="Praxis Dr. Börner", date=(2026, 3, 3, 18, 0))
    return build(who("lehnert"), "Dr. Stefan Pohle <praxis@dr-pohle-zahnarzt.example>",
                 "Prüfauftrag HKP Arslan KV 7715330908", dt(3, 12, 14, 2), "lehnert.0312.hkp",
                 body=body, atts=[pdf], charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "daily sickness allowance: named self-employed insured, months of incapacity, diagnosis M75.1, question to the medical adviser")
def krankentagegeld_au_kette():
    body = """Hallo Frau Dr. Vogt,

ich brauche Ihre Einschätzung im KT-Fall Ramona Eichler? Nein, falsch
kopiert - es geht um Herrn Holger Wetzig (KT-Vertrag KT-7720-04418,
selbständiger Dachdeckermeister, Tagegeld 180 € ab 43. Tag).

Arbeitsunfähig seit 09.02.2026, Folgebescheinigungen lückenlos bis
heute. Diagnose: M75.1 Rotatorenmanschettenruptur rechts, OP am
23.03., danach Reha; seit Juni Schulter "nicht mehr über Kopf belastbar"
laut Orthopäde.

Frage: Spricht aus Ihrer Sicht etwas dafür, dass hier Berufsunfähigkeit
im Sinne von § 15 Abs. 1 b MB/KT eingetreten ist (Dachdecker, Arbeit
über Kopf)? Dann würde das Tagegeld drei Monate nach Feststellung enden.
Oder sollen wir ein Gutachten beauftragen?

Die AU-Bescheinigungen und der OP-Bericht liegen in ELSA unter dem Fall.

Viele Grüße
Gabriele Hoffmann
Leistung Krankentagegeld, -3122
"""
    return build(who("hoffmann"), who("vogt"), "KT-Fall Wetzig - BU im Sinne MB/KT?",
                 dt(7, 14, 10, 19), "hoffmann.0714.kt", body=body, charset="windows-1252",
                 cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "travel medical: payment request for a US hospital bill (appendectomy) of a named insured; HTML table only")
def us_hospital_payment_html():
    html = html_page("""<p>Hi Holger,</p>
<p>please release the following payment to the US hospital today &ndash; the hospital has threatened to pass the
account to a collection agency.</p>
""" + html_table([
        ["Case", "Insured", "Treatment", "Hospital", "Amount"],
        ["TR-2026-10542", "Benjamin Kroll, born 1983", "laparoscopic appendectomy, 2 nights (acute appendicitis)",
         "St. Mary's Medical Center, San Francisco", "USD 38,412.00"],
    ]) + """
<p>Negotiated discount via our assistance partner already applied (original bill USD 61,230). Wire details are in the
payment request in SAP (document 5100034871); please use the USD account.</p>
<p>Thanks,<br>Sophie</p>
<p style="font-size:9pt;color:#666">Sophie Marchetti | Travel Insurance &amp; Assistance | ext. 2650</p>""")
    return build(who("marchetti"), who("brandt"), "Urgent: USD payment TR-2026-10542 (St. Mary's)",
                 dt(8, 12, 11, 58), "marchetti.0812.usd", html=html, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
      "translator receives a US discharge summary of a named insured (appendicitis, surgery, allergy, medication) for translation; PDF")
def translator_us_discharge():
    body = """Dear Rebecca,

another one for you, please - EN>DE, medical, no certification:
the discharge summary of our insured Benjamin Kroll from St. Mary's
Medical Center (3 pages, attached). We need it for the travel health
claim TR-2026-10542 and possibly for his German health insurer.

Deadline: Wednesday. Invoice to me with the case number.

Thanks!
Sophie
"""
    pdf = att_pdf("Discharge_summary_Kroll.pdf", [
        "**St. Mary's Medical Center - Discharge Summary",
        "Patient: KROLL, Benjamin   DOB: 05/14/1983   MRN: 44102876",
        "Admission: 07/29/2026   Discharge: 07/31/2026",
        "",
        "Principal diagnosis: acute appendicitis with localized peritonitis (K35.30)",
        "Procedure: laparoscopic appendectomy 07/29/2026",
        "Course: uncomplicated post-operative course, mild ileus day 1, resolved.",
        "Allergies: penicillin (rash)",
        "Discharge medication: ciprofloxacin 500 mg bid x 5 days, metronidazole 500 mg tid x 5 days,",
        "ibuprofen 600 mg as needed",
        "Follow-up: primary care physician in Germany within 7-10 days, wound check.",
        "Fit to fly: yes, from 08/03/2026 (per attending surgeon).",
    ], title="Discharge summary", author="St. Mary's Medical Center", date=(2026, 7, 31, 14, 0))
    return build(who("marchetti"), "Rebecca Stone <rebecca@stone-translations.example>",
                 "Translation EN>DE - discharge summary TR-2026-10542", dt(8, 7, 9, 31),
                 "marchetti.0807.tr", body=body, atts=[pdf], charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "motor liability claim handed to the bodily-injury team: named claimant with whiplash injury and physiotherapy")
def hws_personenschaden_uebergabe():
    body = """Hallo Frank,

ich gebe dir den Schaden S-2026-0344120 ab, weil jetzt doch ein
Personenschaden dazugekommen ist:

Unser VN (Oliver Thiele, KF-4471-296610) ist am 02.04. in Pirna an der
Ampel auf den Peugeot von Frau Anja Seifert aufgefahren. Sachschaden ist
reguliert. Heute kam das Schreiben ihres Anwalts (RA Kuhnert, Pirna):
Frau Seifert hat eine HWS-Distorsion Grad II (S13.4), war 3 Wochen
arbeitsunfähig, 12x Physiotherapie, und verlangt 2.500 € Schmerzensgeld
plus Haushaltsführungsschaden.

Das Attest des Durchgangsarztes und das Anwaltsschreiben liegen in ELSA.
Der Aufprall war laut Gutachten Hartmann mit ca. 9 km/h Delta-v eher
leicht - vielleicht lohnt ein biomechanisches Gutachten.

Gruß
Jonas
"""
    inner_body = """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Anja Seifert, Bautzner Str. 118, 01099
Dresden, vertreten. Ihre Mandantschaft ist am 02.04.2026 in Pirna auf
das Fahrzeug unserer Mandantin aufgefahren (Ihr VN Oliver Thiele, Ihr
Zeichen S-2026-0344120).

Unsere Mandantin erlitt eine HWS-Distorsion Grad II nach Quebec Task
Force (S13.4). Sie war vom 02.04. bis 24.04.2026 arbeitsunfähig und
erhielt 12 Einheiten Physiotherapie; sie klagt weiterhin über
Kopfschmerzen und Schwindel. Das Attest des Durchgangsarztes
Dr. Berger liegt bei.

Wir fordern ein angemessenes Schmerzensgeld, das wir mit 2.500 EUR
beziffern, sowie den Haushaltsführungsschaden (3 Wochen x 18 Std.
x 10 EUR = 540 EUR). Frist: 09.06.2026.

Mit freundlichen Grüßen
Kuhnert
Rechtsanwalt"""
    inner = build("RA Kuhnert <kanzlei@ra-kuhnert-pirna.example>", "kfz-schaden@elbtal-versicherung.example",
                  "Seifert ./. Thiele - Ihr Zeichen S-2026-0344120", dt(5, 19, 8, 2),
                  "rak-2026-0519-0802@ra-kuhnert-pirna.example", body=inner_body,
                  charset="iso-8859-1", cte="quoted-printable")
    return build(who("wendt"), who("ostermann"), "Übergabe Personenschaden S-2026-0344120 (HWS Seifert)",
                 dt(5, 19, 13, 25), "wendt.0519.hws", body=body,
                 atts=[att_mail("Seifert .- Thiele - Anwaltsschreiben.eml", inner)],
                 charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "accident insurance and travel health overlap: named insured's ski accident with wrist fracture and surgery in Austria")
def ski_accident_coordination():
    text = """Hi Sophie,

your team and mine both have a file on Mr Lukas Behrendt (he is also a
colleague from motor claims, so please keep the circle small):

  - your case TR-2026-00871 (travel health, hospital Schwarzach)
  - my case U-2026-00213 (individual accident policy UV-3300-55871)

He fell on 12 February in Flachau and broke his right wrist (distal
radius fracture, plate osteosynthesis on 13 Feb), plus a concussion. He
was repatriated by car on 16 Feb.

For the accident policy I need the surgery report and the X-rays to
assess a possible permanent impairment (the arm value under our
"Gliedertaxe"). Did the Austrian hospital send you a discharge report in
German? Then we don't have to ask the insured again.

Thanks,
Deniz
"""
    html = html_page("""<p>Hi Sophie,</p>
<p>your team and mine both have a file on Mr Lukas Behrendt (he is also a colleague from motor claims, so please keep
the circle small):</p>
<ul><li>your case TR-2026-00871 (travel health, hospital Schwarzach)</li>
<li>my case U-2026-00213 (individual accident policy UV-3300-55871)</li></ul>
<p>He fell on 12 February in Flachau and broke his right wrist (distal radius fracture, plate osteosynthesis on
13 Feb), plus a concussion. He was repatriated by car on 16 Feb.</p>
<p>For the accident policy I need the surgery report and the X-rays to assess a possible permanent impairment (the arm
value under our &quot;Gliedertaxe&quot;). Did the Austrian hospital send you a discharge report in German? Then we
don't have to ask the insured again.</p>
<p>Thanks,<br>Deniz</p>""")
    return build(who("yilmaz"), who("marchetti"), "Behrendt - ski accident Flachau (U-2026-00213 / TR-2026-00871)",
                 dt(2, 24, 9, 12), "yilmaz.0224.ski", body=text, html=html, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey: life insurance policy loan for a named customer; no health data, but a personal line (life)")
def policendarlehen_leben():
    body = """Hallo Kolleginnen und Kollegen vom Bestand Leben,

Frau Erika Vetter hat heute angerufen (LV 2009-0418833, kapitalbildende
Lebensversicherung, Ablauf 2034). Sie möchte ein Policendarlehen über
12.000 EUR, um das Dach ihres Hauses zu sanieren.

Laut Bestand: Rückkaufswert per 01.07. ca. 31.900 EUR, kein bestehendes
Darlehen, keine Abtretung. Bezugsrecht widerruflich für den Ehemann.

Sie bittet um das Angebot mit Zinssatz und Tilgungsplan per Post an die
bekannte Anschrift; die Auszahlung soll auf das Konto gehen, von dem die
Beiträge abgebucht werden.

Danke und Gruß
Lena Böttcher
Kundenservice
"""
    return build(who("boettcher"), group("bestand-leben", "Bestand Leben"), "Policendarlehen LV 2009-0418833 Vetter",
                 dt(7, 2, 11, 47), "boettcher.0702.pd", body=body, charset="iso-8859-1", cte="quoted-printable")

@mail("NORMAL", "de", "internal",
      "works-council information on the new mobile-work agreement; rules only")
def betriebsrat_mobiles_arbeiten():
    body = """Liebe Kolleginnen und Kollegen,

die neue Betriebsvereinbarung "Mobiles Arbeiten" ist unterschrieben und
gilt ab 01.05.2026. Das Wichtigste in Kürze:

* bis zu 60 % der monatlichen Arbeitszeit mobil, nach Absprache im Team
* Kernzeit 09:30-14:30 Uhr bleibt, auch mobil
* Arbeitsmittel: Laptop, Headset, auf Wunsch zweiter Monitor (Antrag im
  IT-Shop), Zuschuss Bürostuhl 150 EUR einmalig
* Datenschutz: Papierunterlagen mit Kundendaten bleiben im Büro; Anrufe
  mit Kundinnen und Kunden nicht in öffentlichen Räumen
* Kein Anspruch auf mobiles Arbeiten in der Probezeit - das haben wir
  leider nicht durchbekommen

Die BV steht im Intranet unter Betriebsrat > Vereinbarungen. Fragen
beantworten wir in der Sprechstunde dienstags 13-14 Uhr, Raum A0.12.

Euer Betriebsrat
"""
    return build(group("betriebsrat", "Betriebsrat Elbtal Dresden"), group("alle", "Alle Mitarbeitenden"),
                 "BR-Info: neue BV Mobiles Arbeiten ab 1. Mai", dt(4, 23, 12, 0), "br.0423.mobil",
                 body=body, charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "budget planning 2027 per cost centre, ODS; no personal data")
def budgetplanung_2027_ods():
    body = f"""Hallo zusammen,

anbei die Planungsvorlage 2027 für eure Kostenstellen. Bitte die gelben
Spalten ausfüllen und bis 18.09. zurück an mich. Personalkosten kommen
wie immer zentral aus der Personalplanung, die bitte nicht eintragen.

Wichtig dieses Jahr:
- externe Dienstleister (Gutachter, Übersetzer, Scan/Druck) bitte je
  Dienstleister einzeln planen, nicht als Sammelposten
- IT-Projekte nur mit Projektnummer aus dem Portfolio-Board

{sig("brandt", footer=False)}
"""
    ods = att_ods("Planung_2027_Kostenstellen.ods", [
        ("Planung 2027", [
            ["Kostenstelle", "Bezeichnung", "Ist 2025", "Plan 2026", "Hochrechnung 2026", "Plan 2027"],
            ["2100", "Kfz-Schaden", 412000, 430000, 445500, ""],
            ["2300", "Sach-Schaden", 288000, 295000, 341200, ""],
            ["3100", "Leistung KV", 611000, 640000, 628900, ""],
            ["3200", "Leistung BU/Leben", 198500, 205000, 199800, ""],
            ["1260", "Input-Management (ScanPoint)", 1240000, 1275000, 1301000, ""],
            ["1275", "Output-Management (Druckhaus)", 980000, 1010000, 995400, ""],
            ["6100", "Marketing", 1450000, 1500000, 1488000, ""],
        ]),
        ("Hinweise", [["Bitte nur die Spalte Plan 2027 ausfüllen."], ["Beträge in EUR, ohne Personalkosten."]]),
    ], title="Planung 2027", author="Holger Brandt", date=(2026, 9, 1, 8, 0))
    return build(who("brandt"), group("kostenstellenverantwortliche", "Kostenstellenverantwortliche"),
                 "Budgetplanung 2027 - Vorlage, Rückgabe bis 18.09.", dt(9, 1, 8, 12), "brandt.0901.budget",
                 body=body, atts=[ods], charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "trap: vendor meeting notes on OCR accuracy for 'medical invoices' and prescriptions; rates and counts only")
def ocr_meeting_notes():
    body = """Notes - ScanPoint / Elbtal OCR review, 12 March 2026
Participants: J. Brenner, K. Aust (ScanPoint); S. Müller, C. Okafor,
P. Raman (Elbtal)

1. Accuracy by document class (February sample, 2,000 docs each)
   - medical invoices (GOÄ):     field accuracy 97.1 %, amount 99.4 %
   - prescriptions / pharmacy:   93.8 % - handwriting is the problem
   - hospital invoices (DRG):    96.4 %
   - motor repair invoices:      98.9 %

2. Root cause of the February SLA miss for medical invoices: frost week,
   two scanner lines down, plus a new invoice layout used by a large
   billing service provider. ScanPoint has trained the model on it.

3. Next steps
   - ScanPoint: retrain prescription model, report in April
   - Elbtal (Chidi): provide 500 anonymised prescription images as a
     training set - with the data protection officer's OK first
   - Elbtal (Priya): decide on the ICD extraction feature (v2 API)

Next meeting: 9 April.
"""
    return build(who("okafor"), [who("mueller_s"), who("raman")], "Notes: OCR review with ScanPoint (12 March)",
                 dt(3, 12, 16, 40), "okafor.0312.notes", body=body, charset="utf-8", cte="8bit")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: change request to the claims-software vendor on ICD-10 validation with example codes only; DOCX spec")
def kobaltsoft_change_request_icd():
    body = f"""Hallo Herr Winkler,

anbei unsere fachliche Spezifikation zum Change Request CR-ELSA-2026-014
"Plausibilisierung ICD-10-GM im Rechnungsimport". Bitte um Aufwands-
schätzung bis 10.04., gern mit zwei Varianten (mit/ohne Zusatzkennzeichen
G/V/Z/A).

Die Beispielcodes in der Spezifikation sind reine Katalogbeispiele, keine
Fälle aus dem Bestand. Testdaten stellen wir synthetisch bereit.

{sig("lehnert")}
"""
    docx = att_docx("CR-ELSA-2026-014_ICD-Plausibilisierung.docx", [
        ("h", "CR-ELSA-2026-014: Plausibilisierung ICD-10-GM im Rechnungsimport"),
        "Ziel: Diagnosen aus eingelesenen Arztrechnungen gegen den amtlichen Katalog ICD-10-GM 2026 prüfen.",
        ("h", "Anforderungen"),
        "R1: Ein Code ist gültig, wenn er im Katalog als endständige Schlüsselnummer existiert (z. B. J06.9, nicht J06).",
        "R2: Zusatzkennzeichen G (gesichert), V (Verdacht), Z (Zustand nach), A (ausgeschlossen) werden getrennt gespeichert.",
        "R3: Codes mit A dürfen nicht zur Leistungsbegründung herangezogen werden.",
        "R4: Seitenlokalisation R/L/B wird übernommen, aber nicht geprüft.",
        ("t", [["Eingabe", "Erwartung"],
               ["M54.5 G", "gültig, Kennzeichen G"],
               ["F32", "ungültig (nicht endständig)"],
               ["S52.5 R", "gültig, Seite rechts"],
               ["Z00.0", "gültig, Vorsorge"],
               ["XYZ.1", "ungültig"]]),
        "Abnahme: mit synthetischen Rechnungen aus dem Testdatengenerator (Musterpersonen).",
    ], title="CR-ELSA-2026-014", author="Birgit Lehnert", date=(2026, 3, 27, 13, 0))
    return build(who("lehnert"), "Bernd Winkler <b.winkler@kobaltsoft.example>",
                 "CR-ELSA-2026-014 Spezifikation ICD-Plausibilisierung", dt(3, 27, 13, 22),
                 "lehnert.0327.cr014", cc=who("raman"), body=body, atts=[docx])


@mail("NORMAL", "de", "internal",
      "trap: rejection letter template for health claims with «placeholders» and sample wording; DOCX")
def vorlage_ablehnung_kv():
    body = """Hallo Team,

die neue Textvorlage "Ablehnung mangels medizinischer Notwendigkeit"
ist von Recht & Compliance freigegeben und ab Montag in ELSA unter
Textbausteine > KV > Ablehnung > L-KV-07 hinterlegt.

Neu: Der Hinweis auf das Gutachterverfahren (§ 6 Abs. 3 MB/KK) und auf
den Ombudsmann steht jetzt immer drin. Bitte die Platzhalter nicht von
Hand überschreiben, sondern über die Maske füllen.

Die Word-Version hängt zur Info an.

Birgit
"""
    docx = att_docx("L-KV-07_Ablehnung_med_Notwendigkeit.docx", [
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "",
        "Ihre Krankenversicherung Nr. «Versicherungsnummer» - Ihre Einreichung vom «Eingangsdatum»",
        "",
        "«Briefanrede»,",
        "wir haben die Rechnung von «Leistungserbringer» vom «Rechnungsdatum» über «Betrag» EUR geprüft.",
        "Nach Einschätzung unseres beratenden Arztes war die Behandlung «Behandlung» medizinisch nicht notwendig im Sinne von § 1 Abs. 2 MB/KK, weil «Begründung».",
        "Wenn Sie anderer Meinung sind, können Sie ein Gutachten nach § 6 Abs. 3 MB/KK verlangen oder sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
        "",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], title="L-KV-07", author="Leistung KV", date=(2026, 5, 8, 9, 0))
    return build(who("lehnert"), group("leistung-kv", "Team Leistung KV"),
                 "Neue Textvorlage L-KV-07 (Ablehnung med. Notwendigkeit)", dt(5, 8, 9, 17),
                 "lehnert.0508.lkv07", body=body, atts=[docx], charset="utf-8", cte="8bit")


@mail("NORMAL", "de", "internal", "German out-of-office auto-reply naming a deputy")
def abwesenheit_kaya():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin
Stefanie Albers (stefanie.albers@elbtal-versicherung.example,
0351 4136-2341) oder an unser Team-Postfach
sachschaden@elbtal-versicherung.example.

Aylin Kaya
Schadenregulierung Sach / Gebäude
"""
    return build(who("kaya"), who("brandt"), "Automatische Antwort: Zahlungsavis Juli",
                 dt(8, 10, 8, 3), "ooo.kaya.0810.0803", body=body, charset="utf-8", cte="quoted-printable",
                 irt="<brandt.0810.avis@elbtal-versicherung.example>",
                 headers=[("Auto-Submitted", "auto-replied")])


@mail("NORMAL", "en", "internal",
      "phishing simulation results aggregated per department; no individual named")
def phishing_simulation_results():
    body = """Dear heads of department,

results of the October phishing simulation ("Your parcel could not be
delivered"), sent to 1,412 colleagues:

  department              sent   clicked   entered password   reported
  Claims P&C               318     9.1 %        2.2 %           41 %
  Health / Life claims     264     6.4 %        1.1 %           52 %
  Customer service         190    12.6 %        4.2 %           28 %
  Sales (field)            221    15.4 %        5.0 %           19 %
  IT                       142     2.1 %        0.0 %           77 %
  Staff functions          277     7.9 %        1.8 %           39 %

Individual results are not shared with managers (works council
agreement). Colleagues who clicked got the short e-learning
automatically.

Please discuss the figures in your next team meeting; the "report" rate
is the one we want to see go up.

IT Security
"""
    return build(group("it-sicherheit", "IT Security"), group("abteilungsleitungen", "Heads of department"),
                 "Phishing simulation October - results", dt(10, 29, 15, 0), "itsec.1029.sim",
                 body=body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print shop delay on the health-premium adjustment run; volumes and dates, no customer; quoted reply")
def druckhaus_verzoegerung_bap():
    quoted = """Sehr geehrter Herr Bauer,

leider müssen wir Ihnen mitteilen, dass sich der Versand der
Beitragsanpassungsschreiben KV (Lauf BAP-2026-11, 84.312 Sendungen)
um zwei Tage verschiebt. Grund ist ein Defekt an der Kuvertieranlage 3.
Neuer Einlieferungstermin bei der Post: Donnerstag, 19.11.

Die Sendungen mit Beilage "Tarifwechselrecht nach § 204 VVG" sind
bereits gedruckt und kuvertiert (ca. 31.000), der Rest folgt.

Mit freundlichen Grüßen
Ines Kaden
Druckhaus Lausitz GmbH"""
    body = f"""Hallo Frau Kaden,

danke für die Info. Der 19.11. ist für uns gerade noch ok, weil die
Zwei-Monats-Frist vor dem 01.01. eingehalten wird. Ein weiterer Verzug
ginge aber nicht - dann wäre die Anpassung für die betroffenen
Versicherten erst zum 01.02. wirksam.

Bitte melden Sie sich täglich bis 15 Uhr mit dem Stand (Stückzahl
kuvertiert / eingeliefert).

Gruß
Philipp Bauer
Output-Management

{ol_de("Ines Kaden <auftrag@druckhaus-lausitz.example>", de_long(11, 16, 9, 41),
        "Philipp Bauer", "Verzögerung Lauf BAP-2026-11", quoted)}
"""
    return build(who("bauer"), "Ines Kaden <auftrag@druckhaus-lausitz.example>",
                 "AW: Verzögerung Lauf BAP-2026-11", dt(11, 16, 10, 12), "bauer.1116.bap",
                 cc=who("lehnert"), body=body, charset="windows-1252", cte="quoted-printable",
                 irt="<dl-1116-0941@druckhaus-lausitz.example>")


@mail("NORMAL", "mixed", "internal",
      "translation-memory housekeeping between marketing and the international team in German and English; product texts only")
def translation_memory_team():
    body = """Hi Sophie, hallo Julia,

kurze Abstimmung zum Translation Memory, bevor wir Rebecca die nächsten
Texte schicken:

1. "Krankenrücktransport" - wir haben im TM drei Varianten:
   "medical repatriation", "repatriation for medical reasons",
   "return transport in case of illness". Sophie, which one do you
   prefer? Ich würde "medical repatriation" nehmen, das ist auch im
   Assistance-Vertrag so.
2. "Selbstbeteiligung" -> "deductible" (not "excess" - we write
   American English? Or British?). Bitte einmal festlegen.
3. The glossary entry "Vorerkrankung = pre-existing condition" is fine.

Once we agree, I'll clean up the TM and send the export to Rebecca.

Danke & thanks
Julia
"""
    return build(who("franke"), who("marchetti"), "TM clean-up / Glossar Reise EN",
                 dt(3, 19, 12, 33), "franke.0319.tm", body=body, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "press release draft on hail-claims totals for the year; aggregate figures only")
def pressemitteilung_hagelbilanz():
    body = """Liebe Frau Dr. Brückner,

hier der Entwurf der Pressemitteilung für Montag. Bitte um Freigabe bis
Freitag 12 Uhr.

---
Elbtal Versicherung zieht Unwetterbilanz 2026: über 9.000 Hagelschäden

Dresden, 14.09.2026 - Die Elbtal Versicherung hat nach den Sommerunwettern
"Kasimir" und "Lotte" bislang 9.412 Schäden an Gebäuden und Fahrzeugen
registriert. Der Schadenaufwand liegt bei rund 58 Millionen Euro. Am
stärksten betroffen waren die Landkreise Meißen und Sächsische Schweiz-
Osterzgebirge.

"Unsere Teams haben in Spitzenzeiten über 800 Schäden am Tag
aufgenommen. 85 Prozent der Kfz-Hagelschäden sind bereits reguliert",
sagt Dr. Annette Brückner, Vorstand Schaden und Betrieb.

Tipps zur Vorbeugung: Fahrzeuge bei Unwetterwarnung in Garagen stellen,
Rollläden herunterlassen, Dachrinnen regelmäßig reinigen.
---

Viele Grüße
Julia Franke
Marketing & Kommunikation
"""
    return build(who("franke"), who("brueckner"), "Freigabe PM Unwetterbilanz 2026",
                 dt(9, 10, 16, 5), "franke.0910.pm", cc=group("presse", "Pressestelle"),
                 body=body, charset="utf-8", cte="8bit")


@mail("NORMAL", "en", "insurer-to-lawyer",
      "request for a fee proposal for general UK regulatory advice; no case, no person")
def ashworth_fee_proposal():
    body = f"""Dear Ms Lane,

following our call, we would be grateful for a fee proposal for general
advisory work in 2027:

- UK implications of our freedom-of-services business (travel and
  relocation goods insurance sold to UK residents moving to Germany)
- updates on FCA consumer duty as far as it affects intermediaries we
  work with
- ad-hoc questions from our international claims team (estimated
  20-30 hours per year)

A capped fee or a blended hourly rate would both work for us. We would
also like to know who in your team would be our day-to-day contact.

{sig("wolff", "en")}
"""
    return build(who("wolff"), "Sarah Lane <s.lane@ashworth-lane.example>",
                 "Fee proposal - general advisory 2027", dt(10, 6, 14, 55), "wolff.1006.fee",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "underwriting guideline update for cyber; rules and thresholds only")
def cyber_guideline_update():
    body = """Hi underwriting team,

the cyber underwriting guideline v4 applies to all quotes issued from
1 March 2026. Main changes:

1. MFA for remote access and e-mail is now a knock-out criterion for all
   risks, not just above EUR 10m turnover.
2. Medical practices, pharmacies and care services: maximum limit
   EUR 1m, ransomware sub-limit 50 %, and we need the answers to the
   supplementary questionnaire on patient data backups.
3. Offline backups tested at least twice a year, evidence on request.
4. Municipal utilities: referral to me above EUR 2m.

The guideline and the questionnaires are on the underwriting SharePoint.
Training session on 26 February, 10:00, Teams.

Marek
"""
    return build(who("nowak"), group("underwriting-firmen", "Underwriting Commercial"),
                 "Cyber guideline v4 from 1 March", dt(2, 16, 9, 40), "nowak.0216.cyber",
                 body=body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "internal",
      "group-wide travel expense policy update; rates only")
def travel_expense_policy():
    text = """Dear colleagues,

from 1 January 2027 the updated travel expense policy applies to all
Elbtal group companies:

- Rail first, also for trips up to 600 km; 1st class for trips over
  3 hours
- Hotel cap per night: Germany EUR 140 (Munich, Frankfurt, Hamburg
  EUR 175), London GBP 210
- Per diem as per the German tax tables; no meals on the expense claim
  if breakfast was included
- Expense claims within 3 months via the travel tool, receipts as photo

Questions: travel@elbtal-versicherung.example

Accounting
"""
    html = html_page("""<p>Dear colleagues,</p>
<p>from <b>1 January 2027</b> the updated travel expense policy applies to all Elbtal group companies:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Topic</th><th>Rule</th></tr>
<tr><td>Rail</td><td>first choice, also for trips up to 600 km; 1st class for trips over 3 hours</td></tr>
<tr><td>Hotel cap per night</td><td>Germany EUR 140 (Munich, Frankfurt, Hamburg EUR 175), London GBP 210</td></tr>
<tr><td>Per diem</td><td>German tax tables; no meals on the claim if breakfast was included</td></tr>
<tr><td>Expense claims</td><td>within 3 months via the travel tool, receipts as photo</td></tr>
</table>
<p>Questions: <a href="mailto:travel@elbtal-versicherung.example">travel@elbtal-versicherung.example</a></p>
<p>Accounting</p>""")
    return build(group("rechnungswesen", "Accounting"), group("alle", "All staff"),
                 "Travel expense policy 2027", dt(11, 30, 10, 0), "rw.1130.travel",
                 body=text, html=html, charset="us-ascii", cte="7bit", hcharset="utf-8", hcte="base64")


@mail("NORMAL", "en", "internal",
      "personnel announcement: new head of claims; career facts only, nothing sensitive")
def announcement_head_of_claims():
    body = """Dear colleagues,

I am delighted to announce that Christian Lorenz will take over as Head
of Claims for the entire group on 1 October 2026, in addition to his
current responsibility for P&C claims.

Christian joined Elbtal in 2011 as a motor claims adjuster, led the
property claims team through the 2013 floods and has run P&C claims
since 2019. He will report to me.

Health and life claims keep their current team leads; the weekly claims
board will from now on be chaired by Christian.

Please join me in congratulating him.

Dr. Annette Brückner
Board Member, Claims & Operations
"""
    return build(who("brueckner"), group("alle", "All staff"), "Personnel announcement: Head of Claims",
                 dt(9, 15, 12, 0), "brueckner.0915.hoc", body=body, charset="utf-8", cte="8bit")


@mail("NORMAL", "mixed", "internal",
      "meeting invitation for the international sales call with bilingual agenda; ICS")
def international_sales_call():
    body = """Hallo zusammen / Hi all,

Einladung zum Quartalscall Vertrieb International. Agenda:

1. Expat-Krankenversicherung: neue Tarife 2027 / new expat health rates
2. Relocation goods: cooperation with UK removal firms
3. Broker feedback Benelux
4. AOB

Bitte Zahlen zu Punkt 1 bis Montag an Nadine. Please send your figures
for item 1 to Nadine by Monday.

Ralf
"""
    ics = att_ics("Vertrieb_International_Q4.ics", uid="vi-q4-2026@elbtal-versicherung.example",
                  start=(10, 14, 14, 0), end=(10, 14, 15, 30),
                  summary="Vertrieb International Q4 / International sales call Q4",
                  organizer=("Ralf Dietze", em("dietze")),
                  attendees=[("Nadine Haupt", em("haupt")), ("Daniel Hughes", em("hughes")),
                             ("Sophie Marchetti", em("marchetti"))],
                  location="Microsoft Teams", description="Agenda siehe Mail / see mail",
                  stamp=(10, 5, 9, 0))
    return build(who("dietze"), [who("haupt"), who("hughes"), who("marchetti")],
                 "Vertrieb International Q4 / International sales call Q4", dt(10, 5, 9, 3),
                 "dietze.1005.vi", body=body, atts=[ics], charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "internal",
      "commission statement correction for a named sole-trader agent (income); XLSX")
def provision_korrektur_wolf():
    body = """Hallo Herr Brandt,

bei der Provisionsabrechnung Juni für unsere Einfirmenvertreterin
Annett Wolf (Vermittler-Nr. 40-2218, Agentur in Plauen, Einzelunternehmen)
fehlen zwei Stornoreserven-Auflösungen und die Bonusstaffel für den
Wettbewerb. Korrigierte Aufstellung anbei.

Nachzahlung gesamt: 3.184,60 EUR. Bitte mit dem Juli-Lauf auszahlen auf
das hinterlegte Agenturkonto. Die Gutschrift geht ihr mit der
Monatsabrechnung zu.

Danke
Nadine Haupt
Maklerbetreuung / Vertriebssteuerung
"""
    xlsx = att_xlsx("Provision_Juni_Korrektur_40-2218.xlsx", [
        ("Korrektur", [
            ["Vermittler", "Annett Wolf (40-2218)", "", ""],
            ["Position", "Vertrag", "alt EUR", "neu EUR"],
            ["Abschlussprovision Kfz", "KF-4471-318820", 184.2, 184.2],
            ["Abschlussprovision Leben", "LV 2026-0033410", 2410.0, 2410.0],
            ["Auflösung Stornoreserve 2023", "div.", 0, 1204.6],
            ["Auflösung Stornoreserve 2024", "div.", 0, 880.0],
            ["Bonus Elbtal Sprint", "-", 0, 1100.0],
            ["Summe", "", 2594.2, 5778.8],
            ["Nachzahlung", "", "", 3184.6],
        ])], title="Provision Juni Korrektur", author="Nadine Haupt", date=(2026, 7, 8, 11, 0))
    return build(who("haupt"), who("brandt"), "Korrektur Provisionsabrechnung 06/2026 Vermittler 40-2218",
                 dt(7, 8, 11, 14), "haupt.0708.prov", body=body, atts=[xlsx], charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "de", "internal",
      "unexpected place: marketing sends field sales a birthday-campaign CSV with customers' names, birth dates and addresses")
def geburtstagsaktion_kundenliste():
    rows = [["Vertrag", "Anrede", "Vorname", "Nachname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Sparte"],
            ["HR-5520-3309", "Frau", "Manuela", "Fritzsche", "17.02.1972", "Am Anger 4", "09599", "Freiberg", "Hausrat"],
            ["KF-4471-287512", "Herr", "Tim", "Gräfe", "09.02.1996", "Karl-Liebknecht-Str. 41", "04107", "Leipzig", "Kfz"],
            ["WG-2210-448371", "Frau", "Carola", "Wünsche", "28.02.1966", "Am Hutberg 7", "01454", "Radeberg", "Wohngebäude"],
            ["PH-6001-77302", "Herr", "Sören", "Haase", "01.02.1984", "Schulstraße 2", "01796", "Pirna", "Privathaftpflicht"]]
    body = """Hallo Ralf,

für die Geburtstagsaktion Februar (Karte + Gutschein 20 € für den
Tierpark) hier die Liste deiner Bezirkskunden mit Geburtstag im Februar,
Auszug aus dem CRM. Bitte nur für die Aktion verwenden und nicht
weitergeben - die Werbeeinwilligung liegt bei allen vor.

Die Karten kommen nächste Woche von der Druckerei direkt zu dir.

Liebe Grüße
Julia
"""
    return build(who("franke"), who("dietze"), "Geburtstagsaktion Februar - deine Kundenliste",
                 dt(1, 26, 14, 48), "franke.0126.geb", body=body,
                 atts=[att_csv("Geburtstage_Februar_BD-Sachsen-West.csv", rows, charset="utf-8", cte="base64")],
                 charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "internal",
      "premium collection tells field sales about a named customer's returned direct debit, with IBAN and amount (household/motor)")
def ruecklastschrift_inkasso():
    ib = iban("87096124", "0450887731")
    body = f"""Hallo Herr Dietze,

zur Info, bevor Ihr Kunde bei Ihnen anruft: Bei Herrn Marco Rietschel
(Zwickau) ist die Lastschrift für das 2. Quartal zurückgekommen.

  Verträge:      KF-4471-305518 (Kfz) und HR-5520-4417 (Hausrat)
  Betrag:        368,42 € zzgl. 3,50 € Rücklastschriftgebühr
  Konto:         {ib}
  Grund:         "Konto erloschen" (AC04)

Die erste Mahnung ist gestern raus (qualifizierte Mahnung nach § 38 VVG
für Kfz folgt in 14 Tagen). Wenn er Ihnen eine neue Bankverbindung gibt,
bitte direkt ins Inkasso-Postfach, dann stoppen wir den Lauf.

Freundliche Grüße
Petra Scholz
Beitragsinkasso, -1855
"""
    return build(who("scholz"), who("dietze"), "Rücklastschrift Rietschel KF-4471-305518",
                 dt(4, 9, 9, 26), "scholz.0409.rls", body=body, charset="windows-1252", cte="8bit")


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "IT vendor receives application logs with customers' e-mail addresses, names and motor policy numbers (ZIP with .log)")
def tessellate_logs_motor():
    log = (
        "2026-09-21T08:14:03.118Z ERROR [pas-docgen] render failed policy=KF-4471-287512 holder=\"Tim Gräfe\" email=tim.graefe@webpost.example template=MOT_RENEWAL_27\r\n"
        "2026-09-21T08:14:03.120Z ERROR [pas-docgen] java.lang.IllegalStateException: missing field regionalClass\r\n"
        "2026-09-21T08:14:07.552Z ERROR [pas-docgen] render failed policy=KF-4471-305518 holder=\"Marco Rietschel\" email=m.rietschel@mailbox-z.example template=MOT_RENEWAL_27\r\n"
        "2026-09-21T08:14:07.553Z ERROR [pas-docgen] java.lang.IllegalStateException: missing field regionalClass\r\n"
        "2026-09-21T08:14:11.004Z WARN  [pas-docgen] retry 1/3 policy=KF-4471-310044 holder=\"Matthias Queck\" email=queck.m@webpost.example\r\n"
        "2026-09-21T08:14:12.870Z INFO  [pas-docgen] batch MOT_RENEWAL_27 processed=41882 failed=1937\r\n"
    )
    body = """Hi Ewan,

as discussed in the stand-up: the motor renewal batch MOT_RENEWAL_27
failed for 1,937 policies, all with a changed regional class after the
new GDV table was loaded. Log excerpt attached (zipped).

Heads-up: the log contains customer names and e-mail addresses, we
could not mask it in time. Please keep it inside the project share and
delete your local copy afterwards.

Renewal letters must go to print by 2 October, so this is urgent.

Thanks,
Oleksandr
"""
    z = att_zip("pas-docgen_2026-09-21.zip", [("pas-docgen_excerpt.log", log)], date=(2026, 9, 21, 9, 0, 0))
    return build(who("melnyk"), "Ewan Grant <ewan.grant@tessellate.example>",
                 "MOT_RENEWAL_27 failed for 1,937 policies - logs", dt(9, 21, 9, 5), "melnyk.0921.logs",
                 body=body, atts=[z], charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "internal",
      "high-net-worth household risk: named customer, home address, art collection values; XLSX schedule")
def hnw_art_collection():
    body = """Emma,

for the fac placement of the Behr household risk: schedule of the art
collection attached, as valued by the expert in May.

  Insured:    Dr. Wolfgang Behr and Ingrid Behr
  Address:    Villa at Schillerplatz 6, 01309 Dresden
  Policy:     HR-5520-9001 (premium household, all risks)
  Total sum insured contents: EUR 6.8m, of which art EUR 4.95m

Our retention is EUR 1.5m per risk, so we need about EUR 3.5m of fac
capacity for the art. Alarm system VdS class C, safe room, no exhibition
loans in the last three years.

Marek
"""
    xlsx = att_xlsx("Behr_art_schedule_2026.xlsx", [
        ("Schedule", [
            ["No.", "Artist", "Title / object", "Year", "Valuation EUR"],
            [1, "Max Pechstein", "Fischerboote, oil on canvas", 1921, 1450000],
            [2, "Conrad Felixmüller", "Bildnis Londa, oil", 1925, 820000],
            [3, "Gerhard Richter", "Abstraktes Bild, oil", 1989, 1900000],
            [4, "Meissen porcelain", "Swan service, 14 pieces", 1740, 510000],
            [5, "Various", "graphics collection, 38 sheets", "", 270000],
            ["", "", "Total", "", 4950000],
        ])], title="Behr art schedule", author="Marek Nowak", date=(2026, 6, 3, 10, 0))
    return build(who("nowak"), who("clarke"), "Fac placement - Behr household, art schedule",
                 dt(6, 3, 10, 21), "nowak.0603.behr", body=body, atts=[xlsx], charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal audit sample of health claims with insured names and diagnoses for re-checking; ODS")
def revision_stichprobe_kv():
    body = """Hallo Frau Lehnert,

im Rahmen der Prüfung "Leistungsbearbeitung KV 2026" (Prüfauftrag
IR-2026-05) haben wir die beigefügte Stichprobe von sechs Fällen
gezogen. Bitte stellen Sie uns zu jedem Fall bis 12.10. bereit:

- Prüfvermerk und ggf. Stellungnahme des beratenden Arztes
- Nachweis der Vier-Augen-Freigabe bei Beträgen über 5.000 €
- Korrespondenz mit der versicherten Person

Die Liste bitte nicht weiterleiten; sie liegt auch verschlüsselt auf
dem Revisionslaufwerk.

Viele Grüße
Stefanie Albrecht
Interne Revision
"""
    ods = att_ods("IR-2026-05_Stichprobe.ods", [
        ("Stichprobe", [
            ["Fall", "Versicherte Person", "KV-Nr.", "Diagnose / Leistung", "Betrag EUR", "Freigabe"],
            ["1", "Heike Trautmann", "7712448031", "M51.1 Bandscheibenvorfall, PRT-Serie", 3412.87, "Lehnert"],
            ["2", "Simone Kretzschmar", "7710556204", "C50.4 Mammakarzinom, Protonentherapie", 28000, "Vogt/Lehnert"],
            ["3", "Mehmet Arslan", "7715330908", "Implantate 36/46, Parodontitis", 9874.2, "Pohle"],
            ["4", "Uwe Zschoche", "7709913402", "I25.13 KHK, Stent, Reha", 14233.5, "Lehnert"],
            ["5", "Jacqueline Rößler", "7714420077", "F41.1 Angststörung, Psychotherapie 25 h", 2750, "Lehnert"],
            ["6", "Doreen Kaiser", "7716009128", "O24.4 Gestationsdiabetes, Entbindung", 6120.4, "Lehnert"],
        ])], title="IR-2026-05 Stichprobe", author="Stefanie Albrecht", date=(2026, 9, 28, 9, 0))
    return build(who("albrecht"), who("lehnert"), "IR-2026-05: Stichprobe Leistung KV",
                 dt(9, 28, 9, 12), "albrecht.0928.ir05", body=body, atts=[ods], charset="utf-8", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "scan service asked to retrieve the paper original of a named insured's sick note (diagnosis F43.1) for a court case")
def scanpoint_original_au():
    body = """Hallo Herr Brenner,

wir benötigen für ein Gerichtsverfahren das Papieroriginal eines
eingescannten Belegs, der bei Ihnen noch in der 90-Tage-Aufbewahrung
liegen müsste:

  Dok-ID:        7719-40233
  Eingang:       22.06.2026, Batch 2026-06-22-A11
  Inhalt:        Arbeitsunfähigkeitsbescheinigung Dr. Lindemann für
                 Frau Jacqueline Rößler, Diagnose F43.1 (PTBS), AU vom
                 15.06. bis 31.07.2026

Die Gegenseite bestreitet, dass die Bescheinigung vor dem 25.06. bei uns
eingegangen ist; deshalb brauchen wir auch das Kuvert mit Poststempel,
falls Sie es aufbewahrt haben.

Bitte per Kurier (nicht per Post) an mich persönlich, Elbtalplatz 1,
Haus B, Raum B1.22. Danke!

Gabriele Hoffmann
Leistung Krankentagegeld
Elbtal Versicherung AG
"""
    return build(who("hoffmann"), "Jan Brenner <j.brenner@scanpoint.example>",
                 "Anforderung Papieroriginal Dok-ID 7719-40233", dt(9, 14, 11, 3), "hoffmann.0914.orig",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "analytics flags suspected pharmacy-receipt fraud for named health insureds with drugs and amounts")
def pharmacy_fraud_flags():
    body = """Birgit,

the new anomaly model flagged three insureds in the August pharmacy
receipts. I have not contacted anyone; over to you and the fraud desk:

1. Uwe Zschoche (KV 7709913402): 14 receipts for Ozempic 1 mg from four
   different pharmacies in 6 weeks, EUR 3,890 in total. He has no
   diabetes diagnosis on file, only coronary heart disease.
2. Ramona Eichler (KV 7711802264): repeated Tilidin/Naloxon 100/8 mg
   prescriptions from three different doctors, 9 packs in 8 weeks.
3. Paulina Wróbel (KV 7716612030): receipts with identical numbers
   submitted twice, once by post, once via the app (EUR 212.40).

Case 3 is probably just a duplicate submission. Cases 1 and 2 look like
either fraud or a medical problem - I'd suggest the medical adviser
looks at case 2 first.

Chidi
"""
    return build(who("okafor"), who("lehnert"), "Anomaly model: 3 pharmacy cases for review (August)",
                 dt(9, 8, 15, 30), "okafor.0908.pharm", body=body, charset="utf-8", cte="quoted-printable",
                 cc=group("betrugsbekaempfung", "Fraud desk"))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "term-life death claim: named deceased, cause of death (myocardial infarction), beneficiary and sum, sent to reinsurance")
def death_claim_reinsurance():
    body = """Hi Emma,

please notify the reinsurer of the following death claim under the
quota share (our share 40 %):

  Policy:        RL 2018-0077412, term life, sum assured EUR 400,000
  Insured:       Uwe Zschoche, born 1 December 1961
  Date of death: 18 October 2026
  Cause:         acute myocardial infarction (death certificate, section
                 "natural death"); known coronary heart disease since
                 2024, stent 2026 - disclosed at underwriting? No: the
                 policy started 2018, the diagnosis came later.
  Beneficiary:   his wife, Ilona Zschoche (irrevocable)

Contestability period is long over, so we intend to pay in full once we
have the death certificate original and the beneficiary's ID. Reinsurer
share: EUR 160,000.

Tobias Rahn did the claims review; questions to him or me.

Sabine
"""
    return build(who("krull"), who("clarke"), "Death claim RL 2018-0077412 - notification to reinsurer",
                 dt(10, 27, 11, 6), "krull.1027.death", cc=who("rahn"), body=body,
                 charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "compliance: an employee's own health claims (childbirth, gestational diabetes) are being handled by a colleague - conflict of interest")
def compliance_eigener_kv_fall():
    body = """Hallo Herr Dr. Wolff,

ich bitte um Ihre Einschätzung in einem Compliance-Thema:

Bei der Stichprobe ist aufgefallen, dass die Leistungsfälle unserer
Kollegin Doreen Kaiser (Leistung KV, selbst bei uns krankenversichert,
KV 7716009128) seit Jahresbeginn von ihrer direkten Teamkollegin
bearbeitet wurden, u. a. die Klinikrechnung zur Entbindung im März
über 6.120 € (mit Schwangerschaftsdiabetes) und die Hebammenrechnungen.

Laut Arbeitsanweisung AA-L-03 müssen Fälle von Mitarbeitenden im
Sonderteam "Personalfälle" bearbeitet werden, damit Kolleginnen nicht
die Gesundheitsdaten von Kolleginnen sehen. Fachlich ist nichts zu
beanstanden, es geht um den Prozess.

Fragen:
1. Müssen wir Frau Kaiser informieren?
2. Ist das ein meldepflichtiger Datenschutzvorfall (Zugriff ohne
   Berechtigung) oder "nur" ein Prozessverstoß?

Ich habe Frau Seidel noch nicht eingebunden.

Stefanie Albrecht
Interne Revision
"""
    return build(who("albrecht"), who("wolff"), "Compliance-Frage: Bearbeitung Personalfall KV",
                 dt(10, 1, 13, 44), "albrecht.1001.comp", body=body, charset="utf-8", cte="quoted-printable",
                 headers=[("Sensitivity", "Company-Confidential")])

@mail("NORMAL", "de", "insurer-to-supplier",
      "grey: invoice query to the software vendor quoting the vendor's own GmbH bank account (company, not a person)")
def kobaltsoft_rechnung_bankverbindung():
    ib = iban("12030000", "1020334455")
    body = f"""Sehr geehrte Damen und Herren,

Ihre Rechnung RE-2026-00871 vom 31.03.2026 (Wartung ELSA Q2, 48.600,00 €
netto) können wir noch nicht zahlen:

1. Auf der Rechnung steht eine neue Bankverbindung:
   Kobaltsoft GmbH, IBAN {ib}
   Ihre Stammdaten bei uns haben eine andere IBAN. Wegen der aktuellen
   Betrugsversuche mit gefälschten Rechnungen ändern wir Bankverbindungen
   nur nach schriftlicher Bestätigung durch Ihre Geschäftsführung und
   einem Rückruf unter der bekannten Telefonnummer.
2. Die Bestellnummer fehlt (richtig: EK-2025-1190).

Bitte senden Sie uns eine korrigierte Rechnung und die Bestätigung der
Bankverbindung.

{sig("brandt")}
"""
    return build(who("brandt"), "Buchhaltung Kobaltsoft <buchhaltung@kobaltsoft.example>",
                 "Ihre Rechnung RE-2026-00871 - Rückfrage Bankverbindung", dt(4, 7, 10, 31),
                 "brandt.0407.kobalt", body=body, charset="windows-1252", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-assessor",
      "onboarding instructions for the expert portal sent to the assessor network; process only")
def gutachterportal_onboarding():
    text = """Sehr geehrte Sachverständige,

ab 01.06.2026 laufen alle Gutachtenaufträge der Elbtal Versicherung über
das neue Gutachterportal. Per E-Mail erhalten Sie dann nur noch eine
Benachrichtigung ohne Inhalt.

So geht es los:
1. Sie erhalten zwei E-Mails: eine mit Ihrem Einmal-Passwort und eine
   mit dem Registrierungslink.
2. Melden Sie sich an, vergeben Sie ein neues Passwort und richten Sie
   die Zwei-Faktor-Anmeldung ein.
3. Legen Sie weitere Nutzer Ihres Büros an (Rolle "Büroverwaltung").

Gutachten, Fotos und Rechnungen laden Sie im Auftrag hoch; bitte keine
Gutachten mehr per E-Mail senden.

Schulungstermine (Teams, 45 Minuten): 19.05., 21.05. und 27.05., jeweils
16 Uhr. Anmeldung unter
https://gutachter.elbtal-versicherung.example/schulung

Mit freundlichen Grüßen
Christian Lorenz
Bereichsleiter Schaden Komposit
"""
    html = html_page("""<p>Sehr geehrte Sachverständige,</p>
<p>ab <b>01.06.2026</b> laufen alle Gutachtenaufträge der Elbtal Versicherung über das neue <b>Gutachterportal</b>.
Per E-Mail erhalten Sie dann nur noch eine Benachrichtigung ohne Inhalt.</p>
<p>So geht es los:</p>
<ol>
<li>Sie erhalten zwei E-Mails: eine mit Ihrem Einmal-Passwort und eine mit dem Registrierungslink.</li>
<li>Melden Sie sich an, vergeben Sie ein neues Passwort und richten Sie die Zwei-Faktor-Anmeldung ein.</li>
<li>Legen Sie weitere Nutzer Ihres Büros an (Rolle &bdquo;Büroverwaltung&ldquo;).</li>
</ol>
<p>Gutachten, Fotos und Rechnungen laden Sie im Auftrag hoch; bitte keine Gutachten mehr per E-Mail senden.</p>
<p>Schulungstermine (Teams, 45 Minuten): 19.05., 21.05. und 27.05., jeweils 16 Uhr.
<a href="https://gutachter.elbtal-versicherung.example/schulung">Zur Anmeldung</a></p>
<p>Mit freundlichen Grüßen<br>Christian Lorenz<br>Bereichsleiter Schaden Komposit</p>""")
    return build(who("lorenz"), group("gutachternetz", "Sachverständigennetz Elbtal"),
                 "Neues Gutachterportal ab 1. Juni - Registrierung und Schulung", dt(5, 5, 10, 0),
                 "lorenz.0505.portal", body=text, html=html, charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-assessor",
      "panel agreement renewal with a loss adjuster firm: rates, KPIs; no case")
def meridian_panel_renewal():
    body = """Dear Gareth,

our panel agreement expires on 31 December. We would like to renew it
for 2027-2029 and propose:

- hourly rates: +3 % on 2026 levels, travel time at 50 %
- KPIs: first contact with the insured within 24 h, preliminary report
  within 5 working days, final report within 30 days of documents
  being complete
- quarterly review meetings, alternately in Dresden and online
- reports uploaded through our new expert portal only

Please send us your comments by 15 November; we can then sign in early
December.

Kind regards
Daniel Hughes
International Claims
Elbtal Versicherung AG
"""
    return build(who("hughes"), "Gareth Pryce <gareth.pryce@meridian-adjusters.example>",
                 "Panel agreement 2027-2029", dt(10, 21, 15, 14), "hughes.1021.panel",
                 body=body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product information on the 2027 accident tariff to a broker (disability scale, hospital cash); no person")
def makler_unfalltarif_2027():
    text = """Sehr geehrter Herr Fink,

gern beantworte ich Ihre Fragen zum neuen Unfalltarif UnfallPlus 2027:

- Gliedertaxe: Hand 70 %, Arm 80 %, Auge 60 %, Gehör auf einem Ohr 35 %
- Progression 225 %, 350 % oder 500 % wählbar
- Krankenhaustagegeld und Genesungsgeld optional, ohne Gesundheitsfragen
  bis 30 € Tagessatz
- Mitversichert sind Bandscheibenvorfälle durch Unfall, Zeckenstiche
  (FSME, Borreliose) und Eigenbewegungen mit Zerrung
- Kinder: Impfschäden und Vergiftungen bis 10 Jahre

Die Tarifunterlagen und den Vergleich zum Vorgänger finden Sie im
Maklerportal unter Produkte > Unfall. Einen Rechner für Ihr MVP stellen
wir ab Dezember über die BiPRO-Schnittstelle bereit.

Mit freundlichen Grüßen
Nadine Haupt
Maklerbetreuung
"""
    html = html_page("""<p>Sehr geehrter Herr Fink,</p>
<p>gern beantworte ich Ihre Fragen zum neuen Unfalltarif <b>UnfallPlus 2027</b>:</p>
<ul>
<li>Gliedertaxe: Hand 70&nbsp;%, Arm 80&nbsp;%, Auge 60&nbsp;%, Gehör auf einem Ohr 35&nbsp;%</li>
<li>Progression 225&nbsp;%, 350&nbsp;% oder 500&nbsp;% wählbar</li>
<li>Krankenhaustagegeld und Genesungsgeld optional, ohne Gesundheitsfragen bis 30&nbsp;&euro; Tagessatz</li>
<li>Mitversichert sind Bandscheibenvorfälle durch Unfall, Zeckenstiche (FSME, Borreliose) und Eigenbewegungen mit Zerrung</li>
<li>Kinder: Impfschäden und Vergiftungen bis 10 Jahre</li>
</ul>
<p>Die Tarifunterlagen und den Vergleich zum Vorgänger finden Sie im Maklerportal unter Produkte &gt; Unfall.
Einen Rechner für Ihr MVP stellen wir ab Dezember über die BiPRO-Schnittstelle bereit.</p>
<p>Mit freundlichen Grüßen<br>Nadine Haupt<br>Maklerbetreuung</p>""")
    pdf = att_pdf("PIB_UnfallPlus_2027.pdf", [
        "**Produktinformationsblatt UnfallPlus 2027",
        "Versicherer: Elbtal Versicherung AG",
        "",
        "Was ist versichert? Unfälle in Beruf und Freizeit, weltweit, rund um die Uhr.",
        "Leistungsarten: Invaliditätsleistung mit Progression, Unfallrente, Todesfallleistung,",
        "Krankenhaustagegeld, Genesungsgeld, Bergungskosten, kosmetische Operationen.",
        "",
        "Was ist nicht versichert? Unfälle durch Bewusstseinsstörungen, Herzinfarkt oder",
        "Schlaganfall; Unfälle unter Alkoholeinfluss ab 1,3 Promille (Kfz-Fahrer ab 1,1).",
        "",
        "Gibt es Deckungseinschränkungen? Mitwirkung von Krankheiten oder Gebrechen",
        "ab 25 % mindert die Leistung.",
    ], title="PIB UnfallPlus 2027", author="Produktmanagement", date=(2026, 11, 1, 9, 0), compress=True)
    return build(who("haupt"), "Thomas Fink <t.fink@fink-partner-makler.example>",
                 "AW: Fragen zu UnfallPlus 2027", dt(11, 12, 11, 45), "haupt.1112.unfall",
                 body=text, html=html, atts=[pdf], charset="utf-8", cte="quoted-printable",
                 irt="<fink-20261111-1702@fink-partner-makler.example>")


@mail("NORMAL", "de", "internal",
      "trap: staff how-to for secure mail that mentions the subject tags [vertraulich] / [streng vertraulich] in the body only")
def howto_sichere_mail_tags():
    text = """Liebe Kolleginnen und Kollegen,

ab 01.07. gilt für den E-Mail-Versand an Externe:

1. Wenn Ihre Mail Gesundheitsdaten enthält (z. B. Arztberichte,
   Diagnosen, Leistungsabrechnungen KV, BU- oder Unfallakten), schreiben
   Sie in den Betreff: [streng vertraulich]
2. Wenn sie andere personenbezogene Daten enthält (Bankverbindung,
   Geburtsdatum, Einkommen, Vertrags- oder Schadennummern), schreiben Sie:
   [vertraulich]
3. Das Gateway verschlüsselt die Mail dann automatisch oder legt sie im
   Portal ab. Der Empfänger bekommt eine Benachrichtigung.

Auch ohne Markierung erkennt das System viele sensible Inhalte - die
Markierung ist aber Ihre Verantwortung. Im Zweifel lieber markieren.

Beispiel für einen korrekten Betreff:
   [streng vertraulich] Ihre Leistungsabrechnung

Fragen: IT-Service-Desk, 4400.

Miriam Seidel, Datenschutz
Sven Richter, IT-Service-Desk
"""
    html = html_page("""<p>Liebe Kolleginnen und Kollegen,</p>
<p>ab <b>01.07.</b> gilt für den E-Mail-Versand an Externe:</p>
<ol>
<li>Wenn Ihre Mail Gesundheitsdaten enthält (z.&nbsp;B. Arztberichte, Diagnosen, Leistungsabrechnungen KV, BU- oder
Unfallakten), schreiben Sie in den Betreff: <code>[streng vertraulich]</code></li>
<li>Wenn sie andere personenbezogene Daten enthält (Bankverbindung, Geburtsdatum, Einkommen, Vertrags- oder
Schadennummern), schreiben Sie: <code>[vertraulich]</code></li>
<li>Das Gateway verschlüsselt die Mail dann automatisch oder legt sie im Portal ab. Der Empfänger bekommt eine
Benachrichtigung.</li>
</ol>
<p>Auch ohne Markierung erkennt das System viele sensible Inhalte &ndash; die Markierung ist aber Ihre
Verantwortung. Im Zweifel lieber markieren.</p>
<p>Beispiel für einen korrekten Betreff: <code>[streng vertraulich] Ihre Leistungsabrechnung</code></p>
<p>Fragen: IT-Service-Desk, 4400.</p>
<p>Miriam Seidel, Datenschutz<br>Sven Richter, IT-Service-Desk</p>""")
    return build(who("seidel"), group("alle", "Alle Mitarbeitenden"),
                 "Neu ab 1. Juli: Betreff-Markierung für sichere E-Mails", dt(6, 24, 8, 30),
                 "seidel.0624.howto", body=text, html=html, cc=who("richter"),
                 charset="utf-8", cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-supplier",
      "hosting provider change window and contact list; no customer data")
def nimbus_change_window():
    body = """Hello Nimbus operations,

confirming the change window for the storage migration in rack
DD2-R14:

  Change:    CHG-2026-0441 (move of the ELSA database volumes to the new
             storage cluster)
  Window:    Saturday 17 October, 22:00 - Sunday 18 October, 06:00 CEST
  Rollback:  decision point 03:00; rollback takes approx. 90 minutes
  Contacts:  Oleksandr Melnyk (Elbtal, on site), +49 351 4136-4456
             IT on-call, +49 351 4136-4499

Please make sure the remote hands are booked for the whole window and
that the change freeze for the shared firewall is in place.

Thanks,
Oleksandr
"""
    return build(who("melnyk"), "Nimbus Operations <ops@nimbus-hosting.example>",
                 "CHG-2026-0441 storage migration - window confirmation", dt(10, 8, 16, 2),
                 "melnyk.1008.chg", body=body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "internal",
      "trap: blood-donation drive in the building; health vocabulary, no person")
def blutspende_aktion():
    body = """Liebe Kolleginnen und Kollegen,

am Mittwoch, 18.03., ist wieder der Blutspendedienst im Haus:
10:00-15:00 Uhr, Kasino Haus A, 6. OG.

Bitte beachten:
- Personalausweis und, falls vorhanden, Blutspendeausweis mitbringen
- vorher gut essen und viel trinken
- wer in den letzten 4 Monaten ein Tattoo oder Piercing bekommen hat,
  eine Erkältung hat oder Antibiotika nimmt, kann leider nicht spenden
- die Spende dauert ca. 10 Minuten, mit Fragebogen und ärztlicher
  Untersuchung rund 45 Minuten - das gilt als Arbeitszeit

Anmeldung über das Terminportal im Intranet. Die Betriebsärztin ist an
dem Tag ebenfalls vor Ort.

Danke an alle Spenderinnen und Spender!
Euer Gesundheitsmanagement
"""
    return build(group("gesundheitsmanagement", "Betriebliches Gesundheitsmanagement"),
                 group("alle", "Alle Mitarbeitenden"), "Blutspende am 18.03. im Kasino",
                 dt(3, 4, 9, 15), "bgm.0304.blut", body=body, charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "mixed", "insurer-to-supplier",
      "SSO certificate renewal with the policy-system vendor in German and English; technical only")
def tessellate_sso_zertifikat():
    body = """Hi Ewan,

das SAML-Signaturzertifikat für das SSO zwischen unserem IdP und PAS
läuft am 30.11. ab. Wir haben das neue Zertifikat bereits erzeugt.

In English, for your ops team:
- new IdP signing certificate: fingerprint SHA-256
  7A:41:0C:9E:22:B8:5D:61:F0:3E:8A:17:C4:90:D2:5B:
  11:6F:A8:3C:E9:04:77:2D:B1:58:9A:E6:30:C2:4F:8D
- metadata URL stays the same:
  https://sso.elbtal-versicherung.example/idp/metadata
- please add the new certificate as a second trusted certificate by
  20 November; we switch on 24 November, 07:00 CET, and remove the old
  one on 1 December.

Danke dir / thanks!
Oleksandr
"""
    return build(who("melnyk"), "Ewan Grant <ewan.grant@tessellate.example>",
                 "SSO: neues IdP-Zertifikat / new IdP signing certificate", dt(11, 3, 14, 20),
                 "melnyk.1103.sso", body=body, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "jewellery valuation order for a named customer's stolen items after a burglary (household claim); ODT list")
def juwelier_gutachten_oneill():
    body = f"""Sehr geehrte Frau Lehmann,

wir bitten Sie um eine Wertermittlung zu gestohlenem Schmuck in unserem
Hausratschaden S-2026-0187741.

Versicherungsnehmer: Patrick O'Neill, Louisenstraße 58, 01099 Dresden
Einbruch am 24.01.2026, Anzeige Polizeirevier Dresden-Nord.

Die Stehlgutliste mit den Angaben des Kunden hängt an. Für drei Stücke
liegen Kaufbelege vor, für den Rest nur Fotos. Bitte plausibilisieren
Sie die Wiederbeschaffungswerte; die Entschädigungsgrenze für Wertsachen
liegt im Tarif bei 20.000 EUR.

Herr O'Neill spricht Englisch, Deutsch nur eingeschränkt; Tel.
0176 3390 1248.

{sig("kaya")}
"""
    odt = att_odt("Stehlgutliste_S-2026-0187741.odt", [
        ("h", "Stehlgutliste Schmuck - S-2026-0187741 (O'Neill)"),
        ("t", [["Nr.", "Gegenstand", "Angabe VN (EUR)", "Beleg"],
               ["1", "Verlobungsring Weißgold, Brillant 0,5 ct", "3.900", "ja"],
               ["2", "Perlenkette Südsee, 45 cm", "2.400", "nein, Foto"],
               ["3", "Herrenuhr Automatik, Edelstahl", "4.150", "ja"],
               ["4", "Ohrringe Gold mit Saphir", "1.100", "nein, Foto"],
               ["5", "Armband Silber (Erbstück)", "600", "nein"],
               ["6", "Claddagh-Ring Gold", "450", "ja"]]),
        "Summe laut VN: 12.600 EUR",
    ], title="Stehlgutliste", author="Aylin Kaya", date=(2026, 3, 5, 11, 0))
    return build(who("kaya"), "Sabine Lehmann <gutachten@juwelier-lehmann.example>",
                 "Wertgutachten Schmuck - S-2026-0187741", dt(3, 5, 11, 12), "kaya.0305.schmuck",
                 body=body, atts=[odt], charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "emergency glazier order for a named customer's broken patio door (household glass policy), address and phone")
def glaser_notverglasung():
    body = """Hallo Herr Kretschmer,

bitte heute noch eine Notverglasung:

  Kundin:   Ilse Günther, Hauptstraße 18, 01731 Kreischa
  Telefon:  035206 2 19 40 (Festnetz, sie ist den ganzen Tag da)
  Schaden:  Terrassentür, Isolierglas 2-fach, ca. 90 x 210 cm, Sturm
            heute Nacht (Ast), Glasversicherung GL-1180-22019,
            Schaden S-2026-1012280
  Kosten:   Notverglasung + Aufmaß bis 400 EUR frei, endgültiges
            Angebot bitte an uns

Frau Günther ist 84 und allein; bitte beim Termin etwas Geduld.

Danke!
Aylin Kaya
Schadenregulierung Sach
"""
    return build(who("kaya"), "Glaserei Kretschmer <auftrag@glaserei-kretschmer.example>",
                 "Notverglasung heute - S-2026-1012280 Günther, Kreischa", dt(10, 27, 8, 2),
                 "kaya.1027.glas", body=body, charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "de", "internal",
      "grey: wage garnishment order for a named employee (income, debt); no health")
def lohnpfaendung_mitarbeiter():
    body = """Hallo Claudia,

zur Info und für die Personalakte: Für Herrn Marco Hähnel (PNr 41122,
Kundenservice) ist heute ein Pfändungs- und Überweisungsbeschluss des
AG Dresden eingegangen (Az. 512 M 3318/26), Gläubiger Autohaus Seidel
GmbH, Forderung 7.412,80 € zzgl. Kosten.

Bei seinem Nettolohn von 2.384 € und einer Unterhaltspflicht (ein Kind)
ergibt sich nach der Pfändungstabelle ein pfändbarer Betrag von 212,47 €
monatlich, erstmals mit der Juni-Abrechnung.

Die Drittschuldnererklärung geht heute raus. Ich spreche Herrn Brenner
selbst an; bitte nicht an die Führungskraft weitergeben.

Gruß
Thomas
"""
    return build(who("ebert"), who("pietsch"), "Lohnpfändung PNr 41122", dt(5, 28, 14, 41),
                 "ebert.0528.pfaend", body=body, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "internal",
      "grey: payment of a self-employed translator (a natural person) with her personal IBAN and tax number")
def translator_payment_iban():
    ib = iban_any("PL", "109010140000071228398012")
    ib_de = iban("12030000", "1047718822")
    body = f"""Hi Holger,

our freelance translator Marta Kowalczyk (sole trader, no company) has
changed banks. New details for future invoices:

  Name:        Marta Kowalczyk
  New IBAN:    {ib_de} (German account)
  Old IBAN:    {ib} - please deactivate
  Tax no.:     204/512/40871 (Finanzamt Goerlitz), small business, no VAT

She confirmed the change by phone on 2 September (I called her on the
number in our supplier file). Her invoice 2026-031 over EUR 418.60 for
the police report translation should go to the new account.

Thanks,
Jonas
"""
    return build(who("wendt"), who("brandt"), "Supplier master data: new bank details M. Kowalczyk",
                 dt(9, 3, 10, 5), "wendt.0903.bank", body=body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "internal",
      "grey: legal-expenses claim for a named customer's speeding fine (administrative offence, not criminal); driving ban question")
def rechtsschutz_owi_fahrverbot():
    body = """Hallo Frank,

Deckungsanfrage Verkehrs-RS, bevor ich zusage:

VN Maik Schubert (RS-6610-80433), Bußgeldbescheid Landkreis Meißen vom
02.09.: 41 km/h zu schnell außerorts (B6 bei Scharfenberg), 320 € Buße,
2 Punkte, 1 Monat Fahrverbot. Er ist Außendienstler und braucht den
Führerschein, sein Anwalt will Einspruch einlegen und die Messung
(Traffipax) angreifen.

Das ist eine Ordnungswidrigkeit, Verkehrs-RS deckt. Vorsatzausschluss
greift erst bei rechtskräftiger Verurteilung wegen Vorsatz - bei
41 km/h drüber kann das kommen. Ich würde unter Vorbehalt zusagen.
Okay so?

Ulrike
"""
    return build(who("kern"), who("ostermann"), "RS-6610-80433 Schubert - OWi mit Fahrverbot, Zusage unter Vorbehalt?",
                 dt(9, 10, 11, 50), "kern.0910.owi", body=body, charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "collection: named customer's unpaid buildings premium handed to the lawyer for a court dunning procedure")
def reuter_mahnverfahren_praemie():
    body = f"""Sehr geehrte Damen und Herren,

wir bitten Sie, für uns das gerichtliche Mahnverfahren einzuleiten:

  Schuldner:     Dieter Pfützner, Lindenallee 31, 02625 Bautzen
  Vertrag:       WG-2210-509122 (Wohngebäude, Mehrfamilienhaus)
  Forderung:     Jahresbeitrag 2026, 2.416,88 EUR
                 zzgl. Mahnkosten 10,00 EUR
                 zzgl. Zinsen 5 Prozentpunkte über Basiszins seit 16.02.
  Mahnungen:     19.02., 20.03. (qualifiziert nach § 38 VVG), 24.04.

Der Vertrag ist nach § 38 Abs. 3 VVG zum 30.04. gekündigt. Der Schuldner
hat auf keine Mahnung reagiert; eine Ratenzahlung hat er im März
abgelehnt.

Die Vollmacht und das Mahnprotokoll liegen bei. Die Abrechnung erfolgt
nach unserer Rahmenvereinbarung.

{sig("scholz")}
"""
    return build(who("scholz"), "Forderungsmanagement Reuter <inkasso@reuter-partner-recht.example>",
                 "Mahnverfahren Pfützner - WG-2210-509122", dt(5, 12, 9, 48), "scholz.0512.mahn",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "internal",
      "explicit marking: subject tag [vertraulich] on a short call-back request that names a customer only")
def tag_vertraulich_rueckruf():
    body = """Hi Jonas,

Herr Queck hat nochmal angerufen, bittet um Rückruf wegen der
Niederlande-Sache. Heute bis 18 Uhr mobil.

Danke
Lena
"""
    return build(who("boettcher"), who("wendt"), "[vertraulich] Rückruf Herr Queck", dt(8, 6, 15, 12),
                 "boettcher.0806.rr", body=body, charset="utf-8", cte="quoted-printable", mailer="owa")


@mail("CONFIDENTIAL", "mixed", "internal",
      "German forward of an English tenant-liability claim: named customer lost the keys to her rented flat, policy number; no injury")
def schluesselverlust_haftpflicht():
    quoted = """Hello,

I lost my keys (flat and house entrance) on Saturday, probably in the
tram. My landlord says the whole locking system must be replaced
because it is a master key system, and the estimate is EUR 4,860. I
have private liability insurance with you, policy PH-6001-80912, which
includes lost keys I think.

I attach the landlord's letter. Can you confirm you will pay?

Best,
Aisling Byrne
Görlitzer Straße 14, 01099 Dresden"""
    body = f"""Hallo Frank,

Schlüsselverlust, Kundin schreibt Englisch. Laut Bestand ist
Schlüsselverlust fremder Schließanlagen bis 10.000 EUR mitversichert,
SB 150 EUR. Ich lege den Schaden an (S-2026-0927714) - übernimmst du die
Prüfung der Schließanlagenkosten? Der Kostenvoranschlag ist ziemlich
hoch für ein Mehrfamilienhaus mit 8 Parteien.

Danke, Lena

{ol_en("Aisling Byrne <aisling.byrne@webpost.example>", en_long(9, 22, 20, 3),
        "kundenservice@elbtal-versicherung.example", "Lost keys - liability claim", quoted)}
"""
    return build(who("boettcher"), who("ostermann"), "WG: Lost keys - liability claim (PH-6001-80912)",
                 dt(9, 23, 9, 4), "boettcher.0923.keys", body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "accident insurance: order for a permanent-impairment assessment of a named insured (radius fracture, nerve damage); PDF order")
def unfall_invaliditaetsgutachten():
    body = f"""Sehr geehrter Herr Prof. Dr. Neumann,

wir bitten Sie um ein unfallchirurgisches Gutachten zur Bemessung der
Invalidität nach unseren AUB 2020.

  Versicherte:   Paulina Wróbel, geb. 03.09.1991, Görlitz
  Vertrag:       UV-3300-61420, Unfall-Nr. U-2026-04471
  Unfall:        21.06.2026, Sturz beim Wandern (Zakopane, Polen)
  Verletzung:    distale Radiusfraktur rechts, ORIF am 22.06.2026;
                 Sensibilitätsstörung im Versorgungsgebiet des N. medianus

Bitte untersuchen Sie die Versicherte frühestens 12 Monate nach dem
Unfall, also ab Ende Juni 2027, und bemessen Sie die dauernde
Beeinträchtigung nach der Gliedertaxe (Hand im Handgelenk). Der
übersetzte Entlassungsbericht und die Röntgenbilder gehen Ihnen über
unser Gutachterportal zu.

{sig("yilmaz")}
"""
    pdf = att_pdf("Gutachtenauftrag_U-2026-04471.pdf", [
        "**Gutachtenauftrag Unfallversicherung",
        "Versicherte: Paulina Wróbel, geb. 03.09.1991",
        "Unfall-Nr.: U-2026-04471   Vertrag: UV-3300-61420",
        "",
        "Diagnosen laut Entlassungsbericht (übersetzt):",
        "- Distale Radiusfraktur rechts mit Dislokation (S52.5), Plattenosteosynthese 22.06.2026",
        "- Sensibilitätsstörung N. medianus rechts",
        "",
        "Fragen an den Gutachter:",
        "1. Liegt eine unfallbedingte dauernde Beeinträchtigung vor? Grad nach Gliedertaxe?",
        "2. Bestehen unfallfremde Mitwirkungen (Vorerkrankungen, Vorschäden)?",
        "3. Ist eine Besserung zu erwarten? Wann ist der Endzustand erreicht?",
    ], title="Gutachtenauftrag U-2026-04471", author="Deniz Yilmaz", date=(2026, 10, 14, 9, 0))
    return build(who("yilmaz"), "Prof. Dr. Martin Neumann <sekretariat@unfallchirurgie-neumann.example>",
                 "Gutachtenauftrag Invalidität U-2026-04471 (Wróbel)", dt(10, 14, 9, 20),
                 "yilmaz.1014.inv", body=body, atts=[pdf], charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "disability claim: request for a psychiatric expert opinion on a named insured (recurrent depression, medication)")
def bu_gutachten_psychiatrie():
    body = """Sehr geehrte Frau Prof. Dr. Seeliger,

im Auftrag der Elbtal Lebensversicherung AG bitten wir Sie um ein
nervenärztliches Gutachten im Berufsunfähigkeits-Leistungsfall

  Versicherte:  Jacqueline Rößler, geb. 08.06.1990, Zwickau
  Vertrag:      BU-2020-0091127, Beruf Bankkauffrau (Kundenberatung)
  Leistungsantrag vom 04.08.2026

Nach den Unterlagen bestehen eine posttraumatische Belastungsstörung
(F43.1) nach einem Banküberfall im Mai 2026 und eine Angststörung
(F41.1). Die Versicherte ist seit 15.06.2026 arbeitsunfähig, in
ambulanter Psychotherapie (Dr. Lindemann) und erhält Sertralin.

Fragen:
1. Welche Gesundheitsstörungen liegen vor, seit wann?
2. In welchem Umfang ist die Versicherte in ihrer zuletzt ausgeübten
   Tätigkeit beeinträchtigt (Prozent), voraussichtlich für mindestens
   sechs Monate?
3. Ist eine Besserung durch Behandlung zu erwarten?

Die Akte (Befundberichte, Therapeutenbericht, Tätigkeitsbeschreibung)
stellen wir Ihnen verschlüsselt bereit. Die Schweigepflichtentbindung
der Versicherten liegt vor. Honorar nach JVEG M3.

Mit freundlichen Grüßen
Tobias Rahn
Leistungsprüfung BU / Leben
Elbtal Lebensversicherung AG
"""
    return build(who("rahn"), "Prof. Dr. Ute Seeliger <praxis@seeliger-psychiatrie.example>",
                 "Gutachtenauftrag BU-2020-0091127", dt(9, 17, 14, 5), "rahn.0917.gut",
                 body=body, charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HR tells a manager about an employee's fit note with diagnosis (gall-bladder surgery)")
def uk_sick_note_manager():
    body = """Hi Daniel,

Henry Walsh sent his fit note this morning - he had his gall bladder
removed on Monday (laparoscopic cholecystectomy after repeated
gallstone attacks) and is signed off until 6 November. He asked me to
let you know so you can reassign his cases; he says he'll be reachable
by e-mail from next week but shouldn't be.

I have filed the fit note; please don't forward this mail. If he needs
a phased return, occupational health will get in touch with you.

Best,
Claudia
"""
    return build(who("pietsch"), who("hughes"), "Henry - absence until 6 Nov", dt(10, 22, 10, 14),
                 "pietsch.1022.walsh", body=body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "IT incident ticket; the base64 body quotes an error log containing a named insured's health-claim data")
def incident_ticket_health_log():
    body = """INC-2026-1104 | Priority 2 | Assigned: IT-Betrieb / DevOps

Summary: ELSA Leistung - payment run aborted for 3 claims

Description (from the reporter, Birgit Lehnert):
  The nightly payment run aborted. Error message copied from the screen:

  PAYRUN-0098 Validation failed for claim KV-2026-3402218
    insured=Gunter Ehrlich (KV 7711930288) tariff=Komfort100
    item 1: Klinikum Chemnitz, inpatient 03.-11.11.2026, DRG F24B
            (PTCA/stent, I25.11), EUR 9,412.80
    item 2: Rehaklinik Bad Elster, AHB 12.-30.11.2026, EUR 4,188.00
    reason: beneficiary IBAN missing (direct settlement with hospital
            expected but flag not set)

  Two other claims show the same error.

Next steps: DevOps to check the settlement flag mapping introduced
with release 26.3.

-- 
Elbtal ServiceDesk | this message was generated automatically
"""
    return build(group("it-servicedesk", "IT-Service-Desk"), [who("melnyk"), who("lehnert")],
                 "[INC-2026-1104] ELSA Leistung - payment run aborted", dt(12, 2, 6, 31),
                 "SD.20261202.063102.1104", body=body, charset="utf-8", cte="base64", mailer="system")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "disability benefit review: medical report of a named insured living in Ireland (depression, improvement) discussed with international claims")
def bu_review_ireland():
    body = """Hi Daniel,

I need your help with an Irish case in our annual BU benefit review.

Insured: Mr Henry Doyle (BU-2014-0028834), former logistics manager,
receiving a disability pension of EUR 2,100/month since 2021 because
of a severe depressive episode. He moved back to Cork in 2023.

The updated report from his psychiatrist in Cork (Dr. Aoife Murphy,
30 September) says he is "in partial remission, attends a day programme
twice a week, medication reduced to sertraline 50 mg". LinkedIn shows
him as "self-employed consultant" since spring.

Before we think about ending the benefit (we'd have to prove the
improvement AND a new ability to work), could you find us an
independent psychiatrist in Ireland for a second opinion? English-
language report, ideally someone who has done insurance work.

Thanks,
Tobias
"""
    return build(who("rahn"), who("hughes"), "BU review Doyle (Cork) - need an Irish psychiatrist",
                 dt(10, 12, 13, 8), "rahn.1012.doyle", body=body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "group life (personal line): broker's list of a client company's employees with birth dates and salaries forwarded to underwriting; XLSX")
def group_life_census():
    body = """Sabine,

Fink & Partner sent the census for the group life quote for
Lausitz Glas Manufaktur GmbH (28 employees, 2x salary death benefit,
no medical underwriting below EUR 150k per life). File attached as
received.

Two people are above the free cover limit (the managing director and
the head of sales) - they will need the short health questionnaire.

Quote deadline is 30 October. Can you price it by the 27th?

Nadine
"""
    xlsx = att_xlsx("Census_Lausitz_Glas_Manufaktur.xlsx", [
        ("Census", [
            ["Emp no", "Name", "Date of birth", "Sex", "Annual salary EUR", "Death benefit EUR"],
            ["001", "Henning Sachse", "1968-04-02", "m", 118000, 236000],
            ["002", "Katja Wendler", "1979-11-19", "f", 84500, 169000],
            ["003", "Rico Gärtner", "1987-05-21", "m", 46200, 92400],
            ["004", "Sandra Kunze", "1992-01-30", "f", 39800, 79600],
            ["005", "Mario Ullrich", "1973-09-15", "m", 44100, 88200],
            ["...", "(23 further rows)", "", "", "", ""],
        ])], title="Census", author="Fink & Partner", date=(2026, 10, 9, 15, 0))
    return build(who("haupt"), who("krull"), "Group life quote - Lausitz Glas Manufaktur (census)",
                 dt(10, 9, 15, 33), "haupt.1009.gl", body=body, atts=[xlsx], charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "expat health claim: German/English exchange about a named insured's MRI and knee surgery in Dubai")
def expat_claim_dubai():
    body = """Hallo Birgit,

one for the expat tariff team - English below from our partner in
Dubai, kurze Zusammenfassung auf Deutsch:

Versicherter Florian Menzel (ExpatCare, Vertrag KV-EX 8801-2217, lebt in
Dubai) - Meniskusriss links (S83.2), Arthroskopie im Mediclinic City
Hospital am 14.05., Kosten AED 38,900 (ca. 9.700 EUR). Die Klinik will
eine Kostenzusage, weil er den Eingriff nicht vorstrecken kann.

--- forwarded note from Gulf Health Partners ---
Patient: Florian Menzel, DOB 22/02/1994
Findings: MRI left knee 10/05/2026 - complex tear of the medial meniscus,
bone bruise of the medial femoral condyle. Orthopaedic surgeon recommends
arthroscopic partial meniscectomy. No prior knee complaints reported.
Estimated cost AED 38,900 incl. 1 night stay and physiotherapy x 6.
--- end ---

Can you confirm cover under ExpatCare? Kostenzusage bitte bis morgen.

Danke / thanks
Sophie
"""
    return build(who("marchetti"), who("lehnert"), "Kostenzusage Dubai / cost guarantee - Menzel KV-EX 8801-2217",
                 dt(5, 11, 17, 2), "marchetti.0511.dxb", body=body, charset="utf-8", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "translation order: Turkish medical certificate of a named insured (daily sickness allowance, lumbar disc)")
def uebersetzung_tuerkisches_attest():
    body = """Hallo Frau Hartwig,

bitte übersetzen Sie das beigefügte türkische Attest (1 Seite) ins
Deutsche, einfache Übersetzung, keine Beglaubigung:

  Versicherter:  Mehmet Arslan, Krankentagegeld KT-7720-05581
  Dokument:      Rapor, Devlet Hastanesi Trabzon, 28.07.2026
  Inhalt laut Versichertem: Bandscheibenvorfall LWS (lomber disk
                 hernisi), 21 Tage Bettruhe, Fluguntauglichkeit

Herr Arslan war bei Verwandten in der Türkei und ist dort erkrankt; wir
müssen prüfen, ob die AU im Ausland anerkannt werden kann und ob er
transportfähig war.

Rechnung bitte mit Zeichen KT-2026-0662 an mich.

Mit freundlichen Grüßen
Gabriele Hoffmann
Leistung Krankentagegeld
"""
    pdf = att_pdf("Rapor_Arslan_Trabzon.pdf", [
        "**T.C. Saglik Bakanligi - Trabzon Devlet Hastanesi",
        "Istirahat Raporu No: 2026/4471",
        "Hasta: Mehmet Arslan   Dogum tarihi: 17.08.1976",
        "Tani: Lomber disk hernisi (L4-L5), M51.1",
        "Hastaya 28.07.2026 tarihinden itibaren 21 gun yatak istirahati verilmistir.",
        "Ucus: 21 gun boyunca ucmasi uygun degildir.",
        "Dr. Emre Kaya, Beyin ve Sinir Cerrahisi",
    ], title="Rapor", author="Trabzon Devlet Hastanesi", date=(2026, 7, 28, 11, 0), octet=True)
    return build(who("hoffmann"), "Monika Hartwig <projekte@lingua-saxonia.example>",
                 "Übersetzungsauftrag TR>DE Attest - KT-2026-0662", dt(8, 11, 10, 40), "hoffmann.0811.tr",
                 body=body, atts=[pdf], charset="utf-8", cte="quoted-printable")

@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification without content ('new secure message'), HTML only; no data in the mail itself")
def portal_benachrichtigung():
    html = html_page("""<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px;background:#003a5d;color:#ffffff;font-size:14pt">Elbtal Versicherung &ndash; Sicheres Postfach</td></tr>
<tr><td style="padding:16px">
<p>Guten Tag,</p>
<p>für Sie liegt eine neue vertrauliche Nachricht in Ihrem sicheren Postfach bereit.</p>
<p>Aus Datenschutzgründen enthält diese Benachrichtigung keine Inhalte. Bitte melden Sie sich an, um die Nachricht
zu lesen. Die Nachricht wird nach 90 Tagen automatisch gelöscht.</p>
<p><a href="https://securemail.elbtal-versicherung.example/login">Zum sicheren Postfach</a></p>
<p>Sie haben noch kein Konto? Dann erhalten Sie in Kürze zwei weitere E-Mails mit Ihrem Einmal-Passwort und dem
Registrierungslink.</p>
<p>Mit freundlichen Grüßen<br>Ihre Elbtal Versicherung</p>
</td></tr>
<tr><td style="padding:12px;font-size:8pt;color:#777">Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie
nicht auf diese E-Mail. Elbtal Versicherung AG, Elbtalplatz 1, 01069 Dresden.</td></tr>
</table>""", font="Arial")
    return build(group("securemail", "Elbtal Versicherung - Sicheres Postfach"),
                 "a.byrne@webpost.example", "Neue Nachricht in Ihrem sicheren Postfach",
                 dt(9, 24, 10, 3), "portal.notify.20260924.100311", html=html, charset="utf-8",
                 cte="quoted-printable", mailer=None, headers=[("Auto-Submitted", "auto-generated")])


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about a printer in the health-claims department not printing 'Arztberichte'; no document content")
def ticket_drucker_leistung():
    html = html_page("""<p><b>Ticket INC-2026-0877</b> &ndash; Status: <b>Gelöst</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Melder</td><td>Birgit Lehnert, Leistung KV</td></tr>
<tr><td>Kategorie</td><td>Hardware / Drucker</td></tr>
<tr><td>Gerät</td><td>PRN-B1-07 (Etagendrucker Haus B, 1. OG)</td></tr>
<tr><td>Beschreibung</td><td>Arztberichte und Krankenhausentlassungsberichte aus ELSA werden nicht gedruckt, andere
Dokumente schon. Druckauftrag bleibt in der Warteschlange hängen.</td></tr>
<tr><td>Lösung</td><td>Die Dokumentklasse &quot;medizinische Unterlagen&quot; ist seit dem Release 26.2 auf
&quot;Sicherer Druck (PIN)&quot; umgestellt. Der Drucker PRN-B1-07 hatte noch die alte Firmware ohne PIN-Funktion.
Firmware aktualisiert, Druck funktioniert; Freigabe am Gerät mit Mitarbeiterausweis.</td></tr>
</table>
<p>Wenn das Problem erneut auftritt, antworten Sie bitte auf diese Mail.</p>
<p>Ihr IT-Service-Desk</p>""")
    return build(group("it-servicedesk", "IT-Service-Desk"), who("lehnert"),
                 "[INC-2026-0877] gelöst: Drucker PRN-B1-07 druckt keine Arztberichte", dt(6, 17, 11, 40),
                 "SD.20260617.114002.0877", html=html, charset="windows-1252", cte="quoted-printable",
                 mailer="system")


@mail("NORMAL", "de", "insurer-to-supplier",
      "price list confirmation with a translation agency (medical rate, express surcharge); no document")
def lingua_preisliste():
    body = """Sehr geehrte Frau Hartwig,

vielen Dank für die Preisliste 2027. Wir bestätigen die Konditionen für
den Rahmenvertrag RV-2025-031:

  Standardtexte                     1,45 EUR / Normzeile
  medizinische / juristische Texte  1,85 EUR / Normzeile
  Beglaubigung                      15,00 EUR / Dokument
  Express (48 h)                    +30 %
  Mindestauftrag                    35,00 EUR

Sprachen wie bisher: PL, CS, TR, RU, UK, EN, FR, ES, IT, NL.

Bitte beachten Sie weiterhin, dass Dokumente mit Gesundheitsdaten nur
über den verschlüsselten Austausch übermittelt werden und nach Abschluss
des Auftrags zu löschen sind (Anlage 2 AV-Vertrag).

Mit freundlichen Grüßen
Katrin Sommer
Einkauf
"""
    return build(who("sommer"), "Monika Hartwig <projekte@lingua-saxonia.example>",
                 "Preisliste 2027 - Bestätigung RV-2025-031", dt(12, 3, 10, 18), "sommer.1203.lingua",
                 body=body, charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: minutes of a process workshop on routing incoming medical documents; process only, ODT")
def protokoll_workshop_posteingang():
    body = """Hallo zusammen,

anbei das Protokoll vom Workshop "Posteingang Leistung" am 22.01.
Bitte Korrekturen bis Freitag, danach geht es in die Umsetzung.

Sandra
"""
    odt = att_odt("Protokoll_Workshop_Posteingang_Leistung_2026-01-22.odt", [
        ("h", "Protokoll Workshop Posteingang Leistung, 22.01.2026"),
        "Teilnehmende: Input-Management, Leistung KV, Leistung BU/Leben, Unfall-Leistung, Datenschutz, ScanPoint",
        ("h", "1. Ausgangslage"),
        "Medizinische Unterlagen (Arztberichte, Entlassungsberichte, Gutachten) landen zu 6 % im falschen Korb.",
        ("h", "2. Beschlüsse"),
        "B1: Neue Dokumentklasse 'Medizinische Unterlage' mit eigener Zugriffsgruppe.",
        "B2: Fehlgeleitete medizinische Unterlagen werden nicht weitergeleitet, sondern über die Umindizierung verschoben.",
        "B3: ScanPoint liefert wöchentlich eine Fehlerstatistik je Dokumentklasse (nur Stückzahlen).",
        ("t", [["Maßnahme", "Verantwortlich", "Termin"],
               ["Zugriffsgruppe anlegen", "IT-Betrieb", "28.02.2026"],
               ["Klassifikator nachtrainieren", "ScanPoint", "31.03.2026"],
               ["Schulung Posteingang", "Input-Management", "15.03.2026"]]),
    ], title="Protokoll Workshop Posteingang", author="Sandra Müller", date=(2026, 1, 26, 14, 0))
    return build(who("mueller_s"), group("ws-posteingang", "Teilnehmende Workshop Posteingang"),
                 "Protokoll Workshop Posteingang Leistung", dt(1, 26, 14, 12), "mueller.0126.ws",
                 body=body, atts=[odt], charset="utf-8", cte="8bit")


@mail("NORMAL", "en", "internal",
      "trap: disability incidence by diagnosis group and age band for the reinsurer (aggregate, small cells merged); XLSX")
def bu_incidence_aggregate():
    body = """Emma,

the aggregate BU experience data for the reinsurer's pricing review is
attached. Per the data sharing agreement:

- claims incidence per 1,000 exposure years, 2019-2025
- by diagnosis group (ICD chapter) and age band
- cells with fewer than 10 claims merged into "other"
- no claim-level data, no policy numbers

Please send it on via the usual secure exchange and tell them we won't
provide anything more granular.

Tobias
"""
    xlsx = att_xlsx("BU_incidence_2019-2025_aggregate.xlsx", [
        ("Incidence", [
            ["ICD chapter", "Diagnosis group", "Age <40", "Age 40-49", "Age 50+", "Total claims"],
            ["F", "Mental and behavioural disorders", 1.12, 2.04, 2.61, 418],
            ["M", "Musculoskeletal", 0.41, 1.22, 2.87, 244],
            ["C/D", "Neoplasms", 0.22, 0.93, 2.15, 171],
            ["I", "Circulatory system", 0.05, 0.31, 1.26, 85],
            ["S/T", "Injuries", 0.38, 0.44, 0.52, 91],
            ["other", "all other chapters (merged)", 0.29, 0.48, 0.90, 118],
        ]),
        ("Notes", [["Source: Elbtal Lebensversicherung AG, own portfolio"], ["Exposure 2019-2025: 1.02m years"]]),
    ], title="BU incidence aggregate", author="Tobias Rahn", date=(2026, 8, 18, 9, 0))
    return build(who("rahn"), who("clarke"), "BU incidence data for reinsurer (aggregate only)",
                 dt(8, 18, 9, 14), "rahn.0818.inc", body=body, atts=[xlsx], charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "vendor security due-diligence questionnaire sent to a data vendor; no personal data")
def quillon_security_questionnaire():
    body = """Dear Ravi,

as part of our annual vendor review under DORA and our data processing
agreement, please complete the attached questions by 30 June (a reply
in this mail is fine):

1. Where are our data stored and processed (country, data centre)?
2. Which sub-processors do you use? Any changes since last year?
3. Encryption at rest and in transit - algorithms and key management?
4. How and when are data deleted after a support case (e.g. the sample
   rows we sent in May)? Please confirm that deletion took place.
5. Last penetration test: date, provider, open findings?
6. Incidents in the last 12 months affecting our data?

Thank you,
Chidi Okafor
Data & Analytics, Elbtal Versicherung AG
"""
    return build(who("okafor"), "Ravi Menon <ravi.menon@quillon-data.example>",
                 "Annual vendor review 2026 - security questions", dt(6, 2, 13, 0), "okafor.0602.dd",
                 cc=who("seidel"), body=body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "internal", "fire drill announcement; nothing personal")
def fire_drill():
    body = """Dear colleagues in building B,

there will be an unannounced-ish fire drill next week (we won't tell
you the day). When the alarm sounds:

- leave the building by the nearest staircase, no lifts
- take your badge, leave everything else
- assembly point: car park P2, by the flag poles
- fire wardens (yellow vests) check the floors and report to the
  incident lead at the assembly point

Colleagues who need help evacuating and have not yet told us: please
contact facility management confidentially so we can plan a buddy.

Thanks,
Facility Management
"""
    return build(group("facility", "Facility Management"), group("haus-b", "Building B"),
                 "Fire drill next week", dt(5, 7, 8, 45), "fm.0507.drill", body=body,
                 charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "sale of a named customer's total-loss car to a salvage buyer: plate, VIN, claim number, owner's consent; no injury mentioned")
def restwert_autoankauf():
    body = """Sehr geehrter Herr Dittrich,

Ihr Restwertangebot vom 04.05. für den Audi A4 Avant nehmen wir im
Namen unseres Versicherungsnehmers an:

  Fahrzeug:     Audi A4 Avant 2.0 TDI, DD-RP 1904
  FIN:          WAUZZZF43LA052217
  Eigentümer:   Ralf Petzold, Chemnitzer Str. 88, 09599 Freiberg
  Schaden-Nr.:  S-2026-0566102 (Vollkasko, Wildunfall)
  Angebot:      4.250,00 EUR

Herr Petzold hat dem Verkauf schriftlich zugestimmt. Abholung bitte
direkt bei ihm nach telefonischer Absprache (0173 9917 204); Fahrzeug-
brief und Zweitschlüssel übergibt er bei Abholung gegen Zahlung.

Mit freundlichen Grüßen
Jonas Wendt
Kfz-Schaden, Team Ost
"""
    return build(who("wendt"), "Daniel Dittrich <ankauf@autoankauf-elbe.example>",
                 "Annahme Restwertangebot Audi A4 DD-RP 1904", dt(5, 6, 9, 50), "wendt.0506.rw",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "motor insurance confirmation (eVB) for a broker's client with birth date, address and vehicle data")
def evb_makler_kunde():
    body = """Hallo Herr Fink,

anbei wie gewünscht die elektronische Versicherungsbestätigung für
Ihren Kunden:

  eVB-Nummer:     K7Q4M2R
  Versicherungsnehmer: Katja Wendler, geb. 19.11.1979
  Anschrift:      Weißeritzstraße 27, 01159 Dresden
  Fahrzeug:       VW ID.3 Pro, FIN WVWZZZE1ZPP081443, Erstzulassung
                  03/2023, Halterwechsel
  Tarif:          Kfz-Haftpflicht + Vollkasko (SB 500/150), SF 12/9
  gültig bis:     31.07.2026

Die Zulassung kann Frau Wendler ab sofort vornehmen. Der Antrag
Kfz-2026-118834 ist im Maklerportal eingestellt; die Police geht nach
Zulassung an Sie.

Viele Grüße
Nadine Haupt
Maklerbetreuung
"""
    return build(who("haupt"), "Thomas Fink <t.fink@fink-partner-makler.example>",
                 "eVB für Ihre Kundin Wendler (ID.3)", dt(6, 29, 16, 22), "haupt.0629.evb",
                 body=body, charset="iso-8859-1", cte="8bit")


@mail("CONFIDENTIAL", "de", "internal",
      "commercial liability underwriting for a named sole-trader electrician: birth date, turnover, prior claims; ODS")
def betriebshaftpflicht_elektriker():
    body = """Hallo Marek,

Risikoprüfung Betriebshaftpflicht, Vorlage Vertrieb (Dietze):

Elektroinstallation Tino Gerber e. K., Dresden-Cotta, Inhaber Tino
Gerber, geb. 05.04.1981, Meisterbetrieb seit 2012, 4 Angestellte.
Umsatz 2025: 612.000 € (davon 30 % PV-Anlagen).
Vorversicherer Sachsenland, gekündigt wegen Schadenhäufigkeit (3 Schäden
in 2 Jahren: zweimal Leitungsschaden bei Bohrarbeiten, ein Brand nach
PV-Montage 2024, 48.000 €).

Details im Anhang. Gewünscht: 5 Mio. € pauschal, Montage PV mitversichert.
Ich würde nur mit SB 1.000 € und Ausschluss Dachmontage > 10 kWp zeichnen.
Deine Meinung?

Grüße
Sabine (in Vertretung für Marek, an Marek zur Freigabe)
"""
    ods = att_ods("Risikoerfassung_Gerber_eK.ods", [
        ("Risiko", [
            ["Merkmal", "Angabe"],
            ["Firma", "Elektroinstallation Tino Gerber e. K."],
            ["Inhaber", "Tino Gerber, geb. 05.04.1981"],
            ["Anschrift", "Hebbelstraße 40, 01157 Dresden"],
            ["Umsatz 2025 EUR", 612000],
            ["Mitarbeitende", 4],
            ["Vorschäden 2024-2025", 3],
            ["Vorschäden Summe EUR", 61800],
            ["Gewünschte Deckung EUR", 5000000],
        ])], title="Risikoerfassung", author="Vertrieb", date=(2026, 3, 31, 10, 0))
    return build(who("krull"), who("nowak"), "BHV Elektro Gerber e. K. - Freigabe?", dt(3, 31, 10, 44),
                 "krull.0331.bhv", body=body, atts=[ods], cc=who("dietze"), charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "internal",
      "board escalation of a regulator complaint about a named customer's hail claim; policy and claim numbers, no injury")
def bafin_beschwerde_eskalation():
    body = """Liebe Frau Dr. Brückner,

zur Info vorab, bevor die Stellungnahme rausgeht: Die BaFin hat uns eine
Beschwerde von Herrn Steffen Mättig übersandt (Gz. VA 23-Q 5100-2026/0884,
Frist 16.09.).

Sachverhalt: Hagelschaden an seinem BMW 320d (MEI-SM 85, Teilkasko
KF-4471-312207, Schaden S-2026-0702311). Unser Gutachter Hartmann hat
smart repair für 3.180 € kalkuliert, Herr Mättig verlangt die
Reparatur nach Kostenvoranschlag seiner Werkstatt über 8.940 € inkl.
Austausch der Panoramascheibe. Die Scheibe hatte laut Gutachten einen
Vorschaden (Steinschlag, 2025 nicht gemeldet).

Der Beschwerdeführer wirft uns Verschleppung vor; die Bearbeitungszeit
lag tatsächlich bei 9 Wochen, weil das Gutachten wegen der Unwetterlage
spät kam. Ich schlage vor, die Scheibe aus Kulanz zu übernehmen
(1.450 €) und im Übrigen beim Gutachten zu bleiben.

Viele Grüße
Christian Lorenz
"""
    return build(who("lorenz"), who("brueckner"), "BaFin-Beschwerde Mättig (Hagel) - Vorschlag",
                 dt(9, 4, 17, 25), "lorenz.0904.bafin", body=body, cc=who("wolff"),
                 charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "internal",
      "fleet renewal for a sole-trader courier: owner named, named drivers with birth dates, claims history; no injuries")
def fleet_renewal_kluge():
    body = """Marek,

renewal of the small fleet of Kurierdienst Kluge (sole trader, owner
Marcel Kluge), policy FL-4480-0091, 6 vans, due 1 January.

Named drivers (as per the schedule):
  Marcel Kluge     born 12.03.1988
  Rico Pohl        born 07.07.1985
  Tom Fiedler      born 18.06.1996
  Paul Kuhnt       born 30.10.1999

Claims 2024-2026: 7 property-damage claims (EUR 41,200 in total), plus
the July 2026 A4 motorway loss, which is reserved separately and
reported to the motor XL.

Broker asks for flat renewal. I suggest +25 % and a telematics
condition. Do you agree before I go back to them?

Felix
"""
    xlsx = att_xlsx("FL-4480-0091_claims_2024-2026.xlsx", [
        ("Claims", [
            ["Claim", "Date", "Vehicle", "Driver", "Type", "Incurred EUR"],
            ["S-2024-0310442", "2024-03-11", "DD-KD 101", "Rico Pohl", "reversing into bollard", 2180],
            ["S-2024-0788120", "2024-08-02", "DD-KD 104", "Marcel Kluge", "rear-end, third-party car", 7340],
            ["S-2025-0102277", "2025-01-20", "DD-KD 102", "Tom Fiedler", "mirror / parked car", 940],
            ["S-2025-0560913", "2025-06-14", "DD-KD 105", "Paul Kuhnt", "loading ramp damage", 12600],
            ["S-2025-0931140", "2025-10-03", "DD-KD 101", "Rico Pohl", "lane change, third-party van", 8810],
            ["S-2026-0120455", "2026-02-09", "DD-KD 103", "Tom Fiedler", "black ice, guard rail", 5920],
            ["S-2026-0301822", "2026-03-30", "DD-KD 106", "Paul Kuhnt", "gate of customer's yard", 3410],
            ["S-2026-0688410", "2026-07-02", "DD-KD 104", "Marcel Kluge", "A4 motorway (see large loss file)", "reserved separately"],
        ])], title="Claims FL-4480-0091", author="Felix Lang", date=(2026, 11, 18, 13, 0))
    return build(who("lang"), who("nowak"), "Fleet renewal FL-4480-0091 Kurierdienst Kluge", dt(11, 18, 14, 0),
                 "lang.1118.fleet", body=body, atts=[xlsx], charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-assessor",
      "pre-shipment inventory survey for a named private customer's relocation goods from London; addresses and values")
def relocation_survey_walsh():
    body = """Dear Gareth,

please arrange a pre-shipment survey of household goods in London for
our relocation goods policy TU-7710-2290:

  Insured:    Henry Walsh
  Pick-up:    14 Albion Road, London N16 9PS, UK
  Delivery:   Bautzner Straße 21, 01099 Dresden
  Move date:  24-28 August 2026
  Declared value: EUR 86,000, incl. a Steinway grand piano (EUR 38,000)
              and two oil paintings (EUR 12,500 together)

We need photos and a condition report of the piano and the paintings
before packing, and confirmation that the removal company (Bramley
Removals - yes, them again) uses a crate for the piano this time.

Kind regards
Daniel Hughes
International Claims
"""
    return build(who("hughes"), "Gareth Pryce <gareth.pryce@meridian-adjusters.example>",
                 "Pre-shipment survey London - TU-7710-2290 (Walsh)", dt(8, 10, 11, 30), "hughes.0810.survey",
                 body=body, charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "en", "internal",
      "grey: cyber claim of a sole-trader dentist (ransomware); patient files affected but no individual patient data; forwarded mail attached")
def cyber_claim_dental_practice():
    inner_body = """Dear Sir or Madam,

I need to report a cyber incident. This morning all computers in my
practice showed a ransom note. The practice software and the X-ray
archive are encrypted. We cannot see any appointments or patient files.

Policy: CY-5400-1188 (cyber for medical practices)
Practice: Zahnarztpraxis Dr. Anke Börner, Dresden (sole owner)
IT service provider: PraxisIT Sachsen, Mr Vogel, 0351 3312 880

We have disconnected the network. Do I have to inform my patients and
the data protection authority? What should I do now?

Anke Börner"""
    inner = build("Dr. Anke Börner <praxis@zahnarzt-boerner.example>", "schaden@elbtal-versicherung.example",
                  "URGENT cyber attack - CY-5400-1188", dt(11, 9, 7, 52), "boerner-20261109-0752@zahnarzt-boerner.example",
                  body=inner_body, charset="utf-8", cte="quoted-printable", mailer="thunderbird")
    body = """Marek,

FYI, first cyber claim under the medical-practice wording, attached as
received. I have activated the incident response hotline (forensics on
site at 11:00) and the breach coach will call Dr. Börner about the
notifications under Art. 33/34 GDPR.

Claim no. S-2026-1107731. Initial reserve EUR 85,000 (forensics,
restoration, BI 5 days). No ransom payment - our wording excludes it
anyway.

Daniel
"""
    return build(who("hughes"), who("nowak"), "FW: URGENT cyber attack - CY-5400-1188", dt(11, 9, 9, 20),
                 "hughes.1109.cyber", body=body, atts=[att_mail("URGENT cyber attack - CY-5400-1188.eml", inner)],
                 charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "UK recovery for a named customer's car damaged by an uninsured driver in London; plates, amounts; nobody hurt")
def ashworth_uninsured_driver():
    body = """Dear Ms Lane,

a second matter for you, smaller this time:

Our policyholder, Ms Ines Kuntze, drove her own car (VW Golf, German
plate DD-IK 5512) to London in April. On 18 April it was hit while
parked in Islington by a van whose driver, Mr Dean Mills, turned out to
be uninsured. Nobody was in the car, nobody was hurt. We paid the repair
under her comprehensive cover, EUR 6,388.40 (claim S-2026-0402219).

We would like to recover from the Motor Insurers' Bureau under the
uninsured drivers agreement, or from Mr Mills directly. The Met Police
report and our payment proof are in your data room.

Please let us know if the MIB route is open to a German insurer by
subrogation, and your estimated fee.

Kind regards
Daniel Hughes
International Claims, Elbtal Versicherung AG
"""
    return build(who("hughes"), "Sarah Lane <s.lane@ashworth-lane.example>",
                 "New matter: recovery v uninsured driver (Kuntze, S-2026-0402219)", dt(6, 15, 10, 10),
                 "hughes.0615.mib", body=body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "internal",
      "travel baggage claim of a named customer: lost suitcase, items and values, policy number; no health content")
def baggage_claim_rossler():
    body = """Hi team,

new baggage claim from the web form, please assign:

  Insured:     Jacqueline Rößler (annual travel policy RK-2025-702218)
  Trip:        Dresden - Lisbon via Frankfurt, 3-10 April 2026
  Loss:        checked suitcase never arrived (Lufthansa PIR FRALH 33018)
  Claimed:     suitcase EUR 220, clothes EUR 960, camera EUR 1,190,
               emergency purchases EUR 318 (receipts attached in ELSA)

The airline has paid EUR 500 under the Montreal Convention; she will
send us the airline's letter. Our cover is subsidiary, so we top up.

Sophie
"""
    return build(who("marchetti"), group("reise-leistung", "Travel claims team"),
                 "Baggage claim RK-2025-702218 (Lisbon)", dt(4, 16, 15, 35), "marchetti.0416.bag",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey: manager tells the team that a named colleague is on sick leave (no diagnosis) - the fact of sick leave is health data")
def kollegin_krankgeschrieben():
    body = """Hallo zusammen,

kurze Info: Nicole ist bis einschließlich Freitag nächster Woche
krankgeschrieben. Bitte ihre Wiedervorlagen für diese und nächste Woche
unter euch aufteilen (Liste im Teamkanal), die Hotline-Schicht am
Donnerstag übernimmt Kevin.

Bitte ruft sie nicht an - sie meldet sich, wenn sie wieder da ist.

Danke euch!
Lena
"""
    return build(who("boettcher"), group("team-kundenservice", "Team Kundenservice"),
                 "Nicole krankgeschrieben bis nächsten Freitag", dt(2, 9, 8, 12), "boettcher.0209.krank",
                 body=body, charset="utf-8", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR informs a manager about an employee's pregnancy and the resulting maternity protection")
def mutterschutz_mitteilung():
    body = """Hallo Herr Ostermann,

Frau Ulrike Kern hat uns heute ihre Schwangerschaft mitgeteilt
(voraussichtlicher Entbindungstermin 02.09.2026). Sie ist einverstanden,
dass ich Sie informiere; im Team möchte sie es selbst sagen.

Was das für Sie bedeutet:
- Gefährdungsbeurteilung nach § 10 MuSchG: Bildschirmarbeitsplatz ist
  unkritisch, aber keine Außentermine bei Schadenbesichtigungen mehr
- keine Mehrarbeit über 8,5 Stunden täglich, keine Arbeit nach 20 Uhr
- Mutterschutz ab 22.07.2026; bitte rechtzeitig die Vertretung planen
- die Betriebsärztin meldet sich bei ihr wegen des Beschäftigungs-
  verbots-Checks

Die Meldung an die Aufsichtsbehörde macht die Personalabteilung.

Viele Grüße
Claudia Pietsch
"""
    return build(who("pietsch"), who("ostermann"), "Mutterschutz Frau Kern - bitte vertraulich",
                 dt(3, 2, 11, 5), "pietsch.0302.musch", body=body, charset="windows-1252", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "child accident insurance: named child's dental trauma after a fall, treatment and costs")
def kinderunfall_zahn():
    body = """Hallo Birgit,

kurze Abstimmung zwischen Unfall und KV, damit wir nicht doppelt zahlen:

Kind Emil Gräfe (geb. 2019), mitversichert im Kinderunfall-Vertrag
KU-3410-07712 seiner Mutter und bei euch im Tarif Kids-Zahn (KV
7717204119). Sturz vom Klettergerüst in der Kita am 12.05.:
Frontzahntrauma, 11 und 21 luxiert, 21 mit Kronenfraktur, Schienung beim
Kinderzahnarzt, später evtl. Wurzelbehandlung.

Aus der Unfallversicherung zahlen wir die Kosmetik-/Zahnpauschale
(Zahnersatz nach Unfall bis 5.000 €), aber nur nachrangig. Habt ihr die
Rechnung vom 14.05. (486,20 €) schon erstattet? Dann nehme ich nur den
Rest.

Danke!
Deniz
"""
    return build(who("yilmaz"), who("lehnert"), "Kinderunfall Emil Gräfe - Zahn, wer zahlt?",
                 dt(5, 26, 9, 3), "yilmaz.0526.kind", body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "print shop: reprint of health-premium adjustment letters for three named insureds (fact of health insurance, premiums); CSV")
def druckhaus_nachdruck_bap():
    rows = [["Sendungs-ID", "Vertrag", "Name", "Anschrift", "Tarif", "Beitrag alt", "Beitrag neu"],
            ["BAP26-0041187", "KV 7712448031", "Heike Trautmann", "Kirchgasse 3, 01665 Klipphausen", "AmbulantPlus/Stationär2", "612,40", "668,90"],
            ["BAP26-0041902", "KV 7710556204", "Simone Kretzschmar", "Talweg 11, 01705 Freital", "Komfort100", "744,10", "801,55"],
            ["BAP26-0052211", "KV 7715330908", "Mehmet Arslan", "Leipziger Str. 204, 01139 Dresden", "Basis/ElbtalZahn Plus", "398,70", "431,20"]]
    body = """Hallo Frau Kaden,

bei drei Sendungen aus dem Lauf BAP-2026-11 ist die Beilage "Ihr Recht
auf Tarifwechsel" leer gedruckt worden (Reklamation der Kunden). Bitte
diese drei Briefe mit Beilage nachdrucken und einzeln versenden, nicht
im Massenlauf. Daten anbei.

Danke!
Philipp Bauer
Output-Management
"""
    return build(who("bauer"), "Ines Kaden <auftrag@druckhaus-lausitz.example>",
                 "Nachdruck 3 Sendungen BAP-2026-11", dt(12, 1, 10, 55), "bauer.1201.nd",
                 body=body, atts=[att_csv("Nachdruck_BAP-2026-11.csv", rows, charset="utf-8", cte="quoted-printable")],
                 charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "personal-injury liability case (dog bite): named injured child, injuries, scarring, to outside counsel")
def reuter_hundebiss():
    body = f"""Sehr geehrter Herr Dr. Reuter,

in der Sache Günther ./. Ullmann (Tierhalterhaftpflicht TH-6020-11804,
Schaden S-2026-0611930) bitten wir Sie um Vertretung im angekündigten
Klageverfahren.

Sachverhalt: Der Hund unseres VN Jens Ullmann (Rhodesian Ridgeback) hat
am 30.05.2026 die damals 7-jährige Lea Günther auf einem Spielplatz in
Pirna ins Gesicht gebissen. Verletzungen laut Arztbericht: Risswunden an
Wange und Unterlippe, operative Versorgung in der Kinderchirurgie des
Uniklinikums, 3 Tage stationär. Es bleiben Narben; die Eltern berichten
außerdem von Angstzuständen und Albträumen, das Kind ist in
kinderpsychologischer Behandlung.

Die Eltern fordern 15.000 € Schmerzensgeld. Unsere Haftung dem Grunde
nach ist unstreitig; es geht um die Höhe und um einen Feststellungsantrag
für Zukunftsschäden (Narbenkorrektur).

Arztberichte und Fotos stellen wir Ihnen im Datenraum bereit.

{sig("ostermann")}
"""
    return build(who("ostermann"), "Dr. Jörg Reuter <j.reuter@reuter-partner-recht.example>",
                 "Günther ./. Ullmann - Hundebiss, Mandatierung", dt(9, 29, 13, 31), "ostermann.0929.hund",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey: life insurance beneficiary change after divorce for a named customer; personal line, no health data")
def bezugsrecht_aenderung():
    body = """Hallo Team Bestand Leben,

bitte folgende Änderung umsetzen; der unterschriebene Antrag liegt als
Scan in der Akte:

  Vertrag:      LV 2015-0207730 (fondsgebundene Rentenversicherung mit
                Todesfallschutz)
  VN/VP:        Ralf Petzold, Freiberg
  bisher:       widerrufliches Bezugsrecht Ehefrau Sandra Petzold
  neu:          widerrufliches Bezugsrecht zu gleichen Teilen
                Sohn Jonas Petzold (geb. 2008) und Tochter Mia Petzold
                (geb. 2011)

Hintergrund laut VN: Scheidung ist rechtskräftig. Bitte Bestätigung an
den VN per Post, nicht an die alte Adresse der Ehefrau.

Danke
Lena Böttcher
"""
    return build(who("boettcher"), group("bestand-leben", "Bestand Leben"),
                 "Bezugsrechtsänderung LV 2015-0207730", dt(7, 22, 10, 27), "boettcher.0722.bzr",
                 body=body, charset="utf-8", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "quarterly disability-claims bordereau for reinsurance with named claimants and diagnoses, zipped XLSX")
def bu_bordereau_zip():
    body = """Emma,

Q3 claims bordereau for the BU quota share, as agreed only the new
claims above EUR 1,000 monthly benefit. Zipped as the reinsurer's
portal wants it.

Please upload via the portal only, not by e-mail to the reinsurer.

Tobias
"""
    xlsx = make_xlsx([("Q3 2026 new claims", [
        ["Policy", "Claimant", "DOB", "Occupation", "Diagnosis (ICD-10)", "Benefit EUR/month", "Status"],
        ["BU-2020-0091127", "Jacqueline Rößler", "1990-06-08", "bank clerk", "F43.1 PTSD, F41.1", 1800, "under review"],
        ["BU-2019-0070421", "Sandra Petzold", "1982-09-14", "nurse", "M51.1 lumbar disc, failed back surgery", 1500, "accepted"],
        ["BU-2022-0110893", "Martin Uhlemann", "1986-03-12", "roofer", "S82.1 tibial plateau fracture", 2000, "accepted, limited 12 months"],
        ["BU-2017-0044913", "Sören Haase", "1984-02-01", "IT project lead", "F33.1 recurrent depression", 2500, "declined, in litigation"],
    ])], title="Bordereau Q3 2026", author="Tobias Rahn", date=(2026, 10, 5, 9, 0))
    z = att_zip("BU_QS_bordereau_2026Q3.zip", [("BU_QS_bordereau_2026Q3.xlsx", xlsx)], date=(2026, 10, 5, 9, 30, 0))
    return build(who("rahn"), who("clarke"), "BU quota share - bordereau Q3 2026", dt(10, 5, 9, 41),
                 "rahn.1005.bdx", body=body, atts=[z], charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "UK personal-injury claim against a named customer after a road accident: claimant's injuries; solicitor's letter forwarded as message/rfc822")
def ashworth_personal_injury():
    inner_body = """Dear Sirs,

We act for Mr Oliver Grant, who was injured on 2 May 2026 on the A12 at
Colchester when your insured's vehicle (German registration DD-KR 3107,
driver Mr Kai Reinhardt) crossed into his lane.

Our client sustained a fractured left femur (intramedullary nailing at
Colchester Hospital), two fractured ribs and a laceration to the scalp.
He was an inpatient for eight days and has been off work since. A
psychiatric report on post-accident anxiety is awaited.

We put you on notice of a claim for general damages, loss of earnings
and care. Please confirm your indemnity and provide your reference.

Yours faithfully
Pritchard & Moore Solicitors"""
    inner = build("Claims Team <claims@pritchard-moore.example>", who("hughes"),
                  "Grant v Reinhardt - letter of claim", dt(6, 8, 12, 0, tz=1),
                  "pm-20260608-1200-grant@pritchard-moore.example", body=inner_body,
                  charset="us-ascii", cte="7bit")
    body = """Dear Ms Lane,

please find attached the letter of claim we received from Pritchard &
Moore (claimant Mr Oliver Grant). Our insured, Mr Kai Reinhardt, was
driving his own car in England on holiday; liability is likely clear
(he admits he was on the wrong side of the road for a moment).

We'd like you to acknowledge under the pre-action protocol, request
the medical records and suggest a joint orthopaedic expert. Our
reserve is GBP 85,000 for now.

Our ref S-2026-0501877.

Kind regards
Daniel Hughes
"""
    return build(who("hughes"), "Sarah Lane <s.lane@ashworth-lane.example>",
                 "Grant v Reinhardt - letter of claim (our ref S-2026-0501877)", dt(6, 8, 15, 44),
                 "hughes.0608.grant", body=body,
                 atts=[att_mail("Grant v Reinhardt - letter of claim.eml", inner)], charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "health underwriting for an expat applicant: asthma, ADHD medication, prior therapy; HTML only")
def expat_application_underwriting():
    html = html_page("""<p>Hi Sabine,</p>
<p>a new ExpatCare application from the broker in Amsterdam, could you assess it this week?</p>
""" + html_table([
        ["Item", "Applicant's answer"],
        ["Applicant", "Bram de Vries, born 1997, moving to Singapore for 3 years"],
        ["Q4 chronic illness", "allergic asthma since childhood, salbutamol as needed, budesonide in spring"],
        ["Q6 mental health", "ADHD diagnosed 2019, methylphenidate 20 mg daily; 15 sessions of coaching/therapy 2022"],
        ["Q8 hospital stays", "none"],
        ["BMI", "23.4"],
    ]) + """
<p>The broker asks whether we can accept with a loading instead of an exclusion for the asthma, and whether the ADHD
medication will be covered abroad (his supply runs out in 2 months).</p>
<p>Thanks!<br>Sophie</p>""")
    return build(who("marchetti"), who("krull"), "ExpatCare application de Vries - please assess",
                 dt(11, 19, 16, 8), "marchetti.1119.uw", html=html, charset="utf-8", cte="base64")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
      "assistance provider: named pregnant traveller with premature labour in Lisbon, hospital and cost guarantee")
def assistance_premature_labour():
    body = """Dear colleagues,

new case please, urgent:

  Insured:   Anja Roscher, born 1991, travel health policy
             RK-2026-118290 (family cover)
  Location:  Hospital da Luz, Lisbon, obstetrics
  Situation: 31 weeks pregnant, admitted last night with premature
             contractions and ruptured membranes; treated with
             tocolysis and steroids for the baby's lungs. Doctors want
             to keep her in hospital until delivery if needed.
  Contact:   husband Marko Roscher, +49 172 8834 105

Please (1) issue a cost guarantee up to EUR 15,000, (2) get a medical
report from the treating obstetrician, and (3) advise whether a
repatriation before delivery is medically possible at all.

Note: pregnancy complications before the 36th week are covered under
her policy; routine delivery abroad would not be.

Our case number: TR-2026-12054.

Kind regards
Sophie Marchetti
Travel Insurance & Assistance, Elbtal Versicherung AG
"""
    return build(who("marchetti"), "Global Assist Care - Operations <ops@assist-care.example>",
                 "URGENT new case TR-2026-12054 - Lisbon, obstetrics", dt(8, 22, 7, 36),
                 "marchetti.0822.lis", body=body, charset="us-ascii", cte="7bit",
                 headers=[("Importance", "high")])


# ===========================================================================
# generation
# ===========================================================================

def ordered():
    """Mails in file order: the hand-written functions shuffled with seed 136."""
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    return [MAILS[k] for k in order]


def generate(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (fn, label, lang, kind, reason) in enumerate(ordered(), 1):
        name = f"{PREFIX}{i:04d}.eml"
        data = fn().as_bytes(policy=POL)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ===========================================================================
# checking
# ===========================================================================

class CheckError(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise CheckError(msg)


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.urls = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.urls.append(v)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return " ".join(p.parts) + "\n" + "\n".join(p.urls)


def _pdf_strings(content):
    """Strings shown with Tj in a PDF content stream."""
    out, i, n = [], 0, len(content)
    while i < n:
        c = content[i:i + 1]
        if c == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = content[j:j + 1]
                if ch == b"\\":
                    nx = content[j + 1:j + 2]
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            k = j + 1
            while k < n and content[k:k + 1] in b" \r\n\t":
                k += 1
            if content[k:k + 2] == b"Tj":
                out.append(bytes(buf).decode("cp1252"))
            i = k
        else:
            i += 1
    return out


def check_pdf(data):
    _need(data.startswith(b"%PDF-1."), "PDF header")
    _need(data.rstrip().endswith(b"%%EOF"), "PDF %%EOF")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    _need(m, "PDF startxref")
    xref = int(m.group(1))
    _need(data[xref:xref + 4] == b"xref", "PDF xref offset")
    m2 = re.match(rb"xref\s+0\s+(\d+)\s+", data[xref:])
    _need(m2, "PDF xref subsection")
    count = int(m2.group(1))
    pos = xref + m2.end()
    for i in range(count):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        _need(len(ent) == 20, "PDF xref entry length")
        off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if kind == b"n":
            _need(data[off:].startswith(f"{i} {gen} obj".encode()), f"PDF object {i} offset")
    _need(b"/Root" in data[xref:], "PDF trailer /Root")
    texts = []
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*)>>\nstream\n", data):
        length = int(sm.group(2))
        raw = data[sm.end(): sm.end() + length]
        _need(data[sm.end() + length:].lstrip().startswith(b"endstream"), "PDF stream length")
        if b"FlateDecode" in sm.group(0):
            raw = zlib.decompress(raw)
        texts.extend(_pdf_strings(raw))
    txt = "\n".join(texts)
    _need(txt.strip(), "PDF text layer empty")
    return txt


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def check_zip_office(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    _need(z.testzip() is None, "ZIP CRC")
    names = z.namelist()
    texts = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            ET.fromstring(z.read(nm))          # well-formed
    if kind == "docx":
        for req in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            _need(req in names, f"DOCX lacks {req}")
        texts.append(_xml_text(z.read("word/document.xml")))
    elif kind == "xlsx":
        for req in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            _need(req in names, f"XLSX lacks {req}")
        sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
        _need(sheets, "XLSX has no sheet")
        for s in sheets:
            texts.append(_xml_text(z.read(s)))
    elif kind in ("odt", "ods"):
        _need(names[0] == "mimetype", "ODF mimetype not first")
        _need(z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, "ODF mimetype compressed")
        mt = z.read("mimetype").decode("ascii")
        _need(mt == {"odt": "application/vnd.oasis.opendocument.text",
                     "ods": "application/vnd.oasis.opendocument.spreadsheet"}[kind], "ODF mimetype")
        _need("META-INF/manifest.xml" in names and "content.xml" in names, "ODF members")
        texts.append(_xml_text(z.read("content.xml")))
    for meta in ("docProps/core.xml", "meta.xml"):
        if meta in names:
            texts.append(_xml_text(z.read(meta)))
    txt = "\n".join(texts)
    _need(txt.strip(), f"{kind} without text")
    return txt


def check_csv(text):
    first = text.split("\r\n", 1)[0]
    delim = ";" if first.count(";") >= first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    rows = [r for r in rows if r]
    _need(len(rows) >= 2, "CSV too short")
    _need(len({len(r) for r in rows}) == 1, "CSV ragged rows")
    return text


def check_ics(text):
    lines = text.split("\r\n")
    _need(lines[0] == "BEGIN:VCALENDAR", "ICS begin")
    _need("END:VCALENDAR" in lines[-2:], "ICS end")
    _need("BEGIN:VEVENT" in lines and "END:VEVENT" in lines, "ICS VEVENT")
    _need(all(len(ln.encode()) <= 75 for ln in lines), "ICS line folding")
    return text.replace("\r\n ", "")


def check_file_by_name(name, data, stats):
    """An attachment or a ZIP member given by file name and bytes."""
    ext = name.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return check_pdf(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return check_zip_office(data, ext)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        _need(z.testzip() is None, "ZIP CRC")
        return "\n".join(check_file_by_name(n, z.read(n), stats) for n in z.namelist())
    if ext == "csv":
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("windows-1252")
        return check_csv(t)
    if ext == "ics":
        return check_ics(data.decode("utf-8"))
    if ext in ("html", "htm"):
        return html_text(data.decode("utf-8"))
    if ext in ("txt", "log"):
        return data.decode("utf-8")
    raise CheckError(f"unknown attachment type {name}")


def walk(part):
    """Like Message.walk(), but does not descend into message/rfc822."""
    yield part
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            yield from walk(sub)


def check_message(msg, stats, depth=0):
    """Walk a parsed message; return all text (bodies and attachments)."""
    texts = []
    _need(not msg.defects, f"message defects {msg.defects}")
    for part in walk(msg):
        _need(not part.defects, f"part defects {part.defects}")
        for k, v in part.items():
            _need(not getattr(v, "defects", ()), f"header defects in {k}")
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            stats["eml"] = stats.get("eml", 0) + 1
            texts.append(check_message(inner, stats, depth + 1))
            continue
        if part.is_multipart():
            _need(part.get_boundary(), "multipart without boundary")
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if fname is None or cs:
                _need(cs, f"text part without charset ({ct})")
                try:
                    t = payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    raise CheckError(f"{ct} does not decode as {cs}: {e}")
                if fname:
                    ext = fname.rsplit(".", 1)[-1].lower()
                    stats[ext] = stats.get(ext, 0) + 1
                    if ct == "text/csv":
                        check_csv(t)
                    elif ct == "text/calendar":
                        t = check_ics(t)
                    elif ct == "text/html":
                        t = html_text(t)
                elif ct == "text/html":
                    t = html_text(t) + "\n" + t
                texts.append(t)
                continue
        if fname:
            texts.append(check_file_by_name(fname, payload, stats))
        else:
            raise CheckError(f"part {ct} without file name")
    hdr = []
    for k in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(k, []):
            hdr.append(str(v))
    return "\n".join(hdr + texts)


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
DE_IBAN_RE = re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)


def check_all(outdir, rebuild=True):
    problems = []
    if rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            generate(tmp)
            for nm in sorted(os.listdir(os.path.join(tmp, "mails"))):
                a = open(os.path.join(tmp, "mails", nm), "rb").read()
                p = os.path.join(outdir, "mails", nm)
                if not os.path.exists(p) or open(p, "rb").read() != a:
                    problems.append(f"{nm}: not byte-identical with a fresh build")
            if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(outdir, "labels.tsv"), "rb").read():
                problems.append("labels.tsv: not byte-identical with a fresh build")
            extra = set(os.listdir(os.path.join(outdir, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
            if extra:
                problems.append(f"extra files in mails/: {sorted(extra)}")
    rows = list(csv.reader(open(os.path.join(outdir, "labels.tsv"), encoding="utf-8", newline=""),
                           delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        problems.append("labels.tsv header")
    rows = rows[1:]
    if len(rows) != N_MAILS:
        problems.append(f"labels.tsv has {len(rows)} rows")
    counts = {l: 0 for l in LABELS}
    mids = {}
    stats = {}
    fmt = {}
    charsets = {}
    ctes = {}
    n_att_mails = 0
    n_ibans = 0
    by = {}
    for r in rows:
        if len(r) != 5:
            problems.append(f"labels.tsv row {r[:1]} has {len(r)} columns")
            continue
        name, label, lang, kind, reason = r
        if label not in counts:
            problems.append(f"{name}: label {label}")
            continue
        counts[label] += 1
        by.setdefault(("lang", lang), {}).setdefault(label, 0)
        by[("lang", lang)][label] += 1
        by.setdefault(("kind", kind), {}).setdefault(label, 0)
        by[("kind", kind)][label] += 1
        if label == "NORMAL" and reason.startswith("trap:"):
            by.setdefault(("trap", ""), {}).setdefault(label, 0)
            by[("trap", "")][label] += 1
        path = os.path.join(outdir, "mails", name)
        try:
            raw = open(path, "rb").read()
            _need(b"\n" not in raw.replace(b"\r\n", b""), "bare LF")
            _need(b"\r" not in raw.replace(b"\r\n", b""), "bare CR")
            _need(raw.endswith(b"\r\n"), "no final CRLF")
            _need(max(len(x) for x in raw.split(b"\r\n")) <= 998, "line longer than 998 bytes")
            msg = BytesParser(policy=_policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                _need(msg[h] is not None, f"missing {h}")
            d = msg["Date"].datetime
            _need(d is not None and d.year == 2026, "date not in 2026")
            mid = str(msg["Message-ID"]).strip()
            _need(mid not in mids, f"Message-ID also in {mids.get(mid)}")
            mids[mid] = name
            frm = getaddresses([str(msg["From"])])[0][1]
            _need(frm.endswith("@" + DOM), f"From not the insurer: {frm}")
            for k in ("From", "To", "Cc", "Reply-To"):
                for v in msg.get_all(k, []):
                    for _, a in getaddresses([str(v)]):
                        _need(a.lower().endswith(".example"), f"address {a}")
            _need(mid.rstrip(">").endswith(".example"), "Message-ID domain")
            for k in ("In-Reply-To", "References"):
                for v in msg.get_all(k, []):
                    for x in re.findall(r"@([^>\s]+)>", str(v)):
                        _need(x.endswith(".example"), f"{k} domain {x}")
            top = msg.get_content_type()
            fmt[top] = fmt.get(top, 0) + 1
            for part in walk(msg):
                if part.get_content_maintype() == "text" and not part.get_filename():
                    charsets[part.get_content_charset()] = charsets.get(part.get_content_charset(), 0) + 1
                    c = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
                    ctes[c] = ctes.get(c, 0) + 1
            before = sum(stats.values())
            text = check_message(msg, stats)
            if sum(stats.values()) > before:
                n_att_mails += 1
            for dom in MAIL_RE.findall(text) + URL_RE.findall(text):
                _need(dom.lower().rstrip(".").endswith(".example"), f"domain {dom} not .example")
            for ib in DE_IBAN_RE.findall(text):
                _need(_mod97(ib) == 1, f"IBAN {ib} fails mod 97")
                n_ibans += 1
            for ib in IBAN_RE.findall(text):
                if ib.startswith("DE") and len(ib.replace(" ", "")) == 22:
                    _need(_mod97(ib) == 1, f"IBAN {ib} fails mod 97")
        except CheckError as e:
            problems.append(f"{name}: {e}")
        except Exception as e:  # noqa: BLE001 - any crash is a finding
            problems.append(f"{name}: {type(e).__name__}: {e}")
    for l, n in WANT.items():
        if counts[l] != n:
            problems.append(f"label {l}: {counts[l]} mails, want {n}")
    report = []
    report.append(f"mails: {len(rows)}  labels: " + ", ".join(f"{l} {counts[l]}" for l in LABELS))
    report.append("label x lang: " + "; ".join(
        f"{k[1]}: " + ", ".join(f"{l[:6]} {v.get(l, 0)}" for l in LABELS)
        for k, v in sorted(by.items()) if k[0] == "lang"))
    report.append("kind x label:")
    for k, v in sorted(by.items()):
        if k[0] == "kind":
            report.append(f"  {k[1]:24s} " + "  ".join(f"{v.get(l, 0):3d}" for l in LABELS)
                          + f"  = {sum(v.values())}")
    report.append("NORMAL traps: " + str(by.get(("trap", ""), {}).get("NORMAL", 0)))
    report.append("top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    report.append("body charsets: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())))
    report.append("body transfer encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())))
    report.append(f"mails with attachments: {n_att_mails}")
    report.append("attachments (ZIP members counted): " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    report.append(f"German IBANs checked (mod 97): {n_ibans}")
    report.append(f"unique Message-IDs: {len(mids)}")
    return problems, report


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="rebuild in a temp dir, compare, validate")
    ap.add_argument("--list", action="store_true", help="print file, function, label, kind")
    a = ap.parse_args()
    if len(MAILS) != N_MAILS:
        print(f"generator defines {len(MAILS)} mails, want {N_MAILS}", file=sys.stderr)
    names = [fn.__name__ for fn, *_ in MAILS]
    assert len(set(names)) == len(names), "duplicate function names"
    if a.list:
        for i, (fn, label, lang, kind, reason) in enumerate(ordered(), 1):
            print(f"{PREFIX}{i:04d}\t{fn.__name__}\t{label}\t{lang}\t{kind}\t{reason}")
        return 0
    if a.check:
        problems, report = check_all(HERE)
        print("\n".join(report))
        if problems:
            print(f"CHECK FAILED: {len(problems)} problem(s)")
            for p in problems:
                print("  " + p)
            return 1
        print("CHECK OK: byte-identical rebuild, no MIME defects, CRLF only, lines <= 998 bytes, "
              "unique Message-IDs, dates in 2026, all domains .example, text parts decode, "
              "attachments open, German IBANs pass mod 97, label counts 60/45/45")
        return 0
    mdir = os.path.join(HERE, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    generate(HERE)
    print(f"wrote {len(MAILS)} mails to {mdir} and labels.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
