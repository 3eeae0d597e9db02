#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel independent corpus dev21 (mails d21-NNNN.eml).

Writes mails/d21-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2
corpus; the XLSX/DOCX/ODS/ODT/PDF builders were rewritten with the Python
standard library only (no third-party packages needed).

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

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

    "haas": ("Corinna Haas", "corinna.haas", "Compliance", "Compliance", "grp", "-1095"),
    "petersen": ("Ole Petersen", "ole.petersen", "Controlling Schaden/Leistung", "Claims Controlling", "grp", "-1840"),
    "dubois": ("Claire Dubois", "claire.dubois", "Internationale Gruppenverträge / Employee Benefits", "International Group Programmes / Employee Benefits", "lv", "-2870"),
    "kaya": ("Serkan Kaya", "serkan.kaya", "IT-Sicherheitsbetrieb (SOC)", "Security Operations Centre", "grp", "-6095"),
    "winter": ("Marie Winter", "marie.winter", "Personalbetreuung", "HR Business Partner", "grp", "-1433"),
    "bauer": ("Jonas Bauer", "jonas.bauer", "Auslandsreisekranken / Assistance-Steuerung", "Travel Health & Assistance", "kv", "-3650"),
    "novak": ("Tomas Novak", "tomas.novak", "Aktuariat Kranken", "Health Actuarial", "kv", "-3705"),
    "lehmann": ("Karin Lehmann", "karin.lehmann", "Leistungsservice Krankenversicherung\nInternational / Expatriates", "Expatriate Health Claims", "kv", "-7730"),
    "arnold": ("Philipp Arnold", "philipp.arnold", "Anwendungsentwicklung Leistung", "Claims Application Development", "grp", "-6140"),
    "sommer": ("Heike Sommer", "heike.sommer", "Revision", "Internal Audit", "grp", "-1900"),

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


def _x(s):
    """XML-escape text (and drop control characters XML 1.0 does not allow)."""
    s = "" if s is None else str(s)
    s = "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 32)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _zipbuild(members):
    """Deterministic ZIP container: fixed member times; 'mimetype' (ODF) stored first, uncompressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_STAMP[0].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


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


# ---- Office Open XML (XLSX, DOCX), written with the standard library ----

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _iso(d=None):
    return (d or _STAMP[0]).strftime("%Y-%m-%dT%H:%M:%SZ")


def _core_xml(author, title=None):
    t = f"<dc:title>{_x(title)}</dc:title>" if title else ""
    return (_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>"
            f"<cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{_iso()}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_iso()}</dcterms:modified></cp:coreProperties>')


def _app_xml(app):
    return (_XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{app}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>")


def _root_rels(main_part):
    return (_XML + f'<Relationships xmlns="{_NS_PR}">'
            f'<Relationship Id="rId1" Type="{_NS_R}/officeDocument" Target="{main_part}"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_NS_R}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    strings, sidx = [], {}

    def si(v):
        if v not in sidx:
            sidx[v] = len(strings)
            strings.append(v)
        return sidx[v]

    sheet_xml = []
    for name, rows in sheets.items():
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name
        ncol = max(len(r) for r in rows)
        cols = []
        for j in range(ncol):
            w = max((len(str(r[j])) if j < len(r) and r[j] is not None else 0) for r in rows)
            cols.append(f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, w + 2))}" customWidth="1"/>')
        out = []
        for i, r in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(r):
                ref = f"{_col(j)}{i}"
                st = ' s="1"' if i == 1 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{st}><v>{v!r}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{st} t="s"><v>{si(str(v))}</v></c>')
            out.append(f'<row r="{i}">{"".join(cells)}</row>')
        dim = f"A1:{_col(ncol - 1)}{len(rows)}"
        sheet_xml.append(_XML + f'<worksheet xmlns="{_NS_MAIN}" xmlns:r="{_NS_R}"><dimension ref="{dim}"/>'
                         '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                         f'<cols>{"".join(cols)}</cols><sheetData>{"".join(out)}</sheetData>'
                         '<pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/>'
                         "</worksheet>")
    n = len(sheet_xml)
    names = list(sheets)
    wb = (_XML + f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_NS_R}"><bookViews><workbookView xWindow="0" yWindow="0" '
          'windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
          + "".join(f'<sheet name="{_x(nm)}" sheetId="{k + 1}" r:id="rId{k + 1}"/>' for k, nm in enumerate(names))
          + "</sheets></workbook>")
    wbrels = (_XML + f'<Relationships xmlns="{_NS_PR}">'
              + "".join(f'<Relationship Id="rId{k + 1}" Type="{_NS_R}/worksheet" Target="worksheets/sheet{k + 1}.xml"/>'
                        for k in range(n))
              + f'<Relationship Id="rId{n + 1}" Type="{_NS_R}/styles" Target="styles.xml"/>'
              + f'<Relationship Id="rId{n + 2}" Type="{_NS_R}/sharedStrings" Target="sharedStrings.xml"/>'
              + "</Relationships>")
    styles = (_XML + f'<styleSheet xmlns="{_NS_MAIN}"><fonts count="2">'
              '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
              '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sst = (_XML + f'<sst xmlns="{_NS_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{_x(s)}</t></si>' for s in strings) + "</sst>")
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{k + 1}.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for k in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", _root_rels("xl/workbook.xml")),
               ("docProps/core.xml", _core_xml(author)), ("docProps/app.xml", _app_xml("Microsoft Excel")),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
               ("xl/sharedStrings.xml", sst)]
    members += [(f"xl/worksheets/sheet{k + 1}.xml", s) for k, s in enumerate(sheet_xml)]
    data = _zipbuild(members)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _wrun(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    parts = []
    for k, line in enumerate(text.split("\n")):
        if k:
            parts.append("<w:br/>")
        parts.append(f'<w:t xml:space="preserve">{_x(line)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _docx(fn, blocks, author="Versicherer", octet=False, title=None):
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            lvl = b[2] if len(b) > 2 else 1
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/></w:pPr>{_wrun(b[1])}</w:p>')
        elif b[0] in ("p", "small"):
            body.append(f"<w:p>{_wrun(b[1], size=16 if b[0] == 'small' else None)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            grid = "".join(f'<w:gridCol w:w="{9000 // ncol}"/>' for _ in range(ncol))
            trs = []
            for i, r in enumerate(rows):
                tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{9000 // ncol}" w:type="dxa"/></w:tcPr>'
                              f"<w:p>{_wrun('' if v is None else str(v), bold=(i == 0))}</w:p></w:tc>"
                              for v in list(r) + [""] * (ncol - len(r)))
                trs.append(f"<w:tr>{tcs}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                        f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')
            body.append("<w:p/>")
    doc = (_XML + f'<w:document xmlns:w="{_NS_W}" xmlns:r="{_NS_R}"><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    bdr = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    styles = (_XML + f'<w:styles xmlns:w="{_NS_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="de-DE"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
              '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="25"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
              '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
              '</w:tblCellMar></w:tblPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
              f'<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>{bdr}</w:tblBorders></w:tblPr></w:style>'
              "</w:styles>")
    rels = (_XML + f'<Relationships xmlns="{_NS_PR}"><Relationship Id="rId1" Type="{_NS_R}/styles" '
            'Target="styles.xml"/></Relationships>')
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    data = _zipbuild([("[Content_Types].xml", ct), ("_rels/.rels", _root_rels("word/document.xml")),
                      ("docProps/core.xml", _core_xml(author, title)), ("docProps/app.xml", _app_xml("Microsoft Office Word")),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", rels), ("word/styles.xml", styles)])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


# ---- OpenDocument (ODS, ODT), written with the standard library ----

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')
_XML_ODF = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _odf(mediatype, body, auto_styles="", author="Versicherer"):
    content = (_XML_ODF + f'<office:document-content {_ODF_NS} office:version="1.2">'
               f"<office:automatic-styles>{auto_styles}</office:automatic-styles><office:body>{body}</office:body>"
               "</office:document-content>")
    styles = (_XML_ODF + f'<office:document-styles {_ODF_NS} office:version="1.2"><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt" '
              'fo:language="de" fo:country="DE"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              "</office:styles></office:document-styles>")
    meta = (_XML_ODF + f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>"
            f"<meta:initial-creator>{_x(author)}</meta:initial-creator><dc:creator>{_x(author)}</dc:creator>"
            f"<meta:creation-date>{_iso()[:-1]}</meta:creation-date><dc:date>{_iso()[:-1]}</dc:date>"
            "</office:meta></office:document-meta>")
    manifest = (_XML_ODF + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mediatype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zipbuild([("mimetype", mediatype), ("content.xml", content), ("styles.xml", styles),
                      ("meta.xml", meta), ("META-INF/manifest.xml", manifest)])


def _ods_cell(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (f'<table:table-cell office:value-type="float" office:value="{v!r}">'
                f"<text:p>{_x(str(v).replace('.', ','))}</text:p></table:table-cell>")
    if v is None or v == "":
        return "<table:table-cell/>"
    return f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>'


def _ods(fn, sheets, author="Versicherer"):
    tabs = []
    for name, rows in sheets.items():
        ncol = max(len(r) for r in rows)
        trs = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in r) + "</table:table-row>" for r in rows)
        tabs.append(f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{ncol}"/>'
                    f"{trs}</table:table>")
    data = _odf("application/vnd.oasis.opendocument.spreadsheet",
                f"<office:spreadsheet>{''.join(tabs)}</office:spreadsheet>", author=author)
    return Att(fn, data, "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _odt(fn, blocks, author="Versicherer"):
    out = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f'<text:p text:style-name="Standard">{_x(line)}</text:p>')
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            trs = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{_x("" if v is None else v)}</text:p></table:table-cell>'
                for v in list(r) + [""] * (ncol - len(r))) + "</table:table-row>" for r in rows)
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column '
                       f'table:number-columns-repeated="{ncol}"/>{trs}</table:table>')
    data = _odf("application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", author=author)
    return Att(fn, data, "application", "vnd.oasis.opendocument.text", kind="odt")


# ---- PDF 1.4 with the standard Helvetica fonts and an uncompressed text layer ----

_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})

# Helvetica glyph widths (1/1000 em) for ASCII 32..126 from the standard AFM
_HELV_W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
           556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
           500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
           556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
           278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _pdf_fold(s):
    """Text as it can be shown with the standard fonts (WinAnsiEncoding)."""
    import unicodedata
    s = s.translate(_PDF_MAP)
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            f = unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore").decode("cp1252")
            out.append(f or "?")
    return "".join(out)


def _tw(s, size, bold=False):
    w = 0
    for ch in s:
        o = ord(ch)
        if 32 <= o <= 126:
            w += _HELV_W[o - 32]
        else:
            import unicodedata
            b = unicodedata.normalize("NFKD", ch)[:1]
            w += _HELV_W[ord(b) - 32] if b and 32 <= ord(b) <= 126 else 556
    return w * size / 1000 * (1.06 if bold else 1.0)


def _wrap(text, width, size, bold=False):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if cur and _tw(cand, size, bold) > width:
                lines.append(cur)
                cur = wd
            else:
                cur = cand
            while _tw(cur, size, bold) > width and len(cur) > 1:   # very long word: hard break
                k = len(cur)
                while k > 1 and _tw(cur[:k], size, bold) > width:
                    k -= 1
                lines.append(cur[:k])
                cur = cur[k:]
        lines.append(cur)
    return lines


def _pdf_str(s):
    b = s.encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """A4 PDF 1.4, Helvetica / Helvetica-Bold (WinAnsiEncoding, € written as EUR),
    uncompressed content streams, classic xref table."""
    W, H, L, R, T, B = 595.28, 841.89, 56.7, 56.7, 51.0, 56.7
    pages, ops = [], []
    y = [H - T]

    def newpage():
        if ops:
            pages.append(ops[:])
        ops.clear()
        y[0] = H - T

    def line(txt, size, bold=False, x=L):
        if y[0] - size * 1.25 < B:
            newpage()
        y[0] -= size * 1.25
        if txt:
            ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.2f} {y[0]:.2f} Td {_pdf_str(txt)} Tj ET")

    for b in _blocks(blocks):
        kind = b[0]
        if kind == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _wrap(_pdf_fold(b[1]), W - L - R, size, True):
                line(l, size, True)
            y[0] -= 5
        elif kind in ("p", "small"):
            size = 10 if kind == "p" else 7
            for l in _wrap(_pdf_fold(b[1]), W - L - R, size):
                line(l, size)
            y[0] -= 5 if kind == "p" else 3
        elif kind == "t":
            size = 8.5
            rows = [[_pdf_fold("" if v is None else str(v)) for v in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            need = [max(_tw(r[j], size, True) for r in rows) + 8 for j in range(ncol)]
            avail = W - L - R
            if sum(need) > avail:
                fair = avail / ncol
                small = sum(n for n in need if n <= fair)
                big = [n for n in need if n > fair]
                rest = avail - small
                need = [n if n <= fair else rest * n / sum(big) for n in need]
            xs = [L]
            for n in need[:-1]:
                xs.append(xs[-1] + n)
            for i, r in enumerate(rows):
                cells = [_wrap(c, need[j] - 6, size, i == 0) for j, c in enumerate(r)]
                hgt = max(len(c) for c in cells)
                if y[0] - hgt * size * 1.25 < B:
                    newpage()
                top = y[0]
                for k in range(hgt):
                    y[0] = top - k * size * 1.25
                    y[0] -= size * 1.25
                    for j, c in enumerate(cells):
                        if k < len(c) and c[k]:
                            ops.append(f"BT /{'F2' if i == 0 else 'F1'} {size:g} Tf {xs[j] + 2:.2f} {y[0]:.2f} Td "
                                       f"{_pdf_str(c[k])} Tj ET")
                y[0] = top - hgt * size * 1.25 - 3
                ops.append(f"0.6 w {L:.2f} {y[0] + 1.5:.2f} m {W - R:.2f} {y[0] + 1.5:.2f} l S")
            y[0] -= 8
    pages.append(ops[:])

    objs = {}
    n_pages = len(pages)
    kids = [5 + 2 * i for i in range(n_pages)]
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {n_pages} >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        stream = ("\n".join(pg) + "\n").encode("latin-1")
        objs[kids[i]] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W:g} {H:g}] "
                         f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {kids[i] + 1} 0 R >>")
        objs[kids[i] + 1] = (f"<< /Length {len(stream)} >>\nstream\n".encode("latin-1") + stream + b"endstream")
    info_id = 5 + 2 * n_pages
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    info = f"<< /Producer (Siegel dev21 corpus, stdlib PDF writer) /Creator (Siegel dev21 corpus) /CreationDate ({d}) /ModDate ({d})"
    info += f" /Author {_pdf_str(_pdf_fold(author))}"
    if title:
        info += f" /Title {_pdf_str(_pdf_fold(title))}"
    objs[info_id] = info + " >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        body = objs[k] if isinstance(objs[k], bytes) else objs[k].encode("latin-1")
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for k in range(1, size):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += (f"trailer\n<< /Size {size} /Root 1 0 R /Info {info_id} 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    data = bytes(out)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Check a PDF written above (xref offsets, trailer) and return its text layer."""
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF"), "PDF header/trailer"
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for k in range(n):
        ent = data[pos + 20 * k: pos + 20 * k + 20]
        assert len(ent) == 20 and ent[17:18] in (b"n", b"f"), ("xref entry", k)
        if ent[17:18] == b"n":
            off = int(ent[:10])
            assert data[off:].startswith(f"{k} 0 obj".encode()), ("xref offset", k)
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        st = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 9] == b"endstream", "stream length"
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", st):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            texts.append(s.decode("cp1252"))
    return "\n".join(texts)


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
    salt = f"d21|{n}|{m.get('mid', '')}|{m['subj']}"
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
        if client == "mobile" and not m.get("sig") and not m.get("nomobilesig"):
            text += "\n" + ("Von meinem iPhone gesendet" if lang == "de" else "Sent from my iPhone") + "\n"
        if m.get("quote"):
            qh = m.get("quotehead")
            text += "\n" + (qh + "\n" if qh else "") + m["quote"].strip("\n") + "\n"
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
        fn = f"d21-{n:04d}.eml"
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


def _open_office(fname, data):
    """Open an XLSX/DOCX/ODS/ODT container with the standard library: every XML
    part must parse, the required parts must exist; returns the text inside."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, fname
    names = z.namelist()
    low = fname.lower()
    for nm in names:
        if nm.endswith((".xml", ".rels")):
            ET.fromstring(z.read(nm))
    if low.endswith(".xlsx"):
        for need in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            assert need in names, (fname, need)
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        sst = [t.text or "" for t in ET.fromstring(z.read("xl/sharedStrings.xml")).iterfind(".//m:t", ns)] \
            if "xl/sharedStrings.xml" in names else []
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        assert wb.findall(".//m:sheet", ns), fname
        out = []
        for nm in names:
            if nm.startswith("xl/worksheets/"):
                for c in ET.fromstring(z.read(nm)).iterfind(".//m:c", ns):
                    v = c.find("m:v", ns)
                    if v is not None:
                        out.append(sst[int(v.text)] if c.get("t") == "s" else v.text)
        return "\n".join(out)
    if low.endswith(".docx"):
        for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            assert need in names, (fname, need)
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        return "\n".join(t.text or "" for t in ET.fromstring(z.read("word/document.xml")).iter(w + "t"))
    if low.endswith((".ods", ".odt")):
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, (fname, "mimetype first")
        mt = z.read("mimetype").decode()
        assert mt == ("application/vnd.oasis.opendocument.spreadsheet" if low.endswith(".ods")
                      else "application/vnd.oasis.opendocument.text"), (fname, mt)
        assert "META-INF/manifest.xml" in names and "content.xml" in names, fname
        return "\n".join(t for t in ET.fromstring(z.read("content.xml")).itertext())
    return ""


def check():
    from email import policy as P
    from email.parser import BytesParser
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels.tsv header"
    lines = lines[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    files = sorted(p.name for p in (OUT / "mails").glob("*.eml"))
    assert files == [f"d21-{n:04d}.eml" for n in range(1, len(MAILS) + 1)], "mails/ does not match MAILS"
    with_att = 0
    opened = Counter()

    def open_att(fn, fname, data):
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
            assert _open_office(fname, data).strip(), (fn, fname, "no text")
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, (fn, fname)
            for name in z.namelist():
                open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert pdf_text(data).strip(), (fn, fname, "empty PDF text")
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith(".eml"):
            inner = BytesParser(policy=P.default).parsebytes(data)
            assert not inner.defects, (fn, fname)
        else:
            assert data, (fn, fname)
        opened[low.rsplit(".", 1)[-1]] += 1

    def walk(fn, msg):
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.defects:
                raise AssertionError((fn, part.defects))
            if part.get_content_type() == "message/rfc822":
                continue
            cs = part.get_content_charset()
            if cs:
                stats["charset"][cs] += 1
            stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            fname = part.get_filename()
            data = part.get_payload(decode=True)
            if fname:
                open_att(fn, fname, data)
            if part.get_content_maintype() == "text":
                part.get_content()   # decodes with the declared charset

    for (label, lang, kind, reason, m), line in zip(MAILS, lines):
        f = line.split("\t")
        fn = f[0]
        assert len(f) == 5 and f[1:] == [label, lang, kind, reason], fn
        raw = (OUT / "mails" / fn).read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        assert max(len(x) for x in raw.split(b"\r\n")) <= 998, f"{fn}: line too long"
        msg = BytesParser(policy=P.default).parsebytes(raw)
        assert not msg.defects, (fn, msg.defects)
        assert msg["Message-ID"] not in mids, fn
        mids.add(msg["Message-ID"])
        assert msg["Date"].datetime.year == 2026, fn
        assert msg["From"].addresses[0].domain == DOM, fn
        stats["label"][label] += 1
        stats["lang"][lang] += 1
        stats["kind"][kind] += 1
        stats["ct"][msg.get_content_type()] += 1
        if m.get("att"):
            with_att += 1
        for k in att_kinds(m):
            stats["att"][k] += 1
        walk(fn, msg)
    print("mails:", len(MAILS), " with attachments:", with_att, " files opened:",
          ", ".join(f"{a}={b}" for a, b in sorted(opened.items())))
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


# ---------------------------------------------------------------- batch 1 (d21-0001 … d21-0025)

# 0001
M("N", "de", "internal", "trap: IT ticket about the scan line that skews doctors' invoices and misses GOÄ numbers; no patient named",
  frm="IT-Servicedesk <servicedesk@versicherer.example>", to=ADDR("kroeger"), cc=ADDR("hoffmann"),
  subj="[INC0048213] Scanstraße Posteingang KV: Arztrechnungen werden schief eingezogen – Status: In Bearbeitung",
  date="2026-01-07 08:41", client="system", mailer="ServiceNow Notification Engine",
  body="""Guten Tag Frau Kröger,

Ihr Ticket wurde aktualisiert.

Ticketnummer:      INC0048213
Kurzbeschreibung:  Scanstraße Posteingang KV: Arztrechnungen werden schief eingezogen
Priorität:         3 - Mittel
Zugewiesen an:     2nd Level Output/Input-Management (Lukas Hoffmann)
Status:            In Bearbeitung

Neuer Arbeitsnotiz-Eintrag (07.01.2026 08:39, Lukas Hoffmann):
Kodak-Scanner 2 (Raum 3.114) zieht Belege im Format DIN A5 quer schräg ein. Folge: die
OCR erkennt die GOÄ-Ziffern und Rechnungsbeträge nicht zuverlässig, die Belege landen in
der manuellen Nachbearbeitung. Einzugsrollen sind verschlissen, Techniker von Fa. Scanservice
Rhein ist für Freitag 09:00 bestellt. Bis dahin bitte A5-Rechnungen und Rezepte über
Scanner 1 laufen lassen.

Sie können auf diese E-Mail antworten, um einen Kommentar zum Ticket hinzuzufügen.
Bitte ändern Sie den Betreff nicht.

Ihr IT-Servicedesk
Tel. -6000 | https://servicedesk.intra.versicherer.example
""")

# 0002
M("S", "en", "insurer-to-hospital", "guarantee of payment to a Spanish hospital for a named tourist with a femur fracture (S72.00), birth date; details also in PDF",
  frm=ADDR("bauer"), to="International Patient Office <international@hospital-costablanca.example>",
  subj="Guarantee of payment – Mr Günter Albers – your ref. ADM-26-01877", date="2026-02-18 16:22",
  client="outlook", ent="kv",
  body="""Dear colleagues,

thank you for your call this afternoon. As discussed, we confirm cover for our insured

  Mr Günter Albers, born 14/03/1951
  Travel health policy RK-4471-209384 (valid 01/01/2026 – 31/12/2026)

who was admitted to your hospital today after a fall at his holiday apartment in Altea,
admission diagnosis proximal femur fracture left (S72.00).

We guarantee payment of medically necessary inpatient treatment including surgery up to
EUR 25,000.00 at this stage. Please do not charge the patient or his wife directly.

Could you please send us, within the next 48 hours:
  - the medical report after surgery (type of osteosynthesis / prosthesis),
  - an estimate of the length of stay,
  - a first cost estimate in EUR.

As soon as your orthopaedic team considers Mr Albers fit to fly, our assistance partner will
organise his repatriation to Germany, probably by stretcher on a scheduled flight.

The formal guarantee letter is attached.

Kind regards""",
  sig="bauer", att=[PDF("Guarantee_of_Payment_Albers_RK-4471-209384.pdf", [
      ("h", "Guarantee of Payment / Kostenübernahmeerklärung"),
      "Versicherer Krankenversicherung a.G. · Travel Health & Assistance · Rheinuferstrasse 12 · 50667 Cologne",
      "To: Hospital Internacional Costa Blanca, International Patient Office, Alicante, Spain\nYour reference: ADM-26-01877 · Our case: TH-26-00412",
      ("t", [["Patient", "Date of birth", "Policy", "Admission", "Diagnosis"],
             ["Günter Albers", "14/03/1951", "RK-4471-209384", "18/02/2026", "S72.00 fracture of femoral neck, left"]]),
      "We hereby guarantee payment for medically necessary inpatient treatment, including surgery, up to a total of EUR 25,000.00. "
      "Any amount above this limit requires our prior written approval. Invoices to be sent in the name of the patient, "
      "quoting our case number, to travelhealth@versicherer.example.",
      "Cologne, 18 February 2026\nJonas Bauer, Travel Health & Assistance"], title="Guarantee of Payment TH-26-00412")])

# 0003
M("C", "de", "insurer-to-customer", "household policy: bank change confirmed, full new IBAN and account holder in the customer's quoted mixed German/English mail",
  frm=ADDR("kowalski"), to="Daniel Hughes <dan.hughes@mailbox.example>", subj="Re: new bank account / Hausrat",
  date="2026-02-03 11:05", client="thunderbird",
  body="""Hallo Herr Hughes,

vielen Dank, wir haben die neue Bankverbindung für Ihre Hausratversicherung HR-2291-55102
hinterlegt. Der Beitrag für März wird bereits vom neuen Konto (endet auf ...8830) abgebucht.
Ein neues SEPA-Mandat brauchen wir nicht, Ihre Mail reicht uns als Auftrag.

Thanks for writing – und einen guten Start bei der neuen Bank!

Viele Grüße
Lena Kowalski
Kundenservice""",
  quote="""Am 02.02.2026 um 21:47 schrieb Daniel Hughes:
""" + Q("""Hi,

I have moved to a new bank (the old Postbank account will be closed end of Feb). Bitte ab März
vom neuen Konto abbuchen:

IBAN """ + IB("DE", "500105175407788830") + """
Kontoinhaber: Daniel Hughes

Is that enough or do you need a new Lastschriftmandat? Sorry my German is not so good yet.

Thanks, Dan"""))

# 0004
M("N", "en", "internal", "trap: Q1 review invitation for international health with cost per case by region and top ICD chapters, aggregated only",
  frm=ADDR("whitfield"), to=[ADDR("lehmann"), ADDR("bauer"), ADDR("novak"), ADDR("dubois")],
  subj="Q1 review International Health – cost trends & assistance SLAs", date="2026-03-24 14:10", client="outlook", ent="kv",
  body="""Hi all,

please find attached the invite for our quarterly review. Proposed agenda:

1. Cost per inpatient case by region (USA/Canada, Asia, EU, Middle East) – Tomas
2. Top 5 ICD-10 chapters by paid amount, Q1 2026 vs Q1 2025 (chapter level only) – Tomas
3. Assistance partners: SLA report (call pick-up, time to guarantee of payment) – Jonas
4. Expat claims backlog and turnaround times – Karin
5. Group programmes: renewal pipeline (two pooling contracts up for renewal) – Claire

Please send slides by Thursday noon. No case-level data in the slides please, we will
share the deck with Finance afterwards.

Thanks
Emma""",
  att=[ICS("invite.ics", "040000008200E00074C5B7101A82E00800000000B0C61F2A11BCDC01@versicherer.example",
           "Q1 review International Health", "20260331T100000", "20260331T113000",
           ("Emma Whitfield", "emma.whitfield@versicherer.example"),
           [("Karin Lehmann", "karin.lehmann@versicherer.example"), ("Jonas Bauer", "jonas.bauer@versicherer.example"),
            ("Tomas Novak", "tomas.novak@versicherer.example"), ("Claire Dubois", "claire.dubois@versicherer.example")],
           location="Köln, Raum 5.02 \"Rhein\" / Teams", description="Agenda see mail. Slides to Emma by Thursday noon.")])

# 0005
M("S", "de", "internal", "claims handler's phone note: named insured, health policy number, rehab after disc surgery (M51.1)",
  frm=ADDR("brandt"), to="Reha-Team KV <reha-kv@versicherer.example>", subj="Aktennotiz Telefonat – Lindemann-Yüce, KV 40-118832-7",
  date="2026-01-12 10:17", client="outlook", ent="kv",
  body="""Hallo zusammen,

kurze Notiz zum Telefonat von heute 09:50 Uhr, bitte in die Akte übernehmen:

VN/VP: Frau Petra Lindemann-Yüce, KV 40-118832-7 (Tarif Komfort stationär)
- Bandscheiben-OP LWK 4/5 am 05.01. in der Rheinland-Klinik Bonn (Nukleotomie), Diagnose M51.1
- Klinik empfiehlt AHB/Anschlussreha orthopädisch, 3 Wochen, Wunschklinik Bad Salzuflen
- Kostenzusage angefragt, Antrag + Arztbericht kommen per Post (hat sie gestern abgeschickt)
- Sie hat noch starke Schmerzen beim Sitzen, Rückruf bitte nachmittags ab 15 Uhr auf dem Handy

Ich habe ihr gesagt, dass wir uns innerhalb einer Woche nach Eingang melden.

Danke & Gruß
Gerrit""")

# 0006
M("C", "en", "insurer-to-broker", "D&O renewal for a GmbH with the insured directors named, policy number and limits; no health data",
  frm=ADDR("hartmann"), to="Oliver Pritchard <o.pritchard@harringtonvale.example>", cc=ADDR("stone"),
  subj="RE: Rheinfeld Logistik GmbH – D&O renewal 01/04/2026 – policy DO-7730-1142", date="2026-02-26 17:34",
  client="outlook", ent="av",
  body="""Dear Oliver,

thanks for the updated submission. We are happy to renew on the following basis:

  Policyholder:     Rheinfeld Logistik GmbH, Duisburg
  Policy:           DO-7730-1142
  Period:           01/04/2026 – 01/04/2027
  Limit:            EUR 10m any one claim and in the aggregate
  Retention:        nil for insured persons, EUR 25,000 corporate reimbursement
  Premium:          EUR 38,400 net (expiring EUR 36,900)

Insured persons as per your list (managing directors Dr. Anke Vossberg and Marc Tillmann,
authorised signatory Jürgen Haferkamp, supervisory board members Sabine Ortlepp and
Prof. Georg Neander). Please confirm that the new CFO, Ms Rana Aziz, started on 01/02 – she is
covered automatically as a new director, but we would like to have her on the schedule.

The circumstance notified last year (customs dispute Rotterdam) remains excluded as a
prior known circumstance, see endorsement 3.

Kind regards
Sven""",
  quote=OQ("Oliver Pritchard <o.pritchard@harringtonvale.example>", "Wednesday, 25 February 2026 12:02",
           "Sven Hartmann", "Rheinfeld Logistik GmbH – D&O renewal 01/04/2026",
           """Dear Sven,

ahead of the 1 April renewal please find below the client's answers to your questions. Turnover
2025 EUR 212m (2024: 198m), no acquisitions, no claims. Could you let us have renewal terms by
end of the week? Client is keen to keep the current structure.

Best regards
Oliver Pritchard
Account Executive, Financial Lines
Harrington & Vale Insurance Brokers Ltd, 40 Leadenhall Street, London EC3A 2BJ""", lang="en"))

# 0007
M("N", "de", "internal", "trap: pasted Teams chat about IBAN unit tests with the published example IBAN and a fictitious test person 'Max Mustermann' with birth date",
  frm=ADDR("arnold"), to=ADDR("raman"), subj="WG: Chat Testdaten IBAN-Prüfung (Leistungsauszahlung)", date="2026-01-20 13:02",
  client="outlook",
  body="""Hi Priya,

hier der Chatverlauf von heute Vormittag, damit du weißt, worauf wir uns geeinigt haben.
Testdaten sind alle fiktiv, der echte Bestand kommt nicht in die Testumgebung.

[09:12] Philipp Arnold: Die Auszahlungs-Validierung lehnt gerade auch korrekte IBANs ab, wenn Leerzeichen drin sind
[09:13] Jan Wittkamp: zeig mal den Testfall
[09:15] Philipp Arnold: Testperson Max Mustermann (fiktiv), geb. 01.01.1970, IBAN DE89 3704 0044 0532 0130 00
[09:15] Jan Wittkamp: das ist doch die Beispiel-IBAN aus jeder Doku 😄
[09:16] Philipp Arnold: ja genau, die nehmen wir seit Jahren. Mit Leerzeichen -> Fehler 422, ohne -> ok
[09:18] Jan Wittkamp: Normalisierung fehlt im neuen Endpoint, im alten war .replace(" ", "") drin
[09:19] Philipp Arnold: fixe ich. Brauchen wir noch einen Negativtest mit falscher Prüfziffer?
[09:20] Jan Wittkamp: ja, nimm DE88 3704 0044 0532 0130 00, und Erika Mustermann für den Fall Kontoinhaber ≠ VN
[09:22] Philipp Arnold: 👍 PR kommt heute Nachmittag

Gruß
Philipp""")

# 0008
M("S", "en", "customer", "expat customer's mail (imperfect English) forwarded: daughter hospitalised with dengue fever in Singapore, bill, policy number, IBAN",
  frm=ADDR("lehmann"), to=ADDR("whitfield"), subj="WG: claim for hospital Singapore – pls help",
  date="2026-03-09 09:26", client="outlook", ent="kv",
  body="""Hi Emma,

can you have a look at this one? The family is insured with us via the expat tariff, not via a
group programme, so it's ours. The hospital bill is over our auto-approval limit for Asia. I'd
pay, but please confirm – dengue is covered, no waiting period issue (policy since 2023).

Thanks, Karin

""" + FW("Anja Becker-Lim <anja.beckerlim@mailbox.example>", "08.03.2026 23:51", "expat-claims@versicherer.example",
         "claim for hospital Singapore – pls help", """Dear Sir or Madam,

my doughter Mia (6 years) was in hospital in Singapore for 3 nights, from 28 Feb until 3 March,
because she had dengue fever with very low platelets. The doctors say she is fine now but must
rest at home one more week.

We have paid the bill ourself with credit card, it was SGD 4,820.60. I attach the bill and the
discharge summary from Mount Elizabeth Novena (sorry I only have foto from my phone).

Our policy number is EXP-3307-2291, insured persons are me, my husband Kelvin Lim and Mia.

Please can you pay to our german account:
IBAN """ + IB("DE", "120300000019284756") + """ (Anja Becker-Lim)

Thank you so much!! Its the first time we need the insurance here.

Best regards
Anja Becker-Lim""", lang="de"))

# 0009
M("N", "de", "newsletter", "trap: HTML-only staff newsletter: flu vaccination by the company doctor, back-health day, canteen; no individual health data",
  frm="Intern aktuell <newsletter-intern@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Intern aktuell 41/2026: Grippeschutzimpfung, Gesundheitstag, neue Salatbar", date="2026-10-05 07:30", client="system",
  mailer="Poptin Mailer 5.2", body=None,
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Intern aktuell 41/2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:640px">
<h1 style="color:#004b87;font-size:22px">Intern aktuell &ndash; Ausgabe 41/2026</h1>
<h2 style="font-size:17px">Grippeschutzimpfung im Haus</h2>
<p>Der betriebsärztliche Dienst bietet auch in diesem Jahr die Grippeschutzimpfung an: am
<strong>14. und 15. Oktober</strong>, jeweils 8:30&ndash;12:00 Uhr, Raum E.08 im Erdgeschoss.
Bitte bringen Sie Ihren Impfpass mit. Die Impfung ist freiwillig und für Sie kostenlos.
Die Anmeldung läuft über das Buchungstool im Intranet (&bdquo;Gesundheit &amp; Soziales&ldquo;);
Ihre Angaben sieht ausschließlich der betriebsärztliche Dienst.</p>
<h2 style="font-size:17px">Gesundheitstag am 22. Oktober</h2>
<p>Rückenscreening, Sehtest, Beratung zu ergonomischem Arbeiten im Homeoffice und ein
Vortrag &bdquo;Gesund schlafen im Schichtalltag&ldquo;. Details folgen.</p>
<h2 style="font-size:17px">Neue Salatbar im Casino</h2>
<p>Ab Montag gibt es mittags eine Salatbar mit Abrechnung nach Gewicht (1,59&nbsp;&euro;/100&nbsp;g).</p>
<hr>
<p style="font-size:11px;color:#777">Redaktion: Unternehmenskommunikation &middot; Julia Baumann &middot; Durchwahl -1010<br>
Sie erhalten diesen Newsletter als Mitarbeiterin oder Mitarbeiter der Versicherer-Gruppe.</p>
</body></html>
""")

# 0010
M("C", "de", "internal", "HR to payroll: salary increases of three named employees with personnel numbers (tab-separated table)",
  frm=ADDR("winter"), to="Entgeltabrechnung <entgelt@versicherer.example>", subj="Gehaltsanpassungen zum 01.04.2026 – Nachzügler",
  date="2026-03-16 15:48", client="outlook",
  body="""Hallo zusammen,

bitte noch diese drei Anpassungen für den April-Lauf berücksichtigen (Freigabe Bereichsleitung
liegt vor, Scan im Personalakten-System):

[[t1]]

Bei Frau Osterholt kommt zusätzlich ab 01.04. die Funktionszulage Teamleitung (350 € brutto),
die ist in der Zahl oben noch nicht drin.

Danke und viele Grüße
Marie""",
  sig="winter", sigstyle="short",
  tables={"t1": ([["PersNr", "Name", "Bereich", "bisher brutto/Monat", "neu brutto/Monat"],
                  ["104522", "Osterholt, Meike", "Schaden Sach", "4.310,00", "4.620,00"],
                  ["108871", "Brückner, Jan-Philip", "IT Anwendungsentwicklung", "5.280,00", "5.540,00"],
                  ["110204", "Demirtaş, Elif", "Kundenservice", "3.390,00", "3.560,00"]], "tab")})

# 0011
M("S", "de", "insurer-to-customer", "travel health reimbursement letter: named customer, gastroenteritis treated in Antalya, infusion, pharmacy receipts",
  frm=ADDR("bauer"), to="Bernd Oswald <b.oswald@mailbox.example>", subj="Ihre Auslandsreisekrankenversicherung RK-4471-377120 – Erstattung Türkei-Aufenthalt",
  date="2026-07-02 10:44", client="outlook", ent="kv",
  body="""Sehr geehrter Herr Oswald,

vielen Dank für die Einreichung Ihrer Belege aus dem Urlaub in Side.

Wir haben die Behandlung Ihrer Magen-Darm-Erkrankung (akute Gastroenteritis) in der
Privatklinik Anadolu Sağlık, Antalya, wie folgt abgerechnet:

  Ambulante Behandlung 14.06.2026 inkl. Infusion und Labor    TRY 9.850,00  =  273,14 EUR
  Kontrolluntersuchung 16.06.2026                              TRY 2.400,00  =   66,55 EUR
  Apotheke (Ciprofloxacin, Elektrolytlösung, Probiotikum)      TRY 1.137,50  =   31,54 EUR
                                                                             -----------
  Erstattung                                                                 371,23 EUR

Umgerechnet haben wir zum Kurs des jeweiligen Behandlungstages. Der Betrag wird in den nächsten
drei Bankarbeitstagen auf das uns bekannte Konto überwiesen. Eine Selbstbeteiligung ist in
Ihrem Tarif nicht vereinbart.

Wir wünschen Ihnen gute Besserung, falls Sie noch nicht ganz auf dem Damm sind.

Mit freundlichen Grüßen""",
  sig="bauer")

