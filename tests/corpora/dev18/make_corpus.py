#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 18 generator (corpora/dev18).

Writes mails/d18-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs only the Python standard library (office and PDF files are built by hand below).
All persons, numbers and addresses are fictitious.
"""
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.headerregistry import Address
from email.utils import format_datetime, getaddresses
from pathlib import Path

OUT = Path(__file__).resolve().parent
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}
DOM = "versicherer.example"

# --------------------------------------------------------------------------
# small helpers used inside the content
# --------------------------------------------------------------------------

def _iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00").upper())
    return 98 - int(num) % 97


BBAN_LEN = {"DE": 18, "AT": 16, "CH": 17, "NL": 14, "BE": 12, "LU": 16, "FR": 23, "IT": 23, "ES": 20, "GB": 18,
            "IE": 18, "PL": 24, "DK": 14, "SE": 20, "PT": 21}


def IB(cc, bban, group=4, sep=" "):
    """Structurally valid IBAN (ISO 7064 MOD 97-10) for country cc and BBAN."""
    assert len(bban) == BBAN_LEN[cc], (cc, bban)
    s = f"{cc}{_iban_check(cc, bban):02d}{bban}"
    if not group:
        return s
    return sep.join(s[i:i + group] for i in range(0, len(s), group))


def IBX(cc, bban, group=4, sep=" "):
    """Deliberately INVALID IBAN: correct shape, wrong check digits."""
    assert len(bban) == BBAN_LEN[cc], (cc, bban)
    c = (_iban_check(cc, bban) + 11) % 97 or 13
    s = f"{cc}{c:02d}{bban}"
    if not group:
        return s
    return sep.join(s[i:i + group] for i in range(0, len(s), group))


def Q(text, prefix="> "):
    """Quote a text the way mail clients do."""
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def OQ(von, gesendet, an, betreff, text, lang="de", cc=None):
    """Outlook style quoted original below a reply."""
    if lang == "de":
        h = ["-----Ursprüngliche Nachricht-----", f"Von: {von}", f"Gesendet: {gesendet}", f"An: {an}"]
        if cc:
            h.append(f"Cc: {cc}")
        h.append(f"Betreff: {betreff}")
    else:
        h = ["-----Original Message-----", f"From: {von}", f"Sent: {gesendet}", f"To: {an}"]
        if cc:
            h.append(f"Cc: {cc}")
        h.append(f"Subject: {betreff}")
    return "\n".join(h) + "\n\n" + text.strip("\n")


def FW(von, datum, an, betreff, text, lang="de"):
    """Inline forward block (Thunderbird style)."""
    if lang == "de":
        h = ["-------- Weitergeleitete Nachricht --------", f"Betreff: \t{betreff}", f"Datum: \t{datum}",
             f"Von: \t{von}", f"An: \t{an}"]
    else:
        h = ["---------- Forwarded message ---------", f"From: {von}", f"Date: {datum}",
             f"Subject: {betreff}", f"To: {an}"]
    return "\n".join(h) + "\n\n" + text.strip("\n")


# --------------------------------------------------------------------------
# the insurer's staff, signatures, disclaimers
# --------------------------------------------------------------------------

ENT = {
    "kv": ("Versicherer Krankenversicherung a.G.", "HRB 4711", "Dr. Helmut Sander (Vors.), Birgit Oppermann, Carsten Wulf"),
    "lv": ("Versicherer Lebensversicherung AG", "HRB 4712", "Dr. Helmut Sander (Vors.), Jörg Pietsch, Marion Feldkamp"),
    "av": ("Versicherer Allgemeine Versicherung AG", "HRB 4713", "Andreas Köhnen (Vors.), Birgit Oppermann, Yusuf Aksoy"),
    "grp": ("Versicherer Holding AG", "HRB 4700", "Dr. Helmut Sander (Vors.), Andreas Köhnen, Marion Feldkamp"),
}
ADDR_DE = "Rheinuferstraße 12, 50667 Köln"
ADDR_EN = "Rheinuferstrasse 12, 50667 Cologne, Germany"

# key: (display name, local part, department de, department en, entity, phone)
STAFF = {
    "kroeger": ("Sabine Kröger", "sabine.kroeger", "Leistungsservice Krankenversicherung\nTeam Ambulant 2", "Health Claims, Outpatient Team 2", "kv", "-3412"),
    "wendland": ("Tobias Wendland", "tobias.wendland", "Leistungsservice Krankenversicherung\nZahn / Zahnzusatz", "Health Claims, Dental", "kv", "-3468"),
    "hasselbach": ("Dr. med. Ulrike Hasselbach", "ulrike.hasselbach", "Gesellschaftsärztin\nRisikoprüfung Personenversicherung", "Chief Medical Officer, Medical Underwriting", "lv", "-2290"),
    "brenner": ("Markus Brenner", "markus.brenner", "Schadenservice Kraftfahrt", "Motor Claims", "av", "-4120"),
    "demir": ("Aylin Demir", "aylin.demir", "Schadenservice Sach\nHausrat / Wohngebäude", "Property Claims", "av", "-4388"),
    "oltmanns": ("Jens Oltmanns", "jens.oltmanns", "Schadenservice Haftpflicht", "Liability Claims", "av", "-4301"),
    "lindqvist": ("Petra Lindqvist", "petra.lindqvist", "Rechtsschutz-Service", "Legal Expenses Claims", "av", "-4550"),
    "reuter": ("Frank Reuter", "frank.reuter", "Maklerbetreuung Region Nord", "Broker Relations North", "grp", "-1180"),
    "vogel": ("Katharina Vogel", "katharina.vogel", "Maklerbetreuung Region Süd", "Broker Relations South", "grp", "-1185"),
    "stanek": ("Oliver Stanek", "oliver.stanek", "Leistung Leben / Berufsunfähigkeit", "Life & Disability Claims", "lv", "-2615"),
    "albrecht": ("Miriam Albrecht", "miriam.albrecht", "Leistung Unfallversicherung", "Accident Claims", "av", "-4710"),
    "paulsen": ("Henrik Paulsen", "henrik.paulsen", "Firmenkunden / betriebliche Altersversorgung", "Corporate Clients / Occupational Pensions", "lv", "-2830"),
    "whitfield": ("Emma Whitfield", "emma.whitfield", "International Health Services", "International Health Services", "kv", "-7710"),
    "osei": ("Daniel Osei", "daniel.osei", "Transport / Marine", "Marine Cargo Underwriting & Claims", "av", "-5120"),
    "raman": ("Priya Raman", "priya.raman", "IT Architektur", "IT Architecture", "grp", "-6021"),
    "hoffmann": ("Lukas Hoffmann", "lukas.hoffmann", "IT-Servicedesk", "IT Service Desk", "grp", "-6000"),
    "weiss": ("Nadine Weiß", "nadine.weiss", "Personal / Recruiting", "Human Resources", "grp", "-1420"),
    "krueger": ("Stefan Krüger", "stefan.krueger", "Einkauf", "Procurement", "grp", "-1710"),
    "baumann": ("Julia Baumann", "julia.baumann", "Unternehmenskommunikation", "Corporate Communications", "grp", "-1010"),
    "meier": ("Thomas Meier", "thomas.meier", "Datenschutzbeauftragter", "Data Protection Officer", "grp", "-1099"),
    "richter": ("Anja Richter", "anja.richter", "Facility Management", "Facility Management", "grp", "-1550"),
    "stone": ("Rebecca Stone", "rebecca.stone", "Rückversicherung", "Reinsurance", "grp", "-1930"),
    "hartmann": ("Sven Hartmann", "sven.hartmann", "Firmenkunden Sach / Technische Versicherung", "Commercial Property & Engineering", "av", "-5210"),
    "kowalski": ("Lena Kowalski", "lena.kowalski", "Kundenservice", "Customer Service", "av", "-3000"),
    "yilmaz": ("Felix Yilmaz", "felix.yilmaz", "Pflegeversicherung / Pflegetagegeld", "Long-term Care", "kv", "-3590"),
    "schreiber": ("Dr. Carola Schreiber", "carola.schreiber", "Recht / Regress", "Legal / Recourse", "av", "-4980"),
    "nguyen": ("Minh Nguyen", "minh.nguyen", "Antragsbearbeitung Kranken", "New Business Health", "kv", "-3220"),
    "falk": ("Bernd Falk", "bernd.falk", "Vertrieb Exklusivvertrieb", "Tied Agents Sales", "grp", "-1230"),
    "morgan": ("James Morgan", "james.morgan", "Group Finance", "Group Finance", "grp", "-1800"),
    "seidel": ("Ines Seidel", "ines.seidel", "Reiseversicherung", "Travel Insurance", "av", "-4640"),
    "brandt": ("Gerrit Brandt", "gerrit.brandt", "Leistungsservice Krankenversicherung\nStationär", "Health Claims, Inpatient", "kv", "-3477"),
    "okafor": ("Chidi Okafor", "chidi.okafor", "Aktuariat Leben", "Life Actuarial", "lv", "-2402"),
    "schulte": ("Marlene Schulte", "marlene.schulte", "Antragsbearbeitung Leben / BU", "New Business Life & Disability", "lv", "-2510"),
    "engel": ("Rüdiger Engel", "ruediger.engel", "Kfz-Betrieb / Vertrag", "Motor Underwriting", "av", "-4077"),
    "wagner": ("Sophie Wagner", "sophie.wagner", "Tierversicherung", "Pet Insurance", "av", "-4815"),
    "becker": ("Hannes Becker", "hannes.becker", "Inkasso / Beitragsservice", "Premium Collection", "grp", "-1620"),
    "lorenz": ("Daniela Lorenz", "daniela.lorenz", "Beschwerdemanagement", "Complaints Management", "grp", "-1077"),
    "fischer": ("Tim Fischer", "tim.fischer", "Informationssicherheit", "Information Security", "grp", "-6090"),
}


def ADDR(key):
    s = STAFF[key]
    return f"{s[0]} <{s[1]}@{DOM}>"


def SIG(key, lang="de", style="full"):
    name, lp, dep_de, dep_en, ent, ph = STAFF[key]
    ename = ENT[ent][0]
    if style == "name":
        return name
    if style == "short":
        return f"{name}\n{(dep_de if lang == 'de' else dep_en).splitlines()[0]}\nTel. +49 221 555{ph}" if lang == "de" else \
            f"{name}\n{dep_en}\nPhone +49 221 555{ph}"
    if lang == "de":
        return f"{name}\n{dep_de}\n\n{ename}\n{ADDR_DE}\nTelefon +49 221 555{ph}\nTelefax +49 221 555-9{ph[1:]}\n{lp}@{DOM}\nwww.{DOM}"
    return f"{name}\n{dep_en}\n\n{ename}\n{ADDR_EN}\nPhone +49 221 555{ph}\n{lp}@{DOM}"


def DISC(ent="av", lang="de", v=0):
    ename, hrb, vorstand = ENT[ent]
    if lang == "de":
        base = (f"{ename} · Sitz Köln · Amtsgericht Köln {hrb}\n"
                f"Vorstand: {vorstand} · Vorsitzender des Aufsichtsrats: Prof. Dr. Rainer Kessel")
        if v == 0:
            return ("-- \n" + base + "\n\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
                    "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte "
                    "sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte "
                    "Weitergabe dieser E-Mail sind nicht gestattet.")
        if v == 1:
            return "-- \n" + base + "\nInformationen zum Datenschutz: www.versicherer.example/datenschutz"
        return "-- \n" + base + "\n\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."
    base = f"{ename} · Registered office: Cologne · Local court Cologne {hrb}\nBoard of Management: {vorstand}"
    if v == 0:
        return ("-- \n" + base + "\n\nThis e-mail may contain confidential and/or privileged information. If you are not the "
                "intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy "
                "this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.")
    return "-- \n" + base + "\nPrivacy notice: www.versicherer.example/en/privacy"


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

@dataclass
class Att:
    filename: str
    data: object            # bytes, str (text/*) or EmailMessage (message/rfc822)
    maintype: str
    subtype: str
    charset: str = None
    params: dict = None
    disposition: str = "attachment"
    cte: str = None
    kind: str = ""          # for statistics: csv, xlsx, pdf, ...
    inner: list = field(default_factory=list)   # kinds inside a zip / forwarded mail

    def raw(self):
        if isinstance(self.data, str):
            return self.data.replace("\n", "\r\n").encode(self.charset or "utf-8")
        if isinstance(self.data, EmailMessage):
            return self.data.as_bytes()
        return self.data


FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)
_DATE_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")


def _normalize_zip(data, stamp):
    """Rewrite a zip container with fixed member times and fixed metadata dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%S").encode()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml", "docProps/app.xml"):
                body = _DATE_RE.sub(lambda m: iso + (b"Z" if m.group(0).endswith(b"Z") else b""), body)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


_STAMP = [dt.datetime(2026, 1, 2, 8, 0, 0)]   # set per mail before attachments are built


def _csv(fn, rows, sep=";", enc="utf-8", sub="csv", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    s = buf.getvalue()
    if bom:
        s = "\ufeff" + s
    kind = "tsv" if sep == "\t" else "csv"
    if sub == "octet":
        return Att(fn, s.replace("\n", "\r\n").encode(enc), "application", "octet-stream", kind=kind)
    if sub == "excel":
        return Att(fn, s.replace("\n", "\r\n").encode(enc), "application", "vnd.ms-excel", kind=kind)
    return Att(fn, s, "text", "tab-separated-values" if sep == "\t" else "csv", charset=enc, kind=kind)


def _txt(fn, text, enc="utf-8", sub="plain"):
    return Att(fn, text, "text", sub, charset=enc, kind="txt")


# ---- standard-library office / PDF builders (replace openpyxl, python-docx, odfpy, fpdf2) ----

def _x(s):
    """XML-escape a cell / paragraph text."""
    s = "" if s is None else str(s)
    s = "".join(ch for ch in s if ch in "\t\n" or ord(ch) >= 32)
    return htmlmod.escape(s, quote=True)


def _zip_build(members, stamp, first_stored=None):
    """members: list of (name, str|bytes); fixed member times; 'mimetype' stored uncompressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members:
            if isinstance(body, str):
                body = body.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _iso(stamp):
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _core_xml(author, title=""):
    t = _iso(_STAMP[0])
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified></cp:coreProperties>')


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    names = list(sheets)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    for i in range(len(names)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for i, name in enumerate(names):
        wb.append(f'<sheet name="{_x(name[:31])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
        wbrels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>')
        rows = sheets[name]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) if j < len(r) and r[j] is not None else 0) for r in rows) + 2))}" customWidth="1"/>'
            for j in range(ncol)) if rows else ""
        sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
        if cols:
            sx.append(f"<cols>{cols}</cols>")
        sx.append("<sheetData>")
        for ri, r in enumerate(rows):
            sx.append(f'<row r="{ri + 1}">')
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri + 1}"
                st = ' s="1"' if ri == 0 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    sx.append(f'<c r="{ref}"{st} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            sx.append("</row>")
        sx.append("</sheetData></worksheet>")
        members.append((f"xl/worksheets/sheet{i + 1}.xml", "".join(sx)))
    n = len(names)
    wb.append("</sheets></workbook>")
    wbrels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    allm = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("docProps/core.xml", _core_xml(author)),
            ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(wbrels)),
            ("xl/styles.xml", styles)] + members
    data = _zip_build(allm, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf_pack(mime, content, author="Versicherer"):
    t = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS}><office:meta><meta:generator>LibreOffice/7.6</meta:generator>'
            f'<dc:creator>{_x(author)}</dc:creator><meta:creation-date>{t}</meta:creation-date>'
            f'<dc:date>{t}</dc:date></office:meta></office:document-meta>')
    return _zip_build([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("meta.xml", meta),
                       ("content.xml", content)], _STAMP[0], first_stored="mimetype")


def _ods(fn, sheets):
    body = []
    for name, rows in sheets.items():
        body.append(f'<table:table table:name="{_x(name)}">')
        for r in rows:
            body.append("<table:table-row>")
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    body.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    body.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            body.append("</table:table-row>")
        body.append("</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS}><office:body><office:spreadsheet>'
               + "".join(body) + "</office:spreadsheet></office:body></office:document-content>")
    return Att(fn, _odf_pack("application/vnd.oasis.opendocument.spreadsheet", content),
               "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _docx(fn, blocks, author="Versicherer", octet=False):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, bold=False, size=None):
        out = []
        for k, line in enumerate(str(text).split("\n")):
            rpr = ""
            if bold or size:
                rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
            out.append(("<w:r><w:br/></w:r>" if k else "") + f'<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
        return "<w:p>" + "".join(out) + "</w:p>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(para(b[1], bold=True, size=28 if len(b) < 3 or b[2] == 1 else 24))
        elif b[0] in ("p", "small"):
            body.append(para(b[1], size=16 if b[0] == "small" else None))
        elif b[0] == "t":
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>']
            for r in b[1]:
                t.append("<w:tr>" + "".join(f"<w:tc>{para('' if v is None else v)}</w:tc>" for v in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W}><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
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
    data = _zip_build([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _core_xml(author)),
                       ("word/document.xml", doc)], _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


def _odt(fn, blocks):
    body = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            body.append(f'<text:h text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                body.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            body.append(f'<table:table table:name="Tabelle{k + 1}">'
                        f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>')
            for r in rows:
                body.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>'
                    for v in r) + "</table:table-row>")
            body.append("</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS}><office:body><office:text>'
               + "".join(body) + "</office:text></office:body></office:document-content>")
    return Att(fn, _odf_pack("application/vnd.oasis.opendocument.text", content),
               "application", "vnd.oasis.opendocument.text", kind="odt")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " ",
                          "²": "2", "³": "3"})


def _pdf_str(s):
    import unicodedata
    s = s.translate(_PDF_MAP)
    s = "".join(ch if ord(ch) < 256 else unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
                for ch in s)
    b = s.encode("latin-1", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, size, width_pt):
    """Greedy wrap using an average Helvetica glyph width of 0.5 em."""
    maxc = max(10, int(width_pt / (size * 0.5)))
    out = []
    for line in str(text).split("\n"):
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > maxc:
                out.append(cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return out


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Minimal PDF 1.4: Helvetica (WinAnsi), uncompressed content streams, real text layer."""
    W, H, L, TOP, BOT = 595.28, 841.89, 56.7, 790.0, 60.0
    usable = W - 2 * L
    pages, cur, y = [], [], TOP

    def emit(line, size, font="F1", x=L, lead=None):
        nonlocal cur, y
        lead = lead or size * 1.35
        if y - lead < BOT:
            pages.append(cur)
            cur, y = [], TOP
        y -= lead
        cur.append(b"BT /" + font.encode() + b" " + str(size).encode() + b" Tf " +
                   f"{x:.2f} {y:.2f}".encode() + b" Td (" + _pdf_str(line) + b") Tj ET")

    for b in _blocks(blocks):
        if b[0] == "h":
            sz = 13 if len(b) < 3 or b[2] == 1 else 11
            for ln in _wrap(b[1], sz, usable):
                emit(ln, sz, "F2")
            y -= 4
        elif b[0] == "p":
            for ln in _wrap(b[1], 10, usable):
                emit(ln, 10)
            y -= 5
        elif b[0] == "small":
            for ln in _wrap(b[1], 7, usable):
                emit(ln, 7)
            y -= 3
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            colw = usable / ncol
            for i, r in enumerate(rows):
                cells = [_wrap(c, 8.5, colw - 4) for c in r]
                h = max(len(c) for c in cells)
                for k in range(h):
                    # one text line per physical line; cells side by side
                    lead = 8.5 * 1.3
                    if y - lead < BOT:
                        pages.append(cur)
                        cur, y = [], TOP
                    y -= lead
                    for j, c in enumerate(cells):
                        if k < len(c) and c[k]:
                            cur.append(b"BT /" + (b"F2" if i == 0 else b"F1") + b" 8.5 Tf " +
                                       f"{L + j * colw:.2f} {y:.2f}".encode() + b" Td (" + _pdf_str(c[k]) + b") Tj ET")
                y -= 2
            y -= 6
    pages.append(cur)
    objs = []   # index 0 -> obj 1

    def add(body):
        objs.append(body)
        return len(objs)

    cat = add(None)
    pgs = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pc in pages:
        stream = b"\n".join(pc) + b"\n"
        c = add(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream")
        p = add(f"<< /Type /Page /Parent {pgs} 0 R /MediaBox [0 0 {W} {H}] /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {c} 0 R >>".encode())
        kids.append(p)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pgs} 0 R >>".encode()
    objs[pgs - 1] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode()
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    info = b"<< /Producer (Siegel dev18 corpus) /CreationDate (" + d.encode() + b")"
    if title:
        info += b" /Title (" + _pdf_str(title) + b")"
    info += b" /Author (" + _pdf_str(author) + b") >>"
    inf = add(info)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {inf} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def _pdf_text(data):
    """Tiny text extractor for the PDFs above (used by --check)."""
    out = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        s = m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
        out.append(s.decode("latin-1"))
    return "\n".join(out)


def _ics(fn, uid, summary, start, end, organizer, attendees=(), location="", description="", method="REQUEST",
        tz="Europe/Berlin", inline=False):
    """start/end like '20260212T100000' (local time in tz)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b[cut:]
        out.append(b.decode())
        return "\r\n ".join(out)

    stamp = _STAMP[0].strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tz}", "BEGIN:STANDARD", "DTSTART:16011028T030000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}",
             f"SUMMARY:{esc(summary)}", f"ORGANIZER;CN={esc(organizer[0])}:mailto:{organizer[1]}"]
    for cn, addr in attendees:
        lines.append(f"ATTENDEE;CN={esc(cn)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(fold(l) for l in lines) + "\r\n"
    return Att(fn, text.replace("\r\n", "\n"), "text", "calendar", charset="utf-8", params={"method": method},
               disposition="inline" if inline else "attachment", kind="ics")


def _zip(fn, members, octet=False):
    members = [a.get() for a in members]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for a in members:
            zi = zipfile.ZipInfo(a.filename, date_time=_STAMP[0].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, a.raw())
    kinds = [a.kind for a in members]
    if octet:
        return Att(fn, out.getvalue(), "application", "octet-stream", kind="zip", inner=kinds)
    return Att(fn, out.getvalue(), "application", "x-zip-compressed" if fn.endswith(".ZIP") else "zip",
               kind="zip", inner=kinds)


def _eml(msg_spec, fn=None):
    saved = _STAMP[0]
    m = compose(msg_spec)
    _STAMP[0] = saved
    kinds = [a.kind for a in msg_spec.get("att", ())]
    return Att(fn or "", m, "message", "rfc822", kind="eml", inner=kinds)


class Lazy:
    """An attachment that is built only when its mail is composed (so its
    internal timestamps follow the mail's date)."""

    def __init__(self, kind, fn, args, kw, inner=()):
        self.kind, self.fn, self.args, self.kw, self.inner = kind, fn, args, kw, list(inner)

    def get(self):
        return self.fn(*self.args, **self.kw)


def CSV(*a, **k):
    return Lazy("tsv" if k.get("sep") == "\t" else "csv", _csv, a, k)


def TXT(*a, **k):
    return Lazy("txt", _txt, a, k)


def XLSX(*a, **k):
    return Lazy("xlsx", _xlsx, a, k)


def ODS(*a, **k):
    return Lazy("ods", _ods, a, k)


def DOCX(*a, **k):
    return Lazy("docx", _docx, a, k)


def ODT(*a, **k):
    return Lazy("odt", _odt, a, k)


def PDF(*a, **k):
    return Lazy("pdf", _pdf, a, k)


def ICS(*a, **k):
    return Lazy("ics", _ics, a, k)


def ZIP(fn, members, **k):
    inner = []
    for a in members:
        inner.append(a.kind)
        inner.extend(a.inner)
    return Lazy("zip", _zip, (fn, members), k, inner)


def EML(msg_spec, fn=None):
    """Forward as attachment: msg_spec is a dict made with INNER()."""
    inner = []
    for a in msg_spec.get("att", ()):
        inner.append(a.kind)
        inner.extend(a.inner)
    return Lazy("eml", _eml, (msg_spec, fn), {}, inner)


def INNER(frm, to, subj, date, body, mid, **kw):
    d = dict(frm=frm, to=to, subj=subj, date=date, body=body, mid=mid, inner=True)
    d.update(kw)
    return d


# --------------------------------------------------------------------------
# composing a message
# --------------------------------------------------------------------------

def _tz(d):
    # Central European time: CEST from 29 Mar 2026 02:00 to 25 Oct 2026 03:00
    if dt.datetime(2026, 3, 29, 2) <= d < dt.datetime(2026, 10, 25, 3):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def _parse_date(s, salt):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=int(hashlib.sha1(salt.encode()).hexdigest(), 16) % 60)
    return d.replace(tzinfo=_tz(d))


def _h(salt, n=16):
    return hashlib.sha256(salt.encode()).hexdigest()[:n]


def table_text(rows, style="pad"):
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "pipe":
        w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |" for r in rows]
        sep = "|" + "|".join("-" * (x + 2) for x in w) + "|"
        return "\n".join([lines[0], sep] + lines[1:])
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def table_html(rows, style=""):
    st = style or "border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:10pt"
    out = [f'<table border="1" cellspacing="0" cellpadding="4" style="{st}">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells = "".join(f"<{tag}>{htmlmod.escape('' if v is None else str(v))}</{tag}>" for v in r)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_to_html(text, tables, client):
    parts = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        m = re.fullmatch(r"\s*\[\[(\w+)\]\]\s*", para)
        if m:
            parts.append(table_html(tables[m.group(1)][0]))
            continue
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip()) for l in lines)
            parts.append(f'<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">{inner}</blockquote>')
            continue
        esc = "<br>\n".join(htmlmod.escape(l) for l in lines)
        if client == "outlook":
            parts.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            parts.append(f"<p>{esc}</p>")
    body = "\n".join(parts)
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="DE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                f"{body}\n</div>\n</body>\n</html>\n")
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            f'</head>\n<body>\n{body}\n</body>\n</html>\n')


def _client_headers(msg, client, salt, lang, m):
    if client == "outlook":
        msg["Thread-Topic"] = re.sub(r"^((AW|WG|RE|FW|Fwd|Re|Aw|Wg|FWD|Fw):\s*)+", "", m["subj"])
        msg["Thread-Index"] = "AdyH" + _h(salt + "ti", 24)
        msg["Accept-Language"] = "de-DE, en-US"
        msg["Content-Language"] = "de-DE" if lang == "de" else "en-GB"
        msg["X-MS-Has-Attach"] = "yes" if m.get("att") else ""
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "de-DE" if lang == "de" else "en-US"
    elif client == "system":
        msg["X-Mailer"] = m.get("mailer", "VERSO Output Management 7.4")
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
    elif client == "mobile":
        msg["X-Mailer"] = "iPhone Mail (22D82)"


