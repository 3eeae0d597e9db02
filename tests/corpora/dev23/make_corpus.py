#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel independent corpus d23 (life, pensions and money).

Writes mails/d23-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2
corpus helper file; the office and PDF builders were rewritten with the
Python standard library only (XLSX/DOCX = ZIP + Office Open XML, ODS/ODT =
ZIP + ODF XML with `mimetype` stored first, PDF 1.4 with the standard
Helvetica fonts, an uncompressed text layer and a correct xref table).

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs: Python 3 standard library only.
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
    # new in d23 (life, pensions and money)
    "hagedorn": ("Claudia Hagedorn", "claudia.hagedorn", "Vertragsservice Leben\nÄnderungen / Rückkauf", "Life Policy Services", "lv", "-2712"),
    "petersen": ("Malte Petersen", "malte.petersen", "Leistung Leben\nTodesfall / Erbfälle", "Life Claims, Death Benefits", "lv", "-2644"),
    "kaya": ("Derya Kaya", "derya.kaya", "Pfändungen / Insolvenzen", "Garnishment & Insolvency Desk", "grp", "-1655"),
    "roth": ("Wolfgang Roth", "wolfgang.roth", "Steuerabteilung", "Group Tax", "grp", "-1840"),
    "lehmann": ("Anke Lehmann", "anke.lehmann", "Rechnungswesen / Kreditorenbuchhaltung", "Accounts Payable", "grp", "-1825"),
    "schwarz": ("Dr. Felix Schwarz", "felix.schwarz", "Kapitalanlage", "Investment Management", "grp", "-1910"),
    "winter": ("Ramona Winter", "ramona.winter", "Versorgungsausgleich / Familiensachen", "Pension Rights Adjustment", "lv", "-2688"),
    "ahmed": ("Samir Ahmed", "samir.ahmed", "bAV-Service Arbeitgeber", "Company Pensions, Employer Service", "lv", "-2850"),
    "grote": ("Heike Grote", "heike.grote", "Entgeltabrechnung", "Payroll", "grp", "-1440"),
    "novak": ("Petra Novak", "petra.novak", "Rentenservice Leben\nLaufende Renten / Steuermeldungen", "Annuity Services", "lv", "-2760"),
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


# ---- standard-library office/PDF builders (replace openpyxl, python-docx, odfpy, fpdf2) ----

def _x(s):
    """XML-escape text for element content and attribute values."""
    return htmlmod.escape("" if s is None else str(s), quote=True)


def _iso(stamp):
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _zipfiles(members, stamp, mimetype=None):
    """Build a zip with fixed member times. mimetype (ODF) goes first, stored."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        if mimetype:
            zi = zipfile.ZipInfo("mimetype", date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, mimetype.encode("ascii"))
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


_XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _ooxml_core(author, stamp, title=None):
    t = f"<dc:title>{_x(title)}</dc:title>" if title else ""
    return (_XMLDECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>"
            f"<cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{_iso(stamp)}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_iso(stamp)}</dcterms:modified>'
            "</cp:coreProperties>")


def _ooxml_app(app):
    return (_XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{app}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>")


def _root_rels(main_target, main_type="officeDocument"):
    return (_XMLDECL + f'<Relationships xmlns="{_NS_PR}">'
            f'<Relationship Id="rId1" Type="{_NS_R}/{main_type}" Target="{main_target}"/>'
            f'<Relationship Id="rId2" Type="{_NS_PR}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_NS_R}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _isnum(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    stamp = _STAMP[0]
    strings, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    sheet_xml = []
    for name, rows in sheets.items():
        rows = [list(r) for r in rows]
        ncols = max(len(r) for r in rows)
        cols = []
        for j in range(ncols):
            w = max(len(str(r[j])) if j < len(r) and r[j] is not None else 0 for r in rows)
            cols.append(f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, w + 2))}" customWidth="1"/>')
        data = []
        for i, r in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(r):
                if v is None:
                    continue
                ref = f"{_col(j)}{i}"
                st = ' s="1"' if i == 1 else ""
                if _isnum(v):
                    cells.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{st} t="s"><v>{si(str(v))}</v></c>')
            data.append(f'<row r="{i}">{"".join(cells)}</row>')
        dim = f"A1:{_col(ncols - 1)}{len(rows)}"
        sheet_xml.append(_XMLDECL + f'<worksheet xmlns="{_NS_MAIN}" xmlns:r="{_NS_R}"><dimension ref="{dim}"/>'
                         '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                         f'<cols>{"".join(cols)}</cols><sheetData>{"".join(data)}</sheetData>'
                         '<pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/>'
                         "</worksheet>")
    n = len(sheet_xml)
    ct = (_XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for k in range(1, n + 1))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    wb = (_XMLDECL + f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_NS_R}"><bookViews><workbookView/></bookViews><sheets>'
          + "".join(f'<sheet name="{_x(nm)}" sheetId="{k}" r:id="rId{k}"/>' for k, nm in enumerate(sheets, 1))
          + "</sheets></workbook>")
    wbrels = (_XMLDECL + f'<Relationships xmlns="{_NS_PR}">'
              + "".join(f'<Relationship Id="rId{k}" Type="{_NS_R}/worksheet" Target="worksheets/sheet{k}.xml"/>' for k in range(1, n + 1))
              + f'<Relationship Id="rId{n + 1}" Type="{_NS_R}/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 2}" Type="{_NS_R}/sharedStrings" Target="sharedStrings.xml"/>'
              "</Relationships>")
    styles = (_XMLDECL + f'<styleSheet xmlns="{_NS_MAIN}">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>'
              "</styleSheet>")
    sst = (_XMLDECL + f'<sst xmlns="{_NS_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{_x(s)}</t></si>' for s in strings) + "</sst>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", _root_rels("xl/workbook.xml")),
               ("docProps/app.xml", _ooxml_app("Microsoft Excel")), ("docProps/core.xml", _ooxml_core(author, stamp)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
               ("xl/sharedStrings.xml", sst)]
    members += [(f"xl/worksheets/sheet{k}.xml", s) for k, s in enumerate(sheet_xml, 1)]
    data = _zipfiles(members, stamp)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(fn, mime, body_xml, auto_styles, author, subtype, kind):
    stamp = _STAMP[0]
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%S")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS} office:version="1.2">'
               f"<office:automatic-styles>{auto_styles}</office:automatic-styles>"
               f"<office:body>{body_xml}</office:body></office:document-content>")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {_ODF_NS} office:version="1.2"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              "</office:styles></office:document-styles>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>"
            f"<meta:initial-creator>{_x(author)}</meta:initial-creator><dc:creator>{_x(author)}</dc:creator>"
            f"<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date>"
            "<meta:editing-cycles>1</meta:editing-cycles></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    data = _zipfiles([("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)], stamp, mimetype=mime)
    return Att(fn, data, "application", subtype, kind=kind)


def _ods(fn, sheets, author="Versicherer"):
    out = ["<office:spreadsheet>"]
    for name, rows in sheets.items():
        ncols = max(len(r) for r in rows)
        out.append(f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{ncols}"/>')
        for r in rows:
            out.append("<table:table-row>")
            for v in r:
                if _isnum(v):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                elif v is None:
                    out.append("<table:table-cell/>")
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet>")
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet", "".join(out), "", author,
                "vnd.oasis.opendocument.spreadsheet", "ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _w_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = str(text).split("\n")
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("<w:br/>")
        out.append(f'<w:t xml:space="preserve">{_x(p)}</w:t>')
    return f"<w:r>{rpr}{''.join(out)}</w:r>"


def _docx(fn, blocks, author="Versicherer", octet=False, title=None):
    stamp = _STAMP[0]
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            lvl = b[2] if len(b) > 2 else 1
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/></w:pPr>{_w_run(b[1])}</w:p>')
        elif b[0] in ("p", "small"):
            for para in b[1].split("\n\n"):
                body.append(f"<w:p>{_w_run(para)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            nc = len(rows[0])
            grid = "".join(f'<w:gridCol w:w="{9000 // nc}"/>' for _ in range(nc))
            trs = []
            for i, r in enumerate(rows):
                tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{9000 // nc}" w:type="dxa"/></w:tcPr><w:p>{_w_run("" if v is None else v, bold=(i == 0))}</w:p></w:tc>' for v in r)
                trs.append(f"<w:tr>{tcs}</w:tr>")
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl><w:p/>')
    doc = (_XMLDECL + f'<w:document xmlns:w="{_NS_W}" xmlns:r="{_NS_R}"><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    brd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    styles = (_XMLDECL + f'<w:styles xmlns:w="{_NS_W}">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
              '<w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>'
              f'<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
              f"<w:tblPr><w:tblBorders>{brd}</w:tblBorders></w:tblPr></w:style>"
              "</w:styles>")
    ct = (_XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    docrels = (_XMLDECL + f'<Relationships xmlns="{_NS_PR}">'
               f'<Relationship Id="rId1" Type="{_NS_R}/styles" Target="styles.xml"/></Relationships>')
    data = _zipfiles([("[Content_Types].xml", ct), ("_rels/.rels", _root_rels("word/document.xml")),
                      ("docProps/app.xml", _ooxml_app("Microsoft Office Word")),
                      ("docProps/core.xml", _ooxml_core(author, stamp, title)),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", docrels),
                      ("word/styles.xml", styles)], stamp)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


def _odt(fn, blocks, author="Versicherer"):
    out = ["<office:text>"]
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f'<text:p text:style-name="Standard">{_x(line)}</text:p>')
        elif b[0] == "t":
            rows = b[1]
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>')
            for r in rows:
                out.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_x("" if v is None else v)}</text:p></table:table-cell>'
                    for v in r) + "</table:table-row>")
            out.append("</table:table>")
    out.append("</office:text>")
    return _odf(fn, "application/vnd.oasis.opendocument.text", "".join(out), "", author,
                "vnd.oasis.opendocument.text", "odt")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})

# Helvetica advance widths (1/1000 em) for the ASCII range; other Latin-1 letters use a close base letter.
_HELV = dict(zip(range(32, 127), [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
    556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
    556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
    500, 500, 500, 334, 260, 334, 584]))


def _pdf_text(s):
    import unicodedata
    s = str(s).translate(_PDF_MAP)
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore").decode("cp1252") or "?")
    return "".join(out)


def _w(s, size, bold=False):
    import unicodedata
    tot = 0
    for ch in s:
        c = ord(ch)
        if c not in _HELV:
            base = unicodedata.normalize("NFKD", ch)[:1]
            c = ord(base) if base and ord(base) in _HELV else 0x61
        tot += _HELV[c]
    return tot * size / 1000 * (1.06 if bold else 1.0)


def _wrap(text, width, size, bold=False):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split(" "):
            cand = word if not cur else cur + " " + word
            if _w(cand, size, bold) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


def _pstr(s):
    b = _pdf_text(s).encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("cp1252") + ")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """PDF 1.4, standard Helvetica fonts (WinAnsiEncoding), uncompressed content
    streams (a plain text layer), a correct xref table; unicode= is accepted and ignored
    (non-cp1252 characters are transliterated)."""
    W, H, L, R, T, B = 595.28, 841.89, 56.7, 56.7, 51.0, 56.7
    pages, ops = [], []
    y = [H - T]

    def newpage():
        if ops:
            pages.append("\n".join(ops))
            ops.clear()
        y[0] = H - T

    def line(txt, size, bold=False, x=L):
        if y[0] - size * 1.25 < B:
            newpage()
        y[0] -= size * 1.25
        ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.2f} {y[0]:.2f} Td {_pstr(txt)} Tj ET")

    for b in _blocks(blocks):
        if b[0] == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for ln in _wrap(b[1], W - L - R, size, True):
                line(ln, size, True)
            y[0] -= 4
        elif b[0] in ("p", "small"):
            size = 10 if b[0] == "p" else 7
            for ln in _wrap(b[1], W - L - R, size):
                line(ln, size)
            y[0] -= 5 if b[0] == "p" else 2
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            size = 8.5
            nc = len(rows[0])
            need = [max(_w(_pdf_text(r[j]), size) for r in rows) + 6 for j in range(nc)]
            avail = W - L - R
            if sum(need) > avail:
                need = [n * avail / sum(need) for n in need]
            for i, r in enumerate(rows):
                cells = [_wrap(_pdf_text(r[j]), need[j] - 6, size, i == 0) for j in range(nc)]
                hgt = max(len(c) for c in cells) * size * 1.25 + 4
                if y[0] - hgt < B:
                    newpage()
                top = y[0]
                x = L
                for j in range(nc):
                    ops.append(f"0.5 w {x:.2f} {top - hgt:.2f} {need[j]:.2f} {hgt:.2f} re S")
                    yy = top - 2
                    for ln in cells[j]:
                        yy -= size * 1.25
                        ops.append(f"BT /{'F2' if i == 0 else 'F1'} {size:g} Tf {x + 3:.2f} {yy + 2:.2f} Td {_pstr(ln)} Tj ET")
                    x += need[j]
                y[0] = top - hgt
            y[0] -= 8
    newpage()

    objs = {}
    np_ = len(pages)
    page_ids = [6 + 2 * k for k in range(np_)]
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {np_} >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%SZ")
    info = f"/Producer (Siegel d23 corpus PDF writer) /Creator (Siegel d23 corpus) /Author {_pstr(author)} /CreationDate ({d}) /ModDate ({d})"
    if title:
        info += f" /Title {_pstr(title)}"
    objs[5] = f"<< {info} >>"
    for k, content in enumerate(pages):
        pid = page_ids[k]
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W:g} {H:g}] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> /ProcSet [/PDF /Text] >> /Contents {pid + 1} 0 R >>")
        cb = content.encode("cp1252")
        objs[pid + 1] = (f"<< /Length {len(cb)} >>\nstream\n".encode("ascii") + cb + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        body = objs[i] if isinstance(objs[i], bytes) else objs[i].encode("cp1252")
        out += f"{i} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n".encode("ascii") + b"0000000000 65535 f \n"
    for i in range(1, n):
        out += f"{offs[i]:010d} 00000 n \n".encode("ascii")
    fid = _h(fn + d, 32)
    out += (f"trailer\n<< /Size {n} /Root 1 0 R /Info 5 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode("ascii")
    data = bytes(out)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Used by --check: verify the xref table and return the text layer of a PDF written above."""
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref"
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        assert len(entry) == 20 and entry.endswith(b" \n"), entry
        if i:
            off = int(entry[:10])
            assert data[off:].startswith(f"{i} 0 obj".encode()), (i, off)
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b"\nendstream"
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            texts.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
    return "\n".join(texts)


def office_check(fname, data):
    """Used by --check: open an OOXML/ODF container and parse every XML part."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    low = fname.lower()
    for nm in names:
        if nm.endswith((".xml", ".rels")):
            ET.fromstring(z.read(nm))
    text = []
    if low.endswith((".xlsx", ".docx")):
        assert "[Content_Types].xml" in names and "_rels/.rels" in names
        main = "xl/workbook.xml" if low.endswith(".xlsx") else "word/document.xml"
        assert main in names, (fname, main)
        for nm in names:
            if nm in ("xl/sharedStrings.xml", "word/document.xml"):
                text += [e.text or "" for e in ET.fromstring(z.read(nm)).iter() if e.tag.endswith("}t")]
    else:
        info = z.infolist()[0]
        assert info.filename == "mimetype" and info.compress_type == zipfile.ZIP_STORED
        mt = z.read("mimetype").decode()
        assert mt == ("application/vnd.oasis.opendocument.spreadsheet" if low.endswith(".ods")
                      else "application/vnd.oasis.opendocument.text")
        assert "META-INF/manifest.xml" in names and "content.xml" in names
        text += [e.text or "" for e in ET.fromstring(z.read("content.xml")).iter() if e.text]
    assert "".join(text).strip(), (fname, "no text")
    return text


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
    salt = f"d23|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d23-{n:04d}.eml"
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
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels.tsv header"
    lines = lines[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0
    pdfs = 0
    opened = Counter()

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        opened[low.rsplit(".", 1)[-1]] += 1
        if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
            office_check(fname, data)
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            for name in z.namelist():
                open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert pdf_text(data).strip(), (fn, fname, "empty PDF text")
            pdfs += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt")):
            assert data, fn
        elif low.endswith(".eml"):
            from email.parser import BytesParser as _BP
            assert not _BP(policy=P.default).parsebytes(data).defects, fn
        else:
            raise AssertionError((fn, fname, "unknown attachment type"))

    for n, ((label, lang, kind, reason, m), line) in enumerate(zip(MAILS, lines), 1):
        fn = line.split("\t")[0]
        assert fn == f"d23-{n:04d}.eml", fn
        assert line.split("\t")[1:] == [label, lang, kind, reason], fn
        raw = (OUT / "mails" / fn).read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        assert compose(m, n).as_bytes(policy=SMTP) == raw, f"{fn}: not byte-identical to a fresh build"
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
    print("attachments opened: " + ", ".join(f"{a}={b}" for a, b in sorted(opened.items())))
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


# (the mails of dev2 are removed here; write your own below)
# --------------------------------------------------------------------------
# batch 1 (d23-0001 … d23-0025)
# --------------------------------------------------------------------------

# 1
M("S", "de", "insurer-to-heir", "death of the insured: heir asked for death certificate and certificate of inheritance, life policy number and death benefit",
  frm=ADDR("petersen"), to="Katrin Albers <k.albers@posteo.example>",
  subj="AW: Tod meines Vaters – Lebensversicherung L 7 204 118 3",
  date="2026-01-08 10:14", sig="petersen", ent="lv",
  body="""
Sehr geehrte Frau Albers,

zunächst möchte ich Ihnen und Ihrer Familie mein aufrichtiges Beileid zum Tod Ihres Vaters aussprechen.

Wir haben Ihre Nachricht erhalten und den Leistungsfall zur Kapitallebensversicherung L 7 204 118 3 (versicherte Person: Herr Gerhard Albers, verstorben am 29.12.2025) angelegt. Damit wir die Todesfallleistung auszahlen können, benötigen wir noch:

1. die Sterbeurkunde (eine einfache Kopie genügt),
2. das Original des Versicherungsscheins oder – falls er nicht auffindbar ist – eine kurze formlose Verlusterklärung,
3. einen Nachweis der Erbberechtigung: Erbschein oder notarielles Testament mit Eröffnungsprotokoll des Nachlassgerichts.

Zu Ihrer Frage nach dem Bezugsrecht: Im Vertrag ist für den Todesfall kein namentlich Bezugsberechtigter eingetragen, die Leistung fällt daher in den Nachlass. Nach unserem aktuellen Stand beträgt die Todesfallleistung einschließlich Überschussbeteiligung rund 23.480 Euro; die genaue Abrechnung erhalten Sie mit der Auszahlung.

Die Unterlagen können Sie uns gern auf unserem sicheren Postfach hochladen oder per Post schicken. Bitte nennen Sie uns zusätzlich die Bankverbindung der Erbengemeinschaft bzw. eine Vollmacht der übrigen Erben, wenn die Auszahlung auf Ihr Konto erfolgen soll.

Mit freundlichen Grüßen
""",
  quote=OQ("Katrin Albers <k.albers@posteo.example>", "Montag, 5. Januar 2026 21:47", "leben@versicherer.example",
           "Tod meines Vaters – Lebensversicherung L 7 204 118 3", """
Guten Abend,

mein Vater Gerhard Albers ist kurz nach Weihnachten im Krankenhaus verstorben. In seinen Unterlagen habe ich die Police L 7 204 118 3 gefunden. Was müssen wir als Erben jetzt tun? Wir sind zu dritt (ich und meine zwei Brüder).

Viele Grüße
Katrin Albers
"""))

# 2
M("N", "de", "newsletter", "trap: generic announcement of 2027 surplus participation rates to brokers, no person",
  frm="Versicherer Leben Vertriebsinfo <newsletter@versicherer.example>", to="Vertriebspartner <vertriebspartner@versicherer.example>",
  subj="Maklerinfo 04/2026: Überschussbeteiligung 2027 festgelegt", date="2026-11-19 07:30", ent="lv",
  headers={"List-Unsubscribe": "<mailto:newsletter-abmelden@versicherer.example>", "Precedence": "bulk"},
  body="""
MAKLERINFO LEBEN 04/2026
========================

Liebe Vertriebspartnerinnen und Vertriebspartner,

der Vorstand hat die Überschussbeteiligung für das Jahr 2027 festgelegt. Die wichtigsten Werte im Überblick:

* laufende Verzinsung klassische Rentenversicherung: 2,60 % (Vorjahr 2,45 %)
* Gesamtverzinsung inkl. Schlussüberschuss und Sockelbeteiligung an Bewertungsreserven: 3,35 %
* Hybridprodukt "Vorsorge Flex": Garantieguthaben 2,60 %, Fondsanteil unverändert
* Risikolebensversicherung: Sofortrabatt auf den Tarifbeitrag weiterhin 42 %

Die Deklaration gilt für alle Tarifgenerationen ab 2012; ältere Tarife entnehmen Sie bitte der Tabelle im Vertriebsportal unter "Produkte > Leben > Deklaration 2027".

Beispielrechnung (Modellkunde, 35 Jahre, 100 Euro Monatsbeitrag, Rentenbeginn 67): prognostizierte garantierte Monatsrente 312 Euro, inklusive Überschüssen 486 Euro. Die Prognose ist nicht garantiert.

Neue Kundeninformationen und Produktflyer stehen ab dem 1. Dezember zum Download bereit.

Ihr Team Vertriebsunterstützung Leben

--
Sie erhalten diese Nachricht als registrierter Vertriebspartner. Abmelden: newsletter-abmelden@versicherer.example
Versicherer Lebensversicherung AG · Rheinuferstraße 12 · 50667 Köln
""")

# 3
M("C", "de", "insurer-to-customer", "SEPA mandate change confirmed: customer name, new IBAN, household and liability policy numbers",
  frm=ADDR("becker"), to="Jonas Lewandowski <jonas.lewandowski@web.example>",
  subj="Ihre neue Bankverbindung – Bestätigung", date="2026-01-12 14:02", sig="becker", sigstyle="short", disc=1,
  body=f"""
Hallo Herr Lewandowski,

vielen Dank für Ihr neues SEPA-Lastschriftmandat. Wir haben die Bankverbindung geändert:

Kontoinhaber: Jonas Lewandowski
IBAN: {IB("DE", "430609671047382956")}
BIC: GENODEM1GLS
Mandatsreferenz: VV-0019-882731-02

Das Mandat gilt für Ihre Hausratversicherung HR-2291-4470 und die Privathaftpflicht PH-2291-4471. Die erste Abbuchung vom neuen Konto erfolgt zum 1. Februar 2026 (Beitrag Hausrat 11,40 Euro, Haftpflicht 6,15 Euro).

Die alte Bankverbindung bei der Sparkasse haben wir gelöscht.

Freundliche Grüße
""")

# 4
M("S", "en", "insurer-to-customer", "surrender of a private pension policy for a customer abroad: surrender value, withholding tax, policy number",
  frm=ADDR("hagedorn"), to="Alistair Reid <alistair.reid@fastmail.example>",
  subj="Your surrender request – pension policy R 3 377 902 1", date="2026-01-14 11:36", sig="hagedorn", ent="lv",
  body="""
Dear Mr Reid,

thank you for your letter of 7 January in which you give notice to surrender your private pension policy R 3 377 902 1 with effect from 1 March 2026.

As requested, here is an overview before we process the surrender:

  Surrender value as at 01/03/2026 (incl. surplus):   EUR 18,742.60
  less cancellation deduction:                         EUR 0.00 (policy older than 10 years)
  Capital gain (payout minus premiums paid):           EUR 3,118.40
  Taxable portion (50 % rule does not apply, you are under 62): EUR 3,118.40

Since you are now resident in Scotland, we need a certificate of tax residence from HMRC if you would like us to apply the double taxation treaty. Without it, we have to withhold German capital gains tax (25 %) plus solidarity surcharge on the gain, i.e. about EUR 822.53.

Please also send us the bank details of an account in your name. A UK account is fine; for a transfer in GBP the receiving bank may charge a fee.

If you would rather keep the policy, a premium holiday or conversion into a paid-up policy is possible until the end of February. Just let me know.

Kind regards
""")

# 5
M("N", "de", "insurer-to-supplier", "trap: supplier invoice for printing annual policy statements, company bank account change, no person",
  frm=ADDR("lehmann"), to="Buchhaltung Druckhaus Rheinland GmbH <buchhaltung@druckhaus-rheinland.example>",
  subj="Rechnung 2026-0117 / geänderte Bankverbindung – Rückfrage", date="2026-01-21 09:05", sig="lehmann", disc=0,
  body=f"""
Sehr geehrte Damen und Herren,

uns liegt Ihre Rechnung Nr. 2026-0117 vom 16.01.2026 über den Druck und die Kuvertierung von 48.200 Standmitteilungen Leben (Los 1, Versand KW 3) vor, Betrag 31.874,22 Euro brutto.

Auf der Rechnung ist eine neue Bankverbindung angegeben:
{IB("DE", "370400440532617700")} (Commerzbank Köln)

In unseren Stammdaten ist noch Ihr Konto bei der Kreissparkasse hinterlegt. Aus Sicherheitsgründen ändern wir Lieferantenbankverbindungen nur nach einer schriftlichen Bestätigung durch die Geschäftsführung und einem Rückruf unter der uns bekannten Telefonnummer. Bitte schicken Sie uns die Bestätigung auf Firmenpapier; wir melden uns dann telefonisch bei Herrn Kamps.

Die Rechnung ist sachlich geprüft und wird nach Abschluss der Prüfung innerhalb des Zahlungsziels (30 Tage netto) bezahlt.

Mit freundlichen Grüßen
""")

# 6
M("C", "de", "internal", "garnishment of an employee's salary: name, creditor, net income, garnishable amount",
  frm=ADDR("kaya"), to=ADDR("grote"),
  subj="Pfändungs- und Überweisungsbeschluss – Mitarbeiter Personalnr. 40817", date="2026-01-22 15:48", sig="kaya", sigstyle="short", disc=False,
  body="""
Hallo Heike,

heute ist bei uns als Drittschuldner ein PfÜB des AG Köln (Az. 284 M 1193/25) eingegangen, Schuldner ist unser Kollege Dennis Hartung, Personalnr. 40817, Kundenservice. Gläubigerin: Rheinische Inkasso GmbH, Forderung 6.412,88 Euro zzgl. Zinsen und Kosten.

Für die Drittschuldnererklärung (Frist 2 Wochen ab Zustellung, also bis 05.02.) brauche ich von dir:
- Nettoentgelt der letzten drei Monate (laut meiner Liste Dezember 2.486,31 Euro netto),
- Anzahl der Unterhaltspflichten laut Lohnsteuermerkmalen (ich sehe 1 Kind),
- ob schon andere Pfändungen oder Abtretungen vorliegen.

Nach der aktuellen Tabelle wären bei 2.486,31 netto und einer Unterhaltspflicht monatlich 239,52 Euro pfändbar – bitte prüf das mit eurem Abrechnungsprogramm gegen.

Herr Hartung weiß Bescheid, ich habe heute Mittag mit ihm gesprochen. Bitte die Unterlagen nur an mich, nicht in die Personalakte-Sammelmappe.

Danke und Gruß
""")

# 7
M("S", "de", "insurer-to-court", "pension rights adjustment in divorce: information to the family court with marriage-period share of a private pension policy",
  frm=ADDR("winter"), to="Amtsgericht Bonn – Familiengericht <poststelle@ag-bonn.justiz.example>",
  subj="Az. 405 F 218/25 – Auskunft zum Versorgungsausgleich", date="2026-01-27 08:52", sig="winter", ent="lv", disc=0,
  body="""
Sehr geehrte Damen und Herren,

in der Familiensache Schäfer ./. Schäfer, Az. 405 F 218/25, übersenden wir die angeforderte Auskunft nach § 220 FamFG über das Anrecht des Antragsgegners, Herrn Marco Schäfer, aus der privaten Rentenversicherung R 5 018 442 7.

Ehezeit nach § 3 Abs. 1 VersAusglG: 01.06.2011 bis 31.08.2025.

Die vollständige Auskunft mit Berechnung des Ehezeitanteils, des Ausgleichswerts und des korrespondierenden Kapitalwerts ist als PDF beigefügt. Wir schlagen die interne Teilung nach § 10 VersAusglG vor; die Teilungskosten betragen 250 Euro und werden hälftig von beiden Anrechten abgezogen.

Ein Originalexemplar geht Ihnen zusätzlich auf dem Postweg zu.

Mit freundlichen Grüßen
""",
  att=[PDF("Auskunft_VA_405F218-25.pdf", [
      ("h", "Auskunft zum Versorgungsausgleich gemäß § 220 FamFG"),
      "Amtsgericht Bonn – Familiengericht, Az. 405 F 218/25\nAusgleichspflichtige Person: Marco Schäfer, geb. 14.03.1984\nVersorgungsträger: Versicherer Lebensversicherung AG, Vertrag R 5 018 442 7 (private Rentenversicherung, Tarif RV12)",
      ("t", [["Position", "Wert"],
             ["Ehezeitbeginn", "01.06.2011"], ["Ehezeitende", "31.08.2025"],
             ["Deckungskapital am Ehezeitende", "41.386,20 EUR"],
             ["davon in der Ehezeit erworben (Ehezeitanteil)", "36.902,14 EUR"],
             ["Teilungskosten (hälftig)", "125,00 EUR"],
             ["Ausgleichswert", "18.326,07 EUR"],
             ["korrespondierender Kapitalwert", "18.326,07 EUR"]]),
      "Wir schlagen die interne Teilung vor. Für die ausgleichsberechtigte Person, Frau Melanie Schäfer, wird ein eigenständiger Vertrag in unserem Tarif RV-VA eingerichtet.",
      ("small", "Versicherer Lebensversicherung AG · Rheinuferstraße 12 · 50667 Köln · Amtsgericht Köln HRB 4712")],
      title="Auskunft Versorgungsausgleich 405 F 218/25", author="Ramona Winter")])

# 8
M("N", "en", "internal", "quarter-close timetable with calendar invite, no personal data",
  frm=ADDR("morgan"), to="Group Finance Close Team <gf-close@versicherer.example>",
  subj="Q4 2025 close – IFRS 17 timetable and kick-off", date="2026-01-05 16:20", sig="morgan", sigstyle="short", disc=False,
  body="""
Hi all,

happy new year. Please find the Q4/FY2025 close timetable below; the kick-off invite is attached.

  WD+1 (02 Jan)   cash and bank reconciliations, FX rates locked
  WD+3            premium and claims cut-off, IBNR first run
  WD+5            CSM roll-forward life (GMM/VFA), loss components
  WD+7            risk adjustment, reinsurance held
  WD+9            draft consolidated figures to CFO
  WD+12           auditor walkthrough (PwC-style list will follow)

Reminder: the discount curves were updated on 31 Dec – please do not use the Q3 files any more. The locked-in curves for new cohorts are in the shared folder under /Close/2025Q4/Curves.

Cheers
James
""",
  att=[ICS("Q4close_kickoff.ics", "d23-q4close-kickoff@versicherer.example", "Q4 2025 close kick-off (IFRS 17)",
           "20260107T093000", "20260107T103000", ("James Morgan", "james.morgan@versicherer.example"),
           [("Group Finance Close Team", "gf-close@versicherer.example"), ("Chidi Okafor", "chidi.okafor@versicherer.example")],
           location="Köln, Raum 5.12 / Teams", description="Timetable, responsibilities, open points from Q3.")])

# 9
M("N", "de", "internal", "trap: new garnishment exemption thresholds, system parameters only, no person",
  frm=ADDR("kaya"), to="Team Pfändungen <pfaendungen@versicherer.example>", cc=ADDR("hoffmann"),
  subj="Neue Pfändungsfreigrenzen ab 1. Juli 2026 – Parameter bitte prüfen", date="2026-05-27 12:31", sig="kaya", sigstyle="short", disc=False,
  body="""
Hallo zusammen,

die neuen Pfändungsfreigrenzen sind bekannt gemacht und gelten ab 1. Juli 2026. Die wichtigsten Werte (monatlich):

- Grundfreibetrag: 1.587,40 Euro (bisher 1.555,00)
- erhöht für die erste Unterhaltspflicht um 597,44 Euro
- für die zweite bis fünfte jeweils um 332,84 Euro
- voll pfändbar ist der Teil des Nettoeinkommens über 4.866,83 Euro

Lukas, bitte lass die Tabelle im Pfändungsmodul bis 24.06. im Testsystem hinterlegen, wir testen mit den üblichen Testfällen (Testschuldner 1–12). Produktion dann am 30.06. abends.

Bei laufenden Pfändungen von Rentenzahlungen und Rückkaufswerten gilt die neue Tabelle automatisch ab der Juli-Zahlung; eine neue Drittschuldnererklärung ist nicht nötig.

Danke!
""")

# 10
M("S", "de", "customer", "customer's request for a policy loan on his endowment policy, forwarded internally; self-employment and money trouble",
  frm=ADDR("kowalski"), to=ADDR("hagedorn"),
  subj="WG: Darlehen auf meine Lebensversicherung?", date="2026-01-29 13:17",
  body=f"""
Hallo Claudia,

kannst du das bitte übernehmen? Der Kunde hat bei uns in der Hotline angerufen und dann noch geschrieben. Ich habe ihm gesagt, dass sich der Vertragsservice Leben meldet.

Gruß
Lena

{SIG("kowalski", "de", "short")}

{FW("Ralf Oberländer <ralf.oberlaender@t-online.example>", "28.01.2026, 22:03", "service@versicherer.example", "Darlehen auf meine Lebensversicherung?", '''
Sehr geehrte Damen und Herren,

ich habe bei Ihnen seit 2009 eine Kapitallebensversicherung (Nr. L 6 881 305 9). Meine Tischlerei hat gerade einen Auftragseinbruch und die Bank stellt sich bei einem Überbrückungskredit quer.

Kann ich auf die Versicherung ein Darlehen bekommen, ohne sie zu kündigen? Ich bräuchte etwa 15.000 Euro für ein halbes Jahr. Wie hoch wäre der Zins und was passiert, wenn ich es nicht pünktlich zurückzahlen kann?

Ich bin tagsüber schwer erreichbar, am besten per Mail.

Mit freundlichen Grüßen
Ralf Oberländer
Kirchweg 4, 53797 Lohmar''')}
""")

# 11
M("C", "de", "insurer-to-bank", "building insurance confirmation for a mortgage bank: borrower names, property address, sum insured, policy number",
  frm=ADDR("demir"), to="Kreditsachbearbeitung Stadtsparkasse Düren <baufi-sicherheiten@sparkasse-dueren.example>",
  subj="Sicherungsbestätigung Wohngebäudeversicherung WG-7731-2085 / Darlehen 0077 1130 40", date="2026-02-02 10:41", sig="demir", disc=0,
  body="""
Sehr geehrte Damen und Herren,

wie von Ihnen angefordert bestätigen wir:

Versicherungsnehmer: Eheleute Tobias und Sandra Kuhlmann
Versichertes Gebäude: Einfamilienhaus, Am Mühlenteich 17, 52355 Düren
Vertrag: Wohngebäudeversicherung WG-7731-2085, gleitender Neuwert, Versicherungssumme 1914: 28.400 Mark (Wert 2026 ca. 612.000 Euro)
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar
Beitrag: bezahlt bis 31.12.2026

Zu Gunsten Ihres Hauses als Grundpfandrechtsgläubigerin haben wir einen Sicherungsschein ausgestellt (Darlehen 0077 1130 40, Grundschuld 380.000 Euro). Wir benachrichtigen Sie, wenn der Beitrag nicht gezahlt wird oder der Vertrag gekündigt werden soll; Entschädigungen über 5.000 Euro zahlen wir nur mit Ihrer Zustimmung an die Versicherungsnehmer aus.

Der Sicherungsschein im Original geht Ihnen per Post zu.

Mit freundlichen Grüßen
""")

# 12
M("N", "de", "internal", "trap: treasury comparison of fixed-term deposit rates for the company's own money, banks only",
  frm=ADDR("schwarz"), to="Anlageausschuss <anlageausschuss@versicherer.example>",
  subj="Festgeldanlage Liquiditätsüberschuss Februar – Angebote", date="2026-02-03 17:02", sig="schwarz", sigstyle="short", disc=False,
  body="""
Liebe Kolleginnen und Kollegen,

für die Liquiditätsspitze aus den Beitragseingängen Januar (ca. 60 Mio. Euro, Bedarf erst wieder Ende April für die Ablaufleistungen) liegen drei Angebote vor:

[[t1]]

Mein Vorschlag: 35 Mio. bei der Landesbank (3 Monate), 25 Mio. bei der Genossenschaftlichen Zentralbank (3 Monate), die Direktbank nicht, weil sie nicht in unserer Kontrahentenliste steht und das Limit erst eingerichtet werden müsste.

Bitte um Zustimmung bis Donnerstag 12 Uhr per Mail, damit wir am Freitag mit Valuta Montag abschließen können.

Viele Grüße
Felix Schwarz
""",
  tables={"t1": ([["Bank", "Laufzeit", "Zins p.a.", "max. Volumen", "Rating"],
                  ["Landesbank West", "3 Monate", "2,05 %", "40 Mio.", "A+"],
                  ["Genossenschaftl. Zentralbank", "3 Monate", "2,02 %", "unbegrenzt", "AA-"],
                  ["Direktbank AG", "4 Monate", "2,31 %", "20 Mio.", "BBB"]], "pad")})

# 13
M("S", "en", "bank", "bank requests confirmation that a life policy is assigned as collateral for a loan, forwarded inline",
  frm=ADDR("hagedorn"), to=ADDR("petersen"),
  subj="FW: Assignment of life policy L 4 450 771 8 – confirmation request", date="2026-02-04 09:26", lang="en",
  body=f"""
Malte,