# 0012
M("N", "en", "insurer-to-partner", "reinsurance cat XL renewal submission: exposure by CRESTA zone and aggregated loss history in XLSX; no persons",
  frm=ADDR("stone"), to="Henrik Aalto <henrik.aalto@nordicre.example>", cc=ADDR("morgan"),
  subj="Property Cat XL 2027 – renewal submission Versicherer Allgemeine", date="2026-09-14 11:20", client="outlook", ent="grp",
  body="""Dear Henrik,

as promised, attached is our renewal submission for the Property Catastrophe Excess of Loss
programme 2027 (layers 1–4, unchanged structure).

Highlights:
- Total sum insured residential + commercial property up 6.8% (indexation 5.2%, growth 1.6%)
- Exposure split by CRESTA zone and line of business in sheet "Exposure"
- Event loss history 2012–2026 (as-if indexed) in sheet "Events" – 2026 includes
  the June hail event "Jolanda" with a current gross estimate of EUR 41.3m
- Modelled 200y PML (vendor model v23, long-term view): EUR 412m, vs. 389m last year

We'd appreciate a first indication by 23 October. Happy to arrange a call with our cat
modelling team any time.

Best regards
Rebecca""",
  sig="stone", lang="en",
  att=[XLSX("Versicherer_PropCat_2027_submission.xlsx", {
      "Exposure": [["CRESTA zone", "Line", "Risks", "TSI EUR m"],
                   ["DE_50", "Residential", 48211, 14520.4], ["DE_50", "Commercial", 3102, 6120.8],
                   ["DE_51", "Residential", 39877, 11880.2], ["DE_51", "Commercial", 2211, 3890.5],
                   ["DE_40", "Residential", 27340, 8120.9], ["DE_40", "Commercial", 1988, 2904.1],
                   ["DE_53", "Residential", 22015, 6511.7], ["DE_53", "Commercial", 1240, 1712.0]],
      "Events": [["Year", "Event", "Peril", "Gross loss EUR m (as-if)"],
                 [2013, "Andreas", "Hail", 58.2], [2018, "Friederike", "Windstorm", 44.7],
                 [2021, "Bernd", "Flood", 96.4], [2022, "Zeynep", "Windstorm", 31.0],
                 [2024, "Orinoco", "Flood", 12.9], [2026, "Jolanda", "Hail", 41.3]]}, author="Rebecca Stone")])

# 0013
M("C", "de", "insurer-to-customer", "motor glass claim: named policyholder, claim number and number plate; no injuries",
  frm=ADDR("brenner"), to="Claudia Wirtz <claudia.wirtz@mailbox.example>", subj="Ihr Glasschaden – Schaden-Nr. KS-26-0031877",
  date="2026-01-26 09:03", client="outlook", ent="av",
  body="""Guten Morgen Frau Wirtz,

danke für Ihre Meldung. Für den Steinschlag an der Windschutzscheibe Ihres Skoda Octavia
(K-CW 2718) übernehmen wir die Reparatur bzw. den Austausch über Ihre Teilkasko, abzüglich
150 € Selbstbeteiligung. Wenn der Schaden repariert werden kann (kleiner als eine 2-Euro-Münze,
nicht im Sichtfeld des Fahrers), entfällt die Selbstbeteiligung.

Sie können direkt einen Termin bei einem unserer Partnerbetriebe vereinbaren, z. B.
Autoglas Ehrenfeld, Venloer Str. 512, Tel. 0221 555 8821. Bitte geben Sie dort die
Schadennummer KS-26-0031877 an, die Abrechnung läuft dann direkt mit uns.

Viele Grüße""",
  sig="brenner", sigstyle="short")

# 0014
M("N", "de", "internal", "trap: minutes of the data-protection jour fixe about health data in e-mail, portal use, § 203 StGB training; no individual cases",
  frm=ADDR("meier"), to="DS-Koordinatoren <ds-koordinatoren@versicherer.example>",
  subj="Protokoll Datenschutz-Jour-fixe 11.02.2026", date="2026-02-12 16:05", client="thunderbird",
  body="""Liebe Datenschutzkoordinatorinnen und -koordinatoren,

anbei das Kurzprotokoll unseres Jour fixe von gestern.

TOP 1 – Versand von Gesundheitsdaten per E-Mail
Der neue Gateway-Betrieb läuft seit 01.02. Mails mit Gesundheitsdaten (Diagnosen, Arztberichte,
Leistungsabrechnungen KV) gehen an Kunden ohne Zertifikat nur noch über das Portal-Postfach.
Quote in KW 6: 71 % Portal, 22 % S/MIME, 7 % TLS mit Einwilligung. Rückfragen der Fachbereiche
bitte an mich, nicht an den IT-Servicedesk.

TOP 2 – Kundeneinwilligung TLS
Das Formular "Einwilligung in die Übermittlung per TLS" ist überarbeitet (Version 3.1), die alte
Version bitte ab 01.03. nicht mehr verwenden.

TOP 3 – Schulung § 203 StGB
Pflichtschulung für alle neuen Mitarbeitenden im Leistungsbereich; Nachzügler-Termin 10.03.
Die Quote liegt bei 94 %.

TOP 4 – Löschkonzept Schadenakten Sach
Entwurf liegt vor, Abstimmung mit Revision bis Ende März.

TOP 5 – Verschiedenes
Bitte keine Screenshots aus dem Bestandssystem in Teams-Chats posten, auch nicht "nur kurz".

Nächster Termin: 11.03.2026, 14:00 Uhr.

Viele Grüße
Thomas Meier
Datenschutzbeauftragter""")

# 0015
M("S", "en", "insurer-to-company", "repatriation request to an assistance company: named insured, age, ischaemic stroke (I63.9) with hemiparesis in Bangkok",
  frm=ADDR("bauer"), to="Medical Department <medical@eurocare-assistance.example>", cc=ADDR("whitfield"),
  subj="URGENT – air ambulance Bangkok–Cologne – Mr Rainer Vollmer – our case TH-26-00877", date="2026-11-03 07:52",
  client="outlook", ent="kv", importance="high",
  body="""Dear Dr. Castell,

following our call at 07:30 CET we hereby instruct you to organise the repatriation of our
insured Mr Rainer Vollmer (67), policy RK-4471-118065.

Medical situation (as per treating neurologist, Sukhumvit International Hospital, Bangkok):
- admitted 30/10 with acute ischaemic stroke (I63.9), thrombolysis given within 3 hours
- right-sided hemiparesis, mild aphasia, GCS 15, haemodynamically stable
- atrial fibrillation newly diagnosed, on apixaban since 01/11
- no oxygen requirement, can sit for short periods

Please arrange an air ambulance (or stretcher on a scheduled flight with physician escort if
your medical director considers it safe) to Cologne/Bonn airport. A bed on the stroke unit of
Universitätsklinikum Köln is reserved from 05/11; contact there: OÄ Dr. Lena Fuchs.

Mrs Ingrid Vollmer (wife) will travel back with him; she can be reached on +66 81 555 0192.

Please send us your medical assessment and the cost estimate before the flight is booked.

Best regards""",
  sig="bauer")

# 0016
M("N", "en", "internal", "trap: security incident report about queued mail after a partner certificate expired; mentions strictly confidential mail but no personal data",
  frm=ADDR("kaya"), to=["IT Management <it-management@versicherer.example>", ADDR("meier"), ADDR("fischer")],
  subj="Incident report INC-2026-0142 – outbound TLS failures to partner domain (resolved)", date="2026-04-22 18:40",
  client="outlook",
  body="""Hi all,

short incident report, details in the ticket.

Summary
  Between 09:05 and 11:15 CEST today, outbound mail to one partner domain (a large broker pool)
  could not be delivered. The partner's MX presented an expired certificate; our policy for this
  domain requires verified TLS, so the gateway held the mail instead of falling back.

Impact
  - 312 messages queued, 0 delivered in plain text, 0 lost
  - 41 of them classified strictly confidential (health claims), all held as designed
  - delivery resumed automatically at 11:15 after the partner renewed the certificate

Root cause
  Certificate on the partner side expired at 00:00 UTC; their monitoring did not alert.

Actions
  1. (done) Queue flushed, delivery verified from the logs
  2. (SOC, 30/04) Add expiry monitoring for certificates of the 20 biggest partner domains
  3. (Broker Relations, 15/05) Ask partner to add us to their change notifications

No personal data was disclosed; no notification under Art. 33 GDPR required (confirmed with
Thomas Meier).

Serkan""",
  sig="kaya", sigstyle="short")

# 0017
M("C", "en", "insurer-to-customer", "home contents policy cancelled because of a move to Dubai: named customer, policy number, premium refund to account ending",
  frm=ADDR("kowalski"), to="Sarah Quinn-Hoffmeister <sarah.qh@mailbox.example>", subj="Your home contents insurance HR-2291-60457 – move to Dubai",
  date="2026-05-19 14:30", client="outlook", ent="av",
  body="""Dear Ms Quinn-Hoffmeister,

thank you for letting us know about your move to Dubai.

Unfortunately our home contents insurance only covers homes in Germany, so we cannot
continue policy HR-2291-60457 at your new address in Dubai Marina. As requested, we have
ended the policy as of 31 May 2026, the day your shipping company collects your furniture.

Until then, your belongings are also covered while they are packed in your flat in
Düsseldorf. During the sea transport they are not covered by us – please check the transport
insurance of your relocation company.

You will get back the unused premium for June to December 2026, EUR 96.25, to the account
we have on file (ending ...3391) within the next two weeks. A confirmation letter follows by
post to your new address.

We wish you all the best for your new start in Dubai!

Kind regards""",
  sig="kowalski")

# 0018
M("S", "de", "internal", "HR to team leader: reintegration (BEM, Hamburg model) of a named employee after exhaustion depression; team leader's question quoted",
  frm=ADDR("winter"), to="Christoph Ahlers <christoph.ahlers@versicherer.example>",
  subj="AW: Rückkehr Frau Steinhoff – wie planen wir?", date="2026-06-08 12:15", client="outlook",
  body="""Hallo Christoph,

ja, Frau Steinhoff kommt ab dem 15.06. zurück, aber zunächst im Rahmen einer stufenweisen
Wiedereingliederung (Hamburger Modell) nach ihrer Erschöpfungsdepression:

  15.06.–28.06.  4 Stunden täglich, vormittags
  29.06.–12.07.  6 Stunden täglich
  ab 13.07.      Vollzeit (sofern der Arzt zustimmt)

Während der Wiedereingliederung ist sie formal weiter arbeitsunfähig, d. h. keine
Rufbereitschaft, keine Überstunden, und bitte in den ersten Wochen nicht direkt wieder
in die Beschwerde-Hotline. Im BEM-Gespräch hat sie sich Bestandsbearbeitung gewünscht.

Bitte behandle das vertraulich – im Team reicht "sie fängt erstmal in Teilzeit an".

Viele Grüße
Marie""",
  sig="winter", sigstyle="short",
  quote=OQ("Ahlers, Christoph", "Montag, 8. Juni 2026 09:02", "Winter, Marie", "Rückkehr Frau Steinhoff – wie planen wir?",
           """Hallo Marie,

ich habe gehört, dass Frau Steinhoff nächste Woche wiederkommt? Ich muss den Dienstplan für
die Hotline machen – kann ich sie voll einplanen?

Gruß
Christoph"""))

# 0019
M("N", "de", "insurer-to-supplier", "trap: purchase order for first-aid kits, AED pads and eye wash bottles; company supplier, no persons",
  frm=ADDR("krueger"), to="Vertrieb <bestellung@medsafe-betriebsbedarf.example>", subj="Bestellung 4500187733 – Erste-Hilfe-Material Standort Köln",
  date="2026-01-29 10:12", client="outlook",
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

  Pos  Menge  Art.-Nr.     Bezeichnung                                     EP netto
  10   12     EH-13157-B   Erste-Hilfe-Koffer DIN 13157, Wandhalterung     39,90 €
  20    4     AED-PAD-P3   Elektrodensatz Erwachsene für AED Powerheart    74,50 €
  30    2     AED-BAT-P3   Batterie für AED Powerheart G5                 189,00 €
  40   10     AUG-500      Augenspülflasche 500 ml                         6,80 €
  50    6     KUE-20       Kühlkompressen, Packung à 20                     11,20 €

Lieferung bitte bis 13.02.2026 an:
Versicherer Holding AG, Facility Management, Warenannahme Tor 2, Rheinuferstraße 12,
50667 Köln (Mo–Fr 7:00–15:00 Uhr). Ansprechpartnerin vor Ort: Anja Richter, -1550.

Bitte geben Sie unsere Bestellnummer auf Lieferschein und Rechnung an.

Mit freundlichen Grüßen""",
  sig="krueger")

# 0020
M("C", "de", "insurer-to-customer", "buildings insurance premium notice (HTML and text) with named customer, policy number, insured address and IBAN for the direct debit",
  frm="Beitragsservice <beitragsservice-noreply@versicherer.example>", to="Hans-Werner Pohl <hw.pohl@mailbox.example>",
  subj="Ihre Beitragsrechnung 2026 – Wohngebäudeversicherung WG-1180-34412", date="2026-01-02 06:15", client="system", ent="av",
  html=True,
  body="""Sehr geehrter Herr Pohl,

anbei erhalten Sie die Beitragsrechnung für Ihre Wohngebäudeversicherung.

[[t1]]

Den Jahresbeitrag buchen wir am 15.01.2026 per SEPA-Lastschrift von Ihrem Konto
""" + IB("DE", "370100500912873344") + """ ab (Mandatsreferenz WG1180344120001,
Gläubiger-ID DE98ZZZ09999999999).

Die Erhöhung gegenüber dem Vorjahr beruht auf der Anpassung des Baupreisindex (gleitender
Neuwert). Sie müssen nichts weiter tun.

Mit freundlichen Grüßen
Ihr Beitragsservice

Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln
Diese Nachricht wurde automatisch erstellt.""",
  tables={"t1": ([["Vertrag", "Versicherter Ort", "Zeitraum", "Jahresbeitrag"],
                  ["WG-1180-34412", "Am Mühlenbach 7, 51469 Bergisch Gladbach", "01.01.–31.12.2026", "1.184,37 €"]], "pad")})

# 0021
M("S", "de", "insurer-to-doctor", "request to a GP for a medical report in a disability (BU) claim: named insured with birth date, consent form attached",
  frm=ADDR("stanek"), to="Praxis Dr. med. Kerstin Faber <praxis@dr-faber-hausarzt.example>",
  subj="Anforderung ärztlicher Befundbericht – Herr Matthias Groß, geb. 22.07.1979", date="2026-04-14 11:32", client="outlook", ent="lv",
  body="""Sehr geehrte Frau Dr. Faber,

Ihr Patient, Herr Matthias Groß, geb. 22.07.1979, wohnhaft Kapellenweg 3, 53111 Bonn, hat bei
uns Leistungen aus seiner Berufsunfähigkeitsversicherung (Vertrag BU-5520-771203) beantragt.
Er gibt an, seit Oktober 2025 wegen eines Bandscheibenvorfalls der Halswirbelsäule mit
Ausstrahlung in den rechten Arm nicht mehr als Elektroinstallateur arbeiten zu können.

Für unsere Prüfung bitten wir Sie um einen Befundbericht zu folgenden Fragen:
1. Welche Diagnosen haben Sie gestellt (möglichst mit ICD-10)?
2. Seit wann behandeln Sie Herrn Groß wegen dieser Beschwerden?
3. Welche Arbeitsunfähigkeitszeiten haben Sie bescheinigt?
4. Welche Therapien wurden durchgeführt, welche sind geplant?
5. Wurden Fachärzte hinzugezogen (bitte Befunde beifügen)?

Die von Herrn Groß unterschriebene Schweigepflichtentbindung für diese Anfrage ist beigefügt.
Ihre Kosten erstatten wir nach GOÄ Nr. 75 zuzüglich Porto.

Bitte nutzen Sie für Ihre Antwort unser SecureMail-Portal oder den Postweg.

Mit freundlichen Grüßen""",
  sig="stanek",
  att=[PDF("Schweigepflichtentbindung_Gross_BU-5520-771203.pdf", [
      ("h", "Erklärung zur Entbindung von der Schweigepflicht (Einzelfall)"),
      "Versicherungsnehmer / versicherte Person: Matthias Groß, geb. 22.07.1979, Kapellenweg 3, 53111 Bonn\nVertrag: BU-5520-771203",
      "Ich entbinde die nachfolgend genannten Ärzte von ihrer Schweigepflicht, soweit dies für die Prüfung meines Antrags "
      "auf Leistungen wegen Berufsunfähigkeit erforderlich ist: Dr. med. Kerstin Faber (Hausärztin), Bonn; "
      "Neurochirurgische Gemeinschaftspraxis am Hofgarten, Bonn.",
      "Die Versicherer Lebensversicherung AG darf Gesundheitsdaten bei diesen Stellen erheben und zu diesem Zweck verwenden.",
      "Bonn, 09.04.2026       gez. Matthias Groß"], title="Schweigepflichtentbindung")])

# 0022
M("N", "en", "insurer-to-broker", "trap: product launch to an English broker with sample expat health premiums by age band and deductible; no individual",
  frm=ADDR("vogel"), to="Rachel Osborne <rachel.osborne@pembertonglobal.example>",
  subj="Launch: GlobalCare Expat – indicative rates for your Q3 prospects", date="2026-06-23 15:05", client="outlook", lang="en",
  body="""Hi Rachel,

as mentioned at the Frankfurt meeting, our new expatriate health plan "GlobalCare Expat" is now
available for individual expats and families (groups of 5+ via Claire Dubois' team).

Key points:
- worldwide cover incl. or excl. USA/Canada, inpatient, outpatient, dental, maternity (after 10 months)
- direct billing network of 1.2m providers, 24/7 medical assistance in English and German
- annual deductibles of EUR 0 / 500 / 1,500
- no medical underwriting for families moving with a corporate employer (min. 3 persons)

Indicative monthly premiums, worldwide excl. USA, deductible EUR 500, per person:

[[t1]]

Please note these are illustrative figures only and not an offer; final premiums depend on
the country of residence and the health questionnaire.

Brochure and tariff sheet are on the broker extranet. Let me know if you want a webinar for
your team.

Best
Katharina""",
  sig="vogel", tables={"t1": ([["Age band", "Premium EUR/month", "incl. dental"],
                               ["0-17", "92", "118"], ["18-29", "148", "181"], ["30-39", "196", "233"],
                               ["40-49", "262", "305"], ["50-59", "371", "420"], ["60-64", "498", "553"]], "pipe")})

# 0023
M("N", "de", "internal", "trap: controlling report with loss ratios per line pasted as a pipe table; one large travel-health loss mentioned without person",
  frm=ADDR("petersen"), to=["Bereichsleitung Schaden/Leistung <bl-schaden-leistung@versicherer.example>"], cc=ADDR("morgan"),
  subj="Schaden-/Leistungsquoten Q1 2026 – vorläufig", date="2026-04-09 17:55", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

anbei die vorläufigen Quoten Q1 2026 (Stand Buchungsschluss 08.04., brutto, vor Rückversicherung):

[[t1]]

Auffälligkeiten:
- Auslandsreisekranken: Quote durch einen einzelnen Großschaden USA (stationär, > 250 T€)
  verzerrt; ohne diesen Fall 61,2 %.
- Wohngebäude: Leitungswasser weiter über Plan, Hagel "Jolanda" fällt erst in Q2.
- Kfz: Frequenz leicht rückläufig, Durchschnittsschaden +7 % (Ersatzteilpreise).

Die finalen Zahlen kommen mit dem Quartalsbericht am 24.04.

Viele Grüße
Ole Petersen""",
  tables={"t1": ([["Sparte", "Beiträge verdient T€", "Schäden/Leistungen T€", "Quote Q1/26", "Quote Q1/25"],
                  ["KV Vollversicherung", "184.220", "139.911", "75,9 %", "74,8 %"],
                  ["KV Zusatz", "41.870", "25.540", "61,0 %", "60,2 %"],
                  ["Auslandsreisekranken", "6.410", "5.230", "81,6 %", "58,9 %"],
                  ["Kfz", "72.305", "61.820", "85,5 %", "88,1 %"],
                  ["Wohngebäude", "38.990", "30.410", "78,0 %", "71,4 %"],
                  ["Hausrat", "17.440", "7.150", "41,0 %", "43,3 %"],
                  ["Haftpflicht", "21.115", "9.290", "44,0 %", "46,7 %"]], "pipe")})

# 0024
M("C", "en", "insurer-to-partner", "cross-border motor claim to a Dutch insurer: named policyholder and plates, claim number, liability; no one injured",
  frm=ADDR("brenner"), to="Claims Department <claims@zeelandschade.example>",
  subj="Your insured GX-214-K / our insured K-FL 2207 – accident Utrecht 06/03/2026 – our ref. KH-26-0044102",
  date="2026-03-18 13:48", client="outlook", ent="av",
  body="""Dear Sir or Madam,

we are the motor liability and comprehensive insurer of Mr Frank Lüders, Cologne, driver and
owner of the VW Passat Variant, registration K-FL 2207.

On 6 March 2026 at approx. 17:20 our insured was stationary at a red light on Weg der
Verenigde Naties, Utrecht, when your insured vehicle (Peugeot 308, registration GX-214-K,
driver Mr Joost van Dijk according to the European Accident Statement) hit the rear of his car.
Nobody was injured. The police were not called; both drivers signed the accident statement,
which we attach to our letter by post.

The rear of our insured's car was damaged (bumper, tailgate, parking sensors). The repair
estimate of an authorised VW workshop in Cologne amounts to EUR 3,480.55 incl. VAT, plus a
rental car for 4 days.

We would kindly ask you to confirm liability. Our insured would prefer direct settlement with
the workshop; bank details of the workshop will follow with the final invoice.

Yours faithfully""",
  sig="brenner", lang="en")

# 0025
M("S", "de", "insurer-to-customer", "long-term care daily allowance: care level 3 according to the medical service assessment, named insured, monthly benefit",
  frm=ADDR("yilmaz"), to="Renate Hollerbach <renate.hollerbach@mailbox.example>", cc="Thomas Hollerbach <th.hollerbach@mailbox.example>",
  subj="Pflegetagegeld für Ihre Mutter – Vertrag PT-3301-90876", date="2026-02-25 14:02", client="outlook", ent="kv",
  body="""Sehr geehrte Frau Hollerbach,

das Gutachten des Medizinischen Dienstes liegt uns vor. Bei Ihrer Mutter, Frau Elfriede
Hollerbach, wurde ab dem 01.02.2026 der Pflegegrad 3 festgestellt (bisher Pflegegrad 2). Der
Gutachter beschreibt vor allem die zunehmenden Einschränkungen beim Gehen und die
beginnende Demenz, die Hilfe bei der Tagesstruktur und nachts erforderlich macht.

Aus dem Pflegetagegeldtarif PTG 100 zahlen wir deshalb ab Februar 70 % des vereinbarten
Tagessatzes, das sind 35,00 € täglich bzw. 1.050,00 € für einen Monat mit 30 Tagen.
Die Nachzahlung für Februar überweisen wir in dieser Woche auf das bekannte Konto; ab März
zahlen wir jeweils zum Monatsanfang.

Wie gewünscht senden wir eine Kopie dieser Mail an Ihren Bruder (Vollmacht liegt vor).

Mit freundlichen Grüßen""",
  sig="yilmaz")
# ---------------------------------------------------------------- batch 2 (d21-0026 … d21-0050)

# 0026
M("N", "en", "internal", "trap: automatic out-of-office reply that points to the 24/7 medical assistance line; no case data",
  frm=ADDR("whitfield"), to=ADDR("petersen"), subj="Automatic reply: Q1 loss ratios – international health figures",
  date="2026-04-10 08:02", client="system", mailer="Microsoft Exchange Server 16.0", ent="kv",
  headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "emma.whitfield@versicherer.example"},
  body="""Thank you for your message. I am out of the office until Tuesday, 14 April 2026, with limited
access to e-mail.

For urgent medical assistance cases (hospital admissions abroad, guarantees of payment,
repatriation) please call our 24/7 assistance line +49 221 555-7000 or write to
travelhealth@versicherer.example.

For expatriate claims please contact Karin Lehmann (-7730); for group programmes Claire Dubois
(-2870).

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.04. nicht im Büro.

Emma Whitfield
International Health Services""")

# 0027
M("S", "de", "insurer-to-customer", "dental: cost plan for two implants approved with GOZ positions and reimbursement, named insured; windows-1252 QP",
  frm=ADDR("wendland"), to="Gisela Kronenberg <gisela.kronenberg@mailbox.example>",
  subj="Heil- und Kostenplan vom 03.03.2026 – Ihre Zahnzusatzversicherung ZZ-2104-66389", date="2026-03-11 09:40",
  client="outlook", ent="kv", charset="windows-1252", cte="quoted-printable",
  body="""Sehr geehrte Frau Kronenberg,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Sandra Olbrich vom 03.03.2026 für die
Versorgung der Lücke regio 36/37 mit zwei Implantaten und implantatgetragenen Kronen geprüft.

Geplante Gesamtkosten laut Plan:            6.482,90 €
  davon Implantate (GOZ 9010, 2x)           1.964,62 €
  Knochenaufbau (GOZ 9100)                    612,40 €
  Kronen (GOZ 2200, 2x) und Labor           2.915,18 €
  Anästhesie, Röntgen, sonstiges              990,70 €

Nach Ihrem Tarif ZahnPlus 80 erstatten wir 80 % der erstattungsfähigen Kosten, abzüglich der
Vorleistung Ihrer gesetzlichen Krankenkasse (Festzuschuss). Voraussichtlich sind das rund
4.700 €. Die Wartezeit ist erfüllt, der Zahnstaffel-Höchstbetrag von 5.000 € in den ersten
vier Jahren ist noch nicht ausgeschöpft.

Bitte reichen Sie nach der Behandlung die Rechnung und den Bescheid der Krankenkasse ein.

Mit freundlichen Grüßen""",
  sig="wendland")

# 0028
M("C", "en", "internal", "compliance: sanctions-screening hit on a new motor customer with name, birth date, nationality, passport number; cleared as false positive",
  frm=ADDR("haas"), to="Antrag Kfz <antrag-kfz@versicherer.example>", cc=ADDR("engel"),
  subj="Sanctions screening – potential match cleared – application KA-26-118820", date="2026-05-06 11:58",
  client="outlook", lang="en",
  body="""Hello team,

the overnight screening flagged the following new applicant against the EU consolidated list:

  Applicant:     Mr Oleksandr Petrenko-Vasylenko
  Date of birth: 1984-11-30
  Nationality:   Ukrainian (residence permit DE)
  Passport:      FK 208415
  Application:   KA-26-118820, motor liability + comprehensive, Ford Kuga

The list entry has a similar name but a different date of birth (1961), a different place of
birth and is a Russian national. I have compared the passport copy from the application file.
This is a false positive; I have documented the clearance in the screening tool (case
SCR-2026-0733), so the application can be processed normally. No need to inform the customer.

Mails about screening cases go to the team mailbox only, please do not forward.

Thanks
Corinna""",
  sig="haas", sigstyle="short")

# 0029
M("N", "de", "internal", "trap: minutes of the health-claims team meeting (DOCX): backlog figures, e-prescription, invoice app; absences without reasons",
  frm=ADDR("kroeger"), to="Team Ambulant 2 <kv-ambulant2@versicherer.example>", subj="Protokoll Teamrunde Ambulant 2 vom 19.05.",
  date="2026-05-19 16:30", client="outlook", ent="kv",
  body="""Hallo ihr Lieben,

das Protokoll von heute hängt an. Die wichtigsten Punkte:
- Rückstand aktuell 2.310 Belege (Ziel < 1.500 bis Ende Juni)
- Samstagsaktion am 06.06. freiwillig, bitte bis Freitag bei mir melden
- E-Rezept: PKV-Belege kommen jetzt auch über die App, Prüfhinweise im Wiki

Danke fürs Mitschreiben an Tobias!
Sabine""",
  att=[DOCX("Protokoll_Teamrunde_Ambulant2_2026-05-19.docx", [
      ("h", "Protokoll Teamrunde Ambulant 2"),
      "Datum: 19.05.2026, 14:00–15:10 Uhr · Raum 3.120 / Teams\nModeration: Sabine Kröger · Protokoll: Tobias Wendland",
      ("h", "1. Arbeitsstand", 2),
      ("t", [["Kennzahl", "KW 20", "KW 19", "Ziel"],
             ["offene Belege", "2.310", "2.655", "< 1.500"],
             ["Durchlaufzeit Ø (Tage)", "6,8", "7,4", "5"],
             ["Anteil Dunkelverarbeitung", "58 %", "55 %", "65 %"]]),
      ("h", "2. E-Rezept und Belege-App", 2),
      "E-Rezept-Token werden seit 01.05. über die App eingereicht. Ein Teil der Apothekenquittungen kommt ohne PZN an; "
      "diese Fälle landen in der manuellen Nachbearbeitung. IT (Philipp Arnold) prüft eine Lösung bis Ende Juni.",
      ("h", "3. Personal", 2),
      "Urlaube Juni: bitte bis 25.05. in den Teamkalender. Herr Yıldız ist ab 01.06. im Team Stationär. "
      "Frau Baranowski fällt bis voraussichtlich Mitte Juni aus; ihre Fälle übernimmt Tobias.",
      ("h", "4. Verschiedenes", 2),
      "Samstagsaktion 06.06., 8–13 Uhr, Frühstück wird gestellt. Nächste Teamrunde: 16.06.2026."],
      author="Tobias Wendland")])

# 0030
M("S", "en", "insurer-to-partner", "facultative life submission to a reinsurer: named applicant, birth date, sum insured, type 2 diabetes, BMI, HbA1c, medical summary PDF",
  frm=ADDR("schulte"), to="Life Facultative Desk <lifefac@atlanticre.example>", cc=[ADDR("hasselbach"), ADDR("stone")],
  subj="Fac submission – term life EUR 3.0m – applicant Dr. Florian Ebersberg – our ref. AL-26-04417",
  date="2026-06-11 10:07", client="outlook", ent="lv",
  body="""Dear colleagues,

we would like to offer you the following risk on a facultative basis (our retention EUR 500k,
excess over our treaty capacity):

  Applicant / life insured:  Dr. Florian Ebersberg, born 04 July 1971, orthodontist, non-smoker
  Product:                   term life, level sum insured EUR 3,000,000, term 20 years
  Purpose:                   partnership buy-out / key person cover for his practice group

Medical:
  - type 2 diabetes since 2019, on metformin 1000 mg bid, HbA1c 6.9 % (03/2026), 7.2 % (09/2025)
  - BMI 31.4, blood pressure 138/86 treated (ramipril 5 mg)
  - no retinopathy, nephropathy or neuropathy according to the attending physician's report
  - ECG at rest and ergometry (04/2026) normal

Our chief medical officer, Dr. Hasselbach, rates the case at +75 % extra mortality. Please find
the medical summary attached; full APS and lab reports can be provided via our secure portal.

We would appreciate your terms by 25 June.

Best regards""",
  sig="schulte", lang="en",
  att=[PDF("AL-26-04417_medical_summary.pdf", [
      ("h", "Medical summary – AL-26-04417 (CONFIDENTIAL – medical data)"),
      ("t", [["Item", "Finding"],
             ["Life insured", "Dr. Florian Ebersberg, born 04/07/1971"],
             ["Height / weight", "181 cm / 103 kg (BMI 31.4)"],
             ["Diabetes", "Type 2 (E11.9), diagnosed 2019, metformin 1000 mg bid"],
             ["HbA1c", "6.9 % (03/2026); 7.2 % (09/2025); 7.0 % (03/2025)"],
             ["Blood pressure", "138/86 on ramipril 5 mg (I10.90)"],
             ["Lipids", "Total cholesterol 212 mg/dl, LDL 131 mg/dl, no statin"],
             ["Cardiac", "Resting ECG and ergometry up to 225 W normal (04/2026)"]]),
      "Underwriting opinion (Dr. U. Hasselbach, CMO): substandard, +75 % EM; reconsider after 3 years with HbA1c < 7.0 %."],
      title="Medical summary AL-26-04417")])

# 0031
M("N", "en", "newsletter", "trap: English broker newsletter (text+HTML) about the secure portal, travel health product and a webinar on handling health data",
  frm="Broker Bulletin <newsletter-makler@versicherer.example>", to="brokers-international@lists.versicherer.example",
  subj="Broker Bulletin 06/2026 – secure mailbox, TravelCare update, webinar on health data", date="2026-06-02 08:00",
  client="system", mailer="Versicherer Newsletter Service", lang="en", html=True,
  body="""Broker Bulletin 06/2026

Dear partners,

1) Your secure mailbox is getting an update
From 15 June the broker portal shows all electronic broker post in one inbox. Documents
with health information (e.g. underwriting decisions, claims letters in health, life and
accident) are only available there, never as plain e-mail. Your broker management software can
fetch them via the API as before.

2) TravelCare 2026: what changes
Annual travel health cover now includes repatriation "as soon as medically sensible" instead of
"medically necessary", and COVID-19 is treated like any other illness.

3) Webinar: "Health data in your day-to-day business – what you may send how"
Thursday, 18 June, 10:00–11:00 CEST, in English. Speakers: Thomas Meier (Data Protection
Officer) and Katharina Vogel (Broker Relations). Registration on the broker extranet.

You receive this newsletter because you are a registered partner of Versicherer.
Unsubscribe: https://www.versicherer.example/broker/newsletter/unsubscribe""")

# 0032
M("C", "de", "insurer-to-customer", "legal expenses: cover granted for an unfair-dismissal action, named customer, policy and claim number, lawyer; no health",
  frm=ADDR("lindqvist"), to="Kemal Aydın <kemal.aydin@mailbox.example>", cc="Kanzlei Berger & Sahin <kontakt@berger-sahin.example>",
  subj="Deckungszusage Kündigungsschutzklage – RS-5540-20918 / Schaden RS-26-0771", date="2026-03-02 15:21",
  client="outlook", ent="av",
  body="""Sehr geehrter Herr Aydın,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung RS-5540-20918
(Baustein Arbeits-Rechtsschutz) für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die
Spedition Hülsmann GmbH & Co. KG, wegen der ordentlichen Kündigung vom 20.02.2026.

Die Deckungszusage umfasst die erste Instanz vor dem Arbeitsgericht Köln, einschließlich der
Gebühren Ihrer Rechtsanwältin Frau Berger nach dem RVG. Ihre Selbstbeteiligung beträgt 150 €.
Für einen Vergleich benötigen wir vorab eine kurze Nachricht Ihrer Anwältin mit dem
Vergleichsentwurf.

Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang der Kündigung.

Mit freundlichen Grüßen""",
  sig="lindqvist")

# 0033
M("S", "de", "internal", "data-breach note: a health claims statement with diagnosis F33.1 went to the wrong customer; both customers named; base64 body",
  frm=ADDR("meier"), to=[ADDR("kroeger"), "Datenschutz-Vorfälle <ds-vorfall@versicherer.example>"], cc=ADDR("fischer"),
  subj="Datenschutzvorfall DSV-2026-019 – Leistungsabrechnung an falschen Empfänger", date="2026-02-17 13:12",
  client="thunderbird", cte="base64", flowed=False,
  body="""Hallo Frau Kröger,

danke für die schnelle Meldung. Zur Dokumentation fasse ich zusammen:

Am 16.02. wurde die Leistungsabrechnung vom 13.02. für Herrn Dominik Achterberg
(KV 40-220913-4) versehentlich per Post an Herrn Dominik Achterkamp (KV 40-220931-1)
geschickt (Adressauswahl in der Suchmaske). Die Abrechnung enthält die Psychotherapie-
Sitzungen Januar mit der Diagnose F33.1 (rezidivierende depressive Störung) und den
Namen der Therapeutin.

Herr Achterkamp hat gestern angerufen und das Schreiben zurückgeschickt; er hat es
nach eigener Aussage nur überflogen.

Weiteres Vorgehen:
1. Meldung an die Aufsichtsbehörde nach Art. 33 DSGVO bis 19.02. (mache ich)
2. Information von Herrn Achterberg nach Art. 34 DSGVO – bitte heute noch telefonisch,
   danach schriftlich; Entwurf schicke ich Ihnen bis 15 Uhr
3. Die Suchmaske zeigt künftig zusätzlich das Geburtsjahr – Ticket an die IT ist raus

Bitte leiten Sie diese Mail nicht weiter, die Akte DSV-2026-019 liegt bei mir.

Viele Grüße
Thomas Meier
Datenschutzbeauftragter""")

# 0034
M("N", "de", "internal", "trap: IT maintenance notice for the health claims system; upload of doctors' invoices in the app unavailable; no persons",
  frm="IT Change Management <change-noreply@versicherer.example>", to="IT-Info Fachbereiche <it-info@versicherer.example>",
  subj="Wartungsfenster KLARA (Leistung KV) – Sa 21.03.2026, 06:00–14:00 Uhr", date="2026-03-17 12:00", client="system",
  mailer="ServiceNow Notification Engine",
  body="""Change CHG0031877 – Information an die Fachbereiche

Was:        Update KLARA 14.2 (Leistungssystem Kranken) und Datenbank-Patch
Wann:       Samstag, 21.03.2026, 06:00–14:00 Uhr
Betroffen:  - KLARA Sachbearbeitung (nicht verfügbar)
            - Kunden-App "Meine Gesundheit": Upload von Arztrechnungen und Rezepten nicht
              möglich, Kunden sehen einen Wartungshinweis
            - Dunkelverarbeitung startet nach Ende des Fensters automatisch
Nicht betroffen: SecureMail-Portal, Telefonie, Kfz- und Sach-Systeme

Neu in 14.2:
- GOÄ-Prüfregeln für die Steigerungsfaktoren überarbeitet
- Anzeige der Hilfsmittel-Verordnungen in der Belegübersicht
- diverse Fehlerbehebungen (u. a. Sortierung der Belege nach Behandlungsdatum)

Ansprechpartner: Philipp Arnold, Anwendungsentwicklung Leistung, -6140

Diese Nachricht wurde automatisch versendet.""")

