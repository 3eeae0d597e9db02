#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel evaluation corpus dev158 (prefix d158-).

150 fictitious outgoing e-mails of the invented "Wesertal Versicherungsgruppe"
(domain wesertal-versicherung.example), each labelled NORMAL, CONFIDENTIAL or
STRICTLY_CONFIDENTIAL.  Standard library only: every attachment (PDF, DOCX,
XLSX, ODT, ODS, ZIP, CSV, ICS, HTML, message/rfc822) is built by hand.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory and verifies everything

All persons, companies, numbers and addresses are invented.
"""
import csv
import datetime as _dt
import email
import email.policy
import hashlib
import io
import os
import re
import sys
import textwrap
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from xml.sax.saxutils import escape as _xesc
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d158-"
DOM = "wesertal-versicherung.example"
POLICY = email.policy.SMTP

# ---------------------------------------------------------------- numbers

def iban_de(blz, konto):
    """German IBAN with valid ISO 7064 mod-97 check digits."""
    bban = blz + konto.rjust(10, "0")
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    chk = 98 - int(num) % 97
    return "DE%02d%s" % (chk, bban)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def grp(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_at(blz, konto):
    bban = blz + konto.rjust(11, "0")
    num = "".join(str(int(c, 36)) for c in bban + "AT00")
    return "AT%02d%s" % (98 - int(num) % 97, bban)


def iban_any(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def creditor_id(nat):
    """SEPA creditor identifier DEkkZZZ + national part, check digits per EPC."""
    num = "".join(str(int(c, 36)) for c in nat + "DE00")
    return "DE%02dZZZ%s" % (98 - int(num) % 97, nat)


IB_MEDREF = iban_any("CH", "04835" + "018823401000")   # supplier company account (Swiss)
CRED_WST = creditor_id("00000471193")

IB_KLAUSING = iban_de("29050101", "1044739201")      # customer, motor
IB_MEYERHOFF = iban_de("25050180", "910233781")      # customer, refund
IB_AHLERS = iban_de("29151700", "1300482296")        # sole-trader broker
IB_GUTACHTER = iban_de("20050550", "1257719930")     # freelance assessor (natural person)
IB_BERATER = iban_de("26050001", "48822017")         # freelance advisory physician
IB_OSTERKAMP = iban_de("28050100", "3410096621")     # customer, health refund
IB_WESERTAL = iban_de("29040090", "5509871200")      # insurer's own (company)
IB_PRAXIS = iban_de("29070050", "722019400")         # GbR practice account
IB_KOWALCZYK = iban_de("25190001", "6620193850")     # employee salary
IB_NEUHAUS = iban_de("29050101", "8113502744")       # legal-expenses customer
IB_SCHRADER = iban_de("21352240", "179932006")       # property claim
IB_LUETJE = iban_at("20111", "82910334001")          # Austrian account, travel
IB_BREDEHORN = iban_de("28550000", "2207718844")     # life payout
IB_HOLTKAMP = iban_de("24151005", "1209947511")      # dental refund

# ---------------------------------------------------------------- people

def addr(name, local):
    return "%s <%s@%s>" % (name, local, DOM)


S = {  # staff: display From and signature
    "vogelsang": (addr("Dr. med. Katharina Vogelsang", "k.vogelsang"),
                  "Dr. med. Katharina Vogelsang\nBeratungsärztin Leistungsmedizin Krankenversicherung\nFachärztin für Innere Medizin\nTel. 0421 5508-4410"),
    "oberlaender": (addr("Dr. med. Friedrich Oberländer", "f.oberlaender"),
                    "Dr. med. F. Oberländer\nBeratungsarzt Leben / BU\nFacharzt für Orthopädie, Sozialmedizin\nTel. 0421 5508-4420"),
    "hallstein": (addr("Dr. med. dent. Mira Hallstein", "m.hallstein"),
                  "Dr. med. dent. Mira Hallstein\nBeratende Zahnärztin\nTel. 0421 5508-4431"),
    "reuter": (addr("Jan-Philipp Reuter", "jp.reuter"),
               "Jan-Philipp Reuter\nMedizinischer Leistungsexperte stationär\nWesertal Krankenversicherung a.G.\nTel. 0421 5508-4452"),
    "demirtas": (addr("Aylin Demirtas", "a.demirtas"),
                 "Aylin Demirtas\nMedical Claims Expert | International Health\nWesertal Krankenversicherung a.G.\nphone +49 421 5508-4477"),
    "brandes": (addr("Oliver Brandes", "o.brandes"),
                "Oliver Brandes\nLeistungsabteilung Krankenversicherung ambulant\nTel. 0421 5508-4210"),
    "lueders": (addr("Svenja Lüders", "s.lueders"),
                "Svenja Lüders\nLeistungsprüfung Berufsunfähigkeit\nWesertal Lebensversicherung AG\nTel. 0421 5508-3315"),
    "kettler": (addr("Thomas Kettler", "t.kettler"),
                "Thomas Kettler\nUnfall-Leistung\nTel. 0421 5508-3520"),
    "frerichs": (addr("Nadine Frerichs", "n.frerichs"),
                 "Nadine Frerichs\nKraftfahrt-Schaden\nWesertal Allgemeine Versicherung AG\nTel. 0421 5508-2140"),
    "hasselmann": (addr("Björn Hasselmann", "b.hasselmann"),
                   "Björn Hasselmann\nSachschaden Privatkunden\nTel. 0421 5508-2260"),
    "wittrock": (addr("Claudia Wittrock", "c.wittrock"),
                 "Claudia Wittrock\nHaftpflicht-Schaden\nTel. 0421 5508-2310"),
    "meinking": (addr("Ralf Meinking", "r.meinking"),
                 "Ralf Meinking\nRechtsschutz-Schaden\nWesertal Rechtsschutz-Versicherung AG\nTel. 0421 5508-2470"),
    "brinkmann": (addr("Leonie Brinkmann", "l.brinkmann"),
                  "Leonie Brinkmann\nMaklerbetreuung Nord\nTel. 0421 5508-1180 | mobil 0171 5550 2284"),
    "tjaden": (addr("Marcus Tjaden", "m.tjaden"),
               "Marcus Tjaden\nRisikoprüfung Leben/BU\nTel. 0421 5508-3140"),
    "sievers": (addr("Greta Sievers", "g.sievers"),
                "Greta Sievers\nPersonalabteilung / HR Services\nTel. 0421 5508-1020"),
    "servicedesk": (addr("IT Service Desk", "servicedesk"),
                    "IT Service Desk Wesertal\nDurchwahl -9000 | https://itsm.wesertal-versicherung.example"),
    "kramer": (addr("Dr. Ines Kramer-Lohse", "datenschutz"),
               "Dr. Ines Kramer-Lohse\nDatenschutzbeauftragte der Wesertal Versicherungsgruppe\ndatenschutz@wesertal-versicherung.example"),
    "carter": (addr("Emily Carter-Hoffmann", "e.carter"),
               "Emily Carter-Hoffmann\nTravel Assistance Team\nWesertal Reiseversicherung\n24h line +49 421 5508-7000"),
    "okafor": (addr("Samuel Okafor", "s.okafor"),
               "Samuel Okafor\nInternational Group Health\nWesertal Krankenversicherung a.G.\n+49 421 5508-4490"),
    "oltmanns": (addr("Dirk Oltmanns", "d.oltmanns"),
                 "Dirk Oltmanns\nFirmenkunden Sach/Technik\nTel. 0421 5508-2610"),
    "gerdes": (addr("Petra Gerdes", "p.gerdes"),
               "Petra Gerdes\nEinkauf & Dienstleistersteuerung\nTel. 0421 5508-1450"),
    "presse": (addr("Wesertal Presse", "presse"),
               "Unternehmenskommunikation Wesertal\nHendrik Rolfs, Pressesprecher\nTel. 0421 5508-1001"),
    "wuebbenhorst": (addr("Hanna Wübbenhorst", "h.wuebbenhorst"),
                     "Hanna Wübbenhorst\nReinsurance & Facultative\nWesertal Lebensversicherung AG\n+49 421 5508-3090"),
    "feldkamp": (addr("Dr. Lars Feldkamp", "l.feldkamp"),
                 "Dr. Lars Feldkamp\nAktuariat Kranken"),
    "stelljes": (addr("Corinna Stelljes", "akademie"),
                 "Corinna Stelljes\nWesertal Akademie – Fachschulungen\nTel. 0421 5508-1130"),
    "poppe": (addr("Kai Poppe", "k.poppe"),
              "Kai Poppe\nTeamleiter Leistung KV stationär"),
    "janssen": (addr("Merle Janßen", "m.janssen"),
                "Merle Janßen\nKundenservice Leben\nTel. 0421 5508-3001"),
    "ruschmeyer": (addr("Anke Ruschmeyer", "a.ruschmeyer"),
                   "Anke Ruschmeyer\nPflege-Leistung\nTel. 0421 5508-4610"),
    "grabowski": (addr("Pawel Grabowski", "p.grabowski"),
                  "Pawel Grabowski\nSchadenregulierung Transport/Commercial\n+49 421 5508-2680"),
    "newsletter": (addr("Wesertal Partnerinfo", "newsletter"), ""),
}

FOOT_DE = """--
Wesertal Versicherungsgruppe · Weserufer 40 · 28199 Bremen
Wesertal Krankenversicherung a.G. · Wesertal Lebensversicherung AG · Wesertal Allgemeine Versicherung AG
Vorstand: Dr. Hauke Lammers (Vors.), Birte Ostendorf, Frank Wiechmann · Vorsitzender des Aufsichtsrats: Jürgen Brüns
Sitz Bremen · Amtsgericht Bremen HRB 40211 / VR 7730

Diese E-Mail enthält möglicherweise vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """--
Wesertal Insurance Group · Weserufer 40 · 28199 Bremen · Germany
Registered office Bremen · Local court Bremen HRB 40211

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden."""

FOOT_SHORT = """--
Wesertal Versicherungsgruppe | Weserufer 40 | 28199 Bremen | www.wesertal-versicherung.example"""


def sig(key, foot=FOOT_DE):
    s = S[key][1]
    return "\n\n" + s + ("\n\n" + foot if foot else "")


def frm(key):
    return S[key][0]


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def outlook(fr, sent, to, subject, text, lang="de", cc=None):
    if lang == "de":
        h = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (fr, sent, to)
        if cc:
            h += "Cc: %s\n" % cc
        h += "Betreff: %s\n" % subject
    else:
        h = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (fr, sent, to)
        if cc:
            h += "Cc: %s\n" % cc
        h += "Subject: %s\n" % subject
    return h + "\n" + text.strip("\n")


def fwd_block(fr, date, to, subject, text, lang="de"):
    if lang == "de":
        h = "---------- Weitergeleitete Nachricht ----------\nVon: %s\nDatum: %s\nAn: %s\nBetreff: %s\n" % (fr, date, to, subject)
    else:
        h = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n" % (fr, date, to, subject)
    return h + "\n" + text.strip("\n")

# ---------------------------------------------------------------- attachments

FIXED_ZIP_TIME = (2026, 1, 15, 9, 30, 0)


def _zip(members, time=FIXED_ZIP_TIME, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def zip_bytes(members, time=FIXED_ZIP_TIME):
    return _zip(members, time)


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="Dokument", date="20260115093000", author="Wesertal DMS"):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding)."""
    if isinstance(lines, str):
        lines = lines.strip("\n").split("\n")
    wrapped = []
    for l in lines:
        bold = l.startswith("# ")
        t = l[2:] if bold else l
        parts = textwrap.wrap(t, 92) or [""]
        for p in parts:
            wrapped.append((bold, p))
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[]]
    objs = {}
    npages = len(pages)
    page_ids = [5 + 2 * i for i in range(npages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % npages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        cur = False
        for bold, t in pg:
            if bold != cur:
                cs.append(b"/F2 11 Tf" if bold else b"/F1 10 Tf")
                cur = bold
            cs.append(b"(" + _pdf_str(t) + b") Tj T*")
        cs.append(b"ET")
        raw = b"\n".join(cs)
        comp = zlib.compress(raw, 9)
        pid = page_ids[i]
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (pid + 1))
        objs[pid + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
    info_id = 5 + 2 * npages
    objs[info_id] = (b"<< /Title (" + _pdf_str(title) + b") /Producer (" + _pdf_str(author) +
                     b") /CreationDate (D:" + date.encode() + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info_id, xref)
    return bytes(out)


def _x(s):
    return _xesc(s, {'"': "&quot;"})


CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{t}</dc:title><dc:creator>{a}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T09:30:00Z</dcterms:created></cp:coreProperties>')


def docx(paras, title="Dokument", author="Wesertal"):
    """paras: str (a '# ' prefix makes it bold) or list (a table row)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if isinstance(p, (list, tuple)):
            rows = []
            while i < len(paras) and isinstance(paras[i], (list, tuple)):
                rows.append(paras[i])
                i += 1
            t = ["<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
            for r in rows:
                t.append("<w:tr>" + "".join(
                    "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>" % _x(str(c)) for c in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            continue
        bold = p.startswith("# ")
        txt = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append("<w:p><w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (rpr, _x(txt)))
        i += 1
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", CORE.format(t=_x(title), a=_x(author)))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1", title="Auswertung", author="Wesertal"):
    M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
          % (M, "".join(out)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>'
          '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (M, R, _x(sheet)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wrels), ("xl/worksheets/sheet1.xml", ws),
                 ("docProps/core.xml", CORE.format(t=_x(title), a=_x(author)))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paras):
    body = "".join("<text:p>%s</text:p>" % _x(p.lstrip("# ")) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(rows, sheet="Tabelle1"):
    rs = []
    for row in rows:
        cs = []
        for v in row:
            if isinstance(v, (int, float)):
                cs.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
        rs.append("<table:table-row>%s</table:table-row>" % "".join(cs))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_x(sheet), "".join(rs)))


def csv_bytes(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(uid, start, end, summary, description="", location="", organizer="", attendees=(), method="REQUEST"):
    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wesertal//Kalender 2026//DE", "METHOD:" + method,
         "BEGIN:VEVENT", "UID:%s@%s" % (uid, DOM), "DTSTAMP:20260101T080000Z",
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer.split("<")[0].strip(), organizer.split("<")[1].rstrip(">")))
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:  # fold at 74 octets-ish (characters; fine for our content)
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def html_page(body, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n%s\n</body></html>\n"
            % (_x(title), body))


def html_table(rows, head=True):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _x(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

# ---------------------------------------------------------------- mail model

MAILS = []
MIME_OF = {
    "pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"), "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"), "csv": ("text", "csv"), "ics": ("text", "calendar"), "html": ("text", "html"),
    "htm": ("text", "html"), "txt": ("text", "plain"),
}


def att(filename, data, ctype=None, charset=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    mt = tuple(ctype.split("/")) if ctype else MIME_OF[ext]
    return ("file", filename, data, mt, charset)


def att_eml(msg, filename=None):
    return ("eml", filename, msg, None, None)


def _tz(d):
    # CET / CEST 2026: summer time from 29 March 02:00 to 25 October 03:00
    if _dt.datetime(2026, 3, 29, 2) <= d < _dt.datetime(2026, 10, 25, 3):
        return _dt.timezone(_dt.timedelta(hours=2))
    return _dt.timezone(_dt.timedelta(hours=1))


def mkdate(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=_tz(d)))


def fmt_addrs(v):
    """Quote display names that contain specials (e.g. 'Dr. med.')."""
    out = []
    for name, a in getaddresses([v]):
        if name and re.search(r'[.,()\[\]:;@"]', name):
            out.append('"%s" <%s>' % (name.replace('"', ''), a))
        elif name:
            out.append("%s <%s>" % (name, a))
        else:
            out.append(a)
    return ", ".join(out)


def inner_mail(fr, to, subject, date, body, charset="utf-8", cte="quoted-printable", msgid=None, atts=()):
    m = EmailMessage(policy=POLICY)
    m["From"] = fmt_addrs(fr)
    m["To"] = fmt_addrs(to)
    m["Subject"] = subject
    m["Date"] = mkdate(date)
    m["Message-ID"] = msgid or "<%s@%s>" % (hashlib.sha1((fr + subject + date).encode()).hexdigest()[:16],
                                            fr.split("@")[-1].rstrip(">"))
    m.set_content(body, charset=charset, cte=cte)
    for a in atts:
        _, fn, data, (ma, su), cs = a
        m.add_attachment(data, maintype=ma, subtype=su, filename=fn)
    return m


def mail(label, lang, kind, reason, *, fr, to, subject, date, body=None, html=None, cc=None,
         charset="utf-8", cte="quoted-printable", atts=(), headers=(), html_only=False,
         html_charset=None, reply_to=None, in_reply_to=None, sender_ok=True):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, fr=fr, to=to, subject=subject,
                      date=date, body=body, html=html, cc=cc, charset=charset, cte=cte, atts=list(atts),
                      headers=list(headers), html_only=html_only, html_charset=html_charset or charset,
                      reply_to=reply_to, in_reply_to=in_reply_to))


def build(i, d):
    n = i + 1
    m = EmailMessage(policy=POLICY)
    m["From"] = fmt_addrs(d["fr"])
    m["To"] = fmt_addrs(d["to"])
    if d["cc"]:
        m["Cc"] = fmt_addrs(d["cc"])
    if d["reply_to"]:
        m["Reply-To"] = fmt_addrs(d["reply_to"])
    m["Subject"] = d["subject"]
    m["Date"] = mkdate(d["date"])
    stamp = re.sub(r"\D", "", d["date"])
    h = hashlib.sha1(("%d|%s|%s" % (n, d["subject"], d["date"])).encode("utf-8")).hexdigest()
    m["Message-ID"] = "<%s.%s.%04d@mx1.%s>" % (stamp, h[:12], n, DOM)
    if d["in_reply_to"]:
        m["In-Reply-To"] = d["in_reply_to"]
        m["References"] = d["in_reply_to"]
    for k, v in d["headers"]:
        m[k] = v
    if d["html_only"]:
        m.set_content(d["html"], subtype="html", charset=d["html_charset"], cte=d["cte"])
    else:
        m.set_content(d["body"], charset=d["charset"], cte=d["cte"])
        if d["html"]:
            m.add_alternative(d["html"], subtype="html", charset=d["html_charset"],
                              cte="quoted-printable" if d["html_charset"] != "us-ascii" else "7bit")
    for a in d["atts"]:
        kind, fn, data, mt, cs = a
        if kind == "eml":
            m.add_attachment(data, filename=fn) if fn else m.add_attachment(data)
        else:
            ma, su = mt
            if ma == "text":
                txt = data.decode(cs or "utf-8") if isinstance(data, bytes) else data
                m.add_attachment(txt, subtype=su, charset=cs or "utf-8", filename=fn,
                                 cte="quoted-printable" if (cs or "utf-8") != "us-ascii" else "7bit")
            else:
                m.add_attachment(data, maintype=ma, subtype=su, filename=fn)
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_WST_%04d_%d_%s" % (n, k, h[12:24]))
            k += 1
    return m.as_bytes(policy=POLICY)

# ================================================================ MAILS

# ---------------------------------------------------------------- 0001-0025

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "advisory physician asks an orthopaedic practice for findings on a named insured (knee arthrosis, planned TKA), birth date",
     fr=frm("vogelsang"), to="Praxis Dr. Hagedorn <praxis@orthopaedie-hagedorn.example>",
     subject="Anfrage Befundbericht – Ihre Patientin Renate Osterkamp, geb. 14.03.1967",
     date="2026-01-12 08:47",
     body="""Sehr geehrter Herr Kollege Hagedorn,

Ihre Patientin, Frau Renate Osterkamp (geb. 14.03.1967, wohnhaft Am Deich 7, 28759 Bremen), ist bei uns krankheitskostenversichert (Vers.-Nr. KV 4471 0382-2). Uns liegt ein Antrag auf Kostenübernahme für die stationäre Implantation einer Knie-Totalendoprothese rechts vor, Einweisungsdiagnose M17.1 (primäre Gonarthrose).

Eine Schweigepflichtentbindung nach § 213 VVG liegt uns vor; eine Kopie füge ich auf Wunsch gern bei.

Für die Prüfung bitte ich Sie um einen kurzen Befundbericht zu folgenden Punkten:

1. Seit wann besteht die Gonarthrose, welcher Kellgren-Lawrence-Grad wurde zuletzt röntgenologisch festgestellt?
2. Welche konservativen Maßnahmen (Physiotherapie, Infiltrationen, Analgetika) wurden über welchen Zeitraum durchgeführt?
3. Liegen Begleiterkrankungen vor, die für die Narkosefähigkeit relevant sind (die Patientin gibt im Antrag einen Diabetes mellitus Typ 2 an)?
4. Aktuelle Gehstrecke und Schmerzskala (NRS)?

Die Kosten des Befundberichts übernehmen wir nach GOÄ Nr. 75. Bitte senden Sie die Unterlagen möglichst über unser Arztportal oder per Fax an 0421 5508-4499 – nicht per einfacher E-Mail.

Mit freundlichen kollegialen Grüßen""" + sig("vogelsang"))

mail("NORMAL", "de", "internal",
     "trap: internal guideline on wording questions to doctors, ICD codes only as generic examples, fictitious 'Frau Muster'",
     fr=frm("vogelsang"), to="Leistung KV ambulant <leistung-kv-ambulant@%s>" % DOM,
     cc="Kai Poppe <k.poppe@%s>" % DOM,
     subject="Leitfaden Arztanfragen 2026 – überarbeitete Fassung",
     date="2026-01-13 14:02",
     body="""Liebe Kolleginnen und Kollegen,

anbei die überarbeitete Fassung unseres Leitfadens „Arztanfragen richtig stellen“. Die wichtigsten Änderungen:

- Fragen immer konkret auf die beantragte Leistung beziehen (keine „Bitte senden Sie alle Unterlagen“-Anfragen mehr, das ist datenschutzrechtlich nicht haltbar).
- Vor jeder Anfrage prüfen, ob eine gültige Schweigepflichtentbindung vorliegt.
- Diagnosen nur in der Form abfragen, wie wir sie für die Entscheidung brauchen.
- Neue Textbausteine für Psychotherapie (Kurzzeit/Langzeit), Hilfsmittel und Heilpraktiker.

Die Beispiele im Leitfaden sind erfunden (Frau Erika Muster, Herr Max Beispiel), die ICD-Codes nur zur Illustration.

Fragen gern an mich oder Dr. Oberländer. Wir stellen den Leitfaden außerdem in der Teamrunde am 22.01. kurz vor.

Viele Grüße
Katharina Vogelsang""",
     atts=[att("Leitfaden_Arztanfragen_2026_v3.docx", docx([
         "# Leitfaden: Arztanfragen richtig stellen (Version 3, Januar 2026)",
         "Geltungsbereich: Leistungsabteilungen Kranken, Pflege, Leben/BU, Unfall.",
         "# 1. Grundsätze",
         "Jede Anfrage an Behandler ist erforderlich, zweckgebunden und so knapp wie möglich. Die Rechtsgrundlage ist die Schweigepflichtentbindung bzw. § 213 VVG.",
         "Keine Anfragen per unverschlüsselter E-Mail. Versand über Arztportal, Post oder Fax.",
         "# 2. Aufbau einer Anfrage",
         "a) Bezug (Vorgangsnummer), b) beantragte Leistung, c) konkrete Fragen, d) Honorarhinweis (GOÄ Nr. 75 bzw. 80), e) Rückweg.",
         "# 3. Beispiel (fiktiv)",
         "Frau Erika Muster beantragt Kostenübernahme für Stoßwellentherapie bei Fersensporn (Beispielcode M77.3). Zulässige Frage: 'Welche konservativen Maßnahmen wurden vor der ESWT durchgeführt?' Unzulässig: 'Bitte übersenden Sie die vollständige Patientenakte.'",
         "# 4. Textbausteine",
         ["Baustein", "Verwendung"],
         ["TB-ARZT-01", "Allgemeine Befundanfrage ambulant"],
         ["TB-ARZT-07", "Psychotherapie: Antrag auf Umwandlung KZT in LZT"],
         ["TB-ARZT-12", "Hilfsmittel: Notwendigkeit und Alternativen"],
         ["TB-ARZT-15", "Heilpraktiker: Diagnose und Therapieplan"],
         "# 5. Fristen",
         "Erinnerung nach 3 Wochen, zweite Erinnerung nach 6 Wochen, danach Information des Versicherten.",
     ], title="Leitfaden Arztanfragen", author="K. Vogelsang"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor liability claim of a named customer with plate number and IBAN for payout; nobody injured",
     fr=frm("frerichs"), to="Stefan Klausing <s.klausing@posteingang.example>",
     subject="Ihr Schaden KH-2026-018832 vom 03.01.2026",
     date="2026-01-14 10:15",
     body="""Guten Tag Herr Klausing,

vielen Dank für die Fotos und die Rechnung der Werkstatt.

Zum Unfall auf dem Parkplatz des Baumarkts in Bremen-Vegesack (Ihr Fahrzeug HB-KL 482, VW Touran) haben wir die Haftung des Unfallgegners geklärt. Da laut Ihrer Schilderung und der Polizeimitteilung niemand verletzt wurde, können wir den Fall schnell abschließen.

Wir überweisen den Reparaturbetrag von 2.318,40 EUR sowie die Wertminderung von 250,00 EUR in den nächsten Tagen auf Ihr Konto
IBAN %s (Sparkasse Bremen).

Ihre Schadenfreiheitsklasse bleibt unverändert, da es sich um einen Fremdschaden handelt.

Freundliche Grüße""" % grp(IB_KLAUSING) + sig("frerichs"))

mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "medical claims expert's opinion to claims handler: named expat, appendicitis with ICD code, hospital bill in Singapore",
     fr=frm("demirtas"), to="Samuel Okafor <s.okafor@%s>" % DOM,
     subject="RE: Claim IH-26-00291 Whitfield – medical review",
     date="2026-01-14 16:31",
     body="""Hi Samuel,

I have gone through the documents from Mount Faber Medical Centre for Mr Daniel Whitfield (member ID IGH-5520-14, Brasch Maschinenbau expat scheme).

Summary:
- Admitted 27 Dec 2025 via A&E with right lower quadrant pain, CT confirmed acute appendicitis with localised peritonitis (K35.8).
- Laparoscopic appendectomy same night, 3 nights inpatient, discharged 30 Dec on oral antibiotics.
- Histology: phlegmonous appendicitis, no malignancy.

Medical necessity is clear and the length of stay is appropriate. The surgeon's fee (SGD 6,850) is at the upper end for Singapore but within the 90th percentile of our reference data, so no reduction from my side. The single-room surcharge is covered under his plan (Gold).

One thing: the invoice lists a "pre-existing GERD consultation" on 29 Dec – that is unrelated to the admission and should go through the outpatient benefit with the normal excess.

OK to settle from my side.

Aylin

> Aylin, could you have a look at the Whitfield file before I pay? Invoice is SGD 31,420.
> Thanks, Samuel""" + sig("demirtas", FOOT_EN))

mail("NORMAL", "en", "newsletter",
     "trap: broker newsletter on digital submission of medical reports and health questions, no person",
     fr=frm("newsletter"), to="Partner Newsletter <partner-news@%s>" % DOM,
     subject="Wesertal Partner Update 01/2026 – faster underwriting, new medical report upload",
     date="2026-01-15 07:00",
     headers=[("List-Unsubscribe", "<https://news.wesertal-versicherung.example/unsubscribe?l=partner-en>"),
              ("Precedence", "bulk")],
     body="""Wesertal Partner Update – January 2026

1) Medical reports straight from the GP
Since 1 January your clients' doctors can upload medical reports and attending physician statements directly to our secure doctor portal. No more faxes, no more lost envelopes. Average underwriting time for life and income protection applications with medical evidence has dropped from 19 to 11 working days in the pilot.

2) Simplified health questions for term life up to EUR 300,000
Five questions instead of twelve. Applicants who answer "no" to all of them get an instant decision.

3) Webinar: "Mental health and income protection – what underwriters really look at"
Our chief medical officer Dr. Friedrich Oberländer explains how we assess depression, burnout and anxiety disorders in applications. 4 February, 10:00 CET, 45 minutes.
Register: https://events.wesertal-versicherung.example/webinar-mental-health

4) Reminder
Please never send health information about your clients by ordinary e-mail. Use the broker portal or the SecureMail function.

You receive this newsletter because you are a registered Wesertal partner. Unsubscribe: https://news.wesertal-versicherung.example/unsubscribe
Wesertal Insurance Group, Weserufer 40, 28199 Bremen, Germany""",
     html=html_page("""<h2>Wesertal Partner Update – January 2026</h2>
<h3>1) Medical reports straight from the GP</h3>
<p>Since 1 January your clients' doctors can upload medical reports and attending physician statements directly to our secure doctor portal. Average underwriting time for life and income protection applications with medical evidence has dropped from 19 to 11 working days in the pilot.</p>
<h3>2) Simplified health questions for term life up to EUR 300,000</h3>
<p>Five questions instead of twelve.</p>
<h3>3) Webinar: Mental health and income protection</h3>
<p>Dr. Friedrich Oberländer explains how we assess depression, burnout and anxiety disorders in applications. 4 February, 10:00 CET. <a href="https://events.wesertal-versicherung.example/webinar-mental-health">Register</a></p>
<p style="font-size:8pt">Unsubscribe: <a href="https://news.wesertal-versicherung.example/unsubscribe">here</a></p>""", "Partner Update"))

mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "commission statement for a sole-trader broker with his IBAN and tax number",
     fr=frm("brinkmann"), to="Jens Ahlers <info@ahlers-finanz.example>",
     subject="Courtageabrechnung Dezember 2025",
     date="2026-01-15 11:42",
     body="""Moin Herr Ahlers,

anbei die Courtageabrechnung für Dezember. Gesamt 4.812,55 EUR Abschlusscourtage plus 1.120,30 EUR Bestandscourtage, abzüglich Stornoreserve 380,00 EUR.

Die Auszahlung geht wie gewohnt auf Ihr Geschäftskonto IBAN %s. Ihre Steuernummer 60/145/08832 haben wir in den Stammdaten ergänzt, damit die Gutschriften künftig korrekt ausgewiesen werden.

Wenn Sie Fragen zur Stornohaftung bei den zwei BU-Verträgen haben, rufen Sie mich gern an.

Viele Grüße nach Verden
Leonie Brinkmann""" % IB_AHLERS + sig("brinkmann"),
     atts=[att("Courtage_2025-12_Ahlers.pdf", pdf([
         "# Wesertal Versicherungsgruppe – Courtageabrechnung 12/2025",
         "Vermittler: Jens Ahlers Finanzberatung (Einzelunternehmen), Vermittlernr. 31-08817",
         "Steuernummer 60/145/08832",
         "Bankverbindung: " + grp(IB_AHLERS),
         "",
         "Abschlusscourtage Sparte Leben/BU .......... 3.902,10 EUR",
         "Abschlusscourtage Sparte Sach .............   910,45 EUR",
         "Bestandscourtage ........................... 1.120,30 EUR",
         "Stornoreserve .............................  -380,00 EUR",
         "Auszahlung ................................. 5.552,85 EUR",
     ], title="Courtageabrechnung 12/2025"))])

mail("NORMAL", "de", "internal",
     "trap: quarterly statistics of advisory opinions by ICD chapter and outcome, aggregated, no persons",
     fr=frm("feldkamp"), to="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     cc="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     subject="Auswertung beratungsärztliche Stellungnahmen Q4/2025",
     date="2026-01-16 09:20",
     body="""Hallo Frau Vogelsang,

wie besprochen die Auswertung der beratungsärztlichen Stellungnahmen für Q4/2025, aufgeteilt nach ICD-Kapitel und Ergebnis. Zellen mit weniger als 5 Fällen habe ich unter „Sonstige“ zusammengefasst.

Auffällig: Kapitel F (psychische Störungen) ist gegenüber Q3 um 18 % gestiegen, fast ausschließlich Psychotherapie-Verlängerungen. Kapitel M liegt stabil, aber die Ablehnungsquote bei Stoßwellentherapie ist mit 41 % deutlich über dem Schnitt.

Für die Vorstandsvorlage brauche ich noch Ihren Kommentar zu den Laufzeiten (Median 9 Arbeitstage).

Gruß
Lars Feldkamp""",
     atts=[att("BA_Stellungnahmen_Q4_2025.xlsx", xlsx([
         ["ICD-Kapitel", "Bezeichnung", "Stellungnahmen", "befürwortet", "teilweise", "abgelehnt", "Median Tage"],
         ["F", "Psychische und Verhaltensstörungen", 412, 301, 64, 47, 11],
         ["M", "Muskel-Skelett-System", 655, 402, 96, 157, 8],
         ["I", "Kreislaufsystem", 188, 161, 12, 15, 7],
         ["C/D", "Neubildungen", 141, 133, 5, 3, 6],
         ["K", "Verdauungssystem", 97, 83, 6, 8, 8],
         ["S/T", "Verletzungen", 233, 190, 21, 22, 9],
         ["Z", "Faktoren Gesundheitszustand", 76, 41, 9, 26, 12],
         ["Sonstige", "(Zellen < 5 zusammengefasst)", 58, 44, 6, 8, 10],
         ["Summe", "", 1860, 1355, 219, 286, 9],
     ], sheet="Q4_2025", title="BA-Statistik Q4/2025", author="L. Feldkamp"))])

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "health data only in the quoted advisory opinion: named insured, fibromyalgia (M79.70), naturopath's autologous blood therapy",
     fr=frm("brandes"), to="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     subject="AW: Stellungnahme Heilpraktikerrechnung – Vorgang 26-0117-HP",
     date="2026-01-16 13:58",
     body="""Danke! Dann lehne ich die Eigenblut-Position ab und erstatte den Rest nach GebüH. Schreiben an den Kunden geht heute raus.

Gruß Oliver

""" + outlook("Vogelsang, Katharina, Dr. med.", "Freitag, 16. Januar 2026 12:40", "Brandes, Oliver",
              "Stellungnahme Heilpraktikerrechnung – Vorgang 26-0117-HP", """Hallo Herr Brandes,

zu Herrn Jürgen Meyerhoff (KV 4471 2290-1), Rechnung Heilpraktikerin Anja Seebeck vom 18.12.2025:

Diagnose laut Rechnung: Fibromyalgie-Syndrom (M79.70), chronisches Erschöpfungssyndrom.
Abgerechnet: Eigenbluttherapie (GebüH 21.3) 8x, Akupunktur (GebüH 26.2) 10x, Neuraltherapie 4x.

Beurteilung: Akupunktur und Neuraltherapie sind nach Tarif erstattungsfähig (Heilpraktikerleistungen bis GebüH-Höchstsatz). Für die Eigenbluttherapie bei Fibromyalgie gibt es keine belastbare Evidenz; nach § 4 Abs. 6 MB/KK nicht medizinisch notwendig, zudem hat sich keine Wirksamkeit in der Praxis bewährt. Empfehlung: Ablehnung der Pos. 21.3.

Hinweis: Laut Vorakte ist eine rheumatologische Abklärung im Oktober erfolgt (kein Anhalt für entzündlich-rheumatische Erkrankung). Das stützt die Diagnose.

Viele Grüße
K. Vogelsang""") + sig("brandes", None))

