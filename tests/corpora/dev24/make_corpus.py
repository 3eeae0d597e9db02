#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel independent claims corpus generator (dev24).

Writes mails/d24-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2
helper file; its XLSX/DOCX/ODS/ODT/PDF builders (openpyxl, python-docx,
odfpy, fpdf2) were replaced by small standard-library writers.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs only the Python 3 standard library (building and --check).
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


def _xe(s):
    """Escape text for XML element content / attribute values (and drop control chars)."""
    s = "" if s is None else str(s)
    s = "".join(ch for ch in s if ch in "\t\n" or ord(ch) >= 32)
    return htmlmod.escape(s, quote=True)


def _zipbuild(members, stored_first=None):
    """Build a ZIP with fixed member times (the mail's stamp).  members: list of
    (name, str|bytes).  stored_first: name of a member written first and
    uncompressed (ODF 'mimetype')."""
    out = io.BytesIO()
    stamp = _STAMP[0].timetuple()[:6]
    with zipfile.ZipFile(out, "w") as z:
        order = sorted(members, key=lambda x: 0 if x[0] == stored_first else 1)
        for name, body in order:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


_XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_ODOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _iso(d=None):
    return (d or _STAMP[0]).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ooxml_props(author, app, title=""):
    core = (_XMLDECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + (f"<dc:title>{_xe(title)}</dc:title>" if title else "")
            + f"<dc:creator>{_xe(author)}</dc:creator><cp:lastModifiedBy>{_xe(author)}</cp:lastModifiedBy>"
            f'<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{_iso()}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_iso()}</dcterms:modified></cp:coreProperties>')
    appx = (_XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{app}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>")
    return core, appx


def _rootrels(main):
    return (_XMLDECL + f'<Relationships xmlns="{_NS_REL}">'
            f'<Relationship Id="rId1" Type="{_NS_ODOC}/officeDocument" Target="{main}"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_NS_ODOC}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    """Minimal SpreadsheetML package: shared strings, bold header row, column widths."""
    sst, sidx = [], {}

    def si(v):
        if v not in sidx:
            sidx[v] = len(sst)
            sst.append(v)
        return sidx[v]

    members, names = [], list(sheets)
    for k, name in enumerate(names, 1):
        rows = sheets[name]
        ncol = max(len(r) for r in rows) if rows else 1
        wid = []
        for j in range(ncol):
            w = max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0)
            wid.append(min(48, max(8, w + 2)))
        xr = []
        for i, r in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(r):
                ref = f"{_col(j)}{i}"
                st = ' s="1"' if i == 1 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{st} t="s"><v>{si(str(v))}</v></c>')
            xr.append(f'<row r="{i}">{"".join(cells)}</row>')
        sel = ' tabSelected="1"' if k == 1 else ""
        dim = f"A1:{_col(ncol - 1)}{max(1, len(rows))}"
        cols = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{w}" customWidth="1"/>' for j, w in enumerate(wid))
        members.append((f"xl/worksheets/sheet{k}.xml",
                        _XMLDECL + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                        f'xmlns:r="{_NS_ODOC}"><dimension ref="{dim}"/>'
                        f'<sheetViews><sheetView workbookViewId="0"{sel}/></sheetViews>'
                        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>{"".join(xr)}</sheetData>'
                        '<pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/>'
                        "</worksheet>"))
    wbx = (_XMLDECL + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'xmlns:r="{_NS_ODOC}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
           + "".join(f'<sheet name="{_xe(n[:31])}" sheetId="{k}" r:id="rId{k}"/>' for k, n in enumerate(names, 1))
           + "</sheets></workbook>")
    n = len(names)
    rels = (_XMLDECL + f'<Relationships xmlns="{_NS_REL}">'
            + "".join(f'<Relationship Id="rId{k}" Type="{_NS_ODOC}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                      for k in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{_NS_ODOC}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId{n + 2}" Type="{_NS_ODOC}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")
    styles = (_XMLDECL + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sstx = (_XMLDECL + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(sst)}" uniqueCount="{len(sst)}">'
            + "".join(f'<si><t xml:space="preserve">{_xe(s)}</t></si>' for s in sst) + "</sst>")
    ct = (_XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for k in range(1, n + 1))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    core, appx = _ooxml_props(author, "Microsoft Excel")
    data = _zipbuild([("[Content_Types].xml", ct), ("_rels/.rels", _rootrels("xl/workbook.xml")),
                      ("docProps/app.xml", appx), ("docProps/core.xml", core), ("xl/workbook.xml", wbx),
                      ("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", styles)] + members
                     + [("xl/sharedStrings.xml", sstx)])
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


def _odf_package(mime, body, auto_styles="", author="Versicherer"):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS} office:version="1.2">'
               f"<office:automatic-styles>{auto_styles}</office:automatic-styles>"
               f"<office:body>{body}</office:body></office:document-content>")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {_ODF_NS} office:version="1.2"><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              "</office:styles></office:document-styles>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>"
            f"<meta:initial-creator>{_xe(author)}</meta:initial-creator><dc:creator>{_xe(author)}</dc:creator>"
            f"<meta:creation-date>{_iso()[:-1]}</meta:creation-date><dc:date>{_iso()[:-1]}</dc:date>"
            "<meta:editing-cycles>1</meta:editing-cycles></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zipbuild([("mimetype", mime), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)], stored_first="mimetype")


def _ods(fn, sheets, author="Versicherer"):
    body = []
    for name, rows in sheets.items():
        ncol = max(len(r) for r in rows) if rows else 1
        t = [f'<table:table table:name="{_xe(name)}"><table:table-column table:number-columns-repeated="{ncol}"/>']
        for r in rows:
            cells = []
            for v in r:
                if v is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{_xe(v)}</text:p></table:table-cell>')
            t.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        t.append("</table:table>")
        body.append("".join(t))
    data = _odf_package("application/vnd.oasis.opendocument.spreadsheet",
                        f"<office:spreadsheet>{''.join(body)}</office:spreadsheet>", author=author)
    return Att(fn, data, "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


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
    parts = text.split("\n")
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("<w:br/>")
        out.append(f'<w:t xml:space="preserve">{_xe(p)}</w:t>')
    return f"<w:r>{rpr}{''.join(out)}</w:r>"


def _docx(fn, blocks, author="Versicherer", octet=False):
    """Minimal WordprocessingML package: headings, paragraphs, tables (Table Grid)."""
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            lvl = b[2] if len(b) > 2 else 1
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/></w:pPr>{_wrun(b[1])}</w:p>')
        elif b[0] in ("p", "small"):
            body.append(f"<w:p>{_wrun(b[1], size=16 if b[0] == 'small' else None)}</w:p>")
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            nc = max(len(r) for r in rows)
            cw = 9070 // nc
            grid = "".join(f'<w:gridCol w:w="{cw}"/>' for _ in range(nc))
            trs = []
            for i, r in enumerate(rows):
                tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/></w:tcPr><w:p>{_wrun(c, bold=(i == 0))}</w:p></w:tc>'
                              for c in r + [""] * (nc - len(r)))
                trs.append(f"<w:tr>{tcs}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(trs)}</w:tbl><w:p/>")
    doc = (_XMLDECL + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           f'xmlns:r="{_NS_ODOC}"><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    bdr = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    styles = (_XMLDECL + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
              '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
              '<w:next w:val="Standard"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>'
              '<w:next w:val="Standard"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
              '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="NormaleTabelle"/>'
              f'<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>{bdr}</w:tblBorders></w:tblPr></w:style>'
              "</w:styles>")
    rels = (_XMLDECL + f'<Relationships xmlns="{_NS_REL}">'
            f'<Relationship Id="rId1" Type="{_NS_ODOC}/styles" Target="styles.xml"/></Relationships>')
    ct = (_XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    core, appx = _ooxml_props(author, "Microsoft Office Word")
    data = _zipbuild([("[Content_Types].xml", ct), ("_rels/.rels", _rootrels("word/document.xml")),
                      ("docProps/app.xml", appx), ("docProps/core.xml", core), ("word/document.xml", doc),
                      ("word/_rels/document.xml.rels", rels), ("word/styles.xml", styles)])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


def _odt(fn, blocks, author="Versicherer"):
    body = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            body.append(f'<text:h text:style-name="PH" text:outline-level="1">{_xe(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                body.append(f'<text:p text:style-name="Standard">{_xe(line)}</text:p>')
        elif b[0] == "t":
            rows = b[1]
            nc = max(len(r) for r in rows)
            t = [f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{nc}"/>']
            for r in rows:
                cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{_xe(v)}</text:p></table:table-cell>'
                                for v in list(r) + [""] * (nc - len(r)))
                t.append(f"<table:table-row>{cells}</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
    auto = ('<style:style style:name="PH" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>')
    data = _odf_package("application/vnd.oasis.opendocument.text", f"<office:text>{''.join(body)}</office:text>",
                        auto, author=author)
    return Att(fn, data, "application", "vnd.oasis.opendocument.text", kind="odt")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})

# Helvetica advance widths (AFM, 1/1000 em) for ASCII 32..126; others count as 556.
_HELV_W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
           556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
           1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
           667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
           333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
           556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _tw(s, size, bold=False):
    w = sum(_HELV_W[ord(c) - 32] if 32 <= ord(c) <= 126 else 556 for c in s)
    return w * size / 1000 * (1.06 if bold else 1.0)


def _wrap(s, size, width, bold=False):
    out = []
    for para in s.split("\n"):
        words, cur = para.split(" "), ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if cur and _tw(cand, size, bold) > width:
                out.append(cur)
                cur = w
            else:
                cur = cand
            while _tw(cur, size, bold) > width and len(cur) > 1:   # a very long word
                k = len(cur)
                while k > 1 and _tw(cur[:k], size, bold) > width:
                    k -= 1
                out.append(cur[:k])
                cur = cur[k:]
        out.append(cur)
    return out


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """PDF 1.4, A4, standard fonts Helvetica / Helvetica-Bold (WinAnsiEncoding),
    uncompressed content streams (a real text layer) and a correct xref table.
    Characters outside WinAnsi are transliterated (unicode= is kept for
    compatibility with the dev2 calling format and has no further effect)."""
    import unicodedata
    W, H, ML, MR, MT, MB = 595.28, 841.89, 56.7, 56.7, 51.0, 56.7
    special = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h"}

    def fold(ch):
        # characters outside WinAnsi (e.g. Turkish or Polish letters) are transliterated
        if ch.encode("cp1252", "ignore"):
            return ch
        if ch in special:
            return special[ch]
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        return base if base and base.encode("cp1252", "ignore") else "?"

    def norm(t):
        return "".join(fold(ch) for ch in str(t).translate(_PDF_MAP))

    pages, ops = [], []
    y = [H - MT]

    def newpage():
        if ops:
            pages.append("\n".join(ops))
        ops.clear()
        y[0] = H - MT

    def need(h):
        if y[0] - h < MB:
            newpage()

    def line(x, txt, size, bold=False):
        ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.2f} {y[0]:.2f} Td {_pdfstr(txt)} Tj ET")

    for b in _blocks(blocks):
        kind = b[0]
        if kind in ("h", "p", "small"):
            size = (13 if len(b) < 3 or b[2] == 1 else 11) if kind == "h" else (10 if kind == "p" else 7)
            lead = size * 1.35
            for ln in _wrap(norm(b[1]), size, W - ML - MR, bold=(kind == "h")):
                need(lead)
                y[0] -= lead
                line(ML, ln, size, bold=(kind == "h"))
            y[0] -= size * 0.6
        elif kind == "t":
            size, lead, pad = 8.5, 10.5, 3
            rows = [[norm("" if v is None else v) for v in r] for r in b[1]]
            nc = max(len(r) for r in rows)
            rows = [r + [""] * (nc - len(r)) for r in rows]
            natural = [max(_tw(r[j], size) for r in rows) + 2 * pad + 1 for j in range(nc)]
            avail = W - ML - MR
            if sum(natural) <= avail:
                cw = natural
            else:
                cw = [avail * n / sum(natural) for n in natural]
                cw = [max(c, 40) for c in cw]
                cw = [c * avail / sum(cw) for c in cw]
            for i, r in enumerate(rows):
                cells = [_wrap(c, size, cw[j] - 2 * pad, bold=(i == 0)) for j, c in enumerate(r)]
                rh = max(len(c) for c in cells) * lead + 2 * pad
                need(rh)
                top, x = y[0], ML
                for j, c in enumerate(cells):
                    ops.append(f"0.5 w {x:.2f} {top - rh:.2f} {cw[j]:.2f} {rh:.2f} re S")
                    yy = top - pad
                    for ln in c:
                        yy -= lead
                        ops.append(f"BT /{'F2' if i == 0 else 'F1'} {size:g} Tf {x + pad:.2f} {yy + 2.5:.2f} Td {_pdfstr(ln)} Tj ET")
                    x += cw[j]
                y[0] = top - rh
            y[0] -= 8
    newpage()
    # objects: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then (page, content) pairs
    objs = {}
    np_ = len(pages)
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(np_))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {np_} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    info = f"<< /Producer (Siegel dev24 corpus PDF writer) /Creator (Siegel dev24 corpus) /CreationDate ({d}) /ModDate ({d})"
    if title:
        info += f" /Title {_pdfstr(norm(title))}"
    info += f" /Author {_pdfstr(norm(author))} >>"
    objs[5] = info.encode("latin-1")
    for i, content in enumerate(pages):
        c = content.encode("latin-1")
        objs[6 + 2 * i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] "
                           f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {7 + 2 * i} 0 R >>").encode()
        objs[7 + 2 * i] = f"<< /Length {len(c)} >>\nstream\n".encode() + c + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, n):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += (f"trailer\n<< /Size {n} /Root 1 0 R /Info 5 0 R /ID [<{fid}> <{fid}>] >>\n"
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
    salt = f"d24|{n}|{m.get('mid', '')}|{m['subj']}"
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
        ent = m.get("ent")
        if ent is None:   # the sender's legal entity, if the sender is a known staff member
            ent = next((v[4] for v in STAFF.values() if f"<{v[1]}@" in m["frm"]), "grp")
        msg["Organization"] = ENT.get(ent, ENT["grp"])[0] if "versicherer" in m["frm"] else None
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
        fn = f"d24-{n:04d}.eml"
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


_OOXML_MAIN = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml"}
_ODF_MIME = {"ods": "application/vnd.oasis.opendocument.spreadsheet", "odt": "application/vnd.oasis.opendocument.text"}


def office_text(fname, data):
    """Open an XLSX/DOCX/ODS/ODT with the standard library only: the ZIP must be
    intact, every XML part well-formed, the package structure complete; returns
    the document text."""
    import xml.etree.ElementTree as ET
    ext = fname.lower().rsplit(".", 1)[-1]
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, fname
    names = z.namelist()
    trees = {n: ET.fromstring(z.read(n)) for n in names if n.endswith((".xml", ".rels"))}
    if ext in _OOXML_MAIN:
        assert "[Content_Types].xml" in trees and "_rels/.rels" in trees, fname
        main = _OOXML_MAIN[ext]
        rels = trees["_rels/.rels"]
        assert any(r.get("Target").lstrip("/") == main for r in rels), fname
        ct = z.read("[Content_Types].xml").decode()
        assert f'PartName="/{main}"' in ct, fname
        if ext == "xlsx":
            wrels = {r.get("Id"): r.get("Target") for r in trees["xl/_rels/workbook.xml.rels"]}
            ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
            rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
            sst = [si.findtext(f"{ns}t") or "" for si in trees.get("xl/sharedStrings.xml", ET.Element("x"))]
            out = []
            for sh in trees[main].iter(f"{ns}sheet"):
                part = "xl/" + wrels[sh.get(rid)]
                assert part in trees and f'PartName="/{part}"' in ct, (fname, part)
                for c in trees[part].iter(f"{ns}c"):
                    v = c.findtext(f"{ns}v")
                    out.append(sst[int(v)] if c.get("t") == "s" else (v or ""))
            return " ".join(out)
        return " ".join(trees[main].itertext())
    # ODF: 'mimetype' first, stored, with the right type; manifest present
    first = z.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, fname
    assert z.read("mimetype").decode() == _ODF_MIME[ext], fname
    assert "META-INF/manifest.xml" in trees and "content.xml" in trees, fname
    return " ".join(trees["content.xml"].itertext())


def pdf_text(data):
    """Check a PDF written by _pdf: header, xref offsets, trailer; returns the
    text shown by Tj operators of all page content streams."""
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref"
    m = re.match(rb"xref\s+0 (\d+)\s*\n", data[sx:])
    n = int(m.group(1))
    table = data[sx + m.end(): sx + m.end() + 20 * n]
    objs = {}
    for k in range(1, n):
        ent = table[20 * k: 20 * k + 20]
        assert len(ent) == 20 and ent.endswith((b" n \n", b" n\r\n")), k
        off = int(ent[:10])
        assert data[off:].startswith(f"{k} 0 obj".encode()), ("xref offset", k)
        objs[k] = data[off: data.index(b"endobj", off)]
    assert b"/Root" in data[sx:] and b"/Size %d" % n in data[sx:]
    texts = []
    for k, body in objs.items():
        if not re.search(rb"/Type /Page(?!s)\b", body):
            continue
        c = int(re.search(rb"/Contents (\d+) 0 R", body).group(1))
        cb = objs[c]
        ln = int(re.search(rb"/Length (\d+)", cb).group(1))
        st = cb.index(b"stream\n") + 7
        stream = cb[st:st + ln]
        assert cb[st + ln:].lstrip().startswith(b"endstream"), ("stream length", c)
        for s in re.findall(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", stream):
            texts.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(texts)


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
        if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
            assert office_text(fname, data).strip(), (fn, fname, "empty document")
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
        elif low.endswith((".csv", ".tsv", ".txt", ".log", ".pem")):
            assert data, fn
        else:
            raise AssertionError((fn, fname, "unknown attachment type"))

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



# --- additional staff of this corpus (same fictitious company) -------------
STAFF.update({
    "kaya": ("Emre Kaya", "emre.kaya", "Schadenservice Kraftfahrt\nPersonenschaden", "Motor Claims, Bodily Injury", "av", "-4133"),
    "wolters": ("Ute Wolters", "ute.wolters", "Schadenaußendienst Region West", "Field Claims Inspector, West", "av", "-4402"),
    "brooks": ("Hannah Brooks", "hannah.brooks", "Flotten- und Gewerbekunden Kraftfahrt", "Fleet & Commercial Motor", "av", "-4091"),
    "petersen": ("Lars Petersen", "lars.petersen", "Schadensteuerung / Partnerwerkstätten", "Claims Steering / Partner Workshops", "av", "-4160"),
    "schmitz": ("Claudia Schmitz", "claudia.schmitz", "Schadencontrolling", "Claims Controlling", "av", "-4020"),
    "ahrens": ("Kai Ahrens", "kai.ahrens", "Regress / Teilungsabkommen", "Recourse", "av", "-4985"),
})


# ---- batch 1 ---------------------------------------------------------------

M("S", "de", "insurer-to-lawyer", "third-party motor liability claim: opposing driver's whiplash injury (HWS-Distorsion), sick note and physiotherapy requested",
  frm=ADDR("kaya"), to="Rechtsanwältin Dr. Verena Pohl <kanzlei@pohl-verkehrsrecht.example>",
  subj="Ihr Zeichen 114/26 VP – Unfall vom 09.01.2026, Schaden-Nr. KH 26-004417",
  date="2026-01-21 10:42",
  body="""Sehr geehrte Frau Dr. Pohl,

vielen Dank für Ihr Schreiben vom 16.01.2026, mit dem Sie die Vertretung von Herrn Dariusz Wójcik anzeigen. Wir sind Kfz-Haftpflichtversicherer des unfallgegnerischen Fahrzeugs (amtl. Kennzeichen SU-KT 318, Versicherungsnehmer Herr Konstantin Thiel).

Die Haftung dem Grunde nach stellen wir nach Auswertung der polizeilichen Unfallmitteilung nicht in Abrede. Zum Sachschaden haben wir bereits mit dem Sachverständigenbüro Lenz Kontakt aufgenommen.

Zum geltend gemachten Personenschaden benötigen wir noch:

1. den Bericht der Notaufnahme des St. Antonius Krankenhauses vom 09.01.2026 (dort wurde nach Ihren Angaben eine HWS-Distorsion Grad I, ICD S13.4, diagnostiziert),
2. die Arbeitsunfähigkeitsbescheinigungen ab dem 10.01.2026,
3. die Verordnung über 6 x Krankengymnastik sowie die Rechnungen der Praxis,
4. eine von Herrn Wójcik unterschriebene Schweigepflichtentbindung (den Vordruck senden wir Ihnen heute per Post).

Einen Vorschuss auf das Schmerzensgeld in Höhe von 500,00 EUR können wir nach Eingang der ärztlichen Unterlagen kurzfristig anweisen.

Bitte senden Sie die Unterlagen nicht unverschlüsselt per E-Mail, sondern über unser SecureMail-Portal oder per Post.

Mit freundlichen Grüßen""",
  sig="kaya")

M("N", "de", "newsletter", "everyday: storm warning newsletter with general loss-prevention tips, no person or contract",
  frm="Versicherer Schadenservice <newsletter@versicherer.example>", to="kunden-info@versicherer.example",
  subj="Unwetterwarnung: Orkantief „Xandra“ – so schützen Sie Haus und Auto",
  date="2026-02-10 15:05", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  body="""Liebe Kundinnen und Kunden,

der Deutsche Wetterdienst warnt für Mittwochabend bis Donnerstagmittag vor Orkanböen bis 120 km/h in NRW, Niedersachsen und Hessen, örtlich mit Starkregen.

Was Sie jetzt tun können:
* Gartenmöbel, Trampoline und Mülltonnen sichern oder ins Haus holen.
* Fenster, Dachfenster und Rollläden schließen; Markisen einfahren.
* Das Auto nicht unter Bäumen, Baugerüsten oder an Hauswänden mit losen Ziegeln parken.
* Kellerabläufe prüfen, Rückstauklappe schließen.

Und wenn doch etwas passiert?
Fotografieren Sie die Schäden, bevor Sie aufräumen, und melden Sie den Schaden online unter www.versicherer.example/schaden oder in der App. Notmaßnahmen (z. B. eine Plane über das abgedeckte Dach) dürfen Sie sofort beauftragen – bewahren Sie die Rechnung auf.

Bei Sturmschäden an Ihrem Fahrzeug zahlt die Teilkasko ab Windstärke 8.

Kommen Sie gut durch den Sturm!
Ihr Schadenservice

--
Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: www.versicherer.example/newsletter/abmelden
Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln""")

M("C", "de", "insurer-to-customer", "motor own-damage (deer collision), named customer with claim no. and plate; nobody hurt",
  frm=ADDR("brenner"), to="Maximilian Gerke <max.gerke@gmx.example>",
  subj="Ihr Wildunfall vom 02.02. – Schaden-Nr. VK 26-011893",
  date="2026-02-04 08:57",
  body="""Guten Morgen Herr Gerke,

danke für Ihren Anruf gestern Abend und die Fotos. Schön, dass Ihnen und Ihrer Beifahrerin nichts passiert ist.

Ich habe den Schaden an Ihrem Skoda Octavia (K-MG 2207) unter der Nummer VK 26-011893 in der Teilkasko angelegt. Die Wildschadenbescheinigung vom Jagdpächter bzw. die Bestätigung der Polizei Rösrath haben Sie ja schon – bitte schicken Sie mir die einfach als Foto nach.

Für die Reparatur können Sie unsere Partnerwerkstatt Autohaus Brandl in Bergisch Gladbach nutzen. Vorteil: Hol- und Bringservice, kein Gutachten nötig, Rechnung geht direkt an uns. Sie zahlen nur die Selbstbeteiligung von 150 EUR. Die Werkstatt meldet sich heute noch bei Ihnen wegen eines Termins.

Viele Grüße""",
  sig="brenner", sigstyle="short")

M("N", "en", "insurer-to-company", "trap: fleet insurance offer to a prospect company; only the business contact is named, no insured person or contract",
  frm=ADDR("brooks"), to="Oliver Hale <o.hale@northgate-logistics.example>",
  subj="Fleet motor quotation – Northgate Logistics GmbH (42 vehicles)",
  date="2026-02-11 14:20",
  body="""Dear Mr Hale,

thank you for the meeting in Duisburg last week and for the vehicle list (without driver data, as agreed).

Please find attached our indicative quotation for your fleet of 42 vehicles (31 vans up to 3.5 t, 8 trucks, 3 passenger cars):

- Motor third-party liability, EUR 100m flat limit, EUR 15m per injured person
- Comprehensive cover for vans and cars, EUR 1,000 deductible; partial cover for trucks
- Fleet rating without individual no-claims classes, based on your loss ratio of the last 3 years
- Optional: driver protection cover and goods-in-transit extension

The indicative annual premium is EUR 71,850 plus 19 % insurance tax. The quotation is valid until 31 March 2026 and subject to the loss history certificates from your current insurer.

I'd be happy to walk you through the options in a short call. Would Tuesday or Thursday next week suit you?

Kind regards""",
  sig="brooks", lang="en",
  att=[PDF("Angebot_Flotte_Northgate_2026.pdf", [
      ("h", "Indicative quotation – fleet motor insurance"),
      "Prospective policyholder: Northgate Logistics GmbH, Hafenstraße 88, 47119 Duisburg\nQuotation no. FL-A-2026-0219, valid until 31.03.2026",
      ("t", [["Vehicle group", "Number", "Cover", "Deductible", "Premium p.a. (EUR)"],
             ["Vans up to 3.5 t", "31", "MTPL + comprehensive", "1,000", "48,670"],
             ["Trucks 7.5–18 t", "8", "MTPL + partial cover", "500", "19,240"],
             ["Passenger cars", "3", "MTPL + comprehensive", "1,000", "3,940"],
             ["Total", "42", "", "", "71,850"]]),
      "All premiums excluding 19 % insurance tax. Rating basis: fleet loss ratio 2023–2025 as stated by the prospect. Subject to receipt of loss history certificates.",
      ("small", "This quotation is not an insurance contract. Cover starts only with the acceptance of the proposal and the issue of the policy.")],
      title="Fleet quotation Northgate Logistics", author="Hannah Brooks")])

M("C", "de", "insurer-to-workshop", "repair approval to a workshop: customer name, plate and claim number (motor liability, no injury)",
  frm=ADDR("petersen"), to="Serviceannahme Autohaus Brandl <service@autohaus-brandl.example>",
  subj="Reparaturfreigabe KH 26-009312 / BM-RS 77",
  date="2026-02-05 11:13", client="outlook",
  body="""Hallo Herr Brandl,

zum Fahrzeug von Frau Renate Schäfer (VW Golf VII, BM-RS 77, FIN WVWZZZAUZHW204417) geben wir die Reparatur gemäß Ihrem Kostenvoranschlag Nr. KV-2026-0381 vom 04.02. frei:

Instandsetzung Heckklappe und Stoßfänger hinten, Lackierung, Sensoren PDC kalibrieren
Netto 3.412,60 EUR zzgl. MwSt.

Frau Schäfer ist Geschädigte, unser Versicherungsnehmer ist ihr aufgefahren – also Abrechnung über KH 26-009312 ohne Selbstbeteiligung. Mietwagen bitte Klasse 4 für max. 5 Tage, Rechnung direkt an uns.

Die Fotos der verdeckten Schäden bitte vor dem Zusammenbau ins Portal hochladen.

Danke und Gruß""",
  sig="petersen", sigstyle="short")

M("S", "de", "claimant", "neighbour's liability claim forwarded internally: fall on icy path, broken wrist, surgery and sick leave",
  frm=ADDR("oltmanns"), to=ADDR("schreiber"),
  subj="WG: Sturz vor dem Haus Ihres Versicherungsnehmers – Schadenersatzforderung",
  date="2026-01-28 16:31",
  body="""Hallo Carola,

zur Info und mit der Bitte um kurze Einschätzung, ob wir hier wegen der Räumpflicht gegen den Winterdienst (Fa. Grünwerk GbR) Regress nehmen können. PH-Vertrag von Herrn Leitner, Schaden-Nr. PH 26-002051. Unser VN ist Eigentümer, der Winterdienst war vertraglich beauftragt.

Gruß
Jens

""" + FW("Ingrid Kalbfleisch <ingrid.kalbfleisch@t-online.example>", "26.01.2026, 19:48",
         "schaden@versicherer.example", "Sturz vor dem Haus Ihres Versicherungsnehmers – Schadenersatzforderung", """Sehr geehrte Damen und Herren,

Herr Rolf Leitner hat mir Ihre Adresse gegeben. Am 14. Januar bin ich morgens um halb acht auf dem Gehweg vor seinem Haus in der Amselstraße 9 in Brühl gestürzt. Es war nicht gestreut, das haben auch zwei Nachbarinnen gesehen.

Ich habe mir dabei das rechte Handgelenk gebrochen (distale Radiusfraktur), musste am 15.01. im Marienhospital operiert werden und bekomme jetzt eine Platte. Bis mindestens Ende Februar bin ich krankgeschrieben, danach kommt Ergotherapie. Ich bin Friseurin und kann so nicht arbeiten.

Ich möchte Schmerzensgeld und meinen Verdienstausfall ersetzt haben. Die Unterlagen vom Krankenhaus kann ich Ihnen schicken.

Mit freundlichen Grüßen
Ingrid Kalbfleisch
Kölnstraße 40, 50321 Brühl"""),
  sig="oltmanns", sigstyle="name")

M("N", "de", "internal", "everyday: process change for approval limits of workshop invoices; no person, no claim",
  frm=ADDR("schmitz"), to="KS-Kraftfahrt-alle@versicherer.example",
  cc=ADDR("petersen"),
  subj="Neue Freigabegrenzen Werkstattrechnungen ab 01.03.2026",
  date="2026-02-12 09:30", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

mit dem Vorstandsbeschluss vom 03.02. ändern sich zum 1. März die Freigabegrenzen in der Kraftfahrt-Schadenregulierung:

[[grenzen]]

Was ändert sich praktisch?
- Rechnungen von Partnerwerkstätten bis 7.500 EUR netto gehen ohne Sachbearbeiterprüfung durch, sofern der digitale Kostenvoranschlag freigegeben war und die Abweichung unter 5 % liegt.
- Fremdwerkstätten: Prüfung durch den Prüfdienstleister bleibt ab 1.500 EUR Pflicht.
- Personenschäden sind nicht betroffen, sie laufen wie bisher über das Team Personenschaden.

Die Arbeitsanweisung AA-KS-014 wird bis Ende Februar im Intranet aktualisiert. Fragen gern an mich.

Viele Grüße
Claudia Schmitz
Schadencontrolling""",
  html=True, tables={"grenzen": ([["Rolle", "bisher (netto)", "ab 01.03.2026 (netto)"],
                                   ["Sachbearbeitung", "5.000 EUR", "7.500 EUR"],
                                   ["Gruppenleitung", "15.000 EUR", "20.000 EUR"],
                                   ["Abteilungsleitung", "50.000 EUR", "75.000 EUR"],
                                   ["Bereichsleitung", "unbegrenzt", "unbegrenzt"]], "pad")})

M("C", "en", "insurer-to-customer", "baggage claim (lost suitcase), named customer, claim no. and item list; no health data",
  frm=ADDR("seidel"), to="Thomas Whitaker <tom.whitaker@outlook.example>",
  subj="Your baggage claim RG-26-00734 – missing suitcase, flight LH 1164",
  date="2026-02-16 13:02",
  body="""Dear Mr Whitaker,

thank you for your claim under your travel insurance policy RV 7730 4412. We have registered it under claim number RG-26-00734.

According to your notification, your suitcase did not arrive in Lisbon on 7 February and has still not been found by the airline. To assess the claim we need:

- the Property Irregularity Report (PIR) from the airline, reference LISLH48812
- the airline's final written notice that the bag is lost (usually after 21 days)
- receipts or bank statements for the more valuable items on your list (suitcase, jacket, camera)
- receipts for the emergency purchases in Lisbon (toiletries, clothing)

Please note that the airline is liable first under the Montreal Convention; we cover the amount not paid by the airline, up to EUR 2,000 per person.

Your list as we received it:

  1 hard-shell suitcase, 2022 ............ EUR 180
  1 winter jacket ........................ EUR 240
  Sony compact camera, 2021 .............. EUR 420
  clothing, shoes, toiletries ............ EUR 390

Best regards""",
  sig="seidel", lang="en")

M("S", "en", "insurer-to-customer", "trip cancellation because of the customer's appendicitis and surgery; medical certificate requested",
  frm=ADDR("seidel"), to="Sarah Lindgren <sarah.lindgren@posteo.example>",
  subj="Re: Cancellation of our trip to Crete – claim RR-26-00412",
  date="2026-03-03 10:18", irt="<b7e1c402-7e1f-4d9a-9fd1-2c1f0a11aa72@posteo.example>",
  body="""Dear Ms Lindgren,

I am sorry to hear about your emergency operation, and I hope you are recovering well.

Because the cancellation is due to an unexpected serious illness (acute appendicitis with laparoscopic appendectomy on 24 February), it is covered by your trip cancellation insurance. To settle the claim, please send us:

1. the completed "certificate of the attending physician" form (attached to our letter of today) – your surgeon or GP fills it in;
2. the discharge letter from the hospital, showing the dates of your stay;
3. the tour operator's cancellation invoice (you mentioned 80 % of the price = EUR 2,136).

As your husband cancelled too, we will also cover his share, since he is a co-insured traveller on the same booking.

Please upload the medical documents via our secure portal and not by normal e-mail.

Kind regards""",
  sig="seidel", lang="en",
  quote=Q("""On 2 Mar 2026, at 21:40, Sarah Lindgren wrote:
Hello, I had to have my appendix removed in an emergency operation on 24 Feb in Hamburg and we had to cancel our holiday to Crete (departure 28 Feb). Booking no. SR-6621873. Policy RR 5521 0098. What do you need from me? Sarah"""))

M("N", "de", "insurer-to-workshop", "everyday: partner workshop network circular (hourly rates, ADAS calibration, new members); no customer data",
  frm=ADDR("petersen"), to="partnerwerkstaetten@versicherer.example",
  subj="Werkstattnetz-Info 1/2026: Stundenverrechnungssätze, ADAS-Kalibrierung, neue Partner",
  date="2026-01-15 10:00", client="outlook",
  body="""Sehr geehrte Partnerbetriebe,

wie angekündigt hier die wichtigsten Neuerungen für 2026:

1. Stundenverrechnungssätze
Die Sätze für Mechanik, Karosserie und Lack werden zum 1. Februar um durchschnittlich 4,2 % angehoben. Die betriebsindividuellen Sätze erhalten Sie mit separater Post.

2. Kalibrierung von Fahrerassistenzsystemen
Nach Scheibentausch oder Arbeiten an Stoßfänger und Außenspiegeln ist die Kalibrierung zu dokumentieren (Protokoll des Diagnosegeräts als PDF im Schadenportal). Ohne Protokoll können wir die Position nicht vergüten.

3. Digitaler Kostenvoranschlag
Ab März nehmen wir Kostenvoranschläge nur noch über die Schnittstelle entgegen, nicht mehr per Fax.

4. Neue Partner
Wir begrüßen Karosserie Özdemir (Leverkusen), Lackzentrum Eifel (Mechernich) und Autoservice Hanke (Siegburg).

5. Partnertag
Der Partnertag findet am 23. April in Köln statt, Einladung folgt.

Mit freundlichen Grüßen""",
  sig="petersen")

M("C", "de", "insurer-to-customer", "water damage in a rented flat: named customer, tenant below and landlord, claim no., damage record attached",
  frm=ADDR("demir"), to="Jana Kowalczyk <jana.kowalczyk@web.example>",
  cc="Hausverwaltung Rheinblick <info@hv-rheinblick.example>",
  subj="Leitungswasserschaden Merowingerstr. 61, 2. OG – Schaden-Nr. HR 26-003318",
  date="2026-02-19 15:47",
  body="""Sehr geehrte Frau Kowalczyk,

wie telefonisch besprochen fasse ich den Stand zusammen:

Am 12.02.2026 ist in Ihrer Mietwohnung der Zulaufschlauch der Waschmaschine geplatzt. Das Wasser ist in die darunterliegende Wohnung von Herrn Benedikt Aurich (1. OG) gelaufen; dort sind Decke und Laminat im Flur betroffen.

Zuständig ist:
- für Ihre eigenen Sachen (Teppich, Regal) Ihre Hausratversicherung bei uns, HR 40 118 273,
- für die Schäden in der Wohnung von Herrn Aurich Ihre Privathaftpflicht bei uns, PH 40 118 274, soweit Sie ein Verschulden trifft,
- für Decke, Estrich und Bodenbelag, die zum Gebäude gehören, die Wohngebäudeversicherung des Vermieters. Ich habe die Hausverwaltung deshalb in Kopie gesetzt.

Die Trocknungsfirma Hydrotec hat am 14.02. Geräte aufgestellt; das Protokoll unseres Außendienstes hänge ich an.

Bitte lassen Sie den geplatzten Schlauch aufbewahren, bis der Schaden abgeschlossen ist.

Freundliche Grüße""",
  sig="demir",
  att=[DOCX("Schadenprotokoll_HR26-003318.docx", [
      ("h", "Schadenprotokoll Außendienst"),
      "Schaden-Nr.: HR 26-003318 / PH 26-003319\nBesichtigung: 14.02.2026, 10:30 Uhr, durch Ute Wolters",
      "Versicherungsnehmerin: Jana Kowalczyk, Merowingerstraße 61, 50677 Köln, 2. OG rechts\nGeschädigter: Benedikt Aurich, ebd., 1. OG rechts\nVermieterin: Rheinblick Immobilien GmbH, vertreten durch HV Rheinblick",
      ("t", [["Raum", "Befund", "Maßnahme"],
             ["Bad 2. OG", "Zulaufschlauch WM geplatzt, Fliesen trocken", "Schlauch asserviert"],
             ["Flur 1. OG", "Deckenfleck ca. 2,5 m², Laminat aufgequollen ca. 6 m²", "Trocknung, Laminat erneuern"],
             ["Abstellraum 1. OG", "Feuchte Wand (Messwert 78 Digits)", "Trocknung"]]),
      "Ursache: Materialermüdung des Schlauchs (ca. 9 Jahre alt). Kein Hinweis auf Fremdeinwirkung.",
      "Wolters"], author="Ute Wolters")])

M("S", "de", "insurer-to-authority", "request to the public prosecutor for the investigation file against our insured driver (negligent bodily injury, cyclist injured)",
  frm=ADDR("schreiber"), to="Staatsanwaltschaft Bonn <poststelle@sta-bonn.example>",
  subj="Akteneinsichtsgesuch – Az. 221 Js 1187/26 – Ermittlungsverfahren gegen Herrn Paul Overbeck",
  date="2026-02-24 09:05",
  body="""Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren gegen Herrn Paul Overbeck, geb. 17.06.1959, wegen fahrlässiger Körperverletzung im Straßenverkehr (Verkehrsunfall am 30.01.2026 auf der Reuterstraße in Bonn) sind wir der Kfz-Haftpflichtversicherer des Beschuldigten (Schaden-Nr. KH 26-006705).

Die Geschädigte, eine Radfahrerin, hat nach unseren Informationen eine Beckenfraktur und eine Gehirnerschütterung erlitten und wurde stationär behandelt. Zur Prüfung der gegen uns gerichteten Ansprüche nach § 115 VVG beantragen wir gemäß § 406e StPO bzw. Nr. 185 RiStBV Einsicht in die Ermittlungsakte, insbesondere in

- die Verkehrsunfallanzeige mit Skizze und Lichtbildern,
- die Zeugenaussagen,
- ein etwaiges unfallanalytisches Gutachten.

Eine Auslagenpauschale von 12,00 EUR überweisen wir nach Rechnung. Die Akte senden Sie bitte an die unten angegebene Anschrift, Abteilung Recht/Regress.

Mit freundlichen Grüßen""",
  sig="schreiber", disc=1)

M("N", "en", "internal", "trap: aggregated motor claims statistics Q4/2025 incl. bodily-injury counts; no person, no claim",
  frm=ADDR("schmitz"), to=ADDR("stone"), cc=ADDR("morgan"),
  subj="Motor claims statistics Q4 2025 for the reinsurance renewal",
  date="2026-01-19 17:22", lang="en",
  body="""Hi Rebecca,

as requested, the aggregated motor figures for Q4 2025 and the full year are attached. Bodily injury is only shown as counts and totals per band; no individual claims are included.

Headlines:
- claim frequency MTPL 5.1 % (2024: 5.4 %)
- average property damage claim EUR 4,310 (+6.9 %, spare parts and paint)
- 9 large losses above EUR 500k in 2025, all bodily injury; the largest is reserved at EUR 3.2m
- hail in June accounts for 38 % of comprehensive claims cost

Let me know if the reinsurers need a different split.

Claudia""",
  att=[XLSX("Kfz_Schadenstatistik_Q4_2025.xlsx", {
      "Quarterly": [["Quarter", "MTPL claims", "MTPL cost EUR k", "Comprehensive claims", "Comprehensive cost EUR k", "Partial cover claims"],
                    ["Q1 2025", 11840, 52310, 8120, 31440, 6905],
                    ["Q2 2025", 11205, 49870, 9930, 47710, 8812],
                    ["Q3 2025", 10990, 48120, 7715, 29890, 6420],
                    ["Q4 2025", 12470, 55640, 8840, 33105, 7713]],
      "Bodily injury bands": [["Reserve band (EUR)", "Number of claims 2025", "Total incurred EUR k"],
                              ["< 10,000", 2214, 8120],
                              ["10,000 – 100,000", 611, 19440],
                              ["100,000 – 500,000", 74, 15310],
                              ["> 500,000", 9, 11870]]}, author="Claudia Schmitz")])

M("C", "de", "customer", "burglary report written by the customer, forwarded to the loss adjuster: stolen items, police reference, customer address",
  frm=ADDR("demir"), to="Sachverständigenbüro Kremer <auftrag@sv-kremer.example>",
  subj="WG: Einbruch in unsere Wohnung – Hausrat HR 55 902 771",
  date="2026-03-09 12:40",
  body="""Sehr geehrter Herr Kremer,

anbei die Schadenmeldung unserer Kundin. Bitte vereinbaren Sie direkt einen Besichtigungstermin und prüfen Sie insbesondere die Einbruchspuren an der Terrassentür und die Wertsachen (Schmuck über Entschädigungsgrenze?). Auftragsnummer bei uns: SV-26-0219.

Danke und viele Grüße
Aylin Demir

""" + FW("Friederike Brandes <f.brandes@icloud.example>", "08.03.2026, 22:14", "schaden@versicherer.example",
         "Einbruch in unsere Wohnung – Hausrat HR 55 902 771", """Guten Abend,

heute zwischen 14 und 19 Uhr wurde bei uns eingebrochen (Am Lindenhof 3, 53177 Bonn-Bad Godesberg, Erdgeschoss). Die Terrassentür wurde aufgehebelt. Die Polizei war da, Vorgangsnummer 260308-1422-053711.

Was fehlt (soweit wir bisher sehen):
- Laptop MacBook Air 2024
- Schmuckkassette mit Goldkette, 2 Ringen und der Uhr meines verstorbenen Vaters
- ca. 400 EUR Bargeld aus der Schreibtischschublade
- Spielkonsole mit 6 Spielen

Die Tür ist notdürftig gesichert, morgen kommt ein Schreiner. Wir können ab 8 Uhr telefonisch erreicht werden: 0171 5538201.

Friederike Brandes"""),
  sig=None)

M("N", "de", "insurer-to-customer", "everyday: answer to a prospect about legal-expenses tariffs; generic product info, no contract or personal data",
  frm=ADDR("kowalski"), to="Dennis Hoppe <dennis.hoppe@gmail.example>",
  subj="AW: Frage zur Rechtsschutzversicherung – Wartezeit Arbeitsrecht?",
  date="2026-03-02 16:09",
  body="""Hallo Herr Hoppe,

gern beantworte ich Ihre Fragen:

Wartezeit: Im Arbeits-Rechtsschutz gilt eine Wartezeit von drei Monaten ab Versicherungsbeginn. Streitigkeiten, deren Ursache vor Vertragsbeginn oder in der Wartezeit liegt, sind nicht versichert. Für Verkehrs-Rechtsschutz gibt es keine Wartezeit.

Selbstbeteiligung: Sie können zwischen 0, 150 und 300 EUR wählen. Mit 150 EUR spart man rund 18 % Beitrag.

Bausteine: Privat, Beruf, Verkehr und Wohnen sind einzeln oder kombiniert wählbar. Ein Beitragsrechner steht unter www.versicherer.example/rechtsschutz.

Wenn Sie möchten, ruft Sie eine Kollegin aus dem Vertrieb an und erstellt Ihnen ein individuelles Angebot – kurze Antwort genügt.

Viele Grüße""",
  sig="kowalski", sigstyle="short",
  quote=OQ("Dennis Hoppe <dennis.hoppe@gmail.example>", "Montag, 2. März 2026 11:51", "info@versicherer.example",
           "Frage zur Rechtsschutzversicherung – Wartezeit Arbeitsrecht?",
           """Hallo, ich überlege eine Rechtsschutzversicherung abzuschließen. Gibt es eine Wartezeit beim Arbeitsrecht und wie hoch ist die Selbstbeteiligung? Danke, D. Hoppe"""))

M("S", "de", "insurer-to-customer", "motor passenger accident cover (Insassenunfall, an accident line): daughter's broken collarbone, hospital report requested",
  frm=ADDR("albrecht"), to="Familie Okonkwo <n.okonkwo@arcor.example>",
  subj="Insassenunfallversicherung – Ihre Tochter Amara, Unfall vom 27.02.2026",
  date="2026-03-05 11:36",
  body="""Sehr geehrte Frau Okonkwo,

vielen Dank für Ihre Unfallmeldung. Ihre Kfz-Versicherung (Vertrag KF 33 681 402) enthält eine Insassenunfallversicherung, über die wir Leistungen für Ihre Tochter Amara prüfen.

Nach Ihrer Schilderung hat Amara bei dem Auffahrunfall auf der A 3 eine Schlüsselbeinfraktur links erlitten und wurde im Kinderkrankenhaus Amsterdamer Straße bis zum 01.03. stationär behandelt. Für das Krankenhaustagegeld und eine eventuelle Invaliditätsleistung benötigen wir:

- den Entlassungsbericht des Krankenhauses,
- den Bericht des nachbehandelnden Kinderarztes nach Abschluss der Behandlung,
- die beigefügte Schweigepflichtentbindung, unterschrieben von Ihnen als Sorgeberechtigte.

Die Schadenersatzansprüche gegen den auffahrenden Fahrer sind davon unabhängig; das Schmerzensgeld richtet sich an dessen Haftpflichtversicherer.

Gute Besserung für Amara!

Mit freundlichen Grüßen""",
  sig="albrecht")

M("N", "de", "insurer-to-customer", "trap: portal notification without content (new secure message); no name, no data",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="m.schwarzer@gmx.example",
  subj="Sie haben eine neue vertrauliche Nachricht",
  date="2026-03-06 07:12", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht von Versicherer für Sie bereit.

Sie können die Nachricht hier lesen:
https://securemail.versicherer.example/

Bitte melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an. Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.

Versicherer Allgemeine Versicherung AG""")

M("C", "en", "insurer-to-claimant", "third-party motor claim of a UK tourist (rental car hit in a car park), claim no., our insured named, no injuries",
  frm=ADDR("brenner"), to="Gareth Pryce <gareth.pryce@btinternet.example>",
  subj="Your claim against our policyholder – ref. KH 26-010254",
  date="2026-02-09 14:55", lang="en",
  body="""Dear Mr Pryce,

thank you for your e-mail. We are the motor liability insurer of the car that reversed into your rental vehicle in the car park of the Globus store in Koblenz on 31 January (registration KO-EH 481, our policyholder Mrs Elke Hensel). Our policyholder has confirmed the accident and that nobody was injured.

As the rental car belongs to Mobilia Autovermietung, the repair costs will be settled directly with the rental company. Please let us know:

1. whether you paid any excess or damage fee to Mobilia (please send the receipt), and
2. the rental agreement number.

If you had to take a taxi or lost any time because of the accident, you can claim those costs too. Please send receipts.

Kind regards""",
  sig="brenner")

M("N", "de", "internal", "trap: calendar invitation to a bodily-injury claims training with a generic agenda; no case data",
  frm=ADDR("kaya"), to="KS-Personenschaden@versicherer.example",
  subj="Einladung: Fachschulung Personenschaden – HWS, Verdienstausfall, Haushaltsführungsschaden",
  date="2026-03-10 08:44", client="outlook",
  body="""Hallo zusammen,

wie im Teammeeting angekündigt, hier die Einladung zur Fachschulung am 25. März. Referent ist Herr Prof. Dr. Brandenstein (Biomechanik), im zweiten Teil übernimmt Dr. Schreiber aus der Rechtsabteilung.

Agenda:
09:00 Harmlosigkeitsgrenze – was sagt die aktuelle Rechtsprechung?
10:30 Medizinische Unterlagen richtig anfordern (Schweigepflichtentbindung, Datenschutz)
12:00 Mittagspause
13:00 Verdienstausfall Selbstständiger und Haushaltsführungsschaden
15:00 Schmerzensgeldtabellen – Fallbeispiele (anonymisiert)

Bitte bringt keine echten Akten mit.

Gruß, Emre""",
  att=[ICS("Fachschulung_Personenschaden.ics", "2026-0325-PS-schulung@versicherer.example",
           "Fachschulung Personenschaden", "20260325T090000", "20260325T163000",
           ("Emre Kaya", "emre.kaya@versicherer.example"),
           [("KS-Personenschaden", "KS-Personenschaden@versicherer.example")],
           location="Köln, Rheinuferstraße 12, Raum 4.12 (Rhein)",
           description="Fachschulung Personenschaden. Bitte keine echten Akten mitbringen.")])

M("S", "de", "lawyer", "lawyer's letter on an employment dispute forwarded for legal-expenses cover: dismissal for illness-related absence (herniated disc)",
  frm=ADDR("lindqvist"), to="rs-leistung-team3@versicherer.example",
  subj="WG: Deckungsanfrage Kündigungsschutzklage – Ihr VN Herr Marek Sobczak, RS 21 776 490",
  date="2026-03-11 13:27",
  body="""Kurz zur Übernahme bitte: Deckung Arbeits-RS liegt vor (Vertrag seit 2019, Wartezeit unproblematisch). Ich bin ab morgen im Urlaub. Bitte Deckungszusage 1. Instanz erteilen.

Petra

""" + OQ("RA Jürgen Falkenberg <falkenberg@arbeitsrecht-falkenberg.example>", "Mittwoch, 11. März 2026 09:14",
         "rechtsschutz@versicherer.example", "Deckungsanfrage Kündigungsschutzklage – Ihr VN Herr Marek Sobczak, RS 21 776 490", """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Ihren Versicherungsnehmer Herrn Marek Sobczak, Deutzer Freiheit 21, 50679 Köln, vertreten.

Der Arbeitgeber, die Rheinische Paketdienst GmbH, hat das Arbeitsverhältnis mit Schreiben vom 02.03.2026 zum 30.04.2026 ordentlich gekündigt. Die Kündigung wird personenbedingt mit krankheitsbedingten Fehlzeiten begründet: Herr Sobczak war nach einem Bandscheibenvorfall (L4/L5) im Jahr 2025 insgesamt 94 Arbeitstage arbeitsunfähig und befindet sich seit Januar in einer ambulanten Reha. Ein betriebliches Eingliederungsmanagement wurde nicht angeboten.

Wir beabsichtigen, fristgerecht Kündigungsschutzklage beim Arbeitsgericht Köln zu erheben, und bitten um Deckungszusage für die erste Instanz. Gegenstandswert: drei Bruttomonatsgehälter à 3.480 EUR.

Mit freundlichen Grüßen
Falkenberg
Rechtsanwalt / Fachanwalt für Arbeitsrecht"""),
  sig=None)

M("C", "de", "insurer-to-lawyer", "legal-expenses cover confirmation for a tenancy dispute (own-use termination); named customer and policy, no health data",
  frm=ADDR("lindqvist"), to="Rechtsanwälte Berger & Yıldız <kanzlei@berger-yildiz.example>",
  subj="Deckungszusage – Ihr Az. 26/0093 – VN Frau Hildegard Marquardt, RS 18 302 655",
  date="2026-02-27 10:51",
  body="""Sehr geehrte Damen und Herren,

in der Mietrechtsangelegenheit unserer Versicherungsnehmerin Frau Hildegard Marquardt gegen die Vermieterin Frau Dr. Sabine Roth (Eigenbedarfskündigung vom 15.12.2025, Wohnung Lindenthalgürtel 88, Köln) erteilen wir Kostendeckung

für die außergerichtliche Tätigkeit sowie die erste Instanz vor dem Amtsgericht Köln,

auf der Grundlage des Wohnungs-Rechtsschutzes (Vertrag RS 18 302 655, Selbstbeteiligung 150 EUR). Vorsorglich weisen wir darauf hin, dass wir bei einem Vergleich nur die Kosten übernehmen, die dem Verhältnis des Obsiegens zum Unterliegen entsprechen.

Ihre Vorschussrechnung begleichen wir nach Eingang.

Mit freundlichen Grüßen""",
  sig="lindqvist", disc=2)

M("N", "de", "internal", "everyday: short mobile note about an appointment with an assessor, no claim or person data",
  frm=ADDR("wolters"), to=ADDR("demir"),
  subj="heute nachmittag",
  date="2026-03-12 12:03", client="mobile",
  body="""Aylin, bin ab 14 uhr beim Ortstermin in Bonn (Brand Gewerbehalle, der große), danach direkt nach Hause. Ruf dich morgen früh zurück wegen der Trocknungsrechnungen. LG Ute""")

M("S", "en", "insurer-to-partner", "motor claim abroad: Dutch claimant injured (rib fractures, hospital stay) handled with the Dutch insurer's claims representative",
  frm=ADDR("kaya"), to="Claims Representative Germany – Zeeland Verzekeringen <claims.de@zeeland-verzekeringen.example>",
  subj="Our ref. KH 26-005880 / your ref. ZV-DE-26-0147 – accident A 61 near Mönchengladbach",
  date="2026-02-17 16:12", lang="en",
  body="""Dear colleagues,

further to our telephone call: we are the German MTPL insurer of the HGV (DN-LT 602, policyholder Lanz Transporte e.K., driver Mr Ralf Bongartz) involved in the accident of 4 February 2026 on the A 61 with your policyholder's car.

Liability: after reviewing the police report, we accept liability in full.

Your policyholder's husband, Mr Pieter van Dijk (born 12 April 1968), was a passenger. He sustained three rib fractures and a pneumothorax, was treated at the Kliniken Maria Hilf until 11 February and was then transferred to a hospital in Venlo. Please ask him for:

- the discharge reports from both hospitals,
- the medical certificates of incapacity for work,
- a signed medical authorisation (our form in Dutch is attached to the letter we posted today).

We will pay an advance of EUR 3,000 on pain and suffering as soon as the German discharge report is received.

Kind regards""",
  sig="kaya")

M("N", "en", "newsletter", "trap: broker newsletter (HTML only) with national accident statistics and product news; no person",
  frm="Versicherer Broker News <broker-news@versicherer.example>", to="makler-en@versicherer.example",
  subj="Claims Insights March 2026: e-scooters, hail season, faster glass claims",
  date="2026-03-16 07:30", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/broker/unsubscribe>", "Precedence": "bulk"},
  body=None,
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Claims Insights March 2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:640px;margin:auto">
<h1 style="color:#004b87">Claims Insights – March 2026</h1>
<p>Dear broker partners,</p>
<h2>E-scooter accidents keep rising</h2>
<p>According to the Federal Statistical Office, police recorded 11,944 e-scooter accidents with personal injury in Germany in 2024, an increase of 28&nbsp;% on the previous year. Head injuries are the most common serious injury. Our own portfolio shows the same trend: e-scooter claims under private liability policies rose by 21&nbsp;%.</p>
<h2>Hail season ahead</h2>
<p>Remind your clients that hail damage is covered by partial comprehensive cover. Our mobile hail centres will again open in May; locations will be announced in the April issue.</p>
<h2>Glass claims in 48 hours</h2>
<p>From April, windscreen claims reported through the broker portal are approved automatically if the partner workshop submits the calibration log. No more phone calls needed.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th>Line</th><th>Average settlement time 2025</th><th>Target 2026</th></tr>
<tr><td>Glass</td><td>6.1 days</td><td>2 days</td></tr>
<tr><td>Household burglary</td><td>24 days</td><td>18 days</td></tr>
<tr><td>Motor bodily injury</td><td>212 days</td><td>180 days</td></tr>
</table>
<p>Best regards,<br>Your broker relations team</p>
<p style="font-size:11px;color:#777">Versicherer Allgemeine Versicherung AG · Rheinuferstrasse 12 · 50667 Cologne · <a href="https://www.versicherer.example/broker/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

M("C", "de", "insurer-to-customer", "motor liability payout to the injured party's vehicle owner with IBAN and diminished value; explicitly no personal injury",
  frm=ADDR("brenner"), to="Holger Veith <holger.veith@t-online.example>",
  subj="Abrechnung Ihres Fahrzeugschadens – unser Zeichen KH 26-008870",
  date="2026-03-04 14:28", client="thunderbird",
  body=f"""Sehr geehrter Herr Veith,

auf der Grundlage des Gutachtens des Sachverständigenbüros Lenz vom 25.02.2026 rechnen wir Ihren Schaden aus dem Unfall vom 18.02.2026 (Kreuzung Aachener Straße / Gürtel, Ihr Fahrzeug K-HV 1964) wie folgt ab:

Reparaturkosten netto laut Gutachten   5.870,40 EUR
Merkantile Wertminderung                 650,00 EUR
Sachverständigenkosten                   912,80 EUR (direkt an SV Lenz)
Nutzungsausfall 6 Tage à 59 EUR          354,00 EUR
Kostenpauschale                           25,00 EUR

An Sie überweisen wir 6.899,40 EUR auf das von Ihnen angegebene Konto
{IB("DE", "37050198" + "0012744391")} (Sparkasse KölnBonn, Kontoinhaber Holger Veith).

Die Mehrwertsteuer erstatten wir, sobald Sie uns die Reparaturrechnung vorlegen. Da Sie uns mitgeteilt haben, dass bei dem Unfall niemand verletzt wurde, ist die Angelegenheit damit für uns abgeschlossen.

Mit freundlichen Grüßen""",
  sig="brenner")


# ---- batch 2 ---------------------------------------------------------------

M("C", "de", "insurer-to-customer", "no-claims class downgrade after an at-fault accident: named customer, motor policy no., new premium",
  frm=ADDR("engel"), to="Burak Şahin <burak.sahin@gmx.example>",
  subj="Ihre Kfz-Versicherung KF 41 207 883 – Rückstufung nach Schadenfall / Rückkaufmöglichkeit",
  date="2026-03-18 09:22",
  body="""Sehr geehrter Herr Şahin,

wegen des Haftpflichtschadens vom 12.01.2026 (Schaden-Nr. KH 26-001972, Auffahrunfall in Mülheim) wird Ihr Vertrag zur nächsten Hauptfälligkeit am 01.01.2027 in der Kfz-Haftpflicht von SF 9 in SF 4 zurückgestuft. Die Vollkasko ist nicht betroffen, weil dort kein Schaden gemeldet wurde.

Das bedeutet für Ihren Beitrag (BMW 118i, K-BS 7150) voraussichtlich:

  Kfz-Haftpflicht 2026: 412,30 EUR    2027: 589,10 EUR
  Vollkasko       2026: 498,70 EUR    2027: 498,70 EUR

Sie können die Rückstufung vermeiden, indem Sie uns die Schadenzahlung erstatten. Bisher haben wir 2.318,45 EUR an den Geschädigten gezahlt; der Schaden ist abgeschlossen. Wenn Sie den Betrag innerhalb von sechs Monaten nach unserer Mitteilung zurückzahlen, bleibt es bei SF 9.

Bei Fragen rufen Sie mich gerne an.

Mit freundlichen Grüßen""",
  sig="engel", disc=1)

M("S", "de", "insurer-to-assessor", "order for a biomechanical and medical expert opinion on a claimant's whiplash claim: name, birth date, diagnosis, treatment",
  frm=ADDR("kaya"), to="Ingenieurbüro Dr. Wessel – Unfallanalytik <gutachten@ib-wessel.example>",
  subj="Gutachtenauftrag KH 26-004417 – interdisziplinäres HWS-Gutachten",
  date="2026-03-19 15:38",
  body="""Sehr geehrter Herr Dr. Wessel,

wir beauftragen Sie mit einem interdisziplinären Gutachten (technisch-biomechanisch und unfallchirurgisch) im oben genannten Schadenfall. Die Einzelheiten und die Fragestellung finden Sie im beigefügten Auftragsschreiben.

Die Akte (Lichtbilder, Gutachten Sachverständigenbüro Lenz, Arztberichte) stellen wir Ihnen wie gewohnt über das SecureMail-Portal bereit.

Mit freundlichen Grüßen""",
  sig="kaya",
  att=[PDF("Gutachtenauftrag_KH26-004417.pdf", [
      ("h", "Gutachtenauftrag"),
      "Schaden-Nr.: KH 26-004417    Auftrag vom 19.03.2026\nUnfall: 09.01.2026, 17:40 Uhr, Siegen, Sandstraße / Kölner Tor\nVersicherungsnehmer: Konstantin Thiel, Fahrzeug Audi A4 Avant (SU-KT 318)",
      "Anspruchsteller: Dariusz Wójcik, geb. 03.08.1987, Siegen, vertreten durch RAin Dr. Verena Pohl\nFahrzeug des Anspruchstellers: Opel Corsa F (SU-DW 90), Heckanstoß",
      ("h", "Medizinische Angaben laut Unterlagen", 2),
      ("t", [["Datum", "Behandler", "Befund / Maßnahme"],
             ["09.01.2026", "Notaufnahme St. Antonius", "HWS-Distorsion Grad I (S13.4), Röntgen HWS o. B."],
             ["12.01.2026", "Hausarzt Dr. Lohmann", "AU bis 06.02.2026, Ibuprofen 600 mg"],
             ["26.01.2026", "Physiotherapie Rehamed", "6 x KG verordnet, 4 durchgeführt"]]),
      ("h", "Fragestellung", 2),
      "1. Welche kollisionsbedingte Geschwindigkeitsänderung (delta-v) wirkte auf das Fahrzeug des Anspruchstellers?\n2. Ist die geklagte HWS-Verletzung mit dem Unfallgeschehen biomechanisch und medizinisch vereinbar?\n3. Wie lange war eine unfallbedingte Arbeitsunfähigkeit medizinisch begründet?",
      ("small", "Die überlassenen Unterlagen unterliegen der ärztlichen Schweigepflicht und dem Datenschutz. Eine Weitergabe an Dritte ist nicht gestattet.")],
      title="Gutachtenauftrag KH 26-004417", author="Emre Kaya")])

M("N", "de", "internal", "trap: blank recourse letter template with «placeholders» (DOCX); no real person or claim",
  frm=ADDR("ahrens"), to="KS-Regress@versicherer.example",
  subj="Neue Vorlage Regressankündigung § 86 VVG – bitte ab sofort verwenden",
  date="2026-01-26 13:15", client="outlook",
  body="""Hallo zusammen,

die Rechtsabteilung hat die Vorlage für die Regressankündigung überarbeitet (neue Verjährungshinweise, Hinweis auf Teilungsabkommen). Bitte nur noch diese Fassung nutzen; die alte Vorlage im Textbaustein-System wird am Freitag gesperrt.

Die Platzhalter in « » werden im Schadensystem automatisch befüllt; bitte keine Freitextfelder für Gesundheitsangaben verwenden.

Danke
Kai""",
  att=[DOCX("Vorlage_Regressankuendigung_v3.docx", [
      ("h", "Ankündigung der Inanspruchnahme gemäß § 86 VVG"),
      "«Anrede» «Vorname» «Nachname»\n«Straße» «Hausnummer»\n«PLZ» «Ort»",
      "Unser Zeichen: «Schadennummer»    Datum: «Datum»",
      "«Briefanrede»,",
      "unser Versicherungsnehmer «VN_Name» hat uns den Schaden vom «Schadendatum» in «Schadenort» gemeldet. Wir haben die Kosten in Höhe von «Betrag» EUR erstattet. Damit sind die Ansprüche unseres Versicherungsnehmers gegen Sie nach § 86 VVG auf uns übergegangen.",
      "Wir fordern Sie auf, den Betrag bis zum «Frist» auf unser Konto bei der Commerzbank Köln zu überweisen. Sollten Sie haftpflichtversichert sein, teilen Sie uns bitte Ihren Versicherer und die Vertragsnummer mit.",
      "Bitte beachten Sie: Die Ansprüche verjähren nach §§ 195, 199 BGB in drei Jahren ab Ende des Jahres, in dem der Anspruch entstanden ist.",
      "Mit freundlichen Grüßen\n«Sachbearbeiter»"], author="Kai Ahrens")])

M("C", "en", "insurer-to-broker", "fleet renewal for an existing commercial client: loss list with drivers' names, plates and claim numbers",
  frm=ADDR("brooks"), to="Michael Turner <m.turner@turner-insurance-brokers.example>",
  subj="Renewal 2026/27 – Rheintal Kältetechnik GmbH, fleet policy FL 80 114 220",
  date="2026-03-20 11:47", lang="en",
  body="""Hi Michael,

as discussed, here is our renewal position for Rheintal Kältetechnik (contact at the client: Mrs Annika Brauer, fleet manager).

The loss ratio has gone up to 94 % in 2025, mainly because of two at-fault accidents with vans. We can offer the renewal at +12 % with the deductible for comprehensive raised from EUR 500 to EUR 1,000. If the client agrees to install the telematics boxes in all vans by 30 June, we can reduce the increase to +7 %.

The attached loss list is what our system shows; please check with Mrs Brauer whether the driver allocation is correct before we finalise.

Best,
Hannah""",
  att=[XLSX("Schadenliste_FL80114220_2025.xlsx", {
      "Losses 2025": [["Claim no.", "Date", "Plate", "Driver", "Type", "Paid EUR", "Reserve EUR"],
                      ["KH 25-014420", "2025-02-13", "LU-RK 214", "Jonas Pfeiffer", "MTPL rear-end collision", 4120.50, 0],
                      ["VK 25-014421", "2025-02-13", "LU-RK 214", "Jonas Pfeiffer", "Comprehensive own damage", 6890.00, 0],
                      ["TK 25-030118", "2025-06-24", "LU-RK 118", "Sevgi Arslan", "Hail", 2270.10, 0],
                      ["KH 25-051907", "2025-10-02", "LU-RK 301", "Marco Dellmann", "MTPL reversing, parked car", 1880.00, 0],
                      ["KH 25-060331", "2025-11-19", "LU-RK 215", "Jonas Pfeiffer", "MTPL junction, property only", 9100.00, 3500.00]],
      "Summary": [["Year", "Premium EUR", "Claims incurred EUR", "Loss ratio"],
                  [2023, 38200, 17900, "47 %"], [2024, 39100, 25480, "65 %"], [2025, 40650, 38260.60, "94 %"]]},
      author="Hannah Brooks")])

M("N", "de", "insurer-to-supplier", "trap: framework agreement with a towing company incl. the company's (GmbH) bank details; no private person",
  frm=ADDR("krueger"), to="Abschleppdienst Rheinland GmbH <vertrieb@abschlepp-rheinland.example>",
  subj="Rahmenvertrag Pannen- und Unfallhilfe 2026–2028 – Gegenzeichnung",
  date="2026-01-30 10:06",
  body=f"""Sehr geehrte Frau Albers,

anbei erhalten Sie den von uns unterzeichneten Rahmenvertrag zurück. Die wesentlichen Konditionen noch einmal im Überblick:

- Abschleppen Pkw bis 3,5 t im Stadtgebiet: 189 EUR pauschal, außerorts zzgl. 2,40 EUR/km
- Bergung nach Unfall: nach Aufwand, max. 1.150 EUR ohne vorherige Freigabe
- Standgebühr: 12 EUR/Tag, ab dem 4. Tag nur nach Freigabe durch den Schadenservice
- Reaktionszeit 60 Minuten (Ballungsraum), 90 Minuten (ländlich)
- Zahlungsziel 30 Tage, Rechnungen bitte elektronisch im Format XRechnung

Ihre Bankverbindung haben wir wie folgt in unserem Kreditorenstamm hinterlegt:
Abschleppdienst Rheinland GmbH, Kreissparkasse Köln
IBAN {IB("DE", "37050299" + "0155020477")}, BIC COKSDE33XXX

Bitte prüfen Sie die Angaben; Änderungen teilen Sie uns ausschließlich schriftlich mit Unterschrift der Geschäftsführung mit (Schutz vor Betrugsversuchen).

Mit freundlichen Grüßen""",
  sig="krueger")

M("S", "de", "insurer-to-customer", "trip cancellation because of pregnancy complications (customer's own mail quoted); medical certificate requested",
  frm=ADDR("seidel"), to="Lea Hartung <lea.hartung@web.example>",
  subj="AW: Stornierung Mallorca-Reise – Reiserücktritt RR 6610 2284",
  date="2026-04-07 11:02", client="thunderbird", irt="<6d0f81f3a2@web.example>",
  body="""Liebe Frau Hartung,

vielen Dank für Ihre Nachricht und alles Gute für Sie und Ihr Baby!

Schwangerschaftskomplikationen, die nach der Buchung eingetreten sind, gelten als unerwartete schwere Erkrankung und sind versichert. Für die Erstattung der Stornokosten (lt. Ihrer Nachricht 1.480 EUR) brauchen wir nur noch:

- das ausgefüllte Attest Reiserücktritt (Vordruck im Anhang unseres Briefes) von Ihrer Frauenärztin, mit Datum der Feststellung der Reiseunfähigkeit,
- die Stornorechnung des Reiseveranstalters.

Laden Sie das Attest bitte im SecureMail-Portal hoch, nicht per normaler E-Mail.

Herzliche Grüße""",
  sig="seidel", sigstyle="short",
  quote="Am 06.04.2026 um 20:17 schrieb Lea Hartung:\n" + Q("""Hallo,
wir müssen unsere Reise nach Mallorca (Abflug 18.04.) leider stornieren. Ich bin in der 24. Woche schwanger und habe seit letzter Woche vorzeitige Wehen, meine Frauenärztin hat strenge Bettruhe verordnet und Flugreisen verboten. Die Schwangerschaft war bei der Buchung im Dezember noch nicht bekannt.
Was brauchen Sie von mir?
Viele Grüße, Lea Hartung"""))

M("C", "de", "insurer-to-authority", "request to the police for the accident report of a property-damage-only collision: named parties and plates",
  frm=ADDR("brenner"), to="Polizeipräsidium Köln – Verkehrsunfallaufnahme <vu-auskunft@polizei-koeln.example>",
  subj="Anforderung Verkehrsunfallmitteilung – Unfall 23.03.2026, Köln-Ehrenfeld, Tgb.-Nr. 260323-0817-104472",
  date="2026-03-26 08:39",
  body="""Sehr geehrte Damen und Herren,

als Kfz-Haftpflichtversicherer des beteiligten Fahrzeugs K-AN 5512 (Halterin und Fahrerin Frau Anja Nowicki) bitten wir um Übersendung der Verkehrsunfallmitteilung zum oben genannten Unfall (Venloer Straße, Höhe Hausnummer 412). Zweiter Beteiligter war das Fahrzeug K-JB 339 (Halter Herr Jonas Berthold).

Nach unseren Informationen entstand nur Sachschaden; ein Bußgeldverfahren wurde nicht eingeleitet. Die Haftungsverteilung ist streitig (Spurwechsel), weshalb wir die Angaben der Beteiligten und der Zeugin benötigen.

Unser Zeichen: KH 26-012760. Die Gebühr überweisen wir nach Rechnungsstellung.

Mit freundlichen Grüßen""",
  sig="brenner", disc=0)

M("N", "en", "internal", "everyday: first loss estimate after a storm, aggregated counts per region; no claims or persons",
  frm=ADDR("schmitz"), to="claims-management@versicherer.example", cc=ADDR("stone"),
  subj="Storm Xandra – first loss estimate (as of 13 Feb, 12:00)",
  date="2026-02-13 12:41", lang="en",
  body="""All,

first figures after Storm Xandra, based on FNOL received until noon today:

[[storm]]

Expected final number of claims: 14,000–17,000; gross loss estimate EUR 38–46m, below the cat XL retention of EUR 60m. Two commercial large losses (roof of a warehouse in Hamm, scaffolding collapse in Kassel) are reserved at EUR 1.1m and EUR 0.8m.

Staffing: the overflow team (property + motor) is active from tomorrow; field adjusters will prioritise uninhabitable buildings.

Next update Monday 09:00.

Claudia""",
  html=True, client="outlook",
  tables={"storm": ([["Region", "Buildings", "Household", "Motor (partial)", "Commercial"],
                     ["NRW", 4210, 388, 1530, 212],
                     ["Lower Saxony", 1894, 120, 611, 97],
                     ["Hesse", 1102, 71, 402, 55],
                     ["Other", 630, 40, 188, 23],
                     ["Total", 7836, 619, 2731, 387]], "pipe")})

M("S", "de", "insurer-to-customer", "house fire: claim for buildings/contents plus the customer's husband's smoke inhalation and hospital stay",
  frm=ADDR("demir"), to="Marion Lückerath <m.lueckerath@freenet.example>",
  subj="Brandschaden Am Kirchberg 4 – Ihre Wohngebäude- und Hausratversicherung",
  date="2026-03-23 17:04",
  body="""Sehr geehrte Frau Lückerath,

es tut mir sehr leid, was Ihnen und Ihrer Familie in der Nacht zum Samstag passiert ist. Ich hoffe, Ihrem Mann geht es inzwischen besser – Sie schrieben, dass er wegen der Rauchgasvergiftung noch bis Mittwoch im Klinikum Leverkusen bleiben muss und Sauerstoff bekommt.

Zum weiteren Vorgehen:

1. Unterkunft: Die Kosten für das Hotel bzw. eine Ferienwohnung übernehmen wir aus der Hausratversicherung (HR 22 415 990) für bis zu 100 Tage. Bitte heben Sie alle Belege auf.
2. Gutachter: Herr Kremer vom Sachverständigenbüro Kremer kommt am Donnerstag um 10 Uhr. Die Brandursache ermittelt außerdem die Kriminalpolizei (Brandermittlung, nach erster Einschätzung technischer Defekt am Wäschetrockner).
3. Sanierung: Bitte noch keine Firma beauftragen; wir schicken Ihnen nach der Besichtigung einen Brandsanierer.
4. Abschlagszahlung: Sie erhalten vorab 5.000 EUR, damit Sie das Nötigste kaufen können.

Ihre Schadennummern: WG 26-006130 (Gebäude) und HR 26-006131 (Hausrat).

Für Ihren Mann gilt: Falls bei uns eine Unfallversicherung besteht, melden Sie den Krankenhausaufenthalt bitte auch dort – ich habe den Kollegen aus der Unfallabteilung schon informiert.

Mit herzlichen Grüßen""",
  sig="demir")

M("C", "de", "workshop", "workshop reports hidden damage, forwarded to the assessor: customer name, plate, claim no.",
  frm=ADDR("petersen"), to="Sachverständigenbüro Lenz <nachbesichtigung@sv-lenz.example>",
  subj="WG: Nachbesichtigung erforderlich – VK 26-011893, K-MG 2207",
  date="2026-02-13 10:25", client="outlook",
  body="""Hallo Herr Lenz,

bitte kurzfristig eine Nachbesichtigung bei Autohaus Brandl durchführen (siehe unten). Freigabe bis 1.200 EUR netto zusätzlich ist von mir aus okay, wenn Sie die Schäden bestätigen.

Gruß
Lars Petersen

""" + OQ("Autohaus Brandl – Service <service@autohaus-brandl.example>", "Freitag, 13. Februar 2026 08:52",
         "Lars Petersen <lars.petersen@versicherer.example>", "Nachbesichtigung erforderlich – VK 26-011893, K-MG 2207", """Guten Morgen Herr Petersen,

beim Zerlegen des Skoda Octavia von Herrn Maximilian Gerke (Wildunfall, Ihre Schaden-Nr. VK 26-011893) haben wir folgende verdeckte Schäden festgestellt:

- Kühlerträger links gestaucht
- Halter Nebelscheinwerfer gebrochen
- Klimakondensator undicht (Kältemittelverlust)

Zusatzkosten ca. 1.050 EUR netto inkl. Klimaservice. Bilder sind im Portal. Können Sie einen Gutachter schicken oder geben Sie so frei?

Das Fahrzeug steht bei uns auf der Hebebühne, Herr Gerke fährt einen Leihwagen.

Mit freundlichen Grüßen
Stefan Brandl
Autohaus Brandl GmbH & Co. KG"""),
  sig=None)

M("N", "de", "insurer-to-customer", "everyday: out-of-office auto-reply of a claims handler; neutral subject, no content",
  frm=ADDR("lindqvist"), to="Tanja Esser <tanja.esser@gmail.example>",
  subj="Automatische Antwort: Abwesenheitsnotiz Petra Lindqvist",
  date="2026-03-12 09:03", client="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.03.2026 nicht im Büro. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Rechtsschutz-Service-Team unter +49 221 555-4500 oder rechtsschutz@versicherer.example.

Mit freundlichen Grüßen
Petra Lindqvist""")

M("C", "en", "insurer-to-customer", "legal-expenses cover for defending a speeding fine (administrative offence, driving ban); named customer and policy",
  frm=ADDR("lindqvist"), to="Daniel Mbeki <daniel.mbeki@proton.example>",
  subj="Legal expenses cover – speeding fine notice of 9 March 2026, policy RS 30 558 107",
  date="2026-03-30 14:45", lang="en",
  body="""Dear Mr Mbeki,

thank you for sending the notice of the fine issued by the Cologne road traffic authority (Bußgeldstelle), reference 510.26.118733.4.

According to the notice you were measured at 81 km/h in a 50 km/h zone on the Innere Kanalstraße on 14 February 2026. The authority imposes a fine of EUR 260, two points in the Flensburg register and a one-month driving ban.

Your traffic legal expenses cover (policy RS 30 558 107) includes the defence in administrative fine proceedings. We therefore confirm cover for:

- the lawyer's fees for the objection and the proceedings before the authority,
- the costs of inspecting the file and of a technical review of the speed measurement, up to EUR 800,
- court costs if the case goes to the local court (Amtsgericht).

Your deductible is EUR 150. You are free to choose your lawyer; if you have no one in mind, our lawyer service can name a traffic law specialist near you.

Kind regards""",
  sig="lindqvist", disc=1)

M("S", "en", "insurer-to-lawyer", "criminal defence cover: customer accused of leaving the scene of an accident (§ 142 StGB) – criminal proceedings",
  frm=ADDR("lindqvist"), to="Brian O'Connell <oconnell@kanzlei-oconnell.example>",
  subj="Your client Mr Lukas Brenninkmeyer – criminal defence cover, prosecutor ref. 90 Js 433/26",
  date="2026-04-02 10:33", lang="en",
  body="""Dear Mr O'Connell,

thank you for your letter of 31 March. We understand that the public prosecutor's office in Düsseldorf is investigating your client, our policyholder Mr Lukas Brenninkmeyer (policy RS 27 004 581), for leaving the scene of an accident under section 142 of the German Criminal Code. He is accused of having scratched a parked car in Düsseldorf-Bilk on 7 March and driven off without waiting.

Criminal legal expenses cover applies to offences that can be committed negligently or, as here, to the allegation of an intentional traffic offence, provided that your client is not convicted of intent with final effect. We therefore confirm cover for the preliminary proceedings, subject to reimbursement if he is finally convicted of an intentional offence.

Please keep us informed of the outcome, in particular of any offer to discontinue the proceedings under section 153a StPO against a payment.

Kind regards""",
  sig="lindqvist")

M("N", "de", "internal", "everyday: availability of the claims hotline during carnival; no person, no claim",
  frm=ADDR("kowalski"), to="KS-alle@versicherer.example",
  subj="Erreichbarkeit Schadenhotline an Weiberfastnacht und Rosenmontag",
  date="2026-02-05 14:02",
  body="""Liebe Kolleginnen und Kollegen,

kurze Info zur Besetzung der Schadenhotline rund um Karneval:

Weiberfastnacht (12.02.): Hotline bis 12 Uhr voll besetzt, danach Notbesetzung (3 Plätze) bis 18 Uhr.
Rosenmontag (16.02.): nur Notbesetzung 8–18 Uhr, Überlauf geht an den Dienstleister in Leipzig.

Wer an diesen Tagen freiwillig Dienst machen möchte, trägt sich bitte bis Montag in die Liste im Teams-Kanal „Hotline Planung“ ein. Wie immer gibt es dafür einen halben Tag Zeitausgleich.

Alaaf und danke!
Lena""",
  sig="kowalski", sigstyle="short")

M("C", "de", "insurer-to-claimant", "neighbour's liability claim: tree from the insured's garden fell on the neighbour's garage, no injuries",
  frm=ADDR("oltmanns"), to="Werner Dahlhaus <w.dahlhaus@netcologne.example>",
  subj="Ihr Schaden durch umgestürzte Fichte – unser Zeichen PH 26-003987",
  date="2026-02-23 13:51",
  body="""Sehr geehrter Herr Dahlhaus,

wir sind der Privathaftpflichtversicherer Ihres Nachbarn, Herrn Günther Esch (Birkenweg 14, Bergisch Gladbach). Herr Esch hat uns gemeldet, dass beim Sturm am 12.02.2026 eine Fichte aus seinem Garten auf Ihr Garagendach gestürzt ist. Zum Glück war niemand in der Nähe.

Bitte beachten Sie: Ein Grundstückseigentümer haftet für einen umstürzenden Baum nur, wenn er eine erkennbare Gefahr (z. B. einen kranken oder morschen Baum) nicht beseitigt hat. Bei einem gesunden Baum, der einem Orkan zum Opfer fällt, handelt es sich um höhere Gewalt. Für Ihr Garagendach wäre dann Ihre eigene Wohngebäudeversicherung zuständig.

Um den Zustand des Baumes beurteilen zu können, bitten wir Sie um Fotos des Wurzelballens und des Stammes, soweit noch vorhanden. Wir beauftragen außerdem einen Baumsachverständigen.

Mit freundlichen Grüßen""",
  sig="oltmanns")

M("N", "de", "insurer-to-company", "everyday: commercial liability offer to a prospect craftsman company; only business data",
  frm=ADDR("hartmann"), to="Elektro Brückner GmbH <info@elektro-brueckner.example>",
  subj="Ihr Angebot Betriebshaftpflicht – Elektroinstallation, 14 Mitarbeiter",
  date="2026-03-03 11:20",
  body="""Sehr geehrter Herr Brückner,

vielen Dank für das nette Gespräch am Telefon. Wie besprochen hier unser Angebot für die Betriebshaftpflicht Ihres Betriebs:

Versicherungssumme: 5 Mio. EUR pauschal für Personen-, Sach- und Vermögensschäden
Eingeschlossen: Bearbeitungs- und Tätigkeitsschäden bis 250.000 EUR, Leitungsschäden, Mietsachschäden an Räumen, Schlüsselverlust bis 100.000 EUR, Produkthaftpflicht für Zulieferungen
Selbstbehalt: 500 EUR je Schaden (nicht bei Personenschäden)
Jahresbeitrag: 2.186 EUR zzgl. 19 % Versicherungsteuer (Grundlage: Lohnsumme 640.000 EUR, 14 Mitarbeitende)

Optional könnten wir eine Elektronik-Versicherung für Ihre Messgeräte und die Werkstatteinrichtung anbieten.

Das Angebot gilt bis 30.04.2026. Wenn Sie Fragen haben, rufen Sie mich gern an.

Mit freundlichen Grüßen""",
  sig="hartmann")

M("S", "en", "internal", "large-loss notification to reinsurance: motorcyclist paraplegic after collision with our insured's car (named, reserve)",
  frm=ADDR("kaya"), to=ADDR("stone"), cc=[ADDR("schmitz"), ADDR("brenner")],
  subj="Large loss notification KH 26-013318 – spinal cord injury, reserve EUR 2.6m",
  date="2026-04-01 16:55", lang="en", importance="high",
  body="""Rebecca,

please notify the motor XL reinsurers of the following claim, as the reserve exceeds 50 % of the retention:

Claim: KH 26-013318, accident date 28 March 2026, B 51 near Burscheid
Our insured: Mrs Gisela Ronsdorf, VW Tiguan, turning left across the path of an oncoming motorcycle
Third party: Mr Tim Jankowski, 34, motorcyclist
Injuries: fracture of the thoracic spine (Th 11/12) with complete paraplegia, multiple fractures of the left leg; currently in the spinal cord injury unit of BG Klinikum Duisburg; he will need lifelong care and a wheelchair-accessible flat
Liability: 100 % our insured (admitted, witness statements consistent)
Reserve: EUR 2.6m (care EUR 1.4m, loss of earnings EUR 0.7m, pain and suffering EUR 0.35m, housing and vehicle adaptation EUR 0.15m)
Recourse: none expected

The file will be handled by me personally together with our rehab management service. I'll send the medical reports through the secure channel once we have them.

Emre""",
  sig="kaya", sigstyle="short")

M("N", "en", "insurer-to-partner", "everyday: process agreement with a rental car company for direct billing; no customers named",
  frm=ADDR("petersen"), to="Corporate Accounts – Mobilia Autovermietung <corporate@mobilia-rent.example>",
  subj="Direct billing for replacement cars – updated process from 1 May",
  date="2026-04-09 09:15", lang="en",
  body="""Dear Ms Vasquez,

thank you for the good cooperation in the last year. As agreed in our review meeting, the direct billing process for replacement cars changes as follows from 1 May 2026:

1. Reservations are made by our claims staff via your B2B portal only, with our claim number as the booking reference. Please reject requests without a claim number.
2. Vehicle class follows the damaged car's class minus one, unless the claims handler approves otherwise in the portal.
3. Maximum rental period without extension: 7 days for repairs, 14 days for total losses.
4. Invoices are sent as PDF to mietwagen-rechnung@versicherer.example within 10 days of the return, one invoice per claim.
5. Fuel and cleaning fees are charged to the customer, not to us.

Our rates for 2026 remain unchanged (see price sheet of 12 December 2025).

Kind regards""",
  sig="petersen")

M("C", "de", "insurer-to-customer", "e-bike theft under household insurance: named customer, frame number, police reference, claim no.",
  frm=ADDR("demir"), to="Philipp Raabe <philipp.raabe@posteo.example>",
  subj="Diebstahl Ihres E-Bikes – Schaden-Nr. HR 26-007744",
  date="2026-04-13 10:07", client="outlook",
  body="""Hallo Herr Raabe,

danke für Ihre Meldung. Wir haben den Diebstahl Ihres E-Bikes (Cube Kathmandu Hybrid, Rahmennummer WBK2214C0931, gekauft 06/2024 für 3.299 EUR) in Ihrer Hausratversicherung HR 61 009 125 angelegt.

Laut Ihrer Schilderung war das Rad am 10.04. zwischen 19 und 23 Uhr vor dem Kino am Hansaring mit einem Faltschloss an einen Fahrradbügel angeschlossen. Das ist in Ihrem Vertrag mitversichert (Fahrraddiebstahl rund um die Uhr, bis 5.000 EUR).

Wir brauchen noch:
1. die Kaufrechnung,
2. die Bestätigung der Anzeige bei der Polizei (Sie nannten die Nummer 260410-2251-088014),
3. den zweiten Schlüssel des Faltschlosses und beide Akkuschlüssel – bitte per Post.

Wenn das Rad innerhalb von vier Wochen nicht wieder auftaucht, erhalten Sie den Wiederbeschaffungspreis eines gleichwertigen neuen Rades.

Viele Grüße""",
  sig="demir", sigstyle="short")

M("S", "de", "authority", "police reply with blood alcohol result of our insured driver, forwarded internally (criminal proceedings for drunk driving)",
  frm=ADDR("brenner"), to=ADDR("ahrens"),
  subj="WG: Ihre Anfrage – VU 14.02.2026 Leverkusen, Tgb.-Nr. 260214-0311-070916",
  date="2026-03-16 11:11",
  body="""Kai,

zur Regressprüfung (Obliegenheitsverletzung Trunkenheit, Regress bis 5.000 EUR nach D.1.1.5 / E.1.3 AKB): Blutprobe 1,42 Promille, Strafverfahren läuft. Kannst du den Regress gegen den VN vorbereiten? Schaden KH 26-007013, ausgezahlt bisher 8.740 EUR an den Geschädigten.

Markus

""" + FW("Polizei Leverkusen – Verkehrskommissariat <vk-lev@polizei-koeln.example>", "13.03.2026, 14:02",
         "markus.brenner@versicherer.example", "Ihre Anfrage – VU 14.02.2026 Leverkusen, Tgb.-Nr. 260214-0311-070916", """Sehr geehrter Herr Brenner,

zu Ihrer Anfrage teilen wir mit, dass gegen den Fahrzeugführer des Pkw LEV-SK 88, Herrn Sascha Kortmann, ein Ermittlungsverfahren wegen Gefährdung des Straßenverkehrs (§ 315c StGB) eingeleitet wurde. Die bei ihm entnommene Blutprobe ergab eine Blutalkoholkonzentration von 1,42 Promille. Der Führerschein wurde sichergestellt.

Der Vorgang wurde an die Staatsanwaltschaft Köln abgegeben (Az. 131 Js 702/26). Akteneinsicht ist dort zu beantragen.

Mit freundlichen Grüßen
Im Auftrag
Kröll, PHK"""),
  sig=None)

M("N", "de", "newsletter", "everyday: workshop partner day invitation with calendar file; no personal data",
  frm="Versicherer Werkstattnetz <werkstattnetz@versicherer.example>", to="partnerwerkstaetten@versicherer.example",
  subj="Einladung Partnertag 2026 – 23. April, Köln",
  date="2026-03-24 08:00", client="system", mailer="Microsoft Outlook 16.0",
  body="""Sehr geehrte Partnerbetriebe,

wir laden Sie herzlich zu unserem Partnertag 2026 ein:

Donnerstag, 23. April 2026, 10:00–16:30 Uhr
Versicherer, Rheinuferstraße 12, 50667 Köln, Konferenzetage

Programm:
- Rückblick 2025: Durchlaufzeiten, Kundenzufriedenheit, Qualitätsaudits
- Digitaler Kostenvoranschlag: Erfahrungen aus der Pilotphase
- Elektromobilität: Hochvoltsysteme nach Unfällen sicher instand setzen (Vortrag TÜV Rheinland)
- Podiumsdiskussion: Fachkräftemangel im Karosseriebau
- Get-together mit Imbiss

Bitte melden Sie sich bis zum 10. April über das Partnerportal an (max. 2 Personen pro Betrieb). Die Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr Team Schadensteuerung / Partnerwerkstätten""",
  att=[ICS("Partnertag_2026.ics", "partnertag-2026@versicherer.example", "Versicherer Partnertag 2026",
           "20260423T100000", "20260423T163000", ("Werkstattnetz", "werkstattnetz@versicherer.example"),
           location="Versicherer, Rheinuferstraße 12, 50667 Köln, Konferenzetage", method="PUBLISH",
           description="Partnertag 2026 für Partnerwerkstätten. Anmeldung über das Partnerportal bis 10.04.")])

M("C", "en", "insurer-to-customer", "rental car excess insurance claim for damage in Spain: named customer, policy, rental agreement; no injury",
  frm=ADDR("seidel"), to="Karen O'Neill <karen.oneill@eircom.example>",
  subj="Rental car excess – claim RM-26-00219, Málaga",
  date="2026-04-20 15:33", lang="en",
  body="""Dear Ms O'Neill,

we have received your claim under the rental car excess insurance included in your travel policy RV 8120 5573.

The rental company (Costa Sol Rent a Car, agreement no. AGP-26-774120) has charged EUR 950 to your credit card for a dented rear door, which was found when you returned the car at Málaga airport on 14 April. You told us nobody was hurt and no other vehicle was involved.

We will refund the excess up to the insured amount of EUR 1,500. Please send us:

- the rental agreement and the damage report signed at the return,
- the final invoice or credit card statement showing the excess charge,
- your bank details for the refund (IBAN and account holder).

Kind regards""",
  sig="seidel")

M("N", "de", "internal", "trap: test data for the new claims system with a fictitious person and the published example IBAN",
  frm=ADDR("hoffmann"), to="Projekt-SCHADEN-NEU@versicherer.example", cc=ADDR("raman"),
  subj="Testfälle Sprint 14 – Auszahlung Kfz-Haftpflicht (nur Testdaten!)",
  date="2026-04-14 16:20", client="thunderbird",
  body="""Hallo zusammen,

für die Abnahme der Auszahlungsstrecke am Donnerstag habe ich in der Testumgebung (SCHADEN-T2) folgende Fälle angelegt. Es handelt sich ausschließlich um synthetische Testdaten, keine echten Kunden:

TF-14-01  Erika Mustermann (fiktiv), Heidestraße 17, 51147 Köln
          Schaden-Nr. TEST-KH-000001, Auszahlung 1.234,56 EUR
          IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN aus der Bankdokumentation)
TF-14-02  wie 01, aber IBAN mit falscher Prüfziffer -> Erwartung: Ablehnung im Formular
TF-14-03  Auszahlung an Werkstatt (Zessionar) statt an Geschädigten
TF-14-04  Teilzahlung + Restzahlung nach Rechnungsvorlage

Bitte die Ergebnisse direkt in Jira (SN-1412 bis SN-1415) dokumentieren. Die Testumgebung wird am Freitag neu geladen.

Lukas""",
  sig="hoffmann", sigstyle="short")

M("S", "en", "insurer-to-customer", "legal-expenses cover request for a dental malpractice dispute: failed implant, treatment details of the customer",
  frm=ADDR("lindqvist"), to="Ahmed Rahimi <a.rahimi@gmail.example>",
  subj="Your legal expenses claim RS 26-02231 – dispute with your dentist",
  date="2026-04-22 11:40", lang="en",
  body="""Dear Mr Rahimi,

thank you for your e-mail and the documents. Before we can decide on cover for the claim against your dentist, we need some more information.

As we understand it, Dr. Kemal Uysal placed two implants in your lower jaw (teeth 36 and 37) in October 2025. One implant became loose in January because of an inflammation around the implant (peri-implantitis) and had to be removed by an oral surgeon at the University Hospital in Bonn in February. You now want to claim the costs of EUR 4,870 and compensation for pain and suffering.

Medical malpractice disputes are covered under your private legal expenses insurance (policy RS 19 662 308). To assess the chances of success we need:

1. the treatment plan and invoice of Dr. Uysal,
2. the report of the oral surgeon on the removal,
3. if available, an opinion from the expert service of your health insurer (MDK / Medizinischer Dienst), which is free of charge for you.

Please upload the medical documents to our secure portal rather than sending them by ordinary e-mail.

Kind regards""",
  sig="lindqvist", disc=0)

M("C", "de", "insurer-to-customer", "storm damage to the customer's roof: named customer, buildings policy, claim no., adjuster appointment",
  frm=ADDR("wolters"), to="Heinz-Peter Lambertz <hp.lambertz@t-online.example>",
  subj="Besichtigungstermin Sturmschaden – WG 26-004588",
  date="2026-02-16 07:48", client="mobile",
  body="""Guten Morgen Herr Lambertz,

wie eben am Telefon besprochen komme ich morgen (Di, 17.02.) zwischen 13 und 14 Uhr bei Ihnen in der Eifelstr. 27 in Euskirchen vorbei und schaue mir das Dach an (Wohngebäude WG 71 330 028, Schaden WG 26-004588).

Bitte halten Sie, wenn vorhanden, das Angebot des Dachdeckers und die Rechnung für die Notabdichtung bereit. Eine Leiter bringe ich mit 🙂

Ute Wolters
Schadenaußendienst""")


# ---- batch 3 ---------------------------------------------------------------

M("S", "de", "insurer-to-customer", "dog-owner liability: insured dog bit a child, bite wound sutured, tetanus shot; injured child named",
  frm=ADDR("oltmanns"), to="Sandra Wiemers <sandra.wiemers@gmx.example>",
  subj="Hundehaftpflicht TH 52 004 119 – Vorfall vom 04.04.2026 auf dem Spielplatz Vorgebirgspark",
  date="2026-04-08 14:16",
  body="""Sehr geehrte Frau Wiemers,

vielen Dank für Ihre Schadenmeldung. Nach Ihrer Schilderung hat Ihr Hund Balu (Labrador-Mischling) am 04.04.2026 am Rand des Spielplatzes im Vorgebirgspark den siebenjährigen Noah Schmittgen in den linken Unterarm gebissen, als dieser ihn streicheln wollte. Der Junge wurde von seinen Eltern in die Kinderchirurgie des Klinikums Holweide gebracht; die Wunde wurde mit vier Stichen genäht, er bekam eine Tetanus-Auffrischung und für eine Woche ein Antibiotikum.

Als Tierhalterin haften Sie nach § 833 BGB auch ohne eigenes Verschulden. Wir werden uns daher direkt mit den Eltern (Familie Schmittgen) in Verbindung setzen und die Ansprüche (Schmerzensgeld, beschädigte Jacke, Fahrtkosten) regulieren. Bitte geben Sie selbst gegenüber den Eltern keine Zusagen ab.

Teilen Sie uns bitte noch mit, ob Ihr Hund angeleint war und ob das Ordnungsamt eingeschaltet wurde.

Mit freundlichen Grüßen""",
  sig="oltmanns")

M("N", "de", "internal", "everyday: aggregated water-damage statistics by building age and pipe material (ODS); no claims or persons",
  frm=ADDR("schmitz"), to=ADDR("hartmann"), cc=ADDR("demir"),
  subj="Auswertung Leitungswasserschäden 2021–2025 nach Baujahr",
  date="2026-04-15 10:52", client="thunderbird",
  body="""Hallo Sven,

anbei die gewünschte Auswertung für die Tarifkalkulation Wohngebäude. Basis sind alle abgeschlossenen LW-Schäden 2021–2025 (n = 48.112), nur aggregiert nach Baujahresklasse und Rohrmaterial. Klassen mit weniger als 20 Schäden habe ich zusammengefasst.

Auffällig: Gebäude der Baujahre 1960–1979 mit verzinkten Stahlrohren haben die mit Abstand höchste Schadenhäufigkeit (fast dreimal so hoch wie Neubauten), der Durchschnittsschaden ist bei Gebäuden ab 2010 aber am höchsten (Fußbodenheizung, hochwertige Böden).

Gruß
Claudia""",
  att=[ODS("LW_Schaeden_Baujahr_2021-2025.ods", {
      "Baujahr": [["Baujahresklasse", "Anzahl Schäden", "Schadenhäufigkeit je 1.000 Verträge", "Durchschnittsschaden EUR"],
                  ["vor 1950", 6210, 61.4, 3980], ["1950–1959", 4875, 58.2, 3710], ["1960–1979", 15330, 71.9, 3650],
                  ["1980–1999", 12044, 44.0, 3890], ["2000–2009", 6127, 29.8, 4420], ["ab 2010", 3526, 24.6, 5870]],
      "Rohrmaterial": [["Material", "Anteil an Schäden", "Hauptursache"],
                       ["Stahl verzinkt", "41 %", "Korrosion"], ["Kupfer", "27 %", "Lochfraß / Lötstellen"],
                       ["Kunststoff / Verbundrohr", "22 %", "Pressfittings"], ["unbekannt", "10 %", "-"]]})])

M("C", "en", "insurer-to-customer", "tenant's household claim after water from the flat upstairs; named customer, neighbour and claim no.; no injury",
  frm=ADDR("demir"), to="Emily Carter <emily.carter@gmail.example>",
  subj="Water damage in your flat – household claim HR 26-008101",
  date="2026-04-16 16:22",
  body="""Dear Ms Carter,

thank you for calling us this morning. I have registered the damage to your belongings under your household policy HR 73 401 226 (claim HR 26-008101).

To summarise: on 14 April water leaked from the flat above you (Mr Florian Reimann, 3rd floor, Brüsseler Straße 19) because his dishwasher hose came loose. In your flat the ceiling of the kitchen and living room is stained, and your sofa, a rug and some books were soaked.

How it works:
- We pay for your damaged belongings (sofa, rug, books) at replacement value, after deducting nothing for age.
- The ceiling and walls belong to the building, so please report them to your landlord's property management; their buildings insurance will take care of them.
- We may later claim our payment back from Mr Reimann's liability insurer. You don't need to do anything for this, but please send us his insurer's details if you have them.

Please send photos of the damaged items and, if possible, the receipts or order confirmations. A rough list with the age and price of each item is fine for the moment.

Best regards""",
  sig="demir", lang="en")

M("S", "en", "claimant", "injured pedestrian (tourist) writes about her ankle fracture after being hit in a car park; attached as forwarded message",
  frm=ADDR("brenner"), to=ADDR("kaya"),
  subj="Fwd: Accident in the car park at Cologne Bonn Airport – injured pedestrian",
  date="2026-04-21 09:14", lang="en",
  body="""Emre,

this one is for your team – personal injury, English-speaking claimant, our insured (KH 26-015402, Mr Ulrich Faßbender) reversed into her in P2. Original mail attached. Liability looks clear.

Thanks
Markus""",
  att=[EML(INNER("Joanne Fletcher <jo.fletcher@sky.example>", "schaden@versicherer.example",
                 "Accident in the car park at Cologne Bonn Airport", "2026-04-19 21:30", """Dear Sir or Madam,

I am writing to you because your policyholder's car hit me in car park P2 at Cologne Bonn Airport on 16 April at about 6.15 pm. The driver was reversing out of a space and did not see me. He gave me your details and his registration number (SU-UF 774).

I fell and broke my right ankle (bimalleolar fracture). I was taken to the hospital in Porz am Rhein, where I had an operation with plates and screws on 17 April. I had to stay in Germany for five extra days and could only fly home to Leeds with a wheelchair service on 22 April. I will be in a cast for six weeks and cannot work (I am a primary school teacher).

I would like to claim compensation for my injury, the extra hotel nights, the rebooked flight and my loss of earnings. Please let me know what you need from me.

Yours faithfully,
Joanne Fletcher
14 Kirkstall Road, Leeds LS4 2AB, United Kingdom""", "<CAF3k9xP2mQ7-vW1@mail.sky.example>", lang="en"),
      "Accident in the car park at Cologne Bonn Airport.eml")])

M("N", "en", "insurer-to-broker", "trap: process change announcement for broker claims notifications; no customer data",
  frm=ADDR("vogel"), to="makler-sued@versicherer.example",
  subj="From 1 June: report property and motor claims only via the broker portal",
  date="2026-04-27 12:00", lang="en",
  body="""Dear broker partners,

to speed up claims handling, we are changing how you report property, liability and motor claims:

From 1 June 2026, please report new claims only via the claims form in the broker portal (menu "Schaden melden"). Claims sent by e-mail or fax will still be processed, but they will take on average three working days longer.

What you get:
- immediate claim number and name of the handler,
- upload of photos, invoices and police reports directly to the file,
- status tracking, including payments.

Please do not send medical documents by normal e-mail; for personal injury claims use the upload in the portal or our SecureMail service.

A 30-minute online training is offered on 12 and 19 May, 10:00. Registration via the portal.

Kind regards
Katharina Vogel""",
  sig="vogel", sigstyle="short")

M("C", "de", "insurer-to-lawyer", "recourse against a sole-trader roofer for a fire caused by hot works: named tradesman, our insured, claim; no injury",
  frm=ADDR("ahrens"), to="Rechtsanwalt Dr. Tilman Voss <voss@voss-partner.example>",
  subj="Regressmandat – Brandschaden Hofmann, WG 26-002244 / Dachdeckerei Jörg Sauerland e.K.",
  date="2026-03-27 13:33",
  body="""Sehr geehrter Herr Dr. Voss,

wir möchten Sie mit der Durchsetzung unserer Regressforderung beauftragen.

Sachverhalt in Kürze: Am 21.01.2026 hat der Dachdeckermeister Jörg Sauerland (Einzelunternehmer, Dachdeckerei Jörg Sauerland e.K., Overath) am Wohnhaus unserer Versicherungsnehmer Eheleute Klaus und Birgit Hofmann, Hauptstraße 112, Rösrath, mit einem Gasbrenner Bitumenbahnen verschweißt. Etwa zwei Stunden nach Arbeitsende brach im Dachstuhl ein Feuer aus. Verletzt wurde niemand. Der Brandsachverständige (Gutachten anbei per Post) kommt zu dem Ergebnis, dass Glutnester an der Holzschalung die Ursache waren und keine Brandwache gehalten wurde.

Wir haben an unsere Versicherungsnehmer bisher 186.420 EUR gezahlt (Gebäude und Mietausfall). Die Ansprüche sind nach § 86 VVG auf uns übergegangen.

Herr Sauerland hat uns mitgeteilt, dass er bei der Handwerker-Haftpflicht eines Mitbewerbers versichert ist, reagiert aber seit Wochen nicht auf unsere Schreiben. Bitte fordern Sie den Betrag außergerichtlich an und prüfen Sie die Klage beim Landgericht Köln.

Mit freundlichen Grüßen""",
  sig="ahrens")

M("N", "de", "internal", "trap: blank witness questionnaire form (PDF) for motor claims; placeholders only",
  frm=ADDR("brenner"), to="KS-Kraftfahrt-alle@versicherer.example",
  subj="Zeugenfragebogen überarbeitet – bitte die neue PDF-Fassung verwenden",
  date="2026-05-04 08:31",
  body="""Moin zusammen,

der Zeugenfragebogen ist jetzt auch ausfüllbar und hat einen Hinweis zum Datenschutz nach Art. 14 DSGVO. Anbei die leere Fassung. Bitte nicht mehr die alte Word-Datei vom Laufwerk nehmen.

Markus""",
  sig="brenner", sigstyle="name",
  att=[PDF("Zeugenfragebogen_Kfz_2026.pdf", [
      ("h", "Fragebogen für Zeugen eines Verkehrsunfalls"),
      "Schaden-Nr.: ____________________    Unfalltag: ____________    Unfallort: ______________________________",
      ("h", "1. Angaben zur Person", 2),
      "Name, Vorname: ______________________________________\nAnschrift: ___________________________________________\nTelefon (freiwillig): ___________________",
      ("h", "2. Ihre Beobachtungen", 2),
      "Wo befanden Sie sich zum Unfallzeitpunkt? ______________________________\nWelche Fahrzeuge waren beteiligt (Farbe, Typ, Kennzeichen)? ______________________\nWie hat sich der Unfall aus Ihrer Sicht ereignet? Bitte fertigen Sie auf der Rückseite eine Skizze an.",
      "Stehen Sie mit einem der Beteiligten in einer verwandtschaftlichen oder sonstigen Beziehung?  [ ] ja  [ ] nein",
      ("h", "3. Datenschutz", 2),
      ("small", "Wir verarbeiten Ihre Angaben zur Prüfung und Regulierung des oben genannten Schadenfalls (Art. 6 Abs. 1 lit. f DSGVO). Weitere Informationen: www.versicherer.example/datenschutz. Ihre Angaben sind freiwillig.")],
      title="Zeugenfragebogen Kfz", author="Schadenservice Kraftfahrt")])

M("S", "de", "insurer-to-authority", "written statement to the regional court in a direct action: claimant's knee injury (meniscus tear), surgery, sick leave",
  frm=ADDR("schreiber"), to="Landgericht Köln – 5. Zivilkammer <poststelle@lg-koeln.example>",
  subj="5 O 88/26 – Rüdiger Hamacher ./. Versicherer Allgemeine Versicherung AG u. a. – Klageerwiderung (Vorab per E-Mail, Original per beA)",
  date="2026-05-06 15:58",
  body="""In dem Rechtsstreit
Rüdiger Hamacher ./. 1. Versicherer Allgemeine Versicherung AG, 2. Frau Svenja Kolb

zeigen wir an, dass die Beklagte zu 1) sich selbst vertritt und zugleich für die Beklagte zu 2), ihre Versicherungsnehmerin, den Beitritt erklärt. Vorab per E-Mail übersenden wir die wesentlichen Punkte der Klageerwiderung; das Original geht über das besondere elektronische Anwaltspostfach bzw. das EGVP ein.

Die Haftung dem Grunde nach wird zu 100 % anerkannt. Bestritten wird die Höhe des geltend gemachten Schmerzensgeldes (12.000 EUR). Der Kläger hat sich bei dem Unfall am 19.09.2025 eine Kniegelenksprellung rechts zugezogen. Der in der Klageschrift als unfallbedingt behauptete Innenmeniskusriss (ICD-10 S83.2) ist nach dem MRT-Befund vom 02.10.2025 degenerativ vorbestehend; die Arthroskopie am 15.10.2025 hätte nach Auffassung des beratenden Arztes auch ohne den Unfall erfolgen müssen. Die Arbeitsunfähigkeit über den 31.10.2025 hinaus wird deshalb bestritten.

Beweis: Einholung eines orthopädischen Sachverständigengutachtens.

Ein Schmerzensgeld von 2.500 EUR ist angemessen; gezahlt wurden bereits 2.000 EUR.

Dr. Carola Schreiber
Syndikusrechtsanwältin""",
  sig="schreiber", sigstyle="short", disc=0)

M("C", "de", "insurer-to-customer", "motor total loss after skidding into a tree: named customer, plate, VIN, residual value offer; customer unhurt",
  frm=ADDR("brenner"), to="Katrin Vollmer <katrin.vollmer@web.example>",
  subj="Totalschaden Ihres Mazda CX-5 – Restwertangebot, VK 26-014870",
  date="2026-04-29 12:19", client="outlook",
  body="""Sehr geehrte Frau Vollmer,

das Gutachten zu Ihrem Fahrzeug (Mazda CX-5, GL-KV 505, FIN JMZKF6W1A00831547) liegt vor. Der Sachverständige stellt einen wirtschaftlichen Totalschaden fest:

Reparaturkosten brutto       18.940,00 EUR
Wiederbeschaffungswert       16.500,00 EUR
Restwert (Regionalmarkt)      3.100,00 EUR

Wir haben zusätzlich ein Restwertangebot über unsere Restwertbörse eingeholt: Die Firma Autoexport Kaya & Söhne, Köln, zahlt 4.250 EUR und holt das Fahrzeug kostenlos beim Abschleppdienst ab. Das Angebot ist bis 13.05. bindend.

Aus der Vollkasko (KF 29 504 618, SB 300 EUR) zahlen wir Ihnen:
16.500,00 – 4.250,00 – 300,00 = 11.950,00 EUR

Wenn Sie das Restwertangebot annehmen, erhalten Sie die 4.250 EUR direkt vom Käufer. Bitte bestätigen Sie uns kurz per Mail, ob Sie das Angebot annehmen, und teilen Sie uns die Bankverbindung für die Kaskoleistung mit.

Schön, dass Ihnen bei dem Unfall nichts passiert ist.

Mit freundlichen Grüßen""",
  sig="brenner")

M("N", "de", "insurer-to-customer", "trap: portal registration mail with a one-time password; no content",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="k.vollmer@web.example",
  subj="Ihr Einmal-Passwort für das SecureMail-Portal",
  date="2026-04-29 12:21", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

für Sie wurde ein Postfach im SecureMail-Portal von Versicherer eingerichtet, weil wir Ihnen eine vertrauliche Nachricht senden möchten.

Ihr Einmal-Passwort lautet: 7Kq-4mRt-Zw9

In einer zweiten E-Mail erhalten Sie den Link zur Registrierung. Melden Sie sich dort mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an und vergeben Sie anschließend ein eigenes Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 14 Tage gültig.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.""")

