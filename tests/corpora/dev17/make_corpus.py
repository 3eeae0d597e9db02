#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 17 (international business, mostly English).

Writes mails/d17-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2; the
office/PDF builders are small standard-library versions.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs only the Python standard library.
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
    # international business (new in dev17)
    "banerjee": ("Anika Banerjee", "anika.banerjee", "Internationale Krankenversicherung / Expat", "International Health, Expat Plans", "kv", "-7725"),
    "santos": ("Rhea Santos", "rhea.santos", "International Health Services\nDirect Billing", "International Health Services, Direct Billing", "kv", "-7730"),
    "mensah": ("Kwame Mensah", "kwame.mensah", "Reise-Assistance / Krankenrücktransport", "Travel Assistance & Medical Evacuation", "av", "-4666"),
    "dekker": ("Joost Dekker", "joost.dekker", "Internationale Firmenkunden / Employee Benefits", "International Employee Benefits", "lv", "-2870"),
    "castillo": ("Marisol Castillo", "marisol.castillo", "Rückversicherung Leben / fakultativ", "Life Reinsurance, Facultative", "lv", "-1945"),
    "nowak": ("Agnieszka Nowak", "agnieszka.nowak", "Internationale Kfz- und Haftpflichtschäden", "International Motor & Liability Claims", "av", "-4135"),
    "hughes": ("Gareth Hughes", "gareth.hughes", "Global Programmes", "Global Programmes & Multinational Risks", "av", "-5260"),
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
    """XML-escape a cell/paragraph value."""
    return htmlmod.escape("" if s is None else str(s), quote=True)


def _zip_store(members, stamp, first_stored=None):
    """members: list of (name, bytes|str); deterministic ZIP. first_stored: a member written uncompressed."""
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


def _core_xml(author, title=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    names = list(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{_x(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
              + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _core_xml(author)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, n in enumerate(names):
        rows = sheets[n]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) if j < len(r) and r[j] is not None else 0) for r in rows) + 2))}" customWidth="1"/>'
            for j in range(ncol)) if rows else ""
        out = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri}"
                s = ' s="1"' if ri == 1 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{s}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            out.append(f'<row r="{ri}">{"".join(cells)}</row>')
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + (f"<cols>{cols}</cols>" if cols else "") + f'<sheetData>{"".join(out)}</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", ws))
    data = _zip_store(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _odf_package(mime, content, author):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
            f'<office:meta><meta:generator>LibreOffice/7.6</meta:generator><dc:creator>{_x(author)}</dc:creator>'
            f'<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date></office:meta></office:document-meta>')
    return _zip_store([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("meta.xml", meta),
                       ("content.xml", content)], _STAMP[0], first_stored="mimetype")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')


def _ods(fn, sheets, author="Versicherer"):
    tabs = []
    for name, rows in sheets.items():
        trs = []
        for r in rows:
            tcs = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tcs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    tcs.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            trs.append(f"<table:table-row>{''.join(tcs)}</table:table-row>")
        tabs.append(f'<table:table table:name="{_x(name)}">{"".join(trs)}</table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}>'
               f'<office:body><office:spreadsheet>{"".join(tabs)}</office:spreadsheet></office:body></office:document-content>')
    return Att(fn, _odf_package("application/vnd.oasis.opendocument.spreadsheet", content, author),
               "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _odt(fn, blocks, author="Versicherer"):
    parts = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            parts.append(f'<text:h text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                parts.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            trs = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                + "</table:table-row>" for r in rows)
            parts.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>{trs}</table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}>'
               f'<office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>')
    return Att(fn, _odf_package("application/vnd.oasis.opendocument.text", content, author),
               "application", "vnd.oasis.opendocument.text", kind="odt")


def _docx(fn, blocks, author="Versicherer", octet=False):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        runs = []
        for i, line in enumerate(text.split("\n")):
            if i:
                runs.append("<w:r><w:br/></w:r>")
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
        return f"<w:p>{''.join(runs)}</w:p>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(para(b[1], bold=True, size=28))
        elif b[0] == "p":
            body.append(para(b[1]))
        elif b[0] == "small":
            body.append(para(b[1], size=16))
        elif b[0] == "t":
            rows = b[1]
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            trs = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para("" if v is None else str(v))}</w:tc>' for v in r) + "</w:tr>" for r in rows)
            grid = "".join('<w:gridCol w:w="2000"/>' for _ in rows[0])
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>'
                        f'<w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
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
    data = _zip_store([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _core_xml(author)),
                       ("word/document.xml", doc)], _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _pdf_fold(t):
    import unicodedata
    t = t.translate(_PDF_MAP)
    out = []
    for ch in t:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?")
    return "".join(out)


def _pdf_str(t):
    b = _pdf_fold(t).encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = w if not line else line + " " + w
        out.append(line)
    return out


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding, FlateDecode streams)."""
    import zlib
    lines = []    # (font, size, leading, text)
    for b in _blocks(blocks):
        if b[0] == "h":
            sz = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _wrap(b[1], 70):
                lines.append(("F2", sz, sz + 4, l))
            lines.append(("F1", 10, 5, ""))
        elif b[0] == "p":
            for l in _wrap(b[1], 92):
                lines.append(("F1", 10, 13, l))
            lines.append(("F1", 10, 6, ""))
        elif b[0] == "small":
            for l in _wrap(b[1], 130):
                lines.append(("F1", 7, 9, l))
            lines.append(("F1", 7, 4, ""))
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            w = [max(len(_pdf_fold(r[i])) for r in rows) for i in range(len(rows[0]))]
            for i, r in enumerate(rows):
                lines.append(("F3" if i else "F4", 8, 11, "  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip()))
            lines.append(("F1", 10, 8, ""))
    pages, cur, y = [], [], 800
    for ln in lines:
        if y - ln[2] < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= ln[2]
        cur.append((ln, y))
    pages.append(cur)
    objs = {}
    npages = len(pages)
    # 1 catalog, 2 pages, 3-6 fonts, 7 info, then page/content pairs
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{8 + 2 * i} 0 R" for i in range(npages))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode()
    for k, base in ((3, "Helvetica"), (4, "Helvetica-Bold"), (5, "Courier"), (6, "Courier-Bold")):
        objs[k] = f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode()
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%SZ")
    info = f"<< /Producer (Versicherer Output Management) /Author {_pdf_str(author)} /CreationDate ({d})"
    if title:
        info += f" /Title {_pdf_str(title)}"
    objs[7] = (info + " >>").encode("latin-1")
    fmap = {"F1": "F1", "F2": "F2", "F3": "F3", "F4": "F4"}
    for i, pg in enumerate(pages):
        ops = []
        for (font, size, lead, text), yy in pg:
            if text.strip():
                ops.append(f"BT /{fmap[font]} {size} Tf 56 {yy} Td {_pdf_str(text)} Tj ET")
        stream = zlib.compress("\n".join(ops).encode("latin-1"), 9)
        objs[8 + 2 * i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                           f"/F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R >> >> /Contents {9 + 2 * i} 0 R >>").encode()
        objs[9 + 2 * i] = f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = out.tell()
    n = max(objs) + 1
    out.write(f"xref\n0 {n}\n0000000000 65535 f \n".encode())
    for k in range(1, n):
        out.write(f"{offs[k]:010d} 00000 n \n".encode())
    fid = _h(fn + d, 32)
    out.write(f"trailer\n<< /Size {n} /Root 1 0 R /Info 7 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def _pdf_text(data):
    """Tiny text extraction for --check: inflate content streams and collect Tj strings."""
    import zlib
    txt = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n(.*?)\nendstream", data, re.S):
        s = zlib.decompress(m.group(1)).decode("latin-1")
        for t in re.findall(r"\((.*?)(?<!\\)\) Tj", s):
            txt.append(t)
    return "\n".join(txt)


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
    salt = f"d17|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d17-{n:04d}.eml"
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
        import xml.etree.ElementTree as ET
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            names = z.namelist()
            if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
                for name in names:
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(name))      # well-formed XML
            if low.endswith(".xlsx"):
                assert "xl/workbook.xml" in names and "[Content_Types].xml" in names, fn
            if low.endswith(".docx"):
                assert "word/document.xml" in names, fn
                assert ET.fromstring(z.read("word/document.xml")).itertext(), fn
            if low.endswith((".odt", ".ods")):
                assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, fn
                assert "content.xml" in names, fn
            if low.endswith(".zip"):
                for name in names:
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert _pdf_text(data).strip(), (fn, fname, "empty PDF text")
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


# ---------------------------------------------------------------- batch 1

M("S", "en", "insurer-to-hospital", "guarantee of payment for a named expat member admitted with acute appendicitis (K35.8), planned appendectomy",
  frm=ADDR("santos"), to="Khun Pornthip Wattanasin <intl.billing@siamriverside-hospital.example>",
  cc=ADDR("whitfield"),
  subj="GOP 2026-04417 / Mr. Henrik Lund / GlobalCare Expat Plus",
  date="2026-02-03 09:14", sig="santos",
  body="""Dear Khun Pornthip,

Thank you for the admission notice received this morning (your ref. IPD-260203-0091).

We confirm the Guarantee of Payment for:

Member: Mr. Henrik LUND
Date of birth: 17/09/1979
Membership no.: GCX-0448173-01
Plan: GlobalCare Expat Plus, Area 2 (worldwide excl. USA), inpatient deductible nil
Admission: 03/02/2026, Siam Riverside Hospital, Bangkok
Diagnosis as per your notice: acute appendicitis (K35.8)
Procedure: laparoscopic appendectomy

GOP amount: THB 280,000 (room category: single standard). Any costs above this amount or items not related to the diagnosis above (e.g. personal items, upgrade to suite) are not covered and must be settled by the member directly.

Please send the final itemised bill together with the discharge summary and operative note to intl.billing@versicherer.example within 10 working days after discharge, quoting GOP 2026-04417. If the length of stay exceeds 3 nights please let us know before day 4 so we can extend the guarantee.

Kind regards""")

M("N", "en", "newsletter", "trap: general travel-health advice newsletter (dengue, malaria prophylaxis, rabies) addressed to all members, no individual",
  frm="GlobalCare Member News <newsletter@versicherer.example>", to="members-apac@lists.versicherer.example",
  subj="Your GlobalCare Monthly – staying well in the rainy season",
  date="2026-06-02 06:30",
  body="""GlobalCare Monthly · June 2026
==============================

Hello from the GlobalCare team,

monsoon season is starting across much of South and South-East Asia. A few reminders from our medical team:

* Dengue cases usually peak from June to September. There is no specific treatment, so prevention matters: repellent with DEET or icaridin, long sleeves at dawn and dusk, and no standing water around your home (flower pots, AC trays).
* If you travel to rural areas, ask your doctor about malaria prophylaxis at least 4-6 weeks before you go. Your plan covers pre-travel consultations under "Preventive care".
* Rabies: if you are bitten or scratched by a dog, cat or monkey, wash the wound for 15 minutes and see a doctor the same day. Post-exposure vaccination is covered in full.

Webinar: "Healthy kids abroad" with our paediatric adviser, Thursday 18 June, 12:00 Singapore time. Register in the member app under Events.

Did you know? You can find a direct-billing hospital near you in the app – just tap "Find care". No need to pay upfront at more than 1,400 partner hospitals in Asia.

Stay safe,
Your GlobalCare team

You receive this newsletter because you opted in to member news. Unsubscribe: https://www.versicherer.example/globalcare/unsubscribe
Versicherer Krankenversicherung a.G. · Rheinuferstrasse 12, 50667 Cologne, Germany""")

M("C", "en", "insurer-to-broker", "motor claim abroad: named UK policyholder, registration numbers and claim number, no injuries",
  frm=ADDR("nowak"), to="Oliver Pratt <o.pratt@thamesgatebrokers.example>",
  subj="RE: Your client Mr D. Ashworth – collision Málaga 14th Jan – our ref. KS-26-100482",
  date="2026-01-22 15:41", sig="nowak", sigstyle="short",
  body="""Dear Oliver,

thanks for sending the European Accident Statement, it is readable this time :-)

Summary as we understand it: your client Mr Daniel Ashworth (our policyholder under the cross-border motor policy MX-4471093, vehicle Volvo XC60, UK reg. LK21 HWP) was reversing out of a parking space at Calle Larios, Málaga on 14/01/2026 and touched the rear of a Seat Ibiza, Spanish plate 4821 KLM, driven by Sra. Lucía Ortega Marín. Both drivers signed box 12 (reversing) and nobody was injured.

We have passed the third-party damage to our claims representative in Spain (Iberclaims S.L.). They will contact Sra. Ortega directly for the repair estimate. Mr Ashworth's own damage (rear bumper) falls under his comprehensive cover minus the GBP 250 excess – please ask him to send two photos and the garage quote.

Best regards,
Agnieszka""",
  quote=OQ("Oliver Pratt <o.pratt@thamesgatebrokers.example>", "20 January 2026 11:02", "Agnieszka Nowak", "Your client Mr D. Ashworth – collision Málaga",
           """Hi Agnieszka,

Please find the EAS attached again, scanned properly. Daniel says the other lady was very nice about it, no-one hurt, just a dent.

Cheers
Oliver

Oliver Pratt | Account Executive, Private Clients
Thamesgate Insurance Brokers Ltd | 41 Eastcheap, London EC3M 1DT""", lang="en"))

M("S", "en", "company", "HR of a Nigerian subsidiary asks for pre-authorisation of knee arthroscopy (meniscus tear) for a named employee; forwarded internally",
  frm=ADDR("banerjee"), to=ADDR("whitfield"),
  subj="Fwd: PRE-AUTH REQUEST - Mr. Emeka Okonkwo - knee surgery Lagos",
  date="2026-02-09 10:27", sig="banerjee", sigstyle="name",
  body="""Emma, can you look at this one? Group health of the Lagos subsidiary, I am not sure the Reddington quote is within R&C. Thanks!

Anika
""" + "\n" + FW("Funmilayo Adeyemi <f.adeyemi@halvorsen-energy.ng.example>", "Mon, 9 Feb 2026 at 08:51", "intl.health@versicherer.example",
            "PRE-AUTH REQUEST - Mr. Emeka Okonkwo - knee surgery Lagos", """Good morning Sir/Ma,

Kindly find below the request for pre-authorisation for our staff.

Name of staff: Mr. Emeka Chukwudi OKONKWO
Staff ID: HE-LAG-0392
Policy: Halvorsen Energy Nigeria Ltd - Group Medical, member no. 7730118-014
Hospital: Reddington Hospital, Victoria Island, Lagos
Diagnosis: tear of medial meniscus right knee (MRI of 2nd February 2026)
Procedure: arthroscopic partial meniscectomy, 1 night admission
Estimated cost: NGN 4,850,000

The orthopaedic surgeon has advised that the surgery be done latest next week as he is in serious pain and can not go offshore. Please do the needful and revert at your earliest convenience.

Thanks and regards,
Funmilayo Adeyemi (Mrs)
HR Business Partner, Benefits
Halvorsen Energy Nigeria Ltd, Plot 12 Adeola Odeku Street, Victoria Island, Lagos""", lang="en"))

M("N", "en", "internal", "trap: webinar invitation about mental health of expatriate staff, topic only, no person",
  frm=ADDR("dekker"), to="intl-benefits-team@versicherer.example; intl-health@versicherer.example",
  subj="Invitation: Lunch & Learn – Mental health in the globally mobile workforce",
  date="2026-03-04 12:05", sig="dekker", sigstyle="short",
  body="""Hi all,

As promised in the team meeting: our partner from the EAP provider will run a 45-minute session on what employers and insurers see in mental health claims of expats – burnout after relocation, trailing spouses, isolation during long assignments, and how the 24/7 counselling line is used (aggregate figures only, of course).

Thursday 19 March, 12:30–13:15, room Rhein 4 and Teams. Sandwiches provided for those on site.

Invite attached – please accept so I can order enough food.

Joost""",
  att=[ICS("invite.ics", "lnl-20260319-eap@versicherer.example", "Lunch & Learn: Mental health in the globally mobile workforce",
           "20260319T123000", "20260319T131500", ("Joost Dekker", "joost.dekker@versicherer.example"),
           [("Intl Benefits Team", "intl-benefits-team@versicherer.example"), ("Intl Health", "intl-health@versicherer.example")],
           location="Rhein 4 / Microsoft Teams", description="EAP partner session. Aggregate claims trends, no case discussion.")])

M("C", "en", "insurer-to-customer", "travel cancellation because of an airline strike (no health reason): named Polish customer, policy number and IBAN for the refund",
  frm=ADDR("seidel"), to="Katarzyna Wiśniewska <kasia.wisniewska@poczta.example>",
  subj="Your claim TR-2026-031577 – trip cancellation Kraków–Lisbon",
  date="2026-03-11 10:48", sig="seidel",
  body="""Dear Ms Wiśniewska,

thank you for your e-mail of 6 March and the confirmation from the airline.

Your trip (Kraków – Lisbon, 21.02.2026 – 28.02.2026, booking no. LX7Q2M) could not start because of the cabin crew strike. This is an insured event under your annual travel policy no. RV 3309 4417, section "Trip cancellation – public transport failure".

We will reimburse the non-refundable hotel costs of EUR 612.40. The flight is not covered by us because the airline has to refund it under EU Regulation 261/2004 – please claim it from them directly.

The payment will be made within 5 working days to the account you gave us:
Account holder: Katarzyna Wiśniewska
IBAN: """ + IB("PL", "109010140000071219812874") + """

Kind regards""")

M("S", "en", "insurer-to-partner", "facultative life & disability submission to a reinsurer: named applicant, birth date, sum assured, hypertension and BMI; medical report as PDF",
  frm=ADDR("castillo"), to="Life Fac Desk <lifefac@nordic-re.example>",
  subj="Fac submission – term life + disability – applicant Mr. Rahul Mehta – our ref FAC-L-26-0213",
  date="2026-02-17 16:20", sig="castillo",
  body="""Dear colleagues,

please find attached a facultative submission exceeding our retention.

Life assured: Mr. Rahul Mehta, born 03/08/1981, non-smoker, IT consultant (office based), resident in Frankfurt am Main
Cover applied for: term life EUR 2,500,000 (25 years) + disability annuity EUR 48,000 p.a. to age 67
Our retention: EUR 1,000,000 life / EUR 24,000 p.a. disability
Amount offered: EUR 1,500,000 life / EUR 24,000 p.a. disability, quota share basis

Medical evidence: GP report and ECG (attached). Blood pressure 148/94 on treatment with ramipril 5 mg since 2022, BMI 31.2, HbA1c 5.9 %. Our medical officer proposes +50 % extra mortality on life and standard on disability with a back exclusion (lumbar disc protrusion L4/L5, 2019, no recurrence).

We would appreciate your terms by 27 February, the broker is pushing.

Many thanks and best regards""",
  att=[PDF("FAC-L-26-0213_medical_summary.pdf", [
      ("h", "Medical summary – facultative submission FAC-L-26-0213"),
      "Life assured: Rahul Mehta, date of birth 03.08.1981, male\nHeight 178 cm, weight 99 kg, BMI 31.2",
      ("h", "GP report (Dr. med. Sabine Kraus, Frankfurt), 09.02.2026", 2),
      "Known essential hypertension (I10.90) since 2022, treated with ramipril 5 mg once daily. Home readings 135-145 / 85-92. No end-organ damage known. Echocardiography 2023: normal LV function, no hypertrophy.",
      "Lumbar disc protrusion L4/L5 (M51.2) in 2019, conservative treatment, physiotherapy 12 sessions, no recurrence, no time off work since 2020.",
      "Lipids: total cholesterol 232 mg/dl, LDL 151 mg/dl, HDL 41 mg/dl. HbA1c 5.9 %. Non-smoker since 2015 (previously 10 cigarettes/day).",
      ("h", "ECG 12 leads, 06.02.2026", 2),
      "Sinus rhythm 72/min, normal axis, no ST changes. Interpretation: normal ECG.",
      ("h", "Our proposal", 2),
      "Life: +50 % EM. Disability: standard, exclusion of diseases of the lumbar spine. Review possible after 3 years with BP under 140/90.",
      ("small", "Versicherer Lebensversicherung AG - Medical Underwriting - confidential medical information"),
  ], title="FAC-L-26-0213 medical summary", author="Marisol Castillo")])

M("N", "en", "insurer-to-partner", "trap: quarterly treaty account in aggregate (premium, disability claims paid, reserves), no life assured named",
  frm=ADDR("stone"), to="Treaty Accounts <treaty.accounts@nordic-re.example>",
  subj="Q4 2025 account – Group Life & Disability Quota Share 2025 (treaty no. NR-QS-L-2025-07)",
  date="2026-01-28 11:10", sig="stone",
  body="""Dear Ingrid, dear Magnus,

attached is our Q4 2025 account for the Group Life & Disability quota share (40 % ceded). Key figures:

[[acc]]

The balance of EUR 231,884.10 in your favour will be settled by 15 February 2026 as per Art. 14 of the treaty wording. The large-claims notification list is empty for Q4 (no single claim above EUR 500,000).

Please note the disability claims figure includes the IBNR top-up agreed at the October meeting; the detailed reserve triangle follows with the annual account.

Best regards,
Rebecca""",
  tables={"acc": ([["Item", "100 %", "Ceded 40 %"],
                   ["Gross written premium", "EUR 4,812,300.00", "EUR 1,924,920.00"],
                   ["Reinsurance commission (27.5 %)", "", "EUR -529,353.00"],
                   ["Death claims paid", "EUR 1,390,000.00", "EUR -556,000.00"],
                   ["Disability claims paid", "EUR 860,415.00", "EUR -344,166.00"],
                   ["Change in claims reserve", "EUR 658,792.25", "EUR -263,516.90"],
                   ["Balance", "", "EUR 231,884.10"]], "pad")})

M("N", "en", "internal", "trap: job advert for medical claims assessors (nurses/doctors) in the Manila hub, no applicant named",
  frm=ADDR("weiss"), to="all-staff@versicherer.example",
  subj="We are hiring: Medical Claims Assessors (RN/MD) – International Health Services Manila",
  date="2026-04-14 08:45", sig="weiss", sigstyle="short",
  body="""Dear colleagues,

our International Health Services hub in Manila (BGC, Taguig) is growing and we are looking for

3 Medical Claims Assessors (m/f/d), full time

What you will do:
- review inpatient and outpatient claims from expat members worldwide against policy terms and reasonable & customary charges
- check medical necessity, ICD-10 and CPT coding, and pre-authorisation requests
- work with our direct-billing network hospitals in Asia and the Middle East

What you bring:
- licensed Registered Nurse or Medical Doctor (PRC), at least 2 years clinical experience
- experience in HMO or international health insurance claims is a plus
- very good written English; German or Japanese is a bonus

Hybrid work, HMO coverage for you and two dependants, 14th month pay.

If you know someone, please share the posting (careers page, job ID 2026-MNL-117). Referral bonus applies as usual.

Thanks!""")

M("S", "de", "internal", "Evakuierung eines namentlich genannten Versicherten aus Kenia mit Malaria tropica, Intensivstation",
  frm=ADDR("mensah"), to=ADDR("brandt"), cc="assistance-dienst@versicherer.example",
  subj="Eilt: Rücktransport Hr. Albers aus Mombasa – Kostenzusage Ambulanzjet",
  date="2026-02-21 07:52", sig="mensah", sigstyle="short",
  body="""Hallo Gerrit,

kurze Info vor der Frühbesprechung, weil du heute Bereitschaft Stationär hast:

Herr Wolfgang Albers (geb. 12.05.1958), Reisekrankenversicherung über seinen Vollversicherungstarif KV-Nr. 602 118 447, liegt seit Donnerstag im Aga Khan Hospital Mombasa auf der Intensivstation. Diagnose laut behandelndem Arzt: Malaria tropica (B50.9) mit Parasitämie 8 %, beginnende Nierenbeteiligung, inzwischen unter Artesunat i.v. stabil.

Unser Assistance-Arzt hat gestern mit dem Krankenhaus telefoniert: transportfähig voraussichtlich ab Montag, dann mit Ambulanzjet und Intensivbegleitung nach Hamburg (UKE hat zugesagt). Angebot Ambulanzjet: 68.400 EUR.

Ich brauche deine Kostenzusage bis heute Mittag, sonst verlieren wir den Slot für Montag. Die Ehefrau ist vor Ort und ruft stündlich an.

Danke dir!
Kwame""")

M("C", "en", "insurer-to-customer", "marine cargo claim of a Dutch company with named contact person, container number and claim amount",
  frm=ADDR("osei"), to="Sanne de Vries <s.devries@vanderlinde-foods.example>",
  subj="Cargo claim MC-26-00731 – container MSKU 702184-3 – reefer breakdown",
  date="2026-03-17 14:05", sig="osei",
  body="""Dear Ms De Vries,

Thank you for your call this morning. For the record:

Assured: Van der Linde Foods B.V., Rotterdam – open cover OC-7700-NL-2024
Shipment: 22 pallets frozen shrimp, Guayaquil → Rotterdam, B/L MAEU 2260391122
Container: MSKU 702184-3 (40' reefer), discharged ECT Delta on 12/03/2026
Issue: temperature log shows -9 °C instead of -18 °C for approx. 60 hours, reefer unit failure on board

We have instructed Mr Pieter Bakker of Rijnmond Surveyors to attend a joint survey at your cold store in Barendrecht on Thursday. Please do not dispose of the cargo before the survey and keep the temperature recorder printouts.

Please also send us the commercial invoice and hold the carrier responsible in writing (notice of claim within 3 days per Hague-Visby Rules) – a template letter is available from us if needed.

Best regards,
Daniel Osei""")

M("N", "en", "insurer-to-broker", "trap: product sheet for an expat health plan with benefit limits (maternity, mental health, evacuation), no customer",
  frm=ADDR("banerjee"), to="Priya Nair <priya.nair@lotusbridge-brokers.example>",
  subj="GlobalCare 2026 product sheets + benefit table",
  date="2026-01-09 13:33", sig="banerjee",
  body="""Hi Priya,

as discussed on Tuesday, here are the updated GlobalCare product sheets for 2026. Main changes vs. 2025:

- Maternity: waiting period reduced from 12 to 10 months on Plus and Premium; complications of pregnancy covered from day 1
- Mental health: outpatient psychotherapy now up to 25 sessions p.a. (was 15) without pre-authorisation for the first 8
- Medical evacuation: now includes evacuation to home country, not only to nearest centre of excellence
- Chronic conditions: covered on all plans, pre-existing ones still subject to underwriting

The benefit table is in the PDF. Happy to walk your team through it – just send me a slot.

Best,
Anika""",
  att=[PDF("GlobalCare_2026_benefit_table.pdf", [
      ("h", "GlobalCare International Health Plans 2026 – Table of Benefits"),
      "All amounts per insured person and policy year unless stated otherwise. Area 1 = worldwide incl. USA, Area 2 = worldwide excl. USA.",
      ("t", [["Benefit", "Essential", "Plus", "Premium"],
             ["Annual overall limit", "EUR 1,000,000", "EUR 2,500,000", "EUR 5,000,000"],
             ["Inpatient & day-case", "100 %", "100 %", "100 %"],
             ["Outpatient (GP, specialist)", "not covered", "80 %, EUR 5,000", "100 %"],
             ["Psychotherapy", "not covered", "25 sessions", "25 sessions"],
             ["Maternity (routine)", "not covered", "EUR 8,000", "EUR 15,000"],
             ["Medical evacuation", "100 %", "100 %", "100 %"],
             ["Repatriation of mortal remains", "EUR 20,000", "EUR 25,000", "EUR 30,000"],
             ["Dental (routine)", "not covered", "option", "80 %, EUR 2,500"]]),
      ("small", "This overview is not a contract. Full terms: GlobalCare General Terms and Conditions GC-GTC 2026-01. Versicherer Krankenversicherung a.G., Cologne."),
  ], title="GlobalCare 2026 benefits")])

M("S", "en", "insurer-to-customer", "maternity claim settlement for a named Filipino member in Dubai: prenatal visits, delivery by caesarean section, HTML table",
  frm=ADDR("whitfield"), to="Maricel Dizon-Reyes <maricel.reyes@gmail.example>",
  subj="Claim settlement – maternity – GCX-0511902-02",
  date="2026-05-06 11:20", sig="whitfield", html=True,
  body="""Dear Mrs. Dizon-Reyes,

congratulations again on the birth of your daughter! We have now processed the maternity claims you submitted on 28 April 2026 for the delivery at Mediclinic City Hospital, Dubai.

[[clm]]

The amount of AED 31,745.00 has been transferred to your bank account ending in 4471 today. The newborn cover for baby Alessia has been added to your policy from the date of birth (14 April 2026) without medical questions, as the application reached us within 30 days.

If you have any questions, just reply to this e-mail.

Warm regards,""",
  tables={"clm": ([["Date", "Provider", "Service", "Billed (AED)", "Paid (AED)"],
                   ["12/03/2026", "Dr. Fatima Al Suwaidi, OB-GYN", "Prenatal check-up, ultrasound 3rd trimester", "1,450.00", "1,450.00"],
                   ["02/04/2026", "Dr. Fatima Al Suwaidi, OB-GYN", "Prenatal check-up, CTG", "980.00", "980.00"],
                   ["14/04/2026", "Mediclinic City Hospital", "Elective caesarean section (O82.0), 3 nights", "27,900.00", "27,900.00"],
                   ["14/04/2026", "Mediclinic City Hospital", "Private room supplement", "2,100.00", "0.00 (not covered)"],
                   ["15/04/2026", "Dr. Omar Haddad, paediatrician", "Newborn examination", "1,415.00", "1,415.00"],
                   ["", "", "Total", "33,845.00", "31,745.00"]], "pad")})

M("N", "en", "internal", "trap: IT maintenance notice for the secure mail portal, no content data",
  frm="IT Service Desk <it-servicedesk@versicherer.example>", to="all-staff@versicherer.example",
  subj="[Planned maintenance] SecureMail portal unavailable Sat 14 March 22:00 – Sun 02:00 CET",
  date="2026-03-10 16:00", client="system",
  body="""Planned maintenance – SecureMail portal

When: Saturday, 14 March 2026, 22:00 – Sunday, 15 March 2026, 02:00 (CET)
What: certificate renewal on the portal front-end and database upgrade
Impact: external recipients cannot log in to the portal; notification mails are queued and delivered after the window. Outgoing encrypted mail (S/MIME, domain encryption) is NOT affected.

If your team has time-critical secure mail for brokers or international partners that weekend (e.g. claims payments to hospitals abroad), please send it before Saturday 20:00.

Ticket: CHG0041873
IT Service Desk · ext. 6000""")

M("C", "en", "company", "Indian client sends traveller list for group business-travel policy (names, birth dates, passport numbers), no health data",
  frm=ADDR("seidel"), to=ADDR("hughes"),
  subj="FW: Traveller list Q2 – Sundaram Precision Components – BTA policy",
  date="2026-03-30 09:02", sig="seidel", sigstyle="name",
  body="""Gareth – for your global programme file, the Indian local policy needs the named list as per Indian rules. Can you check whether the German master still works on unnamed basis? Thanks, Ines

-----Original Message-----
From: Venkatesh Iyer <v.iyer@sundaram-precision.example>
Sent: 28 March 2026 18:41
To: travel.insurance@versicherer.example
Subject: Traveller list Q2 – Sundaram Precision Components – BTA policy

Dear Madam/Sir,

Greetings from Chennai.

As required under our business travel policy no. BTA-IN-2025-0087, please find attached the list of our employees who will be travelling to Germany (Stuttgart, Hannover Messe) and Poland in April-June 2026. Kindly update the same in your records and confirm.

Request you to kindly also issue the visa insurance certificates for the Schengen visa application at the earliest, as the VFS appointment is on 3rd April.

Thanks & regards,
Venkatesh Iyer
Manager – Admin & Travel
Sundaram Precision Components Pvt. Ltd., Ambattur Industrial Estate, Chennai 600058""",
  att=[CSV("BTA_traveller_list_Q2_2026.csv", [
      ["S.No", "Employee Name", "Emp ID", "Date of Birth", "Passport No", "Destination", "Travel From", "Travel To"],
      ["1", "Arvind Krishnamurthy", "SPC0114", "14-02-1976", "Z4471902", "Germany", "18-04-2026", "26-04-2026"],
      ["2", "Deepa Raghunathan", "SPC0387", "02-11-1988", "V8820315", "Germany", "18-04-2026", "26-04-2026"],
      ["3", "Mohammed Irfan Basha", "SPC0421", "27-07-1990", "W1039948", "Germany", "19-04-2026", "24-04-2026"],
      ["4", "Suresh Babu Natarajan", "SPC0056", "09-05-1971", "T6612087", "Poland", "11-05-2026", "16-05-2026"],
      ["5", "Lakshmi Priya S", "SPC0512", "31-12-1993", "U2290471", "Germany, Poland", "08-06-2026", "20-06-2026"],
  ], sep=",")])

M("N", "en", "insurer-to-partner", "trap: London-market rate report forwarded to reinsurance partner, market aggregates only",
  frm=ADDR("hughes"), to="Marc Aubert <marc.aubert@helvetia-re.example>",
  subj="London market Q1 – cargo & liability rate movements (for our call on Friday)",
  date="2026-04-08 17:22", sig="hughes", sigstyle="short",
  body="""Marc,

ahead of Friday, the headline numbers from the broker market reports I mentioned:

- Marine cargo: risk-adjusted rates flat to -5 % at 1/1 and 1/4, capacity plentiful; Red Sea war surcharges still applied to Suez routings.
- Casualty (US exposed): +7.5 % on average, excess layers harder than primary; nuclear verdicts still the driver.
- International casualty ex-US: +2 % to flat.
- Political violence: softening after two benign quarters.

Nothing here changes our view on the programme renewals, but the multinational casualty line for the automotive client may need a bigger buffer for the US local policy.

Talk Friday,
Gareth""")

M("S", "en", "insurer-to-customer", "mental-health benefit: approval of psychotherapy sessions for a named Australian expat with depressive episode",
  frm=ADDR("whitfield"), to="Lachlan Murray <lachie.murray@outlook.example>",
  subj="Re: Pre-approval psychology sessions – member GCX-0390027-01",
  date="2026-04-20 10:15", sig="whitfield",
  body="""Dear Lachlan,

Thanks for your message and for sending the referral from Dr. Ng so quickly.

I'm pleased to confirm that we have approved 20 sessions of psychological therapy with Ms Clare Whitmore (clinical psychologist, Singapore) for the period 20 April to 31 December 2026, based on the referral diagnosis of a moderate depressive episode (F32.1). The sessions will be paid at 100 % up to SGD 280 per session; Ms Whitmore's practice is in our direct-billing network, so you won't need to pay upfront.

If Ms Whitmore recommends more sessions later in the year, she can send us a short progress report and we'll look at an extension.

Please take care of yourself – and remember the 24/7 Member Assistance line is there for you any time, also for a chat in the middle of the night.

All the best,""",
  quote=Q("""On Fri, 17 Apr 2026 at 22:48, Lachlan Murray <lachie.murray@outlook.example> wrote:
Hi Emma, GP reckons I should see a psych, the last few months have been pretty rough to be honest, not sleeping and the move to Singapore has been harder than I thought. Referral attached. Do I need approval or can I just book? Cheers, Lachie"""))

M("C", "en", "insurer-to-customer", "US expat's private liability policy: change of direct debit with IBAN and policy number, no health content",
  frm=ADDR("kowalski"), to="Jennifer Caldwell <jen.caldwell@mailbox.example>",
  subj="Your personal liability policy PHV 77 201 4458 – new bank details",
  date="2026-05-12 13:58", sig="kowalski",
  body="""Dear Ms. Caldwell,

thank you for your e-mail of May 9th, 2026 and the signed SEPA mandate.

From the next due date (July 1st, 2026) we will collect the annual premium of EUR 89.70 for your personal liability policy PHV 77 201 4458 from your new account:

Account holder: Jennifer M. Caldwell
IBAN: """ + IB("DE", "500105175409182736") + """
Mandate reference: PHV772014458-02

Your old account at Deutsche Kreditbank will no longer be debited. You asked whether the policy also covers you when you are back in Ohio over the summer – yes, the cover applies worldwide for temporary stays of up to 12 months.

Kind regards""")

M("N", "de", "internal", "Falle: Textbaustein-Vorlage mit Platzhaltern [Member Name], [Claim No.], keine echte Person",
  frm=ADDR("whitfield"), to=ADDR("lorenz"),
  subj="Bitte um Freigabe: neue englische Textbausteine Ablehnung Vorerkrankung",
  date="2026-02-26 14:40", sig="whitfield", sigstyle="short", disc=False,
  body="""Hallo Frau Lorenz,

nach den Beschwerden aus dem letzten Quartal haben wir die englischen Ablehnungsbausteine für Vorerkrankungen freundlicher formuliert. Könnten Sie aus Sicht Beschwerdemanagement einmal drüberschauen? Der Baustein wird im Korrespondenzsystem mit den Feldern befüllt.

---
Dear [Member Name],

thank you for submitting your claim [Claim No.] dated [Claim Date].

We have carefully reviewed the medical information provided by [Provider Name]. Unfortunately, we are unable to pay this claim, because the condition treated was present before your cover started on [Start Date] and was not declared in your application. Under section [Section] of your policy terms, pre-existing conditions are excluded unless they were accepted in writing.

We understand this is not the answer you were hoping for. If you have further medical information showing that the condition began after [Start Date], please send it to us and we will review our decision. You can also ask for a review by our complaints team or contact the insurance ombudsman ([Ombudsman Link]).

Kind regards,
[Handler Name]
---

Vielen Dank und viele Grüße
Emma Whitfield""")

M("S", "en", "insurer-to-broker", "group income protection claim for a named employee of a Dutch client: lumbago M54.5, sick since January",
  frm=ADDR("stanek"), to="Maarten Visser <m.visser@oranjepoort-assurantien.example>",
  subj="RE: Disability claim – Mr. J. Smit – Kroon Logistics GIP policy 4402-GIP-NL",
  date="2026-04-02 09:33", sig="stanek", sigstyle="short",
  body="""Dear Maarten,

thank you for the claim form. Before we can decide on the income protection benefit for Mr. Jeroen Smit (employee no. 10447, insured salary EUR 61,200) we still need:

1. the report of the occupational physician (bedrijfsarts) – the form only says "lage rugpijn, M54.5", we need the functional capacity assessment;
2. the MRI report mentioned in the form;
3. confirmation from Kroon Logistics of the first day of incapacity – the form says 07-01-2026, the payroll print says 12-01-2026.

The deferred period of 104 weeks under the Dutch WIA interface applies, so there is no time pressure for benefit payment, but we want to start rehabilitation support early. Our case manager can speak Dutch if that helps Mr. Smit.

Kind regards,
Oliver Stanek""")

M("N", "en", "insurer-to-supplier", "trap: framework contract with a translation agency for medical reports, no patient named",
  frm=ADDR("krueger"), to="Claire Dubois <c.dubois@linguamed-translations.example>",
  subj="Framework agreement 2026–2028 – medical translations – final draft",
  date="2026-01-15 10:05", sig="krueger",
  body="""Dear Ms Dubois,

thank you for the revised offer. We can accept the following points for the framework agreement:

- Languages: EN, FR, ES, PL, TH, AR, TL (Tagalog) ↔ DE and EN
- Rates: EUR 0.14 per source word for medical reports and discharge letters; express surcharge 40 % (delivery within 24 h)
- Certified translations for courts: EUR 0.19 per word + EUR 15 per certificate
- Data protection: processing agreement under Art. 28 GDPR is Annex 3; transfer only via our SecureMail portal, no e-mail attachments, deletion after 30 days
- Translators must be bound to professional secrecy (§ 203 StGB) – please sign the declaration in Annex 4 for every translator you deploy

Our legal department will send the signature version next week.

Kind regards""")

M("C", "en", "insurer-to-customer", "motor claim in Spain: German customer parked car hit by Spanish driver; names, plates, claim number, property damage only",
  frm=ADDR("nowak"), to="Tobias Kern <t.kern@web.example>",
  subj="Ihr Schaden in Valencia / your claim KS-26-101137",
  date="2026-05-28 12:12", sig="nowak",
  body="""Dear Mr Kern,

as you wrote to us in English (for your Spanish friend in copy), I answer in English as well.

Your VW Touran (K-TK 4471) was hit while parked in Valencia, Avenida del Puerto, on 22/05/2026. The other driver, Mr. Javier Ruiz Ferrer, has given the name of his insurer (Mutua Levantina, policy 00 8811 4472). As nobody was injured and the other driver admitted fault in the police report (atestado no. 2026/VLC/11834), you have two options:

a) claim directly from the Spanish insurer via their claims representative in Germany (Directive 2009/103/EC) – we can give you the address; or
b) we repair under your comprehensive cover (excess EUR 300) and recover our costs and your excess from Mutua Levantina.