FYI – this is the one we discussed yesterday: the bank wants the assignment confirmed, but we have the death claim of Mr Weber open with you. I have not answered them. Can you tell me whether the assignment is still in force from our side (our system shows it registered 2019) and who gets the money?

Thanks
Claudia

{SIG("hagedorn", "en", "short")}

{FW("Private Banking Credit Operations <credit.ops@banque-mosel.example>", "Tue, 3 Feb 2026 at 16:12", "leben@versicherer.example", "Assignment of life policy L 4 450 771 8 – confirmation request", '''
Dear Sir or Madam,

Our client Mr Hans-Peter Weber (born 02/09/1958) has assigned all rights and claims under his life insurance policy L 4 450 771 8 to Banque Mosel S.A. as collateral for a Lombard credit line of EUR 250,000 (our reference LU-CR-2019-0442).

We kindly ask you to confirm
1. that the assignment of 12 April 2019 has been registered by you,
2. the current surrender value and the death benefit,
3. that no other assignment, pledge or irrevocable beneficiary designation exists.

We have learned that our client may have passed away. Please inform us of any claim and make no payment to third parties without our consent.

Yours faithfully
Credit Operations
Banque Mosel S.A., Luxembourg''', lang="en")}
""")

# 14
M("C", "en", "insurer-to-customer", "motor policy cancelled after car sale, premium refund with customer IBAN and registration number",
  frm=ADDR("engel"), to="Sarah Whitmore <s.whitmore@gmail.example>",
  subj="Your car insurance KH 330 771 204 – cancellation and refund", date="2026-02-05 14:44", sig="engel", disc=1, lang="en",
  body=f"""
Dear Ms Whitmore,

thank you for sending us the sales contract. We have cancelled your car insurance KH 330 771 204 (VW Golf, registration M-SW 4127) with effect from 30 January 2026, the day the car was sold and handed over.

You paid the annual premium of EUR 684.20 for 2026 in January. For the unused period from 31 January to 31 December we will refund EUR 628.01 to the account we have on file:

  Account holder: Sarah Whitmore
  IBAN: {IB("DE", "700202700015887213")}

The refund should arrive within 5 working days. Your no-claims class (SF 7) is kept for 7 years, so you can take it with you if you buy another car – in Germany or, with a no-claims confirmation from us, abroad.

Best regards
""")

# 15
M("N", "de", "insurer-to-broker", "trap: generic product comparison of three pension tariffs for a model customer, HTML table",
  frm=ADDR("vogel"), to="Florian Brandl <brandl@brandl-finanz.example>",
  subj="Ihre Frage: Vergleich unserer drei Rentenversicherungen", date="2026-02-06 11:15", sig="vogel", html=True,
  body="""
Hallo Herr Brandl,

wie am Telefon besprochen hier der Vergleich unserer drei Tarife für Ihre Beratungsmappe. Gerechnet ist mit unserem Standard-Modellkunden (35 Jahre, 150 Euro Monatsbeitrag, Rentenbeginn mit 67, keine Zusatzbausteine). Alle Werte sind Prognosen auf Basis der Deklaration 2026.

[[t]]

Kurz zur Einordnung: "Klassik" ist für sicherheitsorientierte Kunden, "Flex" ist unser Bestseller im Maklerkanal, "Chance" lohnt sich eher bei Laufzeiten über 25 Jahren. Die Kostenquoten (Effektivkosten) finden Sie im Produktinformationsblatt.

Wenn Sie für einen konkreten Kunden rechnen möchten, nutzen Sie bitte den Angebotsrechner im Portal – persönliche Daten Ihrer Kunden bitte nicht per Mail an mich.

Viele Grüße aus München
""",
  tables={"t": ([["Tarif", "Garantierente mtl.", "Prognose mtl.", "Effektivkosten", "Kapitalwahlrecht"],
                 ["Vorsorge Klassik", "402 EUR", "598 EUR", "0,78 %", "ja, 100 %"],
                 ["Vorsorge Flex (Hybrid)", "311 EUR", "702 EUR", "0,91 %", "ja, 100 %"],
                 ["Vorsorge Chance (Fonds)", "0 EUR (80 % Beitragsgarantie)", "845 EUR", "1,12 %", "ja"]], "pipe")})

# 16
M("S", "de", "insurer-to-notary", "notary handling an estate gets values of two life policies of the deceased and the beneficiary designations",
  frm=ADDR("petersen"), to="Notarin Dr. Friederike Lanz <lanz@notariat-lanz.example>",
  subj="Ihr Zeichen UR 112/2026 L – Nachlass Irmgard Pohl", date="2026-02-09 15:30", sig="petersen", ent="lv", disc=0,
  body="""
Sehr geehrte Frau Dr. Lanz,

für das Nachlassverzeichnis nach Frau Irmgard Pohl, geb. Wessel, verstorben am 11.01.2026, teilen wir Ihnen auf Grund der vorgelegten Vollmacht der Testamentsvollstreckerin mit:

1) Kapitallebensversicherung L 2 093 554 1
   Todesfallleistung einschl. Überschussbeteiligung: 31.207,46 Euro
   Bezugsrecht im Todesfall: widerruflich, Herr Bernd Pohl (Sohn) – die Leistung fällt daher nicht in den Nachlass, sondern steht dem Bezugsberechtigten unmittelbar zu.

2) Sterbegeldversicherung S 0 448 120 6
   Todesfallleistung: 6.500,00 Euro
   Bezugsrecht: kein Bezugsrecht bestimmt – Leistung fällt in den Nachlass.

Für die Erbschaftsteuer melden wir beide Leistungen nach § 33 Abs. 3 ErbStG an das Finanzamt – Erbschaftsteuerstelle.

Bitte beachten Sie, dass die Auszahlung zu 2) erst nach Vorlage des Testamentsvollstreckerzeugnisses erfolgen kann.

Mit freundlichen Grüßen
""")

# 17
M("N", "de", "system", "portal notification mail without content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="m.kessler-bauer@gmx.example",
  subj="Sie haben eine neue Nachricht in Ihrem sicheren Postfach", date="2026-02-10 08:03",
  mailer="Siegel Notification Service",
  body="""
Guten Tag,

in Ihrem sicheren Postfach bei der Versicherer-Gruppe liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich an unter:
https://securemail.versicherer.example/

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte der Nachricht. Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht; Sie können sie vorher herunterladen.

Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen erreichen Sie uns unter 0221 555-3000.

Ihre Versicherer-Gruppe
""")

# 18
M("C", "de", "insurer-to-insolvency-administrator", "consumer insolvency: list of the debtor's non-life contracts and refunds for the administrator",
  frm=ADDR("kaya"), to="RA Tilman Rossbach (Insolvenzverwalter) <insolvenz@kanzlei-rossbach.example>",
  subj="IN 73 IK 412/25 – Verbraucherinsolvenz Nicole Brückner – Ihre Anfrage vom 02.02.2026", date="2026-02-11 10:22", sig="kaya", disc=0,
  body="""
Sehr geehrter Herr Rossbach,

zu Ihrer Anfrage im Insolvenzverfahren über das Vermögen von Frau Nicole Brückner, Lindenallee 3a, 41061 Mönchengladbach, teilen wir mit:

Bei uns bestehen bzw. bestanden folgende Verträge der Schuldnerin:

- Kfz-Haftpflicht/Teilkasko KH 118 220 913, Kennzeichen MG-NB 212 – laufend, Beitrag monatlich 48,90 Euro, Rückstand 97,80 Euro (Dez./Jan.)
- Hausrat HR-5510-0218 – laufend, Beitrag vierteljährlich 29,70 Euro, kein Rückstand
- Rechtsschutz RS-0980-3345 – von der Schuldnerin zum 31.12.2025 gekündigt; Beitragsguthaben 18,40 Euro

Das Guthaben aus dem Rechtsschutzvertrag zahlen wir auf Ihr Anderkonto aus, sobald Sie uns die Kontoverbindung schriftlich bestätigen.

Kapitalbildende Verträge oder Verträge mit Rückkaufswert bestehen bei unserer Gesellschaft nicht.

Mit freundlichen Grüßen
""")

# 19
M("N", "en", "newsletter", "trap: fund range change for unit-linked policies, generic fund data, no person",
  frm="Versicherer Fund Services <fondsinfo@versicherer.example>", to="Broker distribution list <broker-news@versicherer.example>",
  subj="Fund range update: merger of two equity funds effective 1 April 2026", date="2026-02-12 07:45", ent="lv", lang="en",
  headers={"Precedence": "bulk", "List-Id": "Versicherer fund information <fondsinfo.versicherer.example>"},
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fund range update</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#00457c">Fund range update for unit-linked policies</h2>
<p>Dear partners,</p>
<p>the management company has announced the merger of the <b>Global Equity Select R</b> (ISIN LU0000000011, fictitious) into the
<b>World Equity Core I</b> (ISIN LU0000000029, fictitious) with effect from <b>1 April 2026</b>.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th>Fund</th><th>Ongoing charges</th><th>SRI</th><th>5y perf. p.a.</th></tr>
<tr><td>Global Equity Select R (absorbed)</td><td>1.65 %</td><td>4</td><td>6.1 %</td></tr>
<tr><td>World Equity Core I (receiving)</td><td>0.42 %</td><td>4</td><td>8.3 %</td></tr>
</table>
<p>What happens to policies: units are switched automatically at the exchange ratio published on the merger date. No switch fee, no tax event for the policyholder. Policyholders can choose another fund free of charge until 31 March.</p>
<p>Policyholders affected will be informed by letter in week 9. You will find the sample letter and a list of alternative funds in the broker portal.</p>
<p style="font-size:11px;color:#666">Versicherer Lebensversicherung AG &middot; Rheinuferstrasse 12 &middot; 50667 Cologne<br>
You receive this as a registered partner. <a href="https://www.versicherer.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""")

# 20
M("S", "de", "insurer-to-tax-adviser", "tax adviser gets the annuity payments of a client (§ 22 Nr. 5 EStG statement), with tax ID",
  frm=ADDR("novak"), to="Steuerberatung Kreuzer & Partner <kanzlei@kreuzer-stb.example>",
  subj="Mandant Horst Egeling – Leistungsmitteilung 2025 nach § 22 Nr. 5 EStG", date="2026-02-16 13:09", sig="novak", ent="lv", disc=1,
  body="""
Sehr geehrte Frau Kreuzer,

anbei wie gewünscht die Angaben für die Einkommensteuererklärung 2025 Ihres Mandanten Herrn Horst Egeling (Steuer-ID 57 219 804 631). Die Vollmacht vom 20.01.2026 liegt uns vor.

Vertrag R 1 667 209 4 (Pensionsfonds-Rente aus Entgeltumwandlung, Rentenbeginn 01.04.2019)

  Zeile 4 Anlage R-AV/bAV – Leistungen aus gefördertem Kapital (§ 22 Nr. 5 Satz 1): 2.184,36 Euro
  Zeile 14 – Leistungen aus ungefördertem Kapital, Ertragsanteil (§ 22 Nr. 5 Satz 2 a) aa): 1.402,80 Euro, Ertragsanteil 18 %

Die Werte wurden mit der Rentenbezugsmitteilung auch an die Zentrale Zulagenstelle gemeldet.

Den Beitrag zur Kranken- und Pflegeversicherung der Rentner hat die Krankenkasse Ihres Mandanten selbst abgerechnet; dazu haben wir keine Daten.

Mit freundlichen Grüßen
""")

# 21
M("N", "de", "internal", "trap: the company's own VAT and insurance tax filings, company amounts only",
  frm=ADDR("roth"), to=ADDR("lehmann"), cc=ADDR("morgan"),
  subj="UStVA 12/2025 übermittelt, VersSt-Anmeldung Januar", date="2026-02-10 16:55", sig="roth", sigstyle="short", disc=False,
  body="""
Hallo Anke,

kurz zum Stand:

1. Die Umsatzsteuer-Voranmeldung Dezember 2025 (Holding, Organschaft) ist heute über ELSTER raus, Zahllast 184.312,07 Euro, Fälligkeit 10.02. – die Zahlung ist im heutigen Zahllauf, bitte nicht stornieren.
2. Versicherungsteuer-Anmeldung Januar für die Allgemeine: Bemessungsgrundlage 214,6 Mio. Euro, Steuer 40,1 Mio. Euro. Anmeldung und Zahlung bis 15.02. Ich brauche von dir bis Donnerstag die Abstimmung Konto 1762 gegen das Bestandssystem.
3. Die Dauerfristverlängerung für 2026 ist genehmigt (Bescheid vom 03.02.).

Für die Betriebsprüfung 2021–2023 hat sich die Prüferin für den 16.03. angekündigt; Raum 2.04 ist reserviert.

Gruß
Wolfgang
""")

# 22
M("C", "de", "insurer-to-customer", "motor premium arrears reminder: customer, registration plate, amount, loss of cover warning",
  frm=ADDR("becker"), to="Kevin Stojanović <kevin.stojanovic@freenet.example>",
  subj="Zahlungserinnerung Kfz-Versicherung KH 207 115 688 – bitte dringend lesen", date="2026-02-17 09:40", sig="becker", disc=1, importance="high",
  body="""
Sehr geehrter Herr Stojanović,

für Ihre Kfz-Versicherung KH 207 115 688 (Fahrzeug: Audi A3 Sportback, amtliches Kennzeichen E-KS 808) ist der Folgebeitrag für das erste Quartal 2026 in Höhe von 214,85 Euro noch offen. Die Lastschrift vom 02.01.2026 wurde von Ihrer Bank mangels Deckung zurückgegeben (Rücklastschriftgebühr 3,00 Euro).

Bitte überweisen Sie den Gesamtbetrag von 217,85 Euro bis spätestens 03.03.2026 auf unser Konto bei der Kreissparkasse Köln, Verwendungszweck "KH 207115688".

Wichtig: Wenn der Betrag bis dahin nicht bei uns eingeht, sind wir nach § 38 VVG bei einem Schaden leistungsfrei und können den Vertrag kündigen. Wir müssen dann außerdem der Zulassungsstelle melden, dass kein Versicherungsschutz mehr besteht.

Falls Sie den Betrag schon überwiesen haben, betrachten Sie diese Nachricht bitte als gegenstandslos. Wenn Sie Ratenzahlung wünschen, rufen Sie uns an.

Mit freundlichen Grüßen
""")

# 23
M("N", "de", "internal", "trap: IT ticket about surrender value calculator rounding, test contract and placeholder person only",
  frm=ADDR("hoffmann"), to=ADDR("hagedorn"), cc=ADDR("okafor"),
  subj="[INC-2026-004417] Rückkaufswertrechner rundet Stornoabzug falsch", date="2026-02-18 11:02", sig="hoffmann", sigstyle="short", disc=False,
  body="""
Hallo Frau Hagedorn,

danke für die Meldung. Ich habe den Fehler im Testsystem (T2) nachgestellt:

Testvertrag: LV-TEST-000183 (Testperson "Erika Musterfrau", Testdaten)
Tarif: KLV 2008, Stornoabzug 3 % des Deckungskapitals
erwartet: 412,57   berechnet: 412,60

Ursache ist eine Rundung auf 10 Cent im Zwischenschritt (Feld STORNO_ZW), die bei Tarifen vor 2012 noch aktiv ist. Herr Okafor, können Sie bitte bestätigen, dass laut Geschäftsplan kaufmännisch auf Cent gerundet werden soll?

Die Produktion ist nach meiner Abfrage nur bei 11 Rückkäufen seit Dezember betroffen, Differenz jeweils unter 10 Cent. Die Liste der Vertragsnummern schicke ich nicht per Mail, sie liegt im Ticket.

Nächster Schritt: Fix in Release 26.03, Test durch Fachbereich in KW 10.

Viele Grüße
Lukas Hoffmann
""")

# 24
M("S", "en", "insurer-to-employer", "company pension enrolment of named employees with salary conversion amounts, sent to the employer's HR",
  frm=ADDR("ahmed"), to="HR Germany, Northbridge Analytics GmbH <hr-de@northbridge-analytics.example>",
  subj="Direct insurance (bAV) – enrolment confirmation February 2026", date="2026-02-19 14:27", sig="ahmed", ent="lv", lang="en",
  body="""
Dear Ms Okonjo,

we have set up the direct insurance contracts for the three employees you registered for salary conversion from 1 March 2026 under group contract GV 88-0412:

[[t]]

The employer subsidy of 15 % (§ 1a (1a) BetrAVG) is included in the total. Please deduct the conversion amounts from March payroll and pay the total of EUR 856.25 by direct debit as usual.

The employees will receive their policy documents by post. Mr Falkenberg's application shows a previous direct insurance with another insurer; if he wants to transfer that capital under § 4 BetrAVG, he should send us the transfer form.

Kind regards
""",
  tables={"t": ([["Employee", "Date of birth", "Policy no.", "Conversion/month", "Employer 15 %", "Total"],
                 ["Lea Brinkhaus", "1994-05-17", "D 9 004 118 2", "EUR 250.00", "EUR 37.50", "EUR 287.50"],
                 ["Jan Falkenberg", "1988-11-02", "D 9 004 119 0", "EUR 300.00", "EUR 45.00", "EUR 345.00"],
                 ["Priyanka Sethi", "1991-07-23", "D 9 004 120 3", "EUR 194.57", "EUR 29.18", "EUR 223.75"]], "pad")})

# 25
M("C", "de", "heir", "heir cancels the household insurance of her late father: names, address, policy number (no life or health content)",
  frm=ADDR("kowalski"), to=ADDR("demir"),
  subj="WG: Kündigung Hausrat wg. Todesfall", date="2026-02-20 08:58", sig="kowalski", sigstyle="name", disc=False, client="outlook",
  body="""
Hallo Aylin,

die Tochter von Herrn Dreßen hat geschrieben, bitte Vertrag zum Monatsende beenden und Restbeitrag erstatten. Sterbeurkunde liegt im Scan-Eingang.
""",
  quote=OQ("Ute Dreßen-Falk <ute.dressen@arcor.example>", "Donnerstag, 19. Februar 2026 19:22", "service@versicherer.example",
           "Kündigung Hausrat wg. Todesfall", """
Sehr geehrte Damen und Herren,

mein Vater Wilhelm Dreßen, Gartenstraße 22, 47798 Krefeld, ist am 3. Februar verstorben. Er hatte bei Ihnen eine Hausratversicherung, Nummer HR-0312-7719.

Die Wohnung wird bis Ende Februar geräumt und an den Vermieter zurückgegeben. Ich bitte daher, die Versicherung zum 28.02.2026 zu beenden. Ich bin Alleinerbin; die Sterbeurkunde habe ich eingescannt beigefügt. Eventuelle Rückzahlungen bitte auf mein Konto bei der Volksbank, die Nummer schicke ich Ihnen gern, wenn Sie sie brauchen.

Mit freundlichen Grüßen
Ute Dreßen-Falk"""))
# --------------------------------------------------------------------------
# batch 2 (d23-0026 … d23-0050)
# --------------------------------------------------------------------------

# 26
M("S", "de", "insurer-to-customer", "beneficiary change in a term life policy confirmed: old and new beneficiary, partner's birth date",
  frm=ADDR("hagedorn"), to="Daniel Hoffstetter <d.hoffstetter@mailbox.example>",
  subj="Änderung des Bezugsrechts – Risikolebensversicherung T 8 220 461 5", date="2026-02-23 10:05", sig="hagedorn", ent="lv", client="thunderbird",
  body="""
Guten Tag Herr Hoffstetter,

Ihre Erklärung vom 16.02.2026 ist bei uns eingegangen. Wir haben das Bezugsrecht für den Todesfall in Ihrer Risikolebensversicherung T 8 220 461 5 (Versicherungssumme 200.000 Euro, Ablauf 01.10.2041) wie folgt geändert:

bisher: Frau Verena Hoffstetter (geschiedene Ehefrau), widerruflich
neu:    Frau Alina Marquardt, geb. 09.07.1990, Ihre Lebensgefährtin, widerruflich

Die Änderung gilt ab Eingang Ihrer Erklärung, also ab 16.02.2026. Ein Nachtrag zum Versicherungsschein geht Ihnen per Post zu.

Ein Hinweis, weil Sie danach gefragt hatten: Eine Lebensgefährtin fällt bei der Erbschaftsteuer in Steuerklasse III mit einem Freibetrag von 20.000 Euro. Viele Paare regeln das über eine sogenannte Überkreuz-Versicherung (die Partnerin ist Versicherungsnehmerin und Beitragszahlerin). Wenn Sie dazu eine Beratung möchten, wenden Sie sich gern an Ihren Vermittler.

Freundliche Grüße
""")

# 27
M("N", "en", "internal", "trap: actuarial note on a new mortality table and reserve effect, aggregate figures only",
  frm=ADDR("okafor"), to="Life Actuarial Committee <aktuariat-ausschuss@versicherer.example>", cc=ADDR("morgan"),
  subj="Mortality table update – first impact estimate on annuity reserves", date="2026-02-24 18:12", sig="okafor", sigstyle="short", disc=False, lang="en",
  body="""
Dear all,

a first estimate ahead of Thursday's committee.

The association has published the draft of the updated annuitant mortality table (successor of DAV 2004 R). Compared with our current best-estimate basis:

- period life expectancy at 65: men +0.4 years, women +0.3 years
- trend: long-term improvement rate unchanged at 1.75 % for older ages, starting-level adjustment for 2020-2022 (pandemic years removed from the fitting)

Impact on the local GAAP reserves for deferred and in-payment annuities (approx. 212,000 contracts):

  reserve strengthening in-payment:   EUR 38m – 52m
  reserve strengthening deferred:     EUR 61m – 95m
  can be spread over:                 up to 5 years (to be agreed with BaFin / auditor)

The ranges depend on the final selection factors. No individual contract data has been used beyond the standard valuation extract.

I'll present the details on Thursday. Slides will be in the committee folder tomorrow evening.

Best
Chidi
""")

# 28
M("C", "de", "internal", "payroll calculates salary conversion for a named employee using his gross salary and tax class (no contract yet)",
  frm=ADDR("grote"), to="Matthias Yıldırım <matthias.yildirim@versicherer.example>",
  subj="AW: Entgeltumwandlung – was bleibt netto übrig?", date="2026-02-25 12:48", sig="grote", sigstyle="short", disc=False,
  body="""
Hallo Herr Yıldırım,

gern, ich habe es mit Ihren Daten aus der Februar-Abrechnung durchgerechnet (Steuerklasse III, 1,0 Kinderfreibeträge, gesetzlich krankenversichert):

                           ohne Umwandlung   mit 250 € Umwandlung
Bruttoentgelt               4.850,00 €         4.600,00 €
Lohnsteuer                    429,83 €           370,41 €
Sozialversicherung AN         996,68 €           945,30 €
Netto                       3.423,49 €         3.284,29 €

Ihr Netto sinkt also nur um 139,20 Euro, in den Vertrag fließen aber 250 Euro plus 15 % Arbeitgeberzuschuss (37,50 Euro). Bitte bedenken Sie, dass durch die geringeren Beiträge auch die gesetzliche Rente etwas niedriger ausfällt.

Wenn Sie umwandeln möchten, füllen Sie bitte die Entgeltumwandlungsvereinbarung im Intranet aus (Personal > Vorsorge) und geben Sie sie bis zum 10. des Vormonats ab. Den Vertrag selbst richtet dann der bAV-Service ein.

Viele Grüße
""",
  quote=Q("""
Hallo Frau Grote,
ich überlege, ab April 250 Euro umzuwandeln. Können Sie mir sagen, was das netto für mich ausmacht?
Danke, M. Yıldırım
"""))

# 29
M("S", "en", "customer", "customer's surrender request for his life policy because of job loss, only in a forwarded message/rfc822; body harmless",
  frm=ADDR("kowalski"), to=ADDR("hagedorn"), lang="en",
  subj="Fw: policy question (attached)", date="2026-02-26 09:31",
  body="""
Hi Claudia,

English-speaking customer, mail attached. He also called twice. Could your team please reply directly to him?

Thx, Lena
""",
  att=[EML(INNER("Tomasz Wrobel <tomasz.wrobel@outlook.example>", "service@versicherer.example",
                 "Cancel my insurance – urgent", "2026-02-25 23:40", """
Hello,

I lost my job at the logistics centre in Troisdorf in January and cannot pay the monthly 120 euros any more for my life insurance, policy number L 9 112 604 7. I would like to cancel it and get the money back as soon as possible. How much will I get? My wife says we can maybe stop the payments for some months instead, is that possible?

My new address is Siegburger Str. 81, 53229 Bonn.

Regards
Tomasz Wrobel
phone 0157 3388 1204
""", "<CAF8p2x9Wq-tw1@mail.outlook.example>", client="mobile", lang="en"), fn="Cancel my insurance – urgent.eml")])

# 30
M("N", "de", "insurer-to-supplier", "purchase order for window envelopes for pension notices; company addresses only",
  frm=ADDR("krueger"), to="Vertrieb Kuvert-Profi GmbH <auftrag@kuvert-profi.example>",
  subj="Bestellung 4500218873 – Fensterkuverts DIN lang", date="2026-02-26 14:15", sig="krueger", disc=1,
  body="""
Sehr geehrte Damen und Herren,

auf Grundlage Ihres Angebots A-26-0391 bestellen wir:

Pos. 10  Versandtaschen DIN lang, Fenster links, 80 g/m², haftklebend, weiß, Aufdruck "Rentenservice – Wichtige Unterlagen" einfarbig blau
         Menge: 120.000 Stück, Preis je 1.000 Stück 21,40 Euro netto
Pos. 20  Druckplatte einmalig 95,00 Euro netto

Liefertermin: spätestens 20.03.2026 (KW 12), Anlieferung an unser Poststellen-Lager, Rampe 3, Rheinuferstraße 12, Mo–Do 7–14 Uhr.

Bitte geben Sie auf Lieferschein und Rechnung unbedingt die Bestellnummer 4500218873 an. Es gelten unsere Einkaufsbedingungen (Stand 01/2025).

Mit freundlichen Grüßen
""")

# 31
M("C", "de", "insurer-to-court", "third-party debtor declaration for a liability claim payout owed to a garnished debtor",
  frm=ADDR("kaya"), to="Amtsgericht Essen – Vollstreckungsgericht <vollstreckung@ag-essen.justiz.example>",
  cc="Rechtsanwälte Hübner & Sohn <forderungen@huebner-recht.example>",
  subj="Drittschuldnererklärung § 840 ZPO – 33 M 2047/25 – Schuldner Michael Tönnies", date="2026-03-02 11:44", sig="kaya", disc=0,
  body="""
Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Autohaus Ruhrblick GmbH ./. Michael Tönnies, Az. 33 M 2047/25, geben wir als Drittschuldnerin folgende Erklärung nach § 840 Abs. 1 ZPO ab:

1. Wir erkennen die gepfändete Forderung als begründet an, soweit es sich um den Entschädigungsanspruch des Schuldners aus dem Schadenfall 25-HP-044718 (Privathaftpflichtversicherung PH-8812-3090, Sachschaden an einem vom Schuldner geliehenen Anhänger) handelt. Der festgestellte Betrag beträgt 1.860,00 Euro.
2. Wir sind bereit, an die Gläubigerin zu zahlen, sobald uns der Zustellungsnachweis an den Schuldner vorliegt.
3. Andere Personen machen keine Ansprüche an der Forderung geltend.
4. Eine Pfändung wegen anderer Ansprüche liegt nicht vor.

Weitere Forderungen des Schuldners gegen uns bestehen derzeit nicht.

Mit freundlichen Grüßen
""")

# 32
M("S", "de", "insurer-to-customer", "premium arrears in an occupational disability / life policy with options to keep cover",
  frm=ADDR("becker"), to="Anja Lemke <anja.lemke@gmx.example>",
  subj="Ihre Berufsunfähigkeitsversicherung B 3 518 906 2 – offene Beiträge", date="2026-03-03 08:36", sig="becker", disc=0,
  body="""
Sehr geehrte Frau Lemke,

für Ihre selbstständige Berufsunfähigkeitsversicherung B 3 518 906 2 sind die Beiträge für Januar bis März 2026 noch offen, insgesamt 267,60 Euro.

Wir möchten Ihren Versicherungsschutz ungern verlieren – eine Berufsunfähigkeitsversicherung ist später oft nur zu schlechteren Bedingungen oder gar nicht mehr zu bekommen, weil dann erneut Gesundheitsfragen gestellt werden. Deshalb ein paar Möglichkeiten:

- Stundung: Wir stunden die Beiträge bis zu 6 Monate zinslos; Sie zahlen danach in Raten nach.
- Beitragspause: Bis zu 24 Monate ohne Gesundheitsprüfung wieder einsteigen; in der Pause besteht allerdings kein BU-Schutz.
- Herabsetzung der versicherten Rente von derzeit 1.500 Euro auf z. B. 1.000 Euro, der Beitrag sinkt dann auf ca. 61 Euro.

Wenn wir bis zum 24.03.2026 weder Zahlung noch Nachricht von Ihnen haben, müssen wir Ihnen eine qualifizierte Mahnung nach § 38 VVG schicken. Rufen Sie mich gern an – oft lässt sich eine Lösung schnell finden.

Mit freundlichen Grüßen
""")

# 33
M("N", "de", "newsletter", "trap: customer magazine with generic tax tips (exemption order, saver's allowance), no person",
  frm="Versicherer Kundenmagazin <magazin@versicherer.example>", to="magazin-abonnenten@versicherer.example",
  subj="Vorsorge kompakt 1/2026: Freistellungsauftrag, Steuern auf Ablaufleistungen, neue Fondsauswahl", date="2026-03-04 06:00",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<https://www.versicherer.example/magazin/abmelden>"}, html=True, client="system",
  body="""
VORSORGE KOMPAKT – Ausgabe 1/2026

1. Freistellungsauftrag: auch bei der Versicherung?
Wenn Ihre Lebens- oder Rentenversicherung ausgezahlt wird, kann Kapitalertragsteuer anfallen. Mit einem Freistellungsauftrag bis zur Höhe des Sparerpauschbetrags (1.000 Euro, Ehepaare 2.000 Euro) bleiben Erträge steuerfrei. Den Auftrag können Sie im Kundenportal erteilen oder ändern.

2. Die 12/62-Regel einfach erklärt
Bei Verträgen ab 2005 wird nur die Hälfte des Ertrags mit dem persönlichen Steuersatz besteuert, wenn der Vertrag mindestens 12 Jahre gelaufen ist und die Auszahlung nach dem 62. Geburtstag erfolgt (bei Verträgen bis 2011: nach dem 60.).

3. Neue Fonds in der fondsgebundenen Rentenversicherung
Ab April stehen drei neue nachhaltige ETFs zur Auswahl. Der Wechsel ist zwölfmal im Jahr kostenlos.

4. Sicher kommunizieren
Bitte schicken Sie uns Unterlagen mit persönlichen Daten über das sichere Postfach und nicht per normaler E-Mail.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.versicherer.example/magazin/abmelden
Versicherer Lebensversicherung AG, Rheinuferstraße 12, 50667 Köln
""")

# 34
M("S", "en", "insurer-to-heir", "death benefit for a daughter abroad: policy, payout amount, cause of death (stroke) in the quoted mail",
  frm=ADDR("petersen"), to="Fiona Gallagher <fiona.gallagher@eircom.example>", lang="en",
  subj="RE: My father's life insurance", date="2026-03-05 15:18", sig="petersen", ent="lv", irt="<8812FA0C.3310@eircom.example>",
  body="""
Dear Ms Gallagher,

thank you for the documents. The certificate of inheritance (Erbschein) of the Amtsgericht Aachen confirms that you and your brother are the heirs in equal shares.

We will therefore pay the death benefit of policy L 5 300 218 9 as follows:

  death benefit incl. final bonus:    EUR 41,750.00
  your share (1/2):                   EUR 20,875.00 – to your account at Bank of Ireland (IBAN ending 4471)
  your brother's share (1/2):         EUR 20,875.00 – once we have his bank details

A death benefit is not subject to German income tax. We report the payment to the German inheritance tax office as required; you may receive a questionnaire from them.

Once again, please accept our sincere condolences.

Kind regards
""",
  quote=Q("""
On 2 Mar 2026, Fiona Gallagher wrote:
> Dear Mr Petersen,
> please find attached the Erbschein and my bank details. My father Patrick Gallagher died on 4 January in the Luisenhospital after a second stroke; the death certificate was sent to you by the funeral home. My brother Sean lives in Boston and will write separately.
> Best wishes, Fiona""", prefix=""))

# 35
M("C", "en", "insurer-to-customer", "household insurance ends after move abroad, refund to a Dutch IBAN",
  frm=ADDR("kowalski"), to="Maarten de Vries <maarten.devries@ziggo.example>", lang="en",
  subj="Your home contents insurance HR-4418-0927 – move to the Netherlands", date="2026-03-06 10:50", sig="kowalski", disc=1,
  body=f"""
Dear Mr de Vries,

thank you for letting us know about your move from Düsseldorf to Utrecht. As our home contents insurance only covers homes in Germany, the policy HR-4418-0927 ends on the day you moved out, 28 February 2026.

You had paid the premium until 31 May 2026, so we will refund EUR 37.14 to your new account:

  Maarten de Vries
  {IB("NL", "INGB0006381204")}

Your personal liability insurance PH-4418-0928 can continue, because it covers you worldwide for up to 5 years outside Germany – please just confirm your new address: we currently have Lindenstraße 44, 40233 Düsseldorf.

Best regards
""")

# 36
M("N", "en", "insurer-to-partner", "reinsurance treaty renewal for the life portfolio, aggregate figures only",
  frm=ADDR("stone"), to="Life & Health Treaty Team <lh-treaty@munich-re-example.example>", lang="en",
  subj="2026 renewal – life quota share, our comments on the slip", date="2026-03-09 13:07", sig="stone", disc=1,
  body="""
Dear Claire, dear Tobias,

thank you for the draft slip for the 2026 renewal of our life quota share. Our comments:

1. Retention: we would like to increase our retention from EUR 300,000 to EUR 400,000 per life for term business written from 1 July 2026. The portfolio has grown (in-force sum at risk EUR 18.4bn, +6 %), and our capital position allows it.
2. Reinsurance commission: 2025 experience was 71 % of expected mortality for term business (A/E on sums at risk). We think the loss participation corridor should reflect that.
3. Facultative limit: unchanged at EUR 3m.
4. Data: the quarterly bordereau moves to the new format (policy-level, pseudonymised ID instead of policy number, no names). Please confirm your systems can take it by Q3.

Happy to discuss in our call next Tuesday.

Best regards
Rebecca
""")

# 37
M("S", "de", "internal", "actuary corrects the surrender value of a named policyholder after a complaint",
  frm=ADDR("okafor"), to=ADDR("hagedorn"), cc=ADDR("lorenz"),
  subj="Beschwerde Gisela Norden – Rückkaufswert L 3 076 223 1 neu gerechnet", date="2026-03-10 16:40", sig="okafor", sigstyle="short", disc=False,
  body="""
Hallo Frau Hagedorn,

ich habe den Vertrag von Frau Norden (L 3 076 223 1, Beginn 01.12.2004, Rückkauf zum 01.01.2026) nachgerechnet. Sie hat mit ihrer Beschwerde teilweise recht:

- Der Stornoabzug von 4 % wurde auch auf den Schlussüberschussanteil angewendet; laut Bedingungen ist das nicht zulässig. Differenz: 287,12 Euro.
- Die Mindestbeteiligung an den Bewertungsreserven ist korrekt (0,00 Euro zum Stichtag).
- Die Zillmerung entspricht dem Geschäftsplan; da der Vertrag vor 2008 abgeschlossen wurde, gilt die Mindestrückkaufswert-Rechtsprechung (BGH 2012) – Nachzahlung dafür: 1.044,60 Euro.

Nachzahlung gesamt: 1.331,72 Euro zzgl. 4 % Zinsen seit 01.01.2026. Bitte veranlassen Sie die Zahlung auf das bekannte Konto und informieren Sie Frau Lorenz für die Beschwerdeantwort.

Wir sollten prüfen, ob andere Rückkäufe aus dem Tarif 2004K betroffen sind; ich lasse die Abfrage laufen.

Gruß
Chidi Okafor
""")

# 38
M("N", "de", "internal", "trap: payment run approval with totals for life benefits, no individual data",
  frm=ADDR("lehmann"), to="Zahlungsfreigabe <zahlungsfreigabe@versicherer.example>",
  subj="Freigabe Zahllauf 2026-03-11 / Leistungen Leben und Lieferanten", date="2026-03-11 07:52", sig="lehmann", sigstyle="short", disc=False,
  body="""
Guten Morgen,

der Zahllauf für heute ist vorbereitet und wartet auf die zweite Freigabe (Vier-Augen-Prinzip):

Lauf-ID 2026-03-11-01   Leistungen Leben (Abläufe, Rückkäufe, Todesfälle)   1.214 Zahlungen   12.874.306,18 EUR
Lauf-ID 2026-03-11-02   laufende Renten März                                 38.905 Zahlungen   17.622.410,77 EUR
Lauf-ID 2026-03-11-03   Kreditoren / Lieferanten                             312 Zahlungen       2.418.993,40 EUR

Auffälligkeiten aus der Vorprüfung: 4 Zahlungen über 250.000 Euro (Einzelfreigaben liegen vor), 2 Dubletten-Verdachte im Kreditorenlauf – zurückgestellt.

Bitte bis 10:00 Uhr im Zahlungsverkehrsmodul freigeben, damit die Dateien mit Ausführung heute an die Bank gehen.

Danke!
Anke
""")