# 0035
M("C", "en", "insurer-to-customer", "no-claims confirmation for a US insurer: named customer, birth date, policy, plate, claims-free years; PDF letter attached",
  frm=ADDR("engel"), to="Michael J. Carrow <mj.carrow@mailbox.example>", subj="Your request: claims experience letter for your US insurer",
  date="2026-08-20 10:26", client="outlook", ent="av",
  body="""Dear Mr Carrow,

as requested, please find attached our confirmation of your claims experience in English, for
your new car insurer in Virginia.

In short: you were insured with us from 01/09/2019 until 31/08/2026 (policy KF-8813-20077,
BMW 320d, registration BN-MC 1776), with no at-fault claims in that period. One glass claim
(2023) was paid under the partial cover and does not affect your no-claims class.

The letter is signed electronically; if your insurer needs a wet-ink version, just let me know
and we will send it by airmail.

All the best for your move back to the States!

Kind regards""",
  sig="engel",
  att=[PDF("Claims_experience_KF-8813-20077.pdf", [
      ("h", "Confirmation of claims experience"),
      "Versicherer Allgemeine Versicherung AG, Motor Underwriting, Rheinuferstrasse 12, 50667 Cologne, Germany",
      ("t", [["Policyholder", "Date of birth", "Policy", "Vehicle", "Period"],
             ["Michael James Carrow", "November 30, 1982", "KF-8813-20077", "BMW 320d, BN-MC 1776", "09/01/2019 - 08/31/2026"]]),
      "We confirm that during the period stated above no claims were paid under the motor third party liability cover "
      "and no claims were paid under the comprehensive cover (Vollkasko). One glass claim (03/2023, EUR 412.80) was paid "
      "under partial cover (Teilkasko). The policyholder reached no-claims class SF 7 (German system).",
      "Cologne, 20 August 2026 · Rüdiger Engel, Motor Underwriting"], title="Claims experience KF-8813-20077")])

# 0036
M("S", "en", "customer", "customer's mixed German/English mobile mail about a ski accident in Austria under private accident insurance: knee injury, physiotherapy",
  frm=ADDR("kowalski"), to=ADDR("albrecht"), subj="WG: Unfall Skiurlaub / accident claim", date="2026-02-23 10:51",
  client="outlook", ent="av",
  body="""Hallo Miriam,

kam heute ins Kundenservice-Postfach, gehört zu euch (private Unfallversicherung).
Ich habe der Kundin noch nicht geantwortet.

LG Lena

-----Ursprüngliche Nachricht-----
Von: Jennifer Walsh-Krämer <jenny.walsh@mailbox.example>
Gesendet: Sonntag, 22. Februar 2026 19:33
An: service@versicherer.example
Betreff: Unfall Skiurlaub / accident claim

Hallo, sorry I write in english, my german is not good enough for this.

I had a ski accident in Ischgl on 14 Feb, I fell on the red slope and twisted my knee. Diagnose
in the Krankenhaus Zams: Kreuzbandriss (ACL rupture) left knee + Meniskus damaged. They did an
MRI and I got a brace, OP is planned in Köln on 5 March at Sportklinik Müngersdorf.

Now I have Physiotherapie 2x per week and cant work (I am a Flugbegleiterin).
My Unfallversicherung number is UV-6620-38815. What do I need to send you?? Do you pay the
Krankenhaus in Austria or my Krankenkasse?

Thx a lot
Jenny Walsh-Krämer

Von meinem iPhone gesendet""")

# 0037
M("N", "de", "insurer-to-partner", "trap: negotiation of a direct-billing framework agreement with a hospital group: rates, process, invoice format; no patient",
  frm=ADDR("brandt"), to="Dr. Wolfgang Esser <w.esser@klinikverbund-rhein-erft.example>", cc="Vertragsmanagement KV <vertraege-kv@versicherer.example>",
  subj="Rahmenvereinbarung Direktabrechnung – Entwurf v3", date="2026-05-28 14:18", client="outlook", ent="kv",
  body="""Sehr geehrter Herr Dr. Esser,

vielen Dank für das konstruktive Gespräch am Dienstag. Anbei wie besprochen die Punkte, die wir
in Version 3 der Rahmenvereinbarung aufgenommen haben:

1. Geltungsbereich: alle vier Häuser des Klinikverbunds, allgemeine Krankenhausleistungen und
   Wahlleistung Unterkunft (Zweibettzimmer), nicht die wahlärztlichen Leistungen.
2. Abrechnung: elektronisch im Format nach § 301 SGB V analog, Übermittlung über den
   Datenaustausch der PKV (kein E-Mail-Versand von Rechnungen mit Patientendaten).
3. Zahlungsziel: 21 Tage nach Eingang der vollständigen Rechnung; bei Beanstandung
   Teilzahlung des unstrittigen Betrags.
4. Zweibettzimmer-Zuschlag: 98,00 € je Berechnungstag (bisher 104,50 €), Anpassung jährlich
   nach dem Orientierungswert.
5. Kostenübernahmeerklärung: elektronisch innerhalb von 24 Stunden an Werktagen.

Offen ist noch die Frage der Rechnungskorrekturen nach Prüfung durch den PKV-Prüfdienst. Hier
schlagen wir eine Frist von sechs Wochen vor.

Mit freundlichen Grüßen""",
  sig="brandt")

# 0038
M("S", "de", "insurer-to-customer", "life insurance: change of beneficiary confirmed for a named policyholder (no medical word; life contract of a specific person); iso-8859-1",
  frm=ADDR("stanek"), to="Jürgen Bollmann <juergen.bollmann@mailbox.example>",
  subj="Änderung des Bezugsrechts – Ihre Lebensversicherung LV-3310-558201", date="2026-04-27 11:15",
  client="outlook", ent="lv", charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrter Herr Bollmann,

wir haben Ihre Erklärung vom 21.04.2026 erhalten und das Bezugsrecht für den Todesfall in
Ihrer Kapitallebensversicherung LV-3310-558201 wie folgt geändert:

  bisher:  Ehefrau Sabine Bollmann (widerruflich)
  neu:     Lebensgefährtin Martina Oertel, geb. 09.12.1970 (widerruflich)

Das Bezugsrecht für den Erlebensfall bleibt unverändert bei Ihnen. Bitte bewahren Sie diese
Bestätigung zusammen mit Ihrem Versicherungsschein auf; einen neuen Nachtrag senden wir Ihnen
mit der Post.

Mit freundlichen Grüßen""",
  sig="stanek")

# 0039
M("C", "de", "internal", "fleet policy of a sole trader (e.K.) with named drivers, plates and claim amounts in a CSV; no injuries",
  frm=ADDR("engel"), to=ADDR("brenner"), subj="Flotte Bäckerei Krämer e.K. – Schadenverlauf für Sanierung", date="2026-09-29 08:47",
  client="outlook", ent="av",
  body="""Moin Markus,

für das Sanierungsgespräch mit Herrn Krämer nächste Woche brauche ich von euch noch die
Bestätigung, dass die Liste im Anhang vollständig ist (Flottenvertrag FL-2207-0418, 14 Fahrzeuge,
Inhaber Bernhard Krämer e.K.). Schadenquote 2025 liegt bei 138 %, das meiste sind
Rangierschäden der Lieferwagen.

Passt das so oder fehlt was?

Gruß Rüdiger""",
  att=[CSV("FL-2207-0418_Schaeden_2024-2026.csv", [
      ["Schaden-Nr", "Datum", "Kennzeichen", "Fahrer", "Art", "Zahlung EUR", "Status"],
      ["KH-24-0201931", "12.03.2024", "NE-BK 104", "Jannik Oberkirch", "Rangierschaden Laderampe", "2.310,40", "erledigt"],
      ["KK-24-0300877", "03.09.2024", "NE-BK 111", "Svetlana Rudi", "Parkplatzschaden", "1.122,00", "erledigt"],
      ["KH-25-0014420", "27.01.2025", "NE-BK 104", "Jannik Oberkirch", "Auffahrunfall, kein Personenschaden", "6.840,75", "erledigt"],
      ["KK-25-0112873", "14.05.2025", "NE-BK 120", "Bernhard Krämer", "Wildschaden Reh", "3.455,20", "erledigt"],
      ["KH-25-0208811", "08.10.2025", "NE-BK 108", "Marco Feltes", "Rangierschaden Poller", "1.908,00", "erledigt"],
      ["KH-26-0031002", "19.02.2026", "NE-BK 111", "Svetlana Rudi", "Spiegel abgefahren", "612,30", "offen"]],
      enc="windows-1252", sub="excel")])

# 0040
M("N", "en", "internal", "trap: pasted Slack chat of actuaries about mortality table update with aggregated q_x values; no person",
  frm=ADDR("okafor"), to=[ADDR("novak"), "Aktuariat Leben <aktuariat-leben@versicherer.example>"],
  subj="FW: #actuarial-models chat – DAV 2008 T vs. own table, q_x check", date="2026-07-07 16:20", client="outlook", ent="lv",
  body="""All,

for the record, the thread from #actuarial-models this afternoon. Decision: we keep the own
selection factors for 2027 pricing, Tomas re-runs the smoothing.

Chidi Okafor  14:02
  Compared our 2021-2025 experience with DAV 2008 T (aggregate, non-smokers, males):

  age | q_x DAV 2008 T | q_x own (crude) | A/E
  ----+----------------+-----------------+------
   35 |     0.000901   |     0.000612    | 68 %
   45 |     0.001994   |     0.001430    | 72 %
   55 |     0.005122   |     0.003911    | 76 %
   65 |     0.012544   |     0.010227    | 82 %

Tomas Novak  14:09
  A/E at 35 looks too low, exposure there is thin (only 41 deaths in 5 years across all
  portfolios). I would not go below 75 % for the young ages.

Chidi Okafor  14:11
  agree, let's blend with the industry table below age 40

Tomas Novak  14:15
  ok. Smoker/non-smoker split after the questionnaire change in 2023 needs another look, the
  smoker share dropped from 19 % to 14 %, probably misdeclaration

Chidi Okafor  14:16
  I'll ask underwriting for the cotinine test statistics (aggregate only)

Chidi""",
  sig="okafor", sigstyle="short")

# 0041
M("S", "en", "insurer-to-company", "international group programme: group life death claim of a named employee in Singapore with cause of death and beneficiaries",
  frm=ADDR("dubois"), to="Global Benefits Team <global.benefits@meridian-chemicals.example>",
  subj="Group life claim – Mr Wei Jie Tan (Singapore branch) – certificate GL-0021-000384", date="2026-09-08 09:14",
  client="outlook", ent="lv",
  body="""Dear Ms Hartley,

please accept our sincere condolences on the death of your colleague, Mr Wei Jie Tan.

We have received the claim documents from your Singapore HR team. According to the death
certificate, Mr Tan died on 19 August 2026 of an acute myocardial infarction; no autopsy was
performed. As the death occurred within the policy period and no exclusion applies, the
benefit under your group life programme (certificate GL-0021-000384, 3 x annual base salary)
is payable:

  Annual base salary (as per census 01/01/2026):  SGD 148,200
  Benefit:                                         SGD 444,600

The nomination form on file names Mrs Li Na Tan (spouse, 60 %) and Miss Jia Hui Tan (daughter,
40 %, via her mother as guardian). We will pay through our local network partner in Singapore
once we have copies of the beneficiaries' identity cards and their bank details.

Could you kindly forward this to your Singapore colleagues, or let us have a contact there?

With kind regards""",
  sig="dubois", lang="en")

# 0042
M("N", "de", "internal", "mobile reply about the summer party; colleague mentioned without any reason for absence",
  frm="Tobias Wendland <tobias.wendland@versicherer.example>", to=ADDR("kroeger"), subj="AW: Sommerfest Team Ambulant – wer bringt was?",
  date="2026-06-24 18:47", client="mobile", ent="kv",
  body="""Bin dabei, bringe Nudelsalat mit (den mit Pesto 😉). Grill kann ich aus der Garage mitnehmen,
brauch nur jemanden mit Kombi. Sandra kommt erst später, sie hat bis 17 Uhr Termin.""",
  quotehead="Am 24.06.2026 um 15:12 schrieb Kröger, Sabine <sabine.kroeger@versicherer.example>:",
  quote=Q("""Hallo zusammen, fürs Sommerfest am Freitag (ab 16 Uhr, Rheinwiese hinter Tor 2): bitte eintragen
wer was mitbringt, Getränke zahlt die Teamkasse. LG Sabine"""))

# 0043
M("C", "de", "insurer-to-customer", "eVB number for a new car: named customer, birth date, eVB code, vehicle; system mail",
  frm="Kfz-Service <kfz-noreply@versicherer.example>", to="Larissa Nowakowski <larissa.nowakowski@mailbox.example>",
  subj="Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung", date="2026-04-03 19:22", client="system", ent="av",
  mailer="VERSO Output Management 7.4",
  body="""Guten Tag Frau Nowakowski,

vielen Dank für Ihren Online-Antrag. Hier ist Ihre elektronische Versicherungsbestätigung für
die Zulassung Ihres Fahrzeugs:

    eVB-Nummer:     K7Q2MRX
    Versicherungsnehmerin: Larissa Nowakowski, geb. 17.09.1996
    Anschrift:      Gerolsteiner Str. 44, 50937 Köln
    Fahrzeug:       Hyundai i20, FIN NLHBN51BAPZ123884
    Gültig bis:     03.10.2026

Bitte nennen Sie die eVB-Nummer bei der Zulassungsstelle oder geben Sie sie bei der
Online-Zulassung (i-Kfz) ein. Den Versicherungsschein erhalten Sie nach der Zulassung.

Ihr Kfz-Service
Versicherer Allgemeine Versicherung AG""")

# 0044
M("S", "de", "insurer-to-lawyer", "liability claim: injuries of a named cyclist (clavicle fracture, concussion) and pain-and-suffering offer to her lawyer",
  frm=ADDR("oltmanns"), to="RA Dr. Jasper Linnemann <linnemann@kanzlei-linnemann.example>",
  subj="Ihre Mandantin Frau Ronja Steffens ./. unser VN Herr Paul Grabowski – Schaden PH-26-0088145",
  date="2026-07-21 11:39", client="outlook", ent="av",
  body="""Sehr geehrter Herr Dr. Linnemann,

wir kommen zurück auf Ihr Schreiben vom 02.07.2026 und den beigefügten Entlassungsbericht des
Evangelischen Krankenhauses Köln-Kalk.

Danach erlitt Ihre Mandantin bei dem Zusammenstoß mit unserem Versicherungsnehmer, der am
11.05.2026 beim Öffnen seiner Autotür den Radweg nicht beachtete, eine Klavikulafraktur rechts
(operativ mit Plattenosteosynthese versorgt) sowie eine Gehirnerschütterung. Sie war vom
11.05. bis 22.06. arbeitsunfähig.

Die Haftung unseres Versicherungsnehmers dem Grunde nach ist unstreitig. Zur Abgeltung des
Schmerzensgeldes bieten wir 6.500 € an; Verdienstausfall und Fahrradschaden (Rechnung
vom 29.05., 1.184 €) regulieren wir gesondert nach Nachweis. Die Metallentfernung ist im
Angebot bereits berücksichtigt, ein Zukunftsschadenvorbehalt wird erklärt.

Mit freundlichen Grüßen""",
  sig="oltmanns")

# 0045
M("N", "en", "insurer-to-partner", "trap: monthly SLA figures for the assistance partner in an aggregated CSV; case counts per country, no individual",
  frm=ADDR("bauer"), to="Account Management <accounts@eurocare-assistance.example>", subj="Monthly SLA review May 2026 – our figures",
  date="2026-06-05 14:51", client="thunderbird", ent="kv",
  body="""Hi Marta,

ahead of our call on Tuesday, attached are our own figures for May (from our case system, so
they may differ slightly from yours). Overall very good month – only the guarantee-of-payment
turnaround for the USA was outside the SLA again (target 4h, actual 6.2h median).

Topics for Tuesday:
1. USA turnaround – is it the network provider or your night shift?
2. Invoice format: please stop sending medical reports as unencrypted e-mail attachments, use
   the portal upload
3. Summer peak staffing (Mallorca, Turkey, Greece)

Cheers
Jonas

--
Jonas Bauer
Travel Health & Assistance · Versicherer Krankenversicherung a.G.""",
  att=[CSV("SLA_2026-05_aggregate.csv", [
      ["country_group", "cases_opened", "inpatient_cases", "median_GOP_hours", "repatriations", "complaints"],
      ["Spain/Portugal", "212", "38", "2.1", "6", "1"], ["Italy/Greece", "97", "15", "2.8", "2", "0"],
      ["Turkey", "143", "21", "3.0", "3", "2"], ["USA/Canada", "31", "9", "6.2", "1", "1"],
      ["Asia", "48", "11", "3.9", "2", "0"], ["other", "76", "8", "2.6", "0", "0"]], sep=",")])

# 0046
M("C", "de", "insurer-to-broker", "commission statement for a sole-trader broker with his IBAN and tax number",
  frm="Provisionsabrechnung <provision-noreply@versicherer.example>", to="Versicherungsmakler Heinz-Dieter Schöller <info@schoeller-versicherungen.example>",
  subj="Courtageabrechnung 05/2026 – Vermittlernummer 0473318", date="2026-06-03 05:40", client="system",
  body="""Sehr geehrter Herr Schöller,

Ihre Courtageabrechnung für Mai 2026 steht im Maklerportal unter "Elektronische Vermittlerpost"
bereit. Zusammenfassung:

  Abschlusscourtage                  3.412,80 €
  Bestandscourtage                   1.987,15 €
  Stornoreserve (Einbehalt 10 %)      -340,00 €
  Auszahlung                         5.059,95 €

Die Auszahlung erfolgt am 05.06.2026 auf Ihr Konto
""" + IB("DE", "300606010073319945") + """ (Heinz-Dieter Schöller, Deutsche Apotheker- und Ärztebank).
Steuernummer laut unseren Unterlagen: 217/5031/2284 – Courtage ist nach § 4 Nr. 11 UStG
umsatzsteuerfrei.

Mit freundlichen Grüßen
Ihre Provisionsabteilung
Versicherer Holding AG""")

# 0047
M("S", "de", "insurer-to-customer", "health: semaglutide (Ozempic) for weight loss not reimbursed, named insured, BMI and diagnosis; text and HTML",
  frm=ADDR("kroeger"), to="Carsten Meyerhoff <c.meyerhoff@mailbox.example>", subj="Ihre Arzneimittelrechnung vom 28.04.2026 – KV 40-301778-2",
  date="2026-05-12 10:10", client="outlook", ent="kv", html=True,
  body="""Sehr geehrter Herr Meyerhoff,

vielen Dank für die Einreichung Ihrer Apothekenrechnung über 4 Fertigpens Ozempic 1 mg
(Semaglutid) zu insgesamt 1.034,88 €.

Laut dem beigefügten Privatrezept von Dr. Aydemir wurde das Medikament zur Gewichtsreduktion
bei einem BMI von 32 verordnet; ein Diabetes mellitus ist nicht dokumentiert. Ozempic ist
nur zur Behandlung des Typ-2-Diabetes zugelassen. Arzneimittel, die überwiegend der
Gewichtsreduktion dienen, sind nach § 4 Abs. 2 unserer Tarifbedingungen nicht erstattungsfähig.

Wir können die Kosten daher leider nicht übernehmen. Sollte bei Ihnen eine diabetische
Stoffwechsellage bestehen, reichen Sie uns bitte einen entsprechenden Befund ein; wir prüfen
dann erneut.

Mit freundlichen Grüßen""",
  sig="kroeger")

# 0048
M("N", "de", "insurer-to-customer", "trap: portal system mail with a one-time password; no contract or personal data besides the address",
  frm="SecureMail-Portal <securemail-noreply@versicherer.example>", to="k.brandhorst@mailbox.example",
  subj="Ihr Einmal-Passwort für das SecureMail-Portal", date="2026-08-12 14:03", client="system",
  mailer="Siegel Portal",
  body="""Guten Tag,

für Ihre E-Mail-Adresse k.brandhorst@mailbox.example wurde ein Postfach im SecureMail-Portal
eingerichtet, weil eine vertrauliche Nachricht für Sie bereitliegt.

Ihr Einmal-Passwort lautet:   Tq7#vW2m-Lx9p

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Melden Sie sich dort mit
Ihrer E-Mail-Adresse und diesem Einmal-Passwort an und vergeben Sie anschließend ein eigenes
Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 14 Tage gültig. Wir fragen Sie niemals per E-Mail oder Telefon nach
Ihrem Passwort.

Ihr SecureMail-Team
Versicherer – Sichere Kommunikation
Diese E-Mail wurde automatisch erzeugt; Antworten an diese Adresse werden nicht gelesen.""")

# 0049
M("C", "en", "insurer-to-partner", "security certificate (Sicherungsschein) for a Luxembourg mortgage bank: named borrowers, insured property, policy and sum insured",
  frm=ADDR("demir"), to="Mortgage Servicing <servicing@banque-ardennes.example>",
  subj="Sicherungsschein / insurance certificate – loan 7720-4418-01 – borrowers Reuland", date="2026-10-14 15:36",
  client="outlook", ent="av", lang="en",
  body="""Dear Sir or Madam,

as requested by our policyholders, Mr Claude Reuland and Mrs Anne Reuland-Schmit, we confirm the
following buildings insurance for the property financed by your bank:

  Policy:           WG-1180-77215 (buildings insurance, new replacement value)
  Insured property: Hauptstraße 18, 54636 Bitburg, Germany (detached house, year of build 1998)
  Sum insured:      "Wert 1914" 31,200 Mark (replacement value, currently approx. EUR 612,000)
  Perils:           fire, storm/hail, burst pipes, natural hazards (flood, heavy rain)
  Premium status:   paid until 31/12/2026

We have recorded your bank as mortgagee (Sicherungsschein) for loan 7720-4418-01. We will inform
you if the policy is cancelled or premium is not paid, and we will not pay a claim above
EUR 10,000 to the policyholders without your consent.

The original Sicherungsschein will be sent to you by post.

Yours faithfully""",
  sig="demir")

# 0050
M("S", "de", "internal", "body says only 'see attachment'; CSV attachment holds a named patient's hospital bill with DRG, OPS and ICD codes",
  frm=ADDR("brandt"), to="Prüfdienst Stationär <pruefdienst-stationaer@versicherer.example>", subj="Rechnungsprüfung bitte – Fall 26-ST-11873",
  date="2026-08-04 09:19", client="outlook", ent="kv",
  body="""Hallo,

bitte einmal prüfen, siehe Anhang (Export aus KLARA). Kommt mir bei der Verweildauer hoch vor.

Danke
Gerrit""",
  att=[CSV("26-ST-11873_Rechnungsdaten.csv", [
      ["Feld", "Wert"],
      ["Patient", "Hildegard Ruschmeier"], ["Geburtsdatum", "1943-02-08"], ["Versicherungsnummer", "KV 40-009871-5"],
      ["Krankenhaus", "St. Marien-Hospital Bergheim"], ["Aufnahme", "2026-07-02"], ["Entlassung", "2026-07-19"],
      ["Hauptdiagnose", "I50.14 Linksherzinsuffizienz mit Beschwerden in Ruhe"],
      ["Nebendiagnosen", "N18.3; E11.90; I48.1"], ["OPS", "8-930; 8-83b.c6; 1-275.0"],
      ["DRG", "F62B"], ["Rechnungsbetrag EUR", "8.944,17"], ["Wahlleistung", "Einbettzimmer 17 Tage"]])])
# ---------------------------------------------------------------- batch 3 (d21-0051 … d21-0075)

# 0051
M("N", "de", "internal", "trap: IT support reply explaining the [vertraulich] subject tag and the Outlook button; no customer data",
  frm=ADDR("hoffmann"), to="Yvonne Schmitz-Rademacher <yvonne.schmitz-rademacher@versicherer.example>",
  subj="AW: [INC0049907] Button \"Vertraulich senden\" fehlt in Outlook", date="2026-02-09 11:26", client="outlook",
  body="""Hallo Frau Schmitz-Rademacher,

das Add-in war bei Ihnen nach dem Office-Update deaktiviert. Ich habe es per Fernwartung wieder
eingeschaltet, der Button "Vertraulich senden" ist jetzt wieder im Menüband unter "Start" ganz
rechts.

Zur Frage aus Ihrer Mail: Der Button macht nichts anderes, als "[vertraulich]" vor den Betreff
zu setzen. Sie können das auch von Hand tippen, z. B. wenn Sie am Handy sind. Für Mails mit
Gesundheitsdaten gibt es "[streng vertraulich]". Das Gateway erkennt Gesundheitsdaten aber
auch selbst – die Markierung ist eine zusätzliche Sicherheit, kein Muss.

Ich schließe das Ticket. Melden Sie sich gern, falls es wieder passiert.

Viele Grüße
Lukas Hoffmann
IT-Servicedesk, -6000""",
  quote=OQ("Schmitz-Rademacher, Yvonne", "Montag, 9. Februar 2026 08:14", "IT-Servicedesk",
           "Button \"Vertraulich senden\" fehlt in Outlook",
           """Hallo,

seit heute früh fehlt bei mir der Button "Vertraulich senden". Ich muss heute noch mehrere
Schreiben an Kunden verschicken. Muss ich die jetzt alle per Post schicken?

Gruß
Y. Schmitz-Rademacher
Kundenservice"""))

# 0052
M("S", "en", "insurer-to-customer", "expat in Dubai: pre-authorisation of an MRI of the lumbar spine and orthopaedic consultation, named insured, sciatica",
  frm=ADDR("lehmann"), to="Rohan Mehta <rohan.mehta@mailbox.example>", subj="Pre-authorisation approved – MRI lumbar spine – policy EXP-3307-4158",
  date="2026-01-15 07:58", client="outlook", ent="kv",
  body="""Dear Mr Mehta,

thank you for sending the referral from Dr. Khalid Al Mansoori.

We approve the following treatment under your GlobalCare Expat policy EXP-3307-4158:

  - MRI of the lumbar spine (referral diagnosis: lumbar disc prolapse with sciatica, right leg)
  - follow-up consultation with an orthopaedic surgeon
  - up to 10 sessions of physiotherapy within 3 months

Provider: Mediclinic Parkview Hospital, Dubai (direct billing – you do not need to pay,
except your deductible of AED 50 per outpatient visit).

Authorisation number: PA-26-000318, valid until 15 April 2026.

If surgery is recommended after the MRI, please contact us before any appointment is booked;
a second opinion may be required.

Get well soon.

Kind regards""",
  sig="lehmann")

# 0053
M("C", "de", "insurer-to-customer", "pet insurance: dog's cruciate ligament surgery reimbursed (animal health), named owner and policy, payment to IBAN",
  frm=ADDR("wagner"), to="Birte Lorenzen <birte.lorenzen@mailbox.example>", subj="Erstattung OP-Kosten Bella – Tier-OP-Versicherung TO-8840-10277",
  date="2026-06-30 12:20", client="thunderbird", ent="av",
  body="""Liebe Frau Lorenzen,

wir hoffen, Bella geht es nach der Operation schon besser!

Die Rechnung der Tierklinik Hofheim vom 18.06.2026 über die Kreuzband-OP (TPLO) am linken
Hinterbein haben wir geprüft:

  Rechnungsbetrag (GOT, 2-facher Satz)         2.863,40 €
  davon nicht versichert: Futter, Halskragen      -41,90 €
  erstattungsfähig                              2.821,50 €
  Selbstbeteiligung 20 %                         -564,30 €
  Erstattung                                    2.257,20 €

Den Betrag überweisen wir auf Ihr Konto """ + IB("DE", "200400000628104455") + """.
Die Nachbehandlung (Physiotherapie für Hunde) ist in Ihrem Tarif bis 500 € im Jahr mitversichert,
reichen Sie die Rechnungen einfach gesammelt ein.

Viele Grüße
Sophie Wagner
Tierversicherung""")

# 0054
M("N", "en", "internal", "trap: job advertisement for an English-speaking medical underwriter (health vocabulary, no person)",
  frm=ADDR("weiss"), to=ADDR("hasselbach"), cc=ADDR("schulte"), subj="Job ad draft – Medical Underwriter (m/f/d), English-speaking",
  date="2026-03-05 10:33", client="outlook",
  body="""Hi Dr. Hasselbach,

here is the draft for the LinkedIn ad. Could you check the medical requirements? We would
publish on Monday.

---
Medical Underwriter (m/f/d) – Life & Disability, international business
Cologne or hybrid · full-time · permanent

Your tasks
- Assess medical risks for life, critical illness and disability applications from our
  international broker business (UK, Ireland, Benelux)
- Review attending physicians' reports, lab results, ECGs and questionnaires on e.g.
  diabetes, cardiovascular disease, cancer history, mental health
- Agree terms with reinsurers for large sums insured
- Develop our underwriting manual together with our Chief Medical Officer

Your profile
- Degree in medicine, nursing science or similar, or several years of underwriting experience
- Fluent English, good German (B2)
- Knowledge of ICD-10 and of reinsurers' manuals is an advantage

We offer 30 days' holiday, flexible working, a company pension and private supplementary
health insurance.
---

Thanks!
Nadine""",
  sig="weiss", sigstyle="short")

# 0055
M("S", "de", "internal", "accident claim: internal assessment of the disability degree (leg value) after a trimalleolar fracture (S82.6) of a named insured",
  frm=ADDR("albrecht"), to="Teamleitung Leistung Unfall <tl-unfall@versicherer.example>",
  subj="Abstimmung Invaliditätsleistung UV-6620-20466 / Schaden U-25-004412 vor Abrechnung", date="2026-05-04 15:02",
  client="outlook", ent="av",
  body="""Hallo Ralf,

bevor die Abrechnung rausgeht, möchte ich den Fall kurz mit dir abstimmen:

VP: Herr Torsten Wedekind, geb. 1968, Dachdeckermeister
Unfall: 02.06.2025, Sturz von der Leiter, Trimalleolarfraktur rechts (S82.6), OP mit
Platten-/Schraubenosteosynthese, Metallentfernung 01/2026
Gutachten Prof. Dr. Hüttemann (BG Klinikum Duisburg) vom 14.04.2026:
  - Bewegungseinschränkung OSG rechts (Heben/Senken 10-0-25), beginnende Arthrose
  - dauerhafte Funktionsbeeinträchtigung: 2/7 Fußwert
  - keine unfallfremden Vorerkrankungen

Berechnung (AUB 2014, Progression 350 %):
  Fußwert 40 % x 2/7                   = 11,43 % Invaliditätsgrad
  Grundsumme 150.000 € x 11,43 %       = 17.145,00 €
  (Progression greift erst ab 25 %)
  zzgl. Unfallrente: nein (unter 50 %)
  Übergangsleistung bereits gezahlt:     5.000,00 €

Die Summe liegt unter meiner Vollmacht, aber der Kunde hat schon angekündigt, das Gutachten
anzufechten (er sieht 3/7 und will ein Gegengutachten). Sollen wir trotzdem abrechnen und
auf das Widerspruchsverfahren verweisen?

Gruß
Miriam""")

# 0056
M("C", "en", "insurer-to-broker", "marine cargo claim: machinery damaged in transit, insured company with named contact and consignee, claim and certificate numbers",
  frm=ADDR("osei"), to="Mads Kjær <mk@nordhavn-marine-brokers.example>", subj="Claim CG-26-00771 – cert. 2026/0418 – wet damage printing press, Aarhus",
  date="2026-10-21 16:12", client="outlook", ent="av",
  body="""Hi Mads,

thanks for the survey report from Aarhus. Short update on our side:

- Insured: Kölner Druckmaschinen Service GmbH, contact Mr Heiko Brandl (logistics manager)
- Consignee: Jyllands Trykkeri A/S, Aarhus
- Certificate 2026/0418 under open cover CG-OC-2201, ICC (A), sum insured EUR 486,000
- Damage: sea water ingress into container MSKU 7741208 on the North Sea leg, corrosion on the
  feeder unit and the control cabinet

We accept the claim in principle. The surveyor's estimate of EUR 112,300 (repair by the
manufacturer's service team, incl. travel costs) looks reasonable; we'll pay on receipt of the
repair invoice. Please ask the insured to keep the damaged control cabinet until the carrier's
surveyor has inspected it – we intend to claim recovery from the carrier under the Hague-Visby
rules.

Cheers
Daniel""",
  sig="osei", sigstyle="short")

# 0057
M("N", "de", "insurer-to-customer", "prospect asks about travel health cover for Work & Travel in Australia; generic product answer, no contract or health data",
  frm=ADDR("seidel"), to="Lea Hinrichsen <lea.hinrichsen@mailbox.example>", subj="AW: Auslandskrankenversicherung Work & Travel Australien",
  date="2026-07-16 13:40", client="thunderbird", ent="av",
  body="""Hallo Frau Hinrichsen,

danke für Ihre Anfrage! Für ein Work-&-Travel-Jahr passt unser Tarif "Reise Langzeit":

- Laufzeit bis zu 5 Jahre, monatlich kündbar nach Rückkehr
- ambulante und stationäre Behandlung, Zahnbehandlung (einfache Füllungen),
  Rücktransport nach Deutschland
- auch bei Arbeit vor Ort versichert (außer körperlich gefährliche Tätigkeiten wie Bergbau)
- Beitrag für 18–29 Jahre: 39,50 € im Monat

Für das Working-Holiday-Visum verlangt Australien keinen bestimmten Versicherungsnachweis,
viele Arbeitgeber vor Ort fragen aber danach. Die englische Versicherungsbestätigung bekommen
Sie mit dem Versicherungsschein.

Abschließen können Sie online unter www.versicherer.example/reise-langzeit – oder Sie melden
sich, dann schicke ich Ihnen den Antrag.

Viele Grüße
Ines Seidel
Reiseversicherung""",
  quote="""Am 15.07.2026 um 22:10 schrieb Lea Hinrichsen:
""" + Q("""Hallo, ich fliege im September für ein Jahr nach Australien (Work and Travel). Welche
Versicherung brauche ich da und was kostet das? Ich bin 19. Danke, Lea"""))

# 0058
M("S", "en", "internal", "weekly large-case list of expatriate claims pasted as a pipe table: named insureds with diagnoses, hospitals and reserves",
  frm=ADDR("lehmann"), to=[ADDR("whitfield"), ADDR("novak")], subj="Large cases > EUR 50k – week 38", date="2026-09-18 15:44",
  client="outlook", ent="kv",
  body="""Hi both,

this week's list for tomorrow's large-case call. New: case 3 (Houston), reserve raised in case 1.

[[t1]]

Case 2: the family wants to move the treatment to Germany (Uniklinik Essen), I'll check the
cost comparison with the hospital before the call.

Karin""",
  tables={"t1": ([["#", "Insured", "Policy", "Country / hospital", "Diagnosis", "Reserve EUR", "Change"],
                  ["1", "Markus Thielemann", "EXP-3307-1022", "USA, Mayo Clinic Rochester", "C25.0 pancreatic cancer, Whipple surgery", "410,000", "+60,000"],
                  ["2", "Sophie Adeyemi (child, 8)", "EXP-3307-3871", "UAE, Al Jalila Children's", "C91.0 acute lymphoblastic leukaemia", "285,000", "="],
                  ["3", "Kevin O'Donnell", "EXP-3307-2540", "USA, Houston Methodist", "I21.0 STEMI, 3 stents", "96,000", "new"],
                  ["4", "Anna-Lena Weigert", "EXP-3307-0933", "Thailand, Bangkok Hospital", "S06.5 subdural haemorrhage (motorbike)", "71,500", "-8,000"]], "pipe")})

# 0059
M("N", "en", "insurer-to-partner", "trap: auditors' PBC request list for the Solvency II audit (claims reserves, medical claims process); no individual data",
  frm=ADDR("morgan"), to="Audit Team Versicherer <versicherer.audit@kpmw-audit.example>", cc=ADDR("sommer"),
  subj="RE: SII year-end audit 2026 – PBC list and timeline", date="2026-11-12 09:37", client="outlook",
  body="""Dear Alison,

thanks for the PBC list. Responses and owners below – we'll upload everything to the data room,
not by e-mail.

  PBC-01  Claims triangles (paid/incurred) by line, 2012–2026      Ole Petersen      30 Nov
  PBC-02  Best estimate health SLT, assumptions paper              Tomas Novak       30 Nov
  PBC-03  Reinsurance contracts 2026 incl. Cat XL and life quota   Rebecca Stone     25 Nov
  PBC-04  Process description medical claims (outpatient/inpatient) Sabine Kröger    5 Dec
  PBC-05  Walkthrough sample for claims payments                    see below         –

Regarding PBC-05: your sample of 25 claims payments will be shown on screen in a walkthrough
session; we cannot hand over copies of health claims files (§ 203 StGB). For non-personal lines
redacted copies are fine. Our DPO Thomas Meier will attend the first session.

Best regards
James""",
  sig="morgan", sigstyle="short")

# 0060
M("C", "de", "insurer-to-customer", "household burglary claim: named customer, police case number, stolen items list in XLSX with serial numbers; no injuries",
  frm=ADDR("demir"), to="Familie Kowalczyk <kowalczyk.familie@mailbox.example>", subj="Einbruch vom 08.11.2026 – Ihre Hausratversicherung HR-2291-71908",
  date="2026-11-16 14:25", client="outlook", ent="av",
  body="""Sehr geehrte Frau Kowalczyk, sehr geehrter Herr Kowalczyk,

vielen Dank für die Stehlgutliste und das Aktenzeichen der Polizei Köln (ST/1182734/2026).
Wir haben die Liste um die Neupreise ergänzt, die wir ansetzen (siehe Anhang). Bitte prüfen Sie
die Angaben; wenn alles stimmt, reicht uns eine kurze Bestätigung per E-Mail.

Zum Schmuck: Für Wertsachen außerhalb eines Tresors gilt in Ihrem Vertrag eine Grenze von
20 % der Versicherungssumme, maximal 20.000 €. Die Grenze ist mit 6.480 € nicht erreicht.

Die beschädigte Terrassentür wird über die Hausratversicherung mitreguliert, da Sie Mieter
sind. Schicken Sie uns bitte noch den Kostenvoranschlag des Glasers.

Mit freundlichen Grüßen""",
  sig="demir",
  att=[XLSX("Stehlgutliste_HR-2291-71908.xlsx", {
      "Stehlgut": [["Pos", "Gegenstand", "Kaufjahr", "Seriennummer", "Neupreis EUR", "Beleg"],
                   [1, "Notebook Lenovo ThinkPad X1", 2024, "PF-4HZ9K2", 1849.0, "ja"],
                   [2, "Spielkonsole PlayStation 5", 2023, "E7320-1184-4471", 549.0, "ja"],
                   [3, "Goldkette 585, 50 cm", 2015, "", 1280.0, "Foto"],
                   [4, "Armbanduhr Tissot PRX", 2022, "T137.410.11", 395.0, "ja"],
                   [5, "Bargeld", None, "", 300.0, "nein"],
                   [6, "Ehering (Erbstück)", 1988, "", 4805.0, "Gutachten"]]}, author="Aylin Demir")])

# 0061
M("S", "de", "insurer-to-customer", "daily sickness allowance: incapacity for work since a date with the diagnosis from the sick note, named insured, payments",
  frm=ADDR("kroeger"), to="Andreas Petrović <a.petrovic@mailbox.example>", subj="Ihr Krankentagegeld – KV 40-188402-0",
  date="2026-03-30 10:55", client="outlook", ent="kv",
  body="""Sehr geehrter Herr Petrović,

vielen Dank für die Arbeitsunfähigkeitsbescheinigungen Ihres Orthopäden. Sie sind seit dem
02.02.2026 wegen einer Rotatorenmanschettenruptur der rechten Schulter (M75.1) arbeitsunfähig;
die Operation fand am 16.02. statt.

Ihr Tarif KTG 43 sieht ein Krankentagegeld von 120 € ab dem 43. Tag der Arbeitsunfähigkeit vor.
Für die Zeit vom 16.03. bis 29.03.2026 (14 Tage) zahlen wir 1.680,00 €. Der Betrag geht in
den nächsten Tagen auf Ihr Konto.

Damit wir weiter zahlen können, schicken Sie uns bitte alle zwei Wochen eine aktuelle
Bescheinigung. Spätestens nach drei Monaten bitten wir Sie um einen kurzen Bericht Ihres
Arztes zur voraussichtlichen Dauer.

Gute Besserung!

Mit freundlichen Grüßen""",
  sig="kroeger")

# 0062
M("N", "de", "internal", "trap: internal audit announcement of a process audit of travel health claims; sample drawn later, no names",
  frm=ADDR("sommer"), to=[ADDR("bauer"), ADDR("seidel")], cc="Bereichsleitung Schaden/Leistung <bl-schaden-leistung@versicherer.example>",
  subj="Prüfungsankündigung R-2026-07 – Leistungsbearbeitung Auslandsreisekranken", date="2026-08-25 08:30",
  client="outlook",
  body="""Sehr geehrter Herr Bauer, sehr geehrte Frau Seidel,

gemäß Prüfungsplan 2026 führt die Interne Revision eine Prozessprüfung der
Leistungsbearbeitung in der Auslandsreisekrankenversicherung durch.

Prüfungszeitraum:   21.09. – 16.10.2026
Prüfungsgegenstand: - Kostenübernahmen gegenüber ausländischen Krankenhäusern
                    - Steuerung und Abrechnung der Assistance-Partner
                    - Vier-Augen-Prinzip bei Zahlungen > 10.000 €
                    - Umgang mit Gesundheitsdaten im E-Mail-Verkehr mit dem Ausland
Prüfer:             Heike Sommer (Leitung), Benedikt Faust

Die Stichprobe (ca. 40 Fälle aus 2025/2026) ziehen wir selbst aus dem System; Sie erhalten
die Liste zu Beginn der Prüfung. Bitte stellen Sie uns vorab die aktuellen
Arbeitsanweisungen und die Verträge mit den Assistance-Dienstleistern zur Verfügung.

Auftaktgespräch: 21.09.2026, 10:00 Uhr, Raum 2.07.

Mit freundlichen Grüßen
Heike Sommer
Interne Revision""")

# 0063
M("C", "en", "insurer-to-customer", "personal liability claim: borrowed laptop damaged, named customer and third party, policy/claim number, payment; no injury",
  frm=ADDR("oltmanns"), to="Aarav Sharma <aarav.sharma@uni-mail.example>", subj="Your liability claim PH-26-0120334 – damaged laptop",
  date="2026-05-27 16:05", client="thunderbird", ent="av",
  body="""Dear Mr Sharma,

thank you for the photos and the repair quote.

Your personal liability insurance (policy PH-7701-33981) covers the damage you caused to your
flatmate's laptop when you knocked over the glass of water on 11 May. The laptop belongs to
Mr Jonas Feldhaus; the repair shop (iDoc Köln) estimates EUR 689.00 for a new logic board.
As the laptop is three years old, we pay the repair in full because it is cheaper than
replacement.

We will transfer EUR 689.00 directly to Mr Feldhaus. Could you please ask him to send us his
bank details (account holder and IBAN) by e-mail, quoting the claim number PH-26-0120334?
There is no deductible in your policy.

Kind regards

Jens Oltmanns
Liability Claims
Versicherer Allgemeine Versicherung AG""")

# 0064
M("S", "de", "insurer-to-therapist", "request to a psychotherapist about extending behavioural therapy for a named patient with F41.1",
  frm=ADDR("kroeger"), to="Dipl.-Psych. Hanna Lemke <praxis@psychotherapie-lemke.example>",
  subj="Verlängerungsantrag Verhaltenstherapie – Patientin Frau Nadine Kuhlmann, KV 40-412206-9", date="2026-04-22 09:48",
  client="outlook", ent="kv",
  body="""Sehr geehrte Frau Lemke,

vielen Dank für Ihren Bericht an den Gutachter vom 10.04.2026 zur Fortführung der
Verhaltenstherapie von Frau Nadine Kuhlmann (generalisierte Angststörung, F41.1).

Der Tarif unserer Versicherten sieht bis zu 50 Sitzungen je Kalenderjahr ohne gesondertes
Gutachten vor. Für die beantragte Verlängerung um weitere 25 Sitzungen (insgesamt 60 in 2026)
benötigen wir noch:

1. die Anzahl der bereits im Jahr 2026 erbrachten Sitzungen,
2. eine kurze Einschätzung, ob eine Reduktion der Frequenz auf 14-tägig geplant ist.

Eine Schweigepflichtentbindung von Frau Kuhlmann liegt uns vor. Bitte antworten Sie über unser
SecureMail-Portal; den Zugang haben Sie vor zwei Wochen erhalten.

Mit freundlichen Grüßen""",
  sig="kroeger")

# 0065
M("N", "de", "newsletter", "trap: HTML-only customer magazine about winter health, dental prevention and travel vaccinations; generic content",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>", to="kundenmagazin@lists.versicherer.example",
  subj="Gesund durch den Winter – und was Ihre Zahnzusatzversicherung jetzt zahlt", date="2026-11-26 10:00",
  client="system", mailer="Versicherer Newsletter Service", body=None,
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kundenmagazin November 2026</title></head>
<body style="margin:0;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#1d2733">
<tr><td>
<p style="font-size:12px;color:#6b7785">Kundenmagazin &middot; November 2026 &middot; <a href="https://www.versicherer.example/magazin">Im Browser ansehen</a></p>
<h1 style="font-size:26px">Gesund durch den Winter</h1>
<p>Erkältung, Grippe, RSV: Was wirklich hilft und wann Sie besser zum Arzt gehen.
Unsere Gesundheitsexpertin erklärt, warum Fieber nicht immer gesenkt werden muss und wie
Sie Kinder bei Atemwegsinfekten richtig unterstützen.</p>
<h2 style="font-size:20px">Zahnvorsorge: zweimal im Jahr zur professionellen Zahnreinigung</h2>
<p>Mit den Tarifen ZahnPlus zahlen wir bis zu 150&nbsp;&euro; pro Jahr für die PZR &ndash; ohne
Wartezeit. Einfach die Rechnung in der App &bdquo;Meine Gesundheit&ldquo; fotografieren.</p>
<h2 style="font-size:20px">Fernreise geplant? Impfungen rechtzeitig klären</h2>
<p>Gelbfieber, Tollwut, Japanische Enzephalitis: Reiseimpfungen sind in vielen Tarifen
mitversichert. Planen Sie sechs bis acht Wochen Vorlauf ein.</p>
<p style="font-size:11px;color:#6b7785">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a> &middot; Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln</p>
</td></tr></table>
</td></tr></table>
</body></html>
""")