mail("NORMAL", "en", "internal",
     "trap: training invitation on oncology terminology for claims handlers, ICS attached, no persons",
     fr=frm("stelljes"), to="International Claims Team <intl-claims@%s>" % DOM,
     subject="Training: Medical terminology for claims handlers – Module 3 (Oncology)",
     date="2026-01-19 09:05",
     body="""Dear colleagues,

Module 3 of our medical terminology series takes place on 5 February. Dr. Katharina Vogelsang will cover:

- staging (TNM, UICC) and what it means for the expected treatment path
- chemotherapy protocols you will see on invoices (e.g. FOLFOX, R-CHOP) and typical cycle lengths
- immunotherapy and off-label use – when to involve the advisory physician
- ICD-10 chapter C and D codes, including the "history of" codes Z85.x

No real cases will be discussed; all examples are made up. The calendar invitation is attached. Please bring a laptop, we will do a short quiz at the end.

Kind regards
Corinna Stelljes
Wesertal Academy""",
     atts=[att("Module3_Oncology.ics", ics("train-onc-0205", "20260205T130000", "20260205T163000",
                                          "Training Medical terminology – Module 3 Oncology",
                                          "Module 3 of the medical terminology series. Trainer: Dr. K. Vogelsang. Examples are fictitious.",
                                          "Room Hunte 2.14 / Teams", S["stelljes"][0],
                                          ["intl-claims@" + DOM]))])

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "travel baggage-delay claim for a named customer with Austrian IBAN, no health content",
     fr=frm("carter"), to="Harriet Lütje <harriet.luetje@mailbox-nord.example>",
     subject="Your baggage claim RV-26-00774 (Lisbon, 2 January)",
     date="2026-01-19 15:27",
     body="""Dear Ms Lütje,

thank you for sending the Property Irregularity Report from the airline and your receipts.

Your suitcase arrived in Lisbon 46 hours late. Under your travel policy (RV 8820-1153) we reimburse necessary replacement purchases up to EUR 500. Your receipts total EUR 412.90 (clothing, toiletries, a phone charger); all items are covered.

We will transfer EUR 412.90 to the account you gave us:
%s

Please allow three to five working days. If the airline pays you compensation for the same delay, let us know, as we cannot reimburse the same costs twice.

Best regards""" % grp(IB_LUETJE) + sig("carter", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "medical claims expert questions a hospital bill: named patient, DRG, OPS code, hip replacement, length of stay",
     fr=frm("reuter"), to="Patientenabrechnung Klinikum Lesum-Nord <abrechnung@klinikum-lesum.example>",
     subject="Rückfrage Rechnung 2025-114093 / Patient Gerd Sandmann",
     date="2026-01-20 10:44",
     body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung Nr. 2025-114093 über den stationären Aufenthalt von Herrn Gerd Sandmann (geb. 21.07.1951) vom 02.12. bis 19.12.2025 habe ich folgende Rückfragen:

- Abgerechnet ist die DRG I47B (Revision oder Ersatz des Hüftgelenks ohne komplizierende Diagnose) mit OPS 5-820.00. Die obere Grenzverweildauer liegt bei 13 Tagen; abgerechnet sind 17 Belegungstage mit Zuschlag. Bitte begründen Sie die Überschreitung.
- Laut Kurzbericht kam es am 3. postoperativen Tag zu einer Wundheilungsstörung. Wurde diese als Nebendiagnose (T81.4) kodiert? Sie erscheint nicht im Datensatz.
- Die Wahlleistung Chefarzt ist vereinbart, die Vereinbarung liegt uns aber nicht vor.

Bitte senden Sie uns den Entlassungsbericht und den OP-Bericht über das Krankenhausportal (Fallnummer KH-26-3381). Bis zur Klärung zahlen wir den unstrittigen Betrag von 8.960,00 EUR.

Mit freundlichen Grüßen""" + sig("reuter"))

mail("NORMAL", "de", "insurer-to-supplier",
     "trap: order for shredding containers for medical reports and expert opinions; company data only",
     fr=frm("gerdes"), to="Auftragsannahme Aktenvernichtung Nord <auftrag@aktenvernichtung-nord.example>",
     subject="Bestellung: 6 Sicherheitsbehälter Schutzklasse 3 / Abholung Februar",
     date="2026-01-20 11:30",
     body="""Sehr geehrte Damen und Herren,

auf Basis des Rahmenvertrags RV-2024-017 bestellen wir:

- 6 x Sicherheitsbehälter 240 l, Schutzklasse 3, Sicherheitsstufe P-4 (DIN 66399)
- Aufstellort: Weserufer 40, 3. OG, Bereich Leistungsmedizin (Beratungsärzte und Leistungsexperten)
- Abholung: 14-täglich, erster Termin 05.02.2026

Hintergrund: In diesem Bereich fallen vermehrt Papier-Arztberichte, Gutachten und Krankenhausentlassungsberichte an, die nach dem Scannen vernichtet werden müssen. Bitte stellen Sie für jede Abholung ein Vernichtungsprotokoll aus.

Rechnung bitte an Wesertal Versicherungsgruppe, Kreditorenbuchhaltung, Weserufer 40, 28199 Bremen, Bestellnummer BE-26-00144.

Mit freundlichen Grüßen""" + sig("gerdes"))

mail("CONFIDENTIAL", "de", "internal",
     "HR: salary increase and new bank account of a named employee (income, IBAN)",
     fr=frm("sievers"), to="Entgeltabrechnung <payroll@%s>" % DOM,
     subject="Änderung Stammdaten PNr. 10477 ab 01.02.",
     date="2026-01-21 08:55",
     body="""Hallo zusammen,

bitte zum 01.02.2026 für Frau Katarzyna Kowalczyk (PNr. 10477, Leistung KV stationär) einpflegen:

- Höhergruppierung in TG 6 (Tarifvertrag private Versicherungswirtschaft), neues Monatsgehalt 4.318,00 EUR brutto
- Wegfall der Zulage „Projekt LEO“ (150,00 EUR)
- neue Bankverbindung: %s

Der unterschriebene Änderungsvertrag liegt in der Personalakte.

Danke und Gruß
Greta""" % IB_KOWALCZYK + sig("sievers", None))

mail("NORMAL", "de", "insurer-to-broker",
     "trap: advisory physician's out-of-office auto-reply (congress); subject echoes an anonymous pre-enquiry, no person named",
     fr=frm("oberlaender"), to="Hansekontor Versicherungsmakler <bu-team@hansekontor-makler.example>",
     subject="Abwesenheitsnotiz: AW: Voranfrage BU – Kunde mit Bandscheibenvorfall?",
     date="2026-01-21 09:12",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30.01.2026 auf dem Jahreskongress der Deutschen Gesellschaft für Versicherungs- und Sozialmedizin und anschließend im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

Risikovoranfragen richten Sie bitte an risikopruefung-leben@wesertal-versicherung.example, Leistungsfälle an bu-leistung@wesertal-versicherung.example.

Dr. med. F. Oberländer
Beratungsarzt Leben / BU""")

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request to a UK GP for a medical report on a named traveller: body says 'your patient' and claim ref; name, chest pain and diagnosis in the PDF questionnaire",
     fr=frm("demirtas"), to="Dr Amelia Hart <a.hart@riversidemedical.example>",
     subject="Medical report request – claim TR-2026-04417",
     date="2026-01-21 16:03",
     body="""Dear Dr Hart,

we are the travel health insurer of your patient (claim reference TR-2026-04417). He was admitted to hospital during a stay in Tenerife in December and has given us his written consent to contact you.

Could you kindly complete the attached questionnaire about his medical history before the trip? Our standard fee for this report is GBP 95, payable on receipt of your invoice.

Please return the form via our secure upload link, which our Travel Assistance Team will send to your practice separately, or by post.

With kind regards""" + sig("demirtas", FOOT_EN),
     atts=[att("TR-2026-04417_GP_questionnaire.pdf", pdf([
         "# Wesertal Travel Health – Attending Physician Questionnaire",
         "Claim reference: TR-2026-04417",
         "Patient: Mr Thomas Brennan, date of birth 09/05/1958, NHS no. 485 772 0931",
         "Address: 14 Mill Lane, Harrogate HG1 4PQ",
         "",
         "Event abroad: admitted to Hospital Universitario Costa Norte, Tenerife, 18.12.2025, acute chest pain,",
         "diagnosed NSTEMI (I21.4), coronary angiography with stent to RCA.",
         "",
         "1. Was the patient known to have coronary heart disease or angina before 10.12.2025 (departure)?",
         "2. Please list all cardiovascular medication prescribed in the 12 months before departure.",
         "3. Were any investigations (ECG, stress test, referral to cardiology) pending at the time of travel?",
         "4. Hypertension, diabetes, hyperlipidaemia – dates of diagnosis?",
         "",
         "Signature / practice stamp: ______________________",
     ], title="GP questionnaire TR-2026-04417"))])

mail("NORMAL", "mixed", "internal",
     "trap: IT ticket about the doctor-query module of the claims system, English error log, no case data",
     fr=frm("servicedesk"), to="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     subject="[INC-2026-003318] Modul Arztanfrage: Export nach PDF schlägt fehl",
     date="2026-01-22 07:48",
     body="""Hallo Frau Vogelsang,

Ihr Ticket INC-2026-003318 wurde bearbeitet.

Ursache: Nach dem Update von LEO 4.12 auf 4.13 fehlte auf den Terminalservern die Schriftart für den PDF-Export der Arztanfrage-Vorlagen. Log-Auszug:

  2026-01-21 15:12:07 ERROR [leo.letters.pdf] FontNotFoundException: 'WST Corporate Sans' not registered
  2026-01-21 15:12:07 WARN  [leo.letters.pdf] fallback disabled by policy, template=ARZTANFRAGE_STD_V7
  2026-01-21 15:12:07 ERROR [leo.ui] Export aborted (job 88123), user=KVOGELSANG

Lösung: Font wurde auf allen TS-Knoten nachinstalliert, Dienst neu gestartet. Please verify the export works and reply to this mail if the issue persists; the ticket will auto-close after 5 working days.

Viele Grüße / Kind regards
IT Service Desk Wesertal
https://itsm.wesertal-versicherung.example/ticket/INC-2026-003318""")

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "household burglary claim: named customer, address, stolen items, IBAN",
     fr=frm("hasselmann"), to="Familie Schrader <schrader.bremen@t-net.example>",
     subject="Einbruch vom 10.01.2026 – Hausratschaden HR-26-000519",
     date="2026-01-22 13:21",
     body="""Sehr geehrte Frau Schrader, sehr geehrter Herr Schrader,

wir haben die Stehlgutliste und die Anzeigebestätigung der Polizei Bremen (Tagebuchnr. 2026/004117) erhalten. Danke!

Versichert ist Ihr Hausrat in der Wohnung Lüssumer Heide 22, 28777 Bremen, Versicherungssumme 65.000 EUR, ohne Unterversicherung.

Unsere Regulierung:
- Laptop, Tablet, Spielkonsole (Neuwert lt. Belegen): 2.846,00 EUR
- Schmuck (Entschädigungsgrenze 20 % für Wertsachen beachtet): 1.900,00 EUR
- Reparatur Wohnungstür (Schloss, Zarge): 612,80 EUR
Summe: 5.358,80 EUR

Die Auszahlung erfolgt auf """ + grp(IB_SCHRADER) + """. Sollte ein Gegenstand wieder auftauchen, informieren Sie uns bitte.

Mit freundlichen Grüßen""" + sig("hasselmann"))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "disability (BU) benefit recognised after advisory opinion: recurrent depressive disorder, named customer; windows-1252",
     fr=frm("lueders"), to="Nicole Hasenkamp <n.hasenkamp@freemail.example>",
     subject="Ihre Berufsunfähigkeitsleistung – Vertrag LV 7730 1184",
     date="2026-01-23 10:02", charset="windows-1252",
     body="""Sehr geehrte Frau Hasenkamp,

wir haben die Prüfung Ihres Antrags auf Leistungen aus der Berufsunfähigkeits-Zusatzversicherung abgeschlossen und freuen uns, Ihnen eine positive Nachricht geben zu können.

Grundlage unserer Entscheidung sind die Berichte Ihrer behandelnden Psychiaterin Frau Dr. Lindqvist, der Entlassungsbericht der Tagesklinik am Stadtwald sowie die Stellungnahme unseres Beratungsarztes. Danach sind Sie wegen einer rezidivierenden depressiven Störung, gegenwärtig schwere Episode (F33.2), seit dem 01.09.2025 zu mehr als 50 % außerstande, Ihren Beruf als Filialleiterin im Einzelhandel auszuüben.

Wir erkennen unsere Leistungspflicht daher an:
- monatliche BU-Rente 1.450,00 EUR ab 01.09.2025
- Befreiung von der Beitragszahlungspflicht ab demselben Datum
- Nachzahlung für September bis Januar: 7.250,00 EUR

Das Anerkenntnis ist zunächst bis zum 31.08.2027 befristet (§ 173 Abs. 2 VVG), da nach Einschätzung der Ärzte eine Besserung unter der laufenden Therapie möglich ist. Wir melden uns rechtzeitig vorher.

Wir wünschen Ihnen von Herzen gute Besserung.

Mit freundlichen Grüßen""" + sig("lueders"))

mail("NORMAL", "en", "insurer-to-partner",
     "trap: note to a reinsurer on the new medical underwriting manual (diabetes, BMI ratings), general",
     fr=frm("wuebbenhorst"), to="Medical Underwriting Desk <mu-desk@nordstern-re.example>",
     cc="Marcus Tjaden <m.tjaden@%s>" % DOM,
     subject="Underwriting manual 2026 – our comments on the diabetes and BMI chapters",
     date="2026-01-23 14:40",
     body="""Dear colleagues,

thank you for the draft of the 2026 underwriting manual. Our chief medical officer and the underwriting team have reviewed the chapters on metabolic disorders. Our comments:

1. Type 2 diabetes: we support moving from HbA1c bands to a combined score (HbA1c, duration, complications). Could you add a table for GLP-1 treated applicants? We see more and more of them and the current "+75 to +150" range is too wide to be useful.

2. BMI: the new build table for ages 18-25 looks right to us. For BMI > 40 after bariatric surgery we would prefer a postponement of 12 months rather than the proposed 24.

3. Critical illness: please clarify whether "diabetic retinopathy, early stage" remains a standard exclusion.

No individual cases are attached; our aggregated portfolio data (ratings per diabetes band, 2021–2025) will follow via the treaty data room.

Best regards
Hanna Wübbenhorst""" + sig("wuebbenhorst", FOOT_EN).split("Hanna Wübbenhorst\n", 1)[-1])

mail("CONFIDENTIAL", "en", "insurer-to-company",
     "grey: cargo claim of a logistics company with named contact person and named driver; no injuries",
     fr=frm("grabowski"), to="Maren Tiedemann <m.tiedemann@tiedemann-logistik.example>",
     subject="Cargo claim TR-C-2026-0041 – damaged pharmaceutical cooling unit",
     date="2026-01-26 09:33",
     body="""Dear Ms Tiedemann,

thank you for the survey report. Some open points before we can settle claim TR-C-2026-0041 under your open cargo policy (GT-0088-20):

- The temperature logger shows an interruption of 6 h 40 min on 14 January between Hamburg and Rotterdam. Your driver, Mr Ivo Kranjčar, states the reefer unit failed at the Bunde service area. Please send us his written statement and the tachograph data.
- The consignee (a pharmaceutical wholesaler) has rejected the entire load of insulin pens as a precaution. We need their destruction certificate.
- No one was injured, so this remains a pure cargo loss.

Claimed amount: EUR 186,400.00. Deductible: EUR 2,500.00.

Kind regards""" + sig("grabowski", FOOT_EN))

mail("NORMAL", "de", "insurer-to-doctor",
     "trap: general letter to a doctors' association on fees for medical reports (GOÄ 75/80), portal upload; no patient",
     fr=frm("vogelsang"), to="Geschäftsstelle Ärzteverein Bremen-Nord <info@aerzteverein-bremen-nord.example>",
     subject="Honorierung von Befundberichten und Arztportal – Information für Ihre Mitglieder",
     date="2026-01-26 11:10",
     body="""Sehr geehrte Damen und Herren,

uns erreichen immer wieder Fragen Ihrer Mitglieder, wie wir Befundberichte und Auskünfte honorieren. Gern fassen wir zusammen:

- Kurze Bescheinigung / Auskunft: GOÄ Nr. 70
- Befundbericht mit kritischer Stellungnahme: GOÄ Nr. 75 (wir vergüten den 2,3-fachen Satz, derzeit 17,43 EUR)
- Ausführlicher schriftlicher Krankheits- und Befundbericht auf unserem Formular BB-2: GOÄ Nr. 80
- Kopien nach Nr. 96 bzw. Portokosten nach Aufwand

Seit Januar können Praxen Berichte über unser Arztportal hochladen (https://arztportal.wesertal-versicherung.example). Die Registrierung dauert fünf Minuten; das Portal ist für die Übermittlung von Gesundheitsdaten ausgelegt. Bitte senden Sie uns keine Befunde per einfacher E-Mail.

Für Rückfragen stehe ich als Beratungsärztin gern zur Verfügung. Über einen Hinweis in Ihrem Mitgliederrundbrief würden wir uns freuen.

Mit freundlichen Grüßen""" + sig("vogelsang"))

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "calendar invite for a case conference: body neutral, named insured and polytrauma details only in the ICS description",
     fr=frm("kettler"), to="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     cc="Reha-Management <reha@%s>" % DOM,
     subject="Einladung: Fallkonferenz Reha-Management UV-26-0093",
     date="2026-01-26 15:50",
     body="""Hallo zusammen,

anbei die Einladung zur Fallkonferenz am Dienstag. Details stehen im Termin.

Gruß
Thomas""",
     atts=[att("Fallkonferenz_UV-26-0093.ics", ics("fk-uv260093", "20260203T100000", "20260203T110000",
               "Fallkonferenz Reha UV-26-0093 (Petersen)",
               "Versicherter: Lukas Petersen, geb. 11.02.1994, Unfallvers. UV 5521 0871\n"
               "Motorradunfall 28.12.2025: Polytrauma, offene Unterschenkelfraktur li. (S82.21), Beckenringfraktur, Milzruptur (Splenektomie).\n"
               "Derzeit BG Klinikum Nordstadt, Verlegung in Reha geplant.\n"
               "Themen: Reha-Plan, Invaliditätsprognose Gliedertaxe Bein, Vorschuss nach 3 Monaten, Kontakt mit Ehefrau.",
               "Raum Ochtum 1.08", S["kettler"][0], ["f.oberlaender@" + DOM, "reha@" + DOM]))])

mail("NORMAL", "de", "insurer-to-customer",
     "trap: prospect asks about dental cover; generic product answer with implants, inlays, cleaning; no contract or health data",
     fr=frm("janssen"), to="Tobias Reinecke <tobi.reinecke@mailbox-nord.example>",
     subject="AW: Frage zu Zahnzusatzversicherung",
     date="2026-01-27 12:05",
     body="""Hallo Herr Reinecke,

danke für Ihr Interesse an unserer Zahnzusatzversicherung. Gern ein kurzer Überblick über unsere Tarife:

ZahnPlus 70: 70 % für Zahnersatz (Kronen, Brücken, Implantate), 2 professionelle Zahnreinigungen pro Jahr bis 120 EUR
ZahnPlus 90: 90 % für Zahnersatz und Inlays, Kieferorthopädie für Kinder bis 1.500 EUR
ZahnPlus Premium: 100 % inkl. Knochenaufbau und Bleaching nach Unfall

Es gibt keine Wartezeit, aber eine Leistungsbegrenzung in den ersten vier Jahren. Bereits fehlende, noch nicht ersetzte Zähne sind nicht versichert – danach fragen wir im Antrag.

Einen Beitrag kann ich Ihnen nennen, sobald ich Ihr Alter kenne, oder Sie rechnen ihn selbst aus: https://www.wesertal-versicherung.example/zahn

Beste Grüße
Merle Janßen
Kundenservice

""" + FOOT_SHORT)

mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
     "English broker asks for a building quote; answer in German/English with named client, birth date and insured address",
     fr=frm("brinkmann"), to="Oliver Pike <o.pike@northbridge-brokers.example>",
     subject="AW: Quote request – residential building Okonkwo / Wohngebäude Schwachhausen",
     date="2026-01-27 16:22",
     body="""Hi Oliver,

sorry for the German bits below, I copied them from our quote system.

For your client Mr Chinedu Okonkwo (born 02.09.1979) we can offer the building cover as follows:

Risikoanschrift: Parkallee 131, 28209 Bremen
Baujahr 1908, Fachwerk nein, Wohnfläche 186 m², Denkmalschutz ja
Tarif WG Komfort, Elementar inkl., Selbstbeteiligung 500 EUR
Jahresbeitrag: 1.184,60 EUR inkl. 19 % VersSt

We need the signed application and a copy of the last valuation before cover starts on 1 March. Please note that our underwriter asks for photos of the roof because of the age of the building.

Best,
Leonie

> Leonie, could you quote a residential building policy for my client Chinedu Okonkwo, DOB 2 Sept 1979? Listed villa in Bremen, Parkallee 131. Thanks, Oliver""" + sig("brinkmann", FOOT_EN))

mail("NORMAL", "en", "internal",
     "trap: data-protection reminder with invented examples of health data and IBANs; no real person",
     fr=frm("kramer"), to="All staff International <intl-all@%s>" % DOM,
     subject="Reminder: how to send health information – dos and don'ts",
     date="2026-01-28 08:30",
     body="""Dear colleagues,

after two incidents in December (both reported to us in time – thank you!) a short reminder:

DON'T send by ordinary e-mail:
- diagnoses, e.g. "the member was treated for a slipped disc (M51.1)"
- hospital bills, medical reports, prescriptions
- bank details together with a name, e.g. "please pay to DE.. .... .... .... .... .."

DO:
- use the SecureMail portal or S/MIME for anything that concerns a person's health
- check the recipient address twice (autocomplete caused one of the incidents)
- anonymise when you discuss a case with colleagues outside the claims team ("a 45-year-old member, lumbar disc disease")

All examples above are invented. Questions: datenschutz@wesertal-versicherung.example or extension -1066.

Best regards
Ines Kramer-Lohse
Data Protection Officer""")

# ---------------------------------------------------------------- 0026-0050

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "advisory dentist asks a dentist about a treatment plan: named patient, implants 36/37, periodontitis",
     fr=frm("hallstein"), to="Zahnarztpraxis Dr. Wendt <praxis@zahnarzt-wendt.example>",
     subject="Heil- und Kostenplan vom 08.01.2026 – Patientin Sabine Holtkamp",
     date="2026-01-29 09:14",
     body="""Sehr geehrter Herr Dr. Wendt,

Ihre Patientin Frau Sabine Holtkamp hat uns Ihren Heil- und Kostenplan über zwei Implantate regio 36 und 37 mit anschließender Kronenversorgung (Gesamtbetrag 7.842,16 EUR) zur Prüfung vorgelegt.

Bevor ich eine Empfehlung abgeben kann, bitte ich um:

1. ein aktuelles OPG (nicht älter als 6 Monate),
2. den Parodontalstatus – im Plan ist unter „Befund“ eine generalisierte Parodontitis Stadium III vermerkt; ist die systematische PAR-Behandlung abgeschlossen?
3. die Begründung für die Augmentation (GOZ 9100) regio 36 – liegt ein vertikaler Knochendefizit vor?
4. die Angabe, wann die Zähne 36 und 37 extrahiert wurden (vor oder nach Versicherungsbeginn 01.04.2023).

Eine Schweigepflichtentbindung von Frau Holtkamp liegt uns vor. Bitte nutzen Sie für die Röntgenbilder unser Arztportal, die Dateien sind für eine normale E-Mail ohnehin zu groß.

Mit freundlichen kollegialen Grüßen""" + sig("hallstein"))

