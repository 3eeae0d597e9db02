#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 15 generator (professionals' correspondence).

Writes mails/d15-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2 generator;
the office/PDF builders are hand-written with the standard library.

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


# --- office / PDF builders: hand-written, standard library only -----------
# (the dev2 generator used openpyxl, python-docx, odfpy and fpdf2; this corpus
#  builds the same file types from ZIP + XML and a minimal PDF by hand)

def _x(s):
    """XML-escape a cell / paragraph text."""
    return htmlmod.escape("" if s is None else str(s), quote=True)


def _zipbytes(members, stamp, stored_first=None):
    """members: list of (name, bytes-or-str). Fixed member times."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            if isinstance(body, str):
                body = body.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _ooxml_core(author, title=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified>'
            '</cp:coreProperties>')


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
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(len(names)))
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
          + "".join(f'<sheet name="{_x(nm)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, nm in enumerate(names))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                        f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
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
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _ooxml_core(author)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, nm in enumerate(names):
        rows = sheets[nm]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0) + 2))}" customWidth="1"/>'
            for j in range(ncol))
        xr = []
        for ri, r in enumerate(rows):
            cells = []
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri + 1}"
                s = ' s="1"' if ri == 0 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{s}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            xr.append(f'<row r="{ri + 1}">{"".join(cells)}</row>')
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<cols>{cols}</cols><sheetData>{"".join(xr)}</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", ws))
    data = _zipbytes(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _docx(fn, blocks, author="Versicherer", octet=False):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        runs = []
        for k, line in enumerate(text.split("\n")):
            if k:
                runs.append(f"<w:r>{rpr}<w:br/></w:r>")
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
        return f"<w:p>{''.join(runs)}</w:p>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(para(b[1], bold=True, size=28 if len(b) < 3 or b[2] == 1 else 24))
        elif b[0] in ("p", "small"):
            body.append(para(b[1], size=16 if b[0] == "small" else None))
        elif b[0] == "t":
            rows = b[1]
            n = max(len(r) for r in rows)
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>'
                 '<w:tblGrid>' + "".join('<w:gridCol w:w="1800"/>' for _ in range(n)) + '</w:tblGrid>']
            for i, r in enumerate(rows):
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>{para("" if v is None else str(v), bold=(i == 0))}</w:tc>'
                                for v in list(r) + [""] * (n - len(r)))
                t.append(f"<w:tr>{cells}</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
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
    data = _zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                      ("docProps/core.xml", _ooxml_core(author))], _STAMP[0])
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


def _odf(fn, mime, body_xml, kind, auto_styles=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS} office:version="1.3">'
               f'<office:automatic-styles>{auto_styles}</office:automatic-styles><office:body>{body_xml}</office:body>'
               '</office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF_NS} office:version="1.3"><office:meta>'
            f'<meta:generator>LibreOffice/7.6</meta:generator><meta:creation-date>{iso}</meta:creation-date>'
            f'<dc:date>{iso}</dc:date></office:meta></office:document-meta>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_ODF_NS} office:version="1.3">'
              '<office:styles/></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    data = _zipbytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content),
                      ("styles.xml", styles), ("meta.xml", meta)], _STAMP[0], stored_first="mimetype")
    return Att(fn, data, "application", mime.split("/", 1)[1], kind=kind)


def _ods(fn, sheets):
    tabs = []
    for name, rows in sheets.items():
        tr = []
        for r in rows:
            tcs = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tcs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    tcs.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            tr.append(f"<table:table-row>{''.join(tcs)}</table:table-row>")
        n = max((len(r) for r in rows), default=1)
        tabs.append(f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{n}"/>'
                    f'{"".join(tr)}</table:table>')
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet",
                f"<office:spreadsheet>{''.join(tabs)}</office:spreadsheet>", "ods")


def _odt(fn, blocks):
    out = []
    auto = ('<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="14pt" '
            'fo:font-weight="bold"/></style:style>')
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="H1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            n = max(len(r) for r in rows)
            tr = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                + "</table:table-row>" for r in rows)
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{n}"/>{tr}</table:table>')
    return _odf(fn, "application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", "odt", auto)


_PDF_MAP = str.maketrans({"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _pdf_wrap(text, maxc):
    out = []
    for line in text.split("\n"):
        while len(line) > maxc:
            cut = line.rfind(" ", 0, maxc)
            if cut <= 0:
                cut = maxc
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out


def _pdf_str(s):
    b = s.translate(_PDF_MAP).encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Minimal PDF 1.4 with a real text layer: Helvetica / Helvetica-Bold / Courier
    (WinAnsiEncoding, so umlauts and EUR sign survive), A4, simple line layout,
    FlateDecode content streams.  unicode=True only folds to Latin-1."""
    import zlib
    import unicodedata
    lines = []   # (font, size, leading, text)
    for b in _blocks(blocks):
        kind, txt = b[0], b[1]
        if unicode and kind != "t":
            txt = unicodedata.normalize("NFKD", txt).encode("cp1252", "ignore").decode("cp1252")
        if kind == "h":
            big = len(b) < 3 or b[2] == 1
            for l in _pdf_wrap(txt, 70 if big else 85):
                lines.append(("F2", 13 if big else 11, 17 if big else 15, l))
            lines.append(("F1", 10, 4, ""))
        elif kind == "p":
            for l in _pdf_wrap(txt, 98):
                lines.append(("F1", 10, 13, l))
            lines.append(("F1", 10, 6, ""))
        elif kind == "small":
            for l in _pdf_wrap(txt, 135):
                lines.append(("F1", 7, 9, l))
            lines.append(("F1", 7, 4, ""))
        elif kind == "t":
            rows = [["" if v is None else str(v) for v in r] for r in txt]
            w = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(len(r) for r in rows))]
            tot = sum(w) + 2 * len(w)
            size = 8 if tot <= 95 else max(5.5, 8 * 95 / tot)
            for i, r in enumerate(rows):
                s = "  ".join((r[j] if j < len(r) else "").ljust(w[j]) for j in range(len(w))).rstrip()
                lines.append(("F3", round(size, 1), round(size * 1.35, 1), s))
                if i == 0:
                    lines.append(("F3", round(size, 1), round(size * 1.35, 1), "-" * min(len(s), int(500 / (size * 0.6)))))
            lines.append(("F1", 10, 8, ""))
    pages, cur, y = [], [], 790.0
    for f, sz, lead, t in lines:
        if y - lead < 50 and cur:
            pages.append(cur)
            cur, y = [], 790.0
        y -= lead
        if t:
            cur.append(f"BT /{f} {sz} Tf 56.7 {y:.1f} Td ".encode() + _pdf_str(t) + b" Tj ET")
    if cur or not pages:
        pages.append(cur)
    objs = {}
    npg = len(pages)
    # 1 catalog, 2 pages, 3-5 fonts, 6 info, then page/content pairs
    kids = [7 + 2 * i for i in range(npg)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {npg} >>".encode()
    for o, base in ((3, "Helvetica"), (4, "Helvetica-Bold"), (5, "Courier")):
        objs[o] = f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode()
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    info = b"<< /Producer (hand-written PDF writer, dev15 corpus) /Creator (Versicherer Output) /Author " + _pdf_str(author)
    if title:
        info += b" /Title " + _pdf_str(title)
    info += f" /CreationDate ({d}) /ModDate ({d}) >>".encode()
    objs[6] = info
    for i, pg in enumerate(pages):
        po, co = 7 + 2 * i, 8 + 2 * i
        objs[po] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R "
                    f"/F2 4 0 R /F3 5 0 R >> >> /Contents {co} 0 R >>").encode()
        stream = zlib.compress(b"\n".join(pg) + b"\n", 6)
        objs[co] = f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for k in range(1, n):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    fid = _h(fn + d, 32)
    out += (f"trailer\n<< /Size {n} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    data = bytes(out)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def _pdf_text(data):
    """Extract the text layer of a PDF written by _pdf (for --check)."""
    import zlib
    txt = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n(.*?)\nendstream", data, re.S):
        s = zlib.decompress(m.group(1))
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            txt.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
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
    salt = f"d15|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d15-{n:04d}.eml"
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
    import xml.etree.ElementTree as ET
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0
    pdfs = 0
    need = {".xlsx": ("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
            ".docx": ("[Content_Types].xml", "word/document.xml"),
            ".ods": ("mimetype", "content.xml", "META-INF/manifest.xml"),
            ".odt": ("mimetype", "content.xml", "META-INF/manifest.xml")}

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            ext = low[low.rfind("."):]
            for member in need.get(ext, ()):
                assert member in z.namelist(), (fn, fname, member)
            if ext in (".ods", ".odt"):
                assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, fn
            if ext != ".zip":
                txt = []
                for name in z.namelist():
                    if name.endswith((".xml", ".rels")):
                        root = ET.fromstring(z.read(name))      # well-formed XML
                        txt.extend(t for t in root.itertext())
                assert "".join(txt).strip(), (fn, fname, "no text")
            else:
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert _pdf_text(data).strip(), (fn, fname, "empty PDF text")
            pdfs += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt", ".log", ".pem")):
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
        for h in ("From", "To", "Cc"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    assert a.username and a.domain, (fn, h, str(msg[h]))
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


# --- staff who appear for the first time in this corpus (same company) -----
STAFF.update({
    "kessler": ("Dr. med. Jan Keßler", "jan.kessler", "Beratungsarzt Krankenversicherung", "Medical Adviser, Health", "kv", "-3305"),
    "roth": ("Carina Roth", "carina.roth", "Vertragsmanagement Leistungserbringer\nKrankenhäuser / Kliniken", "Provider Contracts, Hospitals", "kv", "-3360"),
    "winter": ("Elif Winter", "elif.winter", "Leistung Leben / Todesfall", "Life Claims, Death Benefits", "lv", "-2640"),
    "haas": ("Moritz Haas", "moritz.haas", "Zentrale Poststelle / Pfändungen", "Central Mailroom / Garnishments", "grp", "-1640"),
    "bauer": ("Greta Bauer", "greta.bauer", "Gutachtenmanagement Personenversicherung", "Medical Opinions Management", "av", "-4733"),
    "santos": ("Ana Santos", "ana.santos", "Partnermanagement Gesundheit", "Healthcare Partner Management", "kv", "-3380"),
})

# ---------------------------------------------------------------- batch 1

M("S", "de", "insurer-to-doctor",
  "request for a medical report on a named BU claimant with diagnosis hint and filled release form attached",
  frm=ADDR("stanek"), to="Praxis Dr. med. Reinhild Lehmann <praxis@dr-lehmann-orthopaedie.example>",
  subj="Anforderung Befundbericht – Frau Karin Voßberg, geb. 12.03.1971 – LV 61-4402198",
  date="2026-02-03 09:14",
  body="""Sehr geehrte Frau Dr. Lehmann,

Ihre Patientin Frau Karin Voßberg, geboren am 12.03.1971, wohnhaft Am Kirchberg 4, 53773 Hennef, hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung beantragt. Sie gibt an, seit Oktober 2025 wegen eines Bandscheibenvorfalls (LWS, L4/L5) bei Ihnen in Behandlung zu sein und ihren Beruf als Altenpflegerin nicht mehr ausüben zu können.

Für die Prüfung bitten wir Sie um einen ärztlichen Befundbericht mit folgenden Angaben:

1. Diagnosen (möglichst mit ICD-10), Datum der Erstdiagnose
2. bisherige Behandlung (konservativ / operativ), Verlauf
3. bildgebende Befunde (MRT vom November 2025?)
4. Ihre Einschätzung, ob und in welchem Umfang Frau Voßberg körperlich schwere Tätigkeiten (Heben, Umlagern von Bewohnern) noch ausüben kann

Die von Frau Voßberg unterschriebene Schweigepflichtentbindung liegt als PDF bei. Für den Bericht vergüten wir Ihnen 60,00 EUR (entsprechend Nr. 75 GOÄ zzgl. Porto); bitte legen Sie eine Rechnung bei.

Gerne können Sie uns den Bericht auch über unser Portal oder per Fax an 0221 555-92615 schicken – bitte nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen""",
  sig="stanek",
  att=[PDF("Schweigepflichtentbindung_Vossberg.pdf", [
      ("h", "Erklärung zur Entbindung von der Schweigepflicht"),
      "Versicherungsnummer: LV 61-4402198\nVersicherte Person: Karin Voßberg, geb. 12.03.1971\nAnschrift: Am Kirchberg 4, 53773 Hennef",
      "Ich entbinde die nachstehend genannten Ärzte, Krankenhäuser und Therapeuten von ihrer Schweigepflicht, soweit dies für die Prüfung meines Antrags auf Leistungen wegen Berufsunfähigkeit erforderlich ist:",
      ("t", [["Name", "Fachrichtung", "Ort", "behandelt seit"],
             ["Dr. med. Reinhild Lehmann", "Orthopädie", "Siegburg", "10/2025"],
             ["Dr. med. Frank Otten", "Allgemeinmedizin (Hausarzt)", "Hennef", "2009"],
             ["Radiologie am Michaelsberg", "Radiologie (MRT LWS)", "Siegburg", "11/2025"],
             ["Physiotherapie Brölbogen", "Krankengymnastik", "Hennef", "11/2025"]]),
      "Diese Erklärung gilt für Auskünfte, die sich auf die Zeit ab dem 01.01.2021 beziehen.",
      "Hennef, 27.01.2026          Unterschrift: K. Voßberg (eigenhändig)"],
      title="Schweigepflichtentbindung")])

M("N", "de", "internal",
  "trap: DRG base rates and surcharges agreed with a hospital group, no patient or insured person",
  frm=ADDR("roth"), to=["Gerrit Brandt <gerrit.brandt@versicherer.example>", "Dr. med. Jan Keßler <jan.kessler@versicherer.example>"],
  subj="Kliniken Rhein-Erft: Wahlleistungsvereinbarung 2026 – Ergebnis der Verhandlung",
  date="2026-02-03 11:02",
  body="""Hallo Gerrit, hallo Jan,

kurzes Update aus der Verhandlung mit den Kliniken Rhein-Erft gGmbH gestern in Frechen. Wir sind durch – die Zahlen im Anhang sind mit der Geschäftsführung abgestimmt, die Unterschrift kommt nächste Woche.

Wichtigste Punkte:
- Direktabrechnung für unsere Vollversicherten über die Klinik-Card ab 01.04.2026 an allen drei Standorten
- Zweibettzimmer-Zuschlag 2026: 68,50 EUR/Tag (statt 74,00), Einbettzimmer 112,00 EUR/Tag
- Chefarztbehandlung weiterhin nach GOÄ, Steigerungssatz max. 2,3 für persönliche Leistungen, 1,8 technisch
- Kein Aufschlag mehr für die Geriatrie-Station in Bergheim
- Quartalsweise Reporting der Fallzahlen je Fachabteilung (nur aggregiert, keine Patientendaten – haben wir so reingeschrieben)

Die DRG-Tabelle hängt nur zur Info dran, die Basisfallwerte sind die Landesbasisfallwerte NRW, da haben wir eh keinen Einfluss.

Für die Einführung in Leistung Stationär würde ich gern einen Termin mit deinem Team machen, Gerrit. KW 9?

Viele Grüße
Carina""",
  sig="roth", sigstyle="short",
  att=[XLSX("Rhein-Erft_Wahlleistungen_2026_final.xlsx", {
      "Zuschläge": [["Leistung", "Standort", "2025 EUR", "2026 EUR", "Änderung %"],
                    ["Zweibettzimmer / Tag", "alle", 74.0, 68.5, -7.4],
                    ["Einbettzimmer / Tag", "alle", 118.0, 112.0, -5.1],
                    ["Einbettzimmer Komfort / Tag", "Frechen", 139.0, 135.0, -2.9],
                    ["Begleitperson / Tag", "alle", 55.0, 55.0, 0.0]],
      "DRG Beispiel": [["DRG", "Bezeichnung", "Bewertungsrelation", "Basisfallwert NRW", "Erlös EUR"],
                       ["I47C", "Revision oder Ersatz des Hüftgelenkes ohne kompl. Diagnose", 1.658, 4398.08, 7292.02],
                       ["F62C", "Herzinsuffizienz und Schock ohne äußerst schwere CC", 0.806, 4398.08, 3544.85],
                       ["G67D", "Ösophagitis, Gastroenteritis ohne komplexe Diagnose", 0.386, 4398.08, 1697.66],
                       ["O60D", "Vaginale Entbindung ohne komplizierende Diagnose", 0.512, 4398.08, 2251.82]]})])

M("C", "de", "insurer-to-lawyer",
  "lawyer's claim for a named third party's car damage (plate, claim number), explicitly no injuries",
  frm=ADDR("brenner"), to="RA Jasper Kühn <kuehn@kanzlei-kuehn-partner.example>",
  subj="AW: Ihr Zeichen 23/0117-K – Unfall 19.12.2025 Bonn, Schaden-Nr. KH-2025-883106",
  date="2026-02-03 14:37",
  body="""Sehr geehrter Herr Rechtsanwalt Kühn,

vielen Dank für Ihr Schreiben. Die Haftung unseres Versicherungsnehmers dem Grunde nach ist unstreitig; wir regulieren zu 100 %.

Zur Höhe:
- Reparaturkosten laut Gutachten Dekra (netto): 4.812,44 EUR – werden wie abgerechnet erstattet, da Ihre Mandantin die Reparaturrechnung vorgelegt hat
- Wertminderung: 350,00 EUR
- Nutzungsausfall: 9 Tage x 59,00 EUR = 531,00 EUR (Gruppe E, Fahrzeug BN-SW 4417)
- Kostenpauschale: 25,00 EUR
- Ihre Gebühren aus einem Gegenstandswert von 5.718,44 EUR, 1,3 Geschäftsgebühr zzgl. Auslagen und USt.

Die Zahlung an Ihre Mandantin, Frau Svenja Wirtz, geht heute auf das in Ihrem Schreiben genannte Kanzlei-Anderkonto raus. Da laut Ihrer Mitteilung und dem Polizeibericht niemand verletzt wurde, ist die Sache damit aus unserer Sicht abgeschlossen.

Mit freundlichen Grüßen""",
  sig="brenner",
  quote=OQ("Kanzlei Kühn & Partner <kuehn@kanzlei-kuehn-partner.example>", "Mittwoch, 28. Januar 2026 10:12",
           "schaden-kfz@versicherer.example", "Unfall 19.12.2025 Bonn – Ihr VN Kennzeichen SU-MT 208",
           """Sehr geehrte Damen und Herren,

wir vertreten Frau Svenja Wirtz, Lessingstraße 22, 53113 Bonn. Am 19.12.2025 fuhr Ihr Versicherungsnehmer mit dem Fahrzeug SU-MT 208 an der Ampel Reuterstraße auf das Fahrzeug unserer Mandantin (BN-SW 4417) auf. Personen wurden nicht verletzt.

Wir machen folgende Schadenpositionen geltend ... (siehe Anlage).

Mit freundlichen Grüßen
Jasper Kühn
Rechtsanwalt"""))

M("S", "en", "hospital",
  "foreign hospital's guarantee-of-payment request for a named expat insured: diagnosis, planned surgery, cost estimate",
  frm=ADDR("whitfield"), to="International Health Services <ihs-claims@versicherer.example>",
  subj="FW: Guarantee of Payment request - Mr. Tobias Reinhardt - Policy IH-7731902",
  date="2026-02-04 07:48",
  body="""Team,

please pick this one up first thing – patient is already admitted, surgery planned for tomorrow 10:00 local time. Bumrungrad has sent a cost estimate, I've checked the policy: Global Plus, inpatient 100 %, no waiting period left (inception 2022). Appendicitis is obviously not pre-existing.

GOP up to THB 420,000 is fine from my side. Anything above please come back to me.

Emma""",
  sig="whitfield", sigstyle="short",
  quote=FW("Intl. Patient Insurance Dept. <insurance@bangkok-intl-hospital.example>", "Wed, 4 Feb 2026 at 12:31",
           "ihs-claims@versicherer.example", "Guarantee of Payment request - Mr. Tobias Reinhardt", """Dear Sir/Madam,

We would like to request a Guarantee of Payment (GOP) for the following patient:

Patient name: Mr. Tobias REINHARDT
Date of birth: 17 August 1988
Nationality: German
Policy no.: IH-7731902
HN: 1182-664-20
Admission date: 04 Feb 2026 (via Emergency)
Attending physician: Dr. Anan Wattanakul, General Surgery

Diagnosis: Acute appendicitis (K35.8), CT abdomen confirmed, no perforation
Planned procedure: Laparoscopic appendectomy on 05 Feb 2026
Estimated length of stay: 3 days
Estimated cost: THB 385,000 (room, OR, anaesthesia, pathology, medication)

Please kindly send the GOP at your earliest convenience. Medical report and consent form are attached in the original email.

Best regards,
Khun Ploy S.
International Patient Insurance Coordinator""", lang="en"))

M("N", "en", "internal",
  "trap: congress invitation on insurance medicine, speakers named only in their professional role, no patient data",
  frm=ADDR("hasselbach"), to=["Medical Underwriting <risikopruefung-leben@versicherer.example>", "Dr. med. Jan Keßler <jan.kessler@versicherer.example>"],
  subj="FW: Invitation – 34th Cologne Symposium on Insurance Medicine, 24–25 April 2026",
  date="2026-02-04 10:20",
  body="""Dear all,

forwarding the programme – I'll be chairing the Friday afternoon session on long COVID and disability claims. The company pays the fee for two of you from underwriting plus Jan; please sort out among yourselves who goes and tell me by end of February. The calendar entry is attached so you can block the dates.

Ulrike""",
  sig="hasselbach", sigstyle="name",
  quote=FW("Symposium Office <office@insurance-medicine-symposium.example>", "Tue, 3 Feb 2026 at 16:05",
           "Dr. Ulrike Hasselbach", "Invitation – 34th Cologne Symposium on Insurance Medicine", """Dear Dr Hasselbach,

We are delighted to invite you to the 34th Cologne Symposium on Insurance Medicine at the Gürzenich, Cologne.

Friday 24 April
09:30  Opening – Prof. Dr. Martina Quast, Chair of the Society
10:00  Mental disorders and occupational disability: what the data tell us after ten years
11:30  Long COVID / post-COVID condition – a practical guide for claims assessment
14:00  Oncology survivorship and underwriting – new reinsurance manual guidance
16:00  Panel: Digital health applications (DiGA) as evidence in claims?

Saturday 25 April
09:30  Cardiovascular risk scores in underwriting: QRISK, SCORE2 and beyond
11:00  Workshop: writing a good medical opinion for a court

Fee: EUR 590 (members EUR 420). 12 CME points have been applied for with the Ärztekammer Nordrhein.

Kind regards
Symposium Office""", lang="en"),
  att=[ICS("Symposium_Insurance_Medicine_2026.ics", "sym34-2026@insurance-medicine-symposium.example",
           "34. Kölner Symposium Versicherungsmedizin", "20260424T093000", "20260425T130000",
           ("Symposium Office", "office@insurance-medicine-symposium.example"),
           location="Gürzenich, Martinstraße 29-37, 50667 Köln",
           description="Programme see e-mail. Registration until 31 March 2026.")])

M("S", "de", "insurer-to-dentist",
  "dental treatment plan review for a named insured with GOZ positions, tooth numbers and findings",
  frm=ADDR("wendland"), to="Zahnarztpraxis Dr. Yıldız & Kollegen <verwaltung@zahnaerzte-ehrenfeld.example>",
  subj="Heil- und Kostenplan vom 21.01.2026 – Patient Herr Marco Brückner – Ihre Rechnungsnr. HKP-2026-0133",
  date="2026-02-04 13:55",
  body="""Sehr geehrte Damen und Herren,

wir haben den Heil- und Kostenplan für Herrn Marco Brückner (Vers.-Nr. KV 220-55107-3) geprüft, den uns der Patient zur Erstattungsvorabklärung eingereicht hat.

Regio 36 (Implantat mit Suprakonstruktion): Die Positionen 9010, 9040, 9050 sowie 2200 GOZ werden im tariflichen Umfang (ZahnPlus 80) übernommen. Zu 9100 (Knochenaufbau, externer Sinuslift) fehlt uns die Begründung – aus dem OPG vom 14.01.2026 ergibt sich im Unterkiefer kein Sinus. Vermutlich ist 9120 (Knochenaufbau Unterkiefer) gemeint? Bitte prüfen Sie das.

Regio 46: Die geplante Wurzelkanalbehandlung (2410 x 3, 2440) ist medizinisch nachvollziehbar; der 3,5-fache Steigerungssatz bei 2410 ist jedoch nicht begründet. Ohne Begründung nach § 5 Abs. 2 GOZ können wir nur bis 2,3 erstatten.

Material- und Laborkosten: Das Labor-Angebot (Keramik-Krone auf Implantat, 1.120,00 EUR) liegt im üblichen Rahmen.

Wir haben Herrn Brückner parallel informiert. Bei Rückfragen erreichen Sie mich direkt unter der unten genannten Nummer.

Mit freundlichen Grüßen""",
  sig="wendland")

M("C", "de", "police",
  "police asking about a named burglary victim's household insurance claim and stolen items; no health data",
  frm=ADDR("demir"), to="KK Lars Wöhlert <lars.woehlert@polizei-koeln.example>",
  subj="AW: Ermittlungsverfahren 311 UJs 4021/26 – Wohnungseinbruch Zülpicher Str. 88",
  date="2026-02-04 16:10",
  body="""Sehr geehrter Herr Wöhlert,

die Stehlgutliste, die Herr Buchholz bei uns eingereicht hat, schicke ich Ihnen wie gewünscht als Anlage. Sie ist etwas ausführlicher als die Liste bei Ihrer Anzeigenaufnahme (er hat noch die zwei Objektive und die Uhr ergänzt). Zu den Seriennummern der Kamera und des Laptops finden Sie die Angaben in der Liste.

Die Hausratversicherung (Vertrag HR 40-1187752) besteht seit 2019 ungekündigt; die Entschädigung ist noch nicht ausgezahlt. Sollte Stehlgut sichergestellt werden, bitten wir um kurze Nachricht, damit wir den Rückführungsprozess abstimmen können.

Mit freundlichen Grüßen""",
  sig="demir",
  quote=OQ("Wöhlert, Lars (KK 14)", "Dienstag, 3. Februar 2026 13:20", "Demir, Aylin", "Ermittlungsverfahren 311 UJs 4021/26",
           """Sehr geehrte Frau Demir,

in o.g. Verfahren (Wohnungseinbruch zum Nachteil Herrn Philipp Buchholz, Zülpicher Str. 88, 50674 Köln, Tatzeit 22./23.01.2026) bitte ich um Übersendung der bei Ihnen eingereichten Stehlgutliste mit Seriennummern. Bei einer Durchsuchung in Porz wurden Fotoausrüstung und Laptops sichergestellt, die wir abgleichen wollen.

Mit freundlichen Grüßen
Wöhlert, KK
Polizeipräsidium Köln – KK 14"""),
  att=[CSV("Stehlgutliste_Buchholz.csv", [
      ["Pos", "Gegenstand", "Hersteller / Modell", "Seriennummer", "Kaufjahr", "Neuwert EUR"],
      ["1", "Systemkamera", "Sony Alpha 7 IV", "4418203", "2023", "2499"],
      ["2", "Objektiv", "Sony FE 24-70 2.8 GM II", "1830552", "2023", "2399"],
      ["3", "Objektiv", "Sigma 85mm 1.4 DG DN", "55120984", "2024", "899"],
      ["4", "Laptop", "Apple MacBook Pro 14 M3", "C02HX3ZKQ6L4", "2024", "2199"],
      ["5", "Armbanduhr", "Junghans Max Bill Automatic", "27/4700.02-889", "2018", "1195"],
      ["6", "Bargeld", "-", "-", "-", "340"]])])

M("N", "de", "insurer-to-supplier",
  "trap: facility mail about water damage in the pharmacy leased in the insurer's own building, no person's insurance",
  frm=ADDR("richter"), to="Haustechnik Schäfer GmbH <auftrag@haustechnik-schaefer.example>",
  subj="Dringend: Wasserschaden Apotheke EG Rheinuferstraße 12 – Auftrag 4500187733",
  date="2026-02-05 07:31",
  body="""Guten Morgen Herr Schäfer,

heute Nacht ist in unserem Gebäude Rheinuferstraße 12 im 1. OG (Teeküche Abteilung Einkauf) ein Eckventil unter der Spüle abgerissen. Das Wasser ist durch die Decke in die Rhein-Apotheke im Erdgeschoss gelaufen (unsere Mieterin). Betroffen sind der Backoffice-Bereich und ein Teil des Kommissionierautomaten. Der Hausmeister hat um 5:40 Uhr das Wasser abgestellt.

Bitte schicken Sie so schnell wie möglich
- einen Installateur für das Eckventil (1. OG, Raum 1.118),
- die Trocknungstechnik (Bautrockner, Feuchtemessung) für die Decke im EG.

Die Apotheke hat heute geöffnet, der Verkaufsraum ist trocken. Bitte beim Betreten des Backoffice vorher bei der Filialleitung melden, dort stehen Kühlschränke mit Arzneimitteln, die nicht vom Strom genommen werden dürfen.

Bestellnummer 4500187733 gilt für alle Arbeiten, Abrechnung wie immer über unser Facility Management.

Viele Grüße""",
  sig="richter", sigstyle="short")

M("S", "de", "employer",
  "employer's report of a work accident of a named employee with injuries, sent to group accident insurance",
  frm=ADDR("albrecht"), to="Unfall-Leistung Team 1 <unfall-leistung@versicherer.example>",
  subj="WG: Unfallmeldung Mitarbeiter – Gruppenunfall GU-3300841 – Metallbau Hövelmann",
  date="2026-02-05 09:42",
  body="""Bitte anlegen und Unfallfragebogen an den Verletzten schicken. Die Meldung an die BG Holz und Metall ist laut Arbeitgeber erfolgt, D-Arzt-Bericht fordern wir an.

Miriam""",
  quote=FW("Renate Hövelmann <personal@metallbau-hoevelmann.example>", "05.02.2026, 08:57",
           "unfall-leistung@versicherer.example", "Unfallmeldung Mitarbeiter", """Sehr geehrte Damen und Herren,

hiermit melden wir einen Arbeitsunfall unseres Mitarbeiters für die Gruppenunfallversicherung GU-3300841:

Name: Dennis Kowalczyk
geb.: 09.06.1994
Tätigkeit: Metallbauer (Monteur)
Unfalltag: 02.02.2026, ca. 14:15 Uhr
Unfallort: Baustelle Neubau Kita, Am Stadtwald 3, Wesseling

Hergang: Herr Kowalczyk stand auf einer Leiter und montierte ein Geländer. Die Leiter ist weggerutscht, er ist aus ca. 2,5 m Höhe auf den Betonboden gestürzt.

Verletzungen: Fraktur des rechten Handgelenks (distale Radiusfraktur), Prellung Hüfte. Er wurde mit dem RTW ins Dreifaltigkeits-Krankenhaus Wesseling gebracht und am 03.02. operiert (Platte). Krankgeschrieben voraussichtlich 8 Wochen.

Die Unfallanzeige an die BG ist raus.

Mit freundlichen Grüßen
Renate Hövelmann
Personalabteilung
Metallbau Hövelmann GmbH & Co. KG""", lang="de"))

M("N", "de", "applicant",
  "trap (decided NORMAL): application for an advisory-physician job with professional career only, no birth date, salary or health data",
  frm=ADDR("weiss"), to=["Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>", "Dr. med. Jan Keßler <jan.kessler@versicherer.example>"],
  subj="Bewerbung Beratungsarzt/-ärztin (m/w/d) Kranken – Ref. 2026-017 – Dr. Pauline Striegler",
  date="2026-02-05 11:18",
  body="""Liebe Frau Dr. Hasselbach, lieber Herr Dr. Keßler,

für die Stelle Beratungsarzt Kranken ist eine erste interessante Bewerbung eingegangen, ich leite sie Ihnen zur Vorauswahl weiter. Den Lebenslauf habe ich unten aus dem Bewerberportal kopiert (Anlagen wie Approbationsurkunde liegen im Portal).

Bitte geben Sie mir bis Freitag Bescheid, ob wir sie zum Erstgespräch einladen.

Viele Grüße
Nadine Weiß

--- Kurzprofil aus dem Bewerberportal ---
Dr. med. Pauline Striegler, Fachärztin für Innere Medizin
Beruflicher Werdegang:
seit 2021  Oberärztin, Klinik für Innere Medizin, St. Elisabeth-Krankenhaus Köln-Hohenlind
2017–2021  Fachärztin, Gastroenterologie, Universitätsklinikum Bonn
2011–2017  Assistenzärztin, Innere Medizin, Evangelisches Klinikum Bethel, Bielefeld
Studium:   Humanmedizin, Universität Münster, Promotion 2012 (Thema: Biomarker bei chronisch-entzündlichen Darmerkrankungen)
Zusatzqualifikationen: Sozialmedizin (Kurs A/B abgeschlossen), Ärztliches Qualitätsmanagement
Motivation (Auszug): „Nach zehn Jahren Klinik möchte ich meine Erfahrung in der Begutachtung stationärer Behandlungen einbringen und mich stärker mit Leitlinien und Versorgungsqualität beschäftigen.“
Verfügbarkeit: ab 01.07.2026, Vollzeit""",
  sig="weiss", sigstyle="short", disc=False)

M("C", "en", "insurer-to-notary",
  "notary settling an estate: deceased's household contents policy, heirs named, account for payout; no cause of death",
  frm=ADDR("demir"), to="Notariat Dr. Vollmer <office@notar-vollmer-bonn.example>", lang="en",
  subj="RE: Estate of the late Mr. Gerhard Ostendorf - household contents policy HR 40-0991245",
  date="2026-02-05 15:04",
  body="""Dear Dr Vollmer,

thank you for your e-mail and the copy of the certificate of inheritance. As requested in English for the heirs living abroad:

1. The household contents policy HR 40-0991245 (policyholder: Mr Gerhard Ostendorf, Kaiserstraße 7, 53113 Bonn) ended with effect from the date of death in line with section 13 of our general terms, as the flat is no longer inhabited. Cover for the contents continues for two months to protect the estate while the flat is being cleared (until 31 March 2026).
2. The premium already paid for the period after that date, EUR 87.40, will be refunded to the estate. Please let us know whether this should be paid to the joint heirs' account at Sparkasse KölnBonn which you mentioned (IBAN DE... ending 4471) or to your escrow account.
3. Ms Helen Ostendorf-Price and Mr Robert Ostendorf do not need to sign anything else for us.

Kind regards""",
  sig="demir",
  quote=OQ("Notariat Dr. Vollmer", "Monday, 2 February 2026 17:48", "Aylin Demir",
           "Nachlass Gerhard Ostendorf / estate", """Dear Ms Demir,

we are dealing with the estate of Mr Gerhard Ostendorf, who died on 11 January 2026. His heirs are his daughter Helen Ostendorf-Price (London) and his son Robert Ostendorf (Bonn). Could you please confirm in English what happens to the household contents insurance and whether a refund is due?

Best regards
Dr. Bernhard Vollmer, Notar""", lang="en"))

M("S", "en", "insurer-to-expert",
  "commissioning a medical expert opinion on a named insured's degree of disability after an accident (arm value, diagnoses)",
  frm=ADDR("bauer"), to="Prof. Dr. med. Stefan Aurich <gutachten@unfallchirurgie-aurich.example>", lang="en",
  subj="Expert opinion request – accident policy UV 77-3120054 – Ms. Claire Dubois",
  date="2026-02-06 08:40",
  body="""Dear Professor Aurich,

as discussed on the phone, we would like to commission a medical expert opinion (final assessment of permanent impairment, "Invalidität") for our insured person:

Name: Claire Dubois, born 22/06/1984
Address: Hohenstaufenring 41, 50674 Köln (speaks German and English; she prefers English for the examination)
Accident: 14 March 2025, fall from a bicycle on black ice
Injuries according to the hospital discharge letter: displaced fracture of the left radial head (S52.12), elbow dislocation, lesion of the ulnar nerve (S54.0), surgery 15 March 2025 (radial head prosthesis)

Questions:
1. Which permanent impairment of the left arm is attributable to the accident, expressed as a fraction of the arm value (Armwert) under section 2.1.2.2.1 of our terms (AUB 2014)?
2. Is the ulnar nerve lesion part of the same functional limitation or to be assessed separately?
3. Are there pre-existing conditions or infirmities that contributed to the impairment (section 3)? She reports an old sprain of the same elbow in 2012.
4. Is a further improvement to be expected? If so, when should a re-assessment take place?

Enclosed you will find (via our secure portal, link follows separately): discharge letter Uniklinik Köln, operative report, X-rays of 09/2025, physiotherapy report, her completed questionnaire and the signed release from confidentiality.

Fee according to our agreement (JVEG M2 + 20 %). Please let us have the report within eight weeks of the examination.

Kind regards""",
  sig="bauer")

M("N", "de", "newsletter",
  "trap: pharmacy newsletter on delivery bottlenecks of medicines and a guideline update, no patient",
  frm="Versicherer Gesundheitsnewsletter <newsletter@versicherer.example>", to="Partnerapotheken <partnerapotheken@versicherer.example>",
  subj="Partnerapotheken-Info 02/2026: Lieferengpässe, E-Rezept-Abrechnung, neue Hilfsmittel-Leitlinie",
  date="2026-02-06 06:00",
  body="""Partnerapotheken-Info 02/2026
=============================

Liebe Partnerapotheken,

1) Lieferengpässe
Das BfArM meldet weiterhin Engpässe bei Salbutamol-Dosieraerosolen, einigen Amoxicillin-Säften für Kinder und bei Tamoxifen 20 mg. Bei Austausch gegen ein nicht rabattiertes Präparat erstatten wir unseren Versicherten den Mehrpreis; ein Vermerk „Lieferengpass“ auf dem Beleg genügt.

2) E-Rezept für Privatversicherte
Ab 1. April 2026 nehmen wir E-Rezept-Quittungen über die App „Versicherer Gesundheit“ an. Für Sie ändert sich nichts: Sie stellen die Quittung wie bisher in der Apotheken-Software aus.

3) Leitlinie Hilfsmittel
Die überarbeitete Hilfsmittel-Leitlinie (Kompressionsstrümpfe, Blutzuckermessgeräte, Inhalationsgeräte) steht im Partnerbereich zum Download. Neu: Blutzuckermessgeräte mit CGM-Funktion werden nach ärztlicher Verordnung ohne Kostenvoranschlag erstattet.

4) Termine
Online-Sprechstunde für Apothekenteams: 18.03.2026, 14:00–15:00 Uhr.

Sie erhalten diese Nachricht, weil Ihre Apotheke am Partnerprogramm teilnimmt. Abmelden: www.versicherer.example/partner/abmelden
Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln""")

M("S", "de", "insurer-to-hospital",
  "cost-coverage confirmation for a named patient's planned inpatient stay with OPS code and diagnosis",
  frm=ADDR("brandt"), to="Patientenaufnahme / Kostenklärung <kostenklaerung@st-vinzenz-koeln.example>",
  subj="Kostenübernahmeerklärung – Patientin Ingrid Fahrenkamp, geb. 04.07.1961 – Aufnahme 16.02.2026",
  date="2026-02-06 10:15",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte

Ingrid Fahrenkamp, geb. 04.07.1961
Versicherungsnummer KV 110-87042-1, Tarif StationärPremium (Einbettzimmer, Chefarzt)

übernehmen wir die Kosten der geplanten stationären Behandlung ab dem 16.02.2026 in Ihrem Haus:

Einweisungsdiagnose: Gonarthrose rechts (M17.1)
Geplanter Eingriff: Implantation einer Knie-Totalendoprothese (OPS 5-822.g1)
Voraussichtliche Verweildauer: 7 Tage

Die Kostenübernahme umfasst die allgemeinen Krankenhausleistungen (DRG) sowie die Wahlleistungen Unterkunft Einbettzimmer und wahlärztliche Leistungen. Bitte rechnen Sie die allgemeinen Krankenhausleistungen und die Unterkunft direkt mit uns ab; die Liquidation des Wahlarztes geht an die Patientin.

Eine anschließende Anschlussheilbehandlung ist gesondert zu beantragen.

Mit freundlichen Grüßen""",
  sig="brandt")

M("C", "de", "authority",
  "social welfare office asking whether a named person has household and liability insurance (insurance status); no health data",
  frm=ADDR("kowalski"), to="Kundenservice Rückfragen <kundenservice@versicherer.example>",
  subj="WG: Anfrage Sozialamt – Versicherungsstatus Herr Jürgen Pelzer",
  date="2026-02-06 12:49",
  body="""Hallo zusammen,

kann jemand aus Sach schauen, ob wir für Herrn Pelzer überhaupt noch was im Bestand haben? Ich finde nur einen stornierten Hausratvertrag von 2023. Vollmacht / Rechtsgrundlage fehlt übrigens – bitte erst Auskunft geben, wenn das Sozialamt die Einwilligung von Herrn Pelzer nachreicht, hab ich denen schon geschrieben.

LG Lena""",
  quote=FW("Stadt Leverkusen – Fachbereich Soziales <soziales.sgb12@leverkusen-stadt.example>", "05.02.2026 15:31",
           "info@versicherer.example", "Anfrage zum Versicherungsstatus – Az. 50.22-SH-1187/26", """Sehr geehrte Damen und Herren,

im Rahmen der Prüfung von Leistungen nach dem SGB XII bitten wir um Auskunft, ob und welche Versicherungsverträge bei Ihnen bestehen für:

Herrn Jürgen Pelzer
geb. 30.11.1958
wohnhaft Kölner Straße 144, 51379 Leverkusen

Insbesondere interessieren uns Hausrat- und Haftpflichtversicherung sowie Verträge mit Rückkaufswert.

Mit freundlichen Grüßen
Im Auftrag
Dominik Schäfers
Stadt Leverkusen, Fachbereich Soziales""", lang="de"))

M("S", "de", "insurer-to-care-service",
  "care insurance: request to an outpatient care service for the care documentation of a named insured with care grade and diagnoses",
  frm=ADDR("yilmaz"), to="Ambulanter Pflegedienst Lebensfreude <pdl@pflegedienst-lebensfreude.example>",
  subj="Pflegetagegeld – Herr Werner Kallmeyer – Anforderung Pflegedokumentation",
  date="2026-02-06 14:26",
  body="""Sehr geehrte Frau Ahrens,

vielen Dank für das freundliche Telefonat. Wie besprochen zur Erinnerung schriftlich:

Herr Werner Kallmeyer (Pflegetagegeld-Vertrag PT 33-0401177) ist vom Medizinischen Dienst zum 01.12.2025 in Pflegegrad 3 eingestuft worden (Gutachten liegt uns vor; Hauptdiagnosen Morbus Parkinson G20.1 und beginnende Demenz). Ihr Pflegedienst versorgt ihn seit September 2025 zweimal täglich.

Für die Leistungsprüfung benötigen wir:
- den Pflegevertrag mit Leistungskomplexen,
- die Pflegeplanung und das Leistungsnachweisblatt für Dezember 2025 und Januar 2026,
- falls vorhanden, den Sturzbericht vom 08.01.2026.

Die Einwilligung von Herrn Kallmeyer bzw. seiner Tochter als Bevollmächtigter (Vorsorgevollmacht in Kopie bei uns) liegt vor. Sie können die Unterlagen über unser SecureMail-Portal hochladen; den Link bekommen Sie gleich separat.

Mit freundlichen Grüßen""",
  sig="yilmaz")

M("N", "en", "insurer-to-partner",
  "trap: draft direct-billing agreement with a private hospital group, rates and process only, no patients",
  frm=ADDR("santos"), to="Dr. Lukas Amberg <l.amberg@mediclin-partner-group.example>", lang="en",
  subj="Direct billing agreement – redline v3",
  date="2026-02-06 16:40",
  body="""Dear Lukas,

please find attached our redline v3 of the direct billing agreement. Main changes compared to your v2:

- clause 4.2: invoices via the electronic interface only (XML as per the attached schema), no more paper after 30 June 2026
- clause 5.1: payment term 21 days from receipt of a complete invoice (you asked for 14, our finance team can't commit to that yet)
- clause 7: audit rights – we have limited these to sample checks of max. 2 % of cases per quarter, conducted on-site, with pseudonymised case lists prepared by your controlling
- annex 2: room surcharges as agreed on 28 January

We'd be happy to sign in March if your legal team is fine with clause 7. Shall we have a call on Thursday?

Best regards
Ana""",
  sig="santos", sigstyle="short",
  att=[DOCX("Direct_Billing_Agreement_v3_redline.docx", [
      ("h", "Direct Billing Agreement"),
      "between Versicherer Krankenversicherung a.G., Cologne (\"the Insurer\") and MediClin Partner Group GmbH, Frankfurt (\"the Hospital Group\")",
      ("h", "4. Invoicing", 2),
      "4.1 The Hospital Group shall invoice general hospital services and agreed elective services directly to the Insurer for persons insured under a comprehensive health policy who present a valid hospital card.",
      "4.2 Invoices shall be transmitted exclusively via the electronic interface (XML schema version 2.1, Annex 3). Paper invoices will no longer be accepted after 30 June 2026.",
      ("h", "5. Payment", 2),
      "5.1 The Insurer shall pay within 21 days of receipt of a complete invoice.",
      ("h", "7. Audit", 2),
      "7.1 The Insurer may audit up to 2 % of cases per quarter by sample. Case lists provided for sampling shall be pseudonymised.",
      ("h", "Annex 2 – Room surcharges (EUR per day)", 2),
      ("t", [["Category", "2026", "2027"], ["Two-bed room", "71.00", "73.00"], ["Single room", "118.00", "121.50"],
             ["Accompanying person", "55.00", "55.00"]])])])

M("S", "de", "doctor",
  "doctor's reply with diagnoses, medication and prognosis of a named disability claimant, forwarded internally",
  frm=ADDR("stanek"), to=ADDR("hasselbach"),
  subj="WG: Befundbericht Frau Voßberg / LV 61-4402198",
  date="2026-02-10 09:03",
  body="""Liebe Frau Dr. Hasselbach,

Bericht von Frau Dr. Lehmann ist da (Fax, hier abgetippt). Könnten Sie sich das ansehen? Mich interessiert vor allem, ob wir ohne Gutachten entscheiden können oder ob wir eine Untersuchung in Auftrag geben sollten.

Danke und Gruß
Oliver Stanek""",
  quote=FW("Praxis Dr. med. Reinhild Lehmann (Fax 02241 99 41 20)", "09.02.2026", "Leistung Leben / BU", "Befundbericht Karin Voßberg, geb. 12.03.1971", """Sehr geehrte Damen und Herren,

Frau Voßberg ist seit 14.10.2025 in meiner Behandlung.

Diagnosen:
- Bandscheibenvorfall L4/L5 mediolateral links mit Wurzelreizung L5 (M51.1 G)
- chronisches Lumbalsyndrom (M54.5 G)
- Adipositas Grad I (E66.0)

Therapie: Physiotherapie 2x/Woche seit 11/2025, Ibuprofen 600 mg bei Bedarf, Pregabalin 75 mg 1-0-1 seit 12/2025, PRT-Infiltration L5 links am 02.12.2025 mit nur kurzzeitiger Besserung. Eine OP wurde von Frau Voßberg bisher abgelehnt.

MRT LWS vom 06.11.2025: Sequester L4/5 links, Kompression der Wurzel L5.

Beurteilung: Heben und Tragen über 10 kg, Arbeiten in Rumpfvorneigung und das Umlagern von Patienten sind derzeit nicht möglich. Leichte Tätigkeiten im Wechsel von Sitzen und Stehen wären möglich. Eine wesentliche Besserung innerhalb der nächsten sechs Monate erwarte ich ohne operative Versorgung nicht.

Mit freundlichen kollegialen Grüßen
Dr. med. R. Lehmann
Fachärztin für Orthopädie""", lang="de"))

M("C", "de", "court",
  "court's order in a tenancy dispute of a named insured under legal expenses cover; no health content",
  frm=ADDR("lindqvist"), to="RA Dr. Annika Brauer <brauer@mietrecht-brauer.example>",
  subj="RS 55-2210934 / Ihr Mandant Herr Yannick Solms – Beschluss AG Köln 212 C 48/25",
  date="2026-02-10 11:47",
  body="""Sehr geehrte Frau Dr. Brauer,

den Beschluss des Amtsgerichts Köln vom 05.02.2026 haben wir erhalten (Auszug unten). Die Kosten der vom Gericht angeordneten Beweisaufnahme – Sachverständigengutachten zur Mietminderung wegen der Schimmelbildung in der Wohnung Ihres Mandanten, Auslagenvorschuss 2.500,00 EUR – übernehmen wir im Rahmen der Deckungszusage vom 14.07.2025.

Den Vorschuss überweisen wir direkt an die Gerichtskasse Köln unter Angabe des Aktenzeichens.

Mit freundlichen Grüßen""",
  sig="lindqvist",
  quote="""Auszug aus dem Beschluss:

> Amtsgericht Köln, 212 C 48/25
> In dem Rechtsstreit Wohnungsbaugesellschaft Nippes eG ./. Yannick Solms, Neusser Str. 301, 50733 Köln
> wird Beweis erhoben über die Behauptung des Beklagten, die Wohnung weise seit November 2024
> in Schlafzimmer und Bad erheblichen Schimmelbefall auf, der nicht auf falsches Lüftungsverhalten
> zurückzuführen sei, durch Einholung eines Sachverständigengutachtens.
> Zum Sachverständigen wird Dipl.-Ing. Harald Menge, Köln, bestimmt.
> Die Beweisaufnahme wird davon abhängig gemacht, dass der Beklagte einen Auslagenvorschuss
> von 2.500,00 EUR binnen drei Wochen einzahlt.""")

M("N", "en", "internal",
  "trap: anonymised peer-review case for the medical advisers' meeting, no identifiable person",
  frm=ADDR("kessler"), to="Beratungsärzte Kranken <beratungsaerzte-kv@versicherer.example>", lang="en",
  subj="Peer review Thursday – case 2026/04 (anonymised)",
  date="2026-02-10 15:20",
  body="""Hi all,

for Thursday's peer review (we'll do it in English again because of our colleague from the Dublin office), here is the case. Everything identifying has been removed or changed – age rounded, places and dates shifted, no policy number. Please don't try to look it up in the system.

Case 2026/04
Woman, mid-forties, comprehensive health policy. Claim for a 21-day inpatient stay in a psychosomatic clinic, admitted as "acute crisis", no prior outpatient psychotherapy on record. Clinic invoice based on daily rates, no PEPP grouping. GP referral letter is two lines.

Questions for discussion:
1. Is "medical necessity of inpatient treatment" sufficiently documented when the clinic's admission report describes only outpatient-level symptoms?
2. How do we deal with mixed institutions (section 4(5) of the terms) if the clinic did not ask us for prior approval?
3. Would a retrospective approval for the first 10 days be a fair compromise?

Bring your own view, I'll present the outcome we decided last year in a comparable case.

Jan""",
  sig="kessler", sigstyle="name")

M("C", "de", "insurer-to-authority",
  "answer to the immigration authority confirming a named foreign national's liability/household cover; insurance status, birth date",
  frm=ADDR("kowalski"), to="Ausländerbehörde Köln <auslaenderamt.team3@stadt-koeln.example>",
  subj="AW: Bestätigung Versicherungsschutz – Frau Oksana Melnyk, geb. 1990-05-14",
  date="2026-02-11 08:55",
  body="""Sehr geehrte Damen und Herren,

mit Einwilligung von Frau Melnyk (liegt uns schriftlich vor) bestätigen wir Ihnen:

Frau Oksana Melnyk, geb. 1990-05-14, wohnhaft Kalker Hauptstraße 201, 51103 Köln, ist bei uns seit dem 01.09.2025 privathaftpflicht- und hausratversichert (Verträge PH 70-2281930 und HR 40-2281931). Die Beiträge sind bis einschließlich März 2026 bezahlt.

Bitte beachten Sie: Eine Krankenversicherung besteht bei uns nicht. Für den Nachweis der Krankenversicherung wenden Sie sich bitte an die gesetzliche Krankenkasse von Frau Melnyk.

Mit freundlichen Grüßen""",
  sig="kowalski")

M("S", "en", "insurer-to-pharmacy",
  "query to a pharmacy about a named insured's prescriptions (drug names, doses, PZN) for reimbursement",
  frm=ADDR("whitfield"), to="Apotheke am Hansaring <info@apotheke-hansaring.example>", lang="en",
  subj="Receipts for Mr. Daniel Okoye – clarification needed",
  date="2026-02-11 13:32",
  body="""Dear Sir or Madam,

our policyholder Mr Daniel Okoye (policy IH-6620411), who has asked us to correspond in English, submitted the following receipts from your pharmacy for reimbursement. Two items are unclear to us:

- 12/01/2026: Humira 40 mg pre-filled pen, 6 pens (PZN 11181495), EUR 5,121.73 – the prescription attached shows only 2 pens. Was the quantity changed on the doctor's instruction?
- 26/01/2026: "Rezeptur" EUR 48.20 without further details – could you please tell us what was compounded (he says it is a cortisone ointment for his psoriasis)?

Mr Okoye has given his consent for us to contact you; a copy is available on request. A short reply by phone or fax is fine.

Kind regards""",
  sig="whitfield")

M("N", "de", "insurer-to-supplier",
  "trap: order of a new defibrillator and ECG for the insurer's company medical service, no patient",
  frm=ADDR("krueger"), to="Medizintechnik Weyer GmbH <vertrieb@medizintechnik-weyer.example>",
  subj="Bestellung 4500188210 – Betriebsärztlicher Dienst, Defibrillator + 12-Kanal-EKG",
  date="2026-02-11 15:08",
  body="""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Angebot AN-26-0412 vom 29.01.2026 bestellen wir für unseren betriebsärztlichen Dienst:

Pos. 1  1 x AED Philips HeartStart FRx inkl. Tragetasche und Pads-Kassette     1.690,00 EUR
Pos. 2  1 x EKG-Gerät Schiller Cardiovit FT-1, 12 Kanal, mit Interpretationssoftware  2.340,00 EUR
Pos. 3  2 x Ersatzelektroden-Set Erwachsene                                     118,00 EUR
Pos. 4  Einweisung nach MPBetreibV für 3 Personen vor Ort                        180,00 EUR
Summe netto 4.328,00 EUR

Lieferadresse: Versicherer Holding AG, Betriebsärztlicher Dienst, Raum E.014, Rheinuferstraße 12, 50667 Köln
Ansprechpartnerin vor Ort: Frau Schnitzler, Tel. -1590

Bitte vermerken Sie die Bestellnummer auf allen Lieferpapieren und Rechnungen. Die Einweisung bitte mit Frau Schnitzler abstimmen.

Mit freundlichen Grüßen""",
  sig="krueger")

M("C", "en", "lawyer",
  "lawyer's letter about a named tenant's liability claim for water damage to the flat below, no injury",
  frm=ADDR("oltmanns"), to="Liability claims <haftpflicht-schaden@versicherer.example>", lang="en",
  subj="FW: Your policyholder Mr. Arjun Mehta - water damage Luxemburger Str. 120 - claim PH-2026-004471",
  date="2026-02-11 16:55",
  body="""FYI and for the file – the lawyer writes in English because the landlord is a UK investment company. I'll answer tomorrow; we need the plumber's report before we accept anything.

Jens""",
  quote=FW("Harper Lindemann LLP <d.ruessmann@harper-lindemann.example>", "Wed, 11 Feb 2026 14:20",
           "haftpflicht-schaden@versicherer.example", "Your policyholder Mr. Arjun Mehta - water damage", """Dear Sirs,

We act for Rhine Residential Ltd, owner of the building at Luxemburger Straße 120, 50939 Cologne.

On 27 January 2026 water escaped from the washing machine in flat 3.2, rented by your policyholder Mr Arjun Mehta (private liability policy PH 70-1904426, as he confirmed to our client's property manager). The water caused damage to the ceiling and parquet of flat 2.2 below, which had to be vacated for three weeks. Nobody was injured.

Our client's losses are estimated at EUR 14,700 (repairs, drying, rent loss). We invite you to confirm cover and liability within 14 days.

Yours faithfully
Dorothea Rüssmann
Harper Lindemann LLP""", lang="en"))

M("N", "de", "internal",
  "trap: blank release-from-confidentiality form revised for the hospital-claims team, only placeholders",
  frm=ADDR("meier"), to=["Gerrit Brandt <gerrit.brandt@versicherer.example>", "Oliver Stanek <oliver.stanek@versicherer.example>", "Greta Bauer <greta.bauer@versicherer.example>"],
  subj="Neue Schweigepflichtentbindungserklärung (Muster GDV 2026) – bitte ab 01.03. verwenden",
  date="2026-02-12 09:30",
  body="""Liebe Kolleginnen und Kollegen,

anbei das angepasste Muster der Schweigepflichtentbindung nach den aktualisierten Verhaltensregeln. Änderungen gegenüber der Version 2022:
- Einzelermächtigung als Standard (Option 1), Pauschalermächtigung nur noch, wenn die Kundin/der Kunde sie ausdrücklich wählt
- neuer Absatz zur Weitergabe an Gutachter und Rückversicherer
- Hinweis auf das Widerrufsrecht deutlicher hervorgehoben

Bitte ab dem 01.03.2026 nur noch dieses Formular verschicken. Die Textbausteine im Korrespondenzsystem werden parallel ausgetauscht.

Viele Grüße
Thomas Meier""",
  sig="meier", sigstyle="short",
  att=[DOCX("Schweigepflichtentbindung_Muster_2026.docx", [
      ("h", "Einwilligung und Schweigepflichtentbindung"),
      "Versicherungsnummer: «Vertragsnummer»\nVersicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
      ("h", "1. Erhebung von Gesundheitsdaten bei Dritten", 2),
      "Option 1 (Einzelfall): Ich möchte in jedem Einzelfall informiert werden, von welchen Personen oder Stellen und zu welchem Zweck eine Auskunft benötigt wird, und entscheide dann, ob ich einwillige.",
      "Option 2 (pauschal): Ich willige ein, dass der Versicherer – soweit es für die Leistungsprüfung erforderlich ist – meine Gesundheitsdaten bei Ärzten, Pflegepersonen sowie bei Bediensteten von Krankenhäusern, sonstigen Krankenanstalten, Pflegeheimen, Personenversicherern, gesetzlichen Krankenkassen, Berufsgenossenschaften und Behörden erhebt.",
      ("h", "2. Weitergabe an Gutachter und Rückversicherer", 2),
      "…",
      ("t", [["Ort, Datum", "Unterschrift versicherte Person", "ggf. gesetzl. Vertreter"], ["«Ort», «Datum»", "", ""]])])])

M("S", "de", "funeral-home",
  "funeral home forwarding a death certificate excerpt with cause of death for a named life insured",
  frm=ADDR("winter"), to="Leistung Leben Todesfall <leben-todesfall@versicherer.example>",
  subj="WG: Sterbefall Hans-Dieter Rombach – Unterlagen Bestattungshaus – LV 60-0078821",
  date="2026-02-12 14:02",
  body="""Zur Akte. Todesbescheinigung (vertraulicher Teil) liegt als Scan im Dokumentenmanagement. Todesursache natürlich, Vertrag läuft seit 1998, also keine Prüfung der vorvertraglichen Anzeigepflicht nötig. Auszahlung an die Witwe als Bezugsberechtigte, sobald Erbschein bzw. Ausweis vorliegt.

Elif""",
  quote=FW("Bestattungshaus Klinkhammer <info@bestattungen-klinkhammer.example>", "12.02.2026 11:40",
           "leben-todesfall@versicherer.example", "Sterbefall Rombach", """Sehr geehrte Damen und Herren,

im Auftrag von Frau Ute Rombach übersenden wir die Unterlagen zum Sterbefall ihres Ehemannes

Hans-Dieter Rombach, geb. 02.09.1949, verstorben am 07.02.2026 im Klinikum Leverkusen.

Beigefügt: Sterbeurkunde (Standesamt Leverkusen), Kopie der Versicherungspolice, Kopie der Todesbescheinigung.
Aus der Todesbescheinigung, Teil „Todesursache“: unmittelbare Ursache Herz-Kreislauf-Versagen, infolge Pneumonie, Grundleiden metastasiertes Prostatakarzinom (C61). Todesart: natürlich.

Bitte überweisen Sie das Sterbegeld abzüglich unserer Kosten (Rechnung 2026-0214 über 4.180,00 EUR, Abtretungserklärung von Frau Rombach anbei) an uns.

Mit freundlichen Grüßen
Bestattungshaus Klinkhammer""", lang="de"))


# ---------------------------------------------------------------- batch 2

M("S", "de", "hospital",
  "hospital invoice with DRG, OPS and diagnoses of a named patient, only in a forwarded message/rfc822; body harmless",
  frm=ADDR("brandt"), to="Rechnungsprüfung Stationär <rechnungspruefung-stationaer@versicherer.example>",
  subj="WG: Rechnung Fall 26004417",
  date="2026-02-12 16:30",
  body="""Bitte prüfen, Verweildauer kommt mir lang vor. Danke!

Gerrit""",
  att=[EML(INNER("Patientenabrechnung St. Vinzenz <abrechnung@st-vinzenz-koeln.example>",
                 "rechnungseingang-kv@versicherer.example", "Rechnung Fall 26004417 – Quadflieg, Rainer",
                 "2026-02-11 09:12", """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung für den stationären Aufenthalt

Patient: Rainer Quadflieg, geb. 23.11.1955
Versichertennummer: KV 110-60218-4
Aufnahme: 16.01.2026, Entlassung: 29.01.2026 (13 Tage)
Fallnummer: 26004417

Hauptdiagnose: I50.14 Linksherzinsuffizienz mit Beschwerden in Ruhe
Nebendiagnosen: I10.90 Essentielle Hypertonie, E11.9 Diabetes mellitus Typ 2, N18.3 Chronische Nierenkrankheit Stadium 3
Prozeduren: 8-930 Monitoring von Atmung, Herz und Kreislauf
            3-052 Transösophageale Echokardiographie
DRG: F62B  Bewertungsrelation 2,011  x Landesbasisfallwert 4.398,08 EUR = 8.844,54 EUR
Zuschläge (Pflegeentgelt, Qualitätssicherung, Telematik): 2.713,20 EUR
Wahlleistung Einbettzimmer 12 Tage x 112,00 EUR = 1.344,00 EUR
Gesamtbetrag: 12.901,74 EUR

Zahlungsziel 30 Tage. Bankverbindung siehe Rechnungsfuß.

Mit freundlichen Grüßen
Patientenabrechnung""", "<abr-26004417@st-vinzenz-koeln.example>"), "Rechnung Fall 26004417.eml")])

M("N", "de", "internal",
  "trap: physiotherapy practice in the building reports a ransomware incident, booking system only, no patient data involved",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Standort Köln <alle-koeln@versicherer.example>",
  subj="Rückenfit-Kurse diese Woche abgesagt (IT-Störung bei der Physiopraxis)",
  date="2026-02-13 08:05",
  body="""Liebe Kolleginnen und Kollegen,

die Physiopraxis im 2. UG, die für uns die Rückenfit- und Mobility-Kurse anbietet, hatte am Mittwoch einen Cyberangriff auf ihr Online-Buchungssystem. Die Praxis hat uns Folgendes mitgeteilt:

„Betroffen ist ausschließlich der Terminkalender des Kursanbieters (Cloud-Dienst), in dem nur Kursnamen, Uhrzeiten und Raumbelegungen gespeichert sind. Die Praxissoftware mit Patientendaten läuft auf einem getrennten System und ist nach Prüfung durch unseren IT-Dienstleister nicht betroffen. Eine Meldung an die Datenschutzaufsicht war daher nicht erforderlich.“

Da die Buchungen weg sind, fallen alle Kurse bis einschließlich Freitag aus. Ab Montag bitte neu über das Intranet (Gesundheit & Sport → Kurse) anmelden.

Viele Grüße
Anja Richter
Facility Management""")

M("C", "de", "insurer-to-court",
  "third-party debtor declaration for a named employee's wage garnishment: net salary and existing garnishments",
  frm=ADDR("haas"), to="Amtsgericht Bergisch Gladbach – Vollstreckungsgericht <poststelle@ag-gl.example>",
  cc="Obergerichtsvollzieher Krings <krings@gv-rheinberg.example>",
  subj="Drittschuldnererklärung nach § 840 ZPO – 12 M 338/26 – Schuldner: Kevin Adomeit",
  date="2026-02-13 10:22",
  body="""Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache

Gläubigerin: Autohaus Rieke GmbH, Overath
Schuldner: Kevin Adomeit, geb. 21.04.1992, Hauptstraße 9, 51465 Bergisch Gladbach

geben wir als Arbeitgeberin des Schuldners zum Pfändungs- und Überweisungsbeschluss vom 04.02.2026 (zugestellt am 09.02.2026) folgende Erklärung ab:

1. Die Forderung wird als begründet anerkannt; wir sind bereit zu zahlen.
2. Der Schuldner ist bei uns seit 01.08.2019 als Sachbearbeiter beschäftigt. Das monatliche Nettoeinkommen beträgt derzeit rund 2.640,00 EUR; er ist einer Person gegenüber unterhaltsverpflichtet.
3. Vorrangig besteht eine Pfändung der Stadtkasse Bergisch Gladbach vom 12.11.2025 (Forderung 1.215,80 EUR), die voraussichtlich mit der Abrechnung März 2026 erledigt ist.
4. Eine Abtretung der Lohnansprüche besteht nicht.

Der pfändbare Betrag wird nach Erledigung der Vorpfändung monatlich an die Gläubigerin abgeführt.

Mit freundlichen Grüßen
i. A. Moritz Haas""",
  sig="haas", sigstyle="short")

M("S", "en", "therapist",
  "psychotherapist's application for outpatient therapy for a named insured with diagnosis and treatment plan",
  frm=ADDR("whitfield"), to="Dr. med. Jan Keßler <jan.kessler@versicherer.example>", lang="en",
  subj="FW: Application for psychotherapy – Ms. Sarah Lindgren (IH-7140256)",
  date="2026-02-13 11:48",
  body="""Jan,

could you please review this one? It's an expat policy (international tariff, psychotherapy covered after approval, max. 50 sessions per year). The therapist is a licensed psychological psychotherapist in Düsseldorf, so that's fine. My question is only whether 25 sessions of behavioural therapy as the first block are plausible.

Thanks
Emma""",
  sig="whitfield", sigstyle="name",
  quote=FW("Praxis für Psychotherapie Dipl.-Psych. Marie Tessendorf <praxis@psychotherapie-tessendorf.example>",
           "Thu, 12 Feb 2026 17:02", "ihs-claims@versicherer.example", "Application for psychotherapy – Sarah Lindgren", """Dear Sir or Madam,

on behalf of my patient, Ms Sarah Lindgren (date of birth 03/09/1991, policy IH-7140256), I apply for cost coverage of outpatient cognitive behavioural therapy.

Diagnoses: F41.1 Generalised anxiety disorder; F32.1 Moderate depressive episode
Symptoms: persistent worry, sleep disturbance, panic-like episodes at work since summer 2025; sick leave for six weeks in autumn 2025.
Previous treatment: none; GP prescribed sertraline 50 mg in October 2025.
Plan: 25 sessions of CBT (50 min), weekly; focus on worry exposure, cognitive restructuring, behavioural activation. Re-evaluation after session 20.
Probatory sessions held on 15/01, 22/01 and 29/01/2026.

Kind regards
Marie Tessendorf
Psychological Psychotherapist (licensed)""", lang="en"))

M("N", "de", "internal",
  "trap: fire-protection risk survey of a hospital company's buildings (company policyholder, no natural person named)",
  frm=ADDR("hartmann"), to="Risk Engineering <risk-engineering@versicherer.example>",
  subj="Risikobesichtigung Klinikum Nordeifel gGmbH – Zusammenfassung für die Verlängerung",
  date="2026-02-13 14:15",
  body="""Hallo zusammen,

Zusammenfassung der Besichtigung vom 10.02. für die Verlängerung Sach/BU zum 01.07.2026 (Vertrag läuft über den Klinikverbund, Ansprechpartner bleibt der Makler):

Objekt: Bettenhaus A (1974, 6 Geschosse), Funktionstrakt B (2011, OP, Intensiv, Radiologie), Wirtschaftsgebäude C (Küche, Wäscherei)
Positiv:
- Brandmeldeanlage Vollschutz, Aufschaltung Feuerwehr, Wartung aktuell
- Notstrom für OP und Intensiv mit monatlichem Lastlauf
- MRT/CT im Funktionstrakt mit separater Löschanlage (Gas)
Mängel:
- Bettenhaus A: Brandschutztüren im 3. und 5. OG mit Holzkeilen offengehalten
- Wäscherei: Flusenablagerungen an den Trocknerabluftkanälen, Reinigungsintervall unklar
- Lager für Desinfektionsmittel (ca. 2.000 l alkoholisch) ohne Auffangwanne
Empfehlung: Verlängerung zu unveränderten Konditionen, Auflage Mängelbeseitigung innerhalb von 3 Monaten; Selbstbehalt Wäscherei von 10.000 auf 25.000 EUR anheben, falls die Reinigung nicht nachgewiesen wird.

Fotos liegen im Risiko-Ordner.

Gruß
Sven""",
  sig="hartmann", sigstyle="short")

M("S", "de", "expert",
  "medical expert opinion on a named insured's permanent impairment only in the PDF attachment; body harmless",
  frm=ADDR("bauer"), to=ADDR("albrecht"),
  subj="Gutachten Aurich eingegangen",
  date="2026-02-16 09:10",
  body="""Hallo Miriam,

das Gutachten von Prof. Aurich ist heute gekommen, liegt bei. Rechnung über 1.240,00 EUR habe ich schon zur Zahlung gegeben.

Gruß Greta""",
  att=[PDF("Gutachten_UV77-3120054_Aurich.pdf", [
      ("h", "Unfallchirurgisches Fachgutachten"),
      "Auftraggeber: Versicherer Allgemeine Versicherung AG, Unfallversicherung UV 77-3120054\nVersicherte Person: Claire Dubois, geb. 22.06.1984, Hohenstaufenring 41, 50674 Köln\nUntersuchung: 05.02.2026 in meiner Praxis (Gespräch auf Englisch)",
      ("h", "Befund", 2),
      "Linker Ellenbogen: Narbe radial 9 cm reizlos. Streckung/Beugung 0-25-110 Grad (rechts 0-0-145). Unterarmdrehung ausw./einw. 60-0-50 (rechts 85-0-85). Sensibilitätsminderung Kleinfinger und ulnarer Ringfinger links, Kraftgrad Fingerspreizung 4/5. Röntgen: Radiuskopfprothese regelrecht, keine Lockerung, beginnende Arthrose humeroulnar.",
      ("h", "Beantwortung der Fragen", 2),
      "1. Die unfallbedingte dauernde Beeinträchtigung beträgt 3/10 Armwert links.",
      "2. Die Läsion des N. ulnaris ist in der Gesamtfunktion des Armes mitbewertet; eine gesonderte Bemessung (Handwert) erfolgt nicht.",
      "3. Die Distorsion von 2012 ist folgenlos ausgeheilt; eine Mitwirkung von Vorerkrankungen besteht nicht (0 %).",
      "4. Eine wesentliche Besserung ist nicht zu erwarten. Eine Nachbegutachtung halte ich nicht für erforderlich.",
      "Köln, 12.02.2026\nProf. Dr. med. Stefan Aurich, Facharzt für Orthopädie und Unfallchirurgie"],
      title="Gutachten Dubois", author="Praxis Prof. Aurich")])

M("C", "de", "insurer-to-lawyer",
  "total loss settlement for a named claimant with IBAN and vehicle data; no one injured",
  frm=ADDR("brenner"), to="Kanzlei Ohlendorf Verkehrsrecht <post@ohlendorf-verkehrsrecht.example>",
  subj="Totalschaden Frau Melanie Görgen – Ihr Az. 114/26 – unser Schaden KH-2026-001208",
  date="2026-02-16 11:33",
  body="""Sehr geehrter Herr Ohlendorf,

wir rechnen den Schaden Ihrer Mandantin, Frau Melanie Görgen, auf Totalschadenbasis ab:

Wiederbeschaffungswert (Gutachten Sachverständigenbüro Theisen):  9.800,00 EUR
abzgl. Restwert (verbindliches Angebot, Fahrzeug VW Golf VII, FIN WVWZZZAUZGW118204):  -2.150,00 EUR
Sachverständigenkosten:  784,52 EUR
Abmelde-/Ummeldekosten pauschal:  80,00 EUR
Kostenpauschale:  25,00 EUR
Summe:  8.539,52 EUR

Verletzt wurde bei dem Unfall laut Ihrem Schreiben niemand; Schmerzensgeld ist nicht geltend gemacht.

Wie von Ihnen mitgeteilt, zahlen wir direkt an Frau Görgen auf ihr Konto
IBAN """ + IB("DE", "370501980012345678") + """ (Sparkasse KölnBonn).
Ihre Kostennote geht separat an Sie.

Mit freundlichen Grüßen""",
  sig="brenner")

M("N", "de", "internal",
  "trap: summary of a published back-pain guideline for claims staff, no person",
  frm=ADDR("kessler"), to="Leistungsservice Kranken <leistung-kv-alle@versicherer.example>",
  subj="Kurzinfo: Nationale VersorgungsLeitlinie Kreuzschmerz – was sich für die Leistungsprüfung ändert",
  date="2026-02-16 13:40",
  body="""Liebe Kolleginnen und Kollegen,

die aktualisierte NVL Nicht-spezifischer Kreuzschmerz ist erschienen. Für Ihre tägliche Arbeit in Kürze:

- Bildgebung (Röntgen, MRT) bei nicht-spezifischem Kreuzschmerz ohne Warnzeichen („red flags“) in den ersten 6 Wochen: weiterhin NICHT empfohlen. Rechnungen für ein MRT in dieser Phase sind nicht automatisch abzulehnen, aber bitte bei mehrfacher Bildgebung innerhalb kurzer Zeit an uns Beratungsärzte geben.
- Multimodale Schmerztherapie: Indikation nach 6 Wochen bei Chronifizierungsrisiko, nach 12 Wochen bei anhaltender Einschränkung.
- Nicht empfohlen: Akupunktur bei akutem Kreuzschmerz, TENS, Kinesio-Taping, perkutane Verfahren ohne radikuläre Symptomatik.
- Opioide nur kurzfristig und nach Versagen anderer Analgetika.

Die Langfassung liegt im Wissensportal unter Medizin → Leitlinien. Fragen gern an mich.

Viele Grüße
Jan Keßler""",
  sig="kessler", sigstyle="short", disc=False)

M("S", "de", "insurer-to-authority",
  "request to the pension insurance for a named insured's rehab discharge report and disability pension file",
  frm=ADDR("stanek"), to="Deutsche Rentenversicherung Rheinland – Sozialmedizinischer Dienst <smd@drv-rheinland.example>",
  subj="Anforderung Reha-Entlassungsbericht und EM-Rentenbescheid – Versicherungsnr. 13 210571 V 512",
  date="2026-02-16 15:18",
  body="""Sehr geehrte Damen und Herren,

Herr Dirk Tenhagen, geb. 21.05.1971, Ihr Versicherter mit der Rentenversicherungsnummer 13 210571 V 512, bezieht bei uns seit 11/2025 vorläufig eine Berufsunfähigkeitsrente (Vertrag LV 63-2209117). Nach seinen Angaben hat er vom 02.10. bis 06.11.2025 eine medizinische Rehabilitation in der Klinik am Rosengarten, Bad Salzuflen, absolviert (Indikation: koronare Herzkrankheit nach Hinterwandinfarkt) und einen Antrag auf Erwerbsminderungsrente gestellt.

Wir bitten um Übersendung
1. des ärztlichen Reha-Entlassungsberichts einschließlich der sozialmedizinischen Leistungsbeurteilung,
2. des Bescheids über die Erwerbsminderungsrente bzw. des Sachstands.

Die Einwilligungs- und Schweigepflichtentbindungserklärung von Herrn Tenhagen, die sich ausdrücklich auch auf die Deutsche Rentenversicherung erstreckt, fügen wir bei (Anlage im Portal). Kosten für Kopien erstatten wir.

Mit freundlichen Grüßen""",
  sig="stanek")

M("N", "de", "insurer-to-hospital",
  "trap: blank cost-coverage request form sent to hospitals' admission offices, placeholders only",
  frm=ADDR("roth"), to="Patientenaufnahmen Partnerkliniken <partnerkliniken-verteiler@versicherer.example>",
  subj="Neues Formular Kostenübernahmeanfrage (gültig ab 01.03.2026)",
  date="2026-02-17 08:30",
  body="""Sehr geehrte Damen und Herren,

ab dem 1. März 2026 verwenden wir ein überarbeitetes Formular für Kostenübernahmeanfragen. Neu sind die Felder für den OPS-Kode der geplanten Hauptprozedur und für die Angabe, ob eine gemischte Anstalt vorliegt. Bitte senden Sie ausgefüllte Formulare ausschließlich über das Klinikportal oder per Fax – nicht per unverschlüsselter E-Mail, da sie Gesundheitsdaten enthalten.

Das leere Formular finden Sie im Anhang.

Mit freundlichen Grüßen""",
  sig="roth",
  att=[PDF("Formular_Kostenuebernahmeanfrage_2026.pdf", [
      ("h", "Anfrage Kostenübernahme stationäre Behandlung"),
      "Bitte vollständig ausfüllen und über das Klinikportal oder per Fax an 0221 555-93360 senden.",
      ("t", [["Feld", "Eintrag"],
             ["Name, Vorname der Patientin/des Patienten", "____________________"],
             ["Geburtsdatum", "__.__.____"],
             ["Versicherungsnummer", "KV ___-_____-_"],
             ["Aufnahmedatum (geplant)", "__.__.____"],
             ["Einweisungsdiagnose (ICD-10-GM)", "________"],
             ["geplante Hauptprozedur (OPS)", "_-___.__"],
             ["voraussichtl. Verweildauer (Tage)", "___"],
             ["Wahlleistungen", "[ ] Einbettzimmer  [ ] Zweibettzimmer  [ ] Chefarzt"],
             ["gemischte Anstalt", "[ ] ja  [ ] nein"]]),
      "Datum, Stempel und Unterschrift des Krankenhauses: ______________________"],
      title="Kostenübernahmeanfrage")])

M("C", "en", "police",
  "police asking for the frame number of a named insured's stolen e-bike; property only",
  frm=ADDR("demir"), to="PK Nadine Jacobs <nadine.jacobs@polizei-bonn.example>", lang="en",
  subj="RE: Theft of e-bike – case 2026/118830 – Mr. Henrik Sørensen",
  date="2026-02-17 10:11",
  body="""Dear Ms Jacobs,

thank you for writing in English, I'm happy to continue that way as Mr Sørensen has copied us in English too.

The e-bike insured under his household policy HR 40-3318760 (bicycle theft extension) is:
Riese & Müller Charger4 GT vario, colour black, frame number WRM-C4G-8842117, battery serial 5500 0981 3321, purchased 04/2024 for EUR 5,299.

The claim was reported to us on 9 February. If the bike turns up, please let us know – as long as we haven't paid, it simply goes back to Mr Sørensen.

Kind regards""",
  sig="demir",
  quote=Q("""On Mon, 16 Feb 2026, Jacobs, Nadine (Polizei Bonn) wrote:
Dear Ms Demir,
Mr Henrik Sørensen, Poppelsdorfer Allee 58, 53115 Bonn, reported the theft of his e-bike from the bicycle cellar on 7/8 February 2026. He did not have the frame number at hand. Could you send it to us if he has given it to you for the insurance claim?
Regards, N. Jacobs, Police Inspection Bonn-Zentrum"""))

M("S", "de", "authority",
  "trade association (Berufsgenossenschaft) notifying a named insured's work accident with injuries and incapacity period",
  frm=ADDR("albrecht"), to="Unfall-Leistung Team 1 <unfall-leistung@versicherer.example>",
  subj="WG: Mitteilung BG Holz und Metall – Arbeitsunfall Dennis Kowalczyk",
  date="2026-02-17 13:50",
  body="""Zur Akte GU-3300841 / Kowalczyk. Die BG hat Unfall als Arbeitsunfall anerkannt. Für unsere Invaliditätsprüfung brauchen wir später den Abschlussbericht; Wiedervorlage 3 Monate.""",
  quote=FW("BG Holz und Metall, Bezirksverwaltung Köln <bv-koeln@bghm-beispiel.example>", "17.02.2026 11:03",
           "Versicherer Allgemeine Versicherung AG", "Ihr Zeichen GU-3300841 – Unfall vom 02.02.2026", """Sehr geehrte Damen und Herren,

Ihrer Anfrage entsprechend teilen wir mit:

Der Unfall Ihres Versicherten Dennis Kowalczyk, geb. 09.06.1994, vom 02.02.2026 ist als Arbeitsunfall anerkannt (Az. 2 26 0418822 7).
Diagnose laut D-Arzt-Bericht: distale Radiusfraktur rechts (S52.51), Hüftprellung rechts (S70.0). Operative Versorgung mit winkelstabiler Platte am 03.02.2026.
Arbeitsunfähigkeit besteht voraussichtlich bis 31.03.2026; eine BG-Reha (EAP) ist ab KW 10 eingeleitet.

Eine Übersendung des D-Arzt-Berichts ist nur mit Einwilligung des Versicherten möglich.

Mit freundlichen Grüßen
Im Auftrag
Hannelore Rupp""", lang="de"))

M("N", "en", "insurer-to-supplier",
  "trap: framework contract with a translation agency for medical reports (process and prices, no patient)",
  frm=ADDR("krueger"), to="LinguaMed Translations Ltd <contracts@linguamed.example>", lang="en",
  subj="Framework agreement 2026–2028 – medical translations – signed copy",
  date="2026-02-17 16:00",
  body="""Dear Mr Hadley,

please find attached the countersigned framework agreement for medical translations (German <-> English, French, Polish, Turkish, Arabic).

A few practical points for the start on 1 March:
- documents will be provided exclusively through our secure portal; please do not accept medical documents from our staff by ordinary e-mail, and tell us if it happens
- translators must have signed the confidentiality undertaking (annex 4) before receiving any file
- price per standard line: EUR 1.65 (German/English), EUR 1.95 (other languages); express surcharge 50 %
- invoices monthly, referencing our PO 4500188455 and our internal job number only – no patient names on invoices, please

Our contact for day-to-day matters will be the Medical Opinions Management team (Ms Greta Bauer).

Kind regards""",
  sig="krueger")

M("S", "de", "dentist",
  "dental invoice with GOZ positions, tooth numbers and diagnosis of a named insured, base64-encoded body",
  frm=ADDR("wendland"), to="Zahn-Leistung <zahn-leistung@versicherer.example>", cte="base64",
  subj="WG: Rechnung Zahnarztpraxis Rosenhügel – Emilia Hartwig (Kind) – ZahnKids",
  date="2026-02-18 09:25",
  body="""Bitte nach ZahnKids (100 %) abrechnen, KFO ist nicht dabei. Mutter hat telefonisch nachgefragt, bitte zügig.

T. Wendland""",
  quote=FW("Abrechnungszentrum DentaFakt <rechnungen@dentafakt.example>", "16.02.2026 14:40",
           "Julia Hartwig", "Ihre Rechnung Nr. 26-11842", """Rechnung Nr. 26-11842 für
Patientin: Emilia Hartwig, geb. 11.08.2017
Rechnungsempfängerin: Julia Hartwig, Amselweg 3, 50259 Pulheim
Behandlung durch: Zahnarztpraxis am Rosenhügel, Dr. S. Brinck

Datum      Zahn  GOZ   Leistung                                  Faktor  Betrag EUR
20.01.26         0010  Eingehende Untersuchung                   2,3     12,94
20.01.26         Ä5000 Röntgen (Bissflügel), 2 Aufnahmen         1,8     16,78
20.01.26   75    2050  Füllung einflächig (Karies, K02.1)        2,3     24,71
20.01.26   84    2060  Füllung zweiflächig Komposit              2,3     69,56
20.01.26   16,26 2000  Fissurenversiegelung je Zahn              2,3     21,34
03.02.26         1020  Lokale Fluoridierung                      2,3      7,50
Material (Komposit, Versiegler)                                          18,20
Summe                                                                    171,03

Zahlbar bis 16.03.2026.""", lang="de"))

M("N", "de", "insurer-to-care-service",
  "trap: nursing home operator (prospect company) asking for a building insurance quote; no contract, no resident data",
  frm=ADDR("hartmann"), to="Seniorenzentrum Haus Lindenhof gGmbH <verwaltung@haus-lindenhof.example>",
  subj="AW: Anfrage Gebäude- und Inventarversicherung Pflegeheim",
  date="2026-02-18 11:40",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage. Damit wir Ihnen ein Angebot für die Gebäude-, Inventar- und Betriebsunterbrechungsversicherung Ihres Pflegeheims machen können, benötigen wir folgende Angaben:

- Baujahr, Bauart und Geschossanzahl, Sanierungen der letzten 10 Jahre
- Versicherungssumme Gebäude (Wert 1914 oder Neubauwert) und Inventar (inkl. Pflegebetten, Lifter, Küche)
- Anzahl Pflegeplätze, Tagespflege ja/nein
- Brandschutz: Brandmeldeanlage, Rauchabschnitte, Evakuierungskonzept, letzte Begehung der Feuerwehr
- Schadenverlauf der letzten 5 Jahre (nur Sachschäden)
- gewünschter Beginn

Bitte schicken Sie uns keine Angaben zu Bewohnerinnen und Bewohnern – für das Angebot brauchen wir nur Daten zum Gebäude und zum Betrieb. Den Fragebogen hänge ich Ihnen als Word-Datei an.

Mit freundlichen Grüßen""",
  sig="hartmann",
  att=[DOCX("Fragebogen_Sach_Pflegeeinrichtungen.docx", [
      ("h", "Risikofragebogen Pflegeeinrichtungen (Sach/BU)"),
      ("t", [["Frage", "Antwort"], ["Name und Anschrift der Einrichtung", ""], ["Träger / Rechtsform", ""],
             ["Baujahr / Bauart", ""], ["Anzahl Pflegeplätze", ""], ["Brandmeldeanlage (Typ, Aufschaltung)", ""],
             ["Sprinkler", "[ ] ja [ ] nein"], ["Versicherungssumme Gebäude EUR", ""], ["Versicherungssumme Inventar EUR", ""],
             ["Vorschäden letzte 5 Jahre", ""]]),
      "Bitte keine personenbezogenen Daten von Bewohnerinnen, Bewohnern oder Beschäftigten eintragen."])])

M("C", "de", "notary",
  "notary informing about sale of a house: buildings policy passes to named buyers, policy number, handover date",
  frm=ADDR("demir"), to="Vertrag Wohngebäude <vertrag-wohngebaeude@versicherer.example>",
  subj="WG: Veräußerungsanzeige § 97 VVG – Wohngebäude WG 41-0566128 – Haus Birkenweg 15, Rösrath",
  date="2026-02-18 15:05",
  body="""Bitte Vertrag umschreiben auf die Erwerber ab Besitzübergang 01.04.2026 und Beitragsrechnung an die neuen Eigentümer. Kündigungsrecht der Erwerber (1 Monat ab Kenntnis) im Anschreiben erwähnen.

Danke, Aylin""",
  quote=FW("Notare Dr. Esser & Hamacher <urkunden@notare-esser-hamacher.example>", "18.02.2026 12:31",
           "info@versicherer.example", "Veräußerungsanzeige – UR-Nr. 412/2026 E", """Sehr geehrte Damen und Herren,

hiermit zeigen wir Ihnen gemäß § 97 VVG die Veräußerung des Grundbesitzes Birkenweg 15, 51503 Rösrath an.

Veräußerer: Herr Klaus-Peter und Frau Gisela Wunderlich, künftig wohnhaft Seniorenresidenz Am Park, Bergisch Gladbach
Erwerber: Herr Florian Pauls, geb. 08.01.1987, und Frau Lea Pauls, geb. Kremer, geb. 27.10.1989, derzeit wohnhaft Frankfurter Str. 77, 51065 Köln
Kaufvertrag vom 12.02.2026 (UR-Nr. 412/2026 E)
Besitzübergang: 01.04.2026

Ihre Versicherungsnummer laut Veräußerer: WG 41-0566128

Mit freundlichen Grüßen
Im Auftrag des Notars
Sabrina Kaul, Notarfachangestellte""", lang="de"))

M("S", "en", "hospital",
  "rehab clinic discharge summary for a named insured after knee replacement, forwarded with an HTML table of therapies",
  frm=ADDR("brandt"), to="Dr. med. Jan Keßler <jan.kessler@versicherer.example>", lang="en", html=True,
  subj="FW: Discharge summary AHB – Imhoff",
  date="2026-02-18 17:12",
  body="""Jan, the rehab clinic has a new English-speaking medical director and now sends their summaries in English (international patients). This one is for Ms Imhoff (KV 110-51193-0) – they're asking for an extension of one week. Can you have a look?

Gerrit

---------- Forwarded message ---------
From: Medical Records, Reha-Zentrum Bad Münstereifel <records@reha-bad-muenstereifel.example>
Date: Wed, 18 Feb 2026
Subject: Discharge summary / extension request

Patient: Renate Imhoff, born 14 May 1958
Admission for post-acute rehabilitation (AHB): 30 January 2026
Diagnosis: status post total knee replacement right (Z96.651), primary osteoarthritis (M17.1), type 2 diabetes (E11.9)
Current status: flexion 0-5-85 degrees, walks 200 m with two crutches, pain NRS 4/10 on exertion, wound healed.

[[ther]]

Assessment: target range of motion (flexion > 100) not yet reached. We request an extension by 7 days until 27 February 2026.

Dr. med. Paul Renner, Medical Director""",
  tables={"ther": ([["Therapy", "Units per week", "Since"],
                    ["Physiotherapy (individual)", "5", "30 Jan"],
                    ["Motorised splint (CPM)", "10", "30 Jan"],
                    ["Aqua therapy", "3", "02 Feb"],
                    ["Diabetes counselling", "1", "04 Feb"]], "pad")})

M("N", "en", "newsletter",
  "trap: research digest on GLP-1 drugs and mortality assumptions, aggregate literature only",
  frm="Life & Health Research Digest <newsletter@versicherer.example>", to="Aktuariat Leben <aktuariat-leben@versicherer.example>", lang="en",
  subj="Research Digest #7/2026 – GLP-1 agonists, sepsis survival, cancer screening uptake",
  date="2026-02-19 06:30",
  body="""RESEARCH DIGEST 7/2026 – for internal use by actuarial, underwriting and medical teams

1. GLP-1 receptor agonists and all-cause mortality
A meta-analysis of 11 cardiovascular outcome trials (n ≈ 87,000) reports a 12 % relative reduction in all-cause mortality in people with type 2 diabetes and/or obesity. Reinsurers are starting to discuss whether this justifies changes in mortality improvement assumptions. Our view: too early; the effect outside trial populations and with long-term adherence is unknown.

2. Sepsis survivors
A Danish registry study finds elevated mortality for five years after hospital discharge for sepsis, strongest in the first year. Relevant for critical-illness and term-life underwriting of recent ICU stays.

3. Colorectal cancer screening uptake in Germany
Participation in stool-based screening rose to 21 % of eligible insured in 2025 (statutory data). Private insurers have no comparable data.

Full references on the intranet (Research → Digest). Questions: aktuariat-leben@versicherer.example

You receive this digest as a member of the life and health research distribution list.""")

M("S", "de", "care-service",
  "nursing home invoice for a named resident with care grade and care costs, forwarded for care-allowance claim",
  frm=ADDR("yilmaz"), to="Pflegeleistungen <pflege-leistung@versicherer.example>", charset="windows-1252", client="outlook",
  subj="WG: Heimkostenabrechnung Januar 2026 – Frau Hedwig Strauch",
  date="2026-02-19 09:48",
  body="""Bitte für Pflegetagegeld PT 33-0212904 stationär (Pflegegrad 4) anweisen. Tochter ist Bevollmächtigte, Zahlung an sie laut Vollmacht.""",
  quote=OQ("Verwaltung Haus St. Josef <verwaltung@haus-st-josef-bruehl.example>", "Mittwoch, 18. Februar 2026 16:14",
           "Yilmaz, Felix", "Heimkostenabrechnung Januar 2026", """Sehr geehrter Herr Yilmaz,

anbei die gewünschte Aufstellung für unsere Bewohnerin Frau Hedwig Strauch, geb. 19.03.1936, Zimmer 214, Pflegegrad 4 (seit 01.06.2025):

Pflegebedingter Aufwand (PG 4)             31 Tage  3.412,17 €
Einheitlicher Eigenanteil (EEE)            31 Tage  1.188,54 €
Unterkunft und Verpflegung                 31 Tage    973,71 €
Investitionskosten                         31 Tage    612,25 €
abzgl. Leistung Pflegekasse (§ 43 SGB XI)            -1.855,00 €
abzgl. Leistungszuschlag § 43c (15 %)                 -178,28 €
Eigenanteil Bewohnerin                               4.153,39 €

Im Januar war Frau Strauch vom 12. bis 15.01. im Krankenhaus (Pneumonie); der Platz wurde freigehalten, Abwesenheitsvergütung ist berücksichtigt.

Mit freundlichen Grüßen
Beate Lorscheid
Heimverwaltung"""))

M("N", "de", "internal",
  "trap: IT ticket about the scanner for incoming doctors' letters; no document content",
  frm=ADDR("hoffmann"), to="Gerrit Brandt <gerrit.brandt@versicherer.example>",
  subj="[Ticket #INC-2026-044812] Scanstraße Posteingang Arztberichte – Störung behoben",
  date="2026-02-19 12:02",
  body="""Hallo Herr Brandt,

die Störung an der Scanstraße 2 (Posteingang Leistung Stationär) ist behoben. Ursache war ein voller Zwischenspeicher auf dem Capture-Server nach dem Windows-Update vom Dienstag; dadurch wurden Arztberichte und Krankenhausrechnungen zwar gescannt, aber nicht an das DMS übergeben.

Alle 1.318 Dokumente aus dem Rückstau sind seit 11:40 Uhr im DMS und den Vorgängen zugeordnet. Bitte prüfen Sie stichprobenartig, ob bei Ihnen alles angekommen ist. Wenn ja, schließe ich das Ticket morgen.

Viele Grüße
Lukas Hoffmann
IT-Servicedesk""")

M("C", "de", "employer",
  "employer reporting a named employee's company-car damage (fleet), plate, no one injured",
  frm=ADDR("engel"), to="Kfz-Flotte Schaden <kfz-flotte@versicherer.example>", client="mobile",
  subj="WG: Schadenmeldung Firmenwagen K-HB 7720",
  date="2026-02-19 17:31",
  body="""Bitte anlegen, Flotte FL 88-0044120. Danke""",
  quote=FW("Fuhrpark Hanse Bau GmbH <fuhrpark@hanse-bau.example>", "19.02.2026 16:55", "engel", "Schadenmeldung Firmenwagen", """Hallo Herr Engel,

unser Mitarbeiter Herr Timo Schwarzkopf ist heute Morgen mit dem Firmenwagen K-HB 7720 (Skoda Octavia) auf dem Parkplatz der Baustelle Porz rückwärts gegen einen Betonpoller gefahren. Heckklappe und Stoßfänger sind beschädigt, sonst keine Beteiligten, niemand verletzt. Fotos reiche ich nach.

Herr Schwarzkopf ist Bauleiter, Fahrerlaubnis liegt in Kopie in der Fuhrparkakte.

Gruß
Claudia Merten
Fuhrparkmanagement"""))

M("N", "en", "insurer-to-partner",
  "trap: aggregated quality report for a partner hospital (length of stay by department), no patient rows",
  frm=ADDR("santos"), to="Controlling Klinikum Südstadt <controlling@klinikum-suedstadt.example>", lang="en", html=True,
  subj="Annual partner report 2025 – aggregated figures",
  date="2026-02-20 10:00",
  body="""Dear colleagues,

as agreed in our cooperation agreement, here are the aggregated figures for 2025 for patients insured with us who were treated at Klinikum Südstadt. Departments with fewer than 10 cases are grouped under "other".

[[q]]

Average length of stay across all departments: 5.9 days (2024: 6.2). Invoice correction rate: 3.1 % (2024: 4.8 %) – thank you for the improvement.

Let's discuss the details at our meeting on 12 March.

Best regards
Ana Santos""",
  sig="santos", sigstyle="short",
  tables={"q": ([["Department", "Cases", "Avg. length of stay (days)", "Share of single rooms"],
                 ["Orthopaedics / trauma", "412", "6.1", "38 %"],
                 ["Cardiology", "287", "4.4", "41 %"],
                 ["General surgery", "231", "5.2", "29 %"],
                 ["Gynaecology / obstetrics", "198", "3.8", "52 %"],
                 ["Other (grouped)", "96", "7.9", "33 %"]], "pipe")})

M("S", "de", "physiotherapist",
  "physiotherapy invoice with prescription diagnosis and treatment positions for a named insured",
  frm=ADDR("kroeger"), to="Physiotherapie Brölbogen <abrechnung@physio-broelbogen.example>",
  subj="AW: Rechnung 2026-0087 – Frau Voßberg – Rückfrage Manuelle Therapie",
  date="2026-02-20 13:20",
  body="""Sehr geehrte Frau Brandenburger,

danke für die Rechnung. Die Positionen Krankengymnastik (12 x 31,00 EUR) und Fango (12 x 16,50 EUR) sind klar. Bei der Manuellen Therapie (6 x 38,50 EUR) liegt uns aber nur die Verordnung von Dr. Otten über „KG + Wärme“ vor. Gibt es eine zweite Verordnung über MT? Dann schicken Sie sie bitte mit, sonst können wir für Frau Voßberg nur den KG-Satz ansetzen.

Mit freundlichen Grüßen""",
  sig="kroeger",
  quote=OQ("Physiotherapie Brölbogen", "Donnerstag, 19. Februar 2026 10:05", "rechnungseingang-kv@versicherer.example",
           "Rechnung 2026-0087", """Sehr geehrte Damen und Herren,

auf Wunsch unserer Patientin Karin Voßberg, Hennef (Ihre Vers.-Nr. KV 318-40071-2), senden wir die Rechnung direkt an Sie.
Verordnung Dr. med. F. Otten vom 04.11.2025, Diagnose: Lumboischialgie links bei BSV L4/5 (M51.1), 12 x KG, 12 x Wärmetherapie.

Behandlungen 10.11.2025 bis 17.12.2025: KG, MT, Fango – Summe 647,00 EUR.

Mit freundlichen Grüßen
Sandra Brandenburger, Praxisverwaltung"""))

M("N", "de", "internal",
  "trap: invitation to an internal GOZ billing seminar for dental claims staff with fictitious example case",
  frm=ADDR("wendland"), to="Team Zahn <zahn-leistung@versicherer.example>",
  subj="Schulung GOZ-Analogabrechnung am 05.03. – Beispielfall zur Vorbereitung",
  date="2026-02-20 15:45",
  body="""Hallo ihr Lieben,

am 5. März kommt Frau Dr. Behrens von der Zahnärztekammer zu uns und macht zwei Stunden zur Analogabrechnung nach § 6 GOZ (Raum 3.12, 10–12 Uhr). Zur Vorbereitung schaut euch bitte den Beispielfall an – ist komplett ausgedacht:

„Patient Max Mustermann (fiktiv), 45 J., Zahn 36: Versorgung mit Teilkrone aus Zirkon, CAD/CAM chairside, analog berechnet nach 2150a, dazu 2197 adhäsive Befestigung und 'digitale Abformung' analog nach 0065a.“

Frage: Welche der Analogpositionen ist zulässig, welche nicht, und warum?

Kaffee und Kekse sind organisiert. Wer nicht kann, bitte bis 27.02. bei mir melden.

Tobi""",
  client="thunderbird")

M("C", "en", "court",
  "court requesting the claim file of a named insured's household fire claim (no injuries) for a lawsuit",
  frm=ADDR("schreiber"), to=ADDR("demir"), lang="en",
  subj="Court request – Regional Court Cologne 2 O 377/25 – fire claim HR 40-1550328 (Mr. Piotr Nowicki)",
  date="2026-02-20 17:05",
  body="""Hi Aylin,

the Regional Court has asked us (order dated 17 Feb, received today) to submit the complete claim file for the kitchen fire of Mr Piotr Nowicki, Bergstraße 12, 50999 Köln. It's his lawsuit against us over the depreciation of the kitchen units (he claims new-for-old value EUR 18,400, we paid EUR 11,250). Nobody was hurt in the fire, so the file should only contain the property documents – please check before sending that there are no unrelated documents in it (his bank statements were filed there by mistake last year, I think).

I'm writing in English because our outside counsel in this case, Ms Caldwell, reads along and doesn't speak much German.

Please send me the file by 27 February; I'll submit it with our brief.

Thanks
Carola""",
  sig="schreiber", sigstyle="short")


# ---------------------------------------------------------------- batch 3

M("N", "de", "insurer-to-expert",
  "trap: call for medical experts to join the insurer's pool of accident surgeons; fee table, doctors only in professional role",
  frm=ADDR("bauer"), to="Gutachterpool Unfallchirurgie NRW <gutachterpool-uc@versicherer.example>",
  subj="Erweiterung Gutachterpool Unfallchirurgie / Orthopädie – Honorare 2026",
  date="2026-02-23 08:50",
  body="""Sehr geehrte Damen und Herren,

wir erweitern unseren Pool unfallchirurgischer und orthopädischer Gutachterinnen und Gutachter für die private Unfallversicherung, insbesondere in den Regionen Aachen, Münsterland und Ostwestfalen.

Was wir erwarten:
- Fachärztin/Facharzt für Orthopädie und Unfallchirurgie, Erfahrung mit Invaliditätsbemessung nach Gliedertaxe
- Untersuchungstermin innerhalb von 4 Wochen, Gutachten innerhalb von 3 Wochen nach Untersuchung
- Annahme von Unterlagen und Versand von Gutachten ausschließlich über unser Gutachterportal

Honorare ab 01.03.2026 (jeweils zzgl. Schreibgebühren und Porto):
  Kurzgutachten nach Aktenlage            350,00 EUR
  Gutachten mit Untersuchung, einfach     690,00 EUR
  Gutachten mit Untersuchung, komplex   1.150,00 EUR
  Zusatzgutachten Neurologie            nach Vereinbarung

Wenn Sie selbst Interesse haben oder Kolleginnen und Kollegen empfehlen möchten, melden Sie sich gern bei mir.

Mit freundlichen Grüßen""",
  sig="bauer")

M("S", "en", "lawyer",
  "claimant's solicitor claiming damages for whiplash and physiotherapy after a rear-end collision with a named insured",
  frm=ADDR("brenner"), to="Personenschaden Kfz <kfz-personenschaden@versicherer.example>", lang="en",
  subj="FW: Claim KH-2026-001744 – injury claim Mr. Liam O'Connell",
  date="2026-02-23 10:14",
  body="""Please transfer to bodily injury, the solicitor is Irish but the accident happened in Cologne so German law applies. I've told him we'll need the medical records and a release.

Markus""",
  sig="brenner", sigstyle="name",
  quote=FW("Fitzgerald & Byrne Solicitors <claims@fitzgerald-byrne.example>", "Mon, 23 Feb 2026 09:02",
           "schaden-kfz@versicherer.example", "Claim KH-2026-001744", """Dear Sirs,

We act for Mr Liam O'Connell (born 04 July 1979), who was injured on 30 January 2026 when the vehicle insured by you (registration K-LR 1903) collided with the rear of his rental car on the Zoobrücke, Cologne.

Mr O'Connell attended the emergency department of Krankenhaus Holweide the same evening and was diagnosed with a whiplash injury (distortion of the cervical spine, S13.4) and a contusion of the left shoulder. He has since received eight sessions of physiotherapy in Dublin and is still on ibuprofen and a muscle relaxant. He was unfit for work for three weeks.

We claim general damages for pain and suffering, loss of earnings (EUR 4,180 net) and treatment costs. Medical reports will follow.

Yours faithfully
Seán Fitzgerald, Solicitor""", lang="en"))

M("C", "de", "authority",
  "garnishment of a named policyholder's household claim payment (Pfändung), with debtor's birth date and amount",
  frm=ADDR("haas"), to=ADDR("demir"),
  subj="Pfändung Entschädigungsleistung HR 40-2093317 – bitte Zahlung stoppen",
  date="2026-02-23 11:30",
  body="""Hallo Aylin,

uns ist heute ein Pfändungs- und Überweisungsbeschluss zugestellt worden, der die Ansprüche von Herrn Sascha Lüdtke aus seinem Hausratvertrag betrifft – das ist doch dein offener Leitungswasserschaden. Bitte die Auszahlung (ca. 3.400 EUR laut Akte) NICHT an Herrn Lüdtke anweisen, sondern auf Wiedervorlage legen, bis ich die Drittschuldnererklärung raus habe.

Eckdaten aus dem Beschluss:
Amtsgericht Köln, 283 M 1150/26
Gläubiger: Finanzamt Köln-Porz (Vollstreckungsstelle)
Schuldner: Sascha Lüdtke, geb. 16.02.1983, Gremberger Str. 40, 51105 Köln
gepfändet: alle gegenwärtigen und künftigen Ansprüche aus Versicherungsverträgen, insbesondere Entschädigungsleistungen
Forderung: 6.912,47 EUR zzgl. Säumniszuschläge

Danke dir!
Moritz""")

M("S", "de", "insurer-to-authority",
  "answer to a social welfare office about a named person's private health insurance contract and premium arrears",
  frm=ADDR("becker"), to="Jobcenter Rhein-Sieg <team-leistung-412@jobcenter-rhein-sieg.example>",
  subj="AW: Zuschuss zum Krankenversicherungsbeitrag – Frau Stefanie Rauh, BG-Nr. 34504//0118822",
  date="2026-02-23 14:02",
  body="""Sehr geehrte Damen und Herren,

gemäß der Anfrage und der beiliegenden Einwilligung von Frau Rauh bestätigen wir:

Frau Stefanie Rauh, geb. 09.12.1979, ist bei uns seit 01.04.2014 privat krankenversichert (Vertrag KV 210-33917-5). Aufgrund der Hilfebedürftigkeit wurde der Vertrag zum 01.01.2026 in den Basistarif umgestellt.

Monatsbeitrag Krankenversicherung Basistarif (halbiert wegen Hilfebedürftigkeit): 421,84 EUR
Monatsbeitrag Pflegepflichtversicherung: 84,63 EUR

Es besteht ein Beitragsrückstand von 1.012,26 EUR aus den Monaten November 2025 bis Januar 2026. Während des Rückstands ruhen die Leistungen nicht, da Frau Rauh hilfebedürftig im Sinne des SGB II ist; wir bitten dennoch um Zahlung des Zuschusses direkt an uns (§ 26 Abs. 5 SGB II).

Bankverbindung: Versicherer Krankenversicherung a.G., IBAN """ + IB("DE", "370400440532013000") + """, Verwendungszweck KV 210-33917-5.

Mit freundlichen Grüßen""",
  sig="becker")

M("N", "en", "internal",
  "trap: job advert for a medical underwriter, generic requirements, no applicant",
  frm=ADDR("weiss"), to=ADDR("hasselbach"), lang="en",
  subj="Draft job ad – Medical Underwriter (m/f/d), Life & Disability – please review",
  date="2026-02-23 16:40",
  body="""Dear Dr Hasselbach,

here's the English draft for the LinkedIn / international portals version. German version follows tomorrow. Could you check the medical part?

---
Medical Underwriter (m/f/d) – Life & Disability Insurance – Cologne (hybrid)

Your tasks
- Assessing health risks of applicants for term life, disability and critical illness cover on the basis of application questions, medical reports and test results
- Working with our reinsurers' underwriting manuals and our chief medical officer
- Answering questions from brokers about complex cases (e.g. diabetes, cardiac conditions, mental health)

Your profile
- Registered nurse, physician assistant, paramedic or medical degree; experience in underwriting is a plus
- Very good German and English
- Careful handling of health data – we take data protection seriously

What we offer
- 38-hour week, up to 60 % remote work, company pension, Jobrad
---

Thanks!
Nadine""",
  sig="weiss", sigstyle="short")

M("S", "de", "doctor",
  "GP's medication list and diagnoses for a named life applicant, in the underwriting file",
  frm=ADDR("schulte"), to=ADDR("hasselbach"),
  subj="WG: Antrag RL 64-0091123 Herr Ömer Kaya – Medikationsplan vom Hausarzt",
  date="2026-02-24 09:05",
  body="""Hallo Frau Dr. Hasselbach,

der Hausarzt hat den Medikationsplan geschickt, den wir wegen der Angabe „Bluthochdruck, gut eingestellt“ angefordert hatten. Beantragt sind 250.000 EUR Risikoleben für die Baufinanzierung. Können Sie votieren? Makler drängelt etwas.

Danke
Marlene Schulte""",
  quote=FW("Hausarztpraxis Dr. Gül & Dr. Neumann <praxis@hausarzt-guel-neumann.example>", "23.02.2026 18:22",
           "antrag-leben@versicherer.example", "Anforderung Medikationsplan – Ömer Kaya", """Sehr geehrte Damen und Herren,

anbei der bundeseinheitliche Medikationsplan unseres Patienten Ömer Kaya, geb. 30.06.1977, Stand 20.02.2026:

Wirkstoff        Handelsname        Stärke   Form     mo  mi  ab  zN  Grund
Ramipril         Ramipril-ratioph.  5 mg     Tabl.    1   0   0   0   Bluthochdruck
Amlodipin        Amlodipin Dexcel   5 mg     Tabl.    0   0   1   0   Bluthochdruck
Atorvastatin     Atorvastatin AL    20 mg    Tabl.    0   0   1   0   Fettstoffwechselstörung
Metformin        Metformin Lich     500 mg   Tabl.    1   0   1   0   Diabetes Typ 2 (seit 2024)

Diagnosen: I10.00 essentielle Hypertonie, E78.0 Hypercholesterinämie, E11.9 Diabetes mellitus Typ 2 ohne Komplikationen.
Letzte Werte (02/2026): RR 132/84 mmHg, HbA1c 6,6 %, LDL 98 mg/dl, BMI 29,4.

Mit freundlichen Grüßen
Dr. med. Aylin Gül"""))

M("C", "en", "lawyer",
  "landlord's lawyer claiming against a named tenant's rent-deposit guarantee; amounts, no health",
  frm=ADDR("kowalski"), to="Kautionsversicherung <kaution@versicherer.example>", lang="en",
  subj="FW: Rent deposit guarantee MK 90-0071288 – demand for payment – tenant Ms. Jessica Hall",
  date="2026-02-24 10:48",
  body="""Hi,

this came in via the general inbox. The guarantee is ours (MK 90-0071288, EUR 3,600). Please check the claim and inform the tenant before paying – she has 14 days to object.

Lena""",
  quote=FW("Kanzlei Marquardt Immobilienrecht <marquardt@immorecht-marquardt.example>", "Tue, 24 Feb 2026 08:31",
           "info@versicherer.example", "Rent deposit guarantee – demand for payment", """Dear Sir or Madam,

we represent Mr Rolf Nettesheim, the landlord of the flat at Aachener Straße 512, 50933 Köln, which was rented to Ms Jessica Hall until 31 December 2025. Ms Hall, a British national, has left Germany.

Our client's claims against Ms Hall:
- outstanding rent November and December 2025: EUR 2,180.00
- cost of removing her furniture and painting: EUR 1,245.50
- utility bill 2025 balance: EUR 311.20

We hereby demand payment of EUR 3,600.00 under the rent deposit guarantee within two weeks. Copies of the tenancy agreement and the guarantee certificate are enclosed.

Yours faithfully
Dr. Ines Marquardt, Rechtsanwältin""", lang="en"))

M("N", "de", "internal",
  "trap: note on the DRG catalogue 2026 changes for hospital-invoice checkers, no patient",
  frm=ADDR("brandt"), to="Rechnungsprüfung Stationär <rechnungspruefung-stationaer@versicherer.example>",
  subj="G-DRG-Katalog 2026 – die wichtigsten Änderungen für die Prüfung",
  date="2026-02-24 13:15",
  body="""Hallo zusammen,

der neue Katalog ist im Prüfsystem seit 15.01. hinterlegt. Ein paar Punkte, über die wir in den letzten Wochen gestolpert sind:

1. Hybrid-DRG: Für die Leistungsbereiche Hernien-OP, Cholezystektomie und Arthroskopien gibt es jetzt sektorengleiche Pauschalen. Kliniken rechnen teilweise noch die vollstationäre DRG ab, obwohl der Fall taggleich entlassen wurde – bitte genau hinschauen.
2. Pflegebudget: Der Pflegeerlös wird weiterhin tagesbezogen abgerechnet (Pflegeentgeltwert 2026: 250,00 EUR vorläufig). Die Bewertungsrelationen pro Tag stehen im Katalog Teil 3.
3. Neue Zusatzentgelte u. a. für bestimmte CAR-T-Zelltherapien – die gehen grundsätzlich an die Beratungsärzte.
4. Mindestmengen: Knie-TEP jetzt 50, Leberresektion 20 – bei Kliniken unter der Mindestmenge kein Abrechnungsanspruch, außer Notfall.

Die Folien vom Teammeeting liegen im Teams-Kanal.

Gerrit""",
  client="thunderbird")

M("S", "de", "hospital",
  "hospital social service asking about short-term care cover for a named patient after a stroke",
  frm=ADDR("yilmaz"), to="Pflegeleistungen <pflege-leistung@versicherer.example>",
  subj="WG: Überleitung Kurzzeitpflege – Herr Bernhard Olschewski",
  date="2026-02-24 15:40",
  body="""Eilt – Entlassung ist Freitag. Kann jemand heute noch zurückrufen? Ich bin ab 16 Uhr weg.

Felix""",
  quote=OQ("Sozialdienst Evangelisches Krankenhaus Köln-Kalk <sozialdienst@evk-kalk.example>", "Dienstag, 24. Februar 2026 14:51",
           "pflege-leistung@versicherer.example", "Überleitung Kurzzeitpflege", """Sehr geehrte Damen und Herren,

unser Patient Herr Bernhard Olschewski, geb. 28.01.1944, liegt seit dem 09.02.2026 nach einem ischämischen Schlaganfall (I63.5) mit Halbseitenlähmung rechts und Schluckstörung bei uns auf der Stroke Unit bzw. jetzt auf der Neurologie. Er ist bei Ihnen privat pflegepflichtversichert (Vers.-Nr. laut Ehefrau: PV 410-29911-8).

Eine Rückkehr in die Wohnung ist vorerst nicht möglich. Wir haben einen Kurzzeitpflegeplatz im Seniorenhaus Merheim ab 27.02.2026. Ein Eilantrag auf Pflegeleistungen mit Einstufung nach Aktenlage ist gestellt (Formular ging gestern per Fax raus).

Bitte bestätigen Sie die Übernahme der Kurzzeitpflege (§ 42 SGB XI) für bis zu acht Wochen.

Mit freundlichen Grüßen
Cornelia Wiegand, Dipl.-Sozialarbeiterin"""))

M("C", "de", "police",
  "police report of a hit-and-run on a named insured's parked car, plate, no persons injured",
  frm=ADDR("brenner"), to="Annette Roos <annette.roos@web-beispiel.example>",
  subj="Ihr Schaden KK-2026-000913 – Unfallflucht, Polizeibericht liegt vor",
  date="2026-02-25 09:18",
  body="""Sehr geehrte Frau Roos,

die Polizei Hürth hat uns den Bericht zur Unfallflucht vom 14.02.2026 übersandt (Auszug unten). Der Verursacher ist leider nicht ermittelt. Wir regulieren den Schaden an Ihrem Fahrzeug BM-AR 312 daher über Ihre Vollkaskoversicherung (KK 50-1287443); Ihr Schadenfreiheitsrabatt wird dadurch zurückgestuft, die Selbstbeteiligung beträgt 300 EUR.

Wenn Sie den Schaden lieber selbst bezahlen möchten, um die Rückstufung zu vermeiden, können Sie uns den Betrag innerhalb von sechs Monaten erstatten – wir rechnen Ihnen das gern vor.

Mit freundlichen Grüßen""",
  sig="brenner",
  quote="""Auszug aus dem Bericht der Polizeiwache Hürth (Vorgangs-Nr. 2026-0214-1187):
> Am 14.02.2026 zwischen 10:30 und 12:45 Uhr wurde der auf dem Parkplatz des Einkaufszentrums
> Hürth-Park abgestellte Pkw Opel Astra, amtl. Kennzeichen BM-AR 312, Halterin Annette Roos,
> an der linken Fahrzeugseite beschädigt (Kratzer und Delle Fahrertür, Außenspiegel abgebrochen).
> Personen wurden nicht verletzt. Zeugen konnten nicht ermittelt werden.
> Das Verfahren wurde mangels Täterermittlung vorläufig eingestellt.""")

M("N", "de", "internal",
  "trap: company doctor's flu and COVID vaccination campaign for staff, no individual",
  frm="Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>", to="Alle Mitarbeitenden Standort Köln <alle-koeln@versicherer.example>",
  subj="Letzte Chance: Grippeimpfung im Haus am 3. und 4. März",
  date="2026-02-25 11:00",
  body="""Liebe Kolleginnen und Kollegen,

wegen der späten Grippewelle bieten wir noch einmal zwei Impftage an:

Dienstag, 3. März, 9–12 Uhr, und Mittwoch, 4. März, 13–16 Uhr
Ort: Betriebsärztlicher Dienst, Raum E.014

Geimpft wird mit dem aktuellen Vierfach-Impfstoff; auf Wunsch auch die angepasste COVID-19-Auffrischimpfung. Bitte bringen Sie Ihren Impfpass mit. Eine Anmeldung ist nicht nötig. Die Impfung zählt als Arbeitszeit.

Informationen zu Nebenwirkungen und Gegenanzeigen finden Sie im Intranet unter Gesundheit & Sport. Vertrauliche Fragen klären wir gern im persönlichen Gespräch.

Ihr Betriebsärztlicher Dienst
Dr. med. Corinna Schnitzler und Team""")

M("S", "en", "insurer-to-funeral-home",
  "death claim: translated foreign death certificate with cause of death (road accident) of a named life insured",
  frm=ADDR("winter"), to="Funeral Directors Kavanagh & Sons <office@kavanagh-funerals.example>", lang="en",
  subj="Life policy LV 62-1166430 – late Mr. Matthias Brenninkmeyer – documents received",
  date="2026-02-25 14:35",
  body="""Dear Mr Kavanagh,

thank you for sending the documents on behalf of Mrs Aoife Brenninkmeyer. We have received:

- the death certificate issued by the Registrar in Galway (with certified German translation),
- the coroner's interim certificate stating the cause of death as "multiple injuries (traumatic brain injury, thoracic injuries) sustained in a road traffic collision on the N6 on 2 February 2026",
- the original policy document.

As the insured died in an accident within the first three years of the policy, we are also checking the accident death benefit (double indemnity rider). For this we need the Garda (police) collision report and the toxicology result, if the coroner ordered one. We understand that the inquest has not yet taken place; an interim payment of the basic sum insured (EUR 150,000) to Mrs Brenninkmeyer as beneficiary is already being prepared.

Please give her our sincere condolences.

Kind regards""",
  sig="winter")

M("N", "en", "insurer-to-partner",
  "trap: blank data processing agreement with a laboratory for underwriting blood tests, no person",
  frm=ADDR("schulte"), to="Labor Dr. Wisplinghoff Partner <contracts@labor-partner.example>", lang="en",
  subj="Data processing agreement – underwriting blood tests – our comments",
  date="2026-02-25 16:20",
  body="""Dear Ms Kramer,

thank you for the draft data processing agreement. Our data protection officer has reviewed it; our comments:

1. Section 3: results must be transmitted only via the agreed SFTP connection with PGP-encrypted files – not by e-mail or fax.
2. Section 5: retention of samples max. 30 days, of result data max. 90 days after transmission.
3. Annex 2 (technical and organisational measures): please add your ISO 27001 certificate number and the date of the last audit.
4. Annex 3 (sub-processors): the courier service for the sample boxes is missing.

The test panel itself stays as agreed (HbA1c, lipid profile, liver values, creatinine, HIV and hepatitis serology only with the applicant's explicit separate consent).

Kind regards""",
  sig="schulte")

M("S", "de", "expert",
  "care assessment report on a named insured (care grade, modules, diagnoses) only in the ODT attachment",
  frm=ADDR("yilmaz"), to="Pflegeleistungen <pflege-leistung@versicherer.example>",
  subj="Gutachten MEDICPROOF zu PT 33-0401177",
  date="2026-02-26 08:44",
  body="""Gutachten anbei, bitte Einstufung übernehmen und Bescheid an die Bevollmächtigte.

Felix""",
  att=[ODT("Pflegegutachten_PT33-0401177.odt", [
      ("h", "Gutachten zur Feststellung der Pflegebedürftigkeit gemäß SGB XI"),
      "Versicherter: Werner Kallmeyer, geb. 11.10.1940, Lindenallee 6, 50968 Köln\nBesuch: 19.02.2026 in der häuslichen Umgebung, anwesend: Tochter (Bevollmächtigte), Pflegefachkraft des ambulanten Dienstes",
      "Pflegebegründende Diagnosen: G20.1 Primäres Parkinson-Syndrom mit mäßiger bis schwerer Beeinträchtigung; F03 Demenz, nicht näher bezeichnet; R26.8 Gangunsicherheit mit Sturzereignissen",
      ("t", [["Modul", "Bereich", "gewichtete Punkte"],
             ["1", "Mobilität", "7,5"], ["2/3", "Kognitive Fähigkeiten / Verhalten", "15,0"],
             ["4", "Selbstversorgung", "20,0"], ["5", "Umgang mit krankheitsbedingten Anforderungen", "10,0"],
             ["6", "Gestaltung des Alltagslebens", "11,25"], ["", "Gesamt", "63,75"]]),
      "Ergebnis: Pflegegrad 4 (ab 60 bis unter 70 Punkte), ab Antragsmonat 02/2026.",
      "Empfehlungen: Hausnotruf, Duschstuhl, Antirutschmatte, Überprüfung der Medikation (L-Dopa) durch die behandelnde Neurologin."])])

M("C", "de", "insurer-to-notary",
  "estate: named deceased's car insurance and handover to heirs; insurance status, no cause of death",
  frm=ADDR("engel"), to="Notarin Dr. Friederike Lamberts <lamberts@notariat-lamberts.example>", charset="iso-8859-1",
  subj="Nachlass Walter Heinemann – Kfz-Versicherung K 51-0390022 (GL-WH 49)",
  date="2026-02-26 10:30",
  body="""Sehr geehrte Frau Dr. Lamberts,

zu Ihrer Anfrage als Nachlassverwalterin:

Der verstorbene Herr Walter Heinemann, zuletzt wohnhaft Am Weiher 2, 51429 Bergisch Gladbach, hatte bei uns den Pkw Mercedes-Benz B 180, amtl. Kennzeichen GL-WH 49, haftpflicht- und teilkaskoversichert (Vertrag K 51-0390022, SF 35). Der Vertrag läuft bis zur Abmeldung oder Veräußerung des Fahrzeugs weiter; Beitragsschuldner ist bis dahin der Nachlass.

Der Schadenfreiheitsrabatt kann auf Antrag auf einen Angehörigen übertragen werden, der das Fahrzeug regelmäßig mitgenutzt hat (z. B. Herr Andreas Heinemann, der laut Vertrag als Fahrer eingetragen ist). Das Formular für die SF-Übertragung lege ich Ihnen bei.

Offene Beiträge bestehen nicht; das nächste Jahresbeitrag in Höhe von 612,40 EUR wird zum 01.04.2026 fällig.

Mit freundlichen Grüßen""",
  sig="engel")

M("N", "de", "newsletter",
  "trap: loss-prevention newsletter on pharmacy break-ins and narcotics safes for commercial customers",
  frm="Versicherer Firmenkunden-Info <newsletter@versicherer.example>", to="Firmenkunden Heilberufe <firmenkunden-heilberufe@versicherer.example>",
  subj="Schadenverhütung kompakt: Einbrüche in Apotheken – was wirklich schützt",
  date="2026-02-26 06:15", html=True,
  body="""Schadenverhütung kompakt – Ausgabe Heilberufe 1/2026

Einbrüche in Apotheken haben 2025 in NRW deutlich zugenommen. Ziel der Täter sind meist Bargeld, hochpreisige Arzneimittel (z. B. Onkologika, Abnehmspritzen) und Betäubungsmittel.

Was wir aus den Schäden unserer Kunden gelernt haben:

[[tipps]]

Zur Erinnerung: Betäubungsmittel müssen nach § 15 BtMG in einem zertifizierten Wertschutzschrank (mind. Widerstandsgrad I nach EN 1143-1, verankert) aufbewahrt werden. Für den Versicherungsschutz von Bargeld in der Kasse gelten die Entschädigungsgrenzen Ihres Vertrags.

Unsere Schadenverhütungsberater kommen auf Wunsch kostenlos zu Ihnen: praevention@versicherer.example

Sie erhalten diesen Newsletter als Firmenkunde im Segment Heilberufe. Abmeldung im Kundenportal.""",
  tables={"tipps": ([["Maßnahme", "Wirkung", "Kosten ca."],
                     ["Rollgitter / Sicherheitsfolie Schaufenster", "hoch", "2.000–6.000 EUR"],
                     ["Einbruchmeldeanlage VdS Klasse B mit Aufschaltung", "sehr hoch", "4.000–8.000 EUR"],
                     ["Nebelgerät", "hoch", "1.500–3.000 EUR"],
                     ["Kommissionierer nachts verriegelt", "mittel", "meist vorhanden"]], "pad")})

M("S", "de", "dentist",
  "orthodontic treatment plan for a named child with KIG grade and findings only in the XLSX attachment",
  frm=ADDR("wendland"), to="Zahn-Leistung <zahn-leistung@versicherer.example>",
  subj="KFO-Plan Fam. Hartwig",
  date="2026-02-26 12:10",
  body="""anbei, bitte Vorabzusage prüfen. Danke, Tobias""",
  client="outlook",
  att=[XLSX("KFO_Behandlungsplan_Hartwig.xlsx", {
      "Plan": [["Feld", "Inhalt"],
               ["Patientin", "Emilia Hartwig"],
               ["Geburtsdatum", "11.08.2017"],
               ["Versicherungsnummer", "KV 230-77129-6 (mitversichertes Kind)"],
               ["Behandler", "Kieferorthopädie Dr. Neuhaus, Pulheim"],
               ["Befund", "Distalbiss Klasse II/1, vergrößerte sagittale Stufe 7 mm, frontaler Engstand UK"],
               ["KIG", "D4"],
               ["Behandlungsbeginn", "03/2026"],
               ["Dauer", "16 Quartale"],
               ["Apparatur", "herausnehmbar (Doppelvorschubplatte), ab Phase 2 feste Multibracket-Apparatur"]],
      "Kosten": [["GOZ", "Leistung", "Anzahl", "Faktor", "Betrag EUR"],
                 ["6030", "Maßnahmen Umformung Kiefer, Schwierigkeitsgrad mittel", 1, 2.3, 879.24],
                 ["6050", "Maßnahmen Einstellung Unterkiefer Regelbiss", 1, 2.3, 659.43],
                 ["6100", "Eingliederung Klebebracket je Zahn", 24, 2.3, 433.68],
                 ["", "Labor und Material geschätzt", "", "", 1850.0],
                 ["", "Summe geschätzt", "", "", 3822.35]]})])

M("C", "en", "insurer-to-supplier",
  "relocation firm's inventory for a named expat's household-goods transport insurance with values and address",
  frm=ADDR("osei"), to="Rhein Relocation Services GmbH <moves@rhein-relocation.example>", lang="en",
  subj="Transit cover certificate – move Dr. Ravi Subramanian Cologne → Singapore – TR 80-0124471",
  date="2026-02-26 15:00",
  body="""Dear Ms Voss,

attached is the cover certificate for the household goods transport of Dr Ravi Subramanian, Lindenthalgürtel 80, 50935 Köln, to 14 Tanjong Rhu Road, Singapore.

Insured value according to the valued inventory: EUR 84,600 (incl. grand piano EUR 22,000 and wine collection EUR 6,400 – the wine is covered for breakage and theft only, not for temperature damage, as agreed with Dr Subramanian).
Conveyance: sea freight 1 x 40' container, loading 9 March 2026, Hamburg – Singapore.
Premium EUR 507.60, invoiced to Dr Subramanian.

Please make sure the container seal number is recorded on the packing list – we need it in case of a claim.

Kind regards""",
  sig="osei",
  att=[PDF("Cover_certificate_TR80-0124471.pdf", [
      ("h", "Certificate of Insurance – Household Goods in Transit"),
      "Policy no. TR 80-0124471\nInsured: Dr. Ravi Subramanian, Lindenthalgürtel 80, 50935 Köln, Germany\nFrom: Köln (door) To: Singapore (door)\nConveyance: road / sea (Hamburg - Singapore), loading 09.03.2026",
      ("t", [["Item group", "Value EUR"], ["Furniture and household", "41,200"], ["Grand piano (Steinway B)", "22,000"],
             ["Wine (breakage/theft only)", "6,400"], ["Art and pictures", "9,800"], ["Electronics", "5,200"], ["Total", "84,600"]]),
      "Conditions: DTV household goods clauses 2024, all risks, deductible EUR 250 per claim."],
      title="Cover certificate", author="Versicherer Transport")])

M("N", "de", "internal",
  "trap: DPO guidance on retention periods for doctors' letters and medical reports, no case",
  frm=ADDR("meier"), to="Führungskräfte Personenversicherung <fk-personenversicherung@versicherer.example>",
  subj="Aufbewahrung von Arztberichten, Gutachten und Krankenhausrechnungen – Löschkonzept v2.1",
  date="2026-02-27 09:15",
  body="""Liebe Führungskräfte,

nach der Prüfung durch die interne Revision haben wir das Löschkonzept für Leistungsunterlagen in der Personenversicherung angepasst. Die wichtigsten Fristen:

- Arztberichte, Gutachten, Befunde aus der Leistungsprüfung Kranken: 10 Jahre nach Ende des Jahres der letzten Leistung (steuerliche Nachweisfunktion der Rechnungen), medizinische Unterlagen ohne Rechnungsbezug: 6 Jahre
- BU-Leistungsakten: bis 10 Jahre nach Ende der Leistungspflicht
- Unterlagen abgelehnter Anträge (Risikoprüfung): 3 Jahre nach Ablehnung, danach nur noch Hinweis im HIS-Meldebestand, soweit eingemeldet
- Papierunterlagen nach dem Scannen: 6 Monate, dann datenschutzgerechte Vernichtung (Schutzklasse 3, Sicherheitsstufe P-4)

Bitte sorgen Sie dafür, dass in Teams- und Gruppenlaufwerken keine Kopien von Arztberichten „zwischengelagert“ werden. Der Suchlauf im April wird das prüfen.

Viele Grüße
Thomas Meier""",
  sig="meier", disc=1)

M("S", "de", "lawyer",
  "cyclist's lawyer claiming pain and suffering for fractures caused by a named liability insured's dog",
  frm=ADDR("oltmanns"), to="Rechtsanwältin Deniz Aksoy <aksoy@ra-aksoy.example>",
  subj="AW: Ihre Mandantin Frau Petra Kühnel ./. unseren VN Herrn Thorsten Vahle – Hundehalterhaftpflicht HH 72-0033561",
  date="2026-02-27 11:40",
  body="""Sehr geehrte Frau Aksoy,

die Haftung unseres Versicherungsnehmers als Halter des Hundes wird nicht bestritten (§ 833 BGB). Zum Schmerzensgeld können wir uns erst nach Vorlage des Entlassungsberichts und des aktuellen Befundes äußern. Die bisher vorgelegten Unterlagen zeigen eine operativ versorgte Schlüsselbeinfraktur links und Schürfwunden; über die von Ihnen angesprochene posttraumatische Belastungsstörung liegt uns nichts vor.

Einen Vorschuss von 2.000,00 EUR zahlen wir an Ihre Mandantin aus. Bitte teilen Sie uns die Bankverbindung mit.

Mit freundlichen Grüßen""",
  sig="oltmanns",
  quote=OQ("RA Deniz Aksoy", "Donnerstag, 19. Februar 2026 16:30", "haftpflicht-schaden@versicherer.example",
           "Kühnel ./. Vahle", """Sehr geehrte Damen und Herren,

meine Mandantin, Frau Petra Kühnel, Ottostraße 5, 50823 Köln, befuhr am 08.01.2026 mit dem Fahrrad den Rheinuferweg, als der nicht angeleinte Labrador Ihres Versicherungsnehmers Thorsten Vahle vor ihr Rad lief. Sie stürzte und zog sich eine Claviculafraktur links zu, die am 09.01. im St. Marien-Hospital mit einer Platte versorgt wurde. Seitdem leidet sie unter Schlafstörungen und Angst beim Radfahren; eine psychotherapeutische Behandlung ist eingeleitet.

Wir fordern ein Schmerzensgeld von mindestens 8.000 EUR sowie Ersatz des Haushaltsführungsschadens.

Mit freundlichen Grüßen
Deniz Aksoy, Rechtsanwältin"""))

M("N", "en", "insurer-to-supplier",
  "trap: certificate of destruction from a shredding company for medical files, only volumes and security level",
  frm=ADDR("richter"), to="SecureShred Rheinland <service@secureshred.example>", lang="en",
  subj="RE: Certificate of destruction – job 26-0318 – Claims archive basement B2",
  date="2026-02-27 14:20",
  body="""Dear Mr Okonkwo,

thank you, the certificate is complete. For our records: 46 locked bins (approx. 5.5 t) of paper files from the health and life claims archive, collected on 24 February, destroyed on 25 February at your Frechen site, security level P-4 / protection class 3 according to DIN 66399, under video surveillance.

Next collection as per contract in May. Please invoice against PO 4500187901.

Kind regards""",
  sig="richter",
  quote=Q("""From: SecureShred Rheinland
Sent: 26 February 2026 17:02
Please find attached the certificate of destruction for job 26-0318. The bins were sealed on collection and the seal numbers checked before shredding."""))

M("C", "de", "insurer-to-court",
  "order for payment against a named policyholder for unpaid motor premiums (arrears in a non-personal line)",
  frm=ADDR("becker"), to="Zentrales Mahngericht Euskirchen <mahnantrag@mahngericht-nrw.example>",
  subj="Mahnantrag – Beitragsrückstand Kfz – Antragsgegner Marcel Dombrowski",
  date="2026-02-27 16:02",
  body="""Sehr geehrte Damen und Herren,

unser elektronischer Mahnantrag (Kennziffer 7 026 0412 883) konnte wegen einer Störung im EGVP nicht übermittelt werden. Wir senden die Angaben daher vorab per E-Mail und holen die Übermittlung nach:

Antragsteller: Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln
Antragsgegner: Marcel Dombrowski, Heerstraße 88, 53111 Bonn
Anspruch: rückständige Versicherungsbeiträge aus Kfz-Haftpflicht- und Vollkaskoversicherung K 51-2288190 (Fahrzeug BN-MD 777) für den Zeitraum 01.07.2025 bis 31.12.2025
Hauptforderung: 1.284,60 EUR
Mahnkosten: 10,00 EUR
Zinsen: 5 Prozentpunkte über Basiszins seit 15.08.2025

Mit freundlichen Grüßen""",
  sig="becker", sigstyle="short")

M("S", "en", "doctor",
  "attending physician statement on a named term-life applicant (cardiac history, ECG, medication)",
  frm=ADDR("hasselbach"), to="Underwriting desk <risikopruefung-leben@versicherer.example>", lang="en",
  subj="APS received – application RL 64-0093310 – Mr. Jonathan Adeyemi",
  date="2026-03-02 09:00",
  body="""Team,

the attending physician statement from his cardiologist in Manchester is in – text below. My vote: standard rates are not possible; +75 % extra premium for the 500k term cover, reconsider in two years if no events. Please send the offer to the broker with the usual explanation (no medical details in the broker letter!).

U. Hasselbach""",
  quote=FW("Dr. Helen Marsh, Consultant Cardiologist <hmarsh@northwest-heart-clinic.example>", "Fri, 27 Feb 2026",
           "risikopruefung-leben@versicherer.example", "Attending Physician Statement – Jonathan Adeyemi, DOB 12/05/1980", """Patient: Jonathan Adeyemi, date of birth 12/05/1980
Known to me since: March 2022

Diagnoses: non-ST-elevation myocardial infarction (March 2022); single-vessel coronary artery disease, stent to LAD (March 2022); hyperlipidaemia.
Current medication: aspirin 75 mg, atorvastatin 80 mg, bisoprolol 2.5 mg, ramipril 5 mg.
Last review: 10/02/2026. Asymptomatic, NYHA I. Exercise ECG: 11.2 METs, no ischaemia. Echo: LVEF 55 %, no regional wall motion abnormality.
Smoking: stopped 2022. Alcohol: 6 units/week.
Prognosis: good, provided risk factors remain controlled.

Dr Helen Marsh MD FRCP""", lang="en"))

M("N", "de", "insurer-to-partner",
  "trap: press release on the insurer's real-estate investment in a hospital building (property, no patients)",
  frm=ADDR("baumann"), to="Presseverteiler Wirtschaft <presse-wirtschaft@versicherer.example>",
  subj="Pressemitteilung: Versicherer investiert in Neubau des Gesundheitscampus Deutz",
  date="2026-03-02 10:30",
  body="""PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Köln, 2. März 2026 – Die Versicherer Lebensversicherung AG erwirbt im Rahmen ihrer Kapitalanlage das im Bau befindliche Gebäude „Gesundheitscampus Deutz“ (Mülheimer Straße). Auf rund 18.000 m² entstehen ein ambulantes OP-Zentrum, Praxen für Radiologie, Kardiologie und Orthopädie, eine Apotheke und eine Tagesklinik für Psychiatrie. Mieter ist überwiegend die Gesundheitscampus Deutz Betriebs GmbH mit einem Mietvertrag über 20 Jahre.

„Gesundheitsimmobilien passen zu unseren langfristigen Verpflichtungen gegenüber unseren Kundinnen und Kunden“, sagt Marion Feldkamp, Vorständin Kapitalanlagen. Die Fertigstellung ist für das zweite Quartal 2027 geplant. Über den Kaufpreis wurde Stillschweigen vereinbart.

Pressekontakt: Julia Baumann, Unternehmenskommunikation, Telefon +49 221 555-1010, presse@versicherer.example""")

M("N", "en", "insurer-to-supplier",
  "trap: practice-software vendor offering a KIM/eArztbrief interface, demo with synthetic data only",
  frm=ADDR("raman"), to="Helix Health Software <partners@helix-health.example>", lang="en",
  subj="RE: KIM interface for receiving doctors' letters – demo environment",
  date="2026-03-02 13:45",
  body="""Hi Marcus,

thanks for the demo yesterday. To continue the evaluation we'd need:

- access to your sandbox with synthetic test letters only (please no real patient data, not even "anonymised")
- the XSD for the structured part of the eArztbrief and your mapping to FHIR DocumentReference
- clarification whether your KIM connector can deliver into an S/MIME-protected mailbox on our side or only into your own cloud inbox – the latter would be a show-stopper for us
- pricing for 2 million documents per year

Can we do a technical deep-dive on 12 or 13 March?

Cheers
Priya""",
  sig="raman", sigstyle="short")


# ---------------------------------------------------------------- batch 4

M("N", "en", "insurer-to-partner",
  "trap: reinsurer's medical malpractice market update forwarded; hospital liability market figures only",
  frm=ADDR("stone"), to=ADDR("hartmann"), lang="en",
  subj="FW: Medical malpractice market update Q1/2026",
  date="2026-03-03 08:35",
  body="""Sven,

FYI before your renewal talks with the hospital groups. Their key message: claims inflation in birth injury cases is still running at 8–10 % p.a., and they'll push for higher retentions on obstetrics departments.

Rebecca""",
  quote=FW("Global Re – Liability Analytics <analytics@global-re.example>", "Mon, 2 Mar 2026", "Rebecca Stone",
           "Medical malpractice market update Q1/2026", """Dear partners,

Key points from our Q1 update for the German hospital liability market:

- Average cost of a severe birth injury claim (cerebral palsy) now exceeds EUR 4.5m, driven by lifetime care costs and higher court awards.
- Frequency of claims related to surgical site infections and retained foreign objects is stable.
- Capacity: two carriers have withdrawn from primary hospital liability in 2025; rates for renewals in 2026 rose on average 12 %.
- Recommendation: minimum retention of EUR 250k per claim for hospitals with obstetrics; risk management audits (CIRS, surgical safety checklists) as a condition.

Full report and data tables on the client portal.

Global Re Liability Analytics""", lang="en"))

M("C", "de", "insurer-to-lawyer",
  "tenancy legal-expenses cover for a named insured facing an owner-occupation notice; no health",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Benedikt Strohm <strohm@kanzlei-strohm.example>",
  subj="Deckungszusage RS 55-1987720 – Ihr Mandant Herr Gregor Alt – Eigenbedarfskündigung",
  date="2026-03-03 10:05",
  body="""Sehr geehrter Herr Strohm,

für die Interessenwahrnehmung Ihres Mandanten Herrn Gregor Alt (Wohnung Sechzigstraße 44, 50733 Köln) gegen die Eigenbedarfskündigung der Vermieterin vom 15.01.2026 erteilen wir Kostenschutz im Rahmen des Vertrags RS 55-1987720 (Privat-, Berufs- und Wohnungsrechtsschutz, Selbstbeteiligung 150 EUR):

- außergerichtliche Tätigkeit (Geschäftsgebühr bis 1,3)
- für eine etwaige Räumungsklage in erster Instanz nach Vorlage der Klageschrift

Den Streitwert setzen wir mit der Jahresnettokaltmiete an (12 x 890,00 EUR = 10.680,00 EUR).

Bitte berücksichtigen Sie, dass Ihr Mandant uns den Rechtsschutzfall am 20.01.2026 gemeldet hat; die Wartezeit von drei Monaten für Wohnungsrechtsschutz war zu diesem Zeitpunkt seit Jahren abgelaufen.

Mit freundlichen Grüßen""",
  sig="lindqvist")

M("C", "en", "police",
  "police about a break-in into a named insured's car with stolen items (household outside cover), no injury",
  frm=ADDR("demir"), to="Household claims team <hausrat-schaden@versicherer.example>", lang="en",
  subj="FW: Police confirmation – theft from vehicle – Ms. Valentina Russo (HR 40-4410021)",
  date="2026-03-03 12:20",
  body="""For the file, claim 26-HR-03318. Items stolen from the car are covered under her household policy (outside cover, max. EUR 500 for items in a locked car). Please pay EUR 500 and explain the limit to her – she claimed EUR 1,840.

Aylin""",
  quote=FW("Polizeiinspektion Köln-Mitte <pi-mitte.anzeigen@polizei-koeln.example>", "3 March 2026 11:07",
           "Valentina Russo", "Confirmation of criminal complaint 2026/0302-2204", """Confirmation of your criminal complaint (translated for foreign nationals)

Complainant: Valentina Russo, born 1994-01-18, Italian national, Brüsseler Platz 9, 50672 Köln
Offence: theft from a motor vehicle (side window smashed)
Time: 01/03/2026, 19:00 – 02/03/2026, 07:30
Place: Brabanter Straße, in front of no. 14
Vehicle: Fiat 500, registration K-VR 1194
Stolen: backpack with laptop (Lenovo ThinkPad X1), headphones, sunglasses, approx. EUR 60 cash

Case number: 2026/0302-2204. Please quote this number in all correspondence.""", lang="en"))

M("S", "de", "hospital",
  "chief-physician fee invoice (GOÄ positions, diagnoses) for a named patient from a billing service",
  frm=ADDR("kroeger"), to="Rechnungsprüfung Ambulant/Wahlarzt <rechnungspruefung-ambulant@versicherer.example>",
  subj="WG: Liquidation Chefarzt Prof. Dr. Wallraff – Patient Herr Quadflieg",
  date="2026-03-03 14:48",
  body="""Kam vom Versicherten direkt per Mail (liegt im Postkorb). Bitte prüfen, v. a. die 2,3er-Überschreitungen ohne Begründung.

Sabine""",
  quote=FW("PVS rhein-ruhr <service@pvs-rhein-ruhr-beispiel.example>", "27.02.2026", "Rainer Quadflieg",
           "Liquidation Nr. 2026-220813", """Privatärztliche Liquidation – Prof. Dr. med. Arnold Wallraff, Chefarzt Kardiologie, St. Vinzenz-Hospital Köln

Patient: Rainer Quadflieg, geb. 23.11.1955
Behandlungszeitraum: 16.01.2026 – 29.01.2026 (stationär)
Diagnosen: Linksherzinsuffizienz NYHA IV (I50.14), Hypertonie, Diabetes mellitus Typ 2

Datum     GOÄ    Leistung                                       Faktor   EUR
16.01.26  1       Beratung                                       3,5      18,36
16.01.26  8       Ganzkörperstatus                               3,5      52,46
16.01.26  651     EKG in Ruhe                                    2,5      36,72
17.01.26  424     Zweidimensionale Echokardiographie             2,5     102,51
19.01.26  676     Transösophageale Echokardiographie (TEE)       2,5     131,13
17.-28.01 45      Visite im Krankenhaus (12x)                    3,5     141,00
                  Minderung § 6a GOÄ (25 %)                              -120,55
Summe                                                                   361,63

Begründung für Faktor > 2,3: besondere Schwierigkeit wegen Multimorbidität."""))

M("N", "de", "insurer-to-partner",
  "trap: cooperation agreement with a physiotherapy network, prices per remedy, no patient",
  frm=ADDR("santos"), to="PhysioNetz Rheinland e.V. <vorstand@physionetz-rheinland.example>",
  subj="Kooperationsvereinbarung Heilmittel 2026 – Preisanlage zur Unterschrift",
  date="2026-03-04 09:10",
  body="""Sehr geehrter Herr Lohmar,

anbei die finale Preisanlage zur Kooperationsvereinbarung. Wie besprochen erkennen wir für Behandlungen in den Mitgliedspraxen die folgenden Sätze ohne weitere Prüfung als angemessen an; unsere Versicherten erhalten in den Praxen bevorzugt Termine innerhalb von 10 Werktagen.

Krankengymnastik (KG), Einzelbehandlung        32,00 EUR
Manuelle Therapie (MT)                          39,50 EUR
KG am Gerät (KGG)                               48,00 EUR
Manuelle Lymphdrainage 45 Min.                  46,00 EUR
Wärmepackung (Fango)                            16,50 EUR
Hausbesuch (Zuschlag)                           24,00 EUR

Abrechnung weiter über die Versicherten, Direktabrechnung ist für 2027 geplant. Bitte unterschreiben Sie die Anlage und senden Sie sie uns zurück.

Mit freundlichen Grüßen""",
  sig="santos")

M("N", "de", "internal",
  "trap: anonymised training file for new claims staff, age band only, no identifying data",
  frm=ADDR("albrecht"), to="Neue Kolleginnen und Kollegen Unfall-Leistung <unfall-onboarding@versicherer.example>",
  subj="Übungsfall 3 für Donnerstag – Gliedertaxe (anonymisiert)",
  date="2026-03-04 11:25",
  body="""Hallo zusammen,

für Donnerstag bitte Übungsfall 3 vorbereiten. Der Fall beruht auf einer echten Akte, ist aber so verändert, dass niemand erkennbar ist (kein Name, Alter nur als Spanne, Daten und Orte geändert, Beruf verallgemeinert).

„Versicherte Person A., 50–55 Jahre, Handwerker. Sturz von einem Gerüst. Verletzungen: Fraktur des rechten Fersenbeins, Fraktur eines Lendenwirbelkörpers. Gutachten nach 24 Monaten: rechter Fuß 4/10 Fußwert; Wirbelsäule: Bewegungseinschränkung, außerhalb der Gliedertaxe mit 10 % bewertet. Vorinvalidität am rechten Fuß durch eine alte Sprunggelenksverletzung: 1/10 Fußwert.“

Aufgaben:
1. Berechnen Sie den Invaliditätsgrad (Fußwert laut AUB = 40 %).
2. Wie wirkt sich die Vorinvalidität aus?
3. Welche Leistung ergibt sich bei 100.000 EUR Grundsumme und Progression 225 %?

Lösungen besprechen wir gemeinsam.

Miriam""",
  client="thunderbird")

M("S", "en", "insurer-to-authority",
  "travel health insurance confirmation for a named visa applicant (grey zone: health contract of a person)",
  frm=ADDR("seidel"), to='"Visa Section, German Embassy Accra" <visa@accra-diplo-beispiel.example>', lang="en",
  subj="Confirmation of travel health insurance – visa applicant Ms. Abena Mensah",
  date="2026-03-04 13:40",
  body="""Dear Sir or Madam,

at the request of our policyholder, Mr Kwame Mensah (Köln), we confirm the following travel health insurance for his sister:

Insured person: Ms Abena Mensah, born 02/02/1990, passport no. G1883921
Policy: Incoming Travel Health Insurance RK 86-0118274
Period of cover: 15 April 2026 – 14 July 2026
Area of cover: all Schengen states
Sum insured: EUR 100,000 for medical treatment, hospitalisation and repatriation; no deductible
Pre-existing conditions: acute worsening covered up to EUR 30,000

The policy meets the requirements of Article 15 of the Visa Code. The premium has been paid in full.

Kind regards""",
  sig="seidel")

M("C", "de", "authority",
  "job centre asking about a named person's household insurance payout as income/asset; no health",
  frm=ADDR("demir"), to="Jobcenter Köln Standort Mülheim <standort-muelheim@jobcenter-koeln-beispiel.example>",
  subj="AW: Anfrage nach § 57 SGB II – Frau Daniela Breuer – Entschädigung Hausrat",
  date="2026-03-04 15:30",
  body="""Sehr geehrter Herr Kaminski,

zu Ihrer Anfrage vom 26.02.2026 bestätigen wir, nachdem Frau Breuer uns ihre Einwilligung erteilt hat:

Aus dem Hausratvertrag HR 40-2671455 haben wir Frau Daniela Breuer, Berliner Straße 211, 51063 Köln, für den Wasserschaden vom 30.11.2025 am 21.01.2026 eine Entschädigung in Höhe von 2.318,00 EUR gezahlt (Ersatz für Sofa, Teppich, Kleiderschrank und Bettwäsche zum Neuwert). Die Zahlung erfolgte auf ihr Konto bei der Sparkasse KölnBonn, IBAN endet auf …7731.

Weitere Zahlungen sind nicht offen.

Mit freundlichen Grüßen""",
  sig="demir")

M("N", "en", "internal",
  "trap: congress report on heart-failure guidelines for underwriting, no individual",
  frm=ADDR("hasselbach"), to="Medical Underwriting <risikopruefung-leben@versicherer.example>", lang="en",
  subj="Short report: ESC guideline update heart failure – what it means for us",
  date="2026-03-05 08:50",
  body="""Dear colleagues,

some take-aways from the cardiology update course last week:

1. "HF with improved ejection fraction" (HFimpEF) is now an established category: patients whose LVEF recovered above 40 % under therapy. Mortality remains higher than in the general population – don't treat them as "cured".
2. SGLT2 inhibitors are now first-line in all HF categories. Seeing dapagliflozin or empagliflozin on a medication list no longer means diabetes.
3. NT-proBNP thresholds for diagnosis differ by age; our manual still uses one cut-off – I'll update chapter 4.3.

Reinsurer guidance (Global Re manual, March 2026 edition) will follow in Q2. Until then: individual cases with HF to me, as before.

Ulrike""",
  sig="hasselbach", sigstyle="name")

M("S", "de", "therapist",
  "psychotherapy extension report for a named insured with diagnosis and course, only in the DOCX attachment",
  frm=ADDR("kessler"), to="Leistung Psychotherapie <leistung-psychotherapie@versicherer.example>",
  subj="Verlängerungsantrag – bitte Vorgang anlegen",
  date="2026-03-05 10:40",
  body="""Hallo zusammen,

der anhängende Verlängerungsantrag ist bei mir als Papier gelandet (falsch adressiert), ich habe ihn eingescannt. Aus beratungsärztlicher Sicht: Verlängerung um 20 Stunden nachvollziehbar, bitte so bescheiden.

Viele Grüße
Jan Keßler""",
  att=[DOCX("Verlaengerungsantrag_Psychotherapie.docx", [
      ("h", "Bericht zum Verlängerungsantrag – Tiefenpsychologisch fundierte Psychotherapie"),
      "Patient: Lukas Merzenich, geb. 14.03.1996\nVersicherungsnummer: KV 240-11873-9\nTherapeutin: Dr. phil. Barbara Ruhland, Psychologische Psychotherapeutin, Bonn",
      "Diagnosen: F33.1 Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode; F60.6 Ängstlich-vermeidende Persönlichkeitsakzentuierung",
      "Bisheriger Verlauf: 40 Sitzungen seit 04/2025. Deutliche Besserung der depressiven Symptomatik (BDI-II von 31 auf 17), Rückkehr an den Arbeitsplatz im Oktober 2025 nach stufenweiser Wiedereingliederung. Weiterhin ausgeprägte Vermeidung sozialer Situationen, Suizidgedanken nicht mehr vorhanden.",
      "Beantragt: 20 weitere Sitzungen à 50 Minuten, Frequenz 14-tägig, Abschluss bis 12/2026.",
      "Bonn, 20.02.2026"], author="Praxis Dr. Ruhland")])

M("C", "de", "authority",
  "bailiff's preliminary garnishment of a named policyholder's comprehensive-cover payout; no health",
  frm=ADDR("haas"), to=ADDR("brenner"),
  subj="Vorpfändung § 845 ZPO – Kasko-Entschädigung Herr Ivan Petrov, KK 50-3018225",
  date="2026-03-05 13:05",
  body="""Hallo Markus,

Gerichtsvollzieherin Frau Dahmen hat uns heute eine Vorpfändung zugestellt. Betroffen: alle Ansprüche von Herrn Ivan Petrov, geb. 07.09.1988, Dürener Straße 301, 50935 Köln, gegen uns, insbesondere aus der Vollkaskoversicherung KK 50-3018225 (Hagelschaden Juli 2025?).

Gläubigerin: Teleshop Direkt GmbH, Forderung 2.176,43 EUR.

Die Vorpfändung wirkt einen Monat. Bitte bis auf Weiteres nichts an Herrn Petrov auszahlen. Wenn der PfÜB innerhalb der Frist kommt, melde ich mich wieder.

Gruß
Moritz""")

M("N", "de", "insurer-to-broker",
  "trap: new electronics insurance product for medical practices, premium table for brokers, no customer",
  frm=ADDR("vogel"), to="Maklerpartner Region Süd <makler-sued@versicherer.example>",
  subj="Neu ab April: Elektronikversicherung MedTech für Arzt- und Zahnarztpraxen",
  date="2026-03-05 15:30",
  body="""Liebe Maklerpartnerinnen und Maklerpartner,

ab 1. April 2026 bieten wir für Heilberufe eine eigenständige Elektronikversicherung an. Versichert sind medizinisch-technische Geräte (Ultraschall, Röntgen inkl. DVT, Laser, Behandlungseinheiten, Praxis-IT) gegen Bedienungsfehler, Überspannung, Wasser, Diebstahl und Elektronikschäden – auch mobile Geräte bei Hausbesuchen.

Beitragsbeispiele (netto, jährlich, SB 250 EUR):
  Versicherungssumme   50.000 EUR  ->   390 EUR
  Versicherungssumme  150.000 EUR  ->   980 EUR
  Versicherungssumme  400.000 EUR  -> 2.240 EUR
Röhren und Detektoren: Zeitwert ab dem 3. Jahr; Software-Wiederherstellung bis 10.000 EUR mitversichert.

Ein Online-Webinar gibt es am 24.03. um 10 Uhr. Die Anmeldung läuft über das Maklerportal.

Herzliche Grüße""",
  sig="vogel")

M("S", "de", "hospital",
  "D-doctor (trauma) report with injuries and findings of a named accident insured, forwarded from the hospital",
  frm=ADDR("albrecht"), to="Unfall-Leistung Team 1 <unfall-leistung@versicherer.example>",
  subj="WG: Durchgangsarztbericht Kowalczyk (mit Einwilligung)",
  date="2026-03-06 09:20",
  body="""D-Arzt-Bericht ist da, Einwilligung von Herrn Kowalczyk liegt vor. Krankenhaustagegeld für 4 Tage kann raus, Genesungsgeld danach.""",
  quote=FW("Unfallchirurgie Dreifaltigkeits-Krankenhaus Wesseling <d-arzt@dk-wesseling.example>", "06.03.2026 08:12",
           "unfall-leistung@versicherer.example", "D-Arzt-Bericht Kowalczyk, Dennis", """Durchgangsarztbericht (Abschrift)

Name: Kowalczyk, Dennis, geb. 09.06.1994
Unfalltag: 02.02.2026, 14:15 Uhr; Eintreffen: 15:02 Uhr (RTW)
Hergang: Sturz von der Leiter aus ca. 2,5 m auf Betonboden, Abstützen mit der rechten Hand.
Befund: Schwellung und Fehlstellung rechtes Handgelenk, Druckschmerz Trochanter rechts, keine neurologischen Ausfälle, GCS 15, kein Bewusstseinsverlust.
Röntgen: dislozierte distale Radiusfraktur rechts (AO 23-C1), Becken ohne Fraktur.
Diagnose: S52.51 Distale Radiusfraktur rechts; S70.0 Prellung der Hüfte rechts.
Therapie: stationäre Aufnahme, offene Reposition und Plattenosteosynthese am 03.02.2026, Entlassung 06.02.2026.
Arbeitsunfähig ab: 02.02.2026, voraussichtlich 8 Wochen.

Dr. med. Konstantin Hüls, D-Arzt"""))

M("N", "en", "insurer-to-partner",
  "trap: forensic summary of a cyber incident at a physiotherapy company policyholder, no patient data exfiltrated, no natural person named",
  frm=ADDR("hartmann"), to="Cyber Claims Pool <cyber-claims@versicherer.example>", lang="en",
  subj="Cyber claim CY-2026-0031 – forensic summary – no personal data affected",
  date="2026-03-06 11:05",
  body="""Hi all,

summary of the forensic report for the ransomware incident at the physiotherapy chain (policyholder is a GmbH with 14 practices; no individuals involved):

- Initial access: phishing mail with a fake invoice, macro-enabled document, 17 February
- Encrypted: file server with marketing material, the staff rostering system and two reception PCs
- NOT affected: the practice management software with patient records (separate hosted service, separate credentials; logs show no access from the compromised network)
- No evidence of data exfiltration (firewall logs for 30 days checked); the threat actor's leak site does not list the company
- Business interruption: online appointment booking down for 4 days; practices worked with paper calendars

Costs so far: forensics EUR 18,400, restore EUR 6,200, BI claim expected ~EUR 22,000. No notification to the data protection authority was required in the forensic firm's and our view.

Sven""",
  sig="hartmann", sigstyle="short")

M("C", "en", "lawyer",
  "neighbour's lawyer claiming for a car damaged by a named insured's child's football; property only",
  frm=ADDR("oltmanns"), to="Mr. Graham Whitaker <g.whitaker@mailbox-beispiel.example>", lang="en",
  subj="Your liability claim PH-2026-005120 – damage to Mr. Steffens' car",
  date="2026-03-06 14:30",
  body="""Dear Mr Whitaker,

we have received a letter from the lawyer of your neighbour, Mr Uwe Steffens, regarding the damage to his car (VW Passat, BN-US 2020) on 21 February, when your son Oliver (9) kicked a football against the rear window in the courtyard at Königstraße 3, Bonn.

Your private liability policy PH 70-2877415 covers your family members. Whether you or Oliver are legally liable depends mainly on two questions: Is Oliver, at the age of nine, responsible for the damage (section 828 German Civil Code)? And did you supervise him adequately? Could you briefly describe in your own words what happened and where you were at the time?

The lawyer claims EUR 1,060.14 for the window and EUR 25 flat-rate expenses. We will handle the correspondence with him – please do not pay anything yourself.

Kind regards""",
  sig="oltmanns")

M("S", "de", "employer",
  "employer certifying a named employee's sick leave and salary for daily sickness allowance",
  frm=ADDR("kroeger"), to="Krankentagegeld <krankentagegeld@versicherer.example>",
  subj="WG: Bescheinigung Arbeitgeber – Krankentagegeld Herr Sebastian Ilić",
  date="2026-03-06 16:15",
  body="""Bitte zur KT-Akte KV 250-04418-2. Die AU-Bescheinigungen liegen vor; ab Tag 43 KT-Zahlung.""",
  quote=FW("Lohnbuchhaltung Ingenieurbüro Kessel & Wirtz <lohn@kessel-wirtz-ing.example>", "06.03.2026 13:44",
           "krankentagegeld@versicherer.example", "Arbeitgeberbescheinigung", """Sehr geehrte Damen und Herren,

wir bescheinigen für unseren Mitarbeiter

Herrn Sebastian Ilić, geb. 05.05.1985, Bauingenieur, beschäftigt seit 01.03.2017,

dass er seit dem 13.01.2026 arbeitsunfähig erkrankt ist (nach unserer Kenntnis Bandscheiben-OP). Die Entgeltfortzahlung endete am 23.02.2026.
Bruttoentgelt monatlich: 5.850,00 EUR, Nettoentgelt: 3.612,40 EUR.
Eine Rückkehr ist uns noch nicht mitgeteilt worden.

Mit freundlichen Grüßen
Heike Wirtz, Lohnbuchhaltung"""))

M("N", "de", "internal",
  "trap: rejection-letter template for hospital cost coverage with placeholders only",
  frm=ADDR("brandt"), to="Team Stationär <leistung-stationaer@versicherer.example>",
  subj="Neuer Textbaustein ST-17 „Ablehnung Kostenübernahme – fehlende medizinische Notwendigkeit“",
  date="2026-03-09 08:40",
  body="""Hallo zusammen,

nach der Beschwerde-Auswertung haben wir den Baustein ST-17 freundlicher und verständlicher formuliert. Er ist ab heute im Korrespondenzsystem; die Platzhalter werden automatisch gefüllt. Bitte den Freitext-Absatz immer individuell ergänzen.

---
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für Ihre Anfrage vom «Datum_Anfrage». Wir haben die Unterlagen von «Klinik» sorgfältig geprüft, auch durch unseren beratungsärztlichen Dienst.

Leider können wir die Kosten für die stationäre Behandlung vom «Beginn» bis «Ende» nicht übernehmen. Nach den vorliegenden Unterlagen wäre die Behandlung ambulant möglich gewesen: «Freitext_Begründung».

Das bedeutet nicht, dass Sie die Behandlung nicht brauchen. Die ambulante Behandlung erstatten wir im Rahmen Ihres Tarifs «Tarif».

Sie können dieser Entscheidung widersprechen oder den Ombudsmann Private Kranken- und Pflegeversicherung anrufen.
---

Gerrit""")

M("C", "de", "insurer-to-heir-investigator",
  "heir-search firm asking about a named deceased's household-contents claim payout; estate, no health",
  frm=ADDR("demir"), to="Erbenermittlung Hoffmann & Söhne <recherche@erbenermittlung-hoffmann.example>",
  subj="AW: Nachlass Elfriede Kampmann – Hausratversicherung HR 40-0014492",
  date="2026-03-09 10:55",
  body="""Sehr geehrte Damen und Herren,

wir bestätigen, dass für die am 02.12.2025 verstorbene Frau Elfriede Kampmann, zuletzt Roonstraße 70, 50674 Köln, eine Hausratversicherung bei uns bestand (HR 40-0014492). Aus einem Einbruchdiebstahl vom 14.11.2025 steht noch eine Entschädigung von 1.730,00 EUR aus, die wir wegen des Todesfalls nicht mehr auszahlen konnten.

Eine Auszahlung kann nur an die Erben gegen Vorlage eines Erbscheins oder eines eröffneten notariellen Testaments erfolgen. Ihre Vollmacht vom Nachlassgericht (Nachlasspfleger) reicht dafür aus, wenn Sie uns diese im Original oder beglaubigt vorlegen.

Mit freundlichen Grüßen""",
  sig="demir")

M("N", "en", "hospital",
  "trap: hospital billing department's notice about switching to XRechnung e-invoicing, no patient",
  frm=ADDR("roth"), to="Rechnungseingang Kranken <rechnungseingang-kv@versicherer.example>", lang="en",
  subj="FW: Notice: e-invoicing via XRechnung from 1 May 2026 – University Hospital",
  date="2026-03-09 13:15",
  body="""FYI – the university hospital will send all invoices as XRechnung from May. IT already has the test files (synthetic). Please check with Lukas that the inbound channel is ready.

Carina""",
  quote=FW("Patient Accounting, University Hospital <billing-notice@uk-beispiel.example>", "Mon, 9 Mar 2026",
           "Insurance partners", "Notice: e-invoicing via XRechnung", """Dear insurance partners,

From 1 May 2026 we will issue all invoices for general hospital services and elective services to private health insurers exclusively as XRechnung (UBL 2.1, CIUS XRechnung 3.0) via PEPPOL or the agreed SFTP channel.

- PDF copies will no longer be sent by post.
- Test files with fictitious cases are available on request.
- The medical attachments (discharge letters etc.) will continue to be sent separately via the hospital portal, never inside the invoice file.

Questions: e-invoicing@uk-beispiel.example

Patient Accounting Department""", lang="en"))

M("S", "en", "care-service",
  "home nursing provider abroad invoicing care for a named expat insured after hip fracture",
  frm=ADDR("whitfield"), to="IHS claims <ihs-claims@versicherer.example>", lang="en",
  subj="FW: Invoice home nursing Marbella – Mrs. Gisela Vandenberg (IH-5502180)",
  date="2026-03-09 15:40",
  body="""Please process under the international care rider (max. 8 weeks post-acute home nursing). Hospital discharge letter is on file.

Emma""",
  quote=FW("Costa Home Nursing S.L. <admin@costa-homenursing.example>", "Fri, 6 Mar 2026",
           "ihs-claims@versicherer.example", "Invoice 2026/041 – Vandenberg", """Dear Sirs,

Please find below our invoice for post-hospital home nursing care.

Patient: Mrs Gisela Vandenberg, DOB 30/11/1948, Urb. Los Naranjos 12, Marbella
Reason: status after surgical repair of a left femoral neck fracture (hemiarthroplasty) on 29/01/2026; reduced mobility, wound care, anticoagulation (enoxaparin 40 mg s.c. daily)
Period: 05/02/2026 – 04/03/2026 (28 days)

Nursing visits 2x daily (wound care, injections, mobilisation, personal hygiene): 56 x EUR 42.00 = EUR 2,352.00
Night assistance 7 nights x EUR 95.00 = EUR 665.00
Total: EUR 3,017.00

Bank: CaixaBank, IBAN """ + IB("ES", "21000418450200051332") + """

Kind regards
Lucía Fernández, Administration""", lang="en"))

M("C", "de", "police",
  "police asking for details of a named insured's stolen motorcycle (VIN, plate); property only",
  frm=ADDR("brenner"), to="PK Stefan Hüsken <stefan.huesken@polizei-rhein-erft.example>", client="mobile",
  subj="AW: Diebstahl Motorrad BM-JK 96 – Az. 0811-26-4470",
  date="2026-03-10 07:55",
  body="""Guten Morgen Herr Hüsken,

FIN laut unserem Vertrag: JYARN48E0PA012377, Yamaha MT-09, EZ 05/2023, Halter Jannik Krause, Kerpen. Teilkasko bei uns, Diebstahl ist gemeldet.

Gruß
Markus Brenner
Schadenservice Kfz""",
  quote=Q("""Hüsken, Stefan schrieb am 09.03.2026 18:20:
Hallo Herr Brenner, der Geschädigte Herr Krause hat die FIN seines Motorrads nicht parat, können Sie aushelfen? Wir haben in Frechen ein Motorrad ohne Kennzeichen sichergestellt. Gruß Hüsken"""))

M("N", "de", "internal",
  "trap: medical association circular on the GOÄ reform forwarded, fee schedule only",
  frm=ADDR("kessler"), to="Leistungsservice Kranken <leistung-kv-alle@versicherer.example>",
  subj="WG: Rundschreiben Ärztekammer – Stand GOÄ-Novelle",
  date="2026-03-10 09:30",
  body="""Zur Info: Der Stand zur neuen GOÄ. Für unsere Prüfung ändert sich vorerst nichts, bis die Verordnung im Bundesgesetzblatt steht. Die Gegenüberstellung alt/neu für die häufigsten Ziffern erstellen wir, sobald der Text final ist.

J. Keßler""",
  quote=FW("Ärztekammer Nordrhein – Gebührenordnung <goae@aekno-beispiel.example>", "06.03.2026",
           "Mitglieder-Rundschreiben", "Rundschreiben 04/2026: GOÄ-Novelle", """Sehr geehrte Kolleginnen und Kollegen,

der mit dem PKV-Verband und der Beihilfe abgestimmte Entwurf der neuen GOÄ liegt dem Bundesgesundheitsministerium vor. Wesentliche Punkte:
- Festbeträge statt Steigerungsfaktoren; Zuschläge nur für definierte Erschwernisse
- Aufwertung der sprechenden Medizin (Beratung, Gespräch, Untersuchung)
- gemeinsame Kommission zur Weiterentwicklung des Leistungsverzeichnisses

Ein Inkrafttreten ist frühestens 2027 zu erwarten. Bis dahin gilt die GOÄ in der bisherigen Fassung.

Mit freundlichen kollegialen Grüßen
Ressort Gebührenordnung"""))

M("C", "en", "employer",
  "client company's list of named employees for business-travel insurance (no health), in a ZIP with CSV",
  frm=ADDR("seidel"), to="Travel underwriting <reise-vertrag@versicherer.example>", lang="en",
  subj="FW: Business travel policy RG 87-0004410 – traveller list Q2 2026",
  date="2026-03-10 11:50",
  body="""Please update the traveller list for the annual business travel policy (luggage, delay, liability, crisis management – no medical cover in this policy, that's with their health insurer). Premium adjustment per head as usual.

Ines""",
  quote=FW("Travel Management, Nordlicht Engineering GmbH <travel@nordlicht-eng.example>", "Tue, 10 Mar 2026",
           "Ines Seidel", "Traveller list Q2", """Hi Ines,

attached the zipped traveller list for Q2 (three new joiners, one leaver). Password as usual by phone.

Best
Malte""", lang="en"),
  att=[ZIP("Travellers_Q2_2026.zip", [CSV("travellers_q2.csv", [
      ["employee_no", "last_name", "first_name", "date_of_birth", "destination_region", "trips_planned"],
      ["1044", "Brandt", "Jonas", "1986-02-11", "Nordic", "4"],
      ["1102", "Castillo", "Marta", "1991-07-23", "Latin America", "3"],
      ["1187", "Hennig", "Sören", "1979-12-02", "Asia", "6"],
      ["1203", "Yousef", "Lina", "1995-04-30", "Middle East", "2"],
      ["1215", "Petersen", "Ole", "1988-09-14", "North America", "5"]])])])


# ---------------------------------------------------------------- batch 5

M("N", "de", "insurer-to-care-service",
  "trap: framework agreement with a nursing-home operator on short-term-care bed reservations, no residents",
  frm=ADDR("yilmaz"), to="Alloheim-Partner Region West <kooperation@pflegeverbund-west.example>",
  subj="Rahmenvereinbarung Kurzzeitpflege-Kontingent – Entwurf 2",
  date="2026-03-10 14:10",
  body="""Sehr geehrte Frau Dr. Overbeck,

vielen Dank für das konstruktive Gespräch. Anbei unser überarbeiteter Vorschlag in Kurzform:

1. Ihr Verbund hält in den Häusern Köln-Sülz, Bonn-Beuel und Leverkusen-Opladen zusammen 6 Kurzzeitpflegeplätze für Versicherte unserer Pflegeberatung vor.
2. Reservierungsentgelt: 18,00 EUR je Platz und Tag, solange der Platz nicht belegt ist; Belegung zu den mit den Pflegekassen vereinbarten Sätzen.
3. Anfrage durch unsere Pflegeberatung per Telefon; schriftliche Unterlagen zum Pflegebedarf werden ausschließlich über das gesicherte Portal ausgetauscht, nicht per E-Mail.
4. Laufzeit 2 Jahre, Auswertung nach 12 Monaten (nur Auslastungszahlen, keine personenbezogenen Daten).

Können wir uns für die finale Abstimmung am 24. oder 26. März treffen?

Mit freundlichen Grüßen""",
  sig="yilmaz")

M("S", "de", "authority",
  "pension insurance's rehab discharge report for a named insured, scanned PDF sent as octet-stream; body 'Scan'",
  frm=ADDR("stanek"), to=ADDR("hasselbach"),
  subj="AW: Unterlagen DRV",
  date="2026-03-11 08:20",
  body="""Scan anbei.""",
  client="outlook",
  att=[PDF("SCAN_20260311_0812.pdf", [
      ("h", "Deutsche Rentenversicherung Rheinland – Ärztlicher Entlassungsbericht (Auszug)"),
      "Versicherter: Dirk Tenhagen, geb. 21.05.1971, VSNR 13 210571 V 512\nReha-Einrichtung: Klinik am Rosengarten, Bad Salzuflen, Kardiologie\nAufenthalt: 02.10.2025 – 06.11.2025",
      "Diagnosen: 1. I21.1 Akuter transmuraler Hinterwandinfarkt (08/2025), PCI mit Stent RCA; 2. I25.13 Koronare Dreigefäßerkrankung; 3. F43.2 Anpassungsstörung; 4. E78.5 Hyperlipidämie",
      "Sozialmedizinische Leistungsbeurteilung: Letzte berufliche Tätigkeit als Dachdecker: unter 3 Stunden. Leichte bis mittelschwere Tätigkeiten des allgemeinen Arbeitsmarktes ohne Absturzgefahr, ohne schweres Heben: 6 Stunden und mehr.",
      "Entlassung: arbeitsunfähig. Empfehlung: Leistungen zur Teilhabe am Arbeitsleben prüfen."],
      author="DRV Rheinland", octet=True)])

M("C", "de", "insurer-to-lawyer",
  "traffic legal-expenses cover for a named insured's speeding fine (administrative offence, no criminal matter)",
  frm=ADDR("lindqvist"), to="Kanzlei Brückmann Verkehrsrecht <info@brueckmann-verkehrsrecht.example>",
  subj="RS 55-3001876 – Bußgeldverfahren Herr Nils Gerhardt – Kostenzusage",
  date="2026-03-11 10:30",
  body="""Sehr geehrte Frau Brückmann,

für die Verteidigung Ihres Mandanten Herrn Nils Gerhardt im Bußgeldverfahren der Stadt Köln (Az. 51.2-OWi-880214/26; Geschwindigkeitsüberschreitung innerorts um 27 km/h am 12.01.2026 mit dem Pkw K-NG 5150, Regelbuße 150 EUR, 1 Punkt) sagen wir Kostenschutz zu.

Die Kosten für die Akteneinsicht und ein etwaiges Privatgutachten zur Messung (bis 1.200 EUR) sind umfasst. Bitte stimmen Sie die Beauftragung eines Messsachverständigen vorher mit uns ab.

Mit freundlichen Grüßen""",
  sig="lindqvist", sigstyle="short")

M("N", "en", "insurer-to-supplier",
  "trap: licence renewal for ICD-10-GM/OPS coding catalogues in the claims system, no patient",
  frm=ADDR("raman"), to="Medcode Software GmbH <licences@medcode.example>", lang="en",
  subj="Licence renewal 2026 – coding catalogues (ICD-10-GM, OPS, G-DRG, GOÄ/GOZ)",
  date="2026-03-11 13:05",
  body="""Dear Ms Friedrichs,

we'd like to renew our licence for the coding catalogue service for another year (contract 2023-0087), with the following changes:

- user count: increase from 340 to 410 named users (new hospital invoice team)
- add the "Hybrid-DRG 2026" module
- drop the veterinary (GOT) module, we moved that to another tool

Please also confirm that catalogue updates (e.g. ICD-10-GM 2027) are delivered as signed packages through the download portal, as before, and that your service still has no access to our claims data.

Kind regards""",
  sig="raman")

M("S", "en", "insurer-to-hospital",
  "guarantee of payment for a named expat patient's appendectomy (diagnosis, admission)",
  frm=ADDR("whitfield"), to="Intl. Patient Insurance Dept. <insurance@bangkok-intl-hospital.example>", lang="en",
  subj="GOP issued – Mr. Tobias Reinhardt – HN 1182-664-20 – our ref. IH-7731902/26-014",
  date="2026-03-11 15:15",
  body="""Dear Khun Ploy,

this is a belated written confirmation of the guarantee we gave by phone on 4 February.

Guarantee of Payment
Patient: Mr Tobias Reinhardt, DOB 17/08/1988, HN 1182-664-20
Admission: 04/02/2026, emergency; diagnosis acute appendicitis (K35.8), laparoscopic appendectomy 05/02/2026
Guaranteed amount: up to THB 420,000 for inpatient treatment incl. room (standard single), OR, anaesthesia, pathology and medication
Excluded: personal items, phone, companion meals

Your final invoice of THB 367,820 received on 2 March is within the guarantee and has been approved for payment; transfer will be made within 10 working days.

Kind regards""",
  sig="whitfield")

M("C", "en", "court",
  "European small claims procedure over a named insured's lost luggage (travel without health content)",
  frm=ADDR("seidel"), to=ADDR("schreiber"), lang="en",
  subj="European Small Claims – Ms. Ingrid Solheim v. Versicherer – baggage claim RG 87-2291004",
  date="2026-03-12 09:40",
  body="""Hi Carola,

we've been served with a European Small Claims form (Form A) from the district court in Bergen (Norway isn't EU, but she filed in Cologne – Amtsgericht Köln, case 118 C 31/26). Claimant: Ms Ingrid Solheim, Bergen, our baggage policyholder. She claims EUR 2,740 for a suitcase lost on the flight Oslo–Cologne in August 2025.

Our position: we paid EUR 1,250 (jewellery limit 25 % of the sum insured, EUR 5,000). She says the necklace was in her hand luggage and therefore not subject to the limit. No health issues involved, it's purely about the limit clause.

Deadline for our answer (Form C) is 2 April. Shall I draft it, or do you want to take it?

Ines""",
  sig="seidel", sigstyle="short")

M("C", "de", "applicant",
  "application for a care-counselling job with birth date and salary expectation (income) – no health data",
  frm=ADDR("weiss"), to=ADDR("yilmaz"),
  subj="Bewerbung Pflegeberater/in (m/w/d) – Ref. 2026-022 – Frau Tamara Hoxha",
  date="2026-03-12 11:15",
  body="""Hallo Felix,

hier die nächste Kandidatin für die Pflegeberatung. Fachlich sehr passend, finde ich. Die Gehaltsvorstellung liegt etwas über unserem Band, aber da ließe sich reden.

Aus dem Bewerbungsschreiben / Lebenslauf:
Tamara Hoxha, geb. 17.02.1988, Bonn
Examinierte Gesundheits- und Krankenpflegerin (2009), Weiterbildung Pflegeberaterin nach § 7a SGB XI (2021)
2019–heute: Pflegeberaterin, Pflegestützpunkt Bonn-Beuel
2012–2019: Stationsleitung Geriatrie, Johanniter-Krankenhaus Bonn
2009–2012: Pflegekraft Innere Medizin, Uniklinik Köln
Gehaltsvorstellung: 62.000 EUR brutto p. a.
Kündigungsfrist: 3 Monate zum Quartalsende

Sag mir bitte bis Mittwoch, ob wir sie einladen.

Viele Grüße
Nadine""")

M("S", "de", "pharmacy",
  "pharmacy's cost estimate for a continuous glucose monitor for a named insured with type 1 diabetes",
  frm=ADDR("kroeger"), to="Hilfsmittel <hilfsmittel@versicherer.example>",
  subj="WG: Kostenvoranschlag CGM – Versicherter Jonas Eberhardt",
  date="2026-03-12 13:50",
  body="""Verordnung liegt vor (Diabetologe), Tarif AmbulantPlus erstattet Hilfsmittel zu 100 %. Bitte KV freigeben und die Apotheke informieren – Einwilligung zur Direktkommunikation hat Herr Eberhardt erteilt.

S. Kröger""",
  quote=FW("Linden-Apotheke Brühl, Hilfsmittelabteilung <hilfsmittel@linden-apotheke-bruehl.example>", "12.03.2026 10:20",
           "hilfsmittel@versicherer.example", "Kostenvoranschlag Nr. KV-26-0311", """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Jonas Eberhardt, geb. 22.10.2004, Diabetes mellitus Typ 1 (E10.90), Insulinpumpentherapie, übersenden wir einen Kostenvoranschlag gemäß Verordnung von Dr. med. Katrin Pohl (Diabetologische Schwerpunktpraxis Brühl) vom 05.03.2026:

PZN 17443213  Dexcom G7 Sensor, 3er-Pack  x 10 Packungen (Versorgung 6 Monate)   1.989,50 EUR
PZN 17443236  Dexcom G7 Empfänger                                                 329,00 EUR
Summe                                                                             2.318,50 EUR

Mit freundlichen Grüßen
Linden-Apotheke, Inh. Apotheker Tim Vogelsang e. K."""))

M("N", "de", "internal",
  "trap: aggregated statistics of medical opinions by specialty and turnaround times, no case",
  frm=ADDR("bauer"), to=["Miriam Albrecht <miriam.albrecht@versicherer.example>", "Oliver Stanek <oliver.stanek@versicherer.example>"],
  subj="Gutachtenstatistik 2025 – Laufzeiten und Kosten",
  date="2026-03-12 16:05",
  body="""Hallo ihr beiden,

für die Bereichsrunde am Montag die Jahreszahlen (Unfall und BU zusammen):

Fachgebiet           Anzahl  Ø Laufzeit (Tage)  Ø Kosten EUR
Unfallchirurgie/Ortho   612          71            1.020
Neurologie              144          94            1.480
Psychiatrie             131         118            1.960
Innere Medizin           58          83            1.210
HNO / Augen              41          66              780
sonstige                 27          90            1.100

Die Psychiatrie-Gutachten sind das Nadelöhr – drei Gutachter machen 70 % davon. Ich schlage vor, dass wir zwei weitere Praxen in den Pool aufnehmen (Bewerbungen liegen vor).

Gruß Greta""")

M("C", "de", "insurer-to-court",
  "third-party debtor declaration: no claims of the named debtor exist; insurance status mentioned",
  frm=ADDR("haas"), to="Amtsgericht Siegburg – Vollstreckungsgericht <poststelle@ag-siegburg-beispiel.example>",
  subj="Drittschuldnererklärung – 34 M 2291/26 – Schuldnerin Nicole Faßbender",
  date="2026-03-13 09:00",
  body="""Sehr geehrte Damen und Herren,

zum Pfändungs- und Überweisungsbeschluss vom 02.03.2026 in Sachen Creditreform Inkasso GmbH gegen Frau Nicole Faßbender, geb. 03.08.1990, Ringstraße 14, 53721 Siegburg, erklären wir:

Die Schuldnerin unterhält bei uns lediglich eine Privathaftpflichtversicherung (PH 70-1144902). Gegenwärtig bestehen keine Ansprüche der Schuldnerin gegen uns; ein Beitragsguthaben ist nicht vorhanden. Die Forderung wird daher nicht als begründet anerkannt. Andere Pfändungen liegen nicht vor.

Mit freundlichen Grüßen
i. A. Moritz Haas""",
  sig="haas", sigstyle="short")

M("N", "de", "insurer-to-supplier",
  "trap: booking first-aid courses for the insurer's first-aiders, no health data",
  frm=ADDR("richter"), to="Erste-Hilfe-Schulungen Rhein <kurse@ersthilfe-rhein.example>",
  subj="Buchung Erste-Hilfe-Fortbildung für Ersthelfer – 2 Termine im April",
  date="2026-03-13 10:45",
  body="""Sehr geehrte Damen und Herren,

wir möchten für unsere betrieblichen Ersthelferinnen und Ersthelfer zwei Inhouse-Fortbildungen (9 UE, nach DGUV Grundsatz 304-001) buchen:

- Dienstag, 14.04.2026, 8:30–16:00 Uhr, max. 20 Teilnehmende
- Donnerstag, 23.04.2026, 8:30–16:00 Uhr, max. 20 Teilnehmende
Ort: Konferenzraum 0.21, Rheinuferstraße 12, Köln

Inhalte bitte wie im letzten Jahr, zusätzlich eine Einheit zum Umgang mit unserem AED (Philips HeartStart FRx) und zu Notfällen bei Besuchern mit Diabetes oder Epilepsie (allgemein, keine Fallbeispiele aus unserem Haus).

Die Kosten übernimmt die BG anteilig; bitte schicken Sie uns die Teilnahmebescheinigungen direkt für die Abrechnung. Die Teilnehmerliste folgt zwei Wochen vorher.

Mit freundlichen Grüßen""",
  sig="richter")

M("S", "de", "lawyer",
  "specialist lawyer contesting rejection of disability benefits; named insured's depression diagnosis and treatment",
  frm=ADDR("stanek"), to=ADDR("schreiber"),
  subj="WG: BU-Ablehnung Frau Cornelia Wessels – Widerspruch RA Dr. Pohlmann",
  date="2026-03-13 14:20",
  body="""Liebe Frau Dr. Schreiber,

Klageandrohung in Sachen Wessels (LV 63-1810554). Ich halte unsere Ablehnung weiter für richtig (Gutachten Dr. Ostrowski: BU-Grad 30 %), aber die Frage der Verweisung ist nicht ganz sauber begründet. Können wir kurz telefonieren?

Oliver Stanek""",
  quote=OQ("RA Dr. Thomas Pohlmann, Fachanwalt für Versicherungsrecht und Medizinrecht", "Freitag, 13. März 2026 11:02",
           "leistung-bu@versicherer.example", "Cornelia Wessels ./. Versicherer Lebensversicherung AG", """Sehr geehrte Damen und Herren,

in Sachen unserer Mandantin Frau Cornelia Wessels, geb. 19.01.1975, Grundschullehrerin, widersprechen wir Ihrer Ablehnung vom 20.02.2026.

Unsere Mandantin leidet seit Frühjahr 2024 an einer schweren depressiven Episode (F32.2) mit ausgeprägten Konzentrations- und Antriebsstörungen. Sie befindet sich in ambulanter psychiatrischer Behandlung (Venlafaxin 225 mg, Quetiapin 50 mg) und hat 2025 eine zehnwöchige stationäre Behandlung in der LVR-Klinik Bonn absolviert. Das von Ihnen eingeholte Gutachten verkennt, dass die Unterrichtstätigkeit vor Klassen mit 28 Kindern eine dauernde hohe Aufmerksamkeit erfordert, die unsere Mandantin nicht mehr aufbringen kann.

Sollten Sie Ihre Entscheidung nicht bis zum 03.04.2026 revidieren, werden wir Klage erheben.

Mit freundlichen Grüßen
Dr. Thomas Pohlmann"""))

M("N", "en", "internal",
  "trap: security warning about phishing mails posing as hospital invoices, no real case",
  frm=ADDR("fischer"), to="All staff Health and Life <alle-personenversicherung@versicherer.example>", lang="en",
  subj="Warning: phishing mails disguised as hospital invoices ('Rechnung Krankenhausaufenthalt')",
  date="2026-03-16 08:15",
  body="""Dear colleagues,

since Friday we have been seeing a phishing wave targeting our claims teams. The mails look like invoices from hospitals or billing services:

- Subject e.g. "Rechnung Krankenhausaufenthalt Nr. 2026-..." or "Liquidation Chefarzt – Mahnung"
- Sender addresses that look like real hospitals but with small differences (e.g. "klinikum-koeln.example.net")
- A ZIP or HTML attachment "Rechnung_Patient.zip" / "Befund.html"

Please do NOT open these attachments. Genuine hospital invoices reach us through the hospital portal or the scanning centre, not as ZIP files.

If you have opened one: disconnect your laptop from the network and call the service desk (-6000) immediately. Report suspicious mails with the "Report phishing" button.

Tim Fischer
Information Security""")

M("C", "de", "authority",
  "vehicle registration office asking to confirm a named person's motor insurance (eVB) for a registration",
  frm=ADDR("engel"), to='"Straßenverkehrsamt Rhein-Sieg-Kreis, Zulassung" <zulassung@rhein-sieg-beispiel.example>',
  subj="AW: Rückfrage eVB-Nummer 7K2PQ9R – Halter Herr Waldemar Schick",
  date="2026-03-16 10:00",
  body="""Sehr geehrte Damen und Herren,

die elektronische Versicherungsbestätigung 7K2PQ9R ist gültig. Sie wurde am 12.03.2026 für Herrn Waldemar Schick, geb. 14.12.1966, Siegstraße 23, 53757 Sankt Augustin, für einen Pkw (Halterwechsel, Skoda Kodiaq, FIN TMBJJ7NS5M8031217) ausgestellt. Die Haftpflichtversicherung beginnt mit der Zulassung; die Abweichung im Vornamen (Ihre Vorlage: „Woldemar“) ist ein Schreibfehler auf der Zulassungsbescheinigung Teil II und betrifft nicht den Versicherungsschutz.

Mit freundlichen Grüßen""",
  sig="engel")

M("S", "en", "insurer-to-doctor",
  "second-opinion request to a spine surgeon about a named insured's planned fusion surgery with MRI findings",
  frm=ADDR("kessler"), to='"Prof. Dr. Henrike Salm, Spine Centre" <second-opinion@spine-centre-beispiel.example>', lang="en",
  subj="Second opinion – planned spinal fusion L4–S1 – Mr. Daniel Okoye",
  date="2026-03-16 12:30",
  body="""Dear Professor Salm,

our policyholder, Mr Daniel Okoye (born 11 March 1983), has agreed to a voluntary second opinion before a planned fusion surgery; he prefers communication in English. The documents are in the portal folder we shared with you.

Summary:
- chronic low back pain for four years, worsened since 09/2025; no radicular deficits documented
- MRI 01/2026: osteochondrosis L4/5 and L5/S1 (Modic type 1 at L5/S1), small central disc protrusion L4/5, no stenosis
- conservative treatment: physiotherapy 2024, 6 weeks of multimodal pain therapy not yet performed
- comorbidities: psoriasis (adalimumab), BMI 31
- proposed: TLIF L4–S1 at a private clinic in Düsseldorf, estimated costs EUR 38,500

Our question: is the indication for a two-level fusion sufficiently established, or would you recommend a multimodal programme first?

Fee as per our agreement: EUR 480 for the written opinion including an examination. Mr Okoye will contact your office for an appointment.

Kind regards""",
  sig="kessler")

M("N", "de", "insurer-to-partner",
  "trap: generic product information on funeral-expense insurance for a partner funeral home, no customer",
  frm=ADDR("falk"), to="Bestattungshaus Klinkhammer <info@bestattungen-klinkhammer.example>",
  subj="Unterlagen Sterbegeldversicherung für Ihre Vorsorgeberatung",
  date="2026-03-16 15:00",
  body="""Sehr geehrter Herr Klinkhammer,

wie besprochen schicke ich Ihnen die aktuellen Unterlagen zu unserer Sterbegeldversicherung „Würde“ für Ihre Vorsorgegespräche:

- Eintrittsalter 40 bis 85 Jahre, Versicherungssummen 3.000 bis 15.000 EUR
- keine Gesundheitsfragen; bei Tod in den ersten 24 Monaten Rückzahlung der Beiträge (bei Unfalltod volle Leistung)
- Beispiel: Eintrittsalter 65, 8.000 EUR, Beitragszahlung bis 85: 38,64 EUR monatlich

Bitte verwenden Sie ausschließlich die Beispielrechnung mit fiktiven Werten im Flyer; Angebote für konkrete Interessenten erstellt unser Außendienst.

Die neuen Flyer (200 Stück) gehen per Post raus.

Freundliche Grüße""",
  sig="falk")

M("C", "en", "notary",
  "notary about a named foreign buyer of a flat and the building insurance of the owners' association; no health",
  frm=ADDR("hartmann"), to="WEG-Verträge <weg-vertraege@versicherer.example>", lang="en",
  subj="FW: Purchase of flat 4.1, Siebengebirgsallee 18 – insurance confirmation for the buyer",
  date="2026-03-17 09:25",
  body="""Can you send the notary the standard confirmation for the owners' association policy (WG 41-7700213)? The buyer only needs to know that the building is insured; his own contents insurance is his business.

Sven""",
  quote=FW("Notariat am Rathenauplatz <notariat@notariat-rathenauplatz.example>", "Mon, 16 Mar 2026",
           "info@versicherer.example", "Purchase of flat – Mr. Pieter de Vries", """Dear Sir or Madam,

in the matter of the purchase of flat no. 4.1 at Siebengebirgsallee 18, 50939 Köln, by Mr Pieter de Vries (born 1981-06-02, Dutch national, currently residing in Utrecht) from Mrs Brigitte Lenz, the buyer's bank requires confirmation that the building is insured against fire, storm and water damage at rebuilding value.

The property manager named your company as the building insurer of the owners' association. Could you please send us a short confirmation in English?

Kind regards
Notariat am Rathenauplatz""", lang="en"))

M("N", "de", "insurer-to-hospital",
  "trap: invitation to the insurer's partner-hospital forum with calendar entry, no patient",
  frm=ADDR("roth"), to="Partnerkliniken Geschäftsführungen <partnerkliniken-gf@versicherer.example>",
  subj="Einladung: Klinikpartner-Forum 2026 am 7. Mai in Köln",
  date="2026-03-17 11:40",
  body="""Sehr geehrte Damen und Herren,

herzlich laden wir Sie zu unserem diesjährigen Klinikpartner-Forum ein.

Donnerstag, 7. Mai 2026, 10:00–16:00 Uhr, Konferenzzentrum Rheinuferstraße 12, Köln

Themen:
- Direktabrechnung über die Klinik-Card: Erfahrungen aus dem ersten Jahr
- Hybrid-DRG und ambulantes Operieren – was heißt das für Wahlleistungen?
- E-Rechnung und der Austausch medizinischer Unterlagen über das Klinikportal
- Podiumsdiskussion: Qualitätsverträge zwischen Kliniken und PKV

Die Kalendereinladung hängt an. Bitte melden Sie bis zum 17. April an, wer aus Ihrem Haus teilnimmt.

Mit freundlichen Grüßen""",
  sig="roth",
  att=[ICS("Klinikpartner-Forum_2026.ics", "kpf-2026@versicherer.example", "Klinikpartner-Forum 2026",
           "20260507T100000", "20260507T160000", ("Carina Roth", "carina.roth@versicherer.example"),
           location="Konferenzzentrum, Rheinuferstraße 12, 50667 Köln",
           description="Programm siehe E-Mail. Anmeldung bis 17.04.2026.")])

M("S", "de", "authority",
  "fire brigade's fee notice for a named insured's emergency ambulance transport with diagnosis",
  frm=ADDR("kroeger"), to="Rechnungseingang Kranken <rechnungseingang-kv@versicherer.example>",
  subj="WG: Gebührenbescheid Rettungsdienst – Frau Martina Nolden",
  date="2026-03-17 14:00",
  body="""Hat die Versicherte weitergeleitet, bitte als Rechnung erfassen (Rettungsdienst, 100 %).""",
  quote=FW("Martina Nolden <m.nolden@posteo-beispiel.example>", "17.03.2026 12:48", "leistung-kv@versicherer.example",
           "WG: Gebührenbescheid", """Hallo, anbei der Bescheid von der Feuerwehr, bitte erstatten. Danke, M. Nolden

Gebührenbescheid – Stadt Köln, Berufsfeuerwehr, Rettungsdienst
Bescheid-Nr.: RD-2026-0449182
Patientin: Martina Nolden, geb. 25.04.1969, Zollstockgürtel 40, 50969 Köln
Einsatz: 24.02.2026, 21:14 Uhr, Notfalleinsatz RTW mit Notarzt
Einsatzdiagnose: Verdacht auf akutes Koronarsyndrom, Brustschmerz (R07.4)
Transport: Wohnung -> Herzzentrum Uniklinik Köln
Gebühr RTW-Einsatz: 767,00 EUR
Gebühr Notarzteinsatz: 582,00 EUR
Gesamt: 1.349,00 EUR
Fällig innerhalb eines Monats nach Bekanntgabe."""))

M("N", "en", "insurer-to-broker",
  "trap: underwriting update on clear aligner coverage in dental tariffs for brokers, no customer",
  frm=ADDR("reuter"), to="Broker partners North <makler-nord@versicherer.example>", lang="en",
  subj="Dental update: clear aligners (Invisalign & co.) in our dental tariffs",
  date="2026-03-18 09:00",
  body="""Dear broker partners,

we keep receiving questions about clear aligner treatment, so here's the overview:

- Children and adolescents (treatment started before age 18): aligners are covered like fixed braces in ZahnKids and ZahnPlus, provided the orthodontic indication (KIG 3–5) is documented.
- Adults: orthodontics is only covered in ZahnPlus 100 and only after an accident or for severe jaw anomalies requiring combined surgical treatment. Purely aesthetic treatment (e.g. mild crowding) is not covered in any tariff.
- Cost estimate: we recommend submitting the treatment plan before starting. Please ask your clients to send it via the customer portal – not to you by e-mail – as it contains health data.

Questions? Get in touch with your broker manager.

Kind regards
Frank Reuter""",
  sig="reuter", sigstyle="short")

M("C", "de", "insurer-to-lawyer",
  "neighbour dispute about overhanging branches: legal-expenses cover for a named insured; no health",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Konrad Weigelt <weigelt@anwalt-weigelt.example>",
  subj="RS 55-0871344 – Frau Heike Borchardt ./. Nachbar Dörr – Urteil AG Brühl",
  date="2026-03-18 11:20",
  body="""Sehr geehrter Herr Weigelt,

vielen Dank für die Übersendung des Urteils des AG Brühl vom 10.03.2026 (24 C 112/25). Wir freuen uns für Ihre Mandantin, Frau Heike Borchardt, dass der Nachbar die überhängenden Äste der Thujahecke auf eigene Kosten beseitigen muss und die Kosten des Verfahrens trägt.

Bitte setzen Sie den Kostenerstattungsanspruch gegen Herrn Dörr fest und leiten Sie eingehende Zahlungen an uns weiter, soweit wir Ihre Vorschüsse (bisher 1.021,23 EUR) und die Gerichtskosten (438,00 EUR) getragen haben. Die Selbstbeteiligung Ihrer Mandantin (250 EUR) ist vorrangig an sie zu erstatten.

Mit freundlichen Grüßen""",
  sig="lindqvist")

M("N", "de", "internal",
  "trap: aggregated distribution of care grades in the care portfolio for planning, no individual",
  frm=ADDR("yilmaz"), to="Produktmanagement Pflege <pm-pflege@versicherer.example>",
  subj="Bestandsauswertung Pflegegrade 31.12.2025",
  date="2026-03-18 14:40",
  body="""Hallo zusammen,

wie gewünscht die Verteilung der Leistungsbezieher im Pflegetagegeld (Stichtag 31.12.2025):

[[pg]]

Auffällig: Der Anteil ambulant in Pflegegrad 2 ist gegenüber 2024 um 9 % gestiegen, stationär in PG 4/5 leicht rückläufig. Die Zahlen sind auf 10 gerundet, Zellen mit weniger als 10 Fällen sind zusammengefasst.

Gruß
Felix""",
  html=True,
  tables={"pg": ([["Pflegegrad", "ambulant", "stationär", "gesamt"],
                  ["PG 1", "410", "–", "410"],
                  ["PG 2", "1.870", "90", "1.960"],
                  ["PG 3", "1.120", "340", "1.460"],
                  ["PG 4 und 5 (zusammengefasst)", "510", "620", "1.130"]], "pad")})

M("S", "de", "notary",
  "notary and bank about assigning a named person's term life policy as mortgage security (life contract)",
  frm=ADDR("schulte"), to="Notar Dr. Ansgar Reinartz <reinartz@notar-reinartz.example>",
  cc="Baufinanzierung Kreissparkasse Köln <baufi@ksk-beispiel.example>",
  subj="Abtretung Risikolebensversicherung RL 64-0091123 – Herr Ömer Kaya – Bestätigung",
  date="2026-03-19 09:30",
  body="""Sehr geehrter Herr Dr. Reinartz,

wir bestätigen den Eingang der Abtretungsanzeige vom 16.03.2026. Die Ansprüche aus der Risikolebensversicherung RL 64-0091123 (versicherte Person und Versicherungsnehmer: Herr Ömer Kaya, geb. 30.06.1977; Versicherungssumme 250.000 EUR, Laufzeit bis 01.04.2046) sind in Höhe der jeweiligen Darlehensforderung an die Kreissparkasse Köln abgetreten.

Hinweis für die Bank: Der Vertrag wurde mit einem Beitragszuschlag angenommen; die Beiträge sind bis 31.03.2026 bezahlt. Über Beitragsrückstände werden wir die Kreissparkasse als Abtretungsempfängerin informieren.

Mit freundlichen Grüßen""",
  sig="schulte")

M("N", "en", "insurer-to-supplier",
  "trap: occupational health provider contract for staff VDU eye tests, no individual result",
  frm=ADDR("weiss"), to="VisionCare Occupational Health <b2b@visioncare-occ.example>", lang="en",
  subj="VDU eye examinations 2026 – order and process",
  date="2026-03-19 11:10",
  body="""Dear Mr Lambert,

we'd like to repeat the screen-work eye examinations (G 37 / ArbMedVV) for our staff in 2026:

- about 180 employees, on-site at Rheinuferstraße 12, four days in May
- your mobile unit in the courtyard, as last year
- invitations are sent by us; employees book slots themselves in your booking tool

Important: results stay with your occupational physician. We only receive the anonymised total number of examinations and, for employees who need them, a voucher code for VDU glasses – no diagnoses, no individual findings.

Please send the quote for 180 examinations plus an estimated 35 pairs of VDU glasses (basic frame, single vision).

Kind regards""",
  sig="weiss")

M("C", "de", "assessor",
  "motor damage assessor's report for a named insured's hail-damaged car (plate, VIN, values), no injury",
  frm=ADDR("brenner"), to="Herr Leonard Feyen <leonard.feyen@gmx-beispiel.example>",
  subj="Hagelschaden Ihr Pkw SU-LF 84 – Gutachten und Abrechnung (KK 50-2044731)",
  date="2026-03-19 14:30",
  body="""Sehr geehrter Herr Feyen,

das Gutachten des Sachverständigen liegt vor. Zusammengefasst:

Fahrzeug: BMW 320d Touring, SU-LF 84, FIN WBA8J31070K482201, Laufleistung 88.410 km
Schaden: 142 Hageldellen an Dach, Motorhaube und Heckklappe, Windschutzscheibe mit Steinschlagriss
Reparaturweg: Ausbeulen ohne Lackieren (PDR), Scheibe tauschen
Reparaturkosten netto: 4.980,00 EUR, Wertminderung keine

Ihre Teilkasko (Selbstbeteiligung 150 EUR) leistet 4.830,00 EUR. Lassen Sie reparieren, zahlen wir zusätzlich die Mehrwertsteuer gegen Rechnung. Die Zahlung geht an die uns bekannte Bankverbindung.

Mit freundlichen Grüßen""",
  sig="brenner",
  quote=Q("""Sachverständigenbüro Theisen – Kurzgutachten 26-0311-HA
Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden KK-2026-002311
Besichtigung: 16.03.2026 in 53721 Siegburg, Anwesend: Halter Herr L. Feyen
Beschädigungen: Hagel (Unwetter 09.03.2026), keine Vorschäden im Schadenbereich"""))


# ---------------------------------------------------------------- batch 6

M("S", "de", "expert",
  "psychiatric expert's invoice and cover note for a disability opinion; person only by case number and initials plus diagnosis",
  frm=ADDR("bauer"), to="Kreditorenbuchhaltung <kreditoren@versicherer.example>", cc=ADDR("stanek"),
  subj="Rechnung Gutachten BU-2026-0077 (Dr. Ostrowski) – bitte zahlen",
  date="2026-03-20 08:50",
  body="""Hallo Kreditoren,

bitte die Rechnung unten zur Zahlung anweisen, Kostenstelle 4820, sachlich richtig gezeichnet.

Gruß Greta Bauer""",
  quote=FW("Praxis Dr. med. Jacek Ostrowski, Psychiatrie und Psychotherapie <verwaltung@praxis-ostrowski.example>", "19.03.2026",
           "gutachten@versicherer.example", "Rechnung 2026/118 – Ihr Az. BU-2026-0077", """Sehr geehrte Damen und Herren,

für das nervenärztliche Gutachten in Ihrer Sache BU-2026-0077, Probandin C. W. (Untersuchung am 04.02.2026, Diagnose rezidivierende depressive Störung, BU-Grad 30 %), berechne ich:

Gutachten mit Untersuchung und Testpsychologie (BDI-II, SCL-90-R, MMPI-2)   1.640,00 EUR
Schreibgebühren 24 Seiten                                                 43,20 EUR
Porto                                                                      4,50 EUR
Gesamt (umsatzsteuerfrei nach § 4 Nr. 14 UStG)                          1.687,70 EUR

Bankverbindung: IBAN """ + IB("DE", "300501100065432109") + """

Mit freundlichen Grüßen
Dr. med. J. Ostrowski"""))

M("N", "de", "internal",
  "trap: underwriting note on a medical-care centre GmbH's practice liability renewal, company only, no natural person",
  frm=ADDR("hartmann"), to="Haftpflicht Firmenkunden Underwriting <hpf-underwriting@versicherer.example>",
  subj="Verlängerung Berufshaftpflicht MVZ-Gruppe – Vorschlag",
  date="2026-03-20 10:30",
  body="""Hallo zusammen,

für die Verlängerung der Betriebs-/Berufshaftpflicht der MVZ-Gruppe (GmbH, 9 Standorte, 64 angestellte Ärztinnen und Ärzte, keine Belegbetten, keine Geburtshilfe) zum 01.07.2026 mein Vorschlag:

- Deckungssumme 10 Mio. EUR pauschal Personen-/Sachschäden, 2-fach maximiert
- Prämie +6 % (Tarifanpassung Heilwesen), Schadenquote 5 Jahre 38 %
- neuer Ausschluss: ästhetische Eingriffe ohne medizinische Indikation (die Gruppe hat seit 2025 eine Dermatologie mit Laserangebot)
- Großschäden der letzten 5 Jahre: einer (Verzögerte Diagnose, 2022, Vergleich 185 TEUR, Details in der anonymisierten Großschadenliste)

Einwände bis Freitag, sonst geht das Angebot an den Makler.

Sven""",
  sig="hartmann", sigstyle="short")

M("C", "de", "police",
  "police report on graffiti damage to a named insured's house (buildings policy), no injury",
  frm=ADDR("demir"), to="Wohngebäude Schaden <wohngebaeude-schaden@versicherer.example>",
  subj="WG: Sachbeschädigung Haus Sülzburgstraße 140 – Ermittlungsstand",
  date="2026-03-20 13:10",
  body="""Für die Akte WG 41-2288105 / Schaden 26-WG-00912 (Herr und Frau Okonkwo-Berger). Graffiti-Entfernung ist über den Zusatzbaustein mitversichert bis 2.500 EUR. Angebot des Malerbetriebs liegt bei 1.980 EUR, bitte freigeben.

Aylin""",
  quote=FW("Polizeiwache Köln-Sülz <wache-suelz@polizei-koeln.example>", "19.03.2026 16:40", "Chinedu Okonkwo-Berger",
           "Ihre Strafanzeige 2026/0303-1150", """Sehr geehrter Herr Okonkwo-Berger,

zu Ihrer Anzeige wegen Sachbeschädigung (Graffiti an der Fassade Ihres Hauses Sülzburgstraße 140, 50937 Köln, Tatzeit 02./03.03.2026) teilen wir mit, dass ein Tatverdächtiger ermittelt wurde, der für eine Serie vergleichbarer Taten im Stadtteil verantwortlich sein soll. Das Verfahren wurde an die Staatsanwaltschaft Köln abgegeben (Az. folgt).

Zivilrechtliche Ansprüche können Sie unabhängig davon geltend machen.

Mit freundlichen Grüßen
Polizeiwache Köln-Sülz"""))

M("S", "en", "insurer-to-hospital",
  "dialysis schedule abroad for a patient identified by case number and initials; health data",
  frm=ADDR("whitfield"), to='"Dialysis Unit, Hospital Quirónsalud Marbella" <dialysis.intl@hospital-marbella-beispiel.example>', lang="en",
  subj="Holiday dialysis – our case 2026-IH-0931 (patient J.M.)",
  date="2026-03-20 15:30",
  body="""Dear colleagues,

we confirm cost coverage for holiday dialysis for our insured, case 2026-IH-0931 (patient J.M., the referring dialysis centre in Bonn has sent you the full name and medical file directly):

- haemodialysis 3 x per week, 4 hours, from 06 April to 24 April 2026 (9 sessions)
- rate as offered: EUR 285 per session incl. consumables and lab (Hb, K, Kt/V monthly)
- hepatitis B/C and HIV serology from the home centre (not older than 3 months) as required by you
- erythropoietin (darbepoetin alfa 40 µg weekly) will be brought by the patient

Please invoice us directly with our case number only. Medical reports go back to the home centre, not to us.

Kind regards""",
  sig="whitfield")

M("N", "en", "insurer-to-supplier",
  "trap: telemedicine vendor proposal for a second-opinion service with a fictitious example patient",
  frm=ADDR("santos"), to="MedOpinion Online <sales@medopinion.example>", lang="en",
  subj="RE: Proposal second-opinion service – questions after the pitch",
  date="2026-03-23 09:05",
  body="""Dear Ms Ortega,

thank you for the presentation. The example journey ("Jane Doe, fictitious, 52, recommended knee replacement") was helpful. Our open questions:

1. Where are the medical documents stored, and who has access (your physicians only, or also the platform's support staff)?
2. Can our customers upload directly to you, so that we never receive the documents ourselves? We'd prefer that.
3. Which specialties are available in German within 10 working days – orthopaedics, oncology, cardiology, spine surgery?
4. Pricing: your offer says EUR 390 per opinion; is a volume discount above 500 opinions per year possible?

We will also need your data processing agreement and a recent penetration test summary.

Best regards
Ana Santos""",
  sig="santos", sigstyle="short")

M("C", "en", "employer",
  "company reports that its named employee damaged a client's property (commercial liability), no injury",
  frm=ADDR("oltmanns"), to="Commercial liability claims <haftpflicht-firmen-schaden@versicherer.example>", lang="en",
  subj="FW: Damage at client's office – technician Mr. Kai Wendt – BH 75-0098112",
  date="2026-03-23 11:15",
  body="""Please set up a claim under the commercial liability policy of Datanet Services GmbH. Employee liability is covered; we won't take recourse against the technician.

Jens""",
  quote=FW("Operations, Datanet Services GmbH <operations@datanet-services.example>", "Mon, 23 Mar 2026 10:31",
           "Jens Oltmanns", "Damage at client's office", """Dear Mr Oltmanns,

our technician Mr Kai Wendt was installing a server rack at our client's office (Medienhaus Rhein, Am Coloneum 9, Köln) on 19 March. While moving the rack, he hit the glass partition of a meeting room, which shattered. Nobody was hurt – the room was empty.

The client has received a quote for replacing the partition: EUR 3,460 net. Photos and Mr Wendt's statement are available.

Best regards
Katrin Bauer
Head of Operations""", lang="en"))

M("S", "de", "therapist",
  "naturopath's invoice (GebüH) with diagnosis and treatments of a named insured",
  frm=ADDR("kroeger"), to="Martina Nolden <m.nolden@posteo-beispiel.example>",
  subj="Ihre Heilpraktiker-Rechnung vom 02.03.2026 – Erstattung",
  date="2026-03-23 13:30",
  body="""Sehr geehrte Frau Nolden,

die Rechnung der Naturheilpraxis Susanne Kehr über 312,40 EUR haben wir geprüft. Ihr Tarif AmbulantPlus erstattet Heilpraktikerleistungen bis zu den Höchstsätzen des GebüH, höchstens 1.000 EUR im Jahr.

Erstattet werden:
- Ziff. 1 Anamnese, Ziff. 4 Untersuchung – 48,00 EUR
- Ziff. 20.1 Akupunktur (5 x) – 154,00 EUR
- Ziff. 35.1 Neuraltherapie – 36,00 EUR
Nicht erstattet werden die Bachblüten-Mischung und die „Darmsanierung“ (Präparate ohne Arzneimittelzulassung): 74,40 EUR.

Diagnose laut Rechnung: Spannungskopfschmerz, HWS-Syndrom (G44.2, M54.2). Der Erstattungsbetrag von 238,00 EUR geht in den nächsten Tagen auf Ihr Konto.

Mit freundlichen Grüßen""",
  sig="kroeger")

M("N", "de", "insurer-to-partner",
  "trap: dental chamber's fixed-subsidy table and training dates forwarded, no patient",
  frm=ADDR("wendland"), to="Team Zahn <zahn-leistung@versicherer.example>",
  subj="WG: Zahnärztekammer – Festzuschuss-Beträge 2026 und Fortbildungstermine",
  date="2026-03-23 15:40",
  body="""Für unsere Vergleichsrechnungen GKV-Festzuschuss vs. Tarifleistung, bitte im Team-Ordner ablegen.

Tobias""",
  quote=FW("Zahnärztekammer Nordrhein – Newsletter <newsletter@zaek-beispiel.example>", "20.03.2026",
           "Abonnenten", "Festzuschüsse 2026 / Fortbildung", """Festzuschüsse ab 01.01.2026 (Regelversorgung, Bonus 0 % / 20 % / 30 %):

Befund 1.1 (erhaltungswürdiger Zahn, Krone)            170,21 / 204,25 / 221,27 EUR
Befund 2.1 (Brücke, 1 Zahn fehlt)                      508,18 / 609,82 / 660,63 EUR
Befund 4.2 (Totalprothese Oberkiefer)                  449,66 / 539,59 / 584,56 EUR

Fortbildung:
- 15.04.2026 Implantatprothetik und GOZ (online)
- 06.05.2026 Kinderzahnheilkunde kompakt, Düsseldorf"""))

M("C", "de", "insurer-to-authority",
  "social welfare office (funeral costs) asking about a named deceased's insurance: only household cover, no life policy",
  frm=ADDR("kowalski"), to='"Stadt Bonn – Amt für Soziales, Bestattungskosten" <bestattungskosten@bonn-stadt-beispiel.example>',
  subj="AW: § 74 SGB XII – verstorbener Herr Horst Lemmer, geb. 08.05.1947",
  date="2026-03-24 09:10",
  body="""Sehr geehrte Frau Marx,

zu Ihrer Anfrage im Rahmen der Prüfung der Bestattungskosten teilen wir mit: Für den am 26.02.2026 verstorbenen Herrn Horst Lemmer, geb. 08.05.1947, zuletzt Dransdorfer Weg 12, 53121 Bonn, bestand bei uns ausschließlich eine Hausratversicherung (HR 40-0773214), die mit dem Tod endet. Eine Lebens- oder Sterbegeldversicherung bestand und besteht bei uns nicht.

Der anteilige Beitrag für März 2026 (9,80 EUR) wird dem Nachlass erstattet, sobald uns ein Empfänger genannt wird.

Mit freundlichen Grüßen""",
  sig="kowalski")

M("N", "de", "insurer-to-pharmacy",
  "trap: order of vaccine doses from a pharmacy for the company vaccination campaign, no individual",
  frm=ADDR("krueger"), to="Rhein-Apotheke im Haus <bestellung@rhein-apotheke-koeln.example>",
  subj="Bestellung Impfstoffe Herbst 2026 (Betriebsärztlicher Dienst) – Vorreservierung",
  date="2026-03-24 11:00",
  body="""Hallo Herr Dr. Lenz,

für die Grippeimpfaktion im Herbst möchten wir wie jedes Jahr vorreservieren:

- 380 Dosen Influenza-Impfstoff (quadrivalent bzw. der von der STIKO empfohlene Impfstoff der Saison 2026/27), Fertigspritzen
- 60 Dosen Hochdosis-Impfstoff für Beschäftigte ab 60 Jahren
- Lieferung in zwei Tranchen ab KW 40 an den Betriebsärztlichen Dienst, Raum E.014, Kühlkette bitte wie gehabt mit Temperaturlogger

Die Abrechnung erfolgt über unsere Bestellnummer 4500189117. Die Zahl der tatsächlich Geimpften melden wir Ihnen wie immer nur als Gesamtzahl für die Rückgabe ungeöffneter Packungen.

Viele Grüße""",
  sig="krueger", sigstyle="short")

M("S", "de", "care-service",
  "care service's activity record for a care-allowance case identified by contract number and initials; care details",
  frm=ADDR("yilmaz"), to="Pflegeleistungen <pflege-leistung@versicherer.example>",
  subj="Leistungsnachweis Februar – PT 33-0401177 (W. K.)",
  date="2026-03-24 13:20",
  body="""Leistungsnachweis vom Pflegedienst Lebensfreude für Februar, bitte zur Akte.

Felix""",
  quote=FW("Ambulanter Pflegedienst Lebensfreude <pdl@pflegedienst-lebensfreude.example>", "24.03.2026 11:52",
           "Felix Yilmaz", "Leistungsnachweis 02/2026", """Sehr geehrter Herr Yilmaz,

anbei der Leistungsnachweis für Ihren Versicherten W. K. (Ihr Zeichen PT 33-0401177) für Februar 2026:

LK 1  Kleine Morgentoilette                 28 x
LK 3  Große Morgen-/Abendtoilette           28 x
LK 7  Hilfe bei der Nahrungsaufnahme        56 x
LK 15 Medikamentengabe (L-Dopa 4x tgl.)     28 x
LK 31 Kompressionsstrümpfe an/aus           28 x
Sturzereignis am 17.02.2026 ohne Verletzung, Hausarzt informiert.

Mit freundlichen Grüßen
Sabine Ahrens, Pflegedienstleitung"""))

M("C", "de", "court",
  "regional court's order for evidence in a named insured's motor liability dispute (no persons injured)",
  frm=ADDR("schreiber"), to=ADDR("brenner"),
  subj="LG Bonn 9 O 211/25 – Beweisbeschluss – Klage Herr Kevin Rosenthal ./. Versicherer",
  date="2026-03-24 15:45",
  body="""Hallo Markus,

das LG Bonn hat Beweisbeschluss erlassen (Auszug unten). Es geht um die Frage, ob der Spurwechsel unseres VN Herrn Harald Nüßer auf der A 565 den Unfall verursacht hat oder Herr Rosenthal zu schnell war. Personenschäden macht niemand geltend, nur Fahrzeugschaden und Gutachterkosten.

Bitte schick mir bis 03.04. die Fotos aus der Schadenakte KH-2025-771904 und den Unfallbericht unseres VN im Original, damit wir sie dem Sachverständigen vorlegen können.

Carola""",
  sig="schreiber", sigstyle="short",
  quote="""> Landgericht Bonn, 9 O 211/25
> In dem Rechtsstreit Kevin Rosenthal, Meckenheim, gegen 1. Harald Nüßer, Rheinbach,
> 2. Versicherer Allgemeine Versicherung AG, Köln,
> soll Beweis erhoben werden über die Behauptung des Klägers, der Beklagte zu 1. habe am
> 14.06.2025 mit dem Pkw SU-HN 330 ohne Blinken auf den linken Fahrstreifen gewechselt,
> durch Einholung eines unfallanalytischen Sachverständigengutachtens.""")

M("N", "en", "insurer-to-partner",
  "trap: reinsurer's updated mortality and disability incidence tables, aggregate only",
  frm=ADDR("okafor"), to=ADDR("stone"), lang="en",
  subj="RE: Global Re – proposed DI incidence table 2026 – our comments",
  date="2026-03-25 09:20",
  body="""Rebecca,

my comments on Global Re's proposed disability incidence table before you reply to them:

- Their base table uses insured lives 2018–2023 of 14 German carriers. Incidence for ages 50–59 is 11 % above our own experience – I'd ask them for the split by occupation class before accepting.
- Mental disorders now account for 34 % of new claims in their data (our book: 31 %). Fine.
- Termination rates (recoveries) in the first two claim years look too optimistic compared with ours; see the attached comparison (only aggregates by age band and duration).
- The proposed loading for "long COVID" (+3 %) has no credible data behind it. I'd reject it.

Happy to join the call on Friday.

Chidi""",
  sig="okafor", sigstyle="short",
  att=[CSV("DI_termination_comparison.csv", [
      ["age_band", "claim_year", "termination_rate_globalre", "termination_rate_own", "claims_exposure_own"],
      ["30-39", "1", "0.284", "0.241", "412"],
      ["30-39", "2", "0.192", "0.170", "298"],
      ["40-49", "1", "0.231", "0.198", "687"],
      ["40-49", "2", "0.151", "0.129", "511"],
      ["50-59", "1", "0.166", "0.142", "955"],
      ["50-59", "2", "0.098", "0.081", "803"]], sep=",")])

M("S", "en", "employer",
  "employer reports an employee's accident abroad with injuries under group accident insurance",
  frm=ADDR("albrecht"), to="Accident claims <unfall-leistung@versicherer.example>", lang="en",
  subj="FW: Accident report – business trip Lyon – group accident policy GU-3301127",
  date="2026-03-25 11:40",
  body="""New claim for GU-3301127 (Rhein Chemie Consulting). Please send the English claim form to the employee and ask for the French hospital report.

Miriam""",
  quote=FW("HR Services, Rhein Chemie Consulting GmbH <hr@rhein-chemie-consulting.example>", "Wed, 25 Mar 2026",
           "unfall-leistung@versicherer.example", "Accident report – business trip", """Dear Sir or Madam,

we hereby report an accident of our employee under our group accident policy GU-3301127:

Name: Dr. Marc Lefèbvre, born 1977-03-09, Senior Consultant
Date/time: 18 March 2026, approx. 19:30
Place: Lyon, Rue de la République, on the way from the client to the hotel
What happened: he slipped on wet tram tracks and fell on his right shoulder and face.
Injuries: fracture of the right humeral head (treated with a sling, no surgery), laceration of the eyebrow (sutured), concussion. He was treated at Hôpital Édouard Herriot and stayed one night for observation.
He returned to Cologne on 21 March and is on sick leave until at least 12 April.

Kind regards
Svenja Krämer, HR Services""", lang="en"))

M("N", "de", "internal",
  "trap: facility mail on moving the medical advisers into new rooms with lockable cabinets, no file contents",
  frm=ADDR("richter"), to="Beratungsärzte Kranken <beratungsaerzte-kv@versicherer.example>",
  subj="Umzug Beratungsärztlicher Dienst in den 4. Stock – Ablauf",
  date="2026-03-25 14:00",
  body="""Liebe Kolleginnen und Kollegen,

der Umzug in die Räume 4.05 bis 4.09 findet am Freitag, 10. April, statt. Bitte beachten Sie:

- Alle Papierakten mit medizinischen Unterlagen werden NICHT vom Umzugsunternehmen transportiert, sondern am Donnerstag von unserem Hausdienst in verschlossenen Sicherheitsbehältern (rote Boxen) – bitte bis Donnerstag 12 Uhr einpacken.
- In den neuen Räumen stehen abschließbare Aktenschränke (Sicherheitsstufe nach DIN 4102, Schlüssel bei Ihnen und im Schlüsseltresor der Abteilungsleitung).
- Telefon- und PC-Umzug macht die IT am Freitagnachmittag.
- Die alte Etage wird am Montag danach von uns geprüft; Reste werden datenschutzgerecht entsorgt.

Viele Grüße
Anja Richter""",
  sig="richter", sigstyle="short", disc=False)

M("C", "de", "notary",
  "executor asking for a list of a named deceased's non-life contracts (car, household, liability); no life or health",
  frm=ADDR("kowalski"), to="Testamentsvollstreckung Dr. Merbach <tv@merbach-rechtsanwaelte.example>",
  subj="AW: Testamentsvollstreckung Nachlass Ruth Achterberg – Verträge",
  date="2026-03-25 16:20",
  body="""Sehr geehrter Herr Dr. Merbach,

nach Vorlage Ihres Testamentsvollstreckerzeugnisses (AG Köln, 32 VI 118/26) teilen wir mit, dass Frau Ruth Achterberg, verstorben am 09.01.2026, zuletzt Goltsteinstraße 3, 50968 Köln, folgende Verträge bei uns hatte:

- Hausratversicherung HR 40-0228815 – beendet zum Todestag, Beitragserstattung 41,20 EUR
- Privathaftpflicht PH 70-0228816 – beendet zum Todestag, Beitragserstattung 22,75 EUR
- Kfz-Versicherung K 51-0992871 (Toyota Yaris, K-RA 1933) – läuft bis zur Abmeldung/Veräußerung weiter

Weitere Verträge bei unseren Gesellschaften sind uns nicht bekannt; für die Lebens- und Krankenversicherung richten Sie eine Anfrage bitte gesondert an die jeweilige Gesellschaft.

Die Erstattungen überweisen wir auf das Nachlasskonto, sobald Sie uns dieses nennen.

Mit freundlichen Grüßen""",
  sig="kowalski")

M("S", "de", "dentist",
  "dentist's report on a dental accident of a named accident insured (tooth fractures, treatment)",
  frm=ADDR("albrecht"), to="Zahnarztpraxis Dr. Kemal Aydın <praxis@zahnarzt-aydin.example>",
  subj="AW: Zahnunfall Herr Paul Reuschenbach – UV 77-4410038 – Ihr Befundbericht",
  date="2026-03-26 09:15",
  body="""Sehr geehrter Herr Dr. Aydın,

vielen Dank für den Befundbericht. Für die Leistung aus der Unfallversicherung (Zahnersatz nach Unfall bis 5.000 EUR) benötigen wir noch den Heil- und Kostenplan für die geplante Implantatversorgung regio 11, sobald die Einheilzeit abgeschätzt werden kann.

Die bisherigen Behandlungskosten (Notfallbehandlung, Schienung, Wurzelbehandlung 21) erstatten wir Herrn Reuschenbach direkt.

Mit freundlichen Grüßen""",
  sig="albrecht",
  quote=OQ("Zahnarztpraxis Dr. K. Aydın", "Mittwoch, 25. März 2026 18:10", "Albrecht, Miriam", "Zahnunfall Reuschenbach",
           """Sehr geehrte Frau Albrecht,

Befundbericht zu Herrn Paul Reuschenbach, geb. 02.02.2001:
Unfall am 07.03.2026 (Sturz beim Basketball, Zusammenprall mit Gegenspieler). Erstvorstellung 07.03.2026 abends.
Befund: Zahn 11 Kronen-Wurzel-Fraktur, nicht erhaltungswürdig; Zahn 21 komplizierte Kronenfraktur mit Pulpaeröffnung; Zahn 12 Lockerungsgrad II; Oberlippe Rissquetschwunde (genäht).
Therapie: Extraktion 11 am 10.03., Wurzelkanalbehandlung 21, Schienung 12–22 für 4 Wochen. Geplant: Sofortimplantat nicht möglich, Implantat 11 nach Knochenheilung (ca. 3 Monate), anschließend Implantatkrone 11 und Krone 21.

Mit freundlichen Grüßen
Dr. K. Aydın"""))

M("N", "de", "insurer-to-company",
  "trap: blank accident report form for group-accident business customers, placeholders only",
  frm=ADDR("paulsen"), to="Firmenkunden Gruppenunfall <firmenkunden-gu@versicherer.example>",
  subj="Neues Formular Unfallanzeige Gruppenunfallversicherung (PDF, ausfüllbar)",
  date="2026-03-26 11:30",
  body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unser überarbeitetes Formular für Unfallmeldungen zu Ihrer Gruppenunfallversicherung. Bitte verwenden Sie nur noch diese Version.

Wichtig: Bitte senden Sie ausgefüllte Unfallanzeigen nicht per normaler E-Mail, sondern über das Firmenkundenportal – die Angaben zu Verletzungen sind Gesundheitsdaten Ihrer Beschäftigten.

Mit freundlichen Grüßen""",
  sig="paulsen",
  att=[PDF("Unfallanzeige_Gruppenunfall_2026.pdf", [
      ("h", "Unfallanzeige – Gruppenunfallversicherung"),
      ("t", [["Angabe", "Eintrag"], ["Vertragsnummer", "GU-_______"], ["Firma", ""],
             ["Name, Vorname der verletzten Person", ""], ["Geburtsdatum", "__.__.____"], ["Unfalltag / Uhrzeit", ""],
             ["Unfallort", ""], ["Hergang (kurz)", ""], ["Art der Verletzung", ""],
             ["Erstbehandelnde Ärztin/Arzt, Krankenhaus", ""], ["Arbeitsunfall gemeldet an BG?", "[ ] ja  [ ] nein"]]),
      "Ort, Datum, Unterschrift des Arbeitgebers: ____________________"],
      title="Unfallanzeige GU")])

M("C", "en", "insurer-to-lawyer",
  "employment legal-expenses cover for a named insured's dismissal case with salary (income), no health",
  frm=ADDR("lindqvist"), to='"Ms. Rachel Feld, Employment Lawyer" <r.feld@feld-arbeitsrecht.example>', lang="en",
  subj="Legal expenses cover RS 55-2881902 – Mr. Tomasz Zieliński – dismissal",
  date="2026-03-26 14:00",
  body="""Dear Ms Feld,

we confirm cover for your client Mr Tomasz Zieliński (employment legal expenses, policy RS 55-2881902) for the action against the dismissal by Logistik Nord GmbH dated 27 February 2026, at first instance before the Labour Court of Cologne.

The value in dispute is three months' gross salary: 3 x EUR 4,150 = EUR 12,450. Any settlement including a severance payment does not increase the value for our purposes beyond the statutory rules.

Please note that in labour court proceedings at first instance each party bears its own lawyer's fees even if it wins; we cover yours. Please send your invoices to us directly.

Kind regards""",
  sig="lindqvist")

M("N", "en", "internal",
  "trap: complaints analysis about hospital billing, anonymised counts only",
  frm=ADDR("lorenz"), to=["Carina Roth <carina.roth@versicherer.example>", "Gerrit Brandt <gerrit.brandt@versicherer.example>"], lang="en",
  subj="Q1 complaints – hospital billing topics (anonymised)",
  date="2026-03-27 09:00",
  body="""Hi Carina, hi Gerrit,

as requested, Q1 complaint reasons related to hospital invoices (counts only; cases with fewer than 5 complaints are grouped):

- "Single room surcharge charged although I was in a double room": 23
- "Chief physician fee invoice received although I signed nothing": 17
- "Hospital sent the invoice to me instead of to you (direct billing)": 14
- "Rejection of inpatient stay as 'could have been outpatient'": 11
- other: 9

Almost half relate to two hospitals that have not yet switched to the electronic interface – Carina, you know which ones. Could we put this on the agenda for the partner forum?

Daniela""",
  sig="lorenz", sigstyle="short")

M("S", "de", "hospital",
  "hospital discharge letter of a named insured only in the quoted earlier mail; reply body harmless",
  frm=ADDR("brandt"), to="Patientenaufnahme / Kostenklärung <kostenklaerung@st-vinzenz-koeln.example>",
  subj="AW: AW: Nachfrage Verlegung",
  date="2026-03-27 11:20",
  body="""Sehr geehrte Frau Jansen,

danke, dann ist das geklärt. Die Verlegung in die Geriatrie übernehmen wir im Rahmen der bestehenden Kostenzusage.

Mit freundlichen Grüßen
Gerrit Brandt""",
  quote=OQ("Jansen, Petra (Kostenklärung St. Vinzenz)", "Freitag, 27. März 2026 10:02", "Brandt, Gerrit", "AW: Nachfrage Verlegung",
           """Sehr geehrter Herr Brandt,

zu Ihrer Frage: Herr Egon Pietsch, geb. 01.12.1938, Ihr Vers.-Nr. KV 110-20014-7, wurde am 18.03. mit einer proximalen Femurfraktur links (S72.00) nach häuslichem Sturz aufgenommen und am 19.03. mit einer Duokopfprothese versorgt. Postoperativ entwickelte er ein Delir (F05.1) und eine Harnwegsinfektion. Die Verlegung in unsere Akutgeriatrie zur geriatrischen frührehabilitativen Komplexbehandlung (OPS 8-550.1) ist ab 30.03. geplant, weil eine Reha-Fähigkeit für die externe AHB derzeit nicht besteht.

Mit freundlichen Grüßen
Petra Jansen"""))

M("N", "de", "newsletter",
  "trap: newsletter to doctors' practices on how to send medical reports securely, no patient",
  frm="Versicherer Arztinfo <newsletter@versicherer.example>", to="Arztpraxen-Verteiler <arztinfo@versicherer.example>",
  subj="Arztinfo 1/2026: Befundberichte sicher übermitteln – jetzt auch per KIM",
  date="2026-03-27 06:00",
  body="""Arztinfo 1/2026 – für Praxen, die mit uns zusammenarbeiten

Sehr geehrte Ärztinnen und Ärzte, liebe Praxisteams,

wenn wir Sie um einen Befundbericht für eine Patientin oder einen Patienten bitten, liegt immer eine Schweigepflichtentbindung vor. Trotzdem gilt: Befunde gehören nicht in eine normale E-Mail.

So erreichen uns Ihre Berichte sicher:
1. Über KIM (Kommunikation im Medizinwesen) an unsere KIM-Adresse leistung@versicherer.kim.example – neu seit März 2026
2. Über unser Ärzteportal (Upload mit dem Einmal-Link aus unserem Anschreiben)
3. Per Fax oder Post wie bisher

Honorar: Für Befundberichte vergüten wir nach GOÄ Nr. 75 bzw. Nr. 80 zzgl. Auslagen. Bitte legen Sie eine Rechnung bei und nennen Sie unser Aktenzeichen.

Fragen? Arztservice: 0221 555-3300 (Mo–Fr 8–17 Uhr)

Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln
Abmeldung: www.versicherer.example/arztinfo/abmelden""")

M("C", "de", "insolvency-administrator",
  "insolvency administrator asking about a named debtor's non-life contracts and refunds; no health",
  frm=ADDR("becker"), to="RA Holger Vogt als Insolvenzverwalter <insolvenz@vogt-insolvenz.example>",
  subj="Insolvenzverfahren über das Vermögen von Herrn Dragan Marković – AG Köln 72 IN 88/26",
  date="2026-03-27 13:45",
  body="""Sehr geehrter Herr Vogt,

zu Ihrer Anfrage vom 20.03.2026 teilen wir mit, dass Herr Dragan Marković, geb. 12.06.1979, Venloer Straße 512, 50825 Köln (Inhaber der Firma „Marković Fliesenbau“ als Einzelunternehmer), bei uns folgende Verträge unterhält:

- Betriebshaftpflicht BH 75-1029388 (Fliesenlegerbetrieb), Beitrag jährlich 1.384,20 EUR, bezahlt bis 31.12.2026
- Kfz-Versicherung K 51-1029390 (Transporter K-DM 4711), Beitragsrückstand 412,50 EUR
- Hausratversicherung HR 40-1029391

Ein Guthaben steht derzeit nur aus der Betriebshaftpflicht zu (anteilige Beitragserstattung bei Kündigung durch Sie: ca. 1.050 EUR). Bitte teilen Sie uns mit, welche Verträge Sie fortführen möchten.

Mit freundlichen Grüßen""",
  sig="becker")

M("N", "en", "internal",
  "trap: interview schedule for medical adviser candidates, names only in organisational context",
  frm=ADDR("weiss"), to=["Dr. med. Jan Keßler <jan.kessler@versicherer.example>", "Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>"], lang="en",
  subj="Interviews medical adviser – 14 April – schedule",
  date="2026-03-30 09:30",
  body="""Dear both,

here's the schedule for the first-round interviews (room 2.14, or Teams for candidate 3):

09:30  Dr. Pauline Striegler
11:00  Dr. Mehmet Arslan
13:30  Dr. Johanna Frei (Teams, she's currently in Basel)

Each slot 60 minutes: 10 min introduction, 30 min professional questions (Jan, please prepare a short case – anonymised or fictitious, please), 15 min questions from the candidate, 5 min wrap-up. I'll join for the HR part.

Travel expenses for in-person candidates are covered. Please don't forward CVs outside our group.

Nadine""",
  sig="weiss", sigstyle="short")

M("S", "en", "pharmacy",
  "pharmacy importing an oncology drug for a named insured; diagnosis and dosage",
  frm=ADDR("kroeger"), to="International Pharmacy Service <import@intl-pharmacy-beispiel.example>", lang="en",
  subj="Import of Lutathera for Mrs. Annelie Brock – cost approval",
  date="2026-03-30 11:45",
  body="""Dear Mr Haddad,

we confirm that we will reimburse the import of the medication prescribed for our insured Mrs Annelie Brock (born 14/02/1966) by the Department of Nuclear Medicine, University Hospital Essen:

Lutathera (lutetium [177Lu] oxodotreotide) 7.4 GBq, 4 cycles, for a well-differentiated, somatostatin-receptor-positive neuroendocrine tumour of the small intestine with liver metastases (C7A.0 / C78.7), as per the tumour board recommendation of 12 March 2026.

Please invoice each cycle separately with the batch number and the hospital's delivery confirmation. Our reimbursement is limited to the price of the imported product plus the customary import surcharge; we need your price calculation before the first delivery.

Kind regards""",
  sig="kroeger")

M("C", "de", "supplier",
  "towing service invoice for a named insured's breakdown under a motor assistance cover (plate, address), no injury",
  frm=ADDR("engel"), to="Schutzbrief-Abrechnung <schutzbrief@versicherer.example>",
  subj="WG: Rechnung Abschleppdienst – Schutzbrief K 51-1877302 – Frau Gül Ayhan",
  date="2026-03-30 14:30",
  body="""Bitte nach Schutzbrief abrechnen (Pannenhilfe/Abschleppen bis 300 EUR, Rest an VN). Niemand verletzt, reine Panne.""",
  quote=FW("Abschleppdienst Hürth 24h <rechnung@abschlepp-huerth.example>", "30.03.2026", "schutzbrief@versicherer.example",
           "Rechnung 26-0418", """Rechnung Nr. 26-0418
Auftraggeberin: Frau Gül Ayhan, Luxemburger Str. 201, 50354 Hürth
Fahrzeug: Ford Focus, BM-GA 707
Einsatz: 28.03.2026, 22:40 Uhr, A 1 Parkplatz Frechen-Nord, Motorschaden (Zahnriemen)
Abschleppen zur Werkstatt Autohaus Kühl, Hürth, 14 km
Pauschale Nacht/Wochenende 189,00 EUR, Kilometer 14 x 3,50 EUR = 49,00 EUR, Standzeit 35,00 EUR
Summe netto 273,00 EUR, MwSt. 51,87 EUR, Gesamt 324,87 EUR"""))


# ---------------------------------------------------------------- batch 7

M("N", "de", "internal",
  "trap: sprinkler false release in a hospital new-build under a contractor's construction policy (companies only)",
  frm=ADDR("hartmann"), to="Technische Versicherung Schaden <tv-schaden@versicherer.example>",
  subj="Bauleistung BL 93-0012077 – Fehlauslösung Sprinkler Neubau Klinikum Porz, Bauteil C",
  date="2026-03-31 08:40",
  body="""Hallo zusammen,

Schadenmeldung der ARGE Klinikneubau Porz (Generalunternehmer) zur Bauleistungsversicherung:

Am 28.03. hat im 3. OG des Bauteils C (künftige Intensivstation, noch nicht in Betrieb) ein Sprinklerkopf beim Einbau der Deckenverkleidung ausgelöst. Rund 6 m³ Wasser sind in die darunterliegenden Geschosse gelaufen. Betroffen: Trockenbau, frisch verlegter Kautschukboden, vorinstallierte Medienversorgungseinheiten für 12 Intensivbetten (Hersteller prüft).

Schätzung GU: 380–450 TEUR, Bauverzug ca. 5 Wochen. Patienten oder Personal des Klinikbetriebs sind nicht betroffen, das Gebäude ist Baustelle.

Ich fahre morgen mit dem Sachverständigen hin. Reserve bitte vorläufig 420 TEUR.

Sven""",
  sig="hartmann", sigstyle="short")

M("C", "de", "police",
  "police about a named elderly insured defrauded by a shock call (jewellery handed over), coverage question; no health",
  frm=ADDR("demir"), to="KHK'in Sandra Meuser <sandra.meuser@polizei-bonn.example>",
  subj="AW: Betrug zum Nachteil Frau Irmgard Schellenberg – Schmuckliste",
  date="2026-03-31 10:50",
  body="""Sehr geehrte Frau Meuser,

wie gewünscht die Schmuckliste, die Frau Schellenberg bei Abschluss ihrer Hausratversicherung (HR 40-0551029) für die Wertsachen eingereicht hatte, mit Fotos aus 2019:

1. Goldene Damenuhr Omega De Ville, Seriennummer 5633 1804
2. Perlenkette dreireihig mit Goldschließe
3. Brillantring 0,8 ct, Weißgold, Zertifikat GIA 2184 4410 92
4. Goldmünzen: 6 x Krügerrand

Ich muss Frau Schellenberg leider noch mitteilen, dass die freiwillige Herausgabe an einen falschen Polizeibeamten kein versicherter Diebstahl ist. Falls der Schmuck sichergestellt wird, freut sie sich sicher umso mehr.

Mit freundlichen Grüßen""",
  sig="demir",
  quote=OQ("Meuser, Sandra (KK 21 Bonn)", "Montag, 30. März 2026 15:12", "Demir, Aylin", "Betrug zum Nachteil Frau Schellenberg",
           """Sehr geehrte Frau Demir,

Frau Irmgard Schellenberg (Bonn-Bad Godesberg) hat am 26.03. nach einem sogenannten Schockanruf Schmuck und Goldmünzen an einen Abholer übergeben. Sie sagt, die Liste ihrer Schmuckstücke liege bei ihrer Versicherung. Können Sie uns diese zur Verfügung stellen? Eine Einverständniserklärung von Frau Schellenberg liegt bei.

Mit freundlichen Grüßen
Meuser, KHK'in"""))

M("N", "en", "insurer-to-partner",
  "trap: data use agreement with a university for research on anonymised claims data, no individual",
  frm=ADDR("meier"), to='"Prof. Dr. Lea Hofstetter, Institute of Health Economics" <hofstetter@uni-beispiel.example>', lang="en",
  subj="Research cooperation – anonymised outpatient claims 2019–2025 – data use agreement",
  date="2026-03-31 13:30",
  body="""Dear Professor Hofstetter,

following our meeting, here are the key terms for the data use agreement from the data protection side:

- We provide a dataset of outpatient claims aggregated per year, age band (5 years), sex, region (first two postcode digits) and ICD-10 chapter. No policy numbers, no names, no dates of birth, no exact dates of treatment.
- Cells with fewer than 11 persons are suppressed.
- Data stay on the university's secure research server; no linkage with other datasets without our written consent.
- Publications are sent to us four weeks in advance for a check of re-identification risks (not of content).

If your ethics committee is fine with this, our legal team will send the contract draft in April.

Kind regards
Thomas Meier
Data Protection Officer""",
  sig="meier", sigstyle="short")

M("S", "de", "hospital",
  "psychosomatic clinic's cost-coverage request for a named insured with diagnoses and planned stay",
  frm=ADDR("brandt"), to="Dr. med. Jan Keßler <jan.kessler@versicherer.example>",
  subj="WG: Kostenübernahmeantrag Psychosomatik – Frau Melanie Esser – bitte Votum",
  date="2026-04-01 09:05",
  body="""Hallo Jan,

die Klinik ist gemischte Anstalt, vorherige Zusage ist also nötig. Eilt nicht extrem (Aufnahme 20.04.), aber diese Woche wäre schön.

Gerrit""",
  quote=FW("Aufnahmemanagement Klinik Eifelhöhe <aufnahme@klinik-eifelhoehe.example>", "31.03.2026 16:45",
           "kostenklaerung-kv@versicherer.example", "Antrag auf Kostenübernahme", """Sehr geehrte Damen und Herren,

für Ihre Versicherte Frau Melanie Esser, geb. 23.09.1982, Vers.-Nr. KV 260-19082-4, beantragen wir die Kostenübernahme für eine stationäre psychosomatische Krankenhausbehandlung ab 20.04.2026, voraussichtlich 6 Wochen.

Diagnosen: F33.2 Rezidivierende depressive Störung, gegenwärtig schwere Episode ohne psychotische Symptome; F45.41 Chronische Schmerzstörung mit somatischen und psychischen Faktoren; F10.1 schädlicher Gebrauch von Alkohol.
Begründung der stationären Behandlungsbedürftigkeit: ambulante Psychotherapie seit 2023 und psychiatrische Behandlung (Sertralin 150 mg) ohne ausreichende Besserung, seit 12/2025 arbeitsunfähig, sozialer Rückzug, passive Todeswünsche ohne Handlungsdruck.
Einweisung durch Dr. med. F. Hallmann, Facharzt für Psychiatrie, Euskirchen.

Tagessatz 398,00 EUR (Einzelzimmer inkl.).

Mit freundlichen Grüßen
Aufnahmemanagement"""))

M("C", "de", "lawyer",
  "claimant's lawyer demands hire-car costs after a collision with a named insured; no injuries",
  frm=ADDR("brenner"), to="Rechtsanwälte Hennes & Partner <hennes@hennes-partner.example>",
  subj="AW: Mietwagenkosten Herr Cem Aslan – Unfall 04.03.2026 – KH-2026-002087",
  date="2026-04-01 11:15",
  body="""Sehr geehrter Herr Hennes,

die Mietwagenrechnung (Autovermietung Rhein-Mobil, 16 Tage, 2.310,00 EUR) können wir nicht in voller Höhe übernehmen:

- Die Reparatur hat laut Gutachten 6 Arbeitstage gedauert; mit Wochenenden und Ersatzteilbeschaffung erkennen wir 10 Tage an.
- Der Tagespreis liegt deutlich über dem Mittelwert aus Fraunhofer- und Schwacke-Liste für die Mietwagengruppe 5 (Postleitzahlgebiet 509); wir legen 98,00 EUR/Tag zugrunde.
- Abzug für ersparte Eigenaufwendungen 5 %.

Wir zahlen an Ihren Mandanten, Herrn Cem Aslan (Fahrzeug K-CA 2424), 931,00 EUR. Personenschäden sind nach Ihrem Schreiben nicht entstanden.

Mit freundlichen Grüßen""",
  sig="brenner")

M("N", "de", "insurer-to-expert",
  "trap: maintenance notice of the experts' portal to medical experts, no case",
  frm="Gutachterportal <noreply@versicherer.example>", to="Gutachterinnen und Gutachter <gutachterportal-nutzer@versicherer.example>",
  subj="Wartung Gutachterportal am Samstag, 11. April, 6–14 Uhr",
  date="2026-04-01 15:00",
  body="""Sehr geehrte Gutachterinnen und Gutachter,

am Samstag, 11. April 2026, von 6:00 bis 14:00 Uhr ist das Gutachterportal wegen Wartungsarbeiten nicht erreichbar. In dieser Zeit können Sie keine Aufträge abrufen und keine Gutachten hochladen.

Neu nach der Wartung:
- Upload von Gutachten bis 200 MB (z. B. mit Röntgenbildern im DICOM-Format)
- Anmeldung mit zweitem Faktor (Authenticator-App) verpflichtend ab 1. Mai 2026

Bitte schicken Sie Gutachten auch während der Wartung nicht per E-Mail. Fristen, die am 11. April ablaufen, verlängern wir automatisch um zwei Tage.

Ihr Gutachtenmanagement
Versicherer Allgemeine Versicherung AG

Dies ist eine automatisch erzeugte Nachricht.""")

M("C", "en", "court",
  "enforcement of a judgement: named debtor's bank account garnished for a liability recourse claim",
  frm=ADDR("schreiber"), to="Recourse team <regress@versicherer.example>", lang="en",
  subj="Recourse claim vs. Mr. Dean Kowalski-Reid – garnishment order obtained",
  date="2026-04-02 09:40",
  body="""Hi all,

good news in the recourse file RG-2024-0411: the district court of Düsseldorf has issued the garnishment order against Mr Dean Kowalski-Reid (born 1985-10-30, Düsseldorf), who caused the fire in the rented warehouse in 2024 and never paid. The order attaches his account at Commerzbank, IBAN """ + IB("DE", "300400000612345670", group=0) + """, up to EUR 27,418.60 plus interest and costs.

The bank's third-party debtor statement is due in two weeks. I'm writing in English because our UK co-insurer's recovery agent is copied in the next mail.

Please update the recovery forecast.

Carola""",
  sig="schreiber", sigstyle="short")

M("N", "de", "internal",
  "trap: aggregated causes of death in the life portfolio 2025 by ICD chapter, no individual",
  frm=ADDR("okafor"), to="Produktentwicklung Leben <pe-leben@versicherer.example>",
  subj="Todesursachen im Bestand 2025 (aggregiert)",
  date="2026-04-02 11:20",
  body="""Hallo zusammen,

für die Diskussion über die neue Sterbegeld-Tarifgeneration: Verteilung der Todesfälle 2025 im Bestand Risiko- und Kapitalleben nach ICD-Kapitel (Quelle: Leistungsfälle, bereits anonymisiert, Zellen < 10 zusammengefasst):

Neubildungen (C00–D48)                  41 %
Krankheiten des Kreislaufsystems        27 %
Verletzungen, Vergiftungen, Unfälle      9 %
Krankheiten des Atmungssystems           7 %
Psychische und Verhaltensstörungen       3 %
sonstige / unbekannt                    13 %

Anzahl Todesfälle gesamt: 1.142; Durchschnittsalter 68,4 Jahre. Suizide lassen wir in der Präsentation aus Rücksicht auf die Fallzahl und das Thema nur als Teil von „Verletzungen“ stehen.

Gruß
Chidi""")

M("S", "en", "insurer-to-doctor",
  "request to a deceased insured's GP for records to check pre-contractual disclosure (contestability); named person",
  frm=ADDR("winter"), to='"Dr. med. Friedrich Albers, General Practice" <praxis@hausarzt-albers.example>', lang="en",
  subj="Late Mr. Johannes Petersen-Hale – LV 62-2009714 – request for medical records",
  date="2026-04-02 14:10",
  body="""Dear Dr Albers,

your former patient, Mr Johannes Petersen-Hale (born 17/07/1970), died on 11 February 2026. He held a term life insurance with us that began on 01/06/2024. As the death occurred within the first three years, we are obliged to check whether the health questions in the application were answered correctly.

In the application dated 02/05/2024 Mr Petersen-Hale answered "no" to questions about treatment for heart disease, high blood pressure and alcohol-related disorders in the previous five years. The death certificate states "cardiomyopathy" as the cause of death.

We therefore ask you for a short report covering 05/2019 to 05/2024: diagnoses, treatments, medication, and in particular whether a cardiomyopathy or alcohol use disorder was known before 05/2024.

His widow, Mrs Karen Petersen-Hale, has released you from confidentiality as heir (declaration attached via the portal link). We pay your fee according to GOÄ no. 75.

Kind regards""",
  sig="winter")

M("N", "en", "insurer-to-supplier",
  "trap: courier contract for underwriting blood samples, logistics only, no person",
  frm=ADDR("krueger"), to="MedExpress Couriers <contracts@medexpress-beispiel.example>", lang="en",
  subj="Sample transport contract – final points",
  date="2026-04-03 08:55",
  body="""Dear Mr Ahmed,

we're nearly there. Final points for the contract on transporting underwriting blood samples from doctors' practices to the laboratory:

- pick-up within 24 hours of notification via the lab portal, delivery within 48 hours
- sample boxes sealed by the practice; your drivers never see the request forms (these travel in a sealed envelope inside the box)
- temperature 15–25 °C, logger data available on request
- no health data or names on your waybills – only the box ID generated by the lab
- price per pick-up EUR 14.80 (urban) / EUR 21.50 (rural), monthly invoice

If that's OK, we'll send the contract for signature.

Kind regards""",
  sig="krueger", sigstyle="short")

M("C", "de", "court",
  "probate court confirming the named heirs of a deceased motor policyholder; insurance status",
  frm=ADDR("engel"), to="Kfz-Vertrag Bestand <kfz-vertrag@versicherer.example>",
  subj="WG: Nachlassgericht – Erbschein Nachlass Heinz Wollenweber (K 51-0440193)",
  date="2026-04-03 10:30",
  body="""Bitte Vertrag K 51-0440193 auf die Erbengemeinschaft umschreiben, Beitragsrechnung an Herrn Michael Wollenweber als Vertreter. Fahrzeug soll im Mai verkauft werden.""",
  quote=FW("Amtsgericht Brühl – Nachlassgericht <nachlass@ag-bruehl-beispiel.example>", "02.04.2026", "Versicherer Allgemeine Versicherung AG",
           "Nachlasssache 21 VI 334/26", """In der Nachlasssache Heinz Wollenweber, geboren am 17.04.1941, verstorben am 15.01.2026, zuletzt wohnhaft Kölnstraße 98, 50321 Brühl,

wird auf Ihre Anfrage mitgeteilt, dass am 25.03.2026 ein gemeinschaftlicher Erbschein erteilt wurde. Erben sind zu je 1/2:
- Michael Wollenweber, Brühl
- Sabine Wollenweber-Theis, Erftstadt

Eine Ausfertigung kann nur auf Antrag eines Erben erteilt werden.

Im Auftrag
Justizbeschäftigte"""))

M("N", "de", "insurer-to-care-service",
  "trap: loss-prevention offer of fire-safety training for nursing homes (commercial customers), no residents",
  frm=ADDR("hartmann"), to="Pflegeeinrichtungen Firmenkunden <firmenkunden-pflege@versicherer.example>",
  subj="Brandschutzschulung für Pflegeeinrichtungen – kostenfreie Termine 2026",
  date="2026-04-03 13:15",
  body="""Sehr geehrte Damen und Herren,

Brände in Pflegeeinrichtungen entstehen am häufigsten durch Rauchen im Zimmer, defekte Elektrogeräte (z. B. Heizdecken) und Wäschetrockner. Weil Bewohnerinnen und Bewohner sich oft nicht selbst in Sicherheit bringen können, ist die Evakuierung besonders schwierig.

Als Kunde unserer Sach- und Haftpflichtversicherung für Pflegeeinrichtungen können Sie 2026 eine kostenfreie Inhouse-Schulung buchen:
- Brandschutzhelfer-Ausbildung nach ASR A2.2 (4 Stunden, bis 20 Teilnehmende)
- Übung horizontale Evakuierung mit Rettungstüchern (Nachtdienst-Szenario)
- Begehung mit unserem Risk Engineer

Termine bitte über praevention@versicherer.example anfragen. Bitte schicken Sie uns dabei keine Bewohnerlisten – für die Planung genügen die Zahl der Plätze und der Mitarbeitenden im Nachtdienst.

Mit freundlichen Grüßen""",
  sig="hartmann")

M("S", "de", "court",
  "guardianship court appointing a legal guardian for a named insured with dementia, covering health and care matters",
  frm=ADDR("yilmaz"), to="Pflegeleistungen <pflege-leistung@versicherer.example>",
  subj="WG: Betreuerbestellung – Frau Hedwig Strauch (PT 33-0212904)",
  date="2026-04-06 09:20",
  body="""Bitte Betreuerin im Vertrag hinterlegen, Korrespondenz ab sofort an sie. Die Vollmacht der Tochter ist damit für Gesundheitsangelegenheiten nicht mehr maßgeblich, da die Tochter selbst erkrankt ist (laut Beschluss).""",
  quote=FW("Amtsgericht Brühl – Betreuungsgericht <betreuung@ag-bruehl-beispiel.example>", "03.04.2026", "Versicherer Krankenversicherung a.G.",
           "Mitteilung 9 XVII 88/26", """Beschluss (Auszug)

In dem Betreuungsverfahren für Frau Hedwig Strauch, geb. 19.03.1936, Haus St. Josef, Zimmer 214, Brühl,
wird Frau Rechtsanwältin Jutta Königs, Brühl, zur Berufsbetreuerin bestellt.

Aufgabenkreis: Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Vertretung gegenüber Behörden, Versicherungen und Pflegeeinrichtungen.

Gründe: Die Betroffene leidet an einer fortgeschrittenen Alzheimer-Demenz (G30.1) und kann ihre Angelegenheiten nicht mehr selbst besorgen. Die bisherige Bevollmächtigte ist nach eigener Mitteilung aus gesundheitlichen Gründen nicht mehr in der Lage, die Vollmacht auszuüben."""))

M("C", "de", "employer",
  "employer's list of named employees' leased bikes with frame numbers for bicycle insurance; no health",
  frm=ADDR("paulsen"), to="Fahrradversicherung Firmen <fahrrad-firmen@versicherer.example>",
  subj="WG: Dienstrad-Leasing Stadtwerke Hürth – Nachmeldung April",
  date="2026-04-06 11:45",
  body="""Bitte in den Rahmenvertrag FR 95-0020041 einpflegen. Beiträge gehen über die Leasinggesellschaft.""",
  quote=FW("Personalabteilung Stadtwerke Hürth <personal@stadtwerke-huerth-beispiel.example>", "06.04.2026 10:12",
           "Henrik Paulsen", "Nachmeldung Dienstradleasing", """Sehr geehrter Herr Paulsen,

anbei die Nachmeldung für April:

Pers.-Nr.  Name                 Fahrrad                         Rahmennummer     Kaufpreis EUR  Beginn
4471       Anke Wirtz           Cube Kathmandu Hybrid EXC 750   WCE2H41C0112     3.899          01.04.2026
4502       Lars Hübner          Gazelle Ultimate C380           GZ2025-558103    3.549          01.04.2026
4519       Jelena Popović       Riese & Müller Nevo4 GT         WRM-N4G-9981006  6.249          15.04.2026

Die Gehaltsumwandlung läuft über unsere Lohnabrechnung.

Mit freundlichen Grüßen
Katja Ernst, Personalabteilung"""))

M("N", "en", "internal",
  "trap: English letter template for hospitals abroad with placeholders only",
  frm=ADDR("whitfield"), to="IHS claims <ihs-claims@versicherer.example>", lang="en",
  subj="New template: request for medical report (hospitals abroad)",
  date="2026-04-06 14:00",
  body="""Hi team,

please use this template from now on when we need a medical report from a hospital abroad. It's in the letter system as IHS-07. Fill the fields, don't add diagnoses to the letter itself.

---
Dear «Hospital_Name» Medical Records Department,

Our insured «Title» «First_Name» «Last_Name», born «DOB», was treated at your hospital from «Admission» to «Discharge». To process the claim we kindly ask for:
- the discharge summary,
- the operative report (if applicable),
- an itemised invoice.

A signed authorisation is enclosed. Please send the documents via our secure upload link «Upload_Link» or by fax to +49 221 555-97710. Please do not use ordinary e-mail.
---

Thanks
Emma""",
  sig="whitfield", sigstyle="name")

M("S", "de", "expert",
  "notice of a care assessment home visit for a named insured (care application, diagnoses)",
  frm=ADDR("yilmaz"), to="Herrn Bernhard Olschewski c/o Frau Ursula Olschewski <u.olschewski@t-online-beispiel.example>",
  subj="Ihr Antrag auf Pflegeleistungen – Begutachtungstermin am 21.04.2026",
  date="2026-04-06 16:10",
  body="""Sehr geehrte Frau Olschewski,

wie telefonisch besprochen bestätigen wir den Termin für die Begutachtung Ihres Mannes durch MEDICPROOF:

Dienstag, 21. April 2026, zwischen 10:00 und 12:00 Uhr
Ort: Seniorenhaus Merheim, Zimmer 118 (Kurzzeitpflege)
Gutachterin: Frau Ingrid Baltes, Pflegefachkraft

Bitte halten Sie bereit: den Entlassungsbericht des Krankenhauses (Schlaganfall vom Februar), den aktuellen Medikamentenplan, die Berichte der Logopädie zur Schluckstörung und die Pflegedokumentation der Kurzzeitpflege. Es ist gut, wenn Sie beim Termin dabei sind.

Die Einstufung nach Aktenlage (vorläufig Pflegegrad 3) gilt bis zur Entscheidung nach der Begutachtung weiter.

Mit freundlichen Grüßen""",
  sig="yilmaz")

M("C", "en", "notary",
  "notary forwarding a lasting power of attorney so that a named daughter can act in her mother's household policy; no health details",
  frm=ADDR("kowalski"), to="Kundenservice Vertragsänderungen <vertragsaenderung@versicherer.example>", lang="en",
  subj="FW: Lasting power of attorney – Mrs. Margaret Ellison – HR 40-3301877",
  date="2026-04-07 09:00",
  body="""Please record Ms Claire Ellison as authorised representative for the household policy HR 40-3301877 (policyholder Mrs Margaret Ellison, born 1941-08-22, Poppelsdorfer Allee 90, Bonn). Correspondence address stays the same, copies to the daughter by e-mail.

Lena""",
  quote=FW("Notary Dr. Susanne Hecker <notariat@hecker-notarin.example>", "Mon, 6 Apr 2026", "info@versicherer.example",
           "Power of attorney", """Dear Sir or Madam,

on behalf of Mrs Margaret Ellison we enclose a certified copy of the general power of attorney (deed no. 188/2026 H of 30 March 2026) in favour of her daughter, Ms Claire Ellison, London. The power of attorney covers all property, financial and insurance matters. Please note the daughter as representative in your records.

Kind regards
Dr. Susanne Hecker, Notarin""", lang="en"))

M("N", "de", "internal",
  "trap: invitation to a specialist day on psychotherapy guidelines in private health insurance, no case",
  frm=ADDR("kessler"), to=["Leistung Psychotherapie <leistung-psychotherapie@versicherer.example>", "Beratungsärzte Kranken <beratungsaerzte-kv@versicherer.example>"],
  subj="Fachtag „Psychotherapie in der PKV“ am 28.05. – Programm",
  date="2026-04-07 11:30",
  body="""Liebe Kolleginnen und Kollegen,

am 28. Mai veranstalten wir gemeinsam mit der Psychotherapeutenkammer NRW einen internen Fachtag. Programm:

09:30  Begrüßung
09:45  Neue Psychotherapie-Richtlinie und was davon für Privatversicherte gilt (Vertreterin der Kammer)
10:45  Gutachterverfahren oder Berichtspflicht? Erfahrungen aus anderen PKV-Unternehmen
12:00  Mittagspause
13:00  Workshop: gute und schlechte Anträge – mit ausgedachten Beispielanträgen
14:30  Digitale Gesundheitsanwendungen bei Depression und Angststörungen: Evidenz und Erstattung
15:30  Ende

Anmeldung bis 15.05. über das Schulungsportal. Für die Beispielanträge nehmen wir ausschließlich fiktive Fälle – bitte bringt keine echten Akten mit.

Viele Grüße
Jan Keßler""",
  sig="kessler", sigstyle="name")

M("C", "de", "authority",
  "town's public order office asking for proof of a named dog owner's mandatory dog liability insurance",
  frm=ADDR("oltmanns"), to="Ordnungsamt Frechen – Hundesteuer/LHundG <ordnungsamt@frechen-beispiel.example>",
  subj="AW: Nachweis Hundehaftpflicht nach § 5 LHundG NRW – Halterin Frau Svetlana Krüger",
  date="2026-04-07 14:20",
  body="""Sehr geehrte Damen und Herren,

auf Ihre Anfrage und mit Einverständnis unserer Versicherungsnehmerin bestätigen wir:

Frau Svetlana Krüger, Hauptstraße 180, 50226 Frechen, hat für ihren Hund (American Staffordshire Terrier, Rüde, „Bruno“, Chipnummer 276098106223319) bei uns eine Hundehalterhaftpflichtversicherung abgeschlossen (HH 72-0188430), Beginn 15.02.2026, Deckungssumme 5 Mio. EUR pauschal für Personen- und Sachschäden. Damit sind die Mindestanforderungen nach § 5 Abs. 5 LHundG NRW erfüllt.

Mit freundlichen Grüßen""",
  sig="oltmanns", sigstyle="short")

M("N", "en", "insurer-to-partner",
  "trap: reinsurer's claims audit plan with sample selection by anonymised case IDs, no health data",
  frm=ADDR("stone"), to='"Claims Audit, Global Re" <claims-audit@global-re.example>', lang="en",
  subj="RE: Claims audit disability treaty – logistics 19–21 May",
  date="2026-04-08 09:10",
  body="""Dear Mr Brennan,

the audit dates 19–21 May are confirmed. Logistics:

- Your auditors will work on-site in room 2.20 with read-only access to the claims system; no files leave the building and no copies or photos may be taken.
- The sample: please send us the 60 random sample IDs from the bordereau (treaty claim IDs only); we'll prepare the files. Claims with ongoing litigation will be made available only in the presence of our legal team.
- Our data protection officer will give a 15-minute briefing on day 1; auditors sign our confidentiality undertaking.

Please let me know the names of the two auditors for the building pass by 8 May.

Kind regards
Rebecca Stone""",
  sig="stone", sigstyle="short")

M("S", "en", "lawyer",
  "patient's lawyer alleging malpractice by a named insured doctor, with the patient's injuries",
  frm=ADDR("oltmanns"), to="Heilwesen-Haftpflicht Schaden <heilwesen-schaden@versicherer.example>", lang="en",
  subj="FW: Malpractice claim against Dr. Benedikt Scholl (BH 75-0771290) – patient Ms. Hannah Greenwood",
  date="2026-04-08 11:45",
  body="""New medical liability claim under Dr Scholl's professional liability policy. He's informed and will send his records and statement. Please set up a file with a reserve of EUR 80,000 for now and instruct our medical adviser in ENT.

Jens""",
  quote=FW("Whitmore Legal <s.whitmore@whitmore-legal.example>", "Wed, 8 Apr 2026", "Dr. Benedikt Scholl",
           "Letter before claim – Hannah Greenwood", """Dear Dr Scholl,

we act for Ms Hannah Greenwood (born 02/11/1990), who underwent a septoplasty and turbinate reduction performed by you in your day clinic in Cologne on 14 October 2025.

Following the procedure, Ms Greenwood developed a septal perforation and a persistent loss of smell (anosmia), confirmed by the University Hospital Bonn ENT department on 20 January 2026 (smell test: functional anosmia). Our client was not informed about the risk of anosmia before the surgery.

We hold you liable for damages including pain and suffering and loss of earnings as a professional chef, which she can no longer work as. Please forward this letter to your professional liability insurer.

Yours sincerely
Sarah Whitmore""", lang="en"))

M("N", "de", "insurer-to-supplier",
  "trap: pharmacy data centre announcing an interface change for prescription receipts; technical only",
  frm=ADDR("raman"), to="Apothekenrechenzentrum ARZ West <schnittstellen@arz-west-beispiel.example>",
  subj="AW: Umstellung Datenlieferung Arzneimittelbelege auf TA 1 Version 041",
  date="2026-04-08 14:10",
  body="""Sehr geehrte Frau Kamps,

danke für die Vorankündigung. Wir können die neue Version ab 01.07. annehmen. Zwei Bitten:

1. Bitte liefern Sie uns bis Ende April Testdateien mit ausschließlich synthetischen Daten (keine echten Versicherten, auch nicht pseudonymisiert) für unsere Abnahme.
2. Die Übertragung bleibt wie bisher über SFTP mit gegenseitiger Zertifikatsprüfung; der neue Server-Schlüssel Ihres Systems soll uns bitte mindestens 14 Tage vor dem Wechsel mit Fingerprint mitgeteilt werden (telefonisch bestätigt).

Mit freundlichen Grüßen
Priya Raman""",
  sig="raman", sigstyle="short")

M("C", "de", "court",
  "court summons an insurer employee as witness in a named insured's household-contents lawsuit; no health",
  frm=ADDR("schreiber"), to=ADDR("demir"),
  subj="Zeugenladung AG Köln 142 C 77/25 (Nowicki) – Termin 12.05.2026",
  date="2026-04-09 09:30",
  body="""Hallo Aylin,

das Amtsgericht hat dich im Verfahren Piotr Nowicki ./. Versicherer (Küchenbrand, Neuwert vs. Zeitwert) als Zeugin geladen:

Dienstag, 12.05.2026, 11:30 Uhr, Amtsgericht Köln, Luxemburger Straße 101, Saal 214

Beweisthema: Inhalt des Telefonats mit Herrn Nowicki am 18.09.2025, in dem er angeblich erklärt hat, die Küche sei 2009 gekauft worden. Bitte schau dir vorher deine Telefonnotiz in der Akte HR 40-1550328 noch einmal an. Wir gehen das am 5. Mai zusammen durch.

Reisekosten/Zeugenentschädigung entfällt, es ist Dienstzeit.

Carola""",
  sig="schreiber", sigstyle="short")

M("N", "de", "internal",
  "trap: blood donation drive in the building announced, no individual",
  frm=ADDR("baumann"), to="Alle Mitarbeitenden Standort Köln <alle-koeln@versicherer.example>",
  subj="Blutspende im Haus am 23. April – jetzt Termin buchen",
  date="2026-04-09 12:00",
  body="""Liebe Kolleginnen und Kollegen,

der DRK-Blutspendedienst West kommt wieder zu uns:

Donnerstag, 23. April 2026, 10:00–15:30 Uhr, Casino (EG)

Spenden dürfen alle Gesunden ab 18 Jahren; Erstspender bis 64 Jahre. Bitte Personalausweis mitbringen und vorher gut essen und trinken. Ob Sie spenden dürfen, klärt die Ärztin des DRK vor Ort vertraulich mit Ihnen – wir als Arbeitgeber erfahren davon nichts.

Termine können Sie über die Website des DRK buchen (Code „VERSICHERER-KOELN“). Die Spende zählt als Arbeitszeit, danach gibt es einen Imbiss.

Danke an alle, die mitmachen!
Julia Baumann
Unternehmenskommunikation""")

M("C", "en", "police",
  "police asking about misuse of a named customer's IBAN by fraudsters (bank data), no health",
  frm=ADDR("becker"), to='"Criminal Investigation, Cybercrime Unit" <cybercrime.k34@polizei-koeln.example>', lang="en",
  subj="RE: Fraudulent direct debit mandates – our customer Mr. Rafael Monteiro",
  date="2026-04-09 15:30",
  body="""Dear Inspector Yavuz,

confirming what we discussed: between 12 and 26 March, three online applications for household and liability insurance were submitted via our website with the bank account of our existing customer Mr Rafael Monteiro, IBAN """ + IB("DE", "500105175409876543") + """, but different names and addresses (see list of application numbers below). Mr Monteiro himself only has a motor policy with us (K 51-3310288) and objected to the first debit.

Application numbers: ANT-26-0331872, ANT-26-0340115, ANT-26-0352290
IP addresses and device data of the applications will be provided upon a formal request from the public prosecutor.

We have cancelled the three applications and blocked the IBAN for new mandates. Mr Monteiro has been refunded.

Kind regards""",
  sig="becker")


# ---------------------------------------------------------------- batch 8

M("S", "de", "hospital",
  "hospital social service applying for follow-up rehab (AHB) cost coverage for a named insured after cardiac surgery",
  frm=ADDR("brandt"), to="Reha-Anträge Kranken <reha-kv@versicherer.example>",
  subj="WG: AHB-Antrag Herr Wilfried Kronenberg – Entlassung 17.04.",
  date="2026-04-10 08:30",
  body="""Bitte heute noch entscheiden, Tarif StationärPremium umfasst AHB. Klinik Roderbirken ist Vertragshaus.

G. Brandt""",
  quote=FW("Sozialdienst Herzzentrum Uniklinik Köln <sozialdienst-herz@uk-beispiel.example>", "09.04.2026 17:20",
           "reha-kv@versicherer.example", "Antrag Anschlussheilbehandlung", """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Wilfried Kronenberg, geb. 03.03.1958, Vers.-Nr. KV 110-44518-2, beantragen wir eine kardiologische Anschlussheilbehandlung.

Diagnose: koronare Dreigefäßerkrankung (I25.13), aortokoronare Bypass-Operation (3-fach, OPS 5-361.03) am 01.04.2026; postoperatives Vorhofflimmern, medikamentös konvertiert.
Aktueller Status: mobil auf Stationsebene, Wunden reizlos, Belastbarkeit 50 Watt.
Gewünschte Klinik: Klinik Roderbirken, Leichlingen; Aufnahme direkt nach Entlassung am 17.04.2026, Dauer 3 Wochen.

Mit freundlichen Grüßen
Sozialdienst Herzzentrum"""))

M("N", "de", "insurer-to-hospital",
  "trap: cooperation agreement with a university hospital on a second-opinion programme, fees and process only",
  frm=ADDR("santos"), to="Geschäftsbereich Kooperationen Uniklinik <kooperationen@uk-beispiel.example>",
  subj="Zweitmeinungsprogramm Wirbelsäule/Knie/Hüfte – Vertragsentwurf",
  date="2026-04-10 10:45",
  body="""Sehr geehrter Herr Dr. Imhof,

anbei die wesentlichen Eckpunkte unseres Vertragsentwurfs für das Zweitmeinungsprogramm:

- Indikationen: geplante Wirbelsäulenversteifung, Knie- und Hüftendoprothese
- Terminvergabe innerhalb von 14 Tagen, Zweitmeinung mit Untersuchung in Ihrer Spezialsprechstunde
- Pauschale 420,00 EUR je Zweitmeinung inkl. schriftlicher Stellungnahme; Bildgebung, falls erforderlich, nach GOÄ
- Die Patientinnen und Patienten melden sich selbst bei Ihnen; die Stellungnahme erhalten sie selbst, wir nur mit ihrer ausdrücklichen Einwilligung
- Evaluation einmal jährlich anhand anonymisierter Zahlen (Anzahl, Empfehlung ja/nein/alternativ)

Über einen Termin zur Besprechung mit Ihrer Rechtsabteilung würde ich mich freuen.

Mit freundlichen Grüßen""",
  sig="santos")

M("C", "de", "police",
  "police reports recovery of a named burglary victim's stolen camera and laptop; household claim",
  frm=ADDR("demir"), to="Herrn Philipp Buchholz <p.buchholz@mailbox-beispiel.example>",
  subj="Ihr Einbruchschaden HR 40-1187752 – Polizei hat Gegenstände sichergestellt",
  date="2026-04-10 13:20",
  body="""Sehr geehrter Herr Buchholz,

gute Nachrichten: Die Kriminalpolizei Köln (KK Wöhlert) hat uns mitgeteilt, dass bei einer Durchsuchung Ihre Kamera Sony Alpha 7 IV (Seriennummer 4418203) und Ihr MacBook Pro (C02HX3ZKQ6L4) sichergestellt wurden. Die Objektive, die Uhr und das Bargeld sind leider nicht dabei.

Da wir Sie für diese beiden Gegenstände bereits mit 4.698,00 EUR entschädigt haben, haben Sie nach unseren Bedingungen die Wahl:
a) Sie behalten die Entschädigung, und die Gegenstände gehen in unser Eigentum über, oder
b) Sie nehmen die Gegenstände zurück und zahlen die Entschädigung (ggf. abzüglich einer Reparatur) an uns zurück.

Bitte teilen Sie uns Ihre Entscheidung innerhalb von zwei Wochen mit. Die Polizei gibt die Sachen erst frei, wenn das geklärt ist.

Mit freundlichen Grüßen""",
  sig="demir")

M("N", "de", "insurer-to-supplier",
  "trap: invoice of the drying company for the water damage in the pharmacy leased in the insurer's building",
  frm=ADDR("richter"), to="Kreditorenbuchhaltung <kreditoren@versicherer.example>",
  subj="Rechnung Trocknung Apotheke EG – sachlich richtig – Bestellung 4500187733",
  date="2026-04-13 09:00",
  body="""Hallo zusammen,

die Rechnung der Firma Haustechnik Schäfer für den Wasserschaden vom 5. Februar (Decke über dem Backoffice der Rhein-Apotheke im EG unseres Gebäudes) ist sachlich und rechnerisch richtig:

Installateur Eckventil 1. OG                 186,40 EUR
Trocknung 18 Tage, 4 Bautrockner, Messung  2.944,00 EUR
Deckenöffnung und Schließung, Malerarbeiten 1.870,00 EUR
Summe netto                                5.000,40 EUR

Kostenstelle Gebäude Rheinuferstraße. Die Regulierung mit unserer eigenen Gebäudeversicherung läuft separat über mich; den Schaden am Kommissionierautomaten der Apotheke reguliert deren eigene Inhaltsversicherung.

Danke
Anja Richter""",
  sig="richter", sigstyle="short", disc=False)

M("S", "de", "employer",
  "employer's HR asking about the status of a named employee's disability claim under the company pension (bAV)",
  frm=ADDR("paulsen"), to="Personalabteilung Druckerei Lenzen <personal@druckerei-lenzen.example>",
  subj="AW: bAV-Direktversicherung mit BUZ – Herr Frank Hellwig – Stand der Leistungsprüfung",
  date="2026-04-13 11:10",
  body="""Sehr geehrte Frau Lenzen,

vielen Dank für Ihre Nachfrage. Bitte haben Sie Verständnis, dass wir Ihnen als Arbeitgeberin keine Auskünfte über den Gesundheitszustand von Herrn Hellwig oder den Inhalt der Leistungsprüfung geben dürfen.

Soweit es Sie als Versicherungsnehmerin der Direktversicherung DV 68-0114728 betrifft, können wir mitteilen: Die Leistungsprüfung wegen Berufsunfähigkeit ist noch nicht abgeschlossen. Während der Prüfung stunden wir die Beiträge zinslos; Sie müssen die Entgeltumwandlung für die Monate ab März 2026 daher vorerst nicht abführen. Sobald eine Entscheidung vorliegt, informieren wir Sie über die Beitragsbefreiung bzw. die Wiederaufnahme der Zahlungen.

Mit freundlichen Grüßen""",
  sig="paulsen",
  quote=OQ("Lenzen, Monika (Druckerei Lenzen GmbH)", "Donnerstag, 9. April 2026 14:30", "Paulsen, Henrik", "Herr Hellwig",
           """Hallo Herr Paulsen,

unser Mitarbeiter Frank Hellwig ist seit letztem Herbst krank (Krebs, wie Sie vielleicht wissen) und hat wohl BU-Rente beantragt. Wie ist da der Stand, und müssen wir die Beiträge für die Direktversicherung weiterzahlen?

Viele Grüße
Monika Lenzen"""))

M("C", "de", "authority",
  "garnishment lifted: preliminary garnishment of a named insured's comprehensive-cover payout expired",
  frm=ADDR("haas"), to=ADDR("brenner"),
  subj="AW: Vorpfändung § 845 ZPO – Herr Ivan Petrov, KK 50-3018225 – erledigt",
  date="2026-04-13 13:40",
  body="""Hallo Markus,

die Monatsfrist der Vorpfändung gegen Herrn Petrov ist am 05.04. abgelaufen, ein Pfändungs- und Überweisungsbeschluss ist nicht gekommen. Die Gläubigerin hat außerdem schriftlich mitgeteilt, dass Herr Petrov die Forderung (2.176,43 EUR) beglichen hat.

Du kannst die Kasko-Entschädigung also normal an ihn auszahlen.

Gruß
Moritz""",
  quote=Q("""Am 05.03.2026 schrieb Moritz Haas:
> Gerichtsvollzieherin Frau Dahmen hat uns heute eine Vorpfändung zugestellt. Betroffen: alle Ansprüche
> von Herrn Ivan Petrov, geb. 07.09.1988, gegen uns, insbesondere aus der Vollkaskoversicherung."""))

M("N", "en", "internal",
  "trap: staff training note on sending medical correspondence securely (portal, S/MIME), no case",
  frm=ADDR("fischer"), to="All staff Health and Life <alle-personenversicherung@versicherer.example>", lang="en",
  subj="Reminder: how to send medical reports and invoices to doctors and hospitals",
  date="2026-04-14 08:30",
  body="""Dear colleagues,

after two incidents in Q1 (medical reports sent to the wrong external address), here's a short reminder:

1. Health data to doctors, hospitals, experts or customers never goes out as a normal e-mail. The secure mail gateway will deposit it in the portal automatically if it detects health data – but don't rely on detection alone: add [streng vertraulich] to the subject.
2. If the recipient has an S/MIME certificate (many hospitals do), the gateway encrypts end-to-end. You don't have to do anything.
3. Check the recipient address twice. Auto-complete is the number one cause of misdirected mail.
4. Misdirected anyway? Report it immediately to the data protection officer (-1099) – we have 72 hours to notify the authority if necessary.

The 10-minute e-learning "Health data in e-mail" is mandatory for everyone in health and life by 31 May.

Tim Fischer
Information Security""",
  sig="fischer", sigstyle="name")

M("S", "de", "dentist",
  "dental treatment plan of a named insured only in the quoted earlier mail; reply body just approves",
  frm=ADDR("wendland"), to="Zahnarztpraxis Dr. Yıldız & Kollegen <verwaltung@zahnaerzte-ehrenfeld.example>",
  subj="AW: AW: Heil- und Kostenplan Brückner – korrigierte Fassung",
  date="2026-04-14 10:15",
  body="""Sehr geehrte Frau Kaya,

danke für die korrigierte Fassung. So passt es – die Zusage im tariflichen Umfang geht heute an den Patienten raus.

Mit freundlichen Grüßen
Tobias Wendland""",
  quote=OQ("Verwaltung Zahnärzte Ehrenfeld", "Montag, 13. April 2026 16:48", "Wendland, Tobias", "AW: Heil- und Kostenplan Brückner",
           """Sehr geehrter Herr Wendland,

Sie hatten Recht, 9100 war ein Übertragungsfehler. Korrigierter HKP für Herrn Marco Brückner, geb. 28.02.1979:

Regio 36: Einzelzahnimplantat nach Extraktion wegen Längsfraktur (Befund OPG 14.01.2026), Knochenaufbau 9120 (lateral), Implantat 9010, Freilegung 9040, Abformung 9050, Implantatkrone 2200 (Vollkeramik).
Regio 46: Wurzelkanalbehandlung bei irreversibler Pulpitis (K04.0), 2410 x 3 mit Faktor 2,3, 2440, 2390.
Geschätzte Gesamtkosten: 4.870,00 EUR (Honorar 2.910,00 EUR, Labor/Material 1.960,00 EUR).

Mit freundlichen Grüßen
Gülay Kaya, Praxisverwaltung"""))

M("N", "de", "applicant",
  "trap (decided NORMAL): application for a dental-claims job with professional career only, no birth date, salary or health",
  frm=ADDR("weiss"), to=ADDR("wendland"),
  subj="Bewerbung Sachbearbeitung Zahnleistungen – Ref. 2026-031 – Herr Dennis Oberländer",
  date="2026-04-14 13:00",
  body="""Hallo Tobias,

anbei das Kurzprofil für eure ausgeschriebene Stelle. Er kommt aus der Praxis, das wolltet ihr ja.

Dennis Oberländer, Köln
Zahnmedizinischer Fachangestellter (Ausbildung 2014–2017, Zahnarztpraxis Dr. Fuchs, Köln-Nippes)
2017–2022: ZFA mit Schwerpunkt Abrechnung (BEMA/GOZ), Praxis für Implantologie Dr. Hahn, Leverkusen
seit 2022: Abrechnungsspezialist, Abrechnungszentrum DentaFakt, Köln – Prüfung von Heil- und Kostenplänen, Korrespondenz mit privaten Krankenversicherungen
Fortbildung: Zahnmedizinischer Verwaltungsassistent (ZMV), 2021
Kenntnisse: GOZ, BEMA, Festzuschuss-System, Factoring-Software

Sag mir Bescheid, ob ihr ihn kennenlernen wollt.

Nadine""",
  sig="weiss", sigstyle="short")

M("C", "de", "lawyer",
  "lawyer disputing a named policyholder's no-claims class downgrade after a motor claim; premium figures",
  frm=ADDR("engel"), to="Rechtsanwalt Dr. Felix Hamacher <hamacher@kanzlei-hamacher.example>",
  subj="AW: Ihr Mandant Herr Rüdiger Blum – Rückstufung SF-Klasse – K 51-2100477",
  date="2026-04-14 15:20",
  body="""Sehr geehrter Herr Dr. Hamacher,

die Rückstufung Ihres Mandanten Herrn Rüdiger Blum von SF 18 auf SF 10 in der Kfz-Haftpflicht ist nach Tarif korrekt: Für den Haftpflichtschaden vom 02.10.2025 (Auffahrunfall, reiner Sachschaden, Zahlung an den Gegner 3.812,00 EUR) sieht die Rückstufungstabelle von SF 18 die Klasse SF 10 vor.

Beitrag vorher: 412,80 EUR jährlich, Beitrag ab 01.01.2026: 569,40 EUR.

Ihr Mandant kann die Rückstufung vermeiden, indem er uns den Schaden erstattet (3.812,00 EUR) – diese Möglichkeit besteht noch bis 31.12.2026. Dann stufen wir rückwirkend wieder auf SF 19 zum 01.01.2026 hoch. Eine Rechenbeispiel-Übersicht lege ich bei Bedarf gern bei.

Mit freundlichen Grüßen""",
  sig="engel")

M("N", "de", "insurer-to-hospital",
  "trap: rehab clinic's offer of package rates for follow-up rehab, reply from provider contracts; no patient",
  frm=ADDR("roth"), to="Verwaltungsdirektion Reha-Zentrum Bad Münstereifel <verwaltung@reha-bad-muenstereifel.example>",
  subj="AW: Angebot AHB-Fallpauschalen 2026/2027",
  date="2026-04-15 09:10",
  body="""Sehr geehrter Herr Lüttgen,

vielen Dank für Ihr Angebot. Die vorgeschlagenen Pauschalen sind für uns grundsätzlich interessant:

Orthopädische AHB (Knie/Hüfte-TEP), 21 Tage      3.780,00 EUR
Kardiologische AHB, 21 Tage                      4.150,00 EUR
Verlängerungstag                                   176,00 EUR
Einzelzimmerzuschlag je Tag                         38,00 EUR

Zwei Punkte bitten wir anzupassen: Die Pauschale soll Therapien in mindestens dem Umfang der KTL-Empfehlungen der DRV umfassen, und Verlängerungsanträge sollen ausschließlich über das Klinikportal laufen, nicht per E-Mail – in letzter Zeit kamen Entlassungsberichte aus Ihrem Haus gelegentlich unverschlüsselt bei uns an.

Mit freundlichen Grüßen""",
  sig="roth")

M("S", "en", "hospital",
  "hospital abroad invoices treatment of a named expat child with diagnosis",
  frm=ADDR("whitfield"), to="IHS claims <ihs-claims@versicherer.example>", lang="en",
  subj="FW: Invoice – paediatric admission – Noah Lindgren (co-insured, IH-7140256)",
  date="2026-04-15 11:30",
  body="""Please process – co-insured child on his mother's policy. Inpatient 100 %, parent accommodation covered up to age 12.

Emma""",
  quote=FW("Patient Billing, Children's Hospital Stockholm <billing@childrens-hospital-beispiel.example>", "Tue, 14 Apr 2026",
           "Sarah Lindgren", "Invoice 2026-PB-08812", """Invoice no. 2026-PB-08812

Patient: Noah Lindgren, date of birth 2021-05-06
Guarantor: Sarah Lindgren
Admission: 2026-03-29, discharge: 2026-04-02 (4 nights)
Diagnosis: community-acquired pneumonia (J18.9) with dehydration; oxygen therapy 2 days, IV antibiotics (ampicillin)

Ward care, 4 days x SEK 14,200          SEK 56,800
Chest X-ray                             SEK 1,650
Laboratory                              SEK 3,420
Parent accommodation 4 nights           SEK 2,400
Total                                   SEK 64,270

Please pay within 30 days."""))

M("C", "de", "authority",
  "main customs office (tax enforcement) garnishing a named person's claims from a motor and liability contract",
  frm=ADDR("haas"), to="Hauptzollamt Köln – Vollstreckungsstelle <vollstreckung.hza-koeln@zoll-beispiel.example>",
  subj="Drittschuldnererklärung zur Pfändungs- und Einziehungsverfügung – Schuldner Herr Marvin Tillmann",
  date="2026-04-15 13:50",
  body="""Sehr geehrte Damen und Herren,

zur Pfändungs- und Einziehungsverfügung vom 08.04.2026 (Kfz-Steuerrückstand 486,00 EUR nebst Säumniszuschlägen) gegen Herrn Marvin Tillmann, geb. 22.11.1996, Neusser Wall 12, 50670 Köln, erklären wir:

Herr Tillmann unterhält bei uns eine Kfz-Versicherung (K 51-3290114, Fahrzeug K-MT 996) und eine Privathaftpflicht (PH 70-3290115). Aus der Kfz-Versicherung ergibt sich wegen der Abmeldung des Fahrzeugs zum 31.03.2026 eine Beitragserstattung von 188,35 EUR, die wir an Sie abführen werden. Weitere Ansprüche bestehen nicht.

Mit freundlichen Grüßen
i. A. Moritz Haas""",
  sig="haas", sigstyle="short")

M("N", "de", "internal",
  "trap: water damage in the operating wing of a hospital company policyholder (gGmbH), no patients affected, no natural person",
  frm=ADDR("hartmann"), to="Sach Firmen Schaden <sach-firmen-schaden@versicherer.example>",
  subj="Leitungswasser OP-Trakt Klinikum Nordeifel – Erstinfo",
  date="2026-04-16 08:15",
  body="""Hallo zusammen,

Meldung des Maklers von heute früh: Im Funktionstrakt B des Klinikums Nordeifel gGmbH ist in der Nacht eine Kühlwasserleitung der Lüftungsanlage undicht geworden. Zwei OP-Säle und der Aufwachraum sind gesperrt; geplante Operationen werden für voraussichtlich 10 Tage ins Nachbarhaus verlegt. Patientinnen und Patienten waren zu keinem Zeitpunkt gefährdet, die Notfallversorgung läuft über OP 3.

Betroffen: Deckenbereich, Reinraumdecken, Steuerung der Lüftung, evtl. OP-Leuchten (Hersteller prüft).
Schätzung: Sachschaden 250–300 TEUR, Betriebsunterbrechung noch offen.

Zur Erinnerung: Bei der Besichtigung im Februar ging es um andere Mängel, der Schaden hat damit nichts zu tun.

Sven""",
  sig="hartmann", sigstyle="short")

M("S", "de", "police",
  "police report of a named accident insured's fatal traffic accident, cause of death, for the accidental-death benefit",
  frm=ADDR("albrecht"), to="Unfall-Leistung Todesfall <unfall-todesfall@versicherer.example>",
  subj="WG: Verkehrsunfall mit Todesfolge – Herr Lukas Stammler – UV 77-5520418",
  date="2026-04-16 10:40",
  body="""Polizeiliche Mitteilung ist da. Todesfallleistung 50.000 EUR an die Bezugsberechtigte (Lebensgefährtin) vorbereiten, sobald Sterbeurkunde vorliegt. Alkohol: laut Polizei negativ, also keine Ausschlussprüfung nötig.""",
  quote=FW("Polizeipräsidium Aachen – Verkehrsunfallaufnahme <vu-team@polizei-aachen-beispiel.example>", "15.04.2026",
           "Versicherer Allgemeine Versicherung AG", "Verkehrsunfall 04.04.2026, L 260 bei Simmerath", """Sehr geehrte Damen und Herren,

auf Ihre Anfrage und mit Zustimmung der Angehörigen teilen wir mit:

Am 04.04.2026 gegen 17:50 Uhr kam Herr Lukas Stammler, geb. 29.08.1990, wohnhaft in Monschau, mit seinem Motorrad auf der L 260 zwischen Simmerath und Einruhr in einer Linkskurve aus bisher ungeklärter Ursache von der Fahrbahn ab und prallte gegen einen Baum. Er erlitt ein schweres Schädel-Hirn-Trauma und ein Thoraxtrauma und verstarb noch an der Unfallstelle. Fremdbeteiligung liegt nicht vor. Eine Blutprobe ergab keinen Hinweis auf Alkohol oder Drogen.

Mit freundlichen Grüßen
Verkehrsunfallaufnahmeteam"""))

M("N", "de", "internal",
  "trap: summary of a study on digital health apps (DiGA) for product development, no individual",
  frm=ADDR("kessler"), to="Produktmanagement Kranken <pm-kranken@versicherer.example>",
  subj="Studienlage DiGA – Kurzbewertung für die Tarifdiskussion",
  date="2026-04-16 13:30",
  body="""Hallo zusammen,

zur Frage, ob wir DiGA in den Vollversicherungstarifen als Regelleistung aufnehmen, meine Kurzbewertung:

- Von den dauerhaft gelisteten DiGA haben die meisten einen positiven Versorgungseffekt in RCTs gezeigt, überwiegend bei Depression, Angststörungen, Tinnitus, Adipositas und Rückenschmerz.
- Die Effektstärken sind klein bis mittel; Langzeitdaten (> 12 Monate) fehlen fast überall.
- Abbruchquoten in den Studien 20–40 %.
- Kosten im Schnitt 400–600 EUR je Verordnungsquartal.

Empfehlung: Erstattung nach ärztlicher Verordnung für dauerhaft gelistete DiGA, keine Erstattung für vorläufig gelistete ohne Nachweis. Eine Auswertung der Nutzung unserer Versicherten sollte nur aggregiert erfolgen.

Jan""",
  sig="kessler", sigstyle="short")

M("C", "de", "employer",
  "employer confirms a named employee's income for a rent-deposit guarantee application (income, birth date)",
  frm=ADDR("kowalski"), to="Kautionsversicherung Antrag <kaution-antrag@versicherer.example>",
  subj="WG: Einkommensnachweis Antrag Mietkautionsbürgschaft – Frau Laura Dietrich",
  date="2026-04-16 15:15",
  body="""Für den Antrag MK-A-26-0918, Bonitätsprüfung kann weiterlaufen.

Lena""",
  quote=FW("Personalservice Rheinland Logistik GmbH <personalservice@rheinland-logistik.example>", "16.04.2026 14:02",
           "Laura Dietrich", "Arbeitgeberbescheinigung", """Arbeitgeberbescheinigung

Frau Laura Dietrich, geb. 11.01.1997, ist seit dem 01.09.2022 unbefristet als Disponentin in Vollzeit bei uns beschäftigt. Das Arbeitsverhältnis ist ungekündigt, die Probezeit ist abgelaufen.

Monatliches Bruttogehalt: 3.480,00 EUR
Monatliches Nettogehalt (Steuerklasse I): 2.291,15 EUR

Köln, 16.04.2026
Rheinland Logistik GmbH, Personalservice"""))

M("N", "de", "internal",
  "trap: blank occupational-activity questionnaire for disability claims with placeholders, revised",
  frm=ADDR("stanek"), to="Leistung BU Team <leistung-bu@versicherer.example>",
  subj="Überarbeiteter Fragebogen „Tätigkeitsbeschreibung“ (BU) – ab sofort verwenden",
  date="2026-04-17 09:20",
  body="""Hallo zusammen,

der Fragebogen zur Tätigkeitsbeschreibung ist überarbeitet (kürzer, verständlicher, mit Beispiel-Tagesablauf). Die Vorlage liegt im Korrespondenzsystem als BU-12; die Word-Version hängt hier zur Ansicht an.

Oliver""",
  att=[DOCX("BU-12_Taetigkeitsbeschreibung_Vorlage.docx", [
      ("h", "Fragebogen zur beruflichen Tätigkeit"),
      "Vertragsnummer: «Vertragsnummer»  –  versicherte Person: «Name», «Vorname»",
      "Bitte beschreiben Sie Ihre zuletzt ausgeübte Tätigkeit so, wie sie vor Eintritt Ihrer gesundheitlichen Beeinträchtigung tatsächlich aussah.",
      ("t", [["Tätigkeit", "Stunden pro Woche", "körperliche Belastung (leicht/mittel/schwer)", "Häufigkeit"],
             ["z. B. Kundenberatung am Telefon", "", "", ""], ["", "", "", ""], ["", "", "", ""]]),
      "Beispiel (fiktiv): Frau Muster, Bäckereifachverkäuferin, 38 Std./Woche: Verkauf an der Theke 24 Std., Tragen von Blechen und Kisten 6 Std., Kasse 4 Std., Reinigung 4 Std.",
      "Ort, Datum, Unterschrift: ____________________"])])

M("S", "de", "physiotherapist",
  "lymphatic drainage invoice for an accident case identified only by case number and initials, with diagnosis",
  frm=ADDR("albrecht"), to="Rechnungseingang Unfall <rechnungen-unfall@versicherer.example>",
  subj="WG: Rechnung Lymphdrainage – Fall UV-26-0412 (D. K.)",
  date="2026-04-17 11:05",
  body="""Bitte unter Heilkosten-Zusatz (Unfall) verbuchen, Fall UV-26-0412.""",
  quote=FW("Praxis für Physiotherapie Wesseling-Mitte <info@physio-wesseling.example>", "16.04.2026",
           "rechnungen-unfall@versicherer.example", "Rechnung 26-233", """Rechnung 26-233 zu Ihrem Fall UV-26-0412, Patient D. K.

Verordnung: Dr. K. Hüls, Dreifaltigkeits-Krankenhaus Wesseling, Diagnose Zustand nach Plattenosteosynthese distale Radiusfraktur rechts (S52.51), Lymphödem Hand/Unterarm
10 x Manuelle Lymphdrainage 30 Min.    10 x 34,00 EUR = 340,00 EUR
10 x Krankengymnastik                    10 x 31,00 EUR = 310,00 EUR
Gesamt                                                   650,00 EUR"""))

M("C", "en", "court",
  "Dutch court's order on a named insured's motorbike damage abroad (property only), translated",
  frm=ADDR("brenner"), to=ADDR("schreiber"), lang="en",
  subj="Dutch court decision – Mr. Jeroen Bakker v. our insured Mr. Tobias Wendt (K 51-2650031)",
  date="2026-04-17 14:00",
  body="""Hi Carola,

translated summary of the Rechtbank Limburg decision we received today (original in the file):

- Claimant: Mr Jeroen Bakker, Maastricht; defendant: our insured Mr Tobias Wendt, Aachen (car AC-TW 512), and us as motor liability insurer (direct action).
- Accident 12 July 2025 in Maastricht: our insured opened his car door while the claimant passed on his motorbike (Ducati Monster, NL plate MD-55-XK); the bike fell over. The claimant was not injured – he stopped in time and the bike slid away; only property damage is claimed.
- Decision: 75 % liability on our insured; damages EUR 6,120 (repair, helmet, towing) x 75 % = EUR 4,590 plus statutory interest and court fees of EUR 486.

I think we should accept and pay – appeal costs would exceed the difference. OK for you?

Markus""",
  sig="brenner", sigstyle="short")

M("N", "de", "internal",
  "trap: out-of-office reply of a medical adviser redirecting medical questions, no case",
  frm=ADDR("kessler"), to="Sabine Kröger <sabine.kroeger@versicherer.example>",
  subj="Automatische Antwort: Frage zur Rechnung Heilpraktiker",
  date="2026-04-17 16:30",
  client="outlook", headers={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.

Beratungsärztliche Anfragen richten Sie bitte an das Postfach beratungsaerzte-kv@versicherer.example; in dringenden Fällen (z. B. Kostenübernahme bei stationärer Aufnahme) erreichen Sie meine Vertretung, Frau Dr. Striegler, unter -3306.

Bitte senden Sie keine Arztberichte an meine persönliche Adresse, sondern immer an das Postfach.

Jan Keßler""")

M("S", "de", "hospital",
  "corrected hospital invoice after review for a named patient with DRG change and diagnoses",
  frm=ADDR("brandt"), to="Rechnungsprüfung Stationär <rechnungspruefung-stationaer@versicherer.example>",
  subj="WG: Korrekturrechnung Fall 26004417 (Quadflieg) – neue DRG F62C",
  date="2026-04-20 09:10",
  body="""Die Klinik hat unsere Beanstandung akzeptiert (Nebendiagnose N18.3 nicht belegt, Verweildauer). Bitte Differenz verrechnen.

Gerrit""",
  quote=FW("Patientenabrechnung St. Vinzenz <abrechnung@st-vinzenz-koeln.example>", "17.04.2026",
           "rechnungseingang-kv@versicherer.example", "Korrekturrechnung 26004417-K1", """Korrekturrechnung zu Fall 26004417

Patient: Rainer Quadflieg, geb. 23.11.1955, KV 110-60218-4
Aufenthalt: 16.01.2026 – 29.01.2026
Hauptdiagnose: I50.14 Linksherzinsuffizienz mit Beschwerden in Ruhe
Nebendiagnosen: I10.90, E11.9 (N18.3 gestrichen)
DRG alt: F62B (2,011) -> DRG neu: F62C (0,806)
Erlös DRG neu: 0,806 x 4.398,08 EUR = 3.544,85 EUR
Zuschläge: 2.713,20 EUR; Wahlleistung Einbettzimmer unverändert 1.344,00 EUR
Neuer Gesamtbetrag: 7.602,05 EUR (bisher 12.901,74 EUR), Gutschrift 5.299,69 EUR"""))

M("N", "de", "insurer-to-supplier",
  "trap: framework agreement with a sign-language interpreting service for appointments, no named customer",
  frm=ADDR("krueger"), to="Gebärdensprachdolmetschdienst Rheinland <auftrag@gsd-rheinland.example>",
  subj="Rahmenvereinbarung Gebärdensprachdolmetschen 2026 – Bestätigung",
  date="2026-04-20 11:30",
  body="""Sehr geehrte Frau Engels,

hiermit bestätigen wir die Rahmenvereinbarung für Gebärdensprachdolmetschen bei Kundengesprächen, Begutachtungsterminen und Veranstaltungen:

- Stundensatz 85,00 EUR, Fahrtkosten 0,42 EUR/km, Mindestabrechnung 1 Stunde
- Buchung durch die jeweilige Fachabteilung per Telefon oder über das Bestellformular
- Einzelaufträge nennen nur Ort, Zeit und Art des Termins; Angaben zur Person oder zum Anlass des Gesprächs erhalten Sie vor Ort, soweit für das Dolmetschen nötig
- Ihre Dolmetscherinnen und Dolmetscher unterliegen der Verschwiegenheitsverpflichtung nach Anlage 2

Bestellnummer für 2026: 4500190022.

Mit freundlichen Grüßen""",
  sig="krueger")

M("C", "de", "police",
  "police report on stolen licence plates of a named insured's car; motor policy, no injury",
  frm=ADDR("engel"), to="Frau Nadja Hillebrand <nadja.hillebrand@web-beispiel.example>",
  subj="Ihre gestohlenen Kennzeichen GL-NH 218 – Versicherung und neue Zulassung",
  date="2026-04-20 14:15",
  body="""Sehr geehrte Frau Hillebrand,

vielen Dank für die Kopie der Diebstahlsanzeige der Polizei Bergisch Gladbach (Vorgang 2026-0417-0933, Kennzeichen GL-NH 218 in der Nacht zum 17.04. vor Ihrem Haus Paffrather Straße 60 abgeschraubt).

Für die Neuzulassung mit neuem Kennzeichen benötigen Sie keine neue eVB: Ihre Kfz-Versicherung K 51-2981006 läuft unverändert weiter, wir ändern nur das Kennzeichen im Vertrag, sobald Sie es uns mitteilen. Die Kosten für Schilder und Umkennzeichnung (ca. 60–80 EUR) sind leider nicht versichert.

Sollte mit Ihren alten Kennzeichen ein Unfall verursacht werden, melden Sie sich bitte sofort bei uns und bei der Polizei.

Mit freundlichen Grüßen""",
  sig="engel")

M("N", "en", "newsletter",
  "trap: expat newsletter with general travel-vaccination guidance, no individual",
  frm="Versicherer Expat Health <newsletter@versicherer.example>", to="Expat customers <expat-kunden@versicherer.example>", lang="en",
  subj="Expat Health Letter – Spring 2026: vaccinations before your summer travel",
  date="2026-04-21 06:00",
  body="""EXPAT HEALTH LETTER – Spring 2026

Planning a trip home or a holiday this summer? Some reminders:

• Measles: outbreaks in several European and Asian countries. Adults born after 1970 should have two documented doses.
• Dengue: a vaccine is available for people who have had dengue before – ask your doctor; it is covered by your international tariff on prescription.
• Yellow fever: required for entry into several African and South American countries; plan at least 10 days ahead.
• Travel pharmacy: take enough of your regular medication plus a copy of the prescription in English.

Your international health plan covers travel vaccinations recommended by the WHO or the German Standing Committee on Vaccination (STIKO) up to EUR 300 per year.

Questions? Our 24/7 service line: +49 221 555-7700. Please don't send medical documents by e-mail – use the app.

You receive this newsletter as an international health insurance customer. Unsubscribe in the app under Settings → Newsletter.""")


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