# 0066
M("C", "de", "internal", "collections: dunning list of three named customers with arrears in motor/household and return-debit IBANs (pipe table)",
  frm=ADDR("becker"), to="Kundenservice Team 3 <ks-team3@versicherer.example>", subj="Rücklastschriften KW 12 – bitte Kunden anrufen",
  date="2026-03-20 11:11", client="outlook",
  body="""Hallo Team 3,

bei diesen drei Kunden ist die Lastschrift zurückgekommen und die Mahnung läuft. Könnt ihr bitte
vor dem zweiten Mahnlauf (27.03.) anrufen? Bei Kfz droht sonst die Anzeige an die
Zulassungsstelle.

[[t1]]

Bei Herrn Ferreira sagt die Bank "Konto erloschen" – bitte neue Bankverbindung erfragen.

Danke!
Hannes""",
  tables={"t1": ([["Kunde", "Vertrag", "Sparte", "offen EUR", "Rückgabegrund", "IBAN"],
                  ["Tiago Ferreira", "KF-8813-40551", "Kfz", "312,40", "AC04 Konto erloschen", IB("DE", "700202700015473390")],
                  ["Melanie Burghardt", "HR-2291-08816", "Hausrat", "61,20", "AM04 Deckung", IB("DE", "440501990001928374")],
                  ["Yusuf Demirel", "KF-8813-39102", "Kfz", "498,75", "MD06 Widerspruch", IB("DE", "370502990041187732")]], "pipe")})

# 0067
M("N", "en", "internal", "trap: workshop invitation (ICS) for a DPIA on AI triage of medical invoices; synthetic data only",
  frm=ADDR("meier"), to=[ADDR("arnold"), ADDR("kroeger"), ADDR("fischer"), ADDR("raman")],
  subj="Invitation: DPIA workshop – AI-assisted triage of medical invoices", date="2026-07-28 12:04", client="outlook",
  body="""Dear all,

as agreed in the steering committee, we need a data protection impact assessment before the
pilot "AI-assisted triage of medical invoices" can start. Invitation attached.

Preparation (please read before the workshop):
- data flow diagram v0.4 (Philipp)
- list of data fields the model sees – diagnoses, GOÄ numbers, amounts, age band; no names
- the test set is synthetic (generated invoices), real data only after DPIA sign-off

The workshop will be held in English because our vendor's data scientists join remotely.

Thanks
Thomas""",
  att=[ICS("DPIA_workshop.ics", "dpia-ai-triage-20260805@versicherer.example",
           "DPIA workshop: AI-assisted triage of medical invoices", "20260805T130000", "20260805T160000",
           ("Thomas Meier", "thomas.meier@versicherer.example"),
           [("Philipp Arnold", "philipp.arnold@versicherer.example"), ("Sabine Kröger", "sabine.kroeger@versicherer.example"),
            ("Tim Fischer", "tim.fischer@versicherer.example"), ("Priya Raman", "priya.raman@versicherer.example")],
           location="Köln, Raum 4.11 / Teams",
           description="DPIA for the pilot 'AI-assisted triage of medical invoices'. Synthetic test data only.")])

# 0068
M("S", "en", "insurer-to-doctor", "travel health: request to a Cape Town doctor for the previous medical history of a named insured (pre-existing heart condition)",
  frm=ADDR("bauer"), to="Dr. Pieter van der Merwe <rooms@vdmerwe-cardiology.example>",
  subj="Request for medical information – Mrs Hannelore Bickel – our case TH-26-00655", date="2026-03-12 08:20",
  client="outlook", ent="kv",
  body="""Dear Dr. van der Merwe,

our insured, Mrs Hannelore Bickel (born 22/06/1949), was treated at Christiaan Barnard Memorial
Hospital, Cape Town, from 28 February to 6 March 2026 for decompensated heart failure with
atrial fibrillation. We understand from the hospital that you were the treating cardiologist.

Her travel health policy excludes conditions for which treatment was planned before departure.
To assess the claim (hospital invoice ZAR 318,440) we kindly ask you to answer:

1. Did the admission result from an acute deterioration, or was it a planned treatment?
2. Did Mrs Bickel report cardiac treatment in Germany within the last 6 months before travel?
3. Which medication was she taking on admission?

Mrs Bickel has signed a consent form releasing you from confidentiality towards us; a copy is
available on request. Your fee for a short written report will be reimbursed
(please invoice up to ZAR 1,500).

You can reply securely via our portal: https://securemail.versicherer.example/upload/TH-26-00655

Yours sincerely""",
  sig="bauer")

# 0069
M("N", "de", "internal", "trap: facility notice about a burst water pipe on the 3rd floor of the insurer's own building; no personal data",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Haus A <haus-a@versicherer.example>", subj="Wasserschaden 3. OG Haus A – Räume 3.110 bis 3.118 gesperrt",
  date="2026-01-22 07:35", client="outlook",
  body="""Guten Morgen zusammen,

heute Nacht ist im 3. OG, Haus A, eine Zuleitung in der Teeküche geplatzt. Betroffen sind die
Räume 3.110 bis 3.118 (Leistung KV, Team Ambulant 1 und 2). Die Trocknungsgeräte laufen, die
Räume bleiben voraussichtlich bis Montag gesperrt.

- Die Kolleginnen und Kollegen aus diesen Räumen arbeiten bitte mobil oder nutzen die freien
  Desk-Sharing-Plätze im 5. OG.
- Aktenschränke sind nicht betroffen, die Posteingangskörbe wurden in Raum 3.120 gebracht.
- Den Schaden haben wir bei unserem eigenen Gebäudeversicherer gemeldet (ja, wirklich 😊).

Bitte nicht in die gesperrten Räume gehen, die Elektrik wird noch geprüft.

Viele Grüße
Anja Richter
Facility Management""")

# 0070
M("C", "de", "insurer-to-customer", "motor premium increase explained after an at-fault claim: named customer, policy, no-claims class and premium; customer's angry mobile mail quoted",
  frm=ADDR("engel"), to="Dennis Karagöz <dennis.karagoez@mailbox.example>", subj="AW: beitrag erhöht??",
  date="2026-01-13 10:02", client="outlook", ent="av",
  body="""Hallo Herr Karagöz,

ich kann Ihren Ärger verstehen, deshalb kurz die Erklärung:

Im Juli 2025 haben wir für Ihren Vertrag KF-8813-51120 einen Haftpflichtschaden reguliert
(Auffahrunfall in Leverkusen, Schaden KH-25-0150227). Dadurch wurde Ihr Vertrag zum 01.01.2026
von SF 6 in SF 3 zurückgestuft. Das erklärt den Anstieg von 612,40 € auf 844,90 € im Jahr.

Sie können die Rückstufung vermeiden, wenn Sie uns den gezahlten Betrag (2.318,55 €)
innerhalb von sechs Monaten nach unserer Mitteilung erstatten. Dann stufen wir rückwirkend
wieder in SF 6 ein. Ob sich das lohnt, rechne ich Ihnen gern aus.

Viele Grüße""",
  sig="engel", sigstyle="short",
  quote=OQ("Dennis Karagöz <dennis.karagoez@mailbox.example>", "Montag, 12. Januar 2026 21:17", "kfz@versicherer.example",
           "beitrag erhöht??", """hallo warum ist mein beitrag fast 250 euro teurer geworden???? ich hab nix geändert.
vertrag KF-8813-51120

Von meinem Samsung Galaxy Smartphone gesendet."""))

# 0071
M("S", "de", "customer", "customer's mixed-language mail forwarded: hospital daily benefit after a caesarean birth, baby in neonatal unit, policy number",
  frm=ADDR("kowalski"), to="Leistung KV Stationär <leistung-stationaer@versicherer.example>", subj="WG: Krankenhaustagegeld nach Geburt",
  date="2026-09-02 08:55", client="outlook", ent="kv",
  body="""Hallo Kolleginnen und Kollegen,

bitte übernehmen, Kundin hat an den Kundenservice geschrieben. Unterlagen kommen laut
Kundin per Post.

Danke, Lena Kowalski

""" + FW("Marisol Brandtner <marisol.brandtner@mailbox.example>", "01.09.2026 16:20", "service@versicherer.example",
         "Krankenhaustagegeld nach Geburt", """Hallo liebes Team,

mein Sohn Mateo ist am 14.08. geboren 🎉 – leider per Notkaiserschnitt wegen
Präeklampsie, deshalb war ich 9 Tage im Krankenhaus (Uniklinik Bonn) statt 3. Mateo was in
the neonatal unit for 5 days because he came in week 35, aber jetzt ist alles gut.

Ich habe die Krankenhaustagegeld-Versicherung KT-4470-22814. Bekomme ich für alle 9 Tage das
Tagegeld? And can Mateo be added to my Krankenversicherung without Gesundheitsfragen? My
friend said that works within 2 months after birth.

Liebe Grüße
Marisol Brandtner""", lang="de"))

# 0072
M("N", "en", "insurer-to-broker", "trap: underwriting appetite for cyber risks to an English broker; general guidelines only, no client data",
  frm=ADDR("hartmann"), to="Priyanka Desai <pdesai@thamesgate-specialty.example>", subj="RE: Cyber appetite Germany – mid-market",
  date="2026-10-06 11:47", client="outlook", ent="av",
  body="""Hi Priyanka,

thanks for reaching out. Our appetite for German mid-market cyber in 2027, in a nutshell:

  Turnover:       EUR 5m – 250m
  Limits:         up to EUR 5m (primary), EUR 10m in excess layers
  Preferred:      manufacturing, logistics, professional services, retail with < 30 % online
  Restricted:     healthcare providers and labs (health data volumes), crypto, public sector,
                  MSPs, payment processors
  Minimum controls: MFA for remote access and e-mail, offline/immutable backups, EDR on all
                  endpoints, patching of critical vulnerabilities within 14 days

Ransomware sub-limits apply for risks without EDR. We write on our own wording (German law);
an English convenience translation is available.

Happy to look at specific submissions – please send them through the broker portal.

Best
Sven""",
  sig="hartmann", sigstyle="short")

# 0073
M("C", "en", "insurer-to-partner", "travel cancellation for job loss (no health reason): named travellers, booking and policy numbers, refund via tour operator in Malta",
  frm=ADDR("seidel"), to="Reservations <bookings@azure-coast-holidays.example>",
  subj="Cancellation booking ACH-58812 – travellers Schuster – insurance RR-2290-44871", date="2026-04-08 14:14",
  client="outlook", ent="av",
  body="""Dear Sir or Madam,

we are the travel cancellation insurer of Mr Björn Schuster and Mrs Katja Schuster, who
cancelled their package holiday with you (booking ACH-58812, Hotel Sliema Bay, 02–16 May 2026)
on 3 April 2026.

The reason for the cancellation – Mr Schuster unexpectedly lost his job through redundancy
by his employer – is an insured event under their policy RR-2290-44871. We will therefore
reimburse the cancellation charges.

Could you please send us your final cancellation invoice (we understand 40 % of the travel
price of EUR 3,860.00 applies under your terms for cancellation 29 days before departure) and
confirm whether any taxes or fees have been refunded to the customers?

Thank you for your help.

Kind regards""",
  sig="seidel", lang="en")

# 0074
M("N", "de", "insurer-to-supplier", "trap: order to a shredding company for secure destruction of health claims files (protection class 3, P-4); no file contents",
  frm=ADDR("krueger"), to="Kundenservice <auftrag@aktenwolf-entsorgung.example>", cc=ADDR("meier"),
  subj="Auftrag Aktenvernichtung Leistungsakten KV – Abholung 12.05.2026", date="2026-04-29 13:50", client="outlook",
  body="""Sehr geehrte Damen und Herren,

wie telefonisch besprochen beauftragen wir Sie mit der Vernichtung von Leistungsakten der
Krankenversicherung (Aufbewahrungsfrist abgelaufen, Löschprotokoll liegt vor):

- ca. 140 Archivkartons, Papier, teilweise mit Heftklammern
- Schutzklasse 3 (besonders sensible Daten, u. a. Gesundheitsdaten), Sicherheitsstufe P-4
  nach DIN 66399
- Abholung im verschlossenen Sicherheitsbehälter, Vernichtung in Ihrem Werk Hürth
- Vernichtungsprotokoll mit Gewicht je Behälter

Abholtermin: Dienstag, 12.05.2026, ab 8:00 Uhr, Rampe Archiv UG, Tor 2.
Ansprechpartnerin vor Ort: Anja Richter (-1550).

Bitte senden Sie uns die Auftragsverarbeitungsvereinbarung in der aktuellen Fassung vorab zur
Unterschrift. Preis laut Angebot A-2026-0388: 18,50 € je Behälter 240 l.

Mit freundlichen Grüßen""",
  sig="krueger")

# 0075
M("S", "de", "insurer-to-customer", "disability (BU) benefit acknowledged for a named insured with multiple sclerosis; monthly pension; PDF letter",
  frm=ADDR("stanek"), to="Simone Vehlow <simone.vehlow@mailbox.example>", subj="Ihre Berufsunfähigkeitsversicherung BU-5520-390117 – Leistungsentscheidung",
  date="2026-10-01 11:00", client="outlook", ent="lv",
  body="""Sehr geehrte Frau Vehlow,

wir haben gute Nachrichten für Sie: Wir erkennen unsere Leistungspflicht aus Ihrer
Berufsunfähigkeitsversicherung an. Die ausführliche Entscheidung finden Sie im Anhang.

Kurz zusammengefasst: Nach den Berichten Ihrer Neurologin und dem Gutachten von
Prof. Dr. Albers sind Sie wegen Ihrer Multiplen Sklerose seit dem 01.03.2026 zu mehr als
50 % außerstande, Ihren Beruf als Grundschullehrerin auszuüben. Wir zahlen ab diesem Datum
eine monatliche Rente von 1.450,00 € und stellen Sie von der Beitragszahlung frei.

Die Nachzahlung für März bis September (10.150,00 €) überweisen wir in den nächsten Tagen.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen""",
  sig="stanek",
  att=[PDF("Leistungsentscheidung_BU-5520-390117.pdf", [
      ("h", "Leistungsentscheidung Berufsunfähigkeit"),
      "Versicherer Lebensversicherung AG · Leistung Leben / Berufsunfähigkeit · Rheinuferstraße 12 · 50667 Köln",
      "Frau Simone Vehlow, Lindenallee 9, 41564 Kaarst\nVertrag: BU-5520-390117 · Schaden: BU-26-000214",
      "Sehr geehrte Frau Vehlow,",
      "wir erkennen unsere Leistungspflicht ab dem 01.03.2026 unbefristet an. Grundlage sind der Befundbericht von "
      "Dr. med. Iris Kempf (Neurologie, Neuss) vom 12.06.2026 und das Gutachten von Prof. Dr. med. Hans Albers vom 02.09.2026. "
      "Danach besteht eine schubförmig-remittierende Multiple Sklerose (G35.10) mit Fatigue, Sensibilitätsstörungen und "
      "eingeschränkter Gehstrecke; die Tätigkeit als Grundschullehrerin ist zu mindestens 50 % nicht mehr möglich.",
      ("t", [["Leistung", "ab", "Betrag"],
             ["BU-Rente monatlich", "01.03.2026", "1.450,00 EUR"],
             ["Beitragsbefreiung", "01.03.2026", "94,18 EUR monatlich"],
             ["Nachzahlung 03-09/2026", "", "10.150,00 EUR"]]),
      "Wir werden in angemessenen Abständen prüfen, ob die Berufsunfähigkeit fortbesteht (Nachprüfung).",
      "Mit freundlichen Grüßen\nOliver Stanek"], title="Leistungsentscheidung BU-5520-390117")])
# ---------------------------------------------------------------- batch 4 (d21-0076 … d21-0100)

# 0076
M("N", "de", "internal", "trap: HR circular on the electronic sick note (eAU) process; explains what managers may know, no individual",
  frm=ADDR("winter"), to="Führungskräfte <fuehrungskraefte@versicherer.example>", subj="Neu ab 01.02.: Krankmeldungen nur noch über eAU-Abruf",
  date="2026-01-19 09:00", client="outlook",
  body="""Liebe Führungskräfte,

ab dem 01.02.2026 rufen wir die elektronischen Arbeitsunfähigkeitsbescheinigungen (eAU)
unserer gesetzlich versicherten Mitarbeitenden direkt bei den Krankenkassen ab. Für Sie ändert
sich Folgendes:

1. Ihre Mitarbeitenden melden sich wie bisher am ersten Tag bei Ihnen krank – telefonisch
   oder per Teams, ohne Angabe von Gründen.
2. Sie tragen die Abwesenheit in SAP HCM ein ("krank ohne Attest" bzw. "krank mit Attest ab
   Tag 4"). Den Abruf der eAU übernimmt die Personalbetreuung.
3. Privat krankenversicherte Mitarbeitende reichen weiterhin eine Papierbescheinigung ein –
   bitte direkt an die Personalbetreuung, nicht an Sie.
4. Diagnosen erfahren weder Sie noch wir. Bitte fragen Sie auch nicht danach.

Bei Fragen: Marie Winter (-1433) oder das HR-Postfach.

Viele Grüße
Ihre Personalbetreuung""",
  sig="winter", sigstyle="short")

# 0077
M("C", "en", "internal", "HR: offer details for a named new hire from the UK with salary, relocation allowance and start date",
  frm=ADDR("weiss"), to=[ADDR("whitfield"), "Payroll <entgelt@versicherer.example>"], subj="Offer accepted – Fiona McAllister, Expat Claims Specialist",
  date="2026-02-20 16:38", client="outlook",
  body="""Hi Emma, hi Payroll team,

good news: Fiona McAllister has signed. Details for onboarding and the first payroll run:

  Name:                 Fiona McAllister
  Position:             Expat Claims Specialist (International Health Services), grade TG 8
  Start date:           1 April 2026
  Base salary:          EUR 64,500 gross p.a. (13 salaries), probation 6 months
  Relocation allowance: EUR 7,500 (one-off, paid with the April salary, repayable pro rata
                        if she leaves within 24 months)
  Temporary flat:       paid by us for 3 months (Wohnungsvermittlung Rheinblick)
  Tax ID / social security number: will be provided after registration in Cologne

She moves from Edinburgh mid-March. Emma, could you arrange a buddy for her first weeks?

Thanks
Nadine""",
  sig="weiss", sigstyle="short")

# 0078
M("S", "de", "insurer-to-customer", "private health insurance premium arrears reminder for a named policyholder (health contract of a specific person, no medical word)",
  frm=ADDR("becker"), to="Frank Dörrenbächer <f.doerrenbaecher@mailbox.example>", subj="Zahlungserinnerung – Ihre Krankenversicherung KV 40-271155-3",
  date="2026-06-17 08:15", client="outlook", ent="kv",
  body="""Sehr geehrter Herr Dörrenbächer,

für Ihre private Krankenversicherung KV 40-271155-3 sind die Beiträge für April, Mai und Juni
2026 in Höhe von insgesamt 2.148,60 € noch offen. Die Lastschrift im April wurde von Ihrer Bank
mangels Deckung zurückgegeben, seitdem konnten wir nicht mehr abbuchen.

Bitte überweisen Sie den Betrag bis zum 01.07.2026. Sollten Sie derzeit in finanziellen
Schwierigkeiten sein, melden Sie sich bitte bei uns – wir können eine Ratenzahlung vereinbaren.

Bitte beachten Sie: Bleibt der Rückstand bestehen, müssen wir nach § 193 Abs. 6 VVG das
Mahnverfahren einleiten. Ihr Vertrag würde dann in den Notlagentarif umgestellt, in dem nur
noch akute Erkrankungen und Schmerzzustände, Schwangerschaft und Mutterschaft versichert sind.

Mit freundlichen Grüßen""",
  sig="becker")

# 0079
M("N", "en", "insurer-to-partner", "trap: quarterly summary of a group life quota-share bordereau with totals only; individual data announced via secure portal",
  frm=ADDR("stone"), to="Treaty Accounting <treaty.accounts@atlanticre.example>", subj="Q2 2026 – Group Life QS 30% – bordereau summary",
  date="2026-07-24 12:31", client="outlook", lang="en",
  body="""Dear colleagues,

please find below the summary for Q2 2026 under the Group Life Quota Share (30 %), treaty
GLQS-2024-01. The detailed bordereau (per-life data) has been uploaded to our secure exchange
platform as usual; no per-life data by e-mail please.

  Number of schemes in force               186
  Number of insured lives                  41,907
  Total sums insured (100 %)               EUR 5,214.8m
  Premium ceded (30 %)                     EUR 2,911,420
  Claims ceded (30 %), 11 deaths, 3 TPD    EUR 1,302,900
  Commission (22.5 %)                      EUR -655,069
  Balance in your favour                   EUR 953,451

Cash settlement with value date 15 August 2026.

Kind regards
Rebecca""",
  sig="stone", sigstyle="short")

# 0080
M("C", "de", "insurer-to-customer", "buildings water damage settled: named customer, address, claim number, payment amount to IBAN; customer's mail quoted",
  frm=ADDR("demir"), to="Ulrike Stammberger <u.stammberger@mailbox.example>", subj="AW: Leitungswasserschaden Keller – WG-1180-52290",
  date="2026-02-27 13:44", client="outlook", ent="av",
  body="""Sehr geehrte Frau Stammberger,

vielen Dank für die Rechnungen. Wir regulieren den Leitungswasserschaden vom 04.01.2026 in
Ihrem Haus Heckenweg 21, 42781 Haan (Schaden WS-26-0008841), wie folgt:

  Leckortung und Rohrreparatur (Sanitär Kühn)        1.186,20 €
  Trocknung (Fa. Trockenbau Ahrens, 18 Tage)         2.944,00 €
  Malerarbeiten Kellerräume                          1.520,00 €
  abzüglich Selbstbeteiligung                         -500,00 €
  Zahlung                                            5.150,20 €

Die Zahlung geht auf Ihr Konto """ + IB("DE", "303501100003318840") + """.

Den beschädigten Teppich im Hobbyraum ersetzen wir über Ihre Hausratversicherung; dafür
brauche ich noch ein Foto und die ungefähre Größe.

Mit freundlichen Grüßen""",
  sig="demir", sigstyle="short",
  quote=OQ("Ulrike Stammberger <u.stammberger@mailbox.example>", "Mittwoch, 25. Februar 2026 19:02", "Demir, Aylin",
           "Leitungswasserschaden Keller – WG-1180-52290", """Liebe Frau Demir,

anbei die Rechnungen vom Installateur, vom Trocknungsdienst und vom Maler. Das Geld bitte auf
das bekannte Konto. Der Teppich im Hobbyraum ist leider auch hin.

Viele Grüße
Ulrike Stammberger"""))

# 0081
M("S", "en", "insurer-to-customer", "group programme member in the Netherlands: maternity claim (ultrasound scans, midwife, obstetrician) reimbursed, named",
  frm=ADDR("lehmann"), to="Laura Jansen-Okoro <laura.jansenokoro@mailbox.example>",
  subj="Your claim 26-GP-018830 – prenatal care – Meridian Chemicals global medical plan", date="2026-05-08 10:20",
  client="outlook", ent="kv",
  body="""Dear Mrs Jansen-Okoro,

congratulations on your pregnancy, and thank you for submitting your invoices under the
Meridian Chemicals global medical plan (member no. MCG-NL-00417).

We have reimbursed:

  16/03/2026  Verloskundigenpraktijk De Wieg, intake midwife            EUR   142.50
  30/03/2026  Dr. M. Visser, obstetrician, 12-week ultrasound + NIPT    EUR   410.00
  21/04/2026  Rijnstate Hospital, 20-week anomaly scan                  EUR   228.40
                                                                         -----------
  Total reimbursed (100 %, maternity benefit, no deductible)            EUR   780.90

Please note that the NIPT is covered because your obstetrician confirmed a medical indication.
Delivery costs will be settled directly with the hospital once you have chosen one – just send
us the name of the hospital and your expected due date (you mentioned 28 September).

Best wishes for the coming months!

Kind regards""",
  sig="lehmann")

# 0082
M("N", "de", "internal", "trap: steering-committee minutes on the secure-mail roll-out with KPIs in an aligned-space table; mentions health data only generally",
  frm=ADDR("raman"), to="Lenkungskreis SecureMail <lk-securemail@versicherer.example>", subj="Protokoll Lenkungskreis SecureMail #7",
  date="2026-05-13 17:12", client="thunderbird",
  body="""Hallo zusammen,

Kurzprotokoll der Sitzung vom 13.05.2026.

1. Kennzahlen April (Vormonat in Klammern)

[[t1]]

2. Portal-Registrierungen
Die Quote abgeschlossener Registrierungen nach Versand des Einmal-Passworts liegt bei 64 %.
Viele Kunden scheitern an der Sicherheitsfrage. UX-Team testet bis Juni eine vereinfachte
Variante.

3. Makler
Zwei große Maklerpools haben Domänenzertifikate geliefert, Gateway-zu-Gateway läuft seit 05.05.

4. Entscheidung
Gesundheitsdaten an Kunden mit Einwilligung per TLS: Freigabe für alle Sparten KV ab 01.06.
(Voraussetzung: dokumentierte Kundeneinwilligung im Bestandssystem).

5. Nächster Termin: 10.06.2026

Priya""",
  tables={"t1": ([["Kennzahl", "April", "März"],
                  ["ausgehende Mails gesamt", "412.880", "(398.120)"],
                  ["davon streng vertraulich", "61.204", "(58.870)"],
                  ["Portal-Zustellungen", "38.911", "(36.450)"],
                  ["S/MIME Endnutzer", "9.842", "(9.120)"],
                  ["Gateway-zu-Gateway", "7.330", "(5.010)"],
                  ["TLS mit Einwilligung", "5.121", "(4.890)"],
                  ["zurückgewiesen (reaktiv)", "212", "(244)"]], "pad")})

# 0083
M("C", "en", "insurer-to-broker", "buildings insurance for a UK-resident private landlord of a flat in Germany: named owner, address, sum insured, policy number",
  frm=ADDR("vogel"), to="Tom Ashworth <tom@ashworth-insurance.example>", subj="RE: Buy-to-let flat in Munich – Mr & Mrs Whitmore – cover confirmed",
  date="2026-08-03 09:55", client="outlook", lang="en",
  body="""Hi Tom,

cover is bound as requested:

  Policyholders:    Mr Geoffrey Whitmore and Mrs Alison Whitmore, Guildford, Surrey (UK)
  Risk address:     Ickstattstraße 7, flat 3 (3rd floor), 80469 München
  Policy:           WG-1180-88102 (buildings, freehold flat incl. share of common parts)
  Sum insured:      EUR 420,000, new replacement value
  Loss of rent:     12 months included
  Start:            01/09/2026, annual premium EUR 388.60 incl. 19 % insurance tax

As the owners live abroad, please make sure the property manager (Hausverwaltung Gruber) is
named as local contact, and the flat is inspected at least once a month while vacant.

Policy documents will be sent to your office in English and German.

Best
Katharina""",
  sig="vogel", sigstyle="short")

# 0084
M("S", "de", "internal", "IT ticket where the employee pasted a named customer's cardiology letter details and health policy number (the reverse trap)",
  frm="IT-Servicedesk <servicedesk@versicherer.example>", to=ADDR("brandt"),
  subj="[INC0051288] Upload Arztbrief schlägt fehl – Ticket erstellt", date="2026-06-29 10:03", client="system",
  mailer="ServiceNow Notification Engine", ent="grp",
  body="""Guten Tag Herr Brandt,

vielen Dank, wir haben Ihr Anliegen unter der Nummer INC0051288 aufgenommen.

Ihre Beschreibung:
----------------------------------------------------------------------
Beim Hochladen des Arztbriefs in die Akte von Herrn Reinhold Faßbender (KV 40-155203-8)
kommt "Dokumenttyp unbekannt". Es ist der Entlassbrief der Kardiologie Uniklinik Köln vom
22.06. (Vorhofflimmern, Ablation am 19.06., Entlassmedikation Eliquis 5 mg). Ich muss heute
noch die Kostenübernahme für die Reha abschließen, bitte dringend!
----------------------------------------------------------------------

Priorität:  2 - Hoch
Gruppe:     2nd Level KLARA

Hinweis: Bitte tragen Sie in Tickets keine Gesundheitsdaten oder Kundennamen ein; verwenden
Sie die Vorgangsnummer aus KLARA.

Ihr IT-Servicedesk""")

# 0085
M("N", "en", "internal", "trap: phishing warning to all staff about fake 'hospital invoice' and 'medical report' e-mails; no real data",
  frm=ADDR("fischer"), to="All staff <alle@versicherer.example>", subj="⚠ Phishing warning: fake \"hospital invoice\" e-mails / Phishing-Warnung",
  date="2026-09-23 11:15", client="outlook",
  body="""Dear colleagues / Liebe Kolleginnen und Kollegen,

(deutsche Version unten)

since this morning we are seeing a phishing wave aimed at our claims departments. The e-mails
look like invoices or medical reports from foreign hospitals, for example:

  Subject:  "Invoice for patient admission – urgent payment / guarantee required"
  From:     billing@saint-lukes-internationa1.example  (note the "1")
  Attachment: Medical_Report_2026.zip  or  Invoice.pdf.html

Please do NOT open the attachment and do not click any link. Use the "Report phishing" button
in Outlook. If you have already opened it, call the Security Operations Centre at -6095
immediately.

---

Seit heute Morgen beobachten wir eine Phishing-Welle gegen die Leistungsabteilungen. Die Mails
sehen aus wie Rechnungen oder Arztberichte ausländischer Krankenhäuser. Bitte keine Anhänge
öffnen, keine Links klicken, den Button "Phishing melden" nutzen. Wer schon geöffnet hat:
sofort SOC anrufen, -6095.

Tim Fischer
Information Security""")