M("S", "en", "insurer-to-customer", "trip interruption because the customer's father suffered a stroke; relative's hospital stay and medical certificate",
  frm=ADDR("seidel"), to="Jonathan Reyes <j.reyes@outlook.example>",
  subj="Trip interruption Thailand – claim RA-26-00511",
  date="2026-05-11 09:47", lang="en", client="outlook",
  body="""Dear Mr Reyes,

I'm very sorry to hear about your father. I hope he is making good progress.

You have told us that you cut your holiday in Thailand short on 2 May because your father, Mr Ernesto Reyes, suffered a stroke in Frankfurt on 1 May and was admitted to the stroke unit of the Nordwest hospital. Trip interruption because of a serious illness of a close relative is covered by your policy RV 9051 3317.

We cover the additional costs of the return flight (EUR 1,184 according to your booking confirmation) and the unused part of the hotel booking (4 nights) if it could not be cancelled.

Please send us:
- a short confirmation from the hospital that your father was admitted on 1 May with a serious illness (the diagnosis itself is not required if he prefers not to disclose it),
- the invoice for the new flight and the hotel's cancellation statement.

Kind regards""",
  sig="seidel")

M("C", "en", "internal", "internal coordination: same customer reported the same bike theft under two policies; named, policy and claim numbers",
  frm=ADDR("demir"), to=ADDR("kowalski"),
  subj="Possible double claim – Mr Philipp Raabe (HR 26-007744)",
  date="2026-04-24 10:12", lang="en", client="thunderbird",
  body="""Hi Lena,

quick one: Mr Philipp Raabe reported the theft of his e-bike under his household policy HR 61 009 125 (my claim HR 26-007744). Your team has the same bike under a separate bicycle policy FR 10 448 017 that he took out in 2025, claim FR 26-000931.

This is probably just a misunderstanding (two policies, he reported to both), not anything suspicious. Could you put your claim on hold? I'll settle under the household policy and the bicycle policy contributes 50 % internally. I'll write to Mr Raabe and explain.

Thanks!
Aylin""")

