#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel independent evaluation corpus "dev22" generator: health, care and disability.

Writes mails/d22-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2
helper code; the attachment builders were rewritten with the Python standard
library only (no openpyxl / python-docx / odfpy / fpdf2).

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
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.headerregistry import Address
from email.utils import format_datetime, getaddresses
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

OUT = Path(__file__).resolve().parent
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}
DOM = "versicherer.example"
PREFIX = "d22-"


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
    # new in dev22 (health, care and disability departments)
    "haas": ("Dr. Verena Haas", "verena.haas", "Reha-Management / Fallsteuerung", "Rehabilitation & Case Management", "kv", "-3530"),
    "petersen": ("Ole Petersen", "ole.petersen", "Leistungsservice Krankenversicherung\nHilfsmittel / Heilmittel", "Health Claims, Medical Aids & Therapies", "kv", "-3445"),
    "kaya": ("Elif Kaya", "elif.kaya", "Leistung Leben / Berufsunfähigkeit", "Life & Disability Claims", "lv", "-2622"),
    "roth": ("Matthias Roth", "matthias.roth", "Leistungsmanagement / Vertragspartner", "Provider Management", "kv", "-3360"),
    "jansen": ("Wiebke Jansen", "wiebke.jansen", "Controlling Krankenversicherung", "Health Controlling", "kv", "-3150"),
    "bauer": ("Christian Bauer", "christian.bauer", "Aus- und Weiterbildung", "Learning & Development", "grp", "-1440"),
    "mertens": ("Dr. med. Jan Mertens", "jan.mertens", "Beratungsarzt Leistungsprüfung", "Medical Advisor, Claims", "kv", "-3299"),
    "schmitz": ("Gabriele Schmitz", "gabriele.schmitz", "Pflegeberatung", "Long-term Care Advice", "kv", "-3595"),
    "obrien": ("Siobhan O'Brien", "siobhan.obrien", "International Health Services", "International Health Services", "kv", "-7725"),
    "winter": ("Paul Winter", "paul.winter", "Produktmanagement Krankenversicherung", "Health Product Management", "kv", "-3010"),
    "said": ("Karim Said", "karim.said", "Leistung Unfallversicherung\nInvalidität", "Accident Claims, Disability", "av", "-4722"),
    "hein": ("Laura Hein", "laura.hein", "Kundenservice Krankenversicherung", "Health Customer Service", "kv", "-3001"),
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


# --------------------------------------------------------------------------
# office documents and PDF, standard library only
# (XLSX/DOCX = ZIP + Office Open XML, ODS/ODT = ZIP + ODF XML with the
#  `mimetype` member stored first, PDF 1.4 with the standard Helvetica fonts,
#  an uncompressed text layer and a correct xref table)
# --------------------------------------------------------------------------

_STAMP = [dt.datetime(2026, 1, 2, 8, 0, 0)]   # set per mail before attachments are built
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CTRL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _x(s):
    """XML text escape (also drops control characters XML cannot hold)."""
    return xml_escape(_CTRL.sub("", "" if s is None else str(s)), {'"': "&quot;"})


def _pack(members, stamp, deflate=True):
    """members: list of (name, bytes|str, compress?) -> ZIP bytes with fixed member times."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, comp in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED if (comp and deflate) else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
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


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _ooxml_core(author, title=None):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    t = f"<dc:title>{_x(title)}</dc:title>" if title else ""
    return (_XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>"
            f"<cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _ooxml_app(app):
    return (_XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{app}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>")


_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OD_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _root_rels(main):
    return (_XML_HEAD + f'<Relationships xmlns="{_RELS_NS}">'
            f'<Relationship Id="rId1" Type="{_OD_REL}/officeDocument" Target="{main}"/>'
            f'<Relationship Id="rId2" Type="{_RELS_NS}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_OD_REL}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    shared, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(shared)
            shared.append(s)
        return sidx[s]

    sheet_xml = []
    for name, rows in sheets.items():
        ncol = max(len(r) for r in rows)
        cols = []
        for j in range(ncol):
            w = max((len(str(r[j])) if j < len(r) and r[j] is not None else 0) for r in rows)
            cols.append(f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, w + 2))}" customWidth="1"/>')
        rx = []
        for i, r in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(r):
                if v is None or v == "":
                    continue
                ref = f"{_col(j)}{i}"
                st = ' s="1"' if i == 1 else ""
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{st}><v>{repr(v) if isinstance(v, float) else v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{st} t="s"><v>{si(str(v))}</v></c>')
            rx.append(f'<row r="{i}">{"".join(cells)}</row>')
        dim = f"A1:{_col(ncol - 1)}{len(rows)}"
        sheet_xml.append(_XML_HEAD + f'<worksheet xmlns="{S_NS}" xmlns:r="{_OD_REL}"><dimension ref="{dim}"/>'
                         '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                         '<sheetFormatPr defaultRowHeight="15"/>'
                         f'<cols>{"".join(cols)}</cols><sheetData>{"".join(rx)}</sheetData>'
                         '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                         "</worksheet>")
    n = len(sheet_xml)
    names = list(sheets)
    wb = (_XML_HEAD + f'<workbook xmlns="{S_NS}" xmlns:r="{_OD_REL}"><bookViews><workbookView/></bookViews><sheets>' +
          "".join(f'<sheet name="{_x(nm[:31])}" sheetId="{k}" r:id="rId{k}"/>' for k, nm in enumerate(names, 1)) +
          "</sheets></workbook>")
    wbrels = (_XML_HEAD + f'<Relationships xmlns="{_RELS_NS}">' +
              "".join(f'<Relationship Id="rId{k}" Type="{_OD_REL}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                      for k in range(1, n + 1)) +
              f'<Relationship Id="rId{n + 1}" Type="{_OD_REL}/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 2}" Type="{_OD_REL}/sharedStrings" Target="sharedStrings.xml"/>'
              "</Relationships>")
    sst = (_XML_HEAD + f'<sst xmlns="{S_NS}" count="{len(shared)}" uniqueCount="{len(shared)}">' +
           "".join(f'<si><t xml:space="preserve">{_x(s)}</t></si>' for s in shared) + "</sst>")
    styles = (_XML_HEAD + f'<styleSheet xmlns="{S_NS}">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    ct = (_XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  for k in range(1, n + 1)) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    members = [("[Content_Types].xml", ct, True), ("_rels/.rels", _root_rels("xl/workbook.xml"), True),
               ("docProps/app.xml", _ooxml_app("Microsoft Excel"), True), ("docProps/core.xml", _ooxml_core(author), True),
               ("xl/workbook.xml", wb, True), ("xl/_rels/workbook.xml.rels", wbrels, True),
               ("xl/styles.xml", styles, True), ("xl/sharedStrings.xml", sst, True)]
    members += [(f"xl/worksheets/sheet{k}.xml", s, True) for k, s in enumerate(sheet_xml, 1)]
    data = _pack(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _docx(fn, blocks, author="Versicherer", octet=False, title=None):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def run(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        parts = []
        for k, line in enumerate(text.split("\n")):
            if k:
                parts.append("<w:br/>")
            for m, seg in enumerate(line.split("\t")):
                if m:
                    parts.append("<w:tab/>")
                if seg:
                    parts.append(f'<w:t xml:space="preserve">{_x(seg)}</w:t>')
        return f"<w:r>{rpr}{''.join(parts)}</w:r>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            lvl = b[2] if len(b) > 2 else 1
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/></w:pPr>{run(b[1])}</w:p>')
        elif b[0] in ("p", "small"):
            body.append(f"<w:p>{run(b[1], size=16 if b[0] == 'small' else None)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            cw = 9000 // ncol
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            x = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 f'<w:tblBorders>{bd}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>' +
                 "".join(f'<w:gridCol w:w="{cw}"/>' for _ in range(ncol)) + "</w:tblGrid>"]
            for i, r in enumerate(rows):
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/></w:tcPr>'
                                f"<w:p>{run('' if v is None else str(v), bold=(i == 0))}</w:p></w:tc>"
                                for v in list(r) + [""] * (ncol - len(r)))
                x.append(f"<w:tr>{cells}</w:tr>")
            x.append("</w:tbl><w:p/>")
            body.append("".join(x))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
            "</w:sectPr>")
    doc = (_XML_HEAD + f'<w:document xmlns:w="{W}" xmlns:r="{_OD_REL}"><w:body>' + "".join(body) + sect +
           "</w:body></w:document>")
    styles = (_XML_HEAD + f'<w:styles xmlns:w="{W}">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
              '<w:next w:val="Standard"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
              '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>'
              '<w:next w:val="Standard"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/>'
              '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
              '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
              '</w:tblCellMar></w:tblPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="NormaleTabelle"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
              "</w:styles>")
    ct = (_XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    docrels = (_XML_HEAD + f'<Relationships xmlns="{_RELS_NS}">'
               f'<Relationship Id="rId1" Type="{_OD_REL}/styles" Target="styles.xml"/></Relationships>')
    members = [("[Content_Types].xml", ct, True), ("_rels/.rels", _root_rels("word/document.xml"), True),
               ("docProps/app.xml", _ooxml_app("Microsoft Office Word"), True),
               ("docProps/core.xml", _ooxml_core(author, title), True),
               ("word/document.xml", doc, True), ("word/_rels/document.xml.rels", docrels, True),
               ("word/styles.xml", styles, True)]
    data = _pack(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf_text(s):
    """Text for an ODF paragraph: runs of spaces as <text:s/>, tabs as <text:tab/>."""
    out = []
    for k, seg in enumerate(("" if s is None else str(s)).split("\t")):
        if k:
            out.append("<text:tab/>")
        seg = _x(seg)
        seg = re.sub(r"(?<= ) +|^ +", lambda m: f'<text:s text:c="{len(m.group(0))}"/>', seg)
        out.append(seg)
    return "".join(out)


def _odf_pack(mime, content, author):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    meta = (_XML_HEAD.replace(' standalone="yes"', "") + f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
            f"<meta:initial-creator>{_x(author)}</meta:initial-creator><dc:creator>{_x(author)}</dc:creator>"
            f"<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date>"
            "<meta:editing-cycles>1</meta:editing-cycles></office:meta></office:document-meta>")
    styles = (_XML_HEAD.replace(' standalone="yes"', "") + f'<office:document-styles {_ODF_NS} office:version="1.2"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              "</office:styles></office:document-styles>")
    manifest = (_XML_HEAD.replace(' standalone="yes"', "") +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    members = [("mimetype", mime, False), ("content.xml", content, True), ("styles.xml", styles, True),
               ("meta.xml", meta, True), ("META-INF/manifest.xml", manifest, True)]
    return _pack(members, _STAMP[0])


def _ods(fn, sheets, author="Versicherer"):
    tabs = []
    for name, rows in sheets.items():
        ncol = max(len(r) for r in rows)
        x = [f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{ncol}"/>']
        for r in rows:
            cells = []
            for v in list(r) + [None] * (ncol - len(r)):
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{_odf_text(v)}</text:p></table:table-cell>')
            x.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        x.append("</table:table>")
        tabs.append("".join(x))
    content = (_XML_HEAD.replace(' standalone="yes"', "") + f'<office:document-content {_ODF_NS} office:version="1.2">'
               "<office:automatic-styles/><office:body><office:spreadsheet>" + "".join(tabs) +
               "</office:spreadsheet></office:body></office:document-content>")
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    return Att(fn, _odf_pack(mime, content, author), "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _odt(fn, blocks, author="Versicherer"):
    body = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            body.append(f'<text:h text:style-name="Heading" text:outline-level="1">{_odf_text(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                body.append(f'<text:p text:style-name="Standard">{_odf_text(line)}</text:p>')
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            x = [f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{ncol}"/>']
            for r in rows:
                cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{_odf_text(v)}</text:p></table:table-cell>'
                                for v in list(r) + [""] * (ncol - len(r)))
                x.append(f"<table:table-row>{cells}</table:table-row>")
            x.append("</table:table>")
            body.append("".join(x))
    content = (_XML_HEAD.replace(' standalone="yes"', "") + f'<office:document-content {_ODF_NS} office:version="1.2">'
               "<office:automatic-styles/><office:body><office:text>" + "".join(body) +
               "</office:text></office:body></office:document-content>")
    mime = "application/vnd.oasis.opendocument.text"
    return Att(fn, _odf_pack(mime, content, author), "application", "vnd.oasis.opendocument.text", kind="odt")


# --- PDF 1.4 ------------------------------------------------------------------

# Helvetica glyph widths (1/1000 em) for ASCII 32..126 (Adobe AFM)
_HELV_W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
           556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
           500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
           556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
           278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_PDF_MAP = str.maketrans({"≥": ">=", "≤": "<=", "→": "->", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "✓": "x",
                          "−": "-", "ł": "l", "ş": "s", "ğ": "g", "ı": "i", "ć": "c", "ń": "n", "ś": "s", "ż": "z"})
_PDF_W, _PDF_H = 595.28, 841.89


def _glyph_w(ch, bold=False):
    o = ord(ch)
    if 32 <= o <= 126:
        w = _HELV_W[o - 32]
    else:
        base = unicodedata.normalize("NFKD", ch)[:1]
        w = _HELV_W[ord(base) - 32] if base and 32 <= ord(base) <= 126 else 556
        if ch == "ß":
            w = 611
        elif ch in "€":
            w = 556
        elif ch in "–":
            w = 556
        elif ch in "—":
            w = 1000
    return w * (1.06 if bold else 1.0)


def _tw(s, size, bold=False):
    return sum(_glyph_w(c, bold) for c in s) * size / 1000.0


def _wrap(text, size, width, bold=False):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if _tw(cand, size, bold) <= width or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


def _pdf_str(s):
    b = s.translate(_PDF_MAP).encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """A small PDF 1.4 writer: Helvetica / Helvetica-Bold (WinAnsiEncoding),
    uncompressed content streams (a real text layer), correct xref table."""
    L, R, TOP, BOT = 56.7, 56.7, 51.0, 56.7
    avail = _PDF_W - L - R
    pages, cur = [], []
    y = [_PDF_H - TOP]

    def newpage():
        if cur:
            pages.append(list(cur))
            cur.clear()
        y[0] = _PDF_H - TOP

    def need(h):
        if y[0] - h < BOT:
            newpage()

    def text(x, s, size, bold=False):
        cur.append(b"BT /F%d %.1f Tf %.2f %.2f Td " % (2 if bold else 1, size, x, y[0]) + _pdf_str(s) + b" Tj ET")

    def line(x1, x2, yy, w=0.5):
        cur.append(b"%.1f w %.2f %.2f m %.2f %.2f l S" % (w, x1, yy, x2, yy))

    for b in _blocks(blocks):
        kind = b[0]
        if kind == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for ln in _wrap(b[1], size, avail, True):
                need(size + 4)
                y[0] -= size + 3
                text(L, ln, size, True)
            y[0] -= 6
        elif kind in ("p", "small"):
            size, lh = (10, 13) if kind == "p" else (7, 9)
            for ln in _wrap(b[1], size, avail):
                need(lh)
                y[0] -= lh
                if ln:
                    text(L, ln, size)
            y[0] -= 6 if kind == "p" else 3
        elif kind == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            size = 8.5
            while True:
                cw = [max(_tw(r[j], size, i == 0) for i, r in enumerate(rows)) + 6 for j in range(ncol)]
                if sum(cw) <= avail or size <= 5.5:
                    break
                size -= 0.5
            lh = size + 3.5
            for i, r in enumerate(rows):
                need(lh + 2)
                y[0] -= lh
                x = L
                for j, c in enumerate(r):
                    if c:
                        text(x + 2, c, size, i == 0)
                    x += cw[j]
                if i == 0:
                    line(L, L + sum(cw), y[0] - 3, 0.6)
            y[0] -= 10
    newpage()
    if not pages:
        pages = [[]]

    def ds(d):
        return d.strftime("D:%Y%m%d%H%M%S+00'00'")

    info = b"<< /Producer " + _pdf_str("Siegel dev22 corpus (stdlib PDF writer)") + b" /Creator " + _pdf_str("Versicherer Output")
    info += b" /Author " + _pdf_str(author)
    if title:
        info += b" /Title " + _pdf_str(title)
    info += b" /CreationDate (" + ds(_STAMP[0]).encode() + b") /ModDate (" + ds(_STAMP[0]).encode() + b") >>"
    np_ = len(pages)
    page_ids = [6 + 2 * k for k in range(np_)]
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % np_,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        5: info,
    }
    for k, ops in enumerate(pages):
        stream = b"\n".join(ops) + b"\n"
        pid = page_ids[k]
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (pid + 1))
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offs[i]
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (n, fid, fid, xref)
    data = bytes(out)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Check helper: verify the xref table and return the text layer of a PDF
    written above (or any PDF with uncompressed Tj strings)."""
    assert data.startswith(b"%PDF-1.") and b"%%EOF" in data[-16:], "not a PDF"
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, typ = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if typ == b"n":
            assert data[off:].startswith(b"%d %d obj" % (i, gen)), ("xref offset wrong", i)
    out = []
    for sm in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", sm.group(1), re.S):
            s = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            out.append(s.decode("cp1252", "replace"))
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
    salt = f"d22|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"{PREFIX}{n:04d}.eml"
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


# --------------------------------------------------------------------------
# --check: parse every mail, open every attachment (standard library only)
# --------------------------------------------------------------------------

_OD_MIME = {".ods": "application/vnd.oasis.opendocument.spreadsheet", ".odt": "application/vnd.oasis.opendocument.text"}


def _xml_all(z):
    import xml.etree.ElementTree as ET
    roots = {}
    for name in z.namelist():
        if name.endswith((".xml", ".rels")):
            roots[name] = ET.fromstring(z.read(name))
    return roots


def _itertext(root):
    return " ".join(t for t in root.itertext() if t.strip())


def open_office(fname, data):
    """Open an XLSX/DOCX/ODS/ODT the way a reader would: ZIP intact, every XML
    part well-formed, the parts a reader needs present and related; returns the
    document text."""
    low = fname.lower()
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, (fname, "bad zip member")
    roots = _xml_all(z)
    if low.endswith(".xlsx"):
        import xml.etree.ElementTree as ET
        ct = roots["[Content_Types].xml"]
        assert any(e.get("PartName") == "/xl/workbook.xml" for e in ct), fname
        rels = roots["xl/_rels/workbook.xml.rels"]
        sheets = [r.get("Target") for r in rels if r.get("Type", "").endswith("/worksheet")]
        assert sheets and all(f"xl/{t}" in roots for t in sheets), (fname, "sheet missing")
        sst = [_itertext(si) for si in roots.get("xl/sharedStrings.xml", ET.Element("x"))]
        ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
        out = []
        for t in sheets:
            for c in roots[f"xl/{t}"].iter(ns + "c"):
                v = c.find(ns + "v")
                if v is not None:
                    out.append(sst[int(v.text)] if c.get("t") == "s" else v.text)
        return " ".join(out)
    if low.endswith(".docx"):
        assert "word/document.xml" in roots and "[Content_Types].xml" in roots, fname
        assert "word/styles.xml" in roots, fname
        return _itertext(roots["word/document.xml"])
    if low.endswith((".ods", ".odt")):
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, (fname, "mimetype not first/stored")
        assert z.read("mimetype").decode() == _OD_MIME[low[-4:]], fname
        assert "META-INF/manifest.xml" in roots and "content.xml" in roots, fname
        return _itertext(roots["content.xml"])
    raise AssertionError(fname)


def check():
    from email import policy as P
    from email.parser import BytesParser
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "opened", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels.tsv header"
    lines = lines[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0

    def open_att(fn, fname, data):
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
            txt = open_office(fname, data)
            assert txt.strip(), (fn, fname, "empty document")
            stats["opened"][low.rsplit(".", 1)[1]] += 1
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            stats["opened"]["zip"] += 1
            for name in z.namelist():
                open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert pdf_text(data).strip(), (fn, fname, "empty PDF text")
            stats["opened"]["pdf"] += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
            assert b"BEGIN:VEVENT" in data, fn
            stats["opened"]["ics"] += 1
        elif low.endswith((".csv", ".tsv", ".txt", ".log", ".pem")):
            assert data, fn
            stats["opened"][low.rsplit(".", 1)[1]] += 1
        elif low.endswith(".eml"):
            inner = BytesParser(policy=P.default).parsebytes(data)
            assert not inner.defects, (fn, fname)
            walk(fn, inner)
            stats["opened"]["eml"] += 1
        else:
            raise AssertionError((fn, fname, "unknown attachment type"))

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
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload(0)
                assert inner["Message-ID"] and inner["From"], (fn, "forwarded mail without headers")
                stats["opened"]["message/rfc822"] += 1

    for (label, lang, kind, reason, m), line in zip(MAILS, lines):
        cols = line.split("\t")
        fn = cols[0]
        assert len(cols) == 5 and cols[1:] == [label, lang, kind, reason], (fn, "labels.tsv differs from generator")
        raw = (OUT / "mails" / fn).read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        msg = BytesParser(policy=P.default).parsebytes(raw)
        assert not msg.defects, (fn, msg.defects)
        assert msg["Message-ID"] not in mids, fn
        mids.add(msg["Message-ID"])
        assert msg["Date"].datetime.year == 2026, fn
        assert msg["From"].addresses[0].domain == DOM, (fn, "not sent from the insurer")
        stats["label"][label] += 1
        stats["lang"][lang] += 1
        stats["kind"][kind] += 1
        stats["ct"][msg.get_content_type()] += 1
        if m.get("att"):
            with_att += 1
        for k in att_kinds(m):
            stats["att"][k] += 1
        walk(fn, msg)
    print("mails:", len(MAILS), " with attachments:", with_att)
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
    ll = Counter((l, g) for l, g, *_ in MAILS)
    for l in LABELS.values():
        print(f"  {l}: de={ll[(l, 'de')]} en={ll[(l, 'en')]} total={ll[(l, 'de')] + ll[(l, 'en')]}")
    print("check OK")


MAILS = []


def M(label, lang_, kind, reason, **kw):
    lang = lang_
    assert label in LABELS, label
    assert lang in ("de", "en")
    assert kw.get("lang", lang) == lang, (reason, "lang mismatch")
    assert reason and "\t" not in reason and "\n" not in reason, reason
    kw["lang"] = lang
    MAILS.append((LABELS[label], lang, kind, reason, kw))


# ==========================================================================
# MAILS — every mail below is written by hand.
# ==========================================================================

# ---------------------------------------------------------------- batch 1 (d22-0001 … d22-0025)

M("S", "de", "insurer-to-customer", "health claim settlement: internist invoice with diagnosis J20.9, GOÄ positions, reimbursed amount; PDF statement attached",
  frm=ADDR("kroeger"), to="Bernhard Feldmann <b.feldmann@posteo.example>",
  subj="Ihre Leistungsabrechnung vom 12.01.2026 – Versicherungsnummer 410 2287 553",
  date="2026-01-12 14:22", sig="kroeger",
  body="""Sehr geehrter Herr Feldmann,

vielen Dank für die Einreichung der Rechnung von Dr. med. Claudia Ostermann (Innere Medizin, Bergisch Gladbach) vom 18.12.2025.

Die Rechnung betrifft die Behandlung Ihrer akuten Bronchitis (Diagnose J20.9) mit Untersuchung, Lungenfunktionsprüfung und Röntgen-Thorax. Wir haben alle Positionen nach GOÄ geprüft und erstatten den vollen Rechnungsbetrag:

  Rechnungsbetrag            243,17 EUR
  davon erstattungsfähig     243,17 EUR
  Selbstbehalt 2026 (Rest)   -60,00 EUR
  Auszahlung                 183,17 EUR

Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen. Die ausführliche Abrechnung finden Sie im Anhang.

Ihr jährlicher Selbstbehalt von 300 EUR ist damit für 2026 vollständig aufgebraucht – künftige Rechnungen in diesem Jahr erstatten wir tariflich ohne weiteren Abzug.

Mit freundlichen Grüßen
""",
  att=[PDF("Leistungsabrechnung_4102287553_20260112.pdf", [
      ("h", "Leistungsabrechnung"),
      "Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln",
      "Herrn Bernhard Feldmann\nAm Bockenberg 7\n51429 Bergisch Gladbach",
      "Versicherungsnummer: 410 2287 553    Tarif: KompaktPlus 300    Abrechnungsdatum: 12.01.2026",
      ("t", [["Datum", "GOÄ", "Leistung", "Faktor", "Betrag EUR"],
             ["18.12.2025", "1", "Beratung", "2,3", "10,72"],
             ["18.12.2025", "7", "Untersuchung Brustorgane", "2,3", "21,45"],
             ["18.12.2025", "605", "Ruhespirographische Untersuchung", "1,8", "29,50"],
             ["18.12.2025", "5137", "Röntgen Brustorgane, 2 Ebenen", "1,8", "75,77"],
             ["18.12.2025", "3550", "Blutbild", "1,15", "4,02"],
             ["22.12.2025", "3", "Eingehende Beratung", "2,3", "20,11"],
             ["22.12.2025", "75", "Ausführlicher Befundbericht", "2,3", "17,43"],
             ["", "", "Sachkosten / Porto", "", "64,17"]]),
      "Diagnose laut Rechnung: J20.9 Akute Bronchitis, nicht näher bezeichnet",
      "Erstattungsfähig: 243,17 EUR · Selbstbehalt: 60,00 EUR · Auszahlung: 183,17 EUR",
      ("small", "Bitte bewahren Sie die Originalbelege bis zum Ende des Kalenderjahres auf. Diese Abrechnung wurde maschinell erstellt."),
  ], title="Leistungsabrechnung 410 2287 553")])

M("N", "de", "internal", "trap: aggregate monthly receipt statistics (counts of doctors'/dentists' invoices, prescriptions) for the health-claims teams; no persons",
  frm=ADDR("jansen"), to="Leistungsservice KV Teamleitungen <lskv-teamleitung@versicherer.example>",
  cc=ADDR("brandt"),
  subj="Belegeingang Dezember 2025 – Auswertung",
  date="2026-01-07 09:05", sig="jansen", sigstyle="short",
  body="""Hallo zusammen,

anbei wie jeden Monat die Auswertung des Belegeingangs, diesmal für Dezember. Kurz das Wichtigste:

- insgesamt 61.480 Belege (Vormonat 54.912), der übliche Jahresendeffekt
- Anteil App-Einreichung erstmals über 58 %
- Zahnarztrechnungen +19 % ggü. November – viele Kunden reichen vor dem Jahreswechsel noch Heil- und Kostenpläne ein
- Durchlaufzeit ambulant im Mittel 4,1 Arbeitstage, stationär 6,8

Die Rückstände im Team Ambulant 2 sind seit KW 2 abgebaut, danke an alle, die da mitgezogen haben.

Viele Grüße
Wiebke
""",
  att=[XLSX("Belegeingang_2025-12.xlsx", {
      "Belegarten": [["Belegart", "Anzahl", "Vormonat", "Veränderung %", "Anteil App %"],
                     ["Arztrechnung ambulant", 27810, 25544, 8.9, 63.0],
                     ["Zahnarztrechnung / HKP", 9120, 7664, 19.0, 55.2],
                     ["Rezept / Arzneimittel", 14230, 13102, 8.6, 71.8],
                     ["Heilmittel", 4215, 3890, 8.4, 47.3],
                     ["Hilfsmittel", 1180, 1012, 16.6, 22.1],
                     ["Krankenhausrechnung", 2875, 2706, 6.2, 3.4],
                     ["Sonstige", 2050, 994, 106.2, 40.0]],
      "Durchlaufzeit": [["Team", "Ø Arbeitstage", "Rückstand Ende Monat"],
                        ["Ambulant 1", 3.8, 1210], ["Ambulant 2", 4.4, 2980], ["Zahn", 5.2, 1645],
                        ["Stationär", 6.8, 412], ["Hilfs-/Heilmittel", 4.9, 388]]},
      author="Wiebke Jansen")])

M("C", "de", "insurer-to-applicant", "job applicant: salary expectation and birth date of a named person; no health data",
  frm=ADDR("weiss"), to="Jasmin Kordes <jasmin.kordes@gmx.example>",
  subj="Ihre Bewerbung als Sachbearbeiter/in Pflegeversicherung (Kennziffer 2026-017)",
  date="2026-01-14 11:40", sig="weiss",
  body="""Sehr geehrte Frau Kordes,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Ihre Unterlagen haben uns gut gefallen, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich ein zu einem Gespräch am

    Dienstag, 27. Januar 2026, 10:00 Uhr
    Rheinuferstraße 12, 50667 Köln, Empfang Haus B

Gesprächspartner sind Herr Yilmaz (Teamleitung Pflegeversicherung) und ich.

Vorab zwei Punkte aus Ihren Unterlagen, damit wir im Gespräch nicht danach suchen müssen: Sie haben als Gehaltsvorstellung 46.500 EUR brutto jährlich angegeben und als frühestmöglichen Eintritt den 01.04.2026. In Ihrem Lebenslauf steht als Geburtsdatum der 03.09.1994 – das brauchen wir für die Anmeldung beim Empfang; bitte bringen Sie einen Lichtbildausweis mit.

Bitte bestätigen Sie den Termin kurz per Mail. Falls er Ihnen nicht passt, finden wir gern einen anderen.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "expat health: pre-authorisation of lumbar spine MRI, suspected disc herniation, named insured in Singapore",
  frm=ADDR("whitfield"), to="Marcus Lehmann <marcus.lehmann@lehmann-family.example>",
  subj="Pre-authorisation MRI – case IHS-26-00318",
  date="2026-01-15 08:12", sig="whitfield", client="outlook",
  body="""Dear Mr Lehmann,

Thank you for sending the referral from Dr Tan Wei Ming (Orchard Spine & Joint Clinic, Singapore).

I am pleased to confirm that we will cover the MRI of the lumbar spine requested by Dr Tan because of your persistent lower back pain radiating into the left leg and the suspected disc herniation at L5/S1. The pre-authorisation is valid for 60 days from today:

  Case number:       IHS-26-00318
  Policy:            GlobalCare Premium, member no. 77-410-2291-02
  Procedure:         MRI lumbar spine without contrast
  Provider:          Mount Elizabeth Novena Hospital, Radiology
  Approved amount:   up to SGD 1,450.00 (direct billing)

The hospital can bill us directly; please show your member card at registration. If Dr Tan recommends further treatment after the scan (for example an epidural injection or physiotherapy), just send us the report and we will look at it straight away.

I hope you feel better soon.

Kind regards
""")

M("N", "de", "newsletter", "trap: customer newsletter with general dental prevention tips and tariff information; no personal data",
  frm="Versicherer Gesundheitsnewsletter <newsletter@versicherer.example>",
  to="newsletter-kv@versicherer.example",
  subj="Gesund informiert – Februar 2026: Zähne, Vorsorge und Ihr Bonus",
  date="2026-02-02 07:00", client="system", mailer="Versicherer Newsletter-System 3.2",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  html=True,
  body="""Gesund informiert – Ausgabe Februar 2026

Liebe Leserinnen und Leser,

eine professionelle Zahnreinigung ein- bis zweimal im Jahr ist eine der wirksamsten Vorsorgemaßnahmen überhaupt. In unseren Zahntarifen ZahnPlus und ZahnPremium ist sie bis 150 Euro pro Kalenderjahr enthalten – ohne Wartezeit.

Drei Tipps von unserem beratenden Zahnarzt:
- Zahnzwischenräume täglich reinigen, die Zahnbürste allein erreicht sie nicht.
- Nach säurehaltigen Getränken 30 Minuten mit dem Putzen warten.
- Bei Zahnfleischbluten nicht weniger, sondern gründlicher putzen – und zum Zahnarzt gehen, wenn es länger als zwei Wochen anhält.

Neu in der App: Heil- und Kostenpläne können Sie jetzt direkt fotografieren und einreichen. Sie erhalten in der Regel innerhalb von fünf Arbeitstagen eine Zusage.

Beitragsrückerstattung: Wer 2025 keine Rechnungen eingereicht hat, erhält im Juli je nach Tarif bis zu drei Monatsbeiträge zurück. Sammeln Sie Ihre Belege deshalb bis zum Jahresende und entscheiden Sie dann.

Ihr Gesundheitsteam

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden: www.versicherer.example/newsletter/abmelden
Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln
""")

M("S", "de", "insurer-to-relative", "care level 3 result of the care assessment for a named insured mother, care allowance amounts; written to the daughter with power of attorney",
  frm=ADDR("yilmaz"), to="Sandra Wittkamp <s.wittkamp@t-online.example>",
  subj="Pflegegrad Ihrer Mutter, Frau Hildegard Wittkamp – Vertrag PT 88 120 447",
  date="2026-01-16 10:31", sig="yilmaz",
  body="""Sehr geehrte Frau Wittkamp,

wie telefonisch besprochen, hier die schriftliche Zusammenfassung. Ihre Vorsorgevollmacht für Ihre Mutter liegt uns vor, deshalb schreiben wir Ihnen direkt.

Das Gutachten von MEDICPROOF nach dem Hausbesuch am 08.01.2026 kommt auf 58,75 gewichtete Punkte. Damit ist Ihre Mutter ab dem 01.12.2025 (Antragsmonat) in den Pflegegrad 3 eingestuft. Die Gutachterin beschreibt vor allem die zunehmende Vergesslichkeit, die Unsicherheit beim Gehen nach dem Sturz im Oktober und den Hilfebedarf beim Duschen und bei der Medikamenteneinnahme.

Für Sie bedeutet das:

1. Aus der privaten Pflegepflichtversicherung zahlen wir das Pflegegeld von 599 EUR monatlich, solange Sie und Ihr Bruder die Pflege zu Hause übernehmen.
2. Aus dem Pflegetagegeld-Tarif PTG 50 Ihrer Mutter zahlen wir in Pflegegrad 3 zusätzlich 60 % des vereinbarten Tagessatzes, also 30 EUR pro Tag, monatlich rund 912 EUR.
3. Die Nachzahlung für Dezember und Januar überweisen wir in dieser Woche.

Bitte beachten Sie: Bei Pflegegrad 3 ist ein Beratungsbesuch nach § 37 Abs. 3 SGB XI einmal im Halbjahr vorgeschrieben. Meine Kollegin Frau Schmitz aus der Pflegeberatung meldet sich dazu bei Ihnen.

Das vollständige Gutachten schicken wir Ihnen auf Wunsch gern über unser Kundenportal zu.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-doctor", "trap: a practice manager's general question about submitting invoices digitally, answered generically; no patient",
  frm=ADDR("roth"), to="Praxis Dr. Kuhnert <verwaltung@praxis-kuhnert.example>",
  subj="AW: Rechnungen digital an Sie schicken?",
  date="2026-01-19 15:48", sig="roth", irt="<0a93f1e2-44b1-4c1c-9d1e-praxis@praxis-kuhnert.example>",
  body="""Sehr geehrte Frau Albers,

danke für Ihre Nachfrage. Kurz gesagt: Ja, das geht, aber nicht per einfacher E-Mail.

Arztrechnungen enthalten Diagnosen und gehören deshalb nicht in eine unverschlüsselte Mail. Es gibt zwei Wege:

1. Ihre Abrechnungsstelle (Sie nannten die PVS) kann Rechnungen über die Schnittstelle „Rechnung digital“ direkt an uns übertragen, wenn der Patient zugestimmt hat. Die PVS kennt das Verfahren.
2. Ihre Patientinnen und Patienten reichen die Rechnung wie bisher selbst ein, am bequemsten über unsere App.

Eine Direktabrechnung mit der Praxis bieten wir im ambulanten Bereich nicht an; die Rechnung geht immer an den Patienten.

Unser Merkblatt für Praxen finden Sie unter www.versicherer.example/praxen.

Mit freundlichen Grüßen
""",
  quote=OQ("Praxis Dr. Kuhnert <verwaltung@praxis-kuhnert.example>", "Montag, 19. Januar 2026 09:12",
           "vertragspartner@versicherer.example", "Rechnungen digital an Sie schicken?",
           """Guten Tag,

wir sind eine hausärztliche Gemeinschaftspraxis in Hürth und haben viele Privatpatienten bei Ihnen. Können wir unsere Rechnungen künftig direkt digital an Sie schicken, statt dass die Patienten das machen? An welche Adresse?

Mit freundlichen Grüßen
Petra Albers
Praxismanagerin"""))

M("C", "de", "insurer-to-customer", "household claim (water damage) with claim number and insured address of a named customer; no injury",
  frm=ADDR("demir"), to="Familie Brückner <brueckner.koeln@web.example>",
  subj="Leitungswasserschaden Kirchstraße 14 – Schaden-Nr. HR-2026-004519",
  date="2026-01-20 09:55", sig="demir",
  body="""Sehr geehrte Frau Brückner, sehr geehrter Herr Brückner,

danke für Ihre Schadenmeldung vom Wochenende und die Fotos. Gut, dass niemand zu Schaden gekommen ist.

Nach Ihrer Beschreibung ist am 17.01.2026 der Eckventil-Anschluss unter dem Waschbecken im Badezimmer Ihrer Wohnung in der Kirchstraße 14, 50996 Köln, undicht geworden; das Wasser ist in den Flur und in das darunterliegende Büro gelaufen. Ihre Hausratversicherung (Vertrag HR 7712 0045) umfasst Leitungswasserschäden.

So geht es weiter:
- Die Trocknung beauftragt in der Regel der Vermieter über seine Gebäudeversicherung. Bitte geben Sie ihm unsere Schadennummer.
- Für Ihren Hausrat (Teppich, Flurkommode, Kartons im Abstellraum) schicken Sie uns bitte eine kurze Liste mit Anschaffungsjahr und ungefährem Preis. Kaufbelege, soweit vorhanden, helfen.
- Den Teppich bitte noch nicht entsorgen, bis wir uns gemeldet haben.

Bei Schäden bis 2.000 Euro verzichten wir üblicherweise auf einen Sachverständigen.

Freundliche Grüße
""")

M("S", "de", "insurer-to-customer", "only in the quoted reply: customer describes her husband's stroke, hemiparesis, rollator and hearing aids; staff reply itself is short",
  frm=ADDR("petersen"), to="Renate Hülsmann <renate.huelsmann@gmx.example>",
  subj="AW: Rollator und Hörgeräte für meinen Mann",
  date="2026-01-21 13:03", sig="petersen", sigstyle="short",
  body="""Sehr geehrte Frau Hülsmann,

vielen Dank, die Unterlagen sind vollständig angekommen. Wir prüfen und melden uns bis Ende nächster Woche.

Freundliche Grüße
""",
  quote=OQ("Renate Hülsmann <renate.huelsmann@gmx.example>", "Dienstag, 20. Januar 2026 18:44",
           "hilfsmittel@versicherer.example", "Rollator und Hörgeräte für meinen Mann",
           """Sehr geehrte Damen und Herren,

mein Mann Heinz Hülsmann (Versicherungsnummer 330 4471 098) hatte im November einen Schlaganfall und ist seitdem rechts gelähmt, er kann aber mit Hilfe schon wieder kurze Strecken laufen. Die Reha in Bad Neuenahr ist jetzt zu Ende und der Hausarzt hat einen Rollator verordnet. Das Sanitätshaus will wissen, ob Sie das bezahlen.

Außerdem hört mein Mann seit dem Schlaganfall noch schlechter, der HNO-Arzt Dr. Behrens hat beidseitig Hörgeräte verschrieben, Kostenvoranschlag von Hörwelt Siegburg über 3.480 Euro liegt bei.

Ich habe alles eingescannt und angehängt: Verordnung Rollator, Verordnung Hörgeräte, Tonaudiogramm, Kostenvoranschlag.

Mit freundlichen Grüßen
Renate Hülsmann"""))

M("N", "en", "internal", "holiday cover rota of the international health team; colleagues named, no reasons for absence",
  frm=ADDR("obrien"), to="IHS Team <ihs-team@versicherer.example>",
  subj="Easter cover rota",
  date="2026-03-18 16:20", sig="obrien", sigstyle="name", client="thunderbird",
  body="""Hi all,

Easter is coming up fast, so here's the cover plan. Please check your slot and shout by Friday if something doesn't work.

[[rota]]

Phone queue: at least two people logged in 9-17 every working day. The Singapore hotline forwards to us from 2am our time as usual, so the early shift on Tuesday should check the overnight voicemails first thing.

If you swap, just update the shared calendar - no need to tell me.

Thanks!
Siobhan
""",
  tables={"rota": ([["Date", "Early (8-16)", "Late (10-18)", "Backup"],
                    ["Thu 2 Apr", "Emma", "Kwame", "Siobhan"],
                    ["Tue 7 Apr", "Lisa", "Kwame", "Emma"],
                    ["Wed 8 Apr", "Lisa", "Tomasz", "Siobhan"],
                    ["Thu 9 Apr", "Emma", "Tomasz", "Lisa"],
                    ["Fri 10 Apr", "Siobhan", "Kwame", "Tomasz"]], "pad")})

M("S", "de", "insurer-to-hospital", "cost coverage declaration for a named patient: planned cholecystectomy, ICD K80.20, OPS code, two-bed room",
  frm=ADDR("brandt"), to="Patientenaufnahme St. Elisabeth <aufnahme@st-elisabeth-koeln.example>",
  subj="Kostenübernahmeerklärung – Patientin Monika Schreiner, Aufnahme 02.02.2026",
  date="2026-01-26 11:18", sig="brandt",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte

  Monika Schreiner, geb. 14.05.1968
  Versicherungsnummer 410 5530 127, Tarif StationärPlus 2

übernehmen wir für die geplante Aufnahme am 02.02.2026 die Kosten der allgemeinen Krankenhausleistungen nach dem Krankenhausentgeltgesetz sowie die Wahlleistung Unterkunft Zweibettzimmer.

Angegebene Aufnahmediagnose: K80.20 Gallenblasenstein ohne Cholezystitis
Geplanter Eingriff: laparoskopische Cholezystektomie (OPS 5-511.11)
Voraussichtliche Verweildauer: 3 Tage

Die Wahlleistung Arzt ist im Tarif nicht versichert; bitte rechnen Sie Chefarztleistungen mit der Patientin direkt ab.

Bitte senden Sie die Rechnung mit Entlassungsanzeige und DRG-Angabe an uns, gern über den elektronischen Datenaustausch. Diese Erklärung gilt für 30 Tage ab Aufnahmedatum.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "travel cancellation because of redundancy (job loss), booking details and bank account of a named customer; no health content",
  frm=ADDR("seidel"), to="Oliver Grant <ogrant@fastmail.example>",
  subj="Your cancellation claim RR-26-01977 – payment",
  date="2026-01-27 10:02", sig="seidel", client="outlook",
  body=f"""Dear Mr Grant,

Thank you for sending the termination letter from your employer and the cancellation invoice from the tour operator.

As your employment with Brightline Logistics GmbH was terminated for operational reasons on 15 January 2026, the planned trip (Lisbon and the Algarve, 14-28 March 2026, booking no. TUX-5590184) is covered under your travel cancellation policy RR 4471 9920.

Cancellation fee charged by the tour operator:   EUR 1,236.00
Excess (20 %):                                     EUR -247.20
Amount paid:                                        EUR 988.80

We will transfer the amount to the account you gave us ({IB("DE", "50010517" + "5403318866")}, account holder Oliver Grant) within the next three working days.

I'm sorry about the job, and I hope you'll get to travel again soon.

Kind regards
""")

M("N", "de", "internal", "trap: training invitation on GOZ analogue positions for dental claims staff, ICS attached; no persons' health data",
  frm=ADDR("bauer"), to="Team Zahn <lskv-zahn@versicherer.example>", cc=ADDR("wendland"),
  subj="Einladung: Schulung GOZ-Analogleistungen sicher prüfen (10.02.)",
  date="2026-01-28 08:30", sig="bauer", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

auf Wunsch aus dem Team bieten wir eine Vertiefung zu Analogbewertungen nach § 6 Abs. 1 GOZ an. Referent ist Dr. Frank Lüders, Zahnarzt und Gutachter der Zahnärztekammer Nordrhein.

Inhalte:
- Welche Leistungen sind wirklich „nicht in der GOZ enthalten“?
- typische Analogpositionen bei Aligner-Therapie, Laser und digitaler Abformung
- Urteile 2025 und unsere aktuelle Linie
- Übungsfälle (anonymisiert)

Termin: Dienstag, 10.02.2026, 9:00–12:30 Uhr, Schulungsraum 3.14 (Haus A) und per Teams.
Die Einladung liegt als Kalendereintrag bei. Die Teilnahme zählt als Pflichtfortbildung nach IDD (3 Stunden).

Viele Grüße
Christian Bauer
""",
  att=[ICS("Schulung_GOZ_Analog.ics", "d22-goz-analog-20260210@versicherer.example",
           "Schulung GOZ-Analogleistungen", "20260210T090000", "20260210T123000",
           ("Christian Bauer", "christian.bauer@versicherer.example"),
           [("Team Zahn", "lskv-zahn@versicherer.example"), ("Tobias Wendland", "tobias.wendland@versicherer.example")],
           location="Schulungsraum 3.14, Haus A / Microsoft Teams",
           description="Referent: Dr. Frank Lüders. Bitte Laptop mitbringen. IDD-Fortbildung 3 Std.")])

M("S", "de", "insurer-to-customer", "dental treatment plan approval for an implant (region 36), GOZ positions and tariff benefit; HTML alternative with table",
  frm=ADDR("wendland"), to="Ayşe Korkmaz <ayse.korkmaz@icloud.example>",
  subj="Ihr Heil- und Kostenplan vom 20.01.2026 – Zusage",
  date="2026-01-29 12:41", sig="wendland", client="outlook", html=True,
  body="""Sehr geehrte Frau Korkmaz,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Nadja Petrović, für die Versorgung der Lücke regio 36 (Einzelzahnimplantat mit Krone) geprüft.

[[hkp]]

Nach Ihrem Tarif ZahnPremium 90 erstatten wir 90 % der erstattungsfähigen Kosten, also voraussichtlich 2.879,10 EUR von 3.199,00 EUR. Da der Zahn 36 laut Befund bereits im Oktober 2024 wegen einer Längsfraktur entfernt wurde, also vor Vertragsbeginn, greift die Regelung für „fehlende Zähne“: Wir haben das beim Vertragsschluss mit dem Zuschlag berücksichtigt, die Leistung ist daher nicht eingeschränkt.

Bitte reichen Sie nach Abschluss der Behandlung die Rechnung und die Laborrechnung ein. Weicht die Rechnung um mehr als 10 % vom Plan ab, prüfen wir die Differenz gesondert.

Mit freundlichen Grüßen
""",
  tables={"hkp": ([["GOZ", "Leistung", "Anzahl", "Betrag EUR"],
                   ["9000", "Implantatbezogene Analyse", "1", "121,37"],
                   ["9010", "Implantatinsertion regio 36", "1", "607,76"],
                   ["9040", "Freilegung", "1", "168,54"],
                   ["2200", "Krone (implantatgetragen)", "1", "513,98"],
                   ["–", "Implantat + Aufbau (Material)", "1", "780,00"],
                   ["–", "Labor (Vollkeramik)", "1", "1.007,35"],
                   ["", "Summe", "", "3.199,00"]], "pad")})

M("N", "de", "insurer-to-supplier", "order for lockable data-protection bins and shredding service for the claims floors; supplier is a company",
  frm=ADDR("krueger"), to="Auftragsannahme Rheinakten GmbH <auftrag@rheinakten.example>",
  subj="Bestellung 4500118732 – Datenschutzbehälter Leistungsabteilung",
  date="2026-02-03 10:15", sig="krueger",
  body="""Sehr geehrte Damen und Herren,

auf Basis des Rahmenvertrags RV-2024-031 bestellen wir:

  12 x Datenschutzbehälter 240 l, abschließbar, grau        (Pos. 10)
   4 x Konsolenbehälter 70 l für Büroflächen                 (Pos. 20)
  Leerung 14-täglich, Vernichtung Schutzklasse 3, P-4         (Pos. 30)

Lieferadresse: Rheinuferstraße 12, Haus A, 3. und 4. OG (Leistungsservice Krankenversicherung), Anlieferung über Tor 2, Ansprechpartnerin vor Ort Frau Richter (Facility Management, -1550).

Gewünschter Liefertermin: KW 8. Die bisherigen Behälter im 3. OG bitte bei der ersten Leerung abholen.

Bitte senden Sie uns die Vernichtungsprotokolle wie gewohnt monatlich an einkauf@versicherer.example.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-broker", "commission statement of a sole-trader broker: IBAN, tax number and commission income; no customer data",
  frm=ADDR("vogel"), to="Versicherungsbüro Hanna Steiger <info@steiger-versicherungen.example>",
  subj="Provisionsabrechnung Januar 2026 – Vermittlernummer 0847-1120",
  date="2026-02-04 14:27", sig="vogel",
  body=f"""Liebe Frau Steiger,

anbei die Eckdaten Ihrer Provisionsabrechnung für Januar; das PDF mit allen Einzelverträgen liegt wie immer im Vermittlerportal unter „Abrechnungen“.

  Abschlussprovision Sach/HUK          3.412,80 EUR
  Abschlussprovision Kranken (Zahn)    1.960,00 EUR
  Bestandsprovision                      844,15 EUR
  Stornoreserve (Einbehalt 10 %)        -537,30 EUR
  Auszahlung                           5.679,65 EUR

Die Auszahlung geht wie hinterlegt auf Ihr Geschäftskonto {IB("DE", "70150000" + "0024411870")} (Stadtsparkasse München). Als Einzelunternehmerin führen wir Sie weiterhin unter der Steuernummer 143/225/61038 ohne Umsatzsteuerausweis (§ 4 Nr. 11 UStG).

Bitte prüfen Sie, ob die neue Bankverbindung aus Ihrer Mail vom Dezember schon berücksichtigt werden sollte – bei uns ist noch das alte Konto hinterlegt. Eine kurze Bestätigung genügt.

Herzliche Grüße aus Köln
""")

M("S", "en", "insurer-to-doctor", "accident claim: request for a medical report about a named insured's scaphoid and radius fractures (S62.0, S52.5) after a skiing fall; list of medical questions",
  frm=ADDR("said"), to="Mr Conor Whelan FRCS <secretary.whelan@bonsecours-ortho.example>",
  subj="Medical report request – Ms Fiona Brennan, DOB 11/06/1987, accident 31 Dec 2025",
  date="2026-02-05 09:40", sig="said", client="outlook",
  body="""Dear Mr Whelan,

Your patient Ms Fiona Brennan holds a personal accident policy with us (policy UA 5120 3376) and has claimed for permanent impairment after a skiing accident in Austria on 31 December 2025. She has signed the enclosed authority releasing you from medical confidentiality towards us.

According to the discharge summary from Krankenhaus Zell am See she sustained a fracture of the scaphoid of the right wrist (S62.0) with an additional fracture of the distal radius (S52.5), treated with open reduction and internal fixation on 2 January 2026. We understand she has been under your care since her return to Cork.

We would be grateful for a report answering the following questions:

1. What is the current diagnosis and the treatment so far?
2. Has the fracture healed in a normal position? Please enclose the latest imaging report.
3. What are the current range-of-motion values of both wrists (neutral-zero method)?
4. Is there any pre-existing condition of the right hand or wrist?
5. Do you expect a permanent impairment? If so, how would you rate it in fractions of full hand function?

We will pay your fee of EUR 250 for the report on receipt of your invoice. Please send the report to us via our secure portal (a link follows in a separate mail) rather than by ordinary e-mail.

With kind regards
""")

M("N", "en", "newsletter", "trap: broker newsletter about international health product changes and premium tiers; no persons",
  frm="Versicherer Broker News <broker-news@versicherer.example>",
  to="broker-news-international@versicherer.example",
  subj="Broker News International – Q1 2026: GlobalCare tiers, new claims app, webinar dates",
  date="2026-02-06 07:30", client="system", mailer="Versicherer Newsletter-System 3.2",
  headers={"List-Unsubscribe": "<mailto:broker-news-unsubscribe@versicherer.example>", "Precedence": "bulk"},
  body="""BROKER NEWS INTERNATIONAL · Q1 2026

1) GlobalCare: three tiers instead of five
From 1 April 2026 new business is written in three tiers - Essential, Plus and Premium. Existing members keep their plan; a switch without new underwriting is possible at renewal within the same or a lower tier. Outpatient limits in Plus rise from EUR 15,000 to EUR 20,000.

2) Premiums 2026/27
Average premium change for renewals from 1 April: Europe zone +4.8 %, worldwide excl. USA +6.1 %, worldwide incl. USA +9.7 %. The main drivers are hospital prices in the Gulf states and Singapore and the strong increase in specialist outpatient costs. Your clients will receive their renewal letters six weeks before the renewal date.

3) Claims app 4.0
Members can now upload invoices in 14 languages and track reimbursements in real time. Direct billing is available at 2,300 hospitals worldwide.

4) Webinars
- 24 Feb, 10:00 CET: "Selling GlobalCare to families relocating to Asia"
- 10 Mar, 15:00 CET: "Underwriting basics: what happens to your client's health questionnaire"
Registration: www.versicherer.example/brokers/webinars

You receive this newsletter as a registered broker. Unsubscribe: broker-news-unsubscribe@versicherer.example
""")

M("S", "de", "internal", "case management discussion of a named insured with post-COVID syndrome (U09.9), long sickness-allowance payments and rehab proposal",
  frm=ADDR("haas"), to=ADDR("mertens"), cc=ADDR("kroeger"),
  subj="Fallbesprechung Tagegeld Herr Okonkwo (KT 410 7782 310)",
  date="2026-02-09 08:47", sig="haas", sigstyle="short",
  body="""Hallo Jan,

kannst du dir bis Donnerstag bitte den Fall Emeka Okonkwo ansehen? Eckdaten:

- 46 Jahre, selbständiger Elektroinstallateur, Krankentagegeld 180 EUR ab dem 43. Tag
- arbeitsunfähig seit 02.05.2025, Diagnose laut AU: U09.9 Post-COVID-Zustand, dazu G93.3 (Fatigue-Syndrom) und seit Dezember F32.1
- bisher gezahlt: knapp 39.000 EUR
- Hausarzt schreibt im letzten Bericht von „keiner wesentlichen Besserung, Belastbarkeit unter 2 Stunden täglich“
- Herr Okonkwo hat am Telefon selbst gefragt, ob es eine Reha gibt, die ihm hilft – er will unbedingt zurück in den Betrieb, hat aber Angst, dass er die Firma aufgeben muss

Mein Vorschlag: Wir bieten ihm eine Post-COVID-Reha in der Klinik Bad Salzelmen an (die haben ein eigenes Programm mit Pacing), Kostenzusage aus dem Tarif über Kulanz, und parallel klären wir, ob Berufsunfähigkeit im Sinne der Bedingungen im Raum steht – dann würde das Tagegeld ja enden. Bevor wir ihn damit konfrontieren, hätte ich gern deine Einschätzung, ob ein Gutachten jetzt sinnvoll ist oder erst nach der Reha.

Die Unterlagen liegen in der eAkte unter dem Vorgang.

Danke dir
Verena
""")

M("C", "de", "insurer-to-customer", "SEPA mandate change for household and private liability contracts of a named customer: new IBAN; no personal lines",
  frm=ADDR("kowalski"), to="Dirk Hampel <dirk.hampel@freenet.example>",
  subj="Neue Bankverbindung – Ihre Verträge HR 5510 2281 und PH 5510 2282",
  date="2026-02-10 16:05", sig="kowalski", sigstyle="short",
  body=f"""Sehr geehrter Herr Hampel,

wir haben Ihre neue Bankverbindung gespeichert:

  Kontoinhaber: Dirk Hampel
  IBAN: {IB("DE", "37010050" + "0998412206")}
  BIC: PBNKDEFFXXX

Ab dem 01.03.2026 buchen wir die Beiträge für Ihre Hausratversicherung (HR 5510 2281, 11,40 EUR monatlich) und Ihre Privathaftpflicht (PH 5510 2282, 6,95 EUR monatlich) von diesem Konto ab. Die Mandatsreferenz bleibt unverändert (VSR-5510-2281).

Die Februar-Beiträge wurden bereits vom alten Konto eingezogen.

Viele Grüße
""")

M("N", "de", "insurer-to-partner", "trap: framework price list with a medical-supply company (GmbH) for rollators and care beds; company bank details only",
  frm=ADDR("roth"), to="Andrea Wölk <a.woelk@sanivital-rheinland.example>",
  subj="Rahmenvertrag Hilfsmittel 2026 – Preisliste Anlage 2 (final)",
  date="2026-02-11 11:30", sig="roth",
  body=f"""Liebe Frau Wölk,

wie besprochen anbei die finale Fassung der Anlage 2 (Preisliste) zum Rahmenvertrag Hilfsmittel, gültig ab 01.04.2026. Gegenüber dem Entwurf vom 28.01. haben wir nur noch die Pauschale für die Lieferung und Einweisung bei Pflegebetten angepasst (jetzt 89 EUR statt 95 EUR).

Für die Zahlungen nutzen wir die im Vertrag angegebene Firmenbankverbindung der SaniVital Rheinland GmbH ({IB("DE", "37050198" + "1930046882")}); eine Änderung bitte nur schriftlich mit Unterschrift der Geschäftsführung.

Wenn von Ihrer Seite nichts mehr offen ist, schicke ich Ihnen nächste Woche zwei Originale zur Unterschrift.

Viele Grüße
""",
  att=[PDF("Rahmenvertrag_Hilfsmittel_Anlage2_Preisliste_2026.pdf", [
      ("h", "Rahmenvertrag Hilfsmittel – Anlage 2: Preisliste"),
      "zwischen Versicherer Krankenversicherung a.G., Köln, und SaniVital Rheinland GmbH, Bonn · gültig ab 01.04.2026",
      ("t", [["Pos.", "Hilfsmittel", "Hilfsmittelnummer", "Preis EUR netto", "Mietpauschale/Monat"],
             ["1", "Leichtgewichtrollator, faltbar", "10.50.04.1", "129,00", "–"],
             ["2", "Rollator Outdoor, luftbereift", "10.50.04.2", "189,00", "–"],
             ["3", "Pflegebett, elektrisch, 4-fach verstellbar", "19.40.01.1", "–", "62,00"],
             ["4", "Pflegebett niedrig (Niederflur)", "19.40.01.3", "–", "79,00"],
             ["5", "Aufrichter / Bettgalgen", "19.40.03.0", "–", "9,50"],
             ["6", "Toilettenstuhl mit Rollen", "33.40.01.2", "98,00", "–"],
             ["7", "Lieferung, Aufbau und Einweisung Pflegebett", "–", "89,00", "–"]]),
      "Wiedereinsatz: Zurückgegebene Mietgeräte werden hygienisch aufbereitet und wieder eingesetzt. Die Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer, soweit diese anfällt.",
      ("small", "Anlage 2 zum Rahmenvertrag RV-HM-2026-04. Änderungen bedürfen der Schriftform."),
  ], title="Preisliste Hilfsmittel 2026")])

M("S", "de", "therapist", "attachment-only: forwarded speech therapist's mail (message/rfc822) about a named child's stuttering therapy (F98.5); forwarding body is harmless",
  frm=ADDR("hein"), to=ADDR("petersen"),
  subj="WG: Logopädie – Rückfrage",
  date="2026-02-12 09:14", sig="hein", sigstyle="name",
  body="""Hallo Ole,

kam über das Kontaktformular-Postfach rein, gehört zu euch. Ich hab die Mail als Anhang drangehängt.

Gruß
Laura
""",
  att=[EML(INNER("Logopädie Am Stadtgarten <praxis@logo-stadtgarten.example>", "kontakt@versicherer.example",
                 "Logopädie – Rückfrage zur Kostenübernahme", "2026-02-11 17:52",
                 """Sehr geehrte Damen und Herren,

wir behandeln seit Oktober den kleinen Finn Mahlberg (geb. 22.03.2020), versichert über seinen Vater Jörg Mahlberg bei Ihnen, Versicherungsnummer 410 6613 902.

Finn stottert seit etwa eineinhalb Jahren deutlich (Diagnose des Kinderarztes: F98.5 Stottern), mit Blockierungen und inzwischen auch Mitbewegungen im Gesicht. Die Eltern berichten, dass er im Kindergarten kaum noch spricht. Wir arbeiten nach dem Lidcombe-Programm mit den Eltern.

Die ersten 10 Einheiten sind abgerechnet. Die Kinderärztin hat eine Folgeverordnung über weitere 20 Einheiten ausgestellt. Die Eltern haben gefragt, ob Sie die Kosten auch dafür übernehmen – der Vater hat eine Kostenzusage nur für die ersten zehn bekommen. Können Sie uns oder den Eltern Bescheid geben?

Mit freundlichen Grüßen
Katrin Ehlers
Logopädin, Praxis Am Stadtgarten, Köln""",
                 "<5b1e0c74-2f1a-4d9c-a0aa-0f3c17e9b412@logo-stadtgarten.example>"),
           "Logopädie – Rückfrage zur Kostenübernahme.eml")])

M("C", "en", "insurer-to-company", "marine cargo claim of a hospital group (company policyholder) with a named contact person; damaged ultrasound devices; no patient data",
  frm=ADDR("osei"), to="Dr. Annika Sommer <annika.sommer@medicura-kliniken.example>",
  subj="Cargo claim TR-26-0142 – ultrasound units damaged in transit (Rotterdam - Cologne)",
  date="2026-02-13 15:10", sig="osei", client="outlook",
  body="""Dear Dr Sommer,

Thank you for your notification and the photos. I have opened the claim under your company's open cargo policy (MediCura Kliniken GmbH, policy TR-OC 2210 4455).

What we know so far:
- Consignment: 6 portable ultrasound systems, shipped from the manufacturer in Rotterdam to your central warehouse in Cologne-Porz, CMR waybill RT-448810
- On delivery on 9 February two pallets showed impact damage; two units do not power up
- Invoice value of the two units: EUR 38,400

Next steps:
1. Please keep the damaged units and the packaging as they are. Our surveyor, Mr Hendrik Vos (Vos Marine Surveys), will contact you to inspect them next week.
2. Please send us the commercial invoice, the CMR with your reservation on it, and a copy of your letter holding the carrier liable.
3. If the manufacturer can repair the units, we will need their repair quote.

You mentioned that the devices are urgently needed for the new outpatient centre. If a replacement order has to be placed before the survey, let me know - we can usually agree that on the phone.

Best regards
""")

M("N", "de", "insurer-to-customer", "portal notification mail without content (new secure message); no data beyond the address",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>",
  to="m.ziegler@posteo.example",
  subj="Sie haben eine neue Nachricht im SecureMail-Portal",
  date="2026-02-16 10:47", client="system", mailer="Siegel Notification Service",
  body="""Guten Tag,

für Sie liegt eine neue vertrauliche Nachricht im SecureMail-Portal der Versicherer-Gruppe bereit.

Aus Sicherheitsgründen enthält diese Benachrichtigung keinen Inhalt. Bitte melden Sie sich an, um die Nachricht zu lesen:

https://securemail.versicherer.example/

Die Nachricht steht 90 Tage zur Verfügung und wird danach automatisch gelöscht. Wenn Sie noch kein Passwort haben, erhalten Sie in einer separaten E-Mail ein Einmal-Passwort.

Bitte antworten Sie nicht auf diese E-Mail.

Versicherer-Gruppe · Rheinuferstraße 12 · 50667 Köln
""")

M("S", "de", "insurer-to-customer", "child's occupational therapy approval: named son with ADHD (F90.0), prescription of 10 sessions, reimbursement",
  frm=ADDR("petersen"), to="Christina Baumgart <c.baumgart@web.example>",
  subj="Ergotherapie für Leon – Ihre Anfrage vom 09.02.2026",
  date="2026-02-17 13:36", sig="petersen",
  body="""Sehr geehrte Frau Baumgart,

vielen Dank für Ihre Anfrage und die Verordnung von Dr. Sarah Kemper (Kinder- und Jugendpsychiatrie, Leverkusen).

Für Ihren Sohn Leon (mitversichert in Ihrem Vertrag 410 3390 225) wurde wegen der diagnostizierten einfachen Aktivitäts- und Aufmerksamkeitsstörung (F90.0) Ergotherapie verordnet: 10 Behandlungen à 45 Minuten, sensomotorisch-perzeptive Behandlung, ein- bis zweimal wöchentlich.

Wir übernehmen die Kosten nach Ihrem Tarif zu 80 %, begrenzt auf die Höchstsätze unseres Heilmittelverzeichnisses (derzeit 52,40 EUR je Behandlung). Die Praxis Ergo im Zentrum berechnet 58,00 EUR je Einheit; die Differenz von 5,60 EUR je Einheit und der Eigenanteil von 20 % verbleiben bei Ihnen.

Eine Folgeverordnung reichen Sie bitte wieder vor Beginn der weiteren Behandlungen ein, gern zusammen mit einem kurzen Verlaufsbericht der Therapeutin.

Alles Gute für Leon!

Mit freundlichen Grüßen
""")


# ---------------------------------------------------------------- batch 2 (d22-0026 … d22-0050)

M("N", "en", "internal", "trap: aggregated health claims ratio and cost drivers by benefit type for the board pack; no persons",
  frm=ADDR("morgan"), to=ADDR("jansen"), cc=ADDR("winter"),
  subj="Board pack Q4 - health loss ratio page",
  date="2026-02-18 17:42", sig="morgan", sigstyle="short", client="outlook",
  body="""Hi Wiebke,

Thanks for the numbers. I've turned them into the one-pager for the board pack - could you sanity-check the table below before I send it to Marion on Friday?

[[lr]]

Commentary I've drafted (please shout if you disagree):
"The full-year loss ratio in comprehensive health rose by 2.1 points, driven mainly by inpatient costs (+7.4 % per insured) and psychotherapy (+12.9 %). Dental remained stable after the 2025 tariff adjustment. The premium adjustment from 1 January 2026 (average +6.8 %) is expected to bring the ratio back below 80 % in 2026."

One question: the psychotherapy line - is that outpatient only, or does it include the psychosomatic clinics? Board members always ask.

Cheers
James
""",
  tables={"lr": ([["Benefit type", "Claims 2025 EUR m", "Change per insured", "Share of claims"],
                  ["Outpatient (doctors)", "412.6", "+5.2 %", "31 %"],
                  ["Inpatient", "398.1", "+7.4 %", "30 %"],
                  ["Dental", "176.3", "+0.9 %", "13 %"],
                  ["Pharmaceuticals", "201.8", "+6.0 %", "15 %"],
                  ["Psychotherapy", "38.7", "+12.9 %", "3 %"],
                  ["Aids and therapies", "104.5", "+4.4 %", "8 %"],
                  ["Total / loss ratio", "1,332.0", "", "82.4 %"]], "pad")})

M("S", "en", "insurer-to-customer", "expat maternity: named member's pregnancy, due date, waiting period met, delivery pre-approved at a Dubai hospital",
  frm=ADDR("obrien"), to="Hannah Schilling <hannah.schilling@schilling-home.example>",
  subj="RE: Maternity cover - baby due in July",
  date="2026-02-19 11:26", sig="obrien", client="outlook", irt="<PR3P195MB0833A1C2D44E@PR3P195MB0833.eurprd.example>",
  body="""Dear Hannah,

Congratulations - and thank you for letting us know early, that makes everything easier.

I've checked your policy (GlobalCare Plus, member no. 77-502-1184-01): your maternity benefit has a 10-month waiting period, which you completed on 1 December 2025, so the pregnancy is fully covered. Based on the estimated due date you gave us (16 July 2026) I have already set up a pre-approval for the delivery at Mediclinic City Hospital, Dubai, under reference IHS-26-00702:

- routine antenatal care and scans: reimbursed at 100 % up to the outpatient limit
- delivery (normal or caesarean section) including up to 4 nights: direct billing, no excess
- newborn care for the first 30 days: covered under your policy

Please add your baby to the policy within 30 days of birth - then no health questions will be asked for the baby.

If your obstetrician, Dr Farah Haddad, recommends additional tests (e.g. the NIPT you mentioned), just send us the request beforehand.

All the best for the coming months!

Kind regards
""",
  quote=OQ("Hannah Schilling <hannah.schilling@schilling-home.example>", "18 February 2026 20:03",
           "ihs@versicherer.example", "Maternity cover - baby due in July",
           """Hi,
I'm 14 weeks pregnant (first baby!), due date is 16 July. We'd like to deliver at Mediclinic City Hospital here in Dubai. Is that covered and do I need to do anything in advance? My doctor also suggested a NIPT blood test.
Thanks, Hannah Schilling""", lang="en"))

M("C", "en", "insurer-to-customer", "pet insurance (animal health): cat's dental surgery vet bill for a named customer, reimbursement to IBAN",
  frm=ADDR("wagner"), to="Eleanor Price <eleanor.price@btinternet.example>",
  subj="Your claim for Mochi - TK-26-003310",
  date="2026-02-20 10:09", sig="wagner", client="thunderbird",
  body=f"""Dear Ms Price,

thank you for the invoice from Tierarztpraxis Dr. Lenz in Bonn. I'm glad Mochi came through the anaesthesia well.

The treatment (dental cleaning under general anaesthesia, extraction of two teeth affected by resorptive lesions, X-rays) is covered by your pet health policy TK 8810 2247 at the OP-Plus level:

  Invoice total (GOT, 2-fold rate)      EUR 684.37
  Covered                               EUR 684.37
  Annual excess                         EUR -100.00
  Payment                               EUR 584.37

We will transfer the amount to your account {IB("DE", "38070024" + "0316675500", group=4)} within the next few days.

Please note that the annual dental cleaning on its own (without a medical reason) is only covered up to EUR 50 a year.

Best wishes to Mochi
""")

M("N", "en", "insurer-to-supplier", "trap: framework agreement for medical translations with a translation agency (company); rates, confidentiality clause, company bank data",
  frm=ADDR("krueger"), to="Sarah Delaney <s.delaney@lingomed-translations.example>",
  subj="Framework agreement medical translations 2026-2028 - final comments",
  date="2026-02-23 14:50", sig="krueger", client="outlook",
  body="""Dear Ms Delaney,

Thank you for the revised draft. We are nearly there; our comments on the last open points:

1. Rates: we accept EUR 0.16 per source word for medical reports (DE<>EN, FR, ES, IT, PL, TR) and EUR 0.21 for less common languages. The express surcharge (24 h) stays at 50 %.
2. Data protection: the data processing agreement (Annex 3) must be signed together with the framework agreement. Documents are exchanged exclusively via our secure portal; no translator may use public machine-translation services.
3. Confidentiality: please add to § 9 that your translators are bound to secrecy under § 203 (4) StGB, as they assist us with information covered by professional secrecy. Our legal department insists on this wording.
4. Invoicing: monthly collective invoice to LingoMed Translations Ltd's German branch; payment within 30 days to the account stated in the agreement.

If you can confirm points 2 and 3, we will send the signature version via DocuSign next week.

Kind regards
""")

M("S", "en", "relative", "inline forward: a son abroad describes his father's dementia, falls and incontinence, asks about care benefits; forwarded internally",
  frm=ADDR("obrien"), to=ADDR("schmitz"), cc=ADDR("yilmaz"),
  subj="FW: My father's care - can someone help?",
  date="2026-02-24 09:33", sig="obrien", sigstyle="name",
  body="""Hi Gabriele,

this one landed in our IHS mailbox, but it's clearly for your team. Mr Reinholz lives in London and would prefer to correspond in English - could someone from Pflegeberatung call him? His number is in the mail.

Thanks!
""",
  quote=FW("Thomas Reinholz <t.reinholz@reinholz-consulting.example>", "23.02.2026, 22:17", "ihs@versicherer.example",
           "My father's care - can someone help?", """Dear Sir or Madam,

my father, Wolfgang Reinholz, has been insured with you for over 30 years (health and long-term care, I believe policy number 330 1187 204). He is 84 and lives alone in Kerpen. I live in London and can only visit every few weeks.

Over the last six months his dementia has become much worse. His GP, Dr Hoffmeister, says it is Alzheimer's. He has fallen twice at home since Christmas, once lying on the floor for several hours, and he is now incontinent at night. A neighbour looks in every day but this cannot go on.

I have a lasting power of attorney. What do I need to do to apply for a care level? Is there money for a care service or for a place in a care home? Can somebody come to see him?

I can be reached on +44 7700 900 418 (after 6 pm German time is best).

Kind regards,
Thomas Reinholz""", lang="en"), lang="en")

M("N", "en", "insurer-to-broker", "trap: generic underwriting guideline for applicants with asthma, answered to a broker without any client data",
  frm=ADDR("hasselbach"), to="Priya Desai <priya.desai@desai-financial.example>",
  subj="RE: Asthma - what can my clients expect?",
  date="2026-02-25 12:05", sig="hasselbach", client="outlook",
  body="""Dear Ms Desai,

Thank you for the general question - happy to give you an overview. Please understand that the actual decision always depends on the individual application.

For income protection (BU) and term life we usually see the following for asthma:

- Mild, intermittent asthma, only reliever spray, no hospital stays in the last 5 years: standard terms in most cases.
- Persistent asthma with daily inhaled steroids, well controlled, normal lung function: standard terms or a small extra premium (+25 %) for income protection; term life usually standard.
- Severe asthma (biologics, oral steroids, hospital admissions, frequent sick leave): individual assessment; exclusion or postponement is possible.

What speeds things up: the current lung function test, the exact medication with dose, and the number of days off work in the last 3 years. Our anonymous risk pre-check in the broker portal gives you an indicative answer within 48 hours without a formal application.

Best regards
""",
  quote="On Tue, 24 Feb 2026 at 17:51, Priya Desai <priya.desai@desai-financial.example> wrote:\n" + Q("""Dear Dr Hasselbach,
a general question before I start advising more young professionals: how do you usually treat asthma in income protection and life applications? No specific client yet.
Best regards
Priya Desai"""))

M("C", "en", "insurer-to-applicant", "job applicant for an actuarial role: current salary, expected salary and notice period of a named person",
  frm=ADDR("weiss"), to="Tomás Ferreira <tomas.ferreira.act@gmail.example>",
  subj="Your application - Actuary Health (ref. 2026-022): next steps",
  date="2026-02-26 16:30", sig="weiss", client="outlook",
  body="""Dear Mr Ferreira,

Thank you for the conversation with Mr Okafor and me on Tuesday. We were impressed and would like to invite you to a second interview with Dr Sander, our CEO, on 10 March at 14:00 (on site in Cologne, about 90 minutes incl. a short case study).

Regarding the package, I have noted from our conversation:
- current base salary: EUR 78,000 plus 12 % bonus
- your expectation: EUR 88,000 base, relocation support from Lisbon
- notice period: three months to the end of a quarter

We can work within that range; I will prepare an offer after the second interview. For the contract we will need your tax ID and social security number later, not now.

Please confirm the date, and let me know if you need a hotel - we have a corporate rate at the Hyatt Regency across the river.

Kind regards
""")

M("S", "en", "insurer-to-company", "attachment-only: group health enrolment list (CSV) with employees' names and birth dates sent to an employer's HR; body harmless",
  frm=ADDR("paulsen"), to="HR Benefits Nordwerk <benefits@nordwerk-systems.example>",
  subj="Group health scheme - enrolment reconciliation March",
  date="2026-02-27 08:55", sig="paulsen", client="outlook",
  body="""Dear Ms Kowalczyk,

As agreed, please find attached the reconciliation list for your group health scheme (bKV contract GK 7710 0318) as of 1 March. Could you check the rows marked "open" against your payroll and send us the corrections by 13 March?

Kind regards
""",
  att=[CSV("GK77100318_enrolment_2026-03.csv", [
      ["member_no", "surname", "first_name", "date_of_birth", "entry", "plan", "status"],
      ["GK-0318-0001", "Albers", "Jonas", "1985-04-12", "2024-01-01", "Outpatient+Dental", "active"],
      ["GK-0318-0002", "Baran", "Selin", "1991-11-03", "2024-01-01", "Outpatient+Dental", "active"],
      ["GK-0318-0003", "Chen", "Wei", "1988-07-29", "2024-07-01", "Outpatient", "active"],
      ["GK-0318-0004", "Dreyer", "Katrin", "1979-02-17", "2024-01-01", "Outpatient+Dental", "open"],
      ["GK-0318-0005", "Eckert", "Paul", "1996-09-08", "2025-03-01", "Outpatient+Dental", "active"],
      ["GK-0318-0006", "Fuchs", "Marie", "1983-12-21", "2025-10-01", "Dental", "open"],
      ["GK-0318-0007", "Gashi", "Arben", "1990-05-30", "2026-02-01", "Outpatient+Dental", "new"],
      ["GK-0318-0008", "Hoang", "Linh", "1993-01-14", "2024-01-01", "Outpatient", "left 2026-02-28"]],
      sep=",")])

M("N", "en", "internal", "trap: security awareness warning about phishing mails that pretend to deliver medical reports; no real persons",
  frm=ADDR("fischer"), to="All staff <alle@versicherer.example>",
  subj="Warning: phishing mails \"Your medical report is ready\"",
  date="2026-03-02 10:12", sig="fischer", sigstyle="short", importance="high",
  body="""Dear colleagues,

Since this morning we have been seeing a wave of phishing mails, mostly in English, with subjects like

  "Your medical report is ready for download"
  "Updated lab results - action required"
  "Hospital invoice #88412 overdue"

They contain a link to a fake login page that looks like our SecureMail portal. The sender addresses look like clinics or labs, e.g. results@mediclab-online.example.

Please:
- do not click the link and do not enter your password anywhere;
- use the "Report phishing" button in Outlook;
- if you have already clicked and entered your password, call the Service Desk immediately (-6000).

Real documents from hospitals and doctors never arrive as a download link to a login page - they come via the portal, by post or via the scanning centre.

Thank you for staying alert.
""")

M("C", "de", "insurer-to-customer", "motor claim (rear-end collision) with plate, claim number and policy of a named customer; nobody hurt; windows-1252",
  frm=ADDR("brenner"), to="Gerda Wollenweber <gerda.wollenweber@arcor.example>",
  subj="Ihr Kfz-Schaden vom 24.02.2026 – K-2026-0117734",
  date="2026-03-03 08:20", sig="brenner", charset="windows-1252",
  body="""Sehr geehrte Frau Wollenweber,

vielen Dank für Ihre Schadenmeldung. Es freut uns, dass bei dem Auffahrunfall niemand verletzt wurde.

Zusammengefasst: Sie standen am 24.02.2026 gegen 7:45 Uhr mit Ihrem Fahrzeug (VW Golf, amtl. Kennzeichen BM-GW 418) an der roten Ampel Luxemburger Straße / Bonnstraße in Hürth, als ein nachfolgender Transporter auf Sie auffuhr. Die Polizei hat den Unfall aufgenommen (Vorgangsnummer 260224-0745-114).

Da Sie den Schaden nicht verursacht haben, ist die Kfz-Haftpflichtversicherung des Unfallgegners zuständig. Wir haben den Versicherer des Transporters bereits informiert. Ihre Vollkaskoversicherung (Vertrag KF 4471 0092) müssen Sie nur in Anspruch nehmen, wenn die Gegenseite nicht zahlt – Ihr Schadenfreiheitsrabatt bleibt in diesem Fall erhalten.

Bitte schicken Sie uns noch Fotos vom Heck und, falls vorhanden, den Kostenvoranschlag Ihrer Werkstatt.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "rehabilitation: approval of inpatient follow-up rehab after knee replacement (M17.1) for a named insured, clinic and co-payment",
  frm=ADDR("haas"), to="Werner Schölzel <w.schoelzel@t-online.example>",
  subj="Kostenzusage Anschlussheilbehandlung – Versicherungsnummer 410 1294 077",
  date="2026-03-04 11:02", sig="haas",
  body="""Sehr geehrter Herr Schölzel,

die Klinik hat uns den Antrag auf Anschlussheilbehandlung nach Ihrer Knieoperation übermittelt. Ich hoffe, Sie haben die Operation gut überstanden.

Nach dem Bericht des Sozialdienstes wurde bei Ihnen am 25.02.2026 wegen der fortgeschrittenen Kniegelenksarthrose rechts (M17.1) eine Knie-Totalendoprothese eingesetzt. Wir übernehmen die Kosten der stationären Anschlussheilbehandlung:

  Klinik:          Reha-Zentrum Eifelhöhe, Daun (Orthopädie)
  Beginn:          voraussichtlich 09.03.2026, direkt nach der Entlassung
  Dauer:           21 Tage, Verlängerung nach ärztlicher Begründung möglich
  Leistung:        100 % der Pflegesatzkosten (Tarif StationärPlus 2), Unterbringung im Einbettzimmer
  Zuzahlung:       keine
  Fahrtkosten:     Liegendtransport ist nicht nötig; die Taxifahrt von der Klinik in Köln nach Daun erstatten wir

Die Klinik rechnet direkt mit uns ab. Falls nach der Reha eine ambulante Physiotherapie verordnet wird, reichen Sie die Verordnung bitte wie gewohnt ein.

Gute Besserung und eine erfolgreiche Reha!

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: project minutes on a new supplementary care tariff (assumptions, care-level probabilities, pricing), DOCX attached; no persons",
  frm=ADDR("winter"), to="Projekt Pflegezusatz 2027 <projekt-pz27@versicherer.example>",
  subj="Protokoll Projektrunde Pflegezusatz 2027 vom 03.03.",
  date="2026-03-05 15:22", sig="winter", sigstyle="short",
  body="""Hallo zusammen,

anbei das Protokoll von Dienstag. Offene Punkte für die nächste Runde (17.03.) sind markiert. Bitte Ergänzungen bis Montag direkt im Dokument mit Änderungsverfolgung.

Danke und Gruß
Paul
""",
  att=[DOCX("Protokoll_PZ27_2026-03-03.docx", [
      ("h", "Projekt Pflegezusatz 2027 – Protokoll der Projektrunde vom 03.03.2026"),
      "Teilnehmende: Produktmanagement (Winter), Aktuariat (Okafor), Vertrieb (Falk), Leistung Pflege (Yilmaz), Recht (Schreiber)",
      ("h", "1. Produktkonzept", 2),
      "Pflegetagegeld mit Staffel nach Pflegegrad (PG 1: 10 %, PG 2: 30 %, PG 3: 60 %, PG 4 und 5: 100 %), wahlweise mit Einmalleistung bei erstmaliger Einstufung in PG 2 oder höher. Beitragsbefreiung ab PG 3.",
      ("h", "2. Kalkulationsgrundlagen", 2),
      ("t", [["Annahme", "Wert", "Quelle", "Status"],
             ["Eintrittswahrscheinlichkeit PG 2+, Alter 60", "0,9 % p.a.", "PKV-Verband Pflegestatistik", "abgestimmt"],
             ["Eintrittswahrscheinlichkeit PG 2+, Alter 80", "8,7 % p.a.", "PKV-Verband Pflegestatistik", "abgestimmt"],
             ["Stornoannahme Jahr 1–3", "6 %", "eigener Bestand PTG 2018–2025", "offen"],
             ["Rechnungszins", "2,0 %", "Aktuariat", "abgestimmt"],
             ["Sicherheitszuschlag", "10 %", "Aktuariat", "offen"]]),
      ("h", "3. Gesundheitsfragen", 2),
      "Vertrieb wünscht maximal fünf Gesundheitsfragen (bisher neun). Recht weist auf die Anzeigepflicht nach § 19 VVG hin. Vorschlag Leistung: Fragen nach bestehender Pflegebedürftigkeit, Demenzdiagnose, Parkinson, Schlaganfall in den letzten 5 Jahren sowie laufender Dialyse. Entscheidung in der nächsten Runde.",
      ("h", "4. Offene Punkte", 2),
      "- Aktuariat: Beitragstabellen Alter 20–75 bis 17.03.\n- Vertrieb: Rückmeldung von drei Maklerpools zur Einmalleistung\n- Recht: AVB-Entwurf Teil III bis 31.03.",
  ], author="Paul Winter")])

M("S", "de", "insurer-to-customer", "pregnancy: employment ban and maternity protection, expected date of delivery, daily sickness allowance for a named self-employed insured",
  frm=ADDR("kroeger"), to="Lea Brandstätter <lea@brandstaetter-design.example>",
  subj="Krankentagegeld während Beschäftigungsverbot und Mutterschutz",
  date="2026-03-06 10:44", sig="kroeger",
  body="""Sehr geehrte Frau Brandstätter,

herzlichen Glückwunsch zur Schwangerschaft! Gern beantworte ich Ihre Fragen zum Krankentagegeld.

Nach dem Attest Ihrer Frauenärztin, Frau Dr. Yıldız, besteht wegen vorzeitiger Wehen und einer Zervixinsuffizienz seit dem 02.03.2026 ein ärztliches Beschäftigungsverbot. Als Selbständige bekommen Sie in dieser Zeit Krankentagegeld aus Ihrem Tarif KT 43 (150 EUR täglich ab dem 43. Tag) – allerdings nur, soweit Sie auch arbeitsunfähig sind. Das Attest spricht von „strenger Schonung, Liegen“, das reicht uns als Nachweis der Arbeitsunfähigkeit.

Für die Mutterschutzfristen gilt: sechs Wochen vor dem errechneten Entbindungstermin (bei Ihnen der 19.06.2026, also ab 08.05.2026) und acht Wochen danach zahlen wir nach § 192 Abs. 5 VVG ebenfalls Krankentagegeld in vereinbarter Höhe, ohne dass Arbeitsunfähigkeit bestehen muss. Die Karenzzeit von 42 Tagen gilt hierfür nicht.

Bitte schicken Sie uns
- die AU-Bescheinigungen im Abstand von zwei Wochen,
- eine Kopie des Mutterpasses (Seite mit dem errechneten Termin),
- nach der Geburt die Geburtsurkunde.

Alles Gute für Sie und Ihr Baby!

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: IT incident about the scanning line for doctors' invoices (OCR queue), ticket number; no documents or persons",
  frm="IT-Servicedesk <servicedesk@versicherer.example>", sender=ADDR("hoffmann"),
  to="Leistungsservice KV Teamleitungen <lskv-teamleitung@versicherer.example>",
  subj="[INC0048815] Störung Scanstraße 2 – Arztrechnungen verzögert",
  date="2026-03-09 07:58", client="outlook",
  body="""Hallo zusammen,

kurze Info zur Störung von heute Nacht:

Ticket:      INC0048815
Priorität:   2 (hoch)
Betroffen:   Scanstraße 2 (Posteingang Kranken), OCR-Klassifikation Arztrechnungen / Zahnarztrechnungen
Beginn:      09.03.2026, ca. 02:10 Uhr
Ursache:     volle Warteschlange nach fehlgeschlagenem Update des OCR-Moduls (Version 8.4.2)
Status:      Rollback auf 8.4.1 läuft, Abarbeitung des Staus ab ca. 10:00 Uhr

Auswirkung: Papierbelege vom Wochenende (ca. 9.200 Stück) erscheinen erst im Laufe des Tages in den Postkörben. Belege aus der App sind nicht betroffen.

Wir melden uns, sobald die Warteschlange abgearbeitet ist.

Viele Grüße
Lukas Hoffmann
IT-Servicedesk, -6000
""")

M("C", "de", "insurer-to-therapist", "provider agreement with a sole-proprietor physiotherapist: her IBAN, tax number and practice address; no patient data",
  frm=ADDR("roth"), to="Physiotherapie Meike Dornbusch <praxis@physio-dornbusch.example>",
  subj="Ihre Teilnahme am Therapeutennetzwerk – Vertragsunterlagen",
  date="2026-03-10 13:15", sig="roth",
  body=f"""Sehr geehrte Frau Dornbusch,

schön, dass Sie ab 01.04.2026 an unserem Therapeutennetzwerk teilnehmen. Anbei die Daten, die wir für den Vertrag und die Auszahlung der Netzwerkpauschale gespeichert haben – bitte prüfen Sie sie:

  Praxisinhaberin:     Meike Dornbusch, Physiotherapeutin (Einzelpraxis)
  Praxisanschrift:     Lindenallee 41, 50968 Köln
  IK-Nummer:           46 052 8817
  Steuernummer:        217/5093/1184 (Finanzamt Köln-Süd)
  Bankverbindung:      {IB("DE", "37050198" + "1018834417")}, Kontoinhaberin Meike Dornbusch

Die Qualitätspauschale von 600 EUR jährlich zahlen wir jeweils im Januar für das Vorjahr. Sie ist als Betriebseinnahme zu versteuern; eine Bescheinigung erhalten Sie von uns.

Die beiden Vertragsexemplare kommen mit der Post. Bitte senden Sie eines unterschrieben zurück.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-applicant", "underwriting follow-up questions for a named applicant's disability insurance: back pain, physiotherapy, psychotherapy sessions",
  frm=ADDR("schulte"), to="Jonas Pfeiffer <jonas.pfeiffer@outlook.example>",
  subj="Ihr Antrag auf Berufsunfähigkeitsversicherung – Rückfragen (Antrag 26-BU-004419)",
  date="2026-03-11 09:37", sig="schulte", cc="Finanzberatung Ostermann <info@ostermann-finanz.example>",
  body="""Sehr geehrter Herr Pfeiffer,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung über 2.000 EUR monatliche Rente. Ihr Berater, Herr Ostermann, erhält diese Mail in Kopie.

Bei den Gesundheitsfragen haben Sie angegeben, dass Sie 2024 wegen Rückenschmerzen in Behandlung waren und eine Psychotherapie gemacht haben. Damit unsere Gesellschaftsärztin den Antrag abschließend beurteilen kann, benötigen wir bitte noch:

1. Rückenschmerzen: Welche Diagnose wurde gestellt (z. B. Bandscheibenvorfall, Lumbago)? Gab es eine Bildgebung (MRT)? Wie viele Physiotherapie-Behandlungen hatten Sie, und sind Sie seit wann beschwerdefrei? Waren Sie deswegen arbeitsunfähig, und wenn ja, wie lange?
2. Psychotherapie: Wie lautete die Diagnose? Wie viele Sitzungen hat die Therapie umfasst, und wann wurde sie beendet? Nehmen oder nahmen Sie Medikamente (z. B. Antidepressiva)?

Am einfachsten ist ein kurzer Befundbericht Ihrer Therapeutin und Ihres Orthopäden; die Kosten dafür übernehmen wir. Alternativ können Sie unseren Fragebogen „Wirbelsäule“ und „Psyche“ ausfüllen – ich schicke Ihnen beide gern über das Kundenportal.

Bitte antworten Sie nicht mit medizinischen Unterlagen auf diese E-Mail, sondern nutzen Sie das Portal.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: prospect's general question about supplementary care insurance at 55 answered with generic product information; no contract, birth date or health data",
  frm=ADDR("hein"), to="Ulrich Kamphausen <u.kamphausen@gmx.example>",
  subj="AW: Pflegezusatzversicherung – lohnt sich das noch mit 55?",
  date="2026-03-12 14:18", sig="hein",
  body="""Sehr geehrter Herr Kamphausen,

vielen Dank für Ihr Interesse. Eine pauschale Antwort gibt es nicht, aber ein paar Orientierungspunkte:

- Mit 55 ist ein Abschluss gut möglich. Der Beitrag ist höher als mit 35, dafür zahlen Sie kürzer ein. Im Tarif PflegeFlex liegt der Monatsbeitrag für 50 EUR Tagegeld bei Eintrittsalter 55 derzeit zwischen 48 und 71 EUR, je nach Leistungsstufe.
- Die gesetzliche Pflegeversicherung deckt im Pflegeheim im Schnitt nur rund die Hälfte der Kosten; der Eigenanteil liegt in Nordrhein-Westfalen aktuell bei über 3.000 EUR im Monat.
- Es gibt Gesundheitsfragen. Wer bereits pflegebedürftig ist oder bestimmte Vorerkrankungen hat, kann nicht aufgenommen werden.
- Die staatliche Förderung („Pflege-Bahr“, 5 EUR im Monat) gibt es ohne Gesundheitsprüfung, die Leistungen sind aber deutlich niedriger.

Eine unverbindliche Beispielrechnung und die Produktinformationen finden Sie unter www.versicherer.example/pflege. Wenn Sie möchten, vereinbart Ihnen unser Außendienst einen Beratungstermin – einfach kurz antworten.

Mit freundlichen Grüßen
""",
  quote=OQ("Ulrich Kamphausen <u.kamphausen@gmx.example>", "Mittwoch, 11. März 2026 21:40", "info@versicherer.example",
           "Pflegezusatzversicherung – lohnt sich das noch mit 55?",
           """Hallo,
ich bin 55 und überlege, ob ich noch eine Pflegezusatzversicherung abschließen soll. Lohnt sich das überhaupt noch? Was kostet das ungefähr?
Gruß U. Kamphausen"""))

M("S", "de", "insurer-to-customer", "HTML-only: pharmacy receipts settlement with drug names, doses and PZN for a named insured",
  frm="Versicherer Leistungsabrechnung <leistung-noreply@versicherer.example>",
  to="Karl-Heinz Mauritz <kh.mauritz@web.example>",
  subj="Abrechnung Ihrer Arzneimittelbelege – Versicherungsnummer 410 8874 116",
  date="2026-03-13 06:10", client="system", mailer="VERSO Output Management 7.4",
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Abrechnung Arzneimittel</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Sehr geehrter Herr Mauritz,</p>
<p>wir haben Ihre am 09.03.2026 eingereichten Apothekenbelege abgerechnet:</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef5"><th>Datum</th><th>Arzneimittel</th><th>PZN</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>12.02.2026</td><td>Metformin 1000 mg, 180 St.</td><td>02154870</td><td>19,96 €</td><td>19,96 €</td></tr>
<tr><td>12.02.2026</td><td>Ramipril 5 mg, 100 St.</td><td>06784205</td><td>15,45 €</td><td>15,45 €</td></tr>
<tr><td>12.02.2026</td><td>Atorvastatin 20 mg, 100 St.</td><td>01589302</td><td>17,89 €</td><td>17,89 €</td></tr>
<tr><td>26.02.2026</td><td>Ozempic 1 mg Injektionslösung, 1 Pen</td><td>16204378</td><td>273,37 €</td><td>273,37 €</td></tr>
<tr><td>26.02.2026</td><td>Blutzuckerteststreifen, 100 St.</td><td>04301622</td><td>39,90 €</td><td>39,90 €</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>366,57 €</b></td><td><b>366,57 €</b></td></tr>
</table>
<p>Der Betrag von <b>366,57 €</b> wird in den nächsten Tagen auf Ihr Konto überwiesen.</p>
<p>Hinweis: Für Ozempic liegt uns die Begründung Ihres Diabetologen vom 20.01.2026 vor (Diabetes mellitus Typ 2, E11.9, unzureichende Einstellung unter Metformin). Die Kostenübernahme gilt bis 31.12.2026.</p>
<p>Mit freundlichen Grüßen<br>Ihr Leistungsservice Krankenversicherung</p>
<p style="font-size:11px;color:#666">Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln · Diese Nachricht wurde automatisch erstellt.</p>
</body></html>
""")

M("C", "de", "internal", "payroll: salary increase and new pay grade of a named employee after promotion; no health data",
  frm=ADDR("weiss"), to="Entgeltabrechnung <payroll@versicherer.example>",
  subj="Gehaltsänderung zum 01.04.2026 – PNr. 20417",
  date="2026-03-16 11:50", sig="weiss", sigstyle="short",
  body="""Hallo Frau Engelmann,

bitte ab April folgende Änderung einpflegen:

  Mitarbeiterin:    Sabine Kröger, PNr. 20417
  Funktion neu:     Teamleitung Ambulant 2 (bisher Sachbearbeiterin)
  Tarifgruppe:      VIII / 5. Berufsjahr (bisher VI / 11. BJ)
  Monatsgehalt neu: 5.640 EUR brutto (bisher 4.815 EUR)
  Funktionszulage:  240 EUR monatlich, widerruflich
  Wirksam ab:       01.04.2026

Der unterschriebene Änderungsvertrag liegt in der Personalakte. Frau Kröger hat ihre Bankverbindung nicht geändert.

Danke und viele Grüße
Nadine Weiß
""")

M("N", "de", "insurer-to-customer", "one-time password mail for a new portal account; no personal or contract data",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>",
  to="jonas.pfeiffer@outlook.example",
  subj="Ihr Einmal-Passwort für das SecureMail-Portal",
  date="2026-03-16 12:02", client="system", mailer="Siegel Notification Service",
  body="""Guten Tag,

für Ihre E-Mail-Adresse wurde ein Zugang zum SecureMail-Portal der Versicherer-Gruppe eingerichtet.

Ihr Einmal-Passwort lautet:

    7Hq-rW4e-Zp9K

Den Link zur Anmeldung erhalten Sie in einer zweiten E-Mail. Bei der ersten Anmeldung vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage. Das Einmal-Passwort ist 7 Tage gültig.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Versicherer-Gruppe · Rheinuferstraße 12 · 50667 Köln
""")

M("S", "de", "insurer-to-assessor", "commission of a disability (BU) medical report for a named roofer with lumbar disc herniation (M51.1), questions to the reviewer",
  frm=ADDR("kaya"), to="Dr. med. Reinhard Voss <gutachten@praxis-voss-orthopaedie.example>",
  subj="Gutachtenauftrag BU – Herr Dennis Lamprecht, Leistungsfall BU-2025-3381",
  date="2026-03-17 10:26", sig="kaya",
  body="""Sehr geehrter Herr Dr. Voss,

wir beauftragen Sie mit einem orthopädischen Gutachten in folgender Sache:

  Versicherte Person:  Dennis Lamprecht, geb. 30.07.1981, wohnhaft in Frechen
  Vertrag:             BU 7720 4415 (Berufsunfähigkeitsrente 1.800 EUR monatlich)
  Beruf:               Dachdecker-Geselle, Vollzeit, überwiegend Steildach
  Leistungsantrag:     12.11.2025, arbeitsunfähig seit 04.08.2025

Herr Lamprecht erlitt im August 2025 einen Bandscheibenvorfall L4/L5 mit Wurzelreizung links (M51.1), der am 19.09.2025 mikrochirurgisch operiert wurde. Laut dem Reha-Entlassungsbericht besteht weiter eine Fußheberschwäche links (Kraftgrad 4/5) und eine eingeschränkte Belastbarkeit für schweres Heben und Arbeiten in Zwangshaltung.

Bitte beantworten Sie insbesondere:
1. Welche Gesundheitsstörungen liegen vor, und seit wann?
2. Welche Tätigkeiten aus der beigefügten Tätigkeitsbeschreibung (Anlage 3) kann Herr Lamprecht noch ausüben, in welchem zeitlichen Umfang?
3. Ist eine Besserung zu erwarten, und in welchem Zeitraum?
4. Besteht eine Berufsunfähigkeit von mindestens 50 % voraussichtlich für mindestens sechs Monate?

Die Akte (Operationsbericht, MRT-Befunde, Reha-Bericht, Tätigkeitsbeschreibung, Schweigepflichtentbindung) stellen wir Ihnen im Portal bereit. Herr Lamprecht ist über die Begutachtung informiert und wartet auf Ihre Einladung.

Honorar nach Vereinbarung (M2 JVEG-analog), bitte Termin innerhalb von vier Wochen.

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "trap: broker newsletter on the 2026 long-term care reform with general benefit amounts; no persons",
  frm="Versicherer Vertriebsinformation <vertriebsinfo@versicherer.example>",
  to="makler-verteiler-kv@versicherer.example",
  subj="Pflege kompakt 1/2026 – was sich für Ihre Kunden ändert",
  date="2026-03-18 07:15", client="system", mailer="Versicherer Newsletter-System 3.2",
  headers={"List-Unsubscribe": "<mailto:vertriebsinfo-abmelden@versicherer.example>", "Precedence": "bulk"},
  html=True, tables={"pg": ([["Pflegegrad", "Pflegegeld", "Pflegesachleistung", "vollstationär"],
                             ["1", "–", "–", "131 €"],
                             ["2", "347 €", "796 €", "805 €"],
                             ["3", "599 €", "1.497 €", "1.319 €"],
                             ["4", "800 €", "1.859 €", "1.855 €"],
                             ["5", "990 €", "2.299 €", "2.096 €"]], "pad")},
  body="""Pflege kompakt 1/2026

Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

seit Jahresbeginn gelten die Leistungsbeträge der sozialen und privaten Pflegepflichtversicherung unverändert weiter; die nächste gesetzliche Dynamisierung ist für 2028 vorgesehen. Zur Erinnerung die monatlichen Beträge:

[[pg]]

Was bedeutet das für die Beratung? Die Lücke zwischen Heimkosten und Pflegeversicherung wächst weiter. Der durchschnittliche Eigenanteil im ersten Jahr im Heim liegt bundesweit inzwischen bei knapp 3.000 € monatlich.

Neu bei uns: Im Tarif PflegeFlex ist ab April eine Einmalleistung von 5.000 € bei erstmaliger Einstufung in Pflegegrad 2 oder höher wählbar. Die Gesundheitsfragen bleiben unverändert.

Webinar „Pflegelücke verständlich erklären“: 15. April, 10 Uhr. Anmeldung im Vermittlerportal.

Ihr Team Vertrieb Krankenversicherung
""")

M("C", "de", "insurer-to-customer", "e-bike theft under household insurance: named customer, policy, frame number, police report; no health data",
  frm=ADDR("demir"), to="Johanna Verhoeven <johanna.verhoeven@posteo.example>",
  subj="Diebstahl Ihres E-Bikes – Schaden HR-2026-006881",
  date="2026-03-19 15:34", sig="demir", client="thunderbird",
  body="""Sehr geehrte Frau Verhoeven,

danke für Ihre Meldung und die Kopie der Diebstahlsanzeige (Polizeipräsidium Köln, Tagebuchnummer 2026/031177).

Ihr E-Bike (Riese & Müller Charger4, Rahmennummer WRM4471882C) wurde nach Ihren Angaben in der Nacht vom 14. auf den 15.03.2026 aus dem verschlossenen Fahrradkeller des Mehrfamilienhauses Weißhausstraße 9 entwendet. Ihre Hausratversicherung (HR 6620 1183) enthält die Fahrradklausel mit einer Entschädigungsgrenze von 5.000 EUR.

Für die Regulierung benötigen wir noch:
- den Kaufbeleg (Sie schrieben, er liege bei Ihren Eltern),
- beide Schlüssel des Akkuschlosses, bzw. eine Erklärung, wo sie sich befinden,
- eine Bestätigung der Polizei, falls das Rad innerhalb von vier Wochen nicht aufgefunden wird.

Danach zahlen wir den Wiederbeschaffungswert, höchstens 5.000 EUR.

Mit freundlichen Grüßen
""")

M("S", "de", "dentist", "inline forward: a dentist's mail with a periodontitis treatment plan (stage III, grade B), smoking and diabetes of a named patient, forwarded to the medical advisor",
  frm=ADDR("wendland"), to=ADDR("mertens"),
  subj="WG: PAR-Behandlung Frau Demmer – Begründung",
  date="2026-03-20 09:05", sig="wendland", sigstyle="short", client="thunderbird",
  body="""Hallo Jan,

kannst du dir die Begründung bitte anschauen? Die Praxis will die volle PAR-Strecke inkl. Antibiose und UPT für zwei Jahre, der Plan liegt bei 4.180 EUR. Ich bin mir bei der Antibiose nicht sicher, ob das mit dem Diabetes begründet ist.

Danke
Tobias
""",
  quote=FW("Zahnarztpraxis Dr. Kessler <praxis@zahnarzt-kessler-bonn.example>", "19.03.2026, 16:48",
           "zahn@versicherer.example", "PAR-Behandlung Frau Demmer – Begründung", """Sehr geehrter Herr Wendland,

wie telefonisch besprochen die Begründung zum Heil- und Kostenplan für unsere Patientin Frau Ingrid Demmer (Versicherungsnummer 410 2258 741):

Befund: generalisierte Parodontitis Stadium III, Grad B, Sondierungstiefen bis 7 mm an 14 Stellen, Attachmentverlust bis 6 mm, Furkationsbefall Grad II an 16 und 26.
Risikofaktoren: Raucherin (ca. 15 Zigaretten/Tag), Diabetes mellitus Typ 2 mit HbA1c 7,9 % (Befund Hausarzt vom 02/2026).

Geplant: AIT geschlossen in zwei Sitzungen, adjuvante systemische Antibiose (Amoxicillin 500 mg + Metronidazol 400 mg, 7 Tage) wegen Grad B mit Diabetes, BEV nach 3 Monaten, UPT über 24 Monate.

Mit freundlichen Grüßen
Dr. Martin Kessler"""))

M("N", "de", "internal", "colleague's farewell coffee; names only, no reasons, sent from a mobile",
  frm=ADDR("kroeger"), to="Team Ambulant 2 <lskv-amb2@versicherer.example>",
  subj="Kuchen Freitag :)",
  date="2026-03-25 18:12", client="mobile",
  body="""Hallo ihr Lieben,

Freitag ist Gerdas letzter Tag vor der Rente 🎉 Wir treffen uns um 14:30 in der Teeküche 3. OG. Kuchen bring ich mit, wer mag kann was salziges mitbringen. Für das Geschenk sammelt Mehmet noch bis Donnerstag (Umschlag liegt bei ihm aufm Tisch).

Bitte nix verraten!!

LG Sabine
""")


# ---------------------------------------------------------------- batch 3 (d22-0051 … d22-0075)

M("N", "de", "internal", "trap: ICD-10-GM 2027 update note for claims staff listing new and changed codes in general; no persons",
  frm=ADDR("mertens"), to="Leistungsservice Kranken alle <lskv-alle@versicherer.example>",
  subj="ICD-10-GM 2027: was sich für die Leistungsprüfung ändert",
  date="2026-03-26 13:30", sig="mertens", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

das BfArM hat die Vorabfassung der ICD-10-GM 2027 veröffentlicht. Für uns relevant sind vor allem folgende Änderungen (gültig für Behandlungen ab 01.01.2027):

1. Post-COVID: U09.9 bleibt, neu sind Zusatzkennzeichen für die führende Symptomatik (Fatigue, kognitive Störungen). Bei Tagegeldfällen bitte darauf achten, dass die Kodierung zur Befundlage passt.
2. Adipositas: E66.- wird weiter nach BMI-Klassen untergliedert. Das betrifft die Prüfung von Anträgen auf bariatrische Operationen und GLP-1-Analoga.
3. Long-term-Effekte nach Krebserkrankungen: neue Schlüssel im Bereich Z85.- / Z92.-.
4. Psychische Störungen: F43.8 wird aufgeteilt; die Unterscheidung zwischen Anpassungsstörung und sonstiger Belastungsreaktion wird feiner.
5. Seltene Erkrankungen: weitere Orpha-Kennnummern als Zusatz.

Die Regelwerke in der Leistungsprüfung (Plausibilitätsprüfung Diagnose – Leistung) passen wir bis Oktober an. Fachliche Ansprechpartnerin für die Regelwerke ist Frau Jansen.

Eine Übersichtstabelle folgt, sobald die endgültige Fassung im September vorliegt.

Beste Grüße
Jan Mertens
""")

M("N", "en", "insurer-to-partner", "trap: aggregated disability (BU) claims incidence by ICD chapter and age band for the reinsurer, XLSX attached; small cells merged, no persons",
  frm=ADDR("stone"), to="Dr. Lukas Brenninkmeyer <lbrenninkmeyer@rhinere.example>",
  cc=ADDR("okafor"),
  subj="BU treaty 2025 - incidence report by cause",
  date="2026-03-27 10:40", sig="stone", client="outlook",
  body="""Dear Lukas,

As requested for the treaty renewal meeting, please find attached the incidence report for the disability (BU) quota share treaty, underwriting years 2016-2025, status 31 December 2025.

A few remarks:
- Mental and behavioural disorders (ICD F) remain the largest cause at 36 % of new claims, slightly down from 38 % in 2024.
- Musculoskeletal (M) is stable at 21 %; neoplasms (C/D) at 15 %.
- Cells with fewer than 5 claims are merged into "other" so that no individual case can be identified, as agreed in the treaty's data annex.

Our actuary Chidi Okafor is happy to walk your team through the exposure data in a call before the meeting.

Best regards
""",
  att=[XLSX("BU_QS_incidence_2025.xlsx", {
      "By cause": [["ICD chapter", "Cause", "New claims 2025", "Share", "Incidence per 1,000 exposure"],
                   ["F", "Mental and behavioural", 412, "36 %", 1.41],
                   ["M", "Musculoskeletal", 241, "21 %", 0.83],
                   ["C/D", "Neoplasms", 171, "15 %", 0.59],
                   ["I", "Circulatory", 92, "8 %", 0.32],
                   ["G", "Nervous system", 80, "7 %", 0.27],
                   ["S/T", "Injuries", 69, "6 %", 0.24],
                   ["other", "All other chapters (merged)", 80, "7 %", 0.27],
                   ["", "Total", 1145, "100 %", 3.93]],
      "By age band": [["Age band", "Exposure (lives)", "New claims", "Incidence per 1,000"],
                      ["18-29", 61200, 98, 1.60], ["30-39", 84400, 231, 2.74], ["40-49", 78900, 346, 4.39],
                      ["50-59", 55100, 402, 7.30], ["60-67", 11800, 68, 5.76]]},
      author="Rebecca Stone")])

M("N", "de", "internal", "trap: first-aid course registration with staff names and departments; no health data",
  frm=ADDR("richter"), to="Ersthelfer Haus A <ersthelfer-haus-a@versicherer.example>",
  subj="Auffrischung Erste Hilfe am 21.04. – Teilnehmerliste",
  date="2026-03-30 09:12", sig="richter", sigstyle="short",
  body="""Hallo zusammen,

die Auffrischung für betriebliche Ersthelfer (9 UE, Johanniter) findet am Dienstag, 21.04.2026, 8:30–16:00 Uhr im Schulungsraum 0.12 statt. Angemeldet sind bisher:

- Mehmet Aydın (Leistung Kranken, 3. OG)
- Claudia Berens (Kundenservice, EG)
- Frank Reuter (Maklerbetreuung, 5. OG)
- Jana Stolz (Pflegeversicherung, 4. OG)
- Tim Fischer (Informationssicherheit, 6. OG)

Für das 4. OG fehlt uns noch eine zweite Person, damit die Quote von 10 % auf jeder Etage passt. Freiwillige bitte bis Freitag bei mir melden. Die Kosten trägt die Berufsgenossenschaft, die Zeit gilt als Arbeitszeit.

Nicht vergessen: Der Verbandskasten in der Teeküche 4. OG ist abgelaufen – Ersatz ist bestellt.

Viele Grüße
Anja Richter
""")

M("N", "en", "internal", "trap: IT change notice about migrating the medical reports archive to a new DMS over a weekend; no documents or persons",
  frm=ADDR("raman"), to="Health Claims Managers <lskv-teamleitung@versicherer.example>", cc=ADDR("hoffmann"),
  subj="CHG0012204 - migration of medical reports archive, weekend 18/19 April",
  date="2026-04-01 16:05", sig="raman", sigstyle="short", client="thunderbird",
  body="""Hello all,

as announced in the steering meeting, we will migrate the archive "Arztberichte/Gutachten" (about 4.1 million documents, 11 TB) from the old Documentum system to the new eAkte platform on the weekend of 18/19 April.

What this means for you:
- Fri 17 April, 18:00 until Mon 20 April, 06:00: no access to medical reports, expert opinions or hospital discharge letters in any application.
- New documents arriving over the weekend are scanned and queued; they show up on Monday morning.
- The old archive remains read-only until 30 June as a fallback.

Access rights are migrated 1:1. The "need-to-know" rule (only the assigned case handler and the medical advisers see medical documents) stays exactly as today. Information Security has signed off the concept (ref. ISMS-2026-014).

Please make sure nobody plans urgent cases for that weekend. Questions to me or Lukas.

Regards
Priya
""")

M("N", "de", "internal", "trap: blank consent / confidentiality-release form template with placeholders sent by the DPO; no real persons",
  frm=ADDR("meier"), to="Leistungsservice Kranken alle <lskv-alle@versicherer.example>", cc=ADDR("kaya"),
  subj="Neue Vorlage Schweigepflichtentbindung (Version 2026-04)",
  date="2026-04-02 11:20", sig="meier",
  body="""Liebe Kolleginnen und Kollegen,

ab sofort gilt die überarbeitete Vorlage für die Einwilligungs- und Schweigepflichtentbindungserklärung (Version 2026-04). Die Änderungen gegenüber 2023:

- Die Erklärung unterscheidet jetzt ausdrücklich zwischen der Einwilligung für den Einzelfall und der pauschalen Einwilligung; Standard ist der Einzelfall.
- Neue Option: Übermittlung der Gesundheitsdaten an uns per E-Mail nur mit Einwilligung in die TLS-Übertragung, sonst über das Portal.
- Die Fristen für die Aufbewahrung sind aktualisiert.

Bitte verwenden Sie ab heute nur noch die angehängte Vorlage; die alten Vordrucke im Formularschrank 3. OG werden eingesammelt. Die Platzhalter werden beim Versand aus der eAkte automatisch befüllt.

Bei Fragen bin ich erreichbar.
""",
  att=[DOCX("Vorlage_Schweigepflichtentbindung_2026-04.docx", [
      ("h", "Einwilligung und Schweigepflichtentbindung für den Einzelfall"),
      "Versicherte Person: «Vorname» «Nachname», geboren am «Geburtsdatum»\nVersicherungsnummer: «Versicherungsnummer»\nVorgang: «Vorgangsnummer»",
      "Ich willige ein, dass die Versicherer Krankenversicherung a.G. zur Prüfung des oben genannten Vorgangs Gesundheitsdaten bei den folgenden Stellen erhebt:",
      ("t", [["Stelle (Arzt, Krankenhaus, Therapeut)", "Anschrift", "Zeitraum"],
             ["«Stelle_1»", "«Anschrift_1»", "«Zeitraum_1»"],
             ["«Stelle_2»", "«Anschrift_2»", "«Zeitraum_2»"]]),
      "Insoweit entbinde ich die genannten Personen und Mitarbeiter der genannten Einrichtungen von ihrer Schweigepflicht.",
      "☐ Ich bin damit einverstanden, dass Unterlagen mit Gesundheitsdaten an mich per E-Mail mit Transportverschlüsselung (TLS) übermittelt werden. Ohne dieses Kreuz erhalte ich sie über das SecureMail-Portal oder per Post.",
      "Ort, Datum: ________________________    Unterschrift: ________________________",
      ("small", "Hinweise nach Art. 13 DSGVO: www.versicherer.example/datenschutz · Version 2026-04"),
  ], author="Thomas Meier")])

M("N", "en", "insurer-to-hospital", "automatic certificate answer: an employee's S/MIME certificate (PEM) sent in reply to a [ZERTIFIKAT] request; no personal data",
  frm="Versicherer Certificate Service <zertifikat@versicherer.example>",
  to="billing@st-elisabeth-koeln.example",
  subj="[ZERTIFIKAT] Certificate for gerrit.brandt@versicherer.example",
  date="2026-04-03 08:01", client="system", mailer="Siegel Certificate Responder",
  body="""Hello,

you requested the certificate of gerrit.brandt@versicherer.example. It is attached (PEM format). Import it into your mail program; afterwards you can send encrypted e-mail to this address.

Valid until: 14 October 2027
Fingerprint (SHA-256): 4C:1A:9E:07:B2:55:D8:3F:61:0C:AE:94:27:E3:18:7B:C6:02:F9:55:1D:8A:40:EE:73:B9:0F:26:5C:DA:11:84

This message was generated automatically. The public certificate directory is available at https://zertifikate.versicherer.example/

Versicherer Group · Rheinuferstrasse 12 · 50667 Cologne · Germany
""",
  att=[TXT("gerrit.brandt@versicherer.example.pem", """-----BEGIN CERTIFICATE-----
MIIF3jCCA8agAwIBAgIQTnq3kT9Zp0aWc1mR2vE8xDANBgkqhkiG9w0BAQsFADBe
MQswCQYDVQQGEwJERTEgMB4GA1UEChMXVmVyc2ljaGVyZXIgSG9sZGluZyBBRzEt
MCsGA1UEAxMkVmVyc2ljaGVyZXIgUy9NSU1FIElzc3VpbmcgQ0EgMjAyNSBHMTAe
Fw0yNTEwMTQwODAwMDBaFw0yNzEwMTQwODAwMDBaMGAxCzAJBgNVBAYTAkRFMScw
JQYDVQQKEx5WZXJzaWNoZXJlciBLcmFua2VudmVyc2ljaGVydW5nMSgwJgYDVQQD
Ex9HZXJyaXQgQnJhbmR0IDxnZXJyaXQuYnJhbmR0QD4wggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQDV0x7yZp3L9qTm2aB4cE6hKfW1sN8rUjG5oX0vYtQz
kRcPq7mJ3f9WbL2aXe8sD4nGhT6yU0oVqC1rZkM5wE7tF3bH9pL2xA6cN8vQ0jR4
sY1mK7uD3fG5hJ9lB2nP4qS6tV8wX0zA1cE3gI5kM7oQ9sU1wY3a5c7e9g1i3k5m
7o9q1s3u5w7y9A1C3E5G7I9K1M3O5Q7S9U1W3Y5a7c9e1g3i5k7m9o1q3s5u7w9y
1A3C5E7G9I1K3M5O7Q9S1U3W5Y7a9c1e3g5i7k9m1o3q5s7u9w1y3A5C7E9G1I3K
5M7O9Q1S3U5W7Y9a1c3e5g7i9k1m3o5q7s9u1w3y5A7C9E1G3I5K7M9O1Q3S5U7W
AgMBAAGjggGUMIIBkDAOBgNVHQ8BAf8EBAMCBaAwHQYDVR0lBBYwFAYIKwYBBQUH
AwQGCCsGAQUFBwMCMCoGA1UdEQQjMCGBH2dlcnJpdC5icmFuZHRAdmVyc2ljaGVy
ZXIuZXhhbXBsZTANBgkqhkiG9w0BAQsFAAOCAgEAm3Xq9Lk2Vd8Rw4Tz1Pn6Hc0J
-----END CERTIFICATE-----
""", sub="plain")])

M("N", "de", "internal", "trap: staff newsletter on workplace health offers (back course, skin screening day) without any individual data",
  frm="Intranet-Redaktion <intranet@versicherer.example>", sender=ADDR("baumann"),
  to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Intranet kompakt: Rückenfit, Hautscreening-Tag und neue Kantinenzeiten",
  date="2026-04-07 08:00", client="system", mailer="Versicherer Newsletter-System 3.2",
  html=True,
  body="""Intranet kompakt – KW 15

Rückenfit im Büro
Ab 20. April startet wieder der Kurs „Rückenfit“ mit Physiotherapeut Marco Lenz: jeden Montag und Donnerstag, 12:15–12:45 Uhr, Fitnessraum Haus B. Zehn Termine, kostenlos, Anmeldung im Intranet unter „Gesundheit“.

Hautscreening-Tag am 6. Mai
Der Betriebsärztliche Dienst bietet gemeinsam mit einer Dermatologin ein kostenloses Hautkrebs-Screening an (ab 35 Jahren, Termine à 15 Minuten). Die Ergebnisse erfahren nur Sie selbst; an den Arbeitgeber wird nichts weitergegeben. Terminbuchung über das Buchungstool des Betriebsarztes.

Kantine
Wegen des Umbaus der Essensausgabe öffnet die Kantine vom 13. bis 24. April erst um 11:45 Uhr. Das Café im Foyer hat in der Zeit ab 11:00 Uhr eine warme Suppe im Angebot.

Neue Kolleginnen und Kollegen
Wir begrüßen im April 14 neue Kolleginnen und Kollegen, darunter sechs Auszubildende zur Kauffrau/zum Kaufmann für Versicherungen und Finanzanlagen. Herzlich willkommen!

Ihre Intranet-Redaktion
""")

M("N", "de", "insurer-to-broker", "sales contest standings of tied agents by region (counts and premium volumes); no customers",
  frm=ADDR("falk"), to="Exklusivvertrieb Bezirksdirektionen <bd-alle@versicherer.example>",
  subj="Zwischenstand Vertriebswettbewerb „Zahnstark 2026“",
  date="2026-04-08 17:20", sig="falk",
  body="""Liebe Bezirksdirektorinnen und Bezirksdirektoren,

Halbzeit im Wettbewerb „Zahnstark 2026“ – hier der Zwischenstand nach neun Wochen:

[[stand]]

Stark: Die BD Münster hat die Stückzahl gegenüber dem Vorjahreszeitraum fast verdoppelt, vor allem über Familienverträge. Ein Tipp aus Münster: Beim Jahresgespräch Hausrat und Haftpflicht einfach die Frage nach der letzten Zahnreinigung stellen.

Zur Erinnerung: Gewertet werden nur policierte Verträge mit Beginn bis 01.07.2026. Die drei besten Bezirksdirektionen fahren im September zum Teamevent an den Gardasee.

Weiter so!
""",
  tables={"stand": ([["Platz", "Bezirksdirektion", "Verträge", "Jahresbeitrag EUR", "Zielerreichung"],
                     ["1", "Münster", "412", "148.320", "131 %"],
                     ["2", "Aachen", "377", "131.950", "118 %"],
                     ["3", "Köln-Süd", "351", "129.870", "109 %"],
                     ["4", "Düsseldorf", "318", "117.660", "96 %"],
                     ["5", "Bonn/Rhein-Sieg", "276", "99.360", "92 %"],
                     ["6", "Wuppertal", "219", "76.650", "81 %"]], "pad")})

M("N", "en", "internal", "trap: press review about the European Health Data Space and digital health; public articles only",
  frm=ADDR("baumann"), to="Management Circle <management-circle@versicherer.example>",
  subj="Press review week 15 - health data, DiGA, care reform",
  date="2026-04-10 07:45", sig="baumann", sigstyle="short", client="outlook",
  body="""Good morning,

this week's press review, short version (full clippings in the media monitor):

1. European Health Data Space: The Commission published the implementing acts for the secondary use of health data. Insurers remain excluded from using EHDS data for pricing or underwriting; industry associations welcome the legal clarity. (Handelsblatt, FT)

2. Digital health apps (DiGA): According to the annual report of the health insurers' association, permanent listing was granted to only 4 out of 11 apps in 2025. Prices fell by 18 % on average after the first year. (Ärzteblatt)

3. Long-term care: The coalition announced a commission on the financing of long-term care, with a report due in early 2027. Private supplementary care cover is mentioned as "an important pillar". (FAZ, Süddeutsche)

4. Competitors: One large mutual insurer launched a telemedicine offer with 24/7 video consultation in six languages. (Versicherungswirtschaft heute)

Have a good weekend
Julia
""")

M("N", "de", "insurer-to-hospital", "trap: negotiation of a direct billing contract with a hospital group (GmbH); company bank data and case-fee rules, no patients",
  frm=ADDR("roth"), to="Dr. Bettina Auer <b.auer@klinikverbund-bergisch.example>",
  subj="Direktabrechnungsvertrag 2026 – unsere Anmerkungen zu § 4 und Anlage 1",
  date="2026-04-13 14:40", sig="roth",
  body=f"""Sehr geehrte Frau Dr. Auer,

vielen Dank für Ihren Entwurf vom 31.03. Wir sind uns in den meisten Punkten einig; zu zwei Stellen haben wir noch Anmerkungen:

§ 4 (Abrechnung): Wir möchten die Rechnungen einschließlich Wahlleistungen weiterhin ausschließlich elektronisch über den Datenaustausch erhalten. Papierrechnungen an unsere Versicherten sollen nur noch in den Fällen gehen, in denen keine Kostenübernahmeerklärung vorliegt. Zahlungsziel 21 Tage nach Eingang des vollständigen Datensatzes.

Anlage 1 (Wahlleistung Unterkunft): Den Zuschlag für das Einbettzimmer von 128 EUR pro Tag können wir für die Häuser in Wermelskirchen und Burscheid mittragen. Für den Standort Remscheid verweisen wir auf die gemeinsame Empfehlung von DKG und PKV-Verband; danach halten wir 104 EUR für angemessen, weil die Zimmer dort noch keine eigene Nasszelle haben.

Zahlungen gehen wie bisher auf das Konto der Klinikverbund Bergisch Land gGmbH bei der Sparkasse ({IB("DE", "34050000" + "0000448812")}).

Gern stimmen wir die offenen Punkte in einem Termin ab, z. B. am 22. oder 23.04.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "legal expenses claim: employment dismissal of a named customer with salary and severance figures; no health data",
  frm=ADDR("lindqvist"), to="Michael Tannert <m.tannert@gmx.example>",
  subj="Deckungszusage Kündigungsschutzklage – RS-2026-02219",
  date="2026-04-14 10:05", sig="lindqvist",
  body="""Sehr geehrter Herr Tannert,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung (Vertrag RS 3380 1172, Baustein Arbeits-Rechtsschutz) für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Hennig Logistik GmbH.

Zum Sachverhalt haben wir vermerkt: Ihnen wurde am 27.03.2026 betriebsbedingt zum 30.06.2026 gekündigt, nach 11 Jahren Betriebszugehörigkeit. Ihr Bruttomonatsgehalt beträgt 4.350 EUR. Der Arbeitgeber hat im Gespräch eine Abfindung von 0,3 Monatsgehältern pro Beschäftigungsjahr angeboten (14.355 EUR), was Ihnen zu niedrig erscheint.

Die Deckungszusage gilt für die erste Instanz vor dem Arbeitsgericht Köln einschließlich einer Güteverhandlung. Die Selbstbeteiligung beträgt 150 EUR. Ihr Anwalt, Herr Rechtsanwalt Kemal Arslan, kann seine Kostennote direkt an uns senden.

Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang der Kündigung (§ 4 KSchG).

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "cyber insurance claim of a sole-practitioner doctor's practice (ransomware); practice owner named, policy number; no patient data",
  frm=ADDR("hartmann"), to="Dr. med. Sven Abendroth <praxis@hausarzt-abendroth.example>",
  subj="Cyberschaden Ihrer Praxis – CY-2026-000418",
  date="2026-04-15 08:48", sig="hartmann",
  body="""Sehr geehrter Herr Dr. Abendroth,

danke für Ihren Anruf gestern Abend. Wie besprochen fasse ich die nächsten Schritte zusammen.

Ihre Praxis ist über die Cyberversicherung CY 5501 2270 versichert (Versicherungsnehmer: Dr. med. Sven Abendroth, Einzelpraxis, Alte Landstraße 3, 53639 Königswinter). Nach Ihrer Schilderung wurden in der Nacht zum 14.04.2026 die Praxisserver verschlüsselt, der Praxisbetrieb läuft seit gestern nur eingeschränkt auf Papier.

1. Unser Dienstleister für IT-Forensik, die SecuRhein GmbH, meldet sich heute bis 10 Uhr bei Ihnen und übernimmt die Wiederherstellung. Bitte zahlen Sie kein Lösegeld und nehmen Sie keinen Kontakt zu den Erpressern auf.
2. Bitte erstatten Sie Anzeige bei der Zentralen Ansprechstelle Cybercrime des LKA NRW.
3. Ob Patientendaten abgeflossen sein könnten, klärt die Forensik. Die Meldefrist an die Datenschutzaufsicht beträgt 72 Stunden. Unser Rechtsanwalt für Datenschutz, Herr Dr. Falkenberg, unterstützt Sie dabei; die Kosten sind versichert.
4. Der Ertragsausfall ist nach einer Wartezeit von 12 Stunden versichert. Bitte notieren Sie abgesagte Termine.

Ich melde mich heute Nachmittag noch einmal bei Ihnen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "professional liability renewal of a freelance midwife: named policyholder, premium, coverage sums; no patient or health data",
  frm=ADDR("oltmanns"), to="Britta Sommerfeld <hebamme.sommerfeld@web.example>",
  subj="Ihre Berufshaftpflicht als Hebamme – Verlängerung zum 01.07.2026",
  date="2026-04-16 12:30", sig="oltmanns",
  body="""Sehr geehrte Frau Sommerfeld,

Ihre Berufshaftpflichtversicherung (Vertrag BH 4410 7712) verlängert sich zum 01.07.2026 um ein weiteres Jahr. Über den Gruppenvertrag Ihres Berufsverbands gelten folgende Bedingungen:

  Tätigkeit:          freiberufliche Hebamme mit Geburtshilfe (Hausgeburten und Geburtshaus)
  Deckungssumme:      12,5 Mio. EUR für Personenschäden, 1 Mio. EUR für Sach- und Vermögensschäden
  Jahresbeitrag:      13.417,62 EUR inkl. Versicherungsteuer
  Sicherstellungszuschlag: wie im Vorjahr über den GKV-Spitzenverband zu beantragen

Wie Sie wissen, ist der Beitrag erneut gestiegen (+6,4 %). Der Grund ist die Schadenentwicklung in der Geburtshilfe bundesweit, nicht Ihr eigener Verlauf – Sie sind seit 2014 schadenfrei bei uns versichert.

Falls Sie ab Juli keine Geburtshilfe mehr anbieten möchten, wechseln wir Sie in die Klasse „ohne Geburtshilfe“ mit einem Jahresbeitrag von ca. 980 EUR. Bitte sagen Sie uns bis 31.05. Bescheid.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "relocation goods damaged in transit: named expat customer, policy, new home address and itemised values; no health data",
  frm=ADDR("osei"), to="Daniel and Ruth Abramowicz <abramowicz.family@protonmail.example>",
  subj="Your household goods claim TR-26-0377 - settlement offer",
  date="2026-04-17 11:15", sig="osei", client="outlook",
  body="""Dear Mr and Mrs Abramowicz,

Thank you for your patience. Our surveyor has now inspected the damaged items at your new home (Lindenthalgürtel 88, 50935 Cologne). Under your relocation goods policy (TR-UG 4471 0833, move from Toronto, container MSKU 7718430) we can offer the following settlement:

  Walnut dining table (top cracked)           repair EUR    640.00
  Steinway upright piano (casing, tuning)     repair EUR  1,180.00
  Glass display cabinet (total loss)          value  EUR    890.00
  Boxes 41 and 42, porcelain (partial)        value  EUR    415.00
  Surveyor's fee                              paid by us
  Excess                                             EUR   -250.00
  Total                                              EUR  2,875.00

The piano tuner's invoice can be sent to us separately once the piano has settled (usually after four weeks).

If you accept, please reply with the bank account for the payment. Once we have it, the money will be with you within a week.

Kind regards
""")

M("C", "en", "internal", "business trip booking with a named employee's passport number and date of birth; no health data",
  frm=ADDR("morgan"), to="Travel Office <travel@versicherer.example>",
  subj="Booking request - IFRS 17 conference London, 19-21 May",
  date="2026-04-20 09:40", sig="morgan", sigstyle="short", client="outlook",
  body="""Hi,

could you please book the following for the IFRS 17 Health Forum in London:

Traveller:        James Morgan
Date of birth:    04 July 1979
Passport:         British, no. 553918204, valid until 11/2031
Flights:          CGN-LHR Tue 19 May morning, LHR-CGN Thu 21 May evening (Eurowings or BA, economy)
Hotel:            Novotel London Tower Bridge (conference rate, code IFRS26), 2 nights
Cost centre:      8100 Group Finance

Please put the conference fee (GBP 1,450) on the corporate card as usual.

Thanks a lot
James
""")

M("C", "de", "insurer-to-assessor", "fee statement for a freelance medical reviewer's training lectures: her tax number, IBAN and annual fee income; no patients",
  frm=ADDR("bauer"), to="Dr. med. Henrike Lütgens <h.luetgens@gutachten-luetgens.example>",
  subj="Honorar Ihrer Schulungen 2026 / Bescheinigung",
  date="2026-04-21 15:02", sig="bauer",
  body=f"""Sehr geehrte Frau Dr. Lütgens,

nochmals herzlichen Dank für Ihre beiden Schulungen „Begutachtung psychischer Erkrankungen in der BU“ im März – die Rückmeldungen waren ausgezeichnet (Note 1,3).

Für Ihre Unterlagen fasse ich die Honorare zusammen:

  11.03.2026  Schulung Köln, 6 Std.            1.800,00 EUR
  25.03.2026  Schulung online, 4 Std.          1.200,00 EUR
  Reisekosten Bahn 11.03.                         142,60 EUR
  Gesamt 2026 bisher                           3.142,60 EUR

Die Beträge wurden auf Ihr Konto {IB("DE", "20041111" + "0557732906")} überwiesen. Da Sie als Kleinunternehmerin nach § 19 UStG abrechnen (Steuernummer 42/118/04457), haben wir keine Umsatzsteuer ausgewiesen.

Für die Herbstschulung im Oktober melde ich mich im Juni mit Terminvorschlägen.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-broker", "commission statement of an Austrian sole-trader broker with AT IBAN and tax number; no customer data",
  frm=ADDR("reuter"), to="Maximilian Pröll <office@proell-versicherungsmakler.example>",
  subj="Commission statement Q1 2026 - broker no. AT-0331",
  date="2026-04-22 10:50", sig="reuter", client="outlook",
  body=f"""Dear Mr Pröll,

please find below the summary of your commission for the first quarter of 2026. The detailed statement per contract is available in the broker portal.

  Acquisition commission (international health)   EUR 7,320.00
  Renewal commission                              EUR 1,915.40
  Clawback (2 cancellations)                      EUR  -612.00
  Total payable                                   EUR 8,623.40

Payment will be made on 30 April to your account {IB("AT", "2011182931550000")} (Erste Bank, account holder Maximilian Pröll). As you are registered as a sole trader in Austria (tax no. 07 418/2291), the commission is paid without VAT under the insurance exemption.

Your bank details changed in February - please check that the account is the one you want to use. If not, a short e-mail is enough.

Best regards
""")

M("C", "de", "insurer-to-customer", "storm damage to a named homeowner's roof: buildings policy, address and cost estimate (ODS) attached; nobody hurt",
  frm=ADDR("demir"), to="Hans-Peter Kreuzberg <hp.kreuzberg@t-online.example>",
  subj="Sturmschaden vom 12.04.2026 – WG-2026-001942",
  date="2026-04-23 13:27", sig="demir",
  body="""Sehr geehrter Herr Kreuzberg,

vielen Dank für die Fotos und das Angebot der Dachdeckerei Lammert. Schön, dass beim Sturm niemand verletzt wurde.

Für Ihr Einfamilienhaus Am Mühlenbach 5, 53797 Lohmar, besteht Versicherungsschutz aus Ihrer Wohngebäudeversicherung (WG 2210 4478), Sturm ab Windstärke 8 ist eingeschlossen. Laut Deutschem Wetterdienst wurden am 12.04.2026 in Lohmar Böen bis 98 km/h gemessen.

Ich habe das Angebot in der angehängten Tabelle mit unseren Erfahrungswerten abgeglichen. Die Positionen sind bis auf die Gerüststellung plausibel; für ein eingeschossiges Haus halten wir 900 EUR statt 1.450 EUR für angemessen. Wenn die Dachdeckerei die Gerüstkosten begründen kann, schauen wir gern noch einmal.

Sie können den Auftrag erteilen. Die Rechnung schicken Sie uns bitte nach Abschluss der Arbeiten.

Mit freundlichen Grüßen
""",
  att=[ODS("Kostenabgleich_WG-2026-001942.ods", {
      "Abgleich": [["Pos.", "Leistung", "Angebot EUR", "anerkannt EUR", "Bemerkung"],
                   [1, "Gerüststellung", 1450.0, 900.0, "eingeschossig, 4 Wochen"],
                   [2, "Dachziegel neu eindecken, 18 m²", 1980.0, 1980.0, ""],
                   [3, "Firstziegel ersetzen, 6 St.", 390.0, 390.0, ""],
                   [4, "Dachrinne richten", 260.0, 260.0, ""],
                   [5, "Entsorgung", 180.0, 180.0, ""],
                   ["", "Summe netto", 4260.0, 3710.0, ""],
                   ["", "Summe brutto", 5069.4, 4414.9, "19 % USt"]]})])

M("S", "de", "insurer-to-customer", "psychotherapy approval: 25 sessions behavioural therapy for a named insured with generalised anxiety disorder (F41.1)",
  frm=ADDR("kroeger"), to="Miriam Fassbender <miriam.fassbender@posteo.example>",
  subj="Ihre ambulante Psychotherapie – Kostenzusage",
  date="2026-04-24 10:16", sig="kroeger",
  body="""Sehr geehrte Frau Fassbender,

vielen Dank für den Antrag Ihrer Psychotherapeutin, Frau Dipl.-Psych. Leonie Scharf.

Wir haben den Bericht mit unserem beratenden Arzt besprochen. Bei der festgestellten generalisierten Angststörung (F41.1) mit zusätzlichen Schlafstörungen ist eine Verhaltenstherapie angezeigt. Wir übernehmen die Kosten für

  25 Sitzungen Verhaltenstherapie als Einzeltherapie à 50 Minuten
  (GOP 870 nach GOÄ, bis zum 2,3-fachen Satz)
  zuzüglich der bereits durchgeführten 5 probatorischen Sitzungen

nach Ihrem Tarif zu 80 %. Sollte nach 25 Sitzungen eine Verlängerung nötig sein, reicht uns ein kurzer Verlaufsbericht der Therapeutin.

Diese Zusage bleibt in Ihrer Akte und wird nicht an Dritte weitergegeben. Sie hat keinen Einfluss auf Ihren Beitrag.

Ich wünsche Ihnen alles Gute.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-lawyer", "disability (BU) claim dispute: named insured's recurrent depression (F33.1), expert opinion findings, sent to her lawyer",
  frm=ADDR("kaya"), to="Rechtsanwältin Dr. Simone Görtz <goertz@kanzlei-goertz-partner.example>",
  subj="Ihre Mandantin Frau Nadine Rehberg – BU 7720 3319 / Ihr Zeichen 118/26",
  date="2026-04-27 14:55", sig="kaya",
  body="""Sehr geehrte Frau Dr. Görtz,

vielen Dank für Ihr Schreiben vom 14.04.2026, mit dem Sie die Vertretung von Frau Rehberg angezeigt haben.

Zum Stand: Frau Rehberg bezieht aus dem Vertrag BU 7720 3319 seit dem 01.02.2024 eine Berufsunfähigkeitsrente von 1.500 EUR monatlich wegen einer rezidivierenden depressiven Störung, gegenwärtig mittelgradige Episode (F33.1). Im Rahmen der Nachprüfung hat Prof. Dr. Hellwig, Facharzt für Psychiatrie und Psychotherapie, am 03.03.2026 ein Gutachten erstellt. Er kommt zu dem Ergebnis, dass die depressive Symptomatik seit Herbst 2025 weitgehend remittiert ist (BDI-II 9 Punkte) und Frau Rehberg ihre zuletzt ausgeübte Tätigkeit als Steuerfachangestellte wieder zu mindestens 70 % ausüben kann.

Wir haben deshalb mit Schreiben vom 20.03.2026 die Leistung zum 31.05.2026 eingestellt. Ihre Einwände, insbesondere die Stellungnahme der behandelnden Psychiaterin Dr. Kühn zur weiterhin bestehenden Antriebsstörung, legen wir Prof. Dr. Hellwig zur ergänzenden Stellungnahme vor. Bis zu deren Eingang setzen wir die Einstellung aus und zahlen die Rente weiter.

Das Gutachten stellen wir Ihnen über unser SecureMail-Portal zur Verfügung.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "medical evacuation: named member with acute appendicitis (K35.8) in Kenya, surgery and transfer, costs covered",
  frm=ADDR("whitfield"), to="Lukas Bergmann <lukas.bergmann@ngo-mail.example>",
  cc="Ana Bergmann <ana.bergmann@ngo-mail.example>",
  subj="Your evacuation Nanyuki - Nairobi: summary and next steps (IHS-26-01144)",
  date="2026-04-28 07:35", sig="whitfield", client="outlook", importance="high",
  body="""Dear Mr Bergmann,

I hope you are recovering well. As promised on the phone, a short summary for you and your wife:

- 25 April: admission to Nanyuki Cottage Hospital with abdominal pain; ultrasound showed acute appendicitis with suspected perforation (K35.8).
- 25 April, evening: on the advice of our medical assistance partner, ground ambulance transfer to Nairobi Hospital (approx. 200 km), because the local hospital could not offer laparoscopic surgery.
- 26 April: laparoscopic appendectomy at Nairobi Hospital, uncomplicated. Antibiotics for 5 days.
- Expected discharge: 30 April. Fitness to fly: from about 7 May according to the surgeon, Dr Otieno.

All costs - ambulance, surgery, hospital stay and medication - are covered under your GlobalCare Premium policy (member no. 77-618-0457-01) and billed directly to us. You don't need to pay anything.

You asked about flying back to Germany for recovery: that is your choice - a repatriation is not medically necessary, so the return flight would be at your own cost. If anything changes, our 24/7 assistance line is +49 221 555-7799.

Get well soon.

Kind regards
""")

M("S", "de", "insurer-to-customer", "accident disability benefit: named insured's tibial plateau fracture, 2/5 leg value under the limb table, payment calculation in a PDF",
  frm=ADDR("said"), to="Sebastian Kornmeier <s.kornmeier@gmail.example>",
  subj="Ihre Unfallversicherung – Invaliditätsleistung UV-2025-00873",
  date="2026-04-29 11:11", sig="said",
  body="""Sehr geehrter Herr Kornmeier,

das unfallchirurgische Gutachten von Prof. Dr. Beckmann liegt uns vor. Auf dieser Grundlage können wir die Invaliditätsleistung aus Ihrem Sturz mit dem Mountainbike am 14.06.2025 abrechnen.

Der Gutachter stellt nach dem Schienbeinkopfbruch rechts (Tibiaplateaufraktur, operativ versorgt) eine dauerhafte Funktionsbeeinträchtigung des rechten Beins fest: Bewegungseinschränkung des Kniegelenks (Beugung 0-0-100° gegenüber 0-0-140° links), Belastungsschmerz und beginnende posttraumatische Arthrose. Er bemisst den Dauerschaden mit 2/5 Beinwert.

Die Berechnung finden Sie in der Anlage. Nach Abzug des Vorschusses von 5.000 EUR zahlen wir Ihnen 29.000 EUR in den nächsten Tagen aus.

Sie und wir können die Invalidität bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen, falls sich Ihr Zustand ändert.

Mit freundlichen Grüßen
""",
  att=[PDF("Invaliditaetsabrechnung_UV-2025-00873.pdf", [
      ("h", "Abrechnung der Invaliditätsleistung"),
      "Versicherer Allgemeine Versicherung AG · Leistung Unfallversicherung",
      "Versicherte Person: Sebastian Kornmeier · Vertrag UV 5120 8841 · Unfalltag: 14.06.2025",
      ("t", [["Position", "Wert"],
             ["Grundsumme Invalidität", "100.000 EUR"],
             ["Gliedertaxe: Bein über der Mitte des Oberschenkels", "70 %"],
             ["Dauerschaden laut Gutachten", "2/5 Beinwert"],
             ["Invaliditätsgrad (2/5 x 70 %)", "28 %"],
             ["Progression 350 % (bis 25 % einfach, darüber dreifach)", "25 % + 3 x 3 % = 34 %"],
             ["Invaliditätsleistung", "34.000 EUR"],
             ["abzüglich Vorschuss vom 10.11.2025", "-5.000 EUR"],
             ["Auszahlung", "29.000 EUR"]]),
      "Der Gutachter bezieht den Dauerschaden auf den Beinwert oberhalb des Kniegelenks, weil das Kniegelenk selbst betroffen ist. Eine Unfallrente kommt bei einem Invaliditätsgrad unter 50 % nicht in Betracht.",
      ("small", "Diagnose: S82.1 Fraktur des proximalen Endes der Tibia rechts. Gutachten Prof. Dr. Beckmann vom 31.03.2026."),
  ], title="Invaliditätsleistung UV-2025-00873")])

M("S", "de", "customer", "base64-encoded body: inline forward of a customer's mobile mail about a scheduled cardiac catheterisation and chest pain; forwarding note harmless",
  frm=ADDR("hein"), to=ADDR("brandt"),
  subj="WG: Herzkatheter nächste Woche",
  date="2026-04-30 16:22", sig="hein", sigstyle="short", cte="base64",
  body="""Hallo Gerrit,

bitte einmal drüberschauen und der Kundin kurz antworten, ob sie was vorab schicken muss.

Danke!
Laura
""",
  quote=FW("Brigitte Lohmar <brigitte.lohmar@icloud.example>", "30.04.2026, 13:51", "service-kranken@versicherer.example",
           "Herzkatheter nächste Woche", """Hallo,

ich soll am 6.5. ins Herzzentrum Köln-Merheim zum Herzkatheter, weil ich seit Wochen Druck auf der Brust hab beim Treppensteigen und das Belastungs EKG auffällig war. Der Kardiologe meint vielleicht kommt gleich ein Stent rein. Muss ich vorher was bei ihnen beantragen oder zahlen sie das so? Ich hab den Tarif mit Zweibettzimmer. Versicherungsnr 410 7730 019

Danke u Gruß
B. Lohmar

Von meinem iPhone gesendet"""))

M("S", "en", "insurer-to-customer", "dental treatment abroad: root canal and crown in Spain for a named member, reimbursement table in the HTML part",
  frm=ADDR("whitfield"), to="Gareth Hughes <gareth.hughes@hughes-alicante.example>",
  subj="Dental claim - root canal treatment, Alicante",
  date="2026-05-04 12:48", sig="whitfield", client="outlook", html=True,
  body="""Dear Mr Hughes,

We have processed the invoice from Clínica Dental Benalúa (Dr. Marta Soler) for your treatment between 3 and 24 March 2026.

[[dent]]

Under your GlobalCare Plus dental module, root canal treatment is reimbursed at 80 % and crowns at 60 %. The total of EUR 1,022.00 will be paid to your UK account within five working days.

The invoice mentions an apical abscess at tooth 46 (lower right first molar) and that the tooth may need to be extracted if the inflammation comes back. If that happens, please send us the treatment plan before an implant is placed - implants need prior approval under your plan.

Kind regards
""",
  tables={"dent": ([["Treatment", "Tooth", "Invoiced EUR", "Rate", "Reimbursed EUR"],
                    ["Root canal treatment, 3 canals", "46", "580.00", "80 %", "464.00"],
                    ["X-rays (3)", "46", "60.00", "80 %", "48.00"],
                    ["Zirconia crown", "46", "850.00", "60 %", "510.00"],
                    ["Total", "", "1,490.00", "", "1,022.00"]], "pad")})

M("S", "de", "hospital", "ZIP from a hospital with discharge letter (PDF: pneumonia, COPD, heart failure) and invoice list (CSV) for a named patient; the short body only names him and an 11-day stay",
  frm=ADDR("brandt"), to=ADDR("mertens"),
  subj="WG: Unterlagen Fall Kuhlmann – bitte Verweildauer prüfen",
  date="2026-05-05 09:30", sig="brandt", sigstyle="short",
  body="""Hallo Jan,

anbei die Unterlagen aus dem Klinikum Leverkusen zum Fall Kuhlmann (Rechnung über 11 Tage). Kannst du die Verweildauer medizinisch prüfen? Mir kommen 11 Tage lang vor.

Gruß
Gerrit
""",
  att=[ZIP("Klinikum_Leverkusen_Kuhlmann.zip", [
      PDF("Entlassbrief_Kuhlmann.pdf", [
          ("h", "Klinikum Leverkusen – Klinik für Pneumologie"),
          "Entlassungsbrief · Patient: Herbert Kuhlmann, geb. 17.10.1949 · Aufnahme: 06.04.2026 · Entlassung: 17.04.2026",
          "Diagnosen: J15.9 Bakterielle Pneumonie, nicht näher bezeichnet; J44.19 COPD mit akuter Exazerbation, FEV1 < 35 %; I50.13 Linksherzinsuffizienz NYHA III; E11.90 Diabetes mellitus Typ 2",
          "Verlauf: Aufnahme mit Fieber, Dyspnoe und Sättigung 84 % unter Raumluft. Antibiotische Therapie mit Ampicillin/Sulbactam i.v., später oral. Nicht-invasive Beatmung in den ersten zwei Nächten. Langsame Besserung, Mobilisation durch Physiotherapie. Sauerstofflangzeittherapie 2 l/min bei Belastung neu eingeleitet.",
          "Medikation bei Entlassung: Tiotropium/Olodaterol 2 Hübe, Prednisolon ausschleichend, Torasemid 10 mg, Metformin 500 mg 1-0-1, Sauerstoff 2 l/min.",
          ("small", "Chefarzt Prof. Dr. med. Andreas Rühl · Oberärztin Dr. med. Nele Janssen"),
      ], title="Entlassbrief"),
      CSV("Rechnung_2026-118822.csv", [
          ["Rechnungsnr", "Patient", "Versicherungsnr", "DRG", "Verweildauer", "Betrag EUR"],
          ["2026-118822", "Kuhlmann, Herbert", "410 0415 552", "E77H", "11", "6481,22"],
          ["2026-118822", "Kuhlmann, Herbert", "410 0415 552", "Wahlleistung Zweibettzimmer", "11", "847,00"]],
          sep=";", enc="windows-1252", sub="excel")])])


# ---------------------------------------------------------------- batch 4 (d22-0076 … d22-0100)

M("N", "de", "insurer-to-supplier", "trap: premium adjustment letter template with «placeholders» sent to the print service; no real customer",
  frm=ADDR("winter"), to="Druckzentrum Rhein-Erft GmbH – Projektteam <projekte@druckzentrum-re.example>",
  cc=ADDR("becker"),
  subj="BAP 2027: Textvorlage Anschreiben Beitragsanpassung – Freigabe Version 3",
  date="2026-05-06 10:10", sig="winter",
  body="""Sehr geehrte Frau Brandes,

anbei die freigegebene Textvorlage (Version 3) für das Anschreiben zur Beitragsanpassung zum 01.01.2027. Die Platzhalter in «» werden wie besprochen aus der Datenlieferung befüllt; die Datei mit den Echtdaten erhalten Sie Mitte Oktober über den gesicherten SFTP-Kanal, nicht per E-Mail.

Bitte erstellen Sie bis 20.05. drei Musterdrucke mit den Testdatensätzen aus dem Abnahmepaket (Beitragsänderung positiv, negativ, mit Limitierung).

[Textvorlage]

«Anrede» «Titel» «Vorname» «Nachname»
«Straße» «Hausnummer»
«PLZ» «Ort»

Ihre Krankenversicherung «Versicherungsnummer» – Beitragsanpassung zum 01.01.2027

«Briefanrede»,

die Leistungsausgaben in der Krankenversicherung sind in den letzten Jahren deutlich gestiegen. Wir sind gesetzlich verpflichtet, die Beiträge jährlich zu überprüfen. Für Ihren Tarif «Tarifname» hat der unabhängige Treuhänder der Anpassung zugestimmt.

Ihr neuer Monatsbeitrag: «Beitrag_neu» EUR (bisher «Beitrag_alt» EUR).
«Textbaustein_Limitierung»

Die Gründe für die Anpassung und Ihre Möglichkeiten, den Beitrag zu senken (z. B. Tarifwechsel nach § 204 VVG), erläutern wir im beiliegenden Informationsblatt.

[Ende Textvorlage]

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: aggregated long-term care statistics by care level (applications, objections, processing times), ODS attached; no persons",
  frm=ADDR("yilmaz"), to="Bereichsleitung Kranken <bl-kranken@versicherer.example>", cc=ADDR("jansen"),
  subj="Quartalsbericht Pflege Q1/2026",
  date="2026-05-07 14:45", sig="yilmaz", sigstyle="short",
  body="""Hallo zusammen,

anbei der Quartalsbericht Pflege für Q1/2026. Die Kurzfassung:

- 1.842 Erstanträge (Q1/2025: 1.611), davon 71 % mit Einstufung in einen Pflegegrad
- Widerspruchsquote 6,2 %, davon 38 % abgeholfen
- Bearbeitungszeit vom Antrag bis Bescheid im Mittel 21 Arbeitstage (gesetzlich 25), Ausreißer wegen der Terminlage bei MEDICPROOF im Februar
- Pflegetagegeld: 9,4 Mio. EUR Auszahlungen im Quartal, +11 % zum Vorjahr

Der Anstieg der Erstanträge kommt vor allem aus Pflegegrad 1 und 2. Wir vermuten einen Effekt der Beratungskampagne vom Herbst.

Gruß
Felix
""",
  att=[ODS("Quartalsbericht_Pflege_Q1-2026.ods", {
      "Einstufungen": [["Ergebnis Erstantrag", "Anzahl Q1/2026", "Anzahl Q1/2025", "Anteil Q1/2026"],
                       ["kein Pflegegrad", 534, 498, "29 %"],
                       ["Pflegegrad 1", 391, 301, "21 %"],
                       ["Pflegegrad 2", 509, 428, "28 %"],
                       ["Pflegegrad 3", 263, 248, "14 %"],
                       ["Pflegegrad 4", 112, 104, "6 %"],
                       ["Pflegegrad 5", 33, 32, "2 %"],
                       ["Summe", 1842, 1611, "100 %"]],
      "Bearbeitungszeiten": [["Monat", "Ø Arbeitstage", "über 25 AT"],
                             ["Januar", 19.5, 41], ["Februar", 24.1, 118], ["März", 19.8, 37]]})])

M("N", "de", "internal", "trap: anonymised training case study (age band, occupation type, diagnosis group) for disability-claims trainees; no identifiers",
  frm=ADDR("bauer"), to="Trainees Leistung Leben <trainees-leben@versicherer.example>", cc=ADDR("kaya"),
  subj="Fallstudie 3 für Donnerstag – bitte vorbereiten",
  date="2026-05-11 08:20", sig="bauer", sigstyle="short", client="thunderbird",
  body="""Hallo zusammen,

für Donnerstag bitte die folgende Fallstudie vorbereiten. Der Fall ist vollständig anonymisiert und in Details verändert – bitte nicht versuchen, ihn im Bestand wiederzufinden.

Fallstudie 3 – „Die Lagerlogistikerin“

Eine Versicherte (Altersgruppe 40–45) arbeitet seit vielen Jahren als Fachkraft für Lagerlogistik im Schichtdienst, davon rund 60 % körperlich (Kommissionieren, Staplerfahren), 40 % am Bildschirm. Sie beantragt BU-Leistungen wegen einer chronischen Schmerzerkrankung mit begleitender depressiver Symptomatik. Die behandelnden Ärzte bescheinigen eine Belastbarkeit von unter drei Stunden täglich; ein Gutachten liegt noch nicht vor.

Fragen:
1. Welche Informationen fehlen, um die Tätigkeit vor Eintritt des Leistungsfalls vollständig zu beschreiben?
2. Welche Fachrichtung würden Sie mit einem Gutachten beauftragen, und warum?
3. Wie gehen Sie mit der Möglichkeit einer Umorganisation im Betrieb um (Stichwort: abstrakte vs. konkrete Verweisung – was sagen unsere Bedingungen)?
4. Formulieren Sie ein Anschreiben an die Versicherte, das den weiteren Ablauf erklärt, ohne Fachjargon.

Bearbeitung in Zweiergruppen, 45 Minuten, danach Vorstellung.

Viele Grüße
Christian
""")

M("N", "en", "internal", "trap: summary of a data protection impact assessment for photo upload of medical invoices in the app; describes processing, no persons",
  frm=ADDR("meier"), to="App Squad Claims <app-squad-claims@versicherer.example>", cc=ADDR("fischer"),
  subj="DPIA result: photo upload of invoices and prescriptions (app 4.0)",
  date="2026-05-12 13:05", sig="meier", client="outlook",
  body="""Dear all,

the data protection impact assessment for the photo upload feature is complete. As most of the squad works in English, here is the summary in English; the full document (German) is in Confluence.

Processing: customers photograph doctors' invoices, prescriptions, treatment plans and medical reports; the images are OCR-processed and attached to the claim.

Data categories: health data (Art. 9 GDPR) of the customer and co-insured family members, including children.

Key risks and measures:
1. Images remaining on the phone: the app stores them only in its sandbox and deletes them after successful upload. - accepted
2. OCR by an external cloud provider: not allowed; OCR runs in our own data centre. - implemented
3. Misuse by staff: access only for the assigned claims team; medical reports only for medical advisers. - implemented, audited quarterly
4. Wrong family member: the customer must select the insured person before upload; a plausibility check compares the name on the invoice. - to be implemented before go-live

Residual risk: low. No consultation of the supervisory authority required.

Go-live is approved subject to measure 4. Please confirm when it is done.

Best regards
""")

M("N", "de", "insurer-to-partner", "trap: answer to an industry association survey with aggregated counts of digital health apps reimbursed; no persons",
  frm=ADDR("jansen"), to="Verband der Privatversicherer – Statistik <statistik@privatversicherer-verband.example>",
  subj="AW: Umfrage Digitale Gesundheitsanwendungen 2025 – Rückmeldung Versicherer KV",
  date="2026-05-13 11:30", sig="jansen",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Angaben zur Verbandsumfrage „Digitale Gesundheitsanwendungen in der PKV 2025“:

[[diga]]

Anmerkungen:
- Erstattet werden DiGA bei uns in allen Vollkostentarifen seit 2022, in den Tarifen der Generation 2018 auf Kulanz.
- Wegen der kleinen Fallzahlen haben wir die Kategorien „Hautkrankheiten“ und „Onkologie“ unter „Sonstige“ zusammengefasst.
- Die mittlere Erstattung liegt unter dem GKV-Höchstbetrag, weil viele Hersteller privaten Versicherten den Erstpreis berechnen.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
""",
  tables={"diga": ([["Indikationsbereich", "Verordnungen 2025", "Erstattung gesamt EUR", "Ø je Verordnung EUR"],
                    ["Psyche (Depression, Angst, Schlaf)", "1.214", "541.300", "446"],
                    ["Muskeln/Knochen/Gelenke", "688", "262.100", "381"],
                    ["Stoffwechsel (Diabetes, Adipositas)", "402", "197.000", "490"],
                    ["Nervensystem (Migräne, Tinnitus)", "251", "96.700", "385"],
                    ["Sonstige", "97", "41.200", "425"],
                    ["Summe", "2.652", "1.138.300", "429"]], "pad")})

M("N", "de", "internal", "meeting invitation for the care advice jour fixe, ICS attached; agenda without individual cases",
  frm=ADDR("schmitz"), to="Team Pflegeberatung <pflegeberatung-team@versicherer.example>",
  subj="Jour fixe Pflegeberatung – ab Juni dienstags",
  date="2026-05-15 12:00", sig="schmitz", sigstyle="short",
  body="""Liebe Kolleginnen,

ab Juni verlegen wir den Jour fixe auf dienstags, 9:30–10:30 Uhr (Raum 4.07 oder Teams). Die Serie liegt bei.

Feste Tagesordnung:
1. Termine und Urlaube
2. Neues aus dem Pflegerecht / Rundschreiben
3. Qualitätssicherung der Beratungsbesuche (Stichprobe)
4. Verschiedenes

Einzelfälle besprechen wir wie bisher nicht im Jour fixe, sondern in der Fallbesprechung am Donnerstag.

Liebe Grüße
Gabriele
""",
  att=[ICS("Jour_fixe_Pflegeberatung.ics", "d22-jf-pflegeberatung-2026@versicherer.example",
           "Jour fixe Pflegeberatung", "20260602T093000", "20260602T103000",
           ("Gabriele Schmitz", "gabriele.schmitz@versicherer.example"),
           [("Team Pflegeberatung", "pflegeberatung-team@versicherer.example")],
           location="Raum 4.07 / Microsoft Teams",
           description="Wöchentlicher Jour fixe (dienstags). Tagesordnung: Termine, Pflegerecht, QS Beratungsbesuche, Verschiedenes.")])

M("N", "en", "insurer-to-supplier", "trap: service review with the OCR software vendor about recognition errors on doctors' invoice numbers (GOÄ positions); no documents",
  frm=ADDR("raman"), to="Account Team DocuSense <accounts.eu@docusense.example>", cc=ADDR("krueger"),
  subj="Quarterly service review Q1 - recognition quality medical invoices",
  date="2026-05-18 15:40", sig="raman", client="outlook",
  body="""Dear Mr Varga,

Thank you for the Q1 service report. Before our review call on Thursday, here are the points we would like to discuss:

1. Field accuracy on German doctors' invoices dropped from 97.8 % to 95.1 % after release 8.4. The main issue is the fee position column (GOÄ numbers such as 1, 3, 5, 250, 3550): decimal factors like "2,3" are read as "23" in about 1.2 % of lines.
2. Dental invoices (GOZ) with laboratory sheets: the laboratory part is still classified as a separate document in 8 % of cases.
3. Pharmacy receipts: recognition of the 8-digit product number (PZN) is fine, but the check digit is not validated. Please add the validation.
4. SLA: 99.5 % availability was met (99.82 %). The incident on 9 March (INC0048815) counts as a priority-2 incident; we expect the service credit as per schedule 4.

Test samples will be provided only as synthetic documents from our test generator - please do not ask the team for production images.

Kind regards
""")

M("N", "de", "insurer-to-customer", "automatic out-of-office reply of a dental claims handler; no content",
  frm=ADDR("wendland"), to="Dr. Nadja Petrović <praxis@zahnaerztin-petrovic.example>",
  subj="Automatische Antwort: Rückfrage HKP",
  date="2026-05-19 09:02", client="system", mailer="Microsoft Exchange Server",
  headers={"X-Auto-Response-Suppress": "All"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.05.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Team Zahn unter zahn@versicherer.example oder telefonisch unter +49 221 555-3460.

Mit freundlichen Grüßen
Tobias Wendland
""")

M("N", "en", "newsletter", "trap: expat member newsletter with general advice on heat, travel pharmacies and vaccinations; no persons",
  frm="Versicherer GlobalCare <globalcare-news@versicherer.example>", to="globalcare-members@versicherer.example",
  subj="GlobalCare Members' Letter - Summer 2026",
  date="2026-05-20 06:30", client="system", mailer="Versicherer Newsletter-System 3.2",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/globalcare/unsubscribe>", "Precedence": "bulk"},
  html=True,
  body="""GlobalCare Members' Letter - Summer 2026

Staying well in the heat
Heatwaves are getting longer in many of the regions where our members live. Drink before you feel thirsty, plan outdoor activities for the morning, and check on older neighbours. Some medicines - for example certain blood pressure tablets and water pills - can increase the risk of dehydration; if you take regular medication, ask your doctor whether the dose should be adjusted in hot weather.

Travel pharmacy
When you travel for the summer, carry medicines in your hand luggage with a copy of the prescription in English. For controlled medicines (e.g. strong painkillers, ADHD medication) some countries require a certificate - check with the embassy well in advance.

Vaccinations
Your policy covers travel vaccinations recommended by the WHO for your destination, including yellow fever and rabies, up to the amount in your table of benefits.

Video consultation
GlobalCare Doctor Online is available 24/7 in English, German, French, Spanish and Arabic. Log in to the app and choose "Talk to a doctor".

Your GlobalCare team
""")

M("N", "de", "insurer-to-partner", "trap: job advertisement for freelance dental advisers sent to the dental chamber for publication; no persons",
  frm=ADDR("roth"), to="Zahnärztekammer Nordrhein – Redaktion Mitteilungsblatt <redaktion@zaek-nordrhein.example>",
  subj="Anzeige für das Mitteilungsblatt Juli: Beratungszahnärztin/Beratungszahnarzt (Honorarbasis)",
  date="2026-05-21 10:25", sig="roth",
  body="""Sehr geehrte Damen und Herren,

wir möchten im Mitteilungsblatt (Ausgabe Juli) die folgende Anzeige schalten, Format 1/4 Seite, Rubrik Stellenangebote. Die Rechnung bitte an Versicherer Krankenversicherung a.G., Einkauf, Rheinuferstraße 12, 50667 Köln.

---
Beratungszahnärztin / Beratungszahnarzt (m/w/d) auf Honorarbasis

Sie sind approbierte Zahnärztin oder approbierter Zahnarzt mit mindestens fünf Jahren Berufserfahrung, idealerweise mit Tätigkeitsschwerpunkt Prothetik, Implantologie oder Kieferorthopädie? Sie möchten Ihre Praxis um eine flexible Tätigkeit ergänzen?

Wir suchen zur Unterstützung unseres Leistungsservice Zahn eine beratende Zahnärztin oder einen beratenden Zahnarzt für 8–12 Stunden pro Woche, überwiegend im Homeoffice. Sie beurteilen Heil- und Kostenpläne und Rechnungen nach GOZ/GOÄ und stehen unserem Team für fachliche Fragen zur Verfügung.

Wir bieten ein attraktives Honorar, freie Zeiteinteilung und eine moderne digitale Akte.

Kontakt: Matthias Roth, Leistungsmanagement, Telefon 0221 555-3360, beratungsarzt@versicherer.example
---

Vielen Dank und freundliche Grüße
""")

M("C", "de", "insurer-to-customer", "private liability: customer's son scratched a parked car with his bike; named customer, policy and third party; nobody hurt; iso-8859-1",
  frm=ADDR("oltmanns"), to="Katja Stiebritz <katja.stiebritz@web.example>",
  subj="Ihr Haftpflichtschaden vom 09.05.2026 – PH-2026-018823",
  date="2026-05-22 14:12", sig="oltmanns", charset="iso-8859-1",
  body="""Sehr geehrte Frau Stiebritz,

vielen Dank für Ihre Schadenmeldung. Es freut uns, dass Ihr Sohn bei dem Sturz unverletzt geblieben ist.

Nach Ihrer Schilderung ist Ihr Sohn Mats (11 Jahre) am 09.05.2026 mit dem Fahrrad auf dem Gehweg der Gartenstraße in Pulheim ins Rutschen gekommen und gegen den dort geparkten Pkw von Herrn Detlef Marx (Opel Astra, SU-DM 772) gefallen. Dabei entstanden Kratzer an der Fahrertür und am hinteren Kotflügel.

Über Ihre Privathaftpflichtversicherung (PH 6601 4402, Familientarif) sind Schäden durch Ihre Kinder mitversichert. Bei Kindern unter zwölf Jahren besteht im Straßenverkehr häufig keine gesetzliche Haftung; Ihr Tarif enthält aber die Deliktunfähigkeitsklausel, sodass wir den Schaden trotzdem bis 50.000 EUR übernehmen.

Wir setzen uns direkt mit Herrn Marx in Verbindung und bitten ihn um einen Kostenvoranschlag.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-care-service", "provider agreement with an outpatient care service run by a sole trader: owner's IBAN and tax number; no patients",
  frm=ADDR("roth"), to="Pflegedienst Lebensfreude, Inh. Marion Kessler <info@pflegedienst-lebensfreude.example>",
  subj="Kooperationsvertrag Pflege-Assistance – Ihre Stammdaten",
  date="2026-05-26 09:48", sig="roth",
  body=f"""Sehr geehrte Frau Kessler,

vielen Dank für das freundliche Gespräch letzte Woche. Ab 01.07.2026 nehmen wir Ihren Pflegedienst in unser Netzwerk Pflege-Assistance auf: Wenn Versicherte im Raum Bergheim/Kerpen nach einem Krankenhausaufenthalt kurzfristig Hilfe brauchen, vermittelt unsere Hotline an Sie. Die Leistungen rechnen Sie weiterhin mit den Versicherten bzw. der Pflegekasse ab.

Für die Vermittlungsvergütung (Bereitschaftspauschale 150 EUR monatlich) haben wir folgende Stammdaten gespeichert:

  Inhaberin:          Marion Kessler, examinierte Altenpflegerin, Einzelunternehmen
  Anschrift:          Hauptstraße 112, 50126 Bergheim
  IK-Nummer:          46 118 4402
  Steuernummer:       203/5117/2280
  Bankverbindung:     {IB("DE", "37069520" + "4411028830")}

Bitte prüfen Sie die Angaben. Der Vertrag geht Ihnen in zweifacher Ausfertigung per Post zu.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "tenant's liability claim (washing machine flooded the flat below) for a named expat customer; no injury",
  frm=ADDR("oltmanns"), to="Sofia Marchetti <sofia.marchetti@libero.example>",
  subj="Your liability claim PH-2026-019402 - water damage Brüsseler Straße",
  date="2026-05-27 11:40", sig="oltmanns", client="outlook", lang="en",
  body="""Dear Ms Marchetti,

Thank you for your call and the photos. To confirm what we discussed:

On 24 May 2026 the hose of your washing machine came loose while you were out, and water ran into the flat below (Brüsseler Straße 61, 2nd floor, tenants Mr and Mrs Kaya). Nobody was hurt; the ceiling in their kitchen and a kitchen cabinet were damaged.

This is covered under your personal liability policy (PH 6620 5518). We will contact Mr and Mrs Kaya directly; please give them our claim number. The damage to the building itself (ceiling, floor) is usually settled by the landlord's buildings insurer, which may later claim against us.

Your own washing machine is not covered by the liability policy; if you have household contents insurance elsewhere, please check there.

Kind regards
""")

M("C", "en", "insurer-to-applicant", "job offer draft for a case manager (registered nurse): named applicant's salary, start date and date of birth; no health data of anyone",
  frm=ADDR("weiss"), to="Grace Mensah <grace.mensah@outlook.example>",
  subj="Your offer - Case Manager Rehabilitation (ref. 2026-031)",
  date="2026-05-28 16:15", sig="weiss", client="outlook",
  body="""Dear Ms Mensah,

It was a pleasure to meet you again on Tuesday. I am delighted to confirm that we would like to offer you the position of Case Manager in our Rehabilitation & Case Management team under Dr Verena Haas.

Main terms (the contract follows by post):
- Start date: 1 August 2026
- Working hours: 39 hours per week, flexible, up to 3 days remote
- Annual salary: EUR 61,800 gross (13 monthly payments), pay group VII of the collective agreement for the insurance industry
- Recognition of your nursing registration and your eight years of intensive care experience in Accra and Düsseldorf for the seniority level
- German language course (C1) paid by us

For the contract I have noted your date of birth as 21 February 1990 and your address as Kölner Landstraße 211, 40591 Düsseldorf - please let me know if anything is wrong.

We look forward to hearing from you by 5 June.

Kind regards
""")

M("C", "de", "internal", "HR: part-time during parental leave of a named employee with reduced salary figures; no health data",
  frm=ADDR("weiss"), to="Entgeltabrechnung <payroll@versicherer.example>", cc=ADDR("haas"),
  subj="Teilzeit in Elternzeit – PNr. 18833 (Herr Demirel)",
  date="2026-06-01 10:35", sig="weiss", sigstyle="short",
  body="""Hallo Frau Engelmann,

Herr Kerem Demirel (PNr. 18833, Reha-Management) nimmt Elternzeit und arbeitet in dieser Zeit in Teilzeit:

  Elternzeit:          01.07.2026 – 31.12.2026
  Teilzeit:            24 Std./Woche (bisher 39)
  Gehalt anteilig:     3.022,15 EUR brutto (bisher 4.911,00 EUR)
  vermögenswirksame Leistungen: unverändert
  Dienstwagen:         entfällt, Rückgabe 30.06.

Ab 01.01.2027 wieder Vollzeit. Die Vertretungsregelung im Team hat Frau Dr. Haas bereits organisiert.

Danke und Gruß
Nadine Weiß
""")

M("C", "de", "insurer-to-customer", "motor insurance confirmation (eVB) for a named customer's new car with VIN; no health data",
  frm=ADDR("engel"), to="Christoph Wienand <christoph.wienand@gmx.example>",
  subj="Ihre eVB-Nummer für den neuen Skoda",
  date="2026-06-02 08:55", sig="engel", sigstyle="short", client="thunderbird",
  body="""Hallo Herr Wienand,

wie gewünscht die elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer:        K7RT2WQ
  Fahrzeug:          Skoda Enyaq 85, FIN TMBJC7NY4S0218844
  Halter:            Christoph Wienand, Auf dem Hüls 17, 51109 Köln
  Vertrag:           KF 4471 2390 (Umschreibung vom bisherigen Octavia)
  SF-Klasse:         SF 14 Haftpflicht / SF 12 Vollkasko, Selbstbeteiligung 300 / 150 EUR

Die eVB ist sechs Monate gültig. Sobald das Fahrzeug zugelassen ist, schicken wir Ihnen den neuen Versicherungsschein.

Gute Fahrt!
""")

M("C", "en", "insurer-to-customer", "lost luggage claim under travel insurance for a named customer; flight and item values; no health content",
  frm=ADDR("seidel"), to="Niamh Gallagher <niamh.gallagher@eircom.example>",
  subj="Your baggage claim RG-26-02207 - Dublin to Cologne, 16 May",
  date="2026-06-03 13:05", sig="seidel", client="outlook",
  body="""Dear Ms Gallagher,

Thank you for sending the Property Irregularity Report from Cologne/Bonn Airport (CGNEW 44182) and your list of contents.

Your suitcase has now been missing for more than 21 days, so the airline considers it lost. Under your travel insurance (RG 5520 7781) we cover the contents at current value, after the airline's compensation:

  Contents claimed (clothing, shoes, hair dryer, e-reader)   EUR 1,340.00
  Current value after age deduction                         EUR   910.00
  Airline compensation (Aer Lingus, already paid)           EUR  -450.00
  Payment from us                                           EUR   460.00

We also refunded the emergency purchases of 16-18 May (EUR 186.40) last week.

Please send us your bank details (IBAN) by reply or in the customer portal, and we will transfer the money.

Kind regards
""")

M("C", "de", "insurer-to-customer", "legal expenses: tenancy dispute about a rent increase; named customer, address, rent figures; no health data",
  frm=ADDR("lindqvist"), to="Gülşen Aktaş <guelsen.aktas@web.example>",
  subj="Mieterhöhung – Ihre Anfrage vom 29.05.2026 (RS-2026-03110)",
  date="2026-06-04 11:28", sig="lindqvist",
  body="""Sehr geehrte Frau Aktaş,

vielen Dank für Ihre Anfrage. Für den Streit mit Ihrer Vermieterin, der Rheinblick Wohnbau GmbH, über die Mieterhöhung für Ihre Wohnung Venloer Straße 402, 50825 Köln, besteht Versicherungsschutz aus Ihrer Rechtsschutzversicherung (RS 3380 4419, Baustein Wohnungs- und Grundstücks-Rechtsschutz für Mieter).

Die Vermieterin verlangt eine Erhöhung der Nettokaltmiete von 812 EUR auf 974 EUR (+19,9 %) unter Berufung auf den Kölner Mietspiegel. Nach der Kappungsgrenze in Köln sind in drei Jahren höchstens 15 % zulässig.

Sie haben zwei Möglichkeiten:
1. eine kostenlose telefonische Erstberatung durch eine Anwältin aus unserem Netzwerk (Hotline 0221 555-4599), oder
2. die Beauftragung einer Anwältin oder eines Anwalts Ihrer Wahl; die Kosten übernehmen wir abzüglich Ihrer Selbstbeteiligung von 250 EUR.

Bitte stimmen Sie der Erhöhung nicht zu, bevor Sie beraten wurden. Die Zustimmungsfrist läuft bis Ende des übernächsten Monats nach Zugang des Schreibens.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "IVF/ICSI: cost approval of a third treatment cycle for a named couple with female and male infertility diagnoses (N97.9, N46)",
  frm=ADDR("kroeger"), to="Julia Hinrichs <julia.hinrichs@posteo.example>",
  subj="Kinderwunschbehandlung – Kostenzusage für den dritten Zyklus",
  date="2026-06-05 10:20", sig="kroeger",
  body="""Sehr geehrte Frau Hinrichs,

vielen Dank für den Behandlungsplan des Kinderwunschzentrums am Dom vom 22.05.2026.

Nach den vorliegenden Befunden besteht bei Ihnen eine Sterilität ohne nachweisbare Ursache (N97.9) und bei Ihrem Mann eine eingeschränkte Spermienqualität (Oligoasthenozoospermie, N46). Die ersten beiden ICSI-Zyklen im Oktober 2025 und Februar 2026 haben leider nicht zu einer Schwangerschaft geführt.

Wir übernehmen auch die Kosten für den dritten Zyklus (ICSI mit Blastozystenkultur) nach Ihrem Tarif zu 100 %, einschließlich der Medikamente zur Stimulation. Die Behandlungsanteile, die allein auf Ihren Mann entfallen (z. B. die Spermiengewinnung und -aufbereitung), rechnen Sie bitte wie bei den ersten beiden Zyklen über seine gesetzliche Krankenkasse ab.

Die Kryokonservierung überzähliger Eizellen ist keine Heilbehandlung und daher nicht versichert.

Wir drücken Ihnen beiden fest die Daumen.

Mit freundlichen Grüßen
""")

M("S", "de", "care-service", "forwarded care-service mail (message/rfc822) with a respite-care invoice (PDF inside) for a named insured with care level 4; forwarding body harmless",
  frm=ADDR("yilmaz"), to="Pflege Leistung Team 2 <pflege-team2@versicherer.example>",
  subj="WG: Rechnung Verhinderungspflege Mai",
  date="2026-06-08 08:40", sig="yilmaz", sigstyle="short",
  body="""Moin zusammen,

kam bei mir direkt an, bitte zur Bearbeitung übernehmen. Der Pflegedienst hatte vorher telefonisch angekündigt, dass die Angehörige im Urlaub war.

Felix
""",
  att=[EML(INNER("Ambulanter Pflegedienst Vita Care GmbH <abrechnung@vitacare-frechen.example>", ADDR("yilmaz"),
                 "Rechnung Verhinderungspflege Mai – Frau Gisela Oberländer", "2026-06-05 15:22",
                 """Sehr geehrter Herr Yilmaz,

anbei unsere Rechnung für die Verhinderungspflege bei Frau Gisela Oberländer (Pflegegrad 4, Ihre Vertragsnummer PT 88 340 117) für die Zeit vom 11.05. bis 24.05.2026, während ihre Tochter im Urlaub war. Die Abtretungserklärung liegt Ihnen seit März vor.

Mit freundlichen Grüßen
Jessica Brandl
Abrechnung, Vita Care GmbH""",
                 "<20260605152201.7718@vitacare-frechen.example>",
                 att=[PDF("RE-2026-0588_Oberlaender.pdf", [
                     ("h", "Rechnung Nr. 2026-0588 – Verhinderungspflege nach § 39 SGB XI"),
                     "Vita Care GmbH · Ambulanter Pflegedienst · Hauptstraße 8 · 50226 Frechen",
                     "Leistungsempfängerin: Gisela Oberländer, geb. 02.03.1938, Pflegegrad 4 · Zeitraum 11.05.–24.05.2026",
                     ("t", [["Leistung", "Einsätze", "Einzelpreis EUR", "Summe EUR"],
                            ["Große Körperpflege (LK 2)", "14", "34,60", "484,40"],
                            ["Lagern/Mobilisation (LK 5)", "28", "11,20", "313,60"],
                            ["Hilfe bei der Nahrungsaufnahme (LK 6)", "42", "15,80", "663,60"],
                            ["Medikamentengabe und Insulininjektion (HKP)", "28", "9,90", "277,20"],
                            ["Häusliche Betreuung, Stunden", "20", "38,50", "770,00"],
                            ["Summe", "", "", "2.508,80"]]),
                     "Die Pflege erfolgte während der urlaubsbedingten Verhinderung der Pflegeperson (Tochter). Bitte zahlen Sie auf unser Konto bei der Kreissparkasse Köln.",
                 ], title="Rechnung 2026-0588")]),
           "Rechnung Verhinderungspflege Mai.eml")])

M("S", "en", "insurer-to-doctor", "request to a psychiatrist for a treatment report on a named member's inpatient stay for bipolar disorder (F31.1)",
  frm=ADDR("obrien"), to="Dr Aoife Kavanagh <a.kavanagh@stpatricks-dublin.example>",
  subj="Request for treatment report - Mr Declan Moran, member no. 77-703-2281-01",
  date="2026-06-09 14:20", sig="obrien", client="outlook",
  body="""Dear Dr Kavanagh,

Your patient Mr Declan Moran is a member of our international health plan. We have received the interim invoice from St Patrick's University Hospital for his admission on 12 May 2026, with the diagnosis of bipolar affective disorder, current episode manic without psychotic symptoms (F31.1).

Mr Moran has signed a consent form allowing you to share information with us (attached to our secure message). To confirm cover beyond the first 28 days, we would be grateful for a brief report covering:

1. The reason for admission and the current clinical status
2. The treatment plan (medication such as lithium or valproate, psychotherapy)
3. The expected length of stay and the plan for discharge and outpatient follow-up

Please send the report via our secure portal - the link was sent to your secretary's address separately. We will of course cover a reasonable fee for the report.

Kind regards
""")

M("S", "de", "insurer-to-customer", "attachment-only: ODT letter approving two hearing aids for a named elderly insured; the body only refers to 'our letter'",
  frm=ADDR("petersen"), to="Elfriede Schumacher <elfriede.schumacher@t-online.example>",
  subj="Unser Schreiben vom 10.06.2026",
  date="2026-06-10 11:05", sig="petersen", sigstyle="short",
  body="""Sehr geehrte Frau Schumacher,

anbei erhalten Sie unser Schreiben vom heutigen Tag. Bei Fragen erreichen Sie mich unter der unten stehenden Nummer.

Mit freundlichen Grüßen
""",
  att=[ODT("Schreiben_2026-06-10_Schumacher.odt", [
      ("h", "Kostenzusage Hörgeräte"),
      "Frau\nElfriede Schumacher\nKastanienweg 4\n51503 Rösrath",
      "Versicherungsnummer: 410 0092 774 · Köln, 10.06.2026",
      "Sehr geehrte Frau Schumacher,",
      "Ihr HNO-Arzt, Herr Dr. Wolfram Behrens, hat Ihnen wegen einer beidseitigen Innenohrschwerhörigkeit (H90.3) mit einem Hörverlust von 55 dB rechts und 60 dB links zwei Hinter-dem-Ohr-Hörgeräte verordnet.",
      ("t", [["Position", "Betrag"],
             ["Hörgeräte Phonak Audéo L70, 2 Stück", "3.180,00 EUR"],
             ["Anpassung und Otoplastiken", "300,00 EUR"],
             ["Summe Kostenvoranschlag", "3.480,00 EUR"],
             ["Höchstbetrag Tarif (je Ohr 1.500 EUR, alle 5 Jahre)", "3.000,00 EUR"],
             ["Erstattung 100 % bis Höchstbetrag", "3.000,00 EUR"]]),
      "Den Differenzbetrag von 480,00 EUR trägt das Hörakustikgeschäft nach Rücksprache zur Hälfte; der Rest verbleibt bei Ihnen. Bitte reichen Sie nach der Anpassung die Rechnung ein.",
      "Mit freundlichen Grüßen\nOle Petersen\nLeistungsservice Krankenversicherung – Hilfsmittel / Heilmittel",
  ])])

M("S", "en", "insurer-to-relative", "care level application for a named insured with dementia: assessment visit date (ICS) sent to his son with power of attorney",
  frm=ADDR("schmitz"), to="Thomas Reinholz <t.reinholz@reinholz-consulting.example>",
  subj="Care assessment for your father, Mr Wolfgang Reinholz - appointment",
  date="2026-06-11 09:50", sig="schmitz", client="outlook",
  body="""Dear Mr Reinholz,

Thank you for the signed application for long-term care benefits for your father and the copy of your lasting power of attorney.

The assessor from MEDICPROOF, Ms Petra Engels (registered nurse), will visit your father at home in Kerpen on

    Tuesday, 23 June 2026, between 10:00 and 12:00.

I have attached the appointment to this mail. It would be very helpful if you or the neighbour who looks after him could be present, because people with dementia often describe themselves as more independent than they are. Please have ready: his list of medications, the GP's letter about the Alzheimer's diagnosis, the hospital discharge letter from January and, if possible, a short diary of the help he needed over the last two weeks (nights included).

After the visit, we will usually decide within two weeks. Benefits are paid retroactively from the month of application (June).

Kind regards
""",
  att=[ICS("Care_assessment_Reinholz.ics", "d22-medicproof-reinholz-20260623@versicherer.example",
           "Care assessment (MEDICPROOF) - Wolfgang Reinholz, Kerpen", "20260623T100000", "20260623T120000",
           ("Gabriele Schmitz", "gabriele.schmitz@versicherer.example"),
           [("Thomas Reinholz", "t.reinholz@reinholz-consulting.example")],
           location="Home of Wolfgang Reinholz, Kerpen",
           description="Home visit by Ms Petra Engels (MEDICPROOF) for the care level assessment of Mr Wolfgang Reinholz (policy 330 1187 204). Diagnosis on file: Alzheimer's dementia. Please have medication list and discharge letter ready.")])

M("S", "en", "insurer-to-partner", "facultative reinsurance submission for a named applicant with type 1 diabetes: HbA1c, complications screening, sums insured",
  frm=ADDR("hasselbach"), to="Facultative Underwriting <fac.life@rhinere.example>", cc=ADDR("stone"),
  subj="Fac submission - life and BU, applicant T1DM (our ref. 26-LU-01877)",
  date="2026-06-12 15:10", sig="hasselbach", client="outlook",
  body="""Dear colleagues,

we would like to offer you the following risk for facultative cover, as it exceeds our automatic binding limit:

Applicant:        Dr. Katharina Velten, born 19/08/1986, female, non-smoker
Occupation:       consultant anaesthetist, University Hospital Bonn
Cover applied:    term life EUR 1,500,000 (25 years) and BU annuity EUR 4,000/month to age 67
Medical history:  type 1 diabetes mellitus since age 12 (E10.9), insulin pump since 2015, CGM
                  HbA1c last 3 values: 6.6 %, 6.9 %, 6.8 %
                  No retinopathy (ophthalmology report 02/2026), no microalbuminuria, normal ECG
                  One severe hypoglycaemia requiring third-party help in 2019, none since
                  BMI 23.1, blood pressure 124/78 without medication
Our proposal:     life +75 %, BU +50 % with no exclusion

The full medical file (GP report, diabetologist's report, lab values) will be shared via our secure data room; the access link follows separately.

We would appreciate your decision within 10 working days.

Kind regards
""")

M("S", "de", "insurer-to-customer", "premium arrears in a named customer's health insurance with warning about the emergency tariff; no medical word, personal line",
  frm=ADDR("becker"), to="Ralf Schimanski <r.schimanski@freenet.example>",
  subj="Beitragsrückstand Krankenversicherung 410 6618 023 – Mahnung",
  date="2026-06-15 08:30", sig="becker",
  body="""Sehr geehrter Herr Schimanski,

für Ihre private Krankenversicherung (Versicherungsnummer 410 6618 023) sind die Beiträge für April, Mai und Juni 2026 noch offen:

  Beitrag April 2026       684,12 EUR
  Beitrag Mai 2026         684,12 EUR
  Beitrag Juni 2026        684,12 EUR
  Säumniszuschlag (1 %)     13,68 EUR
  Gesamt                 2.066,04 EUR

Bitte überweisen Sie den Betrag bis zum 29.06.2026. Wenn Ihnen das nicht auf einmal möglich ist, rufen Sie mich bitte an – wir können eine Ratenzahlung vereinbaren.

Bitte beachten Sie: Nach § 193 Abs. 6 VVG ruht der Vertrag, wenn der Rückstand nach zwei Mahnungen nicht ausgeglichen ist, und Sie werden in den Notlagentarif umgestellt. Dort ist nur noch die Versorgung bei akuten Erkrankungen und Schmerzzuständen versichert. Sobald alle Rückstände bezahlt sind, wird der ursprüngliche Tarif wieder aufgenommen.

Falls Sie auf Bürgergeld angewiesen sind, teilen Sie uns das bitte mit; dann gelten besondere Regeln und wir stellen Sie in den Basistarif zum halben Beitrag um.

Mit freundlichen Grüßen
""")


# ---------------------------------------------------------------- batch 5 (d22-0101 … d22-0125)

M("N", "de", "internal", "trap: actuarial per-capita claims by age group and sex for the premium review, XLSX attached; no persons",
  frm=ADDR("okafor"), to=ADDR("winter"), cc="Aktuariat Kranken <aktuariat-kv@versicherer.example>",
  subj="BAP 2027 – Kopfschäden Tarif KompaktPlus, auslösende Faktoren",
  date="2026-06-16 17:05", sig="okafor", sigstyle="short",
  body="""Hallo Paul,

wie besprochen die Kopfschadenauswertung für KompaktPlus als Grundlage für die Beitragsanpassung 2027. Der auslösende Faktor für die Versicherungsleistungen liegt bei 1,124 (Männer) bzw. 1,097 (Frauen) und damit über dem Schwellenwert von 1,05 – die Überprüfung ist also für beide Geschlechter ausgelöst.

Größte Treiber sind stationäre Leistungen in den Altersgruppen ab 60 und Arzneimittel (v. a. Onkologika und GLP-1-Analoga) in den Altersgruppen 45–64. Details in der Datei.

Die Daten sind auf Altersgruppen verdichtet; Einzelverträge sind nicht enthalten. Bitte nicht an den Vertrieb weitergeben, bevor der Treuhänder zugestimmt hat.

Gruß
Chidi
""",
  att=[XLSX("BAP2027_KompaktPlus_Kopfschaeden.xlsx", {
      "Kopfschäden": [["Altersgruppe", "Geschlecht", "Kopfschaden rechnungsmäßig EUR", "Kopfschaden beobachtet EUR", "Faktor"],
                      ["21-30", "M", 1210, 1302, 1.076], ["21-30", "F", 1644, 1721, 1.047],
                      ["31-40", "M", 1588, 1733, 1.091], ["31-40", "F", 2311, 2398, 1.038],
                      ["41-50", "M", 2196, 2452, 1.117], ["41-50", "F", 2604, 2855, 1.096],
                      ["51-60", "M", 3390, 3806, 1.123], ["51-60", "F", 3402, 3741, 1.100],
                      ["61-70", "M", 5120, 5842, 1.141], ["61-70", "F", 4688, 5217, 1.113],
                      ["71+", "M", 7410, 8293, 1.119], ["71+", "F", 6830, 7549, 1.105]],
      "Leistungsarten": [["Leistungsart", "Anteil Anstieg", "Bemerkung"],
                         ["stationär", "41 %", "Pflegesätze + 8,2 %"],
                         ["Arzneimittel", "27 %", "Onkologika, GLP-1"],
                         ["ambulant ärztlich", "19 %", "Fallzahl + 3 %"],
                         ["Zahn", "6 %", ""], ["sonstige", "7 %", ""]]},
      author="Chidi Okafor")])

M("N", "de", "insurer-to-broker", "trap: generic answer to a broker on waiting periods and the dental benefit cap in the first years; no client",
  frm=ADDR("vogel"), to="Finanzkontor Lüdtke <kontakt@finanzkontor-luedtke.example>",
  subj="AW: Zahnstaffel ZahnPremium – kurze Frage",
  date="2026-06-17 09:30", sig="vogel", sigstyle="short", client="thunderbird",
  body="""Hallo Herr Lüdtke,

gern, ganz allgemein:

- ZahnPremium hat keine Wartezeit. Versicherungsfälle, die vor Beginn bereits eingetreten sind (angeratene oder laufende Behandlungen, fehlende Zähne), sind aber nicht versichert.
- Die Zahnstaffel begrenzt die Leistung für Zahnersatz und Kieferorthopädie in den ersten vier Kalenderjahren: 1.000 / 2.000 / 3.000 / 4.000 EUR kumuliert. Bei Unfällen gilt die Staffel nicht.
- Prophylaxe (PZR) und Füllungen sind von der Staffel ausgenommen.

Das Produktinformationsblatt mit Beispielen finden Sie im Vermittlerportal unter Produkte > Zahn > ZahnPremium.

Viele Grüße
Katharina Vogel
""",
  quote="Am 16.06.2026 um 18:02 schrieb Finanzkontor Lüdtke:\n" + Q("""Hallo Frau Vogel,
kurze allgemeine Frage vorab, bevor ich Kunden berate: Wie genau funktioniert bei ZahnPremium die Zahnstaffel und gibt es eine Wartezeit?
Danke und Gruß
Jens Lüdtke"""))

M("N", "de", "internal", "trap: monthly complaints KPI report (counts by reason incl. rejected dental and psychotherapy claims); no persons",
  frm=ADDR("lorenz"), to="Bereichsleitung Kranken <bl-kranken@versicherer.example>", cc=ADDR("meier"),
  subj="Beschwerdereport Mai 2026 – Krankenversicherung",
  date="2026-06-18 12:10", sig="lorenz",
  body="""Liebe Kolleginnen und Kollegen,

hier der Beschwerdereport für Mai:

[[kpi]]

Auffällig:
- Ablehnungen Kieferorthopädie bei Erwachsenen: Anstieg um 40 %, vermutlich weil mehr Aligner-Behandlungen ohne medizinische Indikation eingereicht werden. Vorschlag: Textbaustein mit besserer Erklärung (Team Zahn ist informiert).
- Die Beschwerden über Bearbeitungsdauer sind nach Abbau der Rückstände deutlich gesunken.
- Ombudsmann: 3 neue Verfahren, davon 2 Psychotherapie.

Die Einzelfälle sind wie immer im Beschwerdesystem dokumentiert und nur dort einsehbar.

Viele Grüße
""",
  tables={"kpi": ([["Beschwerdegrund", "Mai", "April", "Ø 2025"],
                   ["Leistungsablehnung Zahn / KFO", "58", "41", "44"],
                   ["Leistungsablehnung Psychotherapie", "17", "15", "12"],
                   ["Leistungsablehnung Hilfsmittel", "21", "19", "18"],
                   ["Bearbeitungsdauer", "36", "71", "52"],
                   ["Beitragsanpassung", "12", "9", "31"],
                   ["Erreichbarkeit / Service", "25", "28", "30"],
                   ["Summe", "169", "183", "187"]], "pad")})

M("N", "en", "internal", "trap: release notes of the claims app 4.1 (prescription upload, hospital finder); no persons",
  frm=ADDR("raman"), to="Health Customer Service <service-kranken@versicherer.example>", cc=ADDR("hein"),
  subj="Claims app 4.1 is live - what's new (for customer service)",
  date="2026-06-22 08:15", sig="raman", sigstyle="short", client="outlook",
  body="""Hi all,

release 4.1 of the claims app went live this morning. What customers may ask you about:

New
- Prescriptions: customers can photograph an e-prescription token printout; the app reads the token and attaches the pharmacy receipt later.
- Hospital finder: search for hospitals with a direct billing agreement by postcode and specialty.
- Family view: parents can see claims of co-insured children up to age 16 without a separate login.

Fixed
- Upload of multi-page dental treatment plans no longer stops after page 10.
- Push notifications now show only "Your claim has been settled" - the amount and the doctor's name are no longer shown on the lock screen.

Known issue
- On some Android 13 devices the camera opens in low resolution. Workaround: close and reopen the app.

FAQ for customer service is updated in the knowledge base (article KB-2291).

Cheers
Priya
""")

M("N", "de", "internal", "trap: reminder of the mandatory e-learning on protecting health data with sample quiz questions; no persons",
  frm=ADDR("meier"), to="Leistungsservice Kranken alle <lskv-alle@versicherer.example>",
  subj="Erinnerung: Pflicht-E-Learning „Gesundheitsdaten richtig schützen“ bis 30.06.",
  date="2026-06-23 10:00", sig="meier", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

rund 30 % von Ihnen haben das jährliche Pflicht-E-Learning noch nicht abgeschlossen. Bitte holen Sie das bis 30.06. nach (Dauer ca. 25 Minuten, Lernplattform > Pflichtschulungen).

Zur Einstimmung drei Fragen aus dem Abschlusstest:

1. Eine Kundin schickt ihren Arztbericht unverschlüsselt per E-Mail und bittet um Antwort. Darf ich ihr per E-Mail antworten und den Bericht zitieren?
   (Antwort: Antworten ja, aber ohne Gesundheitsdaten – oder über das SecureMail-Portal bzw. mit ihrer dokumentierten Einwilligung in die TLS-Übertragung.)

2. Ein Arzt ruft an und möchte wissen, ob sein Patient bei uns versichert ist. Was tun?
   (Antwort: Keine Auskunft am Telefon. Schon die Tatsache, dass jemand bei uns versichert ist, ist vertraulich.)

3. Darf ich Diagnosen in die Betreffzeile einer internen Mail schreiben?
   (Antwort: Nein. Betreffzeilen werden in vielen Systemen protokolliert und angezeigt.)

Vielen Dank!
Thomas Meier
""")

M("N", "de", "insurer-to-supplier", "trap: purchase order for blood pressure monitors and AED pads for the company medical service; no persons",
  frm=ADDR("krueger"), to="Vertrieb MediTec Handel GmbH <bestellung@meditec-handel.example>",
  subj="Bestellung 4500119410 – Betriebsärztlicher Dienst",
  date="2026-06-24 13:45", sig="krueger",
  body="""Sehr geehrte Damen und Herren,

für unseren Betriebsärztlichen Dienst bestellen wir gemäß Angebot AN-26-0771 vom 12.06.2026:

  Pos. 10   4 x Oberarm-Blutdruckmessgerät, validiert, mit 3 Manschettengrößen     à 89,00 EUR
  Pos. 20  10 x Elektroden-Set Erwachsene für AED Lifepak CR2                      à 64,50 EUR
  Pos. 30   2 x Elektroden-Set Kinder für AED Lifepak CR2                          à 71,00 EUR
  Pos. 40   6 x Verbandkasten DIN 13157, Nachfüllset                               à 18,90 EUR

Gesamt netto: 1.256,40 EUR

Lieferung an: Versicherer Holding AG, Betriebsärztlicher Dienst, Haus B, Raum 0.04, Rheinuferstraße 12, 50667 Köln.
Die alten AED-Elektroden (Verfall 07/2026) nehmen Sie bitte bei Lieferung zurück.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: answer to the external auditors on the claims-process audit; sample to be provided pseudonymised in a data room, no persons",
  frm=ADDR("jansen"), to="Claire Dubois <claire.dubois@audit-partners.example>", cc=ADDR("morgan"),
  subj="RE: Claims process audit 2026 - sample selection health",
  date="2026-06-25 16:40", sig="jansen", client="outlook",
  body="""Dear Ms Dubois,

thank you for your list of requested samples. Some points from our side:

1. We can provide the 60 randomly selected health claims (40 outpatient, 15 inpatient, 5 dental) from the period January-April 2026 as requested.
2. The case files contain medical documents. We will therefore provide them pseudonymised (name, address, date of birth and policy number replaced by a sample ID) in our virtual data room from 6 July. The key list stays with us; if you need to verify an individual case against the source system, we can do that together on site.
3. For the IT general controls you asked for the access logs of the claims system: we will provide the export for one week (anonymised user IDs) instead of the full quarter, as agreed with Mr Morgan.

Please confirm that this approach works for you, and send us the names of your team members who need access to the data room.

Kind regards
""",
  quote=OQ("Claire Dubois <claire.dubois@audit-partners.example>", "Wednesday, 24 June 2026 11:02", ADDR("jansen"),
           "Claims process audit 2026 - sample selection health",
           """Dear Ms Jansen,
for the claims process audit we would like to look at a sample of 60 health claims settled between January and April (random selection from the list attached to our engagement letter), incl. the complete case files, plus the access logs of the claims system for Q1.
Best regards
Claire Dubois""", lang="en"))

M("N", "de", "internal", "office move of the care department: boxes, IT, locked containers for files; colleagues named without reasons",
  frm=ADDR("richter"), to="Pflegeversicherung alle <pflege-alle@versicherer.example>", cc=ADDR("yilmaz"),
  subj="Umzug Pflege nach Haus B am 10./11. Juli – Ablauf",
  date="2026-06-26 11:55", sig="richter", sigstyle="short",
  body="""Hallo zusammen,

hier der Ablauf für den Umzug der Pflegeversicherung vom 4. OG Haus A ins 2. OG Haus B:

Donnerstag, 09.07.
- ab 14 Uhr Kisten packen (Kisten und Etiketten stehen ab Montag im Flur)
- Papierakten und alles mit Kundendaten bitte NICHT in offene Kisten, sondern in die grauen verschließbaren Aktenbehälter. Die Behälter werden von der Umzugsfirma nur verplombt transportiert.

Freitag, 10.07.
- kein Bürobetrieb im Haus A 4. OG, bitte Homeoffice
- IT baut Docking-Stationen und Telefone um

Montag, 13.07.
- Arbeitsbeginn im Haus B, Raumplan hängt am Eingang

Ansprechpartner vor Ort: Herr Kolbe (Umzugsfirma) und ich. Frau Brenner aus dem Team ist am Freitag die Etagenverantwortliche, weil Herr Yilmaz an dem Tag nicht im Haus ist.

Viele Grüße
Anja
""")

M("N", "de", "insurer-to-customer", "password reset mail of the secure portal; no personal or contract data",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>",
  to="e.schumacher47@t-online.example",
  subj="Passwort zurücksetzen – SecureMail-Portal",
  date="2026-06-29 19:41", client="system", mailer="Siegel Notification Service",
  body="""Guten Tag,

Sie haben im SecureMail-Portal die Funktion „Passwort vergessen“ genutzt und Ihre Sicherheitsfrage richtig beantwortet.

Über den folgenden Link können Sie ein neues Passwort festlegen. Der Link ist 30 Minuten gültig und kann nur einmal verwendet werden:

https://securemail.versicherer.example/reset?t=Z3F0bTk4cXBjM2w1d2Ztbk5oYQ

Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr bisheriges Passwort bleibt gültig. Nach drei falschen Anmeldeversuchen wird Ihr Zugang aus Sicherheitsgründen gesperrt.

Versicherer-Gruppe · Rheinuferstraße 12 · 50667 Köln
""")

M("N", "en", "insurer-to-partner", "trap: press release on a telemedicine partnership with a company, DOCX attached; no persons apart from quoted executives",
  frm=ADDR("baumann"), to="Press distribution list <presse-verteiler@versicherer.example>",
  subj="Press release: Versicherer and TeleDoc Europe launch 24/7 video consultations",
  date="2026-07-01 10:00", sig="baumann", client="outlook",
  body="""Dear journalists,

please find attached our press release, embargoed until 1 July 2026, 11:00 CEST.

Key facts:
- From 1 August, all 1.2 million members in comprehensive health insurance can consult a doctor by video 24/7 in six languages.
- Partner is TeleDoc Europe GmbH (Berlin), which works only with doctors licensed in Germany.
- Prescriptions are issued electronically; sick notes are available where legally permitted.
- The service is free of charge and does not count towards the no-claims bonus.

Interviews with our board member Birgit Oppermann are possible on 1 and 2 July. Please contact me.

Kind regards
""",
  att=[DOCX("PR_2026-07-01_Telemedizin_EN.docx", [
      ("h", "Versicherer and TeleDoc Europe launch 24/7 video consultations for 1.2 million members"),
      "Cologne, 1 July 2026 - Versicherer Krankenversicherung a.G. and TeleDoc Europe GmbH are launching a joint telemedicine service. From 1 August 2026, members with comprehensive health insurance can speak to a doctor by video around the clock, in German, English, Turkish, Arabic, Russian and Ukrainian.",
      "\"Many of our members wait weeks for an appointment, even for simple questions. A video consultation within 30 minutes is a real improvement,\" says Birgit Oppermann, member of the Board of Management responsible for health insurance.",
      "The doctors can issue electronic prescriptions and referrals. Medical information stays with TeleDoc; the insurer only receives the invoice data needed for reimbursement, as for any other doctor's visit.",
      ("h", "About Versicherer", 2),
      "Versicherer Krankenversicherung a.G. is a mutual health insurer based in Cologne with 1.6 million insured persons.",
      "Press contact: Julia Baumann, Corporate Communications, +49 221 555-1010, julia.baumann@versicherer.example",
  ], author="Julia Baumann")])

M("C", "de", "insurer-to-customer", "glass breakage at a dental practice entrance door: named dentist (sole trader), policy and address; no patient data",
  frm=ADDR("hartmann"), to="Dr. med. dent. Nadja Petrović <praxis@zahnaerztin-petrovic.example>",
  subj="Glasbruch Praxiseingang – GL-2026-000733",
  date="2026-07-02 09:20", sig="hartmann",
  body="""Sehr geehrte Frau Dr. Petrović,

vielen Dank für Ihre Meldung. Die gesprungene Scheibe der Eingangstür Ihrer Zahnarztpraxis (Ehrenstraße 41, 50672 Köln) ist über Ihre Praxis-Inhaltsversicherung mit Glasbaustein (Vertrag IN 5520 3318) versichert.

Sie können die Glaserei Ihrer Wahl beauftragen. Bis 1.500 EUR brauchen wir keinen Kostenvoranschlag; die Rechnung schicken Sie uns einfach nach der Reparatur. Die provisorische Sicherung mit Folie, die Sie am Montag veranlasst haben, ist ebenfalls versichert.

Da der Schaden nach Ihrer Schilderung durch einen Vandalismus in der Nacht zum 30.06. entstanden ist, bitten wir noch um das Aktenzeichen der Polizei.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "electronics insurance of a physiotherapy practice (sole trader): defective shockwave device, named owner, policy and cost estimate; no patients",
  frm=ADDR("hartmann"), to="Physiotherapie Meike Dornbusch <praxis@physio-dornbusch.example>",
  subj="Elektronikversicherung – Defekt Stoßwellengerät (EL-2026-000291)",
  date="2026-07-03 14:35", sig="hartmann",
  body="""Sehr geehrte Frau Dornbusch,

vielen Dank für Ihre Schadenanzeige und den Kostenvoranschlag der Firma Storz Medizintechnik Service.

Ihr Stoßwellengerät (Masterpuls MP200, Seriennummer MP2-0044871, Anschaffung 2022) ist in Ihrer Elektronikversicherung für die Praxis (Vertrag EL 5530 1104, Versicherungsnehmerin Meike Dornbusch) enthalten. Laut Techniker ist nach einem Überspannungsschaden das Handstück defekt.

  Kostenvoranschlag Reparatur       2.380,00 EUR netto
  Selbstbeteiligung                   -250,00 EUR
  Leistung                           2.130,00 EUR

Da Sie vorsteuerabzugsberechtigt sind, erstatten wir den Nettobetrag. Bitte beauftragen Sie die Reparatur und senden Sie uns die Rechnung. Die Zahlung geht auf Ihr Praxiskonto.

Mit freundlichen Grüßen
""")

M("C", "de", "internal", "team birthday list with full birth dates of named colleagues",
  frm="Sekretariat Leistung Kranken <sekretariat-lskv@versicherer.example>", sender=ADDR("brandt"),
  to="Team Stationär <lskv-stationaer@versicherer.example>",
  subj="Geburtstagsliste 2. Halbjahr",
  date="2026-07-06 08:45", client="outlook",
  body="""Hallo zusammen,

wie jedes Jahr die Geburtstagsliste fürs zweite Halbjahr – damit niemand vergessen wird. Wer nicht draufstehen möchte, sagt mir bitte Bescheid, dann nehme ich ihn raus.

[[geb]]

Kuchenregel wie immer: Geburtstagskind bringt mit, Team schenkt Blumen.

Liebe Grüße
Marion (Sekretariat)
""",
  tables={"geb": ([["Name", "Geburtstag"],
                   ["Gerrit Brandt", "14.07.1976"],
                   ["Svenja Roloff", "02.08.1991"],
                   ["Mehmet Aydın", "19.08.1984"],
                   ["Ursula Pohl", "30.09.1963"],
                   ["Katharina Lenz", "11.11.1995"],
                   ["Jens Wübbeling", "27.12.1988"]], "pad")})

M("C", "de", "insurer-to-customer", "address change of a named customer for household and liability contracts; no personal lines",
  frm=ADDR("kowalski"), to="Annika Lorscheid <annika.lorscheid@gmx.example>",
  subj="Ihr Umzug – Bestätigung der neuen Anschrift",
  date="2026-07-07 15:02", sig="kowalski", sigstyle="short",
  body="""Hallo Frau Lorscheid,

vielen Dank für die Mitteilung Ihres Umzugs. Wir haben Ihre neue Anschrift ab 01.08.2026 gespeichert:

  Annika Lorscheid
  Dürener Straße 209
  50931 Köln

Geändert haben wir Ihre Hausratversicherung (HR 7720 1149) und Ihre Privathaftpflicht (PH 7720 1150). Durch den Umzug ändert sich die Tarifzone Ihrer Hausrat von 3 auf 4; der Beitrag steigt bei gleicher Versicherungssumme (65.000 EUR, neue Wohnfläche 84 m²) um 2,10 EUR auf 12,80 EUR monatlich. Während des Umzugs sind Ihre Sachen in beiden Wohnungen versichert.

Den geänderten Versicherungsschein erhalten Sie per Post.

Viele Grüße
""")

M("C", "de", "insurer-to-broker", "registration of a new sole-trader broker: register number, date of birth, IBAN and tax number",
  frm=ADDR("vogel"), to="Jens Lüdtke <kontakt@finanzkontor-luedtke.example>",
  subj="Ihre Anbindung als Makler – Bestätigung der Stammdaten",
  date="2026-07-08 10:14", sig="vogel",
  body=f"""Sehr geehrter Herr Lüdtke,

herzlich willkommen! Ihre Courtagezusage ist unterschrieben, Ihre Vermittlernummer lautet 0847-2291. Bitte prüfen Sie die gespeicherten Daten:

  Name:                 Jens Lüdtke, Finanzkontor Lüdtke (Einzelunternehmen)
  Geburtsdatum:         08.02.1980
  Registernummer:       D-W-140-QX7Z-55 (Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO)
  Anschrift:            Hohe Straße 140, 50667 Köln
  Steuernummer:         214/5071/3398
  Courtagekonto:        {IB("DE", "37040044" + "0602218800")}

Ihren Zugang zum Vermittlerportal richtet unsere Technik in den nächsten Tagen ein; das Einmal-Passwort kommt per separater E-Mail, der Registrierungslink in einer zweiten.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "rent deposit guarantee for a named expat: landlord, amount and net income proof; no health data; PDF certificate attached",
  frm=ADDR("kowalski"), to="Arjun Mehta <arjun.mehta@mehta-mail.example>",
  subj="Your rent deposit guarantee KB 6610 0482 - certificate for your landlord",
  date="2026-07-09 12:20", sig="kowalski", client="outlook",
  body="""Dear Mr Mehta,

thank you for your application. Based on your employment contract with Lumen Robotics GmbH and your last three payslips (net monthly income EUR 4,880), we are pleased to issue the rent deposit guarantee:

  Guarantee number:   KB 6610 0482
  Landlord:           Hausverwaltung Rheinpark GmbH, on behalf of the owners
  Property:           Deutz-Mülheimer Straße 32, flat 4.2, 51063 Cologne
  Guaranteed amount:  EUR 4,350.00 (three months' basic rent)
  Annual fee:         EUR 217.50 (5 %), payable in advance

Please pass the attached certificate to your landlord. The original goes to the landlord by post as well.

Kind regards
""",
  att=[PDF("Guarantee_certificate_KB66100482.pdf", [
      ("h", "Rent Deposit Guarantee (Mietkautionsbürgschaft)"),
      "Guarantor: Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln",
      "Guarantee no. KB 6610 0482 · Issued: 09.07.2026",
      ("t", [["", ""],
             ["Tenant", "Arjun Mehta"],
             ["Landlord", "Hausverwaltung Rheinpark GmbH"],
             ["Rented property", "Deutz-Mülheimer Straße 32, flat 4.2, 51063 Köln"],
             ["Maximum amount", "EUR 4,350.00"]]),
      "We hereby irrevocably guarantee payment up to the maximum amount of all claims of the landlord arising from the tenancy, waiving the defence of unexhausted remedies (§ 771 BGB). The guarantee expires on return of this certificate.",
      ("small", "This certificate is valid only with the seal of Versicherer Allgemeine Versicherung AG."),
  ], title="Rent deposit guarantee KB 6610 0482")])

M("C", "en", "insurer-to-customer", "pet insurance: dog's cruciate ligament surgery (animal health) for a named customer; reimbursement",
  frm=ADDR("wagner"), to="Rachel Whitmore <rachel.whitmore@gmail.example>",
  subj="Surgery claim for Bailey - TK-26-005817",
  date="2026-07-10 11:02", sig="wagner", client="thunderbird",
  body="""Dear Ms Whitmore,

we were sorry to hear about Bailey's knee. The invoice from Tierklinik Hofheim for the TPLO surgery (ruptured cranial cruciate ligament, left hind leg) on 29 June, including the pre-operative X-rays and two nights in the clinic, totals EUR 3,412.55.

Your dog health policy TK 8820 4417 (OP-Premium) covers surgery at up to 4 times the veterinary fee scale:

  Invoice total                          EUR 3,412.55
  Not covered: special diet food         EUR   -46.90
  Covered                                EUR 3,365.65
  Deductible (10 %)                      EUR  -336.57
  Payment                                EUR 3,029.08

The follow-up physiotherapy for Bailey is covered up to EUR 500 if prescribed by the vet within 3 months of the operation.

We'll transfer the payment to your account within five working days.

Wishing Bailey a quick recovery
""")

M("C", "de", "insurer-to-customer", "deer collision: partial-cover motor claim of a named customer with plate and policy; nobody hurt",
  frm=ADDR("brenner"), to="Detlef Haberland <d.haberland@online.example>",
  subj="Wildunfall vom 05.07. – K-2026-0204418",
  date="2026-07-13 08:05", sig="brenner",
  body="""Sehr geehrter Herr Haberland,

vielen Dank für Ihre Meldung und die Wildunfallbescheinigung des Jagdpächters. Gut, dass Sie unverletzt geblieben sind.

Ihr Fahrzeug (Audi A4 Avant, RE-DH 550) ist am 05.07.2026 gegen 22:30 Uhr auf der L 511 zwischen Marl und Haltern mit einem Reh zusammengestoßen. Schäden: Frontschürze, Scheinwerfer rechts, Kühlergrill.

Der Schaden ist über Ihre Teilkasko (Vertrag KF 4480 1152, Selbstbeteiligung 150 EUR) versichert und wirkt sich nicht auf Ihren Schadenfreiheitsrabatt aus. Bitte lassen Sie in der Werkstatt einen Kostenvoranschlag erstellen; bis 2.500 EUR verzichten wir auf einen Gutachter. Alternativ können Sie unsere Partnerwerkstatt in Recklinghausen nutzen, dann rechnen wir direkt ab und Sie zahlen nur die Selbstbeteiligung.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "hospital daily allowance and recovery benefit after breast cancer surgery (C50.4) for a named insured; chemotherapy days",
  frm=ADDR("brandt"), to="Sandra Klöckner <sandra.kloeckner@web.example>",
  subj="Krankenhaustagegeld und Genesungsgeld – Ihre Unterlagen vom 06.07.",
  date="2026-07-14 10:40", sig="brandt",
  body="""Sehr geehrte Frau Klöckner,

vielen Dank für die Krankenhausbescheinigungen. Ich hoffe, Sie haben die Operation gut überstanden und kommen mit der weiteren Behandlung zurecht.

Nach den Unterlagen des Brustzentrums Holweide waren Sie wegen des Mammakarzinoms (C50.4) stationär:

  28.05.–03.06.2026   brusterhaltende Operation links mit Sentinel-Lymphknotenbiopsie   7 Tage
  22.06.–23.06.2026   Portimplantation, erste Chemotherapie                                2 Tage

Aus Ihrem Tarif Krankenhaustagegeld KHT 50 zahlen wir:

  Krankenhaustagegeld 9 Tage x 50 EUR      450 EUR
  Genesungsgeld (ab 5 Tagen Aufenthalt)    350 EUR
  Gesamt                                   800 EUR

Ambulante Chemotherapie-Tage in der Tagesklinik sind nach den Bedingungen keine vollstationäre Behandlung; dafür zahlt der Tarif KHT 50 leider kein Tagegeld. Falls Sie weitere stationäre Aufenthalte haben, reichen Sie die Bescheinigungen bitte jeweils ein.

Ich wünsche Ihnen viel Kraft.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "glasses for a named child with myopia and astigmatism (dioptre values), reimbursement; sent from the outpatient aids team",
  frm=ADDR("petersen"), to="Markus Feldhaus <markus.feldhaus@gmx.example>",
  subj="Brille für Emily – Erstattung",
  date="2026-07-15 13:30", sig="petersen", sigstyle="short", client="thunderbird",
  body="""Sehr geehrter Herr Feldhaus,

danke für die Rechnung von Optik Sonnenschein und die Verordnung der Augenärztin.

Bei Emily (9 Jahre, mitversichert unter 410 5521 608) hat sich die Kurzsichtigkeit laut Verordnung deutlich verstärkt: rechts -3,50 dpt, links -3,25 dpt, dazu eine Hornhautverkrümmung rechts von -1,25 dpt (Achse 180°). Die Augenärztin empfiehlt Brillengläser zur Myopiekontrolle (DIMS-Gläser).

  Fassung                          119,00 EUR
  2 Gläser mit Myopiekontrolle     398,00 EUR
  Summe                            517,00 EUR

Ihr Tarif erstattet Sehhilfen für Kinder ohne Zweijahresgrenze, wenn sich die Sehstärke um mindestens 0,5 dpt geändert hat, bis 300 EUR je Brille. Wir überweisen 300,00 EUR.

Viele Grüße
""")

M("S", "en", "insurer-to-customer", "baby's physiotherapy for congenital torticollis in the Netherlands, named child, PDF settlement attached",
  frm=ADDR("obrien"), to="Sanne de Vries-Hartmann <sanne.devries@ziggo.example>",
  subj="Physiotherapy for Noah - reimbursement",
  date="2026-07-16 09:55", sig="obrien", client="outlook",
  body="""Dear Mrs de Vries-Hartmann,

thank you for sending the invoices from Kinderfysiotherapie Utrecht-Oost for Noah.

The paediatrician's referral states congenital muscular torticollis (Q68.0) with a preferred head position to the right and a beginning flattening of the back of the head. The physiotherapy (12 sessions from April to June) is fully covered under your family's GlobalCare Plus policy. The settlement is attached.

The paediatrician mentions that a helmet therapy could be considered if the head shape does not improve by the age of 6 months. If that is recommended, please send us the orthotist's quote first - helmet therapy requires our prior approval.

I hope Noah keeps making good progress!

Kind regards
""",
  att=[PDF("Settlement_IHS-26-02311_Noah.pdf", [
      ("h", "Claim settlement IHS-26-02311"),
      "Member: Noah de Vries, born 03/01/2026 · Policyholder: Sanne de Vries-Hartmann · Policy: GlobalCare Plus 77-820-1194",
      ("t", [["Date", "Treatment", "Sessions", "Invoiced EUR", "Paid EUR"],
             ["04/2026", "Paediatric physiotherapy (torticollis)", "4", "232.00", "232.00"],
             ["05/2026", "Paediatric physiotherapy (torticollis)", "5", "290.00", "290.00"],
             ["06/2026", "Paediatric physiotherapy (torticollis)", "3", "174.00", "174.00"],
             ["", "Total", "12", "696.00", "696.00"]]),
      "Diagnosis on referral: Q68.0 Congenital deformity of sternocleidomastoid muscle.",
      "Payment to account ending 4471 on 17/07/2026.",
  ], title="Claim settlement IHS-26-02311")])

M("S", "en", "internal", "large-claim notification: named member's lymphoma chemotherapy in Dubai with projected costs, XLSX attached",
  frm=ADDR("whitfield"), to=ADDR("stone"), cc=[ADDR("obrien"), ADDR("mertens")],
  subj="Large claim alert - member 77-455-0931-01 (oncology, Dubai)",
  date="2026-07-17 14:25", sig="whitfield", sigstyle="short", client="outlook",
  body="""Hi Rebecca,

as per the large-claim procedure, here is a heads-up on a case that will exceed the EUR 250k reinsurance notification threshold this year.

Member:      Mr Yusuf Al-Amiri, 52, GlobalCare Premium, worldwide excl. USA
Diagnosis:   diffuse large B-cell lymphoma, stage III (C83.3), diagnosed May 2026
Treatment:   6 cycles R-CHOP at American Hospital Dubai, cycle 3 of 6 completed; PET-CT after cycle 4
Risk:        if no complete remission after cycle 6, the oncologist will discuss CAR-T therapy, which would be done in Germany (Cologne University Hospital) - estimated EUR 350-400k alone

Projected costs are in the attached sheet. Dr Mertens has reviewed the treatment plan and finds it guideline-compliant.

I'll update you after the PET-CT (expected mid-August).

Emma
""",
  att=[XLSX("Large_claim_77-455-0931_projection.xlsx", {
      "Projection": [["Item", "Status", "Cost EUR", "Note"],
                     ["Diagnostics (biopsy, PET-CT, bone marrow)", "paid", 38400, ""],
                     ["R-CHOP cycles 1-3 incl. day care", "paid", 71250, ""],
                     ["R-CHOP cycles 4-6", "expected", 72000, ""],
                     ["Interim + final PET-CT", "expected", 9800, ""],
                     ["Supportive care (G-CSF, antiemetics)", "expected", 14500, ""],
                     ["Subtotal first-line", "", 205950, ""],
                     ["Scenario CAR-T in Germany", "possible", 375000, "if no CR after cycle 6"],
                     ["Total incl. scenario", "", 580950, ""]]},
      author="Emma Whitfield")])

M("S", "de", "insurer-to-customer", "naturopath invoice (GebüH) with diagnosis of chronic exhaustion, acupuncture and autologous blood therapy; partial reimbursement; HTML alternative",
  frm=ADDR("kroeger"), to="Petra Engelhardt <petra.engelhardt@arcor.example>",
  subj="Ihre Heilpraktikerrechnung vom 30.06.2026",
  date="2026-07-20 11:45", sig="kroeger", client="outlook", html=True,
  body="""Sehr geehrte Frau Engelhardt,

wir haben die Rechnung Ihrer Heilpraktikerin, Frau Sabine Oehme, geprüft. Als Diagnose ist „chronisches Erschöpfungssyndrom, Schlafstörungen, Nahrungsmittelunverträglichkeit“ angegeben.

[[hp]]

Ihr Tarif erstattet Heilpraktikerleistungen zu 80 % bis zu den Höchstsätzen des Gebührenverzeichnisses für Heilpraktiker (GebüH), höchstens 1.000 EUR im Jahr. Der Bioresonanztest ist keine wissenschaftlich anerkannte Methode und im Leistungsverzeichnis Ihres Tarifs ausdrücklich ausgeschlossen.

Von Ihrem Jahresbudget sind nach dieser Abrechnung noch 812,00 EUR verfügbar.

Mit freundlichen Grüßen
""",
  tables={"hp": ([["Datum", "GebüH", "Leistung", "Rechnung EUR", "Erstattung EUR"],
                  ["02.06.2026", "1", "Erstanamnese", "45,00", "36,00"],
                  ["02.06.2026", "–", "Bioresonanztest", "80,00", "0,00"],
                  ["09.06.2026", "21.2", "Akupunktur", "40,00", "32,00"],
                  ["16.06.2026", "21.2", "Akupunktur", "40,00", "32,00"],
                  ["16.06.2026", "22.5", "Eigenblutbehandlung", "35,00", "28,00"],
                  ["23.06.2026", "21.2", "Akupunktur", "40,00", "32,00"],
                  ["30.06.2026", "22.5", "Eigenblutbehandlung", "35,00", "28,00"],
                  ["", "", "Summe", "315,00", "188,00"]], "pad")})

M("S", "de", "insurer-to-doctor", "reply to a neurologist on off-label rituximab for a named patient's multiple sclerosis (G35); the doctor's question is quoted",
  frm=ADDR("mertens"), to="Dr. med. Ines Bartholomä <i.bartholomae@neuro-praxis-bonn.example>",
  subj="AW: Off-Label Rituximab – Patient Herr Felix Wagenknecht",
  date="2026-07-21 16:50", sig="mertens",
  body="""Sehr geehrte Frau Kollegin Bartholomä,

vielen Dank für die ausführliche Begründung.

Bei der hochaktiven schubförmigen Verlaufsform mit zwei Schüben unter Ocrelizumab-Vorbehandlung und der dokumentierten Infusionsreaktion sehe ich die Voraussetzungen für eine Kostenübernahme der Off-Label-Therapie mit Rituximab als erfüllt an (schwerwiegende Erkrankung, keine zumutbare zugelassene Alternative, begründete Aussicht auf Erfolg nach aktueller Studienlage). Wir übernehmen die Kosten zunächst für 12 Monate; danach bitte ein kurzer Verlaufsbericht mit dem Kontroll-MRT.

Die Zusage geht in Kopie schriftlich an Herrn Wagenknecht.

Mit freundlichen kollegialen Grüßen
""",
  quote=OQ("Dr. med. Ines Bartholomä <i.bartholomae@neuro-praxis-bonn.example>", "Freitag, 17. Juli 2026 12:31",
           "beratungsarzt@versicherer.example", "Off-Label Rituximab – Patient Herr Felix Wagenknecht",
           """Sehr geehrte Damen und Herren,

ich betreue Herrn Felix Wagenknecht (geb. 11.01.1991, Ihre Versicherungsnummer 410 8821 337) wegen einer schubförmig remittierenden Multiplen Sklerose (G35.1), Erstdiagnose 2019. Unter Ocrelizumab kam es 2025 zu zwei Schüben mit neuen Gadolinium-aufnehmenden Läsionen; außerdem hatte er eine schwere Infusionsreaktion. Ich möchte auf Rituximab (off-label, 1000 mg alle 6 Monate) umstellen. Übernehmen Sie die Kosten?

Mit freundlichen Grüßen
Dr. med. Ines Bartholomä
Fachärztin für Neurologie"""))

M("S", "en", "insurer-to-customer", "accident insurance: concussion and hospital stay after a cycling accident of a named insured, hospital daily benefit",
  frm=ADDR("said"), to="Benjamin Clarke <ben.clarke@clarke-design.example>",
  subj="Your accident claim UV-2026-00644 - hospital benefit",
  date="2026-07-22 10:12", sig="said", client="outlook",
  body="""Dear Mr Clarke,

thank you for the discharge letter from Evangelisches Krankenhaus Kalk. I'm glad you are home again.

According to the letter, you were admitted on 3 July 2026 after falling from your bicycle on the Rheinufer cycle path and hitting your head. The diagnosis was a concussion (S06.0) with a short loss of consciousness, a laceration above the left eyebrow and bruising of the left shoulder; the CT scan of the head was normal. You were discharged on 6 July.

Under your personal accident policy (UA 5120 9903) we pay:

  Hospital daily benefit: 4 days x EUR 40     EUR 160
  Convalescence benefit                       EUR 160
  Total                                       EUR 320

If you still have symptoms (headaches, dizziness, concentration problems) in a few months, please let us know. A permanent impairment must be confirmed by a doctor within 15 months and claimed within 18 months of the accident.

Kind regards
""")


# ---------------------------------------------------------------- batch 6 (d22-0126 … d22-0150)

M("N", "de", "internal", "trap: comparison of fees under the old and the draft new GOÄ for typical services, XLSX attached; no persons",
  frm=ADDR("jansen"), to="Leistungsservice KV Teamleitungen <lskv-teamleitung@versicherer.example>", cc=ADDR("mertens"),
  subj="GOÄneu – erste Hochrechnung für typische Leistungen",
  date="2026-07-23 09:25", sig="jansen", sigstyle="short",
  body="""Hallo zusammen,

nachdem der Referentenentwurf zur neuen GOÄ veröffentlicht ist, haben wir für die 20 häufigsten ambulanten Leistungen in unserem Bestand alt und neu gegenübergestellt. Ergebnis in Kürze: Beratungs- und Untersuchungsleistungen werden deutlich teurer (+25 bis +40 %), technische Leistungen (Labor, Röntgen) günstiger. Insgesamt rechnen wir mit +9 bis +12 % im ambulanten Bereich.

Die Tabelle im Anhang ist auf Basis von Durchschnittswerten je Leistung erstellt, nicht aus Einzelrechnungen.

Bitte noch nicht nach außen kommunizieren – der Entwurf kann sich im Verfahren noch ändern.

Wiebke
""",
  att=[XLSX("GOAE_alt_neu_Top20.xlsx", {
      "Vergleich": [["Leistung", "GOÄ alt Nr.", "Ø Betrag alt EUR", "GOÄneu Nr.", "Betrag neu EUR", "Veränderung"],
                    ["Beratung", "1", 10.72, "B1", 14.90, "+39 %"],
                    ["Eingehende Beratung", "3", 20.11, "B3", 26.50, "+32 %"],
                    ["Symptombezogene Untersuchung", "5", 10.72, "U1", 13.80, "+29 %"],
                    ["Ganzkörperstatus", "8", 34.86, "U4", 43.60, "+25 %"],
                    ["Ruhe-EKG", "651", 25.94, "K210", 22.40, "-14 %"],
                    ["Sonographie Abdomen", "410", 26.81, "S110", 29.90, "+12 %"],
                    ["Blutbild", "3550", 4.02, "L100", 3.10, "-23 %"],
                    ["Röntgen Thorax 2 Ebenen", "5137", 75.77, "R220", 61.00, "-19 %"]]},
      author="Wiebke Jansen")])

M("N", "de", "insurer-to-doctor", "trap: circular to dental practices on submitting treatment plans digitally; general process information, no patients",
  frm="Versicherer Leistungsmanagement <leistungsmanagement@versicherer.example>", sender=ADDR("roth"),
  to="Zahnarztpraxen Verteiler <zahnarztpraxen-info@versicherer.example>",
  subj="Information für Zahnarztpraxen: Heil- und Kostenpläne jetzt digital",
  date="2026-07-27 08:30", client="outlook", html=True,
  body="""Sehr geehrte Damen und Herren,

viele Ihrer Patientinnen und Patienten sind bei uns zahnzusatz- oder vollversichert. Um die Prüfung von Heil- und Kostenplänen zu beschleunigen, können Praxen ab 1. September 2026 Pläne direkt digital einreichen – vorausgesetzt, der Patient hat in der Praxis eingewilligt.

So funktioniert es:
1. Sie erzeugen den HKP wie gewohnt in Ihrer Praxissoftware.
2. Über die Schnittstelle „HKP digital“ (unterstützt u. a. von Dampsoft, CGM Z1 und Evident) übermitteln Sie den Plan verschlüsselt an uns.
3. Wir senden die Kostenzusage an den Patienten und – mit seiner Einwilligung – eine Kopie an Ihre Praxis.

Bitte senden Sie Heil- und Kostenpläne, Röntgenbilder oder Befunde nicht per normaler E-Mail an uns. Wenn Ihre Software die Schnittstelle noch nicht unterstützt, nutzen Sie bitte unser SecureMail-Portal.

Fragen beantwortet unser Praxisservice unter 0221 555-3366.

Mit freundlichen Grüßen
Ihr Leistungsmanagement der Versicherer Krankenversicherung a.G.
""")

M("N", "de", "internal", "trap: information security notice about marking mails with health data with a subject tag; the tag is only mentioned in the body",
  frm=ADDR("fischer"), to="Leistungsservice Kranken alle <lskv-alle@versicherer.example>",
  subj="Neu ab 1. September: Versand vertraulicher Mails über das SecureMail-Gateway",
  date="2026-07-28 11:00", sig="fischer",
  body="""Liebe Kolleginnen und Kollegen,

ab 1. September geht jede ausgehende E-Mail über unser neues SecureMail-Gateway. Für Sie ändert sich im Alltag wenig, aber drei Dinge sollten Sie wissen:

1. Das Gateway wählt für jeden Empfänger automatisch den sichersten verfügbaren Weg: verschlüsselt mit Zertifikat, über das Portal mit Benachrichtigung oder über eine gesicherte Verbindung zu Partnerdomänen.
2. Wenn Sie selbst wissen, dass eine Mail besonders schutzbedürftig ist, setzen Sie bitte das Kennwort in eckigen Klammern an den Anfang des Betreffs – für Mails mit Gesundheitsdaten „streng vertraulich“, für sonstige personenbezogene Daten „vertraulich“. Eine Liste der Kennwörter finden Sie im Intranet.
3. Kundinnen und Kunden, die eine Nachricht im Portal erhalten, bekommen eine Benachrichtigung ohne Inhalt. Bitte weisen Sie am Telefon darauf hin, dass diese Benachrichtigungen echt sind.

Schulungstermine (30 Minuten, Teams) finden Sie im Lernportal. Bei Fragen: Informationssicherheit, -6090.

Viele Grüße
""")

M("N", "de", "internal", "parking garage closure for maintenance; no persons",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  subj="Tiefgarage Haus A vom 3. bis 7. August gesperrt",
  date="2026-07-29 14:20", sig="richter", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

wegen der Sanierung der Entwässerungsrinnen ist die Tiefgarage Haus A vom 03.08. (6 Uhr) bis 07.08.2026 (18 Uhr) vollständig gesperrt.

Ersatzparkplätze:
- Parkhaus Rheinauhafen, Ebene -2 (Zufahrt mit Ihrer Mitarbeiterkarte, 120 Plätze)
- Schwerbehindertenparkplätze und Ladeplätze für E-Autos stehen im Hof Haus B zur Verfügung

Fahrräder bitte in dieser Zeit im Fahrradkeller Haus B abstellen.

Wir bitten um Verständnis.
Anja Richter
""")

M("N", "de", "insurer-to-partner", "training department coordinating exam dates with the vocational school; trainees named without sensitive data",
  frm=ADDR("bauer"), to="Frau OStR' Heike Dommermuth <h.dommermuth@bk-koeln-wirtschaft.example>",
  subj="Prüfungsvorbereitung Kaufleute für Versicherungen – Termine Herbst",
  date="2026-07-30 10:05", sig="bauer",
  body="""Sehr geehrte Frau Dommermuth,

vielen Dank für den Blockplan. Für die Abschlussprüfung im November planen wir wie im Vorjahr eine interne Prüfungsvorbereitung. Damit sie nicht mit dem Berufsschulunterricht kollidiert, schlagen wir folgende Tage vor:

- 21. und 22. September: Fallbearbeitung Kranken- und Pflegeversicherung
- 28. September: Simulation mündliche Prüfung
- 12. Oktober: Wiederholung Wirtschafts- und Sozialkunde

Betroffen sind unsere vier Auszubildenden aus Ihrer Klasse V23b: Lina Becker, Tarek Haddad, Jonas Reimann und Zoe Schäfer. Passt das in Ihre Planung?

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "trap: customer newsletter on home care (relief amount, courses for caregivers) with general amounts; no persons",
  frm="Versicherer Pflege-Newsletter <newsletter@versicherer.example>", to="newsletter-pflege@versicherer.example",
  subj="Pflege zu Hause – Tipps für Angehörige (Newsletter August 2026)",
  date="2026-08-03 07:00", client="system", mailer="Versicherer Newsletter-System 3.2",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  html=True,
  body="""Pflege zu Hause – Newsletter August 2026

Liebe Leserinnen und Leser,

rund vier von fünf pflegebedürftigen Menschen werden zu Hause versorgt, meist von Angehörigen. Diese Leistungen können Sie dabei unterstützen:

Entlastungsbetrag: 131 Euro im Monat ab Pflegegrad 1, zum Beispiel für eine Alltagsbegleitung oder eine Haushaltshilfe von einem anerkannten Anbieter. Nicht genutzte Beträge können bis zum 30. Juni des Folgejahres übertragen werden.

Pflegekurse für Angehörige: kostenlos, auch online. Themen sind zum Beispiel rückenschonendes Arbeiten, Umgang mit Demenz und Ernährung im Alter.

Verhinderungspflege und Kurzzeitpflege: Wenn Sie selbst Urlaub brauchen oder krank werden, übernimmt die Pflegeversicherung die Kosten einer Ersatzpflege. Seit Juli 2025 steht dafür ein gemeinsamer Jahresbetrag zur Verfügung.

Pflegeberatung: Unsere Pflegeberaterinnen kommen auf Wunsch zu Ihnen nach Hause – kostenlos und unabhängig vom Pflegegrad. Rufen Sie uns an: 0221 555-3595.

Ihr Team Pflegeversicherung

Abmelden: www.versicherer.example/newsletter/abmelden
""")

M("N", "de", "internal", "onboarding schedule for a new colleague in the dental team; names only, no sensitive data",
  frm=ADDR("wendland"), to="Team Zahn <lskv-zahn@versicherer.example>",
  subj="Einarbeitung Frau Ostrowski ab 17.08.",
  date="2026-08-05 13:10", sig="wendland", sigstyle="name", client="thunderbird",
  body="""Hallo zusammen,

am 17.08. startet Frau Karolina Ostrowski bei uns, sie kommt von einer Zahnarztpraxis in Leverkusen und kennt die GOZ daher von der anderen Seite. Einarbeitungsplan für die ersten zwei Wochen:

Mo 17.08.   Begrüßung, IT, Rundgang (ich)
Di 18.08.   Posteingang und Vorprüfung (Jana)
Mi 19.08.   HKP Zahnersatz (Dirk)
Do 20.08.   HKP KFO (Melanie)
Fr 21.08.   Rechnungsprüfung einfache Fälle (Dirk)
Mo 24.08.–  Rechnungen eigenständig mit Vier-Augen-Prinzip, Pate: Dirk

Den Platz am Fenster neben Jana hat Anja schon vorbereitet. Bitte nehmt sie nett auf!

Tobias
""")

M("N", "en", "insurer-to-hospital", "trap: contract renewal and administration-fee invoice with a Gulf hospital group (company); company bank data, no patients",
  frm=ADDR("whitfield"), to="Rashid Al-Mansouri <r.almansouri@gulfcare-hospitals.example>",
  subj="Direct billing agreement 2027 - renewal terms and admin fee invoice",
  date="2026-08-06 11:35", sig="whitfield", client="outlook",
  body=f"""Dear Mr Al-Mansouri,

thank you for the constructive meeting in Dubai last week. As agreed, our proposal for the renewal of the direct billing agreement from 1 January 2027:

1. Discount on the hospital tariff: 12 % on inpatient, 8 % on outpatient services (currently 10 % / 8 %).
2. Guarantee of payment within 2 hours for emergencies, 48 hours for planned admissions.
3. E-invoicing via the regional e-claims platform; paper invoices only as an exception.
4. Quarterly joint review of length-of-stay outliers, based on anonymised statistics.

Separately, our finance team will pay your invoice GCH-2026-0714 for the annual network administration fee (AED 48,000) this week to the account of GulfCare Hospitals LLC ({IB("GB", "BARC20000055779911")}), as stated on the invoice.

I look forward to your feedback.

Kind regards
""")

M("N", "en", "internal", "trap: job advertisement for a medical underwriter (general requirements); no persons",
  frm=ADDR("weiss"), to=ADDR("hasselbach"), cc=ADDR("schulte"),
  subj="Job ad Medical Underwriter - please review before Friday",
  date="2026-08-07 09:40", sig="weiss", sigstyle="short", client="outlook",
  body="""Hi Ulrike,

here is the draft for the English job ad. Could you check the medical part? We want to publish it on Monday.

---
Medical Underwriter Life & Disability (m/f/d) - Cologne or remote (Germany)

Your tasks
- Assess health questionnaires, medical reports and test results of applicants for life, disability (BU) and critical illness cover
- Decide on standard and non-standard terms (extra premiums, exclusions, postponements) within your authority
- Support brokers and sales colleagues with questions on risk assessment
- Work with our reinsurers on complex cases

Your profile
- Degree in medicine, nursing or a comparable health profession, or several years of experience in medical underwriting
- Good knowledge of common diseases, medication and their impact on mortality and disability
- Fluent German and English
- Careful with sensitive data

What we offer: 30 days holiday, hybrid work, company pension, health budget of EUR 500 per year.
---

Thanks!
Nadine
""")

M("N", "en", "insurer-to-partner", "trap: monthly service report of the medical assistance partner with aggregated case counts; no persons",
  frm=ADDR("obrien"), to="Account Management AssistEurope <accounts@assisteurope.example>", cc=ADDR("whitfield"),
  subj="RE: Monthly service report July 2026",
  date="2026-08-10 15:15", sig="obrien", client="outlook",
  body="""Dear Mr Laurent,

thank you for the July report. The figures look good overall:

[[assist]]

Two points for our next call:
- The average time to first call-back in the Asia-Pacific region (38 minutes) is above the agreed 30 minutes. Could you explain what happened in week 29?
- We noticed that two case summaries in the report contained initials and ages. Please make sure the monthly report only contains aggregated data; case details belong exclusively in the case management system.

Best regards
""",
  tables={"assist": ([["Service", "July", "June", "SLA"],
                      ["Assistance calls", "1,284", "1,102", "-"],
                      ["Guarantees of payment issued", "412", "376", "< 4 h: 97 %"],
                      ["Medical evacuations (ground)", "9", "6", "-"],
                      ["Medical evacuations (air)", "3", "2", "-"],
                      ["Repatriations", "2", "4", "-"],
                      ["Average call-back time", "24 min", "22 min", "30 min"]], "pad")})

M("N", "en", "internal", "team offsite invitation with ICS for the health product team; no persons' data",
  frm=ADDR("winter"), to="Produktmanagement Kranken <pm-kranken@versicherer.example>",
  subj="Offsite 17-18 September - save the date",
  date="2026-08-11 12:00", sig="winter", sigstyle="short", client="outlook",
  body="""Hi team,

as promised, here is the save-the-date for our offsite. Since Siobhan and Emma from IHS are joining, we'll run it in English.

Where: Hotel Kloster Heisterbach, Königswinter (shuttle from the office at 8:00)
When:  Thu 17 Sep 9:30 - Fri 18 Sep 15:00

Topics
1. Product roadmap 2027 (care, dental, international)
2. Lessons learned from the GlobalCare re-launch
3. Telemedicine - what do members actually use?
4. Team time (cooking class on Thursday evening)

Please tell me about any dietary requirements by 1 September.

Paul
""",
  att=[ICS("Offsite_PM_Kranken_2026.ics", "d22-offsite-pm-kranken-20260917@versicherer.example",
           "Offsite Health Product Management", "20260917T093000", "20260918T150000",
           ("Paul Winter", "paul.winter@versicherer.example"),
           [("Produktmanagement Kranken", "pm-kranken@versicherer.example"),
            ("Siobhan O'Brien", "siobhan.obrien@versicherer.example"), ("Emma Whitfield", "emma.whitfield@versicherer.example")],
           location="Hotel Kloster Heisterbach, Königswinter",
           description="Offsite 2026. Shuttle from Rheinuferstrasse 12 at 08:00.")])

M("C", "de", "insurer-to-customer", "trip interruption after a burglary at home (no health reason): named customer, booking, refunded costs",
  frm=ADDR("seidel"), to="Familie Obermann <obermann.familie@web.example>",
  subj="Reiseabbruch wegen Einbruch – RA-2026-04471",
  date="2026-08-12 10:30", sig="seidel",
  body="""Sehr geehrte Frau Obermann, sehr geehrter Herr Obermann,

es tut uns leid, dass Ihr Urlaub so enden musste. Nach Ihren Unterlagen wurde am 28.07.2026 in Ihr Haus in Bergisch Gladbach eingebrochen; die Polizei hat Sie gebeten, für die Aufnahme des Schadens nach Hause zu kommen. Ein erheblicher Schaden am Eigentum durch Einbruch ist in Ihrer Reiseversicherung (RV 5520 6634, Familientarif) ein versicherter Grund für den Reiseabbruch.

Wir erstatten:

  Rückflug Palma–Köln für 4 Personen (Umbuchung Eurowings)    1.096,00 EUR
  nicht genutzte Reiseleistungen (5 von 14 Nächten)            1.780,00 EUR
  Selbstbeteiligung                                            -100,00 EUR
  Erstattung                                                  2.776,00 EUR

Den Betrag überweisen wir auf das Konto, von dem Sie den Beitrag zahlen. Den Einbruchschaden selbst regulieren die Kollegen aus der Hausratversicherung gesondert.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "burglary under household insurance: named customer, address, stolen jewellery and values; nobody hurt",
  frm=ADDR("demir"), to="Familie Obermann <obermann.familie@web.example>",
  subj="Einbruchdiebstahl vom 28.07.2026 – HR-2026-011206",
  date="2026-08-12 11:05", sig="demir",
  body="""Sehr geehrte Frau Obermann, sehr geehrter Herr Obermann,

hier meine Rückmeldung zum Einbruch in Ihr Haus Am Quirlsberg 22, 51465 Bergisch Gladbach. Zum Glück war niemand im Haus.

Nach der Stehlgutliste, die Sie auch der Polizei gegeben haben (Tagebuchnummer 2026/048812), wurden entwendet:

- Schmuck aus dem Schlafzimmer (u. a. Goldkette, Verlobungsring, zwei Armbanduhren): geschätzt 9.400 EUR
- Laptop und Tablet: 1.650 EUR
- Bargeld: 320 EUR

Ihre Hausratversicherung (HR 5520 6633, Versicherungssumme 95.000 EUR) leistet für Wertsachen außerhalb eines Tresors bis 20 % der Versicherungssumme, höchstens jedoch für Schmuck 20.000 EUR und Bargeld 1.500 EUR. Die Beträge liegen also innerhalb der Grenzen.

Für den Schmuck benötigen wir Kaufbelege, Fotos oder Wertgutachten, soweit vorhanden. Die beschädigte Terrassentür ist über die Gebäudeversicherung versichert – das haben Sie ja ebenfalls bei uns.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "transfer of a no-claims class from father to daughter: both named, daughter's date of birth and licence date, plates",
  frm=ADDR("engel"), to="Bernd Hüsgen <bernd.huesgen@t-online.example>",
  cc="Lara Hüsgen <lara.huesgen@gmx.example>",
  subj="Übertragung Schadenfreiheitsrabatt auf Ihre Tochter",
  date="2026-08-13 14:50", sig="engel",
  body="""Sehr geehrter Herr Hüsgen,

vielen Dank für die unterschriebene Übertragungserklärung. Wir übertragen den Schadenverlauf Ihres Zweitwagens (Vertrag KF 4471 8830, VW Polo, BN-BH 218) auf Ihre Tochter:

  Übernehmende:          Lara Hüsgen, geb. 17.03.2003
  Führerschein seit:     12.04.2021 (Klasse B)
  Neuer Vertrag:         KF 4472 0117, VW Polo, BN-LH 303
  Übertragbar:           maximal so viele Jahre, wie Ihre Tochter den Führerschein hat → SF 5
  Ihr Vertrag:           endet mit Abmeldung zum 31.08.2026

Der Beitrag für Ihre Tochter beträgt 54,20 EUR monatlich (Haftpflicht und Teilkasko). Den Versicherungsschein schicken wir an ihre Adresse in Bonn.

Mit freundlichen Grüßen
""")

M("C", "de", "internal", "onboarding data of a new employee for payroll: date of birth, tax ID, social security number and IBAN",
  frm=ADDR("weiss"), to="Entgeltabrechnung <payroll@versicherer.example>",
  subj="Neueintritt 17.08.2026 – Karolina Ostrowski (Team Zahn)",
  date="2026-08-14 09:15", sig="weiss", sigstyle="short",
  body=f"""Hallo Frau Engelmann,

bitte folgende Neueinstellung anlegen:

  Name:                      Karolina Ostrowski
  Geburtsdatum:              26.10.1993
  Anschrift:                 Kölner Straße 88, 51379 Leverkusen
  Eintritt:                  17.08.2026, unbefristet, Probezeit 6 Monate
  Tätigkeit:                 Sachbearbeiterin Leistung Zahn, Tarifgruppe V
  Monatsgehalt:              3.812 EUR brutto
  Steuer-ID:                 47 318 905 612
  Sozialversicherungsnummer: 53 261093 O 512
  Bankverbindung:            {IB("DE", "37551440" + "0312876655")}
  Steuerklasse:              I, keine Kinderfreibeträge

Lohnsteuer-Abrufdaten bitte über ELStAM. Die unterschriebenen Unterlagen liegen in der Personalakte.

Danke und Gruß
Nadine
""")

M("C", "de", "insurer-to-customer", "horse health insurance: colic surgery of a named customer's horse (animal health), reimbursement",
  frm=ADDR("wagner"), to="Katrin Sauerland <k.sauerland@reitstall-sauerland.example>",
  subj="OP-Versicherung für Ihre Stute Fiona – Kolik-OP",
  date="2026-08-17 11:50", sig="wagner",
  body="""Sehr geehrte Frau Sauerland,

es freut mich zu hören, dass Fiona die Kolik-Operation gut überstanden hat und wieder auf der Koppel steht.

Die Rechnung der Pferdeklinik Burg Müggenhausen über die Laparotomie (Verlagerung des großen Kolons) am 02.08.2026 einschließlich Narkose und sieben Tagen stationärer Nachsorge beträgt 7.841,20 EUR. Ihr Vertrag Pferde-OP-Schutz (TP 8830 1192) leistet bis 8.000 EUR je Operation:

  Rechnungsbetrag                        7.841,20 EUR
  nicht versichert: Anreise/Transport     -180,00 EUR
  erstattungsfähig                       7.661,20 EUR
  Selbstbeteiligung                       -250,00 EUR
  Auszahlung                             7.411,20 EUR

Die Auszahlung erfolgt in den nächsten Tagen auf Ihr hinterlegtes Konto.

Gute Besserung an Fiona!
""")

M("C", "en", "insurer-to-customer", "kitchen fire under household insurance of a named expat customer; nobody hurt; address and itemised damage",
  frm=ADDR("demir"), to="Liam O'Sullivan <liam.osullivan@eircom.example>",
  subj="Your claim HR-2026-011874 - kitchen fire, Aachener Straße",
  date="2026-08-18 15:35", sig="demir", client="outlook", lang="en",
  body="""Dear Mr O'Sullivan,

thank you for calling us so quickly after the fire. I'm relieved that nobody was hurt and that the fire brigade could put out the fire in your kitchen before it spread.

Your home contents insurance (HR 7730 2281) covers fire damage to your belongings at Aachener Straße 301, 50933 Cologne. From your list and photos:

- kitchen appliances (microwave, coffee machine, toaster), kitchenware
- smoke damage to curtains, sofa cushions and clothing in the hallway
- professional cleaning of the flat (soot)

Our cleaning partner, Brandsanierung Rhein, will contact you tomorrow. Please keep damaged items until our adjuster has seen them or confirmed that you can throw them away.

If the flat cannot be used for a while, we cover hotel costs for up to 100 days (max. EUR 150 per night). Please keep receipts.

Kind regards
""")

M("C", "en", "insurer-to-customer", "claims-free confirmation for a named customer moving to the UK: policy, plate, claims history",
  frm=ADDR("engel"), to="Harriet Cole <harriet.cole@outlook.example>",
  subj="No-claims confirmation for your new insurer in the UK",
  date="2026-08-19 10:10", sig="engel", client="outlook",
  body="""Dear Ms Cole,

as requested for your move to Edinburgh, we confirm your claims history with us:

  Policyholder:        Harriet Cole, Sülzburgstraße 104, 50937 Cologne
  Policy:              KF 4480 9917 (motor liability and comprehensive)
  Vehicle:             Mini Cooper SE, registration K-HC 812
  Insured since:       01/05/2019
  Policy end:          31/08/2026 (cancellation due to export of the vehicle)
  Claims:              one comprehensive claim (hail, 06/2023), no liability claims
  Claims-free years:   7 in liability

Many UK insurers accept this confirmation in English. If yours needs a specific form, send it to us and we'll fill it in.

Good luck with the move!

Kind regards
""")

M("C", "en", "insurer-to-company", "D&O policy of a hospital group with a named managing director and policy limits; no patient data",
  frm=ADDR("hartmann"), to="Dr. Annika Sommer <annika.sommer@medicura-kliniken.example>",
  subj="D&O renewal 2026/27 - MediCura Kliniken GmbH",
  date="2026-08-20 16:05", sig="hartmann", client="outlook",
  body="""Dear Dr Sommer,

as discussed, here are the renewal terms of the D&O policy for MediCura Kliniken GmbH (policy DO 2210 7781) from 1 October 2026:

- Insured persons: all current and former managing directors and supervisory board members, in particular your managing directors Dr. Matthias Reinecke and Sabine Vogt-Albrecht
- Limit: EUR 15 million per claim and year (unchanged)
- Deductible for managing directors: 10 % of the loss, max. 1.5 times the fixed annual salary (statutory minimum)
- Premium: EUR 48,600 plus insurance tax (+4 %, due to the general market situation for hospital groups)

The claims notification from March (tax audit, alleged inadequate documentation of outpatient billing) is being handled under the old policy year and does not affect the renewal.

Please confirm the renewal by 15 September.

Kind regards
""")

M("S", "de", "insurer-to-customer", "orthodontic treatment of a named daughter (KIG 4, crowding and overjet), approval of the treatment plan over four years",
  frm=ADDR("wendland"), to="Daniela Kurz <daniela.kurz@icloud.example>",
  subj="Kieferorthopädische Behandlung für Mia – Kostenzusage",
  date="2026-08-21 12:15", sig="wendland",
  body="""Sehr geehrte Frau Kurz,

wir haben den kieferorthopädischen Behandlungsplan von Dr. Jörn Lichtenberg für Ihre Tochter Mia (11 Jahre, mitversichert in Ihrem Vertrag 410 3384 551) geprüft.

Befund laut Plan: vergrößerte Frontzahnstufe von 7 mm, Engstand im Unterkiefer, Einstufung in die kieferorthopädische Indikationsgruppe KIG D4. Geplant ist eine Behandlung mit herausnehmbarer Apparatur und anschließend einer festsitzenden Multibracket-Apparatur über voraussichtlich 16 Quartale.

  Behandlungsplan gesamt                  5.860,00 EUR
  davon Material- und Laborkosten         1.120,00 EUR
  Erstattung nach Tarif KFO-Kids (80 %)   4.688,00 EUR

Die Erstattung erfolgt quartalsweise nach Einreichung der Abschlagsrechnungen. Mehrkosten für besonders ästhetische Brackets (Keramik) sind nicht versichert; der Plan sieht Metallbrackets vor.

Viel Erfolg für Mia!

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "disability claim follow-up review: named insured retrained after a shoulder injury, decision to continue or stop the BU pension",
  frm=ADDR("kaya"), to="Marco Lindner <marco.lindner@posteo.example>",
  subj="Nachprüfung Ihrer Berufsunfähigkeitsrente – BU 7720 1886",
  date="2026-08-24 10:25", sig="kaya",
  body="""Sehr geehrter Herr Lindner,

vielen Dank für die Unterlagen zur Nachprüfung. Sie haben uns mitgeteilt, dass Sie nach Ihrer Schulterverletzung (Rotatorenmanschettenruptur rechts mit bleibender Bewegungseinschränkung) Ihre Tätigkeit als Gerüstbauer aufgeben mussten und seit 01.03.2026 nach einer Umschulung als Fachkraft für Lagerlogistik in der Disposition arbeiten.

Ihre Berufsunfähigkeitsversicherung enthält keine abstrakte Verweisung. Wir prüfen deshalb, ob die neue Tätigkeit Ihrer bisherigen Lebensstellung entspricht (konkrete Verweisung). Nach Ihren Angaben verdienen Sie jetzt 2.940 EUR brutto monatlich; als Gerüstbauer waren es 3.480 EUR. Die Einkommenseinbuße liegt damit bei 15,5 % – nach der Rechtsprechung ist eine Einbuße in dieser Größenordnung in der Regel noch zumutbar.

Wir beabsichtigen daher, die Rente zum 30.11.2026 einzustellen. Bevor wir entscheiden, haben Sie bis 21.09.2026 Gelegenheit, Stellung zu nehmen, z. B. wenn die neue Tätigkeit geringer angesehen ist oder weitere gesundheitliche Einschränkungen bestehen.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-relative", "death of a named insured (cause of death myocardial infarction) and premium refund, written to his son",
  frm=ADDR("hein"), to="Stefan Pohlmann <stefan.pohlmann@web.example>",
  subj="Ihr Vater, Herr Günter Pohlmann – Beendigung der Versicherungen",
  date="2026-08-25 13:40", sig="hein",
  body="""Sehr geehrter Herr Pohlmann,

zunächst möchten wir Ihnen und Ihrer Familie unser herzliches Beileid aussprechen.

Vielen Dank für die Sterbeurkunde und den Erbschein. Ihr Vater ist nach der Todesbescheinigung am 09.08.2026 im Krankenhaus Porz am Rhein an den Folgen eines Herzinfarkts verstorben. Wir haben seine Verträge zum Todestag beendet:

  Krankheitskostenvollversicherung 410 1123 448
  Pflegepflichtversicherung PT 88 102 934
  Krankenhaustagegeld KHT 410 1123 449

Die für August zu viel gezahlten Beiträge (anteilig 22 Tage, 611,34 EUR) erstatten wir auf das Konto der Erbengemeinschaft, das Sie uns genannt haben. Die Rechnung des Krankenhauses über den letzten Aufenthalt (08.–09.08.2026) reichen Sie bitte noch ein; wir erstatten sie wie gewohnt nach dem Tarif Ihres Vaters.

Wenn Sie Fragen haben, erreichen Sie mich direkt unter der unten stehenden Nummer.

Mit freundlichen Grüßen
""")

M("S", "de", "internal", "attachment-only: medical adviser's statement (DOCX) on a named insured's bariatric surgery request (BMI 43, E66.02, diabetes); body only refers to the case number",
  frm=ADDR("mertens"), to=ADDR("brandt"),
  subj="Stellungnahme zu Vorgang 2026-KV-118204",
  date="2026-08-26 17:30", sig="mertens", sigstyle="short",
  body="""Hallo Gerrit,

anbei meine Stellungnahme zum Vorgang. Ergebnis bitte wie besprochen mit Textbaustein 14 an die Versicherte.

Gruß
Jan
""",
  att=[DOCX("Stellungnahme_2026-KV-118204.docx", [
      ("h", "Beratungsärztliche Stellungnahme"),
      "Vorgang: 2026-KV-118204 · Versicherte: Tanja Wübben, geb. 14.02.1984, Versicherungsnummer 410 7724 031",
      "Fragestellung: Kostenübernahme einer laparoskopischen Schlauchmagenoperation (Sleeve-Gastrektomie), Klinik: Adipositaszentrum Köln-Kalk.",
      ("h", "Befunde", 2),
      "BMI 43,2 kg/m² (Größe 1,68 m, Gewicht 122 kg), Adipositas Grad III (E66.02). Begleiterkrankungen: Diabetes mellitus Typ 2 unter Metformin und Insulin (HbA1c 8,1 %), arterielle Hypertonie, Schlafapnoe mit CPAP-Therapie. Dokumentierte multimodale konservative Therapie über 7 Monate (Ernährungsberatung, Bewegungstherapie, psychologische Begleitung) ohne ausreichenden Gewichtsverlust (-4 kg).",
      ("h", "Beurteilung", 2),
      "Die Voraussetzungen der S3-Leitlinie für eine Primärindikation sind erfüllt (BMI ≥ 40 mit erheblichen Komorbiditäten, konservative Therapie ausgeschöpft). Psychosomatisches Gutachten ohne Kontraindikation (keine aktive Essstörung, keine Suchterkrankung).",
      ("h", "Empfehlung", 2),
      "Kostenübernahme befürworten. Nachsorgeprogramm über mindestens 5 Jahre als Bedingung aufnehmen.",
      ("small", "Dr. med. Jan Mertens, Beratungsarzt · vertraulich, nur für die Leistungsakte"),
  ], author="Dr. med. Jan Mertens")])

M("S", "en", "insurer-to-customer", "prescription reimbursement for a named member with type 1 diabetes: insulin and sensors listed in a CSV attachment",
  frm=ADDR("whitfield"), to="Jakob Lindqvist <jakob.lindqvist@telia.example>",
  subj="Your pharmacy claims Q2 - reimbursement",
  date="2026-08-27 09:05", sig="whitfield", client="outlook",
  body="""Dear Mr Lindqvist,

thank you for sending your pharmacy receipts from Stockholm for April to June. All items have been reimbursed in full under your GlobalCare Plus policy; the details are in the attached file.

As your insulin pump supplies and CGM sensors are long-term prescriptions, you can ask your pharmacy (Apoteket Hjärtat Kungsholmen) to bill us directly from now on - then you no longer need to pay in advance. I have sent them our direct billing form.

Kind regards
""",
  att=[CSV("Reimbursement_Q2_2026_Lindqvist.csv", [
      ["date", "item", "quantity", "amount_SEK", "reimbursed_SEK", "note"],
      ["2026-04-03", "NovoRapid PumpCart 100 U/ml", "5x1.6 ml", "1,245.00", "1,245.00", "type 1 diabetes"],
      ["2026-04-03", "Dexcom G7 sensor", "3", "2,310.00", "2,310.00", "CGM"],
      ["2026-05-06", "Omnipod 5 pods", "10", "3,180.00", "3,180.00", "insulin pump"],
      ["2026-05-06", "Glucagon nasal spray 3 mg", "1", "698.00", "698.00", "hypoglycaemia rescue"],
      ["2026-06-04", "NovoRapid PumpCart 100 U/ml", "5x1.6 ml", "1,245.00", "1,245.00", "type 1 diabetes"],
      ["2026-06-04", "Dexcom G7 sensor", "3", "2,310.00", "2,310.00", "CGM"],
      ["", "total", "", "10,988.00", "10,988.00", ""]], sep=",")])

M("S", "en", "insurer-to-lawyer", "accident claim: named client's whiplash injury and post-traumatic stress disorder, medical evidence discussed with her solicitor",
  frm=ADDR("said"), to="Mr Oliver Hastings <o.hastings@hastings-law.example>",
  subj="Your client Mrs Eleanor Pike - personal accident claim UA-2025-01902",
  date="2026-08-28 14:45", sig="said", client="outlook",
  body="""Dear Mr Hastings,

thank you for your letter of 14 August on behalf of Mrs Eleanor Pike.

We have reviewed the medical evidence. The emergency department notes of 19 November 2025 document a whiplash injury of the cervical spine (S13.4) after the rear-end collision near Düsseldorf. The MRI of 2 December 2025 showed no structural damage. The report of her psychiatrist, Dr Nwosu, describes a post-traumatic stress disorder (F43.1) with flashbacks and avoidance of driving.

Under the policy terms, psychological reactions are excluded from the disability benefit unless they are caused by a physical injury to the brain; this exclusion has been confirmed as valid by the German Federal Court of Justice. We can therefore only take into account the physical consequences of the whiplash injury, which according to the orthopaedic report have healed without permanent impairment.

We appreciate that this is a difficult situation for your client. The hospital daily benefit and the recovery benefit have already been paid (EUR 640). If you have further medical evidence of a lasting physical impairment, we will of course review it.

Kind regards
""")


# ---------------------------------------------------------------- batch 7 (d22-0151 … d22-0175)

M("N", "de", "internal", "trap: new internal process for cost estimates of medical aids (thresholds, workflow); no persons",
  frm=ADDR("petersen"), to="Team Hilfsmittel / Heilmittel <lskv-hilfsmittel@versicherer.example>", cc=ADDR("roth"),
  subj="Neuer Ablauf Kostenvoranschläge Hilfsmittel ab 01.09.",
  date="2026-08-31 08:50", sig="petersen", sigstyle="short",
  body="""Hallo zusammen,

ab 1. September gilt der neue Ablauf für Kostenvoranschläge (KVA). Kurz zusammengefasst:

1. KVA bis 500 EUR (z. B. Rollator, Bandagen, Kompressionsstrümpfe): Sofortzusage durch die Sachbearbeitung, keine Vorlage beim Beratungsarzt.
2. KVA 500 bis 5.000 EUR (z. B. Hörgeräte, Elektromobil, Pflegebett zum Kauf): Prüfung gegen Rahmenvertragspreise; wenn der Preis mehr als 10 % darüber liegt, Vergleichsangebot über einen Vertragspartner einholen.
3. KVA über 5.000 EUR (z. B. Elektrorollstuhl, Exoprothese, Treppenlift): immer beratungsärztliche Prüfung und Wirtschaftlichkeitsprüfung Miete/Kauf.
4. Zusagen werden grundsätzlich über das Portal oder per Post verschickt, nie per einfacher E-Mail.

Die Checkliste und die neuen Textbausteine liegen im Wiki unter „Hilfsmittel > Prozesse“. Fragen gern im Teammeeting am Mittwoch.

Viele Grüße
Ole
""")

M("N", "de", "insurer-to-broker", "trap: broker webinar invitation on answering health questions in disability applications, ICS attached; no clients",
  frm=ADDR("vogel"), to="Maklerverteiler Süd <makler-sued@versicherer.example>",
  subj="Webinar: BU-Antrag richtig ausfüllen – Gesundheitsfragen ohne Stolperfallen (22.09.)",
  date="2026-09-01 09:30", sig="vogel",
  body="""Liebe Maklerinnen und Makler,

die meisten Leistungsablehnungen in der Berufsunfähigkeitsversicherung haben ihren Ursprung im Antrag: nicht angegebene Vorerkrankungen, ungenaue Angaben zu Behandlungen, vergessene Psychotherapie-Sitzungen. Im Webinar zeigt unsere Gesellschaftsärztin Dr. Ulrike Hasselbach anhand anonymisierter Beispiele,

- welche Zeiträume die Gesundheitsfragen wirklich abfragen,
- wie Ihre Kunden mit der Patientenquittung oder dem Auszug der Krankenkasse Lücken vermeiden,
- wann eine anonyme Risikovoranfrage sinnvoll ist,
- was bei Angaben zu Rücken, Psyche und Allergien typischerweise nachgefragt wird.

Termin: Dienstag, 22.09.2026, 10:00–11:00 Uhr (Teams). Die Teilnahme wird mit 1 Stunde IDD-Weiterbildung bestätigt. Der Kalendereintrag liegt bei.

Herzliche Grüße
""",
  att=[ICS("Webinar_BU-Gesundheitsfragen.ics", "d22-webinar-bu-gesundheitsfragen-20260922@versicherer.example",
           "Webinar: BU-Antrag richtig ausfüllen – Gesundheitsfragen", "20260922T100000", "20260922T110000",
           ("Katharina Vogel", "katharina.vogel@versicherer.example"),
           [("Maklerverteiler Süd", "makler-sued@versicherer.example")],
           location="Microsoft Teams",
           description="Referentin: Dr. Ulrike Hasselbach. 1 Std. IDD-Weiterbildung. Einwahllink folgt am Vortag.")])

M("N", "de", "internal", "trap: synthetic test cases for the new claims system, CSV with clearly fictitious persons (Mustermann, test IBAN) and ICD codes",
  frm=ADDR("raman"), to="Testteam Leistungssystem <test-leistung@versicherer.example>", cc=ADDR("jansen"),
  subj="Testfälle Release 26.10 – synthetische Versicherte",
  date="2026-09-02 15:30", sig="raman", sigstyle="short",
  body="""Hallo zusammen,

für den Regressionstest von Release 26.10 anbei die neuen synthetischen Testfälle. Alle Personen sind frei erfunden und im Testmandanten angelegt (Versicherungsnummern mit Präfix 999, die es in Produktion nicht gibt). Bankverbindung ist durchgehend die Test-IBAN aus der Bundesbank-Dokumentation.

Bitte auf keinen Fall Produktionsdaten in die Testumgebung kopieren – auch nicht „nur kurz“ zum Nachstellen eines Fehlers. Dafür gibt es den Anonymisierungsjob.

Abdeckung: ambulant mit Selbstbehalt, Zahn mit Staffel, stationär mit Wahlleistung, Krankentagegeld mit Karenz, Ablehnung wegen Vorerkrankung.

Gruß
Priya
""",
  att=[CSV("Testfaelle_R26-10_synthetisch.csv", [
      ["testfall", "name", "vorname", "geburtsdatum", "versicherungsnr", "tarif", "icd", "betrag", "erwartet", "iban"],
      ["TF-001", "Mustermann (fiktiv)", "Max", "01.01.1970", "999 0000 001", "KompaktPlus 300", "J06.9", "120,00", "Selbstbehalt", "DE02120300000000202051"],
      ["TF-002", "Musterfrau (fiktiv)", "Erika", "12.08.1964", "999 0000 002", "ZahnPremium 90", "K08.1", "3.400,00", "Zahnstaffel Jahr 2", "DE02120300000000202051"],
      ["TF-003", "Testperson (fiktiv)", "Tom", "30.06.1988", "999 0000 003", "StationärPlus 2", "S72.00", "9.850,00", "Wahlleistung 2-Bett", "DE02120300000000202051"],
      ["TF-004", "Beispiel (fiktiv)", "Bea", "15.03.1979", "999 0000 004", "KT 43", "M54.4", "42 Tage", "Karenz erreicht", "DE02120300000000202051"],
      ["TF-005", "Mustermann (fiktiv)", "Moritz", "01.01.2012", "999 0000 005", "KompaktPlus 0", "F90.0", "580,00", "Ablehnung Vorerkrankung", "DE02120300000000202051"]],
      sep=";", enc="windows-1252", sub="excel")])

M("N", "de", "internal", "trap: aggregated customer satisfaction survey results per claims type (NPS); no persons",
  frm=ADDR("lorenz"), to="Bereichsleitung Kranken <bl-kranken@versicherer.example>", cc=ADDR("hein"),
  subj="Kundenbefragung Leistungsservice H1/2026 – Ergebnisse",
  date="2026-09-03 11:20", sig="lorenz", sigstyle="short", client="outlook", html=True,
  body="""Liebe Kolleginnen und Kollegen,

die Ergebnisse der Kundenbefragung für das erste Halbjahr liegen vor (n = 4.812 Antworten, Rücklaufquote 14 %):

[[nps]]

Die Freitextantworten sind anonymisiert und nach Themen gruppiert im Sharepoint. Die häufigsten Wünsche: schnellere Zusagen bei Zahnersatz, verständlichere Begründungen bei Teilablehnungen, Rückruf statt Warteschleife.

Viele Grüße
Daniela Lorenz
""",
  tables={"nps": ([["Leistungsart", "Antworten", "NPS", "Zufriedenheit (1–5)", "Vorjahr NPS"],
                   ["Arztrechnungen ambulant", "2.104", "+38", "4,2", "+31"],
                   ["Zahn / HKP", "1.022", "+12", "3,6", "+9"],
                   ["Krankenhaus", "611", "+44", "4,4", "+40"],
                   ["Hilfsmittel", "398", "+5", "3,3", "+8"],
                   ["Pflege", "677", "+29", "4,0", "+22"]], "pad")})

M("N", "de", "insurer-to-supplier", "trap: purchase order for flu vaccine doses for the staff vaccination campaign; no persons",
  frm=ADDR("krueger"), to="Auftragsannahme Apotheke am Rheinufer <auftrag@apotheke-rheinufer.example>",
  cc="Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>",
  subj="Bestellung Grippeimpfstoff Saison 2026/27",
  date="2026-09-04 10:45", sig="krueger",
  body="""Sehr geehrte Damen und Herren,

für die betriebliche Grippeschutzimpfung unserer Mitarbeitenden bestellen wir wie im Vorjahr über unseren Betriebsarzt:

  380 Dosen tetravalenter Grippeimpfstoff, Saison 2026/27, Fertigspritze
  Lieferung in zwei Tranchen: 200 Dosen in KW 41, 180 Dosen in KW 43
  Lieferadresse: Betriebsärztlicher Dienst, Haus B, Raum 0.04 (Kühlschrank vorhanden)

Das Rezept stellt Herr Dr. Kaltenbach als Betriebsarzt aus; es geht Ihnen per Post zu. Die Rechnung bitte an die Versicherer Holding AG, Einkauf, mit Bestellnummer 4500120577.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "works council information on a new flexible working-time model in the claims departments; no persons",
  frm="Betriebsrat Köln <betriebsrat@versicherer.example>", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  subj="Betriebsrat informiert: Gleitzeit ohne Kernzeit im Leistungsbereich",
  date="2026-09-07 12:30", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

nach langen Verhandlungen haben Betriebsrat und Geschäftsleitung die Betriebsvereinbarung „Flexible Arbeitszeit Leistung“ unterschrieben. Sie gilt ab 1. Oktober für alle Leistungsbereiche (Kranken, Pflege, Leben/BU, Unfall).

Die wichtigsten Punkte:
- Die Kernzeit entfällt. Der Arbeitszeitrahmen ist montags bis freitags 6:30 bis 20:00 Uhr.
- Die Servicezeiten der Teams (Telefon, Posteingang) stimmen die Teams selbst ab.
- Das Gleitzeitkonto darf zwischen -20 und +60 Stunden liegen.
- Mobile Arbeit bleibt bei bis zu 60 % der Arbeitszeit.

Eine Infoveranstaltung findet am 15. September um 12:15 Uhr in der Kantine statt (auch per Teams).

Euer Betriebsrat
""")

M("N", "de", "internal", "short mobile reply about a meeting room booking; no data",
  frm=ADDR("haas"), to=ADDR("mertens"),
  subj="Re: Raum Donnerstag",
  date="2026-09-08 07:41", client="mobile",
  body="""Raum 2.11 in Haus B ist gebucht, 14-15 Uhr. Beamer geht dort leider nicht, bring den Laptop mit HDMI-Adapter mit.

Verena
""")

M("N", "en", "internal", "trap: template for guarantee-of-payment letters with [PLACEHOLDERS] for member name and diagnosis; no real member",
  frm=ADDR("whitfield"), to="IHS Team <ihs-team@versicherer.example>",
  subj="New template: guarantee of payment (GOP) - please use from Monday",
  date="2026-09-09 14:10", sig="whitfield", sigstyle="short", client="thunderbird",
  body="""Hi all,

Legal has approved the new GOP template. Main change: the diagnosis is no longer written into the letter itself - hospitals get it from the admission documents anyway, and we don't want it on every copy of the GOP that floats around in billing departments.

Template (placeholders in brackets, filled in by the case system):

----
GUARANTEE OF PAYMENT

To: [HOSPITAL NAME], [HOSPITAL ADDRESS]
Member: [MEMBER NAME], date of birth [DOB], member no. [MEMBER NO]
Admission date: [ADMISSION DATE]   Expected length of stay: [LOS] nights
Treatment authorised: [PROCEDURE / CASE TYPE]
Room category: [ROOM]

Versicherer Krankenversicherung a.G. guarantees payment of the medically necessary costs of the above treatment up to [AMOUNT] [CURRENCY], subject to the terms of the member's policy. Non-covered items (e.g. personal telephone, companion bed) are to be invoiced to the member.

Valid until: [EXPIRY DATE]
----

Please delete your old Word copies of the template.

Emma
""")

M("N", "en", "insurer-to-partner", "cooperation talks with a French insurer (company) on expat cover; no persons",
  frm=ADDR("winter"), to="Mme Camille Bertrand <camille.bertrand@mutuelle-atlantique.example>",
  subj="Cooperation on cross-border health cover - follow-up to our call",
  date="2026-09-10 16:25", sig="winter", client="outlook",
  body="""Dear Camille,

many thanks for the open discussion yesterday. As a follow-up, a short summary of what we agreed:

1. Both sides will check whether our members living in Alsace can use your network of "tiers payant" providers, and your members working in Baden-Württemberg our direct billing hospitals.
2. Settlement between the insurers would be monthly, based on aggregated invoices; individual medical data would only be exchanged via the secure channel between our gateways once a data processing agreement is in place.
3. Legal teams will check whether the cooperation needs approval by BaFin and ACPR.

Next call: 8 October, 14:00 CET. I will send an invitation.

Best regards
Paul
""")

M("N", "en", "internal", "IT announcement: multi-factor authentication for staff accounts in the secure portal admin; no persons",
  frm=ADDR("fischer"), to="Portal Administrators <portal-admins@versicherer.example>", cc=ADDR("raman"),
  subj="MFA mandatory for portal admin accounts from 1 October",
  date="2026-09-11 09:00", sig="fischer", sigstyle="short", client="outlook",
  body="""Dear colleagues,

from 1 October 2026, all staff accounts with administrator rights in the SecureMail portal and the broker portal must use multi-factor authentication.

What you need to do before 30 September:
1. Install the company authenticator app on your company phone (Intune catalogue).
2. Log in to https://securemail-admin.versicherer.example and follow the "Set up MFA" dialogue.
3. Store the recovery codes in your personal password safe, not on paper.

Accounts without MFA will be locked on 1 October and can only be unlocked by the Service Desk after identity verification.

This is a requirement from our last ISO 27001 audit.

Thanks
Tim
""")

M("C", "de", "insurer-to-customer", "traffic legal expenses: a named customer's speeding fine (administrative offence), licence points; no health data",
  frm=ADDR("lindqvist"), to="Oliver Neumeister <o.neumeister@gmx.example>",
  subj="Bußgeldbescheid – Deckungszusage RS-2026-04988",
  date="2026-09-14 10:05", sig="lindqvist",
  body="""Sehr geehrter Herr Neumeister,

für den Einspruch gegen den Bußgeldbescheid des Kreises Euskirchen vom 28.08.2026 besteht Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz (RS 3390 2215).

Laut Bescheid sollen Sie am 02.08.2026 auf der B 51 bei Blankenheim mit Ihrem Fahrzeug (EU-ON 77) außerorts 38 km/h zu schnell gefahren sein. Vorgesehen sind 320 EUR Bußgeld, ein Punkt im Fahreignungsregister und ein Monat Fahrverbot. Sie sind der Meinung, dass die Messung fehlerhaft war, weil das Messgerät kurz hinter einem Ortsausgangsschild stand.

Wir übernehmen die Kosten Ihres Anwalts und eines Sachverständigengutachtens zur Messung. Die Selbstbeteiligung entfällt in Bußgeldsachen nach Ihrem Tarif.

Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "household insurance: lightning surge damage to electronics of a named customer, address and values; nobody hurt",
  frm=ADDR("demir"), to="Ingrid Waltermann <ingrid.waltermann@t-online.example>",
  subj="Überspannungsschaden nach Gewitter – HR-2026-012640",
  date="2026-09-15 13:55", sig="demir", client="thunderbird",
  body="""Sehr geehrte Frau Waltermann,

vielen Dank für Ihre Meldung. Nach dem Gewitter am 10.09.2026 sind in Ihrem Haus in der Eichenstraße 7, 53359 Rheinbach, der Fernseher, der Router und die Steuerung der Heizungsanlage ausgefallen. Der Elektriker bestätigt in seinem Bericht einen Überspannungsschaden durch Blitzeinschlag in der Nähe.

Ihre Hausratversicherung (HR 5540 1128) deckt Überspannungsschäden bis 10.000 EUR. Die Heizungssteuerung gehört allerdings zum Gebäude; dafür ist Ihre Wohngebäudeversicherung zuständig, die nicht bei uns besteht.

Für Fernseher (Anschaffung 2023, 1.299 EUR) und Router (2024, 189 EUR) zahlen wir den Neuwert gleichartiger Geräte, insgesamt 1.388 EUR (aktuelle Preise laut Händler). Bitte senden Sie uns noch die Kontoverbindung, auf die wir überweisen sollen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "returned direct debit for a named customer's motor policy: IBAN, return fee and outstanding premium",
  frm=ADDR("becker"), to="Patrick Zöllner <patrick.zoellner@web.example>",
  subj="Rücklastschrift – Kfz-Versicherung KF 4490 3318",
  date="2026-09-16 08:35", sig="becker", sigstyle="short",
  body=f"""Sehr geehrter Herr Zöllner,

die Lastschrift für den Beitrag Ihrer Kfz-Versicherung (KF 4490 3318, Fahrzeug GL-PZ 440) vom 01.09.2026 wurde von Ihrer Bank zurückgegeben (Grund: Konto erloschen).

  Beitrag September 2026      71,80 EUR
  Rücklastschriftgebühr        3,50 EUR
  offen                       75,30 EUR

Bei uns ist noch die Bankverbindung {IB("DE", "30050110" + "1005417728")} hinterlegt. Bitte teilen Sie uns Ihre neue IBAN mit, am einfachsten im Kundenportal, oder überweisen Sie den Betrag bis 30.09.2026 auf unser Konto.

Bitte beachten Sie: Bleibt der Folgebeitrag unbezahlt, kann der Versicherungsschutz nach § 38 VVG entfallen.

Viele Grüße
""")

M("C", "de", "internal", "HR: termination agreement with severance figures for a named employee; no reason or health data given",
  frm=ADDR("weiss"), to="Entgeltabrechnung <payroll@versicherer.example>", cc="Personalleitung <personalleitung@versicherer.example>",
  subj="Aufhebungsvertrag PNr. 11207 – Abrechnungshinweise",
  date="2026-09-17 15:45", sig="weiss", sigstyle="short",
  body="""Hallo Frau Engelmann,

mit Herrn Ralf Meisenberg (PNr. 11207, Kundenservice) wurde ein Aufhebungsvertrag zum 31.12.2026 geschlossen. Für die Abrechnung:

  Beendigung:               31.12.2026
  Freistellung:             ab 01.11.2026 unter Anrechnung des Resturlaubs (14 Tage)
  Abfindung:                48.600 EUR brutto, fällig mit der Dezember-Abrechnung
  Fünftelregelung:          bitte anwenden (§ 34 EStG)
  Dienstwagen:              Rückgabe 31.10.2026
  Betriebliche Altersvers.: unverfallbar, Mitteilung an die Pensionskasse folgt von mir

Das Zeugnis erstellt Herr Falk bis Ende Oktober.

Danke!
Nadine Weiß
""")

M("C", "de", "insurer-to-broker", "broker asks about a named customer's buildings policy: contract status, sum insured and arrears",
  frm=ADDR("reuter"), to="Versicherungsmakler Thomsen & Partner <service@thomsen-makler.example>",
  subj="AW: Kunde Hinrich Albers – Wohngebäude WG 2230 1187",
  date="2026-09-18 11:20", sig="reuter",
  body="""Moin Herr Thomsen,

zu Ihrer Anfrage zum Kunden Hinrich Albers (Ihr Bestand, Vollmacht liegt vor):

- Vertrag WG 2230 1187, Einfamilienhaus Deichstraße 14, 25813 Husum
- Versicherungssumme Wert 1914: 32.500 Mark, gleitender Neuwert, Sturm/Hagel und Elementar eingeschlossen
- Jahresbeitrag 1.284,60 EUR, fällig 01.07.
- Der Beitrag 2026 ist noch offen; die erste Mahnung ging am 28.08. raus. Bitte sprechen Sie Herrn Albers darauf an, sonst droht nach der zweiten Mahnung Leistungsfreiheit.

Die Elementarerweiterung wegen der Deichnähe prüfen wir gern, sobald der Rückstand ausgeglichen ist.

Beste Grüße aus Köln
""")

M("C", "de", "insurer-to-customer", "electronics insurance: smartphone display damage of a named customer with device IMEI; no health data",
  frm=ADDR("kowalski"), to="Selin Yıldırım <selin.yildirim@gmail.example>",
  subj="Displayschaden – Ihr Smartphone (EL-2026-003317)",
  date="2026-09-21 17:10", sig="kowalski", sigstyle="short", client="thunderbird",
  body="""Hallo Frau Yıldırım,

danke für Ihre Schadenmeldung. Ihr iPhone 16 (IMEI 35 391811 442109 7) ist über Ihre Elektronikversicherung (EL 8810 5526) gegen Displaybruch versichert.

So geht es weiter:
1. Sie bringen das Gerät zu einem unserer Reparaturpartner (Liste im Kundenportal) oder schicken es mit dem Versandlabel ein, das wir Ihnen per Post senden.
2. Die Reparatur rechnet der Partner direkt mit uns ab.
3. Sie zahlen nur die Selbstbeteiligung von 50 EUR.

Bitte sichern Sie vorher Ihre Daten und deaktivieren Sie „Wo ist?“.

Viele Grüße
""")

M("C", "en", "insurer-to-customer", "travel cancellation because of a visa refusal (no health reason) for a named expat customer; booking and refund",
  frm=ADDR("seidel"), to="Chinedu Eze <chinedu.eze@yahoo.example>",
  subj="Your cancellation claim RR-26-05521 - visa refusal",
  date="2026-09-22 10:40", sig="seidel", client="outlook",
  body="""Dear Mr Eze,

thank you for the refusal letter from the US Consulate General in Frankfurt.

Your travel cancellation policy (RR 4480 6612, premium version) covers the refusal of an entry visa if the application was made in good time. You applied on 3 June for the trip to Houston (booking no. LH-5Q8R2T, 10-24 October 2026), and the refusal was issued on 11 September, so the condition is met.

  Airline cancellation fee (Lufthansa)    EUR 1,062.00
  Hotel (non-refundable rate)             EUR   740.00
  Excess                                  EUR      0.00 (premium version)
  Refund                                  EUR 1,802.00

We will transfer the refund to the account from which your premium is paid.

Kind regards
""")

M("C", "en", "insurer-to-applicant", "internship applicant: date of birth, university enrolment and monthly stipend of a named student",
  frm=ADDR("weiss"), to="Mei Lin Zhou <meilin.zhou@uni-koeln.example>",
  subj="Your internship in Health Controlling - confirmation",
  date="2026-09-23 12:05", sig="weiss", client="outlook",
  body="""Dear Ms Zhou,

we are happy to confirm your internship in our Health Controlling team (supervisor: Ms Wiebke Jansen):

- Period: 1 November 2026 to 30 April 2027 (compulsory internship under your master's regulations)
- Monthly stipend: EUR 1,650 gross
- Working hours: 39 hours/week, 2 days remote possible

For the contract we have noted: date of birth 06/05/2001, student ID 7349912 (University of Cologne, M.Sc. Economics). Please send us the enrolment certificate for the winter semester and your residence permit, which allows you to do a compulsory internship.

We look forward to working with you!

Kind regards
""")

M("S", "de", "insurer-to-customer", "care insurance: home adaptation grant (walk-in shower) for a named insured with care level 2 and knee problems",
  frm=ADDR("schmitz"), to="Helga Brückmann <helga.brueckmann@t-online.example>",
  subj="Zuschuss für den Badumbau – Pflegeversicherung PT 88 221 908",
  date="2026-09-24 09:10", sig="schmitz",
  body="""Sehr geehrte Frau Brückmann,

vielen Dank für den Antrag und die Kostenvoranschläge für den Umbau Ihres Badezimmers.

Sie sind seit März 2026 in Pflegegrad 2 eingestuft. Wegen Ihrer Kniegelenksarthrose beidseits und der Gangunsicherheit können Sie nach dem Bericht unserer Pflegeberaterin nicht mehr sicher in die Badewanne steigen; Ihr Mann hilft Ihnen bisher beim Baden. Die Umwandlung der Wanne in eine bodengleiche Dusche mit Haltegriffen und Duschklappsitz erleichtert die Pflege erheblich.

Wir bewilligen einen Zuschuss zu wohnumfeldverbessernden Maßnahmen in Höhe von 4.180 EUR (Höchstbetrag je Maßnahme). Der Kostenvoranschlag der Firma Bad & Barrierefrei Schmitz beträgt 7.940 EUR; den Rest tragen Sie selbst.

Bitte senden Sie uns nach Abschluss der Arbeiten die Rechnung. Verändert sich Ihr Pflegebedarf später, ist ein neuer Zuschuss für eine andere Maßnahme möglich.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-hospital", "cost approval for inpatient psychosomatic treatment of a named patient with severe depression (F32.2)",
  frm=ADDR("brandt"), to="Patientenverwaltung Klinik Sonnenhang <verwaltung@klinik-sonnenhang.example>",
  subj="Kostenzusage stationäre Behandlung – Herr Adrian Kessler, Aufnahme 05.10.2026",
  date="2026-09-25 11:30", sig="brandt",
  body="""Sehr geehrte Damen und Herren,

für unseren Versicherten

  Adrian Kessler, geb. 09.12.1979, Versicherungsnummer 410 6641 228

übernehmen wir die Kosten der stationären psychosomatischen Krankenhausbehandlung ab dem 05.10.2026 zunächst für 42 Tage. Grundlage ist die Einweisung des behandelnden Psychiaters mit der Diagnose schwere depressive Episode ohne psychotische Symptome (F32.2) nach erfolgloser ambulanter Therapie.

Ihre Klinik ist als gemischte Anstalt eingestuft. Voraussetzung der Zusage ist daher, dass es sich um medizinisch notwendige Krankenhausbehandlung handelt und nicht um Kur oder Sanatoriumsbehandlung. Eine Verlängerung über 42 Tage hinaus bitte rechtzeitig mit einem ärztlichen Verlaufsbericht beantragen.

Vereinbarter Pflegesatz: 412 EUR pro Tag, Unterbringung im Einbettzimmer laut Tarif.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "only in the quoted reply: a mother describes her son's autism diagnosis (F84.0) and asks about autism therapy; the reply itself is short",
  frm=ADDR("hein"), to="Nicole Reinartz <nicole.reinartz@web.example>",
  subj="AW: Autismustherapie für unseren Sohn",
  date="2026-09-28 10:05", sig="hein", sigstyle="short",
  body="""Sehr geehrte Frau Reinartz,

vielen Dank für Ihre Nachricht. Ich habe sie an die zuständige Fachabteilung weitergegeben; Herr Petersen meldet sich in den nächsten Tagen bei Ihnen.

Freundliche Grüße
""",
  quote=OQ("Nicole Reinartz <nicole.reinartz@web.example>", "Samstag, 26. September 2026 22:14", "service-kranken@versicherer.example",
           "Autismustherapie für unseren Sohn", """Guten Tag,

bei unserem Sohn Lukas (7 Jahre, bei uns in der Familienversicherung, Vertragsnummer 410 2290 774) wurde im August im Sozialpädiatrischen Zentrum Köln frühkindlicher Autismus (F84.0) diagnostiziert. Er spricht nur wenige Worte, hat starke Wutanfälle, wenn sich Abläufe ändern, und kann in der Schule nur mit Begleitung bleiben.

Das SPZ empfiehlt eine Autismustherapie im Autismus-Therapiezentrum Köln, zweimal pro Woche. Das Jugendamt sagt, zuerst müsste die Krankenversicherung entscheiden. Übernehmen Sie das? Die Therapie kostet 78 Euro pro Stunde.

Viele Grüße
Nicole Reinartz"""))

M("S", "de", "internal", "medical adviser's assessment of medical cannabis for a named insured with chronic pain and opioid history",
  frm=ADDR("mertens"), to=ADDR("kroeger"),
  subj="AW: Cannabisblüten – Herr Thomas Gerlach",
  date="2026-09-29 16:15", sig="mertens", sigstyle="short", client="thunderbird",
  body="""Hallo Sabine,

zum Antrag von Herrn Gerlach (410 5529 013): Die Voraussetzungen sehe ich als erfüllt an. Er hat seit dem Arbeitsunfall 2019 ein chronisches Schmerzsyndrom nach Wirbelkörperfraktur L1 (Chronifizierungsstadium III nach Gerbershagen), mehrere Opioide wurden wegen Übelkeit und einer beginnenden Abhängigkeitsentwicklung abgesetzt, die multimodale Schmerztherapie 2024 brachte nur vorübergehend Besserung.

Die Schmerzärztin beantragt Cannabisblüten 1 g/Tag. Ich würde stattdessen ein standardisiertes Extrakt (THC/CBD) empfehlen – gleiche Wirkung, besser dosierbar und deutlich günstiger. Bitte mit der Praxis klären. Zusage zunächst für 6 Monate, dann Verlaufsbericht mit Schmerzskala und Funktionsniveau.

Gruß
Jan
""")

M("S", "de", "insurer-to-customer", "travel vaccinations (yellow fever, rabies, typhoid) for a named family before a trip to Tanzania, reimbursement per person",
  frm=ADDR("kroeger"), to="Florian Wegener <florian.wegener@posteo.example>",
  subj="Reiseimpfungen – Ihre Belege vom 21.09.2026",
  date="2026-09-30 12:40", sig="kroeger",
  body="""Sehr geehrter Herr Wegener,

wir haben die Rechnungen des Tropeninstituts und der Apotheke für die Reiseimpfungen vor Ihrer Reise nach Tansania abgerechnet:

  Florian Wegener    Gelbfieber, Tollwut (3 Dosen), Typhus           412,60 EUR
  Jana Wegener       Gelbfieber, Tollwut (3 Dosen), Typhus           412,60 EUR
  Paul Wegener (8)   Tollwut (3 Dosen), Typhus                       301,20 EUR
  Ärztliche Beratung und Impfbescheinigungen                           94,50 EUR
  Summe                                                            1.220,90 EUR

Ihr Tarif erstattet Schutzimpfungen, die von der STIKO für Reisen empfohlen werden, zu 100 %. Die Malariaprophylaxe (Atovaquon/Proguanil) ist ein Arzneimittel und wird ebenfalls erstattet, sobald Sie uns den Apothekenbeleg schicken.

Für Paul hat die Tropenärztin auf die Gelbfieberimpfung verzichtet, weil er im Frühjahr eine Hühnereiweißallergie mit Kreislaufreaktion hatte; bitte führen Sie dafür das ärztliche Befreiungszeugnis auf der Reise mit.

Gute Reise!

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "home nursing and physiotherapy after a hip fracture for a named elderly expat in Spain, cost approval",
  frm=ADDR("obrien"), to="Margaret Thornton <m.thornton@telefonica.example>",
  cc="Susan Thornton-Ray <susan.ray@btinternet.example>",
  subj="Home care after your hip operation - approval IHS-26-03894",
  date="2026-10-01 09:20", sig="obrien", client="outlook",
  body="""Dear Mrs Thornton,

I hope you are settling in at home again after your time in Hospital Quirónsalud Marbella. As you asked, I am copying your daughter Susan.

Following the fracture of the right femoral neck (S72.0) and the hip replacement on 14 September, the orthopaedic surgeon recommends home care for the next six weeks. We approve:

- home nursing, 1 hour per day for 6 weeks (wound care, help with washing and dressing), Enfermería a Domicilio Costa del Sol
- physiotherapy at home, 3 sessions per week for 6 weeks
- rental of a walking frame, a raised toilet seat and a shower chair

All providers will bill us directly. Your policy pays for home nursing as it replaces a longer hospital stay; it is not long-term care cover, so please let us know early if you still need daily help after six weeks.

With best wishes for your recovery
""")

M("S", "en", "relative", "ZIP attached with a forwarded mail from a member's wife (ICU stay in Thailand after a heart attack) and the hospital's medical report PDF; forwarding body harmless",
  frm=ADDR("whitfield"), to=ADDR("mertens"), cc=ADDR("obrien"),
  subj="FW: Bangkok case - documents for review",
  date="2026-10-02 07:55", sig="whitfield", sigstyle="short", client="outlook",
  body="""Hi Jan,

the documents for the Bangkok case we discussed this morning are in the attached ZIP (the wife's mail and the hospital report). Could you give me your view on the fitness to fly by noon? The assistance company needs a decision today.

Thanks
Emma
""",
  att=[ZIP("Bangkok_case_documents.zip", [
      EML(INNER("Karen Holloway <karen.holloway@gmail.example>", "ihs@versicherer.example",
                "Richard in ICU - please help", "2026-10-01 23:48",
                """Dear Emma,

thank you for calling me back. As I said, my husband Richard Holloway (member no. 77-519-7720-01) collapsed at the hotel in Bangkok on Monday with chest pain. Bumrungrad Hospital says it was a heart attack and they put in two stents. He is still in intensive care because his heart is pumping weakly and he had some irregular heartbeat last night.

The doctors say he must not fly for at least two weeks. I am very worried about the costs, they asked me for a deposit of 400,000 baht. Please help us get him home to Manchester as soon as it is safe.

The medical report is attached.

Karen""", "<CAJx7Yk2p0Q1vN8mH4z@mail.gmail.example>"), "Richard in ICU - please help.eml"),
      PDF("Bumrungrad_medical_report_Holloway.pdf", [
          ("h", "Bumrungrad International Hospital - Medical Report"),
          "Patient: Mr Richard Holloway · DOB 22/09/1958 · HN 44-118-220 · Admission: 28/09/2026 via Emergency",
          "Diagnosis: Acute anterior ST-elevation myocardial infarction (I21.0). Cardiogenic shock excluded. Paroxysmal atrial fibrillation (I48.0) on day 2.",
          "Procedure: Primary PCI with 2 drug-eluting stents to proximal LAD (29/09/2026). LVEF 35 % on echocardiography.",
          "Current status: ICU, haemodynamically stable on beta-blocker, ACE inhibitor, dual antiplatelet therapy, apixaban. Expected step-down to ward in 48 hours.",
          "Fitness to fly: not before 14 days after PCI, with medical escort and oxygen.",
          ("small", "Attending cardiologist: Dr Somchai Wattanapong, MD, FSCAI"),
      ], title="Medical report")])])


# ---------------------------------------------------------------- batch 8 (d22-0176 … d22-0200)

M("N", "de", "internal", "trap: sickness-absence rate per department (aggregated, small units merged) for the management meeting; no persons",
  frm=ADDR("weiss"), to="Bereichsleitung Kranken <bl-kranken@versicherer.example>",
  subj="Krankenquote Q3/2026 – Leistungsbereiche",
  date="2026-10-05 14:05", sig="weiss", sigstyle="short",
  body="""Hallo zusammen,

für die Bereichsrunde am Donnerstag die Krankenquoten des dritten Quartals:

[[kq]]

Teams mit weniger als zehn Beschäftigten sind mit dem jeweils größeren Team zusammengefasst, damit keine Rückschlüsse auf einzelne Personen möglich sind. Die Werte enthalten keine Langzeiterkrankungen über sechs Wochen (die laufen getrennt über das BEM).

Der Anstieg in der Pflege hängt nach Einschätzung der Teamleitung vor allem mit der Erkältungswelle im September zusammen.

Viele Grüße
Nadine
""",
  tables={"kq": ([["Bereich", "Beschäftigte", "Krankenquote Q3", "Q3 Vorjahr"],
                  ["Leistung ambulant (Teams 1+2)", "64", "5,1 %", "5,4 %"],
                  ["Leistung Zahn", "22", "4,3 %", "4,9 %"],
                  ["Leistung stationär + Hilfsmittel", "31", "4,8 %", "4,6 %"],
                  ["Pflegeversicherung + Pflegeberatung", "27", "6,9 %", "5,2 %"],
                  ["International Health Services", "14", "3,2 %", "3,8 %"]], "pad")})

M("N", "de", "internal", "colleague absent for a longer period without any reason; deputy arrangement",
  frm=ADDR("haas"), to="Reha-Management Team <reha-team@versicherer.example>",
  subj="Vertretung für Kerstin ab Montag",
  date="2026-10-06 17:20", sig="haas", sigstyle="name", client="thunderbird",
  body="""Hallo zusammen,

Kerstin ist ab Montag für voraussichtlich mehrere Wochen nicht im Büro. Bitte keine Nachfragen an sie – sie meldet sich, wenn sie wieder da ist.

Vertretung:
- Fälle A–K: Grace
- Fälle L–Z: Kerem
- Kerstins Kliniktermine (Fallkonferenzen Eifelhöhe und Bad Salzelmen) übernehme ich.

Das Funktionspostfach leite ich ab Montag um. Danke, dass ihr das mittragt!

Verena
""")

M("N", "de", "insurer-to-partner", "trap: answer to a university research request: no individual care data, only aggregated statistics offered",
  frm=ADDR("meier"), to="Prof. Dr. Martina Hollstein <m.hollstein@uni-wuppertal.example>", cc=ADDR("yilmaz"),
  subj="AW: Forschungsprojekt „Pflegeverläufe in der PKV“ – Datenanfrage",
  date="2026-10-07 10:30", sig="meier",
  body="""Sehr geehrte Frau Professorin Hollstein,

vielen Dank für Ihre Anfrage und die Projektbeschreibung. Wir unterstützen das Vorhaben gern, können aber keine Einzeldaten unserer Versicherten zur Verfügung stellen – auch nicht pseudonymisiert, weil dafür weder eine Einwilligung noch eine gesetzliche Grundlage vorliegt.

Was wir anbieten können:
1. Aggregierte Auswertungen nach Ihren Vorgaben (z. B. Übergänge zwischen Pflegegraden nach Altersgruppe und Geschlecht, jährlich 2017–2025), mit einer Mindestzellbesetzung von 10.
2. Eine Befragung von Versicherten, die wir in Ihrem Auftrag anschreiben; die Teilnahme und die Einwilligung liegen dann bei den Befragten selbst.

Wenn Sie eine Liste der gewünschten Tabellen schicken, prüfen Herr Yilmaz und ich die Machbarkeit.

Mit freundlichen Grüßen
""",
  quote=OQ("Prof. Dr. Martina Hollstein <m.hollstein@uni-wuppertal.example>", "Donnerstag, 1. Oktober 2026 09:14",
           "datenschutz@versicherer.example", "Forschungsprojekt „Pflegeverläufe in der PKV“ – Datenanfrage",
           """Sehr geehrte Damen und Herren,
für ein DFG-Projekt zu Pflegeverläufen würden wir gern pseudonymisierte Verlaufsdaten Ihrer pflegeversicherten Personen (Pflegegrade, Leistungsarten, Zeitpunkte) auswerten. Wäre das möglich?
Mit freundlichen Grüßen
Martina Hollstein"""))

M("N", "de", "internal", "trap: invitation to the staff health day with blood pressure and blood sugar stations; results only for the participants, no persons",
  frm="Betriebliches Gesundheitsmanagement <bgm@versicherer.example>", sender=ADDR("baumann"),
  to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  subj="Gesundheitstag am 22. Oktober – Stationen und Anmeldung",
  date="2026-10-08 08:15", client="outlook", html=True,
  body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 22. Oktober, findet von 10 bis 15 Uhr im Foyer Haus A unser Gesundheitstag statt. Es erwarten Sie:

- Blutdruck- und Blutzuckermessung durch den Betriebsärztlichen Dienst
- Venen-Check und Körperfettmessung
- Rückenanalyse mit Trainingsplan
- Vorträge: „Gesund schlafen trotz Schichtarbeit“ (11 Uhr) und „Stress erkennen, bevor er krank macht“ (13 Uhr)
- Smoothie-Bar und gesunde Mittagsgerichte in der Kantine

Alle Messwerte erhalten nur Sie selbst auf einer Karte; es wird nichts gespeichert und nichts an den Arbeitgeber weitergegeben.

Anmeldung für die Rückenanalyse (begrenzte Plätze) im Intranet. Für alle anderen Stationen einfach vorbeikommen.

Ihr Team Betriebliches Gesundheitsmanagement
""")

M("N", "de", "insurer-to-supplier", "order of professional literature (GOZ/GOÄ commentaries) for the dental claims team; no persons",
  frm=ADDR("wendland"), to="Fachbuchhandlung Medicus <bestellung@medicus-fachbuch.example>",
  subj="Bestellung Fachliteratur – Kundennummer 20-4471",
  date="2026-10-09 11:10", sig="wendland",
  body="""Sehr geehrte Damen und Herren,

bitte liefern Sie auf Rechnung (Kundennummer 20-4471, Kostenstelle 3460 Leistung Zahn):

  3 x Liebold/Raff/Wissing, DER Kommentar zu BEMA und GOZ, Loseblattwerk mit Aktualisierung 2026
  2 x Brück, Kommentar zur Gebührenordnung für Ärzte (GOÄ), aktuelle Ergänzungslieferung
  1 x Kieferorthopädische Abrechnung kompakt, 9. Auflage

Lieferanschrift: Versicherer Krankenversicherung a.G., Leistungsservice Zahn, z. Hd. Tobias Wendland, Rheinuferstraße 12, 50667 Köln.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "second registration mail of the secure portal with the sign-in link; no personal or contract data",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>",
  to="n.reinartz@web.example",
  subj="Ihre Registrierung im SecureMail-Portal",
  date="2026-10-12 09:31", client="system", mailer="Siegel Notification Service",
  body="""Guten Tag,

bitte schließen Sie Ihre Registrierung im SecureMail-Portal der Versicherer-Gruppe ab:

https://securemail.versicherer.example/register?k=4f9a1c7e2b

So geht es:
1. Melden Sie sich mit Ihrer E-Mail-Adresse und dem Einmal-Passwort aus unserer ersten E-Mail an.
2. Geben Sie Ihren Namen ein und vergeben Sie ein neues Passwort (mindestens 12 Zeichen).
3. Wählen Sie eine Sicherheitsfrage und eine Antwort – Sie brauchen sie, falls Sie Ihr Passwort vergessen.
4. Melden Sie sich danach erneut an.

Der Link ist 7 Tage gültig. Aus Sicherheitsgründen werden Sie nach 15 Minuten ohne Aktivität automatisch abgemeldet.

Versicherer-Gruppe · Rheinuferstraße 12 · 50667 Köln
""")

M("N", "en", "insurer-to-partner", "agenda for the annual reinsurance treaty meeting with ICS; no persons' data",
  frm=ADDR("stone"), to="Dr. Lukas Brenninkmeyer <lbrenninkmeyer@rhinere.example>", cc=[ADDR("okafor"), ADDR("hasselbach")],
  subj="Treaty meeting 2027 - agenda and invitation",
  date="2026-10-13 13:20", sig="stone", client="outlook",
  body="""Dear Lukas,

as agreed, our annual treaty meeting will take place on 5 November in Cologne. Proposed agenda:

1. Results 2026 (life, BU, health quota share) - Chidi Okafor
2. Medical underwriting: changes to the health questions and the new tele-interview - Dr Ulrike Hasselbach
3. Large claims review (anonymised overview) - Emma Whitfield
4. Renewal terms 2027: commission, profit share, automatic binding limits
5. Any other business

The calendar invitation is attached. Lunch will be served in the board dining room.

Best regards
""",
  att=[ICS("Treaty_meeting_2027.ics", "d22-treaty-meeting-20261105@versicherer.example",
           "Treaty meeting 2027 Versicherer / RhineRe", "20261105T100000", "20261105T153000",
           ("Rebecca Stone", "rebecca.stone@versicherer.example"),
           [("Lukas Brenninkmeyer", "lbrenninkmeyer@rhinere.example"), ("Chidi Okafor", "chidi.okafor@versicherer.example"),
            ("Ulrike Hasselbach", "ulrike.hasselbach@versicherer.example")],
           location="Rheinuferstrasse 12, Cologne, Board room 7.01",
           description="Annual treaty meeting. Agenda: results 2026, underwriting, large claims (anonymised), renewal 2027.")])

M("N", "en", "newsletter", "trap: HTML-only broker newsletter on international health products and underwriting tips; no clients",
  frm="Versicherer Broker News <broker-news@versicherer.example>", to="broker-news-international@versicherer.example",
  subj="Broker News International - Q4 2026",
  date="2026-10-14 07:30", client="system", mailer="Versicherer Newsletter-System 3.2",
  headers={"List-Unsubscribe": "<mailto:broker-news-unsubscribe@versicherer.example>", "Precedence": "bulk"},
  html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Broker News International Q4 2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1b2a3a;max-width:640px">
<h1 style="font-size:22px;color:#0b4f8a">Broker News International &middot; Q4 2026</h1>
<h2 style="font-size:16px">Tele-interview replaces paper questionnaire</h2>
<p>From 1 January 2027, applicants for GlobalCare Plus and Premium can answer the health questions in a 20-minute video interview with one of our nurses. Decisions are usually made the same day. Your client needs nothing but a smartphone.</p>
<h2 style="font-size:16px">Chronic conditions: what we accept</h2>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e6eef7"><th>Condition (well controlled)</th><th>Typical decision</th></tr>
<tr><td>Hypertension, 1&ndash;2 medications</td><td>standard terms</td></tr>
<tr><td>Hypothyroidism</td><td>standard terms</td></tr>
<tr><td>Type 2 diabetes, tablets only</td><td>loading 25&ndash;50 %</td></tr>
<tr><td>Asthma, inhaled steroids</td><td>standard or loading 25 %</td></tr>
<tr><td>Depression, treated &gt; 2 years ago</td><td>individual assessment</td></tr>
</table>
<p>These are guidelines only; every application is assessed individually.</p>
<h2 style="font-size:16px">Year-end deadlines</h2>
<p>Applications for cover starting 1 January must reach us complete by 15 December.</p>
<p style="font-size:11px;color:#667">You receive this newsletter as a registered broker. Versicherer Krankenversicherung a.G., Rheinuferstrasse 12, 50667 Cologne.</p>
</body></html>
""")

M("N", "en", "insurer-to-supplier", "venue booking for the medical underwriting forum with catering counts (dietary needs as numbers only); no persons",
  frm=ADDR("bauer"), to="Events Team Rheinterrassen <events@rheinterrassen-koeln.example>",
  subj="Booking confirmation - Medical Underwriting Forum, 19 November",
  date="2026-10-15 16:00", sig="bauer", client="outlook",
  body="""Dear Ms Hoffmann,

thank you for the offer. We confirm the booking for our Medical Underwriting Forum:

  Date:        Thursday, 19 November 2026, 9:00-17:00
  Room:        Rheinsaal (theatre seating for 90, stage, two handheld microphones)
  Breakout:    2 rooms for 25 people each, 13:30-15:30
  Catering:    coffee on arrival, lunch buffet, afternoon coffee and cake
               85 participants, of which 14 vegetarian, 4 vegan, 3 gluten-free
  Technology:  projector, livestream for up to 200 remote viewers

Please send the invoice to Versicherer Holding AG, Accounts Payable, quoting PO 4500121083.

Kind regards
""")

M("N", "en", "internal", "trap: anonymised training case for the international claims team (age, region, condition changed); no identifiers",
  frm=ADDR("obrien"), to="IHS Team <ihs-team@versicherer.example>", cc=ADDR("bauer"),
  subj="Case clinic Thursday - anonymised case",
  date="2026-10-16 11:45", sig="obrien", sigstyle="name",
  body="""Hi all,

for Thursday's case clinic, here's the case. It's based on a real file but anonymised and changed in several details - age, country and dates are not the real ones, so please don't try to look it up.

"A member in their mid-thirties living in South-East Asia requests pre-approval for a knee arthroscopy recommended after a sports injury. The treating hospital quotes three times the regional average. The member asks whether they can have the surgery in Germany instead and whether travel costs would be covered."

Questions:
1. What do we need before we can decide on medical necessity?
2. How do we handle the price - negotiate, cap, or suggest another provider?
3. What does the policy say about treatment outside the country of residence?
4. How would you explain the outcome to the member in three sentences?

Bring your ideas - no preparation beyond reading this.

Siobhan
""")

M("C", "de", "insurer-to-customer", "dog owner's liability: named customer's dog damaged a neighbour's fence; policy and third party named; nobody hurt",
  frm=ADDR("oltmanns"), to="Birgit Hanisch <birgit.hanisch@gmx.example>",
  subj="Ihr Hund Balu und der Gartenzaun – TH-2026-002118",
  date="2026-10-19 09:40", sig="oltmanns", client="thunderbird",
  body="""Sehr geehrte Frau Hanisch,

vielen Dank für Ihre Meldung. Zum Glück ist niemand verletzt worden – weder Mensch noch Tier.

Ihr Labrador Balu hat sich am 11.10.2026 unter dem Zaun Ihres Nachbarn, Herrn Gernot Pütz (Lindenweg 6, 53757 Sankt Augustin), durchgegraben und dabei den Holzzaun auf etwa drei Metern beschädigt sowie ein Beet verwüstet.

Der Schaden ist über Ihre Tierhalterhaftpflicht (TH 6630 2281) versichert. Herr Pütz hat einen Kostenvoranschlag über 640 EUR für den Zaun geschickt; das Beet bewertet er mit 120 EUR. Beides halten wir für angemessen und regulieren direkt mit ihm. Ihre Selbstbeteiligung beträgt 150 EUR: Wir zahlen Herrn Pütz 610 EUR, die restlichen 150 EUR überweisen Sie ihm bitte selbst.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "legal expenses: neighbour dispute about a hedge; named customer, address and policy; no health data",
  frm=ADDR("lindqvist"), to="Rainer Kluthe <rainer.kluthe@web.example>",
  subj="Nachbarstreit Hecke – RS-2026-05502",
  date="2026-10-20 14:25", sig="lindqvist",
  body="""Sehr geehrter Herr Kluthe,

danke für Ihre Schilderung. Ihr Nachbar verlangt, dass Sie die Thujahecke an der Grundstücksgrenze Ihres Hauses Am Weiher 3, 42799 Leichlingen, auf 1,80 m kürzen; sie ist inzwischen etwa 3,50 m hoch. Sie berufen sich darauf, dass die Hecke schon über zehn Jahre so steht.

Nachbarrechtliche Streitigkeiten sind in Ihrem Vertrag (RS 3395 0071, Baustein Wohnungs- und Grundstücks-Rechtsschutz für Eigentümer) versichert. Nach dem Nachbarrechtsgesetz NRW ist vor einer Klage ein Schlichtungsverfahren bei der Schiedsperson vorgeschrieben; die Kosten dafür übernehmen wir.

Tipp: Die Ausschlussfrist für den Rückschnittanspruch beträgt in NRW sechs Jahre. Lassen Sie das bitte von Ihrer Anwältin prüfen – es könnte Ihnen helfen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "windscreen damage under partial cover: named customer, plate and repair partner; nobody hurt",
  frm=ADDR("brenner"), to="Jasper Nowak <jasper.nowak@outlook.example>",
  subj="Steinschlag Frontscheibe – K-2026-0288174",
  date="2026-10-21 08:15", sig="brenner", sigstyle="short",
  body="""Hallo Herr Nowak,

der Steinschlag in der Frontscheibe Ihres Ford Kuga (K-JN 3318) vom 18.10. auf der A 4 ist über Ihre Teilkasko (KF 4491 6620) versichert.

Da der Schaden laut Ihrem Foto außerhalb des Sichtfelds liegt und kleiner als eine 2-Euro-Münze ist, kann die Scheibe repariert werden. Das kostet Sie nichts – auch keine Selbstbeteiligung. Wenn die Scheibe getauscht werden muss, zahlen Sie 150 EUR Selbstbeteiligung.

Unser Partner Carglass Köln-Ehrenfeld hat Termine ab Freitag; einfach mit der Schadennummer buchen. Die Kamera des Spurhalteassistenten wird nach einem Tausch dort gleich kalibriert.

Viele Grüße
""")

M("C", "de", "insurer-to-applicant", "working student offer: named student's date of birth, enrolment and hourly wage; no health data",
  frm=ADDR("weiss"), to="Leon Albrecht <leon.albrecht@smail.th-koeln.example>",
  subj="Zusage Werkstudententätigkeit Kundenservice Kranken",
  date="2026-10-22 12:50", sig="weiss",
  body="""Hallo Herr Albrecht,

wir freuen uns, Ihnen die Werkstudentenstelle im Kundenservice Krankenversicherung anbieten zu können:

  Beginn:           02.11.2026, befristet bis 30.09.2027
  Arbeitszeit:      16 Stunden pro Woche, in den Semesterferien bis 39 Stunden
  Vergütung:        17,50 EUR brutto pro Stunde
  Einsatz:          Telefonservice und Posteingang (keine Leistungsentscheidungen)

Für den Vertrag haben wir vermerkt: geboren am 30.11.2002, immatrikuliert an der TH Köln (Wirtschaftsinformatik, 5. Fachsemester). Bitte schicken Sie uns die Immatrikulationsbescheinigung für das Wintersemester und Ihre Steuer-ID.

Vor dem ersten Arbeitstag unterschreiben Sie die Verpflichtung auf das Datengeheimnis und die Schweigepflicht nach § 203 StGB – das erklären wir Ihnen am ersten Tag.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "cancellation of household insurance after emigration: named customer, new address abroad and refund IBAN",
  frm=ADDR("kowalski"), to="Franziska Imhoff <franziska.imhoff@bluewin.example>",
  subj="Kündigung Hausrat wegen Wegzug in die Schweiz",
  date="2026-10-23 15:30", sig="kowalski", sigstyle="short",
  body=f"""Hallo Frau Imhoff,

wir bestätigen die Aufhebung Ihrer Hausratversicherung (HR 7740 3381) zum 31.10.2026 wegen Ihres Umzugs nach Zürich. Ihre neue Anschrift haben wir gespeichert: Seefeldstrasse 128, 8008 Zürich.

Den im Voraus gezahlten Beitrag für November und Dezember (2 x 9,80 EUR = 19,60 EUR) erstatten wir auf Ihr neues Konto {IB("CH", "00762011623852957")} (Zürcher Kantonalbank), wie von Ihnen gewünscht.

Ihre Privathaftpflicht (PH 7740 3382) läuft weiter; sie gilt auch bei Wohnsitz in der Schweiz für bis zu zwölf Monate. Danach sollten Sie einen Schweizer Versicherer wählen.

Alles Gute für den Neustart!
""")

M("C", "en", "insurer-to-customer", "bicycle theft under household insurance for a named expat: frame number, address, police report; no health data",
  frm=ADDR("demir"), to="Kenji Watanabe <kenji.watanabe@outlook.example>",
  subj="Stolen bicycle - claim HR-2026-013390",
  date="2026-10-26 10:25", sig="demir", client="outlook", lang="en",
  body="""Dear Mr Watanabe,

thank you for reporting the theft and for the police report (Polizeipräsidium Köln, ref. 2026/061904).

Your road bike (Canyon Endurace CF 7, frame no. WC21K004418) was stolen on 20 October 2026 from the locked bicycle shed of your building at Gereonswall 55, 50670 Cologne. Your home contents insurance (HR 7750 0922) includes bicycle theft up to EUR 3,000, as long as the bike was locked with a separate lock.

Please send us:
- the purchase receipt (EUR 2,499, June 2024 according to your report),
- a photo of the lock or the lock's key,
- confirmation that the bike has not been found after four weeks (we will ask you on 17 November).

We will then pay the replacement value for an equivalent new bike.

Kind regards
""")

M("C", "en", "insurer-to-broker", "agency agreement with a UK sole-trader broker: GB IBAN, tax reference and commission rates",
  frm=ADDR("reuter"), to="Alistair Grant <alistair@grant-expat-insurance.example>",
  subj="Agency agreement GlobalCare - your details for countersignature",
  date="2026-10-27 11:15", sig="reuter", client="outlook",
  body=f"""Dear Alistair,

thank you for returning the signed agency agreement. Before we countersign, please check the details we have entered:

  Broker:               Alistair Grant, trading as Grant Expat Insurance (sole trader)
  FCA reference:        FRN 914372
  Address:              14 Queen Street, Edinburgh EH2 1JE
  UTR (tax reference):  81294 55307
  Bank account:         {IB("GB", "BARC83061722551840")} (Barclays, account holder Alistair Grant)
  Commission:           15 % first year, 7.5 % renewals on GlobalCare; paid quarterly in EUR

Commission statements will be available in the broker portal; your user account will be set up once the agreement is countersigned.

Best regards
""")

M("C", "en", "internal", "expense claim of a named employee with private IBAN and amounts; no health data",
  frm=ADDR("whitfield"), to="Travel Expenses <reisekosten@versicherer.example>",
  subj="Expense claim Dubai trip 29 Jul - 1 Aug",
  date="2026-10-28 09:05", sig="whitfield", sigstyle="short", client="outlook",
  body=f"""Hello,

sorry for the delay - here is my expense claim for the hospital network trip to Dubai:

  Flights CGN-DXB-CGN (booked by travel office)     -
  Hotel 3 nights (paid privately, card)             AED 2,640  = EUR 652.80
  Taxis                                             AED   310  = EUR  76.65
  Per diem 4 days (UAE rate)                                     EUR 304.00
  Total                                                          EUR 1,033.45

Receipts are scanned in the expense tool (ref. EXP-26-0913). Please reimburse to my private account {IB("DE", "37040044" + "0781145502")} (Emma Whitfield) - I changed banks in September, so the old account in the HR system is no longer valid.

Thanks
Emma
""")

M("S", "de", "insurer-to-customer", "powered wheelchair approval for a named insured with multiple sclerosis (G35) and walking distance under 50 m; PDF cost estimate attached",
  frm=ADDR("petersen"), to="Dagmar Vollrath <dagmar.vollrath@web.example>",
  subj="Ihr Elektrorollstuhl – Kostenzusage",
  date="2026-10-29 13:20", sig="petersen",
  body="""Sehr geehrte Frau Vollrath,

gute Nachrichten: Wir übernehmen die Kosten für den Elektrorollstuhl.

Nach dem Bericht Ihrer Neurologin ist Ihre Gehstrecke wegen der fortschreitenden Multiplen Sklerose (G35.30, sekundär progredienter Verlauf) auf unter 50 Meter gesunken, und Sie können einen Greifreifenrollstuhl wegen der Schwäche in beiden Armen nicht mehr selbst antreiben. Die Erprobung im Sanitätshaus am 20.10. war erfolgreich.

Der Kostenvoranschlag (Anlage) beträgt 9.840 EUR einschließlich Sitzkantelung und Anpassung. Wir übernehmen ihn nach Ihrem Tarif zu 100 %, weil das Sanitätshaus zu unseren Vertragspartnern gehört. Wartung und Reparaturen in den ersten fünf Jahren sind im Preis enthalten.

Das Sanitätshaus meldet sich wegen des Liefertermins bei Ihnen.

Mit freundlichen Grüßen
""",
  att=[PDF("KVA_Elektrorollstuhl_Vollrath.pdf", [
      ("h", "Kostenvoranschlag Nr. KV-26-3318"),
      "SaniVital Rheinland GmbH · Bonn · für: Dagmar Vollrath, Versicherungsnummer 410 4418 902",
      "Verordnung: Dr. med. Ines Bartholomä, Neurologie · Diagnose: G35.30 Multiple Sklerose, sekundär progredient; Gehstrecke < 50 m; Kraftminderung obere Extremitäten",
      ("t", [["Pos.", "Hilfsmittelnummer", "Bezeichnung", "Betrag EUR"],
             ["1", "18.51.05.2", "Elektrorollstuhl Innen/Außen, 6 km/h", "7.480,00"],
             ["2", "–", "elektrische Sitzkantelung", "1.290,00"],
             ["3", "–", "Sitzkissen Antidekubitus", "380,00"],
             ["4", "–", "Anpassung, Einweisung, Lieferung", "690,00"],
             ["", "", "Summe", "9.840,00"]]),
      ("small", "Preise gemäß Rahmenvertrag RV-HM-2026-04, zzgl. gesetzlicher Umsatzsteuer soweit anfallend."),
  ], title="Kostenvoranschlag Elektrorollstuhl")])

M("S", "de", "therapist", "inline Outlook quote: a physiotherapist asks about manual lymph drainage for a named patient with lymphoedema after breast cancer (I97.2); forwarded internally",
  frm=ADDR("hein"), to=ADDR("petersen"),
  subj="WG: Lymphdrainage – Verordnung außerhalb des Regelfalls",
  date="2026-10-30 10:50", sig="hein", sigstyle="short", client="outlook",
  body="""Hallo Ole,

die Praxis hat über das allgemeine Postfach geschrieben. Kannst du ihr antworten?

Danke
Laura
""",
  quote=OQ("Physiotherapie am Ring <info@physio-am-ring.example>", "Donnerstag, 29. Oktober 2026 16:05",
           "service-kranken@versicherer.example", "Lymphdrainage – Verordnung außerhalb des Regelfalls",
           """Sehr geehrte Damen und Herren,

wir behandeln Frau Angelika Bremer (Ihre Versicherungsnummer 410 3318 226) seit Mai mit manueller Lymphdrainage 60 Minuten und Kompressionsbandagierung. Sie hat nach der Brustkrebsoperation mit Entfernung der Achsellymphknoten links ein ausgeprägtes Armlymphödem entwickelt (I97.2, Stadium II).

Der Gynäkologe hat eine Dauerverordnung über zweimal wöchentlich für ein Jahr ausgestellt. Frau Bremer fragt, ob Sie das übernehmen, damit sie nicht jedes Quartal neu einreichen muss. Die Verordnung schicken wir gern über Ihr Portal.

Mit freundlichen Grüßen
Jana Kölsch
Physiotherapie am Ring"""))

M("S", "de", "insurer-to-customer", "birth of a named baby: hospital delivery invoice and newborn added to the policy without health questions",
  frm=ADDR("nguyen"), to="Katharina Schlüter <katharina.schlueter@gmx.example>",
  subj="Herzlichen Glückwunsch zur Geburt von Ella – Kindernachversicherung",
  date="2026-11-02 09:35", sig="nguyen",
  body="""Sehr geehrte Frau Schlüter,

herzlichen Glückwunsch zur Geburt Ihrer Tochter Ella am 19.10.2026!

Wir haben Ella rückwirkend ab dem Tag der Geburt in Ihren Vertrag aufgenommen (neue Versicherungsnummer 410 9920 115-02). Da Sie den Antrag innerhalb von zwei Monaten nach der Geburt gestellt haben, geschieht das ohne Gesundheitsprüfung und ohne Wartezeiten, auch wenn Ella nach der Geburt wegen einer Neugeborenengelbsucht drei Tage lang eine Phototherapie bekommen hat.

Die Rechnung des St. Marien-Hospitals für Ihre Entbindung per Kaiserschnitt (DRG O01F, 5 Tage, Zweibettzimmer) über 5.912,44 EUR haben wir direkt an die Klinik gezahlt. Die Rechnung für Ellas Behandlung auf der Neugeborenenstation rechnet die Klinik über Ellas neue Versicherungsnummer ab.

Monatsbeitrag für Ella: 142,18 EUR (Tarif KompaktPlus Kinder).

Alles Gute für Ihre Familie!

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-assessor", "objection against a care level decision: request for a second assessment for a named insured with Parkinson's disease",
  frm=ADDR("yilmaz"), to="MEDICPROOF Auftragsannahme <auftrag@medicproof.example>",
  subj="Widerspruch / Zweitgutachten – Herr Dieter Frings, PT 88 417 330",
  date="2026-11-03 14:10", sig="yilmaz",
  body="""Sehr geehrte Damen und Herren,

für unseren Versicherten

  Dieter Frings, geb. 05.04.1944, Gartenstraße 19, 41460 Neuss
  Pflegepflichtversicherung PT 88 417 330

beauftragen wir ein Zweitgutachten im Widerspruchsverfahren.

Das Erstgutachten vom 12.08.2026 hat 44,5 gewichtete Punkte ergeben (Pflegegrad 2). Die Ehefrau widerspricht mit Schreiben vom 02.09.2026: Herr Frings leide an einem fortgeschrittenen Parkinson-Syndrom (G20.1) mit ausgeprägten On-Off-Phasen; am Begutachtungstag sei er in einer guten Phase gewesen. Nachts stehe er drei- bis viermal auf, sei zweimal gestürzt, und seit September komme eine nächtliche Verwirrtheit hinzu. Sie hat ein Pflegetagebuch über vier Wochen beigelegt.

Bitte berücksichtigen Sie bei der Terminvergabe die Medikamenteneinnahme (Levodopa um 7, 11, 15 und 19 Uhr) und begutachten Sie möglichst am späten Nachmittag. Die Widerspruchsbegründung und das Pflegetagebuch stellen wir im Auftragsportal ein.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "attachment-only: ODT letter acknowledging a named teacher's disability claim after colon cancer (C18.7); body only refers to the enclosed decision",
  frm=ADDR("kaya"), to="Torsten Hellwig <t.hellwig@posteo.example>",
  subj="Ihr Schreiben vom 14.10.2026 – unsere Entscheidung",
  date="2026-11-04 11:00", sig="kaya", sigstyle="short",
  body="""Sehr geehrter Herr Hellwig,

anbei unsere Entscheidung zu Ihrem Antrag. Das Original erhalten Sie zusätzlich per Post. Für Rückfragen bin ich direkt für Sie erreichbar.

Mit freundlichen Grüßen
""",
  att=[ODT("Leistungsanerkenntnis_BU_Hellwig.odt", [
      ("h", "Anerkenntnis der Leistungspflicht"),
      "Herrn\nTorsten Hellwig\nMarienburger Straße 12\n50968 Köln",
      "Vertrag BU 7720 5590 · Leistungsfall BU-2026-1147 · Köln, 04.11.2026",
      "Sehr geehrter Herr Hellwig,",
      "nach Prüfung aller Unterlagen erkennen wir unsere Leistungspflicht aus Ihrer Berufsunfähigkeitsversicherung unbefristet an.",
      "Sie sind als Studienrat an einem Gymnasium tätig. Nach der Operation eines Dickdarmkarzinoms (C18.7, Sigma) im März 2026 und der anschließenden adjuvanten Chemotherapie bestehen laut Bericht Ihres Onkologen eine ausgeprägte Fatigue, eine chemotherapiebedingte Polyneuropathie beider Hände und Füße sowie eine eingeschränkte Konzentrationsfähigkeit. Unterricht in vollem Umfang ist Ihnen voraussichtlich dauerhaft nicht mehr möglich; die Berufsunfähigkeit beträgt mindestens 50 %.",
      ("t", [["Leistung", "ab", "Betrag"],
             ["Berufsunfähigkeitsrente", "01.04.2026", "2.200,00 EUR monatlich"],
             ["Beitragsbefreiung", "01.04.2026", "89,40 EUR monatlich"],
             ["Nachzahlung April–November 2026", "", "17.600,00 EUR"]]),
      "Wir werden Ihren Gesundheitszustand in angemessenen Abständen nachprüfen, frühestens jedoch in zwei Jahren.",
      "Mit freundlichen Grüßen\nElif Kaya\nLeistung Leben / Berufsunfähigkeit",
  ])])

M("S", "en", "insurer-to-customer", "premature twins added to a named expat family's policy; neonatal intensive care stay and costs covered",
  frm=ADDR("obrien"), to="Ahmed and Leila Haddad <haddad.family@gmail.example>",
  subj="Congratulations - and cover for Yasmin and Zayn",
  date="2026-11-05 08:30", sig="obrien", client="outlook",
  body="""Dear Leila, dear Ahmed,

congratulations on the birth of Yasmin and Zayn! I'm glad to hear from the hospital that both are gaining weight.

A quick update on the insurance side:

1. Both babies are now covered under your GlobalCare Premium policy from the date of birth (21 October 2026), without health questions, as you added them within 30 days. Member numbers: 77-612-3308-03 (Yasmin) and 77-612-3308-04 (Zayn).
2. The twins were born at 31 weeks by caesarean section because of Leila's pre-eclampsia. Their stay in the neonatal intensive care unit at King's College Hospital Dubai (respiratory support for Zayn, phototherapy for both) is covered in full and billed directly to us. The hospital estimates another 2-3 weeks.
3. Leila's own hospital stay and the follow-up for her blood pressure are covered as well.

Please don't worry about any paperwork for the hospital - we are in daily contact with their insurance desk.

All the best to the four of you
""")

M("S", "en", "insurer-to-customer", "HTML-only claims statement for a named member listing physiotherapy and specialist visits with diagnosis codes",
  frm="GlobalCare Claims <globalcare-claims-noreply@versicherer.example>",
  to="Pieter van Dam <pieter.vandam@kpnmail.example>",
  subj="Your claims statement October 2026",
  date="2026-11-06 06:15", client="system", mailer="VERSO Output Management 7.4",
  html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Claims statement</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Dear Mr van Dam,</p>
<p>here is your claims statement for October 2026 (member no. 77-488-1029-01, GlobalCare Plus):</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef5"><th>Date</th><th>Provider</th><th>Treatment</th><th>Diagnosis</th><th>Invoiced</th><th>Paid</th></tr>
<tr><td>02/10/2026</td><td>Dr E. Jansen, orthopaedics, Rotterdam</td><td>Consultation, ultrasound shoulder</td><td>M75.1 rotator cuff syndrome</td><td>EUR 185.00</td><td>EUR 185.00</td></tr>
<tr><td>06/10/2026</td><td>Fysio Kralingen</td><td>Physiotherapy (4 sessions)</td><td>M75.1</td><td>EUR 196.00</td><td>EUR 196.00</td></tr>
<tr><td>14/10/2026</td><td>Erasmus MC</td><td>MRI right shoulder</td><td>M75.1</td><td>EUR 520.00</td><td>EUR 520.00</td></tr>
<tr><td>27/10/2026</td><td>Fysio Kralingen</td><td>Physiotherapy (4 sessions)</td><td>M75.1</td><td>EUR 196.00</td><td>EUR 196.00</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>EUR 1,097.00</b></td><td><b>EUR 1,097.00</b></td></tr>
</table>
<p>The amount has been transferred to your account. You have used 8 of 30 physiotherapy sessions for 2026.</p>
<p>Kind regards<br>Your GlobalCare Claims Team</p>
<p style="font-size:11px;color:#666">Versicherer Krankenversicherung a.G. &middot; Rheinuferstrasse 12 &middot; 50667 Cologne &middot; This message was generated automatically.</p>
</body></html>
""")


#@@MAILS@@


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