# 0086
M("C", "de", "insurer-to-customer", "motor total loss after hail: named customer, VIN, replacement and residual value, bank; settlement as ODT attachment",
  frm=ADDR("brenner"), to="Stephan Hillebrand <s.hillebrand@mailbox.example>", subj="Hagelschaden vom 12.06.2026 – Abrechnung Totalschaden KK-26-0144910",
  date="2026-07-08 15:10", client="outlook", ent="av",
  body="""Sehr geehrter Herr Hillebrand,

das Gutachten des Sachverständigen liegt vor: Bei Ihrem Mercedes-Benz C 200 (K-SH 2412)
übersteigen die Reparaturkosten den Wiederbeschaffungswert, es liegt ein wirtschaftlicher
Totalschaden vor. Die Abrechnung finden Sie im Anhang.

Wenn Sie das Fahrzeug an den Restwertaufkäufer verkaufen möchten, geben Sie mir bitte Bescheid;
das Angebot ist bis 22.07. gültig.

Mit freundlichen Grüßen""",
  sig="brenner",
  att=[ODT("Abrechnung_KK-26-0144910.odt", [
      ("h", "Abrechnung Teilkasko – Hagelschaden"),
      "Versicherungsnehmer: Stephan Hillebrand, Kastanienweg 4, 50858 Köln\nVertrag: KF-8813-60022 · Schaden: KK-26-0144910",
      "Fahrzeug: Mercedes-Benz C 200, amtl. Kennzeichen K-SH 2412, FIN WDD2050421R448312, Erstzulassung 03/2019",
      ("t", [["Position", "Betrag"],
             ["Wiederbeschaffungswert (brutto)", "24.800,00 €"],
             ["Restwert (Höchstgebot Autoankauf Rhein)", "-6.150,00 €"],
             ["Selbstbeteiligung Teilkasko", "-150,00 €"],
             ["Auszahlung", "18.500,00 €"]]),
      "Die Auszahlung erfolgt nach Abmeldung des Fahrzeugs auf das Konto " + IB("DE", "380700240411298800") +
      " (Kontoinhaber Stephan Hillebrand)."])])

# 0087
M("S", "de", "insurer-to-hospital", "cost coverage to a German hospital for a planned knee replacement (M17.1) of a named patient, two-bed room",
  frm=ADDR("brandt"), to="Patientenaufnahme <aufnahme@orthopaedie-am-park.example>", subj="Kostenübernahmeerklärung – Frau Ingeborg Sauerland, geb. 11.01.1955",
  date="2026-03-04 08:46", client="outlook", ent="kv",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Ingeborg Sauerland, geb. 11.01.1955
  KV 40-077420-1, Tarif Stationär Komfort

übernehmen wir die Kosten der geplanten stationären Behandlung in Ihrem Haus ab dem
23.03.2026 (Implantation einer Knie-Totalendoprothese links bei primärer Gonarthrose, M17.1)
im Rahmen der allgemeinen Krankenhausleistungen nach DRG sowie für die Wahlleistungen
Zweibettzimmer und Chefarztbehandlung.

Die Kostenübernahme gilt für eine Verweildauer von bis zu 10 Tagen. Bitte rechnen Sie direkt
mit uns ab (Direktabrechnung über den PKV-Datenaustausch). Wahlärztliche Leistungen stellen
die Ärzte bitte Frau Sauerland in Rechnung; die Erstattung erfolgt dann an sie.

Mit freundlichen Grüßen""",
  sig="brandt")

# 0088
M("N", "de", "insurer-to-lawyer", "trap: automatic answer to a certificate request with the insurer address's certificate (PEM) attached; no personal data",
  frm="Zertifikatsdienst <zertifikat@versicherer.example>", to="kanzlei@ra-wienholt.example",
  subj="[ZERTIFIKAT] Ihr angefordertes Zertifikat für leistung-unfall@versicherer.example", date="2026-04-16 10:31",
  client="system", mailer="Siegel Certificate Service", headers={"Auto-Submitted": "auto-replied"},
  body="""Guten Tag,

Sie haben das S/MIME-Zertifikat für die Adresse leistung-unfall@versicherer.example angefordert.
Das Zertifikat finden Sie im Anhang (PEM-Format). Diese Nachricht ist mit demselben Zertifikat
signiert, sodass Ihr E-Mail-Programm es in der Regel automatisch übernimmt.

  Inhaber:        leistung-unfall@versicherer.example
  Aussteller:     Versicherer Issuing CA 2025
  Gültig bis:     31.03.2028
  SHA-256-Fingerabdruck:
  4F:21:9A:C3:0E:77:5B:12:D8:61:AA:03:9C:E4:71:2B:5D:80:0F:33:C6:9B:1E:74:A2:58:47:06:BD:3E:11:C9

Sie können Zertifikate auch selbst suchen: https://www.versicherer.example/zertifikate

Ihr Zertifikatsdienst
Diese Nachricht wurde automatisch erstellt.""",
  att=[TXT("leistung-unfall_versicherer_example.pem", """-----BEGIN CERTIFICATE-----
MIIFqzCCA5OgAwIBAgIUbW9ja2NlcnRpZmljYXRlZGV2MjEwDQYJKoZIhvcNAQEL
BQAwSjELMAkGA1UEBhMCREUxGTAXBgNVBAoMEFZlcnNpY2hlcmVyIEFHMSAwHgYD
VQQDDBdWZXJzaWNoZXJlciBJc3N1aW5nIENBMB4XDTI1MDQwMTAwMDAwMFoXDTI4
MDMzMTIzNTk1OVowMDEuMCwGCSqGSIb3DQEJARYfbGVpc3R1bmctdW5mYWxsQHZl
cnNpY2hlcmVyLmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIB
AQC9mZXJzaWNoZXJlci1kZW1vLWtleS1ub3QtcmVhbC0xMjM0NTY3ODkwYWJjZGVm
-----END CERTIFICATE-----
""", sub="plain")])

# 0089
M("C", "en", "insurer-to-customer", "welcome mail for an international student's liability and contents policy: name, birth date, address, policy number",
  frm="Customer Service <service-noreply@versicherer.example>", to="Nguyen Thi Mai Anh <maianh.nguyen@uni-mail.example>",
  subj="Welcome to Versicherer – your policy PH-7701-40932", date="2026-10-02 17:25", client="system", ent="av",
  mailer="VERSO Output Management 7.4",
  body="""Dear Ms Nguyen,

welcome, and thank you for choosing us! Your insurance starts on 01/10/2026.

  Policyholder:    Nguyen Thi Mai Anh, born 1 March 2003
  Address:         Studentenwohnheim Kerpener Str. 12, Room 418, 50937 Köln
  Policy:          PH-7701-40932
  Cover:           Personal liability (EUR 10m) + Home contents (EUR 10,000)
  Premium:         EUR 7.90 per month by direct debit

Your policy documents are available in your customer account in German and English. If you
need a confirmation for your university or landlord, you can download it there.

Kind regards
Your Customer Service team

Versicherer Allgemeine Versicherung AG · Rheinuferstrasse 12 · 50667 Cologne
This e-mail was generated automatically.""")

# 0090
M("N", "de", "internal", "trap: health actuarial note on the 2027 premium adjustment with trigger factors per tariff (aggregated), aligned table",
  frm=ADDR("novak"), to=["Produktmanagement KV <pm-kv@versicherer.example>", ADDR("petersen")], cc="Treuhänder-Koordination <treuhaender@versicherer.example>",
  subj="BAP 2027 – auslösende Faktoren Versicherungsleistungen (vorläufig)", date="2026-08-28 14:20", client="outlook", ent="kv",
  body="""Hallo zusammen,

anbei die vorläufigen auslösenden Faktoren für die Beitragsanpassung 2027 (Rechnungsgrundlage
Versicherungsleistungen, Beobachtungseinheiten Männer/Frauen zusammengefasst, Kinder separat):

[[t1]]

Schwellenwert für die Anpassung ist 5 % (tariflich vereinbart), gesetzlich 10 %.
Damit sind die Tarife Komfort ambulant, Komfort stationär und ZahnPlus anzupassen; Basis 1000
bleibt unverändert. Die Zahlen für die Sterbetafel folgen nächste Woche.

Treffen mit dem Treuhänder ist am 24.09. angesetzt.

Viele Grüße
Tomas""",
  tables={"t1": ([["Tarif", "Beobachtungseinheit", "Faktor", "Anpassung?"],
                  ["Komfort ambulant", "Erwachsene", "1,112", "ja"],
                  ["Komfort ambulant", "Kinder", "1,064", "ja"],
                  ["Komfort stationär", "Erwachsene", "1,087", "ja"],
                  ["ZahnPlus 80", "Erwachsene", "1,071", "ja"],
                  ["Basis 1000", "Erwachsene", "1,031", "nein"],
                  ["KTG 43", "Erwachsene", "0,982", "nein"]], "pad")})

# 0091
M("S", "en", "insurer-to-hospital", "invoice negotiation with a US hospital for a named patient's STEMI treatment with stents; repriced amounts",
  frm=ADDR("lehmann"), to="Patient Financial Services <international.billing@houstonmethodist.example>", cc=ADDR("bauer"),
  subj="Patient Kevin O'Donnell – account 44187702 – repricing under network agreement", date="2026-10-05 16:42",
  client="outlook", ent="kv",
  body="""Dear Ms Ramirez,

thank you for the itemised bill for our insured, Mr Kevin O'Donnell (DOB 1979-05-17), account
no. 44187702, admitted 12 September 2026 via the emergency department with an acute ST-elevation
myocardial infarction and treated with PCI and three drug-eluting stents; discharged
17 September.

Billed charges:                 USD 241,880.00
Repriced under the network agreement (our assistance partner, contract rate 52 % of billed
charges for inpatient cardiology):
                                USD 125,777.60
Less: items not covered (TV/phone, take-home pharmacy beyond 30 days):
                                USD    -412.00
Amount payable:                 USD 125,365.60

Payment will be made by wire within 10 business days of your acceptance. Please do not bill
the patient for the difference to billed charges (balance billing is excluded under the
network agreement).

Kind regards""",
  sig="lehmann")

# 0092
M("C", "de", "insurer-to-customer", "legal expenses (traffic): cover for an objection against a speeding fine of a named customer (administrative offence, no criminal matter)",
  frm=ADDR("lindqvist"), to="Carina Wollenweber <carina.wollenweber@mailbox.example>", subj="Ihre Anfrage zum Bußgeldbescheid – Verkehrs-Rechtsschutz RS-5540-31877",
  date="2026-05-20 10:18", client="thunderbird", ent="av",
  body="""Sehr geehrte Frau Wollenweber,

Sie haben einen Bußgeldbescheid der Stadt Bonn erhalten (Geschwindigkeitsüberschreitung um
31 km/h innerorts am 14.04.2026, 260 €, zwei Punkte, ein Monat Fahrverbot) und möchten
Einspruch einlegen.

Ihr Verkehrs-Rechtsschutz (Vertrag RS-5540-31877) übernimmt die Kosten für eine anwaltliche
Vertretung im Bußgeldverfahren einschließlich eines technischen Gutachtens zur Messung. Eine
Selbstbeteiligung fällt nicht an. Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab
Zustellung des Bescheids (laut Ihrer Angabe am 16.05.).

Wenn Sie noch keinen Anwalt haben, nennen wir Ihnen gern eine auf Verkehrsrecht spezialisierte
Kanzlei in Bonn.

Mit freundlichen Grüßen
Petra Lindqvist
Rechtsschutz-Service""")

# 0093
M("N", "en", "newsletter", "trap: internal English IT digest on new gateway features (consent-based TLS for health data, certificate renewal); no persons",
  frm="IT Digest <it-digest@versicherer.example>", to="IT all hands <it-all@versicherer.example>",
  subj="IT Digest #14 – gateway release 2.3, certificate renewal, Windows 11 rollout", date="2026-06-19 15:00",
  client="system", mailer="Versicherer Newsletter Service",
  body="""IT DIGEST #14 · June 2026
==========================

1. Secure mail gateway release 2.3 (live since 16 June)
   - TLS delivery of strictly confidential mail is now possible where the customer's
     consent is recorded (health lines only after DPO sign-off, which we have)
   - "explain" view in the admin UI shows why a mail went to the portal
   - ICD-10 code list updated to the 2026 version

2. Certificate renewal
   Our domain certificate for gateway-to-gateway encryption will be renewed on 30 June,
   20:00-22:00. Partner domains were informed by Broker Relations. No action for you.

3. Windows 11 rollout
   Wave 3 (Claims Health, Claims Life, HR) starts 6 July. Please save local files to
   OneDrive beforehand.

4. Phish of the month
   "Your parcel is waiting – pay customs fee". 412 reports, thank you!

Questions: it-digest@versicherer.example""")

# 0094
M("S", "de", "internal", "disability follow-up review: named insured with depressive episode, part-time return to work; request to the medical officer",
  frm=ADDR("stanek"), to=ADDR("hasselbach"), subj="Nachprüfung BU-5520-210455 – Bitte um ärztliche Einschätzung",
  date="2026-11-09 13:33", client="outlook", ent="lv",
  body="""Liebe Frau Dr. Hasselbach,

im Nachprüfungsverfahren bei Herrn Lars Ebeling (BU-5520-210455, Bankkaufmann, BU-Rente seit
08/2023 wegen schwerer depressiver Episode, F32.2) haben wir den aktuellen Bericht seines
Psychiaters erhalten:

- deutliche Besserung seit Umstellung auf Venlafaxin 225 mg und Abschluss der Tagesklinik
- seit 01.09.2026 Teilzeit-Tätigkeit als Kundenberater bei seinem alten Arbeitgeber,
  20 Std./Woche (Arbeitsvertrag liegt vor)
- Psychiater sieht "stabile Teilremission", Vollzeit derzeit nicht empfohlen

Frage: Reicht das aus Ihrer Sicht, um eine Berufsunfähigkeit von unter 50 % anzunehmen, oder
sollten wir ein Gutachten einholen? Die Akte habe ich Ihnen in KLARA-Leben freigegeben.

Viele Grüße
Oliver Stanek""")

# 0095
M("C", "de", "insurer-to-broker", "broker application for household and liability cover: named applicants with birth dates and previous claims",
  frm=ADDR("reuter"), to="Maklerbüro Jensen & Partner <antraege@jensen-partner.example>", subj="AW: Antrag Hausrat/PHV Eheleute Brodersen – Rückfrage Vorschäden",
  date="2026-09-10 12:02", client="outlook",
  body="""Moin Herr Jensen,

danke für den Antrag der Eheleute Brodersen (Hans Brodersen, geb. 03.05.1961, und Wiebke
Brodersen, geb. 27.10.1963, Deichstraße 40, 25813 Husum).

Bevor wir policieren, brauche ich zu den angegebenen Vorschäden noch zwei Angaben:
1. Hausrat 2024 (Einbruch Gartenhaus): Schadenhöhe und Versicherer?
2. PHV 2025 (Wasserschaden in der Mietwohnung der Tochter): ist der Schaden abgeschlossen?

Bei zwei Vorschäden in drei Jahren kann ich Hausrat nur mit 300 € Selbstbeteiligung anbieten,
PHV geht ohne Einschränkung.

Gruß aus Hamburg
Frank Reuter
Maklerbetreuung Region Nord""")

# 0096
M("N", "de", "insurer-to-partner", "trap: answer to the association's long-term care statistics survey with aggregated counts per care level, small cells merged",
  frm=ADDR("yilmaz"), to="Statistik <statistik@pkv-verband.example>", subj="Erhebung Pflegestatistik 2025 – Meldung Versicherer Krankenversicherung a.G.",
  date="2026-03-27 10:40", client="outlook", ent="kv",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Erhebung "Pflegestatistik 2025" (Stichtag 31.12.2025), private
Pflegepflichtversicherung:

[[t1]]

Hinweise: Felder mit weniger als 5 Fällen haben wir, wie in der Erhebungsanleitung
vorgesehen, mit der Nachbarklasse zusammengefasst (Kinder Pflegegrad 4 und 5). Die Werte
sind mit dem Bestand zum Jahresabschluss abgestimmt.

Mit freundlichen Grüßen""",
  sig="yilmaz",
  tables={"t1": ([["Pflegegrad", "ambulant", "stationär", "gesamt"],
                  ["PG 1", "1.204", "38", "1.242"], ["PG 2", "2.871", "301", "3.172"],
                  ["PG 3", "1.966", "512", "2.478"], ["PG 4 und 5 (Erwachsene)", "998", "731", "1.729"],
                  ["PG 4 und 5 (Kinder)", "23", "–", "23"], ["Summe", "7.062", "1.582", "8.644"]], "pad")})

# 0097
M("S", "en", "customer", "English-speaking customer asks about ADHD therapy and methylphenidate for her son; forwarded internally",
  frm="Service-Postfach <service@versicherer.example>", sender=ADDR("kowalski"), to=ADDR("kroeger"),
  subj="FW: Question – ADHD treatment for my son, policy KV 40-338710-6", date="2026-10-19 09:07", client="outlook", ent="kv",
  body="""Sabine, please see below – can someone from Health Claims answer in English? Thanks, Lena

-----Original Message-----
From: Megan Hartwell-Brandt <megan.hb@mailbox.example>
Sent: Saturday, 17 October 2026 22:41
To: service@versicherer.example
Subject: Question – ADHD treatment for my son, policy KV 40-338710-6

Hello,

my son Oscar (9) has just been diagnosed with ADHD by a child psychiatrist in Bonn
(Dr. Reimers). She recommends starting methylphenidate (Medikinet retard 10 mg) plus
parent training and behavioural therapy once a week.

Could you tell me:
- is the medication covered under our family policy KV 40-338710-6?
- is behavioural therapy for children covered, and do we need pre-approval?
- the psychiatrist charges according to GOÄ with factor 2.3 – is that ok?

We moved from Ireland last year and I am still confused about the German system.

Many thanks,
Megan Hartwell-Brandt""")

# 0098
M("C", "de", "internal", "large property losses list (ODS) with named private policyholders, addresses and reserves; nobody injured",
  frm=ADDR("petersen"), to=ADDR("demir"), cc=ADDR("stone"), subj="Großschäden Sach > 250 T€ – Stand 30.09. für Rückversicherungsmeldung",
  date="2026-10-06 09:12", client="outlook",
  body="""Hallo Aylin,

für die Meldung an die Rückversicherung brauche ich die Bestätigung der Reserven in der Liste.
Bitte bis Donnerstag kurz drüberschauen; bei Fall 3 fehlt noch die Brandursache.

Danke
Ole""",
  att=[ODS("Grossschaeden_Sach_2026-09-30.ods", {
      "Großschäden": [["Schaden-Nr", "VN", "Risikoort", "Ursache", "Datum", "Reserve EUR", "Personenschaden"],
                      ["WS-26-0031102", "Ehepaar Gerd und Monika Stallmann", "Am Weiher 3, 53639 Königswinter", "Brand (Kamin)", "14.01.2026", 612000, "nein"],
                      ["WS-26-0102457", "Dr. Felix Harnisch", "Bergstraße 88, 69469 Weinheim", "Hagel + Sturm", "12.06.2026", 288500, "nein"],
                      ["WS-26-0140021", "Iris Lommatzsch", "Feldweg 7, 04720 Döbeln", "Brand, Ursache offen", "02.08.2026", 455000, "nein"],
                      ["HR-26-0099310", "Malte Ohlendorf", "Elbchaussee 201, 22605 Hamburg", "Einbruch, Kunstgegenstände", "20.05.2026", 301200, "nein"]]})])

# 0099
M("N", "de", "internal", "short mobile reply on holiday cover in the team; colleague named without reasons",
  frm=ADDR("demir"), to=ADDR("oltmanns"), subj="Re: Urlaubsvertretung KW 33/34", date="2026-07-30 19:12", client="mobile",
  body="""passt, mach ich. Schick mir bitte die Liste mit den Terminen bei den Sachverständigen, dann
trag ich mir die ein. Frau Kessler ist KW 34 auch nicht da, nur zur Info

Gruß Aylin""",
  quotehead="Am 30.07.2026 um 17:48 schrieb Oltmanns, Jens <jens.oltmanns@versicherer.example>:",
  quote=Q("""Hi Aylin, kannst du in KW 33/34 meine Haftpflicht-Eingänge mit übernehmen? Ich bin ab 10.08.
zwei Wochen weg. Dringendes liegt keins an. Danke! Jens"""))

# 0100
M("S", "de", "insurer-to-customer", "HTML-only health claims statement: table of a named insured's doctor, physiotherapy and pharmacy invoices with reimbursement",
  frm="Leistungsabrechnung KV <leistung-noreply@versicherer.example>", to="Dr. Annette Quast <annette.quast@mailbox.example>",
  subj="Ihre Leistungsabrechnung vom 14.08.2026", date="2026-08-14 05:55", client="system", ent="kv",
  mailer="VERSO Output Management 7.4", body=None,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Dr. Quast,</p>
<p>wir haben die von Ihnen eingereichten Belege zu Ihrer Krankenversicherung <b>KV 40-260031-2</b> abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#e8eef5"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Rechnung</th><th>Erstattung</th></tr>
<tr><td>02.07.2026</td><td>Dr. med. Jörg Pfitzner, Orthopädie</td><td>Untersuchung, Stoßwellentherapie Ferse (Fersensporn)</td><td>386,52&nbsp;&euro;</td><td>309,22&nbsp;&euro;</td></tr>
<tr><td>09.07.2026</td><td>Physiotherapie Rheinblick</td><td>6 x Krankengymnastik, 6 x Fango</td><td>312,00&nbsp;&euro;</td><td>249,60&nbsp;&euro;</td></tr>
<tr><td>15.07.2026</td><td>Adler-Apotheke Bonn</td><td>Ibuprofen 600 mg, Einlagen-Zuzahlung</td><td>41,80&nbsp;&euro;</td><td>33,44&nbsp;&euro;</td></tr>
<tr><td colspan="4"><b>Summe Erstattung (80 %)</b></td><td><b>592,26&nbsp;&euro;</b></td></tr>
</table>
<p>Der Betrag wird Ihrem Konto in den nächsten Tagen gutgeschrieben. Ihr Selbstbehalt für 2026 ist damit ausgeschöpft.</p>
<p>Mit freundlichen Grüßen<br>Ihr Leistungsservice Krankenversicherung</p>
<p style="font-size:8pt;color:#666">Versicherer Krankenversicherung a.G. &middot; Rheinuferstraße 12 &middot; 50667 Köln &middot; Diese Nachricht wurde automatisch erstellt.</p>
</body></html>
""")
# ---------------------------------------------------------------- batch 5 (d21-0101 … d21-0125)

# 0101
M("S", "en", "internal", "body says only 'FYI'; the forwarded message/rfc822 holds an assistance company's medical case report on a named insured (pneumonia, ICU)",
  frm=ADDR("whitfield"), to=ADDR("bauer"), subj="FW: Case update TH-26-00931 / EC-2026-44718", date="2026-12-01 08:14",
  client="outlook", ent="kv",
  body="""Jonas – FYI, came to my mailbox instead of yours. Can you take over?
Emma""",
  att=[EML(INNER("EuroCare Assistance – Medical Desk <medical@eurocare-assistance.example>", "Emma Whitfield <emma.whitfield@versicherer.example>",
                 "Case update TH-26-00931 / EC-2026-44718 – Mrs Dagmar Fleischhauer", "2026-11-30 22:47",
                 """Dear Ms Whitfield,

medical update on your insured Mrs Dagmar Fleischhauer (DOB 1958-08-02), Hospital Clínica
Buenos Aires, Argentina:

- admitted 27/11 with community-acquired pneumonia, right lower lobe (J18.1)
- transferred to ICU on 28/11 because of respiratory insufficiency, non-invasive
  ventilation, IV ceftriaxone + azithromycin
- today (30/11) improving, oxygen 2 l/min, transfer to the normal ward planned tomorrow
- known COPD GOLD 2 (J44.9), on inhaled tiotropium at home

Our medical director estimates fitness to fly with oxygen in 7-10 days. Estimated costs so far
USD 38,600. Guarantee of payment was issued up to USD 50,000 under your authorisation of 27/11.

We will report again on 02/12.

Best regards
Dr. Lucía Fernández
EuroCare Assistance – Medical Desk""", "<EC-2026-44718-upd3@eurocare-assistance.example>", lang="en", client="outlook"),
             fn="Case update TH-26-00931.eml")])

# 0102
M("N", "de", "internal", "trap: training invitation with ICS about handling health data under § 203 StGB; no case data",
  frm=ADDR("meier"), to="Neue Mitarbeitende Leistung <neue-ma-leistung@versicherer.example>",
  subj="Einladung: Pflichtschulung \"Gesundheitsdaten und § 203 StGB\" – Nachholtermin", date="2026-03-02 09:30", client="outlook",
  body="""Liebe neue Kolleginnen und Kollegen,

wer die Pflichtschulung "Gesundheitsdaten und Schweigepflicht nach § 203 StGB" noch nicht
besucht hat, ist herzlich zum Nachholtermin eingeladen (Einladung im Anhang).

Inhalte:
- Was sind Gesundheitsdaten? (Diagnosen, Behandlungen, Arztrechnungen – und schon die
  Tatsache, dass jemand eine Krankenversicherung bei uns hat)
- Wann darf ich was per E-Mail schicken? Portal, S/MIME, TLS mit Einwilligung
- Schweigepflichtentbindung: Wann brauchen wir sie, wie lange gilt sie?
- Praxisfälle (anonymisiert) und Quiz

Dauer 90 Minuten, die Teilnahme wird im Lernportal dokumentiert.

Viele Grüße
Thomas Meier""",
  att=[ICS("Schulung_203_StGB.ics", "schulung-203-20260310@versicherer.example",
           "Pflichtschulung: Gesundheitsdaten und § 203 StGB (Nachholtermin)", "20260310T140000", "20260310T153000",
           ("Thomas Meier", "thomas.meier@versicherer.example"), [("Neue Mitarbeitende Leistung", "neue-ma-leistung@versicherer.example")],
           location="Schulungsraum E.12")])

# 0103
M("C", "de", "insurer-to-customer", "motor: vehicle change with new VIN, plate and no-claims class transfer confirmed; customer's short mobile mail quoted",
  frm=ADDR("engel"), to="Jasmin Oberhauser <jasmin.oberhauser@mailbox.example>", subj="AW: Neues Auto",
  date="2026-04-14 08:56", client="outlook", ent="av",
  body="""Guten Morgen Frau Oberhauser,

erledigt – Ihr Vertrag KF-8813-73015 läuft ab dem 15.04.2026 auf das neue Fahrzeug:

  Fahrzeug:      Toyota Yaris Cross Hybrid, FIN JTDKBABB20A118245
  Kennzeichen:   SU-JO 318 (bleibt)
  Haftpflicht SF 9, Vollkasko SF 7, SB 300/150 €
  neuer Jahresbeitrag: 701,22 € (bisher 655,80 €)

Der alte Polo ist ab dem 15.04. nicht mehr versichert. Ihre eVB-Nummer für die Ummeldung lautet
R4T8KWP.

Gute Fahrt mit dem Neuen!""",
  sig="engel", sigstyle="short",
  quote=OQ("Jasmin Oberhauser <jasmin.oberhauser@mailbox.example>", "Montag, 13. April 2026 20:31", "kfz@versicherer.example",
           "Neues Auto", """Hallo, ich hab ein neues auto gekauft (yaris cross, fin JTDKBABB20A118245), wird am
15.4. umgemeldet, kennzeichen bleibt. Brauch ich ne neue evb? Vertrag KF-8813-73015
LG Jasmin Oberhauser"""))

# 0104
M("N", "en", "insurer-to-partner", "trap: answer to a trade journalist about AI in health claims processing; generic statement, no data",
  frm=ADDR("baumann"), to="Helen Cartwright <h.cartwright@insurance-tech-weekly.example>",
  subj="RE: Interview request – AI in health claims at German insurers", date="2026-09-15 14:40", client="outlook",
  body="""Dear Ms Cartwright,

thank you for your interest. Unfortunately we cannot offer an interview before your deadline,
but you are welcome to use the following statement, attributed to our company spokesperson:

"We use machine learning to sort and pre-check incoming medical invoices, for example to
recognise the fee schedule positions on a doctor's bill. Every decision that affects a
customer – especially any rejection – is taken by one of our claims experts. Health data
stays in our own data centres in Germany and is never used to train external models."

Some background figures you may quote: around 9 million health invoices per year, about 60 %
processed without manual intervention, average turnaround 5 working days.

Best regards
Julia Baumann
Corporate Communications""")

# 0105
M("S", "de", "insurer-to-customer", "long-term care insurance: nursing bed and incontinence products approved for a named insured with care level 4",
  frm=ADDR("yilmaz"), to="Wolfgang Pietsch <w.pietsch@mailbox.example>", subj="Pflegehilfsmittel für Frau Lieselotte Pietsch – PPV 70-118294-1",
  date="2026-05-05 14:12", client="thunderbird", ent="kv",
  body="""Sehr geehrter Herr Pietsch,

für Ihre Ehefrau, Frau Lieselotte Pietsch (Pflegegrad 4), übernehmen wir aus der privaten
Pflegepflichtversicherung:

1. Pflegebett mit elektrischer Höhenverstellung und Aufrichthilfe – leihweise über unseren
   Vertragspartner Reha-Service West, Lieferung innerhalb von 5 Werktagen
2. zum Verbrauch bestimmte Pflegehilfsmittel (Bettschutzeinlagen, Einmalhandschuhe,
   Desinfektionsmittel) bis 42 € im Monat
3. Inkontinenzmaterial laut Verordnung von Dr. Brenninkmeyer über die
   Krankenversicherung – das haben wir an die Kollegen weitergeleitet

Der Pflegedienst wird sich wegen der Einweisung in das Bett bei Ihnen melden.

Mit freundlichen Grüßen
Felix Yilmaz
Pflegeversicherung / Pflegetagegeld""")

# 0106
M("N", "de", "internal", "trap: ZIP with gateway debug logs of test mails (classification values, partner domains, test mailbox only) and a CSV summary",
  frm=ADDR("raman"), to="Siegel Betriebsteam <siegel-betrieb@versicherer.example>", cc=ADDR("kaya"),
  subj="Logs zum Testlauf Gateway-Routing (nur Testpostfächer)", date="2026-02-05 17:45", client="thunderbird",
  body="""Hallo zusammen,

anbei die Logs vom heutigen Routing-Test in der Abnahmeumgebung. Es wurden ausschließlich
Testmails an unsere Testpostfächer und an die Testdomain des Maklerpools geschickt, keine
Kundendaten.

Auffällig: zwei Mails mit Klassifikation STRICTLY_CONFIDENTIAL sind bei der Partnerdomain als
TLS ohne Einwilligung rausgegangen – das war der bekannte Konfigurationsfehler
(consent-check in der Abnahme deaktiviert). Bitte morgen früh gemeinsam anschauen.

Priya""",
  att=[ZIP("gateway-test-2026-02-05.zip", [
      TXT("routing.log", """2026-02-05T15:02:11Z INFO  msg=<t-0001@test.versicherer.example> rcpt=test-kunde-01@test.versicherer.example class=NORMAL method=TLS_VERIFIED
2026-02-05T15:02:14Z INFO  msg=<t-0002@test.versicherer.example> rcpt=test-kunde-02@test.versicherer.example class=CONFIDENTIAL method=PORTAL
2026-02-05T15:02:19Z INFO  msg=<t-0003@test.versicherer.example> rcpt=abnahme@maklerpool-test.example class=STRICTLY_CONFIDENTIAL method=SMIME_DOMAIN
2026-02-05T15:02:23Z WARN  msg=<t-0004@test.versicherer.example> rcpt=abnahme@maklerpool-test.example class=STRICTLY_CONFIDENTIAL method=TLS_VERIFIED consent=UNCHECKED
2026-02-05T15:02:27Z WARN  msg=<t-0005@test.versicherer.example> rcpt=abnahme@maklerpool-test.example class=STRICTLY_CONFIDENTIAL method=TLS_VERIFIED consent=UNCHECKED
2026-02-05T15:02:31Z INFO  msg=<t-0006@test.versicherer.example> rcpt=test-kunde-03@test.versicherer.example class=STRICTLY_CONFIDENTIAL method=PORTAL
2026-02-05T15:02:40Z INFO  msg=<t-0007@test.versicherer.example> rcpt=test-kunde-04@test.versicherer.example class=NORMAL method=TLS_OPPORTUNISTIC
"""),
      CSV("summary.csv", [["class", "count", "portal", "smime", "smime_domain", "tls_verified", "tls_opportunistic"],
                          ["NORMAL", "2", "0", "0", "0", "1", "1"], ["CONFIDENTIAL", "1", "1", "0", "0", "0", "0"],
                          ["STRICTLY_CONFIDENTIAL", "4", "1", "0", "1", "2", "0"]], sep=",")])])

# 0107
M("C", "en", "insurer-to-customer", "rent deposit guarantee issued for a named customer with landlord, flat address and guaranteed amount",
  frm=ADDR("kowalski"), to="Diego Alvarez Romero <diego.alvarez@mailbox.example>", subj="Your rent deposit guarantee MK-4410-02281 is ready",
  date="2026-07-09 12:48", client="outlook", ent="av",
  body="""Dear Mr Alvarez Romero,

your rent deposit guarantee (Mietkautionsbürgschaft) has been issued:

  Guarantee no.:  MK-4410-02281
  Tenant:         Diego Alvarez Romero
  Landlord:       Frau Hildegard Schoenen, Aachener Str. 301, 50933 Köln
  Rented flat:    Subbelrather Str. 188, 2nd floor left, 50823 Köln
  Amount:         EUR 2,850.00 (three net monthly rents)
  Annual fee:     EUR 99.75, first payment 01/08/2026

We have sent the original guarantee certificate directly to your landlord by post, as she
requested. You do not need to pay a cash deposit.

Good luck in your new flat!

Kind regards""",
  sig="kowalski")

# 0108
M("S", "de", "internal", "three-level internal thread about hearing aids for a named insured with a hearing-loss prescription and cost estimate",
  frm=ADDR("kroeger"), to=ADDR("wendland"), subj="AW: AW: Hörgeräte Herr Brückmann – über Hilfsmittelgrenze?",
  date="2026-02-11 15:20", client="outlook", ent="kv",
  body="""Ok, dann so machen. Ich gebe frei, bitte Schreiben an den Kunden mit Hinweis auf die
Restkosten. Danke!
Sabine""",
  quote=OQ("Wendland, Tobias", "Mittwoch, 11. Februar 2026 14:52", "Kröger, Sabine", "AW: Hörgeräte Herr Brückmann – über Hilfsmittelgrenze?",
           """Hallo Sabine,

Tarif hat 2.500 € je Ohr alle 5 Jahre. KV ist 2.960 € je Gerät, also Differenz 920 € insgesamt.
Letzte Versorgung war 2019, passt also. Vorschlag: 5.000 € übernehmen, Rest trägt er selbst.

Tobias

""" + OQ("Kröger, Sabine", "Mittwoch, 11. Februar 2026 11:07", "Wendland, Tobias", "Hörgeräte Herr Brückmann – über Hilfsmittelgrenze?",
         """Hi Tobias,

kannst du dir den KV von Herrn Udo Brückmann (KV 40-190355-0) anschauen? HNO-Verordnung
wegen beidseitiger Schallempfindungsschwerhörigkeit (H90.3), Hörverlust ca. 55 dB. Akustiker
will zwei Im-Ohr-Geräte der Premiumklasse, 5.920 € gesamt. Geht das über die Grenze?

Sabine""")))

# 0109
M("N", "de", "insurer-to-customer", "trap: portal notification without content ('new secure message'); no contract, health or personal data",
  frm="SecureMail-Portal <securemail-noreply@versicherer.example>", to="m.schaefer-ilic@mailbox.example",
  subj="Sie haben eine neue Nachricht im SecureMail-Portal", date="2026-08-21 11:02", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.versicherer.example/

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Nachrichten werden nach
90 Tagen automatisch gelöscht; Sie können sie vorher herunterladen.

Ihr SecureMail-Team

---
You have a new message in your secure mailbox. Please log in to read it.""")

# 0110
M("C", "de", "insurer-to-customer", "e-bike theft: named customer, frame number, police reference and payout under the bicycle cover",
  frm=ADDR("demir"), to="Tobias Lechner-Haas <t.lechnerhaas@mailbox.example>", subj="Diebstahl Ihres E-Bikes – Schaden HR-26-0133876",
  date="2026-09-16 10:32", client="outlook", ent="av",
  body="""Hallo Herr Lechner-Haas,

vielen Dank für die Unterlagen. Ihr E-Bike (Cube Kathmandu Hybrid, Rahmennummer WAK2318744C,
gekauft 04/2024) wurde am 28.08.2026 trotz Bügelschloss vor dem Bahnhof Bensberg gestohlen.
Die Polizei führt den Fall unter dem Aktenzeichen 0317-2026-188104.

Die Fahrradklausel Ihrer Hausratversicherung HR-2291-84410 ersetzt den Neuwert bis 5.000 €:

  Neupreis laut Rechnung          4.299,00 €
  Entschädigung                   4.299,00 €

Die Zahlung erfolgt auf das Konto """ + IB("DE", "370605900008224671") + """.
Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns.

Viele Grüße""",
  sig="demir", sigstyle="short")

# 0111
M("N", "en", "internal", "trap: IT project budget variance report in XLSX (project costs, no persons)",
  frm=ADDR("morgan"), to="IT Portfolio Board <it-portfolio@versicherer.example>", subj="IT projects – budget vs. actual, August 2026",
  date="2026-09-04 10:05", client="outlook",
  body="""Dear all,

attached is the budget-vs-actual overview for the IT portfolio as of 31 August. Two projects
are above the 10 % tolerance:

- Secure mail gateway (Siegel roll-out): +14 % – additional partner onboarding effort
- Health claims AI triage pilot: +22 % – DPIA and synthetic test data generation not budgeted

Please comment by 11 September; we will discuss in the board on 15 September.

Kind regards
James""",
  sig="morgan", sigstyle="short",
  att=[XLSX("IT_portfolio_BvA_2026-08.xlsx", {
      "Projects": [["Project", "Owner", "Budget 2026 kEUR", "Actual YTD kEUR", "Forecast kEUR", "Variance %"],
                   ["Secure mail gateway roll-out", "P. Raman", 1450, 1122, 1653, 14.0],
                   ["Health claims AI triage pilot", "P. Arnold", 620, 511, 756, 22.0],
                   ["Windows 11 migration", "L. Hoffmann", 980, 602, 1005, 2.6],
                   ["Broker portal 2.0", "F. Reuter", 1310, 870, 1290, -1.5],
                   ["SAP HCM upgrade", "M. Winter", 540, 330, 548, 1.5]],
      "Notes": [["Note"], ["Forecast as per project managers, 31/08/2026"], ["Variance = forecast vs. budget"]]},
      author="James Morgan")])