# 39
M("C", "de", "insurer-to-notary", "house sale: building insurance passes to the buyer, seller's and buyer's names, property and policy number",
  frm=ADDR("demir"), to="Notariat am Dom – Dr. Kessler <urkunden@notariat-am-dom.example>",
  subj="UR-Nr. 0744/2026 – Veräußerung Grundstück Rosenhang 9, Bergisch Gladbach", date="2026-03-12 11:25", sig="demir", disc=1,
  body="""
Sehr geehrter Herr Dr. Kessler,

wir bestätigen den Eingang der Veräußerungsanzeige zum Kaufvertrag vom 04.03.2026.

Die Wohngebäudeversicherung WG-2207-5531 des Verkäufers, Herrn Uwe Lambrecht, geht nach § 95 VVG mit dem Eigentumsübergang (Eintragung im Grundbuch) auf die Käufer, Herrn Dr. Sebastian Kraus und Frau Mia Kraus-Heinen, über. Bis dahin bleibt Herr Lambrecht Versicherungsnehmer.

Die Käufer können den Vertrag innerhalb eines Monats nach Eintragung kündigen. Bitte weisen Sie sie darauf hin; wir schreiben ihnen nach der Eintragung auch selbst.

Der Beitrag ist bis 31.12.2026 bezahlt. Eine anteilige Erstattung an den Verkäufer gibt es beim Übergang nicht – der Ausgleich erfolgt üblicherweise im Kaufvertrag.

Mit freundlichen Grüßen
""")

# 40
M("S", "de", "court", "garnishment order against a life policy, only in the attached PDF; body says only 'Zustellung, bitte Drittschuldnererklärung'",
  frm=ADDR("kaya"), to=ADDR("hagedorn"),
  subj="WG: Zustellung vom 12.03.", date="2026-03-13 09:02",
  body="""
Claudia, Zustellung von gestern, Scan anbei. Bitte Vertrag sperren und mir Rückkaufswert zum 12.03. geben, dann mache ich die Drittschuldnererklärung.

Derya
""",
  att=[PDF("Scan_20260313_0847.pdf", [
      ("h", "Amtsgericht Wuppertal – Pfändungs- und Überweisungsbeschluss"),
      "Az. 44 M 817/26\nIn der Zwangsvollstreckungssache\nFinanzamt Wuppertal-Barmen (Gläubiger)\ngegen\nFrank-Olaf Stemmler, geb. 21.08.1969, Hünefeldstraße 40, 42285 Wuppertal (Schuldner)",
      "wird wegen einer Forderung von 28.914,55 EUR (rückständige Einkommensteuer 2022–2024 nebst Säumniszuschlägen) die angebliche Forderung des Schuldners gegen die Versicherer Lebensversicherung AG, Köln (Drittschuldnerin)",
      "aus der Lebensversicherung Nr. L 8 002 517 6 auf Zahlung des Rückkaufswerts nach Kündigung, auf künftige Überschussanteile und auf die Versicherungssumme im Erlebensfall",
      "sowie das Recht zur Kündigung des Versicherungsvertrags gepfändet und dem Gläubiger zur Einziehung überwiesen. Der Drittschuldner darf, soweit die Forderung gepfändet ist, nicht mehr an den Schuldner zahlen.",
      ("small", "Wuppertal, 02.03.2026 – Rechtspflegerin Saalfeld – Ausgefertigt – Zugestellt an Drittschuldnerin am 12.03.2026")],
      title="Scan", author="Canon iR-ADV C5840")])

# 41
M("N", "de", "system", "one-time password mail of the secure portal, no content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="b.lindemann@t-online.example",
  subj="Ihr Einmal-Passwort für das sichere Postfach", date="2026-03-13 14:31", mailer="Siegel Notification Service",
  body="""
Guten Tag,

für Ihre E-Mail-Adresse wurde ein sicheres Postfach bei der Versicherer-Gruppe eingerichtet, weil wir Ihnen eine vertrauliche Nachricht senden möchten.

Ihr Einmal-Passwort: 7mQ4-xR2k-9vLp

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Melden Sie sich mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an und vergeben Sie dann ein eigenes Passwort. Das Einmal-Passwort ist 14 Tage gültig.

Sie haben kein Postfach erwartet? Dann rufen Sie uns bitte unter 0221 555-3000 an.

Ihre Versicherer-Gruppe
(automatisch erzeugte Nachricht – bitte nicht antworten)
""")

# 42
M("C", "de", "insurer-to-tax-adviser", "premium statement of a self-employed architect's professional liability insurance for his tax return",
  frm=ADDR("kowalski"), to="StB Dipl.-Kfm. Jochen Wirtz <wirtz@stb-wirtz.example>",
  subj="Beitragsbescheinigung 2025 – Mandant Arne Sörensen, Architekt", date="2026-03-16 10:10", sig="kowalski", disc=1,
  body="""
Sehr geehrter Herr Wirtz,

wie gewünscht die Beitragsübersicht 2025 für Ihren Mandanten, Herrn Dipl.-Ing. Arne Sörensen, freier Architekt, Hafenweg 7, 26123 Oldenburg (Vollmacht liegt vor):

Berufshaftpflichtversicherung für Architekten BH-3304-1127
  Jahresbeitrag 2025 netto     2.860,00 Euro
  Versicherungsteuer 19 %        543,40 Euro
  gezahlt gesamt               3.403,40 Euro (Zahlung 02.01.2025)

Büro-Inhaltsversicherung GI-3304-1128
  gezahlt gesamt                 418,65 Euro

Die Beiträge sind vollständig gezahlt, Rückstände bestehen nicht. Eine förmliche Bescheinigung auf Briefpapier senden wir Ihnen per Post.

Mit freundlichen Grüßen
""")

# 43
M("N", "en", "newsletter", "pension conference invitation with agenda, no personal data",
  frm="Versicherer Events <events@versicherer.example>", to="events-pensions@versicherer.example", lang="en",
  subj="Invitation: Cologne Pensions Day, 18 June 2026", date="2026-03-17 08:00", client="system",
  headers={"Precedence": "bulk"},
  body="""
COLOGNE PENSIONS DAY 2026
Thursday, 18 June 2026, 9:30 – 17:00
Rheinforum, Cologne, and online

Dear partners and HR managers,

we are pleased to invite you to this year's Cologne Pensions Day. Topics:

09:45  The second Betriebsrentenstärkungsgesetz – what changes for employers
10:45  Opt-out models in practice: experiences from three mid-sized companies
12:00  Lunch
13:00  Salary conversion and the new pay transparency rules
14:15  Workshop A: Digital onboarding of employees into the company pension
14:15  Workshop B: Pension rights adjustment in divorce – what HR needs to know
16:00  Panel: Will the "Generationenkapital" change private provision?

Participation is free of charge. Register by 31 May:
https://events.versicherer.example/pensionsday2026

We look forward to seeing you.
Your Versicherer events team
""")

# 44
M("S", "en", "insurer-to-customer", "pension start options (annuity or lump sum) for an expat customer, policy values and tax residency",
  frm=ADDR("novak"), to="Karen Lindholm <karen.lindholm@telia.example>", lang="en",
  subj="Your pension starts on 1 July 2026 – please choose annuity or lump sum", date="2026-03-18 11:55", sig="novak", ent="lv",
  body="""
Dear Ms Lindholm,

your private pension policy R 2 240 615 8 reaches its start date on 1 July 2026. We would like to remind you that you can choose how you receive the money:

Option A – lifelong monthly pension
  guaranteed pension:           EUR 418.22
  current total pension:        EUR 512.90 (incl. surplus, not guaranteed)
  guaranteed payment period:    10 years (paid to your heirs if you die earlier)

Option B – lump sum (capital option)
  capital as at 01/07/2026:     EUR 132,406.77

Option C – partial lump sum of up to 30 %, the rest as pension

Please return the enclosed option form by 31 May 2026. If we do not hear from you, we pay Option A.

As you live in Sweden, the pension would be taxed in Sweden under the double taxation treaty, provided you send us form "Certificate of residence" from Skatteverket. Without it we must report the payments to the German tax authorities.

Kind regards
""")

# 45
M("C", "de", "insurer-to-customer", "after a divorce the ex-husband is removed from joint household and liability policies, new address (no pension content)",
  frm=ADDR("kowalski"), to="Nadine Kowarsch <nadine.kowarsch@web.example>",
  subj="AW: Trennung – Verträge umschreiben", date="2026-03-19 16:03", sig="kowalski", sigstyle="short", disc=1,
  body="""
Liebe Frau Kowarsch,

erledigt: Ab 01.04.2026 sind Sie alleinige Versicherungsnehmerin der Hausratversicherung HR-6610-2214 und der Privathaftpflicht PH-6610-2215. Herr Kowarsch ist aus beiden Verträgen ausgetragen; er hat uns seine Zustimmung schriftlich gegeben.

Neue Anschrift: Am Steinbruch 2, 51469 Bergisch Gladbach. Die Versicherungssumme Hausrat haben wir wie besprochen auf 45.000 Euro (60 m²) reduziert, der Beitrag sinkt von 14,20 auf 9,85 Euro im Monat. Die Haftpflicht stellen wir auf den Single-Tarif um (5,40 Euro).

Die neuen Versicherungsscheine kommen in den nächsten Tagen per Post.

Alles Gute für den Neuanfang!
""",
  quote=Q("""
Am 17.03.2026 um 21:14 schrieb Nadine Kowarsch:
Hallo Frau Kowalski,
wie am Telefon besprochen, wir sind getrennt und die Scheidung läuft. Ich bleibe nicht in der Wohnung, sondern ziehe zum 1.4. nach Bergisch Gladbach, Am Steinbruch 2. Mein Mann ist einverstanden, dass ich die Hausrat und Haftpflicht allein weiterführe, er kümmert sich selbst um was Neues. Die Unterschrift von ihm schicke ich per Post.
Grüße Nadine Kowarsch
"""))

# 46
M("N", "de", "internal", "trap: schedule for annual tax certificates and pension reports, process only",
  frm=ADDR("roth"), to="Leitung Betrieb Leben <betrieb-leben@versicherer.example>", cc=ADDR("novak"),
  subj="Zeitplan Steuerbescheinigungen und Rentenbezugsmitteilungen 2025", date="2026-01-09 10:40", sig="roth", sigstyle="short", disc=False,
  body="""
Liebe Kolleginnen und Kollegen,

zur Abstimmung der Termine für das Meldejahr 2025:

- Rentenbezugsmitteilungen an die ZfA: Übermittlung bis 28.02.2026 (gesetzlich); wir planen den Produktivlauf am 16.02., Korrekturlauf 23.02.
- Mitteilungen nach § 22 Nr. 5 EStG an die Rentner: Versand mit der Post ab 02.03.
- Jahressteuerbescheinigungen Kapitalertragsteuer (Abläufe und Rückkäufe 2025): Versand bis 31.03.
- Meldungen an das Bundeszentralamt (Freistellungsaufträge): bis 28.02.

Für die Qualitätssicherung ziehen wir wie im Vorjahr eine Stichprobe von 200 Fällen; die Stichprobe wird im Meldesystem erzeugt und nicht per Mail verschickt.

Bitte gebt mir bis Freitag Bescheid, wenn ein Termin mit euren Urlaubsplanungen kollidiert.

Viele Grüße
Wolfgang Roth
""")

# 47
M("S", "de", "employer", "employer sends leavers of the group company pension with birth dates and vested values, only in the XLSX attachment",
  frm=ADDR("ahmed"), to=ADDR("paulsen"),
  subj="WG: Austritte Q1 – Gruppenvertrag GV 71-0088 Spedition Hollweg", date="2026-04-01 13:37",
  body=f"""
Hallo Henrik,

die Austrittsliste von Hollweg kam heute. Bitte einmal querlesen, ob bei den Unverfallbarkeiten alles passt – Frau Roth aus der Personalabteilung fragt, ob wir die Mitarbeiter selbst anschreiben.

Samir

{SIG("ahmed", "de", "short")}

-----Ursprüngliche Nachricht-----
Von: Birgit Roth <b.roth@spedition-hollweg.example>
Gesendet: Dienstag, 31. März 2026 17:05
An: bav-service@versicherer.example
Betreff: Austritte Q1 – Gruppenvertrag GV 71-0088

Hallo Herr Ahmed,
anbei die Austritte aus dem ersten Quartal. Bitte die Verträge beitragsfrei stellen bzw. auf die Mitarbeiter übertragen.
Danke und Gruß, B. Roth
""",
  att=[XLSX("Austritte_Q1_2026_Hollweg.xlsx", {"Austritte Q1": [
      ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Vertrag", "Austritt", "Grund", "unverfallbar", "Wunsch"],
      ["1047", "Kaminski", "Rafael", "12.02.1979", "D 7 310 224 0", "31.01.2026", "AN-Kündigung", "ja", "Fortführung privat"],
      ["1188", "Brühl", "Saskia", "30.06.1995", "D 7 310 302 6", "28.02.2026", "befristet", "ja (Entgeltumwandlung)", "beitragsfrei"],
      ["0912", "Achterberg", "Jürgen", "03.10.1961", "D 7 309 881 2", "31.03.2026", "Rente", "ja", "Kapitalauszahlung"],
      ["1203", "Olszewski", "Marta", "19.11.1990", "D 7 310 415 4", "31.03.2026", "AG-Kündigung", "ja", "Übertragung neuer AG"]]},
      author="Birgit Roth")])

# 48
M("N", "en", "internal", "trap: SEPA file format migration; test files use the published example IBAN and placeholder names",
  frm=ADDR("raman"), to="Payments Change Board <payments-cab@versicherer.example>", lang="en",
  subj="CAB: migration to pain.001.001.09 / pain.008.001.08 – test plan", date="2026-04-02 10:18", sig="raman", sigstyle="short", disc=False,
  body="""
Hi all,

for the CAB on Monday: the banks switch off the old SEPA XML versions in November, so we migrate the payment files for benefit payouts, premium refunds and direct debits.

Scope
- outbound credit transfers (pain.001.001.09) from the payment engine
- direct debit collection (pain.008.001.08) from the premium system
- returns/R-transactions (camt.054 / pain.002) parsing

Test data
All test files use synthetic records only, e.g. debtor "Max Mustermann", IBAN DE89 3704 0044 0532 0130 00 (the published example IBAN), mandate reference TEST-0001. No production extracts, please – last year's incident with a real export in the test share is the reason we added the DLP rule.

Timeline
- 20 Apr: bank test platform access
- 4 May – 29 May: integration tests
- 15 Jun: go-live payouts; 1 Jul: go-live direct debits

Risks: structured addresses become mandatory for non-EEA payees; about 2 % of our payee master data has free-text addresses – business needs to clean them up.

Priya
""")

# 49
M("C", "en", "insurer-to-bank", "comprehensive motor cover confirmed to the car-finance bank holding a security certificate; borrower and VIN",
  frm=ADDR("engel"), to="Collateral Management, Autobank Finance S.A. <collateral.de@autobank-finance.example>", lang="en",
  subj="Security certificate – vehicle VIN WBA21AG0X0R447130 – borrower Ms Olena Hrytsenko", date="2026-04-07 09:12", sig="engel", disc=1,
  body="""
Dear Sir or Madam,

we confirm the following for your loan contract 7720-445180:

Policyholder / borrower:   Ms Olena Hrytsenko, Im Kirschgarten 14, 65929 Frankfurt am Main
Vehicle:                   BMW 118i, VIN WBA21AG0X0R447130, registration F-OH 2207
Cover:                     third-party liability, fully comprehensive (deductible EUR 500), partial cover (deductible EUR 150)
Policy number:             KH 512 330 817, start 03/04/2026, premium paid annually until 03/04/2027

A security certificate (Sicherungsschein) in favour of Autobank Finance S.A. has been issued. Payments for total loss or theft will be made to you; repairs up to EUR 2,500 may be paid to the repair shop. We will inform you if the comprehensive cover ends or the premium is not paid.

Kind regards
""")

# 50
M("S", "de", "insurer-to-customer", "Riester pension: state allowances for the customer and two children with birth dates, reduced allowance",
  frm=ADDR("novak"), to="Jennifer Scholten <jenny.scholten@gmx.example>",
  subj="Ihre Riester-Rente R 6 115 302 9 – Zulagen für 2024 gutgeschrieben", date="2026-04-09 14:21", sig="novak", ent="lv", disc=0,
  body="""
Hallo Frau Scholten,

die Zentrale Zulagenstelle für Altersvermögen hat die Zulagen für das Beitragsjahr 2024 festgesetzt. Wir haben Ihrem Vertrag R 6 115 302 9 gutgeschrieben:

  Grundzulage                              175,00 Euro
  Kinderzulage Luca (geb. 14.05.2016)      300,00 Euro
  Kinderzulage Emma (geb. 02.12.2019)      300,00 Euro
  gesamt                                   775,00 Euro

Die Zulage wurde gekürzt, weil Ihr Eigenbeitrag 2024 (480 Euro) unter dem Mindesteigenbeitrag lag. Berechnungsgrundlage war Ihr rentenversicherungspflichtiges Einkommen 2023 von 31.240 Euro: 4 % davon sind 1.249,60 Euro, abzüglich der Zulagen 774,60 Euro. Mit 480 Euro haben Sie 61,97 % erreicht, deshalb erhalten Sie nur diesen Anteil der vollen Zulage (1.250,63 Euro).

Tipp: Wenn Sie ab Mai 65 Euro statt 40 Euro im Monat einzahlen, bekommen Sie die volle Förderung. Die Änderung können Sie einfach im Kundenportal eintragen.

Viele Grüße
""")
# --------------------------------------------------------------------------
# batch 3 (d23-0051 … d23-0075)
# --------------------------------------------------------------------------

# 51
M("N", "de", "internal", "trap: internal training on inheritance law for claims staff, invitation only",
  frm=ADDR("petersen"), to="Leistung Leben alle <leistung-leben@versicherer.example>",
  subj="Schulung \"Erbfall kompakt\" am 23.04. – bitte anmelden", date="2026-04-10 11:30", sig="petersen", sigstyle="short", disc=False,
  body="""
Hallo zusammen,

nach den vielen Rückfragen der letzten Monate machen wir eine Auffrischung zum Thema Erbfall:

- Erbschein, Europäisches Nachlasszeugnis, notarielles Testament mit Eröffnungsprotokoll – was reicht wann?
- Bezugsrecht vs. Nachlass: wem gehört die Leistung?
- Testamentsvollstreckung, Nachlasspflegschaft, minderjährige Erben
- Meldungen an das Erbschaftsteuerfinanzamt (§ 33 ErbStG)
- typische Fehler bei Auszahlungen an Erbengemeinschaften

Referentin ist Frau Dr. Schreiber aus der Rechtsabteilung. Bitte bringt keine echten Fälle mit Namen mit; Beispiele bereiten wir anonymisiert vor.

Einladung hängt an. Maximal 20 Plätze.

Malte
""",
  att=[ICS("Schulung_Erbfall_kompakt.ics", "d23-schulung-erbfall-20260423@versicherer.example", "Schulung Erbfall kompakt",
           "20260423T130000", "20260423T163000", ("Malte Petersen", "malte.petersen@versicherer.example"),
           [("Leistung Leben alle", "leistung-leben@versicherer.example"), ("Dr. Carola Schreiber", "carola.schreiber@versicherer.example")],
           location="Schulungsraum E.08")])

# 52
M("S", "de", "insurer-to-customer", "maturity payout of an endowment policy: amount, capital gains tax, customer's IBAN; customer's mobile mail quoted",
  frm=ADDR("hagedorn"), to="Monika Rehbein <moni.rehbein@icloud.example>",
  subj="AW: auszahlung lebensversicherung", date="2026-04-13 09:48", sig="hagedorn", ent="lv", disc=1,
  body=f"""
Liebe Frau Rehbein,

Ihre Kapitallebensversicherung L 1 984 330 6 läuft am 01.05.2026 ab. Wir zahlen die Ablaufleistung pünktlich zum 01.05. aus:

Versicherungssumme                      25.000,00 Euro
Überschussbeteiligung                    9.873,42 Euro
Ablaufleistung gesamt                   34.873,42 Euro

Steuer: Ihr Vertrag hat am 01.05.1996 begonnen, also vor 2005, und lief länger als 12 Jahre. Die Auszahlung ist deshalb steuerfrei – es wird keine Kapitalertragsteuer einbehalten.

Wir überweisen auf das Konto, das Sie uns genannt haben:
{IB("DE", "360100430078441901")} (Kontoinhaberin Monika Rehbein)

Den Versicherungsschein müssen Sie nicht zurückschicken.

Herzliche Grüße
""",
  quote=Q("""
Am 11.04.2026 um 18:52 schrieb Monika Rehbein <moni.rehbein@icloud.example>:

hallo, meine lebensversicherung läuft ja im mai aus, Nr L 1984 330 6. bitte auf mein neues konto DE überweisen, IBAN steht unten. muss ich da steuern zahlen?? und brauchen sie das original von der police, ich find sie nicht mehr
lg M. Rehbein

Von meinem iPhone gesendet
"""))

# 53
M("C", "de", "insurer-to-customer", "returned direct debit for a legal expenses policy: customer, policy, fee, old IBAN masked",
  frm=ADDR("becker"), to="Sven Ortmann <sven.ortmann@posteo.example>",
  subj="Rücklastschrift Rechtsschutzversicherung RS-2209-8176", date="2026-04-14 13:22", sig="becker", sigstyle="short", disc=1,
  body="""
Guten Tag Herr Ortmann,

die Lastschrift vom 01.04.2026 über 27,90 Euro für Ihre Rechtsschutzversicherung RS-2209-8176 (Privat-, Berufs- und Verkehrsrechtsschutz) ist von Ihrer Bank zurückgegeben worden, Grund: "Konto erloschen" (Konto DE48 ... 4410).

Bitte geben Sie uns eine neue Bankverbindung – am einfachsten im Kundenportal unter "Meine Daten > Bankverbindung" – oder überweisen Sie den Beitrag zuzüglich 3,50 Euro Bankgebühr bis 30.04.2026.

Ihr Versicherungsschutz besteht weiter, solange der Beitrag innerhalb der Frist bezahlt wird.

Freundliche Grüße
""")

# 54
M("N", "en", "internal", "annual report publication with group key figures, no personal data",
  frm=ADDR("baumann"), to="All staff <alle@versicherer.example>", lang="en",
  subj="Annual Report 2025 published today", date="2026-04-15 10:00", sig="baumann", sigstyle="short", disc=False,
  body="""
Dear colleagues,

today we published our Annual Report 2025. A few highlights:

- Gross written premiums: EUR 6.82bn (+4.1 %)
- Life: new business APE EUR 412m, of which 38 % company pensions
- Combined ratio property & casualty: 94.7 %
- Solvency II ratio: 211 % (without transitional measures)
- Total surplus participation credited to policyholders: EUR 1.14bn

The full report (PDF and online version) is available on www.versicherer.example/investors. The SFCR follows on 20 May.

Thank you all for your contribution to a good year. The Board will comment on the results at the staff meeting on 28 April.

Julia Baumann
""")

# 55
M("N", "en", "insurer-to-supplier", "trap: invoice query to an actuarial software vendor, company bank details and VAT reverse charge",
  frm=ADDR("lehmann"), to="Accounts Receivable, ProphetCalc Ltd <ar@prophetcalc.example>", lang="en",
  subj="Invoice INV-UK-22817 – reverse charge and bank details", date="2026-04-16 15:40", sig="lehmann", disc=1,
  body="""
Dear Sir or Madam,

we received your invoice INV-UK-22817 dated 1 April 2026 for the annual licence of your valuation software (12 user seats, period 04/2026–03/2027), amount GBP 148,500.00.

Two points before we can pay:

1. The invoice shows 20 % UK VAT. As we are a business customer in Germany, the reverse charge applies. Please issue a corrected invoice without VAT and with the note "reverse charge", including our VAT ID DE 812 345 679.
2. Your bank details changed compared with last year (now: Barclays, sort code 20-00-00). As a fraud-prevention measure we only accept new supplier bank details after a call-back to the contact in our master data, Mr. Hughes. Please ask him to expect our call.

Payment will be made within the agreed 45 days after receipt of the corrected invoice.

Kind regards
""")

# 56
M("C", "en", "insurer-to-customer", "rent deposit guarantee issued for a tenant: names, landlord, flat, guarantee amount, premium",
  frm=ADDR("kowalski"), to="Arjun Mehta <arjun.mehta@proton.example>", lang="en",
  subj="Your rent deposit guarantee MK-0442-7781 has been issued", date="2026-04-17 12:05", sig="kowalski", disc=1,
  body="""
Dear Mr Mehta,

good news: we have issued your rent deposit guarantee (Mietkautionsbürgschaft) MK-0442-7781.

  Tenant:            Arjun Mehta
  Landlord:          Wohnbau Ehrenfeld eG
  Flat:              Venloer Straße 301, 3rd floor left, 50823 Köln
  Guarantee amount:  EUR 2,670.00 (three months' net rent)
  Annual premium:    EUR 132.17 (4.95 % of the guarantee), first due 1 May 2026

The original guarantee document is sent to the landlord by post today; you receive a copy. You do not need to pay a cash deposit.

If the landlord makes a claim under the guarantee when you move out, we will pay him and then ask you to reimburse us – so please keep the handover protocol of the flat.

Kind regards
""")

# 57
M("S", "de", "internal", "death claim withheld because the prosecutor investigates the beneficiary (criminal proceedings, life policy)",
  frm=ADDR("petersen"), to=ADDR("schreiber"), importance="high",
  subj="Todesfall L 6 027 811 3 – Ermittlungsverfahren gegen Bezugsberechtigten", date="2026-04-20 08:15", sig="petersen", sigstyle="short", disc=False,
  body="""
Hallo Frau Dr. Schreiber,

ich brauche bitte kurzfristig Ihre Einschätzung:

Versicherte Person: Renate Kolbe, verstorben am 28.03.2026 in ihrer Wohnung in Solingen.
Vertrag: Risikolebensversicherung L 6 027 811 3, Versicherungssumme 150.000 Euro, abgeschlossen 2023.
Bezugsberechtigt: Ehemann Thorsten Kolbe.

Die Kripo Wuppertal hat uns am Freitag mitgeteilt, dass gegen Herrn Kolbe wegen eines Tötungsdelikts ermittelt wird (Az. StA Wuppertal 622 Js 318/26); die Obduktion sei abgeschlossen, Ergebnis hat man uns nicht genannt. Herr Kolbe hat gestern telefonisch die Auszahlung verlangt und mit Anwalt gedroht.

Meine Idee: Leistung zurückhalten bis zum Abschluss des Verfahrens, Hinweis auf § 162 Abs. 2 VVG, Akteneinsicht beantragen. Die Beiträge sind vollständig gezahlt, der Vertrag ist außerhalb der Widerrufsfrist, aber innerhalb von 3 Jahren – die vorvertragliche Anzeigepflicht prüft Dr. Hasselbach parallel.

Können wir morgen kurz telefonieren?

Malte Petersen
""")

# 58
M("N", "de", "insurer-to-broker", "generic sales campaign for company pensions, commission rates, no person",
  frm=ADDR("falk"), to="Agenturen Region West <agenturen-west@versicherer.example>",
  subj="bAV-Frühjahrsaktion: Firmenkunden-Check und Sonderprovision", date="2026-04-21 07:55", sig="falk", disc=2,
  body="""
Liebe Kolleginnen und Kollegen in den Agenturen,

ab 1. Mai starten wir die bAV-Frühjahrsaktion für kleine und mittlere Betriebe (5–50 Mitarbeitende):

- Firmenkunden-Check: Wir prüfen mit dem Arbeitgeber die bestehende Versorgung und die Pflicht zum 15-%-Zuschuss.
- Neues Onboarding: Mitarbeitende können sich digital per QR-Code informieren und abschließen.
- Sonderprovision: +2 Promille der Beitragssumme für jeden neuen Gruppenvertrag mit mindestens 5 Anmeldungen bis 31.07.

Verkaufsunterlagen, Musterpräsentation und die Vorlage für das Arbeitgeberanschreiben findet ihr im Vertriebsportal unter "Kampagnen".

Webinar zum Start: Dienstag, 28.04., 9:00 Uhr.

Beste Grüße
Bernd Falk
""")

# 59
M("C", "de", "internal", "HR passes new-hire data to payroll; birth date, tax ID, IBAN and salary only in the DOCX form, body harmless",
  frm=ADDR("weiss"), to=ADDR("grote"),
  subj="Neueinstellung zum 01.05. – Personalfragebogen", date="2026-04-22 14:47", sig="weiss", sigstyle="short", disc=False,
  body="""
Hallo Heike,

anbei der Personalfragebogen für die neue Kollegin im Rentenservice (Start 01.05.). Vertrag ist unterschrieben, die Personalnummer ist vergeben. Bitte für die Mai-Abrechnung anlegen.

Danke!
Nadine
""",
  att=[DOCX("Personalfragebogen_41022.docx", [
      ("h", "Personalfragebogen"),
      ("t", [["Feld", "Angabe"],
             ["Personalnummer", "41022"],
             ["Name, Vorname", "Hanke, Stefanie"],
             ["Geburtsname", "Bruckner"],
             ["Geburtsdatum / -ort", "27.08.1992 / Siegen"],
             ["Anschrift", "Neusser Straße 118, 50670 Köln"],
             ["Steuer-ID", "31 847 209 556"],
             ["Steuerklasse / Kinderfreibeträge", "I / 0"],
             ["Krankenkasse", "gesetzlich (AOK Rheinland/Hamburg)"],
             ["Sozialversicherungsnummer", "15 270892 H 044"],
             ["IBAN", IB("DE", "460501020014882730")],
             ["Eintritt / Abteilung", "01.05.2026 / Rentenservice Leben"],
             ["Bruttomonatsgehalt", "3.980,00 EUR (Tarifgruppe VII)"],
             ["Wochenarbeitszeit", "38 Stunden"]]),
      "Ich versichere die Richtigkeit der Angaben. Köln, 15.04.2026, gez. S. Hanke"], author="Nadine Weiß")])

# 60
M("S", "en", "insurer-to-lawyer", "English divorce solicitor asks how a German private pension is shared; policy values of the husband",
  frm=ADDR("winter"), to="Rachel Ashworth, Family Law <r.ashworth@ashworth-family.example>", lang="en",
  subj="Your client Mrs Helen Bauer – pension sharing and German policy R 4 881 027 5", date="2026-04-23 16:20", sig="winter", ent="lv", disc=1,
  body="""
Dear Ms Ashworth,

thank you for your letter of 9 April and the signed authority of Mr Thomas Bauer, the policyholder, which allows us to give you information.

Policy R 4 881 027 5 is a private deferred annuity with our company; Mr Bauer pays EUR 200 per month. Values as at 31 March 2026:

  policy reserve incl. allocated surplus:   EUR 63,415.90
  surrender value:                          EUR 61,204.18
  guaranteed annuity at 67:                 EUR 356.10 per month

The German pension rights adjustment (Versorgungsausgleich) only applies where a German court handles the divorce. As the divorce proceedings are in England, a pension sharing order of an English court cannot be implemented by us directly, because we are not a UK pension arrangement. In practice the parties agree a lump-sum compensation, or Mr Bauer assigns part of the rights by contract; we can document such an assignment.

Please note we can only give information about the value; we cannot advise your client.

Yours sincerely
""")

# 61
M("N", "en", "newsletter", "interest rate outlook from the investment team to brokers, generic market data",
  frm="Versicherer Investment Insights <insights@versicherer.example>", to="broker-news@versicherer.example", lang="en",
  subj="Investment Insights Q2/2026: rates, spreads and what it means for guarantees", date="2026-04-24 07:00", client="system",
  headers={"Precedence": "bulk"}, html=True,
  body="""
INVESTMENT INSIGHTS – Q2/2026

Rates: The 10-year Bund yield ended the quarter at 2.71 %, the 20-year swap rate at 2.95 %. The ECB deposit rate stands at 2.00 %; markets price one more cut by year-end.

Spreads: Investment-grade corporate spreads tightened by 12 bp; we added EUR 400m of covered bonds and infrastructure debt.

Portfolio: Our asset allocation is unchanged – 71 % fixed income, 9 % equities, 8 % real estate, 6 % infrastructure, 6 % other. Net investment yield 2025: 2.9 %.

Guarantees: The maximum technical interest rate for new business remains 1.0 %. With current yields, we see room for stable surplus declarations.

This newsletter does not constitute investment advice.
Versicherer Holding AG, Investment Management, Cologne
""")

# 62
M("C", "de", "insurer-to-customer", "name change after marriage in a motor policy: maiden name, new name, plate, new bank account",
  frm=ADDR("engel"), to="Laura Nikolić <laura.nikolic@gmx.example>",
  subj="Namensänderung in Ihrer Kfz-Versicherung KH 441 902 336", date="2026-04-27 11:40", sig="engel", disc=1,
  body=f"""
Sehr geehrte Frau Nikolić,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren Namen in der Kfz-Versicherung KH 441 902 336 (Fiat 500, K-LB 2810) geändert:

bisher: Laura Bergmann
neu:    Laura Nikolić, geb. Bergmann

Gleichzeitig haben wir die neue gemeinsame Bankverbindung hinterlegt:
Kontoinhaber: Laura und Dragan Nikolić
IBAN {IB("DE", "370502990000884312")}

Bitte denken Sie daran, auch die Zulassungsbescheinigung Teil I bei der Zulassungsstelle ändern zu lassen – das müssen Sie innerhalb von zwei Wochen erledigen.

Ihr Mann kann übrigens als Fahrer ohne Mehrbeitrag eingetragen werden, wenn er über 25 ist. Sagen Sie uns einfach Bescheid.

Mit freundlichen Grüßen
""")

# 63
M("N", "de", "internal", "trap: monthly complaint statistics for life business, counts per reason only",
  frm=ADDR("lorenz"), to="Bereichsleitung Leben <bl-leben@versicherer.example>",
  subj="Beschwerdereport Leben März 2026", date="2026-04-08 09:10", sig="lorenz", sigstyle="short", disc=False, html=True,
  body="""
Hallo zusammen,

hier die Beschwerdezahlen Leben für März (Vormonat in Klammern):

[[t]]

Auffällig: Die Rückkaufswert-Beschwerden sind nach dem Versand der Standmitteilungen deutlich gestiegen; häufigster Punkt ist die Höhe des Stornoabzugs bei Altverträgen. Zwei Beschwerden sind über die BaFin gekommen, eine über den Ombudsmann.

Bearbeitungszeit im Schnitt 9,2 Arbeitstage (Ziel: 10).

Details gibt es in der Monatsrunde am Donnerstag.

Daniela
""",
  tables={"t": ([["Grund", "März", "Feb."],
                 ["Rückkaufswert / Stornoabzug", "41", "(18)"],
                 ["Dauer Auszahlung Todesfall", "12", "(14)"],
                 ["Überschussbeteiligung / Standmitteilung", "26", "(9)"],
                 ["bAV / Arbeitgeberwechsel", "7", "(6)"],
                 ["Erreichbarkeit / Rückruf", "15", "(21)"],
                 ["Sonstiges", "8", "(10)"],
                 ["gesamt", "109", "(78)"]], "pad")})

# 64
M("S", "de", "insurer-to-authority", "job centre checks assets of a benefit claimant: life and pension contracts with surrender values",
  frm=ADDR("hagedorn"), to="Jobcenter Rhein-Sieg – Leistungsabteilung <leistung.siegburg@jobcenter-rhein-sieg.example>",
  subj="Ihr Auskunftsersuchen nach § 60 SGB II – Frau Yvonne Pflüger, BG-Nr. 36203//0045127", date="2026-04-28 10:31", sig="hagedorn", ent="lv", disc=0,
  body="""
Sehr geehrte Damen und Herren,

auf Ihr Auskunftsersuchen vom 14.04.2026 teilen wir mit, dass Frau Yvonne Pflüger, geb. 02.02.1981, bei uns folgende Verträge hat:

1. Private Rentenversicherung R 7 009 318 2, Beginn 01.08.2010
   Rückkaufswert zum 01.04.2026: 8.412,55 Euro
   Verwertungsausschluss nach § 168 Abs. 3 VVG vereinbart: nein

2. Riester-Rentenversicherung R 7 402 775 0
   gefördertes Altersvorsorgevermögen: 11.208,04 Euro (Schonvermögen nach § 12 Abs. 1 Nr. 2 SGB II)

3. Risikolebensversicherung T 2 113 040 8 – kein Rückkaufswert.

Nach unseren Unterlagen sind keine Rechte aus den Verträgen abgetreten oder verpfändet.

Mit freundlichen Grüßen
""")

# 65
M("N", "en", "system", "automatic answer to a certificate request with the employee's public certificate, no content",
  frm="Versicherer Certificate Service <zertifikat@versicherer.example>", to="pkiadmin@nordbank.example", lang="en",
  subj="[ZERTIFIKAT] Certificate of anke.lehmann@versicherer.example", date="2026-04-28 15:02", mailer="Siegel Certificate Responder",
  body="""
Hello,

you requested the certificate of anke.lehmann@versicherer.example. This message is signed with that certificate; your mail program can store it from the signature.

Certificate details
  Subject:        CN=Anke Lehmann, O=Versicherer Holding AG, C=DE
  E-mail:         anke.lehmann@versicherer.example
  Issuer:         CN=Versicherer Issuing CA 2024, O=Versicherer Holding AG
  Serial:         4F:2A:91:0C:6D:E3:77:18
  Valid:          2025-06-02 to 2027-06-02
  SHA-256:        8C:1E:A4:77:02:9B:DD:41:63:F0:5A:2C:19:E8:7B:44:90:0D:3E:C6:12:AB:5F:71:28:09:C4:E6:3A:B2:71:0F

You can also download certificates of our employees at https://www.versicherer.example/zertifikate.

This is an automatic message. Requests to this service never reach the person.
""")