mail("NORMAL", "de", "internal",
     "grey: minutes of the advisory physicians' quality circle with anonymised cases (age bands, no names) in an ODT; trap",
     fr=frm("oberlaender"), to="Beratungsärzte <beratungsaerzte@%s>" % DOM,
     cc="Jan-Philipp Reuter <jp.reuter@%s>, Aylin Demirtas <a.demirtas@%s>" % (DOM, DOM),
     subject="Protokoll Qualitätszirkel Leistungsmedizin 01/2026",
     date="2026-01-29 17:45",
     body="""Liebe Kolleginnen und Kollegen,

anbei das Protokoll unseres Qualitätszirkels vom 27.01. Die Fälle sind wie immer anonymisiert (keine Namen, keine Vorgangsnummern, Alter nur in Gruppen). Bitte nicht mit Vorgangsnummern ergänzen, wenn ihr das Protokoll weitergebt.

Nächster Termin: 24.02., Thema „Long COVID/Post-COVID und BU“.

Viele Grüße
Fritz Oberländer""",
     atts=[att("Protokoll_QZ_Leistungsmedizin_2026-01.odt", odt([
         "# Protokoll Qualitätszirkel Leistungsmedizin – 27.01.2026",
         "Teilnehmende: Dr. Oberländer (Moderation), Dr. Vogelsang, Dr. Hallstein, Herr Reuter, Frau Demirtas",
         "# TOP 1: Fallbesprechungen (anonymisiert)",
         "Fall A: Versicherte, Altersgruppe 50–59, chronische Lumbalgie, beantragt multimodale Schmerztherapie stationär. Konsens: Voraussetzungen (Chronifizierungsstadium, ambulante Therapie ausgeschöpft) sind im Regelfall durch Befundbericht zu belegen; Vorlage an BA nur bei Zweifeln.",
         "Fall B: Versicherter, Altersgruppe 30–39, Kreuzbandruptur, Antrag auf Sportreha nach Ende der medizinischen Reha. Konsens: keine medizinische Notwendigkeit im Sinne der MB/KK, Kulanz im Einzelfall möglich.",
         "Fall C: BU-Fall, Berufsgruppe Pflege, Erschöpfungsdepression. Diskussion zur Bewertung von Arbeitsunfähigkeit versus Berufsunfähigkeit; Empfehlung: Gutachten erst nach 6 Monaten Therapie.",
         "# TOP 2: Statistik Laufzeiten",
         "Median 9 Arbeitstage (Q4/2025); Ziel 7. Engpass: Rückläufe von Arztanfragen.",
         "# TOP 3: Verschiedenes",
         "Neue AWMF-Leitlinie Adipositas-Chirurgie – Frau Dr. Vogelsang bereitet Kurzreferat vor.",
     ]))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses cover for an employment dispute: named customer, dismissal, monthly salary",
     fr=frm("meinking"), to="Andreas Neuhaus <a.neuhaus@posteingang.example>",
     subject="Deckungszusage Arbeitsrechtsschutz – Ihr Zeichen: Kündigung Fa. Brasch",
     date="2026-01-30 11:06",
     body="""Sehr geehrter Herr Neuhaus,

für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Brasch Maschinenbau GmbH, erteilen wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Bremen-Bremerhaven.

Grundlage: Ihr Rechtsschutzvertrag RS 3318 0092 (Privat-, Berufs- und Verkehrsrechtsschutz), Selbstbeteiligung 250 EUR.

Streitwert: Ihr Anwalt, Herr RA Brüning, hat ein Bruttomonatsgehalt von 3.940 EUR angegeben; für die Kündigungsschutzklage ergibt sich damit ein Gegenstandswert von drei Monatsgehältern (11.820 EUR). Die Gebühren rechnen wir direkt mit der Kanzlei ab.

Bitte beachten Sie: Für eine parallele Klage auf Zahlung der Überstunden benötigen wir eine gesonderte Anfrage.

Mit freundlichen Grüßen""" + sig("meinking"))

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
     "facultative reinsurance request: named life applicant with hypertension and sleep apnoea, medical summary in PDF",
     fr=frm("wuebbenhorst"), to="Facultative Life <fac-life@nordstern-re.example>",
     subject="Fac request FL-26-014 – term life EUR 2.5m – medical evidence attached",
     date="2026-02-02 10:20",
     body="""Dear Fac team,

please find attached our facultative request FL-26-014. Sum assured EUR 2,500,000 term life, 20 years, retention EUR 750,000, so we are looking for EUR 1,750,000 on a facultative basis.

Applicant is a 52-year-old self-employed architect, non-smoker. Our medical officer's summary is in the PDF (hypertension on dual therapy, moderate obstructive sleep apnoea on CPAP, BMI 31). Our own rating is +50 %; we'd welcome your view by 13 February.

Full APS and the sleep lab report are in the treaty data room under FL-26-014.

Best regards
Hanna""" + "\n\n" + FOOT_EN,
     atts=[att("FL-26-014_medical_summary.pdf", pdf([
         "# Wesertal Lebensversicherung AG – Facultative Request FL-26-014",
         "Life assured: Matthias Grotefend, born 17.06.1973, architect (self-employed), Oldenburg",
         "Product: Term life (RLV Premium), sum assured EUR 2,500,000, term 20 years",
         "",
         "# Medical summary (Dr. F. Oberländer, CMO)",
         "Hypertension since 2019, treated with ramipril 10 mg + amlodipine 5 mg; BP readings 2025: 138/86, 142/88.",
         "Obstructive sleep apnoea (G47.31), AHI 24/h (moderate), CPAP since 03/2024, compliance 6.2 h/night.",
         "BMI 31.2, lipids: LDL 148 mg/dl, no statin. ECG normal. No diabetes (HbA1c 5.6 %).",
         "Family history: father MI at 61.",
         "",
         "Proposed rating: +50 % extra premium, no exclusions.",
     ], title="FL-26-014"))])

mail("NORMAL", "en", "insurer-to-supplier",
     "trap: licence renewal for a medical reference database for advisory physicians; supplier's company IBAN only",
     fr=frm("gerdes"), to="Key Accounts MedRef Online <accounts@medref-online.example>",
     subject="Licence renewal 2026 – 8 named user seats (medical advisory team)",
     date="2026-02-02 14:35",
     body="""Hello Ms Dubois,

we would like to renew our MedRef Online licence for 2026 with the following changes:

- 8 named seats instead of 6 (our medical advisory team has grown: advisory physicians, the advisory dentist and the medical claims experts)
- add-on "Guidelines Germany" (AWMF S2/S3 guidelines with English summaries)
- add-on "Drug Interactions" as before

Please send the revised quote to einkauf@wesertal-versicherung.example, quoting our PO BE-26-00211. Per your invoice of last year, payment goes to your company account at Banque du Léman, IBAN %s, unless you tell us otherwise.

User provisioning will be done by our IT via SSO as last year.

Kind regards
Petra Gerdes
Procurement & Supplier Management""" % grp(IB_MEDREF) + "\n\n" + FOOT_EN)

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "body only references the file; the advisory physician's full BU opinion (disc prolapse L5/S1, roofer) is in the DOCX",
     fr=frm("oberlaender"), to="Svenja Lüders <s.lueders@%s>" % DOM,
     subject="Stellungnahme BU-25-0412",
     date="2026-02-03 08:12",
     body="""Moin Frau Lüders,

anbei meine Stellungnahme zu BU-25-0412. Kurz: ich würde noch nicht entscheiden, sondern erst das Gutachten abwarten. Details im Dokument.

Gruß
F. Oberländer""",
     atts=[att("BA-Stellungnahme_BU-25-0412.docx", docx([
         "# Beratungsärztliche Stellungnahme",
         "Vorgang: BU-25-0412 | Versicherter: Dennis Kruckenberg, geb. 03.11.1984 | Vertrag LV 7741 2206",
         "Beruf: Dachdecker (Geselle), 100 % körperliche Tätigkeit, Arbeiten auf Dach und Gerüst",
         "# Vorliegende Unterlagen",
         "MRT LWS 09/2025: Bandscheibenvorfall L5/S1 mediolateral links mit Kompression S1 (M51.1). Bericht Neurochirurgie Klinikum Nordstadt 10/2025: Sequestrektomie L5/S1. Reha-Entlassungsbericht 12/2025: arbeitsunfähig entlassen, Leistungsbild für schwere Tätigkeiten unter 3 Stunden.",
         "# Beurteilung",
         "Postoperativ persistierende Radikulopathie S1 links mit Fußheberschwäche 4/5. Schweres Heben über 15 kg, Arbeiten in Zwangshaltung und auf Leitern derzeit nicht zumutbar. Prognose offen; eine Besserung innerhalb von 6 Monaten ist möglich.",
         "# Empfehlung",
         "Externes orthopädisch-neurologisches Gutachten (Gutachterin Dr. Anneliese Kuhlmann), Fragestellung: Grad der BU im zuletzt ausgeübten Beruf, Prognose über 6 Monate, Umorganisation nicht relevant (angestellt).",
         "Bremen, 02.02.2026, Dr. med. F. Oberländer",
     ], title="BA-Stellungnahme BU-25-0412", author="F. Oberländer"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor contract change: named customer, additional young driver with birth date, plate, eVB number",
     fr=frm("frerichs"), to="Martina Eggers <martina.eggers@t-net.example>",
     subject="Ihr Kfz-Vertrag KF 2218 4473 – Fahrer Jonas Eggers eingeschlossen",
     date="2026-02-03 13:49",
     body="""Hallo Frau Eggers,

wie telefonisch besprochen, haben wir Ihren Sohn Jonas Eggers (geb. 22.07.2007) ab dem 05.02.2026 als berechtigten Fahrer für Ihren Opel Corsa, Kennzeichen OHZ-ME 77, eingetragen.

Da Jonas jünger als 23 Jahre ist, erhöht sich der Jahresbeitrag um 318,40 EUR. Sie fährt er im Rahmen des „Begleiteten Fahrens“ bereits seit letztem Jahr, der Führerschein wurde am 24.07.2025 umgeschrieben.

Für den Zweitwagen, den Sie im März anmelden wollen, hier schon die eVB-Nummer: K7Q2M4R. Sie ist 6 Monate gültig.

Viele Grüße aus Bremen
Nadine Frerichs""" + "\n\n" + FOOT_SHORT)

mail("NORMAL", "de", "newsletter",
     "trap: newsletter to doctors' practices about forms, portal upload and GOÄ fees; HTML alternative; no patients",
     fr=frm("newsletter"), to="Arztpraxis-Info <arztpraxis-info@%s>" % DOM,
     subject="Arztpraxis-Info Februar 2026: neue Formulare, schnellere Erstattung",
     date="2026-02-04 07:00",
     headers=[("List-Unsubscribe", "<mailto:arztpraxis-info-abmelden@wesertal-versicherung.example>"),
              ("Precedence", "bulk")],
     body="""Arztpraxis-Info der Wesertal Krankenversicherung – Februar 2026

Liebe Praxisteams,

1. Neues Formular BB-2 (Befundbericht ausführlich)
Das Formular ist kürzer geworden: statt 14 nur noch 8 Fragen. Diagnosen bitte weiterhin mit ICD-10-GM-Code und Sicherheitskennzeichen (G, V, A, Z).

2. Arztportal
Über 1.100 Praxen nutzen bereits das Arztportal für Befundberichte, Heil- und Kostenpläne und Röntgenbilder. Vorteil für Sie: die Vergütung nach GOÄ Nr. 75/80 wird innerhalb von 10 Tagen ausgezahlt.

3. Häufige Rückfrage: Analogbewertungen
Unsere Beratungsärzte erkennen Analogziffern an, wenn die Leistung nach Art, Kosten- und Zeitaufwand gleichwertig ist. Eine kurze Begründung auf der Rechnung erspart Ihrer Patientin und uns die Rückfrage.

4. Fortbildung
„Der Befundbericht aus Sicht der Versicherungsmedizin“ – 2 CME-Punkte, 18.03.2026, online.

Abmeldung: Antwort mit „Abmelden“ an arztpraxis-info-abmelden@wesertal-versicherung.example""",
     html=html_page("""<h2>Arztpraxis-Info – Februar 2026</h2>
<p>Liebe Praxisteams,</p>
<h3>1. Neues Formular BB-2</h3><p>Statt 14 nur noch 8 Fragen. Diagnosen bitte weiterhin mit ICD-10-GM-Code und Sicherheitskennzeichen (G, V, A, Z).</p>
<h3>2. Arztportal</h3><p>Über 1.100 Praxen nutzen bereits das Arztportal. Die Vergütung nach GOÄ Nr. 75/80 wird innerhalb von 10 Tagen ausgezahlt.</p>
<h3>3. Analogbewertungen</h3><p>Eine kurze Begründung auf der Rechnung erspart Rückfragen.</p>
<h3>4. Fortbildung</h3><p>„Der Befundbericht aus Sicht der Versicherungsmedizin“ – 2 CME-Punkte, 18.03.2026, online.</p>""",
                    "Arztpraxis-Info"))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "care daily allowance after care level 3 for a named insured with dementia, written to the daughter holding power of attorney; iso-8859-1",
     fr=frm("ruschmeyer"), to="Birgit Tönjes <b.toenjes@mailbox-nord.example>",
     subject="Pflegetagegeld für Ihre Mutter Hildegard Tönjes – PT 0091 3352",
     date="2026-02-04 15:30", charset="iso-8859-1",
     body="""Sehr geehrte Frau Tönjes,

vielen Dank für die Vorsorgevollmacht und das Gutachten des Medizinischen Dienstes. Nach dem Gutachten vom 19.01.2026 wurde bei Ihrer Mutter, Frau Hildegard Tönjes, der Pflegegrad 3 festgestellt (34,5 gewichtete Punkte im Modul "kognitive und kommunikative Fähigkeiten" wegen der fortschreitenden Alzheimer-Demenz).

Aus der Pflegetagegeldversicherung zahlen wir ab dem 01.12.2025 (Antragsmonat) 60 % des vereinbarten Tagessatzes, also 36,00 EUR täglich bzw. 1.080,00 EUR für einen vollen Monat. Die Nachzahlung für Dezember und Januar (2.196,00 EUR) überweisen wir auf das uns bekannte Konto Ihrer Mutter.

Solange Pflegegeld gezahlt wird, sind Ihre Mutter bzw. Sie als Bevollmächtigte von der Beitragszahlung befreit.

Bitte teilen Sie uns mit, falls Ihre Mutter in eine vollstationäre Einrichtung umzieht.

Mit freundlichen Grüßen""" + sig("ruschmeyer"))

mail("NORMAL", "en", "internal",
     "trap: job posting for a part-time advisory physician, sent to HR for publication",
     fr=frm("oberlaender"), to="Greta Sievers <g.sievers@%s>" % DOM,
     subject="Job ad: Advisory Physician (m/f/d), part-time – English version for the careers page",
     date="2026-02-05 10:11",
     body="""Hi Greta,

here is the English version of the ad, as discussed. Please publish it on the careers page and LinkedIn.

---
Advisory Physician (m/f/d) – Life and Disability Insurance, 20–30 hours/week, Bremen or remote

Your tasks
- medical assessment of disability, critical illness and long-term care claims
- questions to treating doctors and hospitals; instructing external medical experts
- advising underwriters on complex applications (cardiology, oncology, psychiatry)
- training our claims handlers in medical basics

Your profile
- licence to practise medicine in Germany, specialist qualification (e.g. internal medicine, orthopaedics, psychiatry)
- additional qualification in social medicine or insurance medicine is a plus
- good written German and English

We offer flexible hours, no night shifts, a permanent contract and a salary in line with the collective agreement plus a medical allowance.
---

Contact for applicants should be you, not me. Thanks!

Fritz""")

mail("CONFIDENTIAL", "en", "internal",
     "HR: relocation package, salary and tax ID of a named new hire",
     fr=frm("sievers"), to="Payroll <payroll@%s>" % DOM,
     cc="Samuel Okafor <s.okafor@%s>" % DOM,
     subject="New hire 01.03. – Ruth Abernathy, International Group Health",
     date="2026-02-05 16:40",
     body="""Hello payroll team,

new joiner on 1 March 2026:

Name: Ruth Abernathy
Position: Senior Underwriter International Group Health (team Samuel Okafor)
Annual base salary: EUR 78,500, paid in 13 instalments
Relocation allowance: EUR 6,000 (one-off, with March payroll), taxable
Tax ID (Steuer-ID): 57 204 118 936
Tax class: I, no church tax
Start of German social insurance: 01.03.2026; she was insured in the UK until now, A1 not applicable.

Bank details will follow once she has opened a German account; until then please hold the first payment.

Thanks
Greta""" + sig("sievers", None))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "accident invalidity dispute: letter to the customer's lawyer with advisory physician's assessment of a wrist fracture (S52.51), named client",
     fr=frm("kettler"), to="Kanzlei Brüning & Partner <sekretariat@bruening-partner.example>",
     subject="Ihr Mandant Heiko Wöltjen – Unfallversicherung UV 5520 6619 – Invaliditätsbemessung",
     date="2026-02-06 09:37",
     body="""Sehr geehrter Herr Rechtsanwalt Brüning,

in der Angelegenheit Ihres Mandanten, Herrn Heiko Wöltjen, nehmen wir zu Ihrem Schreiben vom 22.01.2026 Stellung.

Herr Wöltjen erlitt am 14.03.2025 bei einem Sturz vom Fahrrad eine distale Radiusfraktur rechts (S52.51), die operativ mit winkelstabiler Platte versorgt wurde. Nach dem Gutachten von Dr. Kuhlmann vom 11.12.2025 verbleibt eine Bewegungseinschränkung im Handgelenk (Extension/Flexion 40-0-45 gegenüber 70-0-80 links) sowie eine Kraftminderung.

Unser Beratungsarzt Dr. Oberländer hat das Gutachten geprüft und schließt sich der Bewertung mit 1/5 Handwert an. Nach der Gliedertaxe (Hand 55 %) ergibt sich ein Invaliditätsgrad von 11 %. Ihre Forderung von 3/10 Handwert ist aus den Befunden nicht ableitbar; eine Beeinträchtigung der Fingerbeweglichkeit ist nicht dokumentiert.

Wir haben daher 11 % der Grundsumme von 150.000 EUR, also 16.500 EUR, am 28.01.2026 ausgezahlt. Eine Neubemessung können beide Seiten bis zum Ablauf von drei Jahren nach dem Unfall verlangen.

Mit freundlichen Grüßen""" + sig("kettler"))

mail("NORMAL", "de", "internal",
     "trap: advisory physician summarises the updated low-back-pain guideline for rehab decisions; general medical content",
     fr=frm("vogelsang"), to="Leistung KV stationär <leistung-kv-stationaer@%s>" % DOM,
     subject="Kurzinfo: Aktualisierte Nationale VersorgungsLeitlinie Kreuzschmerz – was ändert sich für uns?",
     date="2026-02-06 12:20",
     body="""Hallo zusammen,

kurz zusammengefasst, was die aktualisierte Leitlinie für unsere Prüfung von Reha- und Schmerztherapie-Anträgen bedeutet:

* Bildgebung (MRT/CT) bei nicht-spezifischem Kreuzschmerz ohne Warnzeichen („red flags“) weiterhin nicht in den ersten 6 Wochen. Rechnungen über frühe MRTs ohne Begründung bitte an mich.
* Multimodale Schmerztherapie: empfohlen bei Chronifizierungsrisiko nach 6 Wochen bzw. chronischem Verlauf ab 12 Wochen. Die Zugangsvoraussetzungen haben sich nicht geändert.
* Opioide: nur noch kurzfristig (max. 4–12 Wochen) empfohlen. Langfristverordnungen sind aber keine Leistungsfrage, sondern ärztliche Entscheidung – bitte keine Kürzungen deswegen.
* Neu: digitale Gesundheitsanwendungen werden erwähnt; ob wir sie erstatten, richtet sich nach dem Tarif.

Bei Fragen zu konkreten Fällen bitte wie immer über das Vorlage-Formular in LEO, nicht per Mail.

Katharina""")

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: private liability claim; insured's dog injured the neighbour's dog (animal health), named customer and vet bill",
     fr=frm("wittrock"), to="Rainer Frerking <r.frerking@freemail.example>",
     subject="Haftpflichtschaden PH-26-001174 – Beißvorfall am 18.01.2026",
     date="2026-02-09 10:05",
     body="""Sehr geehrter Herr Frerking,

Ihre Schadenmeldung zum Vorfall auf der Hundewiese am Werdersee ist bei uns eingegangen. Nach Ihrer Schilderung hat Ihr Rhodesian Ridgeback „Bosco“ den Labrador Ihres Nachbarn, Herrn Uwe Mahnken, in den Hals gebissen. Personen wurden nicht verletzt.

Herr Mahnken hat uns die Rechnung der Tierklinik Bremen-Ost über 1.386,22 EUR (Wundversorgung unter Narkose, Drainage, Antibiose, zwei Nachkontrollen) geschickt. Die Hundehalterhaftpflicht (Vertrag PH 6620 1187) deckt den Schaden; wir regulieren direkt mit Herrn Mahnken.

Ihre Selbstbeteiligung von 150 EUR stellen wir Ihnen gesondert in Rechnung.

Freundliche Grüße""" + sig("wittrock"))

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "guarantee of payment to a Spanish clinic for a named insured with pneumonia (J18.9), asks for daily medical updates",
     fr=frm("demirtas"), to="Servicio de Pacientes Internacionales <international@clinica-costaazul.example>",
     cc="Travel Assistance <assistance@%s>" % DOM,
     subject="Guarantee of payment – Mrs Julia Brandt, DOB 30.04.1949 – our ref TR-2026-05102",
     date="2026-02-09 18:52",
     body="""Dear colleagues,

we confirm that Mrs Julia Brandt (date of birth 30 April 1949, passport C4R7T11K9) holds travel health insurance with us (policy RV 8820-4410, valid until 31 March 2026).

We issue a guarantee of payment for her inpatient treatment at your clinic from 8 February 2026, diagnosis community-acquired pneumonia (J18.9), up to EUR 15,000 for the first 7 days. Any extension requires our prior approval.

Please send us:
- a brief medical report every 48 hours (oxygen saturation, antibiotic therapy, need for ICU)
- the admission report including the chest X-ray result
- your estimate of the date of fitness to travel

Our medical team will decide on repatriation to Germany together with your treating physician. Her COPD history (GOLD 2, on inhaler therapy) is known to us from the application.

Kind regards""" + sig("demirtas", FOOT_EN))

mail("NORMAL", "de", "insurer-to-authority",
     "trap: answer to the data protection authority on the access concept for advisory physicians; general, no person",
     fr=frm("kramer"), to="Referat 23 <poststelle@datenschutz-bremen.example>",
     subject="Ihr Az. 23-441/2025 – Berechtigungskonzept Beratungsärzte",
     date="2026-02-10 11:30",
     body="""Sehr geehrte Damen und Herren,

in Beantwortung Ihrer allgemeinen Anfrage vom 15.12.2025 erläutern wir das Berechtigungskonzept für unsere beratungsärztlichen Dienste:

1. Die Beratungsärztinnen und -ärzte sowie die medizinischen Leistungsexperten erhalten Zugriff auf Gesundheitsdaten ausschließlich über die Vorlagefunktion des Leistungssystems. Ein Vorgang wird ihnen von der Sachbearbeitung vorgelegt; ohne Vorlage besteht kein Lesezugriff.

2. Die beratungsärztliche Stellungnahme wird getrennt von der übrigen Akte abgelegt. Die Sachbearbeitung sieht nur das Ergebnis und die für die Entscheidung erforderliche Begründung.

3. Sämtliche Zugriffe werden protokolliert und sechs Jahre aufbewahrt. Die Datenschutzbeauftragte prüft stichprobenartig monatlich 20 Zugriffe.

4. Anfragen an behandelnde Ärzte erfolgen nur auf Grundlage einer Schweigepflichtentbindung bzw. nach § 213 VVG und werden über Post, Fax oder das Arztportal versandt.

5. Externe Gutachter sind über Verträge nach Art. 28 DSGVO bzw. als eigene Verantwortliche mit Verschwiegenheitsverpflichtung eingebunden.

Das vollständige Konzept (Version 2.3) stellen wir Ihnen auf Wunsch gern zur Verfügung.

Mit freundlichen Grüßen""" + sig("kramer"))

mail("CONFIDENTIAL", "mixed", "insurer-to-company",
     "grey: commercial liability claim of a company with named contact and named employee; property damage only",
     fr=frm("oltmanns"), to="Graham Whitlock <g.whitlock@apex-solar.example>",
     subject="Haftpflichtschaden / liability claim BHV-26-0087 – Dachschaden Lagerhalle Achim",
     date="2026-02-10 14:14",
     body="""Dear Mr Whitlock,

wie besprochen fasse ich den Stand kurz zweisprachig zusammen / a short bilingual summary:

DE: Ihr Monteur, Herr Pavel Novák, hat am 27.01.2026 bei der Montage der PV-Anlage auf der Lagerhalle der Firma Meyer Agrarhandel in Achim eine Dachlichtplatte durchbrochen. Durch die Öffnung drang Regenwasser ein und beschädigte palettierte Saatgutware. Personenschäden gab es keine.

EN: Your fitter, Mr Pavel Novák, broke a skylight panel while installing the PV system on 27 January. Rain came in and damaged stored seed goods. Nobody was hurt.

Forderung / claim: EUR 24,380.00 (Ware 21,900.00, Dach 2,480.00). Our loss adjuster will inspect on 16 February.

Versicherungsnehmer ist die Apex Solar Components Ltd, Zweigniederlassung Bremen (Police BHV 4410 7720).

Best regards / Mit freundlichen Grüßen""" + sig("oltmanns", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "HTML-only mail with a table of overdue doctor queries: patient names, diagnoses, hospitals",
     fr=frm("reuter"), to="Kai Poppe <k.poppe@%s>" % DOM,
     subject="Überfällige Arztanfragen stationär – Stand KW 7",
     date="2026-02-11 08:03",
     html_only=True,
     html=html_page("""<p>Hallo Kai,</p>
<p>hier die Liste der Arztanfragen, die seit mehr als sechs Wochen offen sind. Bei den ersten drei würde ich die Versicherten jetzt anschreiben.</p>
""" + html_table([
         ["Vorgang", "Versicherte/r", "Klinik", "Diagnose / Fragestellung", "angefragt", "Erinnerungen"],
         ["KH-25-9912", "Ingrid Poppinga", "Klinikum Lesum-Nord", "Z. n. Schlaganfall (I63.5), Frührehabilitation Phase B – Verweildauer", "18.12.2025", "2"],
         ["KH-25-9987", "Ralf Dierks", "St. Ansgar Klinik", "Alkoholentzug qualifiziert (F10.2) – Abgrenzung Entwöhnung", "22.12.2025", "2"],
         ["KH-26-0041", "Elif Yıldız", "MVZ Am Stadtwald (Belegabteilung)", "Bauchdeckenstraffung nach Gewichtsreduktion – med. Notwendigkeit", "05.01.2026", "1"],
         ["KH-26-0102", "Hans-Georg Immer", "Klinikum Nordstadt", "Herzkatheter mit 2 Stents (I25.13), Wahlleistung Chefarzt", "08.01.2026", "1"],
         ["KH-26-0133", "Mia Schütte (Kind, 7 J.)", "Kinderklinik Bremen-Mitte", "Tonsillektomie, Verweildauer 5 statt 3 Tage", "12.01.2026", "1"],
     ]) + """
<p>Gruß<br>Jan-Philipp</p>""", "Überfällige Arztanfragen"))

mail("NORMAL", "de", "insurer-to-customer",
     "grey: portal notification mail without content (new secure message), trap",
     fr=addr("Wesertal SecureMail", "securemail-noreply"), to="jana.bockelmann@gmx-post.example",
     subject="Sie haben eine neue Nachricht im Wesertal SecureMail-Postfach",
     date="2026-02-11 13:17",
     headers=[("Auto-Submitted", "auto-generated")],
     body="""Guten Tag,

in Ihrem Wesertal SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.wesertal-versicherung.example/login

Die Nachricht steht 90 Tage zum Abruf bereit.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Wir werden Sie niemals per E-Mail nach Ihrem Passwort oder Ihrer Sicherheitsfrage fragen.

Ihre Wesertal Versicherungsgruppe""")

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of a new SEPA mandate: named customer, contract number, new IBAN",
     fr=frm("hasselmann"), to="Ulrike Meyerhoff <u.meyerhoff@posteingang.example>",
     subject="Neue Bankverbindung für Ihre Wohngebäudeversicherung WG 1120 8841",
     date="2026-02-12 09:26",
     body="""Sehr geehrte Frau Meyerhoff,

wir haben Ihr neues SEPA-Lastschriftmandat erhalten und ab der nächsten Fälligkeit (01.03.2026) umgestellt.

Vertrag: Wohngebäudeversicherung WG 1120 8841, Risikoort Grohner Bergstraße 9, 28759 Bremen
Neue Bankverbindung: %s
Mandatsreferenz: WST-WG-11208841-02
Gläubiger-ID: %s

Der Jahresbeitrag von 742,18 EUR wird am 01.03. eingezogen.

Mit freundlichen Grüßen""" % (grp(IB_MEYERHOFF), CRED_WST) + sig("hasselmann"))

mail("NORMAL", "en", "insurer-to-broker",
     "grey: anonymous risk pre-enquiry (age, ADHD, medication, no name) answered with general underwriting guidance; trap",
     fr=frm("tjaden"), to="Priya Raman <p.raman@northbridge-brokers.example>",
     subject="RE: Anonymous pre-enquiry income protection – ADHD",
     date="2026-02-12 15:58",
     body="""Hi Priya,

thanks for sending it anonymously, that's exactly how pre-enquiries should come in.

For an applicant aged 34, office job, ADHD diagnosed in adulthood, on methylphenidate with stable dose for more than two years, no other psychiatric history and no sick leave related to it in the last five years, we would normally offer income protection at standard rates, possibly with a psychiatric exclusion if there were comorbid depression or anxiety episodes.

What we'd need with the real application:
- the completed ADHD questionnaire (form GF-11)
- a short report from the treating psychiatrist if medication was changed in the last 12 months

This is an indication only, not a binding offer.

Best regards
Marcus Tjaden
Life & Disability Underwriting

> Hi Marcus, anonymous pre-enquiry for IP: male, 34, software tester, ADHD (adult diagnosis 2019), methylphenidate 36 mg since 2021, otherwise healthy. Standard terms possible? Priya""" + "\n\n" + FOOT_EN)

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "second reminder to a psychotherapist about a report on a named patient (PTSD, long-term therapy), first request quoted",
     fr=frm("vogelsang"), to="Dr. Sarah Lindqvist <praxis@lindqvist-psychotherapie.example>",
     subject="2. Erinnerung: Bericht zum Umwandlungsantrag – Ihr Patient Malte Gerdau",
     date="2026-02-13 10:40",
     body="""Sehr geehrte Frau Dr. Lindqvist,

leider liegt uns Ihr Bericht noch nicht vor. Ohne ihn können wir über die Fortführung der Behandlung von Herrn Gerdau nicht entscheiden. Da die bewilligten 24 Sitzungen Ende Februar ausgeschöpft sind, wäre ich Ihnen für eine Rückmeldung bis zum 23.02. dankbar – gern auch telefonisch unter 0421 5508-4410.

Mit freundlichen Grüßen
K. Vogelsang

> Sehr geehrte Frau Dr. Lindqvist,
>
> für Ihren Patienten, Herrn Malte Gerdau (KV 4471 5523-0), haben Sie die Umwandlung der
> Kurzzeittherapie in eine Langzeittherapie (weitere 36 Sitzungen Verhaltenstherapie)
> beantragt. Diagnose laut Antrag: posttraumatische Belastungsstörung (F43.1) nach
> Arbeitsunfall im Hafen 2024.
>
> Für die Prüfung bitte ich um einen kurzen Bericht (Formular PT-3): bisheriger Verlauf,
> Therapieziele, Prognose, ggf. begleitende Medikation.
>
> Mit freundlichen Grüßen
> Dr. med. Katharina Vogelsang""" + sig("vogelsang"))