M("N", "de", "insurer-to-supplier", "everyday: fee agreement with an assessor network (company), hourly fees and invoice rules; no claims",
  frm=ADDR("krueger"), to="Gutachternetz West GmbH <vertrag@gutachternetz-west.example>",
  subj="Honorarvereinbarung Kfz-Gutachten 2026 – finale Fassung",
  date="2026-01-22 15:40",
  body="""Sehr geehrter Herr Dr. Lüttgen,

nach unserer Verhandlung am 19.01. sende ich Ihnen die abgestimmten Eckpunkte, die wir in die Vereinbarung übernehmen:

1. Grundhonorar nach Schadenhöhe gemäß Tabelle in Anlage 1 (Abschlag von 8 % auf die BVSK-Befragung 2024, HB V Korridor).
2. Fahrtkosten pauschal 32 EUR je Besichtigung im Umkreis von 30 km, darüber 0,95 EUR/km.
3. Fotos: die ersten 10 Lichtbilder sind im Grundhonorar enthalten.
4. Bearbeitungszeit: Gutachten innerhalb von 3 Werktagen nach Besichtigung; bei Überschreitung 10 % Honorarabzug.
5. Rechnungen ausschließlich elektronisch, eine Rechnung je Schaden.

Die Vereinbarung soll vom 01.03.2026 bis 28.02.2027 laufen und sich um ein Jahr verlängern, wenn sie nicht drei Monate vorher gekündigt wird.

Den Vertragsentwurf schickt Ihnen unsere Rechtsabteilung bis Ende nächster Woche.

Mit freundlichen Grüßen""",
  sig="krueger")