def _flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end in a space, space-stuffing."""
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", "From ")):
            line = " " + line
        if len(line) <= 78 or line.startswith(">") or line == "-- ":
            out.append(line.rstrip() if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def _addr_list(x):
    """Parse 'Name <a@b>' strings into Address objects, so display names with
    specials are quoted and non-ASCII names are RFC 2047 encoded."""
    if x is None:
        return None
    s = x if isinstance(x, str) else ", ".join(x)
    out = []
    for name, addr in getaddresses([s]):
        local, _, domain = addr.rpartition("@")
        out.append(Address(display_name=name, username=local, domain=domain))
    return out


def compose(m, n=0, label_info=None):
    salt = f"d18|{n}|{m.get('mid', '')}|{m['subj']}"
    d = _parse_date(m["date"], salt)
    _STAMP[0] = d.replace(tzinfo=None) - dt.timedelta(minutes=7)
    client = m.get("client")
    if client is None:
        frm = m["frm"]
        if "noreply" in frm or "newsletter" in frm or "no-reply" in frm:
            client = "system"
        else:
            client = ["outlook", "outlook", "outlook", "thunderbird", "outlook", "mobile", "outlook", "thunderbird"][int(_h(salt, 4), 16) % 8]
            if client == "mobile" and m.get("att"):
                client = "outlook"
    lang = m.get("lang", "de")

    text = m.get("body")
    tables = m.get("tables", {})
    if text is not None:
        text = text.strip("\n") + "\n"
        if m.get("sig"):
            sk = m["sig"]
            style = m.get("sigstyle", "full")
            text = text + "\n" + SIG(sk, lang, style) + "\n"
            if m.get("disc", style == "full") is not False:
                v = m.get("disc") if isinstance(m.get("disc"), int) and not isinstance(m.get("disc"), bool) else int(_h(salt + "d", 2), 16) % 3
                text += "\n" + DISC(STAFF[sk][4], lang, v if lang == "de" else v % 2) + "\n"
        if m.get("quote"):
            text += "\n" + m["quote"].strip("\n") + "\n"
        if client == "mobile" and not m.get("sig"):
            text += "\n" + ("Von meinem iPhone gesendet" if lang == "de" else "Sent from my iPhone") + "\n"
        html = m.get("html")
        if html is True:
            html = text_to_html(text, tables, "outlook" if client in ("outlook", "system") else "tb")
        for k, (rows, style) in tables.items():
            text = text.replace(f"[[{k}]]", table_text(rows, style))
    else:
        html = m.get("html")

    msg = EmailMessage(policy=SMTP)
    msg["From"] = _addr_list(m["frm"])
    if m.get("sender"):
        msg["Sender"] = _addr_list(m["sender"])
    msg["To"] = _addr_list(m["to"])
    if m.get("cc"):
        msg["Cc"] = _addr_list(m["cc"])
    if m.get("reply_to"):
        msg["Reply-To"] = _addr_list(m["reply_to"])
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(d)
    if m.get("mid"):
        mid = m["mid"]
    elif client == "outlook":
        mid = f"<{_h(salt, 8).upper()}{_h(salt + 'x', 24).upper()}@EXCH02.ad.{DOM}>"
    elif client == "system":
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{n:05d}.{_h(salt, 6)}@out.{DOM}>"
    elif client == "mobile":
        mid = f"<{_h(salt, 8).upper()}-{_h(salt + 'a', 4).upper()}-{_h(salt + 'b', 4).upper()}-{_h(salt + 'c', 12).upper()}@{DOM}>"
    else:
        mid = f"<{_h(salt, 8)}-{_h(salt + 'a', 4)}-{_h(salt + 'b', 4)}-{_h(salt + 'c', 12)}@{DOM}>"
    msg["Message-ID"] = mid
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    if m.get("importance"):
        msg["Importance"] = m["importance"]
    if m.get("org", True) and not m.get("inner"):
        msg["Organization"] = ENT.get(m.get("ent", "grp"), ENT["grp"])[0] if "versicherer" in m["frm"] else None
        if msg["Organization"] is None:
            del msg["Organization"]
    for k, v in (m.get("headers") or {}).items():
        msg[k] = v
    if not m.get("inner"):
        _client_headers(msg, client, salt, lang, m)

    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    tparams = {}
    if client == "thunderbird" and text is not None and cte is None and not html and m.get("flowed", True):
        text = _flow(text)
        tparams = {"format": "flowed"}
        cte = "8bit" if any(ord(ch) > 127 for ch in text) else "7bit"
    if text is not None and html:
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=m.get("html_cte", cte))
    elif text is not None:
        msg.set_content(text, charset=charset, cte=cte, params=tparams)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)

    for a in [x.get() for x in m.get("att", ())]:
        if a.maintype == "message":
            kw = dict(disposition=a.disposition)
            if a.filename:
                kw["filename"] = a.filename
            msg.add_attachment(a.data, **kw)
        elif isinstance(a.data, str):
            msg.add_attachment(a.data, subtype=a.subtype, charset=a.charset, filename=a.filename,
                               disposition=a.disposition, params=a.params or {}, cte=a.cte)
        else:
            msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename,
                               disposition=a.disposition, cte=a.cte or "base64")
    # sub-parts carry no MIME-Version (only the top level and forwarded messages do)
    keep = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            keep.add(id(part.get_payload(0)))
    for part in msg.walk():
        if id(part) not in keep and "MIME-Version" in part:
            del part["MIME-Version"]
    # deterministic boundaries
    style = int(_h(salt + "bd", 2), 16) % 3
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            if style == 0:
                b = f"_{i:03d}_{_h(salt + str(i), 20).upper()}_"
            elif style == 1:
                b = f"------------{_h(salt + str(i), 24)}"
            else:
                b = f"----=_Part_{n}_{int(_h(salt + str(i), 8), 16)}.{1767225600 + n * 977 + i}"
            part.set_boundary(b)
    return msg



def att_kinds(m):
    ks = []
    for a in m.get("att", ()):
        ks.append(a.kind)
        ks.extend(a.inner)
    if m.get("tables") and m.get("html"):
        ks.append("html-table")
    return ks


def main():
    mails = OUT / "mails"
    mails.mkdir(exist_ok=True)
    rows = []
    names = set()
    for n, (label, lang, kind, reason, m) in enumerate(MAILS, 1):
        fn = f"d18-{n:04d}.eml"
        names.add(fn)
        msg = compose(m, n)
        (mails / fn).write_bytes(msg.as_bytes(policy=SMTP))
        rows.append((fn, label, lang, kind, reason))
    for old in mails.glob("*.eml"):
        if old.name not in names:
            old.unlink()
    with open(OUT / "labels.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            assert "\t" not in r[4] and "\n" not in r[4], r
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} mails")


def check():
    from email import policy as P
    from email.parser import BytesParser
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0
    pdfs = 0

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            import xml.dom.minidom as _md
            names = z.namelist()
            for name in names:
                if name.endswith((".xml", ".rels")):
                    _md.parseString(z.read(name))          # every XML part is well-formed
            if low.endswith(".xlsx"):
                assert "xl/workbook.xml" in names and any(x.startswith("xl/worksheets/") for x in names), fn
            if low.endswith(".docx"):
                assert "word/document.xml" in names and b"<w:t" in z.read("word/document.xml"), fn
            if low.endswith((".odt", ".ods")):
                assert names[0] == "mimetype" and z.read("mimetype").startswith(b"application/vnd.oasis"), fn
                assert b"<text:p>" in z.read("content.xml"), fn
            if low.endswith(".zip"):
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert _pdf_text(data).strip(), (fn, fname, "empty PDF text")
            xref = int(data.rsplit(b"startxref", 1)[1].split()[0])
            assert data[xref:xref + 4] == b"xref", (fn, fname, "bad startxref")
            pdfs += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt")):
            assert data, fn

    for (label, lang, kind, reason, m), line in zip(MAILS, lines):
        fn = line.split("\t")[0]
        assert line.split("\t")[1] == label, fn
        raw = (OUT / "mails" / fn).read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        msg = BytesParser(policy=P.default).parsebytes(raw)
        assert not msg.defects, (fn, msg.defects)
        assert msg["Message-ID"] not in mids, fn
        mids.add(msg["Message-ID"])
        assert msg["Date"].datetime.year == 2026
        stats["label"][label] += 1
        stats["lang"][lang] += 1
        stats["kind"][kind] += 1
        stats["ct"][msg.get_content_type()] += 1
        ks = att_kinds(m)
        if m.get("att"):
            with_att += 1
        for k in ks:
            stats["att"][k] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.defects:
                raise AssertionError((fn, part.defects))
            cs = part.get_content_charset()
            if cs:
                stats["charset"][cs] += 1
            stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            fname = part.get_filename()
            data = part.get_payload(decode=True)
            if fname:
                open_att(fn, fname, data)
            if part.get_content_type() in ("text/plain", "text/html", "text/csv"):
                part.get_content()   # decodes with the declared charset
    print("mails:", len(MAILS), " with attachments:", with_att, " pdfs text-checked:", pdfs)
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
    ll = Counter((l, g) for l, g, *_ in MAILS)
    for l in LABELS.values():
        print(f"  {l}: de={ll[(l, 'de')]} en={ll[(l, 'en')]}")


MAILS = []


def M(label, lang_, kind, reason, **kw):
    lang = lang_
    assert label in LABELS, label
    assert lang in ("de", "en")
    assert kw.get("lang", lang) == lang, (reason, "lang mismatch")
    kw["lang"] = lang
    MAILS.append((LABELS[label], lang, kind, reason, kw))



# ==========================================================================
# MAILS — every mail below is written by hand.
# ==========================================================================


# ---- batch 1 ---------------------------------------------------------------

M("S", "de", "insurer-to-customer", "addressee spoken to: 'Ihre Krankengymnastik' and an orthopaedic invoice, no diagnosis word",
  frm=ADDR("kroeger"), to="Gerlinde Thamm <g.thamm@posteo.example>",
  subj="Ihre Einreichung vom 27.01.2026",
  date="2026-02-03 10:14",
  body="""Sehr geehrte Frau Thamm,

vielen Dank für Ihre Unterlagen. Die Rechnung der Praxis Dr. Wiesinger (Orthopädie) über 214,37 € haben wir vollständig erstattet.

Für Ihre Krankengymnastik (sechs Behandlungen, Physiopraxis am Dom) fehlt uns noch die ärztliche Verordnung. Sobald diese vorliegt, erstatten wir auch diesen Betrag. Sie können die Verordnung einfach in der App fotografieren und hochladen.

Mit freundlichen Grüßen
""", sig="kroeger")

M("C", "de", "insurer-to-customer", "named customer, household claim number and stolen e-bike, nothing medical",
  frm=ADDR("demir"), to="Malte Ohlsen <malte.ohlsen@gmx.example>",
  subj="AW: Diebstahl E-Bike – Schaden HR-26-0031877",
  date="2026-02-04 08:52",
  body="""Hallo Herr Ohlsen,

danke für die Diebstahlanzeige der Polizei (Tagebuchnummer liegt uns jetzt vor). Damit ist der Fall vollständig.

Für das Rad (Kaufpreis 3.299 € laut Rechnung vom Mai 2024) setzen wir nach Ihrem Tarif den Neuwert an, abzüglich 150 € Selbstbeteiligung. Die Zahlung von 3.149,00 € geht in den nächsten Tagen auf das bei uns hinterlegte Konto.

Viele Grüße aus Köln
""", sig="demir",
  quote=OQ("Malte Ohlsen <malte.ohlsen@gmx.example>", "Montag, 2. Februar 2026 19:03", "Schadenservice Sach",
           "Diebstahl E-Bike – Schaden HR-26-0031877",
           """Guten Abend,
anbei die Anzeige. Das Schloss hab ich noch, falls Sie es brauchen.
Gruß M. Ohlsen"""))

M("N", "en", "newsletter", "trap: newsletter about travel health cover, vaccinations and hospital abroad, no person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="newsletter-en@lists.versicherer.example",
  subj="Travelling this spring? Five things about your travel health cover",
  date="2026-02-05 07:00",
  body="""VERSICHERER – TRAVEL NEWS, February 2026

1) Hospital abroad? Call us first.
   Our 24/7 assistance line arranges direct billing with the hospital in most countries. You do not have to pay the bill upfront.

2) Vaccinations
   Travel vaccinations (e.g. yellow fever, hepatitis A) are reimbursed in many of our health tariffs. Check your policy documents or ask your adviser.

3) Medicines in your luggage
   Take a doctor's note in English if you carry prescription medicines, especially painkillers or insulin.

4) Pre-existing conditions
   A chronic condition that is stable when you book is usually covered. If you are unsure, read the FAQ on our website.

5) Repatriation
   Medically necessary repatriation is included in all travel tariffs – no upper limit.

You receive this newsletter because you subscribed at versicherer.example. Unsubscribe: https://versicherer.example/newsletter/abmelden
Versicherer Allgemeine Versicherung AG, Rheinuferstrasse 12, 50667 Cologne""")

M("S", "de", "customer", "son writes about 'mein Vater' with dementia and a care-level application; forwarded by customer service",
  frm=ADDR("kowalski"), to=ADDR("yilmaz"),
  subj="WG: Pflegegrad für meinen Vater",
  date="2026-02-05 11:27",
  body="""Hallo Felix,

bitte übernehmen, das ist Pflegetagegeld, Vertrag läuft auf den Vater. Der Sohn hat eine Vollmacht, sagt er – die müssten wir uns aber noch zeigen lassen.

Gruß Lena
""",
  quote=FW("Christoph Rademacher <c.rademacher@t-online.example>", "04.02.2026, 21:48", "service@versicherer.example",
           "Pflegegrad für meinen Vater",
           """Sehr geehrte Damen und Herren,

mein Vater, Heinz Rademacher (Ihr Kunde seit über 20 Jahren), ist seit Herbst zunehmend dement. Der Medizinische Dienst war am 28.01. da, Pflegegrad 3 wurde jetzt bewilligt. Der Bescheid kommt per Post, ich schicke ihn dann.

Was müssen wir tun, damit das Pflegetagegeld gezahlt wird? Mein Vater kann das nicht mehr selbst erledigen, ich habe eine Vorsorgevollmacht.

Mit freundlichen Grüßen
Christoph Rademacher"""))

M("N", "de", "internal", "trap: job ad for a medical assistant in underwriting (Diagnosen, ICD-10, Arztberichte), nobody's data",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Interne Stellenausschreibung: MFA / Gesundheits- und Krankenpfleger (m/w/d) Risikoprüfung",
  date="2026-02-06 09:05",
  body="""Liebe Kolleginnen und Kollegen,

für die Risikoprüfung Personenversicherung suchen wir zum 1. April Verstärkung:

Medizinische Fachangestellte / Gesundheits- und Krankenpfleger (m/w/d), Vollzeit oder Teilzeit ab 30 Std.

Ihre Aufgaben
- Auswertung von Arztberichten, Krankenhausentlassbriefen und Fragebögen zu Vorerkrankungen
- Kodierung von Diagnosen nach ICD-10-GM
- Rückfragen bei Ärztinnen und Ärzten, Kliniken und Therapeuten
- enge Zusammenarbeit mit unserer Gesellschaftsärztin

Was Sie mitbringen
- abgeschlossene Ausbildung im medizinischen Bereich
- sicherer Umgang mit medizinischer Fachsprache
- Freude am Umgang mit Zahlen und Texten

Bewerbungen bitte bis 27.02. über das Karriereportal, Kennziffer 2026-RP-04. Für Fragen bin ich unter -1420 erreichbar.

Viele Grüße
""", sig="weiss", sigstyle="short")

M("C", "en", "insurer-to-broker", "named private customer with plate number and eVB number for a car registration",
  frm=ADDR("engel"), to="Marcus Hollenbeck <m.hollenbeck@hollenbeck-finanz.example>",
  subj="RE: eVB for Mr Wiśniewski – new car",
  date="2026-02-06 13:33",
  body="""Hi Marcus,

here it is: eVB number X7KP3QA for Tomasz Wiśniewski, valid for the Skoda Octavia (VIN TMBJJ7NE4R0112845). He can keep the plate K-TW 812, the old car was deregistered last week.

Premium stays in SF 7 as before. I've put the contract change on your portal post as usual.

Cheers
""", sig="engel", sigstyle="short",
  quote=OQ("Marcus Hollenbeck <m.hollenbeck@hollenbeck-finanz.example>", "Friday, 6 February 2026 11:02",
           "Rüdiger Engel", "eVB for Mr Wiśniewski – new car",
           """Hello Rüdiger,
my client Tomasz Wiśniewski needs an eVB, he's picking up his new Octavia tomorrow morning. Same plate. Could you send it over before lunch?
Thanks, Marcus"""))

M("S", "de", "insurer-to-doctor", "request to a GP for a report on a named patient with birth date in a disability claim",
  frm=ADDR("stanek"), to="Praxis Dr. med. Annette Vollmer <praxis@dr-vollmer-hausarzt.example>",
  subj="Anforderung Befundbericht – Herr Kai Doering, geb. 17.08.1974",
  date="2026-02-06 15:12",
  body="""Sehr geehrte Frau Dr. Vollmer,

Ihr Patient Herr Kai Doering, geboren am 17.08.1974, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt. Eine Schweigepflichtentbindung liegt uns vor; eine Kopie senden wir Ihnen über unser Portal.

Wir bitten um einen kurzen Befundbericht zu den Behandlungen seit Januar 2025, insbesondere zu den Diagnosen, den Arbeitsunfähigkeitszeiten und der aktuellen Medikation. Ihre Kosten erstatten wir nach GOÄ Nr. 75.

Mit freundlichen Grüßen
""", sig="stanek")

M("N", "de", "internal", "trap: calendar invitation to an ICD-10 coding training with example codes, no person",
  frm=ADDR("hasselbach"), to=["Sabine Kröger <sabine.kroeger@versicherer.example>", "Gerrit Brandt <gerrit.brandt@versicherer.example>",
                             "Marlene Schulte <marlene.schulte@versicherer.example>"],
  subj="Einladung: Schulung ICD-10-GM 2026 – was ist neu?",
  date="2026-02-09 08:30",
  body="""Liebe Kolleginnen und Kollegen,

wie jedes Jahr eine kurze Runde zu den Änderungen im ICD-10-GM. Schwerpunkte diesmal: neue Schlüsselnummern im Kapitel U, die Kodierung von Long-COVID-Folgezuständen (U09.9!) und typische Fehler bei Zusatzkennzeichen (G, V, Z, A).

Bringt gerne anonymisierte Beispiele mit, bei denen ihr unsicher wart.

Ulrike Hasselbach
""", att=[ICS("einladung.ics", "ics-2026-icd-schulung-01@versicherer.example", "Schulung ICD-10-GM 2026",
                "20260219T140000", "20260219T153000",
                ("Dr. med. Ulrike Hasselbach", "ulrike.hasselbach@versicherer.example"),
                [("Sabine Kröger", "sabine.kroeger@versicherer.example"), ("Gerrit Brandt", "gerrit.brandt@versicherer.example"),
                 ("Marlene Schulte", "marlene.schulte@versicherer.example")],
                location="Raum 4.12 / Teams",
                description="Änderungen ICD-10-GM 2026, Zusatzkennzeichen, U09.9, Fragen aus der Praxis.")])

M("C", "de", "internal", "signature-free list line: name and birth date of a young driver to be added to a motor policy",
  frm=ADDR("falk"), to=ADDR("engel"),
  subj="Fahrer nachtragen KF 5530-118842",
  date="2026-02-09 12:04",
  body="""Rüdiger, kannst du bei dem Vertrag die Tochter als Fahrerin nachtragen? Kunde hat heute angerufen.

Leonie Brandes 22.09.2001

Führerschein seit 2019, kein Schaden. Danke dir!
Bernd""", client="outlook")

M("N", "en", "insurer-to-partner", "trap: reinsurer statistic by diagnosis chapter with small counts, no persons",
  frm=ADDR("stone"), to="Helen Park <helen.park@munichre-demo.example>",
  subj="Q4 2025 – group income protection, new claims by ICD chapter",
  date="2026-02-10 10:45",
  body="""Dear Helen,

as agreed in our quarterly call, here are the new group income protection claims for Q4 2025 by ICD-10 chapter. Counts only; chapters with fewer than 3 claims are merged into "other".

[[t]]

Mental and behavioural disorders remain the largest group, as in the previous quarters. The average age at claim is 47.

Kind regards
Rebecca
""", tables={"t": ([["ICD chapter", "New claims Q4", "Q4 2024"],
                   ["V (F00–F99) mental", "14", "11"],
                   ["XIII (M00–M99) musculoskeletal", "9", "10"],
                   ["II (C00–D48) neoplasms", "5", "4"],
                   ["IX (I00–I99) circulatory", "3", "5"],
                   ["other (merged)", "4", "3"],
                   ["total", "35", "33"]], "pad")}, html=True, sig="stone", sigstyle="short")

M("S", "en", "insurer-to-customer", "expat customer addressed: 'your MRI of the left knee' and orthopaedic invoice in Dubai",
  frm=ADDR("whitfield"), to="Rohan Mehta <rohan.mehta@emirates-mail.example>",
  subj="Your claim IH-0448213 – MRI Dubai",
  date="2026-02-10 14:20",
  body="""Dear Mr Mehta,

thank you for sending the invoice from Mediclinic City Hospital. We have approved the costs of your MRI of the left knee (AED 2,350) and the orthopaedic consultation.

The physiotherapy your surgeon recommended is covered up to 20 sessions per year under your plan. Please ask the clinic to bill us directly – they have our direct billing agreement.

Get well soon.

Best regards
""", sig="whitfield")

M("N", "de", "insurer-to-supplier", "trap: order of flu vaccine doses for the company flu campaign, no person",
  frm=ADDR("krueger"), to="Vertrieb <bestellung@medi-grosshandel.example>",
  subj="Bestellung Grippeimpfstoff Betriebsarzt – Saison 2026/27",
  date="2026-02-11 09:18",
  body="""Guten Tag Frau Ebert,

wie telefonisch besprochen bestellen wir für die Grippeschutzimpfung unseres betriebsärztlichen Dienstes:

- 250 Dosen tetravalenter Influenza-Impfstoff (Saison 2026/27), Fertigspritze
- Lieferung an: Versicherer Holding AG, Betriebsarzt, Rheinuferstraße 12, 50667 Köln, Anlieferung Tor 2
- gewünschter Liefertermin: KW 40

Bitte senden Sie die Auftragsbestätigung an einkauf@versicherer.example, Bestellnummer 4500218873.

Mit freundlichen Grüßen
""", sig="krueger")

M("C", "de", "insurer-to-customer", "named customer, new IBAN for household insurance direct debit",
  frm=ADDR("becker"), to="Svenja Krol <svenja.krol@web.example>",
  subj="Bestätigung: neue Bankverbindung für Ihre Hausratversicherung",
  date="2026-02-11 11:02",
  body="Sehr geehrte Frau Krol,\n\nwir haben Ihre neue Bankverbindung gespeichert:\n\n"
       f"Kontoinhaberin: Svenja Krol\nIBAN: {IB('DE', '500105175407324931')}\nBIC: COBADEFFXXX\n\n"
       """Ab dem 1. März buchen wir den Beitrag für Ihre Hausratversicherung (HR 7710-553201) von diesem Konto ab. Das SEPA-Lastschriftmandat hat die Mandatsreferenz HR7710553201-02.

Freundliche Grüße
""", sig="becker")

M("N", "de", "insurer-to-customer", "trap: content-free portal notification, no name, no contract",
  frm="Versicherer Postfach <noreply@versicherer.example>", to="a.kessler@freenet.example",
  subj="Neue Nachricht in Ihrem Postfach",
  date="2026-02-11 17:45",
  body="""Guten Tag,

in Ihrem persönlichen Postfach bei der Versicherer-Gruppe liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://postfach.versicherer.example an, um sie zu lesen. Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Die Nachricht bleibt 90 Tage in Ihrem Postfach gespeichert.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.""")

M("S", "de", "internal", "harmless body; XLSX third data row names a customer with psychotherapy sessions",
  frm=ADDR("brandt"), to=ADDR("kroeger"),
  subj="Liste Rückfragen Kostenzusagen",
  date="2026-02-12 08:11",
  body="""Morgen Sabine,

anbei die Liste für die Rückfragen von gestern. Die ersten beiden haben sich erledigt, bei den anderen bitte nochmal draufschauen.

Gerrit""",
  att=[XLSX("Rueckfragen_KZ_KW07.xlsx", {"KW07": [
      ["Vorgang", "VN-Nr.", "Name", "Leistungsart", "Status"],
      ["KZ-26-0711", "KV 2210-88431", "Ilse Börner", "Hilfsmittel", "erledigt"],
      ["KZ-26-0714", "KV 2210-10277", "Jannik Sauer", "Zahnersatz HKP", "erledigt"],
      ["KZ-26-0719", "KV 2210-55902", "Marion Pfeiffer", "Psychotherapie, 24 Sitzungen (Verhaltenstherapie)", "offen – Gutachten fehlt"],
      ["KZ-26-0722", "KV 2210-43318", "Eckhard Lutz", "Anschlussheilbehandlung", "offen"],
  ]}, author="Gerrit Brandt")])

M("N", "en", "internal", "trap: IT ticket about OCR misrouting 'Arztberichte', only placeholder document IDs",
  frm=ADDR("hoffmann"), to=ADDR("raman"),
  subj="INC-2026-04417 OCR routing: Arztberichte land in Kfz queue",
  date="2026-02-12 10:37",
  body="""Priya,

since the OCR update on Tuesday, a share of scanned "Arztbericht" documents is routed to the motor claims queue instead of health. Looks like the classifier keyword list lost the umlaut variants (Ärztlicher Bericht / Aerztlicher Bericht).

Reproduced with the test set from the lab, doc IDs TEST-0001 to TEST-0040, no production documents touched. 7 of 40 misrouted.

Can you check whether the dictionary file was replaced in the deployment? Ticket priority 2, the health team is sorting manually for now.

Lukas
""", sig="hoffmann", sigstyle="short")

M("C", "en", "insurer-to-company", "D&O notification naming a managing director as insured person, no health content",
  frm=ADDR("hartmann"), to="Claudia Reinholz <c.reinholz@kaestner-logistik.example>",
  subj="D&O policy DO-3301-2207 – notice of circumstances",
  date="2026-02-13 09:40",
  body="""Dear Ms Reinholz,

thank you for the notice of circumstances. We confirm receipt under D&O policy DO-3301-2207 (Kästner Logistik GmbH).

As we understand it, the insolvency administrator of a former subsidiary has announced claims against your managing director, Dr. Ralf Kästner, personally, for payments made after the subsidiary became insolvent. No claim has been filed in court yet.

Please send us the administrator's letter of 30 January and the board minutes of 2024. We will appoint defence counsel only after consulting Dr. Kästner.

Kind regards
""", sig="hartmann")

M("S", "de", "lawyer", "lawyer's letter forwarded: injured client with whiplash and sick leave after a car accident",
  frm=ADDR("oltmanns"), to=ADDR("brenner"),
  subj="WG: Ihr Zeichen KH-26-0077412 / Unfall 09.01.2026 – Personenschaden",
  date="2026-02-13 14:05",
  body="""Markus, zur Info, der Anwalt der Geschädigten. Personenschaden liegt bei mir, Sachschaden bleibt bei dir.
Jens""",
  quote=FW("Kanzlei Feldhaus & Partner <post@feldhaus-recht.example>", "12.02.2026, 16:22", "schaden@versicherer.example",
           "Ihr Zeichen KH-26-0077412 / Unfall 09.01.2026",
           """Sehr geehrte Damen und Herren,

wir vertreten Frau Daniela Osterkamp. Ihr Versicherungsnehmer fuhr am 09.01.2026 auf der Aachener Straße auf das stehende Fahrzeug unserer Mandantin auf.

Unsere Mandantin erlitt eine HWS-Distorsion (S13.4) und war vom 09.01. bis 06.02.2026 arbeitsunfähig. Sie befindet sich weiterhin in physiotherapeutischer Behandlung. Das Attest des Unfallchirurgen fügen wir bei.

Wir fordern ein Schmerzensgeld von zunächst 1.500 € sowie den Ersatz des Verdienstausfalls. Wir erwarten Ihre Stellungnahme bis 27.02.2026.

Mit freundlichen Grüßen
Feldhaus
Rechtsanwalt"""))

M("N", "de", "internal", "trap: data-protection meeting minutes about health data in the portal, no persons",
  frm=ADDR("meier"), to=["Tim Fischer <tim.fischer@versicherer.example>", "Priya Raman <priya.raman@versicherer.example>",
                         "Sabine Kröger <sabine.kroeger@versicherer.example>"],
  subj="Protokoll Jour fixe Datenschutz 12.02.",
  date="2026-02-13 16:50",
  body="""Hallo zusammen,

das Protokoll von gestern:

TOP 1 Gesundheitsdaten im Kundenportal
- Leistungsabrechnungen mit Diagnosen werden künftig nur noch im Portal bereitgestellt, nicht mehr per Mail-Anhang.
- Offene Frage: Wie lange bleiben Arztberichte im Portal? Vorschlag 90 Tage, Aufbewahrung im Archiv unverändert.

TOP 2 Einwilligung TLS
- Die Vorlage für die Kundeneinwilligung (streng vertrauliche Daten über TLS) ist mit der Rechtsabteilung abgestimmt. Sabine gibt sie an die Leistungsteams.

TOP 3 Vorfälle
- Keine neuen meldepflichtigen Vorfälle im Januar.

Nächster Termin: 12.03., 10 Uhr.

Thomas
""", sig="meier", sigstyle="short")

M("C", "en", "insurer-to-customer", "premium reminder for a named customer's motor policy with amount due",
  frm=ADDR("becker"), to="Olusegun Adeyemi <o.adeyemi@yahoo.example>",
  subj="Reminder: outstanding premium for your car insurance KF 5530-330217",
  date="2026-03-11 14:00",
  body="""Dear Mr Adeyemi,

we could not collect the premium of 412.80 EUR for your car insurance (KF 5530-330217, Toyota Yaris, K-OA 1907) due on 1 March 2026 – your bank returned the direct debit.

Please transfer the amount within two weeks to our account stated on the invoice, quoting the policy number. If you have changed your bank, just reply with the new details via our secure mailbox.

Kind regards
""", sig="becker")