mail("NORMAL", "de", "internal",
     "trap: February cover plan for the advisory physicians (holidays, congress), colleagues named without reasons",
     fr=frm("poppe"), to="Leistung KV stationär <leistung-kv-stationaer@%s>" % DOM,
     cc="Beratungsärzte <beratungsaerzte@%s>" % DOM,
     subject="Vertretung Beratungsärzte Februar/März",
     date="2026-02-13 14:00",
     body="""Hallo zusammen,

damit Vorlagen nicht liegen bleiben, hier die Vertretungen:

16.–20.02.: Dr. Vogelsang abwesend -> Vorlagen KV an Dr. Oberländer (nur Eilfälle) bzw. Herrn Reuter
23.02.–06.03.: Dr. Hallstein abwesend -> Zahnvorlagen bis 1.500 EUR entscheidet die Sachbearbeitung nach Leitfaden, darüber externer Zahnarzt-Gutachter (Pool)
09.–11.03.: Herr Reuter auf Fortbildung (DRG-Kodierung)

Eilfälle (Verlegungen, Auslandsrücktransporte, Kostenzusagen vor OP) bitte zusätzlich telefonisch ankündigen.

Danke!
Kai""")

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "rental car damage abroad: named customer, driving licence number, rental agreement, no injuries",
     fr=frm("carter"), to="Marcus Delaney <m.delaney@freemail.example>",
     subject="Rental excess claim RV-26-00981 – Faro, Portugal",
     date="2026-02-16 11:25",
     body="""Dear Mr Delaney,

thank you for your claim under the rental car excess cover of your annual travel policy (RV 8820-2291).

We have received:
- rental agreement no. FAO-558120 (Atlantic Car Hire, 3–10 February 2026)
- the damage report with photos of the scratched rear bumper
- the charge of EUR 680.00 to your credit card

Still missing: a copy of your driving licence (we note licence no. DELAN612045MD9AB from your claim form) and the card statement showing the debit. You can upload both at https://claims.wesertal-versicherung.example.

As you confirmed no one was injured and no third-party vehicle was involved, no police report is needed.

Kind regards""" + sig("carter", FOOT_EN))

mail("NORMAL", "mixed", "internal",
     "trap: German/English glossary of insurance-medicine terms for claims handlers as CSV; no persons",
     fr=frm("demirtas"), to="International Claims Team <intl-claims@%s>" % DOM,
     subject="Glossar Versicherungsmedizin DE/EN – wie in der Teamrunde versprochen",
     date="2026-02-16 16:45",
     body="""Hi all / Hallo zusammen,

attached is the glossary we talked about. Bitte ergänzt fehlende Begriffe direkt in der Datei auf dem Teamlaufwerk, not in copies.

Cheers
Aylin""",
     atts=[att("Glossar_Versicherungsmedizin_DE_EN.csv", csv_bytes([
         ["Deutsch", "English", "Hinweis"],
         ["Beratungsarzt / Beratungsärztin", "advisory physician / medical officer", "intern, nicht 'consultant'"],
         ["Befundbericht", "medical report / attending physician statement (APS)", ""],
         ["Schweigepflichtentbindung", "medical consent / authority to release information", "§ 213 VVG"],
         ["Entlassungsbericht", "discharge summary", ""],
         ["Heil- und Kostenplan", "dental treatment plan and cost estimate", ""],
         ["medizinische Notwendigkeit", "medical necessity", "§ 1 MB/KK"],
         ["Verweildauer", "length of stay", ""],
         ["Berufsunfähigkeit", "disability / income protection claim (own occupation)", ""],
         ["Gliedertaxe", "schedule of loss percentages (limb table)", "Unfall"],
         ["Invaliditätsgrad", "degree of permanent impairment", ""],
         ["Rücktransport", "repatriation", ""],
         ["Vorerkrankung", "pre-existing condition", ""],
     ], enc="windows-1252"), ctype="application/vnd.ms-excel")])

# ---------------------------------------------------------------- 0051-0075

_zip51 = zip_bytes([
    ("BU-25-0412/01_Auftrag_Gutachten.docx", docx([
        "# Gutachtenauftrag – Berufsunfähigkeit",
        "Auftraggeber: Wesertal Lebensversicherung AG, Leistungsprüfung BU, Frau S. Lüders",
        "Versicherter: Dennis Kruckenberg, geb. 03.11.1984, Heinrich-Heine-Str. 40, 27753 Delmenhorst",
        "Zuletzt ausgeübter Beruf: Dachdecker",
        "# Fragen an die Gutachterin",
        "1. Welche Gesundheitsstörungen liegen vor (mit ICD-10-GM)?",
        "2. Welche Tätigkeiten des zuletzt ausgeübten Berufs kann der Versicherte seit wann in welchem Umfang nicht mehr ausüben?",
        "3. Ist mit einer Besserung innerhalb von 6 Monaten zu rechnen?",
        "Honorar: nach Vereinbarung, Pauschale 1.450 EUR zzgl. Zusatzgutachten nach Absprache.",
    ], title="Gutachtenauftrag BU-25-0412")),
    ("BU-25-0412/02_MRT_LWS_2025-09.pdf", pdf([
        "# Radiologie am Wall – Befund MRT LWS",
        "Patient: Kruckenberg, Dennis, geb. 03.11.1984",
        "Befund: mediolateraler Bandscheibenvorfall L5/S1 links mit Kontakt zur Nervenwurzel S1; Osteochondrose L4/5.",
        "Beurteilung: Bandscheibenvorfall L5/S1 (M51.1), deutliche Wurzelkompression S1 links.",
    ], title="MRT LWS")),
    ("BU-25-0412/03_Reha-Entlassungsbericht.pdf", pdf([
        "# Rehazentrum Weserbergland – Ärztlicher Entlassungsbericht",
        "Rehabilitand: Dennis Kruckenberg, geb. 03.11.1984",
        "Diagnosen: Z. n. Sequestrektomie L5/S1 10/2025 (M51.1); Fußheberschwäche links KG 4/5; Adipositas Grad I.",
        "Leistungsbild: letzte berufliche Tätigkeit als Dachdecker unter 3 Stunden; leichte bis mittelschwere Tätigkeiten 6 Stunden und mehr.",
        "Entlassung: arbeitsunfähig.",
    ], title="Entlassungsbericht")),
])

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
     "expert-opinion order to an external assessor: named insured, BU question; MRI and rehab report inside a ZIP",
     fr=frm("lueders"), to="Dr. Anneliese Kuhlmann <gutachten@praxis-kuhlmann.example>",
     subject="Gutachtenauftrag BU-25-0412 – Herr Kruckenberg",
     date="2026-02-17 09:15",
     body="""Sehr geehrte Frau Dr. Kuhlmann,

wie telefonisch angekündigt beauftragen wir Sie mit einem orthopädisch-neurologischen Gutachten zur Frage der Berufsunfähigkeit von Herrn Dennis Kruckenberg.

Im ZIP-Archiv finden Sie den Auftrag mit den Fragen sowie die bisherigen Befunde. Das Passwort zum Archiv erhalten Sie wie vereinbart per SMS.

Herr Kruckenberg ist informiert und wird sich wegen eines Untersuchungstermins bei Ihnen melden. Wir bitten um Erstellung innerhalb von sechs Wochen nach der Untersuchung.

Mit freundlichen Grüßen""" + sig("lueders"),
     atts=[att("BU-25-0412_Unterlagen.zip", _zip51)])

mail("NORMAL", "de", "internal",
     "trap: training handout on the psychotherapy guideline (session quotas, procedures) for claims handlers; generic",
     fr=frm("stelljes"), to="Leistung KV ambulant <leistung-kv-ambulant@%s>" % DOM,
     subject="Handout zur Schulung „Psychotherapie – Grundlagen für die Leistungsprüfung“",
     date="2026-02-17 15:03",
     body="""Liebe Teilnehmende,

vielen Dank für die rege Beteiligung gestern! Wie versprochen anbei das Handout von Frau Dr. Vogelsang. Die Fallbeispiele im Handout sind frei erfunden.

Die Teilnahmebestätigungen kommen nächste Woche per Hauspost.

Herzliche Grüße
Corinna Stelljes
Wesertal Akademie""",
     atts=[att("Handout_Psychotherapie_Grundlagen.pdf", pdf([
         "# Psychotherapie – Grundlagen für die Leistungsprüfung",
         "Wesertal Akademie, Schulung vom 16.02.2026, Referentin: Dr. med. K. Vogelsang",
         "",
         "# 1. Verfahren",
         "Verhaltenstherapie, tiefenpsychologisch fundierte Psychotherapie, analytische Psychotherapie, systemische Therapie.",
         "# 2. Typische Kontingente (Orientierung)",
         "Probatorische Sitzungen: bis 4 (Kinder bis 6). Kurzzeittherapie: 2 x 12 Sitzungen. Langzeittherapie VT: bis 60, TP: bis 100 Sitzungen.",
         "Tarifliche Begrenzungen (z. B. 30 Sitzungen pro Jahr) gehen vor.",
         "# 3. Häufige Diagnosen in Anträgen (nur Beispiele)",
         "F32.x depressive Episode, F41.x Angststörungen, F43.1 posttraumatische Belastungsstörung, F60.31 emotional instabile Persönlichkeitsstörung.",
         "# 4. Fallbeispiel (fiktiv)",
         "Herr Max Beispiel, 41 Jahre, beantragt nach 24 Sitzungen KZT die Umwandlung in eine LZT. Was prüfen wir? Bericht PT-3, Qualifikation der Therapeutin, tarifliche Höchstgrenze.",
         "# 5. Wann an die Beratungsärzte?",
         "Überschreitung der Richtwerte, unklare Indikation, Heilpraktiker für Psychotherapie, Kombination mit stationärer Behandlung.",
     ], title="Handout Psychotherapie"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "glass breakage claim: named customer with insured address and claim number; 8bit transfer encoding",
     fr=frm("hasselmann"), to="Klaus-Dieter Wübben <kd.wuebben@t-net.example>",
     subject="Glasbruch Ceranfeld – Schaden GL-26-000311",
     date="2026-02-18 08:41", cte="8bit",
     body="""Guten Morgen Herr Wübben,

danke für die Fotos vom gesprungenen Ceranfeld. Das ist über Ihre Glasversicherung (Vertrag GL 3301 9925, Wohnung Am Hohentorshafen 3, 28197 Bremen) mitversichert.

Sie können den Austausch direkt beauftragen – bis 800 EUR brauchen Sie keinen Kostenvoranschlag. Schicken Sie uns dann einfach die Rechnung, wir erstatten auf das Konto, von dem Ihre Beiträge abgebucht werden.

Schöne Grüße
Björn Hasselmann""" + "\n\n" + FOOT_SHORT)

_fwd54 = inner_mail("Laura Whitcombe <laura.whitcombe@freemail.example>", "International Group Health <igh@%s>" % DOM,
                    "Pregnancy complications - will my plan cover the hospital in Dubai?",
                    "2026-02-17 21:14", """Dear Sir or Madam,

I am covered under my husband's company plan (Northsea Drilling Services, member no. IGH-7710-03-2). I am 29 weeks pregnant with twins and my obstetrician at Al Safa Women's Hospital has just diagnosed pre-eclampsia. She wants to admit me for monitoring, possibly until delivery, and says a caesarean section is likely around week 34.

Will the plan pay for a long hospital stay and the neonatal intensive care if the babies need it? I also take labetalol and low-dose aspirin now.

I am quite worried, so a quick answer would be much appreciated.

Kind regards
Laura Whitcombe""")

mail("STRICTLY_CONFIDENTIAL", "en", "customer",
     "harmless forward note; a member's own mail with pregnancy, pre-eclampsia and medication sits in the attached message/rfc822",
     fr=frm("okafor"), to="Aylin Demirtas <a.demirtas@%s>" % DOM,
     subject="Fwd: Pregnancy complications - will my plan cover the hospital in Dubai?",
     date="2026-02-18 09:02",
     body="""Aylin,

can you take this one with priority? See the attached mail. Maternity is covered under that scheme after 10 months, which she has. I'll call her this morning to reassure her; please prepare a guarantee of payment for the hospital.

Thanks
Sam""",
     atts=[att_eml(_fwd54, "Pregnancy complications.eml")])

mail("NORMAL", "en", "insurer-to-hospital",
     "trap: framework direct-billing agreement with a hospital group: price list for MRI, CT, room rates; no patients",
     fr=frm("okafor"), to="Contracts Department <contracts@gulfcare-hospitals.example>",
     subject="Direct billing agreement 2026 – revised tariff schedule",
     date="2026-02-18 13:30",
     body="""Dear Mr Haddad,

thank you for the revised tariff schedule. Our medical claims team has reviewed it and we can accept the following for 2026:

- MRI (one region, without contrast): AED 2,100 (your proposal: 2,450)
- CT abdomen with contrast: AED 1,650
- standard private room: AED 1,400 per day, suite excluded from direct billing
- normal delivery package: AED 9,500; caesarean section package: AED 16,000
- physiotherapy session: AED 350

We also ask that all inpatient admissions be notified to our 24h assistance line within 24 hours and that discharge summaries be uploaded to the provider portal, not sent by e-mail.

If you agree, we will send the amendment to the agreement for signature.

Kind regards""" + sig("okafor", FOOT_EN))

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "water damage in the flat of a named expat customer: address, claim number, IBAN; base64 body",
     fr=frm("hasselmann"), to="Sophie Martineau <sophie.martineau@mailbox-nord.example>",
     subject="Your water damage claim HR-26-000702",
     date="2026-02-19 10:12", cte="base64",
     body="""Dear Ms Martineau,

thank you for your call. To summarise what we agreed:

- Your flat at Stader Straße 58, 28205 Bremen, is covered under your home contents policy HR 5510 0347.
- The leak came from the washing machine hose of the neighbour upstairs. Damage to your furniture and the rug is covered by your policy; we will recover the costs from the neighbour's liability insurer.
- The drying company "TrockenTeam Nord" will contact you tomorrow.

We will pay the agreed amount for the sofa and rug (EUR 1,640.00) to your account """ + grp(iban_de("29050101", "7720014468")) + """.

Best regards
Björn Hasselmann
Property Claims

""" + FOOT_EN)

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "rejection of liposuction costs for lipoedema stage I (E88.20) after advisory opinion; named customer",
     fr=frm("brandes"), to="Carina Lüschen <carina.lueschen@gmx-post.example>",
     subject="Ihr Antrag auf Kostenübernahme Liposuktion – KV 4471 6630-2",
     date="2026-02-19 14:48",
     body="""Sehr geehrte Frau Lüschen,

vielen Dank für Ihren Antrag und die Unterlagen Ihrer Gefäßchirurgin. Wir haben Ihren Antrag von unserer Beratungsärztin prüfen lassen.

Nach den vorliegenden Befunden besteht bei Ihnen ein Lipödem der Beine im Stadium I (E88.20). Eine Liposuktion ist nach dem derzeitigen Stand der medizinischen Wissenschaft und der Leitlinie der Fachgesellschaft vor allem dann angezeigt, wenn trotz konsequenter konservativer Therapie (Kompression, manuelle Lymphdrainage über mindestens sechs Monate) erhebliche Beschwerden fortbestehen. Aus den Unterlagen geht hervor, dass die Kompressionstherapie erst im November 2025 begonnen wurde.

Wir können die Kosten daher derzeit nicht übernehmen. Die Kosten für Kompressionsstrümpfe und Lymphdrainage erstatten wir selbstverständlich weiter nach Tarif.

Sollten die Beschwerden nach Ablauf der konservativen Therapie fortbestehen, prüfen wir einen neuen Antrag gern – bitte fügen Sie dann die Therapiedokumentation bei.

Mit freundlichen Grüßen""" + sig("brandes"))

mail("NORMAL", "de", "internal",
     "trap: rejection-letter template after advisory opinion with «placeholders» in a DOCX; no real case",
     fr=frm("poppe"), to="Leistung KV ambulant <leistung-kv-ambulant@%s>" % DOM,
     cc="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     subject="Neue Vorlage: Ablehnung nach beratungsärztlicher Stellungnahme (TB-ABL-04)",
     date="2026-02-20 09:30",
     body="""Hallo zusammen,

die Rechtsabteilung hat die neue Vorlage freigegeben. Wichtig: die Diagnose wird nicht mehr automatisch aus der Stellungnahme übernommen, sondern nur, wenn sie für die Begründung nötig ist. Und der Hinweis auf das Recht, die Stellungnahme einzusehen, ist jetzt Pflicht.

Die Vorlage ist ab Montag in LEO hinterlegt; anbei die Word-Version zur Info.

Kai""",
     atts=[att("TB-ABL-04_Ablehnung_nach_BA.docx", docx([
         "«Anrede» «Vorname» «Nachname»",
         "«Straße» «Hausnummer», «PLZ» «Ort»",
         "Ihr Vertrag: «Versicherungsnummer» – Ihr Antrag vom «Antragsdatum»",
         "",
         "«Anrede_lang»,",
         "vielen Dank für Ihren Antrag auf Kostenübernahme für «Leistung». Wir haben die Unterlagen von unserer beratenden Ärztin / unserem beratenden Arzt prüfen lassen.",
         "«Begründung_aus_Stellungnahme – nur soweit erforderlich»",
         "Wir können die Kosten daher «nicht / nur teilweise» übernehmen.",
         "Sie haben das Recht, die beratungsärztliche Stellungnahme einzusehen. Auf Wunsch senden wir sie Ihnen oder einer Ärztin / einem Arzt Ihres Vertrauens zu.",
         "Mit freundlichen Grüßen",
         "«Sachbearbeiter»",
     ], title="TB-ABL-04"))])

mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "broker asks about a client's flood claim; answer names the client, claim number and payment status",
     fr=frm("hasselmann"), to="Hansekontor Versicherungsmakler <schaden@hansekontor-makler.example>",
     subject="AW: Ihr Kunde Meinert – Elementarschaden WG-26-000188",
     date="2026-02-20 12:51",
     body="""Hallo Herr Sudmann,

zum Schaden Ihres Kunden Hinrich Meinert (Wohngebäude Deichstraße 14, 27804 Berne):

Der Sachverständige war am 12.02. vor Ort. Der Keller stand nach dem Starkregen am 29.01. rund 40 cm unter Wasser. Heizungsanlage und Estrich sind betroffen, Gesamtschaden laut Gutachten 31.700 EUR. Selbstbehalt Elementar 1.000 EUR.

Eine Abschlagszahlung von 15.000 EUR ist gestern an Herrn Meinert rausgegangen; der Rest folgt nach Vorlage der Handwerkerrechnungen.

Viele Grüße
Björn Hasselmann

-----Ursprüngliche Nachricht-----
Von: Schadenabteilung Hansekontor <schaden@hansekontor-makler.example>
Gesendet: Donnerstag, 19. Februar 2026 16:22
Betreff: Ihr Kunde Meinert – Elementarschaden

Hallo Herr Hasselmann, wie ist der Stand bei Herrn Meinert? Er wartet dringend auf Geld für die neue Heizung. Gruß, Tim Sudmann""" + "\n\n" + FOOT_DE)

mail("NORMAL", "en", "internal",
     "trap: ODS with aggregated turnaround times of doctor queries by medical specialty; no persons",
     fr=frm("reuter"), to="Kai Poppe <k.poppe@%s>" % DOM,
     cc="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     subject="Turnaround of doctor queries by specialty – Q4 2025 (for the steering meeting)",
     date="2026-02-23 08:20",
     body="""Hi Kai,

as requested the figures for the steering meeting, in English because Samuel wants to use them for the international team as well.

Key points:
- psychiatry/psychotherapy answer slowest (median 31 days), GPs fastest (12 days)
- 14 % of all queries needed a second reminder
- portal uploads answer twice as fast as post

Spreadsheet attached (LibreOffice format, as our BI export can't do xlsx at the moment).

JP""",
     atts=[att("doctor_query_turnaround_Q4_2025.ods", ods([
         ["Specialty", "Queries sent", "Answered", "Median days", "2nd reminder %", "Via portal %"],
         ["General practice", 1210, 1144, 12, 8, 41],
         ["Orthopaedics", 864, 801, 16, 11, 37],
         ["Psychiatry / psychotherapy", 402, 341, 31, 27, 22],
         ["Cardiology", 233, 221, 14, 9, 45],
         ["Dentistry", 590, 566, 10, 6, 58],
         ["Hospitals (discharge reports)", 1502, 1390, 19, 17, 63],
         ["Total", 4801, 4463, 16, 14, 46],
     ], sheet="Q4_2025"))])

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "advisory physician asks a GP about pre-contractual treatment of a deceased insured (alcohol, liver) for the death benefit; us-ascii 7bit",
     fr=frm("oberlaender"), to="Hausarztpraxis Dr. Behrens <praxis@hausarzt-behrens.example>",
     subject="Anfrage zu Ihrem verstorbenen Patienten Werner Bredehorn (geb. 09.10.1963)",
     date="2026-02-23 11:05", charset="us-ascii", cte="7bit",
     body="""Sehr geehrter Herr Kollege Behrens,

Ihr langjaehriger Patient, Herr Werner Bredehorn, geb. 09.10.1963, ist am 02.01.2026 verstorben. Er hatte bei uns im April 2021 eine Risikolebensversicherung (LV 7720 3318) abgeschlossen. Laut Todesbescheinigung war die Todesursache ein Leberversagen bei aethyltoxischer Leberzirrhose (K70.3).

Im Antrag hat Herr Bredehorn die Fragen nach Behandlungen wegen Alkohol und nach Erkrankungen der Leber in den letzten fuenf Jahren verneint. Da der Vertrag noch keine fuenf Jahre bestand, muessen wir pruefen, ob die Gesundheitsfragen zutreffend beantwortet wurden.

Die Erbin, Frau Monika Bredehorn, hat Sie mit der beigefuegten Erklaerung von der Schweigepflicht entbunden (liegt Ihnen per Post vor).

Bitte teilen Sie uns mit:
1. Wann wurden erhoehte Leberwerte bzw. eine Lebererkrankung erstmals festgestellt?
2. Gab es vor April 2021 Behandlungen, Beratungen oder Ueberweisungen wegen Alkoholkonsums?
3. Bitte fuegen Sie die Karteikartenauszuege 2016 bis 2021 bei.

Fuer die Auskunft verguenten wir GOAe Nr. 80.

Mit freundlichen Gruessen
Dr. med. F. Oberlaender
Beratungsarzt Leben / BU
Wesertal Lebensversicherung AG, Weserufer 40, 28199 Bremen""")

mail("NORMAL", "de", "insurer-to-supplier",
     "trap: book order for the advisory physicians' library (ICD-10-GM 2026, Pschyrembel, assessment textbooks)",
     fr=frm("gerdes"), to="Bestellservice Fachbuchhandlung Hansa <bestellung@fachbuch-hansa.example>",
     subject="Bestellung Fachliteratur Leistungsmedizin – BE-26-00298",
     date="2026-02-23 14:10",
     body="""Guten Tag,

bitte liefern Sie an die Wesertal Versicherungsgruppe, z. Hd. Dr. Vogelsang, 3. OG, Weserufer 40, 28199 Bremen:

3 x ICD-10-GM 2026 Systematisches Verzeichnis (Buchausgabe)
3 x OPS 2026 Systematisches Verzeichnis
2 x Pschyrembel Klinisches Wörterbuch, aktuelle Auflage
1 x Begutachtung in der Sozialmedizin (Handbuch, aktuelle Auflage)
1 x Die ärztliche Begutachtung von Berufsunfähigkeit
2 x GOÄ-Kommentar, Loseblatt mit Aktualisierungsdienst

Rechnung mit Bestellnummer BE-26-00298 an unsere Kreditorenbuchhaltung. Bitte keine Teillieferungen.

Vielen Dank""" + sig("gerdes"))

mail("CONFIDENTIAL", "de", "internal",
     "grey: legal expenses case of a named customer about a speeding fine (administrative offence, not criminal), forwarded internally",
     fr=frm("meinking"), to="Rechtsschutz Team 2 <rs-team2@%s>" % DOM,
     subject="WG: Bußgeldbescheid Herr Tammen – Deckung Verkehrs-RS?",
     date="2026-02-24 09:45",
     body="""Kann das bitte jemand aus Team 2 übernehmen? Ich bin ab morgen zwei Wochen weg.

Deckung besteht m. E., Verkehrs-RS ist im Vertrag RS 3318 4471 enthalten, Wartezeit gilt für Bußgeldsachen nicht.

Ralf

---------- Weitergeleitete Nachricht ----------
Von: Kanzlei Dr. Hollmann <post@kanzlei-hollmann.example>
Datum: 23.02.2026 17:02
An: rechtsschutz@wesertal-versicherung.example
Betreff: Deckungsanfrage – Ihr VN Sven Tammen

Sehr geehrte Damen und Herren,

wir vertreten Ihren Versicherungsnehmer Herrn Sven Tammen, Kirchweg 88, 28201 Bremen, in einem Bußgeldverfahren. Ihm wird vorgeworfen, am 04.01.2026 auf der A 27 die zulässige Höchstgeschwindigkeit um 41 km/h überschritten zu haben (Bußgeldbescheid Az. 8.51.604711.2, 320 EUR, 2 Punkte, 1 Monat Fahrverbot). Wir beabsichtigen Einspruch wegen Zweifeln an der Messung.

Wir bitten um Deckungszusage.

Mit freundlichen Grüßen
Dr. Hollmann, Rechtsanwalt""")

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "expat member: partial approval of physiotherapy after ACL reconstruction, named member",
     fr=frm("okafor"), to="Jakob Lindström <jakob.lindstrom@mailbox-nord.example>",
     subject="Your physiotherapy claim – member IGH-5520-31",
     date="2026-02-24 15:32",
     body="""Dear Mr Lindström,

thank you for sending the physiotherapy plan from your clinic in Abu Dhabi.

After your ACL reconstruction of the right knee on 12 January, our medical claims expert has reviewed the plan of 36 sessions. Following the usual rehabilitation protocol, we approve 24 sessions up to 16 weeks after surgery; the remaining 12 sessions can be approved once your physiotherapist confirms in a short progress report that you have not yet reached the functional goals (e.g. single-leg hop test).

The 6 sessions of "sports-specific return-to-play training" are not a medical treatment under your plan and cannot be covered.

Wishing you a good recovery.

Kind regards""" + sig("okafor", FOOT_EN))

mail("NORMAL", "en", "insurer-to-customer",
     "trap: portal registration mail with one-time password hint; no personal or contract data",
     fr=addr("Wesertal SecureMail", "securemail-noreply"), to="n.okoro@freemail.example",
     subject="Activate your Wesertal SecureMail mailbox",
     date="2026-02-25 07:55",
     headers=[("Auto-Submitted", "auto-generated")],
     body="""Hello,

a secure mailbox has been set up for you so that we can send you confidential documents, for example about insurance claims or medical matters, in an encrypted way.

To activate it:
1. Open https://securemail.wesertal-versicherung.example/activate
2. Enter your e-mail address and the one-time password which we will send to you by SMS.
3. Choose your own password and a security question.

The one-time password is valid for 14 days. If you did not expect this e-mail, you can ignore it.

This is an automatically generated message. Please do not reply.

Wesertal Insurance Group""")