# 0112
M("S", "en", "insurer-to-customer", "critical illness claim paid: named UK-resident insured with breast cancer (C50.4); lump sum; PDF settlement letter",
  frm=ADDR("stanek"), to="Catherine Doyle <catherine.doyle@mailbox.example>", subj="Your critical illness claim – policy CI-6120-00871",
  date="2026-06-25 13:26", client="outlook", ent="lv", lang="en",
  body="""Dear Mrs Doyle,

we are very sorry to hear about your diagnosis, and we hope your treatment is going well.

We have reviewed the histology report and the letter from your oncologist at the Royal Marsden
Hospital. The diagnosis of invasive ductal carcinoma of the left breast (C50.4) meets the
definition of "cancer" in your critical illness policy. We will therefore pay the full sum
insured of GBP 150,000 as a tax-free lump sum. Your policy will end with this payment, as
agreed in the terms.

The settlement letter with the details is attached. The money will be transferred to your
account with Lloyds Bank (as stated on the claim form) within five working days.

With our very best wishes for your recovery.

Yours sincerely""",
  sig="stanek",
  att=[PDF("Settlement_CI-6120-00871.pdf", [
      ("h", "Critical illness claim – settlement"),
      "Versicherer Lebensversicherung AG · Life & Disability Claims · Rheinuferstrasse 12 · 50667 Cologne · Germany",
      ("t", [["Policyholder / life insured", "Date of birth", "Policy", "Claim"],
             ["Catherine Mary Doyle, Richmond, London", "14/03/1979", "CI-6120-00871", "CI-26-000093"]]),
      "Diagnosis: invasive ductal carcinoma, left breast (ICD-10 C50.4), histologically confirmed 12/05/2026. "
      "Definition met: 'Cancer - excluding less advanced cases' (section 4.2 of the policy terms).",
      ("t", [["Item", "Amount"], ["Sum insured", "GBP 150,000.00"], ["Amount payable", "GBP 150,000.00"],
             ["Account", "Lloyds Bank, sort code 30-94-57, account ending 4412"]]),
      "The policy ends with this payment. Cologne, 25 June 2026 - Oliver Stanek"], title="Settlement CI-6120-00871")])

# 0113
M("N", "de", "internal", "trap: tab-separated chat paste of claims handlers discussing GOÄ analogue numbers in general, no case",
  frm=ADDR("wendland"), to="Team Ambulant 2 <kv-ambulant2@versicherer.example>", subj="FYI: Chat zu Analogziffern – zur Info für alle",
  date="2026-10-13 11:40", client="outlook", ent="kv",
  body="""Hallo zusammen,

weil die Frage heute dreimal kam, hier der Chat mit Sabine zum Nachlesen:

10:02	Tobias Wendland	Analog 5855 für die Hyperthermie – erkennen wir das grundsätzlich an?
10:04	Sabine Kröger	nein, laut Leitfaden nur bei onkologischer Indikation mit Gutachten, sonst ablehnen
10:05	Tobias Wendland	und die 30 für Erstanamnese Heilpraktiker/Homöopathie?
10:07	Sabine Kröger	die 30 ja, wenn der Tarif Naturheilverfahren hat, max. 1x pro Jahr
10:08	Tobias Wendland	Ok. Und A 5855 bei Zahnärzten (Laser)?
10:10	Sabine Kröger	gehört in die GOZ, und Zahn bist du 😄
10:11	Tobias Wendland	touché

Den Leitfaden "Analogbewertungen" habe ich im Wiki aktualisiert.

Tobias""")

# 0114
M("C", "de", "insurer-to-claimant", "motor liability: third-party claimant's car repair settled, named claimant, plates, claim number, IBAN; no one injured",
  frm=ADDR("brenner"), to="Ewa Zielinska <ewa.zielinska@mailbox.example>", subj="Ihr Fahrzeugschaden vom 22.10.2026 – unser Zeichen KH-26-0221744",
  date="2026-11-11 09:38", client="outlook", ent="av",
  body="""Sehr geehrte Frau Zielinska,

unser Versicherungsnehmer hat den Unfall vom 22.10.2026 auf dem Parkplatz des Rhein-Centers
Weiden (Ihr Fahrzeug Opel Corsa, K-EZ 904) als Verursacher gemeldet. Personen wurden nicht
verletzt. Wir übernehmen Ihren Schaden in voller Höhe:

  Reparaturkosten laut Rechnung Autohaus Weiden        2.415,36 €
  Wertminderung                                           150,00 €
  Kostenpauschale                                          25,00 €
  Gesamt                                                2.590,36 €

Den Betrag überweisen wir auf das von Ihnen genannte Konto """ + IB("DE", "700100800744219350", group=0) + """.
Einen Nutzungsausfall haben Sie nicht geltend gemacht, da Sie einen Leihwagen der Werkstatt
hatten.

Mit freundlichen Grüßen""",
  sig="brenner")

# 0115
M("N", "de", "insurer-to-supplier", "trap: order to a physiotherapy practice and caterer for the staff health day (back school, screening); company supplier",
  frm=ADDR("richter"), to="Physio am Dom GmbH <info@physio-am-dom.example>", subj="Auftrag Gesundheitstag 22.10.2026 – Rückenscreening und Rückenschule",
  date="2026-09-08 14:02", client="outlook",
  body="""Sehr geehrte Frau Kasprzak,

vielen Dank für Ihr Angebot vom 01.09. Wir beauftragen Sie für unseren Gesundheitstag am
22.10.2026 (9:00–15:00 Uhr, Foyer Haus A) mit:

- 2 Physiotherapeutinnen für das Rückenscreening (Kurzcheck an der Messstation,
  Dauer ca. 10 Minuten je Person, max. 60 Personen)
- 3 Kurz-Workshops "Rückenschule am Arbeitsplatz" à 30 Minuten (10, 12 und 14 Uhr)
- Pauschalpreis laut Angebot: 1.680,00 € zzgl. USt.

Wichtig: Die Ergebnisse des Screenings erhalten nur die Teilnehmenden selbst. Bitte keine
Namenslisten oder Messergebnisse an uns weitergeben; wir benötigen nur die Anzahl der
Teilnehmenden für die Abrechnung.

Aufbau ab 8:00 Uhr, Parkplätze für Ihr Fahrzeug reservieren wir an Tor 2.

Mit freundlichen Grüßen
Anja Richter
Facility Management""")

# 0116
M("S", "de", "insurer-to-company", "occupational pension: employer informed of an employee's death and payout to the surviving spouse (life contract of a named person); PDF sent as octet-stream",
  frm=ADDR("paulsen"), to="Personalabteilung <personal@metallbau-rademacher.example>", subj="Direktversicherung Nr. DV-9031-00412 – Herr Ralf Kuschel †",
  date="2026-03-19 10:50", client="outlook", ent="lv",
  body="""Sehr geehrte Frau Ostendorf,

vielen Dank für Ihre Nachricht und die Sterbeurkunde. Unser herzliches Beileid zum Tod Ihres
Mitarbeiters Herrn Ralf Kuschel.

Aus der Direktversicherung DV-9031-00412 (Versicherungsnehmer: Metallbau Rademacher GmbH,
versicherte Person: Ralf Kuschel, geb. 19.11.1971) wird die Todesfallleistung fällig. Das
Bezugsrecht liegt bei der Ehefrau, Frau Petra Kuschel. Die Abrechnung finden Sie im Anhang.

Für die Auszahlung benötigen wir von Frau Kuschel noch die Bankverbindung und eine Kopie ihres
Personalausweises. Wir schreiben sie dazu direkt an, wenn Sie einverstanden sind.

Mit freundlichen Grüßen""",
  sig="paulsen",
  att=[PDF("Abrechnung_Todesfall_DV-9031-00412.pdf", [
      ("h", "Abrechnung der Todesfallleistung"),
      "Direktversicherung DV-9031-00412 · Versicherungsnehmer: Metallbau Rademacher GmbH, Gewerbering 8, 58636 Iserlohn",
      ("t", [["Versicherte Person", "geb.", "verstorben", "Bezugsberechtigt"],
             ["Ralf Kuschel", "19.11.1971", "02.03.2026", "Petra Kuschel (Ehefrau)"]]),
      ("t", [["Position", "Betrag"], ["Todesfallsumme", "45.000,00 EUR"], ["Überschussbeteiligung", "6.218,40 EUR"],
             ["Summe", "51.218,40 EUR"]]),
      "Die Leistung ist nach § 3 Nr. 63 EStG gefördert und bei Auszahlung steuerpflichtig; die Meldung an das "
      "Finanzamt erfolgt durch uns."], title="Todesfallleistung DV-9031-00412", octet=True)])

# 0117
M("N", "en", "newsletter", "trap: HTML+text newsletter for client HR managers with aggregated statistics on mental-health absence and an EAP offer",
  frm="Group Benefits Insights <newsletter-benefits@versicherer.example>", to="hr-clients@lists.versicherer.example",
  subj="Group Benefits Insights Q3/2026 – mental health at work, new EAP service", date="2026-09-29 09:00",
  client="system", mailer="Versicherer Newsletter Service", lang="en", html=True,
  body="""Group Benefits Insights – Q3/2026

Dear HR and benefits managers,

Mental health is now the second most frequent cause of long-term absence in the group
income protection schemes we insure: 31 % of new claims in 2025 (2020: 22 %), just behind
musculoskeletal disorders (34 %). Average claim duration for mental health claims is 14
months. (Source: our own portfolio, 186 schemes, aggregated.)

What helps? Early intervention. From 1 January 2027 all group income protection schemes
include our Employee Assistance Programme at no extra cost:
- 24/7 confidential counselling hotline in German and English
- up to 6 short-term counselling sessions per employee and year
- manager consultations on how to support a colleague – the employer never learns who used
  the service

Webinar for HR managers: 12 November, 11:00 CET. Registration via your account manager.

Claire Dubois
International Group Programmes / Employee Benefits

You receive this newsletter as a contact person of a group client. Unsubscribe: reply with "unsubscribe".""")

# 0118
M("C", "en", "insurer-to-partner", "baggage claim recovery from an airline: named traveller, property irregularity report, bag contents, policy; no health data",
  frm=ADDR("seidel"), to="Baggage Claims <baggage.claims@skyrhine-airways.example>", subj="Recovery claim – PIR CGNSR41877 – passenger Mrs Beatrix Anand",
  date="2026-08-27 10:30", client="outlook", ent="av",
  body="""Dear Sir or Madam,

we are the travel insurer of Mrs Beatrix Anand (baggage policy RG-2290-51873) and have
indemnified her for the loss of her checked suitcase on your flight SR 4418 Cologne–Lisbon on
02 August 2026 (property irregularity report CGNSR41877, bag tag SR 418822).

The suitcase has not been found within 21 days and is considered lost. We paid EUR 1,486.00
for the contents (clothing, shoes, toiletries, a Samsonite suitcase) after deducting
depreciation. Under Art. 17 and 22 of the Montreal Convention and § 86 of the German Insurance
Contract Act, her claim against you has passed to us.

We therefore request payment of EUR 1,486.00 (well within the liability limit of 1,519 SDR) to
our account """ + IB("DE", "370501980000118877") + """, reference "RG-2290-51873 / Anand".

Receipts and the list of contents are attached to our letter by post.

Kind regards""",
  sig="seidel")

# 0119
M("N", "de", "internal", "trap: complaints statistics Q2 for the board summary (DOCX) with categories like rejected health claims; counts only",
  frm=ADDR("lorenz"), to="Vorstandsbüro <vorstandsbuero@versicherer.example>", cc="Bereichsleitung Schaden/Leistung <bl-schaden-leistung@versicherer.example>",
  subj="Beschwerdebericht Q2/2026 – Entwurf für die Vorstandssitzung", date="2026-07-15 16:22", client="outlook",
  body="""Sehr geehrte Damen und Herren,

anbei der Entwurf des Beschwerdeberichts Q2/2026. Kernaussagen:

- 1.482 Beschwerden (Q1: 1.611), davon 18 % berechtigt
- Spitzenreiter weiterhin "Leistungsablehnung Krankenversicherung" (412 Fälle), vor allem
  Heil- und Hilfsmittel und GOÄ-Steigerungsfaktoren
- BaFin-Beschwerden: 23 (Q1: 31), Ombudsmann PKV: 41

Einzelfälle sind im Bericht nicht enthalten; auf Wunsch stellen wir sie in der Sitzung mündlich vor.

Mit freundlichen Grüßen
Daniela Lorenz
Beschwerdemanagement""",
  att=[DOCX("Beschwerdebericht_Q2_2026_Entwurf.docx", [
      ("h", "Beschwerdebericht Q2/2026"),
      "Berichtszeitraum 01.04.–30.06.2026 · Stand 14.07.2026 · Entwurf",
      ("h", "1. Überblick", 2),
      ("t", [["Kategorie", "Q2/2026", "Q1/2026", "berechtigt"],
             ["Leistungsablehnung KV", "412", "455", "14 %"],
             ["Bearbeitungsdauer Leistung KV", "298", "341", "37 %"],
             ["Schadenregulierung Kfz", "211", "240", "19 %"],
             ["Beitragsanpassung KV", "187", "201", "2 %"],
             ["Schadenregulierung Sach", "166", "158", "21 %"],
             ["BU-Leistungsprüfung", "71", "68", "11 %"],
             ["Sonstiges", "137", "148", "16 %"]]),
      ("h", "2. Maßnahmen", 2),
      "Die Bearbeitungsdauer in der KV-Leistung ist nach der Samstagsaktion gesunken. Für Ablehnungen wegen "
      "GOÄ-Steigerungsfaktoren wird ein verständlicheres Musterschreiben erarbeitet (Q3)."],
      author="Daniela Lorenz")])

# 0120
M("S", "de", "insurer-to-customer", "naturopath invoice partly rejected: named insured with irritable bowel syndrome, acupuncture and colon hydrotherapy",
  frm=ADDR("kroeger"), to="Heike Ostermann-Bley <heike.ob@mailbox.example>", subj="Ihre Heilpraktikerrechnung vom 30.09.2026",
  date="2026-10-20 14:50", client="outlook", ent="kv",
  body="""Sehr geehrte Frau Ostermann-Bley,

die Rechnung Ihrer Heilpraktikerin Frau Gundula Reinartz über die Behandlung Ihres
Reizdarmsyndroms haben wir wie folgt abgerechnet:

  Anamnese und Untersuchung (GebüH 1, 4)        erstattet
  Akupunktur, 6 Sitzungen (GebüH 25.5)          erstattet
  Colon-Hydro-Therapie, 4 Sitzungen             nicht erstattet
  Bioresonanz-Test                              nicht erstattet

Colon-Hydro-Therapie und Bioresonanz sind keine in der Praxis und Wissenschaft allgemein
anerkannten Methoden und nach Ihrem Tarif Naturheilverfahren nicht versichert. Von 684,00 €
erstatten wir 348,60 €.

Mit freundlichen Grüßen""",
  sig="kroeger", sigstyle="short")

# 0121
M("C", "de", "internal", "master-data correction for a motor customer: wrong birth date corrected, named, policy number",
  frm=ADDR("kowalski"), to="Bestandsservice Kfz <bestand-kfz@versicherer.example>", subj="Stammdatenkorrektur Geburtsdatum – KF-8813-55871",
  date="2026-01-28 14:05", client="outlook", ent="av",
  body="""Hallo Bestandsservice,

bitte korrigieren:

  Vertrag:      KF-8813-55871
  VN:           Agnieszka Wróblewska-Hahn
  Geburtsdatum: falsch 12.07.1989 – richtig 21.07.1989 (Kopie Führerschein liegt im Posteingang)

Die Kundin hat bemerkt, dass der Tarif "Junge Fahrer" nicht mehr passt und möchte wissen, ob sich
der Beitrag ändert. Wäre super, wenn ihr das kurz mitteilt, dann rufe ich sie zurück.

Danke und Gruß
Lena Kowalski""")

# 0122
M("N", "de", "internal", "trap: parking garage allocation with employees' names and licence plates (looks like motor data, but is facility organisation)",
  frm=ADDR("richter"), to="Parkhaus-Nutzer <parkhaus@versicherer.example>", subj="Neue Stellplatzvergabe Parkhaus Tor 2 ab 01.12.",
  date="2026-11-24 13:15", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

wegen der Sanierung der Ebene -2 ändert sich ab 01.12. die Vergabe. Die Schranken lesen die
Kennzeichen; bitte prüft, ob eures stimmt:

[[t1]]

Wer nicht in der Liste steht, behält seinen Platz. Korrekturen bitte bis 27.11. an mich.

Viele Grüße
Anja Richter""",
  tables={"t1": ([["Stellplatz", "Name", "Kennzeichen", "E-Ladepunkt"],
                  ["-1/014", "Brenner, Markus", "K-MB 1207", "nein"],
                  ["-1/015", "Demir, Aylin", "K-AD 4488", "ja"],
                  ["-1/022", "Hoffmann, Lukas", "BM-LH 77", "nein"],
                  ["-1/031", "Okafor, Chidi", "K-CO 5012", "ja"],
                  ["-1/032", "Winter, Marie", "SU-MW 210", "nein"]], "pad")})

# 0123
M("S", "en", "internal", "manager tells HR that a named new employee had emergency appendix surgery and is on sick leave",
  frm=ADDR("whitfield"), to=ADDR("weiss"), subj="Fiona – onboarding on hold for two weeks", date="2026-04-09 18:22",
  client="mobile", ent="kv",
  body="""Hi Nadine,

quick one from my phone: Fiona McAllister was taken to hospital last night with acute
appendicitis and had an emergency appendectomy at St. Vinzenz. She's fine but on sick leave for
about two weeks, sick note follows. Can you pause the onboarding plan and move her IT training?
She asked me not to share details with the team, so I'll just say she's off.

Thanks
Emma""")

# 0124
M("N", "en", "insurer-to-broker", "trap: technical answer to a broker about domain certificates and portal access; no client data",
  frm=ADDR("reuter"), to="Gareth Lloyd <it@lloyd-partners-brokers.example>", subj="RE: Secure e-mail with Versicherer – options for our firm",
  date="2026-03-25 11:30", client="outlook",
  body="""Dear Gareth,

thanks for your question. There are three ways for your firm to exchange confidential e-mail
with us:

1. Gateway-to-gateway: if your mail server can sign/encrypt with an S/MIME domain certificate
   from a public CA, send us the certificate (or just a signed mail to zertifikat@versicherer.example).
   From then on all mail between our domains is encrypted automatically.
2. Personal S/MIME certificates for your staff – same procedure, per person.
3. Our secure web mailbox (portal) – no setup needed; your users get a notification mail and
   log in with a one-time password first.

For electronic broker post, your broker management software can fetch documents via our API
(BiPRO 430 style); credentials are issued per partner firm by your firm administrator.

Happy to set up a call with our IT team if helpful.

Best regards
Frank Reuter
Broker Relations North""")

# 0125
M("C", "de", "insurer-to-customer", "offer for natural hazards cover: named customers, insured address, flood zone and premium in a DOCX",
  frm=ADDR("hartmann"), to="Eheleute Schreinemakers <schreinemakers@mailbox.example>", subj="Ihr Angebot Elementarschutz – WG-1180-60917",
  date="2026-05-22 09:10", client="thunderbird", ent="av",
  body="""Sehr geehrte Frau Schreinemakers, sehr geehrter Herr Schreinemakers,

wie besprochen erhalten Sie anbei unser Angebot, Ihre Wohngebäudeversicherung um den
Elementarschutz zu erweitern. Ihr Haus liegt in der Hochwasser-Gefährdungsklasse 2, daher ist
der Einschluss ohne Besichtigung möglich.

Bitte senden Sie uns das Angebot unterschrieben zurück oder antworten Sie einfach auf diese Mail.

Mit freundlichen Grüßen
Sven Hartmann""",
  att=[DOCX("Angebot_Elementar_WG-1180-60917.docx", [
      ("h", "Angebot: Erweiterung um Elementarschutz"),
      "Versicherungsnehmer: Jan und Marleen Schreinemakers\nVersicherter Ort: Rurstraße 14, 52441 Linnich\nVertrag: WG-1180-60917",
      ("t", [["Baustein", "Selbstbeteiligung", "Mehrbeitrag jährlich"],
             ["Elementarschutz (Überschwemmung, Starkregen, Rückstau, Erdbeben, Schneedruck)", "10 %, mind. 1.000 €", "318,40 €"],
             ["Elementarschutz mit SB 5.000 €", "5.000 €", "211,60 €"]]),
      "Hochwasser-Gefährdungsklasse (ZÜRS Geo): 2. Rückstausicherung vorhanden laut Ihrer Angabe.",
      "Gültig bis 30.06.2026."], author="Sven Hartmann")])
# ---------------------------------------------------------------- batch 6 (d21-0126 … d21-0150)

# 0126
M("N", "de", "internal", "meeting cancellation (ICS METHOD:CANCEL) for the assistance steering jour fixe; no case data",
  frm=ADDR("bauer"), to=[ADDR("whitfield"), ADDR("seidel"), ADDR("lehmann")], subj="Abgesagt: Jour fixe Assistance-Steuerung",
  date="2026-04-28 16:55", client="outlook", ent="kv",
  body="""Hallo zusammen,

ich muss den Jour fixe am Donnerstag leider absagen – Termin beim Dienstleister in München
wurde vorgezogen. Themen schieben wir auf den 14.05.

Gruß
Jonas""",
  att=[ICS("cancel.ics", "jf-assistance-20260430@versicherer.example", "Abgesagt: Jour fixe Assistance-Steuerung",
           "20260430T093000", "20260430T103000", ("Jonas Bauer", "jonas.bauer@versicherer.example"),
           [("Emma Whitfield", "emma.whitfield@versicherer.example"), ("Ines Seidel", "ines.seidel@versicherer.example"),
            ("Karin Lehmann", "karin.lehmann@versicherer.example")], location="Raum 2.14", method="CANCEL")])

# 0127
M("C", "de", "insurer-to-customer", "glass insurance: cracked ceramic hob of a Dutch expat customer (mixed Dutch-German-English mail quoted), policy and claim",
  frm=ADDR("demir"), to="Pieter de Groot <pieter.degroot@mailbox.example>", subj="Re: Kookplaat kaputt / Glasbruch Ceranfeld",
  date="2026-01-09 12:12", client="thunderbird", ent="av",
  body="""Hallo Herr de Groot,

kein Problem, wir haben Sie gut verstanden 🙂 Der Sprung im Ceranfeld ist über Ihre
Glasversicherung (Vertrag GL-3302-11870) versichert, Schaden-Nr. GL-26-0002013.

Sie können das Kochfeld austauschen lassen und uns die Rechnung schicken. Wir erstatten die
Kosten für ein gleichwertiges Glaskeramik-Kochfeld inklusive Einbau, ohne Selbstbeteiligung.
Bitte heben Sie das alte Kochfeld auf, bis wir die Rechnung bezahlt haben.

Viele Grüße
Aylin Demir""",
  quote="""Op 08-01-2026 om 20:14 schreef Pieter de Groot:
""" + Q("""Goedenavond / Guten Abend,

sorry for my mixed language. Mein Kookplaat (Ceranfeld) hat einen Sprung, a pan fell on it
yesterday. Can I still use it? Is that covered by my Glasversicherung GL-3302-11870?

Groeten,
Pieter de Groot
Vondelstraße 21, 50677 Köln"""))

# 0128
M("S", "en", "insurer-to-customer", "travel health claim rejected: planned dialysis abroad for a named insured with chronic kidney disease (pre-existing, planned treatment)",
  frm=ADDR("bauer"), to="Mr Ashok Venkataraman <ashok.venkataraman@mailbox.example>", subj="Your travel health claim TH-26-00719 – dialysis in Chennai",
  date="2026-05-15 11:18", client="outlook", ent="kv",
  body="""Dear Mr Venkataraman,

thank you for submitting the invoices from Apollo Hospitals, Chennai, for 18 haemodialysis
sessions between 2 March and 14 April 2026 (INR 162,000).

We understand that you have had chronic kidney disease stage 5 with regular dialysis three
times a week since 2024 and that the dialysis sessions in Chennai were booked before you left
Germany, so that you could visit your family.

Unfortunately, our travel health insurance only covers treatment that becomes necessary
unexpectedly during a journey. Treatment that was the reason for the journey or was planned
before departure is excluded (section 5.1 b of the terms). We therefore cannot reimburse the
dialysis costs.

Please check with your statutory health insurer: within the EU and in some other countries
planned dialysis can be covered under special rules; for India this is not the case, but your
insurer may reimburse part of the costs on a voluntary basis.

We are sorry not to have better news.

Yours sincerely""",
  sig="bauer")

# 0129
M("N", "en", "internal", "Teams chat of the international team about the on-call rota and time zones; colleagues named, no health or customer data",
  frm=ADDR("lehmann"), to="International Health Services <ihs-team@versicherer.example>", subj="On-call rota December – chat summary",
  date="2026-11-20 17:05", client="outlook", ent="kv",
  body="""Hi team,

copy of today's chat so nobody misses the changes:

[15:41] Emma Whitfield: Who can cover the late shift on 24/12? Assistance hotline needs a German speaker until 22:00
[15:43] Fiona McAllister: I can do 24/12 if someone else takes 31/12 – my parents are visiting for New Year
[15:44] Jonas Bauer: I take 31/12, but then I'm off 02/01
[15:45] Karin Lehmann: fine with me. Reminder: Singapore office is 7h ahead, so the early shift starts 07:00 CET
[15:47] Emma Whitfield: perfect, thanks both! I'll update the rota in the shared calendar
[15:48] Jonas Bauer: and please check that your phone forwarding works BEFORE the shift 😅

Updated rota is in the team calendar.

Karin""")

# 0130
M("C", "en", "insurer-to-broker", "yacht insurance for a named private owner: vessel, marina, value and policy, via an English broker",
  frm=ADDR("osei"), to="Charlotte Beaumont <cbeaumont@solent-yacht-brokers.example>", subj="RE: SY \"Seeschwalbe\" – Mr Klaus-Dieter Ahrend – renewal 2026/27",
  date="2026-03-30 10:40", client="outlook", ent="av",
  body="""Hi Charlotte,

renewal terms for your client:

  Owner / policyholder: Mr Klaus-Dieter Ahrend, Kiel
  Vessel:              SY "Seeschwalbe", Hallberg-Rassy 412, built 2017, hull no. HR412-0088
  Home port:           Marina Kiel-Schilksee, winter storage ashore at Wendtorf
  Agreed value:        EUR 465,000 (unchanged), tender and outboard EUR 6,500
  Cruising area:       Baltic, North Sea, English Channel, Bay of Biscay (Brest to A Coruña)
  Policy:              YA-5510-00871, premium EUR 3,720.00 incl. insurance tax

As Mr Ahrend plans the Biscay crossing with only two persons on board, please confirm that
the skipper holds the SSS licence or equivalent; otherwise we need a third crew member.

Best
Daniel""",
  sig="osei", sigstyle="short")

# 0131
M("S", "de", "internal", "pasted chat between two claims handlers about a named insured's chemotherapy and a cost estimate",
  frm=ADDR("brandt"), to=ADDR("kroeger"), subj="Chat von vorhin – Fall Kaminski zur Akte", date="2026-06-16 12:44",
  client="outlook", ent="kv",
  body="""Sabine, wie besprochen zur Akte:

[11:02] Gerrit Brandt: hast du kurz? Frau Renate Kaminski, KV 40-098812-2 – Onkologie Uniklinik Düsseldorf will
        Kostenzusage für Pembrolizumab, 8 Zyklen, ca. 38.000 € ambulant
[11:04] Sabine Kröger: Indikation? Das ist off-label bei manchen Tumoren
[11:05] Gerrit Brandt: metastasiertes Melanom (C43.5), Stadium IV, Therapie ist Standard laut Leitlinie
[11:06] Sabine Kröger: dann ok, Tarif hat keine Begrenzung. Bitte Arztbrief in die Akte und Zusage raus
[11:07] Gerrit Brandt: Zusage geht heute noch per Portal an die Klinik und an Frau Kaminski
[11:08] Sabine Kröger: 👍 und bitte Fallmanagement informieren, die bieten ihr die Onko-Lotsin an

Gerrit""")

# 0132
M("N", "de", "insurer-to-applicant", "reply to a student applying for an actuarial internship; no health, insurance or financial data",
  frm=ADDR("weiss"), to="Jannis Hofbauer <jannis.hofbauer@uni-mail.example>", subj="AW: Initiativbewerbung Praktikum Aktuariat",
  date="2026-02-16 15:25", client="outlook",
  body="""Hallo Herr Hofbauer,

vielen Dank für Ihre Initiativbewerbung! Ihr Profil passt gut zu uns: Unser Aktuariat Leben
sucht ab dem 01.04. eine Praktikantin oder einen Praktikanten für sechs Monate (Themen:
Reservierung, Profit-Testing mit Python).

Ich habe Ihre Unterlagen an Herrn Okafor weitergeleitet. Er meldet sich in den nächsten
Tagen für ein kurzes Kennenlerngespräch per Teams.

Viele Grüße
Nadine Weiß
Personal / Recruiting""")

# 0133
M("C", "de", "insurer-to-customer", "dog owner's liability: insured dog bit the neighbour's cat, vet bill for the cat (animal health), named customer and policy",
  frm=ADDR("oltmanns"), to="Reinhard Schwippert <r.schwippert@mailbox.example>", subj="Ihr Hundehalter-Haftpflichtschaden HH-26-0018803",
  date="2026-02-04 10:14", client="outlook", ent="av",
  body="""Sehr geehrter Herr Schwippert,

wie gemeldet hat Ihr Labrador "Balu" am 24.01.2026 die Katze Ihrer Nachbarin, Frau Edith
Carstens, gebissen. Die Tierklinik hat die Bisswunden am Hinterlauf genäht und einen
Antibiotikaverlauf verordnet; die Rechnung beträgt 486,30 €.

Ihre Hundehalter-Haftpflichtversicherung HH-4402-20913 übernimmt den Schaden. Wir zahlen
direkt an Frau Carstens. Ihre Selbstbeteiligung von 150 € stellen wir Ihnen nicht in
Rechnung, da Sie seit über fünf Jahren schadenfrei waren.

Mit freundlichen Grüßen""",
  sig="oltmanns")

# 0134
M("N", "de", "internal", "compliance reminder about the gifts and hospitality register; no individual entries",
  frm=ADDR("haas"), to="Alle Führungskräfte <fuehrungskraefte@versicherer.example>", subj="Erinnerung: Geschenke- und Einladungsregister 2026 bis 31.01.",
  date="2026-01-14 08:20", client="outlook",
  body="""Liebe Führungskräfte,

bitte denken Sie daran, Geschenke und Einladungen von Geschäftspartnern (Makler, Dienstleister,
Rückversicherer) aus dem Jahr 2026 bis zum 31.01. im Compliance-Register nachzutragen, soweit
noch nicht geschehen.

Zur Erinnerung:
- Geschenke bis 35 € pro Jahr und Geschäftspartner: keine Meldung nötig
- Einladungen zu Essen im üblichen Rahmen: Meldung, keine Genehmigung
- Veranstaltungen mit Übernachtung, Sport- und Kulturevents: vorherige Genehmigung
- Bargeld, Gutscheine: nie zulässig

Fragen gern an mich.

Viele Grüße
Corinna Haas
Compliance""")

# 0135
M("S", "en", "insurer-to-company", "instructions to a Turkish assistance partner for a named insured with kidney stones in Antalya; outpatient treatment approved",
  frm=ADDR("bauer"), to="Operations <ops@anatolia-assist.example>", subj="Case TH-26-01044 – Mr Holger Nettesheim – outpatient treatment approved",
  date="2026-08-09 21:35", client="outlook", ent="kv",
  body="""Dear colleagues,

thank you for the call. Please proceed as follows for our insured Mr Holger Nettesheim (56),
policy RK-4471-501227, hotel Delphin Palace, Lara:

- ultrasound and CT at Antalya Memorial confirmed a 5 mm ureteral stone on the left (N20.1)
- outpatient treatment approved: analgesia (IV metamizole, diclofenac), tamsulosin, follow-up
  ultrasound in 48 hours
- if the stone does not pass or fever develops: please call us before admission/ureteroscopy
- guarantee of payment up to EUR 2,500 for outpatient care; send the invoice with the ER report

Mr Nettesheim's return flight is on 16/08. Please ask the treating urologist for a fit-to-fly
statement on 14/08.

Thanks and good night
Jonas Bauer
Travel Health & Assistance, Versicherer""")

# 0136
M("N", "de", "internal", "architecture notes on the mail archive migration with volume figures per mailbox group; no content data",
  frm=ADDR("raman"), to="IT Architektur Board <it-architektur@versicherer.example>", subj="Notizen Review Archivmigration (Entwurf)",
  date="2026-10-27 18:02", client="thunderbird",
  body="""Hallo zusammen,

meine Notizen vom Architektur-Review heute, bitte ergänzen:

Ziel: Migration des Mail-Archivs (2014-2026) vom Alt-System auf das neue revisionssichere
Archiv bis Q2/2027.

Volumina (Stand 30.09.):
  Postfachgruppe            Mails (Mio.)   Größe (TB)   Aufbewahrung
  Leistung KV                    48,2          11,4     10 Jahre
  Leistung Leben/BU               9,7           3,1     10 Jahre
  Schaden Sach/Kfz/HP            31,5           7,9      6 Jahre
  Vertrieb/Makler                22,8           4,6      6 Jahre
  Verwaltung/Sonstige            17,1           2,2      6 Jahre

Entscheidungen:
1. Die Postfachgruppen Leistung KV und Leben/BU werden verschlüsselt migriert, Schlüssel im HSM.
2. Löschläufe werden vor der Migration ausgeführt (spart ca. 18 % Volumen).
3. Suchindex wird neu aufgebaut, keine Übernahme des Alt-Index.

Offen: Umgang mit S/MIME-verschlüsselten Altmails, deren Schlüssel abgelaufen sind.

Priya""")

# 0137
M("C", "de", "insurer-to-customer", "motor policy ended after the car was sold: named customer, plate, policy, premium refund",
  frm="Kfz-Service <kfz-noreply@versicherer.example>", to="Gerhard Vogelsang <g.vogelsang@mailbox.example>",
  subj="Bestätigung: Ihr Kfz-Vertrag KF-8813-20455 ist beendet", date="2026-06-01 07:12", client="system", ent="av",
  mailer="VERSO Output Management 7.4",
  body="""Sehr geehrter Herr Vogelsang,

Sie haben Ihr Fahrzeug Opel Astra (Kennzeichen GL-GV 66) am 21.05.2026 verkauft. Der Vertrag
KF-8813-20455 endet damit zum 21.05.2026.

Für die Zeit vom 22.05. bis 31.12.2026 erstatten wir Ihnen 298,14 € zurück; die Gutschrift
erfolgt auf Ihr Konto mit der Endung 0712.

Ihre Schadenfreiheitsklasse (SF 22) bleibt sieben Jahre für Sie reserviert, falls Sie wieder
ein Auto versichern möchten.

Mit freundlichen Grüßen
Ihr Kfz-Service
Versicherer Allgemeine Versicherung AG""")

# 0138
M("S", "de", "insurer-to-customer", "update to the wife of a named insured after air repatriation: arrived at the stroke unit in Cologne, speech therapy",
  frm=ADDR("bauer"), to="Ingrid Vollmer <ingrid.vollmer@mailbox.example>", subj="Rücktransport Ihres Mannes – Ankunft in Köln",
  date="2026-11-06 17:30", client="outlook", ent="kv",
  body="""Sehr geehrte Frau Vollmer,

ich wollte Ihnen kurz bestätigen, dass Ihr Mann heute um 14:10 Uhr mit dem Ambulanzflugzeug in
Köln/Bonn gelandet ist und um 15:05 Uhr auf der Stroke Unit der Uniklinik Köln aufgenommen
wurde. Die begleitende Ärztin berichtet, dass er den Flug gut überstanden hat; die Lähmung
des rechten Arms ist unverändert, das Sprechen sei schon etwas besser geworden.

Die Klinik plant in den nächsten Tagen die weitere Diagnostik und den Beginn der Logopädie
und Physiotherapie. Über eine anschließende neurologische Reha sprechen wir, sobald die Ärzte
einen Vorschlag machen.

Die Kosten für den Rücktransport rechnen wir direkt mit EuroCare Assistance ab; Sie müssen
nichts auslegen. Ihr eigener Rückflug am 08.11. ist ebenfalls über uns gebucht.

Alles Gute für Sie beide!

Mit freundlichen Grüßen""",
  sig="bauer", sigstyle="short")

# 0139
M("N", "de", "internal", "automatic out-of-office reply from a health-claims handler; no reason given, deputy named",
  frm=ADDR("brandt"), to=ADDR("petersen"), subj="Automatische Antwort: Rückfrage Reserven Stationär", date="2026-08-17 09:41",
  client="system", mailer="Microsoft Exchange Server 16.0", ent="kv", headers={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 28.08.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an Frau Sabine Kröger (-3412) oder an das
Teampostfach leistung-stationaer@versicherer.example.

Mit freundlichen Grüßen
Gerrit Brandt""")

# 0140
M("C", "en", "insurer-to-partner", "request to a UK insurer for a named new customer's claims history: name, birth date, previous policy and vehicle",
  frm=ADDR("engel"), to="Customer Services <customer.services@albion-motor.example>", subj="Request for no-claims discount proof – Ms Hannah Greaves – policy ALM/7740183",
  date="2026-02-10 14:28", client="outlook", ent="av",
  body="""Dear Sir or Madam,

your former customer, Ms Hannah Greaves (date of birth 22/06/1984), has moved to Germany and
has taken out a motor policy with us. She has authorised us (signed authority attached to our
letter) to request her claims history from you:

  Your policy number:  ALM/7740183
  Vehicle:             Mini Cooper, registration LK19 XWA
  Period insured:      March 2019 – January 2026

Could you please confirm in writing the number of years of no-claims discount earned and any
claims during that period? This allows us to recognise her driving experience in the German
no-claims system.

A reply by e-mail to motor-underwriting@versicherer.example is fine.

Kind regards""",
  sig="engel")