M("S", "de", "insurer-to-customer", "private liability: customer's son on a bike injured an elderly pedestrian (hip fracture, hospital); injured person named",
  frm=ADDR("oltmanns"), to="Christoph Althoff <c.althoff@gmx.example>",
  subj="Ihre Privathaftpflicht PH 38 220 961 – Fahrradunfall Ihres Sohnes am 18.04.",
  date="2026-04-23 14:06",
  body="""Sehr geehrter Herr Althoff,

die Schadenmeldung zu dem Unfall Ihres Sohnes Leon (15) haben wir unter PH 26-008391 erfasst.

Nach Ihrer Schilderung ist Leon am 18.04.2026 auf dem Gehweg der Dürener Straße mit dem Fahrrad gefahren und hat dabei die 81-jährige Frau Hedwig Krämer angefahren. Frau Krämer ist gestürzt und hat sich eine Oberschenkelhalsfraktur zugezogen; sie wurde im St. Elisabeth-Krankenhaus operiert (Hüftprothese) und ist jetzt in einer geriatrischen Reha.

Wir prüfen die Haftung und regulieren berechtigte Ansprüche von Frau Krämer bzw. ihrer Krankenkasse direkt. Dazu bitten wir Sie um:

1. eine kurze Schilderung des Unfallhergangs aus Leons Sicht (gern formlos),
2. Namen und Anschriften von Zeugen, falls bekannt,
3. die Vorgangsnummer der Polizei, falls die Polizei vor Ort war.

Bitte geben Sie gegenüber Frau Krämer oder ihren Angehörigen kein Schuldanerkenntnis ab. Der Kontakt läuft ab jetzt über uns.

Mit freundlichen Grüßen""",
  sig="oltmanns")

M("C", "de", "insurer-to-claimant", "water from the insured's flat damaged a bakery below run by a sole trader: named parties, claim no.; base64 body",
  frm=ADDR("oltmanns"), to="Bäckerei Nüßlein, Inh. Gabriele Nüßlein <backstube@baeckerei-nuesslein.example>",
  subj="Wasserschaden in Ihrer Backstube – unser Zeichen PH 26-005204",
  date="2026-03-13 11:28", cte="base64",
  body="""Sehr geehrte Frau Nüßlein,

wir sind der Privathaftpflichtversicherer von Herrn Mehmet Güler, der die Wohnung über Ihrer Backstube in der Bonner Straße 201 gemietet hat. Herr Güler hat uns gemeldet, dass am 09.03.2026 die Badewanne übergelaufen ist und Wasser in Ihre Betriebsräume eingedrungen ist.

Die Haftung unseres Versicherungsnehmers erkennen wir dem Grunde nach an. Für die Regulierung benötigen wir von Ihnen:

- eine Aufstellung der beschädigten Gegenstände (Mehlvorräte, Verpackungsmaterial, Elektrogeräte) mit Anschaffungsjahr und Preis,
- Rechnungen für Reinigung und Trocknung,
- falls Sie den Betrieb schließen mussten: eine Bescheinigung Ihres Steuerberaters über den entgangenen Gewinn.

Schäden am Gebäude (Decke, Wände) reguliert die Gebäudeversicherung Ihres Vermieters. Falls Sie eine eigene Inhalts- oder Betriebsunterbrechungsversicherung haben, melden Sie den Schaden bitte auch dort.

Mit freundlichen Grüßen""",
  sig="oltmanns", disc=1)