mail("CONFIDENTIAL", "en", "insurer-to-company",
     "fleet claims list with named drivers and plates in an XLSX for a freight company; no injuries",
     fr=frm("frerichs"), to="Lars Nyberg <l.nyberg@nordic-freight.example>",
     subject="Fleet loss run 2025 – Nordic Freight Solutions GmbH (KF-FL 0081)",
     date="2026-02-25 10:40",
     body="""Dear Mr Nyberg,

as requested for your renewal meeting, attached is the loss run for 2025 for your fleet policy KF-FL 0081 (42 vehicles).

11 claims in total, all property damage only; loss ratio 61 %. The two large claims (HB-NF 2210 and HB-NF 2234) are still open.

We'd suggest we discuss driver training for the two drivers with three claims each – details in the file.

Kind regards
Nadine Frerichs
Motor Claims""" + "\n\n" + FOOT_EN,
     atts=[att("LossRun_2025_KF-FL-0081.xlsx", xlsx([
         ["Claim no.", "Date", "Plate", "Driver", "Type", "Paid EUR", "Reserve EUR", "Status"],
         ["KF-25-10233", "2025-02-11", "HB-NF 2201", "Oleksandr Petrenko", "rear-end collision", 3120.50, 0, "closed"],
         ["KF-25-11087", "2025-03-29", "HB-NF 2219", "Jörg Wessels", "yard manoeuvring", 880.00, 0, "closed"],
         ["KF-25-12440", "2025-05-06", "HB-NF 2201", "Oleksandr Petrenko", "mirror damage", 410.20, 0, "closed"],
         ["KF-25-13901", "2025-06-18", "HB-NF 2210", "Mehmet Aksoy", "bridge strike", 18400.00, 6500, "open"],
         ["KF-25-14552", "2025-07-22", "HB-NF 2219", "Jörg Wessels", "loading ramp", 1290.00, 0, "closed"],
         ["KF-25-15013", "2025-08-03", "HB-NF 2227", "Sandra Kuhlmann", "windscreen", 640.00, 0, "closed"],
         ["KF-25-16208", "2025-09-15", "HB-NF 2201", "Oleksandr Petrenko", "side swipe", 2250.00, 0, "closed"],
         ["KF-25-17190", "2025-10-30", "HB-NF 2234", "Jörg Wessels", "collision at junction", 9800.00, 4200, "open"],
         ["KF-25-17512", "2025-11-12", "HB-NF 2240", "Tomasz Zieliński", "deer collision", 3350.00, 0, "closed"],
         ["KF-25-18003", "2025-12-01", "HB-NF 2213", "Mehmet Aksoy", "parking damage", 720.00, 0, "closed"],
         ["KF-25-18377", "2025-12-19", "HB-NF 2227", "Sandra Kuhlmann", "hail", 1980.00, 0, "closed"],
     ], sheet="Loss run 2025"))])

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "medical claims expert submits a case to the advisory physician: named insured, severe depression (F32.2), psychosomatic clinic",
     fr=frm("reuter"), to="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     subject="Vorlage BA: KH-26-0388 psychosomatische Klinik, Verlängerung",
     date="2026-02-26 08:58",
     body="""Hallo Katharina,

kurze Vorlage, die Klinik drängt:

Versicherte: Johanna Ratjen, 38 J., KV 4471 8812-0, Tarif KS 100 stationär
Klinik: Psychosomatische Fachklinik Teufelsmoor (gemischte Anstalt – Zusage liegt vor)
Aufnahme 19.01.2026, bisher zugesagt bis 01.03.
Diagnosen lt. Verlängerungsantrag: schwere depressive Episode ohne psychotische Symptome (F32.2), Anorexia nervosa in Remission (F50.00), Z. n. Suizidversuch 12/2025
Beantragt: Verlängerung um 4 Wochen, Begründung „noch keine ausreichende Stabilisierung, Belastungserprobung zu Hause gescheitert“.

Die Klinik hat den Zwischenbericht hochgeladen (Dokument 7 in LEO). Ich sehe die Notwendigkeit eher gegeben, möchte aber wegen der Dauer deine Einschätzung.

Danke dir
JP""")

mail("NORMAL", "de", "internal",
     "trap: works doctor's flu vaccination campaign for staff, general health words, no individual",
     fr=frm("sievers"), to="Alle Mitarbeitenden Bremen <alle-bremen@%s>" % DOM,
     subject="Grippeschutzimpfung – Nachholtermine im März",
     date="2026-02-26 12:00",
     body="""Liebe Kolleginnen und Kollegen,

wegen der großen Nachfrage bietet unser Betriebsarzt, Herr Dr. Koopmann, zwei zusätzliche Impftermine an:

- Dienstag, 10.03.2026, 9–12 Uhr
- Donnerstag, 12.03.2026, 13–16 Uhr
Ort: Gesundheitsraum EG, Raum 0.17

Geimpft wird mit dem aktuellen quadrivalenten Impfstoff. Bitte bringen Sie Ihren Impfpass mit. Wer Fieber hat oder akut krank ist, kommt bitte an einem anderen Termin.

Anmeldung über das Intranet (Personal > Gesundheit > Impfungen). Die Teilnahme ist freiwillig; der Betriebsarzt gibt keine Informationen an die Personalabteilung weiter.

Bleiben Sie gesund!
Greta Sievers
HR Services""")

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: pet health insurance; vet bill for the named customer's cat (hyperthyroidism) – animal health, customer identifiable",
     fr=frm("janssen"), to="Olivia Brandauer <olivia.brandauer@gmx-post.example>",
     subject="Your pet health claim TK-26-00412 – 'Mimi'",
     date="2026-02-27 10:30",
     body="""Dear Ms Brandauer,

thank you for the invoice from Tierarztpraxis am Markt for your cat Mimi (policy TK 0441 2207).

The vet diagnosed hyperthyroidism and started treatment with thiamazole. The blood tests (EUR 186.40) and the consultation (EUR 58.30) are covered at 80 %, i.e. EUR 195.76. The medication is covered as well; please send us the pharmacy receipt once you have it.

The planned radioiodine therapy would fall under the surgery and special treatment module, which is not part of your plan. Please speak to us before booking it; we can tell you whether an upgrade is possible.

Best wishes for Mimi!

Merle Janßen
Customer Service

""" + FOOT_EN)

mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-hospital",
     "cost estimate for a planned caesarean section of a named German expat in Dubai (gestational diabetes), bilingual",
     fr=frm("demirtas"), to="Patient Financial Services <pfs@gulfcare-hospitals.example>",
     cc="Samuel Okafor <s.okafor@%s>" % DOM,
     subject="Pre-authorisation request PA-26-0217 – Frau/Mrs Annika Strodthoff",
     date="2026-02-27 16:05",
     body="""Dear colleagues,

we received your pre-authorisation request for our member Mrs Annika Strodthoff (member ID IGH-6630-12-1, DOB 11.09.1990).

Planned: elective caesarean section at 39 weeks (estimated 18 March 2026), breech presentation, gestational diabetes on insulin (O24.4). Requested: delivery package AED 16,000 + 3 nights + neonatal check.

We approve as per our direct billing agreement. An extended stay or NICU admission must be notified within 24 h.

Die Versicherte hat uns gebeten, die Korrespondenz auch auf Deutsch an ihre Hebamme in Bremen zu senden – bitte keine medizinischen Unterlagen an Dritte ohne ihre schriftliche Einwilligung. / Please do not forward medical documents to third parties without her written consent.

Kind regards / Viele Grüße""" + sig("demirtas", FOOT_EN))

mail("NORMAL", "de", "insurer-to-partner",
     "trap: press release on expanding the insurance-medicine team (advisory physicians named in their role), no patients",
     fr=frm("presse"), to="Redaktion Versicherungsmarkt <redaktion@versicherungsmarkt-news.example>",
     subject="Pressemitteilung: Wesertal stärkt Leistungsmedizin – schnellere Entscheidungen für Kranken- und BU-Kunden",
     date="2026-03-02 09:00",
     body="""PRESSEMITTEILUNG

Wesertal stärkt Leistungsmedizin – schnellere Entscheidungen für Kranken- und BU-Kunden

Bremen, 2. März 2026. Die Wesertal Versicherungsgruppe baut ihren Bereich Leistungsmedizin aus. Zum 1. April verstärken zwei weitere Fachärzte (Psychiatrie und Kardiologie) das Team um Chefarzt Dr. med. Friedrich Oberländer und Dr. med. Katharina Vogelsang. Damit arbeiten künftig sechs Beratungsärztinnen und -ärzte, eine beratende Zahnärztin und vier medizinische Leistungsexperten für die Kranken-, Pflege-, Lebens- und Unfallversicherung.

„Gerade bei psychischen Erkrankungen, die inzwischen die häufigste Ursache für Berufsunfähigkeit sind, wollen wir schneller und fachlich fundierter entscheiden“, sagt Vorstand Birte Ostendorf. Die durchschnittliche Bearbeitungszeit von BU-Leistungsanträgen lag 2025 bei 94 Tagen; Ziel sind unter 70 Tage.

Zugleich hat Wesertal das Arztportal ausgebaut: Arztpraxen und Kliniken können Befundberichte direkt und verschlüsselt hochladen.

Über Wesertal: Die Wesertal Versicherungsgruppe mit Sitz in Bremen betreut rund 640.000 Kundinnen und Kunden.

Pressekontakt: Hendrik Rolfs, presse@wesertal-versicherung.example, Tel. 0421 5508-1001""")

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "death benefit of a life policy paid to the named beneficiary (life line), IBAN of beneficiary",
     fr=frm("janssen"), to="Monika Bredehorn <monika.bredehorn@t-net.example>",
     subject="Lebensversicherung LV 7720 3318 – Auszahlung der Todesfallleistung",
     date="2026-03-02 14:22",
     body="""Sehr geehrte Frau Bredehorn,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Werner Bredehorn, unser aufrichtiges Beileid aussprechen.

Die Prüfung der Leistung aus der Risikolebensversicherung LV 7720 3318 ist abgeschlossen. Als bezugsberechtigte Person erhalten Sie die vereinbarte Versicherungssumme von 120.000,00 EUR.

Die Überweisung erfolgt in den nächsten drei Bankarbeitstagen auf Ihr Konto
IBAN %s

Die Sterbeurkunde und den Erbschein haben wir zu unseren Unterlagen genommen. Für die Erbschaftsteuer melden wir die Auszahlung, wie gesetzlich vorgeschrieben, dem Finanzamt.

Mit freundlichen Grüßen
Merle Janßen
Kundenservice Leben

""" % grp(IB_BREDEHORN) + FOOT_DE)

mail("NORMAL", "en", "internal",
     "trap: IT maintenance notice for the medical document archive (medical reports) – no case data",
     fr=frm("servicedesk"), to="Claims all <claims-all@%s>" % DOM,
     subject="Planned maintenance: medical document archive (MEDARC) – Saturday 7 March",
     date="2026-03-03 16:30",
     body="""Dear colleagues,

on Saturday, 7 March 2026, 06:00–14:00, the medical document archive MEDARC (medical reports, discharge summaries, expert opinions, X-ray images) will be unavailable due to a storage migration.

Impact:
- LEO will show "document temporarily unavailable" for all documents of type ARZT, GUTA, KHEB and ROE.
- Uploads from the doctor portal and the hospital portal will be queued and processed after the maintenance.
- The advisory physicians' submission queue is not affected.

Nothing needs to be done on your side. Questions: servicedesk@wesertal-versicherung.example

IT Service Desk""")

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "theft of a named customer's car: VIN, plate, claim number, questions about keys",
     fr=frm("frerichs"), to="Dragan Petković <d.petkovic@posteingang.example>",
     subject="Diebstahl Ihres Fahrzeugs – Schaden KT-26-000094",
     date="2026-03-04 10:18",
     body="""Sehr geehrter Herr Petković,

es tut uns leid, dass Ihr Audi A6 Avant (Kennzeichen HB-DP 1907, FIN WAUZZZF29PN031188) in der Nacht zum 28.02. vor Ihrem Haus in der Waller Heerstraße gestohlen wurde.

Damit wir die Teilkasko-Leistung prüfen können, brauchen wir noch:
1. alle Originalschlüssel (laut Fahrzeugschein wurden 2 Schlüssel ausgeliefert) – bitte per Einschreiben
2. die Bescheinigung der Polizei über die Anzeige (Vorgangsnummer 2026/01 883)
3. den Kaufvertrag bzw. die Finanzierungsunterlagen

Nach einem Monat ohne Wiederauffinden zahlen wir den Wiederbeschaffungswert abzüglich Selbstbeteiligung von 150 EUR.

Mit freundlichen Grüßen""" + sig("frerichs"))

mail("NORMAL", "en", "internal",
     "trap: advisory physician's conference notes on post-COVID in disability insurance, literature figures only",
     fr=frm("oberlaender"), to="Beratungsärzte <beratungsaerzte@%s>" % DOM,
     cc="Svenja Lüders <s.lueders@%s>, Marcus Tjaden <m.tjaden@%s>" % (DOM, DOM),
     subject="Notes from the ICLAM session on post-COVID and disability claims",
     date="2026-03-04 17:40",
     body="""Dear all,

a few take-aways from the session on post-COVID condition (U09.9) at last week's insurance medicine conference:

1. Prevalence: studies quoted 3–6 % of infected adults with symptoms > 12 weeks; the share with relevant work incapacity after two years is far lower (below 1 % in most cohorts).
2. Assessment: fatigue scales (FSS, Chalder) and post-exertional malaise questionnaires are useful, but objective testing (two-day CPET) is still rare outside university clinics.
3. Recommendation from the speakers: avoid early final decisions; re-assess after 6–12 months; rehab before final assessment.
4. Several reinsurers reported that post-COVID claims make up 1–2 % of new disability claims, with a decreasing trend since 2024.

No case data was discussed; slides are on the team drive under /Kongresse/2026.

Regards
Fritz""")

# ---------------------------------------------------------------- 0076-0100

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "advisory dentist asks an orthodontist about a named child's treatment plan (KIG D4, crossbite); iso-8859-1",
     fr=frm("hallstein"), to="KFO-Praxis Dr. Onken <info@kfo-onken.example>",
     subject="Behandlungsplan KFO vom 03.02.2026 - Patient Leon Heitmann (geb. 14.08.2015)",
     date="2026-03-05 09:20", charset="iso-8859-1",
     body="""Sehr geehrte Frau Dr. Onken,

für Ihren Patienten Leon Heitmann (geb. 14.08.2015), mitversichert im Vertrag seiner Mutter (KV 4471 9904-3), liegt uns Ihr kieferorthopädischer Behandlungsplan über 16 Quartale mit einem Gesamtbetrag von 5.940,00 EUR vor.

Sie haben die Behandlungsbedürftigkeit mit KIG D4 (vergrößerte Frontzahnstufe 7 mm) und einem einseitigen Kreuzbiss regio 14-16 begründet. Zur Prüfung bitte ich um:

- Kopien der Modellanalyse bzw. des digitalen Scans,
- die Fernröntgenseitenbild-Auswertung,
- eine kurze Begründung für die zusätzlich geplanten Mini-Implantate (GOZ 9040 analog).

Der Tarif des Vaters leistet für KFO bis 80 %; eine Zusage erteilen wir nach Eingang der Unterlagen kurzfristig.

Mit freundlichen Grüßen""" + sig("hallstein"))

mail("NORMAL", "de", "internal",
     "trap: data-protection quiz for the medical team with fictitious cases and made-up diagnoses in a DOCX",
     fr=frm("kramer"), to="Beratungsärzte <beratungsaerzte@%s>" % DOM,
     cc="Corinna Stelljes <akademie@%s>" % DOM,
     subject="Jährliche Unterweisung Schweigepflicht – Quiz für die Leistungsmedizin",
     date="2026-03-05 13:12",
     body="""Liebe Kolleginnen und Kollegen,

die jährliche Unterweisung zu § 203 StGB und zur DSGVO steht an. Für die Leistungsmedizin haben wir ein eigenes Quiz mit typischen Situationen aus dem Alltag erstellt. Alle Namen und Fälle sind erfunden.

Bitte bis 31.03. ausfüllen und an mich zurück; die Auswertung erfolgt anonym.

Danke!
Ines Kramer-Lohse""",
     atts=[att("Quiz_Schweigepflicht_Leistungsmedizin_2026.docx", docx([
         "# Quiz: Schweigepflicht in der Leistungsmedizin (2026)",
         "Alle Personen und Fälle sind frei erfunden.",
         "1. Ein Makler ruft an und fragt, warum der Antrag seines Kunden 'Herr Beispiel' wegen einer Depression zurückgestellt wurde. Dürfen Sie ihm die Diagnose nennen?  [ ] ja  [ ] nein  [ ] nur mit Einwilligung des Kunden",
         "2. Eine Sachbearbeiterin bittet Sie per Teams um die 'ganze Akte' zu Frau Muster. Was tun Sie?",
         "3. Sie möchten einen Fall (Mammakarzinom, 44 Jahre) im Qualitätszirkel besprechen. Welche Angaben müssen Sie entfernen?",
         "4. Ein Arzt schickt einen Befundbericht per unverschlüsselter E-Mail. Wie reagieren Sie?",
         "5. Richtig oder falsch: Beratungsärzte eines Versicherers unterliegen der ärztlichen Schweigepflicht auch gegenüber der Sachbearbeitung.",
         ["Nr.", "Lösung (nicht vorab lesen!)"],
         ["1", "nur mit Einwilligung des Kunden"],
         ["2", "Vorlage über LEO anfordern, nur erforderliche Teile freigeben"],
         ["3", "Name, Vorgangsnummer, genaues Alter, Wohnort, Arbeitgeber"],
         ["4", "Bericht übernehmen, Praxis auf das Arztportal hinweisen"],
         ["5", "richtig, soweit nicht für die Leistungsentscheidung erforderlich"],
     ], title="Quiz Schweigepflicht", author="I. Kramer-Lohse"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "tenancy legal expenses: named customer, landlord dispute over service charges, amounts",
     fr=frm("meinking"), to="Yvonne Stührmann <y.stuehrmann@freemail.example>",
     subject="Ihre Rechtsschutzanfrage – Nebenkostenabrechnung 2024",
     date="2026-03-06 10:44",
     body="""Hallo Frau Stührmann,

vielen Dank für die Unterlagen. Kurz zum Stand:

Ihr Vermieter, die Grundstücksgesellschaft Findorff mbH, verlangt für 2024 eine Nachzahlung von 1.486,20 EUR. Sie halten die Umlage der Hausmeisterkosten und der Gartenpflege für falsch. Das ist ein typischer Fall für den Mietrechtsschutz, der in Ihrem Vertrag RS 3318 7702 enthalten ist.

Wir übernehmen die Kosten für eine Erstberatung und, falls nötig, die außergerichtliche Vertretung. Sie können sich einen Anwalt selbst aussuchen oder unseren Partneranwalt nutzen (Telefonberatung unter 0421 5508-2499).

Ihre Selbstbeteiligung beträgt 150 EUR.

Viele Grüße
Ralf Meinking""" + "\n\n" + FOOT_SHORT)

mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "medical claims expert's opinion on repatriation: named traveller after stroke, fitness to fly, air ambulance",
     fr=frm("demirtas"), to="Travel Assistance <assistance@%s>" % DOM,
     cc="Emily Carter-Hoffmann <e.carter@%s>" % DOM,
     subject="Repatriation TR-2026-05388 Hollmann – medical assessment",
     date="2026-03-06 19:12",
     body="""Emily, team,

I spoke with the treating neurologist at Hospital Atlántico in Las Palmas this afternoon.

Mr Dieter Hollmann (71), admitted 2 March with an ischaemic stroke of the left MCA territory (I63.4), thrombolysis given, residual right-sided hemiparesis and aphasia. Now stable, NIHSS 9, swallowing assessment pending, no oxygen requirement.

Assessment:
- Not fit for a commercial flight (cannot sit upright for > 1 h, needs help with toileting, aphasia).
- Repatriation medically indicated: early neurological rehab in Germany is the better option than staying another 3 weeks.
- Recommended: air ambulance with physician and nurse, bed-to-bed transfer, target Klinikum Nordstadt stroke unit / early rehab (bed confirmed for 9 March).

Please book with our usual provider for 9 March and inform his wife. Costs estimated EUR 24,000–28,000, covered under his policy (repatriation unlimited).

Aylin""" + sig("demirtas", None))

mail("NORMAL", "en", "insurer-to-supplier",
     "trap: framework contract terms with an independent medical examination provider (fees, turnaround, quality), no cases",
     fr=frm("gerdes"), to="Contracts MedAssess Partners <contracts@medassess-partners.example>",
     cc="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     subject="Framework agreement IME 2026–2028 – our comments on the draft",
     date="2026-03-09 11:00",
     body="""Dear Ms Kowalski,

thank you for the draft framework agreement for independent medical examinations. Together with our chief medical officer we have the following comments:

1. Fees: we accept the proposed flat fees (orthopaedics EUR 1,350; psychiatry EUR 1,750; neurology EUR 1,500), but additional tests (e.g. FCE, neuropsychological testing) must be approved by us in advance.
2. Turnaround: report within 30 days of the examination; we'd like a penalty clause of 5 % per week of delay.
3. Quality: every report must answer our questions verbatim, state all documents used and distinguish findings from the claimant's statements. We'll audit 10 reports per year.
4. Data protection: the agreement must include the confidentiality obligation under § 203 StGB for all examiners and your staff, and reports must be transmitted via our assessor portal only.

Please send a revised version by 20 March.

Kind regards
Petra Gerdes
Procurement""" + "\n\n" + FOOT_EN)

mail("CONFIDENTIAL", "en", "internal",
     "HR: salary certificate for a named employee's mortgage application (income figures)",
     fr=frm("sievers"), to="Tobias Renken <t.renken@%s>" % DOM,
     subject="Your salary certificate for the bank",
     date="2026-03-09 14:25",
     body="""Hi Tobias,

please find the information for your bank below; the signed original is in your internal mail tray.

Employee: Tobias Renken, employed since 01.04.2017, permanent contract, not in probation
Position: Senior Claims Handler, Motor
Gross monthly salary: EUR 4,872.00 (x 13)
Variable bonus 2025: EUR 3,150.00
No salary garnishments, no notice given by either party.

If the bank needs it in German as well, let me know.

Best
Greta""" + sig("sievers", None))

mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
     "inline forward of a hospital's reply about a named patient's prolonged stay (wound infection, revision), sent to the team lead",
     fr=frm("reuter"), to="Kai Poppe <k.poppe@%s>" % DOM,
     subject="WG: Ihre Rückfrage Rechnung 2025-114093 / Patient Gerd Sandmann",
     date="2026-03-10 08:30",
     body="""Kai, zur Info: die Begründung ist schlüssig, ich gebe die Restzahlung frei (6.412,30 EUR). Die Chefarztvereinbarung fehlt aber weiterhin, das habe ich nochmal angemahnt.

JP

---------- Weitergeleitete Nachricht ----------
Von: Medizincontrolling Klinikum Lesum-Nord <medco@klinikum-lesum.example>
Datum: 09.03.2026 15:47
An: Jan-Philipp Reuter <jp.reuter@wesertal-versicherung.example>
Betreff: AW: Rückfrage Rechnung 2025-114093 / Patient Gerd Sandmann

Sehr geehrter Herr Reuter,

bei Herrn Sandmann kam es nach Hüft-TEP-Wechsel am 3. postoperativen Tag zu einer tiefen Wundinfektion (T84.5), die am 08.12.2025 eine operative Revision mit Débridement und Inlaywechsel erforderte (OPS 5-821.2b). Anschließend i.v.-Antibiose mit Cefazolin und Rifampicin für 10 Tage nach Antibiogramm (Staphylococcus aureus, MSSA).

Die Nebendiagnose T84.5 war im ursprünglichen Datensatz versehentlich nicht übermittelt; korrigierter Datensatz folgt über den Datenaustausch. Die Überschreitung der oberen Grenzverweildauer ist damit medizinisch begründet.

Mit freundlichen Grüßen
Dr. med. Corinna Jelinek
Medizincontrolling""")

mail("NORMAL", "de", "insurer-to-customer",
     "grey: prospect asks generally what happens to health data; generic answer on consent and advisory physicians, no contract; trap",
     fr=frm("janssen"), to="Frederike Albers <frederike.albers@gmx-post.example>",
     subject="AW: Was passiert mit meinen Gesundheitsdaten bei einem BU-Antrag?",
     date="2026-03-10 12:40",
     body="""Liebe Frau Albers,

eine gute Frage, die uns oft gestellt wird. Ganz allgemein:

1. Ihre Antworten auf die Gesundheitsfragen sieht die Risikoprüfung, bei Bedarf auch unsere Beratungsärzte. Sie unterliegen der Schweigepflicht.
2. Arztberichte fordern wir nur an, wenn Sie uns dafür im Antrag oder später einzeln Ihre Einwilligung geben (Schweigepflichtentbindung). Sie können wählen, ob wir Sie vor jeder Anfrage fragen sollen.
3. Gesundheitsdaten schicken wir nie per normaler E-Mail, sondern nur per Post oder über unser verschlüsseltes Kundenpostfach.
4. Im Leistungsfall gilt dasselbe: Anfragen an Ärzte nur mit Ihrer Einwilligung bzw. nach § 213 VVG.

Die ausführlichen Informationen finden Sie unter https://www.wesertal-versicherung.example/datenschutz-gesundheitsdaten

Wenn Sie ein konkretes Angebot wünschen, melde ich mich gern telefonisch.

Herzliche Grüße
Merle Janßen
Kundenservice Leben

""" + FOOT_SHORT)

mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "motor offer for a sole-trader broker's named client with birth date, no-claims class and previous insurer",
     fr=frm("brinkmann"), to="Jens Ahlers <info@ahlers-finanz.example>",
     subject="Angebot Kfz – Ihr Kunde Erik Wendelken",
     date="2026-03-11 09:05",
     body="""Moin Herr Ahlers,

hier das Angebot für Ihren Kunden:

Versicherungsnehmer: Erik Wendelken, geb. 19.12.1988, Blumenthaler Str. 4, 28790 Schwanewede
Fahrzeug: Skoda Octavia Combi, Erstzulassung 2022, jährliche Fahrleistung 18.000 km
Vorversicherer: Hanse Direkt Versicherung (Wechsler), SF-Klasse Haftpflicht 12, Vollkasko 9 – bitte Vorversicherungsnachweis beifügen
Tarif: Kfz Komfort, VK 500/TK 150

Jahresbeitrag: 742,80 EUR (Haftpflicht 318,40 / Vollkasko 424,40)

Das Angebot gilt bis 31.03.2026.

Schöne Grüße""" + sig("brinkmann", FOOT_SHORT))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "daily sickness allowance: named customer, diagnosis on the incapacity certificates (burnout/exhaustion), payment; base64 body",
     fr=frm("brandes"), to="Sebastian Claussen <s.claussen@posteingang.example>",
     subject="Ihr Krankentagegeld – Vertrag KV 4471 3306-1",
     date="2026-03-11 11:48", cte="base64",
     body="""Sehr geehrter Herr Claussen,

vielen Dank für die Folgebescheinigung Ihrer Ärztin. Laut Bescheinigung sind Sie wegen einer Erschöpfungsreaktion mit Schlafstörungen (F48.0, Z73.0) weiterhin bis einschließlich 27.03.2026 arbeitsunfähig.

Wir zahlen das Krankentagegeld von 95,00 EUR täglich ab dem 43. Tag der Arbeitsunfähigkeit. Für den Zeitraum 16.02. bis 13.03.2026 (26 Tage) überweisen wir 2.470,00 EUR.

Da die Arbeitsunfähigkeit inzwischen länger als 8 Wochen dauert, bitten wir um einen kurzen Befundbericht Ihrer behandelnden Ärztin zum Verlauf und zur voraussichtlichen Dauer (Formular KT-4 liegt bei). Die Kosten für den Bericht übernehmen wir.

Gute Besserung!

Mit freundlichen Grüßen""" + sig("brandes"))

mail("NORMAL", "en", "internal",
     "trap: minutes of the claims department meeting with KPI figures and doctor-query backlog; no persons",
     fr=frm("poppe"), to="Leistung KV stationär <leistung-kv-stationaer@%s>" % DOM,
     cc="Samuel Okafor <s.okafor@%s>" % DOM,
     subject="Minutes – claims department meeting 10 March",
     date="2026-03-11 16:15",
     body="""Hi all,

short minutes (English this time, since the international team joined):

1. Backlog: 1,284 open inpatient cases (target < 1,000). 212 wait for hospital documents, 97 for an advisory opinion.
2. Doctor queries: average response time 19 days. Reminders will be sent automatically from April.
3. Advisory physicians: new capacity from 1 April (psychiatry, cardiology). Submissions should include a clear question – "please check" is not a question.
4. Direct billing abroad: Gulfcare contract renewed; rates for MRI and deliveries are in the provider database.
5. AOB: summer party 26 June.

Next meeting 14 April.

Kai""")

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "trip cancellation because of job loss (no health content): named customer, booking, refund amount",
     fr=frm("carter"), to="Nathan Oduya <nathan.oduya@mailbox-nord.example>",
     subject="Trip cancellation claim RV-26-01120 – unexpected redundancy",
     date="2026-03-12 10:02",
     body="""Dear Mr Oduya,

thank you for your claim. Your employer, Kessler Logistics GmbH, terminated your employment for operational reasons on 13 February; the termination letter confirms you had been employed there since 2019. This is an insured reason for cancellation under your policy RV 8820-3374.

Cancellation costs charged by the tour operator for the trip to Cape Town (booking ref. SUN-448120, 2 adults): EUR 2,380.00. Less the excess of 10 %, we reimburse EUR 2,142.00.

Please confirm the bank account to which we should make the payment, or upload the details in your customer portal.

Kind regards""" + sig("carter", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "advisory physician asks a UK psychiatrist about a named claimant's bipolar disorder and lithium treatment for a disability claim",
     fr=frm("oberlaender"), to="Dr Rupert Ainsworth <secretary@ainsworth-psychiatry.example>",
     subject="Your patient Ms Clara Feldhusen (DOB 26/01/1986) – disability claim BU-26-0077",
     date="2026-03-12 14:30",
     body="""Dear Dr Ainsworth,

Ms Clara Feldhusen, who holds a disability (income protection) policy with us, has claimed benefits since October 2025. She has signed the enclosed authority allowing you to release information to us.

According to her claim form she has been under your care since 2022 for bipolar affective disorder, currently a depressive episode (F31.4), treated with lithium and quetiapine, and was admitted to a psychiatric ward for three weeks in September 2025.

I would be grateful for a report covering:
1. the course of the illness since 2022, including hospital admissions;
2. current mental state and medication (including lithium levels);
3. your opinion on her ability to work as a senior translator (mainly desk work, deadlines, client contact) now and in six months.

We will pay your fee of up to GBP 250 on receipt of an invoice. Please reply by post or through the secure upload link our office will send you.

Yours sincerely""" + sig("oberlaender", FOOT_EN))