M("C", "de", "insurer-to-customer", "legal-expenses case: named customer with monthly gross salary in an employment dispute",
  frm=ADDR("lindqvist"), to="Harald Jentsch <h.jentsch@arcor.example>",
  subj="Ihre Rechtsschutzversicherung – Deckungszusage Kündigungsschutzklage",
  date="2026-02-16 09:23",
  body="""Sehr geehrter Herr Jentsch,

für die Kündigungsschutzklage gegen Ihren Arbeitgeber erteilen wir Deckungszusage für die erste Instanz (Schaden RS-26-0019543).

Der Gegenstandswert richtet sich nach drei Bruttomonatsgehältern. Nach Ihren Angaben beträgt Ihr Bruttomonatsgehalt 3.850 €, der Streitwert also 11.550 €. Bitte leiten Sie diese Zusage an Ihre Anwältin, Frau Rechtsanwältin Meurer, weiter.

Die Selbstbeteiligung von 150 € verrechnen wir mit der Anwaltsrechnung.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("N", "en", "internal", "trap: out-of-office reply pointing to the claims team, no person's data",
  frm=ADDR("morgan"), to=ADDR("whitfield"),
  subj="Automatic reply: medical cost forecast Q1",
  date="2026-02-16 11:00",
  client="system", mailer="Microsoft Exchange Server",
  headers={"X-Auto-Response-Suppress": "All"},
  body="""Thank you for your message. I am out of the office until Monday, 23 February, with limited access to e-mail.

For questions on the medical cost forecast, claims reserves or IBNR please contact finance-controlling@versicherer.example.
For anything urgent, call the Group Finance office on +49 221 555-1800.

Best regards
James Morgan""")

M("S", "en", "insurer-to-hospital", "initials plus birth date and a planned hip replacement in a cost guarantee",
  frm=ADDR("whitfield"), to="Patient Services <intl.patients@kliniken-rhein.example>",
  subj="Cost guarantee – your ref. PS-88120",
  date="2026-02-17 08:45",
  body="""Dear colleagues,

regarding your request of 13 February: we confirm the cost guarantee for our insured J.K., date of birth 1979-05-14, membership no. IH-0390177, for the planned total hip replacement (right side) on 2 March 2026, including 6 days inpatient stay in a twin room and the anaesthesia.

Please bill us directly after discharge, quoting the membership number. Rehabilitation is not part of this guarantee and needs a separate request.

Kind regards
""", sig="whitfield")

M("N", "de", "insurer-to-customer", "trap: prospect asks about dental add-on; generic tariff information, no contract or health data",
  frm=ADDR("nguyen"), to="Johanna Lang <johanna.lang@mailbox.example>",
  subj="AW: Frage zu Zahnzusatz",
  date="2026-02-17 13:30",
  body="""Sehr geehrte Frau Lang,

gerne beantworte ich Ihre Frage. Unsere Zahnzusatztarife unterscheiden sich vor allem bei Zahnersatz:

- ZahnBasis: 60 % für Zahnersatz, Prophylaxe bis 80 € im Jahr
- ZahnPlus: 80 % für Zahnersatz, Prophylaxe bis 160 € im Jahr, Implantate inklusive
- ZahnTop: 100 %, auch Inlays und Kieferorthopädie für Erwachsene nach Unfall

In den ersten vier Jahren gelten Höchstbeträge (Zahnstaffel). Eine Wartezeit gibt es nicht. Den Antrag können Sie online stellen; dort werden auch einige Fragen zum Zustand Ihrer Zähne gestellt.

Mit freundlichen Grüßen
""", sig="nguyen",
  quote=OQ("Johanna Lang <johanna.lang@mailbox.example>", "Montag, 16. Februar 2026 20:12", "info@versicherer.example",
           "Frage zu Zahnzusatz", "Hallo, was ist der Unterschied zwischen Ihren Zahntarifen? Lohnt sich das? Danke, J. Lang"))

M("C", "de", "broker", "sole-trader broker sends her private IBAN and tax number for commission payments",
  frm=ADDR("vogel"), to="Provisionsabrechnung <provision@versicherer.example>",
  subj="WG: neue Bankverbindung Courtage – Vermittlernr. 0082217",
  date="2026-02-18 10:15",
  body="""Bitte ab der Märzabrechnung umstellen. Frau Seeliger ist Einzelunternehmerin, kein Firmenkonto.
Danke, Katharina
""",
  quote=FW("Birgit Seeliger <b.seeliger@seeliger-versicherungen.example>", "17.02.2026, 18:40", "Katharina Vogel",
           "neue Bankverbindung Courtage",
           "Liebe Frau Vogel,\n\nich habe die Bank gewechselt. Bitte die Courtage ab sofort hierhin:\n\n"
           f"Birgit Seeliger\n{IB('DE', '600501010002875533')}\nBW-Bank Stuttgart\n\n"
           "Steuernummer bleibt 99023/41577.\n\nHerzliche Grüße aus Esslingen\nBirgit Seeliger\nVersicherungsmaklerin"))


# ---- batch 2 ---------------------------------------------------------------

M("N", "de", "internal", "trap: actuarial note on mortality table and causes of death by age band, no persons",
  frm=ADDR("okafor"), to=["Jörg Pietsch <joerg.pietsch@versicherer.example>", ADDR("stone")],
  subj="Kurznotiz: Sterblichkeit Bestand Risikoleben 2025 vs. DAV 2008 T",
  date="2026-02-18 15:02",
  body="""Hallo Jörg, hallo Rebecca,

kurz vorab die Ergebnisse, das ausführliche Papier kommt Ende des Monats.

- Beobachtete Sterbefälle Risikoleben 2025: 412 (erwartet nach DAV 2008 T: 538), A/E = 77 %.
- Männer 45–59 liegen mit 84 % am höchsten, Frauen unter 40 mit 61 % am niedrigsten (kleine Zahlen, 19 Fälle).
- Todesursachen laut Leistungsprüfung: Neubildungen 41 %, Herz-Kreislauf 23 %, Unfälle 9 %, Suizid 6 %, Rest sonstige/unbekannt.
- Kein Hinweis auf einen Pandemie-Nachlaufeffekt mehr.

Für den Rückversicherer können wir die Tabelle ohne weitere Aufbereitung verwenden, da nur Aggregate.

Gruß
Chidi
""", sig="okafor", sigstyle="short")

M("C", "en", "customer", "forwarded customer mail (rfc822) with his IBAN for a household claim payout; nothing medical",
  frm=ADDR("demir"), to="Claims Payments <zahlungen-sach@versicherer.example>",
  subj="FW: bank details for claim HR-26-0040112",
  date="2026-02-19 09:12", lang="en",
  body="""Please pay out the 1,280.00 EUR (water damage, contents) to the account in the attached mail. Approved, file is complete.

Aylin""",
  att=[EML(INNER("Peter O'Sullivan <peter.osullivan@eircom.example>", "Aylin Demir <aylin.demir@versicherer.example>",
                 "bank details for claim HR-26-0040112", "2026-02-18 21:33",
                 "Dear Ms Demir,\n\nthanks for the quick decision. Please transfer the money to my Irish account:\n\n"
                 f"Account holder: Peter O'Sullivan\nIBAN: {IB('IE', 'AIBK93115212345678')}\nBIC: AIBKIE2D\n\n"
                 "The carpet has already been thrown out, the landlord replaced the pipe.\n\nRegards,\nPeter",
                 "<CAF4x9PoS-2kq0eircom@mail.eircom.example>", lang="en", client="thunderbird"),
           "bank details for claim HR-26-0040112.eml")])

M("S", "de", "insurer-to-customer", "child named by first name and age with orthodontic treatment (KIG 3)",
  frm=ADDR("wendland"), to="Familie Aydın <aydin.familie@gmail.example>",
  subj="Kieferorthopädie – Kostenzusage",
  date="2026-02-19 11:48",
  body="""Sehr geehrte Frau Aydın,

wir haben den Behandlungsplan der kieferorthopädischen Praxis Dr. Lamprecht für Ihre Tochter Elif (9 Jahre) geprüft. Die Fehlstellung ist als KIG 3 eingestuft; damit übernimmt die gesetzliche Kasse den Grundanteil, und aus Ihrem Zusatztarif erstatten wir zusätzlich die Mehrkosten für die Keramikbrackets bis 1.200 €.

Bitte reichen Sie die Rechnungen jeweils quartalsweise ein.

Freundliche Grüße
""", sig="wendland")

M("N", "de", "insurer-to-partner", "trap: press release with drunk-driving claim statistics, no person",
  frm=ADDR("baumann"), to="Redaktion <redaktion@koelner-stadtanzeiger-demo.example>",
  subj="Pressemitteilung: Alkohol am Steuer – jeder 14. Personenschaden",
  date="2026-02-20 08:00",
  body="""PRESSEMITTEILUNG

Köln, 20. Februar 2026 – Bei jedem 14. Kfz-Haftpflichtschaden mit Verletzten, den die Versicherer-Gruppe 2025 reguliert hat, war Alkohol im Spiel. Die durchschnittlichen Kosten dieser Schäden liegen mit 38.400 € fast dreimal so hoch wie bei anderen Personenschäden.

„Schon ab 0,3 Promille steigt das Unfallrisiko deutlich", sagt Markus Brenner, Leiter Schadenservice Kraftfahrt. „Und wer betrunken fährt, muss damit rechnen, dass wir bis zu 5.000 € zurückfordern."

Die Auswertung umfasst rund 61.000 Kfz-Schäden aus dem Jahr 2025. Einzelfälle werden nicht veröffentlicht.

Pressekontakt: Julia Baumann, presse@versicherer.example, +49 221 555-1010
""")

M("S", "de", "internal", "deceased insured person named with cause of death from the death certificate, life claim",
  frm=ADDR("stanek"), to=ADDR("hasselbach"),
  subj="Todesfall LV 6600-214871 – bitte ärztliche Einschätzung",
  date="2026-02-20 10:31",
  body="""Hallo Frau Dr. Hasselbach,

Versicherte Person Hildegard Zenker ist am 03.02.2026 verstorben. Laut Todesbescheinigung: akuter Myokardinfarkt, bekannte KHK seit ca. 2019. Vertrag erst im Mai 2024 abgeschlossen, im Antrag keine Herzerkrankung angegeben.

Bevor wir die Hausarztunterlagen anfordern: Sehen Sie hier einen Anlass für eine Prüfung der vorvertraglichen Anzeigepflicht? Bezugsberechtigt ist der Ehemann, er wartet auf Nachricht.

Danke und Gruß
Oliver Stanek""")

M("N", "en", "insurer-to-supplier", "trap: shredding contract for medical files, company parties only",
  frm=ADDR("krueger"), to="Account Management <contracts@securedestruct.example>",
  subj="Renewal: secure destruction of health claims paper files 2026",
  date="2026-02-20 14:15", lang="en",
  body="""Dear Mr Haas,

we would like to renew the contract for the secure destruction of paper files from our health claims department (Cologne site) for 2026 on the existing terms:

- 12 locked bins, collection every second Tuesday
- destruction to DIN 66399, security level P-4, protection class 3 (health data)
- certificate of destruction per collection
- price per bin unchanged at 14.50 EUR

Please confirm and send the updated data processing agreement (Art. 28 GDPR) for signature.

Kind regards
""", sig="krueger")

M("C", "de", "insurer-to-customer", "sole trader (natural person) as policyholder of a bakery contents policy, claim number, no injury",
  frm=ADDR("hartmann"), to="Bäckerei Schmitz, Inh. Werner Schmitz <info@baeckerei-schmitz.example>",
  subj="Ihr Schaden GW-26-0007713 – Ausfall Kühlzelle",
  date="2026-02-23 09:09",
  body="""Sehr geehrter Herr Schmitz,

unser Sachverständiger war am Freitag bei Ihnen. Der Kompressor der Kühlzelle ist durch Überspannung ausgefallen, das ist in Ihrer Inhaltsversicherung (Vertrag GI 4410-20871) mitversichert.

Wir erstatten die Reparatur (2.140 € netto) und die verdorbene Ware laut Ihrer Aufstellung (860 € netto). Einen Ertragsausfall hatten Sie zum Glück nicht.

Mit freundlichen Grüßen
""", sig="hartmann")

M("N", "de", "insurer-to-company", "trap: water damage in an office building of a GmbH, only company and functional mailbox, no natural person",
  frm=ADDR("hartmann"), to="Schadenabteilung <schaden@rheinpark-immobilien.example>",
  subj="Leitungswasserschaden Bürogebäude Deutz, Ihr Zeichen RP/2026/014",
  date="2026-02-23 11:40",
  body="""Sehr geehrte Damen und Herren,

zum Leitungswasserschaden im Bürogebäude Deutz-Mülheimer Straße 40 (3. OG, Teeküche) haben wir den Sachverständigen Ing.-Büro Kranz beauftragt. Er meldet sich wegen eines Termins bei Ihrer Hausverwaltung.

Bitte lassen Sie die Trocknungsgeräte bis zur Besichtigung stehen und dokumentieren Sie die Stromkosten der Geräte.

Mit freundlichen Grüßen
""", sig="hartmann", sigstyle="short")

M("S", "en", "insurer-to-customer", "HTML-only annual statement of a named person's term life policy (life line, sum insured, beneficiary)",
  frm=ADDR("okafor").replace("Chidi Okafor", "Versicherer Life Service").replace("chidi.okafor", "life-service"),
  to="Anna Kowalczyk <anna.kowalczyk@onet.example>",
  subj="Your annual policy statement 2025",
  date="2026-02-24 06:30", lang="en", client="system",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Annual statement</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Ms Kowalczyk,</p>
<p>here is your annual statement for your term life insurance.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Policy number</td><td><b>LV 6610-338120</b></td></tr>
<tr><td>Insured person</td><td>Anna Kowalczyk</td></tr>
<tr><td>Sum insured</td><td>250,000.00 EUR (constant)</td></tr>
<tr><td>Premium 2025</td><td>312.40 EUR</td></tr>
<tr><td>Beneficiary</td><td>Michał Kowalczyk (spouse)</td></tr>
<tr><td>End of cover</td><td>01/03/2046</td></tr>
</table>
<p>If your personal situation has changed, you can update the beneficiary in your online account.</p>
<p>Versicherer Lebensversicherung AG<br>Rheinuferstrasse 12, 50667 Cologne</p>
</body></html>
""")