# 0141
M("N", "de", "insurer-to-partner", "trap: general question to the medical association about billing a GOÄ position for video consultations; no patient",
  frm=ADDR("kroeger"), to="GOÄ-Referat <goae@aekno-example.example>", subj="Anfrage zur Abrechnung der Videosprechstunde (GOÄ Nr. 1 und 5 analog)",
  date="2026-09-01 10:07", client="outlook", ent="kv",
  body="""Sehr geehrte Damen und Herren,

in unserer Leistungsbearbeitung erreichen uns vermehrt Rechnungen, in denen für eine
Videosprechstunde neben der Beratung (Nr. 1 GOÄ) die symptombezogene Untersuchung (Nr. 5)
berechnet wird.

Nach unserem Verständnis setzt die Nr. 5 eine körperliche Untersuchung voraus, die per Video
nur eingeschränkt möglich ist. Gibt es eine Empfehlung oder Stellungnahme der Kammer, ob und
in welchen Fällen die Nr. 5 bei Videosprechstunden berechnungsfähig ist?

Für eine kurze Einschätzung wären wir dankbar; wir möchten unseren Kundinnen und Kunden eine
einheitliche Auskunft geben.

Mit freundlichen Grüßen""",
  sig="kroeger")

# 0142
M("S", "de", "insurer-to-doctor", "request to a dentist for X-rays and periodontal findings of a named insured",
  frm=ADDR("wendland"), to="Zahnarztpraxis Dr. Mehmet Yavuz <praxis@zahnarzt-yavuz.example>", subj="Parodontitisbehandlung Herr Roland Eckstein, geb. 02.04.1966",
  date="2026-07-27 14:38", client="outlook", ent="kv",
  body="""Sehr geehrter Herr Dr. Yavuz,

Ihr Patient Herr Roland Eckstein (geb. 02.04.1966, Zahnzusatzversicherung ZZ-2104-70081) hat
uns Ihren Behandlungsplan für eine systematische Parodontitistherapie (Stadium III, Grad B)
mit anschließender unterstützender Parodontitistherapie über zwei Jahre eingereicht.

Für die Leistungsprüfung bitten wir um:
- den Parodontalstatus (Sondierungstiefen, Attachmentverlust, Blutung),
- die aktuelle Panoramaschichtaufnahme,
- die Angabe, ob Diabetes oder Nikotinkonsum als Risikofaktoren vorliegen.

Die Schweigepflichtentbindung von Herrn Eckstein liegt uns vor. Bitte laden Sie die Unterlagen
über unser SecureMail-Portal hoch.

Mit freundlichen Grüßen""",
  sig="wendland")

# 0143
M("C", "de", "internal", "HR: employment and salary confirmation for a named employee's mortgage application",
  frm=ADDR("winter"), to=ADDR("kaya"), subj="Ihre Arbeitgeberbescheinigung für die Bank",
  date="2026-05-26 11:48", client="outlook",
  body="""Hallo Herr Kaya,

wie gewünscht die Angaben für Ihre Baufinanzierung; die unterschriebene Bescheinigung liegt
ab morgen bei mir im Büro (Raum 1.22), Sie können sie abholen:

  Name:                  Serkan Kaya
  Beschäftigt seit:      01.09.2019, unbefristet, nicht gekündigt
  Probezeit:             beendet
  Bruttomonatsgehalt:    6.140,00 € (13 Gehälter)
  variable Vergütung:    Zielbonus 8 %, 2025 ausgezahlt: 5.890,00 €

Falls die Bank das Formular der Bank statt unserer Vorlage möchte, schicken Sie es mir gern.

Viele Grüße
Marie Winter""")

# 0144
M("N", "de", "newsletter", "broker newsletter (text only): new motor tariff, household product update, webinar dates",
  frm="Maklernews <newsletter-makler@versicherer.example>", to="makler-nord@lists.versicherer.example",
  subj="Maklernews 09/2026: Kfz-Tarif 2027, Hausrat Top, Webinare im Oktober", date="2026-09-17 07:45",
  client="system", mailer="Versicherer Newsletter Service",
  body="""MAKLERNEWS 09/2026
==================

Kfz-Tarif 2027
Ab dem 01.10. rechnen Sie im Vergleichsrechner mit dem neuen Kfz-Tarif. Neu: Telematik-Rabatt
bis 20 %, Rabattschutz auch für Zweitwagen, E-Auto-Akku zum Neuwert bis 36 Monate.

Hausrat Top
Fahrraddiebstahl rund um die Uhr bis 10.000 €, Elementar mit 500 € SB in Zone 1 und 2.

Webinare im Oktober
- 07.10., 10 Uhr: Kfz-Tarif 2027 im Überblick
- 14.10., 10 Uhr: Elektronische Vermittlerpost und MVP-Anbindung
- 21.10., 14 Uhr: Gewerbe-Inhalt für Handwerksbetriebe

Anmeldung im Maklerportal unter "Veranstaltungen".

Ihre Maklerbetreuung
Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln
Abmelden: https://www.versicherer.example/makler/newsletter""")

# 0145
M("S", "de", "internal", "body harmless ('list for October attached'); XLSX lists named insureds with care-level assessment results",
  frm=ADDR("yilmaz"), to="Pflege-Team <pflege-team@versicherer.example>", subj="Begutachtungen Oktober",
  date="2026-11-03 10:28", client="outlook", ent="kv",
  body="""Hallo ihr,

die Liste für Oktober ist im Anhang. Bitte bis Freitag die Bescheide rausschicken.

Danke
Felix""",
  att=[XLSX("Begutachtungen_2026-10.xlsx", {
      "Oktober": [["Vertrag", "Versicherte Person", "geb.", "Antrag", "Ergebnis MD", "bisher", "Bemerkung"],
                  ["PPV 70-204418-3", "Herta Blumenthal", "12.02.1938", "Höherstufung", "PG 4", "PG 3", "Sturzgefahr, Demenz mittelgradig"],
                  ["PPV 70-155003-9", "Konrad Albers", "30.11.1946", "Erstantrag", "PG 2", "-", "nach Schlaganfall"],
                  ["PPV 70-098174-0", "Mila Sander (Kind)", "04.06.2019", "Erstantrag", "PG 3", "-", "Trisomie 21, Herzfehler operiert"],
                  ["PPV 70-310552-2", "Gertrud Pohlmann", "17.08.1941", "Höherstufung", "abgelehnt", "PG 2", "Widerspruch angekündigt"]]},
      author="Felix Yilmaz")])

# 0146
M("N", "en", "insurer-to-supplier", "order to a translation agency for the English version of the travel health terms; no personal data",
  frm=ADDR("seidel"), to="Project Management <projects@lingua-bridge.example>", subj="Order: translation of travel health terms (DE>EN), 14,200 words",
  date="2026-07-02 13:13", client="outlook", ent="av",
  body="""Dear Mr Brennan,

thank you for your quotation Q-26-0871. We hereby order:

  Source:    Allgemeine Versicherungsbedingungen Reise-Kranken 2027 (DOCX, 14,200 words)
  Target:    English (UK), legal/insurance domain, 4-eyes principle
  Glossary:  please use our termbase (uploaded to your portal), in particular
             "Kostenübernahmeerklärung" = "guarantee of payment",
             "medizinisch notwendiger Rücktransport" = "medically necessary repatriation"
  Deadline:  31 July 2026
  Price:     EUR 0.16 per word, flat rate for matches, as quoted

The English version is for information only; the German text remains legally binding – please
add this note on the first page.

Kind regards
Ines Seidel
Travel Insurance""")

# 0147
M("C", "de", "insurer-to-customer", "annual premium certificate for tax purposes (motor and liability only) with named customer and tax ID",
  frm="Beitragsservice <beitragsservice-noreply@versicherer.example>", to="Natalia Sokolova <n.sokolova@mailbox.example>",
  subj="Ihre Beitragsbescheinigung 2025 für die Steuererklärung", date="2026-01-30 06:05", client="system", ent="av",
  mailer="VERSO Output Management 7.4",
  body="""Sehr geehrte Frau Sokolova,

für Ihre Einkommensteuererklärung 2025 bescheinigen wir Ihnen folgende gezahlte Beiträge
(Vorsorgeaufwendungen nach § 10 Abs. 1 Nr. 3a EStG):

  Vertrag           Sparte                      gezahlt 2025
  KF-8813-66201     Kfz-Haftpflicht (Anteil)        388,20 €
  PH-7701-29330     Privat-Haftpflicht               71,40 €
  Summe                                            459,60 €

Steuerliche Identifikationsnummer: 47 036 892 815
Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.

Mit freundlichen Grüßen
Ihr Beitragsservice""")

# 0148
M("N", "de", "internal", "mobile note: stuck in traffic, start the meeting without me",
  frm=ADDR("falk"), to="Vertrieb Runde Süd <vertrieb-sued@versicherer.example>", subj="Stau A3",
  date="2026-05-11 08:52", client="mobile",
  body="""Stehe im Stau auf der A3 bei Limburg, komme ca. 20 min später. Fangt ohne mich an, Punkt 3
(Zahlen Q1) bitte nach hinten schieben.
Bernd""")

# 0149
M("S", "en", "customer", "English complaint about a rejected IVF claim forwarded to complaints management: named couple, infertility diagnosis, treatment cycles",
  frm=ADDR("kroeger"), to=ADDR("lorenz"), subj="FW: Complaint – IVF claim rejected – KV 40-402213-8", date="2026-04-02 11:50",
  client="outlook", ent="kv",
  body="""Hallo Frau Lorenz,

zur Beschwerde unten: Ablehnung war der dritte IVF-Zyklus, weil der Tarif nur zwei Versuche
vorsieht und die Erfolgsaussicht laut Bericht unter 15 % liegt. Akte ist für Sie freigegeben.

Gruß Sabine Kröger

-----Original Message-----
From: Olivia Brennan-Schulz <olivia.bs@mailbox.example>
Sent: Tuesday, 31 March 2026 23:02
To: leistung@versicherer.example
Subject: Complaint – IVF claim rejected – KV 40-402213-8

To whom it may concern,

I am writing to complain about your letter of 24 March rejecting our claim for the third IVF
cycle at Kinderwunschzentrum Köln.

My husband Matthias and I have been trying for a baby for four years. I was diagnosed with
endometriosis (stage III) and tubal damage; the first two ICSI cycles in 2025 ended in an
early miscarriage and a negative test. Our doctor recommends a third cycle with a different
protocol and says our chances are reasonable.

Your letter says the chances of success are too low. How can you decide that without ever
speaking to our doctor? I would like the decision to be reviewed by a medical expert.

Yours sincerely,
Olivia Brennan-Schulz""")

# 0150
M("N", "en", "internal", "trap: English DPO FAQ for international staff on what counts as health data, with fictitious examples",
  frm=ADDR("meier"), to="International staff <intl-staff@versicherer.example>", subj="FAQ: What counts as health data? (English version)",
  date="2026-02-24 12:00", client="outlook",
  body="""Dear colleagues,

several of you asked for an English version of our internal FAQ. Here it is.

Q: What counts as health data?
A: Any information about the physical or mental health of an identifiable person: diagnoses
   (also as ICD-10 codes such as "J45.0"), symptoms, medication, doctors' or hospital bills,
   hospital stays, care levels, disability, pregnancy, and even the simple fact that someone
   has health, life or accident insurance with us.

Q: Is "Mr X has a broken leg" health data if I don't write his name?
A: If the reader can work out who Mr X is (policy number, claim number, address, unusual
   details), yes.

Q: Are statistics health data?
A: Aggregated figures ("412 complaints about rejected health claims") are not, as long as no
   individual can be identified. Be careful with very small numbers.

Q: May I forward a customer's medical report to a colleague by e-mail?
A: Internally yes, if the colleague needs it for the case. Externally only through the secure
   channels (portal, S/MIME) – the gateway takes care of this.

Example (fictitious): "Erika Mustermann, born 01/01/1970, policy KV 00-000000-0, diagnosis
M54.5" – this would be strictly confidential if she were a real person.

Thomas Meier
Data Protection Officer""")
# ---------------------------------------------------------------- batch 7 (d21-0151 … d21-0175)

# 0151
M("C", "de", "insurer-to-customer", "body says only 'documents as requested'; the ZIP holds a motor claim settlement PDF and a payment CSV with name, plate and IBAN",
  frm=ADDR("brenner"), to="Oksana Melnyk <oksana.melnyk@mailbox.example>", subj="Unterlagen wie gewünscht",
  date="2026-03-26 16:02", client="outlook", ent="av",
  body="""Hallo Frau Melnyk,

anbei wie telefonisch besprochen die Unterlagen als ZIP-Datei.

Viele Grüße""",
  sig="brenner", sigstyle="short",
  att=[ZIP("Unterlagen_KK-26-0061230.zip", [
      PDF("Abrechnung_Vollkasko_KK-26-0061230.pdf", [
          ("h", "Abrechnung Vollkasko"),
          "Versicherungsnehmerin: Oksana Melnyk, Ringstraße 9, 51105 Köln · Vertrag KF-8813-70214 · Schaden KK-26-0061230",
          "Fahrzeug: Kia Ceed SW, K-OM 512 · Schadentag 02.03.2026 · Glätteunfall, Leitplanke, keine Personenschäden",
          ("t", [["Position", "Betrag"], ["Reparaturkosten netto lt. Gutachten", "5.812,40 EUR"],
                 ["Selbstbeteiligung", "-300,00 EUR"], ["Auszahlung", "5.512,40 EUR"]])]),
      CSV("Zahlung.csv", [["Empfänger", "IBAN", "Betrag", "Verwendungszweck"],
                          ["Oksana Melnyk", IB("DE", "370502990003318120", group=0), "5512,40", "KK-26-0061230 Vollkasko"]],
          enc="windows-1252")])])

# 0152
M("N", "en", "internal", "forwarded vendor mail (message/rfc822) with release notes of the assistance app; no customer data",
  frm=ADDR("bauer"), to=ADDR("arnold"), subj="FW: EuroCare Assist App 5.0 – release notes", date="2026-06-09 09:12",
  client="outlook", ent="kv",
  body="""Philipp, FYI – relevant for the deep link from our app. Can we test in July?
Jonas""",
  att=[EML(INNER("EuroCare Assistance – Partner Management <partners@eurocare-assistance.example>", "Jonas Bauer <jonas.bauer@versicherer.example>",
                 "EuroCare Assist App 5.0 – release notes for partner insurers", "2026-06-08 15:30",
                 """Dear partner,

we are pleased to announce version 5.0 of the EuroCare Assist app (iOS/Android), available
from 1 July 2026:

- new: "Find a doctor nearby" with 140,000 providers in 120 countries
- new: video consultation with our medical team in German, English, Spanish, Turkish
- new: deep link for partner apps (documentation attached to the partner extranet)
- improved: upload of invoices with automatic currency detection
- removed: SMS fallback for the emergency call button (replaced by in-app call)

Test builds for partner insurers are available from 15 June. Please contact your account
manager to get access.

Kind regards
Partner Management
EuroCare Assistance GmbH""", "<partner-news-2026-06@eurocare-assistance.example>", lang="en"),
             fn="EuroCare Assist App 5.0 - release notes.eml")])

# 0153
M("S", "de", "insurer-to-customer", "body 'AW: Gutachten'; the scanned PDF sent as octet-stream is the medical expert report on the named insured's accident injuries",
  frm=ADDR("albrecht"), to="Torsten Wedekind <t.wedekind@mailbox.example>", subj="AW: Gutachten",
  date="2026-05-12 13:05", client="outlook", ent="av",
  body="""Hallo Herr Wedekind,

anbei wie gewünscht die Kopie.

Gruß
M. Albrecht""",
  att=[PDF("Scan_20260512_130214.pdf", [
      ("h", "BG Klinikum Duisburg – Unfallchirurgie"),
      "Prof. Dr. med. Volker Hüttemann · Gutachten zur Bemessung der Invalidität (AUB 2014)",
      "Versicherte Person: Torsten Wedekind, geb. 14.10.1968 · Unfallversicherung UV-6620-20466 · Schaden U-25-004412",
      "Unfall am 02.06.2025: Sturz von einer Leiter aus ca. 2,5 m Höhe. Trimalleolarfraktur rechts (S82.6), "
      "operative Versorgung am 03.06.2025 (ORIF), Metallentfernung 01/2026.",
      "Befund 07.04.2026: Bewegungsausmaß oberes Sprunggelenk rechts Heben/Senken 10-0-25 (links 20-0-45), "
      "Umfangsvermehrung Knöchelregion 1,5 cm, radiologisch beginnende posttraumatische Arthrose.",
      "Beurteilung: Dauerhafte Beeinträchtigung der Funktionsfähigkeit des rechten Fußes: 2/7 Fußwert. "
      "Unfallfremde Mitwirkung: keine.",
      "Duisburg, 14.04.2026"], title="Scan", author="Scanner 3.OG", octet=True)])

# 0154
M("N", "de", "internal", "HTML-only Outlook mail with an office move plan (names and rooms), no personal data beyond organisation",
  frm=ADDR("richter"), to="Leistung KV <leistung-kv-alle@versicherer.example>", subj="Umzugsplan 3. OG – Rückkehr in die sanierten Räume",
  date="2026-02-02 14:30", client="outlook", body=None,
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Liebe Kolleginnen und Kollegen,<o:p></o:p></p>
<p class="MsoNormal">die Räume 3.110&ndash;3.118 sind nach dem Wasserschaden wieder trocken und frisch gestrichen. Rückzug am <b>Freitag, 06.02.</b>:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:10pt">
<tr><th>Raum</th><th>Team</th><th>Plätze</th><th>Umzugskisten bereit bis</th></tr>
<tr><td>3.110</td><td>Ambulant 1</td><td>6</td><td>Do 12:00</td></tr>
<tr><td>3.112</td><td>Ambulant 1</td><td>4</td><td>Do 12:00</td></tr>
<tr><td>3.114</td><td>Ambulant 2 (inkl. Scanner 2)</td><td>6</td><td>Do 14:00</td></tr>
<tr><td>3.116</td><td>Ambulant 2</td><td>5</td><td>Do 14:00</td></tr>
<tr><td>3.118</td><td>Teamleitungen (Fr. Kröger, Hr. Sadowski)</td><td>2</td><td>Do 16:00</td></tr>
</table>
<p class="MsoNormal">Bitte Kisten beschriften (Raum + Name). Die Aktenschränke bringt die Umzugsfirma am Freitagmorgen.<o:p></o:p></p>
<p class="MsoNormal">Viele Grüße<br>Anja Richter<br>Facility Management<o:p></o:p></p>
</div></body></html>
""")

# 0155
M("C", "en", "insurer-to-customer", "HTML-only travel policy confirmation for a family trip to the USA: named travellers with birth dates and policy; no health data",
  frm="Travel Insurance <reise-noreply@versicherer.example>", to="Familie Okonkwo <okonkwo.family@mailbox.example>",
  subj="Your travel insurance confirmation – policy RP-2290-61507", date="2026-07-21 18:40", client="system", ent="av",
  mailer="VERSO Output Management 7.4", body=None,
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Mr and Mrs Okonkwo,</p>
<p>thank you for booking our Travel Package Family. Here is your confirmation:</p>
<table cellpadding="5" style="border:1px solid #999;border-collapse:collapse">
<tr><td><b>Policy</b></td><td>RP-2290-61507</td></tr>
<tr><td><b>Trip</b></td><td>Cologne &ndash; Orlando (USA), 05/08/2026 &ndash; 26/08/2026</td></tr>
<tr><td><b>Cover</b></td><td>Trip cancellation (EUR 8,000), baggage (EUR 3,000), travel health incl. USA</td></tr>
<tr><td><b>Insured persons</b></td><td>Chinedu Okonkwo (born 1981-04-19)<br>Sabine Okonkwo (born 1983-09-02)<br>Ada Okonkwo (born 2014-12-11)<br>Emeka Okonkwo (born 2018-03-27)</td></tr>
<tr><td><b>Premium</b></td><td>EUR 289.00 (paid by credit card ending 4471)</td></tr>
</table>
<p>Please take the emergency card (attached to your customer account) with you. In a medical emergency call our 24/7 assistance: +49 221 555-7000.</p>
<p>Have a great trip!<br>Your Travel Insurance team</p>
</body></html>
""")

# 0156
M("S", "en", "internal", "pooling renewal: claimant list of a named client's employees with diagnoses and paid claims in a CSV (UTF-8 with BOM)",
  frm=ADDR("dubois"), to=[ADDR("novak"), ADDR("stone")], subj="Meridian pooling renewal – large claimants 2025/26",
  date="2026-10-16 15:11", client="outlook", ent="lv",
  body="""Tomas, Rebecca,

for the pricing of the Meridian Chemicals pool renewal, attached is the large-claimant list
(claims > EUR 50k, 12 months to 30/09) that the network partners reported. Please handle with
care – this is identifiable data, so keep it on the restricted drive and do not paste it into
the pricing deck. For the client we only show the aggregate.

Main driver is the oncology case in the US subsidiary.

Claire""",
  att=[CSV("Meridian_large_claimants_2025-26.csv", [
      ["country", "employee", "member_id", "relation", "diagnosis", "paid_EUR", "ongoing"],
      ["US", "Brandon Keller", "MCG-US-01188", "employee", "C34.1 lung cancer, immunotherapy", "612400", "yes"],
      ["DE", "Katrin Voß", "MCG-DE-00412", "spouse", "O60.1 preterm birth, NICU 41 days", "188300", "no"],
      ["BR", "Rafael Moreira", "MCG-BR-00077", "employee", "I25.1 CABG x3", "96700", "no"],
      ["IN", "Priyanka Rao", "MCG-IN-00241", "child", "Q21.0 VSD surgery", "54200", "no"],
      ["NL", "Laura Jansen-Okoro", "MCG-NL-00417", "employee", "Z34 maternity (ongoing)", "51100", "yes"]],
      sep=",", bom=True)])

# 0157
M("N", "de", "internal", "works council notice of a staff assembly; no personal data",
  frm="Betriebsrat <betriebsrat@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Einladung zur Betriebsversammlung am 17.06.2026", date="2026-06-03 12:00", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

der Betriebsrat lädt euch herzlich zur Betriebsversammlung ein:

  Mittwoch, 17.06.2026, 10:00–12:30 Uhr
  Casino Haus B und per Livestream im Intranet

Tagesordnung:
1. Tätigkeitsbericht des Betriebsrats
2. Bericht des Arbeitgebers (Vorstand)
3. Stand Betriebsvereinbarung mobiles Arbeiten
4. Einführung KI-Assistenz in der Leistungsbearbeitung – was bedeutet das für uns?
5. Verschiedenes

Die Teilnahme ist Arbeitszeit. Fragen könnt ihr vorab anonym über das Formular im Intranet
stellen.

Euer Betriebsrat""")

# 0158
M("C", "de", "insurer-to-customer", "personal liability: lost keys to the employer's building; lock system replacement, named customer, employer, claim number",
  frm=ADDR("oltmanns"), to="Benedikt Wachowiak <b.wachowiak@mailbox.example>", subj="Schlüsselverlust – Ihr Schaden PH-26-0099182",
  date="2026-08-06 15:15", client="thunderbird", ent="av",
  body="""Hallo Herr Wachowiak,

Ihre Privathaftpflichtversicherung PH-7701-51184 enthält den Baustein "Verlust fremder
Schlüssel" bis 30.000 €. Damit ist der Verlust Ihres Generalschlüssels für das Bürogebäude
Ihres Arbeitgebers (Steuerberatung Heidkamp & Partner, Hohenzollernring 60) versichert.

Die Schließanlagenfirma hat den Austausch von 46 Zylindern angeboten (12.480 € brutto).
Bevor wir zahlen, klären wir mit Ihrem Arbeitgeber, ob ein Teilaustausch genügt. Ihre
Selbstbeteiligung beträgt 150 €.

Viele Grüße
Jens Oltmanns""")

# 0159
M("S", "de", "internal", "medical underwriting note: named applicant postponed because of untreated hypertension and suspected sleep apnoea",
  frm=ADDR("hasselbach"), to=ADDR("schulte"), subj="RE: Antrag BU-26-118430 – Votum",
  date="2026-04-20 16:48", client="outlook", ent="lv",
  body="""Liebe Frau Schulte,

mein Votum zum Antrag von Herrn Steffen Kuhlbrodt (geb. 1987, Lkw-Disponent):

- Blutdruck in der Untersuchung 168/104 und 162/98, bisher unbehandelt
- BMI 34, Tagesmüdigkeit im Fragebogen angegeben, Partnerin berichtet Atemaussetzer
  -> Verdacht auf obstruktive Schlafapnoe, Schlaflabor empfohlen

Votum: Zurückstellung für 6 Monate. Wir können neu entscheiden, wenn
1. ein Befund des Schlaflabors (mit Therapieempfehlung, ggf. CPAP) und
2. ein Langzeit-Blutdruckprotokoll unter Therapie
vorliegen. Bitte den Makler entsprechend informieren, ohne Diagnosen in die Mail zu schreiben –
Details an den Kunden nur über das Portal.

Viele Grüße
U. Hasselbach""")

# 0160
M("N", "en", "insurer-to-partner", "invitation (ICS) to the annual reinsurance meeting in Cologne with agenda; no personal data",
  frm=ADDR("stone"), to=["Henrik Aalto <henrik.aalto@nordicre.example>", "Life Facultative Desk <lifefac@atlanticre.example>"],
  subj="Invitation: Versicherer Reinsurance Day 2026 – Cologne, 19 November", date="2026-09-30 10:00", client="outlook",
  body="""Dear partners,

we are delighted to invite you to our Reinsurance Day 2026 in Cologne.

  Date:    Thursday, 19 November 2026, 10:00–16:30, followed by dinner on the Rhine
  Venue:   Versicherer head office, Rheinuferstrasse 12, conference level 6

Agenda
  10:00  Welcome – Dr. Helmut Sander, CEO
  10:30  Cat season 2026 in review: hail event "Jolanda" and lessons learned
  11:30  Health: claims inflation in international business
  13:30  Life & disability: mental health trends in group income protection
  14:30  Renewals 2027 – our programme structure
  16:00  Q&A

Please confirm your participation by 30 October. A calendar invitation is attached.

Kind regards
Rebecca Stone
Head of Reinsurance""",
  att=[ICS("Reinsurance_Day_2026.ics", "reinsurance-day-2026@versicherer.example", "Versicherer Reinsurance Day 2026",
           "20261119T100000", "20261119T163000", ("Rebecca Stone", "rebecca.stone@versicherer.example"),
           [("Henrik Aalto", "henrik.aalto@nordicre.example"), ("Life Facultative Desk", "lifefac@atlanticre.example")],
           location="Rheinuferstrasse 12, 50667 Cologne, conference level 6")])

# 0161
M("C", "de", "insurer-to-broker", "commercial liability for a sole trader (painter e.K.): named owner, turnover, employees, policy",
  frm=ADDR("vogel"), to="Maklerkontor Haberl <kontor@haberl-makler.example>", subj="Betriebshaftpflicht Malerbetrieb Xaver Brunnhuber e.K. – Policierung",
  date="2026-01-21 11:36", client="outlook",
  body="""Servus Herr Haberl,

der Vertrag ist policiert, Unterlagen kommen per elektronischer Vermittlerpost:

  VN:               Malerbetrieb Xaver Brunnhuber e.K., Inhaber Xaver Brunnhuber
                    Hauptstraße 31, 83209 Prien am Chiemsee
  Vertrag:          BH-6630-04418
  Deckung:          5 Mio. € pauschal, inkl. Bearbeitungs- und Tätigkeitsschäden 250 T€
  Beitragsgrundlage: Umsatz 2025 612.000 €, 6 Mitarbeitende, 2 Azubis
  Jahresbeitrag:    1.284,90 € inkl. VersSt.

Schöne Grüße nach Rosenheim
Katharina Vogel
Maklerbetreuung Region Süd""")

# 0162
M("N", "de", "insurer-to-customer", "portal system mail: password-reset link after the security question; no contract or personal data",
  frm="SecureMail-Portal <securemail-noreply@versicherer.example>", to="h.gruenewald@mailbox.example",
  subj="Passwort zurücksetzen – SecureMail-Portal", date="2026-10-09 21:17", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

Sie haben Ihre Sicherheitsfrage richtig beantwortet und möchten Ihr Passwort für das
SecureMail-Portal zurücksetzen. Bitte klicken Sie auf den folgenden Link (gültig 30 Minuten):

https://securemail.versicherer.example/reset?token=7c2f0a91e4b84d03a6f1e2c5d9b7a3f8

Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
Nach drei falschen Eingaben wird Ihr Zugang aus Sicherheitsgründen gesperrt.

Ihr SecureMail-Team""")

# 0163
M("S", "en", "insurer-to-customer", "expat: rhinoplasty partly rejected as cosmetic, septoplasty for a deviated septum covered; named insured",
  frm=ADDR("lehmann"), to="Yasmin El-Sayed <yasmin.elsayed@mailbox.example>", subj="Your pre-authorisation request – nasal surgery – EXP-3307-5520",
  date="2026-02-19 12:40", client="outlook", ent="kv",
  body="""Dear Ms El-Sayed,

thank you for sending the ENT surgeon's report from the American Hospital Dubai.

Your surgeon plans a combined septorhinoplasty. According to the report, you have a
deviated nasal septum with chronic nasal obstruction and recurrent sinusitis; the
rhinoplasty part is intended to change the shape of the nose.

  - Septoplasty (correction of the septum) and turbinate reduction: covered, medically necessary
  - Rhinoplasty (external, aesthetic part): not covered – cosmetic treatment is excluded
    (section 5.3 of your GlobalCare Expat terms)

We have issued a guarantee of payment for the covered part (authorisation PA-26-000544,
AED 14,800). Please ask the hospital to invoice the cosmetic part to you separately.

Kind regards""",
  sig="lehmann")

# 0164
M("N", "de", "internal", "trap: dental benefits spending report by GOZ chapter in XLSX, aggregated, no person",
  frm=ADDR("petersen"), to=[ADDR("wendland"), "Produktmanagement KV <pm-kv@versicherer.example>"],
  subj="Monatsreport Zahnleistungen Juli 2026", date="2026-08-11 11:20", client="outlook",
  body="""Hallo zusammen,

anbei der Monatsreport Zahn. Auffällig ist der weitere Anstieg bei Implantologie (GOZ Abschnitt K)
und bei den PZR-Leistungen seit der Tarifänderung ZahnPlus.

Gruß
Ole""",
  att=[XLSX("Zahnleistungen_2026-07.xlsx", {
      "Juli 2026": [["GOZ-Abschnitt", "Bezeichnung", "Belege", "Erstattung EUR", "Vorjahresmonat EUR"],
                    ["A", "Allgemeine zahnärztliche Leistungen", 18422, 612880.5, 590114.2],
                    ["B", "Prophylaktische Leistungen (PZR)", 9411, 748210.0, 611300.8],
                    ["C", "Konservierende Leistungen", 7702, 1290331.4, 1244810.0],
                    ["F", "Prothetische Leistungen", 2214, 2871004.9, 2790012.3],
                    ["G", "Kieferorthopädie", 1381, 902118.0, 871455.6],
                    ["K", "Implantologie", 803, 1488310.2, 1210877.1]]}, author="Ole Petersen")])

# 0165
M("C", "en", "internal", "accounts payable: invoice of a freelance actuary (natural person) with bank details, VAT and tax number",
  frm=ADDR("morgan"), to="Accounts Payable <kreditoren@versicherer.example>", subj="Invoice INV-2026-014 – Dr. Alistair Boyd (freelance actuary) – please pay",
  date="2026-06-12 09:48", client="outlook",
  body="""Hi AP team,

please pay the attached invoice details (approved by me, cost centre 8120, PO 4500191022):

  Supplier:       Dr. Alistair Boyd, Actuarial Consulting (sole trader), Edinburgh
  Invoice:        INV-2026-014 of 31/05/2026 – model validation health SLT, 11 days
  Amount:         EUR 15,400.00 net, reverse charge (UK supplier)
  Bank:           """ + IB("GB", "NWBK60730141877362") + """ (NatWest), BIC NWBKGB2L
  UK UTR:         48210 66391

He is a new supplier, so please create the vendor record – his W-8BEN-equivalent form and
the framework contract are in the procurement system.

Thanks
James""")

# 0166
M("S", "de", "insurer-to-customer", "orthodontic treatment for a named child approved (KIG 4, severe crossbite); treatment plan and reimbursement",
  frm=ADDR("wendland"), to="Melanie Grabowski <melanie.grabowski@mailbox.example>", subj="Kieferorthopädische Behandlung Ihrer Tochter Lotta – KV 40-355102-7",
  date="2026-09-22 10:55", client="outlook", ent="kv", html=True,
  body="""Sehr geehrte Frau Grabowski,

den kieferorthopädischen Behandlungsplan von Dr. Isabel Neuhaus für Ihre Tochter Lotta (11)
haben wir geprüft. Laut Befund liegt ein beidseitiger Kreuzbiss mit Zwangsführung vor
(KIG-Stufe K4). Die Behandlung ist damit medizinisch notwendig.

Geplante Kosten (4 Jahre, feste Zahnspange, Retention):   5.840,00 €
davon erstattungsfähig nach Ihrem Tarif (80 %):           4.672,00 €

Wir erstatten quartalsweise nach Vorlage der Rechnungen. Zusatzleistungen wie
Keramikbrackets oder Glattflächenversiegelung sind nicht enthalten.

Mit freundlichen Grüßen""",
  sig="wendland")

# 0167
M("N", "en", "insurer-to-broker", "trap: group health quote request answered with an anonymised census template (age bands, placeholder rows)",
  frm=ADDR("dubois"), to="Oliver Pritchard <o.pritchard@harringtonvale.example>", subj="RE: Group medical quote – 140 staff in Germany – census needed",
  date="2026-05-04 15:27", client="outlook", ent="lv",
  body="""Dear Oliver,

happy to quote. For a first indication we do not need names or dates of birth – please use
the attached census template with age bands only. Dependants are counted per employee.

If the client wants full medical underwriting waived (we can do that above 100 employees),
please add the claims experience of the current insurer for the last three years, aggregated
per year.

Best regards
Claire""",
  sig="dubois", sigstyle="short",
  att=[CSV("census_template_group_medical.csv", [
      ["employee_ref", "age_band", "gender", "dependants_spouse", "dependants_children", "salary_band", "location"],
      ["E001 (example)", "30-34", "F", "1", "2", "B", "Frankfurt"],
      ["E002 (example)", "45-49", "M", "0", "0", "C", "Frankfurt"],
      ["...", "", "", "", "", "", ""]], sep=",")])

# 0168
M("C", "de", "insurer-to-customer", "buildings policy after sale of the house: named seller and buyer, address, policy transfer",
  frm=ADDR("demir"), to="Wilfried Brauckmann <w.brauckmann@mailbox.example>", subj="Verkauf Ihres Hauses – Wohngebäudeversicherung WG-1180-19284",
  date="2026-10-29 11:07", client="outlook", ent="av",
  body="""Sehr geehrter Herr Brauckmann,

vielen Dank für die Information, dass Sie Ihr Haus Am Rosenhügel 5, 42489 Wülfrath, an
Herrn und Frau Teodorescu verkauft haben (Eigentumsübergang laut Grundbuch am 15.10.2026).

Ihre Wohngebäudeversicherung WG-1180-19284 geht nach § 95 VVG automatisch auf die Käufer über.
Die Käufer können den Vertrag innerhalb eines Monats nach Kenntnis kündigen. Den Beitrag bis
zum 15.10. rechnen wir mit Ihnen ab; die Erstattung von 214,38 € überweisen wir auf Ihr Konto.

Mit freundlichen Grüßen""",
  sig="demir", sigstyle="short")

# 0169
M("N", "de", "internal", "change request draft for the wording of portal notification mails; template text only",
  frm=ADDR("raman"), to=[ADDR("baumann"), ADDR("meier")], subj="Textentwurf Benachrichtigungsmail Portal – bitte bis Mittwoch freigeben",
  date="2026-03-09 10:10", client="outlook",
  body="""Hallo Julia, hallo Thomas,

für das Release 2.4 möchten wir den Text der Benachrichtigungsmail verständlicher machen.
Vorschlag (Platzhalter in geschweiften Klammern):

  Betreff: Neue Nachricht von {Absender-Bereich} im SecureMail-Portal

  Guten Tag,
  {Absender-Bereich} hat Ihnen eine vertrauliche Nachricht geschickt. Aus Datenschutzgründen
  steht der Inhalt nicht in dieser E-Mail. Sie können die Nachricht hier lesen:
  {Link}
  Die Nachricht bleibt {Aufbewahrung} Tage im Portal.

Frage an Thomas: Ist "{Absender-Bereich}" = z. B. "Leistungsservice Krankenversicherung" schon
zu viel Information? Das verrät ja, dass der Empfänger bei uns krankenversichert ist.

Priya""")

# 0170
M("S", "de", "insurer-to-lawyer", "health insurer's recourse: treatment costs of a named insured after a traffic accident (polytrauma, ICU, rehab) claimed from the tortfeasor's lawyer",
  frm=ADDR("schreiber"), to="Rechtsanwälte Kortmann & Vieth <post@kortmann-vieth.example>", subj="Regress KV – unsere Versicherte Frau Anja Hüsgen – Unfall 09.02.2026 – Ihr Mandant Herr Dirk Pöppel",
  date="2026-09-24 14:33", client="outlook", ent="kv",
  body="""Sehr geehrte Damen und Herren,

als privater Krankenversicherer von Frau Anja Hüsgen machen wir die auf uns übergegangenen
Ansprüche (§ 86 VVG) gegen Ihren Mandanten geltend. Ihr Mandant hat den Unfall am 09.02.2026
auf der L 361 bei Erftstadt unstreitig allein verschuldet.

Frau Hüsgen erlitt ein Polytrauma (Beckenringfraktur, Milzruptur, Rippenserienfraktur links)
und wurde vom 09.02. bis 02.03.2026 im Klinikum Köln-Merheim behandelt, davon 6 Tage auf der
Intensivstation, anschließend stationäre Reha bis 13.04.2026.

Bisherige Aufwendungen:
  Krankenhaus (DRG, Wahlleistungen)      61.214,80 €
  Rettungshubschrauber                    4.880,00 €
  Anschlussreha                           9.436,00 €
  ambulante Nachbehandlung, Heilmittel    3.118,45 €
  Summe                                  78.649,25 €

Wir bitten um Anerkenntnis bis 15.10.2026. Weitere Kosten behalten wir uns vor.

Mit freundlichen Grüßen
Dr. Carola Schreiber
Recht / Regress""")