# 66
M("C", "en", "insurer-to-insolvency-administrator", "UK bankruptcy trustee asks about a bankrupt's German car and home contents policies; refunds",
  frm=ADDR("kaya"), to="Insolvency Service – Trustee team <trustee.team@insolvency-practitioners.example>", lang="en",
  subj="Your ref. BR-2026-01173 – Mr Gareth Pryce, policies with us", date="2026-04-29 11:10", sig="kaya", disc=1,
  body="""
Dear Sir or Madam,

in reply to your letter of 15 April 2026 and the copy of the bankruptcy order of the High Court (Business and Property Courts in Cardiff), we confirm that Mr Gareth Pryce, formerly of Ludwigstraße 12, 53113 Bonn, held the following policies with us:

- Motor insurance KH 601 228 974 (Volvo XC60, BN-GP 771), cancelled on 31 January 2026 after export of the vehicle. Premium refund of EUR 211.40 has not yet been paid out.
- Home contents insurance HR-3318-6602, cancelled on 28 February 2026. No refund (premium paid monthly).

We will pay the refund of EUR 211.40 to the trustee account once you confirm the account details on your letterhead. Please note that under German law we need the recognition of the English bankruptcy order in Germany only for enforcement; for a voluntary payment your confirmation is sufficient.

Mr Pryce did not hold any life or pension policies with our group.

Kind regards
""")

# 67
M("N", "de", "internal", "office move of the life claims team, rooms and times only",
  frm=ADDR("richter"), to="Leistung Leben alle <leistung-leben@versicherer.example>", cc=ADDR("petersen"),
  subj="Umzug 4. OG am 15./16. Mai – was ihr tun müsst", date="2026-04-30 13:55", sig="richter", sigstyle="short", disc=False,
  body="""
Liebe Kolleginnen und Kollegen,

am Freitag, 15.05., ab 14 Uhr zieht die Leistung Leben vom 2. ins 4. OG (Flügel B). Bitte:

1. Bis Donnerstagabend alles in die Umzugskisten packen (je Person max. 4 Kisten, Aufkleber mit neuer Raumnummer).
2. Akten mit Kundendaten nur in die verschließbaren Rollcontainer – NICHT in offene Kisten. Die Container werden plombiert.
3. Monitore und Docking-Stationen bleiben stehen, in B4 ist alles neu.
4. Am Montag, 18.05., bitte zuerst am Empfang im 4. OG melden; der neue Zugangschip wird freigeschaltet.

Wer am Freitag Homeoffice macht, muss trotzdem vorher packen.

Danke und viele Grüße
Anja Richter
""")

# 68
M("S", "de", "heir", "heir's documents for a death claim only inside a ZIP (death certificate, certificate of inheritance, heirs' bank details)",
  frm=ADDR("kowalski"), to=ADDR("petersen"),
  subj="WG: Unterlagen", date="2026-05-04 10:02",
  body="""
Hallo Malte,

kam über das Kontaktformular rein, gehört zu eurem Leistungsfall 26-TF-00318. Anhang ungeöffnet weitergeleitet.

Gruß
Lena
""",
  att=[ZIP("Unterlagen_Erbfall.zip", [
      PDF("Sterbeurkunde.pdf", [("h", "Sterbeurkunde"), "Standesamt Leverkusen, Nr. S 412/2026\nFamilienname: Zielinski\nVorname: Edmund\nGeburtsdatum: 17.06.1944, Geburtsort: Gleiwitz\nTag des Todes: 19.03.2026, Ort des Todes: Leverkusen\nLetzter Wohnsitz: Leverkusen"], title="Sterbeurkunde", author="Scanner"),
      PDF("Erbschein.pdf", [("h", "Amtsgericht Leverkusen – Nachlassgericht – Erbschein"), "Az. 18 VI 233/26\nEs wird bezeugt, dass der am 19.03.2026 verstorbene Edmund Zielinski, zuletzt wohnhaft in Leverkusen, beerbt worden ist von\n1. Danuta Zielinski, geb. Nowak (Ehefrau), zu 1/2\n2. Piotr Zielinski (Sohn), zu 1/4\n3. Agnieszka Brandt, geb. Zielinski (Tochter), zu 1/4"], title="Erbschein", author="Scanner"),
      CSV("Bankverbindungen_Erben.csv", [["Name", "Anteil", "IBAN", "Bank"],
                                          ["Danuta Zielinski", "1/2", IB("DE", "375501930004471920", group=0), "Sparkasse Leverkusen"],
                                          ["Piotr Zielinski", "1/4", IB("DE", "120300000019033482", group=0), "DKB"],
                                          ["Agnieszka Brandt", "1/4", IB("DE", "200411440602018374", group=0), "comdirect"]])])])

# 69
M("N", "en", "insurer-to-partner", "press enquiry on surplus participation answered with published figures only",
  frm=ADDR("baumann"), to="Hannah Cole <h.cole@pensions-weekly.example>", lang="en",
  subj="RE: Query – German life insurers' bonus rates", date="2026-05-05 17:22", sig="baumann", disc=1,
  body="""
Dear Ms Cole,

thanks for your questions. Here are our answers, which you may quote as "a spokeswoman for the Versicherer group":

1. Current total return: our 2026 declaration for traditional annuities is 2.45 % current interest and 3.2 % total return including terminal bonus.
2. Trend: "We have raised the current interest rate for the third year in a row. Higher reinvestment yields allow us to share more with our customers, while keeping the reserve for the additional interest requirement (Zinszusatzreserve) fully funded."
3. Market share: we do not comment on market shares; the association publishes market data in July.
4. Surrender rates: 2.9 % of annual premium in 2025, slightly below the market average.

The figures are from our Annual Report 2025 (pages 34–41). Let me know if you need a photo of our Chief Actuary.

Best regards
Julia Baumann
""",
  quote=Q("""
From: Hannah Cole
Sent: 05 May 2026 11:04
Could you tell me your current bonus rates and whether you expect them to rise? Also surrender rates if available. Deadline Thursday.
"""))

# 70
M("C", "de", "insurer-to-bank", "recall of a premium refund paid to the wrong account: customer name, both IBANs, amount",
  frm=ADDR("becker"), to="Zahlungsverkehr Rückrufe, Volksbank Rhein-Ruhr <rueckrufe@volksbank-rhein-ruhr.example>",
  subj="Rückruf Überweisung vom 04.05.2026 – falsches Empfängerkonto", date="2026-05-06 08:44", sig="becker", disc=0,
  body=f"""
Sehr geehrte Damen und Herren,

am 04.05.2026 haben wir versehentlich eine Beitragserstattung aus einer Wohngebäudeversicherung an ein falsches Konto überwiesen. Wir bitten um Rückruf bzw. Rücküberweisung:

Betrag:                 642,18 Euro
Verwendungszweck:       ERSTATTUNG WG-1190-4420 SCHNEIDER
Empfängerkonto (falsch): {IB("DE", "350601900001882716")} – Kontoinhaber laut Überweisung: Heinz Schneider
richtig wäre gewesen:   Konto der Versicherungsnehmerin Elke Schneider-Matthes, {IB("DE", "350601900001882734")}

Ursache war ein Zahlendreher bei der Erfassung. Der Empfänger ist nicht unser Kunde. Bitte holen Sie die Zustimmung des Kontoinhabers zur Rückbuchung ein und überweisen Sie den Betrag auf unser Konto bei der Kreissparkasse Köln unter Angabe "Rückruf 20260504-0017".

Für Rückfragen erreichen Sie mich direkt.

Mit freundlichen Grüßen
""")

# 71
M("S", "de", "insurer-to-customer", "accident insurance disability benefit after a fall: injury, limb disability table, percentage and payment",
  frm=ADDR("albrecht"), to="Werner Hölscher <w.hoelscher@t-online.example>",
  subj="Ihre Unfallversicherung U 3 207 118 – Invaliditätsleistung", date="2026-05-07 14:10", sig="albrecht", disc=0,
  body="""
Sehr geehrter Herr Hölscher,

wir haben das Gutachten von Herrn Dr. Lorenz (Unfallchirurgie, Bergisches Land) vom 22.04.2026 erhalten. Danach besteht nach Ihrem Sturz von der Leiter am 09.06.2025 mit Trümmerbruch des rechten Sprunggelenks eine dauerhafte Funktionsbeeinträchtigung von 4/10 Fußwert.

Berechnung nach der Gliedertaxe:
  Fuß im Fußgelenk: 40 %
  davon 4/10 = 16 % Invalidität
  Grundsumme 100.000 Euro, Progression 225 % – bei 16 % noch keine Progression
  Invaliditätsleistung: 16.000,00 Euro

Abzüglich der bereits gezahlten Vorschussleistung von 5.000 Euro überweisen wir Ihnen 11.000,00 Euro auf Ihr bekanntes Konto.

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen. Wenn sich Ihr Zustand verschlechtert, melden Sie sich bitte.

Gute Besserung weiterhin und freundliche Grüße
""")

# 72
M("N", "de", "internal", "trap: the company's own monthly capital gains tax return, totals only",
  frm=ADDR("roth"), to=ADDR("lehmann"),
  subj="KapESt-Anmeldung April 2026 – Zahlung bis 11.05.", date="2026-05-07 16:30", sig="roth", sigstyle="name", disc=False,
  body="""
Anke,

die Kapitalertragsteuer-Anmeldung April ist fertig und geht morgen raus. Zahlen für die Buchung:

Kapitalertragsteuer aus Versicherungsleistungen (Abläufe/Rückkäufe April):  1.218.604,35
Solidaritätszuschlag:                                                        67.023,24
Kirchensteuer (Sammelbeträge, aufgeteilt nach Ländern lt. Anlage):           41.887,90
gesamt:                                                                   1.327.515,49 Euro

Fällig 11.05. an das Betriebsstätten-Finanzamt Köln-Altstadt. Die Anlage mit der Länderaufteilung liegt im Steuerordner, sie enthält nur Summen.

Danke
""")

# 73
M("S", "en", "insurer-to-employer", "group life: death of an employee, benefit to his widow; only in an HTML-only table",
  frm=ADDR("paulsen"), to="People & Culture, Heron Logistics GmbH <people@heron-logistics.example>", lang="en",
  subj="Group life policy GL 22-0907 – death benefit settled", date="2026-05-11 12:26", ent="lv",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Varga,</p>
<p>please find below the settlement of the death benefit under your group life policy. We have informed the beneficiary directly.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Insured employee</th><th>Date of birth</th><th>Date of death</th><th>Benefit</th><th>Paid to</th></tr>
<tr><td>Mr Dariusz Nowicki, staff no. 2281</td><td>1972-03-14</td><td>2026-04-02</td><td>EUR 96,000.00 (2 x annual salary)</td><td>Mrs Ewa Nowicka (spouse, beneficiary)</td></tr>
</table>
<p>As agreed in the group contract, Mr Nowicki is removed from the list of insured persons from 2 April 2026; the premium for April is credited with the next invoice.</p>
<p>Our condolences to Mr Nowicki's family and colleagues.</p>
<p>Kind regards<br>Henrik Paulsen<br>Corporate Clients / Occupational Pensions<br>Versicherer Lebensversicherung AG<br>Phone +49 221 555-2830</p>
</body></html>
""")

# 74
M("N", "de", "insurer-to-customer", "prospect asks about funeral expenses insurance in general; generic answer without any personal or contract data",
  frm=ADDR("kowalski"), to="h.brackelmann@web.example",
  subj="AW: Sterbegeldversicherung – Infos", date="2026-05-12 10:44", sig="kowalski", disc=1,
  body="""
Guten Tag,

vielen Dank für Ihr Interesse an unserer Sterbegeldversicherung. Gern die wichtigsten Punkte allgemein:

- Versicherungssummen von 3.000 bis 15.000 Euro, Eintrittsalter 40 bis 85 Jahre
- keine Gesundheitsfragen; dafür gibt es eine Wartezeit von 24 Monaten (bei Unfalltod volle Leistung ab Beginn)
- Beitragszahlung bis zum 85. Lebensjahr, danach beitragsfrei
- die Leistung kann direkt an ein Bestattungsunternehmen gezahlt werden

Einen unverbindlichen Beitrag können Sie auf unserer Website unter "Vorsorge > Sterbegeld" berechnen, oder Sie vereinbaren einen Termin mit einer Beraterin in Ihrer Nähe.

Mit freundlichen Grüßen
""",
  quote=Q("""
Sehr geehrte Damen und Herren, bitte schicken Sie mir Informationen zu Ihrer Sterbegeldversicherung, was kostet das ungefähr und muss man da zum Arzt? Mfg
"""))

# 75
M("C", "de", "insurer-to-broker", "commission statement for a sole-trader broker: commissions, his IBAN and tax number",
  frm=ADDR("reuter"), to="Versicherungsmakler Holger Timmermann e.K. <info@timmermann-makler.example>",
  subj="Provisionsabrechnung April 2026 – Vermittlernummer 08-44170", date="2026-05-13 08:20", sig="reuter", disc=1,
  body=f"""
Hallo Herr Timmermann,

Ihre Provisionsabrechnung April ist erstellt und im Maklerportal abrufbar. Die Kurzübersicht:

Abschlussprovision Sach/HUK:        2.314,80 Euro
Bestandsprovision:                  1.902,55 Euro
Stornoreserve Einbehalt (10 %):      -231,48 Euro
Auszahlung:                         3.985,87 Euro

Die Überweisung geht am 15.05. auf Ihr Konto {IB("DE", "290501010072208145")}. Als Kleinunternehmer ohne Umsatzsteuerausweis (§ 4 Nr. 11 UStG) führen wir Sie unter der Steuernummer 5162/804/11873 beim Finanzamt Leer.

Auf Ihre Frage: Die Stornoreserve wird nach Ablauf der Haftungszeit von 24 Monaten freigegeben; aktuell stehen 6.118,20 Euro.

Beste Grüße
""")
# --------------------------------------------------------------------------
# batch 4 (d23-0076 … d23-0100)
# --------------------------------------------------------------------------

# 76
M("C", "de", "insurer-to-customer", "motor premium refund after correcting the annual mileage: customer, plate, IBAN (windows-1252 body)",
  frm=ADDR("engel"), to="Bettina Vogelsang <b.vogelsang@online.example>", charset="windows-1252", client="outlook",
  subj="Ihre Kfz-Versicherung KH 380 114 052 – Beitragsgutschrift", date="2026-05-14 09:12", sig="engel", disc=1,
  body=f"""
Sehr geehrte Frau Vogelsang,

vielen Dank für das Foto des Kilometerstands. Ihr Toyota Yaris (SU-BV 61) ist im letzten Versicherungsjahr nur 6.870 km gefahren – vereinbart waren bis 12.000 km. Wir haben die Jahresfahrleistung rückwirkend ab 01.01.2026 auf "bis 9.000 km" gesenkt.

Ihr Jahresbeitrag sinkt dadurch von 512,40 Euro auf 468,90 Euro. Die Differenz von 43,50 Euro überweisen wir in den nächsten Tagen auf Ihr Konto
{IB("DE", "380500000104477239")}.

Ab 2027 buchen wir automatisch den niedrigeren Beitrag ab.

Mit freundlichen Grüßen
""")

# 77
M("N", "de", "internal", "trap: trial balance and account totals for the year-end audit in a ZIP, company figures only",
  frm=ADDR("lehmann"), to="Prüfungsteam WP <pruefung-2025@wpg-rheinland.example>", cc=ADDR("morgan"),
  subj="JA 2025 – Saldenlisten Kreditoren/Debitoren und Abstimmung Bankkonten", date="2026-02-20 17:35", sig="lehmann", disc=1,
  body="""
Sehr geehrte Damen und Herren,

wie in der PBC-Liste vereinbart (Punkte 14–17) erhalten Sie anbei:

- Summen- und Saldenliste Hauptbuch 31.12.2025 (Holding und Leben),
- Abstimmung der Bankkonten zum 31.12.2025,
- Hinweise zum Export (Readme).

Die Debitorenliste der Versicherungsnehmer erhalten Sie wie im Vorjahr nicht per Mail, sondern über den Datenraum (Zugang für Herrn Falkner ist eingerichtet).

Mit freundlichen Grüßen
""",
  att=[ZIP("JA2025_Abstimmungen.zip", [
      CSV("SuSa_Holding_20251231.csv", [["Konto", "Bezeichnung", "Soll", "Haben", "Saldo"],
                                         ["0200", "Betriebs- und Geschäftsausstattung", "4.812.330,10", "1.902.118,44", "2.910.211,66"],
                                         ["1200", "Bank Kreissparkasse Köln", "1.208.774.301,55", "1.207.992.418,02", "781.883,53"],
                                         ["1210", "Bank Landesbank West", "412.330.000,00", "402.330.000,00", "10.000.000,00"],
                                         ["1762", "Versicherungsteuer", "40.112.806,22", "40.998.412,77", "-885.606,55"],
                                         ["3300", "Verbindlichkeiten Lieferanten", "88.401.233,10", "91.004.887,62", "-2.603.654,52"]]),
      CSV("Bankabstimmung_20251231.csv", [["Bank", "Kontosaldo Bank", "Saldo Buchhaltung", "Differenz", "Erläuterung"],
                                           ["Kreissparkasse Köln", "781.883,53", "781.883,53", "0,00", ""],
                                           ["Landesbank West", "10.000.000,00", "10.000.000,00", "0,00", "Festgeld"],
                                           ["Deutsche Bank (Renten)", "2.104.409,17", "2.094.409,17", "10.000,00", "Rückläufer 30.12., gebucht 02.01."]]),
      TXT("Readme.txt", "Export aus SAP FI, Buchungskreis 1000/2000, Stichtag 31.12.2025, Stand 20.02.2026.\nTrennzeichen Semikolon, Zahlen deutsches Format.\nAnsprechpartnerin: Anke Lehmann, -1825")])])

# 78
M("S", "de", "insurer-to-customer", "pension rights adjustment: the ex-wife receives her own pension policy after internal division, values",
  frm=ADDR("winter"), to="Melanie Schäfer <melanie.schaefer@gmx.example>",
  subj="Ihr neuer Vertrag aus dem Versorgungsausgleich – R 9 500 014 3", date="2026-05-18 11:05", sig="winter", ent="lv", disc=1,
  body="""
Sehr geehrte Frau Schäfer,

das Amtsgericht Bonn hat im Scheidungsverfahren (Az. 405 F 218/25) die interne Teilung des Anrechts Ihres früheren Ehemanns bei uns angeordnet; der Beschluss ist seit 28.04.2026 rechtskräftig.

Für Sie haben wir deshalb einen eigenen Vertrag eingerichtet:

  Vertragsnummer:                R 9 500 014 3 (private Rentenversicherung, Tarif RV-VA)
  übertragenes Kapital:          18.326,07 Euro zum Ehezeitende 31.08.2025, verzinst mit dem Rechnungszins bis zur Rechtskraft
  Rentenbeginn:                  01.03.2051 (Ihr 67. Lebensjahr)
  garantierte Monatsrente:       61,34 Euro

Sie sind selbst Versicherungsnehmerin und müssen keine Beiträge zahlen. Sie können aber freiwillig zuzahlen. Hinterbliebenenschutz ist nicht enthalten; im Todesfall vor Rentenbeginn wird das vorhandene Kapital an Ihre Erben gezahlt.

Die Vertragsunterlagen bekommen Sie per Post. Bitte teilen Sie uns eine Adressänderung immer mit.

Mit freundlichen Grüßen
""")

# 79
M("N", "en", "internal", "trap: incident report on a delayed pension payment run, counts and totals only",
  frm=ADDR("hoffmann"), to="IT Major Incident <major-incident@versicherer.example>", cc=ADDR("novak"), lang="en",
  subj="[MI-2026-0031] RESOLVED – pension payment file delayed by 3 hours", date="2026-05-29 15:44", sig="hoffmann", sigstyle="short", disc=False,
  body="""
Status: RESOLVED

Summary
The monthly pension payment file (38,911 payments, EUR 17.6m) was transmitted to the bank at 13:02 instead of 10:00 because the batch job ANN_PAY_EXP hit a certificate error on the EBICS connection (the bank's new authentication key had not been activated on our side).

Impact
None for customers: value date unchanged (1 June). The bank confirmed receipt at 13:09.

Root cause / actions
1. Key activation missed in the change on 27 May – checklist updated (owner: payments ops).
2. Monitoring: alert on EBICS handshake failures added (done).
3. Post-incident review: Tue 2 June, 10:00.

No personal data was involved or exposed.

Lukas
""")

# 80
M("S", "de", "bank", "bank releases the assignment of a life policy after the loan was repaid; forwarded with Outlook quote",
  frm=ADDR("hagedorn"), to=ADDR("becker"),
  subj="WG: Freigabe Abtretung LV L 5 511 906 0 – Darlehen getilgt", date="2026-06-01 10:27",
  body=f"""
Hallo Hannes,

die Abtretung ist freigegeben, ich habe sie im Bestand gelöscht. Ab Juli bitte die Beiträge nicht mehr vom Konto der Bank, sondern wieder vom Konto des Kunden einziehen – das Mandat von Herrn Bechtold liegt uns seit 2016 vor.

Claudia

{SIG("hagedorn", "de", "short")}

-----Ursprüngliche Nachricht-----
Von: Kreditsicherheiten Volksbank Bergisches Land <sicherheiten@vb-bergisch.example>
Gesendet: Freitag, 29. Mai 2026 14:10
An: leben@versicherer.example
Betreff: Freigabe Abtretung LV L 5 511 906 0 – Darlehen getilgt

Sehr geehrte Damen und Herren,

das Darlehen Nr. 4471-920-03 unseres Kunden Herrn Rüdiger Bechtold, Am Wiesengrund 8, 42929 Wermelskirchen, ist vollständig zurückgezahlt. Wir geben die uns am 15.03.2016 zur Sicherheit abgetretenen Rechte aus der Lebensversicherung Nr. L 5 511 906 0 hiermit frei und verzichten auf alle Ansprüche.

Die Beitragszahlung durch unser Haus endet mit dem Beitrag für Juni 2026. Den Original-Versicherungsschein haben wir dem Kunden ausgehändigt.

Mit freundlichen Grüßen
i. A. Sandra Pütz
Kreditsicherheiten
""")

# 81
M("C", "en", "insurer-to-customer", "self-employed customer gets his premium statement for business contents and liability insurance for his tax return",
  frm=ADDR("hartmann"), to="Luca Moretti <luca@moretti-design.example>", lang="en",
  subj="Premium statement 2025 for your tax return", date="2026-06-02 13:48", sig="hartmann", disc=1,
  body="""
Dear Mr Moretti,

as requested, here is the overview of the premiums you paid in 2025 for your design studio (sole proprietorship "Moretti Design", Brüsseler Platz 3, 50672 Köln):

  Business contents insurance GI-7702-3318      EUR 386.75
  Business liability insurance BH-7702-3319     EUR 512.19
  Electronics insurance EL-7702-3320            EUR 248.00
  total paid in 2025                            EUR 1,146.94 (incl. 19 % insurance tax)

All premiums were paid in full by direct debit from your business account ending 0182.

These are business expenses; your tax adviser will know where to enter them. A signed statement on paper is on its way to you.

Kind regards
""")

# 82
M("N", "de", "newsletter", "trap: employer newsletter with 2026 social security figures and company pension limits, generic",
  frm="bAV aktuell <bav-newsletter@versicherer.example>", to="arbeitgeber-verteiler@versicherer.example", client="system", ent="lv",
  subj="bAV aktuell 2/2026: Rechengrößen, Förderbetrag, Urteil zum Arbeitgeberzuschuss", date="2026-06-03 06:30",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:bav-newsletter-abmelden@versicherer.example>"},
  body="""
bAV AKTUELL 2/2026 – Informationen für Arbeitgeber und Personalabteilungen

1. Rechengrößen 2026
   Beitragsbemessungsgrenze Rentenversicherung: 8.450 Euro/Monat (101.400 Euro/Jahr)
   steuerfreier Höchstbetrag § 3 Nr. 63 EStG (8 % der BBG): 676 Euro/Monat
   sozialversicherungsfrei (4 % der BBG): 338 Euro/Monat

2. bAV-Förderbetrag für Geringverdiener (§ 100 EStG)
   Die Einkommensgrenze wurde angehoben. Arbeitgeber, die für Beschäftigte mit geringem Einkommen mindestens 240 Euro im Jahr zusätzlich einzahlen, erhalten 30 % davon über die Lohnsteuer-Anmeldung zurück.

3. Urteil: 15-%-Zuschuss auch bei Altverträgen?
   Das BAG hat entschieden, dass der Zuschuss bei vor 2019 abgeschlossenen Entgeltumwandlungen erst seit 2022 verpflichtend ist. Tarifverträge können abweichen.

4. Termine
   Webinar "Digitale Mitarbeiteranmeldung", 24.06., 10 Uhr.

Diese Informationen ersetzen keine Steuer- oder Rechtsberatung.
Versicherer Lebensversicherung AG · bAV-Service Arbeitgeber · Köln
""")

# 83
M("S", "de", "insurer-to-insolvency-administrator", "insolvency trustee: protection of a Rürup pension from seizure (§ 851c ZPO), contract values of the debtor",
  frm=ADDR("kaya"), to="Treuhänderin RAin Dr. Sabine Quast <quast@insolvenz-quast.example>",
  subj="IN 91 IK 55/26 – Schuldner Armin Feldhege – Basisrentenvertrag", date="2026-06-04 15:06", sig="kaya", disc=0,
  body="""
Sehr geehrte Frau Dr. Quast,

zu Ihrer Aufforderung, den Vertrag des Schuldners zu kündigen und den Rückkaufswert an die Masse auszuzahlen, teilen wir mit:

Herr Armin Feldhege, geb. 11.09.1970, unterhält bei uns die Basisrente (Rürup) R 8 330 217 6. Ein Basisrentenvertrag kann nach § 10 Abs. 1 Nr. 2 b) EStG nicht gekündigt werden und hat keinen Rückkaufswert; die Ansprüche sind nicht übertragbar, nicht beleihbar und nicht kapitalisierbar. Die Rechte aus dem Vertrag gehören daher nicht zur Insolvenzmasse.

Aktuelles Deckungskapital (nur zur Information): 47.906,13 Euro. Die Rente würde frühestens ab dem 62. Lebensjahr beginnen; laufende Rentenzahlungen wären dann wie Arbeitseinkommen nach § 851c ZPO pfändbar.

Die Beiträge (zuletzt 300 Euro monatlich) hat der Schuldner seit Verfahrenseröffnung eingestellt; wir haben den Vertrag beitragsfrei gestellt.

Mit freundlichen Grüßen
""")

# 84
M("C", "de", "insurer-to-collection-agency", "motor premium debts handed over to a collection agency; debtors, plates, amounts only in the CSV (windows-1252)",
  frm=ADDR("becker"), to="Mandantenservice Creditreform-Rhein Inkasso GmbH <uebergabe@rhein-inkasso.example>",
  subj="Übergabe Forderungen Mai 2026 – Mandant 0071188", date="2026-06-05 09:30", sig="becker", disc=0,
  body="""
Sehr geehrte Damen und Herren,

anbei die Forderungsübergabe für Mai 2026 (7 Fälle, Kfz-Versicherung, Verträge bereits gekündigt, Mahnverfahren intern abgeschlossen). Alle Schuldner wurden zweimal gemahnt, die letzte Mahnung enthielt den Hinweis auf die Abgabe.

Bitte wie gewohnt die Übernahme bis Mitte nächster Woche bestätigen.

Mit freundlichen Grüßen
""",
  att=[CSV("Uebergabe_2026-05.csv", [["Aktenzeichen", "Name", "Vorname", "Anschrift", "Vertrag", "Kennzeichen", "Forderung EUR", "Mahnkosten EUR"],
                                     ["INK-26-0411", "Quandt", "Björn", "Talstraße 9, 58095 Hagen", "KH 220 418 557", "HA-BQ 99", "388,20", "5,00"],
                                     ["INK-26-0412", "Ceylan", "Emre", "Breite Str. 61, 44135 Dortmund", "KH 301 776 920", "DO-EC 1204", "1.042,75", "5,00"],
                                     ["INK-26-0413", "Wróbel", "Anna", "Kaiserstr. 3, 45127 Essen", "KH 118 660 431", "E-AW 318", "256,40", "5,00"],
                                     ["INK-26-0414", "Dietz", "Manfred", "Ringstr. 77, 51103 Köln", "KH 409 215 086", "K-MD 4477", "612,00", "5,00"],
                                     ["INK-26-0415", "Lüders", "Svenja", "Am Bach 2, 42651 Solingen", "KH 377 004 219", "SG-SL 22", "199,85", "5,00"],
                                     ["INK-26-0416", "Papadopoulos", "Giorgos", "Grafenberger Allee 140, 40237 Düsseldorf", "KH 290 118 734", "D-GP 7070", "845,10", "5,00"],
                                     ["INK-26-0417", "Ruhnau", "Kai", "Weberstr. 5, 47051 Duisburg", "KH 512 009 661", "DU-KR 81", "430,30", "5,00"]],
                       enc="windows-1252", sub="excel")])

# 85
M("N", "de", "insurer-to-supplier", "dispute about a cleaning company's invoice, company data only",
  frm=ADDR("richter"), to="Objektleitung Glanzwerk Gebäudedienste GmbH <koeln@glanzwerk.example>",
  subj="Rechnung 8812/2026 – Sonderreinigung Archiv nicht erbracht", date="2026-06-08 12:14", sig="richter", disc=2,
  body="""
Sehr geehrter Herr Lenz,

auf Ihrer Rechnung 8812/2026 vom 31.05.2026 ist eine Sonderreinigung des Archivs im UG (Pos. 4, 14 Stunden à 38,50 Euro = 539,00 Euro netto) berechnet. Diese Leistung wurde nicht erbracht: Das Archiv war am 22.05. wegen der Brandschutzbegehung gesperrt, Ihr Team wurde vor Ort wieder weggeschickt (siehe Wachbuch).

Bitte schicken Sie uns eine Gutschrift über Pos. 4. Die übrigen Positionen sind in Ordnung und werden fristgerecht bezahlt.

Den Termin für die Archivreinigung holen wir nach: Vorschlag Samstag, 20.06., ab 8 Uhr. Bitte beachten Sie, dass im Archiv Kundenakten lagern – nur Mitarbeitende mit unterschriebener Verschwiegenheitserklärung, Begleitung durch unseren Sicherheitsdienst.

Mit freundlichen Grüßen
""")

# 86
M("N", "en", "newsletter", "sustainability newsletter, HTML only, no personal data",
  frm="Versicherer Sustainability <sustainability@versicherer.example>", to="all-staff@versicherer.example", lang="en",
  subj="Green Ledger #7: our first climate-aligned pension fund range", date="2026-06-09 08:15", client="system",
  headers={"Precedence": "bulk"},
  html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Green Ledger #7</title></head>
<body style="margin:0;background:#f3f6f4;font-family:Georgia,serif">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h1 style="color:#2e6b3f;font-size:24px">Green Ledger #7</h1>
<h2 style="font-size:18px">Climate-aligned funds for unit-linked pensions</h2>
<p>From July, customers can pick from four new funds aligned with the Paris agreement. Ongoing charges start at 0.19&nbsp;%.</p>
<h2 style="font-size:18px">Our own footprint</h2>
<ul>
<li>Scope 1+2 emissions 2025: 3,140 t CO<sub>2</sub>e (&minus;18&nbsp;% vs. 2024)</li>
<li>Paper letters sent: 9.8 million (&minus;1.2 million thanks to the customer portal)</li>
<li>Share of renewable electricity in our buildings: 100&nbsp;%</li>
</ul>
<h2 style="font-size:18px">Get involved</h2>
<p>Bike-to-work challenge 1&ndash;30 June: register your team on the intranet. The winning team gets a day off for volunteering.</p>
<p style="font-size:11px;color:#777">Versicherer Holding AG &middot; Sustainability Office &middot; Cologne</p>
</div></body></html>
""")

# 87
M("C", "de", "insurer-to-customer", "son takes over the late mother's car insurance and no-claims class: names, plate, policy, death date (iso-8859-1)",
  frm=ADDR("engel"), to="Christian Haberland <c.haberland@arcor.example>", charset="iso-8859-1", client="outlook",
  subj="Übernahme Kfz-Versicherung und Schadenfreiheitsrabatt Ihrer Mutter", date="2026-06-10 10:37", sig="engel", disc=1,
  body="""
Sehr geehrter Herr Haberland,

mein herzliches Beileid zum Tod Ihrer Mutter.

Wie besprochen übernehmen Sie den Opel Corsa Ihrer Mutter, Frau Hildegard Haberland (verstorben am 14.05.2026), mit dem bisherigen Kennzeichen LEV-HH 318. Wir stellen den Vertrag KH 226 905 418 ab 01.06.2026 auf Sie um.

Den Schadenfreiheitsrabatt Ihrer Mutter (SF 30) können Sie als Angehöriger übernehmen, soweit Sie ihn selbst "erfahren" könnten: Sie haben den Führerschein seit 2004, also höchstens 22 Jahre - übertragen wird SF 22. Ihr eigener Vertrag für den Golf (KH 226 905 512) bleibt davon unberührt.

Bitte schicken Sie uns noch die unterschriebene Übertragungserklärung; alle Erben müssen zustimmen (laut Ihrer Auskunft nur Sie und Ihre Schwester, Frau Ilona Brandes).

Mit freundlichen Grüßen
""")

# 88
M("S", "de", "customer", "customer asks for a partial withdrawal from his unit-linked pension for his daughter's wedding; mobile mail with typos quoted internally",
  frm=ADDR("kowalski"), to=ADDR("hagedorn"),
  subj="WG: Teilauszahlung", date="2026-06-11 16:22", client="thunderbird",
  body="""
Hallo Claudia,

geht eine Teilauszahlung bei dem Tarif überhaupt? Er will bis Ende Juli Bescheid. Danke!

Lena

Am 11.06.2026 um 07:58 schrieb Günter Mahlberg:
> Guten morgen
>
> ich habe bei ihnen die Fondsrente Nr R 3 919 044 2 und würde gerne 8000 euro rausnehmen aber nicht kündigen. meine Tochter heiratet im August und wir wollen was dazugeben. Geht das und was kostet mich das an Steuer? Vertrag läuft seit 2013, ich bin 59.
>
> Mfg G.Mahlberg
> Tel 0171 4482019
>
> Von meinem Samsung Galaxy gesendet
""")

# 89
M("N", "de", "internal", "investment committee minutes on a special fund mandate, company investments only",
  frm=ADDR("schwarz"), to="Anlageausschuss <anlageausschuss@versicherer.example>",
  subj="Protokoll Anlageausschuss 09.06.2026", date="2026-06-12 11:00", sig="schwarz", sigstyle="short", disc=False,
  body="""
Protokoll der Sitzung des Anlageausschusses am 09.06.2026

Teilnehmende: Dr. Sander, Feldkamp, Dr. Schwarz, Okafor, Morgan (Gast)

TOP 1 – Strategische Asset Allocation 2026/27
Beschluss: Immobilienquote bleibt bei 8 %, Infrastruktur-Ziel von 6 % auf 7 % angehoben. Finanzierung aus Staatsanleihen mit Laufzeit < 5 Jahre.

TOP 2 – Spezialfonds "VV Rentenfonds Europa"
Wechsel der Master-KVG zum 01.01.2027; drei Angebote liegen vor. Entscheidung im September nach Due Diligence.

TOP 3 – Zinsabsicherung Leben
Die Duration-Lücke Aktiva/Passiva liegt bei 1,8 Jahren. Zusätzliche Receiver-Swaptions über 500 Mio. Euro Nominal werden genehmigt (Limit bis 31.12.).

TOP 4 – Verschiedenes
Nächste Sitzung: 08.09.2026.

gez. Dr. Felix Schwarz
""")

# 90
M("C", "en", "insurer-to-lawyer", "divorce lawyer asks who keeps the couple's car insurance and no-claims class; names, policy, plate",
  frm=ADDR("engel"), to="Miriam Okafor-Lang, Attorney at Law <m.lang@lang-familienrecht.example>", lang="en",
  subj="Your clients Mr and Mrs Delacroix – motor policy KH 334 871 006", date="2026-06-15 14:05", sig="engel", disc=1,
  body="""
Dear Ms Okafor-Lang,

thank you for your enquiry and the authority signed by both spouses.

The motor policy KH 334 871 006 (Peugeot 3008, K-ND 3008) is held by Mr Julien Delacroix alone; Mrs Nathalie Delacroix is registered as a named driver. The current no-claims class is SF 14.

Under our terms, the no-claims class belongs to the policyholder. It can be transferred to Mrs Delacroix only if Mr Delacroix agrees in writing and gives up the class himself, and only to the extent that she has driven the car regularly – she can take over at most the years since she obtained her licence.

If both agree that Mrs Delacroix keeps the car, please send us the signed transfer form (attached to our letter by post). The policy would then continue in her name from the date you tell us.

Kind regards
""")

# 91
M("S", "en", "insurer-to-customer", "term life underwriting decision: premium loading for raised blood pressure and BMI",
  frm=ADDR("schulte"), to="Oliver Brandt-Mason <oliver.bm@pm.example>", lang="en",
  subj="Your application for term life insurance – our decision", date="2026-06-16 10:19", sig="schulte", ent="lv", disc=1,
  body="""
Dear Mr Brandt-Mason,

thank you for your application for term life insurance (sum insured EUR 350,000, term 25 years) and for the report of your GP, Dr. Reinhardt, dated 3 June 2026.

We are pleased to offer you cover, but with a premium loading of 50 %. The reasons are your blood pressure readings of 152/96 and 148/94 mmHg under treatment with ramipril 5 mg and your body mass index of 33.4. Both increase the mortality risk according to our underwriting guidelines.

  standard monthly premium:       EUR 38.20
  loading 50 %:                   EUR 19.10
  your monthly premium:           EUR 57.30

We will review the loading free of charge after two years if you send us a new medical report showing blood pressure below 140/90 and a BMI below 30.

Please sign and return the enclosed acceptance within four weeks. You may of course also decline the offer.

Kind regards
""")