M("N", "de", "newsletter", "everyday: hail warning newsletter (HTML only) with motor tips; no person",
  frm="Versicherer Schadenservice <newsletter@versicherer.example>", to="kunden-info@versicherer.example",
  subj="Hagelwarnung für Pfingsten: Auto jetzt unterstellen",
  date="2026-05-22 16:10", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  body=None,
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hagelwarnung</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#1a1a1a">
<div style="background:#004b87;color:#fff;padding:12px"><b>Versicherer Schadenservice</b> – Unwetterinfo</div>
<h2>Hagelwarnung für das Pfingstwochenende</h2>
<p>Der Deutsche Wetterdienst erwartet ab Samstagnachmittag schwere Gewitter mit <b>Hagel bis 4&nbsp;cm</b> im Rheinland, im Bergischen Land und in der Eifel.</p>
<ul>
<li>Stellen Sie Ihr Auto möglichst in eine Garage oder ein Parkhaus.</li>
<li>Keine Garage? Eine Hagelschutzplane oder dicke Decken helfen.</li>
<li>Fahren Sie bei starkem Hagel nicht weiter, sondern halten Sie an einem sicheren Ort an – nicht unter Brücken auf der Autobahn.</li>
<li>Schließen Sie Dachfenster und bringen Sie Pflanzen und Polster in Sicherheit.</li>
</ul>
<p>Hagelschäden am Auto sind über die <b>Teilkasko</b> versichert. Unsere mobilen Hagelzentren öffnen bei Bedarf ab Dienstag; Standorte finden Sie dann unter <a href="https://www.versicherer.example/hagel">www.versicherer.example/hagel</a>.</p>
<p style="font-size:11px;color:#666">Sie erhalten diese Information, weil Sie Unwetterwarnungen abonniert haben. <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a><br>Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln</p>
</body></html>
""")

M("N", "en", "insurer-to-company", "trap: fleet offer to a mobile nursing service company; vehicles only, no patients or staff data",
  frm=ADDR("brooks"), to="Tobias Reinhardt <t.reinhardt@pflegeteam-rheinaue.example>",
  subj="Quotation: fleet insurance for 26 care service cars (electric)",
  date="2026-05-05 13:26", lang="en",
  body="""Dear Mr Reinhardt,

thank you for your enquiry. Your nursing staff drive a lot of short trips in city traffic, so small electric cars are a good choice – and they are also cheaper to insure with us.

Our offer for your fleet of 26 Renault Zoe and 4 VW ID.3:

  MTPL, EUR 100m flat                          included
  Comprehensive, EUR 500 deductible            included
  Battery cover incl. charging cable theft     included
  Fleet discount (from 20 vehicles)            -12 %
  Annual premium                               EUR 23,410 + 19 % IPT

As your staff are on the road at night, we also recommend our "fleet assistance" package (EUR 18 per vehicle per year): replacement car within 2 hours in the Cologne area, so no home visit has to be cancelled.

The offer is valid until 30 June 2026. I'm happy to visit you to discuss details.

Kind regards""",
  sig="brooks")

M("S", "de", "insurer-to-lawyer", "legal-expenses cover for a social-court dispute over recognition of a work accident (lumbar spine injury) of the customer",
  frm=ADDR("lindqvist"), to="Kanzlei Demirci Sozialrecht <info@demirci-sozialrecht.example>",
  subj="Ihr Az. D-112/26 – Herr Frank Mertens ./. BG BAU – Deckungszusage Sozialgericht",
  date="2026-05-12 10:15",
  body="""Sehr geehrte Frau Demirci,

für die Klage Ihres Mandanten, unseres Versicherungsnehmers Herrn Frank Mertens (RS 24 901 337), gegen den Widerspruchsbescheid der BG BAU vom 02.04.2026 erteilen wir Deckungszusage für das Verfahren vor dem Sozialgericht Köln.

Nach Ihrem Schreiben hat die Berufsgenossenschaft die Anerkennung des Sturzes vom Gerüst am 11.08.2025 als Arbeitsunfall zwar anerkannt, die Lendenwirbelkörperfraktur L1 aber als unfallunabhängige Vorschädigung (Osteoporose) bewertet und eine Verletztenrente abgelehnt. Die Klage zielt auf eine Rente nach einer MdE von mindestens 20 %.

Die Kosten eines Gutachtens nach § 109 SGG übernehmen wir bis zu 3.000 EUR, wenn das Gericht kein Gutachten von Amts wegen einholt.

Mit freundlichen Grüßen""",
  sig="lindqvist")

M("C", "de", "insurer-to-customer", "legal-expenses cover for a neighbour dispute over a hedge and border wall (ISO-8859-1); named customer and neighbour",
  frm=ADDR("lindqvist"), to="Gerd Pütz <gerd.puetz@arcor.example>",
  subj="Ihre Rechtsschutzversicherung RS 12 775 040 – Streit mit Ihrem Nachbarn",
  date="2026-05-13 08:55", charset="iso-8859-1",
  body="""Sehr geehrter Herr Pütz,

vielen Dank für Ihre Unterlagen. Sie streiten mit Ihrem Nachbarn, Herrn Uwe Kirchhoff (Am Mühlenbach 7), darüber, ob er die 3,20 m hohe Thujahecke an der Grundstücksgrenze kürzen muss und ob die von ihm errichtete Gartenmauer den Grenzabstand einhält.

Der Baustein "Rechtsschutz für Eigentümer und Mieter von Wohnungen und Grundstücken" ist in Ihrem Vertrag enthalten. Wir übernehmen deshalb die Kosten für

- ein Schlichtungsverfahren vor der Schiedsperson (in NRW bei Nachbarstreitigkeiten vor einer Klage vorgeschrieben),
- die außergerichtliche Tätigkeit eines Rechtsanwalts,
- bei Scheitern der Schlichtung das Verfahren vor dem Amtsgericht.

Ihre Selbstbeteiligung beträgt 150 EUR. Nennen Sie uns bitte den Anwalt, den Sie beauftragen möchten.

Mit freundlichen Grüßen""",
  sig="lindqvist", sigstyle="short")

M("N", "de", "internal", "everyday: mobile reply with typos about a meeting with a glass repair supplier; no data",
  frm=ADDR("petersen"), to=ADDR("krueger"),
  subj="Re: Termin ScheibenProfi?",
  date="2026-05-15 18:42", client="mobile",
  body="""Jo passt, Dienstag 10 uhr geht bei mir. Nimm bitte die Preisliste von 2025 mit, die wollen bestimmt wieder die Kalibrierung extra abrechnen. Ich bring die Zahlen zu durchlaufzeiten mit

Lars""",
  quote=Q("""Am 15.05.2026 um 17:03 schrieb Stefan Krüger <stefan.krueger@versicherer.example>:
Hi Lars, der Vertrieb von ScheibenProfi möchte sich nächste Woche vorstellen. Di 10 Uhr oder Mi 14 Uhr? Gruß Stefan"""))

M("S", "de", "customer", "customer's own accident report (windows-1252) mentioning his cut forehead, stitches and concussion, forwarded internally",
  frm=ADDR("brenner"), to=ADDR("kaya"),
  subj="WG: Unfall gestern auf der B 265 – meine Verletzung",
  date="2026-05-19 08:17", charset="windows-1252",
  body="""Emre, Personenschaden bei unserem eigenen VN (Insassen-Unfall ist nicht versichert, aber er fragt nach Schmerzensgeld vom Gegner – der Gegner ist bei der Konkurrenz versichert). Kannst du ihm kurz erklären, dass er das dort geltend machen muss? Sachschaden mache ich. KH/VK 26-017206.

Gruß Markus

-----Ursprüngliche Nachricht-----
Von: Reinhard Offermann <r.offermann@online.example>
Gesendet: Montag, 18. Mai 2026 21:05
An: schaden@versicherer.example
Betreff: Unfall gestern auf der B 265 – meine Verletzung

Hallo,

ich hatte gestern mit meinem Wagen (EU-RO 61, Vertrag KF 18 337 904) einen Unfall auf der B 265 bei Erftstadt, ein anderer Fahrer hat mir die Vorfahrt genommen. Ich habe mir dabei den Kopf am Seitenfenster angeschlagen, im Krankenhaus Frechen wurde eine Platzwunde an der Stirn genäht und eine Gehirnerschütterung festgestellt. Ich bin eine Woche krankgeschrieben.

Bekomme ich von Ihnen Schmerzensgeld? Und wer bezahlt mein Auto?

Gruß
Reinhard Offermann""")

M("C", "en", "insurer-to-assessor", "instruction to a loss adjuster: fire in a bakery owned by a sole trader, named owner, policy and address; no injuries",
  frm=ADDR("hartmann"), to="Fergus Doyle <fergus.doyle@crest-adjusting.example>",
  subj="Instruction: fire at Bäckerei Aydın, Mülheim – policy GI 55 812 004",
  date="2026-05-25 07:58", lang="en",
  body="""Dear Fergus,

please attend the following loss as soon as possible (today if you can):

Insured: Mr Serkan Aydın, trading as Bäckerei Aydın e.K. (sole trader)
Risk address: Frankfurter Straße 77, 51065 Köln-Mülheim
Policy: commercial contents and business interruption, GI 55 812 004; sum insured contents EUR 280,000, BI 12 months EUR 310,000
Date of loss: 24 May 2026, approx. 03:40
Circumstances: fire in the deck oven area, spread to the extraction hood; fire brigade on site; no injuries. The shop is closed.

Points to review: cause (maintenance of the oven and hood – last service reports), BI period and mitigation (temporary sales from the branch in Kalk), stock and equipment values, any outstanding premium.

The insured's key documents are in the zip file attached. Reserve proposal within 48 hours please.

Best regards
Sven""",
  sig="hartmann", sigstyle="short",
  att=[ZIP("GI55812004_Unterlagen.zip", [
      PDF("Versicherungsschein_GI55812004.pdf", [
          ("h", "Versicherungsschein Inhalts- und Betriebsunterbrechungsversicherung"),
          "Versicherungsnehmer: Serkan Aydın, Bäckerei Aydın e.K., Frankfurter Straße 77, 51065 Köln\nVersicherungsschein-Nr.: GI 55 812 004    Beginn: 01.07.2022    Hauptfälligkeit: 01.07.",
          ("t", [["Position", "Versicherungssumme EUR", "Selbstbehalt EUR"],
                 ["Betriebseinrichtung und Vorräte", "280.000", "1.000"],
                 ["Betriebsunterbrechung (12 Monate)", "310.000", "3 Tage"],
                 ["Glas", "8.000", "0"]]),
          "Beitrag jährlich: 2.940,00 EUR zzgl. Versicherungsteuer"], unicode=True, author="Versicherer"),
      CSV("Inventar_Baeckerei_Aydin.csv", [["Gegenstand", "Hersteller", "Baujahr", "Neuwert EUR"],
                                          ["Etagenbackofen 3 Herde", "MIWE", "2019", "46500"],
                                          ["Abzugshaube Edelstahl", "Wiesheu", "2019", "7200"],
                                          ["Teigknetmaschine", "Diosna", "2021", "12800"],
                                          ["Kühlzelle", "Viessmann", "2018", "15400"],
                                          ["Ladeneinrichtung / Theke", "Aichinger", "2022", "38900"]]),
      TXT("Wartung_Backofen_2025.txt", "Wartungsprotokoll MIWE Service\nKunde: Bäckerei Aydın e.K., Köln-Mülheim\nLetzte Wartung: 14.11.2025\nAbzugshaube gereinigt: nein (Hinweis an Kunden gegeben)\nTechniker: D. Wolff\n")])])

M("N", "de", "internal", "everyday: partner workshop KPI ranking (company names only) as XLSX",
  frm=ADDR("petersen"), to=ADDR("schmitz"),
  subj="Werkstatt-Scorecard April 2026",
  date="2026-05-07 11:05", client="outlook",
  body="""Hallo Claudia,

hier die Scorecard für April. Auffällig ist Autohaus Brandl mit deutlich gestiegener Durchlaufzeit (Personalengpass Lackiererei, laut Herrn Brandl bis Ende Juni behoben). Karosserie Özdemir hat im ersten vollen Monat gleich die beste Kundenbewertung.

Für das Quartalsgespräch würde ich die drei Betriebe mit Ampel rot einladen.

Gruß
Lars""",
  att=[XLSX("Werkstatt_Scorecard_2026-04.xlsx", {
      "April 2026": [["Partnerbetrieb", "Ort", "Aufträge", "Ø Durchlaufzeit (Tage)", "Ø Rechnung netto EUR", "Kundenbewertung (1-5)", "Ampel"],
                     ["Autohaus Brandl GmbH & Co. KG", "Bergisch Gladbach", 64, 9.8, 3140, 4.3, "rot"],
                     ["Karosserie Özdemir", "Leverkusen", 21, 5.2, 2710, 4.9, "grün"],
                     ["Lackzentrum Eifel GmbH", "Mechernich", 38, 6.1, 2980, 4.6, "grün"],
                     ["Autoservice Hanke", "Siegburg", 17, 7.9, 3320, 4.0, "gelb"],
                     ["Karosseriebau Weyer KG", "Köln-Porz", 55, 8.4, 3610, 3.8, "rot"],
                     ["Unfallzentrum Nord GmbH", "Dormagen", 43, 8.9, 3455, 4.1, "rot"]]}, author="Lars Petersen")])

M("S", "en", "insurer-to-partner", "claim against a French motor insurer: our customer's passenger (his wife) injured, wrist fracture and surgery",
  frm=ADDR("ahrens"), to="Service Sinistres Étranger – Assurances Loire Atlantique <sinistres.etranger@ala-assurances.example>",
  subj="Claim of our policyholder – accident A 10 near Tours, 2 May 2026 – your insured FR-AB-284-QX",
  date="2026-05-27 14:37", lang="en",
  body="""Dear colleagues,

we act for our policyholder Mr Andreas Kühn (motor policy KF 30 117 552, car K-AK 1203) in respect of the accident of 2 May 2026 on the A 10 near Tours, in which your insured's vehicle (FR-AB-284-QX) collided with the rear of our policyholder's car in a traffic jam. The French police report (procès-verbal no. 2026/00371) confirms the rear-end collision.

We have paid the damage to our policyholder's car under his comprehensive cover (EUR 7,812.40) and claim reimbursement from you.

In addition, we notify you of the personal injury claim of the passenger, Mrs Sabine Kühn (born 22 November 1971). She suffered a distal radius fracture of the left wrist, was operated on at the CHU Tours on 3 May and was repatriated on 6 May. She is still in physiotherapy in Cologne and unable to work. Her claim (pain and suffering, loss of earnings, household help) will be submitted by her lawyer directly; we ask you to confirm your liability in writing.

Kind regards""",
  sig="ahrens")

M("N", "de", "insurer-to-customer", "trap: reply to a general enquiry with the blank European accident report form (PDF); no contract or claim data",
  frm=ADDR("kowalski"), to="Marie Lefèvre <marie.lefevre@laposte.example>",
  subj="AW: Unfallbericht zum Ausdrucken?",
  date="2026-05-28 10:44",
  body="""Hallo Frau Lefèvre,

gern – anbei der Europäische Unfallbericht zum Ausdrucken. Am besten legen Sie zwei Exemplare ins Handschuhfach. Nach einem Unfall füllen beide Beteiligten gemeinsam einen Bericht aus und unterschreiben ihn; jede Seite erhält eine Kopie. Der Bericht ist kein Schuldanerkenntnis.

Tipp: In unserer App können Sie den Unfallbericht auch digital ausfüllen und Fotos direkt hinzufügen.

Gute Fahrt!""",
  sig="kowalski", sigstyle="short",
  quote=Q("""Am 27.05.2026 um 19:02 schrieb Marie Lefèvre:
Guten Tag, haben Sie den Unfallbericht (constat amiable) auch auf Deutsch zum Ausdrucken? Ich möchte einen ins Auto legen. Danke!"""),
  att=[PDF("Europaeischer_Unfallbericht_blanko.pdf", [
      ("h", "Europäischer Unfallbericht – Kraftfahrzeuge"),
      "Bitte mit Kugelschreiber ausfüllen und von beiden Fahrern unterschreiben. Dies ist kein Schuldanerkenntnis, sondern eine Beschreibung des Unfallhergangs zur schnelleren Schadenregulierung.",
      ("t", [["Feld", "Fahrzeug A", "Fahrzeug B"],
             ["1. Datum / Uhrzeit des Unfalls", "", ""],
             ["2. Unfallort", "", ""],
             ["3. Verletzte (auch leicht)?  ja / nein", "", ""],
             ["6. Versicherungsnehmer (Name, Anschrift)", "", ""],
             ["7. Fahrzeug (Marke, Typ, Kennzeichen)", "", ""],
             ["8. Versicherungsgesellschaft, Vertragsnummer", "", ""],
             ["9. Fahrer (Name, Führerscheinnummer)", "", ""],
             ["12. Unfallumstände (ankreuzen)", "", ""],
             ["13. Skizze", "", ""],
             ["15. Unterschriften der Fahrer", "", ""]]),
      ("small", "Leeres Formular. Weitere Exemplare: www.versicherer.example/unfallbericht")],
      title="Europäischer Unfallbericht (blanko)", author="Versicherer")])


# ---- batch 4 ---------------------------------------------------------------

M("C", "de", "insurer-to-customer", "parking damage caused by the customer, note from a witness on the windscreen: named customer, plates, claim no.",
  frm=ADDR("brenner"), to="Dr. Annette Schoppmann <a.schoppmann@uni-koeln.example>",
  subj="Parkschaden vom 26.05. – Ihre Stellungnahme, KH 26-018544",
  date="2026-06-01 10:21", client="thunderbird",
  body="""Sehr geehrte Frau Dr. Schoppmann,

uns liegt eine Schadenmeldung von Herrn Jan-Ole Petersen vor. Er gibt an, dass Sie am 26.05.2026 gegen 16 Uhr auf dem Parkplatz des Rewe-Markts in der Zülpicher Straße beim Ausparken mit Ihrem Fahrzeug (K-AS 4040, Vertrag KF 46 280 113) seinen geparkten Ford Fiesta (K-JP 615) am hinteren Kotflügel gestreift haben. Eine Zeugin hat ihm einen Zettel mit Ihrem Kennzeichen hinter den Scheibenwischer geklemmt.

Bevor wir den Schaden regulieren, möchten wir Ihnen Gelegenheit zur Stellungnahme geben:

- Haben Sie den Zusammenstoß bemerkt?
- Gibt es an Ihrem Fahrzeug Spuren (bitte ggf. ein Foto der Stoßstange hinten rechts)?

Bitte antworten Sie uns innerhalb von zwei Wochen. Ohne Ihre Rückmeldung müssen wir anhand der Zeugenaussage entscheiden; eine Zahlung würde Ihren Schadenfreiheitsrabatt in der Kfz-Haftpflicht betreffen.

Mit freundlichen Grüßen""",
  sig="brenner", sigstyle="short")

M("S", "en", "insurer-to-claimant", "answer to the injured pedestrian: advance on pain and suffering, hospital records and sick notes requested (her mail quoted)",
  frm=ADDR("kaya"), to="Joanne Fletcher <jo.fletcher@sky.example>",
  subj="Re: Accident in the car park at Cologne Bonn Airport – our ref. KH 26-015402",
  date="2026-04-22 15:06", irt="<CAF3k9xP2mQ7-vW1@mail.sky.example>", client="outlook",
  body="""Dear Ms Fletcher,

I'm sorry about your injury and I hope the operation went well. I am handling your claim; our reference is KH 26-015402.

Our policyholder has confirmed the accident, and we accept liability. To settle your claim as quickly as possible, please send:

1. the discharge report of the hospital in Porz am Rhein (surgery for the ankle fracture on 17 April),
2. your fit notes from your GP in Leeds,
3. confirmation of your salary from your school (payslips for the last three months) and of any sick pay you received,
4. the receipts for the extra hotel nights, the new flight and the wheelchair assistance.

We will transfer an advance payment of EUR 2,500 on account of pain and suffering this week. Please give us your bank details (IBAN or UK sort code and account number).

Please use our secure upload link for the medical documents – I'll send it to you in a separate e-mail.

Kind regards""",
  sig="kaya",
  quote=OQ("Joanne Fletcher <jo.fletcher@sky.example>", "19 April 2026 21:30", "schaden@versicherer.example",
           "Accident in the car park at Cologne Bonn Airport",
           """I fell and broke my right ankle (bimalleolar fracture). I was taken to the hospital in Porz am Rhein, where I had an operation with plates and screws on 17 April. [...] I will be in a cast for six weeks and cannot work (I am a primary school teacher).""", lang="en"))

M("N", "de", "internal", "trap: information-security rule: no claims reports via messenger apps; no person or claim",
  frm=ADDR("fischer"), to="KS-alle@versicherer.example",
  subj="Erinnerung: Keine Schadenfotos und Arztberichte über WhatsApp",
  date="2026-06-02 09:00", client="outlook", importance="high",
  body="""Liebe Kolleginnen und Kollegen,

uns haben mehrere Hinweise erreicht, dass Kundinnen und Kunden im Außendienst gebeten werden, Fotos, Rechnungen oder sogar Arztberichte per WhatsApp an dienstliche oder private Handys zu schicken.

Das ist nicht erlaubt. Gründe:
- Messenger-Inhalte landen außerhalb unserer Systeme und werden nicht archiviert (Aufbewahrungspflicht).
- Gesundheitsdaten unterliegen besonderem Schutz; eine Übertragung über private Apps verletzt unsere Datenschutzvorgaben.
- Bei Verlust des Handys sind die Daten ungeschützt.

Stattdessen:
- Schadenfotos: Upload-Link aus dem Schadensystem (SMS an den Kunden) oder Schaden-App.
- Medizinische Unterlagen: ausschließlich SecureMail-Portal oder Post.

Wer Daten bereits per Messenger erhalten hat, meldet sich bitte bei der Informationssicherheit – wir helfen beim Übertragen ins System und beim Löschen.

Danke für eure Unterstützung!
Tim Fischer""",
  sig="fischer", sigstyle="short")

M("N", "en", "newsletter", "everyday: press release with annual claims figures (nat cat, motor, burglary); aggregates only",
  frm="Versicherer Press Office <presse@versicherer.example>", to="press-list-en@versicherer.example",
  subj="Press release: Versicherer paid EUR 1.9bn in property and casualty claims in 2025",
  date="2026-03-25 10:00", client="system", mailer="Microsoft Outlook 16.0",
  body="""PRESS RELEASE

Versicherer paid EUR 1.9bn in property and casualty claims in 2025
Storms and hail drive natural catastrophe losses; fewer burglaries

Cologne, 25 March 2026 – Versicherer Allgemeine Versicherung AG settled around 612,000 property and casualty claims in 2025, paying a total of EUR 1.9bn to customers and injured third parties.

Key figures:
- Natural catastrophes: 96,000 claims, EUR 412m (2024: EUR 298m), mainly hail in June and the storm series in October.
- Motor: 318,000 claims, EUR 1.02bn. The average repair cost per claim rose by 7 % to EUR 4,240, driven by spare part prices and the calibration of driver assistance systems.
- Burglary: 8,900 claims (–6 %), average loss EUR 3,870.
- Water damage: still the most frequent loss in buildings insurance, with 71,000 claims and EUR 291m.

"Our customers increasingly report claims digitally: 58 % of motor claims and 46 % of household claims reached us via app or portal," said Andreas Köhnen, CEO of Versicherer Allgemeine Versicherung AG.

Press contact:
Julia Baumann, Corporate Communications, +49 221 555-1010, presse@versicherer.example""")

M("S", "de", "insurer-to-partner", "rehabilitation management order for a paraplegic motorcyclist (named): diagnoses, clinic, care needs",
  frm=ADDR("kaya"), to="RehaCare Management GmbH – Fallsteuerung <fallsteuerung@rehacare-management.example>",
  subj="Auftrag Reha-Management – Herr Tim Jankowski, KH 26-013318",
  date="2026-04-14 13:44",
  body="""Sehr geehrte Frau Hübner,

wie telefonisch vereinbart beauftragen wir Sie mit dem Reha-Management für Herrn Tim Jankowski, geb. 09.12.1991, Wermelskirchen. Herr Jankowski hat der Einschaltung eines Reha-Dienstes schriftlich zugestimmt (Einverständniserklärung liegt uns vor), sein Anwalt ist informiert.

Medizinischer Stand (laut Zwischenbericht vom 10.04.2026):
- BWK-11/12-Luxationsfraktur, dorsale Stabilisierung am 28.03.2026
- komplette Paraplegie sub Th 11 (ASIA A)
- Unterschenkelschaftfraktur links, Marknagelung
- neurogene Blasen- und Darmfunktionsstörung
- derzeit Erstrehabilitation im Querschnittzentrum BG Klinikum Duisburg, voraussichtlich bis August

Schwerpunkte aus unserer Sicht:
1. Wohnsituation: Herr Jankowski wohnt in einer Wohnung im 2. OG ohne Aufzug; Umbau oder Umzug rechtzeitig vor der Entlassung klären.
2. Hilfsmittel: Aktivrollstuhl, Pkw-Umbau (Handbediengerät).
3. Berufliche Perspektive: bisher Elektroniker im Außendienst; Umschulung/Teilhabe am Arbeitsleben mit der Deutschen Rentenversicherung abstimmen.

Bitte senden Sie Ihren Erstbericht über das SecureMail-Portal.

Mit freundlichen Grüßen""",
  sig="kaya")

M("C", "de", "assessor", "loss adjuster's short report on the burglary claim forwarded internally: jewellery values, customer address, claim no.",
  frm=ADDR("demir"), to=ADDR("wolters"),
  subj="WG: Kurzbericht Einbruch Brandes – HR 55 902 771 / SV-26-0219",
  date="2026-03-20 16:41",
  body="""Ute, fürs Protokoll und falls du nächste Woche in Bad Godesberg bist: Der SV hält den Schaden für plausibel, nur die Uhr ist über der Wertsachengrenze. Ich würde so regulieren wie vorgeschlagen.

Aylin

""" + FW("Sachverständigenbüro Kremer <auftrag@sv-kremer.example>", "19.03.2026, 17:55", "Aylin Demir <aylin.demir@versicherer.example>",
         "Kurzbericht Einbruch Brandes – HR 55 902 771 / SV-26-0219", """Sehr geehrte Frau Demir,

Besichtigung am 12.03.2026 bei Frau Friederike Brandes, Am Lindenhof 3, 53177 Bonn.

Einbruchspuren: Hebelspuren an der Terrassentür (Flügel links, Beschlag auf 12 cm Länge verformt), Einstiegsweg plausibel. Kein Hinweis auf vorgetäuschten Einbruch.

Entwendete Gegenstände und Bewertung:
- MacBook Air M3 (Kaufbeleg 03/2024): 1.349 EUR
- Goldkette 585, ca. 18 g (Foto, Schätzung): 890 EUR
- 2 Ringe 750 mit kleinen Brillanten (Gutachten Juwelier 2019): 2.400 EUR
- Herrenuhr Omega Seamaster, Erbstück (Zertifikat 1998): Wiederbeschaffung ca. 4.800 EUR
- Spielkonsole + Spiele: 620 EUR
- Bargeld: 400 EUR

Hinweis: Die Entschädigungsgrenze für Wertsachen außerhalb eines Tresors beträgt laut Vertrag 20 % der Versicherungssumme (hier 13.000 EUR) und für Bargeld 1.500 EUR; beide Grenzen werden nicht überschritten. Die Uhr liegt über der Einzelgrenze von 2.500 EUR für Schmuck außerhalb von Behältnissen.

Vorschlag: Entschädigung 9.059 EUR zzgl. Reparatur Terrassentür lt. Rechnung Schreinerei.

Mit freundlichen Grüßen
Dipl.-Ing. Volker Kremer"""),
  sig=None)

M("N", "de", "insurer-to-company", "everyday: generic mailing to commercial customers offering a heavy-rain risk check; no person or contract data",
  frm=ADDR("hartmann"), to="firmenkunden-sach@versicherer.example",
  subj="Starkregen-Check für Ihren Betrieb – kostenlos bis 30. Juni",
  date="2026-05-18 09:30", client="outlook",
  body="""Sehr geehrte Damen und Herren,

Starkregen kann jeden Betrieb treffen – nicht nur in Flussnähe. 2025 waren in unserem Firmenkundenbestand über die Hälfte der Elementarschäden Überflutungen durch Starkregen, oft in Kellern, Tiefgaragen und Lagerhallen.

Deshalb bieten wir Ihnen bis 30. Juni einen kostenlosen Starkregen-Check an:
- Begehung durch einen Risikoingenieur (ca. 2 Stunden),
- Bewertung von Rückstausicherung, Lichtschächten, Zufahrten und Lagerung,
- kurzer Bericht mit konkreten Maßnahmen und groben Kosten.

Betriebe, die die empfohlenen Maßnahmen umsetzen, erhalten bis zu 10 % Nachlass auf den Elementarbaustein.

Termin vereinbaren: risikoservice@versicherer.example oder +49 221 555-5200.

Mit freundlichen Grüßen""",
  sig="hartmann")

M("S", "de", "insurer-to-customer", "trip cancellation because the customer's wife was diagnosed with breast cancer and needs chemotherapy",
  frm=ADDR("seidel"), to="Bernhard Köster <b.koester@t-online.example>",
  subj="Reiserücktritt Kreuzfahrt Norwegen – Schaden RR-26-00688",
  date="2026-06-03 14:52",
  body="""Sehr geehrter Herr Köster,

vielen Dank für Ihren Anruf und die Unterlagen. Es tut mir sehr leid, von der Erkrankung Ihrer Frau zu erfahren.

Ihre Frau, Frau Ursula Köster, ist mitversicherte Person in Ihrer Jahres-Reiseversicherung RV 3308 1127. Nach dem Attest der Frauenärztin vom 28.05.2026 wurde bei ihr ein Mammakarzinom festgestellt; ab dem 08.06. beginnt eine Chemotherapie im Brustzentrum des Klinikums Köln-Merheim. Die Kreuzfahrt (Abfahrt 14.06.) können Sie beide deshalb nicht antreten.

Das ist eine unerwartete schwere Erkrankung im Sinne der Bedingungen. Wir erstatten die Stornokosten der Reederei in Höhe von 4.312 EUR (90 % des Reisepreises) abzüglich der Selbstbeteiligung von 20 %, also 3.449,60 EUR. Da Sie den Tarif mit Selbstbeteiligung gewählt haben, lässt sich dieser Abzug leider nicht vermeiden.

Die Zahlung geht in den nächsten Tagen auf Ihr bekanntes Konto. Weitere Unterlagen benötigen wir nicht.

Wir wünschen Ihrer Frau viel Kraft und gute Besserung.

Mit freundlichen Grüßen""",
  sig="seidel")

M("C", "en", "insurer-to-customer", "trip cancellation because of the customer's unexpected redundancy (job loss); named customer, policy; no health data",
  frm=ADDR("seidel"), to="Rafael Moreno <rafael.moreno@gmail.example>",
  subj="Your cancellation claim RR-26-00701 – redundancy",
  date="2026-06-05 11:10",
  body="""Dear Mr Moreno,

thank you for your claim. You had to cancel your trip to Canada (departure 2 July, booking no. CA-88231) because your employer, Spedition Hollmann GmbH, terminated your employment for operational reasons on 20 May 2026.

Unexpected loss of your job due to redundancy by the employer is an insured reason for cancellation under your travel policy RV 6120 4478, provided you were employed without a break for at least 12 months before. To settle the claim please send:

1. the termination letter of your employer,
2. your employment contract or a document showing your start date,
3. the cancellation invoice from the airline/tour operator.

The cancellation costs according to your booking are EUR 2,640. After receipt of the documents we will pay within 10 working days.

Kind regards""",
  sig="seidel")

M("N", "de", "internal", "everyday: controlling note on motor loss ratio Q1/2026 vs. plan, aggregates only",
  frm=ADDR("schmitz"), to="Führungskreis-Schaden@versicherer.example",
  subj="Kfz Q1/2026: Schadenquote 4 Punkte über Plan",
  date="2026-04-20 07:55",
  body="""Guten Morgen,

kurz vorab die Zahlen Q1/2026 Kraftfahrt (brutto, ohne Abwicklung Vorjahre):

Schadenquote 103,4 % (Plan 99,0 %)
Schadenhäufigkeit KH 1,36 % je Quartal (Plan 1,31 %)
Durchschnittsschaden VK 5.120 EUR (Plan 4.800 EUR)

Treiber sind der Orkan im Februar (Teilkasko +9 Mio.) und die weiter steigenden Ersatzteilpreise. Personenschäden liegen im Plan.

Details im Controlling-Bericht am Donnerstag. Bitte die Zahlen noch nicht extern kommunizieren.

Claudia Schmitz""")

M("S", "en", "internal", "special investigation unit report on a suspected staged-accident ring: named suspects, criminal complaint filed",
  frm="Special Investigations Unit <siu@versicherer.example>", to=[ADDR("schreiber"), ADDR("brenner")],
  subj="SIU case 2026-017 – suspected staged accidents Cologne-Kalk – criminal complaint filed",
  date="2026-06-08 17:20", lang="en", client="outlook",
  body="""Carola, Markus,

summary of SIU case 2026-017 (see attached overview):

We identified five motor liability claims between November 2025 and April 2026 with the same pattern: rear-end collisions at night in Cologne-Kalk, older premium cars as "victims", fictitious repair invoices from the same workshop, and always the same two passengers claiming whiplash. Involved persons (all linked via phone numbers and bank accounts):

- Mr Kerem Y. (driver of the "victim" car in three claims)
- Mr Dennis H. (our policyholder in two claims)
- Mr Artur K., owner of Kfz-Service Kalk (invoices)

Total paid so far: EUR 61,380; reserves of EUR 44,000 have been frozen. We filed a criminal complaint for insurance fraud (§ 263 StGB) with the Cologne public prosecutor on 5 June (ref. pending) and reported the claims to the industry's HIS database.

Please do not pay anything on the linked claims and forward any contact from the lawyers to SIU.

SIU – Special Investigations Unit""",
  att=[CSV("SIU_2026-017_Faelle.csv", [["claim", "accident_date", "role_of_policyholder", "persons_involved", "paid_eur", "status"],
                                        ["KH 25-061774", "2025-11-08", "at fault", "Dennis H.; Kerem Y.; 2 passengers", "18420", "frozen"],
                                        ["KH 26-000912", "2026-01-04", "at fault", "Dennis H.; Kerem Y.", "14900", "frozen"],
                                        ["KH 26-006118", "2026-02-07", "at fault", "Sabri T.; Kerem Y.; 2 passengers", "16310", "frozen"],
                                        ["KH 26-011457", "2026-03-14", "at fault", "Mark L.; Artur K.", "11750", "frozen"],
                                        ["KH 26-014006", "2026-04-19", "at fault", "Ilias V.; Kerem Y.", "0", "frozen"]], sep=",")])

M("C", "de", "insurer-to-lawyer", "claimant's lawyer, property damage only: rental car costs and loss of use disputed; named claimant",
  frm=ADDR("brenner"), to="Rechtsanwalt Sebastian Görtz <goertz@verkehrsrecht-goertz.example>",
  subj="Ihr Zeichen 2026/0418 – Mandantin Frau Elena Popescu – unser Zeichen KH 26-012760",
  date="2026-06-09 12:35",
  body="""Sehr geehrter Herr Görtz,

in der Unfallsache Ihrer Mandantin Frau Elena Popescu (Unfall vom 23.03.2026, Venloer Straße) nehmen wir zu Ihrem Schreiben vom 01.06. wie folgt Stellung:

1. Haftung: Nach der inzwischen vorliegenden Verkehrsunfallmitteilung und der Aussage der Zeugin Frau Hanna Esser regulieren wir zu 100 %.
2. Reparaturkosten: 4.118,30 EUR netto laut Rechnung werden gezahlt.
3. Mietwagen: Ihre Mandantin hat 16 Tage einen Mietwagen der Klasse 7 genutzt. Die Reparaturdauer laut Gutachten beträgt 6 Arbeitstage; die Verzögerung durch Ersatzteilengpässe erkennen wir an (3 Tage). Wir erstatten 11 Tage nach dem Normaltarif der Schwacke-Liste abzüglich 10 % Eigenersparnis, zusammen 1.298,00 EUR.
4. Ihre Gebühren erstatten wir aus dem Gegenstandswert von 5.441,30 EUR.

Die Zahlungen erfolgen auf Ihr Kanzleikonto.

Mit freundlichen Grüßen""",
  sig="brenner", disc=1)

M("N", "de", "insurer-to-workshop", "everyday: dispute about paint material surcharges with a workshop company; general rules, no claim or person",
  frm=ADDR("petersen"), to="Karosseriebau Weyer KG <buchhaltung@karosserie-weyer.example>",
  subj="Lackmaterial-Aufschläge – Abrechnung ab Juli",
  date="2026-06-10 15:02",
  body="""Sehr geehrter Herr Weyer,

wir haben in den letzten Monaten bei Ihren Rechnungen Lackmaterial-Aufschläge zwischen 38 und 46 % der Lack-Lohnkosten gesehen. In der Partnervereinbarung sind pauschal 32 % vereinbart (bzw. Abrechnung nach AZT-Lackmaterialindex, wenn die Kalkulation über die Software erfolgt).

Wir bitten Sie, ab 1. Juli wieder nach der Vereinbarung abzurechnen. Für bereits eingereichte Rechnungen nehmen wir keine nachträglichen Kürzungen vor.

Gern können wir im Quartalsgespräch über eine Anpassung sprechen, wenn sich Ihre Einkaufspreise nachweislich erhöht haben – bitte bringen Sie dann die Lieferantenrechnungen mit.

Mit freundlichen Grüßen""",
  sig="petersen")

M("C", "de", "insurer-to-customer", "sewer backflow after heavy rain (natural hazards cover): named customer, buildings policy, claim no.; HTML alternative",
  frm=ADDR("demir"), to="Ralf und Petra Schumacher <familie.schumacher@web.example>",
  subj="Rückstauschaden vom 07.06. – WG 26-011290 – nächste Schritte",
  date="2026-06-09 16:48", client="outlook", html=True,
  body="""Sehr geehrte Frau Schumacher, sehr geehrter Herr Schumacher,

nach dem Starkregen am 07.06.2026 ist in Ihrem Haus Am Weiher 12, 51503 Rösrath, Wasser aus der Kanalisation in den Keller zurückgestaut. Ihre Wohngebäudeversicherung WG 64 118 503 enthält den Baustein Elementar/Rückstau, der Schaden ist also grundsätzlich versichert.

Übersicht:

[[ueb]]

Wichtig: Voraussetzung für die volle Leistung ist eine funktionsfähige Rückstausicherung. Bitte lassen Sie den Installateur bestätigen, ob die Rückstauklappe vorhanden war und gewartet wurde.

Die Selbstbeteiligung für Elementarschäden beträgt laut Vertrag 500 EUR.

Mit freundlichen Grüßen""",
  sig="demir", sigstyle="short",
  tables={"ueb": ([["Bereich", "Zuständig", "Status"],
                   ["Estrich, Putz, Heizungsanlage im Keller", "Wohngebäude (WG 26-011290)", "Trocknung läuft seit 08.06."],
                   ["Waschmaschine, Trockner, Vorräte", "Hausrat (HR 26-011291)", "Liste bitte einreichen"],
                   ["Entsorgung Sperrmüll", "Wohngebäude", "Belege aufbewahren"]], "pad")})

M("S", "de", "insurer-to-customer", "victim legal-expenses cover after the customer was assaulted: injuries, criminal proceedings against the attacker, joinder as co-plaintiff",
  frm=ADDR("lindqvist"), to="Jasmin Adeyemi <jasmin.adeyemi@posteo.example>",
  subj="Opfer-Rechtsschutz – Deckungszusage für die Nebenklage, RS 33 019 774",
  date="2026-06-11 10:02",
  body="""Sehr geehrte Frau Adeyemi,

wir haben Ihre Unterlagen erhalten. Es tut uns sehr leid, was Ihnen passiert ist.

Nach der Strafanzeige wurden Sie am 16.05.2026 an der KVB-Haltestelle Neumarkt von einem Ihnen unbekannten Mann angegriffen und geschlagen; Sie erlitten eine Nasenbeinfraktur und Prellungen und wurden im Krankenhaus Köln-Merheim ambulant behandelt. Die Staatsanwaltschaft Köln hat gegen den Tatverdächtigen Anklage wegen gefährlicher Körperverletzung erhoben.

Ihr Vertrag enthält den Opfer-Rechtsschutz. Wir übernehmen deshalb die Kosten Ihrer Anwältin für

- die Nebenklage im Strafverfahren,
- die Geltendmachung von Schmerzensgeld im Adhäsionsverfahren oder zivilrechtlich,
- einen Antrag nach dem Opferentschädigungsrecht (SGB XIV).

Für die Opfer-Rechtsschutz-Leistungen fällt keine Selbstbeteiligung an.

Mit freundlichen Grüßen""",
  sig="lindqvist")

M("N", "de", "internal", "everyday: heavy-rain warning with activation of the overflow team (internal staffing); no data",
  frm=ADDR("kowalski"), to=["KS-Sach@versicherer.example", "KS-Kraftfahrt-alle@versicherer.example"],
  subj="DWD-Unwetterwarnung Stufe 3 – Überlaufteam ab morgen aktiv",
  date="2026-06-06 13:37", client="mobile",
  body="""Hallo zusammen,

DWD warnt ab heute Abend vor extremem Unwetter (Stufe 3) für Köln, Rhein-Erft und Rhein-Sieg: Starkregen bis 60 l/m² in wenigen Stunden.

Wir aktivieren ab morgen 8 Uhr das Überlaufteam (Liste aus dem April gilt). Hotline-Ansage „Unwetter“ ist geschaltet, Online-Meldestrecke priorisiert Elementarschäden.

Bitte morgen alle, die auf der Liste stehen, um 8:15 kurz in den Teams-Call.

Lena""")

M("N", "en", "insurer-to-partner", "trap: technical coordination with the insurers' association on a claims data exchange format; no persons",
  frm=ADDR("raman"), to="Working Group Claims Data Exchange <ag-schadendaten@verband-versicherer.example>",
  subj="Comments on draft 0.9 of the claims data exchange schema (motor property damage)",
  date="2026-06-12 11:48", lang="en",
  body="""Dear colleagues,

please find below our comments on draft 0.9 of the exchange schema for motor property damage claims between insurers (direct claims settlement and recourse):

1. Field "claimant.birthDate" – we suggest removing it from the standard message. It is not needed to settle property damage between insurers and contradicts data minimisation.
2. "vehicle.vin" should be optional when the registration number is given.
3. Amounts: please use a decimal type with two fraction digits and an explicit currency code instead of integer cents.
4. Attachments: we support the proposal to transfer documents only as references to a secured exchange platform, not inside the message.
5. Versioning: a "schemaVersion" attribute at message level would make the migration from 0.9 to 1.0 easier.

We can provide test messages from our system for the interoperability test in September.

Best regards""",
  sig="raman")

M("C", "en", "insurer-to-broker", "household burglary claim of an expat client reported through a broker: named client, policy, stolen items",
  frm=ADDR("vogel"), to="Sophie Laurent <s.laurent@expat-insurance-partners.example>",
  subj="Re: Burglary – your client Mr James Whitmore, household HR 80 220 514",
  date="2026-06-15 09:26", client="outlook",
  body="""Dear Ms Laurent,

thank you for reporting the burglary on behalf of your client. The claim is registered as HR 26-012077 and handled by my colleague Aylin Demir in our property claims team.

From the list you sent, the main items stolen from Mr Whitmore's flat in Munich-Schwabing (Hohenzollernstraße 41) on 11 June are:
- two laptops (2023, 2024),
- a road bike stored in the locked cellar,
- watches and cufflinks,
- about EUR 300 in cash.

The sum insured of EUR 85,000 is sufficient. As the bike was in a locked cellar, it is covered under the household policy; the separate bicycle theft extension is not needed here.

Please ask Mr Whitmore to send us the police report (Munich police reference 26-0611-3328), the receipts and photos via the broker portal. A loss adjuster will contact him this week.

Kind regards""",
  sig="vogel", sigstyle="short")

M("S", "de", "authority", "public prosecutor's notice of discontinuance (§ 153a StPO against payment) in proceedings against our insured driver; injured cyclist",
  frm=ADDR("schreiber"), to=ADDR("kaya"),
  subj="WG: 221 Js 1187/26 – Einstellung gegen Auflage (Overbeck)",
  date="2026-06-16 14:29",
  body="""Hallo Emre,

zur Akte KH 26-006705: Das Strafverfahren gegen unseren VN wurde nach § 153a StPO gegen Zahlung von 1.500 EUR an die Verkehrswacht eingestellt. Für die zivilrechtliche Haftung ändert das nichts; die Akte (Gutachten zur Geschwindigkeit der Radfahrerin) haben wir inzwischen, ich gebe sie dir morgen.

Carola

""" + FW("Staatsanwaltschaft Bonn <poststelle@sta-bonn.example>", "15.06.2026, 10:12", "carola.schreiber@versicherer.example",
         "221 Js 1187/26 – Mitteilung", """Ermittlungsverfahren gegen Paul Overbeck, geb. 17.06.1959,
wegen fahrlässiger Körperverletzung

Sehr geehrte Damen und Herren,

das Verfahren ist gemäß § 153a Abs. 1 StPO mit Zustimmung des Gerichts und des Beschuldigten vorläufig eingestellt worden. Dem Beschuldigten wurde auferlegt, 1.500,00 EUR an die Deutsche Verkehrswacht e. V. zu zahlen. Nach Erfüllung der Auflage wird das Verfahren endgültig eingestellt.

Die Geschädigte, Frau Miriam Seifert, wurde über die Einstellung unterrichtet. Nach dem vorliegenden Arztbericht der Universitätsklinik Bonn erlitt sie eine Beckenringfraktur Typ B und eine Commotio cerebri.

Mit freundlichen Grüßen
Beckmann, Staatsanwältin"""),
  sig=None)

M("N", "de", "insurer-to-company", "everyday: webinar invitation for property management companies on preventing water damage (ICS); no persons",
  frm=ADDR("hartmann"), to="hausverwaltungen@versicherer.example",
  subj="Webinar für Hausverwaltungen: Leitungswasserschäden vermeiden – 24. Juni",
  date="2026-06-10 10:00", client="outlook",
  body="""Sehr geehrte Damen und Herren,

Leitungswasserschäden sind in Mehrfamilienhäusern der häufigste und teuerste Gebäudeschaden. In unserem 60-minütigen Webinar zeigen wir, was Verwaltungen vorbeugend tun können:

- typische Ursachen nach Baualtersklassen,
- Leckageschutz und smarte Wassermelder – was lohnt sich?,
- Wartungspflichten und was im Schadenfall zu tun ist,
- Zusammenarbeit mit Trocknungsfirmen und Sachverständigen.

Termin: Mittwoch, 24. Juni 2026, 11:00–12:00 Uhr (Microsoft Teams)
Den Einwahllink finden Sie in der angehängten Kalenderdatei.

Mit freundlichen Grüßen""",
  sig="hartmann",
  att=[ICS("Webinar_Leitungswasser.ics", "webinar-lw-20260624@versicherer.example",
           "Webinar: Leitungswasserschäden vermeiden", "20260624T110000", "20260624T120000",
           ("Sven Hartmann", "sven.hartmann@versicherer.example"), location="Microsoft Teams",
           description="Einwahl: https://teams.versicherer.example/l/meetup-join/lw-webinar-2026", method="PUBLISH")])

M("S", "en", "insurer-to-lawyer", "employment legal-expenses cover: client dismissed during pregnancy (maternity protection), pregnancy disclosed to employer",
  frm=ADDR("lindqvist"), to="Catherine Brennan <c.brennan@brennan-employment-law.example>",
  subj="Your client Ms Olivia Grant – dismissal during pregnancy – cover confirmation RS 41 200 558",
  date="2026-06-17 16:04", lang="en",
  body="""Dear Ms Brennan,

thank you for your request for cover dated 12 June.

Your client, our policyholder Ms Olivia Grant, informed her employer, Fintech Quarter GmbH in Frankfurt, on 27 May that she is pregnant (expected date of delivery 3 December 2026) and presented the certificate of her gynaecologist. She received a notice of termination on 5 June. As a dismissal during pregnancy is void under section 17 of the Maternity Protection Act unless the authority approved it, you intend to file an action with the Frankfurt labour court.

We confirm cover under the employment legal expenses section of the policy for the action at first instance, including the claim for continued remuneration. The waiting period has been completed (policy start 1 January 2023).

Please send us a copy of the statement of claim once filed.

Kind regards""",
  sig="lindqvist")

M("C", "de", "insurer-to-customer", "windscreen chip repair: named customer, plate, partial cover policy; short",
  frm=ADDR("petersen"), to="Nele Grabowski <nele.grabowski@icloud.example>",
  subj="Steinschlag – Termin bei ScheibenProfi",
  date="2026-06-18 08:12", client="mobile",
  body="""Hallo Frau Grabowski,

Ihr Termin für die Steinschlagreparatur am Polo (D-NG 2210) ist am Freitag 19.06. um 15:30 bei ScheibenProfi Düsseldorf-Bilk, Aachener Str. 61. Da repariert statt getauscht wird, zahlen Sie aus Ihrer Teilkasko (KF 52 004 671) keine Selbstbeteiligung.

Gruß
Lars Petersen""")

M("N", "en", "internal", "trap: top-10 causes of liability claims 2025 (windows-1252 CSV, aggregated) for the reinsurance team",
  frm=ADDR("schmitz"), to=ADDR("stone"),
  subj="Top 10 causes – private liability 2025",
  date="2026-06-19 13:18", lang="en",
  body="""Rebecca,

as promised, the top 10 causes of private liability claims 2025 (counts and paid amounts, no individual claims). The CSV comes straight out of the data warehouse, so it is Windows encoded.

Claudia""",
  att=[CSV("PH_Top10_Ursachen_2025.csv", [["Rang", "Ursache", "Anzahl", "Zahlungen EUR", "Ø Schaden EUR"],
                                         ["1", "Mietsachschaden Wohnung (Böden, Türen)", "18422", "21.110.000", "1.146"],
                                         ["2", "Leitungswasser bei Dritten", "9870", "27.402.000", "2.776"],
                                         ["3", "Brillen, Handys fremd beschädigt", "9214", "3.301.000", "358"],
                                         ["4", "Schlüsselverlust", "6011", "4.902.000", "815"],
                                         ["5", "Kinder (deliktsunfähig, Kulanz)", "4487", "2.018.000", "450"],
                                         ["6", "Fahrrad – Personenschaden Fußgänger", "812", "9.877.000", "12.164"],
                                         ["7", "Hund / Tierhalter", "2390", "3.944.000", "1.650"],
                                         ["8", "Sport (Fußball, Ski)", "1344", "4.106.000", "3.055"],
                                         ["9", "Grundstück / Verkehrssicherung", "977", "6.511.000", "6.664"],
                                         ["10", "Sonstiges", "3350", "2.774.000", "828"]], enc="cp1252", sub="excel")])

M("C", "en", "insurer-to-claimant", "liability: the customer's son broke the neighbours' window with a football; named parties and claim no.",
  frm=ADDR("oltmanns"), to="Mark and Lisa Henderson <hendersons@gmail.example>",
  subj="Broken window – claim PH 26-012540 (Althoff)",
  date="2026-06-22 11:57", lang="en", client="thunderbird",
  body="""Dear Mr and Mrs Henderson,

we are the private liability insurer of your neighbours, Mr and Mrs Althoff. They told us that on 14 June their son's football broke the double-glazed window of your conservatory at Weidenweg 6.

Nobody was hurt, and the Althoffs have confirmed what happened. We will therefore pay for the replacement of the window pane. Please send us:

- the invoice or quote of the glazier,
- your bank details (IBAN and account holder).

If you have a glass insurance policy for your home, you are free to claim from it instead; in that case please let us know so that we can settle with your insurer.

Kind regards""",
  sig="oltmanns", sigstyle="short")

M("N", "de", "insurer-to-broker", "everyday: broker information on new tariff clauses for water damage deductibles (ODT); generic",
  frm=ADDR("reuter"), to="makler-nord@versicherer.example",
  subj="Wohngebäudetarif 2026/2: neue Selbstbehaltsregel Leitungswasser",
  date="2026-06-23 10:40",
  body="""Liebe Maklerpartnerinnen und Maklerpartner,

zum 1. Oktober führen wir im Wohngebäudetarif eine neue Selbstbehaltsregel für Leitungswasserschäden ein. Die Einzelheiten und Formulierungshilfen für Ihre Kundengespräche finden Sie in der beigefügten Produktinformation.

Für bestehende Verträge ändert sich nichts, solange sie nicht umgestellt werden.

Viele Grüße aus Hamburg""",
  sig="reuter",
  att=[ODT("Produktinfo_WG_2026-2.odt", [
      ("h", "Produktinformation Wohngebäude 2026/2"),
      "Gültig für Neugeschäft ab 01.10.2026.",
      ("h", "Neue Selbstbehaltsregel Leitungswasser"),
      "Für Gebäude, deren Trinkwasserleitungen älter als 40 Jahre sind und nicht saniert wurden, gilt ein Selbstbehalt von 1.000 EUR je Leitungswasserschaden. Für sanierte Gebäude und Neubauten bleibt es beim gewählten Selbstbehalt (0, 250 oder 500 EUR).",
      ("t", [["Gebäudealter / Leitungen", "Selbstbehalt LW", "Beitragsnachlass"],
             ["Neubau (< 10 Jahre)", "wählbar", "bis 15 %"],
             ["saniert (Nachweis)", "wählbar", "bis 10 %"],
             ["> 40 Jahre, nicht saniert", "1.000 EUR fest", "-"]]),
      "Rückfragen: Maklerbetreuung Region Nord."])])


# ---- batch 5 ---------------------------------------------------------------

M("N", "de", "newsletter", "everyday: workshop network newsletter 2/2026 (text + HTML): high-voltage certification, new partners; no customer data",
  frm="Versicherer Werkstattnetz <werkstattnetz@versicherer.example>", to="partnerwerkstaetten@versicherer.example",
  subj="Werkstattnetz-Info 2/2026: Hochvolt-Zertifizierung, Durchlaufzeiten, zwei neue Partner",
  date="2026-07-01 08:00", client="system", mailer="Microsoft Outlook 16.0", html=True,
  body="""Sehr geehrte Partnerbetriebe,

1. Hochvolt-Zertifizierung
Ab 1. Januar 2027 steuern wir Elektro- und Hybridfahrzeuge nur noch an Betriebe mit mindestens zwei Mitarbeitenden mit Hochvolt-Qualifikation Stufe 2S. Bitte laden Sie Ihre Nachweise bis Ende Oktober im Partnerportal hoch.

2. Durchlaufzeiten im 1. Halbjahr

[[dlz]]

3. Neue Partner
Willkommen an Karosserie & Lack Demirtaş (Troisdorf) und das Autohaus Siebengebirge (Königswinter).

4. Sommerpause
Die Freigabestelle ist vom 27.07. bis 07.08. nur vormittags besetzt; digitale Kostenvoranschläge werden weiter automatisch geprüft.

Mit freundlichen Grüßen
Ihr Team Schadensteuerung / Partnerwerkstätten""",
  tables={"dlz": ([["Schadenart", "Ø Tage 1. HJ 2025", "Ø Tage 1. HJ 2026"],
                   ["Haftpflicht Karosserie", "8,4", "7,6"],
                   ["Kasko Karosserie", "8,9", "8,1"],
                   ["Glas", "2,7", "1,9"],
                   ["Hagel (Ausbeulen)", "6,2", "5,5"]], "pad")})

M("S", "de", "insurer-to-customer", "motor liability: the other driver (pregnant) was examined in hospital after the collision; claims explained to our customer",
  frm=ADDR("kaya"), to="Florian Bergmann <florian.bergmann@gmx.example>",
  subj="Unfall vom 29.06.2026 – Ansprüche der Unfallgegnerin, KH 26-020113",
  date="2026-07-06 11:04",
  body="""Sehr geehrter Herr Bergmann,

zu Ihrem Unfall am 29.06.2026 in Hürth (Auffahrunfall an der Ampel Luxemburger Straße) liegt uns inzwischen die Anspruchsanmeldung der Unfallgegnerin, Frau Yasemin Kaplan, vor.

Frau Kaplan war zum Unfallzeitpunkt in der 30. Schwangerschaftswoche. Sie wurde vorsorglich in die Frauenklinik des Klinikums Hürth gebracht und dort zwei Tage überwacht (CTG-Kontrollen, Ultraschall); Mutter und Kind geht es nach ihren Angaben gut. Außerdem klagt sie über Nackenschmerzen.

Wir werden die Ansprüche von Frau Kaplan (Krankenhauskosten über ihre Krankenkasse, Schmerzensgeld, Fahrzeugschaden) direkt mit ihr bzw. ihrem Anwalt regulieren. Für Sie bedeutet das eine Rückstufung in der Kfz-Haftpflicht; die genaue Berechnung erhalten Sie nach Abschluss des Schadens.

Bitte senden Sie uns noch Ihre eigene Schilderung des Unfalls (die Schadenanzeige im Anhang unseres Briefes).

Mit freundlichen Grüßen""",
  sig="kaya")

M("C", "de", "insurer-to-customer", "lightning surge damaged the customer's electronics: household claim no., device list, customer name",
  frm=ADDR("demir"), to="Monika Dreesen <monika.dreesen@web.example>",
  subj="Überspannungsschaden nach Gewitter – HR 26-013902",
  date="2026-07-08 15:20", client="thunderbird",
  body="""Liebe Frau Dreesen,

vielen Dank für die Fotos und den Bericht des Elektrikers. Ich habe den Überspannungsschaden vom 02.07.2026 in Ihrer Hausratversicherung HR 47 336 021 aufgenommen.

Laut Bericht von Elektro Winkelhag sind durch einen Blitzeinschlag in der Nähe folgende Geräte defekt:

  Fernseher Samsung 55", gekauft 2022        kein Reparaturweg, Neuwert 899 EUR
  Router / WLAN-Repeater                     Neuwert 249 EUR
  Kaffeevollautomat (Platine)                Reparatur 186 EUR
  Garagentorantrieb                          gehört zum Gebäude -> Wohngebäude

Der Garagentorantrieb ist Gebäudebestandteil; da Ihr Wohngebäude nicht bei uns versichert ist, melden Sie ihn bitte Ihrem Gebäudeversicherer.

Ihre Hausratversicherung zahlt den Neuwert. Wir überweisen 1.334 EUR auf Ihr Konto, sobald Sie uns die Rechnung für den neuen Fernseher schicken (oder die Kaufbelege der alten Geräte).

Herzliche Grüße""",
  sig="demir", sigstyle="short")

M("N", "en", "insurer-to-company", "everyday: fleet risk management seminar offer to corporate clients; generic, no persons or contracts",
  frm=ADDR("brooks"), to="fleet-managers@versicherer.example",
  subj="Free driver safety training for your fleet – autumn dates",
  date="2026-07-09 10:30", client="outlook",
  body="""Dear fleet managers,

fewer accidents mean lower premiums – and fewer of your colleagues hurt on the road. That is why we again offer our fleet customers free driver safety training this autumn, together with the ADAC driving safety centre in Grevenbroich.

What's included:
- half-day practical training for van and car drivers (braking, evasive manoeuvres, load securing),
- theory module "distraction and fatigue",
- a personal feedback sheet for each participant (not shared with the employer or with us).

Dates: 15 and 29 September, 13 and 27 October 2026; up to 12 participants per date.

Fleets with more than 20 vehicles can book a dedicated date. Please register via your account manager.

Kind regards""",
  sig="brooks")

M("S", "en", "insurer-to-customer", "baggage claim including replacement of the customer's insulin and glucose sensors abroad (diabetes)",
  frm=ADDR("seidel"), to="Michael Osei-Bonsu <m.oseibonsu@outlook.example>",
  subj="Delayed baggage in Lisbon – claim RG-26-01102",
  date="2026-07-13 12:48",
  body="""Dear Mr Osei-Bonsu,

thank you for your claim and the receipts. Your suitcase arrived in Lisbon 3 days late (airline report LISTP77120).

Under your travel policy RV 7702 1185 we cover necessary purchases during a baggage delay of more than 6 hours, up to EUR 500. You bought:

- clothing and toiletries: EUR 212.40
- insulin pens (insulin aspart), 2 packs, and Freestyle glucose sensors, because your type 1 diabetes medication was in the delayed suitcase: EUR 286.90 at the Farmácia Estácio

Both are covered, and the total of EUR 499.30 is just within the limit, so we will refund the full amount.

A tip for your next trip: keep medication and sensors in your hand luggage – airlines allow this with a doctor's certificate.

Kind regards""",
  sig="seidel")

M("C", "en", "insurer-to-customer", "kitchen fire in a rented flat (pan fire), no injuries: named customer, household claim no., landlord",
  frm=ADDR("demir"), to="Liam Gallagher-Roth <liam.gr@mailbox.example>",
  subj="Kitchen fire on 10 July – your household claim HR 26-014215",
  date="2026-07-14 09:33",
  body="""Dear Mr Gallagher-Roth,

I'm glad to hear that nobody was hurt when the oil in the pan caught fire last Friday and that you were able to put it out with the fire blanket.

Your household policy HR 59 004 110 covers the damage to your own belongings caused by fire and smoke: the extractor fan you bought yourself, kitchen utensils, the curtains and the cleaning of clothes and textiles affected by soot.

The fitted kitchen and the walls belong to your landlord (Wohnbau Kalk eG) and are covered by the buildings insurance of the landlord. Please inform them if you haven't done so yet. If the landlord's insurer later claims that you caused the fire negligently, your private liability insurance with us would help – but don't worry about that for now.

Next steps: please send us a list of the damaged items with photos. For the soot cleaning we can send a specialist company; just let me know a good date.

Kind regards""",
  sig="demir")

M("N", "de", "internal", "trap: standard text blocks for reducing rental car costs with «placeholders»; no real case",
  frm=ADDR("ahrens"), to="KS-Kraftfahrt-alle@versicherer.example",
  subj="Textbausteine Mietwagen – aktualisiert nach BGH-Urteil",
  date="2026-07-15 14:02", client="outlook",
  body="""Hallo zusammen,

nach dem aktuellen BGH-Urteil zur Schätzung von Mietwagenkosten (Mittelwert Schwacke/Fraunhofer) habe ich die Textbausteine MW-03 und MW-04 angepasst. Neue Fassung:

MW-03 (Kürzung Tarif)
„Sehr geehrte«r» «Anrede» «Nachname», die geltend gemachten Mietwagenkosten von «Betrag_Rechnung» EUR übersteigen den ortsüblichen Normaltarif. Nach der Rechtsprechung des BGH schätzen wir den erforderlichen Betrag anhand des arithmetischen Mittels der Schwacke-Liste und des Fraunhofer-Marktpreisspiegels auf «Betrag_erstattet» EUR. Eine Eigenersparnis von «Prozent» % haben wir berücksichtigt.“

MW-04 (Dauer)
„Die Mietdauer von «Tage_Miete» Tagen übersteigt die im Gutachten genannte Reparaturdauer von «Tage_Gutachten» Arbeitstagen zuzüglich «Tage_Zuschlag» Tagen für Beauftragung und Teilebeschaffung. Für die darüber hinausgehende Zeit ist eine Erstattung nicht möglich.“

Die Bausteine sind ab morgen im Textsystem freigeschaltet.

Kai""")

M("S", "de", "insurer-to-authority", "answer to a police information request in a hit-and-run investigation: policyholder and driver data of a suspect vehicle (criminal proceedings)",
  frm=ADDR("schreiber"), to="Polizei Köln – KK 33 (Verkehrsunfallflucht) <kk33@polizei-koeln.example>",
  subj="Ihr Auskunftsersuchen vom 10.07.2026 – Az. 260703-1912-114005 (Verkehrsunfallflucht mit Personenschaden)",
  date="2026-07-14 16:22", disc=1,
  body="""Sehr geehrte Damen und Herren,

auf Ihr Auskunftsersuchen gemäß § 161 StPO im Ermittlungsverfahren wegen unerlaubten Entfernens vom Unfallort und fahrlässiger Körperverletzung (Unfall vom 03.07.2026, Köln-Nippes, verletzter Fußgänger) teilen wir Folgendes mit:

Für das Fahrzeug mit dem amtlichen Kennzeichen K-DR 8813 (Opel Astra, FIN W0V0VZF4836010042) besteht bei uns eine Kfz-Haftpflichtversicherung (Vertrag KF 55 021 897).

Versicherungsnehmer und Halter: Herr Dominik Reiß, geb. 22.02.1996, Neusser Straße 288, 50733 Köln
Als weitere Fahrerin ist gemeldet: Frau Laura Reiß, geb. 14.09.1998, gleiche Anschrift

Eine Schadenmeldung zum 03.07.2026 liegt uns bisher nicht vor. Weitere Angaben (z. B. Telematikdaten) liegen nicht vor bzw. dürfen wir ohne richterlichen Beschluss nicht herausgeben.

Mit freundlichen Grüßen
Im Auftrag""",
  sig="schreiber", sigstyle="short")

M("C", "de", "insurer-to-customer", "legal-expenses cover for a used-car purchase dispute (concealed accident damage): named customer, seller, policy",
  frm=ADDR("lindqvist"), to="Tobias Hansen <tobias.hansen@t-online.example>",
  subj="Ihre Deckungsanfrage – Rücktritt vom Gebrauchtwagenkauf, RS 29 447 310",
  date="2026-07-16 10:57",
  body="""Sehr geehrter Herr Hansen,

Sie haben am 04.05.2026 bei Autohandel Sonnenschein in Frechen einen gebrauchten Audi A3 für 18.900 EUR gekauft. Laut dem Gutachten der DEKRA vom 30.06. hatte das Fahrzeug einen erheblichen, nicht offenbarten Unfallschaden (Längsträger instandgesetzt). Sie möchten vom Kaufvertrag zurücktreten und den Kaufpreis zurück.

Der Vertrags-Rechtsschutz ist in Ihrem Vertrag RS 29 447 310 enthalten, die Wartezeit von drei Monaten ist abgelaufen. Wir erteilen Kostendeckung für

- die außergerichtliche Geltendmachung des Rücktritts durch einen Rechtsanwalt,
- ein Klageverfahren in erster Instanz vor dem Landgericht Köln.

Die Kosten des DEKRA-Gutachtens (690 EUR) übernehmen wir ebenfalls, da es zur Beweissicherung notwendig war.

Selbstbeteiligung: 250 EUR.

Mit freundlichen Grüßen""",
  sig="lindqvist", disc=2)

M("N", "de", "internal", "everyday: new settlement authority for field adjusters (immediate settlement up to 2,000 EUR); process only",
  frm=ADDR("wolters"), to="Schadenaussendienst@versicherer.example", cc=ADDR("demir"),
  subj="Sofortregulierung vor Ort: neue Vollmacht bis 2.000 EUR ab 01.08.",
  date="2026-07-17 07:40",
  body="""Hallo Kolleginnen und Kollegen,

ab 1. August dürfen wir im Außendienst Sachschäden bis 2.000 EUR direkt vor Ort abschließend regulieren (bisher 1.000 EUR). Voraussetzungen:

- Deckung im System geprüft (App zeigt grünes Häkchen),
- keine Hinweise auf Vorschäden oder Manipulation,
- Kunde unterschreibt die Abfindungserklärung digital auf dem Tablet.

Nicht erlaubt bleibt die Sofortregulierung bei Personenschäden, bei Gewerbekunden und wenn ein Regress in Frage kommt.

Die Zahlung wird nach Unterschrift automatisch angewiesen und ist am nächsten Werktag auf dem Konto des Kunden.

Schulung dazu: Teams-Termin am 28.07., 8:30 Uhr.

Viele Grüße
Ute""",
  sig="wolters", sigstyle="short")

M("C", "de", "witness", "witness statement of a named bystander forwarded to the opposing insurer; plates and claim no., property damage only",
  frm=ADDR("brenner"), to="Schadenabteilung – Rheinische Kraftfahrt VVaG <kh-schaden@rheinische-kraftfahrt.example>",
  subj="Ihr Schaden 4-26-771903 / unser KH 26-019470 – Zeugenaussage Frau Dorothea Klein",
  date="2026-07-20 13:16", client="outlook",
  body="""Sehr geehrte Damen und Herren,

zur Klärung der Haftungsfrage in der oben genannten Sache (Unfall vom 02.07.2026, Kreisverkehr Dürener Straße, Fahrzeuge BM-TW 410 Ihres VN Herrn Thomas Wirtz und K-LB 927 unserer VN Frau Lisa Brückner) übersende ich Ihnen die Aussage der unbeteiligten Zeugin. Es entstand nur Sachschaden.

Nach der Aussage ist Ihr Versicherungsnehmer in den Kreisverkehr eingefahren, ohne die Vorfahrt unserer VN zu beachten. Wir bitten daher um Ihre Haftungsbestätigung zu 100 %.

Mit freundlichen Grüßen
Markus Brenner

""" + OQ("Dorothea Klein <doro.klein@gmx.example>", "Samstag, 18. Juli 2026 10:42", "Markus Brenner <markus.brenner@versicherer.example>",
         "AW: Zeugenfragebogen Unfall 02.07. Kreisverkehr", """Hallo Herr Brenner,

hier meine Antworten, ich habe den Fragebogen nicht ausdrucken können:

Ich stand mit meinem Fahrrad an der Fußgängerfurt am Kreisverkehr, ca. 10 m entfernt. Der rote Kleinwagen (Kennzeichen fing mit K-LB an) fuhr schon im Kreisel. Der graue SUV kam von der Dürener Straße und ist ohne zu bremsen reingefahren, der Fahrer hat nach links geguckt, aber nicht angehalten. Dann hat es geknallt. Beide Fahrer sind ausgestiegen und haben sich angeschrien, verletzt war aber niemand.

Ich kenne keinen der beiden Fahrer.

Dorothea Klein
Gleueler Straße 140, 50931 Köln""", cc=None),
  sig=None)

M("S", "de", "insurer-to-lawyer", "liability claim of a self-employed physiotherapist hit by a falling roof tile: head wound, concussion, loss of earnings",
  frm=ADDR("oltmanns"), to="Rechtsanwältin Svenja Borchardt <borchardt@haftungsrecht-koeln.example>",
  subj="Ihre Mandantin Frau Carla Nikolić – Dachziegel Lindenallee 3 – unser Zeichen HG 26-004127",
  date="2026-07-21 15:45",
  body="""Sehr geehrte Frau Borchardt,

wir sind Haus- und Grundbesitzerhaftpflichtversicherer der Eigentümergemeinschaft Lindenallee 3, Köln-Marienburg.

Ihre Mandantin wurde am 12.06.2026 beim Vorbeigehen von einem herabfallenden Dachziegel getroffen. Laut dem übersandten Arztbrief der Uniklinik Köln erlitt sie eine 6 cm lange Kopfplatzwunde und eine Gehirnerschütterung; sie wurde eine Nacht zur Überwachung stationär aufgenommen. Anschließend bestand wegen anhaltender Kopfschmerzen und Schwindel Arbeitsunfähigkeit bis 10.07.2026.

Die Haftung (§ 836 BGB) erkennen wir dem Grunde nach an; die Dachsanierung war seit 2024 überfällig.

Zum Verdienstausfall: Ihre Mandantin ist als Physiotherapeutin selbstständig tätig. Für die Berechnung benötigen wir die Einkommensteuerbescheide 2023–2025, die betriebswirtschaftlichen Auswertungen Januar bis Juli 2026 und eine Aufstellung der ausgefallenen Behandlungstermine (ohne Patientennamen).

Ein Schmerzensgeld von 2.000 EUR bieten wir an; 1.000 EUR überweisen wir vorab.

Mit freundlichen Grüßen""",
  sig="oltmanns")

M("N", "en", "insurer-to-broker", "trap: portfolio statistics for a broker company (GmbH) by line of business; aggregates, no customers",
  frm=ADDR("vogel"), to="Stefanie Huber – Huber Assekuranzmakler GmbH <s.huber@huber-assekuranz.example>",
  subj="Portfolio review H1 2026 – Huber Assekuranzmakler GmbH",
  date="2026-07-22 09:10",
  body="""Dear Ms Huber,

as agreed, here are the key figures for the portfolio of Huber Assekuranzmakler GmbH with us for the first half of 2026, ahead of our meeting on 5 August:

[[pf]]

Motor has improved thanks to the fleet renewals you negotiated in spring. In household, the burglary frequency is very low. The buildings loss ratio is driven by two large water damage claims, both settled.

Looking forward to seeing you in Munich.

Kind regards""",
  sig="vogel", html=True, client="outlook",
  tables={"pf": ([["Line", "Policies", "Gross premium EUR", "Claims H1", "Loss ratio"],
                  ["Motor", "1,284", "1,112,400", "148", "71 %"],
                  ["Household", "2,031", "298,700", "37", "33 %"],
                  ["Buildings", "612", "455,900", "52", "88 %"],
                  ["Private liability", "1,877", "121,300", "41", "46 %"],
                  ["Legal expenses", "944", "267,800", "109", "62 %"]], "pad")})

M("S", "en", "insurer-to-assessor", "instruction to a psychiatrist: claimant with post-traumatic stress disorder after a motorway crash, medical history",
  frm=ADDR("kaya"), to="Dr. med. Helen Maurer – Psychiatric Expert Opinions <praxis@dr-maurer-gutachten.example>",
  subj="Request for a psychiatric expert opinion – claimant Mr Aleksander Nowak, our ref. KH 26-009951",
  date="2026-07-23 11:31",
  body="""Dear Dr Maurer,

we would like to instruct you to prepare a psychiatric expert opinion on the following claimant, who has agreed to the examination via his lawyer:

Mr Aleksander Nowak, born 5 March 1983, lorry driver, living in Cologne (speaks German and Polish; an interpreter is not required).

On 3 February 2026 our policyholder's car crossed the central reservation of the A 4 and collided head-on with Mr Nowak's lorry. Our policyholder's passenger died at the scene. Mr Nowak suffered only minor physical injuries (bruising of the chest) but has since been treated by a psychiatrist for post-traumatic stress disorder (F43.1) with flashbacks, insomnia and fear of driving. He is on sertraline 100 mg and has been unable to work since the accident.

Questions:
1. Diagnosis according to ICD-10 and its causal link to the accident,
2. expected duration of the incapacity for work and prognosis for returning to professional driving,
3. any pre-existing mental conditions relevant to the claim.

The medical records will be made available to you through our secure portal.

Kind regards""",
  sig="kaya")

M("N", "de", "insurer-to-supplier", "everyday: price negotiation with a drying company (GmbH) for water damage services; no claims or persons",
  frm=ADDR("krueger"), to="Hydrotec Trocknungstechnik GmbH <angebote@hydrotec.example>",
  subj="Preisliste 2027 – Gegenangebot",
  date="2026-07-27 14:55",
  body="""Sehr geehrter Herr Kurzawa,

vielen Dank für Ihre Preisliste 2027. Die angekündigte Erhöhung um 9,5 % können wir in dieser Höhe nicht akzeptieren. Unser Gegenvorschlag:

- Gerätemiete Kondenstrockner: 6,90 EUR/Tag (statt 7,60 EUR)
- Stromkostenpauschale: nach Zählerstand, nicht pauschal
- Leckageortung: 295 EUR Festpreis bis 3 Stunden
- Anfahrt: im Stadtgebiet Köln/Bonn frei

Im Gegenzug sichern wir Ihnen für 2027 eine Mindestabnahme von 1.800 Aufträgen im Großraum Köln/Bonn zu.

Bitte geben Sie mir bis 14.08. Bescheid.

Mit freundlichen Grüßen""",
  sig="krueger", sigstyle="short")

M("C", "de", "insurer-to-claimant", "cyclist's damaged bike after being cut off by our insured's car; cyclist unhurt, named parties and claim no.",
  frm=ADDR("brenner"), to="Moritz Engelhardt <moritz.engelhardt@posteo.example>",
  subj="Ihr Fahrradschaden vom 15.07.2026 – KH 26-021055",
  date="2026-07-28 09:49",
  body="""Hallo Herr Engelhardt,

danke für Ihre Schadenmeldung. Unsere Versicherungsnehmerin, Frau Ruth Wegener (Fahrzeug K-RW 77), hat bestätigt, dass sie Ihnen am 15.07. beim Rechtsabbiegen in die Bonner Straße die Vorfahrt genommen hat. Gut, dass Sie sich rechtzeitig abfangen konnten und unverletzt geblieben sind.

Für Ihr Rennrad (Canyon Endurace, Baujahr 2023) haben Sie einen Kostenvoranschlag über 1.120 EUR eingereicht (Laufrad vorn, Gabel, Schaltwerk). Den erstatten wir vollständig, außerdem die beschädigte Radhose (60 EUR) und eine Kostenpauschale von 25 EUR.

Bitte teilen Sie uns Ihre Bankverbindung mit, dann überweisen wir 1.205 EUR.

Viele Grüße""",
  sig="brenner", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: portal password reset mail with link; no content",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="florian.bergmann@gmx.example",
  subj="Passwort zurücksetzen – SecureMail-Portal",
  date="2026-07-07 19:03", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

Sie haben angefordert, Ihr Passwort für das SecureMail-Portal zurückzusetzen und Ihre Sicherheitsfrage richtig beantwortet.

Über den folgenden Link können Sie ein neues Passwort vergeben. Der Link ist 30 Minuten gültig:
https://securemail.versicherer.example/reset?token=Qm9x7LzT2vR8pWn4

Wenn Sie das nicht waren, ignorieren Sie diese E-Mail – Ihr bisheriges Passwort bleibt gültig.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.""")

