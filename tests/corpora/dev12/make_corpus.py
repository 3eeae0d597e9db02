#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 12 generator (dev12).

Writes mails/d12-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2;
the office/PDF writers were rewritten with the standard library only.

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


# --- office / PDF builders, standard library only (dev12: the dev2 corpus used
# openpyxl, python-docx, odfpy and fpdf2; this corpus writes the same formats by hand)

def _x(s):
    return htmlmod.escape("" if s is None else str(s), quote=True)


def _zipbytes(members, stored_first=None):
    """members: list of (name, bytes|str). Fixed member times from _STAMP."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            if isinstance(body, str):
                body = body.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=_STAMP[0].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _ooxml_core(author, title=None):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    t = f"<dc:title>{_x(title)}</dc:title>" if title else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _ooxml_app(app):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>{app}</Application>'
            '<DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>')


_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>'
              '</Relationships>')


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
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(names)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, n in enumerate(names):
        wb.append(f'<sheet name="{_x(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
        rels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>')
    wb.append("</sheets></workbook>")
    rels.append(f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    members = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", _ROOT_RELS.replace("{main}", "xl/workbook.xml")),
               ("docProps/app.xml", _ooxml_app("Microsoft Excel")), ("docProps/core.xml", _ooxml_core(author)),
               ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(rels)), ("xl/styles.xml", styles)]
    for i, n in enumerate(names):
        rows = sheets[n]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0) + 2))}" customWidth="1"/>'
            for j in range(ncol))
        sd = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri}"
                s = ' s="1"' if ri == 1 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{s}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            sd.append(f'<row r="{ri}">{"".join(cells)}</row>')
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              f'<cols>{cols}</cols><sheetData>{"".join(sd)}</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", ws))
    data = _zipbytes(members)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _w_par(text, style=None, bold=False, size=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    runs = []
    for k, line in enumerate(text.split("\n")):
        if k:
            runs.append(f"<w:r>{rpr}<w:br/></w:r>")
        runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _docx(fn, blocks, author="Versicherer", octet=False):
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(_w_par(b[1], style="berschrift1" if (len(b) < 3 or b[2] == 1) else "berschrift2"))
        elif b[0] == "p":
            body.append(_w_par(b[1]))
        elif b[0] == "small":
            body.append(_w_par(b[1], size=14))
        elif b[0] == "t":
            rows = b[1]
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr><w:tblGrid>'
                 + "".join('<w:gridCol w:w="2000"/>' for _ in rows[0]) + "</w:tblGrid>"]
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{_w_par(str(v) if v is not None else '', bold=(i == 0))}</w:tc>" for v in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
              '<w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
              '<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>'
              '<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    data = _zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", _ROOT_RELS.replace("{main}", "word/document.xml")),
                      ("docProps/app.xml", _ooxml_app("Microsoft Office Word")), ("docProps/core.xml", _ooxml_core(author)),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles)])
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
           'xmlns:office_ver="x" ').replace('xmlns:office_ver="x" ', "")


def _odf(fn, mime, kind, content_body, author):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}office:version="1.3">'
               '<office:automatic-styles><style:style style:name="H1" style:family="paragraph">'
               '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style></office:automatic-styles>'
               f"<office:body>{content_body}</office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF_NS}office:version="1.3"><office:meta>'
            f"<meta:generator>LibreOffice/7.6</meta:generator><meta:initial-creator>{_x(author)}</meta:initial-creator>"
            f"<dc:creator>{_x(author)}</dc:creator><meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date>"
            "</office:meta></office:document-meta>")
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_ODF_NS}office:version="1.3"/>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    data = _zipbytes([("mimetype", mime), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)], stored_first="mimetype")
    return Att(fn, data, "application", mime.split("/")[1], kind=kind)


def _ods(fn, sheets, author="Versicherer"):
    out = ["<office:spreadsheet>"]
    for name, rows in sheets.items():
        out.append(f'<table:table table:name="{_x(name)}">')
        for r in rows:
            out.append("<table:table-row>")
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet>")
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet", "ods", "".join(out), author)


def _odt(fn, blocks, author="Versicherer"):
    out = ["<office:text>"]
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="H1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>')
            for r in rows:
                out.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                    + "</table:table-row>")
            out.append("</table:table>")
    out.append("</office:text>")
    return _odf(fn, "application/vnd.oasis.opendocument.text", "odt", "".join(out), author)


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _cp1252(s):
    """Encode for WinAnsiEncoding; letters outside it (ş, ć, ...) lose their accent."""
    import unicodedata
    out = []
    for ch in s:
        try:
            out.append(ch.encode("cp1252"))
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore")
            out.append(base or b"?")
    return b"".join(out)


def _pdf_str(s):
    b = _cp1252(s.translate(_PDF_MAP))
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False, producer=None):
    """A4 PDF with a text layer, written by hand: Helvetica / Helvetica-Bold /
    Courier (tables) in WinAnsiEncoding, Flate-compressed content streams."""
    import textwrap
    import zlib
    W, H, L, T, B = 595.28, 841.89, 56, 56, 60
    pages, cur, y = [], [], [H - T]

    def newpage():
        if cur:
            pages.append(list(cur))
            cur.clear()
        y[0] = H - T

    def line(font, size, text, lead):
        if y[0] - lead < B:
            newpage()
        y[0] -= lead
        cur.append(b"BT /%s %g Tf %.2f %.2f Td (" % (font.encode(), size, L, y[0]) + _pdf_str(text) + b") Tj ET")

    for b in _blocks(blocks):
        if b[0] == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for ln in textwrap.wrap(b[1], 70) or [""]:
                line("F2", size, ln, size + 4)
            y[0] -= 4
        elif b[0] in ("p", "small"):
            size, chars = (10, 92) if b[0] == "p" else (7, 130)
            for para in b[1].split("\n"):
                for ln in textwrap.wrap(para, chars) or [""]:
                    line("F1", size, ln, size * 1.3)
            y[0] -= 5
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            total = sum(w) + 2 * (len(w) - 1)
            size = 8 if total <= 95 else max(5, 8 * 95 / total)
            for i, r in enumerate(rows):
                txt = "  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip()
                line("F4" if i == 0 else "F3", size, txt, size * 1.35)
            y[0] -= 6
    newpage()

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    objs[6] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>"
    stamp = _STAMP[0].strftime("D:%Y%m%d%H%M%S+01'00'")
    info = b"<< /Producer (" + _pdf_str(producer or "Versicherer Output Management") + b") /Creator (Siegel dev12 corpus)"
    info += b" /Author (" + _pdf_str(author) + b")"
    if title:
        info += b" /Title (" + _pdf_str(title) + b")"
    info += b" /CreationDate (" + stamp.encode() + b") /ModDate (" + stamp.encode() + b") >>"
    objs[7] = info
    kids = []
    n = 8
    for pg in pages:
        stream = zlib.compress(b"\n".join(pg) + b"\n", 9)
        objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << "
                   b"/F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(b"%d 0 R" % n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for k in range(1, size):
        out.write(b"%010d 00000 n \n" % offs[k])
    fid = hashlib.md5((fn + stamp).encode()).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (size, fid, fid, xref))
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Tiny text extractor for the PDFs written above (used by --check)."""
    import zlib
    out = []
    for m in re.finditer(rb"/FlateDecode >>\nstream\n", data):
        start = m.end()
        ln = int(re.search(rb"/Length (\d+)", data[data.rfind(b"<<", 0, m.start()):m.end()]).group(1))
        s = zlib.decompress(data[start:start + ln])
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            out.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
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
    salt = f"d12|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d12-{n:04d}.eml"
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

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
                names = z.namelist()
                for name in names:
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(name))     # well-formed XML
                if low.endswith(".xlsx"):
                    assert "xl/workbook.xml" in names and "[Content_Types].xml" in names, (fn, fname)
                if low.endswith(".docx"):
                    assert "word/document.xml" in names and "[Content_Types].xml" in names, (fn, fname)
                if low.endswith((".odt", ".ods")):
                    assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, (fn, fname)
            if low.endswith(".zip"):
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert pdf_text(data).strip(), (fn, fname, "empty PDF text")
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



# --- staff added for this corpus (same fictitious company) -----------------
STAFF.update({
    "koenig": ("Ralf König", "ralf.koenig", "Teamleitung Leistungsservice Krankenversicherung", "Team Lead Health Claims", "kv", "-3400"),
    "haas": ("Dr. med. Corinna Haas", "corinna.haas", "Beratungsärztin\nMedizinischer Dienst Leistung", "Medical Adviser, Claims", "kv", "-3499"),
    "petersen": ("Kai Petersen", "kai.petersen", "Firmenkunden Kranken / bKV / Gruppenunfall", "Group Health & Group Accident", "kv", "-2870"),
    "jansen": ("Mareike Jansen", "mareike.jansen", "Kfz-Flotten", "Motor Fleets", "av", "-4090"),
    "wolff": ("Dennis Wolff", "dennis.wolff", "Regress / Teilungsabkommen", "Recourse / Sharing Agreements", "av", "-4990"),
    "schmitz": ("Birgit Schmitz", "birgit.schmitz", "Teamleitung Schadenservice Sach", "Team Lead Property Claims", "av", "-4380"),
    "celik": ("Emre Çelik", "emre.celik", "Rechnungsprüfung Krankenhaus", "Hospital Invoice Audit", "kv", "-3480"),
    "park": ("Hannah Park", "hannah.park", "Controlling", "Controlling", "grp", "-1850"),
})

# ---------------------------------------------------------------- batch 1

M("S", "de", "internal", "case question to the medical adviser: named VN, birth date, MS diagnosis G35.0, physiotherapy",
  frm=ADDR("kroeger"), to=ADDR("haas"), date="2026-01-12 09:14", client="outlook",
  subj="kurze Frage zu Fall 2026-KA-118834",
  body="""Hallo Corinna,

kurze Frage, bevor ich ablehne oder zahle:

VN/VP: Gisela Hartwig
GebDat: 03.07.1958
Tarif: AM80 / SB 600
Vers.-Nr.: 4-118834-02

Eingereicht: Physio-VO 3x 12 KG-ZNS nach Bobath, Diagn. lt. VO G35.0 (MS, schubförmig), dazu 10x MLD.
Wir haben 2025 schon 36 Einheiten gezahlt. HA schreibt "Dauertherapie", Neurologe-Bericht liegt nicht bei.

Reicht dir die VO oder soll ich einen aktuellen Befund anfordern? Ich würde ungern ohne Rückendeckung kürzen.

Danke!
Sabine""", sig="kroeger", sigstyle="short")