Most customers choose b), it is faster. Just tell us which garage you want to use.

Best regards""")

M("S", "en", "hospital", "Manila hospital sends statement of account and discharge summary (dengue with thrombocytopenia) as PDF; body only says 'see attached SOA'",
  frm=ADDR("santos"), to="intl-claims-mnl@versicherer.example",
  subj="Fw: SOA and discharge summary - ref 26-02-1188",
  date="2026-02-27 08:20", sig="santos", sigstyle="name",
  body="""For encoding please, GOP was issued last week. - Rhea

-----Original Message-----
From: Billing Dept <billing@stlukes-bgc.example>
Sent: Friday, 27 February 2026 2:04 PM
To: intl.billing@versicherer.example
Subject: SOA and discharge summary - ref 26-02-1188

Good day!

Please see attached SOA for your member. Kindly settle within 30 days.

Thank you and God bless.

Billing Section""",
  att=[PDF("SOA_26-02-1188.pdf", [
      ("h", "STATEMENT OF ACCOUNT"),
      "Patient: TANAKA, HIROSHI   Age/Sex: 44/M   Hospital No.: 2026-0031874\nAdmitted: 02/19/2026 11:40 PM   Discharged: 02/24/2026 10:15 AM\nRoom: 1214 Private   Attending: Ma. Cristina L. Santiago, MD (Infectious Disease)\nGuarantor: Versicherer Krankenversicherung a.G. (GOP 2026-03985)",
      ("t", [["Description", "Amount (PHP)"], ["Room and board (5 days)", "42,500.00"], ["Laboratory (CBC serial, NS1 antigen, dengue IgM/IgG)", "28,740.00"],
             ["Pharmacy (IV fluids, paracetamol)", "9,885.50"], ["Professional fee - attending", "35,000.00"], ["Total", "116,125.50"]]),
      ("h", "DISCHARGE SUMMARY", 2),
      "Final diagnosis: Dengue fever with warning signs (A97.1), thrombocytopenia (platelets nadir 23,000/uL on day 4). Course: IV hydration, daily platelet monitoring, no transfusion needed. Condition on discharge: improved. Follow-up CBC after 1 week at outpatient clinic.",
  ], title="SOA 26-02-1188", author="St. Luke's BGC Billing")])

M("N", "en", "internal", "trap: planning travel to the IUMI marine insurance conference, no customer data",
  frm=ADDR("osei"), to=ADDR("hartmann"),
  subj="IUMI 2026 – who goes?",
  date="2026-06-15 15:30", client="mobile",
  body="""Sven, registration for IUMI closes end of month. I'd go Sun–Wed. The cargo committee session on lithium-ion batteries in containers and the one on crew abandonment are relevant for us. Do you want to come for the hull part? Early bird is EUR 1,950, hotel block still open.

Daniel""")

M("C", "en", "insurer-to-partner", "international motor claim handed to the Polish correspondent: named Polish claimant, plate, claim number, vehicle damage only",
  frm=ADDR("nowak"), to="Likwidacja Szkód <szkody@korespondent-pl.example>",
  subj="Green Card claim – our insured DE K-AV 2210 – claimant Mr Paweł Zieliński – request for handling",
  date="2026-03-05 08:40", sig="nowak",
  body="""Dear colleagues,

we kindly ask you to handle the following claim in Poland on our behalf under the Green Card system:

Our insured: Auto-Vermietung Schäfer GmbH, Cologne (rental company); driver at the time: Mr. Martin Lenz
Vehicle: Mercedes Vito, DE K-AV 2210, policy KF 30 448 919
Date/place: 02.03.2026, approx. 17:30, ul. Grunwaldzka, Gdańsk
Claimant: Mr. Paweł Zieliński, ul. Kartuska 118/4, 80-136 Gdańsk; vehicle Skoda Octavia, PL GD 4K773
Circumstances: rear-end collision at a traffic light, liability accepted by our driver. According to the police note nobody was injured.

Please contact the claimant directly and send us your handling fee invoice with the settlement. Our reference: KS-26-100904.

Many thanks / Dziękuję bardzo,
Agnieszka Nowak""")

# ---------------------------------------------------------------- batch 2

M("S", "en", "insurer-to-customer", "chronic condition: approval of an insulin pump for a named Spanish member with type 1 diabetes; member's quoted mail",
  frm=ADDR("banerjee"), to="Álvaro Gutiérrez Pascual <alvaro.gp@correo.example>",
  subj="RE: insulin pump - request of cover",
  date="2026-03-19 17:02", sig="banerjee", sigstyle="short",
  body="""Dear Mr. Gutiérrez,

thank you for your patience. Our medical team has reviewed the prescription of Dr. Elena Roca (Hospital Universitari Dexeus) and we can confirm cover for the insulin pump (Medtronic MiniMed 780G) and the continuous glucose sensors under your GlobalCare Plus plan, policy GCX-0283316-01:

- pump: 100 %, one device every 4 years
- sensors and consumables: 100 %, up to EUR 4,200 per policy year

Your type 1 diabetes was declared at application and accepted without exclusion, so no waiting period applies. Please ask the supplier to invoice us directly; they can send the invoice to intl.claims@versicherer.example with your membership number.

Kind regards,
Anika Banerjee""",
  quote=OQ("Álvaro Gutiérrez Pascual <alvaro.gp@correo.example>", "martes, 10 de marzo de 2026 21:17", "intl.claims@versicherer.example", "insulin pump - request of cover",
           """Hello,

I write you because my endocrinologist say me that it is better for me to change from the pens to an insulin pump, because I have many hypoglucemias in the night (my last HbA1c was 7,8). I send you the prescription in the attachment. I want to know if the insurance pay the pump and the sensors and how much I have to pay. The supplier say me that is around 6.000 euros.

Thank you very much and sorry for my english.

Álvaro Gutiérrez
Barcelona""", lang="en"))

M("N", "en", "internal", "trap: pricing model update with medical-inflation trend factors per region, no individual data",
  frm=ADDR("okafor"), to="pricing-intl@versicherer.example", cc=ADDR("banerjee"),
  subj="GlobalCare pricing model v2026.2 – trend assumptions for sign-off",
  date="2026-02-12 18:45", sig="okafor", sigstyle="short",
  body="""Colleagues,

v2026.2 of the GlobalCare pricing model is on the team share (\\\\fs01\\pricing\\GlobalCare\\2026\\v2026.2). Changes vs. v2026.1:

[[trend]]

Other changes:
- Maternity loading for female 25–39 reduced by 4 % after the 2025 experience study (credibility 62 %).
- Mental health: outpatient utilisation assumption doubled to reflect the new 25-session benefit.
- Large-claim pooling threshold raised to EUR 250k; pooling charge now 3.1 % of risk premium.

Sign-off meeting Tuesday 10:00. Please send comments before then – especially on the US trend, which I know is controversial.

Chidi""",
  tables={"trend": ([["Region", "2025 trend", "2026 trend", "Source"],
                     ["USA", "9.5 %", "10.5 %", "own experience + market surveys"],
                     ["Asia (ex Japan)", "10.0 %", "10.0 %", "market surveys"],
                     ["Middle East / GCC", "8.5 %", "9.5 %", "own experience"],
                     ["Europe", "6.0 %", "6.5 %", "own experience"],
                     ["Africa", "11.0 %", "12.0 %", "own experience, low credibility"],
                     ["Latin America", "13.5 %", "12.5 %", "market surveys"]], "pipe")})

M("C", "en", "insurer-to-broker", "global programme local property claim: warehouse fire of a client's Polish subsidiary with named contact and claim reference, no injuries",
  frm=ADDR("hughes"), to="Charlotte Finch <charlotte.finch@aldgate-re-brokers.example>",
  cc="Marek Kowalczyk <m.kowalczyk@brightline-logistics.pl.example>",
  subj="Brightline Group – Poznań warehouse fire – local policy PL + master DIC/DIL",
  date="2026-04-23 10:30", sig="hughes",
  body="""Charlotte,

