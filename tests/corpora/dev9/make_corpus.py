#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel ninth development corpus generator (corpora/dev9).

Writes mails/d9-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2
(which took them from corpora/dev); changes are marked "dev9:".

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

dev9: needs only the Python standard library (>= 3.8): the XLSX, DOCX, ODS,
ODT and PDF writers were rewritten on zipfile / zlib, see "dev9:" below.
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

# dev9: eight more staff of the same fictitious company (used only in dev9)
STAFF.update({
    "jansen": ("Malte Jansen", "malte.jansen", "Schadensteuerung Kfz / Partnerwerkstätten", "Motor Claims Steering / Partner Garages", "av", "-4135"),
    "nowak": ("Carla Nowak", "carla.nowak", "Leistungsservice Krankenversicherung\nRechnungsprüfung GOÄ/GOZ", "Health Claims, Invoice Audit", "kv", "-3490"),
    "brinkmann": ("Dr. Ole Brinkmann", "ole.brinkmann", "Aktuariat Kranken", "Health Actuarial", "kv", "-3801"),
    "sommer": ("Jana Sommer", "jana.sommer", "Personal / Entgeltabrechnung", "HR Payroll", "grp", "-1433"),
    "ashworth": ("Claire Ashworth", "claire.ashworth", "Expat-Krankenversicherung", "Expat Health Service", "kv", "-7725"),
    "haider": ("Elif Haider", "elif.haider", "Unfall / Reha-Management", "Accident Rehabilitation Management", "av", "-4733"),
    "kraus": ("Benedikt Kraus", "benedikt.kraus", "Vertragsservice Leben", "Life Policy Service", "lv", "-2660"),
    "roth": ("Vanessa Roth", "vanessa.roth", "Kundenservice Kranken", "Health Customer Service", "kv", "-3005"),
})


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


# dev9: openpyxl, python-docx, odfpy and fpdf2 are not installed where dev9 was
# written, and the brief allows only the standard library.  The four writers
# below keep the call signatures of the dev2 helpers but build the files with
# zipfile + hand-written XML (OOXML / ODF) and a small hand-written PDF writer
# (Helvetica / Courier, WinAnsiEncoding, Flate-compressed content streams,
# real text layer).  Times come from _STAMP, so reruns stay byte-identical.

_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _x(v):   # dev9: XML text escape
    return htmlmod.escape(_XML_BAD.sub("", "" if v is None else str(v)), quote=True)


def _zipfiles(files, stamp, stored_first=None):   # dev9: deterministic zip container
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in files:
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


_XHDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _ooxml_core(author, title=None):   # dev9
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    t = f"<dc:title>{_x(title)}</dc:title>" if title else ""
    return (_XHDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>"
            f'<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _ooxml_rels(main_target):   # dev9
    return (_XHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main_target}"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')


def _ooxml_app(app):   # dev9
    return (_XHDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>{app}</Application>'
            '<DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>')


def _colname(i):   # dev9: 0 -> A, 26 -> AA
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    # dev9: stdlib SpreadsheetML writer (inline strings, bold header row)
    names = list(sheets)
    ct = (_XHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    wb = (_XHDR + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{_x(nm[:31])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, nm in enumerate(names))
          + "</sheets></workbook>")
    wbrels = (_XHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
              + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              "</Relationships>")
    styles = (_XHDR + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", _ooxml_rels("xl/workbook.xml")),
             ("docProps/core.xml", _ooxml_core(author)), ("docProps/app.xml", _ooxml_app("Microsoft Excel")),
             ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for si, nm in enumerate(names):
        rows = [list(r) for r in sheets[nm]]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0) + 2))}" customWidth="1"/>'
            for j in range(ncol))
        out = []
        for i, r in enumerate(rows):
            cells = []
            for j, v in enumerate(r):
                ref = f"{_colname(j)}{i + 1}"
                s = ' s="1"' if i == 0 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{s}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            out.append(f'<row r="{i + 1}">{"".join(cells)}</row>')
        sh = (_XHDR + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              f'<cols>{cols}</cols><sheetData>{"".join(out)}</sheetData></worksheet>')
        files.append((f"xl/worksheets/sheet{si + 1}.xml", sh))
    data = _zipfiles(files, _STAMP[0])
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


def _odf(fn, mimetype, body_xml, kind):   # dev9: stdlib ODF package
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    content = (_XHDR.replace(' standalone="yes"', "") + f'<office:document-content {_ODF_NS} office:version="1.2">'
               '<office:automatic-styles><style:style style:name="H1" style:family="paragraph">'
               '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style></office:automatic-styles>'
               f"<office:body>{body_xml}</office:body></office:document-content>")
    meta = (_XHDR.replace(' standalone="yes"', "") + f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            f"<meta:generator>LibreOffice/7.6</meta:generator><meta:creation-date>{iso}</meta:creation-date>"
            f"<dc:date>{iso}</dc:date></office:meta></office:document-meta>")
    styles = (_XHDR.replace(' standalone="yes"', "") + f'<office:document-styles {_ODF_NS} office:version="1.2">'
              "<office:styles/></office:document-styles>")
    manifest = (_XHDR.replace(' standalone="yes"', "") +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    data = _zipfiles([("mimetype", mimetype), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)], _STAMP[0], stored_first="mimetype")
    return Att(fn, data, "application", mimetype.split("/", 1)[1], kind=kind)