M("N", "de", "internal", "trap: HTML-only sickness-absence rate per department, no names",
  frm=ADDR("weiss"), to="Führungskräfte <fuehrungskraefte@versicherer.example>",
  subj="Krankenquote Januar 2026",
  date="2026-02-24 13:00", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Liebe Führungskräfte,</p>
<p class="MsoNormal">anbei wie jeden Monat die Krankenquote. Abteilungen unter 10 Mitarbeitenden sind zusammengefasst.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri">
<tr><th>Bereich</th><th>Krankenquote Jan 2026</th><th>Jan 2025</th></tr>
<tr><td>Leistung KV</td><td>7,9 %</td><td>8,4 %</td></tr>
<tr><td>Schaden Sach/HUK</td><td>6,1 %</td><td>7,0 %</td></tr>
<tr><td>Leben/BU</td><td>5,4 %</td><td>5,2 %</td></tr>
<tr><td>IT</td><td>4,2 %</td><td>4,9 %</td></tr>
<tr><td>Sonstige (zusammengefasst)</td><td>5,8 %</td><td>6,3 %</td></tr>
</table>
<p class="MsoNormal">Die Grippewelle war im Januar schwächer als im Vorjahr. Das BGM-Angebot (Rückenkurs, Impfaktion) läuft weiter.</p>
<p class="MsoNormal">Viele Grüße<br>Nadine Weiß<br>Personal</p>
</div></body></html>
""")

M("C", "de", "insurer-to-customer", "dog liability: named customer's dog bit another dog; vet bill of the animal only (animal health)",
  frm=ADDR("oltmanns"), to="Tanja Wewer <tanja.wewer@yahoo.example>",
  subj="Hundehaftpflicht PH 3302-71106 – Beißvorfall Hundewiese",
  date="2026-02-24 15:22",
  body="""Sehr geehrte Frau Wewer,

die Halterin des gebissenen Hundes hat uns die Tierarztrechnung geschickt: Wundversorgung unter Narkose, zwei Nähte, Antibiotikum, insgesamt 486,20 €. Menschen wurden nach beiden Schilderungen nicht verletzt.

Da Ihr Rüde "Balu" unstreitig zugebissen hat, regulieren wir den Betrag direkt mit der Geschädigten. Für Sie fällt die vereinbarte Selbstbeteiligung von 150 € an; die Rechnung dazu kommt gesondert.

Mit freundlichen Grüßen
""", sig="oltmanns")

M("S", "de", "insurer-to-applicant", "underwriting: addressee's knee arthroscopy and an exclusion clause in a BU application",
  frm=ADDR("schulte"), to="Dennis Hartwig <dennis.hartwig@gmx.example>",
  subj="Ihr Antrag auf Berufsunfähigkeitsversicherung",
  date="2026-02-25 10:05",
  body="""Sehr geehrter Herr Hartwig,

vielen Dank für die ausgefüllten Zusatzfragebögen. Nach Auswertung Ihrer Angaben zur Kniearthroskopie rechts im Jahr 2022 (Meniskusteilresektion) können wir Ihren Antrag annehmen, allerdings mit folgender Klausel:

"Berufsunfähigkeit, die ganz oder überwiegend auf Erkrankungen oder Verletzungen des rechten Kniegelenks beruht, ist vom Versicherungsschutz ausgeschlossen."

Nach drei beschwerdefreien Jahren können Sie eine Überprüfung der Klausel beantragen. Bitte teilen Sie uns innerhalb von vier Wochen mit, ob Sie einverstanden sind.

Mit freundlichen Grüßen
""", sig="schulte")

M("N", "en", "internal", "trap: competitor comparison of critical illness products listing covered diseases, no person",
  frm=ADDR("okafor"), to="Product Development Life <produkt-leben@versicherer.example>",
  subj="Critical illness – market scan UK/IE vs. our draft",
  date="2026-02-25 14:40", lang="en",
  body="""Hi all,

quick market scan before Thursday's workshop. Definitions copied from the public policy wordings.

[[t]]

Main gap in our draft: no partial payment for early-stage cancer (carcinoma in situ). Two of three competitors pay 25 % there. Multiple sclerosis definitions differ a lot – some require "persisting symptoms for 6 months".

Chidi
""", tables={"t": ([["Condition", "Competitor A", "Competitor B", "Competitor C", "Our draft"],
                   ["Cancer (invasive)", "yes", "yes", "yes", "yes"],
                   ["Carcinoma in situ", "25 %", "25 %", "no", "no"],
                   ["Heart attack", "yes", "yes", "yes", "yes"],
                   ["Stroke", "yes", "yes", "yes", "yes"],
                   ["Multiple sclerosis", "yes", "definite diagnosis", "yes", "yes"],
                   ["Dementia (before 65)", "yes", "no", "yes", "planned"]], "pipe")})

M("C", "en", "insurer-to-customer", "travel cancellation because of job loss, named customer and booking, no health content",
  frm=ADDR("seidel"), to="Lucy Brennan <lucy.brennan@btinternet.example>",
  subj="Your trip cancellation claim RR-26-0011408",
  date="2026-02-26 09:50", lang="en",
  body="""Dear Ms Brennan,

we have received your employer's termination letter dated 20 January 2026. Unexpected loss of employment is an insured event under your annual travel insurance.

We will therefore reimburse the cancellation fee of the tour operator for your trip to Lisbon (departure 14 March), 1,140.00 EUR less the excess of 100.00 EUR, to the account you gave us.

Kind regards
""", sig="seidel")

M("S", "de", "customer", "body says only 'Arztbrief anbei'; the PDF attachment is a hospital discharge letter",
  frm=ADDR("brandt"), to=ADDR("hasselbach"),
  subj="WG: Unterlagen Krankenhausaufenthalt",
  date="2026-02-26 12:17",
  body="""Frau Dr. Hasselbach, bitte einmal drüberschauen wegen der Frage, ob das eine Vorerkrankung ist. Kunde hat den Brief selbst geschickt.
Gruß G. Brandt

-------- Weitergeleitete Nachricht --------
Betreff: 	Unterlagen Krankenhausaufenthalt
Von: 	Norbert Fiebig <n.fiebig@online.example>

Arztbrief anbei.
N. Fiebig""",
  att=[PDF("Entlassbrief_Fiebig.pdf", [
      ("h", "St.-Vinzenz-Krankenhaus Köln – Klinik für Innere Medizin"),
      "Entlassbrief",
      "Patient: Norbert Fiebig, geb. 11.06.1961\nAufenthalt: 02.02.2026 – 09.02.2026",
      ("h", "Diagnosen", 2),
      "1. Vorhofflimmern, paroxysmal (I48.0)\n2. Arterielle Hypertonie (I10.90)\n3. Diabetes mellitus Typ 2, nicht insulinpflichtig (E11.9)",
      ("h", "Medikation bei Entlassung", 2),
      "Apixaban 5 mg 1-0-1\nMetoprolol 47,5 mg 1-0-0\nMetformin 1000 mg 1-0-1",
      "Wir bitten um Wiedervorstellung beim Hausarzt in einer Woche.",
      "Mit freundlichen kollegialen Grüßen\nDr. med. S. Akgül, Oberärztin",
  ], title="Entlassbrief")])

M("N", "de", "internal", "trap: blank confidentiality-release form (PDF) with placeholders only",
  frm=ADDR("meier"), to="Leistungsteams <leistung-alle@versicherer.example>",
  subj="Neue Vorlage Schweigepflichtentbindung (Stand 02/2026)",
  date="2026-02-26 15:30",
  body="""Liebe Kolleginnen und Kollegen,

anbei die neue Vorlage der Schweigepflichtentbindungserklärung nach § 213 VVG. Bitte die alte Fassung (Stand 2021) nicht mehr versenden. Geändert haben sich vor allem die Wahlmöglichkeit "Einwilligung im Einzelfall" und der Hinweis auf die Übermittlung an Rückversicherer.

Thomas Meier
Datenschutzbeauftragter""",
  att=[PDF("Schweigepflichtentbindung_Vorlage_2026-02.pdf", [
      ("h", "Erklärung zur Entbindung von der Schweigepflicht"),
      "Name, Vorname der versicherten Person: ______________________\nGeburtsdatum: ___.___.______\nVertragsnummer: ______________________",
      "Ich entbinde die nachfolgend genannten Ärztinnen, Ärzte, Krankenhäuser und sonstigen Einrichtungen von ihrer Schweigepflicht, soweit die Versicherer-Gruppe zur Prüfung der Leistungspflicht Gesundheitsdaten benötigt.",
      "[ ] Ich willige generell ein.\n[ ] Ich möchte vor jeder Anfrage informiert werden und im Einzelfall entscheiden.",
      "Ort, Datum: ______________    Unterschrift: ______________________",
      ("small", "Vorlage Datenschutz, Stand 02/2026. Bitte nur unausgefüllt intern weitergeben."),
  ], title="Vorlage Schweigepflichtentbindung")])

M("C", "de", "authority", "police request naming a vehicle holder with plate and theft; motor contract confirmed",
  frm=ADDR("brenner"), to="Polizeipräsidium Köln, KK 31 <kk31.koeln@polizei-nrw-demo.example>",
  subj="AW: Ihr Az. 2026-0213-4471 – Kfz-Diebstahl K-JR 4460",
  date="2026-02-27 08:44",
  body="""Sehr geehrter Herr Kriminaloberkommissar Lenz,

wir bestätigen, dass für den Pkw BMW X3, amtl. Kennzeichen K-JR 4460, Halter Herr Jonas Reuschenbach, bei uns eine Vollkaskoversicherung besteht (Vertrag KF 5530-209934). Der Diebstahl wurde uns am 14.02. gemeldet.

Eine Kopie der Schadenanzeige senden wir Ihnen auf Anforderung über unser gesichertes Postfach.

Mit freundlichen Grüßen
""", sig="brenner",
  quote=OQ("KK 31 Köln <kk31.koeln@polizei-nrw-demo.example>", "Donnerstag, 26. Februar 2026 15:10", "schaden@versicherer.example",
           "Ihr Az. 2026-0213-4471",
           "Sehr geehrte Damen und Herren,\nbitte bestätigen Sie, ob für das Fahrzeug K-JR 4460 bei Ihnen ein Versicherungsvertrag besteht und ob ein Diebstahl gemeldet wurde.\nLenz, KOK"))

M("S", "de", "authority", "accident insurance: insured described only by role, date and place of the accident, with a fracture",
  frm=ADDR("albrecht"), to="Bezirksverwaltung <bv-koeln@bg-bau-demo.example>",
  subj="Ihr Schreiben vom 20.02. – Unfall vom 12.03.2025, Baustelle Deutzer Hafen",
  date="2026-02-27 10:26",
  body="""Sehr geehrte Damen und Herren,

zu Ihrer Anfrage: Unser Versicherungsnehmer mit dem Unfall vom 12.03.2025 auf der Baustelle Deutzer Hafen (Sturz vom Gerüst) hat auch bei uns eine private Unfallversicherung. Wir haben wegen der Fersenbeinfraktur links eine Invaliditätsleistung von 9.000 € gezahlt.

Einen Regress gegen Ihre Berufsgenossenschaft gibt es bei der privaten Unfallversicherung nicht; die Leistungen stehen nebeneinander. Das Gutachten übersenden wir nur mit Einwilligung des Versicherten.

Mit freundlichen Grüßen
""", sig="albrecht")

M("C", "de", "insurer-to-customer", "motor claim of a named customer 'niemand wurde verletzt', claim number and plate",
  frm=ADDR("brenner"), to="Ramona Geissler <ramona.geissler@t-online.example>",
  subj="Ihr Kfz-Schaden KH-26-0091230",
  date="2026-03-02 11:11",
  body="""Sehr geehrte Frau Geissler,

danke für Ihre Schilderung. Wie Sie schreiben, ist beim Rangieren auf dem Supermarktparkplatz niemand verletzt worden; es geht nur um den Kratzer an der hinteren Tür des anderen Fahrzeugs.

Wir regulieren den Schaden des Unfallgegners aus Ihrer Kfz-Haftpflicht (Fahrzeug K-RG 227). Ihr Schadenfreiheitsrabatt wird im nächsten Jahr zurückgestuft, es sei denn, Sie erstatten uns den Betrag (voraussichtlich 780 €) innerhalb von sechs Monaten.

Mit freundlichen Grüßen
""", sig="brenner")

M("S", "en", "internal", "harmless body; ZIP contains a doctor's certificate (txt) naming an insured with a tendon rupture",
  frm=ADDR("albrecht"), to=ADDR("whitfield"),
  subj="files for the Lisbon case",
  date="2026-03-03 13:48", lang="en",
  body="""Emma,

as discussed, the files for the accident abroad. The Portuguese doctor's note is in the zip, translation still pending.

Miriam""",
  att=[ZIP("UV-26-0033810.zip", [
      TXT("01_claim_form_summary.txt", """Claim UV-26-0033810
Insured: Sebastian Korte
Accident date: 21/02/2026, Lisbon, fall on wet stairs at hotel
Reported: 24/02/2026 by phone
"""),
      TXT("02_atestado_medico.txt", """Hospital de Santa Maria – Urgência
Atestado médico
Doente: Sebastian Korte, 42 anos
Diagnóstico: rotura do tendão de Aquiles esquerdo
Tratamento: imobilização, cirurgia programada 23/02/2026
Lisboa, 21/02/2026 – Dr. João Ferreira
"""),
  ])])

M("C", "en", "insurer-to-customer", "named customer's corrected date of birth on a private liability policy",
  frm=ADDR("kowalski"), to="Daniel Fairbanks <dan.fairbanks@outlook.example>",
  subj="Correction of your personal data – policy PH 3302-90415",
  date="2026-03-04 10:02", lang="en",
  body="""Dear Mr Fairbanks,

thank you for pointing out the mistake. We have corrected your date of birth in our records from 3 March 1998 to 3 March 1990. Your private liability premium does not change, as it does not depend on age.

An updated policy schedule will be in your online mailbox within the next few days.

Kind regards
""", sig="kowalski")

M("S", "de", "doctor", "dentist's treatment plan for a named patient with implant and tooth numbers, forwarded internally",
  frm=ADDR("wendland"), to="Gutachterstelle Zahn <zahngutachten@versicherer.example>",
  subj="WG: HKP Frau Reinders – Implantat 36",
  date="2026-03-04 14:36",
  body="""Bitte um Kurzgutachten, ob die Knochenaufbau-Position medizinisch notwendig ist. Tarif ZahnPlus, 80 %.
T. Wendland""",
  quote=FW("Zahnarztpraxis Dr. Pohl <info@zahnarzt-pohl.example>", "03.03.2026, 17:55", "zahn@versicherer.example",
           "HKP Frau Reinders",
           """Sehr geehrte Damen und Herren,

anbei der Heil- und Kostenplan für unsere Patientin Frau Kerstin Reinders:

Zahn 36: Extraktion wegen Längsfraktur der Wurzel, Implantat mit Sinuslift/Knochenaufbau (GOZ 9100), Implantatkrone vollkeramisch.
Geschätzte Kosten: 4.380,00 €.

Die Patientin bittet um Kostenzusage vor Behandlungsbeginn.

Mit freundlichen Grüßen
Praxis Dr. Pohl"""))


# ---- batch 3 ---------------------------------------------------------------

M("N", "de", "insurer-to-broker", "trap: tariff comparison naming medicines (Metformin, insulin) generically, no person",
  frm=ADDR("reuter"), to="Maklerbüro Kranz & Söhne GmbH <vertrieb@kranz-soehne.example>",
  subj="AW: Unterschied Arzneimittel KV-Komfort / KV-Premium",
  date="2026-03-05 09:40",
  body="""Hallo Herr Kranz,

kurz zu Ihrer Frage aus dem Maklerstammtisch:

Verschreibungspflichtige Arzneimittel wie Metformin, Insulin oder Blutdrucksenker erstatten beide Tarife zu 100 %. Der Unterschied liegt bei

- nicht verschreibungspflichtigen Arzneimitteln (nur KV-Premium, bis 300 € im Jahr),
- Hilfsmitteln wie Insulinpumpen und CGM-Sensoren (Komfort: Festbeträge, Premium: volle Kosten),
- Generika-Regel: In Komfort gilt bei Originalpräparaten ein Selbstbehalt von 20 %, wenn ein Generikum verfügbar ist.

Die Leistungsübersicht als PDF liegt im Maklerportal unter Produkte > Kranken.

Beste Grüße
""", sig="reuter")

M("S", "en", "customer", "husband writes about 'my wife' and her pregnancy check-ups abroad; insurer replies",
  frm=ADDR("whitfield"), to="Ahmed Farouk <ahmed.farouk@gmail.example>",
  subj="RE: maternity cover – my wife",
  date="2026-03-05 11:55",
  body="""Dear Mr Farouk,

congratulations! Yes – your wife is co-insured under your family plan since January 2025, so the 10-month waiting period for maternity has passed. Prenatal check-ups, ultrasound scans and the delivery in Singapore are covered as described in section 4 of your plan.

Please send us the name of the hospital once you have chosen one, so that we can arrange direct billing.

Best regards
""", sig="whitfield",
  quote=OQ("Ahmed Farouk <ahmed.farouk@gmail.example>", "Wednesday, 4 March 2026 23:18", "International Health Services",
           "maternity cover – my wife",
           """Hello,
my wife Salma is 11 weeks pregnant (due date around 20 September). We live in Singapore. Is she covered for the check-ups and the birth? Her membership no. is IH-0521770-02.
Thank you
Ahmed"""))

M("C", "de", "insurer-to-customer", "rent-deposit guarantee: named customer's net income and employer, no health",
  frm=ADDR("kowalski"), to="Yannick Borchers <y.borchers@posteo.example>",
  subj="Ihre Mietkautionsbürgschaft – Unterlagen vollständig",
  date="2026-03-05 14:02",
  body="""Hallo Herr Borchers,

danke für die Gehaltsnachweise. Bei einem Nettoeinkommen von 2.430 € monatlich (Arbeitgeber: Stadtwerke Bonn) und einer Kaltmiete von 790 € können wir die Bürgschaft über 2.370 € ausstellen.

Die Bürgschaftsurkunde schicken wir direkt an Ihre Vermieterin, Frau Lüdtke. Die Jahresgebühr von 118,50 € buchen wir im April ab.

Viele Grüße
""", sig="kowalski")

M("N", "de", "internal", "trap: job ad with a salary range for a claims handler, no person's income",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Stellenausschreibung Sachbearbeitung Leistung Unfall (m/w/d)",
  date="2026-03-06 08:50",
  body="""Liebe Kolleginnen und Kollegen,

das Team Leistung Unfall sucht ab sofort eine Sachbearbeiterin / einen Sachbearbeiter (m/w/d).

- Prüfung von Unfallmeldungen, Invaliditätsbemessung nach Gliedertaxe
- Kommunikation mit Ärzten, Gutachtern und Kliniken
- Tarifgruppe 6/7 Versicherungstarif, je nach Erfahrung 52.000–61.000 € brutto im Jahr, 38 Std.
- mobiles Arbeiten bis 60 %

Interessierte melden sich bitte bis 20.03. bei mir oder bei Miriam Albrecht (-4710).

Nadine Weiß""")

M("S", "de", "internal", "calendar invitation: assessment appointment for a named insured with a slipped disc L4/L5",
  frm=ADDR("stanek"), to=["Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>"],
  subj="Einladung: Fallbesprechung BU Ebel",
  date="2026-03-06 10:12",
  body="""Frau Dr. Hasselbach, anbei der Termin für die Fallbesprechung vor dem Gutachtenauftrag.
Oliver Stanek""",
  att=[ICS("Fallbesprechung.ics", "bu-ebel-20260312@versicherer.example", "Fallbesprechung BU Ebel (LV 6620-117093)",
           "20260312T093000", "20260312T100000",
           ("Oliver Stanek", "oliver.stanek@versicherer.example"),
           [("Dr. med. Ulrike Hasselbach", "ulrike.hasselbach@versicherer.example")],
           location="Raum 2.07",
           description="Herr Matthias Ebel, Dachdecker. Bandscheibenvorfall L4/L5 mit Parese, OP 11/2025, AU seit 09/2025. "
                       "Frage: Gutachten orthopädisch oder neurochirurgisch?")])

M("N", "en", "insurer-to-partner", "trap: association survey on fake IBAN-change fraud using the well-known example IBAN, no person",
  frm=ADDR("fischer"), to="Fraud Working Group <fraud-wg@insurance-association.example>",
  subj="Survey reply: payment diversion fraud 2025",
  date="2026-03-06 15:44",
  body="""Dear colleagues,

our figures for the survey on payment diversion fraud:

- fake "change of bank details" requests received in 2025: 37
- detected before payment: 33, paid out: 4 (total 18,900 EUR, 2 recovered)
- channel: e-mail 29, letter 6, phone 2

Our awareness training uses the textbook example DE89 3704 0044 0532 0130 00 to show staff how a checksum-valid IBAN can still be fraudulent. We would be happy to share the training deck.

Best regards
""", sig="fischer", sigstyle="short")

M("C", "en", "insurer-to-company", "cargo claim with a named contact person at the shipper, no injury",
  frm=ADDR("osei"), to="Karin Vliet <k.vliet@rotterdam-fresh.example>",
  subj="Cargo claim TR-26-0004102 – reefer container MSKU 7702214",
  date="2026-03-09 09:03",
  body="""Dear Ms Vliet,

thank you for the surveyor's report. The temperature log shows the reefer unit failed for 31 hours during the transit Santos–Rotterdam. The loss of 14 pallets of mangoes is covered under your open cover TR 8810-0042 (Rotterdam Fresh Import B.V.).

Please send us the commercial invoice and your claim letter to the carrier, so that we can take recourse. We will pay 38,220.00 EUR less the deductible once we have them.

Best regards
""", sig="osei")

M("S", "de", "insurer-to-customer", "daily sickness allowance: addressee's incapacity for work since a date, no diagnosis word",
  frm=ADDR("kroeger"), to="Marek Nowak <marek.nowak@freenet.example>",
  subj="Krankentagegeld – Ihre Arbeitsunfähigkeit seit 14.01.2026",
  date="2026-03-09 11:25",
  body="""Sehr geehrter Herr Nowak,

Ihre Folgebescheinigung bis 31.03.2026 liegt uns vor. Wir zahlen das Krankentagegeld von 85 € täglich ab dem 43. Tag, also ab 25.02.2026, weiter.

Da Ihre Arbeitsunfähigkeit inzwischen länger als acht Wochen dauert, bitten wir Sie, den beiliegenden Fragebogen von Ihrem behandelnden Arzt ausfüllen zu lassen. Die Kosten dafür übernehmen wir.

Mit freundlichen Grüßen
""", sig="kroeger")

M("N", "de", "newsletter", "trap: health newsletter 'Ihre Therapie bei Rückenschmerzen' addressed to all subscribers",
  frm="Versicherer Gesundheitsnewsletter <newsletter@versicherer.example>", to="gesundheit@lists.versicherer.example",
  subj="Rückenschmerzen? Ihre Therapie-Optionen im Überblick",
  date="2026-03-10 07:00",
  html=True,
  body="""Liebe Leserin, lieber Leser,

fast jeder zweite Erwachsene hat mindestens einmal im Jahr Rückenschmerzen. Meist verschwinden sie nach wenigen Wochen von selbst. Was hilft wirklich?

Bewegung statt Bettruhe: Studien zeigen, dass aktive Patienten schneller wieder fit sind.

Physiotherapie und Rückenschule: In den meisten unserer Tarife übernehmen wir die Kosten bei ärztlicher Verordnung.

Schmerzmittel nur kurz: Ibuprofen oder Diclofenac können die ersten Tage erleichtern – sprechen Sie mit Ihrer Ärztin über die Dosierung.

Digitale Rückenprogramme: Als Kundin oder Kunde nutzen Sie unsere App "RückenFit" kostenlos.

Ihre Therapie sollte immer mit Ihrem Arzt abgestimmt sein. Dieser Newsletter ersetzt keine Beratung.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://versicherer.example/newsletter/abmelden
Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln""")

M("S", "en", "insurer-to-pharmacy", "pharmacy asks about direct billing of insulin pump supplies for a named patient",
  frm=ADDR("kroeger"), to="Apotheke am Ring <kontakt@apotheke-am-ring.example>",
  subj="RE: Direktabrechnung Pumpenzubehör – Ms Ellis",
  date="2026-03-10 13:31",
  body="""Dear Ms Schäfer,

yes, you may bill us directly for Ms Ellis's insulin pump supplies (infusion sets and reservoirs, monthly delivery) under her tariff KV-Premium, insurance number KV 2210-60214. The approval is valid until 31 December 2026.

Please send the invoices through the usual pharmacy data centre, not by e-mail.

Kind regards
""", sig="kroeger",
  quote=OQ("Apotheke am Ring <kontakt@apotheke-am-ring.example>", "Tuesday, 10 March 2026 09:12", "Sabine Kröger",
           "Direktabrechnung Pumpenzubehör – Ms Ellis",
           """Dear Ms Kröger,
our customer Ms Rachel Ellis (type 1 diabetes) asked us to bill you directly for her pump supplies, as she is now privately insured with you. Is that possible? We have written in English because she asked us to copy her in.
Best regards
Martina Schäfer, Apothekerin"""))

M("C", "de", "customer", "customer's own mail: insured home address and building policy number, storm damage to the roof",
  frm=ADDR("demir"), to="Gutachterbüro Kranz <auftrag@ib-kranz.example>",
  subj="WG: Sturmschaden Dach – Auftrag Besichtigung",
  date="2026-03-10 16:05",
  body="""Hallo Herr Kranz,

bitte Besichtigung in dieser Woche, Kundin ist informiert und zu Hause. Schadennummer WG-26-0018821.

Danke, A. Demir
""",
  quote=FW("Ingrid Pohlmann <ingrid.pohlmann@netcologne.example>", "09.03.2026, 08:15", "schaden@versicherer.example",
           "Sturmschaden Dach",
           """Guten Morgen,
durch den Sturm am Samstag sind bei uns ca. 20 Dachziegel runtergekommen, es regnet aber nicht rein. Haus: Am Kirchberg 7, 51429 Bergisch Gladbach. Wohngebäudeversicherung WG 7720-004517.
Ich bin jeden Vormittag da.
Ingrid Pohlmann"""))

M("N", "de", "internal", "trap: IT test cases with fictitious 'Max Mustermann', published example IBAN and example birth date",
  frm=ADDR("raman"), to="QA Team <qa@versicherer.example>",
  subj="Testfälle Lastschriftänderung – Release 26.2",
  date="2026-03-11 09:20",
  body="Hi,\n\nfür das Release die Testfälle für die Maske Bankverbindung. Alle Daten sind fiktiv bzw. veröffentlichte Beispieldaten, bitte keine Produktivdaten verwenden.\n\n"
       "TC-01  Max Mustermann (fiktiv), geb. 01.01.1970, IBAN DE02 1203 0000 0000 2020 51  -> gültig, speichern\n"
       "TC-02  Erika Musterfrau (fiktiv), geb. 12.08.1964, IBAN DE02 1203 0000 0000 2020 52  -> Prüfziffer falsch, Fehlermeldung\n"
       "TC-03  Firma Muster GmbH, IBAN AT61 1904 3002 3457 3201  -> Ausland, SEPA ok\n"
       "TC-04  leeres Feld -> Pflichtfeldmeldung\n\nDanke!\nPriya", client="thunderbird")

M("N", "en", "insurer-to-broker", "trap: broker newsletter with a fictitious example customer for a new accident tariff",
  frm="Versicherer Broker News <broker-news@versicherer.example>", to="brokers-en@lists.versicherer.example",
  subj="New accident tariff UnfallPlus 2026 – example calculation",
  date="2026-03-02 07:30", lang="en",
  body="""BROKER NEWS – March 2026

Our new accident tariff UnfallPlus 2026 is available from 1 April.

Example (fictitious): an office worker, 35, sum insured for disability 100,000 EUR with progression 350 %, accident daily hospital allowance 30 EUR.
- monthly premium: 14.90 EUR
- full disability: up to 350,000 EUR
- broken wrist (hand value 55 %, 20 % impaired): 11,000 EUR basic sum

New: cover for heart attack and stroke as "accident" is NOT included – please do not promise this to clients.

Product sheet and rating tool: broker portal > Products > Accident.

Versicherer Allgemeine Versicherung AG – Broker Relations""")

M("S", "de", "insurer-to-customer", "premium arrears on a named person's health insurance (personal line), no medical word",
  frm=ADDR("becker"), to="Rüdiger Stamm <r.stamm@gmx.example>",
  subj="Zahlungserinnerung Krankenversicherung KV 2210-71355",
  date="2026-03-12 08:30",
  body="""Sehr geehrter Herr Stamm,

für Ihre Krankenversicherung ist der Beitrag für Februar und März 2026 noch offen, insgesamt 1.146,40 €.

Bitte beachten Sie: Bleibt der Rückstand bestehen, ruht Ihr Vertrag nach § 193 Abs. 6 VVG und Sie sind nur noch im Notlagentarif versichert. Wenn Sie finanzielle Schwierigkeiten haben, sprechen Sie uns an – wir finden gemeinsam eine Lösung, z. B. eine Ratenzahlung.

Mit freundlichen Grüßen
""", sig="becker")

M("N", "de", "internal", "trap: complaints KPI report with counts about hospital invoices and psychotherapy, no person",
  frm=ADDR("lorenz"), to="Vorstandsbüro <vorstandsbuero@versicherer.example>",
  subj="Beschwerdebericht Februar 2026",
  date="2026-03-12 10:45",
  body="""Sehr geehrte Damen und Herren,

die Kennzahlen für Februar:

[[t]]

Auffällig sind die Beschwerden über abgelehnte Psychotherapie-Kostenzusagen (Verdopplung). Ursache ist überwiegend das fehlende Gutachten nach dem Probatorik-Zeitraum; wir schlagen vor, den Textbaustein verständlicher zu formulieren.

Mit freundlichen Grüßen
Daniela Lorenz
""", tables={"t": ([["Thema", "Feb 2026", "Jan 2026"],
                   ["Krankenhausabrechnung / Wahlleistungen", "41", "37"],
                   ["Psychotherapie Kostenzusage", "18", "9"],
                   ["Zahnersatz Erstattung", "26", "29"],
                   ["Kfz Schadenregulierung", "33", "40"],
                   ["Beitragserhöhung KV", "112", "240"]], "pad")})

M("S", "en", "internal", "subject line names a person and a psychiatric admission; body says only 'please file'",
  frm=ADDR("whitfield"), to="Scanning Team <scan-kv@versicherer.example>",
  subj="Hospital report Kwame Asante – psychiatric admission 14/03",
  date="2026-03-16 08:02", client="mobile",
  body="""please file to IH-0398802, original came by fax

E.""")

M("C", "de", "insurer-to-lawyer", "legal-expenses: named driver's speeding fine (administrative offence), no criminal matter",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Dr. Till Overbeck <kanzlei@overbeck-verkehrsrecht.example>",
  subj="Ihr Mandant Florian Kessel – Bußgeldverfahren, RS-26-0022180",
  date="2026-03-16 10:20",
  body="""Sehr geehrter Herr Dr. Overbeck,

für den Einspruch Ihres Mandanten Herrn Florian Kessel gegen den Bußgeldbescheid der Stadt Leverkusen (Geschwindigkeitsüberschreitung um 31 km/h außerorts, 1 Punkt, 1 Monat Fahrverbot) erteilen wir Kostenschutz nach § 2 e) ARB.

Ein Sachverständigengutachten zur Messung übernehmen wir bis 900 € zzgl. MwSt. Bitte stimmen Sie den Auftrag vorher mit uns ab.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("N", "de", "insurer-to-supplier", "trap: AED maintenance contract for the insurer's buildings, medical device words only",
  frm=ADDR("richter"), to="Service <service@defi-technik.example>",
  subj="Wartungsvertrag Defibrillatoren 2026 – Standorte Köln",
  date="2026-03-16 14:50",
  body="""Guten Tag Herr Pütz,

wie besprochen verlängern wir den Wartungsvertrag für unsere sechs AED (Laien-Defibrillatoren) an den Standorten Rheinuferstraße 12 und Deutz:

- jährliche Sicherheitstechnische Kontrolle nach MPBetreibV
- Tausch von Elektroden und Akkus nach Ablaufdatum (Elektroden Erwachsene und Kinder)
- Ersatzgerät bei Ausfall innerhalb 48 Std.

Bitte schicken Sie uns das Angebot an facility@versicherer.example.

Freundliche Grüße
""", sig="richter")

M("S", "de", "company", "employer's CSV for group accident insurance: employee names with birth dates (accident line)",
  frm=ADDR("paulsen"), to="Bestandsführung Unfall <bestand-unfall@versicherer.example>",
  subj="WG: Gruppenunfall Stadtwerke Hürth – Zugänge April",
  date="2026-03-17 09:33",
  body="""Bitte die Zugänge zum 01.04. einpflegen. Vertrag GU 4710-00388.
Henrik Paulsen
""",
  quote=FW("Personalabteilung Stadtwerke Hürth <personal@stadtwerke-huerth.example>", "16.03.2026, 15:02", "Henrik Paulsen",
           "Gruppenunfall – Zugänge April", "Sehr geehrter Herr Paulsen,\nanbei die neuen Mitarbeitenden für die Gruppenunfallversicherung.\nMit freundlichen Grüßen\nPersonal"),
  att=[CSV("Zugaenge_GU_2026-04.csv", [
      ["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Tarifgruppe"],
      ["40211", "Hüsken", "Timo", "03.07.1996", "01.04.2026", "A gewerblich"],
      ["40212", "Petrovic", "Ana", "19.11.1988", "01.04.2026", "B kaufmännisch"],
      ["40215", "Lemke", "Sören", "27.02.2003", "01.04.2026", "A gewerblich"],
  ], enc="windows-1252", sub="excel")])

M("N", "en", "insurer-to-customer", "trap: automatic certificate answer, only the insurer's own address and key data",
  frm="Versicherer Zertifikatsdienst <zertifikat@versicherer.example>", to="j.doran@doran-consulting.example",
  subj="[ZERTIFIKAT] Certificate for leistung-kv@versicherer.example",
  date="2026-03-17 13:05",
  body="""This is an automatic reply to your certificate request.

Attached you will find the S/MIME certificate of the address leistung-kv@versicherer.example.

Subject: CN=leistung-kv@versicherer.example, O=Versicherer Krankenversicherung a.G.
Valid from: 2025-10-01  Valid until: 2027-09-30
SHA-256 fingerprint: 4E:21:9A:C0:7B:33:5D:E2:18:94:0F:AB:61:C7:2E:90:14:8B:55:D3:7A:0E:C1:66:2F:B9:43:18:DA:7C:05:E1

Import it into your mail program to send encrypted e-mail to this address.
Versicherer – Secure e-mail""",
  att=[TXT("leistung-kv.pem", """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUTmdvdEFSZWFsQ2VydGlmaWNhdGVGb3JUZXN0czAwDQYJ
KoZIhvcNAQELBQAwSzELMAkGA1UEBhMCREUxGTAXBgNVBAoMEFZlcnNpY2hlcmVy
IERlbW8xITAfBgNVBAMMGFZlcnNpY2hlcmVyIERlbW8gUm9vdCBDQTAeFw0yNTEw
MDEwMDAwMDBaFw0yNzA5MzAyMzU5NTlaMEMxLDAqBgNVBAMMI2xlaXN0dW5nLWt2
-----END CERTIFICATE-----
""", sub="plain")])

M("S", "de", "insurer-to-therapist", "occupational therapy invoice for a child named by first name and age",
  frm=ADDR("kroeger"), to="Praxis für Ergotherapie Lindenthal <abrechnung@ergo-lindenthal.example>",
  subj="Ihre Rechnung Nr. 2026-0311 – Ben, 6 Jahre",
  date="2026-03-18 09:12",
  body="""Sehr geehrte Frau Hennes,

zu Ihrer Rechnung für die Ergotherapie von Ben (6 Jahre), Versicherungsnehmerin ist seine Mutter, Frau Claudia Lorch:

Die Verordnung des Kinderarztes lautet auf 10 Einheiten sensomotorisch-perzeptive Behandlung; abgerechnet haben Sie 12. Für die zwei weiteren Einheiten benötigen wir eine Folgeverordnung. Die ersten 10 Einheiten erstatten wir der Mutter.

Mit freundlichen Grüßen
""", sig="kroeger")

M("N", "de", "internal", "trap: colleague's birthday lunch (day only, no year) in an organisational team mail",
  frm=ADDR("brandt"), to="Team Stationär <team-stationaer@versicherer.example>",
  subj="Freitag Mittag",
  date="2026-03-18 15:40",
  body="""Hallo zusammen,

Sabine hat am Freitag Geburtstag – wir gehen um 12:30 zum Italiener an der Ecke, Tisch ist für 9 reserviert. Sammelkasse für das Geschenk steht bei mir (5 €).

Wer Spätdienst hat: wir bringen euch Tiramisu mit.

Gerrit""", client="thunderbird")

M("C", "en", "broker", "broker's portfolio transfer list: named private clients with household contract numbers and addresses",
  frm=ADDR("reuter"), to="Portfolio Transfers <bestandsuebertragung@versicherer.example>",
  subj="FW: portfolio transfer – Nordlicht Finanz to Hollenbeck",
  date="2026-03-18 16:55", lang="en",
  body="""Please process, the transfer agreement with both signatures is in the broker file.
Frank
""",
  quote=FW("Marcus Hollenbeck <m.hollenbeck@hollenbeck-finanz.example>", "Wed, 18 Mar 2026 14:07", "Frank Reuter",
           "portfolio transfer – Nordlicht Finanz to Hollenbeck",
           """Hi Frank,
as agreed, these household clients move from Nordlicht Finanz (retiring) to us:

HR 7710-118220  Gisela Baumert, Lindenallee 4, 22869 Schenefeld
HR 7710-118731  Jonas & Mareike Thiel, Op de Wisch 12, 22880 Wedel
HR 7710-120055  Pavel Dvořák, Elbchaussee 301, 22609 Hamburg

Regards, Marcus""", lang="en"))

M("S", "en", "insurer-to-customer", "daughter with power of attorney: her mother's care level 4 and nursing home costs",
  frm=ADDR("yilmaz"), to="Sarah Whitcombe <sarah.whitcombe@gmail.example>",
  subj="Care allowance for your mother – care level 4",
  date="2026-03-19 10:10",
  body="""Dear Ms Whitcombe,

thank you for sending the power of attorney and the assessment report. Your mother, Mrs Margaret Whitcombe, has been assessed at care level 4 from 1 February 2026 following her stroke.

Under her long-term care daily allowance (PT 3590-08821) we pay 80 % of the daily allowance for care level 4 in a nursing home, i.e. 48.00 EUR per day, from 1 February. The first payment of 1,344.00 EUR (28 days) will reach the account you gave us this week.

With best wishes to your mother,
""", sig="yilmaz")


# ---- batch 4 ---------------------------------------------------------------

M("S", "de", "internal", "out-of-office reply revealing the sender's own knee surgery (employee health data)",
  frm=ADDR("engel"), to=ADDR("falk"),
  subj="Automatische Antwort: Fahrer nachtragen KF 5530-204417",
  date="2026-03-19 12:00", client="system", mailer="Microsoft Exchange Server",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin nach meiner Knie-Operation (Kreuzband) voraussichtlich bis 10. April krankgeschrieben und lese keine E-Mails.

Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an kfz-vertrag@versicherer.example oder Tel. -4070.

Rüdiger Engel""")

M("N", "en", "internal", "trap: XLSX with the same cost-approval layout as a case list but only counts per service type",
  frm=ADDR("brandt"), to="Head of Health Claims <leitung-kv@versicherer.example>",
  subj="cost approvals week 11 – figures",
  date="2026-03-19 16:20",
  body="""Hi,

weekly figures attached. Psychotherapy approvals are up again, mostly first applications after the new tariff launch. No individual cases in the file.

Gerrit""",
  att=[XLSX("cost_approvals_wk11.xlsx", {"wk11": [
      ["Service type", "Requests", "Approved", "Rejected", "Pending"],
      ["Medical aids", 48, 41, 3, 4],
      ["Dental prosthesis (treatment plan)", 112, 96, 9, 7],
      ["Psychotherapy", 37, 22, 2, 13],
      ["Follow-up rehabilitation", 19, 17, 0, 2],
      ["Inpatient (elective)", 64, 60, 1, 3],
  ]}, author="Gerrit Brandt")])

M("C", "de", "broker", "broker's signature-free list line: initials plus birth date of a building-insurance applicant",
  frm=ADDR("vogel"), to="Antrag Sach <antrag-sach@versicherer.example>",
  subj="WG: Wohngebäude Neuantrag – fehlende Angabe",
  date="2026-03-20 09:05",
  body="""Hier die fehlende Angabe zum Antrag von gestern (Maklerin Seeliger).
K. Vogel
""",
  quote=FW("Birgit Seeliger <b.seeliger@seeliger-versicherungen.example>", "20.03.2026, 08:41", "Katharina Vogel",
           "Wohngebäude Neuantrag",
           """Guten Morgen, sorry, hatte ich vergessen:

H. W., 04.11.1958, Eigentümerin seit 1994, Vorversicherer Provinzial, schadenfrei

Objekt wie im Antrag (Zweifamilienhaus Esslingen-Berkheim).
Gruß B. Seeliger"""))

M("N", "de", "insurer-to-customer", "trap: prospect asks generally about children's braces; generic product answer, no child or data named",
  frm=ADDR("nguyen"), to="Familie Brückner <brueckner.family@web.example>",
  subj="AW: Kieferorthopädie für Kinder – welcher Tarif?",
  date="2026-03-20 11:30",
  body="""Sehr geehrte Familie Brückner,

danke für Ihr Interesse. Kieferorthopädie für Kinder ist in unseren Tarifen ZahnPlus und ZahnTop enthalten:

- Versicherbar ab Geburt; für Kieferorthopädie gilt eine Wartezeit von 8 Monaten.
- Erstattet werden die Mehrkosten über die Kassenleistung (z. B. Keramikbrackets, Minipins) bis 80 % bzw. 100 %.
- Wichtig: Wenn bereits eine Behandlung angeraten oder geplant ist, ist sie nicht mehr versicherbar. Am besten schließen Sie den Vertrag ab, solange die Kinder noch jünger als 6 Jahre sind.

Gern schicke ich Ihnen unverbindlich ein Angebot.

Mit freundlichen Grüßen
""", sig="nguyen",
  quote=OQ("Familie Brückner <brueckner.family@web.example>", "Donnerstag, 19. März 2026 21:04", "info@versicherer.example",
           "Kieferorthopädie für Kinder – welcher Tarif?",
           "Hallo, wir überlegen, für unsere Kinder eine Zahnzusatzversicherung abzuschließen. Welcher Tarif zahlt bei Zahnspangen? Danke!"))

M("S", "en", "insurer-to-customer", "addressee's prescription with a dose (Ibuprofen 600 mg three times a day) reimbursed",
  frm=ADDR("whitfield"), to="Liam Gallagher-Byrne <liam.gb@eircom.example>",
  subj="Your pharmacy receipts – claim IH-0451108",
  date="2026-03-23 09:44",
  body="""Dear Mr Gallagher-Byrne,

we have reimbursed the pharmacy receipts you sent on 16 March:

- Ibuprofen 600 mg, 50 tablets (three times a day as prescribed after your shoulder surgery) – 11.20 EUR
- Pantoprazole 20 mg, 28 tablets – 9.85 EUR
- physiotherapy, 6 sessions – 270.00 EUR

Total 291.05 EUR, paid to your account ending in 4471.

Kind regards
""", sig="whitfield")

M("C", "en", "insurer-to-customer", "pet insurance: named customer's cat, vet invoice and policy number (animal health only)",
  frm=ADDR("wagner"), to="Freya Lindgren <freya.lindgren@gmail.example>",
  subj="Your pet claim TV-26-0008841 – Mimi",
  date="2026-03-23 11:02",
  body="""Dear Ms Lindgren,

we have settled the vet's invoice for Mimi (British Shorthair, 4 years): dental cleaning under anaesthesia and the extraction of two teeth, 624.30 EUR according to the GOT fee scale (2-fold rate).

Your pet health policy TV 4815-20773 reimburses 80 %, so we paid 499.44 EUR to your account. We hope Mimi is eating well again.

Best regards
""", sig="wagner")

M("N", "de", "internal", "trap: a GmbH broker's new company bank account (IBAN of a firm, no natural person)",
  frm=ADDR("reuter"), to="Provisionsabrechnung <provision@versicherer.example>",
  subj="Bankwechsel Maklerbüro Kranz & Söhne GmbH",
  date="2026-03-23 14:17",
  body="Hallo ihr,\n\ndie Kranz & Söhne GmbH (Vermittlernr. 0071402) hat ein neues Geschäftskonto. Unterschriebenes Formular liegt in der Vermittlerakte.\n\n"
       f"Kontoinhaber: Maklerbüro Kranz & Söhne GmbH\nIBAN: {IB('DE', '250400660612345001')}\nBank: Commerzbank Hannover\n\n"
       "Bitte ab der Aprilabrechnung. Danke!\nFrank")

M("S", "de", "insurer-to-customer", "motor recourse after a named customer's criminal penalty order for drunk driving (§ 316 StGB)",
  frm=ADDR("schreiber"), to="Herrn Dominik Sahin <dominik.sahin@gmx.example>",
  subj="Regress Kfz-Haftpflicht KH-25-0310077",
  date="2026-03-24 10:00",
  body="""Sehr geehrter Herr Sahin,

wie Sie wissen, haben wir den Schaden des Unfallgegners aus Ihrer Kfz-Haftpflichtversicherung mit 12.480 € reguliert.

Nach dem rechtskräftigen Strafbefehl des Amtsgerichts Köln vom 09.01.2026 wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB, BAK 1,4 ‰) haben Sie Ihre Obliegenheit aus D.1.2 AKB verletzt. Wir nehmen Sie daher in Höhe von 5.000 € in Regress.