M("S", "de", "customer", "travel customer's mail about her son's ski accident (tibia fracture, surgery) forwarded to the accident department",
  frm=ADDR("seidel"), to=ADDR("albrecht"),
  subj="WG: Skiunfall Ischgl – Reiseabbruch und Unfallversicherung?",
  date="2026-02-26 10:37",
  body="""Hallo Miriam,

den Reiseabbruch mache ich (RA-26-00299). Die Familie hat laut System bei uns auch eine Kinder-Unfallversicherung (UV 80 445 129 für Jonas). Kannst du dich wegen Krankenhaustagegeld/Invalidität direkt melden? Die Unterlagen aus Innsbruck kommen über das Portal.

Danke!
Ines

""" + OQ("Claudia Wittmann <claudia.wittmann@gmail.example>", "Mittwoch, 25. Februar 2026 22:08", "reise@versicherer.example",
         "Skiunfall Ischgl – Reiseabbruch", """Guten Abend,

unser Sohn Jonas (12) ist am 22.02. beim Skifahren in Ischgl schwer gestürzt. Er hat einen Unterschenkelbruch (Tibia und Fibula) und wurde mit dem Hubschrauber in die Klinik Innsbruck geflogen und dort am 23.02. operiert (Nagel). Wir mussten den Urlaub abbrechen und sind am 24.02. mit dem Krankentransport nach Hause gekommen.

Unsere Reiseversicherung ist RV 4410 6628. Welche Kosten übernehmen Sie? Die Ferienwohnung war bis 28.02. bezahlt, die Skipässe auch.

Viele Grüße
Claudia Wittmann"""),
  sig=None)

M("C", "en", "insurer-to-partner", "recourse against a Dutch motor insurer for our customer's car damage (property only): named customer, plates, amounts",
  frm=ADDR("ahrens"), to="Schadeafdeling Buitenland – Noordzee Schadeverzekering <buitenland@noordzee-schade.example>",
  subj="Recourse claim – accident Venlo, 9 June 2026 – your insured NL 52-KTR-7",
  date="2026-07-29 10:20", client="thunderbird",
  body="""Dear colleagues,

our policyholder Mrs Helga Sturm (car VIE-HS 52, motor policy KF 60 233 419) was involved in an accident with your insured's vehicle (NL 52-KTR-7, driver Mr Ruud Janssen) on 9 June 2026 in Venlo, Eindhovenseweg. According to the European accident report signed by both drivers, your insured changed lanes without looking and hit the left side of our policyholder's car. No one was injured.

We have settled the damage under our policyholder's comprehensive cover:

  repair costs (invoice Autohaus Viersen)     EUR 6,214.80
  towing                                      EUR   238.00
  total                                       EUR 6,452.80

We claim this amount from you under Article 4 of the Motor Insurance Directive rules and the European accident report (copy attached to our letter by post). In addition our policyholder claims her deductible of EUR 300 directly from you.

Please transfer the amount to our account stated on the letterhead, quoting our reference KH 26-016630.

Kind regards""",
  sig="ahrens")

M("N", "de", "internal", "everyday: calendar invitation for a quarterly review with a partner workshop company; no persons beyond staff",
  frm=ADDR("petersen"), to=[ADDR("krueger"), ADDR("schmitz")],
  subj="Quartalsgespräch Karosseriebau Weyer KG",
  date="2026-07-30 11:00", client="outlook",
  body="""Hallo ihr beiden,

Termin mit Weyer steht: 12.08., 14 Uhr bei denen in Porz. Themen: Lackmaterial-Aufschläge, Durchlaufzeiten, Hochvolt-Zertifizierung. Claudia, bringst du die Auswertung der Rechnungsprüfung mit?

Lars""",
  att=[ICS("Quartalsgespraech_Weyer.ics", "qg-weyer-20260812@versicherer.example", "Quartalsgespräch Karosseriebau Weyer KG",
           "20260812T140000", "20260812T153000", ("Lars Petersen", "lars.petersen@versicherer.example"),
           [("Stefan Krüger", "stefan.krueger@versicherer.example"), ("Claudia Schmitz", "claudia.schmitz@versicherer.example")],
           location="Karosseriebau Weyer KG, Köln-Porz")])

M("S", "de", "insurer-to-customer", "motor driver protection cover: the customer's own injuries (vertebral fracture) after a single-vehicle accident",
  frm=ADDR("albrecht"), to="Svetlana Maier <svetlana.maier@gmx.example>",
  subj="Fahrerschutzversicherung – Ihr Unfall vom 11.07.2026, Schaden FS 26-000417",
  date="2026-07-31 13:25",
  body="""Sehr geehrte Frau Maier,

wir wünschen Ihnen zunächst gute Besserung.

Ihre Kfz-Versicherung KF 71 045 832 enthält den Fahrerschutz. Er ersetzt Ihnen als Fahrerin den Personenschaden so, als wäre ein Dritter schuld, wenn Sie – wie hier bei dem Ausweichmanöver vor dem Reh auf der L 284 – selbst verunglücken.

Nach dem Entlassungsbericht des Krankenhauses Wipperfürth haben Sie eine stabile Fraktur des 1. Lendenwirbelkörpers erlitten, die konservativ mit Korsett behandelt wird. Sie sind voraussichtlich bis Ende September arbeitsunfähig.

Wir zahlen aus dem Fahrerschutz:
- Verdienstausfall (Differenz zum Krankengeld) ab der 7. Woche – bitte Gehaltsabrechnungen und Krankengeldbescheinigung einreichen,
- Haushaltshilfe, solange Sie den Haushalt nicht führen können,
- Schmerzensgeld; einen Vorschuss von 3.000 EUR überweisen wir diese Woche.

Für das Fahrzeug (Totalschaden) meldet sich mein Kollege aus der Kasko-Abteilung.

Mit freundlichen Grüßen""",
  sig="albrecht")

M("C", "de", "insurer-to-customer", "theft of the catalytic converter (partial cover): named customer, plate, claim no.; short",
  frm=ADDR("brenner"), to="Jürgen Wollenweber <j.wollenweber@netcologne.example>",
  subj="Katalysatordiebstahl – TK 26-022318",
  date="2026-08-03 08:36", client="mobile",
  body="""Guten Morgen Herr Wollenweber,

kurze Rückmeldung: Der Diebstahl des Katalysators an Ihrem Toyota Auris Hybrid (K-JW 1958) ist über die Teilkasko versichert (Schaden TK 26-022318). Bitte lassen Sie den Austausch bei Ihrer Toyota-Werkstatt machen; die Rechnung abzüglich 150 EUR SB zahlen wir direkt. Polizeiliche Anzeige haben Sie ja schon (Vorgangsnr. 260801-0612-091822).

Gruß
Markus Brenner""")

M("N", "en", "internal", "trap: release notes of the claims app; no claim or person data",
  frm=ADDR("hoffmann"), to="claims-all@versicherer.example",
  subj="Claims app 4.2 released – what's new",
  date="2026-08-04 16:00", client="outlook",
  body="""Hi all,

version 4.2 of the customer claims app went live this afternoon (iOS and Android). Changes relevant for your daily work:

- Customers can now record a short video of the damage (max. 60 seconds); it appears in the file under "Media".
- Glass claims: automatic appointment booking with partner workshops.
- The upload of medical documents has been removed from the app; customers are redirected to the SecureMail portal instead (data protection).
- Bug fix: photos taken in portrait mode are no longer rotated.

Known issue: push notifications on some Android 12 devices arrive with a delay. A fix is planned for 4.2.1.

Questions: it-servicedesk@versicherer.example

Lukas""")

M("N", "en", "newsletter", "everyday: mass mail announcing a new claims hotline number; generic",
  frm="Versicherer Customer Service <service-noreply@versicherer.example>", to="customers-en@versicherer.example",
  subj="Our claims hotline has a new number from 1 September",
  date="2026-08-10 09:00", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/en/newsletter/unsubscribe>", "Precedence": "bulk"},
  body="""Dear customer,

from 1 September 2026 you can reach our claims hotline at one number for all types of claims – motor, home, liability, legal expenses and travel:

  +49 221 555-7000 (24 hours, 7 days a week)

From abroad, for example after an accident on holiday, please also use this number. The old numbers will forward your call until the end of the year.

Of course you can still report claims online at www.versicherer.example/claim or in our app.

Kind regards
Your customer service

Versicherer Allgemeine Versicherung AG · Rheinuferstrasse 12 · 50667 Cologne · Unsubscribe: www.versicherer.example/en/newsletter/unsubscribe""")

M("S", "en", "lawyer", "claimant lawyer's letter on the death of a passenger in a head-on collision (funeral costs, widow's maintenance), forwarded internally",
  frm=ADDR("kaya"), to=ADDR("schreiber"),
  subj="FW: Claims of the estate and the widow of Mr Gregor Lindemann – KH 26-009951",
  date="2026-08-11 14:44",
  body="""Carola,

see below – the letter from the English law firm acting for the widow of the passenger who died in the A 4 crash (same file as Mr Nowak). Could you check whether German law applies to the maintenance claim (widow lives in Manchester) and what the limitation risk is? I'd like to make an offer on the funeral costs straight away.

Emre

""" + OQ("Harriet Cole <h.cole@cole-whitcombe-solicitors.example>", "10 August 2026 17:21", "Emre Kaya <emre.kaya@versicherer.example>",
         "Claims of the estate and the widow of Mr Gregor Lindemann – your ref. KH 26-009951", """Dear Mr Kaya,

we act for Mrs Susan Lindemann, widow of Mr Gregor Lindemann (born 28 January 1969), who was a passenger in your insured's car and died at the scene of the accident on the A 4 on 3 February 2026. The death certificate (cause of death: polytrauma with aortic rupture) and the certificate of inheritance are enclosed with our letter sent by post.

We claim on behalf of our client:
1. funeral and repatriation costs of EUR 11,870,
2. loss of maintenance under § 844 (2) BGB: Mr Lindemann earned a net income of EUR 5,200 per month as an engineer; our client has no income of her own,
3. bereavement damages (Hinterbliebenengeld) under § 844 (3) BGB of EUR 15,000,
4. the costs of her psychotherapy since March 2026 (treatment for prolonged grief disorder).

We look forward to your response within four weeks.

Yours sincerely
Harriet Cole
Cole Whitcombe Solicitors LLP""", lang="en"),
  sig=None)


# ---- batch 6 ---------------------------------------------------------------

M("C", "de", "insurer-to-workshop", "query about a workshop invoice for a named customer's car (scanned invoice attached as octet-stream); no injury",
  frm=ADDR("petersen"), to="Autoservice Hanke <info@autoservice-hanke.example>",
  subj="Rechnung 2026-1187 – Fahrzeug SU-MK 3030 (Kunde Martin Kessler), VK 26-019902",
  date="2026-08-12 10:14", client="outlook",
  body="""Hallo Herr Hanke,

zu Ihrer Rechnung für den Skoda Kodiaq von Herrn Martin Kessler (SU-MK 3030) habe ich zwei Fragen, bevor ich freigeben kann:

1. Position 14 „Vermessung und Kalibrierung Frontkamera“ – im freigegebenen Kostenvoranschlag war nur die Achsvermessung enthalten. Haben Sie das Kalibrierprotokoll?
2. Position 22 „Verbringung Lackiererei“ 180 EUR – laut Partnervereinbarung lackieren Sie im eigenen Betrieb. Warum wurde verbracht?

Die Rechnung (Ihr Scan) hänge ich zur Orientierung noch einmal an.

Danke und Gruß
Lars Petersen""",
  att=[PDF("Scan_Rechnung_2026-1187.pdf", [
      ("h", "Autoservice Hanke – Rechnung 2026-1187"),
      "Autoservice Hanke, Inh. Rolf Hanke, Bonner Straße 12, 53721 Siegburg\nRechnungsempfänger: Versicherer Allgemeine Versicherung AG, Schaden VK 26-019902\nFahrzeughalter: Martin Kessler, Siegburg    Fahrzeug: Skoda Kodiaq, SU-MK 3030, FIN TMBJJ7NS5L8051226",
      ("t", [["Pos.", "Leistung", "Menge", "Betrag EUR"],
             ["3", "Stoßfänger vorn erneuern", "1", "612,40"],
             ["7", "Scheinwerfer rechts (LED) erneuern", "1", "1.184,00"],
             ["14", "Vermessung und Kalibrierung Frontkamera", "1", "289,00"],
             ["22", "Verbringung Lackiererei", "1", "180,00"],
             ["30", "Lackierung Stoßfänger, Kotflügel rechts", "1", "1.036,50"],
             ["", "Summe netto", "", "3.301,90"]]),
      "Zahlbar innerhalb von 14 Tagen ohne Abzug."], title="Rechnung 2026-1187", author="Autoservice Hanke", octet=True)])

M("N", "de", "internal", "everyday: draft press release on deer collisions in autumn (DOCX), national statistics only",
  frm=ADDR("baumann"), to=ADDR("brenner"), cc=ADDR("schmitz"),
  subj="Entwurf PM Wildunfälle – bitte Zahlen prüfen",
  date="2026-08-14 15:30",
  body="""Hallo Markus,

anbei der Entwurf für die Pressemitteilung zu Wildunfällen, die Ende September rausgehen soll. Kannst du bitte die Zahlen aus unserem Bestand gegenchecken (Claudia hat sie geliefert) und mir sagen, ob die Tipps aus Schadensicht so passen?

Danke!
Julia""",
  sig="baumann", sigstyle="short",
  att=[DOCX("PM_Wildunfaelle_Entwurf_v2.docx", [
      ("h", "Pressemitteilung (Entwurf, Sperrfrist 29.09.2026)"),
      ("h", "Wildunfälle: Im Herbst kracht es besonders oft", 2),
      "Köln. Wenn die Tage kürzer werden, steigt die Gefahr von Wildunfällen. Allein bei Versicherer wurden 2025 rund 9.800 Zusammenstöße mit Rehen, Wildschweinen und Hirschen gemeldet; der durchschnittliche Schaden lag bei 3.450 Euro.",
      "Besonders gefährlich sind die Morgen- und Abendstunden im Oktober und November. Bundesweit zählen die Versicherer jährlich über 280.000 Wildunfälle.",
      ("t", [["Monat", "Anteil Wildunfälle 2025"], ["Oktober", "13 %"], ["November", "12 %"], ["April", "10 %"], ["Mai", "10 %"]]),
      "Tipps: Tempo reduzieren, bremsbereit sein, bei Wild auf der Fahrbahn abblenden und hupen, nicht riskant ausweichen. Nach einem Unfall Warnblinker an, Unfallstelle sichern, Polizei rufen und sich eine Wildunfallbescheinigung ausstellen lassen.",
      "Pressekontakt: Julia Baumann, Unternehmenskommunikation"], author="Julia Baumann")])

M("S", "en", "insurer-to-customer", "trip cancellation because of the customer's severe depressive episode; psychiatrist's certificate requested",
  frm=ADDR("seidel"), to="Anna Kowalewski <anna.kowalewski@web.example>",
  subj="Your cancellation claim RR-26-00912 – trip to Iceland",
  date="2026-08-17 11:26",
  body="""Dear Ms Kowalewski,

thank you for your honest message. I'm sorry that you are going through such a difficult time.

You wrote that you have been in treatment for a severe depressive episode since July, that your psychiatrist advised against travelling and that you are currently in a day clinic programme. A mental illness that occurs unexpectedly after booking and makes the trip unreasonable is an insured event, just like a physical illness.

To settle the claim for the cancellation costs of EUR 1,760 we only need:

- the completed certificate form (attached to our letter) from your psychiatrist, stating the date from which you were unable to travel – the diagnosis can be given as an ICD code,
- the cancellation invoice of the tour operator.

Please upload the certificate via our secure portal. All information is treated confidentially and used only for this claim.

Take care, and kind regards""",
  sig="seidel")

M("C", "en", "insurer-to-claimant", "private liability: the customer's family stained a sofa and a rug in a rented holiday flat in Italy; owner claims, no injury",
  frm=ADDR("oltmanns"), to="Giulia Ferraro <giulia.ferraro@libero.example>",
  subj="Damage in your holiday apartment in Lazise – our ref. PH 26-016611 (Familie Brandstätter)",
  date="2026-08-18 09:58",
  body="""Dear Ms Ferraro,

we are the private liability insurer of Mr and Mrs Brandstätter, who rented your apartment "Casa Ulivo" in Lazise from 1 to 15 August 2026. They informed us that a glass of red wine was spilled on the light-coloured sofa and the rug in the living room and that the stains could not be removed.

Damage to rented holiday accommodation is covered by their policy (PH 44 019 237). Please send us:

- photos of the damage,
- the invoice for the sofa and rug (or their age and purchase price),
- a quote for professional cleaning or replacement.

We can pay the compensation to an Italian or any other SEPA account. Please note that we may deduct an amount for the age of the items.

Kind regards""",
  sig="oltmanns")

M("N", "de", "insurer-to-customer", "trap: generic answer whether marten damage is covered (no contract or claim mentioned)",
  frm=ADDR("kowalski"), to="Ralf Wichert <ralf.wichert@gmx.example>",
  subj="AW: Marderbiss versichert?",
  date="2026-08-19 14:40", client="thunderbird",
  body="""Hallo Herr Wichert,

grundsätzlich gilt bei uns:

- Marderbiss an Kabeln, Schläuchen und Dämmmatten ist in der Teilkasko versichert.
- Folgeschäden (z. B. ein überhitzter Motor, weil ein angebissener Kühlwasserschlauch undicht wurde) sind bis 3.000 EUR mitversichert, im Tarif „Komfort“ bis 10.000 EUR.
- Die Selbstbeteiligung der Teilkasko gilt auch hier.

Ob und in welchem Umfang das für Ihr Fahrzeug gilt, hängt von Ihrem Tarif ab. Wenn Sie bei uns versichert sind, schauen Sie gern in Ihre Vertragsunterlagen oder nennen Sie mir Ihre Vertragsnummer am Telefon, dann prüfe ich es für Sie.

Tipp: Marderschreck-Geräte und eine Motorwäsche nach einem Biss (Duftmarken entfernen) helfen gegen Wiederholungen.

Viele Grüße""",
  sig="kowalski", sigstyle="short",
  quote="Am 19.08.2026 um 08:55 schrieb Ralf Wichert:\n" + Q("Hallo, ist Marderbiss bei Ihnen eigentlich versichert? Und auch wenn danach der Motor kaputt geht? Gruß R. Wichert"))

M("S", "de", "insurer-to-authority", "criminal complaint to the public prosecutor for insurance fraud: customer suspected of faking a burglary (named, birth date)",
  frm=ADDR("schreiber"), to="Staatsanwaltschaft Köln <poststelle@sta-koeln.example>",
  subj="Strafanzeige wegen Betrugsverdachts (§ 263 StGB) – vorgetäuschter Einbruchdiebstahl, Hausrat HR 26-010233",
  date="2026-08-20 10:45",
  body="""Sehr geehrte Damen und Herren,

hiermit erstatten wir Strafanzeige und stellen Strafantrag gegen

Herrn Niklas Brauckmann, geb. 30.10.1990, Hansaring 55, 50670 Köln,

wegen des Verdachts des (versuchten) Betrugs zum Nachteil der Versicherer Allgemeine Versicherung AG.

Sachverhalt: Herr Brauckmann meldete am 06.05.2026 einen Einbruchdiebstahl in seine Wohnung und verlangte aus seiner Hausratversicherung 23.480 EUR, u. a. für zwei Rolex-Uhren und Designermöbel. Nach den Feststellungen unseres Sachverständigen weist das Türschloss keine Einbruchspuren auf; die angeblich entwendeten Uhren wurden nach Auskunft eines Juweliers bereits im März 2026 an diesen verkauft (Ankaufsbeleg liegt vor). Eine Zahlung ist nicht erfolgt.

Die Unterlagen (Schadenanzeige, Gutachten, Ankaufsbeleg) übersenden wir auf Anforderung. Ansprechpartnerin ist die Unterzeichnerin.

Mit freundlichen Grüßen""",
  sig="schreiber")

M("C", "de", "insurer-to-customer", "broken window after an attempted burglary: named customer, buildings policy, emergency glazier",
  frm=ADDR("demir"), to="Ewa Jankowska <ewa.jankowska@t-online.example>",
  subj="Einbruchsversuch – zerbrochene Scheibe, WG 26-016720",
  date="2026-08-21 12:02", client="outlook",
  body="""Sehr geehrte Frau Jankowska,

wie besprochen: Die beim Einbruchsversuch in der Nacht zum 20.08. eingeschlagene Scheibe Ihrer Terrassentür (Haus Im Wiesengrund 8, Frechen) ist über Ihre Wohngebäudeversicherung WG 37 800 212 versichert. Da nichts entwendet wurde, ist die Hausratversicherung nicht betroffen.

Der Notglaser (Glas Schmitz, Frechen) hat die Tür provisorisch mit einer Platte gesichert. Die neue Dreifachverglasung wird in ca. 10 Tagen eingebaut; die Rechnung geht direkt an uns. Für den Rest der Nacht mussten Sie ja einen Schlüsseldienst rufen – schicken Sie uns diese Rechnung bitte per Mail.

Bitte geben Sie uns noch das Aktenzeichen der Polizei durch.

Mit freundlichen Grüßen""",
  sig="demir", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: annual settlement of a claims-sharing agreement with a health insurer (BKK), aggregate medical cost amounts only",
  frm=ADDR("ahrens"), to="BKK Rheinland – Regress <regress@bkk-rheinland.example>",
  subj="Teilungsabkommen Kfz-Haftpflicht – Jahresabrechnung 2025",
  date="2026-08-24 13:10",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Abrechnung zum Teilungsabkommen für das Kalenderjahr 2025. Wie vereinbart erfolgt die Abrechnung ausschließlich summarisch, ohne Einzelfalldaten.

Anzahl abgerechneter Fälle: 412
Gemeldete Heilbehandlungskosten gesamt: 1.884.300,00 EUR
Abkommensquote: 55 %
Von uns zu zahlen: 1.036.365,00 EUR
Bereits geleistete Abschläge: 960.000,00 EUR
Restzahlung: 76.365,00 EUR

Fälle oberhalb des Limits von 50.000 EUR (7 Fälle) sind nicht enthalten; diese werden wie bisher einzeln reguliert.

Die Restzahlung überweisen wir bis 15.09.2026.

Mit freundlichen Grüßen""",
  sig="ahrens")

M("S", "de", "insurer-to-claimant", "daycare liability: a child knocked out a front tooth on the daycare's broken climbing frame; dental treatment, parents as claimants",
  frm=ADDR("oltmanns"), to="Familie Rosenthal <k.rosenthal@gmx.example>",
  subj="Unfall Ihrer Tochter Mila in der Kita Sonnenblume – unser Zeichen BH 26-006310",
  date="2026-08-25 15:36",
  body="""Sehr geehrte Frau Rosenthal, sehr geehrter Herr Rosenthal,

wir sind der Betriebshaftpflichtversicherer des Trägervereins der Kita Sonnenblume e. V. Die Kita hat uns gemeldet, dass Ihre Tochter Mila (4) am 11.08.2026 von dem Klettergerüst gestürzt ist, an dem eine Sprosse lose war. Dabei hat sie sich den oberen linken Schneidezahn (Milchzahn 61) ausgeschlagen und eine Platzwunde an der Lippe zugezogen.

Wir übernehmen die Haftung des Trägervereins dem Grunde nach. Die Behandlungskosten der Zahnärztin werden in erster Linie von Ihrer Krankenkasse getragen; Ihre Krankenkasse wird sich dann an uns wenden. Für Mila bieten wir Ihnen ein Schmerzensgeld von 800 EUR an. Falls die Zahnärztin Folgeschäden am bleibenden Zahn befürchtet, teilen Sie uns das bitte mit; wir würden dann einen Abfindungsvorbehalt für Spätfolgen vereinbaren.

Bitte senden Sie uns den Bericht der Zahnärztin Dr. Gül Arslan und Ihre Bankverbindung.

Hinweis: Parallel kann ein Anspruch gegen die gesetzliche Unfallversicherung (Unfallkasse NRW) bestehen, da Kita-Unfälle dort versichert sind.

Mit freundlichen Grüßen""",
  sig="oltmanns")

M("N", "en", "insurer-to-company", "everyday: claims reporting guide for fleet managers (PDF), generic process",
  frm=ADDR("brooks"), to="fleet-managers@versicherer.example",
  subj="Updated guide: reporting fleet claims in 3 steps",
  date="2026-08-26 10:00", client="outlook",
  body="""Dear fleet managers,

we have updated our short guide for reporting claims in your fleet. The most important change: accident photos and the European accident report can now be uploaded by your drivers directly via a QR code on the insurance card in the glove box.

Please share the guide with your drivers. Printed copies for the glove box can be ordered free of charge from your account manager.

Kind regards""",
  sig="brooks", sigstyle="short",
  att=[PDF("Fleet_Claims_Guide_2026.pdf", [
      ("h", "Reporting a claim in your fleet – 3 steps"),
      ("h", "1. At the scene", 2),
      "Secure the scene, call the police if anyone is injured or the other party refuses to give details. Do not admit liability. Fill in the European accident report together with the other driver.",
      ("h", "2. Report", 2),
      "Scan the QR code on the insurance card or call +49 221 555-7000. Have ready: registration number, place and time, the other party's registration number and insurer.",
      ("h", "3. Repair", 2),
      "Take the vehicle to a partner workshop. Replacement vehicles are arranged by the workshop. Invoices are settled directly with us.",
      ("small", "Versicherer Allgemeine Versicherung AG – Fleet & Commercial Motor. This guide contains no contractual terms; your policy conditions apply.")],
      title="Fleet claims guide", author="Hannah Brooks")])

M("C", "en", "internal", "fleet underwriting: a client's new driver with named no-claims history from a previous insurer",
  frm=ADDR("brooks"), to=ADDR("engel"),
  subj="No-claims transfer for a new company car driver – Rheintal Kältetechnik, FL 80 114 220",
  date="2026-08-27 09:12",
  body="""Hi Rüdiger,

Rheintal Kältetechnik wants to transfer the private no-claims class of their new sales manager, Mr Thorsten Gehlen, to the company car he will drive (LU-RK 500, Audi Q5, joins the fleet on 1 September).

His previous insurer (Weser Versicherung, policy 740/223118-K) confirms SF 22 for his private car, with one at-fault claim in 2024 already reflected. Mr Gehlen has signed the transfer declaration and confirmed he gives up the class for his private car.

Can you set up the vehicle with SF 22 in the fleet contract as an exception? The fleet is otherwise rated without individual classes, so we'd need a manual flag.

Thanks,
Hannah""",
  sig="brooks", sigstyle="short")

M("N", "de", "internal", "everyday: mobile note 'stuck in traffic', no data",
  frm=ADDR("kaya"), to=ADDR("brenner"),
  subj="Jour fixe",
  date="2026-08-31 09:52", client="mobile",
  body="""Stehe aufder A3 im Stau, komme ca 15 min später. Fangt ruhig ohne mich an""")

M("S", "de", "insurer-to-customer", "legal-expenses cover for a dispute with a nursing home over the mother's care costs (care level 4, dementia)",
  frm=ADDR("lindqvist"), to="Helmut Brockmann <h.brockmann@web.example>",
  subj="Ihre Anfrage – Streit mit dem Seniorenzentrum Am Stadtwald, RS 09 331 288",
  date="2026-09-01 11:48",
  body="""Sehr geehrter Herr Brockmann,

Sie möchten für Ihre Mutter, Frau Gertrud Brockmann, gegen das Seniorenzentrum Am Stadtwald vorgehen, weil der Heimträger den Eigenanteil nach der Einstufung in Pflegegrad 4 rückwirkend um 612 EUR monatlich erhöht hat. Ihre Mutter ist an Alzheimer-Demenz erkrankt; Sie handeln als ihr Betreuer mit dem Aufgabenkreis Vermögenssorge.

Leider besteht über Ihren Vertrag hierfür kein Versicherungsschutz: Ihre Mutter ist in Ihrer Rechtsschutzversicherung nicht mitversichert (mitversichert sind nur Ihre Ehefrau und Ihre minderjährigen Kinder), und Sie selbst sind nicht Vertragspartner des Heimvertrags.

Wir empfehlen, sich an die Verbraucherzentrale oder die Heimaufsicht der Stadt Köln zu wenden; dort wird die Rechtmäßigkeit von Entgelterhöhungen kostenfrei geprüft. Falls Ihre Mutter selbst eine Rechtsschutzversicherung hat, könnte diese eintreten.

Mit freundlichen Grüßen""",
  sig="lindqvist")

M("C", "de", "insurer-to-lawyer", "employment legal-expenses cover for contesting a warning letter; named customer, monthly salary (income)",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Matthias Quante <quante@arbeitsrecht-quante.example>",
  subj="Ihr Az. Q-26-311 – Abmahnung Ihres Mandanten Herrn Kevin Lorenz, RS 35 118 062",
  date="2026-09-02 14:27", client="thunderbird",
  body="""Sehr geehrter Herr Quante,

für die Vertretung Ihres Mandanten, unseres Versicherungsnehmers Herrn Kevin Lorenz, wegen der Abmahnung durch die Logistikzentrum West GmbH vom 18.08.2026 (Vorwurf: dreimalige Verspätung im Juli) erteilen wir Kostendeckung für die außergerichtliche Tätigkeit.

Den Gegenstandswert setzen wir entsprechend der Rechtsprechung des LAG Köln mit einem Bruttomonatsgehalt an; nach der von Ihnen übersandten Gehaltsabrechnung sind das 3.215,00 EUR.

Für eine Klage auf Entfernung der Abmahnung aus der Personalakte bitten wir um gesonderte Anfrage.

Mit freundlichen Grüßen""",
  sig="lindqvist", sigstyle="short")

M("N", "de", "newsletter", "everyday: broker newsletter (HTML only): claims settlement figures H1, no persons",
  frm="Versicherer Maklerservice <makler-news@versicherer.example>", to="makler-alle@versicherer.example",
  subj="Maklerbrief September: Schadenregulierung im 1. Halbjahr",
  date="2026-09-03 07:45", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/makler/abmelden>", "Precedence": "bulk"},
  body=None,
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Maklerbrief September 2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;max-width:680px">
<h1 style="font-size:20px;color:#004b87">Maklerbrief September 2026</h1>
<p>Liebe Maklerpartnerinnen und Maklerpartner,</p>
<p>das erste Halbjahr war von Unwettern geprägt: Orkan „Xandra“ im Februar und die Starkregenlagen im Juni haben zusammen über 31.000 Schäden verursacht. Trotzdem konnten wir die Regulierungszeiten weiter senken:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Sparte</th><th>Schäden 1. HJ</th><th>davon digital gemeldet</th><th>Ø Regulierungsdauer</th></tr>
<tr><td>Kfz-Kasko</td><td>71.204</td><td>61 %</td><td>9 Tage</td></tr>
<tr><td>Kfz-Haftpflicht</td><td>58.880</td><td>49 %</td><td>23 Tage</td></tr>
<tr><td>Wohngebäude</td><td>44.117</td><td>42 %</td><td>19 Tage</td></tr>
<tr><td>Hausrat</td><td>21.906</td><td>55 %</td><td>11 Tage</td></tr>
<tr><td>Privathaftpflicht</td><td>17.440</td><td>47 %</td><td>14 Tage</td></tr>
</table>
<h2 style="font-size:16px">Neu: Schadenstatus im Maklerportal</h2>
<p>Sie sehen jetzt für alle Schäden Ihrer Kundinnen und Kunden den aktuellen Bearbeitungsstand und die letzte Zahlung – ohne Anruf.</p>
<p>Herzliche Grüße<br>Ihre Maklerbetreuung</p>
<p style="font-size:11px;color:#888">Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln · <a href="https://www.versicherer.example/makler/abmelden">Abmelden</a></p>
</body></html>
""")

M("S", "en", "customer", "customer's mail with the attending doctor's certificate (PDF inside a forwarded message): cancellation because of pneumonia",
  frm=ADDR("seidel"), to="Reise-Leistung Team 2 <reise-team2@versicherer.example>",
  subj="FW: Doctor's certificate – trip cancellation RR-26-01017",
  date="2026-09-04 10:05",
  body="""Hi team,

forwarding the customer's mail with the certificate as attachment – please check and pay (cancellation fee EUR 980, co-insured partner included). I'm out this afternoon.

Ines""",
  att=[EML(INNER("Thomas Eriksen <t.eriksen@gmail.example>", "reise@versicherer.example",
                 "Doctor's certificate – trip cancellation RR-26-01017", "2026-09-03 18:40", """Hello,

as requested, attached is the certificate of my GP. I had to cancel our city trip to Vienna (5–8 September) because I have pneumonia and was told to stay in bed for at least ten days.

Best regards
Thomas Eriksen""", "<a91c2f0d-5e77-4b13-9a0e-77d2a3c1ff10@gmail.example>", lang="en",
                 att=[PDF("Attest_Reiseruecktritt_Eriksen.pdf", [
                     ("h", "Ärztliches Attest Reiserücktritt / Medical certificate – trip cancellation"),
                     "Patient: Thomas Eriksen, geb. 14.02.1985, Köln\nVersicherungsnummer Reise: RV 5510 9902\nReise: Wien, 05.09.–08.09.2026",
                     ("t", [["Frage", "Angabe"],
                            ["Diagnose (ICD-10)", "J18.9 Pneumonie, nicht näher bezeichnet"],
                            ["Erkrankt seit", "01.09.2026"],
                            ["Reiseunfähigkeit festgestellt am", "02.09.2026"],
                            ["Behandlung", "Amoxicillin 1000 mg 3x tgl., Bettruhe"],
                            ["Vorerkrankung in den letzten 6 Monaten", "nein"]]),
                     "Köln, 02.09.2026\nDr. med. Birgit Hollstein, Fachärztin für Allgemeinmedizin"],
                     title="Attest Reiserücktritt", author="Praxis Dr. Hollstein")]),
               "Doctor's certificate – trip cancellation RR-26-01017.eml")])

M("N", "de", "insurer-to-supplier", "everyday: change request to the IT supplier of the claims app (company contract), no persons",
  frm=ADDR("raman"), to="Appfactory Köln GmbH <projekte@appfactory-koeln.example>",
  subj="Change Request CR-0412 – Video-Upload Schaden-App",
  date="2026-09-07 13:40",
  body="""Hallo Herr Lange,

wie im Steuerkreis besprochen beauftragen wir den Change Request CR-0412 (Video-Upload bis 120 Sekunden, serverseitige Komprimierung) zum Festpreis von 38.400 EUR netto laut Ihrem Angebot vom 28.08.

Bedingungen:
- Videos werden nur in unserem Rechenzentrum gespeichert, keine Verarbeitung bei Drittanbietern (auch nicht für die Komprimierung),
- Metadaten (GPS, Gerätekennung) werden vor dem Upload entfernt,
- Abnahme in der Testumgebung bis 30.10.

Die Bestellung folgt über den Einkauf.

Viele Grüße
Priya Raman""",
  sig="raman", sigstyle="short")

M("C", "de", "insurer-to-customer", "marten bite damage to the customer's car: partial cover claim, plate, claim no.",
  frm=ADDR("brenner"), to="Ursula Heimbach <u.heimbach@arcor.example>",
  subj="Marderschaden an Ihrem Fahrzeug – TK 26-025561",
  date="2026-09-08 09:18",
  body="""Sehr geehrte Frau Heimbach,

der Marderbiss an Ihrem Ford Focus (BN-UH 64) ist über Ihre Teilkasko KF 22 660 917 versichert. Laut Rechnung des Autohauses Bonn-Süd wurden das Zündkabel und der Unterdruckschlauch erneuert (248,60 EUR). Zusätzlich ist wegen des undichten Schlauchs ein Folgeschaden am Turbolader entstanden (1.460,00 EUR), der in Ihrem Tarif bis 3.000 EUR mitversichert ist.

Abrechnung:
Reparatur gesamt 1.708,60 EUR
abzüglich Selbstbeteiligung Teilkasko 150,00 EUR
Zahlung an das Autohaus 1.558,60 EUR

Ihr Schadenfreiheitsrabatt ist von Teilkaskoschäden nicht betroffen.

Mit freundlichen Grüßen""",
  sig="brenner", disc=2)