mail("NORMAL", "en", "newsletter",
     "trap: HTML-only customer newsletter on allergy season, check-ups and vaccinations; no person",
     fr=frm("newsletter"), to="Customer Newsletter <customer-news-en@%s>" % DOM,
     subject="Healthy into spring – your Wesertal health newsletter",
     date="2026-03-13 07:30",
     headers=[("List-Unsubscribe", "<https://news.wesertal-versicherung.example/unsubscribe?l=cust-en>"),
              ("Precedence", "bulk")],
     html_only=True,
     html=html_page("""<h1 style="color:#005a7a">Healthy into spring</h1>
<p>Dear customers,</p>
<h2>Hay fever season has started</h2>
<p>Birch and grass pollen affect about one in six adults. Antihistamines, nasal sprays and allergen immunotherapy (desensitisation) prescribed by your doctor are covered under our comprehensive health plans. Ask your doctor whether immunotherapy makes sense for you – it should start in autumn.</p>
<h2>Check-ups we pay for</h2>
""" + html_table([["Check-up", "From age", "How often"],
                  ["Skin cancer screening", "18", "every 2 years"],
                  ["Health check-up (blood test, ECG)", "35", "every 3 years"],
                  ["Colonoscopy", "50", "every 10 years"],
                  ["Dental check-up and cleaning", "any", "twice a year"]]) + """
<h2>Travelling soon?</h2>
<p>Check your vaccinations (tetanus, diphtheria, hepatitis A) at least four weeks before departure. Travel vaccinations are reimbursed under the Comfort and Premium plans.</p>
<p style="font-size:8pt;color:#666">Wesertal Insurance Group, Weserufer 40, 28199 Bremen. <a href="https://news.wesertal-versicherung.example/unsubscribe?l=cust-en">Unsubscribe</a></p>""",
                    "Wesertal health newsletter"))

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "premium arrears reminder for a household policy (§ 38 VVG): named customer, amount, payment IBAN; windows-1252 8bit",
     fr=frm("hasselmann"), to="Marcel Dreyer <marcel.dreyer@t-net.example>",
     subject="Zahlungserinnerung - Hausratversicherung HR 5510 2290",
     date="2026-03-13 09:00", charset="windows-1252", cte="8bit",
     body="""Sehr geehrter Herr Dreyer,

leider konnten wir den Folgebeitrag für Ihre Hausratversicherung HR 5510 2290 in Höhe von 168,40 EUR nicht einziehen; Ihre Bank hat die Lastschrift am 03.03.2026 mangels Deckung zurückgegeben (Rücklastschriftgebühr 3,50 EUR).

Bitte überweisen Sie den Gesamtbetrag von 171,90 EUR innerhalb von zwei Wochen auf unser Konto
IBAN %s, Verwendungszweck HR 5510 2290.

Wenn der Betrag nicht fristgerecht eingeht, sind wir nach § 38 VVG leistungsfrei und können den Vertrag kündigen. Haben Sie Fragen oder brauchen Sie eine Ratenzahlung? Rufen Sie uns gern an.

Mit freundlichen Grüßen
Beitragsservice Sach""" % grp(IB_WESERTAL) + "\n\n" + FOOT_DE)

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "disability follow-up review: named customer with multiple sclerosis (G35.1), request for current reports",
     fr=frm("lueders"), to="Tanja Rohlfs <tanja.rohlfs@freemail.example>",
     subject="Nachprüfung Ihrer Berufsunfähigkeitsrente – LV 7730 5521",
     date="2026-03-16 10:30",
     body="""Sehr geehrte Frau Rohlfs,

seit Januar 2023 erhalten Sie aus Ihrer Berufsunfähigkeitsversicherung eine monatliche Rente. Grundlage war die damals festgestellte schubförmig remittierende Multiple Sklerose (G35.1) mit deutlichen Einschränkungen bei Ihrer Tätigkeit als Erzieherin.

Wie in den Versicherungsbedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen weiterhin vorliegen. Bitte senden Sie uns dafür bis zum 30.04.2026:

1. den ausgefüllten Fragebogen zur Nachprüfung (liegt bei),
2. den letzten Bericht Ihres Neurologen, insbesondere zum EDSS-Wert und zur aktuellen Therapie,
3. falls vorhanden, den letzten MRT-Befund.

Ihre Rente zahlen wir während der Prüfung selbstverständlich weiter. Wenn Ihnen das Zusammenstellen der Unterlagen schwerfällt, können wir die Berichte mit Ihrer Einwilligung auch direkt beim Arzt anfordern.

Mit freundlichen Grüßen""" + sig("lueders"))

mail("NORMAL", "de", "insurer-to-doctor",
     "trap: invitation for GPs to a CME evening on insurance medicine with calendar file; no patient",
     fr=frm("vogelsang"), to="Hausärzteverband Bremen <geschaeftsstelle@hausaerzte-bremen.example>",
     subject="Einladung CME-Abend „Versicherungsmedizin für Hausärztinnen und Hausärzte“ am 22.04.",
     date="2026-03-16 15:20",
     body="""Sehr geehrte Damen und Herren,

wir möchten Ihre Mitglieder herzlich zu einem Fortbildungsabend einladen:

„Befundbericht, Attest, Gutachten – was Versicherer wirklich wissen müssen“
Mittwoch, 22.04.2026, 18:30–21:00 Uhr, Wesertal Forum, Weserufer 40, Bremen
3 CME-Punkte sind bei der Ärztekammer beantragt.

Themen:
- Was ist eine gute Antwort auf eine Arztanfrage? (Dr. Vogelsang)
- Berufsunfähigkeit versus Arbeitsunfähigkeit (Dr. Oberländer)
- Schweigepflicht und § 213 VVG – was dürfen Sie herausgeben? (Dr. Kramer-Lohse)

Die Teilnahme ist kostenfrei; für einen Imbiss ist gesorgt. Eine Kalenderdatei liegt bei, die Sie gern an Ihre Mitglieder weitergeben können.

Mit freundlichen Grüßen""" + sig("vogelsang"),
     atts=[att("CME_Versicherungsmedizin_2026-04-22.ics", ics("cme-20260422", "20260422T183000", "20260422T210000",
           "CME-Abend Versicherungsmedizin für Hausärzte",
           "Fortbildung der Wesertal Leistungsmedizin. 3 CME-Punkte beantragt. Anmeldung: akademie@wesertal-versicherung.example",
           "Wesertal Forum, Weserufer 40, 28199 Bremen", S["vogelsang"][0], method="PUBLISH"))])

mail("CONFIDENTIAL", "de", "insurer-to-assessor",
     "order to a loss adjuster for a pipe-water claim: named customer, address, phone number, claim number",
     fr=frm("hasselmann"), to="Sachverständigenbüro Hinrichs <auftrag@sv-hinrichs.example>",
     subject="Auftrag Besichtigung LW-26-000517 – Leitungswasser, Fam. Grotheer",
     date="2026-03-17 08:44",
     body="""Hallo Herr Hinrichs,

bitte übernehmen Sie die Besichtigung:

Schaden: LW-26-000517, Leitungswasser (Bruch Zuleitung Fußbodenheizung)
VN: Heike und Arne Grotheer, Im Hohen Felde 21, 28865 Lilienthal, Tel. 04298 555 2187
Vertrag: Wohngebäude WG 1120 4417, Baujahr 2011
Schadenhöhe lt. Meldung: ca. 18.000 EUR (Estrich, Parkett EG)

Bitte klären Sie insbesondere, ob die Leitung vorher schon undicht war (Verdacht auf Dauerschaden, Feuchtigkeitsflecken laut Fotos älter). Die Familie ist vormittags erreichbar.

Danke und Gruß
Björn Hasselmann""" + "\n\n" + FOOT_DE)

mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "body neutral; the advisory opinion in the PDF names a member with breast cancer (C50.4) and an off-label drug request",
     fr=frm("vogelsang"), to="Samuel Okafor <s.okafor@%s>" % DOM,
     subject="Advisory opinion IH-26-00355 (off-label request)",
     date="2026-03-17 13:06",
     body="""Samuel,

opinion attached. In short: I recommend approval for the first three cycles, then review. Please don't paste the PDF text into the letter to the member – the summary on page 1 is enough.

Katharina""",
     atts=[att("Advisory_opinion_IH-26-00355.pdf", pdf([
         "# Advisory medical opinion – IH-26-00355",
         "Member: Dr. Eleanor Fitzgerald, born 02.03.1977, member ID IGH-7710-05, employer Northsea Drilling Services",
         "Request: coverage of trastuzumab deruxtecan (off-label, 2nd line) – estimated EUR 9,800 per cycle",
         "",
         "# Findings",
         "Invasive ductal carcinoma left breast, upper outer quadrant (C50.4), HER2-low, ER+, diagnosed 04/2024;",
         "mastectomy and adjuvant therapy 2024; hepatic and bone metastases 12/2025; progression under first-line endocrine therapy + CDK4/6 inhibitor.",
         "",
         "# Assessment",
         "Tumour board recommendation of 20.02.2026 is in line with international guidelines (ESMO 2025) for HER2-low metastatic disease.",
         "Although off-label in the country of treatment, there is robust phase-III evidence (overall survival benefit). No equally effective alternative.",
         "",
         "# Recommendation",
         "Approve cycles 1–3; restaging CT after cycle 3 required before further approval. Monitor for interstitial lung disease.",
         "Dr. med. K. Vogelsang, 17.03.2026",
     ], title="Advisory opinion IH-26-00355"))])

mail("NORMAL", "en", "internal",
     "trap: farewell invitation for a retiring advisory physician; names and years of service, no health data",
     fr=frm("poppe"), to="Claims all <claims-all@%s>" % DOM,
     subject="Farewell for Dr. Henning Albers – 27 March, 15:00",
     date="2026-03-18 09:40",
     body="""Dear colleagues,

after 22 years as advisory physician at Wesertal, Dr. Henning Albers is retiring at the end of March. Many of you have worked with him on thousands of hospital and disability files – and have learned a lot from his famous handwritten comments.

We'd like to say goodbye with coffee and cake:
Friday, 27 March, 15:00, canteen (2nd floor)

If you'd like to contribute to a present (a sailing trip on the Weser, he's a keen sailor), please put something in the envelope at the team assistant's desk by 25 March.

Kai""")

mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "yacht insurance quote for a broker's named client with birth date, boat value and mooring",
     fr=frm("oltmanns"), to="Oliver Pike <o.pike@northbridge-brokers.example>",
     subject="Yacht quote – your client Mr Callum Rees",
     date="2026-03-18 15:55",
     body="""Hi Oliver,

here's our quote for your client:

Policyholder: Callum Rees, born 04 July 1971, residing in Cuxhaven
Vessel: Hallberg-Rassy 40, built 2015, hull no. SE-HRB40112B515
Agreed value: EUR 365,000
Mooring: Marina Cuxhaven (winter storage ashore)
Cruising area: North Sea and Baltic, Channel
Hull, machinery and third-party liability (EUR 10m); deductible EUR 1,000

Annual premium: EUR 2,480.00 incl. insurance tax.

Please note that we need the survey report (not older than 3 years) before binding.

Best regards""" + sig("oltmanns", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident insurance: hospital daily allowance and recovery money for a named child with a humerus fracture (S42.2), to the mother",
     fr=frm("kettler"), to="Svetlana Kempe <s.kempe@mailbox-nord.example>",
     subject="Unfall Ihrer Tochter Lina am 21.02.2026 – UV 5520 9930",
     date="2026-03-19 10:10",
     body="""Liebe Frau Kempe,

wir hoffen, Lina geht es inzwischen besser!

Nach dem Entlassungsbericht der Kinderklinik hat Lina sich beim Sturz vom Klettergerüst einen Oberarmbruch links (subkapitale Humerusfraktur, S42.2) zugezogen, der am 21.02. mit Drähten versorgt wurde. Sie war vom 21. bis 24.02. stationär.

Aus der Kinder-Unfallversicherung zahlen wir:
- Krankenhaustagegeld: 4 Tage x 30,00 EUR = 120,00 EUR
- Genesungsgeld: 4 Tage x 30,00 EUR = 120,00 EUR
- Kosmetische Operationen, Bergungskosten: entfällt

Den Betrag überweisen wir auf Ihr Konto. Ob eine Invaliditätsleistung in Betracht kommt, lässt sich erst nach Abschluss der Heilbehandlung beurteilen; bei Kindern heilen solche Brüche meist folgenlos aus. Wir melden uns in einem Jahr bei Ihnen.

Viele Grüße""" + sig("kettler"))

mail("NORMAL", "de", "insurer-to-supplier",
     "trap: conditions for a medical translation service (NDA, § 203 StGB clause, line rates); no documents attached",
     fr=frm("gerdes"), to="Lingua Medica Übersetzungen <angebote@lingua-medica.example>",
     subject="Rahmenvereinbarung Fachübersetzungen Medizin – Angebotsanfrage",
     date="2026-03-19 14:12",
     body="""Sehr geehrte Frau Nowak,

für unsere internationalen Kranken- und Reiseversicherungsfälle suchen wir einen Dienstleister für Fachübersetzungen medizinischer Unterlagen (Entlassungsberichte, OP-Berichte, Arztrechnungen, Gutachten) aus dem Englischen, Spanischen, Türkischen, Polnischen und Arabischen ins Deutsche.

Bitte schicken Sie uns ein Angebot mit:
- Zeilenpreis je Sprachrichtung, Eilzuschlag (24 h)
- Nachweis der medizinischen Fachkompetenz der Übersetzerinnen
- Verpflichtung aller Mitwirkenden nach § 203 Abs. 4 StGB und Auftragsverarbeitungsvertrag nach Art. 28 DSGVO
- Übermittlung ausschließlich über unser Dienstleisterportal, keine E-Mail
- Löschung der Unterlagen spätestens 30 Tage nach Lieferung

Geschätztes Volumen: 1.200 Normzeilen pro Monat. Angebotsfrist: 10.04.2026.

Mit freundlichen Grüßen""" + sig("gerdes"))

mail("CONFIDENTIAL", "mixed", "internal",
     "HR: expatriate assignment of a named employee with salary, housing allowance and tax details, German/English",
     fr=frm("sievers"), to="Global Mobility <global-mobility@%s>" % DOM,
     cc="Samuel Okafor <s.okafor@%s>" % DOM,
     subject="Entsendung Dubai – Niklas Hoppe / assignment letter draft",
     date="2026-03-20 11:35",
     body="""Hi both,

kurz die Eckdaten für das Assignment Letter, please check before I send it to Niklas:

Mitarbeiter: Niklas Hoppe, PNr. 11236, Underwriter International Group Health
Assignment: Dubai branch office, 01.06.2026 – 31.05.2028
Home salary: EUR 71,400 p.a. (remains in German payroll, shadow payroll in UAE)
Housing allowance: AED 12,000 per month, school fees for one child up to AED 55,000 p.a.
Home leave: 1 flight per year economy for the family
Tax: German unlimited tax liability ends on departure; Steuer-ID 81 336 402 157 for the deregistration certificate.

Thanks
Greta""" + sig("sievers", None))

mail("NORMAL", "de", "internal",
     "trap: coders' note on ICD-10-GM 2026 changes (new codes, examples), general; no persons",
     fr=frm("reuter"), to="Leistung KV stationär <leistung-kv-stationaer@%s>" % DOM,
     subject="ICD-10-GM 2026 – die wichtigsten Änderungen für die Rechnungsprüfung",
     date="2026-03-20 15:30",
     body="""Hallo zusammen,

mit etwas Verspätung meine Zusammenfassung der ICD-10-GM-Änderungen 2026, soweit sie für uns relevant sind:

- Neue Schlüsselnummern im Bereich Long/Post-COVID (U09.9 bleibt, neue Zusatzkennzeichen für Verlaufsformen).
- Differenziertere Kodierung der Adipositas (E66.-) nach BMI-Klassen – hilft uns bei der Prüfung bariatrischer Eingriffe.
- Änderungen bei den Demenzen (F00–F03) mit neuer Schweregradangabe.
- Geschlechtsinkongruenz wird weiterhin außerhalb des Kapitels F kodiert; bitte keine alten Codes mehr akzeptieren.

Achtung: Kliniken kodieren im ersten Quartal oft noch nach altem Katalog. Abweichungen sind kein Grund für eine Ablehnung, sondern für eine Rückfrage.

Die Übersicht hängt auch in der Wissensdatenbank.

JP""")

# ---------------------------------------------------------------- 0101-0125

_fwd101 = inner_mail("Praxis Dr. Hagedorn <praxis@orthopaedie-hagedorn.example>",
                     "Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
                     "AW: Anfrage Befundbericht – Ihre Patientin Renate Osterkamp", "2026-03-20 18:02",
                     """Sehr geehrte Frau Kollegin Vogelsang,

zu Ihren Fragen betreffend Frau Osterkamp:

1. Gonarthrose rechts seit 2019 bekannt, Röntgen 01/2026: Kellgren-Lawrence Grad IV, medial betont, aufgehobener Gelenkspalt.
2. Konservativ seit 2019: Physiotherapie (ca. 60 Einheiten), 3 Serien Hyaluronsäure, 4 Kortisoninfiltrationen, Ibuprofen 600 mg bei Bedarf, zuletzt Metamizol. Keine ausreichende Besserung.
3. Diabetes mellitus Typ 2, mit Metformin gut eingestellt (HbA1c 6,8 %). Narkosefähigkeit aus internistischer Sicht gegeben.
4. Gehstrecke ca. 300 m, Schmerzen NRS 7-8 unter Belastung, nächtliche Ruheschmerzen.

Die Indikation zur Knie-TEP ist aus meiner Sicht eindeutig gegeben.

Mit kollegialen Grüßen
Dr. med. Ulrich Hagedorn
Facharzt für Orthopädie und Unfallchirurgie
Praxis Dr. Hagedorn, Vegesacker Heerstraße 112, 28757 Bremen""")

mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
     "body only gives a case number and a recommendation; the orthopaedist's full answer on a named patient (grade IV gonarthrosis, diabetes) is an attached message/rfc822",
     fr=frm("vogelsang"), to="Oliver Brandes <o.brandes@%s>" % DOM,
     subject="WG: Antwort Praxis zu Vorgang 26-0044-KH",
     date="2026-03-23 08:15",
     body="""Hallo Herr Brandes,

die Antwort der Praxis zu Vorgang 26-0044-KH hängt an. Aus meiner Sicht kann die Kostenzusage raus; die Voraussetzungen sind erfüllt. Bitte die AHB gleich mit anstoßen.

Gruß
K. Vogelsang""",
     atts=[att_eml(_fwd101, "AW Anfrage Befundbericht.eml")])

mail("NORMAL", "de", "internal",
     "trap: HTML report attachment benchmarking physicians' fee multipliers by specialty; aggregated",
     fr=frm("feldkamp"), to="Dr. med. Katharina Vogelsang <k.vogelsang@%s>" % DOM,
     cc="Kai Poppe <k.poppe@%s>" % DOM,
     subject="Benchmark Steigerungsfaktoren GOÄ 2025 – Bericht",
     date="2026-03-23 11:50",
     body="""Hallo Frau Vogelsang,

anbei der Bericht aus dem BI-Tool als HTML (lässt sich im Browser öffnen). Basis: alle ambulanten Arztrechnungen 2025, n = 418.220 Rechnungen. Keine Versichertendaten, nur Fachgruppe und Faktor.

Auffällig ist vor allem der Anstieg der Rechnungen mit Faktor über 3,5 (Honorarvereinbarung) bei der Psychiatrie und der Dermatologie.

Gruß
Lars Feldkamp""",
     atts=[att("GOAE_Steigerungsfaktoren_2025.html", html_page(
         "<h2>Benchmark Steigerungsfaktoren GOÄ 2025</h2>\n<p>Quelle: Leistungsdaten KV ambulant, aggregiert nach Fachgruppe.</p>\n" +
         html_table([
             ["Fachgruppe", "Rechnungen", "Ø Faktor pers. Leistungen", "Anteil > 2,3", "Anteil > 3,5"],
             ["Allgemeinmedizin", "121.400", "2,31", "6,2 %", "0,4 %"],
             ["Innere Medizin", "64.880", "2,36", "11,8 %", "0,9 %"],
             ["Orthopädie", "58.310", "2,42", "17,5 %", "1,6 %"],
             ["Dermatologie", "33.090", "2,51", "22,1 %", "3,8 %"],
             ["Psychiatrie/Psychotherapie", "19.760", "2,58", "24,3 %", "5,2 %"],
             ["Radiologie", "41.020", "1,81", "4,0 %", "0,2 %"],
             ["Labor", "79.760", "1,15", "0,5 %", "0,0 %"],
         ]) + "\n<p>Erstellt am 20.03.2026, BI-Report KV-AMB-17.</p>", "Benchmark GOÄ").encode("utf-8"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "e-bike theft: named customer, frame number, purchase price, claim number",
     fr=frm("hasselmann"), to="Jonas Bruns <jonas.bruns@gmx-post.example>",
     subject="E-Bike-Diebstahl – FR-26-000233",
     date="2026-03-23 14:37",
     body="""Hallo Herr Bruns,

danke für Ihre Meldung. Ihr E-Bike (Riese & Müller Charger4, Rahmennummer WAW2210457TK, Kaufpreis 5.299 EUR im April 2024) ist über die Fahrradklausel Ihrer Hausratversicherung HR 5510 6671 bis 6.000 EUR versichert.

Wichtig: Das Rad war laut Ihrer Schilderung mit einem Bügelschloss an einem Fahrradständer am Bahnhof Vegesack angeschlossen – perfekt, das ist Voraussetzung. Bitte schicken Sie uns noch:
- die Kaufrechnung,
- beide Schlüssel des Akkuschlosses,
- die Bestätigung der Polizeianzeige.

Wir ersetzen den Neuwert eines gleichwertigen Rads abzüglich Ihrer Selbstbeteiligung von 100 EUR.

Viele Grüße
Björn Hasselmann""" + "\n\n" + FOOT_SHORT)

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health reimbursement for a named customer treated for dengue fever (A97.0) in Thailand",
     fr=frm("carter"), to="Rebecca Mahlstedt <rebecca.mahlstedt@freemail.example>",
     subject="Your travel health claim TR-2026-05921 – Koh Samui",
     date="2026-03-24 09:22",
     body="""Dear Ms Mahlstedt,

we're glad to hear you're back home and feeling better.

We have reviewed the invoices from Samui Coastal Hospital for your treatment from 2 to 6 March 2026. The discharge report confirms dengue fever without warning signs (A97.0), with daily blood counts because of the low platelet count, IV fluids and paracetamol.

We reimburse in full:
- inpatient stay, 4 nights: THB 86,400
- laboratory and doctors' fees: THB 23,150
- pharmacy: THB 1,940
Total THB 111,490 = EUR 2,934.15 (exchange rate of the invoice date).

The payment will reach the account you gave us in your claim within the next few days. Your annual travel policy continues unchanged.

Kind regards""" + sig("carter", FOOT_EN))

mail("NORMAL", "en", "insurer-to-partner",
     "trap: comments to an industry working group on a code of conduct for insurers' medical advisers; general",
     fr=frm("oberlaender"), to="Working Group Insurance Medicine <wg-medicine@insurers-association.example>",
     subject="Draft code of conduct for medical advisers – Wesertal comments",
     date="2026-03-24 16:10",
     body="""Dear colleagues,

thank you for the draft "Code of conduct for medical advisers in private insurance". Our comments on behalf of Wesertal's medical department:

Section 2 (Independence): we fully support that advisory physicians must not receive bonuses linked to claim rejections. We'd suggest adding that their opinions must not be altered by claims staff, only supplemented.

Section 4 (Contact with treating doctors): the draft allows "telephone enquiries where necessary". We recommend requiring a written note of every call in the file, including what was asked.

Section 5 (Use of guidelines): referring to AWMF/NICE guidelines is good practice, but the code should state clearly that a guideline is not a reason to reject a claim on its own – individual circumstances prevail.

Section 7 (Statistics): publishing aggregated outcome statistics per adviser internally is useful for quality; we'd keep it internal.

Best regards""" + sig("oberlaender", FOOT_EN))

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "business interruption claim of a sole-trader café owner after a kitchen fire: revenue and income figures",
     fr=frm("oltmanns"), to="Siobhán Kerrigan <siobhan@kerrigans-cafe.example>",
     subject="Business interruption claim BU-S-26-0014 – Kerrigan's Café",
     date="2026-03-25 10:00",
     body="""Dear Ms Kerrigan,

I hope the reopening is going well. To calculate the business interruption loss for the closure from 9 to 27 February, our accountant needs a little more:

- your monthly turnover for February 2023, 2024 and 2025 (you mentioned about EUR 21,000 in a normal February)
- your 2025 income tax assessment, showing the profit of EUR 46,300 from your self-employment
- payroll for your two part-time staff during the closure

Your policy (Gewerbe-Inhalt GI 7720 0188, Ostertorsteinweg 61, Bremen) covers the loss of gross profit and continuing costs for up to 12 months.

We have already paid EUR 8,400 for the kitchen equipment.

Kind regards
Dirk Oltmanns
Commercial Property

""" + FOOT_EN)

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "withdrawal from a disability policy for breach of disclosure duty: undisclosed back treatment and depression of a named customer",
     fr=frm("lueders"), to="Michael Gerdes-Ohlrogge <m.ohlrogge@posteingang.example>",
     subject="Ihre Berufsunfähigkeitsversicherung LV 7741 8830 – Rücktritt",
     date="2026-03-25 13:40",
     body="""Sehr geehrter Herr Gerdes-Ohlrogge,

im Rahmen der Prüfung Ihres Leistungsantrags haben wir mit Ihrer Einwilligung Auskünfte Ihrer Hausärztin und Ihrer Krankenkasse eingeholt.

Danach wurden Sie in den fünf Jahren vor Antragstellung (März 2022) mehrfach wegen Rückenbeschwerden behandelt (u. a. 14 Physiotherapie-Verordnungen wegen Lumboischialgie, zwei Arbeitsunfähigkeitszeiten von insgesamt 9 Wochen) und erhielten 2020/2021 eine ambulante Psychotherapie wegen einer mittelgradigen depressiven Episode. Die entsprechenden Gesundheitsfragen 3 und 7 im Antrag haben Sie mit „nein“ beantwortet.

Nach Einschätzung unseres Beratungsarztes und unserer Risikoprüfung hätten wir den Vertrag bei Kenntnis dieser Umstände nicht abgeschlossen. Wir treten daher nach § 19 Abs. 2 VVG vom Vertrag zurück. Leistungen aus dem Vertrag können wir nicht erbringen.

Der Rückkaufswert von 1.214,60 EUR wird Ihnen überwiesen. Sie können innerhalb von sechs Monaten Einwände erheben; gern erläutern wir Ihnen die Entscheidung auch telefonisch.

Mit freundlichen Grüßen""" + sig("lueders"))

mail("NORMAL", "de", "internal",
     "trap: onboarding plan for two new advisory physicians (systems, contacts, training) as ODT; no cases",
     fr=frm("oberlaender"), to="Kai Poppe <k.poppe@%s>" % DOM,
     cc="Greta Sievers <g.sievers@%s>, IT Service Desk <servicedesk@%s>" % (DOM, DOM),
     subject="Einarbeitungsplan neue Beratungsärzte ab 01.04.",
     date="2026-03-26 09:00",
     body="""Hallo zusammen,

anbei der Einarbeitungsplan für Frau Dr. Özdemir (Psychiatrie) und Herrn Dr. Lammert (Kardiologie). Bitte tragt euch bei den Terminen ein, wo ihr gebraucht werdet. IT: die LEO-Rolle „BA-Vollzugriff Vorlagen“ und MEDARC-Zugang bitte zum 01.04. bereitstellen.

Fritz""",
     atts=[att("Einarbeitung_Beratungsaerzte_2026-04.odt", odt([
         "# Einarbeitungsplan Beratungsärzte (April 2026)",
         "Woche 1: Begrüßung, Datenschutz- und Schweigepflichtunterweisung (Dr. Kramer-Lohse), IT-Einweisung LEO/MEDARC, Rundgang Leistungsabteilungen.",
         "Woche 2: Hospitation Leistung KV stationär (Herr Reuter), Hospitation BU-Leistung (Frau Lüders), Leitfaden Arztanfragen.",
         "Woche 3: erste eigene Vorlagen mit Zweitsicht durch Dr. Vogelsang bzw. Dr. Oberländer.",
         "Woche 4: Qualitätszirkel, Vorstellung Statistik und Laufzeitziele, Feedbackgespräch.",
         "Ansprechpartner: Fachlich Dr. Oberländer, organisatorisch Kai Poppe, Personal Greta Sievers.",
     ]))])

mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
     "motor liability: letter to the opposing lawyer about a named claimant's vehicle damage; no personal injury",
     fr=frm("frerichs"), to="Rechtsanwälte Mertens & Tiarks <kanzlei@mertens-tiarks.example>",
     subject="Ihr Az. 112/26 MT – Ihre Mandantin Gesa Lührs ./. unser VN – Schaden KH-2026-021104",
     date="2026-03-26 11:25",
     body="""Sehr geehrte Frau Rechtsanwältin Tiarks,

in der Unfallsache Ihrer Mandantin, Frau Gesa Lührs (Fahrzeug HB-GL 303), vom 07.02.2026 in der Hamburger Straße erkennen wir die volle Haftung unseres Versicherungsnehmers an.

Wir regulieren wie folgt:
- Reparaturkosten lt. Gutachten: 4.712,88 EUR netto
- Gutachterkosten: 812,40 EUR
- Nutzungsausfall 9 Tage x 59 EUR: 531,00 EUR
- Kostenpauschale: 25,00 EUR
- Ihre Gebühren (1,3 Geschäftsgebühr aus 6.081,28 EUR) zzgl. Auslagen und USt.

Personenschäden wurden nicht geltend gemacht. Die Zahlung erfolgt auf Ihr Anderkonto.

Mit freundlichen Grüßen""" + sig("frerichs"))

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "health data only in the '>' quoted advisory opinion: named music teacher with sudden hearing loss and tinnitus, BU degree",
     fr=frm("lueders"), to="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     subject="Re: BU-26-0102 Stellungnahme",
     date="2026-03-26 15:05",
     body="""Danke, dann fordere ich das HNO-Gutachten an und informiere die Kundin, dass es noch etwas dauert.

Svenja

Am 26.03.2026 um 14:20 schrieb Dr. med. Friedrich Oberländer:
> Frau Lüders,
>
> zu BU-26-0102 (Frau Anja Wellbrock, Musiklehrerin an einer Gesamtschule, 49 J.):
>
> Hörsturz rechts 11/2025 (H91.2) mit verbleibendem Hörverlust von ca. 45 dB im
> Hochtonbereich, dekompensierter Tinnitus (H93.1) Schweregrad III nach Goebel/Hiller,
> begleitende Schlafstörung. Hörgeräteversorgung seit 01/2026.
>
> Für den Musikunterricht (Instrumentalunterricht, Chor, Lärmbelastung im Klassenraum)
> ist eine erhebliche Einschränkung plausibel; ob sie 50 % erreicht, kann ich aus den
> Unterlagen nicht sicher beurteilen. Empfehlung: HNO-Gutachten mit Tonaudiogramm,
> Sprachaudiogramm und Tinnitus-Fragebogen; Frage nach Besserung unter Hörgerät und
> Tinnitus-Retraining.
>
> Gruß
> F. Oberländer""")