# 92
M("N", "de", "insurer-to-broker", "trap: blank assignment notice template with placeholders in a DOCX, no person",
  frm=ADDR("reuter"), to="Maklerverteiler Nord <makler-nord@versicherer.example>",
  subj="Neue Vorlage Abtretungsanzeige Lebensversicherung (Baufinanzierung)", date="2026-06-17 08:05", sig="reuter", disc=1,
  body="""
Liebe Partnerinnen und Partner,

wegen der vielen unvollständigen Abtretungsanzeigen bei Baufinanzierungen haben wir die Vorlage überarbeitet. Neu:

- Pflichtfelder sind fett markiert,
- Unterschrift der versicherten Person, falls nicht identisch mit dem Versicherungsnehmer,
- Hinweis auf das unwiderrufliche Bezugsrecht, das bei Abtretung erlischt.

Die Vorlage hängt an (Word). Bitte verwendet ab sofort nur noch diese Version; alte Formulare nehmen wir bis 30.09. noch an.

Viele Grüße
Frank Reuter
""",
  att=[DOCX("Vorlage_Abtretungsanzeige_2026-06.docx", [
      ("h", "Abtretungsanzeige"),
      "An die Versicherer Lebensversicherung AG, Rheinuferstraße 12, 50667 Köln",
      ("t", [["Feld", "Eintrag"],
             ["Versicherungsnummer", "«Versicherungsnummer»"],
             ["Versicherungsnehmer/in", "«Vorname Name», «Anschrift»"],
             ["versicherte Person", "«Vorname Name» (falls abweichend)"],
             ["Abtretungsempfänger (Kreditinstitut)", "«Bank», «Anschrift», Darlehensnummer «Darlehensnr.»"],
             ["Umfang", "☐ alle Rechte und Ansprüche  ☐ nur Todesfallleistung  ☐ Teilbetrag «Betrag» EUR"]]),
      "Mit der Abtretung wird ein bestehendes Bezugsrecht widerrufen, soweit es der Abtretung entgegensteht.",
      "«Ort, Datum»          «Unterschrift Versicherungsnehmer/in»          «Unterschrift Abtretungsempfänger»"],
      author="Vertriebsservice")])

# 93
M("C", "de", "internal", "payroll sends an employee his income certificate for a flat application; salary only in the PDF",
  frm=ADDR("grote"), to="Dominik Sauerland <dominik.sauerland@versicherer.example>",
  subj="Ihre Verdienstbescheinigung", date="2026-06-18 12:40", sig="grote", sigstyle="short", disc=False,
  body="""
Hallo Herr Sauerland,

anbei die gewünschte Verdienstbescheinigung für Ihre Wohnungsbewerbung. Das Original mit Unterschrift liegt ab morgen bei mir im Büro (2.18) zur Abholung bereit.

Viel Erfolg bei der Wohnungssuche!
""",
  att=[PDF("Verdienstbescheinigung_Sauerland.pdf", [
      ("h", "Verdienstbescheinigung"),
      "Hiermit bestätigen wir, dass Herr Dominik Sauerland, geb. 04.01.1990, wohnhaft Zülpicher Straße 210, 50937 Köln, seit dem 01.10.2017 unbefristet bei der Versicherer Holding AG als Referent Informationssicherheit beschäftigt ist. Das Arbeitsverhältnis ist ungekündigt; eine Probezeit besteht nicht.",
      ("t", [["Monat", "Brutto", "Netto"], ["März 2026", "5.640,00 EUR", "3.411,27 EUR"], ["April 2026", "5.640,00 EUR", "3.411,27 EUR"], ["Mai 2026", "5.640,00 EUR", "3.408,92 EUR"]]),
      "Zusätzlich wird im November ein 13. Monatsgehalt gezahlt.",
      "Köln, 18.06.2026\nVersicherer Holding AG, Entgeltabrechnung, i. A. Heike Grote"], title="Verdienstbescheinigung", author="Heike Grote")])

# 94
M("S", "de", "insurer-to-customer", "pensioner informed that part of his monthly annuity is now paid to a creditor under a garnishment order",
  frm=ADDR("novak"), to="Klaus-Dieter Ambrosius <kd.ambrosius@t-online.example>",
  subj="Pfändung Ihrer Rente aus Vertrag R 0 774 218 5", date="2026-06-19 09:33", sig="novak", ent="lv", disc=0,
  body="""
Sehr geehrter Herr Ambrosius,

uns wurde am 12.06.2026 ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Mönchengladbach (Az. 19 M 904/26) zugestellt. Gläubigerin ist die Sparkasse Niederrhein, Forderung 14.388,20 Euro.

Ihre Rente aus der privaten Rentenversicherung R 0 774 218 5 beträgt 1.962,40 Euro monatlich. Gepfändet werden kann nur der Teil über der Pfändungsfreigrenze. Da uns keine Unterhaltspflichten bekannt sind, sind monatlich 262,50 Euro pfändbar. Ab der Rentenzahlung für Juli 2026 zahlen wir diesen Betrag an die Gläubigerin und den Rest von 1.699,90 Euro wie bisher an Sie.

Wenn Sie Unterhalt leisten oder weitere Einkünfte (z. B. gesetzliche Rente) bei der Berechnung zu berücksichtigen sind, wenden Sie sich bitte an das Vollstreckungsgericht; wir können die Beträge nur nach einem Beschluss des Gerichts ändern.

Mit freundlichen Grüßen
""")

# 95
M("N", "en", "internal", "transfer pricing documentation of intra-group services, company data only",
  frm=ADDR("roth"), to=ADDR("morgan"), lang="en",
  subj="TP documentation 2025 – intra-group service charges", date="2026-06-22 17:10", sig="roth", sigstyle="short", disc=False,
  body="""
James,

for the local file 2025 I need your confirmation of the cost base for the intra-group services by the Holding:

  IT services (cost plus 5 %)            EUR 84.2m
  Investment management (0.06 % AuM)     EUR 29.7m
  HR / payroll (cost plus 5 %)           EUR 6.1m
  Group finance / tax (cost, no mark-up) EUR 4.4m

The benchmarking study for the 5 % mark-up is from 2023 and still valid for three years. The allocation keys (headcount, premium volume, AuM) are unchanged.

Could you confirm the figures by Friday? The tax auditors asked for the master file and local file in the audit opening meeting.

Thanks, Wolfgang
""")

# 96
M("C", "de", "insurer-to-customer", "legal expenses insurance reimburses lawyer fees of a tenancy dispute: customer, policy, amount, IBAN (base64 body)",
  frm=ADDR("lindqvist"), to="Marco Gentile <marco.gentile@gmx.example>", cte="base64",
  subj="Rechtsschutzfall 26-RS-20177 – Kostenerstattung", date="2026-06-23 11:28", sig="lindqvist", disc=1,
  body=f"""
Sehr geehrter Herr Gentile,

Ihr Mietrechtsstreit gegen die Hausverwaltung Sonnfeld GmbH (Amtsgericht Köln, Az. 220 C 418/25) ist durch Vergleich beendet. Sie haben die Anwaltsrechnung von Rechtsanwältin Bergmann bereits selbst bezahlt.

Nach Ihrer Rechtsschutzversicherung RS-4410-2093 erstatten wir:

Anwaltsgebühren (Verfahrens-, Termins-, Einigungsgebühr)   1.381,40 Euro
Gerichtskosten (Anteil laut Vergleich 50 %)                   219,00 Euro
abzüglich Selbstbeteiligung                                  -150,00 Euro
Erstattung                                                   1.450,40 Euro

Die Zahlung geht auf Ihr Konto {IB("DE", "870700240035119004")}.

Der Schadenfall ist damit abgeschlossen. Da die Selbstbeteiligung bei diesem Fall angefallen ist, bleibt Ihr Schadenfreiheitsrabatt unverändert.

Mit freundlichen Grüßen
""")

# 97
M("S", "en", "employer", "employer's monthly company pension contributions per employee, only in the CSV; forwarded with a short note",
  frm=ADDR("ahmed"), to=ADDR("becker"), lang="en",
  subj="FW: June contributions – group contract GV 88-0412", date="2026-06-24 15:15",
  body="""
Hannes,

Northbridge sent the June list – three people fewer than the debit we made. Can you check the difference (EUR 412.50) and refund it if it's on our side? List attached as they sent it.

Samir
""",
  att=[CSV("Northbridge_bAV_2026-06.csv", [["employee_id", "last_name", "first_name", "date_of_birth", "policy", "conversion_eur", "employer_subsidy_eur", "status"],
                                            ["NB-0102", "Brinkhaus", "Lea", "1994-05-17", "D 9 004 118 2", "250.00", "37.50", "active"],
                                            ["NB-0117", "Falkenberg", "Jan", "1988-11-02", "D 9 004 119 0", "300.00", "45.00", "active"],
                                            ["NB-0121", "Sethi", "Priyanka", "1991-07-23", "D 9 004 120 3", "194.57", "29.18", "parental leave - paused"],
                                            ["NB-0088", "Kowalczyk", "Adam", "1985-02-28", "D 9 003 711 6", "150.00", "22.50", "left 31/05"],
                                            ["NB-0140", "Moreau", "Camille", "1997-09-09", "D 9 004 233 1", "200.00", "30.00", "active"]], sep=",")])

# 98
M("N", "de", "system", "portal registration link mail, no content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="ole.petersen-haas@web.example",
  subj="Registrierung für Ihr sicheres Postfach", date="2026-06-25 08:47", mailer="Siegel Notification Service",
  body="""
Guten Tag,

bitte schließen Sie die Registrierung für Ihr sicheres Postfach ab:

https://securemail.versicherer.example/register?t=Zk3QpR8vNwX2mLs7

Sie benötigen dazu das Einmal-Passwort aus unserer separaten E-Mail. Nach der Anmeldung legen Sie Ihren Namen, ein eigenes Passwort und eine Sicherheitsfrage fest.

Der Link ist 14 Tage gültig.

Ihre Versicherer-Gruppe
(Diese Nachricht wurde automatisch erstellt.)
""")

# 99
M("N", "de", "internal", "trap: actuarial calculation of the additional interest reserve with the reference rate, aggregate",
  frm=ADDR("okafor"), to="Vorstand Leben <vorstand-leben@versicherer.example>", cc=ADDR("morgan"),
  subj="Zinszusatzreserve – Hochrechnung Referenzzins 2026", date="2026-06-26 18:02", sig="okafor", sigstyle="short", disc=False,
  body="""
Sehr geehrte Damen und Herren,

die Hochrechnung zum 30.06. ergibt für den Referenzzins nach § 5 DeckRV zum 31.12.2026 einen Wert von 1,57 % (Vorjahr 1,57 %). Nach der Korridormethode bleibt der Referenzzins damit unverändert.

Folgen für die Zinszusatzreserve (ZZR):
- Bestand zum 31.12.2025: 2,31 Mrd. Euro
- erwartete Auflösung 2026 durch Abläufe und Rückkäufe: 178 Mio. Euro
- Zuführung: keine

Damit ist zum ersten Mal seit 2011 ein "ZZR-freies" Jahr zu erwarten. Die freiwerdenden Erträge verbessern den Rohüberschuss; über die Verwendung (Deklaration 2027, RfB) entscheidet der Vorstand im Oktober.

Die Detailrechnung nach Tarifgenerationen liegt im Aktuariatsordner.

Mit freundlichen Grüßen
""")

# 100
M("C", "en", "insurer-to-third-party", "liability claim paid to a third party: the policyholder's child scratched his car; names, plate, amount, IBAN, nobody hurt",
  frm=ADDR("oltmanns"), to="Stephen Adeyemi <stephen.adeyemi@yahoo.example>", lang="en",
  subj="Your claim 26-HP-071144 – damage to your car, payment", date="2026-06-29 13:01", sig="oltmanns", disc=1,
  body=f"""
Dear Mr Adeyemi,

we are the personal liability insurer of Mrs Kerstin Dahlmann. On 14 May 2026 her son (9) scratched the door and wing of your Skoda Octavia (K-SA 515) with his bicycle in the car park of the Ehrenfeld swimming pool. Fortunately nobody was hurt.

Based on the estimate of Autohaus Wiese (EUR 1,486.30 net) and as you chose not to have the car repaired, we pay the net repair costs plus a flat fee of EUR 25 for your expenses:

  total: EUR 1,511.30

The payment goes to your account {IB("DE", "100100100922185004")}, account holder Stephen Adeyemi.

With this payment the claim is settled. If you have the car repaired later, we will pay the VAT on presentation of the invoice.

Kind regards
""")
# --------------------------------------------------------------------------
# batch 5 (d23-0101 … d23-0125)
# --------------------------------------------------------------------------

# 101
M("S", "de", "insurer-to-guardian", "death benefit for a minor beneficiary: grandfather's life policy, mother as legal guardian, family court approval",
  frm=ADDR("petersen"), to="Sabrina Kühnel <sabrina.kuehnel@gmx.example>",
  subj="Todesfallleistung für Ihren Sohn Noah – Lebensversicherung L 4 203 887 0", date="2026-07-01 10:50", sig="petersen", ent="lv", disc=0,
  body="""
Sehr geehrte Frau Kühnel,

Ihr Vater, Herr Erwin Kühnel, hat in seiner Lebensversicherung L 4 203 887 0 seinen Enkel – Ihren Sohn Noah Kühnel, geb. 22.09.2013 – als Bezugsberechtigten für den Todesfall eingesetzt. Die Todesfallleistung beträgt 18.640,22 Euro.

Da Noah minderjährig ist, zahlen wir an ihn, vertreten durch Sie als gesetzliche Vertreterin. Bitte schicken Sie uns dazu:

1. eine Kopie von Noahs Geburtsurkunde oder Kinderausweis,
2. eine Erklärung, dass Sie allein sorgeberechtigt sind (oder die Unterschrift des anderen Elternteils),
3. ein Konto, das auf Noahs Namen läuft (auf Ihr eigenes Konto dürfen wir nicht zahlen).

Ein Hinweis: Für Beträge dieser Höhe verlangt das Familiengericht unter Umständen, dass das Geld mündelsicher angelegt wird (Sperrvermerk). Wenn Ihnen das Familiengericht eine solche Auflage macht, geben Sie uns bitte Bescheid, bevor wir überweisen.

Mit freundlichen Grüßen
""")

# 102
M("N", "de", "auto-reply", "out-of-office reply, no content",
  frm=ADDR("petersen"), to="Jochen Brackmann <j.brackmann@notariat-brackmann.example>",
  subj="Automatische Antwort: Rückfrage Termin nächste Woche", date="2026-07-06 08:01", client="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24. Juli 2026 nicht im Büro und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team Leistung Leben unter leistung-leben@versicherer.example oder telefonisch unter 0221 555-2600.

Mit freundlichen Grüßen
Malte Petersen
""")

# 103
M("C", "de", "insurer-to-customer", "household premium change with senior discount based on the customer's birth date",
  frm=ADDR("kowalski"), to="Ingeborg Rautenberg <i.rautenberg@t-online.example>",
  subj="Ihre Hausratversicherung HR-1127-0034 – neuer Beitrag ab 01.09.2026", date="2026-07-07 13:15", sig="kowalski", disc=1,
  body="""
Sehr geehrte Frau Rautenberg,

zum 01.09.2026 passen wir die Beiträge in der Hausratversicherung an die gestiegenen Kosten für Einbruch- und Leitungswasserschäden an (Anpassungsfaktor 4,8 %, siehe § 16 unserer Bedingungen).

Gute Nachricht für Sie: Da Sie am 03.07.1958 geboren sind und seit diesem Monat das 68. Lebensjahr vollendet haben, gilt für Sie ab sofort unser Seniorenrabatt von 10 %. Ihr Beitrag sinkt deshalb insgesamt:

  bisher:   118,40 Euro jährlich
  neu:      111,68 Euro jährlich

Versichertes Objekt bleibt Ihre Wohnung Parkstraße 6, 51427 Bergisch Gladbach, Versicherungssumme 52.000 Euro.

Sie müssen nichts weiter tun.

Mit freundlichen Grüßen
""")

# 104
M("N", "en", "insurer-to-partner", "auditors' list of requested documents (PBC) for the interim review, no personal data",
  frm=ADDR("morgan"), to="Audit Team Versicherer <versicherer-audit@wpg-rheinland.example>", lang="en",
  subj="H1 2026 review – PBC list status", date="2026-07-08 16:48", sig="morgan", disc=1,
  body="""
Dear Ms Falkner,

status of the PBC list for the H1 review (items due by 17 July):

  #1  trial balances per entity                     delivered (data room)
  #2  IFRS 17 CSM roll-forward by portfolio         delivered
  #3  reconciliation statutory vs. IFRS equity      in progress – 14 July
  #4  actuarial function report (draft)             21 July (agreed extension)
  #5  sample of 25 claims payments life             via data room only – please send the sample selection by 10 July
  #6  bank confirmations                            requested, 3 of 7 received
  #7  minutes of Board and committee meetings       delivered

For item #5, please note that claim files contain personal and health data; our data protection officer asks that your team opens them in the data room only and does not download.

Best regards
James Morgan
""")

# 105
M("S", "en", "insurer-to-executor", "UK executor of a deceased policyholder: grant of probate, death benefit and documents needed",
  frm=ADDR("petersen"), to="Graham Whitcombe, Whitcombe & Lowe Solicitors <g.whitcombe@whitcombe-lowe.example>", lang="en",
  subj="Estate of the late Margaret Ellen Fairbairn – life policy L 3 615 009 4", date="2026-07-09 11:36", sig="petersen", ent="lv", disc=1,
  body="""
Dear Mr Whitcombe,

thank you for your letter of 29 June and the sealed copy of the Grant of Probate of the High Court (Probate Registry at Winchester) naming you as executor of the estate of Mrs Margaret Ellen Fairbairn, who died on 2 March 2026 in Bournemouth.

Mrs Fairbairn held a German life insurance policy with us from the time she lived in Bonn (L 3 615 009 4, sum insured EUR 40,000, no beneficiary named). The death benefit including surplus is EUR 52,118.60 and falls into the estate.

To pay, we need:
1. the death certificate (a certified copy is fine),
2. an apostille or a certified translation is not necessary for the Grant of Probate – we accept it as is,
3. the client account details of your firm in the name of the estate.

German inheritance tax: as Mrs Fairbairn was not resident in Germany and the heirs live in the UK, the payout is not subject to German inheritance tax, but we still have to report it to the German tax office.

Kind regards
""")

# 106
M("C", "en", "insurer-to-customer", "pet insurance reimbursement of a vet bill for a dog (animal health), customer's IBAN",
  frm=ADDR("wagner"), to="Chloe Martin <chloe.martin@free.example>", lang="en",
  subj="Your dog health insurance TK-0912-4417 – reimbursement", date="2026-07-10 14:25", sig="wagner", disc=1,
  body=f"""
Dear Ms Martin,

thank you for sending the invoice of the Tierklinik Rodenkirchen dated 30 June 2026 for your Labrador "Biscuit". The treatment of the torn cruciate ligament (surgery TPLO, two nights in the clinic, follow-up x-ray) is covered by your dog surgery insurance TK-0912-4417.

  invoice total:        EUR 2,846.31
  deductible 20 %:      EUR -569.26
  reimbursement:        EUR 2,277.05

We are transferring the amount to your account {IB("FR", "20041010050500013M02606")}.

Physiotherapy after the operation is also covered up to EUR 400 per year – please send us the invoices.

We wish Biscuit a quick recovery!

Kind regards
""")

# 107
M("N", "de", "internal", "trap: new text module for requesting proof of inheritance, with placeholders only",
  frm=ADDR("petersen"), to="Leistung Leben alle <leistung-leben@versicherer.example>",
  subj="Neuer Textbaustein TB-LT-042 \"Anforderung Erbnachweis\" – ab Montag im System", date="2026-07-03 15:05", sig="petersen", sigstyle="short", disc=False,
  body="""
Hallo zusammen,

nach der Schulung haben wir den Textbaustein für die Anforderung des Erbnachweises neu gefasst. Ab Montag ist er im Korrespondenzsystem als TB-LT-042 hinterlegt. Zur Info hier der Text:

---
Sehr geehrte/r «Anrede» «Nachname»,

zum Leistungsfall «Leistungsfallnummer» aus dem Vertrag «Vertragsnummer» (versicherte Person: «Vorname Nachname verstorbene Person») benötigen wir einen Nachweis, wer Erbe geworden ist. Bitte senden Sie uns eine der folgenden Unterlagen:
- Erbschein (Kopie genügt, wenn beglaubigt),
- notarielles Testament oder Erbvertrag mit Eröffnungsniederschrift des Nachlassgerichts,
- Europäisches Nachlasszeugnis (bei Erbfällen mit Auslandsbezug).

Bei mehreren Erben zahlen wir auf ein gemeinsames Konto oder auf das Konto einer oder eines Erben, wenn alle anderen Erben zustimmen («Vollmachtsvordruck VM-07»).
---

Bitte nicht mehr den alten Baustein TB-LT-017 verwenden; er verlangte fälschlich immer das Original des Erbscheins.

Malte
""")

# 108
M("S", "de", "insurer-to-customer", "survivor's pension from a company pension fund for a widow after her husband's death",
  frm=ADDR("novak"), to="Renate Ostermann <renate.ostermann@web.example>",
  subj="Hinterbliebenenrente aus der Pensionskasse – Vertrag P 2 004 773 1", date="2026-07-13 09:18", sig="novak", ent="lv", disc=0,
  body="""
Sehr geehrte Frau Ostermann,

wir haben vom Arbeitgeber Ihres verstorbenen Mannes, der Stadtwerke Leverkusen GmbH, erfahren, dass Herr Heinz Ostermann am 21.06.2026 verstorben ist. Unser Mitgefühl gilt Ihnen und Ihrer Familie.

Herr Ostermann bezog aus seiner betrieblichen Altersversorgung über unsere Pensionskasse (Vertrag P 2 004 773 1) eine Altersrente von 684,20 Euro monatlich. Als Witwe haben Sie Anspruch auf eine Hinterbliebenenrente von 60 %, also 410,52 Euro monatlich, ab 01.07.2026. Die Rente für Juni zahlen wir noch in voller Höhe.

Bitte senden Sie uns:
- die Sterbeurkunde Ihres Mannes,
- Ihre Heiratsurkunde,
- Ihre Steuer-Identifikationsnummer und Ihre Krankenkasse (die Rente ist kranken- und pflegeversicherungspflichtig, wenn Sie gesetzlich versichert sind),
- Ihre Bankverbindung, falls sie von der Ihres Mannes abweicht.

Mit freundlichen Grüßen
""")

# 109
M("C", "de", "insurer-to-tax-office", "tax office seizes a building insurance claim payment of a taxpayer; third-party debtor reply",
  frm=ADDR("kaya"), to="Finanzamt Bergheim – Vollstreckungsstelle <vollstreckung.bergheim@finanzamt.example>",
  subj="Pfändungs- und Einziehungsverfügung vom 02.07.2026 – StNr. 203/5114/0889 – Vollstreckungsschuldner Jürgen Wessel", date="2026-07-14 11:41", sig="kaya", disc=0,
  body="""
Sehr geehrte Damen und Herren,

zu Ihrer Pfändungs- und Einziehungsverfügung gegen Herrn Jürgen Wessel, Brunnenstraße 11, 50129 Bergheim, teilen wir nach § 316 AO mit:

1. Gegenüber dem Vollstreckungsschuldner besteht ein Entschädigungsanspruch aus dem Leitungswasserschaden vom 18.05.2026 (Wohngebäudeversicherung WG-0442-1893). Der Anspruch ist noch nicht abschließend festgestellt; nach dem Gutachten beträgt er voraussichtlich 12.400 Euro.
2. Auf dem Vertrag liegt ein Sicherungsschein zu Gunsten der Kreissparkasse Köln (Grundschuldgläubigerin). Nach den Bedingungen des Sicherungsscheins zahlen wir Entschädigungen über 5.000 Euro nur mit Zustimmung der Bank; deren Rechte gehen der Pfändung vor.
3. Weitere Pfändungen liegen nicht vor.

Eine Zahlung an Sie kommt daher nur in Betracht, soweit die Kreissparkasse freigibt oder die Entschädigung für die Wiederherstellung nicht benötigt wird. Wir informieren Sie, sobald der Schaden abgerechnet ist.

Mit freundlichen Grüßen
""")

# 110
M("N", "de", "newsletter", "trap: legal newsletter on a court ruling about surrender values, anonymised parties",
  frm="Versicherer Recht aktuell <recht-aktuell@versicherer.example>", to="fuehrungskraefte@versicherer.example",
  subj="Recht aktuell 7/2026: BGH zu Stornoabzug und Mindestrückkaufswert", date="2026-07-15 07:15", client="system",
  headers={"Precedence": "bulk"},
  body="""
RECHT AKTUELL 7/2026
Interner Rechtsnewsletter der Rechtsabteilung

BGH, Urteil vom 24.06.2026 – IV ZR 118/25: Stornoabzug bei fondsgebundenen Verträgen

Der Kläger hatte eine fondsgebundene Rentenversicherung nach sieben Jahren gekündigt und verlangte den einbehaltenen Stornoabzug (5 % des Fondsguthabens) zurück. Der BGH gab ihm Recht: Eine Klausel, die einen pauschalen Abzug vorsieht, ohne dass der Versicherer die Angemessenheit darlegt, ist nach § 169 Abs. 5 VVG unwirksam, wenn dem Versicherungsnehmer nicht ausdrücklich der Nachweis eines geringeren Schadens gestattet wird.

Bedeutung für uns:
- Unsere Bedingungen seit 2019 (FRV19) enthalten die Nachweisklausel – kein Handlungsbedarf.
- Bei den Tarifgenerationen FRV08 bis FRV14 fehlt sie. Betroffen sind rund 14.000 Verträge; Aktuariat und Recht prüfen die Auswirkungen auf bereits abgerechnete Rückkäufe (Verjährung beachten).
- Beschwerden mit Bezug auf das Urteil bitte an das Beschwerdemanagement weiterleiten.

Ansprechpartnerin: Dr. Carola Schreiber, Recht / Regress
""")

# 111
M("S", "de", "internal", "complaint reply draft about a slow death benefit payout; deceased's cancer and hospital stay mentioned",
  frm=ADDR("lorenz"), to=ADDR("petersen"),
  subj="Beschwerde Sohn Hagemeister – Entwurf Antwortschreiben, bitte prüfen", date="2026-07-16 14:02", sig="lorenz", sigstyle="short", disc=False,
  body="""
Hallo Herr Petersen,

anbei mein Entwurf für die Antwort an Herrn Frank Hagemeister. Bitte prüfen Sie die Fakten, v. a. die Daten, und geben Sie mir bis Freitag Bescheid.

---
Sehr geehrter Herr Hagemeister,

Sie haben sich darüber beschwert, dass die Todesfallleistung aus der Lebensversicherung Ihrer Mutter, Frau Elfriede Hagemeister (L 2 771 050 8), erst elf Wochen nach ihrem Tod ausgezahlt wurde.

Wir bedauern die lange Dauer. Der Vertrag war erst 2024 abgeschlossen worden, also innerhalb der dreijährigen Frist, in der wir bei einem Todesfall die Angaben im Antrag prüfen. Ihre Mutter ist an den Folgen einer Bauchspeicheldrüsenkrebserkrankung verstorben, die im Januar 2025 festgestellt wurde; wir mussten daher die Unterlagen des Klinikums Leverkusen anfordern. Das Klinikum hat erst nach zwei Erinnerungen geantwortet. Die Prüfung hat ergeben, dass die Erkrankung bei Antragstellung nicht bekannt war; die Leistung von 25.000 Euro wurde am 10.07.2026 in voller Höhe gezahlt.

Als Ausgleich für die Verzögerung zahlen wir Zinsen in Höhe von 4 % für die Zeit ab Eingang der Sterbeurkunde (142,47 Euro).
---

Gruß
Daniela Lorenz
""")

# 112
M("C", "de", "insurer-to-customer", "building insurance premium arrears letter only in the ODT attachment; body harmless",
  frm=ADDR("becker"), to="Familie Tewes <tewes.familie@posteo.example>",
  subj="Unser Schreiben vom 17.07.2026", date="2026-07-17 10:06", sig="becker", disc=1,
  body="""
Guten Tag,

anbei erhalten Sie unser Schreiben vom heutigen Tag als Dokument. Das Original geht Ihnen zusätzlich per Post zu.

Bei Fragen sind wir gern für Sie da.

Mit freundlichen Grüßen
""",
  att=[ODT("Schreiben_2026-07-17.odt", [
      ("h", "Qualifizierte Mahnung nach § 38 VVG"),
      "Herrn Mathias Tewes und Frau Daniela Tewes\nKastanienweg 14\n53773 Hennef",
      "Wohngebäudeversicherung WG-3381-5520, Versicherungsort Kastanienweg 14, 53773 Hennef",
      "Sehr geehrte Frau Tewes, sehr geehrter Herr Tewes,\nder Jahresbeitrag 2026 für Ihre Wohngebäudeversicherung in Höhe von 1.384,60 Euro ist trotz unserer Zahlungserinnerung vom 12.06.2026 nicht bezahlt.",
      ("t", [["Position", "Betrag"], ["Jahresbeitrag 2026", "1.384,60 EUR"], ["Mahngebühr", "5,00 EUR"], ["offen gesamt", "1.389,60 EUR"]]),
      "Bitte zahlen Sie den Betrag innerhalb von zwei Wochen nach Zugang dieses Schreibens. Wenn Sie nicht rechtzeitig zahlen, sind wir für Schäden, die nach Fristablauf eintreten, von der Leistung frei und können den Vertrag fristlos kündigen. Ihre Bank als Grundpfandgläubigerin (Sicherungsschein) erhält eine Kopie dieses Schreibens.",
      "Mit freundlichen Grüßen\nVersicherer Allgemeine Versicherung AG – Beitragsservice"])])

# 113
M("N", "en", "insurer-to-supplier", "cloud hosting invoice approved, company bank details and cost centres",
  frm=ADDR("lehmann"), to="Billing, NimbusCloud Europe B.V. <billing@nimbuscloud.example>", lang="en",
  subj="Invoice NCE-2026-06-44810 – approved, PO reference missing", date="2026-07-20 09:40", sig="lehmann", sigstyle="short", disc=1,
  body="""
Hello,

we have approved your invoice NCE-2026-06-44810 (June consumption, EUR 61,284.17 net, reverse charge) and will pay on the due date to your account with ABN AMRO as per our master data.

For future invoices please always quote our purchase order 4500219401; invoices without a PO are routed to manual processing and may be paid late.

The cost split for the June invoice, for your reference:
  CC 6021 IT architecture (dev/test)        EUR 12,940.00
  CC 6050 policy administration life         EUR 31,118.45
  CC 6055 secure mail platform               EUR 17,225.72

Thank you
Anke Lehmann
""")

# 114
M("S", "en", "broker", "broker sends a list of clients whose life and pension policies move to his agency, only in the XLSX",
  frm=ADDR("reuter"), to=ADDR("hagedorn"), lang="en",
  subj="FW: Transfer of servicing rights – Callaghan Financial Planning", date="2026-07-21 12:12",
  body=f"""
Claudia,

forwarding the list from Mr Callaghan (new broker agreement 08-45210 since 1 July). The clients have signed broker mandates; originals are with us in the scan inbox. Could your team switch the servicing broker on these policies?

Frank

{SIG("reuter", "en", "short")}

> From: Declan Callaghan <declan@callaghan-fp.example>
> Sent: Monday, 20 July 2026 18:44
> Subject: Transfer of servicing rights
>
> Dear Mr Reuter, as discussed, attached is the list of clients who have appointed us. Please confirm once the policies are assigned to our agency number. Best, Declan
""",
  att=[XLSX("Callaghan_client_transfers_2026-07.xlsx", {"Transfers": [
      ["Client", "Date of birth", "Policy", "Product", "Annual premium EUR", "Mandate signed"],
      ["Siobhan Murphy-Kraus", "1979-04-12", "L 8 330 102 7", "Term life (mortgage)", "412.80", "2026-07-02"],
      ["Ciarán Doyle", "1983-01-30", "R 5 118 447 0", "Private pension (unit-linked)", "1,800.00", "2026-07-03"],
      ["Heike Doyle", "1985-08-19", "B 4 002 913 5", "Occupational disability", "1,036.20", "2026-07-03"],
      ["Thomas Brenninkmeyer", "1968-11-05", "R 2 994 015 2", "Basisrente", "6,000.00", "2026-07-09"]]},
      author="Callaghan Financial Planning")])

# 115
M("C", "de", "insurer-to-customer", "instalment agreement for motor premium arrears, customer's income and benefits stated",
  frm=ADDR("becker"), to="Patrick Szymański <p.szymanski@gmx.example>",
  subj="AW: Ratenzahlung Kfz-Beitrag", date="2026-07-22 15:31", sig="becker", sigstyle="short", disc=1,
  body="""
Hallo Herr Szymański,

danke für Ihre offenen Worte und die Unterlagen. Wir sind mit einer Ratenzahlung einverstanden:

offener Betrag Kfz-Versicherung KH 415 008 302 (Ford Focus, GL-PS 404): 486,30 Euro
6 Raten à 81,05 Euro, jeweils zum 1. des Monats ab 01.08.2026

Auf Basis Ihres Bescheids (Arbeitslosengeld I 1.148,40 Euro monatlich, dazu 250 Euro Kindergeld) halten wir diese Rate für tragbar. Bitte lassen Sie die laufenden Beiträge weiter abbuchen – sonst wird die gesamte Restforderung sofort fällig.

Der Versicherungsschutz besteht weiter, solange die Raten pünktlich kommen.

Viele Grüße
""",
  quote=Q("""
Am 20.07.2026 schrieb Patrick Szymański:
Sehr geehrter Herr Becker,
ich bin seit April arbeitslos und bekomme nur ALG 1, den Bescheid schicke ich mit. Ich kann die 486 Euro nicht auf einmal zahlen, aber ich brauche das Auto für Vorstellungsgespräche. Geht eine Ratenzahlung?
MfG P. Szymański
"""))

# 116
M("N", "de", "internal", "farewell party for a retiring colleague, organisational only",
  frm=ADDR("brenner"), to="Kfz alle <kfz-alle@versicherer.example>",
  subj="Rüdiger geht in Rente – Abschied am 30.07.", date="2026-07-23 11:20", sig="brenner", sigstyle="name", disc=False, client="thunderbird",
  body="""
Liebe Kolleginnen und Kollegen,

nach 41 Jahren im Haus geht unser Rüdiger Engel Ende Juli in den Ruhestand. Wir verabschieden ihn am Donnerstag, 30.07., ab 15:30 Uhr auf der Dachterrasse (bei Regen in der Kantine).

Für das Geschenk sammeln wir bis Dienstag – die Kasse steht bei mir im Büro 3.11 oder per PayPal an mich (Link im Teams-Kanal). Geplant ist ein Gutschein für eine Flusskreuzfahrt, wie er sich gewünscht hat.

Wer eine Anekdote für das Erinnerungsbuch beisteuern möchte: bitte bis Montag an mich.

Viele Grüße
Markus
""")

# 117
M("N", "de", "system", "trap: dunning run log with counts and amounts only",
  frm="Batch-Server Bestand <batch-noreply@versicherer.example>", to="Beitragsservice Leitung <beitragsservice-leitung@versicherer.example>",
  subj="[BATCH OK] MAHNLAUF_M2 2026-07-24 – Protokoll", date="2026-07-24 05:12", mailer="Control-M Notification 9.0",
  body="""
Job:          MAHNLAUF_M2 (Mahnstufe 2, qualifizierte Mahnung § 38 VVG)
Lauf:         2026-07-24 04:30:02 – 05:11:48
Status:       OK (RC=0)

Ergebnis je Sparte
  Kfz                     1.206 Mahnungen    418.902,55 EUR
  Hausrat/Haftpflicht       388 Mahnungen     31.406,10 EUR
  Wohngebäude               142 Mahnungen     96.118,70 EUR
  Rechtsschutz              107 Mahnungen     14.802,95 EUR
  Leben (Beitragsfreistellungsangebot)   0    (Lauf Leben separat, LV_MAHN)

Übergabe Druckstraße: 1.843 Dokumente, Datei MAHN2_20260724.afp
Übergabe Portal-Postfach: 611 Dokumente

Fehler: 0   Warnungen: 3 (Adresse unvollständig – Klärfälle in Queue BST-KLAER)

Diese Nachricht wurde automatisch erzeugt.
""")

# 118
M("S", "de", "insurer-to-authority", "social welfare office asks about a care home resident's funeral insurance: care costs, life contract, values",
  frm=ADDR("hagedorn"), to="Kreis Mettmann – Sozialamt, Hilfe zur Pflege <hzp@kreis-mettmann.example>",
  subj="Ihr Zeichen 50.3-HzP-2214/26 – Herr Karl-Heinz Brückmann", date="2026-07-27 10:17", sig="hagedorn", ent="lv", disc=0,
  body="""
Sehr geehrte Damen und Herren,

Sie haben uns im Rahmen der Prüfung eines Antrags auf Hilfe zur Pflege (stationäre Unterbringung im Seniorenzentrum Haus Linde, Pflegegrad 4) nach Verträgen von Herrn Karl-Heinz Brückmann, geb. 30.10.1939, gefragt. Die Einwilligung von Herrn Brückmann bzw. seiner Betreuerin liegt uns vor.

Bei uns besteht:
Sterbegeldversicherung S 1 208 994 3, Versicherungssumme 7.500 Euro, Beitragszahlung beendet, Rückkaufswert 6.812,40 Euro.

Das Bezugsrecht ist unwiderruflich zu Gunsten des Bestattungshauses Pietät Krämer, Velbert, eingeräumt (Bestattungsvorsorgevertrag vom 14.02.2019). Nach unserer Kenntnis wird eine angemessene Bestattungsvorsorge in dieser Höhe von den Sozialämtern in der Regel als Schonvermögen anerkannt.

Weitere Verträge bestehen nicht.

Mit freundlichen Grüßen
""")

# 119
M("C", "en", "insurer-to-bank", "Dutch mortgage bank gets confirmation of building insurance for a customer's German holiday home",
  frm=ADDR("demir"), to="Hypotheken Beheer, Zeeuwse Hypotheekbank N.V. <beheer@zeeuwse-hypotheek.example>", lang="en",
  subj="Building insurance confirmation – Mr and Mrs van Leeuwen – Kapellenweg 3, 52156 Monschau", date="2026-07-28 13:54", sig="demir", disc=1,
  body="""
Dear Sir or Madam,

at the request of our customers, Mr Pieter van Leeuwen and Mrs Anouk van Leeuwen-Smit (Utrecht), we confirm:

  Insured building:   holiday home, Kapellenweg 3, 52156 Monschau, Germany
  Policy:             WG-8820-0417, buildings insurance at full replacement value
  Perils:             fire, burst pipes, storm/hail, natural hazards (flood excluded – zone 3)
  Premium:            EUR 1,028.44 per year, paid until 30 June 2027
  Your loan:          mortgage no. 2026-HY-77104, land charge EUR 240,000

We have noted your bank as mortgagee. We will inform you if the policy is cancelled or the premium remains unpaid, and claims above EUR 5,000 will only be paid with your consent.

Please note that the house is unoccupied for more than 60 days at a time during winter; the policyholders must drain the water pipes in that period.

Kind regards
""")

# 120
M("N", "en", "newsletter", "generic product comparison of German pension wrappers for expats, HTML, no person",
  frm="Versicherer Expat Desk <expat-desk@versicherer.example>", to="expat-newsletter@versicherer.example", lang="en",
  subj="Expat Guide: Riester, Rürup, company pension or private pension – which one fits?", date="2026-07-29 07:30", client="system",
  headers={"Precedence": "bulk"}, html=True,
  body="""
EXPAT GUIDE – SAVING FOR RETIREMENT IN GERMANY

Many of you asked which German pension products make sense if you might leave Germany one day. Here is a simple overview (general information, not advice):

[[t]]

Tip 1: If you leave the EU, Riester allowances may have to be repaid. Company pensions and private pensions can stay with us and be paid abroad.
Tip 2: Your employer must add 15 % to salary conversion – ask your HR department.
Tip 3: Keep all German tax documents; you may need them for your tax return in your next country.

Questions? Our Expat Desk speaks English, French and Spanish: +49 221 555-7700.

Versicherer Lebensversicherung AG, Cologne – you receive this newsletter because you subscribed on our website.
""",
  tables={"t": ([["Product", "Tax relief", "Lump sum possible?", "If you move abroad"],
                 ["Riester pension", "allowances + tax deduction", "up to 30 %", "outside EU: allowances repaid"],
                 ["Rürup (basic pension)", "tax deduction up to EUR 29,344", "no", "stays, pension paid abroad"],
                 ["Company pension (bAV)", "tax- and social-security-free up to limits", "depends on contract", "vested rights kept"],
                 ["Private pension", "none on premiums, favourable on payout", "yes", "flexible"]], "pad")})

# 121
M("S", "de", "insurer-to-customer", "capital payout with church tax: customer's religious affiliation (catholic) and tax on the payout",
  frm=ADDR("hagedorn"), to="Bernhard Lütkemeyer <b.luetkemeyer@ewetel.example>",
  subj="Abrechnung Rückkauf Rentenversicherung R 6 004 117 8", date="2026-07-30 12:08", sig="hagedorn", ent="lv", disc=1,
  body="""
Sehr geehrter Herr Lütkemeyer,

wir haben Ihre Rentenversicherung R 6 004 117 8 wie gewünscht zum 01.07.2026 gekündigt. Die Abrechnung:

Rückkaufswert                                   27.904,50 Euro
eingezahlte Beiträge                           -21.600,00 Euro
Ertrag                                           6.304,50 Euro
davon steuerpflichtig (Vertrag < 12 Jahre)       6.304,50 Euro
abzüglich Freistellungsauftrag                    -801,00 Euro
Bemessungsgrundlage                              5.503,50 Euro

Kapitalertragsteuer                              1.344,69 Euro
Solidaritätszuschlag                                73,95 Euro
Kirchensteuer (römisch-katholisch, 8 %)            107,57 Euro

Auszahlung                                      26.378,29 Euro

Die Religionszugehörigkeit haben wir wie gesetzlich vorgeschrieben beim Bundeszentralamt für Steuern abgefragt (KiStAM). Wenn Sie der Übermittlung widersprochen hätten, hätten wir keine Kirchensteuer einbehalten; Sie hätten sie dann in der Steuererklärung angeben müssen.

Die Steuerbescheinigung erhalten Sie mit separater Post.

Mit freundlichen Grüßen
""")

# 122
M("C", "de", "internal", "travel expense reimbursement to an employee's private bank account",
  frm=ADDR("lehmann"), to="Yasemin Kurt <yasemin.kurt@versicherer.example>",
  subj="Reisekostenabrechnung RK-2026-0718 – Auszahlung", date="2026-07-31 10:40", sig="lehmann", sigstyle="short", disc=False,
  body=f"""
Hallo Frau Kurt,

Ihre Reisekostenabrechnung für die Dienstreise nach Berlin (GDV-Arbeitskreis, 14.–16.07.) ist geprüft:

Bahnfahrt 1. Klasse (BahnCard 50)       189,80 Euro
Hotel 2 Nächte (ohne Frühstück)         312,00 Euro
Verpflegungspauschale                    56,00 Euro
Taxi Berlin                              24,50 Euro
gesamt                                  582,30 Euro

Da Ihr Gehaltskonto sich geändert hat und in der Reisekostenanwendung noch das alte hinterlegt war, haben wir auf das neue Konto {IB("DE", "500105170934182006")} überwiesen (laut Ihrer Änderungsmeldung an die Personalabteilung). Bitte aktualisieren Sie die Bankverbindung auch im Reisekostenportal.

Viele Grüße
Anke Lehmann
""")

# 123
M("N", "de", "internal", "job advertisement for a life claims clerk, no person",
  frm=ADDR("weiss"), to="Intranet-Redaktion <intranet@versicherer.example>", cc=ADDR("petersen"),
  subj="Stellenausschreibung zur Veröffentlichung: Sachbearbeiter/in Leistung Leben (m/w/d)", date="2026-08-03 09:05", sig="weiss", sigstyle="short", disc=False,
  body="""
Hallo liebes Intranet-Team,

bitte die folgende Ausschreibung ab Mittwoch intern und extern veröffentlichen (Kennziffer 2026-087):

Sachbearbeiter/in Leistung Leben – Todesfall und Erbfälle (m/w/d)
Köln, Vollzeit oder Teilzeit (ab 30 Std.), unbefristet

Ihre Aufgaben
- Bearbeitung von Todesfallleistungen aus Lebens- und Rentenversicherungen
- Prüfung von Bezugsrechten, Erbnachweisen, Abtretungen und Pfändungen
- Kommunikation mit Hinterbliebenen, Notariaten, Gerichten und Banken – mit Fingerspitzengefühl

Ihr Profil
- Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzanlagen oder vergleichbar
- erste Erfahrung in der Lebensversicherung, Grundkenntnisse im Erbrecht
- Englischkenntnisse von Vorteil (Erbfälle mit Auslandsbezug)

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38 Std., mobiles Arbeiten bis 60 %, betriebliche Altersversorgung, Jobrad.

Danke!
Nadine Weiß
""")

# 124
M("C", "en", "insurer-to-customer", "confirmation of household and liability insurance for a customer's rental application, with birth date",
  frm=ADDR("kowalski"), to="Daniel Oyelaran <d.oyelaran@gmail.example>", lang="en",
  subj="Confirmation of insurance (English) for your rental application", date="2026-08-04 14:11", sig="kowalski", disc=1,
  body="""
Dear Mr Oyelaran,

as requested, here is the confirmation in English:

---
CONFIRMATION OF INSURANCE

We confirm that Mr Daniel Oyelaran, born 17 March 1993, residing at Bonner Wall 44, 50677 Cologne, Germany, holds the following insurance policies with us, both in force and with premiums paid:

  Personal liability insurance PH-5502-8841, sum insured EUR 10,000,000, including damage to rented property
  Home contents insurance HR-5502-8840, sum insured EUR 35,000

Cologne, 4 August 2026
Versicherer Allgemeine Versicherung AG, Customer Service
---

We have also sent the signed version to your portal mailbox as PDF.

Good luck with the flat in Amsterdam!

Kind regards
""")

# 125
M("N", "de", "internal", "trap: quarterly statistics of garnishments and insolvencies, counts only",
  frm=ADDR("kaya"), to="Bereichsleitung Betrieb <bl-betrieb@versicherer.example>",
  subj="Quartalsstatistik Pfändungen / Insolvenzen Q2 2026", date="2026-07-08 12:45", sig="kaya", sigstyle="short", disc=False,
  body="""
Hallo zusammen,

die Zahlen für Q2 2026 (Q1 in Klammern):

Eingang Pfändungs- und Überweisungsbeschlüsse         412 (388)
  davon Lebensversicherungen (Rückkaufswert)          261 (240)
  davon laufende Renten                                 48 (51)
  davon Schadenzahlungen Sach/HUK                       103 (97)
Pfändungen von Mitarbeitergehältern                      4 (2)
Anfragen Insolvenzverwalter/Treuhänder                 189 (204)
Auskunftsersuchen Jobcenter/Sozialämter                  77 (81)
Drittschuldnererklärungen fristgerecht (2 Wochen)      98,3 % (97,1 %)

Der Anstieg bei den Lebensversicherungen kommt vor allem von Finanzämtern (Sammelpfändungen). Wir haben seit Juni die neue Vorlage für die Drittschuldnererklärung im Einsatz, die Bearbeitungszeit ist um einen Tag gesunken.

Derya
""")
# --------------------------------------------------------------------------
# batch 6 (d23-0126 … d23-0150)
# --------------------------------------------------------------------------

# 126
M("S", "de", "insurer-to-customer", "review of an ongoing disability pension: diagnosis depression with ICD code, request for current medical reports",
  frm=ADDR("stanek"), to="Carsten Wilmsen <c.wilmsen@online.example>",
  subj="Nachprüfung Ihrer Berufsunfähigkeitsrente – B 2 774 309 1", date="2026-08-05 10:22", sig="stanek", ent="lv", disc=0,
  body="""
Sehr geehrter Herr Wilmsen,

seit dem 01.11.2023 zahlen wir Ihnen aus Ihrer Berufsunfähigkeitsversicherung B 2 774 309 1 eine monatliche Rente von 1.850 Euro und befreien Sie von der Beitragszahlung. Grundlage war die mittelgradige depressive Episode (ICD-10 F32.1) mit einer Berufsunfähigkeit von mindestens 50 % in Ihrem Beruf als Schichtleiter in der Logistik.

Nach den Versicherungsbedingungen prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen weiter bestehen. Bitte senden Sie uns deshalb bis zum 15.09.2026:

1. einen aktuellen Befundbericht Ihres behandelnden Psychiaters (Herr Dr. Amsel, Bonn) – das Formular für den Arzt liegt bei, die Kosten übernehmen wir,
2. den Entlassungsbericht der Rehabilitationsklinik, falls Sie seit 2024 eine Reha gemacht haben,
3. Angaben, ob Sie inzwischen eine andere Tätigkeit ausüben.

Die Rente zahlen wir während der Prüfung unverändert weiter. Wenn Ihnen das Ausfüllen schwerfällt, können Sie uns auch anrufen; ich helfe Ihnen gern.

Mit freundlichen Grüßen
""")

# 127
M("N", "de", "internal", "trap: data protection training with clearly fictitious example data and the published example IBAN",
  frm=ADDR("meier"), to="Alle Mitarbeitenden Leben <alle-leben@versicherer.example>",
  subj="Pflichtschulung Datenschutz 2026 – jetzt bis 30.09. absolvieren", date="2026-08-06 08:30", sig="meier", disc=2,
  body="""
Liebe Kolleginnen und Kollegen,

die jährliche Datenschutzschulung ist freigeschaltet (Lernplattform > Pflichtschulungen > Datenschutz Leben 2026, ca. 35 Minuten). Neu in diesem Jahr: ein Modul zu Erbfällen und Pfändungen.

Ein Beispiel aus dem Quiz vorab – welche Angaben dürfen Sie einem Anrufer nennen, der sich als Sohn des verstorbenen Versicherungsnehmers "Max Mustermann (fiktiv)" ausgibt?
a) die Höhe der Todesfallleistung
b) ob ein Bezugsrecht besteht und für wen
c) nur das Verfahren (welche Nachweise wir brauchen)