M("S", "de", "internal", "reserve increase for a child's traumatic brain injury in a motor liability claim (named child, clinic, prognosis)",
  frm=ADDR("kaya"), to=ADDR("schmitz"),
  subj="Reserveerhöhung KH 26-020887 – Kind, Schädel-Hirn-Trauma",
  date="2026-09-09 16:12", importance="high",
  body="""Hallo Claudia,

zur Info für das Großschadenreporting: Ich erhöhe die Reserve in KH 26-020887 von 250.000 auf 1,1 Mio. EUR.

Hintergrund: Der 9-jährige Elias Bauer wurde am 21.07.2026 in Kerpen auf dem Zebrastreifen von unserem VN angefahren. Er hat ein schweres Schädel-Hirn-Trauma erlitten und lag drei Wochen im künstlichen Koma (Uniklinik Köln, Kinderintensiv). Laut aktuellem Bericht der neurologischen Reha in Gailingen bestehen eine Halbseitenlähmung rechts und Sprachstörungen; die Prognose ist offen. Mit dauerhaftem Förderbedarf und Verdienstausfallschaden ist zu rechnen.

Haftung 100 %. Die Rückversicherung informiere ich, sobald wir 1,5 Mio. überschreiten.

Emre""",
  sig="kaya", sigstyle="short")

M("N", "en", "insurer-to-partner", "everyday: cat XL reinsurance renewal terms, portfolio-level figures only",
  frm=ADDR("stone"), to="Property Cat Team – Rhenania Rück <cat-renewals@rhenania-rueck.example>",
  subj="Renewal 1/1/2027 – property cat XL programme, submission",
  date="2026-09-10 11:33", client="outlook",
  body="""Dear colleagues,

please find below the key data for the renewal of our property cat XL programme at 1 January 2027:

- Programme: 4 layers, EUR 60m xs EUR 60m up to EUR 400m xs EUR 200m
- Exposure: 2.31m buildings and household risks, total sum insured EUR 612bn, 78 % in NRW, Lower Saxony, Hesse
- 2026 events so far: Storm Xandra (ground-up estimate EUR 44m), June heavy rain (EUR 29m) – both within retention
- Modelled 1-in-200 loss (RMS v23, incl. demand surge): EUR 371m

We would like to discuss an increase of the top layer by EUR 50m and a reinstatement premium at 100 % for layer 1.

The full submission (exposure data per CRESTA zone) follows via the secure data room.

Best regards""",
  sig="stone")

M("C", "de", "claimant", "landlord's claim against our insured former tenant for damage at move-out, forwarded to the assessor; named parties",
  frm=ADDR("oltmanns"), to="Sachverständigenbüro Kremer <auftrag@sv-kremer.example>",
  subj="WG: Schäden in meiner Wohnung nach Auszug von Herrn Yusuf Kara – Ihre Versicherung PH 50 233 118",
  date="2026-09-11 10:40",
  body="""Hallo Herr Kremer,

bitte Besichtigung der Wohnung vor der Renovierung, Termin direkt mit dem Vermieter (Mietsachschaden, unser VN ist der ehemalige Mieter). Es geht vor allem um die Frage, ob der Parkettschaden über die normale Abnutzung hinausgeht. Auftragsnummer SV-26-0611.

Gruß
Jens Oltmanns

""" + FW("Gerhard Pohlmann <gerhard.pohlmann@t-online.example>", "09.09.2026, 20:14", "schaden@versicherer.example",
         "Schäden in meiner Wohnung nach Auszug von Herrn Yusuf Kara – Ihre Versicherung PH 50 233 118", """Sehr geehrte Damen und Herren,

mein ehemaliger Mieter Herr Yusuf Kara hat mir Ihre Versicherungsnummer gegeben. Bei der Wohnungsübergabe am 31.08.2026 (Eigelstein 112, 3. OG, Köln) habe ich folgende Schäden festgestellt:

- tiefe Kratzer und Wasserflecken im Eichenparkett im Wohnzimmer (ca. 25 m²),
- gesprungenes Waschbecken im Bad,
- Brandfleck in der Arbeitsplatte der Einbauküche.

Herr Kara hat das Protokoll unterschrieben. Ich habe Angebote über insgesamt 7.850 EUR eingeholt. Die Kaution von 2.400 EUR habe ich einbehalten.

Mit freundlichen Grüßen
Gerhard Pohlmann"""),
  sig=None)

M("N", "de", "internal", "trap: personnel announcement naming a colleague (anniversary), no sensitive data",
  frm=ADDR("demir"), to="KS-Sach@versicherer.example",
  subj="25 Jahre Ute Wolters – Umtrunk am Freitag",
  date="2026-09-14 12:20",
  body="""Liebe Kolleginnen und Kollegen,

kaum zu glauben: Ute Wolters ist am 1. Oktober seit 25 Jahren bei uns – angefangen hat sie 2001 als Auszubildende, heute kennt sie vermutlich jeden Dachdecker zwischen Aachen und Siegen persönlich.

Wir wollen das am Freitag, 18.09., ab 15 Uhr in der Cafeteria im 2. OG feiern. Für Kuchen ist gesorgt; wer sich an einem Geschenk beteiligen möchte, findet die Sammelbox bei mir am Platz.

Bitte nichts verraten!

Aylin""")

M("S", "en", "insurer-to-lawyer", "landlord's liability: tenant family's carbon monoxide poisoning from a defective gas boiler, hospital treatment",
  frm=ADDR("oltmanns"), to="Rachel Adebayo <r.adebayo@adebayo-legal.example>",
  subj="Your clients the Okafor-Müller family – CO poisoning at Kyffhäuserstraße 9 – our ref. HG 26-007204",
  date="2026-09-15 14:58",
  body="""Dear Ms Adebayo,

thank you for your letter of 7 September. We are the property owner's liability insurer of your clients' landlord, Mr Dietmar Sonntag.

We understand that on 22 August 2026 your clients – Mr Chinedu Okafor-Müller, Mrs Katrin Okafor-Müller and their two children – suffered carbon monoxide poisoning caused by the defective gas boiler in their rented flat. According to the discharge reports of the Uniklinik Köln, all four were treated with hyperbaric oxygen; Mrs Okafor-Müller, who was pregnant at the time, stayed in hospital for five days for observation. The other family members were discharged after two days.

Our policyholder had the boiler serviced in 2024; we are currently examining whether the chimney sweep's inspection in March 2026 missed the defect. Irrespective of that, we will make an interim payment of EUR 4,000 on account of pain and suffering for the family.

Please let us know whether any of your clients are still receiving treatment (e.g. for headaches or memory problems, which can appear later after CO poisoning), so that we can assess the claim properly.

Kind regards""",
  sig="oltmanns")

M("C", "en", "insurer-to-customer", "copy of the motor assessor's report sent to the customer (PDF with owner, plate, VIN); no injury",
  frm=ADDR("brenner"), to="Paul Whitfield <paul.whitfield@btinternet.example>",
  subj="Copy of the assessor's report – claim KH 26-023370",
  date="2026-09-16 10:26",
  body="""Dear Mr Whitfield,

as requested, please find attached a copy of the assessor's report on your car, which we used to settle your claim against our policyholder.

The report was prepared by Sachverständigenbüro Lenz on 7 September. It is in German; the most important figures are on the summary page: repair costs EUR 3,982.50 net, no diminished value, repair time 4 working days.

Kind regards""",
  sig="brenner",
  att=[PDF("Gutachten_KH26-023370_Kurzfassung.pdf", [
      ("h", "Kfz-Schadengutachten – Kurzfassung"),
      "Sachverständigenbüro Lenz, Köln    Gutachten-Nr. L-26-4471    Besichtigung: 07.09.2026",
      "Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden-Nr. KH 26-023370\nAnspruchsteller / Eigentümer: Paul Whitfield, Lindenthalgürtel 14, 50935 Köln\nFahrzeug: Mini Cooper S, amtl. Kennzeichen K-PW 1066, FIN WMW XP710 02T312874, Erstzulassung 04/2021, Laufleistung 48.210 km",
      ("t", [["Position", "Betrag / Angabe"],
             ["Reparaturkosten netto", "3.982,50 EUR"],
             ["Reparaturdauer", "4 Arbeitstage"],
             ["Merkantile Wertminderung", "keine"],
             ["Wiederbeschaffungswert", "21.800,00 EUR"],
             ["Vorschäden", "keine erkennbar"]]),
      "Schadenbild: Anstoß Fahrertür und Schweller links durch ausparkendes Fahrzeug. Keine Hinweise auf Personenschaden."],
      title="Gutachten L-26-4471 Kurzfassung", author="Sachverständigenbüro Lenz")])

M("N", "de", "internal", "trap: data-protection guidance on what claims data may be shared with workshops and assessors; no case",
  frm=ADDR("meier"), to="KS-alle@versicherer.example",
  subj="Datenschutz-Tipp des Monats: Was darf an Werkstätten und Gutachter?",
  date="2026-09-17 08:30", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

immer wieder kommt die Frage, welche Daten wir an Werkstätten, Sachverständige und Dienstleister weitergeben dürfen. Kurz zusammengefasst:

Erlaubt (soweit für den Auftrag erforderlich):
- Name und Telefonnummer des Kunden für die Terminvereinbarung,
- Kennzeichen, Fahrzeugdaten, Schadennummer, Schadenhergang.

Nicht erlaubt:
- Gesundheitsdaten (Verletzungen, Arztberichte, Krankenhausaufenthalte) an Werkstätten oder Kfz-Sachverständige – auch nicht „nebenbei“ im Auftragstext,
- Bankdaten des Kunden, außer der Dienstleister zahlt direkt aus,
- Angaben zu Vorschäden aus anderen Sparten.

Medizinische Gutachter erhalten Unterlagen nur mit Schweigepflichtentbindung und ausschließlich über das SecureMail-Portal.

Bei Fragen: datenschutz@versicherer.example

Thomas Meier
Datenschutzbeauftragter""")


# ---- batch 7 ---------------------------------------------------------------

M("N", "en", "internal", "trap: anonymised training case study on a whiplash claim (age band, no names, no claim number)",
  frm=ADDR("kaya"), to="trainees-claims@versicherer.example",
  subj="Case study for Thursday's training – rear-end collision with a soft-tissue injury claim",
  date="2026-09-21 15:15",
  body="""Hi all,

for Thursday, please read the following case. It is based on a real file but fully anonymised: names, dates, places and amounts have been changed, and no claim number is given. Please do not try to find the original file.

Case A
A car driver (female, age band 30–39) stops at a red light and is hit from behind at low speed (estimated delta-v 6–8 km/h). Both cars show only minor damage to the bumpers. Two days later she consults her GP complaining of neck pain; the GP certifies incapacity for work for three weeks. Her lawyer claims EUR 3,000 pain and suffering, loss of earnings and household help.

Questions for discussion:
1. What documents do you request, and how do you request them in a GDPR-compliant way?
2. When is a biomechanical report worth the cost?
3. How do you communicate a partial rejection without damaging the relationship with the claimant?

See you on Thursday,
Emre""",
  sig="kaya", sigstyle="short")

M("S", "de", "insurer-to-customer", "recourse against our own customer after his drunk-driving accident (blood alcohol, criminal proceedings) – motor liability",
  frm=ADDR("ahrens"), to="Sascha Kortmann <sascha.kortmann@web.example>",
  subj="Regress wegen Obliegenheitsverletzung – Schaden KH 26-007013 vom 14.02.2026",
  date="2026-09-22 10:30",
  body="""Sehr geehrter Herr Kortmann,

am 14.02.2026 haben Sie mit Ihrem Fahrzeug LEV-SK 88 in Leverkusen einen Verkehrsunfall verursacht. Nach der Ermittlungsakte der Staatsanwaltschaft Köln (Az. 131 Js 702/26) betrug Ihre Blutalkoholkonzentration zum Unfallzeitpunkt 1,42 Promille. Sie wurden inzwischen durch Strafbefehl des Amtsgerichts Leverkusen wegen Gefährdung des Straßenverkehrs zu einer Geldstrafe verurteilt; die Fahrerlaubnis wurde entzogen.

Wir haben die Schäden des Unfallgegners in Höhe von 11.640,20 EUR reguliert. Nach D.1.1.5 und E.1.3 der Allgemeinen Bedingungen für die Kfz-Versicherung sind wir bei Fahrten unter Alkoholeinfluss gegenüber Ihnen leistungsfrei, begrenzt auf 5.000 EUR.

Wir fordern Sie daher auf, 5.000,00 EUR bis zum 30.10.2026 auf unser Konto zu überweisen. Gern können wir eine Ratenzahlung vereinbaren – sprechen Sie mich an.

Mit freundlichen Grüßen""",
  sig="ahrens", disc=0)

M("C", "en", "insurer-to-customer", "hail damage to the customer's car: partial cover claim, plate, appointment at the mobile hail centre",
  frm=ADDR("petersen"), to="Daniel Fischer-Long <d.fischerlong@gmail.example>",
  subj="Hail damage – appointment at the hail centre Cologne-Marsdorf, TK 26-027809",
  date="2026-09-23 08:05", client="outlook",
  body="""Dear Mr Fischer-Long,

thank you for reporting the hail damage to your Tesla Model 3 (K-DF 2024) from the storm on 19 September. Your appointment at our mobile hail centre is:

Monday, 28 September 2026, 11:20
Hail centre Cologne-Marsdorf, car park of the furniture store, Europaallee 3

Our assessor will check the car there (about 20 minutes) and you can choose between paintless dent repair at a partner workshop and payment of the net repair costs. The deductible of your partial cover (policy KF 66 012 375) is EUR 150.

Please bring your vehicle registration document.

Kind regards""",
  sig="petersen", sigstyle="short")

M("N", "en", "internal", "trap: information-security guidance explaining subject tags such as [streng vertraulich] (tags only in the body, mail itself harmless)",
  frm=ADDR("fischer"), to="claims-all@versicherer.example",
  subj="How to mark e-mails for encrypted delivery",
  date="2026-09-24 09:00", client="outlook",
  body="""Dear colleagues,

our secure mail gateway now evaluates subject tags. If you send personal data to customers, lawyers or assessors, you can make sure the mail is encrypted by adding one of these tags at the beginning of the subject line:

  [vertraulich]          personal data, e.g. bank details, contract data
  [streng vertraulich]   health data, e.g. medical reports, injuries, diagnoses
  [secure]               same as [vertraulich], for English correspondence

The gateway also detects sensitive content automatically, but the tag makes your intention explicit and is always respected. Please do not use the tags for internal newsletters or general information – that only fills up the recipients' portal mailboxes.

Questions: infosec@versicherer.example

Tim Fischer
Information Security""")

M("C", "de", "internal", "explicit marking: subject tag [vertraulich] set by the sender on an internal reorganisation draft (content itself without personal data)",
  frm=ADDR("schmitz"), to="Führungskreis-Schaden@versicherer.example",
  subj="[vertraulich] Entwurf Zielbild Schadenorganisation 2027",
  date="2026-09-25 17:45", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

anbei vorab und streng im Führungskreis der Entwurf des Zielbilds für die Schadenorganisation 2027, über den wir in der Klausur am 06.10. sprechen wollen.

Kernpunkte:
- Zusammenlegung von Kraftfahrt-Sachschaden und Sach-Kleinschaden zu einem Team „Schnellregulierung“ (Ziel: 60 % Dunkelverarbeitung bis 2028),
- eigener Bereich Personenschaden für alle Sparten (Kfz, Haftpflicht, Unfall),
- Außendienst regional gebündelt in drei statt fünf Standorten,
- keine betriebsbedingten Kündigungen; Stellenabbau von ca. 40 Stellen über Fluktuation bis 2029.

Bitte den Entwurf noch nicht mit euren Teams teilen; der Betriebsrat wird am 15.10. informiert.

Claudia""")

M("S", "de", "insurer-to-lawyer", "legal-expenses cover for a dispute with another company's accident insurer about the customer's degree of disability after a fall",
  frm=ADDR("lindqvist"), to="Rechtsanwältin Dr. Miriam Falk <falk@versicherungsrecht-falk.example>",
  subj="Ihre Mandantin Frau Brigitte Sander – Invaliditätsleistung ./. Hanse Unfallversicherung – RS 16 552 904",
  date="2026-09-28 11:08",
  body="""Sehr geehrte Frau Dr. Falk,

für die Klage Ihrer Mandantin, unserer Versicherungsnehmerin Frau Brigitte Sander, gegen die Hanse Unfallversicherung AG erteilen wir Deckungszusage für die erste Instanz vor dem Landgericht Köln (Versicherungsvertrags-Rechtsschutz).

Nach den Unterlagen stürzte Frau Sander am 04.01.2025 bei Glatteis und erlitt eine komplexe Schulterfraktur rechts (Humeruskopf-Mehrfragmentfraktur) mit anschließender Implantation einer inversen Schulterprothese. Der Unfallversicherer hat auf Grundlage seines Gutachtens einen Invaliditätsgrad von 3/20 Armwert anerkannt; der von Ihnen beauftragte Orthopäde kommt wegen der eingeschränkten Beweglichkeit und der Schmerzen auf 8/20 Armwert. Streitwert laut Ihrer Berechnung: 31.250 EUR.

Die Kosten des Privatgutachtens (1.480 EUR) übernehmen wir nicht, da es vor der Deckungsanfrage eingeholt wurde.

Mit freundlichen Grüßen""",
  sig="lindqvist")

M("N", "de", "insurer-to-workshop", "everyday: circular to partner workshops on mandatory photos before repair; no customers",
  frm=ADDR("petersen"), to="partnerwerkstaetten@versicherer.example",
  subj="Ab 01.11.: Fotodokumentation vor Reparaturbeginn Pflicht",
  date="2026-09-29 10:15", client="outlook",
  body="""Sehr geehrte Partnerbetriebe,

in den letzten Monaten mussten wir mehrfach Rechnungspositionen nachträglich klären, weil Schäden nicht ausreichend dokumentiert waren. Ab dem 1. November 2026 gilt deshalb:

- Vor Reparaturbeginn sind mindestens 8 Fotos hochzuladen: vier Fahrzeugecken, Kennzeichen, Kilometerstand, Schadenbereich gesamt und im Detail.
- Verdeckte Schäden sind im zerlegten Zustand zu fotografieren, bevor neue Teile eingebaut werden.
- Fotos bitte ohne Personen und ohne Fahrzeugpapiere.

Ohne Fotodokumentation wird der Auftrag im Portal nicht zur Abrechnung freigeschaltet.

Mit freundlichen Grüßen""",
  sig="petersen")

M("C", "de", "insurer-to-customer", "buildings insurance of a private landlord: water damage in a rented flat, tenants named, access and drying",
  frm=ADDR("demir"), to="Wolfgang Thelen <wolfgang.thelen@netcologne.example>",
  subj="Leitungswasserschaden Gereonswall 20 – Mieterin Frau Sommer, WG 26-019346",
  date="2026-09-30 14:19",
  body="""Sehr geehrter Herr Thelen,

zu dem Leitungswasserschaden in Ihrem Mehrfamilienhaus Gereonswall 20 (Wohngebäude WG 12 845 330): Laut Leckageortung vom 28.09. ist eine Kupferleitung in der Wand zwischen Bad und Küche der Wohnung von Frau Nadine Sommer (EG links) undicht. Die Wohnung von Herrn und Frau Lehmkuhl im Keller-Souterrain ist durch das ablaufende Wasser ebenfalls betroffen.

Nächste Schritte:
1. Die Installationsfirma öffnet am 05.10. die Wand und repariert die Leitung.
2. Danach Trocknung in beiden Wohnungen, voraussichtlich drei Wochen.
3. Bitte informieren Sie Ihre Mieter, dass Handwerker Zugang zu den Wohnungen benötigen.

Der Mietausfall, falls die Mieter die Miete wegen der Trocknung mindern, ist bis zu 12 Monate versichert. Die Stromkosten der Trocknungsgeräte erstatten wir den Mietern direkt – dafür brauchen wir die Zählerstände zu Beginn und Ende.

Mit freundlichen Grüßen""",
  sig="demir")

M("S", "en", "insurer-to-claimant", "cyclist hit by our insured's opening car door ('dooring'): collarbone fracture, physiotherapy, claim no.",
  frm=ADDR("kaya"), to="Siobhan Murphy <siobhan.murphy@ucd.example>",
  subj="Your accident on Zülpicher Straße on 17 September – our ref. KH 26-026002",
  date="2026-10-01 12:02",
  body="""Dear Ms Murphy,

we are the motor insurer of the car whose driver opened the door into your path on 17 September. Our policyholder has confirmed the accident, and we accept liability in full.

I'm sorry about your injury. From your e-mail I understand that you fractured your left collarbone, that it was treated without surgery with a sling at the St. Elisabeth hospital and that you now have physiotherapy twice a week. You could not attend your lab work at the university for four weeks.

Please send us:
- the hospital's outpatient report and the physiotherapy prescription,
- the invoices you paid yourself (your Irish insurance or the German statutory insurance may have paid the rest),
- the repair quote for your bike and receipts for the helmet and jacket.

As a first step, we will pay EUR 1,500 on account. Please give us your bank details.

Kind regards""",
  sig="kaya")

M("N", "de", "internal", "everyday: reminder to enter holiday plans for Q4; no data",
  frm=ADDR("brenner"), to="KS-Kraftfahrt-Team2@versicherer.example",
  subj="Urlaubsplanung Q4 – bitte bis 10.10. eintragen",
  date="2026-10-02 08:50",
  body="""Moin zusammen,

bitte tragt eure Urlaubswünsche für Oktober bis Dezember bis zum 10.10. in die Teamliste ein. Zwischen den Jahren brauchen wir pro Tag mindestens drei Leute, und wie jedes Jahr wird es in der Hagel- und Wildunfallsaison im Oktober eng.

Danke!
Markus""")

M("S", "de", "insurer-to-assessor", "fire investigation order: elderly tenant died in a flat fire; cause of death, smoking and oxygen device mentioned",
  frm=ADDR("wolters"), to="Brandursachenermittlung Dr. Jansen <auftrag@brandgutachten-jansen.example>",
  subj="Auftrag Brandursachenermittlung – Mehrfamilienhaus Weidengasse 14, Köln, WG 26-019988",
  date="2026-10-05 09:44",
  body="""Sehr geehrter Herr Dr. Jansen,

wir beauftragen Sie mit der Ermittlung der Brandursache im oben genannten Gebäude (Versicherungsnehmerin: Erbengemeinschaft Hollmann, vertreten durch Herrn Jörg Hollmann).

Am 02.10.2026 brach gegen 23 Uhr in der Wohnung im 1. OG rechts ein Feuer aus. Der 84-jährige Mieter, Herr Ewald Schiefer, ist bei dem Brand ums Leben gekommen; laut Auskunft der Kriminalpolizei an den Hausverwalter starb er an einer Rauchgasvergiftung. Herr Schiefer war nach Angaben der Nachbarn starker Raucher und wegen einer COPD auf ein Sauerstoffkonzentrat angewiesen.

Die Kriminalpolizei hat die Brandstelle inzwischen freigegeben (Az. KK 11, 261002-2307-130118). Bitte klären Sie insbesondere, ob die Brandentstehung im Bereich des Sauerstoffgeräts liegt und ob ein technischer Defekt (Gerät, Elektroinstallation) in Betracht kommt; davon hängt ein möglicher Regress gegen den Hersteller bzw. den Vertreiber ab.

Schlüssel erhalten Sie beim Hausverwalter, Herrn Schuster (0221 77 41 08).

Mit freundlichen Grüßen""",
  sig="wolters")

M("C", "en", "insurer-to-broker", "status of a named client's liability claim for a broker: claim no., amounts, no injury",
  frm=ADDR("reuter"), to="Jonas Petersen-Ward <jpw@nordlicht-makler.example>",
  subj="Re: Status claim of your client Mrs Carolin Vogt – PH 26-014480",
  date="2026-10-06 13:11", client="thunderbird",
  body="""Hi Jonas,

I checked with the liability claims team: the claim of your client Mrs Carolin Vogt (policy PH 70 355 902) about the damaged laptop of her colleague was settled last Friday. We paid EUR 640 (time value of the laptop) directly to the colleague; the invoice for the data recovery (EUR 180) was rejected because the data loss is not a property damage under the policy terms.

Mrs Vogt will get the settlement letter by post this week.

Cheers,
Frank""",
  sig="reuter", sigstyle="short",
  quote=Q("""On 05.10.2026 16:02, Jonas Petersen-Ward wrote:
Hi Frank, can you give me a quick status on Mrs Vogt's claim (laptop of her colleague)? She's asking every day. Thanks, Jonas"""))

M("N", "en", "newsletter", "everyday: English severe weather alert for customers (heat, thunderstorms); generic",
  frm="Versicherer Claims Service <newsletter@versicherer.example>", to="customers-en@versicherer.example",
  subj="Weather alert: severe thunderstorms expected this weekend",
  date="2026-06-26 14:30", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/en/newsletter/unsubscribe>", "Precedence": "bulk"},
  body="""Dear customer,

after the heat of the last few days, the German Weather Service expects severe thunderstorms with heavy rain, hail and gusts of up to 100 km/h on Saturday and Sunday in western Germany.

Our tips:
- Park your car in a garage or car park if possible.
- Close windows and skylights, secure garden furniture and parasols.
- Unplug sensitive electronic devices during a thunderstorm.
- Check that your basement drains are clear and the backflow valve is closed.

If your home or car is damaged: take photos, take reasonable steps to prevent further damage and report the claim online at www.versicherer.example/en/claim or by phone at +49 221 555-7000.

Stay safe!
Your claims service

Versicherer Allgemeine Versicherung AG · Rheinuferstrasse 12 · 50667 Cologne""")

M("N", "de", "insurer-to-customer", "trap: automatic acknowledgement from the claims mailbox; no content of the incoming mail",
  frm="Versicherer Schadenservice <schaden-noreply@versicherer.example>", to="g.lenzen@gmx.example",
  subj="Eingangsbestätigung",
  date="2026-10-07 21:14", client="system", mailer="VERSO Output Management 7.4",
  body="""Guten Tag,

vielen Dank für Ihre Nachricht an unseren Schadenservice. Sie ist bei uns eingegangen und wird in der Regel innerhalb von zwei Werktagen bearbeitet.

Bitte senden Sie uns keine Gesundheitsunterlagen per normaler E-Mail. Nutzen Sie dafür unser SecureMail-Portal: https://securemail.versicherer.example/

In dringenden Fällen erreichen Sie uns rund um die Uhr unter +49 221 555-7000.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.""")

M("S", "de", "insurer-to-customer", "household fire claim: replacement accommodation must be wheelchair accessible because the customer has multiple sclerosis; care service and aids mentioned",
  frm=ADDR("demir"), to="Renate Volkmer <renate.volkmer@t-online.example>",
  subj="Ersatzunterkunft nach dem Wohnungsbrand – HR 26-019501",
  date="2026-10-08 11:52", client="outlook",
  body="""Liebe Frau Volkmer,

wie heute Morgen besprochen, habe ich mich um eine Ersatzunterkunft gekümmert. Weil Sie wegen Ihrer Multiplen Sklerose auf den Rollstuhl angewiesen sind und eine Pflegekraft morgens und abends zu Ihnen kommt, kommt das Hotel, in dem Sie gerade sind, auf Dauer nicht in Frage.

Ich habe folgende barrierefreie Wohnung reserviert:
Apartmenthaus Rheinblick, Alteburger Straße 140, 50968 Köln, Erdgeschoss, bodengleiche Dusche, Türbreiten 90 cm
ab Montag, 12.10.2026, zunächst für drei Monate

Die Kosten trägt Ihre Hausratversicherung (HR 18 774 005) als Hotel- und Unterbringungskosten bis zu 200 Tage. Ihr Pflegedienst ist informiert und kann die neue Adresse ab Montag anfahren.

Für den Transport Ihres Pflegebetts und des Toilettenstuhls hat die Sanitätshausfirma zugesagt, das am Montagvormittag zu übernehmen – die Kosten übernehmen wir ebenfalls.

Herzliche Grüße""",
  sig="demir", sigstyle="short")

M("C", "de", "insurer-to-authority", "recourse claim to the city for a fallen street tree that damaged our customer's car: named customer, plate, amounts",
  frm=ADDR("ahrens"), to="Stadt Köln – Amt für Landschaftspflege und Grünflächen, Schadenstelle <schadenstelle-gruen@stadt-koeln.example>",
  subj="Regressforderung – umgestürzter Straßenbaum Neusser Wall, 11.08.2026 – unser Zeichen VK 26-023115",
  date="2026-10-09 10:05",
  body="""Sehr geehrte Damen und Herren,

am 11.08.2026 stürzte bei Windstille ein Straßenbaum (Platane, Baumkataster-Nr. 4711-0833) am Neusser Wall auf das dort ordnungsgemäß geparkte Fahrzeug unserer Versicherungsnehmerin Frau Petra Sandmann (VW T-Roc, K-PS 3311).

Nach dem Gutachten des von uns beauftragten Baumsachverständigen war der Baum seit Jahren durch Brandkrustenpilz geschädigt; die Schädigung war bei einer ordnungsgemäßen Regelkontrolle erkennbar. Die Stadt hat damit ihre Verkehrssicherungspflicht verletzt (§ 839 BGB i. V. m. Art. 34 GG).

Wir haben unserer Versicherungsnehmerin aus der Vollkasko 14.260,00 EUR gezahlt (Totalschaden abzüglich Restwert). Die Ansprüche sind auf uns übergegangen. Zusätzlich macht Frau Sandmann ihre Selbstbeteiligung von 500 EUR und ihre Rückstufung selbst geltend.

Wir bitten um Zahlung von 14.260,00 EUR bis zum 15.11.2026 bzw. um Weiterleitung an Ihren Haftpflichtversicherer (Kommunaler Schadenausgleich).

Mit freundlichen Grüßen""",
  sig="ahrens")

M("N", "de", "insurer-to-supplier", "everyday: request to a towing company to switch to e-invoices; no claims or persons",
  frm=ADDR("krueger"), to="Abschleppdienst Rheinland GmbH <buchhaltung@abschlepp-rheinland.example>",
  subj="Umstellung auf XRechnung ab 01.01.2027",
  date="2026-10-12 09:20",
  body="""Sehr geehrte Damen und Herren,

ab dem 1. Januar 2027 können wir Rechnungen nur noch als elektronische Rechnung im Format XRechnung oder ZUGFeRD (ab Profil EN 16931) annehmen. PDF-Rechnungen ohne strukturierte Daten und Papierrechnungen werden ab diesem Datum zurückgewiesen.

Bitte senden Sie die Rechnungen an eingangsrechnung@versicherer.example. Als Leitweg-ID bzw. Referenz geben Sie bitte weiterhin unsere Schadennummer an.

Falls Ihr Abrechnungsprogramm das noch nicht kann, finden Sie auf unserer Lieferantenseite eine Liste kostenloser Tools.

Mit freundlichen Grüßen""",
  sig="krueger", sigstyle="short")

M("S", "en", "internal", "fleet client's truck driver seriously injured (pelvic fracture) – coordination between fleet and bodily injury teams",
  frm=ADDR("brooks"), to=ADDR("kaya"), cc=ADDR("brenner"),
  subj="Lanz Transporte e.K. – driver injured in A 1 accident, DN-LT 611",
  date="2026-10-13 15:40",
  body="""Hi Emre,

heads-up on a fleet claim that will land on your desk: one of Lanz Transporte's trucks (DN-LT 611) was hit by a car that came onto the A 1 the wrong way near Hagen last night. The driver, Mr Stefan Huppertz (49), is in the BG Klinikum Bergmannsheil in Bochum with a pelvic fracture and internal bleeding; he was operated on this morning and is in intensive care. The wrong-way driver died at the scene.

Our side: the truck is insured with us (fleet FL 80 117 004), total loss likely. Mr Huppertz's personal injury claims go against the wrong-way driver's insurer, but Lanz has the driver protection extension for the fleet, so we'll have to pay first and then seek recourse.

Mr Lanz (owner) asked me to handle everything discreetly; the driver's wife has been informed by the police. Can we talk tomorrow at 9?

Hannah""",
  sig="brooks", sigstyle="short")

M("N", "en", "insurer-to-company", "everyday: machinery breakdown insurance offer to a printing company (prospect); business data only",
  frm=ADDR("hartmann"), to="Printworks Rhein GmbH <einkauf@printworks-rhein.example>",
  subj="Quotation: machinery breakdown insurance for your new offset press",
  date="2026-10-14 11:25",
  body="""Dear Ms Schönfeld,

thank you for the technical data of the new Heidelberg Speedmaster XL 106 you are installing in November. Our quotation:

- Machinery breakdown cover for the press and the inline coating unit, sum insured EUR 3.8m (new replacement value)
- Deductible EUR 10,000 per loss; EUR 25,000 for damage caused by operating errors
- Optional business interruption after machinery breakdown: 6 months, EUR 1.2m gross profit, 5 working days waiting period
- Annual premium: EUR 9,460 (without BI) / EUR 13,980 (with BI), plus 19 % insurance tax

Cover during transport and assembly can be arranged via an erection all risks policy with the manufacturer.

The quotation is valid until 30 November 2026.

Kind regards""",
  sig="hartmann")

M("C", "de", "insurer-to-customer", "lost luggage on a flight to Turkey: named customer, travel policy, claim no., item values",
  frm=ADDR("seidel"), to="Elif Yıldırım <elif.yildirim@gmx.example>",
  subj="Ihr verlorener Koffer – Reisegepäck RG-26-01477",
  date="2026-10-15 16:02",
  body="""Liebe Frau Yıldırım,

Ihr Koffer ist auf dem Flug von Köln nach Antalya am 28.09. verloren gegangen und wurde von der Fluggesellschaft inzwischen endgültig als nicht auffindbar erklärt. Die Fluggesellschaft hat Ihnen 620 EUR erstattet.

Nach Ihrer Liste (Zeitwerte):

  Koffer Samsonite, 2023           190 EUR
  Kleidung, Schuhe                 780 EUR
  Kosmetik                         140 EUR
  Geschenke für die Familie        310 EUR
  Summe                          1.420 EUR

Aus Ihrer Reisegepäckversicherung RV 2207 6610 erstatten wir den Betrag, den die Fluggesellschaft nicht übernommen hat: 1.420 – 620 = 800 EUR. Die Zahlung geht in den nächsten Tagen auf das Konto, das Sie uns genannt haben.

Viele Grüße""",
  sig="seidel", sigstyle="short")

M("N", "de", "internal", "trap: legal-expenses claims statistics by area of law (XLSX sent as octet-stream), aggregates only",
  frm=ADDR("schmitz"), to=ADDR("lindqvist"),
  subj="RS-Statistik Q1–Q3 nach Rechtsgebiet",
  date="2026-10-16 10:47", client="thunderbird",
  body="""Hallo Petra,

die gewünschte Auswertung für euren Workshop. Keine Einzelfälle, nur Summen. Die Datei kam bei mir als „unbekannter Typ“ aus dem DWH, sollte sich aber mit Excel öffnen lassen.

Claudia""",
  att=[XLSX("RS_Statistik_Q1-Q3_2026.xlsx", {
      "Rechtsgebiete": [["Rechtsgebiet", "Fälle", "Zahlungen EUR", "Ø Kosten EUR", "Anteil Klageverfahren"],
                        ["Arbeitsrecht", 6120, 9871000, 1613, "31 %"],
                        ["Verkehrsrecht (Zivil)", 4877, 4102000, 841, "12 %"],
                        ["Verkehrs-OWi", 5210, 3360000, 645, "9 %"],
                        ["Mietrecht", 3004, 3915000, 1303, "22 %"],
                        ["Vertragsrecht", 4412, 5577000, 1264, "18 %"],
                        ["Sozialrecht", 902, 1120000, 1242, "44 %"],
                        ["Strafrecht", 611, 1488000, 2435, "–"]]}, author="Claudia Schmitz", octet=True)])

M("S", "de", "insurer-to-customer", "trip cancellation: customer's husband had a heart attack (his own mobile mail with typos quoted)",
  frm=ADDR("seidel"), to="Gabi Reinartz <gabi.reinartz@web.example>",
  subj="AW: Reise storno wegen herzinfakt",
  date="2026-10-19 09:12", client="outlook",
  body="""Liebe Frau Reinartz,

das tut mir sehr leid, ich wünsche Ihrem Mann gute Besserung!

Keine Sorge wegen der Unterlagen: Schicken Sie uns einfach, wenn Sie dazu kommen, die Stornorechnung von Ihrem Reisebüro und den Entlassungsbericht bzw. eine kurze Bescheinigung des Krankenhauses über den Herzinfarkt. Das Attest-Formular brauchen wir in diesem Fall nicht. Am einfachsten geht das über unser SecureMail-Portal, den Link schicke ich Ihnen gleich separat.

Die Reise (Teneriffa, 24.10.–07.11., Vertrag RV 3001 4456) ist für Sie beide versichert, auch für Sie als Mitreisende.

Herzliche Grüße""",
  sig="seidel", sigstyle="short",
  quote=OQ("Gabi Reinartz <gabi.reinartz@web.example>", "Sonntag, 18. Oktober 2026 22:47", "reise@versicherer.example",
           "Reise storno wegen herzinfakt", """hallo, mein mann hatte am freitag nen herzinfakt und liegt im krankenhaus in porz, die haben ihm 2 stents gesetzt. wir müssen die reise nach teneriffa stornieren (24.10.). was müssen wir machen?? ich bin total durch den wind. gabi reinartz

Von meinem Samsung Galaxy gesendet"""))

M("N", "de", "insurer-to-broker", "everyday: commission statement for a broker company (GmbH) as ODS; no customers",
  frm=ADDR("reuter"), to="Nordlicht Versicherungsmakler GmbH <buchhaltung@nordlicht-makler.example>",
  subj="Courtageabrechnung September 2026",
  date="2026-10-20 12:30",
  body="""Sehr geehrte Damen und Herren,

anbei die Courtageübersicht für September 2026 nach Sparten. Die Einzelnachweise je Vertrag stehen wie gewohnt im Maklerportal unter „Abrechnungen“ zum Download bereit.

Die Auszahlung erfolgt am 25.10. auf das hinterlegte Geschäftskonto.

Mit freundlichen Grüßen""",
  sig="reuter",
  att=[ODS("Courtage_2026-09_Nordlicht.ods", {
      "September 2026": [["Sparte", "Bestandscourtage EUR", "Abschlusscourtage EUR", "Stornoreserve EUR", "Auszahlung EUR"],
                         ["Kraftfahrt", 8412.30, 1220.00, -240.00, 9392.30],
                         ["Sach privat", 3318.75, 610.50, -90.00, 3839.25],
                         ["Haftpflicht", 1207.40, 180.00, 0, 1387.40],
                         ["Rechtsschutz", 2110.00, 455.00, -60.00, 2505.00],
                         ["Summe", 15048.45, 2465.50, -390.00, 17123.95]]})])