def _ods(fn, sheets):
    # dev9: stdlib ODS writer
    parts = []
    for name, rows in sheets.items():
        rs = []
        for r in rows:
            cs = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cs.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            rs.append(f"<table:table-row>{''.join(cs)}</table:table-row>")
        parts.append(f'<table:table table:name="{_x(name)}">{"".join(rs)}</table:table>')
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet",
                f"<office:spreadsheet>{''.join(parts)}</office:spreadsheet>", "ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _docx(fn, blocks, author="Versicherer", octet=False):
    # dev9: stdlib WordprocessingML writer (paragraphs, headings as bold runs, bordered tables)
    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        runs = []
        for k, line in enumerate(str(text).split("\n")):
            br = "<w:br/>" if k else ""
            runs.append(f'<w:r>{rpr}{br}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
        return f"<w:p>{''.join(runs)}</w:p>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(para(b[1], True, 32 if len(b) < 3 or b[2] == 1 else 26))
        elif b[0] in ("p", "small"):
            body.append(para(b[1], size=16 if b[0] == "small" else None))
        elif b[0] == "t":
            rows = b[1]
            n = len(rows[0])
            w = 9000 // n
            brd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                          for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            trs = []
            for r in rows:
                tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{para("" if v is None else v)}</w:tc>' for v in r)
                trs.append(f"<w:tr>{tcs}</w:tr>")
            grid = "".join(f'<w:gridCol w:w="{w}"/>' for _ in range(n))
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{brd}</w:tblBorders></w:tblPr>'
                        f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')
            body.append("<w:p/>")
    doc = (_XHDR + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = (_XHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    data = _zipfiles([("[Content_Types].xml", ct), ("_rels/.rels", _ooxml_rels("word/document.xml")),
                      ("docProps/core.xml", _ooxml_core(author)), ("docProps/app.xml", _ooxml_app("Microsoft Office Word")),
                      ("word/document.xml", doc)], _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


def _odt(fn, blocks):
    # dev9: stdlib ODT writer
    out = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="H1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            rs = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                + "</table:table-row>" for r in rows)
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column '
                       f'table:number-columns-repeated="{len(rows[0])}"/>{rs}</table:table>')
    return _odf(fn, "application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", "odt")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _pdf_str(s):   # dev9: PDF literal string in WinAnsiEncoding
    import unicodedata
    s = s.translate(_PDF_MAP)
    s = "".join(ch if ch.encode("cp1252", "ignore") else
                (unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?") for ch in s)
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    out = []
    for para in str(text).split("\n"):
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
    """dev9: stdlib PDF writer.  Helvetica for text, Helvetica-Bold for headings,
    Courier for tables (columns padded), A4, Flate-compressed content streams.
    Characters outside cp1252 are folded (unicode=True is accepted and ignored)."""
    import zlib
    lines = []   # (font, size, leading, text)
    for b in _blocks(blocks):
        if b[0] == "h":
            big = len(b) < 3 or b[2] == 1
            for l in _wrap(b[1], 70 if big else 80):
                lines.append(("F2", 13 if big else 11, 17 if big else 15, l))
            lines.append(None)
        elif b[0] == "p":
            for l in _wrap(b[1], 95):
                lines.append(("F1", 10, 13, l))
            lines.append(None)
        elif b[0] == "small":
            for l in _wrap(b[1], 130):
                lines.append(("F1", 7, 9, l))
            lines.append(None)
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for i, r in enumerate(rows):
                s = "  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip()
                for l in _wrap(s, 118):
                    lines.append(("F3", 7.5, 10, l))
                if i == 0:
                    lines.append(("F3", 7.5, 10, "-" * min(118, sum(w) + 2 * (len(w) - 1))))
            lines.append(None)
    pages, cur, y = [], [], 785
    for ln in lines:
        if ln is None:
            y -= 6
            continue
        if y - ln[2] < 60:
            pages.append(cur)
            cur, y = [], 785
        y -= ln[2]
        cur.append(b"BT /%s %s Tf 57 %d Td (%s) Tj ET" % (ln[0].encode(), str(ln[1]).encode(), y, _pdf_str(ln[3])))
    pages.append(cur)
    objs = {}
    npages = len(pages)
    first_page = 7
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(npages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    ds = _STAMP[0].strftime("D:%Y%m%d%H%M%SZ")
    info = b"<< /Producer (Siegel dev9 corpus, stdlib writer) /Creator (Siegel dev9 corpus) /Author (" + _pdf_str(author) + b")"
    if title:
        info += b" /Title (" + _pdf_str(title) + b")"
    objs[6] = info + f" /CreationDate ({ds}) >>".encode()
    for i, content in enumerate(pages):
        pno, cno = first_page + 2 * i, first_page + 2 * i + 1
        stream = zlib.compress(b"\n".join(content) + b"\n", 9)
        objs[pno] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {cno} 0 R "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>").encode()
        objs[cno] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    n = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for k in range(1, n):
        out.write(b"%010d 00000 n \n" % offs[k])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def _pdf_text(data):   # dev9: text layer of a PDF written by _pdf (for --check)
    import zlib
    txt = []
    for m in re.finditer(rb"/FlateDecode >>\nstream\n(.*?)\nendstream", data, re.S):
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", zlib.decompress(m.group(1))):
            txt.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
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


def HTMLATT(fn, html, enc="utf-8"):
    """dev9: an HTML file as attachment (statements exported from a portal etc.)."""
    return Lazy("html", lambda: Att(fn, html, "text", "html", charset=enc, kind="html"), (), {})


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
    salt = f"d9|{n}|{m.get('mid', '')}|{m['subj']}"   # dev9: salt "d9"
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
        fn = f"d9-{n:04d}.eml"   # dev9: file prefix
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
    # dev9: stdlib-only checks (no openpyxl/docx/odfpy/pypdf): every XML member of
    # an office file must parse, ODF needs its stored "mimetype" first, every PDF
    # needs a non-empty text layer (_pdf_text); labels.tsv must equal the
    # generator row by row, and a rebuild in memory must be byte-identical.
    from email import policy as P
    from email.parser import BytesParser
    import xml.etree.ElementTree as ET
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tlabel\tlang\tkind\treason", lines[0]
    lines = lines[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0
    pdfs = 0

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            names = z.namelist()
            if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
                for name in names:
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(name))
            if low.endswith(".xlsx"):
                assert "xl/workbook.xml" in names and "[Content_Types].xml" in names, (fn, fname)
            if low.endswith(".docx"):
                assert "word/document.xml" in names and "[Content_Types].xml" in names, (fn, fname)
            if low.endswith((".odt", ".ods")):
                assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, (fn, fname)
                assert "content.xml" in names, (fn, fname)
            if low.endswith(".zip"):
                for name in names:
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert _pdf_text(data).strip(), (fn, fname, "empty PDF text")
            pdfs += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt", ".html", ".htm", ".log", ".pem", ".xml", ".json")):
            assert data, fn

    for n, ((label, lang, kind, reason, m), line) in enumerate(zip(MAILS, lines), 1):
        fn = f"d9-{n:04d}.eml"
        assert line == "\t".join((fn, label, lang, kind, reason)), (fn, "labels.tsv row differs")
        raw = (OUT / "mails" / fn).read_bytes()
        assert raw == compose(m, n).as_bytes(policy=SMTP), (fn, "not reproducible")
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
    extra = sorted(x.name for x in (OUT / "mails").glob("*.eml"))
    assert extra == [f"d9-{i:04d}.eml" for i in range(1, len(MAILS) + 1)], "stray files in mails/"
    print("mails:", len(MAILS), " with attachments:", with_att, " pdfs text-checked:", pdfs)
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
    ll = Counter((l, g) for l, g, *_ in MAILS)
    for l in LABELS.values():
        print(f"  {l}: de={ll[(l, 'de')]} en={ll[(l, 'en')]}")
    print("OK")


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

# ---- 0001-0050 -----------------------------------------------------------

M("S", "de", "insurer-to-customer", "PKV claim: addressee's own pharmacy receipts with active ingredients and doses, no diagnosis word",
  frm=ADDR("kroeger"), to="Renate Hölscher <r.hoelscher@posteo.example>",
  subj="Ihre eingereichten Belege vom 05.01.2026", date="2026-01-08 10:12",
  body="""Sehr geehrte Frau Hölscher,

vielen Dank für Ihre Belege, die wir am 05.01.2026 über die App erhalten haben.

Folgende Positionen haben wir erstattet:

- Apothekenquittung 19.12.2025: Metformin 1000 mg, 180 Tbl. (N3) – 18,37 €
- Apothekenquittung 19.12.2025: Ramipril 5 mg, 100 Tbl. – 14,02 €
- Apothekenquittung 02.01.2026: Insulin glargin 100 E/ml, 5 Pens – 97,21 €

Nicht erstattet haben wir die Rechnung über die Fußpflege (14.12.2025), weil die Leistung nicht ärztlich verordnet war. Falls Sie eine Verordnung haben, reichen Sie sie bitte nach – dann prüfen wir die Rechnung gern noch einmal.

Der Betrag von 129,60 € wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.

Mit freundlichen Grüßen""", sig="kroeger")

M("N", "de", "internal", "trap: actuarial aggregate (claims per insured year by age band), no person",
  frm=ADDR("brinkmann"), to=ADDR("okafor"), cc=ADDR("stone"),
  subj="Kopfschäden 2025 vorläufig – Tabelle für Beitragsanpassung", date="2026-01-09 16:40",
  body="""Hallo Chidi,

wie besprochen die vorläufigen Kopfschäden 2025 für den Tarif KompaktPlus ambulant (Stand Buchung 31.12., ohne Spätmeldungen):

[[ks]]

Der auslösende Faktor liegt nach erster Rechnung bei 1,09 – also knapp über der 5%-Schwelle aus dem Tarif. Die Spätmeldungen hebe ich noch mit dem Abwicklungsdreieck hoch, bevor wir es dem Treuhänder zeigen. Bitte noch nicht weitergeben.

Die Altersgruppe 66+ ist dünn besetzt (n < 400), da würde ich mit der Glättung aus 2023 arbeiten.

Gruß
Ole""", sig="brinkmann", sigstyle="short",
  tables={"ks": ([["Alter", "Versicherte", "Kopfschaden 2024 €", "Kopfschaden 2025 €", "Veränderung"],
                  ["21–30", "11.204", "612", "655", "+7,0 %"], ["31–40", "18.930", "804", "861", "+7,1 %"],
                  ["41–50", "21.477", "1.103", "1.188", "+7,7 %"], ["51–65", "16.012", "1.890", "2.047", "+8,3 %"],
                  ["66+", "388", "3.512", "3.740", "+6,5 %"]], "pipe")})

M("C", "de", "insurer-to-customer", "household claim of a named customer with claim number and insured address",
  frm=ADDR("demir"), to="Jonas Pfeiffer <jonas.pfeiffer@web.example>",
  subj="Schaden 24-HR-0081734 – Fahrraddiebstahl", date="2026-01-12 08:55",
  body="""Guten Morgen Herr Pfeiffer,

danke für die Diebstahlanzeige und das Aktenzeichen der Polizei (ST/0012873/2026). Damit können wir den Diebstahl Ihres E-Bikes aus dem Fahrradkeller in der Gneisenaustraße 41, 10961 Berlin regulieren.

Was mir noch fehlt:
1. der Kaufbeleg des Rades (Rechnung oder Kontoauszug reicht),
2. die Rahmennummer, falls nicht auf dem Beleg,
3. ein Foto des aufgebrochenen Kellerschlosses.

Sie sind über Ihren Hausrat-Vertrag HR 7712-4409 mit der Klausel Fahrraddiebstahl bis 3.000 € versichert. Sobald die Unterlagen da sind, geht es schnell.

Viele Grüße""", sig="demir")

M("N", "en", "newsletter", "trap: product newsletter about dental cover, no person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="subscribers@lists.versicherer.example",
  subj="Smile more in 2026 – what our new dental top-up pays for", date="2026-01-13 07:00",
  body="""Dear reader,

a new year, a new smile? Our supplementary dental plan ZahnPlus now pays up to 90 % for implants, crowns and bridges, and up to 100 % for two professional cleanings a year.

What's new in 2026:
* no waiting period for professional cleaning
* orthodontics for children up to KIG 3 now covered
* invisible aligners for adults: 500 EUR per course of treatment

Did you know? Half of all Germans over 35 have at least one crown. A root canal treatment at a private dentist can easily cost 800 EUR under the GOZ fee scale.

Get a quote in two minutes: www.versicherer.example/zahn

You receive this newsletter because you subscribed on our website. Unsubscribe: www.versicherer.example/newsletter/abmelden

Versicherer Krankenversicherung a.G., Rheinuferstrasse 12, 50667 Cologne""", client="system")

M("S", "de", "insurer-to-doctor", "request to a doctor for a report on a named BU claimant with diagnosis code",
  frm=ADDR("stanek"), to="Praxis Dr. Ewert <praxis@orthopaedie-ewert.example>",
  subj="Anforderung Befundbericht – Herr Kai Lübbers, geb. 14.02.1976", date="2026-01-13 11:20",
  body="""Sehr geehrter Herr Dr. Ewert,

Ihr Patient Herr Kai Lübbers (geb. 14.02.1976, Hamminkeln) hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt. Eine Schweigepflichtentbindung liegt uns vor; eine Kopie hängen wir der Post an, die heute an Ihre Praxis geht.

Wir bitten um einen Befundbericht zu folgenden Punkten:
- Diagnosen seit 01/2024 (der Hausarzt nennt M51.2 G und M54.16 G),
- bisherige Therapie (Physiotherapie, Injektionen, OP-Planung?),
- Einschätzung der Belastbarkeit für Tätigkeiten als Dachdecker (Heben > 20 kg, Arbeiten über Kopf).

Für den Bericht vergüten wir nach GOÄ Nr. 75 zzgl. Porto. Die Rechnung senden Sie bitte unter Angabe unseres Zeichens BU-2025-11873 an uns.

Mit freundlichen Grüßen""", sig="stanek")

M("N", "de", "internal", "trap: minutes of a data-protection working group on data classes, no person",
  frm=ADDR("meier"), to="AG Datenklassen <ag-datenklassen@versicherer.example>",
  subj="Protokoll AG Datenklassifizierung, 3. Sitzung", date="2026-01-14 15:05",
  body="""Liebe Kolleginnen und Kollegen,

anbei das Kurzprotokoll der heutigen Sitzung.

TOP 1 – Abgrenzung "vertraulich" / "streng vertraulich"
Beschluss: Gesundheitsdaten im Sinne von Art. 9 DSGVO (Diagnosen, ICD-Codes, Arztrechnungen, Pflegegrad, Schwangerschaft) sind immer "streng vertraulich". Die bloße Tatsache, dass jemand bei uns eine Kranken- oder Lebensversicherung hat, wird ebenfalls so behandelt, weil daraus Rückschlüsse möglich sind.

TOP 2 – Statistiken
Aggregierte Auswertungen ohne Personenbezug (z. B. Kopfschadenstatistik, Fallzahlen je ICD-Kapitel) sind "normal", sofern keine Zelle kleiner 5 Fälle enthält.

TOP 3 – Beispiele im Intranet
Herr Fischer stellt bis Ende Februar zehn fiktive Beispielmails zusammen ("Max Mustermann").

Nächster Termin: 11.02., 14 Uhr, Raum 4.12.

Viele Grüße
Thomas Meier""", sig="meier", sigstyle="short")

M("C", "en", "insurer-to-customer", "motor: English mail to named expat customer with eVB number, plate, birth date",
  frm=ADDR("engel"), to="Liam O'Connor <liam.oconnor@gmail.example>",
  subj="Your eVB number for registering the VW Golf", date="2026-01-15 09:31",
  body="""Dear Mr O'Connor,

thank you for your call this morning. As agreed, here is your electronic insurance confirmation (eVB) for the registration office:

eVB number: K7Q4ZR9
Policyholder: Liam O'Connor, born 22/06/1984
Vehicle: VW Golf VIII, VIN WVWZZZCDZMW123456
Future plate: M-LO 2284 (reserved)

The Munich registration office (Kfz-Zulassungsstelle, Eichstätter Straße 2) needs the eVB number, your passport with registration certificate (Meldebescheinigung), the vehicle documents and a SEPA mandate for the vehicle tax.

Your motor policy KH 55-2291187 starts on the day of registration. You will receive the policy schedule by post within a week.

Kind regards""", sig="engel", lang="en")

M("N", "de", "insurer-to-supplier", "trap: purchase order for first-aid material with order number",
  frm=ADDR("krueger"), to="Vertrieb <bestellung@medi-versand.example>",
  subj="Bestellung 4500187233 – Erste-Hilfe-Material Standort Köln", date="2026-01-15 13:48",
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos. 10  Verbandkasten DIN 13157, Wandhalterung      12 Stk.
Pos. 20  Nachfüllset DIN 13157                        20 Stk.
Pos. 30  Augenspülflasche 500 ml                       8 Stk.
Pos. 40  Blutdruckmessgerät Oberarm (Betriebssani)     2 Stk.
Pos. 50  Defibrillator-Elektroden Erwachsene           4 Paar

Lieferadresse: Versicherer Holding AG, Warenannahme Tor 2, Rheinuferstraße 12, 50667 Köln
Bitte die Bestellnummer 4500187233 auf Lieferschein und Rechnung angeben.

Mit freundlichen Grüßen
Stefan Krüger""", sig="krueger", sigstyle="short")

M("S", "de", "customer", "forwarded customer mail about pregnancy and birth costs in PKV, body of forward short",
  frm=ADDR("roth"), to=ADDR("kroeger"),
  subj="WG: Frage Entbindung / Hebamme", date="2026-01-16 08:17",
  body="""Hallo Sabine,

kannst du das übernehmen? Sie will vor allem wissen, ob die Wassergeburt im Geburtshaus bezahlt wird.

Danke, Vanessa

""" + FW("Miriam Schaller <miri.schaller@t-online.example>", "15.01.2026, 22:41", "service-kranken@versicherer.example",
         "Frage Entbindung / Hebamme", """Hallo liebes Versicherer-Team,

ich bin jetzt in der 24. SSW und der errechnete Termin ist der 02.05.2026. Wir überlegen, im Geburtshaus "Nestwärme" in Bonn zu entbinden statt in der Klinik. Zahlt meine Versicherung (Vertrag KV 3304-118279) die Rufbereitschaftspauschale der Hebamme (ca. 450 €)? Und die Nachsorge zu Hause?

Außerdem hatte ich wegen der Schwangerschaftsdiabetes schon drei Termine bei der Ernährungsberatung – kann ich die Rechnungen einfach hochladen?

Vielen Dank und liebe Grüße
Miriam Schaller"""), sig=None)

M("C", "de", "broker", "broker asks for policy data of a named customer (building insurance), IBAN of customer",
  frm=ADDR("reuter"), to=ADDR("kowalski"),
  subj="WG: Wohngebäude Bestandsübertragung Familie Tiedemann", date="2026-01-16 11:02",
  body="""Hi Lena,

kannst du bitte die Bankverbindung im Vertrag ändern? Der Makler hat die Vollmacht, liegt im Bestand.

Frank

""" + OQ("Maklerbüro Henning Sievers <info@sievers-versicherungen.example>", "Freitag, 16. Januar 2026 10:37",
         "Reuter, Frank <frank.reuter@versicherer.example>", "Wohngebäude Bestandsübertragung Familie Tiedemann",
         """Moin Herr Reuter,

wie tel. besprochen: Familie Tiedemann (Klaus und Heike Tiedemann, Deichstraße 7, 25813 Husum) hat ihr Konto gewechselt. Bitte ab der Februar-Abbuchung für den Wohngebäudevertrag WG 0093-771245 folgendes Konto nehmen:

Kontoinhaber: Klaus Tiedemann
IBAN: """ + IB("DE", "217500000026354878") + """
Nord-Ostsee Sparkasse

Das neue SEPA-Mandat schicke ich im Original per Post.

Beste Grüße aus Husum
Henning Sievers
Versicherungsmakler, § 34d Abs. 1 GewO, Reg.-Nr. D-XK9L-P2H4T-21"""), sig=None)

M("N", "en", "internal", "trap: IT ticket about a bug in the invoice upload for doctors' bills, no person data",
  frm=ADDR("hoffmann"), to=ADDR("raman"),
  subj="INC0041877 – app upload of doctor's invoices fails for PDFs > 10 MB", date="2026-01-19 09:05",
  body="""Hi Priya,

we are getting a pile of tickets since the app release 4.12 on Friday: customers cannot upload doctor's invoices or hospital bills when the PDF is bigger than 10 MB. The upload spinner just stops, no error shown. Smaller files work.

Log excerpt from the upload service (anonymised):

2026-01-19T08:41:12Z WARN upload-svc request_id=7f3a1 size=11534336 type=application/pdf status=413
2026-01-19T08:41:57Z WARN upload-svc request_id=7f3a9 size=14221001 type=application/pdf status=413

Looks like the new ingress has client_max_body_size 10m. Can you check with the platform team? Priority 2 – about 60 tickets so far.

Thanks,
Lukas""", sig="hoffmann", sigstyle="short", lang="en")

M("S", "de", "insurer-to-hospital", "inpatient cost coverage request for named patient with ICD code and OPS",
  frm=ADDR("brandt"), to="Patientenverwaltung <kostenuebernahme@klinikum-lindenhof.example>",
  subj="Kostenübernahme Fallnr. 2026004471", date="2026-01-19 14:22",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte

Frau Helga Brückner, geb. 1951-08-03
Versicherungsnummer KV 1120-554671

übernehmen wir die Kosten der allgemeinen Krankenhausleistungen sowie der Wahlleistungen Zweibettzimmer und Chefarztbehandlung für den stationären Aufenthalt ab 26.01.2026 (Aufnahmediagnose M16.1 R, geplante OPS 5-820.00, Hüft-TEP rechts) im Rahmen der tariflichen Leistungen.

Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor).

Mit freundlichen Grüßen""", sig="brandt")

M("N", "de", "insurer-to-customer", "trap: prospect asks for care insurance info; generic product information only",
  frm=ADDR("yilmaz"), to="Bernd Gollnick <bgollnick@arcor.example>",
  subj="AW: Infos Pflegezusatz", date="2026-01-20 10:40",
  body="""Hallo Herr Gollnick,

gern schicke ich Ihnen die Informationen zu unserer Pflegezusatzversicherung.

Kurz zusammengefasst: Das Pflegetagegeld zahlt je nach Pflegegrad einen vereinbarten Prozentsatz eines Tagessatzes, den Sie selbst wählen (z. B. 50 € pro Tag). In Pflegegrad 5 zahlen wir 100 %, in Pflegegrad 2 bei häuslicher Pflege 30 %. Eine Gesundheitsprüfung gibt es, die Fragen finden Sie im Antrag.

Die Produktbroschüre und die Versicherungsbedingungen finden Sie hier: www.versicherer.example/pflege
Ein persönliches Angebot rechnet Ihnen gern Ihr Berater vor Ort – oder Sie nutzen den Online-Rechner.

Freundliche Grüße""", sig="yilmaz",
  quote=Q("""Guten Tag, ich hätte gern Unterlagen zur Pflegezusatzversicherung, für mich und meine Frau. Wir sind beide Anfang 60. Danke, B. Gollnick"""))

M("S", "en", "insurer-to-customer", "expat health: English mail on named customer's MRI and physiotherapy claim",
  frm=ADDR("ashworth"), to="Sarah Lindgren <sarah.lindgren@protonmail.example>",
  subj="RE: claim 2026-EX-00412 – MRI Singapore", date="2026-01-20 12:03",
  body="""Dear Ms Lindgren,

thank you for sending the itemised bill from Mount Elizabeth Hospital. We have now settled your claim:

MRI lumbar spine (12 Jan 2026): SGD 1,480.00 – paid in full
Specialist consultation (orthopaedics): SGD 320.00 – paid in full
Physiotherapy, 6 sessions: SGD 720.00 – paid at 80 % per your plan = SGD 576.00

The report mentions a disc protrusion at L4/L5. For further physiotherapy beyond 12 sessions we need a short referral letter from your specialist, please upload it through the app.

Payment of SGD 2,376.00 (EUR 1,672.41) will reach your account within 3 working days.

Best regards""", sig="ashworth", lang="en",
  quote=OQ("Sarah Lindgren", "Monday, 19 January 2026 03:12", "expat-claims@versicherer.example", "claim 2026-EX-00412 – MRI Singapore",
           "Hi, attached the itemised bill as requested. Hoping this can be processed quickly, the physio is not cheap here! Sarah", lang="en"))

M("N", "de", "insurer-to-supplier", "trap: facility mail about water damage in the physiotherapy practice rented in the insurer's building",
  frm=ADDR("richter"), to="Notdienst <auftrag@trockenbau-kessler.example>",
  subj="Wasserschaden EG Rheinuferstraße 12 – Praxisräume Physio", date="2026-01-21 07:44",
  body="""Guten Morgen Herr Kessler,

in unserem Gebäude Rheinuferstraße 12 ist heute Nacht im 1. OG eine Leitung in der Teeküche geplatzt. Das Wasser ist in die Decke der Physiotherapiepraxis im Erdgeschoss (Mieterin: Physio am Rhein GmbH) gelaufen. Betroffen sind der Behandlungsraum 2 und der Wartebereich, ca. 25 m² Deckenfläche, Trockenbau.

Können Sie heute noch Trocknungsgeräte stellen? Die Praxis hat bis auf Weiteres geschlossen, die Leitung der Praxis ist informiert und lässt Sie rein (Tel. 0221 555-1550 an mich, ich koordiniere).

Auftragsnummer bei uns: FM-2026-0117

Danke und Gruß
Anja Richter""", sig="richter", sigstyle="short")

M("C", "de", "insurer-to-customer", "tenant liability claim of a named customer, no injury",
  frm=ADDR("oltmanns"), to="Leonie Brandstätter <leonie.b@gmx.example>",
  subj="Ihr Haftpflichtschaden PH-26-004417 (Mietwohnung)", date="2026-01-21 09:30",
  body="""Sehr geehrte Frau Brandstätter,

Ihr Vermieter, Herr Gerd Ulbrich, hat uns die Rechnung für den Austausch des Waschbeckens in Ihrer Mietwohnung (Am Sonnenhang 3, 35390 Gießen) geschickt. Wie Sie uns geschrieben haben, ist Ihnen am 04.01. eine Parfumflasche ins Becken gefallen.

Ihr Privathaftpflichtvertrag PH 2231-98077 deckt Mietsachschäden. Wir zahlen den Zeitwert des Waschbeckens und die Montage, zusammen 312,40 €, direkt an Herrn Ulbrich. Ihre Selbstbeteiligung beträgt 150 €; sie wird vom Betrag abgezogen, den Rest (162,40 €) erhält Herr Ulbrich von uns.

Bitte zahlen Sie die 150 € direkt an Ihren Vermieter.

Mit freundlichen Grüßen""", sig="oltmanns")

M("S", "de", "company", "HR of a company sends list of employees for company pension (bAV) with birth dates in CSV; body harmless",
  frm=ADDR("paulsen"), to="bAV-Verwaltung <bav-verwaltung@versicherer.example>",
  subj="WG: Neuanmeldungen Direktversicherung Februar – Schreinerei Hagedorn", date="2026-01-22 13:15",
  body="""Bitte einpflegen, Gruppenvertrag GV-DV 8812. Danke!
HP

""" + FW("Petra Hagedorn <buero@schreinerei-hagedorn.example>", "22.01.2026 12:50", "henrik.paulsen@versicherer.example",
         "Neuanmeldungen Februar", """Hallo Herr Paulsen,

anbei die Liste der Neuanmeldungen zum 01.02. wie besprochen.

Gruß P. Hagedorn
Schreinerei Hagedorn GmbH & Co. KG"""), sig=None,
  att=[CSV("Neuanmeldungen_bAV_2026-02.csv", [["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Entgeltumwandlung mtl.", "AG-Zuschuss"],
                                              ["1047", "Yildirim", "Deniz", "1998-04-17", "01.11.2025", "150,00", "22,50"],
                                              ["1049", "Koch", "Marvin", "2001-09-03", "01.12.2025", "100,00", "15,00"],
                                              ["1050", "Wessel", "Annika", "1987-12-29", "01.01.2026", "250,00", "37,50"]], enc="windows-1252", sub="excel")])

M("N", "en", "insurer-to-partner", "trap: reinsurer report with BU incidence by diagnosis group, aggregates only",
  frm=ADDR("stone"), to="Life Treaty Team <life.treaty@munich-re-example.example>",
  subj="Q4 2025 disability experience – quota share treaty 2019/BU", date="2026-01-22 16:10",
  body="""Dear colleagues,

please find below our Q4 2025 experience for the disability quota share. Figures are for the whole ceded portfolio; no individual claims are included.

[[t]]

Mental and behavioural disorders (ICD-10 chapter F) remain the largest cause at 34 % of new claims, musculoskeletal (chapter M) at 22 %, cancer (chapter C) at 16 %. Actual-to-expected is 1.04 overall, 1.11 for chapter F.

We can walk you through the details in the call on 5 February.

Best regards,
Rebecca""", sig="stone", lang="en",
  tables={"t": ([["Cause (ICD-10 chapter)", "New claims 2025", "Share", "A/E"], ["F – mental", "412", "34 %", "1.11"],
                 ["M – musculoskeletal", "266", "22 %", "0.98"], ["C – neoplasms", "194", "16 %", "1.02"],
                 ["I – circulatory", "97", "8 %", "0.95"], ["other", "243", "20 %", "1.01"]], "pad")})

M("S", "de", "insurer-to-customer", "accident insurance: invalidity benefit to named customer (personal line), Gliedertaxe",
  frm=ADDR("albrecht"), to="Herrn Thorsten Ebeling <t.ebeling@freenet.example>",
  subj="Unfall vom 14.06.2025 – Ihre Invaliditätsleistung", date="2026-01-23 10:05",
  body="""Sehr geehrter Herr Ebeling,

das Gutachten von Herrn Prof. Dr. Marquardt liegt uns jetzt vor. Er bewertet die bleibende Beeinträchtigung Ihres linken Beins nach der Unterschenkelfraktur mit 3/20 Beinwert.

Nach der Gliedertaxe Ihres Vertrags (UV 4410-203887) entspricht das einem Invaliditätsgrad von 10,5 %. Bei einer Grundsumme von 100.000 € und Progression 350 % zahlen wir 10.500 €.

Den Betrag überweisen wir auf Ihr Konto bei der Volksbank. Sollte sich Ihr Zustand innerhalb von drei Jahren nach dem Unfall noch verändern, können Sie oder wir eine Neubemessung verlangen.

Gute Besserung weiterhin!

Mit freundlichen Grüßen""", sig="albrecht")

M("C", "en", "insurer-to-broker", "English broker mail: commercial liability for a named sole trader with policy number and turnover",
  frm=ADDR("vogel"), to="Tom Becker <tom.becker@becker-brokers.example>",
  subj="RE: Quote request – liability cover for Ms Jovanović (catering)", date="2026-01-23 15:31",
  body="""Hi Tom,

thanks for the details. For Ms Ana Jovanović (sole trader, "Ana's Balkan Kitchen", Leipzig) I can offer:

Commercial general liability, sum insured EUR 3m, deductible EUR 250
Annual turnover declared: EUR 186,000
Premium: EUR 612.50 p.a. incl. 19 % insurance tax

Her current policy with us (BH 7702-11390, food truck only) would be replaced on 1 March. Please send me the signed proposal form and I'll issue the policy the same day.

Cheers,
Katharina""", sig="vogel", sigstyle="short", lang="en")

M("N", "de", "internal", "trap: job ad draft for a medical underwriter (nurse background), no applicant",
  frm=ADDR("weiss"), to=ADDR("hasselbach"),
  subj="Stellenanzeige Risikoprüfer/in – bitte einmal drüberschauen", date="2026-01-26 09:12",
  body="""Liebe Frau Dr. Hasselbach,

hier der Entwurf für die Stellenanzeige. Bitte bis Mittwoch Rückmeldung, dann geht sie online.

---
Risikoprüfer (m/w/d) Personenversicherung – Köln, Vollzeit/Teilzeit

Sie haben eine Ausbildung als Gesundheits- und Krankenpfleger/in, Medizinische Fachangestellte/r oder ein Studium der Medizin/Gesundheitsökonomie? Sie kennen sich mit Diagnosen, ICD-10 und Arztberichten aus und möchten nicht mehr im Schichtdienst arbeiten?

Ihre Aufgaben:
• Prüfung von Anträgen in der Berufsunfähigkeits-, Lebens- und Krankenversicherung
• Auswertung ärztlicher Unterlagen und Anforderung von Befundberichten
• Zusammenarbeit mit unserer Gesellschaftsärztin

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, Jobrad, betriebliche Krankenversicherung.
---

Danke!
Nadine Weiß""", sig="weiss", sigstyle="short")

M("S", "de", "insurer-to-customer", "care insurance: care level assessment result for named customer's mother",
  frm=ADDR("yilmaz"), to="Ute Scharnhorst <ute.scharnhorst@web.example>",
  subj="Pflegetagegeld für Ihre Mutter – Einstufung Pflegegrad 3", date="2026-01-26 11:48",
  body="""Sehr geehrte Frau Scharnhorst,

der Gutachter von MEDICPROOF hat Ihre Mutter, Frau Elfriede Scharnhorst, am 15.01.2026 zu Hause in Bielefeld besucht. Er hat 52,5 Gesamtpunkte festgestellt; das entspricht Pflegegrad 3 ab dem 01.12.2025 (Antragsmonat).

Aus dem Pflegetagegeld-Tarif PTG (Vertrag PT 0081-22719) zahlen wir damit bei häuslicher Pflege 60 % des versicherten Tagessatzes von 40 €, also 24 € pro Tag bzw. 720 € im Monat, rückwirkend ab Dezember.

Sie haben als Bevollmächtigte die Kontoverbindung angegeben; die Nachzahlung für Dezember und Januar (1.464 €) überweisen wir diese Woche.

Herzliche Grüße, und alles Gute für Ihre Mutter""", sig="yilmaz")

M("N", "en", "insurer-to-customer", "trap: portal notification without content",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="jkowalczyk@outlook.example",
  subj="You have a new secure message", date="2026-01-27 08:02",
  body="""Hello,

you have received a new secure message from Versicherer.

For your protection the message is not included in this e-mail. Please log in to your secure mailbox to read it:

https://securemail.versicherer.example/login

The message will be kept for 90 days. If you have not registered yet, you will receive a separate e-mail with your one-time password.

This is an automatically generated e-mail. Please do not reply.""", client="system", lang="en")

M("C", "de", "insurer-to-customer", "legal expenses: tenancy dispute of named customer, coverage confirmation",
  frm=ADDR("lindqvist"), to="Rainer Zachow <r.zachow@gmx.example>",
  subj="Deckungszusage Mietrechtsstreit – Ihr Zeichen RS-26-00318", date="2026-01-27 14:20",
  body="""Sehr geehrter Herr Zachow,

für die Auseinandersetzung mit Ihrer Vermieterin wegen der Nebenkostenabrechnung 2024 (Nachforderung 1.842,17 €) erteilen wir Ihnen Deckungsschutz aus Ihrem Rechtsschutzvertrag RS 5590-34412, Baustein Wohnungs- und Grundstücks-Rechtsschutz für Mieter.

Versichert sind die Kosten Ihrer Anwältin, Frau Rechtsanwältin Dilara Aksoy, Kanzlei Aksoy & Brehm, zunächst für die außergerichtliche Tätigkeit. Ihre Selbstbeteiligung beträgt 250 €.

Bitte leiten Sie dieses Schreiben an Ihre Anwältin weiter.

Mit freundlichen Grüßen""", sig="lindqvist")

M("S", "en", "insurer-to-customer", "life insurance: payout quote for named customer's endowment policy (personal line), no health word",
  frm=ADDR("kraus"), to="Ms Hannah Weber <hannah.weber@icloud.example>",
  subj="Your endowment policy LV 3371-002981 – surrender value", date="2026-01-28 09:50",
  body="""Dear Ms Weber,

as requested, here is the surrender value of your endowment policy LV 3371-002981 as at 1 March 2026:

Guaranteed surrender value: EUR 18,412.66
Surplus participation:      EUR  2,904.10
Terminal bonus (not guaranteed): EUR 611.00
Less: unpaid premium February: EUR 84.00
Payable:                    EUR 21,843.76

Please note that surrendering now ends your death cover of EUR 40,000 immediately. As an alternative you could make the policy paid-up (premium-free); the reduced sum at maturity in 2034 would then be approx. EUR 27,900.

If you want to surrender, we need the signed form (attached to the letter we sent by post) and a copy of your ID.

Kind regards""", sig="kraus", lang="en")

M("N", "de", "insurer-to-broker", "trap: broker newsletter about tariff changes, no customer",
  frm="Maklerbetreuung <makler-info@versicherer.example>", to="makler-verteiler@lists.versicherer.example",
  subj="Maklerinfo 02/2026: BU-Tarif 2026, neue Nachversicherungsgarantie, Webinare", date="2026-01-28 07:30",
  body="""Sehr geehrte Partnerinnen und Partner,

die wichtigsten Neuerungen im Februar:

1. BU-Tarif 2026: Die Berufsgruppe 1+ gibt es jetzt auch für Ingenieure mit bis zu 10 % körperlicher Tätigkeit. Die Gesundheitsfragen wurden gekürzt: psychotherapeutische Behandlungen werden nur noch für die letzten 5 Jahre abgefragt (bisher 10).

2. Nachversicherungsgarantie: ohne erneute Gesundheitsprüfung bei Heirat, Geburt eines Kindes und Gehaltssteigerung über 10 %.

3. Webinar "Psychische Vorerkrankungen im BU-Antrag richtig dokumentieren" am 19.02., 10 Uhr – Anmeldung über das Maklerportal.

Ihre Maklerbetreuung""", client="system")

M("C", "de", "insurer-to-workshop", "motor claim steered to partner garage: named customer, plate, claim number, no injury",
  frm=ADDR("jansen"), to="Serviceannahme <service@autohaus-kremer.example>",
  subj="Schadensteuerung 26-KF-011284 / Kennzeichen D-MK 4471", date="2026-01-29 08:14",
  body="""Hallo Herr Kremer,

wir steuern Ihnen folgenden Kaskoschaden zu:

Kunde: Manuela Krawczyk, Tel. 0176 44129870
Fahrzeug: Opel Astra K, D-MK 4471
Schaden: Parkrempler, Heckstoßfänger und Heckklappe, Fahrzeug fahrbereit
Vertrag: KF 9901-557120, Vollkasko mit 300 € SB (Werkstattbindung)

Bitte Kontakt mit Frau Krawczyk aufnehmen, Kostenvoranschlag über das Portal hochladen und Ersatzwagen stellen. Verletzt wurde niemand.

Danke und Gruß""", sig="jansen")

M("S", "de", "insurer-to-customer", "dental supplementary: named customer's treatment plan with GOZ positions and teeth",
  frm=ADDR("wendland"), to="Dominik Albers <dominik.albers@posteo.example>",
  subj="Heil- und Kostenplan Dr. Sander – unsere Zusage", date="2026-01-29 11:37",
  body="""Hallo Herr Albers,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Sander vom 20.01.2026 geprüft:

[[hkp]]

Ihr Tarif ZahnPlus 90 erstattet 90 % des Rechnungsbetrags nach Vorleistung der gesetzlichen Kasse, in den ersten vier Versicherungsjahren höchstens 4.000 €. Voraussichtlich erstatten wir 2.312,55 €.

Die Zusage gilt sechs Monate. Bitte reichen Sie nach der Behandlung die Rechnung ein.

Viele Grüße""", sig="wendland",
  tables={"hkp": ([["Zahn", "GOZ-Nr.", "Leistung", "Betrag"], ["36", "9010", "Implantat", "1.120,00 €"],
                   ["36", "2200", "Vollkrone (Suprakonstruktion)", "842,30 €"], ["36", "9100", "Knochenaufbau", "486,20 €"],
                   ["–", "Material/Labor", "", "638,00 €"]], "pad")})

M("N", "en", "internal", "trap: synthetic test data for a classifier test, fictitious persons marked as such",
  frm=ADDR("fischer"), to=ADDR("raman"), cc=ADDR("meier"),
  subj="Test mails for the DLP rollout – synthetic only", date="2026-01-30 10:22",
  body="""Hi Priya,

for the DLP test run next week I've put together synthetic test cases. All persons are fictitious (Max/Erika Mustermann family), the IBAN is the published example IBAN from the ECBS documentation, the policy numbers follow our format but are from the reserved test range 9999-xxxxxx.

Examples in the file:
- "Erika Mustermann (fictitious), born 01.01.1970, IBAN DE02 1203 0000 0000 2020 51" → expected CONFIDENTIAL
- "Max Mustermann (fictitious), diagnosis J45.0 (test)" → expected STRICTLY_CONFIDENTIAL
- Newsletter text → expected NORMAL

Please do not load them into production; they go into the test tenant only.

Tim""", sig="fischer", sigstyle="short", lang="en")

M("S", "de", "insurer-to-therapist", "request to a psychotherapist about therapy hours for named insured",
  frm=ADDR("kroeger"), to="Praxis für Psychotherapie Anne Lenzen <kontakt@psychotherapie-lenzen.example>",
  subj="Ihre Patientin L. Hartwig – Verlängerungsantrag", date="2026-01-30 14:05",
  body="""Sehr geehrte Frau Lenzen,

für Ihre Patientin Frau Lara Hartwig (Versicherungsnummer KV 2203-908811) haben Sie die Verlängerung der Verhaltenstherapie um weitere 20 Sitzungen beantragt.

Nach unseren Bedingungen brauchen wir dafür einen kurzen Bericht an unseren beratenden Psychotherapeuten: bisheriger Verlauf, aktuelle Symptomatik, Behandlungsziele für die Verlängerung. Bitte senden Sie ihn im verschlossenen Umschlag mit dem Vermerk "Gutachterverfahren" an uns oder über unser SecureMail-Portal.

Die bisherigen 24 Sitzungen (GOP 870, Diagnose F33.1 G) sind bezahlt.

Mit freundlichen Grüßen""", sig="kroeger")

M("C", "de", "insurer-to-customer", "premium collection: named customer's household premium arrears with IBAN",
  frm=ADDR("becker"), to="Sven Albrecht <sven.albrecht1981@gmail.example>",
  subj="Rücklastschrift – Hausratversicherung HR 6610-029384", date="2026-02-02 08:40",
  body="""Guten Tag Herr Albrecht,

Ihre Bank hat die Lastschrift vom 15.01.2026 über 14,90 € zurückgegeben (Grund: Konto erloschen). Wir haben von folgendem Konto abgebucht:

""" + IB("DE", "500105170648489890") + """ (ING)

Bitte teilen Sie uns eine neue Bankverbindung mit oder überweisen Sie den Beitrag zzgl. 3,00 € Rücklastschriftgebühr bis zum 16.02.2026 auf unser Konto. Verwendungszweck: HR 6610-029384.

Freundliche Grüße""", sig="becker")

M("N", "de", "insurer-to-partner", "trap: press release about the company's health-cost statistics",
  frm=ADDR("baumann"), to="Redaktionsverteiler <presse-verteiler@lists.versicherer.example>",
  subj="Pressemitteilung: Ausgaben für Psychotherapie steigen 2025 um 14 Prozent", date="2026-02-02 11:00",
  body="""PRESSEMITTEILUNG

Köln, 2. Februar 2026 – Die Versicherer Krankenversicherung hat 2025 für ambulante Psychotherapie 14 Prozent mehr ausgegeben als im Vorjahr. Besonders stark gestiegen ist die Zahl der Behandlungen bei Versicherten zwischen 18 und 29 Jahren (+22 Prozent). Die häufigsten Diagnosen sind depressive Episoden (F32) und Angststörungen (F41).

"Die Zahlen zeigen, dass psychische Gesundheit kein Tabuthema mehr ist", sagt Vorständin Birgit Oppermann. "Wir wollen den Zugang zu Therapie weiter erleichtern und bauen unser Online-Angebot aus."

Die Auswertung beruht auf den Abrechnungsdaten von rund 610.000 Vollversicherten.

Pressekontakt: Julia Baumann, Unternehmenskommunikation""", sig="baumann", sigstyle="short")

M("S", "de", "insurer-to-customer", "BU: named customer's application accepted with exclusion clause for back, no ICD code",
  frm=ADDR("schulte"), to="Felix Strobel <felix.strobel@mailbox.example>",
  subj="Ihr Antrag auf Berufsunfähigkeitsversicherung", date="2026-02-03 09:15",
  body="""Sehr geehrter Herr Strobel,

gute Nachricht: Wir können Ihren Antrag auf Berufsunfähigkeitsversicherung (Antragsnummer A-BU-2026-01447) annehmen – allerdings mit einer Einschränkung.

Wegen der Beschwerden an der Lendenwirbelsäule, die Sie im Antrag angegeben haben (Behandlung 2023 beim Orthopäden, Physiotherapie), schließen wir Berufsunfähigkeit aufgrund von Erkrankungen der Wirbelsäule aus. Nach drei beschwerdefreien Jahren können Sie beantragen, dass wir den Ausschluss überprüfen.

Wenn Sie einverstanden sind, unterschreiben Sie bitte die Annahmeerklärung, die wir Ihnen per Post schicken. Der Vertrag beginnt dann am 01.03.2026.

Mit freundlichen Grüßen""", sig="schulte")

M("N", "en", "insurer-to-supplier", "trap: purchase order for flu vaccine for the in-house company doctor, order number",
  frm=ADDR("krueger"), to="orders@pharma-wholesale.example",
  subj="PO 4500188012 – influenza vaccine season 2026/27", date="2026-02-03 13:30",
  body="""Hello,

please reserve the following for delivery in September 2026 to our company medical service:

Item: Influenza vaccine, quadrivalent, pre-filled syringe 0.5 ml
Quantity: 450 doses
Delivery: Versicherer Holding AG, Betriebsärztlicher Dienst, Rheinuferstrasse 12, 50667 Cologne
Cold chain required (2–8 °C).

Please confirm price and delivery window, quoting PO 4500188012.

Thanks,
Stefan Krüger
Procurement""", sig=None, lang="en")

M("C", "de", "insurer-to-customer", "bank data: refund of overpaid premium to named customer's IBAN, motor",
  frm=ADDR("kowalski"), to="Frau Sibylle Wagenknecht <sibylle.wagenknecht@t-online.example>",
  subj="Erstattung Beitrag Kfz-Versicherung – Abmeldung BN-SW 212", date="2026-02-04 10:10",
  body="""Sehr geehrte Frau Wagenknecht,

Ihr Fahrzeug mit dem Kennzeichen BN-SW 212 wurde am 22.01.2026 abgemeldet. Den zu viel gezahlten Beitrag für den Zeitraum 23.01. bis 31.12.2026 in Höhe von 418,26 € erstatten wir Ihnen auf das Konto

IBAN """ + IB("DE", "380500000010334455") + """
Kontoinhaberin: Sibylle Wagenknecht

Der Vertrag KF 4410-883201 ruht jetzt; Ihr Schadenfreiheitsrabatt (SF 14) bleibt sieben Jahre erhalten.

Mit freundlichen Grüßen""", sig="kowalski")

M("S", "en", "customer", "customer forwards hospital discharge letter text as inline forward (travel health)",
  frm=ADDR("seidel"), to=ADDR("ashworth"),
  subj="FW: hospital in Lisbon – my father", date="2026-02-04 15:44",
  body="""Claire, this one's travel health, not expat – but he writes English, could you take it? Policy is RK 7781-22031 (annual travel).
Ines

""" + FW("Paul Hendricks <paul.hendricks@btinternet.example>", "Wed, 4 Feb 2026 14:02", "reise@versicherer.example",
         "hospital in Lisbon – my father", """Dear Sir or Madam,

my father Gerhard Hendricks (72) fell ill on holiday in Lisbon and was admitted to Hospital da Luz on 1 February with pneumonia. They say he needs oxygen and will stay at least 5 more days. The hospital wants a guarantee of payment, otherwise we pay a deposit of 3,000 EUR.

His travel health insurance with you is number RK 7781-22031. He also takes blood thinners (Eliquis 5 mg) because of his atrial fibrillation, the doctors asked about that.

Please help, I am flying there tomorrow.

Paul Hendricks (son)
+44 7700 900412""", lang="en"), sig=None, lang="en")

M("N", "de", "internal", "trap: sickness absence rate per department, aggregated, no names",
  frm=ADDR("sommer"), to="Führungskreis <fuehrungskreis@versicherer.example>",
  subj="Krankenstand Q4/2025 nach Bereichen", date="2026-02-05 08:30",
  body="""Liebe Führungskräfte,

wie jedes Quartal der Krankenstand nach Bereichen (Anteil der Arbeitstage mit Arbeitsunfähigkeit, Bereiche unter 10 Beschäftigten sind zusammengefasst):

[[ks]]

Der Anstieg im Kundenservice hängt vor allem mit der Erkältungswelle im Dezember zusammen. Angebote des BGM (Rückenkurs, Resilienztraining) finden Sie im Intranet.

Viele Grüße
Jana Sommer""", sig="sommer", sigstyle="short",
  tables={"ks": ([["Bereich", "Q3/2025", "Q4/2025"], ["Kundenservice", "6,1 %", "8,4 %"], ["Leistung Kranken", "5,2 %", "6,0 %"],
                  ["IT", "3,4 %", "4,1 %"], ["Vertrieb", "4,0 %", "4,6 %"], ["Sonstige (zusammengefasst)", "4,8 %", "5,3 %"]], "pad")})

M("C", "de", "insurer-to-customer", "salary/income of named customer for a rent guarantee (Mietkaution) product",
  frm=ADDR("kowalski"), to="Ahmet Doğan <ahmet.dogan@web.example>",
  subj="Ihre Mietkautionsbürgschaft – noch ein Nachweis fehlt", date="2026-02-05 12:18",
  body="""Hallo Herr Doğan,

danke für Ihren Antrag auf eine Mietkautionsbürgschaft über 2.850 € für die Wohnung in der Lindenallee 18, Dortmund.

Sie haben ein monatliches Nettoeinkommen von 2.640 € angegeben (Festanstellung seit 2019 bei der Spedition Brandt). Für die Prüfung brauchen wir noch die Gehaltsabrechnungen November und Dezember 2025.

Ihr Geburtsdatum im Antrag (30.11.1982) passt nicht zu dem auf der Ausweiskopie (30.11.1983) – welches stimmt?

Viele Grüße""", sig="kowalski", sigstyle="short")

M("S", "de", "insurer-to-lawyer", "legal department to opposing lawyer: personal injury in liability claim with injuries",
  frm=ADDR("schreiber"), to="RA Jörg Wunderlich <kanzlei@wunderlich-recht.example>",
  subj="Ihr Mandant Herr Moritz Faber ./. unsere VN – Schmerzensgeld", date="2026-02-06 10:45",
  body="""Sehr geehrter Herr Kollege Wunderlich,

wir kommen zurück auf Ihr Schreiben vom 21.01.2026. Unsere Versicherungsnehmerin, Frau Kerstin Ohlendorf, bestreitet nicht, dass ihr Hund Ihren Mandanten am 03.10.2025 gebissen hat.

Die vorgelegten Unterlagen belegen eine Bisswunde am rechten Unterarm mit Wundinfektion, ambulante Behandlung im St.-Marien-Hospital, Antibiose (Amoxicillin/Clavulansäure 875/125 mg) und Arbeitsunfähigkeit vom 03.10. bis 24.10.2025. Eine dauerhafte Beeinträchtigung ist nicht belegt; die Narbe ist laut Bericht vom 12.12.2025 reizlos.

Wir bieten zur Abgeltung aller Ansprüche ein Schmerzensgeld von 2.500 € sowie den nachgewiesenen Verdienstausfall von 1.126,40 € an.

Mit freundlichen kollegialen Grüßen""", sig="schreiber")

M("N", "en", "insurer-to-customer", "trap: one-time password mail of the portal, no content",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="d.okonkwo@yahoo.example",
  subj="Your one-time password for the secure mailbox", date="2026-02-06 10:46",
  body="""Hello,

a secure mailbox has been set up for you. Your one-time password is:

    7Hq-4pZm-Kx2

Log in at https://securemail.versicherer.example with your e-mail address and this password. You will be asked to set your own password and a security question.

The one-time password expires in 7 days. You receive the registration link in a separate e-mail.

Versicherer SecureMail – automatically generated, please do not reply.""", client="system", lang="en")

M("S", "de", "hospital", "hospital invoice forwarded internally with ICD codes and DRG in attachment, body harmless",
  frm=ADDR("brandt"), to=ADDR("nowak"),
  subj="WG: Rechnung 2026-RE-118774", date="2026-02-06 14:02",
  body="""Carla, kannst du die Wahlleistungen mal gegen die GOÄ prüfen? Kommt mir hoch vor.
Gerrit

""" + FW("Abrechnung Klinikum Lindenhof <abrechnung@klinikum-lindenhof.example>", "06.02.2026 13:11", "kliniken@versicherer.example",
         "Rechnung 2026-RE-118774", "Sehr geehrte Damen und Herren,\nanbei unsere Rechnung.\nMit freundlichen Grüßen\nIhre Patientenabrechnung"), sig=None,
  att=[PDF("RE_2026-RE-118774.pdf", [("h", "Klinikum Lindenhof gGmbH – Rechnung Nr. 2026-RE-118774"),
        "Patientin: Helga Brückner, geb. 03.08.1951\nVersicherung: Versicherer Krankenversicherung a.G., Vers.-Nr. KV 1120-554671\nAufenthalt: 26.01.2026 – 03.02.2026 (8 Belegungstage)",
        ("t", [["Pos.", "Code", "Bezeichnung", "Betrag EUR"], ["1", "DRG I47B", "Revision oder Ersatz des Hüftgelenks", "7.912,40"],
               ["2", "ICD M16.1 R", "Sonstige primäre Koxarthrose, rechts", ""], ["3", "ICD I10.90", "Essentielle Hypertonie", ""],
               ["4", "OPS 5-820.00", "Implantation Totalendoprothese Hüfte", ""], ["5", "Wahlleistung", "Zweibettzimmer 7 Tage", "623,00"],
               ["6", "GOÄ 1, 5, 8", "Chefarzt Visiten (ärztl. Wahlleistung)", "1.486,22"]]),
        "Rechnungsbetrag: 10.021,62 EUR. Zahlbar innerhalb 30 Tagen."], title="Rechnung 2026-RE-118774", author="Klinikum Lindenhof")])

M("C", "en", "insurer-to-company", "fleet policy renewal to company with named contact and list of drivers",
  frm=ADDR("engel"), to="Fleet Manager <fleet@nordlicht-logistik.example>",
  subj="Fleet policy FL 2210-0042 – renewal 2026 and driver list", date="2026-02-09 09:00",
  body="""Dear Mr Halvorsen,

thank you for the updated vehicle and driver list. For the renewal of your fleet policy FL 2210-0042 on 1 April, the following drivers under 25 need an additional young-driver surcharge:

- Kevin Schuster, born 2003-05-11, vehicle HH-NL 117
- Jana Ruhnke, born 2002-10-27, vehicle HH-NL 121

The overall premium for 38 vehicles is EUR 47,220 (last year EUR 44,910); the loss ratio 2025 was 61 %.

Please confirm the list by 28 February.

Best regards""", sig="engel", lang="en")

M("N", "de", "internal", "trap: template with placeholders for a claim rejection letter in health",
  frm=ADDR("nowak"), to="Team Rechnungsprüfung <team-rp@versicherer.example>",
  subj="Neue Textvorlage „Ablehnung GOÄ-Analogziffer“", date="2026-02-09 11:30",
  body="""Hallo zusammen,

ab Montag gibt es im Textsystem die neue Vorlage KV-ABL-17. Bitte nicht mehr die alte KV-ABL-09 verwenden.

Text:
---
Sehr geehrte/r «Anrede» «Nachname»,

Sie haben uns die Rechnung von «Leistungserbringer» vom «Rechnungsdatum» eingereicht. Die Position «GOÄ-Nr.» wurde analog berechnet. Eine Analogberechnung ist nach § 6 Abs. 1 GOÄ nur für Leistungen zulässig, die nicht im Gebührenverzeichnis stehen. Die Leistung «Leistungsbezeichnung» ist jedoch unter Nr. «Original-Nr.» aufgeführt. Wir erstatten daher «Betrag» € weniger.
---

Fragen gern an mich.
Carla""", sig="nowak", sigstyle="short")

M("S", "de", "insurer-to-customer", "HTML-only mail to named customer with table of reimbursed invoices including ICD codes",
  frm=ADDR("nowak"), to="Gisela Brandes <gisela.brandes@posteo.example>",
  subj="Leistungsabrechnung vom 09.02.2026", date="2026-02-09 15:50", client="outlook", body=None,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Brandes,</p>
<p>wir haben Ihre Rechnungen wie folgt abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Datum</th><th>Leistungserbringer</th><th>Diagnose</th><th>GOÄ</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>12.01.2026</td><td>Dr. med. F. Kuhlmann, Dermatologie</td><td>L40.0 G</td><td>1, 5, 750</td><td>96,40 €</td><td>96,40 €</td></tr>
<tr><td>21.01.2026</td><td>Praxis Rheumatologie Köln-Süd</td><td>L40.5 G, M07.3 V</td><td>3, 7, 3741</td><td>214,88 €</td><td>214,88 €</td></tr>
<tr><td>23.01.2026</td><td>Apotheke am Dom</td><td>–</td><td>Methotrexat 15 mg Fertigspritze ×4</td><td>182,10 €</td><td>182,10 €</td></tr>
</table>
<p>Gesamt: 493,38 €. Der Betrag wird auf Ihr Konto überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Carla Nowak<br>Leistungsservice Krankenversicherung</p>
</body></html>
""")

M("N", "en", "internal", "trap: English meeting invite about data-protection training with ICS, no person data",
  frm=ADDR("meier"), to="All staff claims <claims-all@versicherer.example>",
  subj="Mandatory training: handling health data in e-mail (Art. 9 GDPR)", date="2026-02-10 08:05",
  body="""Dear colleagues,

please join the mandatory 45-minute training on how to send health data, diagnoses and doctors' reports securely (portal, S/MIME, never plain mail). The calendar invitation is attached.

Thomas Meier
Data Protection Officer""", sig=None, lang="en",
  att=[ICS("invite.ics", "dsgvo-training-2026-02@versicherer.example", "Training: health data in e-mail (Art. 9 GDPR)",
           "20260217T100000", "20260217T104500", ("Thomas Meier", "thomas.meier@versicherer.example"),
           [("Claims all", "claims-all@versicherer.example")], location="MS Teams",
           description="Agenda: 1. What is health data 2. Siegel sensitivity classes 3. Portal vs. S/MIME 4. Quiz")])

M("C", "de", "insurer-to-customer", "pet insurance: vet invoice of named customer's dog (animal health = CONFIDENTIAL)",
  frm=ADDR("wagner"), to="Carina Möllenbeck <carina.moellenbeck@gmx.example>",
  subj="Tierarztrechnung für Balu – Erstattung", date="2026-02-10 10:33",
  body="""Liebe Frau Möllenbeck,

wir haben die Rechnung der Tierklinik Hofheim für Balu (Labrador, Chip 276098106338125) erstattet:

Kreuzbandriss hinten links, TPLO-Operation am 29.01.2026
Rechnungsbetrag nach GOT: 2.986,50 €
Erstattung (80 % laut Tarif OP-Schutz, Vertrag TK 3120-06677): 2.389,20 €

Wir wünschen Balu gute Besserung und viel Geduld bei der Leinenpflicht in den nächsten Wochen!

Herzliche Grüße""", sig="wagner")

M("S", "en", "insurer-to-customer", "group accident: named employee's accident claim for company group accident policy",
  frm=ADDR("haider"), to="Marek Nowicki <marek.nowicki@wp.example>",
  subj="Your accident at work on 20 January – group accident insurance", date="2026-02-11 09:20",
  body="""Dear Mr Nowicki,

your employer, Hellweg Bau GmbH, has reported your accident on the construction site in Unna on 20 January 2026 under their group accident policy GU 5512-0031.

We have received the report from the Katholisches Klinikum Unna: fracture of the right heel bone (calcaneus), operated on 21 January with plate osteosynthesis. We will pay the hospital daily allowance of EUR 30 for the 9 days in hospital (EUR 270) now.

Our rehabilitation manager, Ms Haider, would like to call you to discuss physiotherapy and the return to work. Please send us a phone number where you can be reached – or reply in Polish if you prefer, we have a colleague who speaks it.

Best wishes for your recovery""", sig="haider", lang="en")

# ---- 0048-0100 -----------------------------------------------------------

M("N", "de", "internal", "trap: out-of-office reply of a health claims clerk, no case content",
  frm=ADDR("kroeger"), to=ADDR("roth"),
  subj="Automatische Antwort: WG: Rückfrage Heilpraktikerrechnung", date="2026-02-11 09:41", client="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Team Ambulant 2 (team-ambulant2@versicherer.example, Durchwahl -3400).

Sabine Kröger""")

M("S", "de", "customer", "customer's mobile mail via portal relay: naturopath invoice and thyroid medication, typos",
  frm="Kundenportal <portal-relay@versicherer.example>", to="Leistung Kranken <leistung-kranken@versicherer.example>",
  subj="Neue Nachricht aus dem Kundenportal – KV 4471-220918", date="2026-02-11 21:14", client="system",
  body="""Neue Nachricht über das Kundenportal
Absender (angemeldet): Tanja Müller-Lüdenscheidt
Vertrag: KV 4471-220918
Kategorie: Rechnung einreichen

--- Nachricht ---
hallo, hab grad die rechung von meiner heilpraktikerin hochgeladen (frau stiller, bad honnef), das war akupunktur wegen meiner migräne 6x und einmal eigenblut. ausserdem nehm ich jetzt L-Thyroxin 75 seit der hashimoto diagnose, das rezept ist auch dabei. bitte um kurze info ob heilpraktiker bei mir überhaupt drin ist, ich finds in den unterlagen nicht.
lg tanja

--- Anhänge (im Portal) ---
Rechnung_Stiller_01-2026.pdf
Rezept_LThyrox.jpg""")

M("C", "de", "insurer-to-customer", "building insurance storm claim of named customer with address and claim number",
  frm=ADDR("demir"), to="Familie Overbeck <overbeck.kirsten@online.example>",
  subj="Sturmschaden Dach – Schaden-Nr. 26-WG-003318", date="2026-02-12 08:20",
  body="""Sehr geehrte Frau Overbeck, sehr geehrter Herr Overbeck,

nach dem Sturm "Ylenia" am 08.02. haben Sie uns den Schaden am Dach Ihres Hauses Am Kirchberg 22, 57290 Neunkirchen gemeldet.

Unser Sachverständiger, Herr Dipl.-Ing. Rolf Baginski, meldet sich in den nächsten Tagen für einen Termin. Bis dahin dürfen Sie selbstverständlich notwendige Sofortmaßnahmen (Plane, Notabdichtung durch den Dachdecker) beauftragen – bitte Fotos machen und Rechnung aufbewahren.

Versicherungsschein: WG 2208-114790, Sturm/Hagel mitversichert, keine Selbstbeteiligung.

Mit freundlichen Grüßen""", sig="demir")

M("N", "en", "internal", "trap: English question about ICD-10-GM 2026 update for the claims system, codes without persons",
  frm=ADDR("nowak"), to=ADDR("raman"),
  subj="ICD-10-GM 2026 catalogue – is it loaded in KLARA?", date="2026-02-12 10:02",
  body="""Hi Priya,

quick one: BfArM published ICD-10-GM 2026 with a few new codes (e.g. U07.x changes, new secondary codes for long COVID, and the split of R65.- ). Our claims system KLARA still rejects U09.9! as "unknown code" on invoices dated 2026.

Could you check whether the 2026 catalogue file was imported? The release notes say the catalogue table should have 16,4xx entries.

No urgency for individual cases – the clerks can override – but it generates a lot of manual work.

Thanks
Carla""", sig="nowak", sigstyle="short", lang="en")

M("S", "de", "insurer-to-customer", "health: addressee's own prescriptions (Ihre Rezepte) for hearing aids and glasses, amounts",
  frm=ADDR("roth"), to="Herbert Kalinowski <h.kalinowski@t-online.example>",
  subj="Ihre Rezepte und der Kostenvoranschlag Hörakustik", date="2026-02-12 14:30",
  body="""Sehr geehrter Herr Kalinowski,

Ihre Rezepte haben wir erhalten. Zu Ihren Fragen:

1. Hörgeräte: Ihr HNO-Arzt hat eine beidseitige Versorgung verordnet. Der Kostenvoranschlag von Hörakustik Bremer über 3.980 € (2 Geräte, Akkutechnik) liegt im Rahmen Ihres Tarifs; wir erstatten bis zu 1.500 € pro Ohr alle vier Jahre, also 3.000 €.

2. Brille: Die neue Gleitsichtbrille (Verordnung Augenarzt Dr. Pauly, +2,25/+2,50 Add. 2,00) bezahlen wir bis 300 € in zwei Jahren.

Schicken Sie uns nach dem Kauf einfach die Rechnungen.

Freundliche Grüße""", sig="roth")

M("N", "de", "insurer-to-customer", "trap: registration link mail of the portal",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="heike.rothenberger@web.example",
  subj="Registrierung für Ihr sicheres Postfach", date="2026-02-13 07:58",
  body="""Guten Tag,

für Sie liegt eine vertrauliche Nachricht im sicheren Postfach bereit. Bitte schließen Sie Ihre Registrierung ab:

https://securemail.versicherer.example/register?t=Qm9uZDEyMw

Ihr Einmal-Passwort haben Sie in einer separaten E-Mail erhalten. Nach der ersten Anmeldung legen Sie Ihr eigenes Passwort und eine Sicherheitsfrage fest.

Diese E-Mail wurde automatisch erzeugt.""", client="system")

M("C", "en", "insurer-to-customer", "travel cancellation (job loss, no health) for named customer",
  frm=ADDR("seidel"), to="Daniel Hofstetter <dhofstetter@gmx.example>",
  subj="Your trip cancellation claim RR-26-00871 (Mauritius)", date="2026-02-13 10:15",
  body="""Dear Mr Hofstetter,

we are sorry to hear that you lost your job in January. Unexpected redundancy is a covered reason under your cancellation policy RR 3310-44821.

To settle the claim we need:
- the termination letter from your employer (Kessler Maschinenbau AG) showing the date and that it was an operational redundancy,
- the cancellation invoice from the tour operator (EUR 2,940 for 2 persons),
- your bank details (IBAN) for the payment.

The excess is 20 % of the cancellation costs, minimum EUR 100.

Kind regards""", sig="seidel", lang="en")

M("S", "de", "insurer-to-customer", "life: beneficiary change of named customer's term life policy (personal line), no health word",
  frm=ADDR("kraus"), to="Matthias Grünewald <m.gruenewald@freenet.example>",
  subj="Änderung Bezugsrecht – Risikolebensversicherung RL 8812-330071", date="2026-02-16 09:05",
  body="""Sehr geehrter Herr Grünewald,

wir haben das Bezugsrecht Ihrer Risikolebensversicherung RL 8812-330071 wie gewünscht geändert.

Bezugsberechtigt im Todesfall ist ab sofort:
Frau Sandra Grünewald, geb. Vollmer, geb. am 17.07.1985 (widerruflich)

Die bisherige Bezugsberechtigte, Frau Petra Grünewald, ist damit nicht mehr eingetragen. Die Versicherungssumme von 250.000 € bleibt unverändert.

Einen Nachtrag zum Versicherungsschein erhalten Sie per Post.

Mit freundlichen Grüßen""", sig="kraus")

M("N", "de", "newsletter", "trap: employee newsletter about company health day with blood pressure checks, no person",
  frm="Interne Kommunikation <intern@versicherer.example>", to="alle-mitarbeitenden@versicherer.example",
  subj="Gesundheitstag am 5. März – Blutdruck, Rücken, Hautscreening", date="2026-02-16 11:00",
  body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 5. März, findet im Foyer wieder unser Gesundheitstag statt (9–15 Uhr):

• Blutdruck- und Blutzuckermessung durch den betriebsärztlichen Dienst
• Hautkrebs-Screening (Anmeldung im Intranet, begrenzte Plätze)
• Rückencheck und Kurz-Workshops "bewegte Pause"
• Vortrag 12 Uhr: "Schlaf, Stress und Herzgesundheit"

Alle Ergebnisse bekommt nur ihr selbst – an Personal oder Vorgesetzte geht nichts.

Euer BGM-Team""", client="system")

M("S", "en", "company", "company HR sends group health (bKV) enrolment list as XLSX; body harmless",
  frm=ADDR("paulsen"), to="bKV Service <bkv-service@versicherer.example>",
  subj="FW: bKV enrolment March – Brightwave Software GmbH", date="2026-02-17 12:40",
  body="""Please enrol as of 1 March under group contract bKV-G 7011. Thanks, Henrik

""" + FW("People Team Brightwave <people@brightwave.example>", "Tue, 17 Feb 2026 11:58", "henrik.paulsen@versicherer.example",
         "bKV enrolment March", """Hi Henrik,

attached the new joiners for the company health plan (dental + glasses module). Two have opted for the family add-on.

Best,
Sofia
People & Culture, Brightwave Software GmbH""", lang="en"), sig=None, lang="en",
  att=[XLSX("bKV_enrolment_2026-03.xlsx", {"Joiners": [["Employee ID", "Last name", "First name", "Date of birth", "Module", "Family add-on"],
                                                      ["BW-0412", "Ferreira", "Tiago", "1991-03-22", "Dental+Optics", "no"],
                                                      ["BW-0415", "Schmitz", "Laura", "1995-07-08", "Dental+Optics", "yes (1 child)"],
                                                      ["BW-0418", "Nakamura", "Kenji", "1988-11-30", "Dental", "yes (spouse)"]]},
                 author="Sofia Lindner")])

M("C", "de", "insurer-to-assessor", "assessor assignment for named customer's water damage, address, policy, phone",
  frm=ADDR("demir"), to="Sachverständigenbüro Baginski <auftrag@sv-baginski.example>",
  subj="Gutachtenauftrag 26-WG-003402 – Leitungswasser", date="2026-02-17 14:10",
  body="""Hallo Herr Baginski,

bitte übernehmen Sie folgenden Auftrag:

VN: Yvonne Kästner, Birkenweg 5, 57074 Siegen, Tel. 0271 3384417
Vertrag: WG 2208-119833 (Wohngebäude, gleitender Neuwert)
Schaden: Leitungswasser, Rohrbruch im Badezimmer OG, Durchfeuchtung Decke EG
Gemeldete Höhe: ca. 18.000 €

Bitte Ursache, Umfang und Sanierungskosten feststellen; Trocknung läuft bereits (Fa. Trockenprofi).

Danke und Grüße
Aylin Demir""", sig="demir", sigstyle="short")

M("S", "de", "insurer-to-customer", "care: nursing home invoice and care level of named customer's husband (Pflegeheim)",
  frm=ADDR("yilmaz"), to="Brigitte Hansmann <brigitte.hansmann@gmx.example>",
  subj="Heimkosten Ihres Mannes – Januar 2026", date="2026-02-18 09:30",
  body="""Liebe Frau Hansmann,

danke für die Rechnung des Seniorenzentrums Haus Abendsonne (Lemgo) für Januar 2026. Ihr Mann, Herr Dieter Hansmann, ist dort seit 01.10.2025 vollstationär untergebracht und in Pflegegrad 4 eingestuft.

Aus der privaten Pflegepflichtversicherung zahlen wir den pflegebedingten Aufwand pauschal mit 1.775 € monatlich direkt an das Heim. Den Leistungszuschlag nach § 43c SGB XI (für die Verweildauer bis 12 Monate: 15 % des Eigenanteils) haben wir ebenfalls berücksichtigt: 203,57 €.

Ihr Eigenanteil für Unterkunft, Verpflegung und Investitionskosten bleibt bei Ihnen (laut Rechnung 2.314,60 €).

Herzliche Grüße""", sig="yilmaz")

M("N", "en", "insurer-to-partner", "trap: reply to association survey with portfolio totals per line, no person",
  frm=ADDR("morgan"), to="statistics@insurers-association.example",
  subj="RE: Annual survey 2025 – portfolio figures", date="2026-02-18 15:05",
  body="""Dear Ms Hartl,

please find our figures for the annual survey (all as of 31 Dec 2025, gross, German business only):

Health – full cover: 612,400 persons; supplementary: 1,204,900 persons
Long-term care (compulsory): 598,100 persons
Life – number of contracts: 1.41 million, of which occupational disability: 287,000
Motor – insured vehicles: 904,300
Household: 744,000 contracts

Premium income and claims will follow with the audited figures in April.

Regards,
James Morgan""", sig="morgan", sigstyle="short", lang="en")

M("C", "de", "insurer-to-customer", "motor theft claim of named customer with VIN, plate, police file no.",
  frm=ADDR("brenner"), to="Oliver Trautmann <oliver.trautmann@icloud.example>",
  subj="Diebstahl Ihres BMW X3 – Schaden 26-KF-012015", date="2026-02-19 10:12",
  body="""Sehr geehrter Herr Trautmann,

wir bestätigen die Meldung des Diebstahls Ihres BMW X3 (Kennzeichen K-OT 880, FIN WBA7Y110X0N123456) in der Nacht vom 16. auf den 17.02.2026 vor Ihrem Haus in Köln-Rodenkirchen.

Die Polizei führt die Anzeige unter Tgb.-Nr. 0204871/2026. Nach Ablauf der Monatsfrist (17.03.2026) können wir den Wiederbeschaffungswert auszahlen, wenn das Fahrzeug bis dahin nicht aufgetaucht ist.

Bitte schicken Sie uns beide Originalschlüssel und die Zulassungsbescheinigung Teil II per Einschreiben.

Ihr Teilkaskovertrag: KF 7711-093341, SB 150 €.

Mit freundlichen Grüßen""", sig="brenner")

M("S", "de", "doctor", "doctor's report quoted in internal mail to medical officer: depression diagnosis of BU claimant",
  frm=ADDR("stanek"), to=ADDR("hasselbach"),
  subj="BU-2025-11873 / Lübbers – noch eine Einschätzung bitte", date="2026-02-19 13:48",
  body="""Liebe Frau Dr. Hasselbach,

neben dem Orthopäden hat sich jetzt auch der Hausarzt gemeldet, siehe unten. Mich irritiert, dass die Psyche plötzlich im Vordergrund steht. Können Sie das bitte bis nächste Woche einschätzen?

Danke und Gruß
Oliver Stanek

""" + OQ("Praxis Dr. med. Christine Wübbolt <praxis@wuebbolt-hausarzt.example>", "Donnerstag, 19. Februar 2026 11:20",
         "bu-leistung@versicherer.example", "Ihr Zeichen BU-2025-11873",
         """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage betr. Herrn Kai Lübbers, geb. 14.02.1976:

Diagnosen: M51.2 G Bandscheibenverlagerung L5/S1; F32.1 G mittelgradige depressive Episode (seit 10/2025); G47.0 G Insomnie.
Medikation: Escitalopram 10 mg 1-0-0, Ibuprofen 600 mg bei Bedarf, Pantoprazol 20 mg.
AU durchgehend seit 06.10.2025. Überweisung an Psychiatrie erfolgt, Erstgespräch 03/2026.

Mit kollegialen Grüßen
Dr. med. C. Wübbolt, Fachärztin für Allgemeinmedizin"""), sig=None)

M("N", "de", "insurer-to-supplier", "trap: order for shredding of old medical files (service), order number, no content",
  frm=ADDR("richter"), to="Auftrag <auftrag@aktenvernichtung-rhein.example>",
  subj="Abholung Datenschutztonnen – Bestellung 4500188944", date="2026-02-20 08:10",
  body="""Guten Morgen,

bitte holen Sie am 26.02. die 14 Datenschutztonnen (Sicherheitsstufe P-4 / Schutzklasse 3) aus dem Archiv UG 2 ab. Darin sind abgelaufene Leistungsakten Kranken (Aufbewahrungsfrist abgelaufen) – bitte wie immer mit Vernichtungsprotokoll.

Bestellnummer: 4500188944, Rahmenvertrag RV-2023-044.

Ansprechpartner vor Ort: Haustechnik, Herr Gül, Tel. -1555.

Grüße
Anja Richter""", sig=None)

M("S", "en", "insurer-to-customer", "IVF treatment cost approval for named customer couple (English)",
  frm=ADDR("kroeger"), to="Emily Carter-Brandt <emily.carterbrandt@gmail.example>",
  subj="Your IVF treatment plan – our decision", date="2026-02-20 11:25", lang="en",
  body="""Dear Ms Carter-Brandt,

we have reviewed the treatment plan from Kinderwunschzentrum Köln-Deutz dated 10 February 2026 for up to three IVF/ICSI cycles.

Your tariff covers assisted reproduction for insured women up to age 40 when there is a reasonable chance of success. Based on the plan (female factor, tubal occlusion N97.1 G) we confirm cover for three cycles including medication (e.g. follitropin alfa, ganirelix) at 100 % of the invoices, according to the GOÄ.

The costs for your husband's part of the treatment are covered by his own statutory health insurer.

We wish you all the best.

Kind regards""", sig="kroeger")

M("C", "de", "insurer-to-customer", "legal expenses: employment dispute (dismissal) of named customer, salary mentioned, no illness",
  frm=ADDR("lindqvist"), to="Svenja Rademacher <svenja.rademacher@outlook.example>",
  subj="Rechtsschutz für Ihre Kündigungsschutzklage", date="2026-02-23 09:40",
  body="""Hallo Frau Rademacher,

Ihre Arbeitgeberin, die Pflegedienst Sonnenschein GmbH, hat Ihnen am 12.02.2026 betriebsbedingt gekündigt. Für die Kündigungsschutzklage vor dem Arbeitsgericht Hagen bestätigen wir Ihnen Kostenschutz aus dem Arbeits-Rechtsschutz Ihres Vertrags RS 5590-40987.

Für den Streitwert gehen wir von drei Bruttomonatsgehältern aus; Sie haben 3.420 € brutto angegeben.

Bitte denken Sie an die Klagefrist von drei Wochen ab Zugang der Kündigung (§ 4 KSchG) – also bis 05.03.2026.

Viele Grüße""", sig="lindqvist", sigstyle="short")

M("N", "de", "internal", "trap: DPIA draft excerpt about the claims app (categories of data, no person)",
  frm=ADDR("meier"), to=ADDR("raman"), cc=ADDR("fischer"),
  subj="DSFA Leistungs-App v5 – Abschnitt 3 zur Durchsicht", date="2026-02-23 14:00",
  body="""Hallo Priya,

hier mein Entwurf für Abschnitt 3 der Datenschutz-Folgenabschätzung. Bitte die technischen Angaben prüfen.

3.1 Kategorien personenbezogener Daten
- Stammdaten (Name, Anschrift, Geburtsdatum, Versicherungsnummer)
- Bankverbindung für Erstattungen
- Gesundheitsdaten: Arztrechnungen, Rezepte, Heil- und Kostenpläne, Krankenhausrechnungen, ggf. Diagnosen (ICD-10)
- Fotos von Belegen (OCR)

3.2 Betroffene: Versicherte und mitversicherte Familienangehörige, darunter Kinder.

3.3 Risiko: hoch (Art. 9 DSGVO, große Zahl Betroffener). Maßnahmen: Ende-zu-Ende-Verschlüsselung beim Upload, Löschung der Fotos auf dem Gerät nach 24 h, kein Versand von Abrechnungen per unverschlüsselter E-Mail.

Gruß Thomas""", sig="meier", sigstyle="short")

M("S", "de", "insurer-to-company", "group accident: list of accidents of named employees (ODS) to employer; body harmless",
  frm=ADDR("haider"), to="Personalabteilung <personal@stadtwerke-lindau.example>",
  subj="Gruppenunfallversicherung GU 5512-0077 – Schadenübersicht 2025", date="2026-02-24 10:20",
  body="""Sehr geehrte Frau Kämmerer,

wie für das Jahresgespräch gewünscht erhalten Sie die Schadenübersicht 2025 Ihrer Gruppenunfallversicherung als Tabelle. Bitte beachten Sie, dass die Übersicht Gesundheitsdaten Ihrer Beschäftigten enthält; sie ist nur für den in der Vereinbarung genannten Personenkreis bestimmt.

Mit freundlichen Grüßen""", sig="haider",
  att=[ODS("Schadenuebersicht_GU5512-0077_2025.ods", {"2025": [["Schaden-Nr.", "Name", "Unfalltag", "Verletzung", "Leistung", "Betrag €"],
        ["GU-25-0311", "Florian Metzler", "14.03.2025", "Distorsion OSG links", "Krankenhaustagegeld", 120],
        ["GU-25-0722", "Sabine Wiegand", "02.07.2025", "Radiusfraktur rechts (S52.51 R)", "Invalidität 1/20 Armwert", 3500],
        ["GU-25-1104", "Ismail Karaca", "04.11.2025", "Schnittverletzung Hand, Sehnennaht", "Übergangsleistung", 1000]]})])

M("C", "en", "broker", "broker asks in English about named customer's household policy with birth date",
  frm=ADDR("vogel"), to=ADDR("kowalski"),
  subj="FW: household policy for Mr Alvarez – change of address", date="2026-02-24 16:02", lang="en",
  body="""Lena, can you handle the address change? Broker is authorised. Thx, K.

""" + OQ("Tom Becker <tom.becker@becker-brokers.example>", "Tuesday, 24 February 2026 15:40", "Katharina Vogel",
         "household policy for Mr Alvarez – change of address", """Hi Katharina,

my client Javier Alvarez Ruiz (born on 3 March 1979) is moving within Munich on 15 March:

old: Schleißheimer Str. 211, 80809 München
new: Westendstr. 88, 80339 München, 3rd floor, 74 m²

Household policy HR 6610-031556, sum insured EUR 52,000. Please adjust the sum to the new size (he says 90 m² incl. cellar? I'll double-check) and confirm cover for the moving day.

Cheers, Tom
Becker Brokers GmbH""", lang="en"), sig=None)

M("S", "de", "insurer-to-customer", "supplementary hospital: daily allowance for named customer after birth by caesarean",
  frm=ADDR("brandt"), to="Jennifer Kowalewski <jenny.kowalewski@web.example>",
  subj="Krankenhaustagegeld – Geburt Ihrer Tochter", date="2026-02-25 09:10",
  body="""Liebe Frau Kowalewski,

herzlichen Glückwunsch zur Geburt Ihrer Tochter Mia!

Die Bescheinigung der Frauenklinik am Sonnenberg über Ihren Aufenthalt vom 09.02. bis 14.02.2026 (Entbindung per Kaiserschnitt) liegt uns vor. Aus Ihrem Krankenhaustagegeld-Tarif KTG-Z 50 zahlen wir für 5 Tage je 50 €, also 250 €.

Mia können Sie übrigens innerhalb von zwei Monaten nach der Geburt ohne Gesundheitsprüfung bei uns mitversichern. Das Formular liegt bei.

Alles Gute für Sie drei!""", sig="brandt")

M("N", "en", "insurer-to-customer", "trap: certificate request auto-answer with the insurer's certificate, no content",
  frm="Versicherer Zertifikatsdienst <zertifikat@versicherer.example>", to="it-security@partner-law.example",
  subj="[ZERTIFIKAT] Certificate for sabine.kroeger@versicherer.example", date="2026-02-25 11:11", client="system", lang="en",
  body="""Hello,

as requested, this signed message carries the S/MIME certificate of sabine.kroeger@versicherer.example.

Fingerprint (SHA-256): 4A:1F:9C:22:7E:B0:55:13:8D:C4:61:0A:F2:97:3E:58:19:AC:D0:6B:42:FE:11:78:93:C5:0D:27:E4:8A:61:BF
Valid until: 2027-11-30

Import the certificate into your mail program to send encrypted e-mail to this address. The directory of all certificates is at https://www.versicherer.example/zertifikate

This message was generated automatically.""")

M("C", "de", "insurer-to-customer", "building-savings contract of named customer with taxable income and tax ID request (no personal line)",
  frm=ADDR("becker"), to="Markus Lindemann <markus.lindemann@gmx.example>",
  subj="Ihre Steuer-ID fehlt – Bausparvertrag BS 0917-44120", date="2026-02-25 14:45",
  body="""Guten Tag Herr Lindemann,

für die Meldung an das Bundeszentralamt für Steuern zu Ihrem Bausparvertrag BS 0917-44120 (Wohnungsbauprämie 2025) fehlt uns Ihre steuerliche Identifikationsnummer. Sie haben im Antrag ein zu versteuerndes Einkommen von 33.800 € angegeben; damit liegen Sie unter der Einkommensgrenze von 35.000 €.

Bitte teilen Sie uns die Steuer-ID (11 Ziffern, steht auf Ihrem Einkommensteuerbescheid) bis 15.03.2026 mit, sonst kann die Prämie nicht beantragt werden.

Freundliche Grüße""", sig="becker", sigstyle="short")

M("N", "de", "internal", "trap: room booking and catering for a meeting with a hospital group, no patient",
  frm=ADDR("brandt"), to="Empfang <empfang@versicherer.example>",
  subj="Besuch Klinikverbund Rhein-Sieg am 04.03. – Raum + Catering", date="2026-02-26 08:35",
  body="""Hallo liebes Empfangsteam,

am Mittwoch, 04.03., kommen von 10 bis 14 Uhr vier Gäste vom Klinikverbund Rhein-Sieg (Geschäftsführung und Leitung Patientenabrechnung) zum Jahresgespräch über die Direktabrechnung.

Bitte:
- Raum 6.01 mit Beamer
- Getränke, mittags kleiner Imbiss für 7 Personen (1x vegetarisch, 1x glutenfrei)
- Gästeparkplätze 3 Stück

Danke!
Gerrit Brandt""", sig=None)

M("S", "en", "insurer-to-customer", "long-term disability claim decision to named customer (English), burnout",
  frm=ADDR("stanek"), to="Ms Olivia Martens <olivia.martens@posteo.example>",
  subj="Your disability claim BU-2025-12240 – decision", date="2026-02-26 12:00", lang="en",
  body="""Dear Ms Martens,

we have completed the review of your claim for occupational disability benefits. Based on the reports of your psychiatrist Dr. Yilmaz and the independent assessment by Prof. Dr. Herrmann (Bonn, 2 February 2026), we accept that you have been unable to work as a management consultant to at least 50 % since 1 September 2025 because of a severe depressive episode with exhaustion (F32.2 G).

We will pay:
- the monthly disability pension of EUR 2,100 from 1 September 2025,
- waiver of premiums from the same date.

The back payment of EUR 12,600 will be transferred within five working days. As agreed, we will review your situation in 12 months.

Yours sincerely""", sig="stanek")

M("N", "de", "insurer-to-broker", "trap: broker asks about premium for a fictitious sample customer for a calculation example",
  frm=ADDR("reuter"), to="Henning Sievers <info@sievers-versicherungen.example>",
  subj="AW: Beispielrechnung Wohngebäude für Ihren Flyer", date="2026-02-26 15:20",
  body="""Moin Herr Sievers,

gern. Für Ihren Flyer können Sie diese Beispielrechnung verwenden (Musterkunde, kein echter Vertrag):

Einfamilienhaus, Baujahr 1995, 140 m² Wohnfläche, PLZ-Zone 2 (Schleswig-Holstein Küste), Tarif Komfort, Elementar ohne Erdbeben, SB 500 €: Jahresbeitrag 612,44 € inkl. Versicherungsteuer.

Bitte den Hinweis "Stand 02/2026, Beispiel, Beitrag individuell abhängig von Risikomerkmalen" drunterschreiben, dann passt das für unsere Compliance.

Beste Grüße
Frank Reuter""", sig="reuter", sigstyle="short",
  quote=OQ("Maklerbüro Henning Sievers", "Donnerstag, 26. Februar 2026 09:12", "Reuter, Frank", "Beispielrechnung Wohngebäude für Ihren Flyer",
           "Moin, können Sie mir für einen Flyer eine Beispielrechnung machen? EFH an der Küste, so 140 qm. Gruß HS"))

M("C", "de", "insurer-to-company", "commercial D&O: named managing director (natural person) and claims circumstance",
  frm=ADDR("hartmann"), to="Dr. Katrin Pohlmann <k.pohlmann@pohlmann-gmbh.example>",
  subj="D&O-Vertrag DO 3301-0072 – Umstandsmeldung", date="2026-02-27 10:00",
  body="""Sehr geehrte Frau Dr. Pohlmann,

wir bestätigen den Eingang Ihrer Umstandsmeldung vom 25.02.2026. Danach prüft der Insolvenzverwalter einer Tochtergesellschaft, ob er zivilrechtliche Ersatzansprüche gegen Sie als Geschäftsführerin der Pohlmann Fördertechnik GmbH wegen Zahlungen nach Eintritt der Zahlungsunfähigkeit (§ 15b InsO) geltend machen wird.

Die Umstandsmeldung ist für den Vertrag DO 3301-0072 (Versicherungssumme 5 Mio. €) vorgemerkt. Bitte leiten Sie uns jede weitere Korrespondenz des Insolvenzverwalters sofort weiter und geben Sie keine Erklärungen zur Haftung ab.

Mit freundlichen Grüßen""", sig="hartmann")

M("S", "de", "insurer-to-pharmacy", "pharmacy direct billing question: named insured, expensive drug with PZN and dose",
  frm=ADDR("nowak"), to="Apotheke am Markt Bergheim <info@apotheke-markt-bergheim.example>",
  subj="AW: Direktabrechnung Rezept Hr. Wittkamp", date="2026-02-27 13:25",
  body="""Sehr geehrte Frau Apothekerin Lüders,

ja, für Herrn Norbert Wittkamp (KV 3304-771024) übernehmen wir die Kosten für Adalimumab 40 mg (PZN 11867102, 6 Fertigpens) direkt. Die Kostenzusage gilt bis 31.12.2026, Bezugsmenge wie verordnet alle 12 Wochen.

Bitte rechnen Sie wie gewohnt über das Apothekenrechenzentrum mit dem IK unseres Hauses ab.

Freundliche Grüße""", sig="nowak",
  quote=OQ("Apotheke am Markt Bergheim", "Freitag, 27. Februar 2026 12:02", "Nowak, Carla", "Direktabrechnung Rezept Hr. Wittkamp",
           "Sehr geehrte Frau Nowak,\nunser Kunde Herr Wittkamp hat ein Privatrezept über Humira-Biosimilar 40 mg, 6 St. (ca. 4.900 €). Können wir direkt mit Ihnen abrechnen?\nMfG A. Lüders"))

M("N", "en", "internal", "trap: English IT change notice about TLS settings for partner domains",
  frm=ADDR("fischer"), to="IT Operations <it-ops@versicherer.example>",
  subj="Change CHG0019921 – enforce TLS 1.2+ to partner domains (Sat 7 March)", date="2026-03-02 09:00", lang="en",
  body="""Hi all,

on Saturday 7 March, 06:00–08:00, we will switch the outbound mail relays to require TLS 1.2 or higher with certificate verification for the 214 configured partner domains (hospital groups, brokers, reinsurers).

Expected impact: none for partners with valid certificates. Seven domains currently present expired certificates; their mail would fall back to the secure portal. The partner managers have been informed.

Rollback: restore the previous policy map (tls_policy.map.2026-03-06).

Tim""", sig="fischer", sigstyle="short")

M("C", "de", "customer", "customer complaint forwarded: named customer, household claim, IBAN in quoted mail",
  frm=ADDR("lorenz"), to=ADDR("demir"),
  subj="WG: Beschwerde – immer noch kein Geld!!", date="2026-03-02 11:30",
  body="""Hallo Frau Demir,

eine Beschwerde zu Ihrem Schaden, bitte heute noch kurz Stellung nehmen oder den Kunden direkt anrufen.

Danke
Daniela Lorenz
Beschwerdemanagement

""" + FW("Uwe Friedrichs <uwe.friedrichs@kabelmail.example>", "01.03.2026 19:48", "beschwerde@versicherer.example",
         "Beschwerde – immer noch kein Geld!!", """Sehr geehrte damen und herren

seit 6 wochen warte ich auf die zahlung für meinen Einbruchschaden (Schadennummer 26-HR-000912). Laptop, Schmuck meiner Frau und Bargeld wurden gestohlen, die Polizei war da, alle belege habe ich geschickt. Niemand ruft zurück!!

Ich will das das Geld endlich auf mein konto kommt:
""" + IB("DE", "300209000106531065") + """ (Sparda-Bank)

Sonst wende ich mich an den Ombudsmann.

Uwe Friedrichs
Lindenstr. 4, 42103 Wuppertal"""), sig=None)

M("S", "de", "insurer-to-customer", "private care insurance payment to named customer for home care service (Pflegesachleistung)",
  frm=ADDR("yilmaz"), to="Frank Mertens <frank.mertens@t-online.example>",
  subj="Abrechnung Pflegedienst – Februar", date="2026-03-03 09:50",
  body="""Hallo Herr Mertens,

die Februar-Rechnung des ambulanten Pflegedienstes "Hand in Hand" für Sie haben wir erstattet. Bei Pflegegrad 2 übernehmen wir Pflegesachleistungen bis 796 € im Monat; die Rechnung lag bei 688,40 € (Körperpflege morgens, Kompressionsstrümpfe an- und ausziehen, Medikamentengabe).

Die Differenz zum Höchstbetrag (107,60 €) können Sie anteilig als Pflegegeld bekommen (Kombinationsleistung) – wir überweisen Ihnen 46,21 €.

Viele Grüße""", sig="yilmaz", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: general information letter about premium adjustment in health insurance, template-like, no person data",
  frm="Versicherer Krankenversicherung <info-kranken@versicherer.example>", to="kundeninfo-verteiler@lists.versicherer.example",
  subj="Informationen zur Beitragsanpassung 2026 – häufige Fragen", date="2026-03-03 12:00", client="system",
  body="""Liebe Kundinnen und Kunden,

viele von Ihnen haben uns nach der Beitragsanpassung zum 01.01.2026 gefragt. Hier die Antworten auf die häufigsten Fragen:

Warum steigen die Beiträge?
Die Ausgaben für ambulante Behandlungen, Arzneimittel und Krankenhausaufenthalte sind stärker gestiegen als kalkuliert. Nach § 155 VAG müssen wir die Beiträge dann anpassen; ein unabhängiger Treuhänder hat zugestimmt.

Kann ich etwas tun?
Ja: Ein Tarifwechsel nach § 204 VVG, eine höhere Selbstbeteiligung oder der Verzicht auf einzelne Bausteine können den Beitrag senken. Ihre Vorerkrankungen werden beim Wechsel in gleichwertige Leistungen nicht neu geprüft.

Ihre persönlichen Unterlagen finden Sie im Kundenportal.""")

M("S", "en", "lawyer", "lawyer's letter in English about named client's whiplash after rear-end collision (motor liability with injury)",
  frm=ADDR("brenner"), to=ADDR("schreiber"),
  subj="FW: Claim 26-KH-004411 – personal injury of Ms Duarte", date="2026-03-04 10:05", lang="en",
  body="""Carola, the lawyer is demanding pain and suffering for the passenger, can you take the injury part? I'll do the vehicle damage.
Markus

""" + FW("Hartley & Roth Rechtsanwälte <office@hartley-roth.example>", "Wed, 4 Mar 2026 09:31", "kfz-schaden@versicherer.example",
         "Claim 26-KH-004411 – personal injury of Ms Duarte", """Dear Sirs,

we act for Ms Beatriz Duarte, passenger in the vehicle B-BD 1902 that was struck from behind by your policyholder on 12 January 2026 in Berlin-Mitte.

Our client suffered a cervical spine distortion (S13.4 G) and a contusion of the left shoulder. She was treated at the Charité emergency department and has since attended 14 physiotherapy sessions; she was unfit for work for 23 days.

We claim damages for pain and suffering of EUR 2,200, loss of earnings of EUR 1,840.50 and treatment costs as per the enclosed invoices.

Yours faithfully
J. Hartley, Attorney""", lang="en"), sig=None)

M("N", "en", "insurer-to-supplier", "trap: English RFP for an OCR vendor for medical invoices with synthetic samples",
  frm=ADDR("krueger"), to="sales@docscan-ai.example",
  subj="RFP 2026-07 – OCR for medical invoices: sample set", date="2026-03-04 14:40", lang="en",
  body="""Dear Mr Pillai,

as part of RFP 2026-07 we will provide a sample set of 500 synthetic medical invoices (GOÄ, GOZ, pharmacy receipts) for your proof of concept. The samples were generated by our test-data tool; patient names, dates of birth and insurance numbers are fictitious.

You will receive access to the SFTP folder after signing the NDA. Please do not use the samples to train models beyond the PoC.

Deadline for the offer: 27 March 2026.

Best regards
Stefan Krüger, Procurement""", sig=None)

M("C", "de", "insurer-to-customer", "motor: SF class transfer for named customer with birth date and driving licence date",
  frm=ADDR("engel"), to="Laura Schneider <laura.schneider97@gmail.example>",
  subj="Übertragung Schadenfreiheitsrabatt von Ihrem Vater", date="2026-03-05 08:45",
  body="""Hallo Frau Schneider,

die Übertragung des Schadenfreiheitsrabatts vom Vertrag Ihres Vaters (Herr Wolfgang Schneider, KF 2208-441870) auf Ihren neuen Vertrag können wir durchführen.

Voraussetzung ist, dass Sie den Führerschein schon so lange haben, wie die Jahre sind, die wir übertragen: Sie sind am 11.06.1997 geboren und haben den Führerschein seit 15.08.2015. Übertragen werden können damit bis zu 10 schadenfreie Jahre (SF 10). Ihr Vater wird danach in SF 0 eingestuft.

Bitte schicken Sie uns die von Ihnen beiden unterschriebene Übertragungserklärung.

Viele Grüße""", sig="engel", sigstyle="short")

M("S", "de", "insurer-to-customer", "PKV premium arrears of named customer in health insurance (personal line), no medical word",
  frm=ADDR("becker"), to="Rüdiger Hemmerich <r.hemmerich@web.example>",
  subj="Beitragsrückstand Krankenversicherung KV 1190-338210", date="2026-03-05 11:15",
  body="""Sehr geehrter Herr Hemmerich,

für Ihre Krankenversicherung KV 1190-338210 sind die Beiträge für Januar bis März 2026 offen (3 × 612,87 € = 1.838,61 €).

Wir möchten Sie auf die Folgen hinweisen: Bleibt der Rückstand bestehen, müssen wir nach § 193 Abs. 6 VVG das Ruhen der Leistungen feststellen; Sie wären dann nur noch im Notlagentarif versichert.

Wenn Sie in Zahlungsschwierigkeiten sind, sprechen Sie uns bitte an – eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen""", sig="becker")

M("N", "de", "internal", "trap: anonymised case study for claims training (no identifiable person)",
  frm=ADDR("stanek"), to="BU-Team <bu-team@versicherer.example>",
  subj="Fallbeispiel für Donnerstag – Teilzeit und BU", date="2026-03-05 16:20",
  body="""Hallo zusammen,

für unsere Fallbesprechung am Donnerstag ein anonymisiertes Beispiel (Angaben verändert, keine Rückschlüsse möglich):

Eine Mitte 40-jährige Erzieherin arbeitet seit der Geburt ihres zweiten Kindes in Teilzeit (20 Std.). Sie beantragt BU-Leistungen wegen einer Erkrankung des Bewegungsapparats. Frage: Ist für die Prüfung die Teilzeittätigkeit maßgeblich oder die frühere Vollzeittätigkeit? Welche Rolle spielt, dass die Reduzierung freiwillig war?

Bitte bis Donnerstag die Rechtsprechung (BGH IV ZR 535/15) lesen.

Oliver""", sig=None)

M("C", "en", "insurer-to-customer", "rental car excess claim (travel, no health) of named customer",
  frm=ADDR("seidel"), to="Mr Ravi Subramanian <ravi.subramanian@outlook.example>",
  subj="Rental excess claim RX-26-00214 – Alamo, Florida", date="2026-03-06 09:30", lang="en",
  body="""Dear Mr Subramanian,

thank you for sending the damage report and the credit card statement. We will reimburse the excess of USD 500 (EUR 461.97) that Alamo charged to your card after the car park scrape on 18 February.

Policy: RX 4410-00932 (annual rental car excess)
Payment to: your account ending in …7731

Kind regards""", sig="seidel", sigstyle="short")

M("S", "de", "insurer-to-customer", "children's accident policy: named child's accident at school (personal line)",
  frm=ADDR("albrecht"), to="Nicole Wendt <nicole.wendt@gmx.example>",
  subj="Unfall Ihres Sohnes Jannik am 23.02. – Kinderunfallversicherung", date="2026-03-06 12:05",
  body="""Liebe Frau Wendt,

danke für Ihre Meldung. Jannik hat sich beim Sportunterricht am 23.02.2026 zwei Schneidezähne abgebrochen (Zahn 11 und 21). Aus der Kinderunfallversicherung KU 3302-51044 übernehmen wir die Kosten für die Zahnbehandlung, soweit die gesetzliche Krankenkasse nicht zahlt, bis 5.000 €.

Bitte schicken Sie uns den Heil- und Kostenplan der Zahnärztin und die Unfallanzeige der Schule. Die Schule hat den Unfall sicher auch der Unfallkasse NRW gemeldet – deren Aktenzeichen hilft uns.

Gute Besserung für Jannik!""", sig="albrecht", sigstyle="short")

M("N", "en", "insurer-to-partner", "trap: reply to hospital group about a contract framework for direct billing, no patient",
  frm=ADDR("brandt"), to="Dr. Susanne Albers <s.albers@klinikverbund-rhein-sieg.example>", lang="en",
  subj="Direct billing framework 2026 – draft", date="2026-03-09 10:40",
  body="""Dear Dr. Albers,

thank you for the constructive meeting last week. As promised, here are the main points for the revised direct billing framework:

1. Electronic invoices via the Kostenträger portal (XML, §301-like dataset) instead of paper.
2. Payment within 14 days for undisputed invoices.
3. Optional services (single room, chief physician) billed separately with the patient's consent form attached.
4. Quarterly reconciliation call.

Our legal team will send the draft contract by the end of March.

Kind regards""", sig="brandt")

M("C", "de", "insurer-to-customer", "customer's own data sheet: address change confirmation with birth date and maiden name (geb.)",
  frm=ADDR("kowalski"), to="Katharina Engelmann <k.engelmann@freenet.example>",
  subj="Bestätigung Namens- und Adressänderung", date="2026-03-09 14:15",
  body="""Guten Tag Frau Engelmann,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihre Daten geändert:

Name: Katharina Engelmann, geb. Stolzenberg
Geburtsdatum: 22.09.1990
Neue Anschrift: Am Stadtgarten 9, 47798 Krefeld

Geändert wurde das für Ihre Verträge Hausrat (HR 6610-044112) und Privathaftpflicht (PH 2231-130455). Die Versicherungsscheine mit neuem Namen kommen per Post.

Freundliche Grüße""", sig="kowalski")

M("S", "de", "insurer-to-customer", "reply to a customer: quoted customer mail about psychotherapy, reply itself harmless",
  frm=ADDR("roth"), to="Jana Petersen <jana.petersen@posteo.example>",
  subj="AW: Therapie", date="2026-03-10 09:02",
  body="""Liebe Frau Petersen,

ja, das geht. Schicken Sie uns einfach den Antrag, den Ihnen die Praxis gibt, wir melden uns dann innerhalb von zwei Wochen.

Viele Grüße
Vanessa Roth""", sig=None,
  quote=Q("""Hallo,
ich habe seit dem Tod meiner Mutter im Herbst Panikattacken und schlafe kaum noch. Meine Hausärztin hat mir Opipramol verschrieben und eine Psychotherapie empfohlen. Ich habe jetzt einen Platz bei einer Verhaltenstherapeutin in Kiel gefunden (Probatorik ab April). Muss ich vorher irgendwas bei Ihnen beantragen? Mein Vertrag ist KV 2203-917733.
Jana Petersen"""))

M("N", "de", "internal", "trap: facility mail about defibrillator check and first-aiders training (no person health)",
  frm=ADDR("richter"), to="Ersthelfer <ersthelfer@versicherer.example>",
  subj="AED-Prüfung und Ersthelfer-Auffrischung", date="2026-03-10 11:45",
  body="""Liebe Ersthelferinnen und Ersthelfer,

die jährliche Prüfung der drei Defibrillatoren (Foyer, 4. OG, Kantine) ist erledigt, die Elektroden im 4. OG wurden getauscht.

Die Auffrischung für Ersthelfer (9 UE, DGUV) findet am 24. und 25. März statt. Themen: Herz-Lungen-Wiederbelebung, Schlaganfall erkennen (FAST), Wundversorgung, psychische Erste Hilfe. Bitte tragt euch bis 17.03. in die Liste im Intranet ein.

Anja""", sig=None)

M("S", "en", "insurer-to-applicant", "underwriting query to named applicant for life cover: blood pressure readings, HbA1c",
  frm=ADDR("hasselbach"), to="Mr Jonathan Reeves <jreeves@mail.example>",
  subj="Your application for term life cover – medical questions", date="2026-03-11 10:30", lang="en",
  body="""Dear Mr Reeves,

thank you for your application for term life cover of EUR 400,000. Before we can decide, I need some additional information:

1. In the application you mention "slightly raised blood pressure". Please send the last three readings and the name and dose of any medication (you wrote "Amlodipin, 5 or 10 mg?").
2. The lab report from your GP (Dr. Schäfer, 14 January 2026) shows HbA1c 6.1 %. Has your doctor discussed prediabetes with you or recommended any treatment?

You can send the documents securely via our portal. Once I have them, I will decide within a week.

Kind regards
Dr. Ulrike Hasselbach
Chief Medical Officer""", sig=None)

M("C", "de", "insurer-to-company", "cargo claim of a company with named contact person and container number",
  frm=ADDR("osei"), to="Thomas Ahlers <t.ahlers@ahlers-import.example>",
  subj="Transportschaden 26-TR-00071 – Container MSKU 7733190", date="2026-03-11 13:20",
  body="""Sehr geehrter Herr Ahlers,

zu Ihrer Schadenmeldung: Im Container MSKU 7733190 (Verschiffung Ningbo – Hamburg, Ankunft 02.03.2026) waren 14 von 40 Paletten Porzellan zerbrochen. Unser Havariekommissar, Herr Kapitän Jens Fehrs, besichtigt die Ware am 13.03. im Lager Ihrer Firma in Hamburg-Billbrook.

Versicherung: Generalpolice TR 7701-0219 der Ahlers Import GmbH, Warenwert laut Handelsrechnung 61.400 USD.

Bitte keine Ware entsorgen, bis die Besichtigung erfolgt ist.

Mit freundlichen Grüßen""", sig="osei")

M("S", "de", "insurer-to-customer", "zip attachment with invoices of named customer's child orthodontics; body short",
  frm=ADDR("wendland"), to="Stefanie Kurz <stefanie.kurz@gmx.example>",
  subj="Unterlagen KFO Leni – Kopie für Ihre Steuer", date="2026-03-12 08:55",
  body="""Hallo Frau Kurz,

wie gewünscht die Kopien der Abrechnungen 2025 für Ihre Steuererklärung im Anhang (ZIP).

Viele Grüße
Tobias Wendland""", sig=None,
  att=[ZIP("KFO_Leni_Kurz_2025.zip", [
      CSV("Erstattungen_2025.csv", [["Datum", "Leistungserbringer", "Versicherte Person", "Leistung", "Rechnung €", "Erstattung €"],
                                    ["15.03.2025", "KFO-Praxis Dr. Heim", "Leni Kurz (geb. 2015-06-02)", "GOZ 6030 Behandlungsplanung, KIG D4", "412,80", "330,24"],
                                    ["30.06.2025", "KFO-Praxis Dr. Heim", "Leni Kurz (geb. 2015-06-02)", "GOZ 6100 Brackets OK/UK", "1.288,00", "1.030,40"],
                                    ["31.12.2025", "KFO-Praxis Dr. Heim", "Leni Kurz (geb. 2015-06-02)", "Quartalspauschale Q3+Q4", "540,00", "432,00"]]),
      PDF("Jahresbescheinigung_2025.pdf", [("h", "Jahresbescheinigung 2025 – Erstattungen"),
            "Versicherungsnehmerin: Stefanie Kurz, Vertrag ZP 8800-20217 (ZahnPlus Kids)\nMitversicherte Person: Leni Kurz\nErstattungen 2025 gesamt: 1.792,64 EUR (kieferorthopädische Behandlung)"])])])

M("N", "de", "insurer-to-customer", "trap: customer asks generic question about travel health cover for a trip; answer generic, no person data",
  frm=ADDR("seidel"), to="Markus Vogt <markusvogt@posteo.example>",
  subj="AW: Reisekrankenversicherung – gilt die auch in den USA?", date="2026-03-12 10:20",
  body="""Hallo Herr Vogt,

ja, unsere Auslandsreisekrankenversicherung gilt weltweit, also auch in den USA, für Reisen bis 56 Tage am Stück. Sie kostet 19,90 € im Jahr für Einzelpersonen, 49,90 € für Familien. Abschluss ist online in wenigen Minuten möglich, eine Gesundheitsprüfung gibt es nicht.

Achtung: Bekannte Erkrankungen, wegen derer man reist, um sich behandeln zu lassen, sind nicht versichert – aber das ist bei Ihrem Urlaub ja sicher nicht der Plan.

Schöne Reise!""", sig="seidel", sigstyle="short")

M("C", "en", "insurer-to-customer", "pet insurance English: named customer's cat vet bill (animal health = C)",
  frm=ADDR("wagner"), to="Megan Doyle <megan.doyle@gmail.example>", lang="en",
  subj="Vet bill for Whiskers – reimbursement", date="2026-03-12 15:10",
  body="""Dear Ms Doyle,

we have reimbursed the vet bill from Tierarztpraxis Am Park for Whiskers (British Shorthair, 9 years): treatment of chronic kidney disease, blood tests and a special renal diet consultation on 2 March 2026.

Invoice amount: EUR 348.60
Reimbursed (pet health plan KT 3120-08815, 100 % after EUR 50 annual deductible): EUR 298.60

Please note that renal diet food itself is not covered.

All the best to Whiskers!""", sig="wagner", sigstyle="short")

# ---- 0097-0160 -----------------------------------------------------------

M("N", "en", "internal", "trap: actuarial mortality table comparison DAV 2008 T vs. portfolio, aggregates",
  frm=ADDR("okafor"), to=ADDR("brinkmann"), lang="en",
  subj="Mortality experience 2021–2025 vs DAV 2008 T", date="2026-03-13 09:10",
  body="""Hi Ole,

as input for your care-tariff work, here is our term-life mortality experience (all policies, exposure-weighted, deaths as reported by 31 Jan 2026):

[[m]]

Smokers are at roughly 190 % of non-smokers across all ages; the 60–69 band is thin, I'd not read much into the 0.71.

Cheers,
Chidi""", sig="okafor", sigstyle="short",
  tables={"m": ([["Age band", "Exposure (years)", "Deaths", "A/E vs DAV 2008 T"], ["20-29", "48,210", "19", "0.62"],
                 ["30-39", "112,940", "71", "0.58"], ["40-49", "131,005", "188", "0.66"], ["50-59", "84,377", "301", "0.69"],
                 ["60-69", "9,812", "77", "0.71"]], "pad")}, html=True)

M("S", "de", "insurer-to-customer", "supplementary dental: GOZ invoice audit result for the addressee, analog positions",
  frm=ADDR("nowak"), to="Heinz-Jürgen Albrecht <hj.albrecht@t-online.example>",
  subj="Ihre Zahnarztrechnung vom 02.03.2026 – Kürzung Analogposition", date="2026-03-13 11:30",
  body="""Sehr geehrter Herr Albrecht,

die Rechnung Ihres Zahnarztes Dr. Ostendorf über 1.914,23 € haben wir geprüft und 1.786,03 € erstattet.

Nicht erstatten konnten wir die Position "GOZ 2197a analog – adhäsive Befestigung" (128,20 €): Die adhäsive Befestigung ist seit 2012 mit der GOZ-Nr. 2197 abschließend geregelt und kann nicht zusätzlich analog berechnet werden.

Alle anderen Positionen (Wurzelkanalbehandlung Zahn 46: GOZ 2410 ×3, 2440 ×3, 2360 ×3; Aufbaufüllung GOZ 2180) wurden vollständig anerkannt.

Bitte sprechen Sie ggf. mit Ihrem Zahnarzt – oft korrigiert die Praxis die Rechnung.

Freundliche Grüße""", sig="nowak")

M("N", "de", "internal", "trap: birthday lunch announcement naming a colleague (organisational, no sensitive data)",
  frm=ADDR("kowalski"), to="Team Kundenservice <team-kundenservice@versicherer.example>",
  subj="Freitag: Geburtstagsfrühstück für Jörg 🎂", date="2026-03-13 14:02",
  body="""Hallo ihr Lieben,

Jörg hat am Sonntag Geburtstag (ein runder, mehr wird nicht verraten 😉). Wir machen am Freitag um 9:30 ein kleines Frühstück in der Teeküche 3. OG.

Bitte tragt euch in die Liste ein, wer was mitbringt. Geldsammlung für ein Geschenk bei mir (5 €).

Lena""", sig=None)

M("C", "de", "insurer-to-customer", "household: named customer's valuables list with serial numbers and insured address",
  frm=ADDR("demir"), to="Dr. Wolfram Ziegler <w.ziegler@ziegler-online.example>",
  subj="Ihre Wertsachenliste – Hausratvertrag HR 6610-051290", date="2026-03-16 09:40",
  body="""Sehr geehrter Herr Dr. Ziegler,

vielen Dank für die aktualisierte Wertsachenliste. Wir haben die Wertsachengrenze in Ihrem Hausratvertrag HR 6610-051290 (Parkstraße 31, 65189 Wiesbaden) wie gewünscht auf 60.000 € erhöht. Auf der Liste stehen u. a.:

- Armbanduhr Patek Philippe Calatrava, Ref. 5196J, Seriennr. 4 281 773 – 28.500 €
- Gemälde "Taunuslandschaft", Öl, Ernst Würtenberger, 1921 – 14.000 €
- Goldmünzen (Krügerrand, 20 Stück) – im Tresor

Der neue Jahresbeitrag beträgt 486,90 €. Bitte achten Sie darauf, dass Bargeld und Münzen nur im verschlossenen Tresor (VdS-Klasse I) versichert sind.

Mit freundlichen Grüßen""", sig="demir")

M("S", "en", "insurer-to-customer", "international health: maternity pre-authorisation for named expat (Dubai)",
  frm=ADDR("ashworth"), to="Aisha Rahman <aisha.rahman@outlook.example>", lang="en",
  subj="Pre-authorisation – delivery at Mediclinic City Hospital", date="2026-03-16 10:55",
  body="""Dear Ms Rahman,

congratulations on your pregnancy! We confirm direct billing for your delivery package at Mediclinic City Hospital, Dubai (expected date of delivery 14 July 2026):

- normal delivery package AED 14,500 or caesarean section package AED 23,000
- newborn care for 48 hours
- 2 nights private room

Prenatal visits and ultrasounds continue to be covered under your plan (policy IHP 0044-7719) with no deductible. Please remember to add your baby to the policy within 30 days after birth.

Warm regards""", sig="ashworth")

M("N", "en", "newsletter", "trap: pet insurance newsletter with tips on dog health, no customer",
  frm="Versicherer Tierwelt <newsletter@versicherer.example>", to="tierwelt@lists.versicherer.example", lang="en",
  subj="Spring tips: ticks, allergies and your dog's vaccinations", date="2026-03-17 07:00",
  body="""Hello pet lovers,

spring is here – and so are ticks! Our vet columnist Dr. Lena Hoffner explains:

* Tick protection: spot-on, tablets or collars – what works for which dog?
* Seasonal allergies: itching, licking paws, red ears. When to see the vet.
* Vaccinations: leptospirosis and kennel cough boosters are due for many dogs now.

Did you know? Surgery for a cruciate ligament tear costs between EUR 1,500 and 3,500 under the new GOT fee scale. Our pet surgery plan covers up to 80 %.

Unsubscribe: www.versicherer.example/newsletter/abmelden""", client="system")

M("S", "de", "insurer-to-hospital", "rehab: cost approval for named insured after knee surgery (AHB) to rehab clinic",
  frm=ADDR("brandt"), to="Aufnahme Reha-Zentrum Bad Salzuflen <aufnahme@reha-badsalzuflen.example>",
  subj="Kostenzusage AHB – Herr Gerd Pfannkuch", date="2026-03-17 11:20",
  body="""Sehr geehrte Damen und Herren,

für unseren Versicherten Herrn Gerd Pfannkuch (geb. 09.12.1958, KV 1120-601188) übernehmen wir die Kosten der Anschlussheilbehandlung nach Knie-TEP links (OP am 10.03.2026 im Klinikum Herford) für zunächst 21 Tage ab 24.03.2026 zum vereinbarten Tagessatz von 168 €.

Eine Verlängerung beantragen Sie bitte mit kurzem ärztlichem Bericht bis spätestens drei Tage vor Ende der Bewilligung.

Mit freundlichen Grüßen""", sig="brandt")

M("C", "de", "broker", "broker's commission statement for a sole-trader broker with IBAN and tax number",
  frm=ADDR("falk"), to="Agentur Kaminski <agentur.kaminski@web.example>",
  subj="Provisionsabrechnung Februar 2026", date="2026-03-17 14:00",
  body="""Hallo Herr Kaminski,

Ihre Provisionsabrechnung für Februar 2026 im Überblick:

Abschlussprovision Sach/HUK: 1.842,60 €
Bestandsprovision: 611,20 €
Stornoreserve (Einbehalt): -184,26 €
Auszahlung: 2.269,54 €

Überweisung an: Bernd Kaminski, IBAN """ + IB("DE", "600501010002215555") + """
Steuernummer: 103/5721/0448 (Umsatzsteuer befreit nach § 4 Nr. 11 UStG)

Die Einzelaufstellung finden Sie im Vermittlerportal.

Gruß
Bernd Falk""", sig="falk", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: general answer to complaint about app usability, no contract or health data",
  frm=ADDR("lorenz"), to="Dieter Ambrosius <dieter.ambrosius@gmx.example>",
  subj="AW: Ihre App ist eine Zumutung", date="2026-03-18 09:15",
  body="""Sehr geehrter Herr Ambrosius,

vielen Dank für Ihre offenen Worte – auch wenn sie wehtun. Sie haben recht: Das neue Anmeldeverfahren mit zweitem Faktor ist umständlicher geworden. Wir haben Ihr Feedback an das App-Team weitergegeben.

Ein Tipp: In den Einstellungen können Sie "Gerät merken" aktivieren; dann fragt die App den Code nur noch alle 30 Tage ab.

Wenn Sie Belege lieber per Post schicken wollen, ist das selbstverständlich weiterhin möglich.

Mit freundlichen Grüßen""", sig="lorenz",
  quote=Q("""Seit dem Update muss ich jedes Mal einen Code eingeben, der per SMS kommt, und dann läuft die Zeit ab. Ich bin 74 Jahre alt und will nur meine Belege hochladen. Eine Zumutung! D. Ambrosius"""))

M("S", "en", "insurer-to-partner", "reinsurer facultative request: named applicant with medical history (cancer) for large life sum",
  frm=ADDR("hasselbach"), to="Facultative Life Desk <fac.life@genre-example.example>", lang="en",
  subj="Fac request – Mr Bernhard Quast, EUR 2.5m term life", date="2026-03-18 12:30",
  body="""Dear colleagues,

we request a facultative offer for:

Applicant: Bernhard Quast, male, born 1969-04-22, non-smoker, managing director
Sum assured: EUR 2,500,000 term life, 15 years (our retention EUR 500,000)

Medical history: malignant melanoma left shoulder (C43.6 L), pT1a, excised 2019, no recurrence; annual dermatology follow-up, last 11/2025 unremarkable. BMI 27. BP 135/85 without medication.

Our own assessment: standard rates, possibly +50 % for 3 years. Full medical file available via your secure upload.

Kind regards
Dr. Ulrike Hasselbach""", sig=None)

M("C", "en", "insurer-to-customer", "English: named customer's liability claim, dog damaged neighbour's fence, no injury",
  frm=ADDR("oltmanns"), to="Mr Kevin Walsh <kevin.walsh@gmx.example>", lang="en",
  subj="Dog owner's liability – claim HH-26-00177", date="2026-03-19 08:40",
  body="""Dear Mr Walsh,

thank you for reporting that your dog Rocky dug under and damaged your neighbour's garden fence and flower bed at Hauptstraße 14, Langen, on 7 March. Nobody was hurt.

Under your dog owner's liability policy HH 2290-01180 we will cover the repair. Please ask your neighbour, Ms Kaufmann, to send us the repair quote or invoice directly; we will pay her. Your excess is EUR 0.

Kind regards""", sig="oltmanns", sigstyle="short")

M("N", "de", "internal", "trap: claims KPI report (processing times), aggregate, no person",
  frm=ADDR("kroeger"), to="Leitung Leistung Kranken <leitung-lk@versicherer.example>",
  subj="KPI Team Ambulant 2 – Februar", date="2026-03-19 10:00",
  body="""Hallo zusammen,

die Zahlen für Februar:

Eingänge: 14.882 Belege (+9 % ggü. Januar)
Dunkelverarbeitung: 71 % (Ziel 75 %)
Durchlaufzeit Median: 2,1 Arbeitstage
Rückstand > 10 Tage: 312 Belege (v. a. Heilpraktiker- und Psychotherapie-Rechnungen, Gutachterverfahren)
Beschwerdequote: 0,4 ‰

Die Grippewelle hat bei uns auch zugeschlagen, drei Kolleginnen waren länger krank – daher der Rückstand.

Viele Grüße
Sabine""", sig=None)

M("S", "de", "insurer-to-customer", "life: policy loan (Policendarlehen) for named customer's pension insurance (personal line)",
  frm=ADDR("kraus"), to="Gabriele Osterhagen <g.osterhagen@online.example>",
  subj="Ihr Policendarlehen zur Rentenversicherung RV 5520-118004", date="2026-03-19 13:35",
  body="""Sehr geehrte Frau Osterhagen,

wir haben Ihnen wie beantragt ein Policendarlehen über 8.000 € auf Ihre private Rentenversicherung RV 5520-118004 gewährt. Zinssatz 4,25 % p. a., Laufzeit bis zum Rentenbeginn am 01.06.2031; die Zinsen werden vierteljährlich von Ihrem Konto abgebucht.

Der Betrag wird in den nächsten Tagen auf Ihr Girokonto überwiesen. Der Rückkaufswert Ihres Vertrags beträgt aktuell 31.420 €; das Darlehen wird bei Rentenbeginn mit dem Kapital verrechnet, wenn Sie es vorher nicht zurückzahlen.

Mit freundlichen Grüßen""", sig="kraus")

M("N", "en", "insurer-to-partner", "trap: English letter to the supervisory authority about a reporting format, no person",
  frm=ADDR("morgan"), to="Solvency Reporting <reporting@bafin-example.example>", lang="en",
  subj="QRT S.12.01 – clarification on health SLT segmentation", date="2026-03-20 09:00",
  body="""Dear Sir or Madam,

in preparing the annual quantitative reporting templates for 2025 we noticed a question regarding template S.12.01: our long-term care supplementary tariffs (Pflegetagegeld) are written on a similar-to-life technique. Should they be reported under "Health insurance (direct business)" in SLT health, together with our comprehensive health portfolio, or separately?

We would be grateful for a short clarification before the submission deadline of 8 April 2026.

Yours faithfully
James Morgan, Group Finance""", sig=None)

M("C", "de", "insurer-to-workshop", "windscreen replacement order with named customer, plate, policy number",
  frm=ADDR("jansen"), to="Glasprofi Köln-Ehrenfeld <koeln-ehrenfeld@glasprofi.example>",
  subj="Glasschaden KF 9901-602231 / K-RB 3391", date="2026-03-20 10:30",
  body="""Moin,

Frau Ramona Bischoff (Tel. 0157 3319024) kommt morgen um 8 Uhr mit ihrem Skoda Octavia, K-RB 3391, zum Scheibentausch (Steinschlag im Sichtfeld, Kamera-Kalibrierung erforderlich).

Teilkasko, SB 150 € – bitte direkt bei der Kundin kassieren und den Rest mit uns abrechnen (Schaden 26-KF-014402).

Danke, Malte""", sig=None)

M("S", "de", "customer", "customer writes about husband's death (cause of death) for life insurance payout, quoted in reply",
  frm=ADDR("kraus"), to="Monika Steinbrück <monika.steinbrueck@web.example>",
  subj="AW: Sterbefall meines Mannes – Lebensversicherung", date="2026-03-20 14:10",
  body="""Sehr geehrte Frau Steinbrück,

zunächst unser herzliches Beileid zum Tod Ihres Mannes.

Um die Versicherungssumme der Lebensversicherung LV 3371-007120 an Sie als Bezugsberechtigte auszuzahlen, benötigen wir noch:
1. die Sterbeurkunde (Kopie genügt),
2. den Versicherungsschein im Original (oder eine Verlusterklärung),
3. eine Kopie Ihres Ausweises.

Weitere Unterlagen brauchen wir nicht, da der Vertrag seit über drei Jahren besteht.

Mit freundlichen Grüßen""", sig="kraus",
  quote=OQ("Monika Steinbrück", "Donnerstag, 19. März 2026 20:15", "leben@versicherer.example", "Sterbefall meines Mannes – Lebensversicherung",
           """Guten Tag,
mein Mann Helmut Steinbrück ist am 02.03.2026 nach einem Herzinfarkt im Krankenhaus Siegburg verstorben. Er hatte bei Ihnen eine Lebensversicherung (Nr. LV 3371-007120). Was muss ich jetzt tun?
Mit freundlichen Grüßen
Monika Steinbrück"""))

M("N", "de", "insurer-to-customer", "trap: mail to a company's office manager about a generic seminar offer on workplace health",
  frm=ADDR("paulsen"), to="Office <office@kanzlei-reinhardt.example>",
  subj="Einladung: Business-Frühstück „Gesunde Mitarbeitende, gesunde Firma“", date="2026-03-23 08:30",
  body="""Sehr geehrte Damen und Herren,

am 21. April laden wir Arbeitgeber aus der Region zu unserem Business-Frühstück ein. Themen:

– betriebliche Krankenversicherung als Benefit: Budgettarife, Zahn, Vorsorge
– Fehlzeiten senken mit betrieblichem Gesundheitsmanagement
– steuerliche Behandlung (Sachbezug bis 50 € monatlich)

Ort: Versicherer, Rheinuferstraße 12, Köln, 8:30–10:30 Uhr. Anmeldung formlos per Antwort auf diese Mail.

Mit freundlichen Grüßen""", sig="paulsen")

M("S", "en", "insurer-to-doctor", "English query to a UK physician about named insured's hospital stay abroad",
  frm=ADDR("seidel"), to="Dr Alistair Moore <a.moore@nhs-trust.example>", lang="en",
  subj="Our insured Mr Jürgen Haas – admission 11 March 2026", date="2026-03-23 11:15",
  body="""Dear Dr Moore,

we are the travel health insurer of Mr Jürgen Haas (date of birth 05/11/1962), who was admitted to your ward on 11 March 2026 after a fall in Edinburgh.

To arrange his repatriation to Germany we need a short medical update: current diagnosis (we understand a fractured neck of femur, operated on 12 March), mobility, oxygen requirement, and whether he is fit to fly seated with a medical escort or needs a stretcher.

Mr Haas has signed a release of medical information; a copy is attached to the fax we sent this morning.

Kind regards
Ines Seidel
Travel Insurance – Assistance""", sig=None)

M("C", "de", "insurer-to-lawyer", "legal expenses: named customer's traffic fine dispute (administrative offence) with lawyer",
  frm=ADDR("lindqvist"), to="Kanzlei Brehm <post@kanzlei-brehm.example>",
  subj="Ihr Mandant Stefan Hollerbach – Bußgeldverfahren, Deckungszusage", date="2026-03-23 13:40",
  body="""Sehr geehrter Herr Rechtsanwalt Brehm,

für die Verteidigung Ihres Mandanten Herrn Stefan Hollerbach im Bußgeldverfahren der Stadt Dortmund (Az. 53.1-2026-118872, Geschwindigkeitsüberschreitung 31 km/h außerorts, 1 Monat Fahrverbot) erteilen wir Deckung aus dem Verkehrs-Rechtsschutz RS 5590-52301.

Übernommen werden die gesetzlichen Gebühren nach RVG sowie die Kosten für ein Sachverständigengutachten zur Messung, falls Sie es für erforderlich halten.

Mit freundlichen Grüßen""", sig="lindqvist")

M("N", "en", "internal", "trap: English mail with published example IBAN in API test case, fictitious",
  frm=ADDR("raman"), to="Dev Team Payments <dev-payments@versicherer.example>", lang="en",
  subj="Test vectors for IBAN validation – please use these", date="2026-03-24 09:25",
  body="""Hi team,

for the unit tests of the new refund service please use only these published example values:

valid:   DE89 3704 0044 0532 0130 00   (standard example used in many IBAN docs)
valid:   GB82 WEST 1234 5698 7654 32   (UK example)
invalid: DE89 3704 0044 0532 0130 01   (check digits fail)

Account holder in fixtures: "Test Testermann". Do not copy customer data from production into fixtures – the DPO will have our heads.

Priya""", sig=None)

M("S", "de", "insurer-to-customer", "HTML mail with multipart/alternative and a table of rehab sport sessions and diagnosis for the addressee",
  frm=ADDR("haider"), to="Sebastian Krämer <sebastian.kraemer@gmx.example>",
  subj="Ihr Reha-Plan nach dem Fahrradunfall", date="2026-03-24 10:50", html=True,
  body="""Hallo Herr Krämer,

wie am Telefon besprochen, hier Ihr Reha-Plan nach der Schulterverletzung vom Fahrradunfall (Unfallversicherung UV 4410-331870). Die Kosten übernehmen wir aus dem Reha-Management:

[[plan]]

Ihre Ansprechpartnerin bei der Physiopraxis ist Frau Gerlach. Bitte melden Sie sich, wenn ein Termin nicht klappt.

Gute Besserung!""", sig="haider", sigstyle="short",
  tables={"plan": ([["Woche", "Maßnahme", "Ort", "Frequenz"], ["1–4", "Krankengymnastik nach Rotatorenmanschetten-Naht (S46.0 R)", "Physio Gerlach, Bochum", "3×/Woche"],
                    ["5–8", "Medizinische Trainingstherapie", "Physio Gerlach, Bochum", "2×/Woche"],
                    ["ab 9", "Arbeitsplatz-Belastungserprobung", "Arbeitgeber (Lagerlogistik)", "4 Std./Tag"]], "pad")})

M("N", "de", "insurer-to-supplier", "trap: order of blood-pressure monitors as promotional gifts, order number",
  frm=ADDR("krueger"), to="Werbemittel Schulte <vertrieb@werbemittel-schulte.example>",
  subj="Bestellung 4500189310 – Blutdruckmessgeräte mit Logo", date="2026-03-24 15:00",
  body="""Sehr geehrte Frau Schulte,

wir bestellen laut Angebot AN-26-0412:

500 Stk. Handgelenk-Blutdruckmessgerät, weiß, Logo Versicherer 1-farbig auf dem Etui, inkl. Batterien
500 Stk. Beileger "Tipps für gesunden Blutdruck" (Druckdaten folgen)

Liefertermin: KW 17 an Versicherer Holding AG, Tor 2. Bestellnummer 4500189310 bitte auf allen Dokumenten.

Gruß, Stefan Krüger""", sig=None)

M("C", "en", "insurer-to-customer", "English: bank details for named customer's buildings claim payment, IBAN",
  frm=ADDR("demir"), to="Ms Nora Lindqvist-Bauer <nora.lb@posteo.example>", lang="en",
  subj="Payment of your storm claim 26-WG-003571", date="2026-03-25 08:40",
  body="""Dear Ms Lindqvist-Bauer,

the roofer's invoice (EUR 4,318.20) for the storm damage at Seestraße 7, Konstanz, has been approved under your buildings policy WG 2208-120557. As you asked, we will pay it to your account, since you already settled the invoice yourself:

IBAN: """ + IB("DE", "690400000123456789", group=0) + """

Please allow 2–3 working days.

Kind regards
Aylin Demir""", sig=None)

M("S", "de", "insurer-to-customer", "DOCX attachment: BU follow-up questionnaire prefilled with named customer's diagnosis; body harmless",
  frm=ADDR("stanek"), to="Andrea Kühnel <andrea.kuehnel@freenet.example>",
  subj="Nachprüfung – bitte Fragebogen ausfüllen", date="2026-03-25 11:00",
  body="""Sehr geehrte Frau Kühnel,

wie jedes Jahr prüfen wir, ob die Voraussetzungen für Ihre Leistungen weiter bestehen. Bitte füllen Sie den beigefügten Fragebogen aus und schicken ihn bis 30.04.2026 zurück.

Vielen Dank!""", sig="stanek",
  att=[DOCX("Nachpruefung_BU-2022-04471.docx", [("h", "Nachprüfung Berufsunfähigkeit – BU-2022-04471"),
        "Versicherte Person: Andrea Kühnel, geb. 08.05.1974\nAnerkannt seit: 01.02.2023\nAnerkannte Ursache: Multiple Sklerose, schubförmig-remittierend (G35.11 G)",
        ("t", [["Frage", "Ihre Antwort"], ["Hat sich Ihr Gesundheitszustand seit der letzten Prüfung verändert?", ""],
               ["Welche Ärzte haben Sie seit 03/2025 behandelt?", ""], ["Erhalten Sie weiterhin Ocrelizumab-Infusionen?", ""],
               ["Üben Sie eine berufliche Tätigkeit aus? Wenn ja, welche und wie viele Stunden?", ""]]),
        "Datum, Unterschrift: ____________________"], author="Oliver Stanek")])

M("N", "en", "internal", "trap: English org announcement of a new colleague, no sensitive data",
  frm=ADDR("whitfield"), to="International Health Services <ihs-all@versicherer.example>", lang="en",
  subj="Welcome Claire Ashworth!", date="2026-03-25 16:30",
  body="""Hi all,

please join me in welcoming Claire Ashworth, who has joined our expat health team this month from a Lloyd's broker in London. Claire will look after our clients in the Gulf region and Singapore.

Drinks on Thursday at 5 in the 7th floor lounge – come and say hello.

Emma""", sig=None)

M("C", "de", "company", "company as policyholder: electronics insurance with named sole-trader photographer",
  frm=ADDR("hartmann"), to="Fotostudio Lichtblick – Jana Möbius <jana@fotostudio-lichtblick.example>",
  subj="Elektronikversicherung – Nachtrag neue Kamera", date="2026-03-26 09:20",
  body="""Hallo Frau Möbius,

wir haben die neue Kamera in Ihren Vertrag aufgenommen:

Versicherungsnehmerin: Jana Möbius, Fotostudio Lichtblick (Einzelunternehmen), Brückstraße 40, 44135 Dortmund
Vertrag: EL 6602-00381
Neu: Sony Alpha 1 II, Seriennr. 5102774, Neuwert 6.999 €
Neue Versicherungssumme: 38.400 €, Beitrag 412,80 € jährlich

Der Nachtrag kommt per Post.

Viele Grüße
Sven Hartmann""", sig=None)

M("S", "en", "customer", "forwarded as attachment (message/rfc822): customer mail with dental x-ray findings and periodontitis",
  frm=ADDR("roth"), to=ADDR("wendland"), lang="en",
  subj="FW: question about my periodontal treatment", date="2026-03-26 10:45",
  body="""Tobias, an English-speaking customer with a question for dental, see attached mail. Thanks, Vanessa""", sig=None,
  att=[EML(INNER("Giulia Romano <giulia.romano@libero.example>", "service-kranken@versicherer.example", "question about my periodontal treatment",
                 "2026-03-25 19:02", """Hello,

my dentist (Dr. Kessler, Düsseldorf) diagnosed periodontitis stage III, grade B, and wants to start the systematic treatment (AIT, then UPT for two years). The x-ray shows bone loss at teeth 16, 17, 26 and 46. The estimate is about 2,600 EUR.

My policy is ZP 8800-31240. Do I need to send the treatment plan before she starts, and is the UPT covered every year?

Thank you very much,
Giulia Romano""", "<CA+gr0m4n0-q8x@mail.libero.example>", lang="en"))])

M("N", "de", "internal", "trap: minutes of a data-protection audit with numbers of findings, no person",
  frm=ADDR("meier"), to="Vorstand Sekretariat <vorstand-sek@versicherer.example>",
  subj="Kurzbericht Datenschutz-Audit Leistungsbearbeitung Q1", date="2026-03-26 14:30",
  body="""Sehr geehrte Damen und Herren,

zur Vorstandssitzung am 02.04. der Kurzbericht:

Geprüft wurden 120 zufällig ausgewählte Vorgänge der Leistungsbearbeitung Kranken und Leben (Stichprobe, anonymisiert ausgewertet).

Feststellungen:
– 4 Fälle: Arztberichte unverschlüsselt an externe Gutachter gemailt (Schulung erfolgt, technisch jetzt durch Siegel verhindert)
– 2 Fälle: Schweigepflichtentbindung fehlte in der Akte, lag aber vor
– 0 Fälle: unberechtigte Zugriffe

Gesamtbewertung: angemessen, mit zwei Maßnahmen.

Thomas Meier""", sig="meier", sigstyle="short")

M("S", "de", "insurer-to-customer", "care: named customer's relief amount (Entlastungsbetrag) for household help, dementia mentioned",
  frm=ADDR("yilmaz"), to="Karin Lohmeyer <karin.lohmeyer@t-online.example>",
  subj="Entlastungsbetrag für Ihren Vater – Rechnungen Alltagsbegleitung", date="2026-03-27 09:05",
  body="""Liebe Frau Lohmeyer,

die Rechnungen der Alltagsbegleitung "Zeit für dich" für Ihren Vater, Herrn Günther Lohmeyer, für Januar bis März haben wir aus dem Entlastungsbetrag (131 € monatlich) erstattet: 393 €.

Sie hatten geschrieben, dass die Demenz in den letzten Wochen fortgeschritten ist und Ihr Vater nachts umherläuft. Wenn sich der Pflegebedarf erhöht hat, können Sie jederzeit eine Höherstufung beantragen (aktuell Pflegegrad 2). Rufen Sie mich gern an.

Herzliche Grüße""", sig="yilmaz")

M("C", "en", "insurer-to-broker", "English: broker receives policy schedule data of named customer's motorcycle, birth date",
  frm=ADDR("engel"), to="Tom Becker <tom.becker@becker-brokers.example>", lang="en",
  subj="Motorcycle policy for Mr Ferreira – confirmation", date="2026-03-27 11:50",
  body="""Hi Tom,

done – policy issued:

Policyholder: Rui Ferreira, date of birth 14/03/1979
Vehicle: Ducati Monster 937, plate M-RF 937, seasonal plate 04–10
Policy: KR 5501-002218, third party + partial cover, excess EUR 150
Annual premium: EUR 287.40

The eVB was sent to him directly.

Cheers, Rüdiger""", sig=None)

M("N", "de", "insurer-to-broker", "trap: broker webinar invitation with ICS about BU health questions, no customer",
  frm=ADDR("vogel"), to="Makler Region Süd <makler-sued@lists.versicherer.example>",
  subj="Einladung Webinar: Gesundheitsfragen in der BU richtig beantworten", date="2026-03-30 08:00",
  body="""Liebe Maklerpartnerinnen und -partner,

im Anhang die Kalendereinladung zu unserem Webinar am 16. April. Unsere Gesellschaftsärztin Dr. Ulrike Hasselbach erklärt an anonymisierten Beispielen, wie Vorerkrankungen (Rücken, Psyche, Allergien) im Antrag vollständig angegeben werden und was eine Risikovoranfrage bringt.

Herzliche Grüße
Katharina Vogel""", sig=None,
  att=[ICS("Webinar_BU_Gesundheitsfragen.ics", "webinar-bu-2026-04-16@versicherer.example", "Webinar: Gesundheitsfragen in der BU",
           "20260416T100000", "20260416T113000", ("Katharina Vogel", "katharina.vogel@versicherer.example"),
           location="Online (Teams-Link folgt)", description="Referentin: Dr. Ulrike Hasselbach. Keine Kundendaten mitbringen!")])

M("S", "de", "insurer-to-customer", "addressee-as-person: 'Ihre Vorsorgeuntersuchungen' in health, reminder with specific exams for her age",
  frm="Versicherer Krankenversicherung <gesundheitsservice@versicherer.example>", to="Claudia Behrendt <claudia.behrendt@gmx.example>",
  subj="Frau Behrendt, Ihre Vorsorge-Erinnerung", date="2026-03-30 10:00", client="system",
  body="""Liebe Frau Behrendt,

laut Ihren Abrechnungen war Ihre letzte Mammographie im Februar 2024 und Ihre letzte Darmspiegelung 2016. Nach den Empfehlungen für Ihr Alter (58) wären beide Untersuchungen jetzt wieder fällig.

Außerdem haben Sie 2025 wegen Ihrer Schilddrüsenunterfunktion regelmäßig Blutwerte kontrollieren lassen – denken Sie an die Kontrolle im Frühjahr.

Vorsorgeuntersuchungen erstatten wir zu 100 % ohne Anrechnung auf die Beitragsrückerstattung.

Ihr Gesundheitsservice

Sie möchten keine Erinnerungen mehr? Abmelden im Kundenportal unter Einstellungen.""")

M("N", "en", "insurer-to-customer", "trap: English answer to a prospect about pet insurance, generic",
  frm=ADDR("wagner"), to="Tom Hughes <tom.hughes@gmail.example>", lang="en",
  subj="RE: pet insurance for a puppy?", date="2026-03-30 12:25",
  body="""Hi Tom,

congratulations on the new puppy! Yes, you can insure him from 8 weeks of age. Our plans:

- Surgery only: from EUR 14.90/month
- Full health cover (vet visits, medication, surgery): from EUR 39.90/month

Vaccinations and deworming are covered up to EUR 70 per year in the full plan. You can sign up online at www.versicherer.example/tier – it takes about five minutes.

Best,
Sophie""", sig=None,
  quote=Q("Hello, we are getting a Labrador puppy in April. Can I insure him with you and what does it cost? Thanks Tom"))

M("C", "de", "insurer-to-customer", "motor claim with named customer, third party's vehicle damage, nobody injured",
  frm=ADDR("brenner"), to="Heike Voss <heike.voss@web.example>",
  subj="Ihr Unfall vom 20.03.2026 – Schaden 26-KH-005930", date="2026-03-31 08:30",
  body="""Sehr geehrte Frau Voss,

danke für die Schadenmeldung. Nach Ihrer Schilderung sind Sie beim Ausparken auf dem Parkplatz des Edeka-Markts in Gütersloh gegen den geparkten VW Polo (GT-KL 77) von Herrn Klaus Lammers gefahren. Verletzt wurde niemand.

Wir regulieren den Schaden an Herrn Lammers' Fahrzeug aus Ihrer Kfz-Haftpflichtversicherung KF 2208-553210. Ihr Vertrag wird im nächsten Jahr von SF 8 auf SF 4 zurückgestuft. Sie können den Schaden bis zu sechs Monate nach Regulierung selbst erstatten, um die Rückstufung zu vermeiden – wir nennen Ihnen dann den Betrag.

Mit freundlichen Grüßen""", sig="brenner")

M("S", "en", "insurer-to-company", "English: group life / pension list of named employees with salaries as XLSX to employer",
  frm=ADDR("paulsen"), to="HR Benefits <benefits@nordwind-energy.example>", lang="en",
  subj="Occupational pension scheme – annual statement 2025 (employee level)", date="2026-03-31 13:10",
  body="""Dear Ms Janssen,

please find attached the employee-level annual statement for your company pension scheme (group contract bAV-GR 4400-017) for 2025, including pensionable salaries, contributions and the death-in-service benefits.

The file is password-protected; I'll send the password by text message.

Best regards""", sig="paulsen",
  att=[XLSX("bAV_Nordwind_Statement_2025.xlsx", {"Statement 2025": [["Personnel no.", "Name", "Date of birth", "Pensionable salary EUR", "Contribution 2025 EUR", "Death benefit EUR", "Status"],
        ["NW-1011", "Hendriks, Pieter", "1975-02-14", 78400, 3920, 156800, "active"],
        ["NW-1044", "Brunner, Katja", "1983-09-01", 64200, 3210, 128400, "active, parental leave since 10/2025"],
        ["NW-1102", "Osterkamp, Jens", "1969-12-23", 91000, 4550, 182000, "disability pension since 04/2025"]]},
        author="Henrik Paulsen")])

M("N", "de", "internal", "trap: IT mail about portal password reset statistics, no persons",
  frm=ADDR("hoffmann"), to=ADDR("fischer"),
  subj="Portal: gesperrte Konten im März", date="2026-04-01 09:00",
  body="""Hi Tim,

kurze Auswertung aus dem Portal-Log für März:

- 1.204 Sperrungen nach 3 falschen Passwörtern
- davon 1.011 per Self-Service entsperrt (Sicherheitsfrage)
- 193 Entsperrungen durch den Servicedesk
- 37 Fälle "Antwort auf Sicherheitsfrage vergessen"

Auffällig: 60 % der Sperrungen morgens zwischen 7 und 9 Uhr – vermutlich Makler, die ihr Passwort nach dem Wechsel auf 12 Zeichen vergessen. Vorschlag: Hinweis auf der Login-Seite.

Lukas""", sig=None)

M("S", "de", "insurer-to-assessor", "medical expert opinion commission for named accident insured with injuries",
  frm=ADDR("albrecht"), to="Prof. Dr. med. Harald Marquardt <gutachten@marquardt-unfallchirurgie.example>",
  subj="Gutachtenauftrag Invalidität – Frau Emine Yavuz", date="2026-04-01 11:15",
  body="""Sehr geehrter Herr Prof. Marquardt,

wir bitten Sie um ein unfallchirurgisches Gutachten zur Bemessung der Invalidität:

Versicherte: Emine Yavuz, geb. 27.01.1988, Gelsenkirchen
Vertrag: UV 4410-345102
Unfall: 18.04.2025, Sturz von der Leiter
Verletzungen: distale Radiusfraktur rechts (S52.51 R), operativ versorgt mit Platte; Kahnbeinfraktur rechts konservativ
Bisheriger Verlauf: Bewegungseinschränkung Handgelenk, Schmerzen bei Belastung

Fragen: Invaliditätsgrad nach Gliedertaxe (Handwert), unfallfremde Mitwirkung (Vorerkrankung Arthrose?). Die Akte mit Röntgenbildern und OP-Bericht senden wir Ihnen über das SecureMail-Portal.

Mit freundlichen Grüßen""", sig="albrecht")

M("C", "en", "insurer-to-customer", "English: named customer's legal expenses cover for a neighbour dispute (noise), no health",
  frm=ADDR("lindqvist"), to="Mr David Okafor <david.okafor@gmail.example>", lang="en",
  subj="Legal expenses – neighbour dispute, file RS-26-00744", date="2026-04-01 14:20",
  body="""Dear Mr Okafor,

thank you for your message. Neighbour disputes are covered under the property module of your legal expenses policy RS 5590-61002, but only after a mandatory mediation attempt (Schiedsverfahren) where state law requires one – which is the case in North Rhine-Westphalia for noise disputes.

We will cover the fees of the arbitration office (Schiedsamt Köln-Nippes) and, if mediation fails, your lawyer's fees for a claim against Mr and Mrs Brandl.

Kind regards""", sig="lindqvist", sigstyle="short")

M("N", "en", "insurer-to-partner", "trap: English catastrophe event report to reinsurer, aggregate storm losses",
  frm=ADDR("stone"), to="Cat Claims <cat.claims@swissre-example.example>", lang="en",
  subj="Event notification: windstorm Ylenia (8–9 Feb 2026)", date="2026-04-02 09:30",
  body="""Dear colleagues,

we hereby notify windstorm "Ylenia" under the property cat XL programme 2026.

Number of claims reported to date: 18,412 (buildings 14,020, household 2,377, motor 2,015)
Incurred (paid + reserves): EUR 61.8m gross
Estimated ultimate: EUR 74–80m gross, exceeding the retention of EUR 50m

Largest single loss: commercial warehouse roof, Bremen, EUR 2.1m. A bordereau of losses > EUR 250k will follow by 15 April.

Best regards
Rebecca Stone""", sig=None)

M("S", "de", "insurer-to-doctor", "query to dentist about named child's treatment and pre-existing condition in new contract",
  frm=ADDR("wendland"), to="Zahnarztpraxis Dr. Kessler <praxis@zahnarzt-kessler.example>",
  subj="Rückfrage Behandlungsbeginn – Patientin Emma Lindner", date="2026-04-02 10:45",
  body="""Sehr geehrte Frau Dr. Kessler,

für Ihre Patientin Emma Lindner (geb. 2014-03-18) liegt uns ein kieferorthopädischer Behandlungsplan vor. Der Zahnzusatzvertrag besteht erst seit 01.11.2025.

Um zu prüfen, ob die Behandlung vor Vertragsbeginn angeraten war, bitten wir um eine kurze Auskunft: Wann wurde die Zahnfehlstellung (Distalbiss, KIG D4) erstmals festgestellt und der Patientin bzw. den Eltern eine Behandlung empfohlen?

Eine Schweigepflichtentbindung der Eltern liegt vor. Für Ihre Auskunft vergüten wir pauschal 25 €.

Mit freundlichen Grüßen""", sig="wendland")

M("N", "de", "insurer-to-customer", "trap: mail to a customer with generic instruction for the portal, no data",
  frm=ADDR("roth"), to="Hannelore Stickel <h.stickel@t-online.example>",
  subj="AW: Wie öffne ich die sichere Nachricht?", date="2026-04-02 13:00",
  body="""Liebe Frau Stickel,

gern erkläre ich es Schritt für Schritt:

1. Klicken Sie in der E-Mail "Sie haben eine neue sichere Nachricht" auf den Link.
2. Geben Sie Ihre E-Mail-Adresse und das Einmal-Passwort aus der zweiten E-Mail ein.
3. Wählen Sie ein eigenes Passwort (mindestens 12 Zeichen) und eine Sicherheitsfrage.
4. Melden Sie sich danach noch einmal an – dann sehen Sie Ihre Nachricht im Posteingang.

Falls es nicht klappt, rufen Sie mich gern an: 0221 555-3005.

Viele Grüße
Vanessa Roth""", sig=None)

M("C", "de", "insurer-to-authority", "answer to a registration office about insurance confirmation for a named vehicle keeper",
  frm=ADDR("engel"), to="Zulassungsstelle Kreis Mettmann <kfz-zulassung@kreis-me.example>",
  subj="Versicherungsbestätigung / Anzeige nach § 25 FZV – ME-JK 418", date="2026-04-03 08:50",
  body="""Sehr geehrte Damen und Herren,

für das Fahrzeug ME-JK 418, Halter Herr Jürgen Kaltenbach, Ratingen, besteht seit 01.04.2026 kein Versicherungsschutz mehr (Vertrag KF 2208-448120 gekündigt wegen Nichtzahlung des Folgebeitrags).

Wir zeigen dies nach § 25 FZV an und bitten um Einleitung der erforderlichen Maßnahmen.

Mit freundlichen Grüßen""", sig="engel")

M("S", "de", "insurer-to-customer", "sick pay (Krankentagegeld) for named self-employed customer, AU certificate, diagnosis in words",
  frm=ADDR("kroeger"), to="Marco Bellini <marco.bellini@pizzeria-bellini.example>",
  subj="Krankentagegeld ab 43. Tag", date="2026-04-03 10:30",
  body="""Hallo Herr Bellini,

die Arbeitsunfähigkeitsbescheinigungen Ihres Orthopäden liegen uns vor (Bandscheibenvorfall, AU seit 16.02.2026). Ab dem 43. Tag, also ab 30.03.2026, zahlen wir das vereinbarte Krankentagegeld von 120 € pro Tag.

Für die Zeit bis 12.04. überweisen wir 1.680 €. Bitte schicken Sie uns weiterhin jede Folgebescheinigung – am besten direkt über die App.

Gute Besserung, und hoffentlich stehen Sie bald wieder am Ofen!""", sig="kroeger", sigstyle="short")

M("N", "en", "internal", "trap: English notice of travel vaccinations at the company doctor, no names",
  frm="Company Medical Service <betriebsarzt@versicherer.example>", to="all-staff-cologne@versicherer.example", lang="en",
  subj="Heads-up: travel vaccinations now available at the company doctor", date="2026-04-06 09:00",
  body="""Dear colleagues,

from this month the company medical service also offers travel vaccinations for business travellers (hepatitis A/B, typhoid, yellow fever on request).

Walk-in hours: Tuesdays and Thursdays 8–11 am, room 0.14. Please bring your vaccination card. Nothing is recorded in your personnel file.

Your Company Medical Service""", sig=None)

M("C", "en", "insurer-to-customer", "English: baggage claim of named customer with item list, no health",
  frm=ADDR("seidel"), to="Ms Chloe Martin <chloe.martin@orange.example>", lang="en",
  subj="Baggage claim GP-26-00311 – suitcase lost on LH flight", date="2026-04-06 11:20",
  body="""Dear Ms Martin,

the airline has confirmed that your suitcase (tag LH 412877) was not found within 21 days. Under your travel baggage policy GP 6610-00744 we will pay the current value of the contents on your list:

clothing and shoes EUR 740, toiletries EUR 85, camera Fujifilm X-T5 EUR 1,150 (capped at EUR 500 for electronics in checked baggage), suitcase EUR 160.

Total: EUR 1,485, less the EUR 320 already paid by Lufthansa = EUR 1,165.

Kind regards""", sig="seidel")

M("S", "en", "insurer-to-customer", "English: named customer's orthodontic and wisdom-tooth surgery costs (GOZ/GOÄ) for son",
  frm=ADDR("wendland"), to="Mr Peter Jablonski <p.jablonski@gmx.example>", lang="en",
  subj="Invoice Dr. Meinhardt – your son Tim", date="2026-04-06 14:45",
  body="""Dear Mr Jablonski,

the invoice from the oral surgeon Dr. Meinhardt for the removal of your son Tim's four wisdom teeth under general anaesthesia (31 March 2026) has been settled:

GOZ 3045 ×4 (surgical removal of impacted teeth): EUR 712.40
GOÄ 462 + 463 (anaesthesia, 75 min): EUR 301.15
Medication (ibuprofen 600, amoxicillin 1000): EUR 24.90

Total EUR 1,038.45 – reimbursed in full under Tim's dental tariff.

We hope he's back to eating solid food soon.

Best regards""", sig="wendland", sigstyle="short")

M("N", "de", "internal", "trap: Teams invite text for a workshop on ICD coding quality, no patient",
  frm=ADDR("brandt"), to="Team Stationär <team-stationaer@versicherer.example>",
  subj="Workshop DRG-Prüfung: Kodierqualität bei Nebendiagnosen", date="2026-04-07 08:15",
  body="""Hallo zusammen,

nächste Woche Mittwoch, 14–16 Uhr, Workshop mit dem MD-Gutachter Herrn Dr. Brill:

- Welche Nebendiagnosen (z. B. E87.1, D62, R26.8) erhöhen den PCCL und damit die DRG?
- Typische Auffälligkeiten in Rechnungen: Mangelernährung ohne Dokumentation, Dekubitus "nicht bei Aufnahme vorhanden"
- Wann lohnt sich eine Prüfung vor Ort?

Bitte eigene (anonymisierte!) Beispiele mitbringen.

Gerrit""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's bicycle insurance with frame number and purchase price",
  frm=ADDR("demir"), to="Tobias Brückmann <tobias.brueckmann@posteo.example>",
  subj="Ihre E-Bike-Versicherung ist aktiv", date="2026-04-07 10:25",
  body="""Hallo Herr Brückmann,

Ihr E-Bike ist ab heute versichert:

Rad: Riese & Müller Charger4 GT vario, Rahmennr. WRM 3871 224 9 C
Kaufpreis: 6.249 € (Rechnung Radhaus Münster vom 03.04.2026)
Vertrag: FR 7710-20388 – Diebstahl, Vandalismus, Akku, Verschleiß

Wichtig: Bei Diebstahl innerhalb von 24 Stunden Anzeige bei der Polizei erstatten. Das Rad muss mit einem Schloss mit mind. 50 € Neupreis an einem festen Gegenstand angeschlossen sein.

Allzeit gute Fahrt!""", sig="demir", sigstyle="short")

M("S", "de", "hospital", "hospital's discharge summary (Entlassbrief) as PDF forwarded to medical officer; body minimal",
  frm=ADDR("brandt"), to=ADDR("hasselbach"),
  subj="WG: Entlassbrief", date="2026-04-07 13:30",
  body="""Frau Dr. Hasselbach, zur Info wg. Vorvertraglichkeit – bitte Ihre Einschätzung bis Freitag. Vertrag erst seit 11/2025!
G. Brandt""", sig=None,
  att=[PDF("Entlassbrief_Schroeder.pdf", [("h", "Evangelisches Krankenhaus Kalk – Klinik für Kardiologie"),
        "Entlassbrief\nPatient: Reinhold Schröder, geb. 19.06.1963\nAufenthalt: 28.03.2026 – 04.04.2026",
        ("h", "Diagnosen", 2),
        ("t", [["ICD-10-GM", "Diagnose"], ["I21.4", "Akuter subendokardialer Myokardinfarkt (NSTEMI)"], ["I25.13", "Koronare Dreigefäßerkrankung"],
               ["E11.90", "Diabetes mellitus Typ 2, seit 2021 bekannt"], ["I10.00", "Benigne essentielle Hypertonie"]]),
        "Therapie: Koronarangiographie, PCI mit 2 DES (RIVA, RCX). Medikation bei Entlassung: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg 0-0-1, Metformin 1000 mg 1-0-1, Ramipril 5 mg 1-0-0.\nAnamnese: Belastungsdyspnoe seit ca. 2 Jahren, hausärztlich bekannt."],
        title="Entlassbrief", author="EVK Kalk")])

M("N", "en", "insurer-to-customer", "trap: English generic product info about critical illness cover, no person data",
  frm=ADDR("falk"), to="Mr Andrew Collins <andrew.collins@outlook.example>", lang="en",
  subj="RE: critical illness cover – how does it work?", date="2026-04-08 09:10",
  body="""Dear Mr Collins,

thank you for your interest. Our critical illness plan pays a lump sum (EUR 25,000 to 500,000) on first diagnosis of one of 50 defined conditions, e.g. cancer, heart attack, stroke, multiple sclerosis, or loss of sight.

You choose the term and the sum; the premium depends on age, smoking status and health. A 35-year-old non-smoker pays about EUR 22 a month for EUR 100,000 over 25 years (example, not a quote).

I'll be happy to prepare an individual quote – you'll need to answer a few health questions for that.

Best regards
Bernd Falk""", sig=None)

M("C", "de", "insurer-to-customer", "landlord liability: named customer's rental income, insured address and policy number",
  frm=ADDR("oltmanns"), to="Georg Ebersbach <g.ebersbach@web.example>",
  subj="Haus- und Grundbesitzerhaftpflicht – Ihre Mieteinnahmen", date="2026-04-08 11:40",
  body="""Sehr geehrter Herr Ebersbach,

für die Haus- und Grundbesitzerhaftpflicht Ihres Mehrfamilienhauses in der Uhlandstraße 21, 70182 Stuttgart berechnet sich der Beitrag nach den Jahresbruttomieteinnahmen. Sie haben uns 74.400 € (6 Wohnungen) gemeldet; damit beträgt der neue Beitrag ab 01.05.2026 268,80 € jährlich (Vertrag HG 1150-22017).

Bitte melden Sie uns Änderungen der Mieteinnahmen über 10 % bis zum 31.01. eines Jahres.

Mit freundlichen Grüßen""", sig="oltmanns")

M("S", "de", "insurer-to-customer", "addressee's glasses and contact lenses for keratoconus (diagnosis in words)",
  frm=ADDR("roth"), to="Melanie Ruppert <melanie.ruppert@gmx.example>",
  subj="Ihre formstabilen Kontaktlinsen", date="2026-04-08 15:00",
  body="""Liebe Frau Ruppert,

wegen Ihres Keratokonus sind die formstabilen Kontaktlinsen medizinisch notwendig; wir übernehmen sie deshalb nicht nur im Rahmen des Sehhilfen-Budgets (300 €), sondern als Hilfsmittel in voller Höhe: 1.140 € laut Rechnung Kontaktlinsenstudio Weber vom 31.03.2026.

Die Anpassung durch Ihre Augenärztin Dr. Nussbaum (GOÄ 1210, 1211) ist ebenfalls erstattet.

Viele Grüße
Vanessa Roth""", sig=None)

M("N", "de", "insurer-to-supplier", "trap: order for tablets for field staff, device serials, order number",
  frm=ADDR("krueger"), to="Großkunden <b2b@it-haus-rhein.example>",
  subj="Abruf 4500190021 aus Rahmenvertrag – Tablets Außendienst", date="2026-04-09 09:30",
  body="""Hallo Herr Doğan,

bitte liefern Sie aus dem Rahmenvertrag RV-2025-008:

60 × iPad 11" Wi-Fi + Cellular 256 GB, Space Grey
60 × Schutzhülle mit Tastatur
Vorinstallation MDM-Profil "Außendienst" laut Vorgabe IT

Die Seriennummern bitte als CSV an it-inventar@versicherer.example. Liefertermin KW 18.

Viele Grüße
Stefan Krüger""", sig=None)

M("S", "en", "insurer-to-customer", "English: named customer's hospital cash after a stroke (personal line, diagnosis in words)",
  frm=ADDR("brandt"), to="Ms Linda Hartmann-Price <linda.hp@btinternet.example>", lang="en",
  subj="Hospital daily allowance for your husband", date="2026-04-09 11:15",
  body="""Dear Ms Hartmann-Price,

thank you for sending the hospital certificate. Your husband Michael was treated at the Uniklinik Köln stroke unit and then in neurological rehabilitation from 2 March to 3 April 2026.

Under his hospital daily allowance tariff (KT 2201-55470) we pay EUR 60 for each of the 32 days, EUR 1,920 in total. Rehabilitation days count in full because the rehab followed the hospital stay directly.

We wish him a good recovery.

Kind regards""", sig="brandt")

M("C", "de", "insurer-to-customer", "buildings: named customer's mortgage bank and insured sum; bank as creditor",
  frm=ADDR("demir"), to="Sabrina und Niklas Hoppe <hoppe.familie@gmx.example>",
  subj="Sicherungsbestätigung für Ihre Bank", date="2026-04-09 13:20",
  body="""Hallo Frau Hoppe, hallo Herr Hoppe,

die Sicherungsbestätigung für Ihre finanzierende Bank (Sparkasse KölnBonn, Darlehen Nr. 7200 4418 33) haben wir ausgestellt. Die Bank ist darin als Gläubigerin für das Gebäude Am Weiher 12, 51467 Bergisch Gladbach eingetragen.

Versicherungssumme: Wert 1914 = 27.400 Mark (entspricht gleitendem Neuwert)
Vertrag: WG 2208-125009

Das Original geht direkt an die Bank.

Viele Grüße""", sig="demir", sigstyle="short")

M("N", "en", "internal", "trap: English notes from a security review of the portal, no data",
  frm=ADDR("fischer"), to=ADDR("raman"), lang="en",
  subj="Pentest portal – summary of findings", date="2026-04-10 10:00",
  body="""Hi Priya,

short summary of the external pentest of the secure mailbox (test accounts only):

1. Medium: session cookie missing SameSite attribute – fixed in 3.8.2.
2. Low: account enumeration via different error text on password reset ("unknown address" vs "mail sent"). Proposal: always show the same text.
3. Info: security question answers are stored hashed, fine; but the UI allows "1234" as an answer.

No critical findings. The full report is in the ISMS folder.

Tim""", sig=None)

M("S", "de", "insurer-to-company", "group accident: employer asks for status; reply names employee and injury",
  frm=ADDR("haider"), to="Hellweg Bau GmbH – Personal <personal@hellweg-bau.example>",
  subj="AW: Stand Unfall Herr Nowicki", date="2026-04-10 14:00",
  body="""Sehr geehrte Frau Reuß,

Herr Nowicki ist nach der Operation des Fersenbeins seit 01.04. in der ambulanten Reha (EAP). Er rechnet selbst mit der Rückkehr auf die Baustelle frühestens im Juni; zunächst wäre eine Tätigkeit ohne Leitern und schweres Tragen denkbar.

Über Einzelheiten des Heilverlaufs dürfen wir Ihnen ohne seine Zustimmung nicht mehr mitteilen; er hat aber zugestimmt, dass wir Sie über den voraussichtlichen Wiedereinstieg informieren.

Mit freundlichen Grüßen""", sig="haider",
  quote=Q("Hallo Frau Haider, gibt es schon was Neues zu Herrn Nowicki? Wir müssen die Baustelle in Kamen planen. Gruß U. Reuß, Personal"))

M("N", "de", "newsletter", "trap: customer magazine teaser about back pain prevention, no person",
  frm="Versicherer Magazin <newsletter@versicherer.example>", to="magazin@lists.versicherer.example",
  subj="Neu im Magazin: Rückenschmerzen – was wirklich hilft", date="2026-04-13 07:00",
  body="""Liebe Leserinnen und Leser,

Rückenschmerzen sind der häufigste Grund für Arztbesuche in Deutschland. In unserer Aprilausgabe:

• Interview mit dem Orthopäden Prof. Dr. Gerhard Wilms: "Bewegung schlägt Spritze"
• Fünf Übungen für den Schreibtisch
• Wann ein MRT sinnvoll ist – und wann nicht
• Digitale Rückenprogramme: Unsere Versicherten können das Programm "RückenFit" kostenlos nutzen

Jetzt lesen: www.versicherer.example/magazin

Abmelden: www.versicherer.example/newsletter/abmelden""", client="system")

M("C", "en", "insurer-to-customer", "English: named customer's household contents claim (burst pipe), no injury, address and policy",
  frm=ADDR("demir"), to="Mr Yusuf Çelik <yusuf.celik@gmx.example>", lang="en",
  subj="Your household claim 26-HR-001418 – water damage", date="2026-04-13 09:45",
  body="""Dear Mr Çelik,

sorry to hear about the burst pipe in your flat at Venloer Str. 312, Cologne. For your household contents claim (policy HR 6610-058870) please send us:

- photos of the damaged furniture (sofa, wardrobe, rug),
- a list with purchase year and price of each item,
- the name of your landlord's building insurer, since the building damage is theirs.

We will pay the replacement value of damaged items. If you need a dehumidifier, the cost of electricity is covered too.

Kind regards""", sig="demir", sigstyle="short")

M("S", "de", "insurer-to-customer", "addressee's premium refund in full health insurance (personal line), no medical word",
  frm="Versicherer Krankenversicherung <info-kranken@versicherer.example>", to="Philipp Sander <philipp.sander@web.example>",
  subj="Ihre Beitragsrückerstattung 2025", date="2026-04-14 08:00", client="system",
  body="""Sehr geehrter Herr Sander,

gute Nachricht: Sie haben 2025 keine Rechnungen aus Ihrer Krankheitskostenvollversicherung KV 1190-402277 eingereicht. Dafür erhalten Sie eine Beitragsrückerstattung von drei Monatsbeiträgen:

3 × 498,40 € = 1.495,20 €

Den Betrag überweisen wir im Juli auf Ihr Beitragskonto. Bitte beachten Sie: Die Rückerstattung mindert die als Sonderausgaben abziehbaren Beiträge in Ihrer Steuererklärung 2026.

Ihre Versicherer Krankenversicherung""")

M("N", "de", "internal", "trap: minutes of the product committee on a new dental tariff with calculation assumptions",
  frm=ADDR("brinkmann"), to="Produktausschuss Kranken <pa-kranken@versicherer.example>",
  subj="Protokoll Produktausschuss 14.04. – ZahnPlus 2027", date="2026-04-14 16:30",
  body="""Hallo zusammen,

Ergebnisse aus dem heutigen Produktausschuss:

1. ZahnPlus 2027 wird mit Leistungsstaffel (Jahr 1: 1.000 €, Jahr 2: 2.000 €, Jahr 3: 3.000 €) kalkuliert.
2. Kalkulationsannahmen: Implantatquote 4,1 % p. a. bei 50–59-Jährigen (Quelle: eigene Daten 2021–2025, n = 212.000), PZR 1,6 Sitzungen p. a.
3. Aligner-Leistung nur bis KIG 3, max. 1.500 €.
4. Stornoannahme 8 % im ersten Jahr.

Nächste Schritte: Treuhänder-Vorabstimmung im Mai.

Ole""", sig=None)

M("C", "de", "insurer-to-customer", "travel cancellation because of named customer's burglary at home (no health)",
  frm=ADDR("seidel"), to="Alexandra Koenen <a.koenen@t-online.example>",
  subj="Reiserücktritt wegen Einbruch – RR-26-01102", date="2026-04-14 10:05",
  body="""Liebe Frau Koenen,

ein erheblicher Schaden am Eigentum durch Einbruch ist ein versicherter Rücktrittsgrund. Den Einbruch in Ihr Haus in Aachen am 07.04. und die polizeiliche Anzeige (Az. 410000-00871-26/1) haben Sie uns belegt.

Wir erstatten die Stornokosten der Kreuzfahrt (2 Personen, 3.620 €) abzüglich 20 % Selbstbeteiligung: 2.896 €.

Vertrag: RR 3310-59018.

Alles Gute beim Aufräumen!""", sig="seidel", sigstyle="short")

M("S", "en", "internal", "English: internal escalation about a named insured's suspected fraud in health claims (prescriptions)",
  frm=ADDR("nowak"), to=ADDR("schreiber"), lang="en",
  subj="Possible prescription fraud – KV 3304-802211", date="2026-04-15 09:00",
  body="""Dear Dr. Schreiber,

I'd like your view on a case before we involve the special investigations unit.

Insured: Mr Dennis Albrecht-Wolf, KV 3304-802211
Since 10/2025 he has submitted 23 private prescriptions for oxycodone 40 mg and pregabalin 300 mg from four different doctors in three cities (Cologne, Düsseldorf, Essen), often on consecutive days. Two of the doctors say they have never treated him.

Apart from possible fraud, there may be an addiction problem – so we need to be careful in how we approach him.

Could we discuss on Thursday?
Carla""", sig=None)

M("N", "en", "insurer-to-partner", "trap: English request to a hospital group's IT about S/MIME domain certificate exchange",
  frm=ADDR("fischer"), to="IT Security <itsec@klinikverbund-rhein-sieg.example>", lang="en",
  subj="Gateway-to-gateway encryption – exchange of domain certificates", date="2026-04-15 11:30",
  body="""Dear colleagues,

to encrypt mail between our domains automatically (invoices, cost coverage requests), we propose gateway-to-gateway S/MIME encryption.

Our domain certificate for versicherer.example is attached to the signed copy of this mail and listed in our public directory. Please send us yours (or the URL of your directory). We would then switch on enforced encryption on 4 May.

Best regards
Tim Fischer, Information Security""", sig=None)

M("C", "en", "insurer-to-company", "English: commercial property claim of a company with named owner (sole trader) and bank details",
  frm=ADDR("hartmann"), to="Mr Lukas Brenner <lukas@brenner-bikes.example>", lang="en",
  subj="Fire damage at your workshop – advance payment", date="2026-04-15 14:10",
  body="""Dear Mr Brenner,

following the fire in your bicycle workshop (Brenner Bikes, sole proprietorship, Mühlenweg 3, Freiburg) on 9 April, we will make an advance payment of EUR 25,000 for the destroyed stock and tools under your commercial contents policy GI 4402-00918.

Payment to your business account: """ + IB("DE", "680900000012345670") + """

The loss adjuster, Mr Hofer, will complete his report within the next three weeks; the business interruption part follows afterwards.

Kind regards
Sven Hartmann""", sig=None)

M("S", "de", "insurer-to-customer", "HTML attachment: statement of named customer's reimbursements incl. psychotherapy and medication",
  frm="Versicherer Krankenversicherung <leistungsabrechnung@versicherer.example>", to="Stefanie Ohm <stefanie.ohm@gmx.example>",
  subj="Ihre Leistungsabrechnung Nr. 2026-0415-88213", date="2026-04-15 18:00", client="system",
  body="""Sehr geehrte Frau Ohm,

Ihre Leistungsabrechnung finden Sie im Anhang (HTML-Dokument, im Browser zu öffnen). Den Erstattungsbetrag überweisen wir in den nächsten Tagen.

Ihre Versicherer Krankenversicherung""",
  att=[HTMLATT("Leistungsabrechnung_2026-0415-88213.html", """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Leistungsabrechnung</title></head>
<body style="font-family:Arial,sans-serif">
<h1>Leistungsabrechnung Nr. 2026-0415-88213</h1>
<p>Versicherte Person: Stefanie Ohm &middot; Versicherungsnummer KV 2203-944018</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Behandlungsdatum</th><th>Leistungserbringer</th><th>Leistung</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr>
<tr><td>02.03.2026</td><td>Dipl.-Psych. M. Harms</td><td>Psychotherapie GOP 870, 4 Sitzungen, Diagnose F43.1 G</td><td>402,20 &euro;</td><td>402,20 &euro;</td></tr>
<tr><td>10.03.2026</td><td>Dr. med. K. Wolter, Psychiatrie</td><td>GOÄ 1, 801, 806</td><td>98,12 &euro;</td><td>98,12 &euro;</td></tr>
<tr><td>12.03.2026</td><td>Rhein-Apotheke</td><td>Sertralin 50 mg, 100 Tbl.</td><td>21,48 &euro;</td><td>21,48 &euro;</td></tr>
</table>
<p><b>Erstattung gesamt: 521,80 &euro;</b></p>
</body></html>
""")])

# ---- 0163-0231 -----------------------------------------------------------

M("N", "de", "internal", "trap: mobile one-liner, the writer has 'a Termin' before the meeting, no detail",
  frm=ADDR("reuter"), to=ADDR("vogel"), client="mobile",
  subj="AW: Jour fixe", date="2026-04-16 07:42",
  body="""Schaffe es erst um 10, hab vorher nen Termin. Fangt ruhig ohne mich an""",
  quote=Q("Jour fixe Maklerbetreuung morgen 9 Uhr, Raum 3.08 – passt das allen? K."))

M("C", "de", "insurer-to-customer", "[vertraulich] tag: named customer's instalment plan with income and IBAN (motor premium)",
  frm=ADDR("becker"), to="Dennis Kowalczyk <dennis.kowalczyk@web.example>",
  subj="[vertraulich] Ratenzahlungsvereinbarung Kfz-Beitrag", date="2026-04-16 09:30",
  body="""Hallo Herr Kowalczyk,

wie telefonisch besprochen, bieten wir Ihnen für den offenen Jahresbeitrag Ihrer Kfz-Versicherung KF 2208-571033 (642,18 €) eine Ratenzahlung an: 6 Raten zu 107,03 €, jeweils zum 1. des Monats ab Mai.

Sie hatten uns mitgeteilt, dass Sie derzeit Bürgergeld beziehen (Bescheid Jobcenter Duisburg, 563 € Regelsatz) und ab Juli wieder in Arbeit sind.

Abbuchung von: """ + IB("DE", "350500000200718293") + """

Bitte bestätigen Sie kurz per Mail.""", sig="becker", sigstyle="short")

M("N", "en", "internal", "trap: English lunch-and-learn on long COVID research, no persons",
  frm=ADDR("hasselbach"), to="Medical Underwriting <med-uw@versicherer.example>", lang="en",
  subj="Lunch & learn: long COVID and disability claims – what the studies say", date="2026-04-16 12:00",
  body="""Dear colleagues,

on Thursday I'll summarise the current literature on post-COVID condition (U09.9) and its relevance for underwriting and BU claims: prevalence after 12 months (about 3–5 % in recent cohorts), fatigue and post-exertional malaise, prognosis, and how to read the reports we receive.

12:30–13:15, room 2.11, sandwiches provided.

Ulrike""", sig=None)

M("S", "de", "insurer-to-customer", "calendar invitation for a medical examination appointment of a named applicant (ICS with diagnosis hint)",
  frm=ADDR("schulte"), to="Carsten Wieland <carsten.wieland@gmx.example>",
  subj="Termin ärztliche Untersuchung zu Ihrem BU-Antrag", date="2026-04-17 10:10",
  body="""Hallo Herr Wieland,

für Ihren Antrag auf Berufsunfähigkeitsversicherung (A-BU-2026-03318) brauchen wir wegen der angegebenen Herzrhythmusstörung eine Untersuchung mit Belastungs-EKG. Den Termin bei unserem Vertragsarzt finden Sie im Anhang. Die Kosten übernehmen wir.

Bitte bringen Sie die Berichte Ihres Kardiologen und Ihre Medikamentenliste mit.

Viele Grüße""", sig="schulte",
  att=[ICS("Untersuchung_Wieland.ics", "med-exam-A-BU-2026-03318@versicherer.example", "Ärztliche Untersuchung BU-Antrag C. Wieland",
           "20260428T083000", "20260428T093000", ("Marlene Schulte", "marlene.schulte@versicherer.example"),
           [("Carsten Wieland", "carsten.wieland@gmx.example")], location="Praxis Dr. Behr, Hohenzollernring 40, 50672 Köln",
           description="Belastungs-EKG und Ruhe-EKG wegen Vorhofflimmern (I48.0), Bisoprolol 2,5 mg. Nüchtern nicht erforderlich.")])

M("N", "de", "insurer-to-customer", "trap: lottery/competition winner notification for a newsletter raffle (name, no insurance data)",
  frm=ADDR("baumann"), to="Annette Sprenger <annette.sprenger@gmx.example>",
  subj="Sie haben gewonnen – Fahrradhelm aus unserem Gewinnspiel", date="2026-04-17 13:00",
  body="""Liebe Frau Sprenger,

herzlichen Glückwunsch! Sie haben bei unserem Frühjahrsgewinnspiel "Sicher aufs Rad" einen von 20 Fahrradhelmen gewonnen.

Bitte antworten Sie uns mit Ihrer Lieferanschrift und der gewünschten Größe (S, M oder L). Ihre Daten verwenden wir nur für den Versand und löschen sie danach.

Viel Spaß beim Radeln!
Julia Baumann""", sig=None)

M("S", "en", "insurer-to-customer", "grey zone: named person's incoming travel HEALTH insurance (health line) confirmed for a visa, birth date, passport no.",
  frm=ADDR("seidel"), to="Mr Arjun Mehta <arjun.mehta@gmail.example>", lang="en",
  subj="Insurance certificate for your Schengen visa", date="2026-04-20 09:00",
  body="""Dear Mr Mehta,

please find below the confirmation for the German embassy in New Delhi:

Insured person: Arjun Mehta, born 1990-07-19, passport no. Z4418202
Insured period: 01/06/2026 – 31/08/2026
Policy: IR 7781-30014 (incoming travel health insurance, medical and repatriation costs), sum insured EUR 100,000, no deductible

The signed PDF certificate will follow by separate mail; the embassy accepts this e-mail as a preliminary confirmation.

Kind regards
Ines Seidel""", sig=None)

M("N", "de", "internal", "trap: HR announcement of a personnel change (new team lead), no sensitive data",
  frm=ADDR("weiss"), to="Leistungsservice Kranken <lk-alle@versicherer.example>",
  subj="Personalnachricht: neue Teamleitung Ambulant 2", date="2026-04-20 10:30",
  body="""Liebe Kolleginnen und Kollegen,

ab 1. Mai übernimmt Sabine Kröger die Leitung des Teams Ambulant 2. Sie ist seit 2014 bei uns und kennt die Leistungsbearbeitung wie kaum jemand sonst. Ihr Vorgänger, Herr Brückner, wechselt in das Projekt "Dunkelverarbeitung 2027".

Wir wünschen beiden viel Erfolg!

Nadine Weiß, Personal""", sig=None)

M("S", "de", "insurer-to-customer", "reply to customer with quote of her mail: IVF failed, mental stress; reply itself is administrative",
  frm=ADDR("kroeger"), to="Nadine Albers <nadine.albers@posteo.example>",
  subj="AW: Vierter Versuch?", date="2026-04-20 14:20",
  body="""Liebe Frau Albers,

es tut mir sehr leid, dass es wieder nicht geklappt hat. Zu Ihrer Frage: Ein vierter Versuch ist nach unseren Bedingungen grundsätzlich möglich, wenn die Ärzte eine ausreichende Erfolgsaussicht bescheinigen (mindestens 15 % pro Versuch). Bitte lassen Sie uns den neuen Behandlungsplan mit einer kurzen Begründung schicken.

Alles Gute für Sie.""", sig="kroeger", sigstyle="short",
  quote=OQ("Nadine Albers", "Montag, 20. April 2026 08:11", "Kröger, Sabine", "Vierter Versuch?",
           """Hallo Frau Kröger,
der dritte Transfer war leider wieder negativ. Die Klinik schlägt einen vierten Versuch mit PGT-A vor. Ich bin ehrlich gesagt psychisch ziemlich am Ende, aber wir wollen es noch einmal versuchen. Zahlen Sie das?
Nadine Albers"""))

M("N", "en", "insurer-to-supplier", "trap: English quote request for translation of health product brochures",
  frm=ADDR("baumann"), to="projects@lingua-translations.example", lang="en",
  subj="Quote request: translation of 4 health brochures DE>EN/TR/PL", date="2026-04-21 09:15",
  body="""Hello,

we need a quote for translating four customer brochures (about 18,000 words in total) from German into English, Turkish and Polish:

1. "Ihre private Krankenversicherung – Leistungen im Überblick"
2. "Zahnzusatz verständlich erklärt"
3. "Pflegebedürftig – was nun?"
4. "Berufsunfähigkeit: Was Sie wissen müssen"

Medical terminology must be checked by a translator with a healthcare background. Deadline: 30 June.

Thanks,
Julia Baumann""", sig=None)

M("C", "de", "insurer-to-broker", "broker gets list of named customers with contract expiry (motor) as TSV; body harmless",
  frm=ADDR("reuter"), to="Maklerbüro Sievers <info@sievers-versicherungen.example>",
  subj="Ablaufliste Kfz 2026 – Ihr Bestand", date="2026-04-21 11:00",
  body="""Moin Herr Sievers,

wie gewünscht die Liste Ihrer Kfz-Kunden mit Hauptfälligkeit 01.01.2027 zur Vorbereitung des Wechselgeschäfts.

Beste Grüße
Frank Reuter""", sig=None,
  att=[CSV("Ablaufliste_Kfz_Sievers.tsv", [["Vertrag", "Kunde", "Kennzeichen", "SF-Klasse KH", "Beitrag 2026"],
        ["KF 2208-401112", "Tiedemann, Klaus", "NF-KT 55", "SF 25", "412,30"],
        ["KF 2208-401530", "Jessen, Marte", "NF-MJ 810", "SF 12", "538,90"],
        ["KF 2208-402871", "Paulsen, Hauke", "HEI-HP 2", "SF 3", "894,10"]], sep="\t")])

M("N", "de", "insurer-to-customer", "trap: appointment confirmation for a consultation at a branch, no contract data",
  frm=ADDR("falk"), to="Tim Obermeier <tim.obermeier@gmx.example>",
  subj="Terminbestätigung Beratung 28.04., 17:00 Uhr", date="2026-04-21 15:30",
  body="""Hallo Herr Obermeier,

gern bestätige ich unseren Termin am Dienstag, 28.04., um 17:00 Uhr in unserer Agentur am Neumarkt 3. Wir sprechen über Ihre Altersvorsorge und Absicherung der Arbeitskraft.

Bringen Sie gern Ihre Renteninformation mit, falls vorhanden.

Bis dann!
Bernd Falk""", sig=None)

M("S", "en", "insurer-to-customer", "English: named customer's care allowance abroad (Spain), care level and dementia",
  frm=ADDR("yilmaz"), to="Mrs Carmen Reuter-Gómez <carmen.rg@telefonica.example>", lang="en",
  subj="Care benefits for your mother in Spain", date="2026-04-22 10:00",
  body="""Dear Mrs Reuter-Gómez,

thank you for your question. Your mother, Mrs Ingrid Reuter, continues to receive the care allowance from her private long-term care insurance (PPV 0081-30102) while she lives with you in Alicante, as the EU rules allow this.

Care level 3 (moderate dementia, mobility restrictions): EUR 599 per month, paid to the German account as before.

Benefits in kind (home care service) cannot be paid abroad. A reassessment will be carried out by a doctor in Spain on our behalf; we will contact you about the date.

Kind regards""", sig="yilmaz")

M("C", "de", "insurer-to-customer", "named customer's glass breakage claim (household) with address, no injury",
  frm=ADDR("demir"), to="Elke Rasmussen <elke.rasmussen@t-online.example>",
  subj="Glasbruch Ceranfeld – Schaden 26-GL-000388", date="2026-04-22 12:30",
  body="""Hallo Frau Rasmussen,

ärgerlich, wenn das Ceranfeld springt! Aus Ihrer Glasversicherung (Teil des Hausratvertrags HR 6610-060014, Adresse Flensburger Str. 9, 24837 Schleswig) übernehmen wir den Austausch.

Sie können einen Handwerker Ihrer Wahl beauftragen; bis 800 € brauchen wir keinen Kostenvoranschlag. Schicken Sie uns danach einfach die Rechnung und ein Foto des Sprungs.

Viele Grüße""", sig="demir", sigstyle="short")

M("N", "de", "internal", "trap: pivot-style aggregate of dental claims by GOZ number, no persons",
  frm=ADDR("wendland"), to=ADDR("brinkmann"),
  subj="Auswertung GOZ-Positionen 2025 für ZahnPlus-Kalkulation", date="2026-04-22 15:00",
  body="""Hallo Ole,

hier die gewünschte Auswertung (alle Zahnzusatztarife, Rechnungen 2025):

[[g]]

Die 2197 taucht in 38 % der Füllungsrechnungen auf, meist mit Faktor 2,3. Analogpositionen (z. B. 2197a) machen 1,2 % des Volumens aus.

Gruß Tobias""", sig=None,
  tables={"g": ([["GOZ-Nr.", "Leistung", "Anzahl", "Ø Betrag €"], ["1040", "Professionelle Zahnreinigung", "184.220", "98,40"],
                 ["2200", "Vollkrone", "41.007", "402,10"], ["9010", "Implantat", "12.884", "1.018,60"],
                 ["2410", "Wurzelkanalaufbereitung", "29.611", "121,30"]], "pad")})

M("S", "de", "insurer-to-customer", "base64 body: named customer's medication list for chronic condition reimbursement",
  frm=ADDR("roth"), to="Jürgen Maaßen <juergen.maassen@t-online.example>", cte="base64",
  subj="Dauermedikation – vereinfachte Einreichung", date="2026-04-23 09:00",
  body="""Sehr geehrter Herr Maaßen,

Sie haben gefragt, ob Sie Ihre Dauermedikation nicht jedes Mal einzeln einreichen müssen. Für folgende Arzneimittel haben wir eine Dauerzusage bis 31.12.2026 hinterlegt; Ihre Apotheke kann direkt mit uns abrechnen:

– Levodopa/Benserazid 100/25 mg, 3×täglich
– Pramipexol 0,7 mg retard, 1×täglich
– Rasagilin 1 mg, 1×täglich

Die Zusage gilt für die von Ihrem Neurologen Dr. Fuchs verordneten Mengen.

Mit freundlichen Grüßen
Vanessa Roth""", sig=None)

M("N", "en", "newsletter", "trap: English broker newsletter on company pension regulation changes",
  frm="Broker News <makler-info@versicherer.example>", to="broker-news-en@lists.versicherer.example", lang="en",
  subj="Broker news: occupational pensions 2026 – what changes for employers", date="2026-04-23 07:00",
  body="""Dear partners,

the second Company Pension Strengthening Act (Betriebsrentenstärkungsgesetz II) changes a few things in 2026:

* employer subsidy for low earners: income limit raised to EUR 3,000/month
* opt-out models now possible for employers without a collective agreement
* tax-free contribution limit stays at 8 % of the social security ceiling

Our updated calculators are online in the broker portal. Webinar dates: 12 May and 9 June.

Your broker team""", client="system")

M("C", "en", "insurer-to-customer", "English: professional indemnity renewal of a named freelancer with declared fee income",
  frm=ADDR("oltmanns"), to="Ms Ingrid Solberg <ingrid.solberg@freelance-design.example>", lang="en",
  subj="Professional indemnity – your annual fee income", date="2026-04-23 11:30",
  body="""Dear Ms Solberg,

for the renewal of your professional indemnity policy VH 3302-00577 (graphic design, freelancer) we need your fee income for 2025. Last year you declared EUR 68,000. If your 2025 income exceeded EUR 80,000, the premium would move to the next band (EUR 412 instead of EUR 348).

A short e-mail with the figure is enough; we may ask for your tax assessment later.

Kind regards""", sig="oltmanns", sigstyle="short")

M("S", "de", "insurer-to-lawyer", "recourse: liability insurer's lawyer; named injured child's medical treatment after dog bite",
  frm=ADDR("schreiber"), to="RAin Dr. Birgit Hennecke <hennecke@hennecke-law.example>",
  subj="Regress / Ihr Zeichen 412/25 – Kind Leon Ahrens", date="2026-04-24 10:00",
  body="""Sehr geehrte Frau Kollegin Dr. Hennecke,

die Krankenkasse des Kindes Leon Ahrens (geb. 2019-08-14) macht bei uns Regress wegen der Behandlungskosten nach dem Hundebiss vom 22.09.2025 geltend: stationäre Behandlung in der Kinderchirurgie (Gesichtsverletzung, plastische Wundversorgung, OPS 5-900.04) sowie ambulante Nachsorge, zusammen 8.412,66 €.

Da die Haftung Ihres Mandanten als Halter nicht streitig ist, werden wir die Forderung der Kasse ausgleichen. Zu den Schmerzensgeldansprüchen der Eltern kommen wir nach Vorliegen des kinderpsychologischen Berichts zurück.

Mit freundlichen kollegialen Grüßen""", sig="schreiber")

M("N", "de", "insurer-to-customer", "trap: general answer to a question about tax deductibility of insurance premiums, no data",
  frm=ADDR("kowalski"), to="Ralf Tischendorf <ralf.tischendorf@web.example>",
  subj="AW: Steuer – welche Versicherungen kann ich absetzen?", date="2026-04-24 13:15",
  body="""Hallo Herr Tischendorf,

allgemein gilt: Beiträge zur Basis-Krankenversicherung und Pflegepflichtversicherung sind voll als Sonderausgaben abziehbar. Haftpflicht, Unfall und Berufsunfähigkeit gehören zu den "sonstigen Vorsorgeaufwendungen" – die wirken sich wegen des Höchstbetrags (1.900 € bzw. 2.800 €) oft nicht mehr aus. Hausrat und Kfz-Kasko sind privat nicht absetzbar.

Für eine verbindliche Auskunft wenden Sie sich bitte an Ihren Steuerberater – eine Steuerberatung dürfen wir nicht leisten.

Viele Grüße""", sig="kowalski", sigstyle="short")

M("S", "en", "doctor", "forward of a doctor's English report on named expat's cancer treatment",
  frm=ADDR("ashworth"), to=ADDR("hasselbach"), lang="en",
  subj="FW: treatment plan Mr Whitmore – oncology Singapore", date="2026-04-24 15:40",
  body="""Ulrike, could you have a look whether proton therapy is medically necessary here? The cost estimate is SGD 120k. Thanks, Claire

""" + FW("Dr. Wei Lin Tan <wltan@oncology-centre.example>", "Fri, 24 Apr 2026 14:55", "expat-claims@versicherer.example",
         "treatment plan Mr Whitmore – oncology Singapore", """Dear colleagues,

re: Mr Graham Whitmore, DOB 02/09/1966, policy IHP 0044-8120

Diagnosis: adenocarcinoma of the prostate (C61), Gleason 4+3=7, PSA 14.2, cT2c N0 M0.
Plan: androgen deprivation (leuprorelin 22.5 mg 3-monthly) for 6 months plus proton beam therapy, 20 fractions, starting 18 May 2026.
Alternative: IMRT (photons) – cost approx. SGD 45k.

We kindly request a guarantee of payment.

Dr Wei Lin Tan, Radiation Oncology""", lang="en"), sig=None)

M("N", "en", "internal", "trap: English note on DSAR (subject access request) process with template placeholders",
  frm=ADDR("meier"), to="Customer Service Leads <cs-leads@versicherer.example>", lang="en",
  subj="Subject access requests – new template and deadline tracking", date="2026-04-27 09:00",
  body="""Hi all,

from May all subject access requests (Art. 15 GDPR) go through the DSAR queue in the CRM. Reply template:

"Dear {{salutation}} {{last_name}}, we have received your request of {{request_date}} for access to your personal data. We will send you a copy of the data we process about you, including {{data_categories}}, by {{deadline}}."

Note: health data in the copy may only be sent via the secure portal, never by normal e-mail.

Deadline: one month, extendable by two months for complex cases.

Thomas""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's liability claim: damaged borrowed camera, third party named, no injury",
  frm=ADDR("oltmanns"), to="Marvin Kessler <marvin.kessler@gmx.example>",
  subj="Geliehene Kamera – Ihr Haftpflichtschaden PH-26-006120", date="2026-04-27 10:45",
  body="""Hallo Herr Kessler,

gute Nachricht: Ihr Tarif PH Komfort (Vertrag PH 2231-177402) deckt auch Schäden an geliehenen Sachen. Für die Kamera Ihres Freundes Jonas Reimer, die Ihnen am 11.04. beim Wandern heruntergefallen ist, zahlen wir den Zeitwert.

Herr Reimer hat die Kamera (Canon EOS R6, gekauft 2022 für 2.499 €) im Fachgeschäft prüfen lassen: Totalschaden. Zeitwert laut Tabelle: 1.350 €. Wir überweisen an Herrn Reimer, sobald er uns seine Bankverbindung mitteilt.

Viele Grüße""", sig="oltmanns", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: mail to the ombudsman about statistics of complaints, aggregate",
  frm=ADDR("lorenz"), to="Geschäftsstelle <info@ombudsmann-pkv-example.example>",
  subj="Jahresmeldung Beschwerdestatistik 2025", date="2026-04-27 14:00",
  body="""Sehr geehrte Damen und Herren,

wie jedes Jahr unsere Beschwerdestatistik für 2025 (Krankenversicherung):

Beschwerden gesamt: 1.812 (Vorjahr 1.640)
davon Leistungsablehnung: 944, Beitragsanpassung: 512, Service/Erreichbarkeit: 356
Beschwerden über den Ombudsmann: 118, davon zu Gunsten der Kunden entschieden: 21

Die Einzelfälle sind bei Ihnen bekannt; die Übersicht enthält keine personenbezogenen Angaben.

Mit freundlichen Grüßen
Daniela Lorenz""", sig=None)

M("S", "de", "insurer-to-customer", "accident insurance: named customer's hospital daily allowance after car accident (personal line)",
  frm=ADDR("albrecht"), to="Sandra Pietsch <sandra.pietsch@web.example>",
  subj="Krankenhaustagegeld aus Ihrer Unfallversicherung", date="2026-04-28 09:20",
  body="""Liebe Frau Pietsch,

nach Ihrem Verkehrsunfall am 04.04.2026 waren Sie laut Bescheinigung vom 04.04. bis 15.04. im Klinikum Dortmund (12 Tage). Aus Ihrer Unfallversicherung UV 4410-360033 zahlen wir das Unfall-Krankenhaustagegeld von 50 € täglich, zusammen 600 €, sowie das Genesungsgeld in gleicher Höhe.

Wenn nach dem Unfall eine dauerhafte Beeinträchtigung bleiben sollte, melden Sie das bitte spätestens 15 Monate nach dem Unfall mit ärztlichem Attest.

Gute Besserung!""", sig="albrecht", sigstyle="short")

M("N", "en", "insurer-to-partner", "trap: English auditor request list for annual audit, no person data",
  frm=ADDR("morgan"), to="Audit Team <insurance-audit@big4-example.example>", lang="en",
  subj="Annual audit 2025 – PBC list status", date="2026-04-28 11:00",
  body="""Dear Ms Greaves,

status of the prepared-by-client list:

1. Claims reserves health (IBNR triangles) – uploaded
2. Premium deficiency test life – uploaded
3. Sample of 40 paid claims – we will provide pseudonymised extracts; original files can be viewed on site only, as they contain health data.
4. IT general controls evidence – due 8 May

Please let me know if you need anything else.

Best regards
James Morgan""", sig=None)

M("C", "en", "broker", "English broker mail quoted: named client's yacht insurance with value and berth",
  frm=ADDR("osei"), to="Sarah Whitman <sarah.whitman@marine-brokers.example>", lang="en",
  subj="RE: Yacht cover for Mr Henriksen – renewal", date="2026-04-28 14:30",
  body="""Hi Sarah,

renewal terms for Mr Henriksen's yacht are unchanged: agreed value EUR 340,000, deductible EUR 2,500, navigation area Baltic and North Sea. Premium EUR 3,196.

Policy YA 8801-00212 will be renewed on 1 May unless he tells us otherwise.

Best,
Daniel""", sig=None,
  quote=OQ("Sarah Whitman", "Tuesday, 28 April 2026 12:02", "Osei, Daniel", "Yacht cover for Mr Henriksen – renewal",
           """Daniel,
my client Erik Henriksen (Kiel) asks whether the terms for his Hallberg-Rassy 44 "Nordlys" (berth Kiel-Schilksee, pier B 21) stay the same for 2026/27. He also wants to add his son Mads (born 14/03/1999) as skipper.
Sarah""", lang="en"))

M("N", "de", "internal", "trap: legal department newsletter about a BGH ruling on premium adjustments, no customer",
  frm=ADDR("schreiber"), to="Rechtsinfo <rechtsinfo@versicherer.example>",
  subj="Rechtsprechungs-Update April 2026", date="2026-04-29 08:30",
  body="""Liebe Kolleginnen und Kollegen,

zwei Entscheidungen für unsere Praxis:

1. BGH, Urteil vom 18.03.2026 – IV ZR 44/25: Die Mitteilung der Gründe einer Beitragsanpassung in der PKV muss die maßgebliche Rechnungsgrundlage nennen; die Angabe des Schwellenwerts genügt.

2. OLG Hamm, Beschluss vom 02.02.2026 – 20 U 188/25: Keine Anzeigepflichtverletzung, wenn im BU-Antrag nach "Behandlungen" gefragt wird und der Antragsteller lediglich eine einmalige Vorsorgeuntersuchung nicht angibt.

Viele Grüße
Carola Schreiber""", sig=None)

M("S", "en", "insurer-to-customer", "English: named customer's premium increase due to tariff change in PKV (personal line) with birth year",
  frm=ADDR("roth"), to="Mr Frederik Janssen <frederik.janssen@ziggo.example>", lang="en",
  subj="Your request to change tariff (section 204 VVG)", date="2026-04-29 10:20",
  body="""Dear Mr Janssen,

thank you for your request. For you (born 1961, insured since 1998 under KV 1190-128004) we can offer the following tariff change within our company without a new health assessment, as the benefits are equivalent or lower:

Current: Premium Plus 2000, monthly EUR 921.40
Option A: Komfort 2018 with EUR 1,200 deductible – EUR 684.12
Option B: Komfort 2018 with EUR 600 deductible – EUR 742.55

Please note: any additional benefits in the new tariff would need a health check or an exclusion.

Kind regards""", sig="roth", sigstyle="short")

M("C", "de", "insurer-to-customer", "windows-1252 mail: named customer's motor contract change with new plate and mileage",
  frm=ADDR("engel"), to="Günter Wöllner <g.woellner@t-online.example>", charset="windows-1252",
  subj="Fahrzeugwechsel – Ihr neuer Versicherungsschein", date="2026-04-29 13:40",
  body="""Sehr geehrter Herr Wöllner,

den Fahrzeugwechsel haben wir zum 27.04.2026 durchgeführt:

Alt: Mercedes-Benz B 180, LIP-GW 66 (abgemeldet)
Neu: Škoda Enyaq 85, LIP-GW 66E
Jährliche Fahrleistung: bis 12.000 km
Vertrag: KF 2208-590441, SF 31 (KH) / SF 27 (VK)

Der neue Jahresbeitrag beträgt 689,20 €. Der Versicherungsschein kommt per Post.

Mit freundlichen Grüßen""", sig="engel")

M("N", "de", "insurer-to-customer", "trap: notification that a new document is in the portal, no content, no document type",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="m.hinrichs@gmx.example",
  subj="Neues Dokument in Ihrem Postfach", date="2026-04-30 06:15", client="system",
  body="""Guten Tag,

in Ihrem sicheren Postfach liegt ein neues Dokument. Aus Datenschutzgründen senden wir den Inhalt nicht per E-Mail.

Zum Postfach: https://securemail.versicherer.example/login

Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.""")

M("S", "de", "company", "employer's HR sends sick note info on employee for group daily sickness allowance (bKV)",
  frm=ADDR("paulsen"), to="bKV Service <bkv-service@versicherer.example>",
  subj="WG: Krankentagegeld Frau Ademi – Gruppenvertrag", date="2026-04-30 09:00",
  body="""Bitte prüfen, GV-KT 2201-004. HP

""" + FW("Lohnbüro Malerbetrieb Gerlach <lohn@maler-gerlach.example>", "30.04.2026 08:32", "henrik.paulsen@versicherer.example",
         "Krankentagegeld Frau Ademi", """Hallo Herr Paulsen,

unsere Mitarbeiterin Arta Ademi ist seit 09.03. arbeitsunfähig (Schwangerschaftskomplikationen, Beschäftigungsverbot vom Frauenarzt ab 20.04.). Die Entgeltfortzahlung endet am 19.04. Zahlt jetzt Ihr Gruppen-Krankentagegeld oder die Krankenkasse (Mutterschutzlohn)?

Ihr Bruttogehalt: 2.950 €.

Viele Grüße
Lohnbüro Gerlach"""), sig=None)

M("N", "en", "internal", "trap: English travel policy for staff business trips, generic",
  frm=ADDR("weiss"), to="all-staff-cologne@versicherer.example", lang="en",
  subj="Updated business travel policy 2026", date="2026-04-30 12:00",
  body="""Dear colleagues,

the updated business travel policy is now in the intranet. Main changes:

- Rail first class for trips over 4 hours
- Travel health insurance for business trips abroad is provided automatically through our group policy – you don't need to do anything
- For trips to high-risk countries, please contact the company doctor 6 weeks in advance

Nadine Weiß, HR""", sig=None)

M("C", "de", "insurer-to-assessor", "assessor for a motor total loss: named owner, plate, VIN, no injuries",
  frm=ADDR("brenner"), to="Kfz-Sachverständigenbüro Lenz <gutachten@sv-lenz.example>",
  subj="Gutachten Totalschaden 26-KF-016233", date="2026-05-04 08:30",
  body="""Hallo Herr Lenz,

bitte begutachten Sie:

Halterin: Petra Wollmann, Am Bach 2, 33098 Paderborn, Tel. 05251 880214
Fahrzeug: Toyota Yaris Hybrid, PB-PW 119, FIN VNKKH3D300A123987, EZ 04/2021
Schaden: Hagelschaden 30.04.2026, zahlreiche Dellen, Frontscheibe gebrochen
Standort: Autohaus Kleine, Paderborn

Bitte Wiederbeschaffungswert und Restwert ermitteln, voraussichtlich wirtschaftlicher Totalschaden.

Gruß Markus Brenner""", sig=None)

M("S", "de", "insurer-to-doctor", "query to GP about named applicant's alcohol consumption note (underwriting)",
  frm=ADDR("hasselbach"), to="Praxis Dr. Lemmer <info@praxis-lemmer.example>",
  subj="Rückfrage zu Ihrem Attest – Antragsteller Herr D. Wolters", date="2026-05-04 10:30",
  body="""Sehr geehrter Herr Kollege Lemmer,

vielen Dank für das Attest zu Herrn Dirk Wolters (geb. 23.10.1977). Sie erwähnen erhöhte Leberwerte (GGT 188 U/l) und einen "früher erhöhten Alkoholkonsum".

Für die Risikoprüfung seines Lebensversicherungsantrags bitte ich um kurze Ergänzung: Besteht eine Alkoholabhängigkeit (F10.2) oder ein schädlicher Gebrauch (F10.1)? Seit wann ist Herr Wolters abstinent, gab es eine Entwöhnungsbehandlung?

Eine Schweigepflichtentbindung liegt vor. Für die Auskunft vergüten wir GOÄ Nr. 75.

Mit kollegialen Grüßen
Dr. med. Ulrike Hasselbach""", sig=None)

M("N", "de", "insurer-to-supplier", "trap: complaint to a printer about misprinted brochures (health product), order number",
  frm=ADDR("baumann"), to="Druckerei Vollmer <auftrag@druckerei-vollmer.example>",
  subj="Reklamation Auftrag 26-0331 – Broschüre Pflege", date="2026-05-04 13:00",
  body="""Sehr geehrter Herr Vollmer,

bei der Broschüre "Pflegebedürftig – was nun?" (Auftrag 26-0331, 20.000 Exemplare) ist auf Seite 7 die Tabelle mit den Leistungen je Pflegegrad verrutscht: Bei Pflegegrad 4 und 5 stehen die Werte aus 2024. Die Druckfreigabe zeigt die korrekten Werte.

Bitte drucken Sie die Auflage auf Ihre Kosten neu und holen Sie die fehlerhaften Exemplare ab.

Mit freundlichen Grüßen
Julia Baumann""", sig=None)

M("C", "en", "insurer-to-customer", "English: named tenant's rent deposit guarantee with landlord, address and amount",
  frm=ADDR("kowalski"), to="Ms Sophie Laurent <sophie.laurent@free.example>", lang="en",
  subj="Your rent deposit guarantee MK 9920-07713", date="2026-05-04 15:10",
  body="""Dear Ms Laurent,

your rent deposit guarantee has been issued:

Tenant: Sophie Laurent
Landlord: Hausverwaltung Kranich GmbH, for the flat Brüsseler Str. 77, 3rd floor left, 50674 Cologne
Guarantee amount: EUR 3,150 (three months' basic rent)
Annual fee: EUR 141.75

The original guarantee certificate has been sent to your landlord.

Kind regards
Lena Kowalski""", sig=None)

M("N", "en", "insurer-to-customer", "trap: English reply about opening hours and how to submit documents, no data",
  frm=ADDR("kowalski"), to="john.peterson@yahoo.example", lang="en",
  subj="RE: how to send documents?", date="2026-05-05 09:10",
  body="""Dear Mr Peterson,

you can send us documents in three ways:

1. through the customer app (photo upload),
2. via our secure mailbox – reply to any secure message from us,
3. by post to Versicherer, Rheinuferstrasse 12, 50667 Cologne.

Please don't send medical documents or bank details by ordinary e-mail. Our phone lines are open Mon–Fri 8 am to 8 pm.

Best regards,
Lena Kowalski""", sig=None)

M("S", "de", "insurer-to-customer", "care insurance: named customer's home modification (barrier-free bathroom) due to care level",
  frm=ADDR("yilmaz"), to="Wilhelm Ortmann <w.ortmann@gmx.example>",
  subj="Zuschuss Badumbau – wohnumfeldverbessernde Maßnahme", date="2026-05-05 11:00",
  body="""Sehr geehrter Herr Ortmann,

für den Umbau Ihres Badezimmers (bodengleiche Dusche, Haltegriffe, erhöhtes WC) zahlen wir einen Zuschuss von 4.180 € (Höchstbetrag) aus der Pflegepflichtversicherung.

Voraussetzung ist erfüllt: Sie sind seit Januar in Pflegegrad 2 eingestuft, und der Umbau erleichtert die häusliche Pflege durch Ihre Frau erheblich, wie der Gutachter nach Ihrem Sturz festgestellt hat.

Bitte schicken Sie uns die Schlussrechnung des Sanitärbetriebs.

Mit freundlichen Grüßen""", sig="yilmaz")

M("N", "de", "internal", "trap: anonymised complaint analysis with age bands only",
  frm=ADDR("lorenz"), to=ADDR("kroeger"),
  subj="Beschwerdeanalyse Heilpraktiker – anonymisiert", date="2026-05-05 14:20",
  body="""Hallo Sabine,

wie besprochen die Auswertung der Beschwerden zu Heilpraktikerrechnungen im 1. Quartal (anonymisiert, ohne Namen und Vertragsnummern):

- 46 Beschwerden, davon 31 Frauen, 15 Männer
- Alter: 30–39 (12), 40–49 (17), 50–59 (11), 60+ (6)
- häufigster Grund: Kürzung nach GebüH-Höchstsatz (28), fehlende Diagnose auf der Rechnung (11)

Vorschlag: Info-Blatt für Kunden "So muss eine Heilpraktikerrechnung aussehen".

Gruß Daniela""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's legal expenses: inheritance advice after father's death (no health)",
  frm=ADDR("lindqvist"), to="Beate Schomburg <beate.schomburg@gmx.example>",
  subj="Erstberatung Erbrecht – Kostenübernahme", date="2026-05-05 16:00",
  body="""Liebe Frau Schomburg,

mein Beileid zum Tod Ihres Vaters. Für eine anwaltliche Erstberatung im Erbrecht übernehmen wir aus Ihrem Rechtsschutzvertrag RS 5590-70288 bis zu 250 € (Beratungs-Rechtsschutz im Familien- und Erbrecht). Ein Gerichtsverfahren, etwa wegen des Pflichtteils, ist nicht versichert.

Sie können den Anwalt frei wählen; die Rechnung schicken Sie uns dann bitte zu.

Viele Grüße""", sig="lindqvist", sigstyle="short")

M("S", "en", "customer", "English: customer's portal message about child's ADHD medication (relay)",
  frm="Customer Portal <portal-relay@versicherer.example>", to="Health Claims <leistung-kranken@versicherer.example>", lang="en",
  subj="New message from the customer portal – KV 2203-955410", date="2026-05-06 20:30", client="system",
  body="""New message via the customer portal
Sender (logged in): Rachel Novak
Contract: KV 2203-955410
Category: General question

--- Message ---
Hi, my son Adam (9, co-insured) was diagnosed with ADHD by the child psychiatrist in March and now takes methylphenidate 10 mg in the mornings. The pharmacy receipts from April were only refunded at 80 %. Is that because of my deductible, or is the medication not fully covered? Also, will you cover the parent training course the psychiatrist recommended (about 600 EUR)?
Thanks, Rachel""")

M("N", "en", "internal", "trap: English Slack-like mail about a broken build, mentions 'patient' as code variable",
  frm=ADDR("raman"), to="Dev Team Claims <dev-claims@versicherer.example>", lang="en",
  subj="Build broken: PatientInvoiceParser tests failing", date="2026-05-07 08:45",
  body="""Morning,

the nightly build is red: PatientInvoiceParserTest.testGoaFactorAbove35 fails since yesterday's merge. The test fixture invoice (synthetic, "Patient Testfall 01") now has factor 3.6 for GOÄ 1 and the parser throws instead of flagging.

Whoever merged PR #2281, please have a look. Don't copy real invoices into the fixtures to reproduce – use the generator.

Priya""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's household insurance: underinsurance waiver calculation with flat size and insured sum",
  frm=ADDR("demir"), to="Corinna Lamprecht <corinna.lamprecht@outlook.example>",
  subj="Hausrat: Versicherungssumme angepasst", date="2026-05-07 10:10",
  body="""Hallo Frau Lamprecht,

nach Ihrem Umzug in die größere Wohnung (Lortzingstraße 5, 04105 Leipzig, 96 m²) haben wir die Versicherungssumme Ihres Hausratvertrags HR 6610-066205 angepasst: 96 m² × 750 € = 72.000 €. Damit gilt wieder der Unterversicherungsverzicht.

Neuer Beitrag: 11,40 € monatlich, ab Juni.

Viele Grüße""", sig="demir", sigstyle="short")

M("N", "de", "insurer-to-broker", "trap: broker asks about rules for risk pre-inquiry; answer generic",
  frm=ADDR("vogel"), to="Finanzkontor Altmann <info@finanzkontor-altmann.example>",
  subj="AW: Risikovoranfrage – wie läuft das bei Ihnen?", date="2026-05-07 13:45",
  body="""Hallo Herr Altmann,

Risikovoranfragen für BU und Leben stellen Sie bei uns über das Maklerportal (Menü "Anträge" > "Risikovoranfrage"). Wichtig:

- anonymisiert, also ohne Namen, nur Geburtsjahr, Beruf und die Gesundheitsangaben
- ärztliche Unterlagen nur als Upload im Portal, nie per E-Mail
- Antwort in der Regel innerhalb von 3 Arbeitstagen, gültig 6 Monate

Viele Grüße
Katharina Vogel""", sig=None)

M("S", "de", "insurer-to-customer", "ODT attachment: named customer's dental cost plan with tooth chart; body harmless",
  frm=ADDR("wendland"), to="Ursula Mahnke <ursula.mahnke@web.example>",
  subj="Unsere Stellungnahme zum Kostenplan", date="2026-05-07 15:30",
  body="""Liebe Frau Mahnke,

anbei unsere Stellungnahme zum Heil- und Kostenplan (als Textdokument). Bei Fragen rufen Sie mich gern an.

Viele Grüße
Tobias Wendland""", sig=None,
  att=[ODT("Stellungnahme_HKP_Mahnke.odt", [("h", "Stellungnahme zum Heil- und Kostenplan vom 28.04.2026"),
        "Versicherte: Ursula Mahnke, Vertrag ZP 8800-41177 (ZahnPlus 70)",
        ("t", [["Zahn", "Befund", "Geplante Versorgung", "Erstattung"], ["14–16", "fehlend (f)", "Brücke 14-16, vollkeramisch", "70 % nach Vorleistung GKV"],
               ["24", "kariös, Wurzelrest (ww)", "Extraktion, Implantat", "70 %"], ["OK", "Parodontitis Stadium II", "PAR-Behandlung vorab", "70 %"]]),
        "Hinweis: Die Parodontitisbehandlung muss vor der prothetischen Versorgung abgeschlossen sein. Voraussichtliche Erstattung gesamt: 3.412,00 EUR."])])

M("N", "en", "insurer-to-partner", "trap: English conference call agenda with a reinsurer on pricing, no person",
  frm=ADDR("okafor"), to="Pricing Team <pricing@scor-example.example>", lang="en",
  subj="Agenda – BU repricing call 12 May", date="2026-05-08 09:00",
  body="""Dear all,

agenda for Tuesday's call:

1. Incidence trend 2021–2025 by occupational class (our data, aggregated)
2. Mental health claims: duration and recovery rates
3. Proposed loadings for class 3 and 4
4. Timeline for the 2027 tariff

Please send your slides by Monday noon.

Chidi Okafor""", sig=None)

M("C", "en", "insurer-to-customer", "English: named customer's premium reminder for legal expenses with IBAN mention",
  frm=ADDR("becker"), to="Mr Thomas Greene <thomas.greene@gmx.example>", lang="en",
  subj="Reminder: premium due for policy RS 5590-80114", date="2026-05-08 10:30",
  body="""Dear Mr Greene,

we could not collect your annual legal expenses premium of EUR 298.70 from your account """ + IB("DE", "100100100123456789") + """ – the bank returned the direct debit with "no mandate".

Please pay within two weeks to avoid losing cover, or send us a new SEPA mandate.

Kind regards
Premium Collection""", sig=None)

M("S", "de", "insurer-to-customer", "mobile reply to a customer: only quoted text contains pregnancy complications",
  frm=ADDR("roth"), to="Lisa Hamann <lisa.hamann@icloud.example>", client="mobile",
  subj="AW: Frage", date="2026-05-08 18:12",
  body="""Hallo Frau Hamann, ja, das zahlen wir. Ich melde mich Montag ausführlich. LG V. Roth""",
  quote=Q("""Hallo Frau Roth, kurze Frage: wegen der Zervixinsuffizienz soll ich ab nächster Woche liegen und bekomme Progesteron-Zäpfchen (Utrogest 200). Die Frauenärztin will außerdem eine Cerclage machen. Zahlt die Versicherung das? Danke! Lisa Hamann (KV 2203-960018)"""))

M("N", "de", "internal", "trap: team mail about a colleague's sick leave without reason (organisational)",
  frm=ADDR("brenner"), to="Team Kfz-Schaden <team-kfz@versicherer.example>",
  subj="Vertretung diese Woche", date="2026-05-11 08:05",
  body="""Moin zusammen,

Jessica fällt diese Woche aus. Ihre Post verteile ich heute auf Dennis und Aleyna, dringende Sachen bitte direkt an mich.

Danke euch!
Markus""", sig=None)

M("C", "de", "insurer-to-customer", "iso-8859-1 mail: named customer's hunting liability with weapon licence number",
  frm=ADDR("oltmanns"), to="Hubertus von Ahlefeldt <h.ahlefeldt@jagd-online.example>", charset="iso-8859-1",
  subj="Jagdhaftpflicht – Bestätigung für die Jagdbehörde", date="2026-05-11 10:00",
  body="""Sehr geehrter Herr von Ahlefeldt,

für die Verlängerung Ihres Jagdscheins bestätigen wir:

Versicherungsnehmer: Hubertus von Ahlefeldt, geb. 02.02.1958, Gut Ahlefeldt, 24340 Eckernförde
Jagdhaftpflicht JH 4401-00719, Deckungssumme 5 Mio. EUR pauschal für Personen- und Sachschäden
gültig bis 31.03.2027

Waffenbesitzkarte Nr. 0412/1998 (Kreis Rendsburg-Eckernförde) ist uns bekannt.

Mit freundlichen Grüßen""", sig="oltmanns")

M("N", "en", "insurer-to-customer", "trap: English satisfaction survey invitation after a service contact, no details",
  frm="Versicherer Feedback <feedback@versicherer.example>", to="a.kumar@outlook.example", lang="en",
  subj="How did we do? 2 minutes of your time", date="2026-05-11 12:00", client="system",
  body="""Hello,

you recently had contact with our customer service. We'd love to hear how it went. The survey takes about two minutes and is anonymous:

https://feedback.versicherer.example/s/7QhT2

Thank you!
Your Versicherer team""")

M("S", "de", "insurer-to-customer", "named customer's Heilpraktiker invoice with GebüH positions and diagnosis",
  frm=ADDR("nowak"), to="Tanja Müller-Lüdenscheidt <tanja.ml@gmx.example>",
  subj="Ihre Heilpraktikerrechnung Frau Stiller", date="2026-05-12 09:20",
  body="""Hallo Frau Müller-Lüdenscheidt,

Heilpraktikerleistungen sind in Ihrem Tarif mitversichert (bis 1.000 € im Jahr, 80 %). Die Rechnung von Frau Stiller über 468 € haben wir so erstattet:

GebüH 1 (Anamnese), 4 (Untersuchung): 48,00 €
GebüH 26.1 Akupunktur, 6× à 40 €: 240,00 €
GebüH 24.3 Eigenbluttherapie: 20,00 € (Rechnung: 40 €; Höchstsatz 20 €)
Diagnose laut Rechnung: Migräne ohne Aura (G43.0), Hashimoto-Thyreoiditis

Erstattung: 80 % von 308 € = 246,40 €.

Viele Grüße
Carla Nowak""", sig=None)

M("N", "de", "insurer-to-customer", "trap: generic answer to a question about cancellation periods, no contract",
  frm=ADDR("kowalski"), to="Svenja Otto <svenja.otto@gmx.example>",
  subj="AW: Kündigungsfrist", date="2026-05-12 11:30",
  body="""Hallo Frau Otto,

die meisten unserer Sachversicherungen (Hausrat, Haftpflicht, Wohngebäude) können Sie mit einer Frist von drei Monaten zum Ende des Versicherungsjahres kündigen. Nach einem Schaden haben beide Seiten ein Sonderkündigungsrecht von einem Monat.

Wenn Sie mir Ihre Vertragsnummer nennen, sage ich Ihnen das genaue Datum.

Viele Grüße
Lena Kowalski""", sig=None)

M("C", "en", "insurer-to-company", "English: fleet claim list of a company with named drivers and plates, no injuries (XLSX)",
  frm=ADDR("engel"), to="Mr Ole Halvorsen <fleet@nordlicht-logistik.example>", lang="en",
  subj="Fleet FL 2210-0042 – claims list Jan–Apr 2026", date="2026-05-12 14:00",
  body="""Dear Mr Halvorsen,

as requested, the claims list for your fleet for January to April. None of the claims involved personal injury.

Best regards
Rüdiger Engel""", sig=None,
  att=[XLSX("Claims_FL2210-0042_2026-01-04.xlsx", {"Claims": [["Claim no.", "Date", "Plate", "Driver", "Type", "Paid EUR", "Reserve EUR"],
        ["26-KF-010022", "2026-01-14", "HH-NL 117", "Kevin Schuster", "reversing into gate", 1840, 0],
        ["26-KF-012901", "2026-02-20", "HH-NL 104", "Marcel Dreyer", "mirror, third party", 412, 0],
        ["26-KF-015337", "2026-04-03", "HH-NL 121", "Jana Ruhnke", "rear-end collision, third party vehicle", 0, 6500]]})])

M("N", "de", "newsletter", "trap: dental newsletter with tips on children's teeth and fluoride, no persons",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="zahn@lists.versicherer.example",
  subj="Gesunde Kinderzähne: Fluorid, Versiegelung, Zahnspange", date="2026-05-13 07:00",
  body="""Liebe Eltern,

wussten Sie, dass über 40 % der Kinder zwischen 11 und 14 Jahren eine kieferorthopädische Behandlung brauchen? In diesem Newsletter:

• Ab wann Fluorid-Zahnpasta? Die aktuelle Empfehlung der Fachgesellschaften
• Fissurenversiegelung: Kassenleistung für die Backenzähne 6 und 7
• KIG-Einstufung: Wann die gesetzliche Kasse die Zahnspange zahlt – und wann nicht

Mit ZahnPlus Kids sind Kinder schon ab 4,90 € im Monat abgesichert.

Abmelden: www.versicherer.example/newsletter/abmelden""", client="system")

M("S", "en", "insurer-to-customer", "English: named customer's BU claim needs more info, mentions chemotherapy",
  frm=ADDR("stanek"), to="Mr Daniel Fuchs <daniel.fuchs@posteo.example>", lang="en",
  subj="Your disability claim BU-2026-01388 – documents needed", date="2026-05-13 10:40",
  body="""Dear Mr Fuchs,

thank you for your claim. We are sorry to hear about your diagnosis and hope the chemotherapy is going as well as it can.

To decide quickly, we need:
1. the discharge letter from the Uniklinik Essen (February 2026),
2. the current report from your oncologist including the treatment plan,
3. a description of your work as a software architect (hours, travel, tasks).

You can upload all documents through our secure portal. If it's easier, your wife can send them on your behalf – we have her power of attorney on file.

Kind regards""", sig="stanek")

M("C", "de", "lawyer", "lawyer writes about named customer's tenancy damage claim; forwarded to liability team, no injury",
  frm=ADDR("lindqvist"), to=ADDR("oltmanns"),
  subj="WG: Räumung / Schadensersatz Wohnung Gutenbergstr. – Ihr VN Herr Lamberti", date="2026-05-13 13:20",
  body="""Jens, das gehört eher zu dir (Mietsachschaden, PH), nicht Rechtsschutz. Petra

""" + FW("Kanzlei Aksoy & Brehm <post@kanzlei-aksoy-brehm.example>", "13.05.2026 11:02", "rechtsschutz@versicherer.example",
         "Räumung / Schadensersatz Wohnung Gutenbergstr.", """Sehr geehrte Damen und Herren,

unser Mandant, Herr Vermieter Rolf Kieselbach, macht gegen Ihren Versicherungsnehmer Herrn Paolo Lamberti (Vertrag PH 2231-188034) Schadensersatz für Schäden an der Wohnung Gutenbergstraße 12, 44139 Dortmund geltend: Brandfleck im Parkett (Wohnzimmer), zerbrochene Glastür, Wasserschaden im Bad durch übergelaufene Waschmaschine.

Kostenvoranschläge anbei, Gesamtbetrag 7.214,50 €.

Mit freundlichen Grüßen
Aksoy, Rechtsanwältin"""), sig=None)

M("N", "de", "internal", "trap: IT mail listing sample file names of test documents containing 'Arztbrief'",
  frm=ADDR("hoffmann"), to=ADDR("raman"),
  subj="Scanstraße: Testdokumente für Dokumentklassifikation", date="2026-05-13 16:00",
  body="""Hi Priya,

die Testdokumente für die neue Dokumentklassifikation der Scanstraße liegen im Testlaufwerk:

Arztbrief_Muster_01.pdf … Arztbrief_Muster_20.pdf
Rezept_Muster_01.pdf … Rezept_Muster_15.pdf
HKP_Muster_01.pdf … HKP_Muster_10.pdf
Kfz_Gutachten_Muster_01.pdf …

Alle aus dem Muster-Generator, Namen fiktiv ("Erika Musterfrau"), keine Echtdaten. Erkennungsquote Stand heute: 94 %.

Lukas""", sig=None)

M("S", "de", "insurer-to-customer", "named customer's life insurance health-related exclusion upon reinstatement (Wiederinkraftsetzung)",
  frm=ADDR("kraus"), to="Kerstin Blome <kerstin.blome@web.example>",
  subj="Wiederinkraftsetzung Ihrer Risikolebensversicherung", date="2026-05-14 09:15",
  body="""Sehr geehrte Frau Blome,

Ihre Risikolebensversicherung RL 8812-341120 war wegen Beitragsrückstands seit Januar beitragsfrei gestellt. Sie möchten den vollen Versicherungsschutz wiederherstellen.

Da seit der Beitragsfreistellung mehr als drei Monate vergangen sind, müssen Sie die Gesundheitsfragen erneut beantworten. Sie haben angegeben, seit Februar wegen einer Brustkrebserkrankung in Behandlung zu sein. Leider können wir den Vertrag deshalb nur in der beitragsfreien Höhe (Versicherungssumme 38.900 € statt 150.000 €) fortführen.

Wenn Sie Fragen haben, rufe ich Sie gern an.

Mit freundlichen Grüßen""", sig="kraus")

M("N", "en", "insurer-to-customer", "trap: English mailing about new app features, no customer data",
  frm="Versicherer App <app-news@versicherer.example>", to="app-users-en@lists.versicherer.example", lang="en",
  subj="New in the app: upload invoices in one go, track your refunds", date="2026-05-14 12:00", client="system",
  body="""Hello,

version 5.0 of the Versicherer app is here:

- upload several invoices and prescriptions at once
- see the status of each refund in real time
- find doctors and hospitals near you
- secure mailbox now in the app

Update now in the App Store or Google Play.

Your Versicherer team""")

M("C", "de", "insurer-to-customer", "named customer's pet liability: horse damaged a car, owner named, no injury",
  frm=ADDR("oltmanns"), to="Maren Sörensen <maren.soerensen@gmx.example>",
  subj="Pferdehalterhaftpflicht – Schaden am Auto von Herrn Kuhlmann", date="2026-05-14 14:30",
  body="""Hallo Frau Sörensen,

Ihre Stute "Fine" hat sich am 09.05. auf der Weide losgerissen und auf dem Parkplatz des Reitstalls das Auto von Herrn Bernd Kuhlmann beschädigt (Motorhaube, Kotflügel, Kennzeichen OS-BK 412). Verletzt wurden zum Glück weder Menschen noch das Pferd.

Aus Ihrer Pferdehalterhaftpflicht TH 2290-03301 regulieren wir den Schaden direkt mit Herrn Kuhlmann nach Vorlage des Kostenvoranschlags.

Viele Grüße""", sig="oltmanns", sigstyle="short")

M("S", "de", "insurer-to-customer", "addressee's hearing test and tinnitus therapy reimbursement (Ihre Behandlung)",
  frm=ADDR("roth"), to="Klaus-Dieter Wendt <kd.wendt@t-online.example>",
  subj="Ihre Tinnitus-Therapie", date="2026-05-15 09:40",
  body="""Sehr geehrter Herr Wendt,

die Rechnung der HNO-Praxis Dr. Oberländer für Ihre Tinnitus-Retraining-Therapie (Hörtest, Tonaudiometrie GOÄ 1403, 1404; Beratung; Noiser) haben wir erstattet: 612,48 €.

Die App "Tinnitus-Coach" Ihrer Ärztin ist eine digitale Gesundheitsanwendung – auch die erstatten wir, sobald Sie die Verordnung einreichen.

Mit freundlichen Grüßen
Vanessa Roth""", sig=None)

M("N", "en", "internal", "trap: English summary of a vendor demo for AI claims triage, mentions diagnoses generically",
  frm=ADDR("nowak"), to=ADDR("kroeger"), lang="en",
  subj="Notes from the AI triage demo", date="2026-05-15 15:00",
  body="""Sabine,

my notes from this morning's vendor demo:

- The tool reads invoices, extracts GOÄ numbers and ICD codes and suggests "pay / check / reject".
- Demo data was synthetic; they claim 96 % accuracy on GOÄ, 88 % on ICD codes with suffixes (G, V, Z, A).
- Weak spot: handwritten prescriptions and naturopath invoices.
- Hosting in the EU, but sub-processors in the US for the language model – a no-go for health data without our DPO's okay.

Worth a pilot? I'd say only on-premises.

Carla""", sig=None)

M("C", "de", "insurer-to-customer", "refund of a double debit to named customer's IBAN (lower case, ungrouped), liability policy",
  frm=ADDR("becker"), to="Ina Westphal <ina.westphal@posteo.example>",
  subj="Erstattung doppelter Abbuchung", date="2026-05-15 16:20",
  body="""Hallo Frau Westphal,

Sie haben recht: Der Beitrag für Ihre Privathaftpflicht PH 2231-190210 wurde im Mai versehentlich zweimal abgebucht. Die 6,85 € erstatten wir auf das Konto """ + IB("DE", "120300000012345678", group=0).lower() + """.

Entschuldigen Sie bitte den Fehler!

Viele Grüße
Hannes Becker""", sig=None)

# ---- 0227-0300 -----------------------------------------------------------

M("N", "de", "internal", "trap: DOCX template of a confidentiality release form with placeholders, blank",
  frm=ADDR("meier"), to="Leistung Leben / BU <bu-team@versicherer.example>",
  subj="Neue Schweigepflichtentbindung (Version 2026) – Vorlage", date="2026-05-18 09:00",
  body="""Liebe Kolleginnen und Kollegen,

anbei die abgestimmte Vorlage der Schweigepflichtentbindungserklärung, Version 2026 (mit dem Datenschutzverband abgestimmt). Bitte ab sofort nur noch diese verwenden; die alten Formulare im Laufwerk habe ich archiviert.

Thomas Meier""", sig=None,
  att=[DOCX("SEE_Vorlage_2026.docx", [("h", "Einwilligung und Schweigepflichtentbindung (Vorlage 2026)"),
        "Versicherte Person: «Vorname» «Nachname», geboren am «Geburtsdatum»\nVertrag: «Vertragsnummer»",
        "Ich entbinde die mich behandelnden Ärzte, Zahnärzte, Krankenhäuser, Pflegeeinrichtungen und Psychotherapeuten von ihrer Schweigepflicht, soweit die Angaben für die Prüfung der Leistungspflicht aus dem oben genannten Vertrag erforderlich sind.",
        ("t", [["Option", "Ankreuzen"], ["Einwilligung für jede Anfrage einzeln (Unterrichtung vorab)", "☐"], ["Generelle Einwilligung für diesen Leistungsfall", "☐"]]),
        "Ort, Datum, Unterschrift: ______________________"], author="Thomas Meier")])

M("C", "de", "insurer-to-customer", "PDF policy schedule of named customer's household and liability bundle with birth date; body harmless",
  frm="Versicherer Dokumentenservice <dokumente@versicherer.example>", to="Jana Küppers <jana.kueppers@gmx.example>", client="system",
  subj="Ihr Versicherungsschein", date="2026-05-18 10:00",
  body="""Guten Tag,

anbei erhalten Sie Ihren Versicherungsschein als PDF. Bitte bewahren Sie ihn gut auf.

Ihr Versicherer Dokumentenservice""",
  att=[PDF("Versicherungsschein_HR6610-070218.pdf", [("h", "Versicherungsschein – Hausrat und Privathaftpflicht"),
        "Versicherungsnehmerin: Jana Küppers, geb. 30.11.1992\nAnschrift: Aachener Straße 201, 50931 Köln",
        ("t", [["Vertrag", "Sparte", "Versicherungssumme", "Jahresbeitrag"], ["HR 6610-070218", "Hausrat", "48.000 EUR", "96,40 EUR"],
               ["PH 2231-201155", "Privathaftpflicht (Single)", "10 Mio. EUR", "62,80 EUR"]]),
        "Beginn: 01.06.2026, 0 Uhr. Zahlungsweise: jährlich per SEPA-Lastschrift von IBAN DE** **** **** **** **12 34."],
        title="Versicherungsschein", author="Versicherer Allgemeine Versicherung AG")])

M("N", "en", "insurer-to-partner", "trap: English XLSX with aggregated care-level statistics for a university study",
  frm=ADDR("brinkmann"), to="Prof. Anna Kowalski <a.kowalski@uni-research.example>", lang="en",
  subj="Data for your study on care-level transitions (aggregated)", date="2026-05-18 11:30",
  body="""Dear Professor Kowalski,

as agreed in our data-use agreement, attached are the aggregated transition counts between care levels 2019–2025. Cells with fewer than 10 persons are suppressed (marked "<10"). No individual-level data is included.

Best regards
Ole Brinkmann""", sig=None,
  att=[XLSX("care_level_transitions_2019-2025_aggregated.xlsx", {"Transitions": [["From \\ To", "CL1", "CL2", "CL3", "CL4", "CL5", "Death"],
        ["CL1", 8120, 2214, 402, 51, "<10", 310], ["CL2", "<10", 20118, 6012, 1190, 211, 2904],
        ["CL3", "<10", 88, 15402, 4011, 902, 4120], ["CL4", "<10", "<10", 64, 9012, 2201, 5133]]},
        author="Aktuariat Kranken")])

M("C", "en", "insurer-to-customer", "English: named customer's electronics insurance claim for a broken laptop with serial number",
  frm=ADDR("demir"), to="Mr Lars Pedersen <lars.pedersen@gmail.example>", lang="en",
  subj="Your gadget claim EG-26-00912 – MacBook", date="2026-05-18 14:00",
  body="""Hi Mr Pedersen,

sorry about your laptop! Liquid damage is covered under your gadget insurance GI 7740-02281. Please take the MacBook Pro (serial C02XK1ABJGH7) to an authorised repair shop for a quote. If repair costs exceed the current value (EUR 1,480 per our table), we'll pay the current value instead.

Kind regards
Aylin Demir""", sig=None)

M("N", "de", "internal", "trap: mobile mail about a car on the disabled parking space (no plate, no person)",
  frm=ADDR("richter"), to="alle-standort-koeln@versicherer.example", client="mobile",
  subj="Wer parkt auf dem Behindertenparkplatz?", date="2026-05-19 08:20",
  body="""Guten Morgen, auf dem Behindertenparkplatz vor Eingang B steht seit 7 Uhr ein grauer Golf ohne Ausweis. Bitte umparken, der Platz wird gleich gebraucht. Danke, A. Richter / Facility""")

M("S", "de", "insurer-to-customer", "accident insurance: named customer's cosmetic surgery after accident (personal line)",
  frm=ADDR("haider"), to="Chiara Benedetti <chiara.benedetti@web.example>",
  subj="Kosmetische Operation nach Ihrem Unfall", date="2026-05-19 10:10",
  body="""Liebe Frau Benedetti,

aus Ihrer Unfallversicherung UV 4410-377018 übernehmen wir die Kosten der Narbenkorrektur im Gesicht (Stirn und linke Wange) nach dem Sturz durch die Glastür im Oktober bis zur vereinbarten Höhe von 10.000 €. Die Operation in der Klinik für Plastische Chirurgie Düsseldorf ist für den 16.06. geplant.

Bitte schicken Sie uns nach der Operation die Rechnung. Die Kosten der Nachbehandlung (Silikonpflaster, Lasertherapie) sind eingeschlossen.

Herzliche Grüße""", sig="haider", sigstyle="short")

M("C", "de", "insurer-to-workshop", "towing order under motor breakdown cover: named customer, phone, plate, policy, nobody hurt",
  frm=ADDR("jansen"), to="Abschleppdienst Kurz <einsatz@abschlepp-kurz.example>",
  subj="Auftrag Abschleppen – Schutzbrief SB 26-00412", date="2026-05-19 12:45",
  body="""Hallo,

bitte schleppen Sie ab:

Kunde: Herr Stefan Pohlmann, Tel. 0171 2203390
Fahrzeug: Ford Transit Custom, WES-SP 7004
Standort: A 57, Parkplatz Dämmerwald Ost (Fahrtrichtung Nimwegen), Motorschaden, niemand verletzt
Ziel: Ford Autohaus Terhorst, Wesel

Kosten laut Schutzbrief (Vertrag KF 2208-611807) bis 300 € direkt mit uns abrechnen.

Danke, Malte Jansen""", sig=None)

M("N", "en", "insurer-to-customer", "trap: English job rejection template with placeholders (HR)",
  frm=ADDR("weiss"), to="Recruiting Team <recruiting@versicherer.example>", lang="en",
  subj="New rejection template (English) for the ATS", date="2026-05-19 15:30",
  body="""Hi team,

please load this template into the applicant tracking system:

"Dear {{first_name}} {{last_name}},

thank you for your application as {{job_title}}. After careful review we have decided to proceed with other candidates whose profiles match the requirements more closely. We will delete your documents six months after the end of the process in accordance with data protection law.

Kind regards, {{recruiter_name}}"

Nadine""", sig=None)

M("C", "de", "insurer-to-partner", "to another motor insurer: named policyholder, plate and policy of a parking collision, details exchanged, nobody hurt",
  frm=ADDR("brenner"), to="Kfz-Schaden <kfz-schaden@westfalen-versicherung.example>",
  subj="Ihr Schreiben vom 15.05.2026 – Ihr Zeichen KS-26-77120 / unser VN BI-TM 2207", date="2026-05-20 09:00",
  body="""Sehr geehrte Damen und Herren,

zu Ihrer Anfrage teilen wir mit:

Das Fahrzeug BI-TM 2207 (Audi A4 Avant) ist bei uns seit 01.03.2024 haftpflichtversichert. Versicherungsnehmer und Halter: Herr Tobias Mertens, Sudbrackstraße 88, 33611 Bielefeld. Vertrag KF 2208-622013, unser Schaden-Nr. 26-KH-007304.

Herr Mertens hat den Zusammenstoß beim Rangieren am 12.05.2026 (Parkplatz Sparrenburg) gemeldet; die Beteiligten haben vor Ort ihre Daten ausgetauscht, verletzt wurde niemand. Die Haftung erkennen wir dem Grunde nach an; bitte senden Sie uns das Gutachten zum Fahrzeug Ihrer Versicherungsnehmerin.

Mit freundlichen Grüßen""", sig="brenner")

M("N", "de", "insurer-to-supplier", "trap: order for ergonomic chairs for employees with back problems (no names), order number",
  frm=ADDR("krueger"), to="Büromöbel Henkes <vertrieb@henkes-buero.example>",
  subj="Bestellung 4500191120 – ergonomische Stühle", date="2026-05-20 11:00",
  body="""Hallo Herr Henkes,

nach der Empfehlung unseres Betriebsarztes bestellen wir für Kolleginnen und Kollegen mit Rückenbeschwerden:

8 × Bürostuhl ErgoPro Synchro mit Lordosenstütze, Armlehnen 4D
4 × Sitz-Steh-Schreibtisch 160 × 80, elektrisch
2 × Stehhilfe

Lieferung an verschiedene Arbeitsplätze, die Raumliste schickt Ihnen Frau Richter. Bestellnummer 4500191120.

Gruß Stefan Krüger""", sig=None)

M("S", "en", "insurer-to-customer", "English: named customer's co-insured wife's knee arthroscopy cost approval",
  frm=ADDR("whitfield"), to="Mr Richard Holloway <richard.holloway@btinternet.example>", lang="en",
  subj="Cost approval – knee surgery for Mrs Holloway", date="2026-05-20 13:30",
  body="""Dear Mr Holloway,

we confirm cover for your wife Susan's arthroscopic meniscus surgery (right knee, tear of the medial meniscus) at the Sportklinik Hellersen on 3 June 2026, including the anaesthetist's fees and two nights in a private room under your family policy KV 1190-440912.

Physiotherapy afterwards is covered at 100 % up to 20 sessions per year.

We wish her a smooth operation.

Kind regards
Emma Whitfield""", sig=None)

M("C", "de", "broker", "broker's inline forward: named customer's bank change and birth date for several non-life contracts",
  frm=ADDR("vogel"), to=ADDR("kowalski"),
  subj="WG: Bankänderung Herr Thalmann – alle Verträge", date="2026-05-21 08:40",
  body="""Lena, bitte für alle Sachverträge des Kunden ändern. Danke! K.

""" + FW("Finanzkontor Altmann <info@finanzkontor-altmann.example>", "20.05.2026 17:30", "katharina.vogel@versicherer.example",
         "Bankänderung Herr Thalmann", """Hallo Frau Vogel,

bitte für meinen Kunden Herrn Werner Thalmann, geb. 1964-01-09, Rosenheim, die Bankverbindung bei folgenden Verträgen ändern:

Hausrat HR 6610-072201
Wohngebäude WG 2208-131877
Kfz KF 2208-630014 (RO-WT 64)

Neu: """ + IB("DE", "711500000020123456") + """ (Sparkasse Rosenheim-Bad Aibling)

SEPA-Mandat unterschrieben liegt mir vor, schicke ich Ihnen per Post.

Viele Grüße
Jens Altmann"""), sig=None)

M("N", "en", "newsletter", "trap: English health magazine newsletter about heat and elderly people",
  frm="Versicherer Health Magazine <newsletter@versicherer.example>", to="magazine-en@lists.versicherer.example", lang="en",
  subj="Staying safe in the heat – tips for older people and carers", date="2026-05-21 07:00",
  body="""Dear reader,

summer is coming, and heat waves put a strain especially on older people and those with heart disease or diabetes. Our tips:

* drink 1.5–2 litres a day, even without thirst
* check medication: diuretics and some blood pressure drugs increase the risk of dehydration – ask your doctor
* keep rooms cool, air out at night

Caring for a relative? Our guide "Caring in summer" is free to download.

Unsubscribe: www.versicherer.example/newsletter/abmelden""", client="system")

M("C", "de", "insurer-to-customer", "named customer's building insurance premium with construction details and mortgage, no health",
  frm=ADDR("hartmann"), to="Bauherrengemeinschaft Lindner <lindner.bau@gmx.example>",
  subj="Feuerrohbauversicherung Neubau Kastanienweg 4", date="2026-05-21 10:15",
  body="""Hallo Herr Lindner,

die Feuerrohbauversicherung für Ihren Neubau Kastanienweg 4, 53340 Meckenheim ist beitragsfrei bis zur Fertigstellung (max. 24 Monate), danach geht sie in die Wohngebäudeversicherung WG 2208-133501 über.

Versicherte Bausumme laut Bauvertrag: 486.000 €
Bauherr: Michael Lindner und Sarah Lindner

Bitte teilen Sie uns den Bezugstermin mit.

Viele Grüße
Sven Hartmann""", sig=None)

M("S", "de", "insurer-to-therapist", "query to a physiotherapist about named insured's prescriptions and treatment series",
  frm=ADDR("nowak"), to="Physiotherapie Lindenhof <info@physio-lindenhof.example>",
  subj="Rückfrage Rechnung – Patient Herr Bastian Roloff", date="2026-05-21 13:00",
  body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung vom 12.05.2026 für Herrn Bastian Roloff (KV 1190-451003):

Abgerechnet sind 18 Einheiten Krankengymnastik am Gerät und 18 Einheiten manuelle Lymphdrainage (MLD 45). Die vorliegende Verordnung von Dr. Hübner (Diagnose: Z.n. Lymphknotenentfernung axillär links, Lymphödem I89.0) nennt aber nur 10 × MLD 45.

Bitte schicken Sie uns die Folgeverordnung oder korrigieren Sie die Rechnung.

Mit freundlichen Grüßen
Carla Nowak""", sig=None)

M("N", "de", "internal", "trap: XLSX with anonymised claims pipeline per team, no persons",
  frm=ADDR("kroeger"), to="Leitung Leistung Kranken <leitung-lk@versicherer.example>",
  subj="Rückstände je Team – Stand 22.05.", date="2026-05-22 08:00",
  body="""Hallo zusammen,

anbei die aktuellen Rückstände je Team als Tabelle. Ambulant 2 ist nach der Schulung wieder im Plan.

Sabine""", sig=None,
  att=[XLSX("Rueckstaende_2026-05-22.xlsx", {"Stand": [["Team", "offen gesamt", "> 5 AT", "> 10 AT", "Ziel > 10 AT"],
        ["Ambulant 1", 4012, 611, 88, 100], ["Ambulant 2", 3870, 540, 71, 100], ["Stationär", 1210, 230, 64, 50],
        ["Zahn", 2844, 402, 33, 80], ["Pflege", 612, 95, 12, 20]]}, author="Sabine Kröger")])

M("C", "en", "insurer-to-customer", "English: named customer's motor no-claims certificate for moving abroad",
  frm=ADDR("engel"), to="Ms Elena Petrova <elena.petrova@mail.example>", lang="en",
  subj="No-claims certificate for your new insurer in Bulgaria", date="2026-05-22 10:30",
  body="""Dear Ms Petrova,

as requested, here is the confirmation of your claims history for your new insurer:

Policyholder: Elena Petrova, born 22/06/1984
Policy: KF 2208-517702, motor third-party liability, 01/03/2019 – 31/05/2026
Vehicle: Hyundai i30, K-EP 2206 (deregistered 29/05/2026)
Claims: none
No-claims class: SF 7

A signed PDF version follows by post.

Kind regards""", sig="engel", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: reply to an applicant with generic info on the application process (no health data)",
  frm=ADDR("weiss"), to="Laura Fendt <laura.fendt@gmx.example>",
  subj="AW: Ihre Bewerbung als Sachbearbeiterin Leistung", date="2026-05-22 14:00",
  body="""Liebe Frau Fendt,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern kennenlernen und laden Sie zu einem Gespräch am 03.06. um 10 Uhr ein (Rheinuferstraße 12, Empfang Eingang A).

Gesprächspartnerinnen: Sabine Kröger (Teamleitung) und ich. Dauer ca. 1 Stunde.

Bitte bestätigen Sie den Termin kurz.

Viele Grüße
Nadine Weiß""", sig=None)

M("S", "de", "insurer-to-customer", "named customer's long-term care daily allowance claim denied: care level 1 insufficient (care info)",
  frm=ADDR("yilmaz"), to="Renate Fischbach <renate.fischbach@t-online.example>",
  subj="Ihr Antrag auf Pflegetagegeld", date="2026-05-26 09:30",
  body="""Sehr geehrte Frau Fischbach,

der Gutachter hat bei Ihnen 18,5 Punkte und damit Pflegegrad 1 festgestellt. Ihr Pflegetagegeld-Tarif leistet erst ab Pflegegrad 2; wir können deshalb leider noch nichts zahlen.

Aus der Pflegepflichtversicherung erhalten Sie den Entlastungsbetrag von 131 € im Monat, z. B. für die Haushaltshilfe.

Wenn Ihre Beschwerden nach der Hüftoperation zunehmen, können Sie jederzeit eine neue Begutachtung beantragen.

Mit freundlichen Grüßen""", sig="yilmaz")

M("N", "en", "internal", "trap: English mail about a phishing simulation result, aggregate",
  frm=ADDR("fischer"), to="Management Team <mgmt@versicherer.example>", lang="en",
  subj="Phishing simulation May – results", date="2026-05-26 11:00",
  body="""Hi all,

results of this month's phishing simulation ("Your doctor's invoice is ready – click to view"):

sent: 2,410 | opened: 61 % | clicked: 9.8 % | entered credentials: 2.1 % | reported: 34 %

Health-themed lures remain the most successful in our company. The clickers will get a short e-learning; no names are shared with managers.

Tim""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's legal expenses: dispute with a car dealer over defects, purchase price",
  frm=ADDR("lindqvist"), to="Patrick Hollweg <patrick.hollweg@gmx.example>",
  subj="Rechtsschutz – Streit mit dem Autohaus", date="2026-05-26 13:20",
  body="""Hallo Herr Hollweg,

für Ihren Streit mit dem Autohaus Brenneke wegen des Getriebeschadens an Ihrem gebraucht gekauften Seat Leon (Kaufpreis 17.900 €, Kauf am 14.02.2026) bestätigen wir Kostenschutz aus dem Verkehrs-Vertrags-Rechtsschutz Ihres Vertrags RS 5590-83302.

Versichert sind die Kosten Ihres Anwalts und eines gerichtlichen Verfahrens einschließlich Sachverständigengutachten. Ihre Selbstbeteiligung: 150 €.

Viele Grüße""", sig="lindqvist", sigstyle="short")

M("N", "de", "insurer-to-broker", "trap: broker asks for product comparison sheet; generic PDF product info attached",
  frm=ADDR("reuter"), to="Maklerbüro Sievers <info@sievers-versicherungen.example>",
  subj="AW: Produktvergleich PKV Einsteigertarife", date="2026-05-26 15:00",
  body="""Moin Herr Sievers,

anbei unsere Leistungsübersicht der drei Einsteigertarife als PDF. Musterbeiträge beziehen sich auf einen fiktiven 30-jährigen Angestellten ohne Vorerkrankungen.

Beste Grüße
Frank Reuter""", sig=None,
  att=[PDF("Leistungsuebersicht_PKV_Einsteiger_2026.pdf", [("h", "Leistungsübersicht PKV-Einsteigertarife 2026"),
        ("t", [["Leistung", "Start", "Start Plus", "Kompakt"], ["Ambulant, Erstattung", "80 %", "90 %", "100 %"],
               ["Psychotherapie", "20 Sitzungen", "30 Sitzungen", "50 Sitzungen"], ["Zahnersatz", "60 %", "70 %", "80 %"],
               ["Stationär", "Mehrbettzimmer", "Zweibettzimmer", "Zweibettzimmer, Chefarzt"],
               ["Musterbeitrag (30 J., fiktiv)", "298 EUR", "362 EUR", "441 EUR"]]),
        ("small", "Stand 05/2026. Beispielbeiträge ohne Gewähr; tatsächlicher Beitrag nach Risikoprüfung.")],
        title="Leistungsübersicht PKV Einsteigertarife")])

M("S", "en", "insurer-to-customer", "English: addressee's own vaccination costs for travel (your vaccinations) in health tariff",
  frm=ADDR("roth"), to="Mr Benjamin Clarke <ben.clarke@gmail.example>", lang="en",
  subj="Your travel vaccinations – refund", date="2026-05-27 09:00",
  body="""Dear Mr Clarke,

we have refunded the invoice from the tropical medicine clinic for your vaccinations before your trip to Tanzania: yellow fever (Stamaril), typhoid, rabies (3 doses) and the consultation – EUR 486.30 in total.

Your tariff also covers malaria prophylaxis (atovaquone/proguanil) – please send the pharmacy receipt.

Have a great trip!""", sig="roth", sigstyle="short")

M("C", "de", "insurer-to-customer", "named customer's motorhome insurance with value and seasonal registration",
  frm=ADDR("engel"), to="Ehepaar Brauckmann <brauckmann.h@t-online.example>",
  subj="Ihr Wohnmobil – Versicherungsbestätigung und eVB", date="2026-05-27 11:30",
  body="""Hallo Frau Brauckmann, hallo Herr Brauckmann,

Ihr Wohnmobil ist versichert:

Fahrzeug: Hymer B-Klasse ML-T 580, FIN WDB9076331P123456
Kennzeichen: HAM-HB 580H (Saison 03–10)
eVB-Nummer: 9KX2T7M
Vollkasko SB 500 €, Teilkasko SB 150 €, Vertrag KF 2208-641190
Versicherungsnehmer: Heinrich Brauckmann, geb. 04.07.1961

Gute Fahrt und schöne Reisen!""", sig="engel", sigstyle="short")

M("N", "de", "internal", "trap: works council minutes about a company health insurance offer, no individuals",
  frm=ADDR("weiss"), to="Betriebsrat <betriebsrat@versicherer.example>",
  subj="Betriebsvereinbarung bKV – Entwurf 3", date="2026-05-27 14:30",
  body="""Liebe Mitglieder des Betriebsrats,

anbei der Entwurf 3 der Betriebsvereinbarung zur betrieblichen Krankenversicherung (Text unten). Änderungen gegenüber Entwurf 2:

§ 3: Budget 600 € pro Jahr für alle Beschäftigten, auch Auszubildende und Teilzeitkräfte.
§ 5: Der Arbeitgeber erhält keine Informationen über die in Anspruch genommenen Leistungen, Diagnosen oder Rechnungen einzelner Beschäftigter.
§ 7: Familienangehörige können zu eigenen Kosten mitversichert werden.

Bitte Rückmeldung bis 10.06.

Nadine Weiß""", sig=None)

M("C", "en", "insurer-to-company", "English: cyber insurance claim of an SME with named managing director and ransom details",
  frm=ADDR("hartmann"), to="Ms Julia Brandstetter <j.brandstetter@brandstetter-steuer.example>", lang="en",
  subj="Cyber claim CY-26-00077 – next steps", date="2026-05-28 09:20",
  body="""Dear Ms Brandstetter,

thank you for reporting the ransomware attack on your tax office (Brandstetter Steuerberatung, sole practitioner) on 26 May. Under your cyber policy CY 5501-00412:

- our incident response partner, SecOps Rhein, is on site tomorrow at 8 am,
- please do not pay the ransom (demand: 2.4 BTC) and do not switch off the affected servers,
- notify the data protection authority within 72 hours – our partner will help with the wording, since your clients' tax files may be affected.

Kind regards
Sven Hartmann""", sig=None)

M("S", "de", "insurer-to-customer", "BU (life line): named customer's indexation refused because he receives disability benefits",
  frm=ADDR("kraus"), to="Jan-Philipp Kroll <jp.kroll@posteo.example>",
  subj="Dynamik-Erhöhung Ihrer BU-Versicherung", date="2026-05-28 11:00",
  body="""Sehr geehrter Herr Kroll,

Sie fragen, warum Ihre Berufsunfähigkeitsversicherung BV 6620-220183 zum 01.06. nicht dynamisch erhöht wurde.

Während wir Leistungen wegen Berufsunfähigkeit zahlen (bei Ihnen seit 01.11.2025), sind dynamische Erhöhungen nach den Bedingungen ausgeschlossen. Ihre Rente von 1.800 € monatlich steigt aber durch die garantierte Rentensteigerung im Leistungsfall um 1 % jährlich, erstmals zum 01.11.2026.

Mit freundlichen Grüßen""", sig="kraus")

M("N", "en", "insurer-to-partner", "trap: English press enquiry answer about cyber claims statistics",
  frm=ADDR("baumann"), to="Ms Hannah Gold <h.gold@insurance-weekly.example>", lang="en",
  subj="RE: your enquiry – cyber claims 2025", date="2026-05-28 13:00",
  body="""Dear Ms Gold,

thanks for your questions. Our figures for 2025:

- 412 cyber claims from small and medium-sized companies (2024: 288)
- average claim EUR 38,000; largest EUR 1.2m
- most common cause: ransomware via phishing (57 %)
- professions most affected: medical practices, tax advisors, law firms

You may quote me as spokesperson. Let me know if you need a photo.

Best regards
Julia Baumann""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's household claim with burglary police report and list of stolen jewellery",
  frm=ADDR("demir"), to="Uwe Friedrichs <uwe.friedrichs@kabelmail.example>",
  subj="Ihr Einbruchschaden 26-HR-000912 – Zahlung", date="2026-05-29 08:30",
  body="""Sehr geehrter Herr Friedrichs,

entschuldigen Sie bitte nochmals die lange Bearbeitungszeit. Ihr Einbruchschaden ist jetzt reguliert:

Laptop Lenovo ThinkPad (2024): 1.050 €
Goldkette und Ring Ihrer Frau (Rechnungen Juwelier Krämer): 2.380 €
Bargeld (versichert bis 1.500 €): 800 €
Reparatur Terrassentür: 640 €

Gesamt: 4.870 €, überweisen wir heute auf Ihr Konto bei der Sparda-Bank.

Mit freundlichen Grüßen""", sig="demir")

M("N", "de", "insurer-to-customer", "trap: anonymised example in a customer FAQ on how BU benefit is calculated (fictitious)",
  frm="Versicherer Kundenservice <info@versicherer.example>", to="faq-abonnenten@lists.versicherer.example", client="system",
  subj="So rechnen wir: Ein Beispiel zur BU-Rente", date="2026-05-29 10:00",
  body="""Liebe Kundinnen und Kunden,

wie viel zahlt eine BU-Versicherung wirklich? Ein fiktives Beispiel:

"Anna M." (erfundene Person), 38 Jahre, Krankenpflegerin, hat eine BU-Rente von 1.500 € versichert. Nach einem Bandscheibenvorfall kann sie ihren Beruf dauerhaft nur noch zu 40 % ausüben. Da ihr Vertrag ab 50 % Berufsunfähigkeit leistet, erhält sie die volle Rente von 1.500 € monatlich, und die Beiträge entfallen.

Mehr Fragen und Antworten: www.versicherer.example/bu-faq""")

M("S", "de", "insurer-to-hospital", "invoice query to hospital: named patient's DRG and secondary diagnoses disputed",
  frm=ADDR("brandt"), to="Patientenabrechnung <abrechnung@klinikum-lindenhof.example>",
  subj="Rechnung 2026-RE-131207 – Frau Irmgard Wessels – Prüfung Nebendiagnosen", date="2026-05-29 13:10",
  body="""Sehr geehrte Damen und Herren,

zur Rechnung 2026-RE-131207 (Patientin Irmgard Wessels, geb. 11.11.1940, Aufenthalt 02.05.–16.05.2026, DRG F62B Herzinsuffizienz):

Die Nebendiagnosen E43 (erhebliche Energie- und Eiweißmangelernährung) und D62 (akute Blutungsanämie) erhöhen den PCCL. Aus dem Entlassbrief ergibt sich dafür keine Behandlung (keine Ernährungstherapie, keine Transfusion). Wir bitten um Übersendung der Pflegedokumentation und Laborwerte oder um Korrektur auf DRG F62C.

Den unstrittigen Betrag von 4.912,30 € haben wir angewiesen.

Mit freundlichen Grüßen""", sig="brandt")

M("N", "en", "insurer-to-supplier", "trap: English SLA mail to a mail-gateway vendor about certificate expiry warnings",
  frm=ADDR("fischer"), to="support@mail-vendor.example", lang="en",
  subj="Ticket 88213 – certificate expiry warnings not sent", date="2026-06-01 09:30",
  body="""Hello,

our domain certificate for versicherer.example expires on 30 November 2026, but the gateway did not send the 180-day warning configured in the policy. Version: 9.4.2. The log shows "expiry check skipped: no admin recipient" although the admin list is set.

Please advise. Priority 3.

Tim Fischer""", sig=None)

M("C", "de", "insurer-to-customer", "payment protection against unemployment (no life/health cover): named customer's employer, net income, loan",
  frm=ADDR("kowalski"), to="Melanie Schröter <melanie.schroeter@gmx.example>",
  subj="Ratenschutz für Ihren Autokredit – Ihre Angaben", date="2026-06-01 11:10",
  body="""Hallo Frau Schröter,

für die Arbeitslosigkeitsabsicherung Ihres Autokredits (Darlehen 18.500 €, Santander Consumer Bank, Vertrag 4471002981) haben wir folgende Angaben notiert:

Arbeitgeber: Stadtwerke Hamm GmbH, unbefristet seit 2017
Nettoeinkommen: 2.310 € monatlich
Monatliche Rate: 338,40 €

Versichert ist die Rate bei unverschuldeter Arbeitslosigkeit bis zu 12 Monate. Den Versicherungsschein RS-K 3301-77120 erhalten Sie per Post.

Viele Grüße""", sig="kowalski", sigstyle="short")

M("N", "de", "internal", "trap: reminder about clean-desk policy mentioning 'Arztberichte' generically",
  frm=ADDR("meier"), to="Leistung alle <leistung-alle@versicherer.example>",
  subj="Erinnerung: Clean Desk und Ausdrucke", date="2026-06-01 14:00",
  body="""Liebe Kolleginnen und Kollegen,

bei der Begehung letzte Woche lagen in drei Büros nach Dienstschluss ausgedruckte Arztberichte und Rechnungen offen auf dem Tisch, in einem Drucker lagen Ausdrucke seit zwei Tagen.

Bitte: Unterlagen abends wegschließen, "Follow-me-Printing" nutzen, Ausdrucke mit Gesundheitsdaten sofort in die Datenschutztonne.

Danke!
Thomas Meier""", sig=None)

M("S", "en", "hospital", "English: foreign hospital's guarantee-of-payment request for named tourist, emergency appendectomy",
  frm=ADDR("seidel"), to=ADDR("hasselbach"), lang="en",
  subj="FW: Guarantee of payment – Mr Lukas Baumgart, Hospital Quirónsalud Palma", date="2026-06-02 08:15",
  body="""Dr. Hasselbach, please confirm medical necessity so I can issue the guarantee today. Ines

""" + FW("International Office Quirónsalud <international@quironsalud-example.example>", "Tue, 2 Jun 2026 01:40", "assistance@versicherer.example",
         "Guarantee of payment – Mr Lukas Baumgart", """Dear Sirs,

patient: Lukas Baumgart, born 17/04/2001, German, travel policy RK 7781-40120
admitted 01/06/2026, 22:10 via emergency department
diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy performed 02/06/2026 00:30
expected stay: 3 days; estimated costs EUR 8,900

Please send a guarantee of payment.

International Patient Office""", lang="en"), sig=None)

M("N", "de", "insurer-to-customer", "trap: mail confirming a meeting with a prospect's company about fleet insurance, no data",
  frm=ADDR("hartmann"), to="Geschäftsleitung <info@gartenbau-wiese.example>",
  subj="Termin Flottenversicherung – 09.06., 14 Uhr", date="2026-06-02 10:30",
  body="""Sehr geehrter Herr Wiese,

danke für das nette Telefonat. Ich bestätige unseren Termin am 09.06. um 14 Uhr bei Ihnen in Pulheim. Wir sprechen über eine Flottenversicherung für Ihre Fahrzeuge.

Hilfreich wäre eine Liste der Fahrzeuge (Typ, Erstzulassung) und, falls vorhanden, die Schadenhistorie der letzten drei Jahre vom Vorversicherer.

Mit freundlichen Grüßen
Sven Hartmann""", sig=None)

M("C", "en", "insurer-to-broker", "English: broker receives list of his sole-trader client's contracts incl. turnover and IBAN (C)",
  frm=ADDR("vogel"), to="Tom Becker <tom.becker@becker-brokers.example>", lang="en",
  subj="RE: Ms Jovanović – all contracts", date="2026-06-02 13:30",
  body="""Hi Tom,

here's the overview for Ana Jovanović as requested:

- BH 7702-11390 commercial liability (food truck + kitchen), turnover EUR 186,000
- GI 4402-01022 commercial contents, sum insured EUR 45,000
- KF 2208-650772 food truck L-AJ 112, fleet-style tariff

All paid from her business account """ + IB("DE", "860555920000123456") + """ (Sparkasse Leipzig).

Cheers, Katharina""", sig=None)

M("S", "de", "insurer-to-customer", "named customer's care: funding for emergency alarm system (Hausnotruf) due to care level",
  frm=ADDR("yilmaz"), to="Hildegard Paschke <h.paschke@t-online.example>",
  subj="Hausnotruf – Kostenübernahme", date="2026-06-03 09:00",
  body="""Liebe Frau Paschke,

die Kosten für den Hausnotruf (Anschluss 10,49 €, monatlich 25,50 €) übernehmen wir als Pflegehilfsmittel, weil Sie in Pflegegrad 2 eingestuft sind und allein leben. Bitte geben Sie dem Anbieter (Johanniter, Regionalverband Münsterland) unsere Kostenzusage weiter; er rechnet direkt mit uns ab.

Herzliche Grüße
Felix Yilmaz""", sig=None)

M("N", "en", "internal", "trap: English minutes on data retention rules (6 years audit log, 90 days portal), no person",
  frm=ADDR("raman"), to="Siegel Project <siegel-project@versicherer.example>", lang="en",
  subj="Minutes: retention rules for the secure mail gateway", date="2026-06-03 11:00",
  body="""Hi all,

decisions from today's meeting:

1. Audit log: 6 years (§ 257 HGB), tamper-evident, export per user and time range.
2. Portal messages: deleted after 90 days; users are told the expiry date in each message.
3. Quarantined mails (parse errors): treated as strictly confidential, kept 30 days.
4. Test tenant: only synthetic data, reset monthly.

Open: retention of harvested certificates after expiry (proposal: 1 year).

Priya""", sig=None)

M("C", "de", "insurer-to-customer", "family liability: named customer's child scratched neighbour's car, neighbour and plate named, nobody hurt",
  frm=ADDR("oltmanns"), to="Tanja Berger <tanja.berger@web.example>",
  subj="Schaden durch Ihren Sohn – Auto der Nachbarin", date="2026-06-03 13:45",
  body="""Hallo Frau Berger,

Ihr Sohn Finn (6 Jahre) hat beim Fahrradfahren am 28.05. das geparkte Auto Ihrer Nachbarin Frau Edith Jankowski (HB-EJ 301) zerkratzt. Verletzt wurde niemand.

Kinder unter 7 Jahren haften nach dem Gesetz nicht; Ihr Familien-Haftpflichtvertrag PH 2231-211804 enthält aber die Deliktunfähigkeitsklausel. Wir zahlen den Schaden deshalb trotzdem, bis 10.000 €. Frau Jankowski soll uns bitte den Kostenvoranschlag schicken.

Viele Grüße""", sig="oltmanns", sigstyle="short")

M("N", "de", "newsletter", "trap: legal-expenses newsletter on tenancy law changes, no customers",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="recht@lists.versicherer.example",
  subj="Mietrecht 2026: Was sich bei Nebenkosten und Mieterhöhung ändert", date="2026-06-04 07:00",
  body="""Liebe Leserinnen und Leser,

Streit ums Mietrecht ist der Klassiker in der Rechtsschutzversicherung. Die wichtigsten Änderungen 2026:

• Kappungsgrenze in angespannten Wohnungsmärkten: 15 % in drei Jahren
• Heizkosten: Abrechnung nach Verbrauch auch bei Wärmepumpen
• Verjährung von Nachforderungen: 12 Monate nach Ende der Abrechnungsperiode

Tipp: Prüfen Sie Ihre Nebenkostenabrechnung innerhalb eines Jahres!

Abmelden: www.versicherer.example/newsletter/abmelden""", client="system")

M("S", "de", "insurer-to-customer", "quoted thread: named customer's son's drug addiction rehab (Suchtreha) cost question",
  frm=ADDR("brandt"), to="Gerhard Möller <gerhard.moeller@t-online.example>",
  subj="AW: AW: Entwöhnung unseres Sohnes", date="2026-06-04 10:20",
  body="""Sehr geehrter Herr Möller,

ich habe mit unserer Gesellschaftsärztin gesprochen: Die Entwöhnungsbehandlung ist in Ihrem Tarif versichert, aber nur einmal während der Vertragsdauer und nur in einer Einrichtung mit Zulassung. Die Fachklinik Wittgenstein erfüllt das. Bitte schicken Sie uns den Kostenvoranschlag der Klinik, dann sage ich Ihnen die Leistung schriftlich zu.

Mit freundlichen Grüßen""", sig="brandt", sigstyle="short",
  quote=Q("""Sehr geehrter Herr Brandt,
nach der Entgiftung im LVR-Klinikum Essen soll unser Sohn Timo (mitversichert, KV 1190-458811) jetzt eine 12-wöchige Entwöhnung wegen seiner Cannabis- und Amphetaminabhängigkeit machen. Wird das bezahlt?
Gerhard Möller"""))

M("N", "en", "insurer-to-customer", "trap/grey zone: indicative BU quote for a named prospect before any health question: occupation and premium only, no contract",
  frm=ADDR("falk"), to="Ms Priya Shah <priya.shah@outlook.example>", lang="en",
  subj="Your quote for disability cover", date="2026-06-04 14:00",
  body="""Dear Ms Shah,

as discussed, here is an indicative quote for disability income protection (example values, before the health questions):

Occupation: UX designer, 100 % office work
Monthly benefit: EUR 2,000 until age 67
Indicative monthly premium: EUR 58.20 (net after surplus)

The final premium depends on your answers to the health questions in the application. Shall I send you the application link?

Best regards
Bernd Falk""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's moving insurance (Umzugsgut) with old and new address and inventory value",
  frm=ADDR("osei"), to="Familie Nguyen-Scholz <nguyen.scholz@gmx.example>",
  subj="Ihre Umzugsgutversicherung am 20.06.", date="2026-06-05 09:00",
  body="""Liebe Familie Nguyen-Scholz,

Ihr Umzug am 20.06. ist versichert:

von: Kaiser-Wilhelm-Ring 18, 50672 Köln
nach: Bahnhofstraße 3, 79098 Freiburg
Versicherungssumme: 65.000 € (Hausrat laut Liste)
Umzugsunternehmen: Möbelspedition Schmitz
Vertrag: UG 7701-00388

Bitte melden Sie Schäden sofort bei der Ablieferung auf dem Lieferschein.

Gute Reise in den Süden!""", sig="osei", sigstyle="short")

M("N", "de", "insurer-to-supplier", "trap: invoice dispute with a cleaning company for the company doctor's rooms, invoice number",
  frm=ADDR("richter"), to="Buchhaltung <rechnung@glanz-gebaeudereinigung.example>",
  subj="Rechnung RE-2026-1182 – Reinigung Betriebsarzt-Räume", date="2026-06-05 11:20",
  body="""Sehr geehrte Damen und Herren,

in Ihrer Rechnung RE-2026-1182 ist die Sonderreinigung der Räume des betriebsärztlichen Dienstes (0.12–0.16) mit Flächendesinfektion doppelt abgerechnet (Pos. 4 und 7). Bitte schicken Sie eine korrigierte Rechnung.

Mit freundlichen Grüßen
Anja Richter""", sig=None)

M("S", "de", "insurer-to-customer", "named customer's supplementary hospital insurance: chief physician treatment invoice (GOÄ, surgery) for cataract",
  frm=ADDR("nowak"), to="Elisabeth Rademacher <e.rademacher@gmx.example>",
  subj="Chefarztrechnung Augenklinik – Ihre Erstattung", date="2026-06-05 14:30",
  body="""Sehr geehrte Frau Rademacher,

die Rechnung von Prof. Dr. Kessler (Augenklinik Am Dom) für die Katarakt-Operation am rechten Auge (H25.1 R) vom 21.05.2026 haben wir aus Ihrem Zusatztarif Stationär Plus erstattet:

GOÄ 1375 (Kataraktoperation mit Linsenimplantation), Faktor 3,5: 1.123,12 €
GOÄ 440, 441 (Zuschläge): 104,93 €
Zuschlag Laser (femtosekundenassistiert): nicht versichert, 850 €

Erstattung: 1.228,05 €.

Mit freundlichen Grüßen
Carla Nowak""", sig=None)

M("C", "en", "insurer-to-customer", "English: named customer's contents insurance in student flat (sum insured, address)",
  frm=ADDR("kowalski"), to="Mr Mateo Rossi <mateo.rossi@studenti.example>", lang="en",
  subj="Welcome! Your contents insurance is active", date="2026-06-08 09:00",
  body="""Hi Mateo,

welcome to Versicherer! Your contents insurance for students is active from today:

Address insured: student residence Hardtstraße 12, room 314, 76185 Karlsruhe
Sum insured: EUR 15,000
Policy: HR 6610-081004
Monthly premium: EUR 3.90

Tip: bicycles are covered against theft up to EUR 500 if locked.

Cheers, Lena""", sig=None)

M("N", "de", "internal", "trap: IT mail with pseudonymised test extract (IDs only, no names) for a migration",
  frm=ADDR("raman"), to=ADDR("hoffmann"),
  subj="Migrationstest Leistungsdaten – pseudonymisierter Auszug", date="2026-06-08 10:00",
  body="""Hi Lukas,

für den Migrationstest habe ich einen pseudonymisierten Auszug gezogen: 10.000 Datensätze, Versicherungsnummern durch zufällige Test-IDs (T-000001 …) ersetzt, Namen und Geburtsdaten entfernt, Beträge verrauscht (±5 %). Diagnosecodes sind auf das ICD-Kapitel gekürzt (z. B. "M" statt "M54.5 G").

Liegt im Testlaufwerk unter /migration/pseudo/2026-06. Bitte nicht in die Produktion kopieren.

Priya""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's glass claim at commercial shop window, sole trader (natural person)",
  frm=ADDR("hartmann"), to="Blumen Schumacher – Inh. Petra Schumacher <info@blumen-schumacher.example>",
  subj="Glasbruch Schaufenster – Ihr Vertrag GL 4402-00871", date="2026-06-08 13:00",
  body="""Liebe Frau Schumacher,

die zerbrochene Schaufensterscheibe Ihres Blumenladens (Hauptstraße 45, 53604 Bad Honnef) ist über Ihre Geschäftsglasversicherung GL 4402-00871 versichert. Beauftragen Sie bitte die Glaserei Ihrer Wahl; die Notverglasung ist mitversichert.

Sobald die Rechnung da ist, zahlen wir direkt an die Glaserei oder an Sie.

Viele Grüße
Sven Hartmann""", sig=None)

M("S", "en", "internal", "English: medical officer's opinion on named BU claimant quoting psychiatric diagnosis",
  frm=ADDR("hasselbach"), to=ADDR("stanek"), lang="en",
  subj="RE: BU-2025-11873 / Lübbers – my assessment", date="2026-06-08 16:00",
  body="""Oliver,

my assessment of Mr Lübbers (file BU-2025-11873):

- The disc prolapse L5/S1 alone would not justify BU ≥ 50 % as a roofer after the planned surgery; prognosis for return to work in 6–9 months is fair.
- The moderate depressive episode (F32.1) is plausible and treated (escitalopram, psychiatry since March). Combined with the orthopaedic condition, I consider BU ≥ 50 % for at least 6 months likely.

Recommendation: accept a temporary benefit for 12 months (§ 173 VVG) and re-examine with a psychiatric assessment.

Ulrike""", sig=None)

M("N", "en", "insurer-to-customer", "trap: English auto-reply from shared mailbox confirming receipt, no content",
  frm="Versicherer Claims <claims@versicherer.example>", to="mike.thompson@gmail.example", lang="en", client="system",
  headers={"Auto-Submitted": "auto-replied"},
  subj="Re: question – we have received your message", date="2026-06-09 07:01",
  body="""Thank you for your message. We have received it and will reply within two working days.

Please don't send medical documents or bank details by normal e-mail. For documents, please use our secure portal or the app.

Your Versicherer Claims Team""")

M("C", "de", "insurer-to-lawyer", "recourse against named tenant after fire in insured building (no injury)",
  frm=ADDR("schreiber"), to="Kanzlei Dr. Mertens & Partner <post@mertens-partner.example>",
  subj="Regress Brandschaden Goethestraße 19 – Ihr Mandant Herr Kevin Sauer", date="2026-06-09 10:00",
  body="""Sehr geehrter Herr Kollege Dr. Mertens,

als Wohngebäudeversicherer der Eigentümergemeinschaft Goethestraße 19, 45130 Essen, haben wir den Brandschaden vom 14.03.2026 mit 86.412,90 € reguliert. Nach dem Gutachten der Brandursachenermittlung entstand der Brand durch einen unbeaufsichtigten Akku-Ladevorgang eines E-Scooters in der Wohnung Ihres Mandanten, Herrn Kevin Sauer (3. OG links). Personen kamen nicht zu Schaden.

Wir nehmen Ihren Mandanten nach § 86 VVG in Regress, soweit grobe Fahrlässigkeit vorliegt. Bitte teilen Sie uns seinen Haftpflichtversicherer mit.

Mit freundlichen kollegialen Grüßen""", sig="schreiber")

M("N", "de", "insurer-to-partner", "trap: letter to the data protection authority about a general consultation, no person",
  frm=ADDR("meier"), to="Landesbeauftragte für Datenschutz <poststelle@ldi-example.example>",
  subj="Konsultation: Versand von Leistungsabrechnungen per TLS mit Einwilligung", date="2026-06-09 13:30",
  body="""Sehr geehrte Damen und Herren,

wir planen, Kunden, die ausdrücklich schriftlich eingewilligt haben, Leistungsabrechnungen der Krankenversicherung (mit Gesundheitsdaten) per E-Mail mit erzwungener Transportverschlüsselung (TLS mit verifiziertem Zertifikat) statt über das Portal zu senden. Ohne Einwilligung bleibt es beim Portal bzw. Ende-zu-Ende-Verschlüsselung.

Wir bitten um Ihre Einschätzung, ob dies aus Ihrer Sicht mit Art. 32 DSGVO vereinbar ist. Eine ausführliche Beschreibung fügen wir gern bei.

Mit freundlichen Grüßen
Thomas Meier, Datenschutzbeauftragter""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's building insurance: elementary damage (flood) with address and claim number, no injury",
  frm=ADDR("demir"), to="Herbert und Gisela Kamps <kamps.familie@t-online.example>",
  subj="Hochwasser – Ihr Schaden 26-WG-004992", date="2026-06-10 08:30",
  body="""Sehr geehrte Frau Kamps, sehr geehrter Herr Kamps,

das Hochwasser der Ahr hat am 07.06. Ihren Keller in der Weinbergstraße 12, 53474 Bad Neuenahr-Ahrweiler überflutet. Ihr Wohngebäudevertrag WG 2208-139002 enthält die Elementarschadenversicherung.

Als ersten Abschlag überweisen wir 5.000 € für Trocknung und Notmaßnahmen. Herr Baginski (Sachverständiger) kommt am Freitag.

Wir wünschen Ihnen viel Kraft beim Aufräumen.""", sig="demir")

M("N", "en", "internal", "trap: English email about sample size calculation for claims audit, statistics",
  frm=ADDR("okafor"), to=ADDR("meier"), lang="en",
  subj="Sample size for the claims audit", date="2026-06-10 11:15",
  body="""Hi Thomas,

for the audit of health claims you asked how many cases we need. For an error rate around 3 % with ±2 % margin at 95 % confidence: n = 1.96² × 0.03 × 0.97 / 0.02² ≈ 280. With a finite-population correction for 40,000 claims per quarter it's still 278.

I'd suggest 300 random claims stratified by team. I can draw the sample – only claim IDs, you look up the files.

Chidi""", sig=None)

M("S", "de", "insurer-to-customer", "life: named customer's pension payment start (private pension) with tax ID (personal line)",
  frm=ADDR("kraus"), to="Wolfgang Reinhold <w.reinhold@gmx.example>",
  subj="Ihre Rente beginnt am 01.07.2026", date="2026-06-10 14:00",
  body="""Sehr geehrter Herr Reinhold,

am 01.07.2026 beginnt die Rentenzahlung aus Ihrer privaten Rentenversicherung RV 5520-098112:

Monatliche Rente (garantiert): 412,18 €
Überschussrente: 58,40 €
Zahlung jeweils zum Monatsersten auf Ihr Konto

Wir melden die Rente an das Bundeszentralamt für Steuern (Ertragsanteil 18 %, Ihr Alter bei Rentenbeginn 67). Ihre Steuer-ID 47 112 098 354 ist hinterlegt.

Mit freundlichen Grüßen""", sig="kraus")

M("N", "de", "insurer-to-customer", "trap: reply to a student's interview request about the insurance industry, no data",
  frm=ADDR("baumann"), to="Lea Schwarz <lea.schwarz@uni-koeln.example>",
  subj="AW: Interviewanfrage Bachelorarbeit", date="2026-06-11 09:00",
  body="""Liebe Frau Schwarz,

gern unterstützen wir Ihre Bachelorarbeit zum Thema "Digitale Kundenkommunikation in der Versicherungswirtschaft". Ein Interview mit unserem Datenschutzbeauftragten und der Leiterin des Kundenservice ist möglich, ca. 45 Minuten, gern per Video.

Bitte schicken Sie uns Ihre Fragen vorab. Kundendaten oder interne Zahlen können wir nicht herausgeben.

Viele Grüße
Julia Baumann""", sig=None)

M("C", "en", "insurer-to-customer", "English: named customer's e-scooter insurance plate (Versicherungskennzeichen) and birth date",
  frm=ADDR("engel"), to="Ms Zoe Williams <zoe.williams@gmail.example>", lang="en",
  subj="Your e-scooter insurance sticker", date="2026-06-11 12:00",
  body="""Dear Ms Williams,

your e-scooter insurance is active:

Insured person: Zoe Williams, born on 3 March 1996
Insurance plate: 412 XKD (valid until 28 Feb 2027)
Vehicle: Xiaomi Electric Scooter 4 Pro, serial 26018/00441129

The sticker will arrive by post within 3 days; please attach it visibly at the back.

Kind regards""", sig="engel", sigstyle="short")

M("N", "de", "internal", "trap: mail about a 'Schadenfall' in the canteen (spilled coffee), no person injury",
  frm=ADDR("richter"), to=ADDR("krueger"),
  subj="Kaffeeautomat 2. OG defekt – Schaden an der Arbeitsplatte", date="2026-06-11 15:00",
  body="""Hi Stefan,

der Kaffeeautomat im 2. OG ist übergelaufen und hat die Arbeitsplatte aufquellen lassen. Kannst du beim Lieferanten (Vertrag Kaffee-Service Rheinland, Gerätenummer KA-2207) reklamieren? Verletzt hat sich niemand, nur die Platte ist hin.

Anja""", sig=None)

M("C", "de", "insurer-to-customer", "legal expenses: named customer's red-light administrative fine (Ordnungswidrigkeit, no crime), policy number",
  frm=ADDR("lindqvist"), to="Florian Adler <florian.adler@gmx.example>",
  subj="Anhörungsbogen – lohnt sich ein Einspruch?", date="2026-06-12 09:10",
  body="""Hallo Herr Adler,

Sie haben uns den Anhörungsbogen der Stadt Köln weitergeleitet (Rotlichtverstoß am 28.05.2026, Kreuzung Aachener Str./Innere Kanalstraße, Rotzeit über 1 Sekunde, 200 €, 2 Punkte, 1 Monat Fahrverbot).

Aus Ihrem Verkehrs-Rechtsschutz RS 5590-88117 übernehmen wir die Kosten eines Anwalts, der Akteneinsicht nimmt und die Messung prüft. Eine Liste von Verkehrsrechtsanwälten in Köln schicke ich Ihnen gern.

Viele Grüße""", sig="lindqvist", sigstyle="short")

M("N", "de", "insurer-to-broker", "trap: broker portal maintenance notice",
  frm="Maklerportal <makler-info@versicherer.example>", to="makler-verteiler@lists.versicherer.example", client="system",
  subj="Wartung Maklerportal am 20.06. (6–10 Uhr)", date="2026-06-12 12:00",
  body="""Sehr geehrte Partnerinnen und Partner,

am Samstag, 20.06., ist das Maklerportal von 6 bis 10 Uhr wegen Wartungsarbeiten nicht erreichbar. Die BiPRO-Schnittstelle für Ihre Maklerverwaltungsprogramme ist ebenfalls betroffen; bereitgestellte Dokumente können danach wie gewohnt abgerufen werden.

Ihre Maklerbetreuung""")

M("S", "de", "insurer-to-customer", "ZIP attachment only: named customer's BU expert summary (F32.2) and benefit payments; body harmless",
  frm=ADDR("stanek"), to="Olivia Martens <olivia.martens@posteo.example>",
  subj="Kopie Ihrer Unterlagen", date="2026-06-12 14:40",
  body="""Sehr geehrte Frau Martens,

wie gewünscht erhalten Sie eine Kopie der Unterlagen zu Ihrem Leistungsfall als ZIP-Datei.

Mit freundlichen Grüßen
Oliver Stanek""", sig=None,
  att=[ZIP("Unterlagen_BU-2025-12240.zip", [
      PDF("Gutachten_Zusammenfassung.pdf", [("h", "Zusammenfassung Gutachten Prof. Dr. Herrmann (02.02.2026)"),
            "Probandin: Olivia Martens, geb. 12.08.1986\nDiagnose: schwere depressive Episode ohne psychotische Symptome (F32.2), Erschöpfungssyndrom\nLeistungsfähigkeit als Unternehmensberaterin: unter 3 Stunden täglich, voraussichtlich mindestens 12 Monate."]),
      CSV("Zahlungen.csv", [["Datum", "Art", "Betrag EUR"], ["2026-03-02", "Nachzahlung BU-Rente 09/2025-02/2026", "12600,00"],
                            ["2026-04-01", "BU-Rente 04/2026", "2100,00"], ["2026-05-01", "BU-Rente 05/2026", "2100,00"]])])])

# ---- 0289-0300 -----------------------------------------------------------

M("N", "de", "internal", "trap: canteen menu mentioning allergens and 'Diät' options, no person",
  frm="Betriebsrestaurant <kantine@versicherer.example>", to="alle-standort-koeln@versicherer.example", client="system",
  subj="Speiseplan KW 25 – mit Allergenkennzeichnung", date="2026-06-15 07:30",
  body="""Liebe Gäste,

der Speiseplan für KW 25:

Mo: Linsen-Dal mit Basmatireis (vegan; Allergene: Sellerie) | Schnitzel Wiener Art (A, C, G)
Di: Ofenlachs mit Kräuterkartoffeln (D, G) | Gemüse-Lasagne (A, C, G)
Mi: Chili sin Carne (vegan) | Hähnchencurry (glutenfrei)
Do: Käsespätzle (A, C, G) | Salatbar
Fr: Fischknusperle (A, D) | Kartoffelsuppe (Sellerie)

Diabetiker-Hinweis: Die BE-Angaben stehen wie immer an der Ausgabe. Laktosefreie Milch gibt es am Kaffeeautomaten.

Euer Kantinenteam""")

M("C", "de", "insurer-to-customer", "named customer's household insurance: cancellation confirmation after move abroad, IBAN for refund",
  frm=ADDR("kowalski"), to="Benedikt Sauerland <b.sauerland@gmx.example>",
  subj="Kündigungsbestätigung Hausrat HR 6610-055190", date="2026-06-15 09:30",
  body="""Hallo Herr Sauerland,

wir bestätigen die Kündigung Ihrer Hausratversicherung HR 6610-055190 zum 30.06.2026 wegen Ihres Umzugs nach Wien. Den Beitrag für Juli bis Dezember (47,40 €) erstatten wir auf Ihr neues österreichisches Konto:

IBAN """ + IB("AT", "1904300234573201") + """ (Bank Austria)

Alles Gute in Wien!
Lena Kowalski""", sig=None)

M("N", "de", "insurer-to-partner", "trap: association survey answer with number of secure-mail users, aggregate",
  frm=ADDR("fischer"), to="Arbeitskreis IT-Sicherheit <ak-itsec@verband-example.example>",
  subj="Umfrage sichere E-Mail-Kommunikation – unsere Zahlen", date="2026-06-15 11:00",
  body="""Liebe Kolleginnen und Kollegen,

unsere Antworten zur Umfrage:

1. S/MIME-Zertifikate externer Partner im Verzeichnis: 4.812 (davon 1.930 Makler)
2. Domänenzertifikate (Gateway-zu-Gateway): 61 Partner, u. a. 14 Klinikverbünde
3. Aktive Portalkonten: 38.400 (Kunden), 2.170 (Makler)
4. OpenPGP: nicht zugelassen
5. Anteil Mails mit Gesundheitsdaten, die über TLS mit Einwilligung gehen: 4 %

Viele Grüße
Tim Fischer""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's motor: total loss settlement with vehicle value and IBAN, nobody injured",
  frm=ADDR("brenner"), to="Petra Wollmann <petra.wollmann@web.example>",
  subj="Hagelschaden – Abrechnung Totalschaden 26-KF-016233", date="2026-06-16 08:45",
  body="""Sehr geehrte Frau Wollmann,

das Gutachten von Herrn Lenz liegt vor: wirtschaftlicher Totalschaden an Ihrem Toyota Yaris (PB-PW 119).

Wiederbeschaffungswert: 14.600 €
Restwert (Höchstgebot Restwertbörse): 3.900 €
Selbstbeteiligung Teilkasko: 150 €
Auszahlung: 10.550 €

Wir überweisen auf Ihr Konto """ + IB("DE", "472501050000123987") + """, sobald Sie uns die Annahme des Restwertangebots bestätigen.

Mit freundlichen Grüßen""", sig="brenner")

M("N", "en", "insurer-to-customer", "trap: English reply to a customer asking which doctors are 'in network' abroad, generic",
  frm=ADDR("whitfield"), to="Mr Oliver Grant <oliver.grant@gmail.example>", lang="en",
  subj="RE: doctors in Dubai", date="2026-06-16 10:30",
  body="""Dear Mr Grant,

with our international health plans you can see any licensed doctor or hospital worldwide – there is no closed network. For direct billing (no upfront payment), our partner network in the UAE includes most major hospitals; the list is in the app under "Find care".

For planned hospital stays, please request a guarantee of payment at least five working days in advance.

Kind regards
Emma Whitfield""", sig=None)

M("C", "de", "insurer-to-company", "commercial: named sole-trader craftsman's liability claim, damaged customer's floor, no injury",
  frm=ADDR("oltmanns"), to="Malermeister Frank Kühn <info@maler-kuehn.example>",
  subj="Betriebshaftpflicht – Schaden bei Kundin Frau Lehnert", date="2026-06-16 13:15",
  body="""Hallo Herr Kühn,

zu Ihrer Schadenmeldung: Beim Streichen in der Wohnung von Frau Ingrid Lehnert (Elsässer Straße 9, 50677 Köln) ist ein Farbeimer umgekippt und hat das Eichenparkett beschädigt. Verletzt wurde niemand.

Ihre Betriebshaftpflicht BH 7702-12288 (Einzelunternehmen Malermeister Frank Kühn) deckt den Schaden. Wir beauftragen einen Parkettleger für einen Kostenvoranschlag; Ihre Selbstbeteiligung beträgt 250 €.

Viele Grüße
Jens Oltmanns""", sig=None)

M("N", "de", "internal", "trap: mail with an anonymised screenshot description for the portal redesign, fictitious user",
  frm=ADDR("raman"), to="UX Team <ux@versicherer.example>",
  subj="Portal-Redesign: Feedback zu den Screens", date="2026-06-17 09:00",
  body="""Hallo UX-Team,

Feedback zu den neuen Screens:

1. Posteingang: Die Beispielnachricht "Ihre Leistungsabrechnung – Max Mustermann (fiktiv)" sieht gut aus, aber der Hinweis auf die Löschfrist (90 Tage) ist zu klein.
2. Registrierung: Die Passwortregeln erst nach dem Fehler anzuzeigen, frustriert – bitte vorher einblenden.
3. Sicherheitsfrage: Bitte nicht "Geburtsname der Mutter" als Vorschlag, das ist zu leicht herauszufinden.
4. Barrierefreiheit: Kontrast der grauen Buttons reicht nicht (WCAG AA).

Priya""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's pet liability: dog injured another dog (animal health), owners named",
  frm=ADDR("oltmanns"), to="Sven Kaltenborn <sven.kaltenborn@gmx.example>",
  subj="Hundehalterhaftpflicht – Tierarztkosten für „Luna“", date="2026-06-17 11:20",
  body="""Hallo Herr Kaltenborn,

Ihr Rüde "Bruno" hat am 10.06. im Stadtwald die Hündin "Luna" von Frau Miriam Otte gebissen. Luna musste in der Tierklinik genäht werden (Bisswunde an der Flanke, Antibiotikum); Menschen wurden nicht verletzt.

Aus Ihrer Hundehalterhaftpflicht HH 2290-01622 zahlen wir die Tierarztrechnung von 486,20 € direkt an Frau Otte.

Viele Grüße""", sig="oltmanns", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: organiser of a seniors' club asks about accessibility of the branch for a group visit; generic answer",
  frm=ADDR("kowalski"), to="Sabine Thelen <sabine.thelen@web.example>",
  subj="AW: Besuch unseres Seniorenclubs in der Geschäftsstelle", date="2026-06-17 14:40",
  body="""Liebe Frau Thelen,

gern empfangen wir die Gruppe Ihres Seniorenclubs am 02.07. um 10 Uhr zum Vortrag "Vorsorge und Vollmachten". Die Geschäftsstelle am Rheinufer ist barrierefrei: stufenloser Eingang, Aufzug, behindertengerechte Toilette, und im Saal gibt es eine induktive Höranlage.

Für 25 Personen stellen wir Kaffee und Kuchen bereit.

Wir freuen uns auf Ihren Besuch!

Viele Grüße
Lena Kowalski""", sig=None)

M("C", "en", "insurer-to-customer", "English: named customer's trip cancellation because her flat was damaged by fire (no health)",
  frm=ADDR("seidel"), to="Ms Amira Haddad <amira.haddad@outlook.example>", lang="en",
  subj="Your cancellation claim RR-26-01877", date="2026-06-18 09:20",
  body="""Dear Ms Haddad,

we're sorry that your flat in Offenbach was severely damaged by the fire in the neighbouring building on 9 June, forcing you to cancel your trip to Lisbon. Significant damage to your property is a covered reason under your cancellation policy RR 3310-66120.

We will refund the cancellation costs of EUR 1,210 (flights and hotel, 2 persons) less the 20 % excess: EUR 968. Payment goes to the account you gave us.

Kind regards""", sig="seidel", sigstyle="short")

M("N", "de", "internal", "trap: IT holiday handover with ticket numbers only",
  frm=ADDR("hoffmann"), to="IT-Servicedesk <servicedesk@versicherer.example>",
  subj="Übergabe Urlaub 22.06.–10.07.", date="2026-06-19 16:30",
  body="""Hallo Team,

meine offenen Tickets bis zum Urlaub:

INC0048812 – Drucker 4. OG druckt leere Seiten (Techniker bestellt)
INC0048901 – Scanstraße: Dokumentklasse "Rezept" wird als "Rechnung" erkannt (an Priya)
REQ0021177 – neue Headsets Kundenservice (Bestellung läuft)

Alles im Tool dokumentiert. Bei Fragen: Dennis.

Sonnige Grüße
Lukas""", sig=None)

M("C", "de", "insurer-to-customer", "named customer's birth date and maiden name (geb.) on a liability policy transfer after divorce, no health",
  frm=ADDR("kowalski"), to="Martina Lorenz <martina.lorenz@web.example>",
  subj="Ihre eigene Haftpflichtversicherung nach der Scheidung", date="2026-06-19 10:00",
  body="""Liebe Frau Lorenz,

wie gewünscht haben wir Sie aus dem Familienvertrag Ihres früheren Ehemanns (PH 2231-098877) herausgenommen und einen eigenen Vertrag für Sie angelegt:

Versicherungsnehmerin: Martina Lorenz, geb. Hessling, geboren am 14.09.1979
Vertrag: PH 2231-230114, Single-Tarif, 10 Mio. € Deckung
Beginn: 01.07.2026, Beitrag 58,90 € jährlich

Die Kinder bleiben im Vertrag Ihres früheren Mannes mitversichert, solange sie dort wohnen; sonst bitte Bescheid geben.

Viele Grüße
Lena Kowalski""", sig=None)



if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