mail("NORMAL", "en", "insurer-to-customer",
     "grey: general answer to a prospect about pre-existing conditions in travel insurance; no personal or contract data; trap",
     fr=frm("carter"), to="Daniel Okonjo <daniel.okonjo@mailbox-nord.example>",
     subject="RE: Does travel insurance cover pre-existing conditions?",
     date="2026-03-27 10:44",
     body="""Dear Mr Okonjo,

thanks for your question. In general terms:

- Our travel health insurance covers acute illness and injury abroad. A known chronic condition (for example asthma, diabetes or a heart condition) is covered if it worsens unexpectedly during the trip.
- Not covered is treatment that was the purpose of the trip or that you knew would be necessary before departure.
- Regular medication you take at home is not reimbursed abroad; please take enough with you.
- For cancellation cover, a pre-existing illness is covered if it unexpectedly gets worse after booking.

You don't need to answer health questions to buy our annual travel policy. If you'd like advice about a specific situation, please call our team – we won't need to store anything unless you apply.

Kind regards""" + sig("carter", FOOT_EN))

_zip112 = zip_bytes([
    ("refund_batch_2026-03-27/refunds.csv", csv_bytes([
        ["claim_no", "payee", "iban", "amount_eur", "line", "reference"],
        ["HR-26-000519", "Schrader, Ilka", IB_SCHRADER, "5358.80", "household", "burglary 10.01.2026"],
        ["KH-2026-018832", "Klausing, Stefan", IB_KLAUSING, "2568.40", "motor", "third party damage"],
        ["HR-26-000702", "Martineau, Sophie", iban_de("29050101", "7720014468"), "1640.00", "household", "water damage"],
        ["FR-26-000233", "Bruns, Jonas", iban_de("29050101", "4471093301"), "5199.00", "household/bike", "e-bike theft"],
        ["RS-26-000871", "Neuhaus, Andreas", IB_NEUHAUS, "250.00", "legal expenses", "excess refund"],
    ], delim=",")),
    ("refund_batch_2026-03-27/control_totals.txt", "records: 5\ntotal_eur: 15016.20\nprepared_by: finance-ops\n"),
])

mail("CONFIDENTIAL", "en", "internal",
     "finance: ZIP with a CSV of claim refunds (names, IBANs, amounts) in non-personal lines",
     fr=addr("Finance Operations", "finance-ops"), to="Payments Release <payments-release@%s>" % DOM,
     subject="Refund batch 2026-03-27 for second approval",
     date="2026-03-27 12:30",
     body="""Hi,

please find the refund batch for today's SEPA run attached (5 payments, EUR 15,016.20, property/motor/legal only – health refunds go through the separate KV batch).

Please approve in the payment system by 14:00.

Thanks
Finance Operations""",
     atts=[att("refund_batch_2026-03-27.zip", _zip112)])

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "home contents policy schedule for a named English-speaking customer with birth date and insured address",
     fr=frm("janssen"), to="Alistair Brennan-Koch <alistair.bk@freemail.example>",
     subject="Your new home contents policy HR 5510 8812",
     date="2026-03-27 15:15",
     body="""Dear Mr Brennan-Koch,

welcome to Wesertal! Your home contents insurance starts on 1 April 2026. The key data:

Policyholder: Alistair Brennan-Koch, date of birth 23/06/1982
Insured address: Hollerallee 17, 2nd floor right, 28209 Bremen
Sum insured: EUR 72,000 (living space 90 m²), no underinsurance waiver needed
Options: bicycle theft up to EUR 3,000, glass breakage
Annual premium: EUR 214.60, paid by direct debit on 1 April

Your policy documents are in your customer portal. If anything is wrong, please tell us within 14 days.

Kind regards
Merle Janßen
Customer Service

""" + FOOT_EN)

mail("NORMAL", "de", "insurer-to-broker",
     "trap: broker information on the new health questions in disability applications with a blank question catalogue (PDF)",
     fr=frm("tjaden"), to="Hansekontor Versicherungsmakler <bu-team@hansekontor-makler.example>",
     subject="Neue Gesundheitsfragen BU ab 01.05.2026 – Fragenkatalog zur Info",
     date="2026-03-30 09:30",
     body="""Hallo zusammen,

ab dem 01.05.2026 gelten für unsere BU-Tarife die neuen Gesundheitsfragen. Im Anhang der leere Fragenkatalog, damit Sie Ihre Kundengespräche vorbereiten können.

Die wichtigsten Änderungen:
- Psychotherapie: Abfragezeitraum 5 statt 10 Jahre, Beratungen ohne Diagnose zählen nicht mehr.
- Rücken: nur noch Behandlungen über 4 Wochen oder mit Arbeitsunfähigkeit über 14 Tage.
- Neu: Frage nach geplanten Operationen.

Für anonyme Risikovoranfragen nutzen Sie bitte weiterhin unser Formular im Maklerportal.

Viele Grüße
Marcus Tjaden""" + sig("tjaden", FOOT_DE).replace("\n\nMarcus Tjaden\n", "\n\n", 1),
     atts=[att("BU_Gesundheitsfragen_ab_2026-05_Muster.pdf", pdf([
         "# Wesertal Lebensversicherung AG – Gesundheitsfragen BU (Muster, gültig ab 01.05.2026)",
         "Name der zu versichernden Person: ______________________   Geburtsdatum: ____________",
         "",
         "1. Größe / Gewicht: ______ cm / ______ kg",
         "2. Wurden Sie in den letzten 5 Jahren ambulant psychotherapeutisch oder psychiatrisch behandelt?  [ ] ja  [ ] nein",
         "3. Wurden Sie in den letzten 5 Jahren wegen Beschwerden des Rückens, der Gelenke oder der Bandscheiben länger als 4 Wochen behandelt oder waren Sie deswegen länger als 14 Tage arbeitsunfähig?  [ ] ja  [ ] nein",
         "4. Wurden Sie in den letzten 10 Jahren stationär behandelt?  [ ] ja  [ ] nein",
         "5. Ist eine Operation oder stationäre Behandlung geplant?  [ ] ja  [ ] nein",
         "6. Bestehen Erkrankungen von Herz, Kreislauf, Lunge, Stoffwechsel, Nerven oder Krebs?  [ ] ja  [ ] nein",
         "",
         "Bei 'ja' bitte Zusatzfragebogen verwenden. Muster – nicht zur Antragstellung verwenden.",
     ], title="Gesundheitsfragen BU Muster"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-advice cover in family law (divorce): named customer, spouse's name, cover decision",
     fr=frm("meinking"), to="Petra Oltrogge <petra.oltrogge@t-net.example>",
     subject="Beratungsrechtsschutz Familienrecht – Ihr Vertrag RS 3318 2207",
     date="2026-03-30 13:05",
     body="""Sehr geehrte Frau Oltrogge,

vielen Dank für Ihren Anruf. Wie besprochen übernehmen wir im Rahmen des Beratungsrechtsschutzes im Familienrecht die Kosten einer anwaltlichen Erstberatung zu Ihrer beabsichtigten Scheidung von Herrn Bernd Oltrogge, bis zu 250 EUR.

Nicht versichert sind das eigentliche Scheidungsverfahren und Streitigkeiten über den Zugewinnausgleich oder das Sorgerecht; hierfür müssten Sie die Anwaltskosten selbst tragen bzw. Verfahrenskostenhilfe beantragen.

Bitte reichen Sie uns die Rechnung der Anwältin nach der Beratung ein; wir erstatten auf Ihr bekanntes Beitragskonto.

Mit freundlichen Grüßen""" + sig("meinking"))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "approval of hearing aids after advisory opinion: named customer, bilateral hearing loss, audiogram",
     fr=frm("brandes"), to="Horst Lindemann <horst.lindemann@posteingang.example>",
     subject="Ihre Hörgeräte – Kostenzusage KV 4471 1187-0",
     date="2026-03-31 10:20",
     body="""Sehr geehrter Herr Lindemann,

gute Nachrichten: Wir übernehmen die Kosten für Ihre neuen Hörgeräte.

Nach der Verordnung Ihres HNO-Arztes besteht bei Ihnen eine beidseitige Innenohrschwerhörigkeit (H90.3) mit einem Hörverlust von 55 dB rechts und 60 dB links im Hauptsprachbereich. Unsere Beratungsärztin hat die Versorgung mit zwei Hinter-dem-Ohr-Geräten der mittleren Preisklasse als medizinisch notwendig bestätigt.

Aus Ihrem Tarif erstatten wir 80 % des Kostenvoranschlags von Hörakustik Vegesack über 3.980,00 EUR, also 3.184,00 EUR. Die Zusatzausstattung „Bluetooth-Streaming“ (420,00 EUR) ist nicht medizinisch notwendig und wird nicht erstattet.

Bitte reichen Sie nach der Anpassung die Rechnung und die Bestätigung des Arztes über die erfolgreiche Anpassung ein.

Mit freundlichen Grüßen""" + sig("brandes"))

mail("NORMAL", "en", "insurer-to-partner",
     "trap: CSV of critical-illness incidence by cause 2021–2025 for the reinsurer, aggregated rates only",
     fr=frm("wuebbenhorst"), to="Treaty Analytics <treaty-analytics@nordstern-re.example>",
     subject="CI experience study 2021–2025 – incidence by cause (aggregated)",
     date="2026-03-31 14:00",
     body="""Dear colleagues,

as agreed in the treaty meeting, please find attached our critical illness experience 2021–2025, aggregated by cause and age band. Cells with fewer than 10 claims are merged into "other".

Headline: cancer remains 63 % of CI claims; heart attack and stroke together 21 %. The actual-to-expected ratio is 94 % overall, but 112 % for ages 50–59 in cancer.

Best regards
Hanna Wübbenhorst
Reinsurance & Facultative

""" + FOOT_EN,
     atts=[att("CI_experience_2021_2025.csv", csv_bytes([
         ["cause", "age_band", "exposure_years", "claims", "incidence_per_1000", "A_E_ratio"],
         ["cancer", "30-39", "118400", "71", "0.60", "0.88"],
         ["cancer", "40-49", "142900", "214", "1.50", "0.97"],
         ["cancer", "50-59", "96300", "338", "3.51", "1.12"],
         ["heart attack", "40-59", "239200", "96", "0.40", "0.91"],
         ["stroke", "40-59", "239200", "61", "0.26", "0.86"],
         ["multiple sclerosis", "30-49", "261300", "23", "0.09", "1.04"],
         ["other", "all", "357600", "102", "0.29", "0.92"],
     ], delim=","))])

mail("CONFIDENTIAL", "en", "internal",
     "accounting: refund returned because of a wrong IBAN; named customer, old and new IBAN",
     fr=addr("Finance Operations", "finance-ops"), to="Nadine Frerichs <n.frerichs@%s>" % DOM,
     subject="Returned payment – claim KH-2026-018832 (Klausing)",
     date="2026-04-01 09:12",
     body="""Hi Nadine,

the payment of EUR 2,568.40 to Mr Stefan Klausing (motor claim KH-2026-018832) came back today with return code AC04 (account closed). The account on file was %s.

Mr Klausing called the hotline and gave a new account: %s (Volksbank). Could you please confirm the new details in writing with him and update the claim? We'll pay again once the change is approved.

Thanks
Finance Operations""" % (grp(IB_KLAUSING), grp(iban_de("29190024", "2201884500"))) + "\n\n" + FOOT_SHORT)

mail("NORMAL", "en", "insurer-to-company",
     "trap: group health renewal report for an employer with claims aggregated by diagnosis group; small cells suppressed",
     fr=frm("okafor"), to="HR Benefits <benefits@northsea-drilling.example>",
     subject="Group health renewal 2026/27 – Northsea Drilling Services",
     date="2026-04-01 11:40",
     body="""Dear Ms Grant,

ahead of our renewal meeting on 15 April, a summary of the scheme's experience for 2025 (142 members including dependants):

Paid claims: EUR 611,800 (2024: EUR 548,300)
Loss ratio: 82 %
Claims by diagnosis group (share of paid amount):
- musculoskeletal: 24 %
- pregnancy and childbirth: 18 %
- oncology: 15 %
- mental health: 9 %
- cardiovascular: 7 %
- other groups (each under 5 members, merged for confidentiality): 27 %

As always, we cannot give you any information about individual members or diagnoses. Our proposal for the renewal is a premium increase of 6.5 % with unchanged benefits, or 3.9 % if the outpatient excess is raised to EUR 250.

Kind regards""" + sig("okafor", FOOT_EN))

mail("NORMAL", "de", "internal",
     "trap: records-retention reminder for expert opinions and medical reports (deletion periods), general",
     fr=frm("kramer"), to="Leistungsbereiche <leistung-alle@%s>" % DOM,
     subject="Aufbewahrung und Löschung von Gutachten und Arztberichten – Erinnerung",
     date="2026-04-01 15:30",
     body="""Liebe Kolleginnen und Kollegen,

im Zuge der Löschläufe für 2026 eine Erinnerung an die geltenden Fristen (Löschkonzept, Version 4.1):

- Arztberichte, Gutachten, Krankenhausentlassungsberichte in der Krankenversicherung: 10 Jahre nach Abschluss des Leistungsfalls, bei laufendem Vertrag spätestens 10 Jahre nach Vertragsende
- BU-Leistungsakten: 10 Jahre nach Ende der Leistungspflicht
- abgelehnte Anträge (Risikoprüfung Leben): 3 Jahre, danach nur noch Hinweis im HIS nach den Verbandsregeln
- Papieroriginale: nach dem Scannen sofort in die Sicherheitsbehälter (Schutzklasse 3)

Private Ablagen („mein Ordner auf H:“) mit Gesundheitsdaten sind nicht zulässig. Bitte räumt sie bis 30.04. auf.

Danke!
Ines Kramer-Lohse""")

mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "windscreen claim of a named English-speaking customer with plate number and repair shop",
     fr=frm("frerichs"), to="Fiona McAllister <fiona.mcallister@gmx-post.example>",
     subject="Windscreen claim KT-26-000411 – HB-FM 820",
     date="2026-04-02 08:35",
     body="""Dear Ms McAllister,

thanks for reporting the stone chip that turned into a crack. Your partial cover (Teilkasko) under policy KF 2218 9051 includes glass breakage; your excess is EUR 150.

You can go to any of our partner garages, e.g. Glasklar Autoglas in Bremen-Hemelingen, who will bill us directly – you only pay the excess. Please take your vehicle registration (HB-FM 820) with you.

If the garage can repair the chip instead of replacing the windscreen, we waive the excess.

Best regards
Nadine Frerichs
Motor Claims

""" + FOOT_EN)

mail("NORMAL", "de", "insurer-to-doctor",
     "grey: practice asks about an unpaid report fee; answer cites only the invoice number and the practice's (GbR) account, no patient named",
     fr=frm("brandes"), to="Praxisgemeinschaft am Wall <verwaltung@praxis-am-wall.example>",
     subject="AW: Offene Rechnung Nr. 2026-0117 (Befundbericht)",
     date="2026-04-02 12:12",
     body="""Sehr geehrte Frau Stelter,

vielen Dank für Ihren Hinweis. Ihre Rechnung Nr. 2026-0117 über einen Befundbericht nach GOÄ Nr. 75 (17,43 EUR) ist am 26.03. bei uns eingegangen und wurde heute zur Zahlung angewiesen, auf das Konto der Praxisgemeinschaft am Wall GbR, IBAN %s.

Die Verzögerung lag an einer Umstellung unseres Zahlungssystems; wir bitten um Entschuldigung.

Für künftige Berichte: Wenn Sie den Bericht über unser Arztportal hochladen, wird das Honorar automatisch angewiesen.

Mit freundlichen Grüßen""" % grp(IB_PRAXIS) + sig("brandes"))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost approval for follow-up rehabilitation (AHB) after knee replacement of a named insured (M17.1)",
     fr=frm("reuter"), to="Aufnahme Rehaklinik Bad Zwischenahn <aufnahme@reha-zwischenahn.example>",
     subject="Kostenzusage AHB – Frau Renate Osterkamp, geb. 14.03.1967",
     date="2026-04-02 14:48",
     body="""Sehr geehrte Damen und Herren,

für unsere Versicherte Frau Renate Osterkamp (geb. 14.03.1967, KV 4471 0382-2) erteilen wir Kostenzusage für eine Anschlussheilbehandlung nach Implantation einer Knie-Totalendoprothese rechts (Gonarthrose M17.1, OP geplant am 14.04.2026 im Klinikum Lesum-Nord).

Zusage:
- stationäre AHB für 21 Tage, Einzelzimmer gemäß Tarif
- Tagessatz laut Ihrer Preisliste 2026 (198,00 EUR)
- Verlängerung nur nach vorheriger Rücksprache mit ärztlicher Begründung

Bekannte Begleiterkrankung: Diabetes mellitus Typ 2 unter Metformin.

Bitte senden Sie uns nach Entlassung den Reha-Entlassungsbericht über das Krankenhausportal.

Mit freundlichen Grüßen""" + sig("reuter"))

mail("NORMAL", "mixed", "internal",
     "trap: bilingual invitation to the quarterly medical advisory board (guidelines, statistics) with ICS; no cases",
     fr=frm("oberlaender"), to="Medical Advisory Board <medical-board@%s>" % DOM,
     subject="Medical Advisory Board Q2 – Einladung / invitation 21.04.",
     date="2026-04-03 10:00",
     body="""Liebe Mitglieder des Medical Advisory Board, dear members,

hiermit lade ich zur Q2-Sitzung ein / please join us for the Q2 meeting:

Dienstag/Tuesday, 21.04.2026, 14:00–16:00, Raum Weser 4.01 + Teams

Agenda:
1. Statistik beratungsärztliche Stellungnahmen Q1 / advisory opinion statistics Q1 (Dr. Feldkamp)
2. New guidelines: obesity surgery, low back pain, post-COVID – consequences for claims
3. Code of conduct for medical advisers (industry draft) – our position
4. Onboarding der neuen Kollegen / new colleagues
5. Verschiedenes / AOB

Keine Fallbesprechungen in dieser Runde / no individual cases in this meeting.

Viele Grüße / best regards
Fritz Oberländer""",
     atts=[att("Medical_Advisory_Board_Q2.ics", ics("mab-2026q2", "20260421T140000", "20260421T160000",
           "Medical Advisory Board Q2 / Sitzung Q2",
           "Agenda: statistics Q1, new guidelines, code of conduct, onboarding. No individual cases.",
           "Raum Weser 4.01 / Teams", S["oberlaender"][0], ["medical-board@" + DOM]))])

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "body only says the statement is attached; the PDF benefit statement lists a named customer's doctor, pharmacy and physiotherapy invoices with medicines",
     fr=addr("Wesertal Leistungsservice", "leistungsservice"), to="Gabriele Osterhues <g.osterhues@mailbox-nord.example>",
     subject="Ihre Leistungsabrechnung vom 03.04.2026",
     date="2026-04-03 16:20",
     body="""Guten Tag Frau Osterhues,

wie gewünscht erhalten Sie Ihre Leistungsabrechnung zusätzlich per E-Mail. Sie finden sie im Anhang.

Die Erstattung wird in den nächsten Tagen überwiesen.

Ihr Wesertal Leistungsservice

""" + FOOT_SHORT,
     atts=[att("Leistungsabrechnung_2026-04-03.pdf", pdf([
         "# Wesertal Krankenversicherung a.G. – Leistungsabrechnung",
         "Versicherte Person: Gabriele Osterhues, geb. 30.11.1959 | Vertrag KV 4471 7725-0 | Tarif AMB 90",
         "",
         "Rechnung                                     Betrag      erstattet",
         "Dr. med. P. Sandkühler (Kardiologie), EKG, Langzeit-RR     248,61      223,75",
         "Dr. med. P. Sandkühler, Echokardiographie            186,40      167,76",
         "Apotheke am Markt: Bisoprolol 5 mg N3, Ramipril 5 mg N3     61,38       55,24",
         "Apotheke am Markt: Apixaban 5 mg N3 (Vorhofflimmern)     298,12      268,31",
         "Physiotherapie Weserpark, 6 x KG                      162,00      145,80",
         "",
         "Summe erstattet: 860,86 EUR | Selbstbehalt 2026 verbraucht: 300,00 von 300,00 EUR",
         "Auszahlung auf Ihr Konto " + grp(IB_OSTERKAMP)[:9] + " **** **** **** " + IB_OSTERKAMP[-2:],
     ], title="Leistungsabrechnung"))])

# ---------------------------------------------------------------- 0126-0150

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "health data only in the subject line (named insured, suicidality, extension approved); body is two words",
     fr=frm("vogelsang"), to="Jan-Philipp Reuter <jp.reuter@%s>" % DOM,
     subject="KH-26-0388 Ratjen: weiterhin akute Suizidalität lt. Zwischenbericht – 2. Verlängerung 3 Wo. befürwortet",
     date="2026-04-06 08:05",
     body="""s. Betreff. Bitte heute noch zusagen.

K.""")

mail("NORMAL", "de", "internal",
     "trap: guideline-based checklist (blank) for bariatric surgery requests, BMI thresholds and comorbidities in general terms",
     fr=frm("vogelsang"), to="Leistung KV stationär <leistung-kv-stationaer@%s>" % DOM,
     subject="Prüfschema Adipositaschirurgie nach aktualisierter S3-Leitlinie",
     date="2026-04-06 11:30",
     body="""Hallo zusammen,

wie im Qualitätszirkel angekündigt, das neue Prüfschema für Anträge auf bariatrische Operationen (Schlauchmagen, Magenbypass). Es orientiert sich an der aktualisierten S3-Leitlinie.

Ihr könnt damit selbst vorprüfen; an mich gehen nur noch Fälle, bei denen das Schema kein eindeutiges Ergebnis liefert.

Katharina""",
     atts=[att("Pruefschema_Adipositaschirurgie_2026.docx", docx([
         "# Prüfschema Adipositaschirurgie (Stand April 2026)",
         "Grundlage: S3-Leitlinie Chirurgie der Adipositas und metabolischer Erkrankungen (aktualisierte Fassung)",
         ["Kriterium", "erfüllt?", "Nachweis"],
         ["BMI ≥ 40 kg/m²", "[ ]", "ärztliche Messung, nicht älter als 3 Monate"],
         ["oder BMI ≥ 35 mit Begleiterkrankung (z. B. Typ-2-Diabetes, Schlafapnoe, Hypertonie)", "[ ]", "Befundbericht"],
         ["oder BMI ≥ 30 mit schwer einstellbarem Typ-2-Diabetes (metabolische Indikation)", "[ ]", "HbA1c-Verlauf"],
         ["multimodales Konzept (Ernährung, Bewegung, Verhalten) über 6 Monate", "[ ]", "Dokumentation; entfällt bei Primärindikation"],
         ["psychosomatische Evaluation ohne Kontraindikation", "[ ]", "Stellungnahme Psychotherapeut/in"],
         ["zertifiziertes Zentrum", "[ ]", "Zertifikat der Klinik"],
         "Ergebnis: alle Punkte erfüllt -> Zusage durch Sachbearbeitung; sonst Vorlage BA mit konkreter Frage.",
     ], title="Prüfschema Adipositaschirurgie", author="K. Vogelsang"))])

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "deer collision: named customer, plate number, partial cover payout; nobody injured; 8bit",
     fr=frm("frerichs"), to="Hauke Siefken <hauke.siefken@t-net.example>",
     subject="Wildunfall vom 28.03. – Schaden KT-26-000502",
     date="2026-04-07 09:40", cte="8bit",
     body="""Moin Herr Siefken,

gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der K 12 bei Worpswede nichts passiert ist.

Die Wildschadenbescheinigung des Jagdpächters und die Werkstattrechnung für Ihren Ford Kuga (OHZ-HS 1964) liegen uns vor. Die Teilkasko übernimmt die Reparatur (Frontschürze, Scheinwerfer links, Kühlergrill) über 3.417,60 EUR abzüglich 150 EUR Selbstbeteiligung. Ihre Schadenfreiheitsklasse bleibt unberührt.

Die Zahlung geht direkt an das Autohaus Lilienthal, da Sie uns die Abtretung unterschrieben haben.

Beste Grüße
Nadine Frerichs""" + "\n\n" + FOOT_SHORT)

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "group health member: bariatric surgery pre-authorisation declined per guideline (BMI 37, no comorbidity documented); named member",
     fr=frm("okafor"), to="Kerem Aydın <kerem.aydin@freemail.example>",
     subject="Your pre-authorisation request PA-26-0301 – sleeve gastrectomy",
     date="2026-04-07 14:15",
     body="""Dear Mr Aydın,

thank you for your request for a laparoscopic sleeve gastrectomy at Gulfcare Hospital Dubai.

Our advisory physician has reviewed the documents. Your BMI is recorded at 37.2 kg/m². Under your group plan, bariatric surgery is covered if the BMI is 40 or more, or 35 or more with a related condition such as type 2 diabetes, sleep apnoea or high blood pressure, and after a supervised weight-management programme of at least six months.

The reports you sent do not mention a related condition, and the weight-management programme started only in January 2026. We therefore cannot approve the surgery at this time.

If your doctor confirms a related condition, or once the six-month programme is complete, please send us a new request with the documentation – we'll review it promptly. Dietitian sessions within the programme are covered under your outpatient benefit.

Kind regards""" + sig("okafor", FOOT_EN))

mail("NORMAL", "en", "internal",
     "trap: training material with a clearly fictitious discharge summary ('Jane Sample', invented hospital) as PDF",
     fr=frm("stelljes"), to="International Claims Team <intl-claims@%s>" % DOM,
     subject="Exercise for Thursday: how to read a discharge summary",
     date="2026-04-08 10:10",
     body="""Hi all,

for Thursday's session with Aylin, please read the attached practice discharge summary and answer the five questions at the end. It is entirely fictitious – the patient, hospital and doctors don't exist.

See you Thursday, 13:00, room Hunte 2.14.

Corinna
Wesertal Academy""",
     atts=[att("Exercise_discharge_summary_FICTITIOUS.pdf", pdf([
         "# TRAINING MATERIAL – FICTITIOUS CASE – NOT A REAL PATIENT",
         "Sample General Hospital, Department of Surgery",
         "Discharge summary – Patient: Jane Sample (fictitious), 45 years",
         "Admission: day 1 via emergency department, right upper quadrant pain, fever.",
         "Diagnosis: acute calculous cholecystitis (K80.0). Procedure: laparoscopic cholecystectomy (day 2).",
         "Course: uneventful, discharged day 4. Medication on discharge: paracetamol as needed.",
         "",
         "# Questions",
         "1. Was the inpatient stay medically necessary? 2. Is the length of stay appropriate?",
         "3. Which items on a typical invoice would you expect? 4. When would you involve the advisory physician?",
         "5. Which information from this summary would you put in a letter to the member?",
     ], title="Training exercise"))])

mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "liability claim of a broker's named client (tenant damage in a rented holiday flat); no injury",
     fr=frm("wittrock"), to="Priya Raman <p.raman@northbridge-brokers.example>",
     subject="Your client Mr Benedikt Vossberg – liability claim PH-26-001402",
     date="2026-04-08 15:00",
     body="""Hi Priya,

update on your client's claim: Mr Benedikt Vossberg (private liability PH 6620 4418) damaged the glass-ceramic hob and a kitchen worktop in his holiday flat on Norderney (owner: Frau Imke Janssen-Ukena). Landlord's claim: EUR 2,960.

Rental property damage is covered under his policy up to EUR 500,000 with the EUR 150 excess. We've asked the owner for the age of the kitchen, as we'll deduct "new for old" on the worktop (installed 2012).

No one was hurt, so nothing else to do on your side.

Best regards""" + sig("wittrock", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "advisory physician to a psychosomatic clinic: extension approved for a named patient, questions on therapy plan; HTML alternative with table",
     fr=frm("vogelsang"), to="Chefarztsekretariat Fachklinik Teufelsmoor <sekretariat@fachklinik-teufelsmoor.example>",
     subject="Verlängerung stationäre Behandlung – Frau Johanna Ratjen (KH-26-0388)",
     date="2026-04-08 16:45",
     body="""Sehr geehrte Frau Kollegin Hartmann,

für Ihre Patientin, Frau Johanna Ratjen, befürworten wir die erneute Verlängerung der stationären Behandlung um drei Wochen bis zum 19.04.2026 – die Zusage unserer Leistungsabteilung haben Sie bereits erhalten.

Für die weitere Planung bitte ich um kurze Angaben:

Frage | Hintergrund
1. Aktueller Stand der Suizidalität und Absprachefähigkeit | Voraussetzung für Belastungserprobung
2. Gewichtsverlauf (Anorexie in Remission) | Rückfallrisiko
3. Geplante ambulante Anschlussbehandlung | Vermeidung weiterer Verlängerungen
4. Medikation bei Entlassung | Erstattung Folgeverordnungen

Mit freundlichen kollegialen Grüßen""" + sig("vogelsang"),
     html=html_page("""<p>Sehr geehrte Frau Kollegin Hartmann,</p>
<p>für Ihre Patientin, Frau Johanna Ratjen, befürworten wir die erneute Verlängerung der stationären Behandlung um drei Wochen bis zum 19.04.2026 – die Zusage unserer Leistungsabteilung haben Sie bereits erhalten.</p>
<p>Für die weitere Planung bitte ich um kurze Angaben:</p>
""" + html_table([["Frage", "Hintergrund"],
                  ["1. Aktueller Stand der Suizidalität und Absprachefähigkeit", "Voraussetzung für Belastungserprobung"],
                  ["2. Gewichtsverlauf (Anorexie in Remission)", "Rückfallrisiko"],
                  ["3. Geplante ambulante Anschlussbehandlung", "Vermeidung weiterer Verlängerungen"],
                  ["4. Medikation bei Entlassung", "Erstattung Folgeverordnungen"]]) + """
<p>Mit freundlichen kollegialen Grüßen<br>Dr. med. Katharina Vogelsang<br>Beratungsärztin Leistungsmedizin</p>""", "Verlängerung"))