Bitte überweisen Sie den Betrag bis 30.04.2026 oder sprechen Sie uns wegen einer Ratenzahlung an.

Mit freundlichen Grüßen
""", sig="schreiber")

M("C", "de", "insurer-to-customer", "contract number beside a named customer: glass insurance confirmation",
  frm=ADDR("kowalski"), to="Heike Brauckmann <h.brauckmann@t-online.example>",
  subj="Ihre Glasversicherung GL 3000-55129 – Vertragsbestätigung",
  date="2026-03-24 13:55",
  body="""Sehr geehrte Frau Brauckmann,

vielen Dank für Ihren Auftrag. Ihre Glasversicherung GL 3000-55129 beginnt am 01.04.2026 und umfasst das Ceranfeld, die Duschkabine und alle Fensterscheiben Ihrer Wohnung in der Dürener Straße 188, 50931 Köln.

Der Jahresbeitrag beträgt 39,60 €. Den Versicherungsschein finden Sie in Ihrem Kundenpostfach.

Mit freundlichen Grüßen
""", sig="kowalski")

M("S", "en", "insurer-to-doctor", "request to a dentist for x-rays of a named patient with tooth number",
  frm=ADDR("wendland"), to="Dental Clinic Dr. Moreau <reception@dr-moreau-dental.example>",
  subj="Request for x-rays – patient Claire Dubois",
  date="2026-03-25 08:58",
  body="""Dear Dr Moreau,

your patient Ms Claire Dubois has submitted your treatment plan for a bridge 24–26. To assess the claim, we need the panoramic x-ray and the periodontal chart taken before the extraction of tooth 25.

Please upload them via our secure portal (the link follows in a separate mail) or send them by post. Ms Dubois has signed the confidentiality release.

Kind regards
""", sig="wendland")

M("N", "en", "internal", "trap: claims steering minutes on rising oncology costs, aggregated only",
  frm=ADDR("brandt"), to="Health Claims Steering <kv-steering@versicherer.example>",
  subj="Minutes – claims steering 24 March",
  date="2026-03-25 12:30",
  body="""Minutes, claims steering health, 24 March 2026

Present: Brandt, Kröger, Wendland, Dr. Hasselbach, Morgan (Finance)

1. Oncology costs
   Costs for outpatient oncology drugs rose by 18 % year on year, mainly immunotherapies (PD-1 inhibitors). Number of patients roughly stable. Finance to update the forecast.

2. Hospital invoices
   Share of invoices with coding errors found by the DRG check: 7.2 % (last year 6.8 %). Recovery 1.9 m EUR.

3. Dental
   Implant share in prosthesis claims now 41 %.

Next meeting: 28 April.
Gerrit Brandt""")

M("C", "en", "insurer-to-customer", "relocation goods policy: named customer, addresses and inventory value, nothing medical",
  frm=ADDR("osei"), to="Dr. Nkechi Obi <nkechi.obi@protonmail.example>",
  subj="Your relocation insurance TR 5120-33094 – Cologne to Toronto",
  date="2026-03-25 15:45",
  body="""Dear Dr Obi,

your relocation goods insurance is in place:

Policy: TR 5120-33094
From: Kyffhäuserstraße 21, 50674 Köln
To: 88 Harbord Street, Toronto ON M5S 1G5, Canada
Sum insured: 62,000 EUR (according to your packing list)
Transit: container via Antwerp, loading 14 April 2026

Please keep the packing list signed by the removal company; we need it in case of a claim.

Kind regards
""", sig="osei")

M("S", "de", "customer", "customer's own words about her depression and inability to work, quoted in the insurer's reply",
  frm=ADDR("stanek"), to="Nicole Franzen <nicole.franzen@web.example>",
  subj="AW: BU-Rente – wie geht das?",
  date="2026-03-26 09:20",
  body="""Sehr geehrte Frau Franzen,

vielen Dank für Ihre offenen Worte. Sie müssen nicht alles selbst erklären: Schicken Sie uns bitte den ausgefüllten Leistungsantrag (liegt als Formular im Kundenpostfach) und die Schweigepflichtentbindung. Den Rest, also Arztberichte und Klinikunterlagen, fordern wir dann selbst an.

Mit freundlichen Grüßen
""", sig="stanek",
  quote=OQ("Nicole Franzen <nicole.franzen@web.example>", "Mittwoch, 25. März 2026 22:51", "leben@versicherer.example",
           "BU-Rente – wie geht das?",
           """Hallo,
ich habe bei Ihnen eine BU-Versicherung (LV 6620-140028). Ich bin seit letztem Sommer wegen schwerer Depressionen krankgeschrieben, war 8 Wochen in einer Klinik und schaffe es nicht mehr, als Erzieherin zu arbeiten. Meine Therapeutin sagt, ich soll BU beantragen. Was muss ich machen?
Nicole Franzen"""))

M("N", "de", "internal", "trap: call-centre FAQ about doctors' invoices, reimbursement times and hospital stays; no person",
  frm=ADDR("kowalski"), to="Team Kundenservice <kundenservice-team@versicherer.example>",
  subj="FAQ Hotline KV – aktualisierte Fassung Februar",
  date="2026-02-03 16:40",
  body="""Hallo zusammen,

hier die überarbeiteten Antworten für die Hotline. Bitte ab Montag nur noch diese Fassung verwenden, die alte ist im Wiki archiviert.

1. Wie lange dauert die Erstattung einer Arztrechnung?
   In der Regel 5–8 Arbeitstage nach Eingang. Bei Krankenhausrechnungen (Direktabrechnung) bekommt der Kunde nur eine Kopie der Abrechnung.

2. Muss der Kunde Rezepte im Original schicken?
   Nein. Foto in der App reicht. Originale nur auf Anforderung (Stichprobe).

3. Was gilt bei Psychotherapie?
   Vor der ersten Sitzung Kostenzusage einholen lassen – nicht am Telefon zusagen! Weiterleiten an Leistung KV.

4. Kunde fragt nach Diagnosen auf der Abrechnung
   Keine Auskunft am Telefon. Nur schriftlich an den Versicherten selbst (bei Kindern: an die Eltern bis 15 Jahre, danach nur mit Einverständnis).

Fragen gerne an mich.

Viele Grüße
Lena""")

M("N", "de", "insurer-to-partner", "trap: direct-billing framework agreement with a hospital group, no patients",
  frm=ADDR("brandt"), to="Geschäftsführung Klinikverbund Rhein-Sieg <gf@klinikverbund-rheinsieg.example>",
  subj="Rahmenvereinbarung Direktabrechnung 2026 – Entwurf",
  date="2026-03-26 14:00",
  body="""Sehr geehrter Herr Dr. Baltes,

anbei wie besprochen die Eckpunkte der Rahmenvereinbarung:

1. Direktabrechnung allgemeiner Krankenhausleistungen und Wahlleistungen (Unterkunft, Chefarzt) für alle Vollversicherten.
2. Elektronischer Rechnungsaustausch über den Datenaustausch nach § 301 SGB V-Format, keine Mail mit Patientendaten.
3. Zahlungsziel 21 Tage, Prüfung nach DRG-Prüfroutine.
4. Ansprechpartner je Haus; Eskalation über die Leistungsleitung.

Die Vertragsfassung schickt unsere Rechtsabteilung bis Ende April.

Mit freundlichen Grüßen
""", sig="brandt")

M("C", "de", "insurer-to-customer", "motor contract: no-claims transfer with the second driver's name and birth date",
  frm=ADDR("engel"), to="Volker Aschenbrenner <v.aschenbrenner@arcor.example>",
  subj="Übertragung Schadenfreiheitsrabatt – KF 5530-340981",
  date="2026-03-27 10:40",
  body="""Sehr geehrter Herr Aschenbrenner,

der Vorversicherer hat die Übertragung bestätigt: Ihr Sohn Lukas Aschenbrenner (geb. 05.06.2000) überträgt Ihnen den Schadenfreiheitsrabatt seines früheren Fahrzeugs, SF-Klasse 6. Wir haben Ihren Vertrag KF 5530-340981 rückwirkend zum 01.03.2026 umgestellt; der neue Beitrag beträgt 594,20 € jährlich.

Ihr Sohn bleibt als Fahrer eingetragen.

Mit freundlichen Grüßen
""", sig="engel")

M("S", "de", "insurer-to-hospital", "initials plus birth date and a planned caesarean section in a cost coverage note",
  frm=ADDR("brandt"), to="Patientenaufnahme <aufnahme@marienhospital-bonn.example>",
  subj="Kostenübernahme – Ihre Anfrage vom 26.03.",
  date="2026-03-27 13:12",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte A. B., geb. 02.12.1990, Versicherungsnummer KV 2210-77104, übernehmen wir die Kosten der stationären Entbindung per geplanter Sectio am 14.04.2026 einschließlich Wahlleistung Einbettzimmer und Chefarztbehandlung.

Das Neugeborene ist ab Geburt mitversichert, wenn die Anmeldung innerhalb von zwei Monaten erfolgt.

Mit freundlichen Grüßen
""", sig="brandt")

M("N", "de", "internal", "trap: a doctor's practice in the insurer's building is moving out; premises only",
  frm=ADDR("richter"), to="Geschäftsleitung <gl@versicherer.example>",
  subj="Mietfläche EG Rheinuferstraße 14 wird frei",
  date="2026-03-27 15:20",
  body="""Hallo zusammen,

die Hausarztpraxis im Erdgeschoss der Rheinuferstraße 14 hat zum 30.09. gekündigt und zieht in das neue Ärztehaus am Bahnhof. Damit werden 240 m² frei (inkl. Wartebereich, drei Behandlungsräume, barrierefreier Zugang).

Vorschlag Facility: Umbau zum Kundencenter oder Vermietung an die Physiotherapie, die schon angefragt hat. Entscheidung bitte bis Ende April.

Anja Richter""")

M("C", "en", "authority", "bailiff's garnishment of a named customer's claim payout from household insurance",
  frm=ADDR("demir"), to="Court bailiff Ms Jovanović <gv.jovanovic@justiz-nrw-demo.example>",
  subj="RE: garnishment order 12 M 4471/26 – Mr Gregor Witt",
  date="2026-03-30 09:35",
  body="""Dear Ms Jovanović,

we confirm receipt of the garnishment and transfer order of the Local Court of Cologne dated 24 March 2026 concerning Mr Gregor Witt.

Mr Witt has an open claim under his household insurance (HR 7710-402213) for a burglary on 2 March 2026. The amount approved so far is 2,860.00 EUR. We will pay this amount to the creditor as ordered and no longer to Mr Witt.

Kind regards
""", sig="demir")

M("S", "en", "insurer-to-customer", "policy loan on a named person's endowment life policy (life line, no health word)",
  frm=ADDR("okafor").replace("Chidi Okafor", "Versicherer Life Service").replace("chidi.okafor", "life-service"),
  to="Thomas Whelan <t.whelan@gmail.example>",
  subj="Your policy loan – endowment LV 6600-118270",
  date="2026-03-30 11:50",
  body="""Dear Mr Whelan,

we have approved your request for a policy loan of 15,000.00 EUR on your endowment policy LV 6600-118270. The current surrender value is 41,337.52 EUR.

Interest: 4.25 % p.a., payable quarterly. The loan can be repaid at any time; anything unpaid is deducted from the maturity payment on 1 December 2034.

The money will be transferred within three working days.

Versicherer Lebensversicherung AG – Life Service""")