M("C", "de", "insurer-to-lawyer", "claimant's lawyer demands notional (fictitious) settlement of repair costs; named claimant, plate; property only",
  frm=ADDR("brenner"), to="Kanzlei Hagedorn & Partner <verkehr@hagedorn-partner.example>",
  subj="Ihr Zeichen 26/1142 – Herr Lars Wittkamp – fiktive Abrechnung, KH 26-024410",
  date="2026-10-21 13:36", client="outlook",
  body="""Sehr geehrte Damen und Herren,

Ihr Mandant, Herr Lars Wittkamp, möchte den Fahrzeugschaden (BMW 320d Touring, GM-LW 202) fiktiv auf Basis des Gutachtens abrechnen. Dazu:

1. Die Stundenverrechnungssätze der markengebundenen Fachwerkstatt (198 EUR/Std.) legen wir nicht zugrunde. Das Fahrzeug ist älter als drei Jahre und wurde nach dem Scheckheft nicht durchgängig in einer Markenwerkstatt gewartet. Wir verweisen auf die gleichwertige und ohne Weiteres zugängliche freie Fachwerkstatt Karosserie Özdemir, Leverkusen (13 km), Stundensatz 142 EUR.
2. UPE-Aufschläge und Verbringungskosten fallen bei fiktiver Abrechnung nur an, wenn sie in der Region üblich sind; das ist bei der genannten Werkstatt nicht der Fall.

Wir zahlen daher 4.388,10 EUR statt der geforderten 5.702,40 EUR. Die Abrechnung hängt diesem Schreiben als Anlage per Post an.

Mit freundlichen Grüßen""",
  sig="brenner")

M("N", "de", "internal", "trap: ZIP with correspondence templates (DOCX with «placeholders») and a CSV list of text block IDs",
  frm=ADDR("ahrens"), to="KS-alle@versicherer.example",
  subj="Vorlagenpaket Schadenkorrespondenz Stand Oktober 2026",
  date="2026-10-22 16:05", client="outlook",
  body="""Hallo zusammen,

im Anhang das aktualisierte Vorlagenpaket (Eingangsbestätigung, Anforderung Unterlagen, Abfindungserklärung) plus die Liste der Textbaustein-IDs. Die Vorlagen enthalten nur Platzhalter; bitte keine ausgefüllten Exemplare zurück ins Laufwerk speichern.

Kai""",
  att=[ZIP("Vorlagen_Schadenkorrespondenz_2026-10.zip", [
      DOCX("Eingangsbestaetigung.docx", [("h", "Eingangsbestätigung"), "«Anrede» «Name»,", "vielen Dank für Ihre Schadenmeldung vom «Meldedatum». Wir haben den Schaden unter der Nummer «Schadennummer» erfasst. Ihre Ansprechpartnerin ist «Sachbearbeiter».", "Mit freundlichen Grüßen"]),
      DOCX("Anforderung_Unterlagen.docx", [("h", "Anforderung von Unterlagen"), "«Anrede» «Name»,", "zur weiteren Bearbeitung benötigen wir noch: «Unterlagenliste». Bitte senden Sie uns die Unterlagen bis «Frist».", "Medizinische Unterlagen bitte ausschließlich über das SecureMail-Portal."]),
      DOCX("Abfindungserklaerung.docx", [("h", "Abfindungserklärung"), "Ich, «Name», erkläre mich gegen Zahlung von «Betrag» EUR für alle Ansprüche aus dem Schadenereignis vom «Schadendatum» für abgefunden. «Vorbehalt»", "Ort, Datum, Unterschrift: ____________________"]),
      CSV("Textbausteine_IDs.csv", [["ID", "Titel", "Sparte", "Stand"],
                                    ["EB-01", "Eingangsbestätigung allgemein", "alle", "2026-10"],
                                    ["AU-03", "Anforderung Unterlagen", "alle", "2026-10"],
                                    ["AB-02", "Abfindungserklärung", "Haftpflicht/Kfz", "2026-10"],
                                    ["MW-03", "Kürzung Mietwagentarif", "Kfz", "2026-07"],
                                    ["MW-04", "Mietdauer", "Kfz", "2026-07"]])])])


# ---- batch 8 ---------------------------------------------------------------

M("N", "en", "insurer-to-partner", "everyday: updated list of foreign claims representatives (companies only) sent to a partner insurer",
  frm=ADDR("ahrens"), to="International Claims – Zeeland Verzekeringen <international.claims@zeeland-verzekeringen.example>",
  subj="Updated list of our claims representatives abroad (valid from 1 November)",
  date="2026-10-26 10:10",
  body="""Dear colleagues,

please note our updated claims representatives under the 4th Motor Insurance Directive from 1 November 2026:

  Netherlands   Schaderegeling Benelux B.V., Rotterdam     nl-claims@sr-benelux.example
  Belgium       Schaderegeling Benelux B.V., Rotterdam     be-claims@sr-benelux.example
  France        Gestion Sinistres Rhin SAS, Strasbourg     sinistres@gsr-strasbourg.example
  Austria       Schadenbüro Alpen GmbH, Innsbruck          at@schadenbuero-alpen.example
  Italy         Liquidazioni Nord S.r.l., Milan            sinistri@liqnord.example
  Poland        Likwidacja Szkód Zachód Sp. z o.o., Poznań pl@lsz-poznan.example

The representative for Spain and Portugal remains unchanged. Please update your records.

Kind regards""",
  sig="ahrens")

M("N", "en", "internal", "everyday: claims KPI dashboard Q3 with an HTML table; aggregates only",
  frm=ADDR("schmitz"), to="claims-management@versicherer.example",
  subj="Claims KPIs Q3 2026",
  date="2026-10-27 08:15", client="outlook", html=True,
  body="""Good morning,

here are the claims KPIs for Q3 2026:

[[kpi]]

Highlights: glass claims are now settled in under two days on average, and the share of claims reported digitally passed 55 % for the first time. Bodily injury settlement time is still above target; the new bodily injury unit from 2027 should help.

Full report in the controlling folder.

Claudia""",
  tables={"kpi": ([["KPI", "Q3 2025", "Q3 2026", "Target 2026"],
                   ["Claims reported", "148,220", "156,904", "–"],
                   ["Digitally reported", "47 %", "56 %", "55 %"],
                   ["Avg. settlement time glass", "3.4 days", "1.8 days", "2 days"],
                   ["Avg. settlement time motor BI", "221 days", "204 days", "180 days"],
                   ["Customer satisfaction (1–5)", "4.1", "4.3", "4.2"],
                   ["Complaints per 1,000 claims", "3.9", "3.1", "3.5"]], "pad")})

M("N", "en", "newsletter", "everyday: winter driving and black ice alert for English-speaking customers",
  frm="Versicherer Claims Service <newsletter@versicherer.example>", to="customers-en@versicherer.example",
  subj="First black ice of the season – winter tyres and safe driving",
  date="2026-11-16 06:45", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/en/newsletter/unsubscribe>", "Precedence": "bulk"},
  body="""Dear customer,

temperatures are expected to drop below freezing tonight, with black ice on roads and bridges in many parts of Germany.

Please remember:
- In Germany, winter tyres (marked with the alpine symbol) are required by law in wintry conditions. Driving with summer tyres on snow or ice can lead to a fine – and in the event of an accident, to reduced benefits under your comprehensive cover.
- Clear all windows and the roof of snow and ice before you drive.
- Keep a larger distance and brake gently.

If you have an accident: secure the scene, call the police if anyone is hurt, and report the claim at www.versicherer.example/en/claim or on +49 221 555-7000.

Drive safely!
Your claims service""")

M("N", "en", "insurer-to-company", "everyday: winter checklist for vacant commercial buildings sent to commercial customers; generic",
  frm=ADDR("hartmann"), to="firmenkunden-sach@versicherer.example",
  subj="Winter checklist: protecting vacant and partly used buildings from frost damage",
  date="2026-11-10 09:30", client="outlook",
  body="""Dear customers,

every winter we see expensive frost damage in commercial buildings that are vacant or only used part of the time – burst pipes in unheated storage halls, frozen sprinkler lines, flooded offices after the holidays.

Our checklist:
1. Heat all rooms with water pipes to at least 5 °C, or drain and shut off the pipes.
2. Check buildings that are not used at least once a week and document the checks.
3. Wet sprinkler systems: check the heating of valve rooms and the antifreeze in dry sections.
4. Before the holidays: shut off the main water valve where possible.

Please note: if the safety precautions in your policy are not observed, we may be entitled to reduce our benefits.

Our risk engineers are happy to advise you: risikoservice@versicherer.example

Kind regards""",
  sig="hartmann")

M("N", "en", "internal", "trap: IT ticket about medical reports not printing from the claims system; no document content or claim",
  frm=ADDR("hoffmann"), to=ADDR("kaya"),
  subj="[Ticket INC-2026-118407] Printing of 'Arztberichte' from the claims file fails",
  date="2026-11-03 14:22", client="system", mailer="ServiceNow",
  body="""Hello Emre,

your ticket INC-2026-118407 has been updated.

Status: Resolved
Short description: Documents of type "Arztberichte / medical reports" cannot be printed from the claims file (error "PDF renderer timeout").

Resolution: The PDF renderer rejected scanned documents larger than 20 MB. The limit was raised to 60 MB on 3 November, 13:40. Printing works again for all document types. No documents were lost or changed.

If the problem occurs again, please reopen the ticket within 14 days.

IT Service Desk""")

M("N", "en", "insurer-to-broker", "everyday: storm season instructions for brokers on bulk claims reporting; generic",
  frm=ADDR("vogel"), to="makler-sued@versicherer.example",
  subj="Storm season: bulk reporting for commercial clients",
  date="2026-11-05 11:00",
  body="""Dear broker partners,

after last year's autumn storms, many of you asked for a faster way to report several claims of one commercial client at once. From now on you can use the bulk upload in the broker portal:

- one CSV file per client, one line per damaged location or vehicle,
- mandatory fields: policy number, date of loss, location, short description, estimated amount,
- photos can be added later per line.

Claims up to EUR 5,000 per line are settled without an adjuster visit if photos are provided. For larger claims the adjuster contacts your client within 48 hours.

The CSV template is available in the portal under "Downloads > Claims".

Kind regards
Katharina Vogel""")

M("N", "de", "internal", "everyday: minutes of the motor claims jour fixe (ODT), staff names and topics only",
  frm=ADDR("brenner"), to="KS-Kraftfahrt-Team2@versicherer.example",
  subj="Protokoll Jour fixe Kfz-Schaden 02.11.2026",
  date="2026-11-02 16:40",
  body="""Hallo zusammen,

anbei das Protokoll vom heutigen Jour fixe. Bitte die Aufgaben bis zum nächsten Termin erledigen.

Markus""",
  att=[ODT("Protokoll_JF_Kfz_2026-11-02.odt", [
      ("h", "Protokoll Jour fixe Kfz-Schaden Team 2 – 02.11.2026"),
      "Teilnehmende: Markus Brenner (Leitung), Emre Kaya, Lars Petersen, Claudia Schmitz (Gast)\nProtokoll: Markus Brenner",
      ("t", [["TOP", "Inhalt", "Aufgabe / Verantwortlich"],
             ["1", "Rückstände: 212 offene Vorgänge > 30 Tage (Vormonat 248)", "Abbau bis Jahresende auf < 150 / alle"],
             ["2", "Hagelsaison abgeschlossen, Hagelzentrum Marsdorf abgebaut", "Abschlussbericht / Petersen"],
             ["3", "Fotopflicht Partnerwerkstätten ab 01.11. – erste Erfahrungen", "Feedback sammeln / Petersen"],
             ["4", "Neue Personenschaden-Einheit 2027: Info aus dem Führungskreis", "Info-Termin / Kaya"],
             ["5", "Urlaubsplanung Q4 vollständig", "-"]]),
      "Nächster Termin: 16.11.2026, 10:00 Uhr, Raum 3.08"], author="Markus Brenner")])

M("N", "de", "newsletter", "everyday: black ice / winter tyre warning for German customers; generic",
  frm="Versicherer Schadenservice <newsletter@versicherer.example>", to="kunden-info@versicherer.example",
  subj="Glättewarnung: Jetzt an Winterreifen denken",
  date="2026-11-16 06:40", client="system", mailer="Newsletter2Go",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  body="""Liebe Kundinnen und Kunden,

in der kommenden Nacht sinken die Temperaturen verbreitet unter den Gefrierpunkt. Der Deutsche Wetterdienst warnt vor Glätte durch überfrierende Nässe, besonders auf Brücken und in Waldgebieten.

Unsere Tipps:
- Bei winterlichen Straßenverhältnissen sind Winter- oder Ganzjahresreifen mit Alpine-Symbol Pflicht.
- Scheiben und Dach vollständig von Eis und Schnee befreien.
- Abstand vergrößern, sanft bremsen, früher losfahren.
- Zu Hause: Gehwege räumen und streuen – als Eigentümer oder nach Mietvertrag sind Sie dazu verpflichtet.

Falls doch etwas passiert, melden Sie den Schaden unter www.versicherer.example/schaden oder rund um die Uhr unter +49 221 555-7000.

Kommen Sie sicher durch den Winter!
Ihr Schadenservice""")

M("N", "de", "internal", "trap: training handout on ICD-10 basics for bodily-injury handlers (generic codes, no person)",
  frm=ADDR("kaya"), to="KS-Personenschaden@versicherer.example",
  subj="Schulungsunterlage „ICD-10 für Personenschaden-Sachbearbeitung“",
  date="2026-11-09 13:05",
  body="""Hallo zusammen,

wie versprochen hier die Kurzübersicht aus der Schulung. Sie enthält nur allgemeine Beispiele, keine Fälle.

Häufige Codes in der Kfz-Personenschadenregulierung:

S13.4   Verstauchung und Zerrung der Halswirbelsäule („HWS-Distorsion“)
S20.2   Prellung des Thorax
S42.0   Fraktur der Klavikula
S52.5   Distale Fraktur des Radius
S82.6   Fraktur des Außenknöchels
S06.0   Gehirnerschütterung
F43.1   Posttraumatische Belastungsstörung

Zusatzkennzeichen: G = gesicherte Diagnose, V = Verdacht, Z = Zustand nach, A = ausgeschlossen. Ein „V“ in der AU-Bescheinigung belegt also noch keine Verletzung!

Wichtig: Codes aus konkreten Akten gehören nicht in E-Mails, sondern nur in die Schadenakte bzw. ins SecureMail-Portal.

Gruß, Emre""")

M("N", "de", "insurer-to-supplier", "everyday: framework agreement with a fire restoration company (GmbH), price conditions only",
  frm=ADDR("krueger"), to="BrandSan Sanierung GmbH <vertrieb@brandsan.example>",
  subj="Rahmenvereinbarung Brand- und Rußsanierung 2027 – Zusage",
  date="2026-11-11 10:44",
  body="""Sehr geehrter Herr Tillmann,

wir freuen uns, Ihnen mitteilen zu können, dass Ihr Angebot in der Ausschreibung „Brand- und Rußsanierung NRW 2027–2029“ den Zuschlag für die Lose 2 (Köln/Bonn) und 4 (Aachen/Düren) erhalten hat.

Die wichtigsten Konditionen:
- Reaktionszeit Erstbesichtigung: 24 Stunden, bei Notfällen 4 Stunden,
- Abrechnung nach dem vereinbarten Leistungsverzeichnis (Stand 10/2026), Stundensätze fest bis 31.12.2027,
- Dokumentation mit Fotos und Messprotokollen im Dienstleisterportal,
- Datenschutz: Zugang zu Kundendaten nur im Umfang des jeweiligen Auftrags; Auftragsverarbeitungsvertrag ist Bestandteil.

Den Vertrag erhalten Sie in den nächsten Tagen zur Unterschrift.

Mit freundlichen Grüßen""",
  sig="krueger")

M("C", "de", "insurer-to-customer", "termination of the motor policy by the insurer after a claim (ISO-8859-1): named customer, policy, plate",
  frm=ADDR("engel"), to="Dieter Hübsch <dieter.huebsch@arcor.example>",
  subj="Kündigung Ihrer Kfz-Versicherung KF 19 773 204 nach Schadenfall",
  date="2026-11-12 09:07", charset="iso-8859-1",
  body="""Sehr geehrter Herr Hübsch,

nach § 111 VVG und Abschnitt G.2.3 der Allgemeinen Bedingungen für die Kfz-Versicherung können beide Vertragsparteien den Vertrag nach einem Schadenfall kündigen. Da dies in den letzten drei Jahren der vierte Haftpflichtschaden mit Ihrem Fahrzeug (Opel Insignia, AC-DH 717) ist, machen wir von diesem Recht Gebrauch.

Wir kündigen den Vertrag KF 19 773 204 mit einer Frist von einem Monat zum 12.12.2026, 24:00 Uhr.

Bitte schließen Sie rechtzeitig eine neue Kfz-Haftpflichtversicherung ab. Ihr neuer Versicherer benötigt dafür eine elektronische Versicherungsbestätigung (eVB). Ohne Versicherungsschutz darf das Fahrzeug nicht im Straßenverkehr genutzt werden; wir sind verpflichtet, das Ende des Versicherungsschutzes der Zulassungsbehörde zu melden.

Den nicht verbrauchten Beitrag erstatten wir Ihnen anteilig.

Mit freundlichen Grüßen""",
  sig="engel", disc=0)

M("C", "de", "insurer-to-claimant", "renovation drilling by our insured damaged the neighbour's water pipe: named parties, claim no., no injury",
  frm=ADDR("oltmanns"), to="Anke Wiedemann <anke.wiedemann@gmx.example>",
  subj="Angebohrte Wasserleitung – Ihr Schaden, unser Zeichen PH 26-021677",
  date="2026-11-13 12:18", client="thunderbird",
  body="""Sehr geehrte Frau Wiedemann,

Ihr Nachbar in der Doppelhaushälfte, Herr Patrick Lutz, hat uns gemeldet, dass er am 07.11.2026 beim Anbringen eines Regals durch die gemeinsame Wand Ihre Wasserleitung angebohrt hat. Herr Lutz ist bei uns privathaftpflichtversichert; wir kümmern uns um Ihren Schaden.

Folgende Kosten übernehmen wir nach Vorlage der Rechnungen:
- Reparatur der Leitung durch den Installateur (Notdienst am 07.11.),
- Trocknung der Wand und des Fußbodens im Wohnzimmer,
- Ausbesserung von Putz und Tapete,
- Ihren beschädigten Teppich zum Zeitwert.

Falls Sie für Ihr Haus eine Wohngebäudeversicherung haben, ist der Leitungsschaden dort ebenfalls versichert – Sie können wählen, an wen Sie sich wenden. Eine Doppelzahlung ist natürlich ausgeschlossen.

Mit freundlichen Grüßen""",
  sig="oltmanns", sigstyle="short")

M("C", "de", "insurer-to-customer", "legal-expenses cover for a dispute with a roofer over a defective roof renovation; named customer, contractor, policy",
  frm=ADDR("lindqvist"), to="Monika und Peter Strauch <strauch.familie@t-online.example>",
  subj="Deckungszusage – Streit mit der Dachdeckerei Kamphausen, RS 22 048 556",
  date="2026-11-17 10:29",
  body="""Sehr geehrte Frau Strauch, sehr geehrter Herr Strauch,

für Ihre Auseinandersetzung mit der Dachdeckerei Kamphausen GmbH wegen der mangelhaften Dachsanierung Ihres Hauses (Ausführung 04/2026, seitdem mehrfach Feuchtigkeit im Dachgeschoss) erteilen wir Deckung aus dem Baustein Vertrags-Rechtsschutz für Eigentümer:

- außergerichtliche Tätigkeit Ihres Anwalts,
- selbstständiges Beweisverfahren vor dem Landgericht Aachen, falls die Firma die Mängel weiter bestreitet.

Bitte beachten Sie: Streitigkeiten über die Planung und Errichtung eines Gebäudes sind in manchen Tarifen ausgeschlossen. In Ihrem Tarif „Premium“ gilt der Ausschluss nur für Neubauten und genehmigungspflichtige Umbauten; die Dachsanierung fällt nicht darunter.

Ihre Selbstbeteiligung beträgt 300 EUR.

Mit freundlichen Grüßen""",
  sig="lindqvist", disc=1)

M("C", "de", "insurer-to-workshop", "total-loss vehicle released to a dismantler (HTML only): owner name, plate, VIN, claim no.",
  frm=ADDR("brenner"), to="Autoverwertung Ruhrtal GmbH <ankauf@autoverwertung-ruhrtal.example>",
  subj="Freigabe Abholung Totalschaden VK 26-025940 – W-HK 812",
  date="2026-11-18 14:51", client="outlook",
  body=None,
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal">Ihr Restwertgebot über 2.350,00 EUR wurde von der Eigentümerin angenommen. Sie können das Fahrzeug abholen:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt">
<tr><td><b>Fahrzeug</b></td><td>Hyundai i30 Kombi, W-HK 812, FIN TMAH381AAJJ194532</td></tr>
<tr><td><b>Eigentümerin</b></td><td>Hannelore Kleinert, Wuppertal (Tel. 0202 44 81 93)</td></tr>
<tr><td><b>Standort</b></td><td>Abschleppdienst Wuppertal-West, Varresbecker Straße 120</td></tr>
<tr><td><b>Schaden-Nr.</b></td><td>VK 26-025940</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bitte zahlen Sie den Kaufpreis vor der Abholung direkt an Frau Kleinert; die Fahrzeugpapiere und beide Schlüssel übergibt sie Ihnen gegen Zahlungsnachweis. Die Standgebühren bis zum Abholtag übernehmen wir.<o:p></o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Markus Brenner<br>Schadenservice Kraftfahrt<br>Versicherer Allgemeine Versicherung AG<o:p></o:p></p>
</div></body></html>
""")

M("C", "en", "insurer-to-customer", "car stolen and found burnt out (theft by unknown persons): named customer, plate, partial cover claim; no injury",
  frm=ADDR("brenner"), to="Oliver Bennett <oliver.bennett@gmx.example>",
  subj="Your stolen car – claim TK 26-026871",
  date="2026-11-19 10:40",
  body="""Dear Mr Bennett,

the Berlin police have informed us that your car (Land Rover Discovery Sport, K-OB 450), which was stolen from the street in Berlin-Friedrichshain on the night of 8 November while you were visiting friends, was found burnt out in a forest near Strausberg on 12 November. The investigation against unknown persons is ongoing (police reference 261108-0345-377210).

Theft and fire are covered by your partial comprehensive cover (policy KF 58 441 209). As the car is a total loss, we will pay the replacement value determined by our assessor, minus your deductible of EUR 150.

Please send us both keys (by registered post), the registration certificate part II and, if the car was financed, the address of the bank. As soon as we have the keys, we will pay within five working days.

Kind regards""",
  sig="brenner")

M("C", "en", "insurer-to-claimant", "moving van of our insured scraped a parked car: named owner and insured, claim no., property only",
  frm=ADDR("brenner"), to="Rebecca Hughes <rebecca.hughes@outlook.example>",
  subj="Damage to your car on Rathenauplatz – our ref. KH 26-027130",
  date="2026-11-20 15:05", client="outlook",
  body="""Dear Ms Hughes,

our policyholder, Mr Henrik Fiedler, rented a van to move house on 14 November and scraped the left side of your Fiat 500 (K-RH 19), which was parked on Rathenauplatz. He left a note with his phone number on your windscreen and reported the accident to us the same day. Thank you for getting in touch so quickly.

As the van was rented, the claim is handled by the rental company's motor insurer; in this case that is us (fleet policy of Mobilia Autovermietung). We accept liability.

You can either have the car repaired at a workshop of your choice and send us the invoice, or send us a quote and we pay the net amount. If the damage is likely to exceed EUR 1,000, an independent assessor's report is at our expense.

Kind regards""",
  sig="brenner", sigstyle="short")

M("S", "de", "insurer-to-customer", "animal-owner liability: the customer's horse kicked a farrier (rib fractures, lung contusion, hospital stay)",
  frm=ADDR("oltmanns"), to="Carina Baltes <carina.baltes@web.example>",
  subj="Tierhalterhaftpflicht Pferd „Lord Lennox“ – Unfall des Hufschmieds, TH 26-009902",
  date="2026-11-23 11:15",
  body="""Sehr geehrte Frau Baltes,

danke für Ihren Anruf. Den Unfall vom 19.11.2026 im Reitstall Gut Römerhof haben wir unter TH 26-009902 in Ihrer Pferdehalterhaftpflicht aufgenommen.

Nach Ihrer Schilderung hat Ihr Wallach „Lord Lennox“ beim Beschlagen ausgekeilt und den Hufschmied, Herrn Bernd Kolvenbach, in die Seite getroffen. Herr Kolvenbach hat drei Rippenbrüche und eine Lungenprellung erlitten und liegt im Krankenhaus Mechernich; er wird voraussichtlich sechs Wochen nicht arbeiten können.

Als Tierhalterin haften Sie grundsätzlich auch ohne Verschulden. Allerdings kann den Hufschmied ein Mitverschulden treffen, weil er als Fachmann die Tiergefahr kennt und beherrschen soll (sog. Handeln auf eigene Gefahr). Das prüfen wir. Außerdem wird vermutlich seine Berufsgenossenschaft zunächst zahlen und uns dann in Regress nehmen.

Bitte schicken Sie uns eine kurze schriftliche Schilderung und den Namen der Stallbetreiberin, die als Zeugin dabei war.

Mit freundlichen Grüßen""",
  sig="oltmanns")

M("S", "de", "insurer-to-lawyer", "claimant's loss of earnings and household management damage after a knee injury (30 % reduced capacity), motor liability",
  frm=ADDR("kaya"), to="Rechtsanwältin Dr. Verena Pohl <kanzlei@pohl-verkehrsrecht.example>",
  subj="Ihr Zeichen 233/25 VP – Frau Anna-Lena Krüger – Haushaltsführungsschaden, KH 25-048812",
  date="2026-11-24 14:02",
  body="""Sehr geehrte Frau Dr. Pohl,

zur Bezifferung des Haushaltsführungsschadens Ihrer Mandantin nehmen wir wie folgt Stellung:

Nach dem orthopädischen Gutachten von Prof. Dr. Heinemann vom 30.09.2026 besteht bei Frau Krüger nach der Tibiakopffraktur rechts und der anschließenden Kreuzbandplastik eine dauerhafte Minderung der Haushaltsführungsfähigkeit von 30 %. Für die Zeit der stationären Behandlung und der Reha (insgesamt 9 Wochen) erkennen wir 100 % an, für weitere 12 Wochen 50 %.

Ihrem Ansatz von 32 Wochenstunden für einen Vier-Personen-Haushalt folgen wir nicht. Nach den Tabellen von Pardey ergeben sich bei Berufstätigkeit beider Ehepartner 24 Wochenstunden. Bei einem Stundensatz von 12,50 EUR netto ergibt sich für die Vergangenheit ein Betrag von 9.180 EUR; für die Zukunft bieten wir eine Rente von 390 EUR monatlich oder eine Kapitalisierung an.

Der Verdienstausfall wird nach Vorlage der Verdienstbescheinigungen 2026 abgerechnet.

Mit freundlichen Grüßen""",
  sig="kaya", disc=1)

M("S", "de", "authority", "court-appointed expert opinion (PDF only) on a claimant's alleged post-traumatic stress disorder; mail body harmless",
  frm=ADDR("schreiber"), to=ADDR("kaya"),
  subj="WG: 5 O 201/26 – Übersendung Sachverständigengutachten",
  date="2026-11-25 09:35",
  body="""Emre, anbei das Gutachten im Verfahren Nowak zur Kenntnis. Stellungnahmefrist 3 Wochen. Lass uns Donnerstag kurz sprechen.

Carola

-------- Weitergeleitete Nachricht --------
Betreff: 	5 O 201/26 – Übersendung Sachverständigengutachten
Datum: 	24.11.2026, 11:02
Von: 	Landgericht Köln – Geschäftsstelle 5. Zivilkammer <poststelle@lg-koeln.example>
An: 	carola.schreiber@versicherer.example

In dem Rechtsstreit
Nowak ./. Versicherer Allgemeine Versicherung AG
erhalten Sie anliegend das Gutachten zur Kenntnis und Stellungnahme binnen drei Wochen.

Auf Anordnung
Justizbeschäftigte""",
  att=[PDF("Gutachten_5O201-26_Dr_Maurer.pdf", [
      ("h", "Psychiatrisches Sachverständigengutachten"),
      "Landgericht Köln, 5 O 201/26    Kläger: Aleksander Nowak, geb. 05.03.1983\nSachverständige: Dr. med. Helen Maurer, Fachärztin für Psychiatrie und Psychotherapie",
      ("h", "Zusammenfassung", 2),
      "Der Kläger leidet an einer posttraumatischen Belastungsstörung (ICD-10 F43.1) mit Intrusionen, Vermeidungsverhalten und Schlafstörungen sowie an einer mittelgradigen depressiven Episode (F32.1). Die Störung ist mit hinreichender Wahrscheinlichkeit auf den Unfall vom 03.02.2026 zurückzuführen. Vorerkrankungen bestanden nicht.",
      ("t", [["Beweisfrage", "Ergebnis"],
             ["Diagnose", "PTBS (F43.1), depressive Episode (F32.1)"],
             ["Kausalität", "gegeben"],
             ["Arbeitsunfähigkeit als Berufskraftfahrer", "bis mindestens 31.03.2027"],
             ["Prognose", "bei fortgesetzter Traumatherapie günstig; Rückkehr in den Beruf mit Einschränkungen wahrscheinlich"]]),
      "Medikation: Sertralin 100 mg/Tag, seit 10/2026 zusätzlich Mirtazapin 15 mg zur Nacht."],
      title="Gutachten 5 O 201/26", author="Dr. med. Helen Maurer")])

M("S", "de", "insurer-to-customer", "trip cancellation because the customer's child has chickenpox; short mobile-style note",
  frm=ADDR("seidel"), to="Sven Olbrich <sven.olbrich@gmx.example>",
  subj="Windpocken – Stornierung Center Parcs",
  date="2026-11-26 17:20", client="mobile",
  body="""Hallo Herr Olbrich,

kurz zur Beruhigung: Windpocken Ihrer Tochter Ella kurz vor der Abreise sind ein versicherter Rücktrittsgrund, auch für Sie als mitreisende Familie (RV 4177 0392). Bitte lassen Sie sich von der Kinderärztin die Erkrankung mit Datum bescheinigen und schicken Sie uns das zusammen mit der Stornorechnung übers Portal.

Gute Besserung an Ella!
Ines Seidel""")

M("S", "de", "internal", "handover list of open bodily-injury claims with injuries, in an HTML-only mail with a table",
  frm=ADDR("kaya"), to="Jana Pfeiffer <jana.pfeiffer@versicherer.example>",
  subj="Übergabe meiner offenen Personenschäden ab 01.12.",
  date="2026-11-27 15:48", client="outlook",
  body=None,
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Hallo Jana,<o:p></o:p></p>
<p class="MsoNormal">wie besprochen übernimmst du ab 01.12. diese Akten von mir, weil ich in die neue Einheit wechsle. Die Großschäden (Jankowski, Bauer, Nowak/Lindemann) behalte ich.<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>Schaden</th><th>Anspruchsteller/in</th><th>Verletzung</th><th>Stand</th></tr>
<tr><td>KH 26-004417</td><td>Dariusz Wójcik</td><td>HWS-Distorsion (S13.4)</td><td>Gutachten Wessel liegt vor, Vergleich anbieten</td></tr>
<tr><td>KH 26-015402</td><td>Joanne Fletcher (UK)</td><td>bimalleoläre Sprunggelenksfraktur re.</td><td>Verdienstausfall offen</td></tr>
<tr><td>KH 26-020113</td><td>Yasemin Kaplan</td><td>Nackenschmerzen, Überwachung Schwangerschaft</td><td>Schmerzensgeld 800 EUR angeboten</td></tr>
<tr><td>KH 26-026002</td><td>Siobhan Murphy</td><td>Klavikulafraktur li. (S42.0)</td><td>Vorschuss gezahlt, Arztbericht fehlt</td></tr>
<tr><td>KH 25-048812</td><td>Anna-Lena Krüger</td><td>Tibiakopffraktur re., Kreuzbandplastik</td><td>Haushaltsführungsschaden strittig</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Die Arztberichte liegen alle in der E-Akte. Bei Fragen bin ich natürlich weiter erreichbar.<o:p></o:p></p>
<p class="MsoNormal">Viele Grüße<br>Emre<o:p></o:p></p>
</div></body></html>
""")

M("S", "de", "insurer-to-customer", "legal-expenses cover refused for a driving-licence dispute after cannabis use (medical-psychological assessment)",
  frm=ADDR("lindqvist"), to="Marvin Többen <marvin.toebben@gmx.example>",
  subj="Ihre Deckungsanfrage – Entziehung der Fahrerlaubnis / MPU, RS 38 004 712",
  date="2026-11-30 10:38", client="thunderbird",
  body="""Sehr geehrter Herr Többen,

Sie möchten gegen die Entziehung Ihrer Fahrerlaubnis durch die Fahrerlaubnisbehörde des Rhein-Erft-Kreises vorgehen. Die Behörde stützt die Entziehung darauf, dass Sie die angeordnete medizinisch-psychologische Untersuchung (MPU) nicht vorgelegt haben, nachdem bei einer Verkehrskontrolle am 02.08.2026 im Blut 5,2 ng/ml THC festgestellt wurden und Sie angegeben hatten, regelmäßig Cannabis zu konsumieren.

Der Verwaltungs-Rechtsschutz in Verkehrssachen ist in Ihrem Vertrag enthalten. Wir müssen die Deckung dennoch ablehnen: Nach § 3 Abs. 3 ARB besteht kein Versicherungsschutz, wenn der Versicherungsfall vor Beginn des Versicherungsschutzes eingetreten ist – Ihr Vertrag begann am 01.09.2026, die Anordnung der MPU erfolgte am 20.08.2026.

Sie können diese Entscheidung von unserem Ombudsmann überprüfen lassen.

Mit freundlichen Grüßen""",
  sig="lindqvist", sigstyle="short")

M("S", "de", "customer", "customer's base64-encoded mail: hospitalised with rib fractures after an accident on a business trip, forwarded internally",
  frm=ADDR("brenner"), to=ADDR("kaya"), cte="base64",
  subj="WG: Unfall mit Mietwagen in Hamburg – ich liege im Krankenhaus",
  date="2026-12-01 08:44",
  body="""Emre, bitte übernimm den Personenschaden (Gegner ist bei uns versichert, KH 26-028301). Den Mietwagen regle ich mit der Autovermietung.

Markus

-----Ursprüngliche Nachricht-----
Von: Franziska Lohmeyer <f.lohmeyer@firmenmail.example>
Gesendet: Sonntag, 29. November 2026 19:20
An: schaden@versicherer.example
Betreff: Unfall mit Mietwagen in Hamburg – ich liege im Krankenhaus

Sehr geehrte Damen und Herren,

am Freitag (27.11.) ist mir auf einer Dienstreise in Hamburg ein Fahrzeug bei Ihnen versicherten Fahrers (HH-ML 4432) an der Kreuzung Stresemannstraße / Max-Brauer-Allee in die Seite meines Mietwagens gefahren. Ich liege seitdem im Asklepios Klinikum Altona mit drei gebrochenen Rippen und einem Hämatom an der Milz, das beobachtet werden muss. Die Ärzte rechnen mit einer Woche Krankenhaus.

Bitte teilen Sie mir mit, an wen ich mich wegen Schmerzensgeld und Verdienstausfall wenden muss. Mein Arbeitgeber ist informiert.

Mit freundlichen Grüßen
Franziska Lohmeyer""")

M("S", "de", "insurer-to-customer", "water damage discovered after the policyholder's death from cancer; heirs as addressees, cause of death mentioned",
  frm=ADDR("demir"), to="Stefanie Gruber <stefanie.gruber@web.example>",
  subj="Wohngebäude WG 08 227 419 – Wasserschaden im Haus Ihrer verstorbenen Mutter",
  date="2026-12-02 13:30",
  body="""Sehr geehrte Frau Gruber,

zunächst unser herzliches Beileid zum Tod Ihrer Mutter, Frau Elisabeth Gruber.

Sie schreiben, dass Ihre Mutter nach langer Krebserkrankung am 14.10.2026 im Hospiz verstorben ist und das Haus in der Kastanienallee 5 in Pulheim seit ihrer Aufnahme im Hospiz Anfang August leer stand. Bei Ihrem ersten Besuch am 20.11. haben Sie einen Wasserschaden im Badezimmer im Obergeschoss entdeckt.

Die Wohngebäudeversicherung Ihrer Mutter ist mit dem Tod auf die Erben übergegangen und besteht fort. Für die Regulierung benötigen wir:

1. den Erbschein oder ein eröffnetes notarielles Testament,
2. eine Bestätigung des Installateurs zur Schadenursache,
3. eine Erklärung, ob das Haus in der Zeit des Leerstands beheizt und regelmäßig kontrolliert wurde.

Zu Punkt 3: Bei einem nicht genutzten Gebäude müssen die Wasserleitungen entleert oder regelmäßig kontrolliert werden. Da Ihre Mutter ins Hospiz kam und Sie das nicht vorhersehen konnten, werden wir das wohlwollend prüfen.

Mit freundlichen Grüßen""",
  sig="demir")

M("S", "en", "insurer-to-customer", "trip cancellation because the customer broke her leg shortly before departure (fracture, cast)",
  frm=ADDR("seidel"), to="Charlotte Evans <charlotte.evans@gmail.example>",
  subj="Re: Ski trip cancellation – broken leg – RR-26-01344",
  date="2026-12-03 12:12", client="outlook",
  body="""Dear Ms Evans,

I'm sorry to hear about your fall on the stairs and your broken leg – what bad luck just before your ski holiday.

A fracture of the lower leg with a cast for six weeks clearly makes a ski trip impossible, so your cancellation is covered (policy RV 6688 2015). Please send us the cancellation invoice from the chalet operator and the A&E report or a short certificate from the orthopaedic surgeon, via our secure portal.

Get well soon!

Kind regards""",
  sig="seidel", sigstyle="short")


# ==========================================================================
# end of MAILS
# ==========================================================================

if __name__ == "__main__":
    assert len(MAILS) == len({id(x) for x in MAILS})
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