Richtig ist c) – solange kein Erbnachweis oder keine Vollmacht vorliegt, geben wir keine Vertragsdaten heraus. Auch nicht, wenn der Anrufer schon die Vertragsnummer kennt.

Und noch ein Hinweis: In Schulungsunterlagen, Testfällen und Tickets bitte nur Beispieldaten verwenden, z. B. die veröffentlichte Beispiel-IBAN DE89 3704 0044 0532 0130 00, und niemals echte Kundendaten.

Vielen Dank!
Thomas Meier
Datenschutzbeauftragter
""")

# 128
M("C", "de", "bank", "car-finance bank asks for a security certificate for a financed car; borrower data only in the forwarded message/rfc822",
  frm=ADDR("engel"), to=ADDR("brenner"),
  subj="WG: Sicherungsschein", date="2026-08-07 11:47",
  body="""
Markus,

kannst du das übernehmen? Ich bin ab morgen nicht mehr da (Übergabe läuft). Vertrag ist angelegt, Kasko ist drin.

Rüdiger
""",
  att=[EML(INNER("Kreditservice MobilBank AG <sicherungsscheine@mobilbank.example>", "kfz@versicherer.example",
                 "Anforderung Sicherungsschein – Finanzierung 88-2026-114052", "2026-08-06 15:20", """
Sehr geehrte Damen und Herren,

unsere Kundin Frau Tamara Reinecke, geb. 08.12.1996, Hochstraße 27, 47798 Krefeld, hat bei uns folgendes Fahrzeug finanziert:

Hyundai Kona Elektro, FIN KMHK381GFRU204418, Kaufpreis 38.900 Euro, Finanzierung 88-2026-114052.

Laut Kundin besteht bei Ihnen eine Vollkaskoversicherung (Vertrag KH 601 552 093, Kennzeichen KR-TR 812). Bitte stellen Sie uns einen Sicherungsschein aus und bestätigen Sie eine Selbstbeteiligung von höchstens 1.000 Euro.

Mit freundlichen Grüßen
MobilBank AG – Kreditservice
""", "<20260806152011.4471@mobilbank.example>", client="outlook"), fn="Anforderung Sicherungsschein.eml")])

# 129
M("N", "en", "internal", "regulatory reporting timetable (Solvency II quarterly templates), no personal data",
  frm=ADDR("morgan"), to="Regulatory Reporting <regrep@versicherer.example>", lang="en",
  subj="Q2 QRTs – submission plan and sign-off", date="2026-08-10 09:55", sig="morgan", sigstyle="short", disc=False,
  body="""
All,

Q2 quarterly reporting templates are due to BaFin on 19 August (group: 25 August). Plan:

  12 Aug  S.02 balance sheet, S.23 own funds – first cut
  13 Aug  S.06.02 list of assets (investment team), S.28 MCR
  14 Aug  XBRL validation run (taxonomy 2.8.2), fix errors
  17 Aug  sign-off CFO; four-eyes check of the XBRL instance
  18 Aug  submission via MVP portal

Known issue: the look-through for the two special funds is late; we will use the Q1 structure and disclose the approximation.

James
""")

# 130
M("S", "en", "insurer-to-customer", "critical illness claim paid after a breast cancer diagnosis",
  frm=ADDR("stanek"), to="Rebecca Thornton <rebecca.thornton@btinternet.example>", lang="en",
  subj="Your critical illness claim – policy D 5 208 661 9", date="2026-08-11 15:40", sig="stanek", ent="lv", disc=1,
  body="""
Dear Ms Thornton,

we have received the histology report and the letter of Dr. Castellanos from the breast centre at the University Hospital Cologne. The diagnosis of invasive ductal carcinoma of the left breast (ICD-10 C50.4), confirmed on 9 July 2026, meets the definition of "cancer" in your critical illness policy D 5 208 661 9.

We will pay the full sum insured of EUR 100,000 to your account ending 2201 within the next three working days. The payment is tax-free.

Your policy also includes a premium waiver: from August 2026 you do not have to pay premiums for the remaining cover (death benefit EUR 100,000) for the next 24 months.

We are very sorry to hear about your illness and wish you all the strength for your treatment. If you need anything from us, please call me directly.

Kind regards
""")

# 131
M("C", "en", "insurer-to-customer", "travel cancellation refund after job loss (no health content), customer and booking data",
  frm=ADDR("seidel"), to="Liam O'Connor <liam.oconnor@icloud.example>", lang="en",
  subj="Your trip cancellation claim 26-RR-30442", date="2026-08-12 10:05", sig="seidel", disc=1,
  body="""
Dear Mr O'Connor,

thank you for sending the termination letter from your employer. Unexpected redundancy after a job of more than 12 months is an insured event under your annual travel insurance RV-2204-7715.

Your package holiday to Crete (TUI booking 4471209, 28 Aug – 11 Sep 2026, two persons) was cancelled on 30 July; the tour operator charged a cancellation fee of 40 %:

  cancellation fee:           EUR 1,436.00
  deductible 20 %:            EUR -287.20
  we pay:                     EUR 1,148.80

The amount will be paid to your account with N26 ending 6630. Your partner, Ms Aoife Brennan, is co-insured under the same policy; her share is included in the calculation.

Kind regards
""")

# 132
M("N", "de", "insurer-to-supplier", "trap: leasing invoice for the company's pool cars with plates, company only",
  frm=ADDR("richter"), to="Kundenservice RheinLease GmbH <service@rheinlease.example>",
  subj="Leasingrechnung Juli 2026 – Poolfahrzeuge, zwei Positionen doppelt", date="2026-08-13 13:30", sig="richter", disc=2,
  body="""
Sehr geehrte Damen und Herren,

in Ihrer Sammelrechnung 2026-07-55812 für unseren Fahrzeugpool sind zwei Fahrzeuge doppelt berechnet:

K-VV 1041  VW ID.4 Pro      Leasingrate 489,00 Euro – Pos. 3 und Pos. 11
K-VV 1047  Skoda Enyaq 80   Leasingrate 512,40 Euro – Pos. 7 und Pos. 14

Außerdem ist K-VV 1022 (Rückgabe am 30.06.2026, Rücknahmeprotokoll liegt vor) für Juli noch berechnet.

Bitte schicken Sie uns eine korrigierte Rechnung. Die Zahlung erfolgt dann wie immer per Lastschrift vom Geschäftskonto der Versicherer Holding AG.

Mit freundlichen Grüßen
""")

# 133
M("S", "de", "insurer-to-employer", "actuarial valuation of an employer's pension promises with named beneficiaries, birth dates and pensions only in the PDF",
  frm=ADDR("paulsen"), to="Geschäftsführung Maschinenbau Kettler GmbH <gf@kettler-maschinenbau.example>", cc="Steuerberatung Olbrich <olbrich@stb-olbrich.example>",
  subj="Versicherungsmathematisches Gutachten zum 30.06.2026", date="2026-08-14 16:12", sig="paulsen", ent="lv", disc=0,
  body="""
Sehr geehrter Herr Kettler,

anbei das Gutachten zu den Pensionsrückstellungen Ihrer Gesellschaft zum Bilanzstichtag 30.06.2026 (Steuerbilanz nach § 6a EStG und Handelsbilanz nach § 253 HGB).

Die Rückstellungen steigen gegenüber dem Vorjahr leicht, weil ein Anwärter in den Ruhestand getreten ist. Ihrem Steuerberater habe ich eine Kopie geschickt.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
""",
  att=[PDF("Gutachten_Pensionsrueckstellungen_Kettler_2026-06-30.pdf", [
      ("h", "Versicherungsmathematisches Gutachten – Pensionsrückstellungen zum 30.06.2026"),
      "Auftraggeber: Maschinenbau Kettler GmbH, Industriestraße 9, 57072 Siegen\nRechnungsgrundlagen: Richttafeln 2018 G (Heubeck), Rechnungszins 6,00 % (StB) bzw. 1,93 % (HGB, 10-Jahres-Durchschnitt)",
      ("t", [["Name", "geb.", "Status", "zugesagte Rente mtl.", "Rückstellung StB", "Rückstellung HGB"],
             ["Kettler, Hans-Georg", "12.04.1952", "Rentner", "2.400,00 EUR", "298.114 EUR", "421.806 EUR"],
             ["Kettler, Ursula", "30.01.1955", "Anwärterin Witwenrente", "1.440,00 EUR", "41.208 EUR", "66.930 EUR"],
             ["Brandenburg, Klaus", "07.09.1960", "Rentner seit 01.05.2026", "850,00 EUR", "104.775 EUR", "148.210 EUR"],
             ["Mertens, Frieda", "21.11.1966", "Anwärterin", "600,00 EUR", "48.902 EUR", "92.044 EUR"]]),
      "Summe Rückstellungen: Steuerbilanz 492.999 EUR, Handelsbilanz 728.990 EUR.",
      ("small", "Versicherer Lebensversicherung AG – Firmenkunden / betriebliche Altersversorgung – Gutachter: Henrik Paulsen, Aktuar DAV")],
      title="Gutachten Pensionsrückstellungen 30.06.2026", author="Henrik Paulsen")])

# 134
M("N", "de", "newsletter", "annual report of the company pension fund with aggregate figures",
  frm="Versicherer Pensionskasse <pensionskasse-info@versicherer.example>", to="arbeitgeber-verteiler@versicherer.example", client="system", ent="lv",
  subj="Geschäftsbericht 2025 der Versicherer Pensionskasse VVaG veröffentlicht", date="2026-08-17 07:00",
  headers={"Precedence": "bulk"},
  body="""
Sehr geehrte Damen und Herren,

der Geschäftsbericht 2025 der Versicherer Pensionskasse VVaG ist erschienen. Die wichtigsten Kennzahlen:

Mitgliedsunternehmen:                   2.318
Anwärterinnen und Anwärter:            48.402
Rentnerinnen und Rentner:              11.907
gezahlte Renten 2025:                 63,2 Mio. Euro
Kapitalanlagen (Buchwert):            3,41 Mrd. Euro
Nettoverzinsung:                       3,02 %
Solvabilitätsquote:                    158 %

Die Mitgliederversammlung hat die Überschussbeteiligung für 2026 unverändert beschlossen (Gesamtverzinsung 2,75 %).

Den vollständigen Bericht finden Sie unter www.versicherer.example/pensionskasse/geschaeftsbericht.

Mit freundlichen Grüßen
Versicherer Pensionskasse VVaG
""")

# 135
M("C", "de", "insurer-to-customer", "partial-cover hail damage payout for a car, nobody hurt, IBAN and plate",
  frm=ADDR("brenner"), to="Jürgen Albersmeier <j.albersmeier@gmx.example>",
  subj="Hagelschaden 26-KS-118804 – Abrechnung", date="2026-08-18 14:48", sig="brenner", disc=1,
  body=f"""
Sehr geehrter Herr Albersmeier,

für den Hagelschaden vom 24.07.2026 an Ihrem Mercedes C 200 (Kennzeichen GT-JA 73) rechnen wir aus Ihrer Teilkaskoversicherung KH 355 109 240 wie folgt ab:

Reparaturkosten laut Gutachten (Ausbeultechnik, netto)   3.912,00 Euro
Wertminderung                                              250,00 Euro
abzüglich Selbstbeteiligung Teilkasko                     -150,00 Euro
Zahlung                                                  4.012,00 Euro

Wie von Ihnen gewünscht, überweisen wir an Sie auf das Konto {IB("DE", "480700240213344055")}, da Sie das Fahrzeug selbst reparieren lassen. Die Mehrwertsteuer erstatten wir nach Vorlage der Reparaturrechnung.

Ein Teilkaskoschaden hat keinen Einfluss auf Ihren Schadenfreiheitsrabatt.

Mit freundlichen Grüßen
""")

# 136
M("S", "de", "insurer-to-customer", "transfer of a company pension to the new employer's contract (§ 4 BetrAVG): transfer value and contracts",
  frm=ADDR("ahmed"), to="Vanessa Krüger-Lohmann <vanessa.kl@posteo.example>",
  subj="Übertragung Ihrer Direktversicherung – neue Vertragsnummer D 9 112 004 7", date="2026-08-19 11:10", sig="ahmed", ent="lv", disc=1,
  body="""
Sehr geehrte Frau Krüger-Lohmann,

Ihre bisherige Direktversicherung beim früheren Arbeitgeber (Contor Logistik GmbH, Vertrag D 6 887 301 5) haben wir zum 01.08.2026 auf den Gruppenvertrag Ihres neuen Arbeitgebers, der Hafenwerk Dienstleistungen GmbH, übertragen (Übertragungsabkommen, § 4 Abs. 3 BetrAVG).

Übertragungswert:             14.208,66 Euro
neue Vertragsnummer:          D 9 112 004 7
neuer Monatsbeitrag:          220 Euro (Entgeltumwandlung) + 33 Euro Arbeitgeberzuschuss
garantierte Rente mit 67:     187,40 Euro monatlich (inkl. Übertragungswert)

Der Übertragungswert wurde ohne Abzüge und ohne erneute Gesundheitsprüfung übernommen. Ihr alter Vertrag ist damit erloschen.

Die Unterlagen zum neuen Vertrag erhalten Sie per Post; Ihr Arbeitgeber bekommt eine Kopie der Versicherungsbestätigung.

Mit freundlichen Grüßen
""")

# 137
M("N", "en", "internal", "regulator circular forwarded as message/rfc822 with a comment, generic",
  frm=ADDR("okafor"), to="Life Actuarial Committee <aktuariat-ausschuss@versicherer.example>", lang="en",
  subj="Fwd: BaFin circular – interest rate stress test 2026", date="2026-08-20 08:44",
  body="""
Dear all,

forwarding the BaFin announcement for this year's interest rate stress test. Data delivery is 30 September, based on 30 June figures. Compared with last year there is a new lapse shock (mass lapse +40 %) which we have not modelled before – Priya's team needs to extend the projection tool.

I suggest we discuss this in the committee on 27 August.

Chidi
""",
  att=[EML(INNER("BaFin Rundschreiben-Service <newsletter@bafin.example>", "rundschreiben@versicherer.example",
                 "Ankündigung: Zinsstresstest Lebensversicherer 2026", "2026-08-19 16:00", """
Sehr geehrte Damen und Herren,

die Bundesanstalt führt auch 2026 eine Prognoserechnung mit Zinsstresstest für Lebensversicherer und Pensionskassen durch.

Stichtag: 30.06.2026
Abgabe:   30.09.2026 über die MVP-Plattform
Szenarien: Basis, Zins -100 Basispunkte, Zins +150 Basispunkte, Massenstorno (+40 % Stornoquote im ersten Jahr)

Die Erhebungsbögen und technischen Hinweise stehen ab sofort auf der Website zum Download bereit. Rückfragen richten Sie bitte an das zuständige Fachreferat.

Dieser Newsletter wird automatisch versandt.
""", "<rs-2026-0819-001@bafin.example>", client="system"), fn="BaFin Zinsstresstest 2026.eml")])

# 138
M("C", "de", "insurer-to-customer", "ex-wife removed as co-insured from a family legal expenses policy after divorce; names and policy",
  frm=ADDR("lindqvist"), to="Holger Brennecke <h.brennecke@web.example>",
  subj="Ihre Rechtsschutzversicherung RS-0772-1468 – Umstellung auf Single-Tarif", date="2026-08-21 09:55", sig="lindqvist", sigstyle="short", disc=1,
  body="""
Sehr geehrter Herr Brennecke,

wir haben Ihre Mitteilung erhalten, dass Ihre Ehe mit Frau Karin Brennecke seit 12.06.2026 rechtskräftig geschieden ist. Ihre Rechtsschutzversicherung RS-0772-1468 stellen wir deshalb ab 01.09.2026 vom Familien- auf den Single-Tarif um. Frau Brennecke ist ab diesem Tag nicht mehr mitversichert.

Neuer Beitrag: 24,60 Euro monatlich (bisher 33,10 Euro).

Frau Brennecke kann innerhalb von sechs Monaten einen eigenen Vertrag ohne neue Wartezeit abschließen. Wir schreiben sie dazu nicht von uns aus an; bitte geben Sie ihr die Information weiter, wenn Sie möchten.

Mit freundlichen Grüßen
""")

# 139
M("S", "de", "insurer-to-guardian", "court-appointed guardian of a man with dementia wants to surrender his life policy; court approval needed",
  frm=ADDR("hagedorn"), to="Berufsbetreuerin Sonja Haase <haase@betreuungsbuero-haase.example>",
  subj="Betreuungssache Horst Kalinowski – Kündigung Lebensversicherung L 0 902 448 7", date="2026-08-24 13:36", sig="hagedorn", ent="lv", disc=0,
  body="""
Sehr geehrte Frau Haase,

vielen Dank für Ihr Schreiben und die Kopie Ihres Betreuerausweises (Amtsgericht Neuss, Az. 31 XVII 140/25, Aufgabenkreise Vermögenssorge und Gesundheitssorge).

Sie möchten die Lebensversicherung L 0 902 448 7 von Herrn Kalinowski kündigen, um die Kosten der Unterbringung im Pflegeheim zu bezahlen, da bei ihm eine fortgeschrittene Alzheimer-Demenz besteht und er nicht mehr in seine Wohnung zurückkehren kann. Der Rückkaufswert beträgt zum 01.09.2026 21.407,90 Euro.

Die Kündigung einer Lebensversicherung durch eine Betreuerin bedarf nach § 1849 BGB in Verbindung mit § 1848 BGB der Genehmigung des Betreuungsgerichts. Bitte reichen Sie uns den Genehmigungsbeschluss mit Rechtskraftvermerk ein; wir zahlen dann auf das Betreuungskonto von Herrn Kalinowski.

Alternativ kann der Vertrag beitragsfrei gestellt werden; dafür ist keine Genehmigung nötig.

Mit freundlichen Grüßen
""")

# 140
M("N", "de", "internal", "risk-free interest rate curve as ODS for the actuarial department, market data only",
  frm=ADDR("schwarz"), to=ADDR("okafor"),
  subj="EIOPA-Zinskurve 31.07.2026 als ODS", date="2026-08-25 10:02", sig="schwarz", sigstyle="short", disc=False,
  body="""
Hallo Chidi,

hier die risikofreie Zinskurve zum 31.07. (EUR, mit Volatilitätsanpassung), wie gewünscht als ODS – unser Export kann leider kein XLSX mehr. Ausgewählte Laufzeiten, die vollständige Kurve liegt im Ordner Marktdaten.

Grüße
Felix
""",
  att=[ODS("EIOPA_RFR_EUR_2026-07-31.ods", {"RFR EUR VA": [
      ["Laufzeit (Jahre)", "Spot ohne VA", "Spot mit VA"],
      [1, 0.02011, 0.02231], [2, 0.02104, 0.02324], [3, 0.02186, 0.02406], [5, 0.02331, 0.02551],
      [10, 0.02614, 0.02834], [15, 0.02772, 0.02992], [20, 0.02805, 0.03025], [30, 0.02851, 0.03071],
      [40, 0.03012, 0.03172], [60, 0.03204, 0.03296]]}, author="Kapitalanlage")])

# 141
M("S", "en", "customer", "customer wants to transfer his German private pension to a UK pension scheme; forwarded internally",
  frm=ADDR("novak"), to=ADDR("schreiber"), lang="en",
  subj="FW: Transfer of my German pension to the UK", date="2026-08-26 12:20",
  body=f"""
Dear Dr. Schreiber,

could you please take a look at the legal side? I think a direct transfer is not possible (private policy, not bAV), but the customer's adviser insists. I would answer him with surrender + reinvestment, but want to be sure about the tax point.

Thanks
Petra

{SIG("novak", "en", "short")}

{FW("Gavin Hollis <gavin.hollis@virginmedia.example>", "Tue, 25 Aug 2026 at 21:10", "leben@versicherer.example", "Transfer of my German pension to the UK", '''
Hello,

I worked in Düsseldorf from 2009 to 2021 and still have a private pension with you, policy R 4 402 115 6, value around EUR 58,000. I am now back in Manchester and 55 years old. My financial adviser says I should transfer it into my SIPP (self-invested personal pension) so that everything is in one place and I can draw 25 % tax-free.

Can you transfer the money directly to my SIPP provider? What forms do you need? I do not want to pay German tax on it if possible.

Kind regards
Gavin Hollis
14 Wilmslow Road, Manchester M14 5TQ''', lang="en")}
""")

# 142
M("C", "en", "insurer-to-customer", "motor insurance certificate for a trip to Morocco (green card): customer, car, plate, policy",
  frm=ADDR("brenner"), to="Youssef El Amrani <y.elamrani@hotmail.example>", lang="en",
  subj="Green card for your trip to Morocco", date="2026-08-27 09:12", sig="brenner", disc=1,
  body="""
Dear Mr El Amrani,

as requested, we have issued an International Motor Insurance Card (green card) for your trip to Morocco:

  Policyholder:   Youssef El Amrani, Kalker Hauptstraße 88, 51103 Köln
  Vehicle:        Renault Scenic, registration K-YE 2109
  Policy:         KH 288 440 915
  Valid:          1 September 2026 to 30 November 2026
  Countries:      all green card countries incl. MA (Morocco) and E (Spain, ferry)

Please print the attached card in colour on white paper (the PDF is in your portal mailbox) and keep it in the car. Your comprehensive cover applies in Morocco as well; liability cover follows the minimum sums required there or our policy limits, whichever is higher.

Have a good trip!
""")

# 143
M("N", "de", "insurer-to-customer", "generic instructions for the secure mailbox to a person who asked how to send documents; no contract data",
  frm=ADDR("kowalski"), to="frieda.wolters@gmx.example",
  subj="AW: Wie kann ich Ihnen Unterlagen sicher schicken?", date="2026-08-28 15:20", sig="kowalski", disc=1,
  body="""
Guten Tag Frau Wolters,

gute Frage – danke, dass Sie darauf achten! So geht es:

1. Schreiben Sie uns eine kurze Mail ohne Anhänge an service@versicherer.example mit dem Betreff "[secure]".
2. Wir legen dann für Ihre Adresse ein sicheres Postfach an. Sie bekommen zwei E-Mails: eine mit einem Einmal-Passwort und eine mit dem Link zur Registrierung.
3. Melden Sie sich an, vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.
4. Im Postfach können Sie uns dann eine Nachricht mit Anhängen (PDF, Fotos) schreiben.

Wenn Sie ein E-Mail-Zertifikat (S/MIME) haben, können Sie uns auch direkt verschlüsselt schreiben; unsere Zertifikate finden Sie unter www.versicherer.example/zertifikate.

Mit freundlichen Grüßen
""",
  quote=Q("""
Am 27.08.2026 um 19:02 schrieb frieda.wolters@gmx.example:
Hallo, ich soll Ihnen Unterlagen schicken, möchte das aber nicht einfach so per Mail machen. Wie geht das sicher? Danke
"""))

# 144
M("S", "de", "internal", "medical underwriting of a disability application: back pain and adjustment disorder with ICD codes, exclusion clause",
  frm=ADDR("hasselbach"), to=ADDR("schulte"),
  subj="Risikoprüfung BU-Antrag A-2026-081147 – Votum", date="2026-08-31 14:05", sig="hasselbach", sigstyle="short", disc=False,
  body="""
Liebe Frau Schulte,

mein Votum zum BU-Antrag von Frau Lisa Marschall (Physiotherapeutin, 31 J., BU-Rente 1.500 Euro):

Vorerkrankungen laut Antrag und Arztbericht Dr. Kemper (Orthopädie) vom 12.08.2026:
- rezidivierende Lumbalgien (M54.5), zuletzt 03/2026 sechs Wochen Physiotherapie, keine Bildgebung mit Bandscheibenvorfall
- Anpassungsstörung (F43.2) nach Trennung 2024, zwölf Sitzungen Verhaltenstherapie, abgeschlossen 11/2024, keine Medikation

Votum:
1. Ausschlussklausel Wirbelsäule (Erkrankungen und Verletzungen der Lendenwirbelsäule einschließlich Folgen), Überprüfung auf Antrag nach 5 Jahren Beschwerdefreiheit.
2. Psyche: kein Zuschlag, kein Ausschluss – abgeschlossene Episode, gute Prognose.
3. Normaler Beitrag.

Bitte so dokumentieren und das Angebot mit Klausel an den Vermittler.

Viele Grüße
U. Hasselbach
""")

# 145
M("N", "en", "internal", "IT ticket: printer tray misconfiguration for annual statements, no personal data",
  frm=ADDR("hoffmann"), to="Print Services <print-services@versicherer.example>", lang="en",
  subj="[REQ-2026-019928] Printer PRN-L4-02 uses wrong tray for statement letters", date="2026-09-01 10:30", sig="hoffmann", sigstyle="short", disc=False,
  body="""
Hi team,

the life claims team reports that PRN-L4-02 (4th floor, wing B, since the move) prints the letterhead on the plain paper tray: letter templates with the "Briefkopf" profile come out without the pre-printed logo, plain reports come out on letterhead.

I checked the driver profile: tray 2/tray 3 mapping is swapped compared with the old printer on floor 2. Can you correct the queue mapping on the print server? It's only this one device.

No urgency, they use PRN-L4-01 in the meantime.

Thanks
Lukas
""")

# 146
M("C", "de", "insurer-to-craftsman", "storm damage repair paid directly to a sole-trader roofer: insured person's name and address, roofer's IBAN",
  frm=ADDR("demir"), to="Dachdeckermeister Jens Uhlenbrock <info@dach-uhlenbrock.example>",
  subj="Sturmschaden 26-WG-40218 Dahmen – Zahlung Ihrer Rechnung", date="2026-09-02 11:48", sig="demir", disc=1,
  body=f"""