following the call with Marek Kowalczyk (Brightline's risk manager for CEE, in copy):

- Loss: fire in warehouse hall B at ul. Obornicka 330, Poznań, night of 19/20 April 2026. Fire brigade on site within 12 minutes, no injuries, hall B roof partly collapsed.
- Local policy: issued by our Polish fronting partner, policy no. PL/MP/2026/00417, sum insured PLN 38.5m, deductible PLN 100k.
- Master policy: MP-GLB-2026-011 (DIC/DIL). The BI extension in the master is broader (12 months indemnity vs. 6 locally), so the master will likely respond for months 7–12.
- Adjuster: Crawford Poland appointed by the fronting insurer; we have asked them to copy us on all reports.
- First reserve estimate: PLN 14m PD + PLN 6m BI (100 %).

Marek, could you send the stock list as of 31 March and the last three months' sales figures per customer for the BI calculation?

Best regards,
Gareth""")

M("N", "en", "insurer-to-broker", "trap: anonymised evacuation case study for a broker seminar (\"Member A, 42\"), no identifiable person",
  frm=ADDR("mensah"), to="Tunde Bakare <tunde.bakare@crestline-brokers.ng.example>",
  subj="Case study for your HR seminar in Abuja",
  date="2026-05-19 14:14", sig="mensah",
  body="""Dear Tunde,

as promised, an anonymised case study you can use in your seminar for HR managers. Details changed, nothing traceable – please keep it that way and don't add the client name.

Case study: "Why the evacuation benefit matters"

Member A, a 42-year-old engineer working for a construction company in a remote area of northern Mozambique, developed severe abdominal pain on a Friday evening. The local clinic suspected a perforated ulcer but had no surgical capacity. Our assistance doctor spoke with the clinic within 20 minutes, arranged a light aircraft to the nearest airstrip and an air ambulance to Johannesburg the same night. The member had surgery 9 hours after the first call and was back at work after 5 weeks.

Costs (rounded): aircraft and ambulance EUR 38,000, hospital EUR 21,000 – all covered under the group plan. Without evacuation cover, the employer would have faced the full bill.

Key messages for HR:
1. Check that your plan covers evacuation to the nearest centre of excellence, not just "nearest hospital".
2. Make sure staff have the 24/7 assistance number saved in their phones – ours is on the back of the member card.
3. Remote sites need a medical emergency response plan; we can help you write one.

Good luck with the seminar!
Kwame""")

M("S", "en", "insurer-to-company", "group life death claim of a named employee of the Manila subsidiary; beneficiary and cause of death",
  frm=ADDR("dekker"), to="Ma. Theresa Villanueva <tess.villanueva@kesselring-ph.example>",
  subj="Group Life claim – the late Mr. Rommel A. Bautista – documents needed",
  date="2026-03-03 09:55", sig="dekker",
  body="""Dear Ms. Villanueva,

please accept our sincere condolences to the family of Mr. Bautista and to his colleagues.

We have registered the death claim under the Group Life policy GL-PH-2023-0042 (Kesselring Automation Philippines Inc.):

Insured employee: Mr. Rommel Aquino Bautista, employee no. KAP-00815, born March 2nd, 1984
Date of death: February 21st, 2026, Cardinal Santos Medical Center, San Juan
Cause of death (per your notification): acute myocardial infarction
Sum insured: 36 x monthly basic salary = PHP 3,024,000
Beneficiary (per enrolment form 2023): Mrs. Jocelyn D. Bautista (spouse)

To release the benefit, we still need:
1. PSA-certified death certificate
2. medical certificate / clinical abstract from the hospital
3. beneficiary's valid ID and marriage certificate
4. bank certificate of the beneficiary's account (peso account)

As the death occurred within the contestability period for the additional voluntary cover (enrolled 10/2024), we may also request the medical records of the last 2 years for that part only. The basic cover is not affected.

With kind regards,
Joost Dekker""")

M("C", "en", "insurer-to-customer", "baggage delay/loss claim of a named Nigerian traveller at Frankfurt, policy number, no health data",
  frm=ADDR("seidel"), to="Chiamaka Obi <chiamaka.obi@yahoo.example>",
  subj="Re: Luggage never arrived in Frankfurt!!! policy TRV-NG-2026-11873",
  date="2026-01-30 11:36", sig="seidel", sigstyle="short",
  body="""Dear Ms Obi,

I am very sorry about your trip starting like this, and thank you for the Property Irregularity Report (FRAAB 47712).

Under your travel policy TRV-NG-2026-11873 you can claim:
- emergency purchases during the baggage delay (toiletries, clothing) up to EUR 500 – please send the receipts;
- if the suitcase is declared lost by the airline after 21 days: the value of the contents up to EUR 2,000, minus what the airline pays under the Montreal Convention.

Please claim from the airline first and send us their answer. Receipts can be photos, that's fine.

Kind regards,
Ines Seidel""",
  quote=Q("""On 28 Jan 2026, at 23:10, Chiamaka Obi <chiamaka.obi@yahoo.example> wrote:

Good evening, I arrived FRA from Lagos on LH 569 yesterday morning and my luggage never arrived till now. I have a conference in Mainz on Monday and all my clothes and my laptop charger is inside. The airline people are not picking call. What do I do please, am I covered? My policy is TRV-NG-2026-11873. Thanks"""))

M("N", "en", "newsletter", "trap: employee-benefits webinar invitation on multinational pooling, no individual data",
  frm="Versicherer Employee Benefits <eb-events@versicherer.example>", to="hr-contacts@lists.versicherer.example",
  subj="Webinar 24 Sept: Multinational pooling explained – dividends, loss carry-forward and captives",
  date="2026-09-01 07:00", html=True, client="system",
  body="""Dear HR and Benefits professionals,

pooling your local group life, disability and medical contracts can return a dividend when the combined claims experience is good. But how does it actually work, and what happens in a bad year?

Join our 45-minute webinar:

Multinational pooling explained
Thursday, 24 September 2026
10:00 London | 11:00 Amsterdam | 14:30 Mumbai | 17:00 Manila

Agenda:
1. Multinational pooling vs. captive reinsurance – when does which make sense?
2. Reading an international pooling report: premium, claims, expenses, risk charge
3. Loss carry-forward and stop-loss – a worked example with fictitious figures
4. Data protection: what local insurers may share with the pool (hint: aggregates, not names)

Speakers: Joost Dekker (Head of International Employee Benefits), Chidi Okafor (Life Actuarial)

Register: https://events.versicherer.example/pooling-2026

You are receiving this e-mail because you are registered as an HR contact of one of our clients. Unsubscribe: https://events.versicherer.example/unsubscribe""")

M("S", "en", "insurer-to-broker", "group life & disability renewal census XLSX of a Dutch client: names, birth dates, salaries; body only mentions renewal",
  frm=ADDR("dekker"), to="Maarten Visser <m.visser@oranjepoort-assurantien.example>",
  subj="Kroon Logistics – GL/GIP renewal 1 July – census for checking",
  date="2026-05-07 16:48", sig="dekker", sigstyle="short",
  body="""Hi Maarten,

attached the census we hold for the renewal of the Kroon Logistics group life and income protection. Could you ask HR to check it against payroll by 22 May? Leavers to be struck through, joiners added at the bottom, salary changes per 1 July in column H.

Rates will follow once the census is confirmed – the overall experience is fine so I don't expect surprises.

Thanks,
Joost""",
  att=[XLSX("Kroon_Logistics_census_renewal_2026.xlsx", {"Census 01-07-2026": [
      ["Emp no", "Surname", "First name", "Gender", "Date of birth", "Start date", "Job title", "Annual salary EUR", "GL multiple", "GIP"],
      ["10021", "de Boer", "Willem", "M", "1968-04-11", "2004-09-01", "Warehouse manager", 78400, 3, "yes"],
      ["10188", "Jansen", "Femke", "F", "1985-12-02", "2012-03-15", "Planner", 52900, 3, "yes"],
      ["10447", "Smit", "Jeroen", "M", "1979-06-23", "2015-01-05", "Forklift driver", 61200, 3, "yes"],
      ["10512", "El Amrani", "Yassine", "M", "1992-01-30", "2017-08-01", "Truck driver", 47800, 2, "yes"],
      ["10630", "Mulder", "Anouk", "F", "1990-07-19", "2019-02-01", "HR advisor", 55300, 3, "yes"],
      ["10702", "Kowalczyk", "Tomasz", "M", "1987-10-05", "2020-06-15", "Truck driver", 46100, 2, "yes"],
      ["10841", "van Dijk", "Sem", "M", "1998-03-14", "2023-04-01", "Customs clerk", 41500, 2, "no"],
      ["10903", "Bakker", "Lotte", "F", "1995-11-27", "2024-10-01", "Finance controller", 67000, 3, "yes"],
  ]}, author="Joost Dekker")])

M("N", "de", "internal", "Falle: allgemeiner Datenschutzhinweis zu Gesundheitsdaten und Auslandskrankenhäusern, kein Einzelfall",
  frm=ADDR("meier"), to="intl-health@versicherer.example; assistance-dienst@versicherer.example",
  subj="Erinnerung: Arztberichte aus dem Ausland nur über das Portal / verschlüsselt",
  date="2026-03-25 11:00", sig="meier",
  body="""Liebe Kolleginnen und Kollegen,

in den letzten Wochen haben uns zwei Meldungen erreicht, bei denen Entlassungsberichte von Krankenhäusern im Ausland unverschlüsselt an private Gmail-Adressen von Angehörigen weitergeleitet wurden. Deshalb noch einmal die Regeln:

1. Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen mit Behandlungsangaben) gehen nach außen nur verschlüsselt: S/MIME, Domänenverschlüsselung mit Partnerkrankenhäusern oder über das SecureMail-Portal.
2. Angehörige erhalten medizinische Informationen nur mit schriftlicher Schweigepflichtentbindung der versicherten Person (Formular SE-INT-EN oder SE-INT-DE).
3. Krankenhäuser im Direktabrechnungsnetz haben fast alle Domänenverschlüsselung; die Liste steht im Intranet unter „Netzwerk / TLS-Partner“.
4. Bei Unsicherheit: Betreff mit [secure] markieren – dann geht die Mail ins Portal.

Danke, dass ihr darauf achtet!

Viele Grüße""")

M("C", "en", "insurer-to-company", "crew personal-effects claim after an accommodation fire: named Filipino and Ukrainian crew members with amounts; nobody injured",
  frm=ADDR("osei"), to="Crewing Dept <crewing@noordzee-shipping.example>",
  subj="MV Nordic Tern – fire in accommodation 08.04.2026 – crew effects claim CE-26-0019",
  date="2026-04-16 13:25", sig="osei",
  body="""Dear Ms Hendriks,

thank you for the master's report and the crew lists. As confirmed by the master, the fire in the crew mess was extinguished by the crew within 25 minutes and nobody was hurt.

Under the crew personal effects section of the hull policy (limit EUR 3,500 per crew member) we accept the following claims, with receipts or a signed declaration of value:

[[ce]]

Payment will be made to Noordzee Shipping B.V. for onward payment to the crew members. Please confirm once paid and keep the signed receipts for 3 years.

Best regards,
Daniel Osei""",
  tables={"ce": ([["Crew member", "Rank", "Nationality", "Claimed", "Accepted"],
                  ["Reynaldo P. Castro", "Bosun", "PH", "EUR 2,140", "EUR 2,140"],
                  ["Jerome M. Dela Cruz", "AB", "PH", "EUR 1,380", "EUR 1,380"],
                  ["Mark Anthony Salazar", "OS", "PH", "EUR 960", "EUR 960"],
                  ["Oleksandr Hrytsenko", "2nd Engineer", "UA", "EUR 4,100", "EUR 3,500 (limit)"]], "pad")})

M("S", "en", "insurer-to-company", "crew accident on board: named seafarer with fractured wrist treated in Rotterdam, crew accident cover",
  frm=ADDR("osei"), to="Ms Ilse Hendriks <crewing@noordzee-shipping.example>",
  subj="RE: MV Nordic Tern – AB Jerome Dela Cruz – injury 02/05/2026",
  date="2026-05-05 10:02", sig="osei", sigstyle="short",
  body="""Dear Ilse,

thanks for the update. Summary for our file (crew accident policy CA-NS-2026-03):

- AB Jerome M. Dela Cruz fell from the gangway ladder in Rotterdam (Waalhaven) on 2 May 2026.
- Erasmus MC: distal radius fracture left wrist, treated with closed reduction and cast; no surgery for now. Unfit for duty for min. 6 weeks per the doctor's certificate.
- He is in the seafarers' hotel and wants to go home to Iloilo. Our assistance team will arrange the flight (economy, with aisle seat) once the orthopaedic check on 8 May confirms he can travel, plus a follow-up appointment with a partner clinic in Iloilo City.

Medical costs in Rotterdam and sick wages per POEA contract are covered under the policy; please send the hospital invoice to us directly.

Regards,
Daniel""")

M("N", "en", "insurer-to-partner", "trap: coverholder bordereau in aggregate (policy counts and premium per country), no insured named",
  frm=ADDR("seidel"), to="Bordereaux Team <bdx@meridian-mga.example>",
  subj="Travel binder B0621TRV2025 – March bordereau received, queries",
  date="2026-04-09 15:47", sig="seidel", sigstyle="short",
  body="""Hi team,

March premium bordereau received, thanks. Totals reconcile with the cash we received except for Spain:

[[bdx]]

Queries:
1. Spain: 14 policies with inception 31/03 but premium booked in April – please move them to the April bordereau or confirm the cash date.
2. Poland: the tax column is blank. IPT in Poland is nil, but please fill in "0" rather than leaving it empty, our system rejects blanks.
3. Claims bordereau: same template as the premium one please, not the old 2024 layout.

Thanks!
Ines""",
  tables={"bdx": ([["Country", "Policies", "GWP (EUR)", "Cash received (EUR)", "Diff"],
                   ["UK", "3,214", "187,440.00", "187,440.00", "0.00"],
                   ["Ireland", "611", "34,915.50", "34,915.50", "0.00"],
                   ["Spain", "1,082", "58,301.20", "57,120.00", "-1,181.20"],
                   ["Poland", "498", "19,772.00", "19,772.00", "0.00"]], "pad")})

M("N", "en", "internal", "trap: direct-billing API project status with test records for fictitious 'John Doe' and 'Jane Roe'",
  frm=ADDR("raman"), to="db-api-project@versicherer.example",
  subj="Direct billing API – sprint 14 review notes",
  date="2026-06-18 17:10", sig="raman", sigstyle="short",
  body="""Hi all,

notes from today's sprint review with the TPA:

Done
- /eligibility endpoint live in UAT, returns plan, area of cover and deductible for a member ID
- GOP request/response mapped to our claim object; ICD-10 and CPT fields validated against the code lists
- Test cases 1–24 passed with the synthetic members "John Doe" (MBR-TEST-0001, DOB 1900-01-01) and "Jane Roe" (MBR-TEST-0002)

Open
- Hospitals in Thailand send amounts with 3 decimals; rounding rule needed (finance to decide)
- Mutual TLS with the TPA gateway: their certificate expires 30/06, new one requested
- Attachments (discharge summaries) must go through the SecureMail gateway, not the API bucket – architecture decision AD-31 agreed

Next review: 2 July. Reminder: no production member data in UAT, ever.

Priya""")

M("S", "en", "customer", "US member writes about chemotherapy for breast cancer and asks about billing; forwarded to case management",
  frm=ADDR("whitfield"), to="case-management@versicherer.example",
  subj="FW: Question about my chemo bills - member GCX-0170553-01",
  date="2026-07-08 08:31", sig="whitfield", sigstyle="name",
  body="""Case management – please assign a case manager, Area 1 plan, high-cost. I'll reply to her today that someone will call. Thanks, Emma

-----Original Message-----
From: Rachel Goldberg <rachel.goldberg@me.example>
Sent: Tuesday, July 7, 2026 11:52 PM
To: intl.claims@versicherer.example
Subject: Question about my chemo bills - member GCX-0170553-01

Hi there,

I'm a member on the GlobalCare Premium plan (Area 1) and was diagnosed with breast cancer (stage IIA, HER2-positive) on 05/28/2026 at Massachusetts General while I was home in Boston on leave. My oncologist started chemo (TCHP, every 3 weeks) on 06/16/2026 and I'll be here until at least October.

I've received two bills from MGH so far, $48,300.17 and $52,910.00, and a separate one from the infusion pharmacy. Do I need to pay these and claim back, or can you guys pay them directly? Also my employer in Frankfurt asked whether I need to report anything to you about being in the US for more than 3 months.

Honestly this is a lot to deal with right now so any help is appreciated.

Thanks,
Rachel Goldberg
+1 617 555 0143""")

M("C", "en", "insurer-to-customer", "household burglary of a British expat in Cologne: policy number, address, stolen items, no health data",
  frm=ADDR("demir"), to="Simon Whitaker <simon.whitaker@btinternet.example>",
  subj="Your contents claim HR-26-204471 – burglary Sülzgürtel",
  date="2026-08-11 14:22", sig="demir",
  body="""Dear Mr Whitaker,

thank you for the police report (Polizeipräsidium Köln, Tagebuch-Nr. 260731-1144-K) and the list of stolen items.

Your flat at Sülzgürtel 48, 50937 Köln, was broken into while you were in Leeds (25 July – 2 August 2026). Your contents policy HR 5510 882 covers burglary at the new-for-old value.

We accept:
- MacBook Pro (2024, receipt available): EUR 2,399.00
- watch (Omega Seamaster, bought 2019, valuation certificate): EUR 4,100.00
- cash: EUR 300.00 (limit for cash: EUR 1,500)
- repair of the balcony door: EUR 860.00 as per the carpenter's quote

Total EUR 7,659.00, payment to your account known to us within the next days. For the two rings on your list we still need a photo or a jeweller's valuation.

Kind regards,
Aylin Demir""")

M("N", "en", "insurer-to-customer", "prospect asks for information on expat plans; generic answer without health or contract data",
  frm=ADDR("banerjee"), to="Bram Hoekstra <bram.hoekstra@ziggo.example>",
  subj="Re: information expat health insurance for move to Singapore",
  date="2026-02-05 12:44", sig="banerjee",
  body="""Dear Mr Hoekstra,

thank you for your interest in GlobalCare. For a family moving from Utrecht to Singapore, most of our customers choose between Plus and Premium with Area 2 (worldwide excluding USA). the product sheets and the application are here:

https://www.versicherer.example/globalcare/plans (product sheets in English and Dutch)

A few points that families often ask about:
- children are covered from birth; newborns can be added without health questions within 30 days
- you can keep your Dutch basic insurance (basisverzekering) only if you remain insured in the Netherlands – please check with your current insurer before you de-register
- premiums depend on age and area; the online calculator gives you a non-binding quote in 2 minutes

If you'd like a call, just let me know a convenient time (Singapore or Amsterdam time).

Best regards,
Anika Banerjee""",
  quote=Q("""Op wo 4 feb 2026 om 21:05 schreef Bram Hoekstra <bram.hoekstra@ziggo.example>:
Hello, we are moving with 2 kids to Singapore in summer for my job. Can you send info about your expat insurance please? Kind regards, Bram"""))

M("S", "de", "insurer-to-customer", "Auslandsreisekrankenversicherung: Zahnarztrechnung aus Thailand (Wurzelbehandlung) einer namentlich genannten Kundin",
  frm=ADDR("wendland"), to="Franziska Hölzl <franzi.hoelzl@gmx.example>",
  subj="Ihre Zahnarztrechnung aus Phuket – Auslandsreise-KV 440 117 392",
  date="2026-03-02 09:18", sig="wendland",
  body="""Sehr geehrte Frau Hölzl,

vielen Dank für die Rechnung der Phuket International Dental Clinic vom 14.02.2026 über 18.400 THB.

Aus Ihrer Auslandsreise-Krankenversicherung erstatten wir schmerzstillende Zahnbehandlungen und einfache Füllungen. Die Rechnung enthält:

- Notfalluntersuchung und Röntgenbild Zahn 36: 2.200 THB – erstattungsfähig
- Wurzelkanalbehandlung Zahn 36 (erste Sitzung, Trepanation und Einlage): 7.800 THB – erstattungsfähig als schmerzstillende Maßnahme
- Provisorische Krone: 8.400 THB – leider nicht erstattungsfähig, da Zahnersatz nicht versichert ist

Wir überweisen 10.000 THB, umgerechnet zum Kurs am Rechnungstag 263,85 EUR, auf Ihr bekanntes Konto. Die Fortsetzung der Wurzelbehandlung in Deutschland rechnen Sie bitte über Ihre gesetzliche Krankenkasse ab.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-broker", "commission statement for a sole-trader broker in Australia with BSB/account number and ABN",
  frm=ADDR("morgan"), to="Glenn Whitlock <glenn@whitlockinsurance.com.au.example>",
  subj="Commission statement Q1 2026 – Whitlock Insurance Services (agency AU-0077)",
  date="2026-04-15 06:55", sig="morgan",
  body="""G'day Glenn,

Please find below your commission statement for Q1 2026 (travel and expat health introductions, paid via our Sydney branch):

Agency: AU-0077, Glenn R. Whitlock t/as Whitlock Insurance Services
ABN: 51 824 753 556
Commission Q1 2026: AUD 18,742.30 (GST not applicable – see invoice-less RCTI arrangement)
Payment date: 22/04/2026
Bank: Westpac, BSB 032-118, account no. 4471 9923 (Glenn R. Whitlock)

You mentioned in March that you would move the business into a Pty Ltd – once the new company is registered, please send us the new ABN and bank details on company letterhead and we'll update the agency agreement.

Cheers,
James Morgan""")

M("N", "en", "internal", "trap: market report on medical inflation in GCC countries, aggregated figures",
  frm=ADDR("banerjee"), to="intl-health@versicherer.example",
  subj="FYI – GCC medical trend report 2026 (summary)",
  date="2026-01-20 13:02", sig="banerjee", sigstyle="name",
  body="""Hi team,

summary of the GCC medical trend report the reinsurer shared with us (full PDF on the team channel, not for external distribution):

- Overall medical trend 2026: UAE 9.8 %, Saudi Arabia 10.5 %, Qatar 8.9 %, Oman 7.5 %
- Main drivers: outpatient pharmacy (GLP-1 prescriptions up 60 % YoY), oncology, and mandatory cover expansion for dependants in Saudi Arabia
- Fraud, waste & abuse estimated at 8–12 % of claims spend; biggest issue is upcoding in day-case procedures
- Mental health utilisation still low (under 1 % of claims cost) but growing fast since the Dubai mandate

For us that means the 9.5 % GCC assumption in the pricing model looks about right. Chidi has the details.

Anika""")

M("S", "en", "insurer-to-customer", "repatriation of mortal remains of a named deceased member from the Philippines, cause of death stated",
  frm=ADDR("mensah"), to="Monika Brandl <monika.brandl@t-online.example>",
  subj="Repatriation of your father – arrangements",
  date="2026-10-06 19:40", sig="mensah",
  body="""Dear Ms Brandl,

please accept our deepest sympathy on the loss of your father, Mr. Josef Brandl.

As discussed on the phone this afternoon, here is a summary of the arrangements we have made under his travel health policy (no. AR 7788 2014):

- Your father passed away on 3 October 2026 at Cebu Doctors' University Hospital. The death certificate states cardiac arrest following a massive stroke (I61.9) as the cause of death.
- Our partner funeral director in Cebu (St. Peter Memorial Chapels) has taken over; embalming and the hermetically sealed coffin required for air transport are arranged.
- Flight: Cebu – Manila – Munich with Lufthansa Cargo, expected arrival in Munich on 12 October. The German embassy in Manila will issue the Leichenpass once the local death certificate is registered (we are following up).
- All costs of the repatriation are covered up to the policy limit; you do not need to pay anything to the funeral director in Cebu.

Our assistance team is available 24/7 at +49 221 555-4666 if you have any questions.

With sincere condolences,
Kwame Mensah""")

M("N", "en", "insurer-to-supplier", "trap: document-generation vendor receives claim-letter template with fictitious 'Jane Doe' sample data",
  frm=ADDR("raman"), to="Support <support@docgen-solutions.example>",
  subj="Ticket #88213 – wrong line breaks in claim settlement letter (EN)",
  date="2026-02-24 10:12", sig="raman", sigstyle="short",
  body="""Hello,

the claim settlement letter template CL-EN-07 renders the benefit table wrongly since your release 5.3: the column "Paid" wraps into a second line when the amount has more than 8 digits.

To reproduce, use the sample data file you have from us (test member "Jane Doe", member no. 000-TEST, claim "CLM-TEST-0099", amount THB 1,234,567.00). PDF of the broken output attached from our test system.

Priority: medium – we go live with the new letters on 15 March.

Regards,
Priya Raman""",
  att=[PDF("CL-EN-07_render_test.pdf", [
      ("h", "Claim settlement – TEST OUTPUT"),
      "Dear Jane Doe,\nwe have processed your claim CLM-TEST-0099.",
      ("t", [["Date", "Provider", "Billed", "Paid"], ["01/01/1900", "Test Provider Ltd.", "THB 1,234,567.00", "THB 1,234,5\n67.00"]]),
      ("small", "TEST DOCUMENT - sample data only - not a real member"),
  ], title="CL-EN-07 test")])

M("C", "de", "insurer-to-customer", "Kfz-Schaden in den Niederlanden: Kunde, niederländischer Unfallgegner, Kennzeichen, niemand verletzt",
  frm=ADDR("nowak"), to="Ralf Gerdes <ralf.gerdes@ewe.example>",
  subj="Ihr Unfall in Venlo am 11.09.2026 – Schaden-Nr. KS-26-104419",
  date="2026-09-15 11:05", sig="nowak",
  body="""Sehr geehrter Herr Gerdes,

vielen Dank für Ihre Schadenmeldung und das Foto des Europäischen Unfallberichts.

Nach Ihrer Schilderung sind Sie am 11.09.2026 in Venlo (Kreisverkehr Eindhovenseweg) mit Ihrem Ford Kuga, Kennzeichen LER-RG 512, auf den Pkw von Herrn Ruud Janssen (NL-Kennzeichen 7-KXZ-43) aufgefahren. Verletzt wurde zum Glück niemand.

Wir regulieren den Schaden von Herrn Janssen über unseren Schadenregulierungsbeauftragten in den Niederlanden. Sie müssen nichts weiter tun. Bitte melden Sie sich, falls Herr Janssen oder seine Versicherung sich direkt bei Ihnen melden.

Ihr eigener Schaden (Frontstoßfänger, Kühlergrill) ist über Ihre Vollkasko mit 500 EUR Selbstbeteiligung versichert (Vertrag KF 41 702 338). Im Schadenfreiheitsrabatt werden Sie im nächsten Jahr zurückgestuft; Sie können den Schaden aber innerhalb von 6 Monaten selbst zurückkaufen.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: out-of-office auto-reply mentioning pre-authorisations and GOPs, no case data",
  frm=ADDR("santos"), to="Carlos Mendoza <c.mendoza@makati-medical.example>",
  subj="Automatic reply: GOP request ref MMC-26-7712",
  date="2026-06-22 09:01", client="system", mailer="Microsoft Exchange Server",
  body="""Thank you for your e-mail. I am on leave until Monday, 29 June 2026, with limited access to e-mail.

For guarantees of payment (GOP), pre-authorisations and admission notices please write to intl.billing@versicherer.example (monitored 24/7) or call our hospital line +63 2 8555 7730.

For urgent medical evacuations please call the 24/7 assistance centre at +49 221 555-4666.

Best regards,
Rhea Santos
International Health Services, Direct Billing""")

M("S", "en", "insurer-to-partner", "claim notification to reinsurer: facultative disability claim of a named life with multiple sclerosis",
  frm=ADDR("castillo"), to="Life Claims <lifeclaims@nordic-re.example>",
  subj="Claim advice – FAC-L-22-0418 – Ms. Aleksandra Wróbel – disability",
  date="2026-06-09 14:30", sig="castillo",
  body="""Dear colleagues,

we advise a disability claim under the facultative placement FAC-L-22-0418 (your ref. NR-F-2022-11937):

Life assured: Ms. Aleksandra Wróbel, born 21 November 1983, architect
Cover: disability annuity EUR 36,000 p.a., your share 60 %
Claim: relapsing-remitting multiple sclerosis (G35.10), diagnosed 2024 (after inception, no non-disclosure issue), since 01/2026 severe fatigue and impaired fine motor skills right hand; unable to work as an architect since 12 January 2026
Assessment: our CMO accepts disability of 70 % in the last occupation (threshold 50 %) based on the neurologist's report and a functional assessment of 20 May 2026
Benefit start: 1 July 2026 (after 6-month deferred period); reserve at 100 %: EUR 612,000

Neurology report and our assessment are in the portal folder for this placement. Please confirm your share.

Kind regards,
Marisol Castillo""")

M("N", "de", "internal", "Falle: Abstimmung zu einer Ausschlussklausel im Rückversicherungsvertrag (Pandemie/Gesundheit), keine Person",
  frm=ADDR("stone"), to=ADDR("schreiber"),
  subj="Treaty wording 2027 – Pandemie-Ausschluss und Communicable Disease Clause",
  date="2026-09-22 16:15", sig="stone", sigstyle="short",
  body="""Hallo Carola,

für die Erneuerung des Group-Life-Quotenvertrags zum 1.1.2027 will der Rückversicherer die LMA-Klausel zu übertragbaren Krankheiten übernehmen. Aus meiner Sicht passt das nicht zu einem Lebensvertrag, weil wir Todesfälle durch Infektionskrankheiten gerade versichern.

Ihr Entwurf, Art. 7.4:
"This Agreement excludes any loss, damage, liability, claim, cost or expense of whatsoever nature caused by, contributed to by, resulting from, arising out of, or in connection with a Communicable Disease or the fear or threat of a Communicable Disease."

Mein Gegenvorschlag:
"Art. 7.4 shall not apply to death or disability benefits payable under the Original Policies."

Können wir das vor dem Termin am Donnerstag kurz besprechen? Reicht 15 Minuten.

Danke,
Rebecca""")

# ---------------------------------------------------------------- batch 3

M("C", "en", "broker", "London broker's cargo claim advice forwarded as attachment: assured company with named contact, B/L, claim amount",
  frm=ADDR("osei"), to="marine-claims@versicherer.example",
  subj="FW: Claim advice – Harrowgate Textiles – water damage ex Chittagong",
  date="2026-02-11 12:40", sig="osei", sigstyle="name",
  body="""Please register under OC-4410-UK-2025 and send me the number. Survey already booked by the broker.

D.""",
  att=[EML(INNER("Rupert Hale <rupert.hale@aldgate-re-brokers.example>", "marine-claims@versicherer.example",
                 "Claim advice – Harrowgate Textiles – water damage ex Chittagong", "2026-02-11 10:05",
                 """Dear Sirs,

We write on behalf of our clients, Harrowgate Textiles Ltd, Bradford, to advise a claim under the above open cover.

Shipment: 1 x 40' HC, 1,140 cartons cotton bed linen, Chittagong – Felixstowe, via Colombo
Vessel: MSC Anisha R., B/L MEDUBD771204, arrived Felixstowe 2nd February 2026
Damage: on devanning at the client's warehouse on 6th February, approx. 210 cartons found wet and mouldy, container roof showing pinhole corrosion
Invoice value of damaged cartons: GBP 23,940.00 (CIF + 10 %)

Surveyors (Brookes Bell) attended on 9th February; their preliminary report is attached. The client's contact is Mrs Amanda Lowry, Supply Chain Manager, 01274 555 812, a.lowry@harrowgate-textiles.example.

Carriers have been held responsible by letter dated 7th February. Kindly acknowledge and confirm your claim reference.

Yours faithfully,

Rupert Hale
Claims Broker, Marine & Energy
Aldgate Re Brokers Ltd · 1 Minster Court, Mincing Lane, London EC3R 7AA
Aldgate Re Brokers Ltd is authorised and regulated by the Financial Conduct Authority.""",
                 "<CAH7d9Q2x-4Lq0v@mail.aldgate-re-brokers.example>", lang="en"), fn="Claim advice – Harrowgate Textiles.eml")])

M("S", "en", "insurer-to-customer", "HTML-only claim statement for a named Indian member in Dubai: MRI, physiotherapy, orthopaedic consultations (knee)",
  frm=ADDR("whitfield"), to="Sanjay Kulkarni <sanjay.kulkarni@rediffmail.example>",
  subj="Claim statement 2026-0613 – GlobalCare Plus – GCX-0407712-01",
  date="2026-06-13 10:22", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr. Kulkarni,</p>
<p>we have processed the outpatient claims you submitted through the member app on 08/06/2026. Please find the details below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde7f0"><th>Date of service</th><th>Provider</th><th>Treatment</th><th>Claimed (AED)</th><th>Paid (AED)</th><th>Note</th></tr>
<tr><td>19/05/2026</td><td>Dr. Rajesh Menon, Orthopaedics, Aster Clinic Al Qusais</td><td>Consultation, right knee pain</td><td>650.00</td><td>520.00</td><td>20 % co-insurance</td></tr>
<tr><td>21/05/2026</td><td>Aster Hospital Mankhool, Radiology</td><td>MRI right knee – partial ACL tear, bone bruise</td><td>2,400.00</td><td>1,920.00</td><td>20 % co-insurance</td></tr>
<tr><td>26/05/2026 – 05/06/2026</td><td>PhysioHub DMCC</td><td>Physiotherapy, 6 sessions</td><td>2,100.00</td><td>1,680.00</td><td>20 % co-insurance</td></tr>
<tr><td>05/06/2026</td><td>Life Pharmacy</td><td>Etoricoxib 90 mg, knee brace</td><td>485.00</td><td>196.00</td><td>knee brace not covered (AED 240)</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>5,635.00</b></td><td><b>4,316.00</b></td><td></td></tr>
</table>
<p>The payment of AED 4,316.00 will reach your Emirates NBD account within 3 working days.</p>
<p>Your remaining outpatient limit for 2026 is AED 15,684.00. If the orthopaedic surgeon recommends surgery for the ACL, please ask for pre-authorisation before booking the date.</p>
<p>Best regards,<br>Emma Whitfield<br>International Health Services<br>Versicherer Krankenversicherung a.G.</p>
</body></html>
""")

M("N", "en", "insurer-to-partner", "trap: conference agenda (DOCX) for an employee-benefits network meeting, only speakers' business names",
  frm=ADDR("dekker"), to="Network Partners <eb-network-partners@lists.versicherer.example>",
  subj="Amsterdam network meeting 13–14 October – draft agenda",
  date="2026-08-27 11:11", sig="dekker",
  body="""Dear network partners,

attached is the draft agenda for our annual employee-benefits network meeting at the Hotel Okura Amsterdam. Please check your slot and let me know by 11 September if anything needs to move.

Reminder: the case-study session on day 2 is for anonymised cases only. Please do not bring slides with member names, salaries or diagnoses – we had a slide last year that needed to be pulled.

Looking forward to seeing you all,
Joost""",
  att=[DOCX("Agenda_EB_network_Amsterdam_2026_draft.docx", [
      ("h", "Versicherer International Employee Benefits Network – Annual Meeting 2026"),
      "Hotel Okura Amsterdam, Ferdinand Bolstraat 333, 13–14 October 2026 – DRAFT v2",
      ("t", [["Time", "Session", "Speaker"],
             ["Tue 09:00", "Welcome and market update", "Joost Dekker, Versicherer"],
             ["Tue 10:00", "Medical trend in emerging markets", "Dr. Amaka Eze, network partner Nigeria"],
             ["Tue 11:30", "Pooling results 2025 – aggregate", "Chidi Okafor, Versicherer"],
             ["Tue 14:00", "Mental health benefits: what works locally", "Panel: India, Philippines, Poland"],
             ["Wed 09:00", "Anonymised case studies: long-term disability return-to-work", "Network partners"],
             ["Wed 11:00", "Data protection in cross-border pooling", "Thomas Meier, Versicherer DPO"],
             ["Wed 12:30", "Close and lunch", ""]]),
      "Dress code business casual. Dinner on Tuesday at Restaurant De Kas, 19:30.",
  ], author="Joost Dekker")])

M("C", "en", "insurer-to-customer", "refund of overpaid motor premium to a named Spanish customer with Spanish IBAN and policy number",
  frm=ADDR("becker"), to="Marta Jiménez Soler <marta.jimenez@telefonica.example>",
  subj="Refund of premium – policy KF 39 118 204 – Ms Jiménez",
  date="2026-05-20 15:35", sig="becker",
  body="""Dear Ms Jiménez,

thank you for your message. As you sold your car (Seat León, K-MJ 8812) on 30 April 2026 and the buyer registered it in his name on 4 May 2026, your motor policy KF 39 118 204 ended on 4 May.

You paid the annual premium of EUR 684.00 up to 31 December 2026. The unused part (4 May – 31 Dec 2026) is EUR 451.44. We will transfer it within 7 days to the Spanish account you gave us:

Titular: Marta Jiménez Soler
IBAN: """ + IB("ES", "21000418450200051332") + """

Your no-claims bonus (SF 6) is saved for 7 years, so you can use it if you buy a car in Germany again.

Kind regards,
Hannes Becker""")

M("S", "en", "insurer-to-broker", "global personal-accident programme: skiing accident of a named executive, fractured tibia, surgery in Switzerland",
  frm=ADDR("albrecht"), to="Charlotte Finch <charlotte.finch@aldgate-re-brokers.example>",
  subj="RE: Brightline Group – Business Travel Accident – Mr N. Thornbury – Verbier",
  date="2026-02-25 13:50", sig="albrecht", sigstyle="short",
  body="""Dear Charlotte,

thanks for the notification. We have opened claim UF-26-00318 under the global BTA/PA master policy MP-GLB-2026-014.

From the information received so far:
- Mr Nicholas Thornbury (CFO, Brightline Group plc) fell while skiing on 21/02/2026 in Verbier, during an extension of a business trip to Geneva (personal days are covered under section 3.2 up to 7 days).
- Hôpital de Sion: closed fracture of the tibial shaft, right leg (S82.2), intramedullary nailing on 22/02/2026.
- He was flown home to London by our assistance partner on 24/02/2026, seated with leg elevation.

The medical expenses in Switzerland (CHF 31,600) are settled directly with the hospital. Permanent disability, if any, can only be assessed after 12 months at the earliest; we will diarise that. Temporary total disability weekly benefit starts after the 14-day deferred period – please send the employer's confirmation of absence.

Best regards,
Miriam Albrecht""")

M("N", "en", "insurer-to-partner", "trap: draft data-processing agreement with a TPA discussing health data categories in general, no persons",
  frm=ADDR("meier"), to="Legal <legal@asiacare-tpa.example>",
  subj="DPA draft v3 – comments on Annex 2 (categories of data) and transfers",
  date="2026-01-27 14:28", sig="meier",
  body="""Dear Ms Lim,

thank you for version 3 of the data processing agreement. Our comments:

Annex 2 – categories of data subjects and data:
- Please add "dependants of members (spouses, children)" to the data subjects.
- Special categories: health data (diagnoses, treatment, invoices), and where unavoidable data on sexual life (maternity, fertility treatment). Genetic data is NOT to be processed; if a hospital sends genetic test results, they are to be forwarded to us without storing them.

Clause 9 – international transfers:
- Singapore and the Philippines are not covered by an adequacy decision. We need the 2021 SCCs, module 2, plus a transfer impact assessment. Our template is attached to the previous mail.

Clause 12 – deletion:
- 30 days after end of the claims handling for a case, not "within a reasonable period".

Happy to discuss in a call. I am available Thursday or Friday morning your time.

Kind regards,
Thomas Meier""")

M("S", "en", "company", "HR sends group health census for staff posted abroad incl. dependants and pre-existing conditions; CSV in windows-1252",
  frm=ADDR("dekker"), to="intl-underwriting@versicherer.example",
  subj="FW: Group medical quote – Weidmann Anlagenbau – expat staff list",
  date="2026-07-02 10:10", sig="dekker", sigstyle="name",
  body="""For the quote – 7 expats + dependants. Note the two declared conditions in column J, please price or exclude. Joost

-----Original Message-----
From: Petra Hollstein <p.hollstein@weidmann-anlagenbau.example>
Sent: Wednesday, 1 July 2026 17:22
To: Joost Dekker <joost.dekker@versicherer.example>
Subject: Group medical quote – Weidmann Anlagenbau – expat staff list

Dear Mr Dekker,

as discussed, attached the list of our posted employees and their families for the international group medical plan from 1 October. Two employees have ticked "yes" for a known condition, I have put what they wrote in the last column.

Best regards
Petra Hollstein
HR International Assignments, Weidmann Anlagenbau GmbH""",
  att=[CSV("Weidmann_expats_2026-10.csv", [
      ["Nr", "Name", "Vorname", "Rolle", "Geb.-Datum", "Geschlecht", "Einsatzland", "Nationalität", "Plan", "Vorerkrankung (Angabe MA)"],
      ["1", "Großmann", "Uwe", "Employee", "14.03.1969", "M", "Saudi-Arabien", "DE", "Premium", "Bluthochdruck, Tabletten"],
      ["2", "Großmann", "Heike", "Spouse", "02.09.1971", "F", "Saudi-Arabien", "DE", "Premium", ""],
      ["3", "Pereira", "João", "Employee", "21.06.1984", "M", "Brasilien", "PT", "Plus", ""],
      ["4", "Kaya", "Emre", "Employee", "08.01.1990", "M", "Indien", "DE", "Plus", "Asthma (Spray bei Bedarf)"],
      ["5", "Kaya", "Selin", "Spouse", "17.04.1992", "F", "Indien", "DE", "Plus", ""],
      ["6", "Kaya", "Deniz", "Child", "30.11.2021", "M", "Indien", "DE", "Plus", ""],
      ["7", "Schäfer", "Lisa", "Employee", "25.05.1987", "F", "China", "DE", "Plus", ""],
      ["8", "Nowicki", "Piotr", "Employee", "12.12.1979", "M", "Vereinigte Arabische Emirate", "PL", "Premium", ""],
  ], enc="windows-1252", sub="excel")])

M("N", "en", "newsletter", "trap: travel-risk advisory to assistance partners (typhoon season), no individuals",
  frm="Versicherer Assistance Alerts <assistance-alerts@versicherer.example>", to="assistance-partners@lists.versicherer.example",
  subj="TRAVEL RISK ADVISORY – Philippines / Taiwan – Typhoon season, Level 2",
  date="2026-07-21 05:45", client="system",
  body="""TRAVEL RISK ADVISORY – LEVEL 2 (Exercise increased caution)
Region: Philippines (Luzon, Visayas), Taiwan
Valid: 21/07/2026 – until further notice

Situation
PAGASA expects a tropical storm to intensify into a typhoon and make landfall in Northern Luzon within 48–72 hours. Flights from Manila (MNL) and Clark (CRK) may be cancelled from Thursday.

Advice for travellers and expat members
- Monitor PAGASA bulletins and airline notices.
- Keep medication for at least 7 days, copies of prescriptions and the member card at hand.
- Do not travel to coastal areas of Cagayan, Isabela and Batanes.
- Evacuation by air will only be possible once airports reopen; shelter in place is recommended.

Advice for assistance partners
- Check contact details of members on assignment in the affected provinces (lists through the partner portal only).
- Pre-book hotel capacity in Manila for possible relocations.

Assistance Operations Centre · +49 221 555-4666 · 24/7""")

M("C", "en", "insurer-to-customer", "trip interruption because the customer's home was flooded (no health reason): named Australian customer, policy number",
  frm=ADDR("seidel"), to="Bronwyn Fairweather <bron.fairweather@bigpond.example>",
  subj="Your claim – trip interruption – policy TRV-AU-2026-004481",
  date="2026-03-09 23:10", sig="seidel",
  body="""Dear Ms Fairweather,

Thanks for your email and I'm sorry to hear about the flooding at your home in Lismore.

You interrupted your trip to Germany on 2nd March 2026 (planned until 20th March) because your house was flooded and the SES asked owners to attend. This is an insured reason under "Trip interruption – serious damage to your home" in your policy TRV-AU-2026-004481.

We cover:
- the extra cost of the rebooked flight Frankfurt – Brisbane (EUR 1,140.00 difference), and
- the unused, non-refundable nights at the Hotel am Dom, Cologne (13 nights, EUR 1,495.00).

Please send us a photo of the flood damage or a letter from your home insurer or the council, that's enough as proof. We'll then pay AUD into your Commonwealth Bank account ending in 882.

Kind regards,
Ines Seidel""")

M("N", "en", "internal", "trap: phishing warning showing a fake 'GOP pending' mail with a placeholder member",
  frm=ADDR("fischer"), to="all-staff@versicherer.example",
  subj="Warning: phishing mails pretending to be hospital GOP requests",
  date="2026-05-04 09:30", sig="fischer", sigstyle="short",
  body="""Dear colleagues,

since Friday we see phishing mails addressed to the international health and assistance teams. They look like this:

  From: "Billing Department" <billing@hospital-gop-center.example>
  Subject: URGENT GOP pending for member [name] – patient in ICU
  "Dear Insurer, your member is admitted in our ICU. Please confirm guarantee of payment via the secure link below within 2 hours or the patient will be discharged."
  [Secure Portal Login]

The link leads to a fake Microsoft login page. No hospital in our network sends GOP requests with login links.

What to do:
- do not click, do not reply
- use the "Report phishing" button in Outlook
- if you clicked and entered your password: call the IT Service Desk immediately (ext. 6000)

Thanks for staying alert!""")

M("S", "en", "insurer-to-hospital", "direct billing refused for a cosmetic rhinoplasty of a named member at a Bangkok clinic",
  frm=ADDR("santos"), to="International Patient Centre <ipc@sukhumvit-aesthetic.example>",
  subj="GOP request ref SAC-26-0441 – member Ms. Yuki Watanabe – declined",
  date="2026-08-03 15:02", sig="santos",
  body="""Dear IPC team,

thank you for the GOP request dated 2 August 2026 for our member Ms. Yuki Watanabe (membership no. GCX-0622819-01).

Requested procedure: open septorhinoplasty, indication per your form "deviated septum (J34.2) and nasal hump, patient wishes aesthetic correction".

We are unable to issue a guarantee of payment:
- Cosmetic procedures are excluded under section 7.3 of the GlobalCare terms.
- A septoplasty alone can be covered if there is documented functional obstruction (e.g. rhinomanometry, failed 3 months of nasal steroid therapy). We have not received such documentation.

If the ENT surgeon can separate the functional septoplasty from the aesthetic part, please send a new request with the documentation and a separate cost estimate. The member has been informed directly.

Kind regards,
Rhea Santos""")

M("C", "de", "insurer-to-broker", "Transportschaden eines Exporteurs: Firma mit Ansprechpartner, polnischer Fahrer namentlich, Kennzeichen; niemand verletzt",
  frm=ADDR("osei"), to="Henning Lüders <h.lueders@nordsee-assekuranz.example>",
  subj="AW: Schaden Maschinenbau Tecklenburg – Umschlag LKW – Ihre Nr. 26-0117",
  date="2026-01-13 16:44", sig="osei", sigstyle="short", lang="de",
  body="""Hallo Herr Lüders,

danke für die Unterlagen. Für die Akte MC-26-00044 (Warentransportpolice WT-88121 der Maschinenbau Tecklenburg GmbH):

- Sendung: CNC-Fräsmaschine, 7,8 t, Tecklenburg → Wrocław, Übergabe an Spedition Trans-Bud Sp. z o.o.
- Schadenereignis 08.01.2026, A4 bei Legnica: Lkw PL DW 7731K kam bei Glätte von der Fahrbahn ab und kippte auf die Seite. Der Fahrer, Herr Grzegorz Malinowski, blieb laut Polizeibericht unverletzt.
- Maschine: Totalschaden lt. Erstbesichtigung; Rechnungswert 412.000 EUR.
- Ansprechpartner beim Versicherungsnehmer bleibt Herr Dirk Sommerfeld (Leiter Versand).

Wir haben einen Havariekommissar in Wrocław beauftragt und den Frachtführer nach CMR haftbar gehalten. Die Haftung ist auf 8,33 SZR/kg begrenzt, also rund 77.000 EUR – der Rest geht zu unseren Lasten.

Viele Grüße
Daniel Osei""")

M("N", "en", "insurer-to-broker", "trap: blank census template (XLSX) with headers and a 'John Doe' example row",
  frm=ADDR("dekker"), to="Priya Nair <priya.nair@lotusbridge-brokers.example>",
  subj="Census template for group quotes (please use this one from now on)",
  date="2026-02-19 09:40", sig="dekker", sigstyle="short",
  body="""Hi Priya,

to speed up quotes for your Indian and Singaporean clients, please use the attached census template. The first row is an example with dummy data – please delete it before you send it back. Dates as DD/MM/YYYY please, and salaries in local currency with the currency code in column I.

Please always send filled-in censuses through the SecureMail portal, not by normal e-mail.

Thanks!
Joost""",
  att=[XLSX("Census_template_v3.xlsx", {"Census": [
      ["Employee ID", "Surname", "First name", "Gender", "Date of birth", "Category", "Country of residence", "Annual salary", "Currency", "Dependants (n)"],
      ["EXAMPLE-001", "Doe", "John", "M", "01/01/1980", "Staff", "India", 1200000, "INR", 2],
  ], "Instructions": [
      ["Field", "Instruction"],
      ["Employee ID", "Client's own ID, no national ID numbers"],
      ["Date of birth", "DD/MM/YYYY"],
      ["Category", "Staff / Management / Expat"],
      ["Annual salary", "Basic salary only, no bonus"],
      ["Health questions", "Do NOT enter health information in this file. Medical questionnaires are sent separately."],
  ]}, author="Joost Dekker")])

M("S", "en", "internal", "medical underwriting note on an expat application: named Indian applicant with asthma and generalised anxiety disorder",
  frm=ADDR("hasselbach"), to=ADDR("nguyen"),
  subj="UW decision – application A-26-19932 – Mr. Aditya Sharma",
  date="2026-04-28 12:05", sig="hasselbach", sigstyle="short",
  body="""Hi Minh,

decision for the GlobalCare Plus application of Mr. Aditya Sharma (DOB 11/07/1991, moving to Singapore for his employer):

1. Bronchial asthma (J45.0), since childhood, controlled with budesonide/formoterol, no hospital admissions in the last 5 years: accept, no loading.
2. Generalised anxiety disorder (F41.1), diagnosed 2023 in Pune, 14 sessions CBT in 2023/24, sertraline 50 mg since then, stable, working full time: accept with a 20 % loading on outpatient premium; no exclusion. Psychotherapy benefit as standard.

Please make sure the offer letter explains the loading in neutral words – he specifically asked whether declaring the anxiety would "count against him".

Ulrike""")

M("N", "en", "internal", "trap: treaty-meeting schedule with reinsurers, calendar only",
  frm=ADDR("stone"), to="reinsurance-team@versicherer.example",
  subj="Renewal season 2027 – treaty meeting schedule",
  date="2026-09-01 09:09", sig="stone", sigstyle="name",
  body="""Hi all,

meeting slots with the lead reinsurers for the 1/1/2027 renewals (all in Cologne unless stated):

[[sched]]

Please block the slots. Pre-reads (aggregate experience per treaty, no individual claims) by one week before each meeting on the team drive.

Rebecca""",
  tables={"sched": ([["Date", "Reinsurer", "Treaties"],
                     ["15/10/2026 10:00", "Nordic Re", "Group Life & Disability QS, Life Surplus"],
                     ["20/10/2026 14:00", "Helvetia Re (Zurich)", "Property Cat XL, Marine XL"],
                     ["22/10/2026 09:30", "Atlas Re London (Teams)", "Travel & Assistance QS"],
                     ["04/11/2026 11:00", "Rheinland Rück", "Health Stop Loss (GlobalCare)"]], "pad")})

M("C", "en", "insurer-to-customer", "pleasure-craft storm damage in a Spanish marina: named Dutch owner, yacht and policy, no injuries",
  frm=ADDR("osei"), to="Hans Vermeulen <h.vermeulen@kpnmail.example>",
  subj="Yacht claim YC-26-0092 – \"Zeemeeuw\" – storm damage Port de Sóller",
  date="2026-10-28 10:45", sig="osei",
  body="""Dear Mr Vermeulen,

thank you for your report and the photos. To confirm what we discussed on the phone:

- Yacht: "Zeemeeuw", Hallberg-Rassy 40, hull no. HR40-211, insured under yacht policy YA 22 0771 (agreed value EUR 285,000, deductible EUR 1,000).
- Event: storm with gusts of 9 Bft on the night of 24/25 October 2026 in Port de Sóller, Mallorca. The mooring line of the neighbouring boat broke and it drifted against your port side. Nobody was on board.
- Damage: gelcoat and rubbing strake port side, stanchions and guard wire, possibly the teak deck.

We have asked Mr Tomás Ferrer (surveyor, Palma) to inspect the boat on Friday. Please give him access via the marina office. As the neighbour's boat caused the damage, we will claim against its insurer after paying you.

Kind regards,
Daniel Osei""")

M("S", "en", "insurer-to-customer", "exclusion of sickle cell disease (genetic condition) for a named Nigerian applicant in an expat plan offer",
  frm=ADDR("nguyen"), to="Oluwaseun Adebayo <seun.adebayo@gmail.example>",
  subj="Your GlobalCare application A-26-20417 – offer with special terms",
  date="2026-05-15 11:58", sig="nguyen",
  body="""Dear Mr. Adebayo,

thank you for your application for GlobalCare Premium (Area 2) for you and your family, starting 1 June 2026.

We are happy to accept your wife Mrs. Folake Adebayo and your son Tobi on standard terms.

For you, we can offer cover with the following special condition, based on the medical information you gave us (sickle cell disease, HbSS, with two hospital admissions for vaso-occlusive crises in 2024):

"Treatment of sickle cell disease and its complications (D57.0, D57.1) is excluded for the first 24 months. After 24 months without hospital admission for this condition, the exclusion will be removed on request."

All other illnesses and accidents are covered as normal, including malaria and other infections even if a sickle cell crisis follows.

If you accept, please sign the attached declaration through the portal. You can also ask for a review if you have newer medical reports.

Kind regards,
Minh Nguyen""")

M("N", "de", "newsletter", "Falle: Mitarbeiter-Newsletter zu Rückenschule, Grippeimpfung und Augenuntersuchung, kein Einzelfall",
  frm="Betriebliches Gesundheitsmanagement <bgm@versicherer.example>", to="alle-mitarbeitenden@versicherer.example",
  subj="Gesund im Büro – Oktober: Grippeimpfung, Rückenschule, Sehtest",
  date="2026-10-01 07:30", client="system",
  body="""Liebe Kolleginnen und Kollegen,

der Herbst ist da – und mit ihm unsere Gesundheitsangebote:

Grippeimpfung
Der Betriebsarzt impft am 14. und 15. Oktober im Raum Rhein 2 (9–15 Uhr). Bitte Impfpass mitbringen. Termine im Intranet unter „BGM > Impfung“. Die Impfung ist freiwillig, die Daten bleiben beim Betriebsarzt.

Rückenschule
Neuer Kurs ab 20. Oktober, dienstags 16:30 Uhr, 8 Termine, mit einer Physiotherapeutin. Für Homeoffice-Tage gibt es die Übungen als Video.

Sehtest für Bildschirmarbeit
Nach der Arbeitsstättenverordnung habt ihr Anspruch auf eine Angebotsvorsorge. Termine beim Betriebsarzt; eine Bildschirmarbeitsplatzbrille wird bei Bedarf bezuschusst.

Und zum Schluss: Die Stadtradeln-Ergebnisse sind da – 41.820 km als Team Versicherer. Danke an alle!

Euer BGM-Team""")

M("C", "en", "insurer-to-customer", "motor green card / insurance certificate for a named Polish customer with birth date, VIN and plate",
  frm=ADDR("engel"), to="Piotr Wójcik <piotr.wojcik@onet.example>",
  subj="Green Card for your trip to Ukraine – policy KF 40 992 117",
  date="2026-06-26 10:30", sig="engel", sigstyle="short",
  body="""Dear Mr Wójcik,

as requested, you will find the international motor insurance card (Green Card) with the country code "UA" activated in your customer portal.

Policyholder: Piotr Wójcik, born 05/02/1986
Vehicle: Toyota RAV4 Hybrid, registration K-PW 3390, VIN JTMW43FV50D118824
Validity: 01/07/2026 – 31/07/2026 for UA (EU/EEA countries are covered all year anyway)

Please carry the printed card in the car; border guards in Ukraine may not accept it on a phone. Note that our comprehensive cover does not apply in Ukraine; only third-party liability is valid there.

Have a safe trip,
Rüdiger Engel""")

M("N", "en", "internal", "trap: assistance provider SLA report with aggregate figures (calls, evacuations), no names",
  frm=ADDR("mensah"), to=ADDR("seidel"),
  subj="Assistance partner SLA – Q2 2026",
  date="2026-07-14 14:02", sig="mensah", sigstyle="name",
  body="""Ines,

Q2 numbers from our assistance partner, for the steering committee:

[[sla]]

Only miss is the 20-second answer rate in June (peak with the football tournament travellers). They propose two extra agents in Warsaw for July/August, costs on their side.

Kwame""",
  tables={"sla": ([["KPI", "Target", "Apr", "May", "Jun"],
                   ["Calls answered within 20 s", ">= 90 %", "93.1 %", "91.4 %", "86.7 %"],
                   ["Inbound calls", "-", "11,204", "12,988", "17,430"],
                   ["Medical cases opened", "-", "1,312", "1,540", "2,291"],
                   ["Air ambulance evacuations", "-", "9", "12", "15"],
                   ["Repatriations (commercial, with escort)", "-", "41", "38", "63"],
                   ["Complaints", "< 0.5 %", "0.21 %", "0.18 %", "0.29 %"]], "pad")})

M("S", "en", "insurer-to-broker", "member's original mail forwarded as attachment to the broker: named Filipino member's hospital bills, hypertension and lab results",
  frm=ADDR("whitfield"), to="Jun Aquino <jun.aquino@pacificcrest-brokers.ph.example>",
  subj="RE: Ms. Cruz – why is the claim pending?",
  date="2026-09-09 14:12", sig="whitfield", sigstyle="short",
  body="""Hi Jun,

the claim of your client Ms. Angelica Cruz is pending because the hospital bill and the lab results she sent have different admission dates (see her original mail attached, she gave permission to share it with you). As soon as the hospital confirms the correct date we can pay.

Best regards,
Emma""",
  att=[EML(INNER("Angelica Cruz <angelica.cruz@yahoo.example>", "intl.claims@versicherer.example",
                 "claim for my hospitalization", "2026-08-30 21:14",
                 """Hi po,

I was admitted in Asian Hospital Muntinlupa last Aug 12-15 because of very high blood pressure (210/120) and chest pain, they said hypertensive urgency and they did many tests, troponin is normal thank God. I paid 86,450 pesos and I am attaching the bills and the lab results (CBC, lipid profile, creatinine, 2D echo). My doctor is Dr. Ramon Tolentino (cardio). The result says admission date Aug 11 but I was admitted Aug 12 already after midnight.

My member ID is GCX-0588104-01.

Thank you so much po,
Angelica Cruz
Alabang, Muntinlupa""", "<CAGx8812vqP@mail.yahoo.example>", lang="en"), fn="claim for my hospitalization.eml")])

M("N", "en", "internal", "trap: domain-encryption certificate exchange with a hospital group, purely technical",
  frm=ADDR("raman"), to=ADDR("fischer"),
  subj="Domain certificate for Mediclinic group – fingerprint check",
  date="2026-04-03 11:25", sig="raman", sigstyle="short",
  body="""Tim,

Mediclinic Middle East sent their new domain certificate for gateway-to-gateway encryption (mediclinic-me.example, valid 01/04/2026 – 31/03/2028, issuer: their corporate CA chained to a public root). Before I import it on the gateway: can you verify the SHA-256 fingerprint by phone with their IT security team? Their contact is on the partner list.

SHA-256: 4F:9A:21:C7:0B:6E:D3:88:12:AF:5C:37:E9:02:B4:61:7D:18:CE:93:A0:55:2F:6B:84:1E:D7:39:0C:A2:F1:66

Once confirmed I'll switch the domain from "TLS enforced" to "S/MIME domain" in the policy so claims documents to them go encrypted.

Priya""")

M("C", "en", "insurer-to-customer", "tenant liability claim in Germany for an American customer: neighbour's damaged flooring, third party named, no injuries; US date style",
  frm=ADDR("oltmanns"), to="Tyler Brooks <tyler.brooks@icloud.example>",
  subj="Your liability claim HP-26-300812 – water damage to apartment below",
  date="2026-11-04 09:50", sig="oltmanns",
  body="""Dear Mr. Brooks,

thank you for your email of November 2nd, 2026 and the photos.

As we understand it, on October 29th the hose of your washing machine came loose while you were at work, and water leaked into the apartment below, which belongs to Mrs. Gisela Brandhorst (Aachener Straße 201, 2nd floor, 50931 Köln). Nobody was hurt; the parquet floor in her hallway and a wall in the bathroom are damaged.

Your personal liability policy PHV 88 302 1147 covers damage you cause to others. We have:
- asked Mrs. Brandhorst for the repair estimate and the invoice of the drying company, and
- informed the building insurer (the landlord's insurer covers the building structure; we cover Mrs. Brandhorst's own furniture and rug).

You don't need to pay anything yourself. Please don't sign any acknowledgement of debt – we handle that with her directly.

Kind regards,
Jens Oltmanns""")

M("S", "de", "insurer-to-customer", "Ablehnung eines Ambulanzflugs aus Österreich, Kreuzbandriss beim Skifahren eines namentlich genannten Kunden",
  frm=ADDR("mensah"), to="Matthias Pohl <m.pohl@posteo.example>", lang="de",
  subj="Ihr Rücktransport aus Innsbruck – Reise-KV RV 2019 338",
  date="2026-01-08 18:20", sig="mensah",
  body="""Sehr geehrter Herr Pohl,

wir bedauern sehr, dass Ihr Skiurlaub so geendet hat, und wünschen Ihnen gute Besserung.

Wie heute am Telefon besprochen: Laut Bericht der Klinik Innsbruck haben Sie sich am 05.01.2026 am rechten Knie das vordere Kreuzband gerissen (S83.53) und einen Innenmeniskusschaden erlitten. Eine Operation ist nicht dringend; die Klinik empfiehlt eine Versorgung mit Orthese und die OP in Ihrer Heimat.

Einen Ambulanzflug können wir nicht übernehmen, weil er medizinisch nicht notwendig ist. Übernommen werden:
- der liegende Rücktransport mit einem Krankentransportwagen von Innsbruck nach Leipzig (wir organisieren ihn für Samstag, 10.01.2026, Abholung 8:00 Uhr),
- die Behandlungskosten in Innsbruck abzüglich der Leistungen Ihrer gesetzlichen Krankenkasse (EHIC).

Der Fahrer meldet sich am Freitagabend bei Ihnen.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: job advert for a marine cargo underwriter in London, no applicant data",
  frm=ADDR("weiss"), to="recruiting-partners@lists.versicherer.example",
  subj="Vacancy: Senior Marine Cargo Underwriter – London branch (ref. LON-2026-09)",
  date="2026-09-14 10:00", sig="weiss",
  body="""Dear recruitment partners,

we are looking for a Senior Marine Cargo Underwriter for our London branch (Leadenhall Street), to start Q1 2027.

Role
- Lead and follow cargo and stock throughput business from London-market brokers, focus on food & beverages, electronics and project cargo
- Line size up to EUR 15m, referral above
- Build relationships with Lloyd's brokers and our global programme team in Cologne

Profile
- 8+ years marine cargo underwriting, ideally company market and Lloyd's
- ACII or equivalent; German language not required
- Right to work in the UK

Package: competitive base, bonus, pension 10 %, private medical for employee and family.

Please send candidate profiles via the agency portal only, not by e-mail. Our usual fee terms apply.

Kind regards""")

# ---------------------------------------------------------------- batch 4

M("C", "en", "insurer-to-broker", "D&O notification: shareholder claim against a named director of a UK client, no criminal content",
  frm=ADDR("hughes"), to="Rupert Hale <rupert.hale@aldgate-re-brokers.example>",
  subj="Ferncliffe Analytics plc – D&O notification – letter before action (Mr S. Oakes)",
  date="2026-06-30 16:35", sig="hughes",
  body="""Rupert,

thanks for the notification under the D&O master policy DO-GLB-2026-003 (Ferncliffe Analytics plc, UK local policy issued by us through our London branch).

Our understanding:
- Claimant: a group of minority shareholders, represented by Hartley Crane LLP
- Insured person: Mr Simon Oakes, CEO since 2021 (also named: the company's former CFO, Ms Helen Marsh)
- Allegation: misleading statements in the 2025 trading update regarding the loss of the Nordbank contract; claimed loss GBP 11.2m
- Letter before action dated 17/06/2026, received by the company on 19/06/2026

This is a claim within the meaning of the policy and falls in the current period. We will appoint panel counsel (Kestrel Law) for the insured persons; the company's own securities entity cover is also triggered.

Please ask the company not to reply to Hartley Crane before Kestrel have reviewed the letter, and to send the 2025 trading update and board minutes.

Regards,
Gareth""")

M("S", "en", "insurer-to-customer", "expat member admitted for alcohol dependence treatment in a South African clinic, pre-authorisation granted",
  frm=ADDR("whitfield"), to="Pieter-Jan de Graaf <pj.degraaf@protonmail.example>",
  subj="Your admission to Crescent Recovery Centre – approved",
  date="2026-08-18 12:12", sig="whitfield",
  body="""Dear Pieter-Jan,

thank you for reaching out to us, I know that wasn't an easy step.

I can confirm that we have approved your admission to Crescent Recovery Centre, Cape Town, from 24 August 2026 for 28 days (inpatient detoxification and rehabilitation programme for alcohol dependence, F10.2, as referred by Dr. Wanjiru Kamau in Nairobi). The centre bills us directly; you will not receive an invoice, except for personal items and phone costs.

Our assistance team will book your flight Nairobi – Cape Town on 23 August and the return flight after discharge. Your employer only knows that you are on medical leave – nobody at the company will hear the reason from us.

After discharge, outpatient follow-up sessions (counselling, support group fees) are covered under your mental health benefit. We'll talk about that before you leave the centre.

Take care, and good luck.

Emma""")

M("N", "en", "insurer-to-broker", "trap: London-market MRC slip template for cargo open covers with [Assured] placeholders",
  frm=ADDR("osei"), to="Rupert Hale <rupert.hale@aldgate-re-brokers.example>",
  subj="Our standard MRC wording for cargo open covers 2027",
  date="2026-11-10 11:40", sig="osei", sigstyle="short",
  body="""Rupert,

as requested, the skeleton of our 2027 MRC slip for cargo open covers – please build your submissions on this so our wording team doesn't have to redo them:

UNIQUE MARKET REFERENCE: [UMR]
TYPE: Marine Cargo Open Cover
ASSURED: [Assured name and address]
PERIOD: [12 months at 00:01 local standard time at the Assured's address]
INTEREST: [goods / merchandise of every description, excluding ...]
CONVEYANCES: per ocean vessel and/or air and/or road and/or rail
VOYAGES: worldwide, excluding [sanctioned territories per Sanctions Clause]
LIMITS: [per conveyance] / [per location]
CONDITIONS: Institute Cargo Clauses (A) 1/1/09; Institute War and Strikes Clauses (Cargo) 1/1/09; Cyber Exclusion CL380; Communicable Disease Exclusion LMA5394
DEDUCTIBLE: [amount] each and every loss
PREMIUM: [rate] % on [declared values / annual turnover]
CHOICE OF LAW & JURISDICTION: English law, courts of England and Wales
CLAIMS AGREEMENT: Versicherer London branch to agree all claims

Any deviations in section CONDITIONS need underwriter sign-off.

Daniel""")

M("C", "en", "insurer-to-customer", "legal-expenses cover for an employment dispute of a British expat in Munich: salary and dismissal details, no health content",
  frm=ADDR("lindqvist"), to="Rachel Hendry <rachel.hendry@gmail.example>",
  subj="Legal expenses – cover confirmation – dismissal / claim RS-26-71145",
  date="2026-03-26 13:20", sig="lindqvist",
  body="""Dear Ms Hendry,

thank you for your call and the documents.

You have worked for Aurelis Software GmbH in Munich since 1 September 2021 as a Senior Product Manager with a gross annual salary of EUR 96,000 plus variable pay. On 19 March 2026 you received notice of termination for "operational reasons" to 30 June 2026.

We confirm cover under your legal expenses policy RS 6602 1938 (module "Employment") for:
- the action for unfair dismissal (Kündigungsschutzklage) at the Labour Court of Munich, first instance, and
- out-of-court negotiations about a severance payment.

Please note the deadline: the action must be filed within 3 weeks of receiving the notice, i.e. by 9 April 2026. You are free to choose your lawyer; if you prefer someone who speaks English, we can recommend Ms Dr. Anna Loibl, Kanzlei Loibl & Partner, Munich.

In German labour courts each party pays its own lawyer in the first instance even if it wins – this is covered by us, minus your EUR 150 excess.

Kind regards,
Petra Lindqvist""")

M("S", "en", "internal", "IVF treatment in Spain for a named member discussed internally, English with German phrases mixed in",
  frm=ADDR("banerjee"), to=ADDR("kroeger"),
  subj="Frage zu IVF Erstattung – GlobalCare member in Madrid",
  date="2026-05-26 15:18", sig="banerjee", sigstyle="name",
  body="""Hi Sabine,

kurze Frage, you know the German tariffs better than me:

Member Mrs. Laura Fernández Ortiz (GCX-0355120-01, Premium, Madrid) sent invoices from IVI Madrid for her second IVF cycle with ICSI – EUR 6,850 incl. medication (Gonal-f, Ovitrelle). First cycle in January, we paid 50 % under the fertility benefit. Diagnosis: tubal factor infertility (N97.1), husband's spermiogram normal.

Our GlobalCare terms say "up to 3 cycles, 50 %, lifetime limit EUR 15,000". But her plan started as a transfer from a German PKV tariff with 100 % for the first 3 cycles – gilt da Besitzstand? I can't find a clear rule in the transfer memo.

Can we talk tomorrow? Danke dir!

Anika""")

M("N", "en", "internal", "trap: lunch talk on the ICD-11 transition with code examples, no person",
  frm=ADDR("santos"), to="intl-claims-mnl@versicherer.example",
  subj="Knowledge session Friday: ICD-11 – what changes for international claims",
  date="2026-10-07 08:15", sig="santos", sigstyle="short",
  body="""Hi team,

this Friday's knowledge session (3 PM, Room Narra + Teams): ICD-11.

More and more hospitals in the Gulf and some in Asia started sending ICD-11 codes. Examples we will look at:
- 5A11 Type 2 diabetes mellitus (ICD-10: E11)
- BA41 Acute myocardial infarction (ICD-10: I21)
- 6A70 Single episode depressive disorder (ICD-10: F32)
- 1D2Z Dengue, unspecified (ICD-10: A97.9)
- Stem codes with extension codes (e.g. laterality XK9K "left") – our system only stores 10 characters, so expect truncation

We will also agree how to encode when a bill has ICD-11 only: for now map manually with the WHO mapping table, flag the claim "ICD11" so we can measure volume.

Snacks from Dr. Ochoa this time :)

Rhea""")

M("C", "en", "insurer-to-customer", "household-goods relocation Mumbai→Cologne for a named employee: inventory values, policy, no health data",
  frm=ADDR("osei"), to="Kavya Srinivasan <kavya.srinivasan@outlook.example>",
  subj="Transit insurance for your household goods – certificate TG-26-0388",
  date="2026-07-29 10:02", sig="osei",
  body="""Dear Ms Srinivasan,

your employer, Rheinwerk Pharma GmbH, asked us to insure your household goods for the move from Mumbai to Cologne. We have issued the certificate TG-26-0388 under their relocation open policy:

Insured person: Ms Kavya Srinivasan
From: Flat 1203, Lodha Bellissimo, Mahalaxmi, Mumbai 400011
To: Lindenthalgürtel 92, 50935 Köln
Carrier: Santa Fe Relocation (door to door, sea freight, 20' container)
Insured value: EUR 48,500 as per your valued inventory
High-value items listed separately: Steinway upright piano EUR 14,000; silk carpets (3) EUR 5,200; gold jewellery – NOT covered in transit (please carry it yourself)

Please check the inventory list with the packers on the day and note any existing damage. In case of damage on arrival, write it on the delivery receipt and tell us within 7 days.

Kind regards,
Daniel Osei""")

M("S", "en", "hospital", "Dubai hospital pre-authorisation request in an HTML table (ICD codes, cardiac catheterisation) forwarded by the direct-billing team",
  frm=ADDR("santos"), to=ADDR("hasselbach"),
  subj="FW: Pre-approval request - PA/2026/118734 - urgent",
  date="2026-11-16 06:40", sig="santos", sigstyle="name", html=True,
  body="""Dr. Hasselbach, medical opinion needed – the hospital wants a decision within 4 hours. Patient in ER now. Thank you! Rhea

-----Original Message-----
From: Pre-Approval Desk <preapproval@alnoor-heart.ae.example>
Sent: Monday, 16 November 2026 09:12
To: intl.billing@versicherer.example
Subject: Pre-approval request - PA/2026/118734 - urgent

Dear Sir/Madam,

Kindly review the below pre-approval request on urgent basis.

[[pa]]

Clinical summary: 58 y/o male, known DM type 2 and dyslipidaemia, presented to ER with retrosternal chest pain since 3 hours, ECG ST depression V4-V6, troponin I 0.84 ng/mL (rising). Cardiologist recommends coronary angiography +/- PCI.

Regards,
Pre-Approval Desk
Al Noor Heart Hospital, Abu Dhabi""",
  tables={"pa": ([["Patient", "Member ID", "DOB", "ICD-10", "Procedure (CPT)", "Est. cost (AED)"],
                  ["Klaus-Dieter Ebert", "GCX-0299841-01", "04/06/1968", "I21.4, E11.9, E78.5", "93458 coronary angiography; 92928 PCI with stent", "68,500.00"]], "")})

M("N", "en", "newsletter", "trap: product news on a travel plan for digital nomads, generic",
  frm="Versicherer Partner News <partner-news@versicherer.example>", to="brokers-intl@lists.versicherer.example",
  subj="New: NomadCover – long-stay travel insurance for remote workers",
  date="2026-04-01 08:00", client="system",
  body="""Dear partners,

from 1 May 2026 you can offer NomadCover, our long-stay travel insurance for remote workers and "digital nomads":

- Cover for stays abroad of up to 24 months, renewable monthly
- Emergency medical treatment up to EUR 1m, medical evacuation and repatriation
- Optional: outpatient routine care, laptop & equipment, personal liability
- Home-country visits of up to 30 days per 90 days included
- Entry age 18–59, no medical questions for the emergency module

Commission: 20 % on the base module, 15 % on options.

Sales material (product sheet EN/DE/ES/PL, social media tiles) is in the partner portal under Marketing > Travel. Training webinars: 15 and 22 April, 10:00 CET.

Your partner team""")

M("C", "en", "insurer-to-customer", "rental-car excess refund in the USA for a named German customer, US date format, policy number",
  frm=ADDR("seidel"), to="Carsten Wolff <carsten.wolff@arcor.example>",
  subj="Rental excess claim – Alamo Orlando – policy MK 4411 2093",
  date="2026-09-24 14:55", sig="seidel", sigstyle="short",
  body="""Dear Mr Wolff,

thank you for your documents (you wrote in English, so I reply in English – I hope that's okay).

Rental: Alamo, Orlando International Airport, agreement no. 72118840, 09/03/2026 – 09/17/2026, Chevrolet Tahoe
Damage: scratch and dent rear passenger door found at return on 09/17/2026, charged to your credit card: USD 1,250.00 (the excess under the rental company's CDW)

Your rental excess insurance (policy MK 4411 2093) reimburses the excess. We will pay EUR 1,137.20 (USD 1,250.00 at the rate of the card statement) to your account ending in 6620.

Kind regards,
Ines Seidel""")

M("N", "de", "internal", "Falle: IT-Ticket zu abbrechendem Upload von Arztberichten im Portal, kein Inhalt",
  frm=ADDR("hoffmann"), to="Team Portal <team-portal@versicherer.example>",
  subj="INC0093318 – Upload von Arztberichten (PDF > 15 MB) bricht ab",
  date="2026-02-16 10:27", sig="hoffmann", sigstyle="short",
  body="""Hallo Team Portal,

seit dem Release vom Freitag melden mehrere Kunden aus dem Ausland (u. a. über die englische Oberfläche), dass der Upload von Arztberichten und Krankenhausrechnungen bei PDFs über ca. 15 MB mit „Error 413“ abbricht. Kleinere Dateien funktionieren.

Vermutung: das Limit im Reverse Proxy wurde mit dem Release auf 15 MB zurückgesetzt (vorher 40 MB). Laut Konfiguration im Repo steht dort client_max_body_size 15m.

Betroffene Vorgänge habe ich nicht angehängt – die Kunden haben ihre Dokumente inzwischen per Post bzw. in mehreren Teilen geschickt. Bitte prüfen und Rückmeldung im Ticket.

Danke
Lukas""")

M("S", "en", "insurer-to-company", "group disability (Poland): return-to-work plan after a stroke for a named employee",
  frm=ADDR("stanek"), to="Joanna Kamińska <j.kaminska@baltic-components.pl.example>",
  subj="Mr Tomasz Lewandowski – return-to-work plan – GIP-PL-2024-0011",
  date="2026-10-20 11:44", sig="stanek",
  body="""Dear Ms Kamińska,

thank you for the meeting on Friday in Gdynia. As agreed, here is the return-to-work plan for Mr Tomasz Lewandowski (employee ID BC-2291), who has received disability benefit under your group income protection policy since April 2026 after his ischaemic stroke (I63.5) with mild residual weakness of the left hand and speech difficulties.

Recommendations of the occupational therapist (report of 12/10/2026):
- Weeks 1–4 (from 02/11/2026): 4 hours a day, 3 days a week, office tasks only, no driving of forklifts
- Weeks 5–8: 6 hours a day, 4 days a week
- From week 9: full time if the neurologist agrees; adapted keyboard and speech-to-text software

During the phased return we pay a partial benefit for the hours not worked, so his income stays at 100 %. The workplace adaptation (keyboard, software, approx. PLN 3,800) is paid from our rehabilitation budget.

Please send us monthly the hours actually worked.

Kind regards,
Oliver Stanek""")

M("C", "en", "insurer-to-customer", "motor claim in France: collision with a named French cyclist, bicycle damaged, nobody injured",
  frm=ADDR("nowak"), to="Johanna Weber <johanna.weber@mail.example>",
  subj="Your accident in Lyon, 8 July – claim KS-26-103062",
  date="2026-07-16 09:33", sig="nowak", sigstyle="short",
  body="""Dear Ms Weber,

as your French friend translated the constat amiable for us – thank you, that helped. In short:

On 08/07/2026 in Lyon (Quai Victor Augagneur) you opened the driver's door of your parked car (Mini Cooper, BN-JW 730) and a cyclist, Mr. Théo Garnier, hit the door. According to both of you he was not hurt; his road bike (Canyon Endurace, bought 2024) has a bent front wheel and fork.

This is a liability claim under your motor policy KF 38 227 450. We pay Mr. Garnier's repair (quote from Cycles Bellecour: EUR 742.00) directly to him through our French correspondent. Your no-claims class will be affected only if we pay more than EUR 500 – which is the case here – unless you decide to reimburse the amount to us within 6 months.

Best regards,
Agnieszka Nowak""")

M("N", "en", "insurer-to-partner", "trap: supervisory survey on cross-border business with aggregate premium volumes per country",
  frm=ADDR("morgan"), to="Cross-border Reporting <crossborder@bafin-survey.example>",
  subj="Survey on cross-border activities (FoS/FoE) – reporting year 2025 – Versicherer group",
  date="2026-04-29 15:00", sig="morgan",
  body="""Dear Sir or Madam,

please find below our reply to the survey on cross-border activities for the reporting year 2025 (all figures gross written premium, EUR thousand):

[[xb]]

Health business written under freedom of services relates exclusively to the GlobalCare international health plans (expatriates). The breakdown by line of business for each entity is in the XBRL submission (templates S.04.01 and S.05.02) filed on 7 April.

Kind regards,
James Morgan""",
  tables={"xb": ([["Country", "Freedom of services", "Freedom of establishment (branch)", "Line(s)"],
                  ["United Kingdom (third country branch)", "–", "42,180", "marine, liability, travel"],
                  ["Netherlands", "18,904", "–", "group life, health, motor"],
                  ["Spain", "9,411", "–", "travel, health"],
                  ["Poland", "6,027", "–", "travel, motor (fleet)"],
                  ["Ireland", "3,880", "–", "travel"]], "pad")})

M("S", "en", "insurer-to-customer", "pre-authorisation of a hip replacement in India for a named British retiree living in Goa",
  frm=ADDR("banerjee"), to="Graham Pettigrew <g.pettigrew@btopenworld.example>",
  subj="Pre-authorisation approved – total hip replacement – Manipal Hospital Goa",
  date="2026-01-26 08:20", sig="banerjee",
  body="""Dear Mr Pettigrew,

I'm pleased to confirm that we have approved your total hip replacement (left hip, for advanced osteoarthritis, M16.1), as requested by Dr. Anand Kamat at Manipal Hospital, Dona Paula, Goa.

Admission: 9th February 2026, expected stay 5 nights
Approved amount: INR 6,80,000 (implant: cementless, as quoted), paid directly to the hospital
Physiotherapy after discharge: up to 20 sessions, to be claimed as outpatient physiotherapy

As you are 71, the hospital may ask for a cardiology clearance before surgery; that consultation and the ECG are covered too.

We wish you a successful operation and a swift recovery – and I hope you will be back on the beach walk soon.

Kind regards,
Anika Banerjee""")

M("N", "en", "internal", "trap: disability-treaty pricing with incidence rates by age band, no individuals",
  frm=ADDR("okafor"), to=ADDR("stone"),
  subj="Group disability QS – experience vs. expected 2021–2025",
  date="2026-08-06 17:33", sig="okafor", sigstyle="short",
  body="""Rebecca,

for the renewal discussion with Nordic Re, the A/E analysis of disability incidence in the group portfolio (NL, PL, DE business):

[[ae]]

Overall A/E 92 %. The 55–64 band is driven by two large Dutch schemes with heavy manual work; we have already loaded them at renewal. Psychiatric causes are 34 % of new claims in the 25–44 bands (2019: 27 %), musculoskeletal 29 %, cancer 12 %.

I'd argue for keeping the current ceding commission; the reinsurer's proposal to add 3 points of margin isn't supported by this.

Chidi""",
  tables={"ae": ([["Age band", "Exposure (life years)", "Actual claims", "Expected claims", "A/E"],
                  ["18–34", "41,220", "38", "46.2", "82 %"],
                  ["35–44", "33,915", "71", "80.4", "88 %"],
                  ["45–54", "29,004", "118", "131.9", "89 %"],
                  ["55–64", "17,660", "162", "158.1", "102 %"]], "pad")})

M("C", "en", "insurer-to-customer", "bicycle theft claim under household insurance of a named Filipino nurse in Düsseldorf, policy and address",
  frm=ADDR("demir"), to="Jocelyn Macaraeg <jocelyn.macaraeg@gmail.example>",
  subj="Your bicycle theft – claim HR-26-206018",
  date="2026-06-04 13:47", sig="demir", sigstyle="short",
  body="""Dear Ms Macaraeg,

thank you for reporting the theft of your e-bike. With the police confirmation (Polizei Düsseldorf, Vorgangsnummer 260531-0917-0412) and the purchase receipt we can settle your claim under your household policy HR 5520 417 (bicycle clause, limit EUR 3,000):

- e-bike Cube Kathmandu Hybrid, bought 14/04/2025, EUR 2,899.00
- stolen on 30/05/2026 between 22:00 and 06:30 from the locked bike room at Kölner Landstraße 211, 40591 Düsseldorf
- deduction: none (the bike was locked with a frame lock and chain)

We'll transfer EUR 2,899.00 to your account within a few days. If the police find the bike, please tell us – you can then choose to keep the money or the bike.

Kind regards,
Aylin Demir""")

M("S", "de", "insurer-to-partner", "Großschadenmeldung an den Stop-Loss-Rückversicherer: Frühgeburt in der 26. SSW mit Intensivbehandlung in Singapur, Name des Kindes",
  frm=ADDR("stone"), to="Schadenabteilung Leben/Kranken <schaden-lk@rheinland-rueck.example>", lang="de",
  subj="GlobalCare Stop Loss 2026 – Großschadenmeldung Nr. 4 – Baby Tan",
  date="2026-09-29 14:08", sig="stone",
  body="""Sehr geehrte Damen und Herren,

gemäß Art. 9 des Stop-Loss-Vertrags (Meldegrenze 150.000 EUR je versicherte Person) melden wir folgenden Großschaden:

Versicherte Person: Ethan Tan Wei Jie, geboren 02.08.2026 (Neugeborenes, mitversichert über Mutter Frau Tan Mei Ling, Mitgliedsnr. GCX-0710023-02)
Ereignis: Frühgeburt in der 26+3 SSW (P07.2, P22.0 Atemnotsyndrom), seitdem auf der neonatologischen Intensivstation des KK Women's and Children's Hospital, Singapur
Bisheriger Aufwand: 212.400 SGD (ca. 146.000 EUR), voraussichtlicher Gesamtaufwand lt. Case Management 380.000 – 450.000 EUR
Prognose: stabil, Entlassung frühestens Mitte November

Die Rechnungen und der Verlaufsbericht liegen für Sie im Portal-Ordner „Stop Loss 2026 / 4“ bereit.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: first-aid training for the London office, no individual health data",
  frm=ADDR("richter"), to="london-office@versicherer.example",
  subj="First aid at work course – London office – volunteers wanted",
  date="2026-02-03 12:30", sig="richter", sigstyle="short",
  body="""Dear London colleagues,

to meet the HSE requirement of one qualified first-aider per 50 staff, we need three more volunteers for the 3-day First Aid at Work course (St John Ambulance, Aldgate, 10–12 March 2026).

The course covers CPR and the use of the AED (it's behind reception, next to the lifts), choking, bleeding, burns, fractures, and recognising heart attack and stroke. You get a certificate valid for 3 years and a GBP 300 annual allowance.

Please reply to me by 20 February if you're interested. Also: the first-aid kit on floor 4 has been restocked, and the accident book is now electronic (Facilities > Incident report).

Thanks,
Anja""")

M("C", "en", "insurer-to-broker", "professional-indemnity claim against a named sole-trader architect in the Netherlands, no injury",
  frm=ADDR("oltmanns"), to="Maarten Visser <m.visser@oranjepoort-assurantien.example>",
  subj="PI claim – ir. Femke Bosman (eenmanszaak) – Villa Wassenaar – our ref HP-26-301477",
  date="2026-05-13 11:15", sig="oltmanns",
  body="""Dear Maarten,

thank you for forwarding the claim letter. Our insured, ir. Femke Bosman, trades as a sole proprietor (Bosman Architectuur, KvK 71234567) under the professional indemnity policy BHV-NL-2023-0419.

The claimants, Mr and Mrs Van Leeuwen (Rijksstraatweg 44, Wassenaar), allege that the design of the roof terrace did not comply with the Bouwbesluit (railing height 1.00 m instead of 1.20 m) and claim EUR 38,500 for the rebuilding. Nobody was injured; the municipality issued an enforcement notice on 2 April 2026.

We accept the notification. Before we comment on liability, we need:
- the architect's contract and the approved drawings,
- the correspondence with the contractor about the railing,
- Ms Bosman's own statement.

Please ask Ms Bosman not to admit liability towards the claimants.

Kind regards,
Jens Oltmanns""")

M("N", "en", "insurer-to-customer", "one-time password mail of the secure portal, no content",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="m.okeke@gmail.example",
  subj="Your one-time password for the Versicherer SecureMail portal",
  date="2026-03-12 14:02", client="system", mailer="Siegel Portal",
  body="""Hello,

a secure message from Versicherer is waiting for you in our SecureMail portal.

Your one-time password: Q7v-4kT-9xw

You will receive a second e-mail with the link to register. Please log in with your e-mail address and this one-time password, then choose your own password and a security question.

The one-time password is valid for 14 days. For security reasons we do not include the content of the message in this e-mail.

This is an automatically generated e-mail. Please do not reply.

Versicherer · SecureMail · https://securemail.versicherer.example""")

M("S", "en", "insurer-to-customer", "accident insurance benefit for a named Polish worker in Ireland: partial finger amputation, disability percentage",
  frm=ADDR("albrecht"), to="Marek Dąbrowski <marek.dabrowski@eircom.example>",
  subj="Your accident claim UF-26-00477 – benefit decision",
  date="2026-07-07 10:40", sig="albrecht",
  body="""Dear Mr Dąbrowski,

we have received the report of Mr. Ciarán Flood, consultant hand surgeon at Cork University Hospital, dated 24/06/2026.

On 03/02/2026 you injured your right hand with a circular saw while working on a building site in Cork. The index finger had to be amputated at the middle joint (PIP joint) and the middle finger has reduced movement in the end joint.

Under your personal accident policy UV 5502 7781 (sum insured EUR 100,000, progression 225 %) the degree of permanent impairment is:
- index finger, loss at the middle joint: 2/3 of 10 % = 6.67 %
- middle finger, stiffness of the end joint: 1/2 of 1/3 of 5 % ≈ 0.83 %
Total: 7.5 % → benefit EUR 7,500.00

The daily hospital allowance for 4 days (EUR 200.00) was already paid in February. The final assessment can be reviewed at your request up to 3 years after the accident.

If you would like this letter in Polish, please tell us – we'll gladly send a translation.

Kind regards,
Miriam Albrecht""")

M("N", "en", "insurer-to-supplier", "trap: purchase order for AEDs and first-aid kits for foreign offices",
  frm=ADDR("krueger"), to="Orders <orders@medisafe-supply.example>",
  subj="PO 4500218834 – AEDs and first aid kits – London, Manila, Dubai",
  date="2026-05-06 09:00", sig="krueger",
  body="""Dear Sir or Madam,

please deliver according to your quote Q-26-1188:

[[po]]

Delivery addresses: see attached shipping list on file with your account manager (our offices in London, Taguig City and Dubai DIFC). Please include the local-language instructions and register the AEDs with the manufacturer's maintenance service (battery and pad expiry reminders to facilities@versicherer.example).

Invoice to: Versicherer Holding AG, Accounts Payable, Rheinuferstraße 12, 50667 Köln, quoting the PO number.

Kind regards,
Stefan Krüger""",
  tables={"po": ([["Item", "Qty", "Unit price", "Total"],
                  ["AED Philips HeartStart FRx incl. cabinet", "3", "EUR 1,640.00", "EUR 4,920.00"],
                  ["Spare pads adult", "6", "EUR 68.00", "EUR 408.00"],
                  ["Paediatric key", "3", "EUR 112.00", "EUR 336.00"],
                  ["First aid kit BS 8599-1 large", "10", "EUR 54.50", "EUR 545.00"]], "pad")})

M("C", "de", "insurer-to-customer", "Reiserücktritt wegen Arbeitsplatzverlust (kein Gesundheitsbezug): Kundin, Vertragsnummer, Erstattungsbetrag",
  frm=ADDR("seidel"), to="Svenja Marquardt <svenja.marquardt@web.example>", lang="de",
  subj="Ihre Reiserücktrittsversicherung – Stornierung Kapstadt – Schaden RR-26-05512",
  date="2026-08-25 12:30", sig="seidel",
  body="""Sehr geehrte Frau Marquardt,

vielen Dank für die Kündigungsbestätigung Ihres Arbeitgebers und die Stornorechnung des Reiseveranstalters.

Ihr Arbeitsverhältnis wurde am 31.07.2026 betriebsbedingt gekündigt; die Reise nach Kapstadt (Abreise 12.10.2026) haben Sie am 04.08.2026 storniert. Der unerwartete Verlust des Arbeitsplatzes durch betriebsbedingte Kündigung ist nach Ihrem Vertrag RR 3309 7215 ein versichertes Ereignis.

Erstattung:
Stornokosten lt. Rechnung Südwind Reisen: 2.184,00 EUR
abzüglich Selbstbehalt 20 %: 436,80 EUR
Auszahlung: 1.747,20 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto bei der Sparkasse KölnBonn.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: global-programme country matrix (admitted/non-admitted rules), no persons",
  frm=ADDR("hughes"), to="global-programmes@versicherer.example",
  subj="Updated country matrix – non-admitted insurance rules (Q3 2026)",
  date="2026-08-19 10:20", sig="hughes", sigstyle="short",
  body="""All,

the country matrix is updated (Teams > Global Programmes > Compliance). Main changes this quarter:

- India: non-admitted cover still not permitted; local policy mandatory for all lines, premium tax 18 % GST on local premium
- Nigeria: NAICOM confirmed again that marine cargo imports must be insured locally – no FINC/DIC on master for imports
- Philippines: non-admitted allowed for reinsurance only; health benefits for local employees must be placed with an HMO or local insurer
- Poland and Spain (EEA): FOS possible, master can be issued directly with local tax registration
- Australia: non-admitted permitted under the "unauthorised foreign insurer" rules with declaration to APRA – check the 10 % UFI tax

Reminder: no employee names or salaries in the programme structure files – those belong in the local benefits files only.

Gareth""")

# ---------------------------------------------------------------- batch 5

M("S", "en", "insurer-to-doctor", "request to a Lagos physician for medical records of a named member within the contestability period (hypertension, stroke)",
  frm=ADDR("hasselbach"), to="Dr. Ngozi Okafor-Eze <ngozi.eze@lekki-family-clinic.example>",
  subj="Request for medical records – Mr. Babatunde Ogunleye (DOB 19/10/1969)",
  date="2026-06-16 11:30", sig="hasselbach",
  body="""Dear Dr. Okafor-Eze,

your patient, Mr. Babatunde Ogunleye, born 19/10/1969, is insured with us under an international group life and health plan. He suffered a stroke on 28 May 2026 and a claim for critical illness benefit has been submitted.

As the cover started on 1 September 2025, we are required to review his medical history for the 5 years before that date. Mr. Ogunleye has signed the enclosed authorisation to release medical information (copy attached to the secure message).

Could you kindly send us:
1. a summary of consultations since September 2020, including blood pressure readings;
2. the dates on which antihypertensive medication was first prescribed, and the names and doses;
3. any referral to a cardiologist or neurologist.

Please send the records through our secure portal (link in the notification) and not by normal e-mail. We will reimburse your fee of up to NGN 75,000 on receipt of an invoice.

Thank you very much for your help.

Yours sincerely,""")

M("N", "en", "internal", "trap: ZIP with an anonymised claims extract (age band, ICD chapter, country, amounts) and a README for analytics",
  frm=ADDR("okafor"), to=ADDR("raman"),
  subj="Anonymised GlobalCare claims extract for the fraud-analytics PoC",
  date="2026-03-31 16:05", sig="okafor", sigstyle="short",
  body="""Priya,

here is the extract for the PoC, as agreed with the DPO: no member IDs, no dates of birth, no provider names, dates shifted to month, age in 10-year bands, cells with fewer than 5 claims dropped. README inside.

Please keep it on the analytics share only.

Chidi""",
  att=[ZIP("globalcare_claims_anon_2025.zip", [
      TXT("README.txt", """GlobalCare claims extract 2025 – anonymised
Created 2026-03-31 by Life/Health Actuarial for the fraud-analytics proof of concept.

Columns: month; country_of_treatment; age_band; gender; icd10_chapter; setting (IP/OP/DC); n_claims; billed_eur; paid_eur
Anonymisation: k >= 5 per row, no identifiers, no free text. Approved by the DPO (ticket DP-2026-031).
Do not join with other data sets.
"""),
      CSV("claims_2025_anon.csv", [
          ["month", "country_of_treatment", "age_band", "gender", "icd10_chapter", "setting", "n_claims", "billed_eur", "paid_eur"],
          ["2025-01", "TH", "30-39", "M", "I Infectious", "IP", "17", "61230", "58810"],
          ["2025-01", "AE", "40-49", "F", "XV Pregnancy", "IP", "23", "188400", "176950"],
          ["2025-02", "SG", "30-39", "F", "V Mental", "OP", "41", "22870", "21990"],
          ["2025-02", "US", "50-59", "M", "IX Circulatory", "IP", "6", "402110", "371200"],
          ["2025-03", "PH", "20-29", "M", "I Infectious", "IP", "12", "18240", "18240"],
          ["2025-03", "IN", "40-49", "M", "XIII Musculoskeletal", "DC", "9", "31400", "28770"],
      ], sep=","),
  ])])

M("C", "en", "company", "Dutch client's fleet list for the global motor programme: named drivers with birth dates and plates (XLSX), no accidents with injuries",
  frm=ADDR("engel"), to=ADDR("hughes"),
  subj="FW: Fleet list NL + BE for renewal – Van Houten Techniek",
  date="2026-10-12 09:44", sig="engel", sigstyle="name",
  body="""Gareth, fleet list for the Benelux local policies attached. Young drivers flagged in column G – 3 under 25, that triggers the young-driver excess. Can you confirm the master doesn't cover that excess? Rüdiger

-----Original Message-----
From: Ellen Kuipers <e.kuipers@vanhouten-techniek.example>
Sent: Friday, 9 October 2026 15:30
To: Rüdiger Engel <ruediger.engel@versicherer.example>
Subject: Fleet list NL + BE for renewal

Hello Mr Engel,

Here the fleet list per 1-10-2026 as promised. 4 cars are new since last year (marked green in our system, in the file they are the last 4 rows). The damage history you have already from Mr De Jong.

With kind regards,
Ellen Kuipers
Fleet & Facility coordinator""",
  att=[XLSX("VanHouten_fleet_2026-10-01.xlsx", {"Fleet": [
      ["Plate", "Country", "Make/model", "First reg.", "Main driver", "Driver DOB", "Young driver", "Value EUR"],
      ["K-482-TS", "NL", "VW Crafter", "2022-03-14", "Ruben Hoogland", "1981-05-02", "", 38900],
      ["V-731-GP", "NL", "Ford Transit Custom", "2023-06-01", "Daan Verbeek", "2002-09-17", "yes", 34200],
      ["1-XHL-884", "BE", "Renault Master", "2021-11-09", "Kevin Peeters", "1990-01-25", "", 29800],
      ["S-109-NR", "NL", "Skoda Enyaq", "2024-02-20", "Ellen Kuipers", "1986-07-11", "", 47500],
      ["T-652-ZV", "NL", "VW ID.Buzz Cargo", "2026-04-03", "Milan de Wit", "2003-12-08", "yes", 52100],
      ["2-AFP-210", "BE", "Citroën Jumpy", "2026-05-12", "Sofie Claes", "2001-03-30", "yes", 33600],
      ["X-300-KB", "NL", "BMW i4", "2026-06-28", "Ruud van Houten", "1967-08-19", "", 61200],
      ["X-301-KB", "NL", "Tesla Model Y", "2026-09-01", "Marieke Smits", "1979-04-04", "", 49900],
  ]}, author="Ellen Kuipers")])

M("S", "en", "insurer-to-customer", "body only refers to an attached settlement letter; the PDF holds a named Spanish member's physiotherapy and orthopaedic claims (lumbar disc herniation)",
  frm=ADDR("whitfield"), to="Iñaki Etxeberria <inaki.etxeberria@euskalnet.example>",
  subj="Your settlement letter",
  date="2026-04-07 15:20", sig="whitfield", sigstyle="short",
  body="""Dear Mr Etxeberria,

please find your settlement letter attached.

Kind regards,
Emma Whitfield""",
  att=[PDF("Settlement_2026-04-07.pdf", [
      ("h", "Claim settlement"),
      "Mr Iñaki Etxeberria\nCalle Autonomía 14, 4º izq.\n48010 Bilbao, Spain\n\nMembership no. GCX-0451177-01 – GlobalCare Plus, Area 2\nCologne, 7 April 2026",
      "Dear Mr Etxeberria,\nwe have processed your claims received on 30 March 2026. The diagnosis stated on the invoices is a lumbar disc herniation L5/S1 with sciatica (M51.1).",
      ("t", [["Date", "Provider", "Service", "Claimed", "Paid"],
             ["02/03/2026", "Dr. Jon Arrieta, Traumatología", "Specialist consultation", "EUR 120.00", "EUR 96.00"],
             ["05/03/2026", "Clínica IMQ Zorrotzaurre", "MRI lumbar spine", "EUR 310.00", "EUR 248.00"],
             ["09/03–27/03/2026", "Fisioterapia Deusto", "Physiotherapy, 8 sessions", "EUR 360.00", "EUR 288.00"],
             ["12/03/2026", "Farmacia Indautxu", "Pregabalin 75 mg, ibuprofen 600 mg", "EUR 23.40", "EUR 18.72"]]),
      "Total paid: EUR 650.72 to your account ending 3391. Co-insurance 20 % as per your plan.",
      ("small", "Versicherer Krankenversicherung a.G. · Rheinuferstrasse 12 · 50667 Cologne · Germany"),
  ], title="Settlement letter", author="International Health Services")])

M("N", "de", "insurer-to-partner", "Falle: Pressemitteilung zum Ausbau der Direktabrechnung mit Krankenhäusern in Asien, keine Personen",
  frm=ADDR("baumann"), to="Presseverteiler <presse@lists.versicherer.example>", lang="de",
  subj="Pressemitteilung: Versicherer erweitert Direktabrechnung für Expats in Asien",
  date="2026-05-21 10:00", sig="baumann",
  body="""PRESSEMITTEILUNG

Versicherer erweitert Direktabrechnung für Expats in Asien – 400 neue Partnerkrankenhäuser

Köln, 21. Mai 2026 – Die Versicherer Krankenversicherung a.G. baut ihr Netzwerk für internationale Krankenversicherte aus: Ab Juni rechnen weitere 400 Krankenhäuser und Kliniken in Indien, Vietnam, Indonesien und auf den Philippinen direkt mit dem Versicherer ab. Versicherte der GlobalCare-Tarife müssen bei stationären Behandlungen dort nicht mehr in Vorleistung gehen.

„Gerade bei einem Krankenhausaufenthalt in einem fremden Land ist es eine große Entlastung, wenn man sich nicht um Vorauszahlungen und Rechnungen kümmern muss“, sagt Emma Whitfield, Leiterin International Health Services.

Medizinische Unterlagen werden dabei ausschließlich verschlüsselt ausgetauscht – über Domänenverschlüsselung mit den Krankenhausgruppen oder das SecureMail-Portal des Versicherers.

Über Versicherer: Die Versicherer-Gruppe mit Sitz in Köln bietet Kranken-, Lebens- und Sachversicherungen für Privat- und Firmenkunden im In- und Ausland an.

Pressekontakt: Julia Baumann, presse@versicherer.example""")

M("C", "en", "insurer-to-broker", "ODS list of cancelled Australian travel policies with customer names, policy numbers and refunds; no health reasons",
  frm=ADDR("seidel"), to="Glenn Whitlock <glenn@whitlockinsurance.com.au.example>",
  subj="Cancellations during cooling-off period – March 2026",
  date="2026-04-02 07:15", sig="seidel", sigstyle="short",
  body="""Hi Glenn,

attached the list of your clients who cancelled within the 21-day cooling-off period in March, with the refunds we made. Please reverse the commission on these in your April statement (we'll offset it automatically otherwise).

Cheers,
Ines""",
  att=[ODS("Cancellations_AU0077_2026-03.ods", {"March 2026": [
      ["Policy no", "Policyholder", "Issue date", "Cancel date", "Premium AUD", "Refund AUD", "Reason"],
      ["TRV-AU-2026-003918", "Kylie Hampton", "02/03/2026", "09/03/2026", 412.00, 412.00, "trip postponed"],
      ["TRV-AU-2026-004002", "Rajiv & Meena Pillai", "04/03/2026", "20/03/2026", 689.50, 689.50, "bought cover with credit card"],
      ["TRV-AU-2026-004230", "Connor O'Sullivan", "11/03/2026", "12/03/2026", 155.00, 155.00, "duplicate purchase"],
      ["TRV-AU-2026-004391", "Thi Lan Nguyen", "18/03/2026", "31/03/2026", 298.00, 298.00, "no reason given"],
  ]})])

M("S", "en", "lawyer", "UK solicitor's personal-injury claim for a passenger injured in Spain by our insured: whiplash and shoulder injury, medical report; forwarded to legal",
  frm=ADDR("nowak"), to=ADDR("schreiber"),
  subj="FW: Letter of claim – our client Mrs Deborah Lane – RTA Alicante 02/05/2026",
  date="2026-06-11 14:40", sig="nowak", sigstyle="short",
  body="""Carola,

injury claim from a UK solicitor under the Rome II / direct action route – our insured (Mr. Kai Brenneke, KF 41 118 902) caused the collision in Alicante. Liability is clear. Can you take the quantum part? English law on damages won't apply, but they argue it anyway. Medical report attached to their mail, summary below.

Agnieszka

-----Original Message-----
From: Amira Hussain <a.hussain@northgate-solicitors.example>
Sent: 10 June 2026 17:05
To: claims-intl@versicherer.example
Subject: Letter of claim – our client Mrs Deborah Lane – RTA Alicante 02/05/2026

Dear Sirs,

We are instructed by Mrs Deborah Lane (DOB 14/02/1972) of 17 Ashcombe Road, Wimbledon, London SW19 8JP in respect of injuries she sustained on 2nd May 2026 when the vehicle in which she was a front-seat passenger (taxi, Spanish registration 7712 JBR) was struck from behind by your insured's vehicle, German registration HH-KB 4471, on the N-332 near Alicante.

Our client sustained a whiplash injury (cervical sprain) and an injury to her right shoulder (partial supraspinatus tear confirmed on MRI). She was treated at Hospital General Universitario Dr. Balmis and has since undergone 14 sessions of physiotherapy in London. She was unable to work as a dental hygienist for 7 weeks.

We enclose the medical report of Mr. Gareth Pryce FRCS (Orth) dated 3rd June 2026, who anticipates a recovery period of 12–18 months for the shoulder.

Please confirm within 21 days whether liability is admitted.

Yours faithfully,
Northgate Solicitors LLP""")

M("N", "en", "internal", "trap: training handout (DOCX) on reading foreign discharge summaries with a fictitious sample patient",
  frm=ADDR("santos"), to="intl-claims-mnl@versicherer.example; intl-health@versicherer.example",
  subj="Training handout – reading discharge summaries from abroad",
  date="2026-01-19 13:00", sig="santos", sigstyle="short",
  body="""Hi all,

handout for Thursday's training attached. The example is fictitious ("Mr. A. Sample") – made up by Dr. Ochoa from several typical summaries, so you may use it in your own team trainings too.

Rhea""",
  att=[DOCX("Handout_discharge_summaries_v2.docx", [
      ("h", "Reading discharge summaries from abroad – what to check"),
      "1. Patient identity: name, date of birth and member ID must match the GOP. Watch out for different name orders (family name first in Japan, China, Korea, Hungary).",
      "2. Dates: admission and discharge dates – check the format (DD/MM vs. MM/DD). 03/04 can be 3 April or 4 March!",
      "3. Diagnosis: final diagnosis vs. admitting diagnosis. Code the final one. Unusual abbreviations: AGE (acute gastroenteritis), CAP (community-acquired pneumonia), DHF (dengue haemorrhagic fever).",
      "4. Procedures and implants: compare with the itemised bill.",
      ("h", "Example (FICTITIOUS)", 2),
      ("t", [["Field", "Example content"],
             ["Patient", "Mr. A. Sample, 45/M, member ID EXAMPLE-0000"],
             ["Admission / discharge", "01/02/20XX – 04/02/20XX"],
             ["Final diagnosis", "Community-acquired pneumonia, moderate risk (J18.9)"],
             ["Procedures", "Chest X-ray, blood cultures, IV antibiotics"],
             ["Condition on discharge", "Improved"]]),
      "What's wrong in this example? The bill lists a CT scan that is not in the summary – ask the hospital.",
  ], author="Rhea Santos")])

M("C", "en", "insurer-to-customer", "base64-encoded body: windscreen claim of a named Irish customer, registration and policy, no injuries",
  frm=ADDR("brenner"), to="Siobhán Gallagher <siobhan.gallagher@eir.example>",
  subj="Windscreen replacement – K-SG 1904 – claim KS-26-105520",
  date="2026-11-23 10:10", sig="brenner", sigstyle="short", cte="base64",
  body="""Dear Ms Gallagher,

thanks for the photo – that's a proper crack, not something a repair would fix.

Your partial cover (policy KF 40 221 873, vehicle Hyundai Kona, K-SG 1904) includes glass breakage with an excess of EUR 150. You can go to any garage, or use our partner Carglass: they come to you, the appointment for Thursday at your office (Im Mediapark 5, Köln) is confirmed. They will bill us directly; you only pay the EUR 150 excess on site.

Kind regards,
Markus Brenner""")

M("S", "en", "internal", "evacuation case log (ODT) of a named Dutch engineer with head injury after a road accident in Nigeria",
  frm=ADDR("mensah"), to="assistance-dienst@versicherer.example", cc=ADDR("whitfield"),
  subj="Case log AS-26-0812 – handover night shift",
  date="2026-08-22 06:55", sig="mensah", sigstyle="name",
  body="""Handover attached. Patient stable, flight confirmed for 11:00 local. Please keep the wife updated, she is at the Sheraton Abuja, room 412.

Kwame""",
  att=[ODT("Caselog_AS-26-0812.odt", [
      ("h", "Assistance case log AS-26-0812"),
      "Member: Mr. Sander Vos, born 07/03/1983, Dutch national, project engineer (Halvorsen Energy, group plan 7730118, member -027)",
      ("t", [["Time (WAT)", "Entry"],
             ["21/08 18:40", "Call from project HSE manager: road accident Abuja–Kaduna expressway, SUV rollover. Member conscious, head wound, confused."],
             ["21/08 19:30", "Admitted National Hospital Abuja. CT head: small subdural haematoma left frontal (S06.5), no midline shift. GCS 14."],
             ["21/08 22:10", "Our medical officer spoke with neurosurgeon on duty: no surgery indicated, monitoring 24 h, then fit for air ambulance with doctor/nurse team."],
             ["22/08 02:15", "Air ambulance Abuja – Johannesburg booked (provider AeroMed SA), GOP EUR 41,000 issued. Receiving: Milpark Hospital neurosurgery."],
             ["22/08 05:50", "Repeat CT stable. GCS 15. Wife informed by phone."]]),
      "Next steps: confirm landing permit; inform employer (only: member stable and being transferred – no medical details without consent).",
  ])])

M("N", "en", "newsletter", "trap: London-market innovation event invitation, no personal data",
  frm="Versicherer London Branch <london-events@versicherer.example>", to="london-market-contacts@lists.versicherer.example",
  subj="Join us: Parametric cargo cover – breakfast briefing, Leadenhall Street, 3rd March",
  date="2026-02-10 08:30", client="system", html=True,
  body="""Dear colleague,

we'd be delighted to welcome you to a breakfast briefing at our London branch:

Parametric cover for temperature-controlled cargo – how IoT data is changing claims

Tuesday, 3rd March 2026, 08:00–09:30
Versicherer London Branch, 88 Leadenhall Street, London EC3A 3BP

With Daniel Osei (Marine Cargo, Versicherer) and guests from a reefer-monitoring start-up from Rotterdam. We'll show how trigger-based payouts work when a container's temperature log breaches a threshold, and what that means for surveys, subrogation and the Hague-Visby time bars.

Please RSVP by 24th February: https://events.versicherer.example/parametric-cargo

Coffee and bacon rolls from 07:45.

Versicherer Allgemeine Versicherung AG, London Branch. Authorised by BaFin and the PRA; subject to regulation by the FCA and limited regulation by the PRA.""")

M("C", "de", "insurer-to-customer", "Kfz-Unfall in Polen: polnischer Geschädigter, Kennzeichen, Schadennummer, niemand verletzt; iso-8859-1",
  frm=ADDR("nowak"), to="Werner Schmitz <werner.schmitz@t-online.example>", lang="de", charset="iso-8859-1",
  subj="Ihr Unfall in Poznań – Schadennummer KS-26-102245",
  date="2026-04-14 13:22", sig="nowak", sigstyle="short",
  body="""Sehr geehrter Herr Schmitz,

danke für Ihren Anruf. Zusammengefasst:

Am 10.04.2026 sind Sie mit Ihrem Wohnmobil (Knaus Sky TI, Kennzeichen BM-WS 66) auf dem Parkplatz eines Supermarkts in Poznan beim Rangieren gegen den geparkten Opel Astra von Herrn Krzysztof Nowicki (PO 3J118) gestoßen. Verletzt wurde niemand, Herr Nowicki war nicht im Fahrzeug.

Wir haben den Schaden an unser polnisches Partnerbüro übergeben; dort wird Herr Nowicki direkt betreut. Für Sie ist nichts weiter zu tun. Ihr Schadenfreiheitsrabatt wird nur belastet, wenn wir mehr als 500 Euro zahlen; den Schaden können Sie dann innerhalb von 6 Monaten selbst zurückkaufen.

Mit freundlichen Grüßen
Agnieszka Nowak""")

M("S", "en", "insurer-to-customer", "maternity: high-risk twin pregnancy of a named Polish member, pre-approval of hospital delivery and specialist monitoring",
  frm=ADDR("banerjee"), to="Zofia Kaczmarek <zofia.kaczmarek@wp.example>",
  subj="Re: twin pregnancy – what is covered?",
  date="2026-02-02 10:05", sig="banerjee",
  body="""Dear Zofia,

congratulations on your pregnancy! Thank you for sending the letter from Dr. Magdalena Sowa (Szpital Medicover Warszawa).

As your pregnancy is a monochorionic twin pregnancy with a higher risk (O30.0), Dr. Sowa recommends ultrasound checks every 2 weeks from week 16 and a planned delivery in week 36–37, probably by caesarean section. Everything she listed is covered under your GlobalCare Premium maternity benefit, and the complications cover applies without limit if, for example, twin-to-twin transfusion syndrome is diagnosed and treatment (laser therapy) is needed.

What we need from you:
- the expected date of delivery (you wrote "around 20th of July" – please send the official one from Dr. Sowa),
- a pre-admission notice from Medicover about 4 weeks before the planned delivery.

Both babies can be added to your policy from birth without medical questions if you register them within 30 days.

All the best,
Anika""",
  quote=Q("""On 30.01.2026 at 19:22 Zofia Kaczmarek wrote:
Dear Madam, I am pregnant with twins (my doctor say it is one placenta so more risk). My doctor want to see me every 2 weeks and maybe I have to deliver early in hospital. Is this covered by my insurance GCX-0380041-01? Also are the babies insured automatically? Thank you, Zofia"""))

M("N", "en", "insurer-to-broker", "trap: links to recorded webinars on the expat claims process, no personal data",
  frm=ADDR("whitfield"), to="Priya Nair <priya.nair@lotusbridge-brokers.example>; Jun Aquino <jun.aquino@pacificcrest-brokers.ph.example>; Tunde Bakare <tunde.bakare@crestline-brokers.ng.example>",
  subj="Recordings: \"How GlobalCare claims work\" (EN) – for your client service teams",
  date="2026-03-20 09:25", sig="whitfield", sigstyle="short",
  body="""Dear partners,

thank you to everyone who joined the webinars last week. The recordings are now available (partner portal > Training > GlobalCare):

1. Submitting claims in the member app – 18 min
2. Pre-authorisation: when it's needed and how long it takes – 22 min
3. Direct billing and GOPs – 25 min
4. Chronic conditions and maternity – common questions – 20 min

We used a fictitious member ("Alex Example") in all screen demos, so you can show the videos to your clients.

A question that came up a lot: brokers should never forward members' medical documents by normal e-mail. If a client sends you a hospital bill, ask them to upload it in the app, or forward it to us through the SecureMail portal.

Best regards,
Emma""")

M("S", "en", "insurer-to-company", "group life new scheme: a named employee on sick leave for cancer treatment is not actively at work; Spanish employer",
  frm=ADDR("dekker"), to="Nuria Castells <nuria.castells@ferrovial-tech.es.example>",
  subj="Group life Spain – actively at work – Mr. Jordi Puig",
  date="2026-09-03 12:00", sig="dekker",
  body="""Dear Nuria,

thank you for the joiners list for the new group life and disability scheme starting 1 October 2026.

You mentioned that Mr. Jordi Puig Serra (employee no. 2208) has been on sick leave since June for chemotherapy (colon cancer) and will not be back at work on 1 October. Under the actively-at-work clause, his cover will start on the day he returns to full duties. Until then, his existing cover under the previous insurer's policy should continue – please check with them that the "continuation of cover for absent employees" (takeover clause) applies, as is usual in Spain.

For all other 146 employees cover starts on 1 October as planned.

We will treat this information confidentially; please send any further medical details only if we ask for them, and only through the portal.

Kind regards,
Joost Dekker""")

M("N", "en", "internal", "trap: underwriting committee minutes with an anonymised large-claims list (age bands, diagnosis groups)",
  frm=ADDR("hasselbach"), to="uw-committee-intl@versicherer.example",
  subj="Minutes – International UW Committee 22/07/2026",
  date="2026-07-23 17:40", sig="hasselbach", sigstyle="name",
  body="""Minutes – International Underwriting Committee, 22 July 2026
Present: Dr. Hasselbach (chair), Banerjee, Okafor, Whitfield, Nguyen. Minutes: Nguyen.

1. Large claims H1 2026 (anonymised, > EUR 150k):

[[lc]]

Discussion: oncology in the US remains the main driver. No change to underwriting rules; case management to be involved at the first pre-authorisation for any oncology case in Area 1.

2. Mental health: approval rate for psychotherapy 97 %. The committee agreed to remove the pre-authorisation for the first 8 sessions also on the Essential plan (add-on).

3. Next meeting: 21 October 2026.""",
  tables={"lc": ([["#", "Age band", "Area", "Diagnosis group", "Paid EUR"],
                  ["1", "50–59", "1 (USA)", "Oncology", "612,000"],
                  ["2", "0–9", "2", "Neonatal", "438,000"],
                  ["3", "40–49", "1 (USA)", "Cardiology", "291,000"],
                  ["4", "60–69", "2", "Oncology", "205,000"],
                  ["5", "30–39", "2", "Trauma / evacuation", "163,000"]], "pad")})

M("C", "en", "insurer-to-customer", "business-interruption claim of a sole-trader restaurant owner in Amsterdam with income figures",
  frm=ADDR("hartmann"), to="Esmée Koster <esmee@bistro-koster.nl.example>",
  subj="Business interruption after the kitchen fire – advance payment",
  date="2026-11-30 15:12", sig="hartmann",
  body="""Dear Ms Koster,

thank you for the figures from your accountant. As Bistro Koster is run as a sole proprietorship (eenmanszaak, KvK 58821044), the business interruption cover in your commercial package policy BP-NL-2025-0771 is based on your own profit and fixed costs:

- Average monthly net profit 2025 (your tax return): EUR 6,850
- Continuing fixed costs per month (rent, lease of equipment, loan interest): EUR 5,420
- Wages of your 4 employees, continued during closure: EUR 11,300 per month

The restaurant has been closed since the kitchen fire on 9 November 2026 and will reopen on 15 January 2027 at the earliest. We will pay an advance of EUR 30,000 this week to your business account NL•• INGB •••• •••• 47 and settle the rest monthly.

Kind regards,
Sven Hartmann""")

M("N", "en", "insurer-to-customer", "trap: portal notification 'new secure message', no content",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="rachel.goldberg@me.example",
  subj="You have a new secure message from Versicherer",
  date="2026-07-08 15:44", client="system", mailer="Siegel Portal",
  body="""Hello,

you have received a new secure message from Versicherer.

To read it, please log in to the SecureMail portal:
https://securemail.versicherer.example/login

The message will be kept for 90 days. You can download it as a PDF or in its original format.

For your security this e-mail does not contain the message itself. If you did not expect a message from us, please contact our customer service (+49 221 555-3000). We will never ask you for your password by e-mail or phone.

Versicherer SecureMail""")

M("S", "de", "insurer-to-customer", "Pflegegrad-Begutachtung im Ausland: in Spanien lebende Rentnerin, Demenz, Pflegetagegeld",
  frm=ADDR("yilmaz"), to="Helga Wittkowski c/o Birgit Lorenz <birgit.lorenz@gmx.example>", lang="de",
  subj="Pflegetagegeld Ihrer Mutter – Begutachtung in Alicante",
  date="2026-03-16 11:48", sig="yilmaz",
  body="""Sehr geehrte Frau Lorenz,

vielen Dank für die Vollmacht Ihrer Mutter, Frau Helga Wittkowski (geb. 22.12.1940), und den Bericht des Hausarztes in Torrevieja.

Da Ihre Mutter dauerhaft in Spanien lebt, beauftragen wir für die Einstufung ihrer Pflegebedürftigkeit einen deutschsprachigen Gutachter vor Ort (Dr. Klaus Meinhardt, Alicante). Er wird sich in den nächsten 2 Wochen bei Ihnen melden, um einen Hausbesuch zu vereinbaren.

Nach dem Bericht von Dr. Ruiz besteht eine mittelgradige Alzheimer-Demenz (G30.1, F00.1) mit zunehmender Orientierungsstörung; Ihre Mutter benötigt Hilfe bei Körperpflege, Medikamenteneinnahme und Ernährung. Wir gehen vorläufig von Pflegegrad 3 aus; dann beträgt das Pflegetagegeld aus dem Tarif PTG 60 % von 100 EUR, also 60 EUR täglich.

Das Pflegetagegeld zahlen wir rückwirkend ab Antragseingang (02.03.2026), sobald das Gutachten vorliegt.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-partner", "subrogation demand to a UK motor insurer about its named policyholder, vehicle damage only",
  frm=ADDR("schreiber"), to="Subrogation Team <recoveries@albion-motor.example>",
  subj="Recovery – your insured Mr. Liam Forsyth – accident Düsseldorf 14/08/2026 – our ref KS-26-103890",
  date="2026-10-01 10:30", sig="schreiber",
  body="""Dear Sirs,

we refer to the accident of 14 August 2026 on the A44 near Düsseldorf airport between your policyholder, Mr. Liam Forsyth (vehicle Land Rover Discovery, UK reg. YD70 KRT, your policy AM-44718832), and our policyholder's vehicle (Audi A6 Avant, D-KV 2207).

Your policyholder changed lanes without looking and collided with our insured's vehicle. The German police report (Autobahnpolizei Düsseldorf, ref. 260814-1612-044) records that Mr. Forsyth admitted this at the scene. Nobody was injured.

We have paid our policyholder under his comprehensive cover:
- repair costs: EUR 7,934.18
- loss of use (9 days): EUR 531.00
- expert's fee: EUR 842.50
Total: EUR 9,307.68

Under Section 86 of the German Insurance Contract Act these claims have passed to us. Please pay the total amount within 30 days to our account IBAN """ + IB("DE", "370400440532013000") + """ (Versicherer Allgemeine Versicherung AG), quoting our reference.

Yours faithfully,
Dr. Carola Schreiber""")

M("N", "en", "insurer-to-supplier", "trap: translation vendor's invoice query with job numbers only, no patient names",
  frm=ADDR("krueger"), to="Accounts <accounts@linguamed-translations.example>",
  subj="Invoice LM-2026-0614 – query on jobs 7712 and 7719",
  date="2026-07-01 14:18", sig="krueger", sigstyle="short",
  body="""Dear Sir or Madam,

your invoice LM-2026-0614 (June 2026, EUR 14,882.40) lists two jobs with the express surcharge that our claims team ordered as standard:

- job 7712 (TH → EN, discharge summary, 1,840 words): ordered 03/06, standard delivery
- job 7719 (PL → DE, specialist report, 2,210 words): ordered 05/06, standard delivery

Please issue a credit note for the surcharges (EUR 103.04 + EUR 123.76). We will pay the rest of the invoice as usual.

Also a reminder: please don't put patient names in the invoice line items – job numbers are enough, as per Annex 3 of our agreement. This invoice is fine in that respect, the May one wasn't.

Kind regards,
Stefan Krüger""")

M("S", "en", "insurer-to-broker", "claims listing per named employee with diagnoses for an Indian client's group health review (XLSX)",
  frm=ADDR("dekker"), to="Priya Nair <priya.nair@lotusbridge-brokers.example>",
  subj="[secure] Sundaram Precision – expat medical claims 2025/26 for the review meeting",
  date="2026-05-28 16:10", sig="dekker", sigstyle="short",
  body="""Hi Priya,

as requested, the detailed claims listing for the Sundaram Precision expat medical plan (staff seconded to Germany and Poland). You asked for it with names because the client's CHRO wants to discuss the two large cases – I'd really prefer we only show the aggregated version in the meeting itself (second sheet). Please keep the first sheet within your team.

Sent via the portal because of the [secure] tag.

Joost""",
  att=[XLSX("Sundaram_expat_claims_2025-26.xlsx", {"Detail": [
      ["Member", "Relation", "Claim date", "Country", "Diagnosis", "ICD-10", "Paid EUR"],
      ["Arvind Krishnamurthy", "Employee", "2025-11-04", "DE", "Type 2 diabetes, routine control", "E11.9", 412.30],
      ["Arvind Krishnamurthy", "Employee", "2026-02-19", "DE", "Unstable angina, PCI with stent", "I20.0", 18940.00],
      ["Deepa Raghunathan", "Employee", "2026-01-08", "DE", "Pregnancy, routine care", "Z34.0", 1288.00],
      ["Mohammed Irfan Basha", "Employee", "2025-12-02", "PL", "Appendicitis, appendectomy", "K35.8", 6420.50],
      ["Suresh Babu Natarajan", "Employee", "2026-03-15", "DE", "Lumbar disc herniation", "M51.1", 2210.00],
  ], "Aggregated": [
      ["Category", "Claims", "Paid EUR"],
      ["Inpatient", "2", "25360.50"],
      ["Outpatient incl. maternity", "3", "3910.30"],
  ]}, author="Joost Dekker")])

M("N", "en", "internal", "trap: charity run for mental-health awareness, no individual health data",
  frm=ADDR("baumann"), to="all-staff@versicherer.example",
  subj="Run for Mental Health 2026 – sign up for Team Versicherer!",
  date="2026-08-31 11:00", sig="baumann", sigstyle="short",
  body="""Dear colleagues,

on Sunday, 4 October, the "Run for Mental Health" takes place along the Rhine (5 km and 10 km, walkers welcome). Last year 84 of us ran and raised EUR 6,200 for a counselling hotline for young people.

This year our offices in London, Manila and Dubai are joining with virtual runs – log your km in the app between 1 and 4 October.

Every registered runner gets a team shirt, and the company donates EUR 25 per finisher. Sign up on the intranet (Community > Run 2026) by 20 September.

Also worth knowing: our Employee Assistance Programme offers free, anonymous counselling for all staff and their families, 24/7, in 30 languages. The number is on the back of your staff ID.

See you at the start line!
Julia""")

M("C", "en", "company", "shipowner's crew list for a war-risk additional premium: crew names, ranks, birth dates and passport numbers",
  frm=ADDR("osei"), to="war-risks@versicherer.example",
  subj="FW: MV Nordic Tern – Red Sea transit – crew list for AP declaration",
  date="2026-03-23 08:30", sig="osei", sigstyle="name",
  body="""Please issue the AP quote for the Bab-el-Mandeb transit. War underwriters want the persons on board for the transit declaration, crew list below. D.

-----Original Message-----
From: Ilse Hendriks <crewing@noordzee-shipping.example>
Sent: Sunday, 22 March 2026 20:14
To: Daniel Osei <daniel.osei@versicherer.example>
Subject: MV Nordic Tern – Red Sea transit – crew list

Dear Daniel,

Nordic Tern will transit Suez and the Red Sea southbound around 31st March. Below the crew on board as per today, for the war risk additional premium declaration.

Rank | Name | Nationality | Date of birth | Passport
Master | Henk Oosterhuis | NL | 11-01-1970 | NX4471928
Chief Officer | Andrii Melnyk | UA | 24-06-1985 | FP118203
2nd Engineer | Oleksandr Hrytsenko | UA | 03-09-1988 | FT772091
Bosun | Reynaldo P. Castro | PH | 15-05-1976 | P4432197B
AB | Jerome M. Dela Cruz | PH | 29-10-1994 | P8810443A
OS | Mark Anthony Salazar | PH | 07-02-2001 | P2231987C
Cook | Ramil Hasanov | AZ | 19-08-1982 | C02718854

Regards,
Ilse Hendriks
Crewing Manager, Noordzee Shipping B.V., Groningen""")

M("N", "de", "internal", "Falle: Umstellung des Bordereau-Formats im Rückversicherungsvertrag, nur aggregierte Felder",
  frm=ADDR("stone"), to="reinsurance-team@versicherer.example; rw-rechnungswesen@versicherer.example", lang="de",
  subj="Neues Bordereau-Format ab Q3 (Travel QS mit Atlas Re)",
  date="2026-06-24 13:30", sig="stone", sigstyle="short",
  body="""Hallo zusammen,

Atlas Re stellt zum Q3 auf das Lloyd's-Coverholder-Standardformat v5.2 um. Für uns heißt das:

- Prämien-Bordereau: je Land und Produkt eine Zeile (Anzahl Policen, Bruttoprämie, Steuer, Provision) – keine Einzelpolicen mehr
- Schaden-Bordereau: Summen je Schadenart (Storno, Reisekranken, Gepäck, Assistance) und Land; Einzelschäden nur über 25.000 EUR, und dann nur mit Schadennummer, ohne Namen und ohne Diagnose
- Datumsformat YYYY-MM-DD, Beträge mit Punkt als Dezimaltrennzeichen

Die Vorlage liegt im Teamordner. Erste Lieferung im neuen Format: 15.10.2026 für Q3.

Viele Grüße
Rebecca""")

# ---------------------------------------------------------------- batch 6

M("S", "de", "internal", "interne Rückfrage: auffällige Mammographie und Biopsie einer namentlich genannten Expat-Versicherten in Shanghai",
  frm=ADDR("brandt"), to=ADDR("banerjee"), lang="de",
  subj="Frau Dr. Lindemann, Shanghai – Biopsie vorab genehmigen?",
  date="2026-05-11 08:47", sig="brandt", sigstyle="name",
  body="""Hallo Anika,

die Versicherte Frau Dr. Katrin Lindemann (GCX-0301188-01, entsandt nach Shanghai, Tarif GlobalCare Premium) hat heute früh bei uns angerufen, weil das Parkway Health Center nach einer auffälligen Mammographie (BI-RADS 4, Herdbefund links) eine stanzbioptische Abklärung für Mittwoch angesetzt hat und vorher eine Kostenzusage will. Geschätzt 18.500 CNY inkl. Histologie.

Sie ist verständlicherweise sehr aufgeregt. Ambulante Diagnostik braucht nach GlobalCare-Bedingungen eigentlich keine Zusage – kannst du dem Haus kurz eine GOP schicken, damit sie nicht vorstrecken muss? Und falls es maligne ist, sollten wir gleich Case Management einbinden; sie hat angedeutet, dass sie dann zur Behandlung nach Deutschland möchte.

Danke!
Gerrit""")

M("N", "en", "insurer-to-broker", "trap: aggregated claims review for a client meeting, no member names or diagnoses per person",
  frm=ADDR("dekker"), to="Priya Nair <priya.nair@lotusbridge-brokers.example>",
  subj="Sundaram Precision – review meeting slides (aggregated only)",
  date="2026-06-02 10:30", sig="dekker", sigstyle="short",
  body="""Hi Priya,

here are the figures for the slides on Thursday – aggregated only, as agreed:

[[agg]]

Loss ratio 2025/26: 71 % (premium EUR 41,200, paid EUR 29,270). Two inpatient cases drive most of the cost; no need to describe them further in the meeting. Renewal proposal: +6 % (medical trend) with no experience loading.

Joost""",
  tables={"agg": ([["Category", "Members", "Claims", "Paid EUR"],
                   ["Inpatient", "11", "2", "25,360"],
                   ["Outpatient (all types, incl. maternity)", "11", "18", "3,910"],
                   ["Total", "11", "20", "29,270"]], "pad")})

M("C", "en", "insurer-to-customer", "Schengen visa travel-insurance certificates for a named Filipino family: birth dates and passport numbers, no health data",
  frm=ADDR("seidel"), to="Arnel Santos <arnel.santos@gmail.example>",
  subj="Travel insurance certificates for your Schengen visa – policy TRV-PH-2026-00871",
  date="2026-04-21 05:30", sig="seidel", sigstyle="short",
  body="""Dear Mr. Santos,

thank you for your payment. Attached in your customer portal you will find the visa certificates for the German embassy in Manila. For your reference, the certificates show:

1. Arnel D. Santos, born 12 March 1982, passport P7781204A
2. Rowena C. Santos, born 30 August 1985, passport P5520917B
3. Gabriel C. Santos, born 4 January 2015, passport P9903318C

Period of insurance: 10/06/2026 – 09/07/2026, all Schengen states, medical expenses up to EUR 30,000, no deductible – this meets the visa requirements.

If the embassy issues the visa for different dates, just send us the new dates; changing the certificate is free.

Have a wonderful visit to your sister in Hamburg!
Ines Seidel""")

M("S", "en", "insurer-to-customer", "cover of antiretroviral HIV therapy for a named member in Thailand (sexual health)",
  frm=ADDR("banerjee"), to="Nattapong S. <nattapong.s@proton.example>",
  subj="Re: Is my medication covered? (confidential)",
  date="2026-07-27 14:44", sig="banerjee", sigstyle="short",
  body="""Dear Khun Nattapong,

thank you for your trust in writing to us. I can confirm:

- Your antiretroviral therapy (bictegravir/emtricitabine/tenofovir alafenamide, one tablet daily) is covered 100 % under the chronic conditions benefit of your GlobalCare Plus plan (membership GCX-0655902-01). HIV infection (B20) was not excluded when your policy started.
- The 3-monthly lab tests (viral load, CD4, kidney function) at Bangkok Hospital are covered as outpatient diagnostics.
- Your employer does not receive any information about diagnoses or medication – they only see the total premium.

You can have the pharmacy bill us directly; your prescription is already registered in our system for 12 months.

Best regards,
Anika Banerjee""",
  quote=Q("""On Sun, 26 Jul 2026, Nattapong S. wrote:
Hello, I am member since March with the company plan. I am HIV positive since 2021 and on Biktarvy. Can I claim the medicine and the blood test? I paid myself until now because I was afraid the company will know. Please tell me. Thank you."""))

M("N", "en", "newsletter", "trap: wellness newsletter on sleep for internationally mobile employees, general advice",
  frm="GlobalCare Wellbeing <wellbeing@versicherer.example>", to="members-emea@lists.versicherer.example",
  subj="Jet lag, night shifts, new city: 7 tips to sleep better",
  date="2026-11-05 07:00", client="system", html=True,
  body="""Hello,

about one in three people who move abroad for work say they sleep worse in their first year. Here is what our wellbeing team recommends:

1. Keep a fixed wake-up time, also at weekends – your body clock adapts faster.
2. After a long-haul flight, get daylight in the morning at your destination and avoid it in the evening.
3. Limit caffeine after 2 pm and alcohol in the evening – both fragment sleep.
4. Keep your bedroom cool (16–19 °C) and dark; blackout curtains help in cities that never sleep.
5. Screens off 30 minutes before bed. Yes, also the news.
6. If you can't sleep after 20 minutes, get up and read something boring in dim light.
7. Talk to someone: persistent insomnia is often linked to stress. Our Member Assistance Programme offers free, confidential sessions with a counsellor – by phone or video, in your language.

Sleep well!
Your GlobalCare Wellbeing team

Unsubscribe: https://www.versicherer.example/globalcare/unsubscribe""")

M("C", "de", "insurer-to-broker", "Haftpflichtschaden im Ausland: Kunde beschädigt Ferienwohnung auf Mallorca, Vermieter namentlich, niemand verletzt",
  frm=ADDR("oltmanns"), to="Claudia Brenninkmeyer <c.brenninkmeyer@maklerhaus-muenster.example>", lang="de",
  subj="AW: Ihr Kunde Herr Wiechers – Schaden Ferienwohnung Cala d'Or",
  date="2026-09-08 15:55", sig="oltmanns", sigstyle="short",
  body="""Hallo Frau Brenninkmeyer,

danke für die Unterlagen. Zum Schaden Ihres Kunden Herrn Bernd Wiechers (PHV 71 440 2287):

Beim Aufenthalt in der Ferienwohnung von Frau Catalina Vidal Bauzà (Carrer de Sa Punta 7, Cala d'Or) ist Herrn Wiechers am 27.08.2026 ein Sonnenschirm bei Wind umgekippt und hat die Glastür zur Terrasse beschädigt. Verletzt wurde niemand. Frau Vidal verlangt 1.980 EUR lt. Kostenvoranschlag der Glaserei und hat die Kaution von 500 EUR einbehalten.

Die Mietsachschäden an Ferienunterkünften sind im Tarif mitversichert (bis 50.000 EUR, Selbstbehalt 150 EUR). Wir zahlen an Frau Vidal direkt 1.480 EUR und erstatten Herrn Wiechers die einbehaltene Kaution abzüglich Selbstbehalt, also 350 EUR.

Viele Grüße
Jens Oltmanns""")

M("N", "en", "internal", "trap: expiring S/MIME certificate of a shared mailbox, technical only",
  frm="PKI Monitoring <pki-monitor@versicherer.example>", to="it-pki@versicherer.example; intl-billing-owners@versicherer.example",
  subj="[PKI] Certificate expires in 21 days: intl.billing@versicherer.example",
  date="2026-06-09 04:00", client="system", mailer="Siegel PKI Monitor",
  body="""The following S/MIME certificate expires soon:

Subject: CN=International Billing, E=intl.billing@versicherer.example
Issuer: CN=Versicherer Issuing CA 2, O=Versicherer Holding AG
Serial: 3F:88:1C:02:AD:71:45:9E
Valid until: 2026-06-30 23:59:59 UTC
Key usage: digitalSignature, keyEncipherment; extended: emailProtection

Impact if not renewed: hospitals and TPAs encrypting to this address (S/MIME or via their gateway) will receive errors; signed mails from this mailbox will show as invalid.

Action: request renewal in the PKI portal (template "S/MIME shared mailbox"). The new certificate will be published in the certificate directory automatically.""")

M("S", "en", "insurer-to-partner", "facultative life submission: named Irish applicant with a history of melanoma, dermatology report requested",
  frm=ADDR("castillo"), to="Life Fac Desk <lifefac@atlas-re.example>",
  subj="FAC-L-26-0377 – Mr. Declan Fitzgerald – life EUR 4m – melanoma history",
  date="2026-10-14 10:55", sig="castillo", sigstyle="short",
  body="""Dear Siobhan,

a new submission for your consideration – key person cover through a Dublin broker:

Life assured: Mr. Declan Fitzgerald, born 2nd of April 1977, managing director, Dublin
Sum assured: EUR 4,000,000 term life, 15 years; our retention EUR 1,000,000
Medical history: malignant melanoma, left upper back (C43.5), pT1b, excised with wide local excision in March 2019; sentinel node biopsy negative; dermatology follow-ups 6-monthly until 2024, yearly since, no recurrence. Otherwise healthy, BMI 24, non-smoker.
Our view: standard rates from 5 years after excision per our manual; we would accept at standard, subject to the latest dermatology report (requested, expected next week).

Could you give an indication on your share (EUR 3m) based on this? The dermatology report will follow through the portal.

Thanks and regards,
Marisol""")

M("C", "en", "insurer-to-customer", "premium arrears reminder for contents insurance to a named Australian customer with bank data, no health line",
  frm=ADDR("becker"), to="Mitchell Harrington <mitch.harrington@optusnet.example>",
  subj="Reminder: unpaid premium – contents policy HR 5531 0092",
  date="2026-02-18 09:00", sig="becker",
  body="""Dear Mr Harrington,

we were unable to collect the premium of EUR 214.80 for your contents insurance (policy HR 5531 0092, flat at Brüsseler Straße 19, 50674 Köln) due on 1 February 2026. Your bank returned the direct debit with the reason "account closed" (IBAN DE89 3704 •••• •••• •••• 00).

Please transfer the amount within 14 days to:
Versicherer Allgemeine Versicherung AG
IBAN: """ + IB("DE", "370400440532013000") + """
Reference: HR55310092 / 2026-02

If we don't receive the payment, we must send you a formal notice under Section 38 of the Insurance Contract Act, and your cover may be suspended. If you have a new account, just reply with a new SEPA mandate (form attached in your portal) – we'll then collect the premium again.

Kind regards,
Hannes Becker""")

M("N", "en", "internal", "trap: personnel announcement of a new team lead in Manila, business details only",
  frm=ADDR("whitfield"), to="intl-health@versicherer.example; intl-claims-mnl@versicherer.example",
  subj="Welcome Dr. Marco Ochoa as Medical Lead, Manila hub",
  date="2026-01-05 09:00", sig="whitfield", sigstyle="short",
  body="""Dear all,

happy new year! I'm delighted to announce that Dr. Marco Ochoa joins us today as Medical Lead of our International Health Services hub in Manila.

Marco is an internist and spent the last eight years in utilisation review for a large HMO in Metro Manila, most recently heading their pre-authorisation team. He'll lead our 14 medical assessors and be the medical contact for our direct-billing hospitals in Asia.

He's based in BGC and will be in Cologne in the week of 16 February – please say hello.

Welcome aboard, Marco!
Emma""")

M("S", "en", "company", "Dubai employer sends a scanned sick-leave certificate (octet-stream PDF) with diagnosis of a named employee; body says only 'as requested'",
  frm=ADDR("stanek"), to="gip-claims@versicherer.example",
  subj="FW: as requested",
  date="2026-12-01 12:30", sig="stanek", sigstyle="name",
  body="""Zur Akte GIP-AE-2025-004 / Mr. Farouk, bitte registrieren. OS

-----Original Message-----
From: HR Operations <hr.ops@desertline-engineering.ae.example>
Sent: Tuesday, 1 December 2026 10:02
To: Oliver Stanek <oliver.stanek@versicherer.example>
Subject: as requested

Dear Oliver,

As requested.

Best regards,
HR Operations""",
  att=[PDF("SCAN_20261201_0958.pdf", [
      ("h", "MEDICAL REPORT / SICK LEAVE CERTIFICATE"),
      "Ministry of Health and Prevention – approved form\nPatient: Mr. Hassan Ibrahim Farouk   Emirates ID: 784-1979-4471820-3   DOB: 15/07/1979\nEmployer: Desertline Engineering LLC",
      "Diagnosis: Major depressive disorder, recurrent, severe without psychotic features (F33.2). Generalised anxiety. Patient under treatment with escitalopram 20 mg and quetiapine 50 mg at night.",
      "Sick leave recommended: 01/11/2026 – 31/01/2027 (3 months), to be reviewed.",
      "Dr. Layla Haddad, Consultant Psychiatrist, Kings' College Hospital London – Dubai, License DHA-P-0044718",
  ], title="Scan", author="Canon iR-ADV", octet=True)])

M("N", "de", "insurer-to-customer", "Interessentin fragt nach Auslandskrankenversicherung für ein Au-pair; allgemeine Antwort ohne Vertrags- oder Gesundheitsdaten",
  frm=ADDR("kowalski"), to="Familie Terhorst <terhorst.familie@web.example>", lang="de",
  subj="AW: Krankenversicherung für unser Au-pair aus Kolumbien",
  date="2026-07-15 11:11", sig="kowalski",
  body="""Sehr geehrte Frau Terhorst,

vielen Dank für Ihre Anfrage. Für Au-pairs aus Nicht-EU-Ländern verlangt die Bundesagentur für Arbeit eine Kranken-, Unfall- und Haftpflichtversicherung für die Dauer des Aufenthalts, die die Gastfamilie bezahlt.

Dafür gibt es unseren Tarif „Incoming Au-pair“:
- Krankenversicherung ohne Selbstbehalt, inkl. Schwangerschaft und Zahnbehandlung (schmerzstillend)
- Unfallversicherung (Invalidität 50.000 EUR)
- Privathaftpflicht (5 Mio. EUR, inkl. Schäden an Ihrem Haushalt)
- Beitrag: 49 EUR im Monat, Laufzeit frei wählbar bis 24 Monate

Den Antrag können Sie online stellen: www.versicherer.example/aupair – die Versicherungsbestätigung für die Visumsbeantragung in Bogotá erhalten Sie sofort als PDF.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "dog-on-dog bite in the Netherlands: named British customer, third-party dog's vet bill (animal health), liability policy",
  frm=ADDR("oltmanns"), to="Fiona McAllister <fiona.mcallister@gmail.example>",
  subj="Your dog liability claim – incident in Zandvoort – HP-26-302251",
  date="2026-09-29 16:20", sig="oltmanns", sigstyle="short",
  body="""Dear Ms McAllister,

thank you for reporting the incident on the beach at Zandvoort on 19th September 2026, when your dog Hamish (Border Terrier) and a Labrador belonging to Mr Joris Hendrikx got into a fight.

Mr Hendrikx has sent the invoice of Dierenkliniek Haarlem: the Labrador ("Bo") had two bite wounds on the neck that were stitched under sedation, plus antibiotics – EUR 486.50 in total. Nobody was bitten.

As both dogs were off the lead and the fight cannot be attributed clearly to one of them, we will pay 50 % of the vet bill (EUR 243.25) to Mr Hendrikx under your dog owner's liability policy THV 30 118 402, without admitting liability. Mr Hendrikx has agreed to this in principle.

Kind regards,
Jens Oltmanns""")

M("S", "en", "insurer-to-hospital", "dispute of a US hospital bill for a named member: chest-pain work-up, duplicate CT, CPT codes",
  frm=ADDR("santos"), to="Patient Financial Services <pfs-intl@lakeshore-medical.us.example>",
  subj="Account #880417726 – patient Marco Bianchi – itemised bill review",
  date="2026-12-09 17:05", sig="santos",
  body="""Dear Patient Financial Services,

we have reviewed the itemized bill for our member Mr. Marco Bianchi (DOB 11/23/1966, member ID GCX-0204478-01), ER visit and observation stay 10/14/2026 – 10/16/2026, total charges USD 38,912.40.

Our medical review (chest pain, acute coronary syndrome ruled out, final diagnosis: gastro-oesophageal reflux disease, K21.9) identified the following issues:

1. CPT 71275 (CT angiography chest) billed twice on 10/14/2026 – the radiology report shows one study. Please remove the duplicate (USD 4,870.00).
2. CPT 99223 (initial hospital care, high complexity) billed together with observation codes G0378 for the same stay – please clarify whether the stay was inpatient or observation.
3. Pharmacy line "pantoprazole 40 mg IV" billed at USD 312.00 per dose – this exceeds the reasonable and customary rate by far; we will reimburse USD 45.00 per dose.

We will pay the undisputed amount of USD 29,118.60 within 10 business days. Please do not transfer the disputed balance to collections while the review is open.

Sincerely,
Rhea Santos""")

M("N", "en", "insurer-to-partner", "trap: answer to a reinsurer's information-security questionnaire, no personal data",
  frm=ADDR("fischer"), to="Vendor Risk <vendor-risk@nordic-re.example>",
  subj="RE: Annual cyber questionnaire 2026 – Versicherer group",
  date="2026-03-13 14:35", sig="fischer",
  body="""Dear colleagues,

please find our answers to your annual questionnaire below:

Q3 Encryption of e-mail with personal/health data: All outbound mail is classified automatically. Mail containing health data is sent only via S/MIME (personal or domain certificate) or deposited in our SecureMail portal; TLS alone only with the recipient's recorded consent. Our gateway has domain encryption with your domain since 2024.
Q5 MFA: enforced for all remote access and all cloud admin accounts.
Q8 Backups: daily, immutable copies, restore test quarterly (last test: 19/02/2026, successful).
Q11 Incidents in the last 12 months: no reportable data breach under Art. 33 GDPR affecting reinsurance data.
Q14 Penetration test: external test of the portal and gateway in November 2025; 2 medium findings, both closed.

The ISO 27001 certificate (valid until 09/2027) is attached to the portal message.

Kind regards,
Tim Fischer""")

M("C", "en", "insurer-to-broker", "cargo theft in Mexico: assured company with named contact and named truck driver, no injuries",
  frm=ADDR("osei"), to="Rupert Hale <rupert.hale@aldgate-re-brokers.example>",
  subj="Hallam Electronics – hijacking Querétaro – claim MC-26-01188",
  date="2026-08-13 19:20", sig="osei",
  body="""Rupert,

registered as MC-26-01188 under OC-5520-UK-2026 (Hallam Electronics Ltd). Facts as per your mail and the carrier's report:

- 11/08/2026, approx. 03:40 local time, Highway 57 near Querétaro: truck of Transportes del Bajío S.A. de C.V. (tractor plate 41-AK-7R) stopped by armed men posing as police. Driver Mr. Jesús Alberto Ramírez was left on the roadside unharmed, truck found empty 6 hours later.
- Cargo: 1,920 units of laptop docking stations, invoice value USD 412,800
- Security warranty: our cover requires GPS tracking and no stops outside approved parking between 22:00 and 06:00. The carrier says the truck was stopped on the highway, which would not breach the warranty – we need the GPS log to confirm.

Please ask Mrs Lowry's colleague at Hallam, Mr Dev Patel (logistics), for the GPS report and the denuncia (police complaint) from the Fiscalía.

Regards,
Daniel""")

M("N", "en", "internal", "trap: data-protection working group minutes on census files sent by e-mail, no real census",
  frm=ADDR("meier"), to="dp-working-group@versicherer.example",
  subj="Minutes DP working group – census files and broker e-mail",
  date="2026-02-27 16:50", sig="meier", sigstyle="short",
  body="""Minutes, DP working group, 26/02/2026

1. Census files from clients and brokers (employee benefits): Still arriving by plain e-mail in about 40 % of cases. Agreed:
   - Brokers get a standard reply with the portal link when a census arrives unencrypted (template by Employee Benefits, J. Dekker).
   - Census files for group life, disability and health are treated as strictly confidential (personal lines), even without diagnoses.
   - Census files for pure travel or liability cover: confidential (names, birth dates).

2. Test data: UAT environments may only use synthetic members ("John Doe", "Jane Roe" etc.). One team still had a production extract from 2024 – deleted on 20/02.

3. Retention: claims e-mail in shared mailboxes older than 10 years to be reviewed by Q3.

Next meeting: 30 April.

Thomas Meier""")

M("S", "de", "insurer-to-customer", "Kostenzusage Bandscheiben-OP in Dubai für einen namentlich genannten deutschen Expat",
  frm=ADDR("banerjee"), to="Florian Stegemann <f.stegemann@icloud.example>", lang="de",
  subj="Kostenzusage – Bandscheiben-OP im Mediclinic Parkview",
  date="2026-10-19 09:12", sig="banerjee",
  body="""Hallo Herr Stegemann,

wie heute Morgen telefonisch besprochen, haben wir die Kostenübernahme für Ihre Operation erteilt:

Eingriff: mikrochirurgische Nukleotomie L5/S1 bei Bandscheibenvorfall mit Fußheberschwäche rechts (M51.1)
Krankenhaus: Mediclinic Parkview Hospital, Dubai, Dr. Samir Nassar
Aufnahme: 21.10.2026, geplant 2 Nächte
Zusage: bis 62.000 AED, Direktabrechnung mit dem Krankenhaus

Die anschließende Physiotherapie (bis 20 Sitzungen) reichen Sie bitte wie gewohnt über die App ein.

Da eine Fußheberschwäche vorliegt, ist die zeitnahe Operation aus unserer Sicht richtig; eine Verlegung nach Deutschland, wie Sie angefragt hatten, würde die Behandlung unnötig verzögern.

Gute Besserung!

Viele Grüße""")

M("C", "en", "insurer-to-customer", "legal-expenses tenancy dispute of a named Indian expat in Frankfurt: rent, deposit, landlord",
  frm=ADDR("lindqvist"), to="Harish Venkataraman <harish.v@gmail.example>",
  subj="Legal expenses – deposit dispute with your landlord – RS-26-72004",
  date="2026-06-17 12:25", sig="lindqvist", sigstyle="short",
  body="""Dear Mr Venkataraman,

thank you for your documents. We confirm cover under your legal expenses policy RS 6617 0041 (module "Tenancy") for your dispute with your former landlord, Mr Reinhold Albers:

- Flat: Schweizer Straße 88, 60594 Frankfurt am Main, rent EUR 1,480 cold + EUR 260 service charges
- Tenancy ended 31/03/2026; deposit EUR 4,440 (three months' rent)
- Landlord keeps EUR 3,900 for "renovation" and has not returned the rest either

You are free to choose a lawyer in Frankfurt. If you'd like a recommendation for an English-speaking tenancy lawyer, we can give you three names. Our cover includes the lawyer's fees for a letter before action and, if needed, court proceedings at the Amtsgericht Frankfurt, minus your EUR 150 excess.

Kind regards,
Petra Lindqvist""")

M("N", "en", "insurer-to-supplier", "trap: order for secure shredding of paper claim files at the London office",
  frm=ADDR("richter"), to="Service Desk <service@shredsafe-london.example>",
  subj="Collection request – 12 consoles + archive boxes – 88 Leadenhall Street",
  date="2026-05-18 10:40", sig="richter", sigstyle="short",
  body="""Hello,

please arrange a collection at our London branch (88 Leadenhall Street, 4th floor) on Thursday 28 May, after 15:00:

- 12 locked consoles (regular exchange)
- approx. 40 archive boxes of old marine and travel claim files (retention expired), already sealed

As before, we need on-site shredding in the truck with one of our staff present, and a certificate of destruction per collection (BS EN 15713). Please invoice against PO 4500219010.

Thanks,
Anja Richter""")

M("S", "en", "insurer-to-broker", "Nigerian broker asks about a named employee's rejected claims (malaria, typhoid) in a group health plan",
  frm=ADDR("whitfield"), to="Tunde Bakare <tunde.bakare@crestline-brokers.ng.example>",
  subj="RE: Halvorsen Energy – Mr. Chinedu Eze – rejected claims??",
  date="2026-11-11 13:33", sig="whitfield", sigstyle="short",
  body="""Dear Tunde,

I had a look at the two claims of Mr. Chinedu Eze (member 7730118-041):

1. Claim of 02/10/2026, Evercare Hospital Lekki, "malaria and typhoid fever" (B54, A01.0), NGN 385,000: not rejected – it's pending because the Widal test alone is not accepted as proof of typhoid; we asked the hospital for the blood culture result on 15 October and they haven't replied. The malaria part (positive RDT) is being paid now.
2. Claim of 17/10/2026, pharmacy, artemether-lumefantrine and ciprofloxacin: paid on 3 November, NGN 18,400.

So the only open item is the typhoid portion. If Mr. Eze can ask the hospital to send the culture result to us, we'll close it within a week.

Best regards,
Emma""",
  quote=OQ("Tunde Bakare <tunde.bakare@crestline-brokers.ng.example>", "Tuesday, 10 November 2026 16:48", "Emma Whitfield", "Halvorsen Energy – Mr. Chinedu Eze – rejected claims??",
           """Emma good afternoon,

Our client's staff Mr. Chinedu Eze is complaining seriously that his claims for malaria and typhoid were rejected, he said he has been calling the hotline and nobody is attending to him. Kindly look into this matter urgently as the HR is already on my neck.

Regards,
Tunde""", lang="en"))

M("N", "de", "internal", "Falle: Abwesenheitsnotiz mit Vertretungsregel, kein Einzelfall",
  frm=ADDR("kroeger"), to="Ute Schwarz <ute.schwarz@versicherer.example>", lang="de",
  subj="Automatische Antwort: Rückfrage Auslandsrechnungen",
  date="2026-08-03 08:14", client="system", mailer="Microsoft Exchange Server",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08.2026 im Urlaub und lese meine E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Postfach leistung-ambulant@versicherer.example. Für Auslandsrechnungen (Reisekrankenversicherung) ist während meiner Abwesenheit Herr Tobias Wendland zuständig.

Mit freundlichen Grüßen
Sabine Kröger""")

M("C", "de", "insurer-to-customer", "Transportversicherung für den Containerversand eines Oldtimers in die USA: Privatkunde, Fahrgestellnummer, Wert",
  frm=ADDR("osei"), to="Dr. Hartmut Kleinschmidt <h.kleinschmidt@kanzlei-kleinschmidt.example>", lang="de",
  subj="Versicherungsbestätigung Oldtimer-Transport Bremerhaven – Baltimore",
  date="2026-04-27 14:00", sig="osei",
  body="""Sehr geehrter Herr Dr. Kleinschmidt,

anbei die Daten Ihrer Versicherungsbestätigung für den Seetransport:

Versicherter: Dr. Hartmut Kleinschmidt, privat
Fahrzeug: Mercedes-Benz 280 SL (W113), Baujahr 1969, Fahrgestellnummer 113044-10-012771
Versicherungswert: 145.000 EUR (lt. Wertgutachten Classic Data vom 02.03.2026)
Transport: Bremerhaven – Baltimore im geschlossenen 20'-Container, Verschiffung ca. 12.05.2026, anschließend Lkw bis Greenwich, CT
Deckung: volle Deckung (ICC A) inkl. Kratzer und Beulen, Selbstbehalt 1.000 EUR
Prämie: 725,00 EUR zzgl. Versicherungsteuer

Bitte lassen Sie beim Beladen im Container Fotos machen und den Zustandsbericht unterschreiben – das erleichtert im Schadenfall alles.

Mit freundlichen Grüßen""")

M("S", "en", "internal", "escalation: a named member in the Philippines disclosed suicidal thoughts on the assistance line; crisis follow-up",
  frm=ADDR("whitfield"), to=ADDR("hasselbach"), cc="case-management@versicherer.example",
  subj="URGENT – member at risk – GCX-0731150-01",
  date="2026-12-19 23:40", client="mobile", importance="high",
  body="""Ulrike, sorry for the late mail.

Our assistance nurse took a call at 21:55 CET from Ms. Kristine Joy Manalo (member GCX-0731150-01, teacher at the international school in Cebu). She said she has had thoughts of ending her life for some weeks, no concrete plan, lives alone, no previous treatment. The nurse stayed on the line for 40 min, she agreed to see someone tomorrow.

Done so far: crisis psychiatrist at Chong Hua Hospital booked for 10:00 local tomorrow, direct billing confirmed, Manila hub will call her at 8:00 local to check in. She gave consent to contact her friend (Ms. Abigail Tan) if she does not answer.

Can you or the on-call doctor review in the morning? Everything is in the case note AS-26-1204.

Emma""")

M("N", "en", "insurer-to-partner", "trap: agenda for a reinsurer's claims audit; files reviewed on site, no file content in the mail",
  frm=ADDR("stone"), to="Claims Audit <claims-audit@nordic-re.example>",
  subj="Claims audit 17–18 November – agenda and logistics",
  date="2026-10-27 15:05", sig="stone", sigstyle="short",
  body="""Dear Lars, dear Ingrid,

we are looking forward to your claims audit of the group life & disability portfolio:

Tuesday 17/11, 09:30 – Welcome, portfolio overview (aggregate figures), claims process walk-through
Tuesday 17/11, 13:00 – File review: 40 files from your random sample (sample drawn by you from the anonymised claim number list we sent on 20/10)
Wednesday 18/11, 09:00 – File review continued, disability reassessment process
Wednesday 18/11, 14:00 – Findings and close

The files will be available on screen in a meeting room at our office only; as agreed, no file copies will leave the building or be sent by e-mail. Please bring your notes in anonymised form (claim numbers only).

Visitor passes will be at reception, Rheinuferstraße 12.

Best regards,
Rebecca""")

# ---------------------------------------------------------------- batch 7

M("C", "en", "insurer-to-customer", "annual travel policy schedule (PDF) with the customer's name, birth date, address and premium; no health content",
  frm=ADDR("seidel"), to="Aoife Brennan <aoife.brennan@gmail.example>",
  subj="Your annual multi-trip policy – schedule 2026/27",
  date="2026-09-01 10:00", sig="seidel", sigstyle="short",
  body="""Dear Ms Brennan,

thank you for renewing your annual multi-trip travel insurance. Your updated policy schedule is attached – please keep it with you when you travel (or save it on your phone).

Nothing has changed in your cover. The premium for 2026/27 is EUR 149.00 and will be collected on 15 September from your account as usual.

Safe travels!
Ines Seidel""",
  att=[PDF("Policy_schedule_TRV-IE-2026-00214.pdf", [
      ("h", "Policy schedule – Annual multi-trip travel insurance"),
      "Policy no.: TRV-IE-2026-00214\nPolicyholder: Ms Aoife Brennan, born 9th of June 1990\nAddress: Apartment 7, 21 Ranelagh Road, Dublin 6, D06 K2F8, Ireland\nPeriod: 01/09/2026 – 31/08/2027",
      ("t", [["Section", "Sum insured", "Excess"],
             ["Trip cancellation and curtailment", "EUR 5,000", "EUR 75"],
             ["Baggage", "EUR 2,000", "EUR 75"],
             ["Travel delay", "EUR 300", "none"],
             ["Personal liability", "EUR 2,000,000", "none"],
             ["Emergency medical expenses abroad", "EUR 5,000,000", "none"]]),
      "Annual premium: EUR 149.00 incl. insurance premium tax. Payment: SEPA direct debit, mandate TRV-IE-2026-00214-01.",
      ("small", "Versicherer Allgemeine Versicherung AG, Rheinuferstrasse 12, 50667 Cologne, Germany. Trading in Ireland on a freedom of services basis."),
  ], title="Policy schedule", author="Versicherer Output Management")])

M("N", "en", "insurer-to-broker", "trap: summary of a London-market sanctions clause update, no insured named",
  frm=ADDR("hughes"), to="Charlotte Finch <charlotte.finch@aldgate-re-brokers.example>; Rupert Hale <rupert.hale@aldgate-re-brokers.example>",
  subj="Sanctions clause – our position for 2027 renewals",
  date="2026-10-22 12:20", sig="hughes", sigstyle="short",
  body="""Charlotte, Rupert,

a heads-up for your 1/1 submissions: from 1 January 2027 we will only accept the sanctions limitation and exclusion clause LMA3100A (amended) with the additional wording below on all global programmes, master and local:

"No (re)insurer shall be deemed to provide cover and no (re)insurer shall be liable to pay any claim or provide any benefit hereunder to the extent that the provision of such cover, payment of such claim or provision of such benefit would expose that (re)insurer to any sanction, prohibition or restriction under United Nations resolutions or the trade or economic sanctions, laws or regulations of the European Union, United Kingdom or United States of America."

We will not accept deletions of the US reference on programmes with US local policies. Happy to discuss individual cases.

Gareth""")

M("S", "en", "insurer-to-customer", "helicopter evacuation of a named Spanish trekker in Nepal with high-altitude pulmonary oedema",
  frm=ADDR("mensah"), to="Pablo Medina Ruiz <pablo.medina@gmail.example>",
  subj="Your evacuation from Lobuche – claim closed, all costs paid",
  date="2026-11-02 12:45", sig="mensah", sigstyle="short",
  body="""Dear Pablo,

good to hear you're home in Sevilla and feeling much better.

To close your file (travel policy TRV-ES-2026-07712): on 14th October 2026 you developed high-altitude pulmonary oedema (HAPE) at Lobuche (4,940 m) on the Everest Base Camp trek. Our assistance centre organised the helicopter evacuation to Kathmandu the same morning, and you were treated at CIWEC Hospital for 3 nights with oxygen and nifedipine.

We paid directly:
- helicopter evacuation Lobuche – Kathmandu: USD 5,800
- CIWEC Hospital: USD 3,420
- rebooking of your flight Kathmandu – Doha – Madrid: EUR 612

You don't need to send anything else. We hope to see you on the trail again one day – maybe with a slower ascent :-)

Best wishes,
Kwame""")

M("N", "en", "internal", "trap: group life rate table per 1,000 by age band (XLSX), no lives",
  frm=ADDR("okafor"), to=ADDR("dekker"),
  subj="Group life rates 2027 – NL, PL, ES",
  date="2026-10-09 18:20", sig="okafor", sigstyle="short",
  body="""Joost,

attached the 2027 group life base rates per mille of sum insured, by age band and country, incl. the new disability waiver loading. Experience-rated schemes above 500 lives get the credibility adjustment on top as before.

Chidi""",
  att=[XLSX("GL_base_rates_2027.xlsx", {"Rates per mille": [
      ["Age band", "NL", "PL", "ES", "Waiver of premium loading"],
      ["18-29", 0.42, 0.61, 0.45, "3 %"],
      ["30-39", 0.58, 0.88, 0.63, "4 %"],
      ["40-49", 1.21, 1.94, 1.30, "6 %"],
      ["50-59", 3.05, 4.72, 3.18, "9 %"],
      ["60-67", 6.88, 9.90, 7.02, "12 %"],
  ], "Notes": [
      ["Note"],
      ["Base tables: NL AG2024, PL GUS 2023 adjusted, ES PASEM2020 selected, with 2025 group experience."],
      ["Rates exclude taxes and broker commission."],
  ]}, author="Chidi Okafor")])

M("C", "en", "insurer-to-broker", "Polish haulier's truck hits a guardrail on a German motorway: named driver, plate, no injuries",
  frm=ADDR("nowak"), to="Bartosz Mazur <b.mazur@mazur-ubezpieczenia.pl.example>",
  subj="Re: Szkoda – TransPol Logistyka – A2 Bielefeld – 26.02.2026",
  date="2026-03-02 10:10", sig="nowak",
  body="""Dear Bartosz,

thanks for the notification (and the photos, although the WhatsApp quality is not great).

Our understanding: on 26th February 2026, approx. 04:15, the truck of your client TransPol Logistyka Sp. z o.o. (tractor PO 7H112, trailer PO 2C881), driven by Mr. Marcin Kubiak, left the lane on the A2 near Bielefeld in heavy rain and damaged 48 m of guardrail. No other vehicles involved, the driver was not injured; the motorway was partly closed for 3 hours.

Under the German local motor liability policy (fleet programme FL-PL-2025-003) we will handle the claim of Die Autobahn GmbH des Bundes for the guardrail and the police/fire brigade costs. Expected amount: approx. EUR 18,000–25,000.

Damage to the truck itself goes to the Polish own-damage (AC) insurer – please notify them too.

Pozdrawiam,
Agnieszka""")

M("S", "de", "hospital", "Entlassungsbericht eines spanischen Krankenhauses (Herzinfarkt eines Touristen auf Teneriffa) im Zitat, interne Weiterleitung",
  frm=ADDR("brandt"), to=ADDR("mensah"), lang="de",
  subj="WG: Informe de alta – Sr. Wolfgang Hartung",
  date="2026-02-09 14:28", sig="brandt", sigstyle="short",
  body="""Hallo Kwame,

der Entlassungsbericht für Herrn Hartung (KV-Nr. 558 301 126) ist da, Kurzfassung: Vorderwandinfarkt am 01.02., PCI mit zwei Stents, komplikationsloser Verlauf. Die Klinik hält ihn ab 12.02. für flugfähig mit Begleitung. Kannst du den Rückflug mit medizinischer Begleitung (Business Class, Liegend nicht nötig) für den 12. oder 13. organisieren?

Original unten.

Gruß
Gerrit

-----Ursprüngliche Nachricht-----
Von: Atención al Paciente Internacional <internacional@hospiten-sur.example>
Gesendet: Montag, 9. Februar 2026 12:51
An: ausland-stationaer@versicherer.example
Betreff: Informe de alta – Sr. Wolfgang Hartung

Estimados señores:

Adjuntamos el informe de alta del paciente D. Wolfgang Hartung, nacido el 17/06/1955.

Diagnóstico principal: Infarto agudo de miocardio con elevación del ST de localización anterior (I21.0). Enfermedad coronaria de dos vasos.
Procedimientos: Coronariografía y angioplastia primaria con implante de dos stents farmacoactivos en DA proximal y CX (01/02/2026).
Evolución: favorable, sin complicaciones. FEVI 48 %.
Tratamiento al alta: AAS 100 mg, ticagrelor 90 mg/12h, atorvastatina 80 mg, bisoprolol 2,5 mg, ramipril 2,5 mg.
Recomendaciones: apto para viajar en avión a partir del 12/02/2026 con acompañante.

Atentamente,
Departamento Internacional – Hospiten Sur, Tenerife""")

M("N", "en", "newsletter", "trap: employee-benefits trends survey with market percentages, no individuals",
  frm="Versicherer Employee Benefits <eb-insights@versicherer.example>", to="hr-contacts@lists.versicherer.example",
  subj="Global Benefits Trends 2026 – the results are in",
  date="2026-05-14 07:30", client="system",
  body="""Dear HR professionals,

thank you to the 612 employers in 38 countries who took part in our Global Benefits Trends survey. Highlights:

- 71 % of employers now offer mental health support beyond the statutory minimum (2023: 52 %).
- Medical costs: employers expect an average increase of 9.1 % in 2027; highest in Latin America and Africa.
- Fertility and family-forming benefits are offered by 24 % of multinational employers, mostly in the US, UK and Netherlands.
- Only 38 % have a policy for employees working remotely from another country for more than 90 days – the biggest compliance gap we found.
- Top priority for 2027: controlling costs of GLP-1 weight-loss medication in medical plans (mentioned by 44 %).

Download the full report (PDF, 48 pages): https://www.versicherer.example/eb/trends-2026

Your International Employee Benefits team""")

M("C", "en", "insurer-to-customer", "valuables all-risks policy: named Spanish customer's jewellery valuation and home address, no health data",
  frm=ADDR("hartmann"), to="Cristina Navarro de la Fuente <cristina.navarro@movistar.example>",
  subj="Valuables insurance – new items added – policy WS 2204 118",
  date="2026-12-14 11:38", sig="hartmann", sigstyle="short",
  body="""Dear Ms Navarro,

thank you for the valuation certificates from Joyería Suárez. We have added the following items to your valuables policy WS 2204 118 from today:

- Cartier "Love" bracelet, 18k yellow gold, valuation EUR 7,300
- Diamond solitaire ring, 1.02 ct, GIA certificate no. 2417788103, valuation EUR 12,900
- Rolex Datejust 36, ref. 126234, serial ...9Q41, valuation EUR 9,800

Total sum insured now: EUR 61,400 (previously EUR 31,400). The additional premium for the rest of the year is EUR 41.25; from 1 January the annual premium will be EUR 522.00.

Reminder: when you are at your home in Calle de Velázquez 61, Madrid, items worth more than EUR 15,000 in total must be kept in the safe when not worn – as agreed in the policy.

Kind regards,
Sven Hartmann""")

M("N", "en", "internal", "trap: technical migration of the SFTP server for census uploads, no file content",
  frm=ADDR("raman"), to="intl-benefits-team@versicherer.example; it-integration@versicherer.example",
  subj="Census SFTP migration on 7 November – what changes for clients",
  date="2026-10-28 15:45", sig="raman", sigstyle="short",
  body="""Hi all,

on Saturday 7 November we move the census upload SFTP (sftp-eb.versicherer.example) to the new platform.

For clients and brokers:
- host name stays the same; the host key changes – new fingerprint: SHA256:q1V8cP0yXh2Zt9wN4kLrM3sJ7bD6fE5aG1hU0oIiY2c
- password login is switched off; key-based login only (we sent new instructions to all 84 technical contacts on 26/10)
- files are scanned and moved to the EB share within 5 minutes, then deleted from the SFTP server

Internally nothing changes. If a client calls because the upload fails, please open a ticket with the client's technical contact – don't ask them to e-mail the census instead!

Priya""")

M("S", "en", "insurer-to-customer", "holiday dialysis in Portugal arranged for a named Dutch member with end-stage kidney disease",
  frm=ADDR("banerjee"), to="Gerrit-Jan Bosch <gj.bosch@hetnet.example>",
  subj="Holiday dialysis in Albufeira – confirmed",
  date="2026-04-30 16:16", sig="banerjee", sigstyle="short",
  body="""Dear Mr Bosch,

good news: the dialysis centre in Albufeira (NephroCare Algarve) has confirmed your slots during your holiday from 18 to 31 May 2026 – Monday, Wednesday and Friday at 08:00, 4-hour sessions, as in Rotterdam.

We have sent them your medical summary from Dr. van Rijn (end-stage renal disease, N18.5, haemodialysis since 2023, hepatitis B negative, dry weight 74 kg) through the secure channel, and issued a guarantee of payment for 6 sessions at EUR 285 each. You don't need to pay anything there.

Please bring your medication list and the latest lab results on paper, just in case. Have a lovely holiday!

Kind regards,
Anika Banerjee""")

M("C", "en", "insurer-to-partner", "loss-adjuster instruction: burglary at a German customer's holiday home in Spain, named owner and address",
  frm=ADDR("demir"), to="Peritaciones Costa Blanca <siniestros@peritaciones-cb.example>",
  subj="Instruction – burglary holiday home Jávea – our claim HR-26-209930",
  date="2026-11-18 09:45", sig="demir",
  body="""Dear Mr Soler,

we would like to instruct you to inspect the following loss on our behalf:

Policyholder: Mr. Ulrich Bergmann and Mrs. Sabine Bergmann, Cologne
Risk address: Villa "Los Almendros", Carrer de la Lluna 14, 03730 Xàbia/Jávea (Alicante)
Policy: holiday home buildings & contents HB 7701 205
Loss: burglary between 2 and 15 November 2026, discovered by the cleaner on 15 November; patio door forced, TV, coffee machine, e-bikes (2) and garden furniture stolen. Denuncia at the Guardia Civil Jávea, no. 03082-26-004417.
Claimed: approx. EUR 11,500 contents + EUR 1,900 door

Please check whether the door had the locking device required by the policy (multi-point lock or security bar), take photos and collect the cleaner's statement. The key holder, Sra. Rosa Llorca, can give you access (tel. +34 666 555 214).

Kind regards,
Aylin Demir""")

M("N", "en", "insurer-to-broker", "trap: automatic answer to a certificate request carrying the insurer's public certificate",
  frm="Versicherer Zertifikatsdienst <zertifikat@versicherer.example>", to="jun.aquino@pacificcrest-brokers.ph.example",
  subj="Re: [ZERTIFIKAT] intl.claims@versicherer.example",
  date="2026-01-29 03:12", client="system", mailer="Siegel Certificate Service",
  body="""Hello,

you asked for the S/MIME certificate of intl.claims@versicherer.example.

This message is signed with that certificate. Your mail program can store it now; after that you can send encrypted e-mail to this address. You can also download the certificate (PEM, DER or vCard) from our directory: https://certs.versicherer.example/?q=intl.claims%40versicherer.example

Fingerprint (SHA-256): 7C:21:AE:90:3B:5F:D4:08:66:C1:2E:9A:F7:40:B3:1D:58:E2:0C:97:14:AB:6F:D8:32:05:C9:71:E4:8A:BD:03

This is an automatic reply. Your request was not forwarded to anyone.""")

M("S", "en", "insurer-to-broker", "group personal-accident death claim of a named Australian mine worker, sent to the broker",
  frm=ADDR("albrecht"), to="Glenn Whitlock <glenn@whitlockinsurance.com.au.example>",
  subj="Group PA – Pilbara Drilling Services – death of Mr. Shane O'Connell – documents",
  date="2026-07-20 08:05", sig="albrecht",
  body="""Dear Glenn,

we are very sorry to hear about the fatal accident at the Pilbara Drilling Services site. We have opened claim UF-26-00622 under the group personal accident policy GPA-AU-2025-0018.

Insured person: Mr. Shane Patrick O'Connell, born 30th of October 1988, driller
Date/place: 9th July 2026, drill site near Newman, WA
Cause of death per the preliminary report: crush injuries to the chest after a drill-rod handling incident; pronounced dead at Newman Hospital
Death benefit: AUD 500,000 (5 x annual salary of AUD 100,000)
Nominated beneficiary: Ms Tara Louise Jenkins (de facto partner), per nomination form of 03/2024

Documents needed:
1. death certificate (Registry of Births, Deaths and Marriages WA)
2. coroner's findings or the police report, once available; the WorkSafe WA report if issued
3. beneficiary ID and bank details (via the portal, not e-mail)

We can pay an advance of AUD 20,000 for funeral costs to Ms Jenkins right away on receipt of the death certificate.

Kind regards,
Miriam Albrecht""")

M("N", "en", "internal", "trap: business-travel health advice for staff travelling to Lagos (yellow fever), no individual",
  frm=ADDR("weiss"), to="travellers-africa@versicherer.example",
  subj="Business trips to Lagos – entry and vaccination requirements",
  date="2026-02-24 10:50", sig="weiss", sigstyle="short",
  body="""Dear colleagues,

several of you are travelling to Lagos for the broker conference in April. Please note:

- Yellow fever vaccination is mandatory for entry into Nigeria; the certificate (yellow booklet) is checked at the airport. Vaccination appointments with the company doctor: Tuesdays and Thursdays, book via the intranet.
- Malaria prophylaxis is strongly recommended – ask the company doctor or your GP.
- Visa: apply at least 6 weeks ahead; HR Travel Desk prepares the invitation letter.
- Use only the hotel shuttle or the company's driver service from the airport.

Your vaccination status stays with the company doctor; HR only receives "fit to travel: yes".

Have a safe trip!
Nadine Weiß""")

M("C", "de", "insurer-to-customer", "Mietkautionsbürgschaft für einen spanischen Expat in Hamburg: Nettoeinkommen, Vermieter, Kautionshöhe",
  frm=ADDR("kowalski"), to="Javier Romero Castillo <javier.romero@gmail.example>", lang="de",
  subj="Ihre Mietkautionsbürgschaft – Antrag angenommen",
  date="2026-06-03 14:25", sig="kowalski",
  body="""Sehr geehrter Herr Romero Castillo,

Ihr Antrag auf eine Mietkautionsbürgschaft ist angenommen. Die Bürgschaftsurkunde senden wir heute per Post direkt an Ihre Vermieterin, die Hanseatische Wohnbau GmbH.

Ihre Daten im Überblick:
Mietobjekt: Eppendorfer Weg 212, 3. OG links, 20253 Hamburg
Kaltmiete: 1.350 EUR, Kaution 4.050 EUR
Ihr Nettoeinkommen lt. Gehaltsnachweisen (März–Mai 2026): 4.620 EUR monatlich
Arbeitgeber: Airbus Operations GmbH, unbefristet seit 01.02.2026
Jahresbeitrag: 202,50 EUR (5 % der Kaution), erstmals fällig am 01.07.2026

Falls Sie später einmal lieber eine Barkaution hinterlegen möchten, können Sie die Bürgschaft mit einer Frist von einem Monat kündigen; die Urkunde muss dann an uns zurückgegeben werden.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "dental implants done in Poland declined under a UK member's expat plan, treatment details",
  frm=ADDR("wendland"), to="Derek Holloway <derek.holloway@sky.example>",
  subj="Your dental claim – implants Kraków – GCX-0266721-01",
  date="2026-05-25 15:10", sig="wendland", sigstyle="short",
  body="""Dear Mr Holloway,

thank you for sending the invoice of Dental Clinic Wawel, Kraków (PLN 21,600, dated 04/05/2026).

The invoice covers:
- extraction of teeth 36 and 46 (fractured roots): PLN 1,200
- two titanium implants with abutments and crowns (36, 46): PLN 19,200
- CBCT scan: PLN 1,200

Your GlobalCare Plus plan includes routine dental care with the dental option, but implants and crowns count as "major restorative dentistry", which is not part of the option you chose. We can therefore pay the extractions and the CBCT scan (PLN 2,400, i.e. EUR 562.10 at 80 %: EUR 449.68).

I know this isn't what you hoped – if you'd like to add the Dental Premium module at renewal in September, major dentistry would be covered after a 12-month waiting period.

Kind regards,
Tobias Wendland""")

M("N", "en", "insurer-to-partner", "trap: treaty wording excerpt (claims cooperation clause) sent to the reinsurance broker",
  frm=ADDR("stone"), to="Tom Ashby <tom.ashby@whitechapel-re.example>",
  subj="Travel QS 2027 – claims cooperation clause, our redraft",
  date="2026-11-04 13:05", sig="stone", sigstyle="short",
  body="""Tom,

our redraft of Article 11 for the Travel & Assistance QS 2027, following Atlas Re's comments:

"Article 11 – Claims
11.1 The Reinsured shall advise the Reinsurer of any claim or series of claims arising out of one event which is likely to exceed EUR 250,000 (100 %) as soon as reasonably practicable.
11.2 Advices under 11.1 shall contain the claim number, date and country of loss, cause in general terms and the reserve. Personal data of insured persons, in particular health data, shall only be provided where strictly necessary and then via encrypted means agreed between the parties.
11.3 The Reinsured alone shall have the right to settle claims. The Reinsurer shall follow the settlements of the Reinsured, provided they are within the terms of the Original Policies and this Agreement."

The reinsurer wanted a claims control clause above EUR 500k – we can't accept that for medical assistance cases where decisions are taken within hours.

Rebecca""")

M("C", "en", "company", "UK client's employers'-liability wageroll declaration with named employees and salaries (CSV)",
  frm=ADDR("oltmanns"), to=ADDR("hughes"),
  subj="FW: EL wageroll declaration 2025/26 – Ashdown Joinery Ltd",
  date="2026-04-10 11:55", sig="oltmanns", sigstyle="name",
  body="""Gareth – UK local EL policy under the Ashdown programme. Wageroll is 8 % above the estimate, adjustment premium due. Could you check the rate before I send the debit note? Jens

-----Original Message-----
From: Karen Whitby <karen@ashdownjoinery.co.uk.example>
Sent: 9 April 2026 16:20
To: Jens Oltmanns
Subject: EL wageroll declaration 2025/26

Hi Jens,

Wageroll declaration for the year ending 31/03/2026 attached as requested. We took on two apprentices in September.

Many thanks,
Karen Whitby
Office Manager, Ashdown Joinery Ltd, Unit 4, Forest Row Business Park, East Sussex""",
  att=[CSV("Ashdown_EL_wageroll_2025-26.csv", [
      ["Name", "Role", "Start date", "Gross pay 2025/26 GBP"],
      ["Paul Ashdown", "Director / joiner", "01/04/2009", "48,000"],
      ["Gary Finch", "Joiner", "14/05/2012", "38,450"],
      ["Tomasz Wrona", "Joiner", "02/03/2018", "36,900"],
      ["Liam Cartwright", "CNC operator", "11/07/2021", "31,200"],
      ["Karen Whitby", "Office manager", "01/09/2015", "29,800"],
      ["Ellie Mason", "Apprentice", "08/09/2025", "9,850"],
      ["Josh Kemp", "Apprentice", "08/09/2025", "9,850"],
  ], sep=",", bom=True)])

M("N", "de", "internal", "Falle: Stellenausschreibung Werkstudent Data Analytics (Gesundheitsdaten nur anonymisiert)",
  frm=ADDR("weiss"), to="alle-mitarbeitenden@versicherer.example", lang="de",
  subj="Stellenausschreibung: Werkstudent*in Data Analytics International Health (20 h/Woche)",
  date="2026-03-09 09:30", sig="weiss", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

für das Team Aktuariat/International Health suchen wir ab 1. Mai eine*n Werkstudent*in Data Analytics (20 h/Woche, hybrid, Köln).

Aufgaben:
- Auswertungen zu Schadenverläufen in den GlobalCare-Tarifen (ausschließlich anonymisierte bzw. aggregierte Daten)
- Aufbau von Dashboards (Power BI) zu Medizininflation und Leistungsarten
- Unterstützung beim Fraud-Analytics-Pilotprojekt

Profil: Studium Mathematik, Statistik, Data Science o. Ä.; Python oder R; sehr gutes Englisch.

Kennt ihr jemanden? Die Ausschreibung steht im Karriereportal unter der Nummer 2026-CGN-041. Empfehlungsprämie wie üblich.

Viele Grüße
Nadine Weiß""")

M("S", "en", "hospital", "HTML-only forward of a Thai hospital's admission notice for a named infant with RSV bronchiolitis",
  frm=ADDR("santos"), to="intl.billing@versicherer.example",
  subj="FW: Admission notice – paediatric ward – Bangkok Children's",
  date="2026-09-15 04:10", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Night shift: GOP issued for 3 days, THB 150,000. Please follow up in the morning. – Rhea</p>
<hr>
<p><b>From:</b> IPC Admission &lt;admission@bkk-childrens.example&gt;<br>
<b>Sent:</b> Tuesday, 15 September 2026 08:55<br>
<b>To:</b> intl.billing@versicherer.example<br>
<b>Subject:</b> Admission notice – paediatric ward</p>
<p>Dear Insurance Coordinator,</p>
<p>We would like to inform you of the following admission:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Patient name</b></td><td>Master Lucas Werner</td></tr>
<tr><td><b>Date of birth</b></td><td>02/03/2025 (1 y 6 m)</td></tr>
<tr><td><b>Policy / member no.</b></td><td>GCX-0548817-03</td></tr>
<tr><td><b>Admission date</b></td><td>15/09/2026 02:30</td></tr>
<tr><td><b>Provisional diagnosis</b></td><td>Acute bronchiolitis due to RSV (J21.0), mild hypoxaemia (SpO2 91 %)</td></tr>
<tr><td><b>Treatment plan</b></td><td>O2 via nasal cannula, nebulised saline, IV fluids; est. LOS 3–4 days</td></tr>
<tr><td><b>Attending</b></td><td>Dr. Siriporn Chaiyasit, Paediatric Pulmonology</td></tr>
<tr><td><b>Estimated cost</b></td><td>THB 145,000</td></tr>
</table>
<p>Kindly provide the Guarantee of Payment at your earliest.</p>
<p>Best regards,<br>International Patient Coordination</p>
</body></html>
""")

M("C", "en", "insurer-to-customer", "cruise missed because of a rail strike: named Dutch couple, travel policy, refund; no health data",
  frm=ADDR("seidel"), to="Wim en Ria Dijkstra <wim.dijkstra@planet.example>",
  subj="Missed cruise departure Barcelona – claim TR-2026-058812",
  date="2026-06-22 11:44", sig="seidel",
  body="""Dear Mr and Mrs Dijkstra,

thank you for your documents. You booked the train Girona – Barcelona Sants for 4 June 2026 in good time (scheduled arrival 3 hours before embarkation), but the train was cancelled because of the Renfe strike, and you reached the port 40 minutes after the "all aboard" time. The ship left without you.

Under your travel policy TRV-NL-2025-11093 ("Missed departure – public transport failure") we pay:
- your hotel in Barcelona for 1 night: EUR 214.00
- flights Barcelona – Marseille to join the cruise at the next port: 2 x EUR 189.00
- taxi to the port in Marseille: EUR 62.00
Total: EUR 654.00

The payment goes to your joint account at Rabobank (NL.. RABO .... ..12) within 5 working days.

Kind regards,
Ines Seidel""")

M("N", "en", "internal", "trap: data-protection quiz with fictitious examples of health and personal data",
  frm=ADDR("meier"), to="intl-health@versicherer.example; intl-benefits-team@versicherer.example",
  subj="Quiz: which of these e-mails needs encryption? (5 minutes)",
  date="2026-04-16 12:00", sig="meier", sigstyle="short",
  body="""Dear colleagues,

a short quiz before our training next week – answers in the training. All examples are made up.

1. "Dear Mr Example, your claim for the MRI of your knee has been paid." → ?
2. A bordereau showing 1,082 travel policies in Spain and the total premium. → ?
3. A census with names and birth dates for a group travel policy (no health data). → ?
4. A hospital sends "Admission notice – patient: Jane Sample – dengue fever" to our billing address. → ?
5. A webinar invitation titled "Managing cancer claims in the US". → ?
6. Our own company IBAN in a supplier invoice. → ?
7. A broker's out-of-office reply. → ?

Options: (a) normal, (b) confidential, (c) strictly confidential.

Thomas""")

M("C", "en", "insurer-to-broker", "Spanish food company's product-recall claim with named contact, batch numbers, no injuries",
  frm=ADDR("hartmann"), to="Lucía Herrero <lucia.herrero@correduria-levante.example>",
  subj="Aceites del Turia S.L. – product recall – claim PR-26-0041",
  date="2026-07-09 17:10", sig="hartmann", sigstyle="short",
  body="""Dear Lucía,

thank you for the notification on behalf of your client Aceites del Turia S.L. (product recall policy RC-ES-2026-0088). Key facts as we understand them:

- A German retailer found that 3 batches of extra virgin olive oil (lot numbers L26-112, L26-113, L26-118; approx. 38,000 bottles) were labelled with the wrong best-before date. No health risk, no complaints of illness – the recall is a precautionary labelling recall ordered by the retailer.
- The client's contact is Mr. Andrés Molina Peris, quality manager (+34 961 555 302).
- Estimated costs: withdrawal and destruction EUR 41,000, relabelling of stock in the warehouse EUR 9,500, retailer's handling charge EUR 12,000.

Please note: "withdrawal of products for labelling errors without safety risk" is covered under extension 4 only up to EUR 50,000. The retailer's handling charge falls under third-party recall costs, which are covered in full.

Best regards,
Sven Hartmann""")

M("N", "de", "newsletter", "Falle: Makler-Newsletter zu einem neuen Auslandskrankentarif für Studierende, keine Personen",
  frm="Versicherer Maklerinfo <maklerinfo@versicherer.example>", to="makler-verteiler@lists.versicherer.example", lang="de",
  subj="Maklerinfo 09/2026: Neuer Tarif StudyAbroad, Provisionsänderung Reise, Webinare",
  date="2026-09-10 06:30", client="system",
  body="""Sehr geehrte Vertriebspartner,

1. Neu: StudyAbroad – Auslandskrankenversicherung für Studierende
Für Auslandssemester und Praktika bis 5 Jahre, weltweit (optional USA/Kanada), ambulant und stationär ohne Selbstbehalt, inklusive Psychotherapie (bis 20 Sitzungen) und Rücktransport. Beitrag ab 39 EUR im Monat. Keine Gesundheitsfragen bis 12 Monate Laufzeit.

2. Reiseversicherung: Provisionsänderung
Ab 1. Oktober 2026 beträgt die Abschlussprovision für Jahresreisepolicen 22 % (bisher 20 %).

3. Webinare
- 22.09., 10 Uhr: StudyAbroad im Beratungsgespräch
- 29.09., 10 Uhr: Sichere Kommunikation – Unterlagen Ihrer Kunden richtig übermitteln (SecureMail-Portal, Maklerpost, Schnittstelle für Ihr MVP)

Anmeldung im Maklerportal unter „Termine“.

Ihr Vertriebsteam""")

M("S", "en", "insurer-to-company", "crew health plan: pre-employment medical results of a named Filipino seafarer (fit with restrictions, hypertension) to the manning agency",
  frm=ADDR("hasselbach"), to="Medical Dept <medical@anchorline-manning.ph.example>",
  subj="PEME review – AB Rodel T. Villareal – fitness decision",
  date="2026-08-28 09:20", sig="hasselbach",
  body="""Dear Dr. Macaspac,

we have reviewed the pre-employment medical examination of Mr. Rodel T. Villareal (AB, born 14/06/1980, seaman's book no. C0881274) done at your accredited clinic on 20/08/2026, for enrolment in the crew health plan of Noordzee Shipping (policy CH-NS-2026-01).

Findings: blood pressure 162/100 on two readings, ECG with left ventricular hypertrophy criteria, no medication so far; BMI 33. Other results normal.

Our decision for the crew health plan: enrolment accepted with a 12-month exclusion of complications of hypertension (I10–I15) unless the blood pressure is controlled (below 140/90) on treatment at the time of embarkation. We recommend that he starts treatment now and is re-examined in 4 weeks; if controlled, please send us the new readings and we will lift the exclusion.

Fitness for sea service is the decision of the approved doctor under the MLC, not ours – this letter only concerns insurance terms.

Kind regards,
Dr. Ulrike Hasselbach""")

# ---------------------------------------------------------------- batch 8

M("C", "en", "insurer-to-customer", "car theft in Cologne of a named American customer: VIN, plate, policy; windows-1252 text",
  frm=ADDR("brenner"), to="Brian O'Neill <brian.oneill@gmail.example>", charset="windows-1252",
  subj="Your stolen car – claim KS-26-106604 – next steps",
  date="2026-12-03 13:15", sig="brenner", sigstyle="short",
  body="""Dear Mr. O'Neill,

I'm sorry to hear your car was stolen. Here is what happens next, in plain words:

Vehicle: BMW X3 xDrive30e, registration K-BO 7700, VIN WBA21BY080N448812
Stolen: night of 11/29 to 11/30/2026 from the street in front of Lindenallee 33, 50968 Köln (police report no. 261130-0602-1193)
Cover: your comprehensive policy KF 42 008 119 (theft cover, excess EUR 300)

1. The police search for one month. If the car isn't found by December 30th, we pay the replacement value (we'll get an expert's valuation – the car was 2 years old with 31,000 km).
2. Please send us both keys by registered mail now, and the registration certificate part II (Zulassungsbescheinigung Teil II).
3. Your lease company (BMW Bank) will receive the payment directly, since they own the car; the part above the lease balance goes to you.

Kind regards,
Markus Brenner""")

M("S", "en", "broker", "London broker sends a travel medical claim as ZIP (hospital report PDF and invoice list): named UK traveller with hip fracture in Spain",
  frm=ADDR("seidel"), to="travel-claims@versicherer.example",
  subj="FW: Claim submission – Mrs Margaret Doyle – Benidorm – hip fracture",
  date="2026-03-06 10:40", sig="seidel", sigstyle="name",
  body="""Please register under the Thamesgate binder and pass the medical part to Gerrit's team (repatriation already done by assistance). Thx, Ines

-----Original Message-----
From: Oliver Pratt <o.pratt@thamesgatebrokers.example>
Sent: 05 March 2026 15:12
To: Ines Seidel
Subject: Claim submission – Mrs Margaret Doyle – Benidorm – hip fracture

Hi Ines,

As discussed, the docs for our client Mrs Margaret Doyle (policy TG-TRV-2025-33817) are in the zip – hospital report, invoices and the flight receipts for her daughter who flew out to be with her. Password by phone as usual.

Cheers
Oliver""",
  att=[ZIP("Doyle_claim_docs.zip", [
      PDF("Informe_alta_Doyle.pdf", [
          ("h", "Hospital Clínica Benidorm – Discharge report (English translation)"),
          "Patient: Mrs Margaret Anne Doyle, born 22/11/1948, British\nAdmission: 12/02/2026 via A&E after a fall in the hotel bathroom\nDischarge: 19/02/2026, transfer to UK by air ambulance",
          "Diagnosis: displaced intracapsular fracture of the right femoral neck (S72.0). Known atrial fibrillation on apixaban, osteoporosis.",
          "Procedure: right hip hemiarthroplasty (cemented) on 13/02/2026 under spinal anaesthesia. Post-op course uncomplicated; mobilising with frame.",
      ], title="Discharge report Doyle"),
      CSV("invoices.csv", [
          ["Date", "Provider", "Description", "Amount EUR"],
          ["19/02/2026", "Hospital Clínica Benidorm", "Inpatient stay 7 nights + surgery", "16,480.00"],
          ["13/02/2026", "Dr. Jaume Llorens", "Surgeon fee", "2,100.00"],
          ["13/02/2026", "Dra. Ana Beltrán", "Anaesthetist fee", "780.00"],
          ["12/02/2026", "Easyjet", "Flight LGW-ALC daughter (Ms Claire Doyle)", "214.98"],
      ], sep=","),
  ])])

M("N", "en", "internal", "trap: calendar invitation for a treaty renewal call, no claims or persons",
  frm=ADDR("stone"), to=ADDR("okafor"), cc=ADDR("castillo"),
  subj="Invitation: Nordic Re – GL&D QS 2027 terms call",
  date="2026-11-12 16:00", sig="stone", sigstyle="name",
  body="""Chidi, Marisol – their counter-proposal on commission came in, let's discuss with them directly. Invite attached.

Rebecca""",
  att=[ICS("invite.ics", "nordicre-glqs2027-terms@versicherer.example", "Nordic Re – Group Life & Disability QS 2027 – terms",
           "20261118T140000", "20261118T150000", ("Rebecca Stone", "rebecca.stone@versicherer.example"),
           [("Chidi Okafor", "chidi.okafor@versicherer.example"), ("Marisol Castillo", "marisol.castillo@versicherer.example"),
            ("Ingrid Solberg", "ingrid.solberg@nordic-re.example")],
           location="Microsoft Teams", description="Ceding commission 2027, profit commission, IBNR treatment. Aggregate figures only.")])

M("C", "de", "insurer-to-customer", "Hausrat der deutschen Wohnung eines Expats in Singapur während Untervermietung: Adresse, Untermieter, Vertragsnummer",
  frm=ADDR("kowalski"), to="Jan-Philipp Rademacher <jp.rademacher@gmail.example>", lang="de",
  subj="Ihre Hausratversicherung während der Entsendung nach Singapur",
  date="2026-01-14 07:45", sig="kowalski", sigstyle="short",
  body="""Hallo Herr Rademacher,

danke für Ihre Nachricht aus Singapur. Zu Ihren Fragen:

Ihre Hausratversicherung HR 5498 302 für die Wohnung Leibnizstraße 17, 10625 Berlin, läuft während Ihrer Entsendung weiter. Dass Sie die Wohnung möbliert an Frau Marie Lefèvre untervermieten (ab 01.02.2026, laut Ihrem Untermietvertrag für 18 Monate), ändert am Versicherungsschutz für Ihre eigenen Sachen nichts – Sie müssen uns die Untervermietung aber anzeigen, was hiermit erledigt ist.

Nicht versichert sind die Sachen von Frau Lefèvre; sie braucht eine eigene Hausratversicherung. Bitte weisen Sie sie darauf hin.

Den Beitrag (172,40 EUR jährlich) buchen wir weiter von Ihrem Konto bei der Berliner Sparkasse ab.

Viele Grüße
Lena Kowalski""")

M("N", "en", "insurer-to-broker", "trap: group life product sheet with a fictitious benefit example ('an employee aged 40 earning EUR 60,000')",
  frm=ADDR("dekker"), to="Bartosz Mazur <b.mazur@mazur-ubezpieczenia.pl.example>",
  subj="GroupProtect International – product sheet EN (PL version next week)",
  date="2026-02-05 14:30", sig="dekker", sigstyle="short",
  body="""Hi Bartosz,

here is the English product sheet for GroupProtect International, our group life and disability product for multinational employers. The Polish version is with the translator.

Key points:
- Life cover 1–5 x annual salary, free cover limit up to EUR 500,000 for schemes with 50+ lives (no medical questions up to this amount)
- Disability income 50–75 % of salary after a 13- or 26-week deferred period, to age 67
- Worldwide cover, including expats and third-country nationals
- Pooling-ready with our multinational pool

Example from the sheet (fictitious): "An employee aged 40 earning EUR 60,000 with 3 x salary life cover has EUR 180,000 of cover. If she became unable to work because of illness, she would receive EUR 3,125 a month (62.5 %) after 26 weeks."

Joost""")

M("S", "en", "insurer-to-customer", "eating-disorder treatment for the teenage daughter of a US expat in London (anorexia nervosa), day-programme approval",
  frm=ADDR("whitfield"), to="Dana Whitcombe <dana.whitcombe@gmail.example>",
  subj="Ella's day programme – approval",
  date="2026-10-26 17:25", sig="whitfield",
  body="""Dear Dana,

thank you for sending Dr. Okonjo's assessment so quickly, and I'm sorry you and Ella are going through this.

I can confirm that we have approved Ella's place in the eating disorders day programme at the Priory Hospital Roehampton from 2 November 2026, initially for 12 weeks (5 days a week), for the diagnosis of anorexia nervosa (F50.0) as described in the assessment. The hospital will bill us directly. Family therapy sessions as part of the programme are included.

As Ella is a dependant on your GlobalCare Premium plan (GCX-0492210-03), the mental health benefit has no annual session limit for inpatient and day-patient care. Dr. Okonjo will send us a progress report after 6 weeks; based on that we'll extend the approval if needed.

If anything changes – e.g. if an inpatient admission becomes necessary – the hospital can call our case management team directly, day or night.

Warm regards,
Emma""")

M("C", "en", "insurer-to-customer", "travel premium refund to a named Nigerian customer's bank account (NUBAN), no health reason",
  frm=ADDR("becker"), to="Adaeze Nwosu <adaeze.nwosu@gmail.example>",
  subj="Refund – travel policy TRV-NG-2026-13302 – visa refused",
  date="2026-05-08 12:05", sig="becker", sigstyle="short",
  body="""Dear Ms Nwosu,

thank you for sending the visa refusal letter of the German Consulate General in Lagos (ref. LAGO-VIS-2026-118840).

As your visa was refused and the policy has not started, we refund the full premium of NGN 96,500 under our visa refusal guarantee. The refund will be made in naira to the account you gave us:

Account name: Adaeze Chioma Nwosu
Bank: Guaranty Trust Bank
Account number (NUBAN): 0148827713

Please allow up to 10 working days. If you apply for a visa again later, you are welcome to buy a new policy with the same conditions.

Kind regards,
Hannes Becker""")

M("N", "en", "internal", "trap: notes from a global-programmes conference, market themes only",
  frm=ADDR("hughes"), to="global-programmes@versicherer.example",
  subj="Notes – Global Programmes Summit London, day 1",
  date="2026-06-10 21:30", client="mobile",
  body="""Quick notes from today, more tomorrow:

- Everyone talks about "compliance by design" – brokers want us to show the admitted/non-admitted analysis per country in the proposal, not afterwards.
- Captives: more mid-size clients using cell captives for employee benefits pooling. Expect questions.
- India: regulator signalled that reinsurance cessions to foreign reinsurers will need more local retention from 2027.
- Claims: panel on cross-border injury claims – the main issue is still getting medical records translated and shared lawfully; one insurer uses a secure portal for all claimants, like ours.
- Networking dinner: met three Lloyd's brokers interested in our marine capacity; cards in my bag.

G.""")

M("S", "de", "internal", "BU-Leistungsprüfung einer in den Niederlanden lebenden Versicherten mit Erschöpfungsdepression, niederländischer Arztbericht",
  frm=ADDR("stanek"), to=ADDR("hasselbach"), lang="de",
  subj="BU-Antrag Frau de Jong-Krämer – Burnout – bitte medizinische Einschätzung",
  date="2026-09-17 11:02", sig="stanek", sigstyle="short",
  body="""Liebe Ulrike,

ich bräuchte deine Einschätzung zum BU-Leistungsantrag von Frau Anja de Jong-Krämer (geb. 08.11.1982, BU-Vertrag 7100 448 219, Rente 2.000 EUR mtl.). Sie ist 2021 nach Utrecht gezogen und arbeitet als Projektleiterin bei einem Energieversorger.

Vorliegend:
- Bericht der Hausärztin (huisarts) vom 02.07.2026, niederländisch (Übersetzung liegt bei): „overspanning/burn-out“, seit März 2026 krankgeschrieben, ICPC P78
- Bericht des Psychologen (GZ-psycholoog) vom 20.08.2026: mittelgradige depressive Episode (F32.1), Erschöpfungssyndrom, Psychotherapie seit Mai, 1x wöchentlich
- Bedrijfsarts: Arbeitsfähigkeit 0 % bis mindestens Ende Oktober, stufenweise Wiedereingliederung geplant

Meine Frage: reicht das für die Prognose „voraussichtlich 6 Monate ununterbrochen“ nach § 2 BB-BU, oder sollen wir ein Gutachten in Auftrag geben? Sie spricht Deutsch, ein Gutachter in NRW wäre für sie erreichbar.

Danke dir!
Oliver""")

M("C", "en", "insurer-to-broker", "hull claim: grounding of a client's vessel with the named master, no injuries, no pollution",
  frm=ADDR("osei"), to="Rupert Hale <rupert.hale@aldgate-re-brokers.example>",
  subj="MV \"Elbe Trader\" – grounding Kiel Canal approach – hull claim H-26-0033",
  date="2026-01-07 18:50", sig="osei", sigstyle="short",
  body="""Rupert,

registered under the hull & machinery policy HM-2026-0112 (Elbtal Reederei GmbH & Co. KG). Summary of the master's report:

- 05/01/2026, 23:10 LT, approach to Brunsbüttel locks in poor visibility: the vessel touched the bottom outside the fairway while waiting for the lock.
- Master: Capt. Volker Jessen; pilot on board: yes (Lotsenbrüderschaft NOK I).
- No injuries, no pollution, no water ingress; refloated on the rising tide at 02:40 with tug assistance.
- Class (DNV) surveyor attended in Brunsbüttel on 06/01: scratches and a minor dent on the bottom plating frames 44–52, no condition of class.

Salvage/towage costs: EUR 28,400 (Schleppreederei Brunsbüttel). The owner wants to postpone the repair to the next dry-docking in April – acceptable from our side, subject to class.

Daniel""")

M("N", "en", "newsletter", "trap: heat-wave advice for travellers to Southern Europe, no individuals",
  frm="Versicherer Travel Assistance <travel-assistance@versicherer.example>", to="travel-customers@lists.versicherer.example",
  subj="Heat wave in Spain, Italy and Greece – how to stay safe on holiday",
  date="2026-07-16 08:00", client="system",
  body="""Dear traveller,

temperatures of 40 °C and more are forecast for large parts of Spain, Italy and Greece over the next ten days. A few tips from our assistance doctors:

- Drink before you're thirsty – at least 2–3 litres a day; more if you hike or cycle.
- Avoid the sun between 12:00 and 16:00, especially with small children and older family members.
- Heat exhaustion (headache, nausea, dizziness) – rest in the shade, cool down, drink. Confusion or very high body temperature can mean heat stroke: call 112 immediately.
- If you take regular medication (for example diuretics or blood pressure tablets), ask a doctor or pharmacist whether the dose needs adjusting in the heat.
- Wildfires: follow local instructions and keep your phone charged.

Our 24/7 assistance line is there if you need help finding a doctor: +49 221 555-4666.

Enjoy your holiday!
Your Travel Assistance team""")

M("C", "en", "insurer-to-customer", "legal-expenses cover for a Dutch speeding fine (administrative) of a named driver",
  frm=ADDR("lindqvist"), to="Stefan Vogt <stefan.vogt@posteo.example>",
  subj="Traffic legal expenses – CJIB fine Netherlands – RS-26-73310",
  date="2026-08-05 10:20", sig="lindqvist", sigstyle="short",
  body="""Dear Mr Vogt,

thank you for the fine notice from the Dutch CJIB (ref. 6000 4471 2281 9903) – you asked us to answer in English so your Dutch colleague can read along.

The notice says that your car (Skoda Superb, D-SV 1180) was measured at 131 km/h in a 100 km/h zone on the A12 near Arnhem on 12/07/2026; the fine is EUR 294 plus EUR 9 administrative costs. You say you weren't driving – your brother-in-law, Mr Lars Petersen, had borrowed the car.

In the Netherlands the registered keeper is liable for speeding fines (Wet Mulder) regardless of who was driving; an appeal (bezwaar) only makes sense if the measurement itself is doubtful. Your traffic legal expenses policy RS 6631 2207 covers a lawyer for the appeal – if you'd like to try, we can recommend a Dutch traffic lawyer. The fine itself is never covered.

Kind regards,
Petra Lindqvist""")

M("N", "en", "insurer-to-partner", "trap: aggregated property exposure data for a reinsurer's catastrophe model (postcode level)",
  frm=ADDR("hartmann"), to="Cat Modelling <catmodelling@helvetia-re.example>",
  subj="Property Cat XL 2027 – exposure data submission",
  date="2026-10-05 13:40", sig="hartmann", sigstyle="short",
  body="""Dear Marc, dear team,

attached to the portal folder: our property exposure as at 30/09/2026 for the Cat XL renewal, aggregated at 2-digit postcode level (DE), NUTS-3 (NL, PL, ES) and CRESTA zones elsewhere. Summary:

[[exp]]

Commercial risks above EUR 50m TSI are listed separately with geocodes but without policyholder names. Construction and occupancy coding follows the AIR/RMS mapping table we agreed last year.

Best regards,
Sven""",
  tables={"exp": ([["Country", "Risks", "TSI EUR bn", "of which commercial"],
                   ["Germany", "1,284,900", "412.7", "38 %"],
                   ["Netherlands", "96,210", "31.4", "61 %"],
                   ["Poland", "41,880", "9.2", "74 %"],
                   ["Spain", "22,715", "6.9", "55 %"]], "pad")})

M("S", "en", "insurer-to-customer", "gender-affirming hormone therapy of a named expat member in Spain: cover confirmation",
  frm=ADDR("banerjee"), to="Alex Moreno <alex.moreno@fastmail.example>",
  subj="Re: coverage question (hormone therapy)",
  date="2026-03-05 15:50", sig="banerjee", sigstyle="short",
  body="""Dear Alex,

thank you for your question, and for trusting us with it.

Your GlobalCare Plus plan (GCX-0512877-01) covers medically necessary treatment of gender incongruence (HA60 in ICD-11 / F64.0 in ICD-10), which includes:
- the endocrinology consultations and lab tests at Hospital Clínic Barcelona,
- the hormone therapy (testosterone gel, as prescribed) under the outpatient pharmacy benefit, 80 %.

Surgical treatment would need a pre-authorisation with the assessments required by the clinic; please contact us before any date is booked.

Your records are kept strictly confidential, and your employer never sees details of claims. If you'd like your name in our records updated to match your new ID, just send us a copy of it and we'll change it everywhere, including the member card.

Best regards,
Anika Banerjee""")

M("C", "en", "insurer-to-customer", "equipment insurance claim of a named Irish sole-trader photographer: camera stolen in Barcelona",
  frm=ADDR("hartmann"), to="Niamh Kelleher <niamh@kelleherphoto.ie.example>",
  subj="Your equipment claim – stolen camera Barcelona – EQ-26-0217",
  date="2026-05-04 12:48", sig="hartmann", sigstyle="short",
  body="""Dear Ms Kelleher,

thank you for your claim and the Mossos d'Esquadra report (no. BCN-26-0428-3377).

Your Sony Alpha 1 body with the 24–70 mm GM II lens was stolen from your camera bag at a café terrace in Plaça Reial on 28 April 2026 while you were working on a commission for a travel magazine. Your equipment policy (EQ-IE-2025-0019, in your own name as a sole trader) covers theft worldwide, provided the equipment was not left unattended – you confirm the bag was at your feet.

Settlement: replacement value EUR 9,150.00 minus the EUR 250 excess = EUR 8,900.00, to your business account at AIB ending 5512. Your annual turnover figure of EUR 84,000 given at inception is still correct for the renewal in June, you said – thanks for confirming.

Kind regards,
Sven Hartmann""")

M("N", "en", "internal", "trap: TPA fee invoice check with per-case fees in aggregate",
  frm=ADDR("santos"), to=ADDR("morgan"),
  subj="AsiaCare TPA – October invoice ok to pay",
  date="2026-11-06 10:35", sig="santos", sigstyle="short",
  body="""Hi James,

I checked AsiaCare's October invoice (INV-AC-2026-10, USD 84,312.50) against our case counts:

[[tpa]]

All matches our system. The two evacuation coordination fees were pre-agreed. OK to pay.

Rhea""",
  tables={"tpa": ([["Service", "Cases", "Fee per case USD", "Total USD"],
                   ["GOP handling (inpatient)", "612", "75.00", "45,900.00"],
                   ["Outpatient claims processing", "4,107", "8.50", "34,909.50"],
                   ["Evacuation coordination", "2", "1,200.00", "2,400.00"],
                   ["Hospital audit visits", "3", "367.67", "1,103.00"]], "pad")})

M("S", "en", "insurer-to-assessor", "instruction to an independent medical examiner in London for a named disability claimant with ME/CFS",
  frm=ADDR("stanek"), to="Dr. Helen Carrow <hcarrow@independent-medicolegal.co.uk.example>",
  subj="Instruction – IME – Mr Oliver Grant – disability claim GIP-UK-2024-0007",
  date="2026-04-13 11:25", sig="stanek",
  body="""Dear Dr Carrow,

we would like to instruct you to carry out an independent medical examination of:

Mr Oliver James Grant, born 17/05/1986, 14 Harcourt Terrace, Bristol BS8 2LS
Occupation: software engineer (employer: Brightline Group plc, group income protection policy GIP-UK-2024-0007)
Absent from work since 06/10/2025; claimed condition: myalgic encephalomyelitis / chronic fatigue syndrome (G93.3) following a COVID-19 infection in September 2025

Enclosed in the secure folder: GP records 2020–2026, the report of the ME/CFS clinic at Southmead Hospital (February 2026), the employer's job description, and the claimant's activity diary.

Questions:
1. Does the claimant meet the diagnostic criteria (NICE 2021)?
2. What is his current functional capacity, and can he perform the material duties of his own occupation, even part-time or with adjustments?
3. What treatment is recommended, and what is the prognosis for a return to work within 6 / 12 months?

Mr Grant has asked that the examination takes place in the morning and in Bristol if possible. Your fee as per our framework agreement.

Kind regards,
Oliver Stanek""")

M("C", "en", "insurer-to-partner", "confirmation of buildings cover to a UK mortgage lender for a named customer's house in Germany, with mortgage account number",
  frm=ADDR("kowalski"), to="Mortgage Servicing <insurance.checks@harbourside-building-society.example>",
  subj="Confirmation of buildings insurance – borrower Mr Andrew Keane – mortgage account 40-881277-01",
  date="2026-02-27 09:30", sig="kowalski",
  body="""Dear Sir or Madam,

at the request of our customer, Mr Andrew Keane, we confirm the following buildings insurance:

Policyholder: Mr Andrew Keane, Mrs Birgit Keane
Insured property: Am Kirchberg 5, 53474 Bad Neuenahr-Ahrweiler, Germany
Policy no.: WG 8802 4417
Cover: fire, storm/hail, burst pipes, natural hazards (incl. flood); rebuilding value basis (Wert 1914: 28,400 Mark = approx. EUR 702,000 in 2026)
Period: 01/01/2026 – 31/12/2026, renewing annually
Your interest as mortgagee has been noted on the policy (mortgage account 40-881277-01). We will inform you if the policy is cancelled or premiums remain unpaid.

Kind regards,
Lena Kowalski""")

M("N", "de", "internal", "Falle: Einladung zur Schulung 'Verschlüsselt mailen mit Partnern im Ausland', keine Einzelfälle",
  frm=ADDR("fischer"), to="intl-health@versicherer.example; reise-assistance@versicherer.example; global-programmes@versicherer.example", lang="de",
  subj="Schulung: Verschlüsselt mailen mit Krankenhäusern, Maklern und Rückversicherern im Ausland",
  date="2026-06-01 09:15", sig="fischer", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

in den internationalen Teams kommen immer wieder Fragen wie „Kann ich dem Krankenhaus in Bangkok den Arztbericht einfach per Mail schicken?“ oder „Der Makler in London hat kein S/MIME – was jetzt?“. Deshalb bieten wir eine 60-minütige Schulung an:

- Was erkennt das Gateway automatisch (Gesundheitsdaten, Vertragsnummern, IBAN, Geburtsdaten), und wie markiere ich selbst ([secure], [vertraulich])?
- Welche Partner haben Domänenverschlüsselung, wer bekommt Nachrichten über das Portal?
- Wann reicht TLS, wann nicht – und was bedeutet eine Einwilligung des Kunden?
- Was passiert mit Antworten aus dem Portal?

Termine (Teams, auf Englisch und Deutsch):
Di, 16.06., 10:00 Uhr (DE) · Do, 18.06., 09:00 Uhr (EN, passend für Manila) · Mi, 24.06., 15:00 Uhr (EN, passend für Dubai/London)

Anmeldung im Lernportal, Kurs IS-207.

Viele Grüße
Tim Fischer""")

M("S", "en", "insurer-to-customer", "therapy for a named child with autism spectrum disorder (occupational and speech therapy) for an Indian expat family",
  frm=ADDR("whitfield"), to="Meera Iyer <meera.iyer@gmail.example>",
  subj="Re: therapy for Aarav – what can be covered",
  date="2026-08-20 09:48", sig="whitfield", sigstyle="short",
  body="""Dear Mrs Iyer,

thank you for the developmental paediatrician's report from KK Hospital. I've gone through it with our medical team.

For your son Aarav (dependant on your husband's GlobalCare Plus plan, GCX-0377081-02), diagnosed with autism spectrum disorder (F84.0) at age 3, the following is covered:
- speech therapy: up to 30 sessions per year, 80 %
- occupational therapy: up to 30 sessions per year, 80 %
- follow-up with the developmental paediatrician: as outpatient specialist consultations

Applied Behaviour Analysis (ABA) is unfortunately not covered under the Plus plan, as it is considered an educational rather than a medical therapy in our terms; the Premium plan has a limited ABA benefit (SGD 8,000 per year) if you consider switching at renewal.

Please send the therapy invoices through the app as usual – no pre-approval needed for the covered sessions.

Kind regards,
Emma""")

M("C", "de", "insurer-to-customer", "Kfz-Unfall in der Schweiz: Schweizer Geschädigter, Kennzeichen, niemand verletzt",
  frm=ADDR("nowak"), to="Lisa Baumgartner <lisa.baumgartner@outlook.example>", lang="de",
  subj="Ihr Unfall in Zürich – Schaden KS-26-103377",
  date="2026-07-30 16:30", sig="nowak", sigstyle="short",
  body="""Hallo Frau Baumgartner,

danke für die Fotos und den Unfallbericht. Sie sind am 25.07.2026 in Zürich (Seefeldstrasse) beim Abbiegen mit Ihrem Audi A3 (S-LB 4190) gegen den Roller von Herrn Beat Zürcher (ZH 48 211) gestoßen, der vor Ihnen hielt. Herr Zürcher ist nicht gestürzt und unverletzt; am Roller sind Verkleidung und Spiegel beschädigt (Offerte: 1.380 CHF).

Der Schaden wird über das Schweizerische Nationale Versicherungsbüro bzw. unseren Schadenregulierungsbeauftragten in der Schweiz reguliert. Sie müssen nichts weiter unternehmen; falls Herr Zürcher sich direkt bei Ihnen meldet, verweisen Sie ihn bitte auf unsere Schadennummer.

Viele Grüße
Agnieszka Nowak""")

M("N", "en", "insurer-to-customer", "trap: portal registration-link mail, no content",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="m.okeke@gmail.example",
  subj="Complete your registration – Versicherer SecureMail",
  date="2026-03-12 14:03", client="system", mailer="Siegel Portal",
  body="""Hello,

please complete your registration for the Versicherer SecureMail portal:

https://securemail.versicherer.example/register?token=8f3KqZ1vT9wLm2Xa

You will need the one-time password we sent you in a separate e-mail. After logging in, you will set your name, a new password (at least 12 characters) and a security question.

The link is valid for 14 days. If you did not expect this e-mail, you can ignore it.

This is an automatically generated e-mail. Please do not reply.

Versicherer SecureMail · https://securemail.versicherer.example""")

M("N", "en", "internal", "trap: travel cancellation frequency by reason, aggregated (illness share), for product pricing",
  frm=ADDR("okafor"), to=ADDR("seidel"),
  subj="Cancellation claims by reason 2025 – for the NomadCover pricing",
  date="2026-01-22 17:05", sig="okafor", sigstyle="short",
  body="""Ines,

here's the split of trip cancellation claims 2025 by reason (all markets), as you asked:

[[canc]]

"Illness/injury of insured or family" stays the dominant cause; the share of mental-health related cancellations (within illness) rose to 9 % from 6 %. Pandemic-related reasons are now below 1 %. For NomadCover I'd base the cancellation module on the "annual policy" column.

Chidi""",
  tables={"canc": ([["Reason", "Single trip", "Annual policy", "All"],
                    ["Illness/injury (insured or family)", "61.8 %", "58.2 %", "60.4 %"],
                    ["Death in the family", "8.1 %", "9.4 %", "8.6 %"],
                    ["Job loss / new job", "6.3 %", "7.7 %", "6.8 %"],
                    ["Damage to home", "2.0 %", "2.2 %", "2.1 %"],
                    ["Pregnancy", "5.4 %", "4.9 %", "5.2 %"],
                    ["Exams / other", "16.4 %", "17.6 %", "16.9 %"]], "pad")})

M("C", "en", "insurer-to-partner", "recovery notice to a Dutch liability insurer about its named insured (sole-trader plumber) who damaged our customer's house",
  frm=ADDR("schreiber"), to="Schadeafdeling <schade@polder-aansprakelijkheid.example>",
  subj="Recovery – your insured Mr. Ruud Kramer (Kramer Installatietechniek) – water damage Aachen",
  date="2026-09-25 14:15", sig="schreiber",
  body="""Dear Sir or Madam,

your policyholder, Mr. Ruud Kramer, trading as Kramer Installatietechniek (eenmanszaak, Vaals), replaced the hot-water boiler at the house of our customers, Mr. and Mrs. Hendrik and Petra Laumen, Lütticher Straße 310, 52074 Aachen, on 3 June 2026. On 9 June a press fitting installed by him came loose and water ran into the basement for several hours. Nobody was injured.

We have paid our customers under their buildings and contents policies (WG 8711 302 / HR 5477 019):
- drying and repair of the basement: EUR 14,380.20
- damaged contents (washing machine, stored furniture): EUR 3,612.00

The expert's report (attached to the portal message) finds that the fitting was not pressed correctly. We hold your insured liable and ask you to confirm cover and pay EUR 17,992.20 within 30 days.

Yours faithfully,
Dr. Carola Schreiber""")

M("C", "en", "insurer-to-broker", "London broker: named private landlord added as additional insured on a client's liability policy, address and policy number",
  frm=ADDR("oltmanns"), to="Oliver Pratt <o.pratt@thamesgatebrokers.example>",
  subj="RE: Additional insured – Mrs H. Pemberton – lease of unit 3, Camden",
  date="2026-12-16 10:02", sig="oltmanns", sigstyle="short",
  body="""Hi Oliver,

done: Mrs Harriet Pemberton, 22 Elsworthy Road, London NW3 3DL, is added as additional insured (landlord's interest only) to the public liability policy PL-UK-2026-0318 of your client Kettle & Crumb Ltd, in respect of their lease of Unit 3, 41 Chalk Farm Road, Camden, from 01/01/2027.

No additional premium. Endorsement no. 4 will be in the broker post tomorrow morning; you can fetch it through your broker software as usual.

Cheers,
Jens""")

# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