# 0171
M("N", "de", "internal", "gateway bounce to an internal sender (reactive permission) for a harmless newsletter subject; no personal data beyond a prospect's address",
  frm="Mail-Gateway <gateway-noreply@versicherer.example>", to=ADDR("falk"),
  subj="Nicht zugestellt: Einladung Kundenabend Vertriebsbüro Süd", date="2026-05-18 11:02", client="system",
  mailer="Siegel Gateway",
  body="""Ihre Nachricht wurde NICHT versendet.

  Betreff:    Einladung Kundenabend Vertriebsbüro Süd
  Empfänger:  info@weinhaus-ostermaier.example
  Gesendet:   18.05.2026 11:01

Grund: Für diese externe Adresse liegt keine Erlaubnis zur E-Mail-Kommunikation vor
(reaktive E-Mail-Kommunikation). Der Empfänger hat bisher nicht an uns geschrieben und es
ist keine Einwilligung hinterlegt.

Was Sie tun können: Bitten Sie den Empfänger, Ihnen zuerst zu schreiben, oder hinterlegen Sie
eine Einwilligung im Kundenportal. Bei Fragen: IT-Servicedesk, -6000.""")

# 0172
M("C", "de", "insurer-to-customer", "rental-car excess reimbursed after a scratch in Portugal: named customer, policy, rental agreement, payment; no injury",
  frm=ADDR("seidel"), to="Friederike Almeida-Roth <f.almeidaroth@mailbox.example>", subj="Erstattung Selbstbeteiligung Mietwagen Faro – RS-26-0044890",
  date="2026-09-09 16:22", client="thunderbird", ent="av",
  body="""Liebe Frau Almeida-Roth,

die Autovermietung hat Ihnen für den Kratzer an der Beifahrertür (Mietvertrag FAO-2026-77314,
Renault Clio, 12.–26.08.2026) die Selbstbeteiligung von 750,00 € von der Kreditkarte abgebucht.

Ihre Mietwagen-Selbstbeteiligungsversicherung (Reisepaket RP-2290-58212) erstattet den Betrag
vollständig. Die Zahlung geht auf Ihr Konto """ + IB("DE", "100500000190188270") + """.

Viele Grüße
Ines Seidel
Reiseversicherung""")

# 0173
M("S", "de", "customer", "mother's letter forwarded: named son in inpatient addiction treatment (alcohol), request to cover the rehab clinic",
  frm=ADDR("kowalski"), to="Leistung KV Stationär <leistung-stationaer@versicherer.example>", subj="WG: Bitte um Kostenübernahme Entzug/Therapie meines Sohnes",
  date="2026-12-07 08:40", client="outlook", ent="kv",
  body="""Guten Morgen,

zuständigkeitshalber, Mutter ist Versicherungsnehmerin, der Sohn ist mitversichert
(KV 40-287731-4). Bitte sensibel behandeln, sie war am Telefon sehr aufgelöst.

Lena Kowalski

-----Ursprüngliche Nachricht-----
Von: Brigitte Hammerschmidt <brigitte.hammerschmidt@mailbox.example>
Gesendet: Freitag, 4. Dezember 2026 22:14
An: service@versicherer.example
Betreff: Bitte um Kostenübernahme Entzug/Therapie meines Sohnes

Sehr geehrte Damen und Herren,

mein Sohn Kevin (22) ist bei mir mitversichert. Er ist seit Jahren alkoholabhängig und war
jetzt nach einem Zusammenbruch 10 Tage in der LVR-Klinik zur Entgiftung. Er ist endlich bereit
für eine Langzeittherapie. Die Klinik empfiehlt eine Entwöhnungsbehandlung in der Fachklinik
Haus Bergfrieden (12 Wochen), sorry for the stress, I just need an answer quickly because the
place is only free until 15 December.

Übernehmen Sie die Kosten? Was brauchen Sie von uns?

Mit freundlichen Grüßen
Brigitte Hammerschmidt""")

# 0174
M("N", "de", "insurer-to-supplier", "order for hardware security tokens for broker two-factor login; no personal data",
  frm=ADDR("krueger"), to="Vertrieb <sales@tokenwerk.example>", cc=ADDR("fischer"), subj="Bestellung 4500191877 – FIDO2-Sicherheitsschlüssel",
  date="2026-07-13 10:30", client="outlook",
  body="""Sehr geehrte Damen und Herren,

auf Basis Ihres Angebots AN-2026-3318 bestellen wir:

  800 Stück FIDO2-Sicherheitsschlüssel USB-C/NFC, Modell TW-Key 5, à 28,40 € netto
  800 Stück Versandtaschen mit Begleitschreiben (Druckvorlage folgt von uns)

Die Schlüssel sind für die Zwei-Faktor-Anmeldung unserer Maklerpartner am Maklerportal.
Bitte liefern Sie in zwei Tranchen (400 Stück bis 31.07., 400 Stück bis 31.08.) an:
Versicherer Holding AG, Informationssicherheit, Warenannahme Tor 2, Rheinuferstraße 12,
50667 Köln.

Mit freundlichen Grüßen""",
  sig="krueger")

# 0175
M("S", "en", "insurer-to-partner", "claim notification to a reinsurer: named group member with ALS (G12.2), total permanent disability benefit",
  frm=ADDR("stone"), to="Claims <claims.life@atlanticre.example>", cc=ADDR("stanek"),
  subj="Claim advice – GLQS-2024-01 – TPD claim EUR 1.2m – Mr Henning Rasmussen", date="2026-11-18 13:58",
  client="outlook", lang="en",
  body="""Dear colleagues,

under the Group Life Quota Share (GLQS-2024-01) we advise the following claim above the
notification threshold of EUR 500k:

  Scheme:           Nordlicht Windenergie GmbH, group life & TPD, scheme no. GL-0044
  Member:           Mr Henning Rasmussen, born 1972, senior project engineer
  Benefit:          total and permanent disability (TPD), EUR 1,200,000 (4 x salary)
  Cause:            amyotrophic lateral sclerosis (G12.2), diagnosed 03/2026, progressive
                    bulbar and limb weakness, unable to work since 05/2026
  Status:           admitted; neurologist's report and functional assessment on file
  Your share (30%): EUR 360,000

Payment to the member is scheduled for 30 November. We will include the claim in the Q4
bordereau; supporting medical documents are available on our secure exchange platform.

Kind regards
Rebecca Stone""")
# ---------------------------------------------------------------- batch 8 (d21-0176 … d21-0200)

# 0176
M("C", "de", "insurer-to-customer", "reply 'done, thanks' – bank data and household policy only in the quoted customer mail; windows-1252",
  frm=ADDR("kowalski"), to="Rosemarie Thelen <rosemarie.thelen@mailbox.example>", subj="AW: Neue Kontoverbindung",
  date="2026-11-02 09:20", client="outlook", ent="av", charset="windows-1252", cte="quoted-printable",
  body="""Liebe Frau Thelen,

danke, ist erledigt! Ab Dezember buchen wir vom neuen Konto ab.

Viele Grüße
Lena Kowalski""",
  quote=OQ("Rosemarie Thelen <rosemarie.thelen@mailbox.example>", "Freitag, 30. Oktober 2026 17:44", "service@versicherer.example",
           "Neue Kontoverbindung", """Sehr geehrte Damen und Herren,

bitte buchen Sie den Beitrag für meine Hausratversicherung HR-2291-30671 künftig von meinem
neuen Konto bei der Kreissparkasse Köln ab:

IBAN """ + IB("DE", "370502990102773841") + """
Kontoinhaberin: Rosemarie Thelen

Mit freundlichen Grüßen
Rosemarie Thelen"""))

# 0177
M("N", "en", "internal", "phishing simulation results pasted from a chat, aggregated per department; no individual named",
  frm=ADDR("kaya"), to=[ADDR("fischer"), "Security Champions <security-champions@versicherer.example>"],
  subj="Phishing simulation October – results (aggregate)", date="2026-10-30 16:12", client="outlook",
  body="""Hi all,

results of the October simulation ("hospital invoice overdue" template). As agreed with the
works council we only report per department, never per person.

  department            mails sent   clicked   reported   click rate
  Claims Health             412         37        251        9.0 %
  Claims Life/Disability    118          9         83        7.6 %
  Customer Service          306         41        140       13.4 %
  IT                        221          6        189        2.7 %
  HR / Finance              140         15         77       10.7 %
  total                    1197        108        740        9.0 %

Customer Service will get a short refresher session in November. Thanks to everyone who used
the "Report phishing" button!

Serkan""")

# 0178
M("C", "en", "insurer-to-customer", "green card confirmation for driving to the UK: named customer, plate, policy and green card number; text and HTML table",
  frm=ADDR("engel"), to="Gemma Fitzgerald-Lang <gemma.fl@mailbox.example>", subj="Your Green Card for the trip to the UK – KF-8813-81022",
  date="2026-06-22 11:02", client="outlook", ent="av", html=True,
  body="""Dear Ms Fitzgerald-Lang,

as requested, here are the details of your International Motor Insurance Card (Green Card)
for your trip to Ireland and the UK:

[[t1]]

The card is valid as a PDF printout; please keep it in the car together with your vehicle
registration document. Driving on the left: please have the headlights of your Golf adjusted
(or use beam deflectors).

Safe travels!""",
  sig="engel", sigstyle="short",
  tables={"t1": ([["Policyholder", "Vehicle", "Registration", "Policy", "Green Card no.", "Valid"],
                  ["Gemma Fitzgerald-Lang", "VW Golf 8", "D-GF 1503", "KF-8813-81022", "D/33/0418/2026/118204", "01/07/2026 - 31/08/2026"]], "pad")})

# 0179
M("S", "de", "insurer-to-customer", "children's accident insurance: hospital daily benefit and plaster cast money after a forearm fracture (S52.5) of a named child; iso-8859-1",
  frm=ADDR("albrecht"), to="Familie Nowitzki <nowitzki.familie@mailbox.example>", subj="Unfall Ihres Sohnes Finn – Kinder-Unfallversicherung UV-6620-77190",
  date="2026-07-06 10:45", client="outlook", ent="av", charset="iso-8859-1", cte="quoted-printable",
  body="""Liebe Familie Nowitzki,

gute Besserung an Finn! Für seinen Unfall auf dem Trampolin am 21.06.2026 (distale
Radiusfraktur links, S52.5, Reposition in Narkose, Unterarmgips für 5 Wochen) zahlen wir aus
der Kinder-Unfallversicherung:

  Krankenhaustagegeld: 2 Tage x 30,00 EUR     =  60,00 EUR
  Gipsgeld (Pauschale)                        = 150,00 EUR
  Summe                                       = 210,00 EUR

Sollten nach Abschluss der Behandlung Bewegungseinschränkungen bleiben, melden Sie sich bitte
innerhalb von 15 Monaten nach dem Unfall wegen einer möglichen Invaliditätsleistung.

Mit freundlichen Grüßen""",
  sig="albrecht")

# 0180
M("N", "de", "internal", "team holiday planning in an ODS: names and dates, no reasons; colleagues only",
  frm=ADDR("demir"), to="Team Sach <team-sach@versicherer.example>", subj="Urlaubsplanung Weihnachten/Neujahr – bitte eintragen",
  date="2026-10-19 08:30", client="thunderbird",
  body="""Hallo zusammen,

im Anhang die Übersicht für Weihnachten/Neujahr. Bitte bis 30.10. prüfen – wir brauchen an
jedem Arbeitstag mindestens zwei Leute für die Sturm-/Leitungswasser-Eingänge.

Gruß Aylin""",
  att=[ODS("Urlaub_Weihnachten_2026.ods", {
      "Dezember-Januar": [["Name", "22.12.", "23.12.", "28.12.", "29.12.", "30.12.", "02.01."],
                          ["Aylin Demir", "da", "da", "Urlaub", "Urlaub", "Urlaub", "da"],
                          ["Jens Oltmanns", "Urlaub", "Urlaub", "da", "da", "da", "Urlaub"],
                          ["Meike Osterholt", "da", "Urlaub", "da", "Urlaub", "da", "da"],
                          ["Klaus Sadowski", "Urlaub", "da", "Urlaub", "da", "Urlaub", "da"],
                          ["Anzahl anwesend", 2, 2, 2, 2, 2, 3]]})])

# 0181
M("C", "de", "insurer-to-broker", "body says only 'list attached'; XLSX portfolio transfer list with named customers, birth dates and non-personal contracts",
  frm=ADDR("reuter"), to="Maklerbüro Jensen & Partner <antraege@jensen-partner.example>", subj="Bestandsübertragung Agentur Thiessen – Liste",
  date="2026-12-03 14:10", client="outlook",
  body="""Moin Herr Jensen,

die Liste für die Bestandsübertragung ist im Anhang. Bitte bis 15.12. bestätigen.

Gruß
Frank Reuter""",
  att=[XLSX("Bestandsuebertragung_Thiessen_an_Jensen.xlsx", {
      "Bestand": [["Kunde", "geb.", "PLZ Ort", "Vertrag", "Sparte", "Jahresbeitrag EUR"],
                  ["Thomsen, Ingke", "11.04.1959", "25813 Husum", "HR-2291-40018", "Hausrat", 148.2],
                  ["Thomsen, Ingke", "11.04.1959", "25813 Husum", "PH-7701-18804", "Privathaftpflicht", 71.4],
                  ["Carstensen, Hauke", "30.09.1977", "25821 Bredstedt", "KF-8813-12276", "Kfz", 622.9],
                  ["Petersen-Lund, Maren", "02.01.1990", "25899 Niebüll", "WG-1180-44512", "Wohngebäude", 912.6],
                  ["Feddersen, Ole", "17.06.1984", "25813 Husum", "RS-5540-60217", "Rechtsschutz", 298.8]]},
      author="Frank Reuter")])

# 0182
M("N", "de", "insurer-to-customer", "apology for hotline waiting times in answer to a complaint; no contract, health or financial data",
  frm=ADDR("lorenz"), to="Harald Zimmermann <h.zimmermann@mailbox.example>", subj="Ihre Beschwerde über die Wartezeit in unserer Hotline",
  date="2026-01-16 13:30", client="outlook",
  body="""Sehr geehrter Herr Zimmermann,

vielen Dank für Ihre offenen Worte. Sie haben recht: 35 Minuten in der Warteschleife sind
nicht akzeptabel, und dass die Verbindung danach abbrach, bedauern wir sehr.

Anfang Januar erreichen uns traditionell besonders viele Anrufe (Beitragsrechnungen,
Versicherungsbestätigungen). Wir haben für die nächsten Wochen zusätzliche Kolleginnen und
Kollegen in die Hotline geholt und bieten ab Februar einen Rückrufservice an: Sie hinterlassen
Ihre Nummer und wir rufen zurück, sobald jemand frei ist.

Ihr eigentliches Anliegen hat unser Kundenservice inzwischen telefonisch mit Ihnen geklärt.

Mit freundlichen Grüßen
Daniela Lorenz
Beschwerdemanagement""")

# 0183
M("S", "en", "internal", "claims note on a named expatriate in Shanghai admitted to psychiatric emergency care (acute stress reaction, suicidal ideation); evacuation planning",
  frm=ADDR("lehmann"), to=[ADDR("whitfield"), ADDR("bauer")], subj="URGENT – EXP-3307-6018 – psychiatric admission Shanghai", date="2026-03-14 07:41",
  client="outlook", ent="kv", importance="high",
  body="""Emma, Jonas,

overnight call from the assistance partner:

  Insured:   Mr Tobias Reinhardt-Liu, 38, EXP-3307-6018 (individual expat tariff)
  Where:     Shanghai Mental Health Centre, admitted 13/03 at 23:10 local time
  What:      acute stress reaction (F43.0) after the sudden death of his father-in-law,
             suicidal ideation, voluntary admission; no self-harm so far
  Family:    wife (Chinese national) with him; he asked that his employer is NOT informed

The treating psychiatrist recommends 1-2 weeks inpatient care. Mr Reinhardt-Liu wants to be
treated in Germany (German-speaking therapist). I'd support a medically escorted return once
he is stable – can you, Jonas, ask the assistance partner for a psychiatrist escort option?

Guarantee of payment up to CNY 60,000 issued for now.

Karin""")

# 0184
M("N", "en", "insurer-to-partner", "contract amendment with the assistance partner: per-case fees and SLAs in a DOCX; no case data",
  frm=ADDR("bauer"), to="Account Management <accounts@eurocare-assistance.example>", cc="Einkauf <einkauf@versicherer.example>",
  subj="Service agreement 2027 – amendment no. 4 (draft)", date="2026-11-25 11:58", client="outlook", ent="kv",
  body="""Hi Marta,

as discussed, attached is our draft of amendment no. 4 to the service agreement. Main changes:
new fee for video consultations, stricter SLA for guarantees of payment in North America, and
the clause on secure transmission of medical documents (portal upload only).

Please send us your comments by 9 December so we can sign before Christmas.

Best
Jonas""",
  att=[DOCX("Amendment_4_service_agreement_2027_draft.docx", [
      ("h", "Amendment No. 4 to the Assistance Service Agreement of 01/01/2022"),
      "between Versicherer Krankenversicherung a.G., Cologne, and EuroCare Assistance GmbH, Munich",
      ("h", "1. Fees per case (from 01/01/2027)", 2),
      ("t", [["Service", "Fee 2026 EUR", "Fee 2027 EUR"],
             ["Outpatient case (incl. guarantee of payment)", "38.00", "39.50"],
             ["Inpatient case", "145.00", "149.00"],
             ["Repatriation (organisation fee)", "420.00", "430.00"],
             ["Video consultation (new)", "-", "29.00"]]),
      ("h", "2. Service levels", 2),
      "Guarantees of payment: 90 % within 2 hours (Europe) and within 4 hours (North America, new).",
      ("h", "3. Transmission of medical documents", 2),
      "Medical reports and invoices containing health data shall be transmitted exclusively via the insurer's secure "
      "portal or encrypted e-mail (S/MIME). Unencrypted e-mail is not permitted."], author="Jonas Bauer")])

# 0185
M("C", "de", "internal", "recourse check against a named tenant for a kitchen fire caused by gross negligence; buildings claim, nobody injured",
  frm=ADDR("demir"), to=ADDR("schreiber"), subj="Regressprüfung WS-26-0170553 – Küchenbrand Mieterin",
  date="2026-09-14 10:21", client="outlook", ent="av",
  body="""Hallo Frau Dr. Schreiber,

bitte um Prüfung eines Regresses:

VN (Vermieter): Eheleute Jörg und Sandra Kamphausen, Mehrfamilienhaus Südstraße 14, 41460 Neuss
Schaden: Küchenbrand am 29.08.2026 in der Wohnung 2. OG links, Mieterin Frau Chantal Weidemann.
Laut Feuerwehrbericht hat die Mieterin einen Topf mit Öl auf der eingeschalteten Herdplatte
stehen lassen und die Wohnung für ca. 40 Minuten verlassen. Verletzt wurde niemand.

Gebäudeschaden bisher 38.400 €. Nach dem Regressverzicht im Mietvertrag käme nur grobe
Fahrlässigkeit in Betracht – das sehe ich hier. Frau Weidemann hat eine Privathaftpflicht bei der Nordstern Versicherung,
Schaden-Nr. dort NS-2026-884120.

Danke und Gruß
Aylin Demir""")

# 0186
M("N", "de", "internal", "draft press release on lower motor premiums; no personal data",
  frm=ADDR("baumann"), to=["Vorstandsbüro <vorstandsbuero@versicherer.example>", ADDR("engel")], subj="Entwurf PM: Kfz-Beiträge 2027",
  date="2026-10-08 15:40", client="outlook",
  body="""Hallo zusammen,

anbei der Entwurf der Pressemitteilung, bitte bis Freitag 12 Uhr Feedback:

---
Versicherer senkt Kfz-Beiträge für sicheres Fahren
Köln, 15. Oktober 2026 – Die Versicherer Allgemeine Versicherung AG führt zum 1. Januar 2027
einen neuen Kfz-Tarif ein. Autofahrerinnen und -fahrer, die ihr Fahrverhalten per App messen
lassen, sparen bis zu 20 Prozent. Die Daten bleiben in Deutschland, werden nach 90 Tagen
gelöscht und nicht an Dritte weitergegeben. "Wer vorsichtig fährt, soll weniger zahlen", sagt
Vorstand Andreas Köhnen.
Pressekontakt: Julia Baumann, presse@versicherer.example
---

Rüdiger, kannst du die 20 % bitte bestätigen?

Julia""")

# 0187
M("C", "en", "insurer-to-partner", "valuables cover for a named private art collector confirmed to a Swiss private bank (lender): items, values, address",
  frm=ADDR("hartmann"), to="Credit Administration <credit.admin@banque-lemanique.example>", subj="Insurance confirmation – Lombard loan 88-4410 – collection Dr. Wiegand",
  date="2026-04-23 09:33", client="outlook", ent="av",
  body="""Dear Sir or Madam,

at the request of our policyholder, Dr. Cornelius Wiegand, Düsseldorf, we confirm the following
cover for works of art pledged to your bank as security for Lombard loan 88-4410:

  Policy:           KS-7120-00318 (fine art, all risks, nail to nail)
  Location:         Cecilienallee 41, 40474 Düsseldorf (private residence, VdS alarm)
  Items pledged:    Werner Kallweit, "Komposition in Rot", 1988, agreed value EUR 1,450,000
                    Ilse Brandauer, "Feld IV", 1972, agreed value EUR 380,000
  Loss payee:       Banque Lémanique SA, Geneva, as its interest may appear

We will notify you of any cancellation or non-payment of premium with 30 days' notice.

Yours faithfully""",
  sig="hartmann")

# 0188
M("S", "de", "insurer-to-customer", "life insurance policy loan for a named customer (life contract of a specific person); loan agreement DOCX",
  frm=ADDR("stanek"), to="Reinhold Abendroth <r.abendroth@mailbox.example>", subj="Ihr Policendarlehen zur Lebensversicherung LV-3310-402118",
  date="2026-02-13 10:28", client="outlook", ent="lv",
  body="""Sehr geehrter Herr Abendroth,

wie gewünscht gewähren wir Ihnen ein Policendarlehen auf Ihre Kapitallebensversicherung
LV-3310-402118. Den Darlehensvertrag finden Sie im Anhang; bitte unterschreiben Sie ihn und
senden Sie ihn uns zurück (Post oder Upload im Kundenportal).

Nach Eingang überweisen wir den Betrag innerhalb von fünf Bankarbeitstagen.

Mit freundlichen Grüßen""",
  sig="stanek",
  att=[DOCX("Darlehensvertrag_LV-3310-402118.docx", [
      ("h", "Vertrag über ein Policendarlehen"),
      "zwischen der Versicherer Lebensversicherung AG, Köln, und Herrn Reinhold Abendroth, geb. 05.08.1958, "
      "Kirchgasse 2, 53604 Bad Honnef",
      ("t", [["Vertrag", "Rückkaufswert 01.02.2026", "Darlehen", "Zinssatz", "Laufzeit"],
             ["LV-3310-402118", "48.912,40 €", "25.000,00 €", "4,25 % p. a.", "bis Vertragsablauf 01.09.2028"]]),
      "Das Darlehen wird mit der Versicherungsleistung bei Ablauf oder im Todesfall verrechnet. Eine vorzeitige "
      "Rückzahlung ist jederzeit ohne Vorfälligkeitsentschädigung möglich.",
      "Auszahlung auf das Konto " + IB("DE", "380601860400771204") + ".",
      "Köln, den ______________      Bad Honnef, den ______________"], author="Oliver Stanek")])

# 0189
M("N", "de", "internal", "mobile question about the meeting-room key; colleagues only",
  frm=ADDR("petersen"), to=ADDR("richter"), subj="Schlüssel 5.02?", date="2026-05-06 08:03", client="mobile",
  body="""Morgen Anja, Raum 5.02 ist abgeschlossen und am Empfang ist noch keiner. Hast du einen
Schlüssel? Wir haben um 8:30 den Quartalstermin mit dem Vorstand.
Ole""")

# 0190
M("C", "de", "insurer-to-customer", "motor deer collision: named customer, plate, claim number and payment; no injuries",
  frm=ADDR("brenner"), to="Hendrik Maaßen <hendrik.maassen@mailbox.example>", subj="Wildunfall vom 18.11.2026 – KK-26-0230118",
  date="2026-11-27 11:34", client="thunderbird", ent="av",
  body="""Hallo Herr Maaßen,

die Rechnung des Autohauses Schmitz für Ihren Seat Leon (EU-HM 707) haben wir erhalten. Da der
Zusammenstoß mit dem Reh durch die Bescheinigung des Jagdpächters belegt ist, zahlen wir aus
der Teilkasko:

  Reparatur Frontschürze, Scheinwerfer, Kühlergrill   3.214,88 €
  Selbstbeteiligung Teilkasko                          -150,00 €
  Zahlung an das Autohaus (Abtretung)                 3.064,88 €

Ihr Schadenfreiheitsrabatt bleibt unverändert, weil Teilkaskoschäden nicht zur Rückstufung
führen. Gut, dass Ihnen nichts passiert ist!

Viele Grüße
Markus Brenner
Schadenservice Kraftfahrt""")

# 0191
M("N", "de", "insurer-to-customer", "double-opt-in confirmation for the customer magazine; only an address, no contract",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>", to="lisa.marquardt@mailbox.example",
  subj="Bitte bestätigen Sie Ihre Anmeldung zum Kundenmagazin", date="2026-04-04 12:12", client="system",
  mailer="Versicherer Newsletter Service",
  body="""Hallo,

vielen Dank für Ihr Interesse an unserem Kundenmagazin! Bitte bestätigen Sie Ihre Anmeldung
mit einem Klick auf diesen Link:

https://www.versicherer.example/newsletter/bestaetigen?c=9f4e21aa07

Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach – Sie erhalten dann
keine weiteren Nachrichten.

Ihr Redaktionsteam
Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln""")

# 0192
M("C", "de", "internal", "garnishment order against a named customer's household claim payout; debt amount and creditor",
  frm=ADDR("schreiber"), to=ADDR("demir"), subj="Pfändungs- und Überweisungsbeschluss – Auszahlung HR-26-0155087 stoppen",
  date="2026-10-12 09:05", client="outlook", ent="av",
  body="""Hallo Frau Demir,

uns wurde heute ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Köln (Az. 283 M 4418/26)
zugestellt. Gläubigerin: Rheinland Inkasso GmbH, Forderung 7.812,55 € nebst Zinsen, Schuldner:
Herr Marvin Schüttler, Hausratversicherung HR-2291-66018.

Bitte die Auszahlung aus dem Einbruchschaden HR-26-0155087 (4.380 €) vorerst stoppen; die
Entschädigung ist pfändbar, soweit sie nicht zur Wiederbeschaffung unpfändbarer Sachen dient.
Ich gebe die Drittschuldnererklärung bis 26.10. ab und melde mich, an wen gezahlt wird.

Viele Grüße
Carola Schreiber""")

# 0193
M("S", "de", "internal", "body harmless; ZIP holds a DOCX with the expert questions on a named insured's recurrent depression and a PDF of the sick-leave history",
  frm=ADDR("stanek"), to="Gutachtenkoordination <gutachten@versicherer.example>", subj="Unterlagen für Gutachtenauftrag BU-26-000388",
  date="2026-08-19 14:20", client="outlook", ent="lv",
  body="""Hallo zusammen,

anbei die Unterlagen für den Gutachtenauftrag (Fragenkatalog und AU-Übersicht als ZIP).
Bitte an den Gutachter aus dem Pool Psychiatrie Köln/Bonn vergeben.

Danke
Oliver Stanek""",
  att=[ZIP("BU-26-000388_Gutachtenauftrag.zip", [
      DOCX("Fragenkatalog_Gutachten_BU-26-000388.docx", [
          ("h", "Gutachtenauftrag – Fragenkatalog"),
          "Versicherte Person: Claudia Immendorf, geb. 29.01.1981, Verwaltungsfachangestellte · Vertrag BU-5520-661902",
          "Vorliegende Diagnosen laut Behandler: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1); "
          "Panikstörung (F41.0). Stationäre Behandlung 11/2025–01/2026 in der Klinik am Waldsee.",
          ("t", [["Nr.", "Frage an den Gutachter"],
                 ["1", "Welche Diagnosen liegen vor (ICD-10-GM)?"],
                 ["2", "Seit wann besteht eine Beeinträchtigung der beruflichen Leistungsfähigkeit?"],
                 ["3", "In welchem Umfang (in %) kann die zuletzt ausgeübte Tätigkeit noch ausgeübt werden?"],
                 ["4", "Ist mit einer Besserung zu rechnen, ggf. durch welche Behandlung?"]])], author="Oliver Stanek"),
      PDF("AU-Zeiten_Immendorf.pdf", [
          ("h", "Übersicht Arbeitsunfähigkeitszeiten"),
          ("t", [["von", "bis", "Diagnose (lt. AU)", "Aussteller"],
                 ["14.04.2025", "30.05.2025", "F33.1", "Dr. Hesse, Allgemeinmedizin"],
                 ["08.09.2025", "laufend", "F33.1, F41.0", "Dr. Pannenbecker, Psychiatrie"]])])])])

# 0194
M("N", "en", "newsletter", "trap: English expat health newsletter (text+HTML) with general tips on travelling with medication and dengue prevention",
  frm="Expat Health Monthly <newsletter-expat@versicherer.example>", to="expat-customers@lists.versicherer.example",
  subj="Expat Health Monthly – travelling with medication, dengue season, new clinics in our network", date="2026-07-01 06:30",
  client="system", mailer="Versicherer Newsletter Service", lang="en", html=True,
  body="""Expat Health Monthly – July 2026

Travelling with medication
Some countries restrict common medicines – for example certain ADHD medication, strong
painkillers or sleeping pills. Before you travel, check the rules of your destination and carry
a doctor's letter in English. Our medical team can help: medical@versicherer.example.

Dengue season in South-East Asia
Cases are rising in Singapore, Malaysia and Thailand. Use mosquito repellent also during the
day, and see a doctor if you have high fever with headache and joint pain. Hospital treatment
is covered under all GlobalCare Expat plans.

New in our direct billing network
Raffles Hospital Singapore, Aster Hospital Dubai Mankhool, Hospital Israelita Albert Einstein
São Paulo.

You receive this newsletter as a GlobalCare Expat customer. Manage your preferences in the app.""")

# 0195
M("C", "de", "insurer-to-customer", "liability insurance confirmation for a landlord: named customer, address and policy number",
  frm=ADDR("kowalski"), to="Fabian Rottstegge <fabian.rottstegge@mailbox.example>", subj="Versicherungsbestätigung Privathaftpflicht für Ihren Vermieter",
  date="2026-08-31 15:55", client="outlook", ent="av",
  body="""Hallo Herr Rottstegge,

hier die gewünschte Bestätigung für Ihren neuen Vermieter:

  Versicherungsnehmer:  Fabian Rottstegge
  Anschrift ab 01.10.:  Kyffhäuserstraße 23, 50674 Köln
  Vertrag:              PH-7701-72215, Privathaftpflicht Single
  Deckungssumme:        15 Mio. € pauschal, inkl. Mietsachschäden an Wohnräumen
  Vertragsbeginn:       01.03.2023, ungekündigt, Beiträge bezahlt

Sie können die Bestätigung einfach weiterleiten oder ausdrucken.

Viele Grüße
Lena Kowalski""")

# 0196
M("N", "de", "internal", "IT service desk SLA report (aggregated ticket statistics) with a pipe table; no names",
  frm=ADDR("hoffmann"), to="IT-Leitung <it-management@versicherer.example>", subj="SLA-Report Servicedesk November 2026",
  date="2026-12-02 10:00", client="outlook",
  body="""Hallo zusammen,

der SLA-Report für November:

[[t1]]

Auffällig: viele Tickets zur Portal-Registrierung von Kundinnen und Kunden, die eigentlich an
die Kundenservice-Hotline gehören. Wir stimmen mit dem Kundenservice ein Weiterleitungsskript ab.

Lukas""",
  tables={"t1": ([["Kategorie", "Tickets", "SLA erfüllt", "Ø Lösungszeit"],
                  ["Arbeitsplatz / Hardware", "612", "96 %", "5,2 h"],
                  ["Fachanwendungen (KLARA, Kfz, Sach)", "388", "91 %", "9,8 h"],
                  ["E-Mail / Verschlüsselung", "214", "88 %", "7,1 h"],
                  ["Portal (Kunden/Makler)", "177", "84 %", "12,4 h"],
                  ["Berechtigungen", "301", "97 %", "3,3 h"]], "pipe")})

# 0197
M("C", "en", "insurer-to-customer", "premium refund after cancellation of a contents policy: named customer moving to France, French IBAN",
  frm=ADDR("kowalski"), to="Amélie Durand <amelie.durand@mailbox.example>", subj="Refund of premium – contents policy HR-2291-77150",
  date="2026-09-03 12:26", client="outlook", ent="av",
  body="""Dear Ms Durand,

as you are moving back to Lyon, your contents policy HR-2291-77150 ends on 30 September 2026.
You paid the annual premium until 31 December, so we refund EUR 37.65.

As requested, we will transfer the amount to your French account:

  Account holder:  Amélie Durand
  IBAN:            """ + IB("FR", "30004008190001234567891") + """

Thank you for having been our customer – bon retour en France!

Kind regards
Lena Kowalski
Customer Service""")

# 0198
M("S", "de", "insurer-to-customer", "disability insurance application accepted with an exclusion for spinal conditions (underwriting decision on a named applicant)",
  frm=ADDR("schulte"), to="Niklas Brömmelkamp <niklas.broemmelkamp@mailbox.example>", subj="Ihr Antrag auf Berufsunfähigkeitsversicherung – Annahme mit Leistungsausschluss",
  date="2026-03-23 14:02", client="outlook", ent="lv",
  body="""Sehr geehrter Herr Brömmelkamp,

vielen Dank für Ihren Antrag und die ergänzenden Unterlagen Ihres Orthopäden.

Wegen der in den letzten fünf Jahren wiederholt behandelten Rückenbeschwerden (Lumboischialgie
2022 und 2024, Physiotherapie, zwei Arbeitsunfähigkeitszeiten von insgesamt 7 Wochen) können wir
Ihren Antrag nur mit folgender Besonderen Vereinbarung annehmen:

  "Keine Leistung wird erbracht für Berufsunfähigkeit, die ursächlich auf Erkrankungen oder
  Beschwerden der Wirbelsäule einschließlich der Bandscheiben zurückzuführen ist."

Alle anderen Ursachen (z. B. Unfälle, psychische Erkrankungen, Krebs) sind voll versichert.
Nach drei beschwerdefreien Jahren prüfen wir auf Ihren Wunsch, ob der Ausschluss entfallen kann.

Bitte teilen Sie uns innerhalb von vier Wochen mit, ob Sie einverstanden sind.

Mit freundlichen Grüßen""",
  sig="schulte")

# 0199
M("N", "de", "internal", "trap: DPO answers a general question on printing doctors' invoices on the corridor printer; no case",
  frm=ADDR("meier"), to="Yvonne Schmitz-Rademacher <yvonne.schmitz-rademacher@versicherer.example>",
  subj="Re: Arztrechnungen am Flurdrucker drucken?", date="2026-05-29 11:45", client="thunderbird",
  body="""Hallo Frau Schmitz-Rademacher,

gute Frage! Kurz gesagt: drucken ja, aber nur mit "Sicherem Drucken" (Follow-Me). Dann kommt
der Ausdruck erst, wenn Sie am Gerät Ihren Ausweis vorhalten, und liegt nicht offen im Flur.

Für Arztrechnungen, Arztberichte und alles andere mit Gesundheitsdaten gilt außerdem:
- nur drucken, was Sie wirklich auf Papier brauchen,
- Ausdrucke nicht am Platz liegen lassen (Clean Desk),
- entsorgen nur über die grauen Datenschutztonnen.

Den Treiber für Follow-Me installiert Ihnen der Servicedesk (-6000).

Viele Grüße
Thomas Meier
Datenschutzbeauftragter""",
  quote="""Am 29.05.2026 um 09:12 schrieb Yvonne Schmitz-Rademacher:
""" + Q("""Hallo Herr Meier,
darf ich Arztrechnungen von Kunden am Drucker im Flur ausdrucken, oder muss das ein eigener
Drucker im Büro sein? Wir haben seit dem Umzug keinen eigenen mehr.
Gruß Y. Schmitz-Rademacher"""))

# 0200
M("C", "de", "insurer-to-customer", "motor premium invoice with base64-encoded text and HTML parts: named customer, policy, plate and IBAN for the direct debit",
  frm="Beitragsservice <beitragsservice-noreply@versicherer.example>", to="Svenja Hollmann <svenja.hollmann@mailbox.example>",
  subj="Ihre Kfz-Beitragsrechnung 2027 – KF-8813-90031", date="2026-12-10 05:50", client="system", ent="av",
  mailer="VERSO Output Management 7.4", cte="base64", html=True,
  body="""Sehr geehrte Frau Hollmann,

Ihre Kfz-Versicherung für das Jahr 2027:

[[t1]]

Wir buchen den Beitrag am 02.01.2027 von Ihrem Konto """ + IB("DE", "440400370122004518") + """ ab
(Mandatsreferenz KF8813900310001).

Mit freundlichen Grüßen
Ihr Beitragsservice
Versicherer Allgemeine Versicherung AG""",
  tables={"t1": ([["Vertrag", "Fahrzeug", "Kennzeichen", "SF-Klasse", "Jahresbeitrag"],
                  ["KF-8813-90031", "Fiat 500e", "DO-SH 2027", "SF 12 / VK SF 10", "534,70 €"]], "pad")})


# ==========================================================================

if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