Sehr geehrter Herr Uhlenbrock,

Ihre Rechnung Nr. 2026-188 vom 25.08.2026 über die Reparatur des Sturmschadens am Dach des Hauses von Frau Gertrud Dahmen, Heideweg 5, 51515 Kürten (Wohngebäudeversicherung WG-1904-2271), haben wir geprüft.

Frau Dahmen hat ihre Ansprüche an Sie abgetreten. Wir zahlen deshalb direkt an Sie:

Rechnungsbetrag brutto         3.486,51 Euro
Zahlung an Jens Uhlenbrock, {IB("DE", "330500000005127788")}

Die Position "Gerüst Standzeit über 4 Wochen" (214,20 Euro) haben wir nicht übernommen, weil die Verzögerung nicht durch den Schaden bedingt war; diesen Betrag müssten Sie bei Frau Dahmen direkt abrechnen.

Mit freundlichen Grüßen
""")

# 147
M("N", "en", "newsletter", "monthly fund factsheet newsletter, HTML only, market data",
  frm="Versicherer Fund Services <fondsinfo@versicherer.example>", to="broker-news@versicherer.example", lang="en",
  subj="Fund factsheets August 2026", date="2026-09-03 07:20", client="system", ent="lv",
  headers={"Precedence": "bulk"},
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><b>Fund factsheets August 2026 – unit-linked range</b></p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Fund</th><th>1 month</th><th>YTD</th><th>3 years p.a.</th><th>SRI</th></tr>
<tr><td>World Equity Core I</td><td>+1.8 %</td><td>+9.4 %</td><td>+10.2 %</td><td>4</td></tr>
<tr><td>Euro Bond Select</td><td>+0.3 %</td><td>+2.1 %</td><td>+1.4 %</td><td>2</td></tr>
<tr><td>Balanced Pension 60/40</td><td>+1.1 %</td><td>+6.0 %</td><td>+6.3 %</td><td>3</td></tr>
<tr><td>Climate Leaders ETF</td><td>+2.4 %</td><td>+7.7 %</td><td>n/a</td><td>4</td></tr>
</table>
<p>Past performance is not a reliable indicator of future results. Full factsheets in the broker portal.</p>
<p style="color:#888;font-size:10px">Versicherer Lebensversicherung AG, Cologne</p>
</body></html>
""")

# 148
M("S", "de", "insurer-to-tax-office", "notification of death benefit payouts to the inheritance tax office (§ 33 ErbStG), deceased and beneficiaries",
  frm=ADDR("petersen"), to="Finanzamt Köln-Altstadt – Erbschaftsteuerstelle <erbschaftsteuer.koeln@finanzamt.example>",
  subj="Anzeige nach § 33 Abs. 3 ErbStG – Auszahlungen August 2026 (3 Fälle)", date="2026-09-04 09:40", sig="petersen", ent="lv", disc=0,
  body="""
Sehr geehrte Damen und Herren,

nach § 33 Abs. 3 ErbStG i. V. m. § 3 ErbStDV zeigen wir folgende Auszahlungen aus Lebensversicherungen an Personen, die nicht Versicherungsnehmer sind, an:

[[t]]

Die amtlichen Vordrucke (Muster 2) senden wir Ihnen zusätzlich auf dem Postweg.

Mit freundlichen Grüßen
""",
  tables={"t": ([["Vertrag", "verstorbene Person", "Todestag", "Empfänger", "Betrag EUR"],
                 ["L 2 093 554 1", "Irmgard Pohl, geb. Wessel", "11.01.2026", "Bernd Pohl (Sohn), Bonn", "31.207,46"],
                 ["L 5 300 218 9", "Patrick Gallagher", "04.01.2026", "Fiona Gallagher / Sean Gallagher (Erben je 1/2)", "41.750,00"],
                 ["L 4 203 887 0", "Erwin Kühnel", "07.06.2026", "Noah Kühnel (Enkel, minderjährig)", "18.640,22"]], "pad")})

# 149
M("C", "de", "insurer-to-customer", "motor premium invoice 2027 with IBAN and plate only in the PDF; body harmless",
  frm="Versicherer Kundenservice <kundenservice@versicherer.example>", to="Melanie Droste <melanie.droste@outlook.example>",
  subj="Ihre Beitragsrechnung", date="2026-09-07 06:45", client="system", mailer="VERSO Output Management 7.4", ent="av",
  body="""
Guten Tag,

anbei erhalten Sie Ihre Beitragsrechnung als PDF. Bitte prüfen Sie die Angaben.

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden nicht gelesen; nutzen Sie bitte unser Kundenportal.

Ihre Versicherer-Gruppe
""",
  att=[PDF("Beitragsrechnung_2027.pdf", [
      ("h", "Beitragsrechnung 2027"),
      "Frau Melanie Droste, Sandweg 40, 48151 Münster\nKfz-Versicherung KH 471 220 318 – VW Polo, Kennzeichen MS-MD 470",
      ("t", [["Baustein", "SF-Klasse", "Beitrag 2027"], ["Kfz-Haftpflicht", "SF 9 (43 %)", "241,80 EUR"], ["Teilkasko (SB 150 EUR)", "-", "88,44 EUR"], ["Schutzbrief", "-", "9,90 EUR"], ["gesamt", "", "340,14 EUR"]]),
      f"Der Beitrag wird am 01.01.2027 von Ihrem Konto {IB('DE', '400501500034128805')} abgebucht (Mandatsreferenz VV-0044-771022-01, Gläubiger-ID DE98ZZZ09999999999).",
      ("small", "Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln")], title="Beitragsrechnung 2027", author="VERSO")])

# 150
M("N", "de", "internal", "agenda for the opening meeting of the company's tax audit, company matters only",
  frm=ADDR("roth"), to="Vorstand Holding <vorstand-holding@versicherer.example>", cc=ADDR("morgan"),
  subj="Betriebsprüfung 2021–2023: Agenda Eröffnungsgespräch 16.09.", date="2026-09-08 17:18", sig="roth", disc=2,
  body="""
Sehr geehrte Damen und Herren,

für das Eröffnungsgespräch mit dem Prüfungsteam des Finanzamts für Großbetriebsprüfung am 16.09. (10 Uhr, Raum 2.04) schlage ich folgende Agenda vor:

1. Vorstellung der Teilnehmenden, Organisation (Datenzugriff nach § 147 Abs. 6 AO über Z3-Datenträger)
2. Prüfungsschwerpunkte laut Prüfungsanordnung:
   a) Schwankungsrückstellung und Rückstellung für Beitragsrückerstattung
   b) Verrechnungspreise Holding – Tochtergesellschaften
   c) Versicherungsteuer auf Gruppenverträge
   d) umsatzsteuerliche Organschaft, Vorsteueraufteilung
3. Zeitplan und Ansprechpartner
4. Verschiedenes

Von unserer Seite nehmen teil: Herr Dr. Sander, Frau Feldkamp, Herr Morgan, ich. Die Steuerberatungsgesellschaft ist mit Frau Olbrich vertreten.

Mit freundlichen Grüßen
Wolfgang Roth
""")
# --------------------------------------------------------------------------
# batch 7 (d23-0151 … d23-0175)
# --------------------------------------------------------------------------

# 151
M("S", "en", "insurer-to-customer", "policy loan granted on an endowment policy: loan amount, interest, surrender value",
  frm=ADDR("hagedorn"), to="Niamh Kerrigan <niamh.kerrigan@gmail.example>", lang="en",
  subj="Your policy loan on L 7 700 218 4 – confirmation", date="2026-09-09 11:03", sig="hagedorn", ent="lv", disc=1,
  body="""
Dear Ms Kerrigan,

we are happy to confirm the policy loan (Policendarlehen) you applied for on 1 September:

  policy:                     L 7 700 218 4 (endowment, maturity 01/12/2034)
  surrender value today:      EUR 31,880.15
  loan amount:                EUR 20,000.00 (max. 80 % of the surrender value: EUR 25,504.12)
  interest rate:              4.25 % p.a., fixed for the whole term, payable quarterly in arrears
  repayment:                  at any time, in full or in part; otherwise deducted from the maturity value

The money will be transferred to your account ending 3018 on 11 September. The policy stays in force with full cover; please continue paying your premiums as before.

If you die before the loan is repaid, the outstanding amount plus interest is deducted from the death benefit paid to your beneficiary.

Kind regards
""")