mail("NORMAL", "de", "insurer-to-customer",
     "grey: out-of-office auto-reply of the disability claims handler to an outside sender, no case data; trap",
     fr=frm("lueders"), to="m.sander@freemail.example",
     subject="Automatische Antwort: Rückruf erbeten",
     date="2026-04-09 07:31",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis zum 17.04.2026 nicht im Büro. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Team Berufsunfähigkeit:
bu-leistung@wesertal-versicherung.example, Tel. 0421 5508-3300.

Bitte senden Sie Arztberichte oder andere Gesundheitsunterlagen nicht per E-Mail, sondern über Ihr Kundenpostfach oder per Post.

Svenja Lüders""")

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "lost key claim under private liability: named customer, landlord, lock system costs",
     fr=frm("wittrock"), to="Lea Hinrichsen <lea.hinrichsen@mailbox-nord.example>",
     subject="Schlüsselverlust – Ihr Haftpflichtschaden PH-26-001455",
     date="2026-04-09 12:22",
     body="""Hallo Frau Hinrichsen,

danke für Ihre Meldung. Sie haben am 02.04. Ihren Schlüsselbund mit dem Generalschlüssel der Wohnanlage Kornstraße 210–214 verloren; die Hausverwaltung Weser-Immobilien verlangt nun den Austausch der Schließanlage (Kostenvoranschlag 6.840 EUR).

Der Verlust fremder Schlüssel ist in Ihrer Privathaftpflicht (PH 6620 7781) bis 20.000 EUR mitversichert. Wir setzen uns direkt mit der Hausverwaltung in Verbindung und prüfen, ob der komplette Austausch nötig ist oder ein Umbau der betroffenen Zylinder reicht.

Ihre Selbstbeteiligung: 150 EUR.

Viele Grüße""" + sig("wittrock"))

mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "underwriter asks the advisory physician about a named applicant with a history of melanoma; underwriting decision",
     fr=frm("tjaden"), to="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     subject="UW query – applicant Johanna Vierck, term life + CI",
     date="2026-04-10 09:55",
     body="""Fritz,

quick one for your view before I decide:

Applicant: Johanna Vierck, 39, teacher, applying for term life EUR 300k + critical illness EUR 100k
History: malignant melanoma left thigh, pT1a, Breslow 0.6 mm, excised with safety margin 03/2021, no sentinel biopsy needed, follow-up every 6 months, all clear. Dermatologist's report of 02/2026 attached in the UW system.

My proposal: life standard; CI with melanoma/skin cancer exclusion for 5 more years, then review. Any objection?

Marcus""" + sig("tjaden", None))

mail("NORMAL", "en", "insurer-to-supplier",
     "trap: purchase order for first-aid kits, AED pads and blood-pressure monitors for the offices",
     fr=frm("gerdes"), to="Orders SafeWork Supplies <orders@safework-supplies.example>",
     subject="PO BE-26-00391 – first aid and AED consumables",
     date="2026-04-10 13:30",
     body="""Hello,

please supply under our framework agreement:

- 12 x first aid kit DIN 13157, wall-mounted
- 6 x replacement electrode pads (adult) for AED model CardioSafe 3
- 2 x paediatric pads for the same model (visitor area)
- 4 x upper-arm blood pressure monitor for the company health day
- 200 x disposable gloves nitrile, size M

Delivery to: Wesertal Insurance Group, Goods Receipt, Weserufer 40, 28199 Bremen, Mon–Fri 8–15h.
Invoice quoting PO BE-26-00391 to accounts payable.

Kind regards
Petra Gerdes
Procurement

""" + FOOT_EN)

mail("CONFIDENTIAL", "en", "internal",
     "HR: salary garnishment order for a named employee (income, creditor, bank details of the creditor's lawyer)",
     fr=frm("sievers"), to="Payroll <payroll@%s>" % DOM,
     subject="Garnishment order – PNr. 10912",
     date="2026-04-13 08:50",
     body="""Hi,

we received a garnishment order (Pfändungs- und Überweisungsbeschluss) from the local court of Bremen for employee Sascha Mindermann, PNr. 10912, Customer Service.

Creditor: Nordkredit Bank AG, represented by Inkasso-Kanzlei Rehbein
Amount claimed: EUR 8,412.77 plus interest
Net monthly pay: EUR 2,380.00; he has one dependent child, so the exempt amount per the current table applies.
Payments to the creditor's lawyer: %s

Please set up the deduction from April payroll and send the third-party debtor statement to the court within two weeks. Please keep this strictly on a need-to-know basis.

Thanks
Greta""" % grp(iban_de("29050000", "3004417720")) + sig("sievers", None))

mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident invalidity: deduction for pre-existing knee arthrosis after advisory opinion; named customer; windows-1252",
     fr=frm("kettler"), to="Gerhard Ahrens <g.ahrens@posteingang.example>",
     subject="Invaliditätsleistung aus Ihrer Unfallversicherung UV 5520 1177",
     date="2026-04-13 11:15", charset="windows-1252",
     body="""Sehr geehrter Herr Ahrens,

nach Ihrem Sturz auf der Kellertreppe am 06.01.2025 mit Innenmeniskusriss und Knorpelschaden am rechten Knie haben wir das Gutachten von Dr. Kuhlmann und die Stellungnahme unseres Beratungsarztes ausgewertet.

Ergebnis: Es verbleibt eine Funktionsbeeinträchtigung des rechten Beins von 3/20 Beinwert. Allerdings bestand bereits vor dem Unfall eine fortgeschrittene Kniegelenksarthrose rechts (Röntgenbefund 2023: Kellgren-Lawrence III), die nach den Befunden zu 50 % an der heutigen Beeinträchtigung mitwirkt.

Berechnung:
Beinwert bis oberhalb des Knies 70 % x 3/20 = 10,5 %
abzüglich Mitwirkung von Krankheiten/Gebrechen 50 % = 5,25 %
Grundsumme 100.000 EUR, Progression 225 % greift erst ab 25 % -> Leistung 5.250,00 EUR

Wir überweisen den Betrag in den nächsten Tagen. Wenn Sie mit der Bewertung nicht einverstanden sind, können Sie innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen.

Mit freundlichen Grüßen""" + sig("kettler"))

mail("NORMAL", "de", "insurer-to-partner",
     "trap: reply to a university researcher asking for BU claims data; individual data refused, aggregated causes offered",
     fr=frm("oberlaender"), to="Prof. Dr. Miriam Lohmann <m.lohmann@uni-nordwest.example>",
     subject="AW: Forschungsprojekt Ursachen der Berufsunfähigkeit – Datenanfrage",
     date="2026-04-14 10:05",
     body="""Sehr geehrte Frau Professorin Lohmann,

vielen Dank für Ihr Interesse an einer Zusammenarbeit. Ihr Projekt zu den Ursachen der Berufsunfähigkeit in Dienstleistungsberufen finden wir spannend.

Einzelfalldaten, auch pseudonymisiert, können wir Ihnen leider nicht zur Verfügung stellen: Die Daten unterliegen der Schweigepflicht nach § 203 StGB, und unsere Kundinnen und Kunden haben in eine Nutzung zu Forschungszwecken nicht eingewilligt.

Was wir anbieten können, ist eine aggregierte Auswertung der BU-Leistungsfälle 2020–2025 nach Ursachengruppen, Berufsgruppen und Altersklassen, mit Mindestzellgröße 10. Zur Orientierung die Verteilung 2025:

psychische Erkrankungen 37 % | Erkrankungen des Bewegungsapparats 21 % | Krebs 16 % | Unfälle 8 % | Herz/Kreislauf 7 % | Nervensystem 6 % | sonstige 5 %

Gern besprechen wir die Details telefonisch; bitte beziehen Sie auch unsere Datenschutzbeauftragte, Frau Dr. Kramer-Lohse, ein.

Mit freundlichen Grüßen""" + sig("oberlaender"))

mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
     "flight cancelled by strike: delay claim of a named customer with booking details, bilingual; no health",
     fr=frm("carter"), to="Jana Whitaker-Fromm <jana.wf@gmx-post.example>",
     subject="Ihr Reiseabbruch / travel disruption claim RV-26-01377",
     date="2026-04-14 15:40",
     body="""Liebe Frau Whitaker-Fromm, dear Ms Whitaker-Fromm,

wie gewünscht zweisprachig, damit Ihr Mann mitlesen kann:

DE: Ihr Rückflug Edinburgh–Bremen am 30.03.2026 (Buchung FRM-22871, 2 Personen) wurde wegen eines Streiks annulliert. Die zusätzliche Hotelübernachtung (GBP 164) und die Umbuchungskosten (EUR 211) erstatten wir aus Ihrer Reiseabbruchversicherung RV 8820-5518. Die Ausgleichszahlung nach der Fluggastrechte-Verordnung müssen Sie bei der Airline geltend machen.

EN: Your return flight Edinburgh–Bremen on 30 March was cancelled due to a strike. We reimburse the extra hotel night and the rebooking costs. Please claim the EU compensation from the airline directly.

Betrag / amount: EUR 405.60 (GBP converted at the rate of the invoice date).

Viele Grüße / kind regards""" + sig("carter", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "body neutral; the ODS case list of accident rehab management names insured persons with injuries and prognoses",
     fr=frm("kettler"), to="Reha-Management <reha@%s>" % DOM,
     cc="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     subject="Fallliste Reha-Management April",
     date="2026-04-15 08:30",
     body="""Moin zusammen,

die aktuelle Fallliste für unsere Runde am Donnerstag hängt an. Bitte bis dahin eure Spalte „nächster Schritt“ ergänzen.

Thomas""",
     atts=[att("Fallliste_Reha_2026-04.ods", ods([
         ["Vorgang", "Versicherte/r", "geb.", "Verletzung", "Stand", "Prognose Invalidität", "nächster Schritt"],
         ["UV-26-0093", "Lukas Petersen", "11.02.1994", "Polytrauma, US-Fraktur li. (S82.21), Splenektomie", "Reha Bad Bevensen seit 02.03.", "Bein 4/10 bis 5/10", ""],
         ["UV-25-0871", "Heiko Wöltjen", "27.08.1966", "distale Radiusfraktur re. (S52.51)", "abgeschlossen, Klage angedroht", "Hand 1/5", ""],
         ["UV-26-0140", "Ayşe Korkmaz", "05.12.1988", "Schädel-Hirn-Trauma II° (S06.2), Fahrradsturz", "neuropsychologische Reha", "offen", ""],
         ["UV-26-0162", "Frank Bellmer", "19.04.1957", "Achillessehnenruptur re. (S86.0)", "OP, Orthese", "Fuß 1/7", ""],
         ["UV-26-0177", "Lina Kempe", "08.06.2017", "Humerusfraktur li. (S42.2)", "ambulant, Drähte entfernt", "voraussichtlich keine", ""],
     ], sheet="April 2026"))])

mail("NORMAL", "en", "internal",
     "trap: internal audit memo on documentation quality of advisory opinions; sample statistics only",
     fr=addr("Internal Audit", "internal-audit"), to="Dr. med. Friedrich Oberländer <f.oberlaender@%s>" % DOM,
     cc="Kai Poppe <k.poppe@%s>, Dr. Ines Kramer-Lohse <datenschutz@%s>" % (DOM, DOM),
     subject="Audit 2026-07 Medical advisory process – draft findings",
     date="2026-04-15 13:20",
     body="""Dear Dr. Oberländer,

please find our draft findings from audit 2026-07 (medical advisory process). We reviewed a random sample of 40 advisory opinions from Q4/2025 (health 24, disability 11, accident 5).

Findings:
1. In 3 of 40 cases the submission from the claims handler contained no specific question. (Medium)
2. In 2 of 40 cases the opinion was copied in full into the decision letter to the customer, including diagnoses that were not needed for the decision. (High – data minimisation)
3. Access logs: all 40 accesses were preceded by a submission; no unauthorised access found. (No finding)
4. Turnaround: median 9 working days; 6 cases exceeded 20 days. (Low)

We'd like to discuss management responses by 30 April. The working papers contain the case numbers and will not be circulated.

Kind regards
Internal Audit""")

mail("CONFIDENTIAL", "en", "insurer-to-company",
     "D&O claim notification: named managing director sued by the insolvency administrator; no health content",
     fr=frm("oltmanns"), to="Company Secretary Brasch Maschinenbau <legal@brasch-maschinenbau.example>",
     subject="D&O policy DO 9910 0042 – claim notification regarding Mr Gerrit Brasch",
     date="2026-04-16 10:30",
     body="""Dear Ms Lambrecht,

we acknowledge receipt of your notification of 13 April under the D&O policy DO 9910 0042.

The insolvency administrator of the former subsidiary Brasch Antriebstechnik GmbH, Dr. Kai Osterloh, is claiming EUR 1.9 million from the former managing director, Mr Gerrit Brasch, for payments made after the company became insolvent (§ 15b InsO).

We confirm defence cover for Mr Brasch subject to our review of the policy terms, in particular the date of the first notice of circumstances. Please send us:
- the statement of claim and all correspondence with the administrator
- the minutes of the shareholders' meetings from 2024
- Mr Brasch's service contract (termination date)

Kind regards""" + sig("oltmanns", FOOT_EN))

mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "letter to a UK solicitor summarising the advisory opinion on a named client's chronic fatigue syndrome disability claim",
     fr=frm("lueders"), to="Harrow & Pell Solicitors <claims@harrow-pell.example>",
     subject="Your client Mr Oliver Stansfield – disability claim BU-25-0961",
     date="2026-04-16 14:45",
     body="""Dear Ms Pell,

thank you for your letter of 2 April on behalf of your client, Mr Oliver Stansfield.

We have now received the report of Dr Ainsworth and the occupational health assessment. Our advisory physician's conclusions, in summary:

- Mr Stansfield has been diagnosed with chronic fatigue syndrome / myalgic encephalomyelitis (G93.3) since spring 2024, with post-exertional malaise documented over more than 18 months.
- His last occupation (site manager in civil engineering) requires long days on construction sites and frequent travel. Based on the reports, he is currently able to work no more than about three hours per day in light, mainly seated activities.
- The degree of disability in his own occupation therefore exceeds 50 %.

We accept the claim with effect from 1 October 2024 and will pay the arrears directly to your client's account. A review is planned in 24 months.

Yours sincerely""" + sig("lueders", FOOT_EN))

mail("NORMAL", "de", "newsletter",
     "trap: staff newsletter with health day, company sports and new advisory physicians; no personal health data",
     fr=addr("Wesertal intern", "intern-newsletter"), to="Alle Mitarbeitenden <alle@%s>" % DOM,
     subject="Wesertal intern – April 2026",
     date="2026-04-17 08:00",
     headers=[("Precedence", "bulk")],
     body="""Wesertal intern – April 2026

+++ Gesundheitstag am 7. Mai +++
Blutdruck- und Blutzuckermessung, Venencheck, Rückenschule und eine Ernährungsberatung – alles anonym und freiwillig. Die Betriebsärztin ist den ganzen Tag vor Ort.

+++ Betriebssport +++
Die Laufgruppe sucht Verstärkung für den Bremer Stadtlauf. Außerdem neu: Yoga gegen Rückenschmerzen, dienstags 17:15 Uhr.

+++ Willkommen +++
Zum 1. April haben Dr. Selin Özdemir (Psychiatrie) und Dr. Tobias Lammert (Kardiologie) im Team Leistungsmedizin angefangen. Herzlich willkommen!

+++ Abschied +++
Dr. Henning Albers ist nach 22 Jahren als Beratungsarzt in den Ruhestand gegangen. Danke für alles!

+++ IT-Tipp +++
Vorsicht vor Phishing-Mails mit Betreff „Ihre Arztrechnung“ – mehr dazu im Intranet.""",
     html=html_page("""<h1>Wesertal intern – April 2026</h1>
<h3>Gesundheitstag am 7. Mai</h3><p>Blutdruck- und Blutzuckermessung, Venencheck, Rückenschule und Ernährungsberatung – anonym und freiwillig.</p>
<h3>Betriebssport</h3><p>Die Laufgruppe sucht Verstärkung für den Bremer Stadtlauf. Neu: Yoga gegen Rückenschmerzen, dienstags 17:15 Uhr.</p>
<h3>Willkommen</h3><p>Dr. Selin Özdemir (Psychiatrie) und Dr. Tobias Lammert (Kardiologie) verstärken die Leistungsmedizin.</p>
<h3>Abschied</h3><p>Dr. Henning Albers ist nach 22 Jahren in den Ruhestand gegangen.</p>
<h3>IT-Tipp</h3><p>Vorsicht vor Phishing-Mails mit Betreff „Ihre Arztrechnung“.</p>""", "Wesertal intern"))

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "cancellation of a motor policy after car sale: named customer, plate, premium refund to IBAN",
     fr=frm("frerichs"), to="Wiebke Harms <wiebke.harms@freemail.example>",
     subject="Kündigungsbestätigung Kfz-Versicherung KF 2218 6604",
     date="2026-04-17 11:11",
     body="""Guten Tag Frau Harms,

wir bestätigen die Aufhebung Ihrer Kfz-Versicherung KF 2218 6604 für den Fiat 500 (HB-WH 55) zum 09.04.2026, dem Tag des Verkaufs laut Kaufvertrag.

Den nicht verbrauchten Beitrag von 187,34 EUR erstatten wir auf Ihr Konto %s.

Ihre Schadenfreiheitsklasse SF 7 bleiben für sieben Jahre gespeichert und kann für ein neues Fahrzeug übernommen werden.

Mit freundlichen Grüßen""" % grp(iban_de("29050101", "6031188201")) + sig("frerichs"))

mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "private liability policy update after moving: named customer, birth date, new address, previous claim",
     fr=frm("janssen"), to="Tim Bergmann <tim.bergmann@posteingang.example>",
     subject="Ihre Adressänderung – Privathaftpflicht PH 6620 3390",
     date="2026-04-20 09:25",
     body="""Hallo Herr Bergmann,

vielen Dank für Ihre Nachricht. Wir haben Ihre neue Anschrift übernommen:

Versicherungsnehmer: Tim Bergmann, geb. 07.05.1996
neue Anschrift ab 01.04.2026: Langemarckstraße 301, 28199 Bremen
Vertrag: Privathaftpflicht Single, Deckungssumme 15 Mio. EUR

Der Beitrag ändert sich durch den Umzug nicht. Der Schaden aus 2024 (Wasserschaden beim Nachbarn, PH-24-000871) bleibt in Ihrer Vertragshistorie vermerkt, wirkt sich aber nicht auf den Beitrag aus.

Viele Grüße
Merle Janßen""" + "\n\n" + FOOT_SHORT)

mail("NORMAL", "de", "insurer-to-authority",
     "trap: aggregated complaint statistics by line of business to the supervisory authority, incl. health claims; no persons",
     fr=addr("Beschwerdemanagement Wesertal", "beschwerdemanagement"), to="Referat VA 21 <va21@aufsicht-finanzen.example>",
     subject="Beschwerdestatistik 2025 – Wesertal Versicherungsgruppe (Reg.-Nr. 5512)",
     date="2026-04-20 14:00",
     body="""Sehr geehrte Damen und Herren,

anbei übermitteln wir die Beschwerdestatistik 2025 nach Sparten:

Krankenversicherung: 612 Beschwerden (davon Leistungsablehnung nach beratungsärztlicher Prüfung: 188, Beitragsanpassung: 301, Sonstiges: 123)
Lebensversicherung inkl. BU: 244 (davon BU-Leistungsfälle: 97)
Unfallversicherung: 58
Kraftfahrt: 391
Sach/Haftpflicht: 276
Rechtsschutz: 83

Abhilfequote gesamt: 34 %. Durchschnittliche Bearbeitungsdauer: 11 Arbeitstage.

Bei Rückfragen erreichen Sie uns unter 0421 5508-1099.

Mit freundlichen Grüßen
Beschwerdemanagement
Wesertal Versicherungsgruppe""" + "\n\n" + FOOT_DE)

mail("NORMAL", "en", "insurer-to-customer",
     "grey: automatic acknowledgement from the medical claims mailbox to an outside sender, no content; trap",
     fr=addr("Wesertal Medical Claims", "medical-claims"), to="k.hollingsworth@riverside-mail.example",
     subject="Automatic reply: We have received your message",
     date="2026-04-21 06:12",
     headers=[("Auto-Submitted", "auto-replied")],
     body="""Thank you for contacting the Wesertal medical claims team.

This is an automatic confirmation that your message has reached us. We will reply within five working days.

Please note: for your own protection, do not send medical reports, invoices or other health documents by ordinary e-mail. Use the secure upload at https://claims.wesertal-versicherung.example or send them by post to Wesertal Insurance Group, Medical Claims, Weserufer 40, 28199 Bremen, Germany.

In an emergency abroad, call our 24-hour assistance line: +49 421 5508-7000.

Wesertal Insurance Group""")

mail("NORMAL", "mixed", "internal",
     "trap: bilingual IT security warning about phishing mails titled 'Ihre Arztrechnung' / 'your medical invoice'; no real data",
     fr=frm("servicedesk"), to="Alle Mitarbeitenden <alle@%s>" % DOM,
     subject="Warnung / warning: Phishing-Mails „Ihre Arztrechnung liegt bereit“",
     date="2026-04-21 10:45",
     body="""Liebe Kolleginnen und Kollegen, dear colleagues,

seit heute Morgen gehen Phishing-Mails mit dem Betreff „Ihre Arztrechnung liegt bereit“ bzw. "Your medical invoice is ready" ein. Absender sind gefälschte Adressen, die wie Arztpraxen oder Abrechnungsstellen aussehen. Der Link führt auf eine nachgebaute Anmeldeseite.

Bitte:
- nicht auf Links klicken / do not click any links
- keine Zugangsdaten eingeben / do not enter your credentials
- die Mail mit dem Button „Phishing melden“ melden / report it with the "Report phishing" button

Echte Arztrechnungen kommen bei uns nie per Link, sondern über das Leistungssystem oder die Post. Real medical invoices never arrive as links.

Danke / thanks
IT Service Desk""")

# ================================================================ output and check

def labels_tsv():
    out = io.StringIO()
    out.write("file\tlabel\tlang\tkind\treason\n")
    for i, d in enumerate(MAILS):
        r = d["reason"].replace("\t", " ").replace("\n", " ")
        out.write("%s%04d.eml\t%s\t%s\t%s\t%s\n" % (PREFIX, i + 1, d["label"], d["lang"], d["kind"], r))
    return out.getvalue().encode("utf-8")


def build_all():
    return {"%s%04d.eml" % (PREFIX, i + 1): build(i, d) for i, d in enumerate(MAILS)}


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF", data)
    assert m, "no startxref"
    xo = int(m.group(1))
    assert data[xo:xo + 4] == b"xref", "startxref offset wrong"
    hdr = re.match(rb"xref\s+0 (\d+)\s+", data[xo:])
    n = int(hdr.group(1))
    pos = xo + hdr.end()
    for k in range(n):
        ent = data[pos + 20 * k: pos + 20 * k + 20]
        if k == 0:
            continue
        off = int(ent[:10])
        assert data[off:].startswith(b"%d 0 obj" % k), "xref entry %d wrong" % k
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b"\nendstream"
        if sm.group(2):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            texts.append(s.decode("cp1252"))
    t = "\n".join(texts)
    assert re.search(r"[A-Za-z]{3}", t), "PDF without text layer"
    return t


def open_attachment(fn, data, stats, depth=0):
    """Open an attachment by its type; return its text."""
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
    stats[ext] = stats.get(ext, 0) + (1 if depth == 0 else 0)
    if depth:
        stats["in-zip:" + ext] = stats.get("in-zip:" + ext, 0) + 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, "bad zip member in " + fn
        names = z.namelist()
        if ext == "docx":
            assert "word/document.xml" in names and "[Content_Types].xml" in names
            ET.fromstring(z.read("[Content_Types].xml"))
            return _xml_text(z.read("word/document.xml"))
        if ext == "xlsx":
            assert "xl/workbook.xml" in names and "xl/worksheets/sheet1.xml" in names
            ET.fromstring(z.read("xl/workbook.xml"))
            ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            return _xml_text(z.read("xl/worksheets/sheet1.xml"))
        if ext in ("odt", "ods"):
            assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
            want = "text" if ext == "odt" else "spreadsheet"
            assert z.read("mimetype").decode() == "application/vnd.oasis.opendocument." + want
            ET.fromstring(z.read("META-INF/manifest.xml"))
            return _xml_text(z.read("content.xml"))
        out = []
        for nm in names:
            if nm.endswith("/"):
                continue
            out.append(open_attachment(nm, z.read(nm), stats, depth + 1))
        return "\n".join(out)
    if ext == "csv":
        for enc in ("utf-8", "windows-1252"):
            try:
                txt = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(txt), delimiter=";" if ";" in txt.split("\n")[0] else ","))
        assert len(rows) >= 2, "csv too short"
        return txt
    if ext == "ics":
        txt = data.decode("utf-8")
        assert txt.startswith("BEGIN:VCALENDAR") and txt.rstrip().endswith("END:VCALENDAR")
        assert "\r\n" in txt and "BEGIN:VEVENT" in txt
        return txt.replace("\r\n ", "")
    if ext in ("html", "htm"):
        txt = data.decode("utf-8")
        assert "<html" in txt.lower()
        return txt
    if ext == "txt":
        return data.decode("utf-8")
    if ext == "eml":
        return msg_text(email.message_from_bytes(data, policy=email.policy.default), stats, depth + 1)
    raise AssertionError("unknown attachment type " + fn)


ALLOWED_CS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}


def msg_text(msg, stats, depth=0):
    texts = []
    for k in msg.keys():
        hv = msg[k]
        assert not getattr(hv, "defects", ()), "header defect %s: %r" % (k, hv.defects)
        texts.append(str(hv))
    for part in msg.walk():
        assert not part.defects, "MIME defect %r" % part.defects
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                stats["eml"] = stats.get("eml", 0) + 1
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if fn:
            texts.append(open_attachment(fn, payload, stats))
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            assert cs in ALLOWED_CS, "charset " + cs
            texts.append(payload.decode(cs))
            stats.setdefault("charsets", {}).setdefault(cs, 0)
            stats["charsets"][cs] += 1
            stats.setdefault("cte", {}).setdefault(part.get("Content-Transfer-Encoding", "7bit").lower(), 0)
            stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        else:
            raise AssertionError("unnamed non-text part " + ct)
    return "\n".join(texts)


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[0-9]{4}){4}(?: ?[0-9]{1,4}){0,2})\b")
MAIL_RE = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)")


def check():
    files = build_all()
    errors = []
    mdir = os.path.join(HERE, "mails")
    ondisk = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    if ondisk != sorted(files):
        errors.append("mail file set differs from generator")
    for fn, data in files.items():
        p = os.path.join(mdir, fn)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errors.append(fn + ": differs from rebuild")
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != labels_tsv():
        errors.append("labels.tsv differs from generator")
    ids = set()
    stats = {}
    top = {}
    n_iban = 0
    hosts = set()
    for i, (fn, data) in enumerate(sorted(files.items())):
        d = MAILS[i]
        try:
            assert re.search(rb"(?<!\r)\n", data) is None, "bare LF"
            assert re.search(rb"\r(?!\n)", data) is None, "bare CR"
            msg = email.message_from_bytes(data, policy=email.policy.default)
            frm_ = msg["From"].addresses[0].domain
            assert frm_ == DOM, "From not own domain: " + frm_
            mid = msg["Message-ID"]
            assert mid not in ids, "duplicate Message-ID"
            ids.add(mid)
            assert msg["Date"].datetime.year == 2026
            ct = msg.get_content_type()
            top[ct] = top.get(ct, 0) + 1
            txt = msg_text(msg, stats)
            for h in MAIL_RE.findall(txt) + URL_RE.findall(txt):
                h = h.rstrip(".").lower()
                hosts.add(h)
                assert h.endswith(".example"), "host not .example: " + h
            for ib in IBAN_RE.findall(txt):
                n_iban += 1
                assert iban_ok(ib), "bad IBAN " + ib
        except Exception as e:  # noqa
            errors.append("%s: %s" % (fn, e))
    cnt = {}
    lang = {}
    kinds = {}
    for d in MAILS:
        cnt[d["label"]] = cnt.get(d["label"], 0) + 1
        lang[(d["label"], d["lang"])] = lang.get((d["label"], d["lang"]), 0) + 1
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if cnt != want:
        errors.append("label counts %r != %r" % (cnt, want))
    if len(MAILS) != 150:
        errors.append("mail count %d" % len(MAILS))
    print("mails: %d, unique Message-IDs: %d, IBANs checked: %d, hosts: %d (all .example)"
          % (len(files), len(ids), n_iban, len(hosts)))
    print("labels:", ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in want))
    for lab in want:
        print("  %-22s" % lab + "  ".join("%s %2d" % (lg, lang.get((lab, lg), 0)) for lg in ("de", "en", "mixed")))
    tl = {lg: sum(v for (l, g), v in lang.items() if g == lg) for lg in ("de", "en", "mixed")}
    print("languages:", ", ".join("%s %d" % kv for kv in tl.items()))
    print("top-level types:", ", ".join("%s %d" % kv for kv in sorted(top.items())))
    print("text charsets:", ", ".join("%s %d" % kv for kv in sorted(stats.pop("charsets", {}).items())))
    print("transfer encodings:", ", ".join("%s %d" % kv for kv in sorted(stats.pop("cte", {}).items())))
    print("attachments:", ", ".join("%s %d" % kv for kv in sorted(stats.items()) if kv[1]))
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda x: -x[1])))
    if errors:
        print("CHECK FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


def write():
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    files = build_all()
    for f in os.listdir(mdir):
        if f.endswith(".eml") and f not in files:
            os.remove(os.path.join(mdir, f))
    for fn, data in files.items():
        with open(os.path.join(mdir, fn), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv())
    print("wrote %d mails and labels.tsv" % len(files))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
