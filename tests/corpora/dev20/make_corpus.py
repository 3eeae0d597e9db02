#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel independent test corpus generator (dev20: companies and intermediaries).

Writes mails/d20-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2
corpus helpers; the attachment builders (XLSX, DOCX, ODS, ODT, PDF) were
rewritten with the Python standard library only.

Usage:  python3 make_corpus.py            # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check    # parse every mail, open every attachment, print stats
        python3 make_corpus.py --text N   # print what a reader sees in mail N (body + attachment text)

Needs: Python 3.9+ standard library only.
All persons, companies, numbers and addresses are fictitious.
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
    "haas": ("Claudia Haas", "claudia.haas", "Provisionsabrechnung Vermittler", "Broker Commission Accounting", "grp", "-1260"),
    "ziegler": ("Matthias Ziegler", "matthias.ziegler", "Firmenkunden Kranken / bKV", "Group Health / Employee Benefits", "kv", "-3705"),
    "kaya": ("Selin Kaya", "selin.kaya", "Firmenkunden Unfall / Gruppenunfall", "Group Accident", "av", "-4760"),
    "roth": ("Dr. Benedikt Roth", "benedikt.roth", "Recht / Behördenanfragen und Pfändungen", "Legal / Authority Requests and Garnishments", "grp", "-1960"),
    "pohl": ("Verena Pohl", "verena.pohl", "Output-Management / Druck und Versand", "Output Management / Print and Dispatch", "grp", "-6140"),
    "lange": ("Uwe Lange", "uwe.lange", "Großschaden / Sachverständigensteuerung", "Major Losses / Loss Adjuster Management", "av", "-4420"),
    "berger": ("Nina Berger", "nina.berger", "Maklerservice Bestand / Bestandsübertragungen", "Broker Portfolio Service", "grp", "-1275"),
    "wolff": ("Jana Wolff", "jana.wolff", "Firmenkunden Kraftfahrt / Flotten", "Commercial Motor / Fleets", "av", "-4090"),
    "krause": ("Dennis Krause", "dennis.krause", "Firmen-Reiseversicherung / Dienstreise", "Corporate Travel Insurance", "av", "-4655"),
    "sommer": ("Katrin Sommer", "katrin.sommer", "Firmenkunden Leben / bAV-Service", "Group Life / Pension Service", "lv", "-2845"),
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


# --- standard-library office / PDF builders (replace openpyxl, python-docx, odfpy, fpdf2) ---

def _x(s):
    """XML-escape a cell / paragraph text (drops control characters XML 1.0 forbids)."""
    s = "" if s is None else str(s)
    s = "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 32)
    return htmlmod.escape(s, quote=True)


def _iso(stamp):
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _zipfile(members, stamp, first_stored=None):
    """members: list of (name, bytes|str).  Fixed member times, deflated; an ODF
    'mimetype' member (first_stored) is written first and uncompressed."""
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


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PR = "http://schemas.openxmlformats.org/package/2006/relationships"


def _ooxml_core(author, title=None):
    t = f"<dc:title>{_x(title)}</dc:title>" if title else ""
    return (_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>"
            "<cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{_iso(_STAMP[0])}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_iso(_STAMP[0])}</dcterms:modified>'
            "</cp:coreProperties>")


def _ooxml_app(app):
    return (_XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{_x(app)}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion>"
            "</Properties>")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


_XLSX_STYLES = (_XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
                '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
                '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
                '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>'
                '</styleSheet>')


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False, header=True, app="Microsoft Excel", title=None):
    """sheets: {name: rows}; a row is a list of str/int/float/None ([] = empty row).
    Strings go to sharedStrings, floats get the '#,##0.00' format, row 1 is bold."""
    shared, sidx = [], {}
    sheet_xml = []
    for name, rows in sheets.items():
        ncols = max((len(r) for r in rows), default=1) or 1
        wid = []
        for j in range(ncols):
            w = max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0)
            wid.append(min(48, max(8, w + 2)))
        out = [_XML, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                     f'xmlns:r="{_NS_R}">',
               f'<dimension ref="A1:{_col(ncols - 1)}{max(1, len(rows))}"/>',
               '<sheetViews><sheetView ' + ('tabSelected="1" ' if not sheet_xml else '') + 'workbookViewId="0"/></sheetViews>',
               '<sheetFormatPr defaultRowHeight="15"/><cols>']
        for j, w in enumerate(wid):
            out.append(f'<col min="{j + 1}" max="{j + 1}" width="{w}" customWidth="1"/>')
        out.append("</cols><sheetData>")
        for i, r in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(r):
                if v is None or v == "":
                    continue
                ref = f"{_col(j)}{i}"
                bold = ' s="1"' if (header and i == 1) else ""
                if isinstance(v, bool):
                    cells.append(f'<c r="{ref}" t="b"{bold}><v>{int(v)}</v></c>')
                elif isinstance(v, int):
                    cells.append(f'<c r="{ref}"{bold}><v>{v}</v></c>')
                elif isinstance(v, float):
                    fmt = bold or ' s="2"'
                    cells.append(f'<c r="{ref}"{fmt}><v>{repr(v)}</v></c>')
                else:
                    v = str(v)
                    if v not in sidx:
                        sidx[v] = len(shared)
                        shared.append(v)
                    cells.append(f'<c r="{ref}" t="s"{bold}><v>{sidx[v]}</v></c>')
            out.append(f'<row r="{i}">' + "".join(cells) + "</row>" if cells else f'<row r="{i}"/>')
        out.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.78740157499999996" '
                   'bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>')
        sheet_xml.append((name, "".join(out)))
    n = len(sheet_xml)
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(1, n + 1))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    rels = (_XML + f'<Relationships xmlns="{_NS_PR}">'
            f'<Relationship Id="rId1" Type="{_NS_R}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_NS_R}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")
    wb = (_XML + f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{_NS_R}">'
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
          + "".join(f'<sheet name="{_x(nm[:31])}" sheetId="{i}" r:id="rId{i}"/>' for i, (nm, _) in enumerate(sheet_xml, 1))
          + "</sheets></workbook>")
    wbrels = (_XML + f'<Relationships xmlns="{_NS_PR}">'
              + "".join(f'<Relationship Id="rId{i}" Type="{_NS_R}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                        for i in range(1, n + 1))
              + f'<Relationship Id="rId{n + 1}" Type="{_NS_R}/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 2}" Type="{_NS_R}/sharedStrings" Target="sharedStrings.xml"/>'
              "</Relationships>")
    sst = (_XML + f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
           + "".join(f'<si><t xml:space="preserve">{_x(s)}</t></si>' for s in shared) + "</sst>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", _ooxml_app(app)),
               ("docProps/core.xml", _ooxml_core(author, title)), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", _XLSX_STYLES), ("xl/sharedStrings.xml", sst)]
    members += [(f"xl/worksheets/sheet{i}.xml", x) for i, (_, x) in enumerate(sheet_xml, 1)]
    data = _zipfile(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_styles(lang):
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (_XML + f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
            '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
            f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
            '</w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
            '<w:next w:val="Standard"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>'
            '<w:next w:val="Standard"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/>'
            '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
            '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="table" w:styleId="Tabellenraster"><w:name w:val="Table Grid"/><w:basedOn w:val="NormaleTabelle"/>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:tblPr><w:tblBorders>{border}</w:tblBorders></w:tblPr></w:style></w:styles>')


def _docx_par(text, style=None, bold=False, size=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    runs = []
    for k, line in enumerate(text.split("\n")):
        if k:
            runs.append(f"<w:r>{rpr}<w:br/></w:r>")
        if line:
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _docx(fn, blocks, author="Versicherer", octet=False, lang="de-DE", app="Microsoft Office Word", title=None):
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(_docx_par(b[1], "berschrift1" if len(b) < 3 or b[2] == 1 else "berschrift2"))
        elif b[0] == "p":
            body.append(_docx_par(b[1]))
        elif b[0] == "small":
            body.append(_docx_par(b[1], size=16))
        elif b[0] == "t":
            rows = b[1]
            nc = max(len(r) for r in rows)
            cw = 9070 // nc
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
                 "</w:tblPr><w:tblGrid>" + f'<w:gridCol w:w="{cw}"/>' * nc + "</w:tblGrid>"]
            for i, r in enumerate(rows):
                r = list(r) + [None] * (nc - len(r))
                t.append("<w:tr>" + "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/></w:tcPr>{_docx_par("" if v is None else str(v), bold=(i == 0))}</w:tc>'
                    for v in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = (_XML + f'<w:document xmlns:w="{_W}" xmlns:r="{_NS_R}"><w:body>' + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    rels = (_XML + f'<Relationships xmlns="{_NS_PR}">'
            f'<Relationship Id="rId1" Type="{_NS_R}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_NS_R}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")
    drels = (_XML + f'<Relationships xmlns="{_NS_PR}">'
             f'<Relationship Id="rId1" Type="{_NS_R}/styles" Target="styles.xml"/></Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", _ooxml_app(app)),
               ("docProps/core.xml", _ooxml_core(author, title)), ("word/document.xml", doc),
               ("word/_rels/document.xml.rels", drels), ("word/styles.xml", _docx_styles(lang))]
    data = _zipfile(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')


def _odf(fn, mimetype, body_xml, auto_styles, author, kind, generator):
    stamp = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    content = (_XML.replace(' standalone="yes"', "") + f'<office:document-content {_ODF_NS} office:version="1.2">'
               f"<office:automatic-styles>{auto_styles}</office:automatic-styles>"
               f"<office:body>{body_xml}</office:body></office:document-content>")
    styles = (_XML.replace(' standalone="yes"', "") + f'<office:document-styles {_ODF_NS} office:version="1.2">'
              '<office:font-face-decls/><office:styles><style:default-style style:family="paragraph">'
              '<style:text-properties fo:font-size="10pt"/></style:default-style></office:styles>'
              "</office:document-styles>")
    meta = (_XML.replace(' standalone="yes"', "") + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'office:version="1.2"><office:meta>'
            f"<meta:generator>{_x(generator)}</meta:generator><meta:initial-creator>{_x(author)}</meta:initial-creator>"
            f"<meta:creation-date>{stamp}</meta:creation-date><dc:creator>{_x(author)}</dc:creator><dc:date>{stamp}</dc:date>"
            "</office:meta></office:document-meta>")
    manifest = (_XML.replace(' standalone="yes"', "") + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    data = _zipfile([("mimetype", mimetype), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                     ("META-INF/manifest.xml", manifest)], _STAMP[0], first_stored="mimetype")
    return Att(fn, data, "application", mimetype.split("/")[1], kind=kind)


def _ods(fn, sheets, author="Versicherer", generator="LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2"):
    tabs = []
    for name, rows in sheets.items():
        nc = max((len(r) for r in rows), default=1) or 1
        t = [f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{nc}"/>']
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{_x(v)}</text:p></table:table-cell>')
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            t.append("<table:table-row>" + ("".join(cells) or "<table:table-cell/>") + "</table:table-row>")
        t.append("</table:table>")
        tabs.append("".join(t))
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(tabs) + "</office:spreadsheet>", "", author, "ods", generator)


def _odt(fn, blocks, author="Versicherer", generator="LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2"):
    auto = ('<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="14pt" '
            'fo:font-weight="bold"/></style:style><style:style style:name="Small" style:family="paragraph">'
            '<style:text-properties fo:font-size="7pt"/></style:style>')
    out = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="H1" text:outline-level="{b[2] if len(b) > 2 else 1}">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            st = ' text:style-name="Small"' if b[0] == "small" else ""
            for line in b[1].split("\n"):
                out.append(f"<text:p{st}>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            nc = max(len(r) for r in rows)
            t = [f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{nc}"/>']
            for r in rows:
                r = list(r) + [None] * (nc - len(r))
                t.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                    + "</table:table-row>")
            t.append("</table:table>")
            out.append("".join(t))
    return _odf(fn, "application/vnd.oasis.opendocument.text", "<office:text>" + "".join(out) + "</office:text>",
                auto, author, "odt", generator)


_PDF_MAP = str.maketrans({"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " ",
                          "\u202f": " ", "‑": "-"})

# Helvetica glyph widths (1/1000 em) for ASCII 32..126 (Adobe core font metrics)
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
         556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
         556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
         556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
         500, 500, 500, 334, 260, 334, 584]


def _pdf_w(s, size, bold=False):
    import unicodedata
    w = 0
    for ch in s:
        o = ord(ch)
        if 32 <= o <= 126:
            cw = _HELV[o - 32]
        else:
            base = unicodedata.normalize("NFKD", ch)[:1]
            cw = _HELV[ord(base) - 32] if base and 32 <= ord(base) <= 126 else 611
        w += cw * (1.08 if bold else 1.0)
    return w * size / 1000.0


def _pdf_wrap(text, width, size, bold=False):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if _pdf_w(cand, size, bold) <= width or not cur:
                cur = cand
                while _pdf_w(cur, size, bold) > width and len(cur) > 1:   # a single overlong word: hard split
                    k = len(cur)
                    while k > 1 and _pdf_w(cur[:k], size, bold) > width:
                        k -= 1
                    lines.append(cur[:k])
                    cur = cur[k:]
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
    return lines


def _pdf_str(s):
    b = s.translate(_PDF_MAP).encode("cp1252", "replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c <= 126:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False, creator="Siegel dev20 corpus",
         producer="Siegel dev20 stdlib PDF writer"):
    """PDF 1.4, standard Helvetica fonts (WinAnsiEncoding, so German umlauts work, € is a glyph),
    uncompressed content streams, one xref section.  'unicode' is accepted for compatibility:
    characters outside cp1252 are replaced by '?'."""
    PW, PH, LM, RM, TM, BM = 595.28, 841.89, 56.69, 56.69, 51.02, 56.69
    W = PW - LM - RM
    pages, ops = [], []
    y = [PH - TM]

    def newpage():
        if ops:
            pages.append(list(ops))
        ops.clear()
        y[0] = PH - TM

    def need(h):
        if y[0] - h < BM:
            newpage()

    def textline(x, s, size, bold=False):
        ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.2f} {y[0] - size:.2f} Td {_pdf_str(s)} Tj ET")

    for b in _blocks(blocks):
        kind = b[0]
        if kind in ("h", "p", "small"):
            size, lead, bold, gap = {"h": (13 if len(b) < 3 or b[2] == 1 else 11, 17, True, 6),
                                     "p": (10, 13, False, 6), "small": (7, 9, False, 3)}[kind]
            for line in _pdf_wrap(b[1], W, size, bold):
                need(lead)
                if line:
                    textline(LM, line, size, bold)
                y[0] -= lead
            y[0] -= gap
        elif kind == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            nc = max(len(r) for r in rows)
            rows = [r + [""] * (nc - len(r)) for r in rows]
            size, lead, pad = 8.5, 10.5, 2.5
            nat = [max(_pdf_w(r[j], size, True) for r in rows) + 2 * pad + 1 for j in range(nc)]
            if sum(nat) > W:
                fair = W / nc
                small = sum(x for x in nat if x <= fair)
                big = [j for j in range(nc) if nat[j] > fair]
                rest = W - small
                tot_big = sum(nat[j] for j in big)
                nat = [x if x <= fair else rest * x / tot_big for x in nat]
            for i, r in enumerate(rows):
                cells = [_pdf_wrap(c, nat[j] - 2 * pad, size, i == 0) for j, c in enumerate(r)]
                h = max(len(c) for c in cells) * lead + 2 * pad
                need(h)
                x = LM
                top = y[0]
                for j, c in enumerate(cells):
                    ops.append(f"0.5 w {x:.2f} {top - h:.2f} {nat[j]:.2f} {h:.2f} re S")
                    for k, line in enumerate(c):
                        if line:
                            ops.append(f"BT /{'F2' if i == 0 else 'F1'} {size:g} Tf {x + pad:.2f} "
                                       f"{top - pad - size - k * lead + 1:.2f} Td {_pdf_str(line)} Tj ET")
                    x += nat[j]
                y[0] = top - h
            y[0] -= 8
    newpage()

    objs = {}
    n_pages = len(pages)
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%SZ")
    info = [f"/Producer {_pdf_str(producer)}", f"/Creator {_pdf_str(creator)}", f"/CreationDate ({d})",
            f"/ModDate ({d})", f"/Author {_pdf_str(author)}"]
    if title:
        info.append(f"/Title {_pdf_str(title)}")
    objs[5] = "<< " + " ".join(info) + " >>"
    for i, pops in enumerate(pages):
        pn, cn = first_page + 2 * i, first_page + 2 * i + 1
        stream = "\n".join(pops).encode("latin-1")
        objs[pn] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PW:.2f} {PH:.2f}] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cn} 0 R >>")
        objs[cn] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        body = objs[k] if isinstance(objs[k], bytes) else objs[k].encode("latin-1")
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += (f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    data = bytes(out)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")



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
    salt = f"d20|{n}|{m.get('mid', '')}|{m['subj']}"
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
        if client == "mobile" and not m.get("sig"):
            text += "\n" + ("Von meinem iPhone gesendet" if lang == "de" else "Sent from my iPhone") + "\n"
        if m.get("quote"):
            text += "\n" + m["quote"].strip("\n") + "\n"
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
        fn = f"d20-{n:04d}.eml"
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


# --- standard-library readers used by --check ---

def _pdf_text(data):
    """Check the PDF structure (header, xref offsets, startxref, trailer) and return
    the text of all uncompressed content streams (Tj / TJ strings)."""
    assert data.startswith(b"%PDF-1."), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    xo = int(m.group(1))
    assert data[xo:xo + 4] == b"xref", "startxref does not point to xref"
    hm = re.match(rb"xref\s+0 (\d+)\s*\n", data[xo:])
    count = int(hm.group(1))
    pos = xo + hm.end()
    for k in range(count):
        entry = data[pos + 20 * k: pos + 20 * (k + 1)]
        assert len(entry) == 20 and entry.endswith((b" \n", b"\r\n")), ("bad xref entry", k)
        off, gen, typ = entry[:10], entry[11:16], entry[17:18]
        if typ == b"n":
            assert data[int(off):].startswith(b"%d %d obj" % (k, int(gen))), ("xref offset wrong", k)
    assert b"trailer" in data[pos + 20 * count:], "no trailer"
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        body = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b"\nendstream", "stream length wrong"
        for tm in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", body):
            s = tm.group(0)
            s = s[1:s.rindex(b")")]
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))
    return "\n".join(texts)


def _xml_text(blob):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(blob)
    return " ".join(t for t in root.itertext() if t.strip())


def _office_text(name, data):
    """Open an XLSX/DOCX/ODS/ODT container, parse every XML part and return its text."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    for n in names:
        if n.endswith((".xml", ".rels")):
            ET.fromstring(z.read(n))
    low = name.lower()
    if low.endswith((".ods", ".odt")):
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, "ODF mimetype not first/stored"
        mt = z.read("mimetype").decode()
        assert mt == ("application/vnd.oasis.opendocument.text" if low.endswith(".odt")
                      else "application/vnd.oasis.opendocument.spreadsheet"), mt
        assert "META-INF/manifest.xml" in names and "content.xml" in names
        return _xml_text(z.read("content.xml"))
    assert "[Content_Types].xml" in names and "_rels/.rels" in names
    if low.endswith(".docx"):
        return _xml_text(z.read("word/document.xml"))
    # xlsx: shared strings + inline values, every sheet listed in the workbook must exist
    wb = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    for rid in re.findall(r'r:id="(rId\d+)"', wb):
        tgt = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
        assert "xl/" + tgt in names, tgt
    import xml.etree.ElementTree as ET
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    shared = []
    if "xl/sharedStrings.xml" in names:
        shared = ["".join(si.itertext()) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(ns + "si")]
    out = []
    for n in sorted(x for x in names if x.startswith("xl/worksheets/sheet")):
        out.append(f"[{n}]")
        for row in ET.fromstring(z.read(n)).iter(ns + "row"):
            vals = []
            for c in row.iter(ns + "c"):
                v = c.find(ns + "v")
                v = "" if v is None else v.text
                vals.append(shared[int(v)] if c.get("t") == "s" else v)
            out.append(" | ".join(vals))
    return "\n".join(out)


def attachment_text(fname, data):
    """Text of one attachment as a reader would see it (used by --check and --text)."""
    low = (fname or "").lower()
    if low.endswith((".xlsx", ".docx", ".ods", ".odt")):
        return _office_text(low, data)
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return "\n".join(f"[{n}]\n" + attachment_text(n, z.read(n)) for n in z.namelist())
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ""



def check():
    from email import policy as P
    from email.parser import BytesParser
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0
    opened = Counter()

    def open_att(fn, fname, data):
        low = fname.lower()
        try:
            txt = attachment_text(low, data)
        except Exception as e:
            raise AssertionError((fn, fname, repr(e)))
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".pdf")):
            assert txt.strip(), (fn, fname, "no text")
        if low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            for name in z.namelist():
                open_att(fn, name, z.read(name))
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt")):
            assert data, fn
        opened[low.rsplit(".", 1)[-1] if "." in low else "?"] += 1

    for n, ((label, lang, kind, reason, m), line) in enumerate(zip(MAILS, lines), 1):
        fn = line.split("\t")[0]
        assert fn == f"d20-{n:04d}.eml", fn
        assert line.split("\t")[1:] == [label, lang, kind, reason], fn
        raw = (OUT / "mails" / fn).read_bytes()
        assert raw == compose(m, n).as_bytes(policy=SMTP), f"{fn}: differs from generator"
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        msg = BytesParser(policy=P.default).parsebytes(raw)
        assert not msg.defects, (fn, msg.defects)
        assert msg["Message-ID"] not in mids, fn
        mids.add(msg["Message-ID"])
        assert msg["Date"].datetime.year == 2026
        assert msg["From"].addresses[0].domain.endswith(DOM), fn
        stats["label"][label] += 1
        stats["lang"][lang] += 1
        stats["kind"][kind] += 1
        stats["ct"][msg.get_content_type()] += 1
        ks = att_kinds(m)
        if m.get("att"):
            with_att += 1
        for k in ks:
            stats["att"][k] += 1

        def walk(part):
            for p in part.walk():
                if p.is_multipart():
                    continue
                if p.defects:
                    raise AssertionError((fn, p.defects))
                if p.get_content_type() == "message/rfc822":
                    walk(p.get_payload(0))
                    continue
                cs = p.get_content_charset()
                if cs:
                    stats["charset"][cs] += 1
                stats["cte"][p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                fname = p.get_filename()
                data = p.get_payload(decode=True)
                if fname:
                    open_att(fn, fname, data)
                if p.get_content_maintype() == "text":
                    p.get_content()   # decodes with the declared charset
        walk(msg)
    print("mails:", len(MAILS), " with attachments:", with_att,
          " attachments opened:", ", ".join(f"{a}={b}" for a, b in opened.most_common()))
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
    ll = Counter((l, g) for l, g, *_ in MAILS)
    for l in LABELS.values():
        print(f"  {l}: de={ll[(l, 'de')]} en={ll[(l, 'en')]} total={ll[(l, 'de')] + ll[(l, 'en')]}")


def show_text(n):
    """Print headers, every text part and the text of every attachment of mail n."""
    from email import policy as P
    from email.parser import BytesParser
    label, lang, kind, reason, m = MAILS[n - 1]
    print(f"=== d20-{n:04d}  {label}  {lang}  {kind}\n    {reason}")
    msg = BytesParser(policy=P.default).parsebytes(compose(m, n).as_bytes(policy=SMTP))

    def walk(part, depth=0):
        ind = "  " * depth
        for h in ("From", "To", "Cc", "Subject", "Date"):
            if part[h]:
                print(f"{ind}{h}: {part[h]}")
        for p in part.walk():
            if p.is_multipart():
                continue
            if p.get_content_type() == "message/rfc822":
                print(f"{ind}--- message/rfc822 {p.get_filename() or ''}")
                walk(p.get_payload(0), depth + 1)
                continue
            fname = p.get_filename()
            print(f"{ind}--- {p.get_content_type()} {fname or ''}")
            if fname:
                print(attachment_text(fname, p.get_payload(decode=True)))
            elif p.get_content_maintype() == "text":
                print(p.get_content())
    walk(msg)

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


# ---------------------------------------------------------------- batch 1 (0001-0025)

# 0001
M("N", "de", "insurer-to-company",
  "trap: invitation to a bKV info day for a company's staff, lists dental/glasses benefits generically; no contract, no person data",
  frm=ADDR("ziegler"), to="Corinna Lüdtke <c.luedtke@moebelwerk-arnsberg.example>",
  subj="Infoveranstaltung betriebliche Krankenversicherung am 24.02. – Terminvorschlag",
  date="2026-01-13 10:42", sig="ziegler", ent="kv",
  body="""Sehr geehrte Frau Lüdtke,

vielen Dank für das freundliche Telefonat von gestern. Wie besprochen stellen wir die
betriebliche Krankenversicherung (bKV) Ihrer Belegschaft gern in einer kurzen
Infoveranstaltung vor, bevor Sie in der Geschäftsführung über die Einführung entscheiden.

Vorschlag:
  Dienstag, 24.02.2026, 13:30 bis 14:30 Uhr
  Kantine Werk 1, Arnsberg (Pausenzeit der Frühschicht ist ja dann schon vorbei)

Inhalt, etwa 30 Minuten Vortrag und danach Fragen:
  - Budgettarif 600 / 900 / 1.200 Euro im Jahr: Zahnreinigung, Brillen und Kontaktlinsen,
    Heilpraktiker, Vorsorgeuntersuchungen
  - Zahnersatz-Baustein als Option
  - was das für die Lohnabrechnung bedeutet (Sachbezug, 50-Euro-Grenze)
  - Mitversicherung von Familienangehörigen

Persönliche Daten der Mitarbeitenden brauchen wir für die Veranstaltung nicht; bitte
geben Sie auch keine Namenslisten an uns weiter. Wer später Fragen zur eigenen Situation
hat, kann sich direkt bei uns melden.

Die Einladung für Ihren Kalender hängt an. Wenn der Termin nicht passt, sagen Sie
einfach Bescheid.

Mit freundlichen Grüßen""",
  att=[ICS("Einladung_bKV_Infoveranstaltung.ics", "bkv-info-20260224-arnsberg@versicherer.example",
           "Infoveranstaltung bKV – Möbelwerk Arnsberg", "20260224T133000", "20260224T143000",
           ("Matthias Ziegler", "matthias.ziegler@versicherer.example"),
           [("Corinna Lüdtke", "c.luedtke@moebelwerk-arnsberg.example")],
           location="Möbelwerk Arnsberg, Kantine Werk 1",
           description="Vorstellung der betrieblichen Krankenversicherung (Budgettarif) für die Belegschaft.")])

# 0002
M("S", "de", "insurer-to-company",
  "bAV direct-insurance enrolment confirmation for a company; XLSX with four named employees, birth dates, salary conversion amounts and new life policy numbers",
  frm=ADDR("sommer"), to="Lohnbüro Stahlbau Kemper <lohn@stahlbau-kemper.example>",
  cc="Ralf Kemper <r.kemper@stahlbau-kemper.example>",
  subj="AW: Neuanmeldungen Direktversicherung zum 01.02.2026",
  date="2026-01-19 14:05", sig="sommer", ent="lv",
  irt="<6b1e2c0a-77de-4c41-9f02-kemper-lohn@stahlbau-kemper.example>",
  body="""Guten Tag Frau Schäfer,

die vier Neuanmeldungen aus Ihrer Mail vom 14.01. sind verarbeitet. Die Verträge laufen
ab 01.02.2026 unter Ihrem Gruppenvertrag GV-88140 (Tarif DV-Klassik 2025).

Die Übersicht mit den neuen Versicherungsnummern und den monatlichen Beiträgen aus der
Entgeltumwandlung liegt bei; bitte übernehmen Sie die Beiträge so in die Februar-Abrechnung.
Der Arbeitgeberzuschuss von 15 % ist jeweils schon enthalten.

Bei Herrn Yıldırım fehlt uns noch die unterschriebene Entgeltumwandlungsvereinbarung –
können Sie die bitte nachreichen? Bis dahin ist der Vertrag angelegt, aber noch nicht
policiert.

Viele Grüße""",
  quote=OQ("Lohnbüro Stahlbau Kemper <lohn@stahlbau-kemper.example>", "Mittwoch, 14. Januar 2026 11:12",
           "bav-service@versicherer.example", "Neuanmeldungen Direktversicherung zum 01.02.2026",
           """Hallo,

anbei wie besprochen die Neueintritte, die Entgeltumwandlung machen möchten. Unterlagen
gehen per Post raus.

Gruß
Melanie Schäfer
Lohnbüro / Personal
Stahlbau Kemper GmbH & Co. KG"""),
  att=[XLSX("Kemper_Neuanmeldungen_DV_2026-02.xlsx", {
      "Neuanmeldungen": [
          ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Entgeltumwandlung mtl. EUR", "AG-Zuschuss EUR", "Beitrag gesamt EUR", "Vers.-Nr.", "Status"],
          ["10457", "Brinkmann", "Lea", "03.07.1998", "01.02.2026", 150.0, 22.5, 172.5, "LV 7 114 208 331", "policiert"],
          ["10461", "Yıldırım", "Emre", "21.11.1991", "01.02.2026", 248.0, 37.2, 285.2, "LV 7 114 208 349", "offen – EUV fehlt"],
          ["10463", "Wessels", "Hendrik", "09.02.1976", "01.02.2026", 100.0, 15.0, 115.0, "LV 7 114 208 357", "policiert"],
          ["10470", "Pohlmann", "Sandra", "30.05.1985", "01.02.2026", 200.0, 30.0, 230.0, "LV 7 114 208 365", "policiert"],
      ]}, author="Katrin Sommer")])

# 0003
M("C", "de", "insurer-to-broker",
  "harmless body; only in the XLSX attachment: motor renewal list with named policyholders, plates, no-claims classes and premiums",
  frm=ADDR("berger"), to="Bestandsservice FinanzKontor Nord <bestand@finanzkontor-nord.example>",
  subj="Hauptfälligkeit 01.01.2026 – Kfz-Verträge Ihrer Anbindung mit Beitragsänderung > 10 %",
  date="2026-01-07 08:31", sig="berger",
  body="""Hallo zusammen,

wie jedes Jahr nach der Hauptfälligkeit: In der Anlage die Kfz-Verträge Ihrer
Untervermittler, bei denen sich der Beitrag zum 01.01. um mehr als 10 % geändert hat
(Typklassen- und Regionalklassenänderung, SF-Rückstufung nach Schaden, Tarifwechsel).

Die Liste ist nach Untervermittler-Nummer sortiert. Spalte "Grund" nennt die
Hauptursache, es können mehrere zusammenkommen. Die Kunden haben ihre Nachträge
bereits Mitte Dezember bekommen; es geht nur darum, dass Ihre Leute bei Rückfragen
vorbereitet sind.

Kündigungen, die bei Ihnen eingegangen sind, bitte wie gewohnt über das Maklerportal
hochladen, nicht per Mail.

Beste Grüße""",
  att=[XLSX("FKN_Kfz_HF2026_Beitragsaenderung.xlsx", {
      "Kfz HF 2026": [
          ["UV-Nr.", "Vertrag", "Versicherungsnehmer", "Kennzeichen", "SF KH alt", "SF KH neu", "Beitrag 2025 EUR", "Beitrag 2026 EUR", "Änderung %", "Grund"],
          ["UV 3310", "KF-5521-90417", "Ostermann, Bernd", "HH-BO 1962", "SF 12", "SF 4", 612.4, 918.7, 50.0, "Rückstufung nach KH-Schaden"],
          ["UV 3310", "KF-5521-90822", "Neumeyer, Frauke", "PI-FN 228", "SF 8", "SF 9", 488.1, 551.3, 12.9, "Typklasse VK 21→24"],
          ["UV 3310", "KF-5521-91305", "Tischler Haustechnik GmbH", "HH-TH 410", "SF 3", "SF 4", 1211.0, 1387.6, 14.6, "Regionalklasse"],
          ["UV 3318", "KF-5521-88016", "Çelik, Murat", "HH-MC 7007", "SF 1/2", "SF 1", 1402.9, 1566.2, 11.6, "Tarifwechsel Kompakt→Plus"],
          ["UV 3318", "KF-5521-88430", "Lorenzen, Ute", "SE-UL 55", "SF 22", "SF 23", 301.8, 337.0, 11.7, "Typklasse TK 17→19"],
          ["UV 3318", "KF-5521-89911", "Schwarz, Dietmar", "HH-DS 3104", "SF 6", "SF 2", 702.0, 1104.5, 57.3, "Rückstufung nach KH- und VK-Schaden"],
          ["UV 3402", "KF-5521-70118", "Brodersen, Kirsten", "NF-KB 91", "SF 15", "SF 16", 377.5, 421.0, 11.5, "Regionalklasse"],
          ["UV 3402", "KF-5521-70544", "Petersen, Hauke", "NF-HP 1", "SF 30", "SF 31", 289.9, 334.2, 15.3, "Typklasse VK 25→28"],
          ["UV 3402", "KF-5521-71002", "Abramowski, Jan", "FL-JA 404", "SF 0", "SF 1/2", 1650.0, 1870.4, 13.4, "Fahrerkreis erweitert (unter 23)"],
          ["UV 3407", "KF-5521-60339", "Gerdes, Anke", "OL-AG 812", "SF 9", "SF 10", 455.6, 507.9, 11.5, "Typklasse"],
          ["UV 3407", "KF-5521-61207", "Hinrichs, Tobias", "OL-TH 63", "SF 5", "SF 2", 640.2, 941.0, 47.0, "Rückstufung nach KH-Schaden"],
      ]}, author="Nina Berger")])

# 0004
M("N", "en", "insurer-to-reinsurer",
  "trap: storm event loss aggregation by two-digit postcode area for the cat XL reinsurer; counts and amounts only, no policyholders",
  frm=ADDR("stone"), to="Property Cat Team <propertycat@atlantic-re.example>",
  cc="Uwe Lange <uwe.lange@versicherer.example>",
  subj="Windstorm \"Heike\" (11-12 Feb 2026) – loss aggregation as of 28 Feb",
  date="2026-03-02 16:20", sig="stone", lang="en",
  body="""Dear colleagues,

please find attached our first formal loss aggregation for windstorm "Heike" under the
2026 property cat XL programme (treaty ref. ATL-CXL-2026-017).

Summary as of 28 February:

  reported claims          14,212
  paid to date             EUR 11.8m
  outstanding (case)       EUR 23.4m
  IBNR estimate            EUR 9.0m
  total incurred incl IBNR EUR 44.2m

We are still below the retention of EUR 60m, so this is for information only; no cash
call is expected at this stage. Most of the volume is roof and facade damage in
buildings insurance, with a long tail of household and a few commercial property losses
in the Münsterland and Lower Saxony.

The split by postcode area (two-digit) and line is in the spreadsheet. We will send the
next update at the end of March or earlier if the incurred figure passes EUR 50m.

Kind regards""",
  att=[XLSX("Heike_loss_aggregation_2026-02-28.xlsx", {
      "by PLZ area": [
          ["PLZ area", "Line", "Claims reported", "Paid EUR", "Outstanding EUR", "Incurred EUR"],
          ["26", "Buildings", 1830, 1402000, 2915000, 4317000],
          ["26", "Household", 412, 98000, 141000, 239000],
          ["27", "Buildings", 1207, 1010000, 2360000, 3370000],
          ["28", "Buildings", 960, 744000, 1630000, 2374000],
          ["44", "Buildings", 1522, 1266000, 2488000, 3754000],
          ["45", "Buildings", 1110, 912000, 1877000, 2789000],
          ["46", "Buildings", 988, 805000, 1702000, 2507000],
          ["48", "Buildings", 2675, 2390000, 4620000, 7010000],
          ["48", "Commercial property", 38, 402000, 1980000, 2382000],
          ["49", "Buildings", 2106, 1730000, 2810000, 4540000],
          ["49", "Household", 503, 121000, 166000, 287000],
          ["other", "all lines", 861, 920000, 711000, 1631000],
          ["Total", "", 14212, 11800000, 23400000, 35200000],
      ],
      "notes": [["Note"], ["IBNR (EUR 9.0m) is not allocated to postcode areas."],
                ["Figures gross of deductibles, net of recoveries; EUR rounded to thousands."]]},
      author="Rebecca Stone")])

# 0005
M("S", "en", "insurer-to-reinsurer",
  "facultative life submission to a reinsurer: named applicant, birth date, sum assured and a PDF medical summary (hypertension, HbA1c, ECG)",
  frm=ADDR("hasselbach"), to="Dr. Fiona McBride <fiona.mcbride@atlantic-re.example>",
  subj="[secure] Fac submission term life – Wehrle, SA EUR 3.2m",
  date="2026-01-22 11:50", sig="hasselbach", ent="lv", lang="en",
  body="""Dear Fiona,

as announced on the phone, here is the facultative submission for a term life case that
exceeds our automatic capacity under the surplus treaty.

Life assured: Dr. Konstantin Wehrle, born 14 May 1971, dentist (self-employed),
non-smoker. Sum assured EUR 3,200,000, term 15 years, purpose: business loan cover for
the practice purchase. Our retention would be EUR 750,000, so we are asking you for
EUR 2,450,000.

Medically the case is not straightforward but acceptable in our view; details in the
attached summary. In short: treated essential hypertension (I10) since 2019, well
controlled on ramipril 5 mg; BMI 29.4; HbA1c 5.9 % (prediabetic range) on two
measurements; resting ECG normal, stress ECG from December without ischaemic signs.
Our own proposal would be +50 % extra mortality.

The full GP report and lab values are available in the portal if you want to see them.
We would appreciate your decision by 5 February, since the bank wants the policy by
mid-February.

Best regards,
Ulrike""",
  att=[PDF("Fac_Wehrle_medical_summary.pdf", [
      ("h", "Facultative submission – medical summary"),
      ("p", "Cedant: Versicherer Lebensversicherung AG, Cologne. Underwriter: Dr. med. Ulrike Hasselbach.\nCase ref.: FAC-L-2026-0031"),
      ("t", [["Item", "Value"],
             ["Life assured", "Dr. Konstantin Wehrle"],
             ["Date of birth", "14.05.1971"],
             ["Occupation", "Dentist, self-employed (own practice)"],
             ["Product", "Term life, level sum assured, 15 years"],
             ["Sum assured", "EUR 3,200,000 (retention EUR 750,000)"],
             ["Smoker status", "Non-smoker (cotinine negative)"]]),
      ("h", "Medical findings", 2),
      ("t", [["Finding", "Date", "Result"],
             ["Blood pressure (3 readings)", "08.01.2026", "138/86, 134/84, 136/88 mmHg"],
             ["Diagnosis", "since 2019", "I10 essential hypertension, ramipril 5 mg daily"],
             ["BMI", "08.01.2026", "29.4 (184 cm, 99.6 kg)"],
             ["HbA1c", "11/2025 and 01/2026", "5.9 % / 5.9 %"],
             ["Lipids", "01/2026", "Total cholesterol 232 mg/dl, LDL 151 mg/dl"],
             ["Resting ECG", "08.01.2026", "Sinus rhythm, normal"],
             ["Stress ECG", "12.12.2025", "175 W, no ST changes, no arrhythmia"]]),
      ("p", "Assessment: mild, well-controlled hypertension with borderline glucose metabolism and "
            "moderate overweight. No end-organ damage. Proposed rating: +50 % extra mortality, no exclusions."),
      ("small", "Confidential medical information - to be used for the underwriting of this case only.")],
      title="FAC-L-2026-0031 medical summary", author="Dr. Ulrike Hasselbach")])

# 0006
M("C", "de", "insurer-to-assessor",
  "loss adjuster instruction for a water damage in a named policyholder's house: address, claim number, phone (buildings line)",
  frm=ADDR("lange"), to="Ingenieurbüro Falkner <auftrag@ib-falkner.example>",
  subj="Besichtigungsauftrag LW-Schaden 26-WG-004417 / Brückner, Hilden",
  date="2026-01-28 09:02", sig="lange",
  body="""Sehr geehrter Herr Falkner,

wir beauftragen Sie mit der Besichtigung des folgenden Leitungswasserschadens:

Schadennummer:       26-WG-004417
Versicherungsnehmer: Thomas und Gabriele Brückner
Risikoort:           Am Eichenwäldchen 7, 40721 Hilden (Einfamilienhaus, Bj. 1978)
Vertrag:             Wohngebäude, WG-3318-2207-5
Schadentag:          24.01.2026
Kontakt VN:          Frau Brückner, 0171 5583021 (tagsüber erreichbar)

Nach Angabe der VN ist im Obergeschoss eine Kupferleitung in der Wand zum Bad geplatzt;
das Wasser ist durch die Decke ins Wohnzimmer gelaufen. Ein Trocknungsunternehmen
(Fa. Aquadry) ist seit dem 26.01. vor Ort. Bitte prüfen Sie insbesondere

1. Ursache (Frost? Korrosion? Vorschaden im Bestand?),
2. Umfang der Durchfeuchtung, Notwendigkeit und Dauer der Trocknung,
3. Angemessenheit des Kostenvoranschlags der Fa. Bauer Sanitär (4.870 EUR brutto),
4. Hinweise auf Schimmel.

Honorar nach unserer Rahmenvereinbarung (Stufe 2). Bericht bitte innerhalb von 10
Arbeitstagen nach Besichtigung.

Mit freundlichen Grüßen""")

# 0007
M("N", "de", "insurer-to-supplier",
  "trap: partner-workshop price agreement 2026 (hourly rates, paint material, rental car rates) as a PDF table; company data only",
  frm=ADDR("brenner"), to="Werkstattnetz Rheinland <info@werkstattnetz-rheinland.example>",
  subj="Konditionen Partnerwerkstätten 2026 – unterschriebene Fassung",
  date="2026-01-09 15:48", sig="brenner",
  body="""Sehr geehrte Damen und Herren,

anbei die von uns gegengezeichnete Konditionenvereinbarung für 2026. Gegenüber 2025
haben sich die Stundenverrechnungssätze um 4,5 % erhöht; Lackmaterial bleibt bei der
Pauschale nach AZT. Neu ist die Staffel für Kalibrierungen von Fahrerassistenzsystemen.

Bitte verteilen Sie die Übersicht an die angeschlossenen Betriebe. Die Originale gehen
Ihnen zusätzlich per Post zu.

Freundliche Grüße""",
  att=[PDF("Konditionen_Partnerwerkstaetten_2026.pdf", [
      ("h", "Konditionenvereinbarung Partnerwerkstätten 2026"),
      ("p", "zwischen der Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln, und dem "
            "Werkstattnetz Rheinland e.V. (für die angeschlossenen Mitgliedsbetriebe). Gültig 01.01.2026 bis 31.12.2026."),
      ("t", [["Leistung", "Satz 2025", "Satz 2026", "Bemerkung"],
             ["Mechanik (AW = 6 Min.)", "14,20 EUR", "14,84 EUR", "netto je AW"],
             ["Karosserie", "14,90 EUR", "15,57 EUR", "netto je AW"],
             ["Lackierung", "15,60 EUR", "16,30 EUR", "netto je AW"],
             ["Lackmaterial", "AZT-Pauschale", "AZT-Pauschale", "unverändert"],
             ["Kalibrierung Frontkamera", "-", "189,00 EUR", "pauschal"],
             ["Kalibrierung Radar", "-", "229,00 EUR", "pauschal"],
             ["Hol- und Bringservice", "49,00 EUR", "49,00 EUR", "bis 25 km"],
             ["Ersatzwagen Klasse B", "39,00 EUR/Tag", "41,00 EUR/Tag", "inkl. 150 km"],
             ["Ersatzwagen Klasse D", "55,00 EUR/Tag", "57,50 EUR/Tag", "inkl. 150 km"]]),
      ("p", "Rechnungen sind elektronisch über die Schnittstelle zum Schadenportal einzureichen. "
            "Zahlungsziel 14 Tage nach Eingang der prüffähigen Rechnung."),
      ("small", "Köln, 08.01.2026 - für die Versicherer Allgemeine Versicherung AG: Markus Brenner, Andreas Köhnen")],
      title="Konditionen Partnerwerkstätten 2026", author="Markus Brenner")])

# 0008
M("C", "de", "workshop",
  "inline forward of a workshop invoice: named customer, plate, claim number and repair amount in a motor liability claim; nobody hurt",
  frm=ADDR("brenner"), to=ADDR("becker"),
  subj="WG: Rechnung 2026-0188 / Ihr Schaden KH-26-018342",
  date="2026-02-11 13:27", sig="brenner", sigstyle="short",
  body="""Hallo Hannes,

kannst du die Zahlung bitte anstoßen? Rechnung ist geprüft und stimmt mit dem Gutachten
überein (Abweichung 12 Euro, geschenkt). Zahlung direkt an die Werkstatt, die
Abtretungserklärung der Geschädigten liegt in der Akte.

Danke!
Markus""",
  quote=FW("Autohaus Wiesner GmbH <service@autohaus-wiesner.example>", "10.02.2026 17:55",
         "schaden-kfz@versicherer.example", "Rechnung 2026-0188 / Ihr Schaden KH-26-018342",
         """Sehr geehrte Damen und Herren,

anbei unsere Rechnung über die Instandsetzung des Fahrzeugs Ihrer Anspruchstellerin.

Kundin:           Frau Melanie Tönnies, Bergisch Gladbach
Fahrzeug:         VW Golf VIII, GL-MT 482
FIN:              WVWZZZCDZMW052871
Schaden-Nr.:      KH-26-018342 (Ihr VN: Herr Dirk Albers)
Reparatur:        Stoßfänger hinten, Heckklappe, Rückleuchte links, Parksensoren
Rechnungsbetrag:  3.612,07 EUR brutto

Die Abtretung liegt Ihnen vor. Bitte überweisen Sie auf unser bekanntes Konto.

Mit freundlichen Grüßen
Autohaus Wiesner GmbH
Serviceannahme
Kölner Straße 188, 51429 Bergisch Gladbach"""),
  att=[PDF("Rechnung_2026-0188.pdf", [
      ("h", "Autohaus Wiesner GmbH - Rechnung 2026-0188"),
      ("p", "Rechnungsempfänger: Versicherer Allgemeine Versicherung AG, Schadenservice Kraftfahrt, 50667 Köln\n"
            "Auftraggeberin: Melanie Tönnies, Am Lerchenfeld 3, 51429 Bergisch Gladbach\n"
            "Fahrzeug: VW Golf VIII, amtl. Kennzeichen GL-MT 482, FIN WVWZZZCDZMW052871, km-Stand 41.208\n"
            "Ihre Schadennummer: KH-26-018342"),
      ("t", [["Pos.", "Bezeichnung", "Menge", "Betrag EUR"],
             ["1", "Stoßfänger hinten erneuern, lackieren", "1", "1.094,20"],
             ["2", "Heckklappe instandsetzen, lackieren", "1", "918,60"],
             ["3", "Rückleuchte links (Teil)", "1", "402,15"],
             ["4", "Parksensoren hinten (2 Stk.), anlernen", "2", "298,40"],
             ["5", "Lackmaterial", "", "322,00"],
             ["", "Summe netto", "", "3.035,35"],
             ["", "MwSt. 19 %", "", "576,72"],
             ["", "Gesamtbetrag", "", "3.612,07"]]),
      ("small", "Autohaus Wiesner GmbH, Kölner Straße 188, 51429 Bergisch Gladbach, HRB 61234 AG Köln")],
      title="Rechnung 2026-0188", author="Autohaus Wiesner")])

# 0009
M("S", "de", "authority",
  "forward of a German pension insurance (DRV) letter about a named insured's disability pension and medical report, for the BU claim",
  frm=ADDR("stanek"), to="Team BU-Leistung <bu-leistung@versicherer.example>",
  subj="WG: Ihr Schreiben vom 12.01.2026 – Versicherte Petra Hollmann",
  date="2026-02-03 10:15", sig="stanek", sigstyle="short", ent="lv",
  body="""Zur Info und zur Akte BU-2025-11873 (Hollmann).

Die DRV hat geantwortet: volle Erwerbsminderungsrente ist bewilligt, befristet. Das
Gutachten kommt gesondert, da wir die Schweigepflichtentbindung nur in Kopie geschickt
hatten – Original ist heute rausgegangen. Ich lege die Wiedervorlage auf den 03.03.

Oliver""",
  quote=FW("Deutsche Rentenversicherung Westfalen <poststelle@drv-westfalen.example>", "02.02.2026 14:40",
         "Oliver Stanek <oliver.stanek@versicherer.example>", "Ihr Schreiben vom 12.01.2026 – Versicherte Petra Hollmann",
         """Sehr geehrter Herr Stanek,

Ihre Anfrage vom 12.01.2026 zur Versicherten

  Petra Hollmann, geb. 11.09.1969, Versicherungsnummer 12 110969 H 042

beantworten wir aufgrund der vorgelegten Einwilligung der Versicherten wie folgt:

Der Versicherten wurde mit Bescheid vom 18.12.2025 eine Rente wegen voller
Erwerbsminderung ab 01.07.2025 bewilligt, befristet bis 30.06.2028. Grundlage ist das
sozialmedizinische Gutachten vom 04.11.2025 (Hauptdiagnose: rezidivierende depressive
Störung, gegenwärtig schwere Episode, F33.2; Nebendiagnose: Fibromyalgie, M79.70).
Das Leistungsvermögen auf dem allgemeinen Arbeitsmarkt wurde mit unter drei Stunden
täglich eingeschätzt.

Eine Kopie des Gutachtens übersenden wir nach Eingang der Originaleinwilligung.

Mit freundlichen Grüßen
Im Auftrag
Schulze-Ebbinghaus
Deutsche Rentenversicherung Westfalen, Abteilung Rehabilitation und Rente"""))

# 0010
M("N", "en", "insurer-to-supplier",
  "IT vendor maintenance window for the print/output management system, with calendar invite; technical only",
  frm=ADDR("pohl"), to="Ravi Subramanian <ravi.subramanian@printstream-solutions.example>",
  cc="Lukas Hoffmann <lukas.hoffmann@versicherer.example>",
  subj="RE: Planned upgrade OMS 7.4 -> 7.6, production",
  date="2026-02-06 17:03", sig="pohl", sigstyle="short", lang="en",
  irt="<CAK4f9s2q8Zr@mail.printstream-solutions.example>",
  body="""Hi Ravi,

confirmed from our side: Saturday 21 February, 06:00–12:00 CET. Our print centre will
not run any batch jobs that morning; the last run on Friday ends around 22:30.

Two requests:
- please do the rollback test on the staging system first (Thursday is fine), and
  send us the test protocol before we give the final go;
- the archive interface (PDF/A export) must be tested right after the upgrade, before
  we release the Monday batch.

Lukas from our service desk will be on call. Invite attached.

Thanks,
Verena""",
  quote=OQ("Ravi Subramanian", "Thursday, February 5, 2026 9:14 AM", "Verena Pohl", "Planned upgrade OMS 7.4 -> 7.6, production",
           """Hi Verena,

we would like to upgrade your production OMS to 7.6 (fixes the font substitution issue
in the barcode module). Proposed window: Sat 21 Feb, 6-12 CET. Expected downtime 3h.

Best, Ravi""", lang="en"),
  att=[ICS("OMS_upgrade_window.ics", "oms-upgrade-20260221@versicherer.example",
           "OMS 7.6 upgrade – production (PrintStream)", "20260221T060000", "20260221T120000",
           ("Verena Pohl", "verena.pohl@versicherer.example"),
           [("Ravi Subramanian", "ravi.subramanian@printstream-solutions.example"),
            ("Lukas Hoffmann", "lukas.hoffmann@versicherer.example")],
           location="Remote / VPN", description="Upgrade OMS 7.4 to 7.6. Rollback plan: restore snapshot taken 05:45.")])

# 0011
M("C", "en", "insurer-to-company",
  "marine cargo open cover renewal for a company policyholder with a named contact person, rates and policy number",
  frm=ADDR("osei"), to="Lena Vos <l.vos@hansa-coffee-import.example>",
  subj="Open cover 44-TR-20117 – renewal terms 2026/27",
  date="2026-02-19 12:36", sig="osei", lang="en",
  body="""Dear Ms Vos,

thank you for the declarations for the second half of 2025 – all received and booked.

For the renewal of your open cover 44-TR-20117 on 1 April 2026 we can offer the
following terms, based on the declared annual turnover of EUR 38.5m (green coffee,
sea freight from Santos, Cartagena, Mombasa and Ho Chi Minh City to Hamburg, plus
onward road transport to your roasting customers):

  - conditions: ICC (A) incl. war and strikes, warehouse-to-warehouse
  - rate: 0.062 % on declared values (2025/26: 0.058 %)
  - deductible: EUR 2,500 per shipment, moisture/condensation EUR 5,000
  - limit per vessel: EUR 4.0m, per storage location: EUR 2.5m
  - minimum and deposit premium: EUR 21,000

The rate increase reflects the two sweat-damage losses last year and the general
market situation in the Red Sea. If you can document container desiccant use and
ventilated containers for the Mombasa route, we can reduce the moisture deductible to
EUR 3,500.

Please confirm by 15 March so that the documents are ready in time.

Kind regards""")

# 0012
M("N", "de", "newsletter",
  "trap: broker newsletter (HTML + text): commission model news, BU tariff update, webinar dates; no persons, no contracts",
  frm="Vertriebspartner-News <newsletter@versicherer.example>", to="maklerinfo-verteiler@versicherer.example",
  subj="Partner-News 2/2026: Neue Courtage-Staffel Gewerbe, BU-Update, Webinare im März",
  date="2026-02-24 07:00", html=True, client="system", mailer="Newsletter2Go Relay",
  headers={"List-Unsubscribe": "<https://news.versicherer.example/abmelden?l=partner>", "Precedence": "bulk"},
  body="""Partner-News 2/2026

Liebe Vertriebspartnerinnen und Vertriebspartner,

der Februar war stürmisch – im wörtlichen Sinne. Danke für Ihre Unterstützung bei der
Schadenmeldung nach Sturm "Heike": über 60 % der Meldungen kamen digital über das
Maklerportal, die Bearbeitungszeit lag im Schnitt bei 4,2 Tagen.

1. Neue Courtage-Staffel im Gewerbegeschäft
Ab 01.04.2026 gilt für Betriebshaftpflicht und Inhalt eine Staffel nach Jahresneugeschäft:
bis 25.000 Euro 15 %, bis 75.000 Euro 17,5 %, darüber 20 %. Die Bestandscourtage
bleibt unverändert. Details im Partnerbereich unter "Vergütung".

2. BU-Update
Die Gesundheitsfragen im BU-Antrag wurden vereinfacht: Statt zehn Jahre fragen wir bei
ambulanten Behandlungen nur noch fünf Jahre zurück; psychotherapeutische Behandlungen
weiterhin zehn Jahre. Für Schüler und Studierende gibt es eine Einstiegsoption ohne
Gesundheitsprüfung bis 1.000 Euro Monatsrente (Details im Produktblatt).

3. Webinare im März
  - 05.03., 10:00 Uhr: bKV mit Budgettarif – so erklären Sie es dem Arbeitgeber
  - 12.03., 14:00 Uhr: Cyber für kleine Betriebe
  - 19.03., 10:00 Uhr: Maklerportal – neue Funktionen im Posteingang
Anmeldung im Partnerbereich; die Webinare sind IDD-weiterbildungsfähig (je 60 Minuten).

4. In eigener Sache
Unsere Maklerbetreuung Nord ist ab März unter einer neuen Sammelnummer erreichbar:
0221 555-1100.

Ihr Team Vertriebspartner-Service

Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner registriert sind.
Abmelden: https://news.versicherer.example/abmelden?l=partner
Versicherer Holding AG, Rheinuferstraße 12, 50667 Köln""")

# 0013
M("S", "de", "insurer-to-broker",
  "underwriting queries to a broker about his client's BU application: back pain M54.5, physiotherapy, psychotherapy question",
  frm=ADDR("schulte"), to="Tim Albers <kontakt@vorsorge-albers.example>",
  subj="Rückfragen BU-Antrag Jana Roloff / Antrags-Nr. A-BU-2026-00813",
  date="2026-02-10 11:08", sig="schulte", ent="lv",
  body="""Sehr geehrter Herr Albers,

vielen Dank für den BU-Antrag Ihrer Kundin, Frau Jana Roloff (Physiotherapeutin,
geb. 17.03.1994, beantragte Rente 1.800 Euro). Bevor wir entscheiden können, brauchen
wir noch Folgendes:

1. Frau Roloff gibt "Rückenschmerzen 2024, ausgeheilt" an. Laut beigefügtem
   Arztbericht wurde im Mai 2024 eine Lumbago (M54.5) mit 12 Einheiten Krankengymnastik
   behandelt. Bitte lassen Sie den Fragebogen Wirbelsäule (Formular RP-07) ausfüllen –
   insbesondere: Ausstrahlung in die Beine? Bildgebung (MRT)? Arbeitsunfähigkeit?
2. Frage 5c (Psychotherapie) ist mit "nein" beantwortet, im Kassenauszug taucht aber
   eine Abrechnung "Psychotherapeutische Sprechstunde" vom Oktober 2022 auf. Bitte
   klären Sie mit Ihrer Kundin, ob es bei einer Sprechstunde geblieben ist.
3. Für die Berufsgruppe benötigen wir den Anteil körperlicher Tätigkeit in Prozent.

Mit hoher Wahrscheinlichkeit wird es auf einen Ausschluss der Wirbelsäule oder einen
Zuschlag hinauslaufen, je nach Fragebogen. Sie können die Unterlagen gern über das
Maklerportal hochladen.

Mit freundlichen Grüßen""")

# 0014
M("N", "en", "internal",
  "trap: Q4 group accident portfolio KPIs by industry (contracts, insured lives, premium, loss ratio) for management; aggregates only",
  frm=ADDR("kaya"), to="Executive Committee Office <exco-office@versicherer.example>",
  cc=ADDR("morgan"),
  subj="Group accident portfolio – KPI pack Q4 2025",
  date="2026-01-30 18:12", sig="kaya", sigstyle="short", lang="en",
  body="""Dear all,

attached is the KPI pack for the group accident portfolio, Q4 2025, for Tuesday's
ExCo meeting. Headlines:

- 1,184 group contracts (+6 % yoy), about 61,300 insured lives
- gross written premium EUR 14.9m (+8 %)
- loss ratio 52 % (2024: 47 %), driven by construction and logistics
- two large losses above EUR 500k (both permanent disability, both construction)

We propose a rate increase of 7 % for risk class B (manual work) at renewal and a
stricter review of safety certificates for construction companies with more than
50 employees. The breakdown by industry is in the workbook; figures are not split
below 20 contracts to avoid identifying single customers.

Best,
Selin""",
  att=[XLSX("GroupAccident_KPI_Q4-2025.xlsx", {
      "by industry": [
          ["Industry", "Contracts", "Insured lives", "GWP EUR", "Claims reported", "Loss ratio"],
          ["Construction", 212, 9840, 3120000, 388, 0.71],
          ["Logistics / transport", 148, 8120, 2280000, 251, 0.64],
          ["Manufacturing", 301, 19400, 4010000, 402, 0.49],
          ["Trade / retail", 226, 10200, 2150000, 199, 0.41],
          ["Services / office", 254, 12600, 2740000, 170, 0.33],
          ["Other", 43, 1140, 600000, 31, 0.38],
          ["Total", 1184, 61300, 14900000, 1441, 0.52],
      ],
      "trend": [
          ["Quarter", "Contracts", "GWP EUR", "Loss ratio"],
          ["Q1 2025", 1131, 3610000, 0.46],
          ["Q2 2025", 1149, 3700000, 0.49],
          ["Q3 2025", 1166, 3760000, 0.55],
          ["Q4 2025", 1184, 3830000, 0.57],
      ]}, author="Selin Kaya")])

# 0015
M("C", "de", "insurer-to-authority",
  "answer to a police request: policyholder name, address and insurance period for a vehicle plate/VIN (motor line)",
  frm=ADDR("roth"), to="Polizeipräsidium Dortmund KK 24 <kk24.ermittlungen@polizei-dortmund.example>",
  subj="Ihr Ersuchen vom 04.02.2026, Az. 240000-021877-26/4 – Auskunft Kfz-Haftpflicht",
  date="2026-02-05 15:30", sig="roth",
  body="""Sehr geehrte Frau Kommissarin Brandes,

zu Ihrem Auskunftsersuchen vom 04.02.2026 im Ermittlungsverfahren wegen Diebstahls
eines Kraftfahrzeugs teilen wir mit:

Für das Fahrzeug mit dem amtlichen Kennzeichen DO-KR 1187 (Fahrgestellnummer
WBA31AC05PCM40216, BMW 520d Touring) besteht bei uns eine Kfz-Haftpflicht- und
Vollkaskoversicherung unter der Vertragsnummer KF-5530-22418.

Versicherungsnehmer und Halter:
  Herr Kevin Radtke
  Hohe Straße 41
  44139 Dortmund

Versicherungsbeginn 15.06.2023, der Vertrag ist ungekündigt. Eine Diebstahlmeldung
des Versicherungsnehmers liegt uns seit dem 03.02.2026 vor (unsere Schadennummer
VK-26-002931).

Weitere Auskünfte, insbesondere zu Schadenvorgängen, erteilen wir nur auf Grundlage
einer staatsanwaltschaftlichen Anordnung.

Mit freundlichen Grüßen""")

# 0016
M("S", "de", "insurer-to-doctor",
  "accident invalidity assessment order to a medical expert: named insured, radius fracture S52.51, treatment history in DOCX",
  frm=ADDR("albrecht"), to="Praxis Dr. med. Reinhard Pütz <gutachten@praxis-puetz.example>",
  subj="Gutachtenauftrag Invalidität – Unfall vom 14.03.2025, Schaden U-25-07714",
  date="2026-03-10 08:47", sig="albrecht",
  body="""Sehr geehrter Herr Dr. Pütz,

im Rahmen der privaten Unfallversicherung bitten wir Sie um ein Gutachten zur
Feststellung der Invalidität unserer Versicherten

  Frau Helga Marquardt, geb. 02.12.1958, wohnhaft in Neuss.

Frau Marquardt ist am 14.03.2025 auf Glatteis gestürzt und hat sich eine distale
Radiusfraktur rechts (S52.51) zugezogen; operative Versorgung mit Plattenosteosynthese
im Lukaskrankenhaus Neuss. Sie ist Rechtshänderin. Die Versicherte hat in die
Untersuchung eingewilligt und erwartet Ihren Terminvorschlag (Tel. 02131 774502).

Fragenkatalog, Unfallanzeige und die bisherigen Befunde sind angehängt. Bitte beachten
Sie, dass die Invalidität nach der Gliedertaxe zu bemessen ist (Hand im Handgelenk)
und Vorschäden (Arthrose?) gesondert auszuweisen sind.

Honorar nach Vereinbarung: 650 Euro zzgl. Auslagen. Um Erstellung innerhalb von sechs
Wochen wird gebeten.

Mit freundlichen Grüßen""",
  att=[DOCX("Gutachtenauftrag_U-25-07714_Marquardt.docx", [
      ("h", "Gutachtenauftrag – Private Unfallversicherung"),
      "Schaden-Nr.: U-25-07714    Vertrag: UV-2210-448170\nVersicherte Person: Helga Marquardt, geb. 02.12.1958\nUnfalltag: 14.03.2025, Sturz auf Glatteis vor dem Wohnhaus",
      ("h", "Bisheriger Verlauf", 2),
      ("t", [["Datum", "Behandler", "Befund / Maßnahme"],
             ["14.03.2025", "Lukaskrankenhaus Neuss, Notaufnahme", "Distale Radiusfraktur rechts (S52.51), Röntgen"],
             ["17.03.2025", "Lukaskrankenhaus Neuss, Unfallchirurgie", "Offene Reposition, palmare Plattenosteosynthese"],
             ["04/2025 - 07/2025", "Physiotherapie Rhein-Kreis", "24 Einheiten KG, Ergotherapie"],
             ["09.10.2025", "Dr. Kemal Aydın, Orthopäde", "Bewegungseinschränkung Extension/Flexion je 20 Grad, Kraftminderung"]]),
      ("h", "Fragen an den Gutachter", 2),
      "1. Welche unfallbedingten Gesundheitsschäden liegen vor?\n2. Ist die Beeinträchtigung dauerhaft (länger als drei Jahre)?\n3. Wie hoch ist der Invaliditätsgrad nach der Gliedertaxe (Hand im Handgelenk)?\n4. Bestanden Vorschäden oder Krankheiten, die mitgewirkt haben? Wenn ja, zu welchem Anteil?\n5. Ist eine Nachuntersuchung sinnvoll?",
      ("small", "Vertraulich – unterliegt der ärztlichen Schweigepflicht. Einwilligung der Versicherten liegt vor.")],
      author="Miriam Albrecht")])

# 0017
M("N", "de", "insurer-to-supplier",
  "request for a quote to a translation agency for general terms (AVB household) in English and Turkish; no personal data",
  frm=ADDR("schreiber"), to="LinguaLegal Übersetzungen <angebote@lingualegal.example>",
  subj="Angebotsanfrage: Übersetzung AVB Hausrat 2026 (EN, TR)",
  date="2026-02-12 09:55", sig="schreiber",
  body="""Sehr geehrte Damen und Herren,

wir bitten um ein Angebot für die Fachübersetzung unserer Allgemeinen
Versicherungsbedingungen für die Hausratversicherung (VHB 2026) aus dem Deutschen

  a) ins Englische (britisches Englisch) und
  b) ins Türkische.

Umfang ca. 38 Normseiten bzw. rund 11.400 Wörter, Word-Datei mit Nummerierung;
Terminologieliste aus der Übersetzung der Wohngebäudebedingungen 2024 liegt vor und
soll verwendet werden. Die Übersetzungen dienen nur der Information, rechtsverbindlich
bleibt die deutsche Fassung (entsprechender Hinweis ist vorhanden).

Liefertermin wäre spätestens der 31.03.2026. Bitte nennen Sie uns Preis pro Wort bzw.
Pauschale, Lektorat durch eine zweite Person und ggf. Zuschläge.

Die Datei schicken wir nach Auftragserteilung über unseren Datenraum.

Mit freundlichen Grüßen""")

# 0018
M("C", "en", "insurer-to-broker",
  "reply to a UK broker on a household claim of a named expat client: claim number, payout, masked IBAN of the client",
  frm=ADDR("demir"), to="Oliver Grant <ogrant@brightwater-brokers.example>",
  subj="RE: Your client Mr Callum Reid – burglary claim Munich",
  date="2026-02-17 16:44", sig="demir", lang="en",
  irt="<BW-20260216-0932.reid@brightwater-brokers.example>",
  body="""Dear Mr Grant,

thank you for your message. I can confirm the following for your client Mr Callum Reid
(household policy HR-4402-871336, flat in Munich-Schwabing):

- claim number: HR-26-003318, burglary of 2 January 2026
- the police report and the list of stolen items have been received
- we have settled EUR 6,940.00 (replacement value of the laptop, camera, jewellery and
  two bicycles, minus the EUR 150 deductible)
- the amount was transferred on 13 February to the account given in the claim form
  (IBAN DE** **** **** **** **41 27)

The watch (Omega, purchase 2011) could not be included yet because there is no proof
of ownership. If Mr Reid finds a photo, an old invoice or the certificate, we will
reconsider it.

Kind regards""",
  quote=OQ("Oliver Grant", "Monday, February 16, 2026 10:32", "Aylin Demir", "Your client Mr Callum Reid – burglary claim Munich",
           """Dear Ms Demir,

our client Mr Reid has asked us to chase the status of his burglary claim. Could you
let us know whether payment has been made?

Best regards
Oliver Grant
Brightwater Insurance Brokers Ltd, London""", lang="en"))

# 0019
M("N", "de", "insurer-to-company",
  "trap: public group accident rate sheet (per 1,000 EUR sum insured, risk classes A/B) sent to a prospective employer; no contract, no persons",
  frm=ADDR("kaya"), to="Jörg Steger <j.steger@steger-bau.example>",
  subj="Gruppenunfallversicherung – Beitragsübersicht wie gewünscht",
  date="2026-03-03 14:18", sig="kaya",
  body="""Hallo Herr Steger,

wie am Telefon versprochen die allgemeine Beitragsübersicht für die
Gruppenunfallversicherung. Damit können Sie grob selbst rechnen, bevor wir ein
konkretes Angebot machen.

Für ein Angebot bräuchten wir dann nur: Anzahl Mitarbeitende je Gefahrengruppe
(Büro = A, gewerblich = B), gewünschte Summen und ob die Versicherung rund um die Uhr
oder nur beruflich gelten soll. Namen brauchen wir nicht, es ist eine namenlose
Versicherung nach Kopfzahl.

Viele Grüße""",
  att=[PDF("Beitragsuebersicht_Gruppenunfall_2026.pdf", [
      ("h", "Gruppenunfallversicherung – Beitragsübersicht 2026"),
      ("p", "Jahresbeiträge je 1.000 EUR Versicherungssumme, rund-um-die-Uhr-Deckung, ohne Versicherungsteuer. "
            "Gefahrengruppe A: kaufmännische und verwaltende Tätigkeit. Gefahrengruppe B: körperliche bzw. handwerkliche Tätigkeit."),
      ("t", [["Leistungsart", "Gefahrengruppe A", "Gefahrengruppe B"],
             ["Invalidität (Grundsumme, Progression 225 %)", "0,95 EUR", "1,80 EUR"],
             ["Invalidität (Progression 350 %)", "1,25 EUR", "2,35 EUR"],
             ["Todesfall", "0,60 EUR", "1,10 EUR"],
             ["Unfallrente (je 100 EUR mtl.)", "5,40 EUR", "10,20 EUR"],
             ["Krankenhaustagegeld (je 10 EUR)", "2,10 EUR", "3,60 EUR"]]),
      ("p", "Nachlass bei nur beruflicher Deckung: 35 %. Mindestbeitrag je Vertrag 250 EUR. "
            "Rahmenverträge ab 50 versicherten Personen auf Anfrage."),
      ("small", "Diese Übersicht ist kein Angebot. Maßgeblich sind Antrag, Versicherungsschein und die AUB 2026.")],
      title="Beitragsübersicht Gruppenunfall 2026", author="Selin Kaya")])

# 0020
M("S", "de", "company",
  "employer's accident report under a group accident contract forwarded internally: named employee, fall from loading ramp, knee injury, hospital",
  frm=ADDR("kaya"), to="Leistung Unfall <leistung-unfall@versicherer.example>",
  subj="WG: Unfallmeldung Mitarbeiter – GUV 66-UV-30912",
  date="2026-03-16 11:22", sig="kaya", sigstyle="name",
  body="""Bitte als Leistungsfall anlegen, Vertrag ist die Gruppenunfall der Brandt & Söhne
(Gefahrengruppe B, 24h-Deckung). Unfallanzeige kommt laut Frau Jäger diese Woche per
Post. Danke!""",
  quote=FW("Heike Jäger <h.jaeger@brandt-logistik.example>", "16.03.2026 10:03", "Selin Kaya <selin.kaya@versicherer.example>",
         "Unfallmeldung Mitarbeiter – GUV 66-UV-30912",
         """Hallo Frau Kaya,

leider müssen wir einen Unfall melden. Unser Lagermitarbeiter Dennis Kowalczyk
(Personalnr. 2217) ist am Freitag, 13.03., gegen 14:40 Uhr an Rampe 4 rückwärts von
der Laderampe gestürzt, etwa 1,20 m tief. Er hat sich das rechte Knie verdreht und ist
mit dem Rettungswagen ins Klinikum Lünen gebracht worden. Dort wurde ein Riss des
vorderen Kreuzbands festgestellt, OP ist für nächste Woche geplant. Er ist bis auf
Weiteres krankgeschrieben.

Die Berufsgenossenschaft ist informiert (D-Arzt-Bericht liegt vor). Was brauchen Sie
noch von uns?

Viele Grüße
Heike Jäger
Personalabteilung
Logistikzentrum Brandt & Söhne GmbH, Lünen"""))

# 0021
M("C", "de", "insurer-to-broker",
  "commission statement for a sole-trader broker: broker's IBAN and tax number, named customers with household/liability/motor contracts (PDF)",
  frm=ADDR("haas"), to="Heiko Strunk <buero@makler-strunk.example>",
  subj="Provisionsabrechnung Januar 2026 – Vermittlernr. 40-71188",
  date="2026-02-04 07:45", sig="haas",
  body="""Sehr geehrter Herr Strunk,

anbei Ihre Provisionsabrechnung für Januar 2026. Die Auszahlung über 1.486,32 Euro
erfolgt mit Wertstellung 06.02.2026 auf Ihr Konto
IBAN """ + IB("DE", "37050000" + "4411873020") + """ (Sparkasse).

Bitte beachten Sie die Stornobuchung zum Kfz-Vertrag Reichert (Fahrzeugverkauf im
Dezember). Ihre Steuernummer 214/5038/1127 ist hinterlegt; die Abrechnung weist daher
wie gewohnt keine Umsatzsteuer aus (§ 4 Nr. 11 UStG).

Mit freundlichen Grüßen""",
  att=[PDF("Provisionsabrechnung_2026-01_40-71188.pdf", [
      ("h", "Provisionsabrechnung Januar 2026"),
      ("p", "Vermittler: Versicherungsmakler Heiko Strunk e.K., Lindenallee 5, 48149 Münster\n"
            "Vermittlernummer 40-71188 - Steuernummer 214/5038/1127\n"
            "Bankverbindung: IBAN " + IB("DE", "37050000" + "4411873020") + ", Sparkasse Münsterland Ost"),
      ("t", [["Vertrag", "Kunde", "Sparte", "Art", "Bewertungssumme", "Provision EUR"],
             ["HR-4402-910227", "Reichmann, Ulla", "Hausrat", "Abschluss", "312,40", "62,48"],
             ["PH-4410-338102", "Reichmann, Ulla", "Privathaftpflicht", "Abschluss", "89,00", "17,80"],
             ["WG-3318-3011-2", "Dr. Brandt, Oskar", "Wohngebäude", "Abschluss", "1.904,00", "380,80"],
             ["KF-5521-92204", "Tiedemann, Kai", "Kfz", "Abschluss", "744,10", "59,53"],
             ["KF-5521-77301", "Reichert, Lothar", "Kfz", "Storno", "-518,00", "-41,44"],
             ["div. (37 Verträge)", "", "Bestand", "Bestandscourtage", "", "1.007,15"],
             ["", "", "", "", "Summe", "1.486,32"]]),
      ("small", "Die Abrechnung gilt als anerkannt, wenn nicht innerhalb von 6 Wochen widersprochen wird.")],
      title="Provisionsabrechnung 2026-01", author="Provisionsabrechnung")])

# 0022
M("N", "en", "insurer-to-supplier",
  "penetration test scope for the secure-mail portal sent to a security vendor; fictitious test accounts, no real data",
  frm=ADDR("fischer"), to="Marta Kowalczyk <m.kowalczyk@redline-security.example>",
  subj="Pentest portal – scope and rules of engagement",
  date="2026-03-04 13:10", sig="fischer", sigstyle="short", lang="en",
  body="""Hi Marta,

as agreed in the kick-off, here is the scope for the portal pentest (PO 4500218833):

In scope
  - https://securemail-test.versicherer.example (web mailbox, registration, password reset)
  - https://makler-test.versicherer.example (broker login, firm administration)
  - the broker post API on the test system (list/get/acknowledge)

Out of scope
  - production systems, our mail gateway's SMTP interface, social engineering,
    denial of service

Test window: 16–27 March, Mon–Fri 08:00–20:00 CET.
Source IPs: please send them by Friday so that we can allow-list them in the WAF.

Test accounts (test system only, all fictitious):
  tester01@pentest.example / tester02@pentest.example – customer role
  broker-admin@pentest.example – firm administrator of "Testmakler GmbH"
Initial passwords will come via our portal, not by mail.

Critical findings: call me directly (+49 221 555-6090) rather than waiting for the report.

Thanks,
Tim""")

# 0023
M("S", "en", "insurer-to-company",
  "business travel insurance: employee of a client company hospitalised abroad with appendicitis, cost guarantee to the hospital",
  frm=ADDR("krause"), to="Travel Desk Nordlicht Solar <travel@nordlicht-solar.example>",
  subj="Business travel policy 77-DR-1042 – Mr Jonas Reinhold, hospital in Valencia",
  date="2026-03-19 21:06", sig="krause", lang="en", importance="high",
  body="""Dear Ms Haldane,

thank you for calling our emergency line this afternoon. A short summary of what has
been arranged for your employee Mr Jonas Reinhold (business trip to the solar park
project in Valencia):

- Mr Reinhold was admitted to Hospital Universitari i Politècnic La Fe yesterday evening
  with acute appendicitis; a laparoscopic appendectomy was performed this morning
  without complications.
- We have sent a cost guarantee of up to EUR 15,000 directly to the hospital, so
  Mr Reinhold does not need to pay anything himself.
- The doctors expect discharge in two to three days. He should not fly for about a week
  afterwards; we will cover the extra hotel nights and rebook his return flight to
  Hamburg under the business travel policy 77-DR-1042.

Our medical service will speak to the treating doctor again tomorrow. If Mr Reinhold
needs anything (interpreter, contact with family), he can call the number on his
insurance card at any time.

Best regards""")

# 0024
M("C", "de", "insurer-to-authority",
  "third-party debtor declaration to the tax office on a garnishment of a named person's household insurance claims (no personal line)",
  frm=ADDR("roth"), to="Finanzamt Köln-Nord Vollstreckungsstelle <vollstreckung.koeln-nord@finanzamt.example>",
  subj="Drittschuldnererklärung gem. § 316 AO – Pfändungsverfügung vom 20.01.2026, StNr. 217/5114/3309",
  date="2026-01-27 10:38", sig="roth",
  body="""Sehr geehrte Damen und Herren,

in der Vollstreckungssache gegen

  Herrn Kai-Uwe Matthiesen, Neusser Straße 212, 50733 Köln
  Steuernummer 217/5114/3309

geben wir zu Ihrer Pfändungs- und Einziehungsverfügung vom 20.01.2026 (zugestellt am
22.01.2026) folgende Drittschuldnererklärung ab:

1. Die Forderung wird nicht anerkannt; Zahlungsbereitschaft besteht derzeit nicht,
   da keine fälligen Ansprüche bestehen.
2. Der Vollstreckungsschuldner unterhält bei uns eine Hausratversicherung
   (HR-4402-552180) und eine Privathaftpflichtversicherung (PH-4410-190224). Offene
   Leistungsansprüche bestehen nicht. Ein Schadenfall aus Dezember 2025
   (Fahrraddiebstahl) wurde bereits am 09.01.2026 vollständig reguliert.
3. Andere Personen machen keine Ansprüche an die Forderung geltend.
4. Weitere Pfändungen liegen nicht vor.

Künftige Leistungen aus den genannten Verträgen werden wir bis zur Höhe der
Pfändung an das Finanzamt abführen.

Mit freundlichen Grüßen""")

# 0025
M("N", "de", "insurer-to-broker",
  "portal notification to a broker firm: new electronic broker post available, no content",
  frm="Maklerportal <no-reply@makler.versicherer.example>", to="postfach@finanzkontor-nord.example",
  subj="Neue Vermittlerpost in Ihrem Postfach",
  date="2026-02-09 06:12", client="system", mailer="Siegel Portal Notification",
  body="""Guten Tag,

in Ihrem Postfach im Maklerportal liegen 14 neue Dokumente für Ihre Firma
(Vertragspartner 40-33000).

Sie können die Dokumente nach der Anmeldung unter
https://makler.versicherer.example/postfach
lesen und herunterladen oder wie gewohnt über Ihr Maklerverwaltungsprogramm abrufen.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Bitte antworten Sie nicht auf diese E-Mail; das Postfach wird nicht gelesen.

Ihr Maklerportal-Team
Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln""")


# ---------------------------------------------------------------- batch 2 (0026-0050)

# 0026
M("S", "de", "insurer-to-company",
  "harmless body; only in the XLSX attachment: starts with a head-count summary, named employees with birth dates and a dental pre-condition note sit far down (row 37+)",
  frm=ADDR("ziegler"), to="Personalabteilung Druckerei Hellwig <personal@druckerei-hellwig.example>",
  subj="bKV Gruppenvertrag 31-BKV-0562 – Prüfung Ihrer Meldeliste zum 01.04.",
  date="2026-03-11 16:02", sig="ziegler", ent="kv",
  body="""Sehr geehrte Frau Otte,

vielen Dank für die Meldeliste zum Start der betrieblichen Krankenversicherung am
01.04.2026. Wir haben sie geprüft und Ihre Datei um unsere Spalten ergänzt (siehe
Blatt "Prüfung").

Auf einen Blick: 58 Mitarbeitende sind gemeldet, 55 können wir ohne Rückfrage
anmelden. Bei drei Einträgen fehlt etwas oder es gibt eine Besonderheit – die Details
stehen im Blatt unten bei "Klärungsfälle". Bitte schauen Sie dort einmal drüber und
schicken Sie uns die Ergänzungen bis 20.03.

Die Versicherungskarten gehen Ende März direkt an die Mitarbeitenden nach Hause.

Freundliche Grüße""",
  att=[XLSX("Hellwig_bKV_Meldeliste_geprueft.xlsx", {
      "Prüfung": [
          ["Auswertung Meldeliste bKV", "", "", "", "", ""],
          ["Gemeldet", 58, "", "", "", ""],
          ["davon Budgettarif 900", 58, "", "", "", ""],
          ["davon mit Zahnersatz-Baustein", 21, "", "", "", ""],
          ["ohne Rückfrage anmeldbar", 55, "", "", "", ""],
          ["Klärungsfälle", 3, "", "", "", ""],
          [],
          ["Beitrag mtl. je Person (AG-finanziert)", 37.9, "", "", "", ""],
          ["Beitrag Zahnersatz-Baustein (AN-finanziert)", 14.6, "", "", "", ""],
          ["Gesamtbeitrag AG mtl.", 2198.2, "", "", "", ""],
          [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [],
          ["Klärungsfälle", "", "", "", "", ""],
          ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Baustein", "Hinweis"],
          ["0318", "Kuhlmann", "Detlef", "", "Budget 900", "Geburtsdatum fehlt"],
          ["0402", "Sarić", "Amela", "14.08.1987", "Budget 900 + ZE", "laut Meldebogen laufende Zahnbehandlung (Brücke 36-38 geplant) – ZE-Baustein erst nach 8 Monaten Wartezeit"],
          ["0455", "Eickhoff", "Lars", "27.01.1969", "Budget 900", "Eintritt 15.04.2026 – Anmeldung erst zum 01.05. möglich"],
      ]}, author="Matthias Ziegler")])

# 0027
M("N", "en", "internal",
  "trap: bKV benchmark across all group contracts (claims per 100 insured by benefit type and industry) for a broker webinar; no single contract, no persons",
  frm=ADDR("ziegler"), to=ADDR("vogel"), cc=ADDR("reuter"),
  subj="Slides for the bKV webinar on 5 March – benchmark figures",
  date="2026-02-26 12:40", sig="ziegler", sigstyle="short", lang="en",
  body="""Hi Katharina,

here are the benchmark figures for the webinar. They cover all 412 bKV group contracts
with at least one full year of data, so no employer can be recognised. I'd show the
first table only; the industry split is backup in case someone asks.

[[bench]]

Main message for the brokers: the budget tariff is used by roughly two thirds of
insured employees per year, mostly for glasses and dental cleaning – that is what makes
employers see the value. Preventive check-ups are still rare (11 per 100).

Matthias""",
  tables={"bench": ([["Benefit type", "Claims per 100 insured p.a.", "Avg. amount EUR"],
                     ["Glasses / contact lenses", "29", "214"],
                     ["Professional dental cleaning", "41", "96"],
                     ["Alternative practitioner", "8", "187"],
                     ["Preventive check-ups", "11", "142"],
                     ["Dental prosthesis module", "6", "811"]], "pad")},
  att=[CSV("bkv_benchmark_by_industry_2025.csv", [
      ["industry", "contracts", "insured", "utilisation_rate", "avg_claims_eur_per_insured"],
      ["manufacturing", "131", "9120", "0.68", "311"],
      ["trade", "77", "3480", "0.63", "287"],
      ["IT / services", "119", "6010", "0.71", "342"],
      ["health care / social", "48", "2950", "0.66", "301"],
      ["other", "37", "1240", "0.59", "268"]], sep=",")])

# 0028
M("S", "de", "insurer-to-broker",
  "portfolio transfer confirmation to a broker pool: ODS list with named customers incl. life, BU and private health contracts",
  frm=ADDR("berger"), to="Bestandsservice FinanzKontor Nord <bestand@finanzkontor-nord.example>",
  subj="Bestandsübertragung Makler Gödecke → FinanzKontor Nord: Bestätigung",
  date="2026-03-05 10:20", sig="berger",
  body="""Hallo Frau Klüver,

die Bestandsübertragung des Maklers Uwe Gödecke (Ruhestand) auf Ihren Pool ist
umgesetzt: Alle 23 Verträge laufen ab 01.03.2026 unter Ihrer Vermittlernummer
40-33000, UV 3455. Die Liste mit den einzelnen Verträgen hängt an; bitte gleichen Sie
sie mit Ihrem MVP ab.

Zwei Hinweise:
- Bei den Lebens- und BU-Verträgen ist die Stornohaftung für die Abschlussprovision
  beim Altmakler verblieben, das ist so mit Herrn Gödecke vereinbart.
- Der Krankenvollversicherungsvertrag Lüders ist beitragsfrei gestellt
  (Anwartschaft) – bitte nicht wundern, dass kein Beitrag ausgewiesen ist.

Die Kundenanschreiben sind letzte Woche rausgegangen.

Viele Grüße""",
  att=[ODS("Bestandsuebertragung_Goedecke_FKN.ods", {
      "Verträge": [
          ["Vertrag", "Kunde", "Sparte", "Beginn", "Jahresbeitrag EUR", "Bemerkung"],
          ["HR-4402-311870", "Lüders, Gesine", "Hausrat", "01.06.2014", 188.4, ""],
          ["KV-9910-552031", "Lüders, Gesine", "Krankenvoll", "01.01.2009", 0, "Anwartschaft seit 01/2025"],
          ["PH-4410-200117", "Stöver, Marc", "Privathaftpflicht", "01.03.2016", 79.0, ""],
          ["LV-7114-031882", "Stöver, Marc", "Risikoleben", "01.03.2016", 214.8, "Bezugsrecht Ehefrau"],
          ["BU-7200-118409", "Stöver, Marc", "Berufsunfähigkeit", "01.09.2018", 1104.0, "Zuschlag 25 %"],
          ["KF-5521-40028", "Hoyer, Anneliese", "Kfz", "01.01.2011", 402.3, ""],
          ["UV-2210-300718", "Hoyer, Anneliese", "Unfall", "01.01.2011", 166.2, "Seniorentarif"],
          ["WG-3318-1722-9", "Fam. Brüning", "Wohngebäude", "01.07.2019", 1388.0, ""],
          ["KZ-9930-771240", "Brüning, Tjark", "Zahnzusatz", "01.07.2019", 310.8, ""],
          ["RS-6610-088215", "Brüning, Tjark", "Rechtsschutz", "01.07.2019", 352.0, ""],
          ["...", "", "", "", "", "13 weitere Verträge (Sach/Kfz), siehe Blatt 2"],
      ],
      "Sach-Kfz": [
          ["Vertrag", "Kunde", "Sparte", "Beginn", "Jahresbeitrag EUR"],
          ["KF-5521-40991", "Meinke, Jörn", "Kfz", "01.04.2020", 611.0],
          ["KF-5521-41217", "Meinke, Jörn", "Kfz", "01.10.2022", 288.5],
          ["HR-4402-330155", "Ahlers, Birte", "Hausrat", "01.02.2017", 144.0],
          ["PH-4410-219806", "Ahlers, Birte", "Privathaftpflicht", "01.02.2017", 69.9],
          ["GL-4420-018220", "Ahlers, Birte", "Glas", "01.02.2017", 38.0],
          ["HR-4402-341009", "Vogt, Reinhard", "Hausrat", "01.11.2013", 211.6],
          ["PH-4410-225531", "Vogt, Reinhard", "Privathaftpflicht", "01.11.2013", 84.0],
          ["TH-4430-005512", "Vogt, Reinhard", "Tierhalterhaftpflicht", "01.05.2021", 92.4],
          ["KF-5521-43377", "Sander, Katja", "Kfz", "01.08.2019", 530.2],
          ["HR-4402-350772", "Sander, Katja", "Hausrat", "01.08.2019", 121.0],
          ["WG-3318-1840-3", "Sander, Katja", "Wohngebäude", "01.08.2019", 902.0],
          ["KF-5521-44102", "Peters, Elke", "Kfz", "01.01.2015", 377.0],
          ["HR-4402-361180", "Peters, Elke", "Hausrat", "01.01.2015", 133.0],
      ]})])

# 0029
M("C", "de", "insurer-to-broker",
  "household and liability offer for a broker's named client with birth date, address and premiums (PDF); non-personal lines",
  frm=ADDR("vogel"), to="Sabine Raith <s.raith@raith-versicherungsmakler.example>",
  subj="Angebot Hausrat/PHV für Ihre Kundin Frau Dr. Amrei Solms",
  date="2026-03-12 09:33", sig="vogel",
  body="""Liebe Frau Raith,

wie besprochen das Angebot für Ihre Kundin. Ich habe die Versicherungssumme nach den
Angaben zur Wohnfläche (118 m²) mit Unterversicherungsverzicht gerechnet und den
Fahrradbaustein auf 5.000 Euro gesetzt, weil Frau Dr. Solms zwei E-Bikes erwähnt hat.

Der Kombirabatt (10 %) ist schon eingerechnet. Das Angebot ist vier Wochen gültig.

Schöne Grüße aus München""",
  att=[PDF("Angebot_HR_PHV_Solms.pdf", [
      ("h", "Angebot Hausrat- und Privathaftpflichtversicherung"),
      ("p", "Angebots-Nr. ANG-26-118204 vom 12.03.2026 - Vermittlerin: Raith Versicherungsmakler GmbH (40-58812)"),
      ("t", [["Antragstellerin", ""],
             ["Name", "Dr. Amrei Solms"],
             ["Geburtsdatum", "06.10.1979"],
             ["Anschrift", "Wörthstraße 23, 81667 München"],
             ["Beruf", "Tierärztin (angestellt)"],
             ["Familienstand", "verheiratet, 1 Kind"]]),
      ("t", [["Baustein", "Versicherungssumme", "Selbstbeteiligung", "Jahresbeitrag EUR"],
             ["Hausrat Premium", "76.700 EUR (650 EUR/m²)", "keine", "268,40"],
             ["Fahrrad / E-Bike", "5.000 EUR", "keine", "74,00"],
             ["Elementar", "76.700 EUR", "500 EUR", "39,90"],
             ["Privathaftpflicht Familie", "15 Mio. EUR pauschal", "keine", "96,30"],
             ["Kombirabatt 10 %", "", "", "-47,86"],
             ["Summe (inkl. VersSt.)", "", "", "430,74"]]),
      ("small", "Dieses Angebot ist unverbindlich und 4 Wochen gültig. Es gelten die VHB 2026 und die AHB/BBR PHV 2026.")],
      title="Angebot ANG-26-118204", author="Katharina Vogel")])

# 0030
M("C", "de", "assessor",
  "loss adjuster's fire report forwarded as attached message: sole-trader bakery owner named, claim number, damage amounts; nobody injured",
  frm=ADDR("lange"), to=ADDR("hartmann"),
  subj="WG: Gutachten Brandschaden Bäckerei Ostrowski, Schaden 26-IN-000931",
  date="2026-03-20 14:51", sig="lange", sigstyle="short",
  body="""Hallo Sven,

hier der Bericht vom Sachverständigen zum Brand in der Backstube Ostrowski (Inhalt +
BU bei dir im Bestand). Kurz: Ursache war ein defekter Thermostat am Etagenofen, keine
Hinweise auf Obliegenheitsverletzung. Verletzt wurde niemand. Ertragsausfall läuft
voraussichtlich sechs Wochen.

Können wir am Montag kurz über die Abschlagszahlung sprechen? Herr Ostrowski braucht
Liquidität für die Löhne.

Gruß Uwe""",
  att=[EML(INNER("Sachverständigenbüro Dahlmann <bericht@sv-dahlmann.example>", "Uwe Lange <uwe.lange@versicherer.example>",
                 "Gutachten 26-IN-000931 – Brandschaden Backstube Ostrowski, Bochum", "2026-03-19 18:22",
                 """Sehr geehrter Herr Lange,

anbei unser Bericht zur Besichtigung vom 17.03.2026. Rechnung folgt separat.

Mit freundlichen Grüßen
Dipl.-Ing. Peter Dahlmann
öffentlich bestellter und vereidigter Sachverständiger für Brandschäden""",
                 "<sv-dahlmann-2026-0319-1822@sv-dahlmann.example>",
                 client="outlook",
                 att=[PDF("Gutachten_26-IN-000931.pdf", [
                     ("h", "Gutachten Brandschaden"),
                     ("p", "Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden-Nr. 26-IN-000931\n"
                           "Versicherungsnehmer: Bäckermeister Janusz Ostrowski, Inhaber der Bäckerei Ostrowski e.K.\n"
                           "Risikoort: Hattinger Straße 77, 44789 Bochum. Schadentag: 15.03.2026, ca. 03:40 Uhr."),
                     ("h", "Ursache", 2),
                     ("p", "Überhitzung im Etagenofen Nr. 2 infolge eines defekten Temperaturbegrenzers; Brandausbreitung "
                           "auf Abzugshaube und Mehlsilo-Verkleidung. Die Feuerwehr war um 03:52 Uhr vor Ort. Personen kamen nicht zu Schaden."),
                     ("t", [["Position", "Neuwert EUR", "Zeitwert EUR"],
                            ["Etagenofen (3 Herde)", "48.900", "29.300"],
                            ["Abzugshaube, Lüftung", "12.400", "9.100"],
                            ["Rohstoffe / Vorräte", "6.800", "6.800"],
                            ["Reinigung, Rußbeseitigung", "9.750", "9.750"],
                            ["Summe Sachschaden", "77.850", "54.950"]]),
                     ("p", "Betriebsunterbrechung: voraussichtlich 6 Wochen; Ertragsausfall nach Angaben des Steuerberaters rund "
                           "4.100 EUR je Woche (Deckungsbeitrag)."),
                     ("small", "Dahlmann Sachverständige, Bochum - dieses Gutachten ist nur für den Auftraggeber bestimmt.")],
                     title="Gutachten 26-IN-000931", author="P. Dahlmann")]),
               "Gutachten 26-IN-000931 – Brandschaden Backstube Ostrowski, Bochum.eml")])

# 0031
M("C", "de", "insurer-to-workshop",
  "approval to a windscreen service for a named customer's comprehensive cover glass claim: plate, policy, deductible",
  frm=ADDR("brenner"), to="Auftragsannahme ScheibenProfi Köln <koeln@scheibenprofi.example>",
  subj="Kostenübernahme Glasschaden TK-26-031174 – K-LW 2290",
  date="2026-03-24 08:06", sig="brenner", sigstyle="short",
  body="""Guten Morgen,

für den Austausch der Frontscheibe am folgenden Fahrzeug übernehmen wir die Kosten:

  Versicherungsnehmerin: Lisa Wendt, Köln-Ehrenfeld
  Fahrzeug:              Škoda Octavia Combi, K-LW 2290
  Vertrag:               KF-5530-40187 (Teilkasko, SB 150 EUR)
  Schadennummer:         TK-26-031174, Steinschlag am 21.03.

Die Selbstbeteiligung von 150 Euro zahlt Frau Wendt direkt bei Ihnen. Bitte
kalibrieren Sie die Frontkamera nach Austausch und legen Sie das Protokoll der
Rechnung bei; ohne Protokoll können wir die Kalibrierung nicht bezahlen.

Termin hat Frau Wendt laut ihrer Meldung für Donnerstag bei Ihnen vereinbart.

Danke und Gruß""")

# 0032
M("C", "de", "insurer-to-supplier",
  "short reply to a rental car company about a replacement-car invoice for a named claimant (claim number, rental period); motor liability",
  frm=ADDR("brenner"), to="Abrechnung CityDrive <abrechnung@citydrive-vermietung.example>",
  subj="AW: Mietwagenrechnung MV-261044 / Herr Grabowski",
  date="2026-04-02 17:48", client="mobile", lang="de",
  irt="<MV-261044-reminder@citydrive-vermietung.example>",
  body="""Hallo Fr. Kessler,

Rechnung ist ok bis auf die 3 Tage nach Reperaturende (27.-29.03.), die übernehmen wir nicht – Herr Grabowski hatte sein Auto ja am 26. wieder. Bitte korriegieren und neu schicken, dann geht die Zahlung sofort raus.

Schaden-Nr ist KH-26-020716

Gruß M. Brenner""",
  quote=Q("""Sehr geehrte Damen und Herren,

zu unserer Rechnung MV-261044 vom 30.03.2026 (Ersatzfahrzeug Klasse D für Herrn Piotr
Grabowski, 12.03.–29.03.2026, 18 Tage à 57,50 EUR = 1.035,00 EUR netto) haben wir noch
keinen Zahlungseingang. Wir bitten um kurzfristige Überweisung.

Mit freundlichen Grüßen
Carina Kessler
CityDrive Autovermietung GmbH, Abrechnung"""))

# 0033
M("S", "de", "lawyer",
  "opposing counsel's claim letter for an injured cyclist (fractured collarbone, concussion, hospital stay) in a ZIP, forwarded internally",
  frm=ADDR("brenner"), to=ADDR("schreiber"),
  subj="WG: Schadensache KH-26-011980 – Anspruchsschreiben RAin Voss (Personenschaden)",
  date="2026-03-26 11:14", sig="brenner", sigstyle="short",
  body="""Hallo Frau Dr. Schreiber,

in der Radfahrer-Sache (unser VN hat beim Abbiegen die Radfahrerin übersehen) ist jetzt
das Anspruchsschreiben der Anwältin gekommen. Schmerzensgeldforderung 12.000 Euro plus
Haushaltsführungsschaden. Ich halte 7.000–8.000 für realistisch, würde aber gern vorher
Ihre Einschätzung haben, bevor ich antworte. Unterlagen im ZIP.

Danke
Markus Brenner""",
  att=[ZIP("Voss_Anspruchsschreiben_KH-26-011980.zip", [
      PDF("2026-03-24_Anspruchsschreiben.pdf", [
          ("h", "Rechtsanwältin Katrin Voss - Fachanwältin für Verkehrsrecht"),
          ("p", "An die Versicherer Allgemeine Versicherung AG, Schadenservice Kraftfahrt, 50667 Köln\n"
                "Ihr Zeichen: KH-26-011980 - Ihr VN: Herr Gerd Kampmann, K-GK 714\n"
                "Meine Mandantin: Frau Sinja Horstmann, geb. 19.04.1990, Köln"),
          ("p", "Sehr geehrte Damen und Herren,\nmeine Mandantin wurde am 02.02.2026 auf der Aachener Straße als "
                "Radfahrerin von Ihrem Versicherungsnehmer beim Rechtsabbiegen erfasst. Sie erlitt eine Claviculafraktur "
                "links (S42.00), eine Gehirnerschütterung (S06.0) und multiple Prellungen. Sie wurde vom 02.02. bis "
                "06.02.2026 stationär in der Uniklinik Köln behandelt; die Fraktur wurde operativ mit einer Platte versorgt. "
                "Sie war bis 22.03.2026 arbeitsunfähig und befindet sich weiter in physiotherapeutischer Behandlung."),
          ("t", [["Position", "Betrag EUR"],
                 ["Schmerzensgeld (angemessen, mindestens)", "12.000,00"],
                 ["Haushaltsführungsschaden 7 Wochen", "2.940,00"],
                 ["Fahrrad (Zeitwert), Helm, Kleidung", "1.318,00"],
                 ["Zuzahlungen Medikamente, Physiotherapie", "186,40"],
                 ["Fahrtkosten Arzt/Physio", "94,50"]]),
          ("p", "Ich bitte um Anerkenntnis dem Grunde nach bis zum 14.04.2026.\nMit freundlichen Grüßen\nVoss, Rechtsanwältin")],
          title="Anspruchsschreiben Horstmann ./. Kampmann", author="Kanzlei Voss"),
      TXT("Arztbericht_Uniklinik_Auszug.txt", """Uniklinik Köln - Klinik für Unfallchirurgie
Entlassbericht (Auszug) - Patientin: Horstmann, Sinja, * 19.04.1990
Aufnahme 02.02.2026, Entlassung 06.02.2026
Diagnosen: Claviculaschaftfraktur links (S42.02), Commotio cerebri (S06.0), Prellungen Hüfte/Knie links
Therapie: 03.02.2026 offene Reposition und Plattenosteosynthese Clavicula links
Procedere: Wiedervorstellung nach 6 Wochen, Physiotherapie, keine Belastung > 2 kg links für 6 Wochen
""", enc="windows-1252")])])

# 0034
M("S", "de", "insurer-to-doctor",
  "payment notice to a medical reviewer for a BU assessment report on a named insured (reveals the psychiatric assessment)",
  frm=ADDR("stanek"), to="Dr. med. Johanna Reiß <praxis@dr-reiss-gutachten.example>",
  subj="Ihre Rechnung G-2026-044 – Gutachten Herr Sebastian Korte (BU-2025-10452)",
  date="2026-04-07 10:02", sig="stanek", ent="lv",
  body="""Sehr geehrte Frau Dr. Reiß,

vielen Dank für Ihr nervenärztliches Zusatzgutachten vom 25.03.2026 zu unserem
Versicherten Herrn Sebastian Korte. Ihre Rechnung G-2026-044 über 1.240,00 Euro
(Gutachten nach Aktenlage und Untersuchung, testpsychologische Zusatzdiagnostik) haben
wir heute zur Zahlung angewiesen.

Eine Nachfrage zum Gutachten: Sie schreiben, die Leistungsfähigkeit als
Projektleiter sei "für mindestens sechs Monate auf unter 50 % gemindert". Können Sie
kurz ergänzen, ob Sie eine Besserung unter der laufenden Therapie (Sertralin,
ambulante Verhaltenstherapie) innerhalb dieses Zeitraums für wahrscheinlich halten?
Eine formlose Stellungnahme genügt; wir vergüten sie nach Nr. 80 GOÄ.

Mit freundlichen Grüßen""")

# 0035
M("S", "en", "insurer-to-supplier",
  "translation order to a medical translation agency with a Polish hospital discharge summary of a named insured (diagnoses in the mail body)",
  frm=ADDR("brandt"), to="Orders <orders@polyglot-medical.example>",
  subj="Translation order PL>DE – discharge report, our ref. KS-26-004471",
  date="2026-04-09 13:37", sig="brandt", lang="en", ent="kv",
  body="""Dear colleagues,

under our framework agreement (incl. the confidentiality and data processing
agreement of 2024) we would like to order a certified translation Polish > German of a
hospital discharge report, 3 pages, scan attached in our secure file exchange
(link sent separately).

Patient: Mr Wojciech Nowicki, born 22 June 1963, insured with us under a private health
policy. The report is from Szpital Wojewódzki in Gdańsk, stay 02–11 March 2026. As far
as we can tell from the Latin terms: NSTEMI (I21.4), coronary angiography with two
drug-eluting stents, newly diagnosed type 2 diabetes (E11.9).

Please translate including the medication list and the lab table. Deadline: 16 April.
Reference on your invoice: KS-26-004471.

Thank you and kind regards""")

# 0036
M("N", "en", "insurer-to-supplier",
  "trap: SFTP transfer error log for the IT vendor; file names mention health invoices but the log holds only job IDs and technical errors",
  frm=ADDR("hoffmann"), to="Support <support@datalink-mft.example>",
  subj="Ticket DL-88172 – nightly SFTP transfers failing since 31 March",
  date="2026-04-01 08:29", sig="hoffmann", sigstyle="short", lang="en",
  body="""Hello,

since the night of 31 March three of our scheduled transfers to the health-claims
scanning provider fail with "connection reset by peer" after about 40 MB. Smaller files
go through. Nothing changed on our side; we suspect the new firewall rule you mentioned
in the release notes of MFT 12.3.

Excerpt from the job log attached (times in UTC). The files themselves are encrypted
and have not been transferred partially – we checked the target directory.

Priority: high, the health-claims batch must run tonight.

Regards
Lukas Hoffmann""",
  att=[TXT("mft_joblog_2026-03-31.txt", """2026-03-31T23:00:02Z JOB 4471 START  profile=KV-SCAN-OUT  target=sftp://upload.scanpartner.example:22/in
2026-03-31T23:00:03Z JOB 4471 FILE   KV_Arztrechnungen_Batch_0331_01.zip.pgp size=38211044
2026-03-31T23:00:41Z JOB 4471 OK     KV_Arztrechnungen_Batch_0331_01.zip.pgp 38211044 bytes 38.1s
2026-03-31T23:00:41Z JOB 4471 FILE   KV_Arztrechnungen_Batch_0331_02.zip.pgp size=61877310
2026-03-31T23:01:22Z JOB 4471 ERROR  read: connection reset by peer after 41943040 bytes (errno 104)
2026-03-31T23:01:22Z JOB 4471 RETRY  1/3 in 300s
2026-03-31T23:06:23Z JOB 4471 ERROR  read: connection reset by peer after 41943040 bytes (errno 104)
2026-03-31T23:11:24Z JOB 4471 ERROR  read: connection reset by peer after 41943040 bytes (errno 104)
2026-03-31T23:11:24Z JOB 4471 FAIL   KV_Arztrechnungen_Batch_0331_02.zip.pgp
2026-03-31T23:11:25Z JOB 4472 START  profile=KV-KHRECH-OUT target=sftp://upload.scanpartner.example:22/in
2026-03-31T23:11:26Z JOB 4472 FILE   KV_Krankenhausrechnungen_0331.zip.pgp size=92004118
2026-03-31T23:12:07Z JOB 4472 ERROR  read: connection reset by peer after 41943040 bytes (errno 104)
2026-03-31T23:22:09Z JOB 4472 FAIL   KV_Krankenhausrechnungen_0331.zip.pgp
2026-03-31T23:22:10Z JOB 4473 START  profile=LV-POST-OUT   target=sftp://upload.scanpartner.example:22/in
2026-03-31T23:22:11Z JOB 4473 FILE   LV_Posteingang_0331.zip.pgp size=12800551
2026-03-31T23:22:24Z JOB 4473 OK     LV_Posteingang_0331.zip.pgp 12800551 bytes 13.0s
""")])

# 0037
M("N", "de", "insurer-to-printer",
  "trap: print proof approval for a premium-adjustment letter template with placeholder person 'Max Mustermann' and a sample policy number",
  frm=ADDR("pohl"), to="Druckzentrum West <produktion@druckzentrum-west.example>",
  subj="Freigabe Andruck BAP-Schreiben Hausrat 2026 (Job 26-0418)",
  date="2026-04-14 15:22", sig="pohl",
  body="""Hallo Herr Demirci,

der Andruck für das Beitragsanpassungsschreiben Hausrat ist von uns freigegeben –
mit zwei Korrekturen:

1. Seite 1, Adressfeld: Die Zeile "Herrn" muss bei Firmen entfallen (Feld ANREDE leer).
   Bitte im Mustersatz einmal mit einer Firma testen.
2. Seite 2, Tabelle: Der Beitrag alt/neu ist rechtsbündig, die Prozentspalte noch
   linksbündig. Bitte angleichen.

Das Muster mit den Platzhalterdaten hängt zur Dokumentation noch einmal an. Die echten
Daten kommen wie gewohnt am 20.04. über die SFTP-Strecke; Druckbeginn 22.04.,
Auflage ca. 184.000 Stück.

Viele Grüße""",
  att=[PDF("Andruck_BAP_Hausrat_2026_Muster.pdf", [
      ("small", "MUSTER - Platzhalterdaten - nicht versenden"),
      ("p", "Herrn\nMax Mustermann\nMusterstraße 1\n12345 Musterstadt"),
      ("p", "Ihre Hausratversicherung Nr. HR-0000-000000\nKöln, im April 2026"),
      ("h", "Anpassung Ihres Beitrags zum 01.06.2026"),
      ("p", "Sehr geehrter Herr Mustermann,\nder unabhängige Treuhänder hat die Entwicklung der Schadenkosten geprüft. "
            "Nach § 17 VHB 2022 passen wir Ihren Beitrag daher zur nächsten Fälligkeit an."),
      ("t", [["", "bisher", "neu", "Änderung"],
             ["Jahresbeitrag inkl. VersSt.", "{{BEITRAG_ALT}}", "{{BEITRAG_NEU}}", "{{PROZENT}}"]]),
      ("p", "Sie können den Vertrag innerhalb eines Monats nach Zugang dieses Schreibens kündigen. {{SONDERKUENDIGUNG_TEXT}}"),
      ("small", "Versicherer Allgemeine Versicherung AG - Rheinuferstraße 12 - 50667 Köln")],
      title="Andruck BAP Hausrat 2026", author="Druckzentrum West")])

# 0038
M("N", "en", "insurer-to-reinsurer",
  "property cat XL treaty renewal: draft slip wording (DOCX) with layers, reinstatements and hours clause; company data only",
  frm=ADDR("stone"), to="Treaty Team <treaty@nordstern-rueck.example>",
  subj="2026/27 property cat XL – draft slip for comments",
  date="2026-04-16 11:03", sig="stone", lang="en",
  body="""Dear Henrik, dear Marit,

as promised in Monte Carlo, here is the draft slip for the renewal of our property cat
XL programme on 1 July. Main changes against last year:

- retention up from EUR 60m to EUR 70m (we keep more, as discussed),
- new top layer EUR 150m xs 400m to follow the updated 200-year PML,
- hours clause for windstorm extended from 72 to 96 hours (Heike showed why),
- cyber exclusion replaced by the LMA 5400 wording.

We would welcome your comments by 8 May and your indication by 22 May.

Kind regards""",
  att=[DOCX("Draft_slip_property_catXL_2026.docx", [
      ("h", "Property Catastrophe Excess of Loss – Draft Slip 2026/27"),
      ("t", [["Item", "Terms"],
             ["Reinsured", "Versicherer Allgemeine Versicherung AG, Cologne, and affiliated companies"],
             ["Period", "12 months at 1 July 2026, losses occurring"],
             ["Territory", "Germany, Austria"],
             ["Classes", "Buildings, household, commercial and industrial property, engineering (property sections)"],
             ["Layer 1", "EUR 50m xs EUR 70m, 1 @ 100 %"],
             ["Layer 2", "EUR 130m xs EUR 120m, 1 @ 100 %"],
             ["Layer 3", "EUR 150m xs EUR 250m, 1 @ 100 %"],
             ["Layer 4 (new)", "EUR 150m xs EUR 400m, 1 @ 100 %"],
             ["Hours clause", "Windstorm 96 h, flood 168 h, earthquake 72 h"],
             ["Exclusions", "Nuclear, war, cyber (LMA 5400), pandemic"]], ),
      "Premium rates, brokerage and security to be agreed. This draft is for discussion and does not bind either party.",
      ("small", "Draft v0.3 - 15 April 2026 - Group Reinsurance")],
      author="Rebecca Stone", lang="en-GB")])

# 0039
M("C", "de", "authority",
  "court letter (third-party notice in a motor liability lawsuit) forwarded to legal: named plaintiff and policyholder, case and claim number; property damage only",
  frm=ADDR("oltmanns"), to=ADDR("schreiber"),
  subj="WG: AG Essen 21 C 418/26 – Streitverkündung, unser Schaden KH-25-093117",
  date="2026-04-20 09:12", sig="oltmanns", sigstyle="short",
  body="""Frau Dr. Schreiber,

die Streitverkündung vom Amtsgericht Essen ist heute eingegangen. Es geht um den
Parkhaus-Unfall vom letzten Oktober; reiner Sachschaden, wir hatten 60 % reguliert,
der Kläger will 100 %. Frist zur Erklärung des Beitritts ist der 11.05.

Bitte übernehmen Sie bzw. beauftragen Sie die Vertragskanzlei. Akte ist in der E-Akte
freigegeben.

Jens Oltmanns""",
  quote=FW("Amtsgericht Essen <poststelle@ag-essen.example>", "17.04.2026 12:30", "poststelle@versicherer.example",
           "21 C 418/26 – Zustellung Streitverkündungsschrift",
           """Amtsgericht Essen
Geschäftsnummer: 21 C 418/26

In dem Rechtsstreit

  Daniel Brockmann, Rüttenscheider Straße 140, 45131 Essen – Kläger –
  Prozessbevollmächtigte: Rechtsanwälte Hagedorn & Partner, Essen

gegen

  Sabine Yüksel, Alfredstraße 61, 45130 Essen – Beklagte –

wird Ihnen als Kfz-Haftpflichtversicherer der Beklagten (Vertrag KF-5521-66210,
amtl. Kennzeichen E-SY 318, Ihre Schaden-Nr. KH-25-093117) die anliegende
Streitverkündungsschrift der Beklagten vom 09.04.2026 zugestellt. Streitwert: 4.380,00 EUR
(restlicher Fahrzeugschaden, Mietwagenkosten, Nutzungsausfall).

Sie können dem Rechtsstreit auf Seiten der Beklagten beitreten.

Auf Anordnung
Hülsmann, Justizbeschäftigte"""))

# 0040
M("N", "de", "insurer-to-authority",
  "trap: HTML-only mail to police crime prevention with aggregated bicycle theft claim statistics by city district for a joint campaign",
  frm=ADDR("baumann"), to="Kriminalprävention PP Köln <praevention@polizei-koeln.example>",
  subj="Fahrraddiebstahl-Kampagne Mai – unsere Zahlen",
  date="2026-04-22 13:58", client="outlook",
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Hallo Herr Polat,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">wie beim Termin besprochen hier unsere Schadenzahlen zum Fahrraddiebstahl in Köln f&uuml;r die gemeinsame Kampagne im Mai.
Es sind nur Summen je Stadtbezirk, keine Einzelf&auml;lle. Die Zahlen d&uuml;rfen Sie mit Quellenangabe &bdquo;Versicherer&ldquo; verwenden.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt">
<tr><th>Stadtbezirk</th><th>Schadenf&auml;lle 2025</th><th>davon E-Bikes</th><th>&Oslash; Entsch&auml;digung</th></tr>
<tr><td>Innenstadt</td><td>1.214</td><td>38 %</td><td>1.180 &euro;</td></tr>
<tr><td>Ehrenfeld</td><td>806</td><td>41 %</td><td>1.260 &euro;</td></tr>
<tr><td>Lindenthal</td><td>744</td><td>52 %</td><td>1.640 &euro;</td></tr>
<tr><td>Nippes</td><td>611</td><td>35 %</td><td>1.090 &euro;</td></tr>
<tr><td>Rodenkirchen</td><td>402</td><td>57 %</td><td>1.820 &euro;</td></tr>
<tr><td>&uuml;brige Bezirke</td><td>1.390</td><td>44 %</td><td>1.310 &euro;</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Auff&auml;llig: 71 % der gestohlenen E-Bikes waren nur mit einem Kabelschloss gesichert. Das w&auml;re aus unserer Sicht die Kernbotschaft.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Viele Gr&uuml;&szlig;e<br>Julia Baumann<br>Unternehmenskommunikation<br>Versicherer Holding AG &middot; Rheinuferstra&szlig;e 12 &middot; 50667 K&ouml;ln</p>
</div></body></html>
""")

# 0041
M("N", "de", "authority",
  "trap: pension insurance circular on 2026 social security thresholds forwarded to the bAV team, with a CSV of the values; no persons",
  frm=ADDR("paulsen"), to="bAV-Service <bav-service@versicherer.example>",
  subj="WG: Rundschreiben Rechengrößen der Sozialversicherung 2026",
  date="2026-01-08 08:55", sig="paulsen", sigstyle="short", ent="lv",
  body="""Moin zusammen,

zur Info – bitte in den bAV-Rechnern und in den Beratungsunterlagen prüfen, ob die
neuen Werte drin sind (insb. 4 % BBG für § 3 Nr. 63 EStG und die Geringverdiener-Grenze).
Ich habe die Werte als CSV angehängt.

Henrik""",
  quote=FW("Deutsche Rentenversicherung Bund – Arbeitgeberservice <arbeitgeberservice@drv-bund.example>", "07.01.2026 15:10",
           "Verteiler Arbeitgeber und Versorgungsträger", "Rundschreiben Rechengrößen der Sozialversicherung 2026",
           """Sehr geehrte Damen und Herren,

die Bundesregierung hat die Sozialversicherungs-Rechengrößenverordnung 2026
beschlossen. Die maßgeblichen Werte finden Sie in der Übersicht auf unserer Website.
Bitte beachten Sie, dass die Beitragsbemessungsgrenze in der allgemeinen
Rentenversicherung seit 2025 bundeseinheitlich gilt.

Mit freundlichen Grüßen
Ihr Arbeitgeberservice der Deutschen Rentenversicherung"""),
  att=[CSV("Rechengroessen_SV_2026.csv", [
      ["Wert", "monatlich EUR", "jährlich EUR"],
      ["BBG allgemeine Rentenversicherung", "8.450,00", "101.400,00"],
      ["BBG knappschaftliche Rentenversicherung", "10.400,00", "124.800,00"],
      ["BBG Kranken-/Pflegeversicherung", "5.812,50", "69.750,00"],
      ["Versicherungspflichtgrenze KV", "6.450,00", "77.400,00"],
      ["4 % BBG RV (§ 3 Nr. 63 EStG steuerfrei)", "338,00", "4.056,00"],
      ["8 % BBG RV (§ 3 Nr. 63 EStG, Obergrenze)", "676,00", "8.112,00"],
      ["Bezugsgröße West", "3.955,00", "47.460,00"]], sep=";", enc="windows-1252", sub="excel")])

# 0042
M("N", "de", "insurer-to-authority",
  "trap: insurer's own insurance-tax query to the Federal Central Tax Office with the company's tax number and company bank account",
  frm=ADDR("morgan"), to="Versicherungsteuer BZSt <versicherungsteuer@bzst.example>",
  subj="Versicherungsteuer-Anmeldung März 2026 – Korrektur der Erstattungsbankverbindung",
  date="2026-04-10 10:44", sig="morgan",
  body="""Sehr geehrte Damen und Herren,

in unserer Versicherungsteuer-Anmeldung für März 2026 (Versicherer Allgemeine
Versicherung AG, Versicherungsteuernummer 806/V/41172) ist für eine etwaige Erstattung
versehentlich noch die alte Bankverbindung hinterlegt. Bitte verwenden Sie künftig:

  Kontoinhaberin: Versicherer Allgemeine Versicherung AG
  IBAN: """ + IB("DE", "37040000" + "0102443300") + """
  BIC: COBADEFFXXX

Die geänderte Bankverbindung haben wir zusätzlich über das BZStOnline-Portal gemeldet.
Die Anmeldung selbst ist inhaltlich unverändert (Steuerbetrag 41.882.310,17 Euro).

Mit freundlichen Grüßen""")

# 0043
M("S", "de", "authority",
  "statutory health insurer's recourse claim (§ 116 SGB X) for a pedestrian injured by our policyholder: diagnoses, hospital and rehab costs; forwarded",
  frm=ADDR("brenner"), to=ADDR("oltmanns"),
  subj="WG: Regress § 116 SGB X – Versicherte Ingrid Wolters / Ihr Zeichen KH-25-081244",
  date="2026-04-23 14:30", sig="brenner", sigstyle="short",
  body="""Jens,

der Fußgänger-Fall ist zwar Kfz, aber du hast doch die Personenschaden-Regresse
gebündelt – magst du das übernehmen? Die Kasse will 38.700 Euro. Die
Krankenhausrechnung ist plausibel, bei der Reha hätte ich Fragen (6 Wochen?).

Markus""",
  quote=FW("Regress Team AOK Rheinland <regress@aok-rheinland.example>", "22.04.2026 09:47", "schaden-kfz@versicherer.example",
           "Regress § 116 SGB X – Versicherte Ingrid Wolters / Ihr Zeichen KH-25-081244",
           """Sehr geehrte Damen und Herren,

unsere Versicherte

  Ingrid Wolters, geb. 03.03.1951, Krankenversichertennummer A123456780

wurde am 28.11.2025 in Düsseldorf-Bilk als Fußgängerin von dem bei Ihnen
haftpflichtversicherten Fahrzeug D-FB 2021 erfasst. Wir machen die auf uns
übergegangenen Ansprüche (§ 116 SGB X) wie folgt geltend:

  Krankenhausbehandlung 28.11.–19.12.2025, Universitätsklinikum Düsseldorf
  (DRG I08B – Eingriffe an Hüftgelenk und Femur; Diagnose S72.01 Schenkelhalsfraktur
  rechts, S06.0 Gehirnerschütterung)                                 21.480,60 EUR
  Anschlussrehabilitation 22.12.2025–01.02.2026, Rehaklinik Bad Sassendorf
                                                                     14.903,00 EUR
  Heil- und Hilfsmittel (Rollator, Physiotherapie)                    2.318,40 EUR
  Summe                                                              38.702,00 EUR

Bitte bestätigen Sie Ihre Eintrittspflicht und überweisen Sie den Betrag bis zum
22.05.2026 unter Angabe unseres Aktenzeichens R-25-77410.

Mit freundlichen Grüßen
AOK Rheinland, Regressabteilung"""))

# 0044
M("S", "de", "insurer-to-company",
  "group accident offer for a named company (head counts per risk class, sums, premium, no employee names): concrete contract offer in a personal line",
  frm=ADDR("kaya"), to="Jörg Steger <j.steger@steger-bau.example>",
  subj="Angebot Gruppenunfallversicherung Steger Bau GmbH",
  date="2026-03-27 11:45", sig="kaya",
  body="""Hallo Herr Steger,

danke für die Zahlen. Hier unser Angebot für die Gruppenunfallversicherung Ihrer
Firma auf Basis von 14 Büro- und 61 gewerblichen Mitarbeitenden, rund um die Uhr.

Zusammenfassung:
  Invalidität 100.000 Euro (Progression 350 %), Todesfall 20.000 Euro,
  Krankenhaustagegeld 30 Euro, Bergungskosten und kosmetische OP inklusive.
  Jahresbeitrag 9.842,60 Euro inkl. Versicherungsteuer.

Die Berechnung im Einzelnen steht im angehängten Angebot. Wir haben die beiden
Arbeitsunfälle aus 2024, die Sie am Telefon erwähnt haben, berücksichtigt; deshalb
liegt der Satz für Gefahrengruppe B etwas über der allgemeinen Übersicht.

Wenn Sie zustimmen, brauchen wir nur den unterschriebenen Antrag (kommt mit dem
Angebot) – eine Namensliste ist nicht nötig.

Viele Grüße""",
  att=[PDF("Angebot_GUV_Steger_Bau.pdf", [
      ("h", "Angebot Gruppenunfallversicherung (namenlos)"),
      ("p", "Versicherungsnehmerin: Steger Bau GmbH, Industriestraße 14, 57076 Siegen. Angebot GUV-ANG-26-0311 vom 27.03.2026, gültig bis 30.04.2026."),
      ("t", [["Gefahrengruppe", "Personen", "Invalidität / Progr.", "Tod", "KHT", "Beitrag EUR"],
             ["A (kaufmännisch)", "14", "100.000 / 350 %", "20.000", "30", "1.218,40"],
             ["B (gewerblich)", "61", "100.000 / 350 %", "20.000", "30", "7.052,60"],
             ["", "", "", "", "Summe netto", "8.271,00"],
             ["", "", "", "", "VersSt. 19 %", "1.571,60"],
             ["", "", "", "", "Jahresbeitrag", "9.842,60"]]),
      ("p", "Zuschlag Gefahrengruppe B: 12 % aufgrund der Schadenerfahrung 2024 (zwei Arbeitsunfälle). "
            "Vertragsdauer 1 Jahr mit stillschweigender Verlängerung."),
      ("small", "Es gelten die AUB 2026 und die Besonderen Bedingungen für die Gruppenunfallversicherung (BB GUV 2026).")],
      title="Angebot GUV Steger Bau", author="Selin Kaya")])

# 0045
M("S", "en", "insurer-to-company",
  "body names nobody; only in the PDF attachment: travel health certificates for three named employees with birth dates and passport numbers (health line)",
  frm=ADDR("krause"), to="Amelie Forster <a.forster@kessler-maschinenbau.example>",
  subj="Insurance certificates for visa application – trip to Shanghai, 18–29 May",
  date="2026-04-28 15:10", sig="krause", lang="en",
  body="""Dear Ms Forster,

please find attached the travel health insurance certificates for the visa applications
of your three colleagues. They are issued under your company's business travel policy
77-DR-2207 and confirm medical cover of at least EUR 50,000 incl. repatriation, as
required by the consulate.

If the travel dates change, just let me know and I will reissue them the same day.

Kind regards""",
  att=[PDF("Certificates_visa_Shanghai_May2026.pdf", [
      ("h", "Certificate of Travel Health Insurance"),
      ("p", "Insurer: Versicherer Allgemeine Versicherung AG, Cologne. Policyholder: Kessler Maschinenbau GmbH, Gütersloh. "
            "Policy no. 77-DR-2207 (business travel, worldwide incl. USA/Canada)."),
      ("t", [["Insured person", "Date of birth", "Passport no.", "Period of cover", "Medical expenses limit"],
             ["Thomas Brückmann", "12.08.1972", "C4F7K21LX", "18.05.2026 - 29.05.2026", "unlimited, repatriation incl."],
             ["Dr. Yvonne Lehmkuhl", "30.01.1985", "C01X99TR4", "18.05.2026 - 29.05.2026", "unlimited, repatriation incl."],
             ["Mehmet Aslan", "05.11.1990", "C7H2P80ZM", "18.05.2026 - 29.05.2026", "unlimited, repatriation incl."]]),
      ("p", "The insurance covers the costs of medical treatment, hospital stay and medically necessary repatriation "
            "in the People's Republic of China during the period stated above. Pre-existing conditions are not excluded."),
      ("small", "Cologne, 28 April 2026 - Corporate Travel Insurance - this certificate is valid only with a passport.")],
      title="Travel health certificates 77-DR-2207", author="Dennis Krause")])

# 0046
M("N", "de", "newsletter",
  "trap: corporate-client newsletter: 2026 pension thresholds, bKV trends, cyber checklist; generic content only",
  frm="Firmenkunden-Newsletter <newsletter@versicherer.example>", to="firmenkunden-abonnenten@versicherer.example",
  subj="Firmenkunden kompakt – April 2026",
  date="2026-04-15 06:30", client="system", mailer="Newsletter2Go Relay",
  headers={"List-Unsubscribe": "<https://news.versicherer.example/abmelden?l=firmen>", "Precedence": "bulk"},
  body="""FIRMENKUNDEN KOMPAKT – April 2026

bAV: Was sich 2026 ändert
Der steuerfreie Höchstbetrag nach § 3 Nr. 63 EStG liegt 2026 bei 8 % der
Beitragsbemessungsgrenze, also 676 Euro im Monat; sozialversicherungsfrei bleiben
4 % (338 Euro). Der Förderbetrag für Geringverdiener gilt jetzt bis 2.000 Euro
Monatslohn. Prüfen Sie, ob Ihre Entgeltumwandlungsvereinbarungen noch passen.

bKV: Budgettarife weiter gefragt
Jedes dritte neue bKV-Modell bei uns ist inzwischen ein Budgettarif. Mitarbeitende
nutzen ihn vor allem für Sehhilfen und Zahnprophylaxe. Arbeitgeber schätzen, dass keine
Gesundheitsprüfung nötig ist und der Beitrag planbar bleibt.

Cyber: Fünf Fragen für den Jahrescheck
  1. Gibt es ein Offline-Backup, und wurde die Wiederherstellung getestet?
  2. Ist die Mehrfaktor-Anmeldung für E-Mail und Fernzugriff aktiv?
  3. Sind alle Server-Updates eingespielt?
  4. Wissen die Mitarbeitenden, wem sie eine verdächtige Mail melden?
  5. Gibt es einen Notfallplan mit Telefonnummern auf Papier?

Termine
  13.05. Online-Seminar "Gruppenunfall und BG – wer zahlt was?"
  03.06. Firmenkundentag in Köln (Anmeldung über Ihre Betreuerin oder Ihren Betreuer)

Abmelden: https://news.versicherer.example/abmelden?l=firmen
Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln""")

# 0047
M("N", "en", "internal",
  "minutes of an internal meeting on the broker commission model 2027 (ODT); percentages and process, no persons or contracts",
  frm=ADDR("haas"), to="Vertriebssteuerung <vertriebssteuerung@versicherer.example>", cc=[ADDR("reuter"), ADDR("vogel")],
  subj="Minutes – commission model 2027, workshop 29 April",
  date="2026-04-30 17:25", sig="haas", sigstyle="short", lang="en",
  body="""Hi all,

minutes from yesterday's workshop attached (ODT, the template from the project
office). Please send corrections by Wednesday; after that I'll circulate to the
board office.

Claudia""",
  att=[ODT("Minutes_commission_model_2027.odt", [
      ("h", "Commission model 2027 – workshop minutes"),
      "Date: 29 April 2026, 10:00-13:30, room Rhein 4. Participants: Broker Relations North and South, Commission Accounting, Sales Controlling, Actuarial Life.",
      ("h", "Decisions", 2),
      ("t", [["No.", "Topic", "Decision", "Owner"],
             ["1", "Life: upfront vs. level commission", "Offer both; level variant with 1.5 % of premiums p.a. over the term", "Actuarial Life"],
             ["2", "Clawback period", "Keep 5 years (legal maximum), pro rata", "Commission Accounting"],
             ["3", "Commercial lines scale", "Keep the 2026 scale, review after 12 months", "Sales Controlling"],
             ["4", "Statement format", "Add CSV/BiPRO export; PDF stays", "Commission Accounting"]]),
      ("h", "Open points", 2),
      "- Cap on upfront commission for health (PKV) in line with the statutory limit: check with Legal.\n- Pool agreements: separate scale for pools above EUR 5m new business?"])])

# 0048
M("C", "en", "insurer-to-broker",
  "yacht insurance quote for a broker's named client with date of birth, skipper licence and hull value; non-personal line",
  frm=ADDR("osei"), to="Harriet Cole <hcole@kestrel-risk.example>",
  subj="Quotation yacht hull & liability – your client Mr Matthias Ebeling, \"Seeschwalbe\"",
  date="2026-05-04 12:05", sig="osei", lang="en",
  body="""Dear Harriet,

thank you for the submission. We are pleased to quote as follows for your client:

  Owner / skipper:  Mr Matthias Ebeling, born 23 February 1966, Kiel
  Licences:         SKS (2009), SRC radio certificate
  Vessel:           "Seeschwalbe", Hallberg-Rassy 40C, built 2017, HIN SE-HRY40144F717
  Mooring:          Kiel-Schilksee, winter storage ashore
  Navigation area:  Baltic Sea, North Sea incl. Channel, 1 April – 31 October
  Agreed value:     EUR 385,000
  Deductible:       EUR 1,000 (total loss no deductible)
  Liability:        EUR 10m combined single limit
  Annual premium:   EUR 3,902.50 incl. insurance tax

Subject to a satisfactory condition survey no older than 24 months; the survey from
2024 you mentioned would do. Quote valid 30 days.

Kind regards""")

# 0049
M("C", "en", "insurer-to-broker",
  "confirmation of a broker mandate change for three named customers with contract numbers (motor, household, commercial liability of a sole trader)",
  frm=ADDR("berger"), to="Harriet Cole <hcole@kestrel-risk.example>",
  subj="Broker mandates received – Kestrel Risk Partners (agency no. 40-91204)",
  date="2026-05-06 09:40", sig="berger", lang="en",
  body="""Dear Ms Cole,

we have received the broker mandates for the following customers and have assigned
the contracts to your agency number 40-91204 with effect from 1 May 2026:

[[mand]]

Commission for these contracts will be paid to you from the next due date. The
previous agent has been informed. Please note that the commercial liability policy of
Mr Lindgren (sole trader, carpentry) renews on 1 July – the renewal invitation will
be sent to you.

Kind regards""",
  tables={"mand": ([["Customer", "Contract", "Line", "Renewal"],
                    ["Matthias Ebeling, Kiel", "KF-5521-38810", "Motor", "01.01."],
                    ["Matthias Ebeling, Kiel", "HR-4402-290114", "Household", "01.09."],
                    ["Svenja Lütjens, Eckernförde", "WG-3318-2090-1", "Buildings", "01.03."],
                    ["Per Lindgren (Tischlerei Lindgren)", "BH-5800-110472", "Commercial liability", "01.07."]], "pad")})

# 0050
M("N", "de", "insurer-to-broker",
  "system mail with a one-time password for a new broker portal user; no customer data",
  frm="Maklerportal <no-reply@makler.versicherer.example>", to="lea.hinz@raith-versicherungsmakler.example",
  subj="Ihr Einmal-Passwort für das Maklerportal",
  date="2026-05-07 10:14", client="system", mailer="Siegel Portal Notification",
  body="""Guten Tag,

Ihre Makleradministratorin hat für Sie einen Zugang zum Maklerportal angelegt
(Vertragspartner: Raith Versicherungsmakler GmbH).

Ihr Einmal-Passwort lautet:   7Hq-4mZp-29xK

In einer zweiten E-Mail erhalten Sie den Link zur Registrierung. Melden Sie sich dort
mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an und vergeben Sie ein eigenes
Passwort sowie eine Sicherheitsfrage. Das Einmal-Passwort ist 72 Stunden gültig.

Sie haben keinen Zugang beantragt? Dann wenden Sie sich bitte an Ihre
Makleradministratorin oder an maklerservice@versicherer.example.

Ihr Maklerportal-Team""")


# ---------------------------------------------------------------- batch 3 (0051-0075)

# 0051
M("S", "de", "insurer-to-company",
  "employer asks about a leaving employee's direct insurance (bAV): name, policy number, surrender value and options for the employee",
  frm=ADDR("sommer"), to="Birgit Lampe <b.lampe@elektro-lampe.example>",
  subj="AW: Ausscheiden Herr Ricardo Ferreira – Direktversicherung LV 7 114 190 228",
  date="2026-05-12 11:18", sig="sommer", ent="lv", client="outlook",
  body="""Hallo Frau Lampe,

danke für die Info. Zum Ausscheiden von Herrn Ferreira zum 31.05.2026:

Die Direktversicherung LV 7 114 190 228 ist aus reiner Entgeltumwandlung finanziert,
die Anwartschaft ist also sofort unverfallbar. Herr Ferreira hat drei Möglichkeiten:

  1. Mitnahme zum neuen Arbeitgeber (Übertragung nach § 4 BetrAVG),
  2. private Fortführung mit eigenen Beiträgen (Versicherungsnehmerwechsel auf ihn),
  3. Beitragsfreistellung.

Stand heute beträgt das Deckungskapital 14.382,16 Euro; beitragsfrei würde sich eine
garantierte Altersrente ab 67 von 61,40 Euro monatlich ergeben.

Bitte schicken Sie uns die Austrittsmeldung (Formular bAV-12) mit dem letzten
Beitragsmonat. Herr Ferreira bekommt dann von uns direkt ein Schreiben mit den
Optionen; Sie müssen ihn nicht beraten.

Viele Grüße""",
  quote=OQ("Birgit Lampe <b.lampe@elektro-lampe.example>", "Montag, 11. Mai 2026 16:40", "Katrin Sommer",
           "Ausscheiden Herr Ricardo Ferreira – Direktversicherung",
           """Hallo Frau Sommer,

unser Monteur Ricardo Ferreira hat zum 31.05. gekündigt. Was passiert jetzt mit
seiner Direktversicherung? Müssen wir etwas tun?

Gruß Birgit Lampe
Elektro Lampe GmbH, Buchhaltung"""))

# 0052
M("N", "de", "insurer-to-company",
  "trap: blank template of a salary conversion agreement (DOCX) with placeholders for employee name, birth date and amount",
  frm=ADDR("paulsen"), to="Birgit Lampe <b.lampe@elektro-lampe.example>",
  subj="Muster Entgeltumwandlungsvereinbarung (Word)",
  date="2026-05-12 15:03", sig="paulsen", sigstyle="short", ent="lv",
  body="""Hallo Frau Lampe,

meine Kollegin Frau Sommer sagte, Sie bräuchten für neue Mitarbeitende noch unser
Muster der Entgeltumwandlungsvereinbarung als Word-Datei. Anbei – die gelben Felder
in eckigen Klammern bitte je Mitarbeiter ausfüllen, den Rest nicht ändern.

Gruß
Henrik Paulsen""",
  att=[DOCX("Muster_Entgeltumwandlungsvereinbarung_2026.docx", [
      ("h", "Vereinbarung über Entgeltumwandlung"),
      "zwischen\n[FIRMA], [ANSCHRIFT] – nachfolgend Arbeitgeber –\nund\n[VORNAME NAME], geb. am [TT.MM.JJJJ], Personalnummer [NR.] – nachfolgend Arbeitnehmer/in –",
      ("h", "§ 1 Umwandlung", 2),
      "Der/die Arbeitnehmer/in wandelt ab dem [DATUM] monatlich [BETRAG] Euro seines/ihres Bruttoentgelts in einen Beitrag zu einer Direktversicherung um.",
      ("h", "§ 2 Arbeitgeberzuschuss", 2),
      "Der Arbeitgeber zahlt einen Zuschuss von 15 % des umgewandelten Entgelts, soweit er Sozialversicherungsbeiträge einspart (§ 1a Abs. 1a BetrAVG).",
      ("h", "§ 3 Versorgungsträger", 2),
      "Versorgungsträger ist die Versicherer Lebensversicherung AG, Köln. Bezugsberechtigt ist der/die Arbeitnehmer/in; im Todesfall gilt die Regelung im Versicherungsschein.",
      ("t", [["Feld", "Eintrag"], ["Tarif", "[DV-Klassik 2025 / DV-Invest 2025]"], ["Beginn", "[DATUM]"], ["Betrag mtl.", "[BETRAG] EUR"]]),
      "\n[Ort, Datum]            ____________________ Arbeitgeber            ____________________ Arbeitnehmer/in"],
      author="bAV-Service", title="Muster Entgeltumwandlung")])

# 0053
M("C", "de", "insurer-to-broker",
  "commercial renewal preparation for a broker: claims history of a sole-trader painting business (owner named), claim amounts; no health",
  frm=ADDR("hartmann"), to="Kai Brodersen <k.brodersen@nordmakler.example>",
  subj="Verlängerung BHV/Inhalt Malerbetrieb Jansen – Schadenverlauf",
  date="2026-05-18 13:44", sig="hartmann",
  body="""Moin Herr Brodersen,

für das Gespräch mit Ihrem Kunden Herrn Frank Jansen (Malermeister, Einzelunternehmen)
anbei der Schadenverlauf der letzten fünf Jahre. Die Quote liegt bei 118 %, getrieben
durch den Schaden in der Arztpraxis 2024 (Farbnebel auf Geräten, 22.400 Euro).

Ohne Anpassung können wir nicht verlängern. Vorschlag:
- Selbstbeteiligung Betriebshaftpflicht 500 statt 250 Euro,
- Beitrag +15 %,
- Bearbeitungsschäden an Geräten nur mit Sublimit 10.000 Euro.

Wenn Herr Jansen die Mitarbeiterschulung zum Abkleben nachweist, lassen wir über das
Sublimit mit uns reden.

Beste Grüße""",
  att=[XLSX("Schadenverlauf_Jansen_BH-5800-099301.xlsx", {
      "Schadenverlauf": [
          ["Jahr", "Schaden-Nr.", "Sparte", "Schadenart", "Zahlung EUR", "Reserve EUR"],
          [2021, "BH-21-004410", "Betriebshaftpflicht", "Parkettkratzer Kunde", 1280.0, 0],
          [2022, "-", "-", "schadenfrei", 0, 0],
          [2023, "IN-23-001187", "Inhalt", "Einbruch Lager, Werkzeug", 3940.0, 0],
          [2024, "BH-24-011935", "Betriebshaftpflicht", "Farbnebel auf Praxisgeräten (Kunde: Zahnarztpraxis)", 22400.0, 0],
          [2025, "BH-25-008802", "Betriebshaftpflicht", "Wasserschaden durch umgestoßenen Eimer", 2150.0, 800.0],
          [],
          ["", "", "", "Summe", 29770.0, 800.0],
          ["", "", "", "Beitrag 5 Jahre", 25790.0, ""],
          ["", "", "", "Schadenquote", 1.18, ""],
          [],
          ["Versicherungsnehmer: Frank Jansen, Malerbetrieb Jansen (Einzelunternehmen), Husum - Vertrag BH-5800-099301 / IN-6100-044127"],
      ]}, author="Sven Hartmann")])

# 0054
M("N", "en", "insurer-to-broker",
  "product comparison for commercial property (HTML table + PDF) for a broker's sales meeting; no clients named",
  frm=ADDR("hartmann"), to="Harriet Cole <hcole@kestrel-risk.example>",
  subj="Commercial property – product lines compared",
  date="2026-05-21 10:07", sig="hartmann", lang="en", html=True,
  body="""Dear Harriet,

as requested, a short comparison of our three commercial property lines for your
sales meeting next week. The PDF has the full list of covers and sublimits.

[[cmp]]

All three can be combined with business interruption (up to 24 months indemnity
period) and cyber. Let me know if you want me to join the meeting by video.

Best regards""",
  tables={"cmp": ([["", "Basic", "Plus", "Industrial"],
                   ["Target group", "shops, offices", "workshops, small production", "production > EUR 10m turnover"],
                   ["Fire, storm, burglary", "yes", "yes", "yes"],
                   ["Natural hazards", "option", "yes", "yes (own limits)"],
                   ["Unnamed perils", "no", "EUR 250k", "EUR 5m"],
                   ["Max. sum insured", "EUR 2m", "EUR 15m", "individual"]], "pad")},
  att=[PDF("Commercial_property_overview_2026.pdf", [
      ("h", "Commercial property insurance – overview 2026"),
      ("t", [["Cover / sublimit", "Basic", "Plus", "Industrial"],
             ["Clean-up costs", "EUR 50,000", "EUR 250,000", "EUR 1,000,000"],
             ["Goods in transit", "-", "EUR 25,000", "EUR 250,000"],
             ["Electronic equipment", "EUR 20,000", "EUR 100,000", "individual"],
             ["Glass", "option", "yes", "yes"],
             ["Business interruption", "option, 12 months", "option, 24 months", "individual"],
             ["Deductible", "EUR 250", "EUR 500", "from EUR 10,000"]]),
      ("small", "For intermediaries only. Not an offer. Terms: AVB Gewerbe 2026.")],
      title="Commercial property overview", author="Sven Hartmann")])

# 0055
M("S", "en", "broker",
  "UK broker's forwarded answers to life underwriting questions for a named client (asthma, knee surgery, GP visits), passed on internally",
  frm=ADDR("schulte"), to=ADDR("hasselbach"),
  subj="FW: Life application Ms Chloe Whitaker – answers to your questions",
  date="2026-05-22 09:50", sig="schulte", sigstyle="short", lang="en", ent="lv",
  body="""Ulrike, could you have a look? The answers came from Brightwater this morning.
I'd accept standard for the asthma, but the knee is above my limit.
Marlene""",
  quote=FW("Oliver Grant <ogrant@brightwater-brokers.example>", "Fri, 22 May 2026 at 08:12",
           "Marlene Schulte <marlene.schulte@versicherer.example>", "Life application Ms Chloe Whitaker – answers to your questions",
           """Dear Ms Schulte,

please find our client's answers to your questions of 15 May (application TL-2026-4471,
Ms Chloe Whitaker, born 9 September 1988, living in Frankfurt):

1. Asthma: diagnosed at age 12, mild, uses a salbutamol inhaler "maybe twice a month",
   no hospital admissions, no oral steroids in the last five years.
2. Knee: anterior cruciate ligament reconstruction (left) in March 2023 after a skiing
   accident, full recovery, back to running. A second arthroscopy is planned for
   autumn because of a meniscus tear found in April.
3. GP visits in the last 2 years: check-up, two respiratory infections, the knee.

She is happy to sign a GP report consent if needed.

Kind regards
Oliver Grant
Brightwater Insurance Brokers Ltd""", lang="en"))

# 0056
M("C", "de", "insurer-to-assessor",
  "motor expert instruction for a burnt-out recovered stolen car: named policyholder, plate, VIN, policy; no injuries",
  frm=ADDR("brenner"), to="Kfz-Sachverständigenbüro Roloff & Partner <auftrag@kfz-sv-roloff.example>",
  subj="Gutachtenauftrag VK-26-004418 – Totalschaden nach Entwendung",
  date="2026-05-26 08:40", sig="brenner",
  body="""Sehr geehrte Damen und Herren,

bitte erstellen Sie ein Gutachten (Wiederbeschaffungswert, Restwert) für folgendes
Fahrzeug:

  Versicherungsnehmer: Herr Dragan Petrović, Leverkusen
  Fahrzeug:            Mercedes-Benz GLC 300 4MATIC, EZ 04/2022
  Kennzeichen:         LEV-DP 400 (abgemeldet)
  FIN:                 W1N2539841V118207
  Vertrag / Schaden:   KF-5530-31442 / VK-26-004418

Das Fahrzeug wurde am 09.05. als gestohlen gemeldet und am 21.05. ausgebrannt in einem
Waldstück bei Solingen aufgefunden. Es steht jetzt beim Abschleppdienst Kuhn,
Solingen-Ohligs. Bitte prüfen Sie zusätzlich, ob Spuren am Zündschloss bzw. an der
Elektronik auf ein Überwinden der Wegfahrsperre hindeuten; die Schlüssel hat der VN
eingereicht (2 Stück).

Mit freundlichen Grüßen""")

# 0057
M("N", "de", "assessor",
  "trap: loss adjusting firm's 2026 fee schedule (ODS) forwarded internally; fee bands by loss amount, company data only",
  frm=ADDR("lange"), to="Team Sachverständigensteuerung <sv-steuerung@versicherer.example>",
  subj="WG: Honorartabelle 2026 Dahlmann Sachverständige",
  date="2026-05-28 16:31", sig="lange", sigstyle="short",
  body="""Zur Info: Dahlmann erhöht zum 01.07. um 6 %, liegt damit immer noch unter
dem BVSK-Mittel. Ich würde das so akzeptieren. Tabelle bitte ins SV-Verzeichnis.

Uwe""",
  quote=FW("Sachverständigenbüro Dahlmann <info@sv-dahlmann.example>", "28.05.2026 11:02", "Uwe Lange <uwe.lange@versicherer.example>",
           "Honorartabelle 2026",
           """Sehr geehrter Herr Lange,

anbei unsere ab 01.07.2026 geltende Honorartabelle. Reisekosten und Fotos werden
weiterhin pauschal berechnet.

Mit freundlichen Grüßen
Sachverständigenbüro Dahlmann GmbH, Bochum"""),
  att=[ODS("Honorartabelle_Dahlmann_2026.ods", {
      "Honorare": [
          ["Schadenhöhe bis EUR", "Grundhonorar EUR netto", "Nebenkosten pauschal EUR"],
          [5000, 420, 60],
          [10000, 610, 60],
          [25000, 890, 85],
          [50000, 1280, 85],
          [100000, 1840, 110],
          [250000, 2960, 140],
          ["darüber", "nach Zeitaufwand (145 EUR/Std.)", 140]]})])

# 0058
M("S", "de", "insurer-to-lawyer",
  "instruction of a panel lawyer to defend a physiotherapist (professional liability): named patient alleges nerve injury, treatment details",
  frm=ADDR("oltmanns"), to="RA Dr. Felix Bernauer <bernauer@kanzlei-bernauer.example>",
  subj="Mandat: Patientin Monika Stahl ./. Physiotherapie Wagener – BHV Heilberufe, Schaden BH-26-006613",
  date="2026-06-02 10:26", sig="oltmanns",
  body="""Sehr geehrter Herr Dr. Bernauer,

wir beauftragen Sie mit der Abwehr der Ansprüche gegen unseren Versicherungsnehmer,
Herrn Jörg Wagener, Inhaber der Praxis für Physiotherapie Wagener in Mülheim
(Berufshaftpflicht Heilberufe, Vertrag BH-5820-017744).

Zum Sachverhalt: Die Patientin Frau Monika Stahl (geb. 1962) behauptet, bei einer
manuellen Therapie der Halswirbelsäule am 14.01.2026 sei ein Nerv geschädigt worden;
seitdem bestünden Taubheitsgefühle im rechten Arm und Kraftverlust in der Hand. Ein
neurologischer Befund vom 20.02.2026 beschreibt eine Radikulopathie C6 rechts bei
vorbestehendem Bandscheibenvorfall C5/C6 (MRT 2021). Die Patientin fordert über ihren
Anwalt 25.000 Euro Schmerzensgeld und Verdienstausfall.

Unser VN bestreitet einen Behandlungsfehler; die Behandlungsdokumentation und seine
Stellungnahme sind in der E-Akte, die wir Ihnen über den Datenraum freigeben. Wir
halten ein medizinisches Sachverständigengutachten für unvermeidlich.

Bitte zeigen Sie sich bei der Gegenseite an und stimmen Sie weitere Schritte mit mir
ab. Es gilt unsere Gebührenvereinbarung.

Mit freundlichen Grüßen""")

# 0059
M("C", "de", "insurer-to-lawyer",
  "legal expenses cover confirmation to a tenant's lawyer: named client, policy, tenancy dispute, amount in dispute; no special categories",
  frm=ADDR("lindqvist"), to="Kanzlei Herbst & Gül <info@herbst-guel.example>",
  subj="Deckungszusage RS-26-014402 – Ihre Mandantin Frau Nadine Kraus",
  date="2026-06-04 14:12", sig="lindqvist", client="thunderbird",
  body="""Sehr geehrte Frau Rechtsanwältin Gül,

für die außergerichtliche und erstinstanzliche gerichtliche Interessenwahrnehmung Ihrer
Mandantin

  Frau Nadine Kraus, Körnerstraße 9, 04107 Leipzig
  Rechtsschutzvertrag RS-6610-122907 (Privat-, Berufs- und Wohnungsrechtsschutz)

wegen der Mieterhöhung und der Nebenkostenabrechnung 2024 der Vermieterin (Wohnbau
Leipzig-Süd GmbH) erteilen wir Deckungszusage. Gegenstandswert nach Ihren Angaben
3.240 Euro (Jahresbetrag der Erhöhung) zzgl. 612,80 Euro Nachforderung.

Die Selbstbeteiligung von 150 Euro trägt Ihre Mandantin. Bitte rechnen Sie nach RVG
ab und senden Sie uns Ihre Kostennote mit unserer Schadennummer RS-26-014402.

Mit freundlichen Grüßen""")

# 0060
M("N", "de", "insurer-to-supplier",
  "IT vendor licence renewal for document management software: price table per module (XLSX), company data only",
  frm=ADDR("krueger"), to="Vertrieb ArchivoSoft <vertrieb@archivosoft.example>",
  cc=ADDR("raman"),
  subj="Verlängerung Lizenzvertrag DMS 2026–2028 – unsere Gegenvorschläge",
  date="2026-06-08 12:20", sig="krueger",
  body="""Sehr geehrter Herr Bauer,

danke für Ihr Angebot vom 29.05. Wir haben die Positionen mit der IT-Architektur
durchgesprochen; unsere Gegenvorschläge stehen in der Spalte "Versicherer" der
Anlage. Kurz:

- Wartung 19 % statt 22 % der Lizenzsumme, wie im Rahmenvertrag 2023 vereinbart,
- das Modul "Posteingang KI" nur als Pilot mit 50 Usern, nicht für alle 1.800,
- Laufzeit drei Jahre mit Preisgleitklausel maximal 3 % p.a.

Können wir am 15.06. telefonieren? Frau Raman aus der IT ist dann auch dabei.

Mit freundlichen Grüßen""",
  att=[XLSX("DMS_Verlaengerung_Gegenvorschlag.xlsx", {
      "Positionen": [
          ["Modul", "User", "Angebot ArchivoSoft EUR p.a.", "Versicherer EUR p.a.", "Kommentar"],
          ["Basis-DMS", 1800, 216000.0, 205200.0, "Mengenrabatt Stufe 3"],
          ["Scan & Capture", 220, 39600.0, 39600.0, "ok"],
          ["E-Akte Schaden", 950, 114000.0, 104500.0, "wie 2025 + 2 %"],
          ["Posteingang KI", 1800, 162000.0, 9000.0, "nur Pilot, 50 User"],
          ["Wartung", "", 0.22, 0.19, "Rahmenvertrag 2023"],
      ]}, author="Stefan Krüger")])

# 0061
M("N", "en", "insurer-to-supplier",
  "trap: translation agency (a limited company) invoice query with the agency's company bank account; translation of policy wordings, no persons",
  frm=ADDR("schreiber"), to="Accounts <accounts@polyglot-medical.example>",
  subj="RE: Invoice PMT-2026-0611 – wording translation",
  date="2026-06-10 09:15", sig="schreiber", sigstyle="short", lang="en",
  body="""Dear Ms Doyle,

thank you. Invoice PMT-2026-0611 (translation of our travel insurance wordings
DE>EN, 41 pages, EUR 3,895.00) has been approved and will be paid within 14 days to the
account stated on the invoice:

  Polyglot Medical Translations Ltd
  IBAN """ + IB("IE", "AIBK93115212345678") + """
  BIC AIBKIE2D

Please note for future invoices that our purchase order number (4500221907) must
appear on the invoice, otherwise our scanning line rejects it.

Kind regards
Carola Schreiber""",
  quote=OQ("Siobhan Doyle", "Tuesday, June 9, 2026 4:02 PM", "Carola Schreiber", "Invoice PMT-2026-0611 – wording translation",
           """Dear Dr Schreiber,

please find attached our invoice for the translation of the travel insurance wordings.
Our bank details have changed in March – please use the new account shown on the
invoice.

Best regards
Siobhan Doyle, Accounts""", lang="en"))

# 0062
M("C", "de", "insurer-to-printer",
  "harmless body; only in the CSV attachment (windows-1252, application/vnd.ms-excel): motor payment reminders with named policyholders, addresses, contracts, arrears",
  frm=ADDR("pohl"), to="Druckzentrum West <produktion@druckzentrum-west.example>",
  subj="Mahnlauf Kfz 06/2026 – Datenlieferung und Stichprobe",
  date="2026-06-12 07:58", sig="pohl", sigstyle="short",
  body="""Hallo Herr Demirci,

die Daten für den Mahnlauf Kfz Juni liegen seit 06:30 Uhr auf der SFTP-Strecke
(Datei MAHN_KF_202606.csv.pgp, 8.412 Sätze). Für Ihre Qualitätskontrolle hängt wie
vereinbart eine Stichprobe der ersten zehn Sätze an – bitte nach der Prüfung löschen.

Druck und Versand bitte bis Montag, 15.06., Postauflieferung spätestens 16.06.

Danke und Gruß
Verena Pohl""",
  att=[CSV("Stichprobe_MAHN_KF_202606.csv", [
      ["Satz", "Anrede", "Name", "Strasse", "PLZ", "Ort", "Vertrag", "Kennzeichen", "Rueckstand_EUR", "Mahnstufe"],
      ["1", "Herr", "Andreas Kühnel", "Lindenweg 4", "50259", "Pulheim", "KF-5521-10334", "BM-AK 771", "214,30", "1"],
      ["2", "Frau", "Sevgi Aydogan", "Venloer Str. 318", "50825", "Köln", "KF-5521-11892", "K-SA 1203", "96,10", "1"],
      ["3", "Herr", "Ralf Dombrowski", "Am Weiher 12", "51465", "Bergisch Gladbach", "KF-5530-21007", "GL-RD 56", "488,00", "2"],
      ["4", "Firma", "Blumen Haas GbR", "Hauptstr. 77", "53721", "Siegburg", "KF-5521-12210", "SU-BH 99", "1.102,40", "1"],
      ["5", "Frau", "Marie-Luise Frings", "Kirchgasse 2", "41460", "Neuss", "KF-5521-13047", "NE-MF 310", "61,75", "1"],
      ["6", "Herr", "Tobias Lenz", "Brühler Str. 140", "50968", "Köln", "KF-5521-13311", "K-TL 4040", "302,90", "2"],
      ["7", "Herr", "Jannik Scholz", "Zum Acker 9", "52353", "Düren", "KF-5521-13786", "DN-JS 18", "155,00", "1"],
      ["8", "Frau", "Oksana Melnyk", "Berliner Platz 3", "42103", "Wuppertal", "KF-5530-22290", "W-OM 707", "97,20", "1"],
      ["9", "Herr", "Dr. Heiner Vosskuhl", "Parkallee 21", "40474", "Düsseldorf", "KF-5521-14220", "D-HV 1", "1.840,00", "3"],
      ["10", "Frau", "Carla Meurer", "Weidenpesch 5", "50737", "Köln", "KF-5521-14981", "K-CM 612", "44,80", "1"]],
      sep=";", enc="windows-1252", sub="excel")])

# 0063
M("S", "de", "insurer-to-printer",
  "printer error report for private health premium adjustment letters: three named insured persons with health tariffs and premiums whose letters failed",
  frm=ADDR("pohl"), to="Druckzentrum West <produktion@druckzentrum-west.example>",
  cc="Leistungsservice KV Tarife <kv-tarife@versicherer.example>",
  subj="AW: Fehlerprotokoll Job 26-0522 BAP KV – 3 Sätze abgewiesen",
  date="2026-06-18 13:05", sig="pohl", sigstyle="short",
  irt="<job-26-0522-err@druckzentrum-west.example>",
  body="""Hallo Herr Demirci,

danke für das Protokoll. Die drei abgewiesenen Sätze haben wir uns angesehen:

1. Satz 40211 – Herr Günther Albrecht, KV-9910-118204: Tarif "KomfortPlus stationär
   1-Bett + Krankentagegeld ab 43. Tag" ist zu lang für das Feld TARIF_1 (max. 60
   Zeichen). Bitte Zeilenumbruch zulassen, wir ändern nichts an den Daten.
2. Satz 58733 – Frau Hildegard Rosenbaum, KV-9910-207715: Der Beitrag neu (1.214,37 EUR)
   enthält den Risikozuschlag für die Vorerkrankung separat – das Feld ZUSCHLAG_TXT war
   leer. Korrigierte Daten kommen heute Nachmittag.
3. Satz 61092 – Herr Emil Ştefănescu, KV-9910-231460: Sonderzeichen im Namen
   (ş, ă). Bitte mit UTF-8-Schriftsatz drucken, nicht transliterieren.

Die übrigen 71.408 Briefe sind freigegeben.

Gruß
Verena Pohl""")

# 0064
M("N", "de", "reinsurer",
  "trap: reinsurer's new bordereau field specification (XLSX template) forwarded internally; field names include diagnosis/ICD but no data",
  frm=ADDR("stone"), to=[ADDR("stanek"), ADDR("okafor")],
  subj="WG: Neues Bordereau-Format Leben/BU ab Q3 2026",
  date="2026-06-22 10:40", sig="stone", sigstyle="short",
  body="""Hallo Oliver, hallo Chidi,

Nordstern stellt ab Q3 auf das neue Bordereau-Format um (Spezifikation anbei, nur
Feldliste, keine Daten). Neu ist vor allem das Pflichtfeld ICD-10 für BU-Leistungsfälle
(bisher Freitext "Ursache"). Bitte prüft, ob wir das aus der Leistungsdatenbank
liefern können; Rückmeldung an Nordstern bis 10.07.

Rebecca""",
  quote=FW("Treaty Operations Nordstern Rück <treaty.ops@nordstern-rueck.example>", "19.06.2026 14:15",
           "Rebecca Stone <rebecca.stone@versicherer.example>", "Bordereau specification v4 – life and disability",
           """Dear Rebecca,

attached is version 4 of our bordereau specification, mandatory from the Q3 2026
reporting. Please let us know by 10 July whether you can deliver all mandatory fields.

Regards, Treaty Operations"""),
  att=[XLSX("Nordstern_Bordereau_Spec_v4_Life.xlsx", {
      "Fields": [
          ["No.", "Field", "Type", "Mandatory", "Description"],
          [1, "POLICY_ID", "string(20)", "yes", "Cedant policy number (pseudonymised allowed)"],
          [2, "COVER_TYPE", "code", "yes", "TL = term life, DI = disability income, CI = critical illness"],
          [3, "YEAR_OF_BIRTH", "int", "yes", "Year of birth of the life assured (no full date)"],
          [4, "SEX", "code", "yes", "M/F/X"],
          [5, "SUM_AT_RISK", "decimal", "yes", "EUR"],
          [6, "RATING_EXTRA", "percent", "no", "Extra mortality/morbidity"],
          [7, "CLAIM_EVENT_DATE", "date", "claims only", "Date of death/disability"],
          [8, "CLAIM_CAUSE_ICD10", "code", "claims only", "ICD-10 code of the main cause, 3 characters"],
          [9, "CLAIM_AMOUNT", "decimal", "claims only", "EUR, paid or reserved"],
          [10, "CLAIM_STATUS", "code", "claims only", "O = open, P = paid, D = declined"]],
      "Example": [
          ["POLICY_ID", "COVER_TYPE", "YEAR_OF_BIRTH", "SEX", "SUM_AT_RISK", "CLAIM_CAUSE_ICD10"],
          ["XXXX-0001", "DI", 1970, "F", 250000, "F32"],
          ["XXXX-0002", "TL", 1965, "M", 400000, ""]]}, author="Nordstern Rück Treaty Ops")])

# 0065
M("S", "en", "insurer-to-reinsurer",
  "body gives only totals; only in the XLSX attachment: first sheet a summary, second sheet named deceased with dates and causes of death (ICD)",
  frm=ADDR("stone"), to="Treaty Operations <treaty.ops@nordstern-rueck.example>",
  subj="Q1 2026 claims bordereau – life quota share NR-LQS-2019",
  date="2026-04-29 15:35", sig="stone", lang="en",
  body="""Dear colleagues,

please find attached the Q1 2026 claims bordereau for the life quota share (treaty
NR-LQS-2019, 30 % cession). Nine death claims, total sum at risk EUR 2.31m, your share
EUR 693k. The cash call will follow with the quarterly account.

The file is still in the old format (v3), as agreed for Q1 and Q2.

Kind regards""",
  att=[XLSX("NR-LQS-2019_claims_Q1-2026.xlsx", {
      "Summary": [
          ["Treaty", "NR-LQS-2019"], ["Quarter", "Q1 2026"], ["Number of claims", 9],
          ["Sum at risk EUR", 2310000], ["Reinsurer share (30 %) EUR", 693000]],
      "Claims": [
          ["Policy", "Life assured", "Date of birth", "Date of death", "Cause of death", "Sum at risk EUR", "Share 30 % EUR"],
          ["LV 7 114 022 871", "Hartmut Rinke", "12.04.1958", "03.01.2026", "Myocardial infarction (I21.9)", 150000, 45000],
          ["LV 7 114 045 119", "Sabine Ortwein", "28.09.1971", "11.01.2026", "Breast cancer, metastatic (C50.9)", 200000, 60000],
          ["LV 7 114 061 502", "Klaus-Dieter Beek", "07.02.1962", "19.01.2026", "Traffic accident (V43)", 400000, 120000],
          ["LV 7 114 088 340", "Ayşe Demirtaş", "15.06.1975", "02.02.2026", "Subarachnoid haemorrhage (I60.9)", 300000, 90000],
          ["LV 7 114 090 218", "Norbert Fleischhauer", "30.10.1955", "14.02.2026", "COPD exacerbation (J44.1)", 80000, 24000],
          ["LV 7 114 102 774", "Jan-Hendrik Olde", "22.03.1980", "21.02.2026", "Suicide (X70)", 500000, 150000],
          ["LV 7 114 118 006", "Renate Kowalke", "04.12.1960", "05.03.2026", "Pancreatic cancer (C25.0)", 250000, 75000],
          ["LV 7 114 121 993", "Peter Szymański", "17.07.1968", "18.03.2026", "Sudden cardiac death (I46.1)", 180000, 54000],
          ["LV 7 114 130 550", "Gudrun Aalders", "09.01.1959", "27.03.2026", "Stroke (I63.9)", 250000, 75000]]},
      author="Rebecca Stone")])

# 0066
M("C", "en", "insurer-to-reinsurer",
  "facultative property submission for a hotel run by a sole trader (owner named, address, sums insured, loss history); no health",
  frm=ADDR("hartmann"), to="Facultative Property <fac.property@atlantic-re.example>",
  subj="Fac request – Hotel Seeblick, Lake Constance, TSI EUR 28.6m",
  date="2026-06-24 11:52", sig="hartmann", lang="en",
  body="""Dear colleagues,

we are looking for facultative support of EUR 12m (part of 100 %) for the following
risk, which exceeds our net line for hotels:

  Insured:        Hotel Seeblick, owner Markus Thaler (registered sole trader, e.K.)
  Location:       Seestraße 2–6, 88709 Meersburg
  Occupancy:      4-star hotel, 112 rooms, spa, restaurant, underground car park
  Construction:   main building 1911 (half-timbered upper floors), extension 2008 (concrete)
  Sums insured:   buildings EUR 21.4m, contents EUR 3.9m, BI 12 months EUR 3.3m
  Protection:     sprinklers in extension only, fire alarm system with direct
                  connection to the fire brigade, fire brigade 4 km
  Loss history:   2019 kitchen fire EUR 186k; 2024 hail EUR 41k; nothing else
  Period:         1 August 2026, 12 months
  Our retention:  EUR 6m

The survey report from May 2026 is available in our data room. Premium rate for the
fac share: 0.11 % on TSI, 25 % commission.

Kind regards""")

# 0067
M("N", "de", "authority",
  "court administration notice on the new electronic mailbox for legal communication (EGVP/beBPo), forwarded to legal staff; no case data",
  frm=ADDR("roth"), to="Recht – alle <recht-alle@versicherer.example>",
  subj="WG: Änderung der elektronischen Erreichbarkeit – Landgericht Köln",
  date="2026-06-26 08:20", sig="roth", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

zur Kenntnis: Das LG Köln stellt am 01.08. auf die neue Justiz-Kommunikationsplattform
um. Schriftsätze an das LG bitte ab dann nur noch über unser beBPo-Postfach, nicht mehr
per Fax "zur Fristwahrung". Die Vorlagen in der Schriftsatzverwaltung sind angepasst.

Benedikt Roth""",
  quote=FW("Verwaltung Landgericht Köln <verwaltung@lg-koeln.example>", "25.06.2026 15:00", "Verteiler Rechtsabteilungen und Kanzleien",
           "Änderung der elektronischen Erreichbarkeit ab 01.08.2026",
           """Sehr geehrte Damen und Herren,

ab dem 01.08.2026 ist das Landgericht Köln ausschließlich über die neue
Justiz-Kommunikationsplattform elektronisch erreichbar. Die bisherigen EGVP-Adressen
bleiben bis 31.12.2026 als Weiterleitung bestehen. Eingänge per Telefax werden nur noch
in Ausnahmefällen angenommen.

Mit freundlichen Grüßen
Die Präsidentin des Landgerichts Köln – Verwaltungsabteilung"""))

# 0068
M("S", "de", "authority",
  "public prosecutor requests claim files in a fraud investigation against a named policyholder (criminal offence data)",
  frm=ADDR("roth"), to=ADDR("demir"),
  subj="Staatsanwaltschaft Bonn 410 Js 1187/26 – Herausgabe Schadenakte HR-25-018862",
  date="2026-07-01 11:30", sig="roth",
  body="""Liebe Frau Demir,

die Staatsanwaltschaft Bonn ermittelt gegen unseren Versicherungsnehmer

  Herrn Sascha Wittkamp, geb. 14.02.1983, Bonn-Beuel

wegen des Verdachts des (versuchten) Versicherungsbetrugs (§ 263 StGB, § 265 StGB) im
Zusammenhang mit dem gemeldeten Einbruch vom 18.10.2025 (Hausrat, HR-25-018862).
Nach dem Ersuchen wurden bei einer Durchsuchung Gegenstände gefunden, die als
gestohlen gemeldet waren; außerdem ist Herr Wittkamp laut Staatsanwaltschaft wegen
Betrugs vorbestraft (AG Bonn 2019, Geldstrafe).

Bitte stellen Sie mir bis 10.07. die vollständige Schadenakte (inkl. Stehlgutliste,
Rechnungen, Telefonnotizen) als PDF zusammen. Die Herausgabe erfolgt auf Grundlage
des Beschlusses des AG Bonn vom 25.06.2026. Zahlungen auf den Schaden sind bitte
weiterhin zurückzuhalten; die Kündigung des Vertrags bereite ich vor.

Viele Grüße
Benedikt Roth""")

# 0069
M("C", "de", "insurer-to-authority",
  "notice to a vehicle registration office that a named policyholder's motor liability cover has ended (§ 25 FZV): plate, VIN, eVB",
  frm="Kfz-Anzeigen <kfz-anzeigen@versicherer.example>", to="Straßenverkehrsamt Rhein-Erft-Kreis <zulassung@rhein-erft-kreis.example>",
  subj="Anzeige nach § 25 Abs. 1 FZV – BM-JK 3318",
  date="2026-07-03 05:40", client="system", mailer="GDV-Kfz-Meldeverfahren Ausleitung 3.1",
  body="""Anzeige über das Nichtbestehen der Haftpflichtversicherung (§ 25 Abs. 1 FZV)

Versicherer:            Versicherer Allgemeine Versicherung AG, VU-Nr. 5521
Halter / VN:            Jennifer Krämer, Rathausstraße 18, 50169 Kerpen
Amtl. Kennzeichen:      BM-JK 3318
FIN:                    VF1RJA00068123456
Versicherungsbestätigung (eVB): K7Q4M2T
Versicherungsvertrag:   KF-5521-50719
Ende des Versicherungsschutzes: 02.07.2026, 24:00 Uhr
Grund:                  Kündigung wegen Nichtzahlung des Folgebeitrags (§ 38 VVG)

Diese Anzeige wurde maschinell erstellt. Rückfragen: kfz-anzeigen@versicherer.example""")

# 0070
M("N", "en", "authority",
  "regulator circular on the DORA register of information forwarded to IT and procurement; no personal or contract data",
  frm=ADDR("fischer"), to=[ADDR("raman"), ADDR("krueger")],
  subj="FW: BaFin circular – submission of the DORA register of information 2026",
  date="2026-07-06 09:04", sig="fischer", sigstyle="short", lang="en",
  body="""Priya, Stefan – FYI, deadline for our register is 31 July. Stefan, please make
sure the ICT third-party contracts from procurement (incl. the print and MFT vendors)
are complete with LEI codes. I'll consolidate.
Tim""",
  quote=FW("BaFin Notifications <notifications@bafin-portal.example>", "Mon, 6 Jul 2026 07:30",
           "Tim Fischer <tim.fischer@versicherer.example>", "Submission of the register of information 2026",
           """Dear Sir or Madam,

in accordance with Article 28(3) DORA, financial entities shall submit their register
of information on all contractual arrangements with ICT third-party service providers.
For 2026, the submission window opens on 1 July and closes on 31 July. Please use the
reporting templates in the version published on 15 May 2026 and submit via the MVP
portal. Incomplete submissions (missing LEI of the provider, missing function
identifiers) will be rejected automatically.

This is an automated notification.""", lang="en"))

# 0071
M("S", "de", "authority",
  "employers' liability insurance association (BG) asks about private accident benefits for a named worker after a work accident (amputation injury); forwarded",
  frm=ADDR("albrecht"), to="Leistung Unfall <leistung-unfall@versicherer.example>",
  subj="WG: Anfrage BG ETEM – Versicherter Andrzej Nowak, Unfall 12.05.2026",
  date="2026-07-08 14:48", sig="albrecht", sigstyle="short",
  body="""Bitte zur Akte U-26-04119. Die BG fragt nur, ob wir leisten (keine Anrechnung in
der gesetzlichen UV, aber sie wollen es für ihre Akte). Ich antworte selbst, sobald
die Vorschussentscheidung raus ist.

Miriam Albrecht""",
  quote=FW("BG ETEM Bezirksverwaltung Köln <bv-koeln@bgetem.example>", "07.07.2026 10:21",
           "poststelle@versicherer.example", "Anfrage zum Versicherten Andrzej Nowak, Unfall vom 12.05.2026",
           """Sehr geehrte Damen und Herren,

der bei uns gesetzlich unfallversicherte Herr Andrzej Nowak, geb. 25.08.1979,
beschäftigt bei der Metallbau Freese GmbH, erlitt am 12.05.2026 einen Arbeitsunfall an
einer Abkantpresse. Dabei wurden der Zeige- und Mittelfinger der rechten Hand im
Mittelgelenk amputiert (S68.1). Nach stationärer Behandlung in der BG Klinik
Duisburg befindet er sich in ambulanter Ergotherapie; eine MdE von voraussichtlich
20 % ist zu erwarten.

Herr Nowak hat angegeben, bei Ihnen privat unfallversichert zu sein (Vertrag
UV-2210-511360). Wir bitten um Mitteilung, ob und in welcher Höhe Leistungen erbracht
werden. Eine Einwilligung des Versicherten liegt bei.

Mit freundlichen Grüßen
Im Auftrag
Reinartz"""))

# 0072
M("N", "de", "insurer-to-company",
  "trap: certificate of commercial liability cover for a GmbH's tender (company only, generic mailbox, no natural person)",
  frm=ADDR("hartmann"), to="Ausschreibungen Rheinland Gerüstbau <ausschreibungen@rheinland-geruestbau.example>",
  subj="Versicherungsbestätigung Betriebshaftpflicht für Ausschreibung Stadt Bonn",
  date="2026-07-09 10:33", sig="hartmann",
  body="""Sehr geehrte Damen und Herren,

wie angefordert erhalten Sie die Versicherungsbestätigung zur Vorlage bei der Stadt
Bonn (Ausschreibung 2026-BAU-0814, Gerüstarbeiten Schulzentrum Tannenbusch).

Bitte beachten Sie: Die Bestätigung gilt nur zusammen mit dem aktuellen
Versicherungsschein; eine Änderung der Deckungssummen haben wir nicht vorgenommen.

Mit freundlichen Grüßen""",
  att=[PDF("Versicherungsbestaetigung_BHV_Rheinland_Geruestbau.pdf", [
      ("h", "Versicherungsbestätigung"),
      ("p", "Hiermit bestätigen wir, dass die Rheinland Gerüstbau GmbH, Siemensstraße 40, 53121 Bonn, bei uns eine "
            "Betriebshaftpflichtversicherung für das Gerüstbauerhandwerk unterhält."),
      ("t", [["Deckung", "Versicherungssumme"],
             ["Personen- und Sachschäden", "10.000.000 EUR je Schadenereignis"],
             ["Vermögensschäden", "1.000.000 EUR"],
             ["Mietsachschäden an Gebäuden", "1.000.000 EUR"],
             ["Jahreshöchstleistung", "2-fach"]]),
      ("p", "Versicherungszeitraum: 01.01.2026 bis 01.01.2027, Verlängerung um jeweils ein Jahr. Der Beitrag ist bezahlt."),
      ("small", "Köln, 09.07.2026 - Versicherer Allgemeine Versicherung AG, Firmenkunden Sach / Technische Versicherung")],
      title="Versicherungsbestätigung BHV", author="Sven Hartmann")])

# 0073
M("C", "de", "insurer-to-company",
  "fleet change list of a home-care service company (nursing name, but motor line only): named drivers assigned to plates, no health content",
  frm=ADDR("wolff"), to="Fuhrpark Pflegedienst Sonnenschein <fuhrpark@pflege-sonnenschein.example>",
  subj="Flottenvertrag FL-5590-00418 – Bestätigung Zu- und Abgänge Juni",
  date="2026-07-02 15:16", sig="wolff",
  body="""Guten Tag Herr Klein,

die Zu- und Abgänge aus Ihrer Meldung für Juni sind verarbeitet (Übersicht anbei). Der
Flottenbestand liegt damit bei 46 Fahrzeugen.

Hinweis: Für den neuen Fahrer des E-Up K-PS 2231 haben Sie als Führerscheindatum 2025
angegeben. Fahranfänger unter zwei Jahren Fahrpraxis sind in Ihrem Flottenvertrag nur
mit Zuschlag versichert (150 Euro p.a. je Fahrzeug). Bitte bestätigen Sie kurz, dass
das so gewollt ist.

Freundliche Grüße""",
  att=[XLSX("FL-5590-00418_Aenderungen_2026-06.xlsx", {
      "Juni 2026": [
          ["Art", "Kennzeichen", "Fahrzeug", "ab / bis", "Stammfahrer/in", "Führerschein seit", "Beitrag p.a. EUR"],
          ["Zugang", "K-PS 2229", "VW e-Up!", "01.06.2026", "Hatice Ergün", "2011", 742.0],
          ["Zugang", "K-PS 2231", "VW e-Up!", "08.06.2026", "Noah Brinkhoff", "2025", 892.0],
          ["Zugang", "K-PS 2240", "Renault Zoe", "15.06.2026", "Gisela Martens", "1986", 698.0],
          ["Abgang", "K-PS 1187", "Opel Corsa", "30.06.2026", "-", "-", -611.0],
          ["Fahrerwechsel", "K-PS 1902", "VW Polo", "01.06.2026", "Zofia Lewandowska (vorher: Ben Schäfer)", "2014", 0],
      ]}, author="Jana Wolff")])

# 0074
M("N", "en", "internal",
  "internal status note on negotiations with a broker pool about a cooperation agreement; commission percentages and service levels, no persons",
  frm=ADDR("reuter"), to="Sales Management <vertriebsleitung@versicherer.example>",
  subj="Status – cooperation agreement with FinanzKontor Nord",
  date="2026-07-10 18:02", sig="reuter", sigstyle="short", lang="en",
  body="""Short status after today's round with FinanzKontor Nord:

Agreed
- service level: policy documents within 5 working days, claims first response 48 h
- electronic broker post via BiPRO 430 from 1 October (their MVP is ready)
- portfolio transfers: we accept their standard power-of-attorney form

Open
- commission: they ask 4 % above our standard scale for motor and household; we
  offered 2 %, with 3 % above EUR 2m new business
- volume commitment: they won't commit to figures for life, only non-life
- data: they want a monthly CSV of their portfolio including cancellations; Legal is
  checking whether the existing agreement covers this

Next meeting 24 July in Hamburg. I'd like a mandate for 3 % flat before then.

Frank""")

# 0075
M("C", "en", "insurer-to-company",
  "business travel baggage claim of a named employee (lost suitcase, contents, payout to the company account); no health content",
  frm=ADDR("krause"), to="Amelie Forster <a.forster@kessler-maschinenbau.example>",
  subj="Baggage claim 77-DR-2207/26-0041 – Mr Mehmet Aslan",
  date="2026-07-14 12:25", sig="krause", lang="en",
  body="""Dear Ms Forster,

the baggage claim of your colleague Mr Mehmet Aslan (suitcase not delivered on the
return flight from Shanghai on 29 May, finally declared lost by the airline on 30 June)
has been settled:

  contents according to list (suits, shoes, laptop bag, small gifts)   EUR 1,846.00
  minus airline compensation (Montreal Convention, already paid)        EUR  -930.00
  emergency purchases on 29/30 May (receipts)                           EUR   212.40
  total payment                                                         EUR 1,128.40

As agreed in the policy, the amount goes to the company account ending in …7731, and
you pass it on to Mr Aslan. The company laptop was not in the suitcase, so nothing
under the electronics cover.

Kind regards""")


# ---------------------------------------------------------------- batch 4 (0076-0100)

# 0076
M("S", "de", "insurer-to-company",
  "harmless two-line reply; only the quoted HR mail says a named employee is on sick leave for burnout and applied for BU benefits under the bAV",
  frm=ADDR("sommer"), to="Tanja Oberländer <t.oberlaender@gerlach-werkzeuge.example>",
  subj="AW: Kurze Frage zur BU-Zusatzversicherung",
  date="2026-07-15 09:12", sig="sommer", sigstyle="short", ent="lv", client="outlook",
  body="""Hallo Frau Oberländer,

ich kläre das mit den Kollegen aus der Leistungsabteilung und melde mich bis Freitag.

Viele Grüße
Katrin Sommer""",
  quote=OQ("Tanja Oberländer <t.oberlaender@gerlach-werkzeuge.example>", "Dienstag, 14. Juli 2026 17:02", "Katrin Sommer",
           "Kurze Frage zur BU-Zusatzversicherung",
           """Hallo Frau Sommer,

eine kurze Frage: Unser Vertriebsleiter, Herr Marcel Ahrens (Direktversicherung mit
BU-Zusatz über unseren Gruppenvertrag GV-90217), ist seit Januar wegen eines Burnouts
krankgeschrieben und hat jetzt bei Ihnen BU-Leistungen beantragt. Läuft die
Entgeltumwandlung weiter, solange das geprüft wird, oder sollen wir die Beiträge
aussetzen? Er bekommt ja seit März nur noch Krankengeld.

Danke und Gruß
Tanja Oberländer
Personal, Gerlach Werkzeuge GmbH"""))

# 0077
M("N", "en", "insurer-to-company",
  "meeting arrangement with an employer's HR for the annual pension review; topic only, no contract data or persons",
  frm=ADDR("paulsen"), to="Anna Lindqvist-Berg <anna.berg@baltic-wind-services.example>",
  subj="Annual review of your company pension scheme – 9 September?",
  date="2026-07-20 14:40", sig="paulsen", lang="en", ent="lv",
  body="""Dear Ms Lindqvist-Berg,

it is that time of the year again: I would like to suggest our annual review of your
company pension scheme on Wednesday, 9 September, 10:00, at your office in Rostock,
or by video if that suits you better.

Topics I would propose:
  - the new thresholds for tax-free contributions in 2026,
  - your question about offering the scheme to employees on fixed-term contracts,
  - the switch to digital enrolment via our employer portal,
  - information material in English for your international staff.

If there is anything else you would like to discuss, just let me know beforehand.

Kind regards""")

# 0078
M("C", "de", "insurer-to-broker",
  "sole-trader broker changes bank account and VAT status: new IBAN and tax number confirmed (broker's own personal data)",
  frm=ADDR("haas"), to="Dirk Wiemers <info@wiemers-versicherungen.example>",
  subj="AW: Neue Bankverbindung ab Juli",
  date="2026-07-21 08:35", sig="haas", sigstyle="short",
  body="""Guten Morgen Herr Wiemers,

die neue Bankverbindung ist hinterlegt und gilt ab der Abrechnung Juli:

  Kontoinhaber: Dirk Wiemers
  IBAN: """ + IB("DE", "30050000" + "0044129001") + """
  Volksbank Lübbecker Land

Ihre neue Steuernummer (335/5124/0886) haben wir ebenfalls übernommen. Da Sie nur
steuerfreie Vermittlungsumsätze haben, ändert sich an der Abrechnung sonst nichts.

Gruß
Claudia Haas""",
  quote=Q("""Hallo Frau Haas,
bitte ab Juli die Provision auf mein neues Konto bei der Volksbank zahlen, IBAN
""" + IB("DE", "30050000" + "0044129001") + """. Neue Steuernummer wg. Umzug nach Lübbecke: 335/5124/0886.
Gruß Dirk Wiemers
Versicherungsvermittlung Wiemers (Einzelunternehmen)"""))

# 0079
M("S", "en", "insurer-to-broker",
  "harmless body; only in the XLSX attachment: commission lines for a broker firm, first rows non-life, named customers with life, BU and private health contracts further down",
  frm=ADDR("haas"), to="Finance <finance@kestrel-risk.example>",
  subj="Commission statement June 2026 – agency 40-91204",
  date="2026-07-06 07:30", sig="haas", lang="en",
  body="""Dear Sir or Madam,

attached is your commission statement for June 2026. The payout of EUR 8,914.62 will
reach your company account with value date 8 July.

The statement now has one line per contract and transaction; the old summary view is
on the second sheet.

Kind regards""",
  att=[XLSX("Commission_40-91204_2026-06.xlsx", {
      "Transactions": [
          ["Contract", "Customer", "Line", "Transaction", "Premium basis EUR", "Rate", "Commission EUR"],
          ["KF-5521-38810", "Ebeling, Matthias", "Motor", "renewal", 611.0, 0.08, 48.88],
          ["HR-4402-290114", "Ebeling, Matthias", "Household", "renewal", 204.0, 0.15, 30.6],
          ["WG-3318-2090-1", "Lütjens, Svenja", "Buildings", "renewal", 1190.0, 0.15, 178.5],
          ["BH-5800-110472", "Lindgren, Per", "Commercial liability", "new business", 2380.0, 0.175, 416.5],
          ["KF-5521-60271", "Rasmussen, Jes", "Motor", "new business", 877.0, 0.08, 70.16],
          ["HR-4402-412208", "Rasmussen, Jes", "Household", "new business", 166.0, 0.2, 33.2],
          ["GL-4420-021930", "Möller, Ina", "Glass", "renewal", 44.0, 0.15, 6.6],
          ["RS-6610-131077", "Möller, Ina", "Legal expenses", "renewal", 318.0, 0.15, 47.7],
          ["BU-7200-240618", "Hagedorn, Lasse", "Disability income", "new business", 42300.0, 0.04, 1692.0],
          ["LV-7114-219004", "Hagedorn, Lasse", "Term life", "new business", 10260.0, 0.025, 256.5],
          ["KV-9910-388120", "Thomsen, Ute", "Private health (full cover)", "new business", 8124.0, 0.75, 6093.0],
          ["KZ-9930-801233", "Thomsen, Ute", "Dental supplementary", "new business", 331.2, 0.2, 66.24],
          ["UV-2210-620144", "Voss, Greta", "Personal accident", "cancellation", -184.0, 0.2, -36.8],
          ["", "", "", "", "", "Total", 8902.58],
          ["", "", "", "", "", "Adjustment May", 12.04],
          ["", "", "", "", "", "Payout", 8914.62]],
      "Summary": [
          ["Line", "Commission EUR"], ["Non-life", 831.44], ["Life / disability", 1948.5], ["Health", 6159.24],
          ["Accident", -36.8], ["Adjustment", 12.04], ["Payout", 8914.62]]},
      author="Commission Accounting")])

# 0080
M("N", "en", "insurer-to-broker",
  "technical answer to a broker firm about the broker post API (BiPRO 430 style): endpoints, auth, test system; no data",
  frm=ADDR("raman"), to="Jonas Petersen <it@kestrel-risk.example>",
  subj="RE: Broker post API – how to connect our MVP",
  date="2026-07-22 16:08", sig="raman", sigstyle="short", lang="en",
  body="""Hi Jonas,

sure, here is the short version:

1. Your firm administrator creates a technical user in the broker portal
   (Users → Technical user → "Broker post API"). That user gets a client certificate;
   download the PKCS#12 file once, it is not stored on our side.
2. Endpoints (test system first):
     https://api-test.makler.versicherer.example/brokerpost/v1/list
     https://api-test.makler.versicherer.example/brokerpost/v1/get/{id}
     https://api-test.makler.versicherer.example/brokerpost/v1/ack/{id}
   Transport: mutual TLS with that certificate; no passwords.
3. Documents stay in the list until you acknowledge them; after acknowledgement they
   remain readable in the portal for 90 days.
4. The test system has fictitious documents for "Testmakler GmbH" only.

The interface description (OpenAPI) is in the portal under Downloads → Interfaces.

Best,
Priya""",
  quote=OQ("Jonas Petersen", "Wednesday, July 22, 2026 11:30", "Priya Raman", "Broker post API – how to connect our MVP",
           """Hi Priya,
our MVP vendor says they support your broker post. What do we need to set up on our
side? Is there a test system?
Thanks, Jonas (IT, Kestrel Risk Partners)""", lang="en"))

# 0081
M("C", "de", "insurer-to-broker",
  "portfolio transfer refused for one named customer who objected: motor and household contract numbers",
  frm=ADDR("berger"), to="Sabine Raith <s.raith@raith-versicherungsmakler.example>",
  subj="Bestandsübertragung – Widerspruch Kunde Herr Gregor Matuschek",
  date="2026-07-23 11:55", sig="berger",
  body="""Hallo Frau Raith,

die Übertragung der Verträge von Herrn Gregor Matuschek (Kfz KF-5521-52207,
Hausrat HR-4402-377140) auf Ihre Vermittlernummer können wir leider nicht umsetzen.
Herr Matuschek hat uns am 20.07. schriftlich mitgeteilt, dass er weiter vom bisherigen
Vermittler betreut werden möchte, und die Maklervollmacht vom 02.07. widerrufen.

Die übrigen sechs Verträge aus Ihrer Liste sind übertragen.

Viele Grüße""")

# 0082
M("S", "de", "broker",
  "broker pool's private health application for a named applicant with health questions answered (PDF), forwarded to new-business underwriting",
  frm=ADDR("nguyen"), to="Risikoprüfung KV <risikopruefung-kv@versicherer.example>",
  subj="WG: Antrag KV-Voll Herr Benedikt Faßbender – FinanzKontor Nord",
  date="2026-07-27 10:02", sig="nguyen", sigstyle="short", ent="kv",
  body="""Hallo zusammen,

Antrag von FinanzKontor Nord, bitte vorrangig: Der Kunde wechselt zum 01.09. in die
Selbstständigkeit, die GKV-Mitgliedschaft endet zum 31.08. Gesundheitsfragen sind
nicht ganz sauber (Frage 4 Heuschnupfen ohne Medikament? Frage 7 Knie).

Minh""",
  att=[PDF("Antrag_KV_Fassbender_Gesundheitsfragen.pdf", [
      ("h", "Antrag auf private Krankenversicherung – Gesundheitsfragen"),
      ("p", "Antragsteller: Benedikt Faßbender, geb. 08.11.1987, Grafikdesigner (selbstständig ab 01.09.2026), Hamburg\n"
            "Vermittler: FinanzKontor Nord Maklerpool GmbH, UV 3318 - Tarif: KomfortPlus ambulant/stationär/Zahn, SB 1.200 EUR"),
      ("t", [["Nr.", "Frage", "Antwort", "Erläuterung"],
             ["1", "Größe / Gewicht", "186 cm / 91 kg", ""],
             ["2", "Stationäre Behandlungen in den letzten 10 Jahren?", "ja", "2019 Blinddarm-OP, komplikationslos"],
             ["3", "Psychotherapie in den letzten 10 Jahren?", "nein", ""],
             ["4", "Ambulante Behandlungen in den letzten 3 Jahren?", "ja", "Heuschnupfen (Hausarzt), Cetirizin bei Bedarf"],
             ["5", "Bestehen Zahnlücken oder fehlende Zähne?", "nein", ""],
             ["6", "Werden Medikamente regelmäßig eingenommen?", "nein", ""],
             ["7", "Bestehen Beschwerden an Gelenken / Wirbelsäule?", "ja", "Knie rechts, Meniskusreizung 2024, Physiotherapie 6x"],
             ["8", "Besteht eine anerkannte Behinderung?", "nein", ""]]),
      ("p", "Ich versichere, die Fragen vollständig und wahrheitsgemäß beantwortet zu haben. "
            "Hamburg, 22.07.2026, gez. B. Faßbender"),
      ("small", "Eingang über Maklerportal, FinanzKontor Nord, 24.07.2026")],
      title="Antrag KV Fassbender", author="FinanzKontor Nord", octet=True)])

# 0083
M("N", "de", "broker",
  "broker pool's roadshow circular forwarded by broker relations (dates, venues, agenda); no customer data",
  frm=ADDR("reuter"), to=ADDR("vogel"),
  subj="WG: FKN-Roadshow Herbst 2026 – Partnerslots",
  date="2026-07-28 13:27", sig="reuter", sigstyle="short",
  body="""Katharina, FKN fragt, ob wir wieder Slots auf der Roadshow nehmen. Ich würde
Hamburg und Hannover machen, kannst du München übernehmen? Kosten 1.500 Euro je Stopp.

Frank""",
  quote=FW("Partnermanagement FinanzKontor Nord <partner@finanzkontor-nord.example>", "28.07.2026 09:14",
           "Produktpartner-Verteiler", "FKN-Roadshow Herbst 2026 – Partnerslots",
           """Liebe Produktpartner,

auch in diesem Herbst touren wir mit unserer Roadshow durch sieben Städte:

  15.09. Hamburg, Hotel Atlantik-Ufer    |  22.09. Hannover, Expo-Forum
  29.09. Berlin, Spreespeicher          |  06.10. Leipzig, Alte Messe
  13.10. Köln, Rheinterrassen           |  20.10. Frankfurt, Westhafen Pier 1
  27.10. München, Isarforum

Pro Stopp erwarten wir 60–90 angebundene Makler. Partnerslots (20 Minuten Vortrag,
Stand im Foyer) kosten 1.500 Euro netto. Schwerpunktthemen: bKV/bAV im Mittelstand,
Gewerbe-Cyber, Pflegezusatz.

Anmeldung bis 15.08. unter partner@finanzkontor-nord.example.

Ihr Partnermanagement FinanzKontor Nord"""))

# 0084
M("C", "de", "assessor",
  "building surveyor's storm damage report (ODT) on a named policyholder's roof, forwarded; claim number and repair costs",
  frm=ADDR("demir"), to=ADDR("lange"),
  subj="WG: Bericht Sturmschaden 26-WG-011372 Fam. Kersting",
  date="2026-07-30 15:41", sig="demir", sigstyle="short",
  body="""Hallo Uwe,

Bericht von Ingenieurbüro Falkner zum Kersting-Dach anbei. Er sieht den Schaden nur
zu etwa 60 % als Sturmschaden, den Rest als Altschaden (verrottete Lattung). Wie
sollen wir das dem VN erklären? Ich würde gern kurz mit dir telefonieren, bevor ich die
Abrechnung schreibe.

Aylin""",
  att=[ODT("Bericht_26-WG-011372_Kersting.odt", [
      ("h", "Besichtigungsbericht Sturmschaden"),
      "Schaden-Nr. 26-WG-011372 - Versicherungsnehmer: Heinz und Martina Kersting, Waldstraße 51, 58644 Iserlohn - Wohngebäude WG-3318-1507-4\nBesichtigung am 27.07.2026 im Beisein von Frau Kersting.",
      ("h", "Feststellungen", 2),
      "Auf der Nordseite des Satteldachs sind auf ca. 24 m² Tonziegel abgedeckt bzw. gebrochen. Die darunter liegende Lattung ist auf etwa 10 m² durchfeuchtet und zum Teil verrottet; dieser Zustand besteht nach Art und Ausmaß seit mehreren Jahren und ist nicht auf das Sturmereignis vom 19.07.2026 zurückzuführen.",
      ("t", [["Position", "Betrag brutto EUR", "davon Sturm EUR"],
             ["Gerüst", "2.380,00", "2.380,00"],
             ["Ziegel neu eindecken 24 m²", "3.960,00", "3.960,00"],
             ["Lattung erneuern 10 m²", "1.420,00", "0,00"],
             ["Innenschaden Dachboden (Dämmung)", "1.150,00", "690,00"],
             ["Summe", "8.910,00", "7.030,00"]]),
      "Ingenieurbüro Falkner, Dipl.-Ing. (FH) Rainer Falkner"])])

# 0085
M("S", "de", "doctor",
  "consulting physician's opinion on the medical necessity of further psychotherapy sessions for a named private health insured, forwarded to claims",
  frm=ADDR("kroeger"), to="Team Ambulant 2 <kv-ambulant2@versicherer.example>",
  subj="WG: Stellungnahme Beratungsarzt – Psychotherapie Frau L. Brenninkmeyer",
  date="2026-08-03 10:18", sig="kroeger", sigstyle="short", ent="kv",
  body="""Zur Akte KV-9910-301552. Ergebnis: weitere 20 Sitzungen werden erstattet,
danach erneute Prüfung. Ich schreibe der Versicherten heute.

Sabine""",
  quote=FW("Dr. med. Hartwig Sellmann <beratungsarzt@dr-sellmann.example>", "31.07.2026 18:40",
           "Sabine Kröger <sabine.kroeger@versicherer.example>", "Stellungnahme Psychotherapie Brenninkmeyer",
           """Sehr geehrte Frau Kröger,

zu Ihrer Anfrage vom 21.07. betreffend Ihre Versicherte Frau Lara Brenninkmeyer
(geb. 1995) nehme ich nach Aktenlage wie folgt Stellung:

Die Versicherte befindet sich seit Oktober 2025 in ambulanter Verhaltenstherapie wegen
einer posttraumatischen Belastungsstörung (F43.1) nach einem Überfall; komorbid
besteht eine mittelgradige depressive Episode (F32.1). Der Bericht der Therapeutin
vom 10.07.2026 beschreibt eine deutliche Besserung der Intrusionen, aber weiter
bestehendes Vermeidungsverhalten (öffentliche Verkehrsmittel).

Die Fortführung um 20 Sitzungen halte ich für medizinisch notwendig; eine Verlängerung
darüber hinaus sollte nur nach erneutem Bericht erfolgen.

Mit freundlichen kollegialen Grüßen
Dr. med. Hartwig Sellmann
Facharzt für Psychiatrie und Psychotherapie"""))

# 0086
M("N", "de", "insurer-to-workshop",
  "registration steps for a body shop's access to the workshop claims portal; no claim or customer data",
  frm=ADDR("brenner"), to="Karosseriebau Yilmaz <info@karosserie-yilmaz.example>",
  subj="Zugang Werkstattportal – so geht's",
  date="2026-08-04 11:11", sig="brenner",
  body="""Hallo Herr Yılmaz,

schön, dass Sie jetzt im Partnernetz dabei sind. Für den Zugang zum Werkstattportal:

1. Gehen Sie auf https://werkstatt.versicherer.example/registrieren.
2. Betriebsnummer 7-40512 und die Postleitzahl Ihres Betriebs eingeben.
3. Sie bekommen zwei Mails: eine mit dem Einmal-Passwort, eine mit dem Link. Erst
   mit beiden zusammen können Sie sich anmelden.
4. Danach legen Sie Ihr eigenes Passwort fest und können weitere Mitarbeitende
   einladen.

Im Portal laden Sie Kostenvoranschläge, Fotos und Rechnungen direkt zum Schaden hoch –
bitte nicht mehr per Mail, da geht sonst einiges an uns vorbei.

Bei Fragen rufen Sie gern an.

Freundliche Grüße""")

# 0087
M("C", "de", "insurer-to-workshop",
  "mobile reply to a body shop's cost estimate: named customer, plate and claim number; typos",
  frm=ADDR("brenner"), to="Karosseriebau Yilmaz <info@karosserie-yilmaz.example>",
  subj="Re: KVA Frau Schneider-Ruppert BN-SR 719",
  date="2026-08-11 18:52", client="mobile",
  body="""Hallo Hr Yilmaz,

KVA für Fr Schneider-Ruppert (KH-26-041108) ist durch, bis 2.850 netto können Sie loslegen. Die Felge müssen wir uns nochmal anschaun, da war vorher schon ein Bordsteinschaden drauf lt. Fotos. Bitte nur Kotflügel + Tür machen.

Gruß Brenner""",
  quote=Q("""Sehr geehrter Herr Brenner,
anbei KVA über 3.412,- netto für das Fahrzeug BN-SR 719 (Kundin Frau Sophia
Schneider-Ruppert, Bonn), Opel Astra, Schaden vorne rechts. Wann können wir anfangen?
Mfg Yilmaz"""))

# 0088
M("S", "en", "insurer-to-lawyer",
  "instruction of a Spanish lawyer for recourse: named health-insured person injured in a traffic accident in Spain, hospital treatment and costs paid",
  frm=ADDR("whitfield"), to="Abogada María Ferrer <mferrer@ferrer-abogados.example>",
  subj="Recourse instruction – our insured Mr Florian Gehrke, accident Málaga 3 June 2026",
  date="2026-08-12 13:20", sig="whitfield", lang="en", ent="kv",
  body="""Dear Ms Ferrer,

we would like to instruct you to recover our outlay from the motor liability insurer of
the other party in the following matter:

  Our insured:        Mr Florian Gehrke, born 2 April 1979, private health insurance
                      with us (KV-9910-277031)
  Accident:           3 June 2026, Avenida de Andalucía, Málaga; Mr Gehrke was hit on
                      a pedestrian crossing by a car (plate 4821 LKM)
  Liable insurer:     Mutua Costa del Sol, their claim ref. MCS-26-118420
  Injuries:           fracture of the tibial plateau (right), treated surgically at
                      Hospital Regional de Málaga, inpatient 3–12 June; repatriation
                      by air ambulance on 12 June; rehab in Germany ongoing
  Our outlay so far:  EUR 41,308.16 (hospital EUR 27,940.00, air ambulance
                      EUR 11,800.00, outpatient treatment and physiotherapy EUR 1,568.16)

The police report (atestado) and the invoices are available in our data room; I will
send you the access link separately. Mr Gehrke's own claims for pain and suffering are
handled by his private lawyer, Mr Jensen in Hamburg – please coordinate with him.

Kind regards""")

# 0089
M("N", "en", "insurer-to-lawyer",
  "panel law firm fee framework agreement (DOCX) for cross-border recourse: hourly rates and reporting rules; no cases",
  frm=ADDR("schreiber"), to="Abogada María Ferrer <mferrer@ferrer-abogados.example>",
  subj="Framework agreement recourse Spain – final version for signature",
  date="2026-08-10 10:00", sig="schreiber", lang="en",
  body="""Dear Ms Ferrer,

attached is the final version of our framework agreement. We accepted your proposal
on the success fee; the reporting intervals remain quarterly. If you agree, please
sign and return a scan; the original will follow by post.

Kind regards""",
  att=[DOCX("Framework_agreement_recourse_Spain_2026.docx", [
      ("h", "Framework Agreement – Recourse Services Spain"),
      "between Versicherer Allgemeine Versicherung AG and Versicherer Krankenversicherung a.G., Cologne (the Insurers), and Ferrer Abogados S.L.P., Málaga (the Firm).",
      ("h", "1. Fees", 2),
      ("t", [["Service", "Fee"],
             ["Out-of-court recourse up to EUR 10,000", "flat EUR 450"],
             ["Out-of-court recourse above EUR 10,000", "EUR 180 per hour, cap 20 hours"],
             ["Court proceedings", "Spanish statutory scale"],
             ["Success fee", "5 % of amounts recovered above EUR 50,000"]]),
      ("h", "2. Reporting", 2),
      "The Firm reports quarterly on all open mandates (status, amounts claimed/recovered, next steps) using the Insurers' reporting template. Personal data shall only be exchanged via the Insurers' secure data room.",
      ("h", "3. Confidentiality and data protection", 2),
      "The Firm is bound by professional secrecy. A separate data processing and confidentiality agreement applies.",
      ("small", "Version 2026-08-07 final")], author="Carola Schreiber", lang="en-GB")])

# 0090
M("S", "en", "insurer-to-supplier",
  "IT support ticket to the claims software vendor; the pasted error trace contains a named insured person, health policy number and diagnosis field",
  frm=ADDR("hoffmann"), to="Support ClaimSuite <support@claimsuite-software.example>",
  subj="P2 – NullPointerException when opening benefit file (prod), ticket CS-55120",
  date="2026-08-14 09:47", sig="hoffmann", sigstyle="short", lang="en",
  body="""Hello,

since this morning's hotfix (4.18.2) our health claims staff get an error when opening
certain benefit files. Reproducible with the case below; it seems to happen when the
diagnosis field contains more than one ICD code. Trace from the application log:

2026-08-14 08:12:33,417 ERROR [benefit-ui-7] c.cs.benefit.view.CaseHeaderPanel - render failed
  caseId=KS-26-009814 policy=KV-9910-140226 insured="Annette Vollmer" dob=1966-05-30
  diagnoses="E11.9;I10;N18.3" invoice="Dialysezentrum Aachen, 07/2026, 3.412,88"
java.lang.NullPointerException: Cannot invoke "DiagnosisCode.getChapter()" because "code" is null
    at c.cs.benefit.view.CaseHeaderPanel.renderDiagnoses(CaseHeaderPanel.java:214)
    at c.cs.benefit.view.CaseHeaderPanel.render(CaseHeaderPanel.java:88)

About 40 users affected. Please call me back on +49 221 555-6000.

Regards
Lukas Hoffmann""")

# 0091
M("N", "de", "insurer-to-printer",
  "trap: print quote request for a long-term-care supplementary brochure (Pflegezusatz), print specifications only",
  frm=ADDR("baumann"), to="Druckzentrum West <angebote@druckzentrum-west.example>",
  subj="Angebotsanfrage Broschüre \"Pflege – gut vorgesorgt\" (Auflage 40.000)",
  date="2026-08-17 14:03", sig="baumann",
  body="""Sehr geehrte Damen und Herren,

für unsere Herbstkampagne zur Pflegezusatzversicherung bitten wir um ein Angebot:

  Titel:      "Pflege – gut vorgesorgt. Was die gesetzliche Pflegeversicherung
              nicht zahlt"
  Format:     DIN A5 hoch, 24 Seiten + Umschlag
  Papier:     Inhalt 115 g/m² Recycling matt, Umschlag 250 g/m²
  Druck:      4/4-farbig, Rückstichheftung
  Auflage:    40.000 (Staffel 20.000 / 60.000 bitte mit angeben)
  Lieferung:  bis 25.09.2026 an unser Lager in Köln-Porz, palettiert

Druckdaten (PDF/X-4) liefern wir bis 04.09. Bitte nennen Sie auch den Preis für
klimaneutralen Druck.

Mit freundlichen Grüßen""")

# 0092
M("C", "de", "insurer-to-printer",
  "harmless body; only inside the ZIP (CSV): returned-mail list with named household policyholders, old/new addresses, contract numbers",
  frm=ADDR("pohl"), to="Druckzentrum West <produktion@druckzentrum-west.example>",
  cc=ADDR("kowalski"),
  subj="Retouren BAP Hausrat – Rücklieferung nach Adressprüfung",
  date="2026-08-20 12:16", sig="pohl", sigstyle="short",
  body="""Hallo Herr Demirci,

anbei zurück die Retourenliste aus dem BAP-Lauf Hausrat mit den Ergebnissen unserer
Adressrecherche (Spalte NEUE_ADRESSE). Bitte die Sätze mit Status "NEU" erneut
drucken und versenden; "VERZOGEN_UNBEKANNT" nicht, die bearbeitet unser
Kundenservice.

Gruß
Verena Pohl""",
  att=[ZIP("Retouren_BAP_HR_2026_bearbeitet.zip", [
      CSV("Retouren_BAP_HR_2026.csv", [
          ["VERTRAG", "NAME", "ALTE_ADRESSE", "NEUE_ADRESSE", "STATUS"],
          ["HR-4402-120337", "Wilfried Sauerland", "Bachstr. 3, 53111 Bonn", "Am Hofgarten 9, 53113 Bonn", "NEU"],
          ["HR-4402-198254", "Zeynep Korkmaz", "Ringstr. 44, 41061 Mönchengladbach", "", "VERZOGEN_UNBEKANNT"],
          ["HR-4402-233761", "Ludger Bröker", "Dorfstr. 1, 48653 Coesfeld", "Dorfstr. 1a, 48653 Coesfeld", "NEU"],
          ["HR-4402-260118", "Pia und Tom Gellert", "Sternstr. 20, 40479 Düsseldorf", "Kaiserstr. 5, 40479 Düsseldorf", "NEU"],
          ["HR-4402-301946", "Friederike Haas-Molitor", "Talweg 8, 57072 Siegen", "", "VERZOGEN_UNBEKANNT"],
          ["HR-4402-344420", "Bogdan Ionescu", "Hansaring 101, 50670 Köln", "Weißhausstr. 14, 50939 Köln", "NEU"]],
          sep=";"),
      TXT("Bearbeitungshinweis.txt", """Retouren BAP Hausrat 2026
Stand: 20.08.2026
6 Retouren, davon 4 mit neuer Adresse (Status NEU) -> erneut drucken
2 ohne Ergebnis -> nicht drucken, Kundenservice informiert
Rueckfragen: verena.pohl@versicherer.example
""")])])

# 0093
M("N", "en", "insurer-to-reinsurer",
  "trap: comments on the reinsurer's draft disability underwriting manual (diabetes, back pain, depression ratings in general); no applicants",
  frm=ADDR("hasselbach"), to="Dr. Fiona McBride <fiona.mcbride@atlantic-re.example>",
  subj="Draft underwriting manual DI 2027 – our comments",
  date="2026-08-24 17:10", sig="hasselbach", lang="en", ent="lv",
  body="""Dear Fiona,

thanks for sharing the draft. Our comments on the chapters you flagged:

Diabetes type 2 (E11): we agree with +50 to +100 for well-controlled cases (HbA1c
below 7.5 %), but we would not decline automatically above 8 % if there is no organ
damage – postpone 12 months instead.

Back pain (M54): the proposed exclusion for any lumbar complaint within five years is
too strict for the German market; brokers would simply go elsewhere. We suggest standard
rates for single episodes without imaging and without more than four weeks' sick leave.

Depression (F32/F33): fine with the new grading by number of episodes. Please add a
clear rule for completed psychotherapy without medication – currently the manual says
nothing about it, and that is the most frequent question we get.

Happy to discuss at the seminar in October.

Best regards,
Ulrike""",
  att=[PDF("Comments_DI_manual_2027.pdf", [
      ("h", "Comments of Versicherer Lebensversicherung AG on the DI underwriting manual 2027 (draft 0.9)"),
      ("t", [["Chapter", "Impairment", "Draft rule", "Our proposal"],
             ["4.2", "Diabetes type 2", "Decline if HbA1c > 8 %", "Postpone 12 months if no organ damage"],
             ["6.1", "Low back pain", "Exclusion if any episode in 5 years", "Standard if single episode, no imaging, AU < 4 weeks"],
             ["7.3", "Depression", "Grading by number of episodes", "Agree; add rule for completed psychotherapy"],
             ["9.1", "Hypertension", "+25 % if treated", "Agree"]]),
      ("small", "No individual cases are referred to in this document.")],
      title="Comments DI manual 2027", author="Dr. Ulrike Hasselbach")])

# 0094
M("S", "de", "insurer-to-reinsurer",
  "large disability claim notification to the reinsurer (windows-1252 body): named insured, multiple sclerosis G35, benefit amounts",
  frm=ADDR("stanek"), to="Leistung Leben Nordstern Rück <leben.leistung@nordstern-rueck.example>",
  subj="Großschadenmeldung BU – Vertrag BU-7200-091174 (Quote NR-LQS-2019)",
  date="2026-08-26 11:41", sig="stanek", ent="lv", charset="windows-1252",
  body="""Sehr geehrte Damen und Herren,

gemäß Ziffer 9 des Quotenvertrags NR-LQS-2019 melden wir folgenden Leistungsfall über
der Meldegrenze von 250.000 Euro Barwert:

  Versicherte Person:  Dr. Carolin Weidemann, geb. 19.06.1984, Studienrätin
  Vertrag:             BU-7200-091174, Beginn 01.10.2012
  BU-Rente:            2.400 Euro monatlich, Beitragsbefreiung, Endalter 67
  Leistungsbeginn:     01.03.2026
  Ursache:             Multiple Sklerose, schubförmig-remittierender Verlauf mit
                       sekundärer Progression (G35.11); EDSS 6,0 laut neurologischem
                       Gutachten vom 12.06.2026
  Barwert (Reserve):   ca. 612.000 Euro, Ihr Anteil 30 % = 183.600 Euro

Wir haben die Leistung am 20.08.2026 unbefristet anerkannt. Die Unterlagen
(Gutachten, Arztberichte, Leistungsentscheidung) stellen wir Ihnen auf Wunsch im
Datenraum zur Verfügung.

Mit freundlichen Grüßen""")

# 0095
M("C", "de", "insurer-to-lawyer",
  "answer to an insolvency administrator (iso-8859-1): debtor's household, motor and legal expenses contracts, surrender of refunds; no personal lines",
  frm=ADDR("roth"), to="RA Hendrik Classen als Insolvenzverwalter <insolvenz@classen-partner.example>",
  subj="Insolvenzverfahren über das Vermögen von Frau Beate Lohmeyer – AG Dortmund 259 IK 412/26",
  date="2026-08-28 09:22", sig="roth", charset="iso-8859-1",
  body="""Sehr geehrter Herr Rechtsanwalt Classen,

zu Ihrer Anfrage vom 18.08.2026 teilen wir mit, dass die Schuldnerin, Frau Beate
Lohmeyer, Hörder Bahnhofstraße 6, 44263 Dortmund, bei uns folgende Verträge unterhält:

  Hausratversicherung         HR-4402-288017  Jahresbeitrag 142,00 EUR
  Kfz-Versicherung            KF-5521-71490   Jahresbeitrag 518,60 EUR (DO-BL 884)
  Rechtsschutzversicherung    RS-6610-104552  Jahresbeitrag 296,40 EUR

Rückkaufswerte bestehen bei diesen Verträgen nicht. Ein Beitragsguthaben aus der
Kfz-Versicherung (Beitragsrückerstattung nach Abmeldung eines Zweitfahrzeugs) in Höhe
von 87,12 EUR zahlen wir auf Ihr Anderkonto aus, sobald Sie uns die Bankverbindung
mitteilen.

Weitere Verträge bestehen bei uns nicht.

Mit freundlichen Grüßen""")

# 0096
M("N", "de", "authority",
  "trap: tax office announces a payroll tax audit of the insurer itself (company tax number, audit period, documents); no personal data",
  frm=ADDR("morgan"), to="Lohnbuchhaltung <lohnbuchhaltung@versicherer.example>", cc=ADDR("weiss"),
  subj="WG: Prüfungsanordnung Lohnsteuer-Außenprüfung 2022–2025",
  date="2026-09-01 08:48", sig="morgan", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

die Lohnsteuer-Außenprüfung ist angekündigt, Beginn 05.10. Bitte bereitet den
Datenzugriff (Z3-Export aus dem Lohnsystem) und die Liste der Sachbezüge vor; ich
plane ein Kick-off am 22.09.

James""",
  quote=FW("Finanzamt Köln-Altstadt <poststelle.koeln-altstadt@finanzamt.example>", "31.08.2026 13:10",
           "Versicherer Holding AG, z. H. Group Finance", "Prüfungsanordnung",
           """Prüfungsanordnung

Steuerpflichtige: Versicherer Holding AG, Rheinuferstraße 12, 50667 Köln
Steuernummer: 214/5700/0815
Art der Prüfung: Lohnsteuer-Außenprüfung (§ 42f EStG)
Prüfungszeitraum: 01.01.2022 bis 31.12.2025
Voraussichtlicher Beginn: 05.10.2026, 09:00 Uhr, in Ihren Geschäftsräumen
Prüfer: StAR Bernd Kallweit

Bitte stellen Sie die Lohnkonten, Buchungsbelege zu Sachbezügen und
Reisekostenabrechnungen sowie den Datenzugriff nach § 147 Abs. 6 AO bereit.

Finanzamt Köln-Altstadt, Sachgebiet Lohnsteuer-Außenprüfung"""))

# 0097
M("S", "de", "insurer-to-authority",
  "answer to a tax office control request about a life insurance payout (base64-encoded body): named person, payout and capital gains tax",
  frm=ADDR("roth"), to="Finanzamt Bergisch Gladbach <poststelle.bergisch-gladbach@finanzamt.example>",
  subj="Ihr Auskunftsersuchen vom 20.08.2026 – StNr. 204/2218/4471",
  date="2026-09-03 14:15", sig="roth", cte="base64",
  body="""Sehr geehrte Damen und Herren,

zu Ihrem Auskunftsersuchen nach § 93 AO betreffend

  Herrn Wolfgang Esser, geb. 17.01.1961, Overath
  Steuernummer 204/2218/4471

teilen wir mit: Die kapitalbildende Lebensversicherung LV 7 114 009 312 (Beginn
01.12.2001, Ablauf 01.12.2025) wurde am 01.12.2025 ausgezahlt.

  Ablaufleistung:                       86.412,55 EUR
  Summe der eingezahlten Beiträge:      61.800,00 EUR
  Unterschiedsbetrag (§ 20 Abs. 1 Nr. 6 EStG, hälftig wegen Laufzeit > 12 Jahre
  und Auszahlung nach Vollendung des 62. Lebensjahres):  12.306,28 EUR
  einbehaltene Kapitalertragsteuer inkl. SolZ:           3.245,78 EUR

Die Steuerbescheinigung wurde Herrn Esser am 08.12.2025 übersandt.

Mit freundlichen Grüßen""")

# 0098
M("N", "de", "internal",
  "trap: revised template for loss adjuster instructions (DOCX) with «placeholders» for policyholder, address and claim number",
  frm=ADDR("lange"), to="Schadenservice Sach – alle <schaden-sach-alle@versicherer.example>",
  subj="Neue Vorlage Besichtigungsauftrag (gültig ab 01.09.)",
  date="2026-08-31 16:20", sig="lange", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ab morgen bitte nur noch die neue Vorlage für Besichtigungsaufträge an Sachverständige
verwenden (liegt auch im Vorlagenordner). Neu:
  - Frage nach Vorschäden ist Pflicht,
  - Kontaktdaten des VN nur noch mit dessen Einverständnis weitergeben (Ankreuzfeld),
  - Fristen nach Rahmenvereinbarung vorbelegt.

Danke!
Uwe""",
  att=[DOCX("Vorlage_Besichtigungsauftrag_2026-09.docx", [
      ("h", "Besichtigungsauftrag"),
      "An: «SV_BUERO»\nSchadennummer: «SCHADEN_NR»\nVersicherungsnehmer/in: «VN_NAME»\nRisikoort: «RISIKOORT»\nVertrag: «VERTRAG_NR» («SPARTE»)\nSchadentag: «SCHADENTAG»",
      "☐ Die/der VN ist mit der Weitergabe ihrer/seiner Telefonnummer einverstanden: «VN_TELEFON»",
      ("h", "Fragen", 2),
      "1. Ursache des Schadens?\n2. Umfang und Höhe (Neuwert/Zeitwert)?\n3. Vorschäden oder Abnutzung (Pflicht)?\n4. Angemessenheit vorliegender Kostenvoranschläge?\n5. Hinweise auf Obliegenheitsverletzungen?",
      "Honorar nach Rahmenvereinbarung Stufe «STUFE». Bericht innerhalb von «FRIST» Arbeitstagen nach Besichtigung."],
      author="Uwe Lange", title="Vorlage Besichtigungsauftrag")])

# 0099
M("C", "en", "authority",
  "Dutch police report of a recovered stolen car (English), forwarded to motor claims: owner/policyholder named, plate, VIN; no injuries",
  frm=ADDR("engel"), to=ADDR("brenner"),
  subj="FW: Recovered vehicle D-RK 5510 – Politie Rotterdam",
  date="2026-09-07 09:30", sig="engel", sigstyle="short", lang="en",
  body="""Markus – this is the Audi from your theft claim VK-26-006630 (Kessler). Found in
Rotterdam port. They need to know by Friday whether we take over the car as
insurer (we paid out in August, so it's ours). Can you take it from here?
Rüdiger""",
  quote=FW("Politie Rotterdam – Team Voertuigcriminaliteit <voertuigen@politie-rotterdam.example>", "Mon, 7 Sep 2026 07:55",
           "claims@versicherer.example", "Recovered vehicle D-RK 5510",
           """Dear Sir or Madam,

on 4 September 2026 the Dutch police recovered the following vehicle in a container at
the Port of Rotterdam (Maasvlakte), declared for export to Lagos:

  Make/model:      Audi Q7 50 TDI quattro
  Registration:    D-RK 5510 (plates found inside the vehicle)
  VIN:             WAUZZZ4M8PD013377
  Registered owner according to the German register: Mr Roland Kessler, Düsseldorf
  Insurance according to the German register: Versicherer Allgemeine Versicherung AG

The vehicle is undamaged apart from the broken driver's door lock and has been taken to
a police storage facility. Please inform us within five working days whether the owner
or the insurer will collect it. Storage costs of EUR 35 per day apply from
14 September.

Kind regards
Politie Rotterdam – Vehicle Crime Team""", lang="en"))

# 0100
M("N", "de", "insurer-to-company",
  "portal notification mail to a company address (a secure message was deposited); no content",
  frm="SecureMail <securemail@versicherer.example>", to="personal@druckerei-hellwig.example",
  subj="Sie haben eine neue vertrauliche Nachricht",
  date="2026-09-08 10:02", client="system", mailer="Siegel Portal Notification",
  body="""Guten Tag,

für Sie liegt eine neue vertrauliche Nachricht von Matthias Ziegler
(Versicherer Krankenversicherung a.G.) im SecureMail-Portal bereit.

Zum Lesen melden Sie sich bitte an unter:
https://securemail.versicherer.example

Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht. Sie können sie vorher
herunterladen.

Diese Benachrichtigung enthält aus Sicherheitsgründen keine Inhalte. Bitte antworten
Sie nicht auf diese E-Mail.

---

You have a new confidential message in the SecureMail portal:
https://securemail.versicherer.example

Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln""")


# ---------------------------------------------------------------- batch 5 (0101-0125)

# 0101
M("S", "de", "insurer-to-company",
  "group term life death claim of a named employee: employer informed of the payout to the beneficiaries (life line)",
  frm=ADDR("sommer"), to="Claudia Nießen <c.niessen@rurtal-kunststoff.example>",
  subj="Gruppen-Risikolebensversicherung GRL-4410 – Leistungsfall Herr Frank Heuser",
  date="2026-09-10 13:35", sig="sommer", ent="lv",
  body="""Sehr geehrte Frau Nießen,

zunächst unser aufrichtiges Beileid zum Tod Ihres Kollegen Herrn Frank Heuser.

Wir möchten Sie kurz über den Stand informieren: Die Leistung aus der
Gruppen-Risikolebensversicherung (zweifaches Jahresgehalt, 118.400 Euro) haben wir
nach Eingang der Sterbeurkunde und des Erbscheins am 08.09.2026 ausgezahlt – gemäß
Bezugsrecht je zur Hälfte an die Ehefrau und den Sohn. Die Familie hat direkt von uns
Post bekommen.

Für Ihre Unterlagen: Herr Heuser ist damit aus dem Gruppenvertrag ausgeschieden; der
Beitrag wird ab Oktober automatisch um 29,60 Euro monatlich reduziert. Von Ihrer Seite
ist nichts weiter zu tun.

Mit freundlichen Grüßen""")

# 0102
M("N", "de", "insurer-to-company",
  "trap: employer asks whether a data processing agreement is needed for the bKV; generic answer plus a generic privacy information sheet (PDF)",
  frm=ADDR("ziegler"), to="Datenschutz Gerlach Werkzeuge <datenschutz@gerlach-werkzeuge.example>",
  subj="AW: Auftragsverarbeitungsvertrag für die bKV?",
  date="2026-09-11 10:50", sig="ziegler", ent="kv",
  body="""Sehr geehrter Herr Bremer,

eine kurze Antwort auf Ihre Frage: Für die betriebliche Krankenversicherung brauchen
Sie mit uns keinen Auftragsverarbeitungsvertrag. Wir verarbeiten die Daten Ihrer
Mitarbeitenden nicht in Ihrem Auftrag, sondern als eigener Verantwortlicher
(Art. 4 Nr. 7 DSGVO), weil die Mitarbeitenden selbst versicherte Personen sind.

Was Sie als Arbeitgeber von uns bekommen, ist auf das Nötige begrenzt: Anmeldungen,
Abmeldungen und den Gesamtbeitrag. Gesundheitsdaten oder Leistungsabrechnungen
einzelner Mitarbeitender erhalten Sie von uns grundsätzlich nicht – auch nicht auf
Nachfrage.

Das Merkblatt für Ihre Datenschutzdokumentation hängt an.

Mit freundlichen Grüßen""",
  att=[PDF("Merkblatt_Datenschutz_bKV.pdf", [
      ("h", "Datenschutz in der betrieblichen Krankenversicherung – Merkblatt für Arbeitgeber"),
      ("p", "1. Rollen: Der Arbeitgeber ist Versicherungsnehmer, die Mitarbeitenden sind versicherte Personen. "
            "Der Versicherer ist für die Verarbeitung der Gesundheitsdaten eigener Verantwortlicher."),
      ("p", "2. Datenfluss zum Arbeitgeber: Name, Geburtsdatum und Eintrittsdatum für die An- und Abmeldung; "
            "Gesamtbeitrag des Gruppenvertrags. Keine Leistungs- oder Gesundheitsdaten."),
      ("p", "3. Datenfluss zu den Mitarbeitenden: Leistungsabrechnungen, Schriftverkehr und Auskünfte gehen "
            "ausschließlich an die versicherte Person."),
      ("p", "4. Schweigepflicht: Beschäftigte des Versicherers unterliegen § 203 StGB."),
      ("small", "Stand 01/2026 - Versicherer Krankenversicherung a.G. - Datenschutzbeauftragter: datenschutz@versicherer.example")],
      title="Merkblatt Datenschutz bKV", author="Versicherer Krankenversicherung a.G.")])

# 0103
M("S", "en", "insurer-to-company",
  "bKV premium invoice for a named employer's group health contract: head count and premium only, no employees named (personal-line contract data)",
  frm="Premium Collection <beitragsservice@versicherer.example>", to="Accounts Payable <ap@baltic-wind-services.example>",
  subj="Premium invoice Q4 2026 – group health contract 31-BKV-0788",
  date="2026-09-14 06:05", client="system", mailer="VERSO Output Management 7.6", lang="en",
  body="""Dear Sir or Madam,

please find below the premium invoice for your company health insurance (bKV).

  Policyholder:          Baltic Wind Services GmbH, Rostock
  Group contract:        31-BKV-0788 (budget tariff EUR 900, dental module)
  Period:                1 October – 31 December 2026
  Insured employees:     143 (budget), 62 of them with dental module
  Premium budget:        143 x EUR 37.90 x 3 months = EUR 16,259.10
  Premium dental module: paid by employees via payroll, not invoiced
  Amount due:            EUR 16,259.10 (no insurance tax on health insurance)
  Due date:              1 October 2026

Please transfer the amount to
  Versicherer Krankenversicherung a.G.
  IBAN """ + IB("DE", "37040000" + "0102447700") + """ – reference 31-BKV-0788-Q4

This invoice was created automatically. Questions: beitragsservice@versicherer.example""")

# 0104
M("N", "en", "insurer-to-broker",
  "trap: commission agreement (DOCX) for a new broker firm (GmbH) with rates per line and the firm's company account; no customers",
  frm=ADDR("reuter"), to="Tom Jaspers <t.jaspers@northsea-brokers.example>",
  subj="Commission agreement – NorthSea Brokers GmbH",
  date="2026-09-15 11:26", sig="reuter", lang="en",
  body="""Dear Mr Jaspers,

welcome on board. Attached is the commission agreement for NorthSea Brokers GmbH
(agency no. 40-93377). Please sign it and return a scan; commission will be paid to the
company account you gave us in the onboarding form.

Your firm administrator account for the broker portal will be created this week; the
one-time password comes in a separate mail.

Best regards""",
  att=[DOCX("Commission_agreement_NorthSea_Brokers.docx", [
      ("h", "Commission Agreement"),
      "between Versicherer Holding AG (on behalf of its insurance companies) and NorthSea Brokers GmbH, Am Sandtorkai 41, 20457 Hamburg, agency no. 40-93377.",
      ("t", [["Line", "New business", "Renewal / portfolio"],
             ["Motor", "8 %", "8 %"],
             ["Household, liability, buildings", "15-20 % (scale)", "15 %"],
             ["Commercial property / liability", "15-20 % (scale)", "15 %"],
             ["Life / disability", "25 per mille of premium sum", "1.5 % p.a. (level option)"],
             ["Private health", "up to 9 monthly premiums (statutory cap)", "-"]]),
      "Payment: monthly, to NorthSea Brokers GmbH, IBAN " + IB("DE", "20050000" + "1284406100") + ", Hamburger Sparkasse.",
      ("small", "Clawback: life and health commission is earned over 60 months (pro rata).")],
      author="Frank Reuter", lang="en-GB")])

# 0105
M("S", "de", "insurer-to-broker",
  "commission clawback notice: a named customer surrendered his life insurance; contract, surrender date and reclaimed commission",
  frm=ADDR("haas"), to="Heiko Strunk <buero@makler-strunk.example>",
  subj="Stornobelastung LV-7114-188203 (Kunde Herr Timo Brandenburger)",
  date="2026-09-16 08:14", sig="haas",
  body="""Sehr geehrter Herr Strunk,

Ihr Kunde Herr Timo Brandenburger hat seine fondsgebundene Rentenversicherung
LV-7114-188203 (Beginn 01.04.2023) zum 01.09.2026 gekündigt; der Rückkaufswert wurde
ausgezahlt. Eine Beitragsfreistellung kam für ihn laut Telefonnotiz wegen akuter
Finanzprobleme nicht in Frage.

Da der Vertrag weniger als 60 Monate bestanden hat, belasten wir die nicht verdiente
Abschlussprovision anteilig zurück:

  Abschlussprovision (2023):          2.592,00 EUR
  verdient (41 von 60 Monaten):       1.771,20 EUR
  Stornobelastung:                      820,80 EUR

Die Belastung wird mit der Provisionsabrechnung September verrechnet. Wenn Sie den
Kunden noch zu einer Fortführung bewegen können (Wiederinkraftsetzung innerhalb von
drei Monaten), nehmen wir die Belastung zurück.

Mit freundlichen Grüßen""")

# 0106
M("C", "de", "insurer-to-broker",
  "motor fleet offer for a company via a broker, with the named fleet manager and a vehicle list (plates) in XLSX",
  frm=ADDR("wolff"), to="Kai Brodersen <k.brodersen@nordmakler.example>",
  subj="Flottenangebot Spedition Harms & Co. KG – 38 Fahrzeuge",
  date="2026-09-18 15:37", sig="wolff",
  body="""Moin Herr Brodersen,

hier unser Angebot für die Flotte der Spedition Harms. Ansprechpartner beim Kunden ist
laut Ihrer Anfrage der Fuhrparkleiter Herr Olaf Tietjen (0172 4410928); wir setzen ihn
für die Zu- und Abgangsmeldungen direkt ein, wenn der Vertrag kommt.

Beitrag gesamt 71.240 Euro netto (Haftpflicht + Vollkasko SB 1.000 Euro für die
Sattelzugmaschinen, Teilkasko für die Pkw). Die Schadenquote der letzten drei Jahre
beim Vorversicherer (64 %) ist berücksichtigt. Fahrzeugliste mit den Einzelbeiträgen
anbei.

Beste Grüße""",
  att=[XLSX("Flottenangebot_Harms_2026.xlsx", {
      "Fahrzeuge": [
          ["Nr.", "Kennzeichen", "Art", "Hersteller/Typ", "Deckung", "Beitrag netto EUR"],
          [1, "HB-HA 101", "Sattelzugmaschine", "MAN TGX 18.510", "KH + VK 1000", 3880.0],
          [2, "HB-HA 102", "Sattelzugmaschine", "MAN TGX 18.510", "KH + VK 1000", 3880.0],
          [3, "HB-HA 103", "Sattelzugmaschine", "Volvo FH 500", "KH + VK 1000", 3920.0],
          [4, "HB-HA 210", "Lkw 12 t", "Mercedes Atego", "KH + VK 1000", 2610.0],
          [5, "HB-HA 211", "Lkw 12 t", "Mercedes Atego", "KH + VK 1000", 2610.0],
          [6, "HB-HA 500", "Pkw", "VW Passat Variant", "KH + TK 150", 740.0],
          [7, "HB-OT 77", "Pkw (Fuhrparkleiter)", "Škoda Superb", "KH + TK 150", 760.0],
          ["...", "", "", "", "", ""],
          ["", "", "", "", "Summe 38 Fahrzeuge", 71240.0]],
      "Bedingungen": [
          ["Punkt", "Regelung"],
          ["Versicherungsnehmer", "Spedition Harms & Co. KG, Bremen"],
          ["Ansprechpartner", "Olaf Tietjen, Fuhrparkleiter"],
          ["Laufzeit", "01.01.2027 - 31.12.2027"],
          ["Schadenquote Vorversicherer", "64 % (3 Jahre)"]]}, author="Jana Wolff")])

# 0107
M("S", "de", "insurer-to-broker",
  "long-term care supplementary offer for a broker's named client with a surcharge because of diabetes type 2",
  frm=ADDR("nguyen"), to="Sabine Raith <s.raith@raith-versicherungsmakler.example>",
  subj="Pflegetagegeld – Angebot mit Zuschlag für Herrn Ernst Dahlhaus",
  date="2026-09-21 12:02", sig="nguyen", ent="kv",
  body="""Liebe Frau Raith,

zum Antrag Pflegetagegeld Ihres Kunden Herrn Ernst Dahlhaus (geb. 02.05.1964):
Aufgrund des angegebenen Diabetes mellitus Typ 2 (seit 2019, Metformin, HbA1c zuletzt
6,8 %) können wir den Tarif PTG Plus nur mit einem Risikozuschlag von 30 % anbieten.

  Pflegetagegeld Pflegegrad 5: 100 Euro, Pflegegrad 2–4 gestaffelt
  Monatsbeitrag ohne Zuschlag: 58,40 Euro
  Risikozuschlag 30 %:         17,52 Euro
  Monatsbeitrag gesamt:        75,92 Euro

Alternativ ohne Zuschlag: Tarif PTG Basis (Leistung erst ab Pflegegrad 3).
Das Angebot gilt sechs Wochen. Bitte lassen Sie uns wissen, welche Variante Herr
Dahlhaus möchte.

Herzliche Grüße""")

# 0108
M("C", "en", "insurer-to-supplier",
  "cyber claim instruction to an incident response firm: ransomware at a sole-practitioner dentist's practice (named insured, policy, contact), no patient details",
  frm=ADDR("hartmann"), to="Incident Desk <incident@sentinel-ir.example>",
  subj="New cyber incident – CY-26-000214, dental practice Dr. Kirchhoff, Kassel",
  date="2026-09-23 07:48", sig="hartmann", lang="en", importance="high",
  body="""Dear Incident Desk,

we hereby instruct you under our framework agreement (call-off no. 2026-17) to support
the following insured:

  Insured:       Dr. med. dent. Lukas Kirchhoff, dental practice (sole practitioner),
                 Wilhelmshöher Allee 190, 34119 Kassel
  Policy:        CY-6900-004187, cyber insurance for SMEs
  Contact:       Dr. Kirchhoff, +49 561 7730512 (mobile, available now)
  Incident:      ransomware, discovered today 06:40 when the practice management
                 server did not start; ransom note on all workstations

The practice management system and the X-ray imaging server are affected. Patient data
may have been exfiltrated; the insured has not yet notified the data protection
authority (72-hour deadline runs from this morning). Please help him with containment,
the authority notification and the forensic analysis.

Cover for the first 10 hours of incident response is confirmed; please send your
initial assessment and cost estimate by this evening.

Kind regards""")

# 0109
M("N", "de", "insurer-to-supplier",
  "framework call-off rates for incident response services (XLSX): day rates, on-call fees, company-to-company",
  frm=ADDR("krueger"), to="Vertrieb Sentinel IR <sales@sentinel-ir.example>",
  subj="Rahmenvertrag Incident Response 2027 – Preisblatt zur Unterschrift",
  date="2026-09-24 16:03", sig="krueger",
  body="""Sehr geehrte Frau Malik,

anbei das finale Preisblatt zum Rahmenvertrag Incident Response ab 01.01.2027, wie
gestern verhandelt. Bitte prüfen und unterschrieben zurück; die Vertragsurkunde folgt
per Post.

Mit freundlichen Grüßen""",
  att=[XLSX("Preisblatt_IR_2027.xlsx", {
      "Preise": [
          ["Leistung", "Einheit", "Preis netto EUR", "Bemerkung"],
          ["Erstreaktion (Hotline, remote)", "pauschal", 950.0, "innerhalb 1 Stunde"],
          ["Incident Responder", "Tag", 1680.0, "8 Stunden"],
          ["Forensiker (Senior)", "Tag", 2100.0, "8 Stunden"],
          ["Vor-Ort-Einsatz Anfahrt", "pauschal", 380.0, "bundesweit"],
          ["Unterstützung Meldung Datenschutzbehörde", "pauschal", 1200.0, ""],
          ["Bereitschaft Wochenende/Feiertag", "Zuschlag", 0.5, "auf Tagessatz"]]}, author="Stefan Krüger")])

# 0110
M("C", "en", "insurer-to-supplier",
  "translation order for an English court judgment in a motor liability claim: named UK driver and our policyholder, case numbers; property damage",
  frm=ADDR("oltmanns"), to="Orders <orders@polyglot-medical.example>",
  subj="Translation EN>DE – county court judgment, our ref. KH-25-077102",
  date="2026-09-25 10:19", sig="oltmanns", lang="en",
  body="""Dear colleagues,

please translate the attached (via data room) judgment of the County Court at Dover,
claim no. K00DV214, into German – non-certified translation is sufficient.

Parties: Mr Gareth Llewellyn (claimant, driver of the lorry GX19 KTD) v. our
policyholder Mr Bernd Hollenbach, Koblenz (defendant, car KO-BH 808). The case concerns
only the damage to the lorry and the trailer after a collision in the port of Dover on
12 March 2025; nobody was injured.

12 pages, deadline 9 October. Please quote our reference KH-25-077102.

Kind regards""")

# 0111
M("N", "de", "internal",
  "trap: updated list of medical reviewers (doctors as business contacts) with specialties, fees and turnaround times; no patients",
  frm=ADDR("albrecht"), to="Leistung Unfall <leistung-unfall@versicherer.example>", cc=ADDR("stanek"),
  subj="Aktualisierte Gutachterliste Unfall/BU – Stand September",
  date="2026-09-28 13:30", sig="albrecht", sigstyle="short",
  body="""Hallo zusammen,

anbei die aktualisierte Gutachterliste. Neu aufgenommen: Dr. Aydın (Orthopädie,
Düsseldorf) und Frau Dr. Reiß (Psychiatrie, Bonn). Herr Dr. Pütz nimmt bis Jahresende
keine neuen Aufträge an.

Bitte bei Beauftragungen weiterhin auf die Bearbeitungszeit achten – die Spalte
"Ø Tage" ist der Durchschnitt der letzten zwölf Monate.

Miriam""",
  att=[XLSX("Gutachterliste_2026-09.xlsx", {
      "Gutachter": [
          ["Name", "Fachgebiet", "Ort", "Honorar Standard EUR", "Ø Tage", "Bemerkung"],
          ["Dr. med. Reinhard Pütz", "Unfallchirurgie", "Neuss", 650, 38, "bis 12/2026 keine neuen Aufträge"],
          ["Dr. med. Kemal Aydın", "Orthopädie", "Düsseldorf", 620, 29, "neu"],
          ["Dr. med. Johanna Reiß", "Psychiatrie/Psychotherapie", "Bonn", 1240, 44, "neu; nur BU"],
          ["Prof. Dr. med. Anke Lohse", "Neurologie", "Köln", 980, 52, ""],
          ["Dr. med. Stefan Vukovic", "Handchirurgie", "Wuppertal", 700, 31, ""],
          ["Dr. med. Birgit Aalto", "HNO", "Essen", 540, 25, "auch Tinnitus-Gutachten"]]}, author="Miriam Albrecht")])

# 0112
M("N", "de", "insurer-to-printer",
  "data protection audit questionnaire (DOCX) for the print service provider: technical and organisational measures, generic",
  frm=ADDR("meier"), to="Datenschutz Druckzentrum West <datenschutz@druckzentrum-west.example>",
  subj="Jährliche Prüfung Auftragsverarbeitung – Fragebogen TOM 2026",
  date="2026-09-29 09:05", sig="meier",
  body="""Sehr geehrte Frau Rademacher,

wie jedes Jahr bitten wir Sie, den Fragebogen zu den technischen und organisatorischen
Maßnahmen auszufüllen. Neu in diesem Jahr sind die Fragen zur Löschung der Druckdaten
nach Versand (Nr. 7) und zu Unterauftragnehmern beim Kuvertieren (Nr. 9).

Rücksendung bitte bis 30.10.2026. Einen Vor-Ort-Termin würden wir im November
vereinbaren.

Mit freundlichen Grüßen""",
  att=[DOCX("Fragebogen_TOM_Druckdienstleister_2026.docx", [
      ("h", "Fragebogen technische und organisatorische Maßnahmen (Art. 32 DSGVO)"),
      "Auftragnehmer: Druckzentrum West GmbH – Vertrag zur Auftragsverarbeitung vom 12.03.2021",
      ("t", [["Nr.", "Frage", "Antwort"],
             ["1", "Zutrittskontrolle Produktionshalle (Verfahren, Protokollierung)?", ""],
             ["2", "Verschlüsselung der Datenübertragung (SFTP/PGP)?", ""],
             ["3", "Wer hat Zugriff auf Druckdaten (Rollen, Anzahl)?", ""],
             ["4", "Trennung der Daten verschiedener Auftraggeber?", ""],
             ["5", "Vernichtung von Fehldrucken (Klasse, Dienstleister)?", ""],
             ["6", "Protokollierung von Zugriffen auf Druckdaten?", ""],
             ["7", "Löschfrist Druckdaten nach Versand (Tage)?", ""],
             ["8", "Notfallkonzept / Wiederanlauf?", ""],
             ["9", "Unterauftragnehmer (Kuvertierung, Versand)?", ""]]),
      "Ort, Datum, Unterschrift: ______________________"], author="Thomas Meier")])

# 0113
M("C", "en", "reinsurer",
  "body names nobody; only in the XLSX attachment: reinsurer's audit sample with named household/buildings policyholders and claim amounts",
  frm=ADDR("stone"), to=[ADDR("demir"), ADDR("lange")],
  subj="FW: Claims audit 2026 – sample selection (property)",
  date="2026-10-01 12:44", sig="stone", sigstyle="short", lang="en",
  body="""Aylin, Uwe – Atlantic Re has picked their audit sample for the on-site review on
22/23 October. Could you make sure the e-files are complete and complete the
"file owner" column by 12 October? Mostly storm Heike files.

Thanks, Rebecca""",
  quote=FW("Claims Audit Atlantic Re <claims.audit@atlantic-re.example>", "Wed, 30 Sep 2026 17:20",
           "Rebecca Stone <rebecca.stone@versicherer.example>", "Claims audit 2026 – sample selection",
           """Dear Rebecca,

as announced, please find attached our sample for the claims audit in Cologne. We will
need read access to the complete claim files incl. adjuster reports and payment history.

Best regards
Claims Audit Team, Atlantic Re""", lang="en"),
  att=[XLSX("AtlanticRe_audit_sample_2026.xlsx", {
      "Sample": [
          ["No.", "Claim", "Policyholder", "Line", "Event", "Paid EUR", "Reserve EUR", "File owner"],
          [1, "26-WG-004417", "Thomas and Gabriele Brückner", "Buildings", "Water", 18210.0, 0.0, ""],
          [2, "26-WG-011372", "Heinz and Martina Kersting", "Buildings", "Storm", 7030.0, 0.0, ""],
          [3, "26-WG-002208", "Reinhold Bartels", "Buildings", "Storm Heike", 41880.0, 12000.0, ""],
          [4, "26-HR-001937", "Jutta Lemke", "Household", "Storm Heike", 6420.0, 0.0, ""],
          [5, "26-WG-003305", "WEG Am Stadtpark 4-8 (c/o Hausverwaltung Kuhl)", "Buildings", "Storm Heike", 96500.0, 38000.0, ""],
          [6, "26-IN-000931", "Bäckerei Ostrowski e.K. (Janusz Ostrowski)", "Commercial contents/BI", "Fire", 54950.0, 24600.0, ""]]},
      author="Atlantic Re Claims Audit")])

# 0114
M("N", "en", "insurer-to-reinsurer",
  "trap: quarterly account of a property quota share (premium, commission, claims totals, balance) with the insurer's company bank account",
  frm=ADDR("morgan"), to="Technical Accounting <tech.accounting@nordstern-rueck.example>",
  subj="Quarterly account Q3 2026 – property quota share NR-PQS-2024",
  date="2026-10-06 15:22", sig="morgan", lang="en",
  body="""Dear colleagues,

please find below our quarterly account for Q3 2026 (your share 25 %):

[[qa]]

The balance of EUR 1,377,250 in your favour will be transferred with value date
20 October. In case of a balance in our favour, please remit to Versicherer Allgemeine
Versicherung AG, IBAN """ + IB("DE", "37040000" + "0102443300") + """.

Kind regards""",
  tables={"qa": ([["Item", "100 % EUR", "Your share 25 % EUR"],
                  ["Gross premium", "28,410,000", "7,102,500"],
                  ["Reinsurance commission 32 %", "-9,091,200", "-2,272,800"],
                  ["Paid claims", "-13,809,000", "-3,452,250"],
                  ["Balance", "5,509,800", "1,377,450"],
                  ["Correction Q2", "", "-200"],
                  ["Balance to be settled", "", "1,377,250"]], "pad")})

# 0115
M("S", "de", "authority",
  "family court pension equalisation request for a named person in divorce proceedings: private pension and bAV contract values requested",
  frm=ADDR("sommer"), to="Versorgungsausgleich Team <versorgungsausgleich@versicherer.example>",
  subj="WG: AG Mönchengladbach 39 F 211/26 – Auskunft Versorgungsausgleich Kühn",
  date="2026-10-07 10:30", sig="sommer", sigstyle="short", ent="lv",
  body="""Bitte bearbeiten, Frist 04.11. Es sind zwei Verträge betroffen (private
Rentenversicherung und die Direktversicherung über den Arbeitgeber). Beim
Direktversicherungsvertrag ist die Ehezeit ab 2011 relevant.

Katrin""",
  quote=FW("Amtsgericht Mönchengladbach – Familiengericht <poststelle@ag-moenchengladbach.example>", "06.10.2026 11:48",
           "poststelle@versicherer.example", "39 F 211/26 – Auskunftsersuchen nach § 220 FamFG",
           """Amtsgericht Mönchengladbach – Familiengericht
Geschäftsnummer 39 F 211/26

In der Familiensache

  Kühn, Stefanie, geb. Janßen, geb. 14.09.1982 – Antragstellerin –
  Kühn, Markus, geb. 01.03.1980 – Antragsgegner –

wegen Ehescheidung und Versorgungsausgleich werden Sie gemäß § 220 FamFG ersucht,
binnen vier Wochen Auskunft über die in der Ehezeit (01.06.2011 – 31.08.2026)
erworbenen Anrechte des Antragsgegners zu erteilen, insbesondere aus

  - privater Rentenversicherung, Vertrag LV 7 114 140 662,
  - Direktversicherung über den Arbeitgeber (Rurtal Kunststoff GmbH), LV 7 114 151 809.

Bitte verwenden Sie den beigefügten Vordruck V10 und geben Sie den Ausgleichswert
sowie den korrespondierenden Kapitalwert an.

Auf Anordnung
Krings, Justizobersekretärin"""))

# 0116
M("C", "de", "insurer-to-authority",
  "list of stolen items (CSV) from a named policyholder's burglary claim sent to the police for the search; household line",
  frm=ADDR("demir"), to="KK 13 Einbruch PP Bonn <kk13@polizei-bonn.example>",
  subj="Stehlgutliste Einbruch 04.10.2026, Bonn-Poppelsdorf – Ihr Az. 310000-113902-26/0",
  date="2026-10-09 14:07", sig="demir",
  body="""Sehr geehrter Herr Kriminalhauptkommissar Lenz,

wie telefonisch besprochen erhalten Sie die Stehlgutliste zum Wohnungseinbruch bei
unserer Versicherungsnehmerin Frau Dr. Annika Rehfeld, Clemens-August-Straße 30,
53115 Bonn (Hausrat HR-4402-301158, unsere Schadennummer HR-26-019920), mit den uns
vorliegenden Seriennummern für die Sachfahndung.

Bitte informieren Sie uns, falls Gegenstände aufgefunden werden.

Mit freundlichen Grüßen""",
  att=[CSV("Stehlgut_HR-26-019920.csv", [
      ["Nr", "Gegenstand", "Hersteller/Modell", "Seriennummer", "Kaufdatum", "Wert EUR"],
      ["1", "Notebook", "Apple MacBook Pro 14", "C02FK3Q2MD6T", "11/2024", "2.499"],
      ["2", "Kamera", "Fujifilm X-T5", "3DA04871", "05/2023", "1.699"],
      ["3", "Objektiv", "Fujinon XF 16-55 mm", "8BA12207", "05/2023", "1.099"],
      ["4", "Armbanduhr", "Junghans Max Bill Automatic", "27/4700.02-118390", "12/2019", "1.150"],
      ["5", "Ring", "Weißgold mit Saphir (Familienerbstück)", "-", "-", "ca. 2.800"],
      ["6", "Tablet", "Samsung Galaxy Tab S9", "R52W60KXZ4B", "02/2025", "899"]], sep=";")])

# 0117
M("N", "de", "authority",
  "pension insurance invitation to an employer seminar on payroll reporting, forwarded to HR with calendar file; no persons",
  frm=ADDR("weiss"), to="Entgeltabrechnung <entgelt@versicherer.example>",
  subj="WG: Einladung Arbeitgeberseminar DRV \"Meldeverfahren 2027\"",
  date="2026-10-12 09:40", sig="weiss", sigstyle="short",
  body="""Hallo zusammen,

wer mag teilnehmen? Das Seminar ist kostenlos; zwei Plätze sind für uns reserviert.
Termin als Kalenderdatei anbei.

Nadine""",
  quote=FW("DRV Rheinland Firmenservice <firmenservice@drv-rheinland.example>", "09.10.2026 14:22",
           "Arbeitgeber-Verteiler Region Köln", "Einladung Arbeitgeberseminar \"Meldeverfahren 2027\"",
           """Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Arbeitgeberseminar ein:

  Thema:  Meldeverfahren 2027 – Änderungen bei DEÜV, eAU und Beitragsnachweis
  Termin: Dienstag, 17.11.2026, 09:00–12:30 Uhr
  Ort:    DRV Rheinland, Königsallee 71, Düsseldorf, Raum 1.14

Die Teilnahme ist kostenfrei. Anmeldung bitte bis 06.11.

Ihr Firmenservice der Deutschen Rentenversicherung Rheinland"""),
  att=[ICS("Arbeitgeberseminar_DRV_2026-11-17.ics", "drv-seminar-20261117@drv-rheinland.example",
           "Arbeitgeberseminar DRV: Meldeverfahren 2027", "20261117T090000", "20261117T123000",
           ("DRV Rheinland Firmenservice", "firmenservice@drv-rheinland.example"), [],
           location="DRV Rheinland, Königsallee 71, Düsseldorf, Raum 1.14", method="PUBLISH")])

# 0118
M("S", "de", "authority",
  "employment agency asks about daily sickness allowance paid to a named person; reply confirms amounts and period (health line)",
  frm=ADDR("kroeger"), to="Agentur für Arbeit Krefeld – Leistungsteam 452 <krefeld.452-leistung@arbeitsagentur.example>",
  subj="Ihre Anfrage vom 06.10.2026 – Kunden-Nr. 452D118370, Herr Dimitrios Papadakis",
  date="2026-10-13 11:58", sig="kroeger", ent="kv",
  body="""Sehr geehrte Damen und Herren,

mit Einwilligung unseres Versicherten Herrn Dimitrios Papadakis, geb. 28.12.1977,
bestätigen wir Ihnen:

Herr Papadakis hat aus seiner privaten Krankentagegeldversicherung (Tarif KTG 43,
Vertrag KV-9910-264471) für den Zeitraum 12.02.2026 bis 30.09.2026 Krankentagegeld in
Höhe von 120,00 Euro täglich erhalten (insgesamt 27.720,00 Euro). Die Zahlung endete
mit Ablauf des 30.09.2026, da nach dem Gutachten vom 22.09.2026 ab diesem Zeitpunkt
Berufsunfähigkeit im bisherigen Beruf als Lkw-Fahrer vorliegt (§ 15 MB/KT).

Über eine Wiederaufnahme der Zahlung ist uns nichts bekannt.

Mit freundlichen Grüßen""")

# 0119
M("C", "de", "insurer-to-authority",
  "answer to a tax office control request: commission paid to a named sole-trader broker per year (income data)",
  frm=ADDR("haas"), to="Finanzamt Minden – Außenprüfung <aussenpruefung.minden@finanzamt.example>",
  subj="Auskunft nach § 93 AO – Provisionszahlungen an Herrn Dirk Wiemers",
  date="2026-10-15 08:50", sig="haas",
  body="""Sehr geehrter Herr Steuerinspektor Brockmeyer,

auf Ihr Auskunftsersuchen vom 01.10.2026 im Rahmen der Außenprüfung bei

  Herrn Dirk Wiemers, Versicherungsvermittlung Wiemers, 32312 Lübbecke
  Steuernummer 335/5124/0886 (bis 06/2026: 333/5031/2214)

teilen wir die an ihn gezahlten Provisionen und Courtagen mit (brutto, umsatzsteuerfrei
nach § 4 Nr. 11 UStG):

  2023   41.206,18 Euro
  2024   46.833,90 Euro
  2025   52.117,42 Euro

Die Beträge ergeben sich aus unseren Provisionsabrechnungen; Stornobelastungen sind
bereits abgezogen. Die Einzelabrechnungen können wir Ihnen auf Wunsch übersenden.

Mit freundlichen Grüßen""")

# 0120
M("N", "de", "newsletter",
  "partner workshop newsletter (HTML + text): calibration rules, portal news, training dates; no claims",
  frm="Werkstatt-Info <werkstatt-info@versicherer.example>", to="partnerwerkstaetten@versicherer.example",
  subj="Werkstatt-Info 4/2026: ADAS-Kalibrierung, neue Upload-Funktion, Schulungen",
  date="2026-10-16 07:15", client="system", mailer="Newsletter2Go Relay", html=True,
  headers={"List-Unsubscribe": "<https://news.versicherer.example/abmelden?l=werkstatt>", "Precedence": "bulk"},
  body="""Werkstatt-Info 4/2026

Liebe Partnerbetriebe,

1. Kalibrierung von Fahrerassistenzsystemen
Seit Juli prüfen wir bei jeder Frontscheiben- und Stoßfängerreparatur, ob ein
Kalibrierprotokoll vorliegt. Ohne Protokoll können wir die Pauschale nicht zahlen.
Bitte laden Sie das Protokoll zusammen mit der Rechnung hoch.

2. Neu im Werkstattportal: Sammel-Upload
Sie können jetzt bis zu 50 Fotos in einem Schritt hochladen. Die Fotos werden
automatisch dem Schaden zugeordnet, wenn die Schadennummer im Dateinamen steht.

3. Schulungstermine
  04.11. Online: Rechnungsprüfung – häufige Fehler
  18.11. Köln: Hagelschaden-Instandsetzung ohne Lackierung (PDR)

4. Konditionen 2027
Die Verhandlungen mit dem Werkstattnetz laufen; die neuen Sätze erhalten Sie Anfang
Dezember.

Ihr Schadenservice Kraftfahrt

Abmelden: https://news.versicherer.example/abmelden?l=werkstatt""")

# 0121
M("N", "en", "internal",
  "vendor management review minutes: SLA figures for print, scanning and translation providers; no personal or contract data",
  frm=ADDR("krueger"), to="Vendor Management Board <vendor-board@versicherer.example>",
  subj="Vendor review Q3 – print, scanning, translation",
  date="2026-10-19 17:44", sig="krueger", sigstyle="short", lang="en",
  body="""Dear all,

summary of Thursday's vendor review:

Druckzentrum West (print & dispatch)
  - on-time dispatch 99.2 % (target 98 %), 2 misprints reported, both fixed in 24 h
  - TOM questionnaire sent, answer due 30 Oct

Scan partner (incoming mail, health claims)
  - SLA 24 h met on 96.1 % of days (target 97 %), SFTP outage 31 Mar – 2 Apr
  - penalty clause: 2 % of monthly fee applied for April

Polyglot Medical Translations (translation)
  - 37 orders, average 6.2 working days, 1 complaint (terminology)
  - new invoicing rule (PO number) now followed

Decision: extend Druckzentrum West until 2029; re-tender scanning in 2027.

Stefan""")

# 0122
M("C", "de", "company",
  "employer's fleet claim report forwarded from mobile: named employee driver, company car plate, parking damage; nobody hurt",
  frm=ADDR("wolff"), to="Schadenservice Kraftfahrt <schaden-kfz@versicherer.example>",
  subj="WG: Schadenmeldung K-PS 2240 (Flotte Sonnenschein)",
  date="2026-10-20 19:05", client="mobile",
  body="""Bitte anlegen, Flotte FL-5590-00418. Danke, Jana""",
  quote=FW("Rüdiger Klein <fuhrpark@pflege-sonnenschein.example>", "20.10.2026 16:48", "Jana Wolff <jana.wolff@versicherer.example>",
           "Schadenmeldung K-PS 2240",
           """Hallo Frau Wolff,

unsere Mitarbeiterin Gisela Martens ist heute Mittag mit dem Zoe K-PS 2240 beim
Ausparken auf dem Parkplatz des Rewe in Köln-Kalk gegen einen geparkten Transporter
gefahren (Kennzeichen K-XR 3391, Halter: Elektro Rausch GmbH). Verletzt wurde niemand.
Beim Zoe ist die hintere Stoßstange eingedrückt, beim Transporter ein Kratzer an der
Schiebetür. Fotos reiche ich morgen nach.

Gruß
Rüdiger Klein
Fuhrpark, Pflegedienst Sonnenschein GmbH""", lang="de"))

# 0123
M("C", "en", "insurer-to-company",
  "D&O claim acknowledgement for a GmbH: named managing director sued by the company's insolvency administrator; amounts, policy",
  frm=ADDR("schreiber"), to="Dr. Hannah Wexford <h.wexford@wexford-legal.example>",
  subj="D&O policy DO-7700-00318 – notification of claim against Mr Julian Carstens",
  date="2026-10-22 11:36", sig="schreiber", lang="en",
  body="""Dear Dr Wexford,

we acknowledge receipt of your notification of 19 October on behalf of your client
Mr Julian Carstens, former managing director of Carstens Solar Components GmbH (in
insolvency), under the D&O policy DO-7700-00318 taken out by the company.

According to your letter, the insolvency administrator claims EUR 1.84m from Mr Carstens
personally under section 15b InsO (payments made after the company was insolvent,
May–September 2025). We grant provisional defence cover within the policy limit of
EUR 5m; the question of indemnity remains reserved, in particular regarding the
knowledge exclusion.

Please send us the statement of claim as soon as it is served and agree your fee basis
with us before further steps. Our claim number is DO-26-000077.

Kind regards""")

# 0124
M("S", "de", "insurer-to-company",
  "reply to an employer that the insurer will not disclose bKV claim details; still reveals that a named employee filed a health claim (dental prosthesis)",
  frm=ADDR("ziegler"), to="Tanja Oberländer <t.oberlaender@gerlach-werkzeuge.example>",
  subj="AW: Beschwerde einer Mitarbeiterin – bKV Zahnersatz",
  date="2026-10-26 15:12", sig="ziegler", ent="kv",
  body="""Hallo Frau Oberländer,

danke, dass Sie uns Bescheid gegeben haben. Bitte haben Sie Verständnis, dass ich
Ihnen zu den Leistungen einzelner Mitarbeitender keine Auskunft geben darf – auch nicht,
wenn die Mitarbeiterin selbst damit zu Ihnen gekommen ist.

Ich habe aber veranlasst, dass die Kollegen die Abrechnung von Frau Yvonne Pieper
(Zahnersatz-Baustein, Heil- und Kostenplan vom September) noch einmal prüfen, und
Frau Pieper meldet sich bei uns direkt; unsere Durchwahl hat sie.

Herzliche Grüße""",
  quote=OQ("Tanja Oberländer <t.oberlaender@gerlach-werkzeuge.example>", "Montag, 26. Oktober 2026 10:20", "Matthias Ziegler",
           "Beschwerde einer Mitarbeiterin – bKV Zahnersatz",
           """Hallo Herr Ziegler,

Frau Pieper aus der Montage war heute bei mir und ist ziemlich sauer, weil die bKV
angeblich nur einen Teil ihrer Rechnung übernimmt. Können Sie mal schauen, was da los
ist?

Gruß Tanja Oberländer"""))

# 0125
M("N", "de", "insurer-to-broker",
  "system acknowledgement of a broker's BiPRO fetch: document IDs and counts only, no content",
  frm="BiPRO-Gateway <no-reply@makler.versicherer.example>", to="it@nordmakler.example",
  subj="Abholquittung Vermittlerpost – 27 Dokumente quittiert",
  date="2026-10-27 02:14", client="system", mailer="Siegel Broker Post API",
  body="""Abholquittung Vermittlerpost

Vertragspartner:     40-70551 (Nordmakler Brodersen & Co. GmbH)
Technischer Nutzer:  mvp-nordmakler-01
Zeitraum:            27.10.2026 02:00:07 – 02:13:52 Uhr
Abgeholt:            27 Dokumente
Quittiert (ack):     27 Dokumente
Offen:               0 Dokumente

Dokument-IDs: VP-2026-10-0881144 bis VP-2026-10-0881170

Diese Quittung wird automatisch erzeugt. Die Dokumente bleiben 90 Tage im
Maklerportal lesbar.""")


# ---------------------------------------------------------------- batch 6 (0126-0150)

# 0126
M("S", "de", "insurer-to-company",
  "annual statement of a company pension fund (Unterstützungskasse) for the employer: XLSX with entitlements of named active members and named pensioners",
  frm=ADDR("paulsen"), to="Claudia Nießen <c.niessen@rurtal-kunststoff.example>",
  subj="Jahresmitteilung Unterstützungskasse 2026 – Rurtal Kunststoff GmbH",
  date="2026-10-28 10:05", sig="paulsen", ent="lv",
  body="""Sehr geehrte Frau Nießen,

anbei die Jahresmitteilung der Unterstützungskasse zum Stichtag 30.09.2026 für Ihre
Bilanz und die Information der Begünstigten. Blatt 1 enthält die Summen für Ihren
Steuerberater, Blatt 2 die Anwärter, Blatt 3 die Leistungsempfänger.

Die Zuwendung für 2026 beträgt 48.300 Euro (steuerlich abzugsfähig nach § 4d EStG).
Die individuellen Mitteilungen an die Begünstigten versenden wir Mitte November direkt.

Mit freundlichen Grüßen""",
  att=[XLSX("UK_Rurtal_Jahresmitteilung_2026.xlsx", {
      "Summen": [
          ["Position", "Betrag EUR"], ["Anzahl Anwärter", 27], ["Anzahl Leistungsempfänger", 4],
          ["Kassenvermögen 30.09.2026", 1204880.0], ["Zuwendung 2026", 48300.0], ["Rückdeckungsversicherungen (Aktivwert)", 1187300.0]],
      "Anwärter": [
          ["Pers.-Nr.", "Name", "Geburtsdatum", "Eintritt", "zugesagte Altersrente mtl. EUR", "unverfallbar seit"],
          ["1102", "Albers, Jens", "14.03.1971", "01.04.1998", 412.0, "2003"],
          ["1187", "Kalinowski, Ewa", "02.11.1979", "01.09.2006", 268.0, "2011"],
          ["1210", "Theißen, Markus", "25.07.1983", "01.01.2012", 190.0, "2015"],
          ["...", "24 weitere Anwärter", "", "", "", ""]],
      "Leistungsempfänger": [
          ["Name", "Geburtsdatum", "Rentenbeginn", "Rente mtl. EUR", "Art"],
          ["Heuser, Brigitte", "09.06.1965", "01.09.2026", 210.0, "Witwenrente"],
          ["Mertens, Hans-Josef", "30.01.1957", "01.02.2022", 388.0, "Altersrente"],
          ["Schaaf, Ulrike", "12.12.1960", "01.01.2024", 301.0, "Invalidenrente (volle Erwerbsminderung)"],
          ["Derichs, Paul", "05.05.1958", "01.06.2023", 455.0, "Altersrente"]]},
      author="Henrik Paulsen")])

# 0127
M("N", "de", "insurer-to-company",
  "trap: health-day offer for an employer with a bKV (back screening, blood pressure, eye test stations); no contract data, no persons",
  frm=ADDR("ziegler"), to="Tanja Oberländer <t.oberlaender@gerlach-werkzeuge.example>",
  subj="Gesundheitstag für Ihre Belegschaft – unser Angebot",
  date="2026-10-29 14:44", sig="ziegler", ent="kv",
  body="""Hallo Frau Oberländer,

wie angekündigt unser Vorschlag für einen Gesundheitstag bei Ihnen in Remscheid – für
Unternehmen mit bKV bei uns ist er kostenlos.

Stationen (jeweils 10–15 Minuten, freiwillig, anonym):
  - Rückenscreening mit Haltungsanalyse (Physiotherapeutin)
  - Blutdruck- und Blutzuckermessung (Betriebsarzt-Team unseres Partners)
  - Sehtest und Brillenberatung (Optiker aus der Region)
  - Ergonomie am Montagearbeitsplatz
  - Infostand bKV: Was zahlt mein Budget?

Ergebnisse bekommen nur die Teilnehmenden selbst auf einer Karte mit; wir und Sie als
Arbeitgeber erhalten keine Einzelergebnisse, höchstens die Teilnehmerzahl.

Termine wären im Februar oder März möglich. Platzbedarf: etwa 80 m², z. B. die Kantine
außerhalb der Essenszeiten.

Herzliche Grüße""")

# 0128
M("S", "en", "insurer-to-company",
  "group accident benefit payment for a named employee of a wind service company: fall from a turbine ladder, invalidity degree 40 %",
  frm=ADDR("kaya"), to="Anna Lindqvist-Berg <anna.berg@baltic-wind-services.example>",
  subj="Group accident policy GUV 66-UV-41870 – benefit payment Mr Kristof Jankowski",
  date="2026-11-02 12:18", sig="kaya", lang="en",
  body="""Dear Ms Lindqvist-Berg,

as the policyholder of the group accident insurance, you asked to be kept informed
about the claim of your service technician Mr Kristof Jankowski (accident on
17 November 2025, fall of about three metres from the tower ladder of turbine WEA 14,
Kriegers Flak service base).

Following the medical report of 6 October, we have assessed a permanent invalidity of
40 % (impaired function of the right leg after a complex tibial plateau fracture and
damage to the peroneal nerve). Based on the sum insured of EUR 150,000 and the
progression of 225 %, the benefit amounts to EUR 82,500.00. The payment was made to
Mr Jankowski directly on 30 October, as he is entitled to the benefit under the policy.

A further review is possible up to three years after the accident if his condition
changes. Please note that further details on his health can only be given to
Mr Jankowski himself.

Kind regards""")

# 0129
M("C", "en", "insurer-to-company",
  "business travel: refund of a rental car excess for a named employee after a parking damage in Norway; no injuries",
  frm=ADDR("krause"), to="Anna Lindqvist-Berg <anna.berg@baltic-wind-services.example>",
  subj="Rental car excess – Mr Sören Hagemann, Bergen, 14 October",
  date="2026-11-04 09:22", sig="krause", lang="en",
  body="""Dear Ms Lindqvist-Berg,

the claim for the rental car excess of your employee Mr Sören Hagemann (business trip to
Bergen, Norway, rental agreement Nordcar 88120417, parking damage to the rear bumper on
14 October) has been settled under the business travel policy 77-DR-3010:

  excess charged by the rental company   NOK 12,000 = EUR 1,031.60
  refund (excess waiver cover)           EUR 1,031.60

Mr Hagemann paid the excess with his corporate card, so we have transferred the amount
to the company account as usual. No one was injured.

Kind regards""")

# 0130
M("N", "en", "insurer-to-company",
  "trap: generic travel security alert for corporate travel clients (strikes, weather, health advice for a region); no travellers named",
  frm="Corporate Travel Alerts <travel-alerts@versicherer.example>", to="travel-alert-subscribers@versicherer.example",
  subj="Travel alert: strikes in France (12–14 Nov), dengue season in Southeast Asia",
  date="2026-11-09 06:45", client="system", mailer="Travel Risk Notifier 2.3", lang="en",
  body="""TRAVEL ALERT for corporate travel clients – 9 November 2026

FRANCE – nationwide strikes 12–14 November
Air traffic control and rail unions have announced strikes. Expect cancellations at
Paris CDG/Orly, Lyon and Marseille. Advise travellers to rebook to 15 November or later
where possible. Extra hotel nights due to strikes are covered under the travel
disruption module of your business travel policy.

SOUTHEAST ASIA – dengue season
Health authorities in Thailand, Vietnam and the Philippines report rising dengue
numbers. There is no specific treatment; prevention means protection against mosquito
bites (repellent, long clothing, air-conditioned rooms). Travellers with fever after
returning should see a doctor and mention the trip. Our 24-hour assistance line can
name English-speaking clinics on site.

Emergency assistance (24/7): +49 221 555-4699

You receive this alert because your company has a business travel policy with us.
Unsubscribe: https://travel.versicherer.example/alerts/unsubscribe""")

# 0131
M("S", "de", "insurer-to-broker",
  "harmless body; only in the CSV attachment (BOM): first motor/household rows, named customers with life, BU (in benefit) and health contracts further down",
  frm=ADDR("berger"), to="Kai Brodersen <k.brodersen@nordmakler.example>",
  subj="Ihr Bestandsauszug per 31.10.2026 (CSV)",
  date="2026-11-05 16:30", sig="berger",
  body="""Moin Herr Brodersen,

anbei wie gewünscht der Bestandsauszug Ihrer Vermittlernummer 40-70551 zum 31.10.2026
als CSV für den Import in Ihr MVP. Sortierung nach Sparte, innerhalb nach Vertrag.

Hinweis: Ab Januar können Sie den Bestand selbst über die BiPRO-Schnittstelle
abrufen; diese manuellen Auszüge stellen wir dann ein.

Beste Grüße""",
  att=[CSV("Bestand_40-70551_20261031.csv", [
      ["Sparte", "Vertrag", "Kunde", "PLZ", "Beginn", "Jahresbeitrag", "Status"],
      ["Kfz", "KF-5521-30114", "Andresen, Kay", "25746", "01.01.2019", "488,20", "aktiv"],
      ["Kfz", "KF-5521-30987", "Carstensen, Birgit", "25813", "01.04.2021", "396,00", "aktiv"],
      ["Kfz", "KF-5521-31220", "Feddersen, Ole", "25899", "01.01.2016", "612,70", "aktiv"],
      ["Kfz", "KF-5521-32455", "Jansen, Frank", "25813", "01.01.2014", "1.204,00", "aktiv"],
      ["Kfz", "KF-5521-33019", "Nissen, Heike", "25821", "01.07.2023", "301,40", "aktiv"],
      ["Hausrat", "HR-4402-250871", "Andresen, Kay", "25746", "01.01.2019", "142,00", "aktiv"],
      ["Hausrat", "HR-4402-260334", "Boysen, Lorenz", "25832", "01.11.2020", "118,60", "aktiv"],
      ["Hausrat", "HR-4402-271108", "Nissen, Heike", "25821", "01.07.2023", "96,30", "aktiv"],
      ["PHV", "PH-4410-240017", "Boysen, Lorenz", "25832", "01.11.2020", "74,90", "aktiv"],
      ["PHV", "PH-4410-251330", "Feddersen, Ole", "25899", "01.01.2016", "68,00", "gekündigt zum 01.01.2027"],
      ["Gewerbe", "BH-5800-099301", "Jansen, Frank (Malerbetrieb)", "25813", "01.01.2014", "2.318,00", "aktiv"],
      ["Gewerbe", "IN-6100-044127", "Jansen, Frank (Malerbetrieb)", "25813", "01.01.2014", "804,00", "aktiv"],
      ["Wohngebäude", "WG-3318-2290-7", "Carstensen, Birgit", "25813", "01.04.2021", "1.012,00", "aktiv"],
      ["Leben", "LV-7114-200318", "Boysen, Lorenz", "25832", "01.12.2020", "1.200,00", "aktiv"],
      ["BU", "BU-7200-230771", "Nissen, Heike", "25821", "01.08.2023", "984,00", "Leistungsfall seit 03/2026"],
      ["Kranken", "KV-9910-310229", "Feddersen, Ole", "25899", "01.01.2016", "7.388,40", "aktiv"],
      ["Kranken", "KZ-9930-790114", "Andresen, Kay", "25746", "01.01.2019", "288,00", "aktiv"],
      ["Unfall", "UV-2210-500871", "Carstensen, Birgit", "25813", "01.04.2021", "214,00", "aktiv"]],
      sep=";", bom=True)])

# 0132
M("S", "de", "broker",
  "broker's BU application bundle in a ZIP forwarded to underwriting: PDF application and a nested ZIP with an XLSX mental-health questionnaire",
  frm=ADDR("schulte"), to=ADDR("hasselbach"),
  subj="WG: BU-Antrag Frau Merle Tiedemann – Unterlagen vollständig",
  date="2026-11-10 11:09", sig="schulte", sigstyle="short", ent="lv",
  body="""Ulrike, das Paket von Makler Albers ist jetzt vollständig (Antrag + Fragebogen
psychische Erkrankungen). Die Episode 2021 ist laut Fragebogen abgeschlossen; ich
würde normal annehmen, möchte es aber von dir bestätigt haben.

Marlene""",
  att=[ZIP("Tiedemann_BU_Antrag_komplett.zip", [
      PDF("BU-Antrag_Tiedemann.pdf", [
          ("h", "Antrag Berufsunfähigkeitsversicherung"),
          ("p", "Antragstellerin: Merle Tiedemann, geb. 30.06.1992, Lehrerin (Sek. I), Münster\n"
                "Vermittler: Vorsorgeberatung Tim Albers, 40-66120\nBU-Rente: 2.000 EUR mtl., Endalter 67, Dynamik 3 %"),
          ("t", [["Gesundheitsfrage", "Antwort"],
                 ["Stationäre Behandlung (10 J.)", "nein"],
                 ["Ambulante Behandlung (5 J.)", "ja - siehe Fragebogen psychische Erkrankungen"],
                 ["Psychotherapie (10 J.)", "ja - 2021, 24 Sitzungen Verhaltenstherapie"],
                 ["Medikamente", "nein"],
                 ["Arbeitsunfähigkeit > 2 Wochen (5 J.)", "ja - 6 Wochen 2021"]])],
          title="BU-Antrag Tiedemann", author="Vorsorge Albers"),
      ZIP("Fragebogen.zip", [
          XLSX("Fragebogen_psychische_Erkrankungen_Tiedemann.xlsx", {
              "Fragebogen": [
                  ["Frage", "Antwort"],
                  ["Diagnose", "Anpassungsstörung mit depressiver Reaktion (F43.2) nach Trennung"],
                  ["Beginn / Ende der Beschwerden", "03/2021 - 10/2021"],
                  ["Behandler", "Dipl.-Psych. Karen Vogt, Münster"],
                  ["Art der Behandlung", "Kurzzeittherapie, 24 Sitzungen, abgeschlossen 11/2021"],
                  ["Medikamente", "keine"],
                  ["Arbeitsunfähigkeit", "6 Wochen (04-05/2021)"],
                  ["Beschwerdefrei seit", "11/2021"]]}, author="Merle Tiedemann")])])])

# 0133
M("N", "de", "insurer-to-broker",
  "answer to a broker's complaint about late commission payments: system changeover, new dates; no customers",
  frm=ADDR("haas"), to="Sabine Raith <s.raith@raith-versicherungsmakler.example>",
  subj="AW: Provision Oktober fehlt immer noch!",
  date="2026-11-11 10:40", sig="haas",
  body="""Liebe Frau Raith,

Sie haben völlig recht, und das tut mir leid. Durch die Umstellung unseres
Provisionssystems am 26.10. sind die Oktober-Abrechnungen aller Vermittler um eine
Woche verschoben worden. Ihre Abrechnung wird heute erstellt, die Auszahlung erfolgt
mit Wertstellung 13.11.

Die Abrechnungen erscheinen ab jetzt jeweils am 5. Werktag des Folgemonats. Wer
möchte, bekommt sie zusätzlich als CSV – sagen Sie mir einfach Bescheid.

Herzliche Grüße""",
  quote=OQ("Sabine Raith <s.raith@raith-versicherungsmakler.example>", "Dienstag, 10. November 2026 18:05", "Claudia Haas",
           "Provision Oktober fehlt immer noch!",
           """Hallo Frau Haas,

wir haben bis heute weder Abrechnung noch Geld für Oktober. Das ist jetzt das zweite
Mal in diesem Jahr. Ich muss meine Leute bezahlen!

Sabine Raith"""))

# 0134
M("C", "de", "insurer-to-broker",
  "HTML-only mail to a broker with a table of his client's open property claims (named policyholder, claim numbers, amounts)",
  frm=ADDR("demir"), to="Kai Brodersen <k.brodersen@nordmakler.example>",
  subj="Offene Schäden Ihrer Kundin Frau Birgit Carstensen",
  date="2026-11-12 13:17", client="outlook",
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Moin Herr Brodersen,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">hier wie gewünscht der Stand der Schäden Ihrer Kundin Frau Birgit Carstensen (Husum):</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Schaden-Nr.</b></td><td><b>Vertrag</b></td><td><b>Ereignis</b></td><td><b>Gezahlt</b></td><td><b>Status</b></td></tr>
<tr><td>26-WG-002871</td><td>WG-3318-2290-7</td><td>Sturm Heike, 11.02.2026 (Dach, Carport)</td><td>6.480,00 &euro;</td><td>abgeschlossen</td></tr>
<tr><td>26-WG-013340</td><td>WG-3318-2290-7</td><td>Leitungswasser Küche, 30.09.2026</td><td>2.000,00 &euro; (Abschlag)</td><td>offen &ndash; Gutachten angefordert</td></tr>
<tr><td>KH-26-038814</td><td>KF-5521-30987</td><td>Parkschaden (Gegner), 02.10.2026</td><td>&ndash;</td><td>offen &ndash; Anhörung VN</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Beim Leitungswasserschaden fehlt uns noch die Rechnung des Installateurs. Wenn Sie die von Frau Carstensen bekommen, gern direkt an mich.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Viele Grüße<br>Aylin Demir<br>Schadenservice Sach &ndash; Hausrat / Wohngebäude<br>Versicherer Allgemeine Versicherung AG</p>
</div></body></html>
""")

# 0135
M("N", "en", "insurer-to-supplier",
  "renewal of the replacement-car framework agreement with an international rental company: daily rates per class, company terms",
  frm=ADDR("brenner"), to="Key Accounts Insurance <insurance.keyaccounts@nordcar-rental.example>",
  subj="Replacement car framework 2027 – our counter-proposal",
  date="2026-11-13 15:02", sig="brenner", lang="en",
  body="""Dear Mr Aaltonen,

thank you for your proposal for 2027. We can accept the new vehicle classes, but not the
flat 9 % increase. Our counter-proposal:

[[rates]]

Delivery and collection within 25 km stay free of charge; electric vehicles must be
handed over with at least 80 % charge. Invoices only via the claims portal interface,
with our claim number.

If this works for you, we can sign before Christmas.

Kind regards""",
  tables={"rates": ([["Class", "2026 EUR/day", "Your offer 2027", "Our proposal 2027"],
                     ["B (compact)", "41.00", "44.70", "42.90"],
                     ["C (medium)", "48.50", "52.90", "50.50"],
                     ["D (estate)", "57.50", "62.70", "59.90"],
                     ["E (electric, medium)", "-", "64.00", "58.00"],
                     ["Van (9 seats)", "89.00", "97.00", "92.00"]], "pad")})

# 0136
M("C", "de", "workshop",
  "harmless body; only in the attached message/rfc822 and its XLSX: named customer, plate, claim number of a partial-cover claim",
  frm=ADDR("brenner"), to=ADDR("engel"),
  subj="WG: Rückfrage Kürzung Rechnung 2026-1204 / TK-26-052207",
  date="2026-11-16 09:33", sig="brenner", sigstyle="short",
  body="""Rüdiger, kannst du dir das ansehen? Die Werkstatt beschwert sich über unsere
Kürzung der UPE-Aufschläge. Nach unserem Vertrag mit dem Werkstattnetz sind die nicht
vereinbart – aber der Betrieb ist erst seit August Partner.

Markus""",
  att=[EML(INNER("Autohaus Wiesner GmbH <service@autohaus-wiesner.example>", "schaden-kfz@versicherer.example",
                 "Rückfrage Kürzung Rechnung 2026-1204 / TK-26-052207", "2026-11-13 16:40",
                 """Sehr geehrte Damen und Herren,

Sie haben unsere Rechnung 2026-1204 (Wildschaden am Fahrzeug Ihres
Versicherungsnehmers Herrn Karl-Heinz Büscher, BM-KB 603) um 318,40 EUR gekürzt.
Die UPE-Aufschläge sind in unserer Region üblich. Die Teileliste hängt an.

Wir bitten um Überprüfung und Nachzahlung.

Mit freundlichen Grüßen
Autohaus Wiesner GmbH, Serviceannahme""",
                 "<wiesner-2026-1113-1640@autohaus-wiesner.example>", client="outlook",
                 att=[XLSX("Teileliste_2026-1204.xlsx", {
                     "Teile": [
                         ["Teil-Nr.", "Bezeichnung", "Menge", "UPE EUR", "Aufschlag %", "Betrag EUR"],
                         ["5G0807221", "Stoßfänger vorn", 1, 412.0, 0.1, 453.2],
                         ["5G0941005", "Scheinwerfer links LED", 1, 1180.0, 0.1, 1298.0],
                         ["5G0853653", "Kühlergrill", 1, 214.0, 0.1, 235.4],
                         ["5G0121253", "Kühler", 1, 378.0, 0.1, 415.8],
                         ["", "", "", "", "Summe Aufschläge", 218.4],
                         [],
                         ["Kunde: Karl-Heinz Büscher, Bergheim - BM-KB 603 - VW Golf VII Variant - Schaden TK-26-052207"]]},
                     author="Autohaus Wiesner")]),
               "Rückfrage Kürzung Rechnung 2026-1204.eml")])

# 0137
M("S", "de", "insurer-to-lawyer",
  "letter to the lawyer of a named insured in a disability benefits dispute: rejection based on the medical assessment (chronic fatigue, depression)",
  frm=ADDR("schreiber"), to="Rechtsanwalt Malte Overbeck <overbeck@overbeck-versicherungsrecht.example>",
  subj="Ihr Mandant Herr Christian Lammers – BU-7200-155093 / Ihr Schreiben vom 02.11.2026",
  date="2026-11-17 11:00", sig="schreiber", ent="lv",
  body="""Sehr geehrter Herr Rechtsanwalt Overbeck,

wir nehmen Bezug auf Ihr Schreiben vom 02.11.2026, mit dem Sie für Ihren Mandanten,
Herrn Christian Lammers, Leistungen aus der Berufsunfähigkeitsversicherung
BU-7200-155093 ab 01.02.2026 geltend machen.

An unserer Entscheidung vom 15.09.2026 halten wir fest. Das von uns eingeholte
internistisch-psychiatrische Gutachten (Prof. Dr. Lohse, 28.08.2026) bestätigt zwar ein
chronisches Erschöpfungssyndrom (G93.3) und eine leichte depressive Episode (F32.0),
kommt aber zu dem Ergebnis, dass Ihr Mandant seine zuletzt ausgeübte Tätigkeit als
Steuerfachangestellter zu mehr als 50 % ausüben kann – mit Pausenregelung und
reduzierter Bildschirmzeit. Die von Ihnen vorgelegte Bescheinigung des Hausarztes setzt
sich mit dem Tätigkeitsprofil nicht auseinander.

Zu einer erneuten Begutachtung durch einen gemeinsam benannten Gutachter sind wir
bereit. Bitte teilen Sie uns mit, ob Ihr Mandant damit einverstanden ist.

Mit freundlichen Grüßen""")

# 0138
M("S", "en", "insurer-to-doctor",
  "request to a Dutch medical reviewer for a travel-health claim: named insured, emergency treatment in Amsterdam, question of a pre-existing heart condition",
  frm=ADDR("whitfield"), to="Dr. Pieter van Dijk <p.vandijk@medreview-nl.example>",
  subj="Medical review request – travel health claim RK-26-008812",
  date="2026-11-18 14:27", sig="whitfield", lang="en", ent="kv",
  body="""Dear Dr van Dijk,

we would like to ask for your opinion on the following travel health claim:

  Insured:      Mrs Marianne Koopmann, born 11 August 1949, Münster
  Policy:       annual travel health insurance RK-4810-771020
  Event:        admitted to OLVG Amsterdam on 24 October 2026 with atrial fibrillation
                and acute heart failure; treated for 5 days, cardioversion on day 3
  Costs:        EUR 14,862.40

The insured has been taking bisoprolol and apixaban since 2024. Our policy excludes
treatment that was the known reason for the journey or foreseeable before departure.
Question: was the hospital stay an unforeseeable acute worsening, or was a treatment
need already foreseeable when she left on 20 October (her cardiologist had noted
"rate control insufficient" in September)?

The medical records (discharge letter, ECGs, cardiologist letter of 19 September) are
in our secure data room; access link follows separately. Fee as agreed: EUR 380.

Kind regards""")

# 0139
M("N", "de", "insurer-to-supplier",
  "trap: terminology list for a translation agency with BU/medical terms in German and English; no persons or cases",
  frm=ADDR("stanek"), to="Terminologie LinguaLegal <terminologie@lingualegal.example>",
  subj="Terminologie BU-Bedingungen – unsere Vorgaben",
  date="2026-11-19 10:12", sig="stanek", ent="lv",
  body="""Sehr geehrte Frau Pavlović,

für die Übersetzung der BU-Bedingungen 2027 anbei unsere verbindliche Terminologie.
Bitte verwenden Sie insbesondere für "Berufsunfähigkeit" durchgehend "occupational
disability" und nicht "incapacity for work" – das ist im Deutschen die
Arbeitsunfähigkeit und etwas anderes.

[[term]]

Bei Zweifeln lieber nachfragen.

Mit freundlichen Grüßen""",
  tables={"term": ([["Deutsch", "Englisch", "nicht verwenden"],
                    ["Berufsunfähigkeit", "occupational disability", "incapacity for work, invalidity"],
                    ["Arbeitsunfähigkeit", "incapacity for work (sick leave)", "disability"],
                    ["Nachprüfung", "follow-up review", "re-examination"],
                    ["abstrakte Verweisung", "abstract referral to another occupation", "transfer"],
                    ["Pflegebedürftigkeit", "need for long-term care", "nursing case"],
                    ["Gesundheitsfragen", "health questions", "medical questionnaire"],
                    ["Leistungsfall", "benefit case", "claim event"]], "pipe")})

# 0140
M("N", "en", "insurer-to-supplier",
  "IT vendor ticket closure and release notes for the secure-mail portal (bug fixes, accessibility); no data",
  frm=ADDR("raman"), to="Customer Success <success@portalworks.example>",
  subj="RE: Release 3.9 deployed – ticket PW-7712 closed",
  date="2026-11-20 16:55", sig="raman", sigstyle="short", lang="en",
  body="""Hi Sanne,

confirmed – 3.9 is running in production since 14:10 without issues. We tested:
  - password reset with security question (incl. lockout after 3 attempts),
  - download of the original message (.eml),
  - screen reader labels on the inbox table (that was the accessibility finding),
  - session timeout after 15 minutes.
Ticket PW-7712 can be closed. Thanks for the quick fix.

Priya""",
  quote=OQ("Sanne de Boer", "Friday, November 20, 2026 11:02", "Priya Raman", "Release 3.9 deployed – ticket PW-7712",
           """Hi Priya,
release 3.9 is ready for your production slot this afternoon. Changes: fix for the
session timeout being reset by background polling (PW-7712), ARIA labels for the inbox
table, German translation fixes.
Best, Sanne""", lang="en"))

# 0141
M("C", "de", "insurer-to-printer",
  "harmless body; only in the PDF attachment: test print of a real motor policy record with named policyholder, address, plate, eVB",
  frm=ADDR("pohl"), to="Druckzentrum West <produktion@druckzentrum-west.example>",
  subj="Testdruck Kfz-Versicherungsscheine 2027 – Satz 1 geprüft",
  date="2026-11-23 12:30", sig="pohl", sigstyle="short",
  body="""Hallo Herr Demirci,

den Testdruck mit dem ersten Produktionssatz haben wir geprüft (PDF anbei zur
Dokumentation). Layout passt; einzige Änderung: Das eVB-Feld bitte in Fettschrift.
Freigabe für den Gesamtlauf (ca. 212.000 Versicherungsscheine) ab Mittwoch.

Bitte das Test-PDF nach Abschluss löschen.

Gruß
Verena Pohl""",
  att=[PDF("Testdruck_Kfz_VS_2027_Satz1.pdf", [
      ("small", "TESTDRUCK - Produktionssatz 1 von 212.338"),
      ("p", "Frau\nSevgi Aydogan\nVenloer Str. 318\n50825 Köln"),
      ("h", "Versicherungsschein Kraftfahrtversicherung"),
      ("p", "Vertrag KF-5521-11892 - Versicherungsjahr 01.01.2027 bis 01.01.2028"),
      ("t", [["Fahrzeug", "Kennzeichen", "eVB-Nummer", "SF-Klasse KH / VK"],
             ["Ford Focus Turnier 1.0 EcoBoost", "K-SA 1203", "M3T8Q1Z", "SF 7 / SF 5"]]),
      ("t", [["Deckung", "Jahresbeitrag EUR"],
             ["Kfz-Haftpflicht (100 Mio. EUR pauschal)", "318,40"],
             ["Vollkasko, SB 300 EUR, inkl. Teilkasko SB 150 EUR", "402,10"],
             ["Schutzbrief", "14,90"],
             ["Gesamt inkl. Versicherungsteuer", "735,40"]]),
      ("small", "Versicherer Allgemeine Versicherung AG - Rheinuferstraße 12 - 50667 Köln")],
      title="Testdruck Kfz VS 2027", author="Output-Management")])

# 0142
M("N", "en", "insurer-to-reinsurer",
  "cat modelling results for the renewal: AAL and PML by return period per peril (XLSX); portfolio aggregates only",
  frm=ADDR("stone"), to="Property Cat Team <propertycat@atlantic-re.example>",
  subj="Cat modelling 2027 renewal – results (vendor model v24, our adjustments)",
  date="2026-11-24 17:20", sig="stone", lang="en",
  body="""Dear colleagues,

for the 2027 renewal, here are our modelled results on the 30 September portfolio
(exposure data already shared via the data room, aggregated to CRESTA level).

Headlines: windstorm 200-year PML EUR 382m (last year EUR 351m), flood 200-year
EUR 214m. We added a 7 % loading to the vendor windstorm model after the Heike
experience (modelled EUR 37m vs. actual EUR 46m incurred).

Kind regards""",
  att=[XLSX("CatModel_2027_results.xlsx", {
      "PML": [
          ["Return period (years)", "Windstorm EUR m", "Flood EUR m", "Hail EUR m", "All perils EUR m"],
          [10, 61.2, 18.4, 22.9, 88.0], [50, 188.7, 96.1, 57.3, 241.5], [100, 271.0, 151.4, 74.8, 338.2],
          [200, 382.3, 214.0, 93.6, 455.9], [250, 411.9, 233.8, 99.1, 489.4]],
      "AAL": [["Peril", "AAL EUR m"], ["Windstorm", 34.8], ["Flood", 12.1], ["Hail", 9.7], ["Total", 56.6]]},
      author="Group Reinsurance")])

# 0143
M("S", "en", "insurer-to-reinsurer",
  "harmless body; only in the ODS attachment: accident surplus bordereau with named insured persons, injuries, invalidity degrees and benefits",
  frm=ADDR("albrecht"), to="Treaty Operations <treaty.ops@nordstern-rueck.example>", cc=ADDR("stone"),
  subj="Accident surplus NR-AS-2021 – large claims bordereau H1 2026",
  date="2026-07-20 10:48", sig="albrecht", lang="en",
  body="""Dear colleagues,

attached is the large claims bordereau for the accident surplus treaty, first half of
2026 (claims with invalidity benefits above our retention of EUR 100,000).

Kind regards""",
  att=[ODS("NR-AS-2021_large_claims_H1-2026.ods", {
      "Claims": [
          ["Claim", "Insured person", "Date of birth", "Accident date", "Injury", "Invalidity", "Benefit EUR", "Ceded EUR"],
          ["U-25-07714", "Helga Marquardt", "02.12.1958", "14.03.2025", "distal radius fracture right", "3/10 hand value (16.5 %)", 123750.0, 23750.0],
          ["U-25-10288", "Steffen Kluge", "19.09.1971", "02.06.2025", "spinal cord injury T12, paraplegia", "100 %", 1400000.0, 1100000.0],
          ["U-26-00417", "Lina Oberhausen", "07.01.2013", "09.01.2026", "traumatic brain injury (sledging accident)", "60 %", 510000.0, 310000.0],
          ["U-26-02550", "Thorsten Wegner", "11.05.1966", "21.03.2026", "amputation of the left forearm (circular saw, leisure time)", "65 %", 390000.0, 290000.0]]})])

# 0144
M("N", "en", "reinsurer",
  "trap: reinsurer's excess mortality study (aggregate rates by age band and cause group) forwarded to actuarial; no individuals",
  frm=ADDR("stone"), to=ADDR("okafor"),
  subj="FW: Nordstern study – excess mortality Germany 2023–2025",
  date="2026-11-26 08:58", sig="stone", sigstyle="short", lang="en",
  body="""Chidi – might be useful for the mortality assumptions review. The cardiovascular
numbers for 45–64 look high compared with our own portfolio.
Rebecca""",
  quote=FW("Life Research Nordstern Rück <life.research@nordstern-rueck.example>", "Wed, 25 Nov 2026 15:30",
           "Client distribution list", "Excess mortality Germany 2023–2025 – summary",
           """Dear clients,

our new study on excess mortality in Germany is available. Key results (population
data, Destatis, compared with the 2015–2019 baseline):

  age band   2023     2024     2025
  25–44      +3.1 %   +2.4 %   +1.9 %
  45–64      +5.8 %   +4.6 %   +4.1 %
  65–84      +4.2 %   +2.9 %   +2.2 %
  85+        +1.7 %   +0.8 %   +0.5 %

By cause group, cardiovascular diseases (ICD-10 I00–I99) explain about half of the
excess in the 45–64 band; respiratory diseases and COVID-19 (U07.1) have declined
sharply since 2023. Insured populations show roughly 60 % of the population excess.

The full report is available in our client portal.

Life Research, Nordstern Rück""", lang="en"))

# 0145
M("C", "de", "authority",
  "court summons of an insurer claims handler as witness in a motor liability lawsuit forwarded: named parties, case and claim numbers; property damage",
  frm=ADDR("oltmanns"), to=ADDR("brenner"),
  subj="WG: Ladung als Zeuge – AG Essen 21 C 418/26 (Brockmann ./. Yüksel)",
  date="2026-11-27 13:40", sig="oltmanns", sigstyle="short",
  body="""Markus, du bist als Zeuge geladen (Telefonat mit dem Kläger im Oktober 2025 wegen
der 60-%-Quote). Termin 14.01.2027, 10:30 Uhr. Bitte Dienstreise eintragen und mit
Frau Dr. Schreiber die Aussage vorbesprechen.

Jens""",
  quote=FW("Amtsgericht Essen <poststelle@ag-essen.example>", "26.11.2026 10:12", "poststelle@versicherer.example",
           "21 C 418/26 – Ladung Zeuge Markus Brenner",
           """Amtsgericht Essen – 21 C 418/26

In dem Rechtsstreit Daniel Brockmann ./. Sabine Yüksel (Verkehrsunfall vom
14.10.2025, Parkhaus Limbecker Platz, Fahrzeuge E-DB 4410 und E-SY 318) werden Sie als
Zeuge zu dem Termin zur Beweisaufnahme am

  Donnerstag, 14.01.2027, 10:30 Uhr, Saal 212

geladen. Beweisthema: Inhalt des Telefongesprächs zwischen Ihnen (als Sachbearbeiter
der Kfz-Haftpflichtversicherung der Beklagten, Schaden-Nr. KH-25-093117) und dem
Kläger am 28.10.2025.

Auf Anordnung
Hülsmann, Justizbeschäftigte"""))

# 0146
M("C", "de", "insurer-to-authority",
  "answer to customs about a cargo claim of a sole-trader importer (named owner, shipment, customs value); marine line",
  frm=ADDR("osei"), to="Hauptzollamt Hamburg – Sachgebiet Prüfungsdienst <pruefung.hza-hamburg@zoll.example>",
  subj="Ihre Anfrage vom 18.11.2026 – Transportschaden Container MSKU 7731042",
  date="2026-11-30 11:22", sig="osei",
  body="""Sehr geehrte Frau Rasmussen,

zu Ihrer Anfrage im Zusammenhang mit der Einfuhrabfertigung des Containers
MSKU 7731042 (Ankunft Hamburg 02.09.2026) teilen wir mit:

Die Ware (Teppiche aus Isfahan und Täbris, 214 Stück) war bei uns unter der
Transportversicherung TR-4401-20844 des Importeurs

  Herrn Reza Farahani, Einzelkaufmann, Orient Teppichhandel Farahani e.K., Hamburg

versichert. Wegen Wassereintritts im Container haben wir am 21.10.2026 eine
Entschädigung von 38.960 Euro gezahlt (Versicherungswert laut Handelsrechnung
71.400 Euro, 61 Teppiche total beschädigt). Die beschädigten Teppiche wurden mit
unserer Zustimmung von der Firma Carpet Recycling Nord am 30.10.2026 verwertet; den
Verwertungsnachweis fügen wir auf Wunsch bei.

Mit freundlichen Grüßen""")

# 0147
M("C", "de", "insurer-to-authority",
  "confirmation of hunting liability insurance for a named hunter to the weapons/hunting authority (required for the hunting licence)",
  frm=ADDR("oltmanns"), to="Untere Jagdbehörde Kreis Olpe <jagdbehoerde@kreis-olpe.example>",
  subj="Versicherungsnachweis Jagdhaftpflicht – Herr Wilhelm Stracke, Jagdschein-Nr. OE-1188",
  date="2026-12-01 09:10", sig="oltmanns",
  body="""Sehr geehrte Damen und Herren,

hiermit bestätigen wir für die Verlängerung des Jagdscheins, dass

  Herr Wilhelm Stracke, geb. 22.10.1958, Drolshagen

bei uns eine Jagdhaftpflichtversicherung (Vertrag JH-4415-008813) mit einer
Versicherungssumme von 5.000.000 Euro pauschal für Personen- und Sachschäden
unterhält. Der Versicherungsschutz besteht ununterbrochen seit 01.04.1991 und ist für
das Jagdjahr 2027/28 bezahlt.

Eine Beendigung des Vertrags würden wir Ihnen unverzüglich anzeigen.

Mit freundlichen Grüßen""")

# 0148
M("S", "de", "insurer-to-authority",
  "pension paying agent notice to a statutory health insurer: named pensioner's company pension amount (Zahlstellenmeldung, bAV)",
  frm="Zahlstellenverfahren <zahlstelle@versicherer.example>", to="Zahlstellenmeldungen BARMER <zahlstellen@barmer.example>",
  subj="Zahlstellenmeldung Beginn Versorgungsbezug – KVNR H510220336",
  date="2026-12-02 04:30", client="system", mailer="ZMV-Ausleitung 5.2",
  body="""Meldung der Zahlstelle nach § 202 SGB V – Beginn Versorgungsbezug

Zahlstelle:             Versicherer Lebensversicherung AG, Zahlstellennummer 71140009
Versorgungsempfänger:   Brigitte Heuser, geb. 09.06.1965
Krankenversichertennr.: H510220336
Art des Versorgungsbezugs: Hinterbliebenenrente aus Unterstützungskasse
                        (Rurtal Kunststoff GmbH), Vertrag UK-RUR-1102-W
Beginn:                 01.09.2026
Monatlicher Betrag:     210,00 EUR (beitragspflichtig nach § 229 Abs. 1 Nr. 5 SGB V)
Mehrfachbezug:          nein

Die Meldung wurde maschinell erstellt. Die Beiträge werden ab dem Monat nach
Eingang Ihrer Rückmeldung einbehalten.""")

# 0149
M("N", "de", "authority",
  "trap: tax clearance certificate of the insurer itself (company) from the tax office, forwarded to procurement for a tender; no natural persons",
  frm=ADDR("morgan"), to=ADDR("krueger"),
  subj="WG: Bescheinigung in Steuersachen – Versicherer Allgemeine Versicherung AG",
  date="2026-12-03 15:05", sig="morgan", sigstyle="short",
  body="""Stefan, hier die aktuelle Bescheinigung in Steuersachen für die Ausschreibung der
Stadtwerke Leverkusen (Gebäude- und Inhaltsversicherung). Gültig bis 31.05.2027.

James""",
  quote=FW("Finanzamt Köln-Altstadt <poststelle.koeln-altstadt@finanzamt.example>", "03.12.2026 11:30",
           "Versicherer Allgemeine Versicherung AG, Group Finance", "Bescheinigung in Steuersachen",
           """Bescheinigung in Steuersachen

Die Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln,
Steuernummer 214/5700/0822, ist beim Finanzamt Köln-Altstadt steuerlich erfasst.
Sie ist ihren steuerlichen Verpflichtungen bisher nachgekommen; Rückstände bestehen
nicht.

Diese Bescheinigung gilt bis zum 31.05.2027.

Finanzamt Köln-Altstadt, Erhebungsstelle"""))

# 0150
M("N", "de", "internal",
  "trap: daily statistics of the secure-mail gateway (counts per delivery method and sensitivity); no mail contents",
  frm="Mail-Gateway Report <gateway-report@versicherer.example>", to="Informationssicherheit <infosec@versicherer.example>",
  subj="Tagesbericht Mail-Gateway 06.12.2026",
  date="2026-12-07 00:05", client="system", mailer="Siegel Reporting",
  body="""Tagesbericht Mail-Gateway – Sonntag, 06.12.2026 (00:00–24:00)

Ausgehende Nachrichten gesamt:       4.812
  davon NORMAL:                      3.107
  davon CONFIDENTIAL:                1.019
  davon STRICTLY_CONFIDENTIAL:         686

Versandweg
  S/MIME persönliches Zertifikat        211
  S/MIME Domänenzertifikat (Gateway)    388
  Portal + Benachrichtigung             702
  TLS verifiziert (Partnerdomäne)     2.914
  TLS opportunistisch                   583
  unverschlüsselt                         0

Zurückgewiesen (keine zulässige Methode):  14
Pseudonymisiert:                             0
Zertifikate neu geerntet:                   37
Portal-Konten neu angelegt:                 58

Details: https://gateway.versicherer.example/reports/2026-12-06""")


# ---------------------------------------------------------------- batch 7 (0151-0175)

# 0151
M("S", "de", "insurer-to-doctor",
  "harmless body (appointment note); only in the ICS attachment: insured named with diagnosis (G20.1) for a BU follow-up examination",
  frm=ADDR("stanek"), to="Prof. Dr. med. Anke Lohse <sekretariat@neurologie-lohse.example>",
  subj="Termin Nachuntersuchung 12.03. – wie besprochen",
  date="2026-02-24 15:40", sig="stanek", sigstyle="short", ent="lv",
  body="""Sehr geehrte Frau Prof. Lohse,

wie mit Ihrem Sekretariat besprochen, hier die Terminbestätigung für Ihren Kalender.
Die Akte stellen wir Ihnen wie immer im Datenraum bereit.

Mit freundlichen Grüßen
Oliver Stanek""",
  att=[ICS("Nachuntersuchung_BU_2026-03-12.ics", "bu-nachpruefung-20260312-lohse@versicherer.example",
           "Nachuntersuchung BU – Herr Ralf Günther (BU-7200-082219)", "20260312T091500", "20260312T110000",
           ("Oliver Stanek", "oliver.stanek@versicherer.example"),
           [("Prof. Dr. med. Anke Lohse", "sekretariat@neurologie-lohse.example")],
           location="Praxis Prof. Lohse, Aachener Straße 220, 50931 Köln",
           description="Nachprüfung der Berufsunfähigkeit. Versicherter: Ralf Günther, geb. 03.08.1970. "
                       "Anerkannt seit 2023 wegen Parkinson-Syndrom (G20.1), Tremor rechts, aktuelle Medikation Levodopa/Benserazid. "
                       "Fragestellung: Besserung unter Tiefer Hirnstimulation (OP 09/2025)?")])

# 0152
M("N", "de", "internal",
  "trap: internal training invitation on handling health data in claims (calendar invite); no cases or persons",
  frm=ADDR("meier"), to="Leistungsservice KV – alle <kv-leistung-alle@versicherer.example>",
  subj="Pflichtschulung \"Gesundheitsdaten sicher versenden\" – 18.03., 14 Uhr",
  date="2026-03-02 08:15", sig="meier", sigstyle="short", ent="grp",
  body="""Liebe Kolleginnen und Kollegen,

mit dem neuen Mail-Gateway ändert sich für Sie beim Versand von Arztberichten,
Rechnungen und Leistungsentscheidungen einiges. In der Pflichtschulung (45 Minuten,
Teams) zeigen wir:

  - warum Gesundheitsdaten immer verschlüsselt oder über das Portal gehen,
  - was der Betreff-Tag [vertraulich] bzw. [streng vertraulich] bewirkt,
  - wie Kundinnen und Kunden der Übermittlung per TLS zustimmen können,
  - was passiert, wenn eine Mail zurückgewiesen wird.

Die Teilnahme wird im Lernportal dokumentiert. Einladung anbei.

Thomas Meier
Datenschutzbeauftragter""",
  att=[ICS("Pflichtschulung_Gesundheitsdaten.ics", "schulung-gesundheitsdaten-20260318@versicherer.example",
           "Pflichtschulung: Gesundheitsdaten sicher versenden", "20260318T140000", "20260318T144500",
           ("Thomas Meier", "thomas.meier@versicherer.example"),
           [("Leistungsservice KV", "kv-leistung-alle@versicherer.example")],
           location="Microsoft Teams", description="Schulung zum neuen Mail-Gateway. Keine Vorbereitung nötig.")])

# 0153
M("C", "en", "insurer-to-broker",
  "body gives only a count; only in the XLSX attachment sent as application/octet-stream: named customers, plates, premiums (motor)",
  frm=ADDR("berger"), to="Tom Jaspers <t.jaspers@northsea-brokers.example>",
  subj="Portfolio takeover – motor contracts accepted (batch 1)",
  date="2026-04-21 12:02", sig="berger", lang="en",
  body="""Dear Mr Jaspers,

the first batch of the portfolio takeover from your predecessor firm is done: 9 motor
contracts have been assigned to agency 40-93377 from 1 May. List attached; the second
batch (household, liability) follows next week.

Kind regards""",
  att=[XLSX("Takeover_batch1_motor.xlsx", {
      "accepted": [
          ["Contract", "Customer", "Plate", "Renewal", "Annual premium EUR"],
          ["KF-5521-81022", "Claaßen, Harm", "HH-HC 2204", "01.01.", 522.1],
          ["KF-5521-81160", "Dittmer, Wiebke", "HH-WD 88", "01.01.", 389.0],
          ["KF-5521-81177", "Dittmer, Wiebke", "HH-WD 89", "01.06.", 211.4],
          ["KF-5521-81390", "Ehlers, Kevin", "PI-KE 512", "01.01.", 1187.9],
          ["KF-5521-81433", "Frerichs, Maren", "STD-MF 7", "01.03.", 455.2],
          ["KF-5521-81702", "Gosch, Henning", "HH-HG 4411", "01.01.", 630.0],
          ["KF-5521-81915", "Hamann & Söhne OHG", "HH-HS 300", "01.01.", 2044.6],
          ["KF-5521-82008", "Jürgensen, Lotte", "SE-LJ 1948", "01.01.", 298.3],
          ["KF-5521-82311", "Kock, Bastian", "HH-BK 1312", "01.10.", 744.0]]},
      author="Broker Portfolio Service", octet=True)])

# 0154
M("N", "en", "insurer-to-broker",
  "trap: motor tariff tables (type class x regional class base premiums) as XLSX for a broker's comparison tool; no persons",
  frm=ADDR("engel"), to="Jonas Petersen <it@kestrel-risk.example>",
  subj="Motor tariff 2027 – base premium tables for your comparison tool",
  date="2026-11-02 10:44", sig="engel", lang="en",
  body="""Hi Jonas,

as agreed, attached are the base premium tables of our motor tariff 2027 for the
import into your comparison tool. Premiums are annual, liability with EUR 100m cover,
no-claims class SF 0, before discounts. The formula for other SF classes is on sheet 3.

Please do not publish the tables outside your tool.

Best regards""",
  att=[XLSX("Motor_tariff_2027_base_premiums.xlsx", {
      "Liability": [
          ["Regional class \\ type class", "TK 10", "TK 14", "TK 18", "TK 22", "TK 26"],
          ["R 1", 412.0, 468.0, 531.0, 604.0, 688.0],
          ["R 4", 455.0, 517.0, 586.0, 667.0, 760.0],
          ["R 8", 510.0, 579.0, 657.0, 748.0, 852.0],
          ["R 12", 571.0, 648.0, 736.0, 837.0, 954.0]],
      "Comprehensive": [
          ["Regional class \\ type class", "TK 15", "TK 20", "TK 25", "TK 30", "TK 34"],
          ["R 1", 388.0, 462.0, 559.0, 702.0, 866.0],
          ["R 5", 431.0, 513.0, 621.0, 780.0, 962.0],
          ["R 9", 482.0, 574.0, 694.0, 872.0, 1075.0]],
      "SF factors": [
          ["SF class", "Liability %", "Comprehensive %"],
          ["SF 0", 100, 100], ["SF 1/2", 85, 80], ["SF 1", 75, 70], ["SF 5", 52, 48],
          ["SF 10", 40, 37], ["SF 20", 30, 28], ["SF 35", 20, 19]]}, author="Motor Underwriting")])

# 0155
M("S", "de", "insurer-to-company",
  "group income protection: HR told that a named employee exceeds the no-health-check limit and must complete individual health questions",
  frm=ADDR("sommer"), to="Claudia Nießen <c.niessen@rurtal-kunststoff.example>",
  subj="Gruppen-BU GBU-2210 – Anmeldung Dr. Felix Brandhorst",
  date="2026-05-05 13:50", sig="sommer", ent="lv",
  body="""Hallo Frau Nießen,

die Anmeldung Ihres neuen Werkleiters Dr. Felix Brandhorst (geb. 17.02.1976) zur
Gruppen-Berufsunfähigkeitsversicherung haben wir erhalten. Mit der gewählten Rente von
4.500 Euro monatlich liegt er über der Grenze von 3.000 Euro, bis zu der wir im
Gruppenvertrag ohne Gesundheitsprüfung annehmen.

Für den Teil bis 3.000 Euro ist er ab 01.05. versichert. Für den übersteigenden Teil
braucht Herr Dr. Brandhorst die individuellen Gesundheitsfragen; den Fragebogen
schicken wir ihm direkt nach Hause, damit Sie als Arbeitgeber keine Gesundheitsdaten
zu sehen bekommen. Bitte informieren Sie ihn kurz, dass Post von uns kommt.

Viele Grüße""")

# 0156
M("N", "de", "insurer-to-company",
  "trap: product information PDF on group income protection for an employer (benefit examples with a fictitious sample employee)",
  frm=ADDR("paulsen"), to="Personalleitung Kessler Maschinenbau <personal@kessler-maschinenbau.example>",
  subj="Produktinformation Gruppen-BU für Ihre Führungskräfte",
  date="2026-05-19 09:30", sig="paulsen", ent="lv",
  body="""Sehr geehrte Frau Dr. Engels,

wie im Gespräch angekündigt die Produktinformation zur Gruppen-Berufsunfähigkeits-
versicherung. Das Rechenbeispiel auf Seite 2 ist fiktiv; für ein konkretes Angebot
brauche ich nur Anzahl, Altersstruktur und Gehaltsbänder der Zielgruppe – keine Namen.

Mit freundlichen Grüßen""",
  att=[PDF("Produktinformation_Gruppen-BU_2026.pdf", [
      ("h", "Gruppen-Berufsunfähigkeitsversicherung (Gruppen-BU)"),
      ("p", "Für Arbeitgeber ab 10 versicherten Personen. Annahme ohne individuelle Gesundheitsprüfung bis 3.000 EUR "
            "Monatsrente, wenn mindestens 75 % der Zielgruppe teilnehmen (Dienstobliegenheitserklärung)."),
      ("t", [["Merkmal", "Regelung"],
             ["BU-Definition", "50 % im zuletzt ausgeübten Beruf, keine abstrakte Verweisung"],
             ["Leistung", "Rente bis Endalter 67, Beitragsbefreiung"],
             ["Finanzierung", "arbeitgeberfinanziert oder Entgeltumwandlung"],
             ["Nachversicherung", "bei Gehaltserhöhung ohne erneute Gesundheitsprüfung"]]),
      ("h", "Rechenbeispiel (fiktiv)", 2),
      ("p", "Max Mustermann, 40 Jahre, Ingenieur, Monatsbrutto 6.000 EUR. Versicherte BU-Rente 2.400 EUR. "
            "Monatsbeitrag im Gruppentarif 61,20 EUR statt 89,50 EUR im Einzeltarif."),
      ("small", "Diese Produktinformation ersetzt nicht die Versicherungsbedingungen (AVB Gruppen-BU 2026).")],
      title="Produktinformation Gruppen-BU", author="Versicherer Lebensversicherung AG")])

# 0157
M("C", "en", "insurer-to-company",
  "commercial property hail claim of a company with a named plant manager as contact: claim number, adjuster appointment",
  frm=ADDR("lange"), to="Erik Sandvik <erik.sandvik@nordic-papermill.example>",
  subj="Hail damage 28 June – claim 26-GB-001204, adjuster visit",
  date="2026-06-30 11:12", sig="lange", lang="en",
  body="""Dear Mr Sandvik,

thank you for reporting the hail damage at the Düren mill (policy GB-6300-00712, Nordic
Paper Mill GmbH). Your claim number is 26-GB-001204.

Our loss adjuster, Mr Peter Dahlmann (Sachverständigenbüro Dahlmann), will visit the
site on Thursday, 2 July, at 09:00. Please make sure that someone can show him the roof
of hall 3 and the damaged skylights, and have the following ready if possible:
  - photos taken right after the storm,
  - any emergency repair invoices (tarpaulins, roofers),
  - an estimate of the production downtime of paper machine 2.

Emergency measures to prevent further damage are covered; please keep all receipts.

Kind regards""")

# 0158
M("S", "en", "insurer-to-company",
  "expatriate group health plan enrolment confirmation to HR: named expats and dependants with dates of birth and cover start (health line)",
  frm=ADDR("whitfield"), to="Global Mobility <global.mobility@kessler-maschinenbau.example>",
  subj="Expat health plan EXP-2019-044 – enrolments confirmed (Mexico assignment)",
  date="2026-07-07 10:25", sig="whitfield", lang="en", ent="kv",
  body="""Dear Global Mobility team,

the following enrolments in your international group health plan are confirmed; the
insurance cards will be sent to the assignees' addresses in Querétaro:

[[enr]]

Cover includes outpatient, inpatient, dental and maternity (after 10 months' waiting
period, waived for Mrs Ortmann as she was already covered under the plan in India).

Kind regards""",
  tables={"enr": ([["Name", "Role", "Date of birth", "Cover from", "Plan"],
                   ["Jan Ortmann", "assignee", "04.02.1984", "01.07.2026", "Global Plus"],
                   ["Clara Ortmann", "spouse", "19.10.1986", "01.07.2026", "Global Plus"],
                   ["Mila Ortmann", "child", "02.05.2019", "01.07.2026", "Global Plus"],
                   ["Okan Demir", "assignee", "28.11.1990", "15.07.2026", "Global Plus"]], "pad")})

# 0159
M("N", "en", "insurer-to-supplier",
  "loss adjuster network KPI review (turnaround times, fee levels per region); company performance data only",
  frm=ADDR("lange"), to="Account Management <germany@meridian-adjusters.example>",
  subj="Annual KPI review 2026 – Meridian Loss Adjusters",
  date="2026-12-08 14:20", sig="lange", lang="en",
  body="""Dear Mr Holloway,

ahead of our annual review on 15 December, here are the KPIs we measured for your firm
in 2026 (all instructions, all regions):

[[kpi]]

Overall we are satisfied. The weak point is the report time in the South region
(average 19 working days against an SLA of 12). We would like to discuss a plan for
that, otherwise we will shift volume to other firms in Bavaria from Q2 2027.

Kind regards""",
  tables={"kpi": ([["Region", "Instructions", "First contact < 24 h", "Report time (working days)", "Avg. fee EUR"],
                   ["North", 412, "97 %", 9.8, 712],
                   ["West", 688, "95 %", 11.2, 745],
                   ["East", 204, "93 %", 12.9, 698],
                   ["South", 351, "88 %", 19.1, 781],
                   ["Total", 1655, "94 %", 12.6, 738]], "pad")})

# 0160
M("C", "de", "insurer-to-assessor",
  "liability claim adjuster instruction: tenant's damage to a rented flat (named tenant, landlord, address, claim number); no injuries",
  frm=ADDR("oltmanns"), to="Auftragsannahme Ingenieurbüro Falkner <auftrag@ib-falkner.example>",
  subj="Auftrag Mietsachschaden PH-26-022180 – Wohnung Bonner Str. 19, Köln",
  date="2026-08-18 09:40", sig="oltmanns",
  body="""Sehr geehrter Herr Falkner,

bitte besichtigen Sie folgenden Mietsachschaden:

  Versicherungsnehmerin (Mieterin): Frau Alina Marković, Privathaftpflicht PH-4410-318804
  Anspruchsteller (Vermieter):      Herr Gerd Pütz, Hausverwaltung Pütz, Köln
  Objekt:                           Bonner Straße 19, 50677 Köln, 2. OG links
  Schadennummer:                    PH-26-022180

Nach Auszug der VN macht der Vermieter folgende Schäden geltend: Brandfleck im
Eichenparkett (Wohnzimmer, ca. 30 x 40 cm), gesprungenes Waschbecken, Bohrlöcher in
Fliesen im Bad. Gefordert werden 6.940 Euro (Parkett komplett abschleifen, neues
Waschbecken). Bitte prüfen Sie Schadenumfang, Alter des Parketts (Abzug neu für alt)
und ob die Bohrlöcher übliche Abnutzung sind.

Kontakt für den Zugang: Hausverwaltung Pütz, 0221 9312044.

Mit freundlichen Grüßen""")

# 0161
M("N", "en", "insurer-to-supplier",
  "trap: medical review provider's service catalogue with prices per review type (orthopaedic, psychiatric, file review); no patients",
  frm=ADDR("krueger"), to="Contracts <contracts@medreview-nl.example>",
  subj="Medical review services 2027 – price list accepted",
  date="2026-12-09 11:05", sig="krueger", lang="en",
  body="""Dear Ms Visser,

we accept your price list for 2027 as attached to your offer of 25 November:

[[prices]]

Turnaround times as before (file review 10 working days, examination 20). All
documents continue to be exchanged exclusively via our secure data room.

Kind regards""",
  tables={"prices": ([["Review type", "Price EUR 2026", "Price EUR 2027"],
                      ["File review, general medicine", "320", "335"],
                      ["File review, cardiology / internal medicine", "380", "395"],
                      ["Orthopaedic examination incl. report", "620", "650"],
                      ["Psychiatric examination incl. report", "1,150", "1,200"],
                      ["Supplementary statement", "140", "150"]], "pad")})

# 0162
M("S", "de", "insurer-to-doctor",
  "request to a dentist for X-rays and treatment plan of a named dental-supplementary insured (implant region 36, periodontitis)",
  frm=ADDR("wendland"), to="Zahnarztpraxis Dr. Ilona Kettler <praxis@zahnarzt-kettler.example>",
  subj="Heil- und Kostenplan vom 02.09.2026 – Patientin Frau Ramona Eichler",
  date="2026-09-09 10:34", sig="wendland", ent="kv",
  body="""Sehr geehrte Frau Dr. Kettler,

zum Heil- und Kostenplan für Ihre Patientin, unsere Versicherte Frau Ramona Eichler
(Zahnzusatzversicherung KZ-9930-640118), benötigen wir für die Prüfung noch:

  1. das aktuelle OPG bzw. Einzelbild Regio 36,
  2. den PAR-Status (laut HKP besteht eine Parodontitis, Stadium II),
  3. die Angabe, wann Zahn 36 extrahiert wurde.

Hintergrund: Der Tarif leistet für Implantate nur, wenn der Zahn nach Versicherungs-
beginn (01.01.2025) verloren gegangen ist. Die Einwilligung Ihrer Patientin zur
Auskunft liegt uns vor.

Gern können Sie die Unterlagen über unser Portal für Zahnärzte hochladen.

Mit freundlichen Grüßen""")

# 0163
M("C", "de", "insurer-to-lawyer",
  "settlement calculation to a traffic lawyer for his client's vehicle damage (named client, plates, amounts); property damage only",
  frm=ADDR("brenner"), to="Rechtsanwalt Sven Ortlieb <kanzlei@ortlieb-verkehrsrecht.example>",
  subj="Ihr Mandant Herr Yannick Berens – KH-26-029944",
  date="2026-07-28 14:58", sig="brenner",
  body="""Sehr geehrter Herr Rechtsanwalt Ortlieb,

in der Schadensache Ihres Mandanten Herrn Yannick Berens (Unfall vom 04.07.2026,
Kreuzung Venloer Straße/Innere Kanalstraße, Fahrzeug K-YB 117 gegen unseren VN,
K-RT 2290) regulieren wir auf Basis der vollen Haftung wie folgt:

  Reparaturkosten laut Gutachten (netto)      4.806,30 EUR
  Wertminderung                                  450,00 EUR
  Gutachterkosten                                812,60 EUR
  Nutzungsausfall 8 Tage à 59 EUR                472,00 EUR
  Kostenpauschale                                 25,00 EUR
  Summe                                        6.565,90 EUR

Die Mehrwertsteuer auf die Reparaturkosten erstatten wir nach Vorlage der
Reparaturrechnung. Ihre Gebühren (1,3 Geschäftsgebühr aus 6.565,90 EUR zzgl. Auslagen
und MwSt.) zahlen wir direkt an Sie. Die Zahlung an Ihren Mandanten geht auf Ihr
Kanzleikonto.

Mit freundlichen Grüßen""")

# 0164
M("N", "de", "insurer-to-printer",
  "capacity planning for the year-end mailings with the print shop: volumes per document type and week; no addresses",
  frm=ADDR("pohl"), to="Druckzentrum West <produktion@druckzentrum-west.example>",
  subj="Jahresendgeschäft 2026 – Mengenplanung",
  date="2026-10-05 13:15", sig="pohl",
  body="""Hallo Herr Demirci,

für Ihre Schichtplanung unsere Mengen fürs Jahresendgeschäft:

[[plan]]

Die Beitragsrechnungen Kfz sind wie jedes Jahr die größte Welle; bitte planen Sie für
KW 47 die Nachtschicht ein. Die Datenlieferungen kommen jeweils montags bis 06:00 Uhr.

Viele Grüße""",
  tables={"plan": ([["KW", "Dokumentart", "Stück", "Seiten je Stück"],
                    ["45", "Beitragsanpassung KV", "71.400", "6"],
                    ["46", "Versicherungsscheine Kfz", "212.000", "4"],
                    ["47", "Beitragsrechnungen Kfz", "486.000", "2"],
                    ["48", "Standmitteilungen Leben", "138.000", "3"],
                    ["49", "Steuerbescheinigungen", "54.000", "2"],
                    ["50", "Kundenzeitschrift", "320.000", "16"]], "pipe")})

# 0165
M("S", "en", "insurer-to-supplier",
  "data incident with the scanning provider: misrouted batch of health claim documents, list of affected named insured persons and document types",
  frm=ADDR("fischer"), to="Security Officer ScanPartner <security@scanpartner.example>", cc=ADDR("meier"),
  subj="[streng vertraulich] Incident 2026-11-03 – misrouted scan batch KV-0311, affected persons",
  date="2026-11-04 09:02", sig="fischer", lang="en",
  body="""Dear Mr Kallio,

following our call: your team confirmed that scan batch KV-0311 (health claims, 3 Nov)
was delivered to the input folder of another client for about 40 minutes before it was
removed. According to your log, 6 documents were opened there. We need your written
incident report by 6 November 10:00 for our assessment under Art. 33 GDPR.

The opened documents concern the following insured persons of ours:

  1. Renate Vollbrecht, b. 1948 – hospital invoice, Klinikum Leverkusen (cardiology)
  2. Jürgen Mahlberg, b. 1961 – prescription, insulin glargine
  3. Oksana Fedorenko, b. 1989 – invoice of a psychotherapist (12 sessions)
  4. Thomas Kuhnert, b. 1973 – dentist's treatment plan (implants)
  5. Edith Baumgart, b. 1939 – invoice for a hearing aid
  6. Lars Petersen, b. 2001 – outpatient invoice, sports injury (knee MRI)

Please confirm in the report that the other client has deleted the files, and name
the persons who had access.

Regards
Tim Fischer""")

# 0166
M("N", "de", "authority",
  "trap: police invitation to a round table on insurance fraud prevention, forwarded to legal; agenda only, no cases",
  frm=ADDR("roth"), to=ADDR("schreiber"),
  subj="WG: Einladung Runder Tisch \"Versicherungsbetrug\" LKA NRW",
  date="2026-09-30 16:22", sig="roth", sigstyle="short",
  body="""Carola, magst du mitkommen? Ich würde hingehen; Themen 2 und 3 betreffen uns direkt.
Benedikt""",
  quote=FW("LKA NRW Dezernat 16 <dez16@lka-nrw.example>", "30.09.2026 14:00", "Verteiler Versicherungswirtschaft NRW",
           "Einladung Runder Tisch \"Versicherungsbetrug\"",
           """Sehr geehrte Damen und Herren,

wir laden Sie zum nächsten Runden Tisch ein:

  Donnerstag, 19.11.2026, 10:00–13:00 Uhr, LKA NRW, Düsseldorf

Tagesordnung:
  1. Lagebild 2026 (Fallzahlen, Schadensummen – anonymisiert)
  2. Organisierte Kfz-Verschiebung über Häfen in Benelux
  3. Manipulierte Verkehrsunfälle mit Mietfahrzeugen
  4. Datenaustausch nach § 32 BDSG und § 203 StGB – was ist erlaubt?

Bitte melden Sie bis zu zwei Teilnehmende bis 05.11. an.

LKA NRW, Dezernat 16 – Wirtschaftskriminalität"""))

# 0167
M("C", "de", "insurer-to-authority",
  "application to the central dunning court for unpaid household and liability premiums of a named policyholder (address, amounts, contracts)",
  frm="Inkasso Mahnverfahren <mahnverfahren@versicherer.example>", to="Zentrales Mahngericht Hagen <poststelle@mahngericht-hagen.example>",
  subj="Antrag auf Erlass eines Mahnbescheids – Az. intern INK-26-004471",
  date="2026-06-23 07:30", sig="becker",
  body="""Sehr geehrte Damen und Herren,

wir beantragen den Erlass eines Mahnbescheids. Der Antrag wurde zugleich im
elektronischen Verfahren übermittelt; diese Mail dient der Zuordnung der Anlage.

Antragstellerin: Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln
Antragsgegner:   Herr Maximilian Oberhoff, Kaiser-Wilhelm-Ring 8, 50672 Köln

Hauptforderung:
  rückständiger Jahresbeitrag Hausratversicherung HR-4402-329915, fällig 01.02.2026   184,60 EUR
  rückständiger Jahresbeitrag Privathaftpflicht PH-4410-270042, fällig 01.02.2026       79,90 EUR
  Mahnkosten                                                                            10,00 EUR
  Summe                                                                                274,50 EUR

zzgl. Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit 02.03.2026.

Mit freundlichen Grüßen""",
  sigstyle="short")

# 0168
M("C", "en", "authority",
  "London police request about a German insured's car involved in a collision (no injuries), forwarded to motor claims",
  frm=ADDR("engel"), to=ADDR("brenner"),
  subj="FW: Metropolitan Police – collision report CR-7741/26, vehicle BN-FK 2026",
  date="2026-08-06 12:10", sig="engel", sigstyle="short", lang="en",
  body="""Markus – the Met needs insurance details of our VN's car for their collision report.
I can confirm cover (KF-5521-59982, Fabian Kuhlmann). Can you open a claim for the
other party's damage? No injuries reported.
Rüdiger""",
  quote=FW("Collision Reporting Unit <collision.reports@met-police.example>", "Wed, 5 Aug 2026 16:44",
           "international.claims@versicherer.example", "Collision report CR-7741/26",
           """Dear Sir or Madam,

a vehicle registered in Germany, BN-FK 2026 (BMW X3, driver and registered keeper
Mr Fabian Kuhlmann, Bonn), was involved in a collision with a London taxi (LX71 TAX) on
Brompton Road on 2 August 2026 at 23:10. No injuries were reported. The taxi has damage
to the front offside wing and door.

Please confirm whether the vehicle was insured with you on that date and provide the
policy number and your claims contact for the taxi owner, Mr Abdul Rahman of
Kensington Cabs Ltd.

Collision Reporting Unit, Metropolitan Police""", lang="en"))

# 0169
M("S", "de", "authority",
  "prosecutor's file extract in a drunk-driving case (blood alcohol, criminal proceedings) forwarded for motor liability recourse against the policyholder",
  frm=ADDR("schreiber"), to=ADDR("brenner"),
  subj="Akteneinsicht StA Köln 93 Js 611/26 – Regress KH-26-014778",
  date="2026-06-16 15:27", sig="schreiber", sigstyle="short",
  body="""Hallo Herr Brenner,

die Ermittlungsakte ist da; die wichtigsten Punkte für den Regress:

  Beschuldigter / unser VN: Herr Patrick Seeliger, geb. 23.05.1991, Hürth
  Tatvorwurf: fahrlässige Trunkenheit im Verkehr (§ 316 StGB) und Unfallflucht
              (§ 142 StGB) am 07.03.2026 gegen 02:15 Uhr, Luxemburger Straße
  Blutprobe 03:40 Uhr: 1,41 Promille, Rückrechnung auf Tatzeit 1,52 Promille
  Verfahrensstand: Strafbefehl beantragt (Geldstrafe 60 Tagessätze, Entziehung der
  Fahrerlaubnis, Sperrfrist 10 Monate); Herr Seeliger ist laut BZR-Auszug bereits
  2022 wegen Trunkenheit im Verkehr verurteilt worden.

Damit liegt eine Obliegenheitsverletzung vor; Regress bis 5.000 Euro (Trunkenheit)
plus weitere 2.500 Euro (Unfallflucht) ist begründet. Gezahlt haben wir bisher
11.240 Euro an die Geschädigten. Bitte bereiten Sie das Regressschreiben vor.

C. Schreiber""")

# 0170
M("N", "de", "authority",
  "statistics office survey request to the insurer as a company (employees, turnover, IT use); no personal data",
  frm=ADDR("morgan"), to=ADDR("weiss"),
  subj="WG: IT.NRW – Erhebung zur IKT-Nutzung in Unternehmen 2026",
  date="2026-04-07 10:10", sig="morgan", sigstyle="short",
  body="""Nadine, die Angaben zu Beschäftigten (Spalte 2) kommen von euch, den Rest fülle ich
mit der IT aus. Frist 30.04.
James""",
  quote=FW("IT.NRW Statistisches Landesamt <ikt-erhebung@it-nrw.example>", "06.04.2026 09:00",
           "Versicherer Holding AG", "Erhebung über die Nutzung von Informations- und Kommunikationstechnologien in Unternehmen 2026",
           """Sehr geehrte Damen und Herren,

Ihr Unternehmen wurde für die Erhebung zur IKT-Nutzung 2026 ausgewählt (Auskunftspflicht
nach § 6 Abs. 1 EStatG i. V. m. dem Gesetz über die Statistik im Produzierenden
Gewerbe). Erhoben werden u. a. Zahl der Beschäftigten, Nutzung von Cloud-Diensten,
KI-Anwendungen und IT-Sicherheitsmaßnahmen.

Bitte melden Sie bis 30.04.2026 online über IDEV, Kennung 05-7730-1142.

Statistisches Landesamt – IT.NRW"""))

# 0171
M("S", "de", "insurer-to-authority",
  "answer to a social court: the insurer sends its BU medical report on a named plaintiff (with consent), summarising diagnoses",
  frm=ADDR("stanek"), to="Sozialgericht Düsseldorf, 12. Kammer <poststelle@sg-duesseldorf.example>",
  subj="S 12 R 884/25 – Beiziehung Gutachten, Klägerin Frau Doris Lamprecht",
  date="2026-03-19 11:44", sig="stanek", ent="lv",
  body="""Sehr geehrte Damen und Herren,

in dem Rechtsstreit Doris Lamprecht ./. Deutsche Rentenversicherung Rheinland
übersenden wir, wie mit Verfügung vom 02.03.2026 angefordert und mit Einwilligung der
Klägerin (liegt Ihnen vor), das in unserem BU-Leistungsverfahren eingeholte
orthopädische Gutachten von Dr. med. Stefan Vukovic vom 11.11.2025 über das
Justizpostfach.

Zusammenfassend stellt das Gutachten bei der Klägerin (geb. 07.07.1966) eine
fortgeschrittene Rhizarthrose beidseits (M18.0) und ein Karpaltunnelsyndrom rechts
nach zweimaliger Operation (G56.0) fest; als Zahnarzthelferin sei sie zu mehr als 50 %
berufsunfähig. Wir haben die BU-Leistung ab 01.06.2025 anerkannt.

Mit freundlichen Grüßen""")

# 0172
M("N", "en", "newsletter",
  "trap: English broker newsletter (HTML + text) for international brokers: product updates, portal features, events; no persons",
  frm="Broker Newsletter <newsletter@versicherer.example>", to="broker-international@versicherer.example",
  subj="Broker update – December 2026",
  date="2026-12-01 07:00", client="system", mailer="Newsletter2Go Relay", html=True, lang="en",
  headers={"List-Unsubscribe": "<https://news.versicherer.example/unsubscribe?l=broker-en>", "Precedence": "bulk"},
  body="""Broker update – December 2026

Dear partners,

1. Secure communication
From January, all documents with personal data will reach you either encrypted
(S/MIME, if you have sent us a signed mail) or via our portal. Send us one signed
e-mail and your certificate is registered automatically.

2. Expat health: new Global Plus tariff
The new tariff for internationally mobile employees includes mental health cover and
telemedicine in 14 languages. Group contracts from 5 employees.

3. Broker post API
More than 300 broker firms now fetch their documents automatically via our broker post
API. The English interface documentation is now available in the portal.

4. Events
  - 20 January, webinar: Group income protection for international employers
  - 3 March, London: European Broker Day

Season's greetings from Cologne,
your International Broker Team

Unsubscribe: https://news.versicherer.example/unsubscribe?l=broker-en""")

# 0173
M("C", "de", "company",
  "company's commercial liability claim forwarded: a named employee broke a customer's glass door while fitting a kitchen; nobody hurt",
  frm=ADDR("oltmanns"), to="Schadenservice Haftpflicht <schaden-haftpflicht@versicherer.example>",
  subj="WG: Schadenmeldung BHV – Küchenstudio Weiland GmbH",
  date="2026-05-27 11:34", sig="oltmanns", sigstyle="short",
  body="""Bitte anlegen, BH-5800-140233 (Küchenstudio Weiland). Deckung ok, Tätigkeits-
schaden-Klausel prüfen (Tür ist nicht bearbeitete Sache, also eher gedeckt).
J. Oltmanns""",
  quote=FW("Stefanie Weiland <s.weiland@kuechen-weiland.example>", "27.05.2026 10:02", "schaden@versicherer.example",
           "Schadenmeldung Betriebshaftpflicht",
           """Guten Tag,

wir melden einen Schaden aus unserer Betriebshaftpflicht (Vertrag BH-5800-140233):

Unser Monteur Herr Dominik Schreyer hat gestern beim Einbau einer Küche bei unserer
Kundin Frau Elisabeth Hoff, Lindenstraße 3, 51465 Bergisch Gladbach, mit einer
Arbeitsplatte die Ganzglas-Schiebetür zum Wohnzimmer beschädigt (Glas gesprungen).
Verletzt wurde niemand. Die Kundin hat einen Kostenvoranschlag des Glasers über
1.640 Euro.

Mit freundlichen Grüßen
Stefanie Weiland
Geschäftsführerin, Küchenstudio Weiland GmbH"""))

# 0174
M("C", "de", "insurer-to-broker",
  "short eVB confirmation to a broker for his named client's new car (name, birth date, vehicle, eVB number)",
  frm=ADDR("engel"), to="Dirk Wiemers <info@wiemers-versicherungen.example>",
  subj="eVB für Ihren Kunden Herrn Emil Sauerwein",
  date="2026-03-26 16:48", sig="engel", sigstyle="short",
  body="""Hallo Herr Wiemers,

hier die eVB für die Zulassung:

  Kunde:    Emil Sauerwein, geb. 12.12.2000, Espelkamp
  Fahrzeug: Seat Ibiza 1.0 TSI, Erstzulassung 2021 (Gebrauchtwagen)
  eVB-Nr.:  R2K7P4M
  gültig:   bis 25.04.2026

SF-Klasse wird aus dem Zweitwagen-Vertrag der Mutter übertragen, sobald die
Abtretungserklärung vorliegt.

Gruß
Rüdiger Engel""")

# 0175
M("N", "de", "insurer-to-broker",
  "system notice to brokers about broker portal maintenance (times, affected functions); no data",
  frm="Maklerportal <no-reply@makler.versicherer.example>", to="maklerportal-nutzer@versicherer.example",
  subj="Wartungsarbeiten im Maklerportal am 14.03. (06:00–10:00 Uhr)",
  date="2026-03-09 12:00", client="system", mailer="Siegel Portal Notification",
  body="""Guten Tag,

am Samstag, 14.03.2026, zwischen 06:00 und 10:00 Uhr führen wir Wartungsarbeiten am
Maklerportal durch. In dieser Zeit sind nicht verfügbar:

  - Anmeldung und Postfach,
  - Abruf der Vermittlerpost über die Schnittstelle (BiPRO),
  - Angebotsrechner Kfz und Sach.

Schadenmeldungen können Sie in dieser Zeit telefonisch unter 0221 555-4000 abgeben.
Dokumente, die während der Wartung erzeugt werden, stehen ab 10:00 Uhr im Postfach.

Ihr Maklerportal-Team""")


# ---------------------------------------------------------------- batch 8 (0176-0200)

# 0176
M("S", "de", "insurer-to-company",
  "harmless body and harmless PDF cover letter; only in the XLSX attachment: named employees' birth dates and salaries, a reduced-earning-capacity pension note sits far down",
  frm=ADDR("paulsen"), to="Claudia Nießen <c.niessen@rurtal-kunststoff.example>",
  subj="Gehaltsmeldung 2027 Unterstützungskasse – geprüfte Liste",
  date="2026-12-10 11:20", sig="paulsen", ent="lv",
  body="""Sehr geehrte Frau Nießen,

danke für die Gehaltsmeldung. Anbei unser Anschreiben und die geprüfte Liste; wir
haben nur zwei Dinge angemerkt (gelbe Zeilen ganz unten in der Tabelle). Bitte
bestätigen Sie die Änderungen bis 18.12., damit die Beiträge für 2027 richtig
berechnet werden.

Mit freundlichen Grüßen""",
  att=[PDF("Anschreiben_Gehaltsmeldung_2027.pdf", [
      ("h", "Gehaltsmeldung 2027 – Unterstützungskasse Rurtal Kunststoff GmbH"),
      ("p", "Sehr geehrte Damen und Herren,\nwir haben Ihre Gehaltsmeldung zum 01.01.2027 geprüft. Die Zuwendungen "
            "für 2027 berechnen wir auf Grundlage der bestätigten Liste. Bitte beachten Sie die Anmerkungen in der Tabelle."),
      ("p", "Mit freundlichen Grüßen\nVersicherer Lebensversicherung AG – Firmenkunden / betriebliche Altersversorgung")],
      title="Anschreiben Gehaltsmeldung 2027", author="Henrik Paulsen"),
       XLSX("Rurtal_Gehaltsmeldung_2027_geprueft.xlsx", {
      "Gehälter": [
          ["Pers.-Nr.", "Name", "Geburtsdatum", "Jahresgehalt 2027 EUR", "rentenfähig EUR", "Anmerkung"],
          ["1102", "Albers, Jens", "14.03.1971", 71400.0, 71400.0, ""],
          ["1187", "Kalinowski, Ewa", "02.11.1979", 52800.0, 52800.0, ""],
          ["1210", "Theißen, Markus", "25.07.1983", 61250.0, 61250.0, ""],
          ["1233", "Vogel, Sandra", "08.04.1988", 47900.0, 47900.0, ""],
          ["1240", "Omerović, Adnan", "15.09.1985", 44300.0, 44300.0, ""],
          ["1251", "Krings, Heike", "29.01.1975", 58100.0, 58100.0, ""],
          ["1262", "Plum, Sebastian", "03.06.1990", 49600.0, 49600.0, ""],
          ["1270", "Zimmer, Dana", "21.12.1982", 66000.0, 66000.0, ""],
          [], [], [], [], [], [], [], [], [], [], [], [], [], [], [],
          ["Anmerkungen"],
          ["1187", "Kalinowski, Ewa", "", "", "", "Teilzeit seit 01.10.2026 (30 Std.) – bitte Gehalt bestätigen"],
          ["1251", "Krings, Heike", "", "", "", "seit 01.07.2026 Rente wegen teilweiser Erwerbsminderung, Beitragsbefreiung der Rückdeckung aktiv – Gehalt 2027 nur noch Teilzeit?"]]},
      author="Henrik Paulsen")])

# 0177
M("N", "en", "insurer-to-company",
  "trap: generic process description for reporting group accident claims (steps, forms, deadlines) for an employer; no employees or contract data",
  frm=ADDR("kaya"), to="Anna Lindqvist-Berg <anna.berg@baltic-wind-services.example>",
  subj="How to report an accident – short guide for your HR team",
  date="2026-12-11 09:15", sig="kaya", lang="en",
  body="""Dear Ms Lindqvist-Berg,

as discussed, a short guide for your HR team on how to report accidents under a group
accident insurance:

1. Report the accident within one week – online via our employer portal, or by mail
   to leistung-unfall@versicherer.example WITHOUT medical details. We then contact the
   employee directly.
2. The employee sends medical reports to us directly (portal or post), never via HR.
3. Invalidity must be established by a doctor within 21 months after the accident and
   claimed within 36 months; please remind employees of these deadlines.
4. Work accidents must also be reported to the statutory accident insurance (BG);
   that is a separate procedure.

Our forms in English are in the employer portal under Downloads. Feel free to share
this mail with your team.

Kind regards""")

# 0178
M("C", "en", "insurer-to-broker",
  "no-claims certificate for a named client moving to the UK sent to his broker: policy, plate, claims-free years, one claim",
  frm=ADDR("engel"), to="Harriet Cole <hcole@kestrel-risk.example>",
  subj="No-claims certificate – Mr Matthias Ebeling (KF-5521-38810)",
  date="2026-12-14 14:30", sig="engel", lang="en",
  body="""Dear Harriet,

as requested for your client's move to the UK, here is the confirmation of his motor
insurance history (an official certificate in English is also being sent to him by
post):

  Policyholder:         Mr Matthias Ebeling, born 23 February 1966
  Policy:               KF-5521-38810, motor liability and comprehensive
  Insured since:        1 January 2004 (previous insurer 1991–2003)
  Vehicle:              Volvo V90, KI-ME 1966
  No-claims class:      SF 25 (liability) = 25 claim-free years
  Claims last 5 years:  one comprehensive claim (windscreen, 2024) – no effect on
                        the no-claims class
  Policy ends:          31 January 2027 (cancelled due to emigration)

Kind regards""")

# 0179
M("S", "en", "broker",
  "harmless body; subject names the client, the attached message/rfc822 from a UK broker holds the critical illness claim with breast cancer diagnosis and treatment",
  frm=ADDR("stanek"), to="Team Leistung Leben <leistung-leben@versicherer.example>",
  subj="FW: Critical illness claim – Mrs Deborah Fairclough",
  date="2026-12-15 10:05", sig="stanek", sigstyle="short", lang="en", ent="lv",
  body="""Please open a claim file; the original message from Brightwater is attached.
Oliver""",
  att=[EML(INNER("Oliver Grant <ogrant@brightwater-brokers.example>", "Oliver Stanek <oliver.stanek@versicherer.example>",
                 "Critical illness claim – Mrs Deborah Fairclough", "2026-12-14 17:22",
                 """Dear Mr Stanek,

we are writing on behalf of our client Mrs Deborah Fairclough (born 3 March 1975),
who holds a critical illness policy with you (CI-7300-004418, sum assured EUR 120,000),
taken out while she lived in Düsseldorf.

Mrs Fairclough was diagnosed with invasive ductal breast carcinoma of the left breast
(stage IIA, T2 N0 M0, ER/PR positive, HER2 negative) on 28 November 2026 at the Royal
Marsden Hospital in London. Surgery (lumpectomy with sentinel node biopsy) is planned
for 8 January, followed by radiotherapy and endocrine therapy.

We enclose the histology report and the consultant's letter separately via your portal.
Please let us know which claim form you need.

Kind regards
Oliver Grant
Brightwater Insurance Brokers Ltd""",
                 "<BW-20261214-1722.fairclough@brightwater-brokers.example>", lang="en", client="outlook"),
               "Critical illness claim – Mrs Deborah Fairclough.eml")])

# 0180
M("N", "en", "insurer-to-broker",
  "explanation for a broker of how secure mail works (S/MIME certificate harvesting, portal, TLS); no customer data",
  frm=ADDR("fischer"), to="Tom Jaspers <t.jaspers@northsea-brokers.example>",
  subj="RE: Why do your e-mails now come via a portal?",
  date="2026-12-16 12:40", sig="fischer", lang="en",
  body="""Dear Mr Jaspers,

good question. Since December, every e-mail from us that contains personal data is
protected. Which method we use depends on what your side supports:

1. If you send us one e-mail signed with an S/MIME certificate, our gateway stores
   your certificate automatically; from then on you get our mails encrypted directly
   in your mailbox – no portal.
2. If your company runs an encryption gateway with a domain certificate, we can
   encrypt gateway-to-gateway. Your IT can send us the certificate.
3. Otherwise, mails with sensitive content are deposited in our secure portal and you
   receive a notification. Mails without sensitive content still arrive normally.

Option 1 is the quickest: just reply to this mail with a signed message. If you need a
certificate, most trust service providers issue them within a day.

Kind regards""",
  quote=OQ("Tom Jaspers", "Tuesday, December 15, 2026 5:51 PM", "Tim Fischer",
           "Why do your e-mails now come via a portal?",
           """Hello,
since last week some of your mails arrive as a link to a portal, others normally.
Why? It is quite annoying with 40 mails a day.
Tom Jaspers, NorthSea Brokers""", lang="en"))

# 0181
M("C", "de", "insurer-to-broker",
  "annual commission certificate for a sole-trader broker with his tax ID and yearly total (income data)",
  frm="Provisionsabrechnung <provision@versicherer.example>", to="Heiko Strunk <buero@makler-strunk.example>",
  subj="Jahresbescheinigung Provisionen 2026 – Vermittlernr. 40-71188",
  date="2026-12-18 05:10", client="system", mailer="VERSO Output Management 7.6",
  body="""Sehr geehrter Herr Strunk,

anbei Ihre Jahresbescheinigung über die im Kalenderjahr 2026 gezahlten Provisionen für
Ihre Steuererklärung.

Ihr Team Provisionsabrechnung""",
  att=[PDF("Jahresbescheinigung_Provision_2026_40-71188.pdf", [
      ("h", "Jahresbescheinigung Provisionen 2026"),
      ("p", "Empfänger: Heiko Strunk, Versicherungsmakler Heiko Strunk e.K., Lindenallee 5, 48149 Münster\n"
            "Steuernummer 214/5038/1127 - Steuer-ID 47 118 293 065"),
      ("t", [["Art", "Betrag EUR"],
             ["Abschlussprovisionen / Courtagen", "11.942,80"],
             ["Bestandsprovisionen", "12.318,40"],
             ["Stornobelastungen", "-861,60"],
             ["Summe (umsatzsteuerfrei, § 4 Nr. 11 UStG)", "23.399,60"]]),
      ("small", "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.")],
      title="Jahresbescheinigung 2026", author="Provisionsabrechnung")])

# 0182
M("N", "de", "insurer-to-supplier",
  "quality audit result for a partner workshop (company): scores per audit area, measures; no customers",
  frm=ADDR("brenner"), to="Autohaus Wiesner GmbH <service@autohaus-wiesner.example>",
  subj="Ergebnis Partnerwerkstatt-Audit 2026",
  date="2026-12-02 13:25", sig="brenner",
  body="""Sehr geehrter Herr Wiesner,

vielen Dank für den offenen Austausch beim Audit am 24.11. Ihr Betrieb hat 87 von 100
Punkten erreicht und bleibt damit Premium-Partner.

[[audit]]

Verbesserungspotenzial sehen wir bei der Dokumentation der Kalibrierungen (fehlende
Protokolle in 3 von 20 geprüften Fällen). Bitte schicken Sie uns bis Ende Januar kurz,
wie Sie das künftig sicherstellen.

Mit freundlichen Grüßen""",
  tables={"audit": ([["Bereich", "Punkte", "max."],
                     ["Annahme und Kundenkommunikation", "18", "20"],
                     ["Reparaturqualität (Stichprobe)", "28", "30"],
                     ["Kalibrierung / Dokumentation", "11", "15"],
                     ["Rechnungsqualität", "17", "20"],
                     ["Ersatzmobilität", "13", "15"],
                     ["Gesamt", "87", "100"]], "pad")})

# 0183
M("S", "de", "insurer-to-supplier",
  "body names nobody; only in the DOCX attachment: Turkish hospital report excerpt with the named insured, fractures (S32.4, S52.5) and treatment",
  frm=ADDR("albrecht"), to="Aufträge LinguaLegal <auftraege@lingualegal.example>",
  subj="Übersetzung TR>DE – Arztbericht, unser Zeichen U-26-05310",
  date="2026-10-02 10:55", sig="albrecht",
  body="""Sehr geehrte Damen und Herren,

im Rahmen unseres Rahmenvertrags (inkl. Verschwiegenheitsvereinbarung) bitten wir um
Übersetzung des angehängten Auszugs aus einem türkischen Krankenhausbericht ins
Deutsche. Umfang ca. 1 Seite, Fachgebiet Unfallchirurgie. Bitte bis 09.10.

Das Dokument enthält Gesundheitsdaten; bitte nach Abschluss löschen und die Löschung
kurz bestätigen.

Mit freundlichen Grüßen""",
  att=[DOCX("Arztbericht_TR_U-26-05310.docx", [
      ("h", "Epikriz (Entlassungsbericht) – Auszug"),
      "Hasta: Serkan Yavuz, Doğum tarihi: 14.04.1981\nHastane: Antalya Eğitim ve Araştırma Hastanesi, Ortopedi ve Travmatoloji Kliniği\nYatış: 16.08.2026 – Taburcu: 23.08.2026",
      ("h", "Tanı", 2),
      "Sağ kalça asetabulum kırığı (S32.4), sol önkol distal radius kırığı (S52.5). Motosiklet kazası sonrası.",
      ("h", "Tedavi", 2),
      "17.08.2026: Asetabulum kırığına açık redüksiyon ve plak ile internal fiksasyon. Sol radius kırığına kapalı redüksiyon ve alçı.",
      "Taburculukta: 6 hafta sağ bacağa yük verilmemesi, koltuk değneği ile mobilizasyon, enoksaparin 40 mg/gün 4 hafta.",
      ("small", "Auszug, übermittelt von der Versicherer Allgemeine Versicherung AG, Leistung Unfall – Schaden U-26-05310")],
      author="Miriam Albrecht")])

# 0184
M("C", "de", "insurer-to-supplier",
  "towing company invoice approval under motor assistance cover: named policyholder, plate, breakdown location; no injuries",
  frm=ADDR("kowalski"), to="Abschleppdienst Kuhn <rechnung@abschlepp-kuhn.example>",
  subj="AW: Rechnung 26-3381 – Pannenhilfe A3, Fahrzeug SG-LH 412",
  date="2026-11-25 08:50", sig="kowalski", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

die Rechnung 26-3381 über 386,75 Euro (Abschleppen des Fahrzeugs unserer
Versicherungsnehmerin Frau Lena Hüsken, SG-LH 412, von der A3 bei Solingen zur
Vertragswerkstatt in Langenfeld am 22.11.2026) übernehmen wir aus dem Schutzbrief zum
Vertrag KF-5521-77120. Die Zahlung geht in den nächsten Tagen an Sie raus.

Die zusätzlich berechnete Standgebühr (2 Tage) können wir nicht übernehmen, da das
Fahrzeug direkt in die Werkstatt gebracht wurde. Bitte korrigieren Sie die Rechnung
entsprechend auf 346,75 Euro.

Mit freundlichen Grüßen
Lena Kowalski""")

# 0185
M("N", "en", "insurer-to-reinsurer",
  "question to the reinsurer on the event definition in the cat XL wording (hours clause for hail and storm); no claims data",
  frm=ADDR("stone"), to="Treaty Team <treaty@nordstern-rueck.example>",
  subj="Event definition – hail following windstorm, wording clarification",
  date="2026-12-03 16:12", sig="stone", lang="en",
  body="""Dear Henrik,

a wording question before we sign the 2027 programme. Our current wording says:

  "Windstorm: all individual losses occurring within 96 consecutive hours ...
   Hail: all individual losses occurring within 72 consecutive hours ..."

What happens if a windstorm system brings hail on its cold front? Can we treat the hail
losses as part of the windstorm event (96 hours), or must they form a separate hail
event? We would prefer to aggregate, since our claims systems cannot split roof damage
reliably between wind and hail.

Could you propose a sentence for the wording? Happy to discuss by phone.

Kind regards""")

# 0186
M("S", "de", "reinsurer",
  "reinsurer's medical opinion on a facultative BU application (named applicant, suspected multiple sclerosis, MRI findings) forwarded to underwriting",
  frm=ADDR("hasselbach"), to=ADDR("schulte"),
  subj="WG: Fakultative Anfrage BU – Herr Dr. Tobias Renner, Votum Nordstern",
  date="2026-12-07 17:35", sig="hasselbach", sigstyle="short", ent="lv",
  body="""Marlene,

Nordstern lehnt ab bzw. stellt zurück – siehe unten. Ich teile die Einschätzung.
Bitte schreib dem Makler eine Zurückstellung auf 24 Monate (ohne Diagnose im Schreiben,
nur "aus medizinischen Gründen"), die Details bekommt der Antragsteller von mir direkt.

Ulrike""",
  quote=FW("Dr. med. Jörn Schlüter <medical.uw@nordstern-rueck.example>", "07.12.2026 15:10",
           "Dr. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>",
           "Fakultative Anfrage BU-F-2026-0142 – Votum",
           """Liebe Frau Dr. Hasselbach,

zu Ihrer Anfrage BU-F-2026-0142 (Antragsteller Herr Dr. Tobias Renner, geb. 09.09.1985,
Zahnarzt, beantragte BU-Rente 5.000 Euro):

Nach dem beigefügten MRT-Befund vom 14.10.2026 finden sich drei periventrikuläre
T2-Läsionen, eine davon Kontrastmittel aufnehmend; der Neurologe spricht von einem
klinisch isolierten Syndrom (G37.9) nach einer Optikusneuritis rechts im Sommer 2026,
eine Lumbalpunktion steht aus. Das Risiko eines Übergangs in eine Multiple Sklerose ist
bei diesem Befund hoch.

Unser Votum: Zurückstellung für 24 Monate; danach neue Prüfung mit aktuellem MRT und
neurologischem Befund. Eine Annahme mit Ausschluss ist bei diesem Krankheitsbild nicht
sinnvoll.

Mit freundlichen Grüßen
Dr. med. Jörn Schlüter
Medical Underwriting, Nordstern Rück"""))

# 0187
M("N", "de", "authority",
  "data protection authority's survey on e-mail encryption at insurers forwarded to the DPO team; general questions only",
  frm=ADDR("meier"), to=ADDR("fischer"),
  subj="WG: Umfrage LDI NRW – Transportverschlüsselung und Ende-zu-Ende bei Versicherern",
  date="2026-11-16 11:40", sig="meier", sigstyle="short",
  body="""Tim, das passt gut zu unserem Gateway-Projekt. Können wir die Fragen 3–6 gemeinsam
beantworten? Antwort an die LDI bis 15.12. Ich hänge unsere Kennzahlen aus dem
Tagesbericht an, sobald du sie freigibst.

Thomas""",
  quote=FW("Landesbeauftragte für Datenschutz und Informationsfreiheit NRW <umfrage@ldi-nrw.example>", "13.11.2026 09:30",
           "Datenschutzbeauftragte der Versicherungsunternehmen in NRW", "Umfrage zur E-Mail-Verschlüsselung",
           """Sehr geehrte Damen und Herren,

im Rahmen unserer Prüfschwerpunkte 2027 bitten wir Sie um die Beantwortung folgender
Fragen (freiwillig, Ergebnisse werden nur anonymisiert veröffentlicht):

  1. Setzen Sie für den Versand von Gesundheitsdaten Ende-zu-Ende-Verschlüsselung ein?
  2. Wird TLS für den E-Mail-Versand erzwungen? Wenn ja, für welche Empfänger?
  3. Bieten Sie Kundinnen und Kunden ein Web-Postfach an?
  4. Wie holen Sie Einwilligungen zur Übermittlung per einfacher Transportverschlüsselung ein?
  5. Wie viele Nachrichten wurden 2026 wegen fehlender sicherer Versandwege zurückgewiesen?
  6. Wie dokumentieren Sie die Versandentscheidung?

Mit freundlichen Grüßen
Referat Technik und Organisation"""))

# 0188
M("C", "de", "insurer-to-authority",
  "answer to a bailiff's enquiry (windows-1252 body): named debtor's household and dog liability contracts, no claims payable",
  frm=ADDR("roth"), to="Obergerichtsvollzieher Harald Brune <brune@gv-duisburg.example>",
  subj="DR II 1877/26 – Anfrage vom 01.12.2026, Schuldner Herr Nico Lammert",
  date="2026-12-04 10:05", sig="roth", charset="windows-1252",
  body="""Sehr geehrter Herr Brune,

zu Ihrer Anfrage im Zwangsvollstreckungsverfahren gegen

  Herrn Nico Lammert, Wanheimer Straße 301, 47053 Duisburg

teilen wir mit, dass der Schuldner bei uns eine Hausratversicherung (HR-4402-402206)
und eine Hundehalterhaftpflichtversicherung (TH-4430-011870) unterhält. Beide Verträge
sind beitragsfrei gestellt bzw. im Mahnverfahren; Leistungsansprüche oder Guthaben zu
Gunsten des Schuldners bestehen nicht.

Eine Pfändung wäre daher derzeit ins Leere gerichtet.

Mit freundlichen Grüßen""")

# 0189
M("S", "en", "authority",
  "Irish hospital's invoice for emergency treatment of a German private-health insured (named, diagnosis, procedures) forwarded to international claims",
  frm=ADDR("whitfield"), to="International Claims <international.claims@versicherer.example>",
  subj="FW: Invoice ED-26-44871 – St. Brigid's University Hospital, Mr Hendrik Wolters",
  date="2026-09-17 12:02", sig="whitfield", sigstyle="short", lang="en", ent="kv",
  body="""Please check and pay directly to the hospital – Mr Wolters is insured under
KV-9910-352207 (international cover included). The treatment matches what he told our
emergency line on 29 August.
Emma""",
  quote=FW("Patient Accounts, St. Brigid's University Hospital <patient.accounts@st-brigids-hospital.example>", "Wed, 16 Sep 2026 14:31",
           "international.claims@versicherer.example", "Invoice ED-26-44871",
           """Dear Sir or Madam,

please find below the invoice for the emergency treatment of your policyholder:

  Patient:        Mr Hendrik Wolters, DOB 17/01/1968, German resident
  Admission:      29/08/2026, Emergency Department, discharged 31/08/2026
  Diagnosis:      acute renal colic, left ureteric stone 7 mm (N20.1)
  Procedures:     CT KUB, analgesia, ureteroscopy with laser lithotripsy and stent
                  insertion (30/08/2026)
  Amount due:     EUR 6,914.00

Payment by bank transfer within 30 days, quoting ED-26-44871.

Kind regards
Patient Accounts Department""", lang="en"))

# 0190
M("N", "en", "internal",
  "trap: quarterly statistics of authority requests (police, courts, tax offices, social insurers) by type and response time; counts only",
  frm=ADDR("roth"), to="Legal Management <legal-management@versicherer.example>",
  subj="Authority requests Q3 2026 – statistics",
  date="2026-10-08 09:35", sig="roth", sigstyle="short", lang="en",
  body="""Dear all,

the quarterly figures for requests from authorities handled by my team:

[[req]]

Two observations: tax office requests keep rising (control requests about life
insurance payouts), and police requests with a prosecutor's order now come mostly via
the electronic judicial mailbox. Average response time is within our 10-day target
except for courts (family courts need contract values from the life company).

Benedikt""",
  tables={"req": ([["Requesting authority", "Requests", "Answered", "Avg. days"],
                   ["Police / prosecutors", "214", "209", "4.1"],
                   ["Courts (civil, family, social)", "167", "151", "11.8"],
                   ["Tax offices", "302", "296", "7.3"],
                   ["Social insurers (DRV, health, BG)", "188", "183", "6.0"],
                   ["Bailiffs / garnishments", "521", "521", "3.2"],
                   ["Total", "1,392", "1,360", "6.1"]], "pad")})

# 0191
M("S", "de", "insurer-to-authority",
  "answer to the state social office (disability degree assessment) with accident findings of a named insured (with consent)",
  frm=ADDR("albrecht"), to="Landesamt für Soziales – Feststellungsverfahren SchwbG <schwb@lasv-brandenburg.example>",
  subj="Ihr Zeichen 45-SB-2026-118834 – Herr Thorsten Wegner",
  date="2026-10-21 13:18", sig="albrecht",
  body="""Sehr geehrte Damen und Herren,

mit Einverständnis unseres Versicherten Herrn Thorsten Wegner, geb. 11.05.1966,
übersenden wir Ihnen für das Verfahren zur Feststellung des Grades der Behinderung
folgende Informationen aus unserer Unfallakte U-26-02550:

  Unfall:         21.03.2026, Verletzung an einer Kreissäge (Freizeit)
  Verletzung:     traumatische Amputation des linken Unterarms im distalen Drittel
                  (S58.1); Stumpfversorgung im Unfallkrankenhaus Berlin
  Verlauf:        Versorgung mit myoelektrischer Prothese seit 09/2026,
                  Phantomschmerzen unter Pregabalin
  Invalidität:    65 % nach der Gliedertaxe (private Unfallversicherung)

Das Gutachten des Unfallkrankenhauses vom 02.09.2026 fügen wir über das
EGVP-Postfach bei.

Mit freundlichen Grüßen""")

# 0192
M("C", "de", "insurer-to-authority",
  "proof of dog liability insurance for a listed-breed dog to the municipal regulatory office: named owner, dog, chip number",
  frm=ADDR("oltmanns"), to="Ordnungsamt Gelsenkirchen – Hundeangelegenheiten <hunde@ordnungsamt-gelsenkirchen.example>",
  subj="Nachweis Hundehaftpflicht – Halterin Frau Jacqueline Bartsch",
  date="2026-08-25 15:45", sig="oltmanns",
  body="""Sehr geehrte Damen und Herren,

auf Wunsch unserer Versicherungsnehmerin bestätigen wir für das Erlaubnisverfahren nach
§ 4 LHundG NRW:

  Halterin:         Frau Jacqueline Bartsch, Bismarckstraße 140, 45881 Gelsenkirchen
  Hund:             American Staffordshire Terrier, Rüde, "Rocky", geworfen 03/2024
  Chipnummer:       276 098 106 447 215
  Vertrag:          Hundehalterhaftpflicht TH-4430-012455, seit 01.08.2026
  Deckungssumme:    5.000.000 Euro pauschal für Personen- und Sachschäden

Der Beitrag ist bezahlt. Ein Erlöschen des Versicherungsschutzes zeigen wir Ihnen an.

Mit freundlichen Grüßen""")

# 0193
M("N", "de", "newsletter",
  "loss prevention newsletter for commercial clients (HTML only, base64): fire safety checklist before the holidays; no clients named",
  frm="Schadenverhütung Gewerbe <newsletter@versicherer.example>", to="gewerbekunden-abonnenten@versicherer.example",
  subj="Sicher in die Betriebsferien – Checkliste Brandschutz",
  date="2026-12-14 07:30", client="system", mailer="Newsletter2Go Relay", cte="base64",
  headers={"List-Unsubscribe": "<https://news.versicherer.example/abmelden?l=gewerbe>", "Precedence": "bulk"},
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Schadenverhütung Gewerbe</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#0a4a7a">Sicher in die Betriebsferien</h2>
<p>Zwischen den Jahren stehen viele Betriebe still &ndash; und genau dann passieren die teuersten Brände.
Mit dieser Checkliste sind Sie auf der sicheren Seite:</p>
<ul>
<li>Elektrische Ger&auml;te (Kaffeemaschinen, Ladeger&auml;te, Heizl&uuml;fter) vom Netz trennen.</li>
<li>Akkus von E-Bikes und Werkzeugen nicht unbeaufsichtigt laden.</li>
<li>Brandschutzt&uuml;ren schlie&szlig;en, Keile entfernen.</li>
<li>Abf&auml;lle und Paletten nicht an der Fassade lagern.</li>
<li>Brandmeldeanlage: Aufschaltung pr&uuml;fen, Ansprechpartner f&uuml;r die Feiertage hinterlegen.</li>
</ul>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Ursache</th><th>Anteil an Gewerbebr&auml;nden 2025</th></tr>
<tr><td>Elektrizit&auml;t</td><td>31 %</td></tr>
<tr><td>Menschliches Fehlverhalten</td><td>17 %</td></tr>
<tr><td>Brandstiftung</td><td>11 %</td></tr>
<tr><td>&Uuml;berhitzung</td><td>9 %</td></tr>
</table>
<p>Frohe Feiertage w&uuml;nscht Ihr Team Schadenverh&uuml;tung.</p>
<p style="font-size:11px;color:#777">Abmelden: https://news.versicherer.example/abmelden?l=gewerbe<br>
Versicherer Allgemeine Versicherung AG &middot; Rheinuferstra&szlig;e 12 &middot; 50667 K&ouml;ln</p>
</body></html>
""")

# 0194
M("S", "de", "internal",
  "internal note between health claims and premium collection: named insured in arrears, benefits suspended, emergency tariff (health line)",
  frm=ADDR("becker"), to=ADDR("kroeger"),
  subj="Ruhen der Leistungen – KV-9910-288104 / Herr Goran Nikolić",
  date="2026-11-06 14:22", sig="becker", sigstyle="short",
  body="""Hallo Sabine,

zur Info für eure Leistungsprüfung: Bei Herrn Goran Nikolić (KV-9910-288104, Tarif
KomfortPlus) ist das Mahnverfahren nach § 193 Abs. 6 VVG abgeschlossen. Rückstand
4.318,20 Euro, die Leistungen ruhen ab 01.11.2026, der Vertrag wird in den
Notlagentarif umgestellt.

Ab jetzt also nur noch Leistungen für akute Erkrankungen und Schmerzzustände sowie bei
Schwangerschaft und Mutterschaft. Die laufende Physiotherapie-Verordnung (12 Einheiten
nach Bandscheiben-OP) fällt nicht darunter – bitte bei der nächsten Rechnung beachten.

Gruß
Hannes""")

# 0195
M("N", "de", "internal",
  "personnel announcement of a new colleague in broker service (name, role, phone extension); organisational only",
  frm=ADDR("reuter"), to="Maklerbetreuung – alle <maklerbetreuung-alle@versicherer.example>",
  subj="Verstärkung für die Maklerbetreuung Nord",
  date="2026-09-01 08:05", sig="reuter", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ab heute verstärkt Jonas Behrendt unser Team in der Maklerbetreuung Nord. Jonas kommt
von einem Maklerpool in Hamburg und kennt die Maklerverwaltungsprogramme von der
anderen Seite – das wird uns bei der BiPRO-Anbindung helfen. Er betreut die Pools und
Makler mit Postleitzahlen 20 bis 25.

Erreichbar ist er unter Durchwahl -1183 und jonas.behrendt@versicherer.example.
Mittwoch gibt es zur Begrüßung Franzbrötchen in der Teeküche, 3. OG.

Frank""")

# 0196
M("C", "en", "insurer-to-company",
  "cargo theft claim of a company with a named logistics manager: container, values, police report number, claim handling",
  frm=ADDR("osei"), to="Lena Vos <l.vos@hansa-coffee-import.example>",
  subj="Claim 44-TR-26-0318 – theft of container TGHU 5518204",
  date="2026-10-27 16:05", sig="osei", lang="en",
  body="""Dear Ms Vos,

thank you for the theft report. Your claim under open cover 44-TR-20117 has been
registered under no. 44-TR-26-0318:

  Goods:        320 bags green coffee, Colombia Supremo, invoice value EUR 96,400
  Container:    TGHU 5518204, stolen from the truck park at the Hamburg-Moorburg
                depot on the night of 23/24 October
  Haulier:      Elbspedition Kröger GmbH (their liability insurer has been notified)
  Police:       Polizei Hamburg, file no. 261024-0188-017

Please send us the commercial invoice, the bill of lading, the CMR note and the
haulier's statement. We will pay within two weeks after receipt if the container has not
been found by then, and take recourse against the haulier ourselves.

Kind regards""")

# 0197
M("N", "de", "insurer-to-company",
  "trap: generic answer to an employer on the tax treatment of group accident premiums (wage tax, flat-rate taxation); no contract data or persons",
  frm=ADDR("kaya"), to="Lohnbuchhaltung Steger Bau <lohn@steger-bau.example>",
  subj="AW: Lohnsteuer bei Gruppenunfallversicherung?",
  date="2026-06-09 12:12", sig="kaya",
  body="""Hallo Frau Brückmann,

gern die allgemeine Einordnung (keine Steuerberatung – im Zweifel bitte Ihren
Steuerberater fragen):

  - Deckt die Versicherung nur berufliche Unfälle ab, sind die Beiträge Reisenebenkosten
    bzw. kein Arbeitslohn.
  - Bei 24-Stunden-Deckung ist der Anteil für private Unfälle Arbeitslohn. Üblich ist
    eine Aufteilung 50 : 50.
  - Der Arbeitslohn-Anteil kann nach § 40b Abs. 3 EStG mit 20 % pauschal versteuert
    werden, solange der Durchschnittsbeitrag je Mitarbeiter ohne Versicherungsteuer
    100 Euro im Jahr nicht übersteigt.
  - Leistungen aus der Versicherung an die Mitarbeitenden sind dann nicht mehr
    steuerpflichtig, wenn die Beiträge versteuert wurden.

Mehr Details stehen im Merkblatt "Gruppenunfall und Lohnsteuer" im Arbeitgeberportal.

Viele Grüße""")

# 0198
M("S", "de", "insurer-to-company",
  "bKV leavers confirmation to an employer with a TSV list of named employees, birth dates and end of cover (health line)",
  frm=ADDR("ziegler"), to="Personalabteilung Druckerei Hellwig <personal@druckerei-hellwig.example>",
  subj="bKV 31-BKV-0562 – Abmeldungen zum 31.12.2026 bestätigt",
  date="2026-12-17 09:48", sig="ziegler", ent="kv",
  body="""Sehr geehrte Frau Otte,

die Abmeldungen zum Jahresende sind verarbeitet (Liste anbei). Die ausscheidenden
Mitarbeitenden erhalten von uns ein Schreiben mit dem Angebot, den Schutz privat ohne
neue Gesundheitsprüfung fortzuführen (Frist zwei Monate).

Der Gesamtbeitrag ab Januar sinkt entsprechend; die neue Beitragsrechnung kommt
Anfang Januar.

Freundliche Grüße""",
  att=[CSV("bKV_Abmeldungen_2026-12-31.tsv", [
      ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Baustein", "Ende Versicherungsschutz", "Grund"],
      ["0211", "Laubach", "Horst", "18.02.1960", "Budget 900", "31.12.2026", "Renteneintritt"],
      ["0402", "Sarić", "Amela", "14.08.1987", "Budget 900 + ZE", "31.12.2026", "Kündigung AN"],
      ["0517", "Fuchs", "Michelle", "09.09.1999", "Budget 900", "31.12.2026", "Befristung endet"],
      ["0521", "Oezdemir", "Baran", "02.03.1994", "Budget 900", "31.12.2026", "Kündigung AN"]], sep="\t")])

# 0199
M("C", "de", "insurer-to-workshop",
  "repair approval for a named customer's motorcycle after a deer collision (partial cover), rider unhurt; plate and claim number",
  frm=ADDR("brenner"), to="Zweirad Hennecke <werkstatt@zweirad-hennecke.example>",
  subj="Reparaturfreigabe TK-26-047390 – BMW R 1250 GS, HSK-TH 66",
  date="2026-05-11 10:20", sig="brenner", sigstyle="short",
  body="""Hallo Herr Hennecke,

die Reparatur der BMW R 1250 GS unseres Versicherungsnehmers Herrn Tobias Haarmann
(HSK-TH 66, Teilkasko KF-5530-44218, Wildunfall mit einem Reh am 08.05. bei Arnsberg)
ist freigegeben – bis 3.420 Euro netto laut Ihrem Kostenvoranschlag, abzüglich 150
Euro Selbstbeteiligung, die Herr Haarmann bei Ihnen zahlt.

Die Wildschadenbescheinigung des Jagdpächters liegt uns vor. Herr Haarmann ist
unverletzt geblieben, die Schutzkleidung ist über den Vertrag nicht versichert.

Gruß
Markus Brenner""")

# 0200
M("N", "en", "insurer-to-company",
  "automatic answer to a certificate request ([ZERTIFIKAT] subject tag) with the insurer address's public S/MIME certificate as a PEM file",
  frm="Zertifikatsdienst <zertifikat@versicherer.example>", to="it-security@nordic-papermill.example",
  subj="[ZERTIFIKAT] Certificate for claims@versicherer.example",
  date="2026-12-21 10:02", client="system", mailer="Siegel Certificate Service", lang="en",
  body="""Hello,

you requested the certificate of claims@versicherer.example. It is attached as a PEM file;
import it into your mail program or encryption gateway to send us encrypted mail.

  Subject:       CN=claims@versicherer.example, O=Versicherer Allgemeine Versicherung AG
  Issuer:        CN=Versicherer Demo Issuing CA 2026
  Valid:         2026-01-05 to 2028-01-05
  SHA-256:       4F:1C:9A:72:0B:E3:55:D8:61:2A:9E:C4:07:BB:3F:10:86:E2:5D:71:C9:08:44:AF:23:6B:90:1E:D5:7C:38:A2

More certificates can be looked up at https://directory.versicherer.example.

This is an automatic reply.""",
  att=[TXT("claims_versicherer_example.pem", """-----BEGIN CERTIFICATE-----
MIIC9DCCAdygAwIBAgIUQmV4YW1wbGVDZXJ0aWZpY2F0ZTAwMDEwDQYJKoZIhvcN
AQELBQAwMzExMC8GA1UEAwwoVmVyc2ljaGVyZXIgRGVtbyBJc3N1aW5nIENBIDIw
MjYgKGZpa3RpdikwHhcNMjYwMTA1MDAwMDAwWhcNMjgwMTA1MDAwMDAwWjBXMSMw
IQYDVQQDDBpjbGFpbXNAdmVyc2ljaGVyZXIuZXhhbXBsZTEwMC4GA1UECgwnVmVy
c2ljaGVyZXIgQWxsZ2VtZWluZSBWZXJzaWNoZXJ1bmcgQUcwggEiMA0GCSqGSIb3
DQEBAQUAA4IBDwAwggEKAoIBAQDFiktivesZertifikatNurFuerDenTestkorpus
-----END CERTIFICATE-----
""", sub="plain")])


# ---- end of MAILS ----


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    elif "--text" in sys.argv[1:]:
        for a in sys.argv[sys.argv.index("--text") + 1:]:
            show_text(int(a))
    else:
        main()