# 152
M("N", "en", "auto-reply", "out-of-office reply in English, no content",
  frm=ADDR("stone"), to="Claire Dubois <claire.dubois@munich-re-example.example>", lang="en",
  subj="Automatic reply: Q3 bordereau – pseudonymised format", date="2026-09-10 14:22", client="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""
Thank you for your email. I am out of the office until 21 September with limited access to e-mail.

For urgent reinsurance matters please contact reinsurance@versicherer.example or my colleague Chidi Okafor (chidi.okafor@versicherer.example, +49 221 555-2402).

Best regards
Rebecca Stone
""")

# 153
M("C", "de", "insurer-to-customer", "corrected birth date and new address in a household policy",
  frm=ADDR("kowalski"), to="Ewa Baranowska <ewa.baranowska@wp.example>",
  subj="Ihre Daten wurden korrigiert – Hausrat HR-2870-1155", date="2026-09-11 09:37", sig="kowalski", sigstyle="short", disc=1,
  body="""
Sehr geehrte Frau Baranowska,

danke für den Hinweis: Ihr Geburtsdatum war bei uns falsch erfasst. Wir haben es korrigiert und gleichzeitig Ihre neue Anschrift eingetragen:

Geburtsdatum: 19.04.1987 (bisher fälschlich 19.07.1984)
Anschrift:    Oststraße 112, 40210 Düsseldorf (bisher Lessingstraße 8, 42103 Wuppertal)

Der neue Wohnort liegt in einer anderen Tarifzone. Ihr Beitrag für die Hausratversicherung HR-2870-1155 ändert sich ab 01.10.2026 von 8,40 auf 9,95 Euro monatlich, weil die Wohnung mit 68 m² etwas größer ist und die Versicherungssumme entsprechend steigt (44.200 Euro).

Alles andere bleibt wie bisher.

Viele Grüße
""")

# 154
M("N", "de", "insurer-to-broker", "trap: term life premium table for model ages in an XLSX, generic tariff data",
  frm=ADDR("vogel"), to="Maklerverteiler Süd <makler-sued@versicherer.example>",
  subj="Neue Beitragstabelle Risikoleben ab 01.10. – Modellfälle", date="2026-09-14 08:10", sig="vogel", disc=1,
  body="""
Liebe Maklerpartnerinnen und -partner,

zum 01.10. senken wir die Beiträge in der Risikolebensversicherung für Nichtraucher um durchschnittlich 7 %. Anbei die Beitragstabelle für typische Modellfälle (Versicherungssumme 200.000 Euro, Laufzeit 20 Jahre, konstante Summe, Berufsgruppe 1). Alle Werte sind Zahlbeiträge nach Überschussverrechnung, monatlich.

Die Tabelle ersetzt keine Angebotsberechnung; bitte für Kunden immer den Tarifrechner im Portal nutzen.

Viele Grüße aus München
Katharina Vogel
""",
  att=[XLSX("Risikoleben_Modellfaelle_2026-10.xlsx", {"Nichtraucher": [
      ["Eintrittsalter", "Beitrag alt EUR", "Beitrag neu EUR", "Veränderung"],
      [25, 6.12, 5.70, "-6,9 %"], [30, 7.05, 6.54, "-7,2 %"], [35, 9.48, 8.81, "-7,1 %"],
      [40, 14.90, 13.82, "-7,2 %"], [45, 25.31, 23.60, "-6,8 %"], [50, 43.77, 40.71, "-7,0 %"]],
      "Raucher": [
      ["Eintrittsalter", "Beitrag alt EUR", "Beitrag neu EUR", "Veränderung"],
      [25, 12.40, 12.40, "0,0 %"], [30, 15.88, 15.88, "0,0 %"], [35, 23.02, 23.02, "0,0 %"],
      [40, 38.61, 38.61, "0,0 %"], [45, 66.70, 66.70, "0,0 %"], [50, 114.35, 114.35, "0,0 %"]]},
      author="Maklerbetreuung Süd")])

# 155
M("S", "de", "internal", "bank terminates a loan and demands the surrender value of an assigned life policy (realisation of collateral)",
  frm=ADDR("hagedorn"), to=ADDR("petersen"), cc=ADDR("schreiber"),
  subj="Verwertung Abtretung – Commerzbank verlangt Rückkauf L 3 390 118 6 (Hr. Tiedemann)", date="2026-09-15 16:48", sig="hagedorn", sigstyle="short", disc=False,
  body="""
Hallo Malte, hallo Frau Dr. Schreiber,

die Commerzbank hat uns heute mitgeteilt, dass sie das Darlehen von Herrn Bernd Tiedemann (Baufinanzierung, Restschuld ca. 96.000 Euro) fristlos gekündigt hat, und verlangt als Abtretungsgläubigerin die Kündigung der Lebensversicherung L 3 390 118 6 und Auszahlung des Rückkaufswerts (aktuell 58.340,27 Euro).

Die Abtretung von 2011 ist bei uns registriert, Umfang: alle Rechte aus dem Vertrag. Herr Tiedemann hat gestern angerufen, er ist nach einer Firmeninsolvenz arbeitslos und hofft, den Vertrag zu behalten; er bittet uns, nicht auszuzahlen.

Meine Einschätzung: Die Bank darf als Abtretungsgläubigerin kündigen; wir müssten ihr auszahlen. Vorher möchte ich aber sicher sein, dass der Verwertung nach dem Sicherungsvertrag nichts entgegensteht (Androhung der Verwertung, Wartefrist). Frau Dr. Schreiber, können Sie kurz draufschauen? Das Schreiben der Bank liegt in der E-Akte.

Malte, nur zur Info, falls die Angehörigen sich bei dir melden – es gibt wohl auch einen Streit in der Familie.

Claudia
""")

# 156
M("C", "en", "insurer-to-customer", "bicycle insurance cancelled after theft settlement, refund of unused premium to IBAN",
  frm=ADDR("demir"), to="Pablo Herrera Ruiz <pablo.herrera@protonmail.example>", lang="en",
  subj="Your e-bike insurance FR-6603-1190 – refund", date="2026-09-16 12:30", sig="demir", disc=1,
  body=f"""
Dear Mr Herrera Ruiz,

as your e-bike (Cube Kathmandu Hybrid, frame no. WCU2024K881046) was stolen and we have paid the claim, the e-bike insurance FR-6603-1190 ends with the settlement on 10 September 2026.

You had paid the annual premium of EUR 119.00 until 31 March 2027. The unused part of EUR 55.30 will be refunded to your account:

  {IB("ES", "21000418450200051332")}

If you buy a new e-bike, you can insure it with us without a new waiting period for theft within the next three months – just send us the invoice.

Kind regards
""")

# 157
M("N", "de", "internal", "trap: process design for automatic premium holiday offers in life business, no person",
  frm=ADDR("becker"), to="Projekt Beitragsservice 2027 <projekt-bs2027@versicherer.example>", cc=ADDR("hagedorn"),
  subj="Fachkonzept v0.3: automatisches Angebot Beitragspause statt Mahnung (Leben)", date="2026-09-17 10:15", sig="becker", sigstyle="short", disc=False,
  body="""
Hallo zusammen,

anbei die wichtigsten Punkte aus dem Fachkonzept v0.3 für das Review am Dienstag:

Ziel: Storno vermeiden. Statt der ersten Mahnung bekommen Kundinnen und Kunden in der Lebensversicherung automatisch ein Angebot für eine Beitragspause oder Stundung.

Regeln (Entwurf):
- Vertrag älter als 24 Monate, Rückkaufswert > 1.000 Euro
- nicht bei Riester/Basisrente (gesetzliche Sonderregeln) und nicht bei BU-Verträgen in der Leistung
- maximal eine Beitragspause pro 5 Jahre, Dauer 3 bis 24 Monate
- Angebot über das Kundenportal, schriftlich nur wenn keine Portal-Adresse vorliegt

Erwartung laut Aktuariat: Stornoquote Leben -0,3 Prozentpunkte, Kosten ca. 180 TEUR p. a. (Zinsverlust, Porto).

Offen: Wie verfahren wir bei Verträgen mit Abtretung an eine Bank? Vorschlag: Angebot nur mit Zustimmung des Abtretungsgläubigers.

Hannes
""")

# 158
M("C", "de", "insurer-to-customer", "motor policy put on lay-up cover while the customer works abroad; plate, policy, dates",
  frm=ADDR("brenner"), to="Timo Gerlach <timo.gerlach@web.example>",
  subj="Ruheversicherung für Ihren Wagen – KH 390 552 117", date="2026-09-18 13:44", sig="brenner", sigstyle="short", disc=1,
  body="""
Hallo Herr Gerlach,

Sie haben Ihren Wagen (Seat Leon, BN-TG 615) zum 15.09.2026 außer Betrieb setzen lassen, weil Sie für zwölf Monate in Norwegen arbeiten. Ihre Kfz-Versicherung KH 390 552 117 läuft ab diesem Tag als beitragsfreie Ruheversicherung weiter:

- Versichert sind Brand, Diebstahl, Sturm/Hagel und Schäden durch Tiere (Teilkasko), solange das Auto in der Garage Ihrer Eltern in Königswinter, Drachenfelsstraße 20, abgestellt ist.
- Ihr Schadenfreiheitsrabatt SF 11 bleibt erhalten.
- Die Ruheversicherung endet spätestens nach 18 Monaten, danach würde der Vertrag aufgehoben.

Den zu viel gezahlten Beitrag für September bis Dezember (104,60 Euro) erstatten wir auf Ihr bekanntes Konto.

Melden Sie das Auto einfach wieder an, wenn Sie zurück sind – die eVB-Nummer bleibt gültig.

Gute Zeit in Norwegen!
""")

# 159
M("N", "en", "insurer-to-partner", "industry association data request answered with aggregate life statistics",
  frm=ADDR("okafor"), to="Statistics Department, Insurance Association <statistik@insurance-association.example>", lang="en",
  subj="Annual life statistics 2025 – our submission", date="2026-09-21 15:05", sig="okafor", disc=1,
  body="""
Dear colleagues,

please find our figures for the annual life statistics 2025 (entity: Versicherer Lebensversicherung AG):

  new contracts:                      62,418
  in-force contracts (31/12):         1,204,331
  of which company pensions:          311,870
  sum insured in force:               EUR 71.4bn
  benefits paid:                      EUR 3.12bn
    maturities                        EUR 1.71bn
    surrenders                        EUR 0.58bn
    death benefits                    EUR 0.27bn
    annuities                         EUR 0.56bn
  early lapse ratio (surrenders + paid-up, % of premium):  3.1 %

The data were also uploaded to the statistics portal under submission ID LS-2025-0417. Please note that the company pension figures include the pension fund for the first time.

Kind regards
Chidi Okafor
""")

# 160
M("C", "de", "insurer-to-receiver", "court-appointed receiver of a property asks about the building insurance; owner's name, address, premiums, arrears",
  frm=ADDR("demir"), to="Zwangsverwalter RA Jan-Philipp Grewe <zwangsverwaltung@grewe-recht.example>",
  subj="Zwangsverwaltung 32 L 18/26 AG Düsseldorf – Objekt Kölner Landstraße 207", date="2026-09-22 10:30", sig="demir", disc=0,
  body="""
Sehr geehrter Herr Grewe,

zu Ihrer Anfrage als Zwangsverwalter des Grundstücks Kölner Landstraße 207, 40591 Düsseldorf (Eigentümer: Herr Volker Straßburger) teilen wir mit:

Für das Mehrfamilienhaus besteht bei uns die Wohngebäudeversicherung WG-0988-4101 (Versicherungsnehmer: Herr Straßburger). Versichert sind Feuer, Leitungswasser, Sturm/Hagel, Glas; Versicherungssumme 1914: 52.600 Mark.

Der Jahresbeitrag 2026 (3.718,40 Euro) ist nicht bezahlt; wir haben am 12.06.2026 qualifiziert gemahnt. Der Versicherungsschutz ist seit 27.06.2026 gefährdet; gekündigt haben wir noch nicht.

Wenn Sie als Zwangsverwalter den rückständigen Beitrag aus den Mieteinnahmen zahlen, besteht der Versicherungsschutz rückwirkend fort, soweit in der Zwischenzeit kein Schaden eingetreten ist. Bitte teilen Sie uns mit, ob Sie die Beiträge künftig übernehmen; wir tragen Sie dann als Zahler und Zustellungsbevollmächtigten ein.

Mit freundlichen Grüßen
""")

# 161
M("S", "de", "lawyer", "heirs dispute a beneficiary change, alleging the late father had dementia; lawyer's letter quoted internally",
  frm=ADDR("petersen"), to=ADDR("schreiber"),
  subj="WG: Einspruch gegen Auszahlung L 6 118 730 2 (Nachlass Rolf Engemann)", date="2026-09-23 14:55", importance="high",
  body=f"""
Frau Dr. Schreiber,

bitte um Ihre Einschätzung bis Freitag. Die Auszahlung an Frau Engemann-Bach (Bezugsberechtigte seit der Änderung vom 04.02.2026) habe ich vorerst gestoppt.

Gruß
Malte Petersen

{SIG("petersen", "de", "short")}

-----Ursprüngliche Nachricht-----
Von: Kanzlei Doerfler & Partner <sekretariat@doerfler-partner.example>
Gesendet: Dienstag, 22. September 2026 17:31
An: leben@versicherer.example
Betreff: Einspruch gegen Auszahlung L 6 118 730 2 (Nachlass Rolf Engemann)

Sehr geehrte Damen und Herren,

wir vertreten Herrn Martin Engemann, Sohn des am 02.08.2026 verstorbenen Herrn Rolf Engemann.

Der Verstorbene hat am 04.02.2026 das Bezugsrecht aus der o. g. Lebensversicherung (Todesfallleistung ca. 74.000 Euro) von seinen beiden Kindern je zur Hälfte allein auf seine Tochter, Frau Sandra Engemann-Bach, geändert. Zu diesem Zeitpunkt war er nach unserer Kenntnis bereits nicht mehr geschäftsfähig: Bei ihm war im Herbst 2025 eine vaskuläre Demenz diagnostiziert worden, er lebte seit Januar 2026 im Haushalt der Tochter und stand unter deren Einfluss. Ein Gutachten der behandelnden Neurologin, Frau Dr. Ilgner, werden wir vorlegen.

Wir fordern Sie auf, bis zur Klärung keine Zahlung an Frau Engemann-Bach zu leisten. Andernfalls werden wir Sie in Anspruch nehmen.

Mit freundlichen Grüßen
Dr. Ansgar Doerfler
Rechtsanwalt
""")

# 162
M("N", "de", "internal", "trap: information event on the company pension for the insurer's own staff, generic",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Infoveranstaltung: Ihre Betriebsrente bei uns – 8. Oktober", date="2026-09-24 09:00", sig="weiss", sigstyle="short", disc=False,
  body="""
Liebe Kolleginnen und Kollegen,

viele von euch haben Fragen zur eigenen Betriebsrente. Deshalb gibt es am Donnerstag, 8. Oktober, 12:15–13:00 Uhr eine Infoveranstaltung in der Kantine und per Teams:

- Wie funktioniert die arbeitgeberfinanzierte Grundversorgung (2 % vom Gehalt)?
- Entgeltumwandlung: lohnt sich das? Beispiel mit 100 Euro brutto im Monat
- Was passiert bei Elternzeit, Teilzeit, Arbeitgeberwechsel?
- Steuern und Sozialabgaben in der Rentenphase

Persönliche Fragen zu eurem eigenen Vertrag beantwortet der bAV-Service gern in einem Einzeltermin – bitte nicht in der großen Runde und nicht per Mail an den Verteiler.

Eine Anmeldung ist nicht nötig. Für die Kantinen-Variante gibt es Kaffee und Kuchen.

Nadine Weiß
""")

# 163
M("C", "de", "insurer-to-customer", "landlord's building insurance premiums for his tax return (rental income): names, property, premiums",
  frm=ADDR("demir"), to="Rolf und Gisela Pätzold <paetzold.rg@t-online.example>",
  subj="Bescheinigung Versicherungsbeiträge 2025 – Mietobjekt Kaiserstraße 31", date="2026-09-25 11:05", sig="demir", sigstyle="short", disc=1,
  body="""
Sehr geehrte Frau Pätzold, sehr geehrter Herr Pätzold,

für Ihre Steuererklärung (Anlage V, Einkünfte aus Vermietung) bestätigen wir die im Jahr 2025 gezahlten Beiträge für Ihr vermietetes Dreifamilienhaus Kaiserstraße 31, 53113 Bonn:

Wohngebäudeversicherung WG-5520-0719             2.214,90 Euro
Haus- und Grundbesitzerhaftpflicht HG-5520-0720    168,30 Euro
Glasversicherung GL-5520-0721                       96,00 Euro
gesamt                                           2.479,20 Euro

Die Beiträge sind als Werbungskosten bzw. als umlagefähige Betriebskosten relevant; Einzelheiten klärt Ihr Steuerberater.

Mit freundlichen Grüßen
""")

# 164
M("S", "en", "insurer-to-customer", "accident insurance: hospital daily allowance after a skiing accident in Austria, injuries and hospital stay",
  frm=ADDR("albrecht"), to="Jonathan Pierce <jonathan.pierce@me.example>", lang="en",
  subj="Your accident claim 26-UV-11208 – hospital daily allowance", date="2026-09-28 10:12", sig="albrecht", disc=1,
  body="""
Dear Mr Pierce,

thank you for the discharge report of the LKH Innsbruck. After your skiing accident near Sölden on 14 February 2026 you were treated in hospital from 14 to 25 February for a fracture of the right tibial plateau (surgery with plate osteosynthesis) and a partial tear of the medial collateral ligament.

Your accident insurance U 7 118 402 includes a hospital daily allowance of EUR 50 and a convalescence allowance of the same amount:

  hospital daily allowance, 12 days:     EUR 600.00
  convalescence allowance, 12 days:      EUR 600.00
  total:                                 EUR 1,200.00

The amount will be paid to your account ending 7719.

If you still have restrictions in the knee one year after the accident, please let us know: a permanent impairment (invalidity) may then be assessed, which we would have to determine within 15 months of the accident.

Get well soon!
""")

# 165
M("N", "de", "system", "password reset link of the secure portal, no content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="g.hoffmann-reich@web.example",
  subj="Passwort zurücksetzen – sicheres Postfach", date="2026-09-29 21:14", mailer="Siegel Notification Service",
  body="""
Guten Tag,

Sie haben die Sicherheitsfrage richtig beantwortet. Über den folgenden Link können Sie jetzt ein neues Passwort für Ihr sicheres Postfach vergeben:

https://securemail.versicherer.example/reset?t=pX93kLqW7dZr2VbN

Der Link ist 30 Minuten gültig und kann nur einmal verwendet werden.

Sie haben das nicht veranlasst? Dann ignorieren Sie diese E-Mail; Ihr bisheriges Passwort bleibt gültig. Bei wiederholten Anfragen, die nicht von Ihnen stammen, rufen Sie uns bitte an: 0221 555-3000.

Ihre Versicherer-Gruppe
""")

# 166
M("C", "en", "insurer-to-broker", "broker asks about a client's motor claim; claim status, client name, plate, repair costs, nobody injured",
  frm=ADDR("brenner"), to="Aidan Walsh, Walsh Insurance Brokers <aidan@walsh-brokers.example>", lang="en",
  subj="RE: Claim status – your client Ms Sinead Moran", date="2026-09-30 15:27", sig="brenner", disc=1,
  body="""
Hi Aidan,

here's the status for Ms Moran's claim 26-KH-208817 (policy KH 540 117 332, Mini Cooper D-SM 2026):

- Accident on 12 September at the Kennedydamm roundabout; the other driver (insured elsewhere) admits fault. No injuries on either side.
- Repair at Mini Düsseldorf: estimate EUR 4,318.90, car in the workshop since 22 September.
- We have paid the rental car for 9 days (EUR 522.00) in advance, as Ms Moran's comprehensive cover includes it. We will claim everything back from the other insurer.
- Her no-claims class is not affected if recovery succeeds.

I'll let you know once the other insurer has confirmed liability in writing.

Best regards
Markus
""",
  quote=Q("""
From: Aidan Walsh
Sent: 29 September 2026 18:02
Hi Markus, my client Sinead Moran is asking about her car – any news? She's been without it for a week. Thanks, Aidan
"""))

# 167
M("N", "en", "internal", "trap: mortality experience study with actual/expected ratios by age band in an XLSX, aggregate only",
  frm=ADDR("okafor"), to=ADDR("stone"), cc=ADDR("hasselbach"), lang="en",
  subj="Term life mortality experience 2021–2025 (A/E by age band)", date="2026-10-01 17:40", sig="okafor", sigstyle="short", disc=False,
  body="""
Rebecca,

for the treaty discussion with the reinsurer: attached is our mortality experience for term life 2021–2025 by age band and underwriting class. Bands with fewer than 10 deaths are merged, so there are no small cells.

Key points:
- overall A/E 69 % on sums at risk (expected: reinsurer's 2019 base table)
- preferred non-smokers 58 %, smokers 94 %
- 2021/2022 elevated by Covid, excluding them overall A/E is 66 %

Happy to walk you through it.

Chidi
""",
  att=[XLSX("Term_mortality_experience_2021-2025.xlsx", {"A-E by age": [
      ["Age band", "Exposure (life years)", "Actual deaths", "Expected deaths", "A/E (count)", "A/E (amount)"],
      ["18-34", 402118, 41, 63.2, "65 %", "61 %"],
      ["35-44", 588304, 132, 188.0, "70 %", "67 %"],
      ["45-54", 471990, 318, 451.7, "70 %", "72 %"],
      ["55-64", 188412, 402, 566.1, "71 %", "70 %"],
      ["65+ (merged)", 21077, 77, 108.4, "71 %", "68 %"]],
      "A-E by class": [
      ["Class", "Actual deaths", "Expected deaths", "A/E (amount)"],
      ["Preferred non-smoker", 318, 548.0, "58 %"], ["Standard non-smoker", 402, 555.3, "72 %"], ["Smoker", 250, 274.1, "94 %"]]},
      author="Life Actuarial")])

# 168
M("S", "de", "insurer-to-customer", "annual statement of a private pension policy with values, in text and HTML table",
  frm="Versicherer Leben – Kundenservice <leben-service@versicherer.example>", to="Cornelia Bäumer <c.baeumer@arcor.example>",
  subj="Ihre Standmitteilung 2026 – Rentenversicherung R 3 802 174 0", date="2026-10-02 06:55", client="system", mailer="VERSO Output Management 7.4", ent="lv", html=True,
  body="""
Sehr geehrte Frau Bäumer,

hier Ihre jährliche Standmitteilung zu Ihrer Rentenversicherung R 3 802 174 0 (Stand 01.10.2026):

[[t]]

Die garantierte Rente beträgt 286,14 Euro monatlich ab 01.10.2045. Mit den derzeit deklarierten Überschüssen ergäbe sich eine Rente von 398,50 Euro (nicht garantiert).

Sie haben in diesem Jahr 1.440 Euro eingezahlt. Die Dynamik (+3 %) wird zum 01.12.2026 wirksam, wenn Sie nicht widersprechen.

Alle Details und die Modellrechnung finden Sie in Ihrem Kundenportal.

Ihre Versicherer Lebensversicherung AG
""",
  tables={"t": ([["Position", "Wert"],
                 ["eingezahlte Beiträge seit Beginn", "17.280,00 EUR"],
                 ["Vertragsguthaben inkl. Überschüsse", "19.114,62 EUR"],
                 ["Rückkaufswert", "18.730,40 EUR"],
                 ["Todesfallleistung", "19.114,62 EUR"],
                 ["Beteiligung an Bewertungsreserven", "41,20 EUR"]], "pad")})

# 169
M("C", "de", "insurer-to-customer", "after discharge of residual debt the customer resumes paying premiums for household and motor contracts herself",
  frm=ADDR("becker"), to="Nicole Brückner <nicole.brueckner@gmx.example>",
  subj="AW: Restschuldbefreiung – Beiträge wieder von meinem Konto", date="2026-10-05 10:48", sig="becker", sigstyle="short", disc=1,
  body=f"""
Hallo Frau Brückner,

herzlichen Glückwunsch zur erteilten Restschuldbefreiung – und danke für die Kopie des Beschlusses des Amtsgerichts Mönchengladbach.

Wir haben den Insolvenzvermerk bei Ihren Verträgen gelöscht und buchen die Beiträge ab November wieder von Ihrem eigenen Konto ab:

Kfz-Versicherung KH 118 220 913 (MG-NB 212):   48,90 Euro monatlich
Hausratversicherung HR-5510-0218:              29,70 Euro vierteljährlich
Konto: {IB("DE", "310500000004418822")}, Kontoinhaberin Nicole Brückner

Das Mandat, das der Insolvenzverwalter für das Treuhandkonto erteilt hatte, haben wir gelöscht.

Viele Grüße
""")

# 170
M("N", "de", "insurer-to-supplier", "trap: collective invoice of a medical assessment network with counts only, company bank details",
  frm=ADDR("lehmann"), to="Abrechnung MedGutachten Netzwerk GmbH <abrechnung@medgutachten-netz.example>",
  subj="Sammelrechnung Q3/2026 – Freigabe und Hinweis zur Aufschlüsselung", date="2026-10-06 14:14", sig="lehmann", disc=1,
  body="""
Sehr geehrte Damen und Herren,

Ihre Sammelrechnung SR-2026-Q3-017 über ärztliche Gutachten für die Leistungsprüfung Leben/BU ist sachlich geprüft und freigegeben:

Aktengutachten                    118 × 240,00 Euro    28.320,00 Euro
Untersuchungsgutachten             34 × 720,00 Euro    24.480,00 Euro
Zusatzgutachten (psych./neurol.)    9 × 980,00 Euro     8.820,00 Euro
gesamt netto                                            61.620,00 Euro (umsatzsteuerfrei nach § 4 Nr. 14 UStG)

Ein Hinweis für künftige Rechnungen: Bitte führen Sie in der Anlage zur Rechnung nur unsere Auftragsnummern auf, keine Namen der begutachteten Personen und keine Diagnosen. Die Zuordnung erfolgt bei uns über die Auftragsnummer. Rechnungen gehen durch mehrere Hände in der Buchhaltung.

Die Zahlung erfolgt innerhalb von 14 Tagen auf Ihr Geschäftskonto bei der Deutschen Apotheker- und Ärztebank.

Mit freundlichen Grüßen
""")

# 171
M("S", "en", "employer", "US subsidiary HR asks about keeping a seconded employee's German company pension; salary and contract quoted",
  frm=ADDR("ahmed"), to=ADDR("paulsen"), lang="en",
  subj="FW: Secondment to Chicago – Mr Weidinger's direct insurance", date="2026-10-07 09:22",
  body=f"""
Henrik,

can you help with the cross-border part? I'd propose: contract continues with employer contributions from the German entity (secondment contract stays German), salary conversion not possible from US pay. Is the tax-free treatment under § 3 no. 63 still OK if he stays resident in Germany for tax purposes? I'm not sure for 3 years.

Samir

{SIG("ahmed", "en", "short")}

> From: Megan Walsh <m.walsh@kestrel-controls-us.example>
> Sent: Tuesday, October 6, 2026 4:51 PM
> To: bav-service@versicherer.example
> Subject: Secondment to Chicago – Mr Weidinger's direct insurance
>
> Hello,
> our German colleague Florian Weidinger (born 03/30/1986) will be seconded from Kestrel Controls GmbH, Stuttgart, to our Chicago office from January 2027 for three years. His German base salary of EUR 96,000 will be paid partly in USD by us. He has a direct insurance with you (policy D 8 004 552 9, EUR 338/month salary conversion plus 15 % employer subsidy).
> Can the contract continue unchanged during the secondment, and who should pay the contributions?
> Thanks, Megan Walsh, HR Business Partner
""")

# 172
M("N", "de", "internal", "trap: the insurer's own SEPA creditor identifier and bank details for direct debits, company data only",
  frm=ADDR("lehmann"), to="Zahlungsverkehr <zahlungsverkehr@versicherer.example>", cc=ADDR("raman"),
  subj="Neue Gläubiger-ID für die Pensionskasse – bitte in den Lastschriftdateien hinterlegen", date="2026-10-08 11:31", sig="lehmann", sigstyle="short", disc=False,
  body=f"""
Hallo zusammen,

die Bundesbank hat der Versicherer Pensionskasse VVaG eine eigene Gläubiger-Identifikationsnummer zugeteilt:

Gläubiger-ID: DE71ZZZ00002604417
Einzugskonto: {IB("DE", "370502990001100200")} (Kreissparkasse Köln, Konto der Pensionskasse)

Ab dem Einzug zum 01.01.2027 müssen die Arbeitgeberbeiträge der Pensionskasse mit dieser ID eingezogen werden; bisher lief das unter der ID der Lebensversicherung. Die Mandatsreferenzen bleiben gleich. Die Arbeitgeber informieren wir mit dem Jahresanschreiben im November.

Priya, bitte in der Konfiguration der Lastschriftdateien (pain.008) einen eigenen Gläubiger-Block für Mandant 3000 anlegen.

Danke
Anke
""")

# 173
M("C", "de", "insurer-to-customer", "double payment of a liability premium refunded; the customer's IBAN appears only in the quoted mail",
  frm=ADDR("becker"), to="Hans-Jürgen Kleff <hj.kleff@gmx.example>",
  subj="AW: Doppelt bezahlt", date="2026-10-09 08:49", sig="becker", sigstyle="short", disc=1,
  body="""
Guten Morgen Herr Kleff,

Sie haben recht, der Jahresbeitrag für Ihre Privathaftpflicht ist zweimal eingegangen (einmal per Lastschrift, einmal per Überweisung). Wir erstatten die 74,90 Euro heute auf das Konto, das Sie unten angegeben haben.

Viele Grüße
""",
  quote=Q(f"""
Am 08.10.2026 um 20:11 schrieb Hans-Jürgen Kleff:
Hallo, ich habe den Beitrag für die Haftpflicht PH-3390-2275 aus Versehen überwiesen obwohl Sie ihn schon abgebucht haben. Bitte zurück auf {IB("DE", "660501010108822713")}, Kleff. Danke!
"""))

# 174
M("N", "en", "newsletter", "press release on a new pension product, no personal data",
  frm="Versicherer Press Office <presse@versicherer.example>", to="press-distribution@versicherer.example", lang="en",
  subj="Press release: Versicherer launches \"Vorsorge Flex Kids\" – a flexible savings plan for children", date="2026-10-12 10:00", client="system",
  headers={"Precedence": "bulk"},
  body="""
PRESS RELEASE
Cologne, 12 October 2026

Versicherer launches "Vorsorge Flex Kids" – a flexible savings plan for children

From 1 November, parents and grandparents can save for a child from EUR 25 a month in a unit-linked plan with an optional capital guarantee. At age 18 the child can take the money, keep saving or convert the plan into a private pension without new health questions.

"Many grandparents want to give something lasting. With Flex Kids, the plan grows with the child," said Marion Feldkamp, member of the Board of Management.

Key features:
- contributions from EUR 25 per month, one-off payments from EUR 500
- choice of 40 funds, including 12 ETFs
- optional premium waiver if the payer dies
- switch the policyholder to the child at 18 free of charge

About Versicherer: The Versicherer group, Cologne, insures 4.1 million customers in life, health and property & casualty.

Press contact: Julia Baumann, +49 221 555-1010, presse@versicherer.example
""")

# 175
M("S", "de", "insurer-to-customer", "joint life policy: the husband died in a traffic accident, payout to the surviving wife",
  frm=ADDR("petersen"), to="Sibylle Marx <sibylle.marx@web.example>",
  subj="Ihre Lebensversicherung auf verbundene Leben L 2 660 409 1", date="2026-10-13 13:30", sig="petersen", ent="lv", disc=0,
  body="""
Sehr geehrte Frau Marx,

wir haben die Sterbeurkunde Ihres Mannes erhalten. Es tut mir sehr leid, dass Herr Andreas Marx bei dem Verkehrsunfall am 19.09.2026 ums Leben gekommen ist.

Ihre Lebensversicherung auf verbundene Leben L 2 660 409 1 leistet beim Tod des zuerst Versterbenden. Die Leistung steht Ihnen als überlebender Versicherungsnehmerin zu:

Versicherungssumme                  80.000,00 Euro
Unfall-Zusatzversicherung (doppelte Leistung bei Unfalltod)   80.000,00 Euro
Überschussbeteiligung                9.214,37 Euro
Auszahlung                         169.214,37 Euro

Mit der Auszahlung endet der Vertrag. Wir überweisen den Betrag innerhalb von fünf Arbeitstagen auf Ihr Konto bei der Sparkasse KölnBonn.

Da Sie selbst Versicherungsnehmerin und Beitragszahlerin waren, fällt für die Hälfte der Leistung keine Erbschaftsteuer an; die Meldung an das Finanzamt übernehmen wir.

Wenn Sie Fragen haben oder Unterstützung brauchen, rufen Sie mich bitte direkt an.

Mit herzlichem Beileid
""")
# --------------------------------------------------------------------------
# batch 8 (d23-0176 … d23-0200)
# --------------------------------------------------------------------------

# 176
M("S", "de", "insurer-to-customer", "legal expenses claim in an employment dispute: the customer's trade union membership (special category) makes union legal aid primary",
  frm=ADDR("lindqvist"), to="Marcel Hülsmann <marcel.huelsmann@gmx.example>",
  subj="Ihr Rechtsschutzfall 26-RS-31904 – Kündigungsschutzklage", date="2026-10-14 09:20", sig="lindqvist", disc=1,
  body="""
Sehr geehrter Herr Hülsmann,

vielen Dank für die Meldung Ihrer Kündigungsschutzklage gegen die Brauerei Rheingold GmbH (Kündigung vom 28.09.2026).

Sie haben uns mitgeteilt, dass Sie seit 2015 Mitglied der Gewerkschaft Nahrung-Genuss-Gaststätten (NGG) sind. Nach § 5 Abs. 3 unserer Bedingungen besteht Rechtsschutz nur nachrangig, soweit ein anderer Leistungsträger – hier der gewerkschaftliche Rechtsschutz – eintritt. Bitte beantragen Sie deshalb zuerst Rechtsschutz bei Ihrer Gewerkschaft. Lehnt die Gewerkschaft ab oder übernimmt sie nur einen Teil (z. B. nicht die zweite Instanz), stehen wir für den Rest ein.

Wenn Sie lieber von Ihrer eigenen Anwältin, Frau Rechtsanwältin Oberhausen, vertreten werden möchten statt vom DGB-Rechtsschutz, übernehmen wir die Kosten der ersten Instanz nach dem RVG, abzüglich Ihrer Selbstbeteiligung von 150 Euro. Bitte teilen Sie uns Ihre Entscheidung mit.

Mit freundlichen Grüßen
""")

# 177
M("N", "en", "internal", "treasury note on hedging a GBP supplier payment, company data only",
  frm=ADDR("schwarz"), to=ADDR("morgan"), lang="en",
  subj="GBP exposure – valuation software licence, hedge or not?", date="2026-10-15 11:40", sig="schwarz", sigstyle="short", disc=False,
  body="""
James,

we have GBP 148,500 to pay for the valuation software licence next April, plus roughly GBP 60k for the UK actuarial consultants over the year. Options:

1. Forward for April: current rate 0.8632 EUR/GBP, forward points small – cost approx. EUR 172,000.
2. No hedge: with a 5 % move we'd be at EUR 163k–181k.
3. Buy GBP now and park them on the GBP account (interest 3.9 %).

Given the size, I'd go with option 1 for the licence and leave the consulting fees unhedged. It's below the threshold for the investment committee, so your and my signature are enough.

Felix
""")

# 178
M("C", "en", "insurer-to-customer", "personal liability claim for damage to a rented flat's parquet; payment to the landlord, nobody hurt",
  frm=ADDR("oltmanns"), to="Mei Tanaka <mei.tanaka@outlook.example>", lang="en",
  subj="Your liability claim 26-HP-090315 – parquet damage in your rented flat", date="2026-10-16 14:30", sig="oltmanns", disc=1,
  body="""
Dear Ms Tanaka,

we have received the expert's report on the water stain in the parquet of your rented flat (Aachener Straße 190, 50931 Köln). The damage was caused by a plant pot that leaked over several months; no one was hurt and no other flats are affected.

Your personal liability insurance PH-9902-1184 covers damage to rented property. We pay:

  sanding and sealing of the living room floor (24 m²):   EUR 1,318.00
  deduction for the age of the floor (12 years):          EUR -263.60
  total:                                                   EUR 1,054.40

As agreed with you, we pay the amount directly to your landlord, Mr Dieter Kamphausen, and have informed him by letter today.

Kind regards
""")

# 179
M("S", "de", "employer", "employer forwards an employee's salary conversion application; personal and contract data only inside a PDF within a forwarded message",
  frm=ADDR("ahmed"), to=ADDR("schulte"),
  subj="WG: WG: Antrag Entgeltumwandlung Herr Osterkamp", date="2026-10-19 10:05",
  body="""
Hallo Frau Schulte,

der Antrag kam über den Arbeitgeber, weitergeleitete Mail hängt an. Der Mitarbeiter möchte zusätzlich die BU-Zusatzversicherung – bitte die Gesundheitsfragen prüfen, bevor wir policieren.

Danke
Samir Ahmed
""",
  att=[EML(INNER("Personalabteilung Rheinkraft Energie GmbH <personal@rheinkraft-energie.example>", "bav-service@versicherer.example",
                 "WG: Antrag Entgeltumwandlung Herr Osterkamp", "2026-10-16 15:48", """
Sehr geehrter Herr Ahmed,

anbei der unterschriebene Antrag unseres Mitarbeiters auf Entgeltumwandlung ab 01.12.2026 zum Rahmenvertrag GV 64-0231. Bitte um Bestätigung.

Mit freundlichen Grüßen
Personalabteilung
""", "<0A1F2E@rheinkraft-energie.example>", client="outlook",
      att=[PDF("Antrag_Entgeltumwandlung_Osterkamp.pdf", [
          ("h", "Antrag auf Entgeltumwandlung – Direktversicherung"),
          ("t", [["Angabe", "Eintrag"],
                 ["Arbeitnehmer", "Jonas Osterkamp"],
                 ["Geburtsdatum", "11.05.1991"],
                 ["Personalnummer", "RK-4418"],
                 ["Bruttomonatsentgelt", "4.120,00 EUR"],
                 ["Umwandlungsbetrag", "200,00 EUR monatlich ab 01.12.2026"],
                 ["Arbeitgeberzuschuss", "30,00 EUR (15 %)"],
                 ["Zusatzbaustein", "BU-Zusatzversicherung 1.000 EUR Rente"],
                 ["Gesundheitsfragen BU", "Frage 3 (Behandlungen Rücken/Gelenke letzte 5 Jahre): ja – Knie-OP links 2022 (Meniskus), beschwerdefrei"],
                 ["Bezugsrecht Todesfall", "Ehefrau Lara Osterkamp"]]),
          "Gelsenkirchen, 14.10.2026 – Unterschrift Arbeitnehmer / Unterschrift Arbeitgeber"],
          title="Antrag Entgeltumwandlung", author="Rheinkraft Energie GmbH")]),
      fn="WG Antrag Entgeltumwandlung Herr Osterkamp.eml")])

# 180
M("N", "de", "newsletter", "trap: announcement of new policy loan interest rates for 2027, generic",
  frm="Versicherer Leben Vertriebsinfo <newsletter@versicherer.example>", to="Vertriebspartner <vertriebspartner@versicherer.example>", ent="lv",
  subj="Maklerinfo 05/2026: Zinssatz für Policendarlehen ab 01.01.2027", date="2026-10-20 07:30",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:newsletter-abmelden@versicherer.example>"},
  body="""
MAKLERINFO LEBEN 05/2026
========================

Policendarlehen: neuer Zinssatz ab 2027

Zum 01.01.2027 senken wir den Zinssatz für neue Policendarlehen von 4,25 % auf 3,90 % p. a. Bestehende Darlehen behalten ihren vereinbarten Zinssatz.

Zur Erinnerung die Eckdaten:
- Darlehen bis 80 % des Rückkaufswerts, mindestens 1.000 Euro
- keine Bonitätsprüfung, keine Schufa-Abfrage
- Rückzahlung jederzeit, ganz oder teilweise
- nicht möglich bei Riester, Basisrente und bAV-Verträgen

Für Kundinnen und Kunden, die vorübergehend Geld brauchen, ist das Policendarlehen oft günstiger als eine Kündigung mit Verlust der Garantien. Sprechen Sie uns bei Fragen gern an.

Ihr Team Vertriebsunterstützung Leben

--
Versicherer Lebensversicherung AG · Rheinuferstraße 12 · 50667 Köln
Abmelden: newsletter-abmelden@versicherer.example
""")

# 181
M("C", "de", "insurer-to-customer", "household burglary claim paid: stolen items, police report number, IBAN; nobody hurt",
  frm=ADDR("demir"), to="Familie Özdemir <oezdemir.family@gmx.example>",
  subj="Einbruchdiebstahl vom 03.10.2026 – Abrechnung Schaden 26-HR-58120", date="2026-10-21 15:02", sig="demir", disc=1,
  body=f"""
Sehr geehrte Frau Özdemir, sehr geehrter Herr Özdemir,

es tut uns leid, dass bei Ihnen eingebrochen wurde – gut, dass niemand zu Hause war. Nach Prüfung der Stehlgutliste und des Berichts der Polizei Köln (Vorgangsnummer 318702-26, Ermittlungen gegen Unbekannt) regulieren wir aus Ihrer Hausratversicherung HR-4471-9021:

Schmuck (Nachweise liegen vor, Entschädigungsgrenze 20.000 Euro)   6.480,00 Euro
Laptop und Tablet (Neuwert)                                        2.149,00 Euro
Bargeld (Grenze 1.500 Euro)                                          900,00 Euro
Reparatur Wohnungstür (Einbruchspuren)                               812,40 Euro
gesamt                                                            10.341,40 Euro

Die Zahlung geht auf Ihr Konto {IB("DE", "370100500501188246")}.

Sollten gestohlene Sachen wieder auftauchen, sagen Sie uns bitte Bescheid. Sie können sie dann gegen Rückzahlung der Entschädigung zurückbekommen oder uns überlassen.

Mit freundlichen Grüßen
""")

# 182
M("S", "en", "insurer-to-customer", "appointment invitation (ICS) for a pension payout consultation; policy number and values in the invitation text",
  frm=ADDR("novak"), to="Graham Fletcher <graham.fletcher@btinternet.example>", lang="en",
  subj="Appointment: your pension options on 4 November", date="2026-10-22 12:12", sig="novak", ent="lv", disc=1,
  body="""
Dear Mr Fletcher,

as discussed on the phone, I have booked a video call to go through your options before your pension starts. The invitation is attached; the link works in any browser.

Kind regards
""",
  att=[ICS("Pension_consultation_Fletcher.ics", "d23-fletcher-20261104@versicherer.example", "Pension options – policy R 1 505 882 3 (Graham Fletcher)",
           "20261104T150000", "20261104T154500", ("Petra Novak", "petra.novak@versicherer.example"),
           [("Graham Fletcher", "graham.fletcher@btinternet.example")],
           location="Video call – https://meet.versicherer.example/r/8841-2203",
           description="Agenda:\n1. Start date 01/01/2027, guaranteed pension EUR 644.10/month or lump sum EUR 198,420.55\n2. Partial lump sum (max. 30 %) and tax in the UK (certificate of residence)\n3. Survivor's pension for Mrs Ann Fletcher (60 %) - reduces pension to approx. EUR 571/month\nPlease have your HMRC reference at hand.")])

# 183
M("N", "de", "internal", "project documents for the pension reporting interface in a ZIP (DOCX spec and XLSX field list), no personal data",
  frm=ADDR("raman"), to="Projekt RBM 2027 <projekt-rbm2027@versicherer.example>", cc=ADDR("novak"),
  subj="RBM 2027 – Fachkonzept v1.0 und Feldliste zur Abnahme", date="2026-10-23 16:40", sig="raman", sigstyle="short", disc=False,
  body="""
Hallo zusammen,

anbei Fachkonzept v1.0 und die Feldliste für die Umstellung der Rentenbezugsmitteilungen auf das neue Schnittstellenformat der ZfA (ab Meldejahr 2027). Bitte bis 06.11. abnehmen oder Anmerkungen direkt im Dokument machen.

Testdaten: Es gibt ausschließlich synthetische Testfälle (Testrentner 001–250); die Datei liegt im Projektordner, nicht in diesem Zip.

Priya
""",
  att=[ZIP("RBM2027_Abnahme.zip", [
      DOCX("RBM2027_Fachkonzept_v1.0.docx", [
          ("h", "Fachkonzept Rentenbezugsmitteilungen 2027"),
          ("h", "1 Ziel", 2),
          "Umstellung der Meldungen nach § 22a EStG auf das XML-Format Version 2027 der Zentralen Zulagenstelle für Altersvermögen (ZfA).",
          ("h", "2 Umfang", 2),
          "Alle Leistungsarten nach § 22 Nr. 1 und Nr. 5 EStG aus Leben, Pensionskasse und Pensionsfonds; Korrektur- und Stornomeldungen; Rückmeldungen der ZfA.",
          ("h", "3 Neue Pflichtfelder", 2),
          ("t", [["Feld", "Beschreibung", "Quelle"], ["LeistungsartNeu", "differenzierte Leistungsart (Schlüssel 01-19)", "Bestandssystem"], ["BeginnLeistung", "Beginn des Leistungsbezugs", "Rentenstamm"], ["KVdR-Kennzeichen", "Beitragspflicht KVdR", "Zahlstellenverfahren"]]),
          "Abnahme durch Fachbereich Rentenservice und Steuerabteilung."], author="Priya Raman"),
      XLSX("RBM2027_Feldliste.xlsx", {"Felder": [
          ["Nr.", "Feldname", "Typ", "Länge", "Pflicht", "alt (2026)"],
          [1, "IdNr", "N", 11, "ja", "ja"], [2, "Vertragsnummer", "AN", 20, "ja", "ja"],
          [3, "LeistungsartNeu", "N", 2, "ja", "nein"], [4, "BeginnLeistung", "D", 10, "ja", "nein"],
          [5, "Betrag", "N", "12,2", "ja", "ja"], [6, "KVdR-Kennzeichen", "AN", 1, "nein", "nein"]]}, author="Priya Raman")])])

# 184
M("C", "de", "insurer-to-landlord", "rent deposit guarantee claim by a landlord: tenant's name, flat, outstanding rent and damages",
  frm=ADDR("kowalski"), to="Hausverwaltung Sonnfeld GmbH <verwaltung@sonnfeld-hv.example>",
  subj="Mietkautionsbürgschaft MK-0318-2290 – Ihre Inanspruchnahme vom 14.10.2026", date="2026-10-26 10:58", sig="kowalski", disc=1,
  body="""
Sehr geehrte Damen und Herren,

Sie nehmen uns aus der Mietkautionsbürgschaft MK-0318-2290 für Ihren ehemaligen Mieter, Herrn Kai-Uwe Lorenzen (Wohnung Gereonswall 41, 2. OG rechts, 50670 Köln), in Anspruch:

Mietrückstand August und September 2026    1.640,00 Euro
Schönheitsreparaturen laut Kostenvoranschlag   980,00 Euro
gesamt                                      2.620,00 Euro (Bürgschaftsbetrag 2.700,00 Euro)

Bevor wir zahlen, haben wir Herrn Lorenzen die Möglichkeit zur Stellungnahme bis 09.11.2026 gegeben. Bitte senden Sie uns in der Zwischenzeit das Übergabeprotokoll und den Nachweis, dass die Schönheitsreparaturen nach dem Mietvertrag wirksam vereinbart sind.

Den unstreitigen Mietrückstand zahlen wir nach Ablauf der Frist, sofern Herr Lorenzen nicht nachweist, dass er gezahlt hat.

Mit freundlichen Grüßen
""")

# 185
M("S", "de", "internal", "correction of one pensioner's annuity report to the central allowance office; tax ID and pension amounts",
  frm=ADDR("novak"), to=ADDR("roth"),
  subj="Korrektur Rentenbezugsmitteilung 2025 – Horst Egeling", date="2026-10-27 14:22", sig="novak", sigstyle="short", disc=False,
  body="""
Hallo Herr Roth,

bei Herrn Horst Egeling (IdNr. 57 219 804 631, Vertrag R 1 667 209 4) haben wir für 2025 den Anteil aus ungefördertem Kapital falsch gemeldet. Der Steuerberater hat es beim Bescheid gemerkt.

gemeldet:  gefördert 2.184,36 / ungefördert 1.402,80 Euro
richtig:   gefördert 1.864,20 / ungefördert 1.722,96 Euro

Ursache: Der Übertragungswert aus dem Vorvertrag (2012, ungefördert) war im Rentenstamm als gefördert gekennzeichnet. Ich würde eine Korrekturmeldung an die ZfA erzeugen und Herrn Egeling sowie der Kanzlei Kreuzer eine neue Mitteilung nach § 22 Nr. 5 EStG schicken. Können Sie die Korrektur bitte freigeben?

Die Prüfung, ob weitere Verträge mit Übertragungswert betroffen sind, läuft (bisher 3 Treffer).

Petra Novak
""")

# 186
M("N", "en", "internal", "trap: security warning about phishing mails that fake life insurance payouts, no real customer data",
  frm=ADDR("fischer"), to="All staff <alle@versicherer.example>", lang="en", importance="high",
  subj="Warning: phishing mails about \"life insurance payout\" in our name", date="2026-10-28 08:15", sig="fischer", sigstyle="short", disc=False,
  body="""
Dear colleagues,

since yesterday, customers have been receiving fake e-mails in our name with the subject "Auszahlung Ihrer Lebensversicherung – Bestätigung erforderlich". The mails ask recipients to "confirm" their IBAN and upload an ID card on a fake site (versicherer-auszahlung.example – NOT our domain).

What you should do:
- If a customer calls about such a mail: we never ask for bank details or ID documents by ordinary e-mail or via links. Tell them to delete it.
- Do not click the link yourself. Forward samples as attachment to phishing@versicherer.example.
- Our real notifications always point to securemail.versicherer.example and never contain payout amounts.

We have asked the hosting provider to take the site down and informed the police.

Tim Fischer
Information Security
""")

# 187
M("C", "en", "insurer-to-customer", "jointly owned house sold after divorce; building insurance transfer and co-owners' names and address",
  frm=ADDR("demir"), to="Sophie Lindqvist-Maier <sophie.lm@gmail.example>", cc="Thomas Maier <t.maier@web.example>", lang="en",
  subj="Your buildings insurance WG-6108-3392 – sale of the house", date="2026-10-29 11:21", sig="demir", disc=1,
  body="""
Dear Ms Lindqvist-Maier, dear Mr Maier,

thank you for informing us that you have sold your jointly owned house at Birkenallee 12, 53125 Bonn, following your divorce. The notarised purchase contract is dated 20 October 2026; transfer of ownership is expected in December.

Your buildings insurance WG-6108-3392 will pass to the buyers automatically when they are entered in the land register (§ 95 VVG). Until then, you both remain policyholders and are jointly responsible for the premium.

As you asked, we have changed the correspondence address for Ms Lindqvist-Maier to Poppelsdorfer Allee 58, 53115 Bonn; Mr Maier keeps his address in Siegburg.

Please send us the buyers' names and the date of the land register entry once you have them.

Kind regards
""")

# 188
M("S", "de", "insurer-to-customer", "care annuity from a life-based long-term care policy: care level 3 confirmed, monthly payment",
  frm=ADDR("yilmaz"), to="Ulrike Kaspers <ulrike.kaspers@t-online.example>",
  subj="Pflegerente für Ihre Mutter – Vertrag PR 0 448 201 9", date="2026-10-30 10:44", sig="yilmaz", ent="lv", disc=0,
  body="""
Sehr geehrte Frau Kaspers,

vielen Dank für die Unterlagen, die Sie als Bevollmächtigte Ihrer Mutter, Frau Elisabeth Kaspers, eingereicht haben. Der Medizinische Dienst hat nach der Begutachtung vom 08.10.2026 den Pflegegrad 3 festgestellt (erhebliche Beeinträchtigung der Selbständigkeit, vor allem Mobilität und Selbstversorgung nach dem Schlaganfall im Juli).

Aus der Pflegerentenversicherung PR 0 448 201 9 zahlen wir deshalb ab 01.10.2026:

Pflegerente bei Pflegegrad 3 (60 % der vereinbarten Rente von 1.500 Euro):  900,00 Euro monatlich

Gleichzeitig entfällt die Beitragszahlung ab Oktober. Die Rente zahlen wir lebenslang, solange mindestens Pflegegrad 2 besteht; bei einer Höherstufung erhöht sie sich entsprechend.

Die Rente für Oktober überweisen wir in den nächsten Tagen auf das Konto Ihrer Mutter.

Mit freundlichen Grüßen
""")

# 189
M("N", "de", "insurer-to-broker", "trap: model calculation for a brochure with a clearly fictitious sample customer, PDF",
  frm=ADDR("falk"), to="Agenturen Region West <agenturen-west@versicherer.example>",
  subj="Neue Musterrechnung \"Vorsorge Flex Kids\" für eure Beratungsmappe", date="2026-11-02 08:40", sig="falk", disc=2,
  body="""
Liebe Kolleginnen und Kollegen,

für den Start von "Vorsorge Flex Kids" gibt es eine Musterrechnung für die Beratung. Sie ist bewusst mit einem erfundenen Musterkunden gerechnet und darf so an Interessenten gegeben werden. Für echte Angebote bitte immer den Tarifrechner verwenden.

Viel Erfolg!
Bernd Falk
""",
  att=[PDF("Musterrechnung_Flex_Kids.pdf", [
      ("h", "Musterrechnung Vorsorge Flex Kids"),
      "Musterkunde: Oma Muster (fiktiv) spart für Enkelkind Mia Muster (fiktiv, 0 Jahre). Monatsbeitrag 50 Euro, Laufzeit 18 Jahre, Fondsauswahl 'Balanced Pension 60/40', Beitragsgarantie 0 %.",
      ("t", [["Wertentwicklung p. a.", "eingezahlt", "Guthaben mit 18 (Prognose)"],
             ["0 %", "10.800 EUR", "9.420 EUR"], ["3 %", "10.800 EUR", "13.610 EUR"],
             ["6 %", "10.800 EUR", "19.980 EUR"], ["9 %", "10.800 EUR", "29.870 EUR"]]),
      "Die Werte sind nicht garantiert. Kosten sind berücksichtigt (Effektivkosten 0,94 % p. a. bei 6 %).",
      ("small", "Versicherer Lebensversicherung AG – Musterrechnung, Stand 11/2026. Alle Personen sind frei erfunden.")],
      title="Musterrechnung Flex Kids", author="Vertrieb")])

# 190
M("C", "de", "insurer-to-customer", "motor policy moved to a new car: VIN, plate, premium change, masked IBAN (iso-8859-1)",
  frm=ADDR("engel"), to="Friedhelm Schüttler <f.schuettler@t-online.example>", charset="iso-8859-1", client="thunderbird", flowed=False, cte="quoted-printable",
  subj="Fahrzeugwechsel in Ihrer Kfz-Versicherung KH 204 775 931", date="2026-07-27 15:30", sig="engel", disc=1,
  body="""
Sehr geehrter Herr Schüttler,

ab 01.08.2026 ist in Ihrer Kfz-Versicherung KH 204 775 931 Ihr neues Fahrzeug versichert:

Skoda Octavia Combi, FIN TMBJJ7NX4R1028844, Kennzeichen OE-FS 112 (bisher VW Passat, OE-FS 112)

Durch die günstigere Typklasse sinkt Ihr Jahresbeitrag von 688,20 auf 641,75 Euro. Die Differenz verrechnen wir mit dem nächsten Beitrag.

Die Abbuchung erfolgt weiter von Ihrem Konto DE12 **** **** **** **44 91.

Mit freundlichen Grüßen
""")

# 191
M("S", "en", "insurer-to-heir", "death benefit for a US heir: tax forms and bank details needed, policy and deceased named",
  frm=ADDR("petersen"), to="Michael Brandauer <mbrandauer@comcast.example>", lang="en",
  subj="Estate of Mrs Hannelore Brandauer – life policy L 1 220 774 6", date="2026-11-03 16:05", sig="petersen", ent="lv", disc=1,
  body="""
Dear Mr Brandauer,

thank you for the European Certificate of Succession issued by the Amtsgericht Regensburg, which names you as sole heir of your mother, Mrs Hannelore Brandauer, who died on 30 August 2026.

The death benefit of her life insurance L 1 220 774 6 amounts to EUR 27,480.90. Before we can pay you in the United States, we need:

1. IRS Form W-9 (as you are a US person) – we need it for our FATCA due diligence, not to deduct US tax;
2. your bank details: account holder, account number, ABA routing number and SWIFT code of your bank. Please note that US banks may charge a fee for incoming EUR payments; a EUR account avoids conversion.

German inheritance tax: because your mother lived in Germany, the payout is reported to the tax office in Regensburg, which may contact you. As her son you have an allowance of EUR 400,000.

Kind regards
""")

# 192
M("N", "en", "internal", "maintenance window announcement for the life policy system, no personal data",
  frm=ADDR("hoffmann"), to="IT Announcements <it-announce@versicherer.example>", lang="en",
  subj="Planned maintenance: life policy administration system, Sat 14 Nov 06:00–14:00", date="2026-11-04 12:00", sig="hoffmann", sigstyle="short", disc=False,
  body="""
Hello everyone,

the life policy administration system (LEBEN-BS) and the customer portal functions for life contracts will be unavailable on

  Saturday, 14 November 2026, 06:00 – 14:00

Reason: database upgrade and installation of release 26.11 (incl. the fix for the surrender value rounding, INC-2026-004417).

During the window:
- no online changes to life contracts in the portal (the portal shows a maintenance notice),
- the payout run for Monday is prepared on Friday evening instead,
- the secure mailbox and all other systems remain available.

Please plan weekend shifts accordingly.

Lukas
""")

# 193
M("C", "de", "insurer-to-tax-office", "tax office request about a sole-trader broker's commission income: name, tax number, amounts",
  frm=ADDR("roth"), to="Finanzamt Leer – Bp-Stelle <bp.leer@finanzamt.example>",
  subj="Auskunftsersuchen nach § 93 AO vom 20.10.2026 – StNr. 5162/804/11873", date="2026-11-05 10:22", sig="roth", disc=0,
  body="""
Sehr geehrte Damen und Herren,

auf Ihr Auskunftsersuchen im Rahmen der Außenprüfung bei Herrn Holger Timmermann, Versicherungsmakler e. K., Leer, teilen wir mit, dass wir in den Jahren 2023 bis 2025 folgende Provisionen an ihn ausgezahlt haben:

2023:  41.208,37 Euro
2024:  46.915,02 Euro
2025:  49.330,18 Euro

Die Provisionen sind nach § 4 Nr. 11 UStG umsatzsteuerfrei; ein Umsatzsteuerausweis erfolgte nicht. Die Zahlungen gingen auf sein Geschäftskonto bei der Sparkasse LeerWittmund.

Die monatlichen Provisionsabrechnungen können wir Ihnen auf Anforderung als PDF zur Verfügung stellen. Herr Timmermann ist über die Auskunft nicht unterrichtet worden; bitte teilen Sie uns mit, falls dies erforderlich ist.

Mit freundlichen Grüßen
""")

# 194
M("N", "en", "newsletter", "newsletter for brokers about using secure mail, generic",
  frm="Versicherer Broker Services <broker-services@versicherer.example>", to="broker-news@versicherer.example", lang="en",
  subj="Broker Update: send customer documents securely – three ways", date="2026-11-06 07:45", client="system",
  headers={"Precedence": "bulk"}, html=True,
  body="""
BROKER UPDATE – SECURE COMMUNICATION

Dear partners,

more and more of you send us applications, medical reports and bank details by e-mail. Please use one of these secure ways:

1. S/MIME: if your firm has an e-mail certificate, we encrypt automatically. Register your certificate by sending a signed mail to zertifikat@versicherer.example.
2. Domain encryption: if your firm runs a mail gateway with a domain certificate, we can set up gateway-to-gateway encryption. Ask your broker manager.
3. Broker portal: upload documents in your firm's mailbox; your broker management software can also fetch our broker post via the API.

Please do not send health information or bank details by ordinary e-mail, even to colleagues in our company.

Your Broker Services team
""")

# 195
M("C", "de", "insurer-to-customer", "short mobile reply confirming a motor premium refund to the customer's account (plate and amount)",
  frm=ADDR("brenner"), to="Dennis Kruse <dennis.kruse@gmx.example>", client="iphone",
  mid="<5E0C2B1A-7D44-4F3B-9A61-0C2D8E7F1B90@versicherer.example>", irt="<A81F33C2-1B0E-4C55-8D21-77E0F4A2C6D3@gmx.example>",
  headers={"X-Mailer": "iPhone Mail (22D82)"},
  subj="Re: Erstattung?", date="2026-11-09 18:42",
  body="""
Hallo Herr Kruse,

ja, ist raus – 48,20 € für den abgemeldeten Roller (K-DK 77) gehen diese Woche auf Ihr Konto bei der Sparda. Melde mich morgen nochmal vom Büro aus.

Gruß M. Brenner

Von meinem iPhone gesendet

> Am 09.11.2026 um 17:58 schrieb Dennis Kruse <dennis.kruse@gmx.example>:
>
> Hallo Herr Brenner, kommt die Erstattung für den Roller noch? LG Kruse
""")

# 196
M("N", "de", "internal", "meeting invitation for the annual accounts with the holding's tax adviser, company matters only",
  frm=ADDR("lehmann"), to=ADDR("roth"), cc=ADDR("morgan"),
  subj="Termin Jahresabschluss 2026 mit Steuerberatung Olbrich", date="2026-11-10 09:30", sig="lehmann", sigstyle="short", disc=False,
  body="""
Hallo Wolfgang,

wie besprochen die Einladung für den Auftakt zum Jahresabschluss 2026 mit Frau Olbrich. Themen: Zeitplan, latente Steuern, Rückstellungen für die Betriebsprüfung, E-Bilanz.

Anke
""",
  att=[ICS("JA2026_Auftakt_Olbrich.ics", "d23-ja2026-auftakt@versicherer.example", "Auftakt Jahresabschluss 2026 (Steuerberatung Olbrich)",
           "20261201T100000", "20261201T120000", ("Anke Lehmann", "anke.lehmann@versicherer.example"),
           [("Wolfgang Roth", "wolfgang.roth@versicherer.example"), ("James Morgan", "james.morgan@versicherer.example"), ("Dr. Ines Olbrich", "olbrich@stb-olbrich.example")],
           location="Köln, Raum 2.04", description="Zeitplan, latente Steuern, Rückstellung Betriebsprüfung, E-Bilanz-Taxonomie 6.9")])

# 197
M("C", "de", "insurer-to-customer", "dog owner's liability: the insured dog bit another dog; vet bill of the other dog paid (animal health), owners named",
  frm=ADDR("oltmanns"), to="Sandra Wegener <sandra.wegener@web.example>",
  subj="Hundehalterhaftpflicht TH-2207-5540 – Schaden vom 18.10.2026", date="2026-11-11 13:25", sig="oltmanns", disc=1,
  body="""
Sehr geehrte Frau Wegener,

Ihr Schäferhund "Arko" hat am 18.10.2026 im Stadtwald den Dackel "Fritzi" von Herrn Bernhard Lohse gebissen. Menschen wurden nicht verletzt.

Die Tierarztrechnung der Kleintierpraxis am Stadtwald über 684,30 Euro (Wundversorgung, Naht unter Narkose, Antibiotikum) haben wir aus Ihrer Hundehalterhaftpflichtversicherung TH-2207-5540 direkt an Herrn Lohse gezahlt. Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

Der Schaden ist damit abgeschlossen. Ihr Beitrag ändert sich dadurch nicht.

Mit freundlichen Grüßen
""")

# 198
M("S", "de", "internal", "HR registers new employees for the staff group accident insurance; names and birth dates only in the CSV",
  frm=ADDR("weiss"), to=ADDR("albrecht"),
  subj="Gruppenunfall Mitarbeitende – Zugänge November", date="2026-11-12 11:10", sig="weiss", sigstyle="short", disc=False,
  body="""
Hallo Frau Albrecht,

anbei die Zugänge für die Gruppenunfallversicherung unserer Mitarbeitenden (Rahmenvertrag GU 00-0001) ab 01.11.2026. Bitte wie immer mit Versicherungsbeginn Eintrittsdatum aufnehmen.

Danke!
Nadine Weiß
""",
  att=[CSV("GU_Zugaenge_2026-11.csv", [["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Abteilung", "Invaliditätssumme"],
                                       ["41022", "Hanke", "Stefanie", "27.08.1992", "01.05.2026", "Rentenservice Leben", "150000"],
                                       ["41187", "Adjei", "Kwame", "14.02.1988", "01.11.2026", "IT Architektur", "150000"],
                                       ["41190", "Schmitz", "Lea-Marie", "03.06.2001", "01.11.2026", "Kundenservice", "150000"],
                                       ["41191", "Ostrowski", "Pawel", "22.12.1979", "01.11.2026", "Kapitalanlage", "150000"]],
                       bom=True)])

# 199
M("N", "en", "internal", "board meeting agenda with quarterly results, company level only",
  frm=ADDR("morgan"), to="Board Office <board-office@versicherer.example>", lang="en",
  subj="Board meeting 24 Nov – Q3 results pack and agenda", date="2026-11-13 17:20", sig="morgan", sigstyle="short", disc=False,
  body="""
Dear colleagues,

proposed agenda for the Board meeting on 24 November (10:00–15:00, Board room):

1. Q3 2026 results (Group Finance)
   - GWP 9M: EUR 5.21bn (+3.8 %), P&C combined ratio 93.9 %, life new business margin 3.4 %
   - Solvency II ratio 30/09: 214 %
2. Planning 2027–2029 (first reading)
3. Surplus declaration 2027 – confirmation (Chief Actuary)
4. Status tax audit 2021–2023 (Group Tax)
5. Secure mail platform – go-live report (IT / Data Protection)
6. AOB

The results pack will be in the board portal by Friday. Please send any additional items by Wednesday noon.

James
""")

# 200
M("N", "en", "internal", "town hall invitation for all staff, organisational only",
  frm=ADDR("baumann"), to="All staff <alle@versicherer.example>", lang="en",
  subj="Town hall on 3 December – ask the Board", date="2026-11-16 09:00", sig="baumann", sigstyle="short", disc=False,
  body="""
Dear colleagues,

our end-of-year town hall takes place on Thursday, 3 December, 14:00–15:30, in the atrium and on Teams (with German/English interpretation).

Topics:
- Review of 2026 and outlook for 2027
- The new secure mail platform: what changes for your daily work with customers and brokers
- Results of the employee survey
- Your questions to the Board

You can submit questions in advance – anonymously if you like – via the town hall form on the intranet until 30 November.

Mulled wine and Christmas biscuits afterwards in the atrium.

Best wishes
Julia Baumann
Corporate Communications
""")


# ==========================================================================
# end of MAILS
# ==========================================================================

if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