M("N", "de", "internal", "trap: backlog of AU certificates / daily sickness claims as counts per team, no person",
  frm=ADDR("koenig"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-01-13 07:52", client="outlook",
  subj="Rückstand KT / AU-Bescheinigungen – Stand KW 2",
  body="""Moin zusammen,

kurzer Stand zum Rückstand Krankentagegeld (Eingang AU-Bescheinigungen, unbearbeitet):

[[t]]

Ambulant 2 hat durch die Grippewelle im Team gerade am meisten auf dem Tisch, deshalb helfen ab Mittwoch Stationär (2 Kolleg:innen) und die Azubis aus. Bitte Folgebescheinigungen vor Erstbescheinigungen, die Zahlungsläufe sind Di + Fr.

Fragen gern an mich.

Gruß
Ralf""", tables={"t": ([["Team", "offen", "davon > 10 AT", "Vorwoche"], ["Ambulant 1", 212, 31, 188], ["Ambulant 2", 347, 96, 260], ["Stationär", 58, 4, 61], ["KT-Spezial", 129, 22, 140]], "tab")},
  sig="koenig", sigstyle="short")

M("C", "de", "internal", "phone note motor glass claim: named VN, plate, claim no., mobile number, nobody hurt",
  frm=ADDR("kowalski"), to=ADDR("brenner"), date="2026-01-13 11:37", client="outlook",
  subj="Telefonnotiz Glasbruch K-RP 4471",
  body="""Markus, Anruf eben reingekommen, bitte übernehmen:

- VN Herr Andrzej Pawlak, Vers.-Nr. KF-7730-5512-0
- Kennz. K-RP 4471, Skoda Octavia
- Steinschlag A3 gestern, Riss jetzt ca. 20 cm, Sichtfeld Fahrer
- will in seine Werkstatt (Autoglas Ehrenfeld), nicht unser Partner -> hab gesagt wir klären SB
- TK mit 150 SB
- Rückruf bitte heute noch, mobil 0171 4482 913, ab 16 Uhr schlecht erreichbar

Schaden hab ich angelegt: 26-KF-004417

LG Lena""")

M("S", "de", "insurer-to-company", "group accident joiners: quoted HR mail with employees' names and birth dates",
  frm=ADDR("petersen"), to="Personalabteilung Müller Logistik <personal@mueller-logistik.example>", date="2026-01-14 15:02",
  client="outlook", subj="AW: Gruppenunfall – Zugänge Januar",
  body="""Hallo Frau Kessler,

danke, die vier Zugänge sind ab 01.01.2026 im Gruppenunfallvertrag GU-55180 eingebucht. Herr Ahmadi war schon im Dezember gemeldet – da reicht die erste Meldung, ich habe die doppelte Zeile gelöscht.

Die Nachtragsrechnung kommt mit der Quartalsabrechnung.

Viele Grüße
Kai Petersen""", sig="petersen", sigstyle="short",
  quote=OQ("Kessler, Tanja <t.kessler@mueller-logistik.example>", "Mittwoch, 14. Januar 2026 10:21", "Petersen, Kai",
           "Gruppenunfall – Zugänge Januar", """Hallo Herr Petersen,

bitte folgende Neueinstellungen in die Gruppenunfall aufnehmen:

Name | Vorname | Geb.-Dat. | Eintritt | Tätigkeit
Ahmadi | Farid | 19.04.1994 | 01.12.2025 | Lagerhelfer
Brzezinski | Ola | 02.11.1988 | 01.01.2026 | Disponentin
Hoffmeister | Jan | 27.08.2001 | 01.01.2026 | Berufskraftfahrer
Neumann | Carla | 13.02.1979 | 01.01.2026 | Buchhaltung

Danke und Gruß
Tanja Kessler
Personal / Lohnbuchhaltung
Müller Logistik GmbH & Co. KG"""))

M("N", "en", "internal", "trap: outage notice for the scanning of medical invoices, no case or person",
  frm=ADDR("hoffmann"), to="All Claims Staff <claims-all@versicherer.example>", date="2026-01-15 16:45", client="outlook",
  subj="Planned downtime: invoice scanning (medical + dental) Tue 20 Jan 18:00–22:00",
  body="""Hi all,

the scanning line for incoming mail (medical invoices, dental treatment plans, prescriptions, AU certificates) will be down on Tuesday 20 January from 18:00 to 22:00 for the storage migration.

What this means for you:
* documents scanned after 17:30 will show up in your inbox on Wednesday morning
* the "Beleg nachfordern" button in the claims client is disabled during the window
* no impact on the portal upload – customers can keep sending

If you see missing pages on Wednesday, open a ticket with the batch ID, not the customer name.

Thanks,
Lukas""", sig="hoffmann", sigstyle="short")

M("S", "en", "internal", "expat customer admitted in Dubai with appendicitis, guarantee of payment request",
  frm=ADDR("whitfield"), to=ADDR("brandt"), cc=ADDR("haas"), date="2026-01-16 08:03", client="outlook",
  subj="FW: GOP request – Mr Okonjo – Mediclinic City Hospital",
  body="""Gerrit,

can you take this one over? Inpatient, so it's yours from now on. I've phoned the hospital; they want the GOP by noon local time.

Member: Tunde Okonjo, DOB 1986-09-22, policy IH-204418, plan Global Plus, no waiting period issues.
Admitted 15 Jan 22:40 via ER, acute appendicitis, laparoscopic appendectomy scheduled this morning. Estimate AED 38,500 incl. 2 nights.

I'd say covered, no pre-existing condition in the file. Corinna in cc in case they find something else during the op.

Emma""", sig="whitfield", sigstyle="short",
  quote=OQ("Insurance Desk <insurance@mediclinic-city.example>", "16 January 2026 06:12", "International Health Services",
           "GOP request – Okonjo, Tunde", """Dear Sir/Madam,

please issue a guarantee of payment for the above patient, admitted with acute appendicitis (K35.8). Planned procedure: laparoscopic appendectomy. Estimated LOS 2 days.

Kind regards,
Insurance Desk""", lang="en"))

M("C", "de", "insurer-to-company", "water damage in a rented flat: property manager, named tenants, insured address, claim no.",
  frm=ADDR("demir"), to="Hausverwaltung Rheinblick <technik@hv-rheinblick.example>", date="2026-01-16 13:20", client="thunderbird",
  subj="Leitungswasser Sülzgürtel 88 / Schaden 26-WG-000932",
  body="""Hallo Herr Brandl,

zum Leitungswasserschaden Sülzgürtel 88, 3. OG links (Mieter Fam. Okonkwo) und darunter 2. OG links (Mieterin Frau Weidemann):

1. Trocknung: bitte die Firma Trockenbau Pohl direkt beauftragen, wir übernehmen die Kosten im Rahmen der Wohngebäudeversicherung WG-3390176.
2. Leckortung: Rechnung bitte an uns, Schadennummer angeben.
3. Hausrat der Mieter ist nicht bei uns versichert – die Mieter sollen sich bitte an ihre eigene Hausratversicherung wenden.

Kann der Gutachter nächste Woche Dienstag ab 10 Uhr in beide Wohnungen? Dann bitte die Mieter informieren.

Viele Grüße
Aylin Demir""", sig="demir", sigstyle="short")

M("N", "de", "internal", "trap: complaint statistics Q4 by category incl. rejected medical treatment, counts only",
  frm=ADDR("lorenz"), to="Bereichsleitung Leistung <bl-leistung@versicherer.example>", date="2026-01-19 10:10", client="outlook",
  subj="Beschwerden Q4/2025 – Auswertung nach Anlass",
  body="""Liebe Kolleginnen und Kollegen,

hier die Q4-Zahlen Beschwerdemanagement, wie immer ohne Einzelfälle:

[[t]]

Auffällig:
- Ablehnungen Heilbehandlung (v. a. Heilpraktiker, Osteopathie) +40 % ggü. Q3
- BaFin-Beschwerden: 6, alle fristgerecht beantwortet
- Ombudsmann: 3 Verfahren, 1 Abhilfe

Die Detailliste mit Fallnummern liegt wie immer nur im Beschwerdetool, bitte nicht per Mail anfordern.

Viele Grüße
Daniela Lorenz""", tables={"t": ([["Anlass", "Q3", "Q4", "Δ"], ["Ablehnung Heilbehandlung", 84, 118, "+34"], ["Bearbeitungsdauer", 132, 141, "+9"], ["Beitragsanpassung", 61, 203, "+142"], ["Kfz-Schaden Regulierung", 47, 39, "-8"], ["Sonstiges", 58, 52, "-6"]], "pad")},
  sig="lorenz", sigstyle="short")

M("S", "de", "internal", "team-lead goodwill approval; only the quoted request names the customer and her dental HKP",
  frm=ADDR("koenig"), to=ADDR("wendland"), date="2026-01-19 14:48", client="mobile",
  subj="AW: Kulanz HKP Brückner – Freigabe?",
  body="""ok, 50 % Kulanz frei. Bitte im Schreiben klar machen: einmalig, ohne Anerkennung einer Rechtspflicht.""",
  quote=OQ("Wendland, Tobias", "Montag, 19. Januar 2026 13:55", "König, Ralf", "Kulanz HKP Brückner – Freigabe?", """Hi Ralf,

brauche eine Kulanzfreigabe:

VN: Renate Brückner, Vers.-Nr. 4-207715-01, Tarif ZahnPlus seit 11/2023
HKP Dr. Schaaf vom 08.01.: Brücke 34-36, Regelversorgung + gleichartig, 2.340,00 € Eigenanteil
Problem: Zahn 35 fehlt lt. Zahnstatus schon bei Antrag (nicht angegeben), Leistung eigentlich ausgeschlossen
Sie ist seit 28 Jahren Kundin (KV + Hausrat), hat sich telefonisch sehr aufgeregt.

Vorschlag 50 % aus Kulanz = 1.170,00 €.

Tobias"""))

M("C", "de", "company", "fleet damage list from the fleet customer, forwarded: drivers' names, plates, no injuries (XLSX)",
  frm=ADDR("jansen"), to=ADDR("brenner"), date="2026-01-20 09:31", client="outlook",
  subj="WG: Schadenmeldungen Dezember Flotte Rheinland Pflegedienste",
  body="""Markus,

Sammelmeldung Dezember von Rheinland Pflegedienste, 5 Fälle, alle Blechschäden. Kannst du die anlegen? Fall 3 ist wahrscheinlich Fremdverschulden, da bitte Regress prüfen.

Danke
Mareike""", sig="jansen", sigstyle="short",
  quote=FW("Fuhrpark Rheinland Pflegedienste <fuhrpark@rheinland-pflege.example>", "19.01.2026, 16:40", "Jansen, Mareike",
           "Schadenmeldungen Dezember", """Sehr geehrte Frau Jansen,

anbei die Schäden aus Dezember. Personen wurden in keinem Fall verletzt.

Mit freundlichen Grüßen
Dirk Sommer
Fuhrparkleitung"""),
  att=[XLSX("Schaeden_Dez_2025.xlsx", {"Dezember": [
      ["lfd", "Datum", "Kennzeichen", "Fahrer/in", "Ort", "Hergang", "Schaden ca."],
      [1, "02.12.2025", "BN-RP 112", "Kübra Aydin", "Bonn, Kessenicher Str.", "beim Rangieren Poller touchiert", "900 €"],
      [2, "09.12.2025", "BN-RP 140", "Heinz-Peter Lütz", "Siegburg", "Spiegel an parkendem Lkw", "350 €"],
      [3, "11.12.2025", "BN-RP 118", "Oksana Melnyk", "Bonn-Beuel", "an Ampel aufgefahren worden", "2.400 €"],
      [4, "17.12.2025", "BN-RP 107", "Mario Conti", "Troisdorf", "Parkschaden, Verursacher unbekannt", "600 €"],
      [5, "22.12.2025", "BN-RP 131", "Sandra Wilms", "Bonn, Hbf-Parkhaus", "Säule gestreift", "1.100 €"],
  ]}, author="D. Sommer")])

M("N", "en", "insurer-to-partner", "trap: reinsurer renewal with aggregated disability incidence by cause, no person",
  frm=ADDR("stone"), to="Life Treaty Team <life.treaty@munich-re-like.example>", date="2026-01-21 11:05", client="outlook",
  subj="BU quota share 2026 – claims experience summary",
  body="""Dear Martin, dear Yvonne,

ahead of our call on Thursday, the summary you asked for. All figures are portfolio aggregates, no individual claims.

New BU claims 2025 by main cause (share of accepted claims, n = 412):
- mental and behavioural disorders (F00–F99): 37 %
- musculoskeletal (M00–M99): 22 %
- neoplasms (C00–D48): 15 %
- circulatory (I00–I99): 8 %
- accidents / injuries: 9 %
- other: 9 %

Average age at claim 47.3, average benefit EUR 1,480 per month. Incidence is 6 % below the 2024 level, mainly in the blue-collar occupational classes.

The detailed triangles follow via the data room.

Best regards,
Rebecca""", sig="stone", lang="en")

M("S", "de", "insurer-to-hospital", "DRG invoice audit for a named patient: admission, OPS code, length of stay",
  frm=ADDR("celik"), to="Patientenabrechnung Klinikum Nordstadt <abrechnung@klinikum-nordstadt.example>", date="2026-01-21 13:33",
  client="outlook", subj="Rechnung 2025-118207 / Pat. Sauer, Rolf – Rückfrage Verweildauer",
  body="""Sehr geehrte Damen und Herren,

zur Rechnung 2025-118207 (Herr Rolf Sauer, geb. 15.05.1949, Aufnahme 12.12.2025, Entlassung 29.12.2025, DRG I47B, OPS 5-822.g1 Hüft-TEP re.) bitten wir um Übersendung des Entlassberichts und der Pflegedokumentation ab dem 10. Tag.

Die mittlere Verweildauer der DRG liegt bei 9,6 Tagen; abgerechnet sind 17 Belegungstage. Aus den uns vorliegenden Unterlagen ist nicht ersichtlich, warum die Entlassung in die Anschlussheilbehandlung nicht früher möglich war.

Die Wahlleistung Einbettzimmer ist vom Tarif gedeckt und wird gesondert angewiesen.

Mit freundlichen Grüßen
Emre Çelik""", sig="celik")

M("N", "de", "internal", "trap: blood donation drive in the lobby, office life",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", date="2026-01-22 08:30", client="outlook",
  subj="Blutspende im Foyer am 18.02. – bitte Termin buchen",
  body="""Liebe Kolleginnen und Kollegen,

am Mittwoch, 18. Februar, ist der DRK-Blutspendedienst wieder bei uns im Foyer (9–15 Uhr). Bitte bucht euch vorher einen Termin über den Link im Intranet, spontan geht auch, dann mit Wartezeit.

Wichtig:
- Personalausweis mitbringen
- vorher gut frühstücken und viel trinken
- die Spende gilt als Arbeitszeit, bitte kurz im Team abstimmen

Danach gibt es wie immer Brötchen in der Kantine.

Viele Grüße
Anja Richter
Facility Management""")

M("C", "de", "insurer-to-lawyer", "liability claim: opposing lawyer's client named, damaged laptop, claim no.; no injury",
  frm=ADDR("oltmanns"), to="RA Dr. Feldhaus <kanzlei@feldhaus-recht.example>", date="2026-01-22 15:17", client="outlook",
  subj="Ihr Mandant Volker Stein ./. unsere VN Julia Rausch – Schaden 25-HP-118204",
  body="""Sehr geehrter Herr Dr. Feldhaus,

wir bestätigen den Eingang Ihres Schreibens vom 15.01.2026.

Unsere Versicherungsnehmerin Frau Julia Rausch hat den Sturz des Kaffeebechers im Café Lindental eingeräumt. Wir regulieren den Schaden am Notebock Ihres Mandanten auf Zeitwertbasis: Neupreis 1.899,00 €, Anschaffung 03/2023, Abzug 45 % = 1.044,45 €.

Die geltend gemachte Nutzungsausfallentschädigung für 14 Tage lehnen wir ab; für Sachen des privaten Gebrauchs besteht darauf kein Anspruch.

Bitte teilen Sie uns die Bankverbindung Ihres Mandanten oder Ihr Anderkonto mit.

Mit freundlichen Grüßen
Jens Oltmanns""", sig="oltmanns")

M("S", "en", "company", "employer's HR asks about an employee off sick for months under group income protection, forwarded",
  frm=ADDR("stanek"), to=ADDR("paulsen"), date="2026-01-23 10:44", client="outlook",
  subj="FW: GIP – employee absent since September",
  body="""Henrik, this is one of your group contracts (GIP-UK-0031). Can we talk about how to handle it? The deferred period is 26 weeks, so she'd be due end of March. I'll need the claim form and a GP report.

Oliver""", sig="stanek", sigstyle="short", lang="en",
  quote=FW("Claire Dobson <claire.dobson@brightwell-uk.example>", "22/01/2026, 17:03", "Versicherer Life – Group Business",
           "GIP – employee absent since September", """Hello,

we have an employee, Ms Priya Chandran (employee no. 00417, DOB 14/08/1983), who has been off work since 29 September 2025. Her fit notes say "stress-related illness and anxiety", the latest one runs until 28 February.

Do we need to notify you now or only at the end of the deferred period? Her salary is GBP 46,200.

Kind regards,
Claire Dobson
HR Business Partner, Brightwell UK Ltd""", lang="en"))

M("N", "de", "internal", "trap: training invitation on ICD-10 coding with generic code examples, no patient",
  frm=ADDR("haas"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-01-26 12:00", client="outlook",
  subj="Einladung: Auffrischung ICD-10-GM für die Sachbearbeitung (05.02.)",
  body="""Liebe Kolleginnen und Kollegen,

viele Rückfragen landen bei uns, weil Diagnosen auf Rechnungen falsch gelesen werden. Deshalb eine kurze Auffrischung (60 Min., Teams):

- Aufbau der Codes, Zusatzkennzeichen G / V / Z / A
- typische Stolpersteine: Z-Codes (z. B. Z01.7 Laboruntersuchung), Sternchen/Kreuz-Codes
- psychische Diagnosen (F32.x, F43.2) und was das für die Prüfung der Psychotherapie heißt
- wann ihr uns fragen müsst und wann nicht

Termin im Anhang. Keine echten Fälle mitbringen, ich habe Beispiele vorbereitet.

Corinna Haas""", sig="haas", sigstyle="short",
  att=[ICS("Einladung.ics", "d12-icd-20260205@versicherer.example", "Auffrischung ICD-10-GM Sachbearbeitung",
           "20260205T100000", "20260205T110000", ("Dr. med. Corinna Haas", "corinna.haas@versicherer.example"),
           [("LS-KV-Alle", "ls-kv-alle@versicherer.example")], location="Microsoft Teams",
           description="Aufbau ICD-10-GM\nZusatzkennzeichen\nBeispiele aus der Praxis (fiktiv)")])

M("C", "de", "insurer-to-collector", "handing an unpaid household premium to the debt collector: named debtor, address, amount",
  frm=ADDR("becker"), to="Forderungsmanagement Creditreform-Partner <auftraege@inkasso-westfalen.example>", date="2026-01-26 14:25",
  client="outlook", subj="Neuer Auftrag: Beitragsrückstand HR-2211907",
  body="""Guten Tag,

wir übergeben Ihnen folgende Forderung zum Einzug:

Schuldner: Marcel Dietz
Anschrift: Hansaring 41, 50670 Köln
Vertrag: Hausrat HR-2211907 (seit 01.11.2025 wegen Nichtzahlung gekündigt)
Hauptforderung: 214,60 € (Beiträge 08/2025 – 10/2025)
Mahnkosten: 5,00 €
letzte Mahnung: 10.12.2025, keine Reaktion, Lastschrift zurückgegeben (Konto erloschen)

Die Unterlagen (Mahnungen, Kündigung) laden wir wie vereinbart im Auftragsportal hoch.

Mit freundlichen Grüßen
Hannes Becker
Inkasso / Beitragsservice""")

M("S", "de", "internal", "sensitive only in the subject: named insured's sick-note for daily sickness benefit; body just 'zur Akte'",
  frm=ADDR("kroeger"), to="Postkorb KT <kt-eingang@versicherer.example>", date="2026-01-27 08:12", client="outlook",
  subj="WG: AU-Bescheinigung Hr. Lehmkuhl KT-Tarif ab 09.02. (Folgebescheinigung)",
  body="""zur Akte bzw. Zahlung, danke

S.K.""")

M("N", "en", "internal", "trap: OCR project status with synthetic test invoices ('John Doe (test)')",
  frm=ADDR("raman"), to="OCR project <proj-ocr@versicherer.example>", cc=ADDR("koenig"), date="2026-01-27 17:30", client="thunderbird",
  subj="OCR for doctors' invoices – sprint 14 review",
  body="""Hi all,

short summary of sprint 14:

* extraction rate GOÄ positions: 91.2 % (was 87.5 %), factor field 96 %
* diagnosis field: we now read ICD codes incl. suffixes (G/V/Z/A), 88 % exact match on the test set
* the test set is still 400 synthetic invoices ("John Doe (test)", "Erika Musterfrau (Test)") – no production data leaves the claims system, as agreed with Thomas Meier
* open: handwritten pharmacy receipts, dental HKP page 2

Next review 10 Feb. Ralf, we'd like two people from your team for the user test.

Priya""", lang="en")

M("C", "de", "insurer-to-craftsman", "order to a plumber: named policyholder, insured address, claim no., phone",
  frm=ADDR("demir"), to="Sanitär Klein GmbH <auftrag@sanitaer-klein.example>", date="2026-01-28 10:02", client="outlook",
  subj="Auftrag Leckortung / Schaden 26-WG-001207",
  body="""Sehr geehrter Herr Klein,

bitte führen Sie bei unserer Versicherungsnehmerin eine Leckortung durch:

Frau Ilse Reinartz
Am Rosengarten 7, 51069 Köln-Dellbrück
Tel. 0221 68 44 19 (nachmittags)

Feuchte Wand Bad/Flur EG, vermutlich Zuleitung Warmwasser. Kostenvoranschlag für die Reparatur bitte vorab an mich, bis 1.500 € netto können Sie direkt ausführen.

Rechnung an uns mit Schadennummer.

Danke und Gruß
Aylin Demir""", sig="demir", sigstyle="short")

M("S", "de", "insurer-to-insurer", "sharing agreement with a health fund: injured cyclist, fracture, treatment costs",
  frm=ADDR("wolff"), to="Regress Regionale Gesundheitskasse <regress@rgk-west.example>", date="2026-01-28 13:41", client="outlook",
  subj="TA-Fall 2025/0817 – Ihre Versicherte Yvonne Marx / unser VN Klaus Ebert",
  body="""Sehr geehrte Frau Lüttgen,

zu Ihrer Anmeldung vom 07.01.2026 im Rahmen des Teilungsabkommens:

Unfalltag: 03.10.2025, Radfahrerin Frau Yvonne Marx (geb. 21.06.1990) von Pkw unseres VN Klaus Ebert beim Abbiegen erfasst.
Ihre Aufstellung: stationär 8 Tage (distale Radiusfraktur li., Platten-OS), ambulante Nachbehandlung, 24x Physiotherapie, Krankengeld 41 Tage – gesamt 14.886,37 €.

Die Haftung ist dem Grunde nach unstreitig, der Fall fällt unter das Abkommen. Nach Quote 55 % zahlen wir 8.187,50 € und bitten um Bestätigung, dass damit die Ansprüche bis 31.12.2025 abgegolten sind.

Mit freundlichen Grüßen
Dennis Wolff""", sig="wolff")

M("N", "de", "internal", "trap: sharing-agreement quota statistics per health fund, aggregated",
  frm=ADDR("wolff"), to=ADDR("schreiber"), date="2026-01-29 09:15", client="outlook",
  subj="TA-Statistik 2025 für die Verhandlung mit der RGK",
  body="""Hallo Carola,

für Dienstag die Zahlen 2025, nur aggregiert:

Kasse | Fälle | Forderung ges. | gezahlt | Ø Quote
RGK West | 214 | 1,92 Mio | 1,06 Mio | 55 %
BKK Rheinmetall-Verbund | 48 | 0,31 Mio | 0,17 Mio | 55 %
Ersatzkasse Nord | 121 | 1,10 Mio | 0,66 Mio | 60 %
sonstige (< 20 Fälle) | 63 | 0,44 Mio | 0,24 Mio | 55 %

Die RGK will die Limitgrenze von 40.000 auf 60.000 € anheben. Bei uns lagen 2025 nur 7 Fälle darüber, das wäre also verkraftbar. Großschäden drüber laufen sowieso außerhalb.

Dennis""", sig="wolff", sigstyle="name")

M("C", "en", "insurer-to-company", "rental fleet accident, named driver, plate, claim number, no injuries",
  frm=ADDR("jansen"), to="Fleet Claims Rent-a-Van Europe <claims@rentavan-eu.example>", date="2026-01-29 14:50", client="outlook",
  subj="RE: Your ref RV-88214 / our claim 26-KF-005120", lang="en",
  body="""Dear Mr Hughes,

thanks for the photos. We accept the claim for van DU-RV 8821 (your renter Mr Sebastian Krol, licence checked) under the fleet policy FL-20044. The third party's Audi will be settled directly by us; please don't pay anything yourselves.

Your own damage (rear door, bumper) goes through the own-damage cover with EUR 1,000 deductible. Please send the workshop estimate.

No one was injured according to the police report, so we won't need a medical questionnaire.

Kind regards,
Mareike Jansen""", sig="jansen", sigstyle="short")

M("S", "de", "company", "bAV salary conversion list from an employer only in the forwarded message's CSV (names, birth dates, salaries)",
  frm=ADDR("paulsen"), to="bAV-Vertrag <bav-vertrag@versicherer.example>", date="2026-01-30 11:11", client="outlook",
  subj="WG: Entgeltumwandlung Änderungen März – Schreinerei Holtkamp",
  body="""Bitte die Änderungen zum 01.03. einspielen, Original-Mail im Anhang.

H. Paulsen""",
  att=[EML(INNER("Lohnbüro Holtkamp <lohn@schreinerei-holtkamp.example>", "Paulsen, Henrik <henrik.paulsen@versicherer.example>",
                 "Entgeltumwandlung Änderungen März", "2026-01-29 18:02", """Hallo Herr Paulsen,

anbei wie besprochen die Änderungen für die Direktversicherung ab März. Frau Gerdes erhöht, Herr Lamprecht steigt neu ein, Herr Tönnies ist zum 28.02. ausgeschieden.

Gruß
M. Holtkamp""", "<7d1f0c22-lohn-holtkamp@schreinerei-holtkamp.example>",
                 att=[CSV("bav_aenderungen_0326.csv", [
                     ["PersNr", "Name", "Vorname", "GebDat", "Brutto mtl.", "Umwandlung alt", "Umwandlung neu", "Vertrag", "Bemerkung"],
                     ["1007", "Gerdes", "Anke", "11.09.1975", "3.640,00", "100,00", "200,00", "DV-40077121", "Erhöhung"],
                     ["1031", "Lamprecht", "Jonas", "30.01.1998", "2.950,00", "", "150,00", "neu", "Neuaufnahme"],
                     ["1012", "Tönnies", "Uwe", "04.04.1966", "4.120,00", "248,00", "0,00", "DV-38801442", "Austritt 28.02."],
                 ], enc="windows-1252")]), "Entgeltumwandlung Änderungen März.eml")])

M("N", "en", "internal", "trap: clean-desk reminder mentioning medical reports in general, office life",
  frm=ADDR("fischer"), to="All staff <all-staff@versicherer.example>", date="2026-01-30 15:30", client="outlook",
  subj="Clean desk walk – results and a reminder", lang="en",
  body="""Hi everyone,

last Thursday we did the unannounced clean-desk walk on floors 3–6. Results:

- 41 desks checked, 9 with documents left out overnight
- 3 of them had printouts that looked like medical reports or hospital invoices (we put them in the locked cabinet and told the team leads)
- 6 unlocked screens, 2 passwords on sticky notes (!)

Please: lock your screen (Win+L), put customer paper in the locked drawer, and use the grey shredding bins – not the blue paper bins.

Thanks,
Tim
Information Security""")

# ---------------------------------------------------------------- batch 2

M("S", "de", "internal", "hurried phone note: BU policyholder in psychotherapy asks about disability benefit",
  frm=ADDR("stanek"), to=ADDR("schulte"), date="2026-02-02 10:22", client="outlook",
  subj="Tel.notiz BU 7-3310882 Fr. Janßen",
  body="""Marlene, fyi – die Dame hat eben bei mir angerufen, eigentlich Antragsbereich bei dir (Nachversicherung Heirat von 12/25):

VN/VP Melanie Janßen, geb. 07.12.1987, Grundschullehrerin
- seit Nov. krankgeschrieben, Burnout/Depression lt. ihr, seit Jan. ambulante Psychotherapie (VT), Klinik im Gespräch
- fragt ob sie jetzt BU-Leistung beantragen soll oder erst nach 6 Mon.
- fragt ob die Nachversicherung "jetzt wackelt"

Hab ihr gesagt: Leistungsantrag schicken wir ihr zu, Nachversicherung klären wir intern, kein Rückruf vor Mittwoch. Kannst du mir sagen, ob die NV schon policiert ist?

Oliver""")

M("N", "de", "internal", "trap: internal audit findings on claims handling, no individual case",
  frm="Interne Revision <revision@versicherer.example>", to=ADDR("koenig"), cc=ADDR("meier"), date="2026-02-02 16:05", client="outlook",
  subj="Revisionsbericht 2025-07 Leistungsbearbeitung KV – Entwurf zur Stellungnahme",
  body="""Sehr geehrter Herr König,

anbei (im Laufwerk, Ordner Revision/2025-07) der Berichtsentwurf. Zusammengefasst drei Feststellungen:

F1 (mittel) Vier-Augen-Prinzip bei Kulanzzahlungen über 1.000 € in 4 von 60 Stichprobenfällen nicht dokumentiert.
F2 (gering) Anforderungen von Arztberichten ohne Hinweis auf die Schweigepflichtentbindung in 7 von 60 Fällen.
F3 (gering) Berechtigungen: 3 ausgeschiedene Mitarbeitende hatten noch Lesezugriff auf die E-Akte.

Die Fallnummern der Stichprobe stehen nur im Arbeitspapier. Ihre Stellungnahme bitte bis 20.02.

Mit freundlichen Grüßen
Interne Revision
i. A. Volker Brandes""")

M("C", "de", "insurer-to-craftsman", "repair approval to a body shop: named VN, plate, VIN, claim no.",
  frm=ADDR("brenner"), to="Autohaus Kremer Serviceannahme <service@autohaus-kremer.example>", date="2026-02-03 08:47", client="mobile",
  subj="Reparaturfreigabe 26-KF-003318 / K-JW 902",
  body="""Hallo Herr Kremer,

Freigabe für den Golf von Herrn Jürgen Wessel (K-JW 902, FIN WVWZZZCDZPW114470) lt. Ihrem KVA vom 30.01. über 3.412,77 € brutto. Kein Gutachten nötig. SB 300 € zieht bitte ihr beim Kunden ein.

Gruß Brenner""")

M("S", "en", "insurer-to-company", "group health enrolment: only the XLSX lists employees and dependants with birth dates",
  frm=ADDR("petersen"), to="Benefits Team Northwind Analytics <benefits@northwind-analytics.example>", date="2026-02-03 14:20",
  client="outlook", lang="en", subj="Group health plan – enrolment file Feb 2026 (corrected)",
  body="""Hi Jennifer,

attached is the corrected enrolment file with the three issues from your mail fixed (dependant of row 6, start dates of the two new joiners, plan tier for Mr Baptiste). Please check and confirm, then we'll issue the member cards.

Best,
Kai""", sig="petersen",
  att=[XLSX("Northwind_bKV_enrolment_2026-02.xlsx", {"Members": [
      ["Emp. ID", "Surname", "First name", "Relation", "Date of birth", "Plan", "Start"],
      ["NW-0142", "Baptiste", "Laurent", "employee", "1981-03-17", "Comfort + Dental", "2026-01-01"],
      ["NW-0142", "Baptiste", "Inès", "child", "2015-10-02", "Comfort", "2026-01-01"],
      ["NW-0187", "Hollis", "Grace", "employee", "1990-06-29", "Basic", "2026-02-01"],
      ["NW-0190", "Sørensen", "Mads", "employee", "1977-12-05", "Comfort", "2026-02-01"],
      ["NW-0190", "Sørensen", "Freja", "spouse", "1979-01-22", "Comfort", "2026-02-01"],
      ["NW-0199", "Petrov", "Anya", "employee", "1995-08-11", "Basic", "2026-02-01"],
  ]}, author="Kai Petersen")])

M("N", "en", "internal", "trap: controlling KPIs for health claims (cost per hospital case, claims ratio), aggregates only",
  frm=ADDR("park"), to="Management Health <mgmt-kv@versicherer.example>", date="2026-02-04 09:00", client="outlook",
  subj="Health KPIs January 2026 (flash)", lang="en",
  body="""Dear all,

January flash figures, health insurance:

KPI | Jan 2026 | Jan 2025 | plan
Claims ratio (gross) | 78.4 % | 76.9 % | 77.5 %
Avg. cost per inpatient case | EUR 6,912 | EUR 6,455 | EUR 6,700
Avg. cost per outpatient claim | EUR 241 | EUR 228 | EUR 235
Dental (incl. HKP) share | 14.1 % | 13.8 % | –
Claims processed within 10 days | 71 % | 83 % | 85 %

The processing time is the flu-season backlog (see Ralf's mail); inpatient cost is driven by two large cases > EUR 250k, which we report separately to the board.

Hannah""", sig="park", sigstyle="short")

M("S", "de", "hospital", "rehab clinic's cost coverage request forwarded internally: named patient, knee replacement, AHB",
  frm=ADDR("brandt"), to="Postkorb Stationär <stationaer@versicherer.example>", date="2026-02-04 11:38", client="outlook",
  subj="WG: Kostenübernahmeantrag AHB – Patientin Elfriede Kornmeier",
  body="""bitte Kostenzusage AHB 21 Tage raus, Tarif SP1 deckt das. Danke, GB""",
  quote=OQ("Aufnahmemanagement Reha-Zentrum Eifelblick <aufnahme@reha-eifelblick.example>", "Mittwoch, 4. Februar 2026 10:02",
           "stationaer@versicherer.example", "Kostenübernahmeantrag AHB – Patientin Elfriede Kornmeier", """Sehr geehrte Damen und Herren,

für Ihre Versicherte

Frau Elfriede Kornmeier, geb. 23.03.1944, Vers.-Nr. 4-093381-01

beantragen wir die Kostenübernahme für eine Anschlussheilbehandlung (orthopädisch) ab 09.02.2026, voraussichtlich 21 Tage, nach Implantation einer Knie-TEP links am 28.01.2026 im St. Marien-Hospital (Z96.652, M17.1).

Der Entlassbericht des Akutkrankenhauses liegt bei.

Mit freundlichen Grüßen
Aufnahmemanagement
Reha-Zentrum Eifelblick"""))

M("C", "de", "insurer-to-court", "motor liability lawsuit, named plaintiff and VN, property damage only",
  frm=ADDR("schreiber"), to="Amtsgericht Köln, Abt. 262 <poststelle@ag-koeln.justiz.example>", date="2026-02-05 13:02", client="outlook",
  subj="262 C 481/25 – Schäfer ./. Versicherer Allgemeine Versicherung AG u. a.",
  body="""In dem Rechtsstreit

Andreas Schäfer ./. 1. Bernd Quast, 2. Versicherer Allgemeine Versicherung AG

wird namens der Beklagten zu 2. und zugleich als Streithelferin des Beklagten zu 1. beantragt, die Frist zur Klageerwiderung um zwei Wochen bis zum 26.02.2026 zu verlängern.

Begründung: Das vom Kläger vorgelegte Schadengutachten (Reparaturkosten 7.840,12 € netto, Wertminderung 650,00 €) wird derzeit durch einen eigenen Sachverständigen überprüft. Personenschäden sind nicht geltend gemacht.

Der Schriftsatz wird zusätzlich über das beBPo eingereicht.

Dr. Carola Schreiber
Syndikusrechtsanwältin""")

M("N", "de", "internal", "trap: DPO note on deletion periods for medical reports, process only",
  frm=ADDR("meier"), to="Datenschutzkoordinatoren <ds-koordination@versicherer.example>", date="2026-02-05 15:40", client="outlook",
  subj="Löschkonzept: Fristen für Arztberichte, AU-Bescheinigungen, Gutachten",
  body="""Liebe Datenschutzkoordinatorinnen und -koordinatoren,

nach der Abstimmung mit Recht gilt ab 01.03. im Löschkonzept:

* Arztberichte / Befunde aus der Leistungsprüfung: 10 Jahre nach Vertragsende bzw. nach Abschluss des Leistungsfalls
* AU-Bescheinigungen (Krankentagegeld): 6 Jahre nach Zahlung (steuerliche Relevanz der Leistung)
* abgelehnte Anträge inkl. Gesundheitsangaben: 3 Jahre nach Ablehnung
* Gutachten Unfall/BU: wie Arztberichte

Die E-Akte setzt die Fristen automatisch, ihr müsst nichts tun, aber bitte keine Kopien in Outlook-Ordnern oder auf H: ablegen – die werden nicht erfasst.

Thomas Meier
Datenschutzbeauftragter""")

M("S", "de", "internal", "complaint escalation: young insured, psychotherapy refused, anxiety disorder F41.1",
  frm=ADDR("lorenz"), to=ADDR("koenig"), cc=ADDR("haas"), date="2026-02-06 09:18", client="outlook", importance="high",
  subj="Eskalation: Beschwerde Weber / PT-Ablehnung – Drohung BaFin + Presse",
  body="""Hallo Ralf,

das hier wird unangenehm, bitte bis Montag anschauen:

- VP Jonas Weber (24), mitversichert bei den Eltern, Vers.-Nr. 4-301187-03
- Antrag Psychotherapie (VT, 24 Std.) am 09.01. abgelehnt mit Verweis auf fehlende Vorab-Zusage
- Diagnose lt. Therapeutin F41.1 G, dazu Panikattacken, hat Studium unterbrochen
- Mutter hat heute angerufen, sehr aufgebracht, kündigt BaFin-Beschwerde und "Instagram" an
- Aus meiner Sicht: Vorab-Zusage war im Tarif gar nicht Pflicht (Tarif ECO-S, nicht ECO-B) → Ablehnung wohl falsch

Corinna, kannst du fachlich draufschauen? Ich würde gerne heute noch einen Zwischenbescheid schicken.

Daniela""", sig="lorenz", sigstyle="short")

M("C", "de", "insurer-to-authority", "notice to the vehicle registration office: named holder, birth date, plate, cover ended",
  frm=ADDR("engel"), to="Straßenverkehrsamt Rhein-Erft <zulassung@rhein-erft-kreis.example>", date="2026-02-06 10:55", client="system",
  mailer="VERSO Output Management 7.4",
  subj="Anzeige nach § 25 Abs. 1 FZV – Beendigung des Versicherungsverhältnisses",
  body="""Anzeige über das Nichtbestehen bzw. die Beendigung des Versicherungsverhältnisses (§ 25 FZV)

Versicherer: Versicherer Allgemeine Versicherung AG, VU-Nr. 5471
Halter: Dragan Petković, geb. 18.08.1992
Anschrift: Bergheimer Str. 212, 50226 Frechen
Kennzeichen: BM-DP 818
FIN: VF3MRHNSMHS051199
VB-Nr.: 7K3PQ2A
Ende des Versicherungsschutzes: 05.02.2026, 24:00 Uhr
Grund: Nichtzahlung des Erstbeitrags

Diese Anzeige wurde maschinell erstellt.""")

M("N", "en", "insurer-to-supplier", "trap: shredding service order for medical files, no content",
  frm=ADDR("krueger"), to="Orders SecureShred GmbH <orders@secureshred.example>", date="2026-02-09 08:31", client="outlook", lang="en",
  subj="PO 4500118842 – collection of locked bins, Cologne HQ",
  body="""Hello,

please schedule the quarterly collection for PO 4500118842:

- 38 locked 240-litre bins (health claims floors 3–5: medical invoices, doctors' reports, dental plans; life claims floor 6)
- security level P-4 / DIN 66399, destruction certificate per bin please
- preferred date: 19 or 20 February, before 10:00, loading bay B

Contact on site: Anja Richter, Facility Management, ext. -1550.

Regards,
Stefan Krüger
Procurement""")

M("S", "de", "insurer-to-company", "employer told that a named employee's group daily sickness benefit starts: reveals illness",
  frm=ADDR("petersen"), to="Personal Bäckerei Lohmann <personal@baeckerei-lohmann.example>", date="2026-02-09 12:10", client="outlook",
  subj="AW: Herr Schwarzer – Krankentagegeld ab wann?",
  body="""Hallo Frau Lohmann,

zu Ihrer Frage: Herr Dominik Schwarzer ist über den Gruppenvertrag KT-G-1180 mit Krankentagegeld ab dem 43. Tag versichert. Da er seit 22.12.2025 arbeitsunfähig ist, beginnt die Zahlung am 02.02.2026, sobald uns die Entgeltbescheinigung von Ihnen und die AU-Folgebescheinigung vorliegen.

Zur Diagnose dürfen und wollen wir Ihnen nichts sagen – bitte verweisen Sie Herrn Schwarzer bei Fragen direkt an uns.

Viele Grüße
Kai Petersen""", sig="petersen", sigstyle="short")

M("C", "en", "internal", "returned direct debit: named customer with IBAN and household policy",
  frm=ADDR("becker"), to=ADDR("morgan"), date="2026-02-09 15:47", client="outlook", lang="en",
  subj="Returned debit – please don't re-present",
  body="""James,

the bank returned this one with code MD06 (customer disputes), so please take it out of Friday's re-presentation run:

Customer: Kerstin Albers
Policy: HR-2034519 (household)
IBAN: """ + IB("DE", "370501980012345678") + """
Amount: EUR 18.40 (February premium)

She says she cancelled in December, which we haven't found yet – Lena is checking the post-room scans.

Thanks,
Hannes""", sig="becker", sigstyle="short")

M("N", "de", "internal", "trap: office move; locking cabinets with patient files mentioned generically",
  frm=ADDR("richter"), to="Leistung Stationär <stationaer-team@versicherer.example>", date="2026-02-10 11:11", client="outlook",
  subj="Umzug 4. OG am 27./28.02. – was ihr vorbereiten müsst",
  body="""Hallo zusammen,

euer Umzug vom 3. ins 4. OG steht:

Fr 27.02. ab 14 Uhr: Kisten packen, PCs abbauen (IT kommt)
Sa 28.02.: Umzugsfirma
Mo 02.03.: Start im 4. OG, Raum 4.12–4.18

Bitte beachten:
- Aktenschränke mit Krankenhausakten/Patientenunterlagen abschließen, Schlüssel an mich – die Schränke werden verschlossen transportiert
- keine losen Unterlagen in die Kisten, lieber vorher in die Datenschutztonne
- Pflanzen nehmt ihr bitte selbst mit 🙂

Anja""", sig="richter", sigstyle="short")

M("S", "de", "insurer-to-lawyer", "personal injury claim: whiplash, medical report, pain and suffering for named claimant",
  frm=ADDR("oltmanns"), to="Kanzlei Brückmann & Partner <verkehr@brueckmann-partner.example>", date="2026-02-10 14:55", client="outlook",
  subj="Ihre Mandantin Svenja Holtz – Schaden 25-KH-204471 – Schmerzensgeld",
  body="""Sehr geehrter Herr Brückmann,

wir haben das Gutachten von Dr. med. Berger vom 21.01.2026 ausgewertet. Danach hat Ihre Mandantin bei dem Auffahrunfall am 14.08.2025 eine HWS-Distorsion Grad I (S13.4) erlitten; die Beschwerden waren nach sechs Wochen abgeklungen. Die geltend gemachten Kopfschmerzen ab Oktober 2025 stehen nach dem Gutachten nicht mehr in ursächlichem Zusammenhang mit dem Unfall.

Wir bieten zur Abgeltung ein Schmerzensgeld von 1.500,00 € sowie den Haushaltsführungsschaden für 4 Wochen mit 640,00 € an. Die Physiotherapiekosten (12 Einheiten, 384,60 €) übernehmen wir.

Mit freundlichen Grüßen
Jens Oltmanns""", sig="oltmanns")

M("C", "de", "company", "property manager's owner list with IBANs pasted in a forwarded mail (premium split)",
  frm=ADDR("hartmann"), to=ADDR("becker"), date="2026-02-11 09:40", client="thunderbird",
  subj="Fwd: WEG Lindenthaler Höfe – Aufteilung Gebäudeprämie",
  body="""Hallo Hannes,

die Verwaltung möchte die Gebäudeprämie ab 2026 nicht mehr zentral, sondern je Eigentümer einziehen lassen. Geht das bei uns technisch überhaupt? Ich glaube nicht, aber du weißt es besser.

Sven
""" + FW("WEG-Verwaltung Lindner <buchhaltung@verwaltung-lindner.example>", "10.02.26 17:22", "Hartmann, Sven",
         "WEG Lindenthaler Höfe – Aufteilung Gebäudeprämie", """Sehr geehrter Herr Hartmann,

wie telefonisch besprochen die Eigentümer mit Miteigentumsanteilen und Bankverbindungen für den Einzug:

WE 1  Hr. Dr. Martin Oberholz   142/1000  """ + IB("DE", "370400440532013000") + """
WE 2  Fr. Selin Kaya            118/1000  """ + IB("DE", "370605900004471180") + """
WE 3  Eheleute Wirtz            201/1000  """ + IB("DE", "380500000091284410") + """
WE 4  Hr. Norbert Falkenberg     97/1000  """ + IB("DE", "370502990301447799") + """

Mit freundlichen Grüßen
Ute Lindner"""))

M("N", "de", "internal", "trap: process checklist for goodwill decisions with amount thresholds, no case",
  frm=ADDR("koenig"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-02-11 16:20", client="outlook",
  subj="Kulanz – ab sofort so (wegen Revision F1)",
  body="""Hallo zusammen,

nach dem Revisionsbericht gilt ab sofort:

bis 250 €      SB selbst, Begründung im Vermerk
251–1.000 €    SB + 2. SB (4-Augen), Vermerk
> 1.000 €      Freigabe TL per Mail, Mail in die E-Akte!
> 5.000 €      Bereichsleitung

Vermerk immer mit: Grund, Höhe, "ohne Anerkennung einer Rechtspflicht" im Kundenschreiben.

Freigabemails bitte ohne Diagnosen und Namen im Betreff – Fallnummer reicht.

Ralf""")

M("S", "en", "insurer-to-assessor", "commissioning a medical expert for an accident disability assessment: named insured, injuries",
  frm=ADDR("albrecht"), to="Dr. Anton Reiser – Gutachtenpraxis <gutachten@praxis-reiser.example>", date="2026-02-12 10:30",
  client="outlook", lang="en",
  subj="Expert opinion request – accident claim UV-26-00412 (Mr Erik Lindholm)",
  body="""Dear Dr Reiser,

as agreed by phone we commission you with the final disability assessment (Invalidität) under the individual accident policy of

Mr Erik Lindholm, born 02 March 1972, Swedish national living in Cologne.

Accident: 19 January 2025, fall from a ladder at home.
Injuries per hospital report: comminuted calcaneus fracture right (S92.0), open reduction and internal fixation on 21 January 2025; fracture of the left distal radius treated conservatively.
Current complaints: pain on walking > 500 m, reduced subtalar mobility.

Please assess the degree of impairment under the limb table (foot, hand) as at three years after the accident at the latest. Mr Lindholm speaks German and English. Copies of the hospital discharge letter and the X-ray findings follow via our secure portal.

Fee as per our framework agreement.

Kind regards,
Miriam Albrecht""", sig="albrecht")

M("C", "de", "internal", "legal expenses phone note: employment dismissal, named customer, salary",
  frm=ADDR("lindqvist"), to="RS-Team Arbeitsrecht <rs-arbeitsrecht@versicherer.example>", date="2026-02-12 13:13", client="outlook",
  subj="Tel. RS-4410287 – Kündigung, eilt (3-Wochen-Frist!)",
  body="""Anruf VN Thorsten Gehrke, RS-4410287, Baustein Arbeit seit 2019:

- betriebsbedingte Kündigung vom 06.02., zugegangen 07.02. → KSchK-Frist 28.02.!
- 14 J. Betriebszugehörigkeit, Maschinenbau Gehrke & Söhne (nicht verwandt lol)
- brutto 4.850 €/Monat + 13. Gehalt
- Anwalt schon da: RAin Kuhl, Bonn, schickt Deckungsanfrage heute

Bitte Deckung zügig, sonst Fristproblem. Ich bin ab 14 Uhr im Termin.

Petra""")

M("N", "en", "internal", "trap: claims digest with an anonymised case study ('a 52-year-old roofer')",
  frm=ADDR("stanek"), to="Life & Disability Claims <lv-leistung@versicherer.example>", date="2026-02-13 08:00", client="outlook", lang="en",
  subj="Claims digest #7 – what we learned from a tricky BU case",
  body="""Hi team,

this month's case study (anonymised, details changed):

A 52-year-old roofer claims BU after two shoulder operations. Occupational analysis showed he had actually been running the business for years – 70 % office, quotes, customers. So the question wasn't "can he still work on roofs", it was "can he still run the firm". Answer after the occupational assessment: yes, with adjustments → no BU.

Lessons:
1. Always ask for the real last working day profile, not the job title.
2. Self-employed: check the reorganisation option (Umorganisation) early.
3. Be transparent with the customer about why we ask.

Next digest: psychiatric claims and return-to-work support.

Oliver""")

M("S", "de", "internal", "sensitive only in the attached PDF (doctor's report) – body says only 'siehe Anhang'",
  frm=ADDR("kroeger"), to=ADDR("haas"), date="2026-02-13 11:50", client="outlook",
  subj="Befund zu 2026-KA-118834",
  body="""siehe Anhang, kam heute. Reicht das?

Sabine""",
  att=[PDF("Scan_20260213_114712.pdf", [
      ("h", "Neurologische Gemeinschaftspraxis Dr. Adebayo / Dr. Lenz"),
      "Hohenstaufenring 30, 50674 Köln",
      ("h", "Befundbericht", 2),
      "Patientin: Gisela Hartwig, geb. 03.07.1958",
      "Diagnosen: Multiple Sklerose, schubförmig-remittierender Verlauf (G35.0 G), Erstdiagnose 2011; spastische Paraparese der Beine, Blasenstörung.",
      "Verlauf: letzter Schub 09/2025 mit Gangverschlechterung, Kortison-Stoßtherapie. Aktuell unter Ocrelizumab. EDSS 4,5.",
      "Therapieempfehlung: dauerhafte Physiotherapie auf neurophysiologischer Grundlage 2x wöchentlich, ergänzend manuelle Lymphdrainage. Ohne fortlaufende Therapie ist eine rasche Verschlechterung der Gehfähigkeit zu erwarten.",
      "Köln, 10.02.2026",
      "Dr. med. Folake Adebayo, Fachärztin für Neurologie",
  ], title="Befundbericht", author="Praxis Adebayo/Lenz", producer="Canon iR-ADV C5840 PDF")])

M("N", "de", "insurer-to-partner", "trap: association survey on sharing agreements and fraud indicators, aggregates",
  frm=ADDR("wolff"), to="GDV Arbeitskreis Regress <ak-regress@verband.example>", date="2026-02-16 10:05", client="outlook",
  subj="Umfrage TA-Praxis 2025 – Rückmeldung Versicherer",
  body="""Sehr geehrte Frau Dr. Hahn,

unsere Antworten zur Umfrage:

1. Anzahl Teilungsabkommen mit GKV-Trägern: 14 (davon 3 mit Limit 60 T€)
2. Fälle 2025 gesamt: 446, Ø Forderung 9.940 €
3. Anteil Fälle mit Streit über die Unfallkausalität: ca. 6 %
4. Auffälligkeiten/Betrugsindikatoren: mehrfach dieselbe Physiopraxis bei Bagatellunfällen (regional), keine Auffälligkeit bei Krankenhausfällen
5. Digitaler Austausch: derzeit per Papier/Fax, Pilot mit strukturiertem Datensatz gewünscht

Gern stehen wir für den Workshop im April zur Verfügung.

Mit freundlichen Grüßen
Dennis Wolff""", sig="wolff")

M("C", "de", "insurer-to-assessor", "motor assessor order: named VN, address, plate, damage, no injury",
  frm=ADDR("brenner"), to="Kfz-Sachverständigenbüro Nowak <auftraege@sv-nowak.example>", date="2026-02-16 14:30", client="outlook",
  subj="Gutachtenauftrag 26-KF-006011",
  body="""Hallo Herr Nowak,

bitte Besichtigung:

VN: Sabine Terhorst, Merowingerstr. 55, 50677 Köln, mobil 0160 9981 2204
Fzg.: BMW 318d Touring, K-ST 3090, EZ 04/2021
Schaden: Wildunfall (Reh) 14.02. auf der L 183, Front + Motorhaube, fahrbereit
Standort: zu Hause in der Tiefgarage, Termin direkt mit Kundin

Teilkasko, SB 150. Wildschadenbescheinigung Jäger liegt vor.

Gruß
M. Brenner""")

M("N", "en", "internal", "trap: IT ticket about portal uploads of hospital bills failing, no customer data",
  frm="IT Service Desk <servicedesk@versicherer.example>", to=ADDR("kowalski"), date="2026-02-17 09:12", client="system",
  mailer="ServiceNow", lang="en",
  subj="INC0118842 updated: Portal upload fails for PDFs > 20 MB",
  body="""Incident INC0118842 has been updated.

Short description: Portal upload fails for PDFs > 20 MB (customers sending hospital bills / scanned reports)
State: In Progress
Assignment group: Portal Operations
Priority: 3 – Moderate

Work note (Lukas Hoffmann):
Reproduced with a 23 MB test PDF. The reverse proxy limit is 20 MB, the portal allows 25 MB. Change CHG0031207 raises the proxy limit to 30 MB on Thursday. Workaround for customers: split the file or upload page by page.

Please do not attach customer documents to this ticket.

To view the incident, open the service portal.""")

M("S", "de", "internal", "terse note on a care-level assessment for long-term care daily allowance: named insured, Pflegegrad 3",
  frm=ADDR("yilmaz"), to="Postkorb Pflege <pflege@versicherer.example>", date="2026-02-17 15:28", client="outlook",
  subj="PTG 5-440718 Horstmann – PG 3 ab 01.01.",
  body="""VP: Hildegard Horstmann
GebDat: 29.10.1937
Vertrag: PTG 5-440718-01 (Pflegetagegeld, 100 % ab PG 2)
MD-Gutachten vom 27.01.: PG 3 ab 01.01.2026 (vorher PG 2), Demenz mittelgradig, Sturzneigung
Leistung: Erhöhung PTG auf Stufe PG 3 rückwirkend ab 01.01., Nachzahlung Jan/Feb 2 x 690 €
Konto wie bisher (Betreuerin Tochter)

bitte anweisen, Schreiben an Betreuerin geht von mir raus. FY""")

# ---------------------------------------------------------------- batch 3

M("N", "de", "internal", "trap: project note on the electronic sick-note (eAU) process, no person",
  frm=ADDR("raman"), to="Projekt eAU <proj-eau@versicherer.example>", date="2026-02-18 09:05", client="outlook",
  subj="eAU für PKV-Versicherte – Ergebnis Workshop 17.02.",
  body="""Hallo zusammen,

kurzes Protokoll von gestern:

1. Die eAU der Ärzte geht nur an GKV/Arbeitgeber. PKV-Versicherte bekommen weiterhin Papier – für KT brauchen wir also weiter den Upload im Portal bzw. Post.
2. Idee: Upload-Strecke "AU-Bescheinigung" mit Pflichtfeldern Beginn/Ende, ohne Diagnosefeld (brauchen wir für KT nicht, und Datensparsamkeit).
3. Verband prüft eine Branchenlösung, frühestens 2027.
4. Offene Frage an Recht: dürfen wir AU-Daten vom Arbeitgeber annehmen, wenn der Versicherte zustimmt?

Nächster Termin 10.03., Einladung folgt.

Priya""")

M("C", "en", "insurer-to-company", "named-driver fleet policy: CSV of drivers with birth dates and licence dates",
  frm=ADDR("jansen"), to="Fleet Office Kellner Logistics <fleet@kellner-logistics.example>", date="2026-02-18 11:44", client="outlook",
  subj="Named drivers list – please review before renewal 01/04",
  body="""Dear Mr Ashworth,

for the renewal of FL-30871 on 1 April we need the named-driver list to be up to date. Attached is what we currently have. Please mark leavers and add new drivers (date of birth and licence date are required – drivers under 23 or with less than two years' licence change the rate).

Kind regards,
Mareike Jansen""", sig="jansen",
  att=[CSV("FL-30871_named_drivers.csv", [
      ["Driver", "Date of birth", "Licence since", "Vehicle", "Plate"],
      ["Owen Ashworth", "1969-02-14", "1987-05", "Mercedes Sprinter", "D-KL 401"],
      ["Dariusz Wojcik", "1984-07-30", "2003-11", "Mercedes Sprinter", "D-KL 402"],
      ["Lea Brinkmann", "2003-09-18", "2022-01", "VW Crafter", "D-KL 415"],
      ["Rafael Moreno", "1991-12-03", "2010-06", "VW Crafter", "D-KL 416"],
      ["Timo Schuster", "1978-04-25", "1996-08", "Ford Transit", "D-KL 420"],
  ], sep=",")])

M("S", "de", "company", "employer reports an occupational accident of a named employee to group accident, forwarded",
  frm=ADDR("petersen"), to=ADDR("albrecht"), date="2026-02-18 14:02", client="outlook",
  subj="WG: Unfallmeldung Mitarbeiter – Gruppenunfall GU-55180",
  body="""Miriam, Unfallmeldung aus dem Gruppenvertrag Müller Logistik, bitte bei dir anlegen. Die BG-Meldung hat die Firma separat gemacht.

Kai""",
  quote=OQ("Kessler, Tanja <t.kessler@mueller-logistik.example>", "Mittwoch, 18. Februar 2026 12:47", "Petersen, Kai",
           "Unfallmeldung Mitarbeiter", """Hallo Herr Petersen,

leider ein Unfall gestern im Lager Niederkassel:

Jan Hoffmeister (geb. 27.08.2001) hat sich beim Abladen die rechte Hand zwischen Palette und Rampe eingeklemmt. Er war im KH Porz, Diagnose lt. D-Arzt: Quetschung Mittel- und Ringfinger rechts, Fraktur Endglied Ringfinger. Er ist voraussichtlich 4 Wochen krank.

Was brauchen Sie noch von uns?

Gruß
Tanja Kessler"""))

M("N", "en", "internal", "trap: board deck draft on health fraud patterns, aggregate figures only",
  frm=ADDR("park"), to=ADDR("koenig"), cc="Special Investigations <siu@versicherer.example>", date="2026-02-19 17:10", client="thunderbird",
  subj="Draft slides: fraud patterns health 2025 (for board 03/03)",
  body="""Hi Ralf,

draft storyline for the board slot, please comment by Monday:

Slide 1 – 2025 in numbers: 1,312 suspicious claims flagged, 214 confirmed, EUR 2.9m saved
Slide 2 – patterns: (a) invoices from "cosmetic" clinics coded as medically necessary surgery, (b) repeated physio prescriptions from the same two practices, (c) foreign hospital invoices with inflated daily rates
Slide 3 – tools: OCR + rule engine, network analysis pilot
Slide 4 – asks: one more FTE in SIU, data-sharing via the association's HIS

No individual cases on the slides, as usual – if the board asks for examples we use the anonymised ones from SIU's annual report.

Hannah""")

M("C", "de", "insurer-to-lawyer", "tenancy legal expenses cover confirmation: named customer, landlord dispute, policy no.",
  frm=ADDR("lindqvist"), to="RAin Meike Kuhl <kanzlei@ra-kuhl.example>", date="2026-02-19 10:27", client="outlook",
  subj="Deckungszusage RS-3908124 – Ihr Mandant Tarek Haddad ./. Vermieterin",
  body="""Sehr geehrte Frau Kuhl,

für Ihren Mandanten Herrn Tarek Haddad, Rechtsschutzversicherung RS-3908124 (Privat-, Berufs- und Wohnungsrechtsschutz), erteilen wir Deckungszusage für die außergerichtliche Interessenwahrnehmung wegen der Nebenkostenabrechnung 2024 (Nachforderung 1.184,32 €) gegenüber der Vermieterin Wohnbau Ostheim GmbH.

Selbstbeteiligung: 150 €.

Für ein gerichtliches Verfahren bitten wir um erneute Anfrage mit Klageentwurf.

Mit freundlichen Grüßen
Petra Lindqvist""", sig="lindqvist")

M("N", "de", "internal", "trap: rejection letter template with «placeholders» for name and diagnosis (DOCX)",
  frm=ADDR("koenig"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-02-20 08:40", client="outlook",
  subj="Neuer Textbaustein Ablehnung med. Notwendigkeit (TB-KV-117)",
  body="""Hallo zusammen,

anbei der überarbeitete Baustein, abgestimmt mit Recht und Corinna. Ab Montag in der Textverarbeitung, bis dahin bitte diesen nehmen. Wichtig ist der neue Absatz zum Gutachterverfahren.

Ralf""",
  att=[DOCX("TB-KV-117_Ablehnung_med_Notwendigkeit.docx", [
      ("h", "TB-KV-117 – Ablehnung wegen fehlender medizinischer Notwendigkeit"),
      "Sehr geehrte«r» «Anrede» «Nachname»,",
      "wir haben die eingereichte Rechnung vom «Rechnungsdatum» über «Betrag» € für «versicherte Person» sorgfältig geprüft. Unsere beratende Ärztin / unser beratender Arzt ist zu dem Ergebnis gekommen, dass die Behandlung «Behandlung» bei der angegebenen Diagnose «Diagnose in Worten» nicht medizinisch notwendig im Sinne von § 1 Abs. 2 MB/KK war.",
      "Die Gründe: «Begründung beratungsärztliche Stellungnahme – in verständlicher Sprache, keine ICD-Codes allein»",
      "Wenn Sie anderer Meinung sind, können Sie uns eine Stellungnahme Ihrer behandelnden Ärztin / Ihres behandelnden Arztes schicken. Sie können außerdem den Ombudsmann Private Kranken- und Pflegeversicherung anrufen oder ein Gutachterverfahren nach § 14 der Bedingungen beantragen.",
      "Mit freundlichen Grüßen",
      ("small", "Hinweis für die Sachbearbeitung: Platzhalter vollständig ersetzen. Baustein nicht verwenden bei Psychotherapie (TB-KV-121) und Hilfsmitteln (TB-KV-130)."),
  ], author="Ralf König")])

M("S", "de", "insurer-to-insurer", "request to a previous health insurer about a named applicant's prior cover and exclusions",
  frm=ADDR("nguyen"), to="Vertragsservice Hanse Krankenversicherung <vertrag@hanse-kv.example>", date="2026-02-20 13:15", client="outlook",
  subj="Anfrage Vorversicherung – Antragsteller Lukas Brandstätter, geb. 11.06.1989",
  body="""Sehr geehrte Damen und Herren,

Herr Lukas Brandstätter, geb. 11.06.1989, wohnhaft Aachener Str. 301, 50933 Köln, hat bei uns eine private Krankheitskostenvollversicherung ab 01.04.2026 beantragt und gibt an, bei Ihnen vom 01.01.2019 bis 31.03.2026 (Vers.-Nr. HK 88.104.772) vollversichert zu sein.

Die Einwilligung des Antragstellers zur Anfrage liegt uns vor (Anlage im Portalpostfach). Bitte bestätigen Sie uns

1. die Vorversicherungszeiten,
2. ob Risikozuschläge oder Leistungsausschlüsse vereinbart waren,
3. den Übertragungswert nach § 204 VVG.

Mit freundlichen Grüßen
Minh Nguyen
Antragsbearbeitung Kranken""")

M("C", "de", "insurer-to-company", "property manager: named tenant caused water damage, liability recourse, flat address",
  frm=ADDR("schmitz"), to="Hausverwaltung Rheinblick <technik@hv-rheinblick.example>", date="2026-02-20 15:55", client="outlook",
  subj="AW: Sülzgürtel 88 – Verursacher / Regress",
  body="""Hallo Herr Brandl,

danke für die Info. Wenn die Waschmaschine von Herrn Okonkwo (3. OG links) ohne Aquastop lief und der Schlauch geplatzt ist, nehmen wir ggf. Regress bei dessen Haftpflichtversicherung. Können Sie uns bitte Namen der Versicherung bzw. Vers.-Nr. des Mieters besorgen? Die Mieter müssen uns die nicht direkt geben, aber meistens klappt es über die Verwaltung.

Schadenhöhe bisher (Trocknung + Leckortung + Malerarbeiten 2. OG): ca. 11.400 €.

Viele Grüße
Birgit Schmitz""", sig="schmitz", sigstyle="short",
  quote=Q("""Hallo Frau Demir,
der Installateur sagt, der Zulaufschlauch der Waschmaschine im 3. OG ist geplatzt, kein Aquastop.
Gruß Brandl"""))

M("N", "de", "internal", "trap: carnival office closing, office life",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", date="2026-02-10 12:00", client="outlook",
  subj="Weiberfastnacht: Dienstschluss 11:11 Uhr",
  body="""Liebe Kolleginnen und Kollegen,

wie jedes Jahr: Am Donnerstag, 12.02. (Weiberfastnacht), endet der Dienst um 11:11 Uhr. Die Hotline ist bis 16 Uhr mit der Notbesetzung erreichbar (Einteilung über die Teamleitungen).

Rosenmontag ist kein Feiertag – wer frei möchte, nimmt bitte Urlaub oder Gleitzeit.

Achtung Krawatten! 🎭

Euer Personalteam""")

M("S", "en", "internal", "travel health claim: dengue fever and medical evacuation of a named insured from Thailand",
  frm=ADDR("seidel"), to=ADDR("whitfield"), cc=ADDR("haas"), date="2026-02-23 07:58", client="mobile",
  subj="Dengue case Koh Samui – need your evacuation contacts", lang="en",
  body="""Emma – travel health case came in over the weekend, assistance has it but they want our OK for the air ambulance:

insured: Birte Sandvoss, 34, annual travel policy RK-7712049
dengue fever with warning signs, platelets 28,000, in Bangkok Hospital Samui since Friday
treating doctor wants transfer to Bangkok, family wants repatriation to Cologne
quote air ambulance to CGN EUR 68,000

Can you ask your network who can do it cheaper, and Corinna whether she's fit to fly at all? I'm in the office from 9.

Ines""")

M("N", "en", "insurer-to-partner", "trap: auditors' request for a claims sample; data to go via data room only",
  frm=ADDR("morgan"), to="Audit Team <versicherer-audit@bigfour-audit.example>", date="2026-02-23 10:30", client="outlook", lang="en",
  subj="RE: PBC list item 14 – claims sample",
  body="""Hi Sarah,

regarding PBC item 14 (sample of 25 health and 15 life claims paid in Q4): we can't send the claim files by e-mail because they contain medical data. The files will be made available in the data room from Wednesday, pseudonymised where the test allows it; for the four claims where you need to see the original invoice, your team can look at them on site in our office.

Sample selection: please send us the claim IDs from your random draw, nothing else is needed.

Best,
James""", sig="morgan", sigstyle="short")

M("C", "en", "insurer-to-company", "property manager (international fund): damage in a named tenant's flat, building policy",
  frm=ADDR("hartmann"), to="Asset Management Lakeview RE Fund <pm.germany@lakeview-re.example>", date="2026-02-24 09:15", client="outlook", lang="en",
  subj="Claim 26-GB-000314 – Venloer Str. 140, flat 2.07",
  body="""Dear Ms Okafor-Reed,

we have received the report of the fire damage in flat 2.07 (tenant: Mr Henrik Vollmer) on 21 February. According to the fire brigade, a pan left on the stove caused the fire; the kitchen and the corridor of the flat are affected, the staircase only by smoke.

Next steps under the buildings policy BG-8812044:
1. Loss adjuster Mr Kaya (Brandschaden-Service West) will inspect on Thursday 10:00 – please arrange access.
2. The tenant's contents are not covered by your policy.
3. We will check recourse against the tenant's liability insurer once the report is in; please send us the tenancy agreement.

Kind regards,
Sven Hartmann""", sig="hartmann", sigstyle="short")

M("S", "de", "insurer-to-hospital", "dental implant invoice audit at a university clinic: named patient, GOZ positions, teeth",
  frm=ADDR("wendland"), to="Abrechnung MKG Uniklinik <abrechnung-mkg@uniklinik.example>", date="2026-02-24 11:40", client="outlook",
  subj="Ihre Rechnung MKG-2026-00871 / Patientin Agnieszka Wróbel",
  body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung MKG-2026-00871 vom 09.02.2026 (Patientin Agnieszka Wróbel, geb. 30.05.1976) haben wir zwei Rückfragen:

1. GOZ 9010 (Implantatinsertion) ist für regio 36 und 37 abgerechnet, der vorab eingereichte HKP sah nur regio 36 vor. Bitte Begründung / OP-Bericht.
2. GOZ 9100 (Sinusbodenelevation) im Unterkiefer ist nicht plausibel – vermutlich ein Tippfehler?

Die übrigen Positionen (u. a. GOÄ 2700 Knochenentnahme, Material) sind unstrittig; den unstrittigen Teil von 3.118,40 € haben wir an die Patientin erstattet.

Mit freundlichen Grüßen
Tobias Wendland""", sig="wendland")

M("N", "de", "internal", "trap: job ad for claims handlers with medical background",
  frm=ADDR("weiss"), to=ADDR("koenig"), date="2026-02-24 14:00", client="outlook",
  subj="Stellenanzeige Sachbearbeitung Leistung KV – bitte freigeben",
  body="""Hallo Ralf,

hier der Text für die zwei Stellen, geht Freitag online, wenn du ok sagst:

---
Sachbearbeiter:in Leistungsprüfung Krankenversicherung (m/w/d), Köln, unbefristet, Teilzeit möglich

Was du machst: Arzt- und Krankenhausrechnungen, Heil- und Hilfsmittel, Zahnersatz prüfen; Kund:innen am Telefon beraten; mit unseren Beratungsärzt:innen zusammenarbeiten.
Was du mitbringst: Ausbildung als MFA, ZFA, Pflegefachkraft oder Kaufleute für Versicherungen und Finanzanlagen; GOÄ/GOZ-Kenntnisse sind ein Plus; Freude am Umgang mit Menschen in schwierigen Lebenslagen.
Was wir bieten: 38-Std.-Woche, Homeoffice bis 60 %, Tarif Versicherungen, JobRad.
---

Gehaltsband schreibe ich nicht rein, wie besprochen.

Nadine""")

M("C", "de", "internal", "recourse against a named tenant after a candle fire, liability insurer, address",
  frm=ADDR("wolff"), to=ADDR("demir"), date="2026-02-25 09:48", client="outlook",
  subj="Regress 25-WG-011820 Brand Kerze – Mieter Stefan Ruland",
  body="""Hi Aylin,

zu deinem Brandschaden (Wohngebäude, VN Eheleute Kaminski, Deutzer Freiheit 7):

- Verursacher Mieter Stefan Ruland, 1. OG, Kerze auf Fensterbank, lt. Feuerwehr "grob fahrlässig" angekreuzt
- Mieter hat PHV bei der Nordlicht Versicherung, SchadenNr dort NL-25-77410
- unser Aufwand bis jetzt 23.870,15 €
- Regressverzicht nach Abkommen greift bei grober Fahrlässigkeit nicht → ich mache den Regress auf

Brauch von dir nur noch die Schlussrechnung Maler. Danke!

Dennis""")

M("S", "de", "company", "employer reports death of an employee for group life, forwarded as attached message",
  frm=ADDR("paulsen"), to="Leistung Leben <lv-leistung@versicherer.example>", date="2026-02-25 13:30", client="outlook",
  subj="WG: Todesfall Mitarbeiter – Gruppen-Risikoleben GRL-2019-044",
  body="""Hallo zusammen,

traurige Nachricht aus einem Gruppenvertrag, Originalmail anbei. Bitte Leistungsfall anlegen, Bezugsrecht laut Vertrag: Ehegatte, sonst Kinder. Ich melde mich bei der Firma, sobald ihr die Unterlagenliste habt.

Henrik Paulsen""", sig="paulsen", sigstyle="short",
  att=[EML(INNER("Geschäftsführung Elektro Brügge GmbH <info@elektro-bruegge.example>", "Paulsen, Henrik <henrik.paulsen@versicherer.example>",
                 "Todesfall Mitarbeiter", "2026-02-24 19:12", """Sehr geehrter Herr Paulsen,

wir müssen Ihnen mitteilen, dass unser langjähriger Mitarbeiter Ralf Gosewinkel (geb. 08.01.1968) am 20.02.2026 verstorben ist. Er hatte einen Herzinfarkt zuhause, der Notarzt konnte nichts mehr tun.

Herr Gosewinkel war über die Gruppen-Risikolebensversicherung versichert. Seine Frau, Petra Gosewinkel, wird sich wegen der Auszahlung bei Ihnen melden. Die Sterbeurkunde liegt uns in Kopie vor.

Was benötigen Sie noch von uns? Das Jahresgehalt lag bei 52.400 €.

Mit freundlichen Grüßen
Martin Brügge
Geschäftsführer""", "<a1c0e7d2.bruegge.20260224@elektro-bruegge.example>"), "Todesfall Mitarbeiter.eml")])

M("N", "de", "internal", "trap: data-protection training quiz results by department, percentages only",
  frm=ADDR("meier"), to="Führungskräfte <fuehrungskraefte@versicherer.example>", date="2026-02-26 10:15", client="outlook",
  subj="Datenschutz-Pflichtschulung 2025: Teilnahme und Quiz-Ergebnisse",
  body="""Liebe Führungskräfte,

die Pflichtschulung ist abgeschlossen. Teilnahmequote und Quiz (10 Fragen, u. a. "Darf ich einen Arztbericht an meine private Mail schicken?" – Nein!):

Bereich           Teilnahme   Ø richtig   schwächste Frage
Leistung KV       97 %        8,4         Q7 Gesundheitsdaten im Betreff
Leistung Leben    95 %        8,1         Q4 Auskunft an Angehörige
Schaden Sach/Kfz  91 %        7,7         Q7
Vertrieb          84 %        7,2         Q2 Einwilligung
IT                99 %        8,9         Q9

Wer noch fehlt, bekommt nächste Woche eine persönliche Erinnerung – die Namen gehen nur an die jeweilige Führungskraft, nicht in diesen Verteiler.

Thomas Meier""")

M("C", "de", "insurer-to-craftsman", "glazier invoice check: named VN, insured address, household glass policy",
  frm=ADDR("demir"), to="Glaserei Wintrich <buero@glaserei-wintrich.example>", date="2026-02-26 15:02", client="thunderbird",
  subj="Ihre Rechnung 2026-0219 – Glasbruch bei Frau Lenzen",
  body="""Guten Tag Herr Wintrich,

Ihre Rechnung 2026-0219 für die Terrassentür bei unserer Versicherungsnehmerin Frau Hannelore Lenzen, Im Weidenbruch 13, 51061 Köln (Glasversicherung GL-551039), haben wir geprüft.

Zahlen werden wir 1.287,40 € brutto. Die Position "Notverglasung Wochenendzuschlag" (180 €) können wir nicht übernehmen, der Schaden wurde am Dienstag gemeldet und am Mittwoch repariert.

Den Betrag überweisen wir direkt an Sie.

Freundliche Grüße
Aylin Demir""")

M("N", "en", "internal", "trap: agenda for the fraud working group with generic red flags, no cases",
  frm="Special Investigations <siu@versicherer.example>", to="Fraud WG <fraud-wg@versicherer.example>", date="2026-02-27 08:20", client="outlook", lang="en",
  subj="Fraud working group 12 March – agenda",
  body="""Hi all,

agenda for 12 March, room 2.03 / Teams:

1. Motor: staged accidents with rental cars – new indicators from the association
2. Health: invoices for "IGeL" services relabelled as GOÄ positions; repeated identical physio prescriptions
3. Property: burglary claims with receipts from the same online shop
4. Travel: cancellation certificates from one particular clinic abroad
5. AOB

Please bring patterns and numbers, not customer files. If you need to discuss a concrete case, book a separate slot with SIU.

SIU team""")

M("S", "de", "internal", "accident claim question to the medical adviser: degree of disability, typos, terse",
  frm=ADDR("albrecht"), to=ADDR("haas"), date="2026-02-27 11:03", client="outlook",
  subj="UV-25-01177 – Invaliditätsgrad Schulter?",
  body="""Hallo Corinna,

kurz, bevor ichs falsch mache:

VP: Waltraud Esser, 67
Unfall 12.03.2025 Sturz Glatteis, Humeruskopffraktur re (S42.2), OP Platte
Gutachten Dr. Reiser: Armwert 3/10 wg. Bewegungseinschränkung, ABER Vorschaden re Schulter (Rotatorenmanchette 2019, steht im HA-Bericht)
Mitwirkung Vorschaden lt. GA "ca 30%" - muss ich dann 3/10 Armwert x 70% rechnen?? oder erst ab 25% Schwelle?

danke dir, Miriam""")

M("C", "en", "internal", "ZIP with a CSV of returned direct debits: customers' names, IBANs, motor/household policies",
  frm=ADDR("becker"), to="Premium Collection <inkasso-team@versicherer.example>", date="2026-03-02 08:05", client="outlook", lang="en",
  subj="Returned debits February – work list",
  body="""Morning all,

attached the work list of returned direct debits from February (only property/motor – the health and life ones are in the KV/LV queue as usual). Please split as discussed: A–K Anna, L–Z Marco.

Password for the zip as always by Teams.

Hannes""",
  att=[ZIP("Ruecklastschriften_2026-02.zip", [CSV("RL_2026-02.csv", [
      ["Name", "Policy", "Line", "IBAN", "Amount", "Reason"],
      ["Albers, Kerstin", "HR-2034519", "Household", IB("DE", "370501980012345678", 0), "18.40", "MD06"],
      ["Bayraktar, Emin", "KF-7730-8812-1", "Motor", IB("DE", "300500000008816633", 0), "71.22", "AC04"],
      ["Jovanović, Mila", "PH-0091127", "Liability", IB("DE", "370400440532013000", 0), "6.90", "AM04"],
      ["Sturm, Patrick", "KF-7729-1044-0", "Motor", IB("DE", "100100100000612345", 0), "102.45", "MS03"],
  ], sep=",")])])

M("N", "de", "insurer-to-supplier", "trap: bulk order of height-adjustable desks for staff with back problems, no names",
  frm=ADDR("krueger"), to="Objekteinrichtung Bürowelt <vertrieb@buerowelt.example>", date="2026-03-02 13:20", client="outlook",
  subj="Anfrage 40 höhenverstellbare Schreibtische",
  body="""Sehr geehrter Herr Lang,

im Rahmen unseres Gesundheitsmanagements (Rückenprogramm mit dem Betriebsarzt) möchten wir 40 elektrisch höhenverstellbare Schreibtische beschaffen:

- 160 x 80 cm, Memory-Funktion, Kabelwanne
- Dekor Weiß oder Lichtgrau
- Lieferung und Montage Köln, 4.–6. OG, in zwei Tranchen (April / Juni)
- Entsorgung der Altmöbel optional anbieten

Die Zuordnung zu den Arbeitsplätzen erfolgt intern; Sie brauchen dafür keine Namen.

Angebot bitte bis 20.03.

Mit freundlichen Grüßen
Stefan Krüger""", sig="krueger")

M("S", "en", "hospital", "HTML-only forwarded invoice from a foreign hospital: named patient, procedures, diagnosis",
  frm=ADDR("whitfield"), to=ADDR("celik"), date="2026-03-03 09:33", client="outlook", lang="en",
  subj="FW: Final invoice – Inpatient 44019 (Zürich)",
  html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Emre, Swiss invoice for our expat member, can you check the tariff positions? I think the private room surcharge is higher than agreed.</p>
<p>Emma</p>
<hr>
<p><b>From:</b> Patient Billing, Klinik Seefeld Zürich &lt;billing@klinik-seefeld.example&gt;<br>
<b>Sent:</b> 2 March 2026 16:10<br>
<b>Subject:</b> Final invoice – Inpatient 44019</p>
<p>Dear Sir or Madam,</p>
<p>please find below the final invoice for your member.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Patient</th><td>Mr Julian Ferreira-Maas, DOB 09.11.1980</td></tr>
<tr><th>Policy</th><td>IH-209931</td></tr>
<tr><th>Stay</th><td>23.02.2026 – 28.02.2026</td></tr>
<tr><th>Main diagnosis</th><td>I21.4 Non-ST elevation myocardial infarction</td></tr>
<tr><th>Procedure</th><td>Coronary angiography, PCI with 2 drug-eluting stents (RIVA)</td></tr>
<tr><th>SwissDRG F24B</th><td>CHF 21,480.00</td></tr>
<tr><th>Private room supplement (5 nights)</th><td>CHF 4,750.00</td></tr>
<tr><th>Total</th><td><b>CHF 26,230.00</b></td></tr>
</table>
<p>Payment within 30 days to the account stated on the enclosed paper invoice.</p>
<p>Kind regards<br>Patient Billing</p>
</body></html>
""")

M("N", "de", "internal", "trap: HR sickness-absence rate per department, small departments merged, no names",
  frm=ADDR("weiss"), to="Betriebliches Gesundheitsmanagement <bgm@versicherer.example>", date="2026-03-03 14:45", client="outlook",
  subj="Gesundheitsquote 2025 je Bereich (für BGM-Steuerkreis)",
  body="""Hallo zusammen,

für den Steuerkreis am Donnerstag die Krankenquote 2025 (Tage AU / Soll-Arbeitstage), Bereiche < 20 MA zusammengefasst:

| Bereich | MA | Quote 2024 | Quote 2025 |
|---|---|---|---|
| Leistung KV | 118 | 6,9 % | 7,8 % |
| Leistung Leben/BU | 41 | 5,2 % | 5,0 % |
| Schaden Sach/Kfz/HP | 96 | 6,1 % | 6,4 % |
| Kundenservice | 73 | 8,3 % | 9,1 % |
| IT | 64 | 3,9 % | 4,2 % |
| Stab/sonstige (zusammengefasst) | 55 | 4,4 % | 4,0 % |

Langzeiterkrankungen > 6 Wochen sind enthalten; BEM-Fälle weise ich wie immer nicht einzeln aus.

Nadine""")

M("C", "de", "insurer-to-authority", "police request about a burglary: named victim (VN), address, stolen items, household claim",
  frm=ADDR("demir"), to="Polizeipräsidium Köln KK 31 <kk31.koeln@polizei.example>", date="2026-03-04 10:20", client="outlook",
  subj="Ihr Az. 310000-004417-26/7 – Wohnungseinbruch Fam. Oduya",
  body="""Sehr geehrter Herr Kriminalhauptkommissar Weber,

zu Ihrer Anfrage vom 27.02. bestätigen wir, dass uns der Einbruch in die Wohnung unserer Versicherungsnehmer Herrn und Frau Chinedu und Amara Oduya, Neusser Str. 418, 50733 Köln, am 16.02.2026 als Hausratschaden (HR-2290471, Schaden 26-HR-001544) gemeldet wurde.

Die uns eingereichte Stehlgutliste (u. a. MacBook Pro Seriennummer C02FK3XZMD6T, Goldkette, Bargeld 350 €) übersenden wir Ihnen auf Ihren Wunsch über unser sicheres Postfach. Weitere Unterlagen geben wir nur mit Einwilligung unserer Kunden oder auf Beschluss heraus.

Mit freundlichen Grüßen
Aylin Demir""", sig="demir")

# ---------------------------------------------------------------- batch 4

M("S", "en", "internal", "terse pre-authorisation question: named expat, suspected herniated disc, MRI",
  frm=ADDR("whitfield"), to=ADDR("haas"), date="2026-03-04 08:12", client="outlook",
  subj="quick one – MRI pre-auth Singapore",
  body="""Corinna, need a yes/no by lunch please:

member Hiroshi Tanabe-Kraus, IH-211470, DOB 1979-05-06
Mount Elizabeth, lumbar MRI requested, radiating pain L leg 3 weeks, GP suspects L5/S1 herniated disc (M51.1), failed physio x 6
cost SGD 1,450

I'd approve. OK?

E.""")

M("N", "de", "internal", "trap: lost key of the file room for hospital files, office life",
  frm=ADDR("brandt"), to="Leistung Stationär <stationaer-team@versicherer.example>", date="2026-03-04 16:40", client="mobile",
  subj="Schlüssel Aktenraum 3.09??",
  body="""Hat jemand den Schlüssel vom Aktenraum (Krankenhausakten Altbestand) mitgenommen? Hängt nicht am Brett. Bitte bis morgen zurück, sonst muss ich Anja Bescheid geben und das Schloss wird getauscht.

Gerrit""")

M("C", "en", "insurer-to-company", "leasing company: total loss settlement, named lessee, plate, VIN, no injuries",
  frm=ADDR("brenner"), to="Remarketing & Claims, AutoLease Europe <claims.de@autolease-eu.example>", date="2026-03-05 10:05", client="outlook", lang="en",
  subj="Total loss – contract AL-DE-5540981 / lessee Ms Nadja Kühn",
  body="""Dear Sir or Madam,

re your leased Tesla Model 3, plate K-NK 2024, VIN 5YJ3E7EB9NF318844, lessee Ms Nadja Kühn:

Our assessor has declared a total loss (repair EUR 31,400 vs. replacement value EUR 27,900, residual value EUR 9,150 – highest bid attached in the portal). As the lessor you are entitled to the payment under the comprehensive cover, less the EUR 500 deductible which we will claim from Ms Kühn.

Please confirm the outstanding lease balance and your bank details on company letterhead. Nobody was injured in the accident.

Kind regards,
Markus Brenner""", sig="brenner", sigstyle="short")

M("S", "de", "insurer-to-company", "group health (bKV) leavers list to employer – health line, names and staff numbers only",
  frm=ADDR("petersen"), to="Personalabteilung Müller Logistik <personal@mueller-logistik.example>", date="2026-03-05 13:50", client="outlook",
  subj="bKV Abgänge 31.03. – bitte bestätigen",
  body="""Hallo Frau Kessler,

bitte kurz bestätigen, dann buche ich aus der bKV (Vertrag BKV-55181) zum 31.03. aus:

PersNr 2211 – Wieland, Sarah
PersNr 2087 – Çetin, Murat
PersNr 1944 – Pfeiffer, Rolf (Rente)

Herr Pfeiffer kann die Zahnzusatz privat weiterführen (Fortsetzungsrecht ohne Gesundheitsprüfung), das Formular schicke ich ihm direkt, wenn Sie mir seine Privatadresse geben.

Gruß
Kai Petersen""")

M("N", "de", "internal", "trap: batch payment run report for health refunds, totals only",
  frm="Batch-Monitoring <batch@versicherer.example>", to="Zahlungsverkehr KV <zv-kv@versicherer.example>", date="2026-03-05 06:02", client="system",
  mailer="Control-M 9.0",
  subj="[OK] KV_ZAHLLAUF_ERSTATTUNG 2026-03-05",
  body="""Job:        KV_ZAHLLAUF_ERSTATTUNG
Lauf:       2026-03-05 05:12 – 05:58
Status:     OK (RC=0)

Erstattungen gesamt:     12.417
Summe:                   3.106.882,19 EUR
davon Krankenhaus direkt:   611   (1.944.210,50 EUR)
davon Ausland (SEPA/SWIFT): 38
zurückgestellt (Prüfung):   17
SEPA-Datei:              KV_ERST_20260305.xml übertragen an Bank (ACK 05:59)

Diese Nachricht wurde automatisch erzeugt.""")

M("C", "de", "insurer-to-craftsman", "roofer order after storm: named VN, address, buildings policy, phone",
  frm=ADDR("demir"), to="Dachdeckerei Thelen <info@dach-thelen.example>", date="2026-03-06 09:12", client="outlook",
  subj="Sturm 04.03. – Notsicherung bei Hr. Berghoff",
  body="""Hallo Herr Thelen,

noch einer aus dem Sturm:

VN Wilfried Berghoff, Am Eichenhang 22, 51467 Bergisch Gladbach, Tel 02202 81 44 07
Wohngebäude WG-3381102
ca. 15 Ziegel + Firststück runter, regnet in den Spitzboden rein

Bitte Notsicherung (Plane) so schnell wie möglich, Fotos vorher/nachher, dann KVA für die Reparatur an mich.

Danke!
Aylin Demir
Schadenservice Sach, Tel. -4388""")

M("S", "de", "internal", "phone note: daughter calls about her mother's care level appeal in a nursing home",
  frm=ADDR("kowalski"), to=ADDR("yilmaz"), date="2026-03-06 11:47", client="outlook",
  subj="Rückruf erbeten – Widerspruch PG Fr. Seibert",
  body="""Hallo Felix,

Tochter (Monika Seibert-Kraus, bevollmächtigt, Vollmacht liegt lt. ihr vor) hat angerufen:

Mutter Erna Seibert, Vertrag PPV 5-301774, seit Januar im Pflegeheim St. Anna, Demenz + nach Schlaganfall halbseitig gelähmt. MD hat nur PG 3 gegeben, Heim sagt "mindestens 4". Sie will Widerspruch einlegen und fragt, ob sie das formlos machen kann und ob ein neues Gutachten vor Ort stattfindet.

Rückruf bitte heute, 0152 2288 4471.

Danke
Lena""")

M("N", "en", "insurer-to-partner", "trap: storm loss estimate for the reinsurer, aggregates",
  frm=ADDR("stone"), to="Property Cat Team <cat@reinsurer-global.example>", date="2026-03-06 15:20", client="outlook", lang="en",
  subj="Storm event 03–04 March 2026 – first loss estimate",
  body="""Dear colleagues,

first estimate for the storm event of 3–4 March (PCS-equivalent event DE-2026-02):

- claims reported so far: 2,184 (buildings 1,640, household 312, motor partial casco 232)
- first estimate gross: EUR 9.8m, of which buildings EUR 8.1m
- largest single loss: commercial roof, approx. EUR 640k
- regional focus: Rheinisch-Bergischer Kreis, Oberberg

This is below the retention of the cat XL, so for information only. Next update in two weeks.

Best regards,
Rebecca Stone""")

M("C", "de", "internal", "motor recourse hand-over: named VN and opposing driver, plates, other insurer's claim no.",
  frm=ADDR("brenner"), to=ADDR("wolff"), date="2026-03-09 08:55", client="outlook",
  subj="Regress 26-KF-002710 an dich",
  body="""Dennis, einer für dich:

VN: Petra Honnef, K-PH 1188 (VK, wir haben schon 6.210 € Reparatur gezahlt)
Gegner: Fahrer Arne Lübbers, Halter Lübbers Bau GmbH, GL-LB 440
Gegn. Vers.: Westfalia Allgemeine, Schaden-Nr. WA-26-K-041187
Hergang: Gegner fährt beim Spurwechsel rein, Zeuge vorhanden (Aussage in der Akte)
Haftung: die Westfalia will nur 50 % – Begründung dünn
Personenschaden keiner

Akte ist dir zugewiesen. Danke!
Markus""")

M("N", "de", "internal", "trap: new fax number and mailbox for hospital invoices, process",
  frm=ADDR("celik"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-03-09 12:30", client="outlook",
  subj="Ab 01.04.: neue Faxnummer / Postfach für Krankenhausrechnungen",
  body="""Hallo zusammen,

zur Info, damit ihr es Kliniken am Telefon richtig sagen könnt:

- Fax für Krankenhausrechnungen und Kostenübernahmeanträge: neu 0221 555-93480 (alte -9477 läuft bis 30.06. parallel)
- Kliniken mit DTA (Datenträgeraustausch) bleiben unverändert
- Mail bitte nur an das gesicherte Postfach kh-rechnungen@versicherer.example, niemals an eure persönliche Adresse

Die Kliniken bekommen ein Rundschreiben von uns.

Emre""")

M("S", "en", "insurer-to-lawyer", "ski accident liability abroad: injured third party's knee ligament injury, lawyer in the UK",
  frm=ADDR("oltmanns"), to="Hartley & Shaw Solicitors <injury@hartleyshaw.example>", date="2026-03-09 14:45", client="outlook", lang="en",
  subj="Your client Ms Fiona McAllister – collision Lech am Arlberg 14/01/2026 – our ref 26-HP-000381",
  body="""Dear Mr Shaw,

thank you for your letter of 2 March and the medical report of Mr Ainsworth, FRCS.

We note that your client sustained a rupture of the anterior cruciate ligament of the right knee (S83.53) and a bone bruise in the collision with our policyholder, Mr Benedikt Auer, on the slope "Schüttboden". Reconstruction surgery took place on 3 February 2026 in London.

Liability: our policyholder accepts that he was the uphill skier (FIS rule 2). We therefore accept liability in principle, subject to quantum. Please send us the invoices for the surgery and physiotherapy and your client's employer's confirmation of lost earnings.

Yours sincerely,
Jens Oltmanns
Liability Claims""")

M("N", "de", "internal", "trap: new checklist for death benefit processing in life, no person",
  frm=ADDR("stanek"), to="Leistung Leben <lv-leistung@versicherer.example>", date="2026-03-10 09:20", client="outlook",
  subj="Checkliste Todesfallleistung – Version 3",
  body="""Hallo zusammen,

die Checkliste ist aktualisiert (im Wiki unter Leben > Leistung > Tod):

[ ] Sterbeurkunde (Kopie reicht bis 25.000 €)
[ ] Todesursachenbescheinigung / ärztl. Bescheinigung – nur bei Vertrag < 3 Jahre oder Unfall-Zusatz
[ ] Bezugsrecht prüfen (widerruflich/unwiderruflich, Abtretung, Verpfändung)
[ ] Legitimation des Bezugsberechtigten (Ausweiskopie, GwG)
[ ] Erbschein nur, wenn kein Bezugsrecht
[ ] Meldung an Finanzamt (§ 33 ErbStG) automatisch über das System

Neu: Bei Ehegatten als Bezugsberechtigte reicht die Heiratsurkunde nicht mehr als Nachweis, bitte Ausweis + Erklärung.

Oliver""")

M("C", "de", "collector", "collector forwards a debtor's payment plan with net income, forwarded internally",
  frm=ADDR("becker"), to=ADDR("kowalski"), date="2026-03-10 13:33", client="outlook",
  subj="WG: Ratenzahlungsvorschlag Dietz – HR-2211907",
  body="""Lena, zur Info falls Herr Dietz bei dir anruft: Ratenzahlung ist ok, Inkasso macht das. Kein neuer Vertrag, bevor die Forderung bezahlt ist.

Hannes""",
  quote=OQ("Inkasso Westfalen – Sachbearbeitung <auftraege@inkasso-westfalen.example>", "Dienstag, 10. März 2026 11:02", "Becker, Hannes",
           "Ratenzahlungsvorschlag Dietz – HR-2211907", """Sehr geehrter Herr Becker,

der Schuldner Marcel Dietz hat sich gemeldet. Nach seinen Angaben ist er seit Januar wieder beschäftigt (Lagerlogistik, netto ca. 1.450 €/Monat) und zahlt Unterhalt für ein Kind. Er bietet Raten von 30 € monatlich ab 01.04. an; Gesamtforderung inkl. unserer Kosten 287,10 €.

Wir empfehlen die Annahme. Bitte um kurze Zustimmung.

Mit freundlichen Grüßen
Inkasso Westfalen GmbH"""))

M("S", "de", "insurer-to-court", "statement of defence in a disability lawsuit: named plaintiff, fibromyalgia, depression",
  frm=ADDR("schreiber"), to="Landgericht Köln, 26. Zivilkammer <poststelle@lg-koeln.justiz.example>", date="2026-03-11 10:40", client="outlook",
  subj="26 O 118/25 – Brandes ./. Versicherer Lebensversicherung AG – Klageerwiderung (Vorab per Mail)",
  body="""In dem Rechtsstreit

Katrin Brandes ./. Versicherer Lebensversicherung AG

übersenden wir vorab die Klageerwiderung; das Original geht über das beBPo.

Auszug zur Sache: Die Klägerin begehrt Leistungen aus der selbständigen Berufsunfähigkeitsversicherung BU 7-2218840 ab 01.05.2024. Sie stützt sich auf ein Fibromyalgie-Syndrom (M79.70) und eine rezidivierende depressive Störung (F33.1). Die Beklagte bestreitet eine Berufsunfähigkeit von mindestens 50 % in ihrem zuletzt ausgeübten Beruf als Zahnmedizinische Fachangestellte. Der behandelnde Rheumatologe bescheinigt eine Belastbarkeit von sechs Stunden täglich für leichte Tätigkeiten; die stationäre psychosomatische Reha (09–10/2024) wurde als "arbeitsfähig für die letzte Tätigkeit" entlassen.

Beweisangebot: Sachverständigengutachten (Psychiatrie, Rheumatologie).

Dr. Carola Schreiber
Syndikusrechtsanwältin""")

M("N", "de", "newsletter", "trap: internal claims newsletter on the GOÄ reform and dental trends, no persons",
  frm="Leistung aktuell <newsletter-leistung@versicherer.example>", to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-03-11 07:30",
  client="system", mailer="Intranet Newsletter 3.2",
  subj="Leistung aktuell 03/2026: GOÄ neu, Aligner, Heilpraktiker",
  body="""LEISTUNG AKTUELL – März 2026

1) GOÄ-Reform: Stand der Dinge
Die neue Gebührenordnung ist weiter im Verfahren. Für euch ändert sich bis auf Weiteres nichts: Abrechnung nach alter GOÄ, Steigerungsfaktoren wie gewohnt prüfen.

2) Aligner-Behandlungen bei Erwachsenen
Immer mehr Rechnungen für "unsichtbare Zahnspangen". Die meisten Tarife leisten nur bei KIG 3–5 bzw. bei medizinischer Indikation. Merkblatt im Wiki.

3) Heilpraktiker: Top 5 Diagnosen auf Rechnungen 2025
Rückenschmerzen, Erschöpfung, Allergien, Migräne, Reizdarm – zusammen 61 % aller HP-Rechnungen. Eigenbluttherapie bleibt Dauerbrenner.

4) Personalien
Willkommen an Jana und Mehmet in Ambulant 1!

Redaktion: Team Leistungsgrundsätze""")

M("C", "de", "internal", "customer service forwards change of address and bank account: named VN, new IBAN, motor and household",
  frm=ADDR("kowalski"), to="Inkasso / Beitragsservice <beitragsservice@versicherer.example>", date="2026-03-12 08:44", client="outlook",
  subj="Änderung Bankverbindung + Anschrift Hr. Okafor (Kfz + Hausrat)",
  body="""Hallo,

Kunde hat telefonisch + per Portalnachricht (liegt in der Akte) geändert:

VN: Emeka Okafor, geb. 21.02.1985
neue Anschrift ab 01.03.: Kalker Hauptstr. 118, 51103 Köln
neue Bankverbindung: """ + IB("DE", "370100500876543210") + """, Postbank, KI: Emeka Okafor
Verträge: KF-7731-0025-4, HR-2301188
SEPA-Mandat neu – hat er im Portal unterschrieben

Bitte ab nächster Abbuchung umstellen. Danke, Lena""")

M("S", "de", "internal", "sensitive only in the ODS attachment: list of open daily-sickness cases with names and AU periods",
  frm=ADDR("koenig"), to=ADDR("haas"), date="2026-03-12 14:20", client="outlook",
  subj="Liste wie besprochen",
  body="""Corinna,

wie besprochen die KT-Fälle > 6 Monate zur Durchsicht für die Nachuntersuchungen. Gerne bis Ende März.

Ralf""",
  att=[ODS("KT_lang_2026-03.ods", {"KT > 6 Monate": [
      ["Vers.-Nr.", "Name", "AU seit", "Diagnose lt. AU", "Tagessatz", "Beruf", "Bemerkung"],
      ["4-211980-01", "Rüdiger Mahnke", "2025-06-30", "M51.2", 120, "Elektriker", "BU-Antrag gestellt?"],
      ["4-304417-01", "Svetlana Rein", "2025-08-14", "F32.2", 85, "Kassiererin", "stat. Psychiatrie bis 02/26"],
      ["4-118004-02", "Mehmet Arslan", "2025-09-01", "C18.7", 150, "Selbständig (Gastro)", "Chemo laufend"],
      ["4-290031-01", "Ines Hölzle", "2025-09-10", "G93.3", 100, "Erzieherin", "Post-COVID, Reha beantragt"],
  ]})])

M("N", "en", "internal", "trap: pentest summary for the customer portal (uploads of medical documents), no data",
  frm=ADDR("fischer"), to=ADDR("raman"), cc=ADDR("hoffmann"), date="2026-03-13 10:00", client="thunderbird", lang="en",
  subj="Portal pentest 2026 – management summary",
  body="""Hi Priya,

management summary of the external pentest (report in the ISMS folder, classified internal):

- 0 critical, 2 high, 5 medium, 7 low
- H1: upload endpoint for medical documents accepted SVG with embedded script (stored XSS in the staff viewer) – fixed in release 26.3.1
- H2: password reset token valid for 24 h instead of 30 min
- M3: session timeout 30 min, policy says 15
- no access to other customers' documents was possible in any test (good!)

Retest planned for 14 April. Can you take H2 and M3 into the next sprint?

Tim""")

M("N", "de", "internal", "trap: aggregated top diagnoses on naturopath invoices for product management",
  frm=ADDR("park"), to="Produktmanagement Kranken <pm-kv@versicherer.example>", date="2026-03-13 15:15", client="outlook",
  subj="Auswertung Heilpraktiker-Rechnungen 2025 (Tarifkalkulation)",
  body="""Hallo zusammen,

wie gewünscht die Auswertung HP-Leistungen 2025 für die Neukalkulation ZusatzNatur:

Diagnose(gruppe)             Anteil Rechnungen   Ø Betrag
Rückenschmerz (M54.x)        22 %                 186 €
Erschöpfung/Burnout (Z73/R53) 14 %                 241 €
Allergien (J30, L23)         10 %                 158 €
Migräne/Kopfschmerz (G43/R51)  8 %                 172 €
Reizdarm (K58)                7 %                 205 €
sonstige                     39 %                 164 €

Basis: 18.240 Rechnungen, 6.912 Versicherte. Keine Einzelfälle, keine Rohdaten.

Hannah""")

M("C", "en", "insurer-to-company", "marine cargo claim: company policyholder with named contact, shipment, claim amount",
  frm=ADDR("osei"), to="Mr Lars Petersen, Nordic Coffee Traders ApS <lp@nordic-coffee.example>", date="2026-03-16 09:40", client="outlook", lang="en",
  subj="Cargo claim 26-TR-00077 – container MSKU 7720418",
  body="""Dear Mr Petersen,

thank you for the survey report. The container MSKU 7720418 (312 bags green coffee, Santos → Hamburg) was found with condensation damage to 46 bags. As the certificate of insurance 2026/0338 covers "all risks" incl. sweat damage, we accept the claim for the damaged bags at invoice value + 10 %: EUR 18,722.60.

Please send us your company's bank details on letterhead signed by two authorised signatories, and the subrogation form so we can take recourse against the carrier.

Best regards,
Daniel Osei""", sig="osei", sigstyle="short")

M("S", "de", "company", "employer asks about gradual return to work (Hamburger Modell) of a named employee under group sickness pay",
  frm=ADDR("petersen"), to=ADDR("kroeger"), date="2026-03-16 13:05", client="outlook",
  subj="WG: Wiedereingliederung Hr. Schwarzer – KT weiter?",
  body="""Sabine, kannst du mir kurz sagen, wie wir KT bei stufenweiser Wiedereingliederung im Gruppentarif zahlen? Ich will der Firma nichts Falsches sagen. Inhaltlich geht die Firma das eigentlich nichts an, ich antworte nur allgemein.

Kai""",
  quote=FW("Lohmann, Petra <personal@baeckerei-lohmann.example>", "16.03.2026, 11:21", "Petersen, Kai",
           "Wiedereingliederung Hr. Schwarzer", """Hallo Herr Petersen,

Herr Schwarzer soll ab 01.04. nach Hamburger Modell wieder einsteigen (4 Std./Tag, 4 Wochen, dann 6 Std.), so hat es der Hausarzt nach der Reha vorgeschlagen. Zahlt Ihr Krankentagegeld in der Zeit weiter oder müssen wir Lohn zahlen?

Gruß P. Lohmann"""))

M("N", "de", "internal", "trap: calendar invitation for a large-loss review, no names in invitation",
  frm=ADDR("schmitz"), to="Schadenservice Sach TL <sach-tl@versicherer.example>", date="2026-03-17 08:30", client="outlook",
  subj="Einladung: Großschadenrunde Q1 (Sach/HP)",
  body="""Hallo zusammen,

Einladung zur Großschadenrunde Q1 – alle Schäden > 100 T€. Die Liste liegt im Laufwerk unter Sach/Großschaden/2026-Q1, bitte nicht per Mail verschicken.

Birgit""",
  att=[ICS("Grossschadenrunde_Q1.ics", "d12-gs-q1-2026@versicherer.example", "Großschadenrunde Q1 Sach/HP",
           "20260326T130000", "20260326T150000", ("Birgit Schmitz", "birgit.schmitz@versicherer.example"),
           [("Schadenservice Sach TL", "sach-tl@versicherer.example"), ("Dennis Wolff", "dennis.wolff@versicherer.example")],
           location="Raum 5.02 / Teams", description="Liste im Laufwerk Sach/Großschaden/2026-Q1")])

M("C", "de", "internal", "eVB for a new car: named VN, birth date, no-claims class, plate reservation",
  frm=ADDR("engel"), to=ADDR("falk"), date="2026-03-17 11:25", client="outlook",
  subj="AW: eVB für Kunde Rosenbaum",
  body="""Bernd,

eVB ist raus: 7K4RT9X, gültig bis 16.09.

VN Jonas Rosenbaum, geb. 03.10.1999, SF 3 aus Vorvertrag (Übernahme von der Mutter nicht möglich, nur Großeltern/Eltern mit Nachweis – hast du das?), VW ID.3, Wunschkennzeichen K-JR 399 reserviert.

Beitrag mit SF 3 VK 1.142 €/Jahr. Wenn die Oma ihre SF-Klasse abgibt, rechnen wir neu.

Gruß
Rüdiger""")

M("S", "en", "internal", "life underwriting decision for a named applicant: BMI, hypertension, loading",
  frm=ADDR("hasselbach"), to=ADDR("schulte"), date="2026-03-18 09:10", client="outlook", lang="en",
  subj="UW decision – application LV-A-2026-01184 (Mr Callum Fraser)",
  body="""Marlene,

my decision on the term life application of Mr Callum Fraser (born 12 April 1978, sum assured EUR 400,000):

- BMI 33.1 (height 1.82 m, weight 109.6 kg)
- hypertension, on ramipril 5 mg, last values 138/86 – well controlled
- HbA1c 5.9 % (prediabetes range), no medication
- father died of myocardial infarction at 58

Decision: accept with +75 % extra premium; review of the loading possible after 3 years with new lab values. No exclusion.

Please tell the broker; the medical details only go to the applicant himself if he asks.

Ulrike""", sig="hasselbach", sigstyle="short")

M("N", "en", "internal", "trap: phishing alert about fake hospital invoice mails",
  frm=ADDR("fischer"), to="All staff <all-staff@versicherer.example>", date="2026-03-18 14:00", client="outlook", lang="en", importance="high",
  subj="Phishing warning: fake 'hospital invoice' e-mails",
  body="""Hi all,

since this morning we see a phishing wave with the subject "Krankenhausrechnung – Zahlungserinnerung" or "Hospital invoice overdue". The mails come from look-alike domains (e.g. versicherer-example.com) and carry a ZIP with a .js file.

- do not open the attachment
- do not forward it to colleagues "to check"
- use the "Report phishing" button in Outlook

Real hospital invoices reach us through the secure mailbox or by post, never as a ZIP.

Tim – Information Security""")

# ---------------------------------------------------------------- batch 5

M("N", "de", "internal", "trap: Easter leave plan of colleagues pasted from Excel, organisational only",
  frm=ADDR("kroeger"), to="Team Ambulant 2 <ls-kv-amb2@versicherer.example>", date="2026-03-19 10:02", client="outlook",
  subj="Urlaubsplanung Ostern – bitte prüfen",
  body="""Hallo ihr,

so sieht es aktuell aus (x = Urlaub, g = Gleitzeit). Am 02.04. sind wir zu dünn, bitte schaut, ob jemand schieben kann.

[[t]]

Sabine""", tables={"t": ([["Name", "30.03.", "31.03.", "01.04.", "02.04.", "07.04.", "08.04."],
                          ["Sabine", "", "", "", "x", "x", ""], ["Dirk", "x", "x", "x", "x", "", ""],
                          ["Yasemin", "", "", "g", "x", "", ""], ["Paul", "", "", "", "x", "x", "x"],
                          ["Olga", "", "", "", "", "", "x"]], "tab")})

M("C", "de", "craftsman", "attachment-only: workshop invoice PDF (octet-stream) with named customer and plate; body 'anbei Rechnung'",
  frm=ADDR("brenner"), to="Postkorb Kfz-Rechnungen <kfz-rechnungen@versicherer.example>", date="2026-03-19 13:44", client="outlook",
  subj="WG: Rechnung 26-0412",
  body="""zur Zahlung, Freigabe lag vor (26-KF-003318). MB""",
  att=[PDF("RE_26-0412.pdf", [
      ("h", "Autohaus Kremer GmbH – Rechnung 26-0412"),
      "Kunde: Herr Jürgen Wessel, Nußbaumerstr. 74, 50823 Köln",
      "Fahrzeug: VW Golf VIII, amtl. Kennzeichen K-JW 902, FIN WVWZZZCDZPW114470, km-Stand 48.112",
      "Auftrag: Unfallinstandsetzung lt. KVA vom 30.01.2026, Schadennummer Versicherer 26-KF-003318",
      ("t", [["Pos.", "Bezeichnung", "Menge", "Betrag"], ["1", "Stoßfänger hinten erneuert, lackiert", "1", "1.184,20"],
             ["2", "Heckklappe instandgesetzt", "1", "892,50"], ["3", "Lackierarbeiten / Material", "1", "621,90"],
             ["4", "Kalibrierung Parksensoren", "1", "168,00"], ["", "Netto", "", "2.866,60"], ["", "MwSt 19 %", "", "544,65"],
             ["", "Gesamt", "", "3.411,25"]]),
      "Abzgl. Selbstbeteiligung 300,00 EUR (vom Kunden bezahlt). Zahlbar an Autohaus Kremer GmbH, Sparkasse KölnBonn.",
  ], title="Rechnung 26-0412", author="Autohaus Kremer", octet=True)])

M("S", "de", "internal", "forwarded applicant's dental status for a dental supplementary application: missing teeth",
  frm=ADDR("wendland"), to=ADDR("nguyen"), date="2026-03-19 16:10", client="outlook",
  subj="AW: Rückfrage Zahnstatus Antrag ZP-A-2026-00931",
  body="""Minh, aus Leistungssicht: 2 fehlende Zähne ohne Ersatz = nach den AVB annehmbar mit Ausschluss dieser Lücken, die 16 mit Krone ist ok. Den Parodontose-Befund würde ich aber ernst nehmen – ohne abgeschlossene PA-Behandlung würde ich ablehnen bzw. zurückstellen.

Tobias""",
  quote=OQ("Nguyen, Minh", "Donnerstag, 19. März 2026 14:32", "Wendland, Tobias", "Rückfrage Zahnstatus Antrag ZP-A-2026-00931", """Hi Tobias,

kannst du mal drüberschauen? Antragstellerin Dana Ostrowski, geb. 14.12.1990, Tarif ZahnPlus. Zahnstatus vom ZA Dr. Lemke:

fehlend: 26, 46 (nicht ersetzt)
überkront: 16
Füllungen: 14, 15, 24, 36, 37
Befund: generalisierte Parodontitis Stadium II, Taschentiefen bis 5 mm, PA-Behandlung "geplant"

Minh"""))

M("N", "en", "internal", "trap: OKR update on claims automation, aggregates",
  frm=ADDR("raman"), to="Leadership Claims & IT <lead-claims-it@versicherer.example>", date="2026-03-20 09:00", client="outlook",
  subj="OKR Q1 check-in – claims automation",
  body="""Hi all,

Q1 check-in:

O1 Faster outpatient claims
 KR1 straight-through processing 38 % → 45 % (now 43 %)
 KR2 average time to payment 9.1 → 7 days (now 7.6)
O2 Better dental
 KR1 digital HKP intake live (done)
 KR2 auto-check of GOZ factors (60 %)
O3 Motor glass
 KR1 partner workshop direct billing (done)

Risks: the OCR for handwritten receipts is still weak; staffing in the medical advisory team limits how many cases we can route to them.

Priya""")

M("C", "en", "insurer-to-company", "certificate of insurance for an employee's company car: named driver, plate, fleet policy",
  frm=ADDR("jansen"), to="Travel & Mobility Desk Brightwell <mobility@brightwell-uk.example>", date="2026-03-20 11:20", client="outlook",
  subj="Insurance certificate for cross-border use – Mr Tom Edgerton",
  body="""Dear Ms Achterberg,

as requested, the certificate (green card) for the company car used by your employee Mr Tom Edgerton for his assignment in Switzerland and the UK:

Vehicle: Audi A4 Avant, plate K-BW 3317
Fleet policy: FL-20117
Driver: Tom Edgerton, UK licence, born 17/09/1986
Valid: 01/04/2026 – 31/12/2026

The green card will be sent to your office address by post as the original must travel with the car.

Kind regards,
Mareike Jansen""", sig="jansen", sigstyle="short")

M("S", "de", "insurer-to-hospital", "cost coverage letter to a psychiatric clinic as PDF attachment; body neutral",
  frm=ADDR("brandt"), to="Patientenverwaltung Klinik am Waldsee <verwaltung@klinik-waldsee.example>", date="2026-03-20 14:02", client="outlook",
  subj="Kostenübernahmeerklärung – Ihr Az. 2026/0311",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Kostenübernahmeerklärung zu Ihrem Antrag vom 16.03.2026.

Mit freundlichen Grüßen
Gerrit Brandt""", sig="brandt",
  att=[PDF("KUE_2026-0311.pdf", [
      ("h", "Kostenübernahmeerklärung"),
      "Versicherer Krankenversicherung a.G. · Leistungsservice Stationär · Rheinuferstraße 12 · 50667 Köln",
      "An: Klinik am Waldsee, Fachklinik für Psychiatrie und Psychotherapie, Patientenverwaltung",
      "Patient: Herr Niklas Bergmann-Oz, geb. 02.02.1996, Vers.-Nr. 4-330871-01",
      "Aufnahme: 17.03.2026 · Diagnose lt. Einweisung: F32.2 schwere depressive Episode ohne psychotische Symptome; F10.2 Alkoholabhängigkeitssyndrom",
      "Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen sowie Wahlleistung Zweibettzimmer zunächst für 28 Tage (bis 13.04.2026) im tariflichen Umfang. Für eine Verlängerung bitten wir um einen ärztlichen Verlaufsbericht.",
      "Die Abrechnung erfolgt direkt mit der Klinik (Direktabrechnung), ausgenommen Telefon und Zuzahlungen.",
      "Köln, 20.03.2026 – Versicherer Krankenversicherung a.G.",
  ], title="Kostenübernahmeerklärung", author="Versicherer KV")])

M("N", "de", "internal", "trap: meeting invitation about pseudonymised test data, no real data",
  frm=ADDR("meier"), to=ADDR("raman"), cc=ADDR("fischer"), date="2026-03-23 08:15", client="outlook",
  subj="Abstimmung Pseudonymisierung Testdaten Leistungssystem",
  body="""Hallo Priya,

wie besprochen: Wir müssen klären, wie die Testumgebung des Leistungssystems an Daten kommt, ohne dass echte Diagnosen oder Arztrechnungen dort landen. Vorschlag: synthetische Daten + pseudonymisierter Abzug nur für Lasttests, Freigabe durch mich.

Termin anbei.

Thomas""",
  att=[ICS("Abstimmung_Testdaten.ics", "d12-pseudo-20260326@versicherer.example", "Abstimmung Pseudonymisierung Testdaten",
           "20260326T140000", "20260326T150000", ("Thomas Meier", "thomas.meier@versicherer.example"),
           [("Priya Raman", "priya.raman@versicherer.example"), ("Tim Fischer", "tim.fischer@versicherer.example")],
           location="Teams", description="Testdaten Leistungssystem: synthetisch vs. pseudonymisiert")])

M("C", "de", "insurer-to-lawyer", "pet liability: insured's dog injured a neighbour's dog, vet bill, named owners (animal health)",
  frm=ADDR("oltmanns"), to="Rechtsanwalt Gerd Nolden <post@ra-nolden.example>", date="2026-03-23 10:40", client="outlook",
  subj="Tierhalterhaftpflicht TH-0044812 – Hundebiss 28.02. – Ihre Mandantin Frau Kübler",
  body="""Sehr geehrter Herr Nolden,

unser Versicherungsnehmer Herr Olaf Brenninkmeyer räumt ein, dass sein Schäferhund "Arko" am 28.02.2026 auf der Hundewiese im Beethovenpark den Terrier Ihrer Mandantin, Frau Sigrid Kübler, gebissen hat.

Die Tierarztrechnung der Kleintierklinik Sülz (Wundversorgung unter Narkose, Drainage, Antibiotika, 2 Nachkontrollen) über 1.146,83 € übernehmen wir vollständig. Ein Mitverschulden wegen des unangeleinten Terriers machen wir nicht geltend.

Bitte teilen Sie uns die Kontoverbindung mit, auf die wir zahlen sollen.

Mit freundlichen Grüßen
Jens Oltmanns""", sig="oltmanns")

M("N", "de", "internal", "trap: HR note on the return-to-work management process (BEM), no case",
  frm=ADDR("weiss"), to="Führungskräfte <fuehrungskraefte@versicherer.example>", date="2026-03-23 15:30", client="outlook",
  subj="BEM-Verfahren: neue Betriebsvereinbarung ab 01.04.",
  body="""Liebe Führungskräfte,

ab 01.04. gilt die neue Betriebsvereinbarung zum Betrieblichen Eingliederungsmanagement. Was sich für euch ändert:

1. Das BEM-Angebot verschickt künftig ausschließlich HR (nach 6 Wochen AU innerhalb von 12 Monaten) – bitte keine eigenen Gespräche über Diagnosen führen.
2. Ihr erfahrt nur, ob jemand das BEM annimmt und welche Maßnahmen am Arbeitsplatz vereinbart sind – keine medizinischen Informationen.
3. Die BEM-Akte liegt getrennt von der Personalakte.

Info-Session am 31.03., 10 Uhr, Teams. Fragen gern an mich oder den Betriebsrat.

Nadine Weiß""")

M("S", "en", "company", "group life renewal: employer's salary list (XLSX) in a forwarded mail, names, birth dates, salaries",
  frm=ADDR("paulsen"), to=ADDR("okafor"), date="2026-03-24 09:25", client="outlook",
  subj="FW: Group life renewal 2026 – census data Lindqvist Engineering B.V.",
  body="""Chidi, census for the renewal pricing, see the attachment in the forwarded mail below. Can you give me a rate by Friday?

Henrik""",
  att=[EML(INNER("Marieke de Vries <hr@lindqvist-engineering.example>", "Henrik Paulsen <henrik.paulsen@versicherer.example>",
                 "Group life renewal 2026 – census data", "2026-03-23 16:48", """Dear Henrik,

please find attached our census for the renewal of the group life plan (German employees only). Three joiners, one leaver since last year.

Kind regards,
Marieke de Vries
HR Manager, Lindqvist Engineering B.V. – German branch""", "<CAK9f2b.census.2026@lindqvist-engineering.example>",
                 att=[XLSX("census_DE_2026.xlsx", {"Census": [
                     ["Employee", "Date of birth", "Sex", "Annual salary EUR", "Cover (x salary)", "Status"],
                     ["Berendsen, Pieter", "1972-06-03", "m", 96500, 3, "active"],
                     ["Falke, Johanna", "1985-11-21", "f", 71200, 3, "active"],
                     ["Grünwald, Tobias", "1990-02-08", "m", 64800, 3, "joiner 2025-09"],
                     ["Idrizi, Arta", "1996-07-14", "f", 52300, 3, "joiner 2026-01"],
                     ["Köster, Wilhelm", "1963-01-30", "m", 88900, 3, "active"],
                     ["Schaap, Evert", "1981-04-09", "m", 103400, 3, "joiner 2026-02"],
                 ]}, author="M. de Vries")]), "Group life renewal 2026 – census data.eml")])

M("N", "de", "internal", "trap: quality sample of claims decisions, rates only",
  frm=ADDR("koenig"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-03-24 13:05", client="outlook",
  subj="QS-Stichprobe März: 94 % korrekt – danke!",
  body="""Hallo zusammen,

die QS hat im März 50 zufällige Leistungsentscheidungen nachgeprüft:

47 korrekt
2 Betrag falsch (Steigerungsfaktor GOÄ nicht gekürzt)
1 fehlende Begründung im Ablehnungsschreiben

Das ist unser bestes Ergebnis seit einem Jahr. Die drei Fälle bespreche ich mit den Betroffenen einzeln.

Ralf""")

M("C", "de", "internal", "legal expenses phone note: speeding fine of a named customer (administrative offence)",
  frm=ADDR("lindqvist"), to="RS-Team Verkehr <rs-verkehr@versicherer.example>", date="2026-03-24 16:22", client="mobile",
  subj="RS-2207741 Bußgeld – Anruf",
  body="""kurz notiert, bitte anlegen:
VN Carsten Wieczorek, Verkehrs-RS
Bußgeldbescheid Stadt Köln 18.03., 34 km/h zu schnell innerorts (Messung A3 Zubringer), 260 € + 2 Pkt + 1 Monat FV
will Einspruch, Anwalt hat er noch keinen, hab ihm unsere Anwaltsliste genannt
Einspruchsfrist 2 Wochen ab Zustellung 20.03.!
PL""")

M("S", "de", "insurer-to-doctor", "request to a GP for a medical report with reference to the signed release, named patient",
  frm=ADDR("stanek"), to="Praxis Dr. Hoberg <praxis@dr-hoberg.example>", date="2026-03-25 09:35", client="outlook",
  subj="Anforderung ärztlicher Befundbericht – Ihre Patientin Melanie Janßen, geb. 07.12.1987",
  body="""Sehr geehrter Herr Dr. Hoberg,

Ihre Patientin Frau Melanie Janßen hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung beantragt und Sie von der Schweigepflicht entbunden (Erklärung vom 11.03.2026 liegt Ihnen über unser sicheres Postfach vor).

Bitte teilen Sie uns mit:
1. Diagnosen seit 01/2024 mit Behandlungsdaten,
2. den bisherigen Verlauf der depressiven Erkrankung und die Therapie (Medikation, Psychotherapie, Klinik),
3. Ihre Einschätzung der Leistungsfähigkeit als Grundschullehrerin.

Ihre Kosten erstatten wir nach GOÄ Nr. 75 bzw. pauschal 50 €.

Mit freundlichen Grüßen
Oliver Stanek""", sig="stanek")

M("N", "en", "insurer-to-supplier", "trap: NDA with a translation agency for medical reports, no content",
  frm=ADDR("krueger"), to="Contracts LinguaMed Translations <contracts@linguamed.example>", date="2026-03-25 11:00", client="outlook",
  subj="NDA and data processing agreement – medical translations",
  body="""Dear Ms Varga,

thank you for the signed framework agreement. Before we can send you the first medical reports for translation (mostly English, Spanish and Turkish discharge letters), we need:

1. the data processing agreement (Art. 28 GDPR) signed by your managing director,
2. confirmation that your translators are bound to confidentiality under § 203 (4) StGB (Mitwirkende),
3. a list of sub-processors, if any.

Documents will only be exchanged via our secure portal, never by ordinary e-mail.

Kind regards,
Stefan Krüger""", sig="krueger", sigstyle="short")

M("C", "de", "insurer-to-company", "flooded basement: property manager, list of tenants' storage units with names, buildings claim",
  frm=ADDR("demir"), to="Hausverwaltung Rheinblick <technik@hv-rheinblick.example>", date="2026-03-26 10:50", client="outlook",
  subj="Elementar Kellerüberflutung Brühler Str. 9 – 26-WG-002210",
  body="""Hallo Herr Brandl,

danke für die Liste. Zur Klarstellung für Ihre Mieter:

Kellerabteil | Mieter | was wir zahlen
K1 | Fam. Yıldırım | nichts (Inhalt = Hausrat des Mieters)
K2 | Hr. Gerlach | nichts
K3 | Fr. Dr. Sommerfeld | nichts
K4 | leer | –
Kellerwände, Estrich, Heizungsanlage | – | ja, Wohngebäude inkl. Elementar

Die Mieter sollen ihren Inhaltsschaden bitte ihrer Hausratversicherung melden (sofern Elementar mitversichert). Eine Bestätigung über den Überflutungstag 21.03. stellen wir gern aus.

Gruß
Aylin Demir""")

M("S", "de", "internal", "sensitive only in subject and PDF: rehab discharge report for a disability claim, body 'fyi'",
  frm=ADDR("stanek"), to=ADDR("hasselbach"), date="2026-03-26 14:14", client="outlook",
  subj="fyi: Reha-Entlassbericht Fr. Demirci (BU 7-2290187)",
  body="""fyi, bitte bei Gelegenheit. O.""",
  att=[PDF("Entlassbericht_Demirci.pdf", [
      ("h", "Rehabilitationsklinik Bad Münstereifel – Ärztlicher Entlassungsbericht"),
      "Patientin: Ayşe Demirci, geb. 19.09.1974 · Aufenthalt 03.02.2026 – 03.03.2026",
      "Diagnosen: 1. Chronisches Schmerzsyndrom bei Bandscheibenvorfall L4/5 (M51.1), Z. n. Nukleotomie 11/2025; 2. Anpassungsstörung (F43.2)",
      "Verlauf: Unter multimodaler Schmerztherapie leichte Besserung. Gehstrecke 800 m. Heben > 10 kg nicht möglich.",
      "Sozialmedizinische Beurteilung: Letzte Tätigkeit als Altenpflegerin unter 3 Stunden täglich. Leichte Tätigkeiten des allgemeinen Arbeitsmarktes 6 Stunden und mehr.",
      "Entlassung arbeitsunfähig.",
  ], title="Entlassungsbericht", author="Reha Bad Münstereifel", unicode=True)])

M("N", "de", "internal", "trap: company doctor offers eye tests for screen workers, office life",
  frm="Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  date="2026-03-27 08:00", client="outlook",
  subj="Angebot: Sehtest / Bildschirmarbeitsplatz-Vorsorge im April",
  body="""Liebe Kolleginnen und Kollegen,

im April bieten wir wieder die Angebotsvorsorge Bildschirmarbeit an (G37): Sehtest, Beratung zur Arbeitsplatzbrille, Fragen rund um Rücken und Nacken.

Termine: 14., 15. und 21. April, Raum 1.10, jeweils 8–12 Uhr. Buchung über das Intranet.

Die Ergebnisse bleiben beim Betriebsarzt, der Arbeitgeber erfährt nur, dass ihr teilgenommen habt (oder eben nicht). Eine Bildschirmbrille wird bezuschusst, wenn sie ärztlich bescheinigt ist.

Ihr Betriebsärztlicher Dienst""")

M("C", "en", "internal", "yacht hull claim: named owner, marina, policy number, no injury",
  frm=ADDR("osei"), to=ADDR("hartmann"), date="2026-03-27 11:30", client="thunderbird",
  subj="Yacht claim Mr Vandermeulen – surveyor in Kiel?",
  body="""Sven,

do you know a surveyor in Kiel? Our yacht customer Mr Pieter Vandermeulen (policy YA-0031188, Hallberg-Rassy 37 "Zeewind") reports that the boat slipped off the trailer cradle in the marina Schilksee during the spring launch on 24 March. Hull damage port side, keel possibly affected. Nobody was hurt.

Marina operator's liability may be in play, so I'd like an independent surveyor, not the marina's.

Thanks,
Daniel""")

M("N", "de", "insurer-to-partner", "trap: complaint statistics report to the regulator, aggregates",
  frm=ADDR("lorenz"), to="BaFin Referat VA 1 <va1-beschwerden@bafin.example>", date="2026-03-27 14:00", client="outlook",
  subj="Beschwerdestatistik 2025 – Versicherer Krankenversicherung a.G. (Reg.-Nr. 4051)",
  body="""Sehr geehrte Damen und Herren,

anbei die Angaben zur Beschwerdestatistik 2025 gemäß Rundschreiben:

Sparte Krankheitskosten: 1.412 Beschwerden (Vorjahr 1.208)
 davon Leistungsablehnung: 514
 davon Beitragsanpassung: 611
 davon Vertragsverwaltung: 287
Sparte Pflegepflicht: 96
Abhilfequote: 38 %
durchschnittliche Bearbeitungsdauer: 11 Arbeitstage

Die Zunahme erklärt sich im Wesentlichen durch die Beitragsanpassung zum 01.01.2025.

Mit freundlichen Grüßen
Daniela Lorenz
Beschwerdemanagement""")

M("S", "en", "internal", "travel cancellation due to pregnancy complications of a named insured",
  frm=ADDR("seidel"), to=ADDR("haas"), date="2026-03-30 09:12", client="outlook",
  subj="Trip cancellation RR-4418271 – is this 'unexpected serious illness'?",
  body="""Hi Corinna,

travel cancellation claim, I'd like your view before I decide:

insured: Laura Gentile-Fuchs, trip to Mexico 04–18 April, cancelled 20 March, costs EUR 4,380
certificate from her gynaecologist: 24th week of pregnancy, cervical insufficiency (O34.3), cerclage placed 18 March, advised against long-haul flights
she booked the trip in November, pregnancy was known then

Pregnancy itself isn't covered, complications are – but were they foreseeable at booking?

Thanks,
Ines""", sig="seidel", sigstyle="short")

M("C", "de", "craftsman", "cost estimate from a plumber forwarded: named VN, address, leak repair, claim no.",
  frm=ADDR("demir"), to=ADDR("schmitz"), date="2026-03-30 13:48", client="outlook",
  subj="WG: KVA Reparatur Reinartz – Freigabe > 1.500",
  body="""Birgit, KVA liegt über meiner Grenze, kannst du freigeben? Aus meiner Sicht angemessen.

Aylin""",
  quote=OQ("Sanitär Klein GmbH <auftrag@sanitaer-klein.example>", "Montag, 30. März 2026 12:10", "Demir, Aylin",
           "KVA Reparatur Reinartz", """Sehr geehrte Frau Demir,

anbei bzw. unten unser Kostenvoranschlag für die Reparatur bei Frau Ilse Reinartz, Am Rosengarten 7, 51069 Köln (Ihre Schaden-Nr. 26-WG-001207):

- Öffnen Wand Bad/Flur, Austausch Warmwasserleitung 4 m Cu 15 mm: 980,00 €
- Fliesenarbeiten Bad (Teilfläche 3 m², Fliesen bauseits ähnlich): 1.240,00 €
- Verputzen/Spachteln Flur: 310,00 €
netto 2.530,00 €, brutto 3.010,70 €

Mit freundlichen Grüßen
Ralf Klein"""))

M("N", "en", "internal", "trap: retention clean-up job report, counts of deleted documents",
  frm="Records Management <records@versicherer.example>", to=ADDR("meier"), date="2026-03-31 07:10", client="system", mailer="DMS Retention 4.1",
  subj="Retention run 2026-Q1 completed",
  body="""Retention run 2026-Q1 completed.

Documents evaluated: 4,812,330
Deleted (retention period expired): 1,204,117
  - health claims (invoices, reports): 702,550
  - life/BU claims: 48,912
  - property/motor: 452,655
On legal hold (not deleted): 3,118
Errors: 0

Deletion certificate: RET-2026-Q1.pdf (in the records management share).

This is an automated message.""")

M("S", "de", "insurer-to-insurer", "recourse of medical costs after a dog bite injuring our health insured; named injured party, wounds",
  frm=ADDR("wolff"), to="Schaden Haftpflicht Nordlicht Versicherung <haftpflicht@nordlicht-vers.example>", date="2026-03-31 10:25", client="outlook",
  subj="Regress § 86 VVG – Ihr VN Dieter Claasen / Hundebiss 07.01.2026",
  body="""Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer Herr Dieter Claasen ist Halter des Rottweilers, der am 07.01.2026 unsere Krankenversicherte Frau Mirjam Hellwig (geb. 02.08.1961) in der Bonner Straße in Köln in den linken Unterarm gebissen hat.

Frau Hellwig wurde ambulant in der Notaufnahme versorgt (tiefe Bisswunden, Sehnenverletzung), danach 5 Tage stationär zur i.v.-Antibiose und operativen Sehnennaht. Wir haben als privater Krankenversicherer bisher 9.812,44 € geleistet (Aufstellung liegt bei).

Der Anspruch ist nach § 86 VVG auf uns übergegangen. Wir bitten um Zahlung bis 30.04.2026.

Mit freundlichen Grüßen
Dennis Wolff""", sig="wolff")

M("N", "en", "internal", "trap: thanks to first aiders after an unnamed medical emergency, office life",
  frm=ADDR("richter"), to="All staff <all-staff@versicherer.example>", date="2026-03-31 16:00", client="outlook",
  subj="Thank you, first aiders",
  body="""Dear colleagues,

yesterday afternoon there was a medical emergency in our building. Our first aiders were there within two minutes, used the defibrillator and looked after the person until the ambulance arrived. We are glad to say that the colleague is doing well.

Please respect their privacy and don't speculate on the floors or in Teams.

Two reminders:
- defibrillators are next to the lifts on every floor
- the next first-aid course is on 22 April – we still need volunteers, especially on floors 5 and 6

Thank you!
Anja Richter, Facility Management""")

M("C", "de", "insurer-to-court", "third-party debtor statement on a garnishment of a named customer's household claim payment",
  frm=ADDR("schreiber"), to="Obergerichtsvollzieherin Haase <ogv.haase@gv-koeln.justiz.example>", date="2026-04-01 09:30", client="outlook",
  subj="Drittschuldnererklärung § 840 ZPO – Schuldner Frank Adomeit – DR II 412/26",
  body="""Sehr geehrte Frau Haase,

zum Pfändungs- und Überweisungsbeschluss des AG Köln vom 18.03.2026 (Gläubigerin: Autohaus Weber KG, Schuldner: Herr Frank Adomeit, geb. 09.05.1977) erklären wir:

1. Die Forderung wird anerkannt, soweit sie besteht: Aus dem Hausratschaden 26-HR-000877 steht dem Schuldner eine Entschädigung von 2.140,00 € zu, die noch nicht ausgezahlt ist.
2. Weitere Forderungen des Schuldners gegen uns bestehen nicht (die Kfz-Haftpflichtversicherung KF-7728-3310-2 ist ohne Rückvergütung).
3. Vorrangige Pfändungen: keine.

Wir werden den Betrag nach Ablauf der Frist an die Gläubigerin überweisen.

Dr. Carola Schreiber""")

# ---------------------------------------------------------------- batch 6

M("N", "de", "internal", "trap: one-liner about working from home without VPN, office life",
  frm=ADDR("brandt"), to=ADDR("koenig"), date="2026-04-01 07:41", client="mobile",
  subj="VPN geht nicht",
  body="""Ralf, VPN streikt seit 7 Uhr, Ticket ist auf. Ich mach bis dahin Telefon über Softphone und komme notfalls ab 10 rein.""")

M("C", "de", "insurer-to-company", "fleet loss ratio per driver for the renewal talk: drivers' names, claim counts and amounts",
  frm=ADDR("jansen"), to="Fuhrpark Rheinland Pflegedienste <fuhrpark@rheinland-pflege.example>", date="2026-04-01 10:15", client="outlook",
  subj="Schadenverlauf 2025 für das Verlängerungsgespräch",
  body="""Hallo Herr Sommer,

wie besprochen vor unserem Termin am 09.04. der Schadenverlauf 2025. Auffällig sind drei Fahrer:innen mit jeweils 3+ Schäden – vielleicht ist ein Fahrsicherheitstraining sinnvoll, das würden wir bezuschussen.

| Fahrer/in | Fahrzeug | Schäden 2025 | Aufwand |
|---|---|---|---|
| Kübra Aydin | BN-RP 112 | 4 | 5.310 € |
| Mario Conti | BN-RP 107 | 3 | 2.840 € |
| Sandra Wilms | BN-RP 131 | 3 | 3.920 € |
| übrige 34 Fahrer/innen | – | 19 | 27.460 € |

Schadenquote Flotte gesamt: 87 % (Vorjahr 71 %). Ohne Gegensteuern müssen wir den Beitrag um ca. 15 % anpassen.

Viele Grüße
Mareike Jansen""", sig="jansen", sigstyle="short")

M("S", "de", "company", "employer asks about salary conversion during maternity leave of a named employee, forwarded inline",
  frm=ADDR("paulsen"), to="bAV-Vertrag <bav-vertrag@versicherer.example>", date="2026-04-01 13:30", client="thunderbird",
  subj="Fwd: Entgeltumwandlung während Mutterschutz/Elternzeit",
  body="""Bitte Beitragsfreistellung für Frau Gerdes vormerken (Mutterschutz ab 18.05., danach 12 Monate Elternzeit), Antwort an die Firma übernehme ich.

Henrik
""" + FW("M. Holtkamp <lohn@schreinerei-holtkamp.example>", "31.03.2026, 17:55", "Henrik Paulsen <henrik.paulsen@versicherer.example>",
         "Entgeltumwandlung während Mutterschutz/Elternzeit", """Hallo Herr Paulsen,

unsere Mitarbeiterin Anke Gerdes (Direktversicherung DV-40077121) ist schwanger, der errechnete Termin ist der 29.06. Sie geht am 18.05. in Mutterschutz und dann in Elternzeit.

Was passiert mit der Entgeltumwandlung (200 €)? Muss sie weiter zahlen oder ruht das? Sie möchte den Vertrag auf keinen Fall verlieren.

Gruß M. Holtkamp"""))

M("N", "en", "insurer-to-partner", "trap: association working group on the ICD-11 transition, no data",
  frm=ADDR("haas"), to="WG Medical Classification <wg-icd@pkv-association.example>", date="2026-04-02 09:00", client="outlook",
  subj="ICD-11 transition – our comments on the draft paper",
  body="""Dear colleagues,

our comments on draft v0.3 of the position paper:

1. Chapter 6 (mental disorders): the new structure of depressive episodes does not map 1:1 to F32/F33; we need an official crosswalk before tariffs referring to "psychiatric diagnoses" can be interpreted.
2. The new chapter on sexual health (conditions no longer classified as mental disorders) must be reflected in underwriting guidelines.
3. Extension codes: claims systems need a second diagnosis field at least; many insurers only store one code today.
4. Timeline: we support a dual-coding period of at least two years.

Kind regards,
Dr. Corinna Haas""", sig="haas", sigstyle="short")

M("C", "de", "internal", "terse phone note on no-claims downgrading after a motor claim: named VN, policy",
  frm=ADDR("kowalski"), to=ADDR("engel"), date="2026-04-02 11:10", client="outlook",
  subj="Rückstufung KF-7731-0025-4",
  body="""Rüdiger, Hr. Okafor (KF-7731-0025-4) ruft zum 3. Mal an wg. Rückstufung SF 8 -> SF 4 nach Parkschaden. Will den Schaden selbst zahlen (1.380 €), um die SF zu retten. Geht das noch, Frist? Bitte direkt zurückrufen 0176 3321 0954, ich hab ihm "heute" versprochen. Danke! L.""")

M("N", "de", "internal", "trap: staff survey results on the new claims system, percentages",
  frm=ADDR("raman"), to="LS-KV-Alle <ls-kv-alle@versicherer.example>", date="2026-04-02 15:30", client="outlook",
  subj="Ergebnisse Umfrage neues Leistungssystem",
  body="""Hallo zusammen,

danke für 184 Antworten (Rücklauf 71 %)! Kurzfassung:

- Gesamtzufriedenheit: 3,2 von 5 (Pilot: 2,6)
- Top-Lob: Dokumentenansicht nebeneinander, GOÄ-Prüfung
- Top-Kritik: zu viele Klicks bei Krankenhausrechnungen, Suche nach Vers.-Nr. langsam, Diagnosefeld zu klein
- 61 % wollen Tastenkürzel

Die Freitexte haben wir anonymisiert ausgewertet, Zitate ohne Namen im Confluence.

Priya & Projektteam""")

M("S", "de", "insurer-to-company", "query to a private medical billing agency (§ 203) about a named patient's invoice and diagnoses",
  frm=ADDR("kroeger"), to="PVS Rhein-Ruhr Abrechnungsstelle <service@pvs-rhein-ruhr.example>", date="2026-04-03 08:50", client="outlook",
  subj="Rechnung Nr. 2026/448812 – Patient Ferhat Kılıç – Steigerungsfaktoren",
  body="""Sehr geehrte Damen und Herren,

Ihr Rechnungsempfänger Herr Ferhat Kılıç hat uns die Rechnung 2026/448812 (Dr. med. Leutner, Kardiologie) zur Erstattung eingereicht.

Abgerechnet ist u. a. GOÄ 424 (Echokardiographie) mit Faktor 3,5 sowie GOÄ 652 (EKG) mit 2,5. Als Begründung ist nur "erhöhter Zeitaufwand" angegeben. Bei den Diagnosen (I10.90 Hypertonie, R00.2 Palpitationen) ist für uns nicht erkennbar, warum der Schwellenwert überschritten wurde.

Bitte lassen Sie uns über den Arzt eine nachvollziehbare Begründung nach § 12 Abs. 3 GOÄ zukommen. Herr Kılıç hat uns entsprechend bevollmächtigt.

Mit freundlichen Grüßen
Sabine Kröger""", sig="kroeger")

M("N", "de", "internal", "trap: blank power-of-attorney form for relatives with placeholders (DOCX)",
  frm=ADDR("lorenz"), to="Kundenservice <kundenservice-team@versicherer.example>", date="2026-04-03 11:20", client="outlook",
  subj="Neue Vorlage: Vollmacht für Angehörige (Auskunft Gesundheitsdaten)",
  body="""Hallo zusammen,

ab sofort bitte nur noch diese Vorlage verschicken, wenn Angehörige Auskunft zu Leistungsfällen wollen. Ohne unterschriebene Vollmacht keine Auskunft am Telefon – auch nicht an Ehepartner!

Daniela""",
  att=[DOCX("Vorlage_Vollmacht_Angehoerige_v2.docx", [
      ("h", "Vollmacht zur Auskunft und Vertretung gegenüber der Versicherer Krankenversicherung a.G."),
      "Ich, __________________________ (Name, Vorname der versicherten Person), geb. am ____________, Versicherungsnummer ____________,",
      "bevollmächtige hiermit __________________________ (Name, Vorname, Anschrift der bevollmächtigten Person),",
      "mich gegenüber der Versicherer Krankenversicherung a.G. in allen Angelegenheiten meines Vertrags zu vertreten. Die Vollmacht umfasst ausdrücklich auch Auskünfte über Leistungsfälle und die dazu gehörenden Gesundheitsdaten (Diagnosen, Behandlungen, Rechnungen).",
      "Die Vollmacht kann ich jederzeit widerrufen.",
      ("t", [["Ort, Datum", "Unterschrift versicherte Person", "Unterschrift bevollmächtigte Person"], ["", "", ""]]),
      ("small", "Formular KV-VM-02 / Stand 04/2026"),
  ], author="Beschwerdemanagement")])

M("C", "en", "insurer-to-company", "rent deposit guarantees: property manager, named tenants, flats, guarantee amounts",
  frm=ADDR("hartmann"), to="Lettings Team Lakeview RE Fund <lettings.germany@lakeview-re.example>", date="2026-04-06 09:45", client="outlook",
  subj="Rent deposit guarantees issued – Venloer Str. 140",
  body="""Dear Mr Ferreira,

the following rent deposit guarantees have been issued under the framework agreement and sent to the tenants and to you:

Flat 1.03 – Ms Yara Haddad – EUR 2,850 – guarantee KB-2026-04411
Flat 3.11 – Mr Jakub Nowicki and Ms Ewa Nowicka – EUR 3,600 – KB-2026-04412
Flat 4.02 – Mr Lennart Krüger – EUR 2,100 – KB-2026-04413

The guarantees replace the cash deposit; please confirm that you will return the cash deposit of Ms Haddad that you have already received.

Kind regards,
Sven Hartmann""", sig="hartmann", sigstyle="short")

M("S", "en", "internal", "handover note before holiday: three open cases with names and diagnoses",
  frm=ADDR("whitfield"), to="International Health Services <ihs-team@versicherer.example>", date="2026-04-06 17:20", client="outlook",
  subj="Handover – I'm off 7–17 April",
  body="""Hi team,

I'm off from tomorrow. Open things:

1. Okonjo (IH-204418) – Dubai invoice for the appendectomy still missing the anaesthesia part, hospital promised it this week. Pay when in, GOP covers it.
2. Tanabe-Kraus (IH-211470) – MRI showed L5/S1 disc prolapse, neurosurgeon suggests surgery; Corinna wants a second opinion first. Don't approve surgery before her OK.
3. Ferreira-Maas (IH-209931) – Zurich NSTEMI invoice: Emre is checking the private room surcharge. Member is back in Frankfurt, cardiac rehab request will probably come – rehab is covered in his plan.

Everything else is in the queue notes. Urgent GOPs: Gerrit is my backup.

Emma""")

M("N", "de", "internal", "trap: actuarial note comparing mortality tables, no person",
  frm=ADDR("okafor"), to="Produktentwicklung Leben <pe-leben@versicherer.example>", date="2026-04-07 10:00", client="outlook",
  subj="Sterbetafeln für die Risikoleben-Neukalkulation",
  body="""Hallo zusammen,

Vergleich der Sterblichkeit für die Neukalkulation Risiko 2027 (q_x je 1.000, Männer, Nichtraucher):

Alter  DAV 2008 T  eigene Erfahrung 2019–2025  Verhältnis
30     0,62        0,41                         66 %
40     1,12        0,71                         63 %
50     3,05        2,02                         66 %
60     7,96        5,71                         72 %

Die Raucherdifferenzierung bleibt, BMI als weiteres Merkmal prüfen wir (Datenlage dünn). Details im Aktuariatsbericht AB-2026-04, Einzelverträge sind dort nicht enthalten.

Chidi""")

M("C", "de", "insurer-to-authority", "tax office garnishment of a named owner's buildings claim payment",
  frm=ADDR("schreiber"), to="Finanzamt Köln-Ost Vollstreckungsstelle <vollstreckung.koeln-ost@finanzamt.example>", date="2026-04-07 13:40", client="outlook",
  subj="Pfändungs- und Einziehungsverfügung vom 30.03.2026 – Vollstreckungsschuldner Heinz-Jürgen Pöppel, StNr. 218/5112/4471",
  body="""Sehr geehrte Damen und Herren,

zur Pfändungs- und Einziehungsverfügung vom 30.03.2026 gegen Herrn Heinz-Jürgen Pöppel, Bergstraße 4, 51143 Köln, teilen wir als Drittschuldnerin mit:

- Herr Pöppel ist Versicherungsnehmer einer Wohngebäudeversicherung (WG-3360921) für das Objekt Bergstraße 4.
- Aus dem Sturmschaden vom 04.03.2026 (26-WG-001988) steht eine Entschädigung von 6.480,00 € zur Auszahlung an.
- Die Forderung ist an die Kreissparkasse als Grundpfandgläubigerin sicherungshalber gebunden (§ 1128 BGB); eine Zahlung an Sie kommt nur mit deren Zustimmung in Betracht.

Mit freundlichen Grüßen
Dr. Carola Schreiber""")

M("S", "de", "internal", "base64 / iso-8859-1 body: question on a child's ADHD medication (methylphenidate) refund",
  frm=ADDR("kroeger"), to=ADDR("haas"), date="2026-04-08 09:05", client="thunderbird", charset="iso-8859-1", cte="base64",
  subj="Medikinet bei Kind – Tarif leistet?",
  body="""Hallo Corinna,

noch eine Frage:

VP Leon Albrecht-Sauer, 9 J., mitversichert bei der Mutter (4-287742-02)
Rezepte Kinderpsychiater: Medikinet retard 20 mg, seit 01/26, Diagn. ADHS (F90.0)
Apotheke 3 Monate: 212,40 EUR

Tarif KiKo-Start schließt "Arzneimittel zur Leistungssteigerung" aus. Ist MPH bei gesicherter Diagnose für dich ein normales Arzneimittel? Ich denke ja.

Sabine""")

M("N", "en", "internal", "trap: contact-centre weekly report with call reasons incl. hospital pre-authorisations",
  frm=ADDR("kowalski"), to="Customer Service Leads <cs-leads@versicherer.example>", date="2026-04-08 16:45", client="outlook",
  subj="Contact centre – week 14",
  body="""Hi all,

week 14 in numbers:

calls offered 11,408 / answered 10,233 (89.7 %) / service level 72 % in 20 s
top call reasons:
 1. status of claim / reimbursement 31 %
 2. premium increase KV 14 %
 3. motor claims (storm, glass) 12 %
 4. hospital pre-authorisation / cost coverage 7 %
 5. change of bank details / address 6 %

The storm is over, so motor should drop next week. We still need two people for the Saturday shift on 18 April.

Lena""")

M("C", "de", "internal", "liability claim file handover: named VN and injured party's property only (bike), claim no.",
  frm=ADDR("oltmanns"), to="Schadenservice Haftpflicht <hp-team@versicherer.example>", date="2026-04-09 12:00", client="outlook",
  subj="Übergabe meiner offenen Fälle ab 13.04.",
  body="""Hallo zusammen,

ich bin ab Montag für drei Wochen im Projekt, Vertretung laut Plan. Die heiklen offenen Fälle:

25-HP-118204 – VN Julia Rausch / Stein (Laptop): Zahlung raus, RA Feldhaus will noch Anwaltskosten, 2,0 Geschäftsgebühr ist zu hoch, 1,3 anbieten.
26-HP-000612 – VN Tobias Engländer, hat beim Ausparken das E-Bike von Herrn Marek Dvořák umgefahren (Kfz? nein, er schob einen Anhänger von Hand → PHV). Sachschaden 2.950 €, Rad 1 Jahr alt, keine Verletzten. Wertgutachten läuft.
26-HP-000799 – VN Familie Seeger, Kind (7) hat Auto des Nachbarn zerkratzt, Deliktunfähigkeit → höflich ablehnen, Kulanz bis 500 € ok laut Birgit.

Jens""")

M("N", "de", "insurer-to-supplier", "trap: print service order for premium adjustment letters, volumes only",
  frm=ADDR("krueger"), to="Auftragsannahme Druckzentrum West <auftrag@druckzentrum-west.example>", date="2026-04-09 14:20", client="outlook",
  subj="Bestellung Druck + Versand Beitragsanpassung KV 2027 (Vorab-Info)",
  body="""Sehr geehrte Frau Kurz,

zur Kapazitätsplanung vorab:

- Produkt: Beitragsanpassungsschreiben Krankenversicherung zum 01.01.2027
- Volumen: ca. 186.000 Schreiben, 4–8 Seiten, Duplex, 1 Beilage
- Datenlieferung: verschlüsselt über SFTP, 2 Tranchen (KW 44 und KW 45)
- Versand: bis spätestens 30.11.2026 (Zugang beim Kunden vor 01.12. zwingend!)

Die Datensätze enthalten Name, Anschrift und Tarifdaten; der AV-Vertrag vom letzten Jahr gilt weiter. Bitte um Angebot bis 30.04.

Mit freundlichen Grüßen
Stefan Krüger""", sig="krueger", sigstyle="short")

M("S", "de", "hospital", "hospital's open-items list (HTML alternative with table) forwarded: named patients, stays, amounts",
  frm=ADDR("celik"), to=ADDR("brandt"), date="2026-04-10 09:30", client="outlook", html=True,
  subj="WG: Offene Posten Klinikum Nordstadt – Mahnung",
  body="""Gerrit, die Klinik mahnt vier Rechnungen an. Sauer hängt an der Verweildauer-Prüfung (liegt bei mir), die anderen drei sind bei dir im Korb. Kannst du schauen?

Emre

Von: Patientenabrechnung Klinikum Nordstadt
Gesendet: Donnerstag, 9. April 2026 15:12
Betreff: Offene Posten – Mahnung

Sehr geehrte Damen und Herren,

folgende Rechnungen sind trotz Fälligkeit noch offen:

[[t]]

Wir bitten um Ausgleich innerhalb von 14 Tagen.

Patientenabrechnung""",
  tables={"t": ([["Rechnung", "Patient/in", "Geb.-Dat.", "Aufenthalt", "Fachabteilung", "Betrag"],
                 ["2025-118207", "Sauer, Rolf", "15.05.1949", "12.12.–29.12.2025", "Orthopädie", "14.882,10 €"],
                 ["2026-000317", "Hübner, Karin", "30.08.1962", "05.01.–09.01.2026", "Gynäkologie", "5.412,66 €"],
                 ["2026-000944", "Yılmaz, Deniz", "11.11.2001", "18.01.–20.01.2026", "Innere / Gastro", "2.980,00 €"],
                 ["2026-001120", "Roth, Wilhelm", "02.03.1940", "22.01.–06.02.2026", "Geriatrie", "9.744,35 €"]], "pad")})

M("C", "de", "insurer-to-company", "insurance confirmation for a private landlord via the property manager: owner name, address, premium",
  frm=ADDR("hartmann"), to="WEG-Verwaltung Lindner <buchhaltung@verwaltung-lindner.example>", date="2026-04-10 11:50", client="outlook",
  subj="Versicherungsbestätigung Wohngebäude – Eigentümer Hr. Dr. Oberholz",
  body="""Sehr geehrte Frau Lindner,

für die Nebenkostenabrechnung 2025 bestätigen wir:

Versicherungsnehmer: Dr. Martin Oberholz
Objekt: Dürener Str. 201, 50931 Köln (Einfamilienhaus, vermietet)
Vertrag: Wohngebäude WG-3355012 inkl. Elementar, Haus- und Grundbesitzerhaftpflicht HG-0091144
Jahresbeitrag 2025: 1.284,60 € bzw. 118,00 € (inkl. VersSt)
bezahlt vollständig am 02.01.2025

Mit freundlichen Grüßen
Sven Hartmann""")

M("N", "en", "internal", "trap: DPO FAQ on sending health data via Teams or e-mail, rules only",
  frm=ADDR("meier"), to="All staff <all-staff@versicherer.example>", date="2026-04-13 09:00", client="outlook",
  subj="FAQ: health data in Teams, e-mail and on the phone",
  body="""Dear colleagues,

the questions we get most often:

Q: Can I paste a customer's diagnosis into a Teams chat to ask a colleague?
A: No. Use the case note in the claims system and send the colleague the case link.

Q: Can I e-mail a doctor's report to the medical adviser internally?
A: Internally yes, via the claims system's task function; plain e-mail only if there is no other way, and never to external addresses without the secure channel.

Q: A relative calls and asks about a hospital bill. What can I say?
A: Nothing without a power of attorney (form KV-VM-02).

Q: Can I put the diagnosis in the subject line?
A: Please don't. Subjects end up in logs and notifications.

Thomas Meier, Data Protection Officer""")

M("S", "en", "insurer-to-company", "reply to an employer on a group income protection claim with rehab plan for a named employee",
  frm=ADDR("stanek"), to="Claire Dobson <claire.dobson@brightwell-uk.example>", date="2026-04-13 14:10", client="outlook",
  subj="RE: GIP claim – Ms Chandran – return-to-work plan",
  body="""Dear Claire,

thank you for the call. With Ms Chandran's consent I can share the following for planning purposes:

- the claim under GIP-UK-0031 has been accepted from 28 March 2026 (end of the deferred period)
- her treating psychiatrist supports a phased return starting in June: 2 days/week for 4 weeks, then 3 days
- our vocational rehabilitation partner will contact you to discuss adjustments (reduced client contact, no night travel)
- benefit during the phased return will be proportionate to the hours not worked

Please don't ask her for medical details directly; she can contact me at any time.

Kind regards,
Oliver Stanek""", sig="stanek")

M("N", "de", "internal", "trap: canteen health week with blood pressure checks, office life",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", date="2026-04-14 08:30", client="outlook",
  subj="Gesundheitswoche in der Kantine 20.–24.04.",
  body="""Hallo zusammen,

in der Gesundheitswoche gibt es:

Mo: Blutdruck- und Blutzuckermessung (Betriebsarzt, anonym, ohne Anmeldung)
Di: Ernährungsberatung "Mittagstief ade"
Mi: Rückenfit-Pause 12:30 im Foyer
Do: Hautkrebs-Screening-Info der Dermatologin (Vortrag, keine Untersuchung)
Fr: Obst satt

Eure Messwerte bekommt nur ihr selbst auf einem Zettel, es wird nichts gespeichert.

Anja""")

M("C", "de", "internal", "fleet driver with repeated claims: proposal to exclude the named driver from cover",
  frm=ADDR("jansen"), to=ADDR("engel"), date="2026-04-14 10:40", client="outlook",
  subj="Flotte Rheinland Pflege – Fahrerin ausschließen?",
  body="""Hallo Rüdiger,

Frage zur Vertragsgestaltung: Die Firma überlegt, Frau Kübra Aydin (BN-RP 112, 4 Schäden 2025, 2 in 2026) nur noch Poolfahrzeuge mit Vollkasko-SB 2.500 fahren zu lassen. Können wir im Flottenvertrag eine fahrerbezogene SB vereinbaren oder geht das nur fahrzeugbezogen?

Hintergrund ist nur die Schadenhäufigkeit (Parkschäden), nichts Dramatisches.

Mareike""")

M("N", "de", "internal", "trap: IT ticket: printer queue prints medical reports on the wrong floor, no content",
  frm="IT Service Desk <servicedesk@versicherer.example>", to=ADDR("brandt"), date="2026-04-14 15:05", client="system", mailer="ServiceNow",
  subj="INC0121377 gelöst: Drucker 4.12 druckt im Raum 4.20",
  body="""Ihr Incident INC0121377 wurde gelöst.

Kurzbeschreibung: Druckaufträge (Arztberichte, KH-Rechnungen) an "PR-4-12" kommen im Kopierraum 4.20 heraus
Lösung: Nach dem Umzug war die Warteschlange PR-4-12 noch auf das alte Gerät gemappt. Mapping korrigiert, Testdruck ok. Die im Raum 4.20 liegen gebliebenen Ausdrucke wurden vom Facility Management in die Datenschutztonne gegeben.

Falls das Problem weiter besteht, antworten Sie innerhalb von 5 Tagen auf diese Mail.

IT-Servicedesk""")

M("C", "en", "insurer-to-lawyer", "private liability: damage to a rented holiday flat in Spain by a named insured, landlord's lawyer",
  frm=ADDR("oltmanns"), to="Bufete Morales & Ruiz <l.ruiz@moralesruiz.example>", date="2026-04-15 11:15", client="outlook",
  subj="Your client Ms Carmen Ibáñez – damage to flat in Málaga – our ref 26-HP-000933",
  body="""Dear Ms Ruiz,

we act as personal liability insurer of Mr Florian Neubauer (policy PH-0102271), who rented your client's holiday flat at Calle Larios 12, 3º B, from 1 to 14 March 2026.

Our insured admits that the glass top of the dining table broke when he put down a box of drinks. We accept the replacement cost of EUR 640 as per the carpenter's quote.

The claimed repainting of the living room (EUR 1,900) is normal wear and tear and not caused by our insured.

Please send us your client's bank details; we can pay to your firm's client account if you prefer.

Kind regards,
Jens Oltmanns""", sig="oltmanns", sigstyle="short")

M("S", "de", "insurer-to-collector", "health premium arrears handed to the collector: named debtor, health policy, emergency tariff",
  frm=ADDR("becker"), to="Forderungsmanagement Creditreform-Partner <auftraege@inkasso-westfalen.example>", date="2026-04-15 14:30", client="outlook",
  subj="Neuer Auftrag: Beitragsrückstand Krankenversicherung 4-276611",
  body="""Guten Tag,

neuer Auftrag, bitte mit der für KV-Fälle vereinbarten Vorgehensweise (keine telefonische Ansprache beim Arbeitgeber, keine Nennung der Sparte gegenüber Dritten):

Schuldnerin: Tamara Vukovic, Waldecker Str. 20, 51065 Köln
Vertrag: Krankheitskostenvollversicherung 4-276611-01, seit 01.02.2026 im Notlagentarif (§ 193 Abs. 7 VVG)
Rückstand: 2.914,80 € (Beiträge 08/2025 – 01/2026) zzgl. Säumniszuschläge 87,44 €
Mahnverfahren nach § 193 Abs. 6 VVG abgeschlossen

Die Leistungsansprüche im Notlagentarif bleiben unberührt; bitte keine Aussagen zu Leistungen gegenüber der Schuldnerin.

Mit freundlichen Grüßen
Hannes Becker""")

# ---------------------------------------------------------------- batch 7

M("N", "de", "internal", "trap: ZIP with recourse process handbook (PDF) and letter template (DOCX), no case data",
  frm=ADDR("wolff"), to="Regress-Team <regress-team@versicherer.example>", date="2026-04-16 09:15", client="outlook",
  subj="Prozesshandbuch Regress 2026 + Musterschreiben",
  body="""Hallo zusammen,

anbei das überarbeitete Prozesshandbuch und das neue Musterschreiben für Regress nach § 86 VVG bei Personenschäden. Bitte bis Monatsende lesen, Fragen in der Teamrunde am 28.04.

Dennis""",
  att=[ZIP("Regress_Handbuch_2026.zip", [
      PDF("Prozesshandbuch_Regress_2026.pdf", [
          ("h", "Prozesshandbuch Regress – Stand April 2026"),
          ("h", "1. Anwendungsbereich", 2),
          "Regress nach § 86 VVG in der Sach-, Kfz- und Krankenversicherung; Teilungsabkommen mit GKV-Trägern; Regressverzichtsabkommen der Feuerversicherer.",
          ("h", "2. Personenschäden", 2),
          "Bei Regress von Heilbehandlungskosten (Krankenversicherung) dürfen dem gegnerischen Versicherer nur die Daten übermittelt werden, die für die Bezifferung nötig sind: Unfalltag, Art der Verletzung in allgemeinen Worten, Rechnungsaufstellung. Arztberichte nur mit Einwilligung der versicherten Person und nur über den sicheren Kanal.",
          ("h", "3. Fristen", 2),
          "Verjährung 3 Jahre ab Jahresende der Kenntnis. Wiedervorlage 6 Monate vor Ablauf automatisch.",
          ("t", [["Fallgruppe", "Zuständig", "Freigabe ab"], ["Kfz Sachschaden", "Regress-Team", "10.000 EUR"], ["Personenschaden", "Regress-Team + Recht", "25.000 EUR"], ["Teilungsabkommen", "Regress-Team", "Limit lt. Abkommen"]]),
      ], title="Prozesshandbuch Regress", author="Dennis Wolff"),
      DOCX("Musterschreiben_Regress_86VVG.docx", [
          ("h", "Musterschreiben – Regress § 86 VVG (Personenschaden)"),
          "Sehr geehrte Damen und Herren,",
          "Ihr Versicherungsnehmer «Name VN Gegner» hat am «Unfalltag» einen Unfall verursacht, bei dem unsere Versicherte / unser Versicherter «Name» verletzt wurde. Wir haben als Krankenversicherer Leistungen in Höhe von «Betrag» € erbracht (Aufstellung anbei).",
          "Die Ansprüche sind nach § 86 VVG auf uns übergegangen. Bitte zahlen Sie bis «Frist».",
          "Mit freundlichen Grüßen",
      ], author="Dennis Wolff"),
  ])])

M("C", "en", "insurer-to-company", "relocation goods cover for a named employee's household move, addresses, declared value",
  frm=ADDR("osei"), to="Move Coordination GlobalReloc <de.moves@globalreloc.example>", date="2026-04-16 13:30", client="outlook",
  subj="Goods in transit cover – move of Ms Astrid Lindgren-Bauer (Cologne → Stockholm)",
  body="""Dear Mr Håkansson,

confirmed: cover for the household move of Ms Astrid Lindgren-Bauer under your open transit policy TR-OP-2022-14:

from: Lindenallee 33, 50968 Köln
to: Surbrunnsgatan 41, 113 48 Stockholm
loading: 11 May 2026, delivery planned 14 May
declared value: EUR 68,000 (valuables list with 3 items > EUR 5,000 received: piano, painting, watch)
deductible: EUR 250 per claim

Please send the packing list with the final inventory numbers before loading.

Kind regards,
Daniel Osei""", sig="osei", sigstyle="short")

M("N", "de", "internal", "trap: team meeting minutes (ODT) with backlog figures and stand-ins, no case",
  frm=ADDR("brandt"), to="Leistung Stationär <stationaer-team@versicherer.example>", date="2026-04-17 15:00", client="thunderbird",
  subj="Protokoll Teamrunde 16.04.",
  body="""Hallo zusammen,

Protokoll im Anhang. Wichtigster Punkt: ab Mai übernimmt Yasemin den Postkorb Kostenübernahmen, ich mache die Großschäden.

Gerrit""",
  att=[ODT("Protokoll_Teamrunde_2026-04-16.odt", [
      ("h", "Protokoll Teamrunde Leistung Stationär – 16.04.2026"),
      "Teilnehmende: 9 von 11, Protokoll: Gerrit",
      "1. Rückstand: 214 offene KH-Rechnungen (Vorwoche 260), davon 31 älter als 20 Tage.",
      "2. Umzug 4. OG: Drucker-Problem gelöst (INC0121377). Aktenraum-Schlüssel wieder da.",
      "3. Neue Fax-Nummer für Kliniken: Rundschreiben ist raus, bisher 40 % Umstellung.",
      "4. Zuständigkeiten ab Mai: Postkorb Kostenübernahmen Yasemin, Großschäden > 50 T€ Gerrit, AHB/Reha wie bisher Paul.",
      ("t", [["Aufgabe", "wer", "bis"], ["Checkliste AHB aktualisieren", "Paul", "30.04."], ["Liste Kliniken ohne DTA", "Emre", "08.05."]]),
  ])])

M("S", "de", "internal", "windows-1252: team-lead goodwill approval in group accident; quote names the insured and the injury",
  frm=ADDR("koenig"), to=ADDR("albrecht"), date="2026-04-20 08:20", client="outlook", charset="windows-1252",
  subj="AW: Kulanz Bergungskosten Hoffmeister (GU-55180)",
  body="""Freigabe ok, 850 € aus Kulanz. Bitte so dokumentieren wie in der Rundmail beschrieben.

Ralf""",
  quote=OQ("Albrecht, Miriam", "Freitag, 17. April 2026 16:41", "König, Ralf", "Kulanz Bergungskosten Hoffmeister (GU-55180)", """Hallo Ralf,

ich weiß, Gruppenunfall ist eigentlich nicht deins, aber Kai ist im Urlaub und du bist Vertretung für Kulanz > 500:

VP Jan Hoffmeister (Müller Logistik), Arbeitsunfall 17.02. – Quetschung/Fraktur Ringfinger re.
Er ist danach mit dem privaten Wagen zum Handchirurgen nach Bonn gefahren worden, Transport- und Fahrtkosten 850 €. Bergungskosten sind nur bei Rettungseinsätzen versichert, formal also nein.
Vorschlag: Kulanz, weil das KH Porz ihn ausdrücklich zum Handchirurgen geschickt hat.

Miriam"""))

M("C", "de", "insurer-to-company", "rental replacement car for a named customer after a motor liability claim, plate, claim no.",
  frm=ADDR("brenner"), to="Unfallersatz-Service Rhein-Mobil <disposition@rhein-mobil.example>", date="2026-04-20 10:05", client="outlook",
  subj="Ersatzfahrzeug für Hr. Bayraktar – 26-KF-008120",
  body="""Guten Morgen,

bitte für den Geschädigten Herrn Emin Bayraktar (Halter K-EB 771, Golf Variant) ab heute ein Ersatzfahrzeug Gruppe C bereitstellen, Abholung bei ihm zuhause Mauenheimer Str. 62, 50733 Köln, Tel. 0157 7321 0088.

Dauer: bis Reparaturende, voraussichtlich 8 Arbeitstage (Werkstatt Kremer).
Abrechnung direkt mit uns, Schaden 26-KF-008120, unser VN haftet zu 100 %. Keine Verletzten.

Danke und Gruß
Markus Brenner""", sig="brenner", sigstyle="short")

M("N", "en", "newsletter", "trap: broker newsletter on the new dental product, generic",
  frm="Broker News <broker-news@versicherer.example>", to="Broker distribution list <broker-news-list@versicherer.example>", date="2026-04-21 07:00",
  client="system", mailer="Newsletter 3.2",
  subj="Broker News April: ZahnPlus 2026, faster BU underwriting",
  body="""BROKER NEWS – April 2026

ZahnPlus 2026
- 90 % for dentures, implants and inlays, also for teeth missing at application (with a 12-month waiting period)
- professional cleaning twice a year, up to EUR 200
- orthodontics for children incl. KIG 2 (new!)

BU: faster underwriting
Applications with standard health questions and no relevant answers now get an instant decision in the broker portal. For applications with pre-existing conditions (e.g. back pain, depression in the last 5 years) our underwriters now answer anonymous risk queries within 48 hours.

Webinar: 6 May, 10:00 – "Dental supplementary insurance in practice"

You receive this newsletter because you are a registered broker. Unsubscribe in the broker portal.""")

M("N", "de", "internal", "trap: goodwill statistics 2025 per team, amounts only",
  frm=ADDR("park"), to=ADDR("koenig"), cc=ADDR("schmitz"), date="2026-04-21 11:30", client="outlook",
  subj="Kulanzstatistik 2025 (für den Revisionsnachgang)",
  body="""Hallo Ralf, hallo Birgit,

die Kulanzzahlungen 2025 nach Team:

Team                Anzahl   Summe      davon > 1.000 €
Ambulant 1            212     61.400 €     9
Ambulant 2            188     58.900 €    11
Zahn                  143     97.210 €    31
Stationär              37     44.800 €    12
Sach (Hausrat/WG)      96     38.120 €     6
Kfz                    71     22.540 €     2

Mit Freigabe-Mail dokumentiert sind seit Februar 100 % der Fälle > 1.000 €. Einzelfälle nur im Kulanzregister.

Hannah""")

M("C", "de", "internal", "hurried phone note on a stolen e-bike: named VN, frame number, police reference, household policy",
  frm=ADDR("kowalski"), to=ADDR("demir"), date="2026-04-21 14:48", client="outlook",
  subj="E-Bike weg – HR-2301188 Okafor",
  body="""Aylin, Hr. Okafor schon wieder (diesmal Hausrat):
- E-Bike Cube Kathmandu Hybrid, RN WAC23E0117, gekauft 05/2024 für 3.299 €
- geklaut in der Nacht 19./20.04. aus dem verschl. Fahrradkeller Kalker Hauptstr. 118
- Anzeige Polizei Köln, Tgb-Nr. 118822-26
- Fahrradklausel bis 5.000 € drin, Nachtzeitklausel nicht (alter Tarif? bitte prüfen)
Rechnung + Anzeige lädt er heute im Portal hoch.
L.""")

M("N", "en", "internal", "trap: out-of-office auto reply of the medical adviser, no case",
  frm=ADDR("haas"), to=ADDR("whitfield"), date="2026-04-22 09:01", client="system", mailer="Microsoft Exchange",
  subj="Automatic reply: second opinion – neurosurgery",
  body="""I am out of the office until 4 May with limited access to e-mail.

For urgent medical advisory questions (hospital admissions, guarantees of payment, evacuation) please contact the medical advisory hotline, ext. -3490, or Dr. Ulrike Hasselbach for life and disability cases.

Your mail will not be forwarded.

Dr. Corinna Haas""")

M("N", "de", "internal", "trap: summer party announcement, office life",
  frm=ADDR("baumann"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", date="2026-04-22 12:00", client="outlook",
  subj="Save the date: Sommerfest am 26. Juni",
  body="""Liebe Kolleginnen und Kollegen,

merkt euch schon mal den 26. Juni vor: Sommerfest auf der Dachterrasse und im Innenhof, ab 16 Uhr.

- Grill (auch vegetarisch/vegan), Getränke, Eis
- Band aus den eigenen Reihen (die "Schadenfreunde" üben schon)
- Kinderprogramm bis 19 Uhr
- Allergene und Inhaltsstoffe stehen an den Ständen

Wer beim Aufbau hilft, meldet sich bitte bei mir. Die Anmeldung öffnet im Mai.

Julia
Unternehmenskommunikation""")

# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