M("N", "de", "internal", "trap: data-protection quiz with a hypothetical 'Herr M. hat Diabetes' example, no real person",
  frm=ADDR("meier"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Datenschutz-Quiz März – drei Fragen, zwei Minuten",
  date="2026-03-30 14:10",
  body="""Liebe Kolleginnen und Kollegen,

wie immer zum Monatsende drei Fragen. Die Auflösung kommt nächste Woche.

1. Ein Kunde schreibt: "Herr M. aus der Nachbarschaft hat Diabetes und fährt trotzdem Auto." Ist das ein Gesundheitsdatum im Sinne von Art. 9 DSGVO? (ja / nein / kommt darauf an)

2. Darf eine Leistungsabrechnung mit Diagnoseschlüssel unverschlüsselt an die Kundin gemailt werden, wenn sie darum bittet?

3. Eine Rechnung einer Tierarztpraxis – welche Schutzstufe hat sie bei uns?

Wer alle drei richtig hat, kommt in die Verlosung von drei Kinogutscheinen.

Thomas Meier
Datenschutzbeauftragter""")

M("C", "de", "insurer-to-broker", "cyber policy of a freelance photographer (natural person): ransomware claim, no injury",
  frm=ADDR("hartmann"), to="Maklerbüro Kranz & Söhne GmbH <vertrieb@kranz-soehne.example>",
  subj="Cyberschaden CY-26-0000917 – Ihr Kunde Fotostudio Jelinek",
  date="2026-03-31 09:00",
  body="""Hallo Herr Kranz,

zum Cyberschaden Ihres Kunden, des Fotografen Herrn Pavel Jelinek (Einzelunternehmer, Vertrag CY 5210-00431):

Der IT-Forensiker hat die Verschlüsselung der NAS-Laufwerke bestätigt. Wir übernehmen die Wiederherstellung aus dem Backup (ca. 3.800 €) und die Betriebsunterbrechung für fünf Tage nach Tarif. Lösegeld zahlen wir – wie besprochen – nicht.

Eine Meldung an die Datenschutzaufsicht hat Herr Jelinek bereits gemacht, weil Kundenfotos betroffen sein könnten.

Beste Grüße
""", sig="hartmann")

M("S", "de", "internal", "text+HTML table of pending disability claims with names and a diagnosis column",
  frm=ADDR("stanek"), to="Leitung Leben <leitung-leben@versicherer.example>",
  subj="Offene BU-Fälle > 6 Monate",
  date="2026-03-31 11:30", html=True,
  body="""Hallo,

wie gewünscht die Fälle, die länger als sechs Monate offen sind. Bei allen wartet wir auf Gutachten oder Klinikberichte.

[[t]]

Bei Franzen ist der Antrag erst eingegangen, der zählt noch nicht mit.

Oliver
""", tables={"t": ([["Vertrag", "Versicherte Person", "Beruf", "Leistungsgrund", "offen seit"],
                   ["LV 6620-098812", "Bernd Klasen", "Elektriker", "Bandscheibe, Z. n. OP", "08/2025"],
                   ["LV 6620-101377", "Sandra Vogt", "Pflegekraft", "Burn-out / Depression", "07/2025"],
                   ["LV 6620-117093", "Matthias Ebel", "Dachdecker", "Bandscheibenvorfall L4/L5", "09/2025"],
                   ["LV 6620-088104", "Ayşe Korkmaz", "Verkäuferin", "Rheumatoide Arthritis", "06/2025"]], "pad")})

M("N", "en", "insurer-to-supplier", "trap: print order for member ID cards, quantities and specs only",
  frm=ADDR("krueger"), to="Print Services <orders@cardprint-eu.example>",
  subj="PO 4500221904 – health member ID cards, batch April",
  date="2026-03-31 14:45",
  body="""Dear Mr de Vries,

please find our purchase order for the April batch of member ID cards for our health insurance customers:

- 18,500 cards, PVC, 4/4 colour, magnetic stripe not required
- personalisation data will be delivered via SFTP as usual (encrypted file, separate key exchange) – please do NOT send proofs with real customer data by e-mail, use the dummy record "Test Person 0001"
- delivery: lettershop Frechen, by 20 April

Kind regards
""", sig="krueger")

M("C", "de", "insurer-to-customer", "tenancy legal-expenses case: named tenant, rent amount and landlord dispute",
  frm=ADDR("lindqvist"), to="Merve Çelik <merve.celik@gmail.example>",
  subj="Ihr Rechtsschutzfall RS-26-0027719 – Mieterhöhung",
  date="2026-04-01 09:25",
  body="""Sehr geehrte Frau Çelik,

für die Auseinandersetzung mit Ihrem Vermieter wegen der Mieterhöhung von 980 € auf 1.127 € kalt (Wohnung Venloer Straße 402, Köln) erteilen wir Kostenschutz im Wohnungs-Rechtsschutz.

Die Erstberatung beim Mieterverein ist bereits erledigt; für das weitere Vorgehen können Sie eine Anwältin oder einen Anwalt frei wählen. Die Selbstbeteiligung beträgt 250 €.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("S", "de", "insurer-to-customer", "hearing aids approved for the addressee with audiogram mention",
  frm=ADDR("kroeger"), to="Werner Tiedemann <w.tiedemann@t-online.example>",
  subj="Ihre Hörgeräte – Kostenzusage",
  date="2026-04-01 11:40",
  body="""Sehr geehrter Herr Tiedemann,

auf Grundlage des Tonaudiogramms Ihres HNO-Arztes und des Kostenvoranschlags von Hörakustik Meyer erteilen wir die Kostenzusage für zwei Hinter-dem-Ohr-Hörgeräte: 3.980 € für beide Seiten, davon erstatten wir nach Ihrem Tarif 80 %, also 3.184 €.

Die Rechnung kann der Akustiker direkt an uns schicken.

Mit freundlichen Grüßen
""", sig="kroeger")


M("N", "de", "internal", "trap: monthly accident-claims statistics with injury types, no persons",
  frm=ADDR("albrecht"), to="Leitung Schaden <leitung-schaden@versicherer.example>",
  subj="Unfall-Leistungsfälle März – Kurzbericht",
  date="2026-04-02 09:15",
  body="""Hallo zusammen,

die Zahlen für März:

- neue Unfallmeldungen: 212 (Vorjahr 198)
- davon Frakturen: 61, Bänderverletzungen: 44, Schädel-Hirn-Trauma: 7
- Invaliditätsleistungen ausgezahlt: 38 Fälle, 1,41 Mio. €
- Krankenhaustagegeld: 93 Fälle
- ältester offener Fall: 19 Monate (wartet auf Enduntersuchung)

Auffällig: Glatteis Anfang März, deshalb viele Handgelenksbrüche.

Miriam
""", sig="albrecht", sigstyle="short")

M("S", "de", "insurer-to-customer", "addressee spoken to: 'Ihre ambulante Psychotherapie', 24 sessions approved",
  frm=ADDR("kroeger"), to="Jasmin Uhlig <jasmin.uhlig@posteo.example>",
  subj="Kostenzusage für Ihre Therapie",
  date="2026-04-02 11:05",
  body="""Sehr geehrte Frau Uhlig,

gute Nachricht: Für Ihre ambulante Psychotherapie bei Frau Dipl.-Psych. Lena Roth erteilen wir die Kostenzusage für 24 Sitzungen (Verhaltenstherapie, Einzelsitzungen à 50 Minuten). Die probatorischen Sitzungen im Februar sind bereits erstattet.

Wenn Ihre Therapeutin eine Verlängerung für sinnvoll hält, schicken Sie uns bitte rechtzeitig vor der 20. Sitzung ihren kurzen Bericht.

Alles Gute für Sie!
""", sig="kroeger")

M("N", "en", "internal", "trap: subject 'Hospital reports' about a scanning workflow change, no patient",
  frm=ADDR("hoffmann"), to="Health Claims all <leistung-alle@versicherer.example>",
  subj="Hospital reports – new scanning workflow from 4 May",
  date="2026-04-02 15:30",
  body="""Hello everyone,

from Monday 4 May, hospital reports and discharge letters that arrive by post are no longer scanned by the central mailroom but by the new scanning line in building B.

What changes for you:
- documents appear in the case file within 2 hours instead of next day
- the document type "Krankenhausbericht" is set automatically; please correct it if it is wrong (button "Dokumentart ändern")
- faxes are not affected

Questions to the service desk, ticket category "Scan/Input".

Lukas""")

M("C", "de", "insurer-to-customer", "natural-hazards building claim: named owner, insured address, claim number",
  frm=ADDR("demir"), to="Jürgen und Petra Lammers <lammers.jp@web.example>",
  subj="Ihr Elementarschaden WG-26-0022915 – Rückstau Keller",
  date="2026-04-06 09:15",
  body="""Sehr geehrte Frau Lammers, sehr geehrter Herr Lammers,

nach dem Starkregen am 28.03. stand in Ihrem Keller (Wiesenweg 3, 53773 Hennef) das Wasser 30 cm hoch. Da Sie eine Rückstausicherung haben, greift Ihr Elementarbaustein in der Wohngebäudeversicherung WG 7720-011902.

Die Trocknungsfirma kommt am Donnerstag. Die beschädigte Heizungsanlage wird gesondert begutachtet.

Mit freundlichen Grüßen
""", sig="demir")

M("N", "de", "internal", "trap: forwarded bank newsletter (rfc822) about SEPA rules with a published example IBAN",
  frm=ADDR("becker"), to="Team Inkasso <inkasso-team@versicherer.example>",
  subj="WG: Newsletter Zahlungsverkehr – Änderungen Verification of Payee",
  date="2026-04-06 11:20",
  body="""Zur Info, relevant für uns ab Oktober (Empfängerprüfung bei Überweisungen). Bitte bis zur Teamrunde lesen.

Hannes""",
  att=[EML(INNER("Hausbank Firmenkunden <newsletter@hausbank-firmenkunden.example>", "hannes.becker@versicherer.example",
                 "Zahlungsverkehr aktuell: Empfängerüberprüfung (VoP)", "2026-04-03 07:00",
                 """ZAHLUNGSVERKEHR AKTUELL – April 2026

Ab 9. Oktober 2026 prüfen alle Banken im Euroraum vor einer Überweisung, ob Name und IBAN des Empfängers zusammenpassen (Verification of Payee).

Beispiel: Sie überweisen an "Muster GmbH", IBAN DE89 3704 0044 0532 0130 00. Ist bei der Empfängerbank "Muster Handels GmbH" hinterlegt, erhalten Sie den Hinweis "nahezu Übereinstimmung".

Für Sammelüberweisungen (z. B. Schadenzahlungen) können Sie auf die Prüfung verzichten (Opt-out). Sprechen Sie dazu Ihre Firmenkundenbetreuung an.

Ihre Hausbank – Firmenkunden""", "<nl-2026-04-vop.8812@hausbank-firmenkunden.example>", client="system"),
           "Zahlungsverkehr aktuell.eml")])

M("N", "de", "internal", "trap: product comparison of long-term-care add-on tariffs by care level, no person",
  frm=ADDR("yilmaz"), to="Vertrieb Exklusiv <vertrieb-exklusiv@versicherer.example>",
  subj="Vergleich Pflegetagegeld – unsere Tarife vs. Markt",
  date="2026-04-21 13:20",
  body="""Hallo zusammen,

für die Vertriebsschulung am Donnerstag die Übersicht. Monatliches Pflegegeld bei 1.500 € Basis:

[[t]]

Argument für uns: Leistung schon ab Pflegegrad 1 und Beitragsbefreiung ab Pflegegrad 2. Demenz ist bei allen Anbietern über den Pflegegrad abgedeckt, eine eigene Demenzklausel braucht es nicht mehr.

Felix
""", tables={"t": ([["Pflegegrad", "PflegeFlex (wir)", "Anbieter A", "Anbieter B"],
                   ["1", "10 %", "0 %", "5 %"],
                   ["2", "30 %", "25 %", "30 %"],
                   ["3", "50 %", "50 %", "60 %"],
                   ["4", "80 %", "75 %", "80 %"],
                   ["5", "100 %", "100 %", "100 %"]], "pipe")})

M("S", "en", "authority", "public prosecutor's request on a named suspect in a fraud investigation (criminal-offence data)",
  frm=ADDR("schreiber"), to="Public Prosecutor's Office Cologne <poststelle@sta-koeln-demo.example>",
  subj="RE: 121 Js 448/26 – suspected insurance fraud, Mr Adrian Kolb",
  date="2026-04-06 14:02",
  body="""Dear Ms Hartung,

in reply to your request of 1 April 2026 in the investigation against Mr Adrian Kolb (suspected insurance fraud, § 263 StGB):

We confirm that Mr Kolb reported the theft of a Rolex watch under his household policy HR 7710-380012 on 14 November 2025 and claimed 11,900 EUR. No payment was made. Copies of the claim form and the purchase receipt we believe to be forged will be sent via the secure justice channel.

Kind regards
""", sig="schreiber")

M("C", "en", "insurer-to-customer", "named customer's monthly net income for an instalment plan on motor and household premiums",
  frm=ADDR("becker"), to="Kerry-Ann Thompson <kerryann.thompson@hotmail.example>",
  subj="Your instalment plan – confirmation",
  date="2026-04-07 11:11",
  body="""Dear Ms Thompson,

thank you for the information about your situation. Based on your monthly net income of 1,620 EUR and your rent of 710 EUR, we have agreed the following plan for your outstanding premiums (motor KF 5530-301122 and household HR 7710-442901, total 684.00 EUR):

6 instalments of 114.00 EUR, on the 15th of each month from April to September 2026.

Your cover continues as long as the instalments are paid.

Kind regards
""", sig="becker")

M("S", "de", "insurer-to-customer", "children's accident policy: son by first name and age with a forearm fracture, invalidity payment",
  frm=ADDR("albrecht"), to="Katrin Wessel <katrin.wessel@gmx.example>",
  subj="Kinderunfallversicherung – Leistung für Noah",
  date="2026-04-07 14:30",
  body="""Sehr geehrte Frau Wessel,

das Gutachten der Kinderchirurgin liegt vor. Bei Noah (11) ist nach dem Unterarmbruch links vom Trampolin eine leichte Bewegungseinschränkung im Handgelenk geblieben. Die Gutachterin bewertet sie mit 1/10 Armwert.

Daraus ergibt sich eine Invaliditätsleistung von 7.000 € aus der Kinderunfallversicherung KU 4710-22018. Die Sofortleistung für den Knochenbruch (500 €) haben wir bereits im Januar gezahlt.

Mit freundlichen Grüßen, und gute Besserung an Noah
""", sig="albrecht")

M("C", "de", "insurer-to-company", "fleet claim: company vehicle driven by a named employee, plate, nobody hurt",
  frm=ADDR("brenner"), to="Fuhrparkmanagement <fuhrpark@rheinland-pflegedienst.example>",
  subj="Flottenschaden FL-26-0003318 – K-RP 1044",
  date="2026-04-08 08:40",
  body="""Guten Tag Frau Dahmen,

zum Schaden vom 02.04.: Ihr Mitarbeiter Herr Sven Rutkowski ist mit dem Dienstwagen K-RP 1044 beim Ausparken gegen einen Poller gefahren. Personen wurden nicht verletzt.

Der Schaden am Fahrzeug (Stoßfänger, Parksensor) wird über die Flotten-Vollkasko FL 4120-0031 reguliert, Selbstbeteiligung 300 €. Die Werkstattrechnung kann direkt an uns gehen.

Mit freundlichen Grüßen
""", sig="brenner")

M("S", "en", "hospital", "foreign hospital's invoice for a named patient's emergency appendectomy, forwarded for payment",
  frm=ADDR("seidel"), to="Travel Claims Payments <zahlungen-reise@versicherer.example>",
  subj="FW: Invoice 2026/0877 – patient Tobias Leitner",
  date="2026-04-08 10:55",
  body="""Please pay, travel health RK 4640-71203, covered. Original invoice in the file.
Ines
""",
  quote=FW("Billing Dept. – Hospital Clínica Mar Azul <billing@clinicamarazul.example>", "Tue, 7 Apr 2026 17:42",
           "travel-claims@versicherer.example", "Invoice 2026/0877 – patient Tobias Leitner",
           """Dear Sirs,

please find the details of our invoice for your insured:

Patient: Tobias Leitner, DOB 22/01/1987
Admission: 31/03/2026, emergency
Diagnosis: acute appendicitis (K35.8)
Procedure: laparoscopic appendectomy
Stay: 31/03–03/04/2026, 3 nights
Total: 6,480.00 EUR

Payment by bank transfer to Banco Sabadell, quoting invoice 2026/0877.

Kind regards
Billing Department""", lang="en"))

M("N", "en", "insurer-to-partner", "trap: reply to the data protection authority on a general consent question, no persons",
  frm=ADDR("meier"), to="Unit 3 <poststelle@ldi-nrw-demo.example>",
  subj="Your enquiry 3.1-2026-0441 – consent for TLS transport of health data",
  date="2026-04-08 15:00",
  body="""Dear Dr. Weigand,

thank you for your enquiry. In short, our procedure is:

1. Mails with health data go via S/MIME, domain encryption or our secure web mailbox.
2. Only if a customer expressly asks for unencrypted or TLS-only mail do we ask for a written, revocable consent that names the risks; it is recorded in the customer file.
3. The consent can be withdrawn at any time in the web mailbox; the gateway then falls back to the portal.

In 2025, 1.3 % of our health customers gave such a consent. We enclose no individual consents, as requested.

Kind regards
""", sig="meier")

M("C", "de", "insurer-to-customer", "household burglary: named customer's list of stolen jewellery with values",
  frm=ADDR("demir"), to="Roswitha Brinkmann <r.brinkmann@netcologne.example>",
  subj="Einbruch vom 21.03. – Ihre Stehlgutliste",
  date="2026-04-09 09:30",
  body="""Sehr geehrte Frau Brinkmann,

vielen Dank für die Stehlgutliste. Wir haben folgende Positionen übernommen (Hausrat HR 7710-228471):

- Goldkette mit Anhänger (Erbstück), Wertgutachten 2019: 1.850 €
- Damenuhr Junghans: 690 €
- Laptop: 1.120 €
- Bargeld: 300 € (Entschädigungsgrenze 1.500 €)

Für Schmuck gilt außerhalb eines Tresors eine Grenze von 20 % der Versicherungssumme; die ist hier nicht erreicht. Die Zahlung veranlassen wir diese Woche.

Mit freundlichen Grüßen
""", sig="demir")

M("S", "de", "insurer-to-customer", "term life payout to a widow as beneficiary after her husband's death (life claim, no cause named)",
  frm=ADDR("stanek"), to="Frau Ulrike Kemper <u.kemper@t-online.example>",
  subj="Risikolebensversicherung LV 6610-200418 – Auszahlung",
  date="2026-04-09 11:48",
  body="""Sehr geehrte Frau Kemper,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes.

Die Unterlagen sind vollständig. Als Bezugsberechtigte erhalten Sie die Versicherungssumme aus der Risikolebensversicherung von Herrn Reinhard Kemper in Höhe von 150.000 €. Die Überweisung erfolgt in den nächsten drei Arbeitstagen auf das von Ihnen genannte Konto.

Eine Mitteilung an das Finanzamt für die Erbschaftsteuer erfolgt von uns automatisch (§ 33 ErbStG).

Mit freundlichen Grüßen
""", sig="stanek")

M("S", "de", "internal", "harmless body; ZIP holds a DOCX expert opinion on a named insured's BU claim",
  frm=ADDR("stanek"), to=ADDR("schreiber"),
  subj="Unterlagen Widerspruch Klasen",
  date="2026-04-10 13:25",
  body="""Hallo Frau Dr. Schreiber,

anbei das Paket für die rechtliche Einschätzung. Der Anwalt hat Klage angekündigt.

Gruß Oliver Stanek""",
  att=[ZIP("LV_6620-098812.zip", [
      DOCX("Gutachten_orthopaedisch_2026-03.docx", [
          ("h", "Orthopädisches Gutachten"),
          "Auftraggeber: Versicherer Lebensversicherung AG, LV 6620-098812",
          "Proband: Bernd Klasen, geb. 19.05.1969, Elektriker",
          ("h", "Befund", 2),
          "Zustand nach Nukleotomie L5/S1 (08/2025). Lumbalgie, keine neurologischen Ausfälle. Lasègue negativ. Finger-Boden-Abstand 25 cm.",
          ("h", "Beurteilung", 2),
          "Tätigkeiten über Kopf und schweres Heben über 15 kg sind dauerhaft nicht mehr zumutbar. Der Grad der Berufsunfähigkeit im zuletzt ausgeübten Beruf wird auf 40 % geschätzt.",
          "Dr. med. Hendrik Sauer, Facharzt für Orthopädie",
      ], author="Dr. Sauer"),
      TXT("Chronologie.txt", "08/2025 Leistungsantrag\n11/2025 Hausarztbericht\n03/2026 Gutachten Dr. Sauer: 40 %\n04/2026 Widerspruch RA Möller\n"),
  ])])

M("C", "en", "insurer-to-broker", "yacht hull policy of a named private owner with boat name and berth",
  frm=ADDR("osei"), to="Marcus Hollenbeck <m.hollenbeck@hollenbeck-finanz.example>",
  subj="RE: yacht renewal – Mr Engstrom, SY Nordwind",
  date="2026-04-13 09:12",
  body="""Hi Marcus,

renewal terms for your client Mr Henrik Engström (yacht hull & liability YA 5120-00822, SY "Nordwind", Hallberg-Rassy 342, berth Marina Heiligenhafen):

- agreed value unchanged at 128,000 EUR
- premium 1,412 EUR incl. tax (+3 %)
- new: cover for racing up to 3 regattas a year

If he agrees by 30 April, the policy renews on the same number.

Cheers
""", sig="osei", sigstyle="short")

M("N", "en", "insurer-to-broker", "trap: broker FAQ on life policy loans, generic rules only",
  frm=ADDR("reuter"), to="brokers-en@lists.versicherer.example",
  subj="FAQ: policy loans on endowment and pension policies",
  date="2026-04-13 14:00",
  body="""Dear partners,

we often get questions about policy loans. The short version:

Who can get one? The policyholder of an endowment or private pension policy with a surrender value (not term life, not BU).
How much? Up to 80 % of the current surrender value, minimum 2,500 EUR.
Interest? Currently 4.25 % p.a., fixed for the year.
Does cover change? No – the death benefit is reduced only by any unpaid loan at the time of a claim.
How to apply? Policyholder signs the form "Policendarlehen" (broker portal > Forms > Life). No health questions.

Frank Reuter
Broker Relations North""")

M("S", "de", "insurer-to-applicant", "health insurance application: addressee's high blood pressure and a risk surcharge",
  frm=ADDR("nguyen"), to="Sebastian Marquardt <s.marquardt@gmx.example>",
  subj="Ihr Antrag auf private Krankenversicherung – unser Angebot",
  date="2026-04-14 09:45",
  body="""Sehr geehrter Herr Marquardt,

vielen Dank für den Bericht Ihres Kardiologen. Da Ihr Bluthochdruck mit Candesartan 8 mg gut eingestellt ist und keine Folgeschäden vorliegen, können wir Sie versichern – allerdings mit einem Risikozuschlag von 15 % (monatlich 87,30 €).

Der Zuschlag kann auf Antrag nach drei Jahren überprüft werden. Bitte bestätigen Sie das Angebot innerhalb von vier Wochen.

Mit freundlichen Grüßen
""", sig="nguyen")

M("N", "de", "internal", "trap: review of portal help text with placeholder contract number format, no customer",
  frm=ADDR("kowalski"), to=ADDR("raman"),
  subj="Hilfetext Registrierung – Vertragsnummernformat",
  date="2026-04-14 13:00",
  body="""Hallo Priya,

bei der Registrierung im Kundenportal scheitern viele an der Vertragsnummer. Vorschlag für den neuen Hilfetext:

"Ihre Vertragsnummer finden Sie oben rechts auf Ihrem Versicherungsschein. Sie besteht aus zwei Buchstaben und neun Ziffern, zum Beispiel KV 2210-XXXXX oder KF 5530-XXXXXX. Leerzeichen und Bindestrich können Sie weglassen."

Außerdem sollten wir die Fehlermeldung ändern: statt "Vertrag unbekannt" lieber "Bitte prüfen Sie die Eingabe" – sonst kann man ausprobieren, ob jemand bei uns versichert ist.

Lena""")

M("N", "de", "internal", "trap: note on naturopath fee schedule (GebüH) positions with treatments, no person",
  frm=ADDR("kroeger"), to="Team Ambulant <team-ambulant@versicherer.example>",
  subj="GebüH – Höchstsätze ab 01.06.",
  date="2026-05-06 08:40",
  body="""Hallo zusammen,

ab 01.06. gelten neue interne Höchstsätze für Heilpraktikerrechnungen:

GebüH 1 (eingehende Untersuchung): 28,00 €
GebüH 20.1 (Akupunktur, je Sitzung): 35,00 €
GebüH 4 (Erhebung der Anamnese): 18,00 €
GebüH 17.1 (Neuraltherapie): 25,00 €

Beträge darüber bitte mit Textbaustein TB_114 kürzen. Homöopathische Erstanamnese bleibt bei 80 €.

Sabine""")

M("C", "de", "authority", "vehicle registration office: named holder, plate, insurance cover ended",
  frm=ADDR("engel"), to="Straßenverkehrsamt Rhein-Erft-Kreis <zulassung@rhein-erft-demo.example>",
  subj="Anzeige nach § 25 FZV – BM-HK 818",
  date="2026-04-14 15:35",
  body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass für das Fahrzeug mit dem amtlichen Kennzeichen BM-HK 818 (Halterin: Frau Helga Kunz, Bergheim) seit dem 01.04.2026 kein Versicherungsschutz mehr besteht. Der Vertrag KF 5530-118377 wurde wegen Nichtzahlung des Erstbeitrags beendet.

Mit freundlichen Grüßen
""", sig="engel", sigstyle="short")

M("S", "en", "insurer-to-partner", "HTML-only facultative request to the reinsurer: named applicant, BMI, diagnoses",
  frm=ADDR("hasselbach"), to="Life Facultative <fac.life@reinsurer-demo.example>",
  subj="Facultative request – term life 1.2 m EUR",
  date="2026-04-15 10:20", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear colleagues,</p>
<p class="MsoNormal">we ask for a facultative offer on the following case (above our retention of 750,000 EUR):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Applicant</td><td>Friedrich von Alvensleben, born 11 Feb 1968</td></tr>
<tr><td>Sum insured</td><td>1,200,000 EUR term life, 15 years</td></tr>
<tr><td>Height / weight</td><td>182 cm / 104 kg (BMI 31.4)</td></tr>
<tr><td>Medical history</td><td>type 2 diabetes since 2019 (HbA1c 7.1 %), treated hypertension, sleep apnoea with CPAP</td></tr>
<tr><td>Our proposal</td><td>+75 % extra mortality</td></tr>
</table>
<p class="MsoNormal">Medical reports available via the secure exchange.</p>
<p class="MsoNormal">Kind regards<br>Dr. med. Ulrike Hasselbach<br>Chief Medical Officer</p>
</div></body></html>
""")

M("C", "de", "customer", "customer's own mail with her new IBAN for the motor premium, forwarded to collections",
  frm=ADDR("kowalski"), to="Inkasso <inkasso@versicherer.example>",
  subj="WG: neue Kontoverbindung",
  date="2026-04-15 12:02",
  body="""Bitte umstellen, Kundin hat sich telefonisch legitimiert. Vertrag KF 5530-287700.
Lena
""",
  quote=FW("Sabrina Özdemir <sabrina.oezdemir@web.example>", "15.04.2026, 07:58", "service@versicherer.example",
           "neue Kontoverbindung",
           "Hallo, bitte ab Mai von meinem neuen Konto abbuchen:\n" + IB("DE", "430609671234567800", group=0) +
           "\nGLS Bank. Danke, S. Özdemir"))

M("S", "de", "insurer-to-customer", "addressee's follow-up rehabilitation after a bypass operation",
  frm=ADDR("brandt"), to="Günter Lindemann <g.lindemann@freenet.example>",
  subj="Ihre Anschlussheilbehandlung – Kostenzusage",
  date="2026-04-15 14:40",
  body="""Sehr geehrter Herr Lindemann,

für Ihre Anschlussheilbehandlung nach der Bypass-Operation im Herzzentrum Duisburg übernehmen wir die Kosten für 21 Tage in der Rehaklinik am Kurpark, Bad Salzuflen, ab dem 22.04.2026.

Die Klinik rechnet direkt mit uns ab. Die Fahrtkosten erstatten wir Ihnen bis 130 €.

Gute Erholung!
""", sig="brandt")

M("N", "de", "newsletter", "trap: pet insurance newsletter on ticks and vaccinations for dogs and cats, no customer",
  frm="Versicherer Tierwelt <newsletter@versicherer.example>", to="tierwelt@lists.versicherer.example",
  subj="Zeckenzeit: So schützen Sie Hund und Katze",
  date="2026-04-16 07:00",
  body="""TIERWELT – der Newsletter Ihrer Tierversicherung

Zecken sind ab 7 °C aktiv. Für Hunde sind vor allem Borreliose und Babesiose gefährlich.

- Spot-on-Präparate und Tabletten gibt es beim Tierarzt; Halsbänder sind für Katzen mit Freigang oft ungeeignet.
- Impfungen: Die Grundimmunisierung gegen Leptospirose und Tollwut sollte jährlich bzw. alle drei Jahre aufgefrischt werden.
- Mit unserem Tarif TierGesund Plus sind Vorsorgeuntersuchungen und Impfungen bis 100 € im Jahr erstattet.

Tipp: Nach jedem Spaziergang das Fell absuchen – besonders Ohren, Achseln und Pfoten.

Abmelden: https://versicherer.example/newsletter/abmelden
Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln""")


# ---- batch 6 ---------------------------------------------------------------

M("N", "en", "insurer-to-partner", "trap: auditors' claims sample request answered with process only; sample to be pseudonymised",
  frm=ADDR("morgan"), to="Audit Team <insurance-audit@wp-partners-demo.example>",
  subj="RE: IFRS 17 audit – sample of health claims",
  date="2026-04-16 10:30",
  body="""Dear Ms Lindner,

regarding your request for a sample of 60 health claims paid in 2025:

- we will provide the sample via the data room by 24 April;
- claim IDs will be pseudonymised and diagnosis fields removed, as agreed with our data protection officer – you will see amounts, dates, tariff and status only;
- if you need to see an original file, one of our claims managers will show it to you on site.

Please confirm the sampling criteria (stratified by amount, 3 strata) so that we can draw it.

Best regards
""", sig="morgan", sigstyle="short")

M("S", "de", "insurer-to-customer", "trade-union membership of a named customer in an employment legal-expenses case",
  frm=ADDR("lindqvist"), to="Erik Sommerfeld <erik.sommerfeld@posteo.example>",
  subj="Ihr Arbeitsrechtsschutz RS-26-0030411 – Gewerkschaftsrechtsschutz vorrangig",
  date="2026-04-17 09:10",
  body="""Sehr geehrter Herr Sommerfeld,

Sie schreiben, dass Sie Mitglied der IG Metall sind. Nach § 3 Abs. 4 ARB ist der Rechtsschutz Ihrer Gewerkschaft in arbeitsrechtlichen Streitigkeiten vorrangig. Bitte lassen Sie sich für die Klage wegen der Abmahnung zunächst vom DGB-Rechtsschutz vertreten.

Kosten, die die Gewerkschaft nicht übernimmt (z. B. ein von Ihnen gewünschter eigener Anwalt), prüfen wir gern anschließend.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("N", "de", "internal", "trap: works-council minutes on the occupational reintegration (BEM) process, no employee named",
  frm="Betriebsrat <betriebsrat@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Info aus dem Betriebsrat: neue Betriebsvereinbarung BEM",
  date="2026-04-17 12:00",
  body="""Liebe Kolleginnen und Kollegen,

Betriebsrat und Geschäftsleitung haben die Betriebsvereinbarung zum Betrieblichen Eingliederungsmanagement (BEM) erneuert. Das Wichtigste:

- Ein BEM wird allen angeboten, die innerhalb von 12 Monaten länger als 6 Wochen arbeitsunfähig waren. Die Teilnahme ist freiwillig.
- Diagnosen müssen nicht genannt werden. Gesundheitsdaten werden in einer getrennten BEM-Akte geführt, nicht in der Personalakte.
- Ihr Ansprechpartner kann der Betriebsarzt, die Schwerbehindertenvertretung oder der Betriebsrat sein – Sie wählen.

Die Vereinbarung steht im Intranet unter Personal > Betriebsvereinbarungen.

Euer Betriebsrat""", org=False)

M("C", "en", "insurer-to-customer", "calendar invitation for a loss adjuster's visit to a named customer's flat (water damage)",
  frm=ADDR("demir"), to="Giulia Marchetti <giulia.marchetti@libero.example>",
  subj="Appointment: inspection of your water damage, 22 April",
  date="2026-04-17 15:05",
  body="""Dear Ms Marchetti,

as agreed on the phone, our loss adjuster Mr Kranz will come to inspect the water damage in your flat on Wednesday, 22 April, at 10:00. The invitation is attached for your calendar.

Please have the plumber's invoice ready if you already have it.

Kind regards
""", sig="demir", sigstyle="short",
  att=[ICS("inspection.ics", "wg-26-0024410-visit@versicherer.example", "Inspection water damage – claim HR-26-0024410",
           "20260422T100000", "20260422T110000", ("Aylin Demir", "aylin.demir@versicherer.example"),
           [("Giulia Marchetti", "giulia.marchetti@libero.example"), ("Ingenieurbüro Kranz", "auftrag@ib-kranz.example")],
           location="Marchetti, Brüsseler Straße 61, 2nd floor, 50674 Köln",
           description="Household claim HR-26-0024410, leaking washing machine hose, kitchen floor and ceiling of flat below.")])

M("N", "de", "insurer-to-customer", "trap: portal registration mail with a one-time password, no name or contract",
  frm="Versicherer Postfach <noreply@versicherer.example>", to="tom.kaiser83@gmx.example",
  subj="Ihr Einmal-Passwort für das Kundenpostfach",
  date="2026-04-20 08:01",
  body="""Guten Tag,

für Sie wurde ein sicheres Postfach eingerichtet. Ihr Einmal-Passwort lautet:

    7qW-m3Lr-Z8

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Das Einmal-Passwort ist 14 Tage gültig.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.""")

M("S", "en", "customer", "mother asks about her son's asthma inhaler refill abroad; forwarded internally",
  frm=ADDR("seidel"), to=ADDR("whitfield"),
  subj="FW: inhaler for my son in Canada",
  date="2026-04-20 10:44",
  body="""Emma, this is travel health for a student abroad (RK 4640-80112), but it's a chronic condition – is that your team or ours?
Ines
""",
  quote=FW("Deborah Klein <deborah.klein@gmail.example>", "Sun, 19 Apr 2026 22:03", "travel@versicherer.example",
           "inhaler for my son in Canada",
           """Hi,
my son Jakob (19) is on an exchange semester in Montreal. He has asthma and needs his Symbicort inhaler refilled, the local doctor charged 120 CAD for the visit and 85 CAD at the pharmacy. Is this covered by his travel insurance?
Thank you, Deborah Klein""", lang="en"))

M("N", "en", "newsletter", "trap: HTML-only product newsletter about a dental tariff with treatment examples, no person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="newsletter-en@lists.versicherer.example",
  subj="Smile! Our new dental plan DentalPlus 2026",
  date="2026-04-21 07:00",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:600px">
<h2 style="color:#0b4f8a">DentalPlus 2026</h2>
<p>Implants, crowns, root canal treatment, professional cleaning – our new dental plan covers up to 90&nbsp;% of the costs.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e8f0f8"><th align="left">Treatment (example)</th><th align="left">Typical cost</th><th align="left">You get back</th></tr>
<tr><td>Implant with crown</td><td>3,200 EUR</td><td>2,880 EUR</td></tr>
<tr><td>Professional cleaning</td><td>120 EUR</td><td>120 EUR (2x per year)</td></tr>
<tr><td>Root canal treatment</td><td>650 EUR</td><td>585 EUR</td></tr>
</table>
<p>No waiting period. Treatments already planned are not covered.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed. <a href="https://versicherer.example/newsletter/abmelden">Unsubscribe</a><br>
Versicherer Krankenversicherung a.G., Rheinuferstrasse 12, 50667 Cologne</p>
</body></html>
""")

M("C", "de", "insurer-to-company", "commercial liability: crane damaged a named neighbour's car; no injury",
  frm=ADDR("oltmanns"), to="Bauunternehmung Hesse GmbH, Frau Nadine Krüger <n.krueger@hesse-bau.example>",
  subj="Betriebshaftpflicht BH 4301-00917 – Schaden Baustelle Sülzgürtel",
  date="2026-04-21 09:55",
  body="""Sehr geehrte Frau Krüger,

zum Schaden vom 14.04.: Beim Umsetzen des Mobilkrans ist eine Palette Ziegel auf den geparkten Pkw des Anwohners Herrn Bernhard Voss (K-BV 1960) gefallen. Verletzt wurde niemand.

Herr Voss hat ein Gutachten eingereicht (Totalschaden, Wiederbeschaffungswert 8.400 €). Wir regulieren direkt mit ihm; Ihre Selbstbeteiligung von 1.000 € stellen wir Ihnen in Rechnung.

Mit freundlichen Grüßen
""", sig="oltmanns")

M("C", "en", "insurer-to-customer", "electronics insurance: named customer's stolen laptop with serial number",
  frm=ADDR("demir"), to="Jonas Albrecht-Nyberg <jonas.an@icloud.example>",
  subj="Your electronics claim EL-26-0009102 – MacBook",
  date="2026-04-22 09:40",
  body="""Hello Mr Albrecht-Nyberg,

your MacBook Pro (serial C02XK1ZZJGH5) stolen from the café on 11 April is covered under your electronics insurance EL 4388-12240. As the device was 14 months old, we pay the purchase price minus 10 % for the second year: 2,159.10 EUR.

Please also report the serial number to the police if you have not yet done so – this helps if the device turns up.

Best regards
""", sig="demir", sigstyle="short")

M("N", "de", "internal", "trap: customer survey results with anonymised verbatim comments about dentist bills",
  frm=ADDR("lorenz"), to="Leitung Kundenservice <leitung-ks@versicherer.example>",
  subj="Kundenbefragung Q1 – Ergebnisse Leistung KV",
  date="2026-04-22 11:15",
  body="""Hallo zusammen,

die wichtigsten Ergebnisse der Befragung (n = 1.843, Rücklauf 22 %):

- Zufriedenheit mit der Erstattung: 2,1 (Schulnote), Vorquartal 2,3
- Dauer bis zur Erstattung "zu lang": 19 %
- App-Nutzung zum Einreichen: 64 %

Typische Freitext-Antworten (anonymisiert):
"Die Erstattung meiner Zahnarztrechnung hat drei Wochen gedauert." (Kundin, 60+)
"Super, dass man Rezepte einfach fotografieren kann." (Kunde, 30–39)
"Warum muss ich für jede Physiotherapie-Serie eine neue Verordnung einreichen?" (o. A.)

Daniela""")

M("C", "de", "broker", "broker's XLSX of motor renewals: private clients with birth dates and plates",
  frm=ADDR("falk"), to=ADDR("engel"),
  subj="WG: Verlängerungen Kfz 2026 – Agentur Brandl",
  date="2026-04-22 14:30",
  body="""Rüdiger, die Agentur Brandl möchte die Verträge auf den neuen Tarif umstellen. Liste anbei, kannst du das prüfen?
Bernd""",
  att=[XLSX("Kfz_Umstellung_Brandl.xlsx", {"Umstellung": [
      ["Vertrag", "Versicherungsnehmer", "Geburtsdatum", "Kennzeichen", "SF", "Tarif neu"],
      ["KF 5530-210044", "Gabriele Brandl", "14.09.1962", "EU-GB 62", "SF 25", "KfzKomfort 2026"],
      ["KF 5530-210981", "Yusuf Demirci", "02.03.1997", "EU-YD 497", "SF 4", "KfzBasis 2026"],
      ["KF 5530-211307", "Lara Heinen", "29.12.2004", "EU-LH 1204", "SF 1/2", "KfzBasis 2026"],
  ]}, author="Agentur Brandl")])

M("S", "de", "insurer-to-customer", "addressee's long-term care allowance for care level 2, no diagnosis",
  frm=ADDR("yilmaz"), to="Edeltraud Simon <e.simon@web.example>",
  subj="Ihr Pflegetagegeld – Bescheid",
  date="2026-04-23 09:05",
  body="""Sehr geehrte Frau Simon,

nach dem Gutachten vom 09.04.2026 sind Sie in Pflegegrad 2 eingestuft. Aus Ihrer Pflegetagegeldversicherung PT 3590-10442 zahlen wir deshalb ab 01.04.2026 monatlich 450 € (30 % des vereinbarten Tagessatzes).

Die Beitragszahlung läuft weiter, eine Beitragsbefreiung gibt es in Ihrem Tarif erst ab Pflegegrad 3.

Mit freundlichen Grüßen
""", sig="yilmaz")

M("N", "en", "internal", "trap: IT change notice that all mail from the health claims mailbox is treated as strictly confidential",
  frm=ADDR("fischer"), to="IT Change Board <cab@versicherer.example>",
  subj="CHG-2026-0318: mailbox rule for leistung-kv@ (strictly confidential)",
  date="2026-04-23 11:00",
  body="""Change request CHG-2026-0318

What: new sender rule in the mail gateway – every mail sent from the mailboxes leistung-kv@, leistung-leben@ and pflege@ is classified as strictly confidential, regardless of content.
Why: these teams mail health data daily; content detection misses scanned attachments.
Impact: such mails go only via S/MIME or the web mailbox; TLS only with recorded customer consent.
Rollback: disable rule "SR-07" in the policy file.
Window: 28 April, 18:00–19:00.

Tim Fischer, Information Security""")

M("C", "en", "insurer-to-customer", "rental car excess claim: named traveller, rental agreement and damage, no injury",
  frm=ADDR("seidel"), to="Mark Jennings <mark.jennings@gmail.example>",
  subj="Your rental excess claim RR-26-0014877",
  date="2026-04-23 14:50",
  body="""Dear Mr Jennings,

thank you for the rental agreement (Sixt Palma, RA 9912-448013) and the damage report. The rental company charged 950.00 EUR excess for the scratched bumper. Your rental car excess insurance reimburses this in full.

We will transfer 950.00 EUR to your account within the next few days.

Kind regards
""", sig="seidel")

M("N", "de", "internal", "trap: ZIP of letter templates with «placeholders» for health claims, nobody named",
  frm=ADDR("kroeger"), to="Team Ambulant <team-ambulant@versicherer.example>",
  subj="Textbausteine neu – bitte ab 1.4. verwenden",
  date="2026-03-04 08:20",
  body="""Hallo ihr,

im Zip sind die überarbeiteten Textbausteine. Neu ist der Baustein für fehlende Verordnungen und der für Heilpraktiker über dem Höchstsatz. Die Platzhalter in «» füllt das System automatisch.

Sabine""",
  att=[ZIP("Textbausteine_KV_2026-04.zip", [
      TXT("TB_101_Verordnung_fehlt.txt", """Sehr geehrte«r» «Anrede» «Nachname»,

für die Heilmittel (Rechnung vom «Rechnungsdatum») fehlt uns noch die ärztliche Verordnung. Bitte reichen Sie diese nach, dann erstatten wir den Betrag von «Betrag» €.
"""),
      TXT("TB_114_Heilpraktiker_Hoechstsatz.txt", """Sehr geehrte«r» «Anrede» «Nachname»,

die Rechnung von «Behandler» übersteigt die Höchstsätze des Gebührenverzeichnisses für Heilpraktiker (GebüH). Wir erstatten deshalb «Betrag_erstattet» € von «Betrag_Rechnung» €.
"""),
  ])])

M("N", "de", "insurer-to-supplier", "trap: order of ergonomic chairs 'for staff with back problems' in general, no person",
  frm=ADDR("krueger"), to="Objekteinrichtung Vossen <angebote@vossen-buero.example>",
  subj="Anfrage: 40 ergonomische Bürostühle",
  date="2026-04-24 08:45",
  body="""Guten Tag Herr Vossen,

im Rahmen unseres Gesundheitsmanagements möchten wir 40 ergonomische Bürostühle beschaffen. Sie sollen vor allem Kolleginnen und Kollegen mit Rückenbeschwerden zur Verfügung stehen, die Zuteilung regelt unser Betriebsarzt.

Anforderungen: Synchronmechanik, Sitztiefenverstellung, 4D-Armlehnen, Lordosenstütze, Belastbarkeit bis 150 kg.

Bitte schicken Sie uns ein Angebot inkl. Lieferung und Montage bis 15. Mai.

Mit freundlichen Grüßen
""", sig="krueger")

M("S", "en", "insurer-to-customer", "addressee's travel vaccinations (yellow fever, rabies) reimbursed",
  frm=ADDR("kroeger"), to="Helena Sørensen <helena.sorensen@gmail.example>",
  subj="Reimbursement of your travel vaccinations",
  date="2026-04-24 10:30",
  body="""Dear Ms Sørensen,

we have reimbursed your travel vaccinations before your trip to Tanzania:

- yellow fever, 1 dose – 72.00 EUR
- rabies (pre-exposure), 3 doses – 246.00 EUR
- malaria prophylaxis (atovaquone/proguanil) – 58.40 EUR

Total 376.40 EUR under your tariff KV-Premium, paid to your account.

Have a safe trip!
""", sig="kroeger")

M("N", "de", "insurer-to-partner", "trap: comment to the insurers' association on a code of conduct draft about health data",
  frm=ADDR("meier"), to="Arbeitskreis Datenschutz <ak-datenschutz@verband-demo.example>",
  subj="Stellungnahme Entwurf Code of Conduct, Art. 14 (Gesundheitsdaten)",
  date="2026-04-24 13:15",
  body="""Sehr geehrte Damen und Herren,

zum Entwurf vom 20.03. haben wir zwei Anmerkungen:

1. Art. 14 Abs. 2 sollte klarstellen, dass bei der Leistungsprüfung Gesundheitsdaten auch ohne Einwilligung verarbeitet werden dürfen, soweit § 213 VVG greift – die Einwilligung bleibt für die Schweigepflichtentbindung erforderlich.

2. Die Regel "Übermittlung von Gesundheitsdaten nur verschlüsselt" sollte technikneutral formuliert werden (S/MIME, Portal, Domänenverschlüsselung), nicht eine Technik vorschreiben.

Mit freundlichen Grüßen
""", sig="meier")

M("C", "de", "insurer-to-customer", "lost keys in private liability: named customer, landlord, policy number",
  frm=ADDR("oltmanns"), to="Felix Brandenburg <felix.brandenburg@gmx.example>",
  subj="Schlüsselverlust – Ihr Schaden PH-26-0031140",
  date="2026-04-27 09:20",
  body="""Hallo Herr Brandenburg,

der Verlust des Generalschlüssels Ihres Arbeitgebers ist in Ihrer Privathaftpflicht PH 3302-88719 mitversichert (Baustein fremde Schlüssel, bis 30.000 €).

Wir brauchen noch: den Kostenvoranschlag für den Austausch der Schließanlage und eine kurze Bestätigung Ihres Arbeitgebers, wann und wo der Schlüssel verloren ging.

Viele Grüße
""", sig="oltmanns")

M("N", "en", "internal", "trap: pricing committee minutes on accident loadings by occupation, no person",
  frm=ADDR("okafor"), to="Pricing Committee <pricing@versicherer.example>",
  subj="Minutes pricing committee accident – 23 April",
  date="2026-04-27 11:45",
  body="""Minutes – pricing committee accident, 23 April 2026

1. Occupational classes
   Roofers and scaffolders move from class B to C (+22 %). Nurses and geriatric carers stay in A; their claims frequency is above average (back injuries, falls) but severity is low.

2. Children's accident
   Claims frequency under 6 years down 4 %; trampoline injuries still the top cause for ages 6–12.

3. E-scooters
   Head injuries in 18–25 up again. No pricing change yet; monitor Q3.

Decisions: see 1. Next meeting 25 June.
Chidi Okafor""")

M("C", "de", "company", "employer's list for business-travel insurance: employee names and birth dates, no health content",
  frm=ADDR("seidel"), to="Bestand Reise <bestand-reise@versicherer.example>",
  subj="WG: Geschäftsreise-Versicherung – Reisende Q2",
  date="2026-03-17 11:48",
  body="""Zur Info und Ablage, Rahmenvertrag RG 4640-0112. Keine Rückfragen.
Ines""",
  quote=FW("Reisestelle Bergmann Anlagenbau GmbH <reisestelle@bergmann-anlagenbau.example>", "17.03.2026, 10:20",
           "reise@versicherer.example", "Reisende Q2",
           """Guten Tag,
für Q2 reisen folgende Mitarbeitende nach Indien (Montage Pune):

Kurt Albers, geb. 12.04.1971, 06.04.–30.05.
Deniz Yıldız, geb. 30.09.1985, 06.04.–30.05.
Marco Santoro, geb. 08.01.1992, 20.04.–15.06.

Viele Grüße
Reisestelle"""))

M("C", "en", "insurer-to-customer", "family-law advice under legal expenses for a named customer's divorce; nothing medical",
  frm=ADDR("lindqvist"), to="Natasha Ivanova <natasha.ivanova@yandex.example>",
  subj="Legal advice cover – family law RS-26-0033020",
  date="2026-04-27 14:05",
  body="""Dear Ms Ivanova,

your legal expenses policy RS 4550-29914 includes an initial consultation with a lawyer in family law matters. For the advice on your planned divorce we reimburse the lawyer's fee for one consultation up to 250 EUR.

Court proceedings for the divorce itself are not covered. Please send us the lawyer's invoice after the consultation.

Kind regards
""", sig="lindqvist")

M("S", "de", "insurer-to-customer", "addressee's hospital stay dates for hospital daily allowance",
  frm=ADDR("brandt"), to="Olaf Reinecke <olaf.reinecke@arcor.example>",
  subj="Krankenhaustagegeld – Ihr Aufenthalt vom 30.03. bis 08.04.",
  date="2026-04-28 09:30",
  body="""Sehr geehrter Herr Reinecke,

für Ihren Krankenhausaufenthalt im Klinikum Leverkusen vom 30.03. bis 08.04.2026 zahlen wir das vereinbarte Krankenhaustagegeld von 50 € für 10 Tage, insgesamt 500 €.

Die Entlassungsbescheinigung hat uns genügt; weitere Unterlagen brauchen wir nicht.

Mit freundlichen Grüßen
""", sig="brandt")

M("N", "de", "internal", "trap: deletion concept with retention periods for health documents, no person",
  frm=ADDR("meier"), to="Fachbereichsleitungen <fbl@versicherer.example>",
  subj="Löschkonzept – Fristen Leistungsunterlagen (Entwurf v3)",
  date="2026-04-28 12:10",
  body="""Liebe Kolleginnen und Kollegen,

die Fristen im Entwurf v3, bitte bis 15.05. kommentieren:

- Arztrechnungen und Rezepte (KV): 10 Jahre nach Ende des Kalenderjahres der Erstattung
- Arztberichte, Gutachten (BU, Unfall): 10 Jahre nach Abschluss des Leistungsfalls, bei Rentenzahlung bis 10 Jahre nach Ende der Rente
- Antragsunterlagen mit Gesundheitsangaben, abgelehnt: 3 Jahre
- Schweigepflichtentbindungen: solange der Vertrag besteht + 3 Jahre
- Portal-Nachrichten: 90 Tage im Portal, danach nur im Archiv

Thomas""")

M("N", "de", "insurer-to-customer", "trap: mass invitation to all health customers about a premium-adjustment info event, no name",
  frm="Versicherer Krankenversicherung <info-kv@versicherer.example>", to="kv-kunden-region-koeln@lists.versicherer.example",
  subj="Einladung: Infoabend zur Beitragsanpassung 2027",
  date="2026-05-15 10:00",
  body="""Sehr geehrte Kundin, sehr geehrter Kunde,

viele von Ihnen haben Fragen zur Beitragsanpassung in der privaten Krankenversicherung. Wir laden Sie herzlich zu einem Infoabend ein:

Dienstag, 9. Juni 2026, 18:00 Uhr, Kundencenter Rheinuferstraße 12, Köln (auch online)

Themen: Warum steigen Beiträge? Welche Möglichkeiten gibt es, Beiträge zu senken (Tarifwechsel nach § 204 VVG, Selbstbehalt)? Was ist der Standardtarif?

Anmeldung: https://versicherer.example/infoabend

Ihre Versicherer Krankenversicherung a.G.""")

M("C", "de", "insurer-to-customer", "horse surgery insurance: named owner and the horse's colic operation (animal health)",
  frm=ADDR("wagner"), to="Charlotte von Bredow <c.vonbredow@reitstall-bredow.example>",
  subj="OP-Versicherung Pferd – Ihre Stute Fleur",
  date="2026-04-28 15:10",
  body="""Sehr geehrte Frau von Bredow,

die Rechnung der Pferdeklinik Burg Müggenhausen für die Kolik-Operation Ihrer Stute "Fleur" (Dünndarmresektion, 6 Tage Klinik) über 7.840 € haben wir geprüft. Aus Ihrer Pferde-OP-Versicherung TV 4815-50228 erstatten wir 6.500 € (Höchstbetrag je OP), abzüglich 250 € Selbstbeteiligung.

Wir wünschen Fleur gute Genesung.

Mit freundlichen Grüßen
""", sig="wagner")


# ---- batch 7 ---------------------------------------------------------------

M("N", "de", "internal", "trap: ODS with building-insurance portfolio by policyholders' birth year (Jahrgang), counts only",
  frm=ADDR("okafor"), to=ADDR("hartmann"),
  subj="Wohngebäude: Bestand nach Jahrgang der VN",
  date="2026-04-29 09:10",
  body="""Hallo Sven,

wie besprochen die Auswertung für die Seniorenkampagne. Jahrgänge mit weniger als 50 Verträgen habe ich zusammengefasst.

Auffällig: Die Jahrgänge 1955–1960 haben die höchste Schadenquote (Leitungswasser, ältere Häuser).

Chidi""",
  att=[ODS("WG_Bestand_Jahrgang.ods", {"Bestand": [
      ["Jahrgang VN", "Verträge", "Schadenquote 2025"],
      ["vor 1945 (zusammengefasst)", 412, "71 %"],
      ["1945–1954", 2187, "66 %"],
      ["1955–1960", 3904, "74 %"],
      ["1961–1970", 6120, "58 %"],
      ["1971–1985", 5233, "52 %"],
      ["nach 1985", 1877, "49 %"],
  ]})])

M("N", "de", "insurer-to-customer", "trap: prospect receives generic children's accident product info with example benefits",
  frm=ADDR("falk"), to="Moritz Engelhardt <moritz.engelhardt@web.example>",
  subj="Ihre Anfrage Kinderunfallversicherung",
  date="2026-04-29 11:30",
  body="""Guten Tag Herr Engelhardt,

danke für Ihre Anfrage über unsere Website. Kurz das Wichtigste zur Kinderunfallversicherung KinderPlus:

- für Kinder von 0 bis 17 Jahren, weltweit, rund um die Uhr
- Invaliditätsleistung bis 500.000 € (mit Progression)
- Sofortleistung bei Knochenbruch: 500 €
- Gipsgeld, Krankenhaustagegeld, kosmetische Operationen bis 10.000 €
- Beitrag ab 7,90 € im Monat

Die Versicherungsbedingungen und das Produktinformationsblatt finden Sie im Anhang-Link: https://versicherer.example/kinderunfall

Für ein individuelles Angebot rufe ich Sie gern an.

Freundliche Grüße
""", sig="falk")

M("S", "de", "internal", "BEM invitation naming an employee with more than six weeks of sick leave (employee health data)",
  frm=ADDR("weiss"), to="Carsten Dreier <carsten.dreier@versicherer.example>",
  subj="Angebot Betriebliches Eingliederungsmanagement",
  date="2026-04-29 14:00", importance="high",
  body="""Lieber Herr Dreier,

Sie waren in den letzten zwölf Monaten insgesamt 47 Arbeitstage arbeitsunfähig, zuletzt seit dem 02.03. durchgehend. Wir möchten Ihnen deshalb ein Betriebliches Eingliederungsmanagement anbieten – freiwillig und vertraulich.

Im ersten Gespräch geht es nur darum, was Ihnen die Rückkehr erleichtern könnte (z. B. stufenweise Wiedereingliederung, anderer Arbeitsplatz). Sie müssen keine Diagnose nennen. Auf Wunsch ist der Betriebsrat oder der Betriebsarzt dabei.

Bitte melden Sie sich bis 15.05. bei mir, wenn Sie das Angebot annehmen möchten.

Herzliche Grüße
""", sig="weiss", sigstyle="short")

M("C", "de", "customer", "windows-1252 customer letter: move of household insurance to a new address with contract number",
  frm=ADDR("kowalski"), to="Bestand Sach <bestand-sach@versicherer.example>",
  subj="WG: Umzug – Hausratversicherung",
  date="2026-04-30 08:50", charset="windows-1252", cte="8bit", client="outlook",
  body="""Bitte Adresse und Wohnfläche ändern, Beitrag neu berechnen. Danke! Lena

-----Ursprüngliche Nachricht-----
Von: Günther Kuhlmann <g.kuhlmann@t-online.example>
Gesendet: Dienstag, 28. April 2026 18:31
An: service@versicherer.example
Betreff: Umzug – Hausratversicherung

Sehr geehrte Damen und Herren,

wir ziehen zum 1. Juni um. Neue Anschrift: Höhenstraße 22, 42119 Wuppertal. Die neue Wohnung hat 96 m² statt bisher 74 m².
Bitte passen Sie meine Hausratversicherung HR 7710-156623 an.

Mit freundlichen Grüßen
Günther Kuhlmann""")

M("N", "de", "insurer-to-customer", "trap: prospect's general question what happens to a life policy on death; generic answer, no person's case",
  frm=ADDR("schulte"), to="Tobias Rehm <tobias.rehm@outlook.example>",
  subj="AW: Allgemeine Frage Risikoleben",
  date="2026-04-10 10:00",
  body="""Sehr geehrter Herr Rehm,

gern erkläre ich das allgemein:

Stirbt die versicherte Person während der Laufzeit, zahlen wir die vereinbarte Versicherungssumme an die Person, die im Vertrag als bezugsberechtigt eingetragen ist. Ist niemand eingetragen, fällt die Leistung in den Nachlass.

Die Bezugsberechtigung kann jederzeit geändert werden, solange sie nicht unwiderruflich ist. Die Auszahlung dauert meist zwei bis drei Wochen nach Vorlage von Sterbeurkunde und Versicherungsschein.

Für ein Angebot brauche ich dann Ihr Geburtsdatum und ein paar Gesundheitsangaben – das machen wir aber über das sichere Antragsformular, nicht per Mail.

Mit freundlichen Grüßen
""", sig="schulte",
  quote=OQ("Tobias Rehm <tobias.rehm@outlook.example>", "Donnerstag, 9. April 2026 19:20", "leben@versicherer.example",
           "Allgemeine Frage Risikoleben",
           "Hallo, ich überlege eine Risikolebensversicherung abzuschließen. Wie läuft das eigentlich ab, wenn jemand stirbt – wer bekommt das Geld und wie schnell? Gruß T. Rehm"))

M("N", "en", "internal", "trap: flu vaccination uptake statistics of the staff campaign, no person",
  frm="Betriebsarzt <betriebsarzt@versicherer.example>", to="Management Board Office <vorstandsbuero@versicherer.example>",
  subj="Flu vaccination campaign 2025/26 – final figures",
  date="2026-04-30 10:20", org=False,
  body="""Dear colleagues,

final figures of the staff flu vaccination campaign:

- doses ordered: 250, administered: 211, returned: 0, discarded (expired): 39
- uptake: 38 % of staff at the Cologne sites (previous season 33 %)
- highest uptake: customer service (46 %); lowest: IT (24 %)
- no serious adverse reactions reported

We recommend ordering 260 doses for next season and offering a second date in November.

Company Medical Service""")

M("S", "de", "insurer-to-customer", "addressee's new glasses with dioptre values reimbursed",
  frm=ADDR("kroeger"), to="Vanessa Horn <vanessa.horn@gmx.example>",
  subj="Erstattung Sehhilfe",
  date="2026-04-30 13:35",
  body="""Sehr geehrte Frau Horn,

für Ihre neue Brille (Gleitsichtgläser, rechts -4,25 dpt / links -3,75 dpt, Zylinder -0,75) von Optik Schneider erstatten wir nach Ihrem Tarif 300 € alle zwei Jahre. Die letzte Erstattung war im Februar 2024, der Anspruch besteht also wieder.

Der Betrag wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
""", sig="kroeger")

M("N", "en", "insurer-to-partner", "trap: partnership announcement with a hospital's diabetes centre, no patients",
  frm=ADDR("baumann"), to="Communications <presse@klinikverbund-rheinsieg.example>",
  subj="Draft joint press release – diabetes care programme",
  date="2026-05-04 09:00",
  body="""Dear Ms Arndt,

here is our draft for the joint press release. Please send your changes by Thursday.

"Cologne, May 2026 – Versicherer and Klinikverbund Rhein-Sieg launch a care programme for people with type 2 diabetes. Insured persons can take part voluntarily: they get a personal diabetes coach, a continuous glucose monitor for three months and training on nutrition and exercise. The first 500 places are available from July."

Quote from your medical director still missing – could you ask Dr. Baltes?

Best regards
Julia Baumann""")

M("C", "de", "insurer-to-customer", "ODT insurance certificate for a landlord: named tenant, address and household policy",
  frm=ADDR("kowalski"), to="Aleksandra Nowicka <a.nowicka@wp.example>",
  subj="Versicherungsbestätigung für Ihre Vermieterin",
  date="2026-05-04 11:15",
  body="""Sehr geehrte Frau Nowicka,

wie gewünscht die Bestätigung über Ihre Hausrat- und Haftpflichtversicherung zur Vorlage bei Ihrer Vermieterin.

Mit freundlichen Grüßen
""", sig="kowalski", sigstyle="short",
  att=[ODT("Versicherungsbestaetigung_Nowicka.odt", [
      ("h", "Versicherungsbestätigung"),
      "Hiermit bestätigen wir, dass Frau Aleksandra Nowicka, Neusser Straße 77, 50670 Köln, bei uns folgende Verträge unterhält:",
      ("t", [["Sparte", "Vertrag", "Versicherungssumme", "Beginn"],
             ["Hausrat", "HR 7710-470012", "65.000 €", "01.05.2026"],
             ["Privathaftpflicht", "PH 3302-91870", "10 Mio. €", "01.05.2026"]]),
      "Mietsachschäden sind in der Privathaftpflicht bis 1 Mio. € mitversichert.",
      "Köln, 04.05.2026 – Versicherer Allgemeine Versicherung AG",
  ])])

M("S", "en", "doctor", "body 'RE: questionnaire'; the PDF (sent as octet-stream) is a doctor's completed questionnaire on a named patient",
  frm=ADDR("schulte"), to=ADDR("hasselbach"),
  subj="FW: RE: questionnaire",
  date="2026-05-04 14:40",
  body="""for your review – Dr Patel answered for the applicant in the Manchester case.
M. Schulte

> RE: questionnaire
> Completed form attached. Regards, A. Patel""",
  att=[PDF("scan_20260430_1127.pdf", [
      ("h", "Attending Physician's Statement"),
      "Patient: Oliver Hughes, date of birth 09/10/1985",
      "Q1 Diagnosis: Crohn's disease (K50.0), diagnosed 2017",
      "Q2 Current treatment: adalimumab 40 mg every 2 weeks, stable remission since 2022",
      "Q3 Hospital admissions in the last 5 years: 1 (2021, 6 days, flare-up)",
      "Q4 Prognosis: good, patient fully able to work as a software engineer",
      "Dr Anil Patel, MBChB, Manchester, 28/04/2026",
  ], title="APS", octet=True)])

M("N", "de", "internal", "trap: DOCX letter template for rejections with «placeholders» for diagnosis and tariff",
  frm=ADDR("lorenz"), to=ADDR("kroeger"),
  subj="Überarbeitete Vorlage Ablehnung – bitte Fachprüfung",
  date="2026-05-05 09:25",
  body="""Hallo Sabine,

anbei die neue Fassung der Ablehnungsvorlage nach den Beschwerden aus Q1 – verständlicher und mit Hinweis auf den Ombudsmann. Kannst du fachlich drüberschauen?

Danke, Daniela""",
  att=[DOCX("Vorlage_Ablehnung_KV_v4.docx", [
      ("h", "Ihre Einreichung vom «Eingangsdatum»"),
      "Sehr geehrte«r» «Anrede» «Nachname»,",
      "für die Behandlung «Leistungsart» («Diagnose_Text») können wir leider keine Kosten übernehmen. Ihr Tarif «Tarifname» sieht diese Leistung nicht vor (§ «Paragraph» der Tarifbedingungen).",
      "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden. Das Verfahren ist für Sie kostenlos.",
      "Mit freundlichen Grüßen\n«Sachbearbeiter»",
  ], author="Daniela Lorenz")])

M("C", "en", "customer", "customer identifies himself with name, date of birth and motor policy for a portal reset",
  frm=ADDR("kowalski"), to="Portal Support <portal-support@versicherer.example>",
  subj="FW: locked out of my account",
  date="2026-05-05 12:00",
  body="""Identity checked against the contract (name, DOB, policy no. match). Please unlock and send a reset link.
Lena
""",
  quote=FW("Darius Rahimi <darius.rahimi@gmail.example>", "Mon, 4 May 2026 23:15", "service@versicherer.example",
           "locked out of my account",
           """Hi, I typed the wrong password three times and now I'm locked out. I forgot the answer to my security question too.

Darius Rahimi
17/07/1993
KF 5530-377104""", lang="en"))

M("S", "de", "insurer-to-customer", "base64 body: addressee's acupuncture for migraine at a naturopath reimbursed",
  frm=ADDR("kroeger"), to="Annika Schröer <annika.schroeer@posteo.example>",
  subj="Ihre Heilpraktikerrechnung",
  date="2026-05-05 15:00", cte="base64",
  body="""Sehr geehrte Frau Schröer,

die Rechnung Ihrer Heilpraktikerin Frau Wolters für zehn Akupunktur-Behandlungen wegen Ihrer Migräne haben wir geprüft. Nach Ihrem Tarif erstatten wir Heilpraktikerleistungen zu 80 % bis zu den Höchstsätzen des GebüH, also 392,00 € von 520,00 €.

Mit freundlichen Grüßen
""", sig="kroeger")

M("C", "de", "insurer-to-lawyer", "recourse against a named tenant for a kitchen fire caused by negligence; nobody hurt",
  frm=ADDR("schreiber"), to="Rechtsanwältin Sabine Grewe <grewe@kanzlei-grewe.example>",
  subj="Regress Brandschaden WG-26-0019004 – Ihr Mandant Herr Kevin Lasch",
  date="2026-05-06 10:30",
  body="""Sehr geehrte Frau Rechtsanwältin Grewe,

wir haben als Wohngebäudeversicherer den Brandschaden in der Wohnung Ihres Mandanten (Berliner Str. 112, 51063 Köln) mit 38.620 € reguliert. Nach dem Bericht der Feuerwehr ließ Herr Lasch einen Topf mit Öl unbeaufsichtigt auf dem Herd. Verletzt wurde glücklicherweise niemand.

Wir machen den Anspruch nach § 86 VVG gegen Ihren Mandanten geltend. Bitte teilen Sie uns mit, ob eine Privathaftpflichtversicherung besteht.

Mit freundlichen Grüßen
""", sig="schreiber")

M("N", "de", "insurer-to-company", "trap: pharmaceutical company's product liability renewal; company only, drug-law vocabulary",
  frm=ADDR("hartmann"), to="Versicherungsabteilung <insurance@rhenapharm.example>",
  subj="Verlängerung Arzneimittelhaftpflicht 2026/27",
  date="2026-05-06 13:15",
  body="""Sehr geehrte Damen und Herren,

für die Verlängerung Ihrer Arzneimittel-Haftpflichtversicherung (Deckungsvorsorge nach § 94 AMG) zum 01.07. bieten wir an:

- Deckungssumme 120 Mio. € je Schadenereignis, 200 Mio. € Jahreshöchstleistung (unverändert)
- neu eingeschlossen: klinische Prüfungen Phase I (Probandenversicherung separat)
- Prämie: 1,86 Mio. € netto (+4 %)

Bitte senden Sie uns die aktualisierte Produktliste mit Umsätzen je Wirkstoff bis 31.05.

Mit freundlichen Grüßen
""", sig="hartmann")

M("S", "en", "internal", "forwarded customer mail (rfc822) in which she reports her lupus diagnosis and medication",
  frm=ADDR("whitfield"), to=ADDR("hasselbach"),
  subj="FW: new diagnosis – do I need to tell you?",
  date="2026-05-06 16:02",
  body="""Dr Hasselbach, the customer asks whether she must report this (policy started 2023, no pending application). I think not, but could you confirm before I answer?

Emma""",
  att=[EML(INNER("Chloe Martin <chloe.martin@orange.example>", "International Health Services <ihs@versicherer.example>",
                 "new diagnosis – do I need to tell you?", "2026-05-05 20:40",
                 """Hello,

last month I was diagnosed with systemic lupus erythematosus. My rheumatologist in Lyon started hydroxychloroquine 200 mg twice a day. Do I have to inform you about this? My membership is IH-0488120.

Thanks,
Chloé Martin""", "<CAB7x-Lp9=chloe.martin@orange.example>", lang="en", client="mobile"),
           "new diagnosis.eml")])

M("N", "de", "internal", "trap: press review about competitors' cancer insurance products and a study, no person",
  frm=ADDR("baumann"), to="Pressespiegel-Verteiler <pressespiegel@versicherer.example>",
  subj="Pressespiegel 07.05.2026",
  date="2026-05-07 07:30",
  body="""Guten Morgen,

die Themen heute:

1. Handelsblatt: "Krebsversicherung boomt" – zwei Wettbewerber melden 30 % mehr Abschlüsse ihrer Dread-Disease-Produkte; Verbraucherschützer kritisieren enge Definitionen bei Hautkrebs.

2. FAZ: Studie der Uni Mannheim – Beitragsanpassungen in der PKV fallen 2027 voraussichtlich moderater aus.

3. Kölner Stadt-Anzeiger: Kurzmeldung zu unserer Partnerschaft mit dem Klinikverbund Rhein-Sieg (Diabetesprogramm).

4. Versicherungsmagazin: Interview mit unserem Vorstand Dr. Sander zur Digitalisierung der Leistungsabrechnung.

Julia""")

M("C", "de", "insurer-to-customer", "hail damage to a named customer's PV system on her private roof; policy and address",
  frm=ADDR("hartmann"), to="Dorothea Behrens <d.behrens@posteo.example>",
  subj="Ihre Photovoltaikversicherung PV 5210-01877 – Hagelschaden",
  date="2026-05-07 10:05",
  body="""Sehr geehrte Frau Behrens,

der Gutachter hat an Ihrer Photovoltaikanlage (Lindenweg 14, 53332 Bornheim, 9,8 kWp) sechs Module mit Glasbruch durch Hagel festgestellt. Die Kosten für Austausch und Montage von 2.940 € übernehmen wir, zuzüglich des Ertragsausfalls für voraussichtlich drei Wochen.

Bitte geben Sie die Reparatur in Auftrag und schicken Sie uns danach die Rechnung.

Mit freundlichen Grüßen
""", sig="hartmann")

M("N", "en", "newsletter", "trap: broker newsletter on BU underwriting rules for nurses with a BMI table, no person",
  frm="Versicherer Broker News <broker-news@versicherer.example>", to="brokers-en@lists.versicherer.example",
  subj="Disability cover for nurses – simplified underwriting",
  date="2026-05-07 14:00",
  body="""BROKER NEWS – May 2026

From 1 June, nurses and geriatric carers aged 18–40 can get disability cover up to 1,500 EUR monthly pension with only three health questions:

1. Were you unable to work for more than 4 weeks in a row in the last 3 years?
2. Have you been treated for a mental illness in the last 5 years?
3. Is your BMI between 18 and 32?

BMI examples: 165 cm – max. 87 kg; 175 cm – max. 98 kg; 185 cm – max. 109 kg.

If all three answers fit, no medical reports are needed. Details in the broker portal.""")

M("S", "de", "insurer-to-customer", "accident death benefit to a daughter after her father's fatal fall (accident line)",
  frm=ADDR("albrecht"), to="Sandra Möller <sandra.moeller@gmx.example>",
  subj="Unfallversicherung Ihres Vaters – Todesfallleistung",
  date="2026-05-08 09:45",
  body="""Sehr geehrte Frau Möller,

wir möchten Ihnen und Ihrer Familie unser Mitgefühl aussprechen.

Ihr Vater, Herr Klaus Möller, ist am 17.04.2026 an den Folgen eines Sturzes von der Leiter in seinem Garten verstorben. Aus seiner Unfallversicherung UV 4710-03391 zahlen wir die vereinbarte Todesfallleistung von 20.000 € an Sie als Bezugsberechtigte.

Das Geld wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
""", sig="albrecht")

M("N", "de", "internal", "trap: out-of-office mentioning daily sickness allowance enquiries, no person's data",
  frm=ADDR("kroeger"), to=ADDR("brandt"),
  subj="Automatische Antwort: Rückfrage Krankentagegeld",
  date="2026-05-08 12:00", client="system", mailer="Microsoft Exchange Server",
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Mai im Urlaub.

Anfragen zu Krankentagegeld, Arbeitsunfähigkeitsbescheinigungen und Kostenzusagen richten Sie bitte an leistung-kv@versicherer.example oder Tel. -3400. Ihre E-Mail wird nicht weitergeleitet.

Sabine Kröger""")

M("C", "en", "company", "employer's list for e-bike leasing insurance: named employee with gross salary (salary conversion)",
  frm=ADDR("hartmann"), to="Bike Leasing Team <dienstrad@versicherer.example>",
  subj="FW: new bike lease – salary conversion",
  date="2026-05-08 15:20",
  body="""Please add to the framework contract DR 5210-0077 (theft and damage cover), start 1 June.
Sven
""",
  quote=FW("HR Payroll – Sorensen Engineering GmbH <payroll@sorensen-eng.example>", "Fri, 8 May 2026 11:02",
           "Sven Hartmann", "new bike lease – salary conversion",
           """Hello Mr Hartmann,

new lease for:
Employee: Mikkel Jensen, staff no. 2207
Gross monthly salary: 5,420 EUR (salary conversion 89.90 EUR/month)
Bike: Cube Kathmandu Hybrid, frame no. WCUBE226710, price 4,199 EUR

Best regards, Payroll""", lang="en"))

M("N", "de", "internal", "trap: calendar invitation to a lunch & learn on back health at the workplace",
  frm="Betriebliches Gesundheitsmanagement <bgm@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Einladung: Lunch & Learn „Rückengesundheit am Arbeitsplatz“",
  date="2026-05-11 08:00", org=False,
  body="""Liebe Kolleginnen und Kollegen,

Rückenschmerzen sind der häufigste Grund für Krankmeldungen – auch bei uns. Unsere Physiotherapeutin zeigt in 30 Minuten Übungen für den Schreibtisch und erklärt, wie man Bildschirm und Stuhl richtig einstellt.

Snacks gibt's vom BGM. Anmeldung über die Kalendereinladung.

Euer BGM-Team""",
  att=[ICS("LunchLearn_Ruecken.ics", "bgm-lunchlearn-2026-05-20@versicherer.example", "Lunch & Learn: Rückengesundheit",
           "20260520T121500", "20260520T124500", ("BGM", "bgm@versicherer.example"),
           location="Kantine, Bereich Rheinblick", description="Übungen am Schreibtisch, Einstellung Arbeitsplatz. Offen für alle.")])

M("S", "de", "company", "employer reports a named employee's work accident with injury to the group accident insurer",
  frm=ADDR("albrecht"), to="Leistung Unfall <leistung-unfall@versicherer.example>",
  subj="WG: Unfallmeldung Gruppenunfall GU 4710-00388",
  date="2026-05-11 10:40",
  body="""Bitte neuen Fall anlegen. Herr Hüsken ist erst seit 01.04. im Vertrag (Zugangsliste März).
M. Albrecht
""",
  quote=FW("Personalabteilung Stadtwerke Hürth <personal@stadtwerke-huerth.example>", "08.05.2026, 14:55", "unfall@versicherer.example",
           "Unfallmeldung",
           """Sehr geehrte Damen und Herren,

wir melden einen Unfall unseres Mitarbeiters Timo Hüsken (Personalnr. 40211): Am 06.05.2026 ist er bei Wartungsarbeiten im Umspannwerk von einer Leiter gestürzt. Diagnose laut D-Arzt: Radiusfraktur rechts, Gehirnerschütterung. Er wurde im Krankenhaus Frechen ambulant versorgt und ist voraussichtlich sechs Wochen arbeitsunfähig.

Die Unfallanzeige an die BG ist erfolgt.

Mit freundlichen Grüßen
Personalabteilung"""))


# ---- batch 8 ---------------------------------------------------------------

M("N", "de", "internal", "trap: HR process for the employer subsidy on VDU glasses, no employee named",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Zuschuss Bildschirmarbeitsplatzbrille – neues Verfahren",
  date="2026-05-11 13:30",
  body="""Liebe Kolleginnen und Kollegen,

ab Juni läuft der Zuschuss für Bildschirmarbeitsplatzbrillen digital:

1. Untersuchung beim Betriebsarzt (G 37 / Angebotsvorsorge) – Termin über das Intranet.
2. Der Betriebsarzt bestätigt nur, DASS eine spezielle Brille nötig ist – keine Sehwerte, keine Diagnose.
3. Rechnung des Optikers im HR-Portal hochladen; wir zahlen bis 250 € mit der nächsten Gehaltsabrechnung.

Privat genutzte Gleitsichtbrillen sind leider nicht zuschussfähig.

Nadine Weiß
Personal""")

M("C", "de", "insurer-to-customer", "iso-8859-1 mail: deer collision, named customer, plate and partial-cover claim, nobody hurt",
  frm=ADDR("brenner"), to="Egon Pfeifer <egon.pfeifer@t-online.example>",
  subj="Wildunfall vom 09.05. – Schaden KT-26-0042291",
  date="2026-05-12 09:00", charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrter Herr Pfeifer,

vielen Dank für die Wildunfallbescheinigung des Jagdpächters. Der Zusammenstoß mit dem Reh auf der L 361 bei Odenthal ist über Ihre Teilkasko (Vertrag KF 5530-190254, Fahrzeug GL-EP 77) versichert. Wie Sie schreiben, wurde niemand verletzt.

Die Werkstatt Autohaus Broich kann den Frontschaden direkt mit uns abrechnen; die Selbstbeteiligung von 150 EUR zahlen Sie dort.

Mit freundlichen Grüßen
""", sig="brenner")

M("S", "en", "insurer-to-customer", "child named by first name and age with a hospital stay for bronchitis and parent rooming-in",
  frm=ADDR("brandt"), to="Rebecca Hofmann-Price <r.hofmannprice@gmail.example>",
  subj="Mia's hospital stay – reimbursement",
  date="2026-05-12 11:20",
  body="""Dear Ms Hofmann-Price,

we have settled the invoice of the Children's Hospital Amsterdamer Straße for Mia (3): 4 nights on the paediatric ward for obstructive bronchitis, including your stay as accompanying parent (rooming-in), 3,214.60 EUR in total.

As Mia is insured in the tariff KV-Kind Premium, we reimburse 100 %, paid directly to the hospital.

We hope Mia is well again.

Kind regards
""", sig="brandt")

M("N", "en", "internal", "trap: call-centre training on callers who mention diagnoses, fictitious dialogue",
  frm=ADDR("kowalski"), to="Customer Service Trainers <ks-training@versicherer.example>",
  subj="Training module 7: when callers talk about their health",
  date="2026-05-12 14:45",
  body="""Hi trainers,

draft of module 7 for the new hires. Example dialogue (fictitious):

Caller: "I'm calling about my claim – I had a heart attack in March and…"
Agent: "I'm sorry to hear that. So that I can help you safely, may I confirm your identity first? … Thank you. Medical details are best sent to us in writing through your secure mailbox; I'll note that you'll send the hospital report."

Key points:
- never repeat diagnoses back loudly in an open-plan office
- do not write diagnoses in the call note – use "medical documents to follow"
- health questions from relatives: only with a power of attorney on file

Feedback by Friday, please.
Lena""")

M("N", "de", "internal", "trap: anonymised fraud case study for training, age band only",
  frm=ADDR("fischer"), to="Schadenteams <schaden-alle@versicherer.example>",
  subj="Fallbeispiel des Monats: die zweimal gestohlene Uhr",
  date="2026-04-07 09:00",
  body="""Liebe Kolleginnen und Kollegen,

unser anonymisiertes Fallbeispiel für April:

Ein Versicherungsnehmer (männlich, 30–39 Jahre) meldet den Einbruchdiebstahl einer hochwertigen Uhr. Der Kaufbeleg sieht echt aus – aber die Seriennummer taucht auch in einer Schadenmeldung bei einem anderen Versicherer auf, drei Jahre früher.

Worauf ihr achten könnt:
- Seriennummern und Belege über das Hinweis- und Informationssystem (HIS) prüfen
- Beleg mit Händler abgleichen (Filiale, Datum, Kassennummer)
- bei Verdacht: Fall an die Betrugsabwehr, nicht selbst beim Kunden nachbohren

Name, Vertrag und Ort sind bewusst weggelassen.

Tim Fischer
Informationssicherheit / Betrugsabwehr""")

M("C", "en", "insurer-to-customer", "traffic legal-expenses case: named customer's dispute with a garage over a repair bill",
  frm=ADDR("lindqvist"), to="Connor McAllister <connor.mcallister@outlook.example>",
  subj="Your legal expenses claim RS-26-0036602 – garage dispute",
  date="2026-05-13 09:10",
  body="""Dear Mr McAllister,

we confirm cover under your traffic legal expenses insurance RS 4550-31770 for the dispute with Autowerkstatt Kessler GmbH about the repair invoice of 2,870 EUR for your VW Golf (B-CM 4412), which you consider excessive.

You may instruct a lawyer of your choice. The excess of 150 EUR applies.

Kind regards
""", sig="lindqvist")

M("N", "de", "insurer-to-broker", "trap: notification of new broker post, counts only, no customer named",
  frm="Versicherer Maklerpost <noreply@versicherer.example>", to="postfach@kranz-soehne.example",
  subj="Neue Dokumente in Ihrer elektronischen Maklerpost (3)",
  date="2026-05-13 06:15",
  body="""Guten Tag,

für Ihre Vermittlernummer 0071402 liegen 3 neue Dokumente in der elektronischen Maklerpost:

- 2 x Nachtrag
- 1 x Courtageabrechnung April 2026

Sie können die Dokumente im Maklerportal abrufen oder über Ihr Maklerverwaltungsprogramm (BiPRO-Schnittstelle) abholen.

Dies ist eine automatisch erzeugte Nachricht.""")

M("S", "de", "insurer-to-therapist", "speech therapy for a named adult after a stroke, treatment count",
  frm=ADDR("kroeger"), to="Logopädie Rheinblick <praxis@logo-rheinblick.example>",
  subj="Ihre Anfrage Direktabrechnung – Herr Peter Ziegler",
  date="2026-05-13 10:55",
  body="""Sehr geehrte Frau Hammes,

für Herrn Peter Ziegler übernehmen wir die Logopädie nach seinem Schlaganfall (Aphasie) zunächst für 20 Einheiten à 45 Minuten laut Verordnung der neurologischen Reha-Klinik. Eine Direktabrechnung ist möglich; bitte geben Sie die Versicherungsnummer KV 2210-33481 an.

Für weitere Einheiten brauchen wir einen kurzen Therapiebericht.

Mit freundlichen Grüßen
""", sig="kroeger")

M("N", "de", "internal", "trap: project minutes on inbound-mail classification recognising doctors' invoices, no person",
  frm=ADDR("raman"), to="Projekt Posteingang <projekt-posteingang@versicherer.example>",
  subj="Protokoll Projekt Posteingangsklassifikation – Sprint-Review 12",
  date="2026-05-13 15:30",
  body="""Hallo zusammen,

kurz die Ergebnisse aus dem Review:

- Erkennungsrate Dokumenttyp "Arztrechnung": 96,1 % (Ziel 95 %), "Rezept": 91,4 %, "Krankenhausrechnung": 94,0 %
- Verwechslungen vor allem zwischen Heilpraktiker- und Arztrechnungen
- Testbasis: 4.000 synthetische Belege, keine echten Kundendokumente
- Nächster Sprint: Erkennung von Heil- und Kostenplänen (Zahn)

Priya""")

M("C", "de", "insurer-to-customer", "childminder's liability policy: named self-employed person with tax number and annual income",
  frm=ADDR("oltmanns"), to="Melanie Kowalewski <tagesmutter.kowalewski@web.example>",
  subj="Ihre Haftpflicht für Tagespflegepersonen – Beitragsberechnung",
  date="2026-05-14 09:05",
  body="""Hallo Frau Kowalewski,

danke für den Einkommensteuerbescheid. Mit Ihren Einnahmen aus der Kindertagespflege von 31.200 € im Jahr (Steuernummer 216/5081/4437) bleiben Sie in der Beitragsstufe bis 5 betreute Kinder; der Jahresbeitrag Ihrer Haftpflicht PH 3302-95501 beträgt unverändert 96 €.

Viele Grüße
""", sig="oltmanns")

M("N", "en", "insurer-to-partner", "trap: co-insurance note on an industrial fire; companies only, no person",
  frm=ADDR("hartmann"), to="Property Lead Underwriter <property.lead@coinsurer-demo.example>",
  subj="Fire loss Rheinchemie Plant 3 – co-insurance update",
  date="2026-05-14 11:40",
  body="""Dear Mr Okonkwo,

update on the fire at Rheinchemie GmbH, plant 3 (Leverkusen), 2 May:

- cause: short circuit in the control cabinet of the drying line, per the fire brigade report
- no injuries, the plant was evacuated in time
- estimated property damage 4.2 m EUR, business interruption 1.6 m EUR (first estimate)
- our share 35 %, your share 40 %, third co-insurer 25 %

The loss adjuster's preliminary report will follow by 29 May.

Kind regards
""", sig="hartmann", sigstyle="short")

M("S", "en", "internal", "harmless body; CSV with travel-health claims, its third line names a traveller with a diagnosis code",
  frm=ADDR("seidel"), to="Travel Claims Payments <zahlungen-reise@versicherer.example>",
  subj="payment run 20 May",
  date="2026-05-15 08:30",
  body="""Hi,

payment file for Wednesday's run attached, 3 items. Please release after the four-eyes check.

Ines""",
  att=[CSV("payment_run_2026-05-20.csv", [
      ["claim", "payee", "amount_eur", "reference", "icd"],
      ["RK-26-0017720", "Hotel Alpina Zermatt AG", "380.00", "cancellation fee", ""],
      ["RK-26-0017804", "Clínica Mar Azul", "6480.00", "inv 2026/0877", "K35.8"],
      ["RK-26-0017911", "Hannah Vogler", "212.40", "outpatient Bangkok", "A09.0"],
  ], sep=",")])

M("C", "en", "broker", "broker sends a named client's passport number and date of birth for a long-stay travel policy",
  frm=ADDR("seidel"), to="Travel New Business <antrag-reise@versicherer.example>",
  subj="FW: work & travel policy – Ms Okafor-Lenz",
  date="2026-05-15 13:25",
  body="""Please issue, premium paid via broker. Policy start 1 July.
Ines
""",
  quote=FW("Marcus Hollenbeck <m.hollenbeck@hollenbeck-finanz.example>", "Fri, 15 May 2026 09:48", "Ines Seidel",
           "work & travel policy – Ms Okafor-Lenz",
           """Hi Ines,
data for the 12-month work & travel policy (baggage, liability, accident not wanted):

Name: Amara Okafor-Lenz
Date of birth: 3 August 2006
Passport: C4RJ71WZ2 (German)
Destination: Australia, 1 July 2026 – 30 June 2027

Thanks, Marcus""", lang="en"))

M("S", "de", "insurer-to-customer", "addressee's crown on tooth 14 and the dental invoice reimbursed",
  frm=ADDR("wendland"), to="Jörg Hilgers <joerg.hilgers@gmx.example>",
  subj="Erstattung Ihrer Zahnarztrechnung vom 04.05.",
  date="2026-05-18 09:15",
  body="""Sehr geehrter Herr Hilgers,

für Ihre vollkeramische Krone an Zahn 14 (Rechnung Dr. Pohl, 1.386,52 €) erstatten wir nach Ihrem Tarif ZahnPlus 80 %, also 1.109,22 €. Die Wurzelbehandlung im März war bereits erstattet.

Mit freundlichen Grüßen
""", sig="wendland")

M("N", "de", "internal", "trap: IT security warning about a phishing mail pretending a health refund, no real person",
  frm=ADDR("fischer"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Achtung Phishing: „Ihre Krankenversicherung – Rückerstattung ausstehend“",
  date="2026-05-18 11:00", importance="high",
  body="""Liebe Kolleginnen und Kollegen,

seit heute Morgen kursiert eine Phishing-Mail an Kunden und an uns, angeblich von unserer Krankenversicherung:

Betreff: "Ihre Krankenversicherung – Rückerstattung ausstehend"
Text: "Sehr geehrte/r Versicherte/r, für Ihre letzte Arztrechnung steht eine Erstattung von 148,20 € aus. Bitte bestätigen Sie Ihre Bankverbindung unter …"

Absender ist eine gefälschte Adresse (erstattung@versicherer-kv.example). Wir verschicken niemals Links zur Eingabe von Bankdaten.

Bitte nicht klicken, sondern an phishing@versicherer.example weiterleiten. Kunden, die anrufen, bitte beruhigen: Ihre Daten sind nicht betroffen.

Tim Fischer""")

M("N", "en", "insurer-to-customer", "trap: automatic password-reset link mail, no name or contract",
  frm="Versicherer Postfach <noreply@versicherer.example>", to="s.achterberg@posteo.example",
  subj="Reset your password",
  date="2026-05-18 07:42",
  body="""Hello,

a new password was requested for your secure mailbox. Click the link below within 30 minutes to choose a new password:

https://postfach.versicherer.example/reset?t=Q2x1ZGUtZGVtby10b2tlbi0wMDE

If you did not request this, you can ignore this e-mail – your password stays unchanged.

This is an automatically generated e-mail. Please do not reply.""")

M("C", "de", "insurer-to-customer", "building insurance confirmation for a named owner's mortgage bank with address and sum insured",
  frm=ADDR("kowalski"), to="Stefanie und Mathias Roth <roth.familie@gmx.example>",
  subj="Sicherungsbestätigung für Ihre Bank – Wohngebäude WG 7720-088130",
  date="2026-05-18 14:10",
  body="""Sehr geehrte Frau Roth, sehr geehrter Herr Roth,

wie gewünscht haben wir der Sparkasse KölnBonn den Sicherungsschein für Ihre Wohngebäudeversicherung WG 7720-088130 (Einfamilienhaus Ahornweg 5, 50259 Pulheim, Versicherungssumme gleitender Neuwert) ausgestellt. Eine Kopie finden Sie in Ihrem Kundenpostfach.

Mit freundlichen Grüßen
""", sig="kowalski")

M("C", "de", "customer", "widow cancels the household policy of 'mein verstorbener Mann'; death but no cause or health detail",
  frm=ADDR("kowalski"), to="Bestand Sach <bestand-sach@versicherer.example>",
  subj="WG: Kündigung Hausrat – Sterbefall",
  date="2026-04-16 14:22",
  body="""Bitte Vertrag auf die Witwe umschreiben statt kündigen, sie wohnt weiter dort (habe mit ihr telefoniert). Sterbeurkunde liegt bei.
Lena
""",
  quote=FW("Marianne Ostendorf <m.ostendorf@t-online.example>", "15.04.2026, 10:10", "service@versicherer.example",
           "Kündigung Hausrat",
           """Sehr geehrte Damen und Herren,

mein Mann Heinrich Ostendorf ist am 28. März verstorben. Er hatte bei Ihnen die Hausratversicherung HR 7710-067733 für unsere Wohnung in der Gneisenaustraße 9, Düsseldorf. Muss ich die kündigen oder kann ich sie übernehmen?

Mit freundlichen Grüßen
Marianne Ostendorf"""))

M("N", "en", "internal", "trap: English job ad for a medical underwriter, health vocabulary only",
  frm=ADDR("weiss"), to="Careers International <careers-int@versicherer.example>",
  subj="Job posting: Medical Underwriter (m/f/d), Life & Disability",
  date="2026-05-19 09:00",
  body="""Please publish on the English careers page and LinkedIn from 25 May.

Medical Underwriter (m/f/d) – Cologne, hybrid

You will
- assess applications for life, disability and critical illness cover, including medical reports and lab results
- decide on loadings and exclusions for conditions such as diabetes, cardiovascular disease or mental health
- work closely with our Chief Medical Officer and reinsurers

You have
- a background in medicine, nursing or a life science, or underwriting experience
- good German (B2) and English

Salary band 62,000–78,000 EUR. Reference 2026-UW-11.

Nadine Weiß, HR""")

M("S", "de", "insurer-to-customer", "premium refund on a named person's health insurance for a claim-free year (personal line)",
  frm=ADDR("becker"), to="Philipp Arendt <philipp.arendt@posteo.example>",
  subj="Ihre Beitragsrückerstattung 2025",
  date="2026-05-19 11:30",
  body="""Sehr geehrter Herr Arendt,

da Sie im Jahr 2025 keine Leistungen aus Ihrer Krankenversicherung KV 2210-50718 in Anspruch genommen haben, erhalten Sie eine Beitragsrückerstattung von drei Monatsbeiträgen: 1.592,70 €.

Der Betrag wird im Juni auf Ihr Konto überwiesen. Bitte beachten Sie, dass die Erstattung in Ihrer Steuererklärung die abziehbaren Vorsorgeaufwendungen mindert.

Mit freundlichen Grüßen
""", sig="becker")

M("C", "de", "insurer-to-customer", "seasonal number plate on a named customer's motorcycle policy",
  frm=ADDR("engel"), to="Dirk Wolframs <dirk.wolframs@arcor.example>",
  subj="Saisonkennzeichen – Ihr Motorrad KF 5530-402218",
  date="2026-05-19 14:20",
  body="""Hallo Herr Wolframs,

wir haben Ihren Vertrag für die Honda Africa Twin auf das Saisonkennzeichen SU-DW 22 (04–10) umgestellt. Der Beitrag sinkt dadurch auf 218,40 € im Jahr. Die neue eVB lautet 9TQ4MLR.

Gute Fahrt!
""", sig="engel", sigstyle="short")

M("N", "de", "internal", "trap: colleague back from absence without any reason, organisational note",
  frm=ADDR("stanek"), to="Team Leben / BU <team-bu@versicherer.example>",
  subj="Vertretungsregelung endet",
  date="2026-05-20 08:20",
  body="""Moin zusammen,

ich bin ab heute wieder da – danke an Marlene und Chidi fürs Vertreten! Die Vorgänge aus meinem Stapel übernehme ich ab sofort wieder, bitte nichts mehr doppelt bearbeiten.

Falls noch Rückfragen von Anwälten oder Gutachtern bei euch liegen: einfach an mich weiterleiten.

Oliver""")

M("C", "en", "insurer-to-customer", "private cyber policy: named customer's identity theft and fraudulent online orders",
  frm=ADDR("hartmann"), to="Sophie Laurent <sophie.laurent@free.example>",
  subj="Your claim under the private cyber cover PC 5210-07719",
  date="2026-05-20 10:45",
  body="""Dear Ms Laurent,

thank you for the police report. Criminals used your name and address to order goods worth 1,930 EUR from three online shops. Your private cyber insurance covers:

- the cost of our partner's identity-theft service (removing the entries at the credit agency, letters to the shops)
- lawyer's fees to fend off the payment claims, up to 5,000 EUR

Our partner will contact you by phone within 24 hours.

Kind regards
""", sig="hartmann")

M("S", "en", "insurer-to-customer", "addressee's second medical opinion before spinal fusion surgery",
  frm=ADDR("brandt"), to="Marius Constantin <marius.constantin@yahoo.example>",
  subj="Second opinion before your spine surgery",
  date="2026-05-20 13:00",
  body="""Dear Mr Constantin,

you told us that your surgeon recommends a spinal fusion (L5/S1). Before such an operation you can get a free second opinion from an independent specialist in our network.

We have reserved an appointment for you with Prof. Dr. Rieger, Spine Centre Düsseldorf, on 3 June at 9:30. Please bring your MRI images and the surgeon's letter. The costs are covered in full, regardless of your decision afterwards.

Kind regards
""", sig="brandt")

M("N", "de", "newsletter", "trap: health newsletter on preventive check-ups covered by the tariffs, no person",
  frm="Versicherer Gesundheitsnewsletter <newsletter@versicherer.example>", to="gesundheit@lists.versicherer.example",
  subj="Vorsorge-Check: Welche Untersuchungen bezahlt Ihr Tarif?",
  date="2026-05-21 07:00",
  body="""Liebe Leserin, lieber Leser,

Vorsorge lohnt sich – und in allen Vollversicherungstarifen zahlen Sie dafür nichts extra:

- Check-up ab 35 alle drei Jahre
- Hautkrebs-Screening ab 35
- Darmkrebsvorsorge (Koloskopie) ab 50
- Mammographie-Screening für Frauen von 50 bis 75
- Zahnvorsorge zweimal im Jahr
- Impfungen nach STIKO-Empfehlung

Vorsorgeuntersuchungen zählen nicht als Leistung für die Beitragsrückerstattung.

Abmelden: https://versicherer.example/newsletter/abmelden
Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln""")

M("C", "de", "insurer-to-broker", "claims history of a named sole trader's commercial policies for a broker's renewal",
  frm=ADDR("hartmann"), to="Birgit Seeliger <b.seeliger@seeliger-versicherungen.example>",
  subj="Schadenverlauf Ihr Kunde Holger Maaß (Schreinerei)",
  date="2026-05-21 09:40",
  body="""Liebe Frau Seeliger,

hier der gewünschte Schadenverlauf Ihres Kunden Herrn Holger Maaß, Schreinerei Maaß e.K. (Inhalt GI 4410-33180, Betriebshaftpflicht BH 4301-02277), 2021–2025:

2022  Einbruch Werkstatt, 6.400 €
2024  Sturm, Dach Lagerhalle, 2.150 €
2025  Haftpflicht: beschädigte Treppe beim Kunden, 1.380 €

Schadenquote 5 Jahre: 41 %. Einer Verlängerung zu unveränderten Konditionen steht nichts im Weg.

Herzliche Grüße
""", sig="hartmann", sigstyle="short")

M("N", "en", "internal", "trap: small-count statistic on HIV PrEP reimbursements in a tariff, no persons",
  frm=ADDR("okafor"), to="Product Development Health <produkt-kv@versicherer.example>",
  subj="PrEP reimbursement 2025 – numbers for the tariff review",
  date="2026-05-21 12:15",
  body="""Hi,

for the tariff review: HIV pre-exposure prophylaxis (PrEP) reimbursements in 2025 across all full-cover tariffs:

- insured persons with at least one PrEP prescription: 3 in KV-Premium, 0 in KV-Komfort, fewer than 3 in other tariffs (suppressed)
- total cost: 2,914 EUR
- cost per year of prophylaxis: approx. 600 EUR (generics)

Conclusion: cost effect negligible; no premium impact. No individual data in this analysis.

Chidi""")

M("C", "de", "insurer-to-customer", "builder's liability policy for a named private homeowner and building plot",
  frm=ADDR("oltmanns"), to="Kristina und Ole Janssen <janssen.bau@web.example>",
  subj="Ihre Bauherrenhaftpflicht BH 4301-05514",
  date="2026-05-22 10:00",
  body="""Sehr geehrte Frau Janssen, sehr geehrter Herr Janssen,

Ihre Bauherrenhaftpflicht für den Neubau Ihres Einfamilienhauses auf dem Grundstück Am Mühlenbach 11, 50354 Hürth (Bausumme 480.000 €) beginnt wie beantragt am 01.06.2026. Der Einmalbeitrag beträgt 171,36 €.

Eigenleistungen am Bau sind bis 50.000 € mitversichert. Helfende Freunde sind über eine Bauhelfer-Unfallversicherung nicht automatisch versichert – sprechen Sie uns an, wenn Sie das wünschen.

Mit freundlichen Grüßen
""", sig="oltmanns")


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
