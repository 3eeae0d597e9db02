#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 14 generator (dev14).

Writes mails/d14-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs only the Python standard library (office and PDF attachments are built by hand below).
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
    # new in dev14 (broker business)
    "hein": ("Kerstin Hein", "kerstin.hein", "Maklerservice-Center", "Broker Service Centre", "grp", "-1190"),
    "lutz": ("Patrick Lutz", "patrick.lutz", "Vertriebsabrechnung / Provisionen", "Commission Accounting", "grp", "-1260"),
    "arslan": ("Deniz Arslan", "deniz.arslan", "Bestandsverwaltung Makler", "Broker Portfolio Administration", "grp", "-1275"),
    "ashworth": ("Claire Ashworth", "claire.ashworth", "Internationales Maklergeschäft", "International Broker Desk", "lv", "-7730"),
    "holm": ("Dr. med. Jan Holm", "jan.holm", "Risikoprüfung Kranken", "Medical Underwriting Health", "kv", "-3250"),
    "berger": ("Simone Berger", "simone.berger", "Antragsbearbeitung Unfall", "New Business Accident", "av", "-4725"),
    "koenig": ("Matthias König", "matthias.koenig", "Vertriebs-Compliance", "Sales Compliance", "grp", "-1240"),
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

from xml.sax.saxutils import escape as _xe


def _x(v):
    """XML-escape a cell/paragraph value and drop characters XML 1.0 forbids."""
    s = "" if v is None else str(v)
    s = "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 0x20)
    return _xe(s, {'"': "&quot;"})


def _zip_bytes(members, stamp, stored_first=None):
    """members: list of (name, str|bytes). Fixed member times; 'mimetype' stored uncompressed first."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members:
            if isinstance(body, str):
                body = body.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _core_xml(author, stamp, title=""):
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            f'<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    stamp = _STAMP[0]
    names = list(sheets)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    for i in range(len(names)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, n in enumerate(names):
        wb.append(f'<sheet name="{_x(n[:31])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
        wrels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                     f'Target="worksheets/sheet{i + 1}.xml"/>')
    wb.append("</sheets></workbook>")
    wrels.append(f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                 'Target="styles.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    members = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("xl/workbook.xml", "".join(wb)),
               ("xl/_rels/workbook.xml.rels", "".join(wrels)), ("xl/styles.xml", styles)]
    for i, n in enumerate(names):
        rows = sheets[n]
        ncol = max((len(r) for r in rows), default=1)
        cols = []
        for j in range(ncol):
            w = max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0)
            cols.append(f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, w + 2))}" customWidth="1"/>')
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               f'<cols>{"".join(cols)}</cols><sheetData>']
        for ri, r in enumerate(rows):
            cells = []
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri + 1}"
                st = ' s="1"' if ri == 0 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{st} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            out.append(f'<row r="{ri + 1}">{"".join(cells)}</row>')
        out.append("</sheetData></worksheet>")
        members.append((f"xl/worksheets/sheet{i + 1}.xml", "".join(out)))
    members.append(("docProps/core.xml", _core_xml(author, stamp)))
    members.append(("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                    '<Application>Microsoft Excel</Application></Properties>'))
    data = _zip_bytes(members, stamp)
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
    stamp = _STAMP[0]
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        runs = []
        for k, line in enumerate(str(text).split("\n")):
            if k:
                runs.append(f"<w:r>{rpr}<w:br/></w:r>")
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r>')
        return f"<w:p>{''.join(runs)}</w:p>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(para(b[1], True, 28 if len(b) < 3 or b[2] == 1 else 24))
        elif b[0] in ("p", "small"):
            body.append(para(b[1], size=16 if b[0] == "small" else None))
        elif b[0] == "t":
            rows = b[1]
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr><w:tblGrid>'
                 + "".join('<w:gridCol w:w="1800"/>' for _ in rows[0]) + "</w:tblGrid>"]
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join(f"<w:tc>{para('' if v is None else v, bold=(i == 0))}</w:tc>" for v in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W}><w:body>{"".join(body)}'
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
    data = _zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                       ("docProps/core.xml", _core_xml(author, stamp))], stamp)
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
           'xmlns:office_ooo="http://openoffice.org/2009/office"')


def _odf_pack(mime, content, stamp, author="Versicherer"):
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%S")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            f'<meta:generator>LibreOffice/7.6</meta:generator><meta:creation-date>{iso}</meta:creation-date>'
            f'<dc:date>{iso}</dc:date><meta:initial-creator>{_x(author)}</meta:initial-creator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content),
                       ("meta.xml", meta)], stamp, stored_first="mimetype")


def _ods(fn, sheets):
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS} office:version="1.2">'
           '<office:body><office:spreadsheet>']
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
    out.append("</office:spreadsheet></office:body></office:document-content>")
    return Att(fn, _odf_pack("application/vnd.oasis.opendocument.spreadsheet", "".join(out), _STAMP[0]),
               "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _odt(fn, blocks):
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS} office:version="1.2">'
           '<office:automatic-styles><style:style style:name="Heading" style:family="paragraph">'
           '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style></office:automatic-styles>'
           '<office:body><office:text>']
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:outline-level="1" text:style-name="Heading">{_x(b[1])}</text:h>')
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
    out.append("</office:text></office:body></office:document-content>")
    return Att(fn, _odf_pack("application/vnd.oasis.opendocument.text", "".join(out), _STAMP[0]),
               "application", "vnd.oasis.opendocument.text", kind="odt")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _pdf_str(s):
    s = s.translate(_PDF_MAP)
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Minimal PDF 1.4 with Helvetica (WinAnsiEncoding) and a real text layer; A4, several pages if needed."""
    lines = []   # (font, size, leading, text)
    for b in _blocks(blocks):
        if b[0] == "h":
            sz = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _wrap(b[1], 70):
                lines.append(("F2", sz, sz + 4, l))
            lines.append(("F1", 6, 6, ""))
        elif b[0] == "p":
            for l in _wrap(b[1], 95):
                lines.append(("F1", 10, 13, l))
            lines.append(("F1", 6, 6, ""))
        elif b[0] == "small":
            for l in _wrap(b[1], 130):
                lines.append(("F1", 7, 9, l))
            lines.append(("F1", 4, 4, ""))
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for i, r in enumerate(rows):
                txt = "  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip()
                lines.append(("F4" if i == 0 else "F3", 7.5, 10, txt))
            lines.append(("F1", 8, 8, ""))
    pages, cur, y = [], [], 800
    for f, sz, lead, t in lines:
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        if t:
            cur.append(b"BT /%s %s Tf 56 %d Td (%s) Tj ET" % (f.encode(), str(sz).encode(), y, _pdf_str(t)))
    pages.append(cur)
    objs = []   # index 0 -> obj 1

    def add(o):
        objs.append(o)
        return len(objs)

    cat = add(None)
    pagesobj = add(None)
    fonts = [add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % n)
             for n in (b"Helvetica", b"Helvetica-Bold", b"Courier", b"Courier-Bold")]
    res = b"<< /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R /F4 %d 0 R >> >>" % tuple(fonts)
    kids = []
    for pg in pages:
        stream = b"\n".join(pg) + b"\n"
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                        % (pagesobj, res, c)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pagesobj
    objs[pagesobj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'").encode()
    info = b"<< /Producer (Siegel dev14 corpus) /Author (%s) /CreationDate (%s)" % (_pdf_str(author), d)
    if title:
        info += b" /Title (%s)" % _pdf_str(title)
    infoobj = add(info + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, infoobj, xref))
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def _pdf_text(data):
    """Text layer of a PDF written by _pdf (uncompressed content streams)."""
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        out.append(re.sub(rb"\\(.)", rb"\1", m.group(1)).decode("cp1252"))
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
    salt = f"d14|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d14-{n:04d}.eml"
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


def _iter_text(node):
    for c in node.childNodes:
        if c.nodeType == c.TEXT_NODE:
            yield c
        else:
            yield from _iter_text(c)


def check():
    from email import policy as P
    from email.parser import BytesParser
    import xml.dom.minidom as _md
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
                need = {".xlsx": ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
                        ".docx": ["[Content_Types].xml", "word/document.xml"],
                        ".odt": ["mimetype", "content.xml", "META-INF/manifest.xml"],
                        ".ods": ["mimetype", "content.xml", "META-INF/manifest.xml"]}[low[low.rfind("."):]]
                for nm in need:
                    assert nm in z.namelist(), (fn, fname, nm)
                texts = []
                for nm in z.namelist():
                    if nm.endswith((".xml", ".rels")):
                        dom = _md.parseString(z.read(nm))   # well-formed XML
                        if nm in ("content.xml", "word/document.xml") or nm.startswith("xl/worksheets/"):
                            texts.append("".join(t.data for t in _iter_text(dom)))
                assert "".join(texts).strip(), (fn, fname, "no text")
            if low.endswith(".zip"):
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert _pdf_text(data).strip(), (fn, fname, "empty PDF text")
            assert b"startxref" in data and b"xref" in data, fn
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


# ---------------- batch 1 ----------------

M("S", "de", "broker", "BU application forwarded with the client's answers to the health questions (back treatment, physiotherapy, psychotherapy)",
  frm=ADDR("hein"), to=ADDR("schulte"), subj="WG: BU-Antrag Jonas Petersen – Gesundheitsfragen ergänzt",
  date="2026-01-13 09:41", sig="hein", sigstyle="short",
  body="""Hallo Marlene,

anbei wie besprochen der Nachtrag von Herrn Hansen zum BU-Antrag Petersen. Die Antragsnummer im Portal ist A-26-0041187, die Unterlagen hängen dort auch nochmal dran.

Kannst Du das in die Risikoprüfung geben?

Danke & Gruß
Kerstin""",
  quote=OQ("Ole Hansen <o.hansen@hansen-versicherungsmakler.example>", "Montag, 12. Januar 2026 17:58",
           "Maklerservice <maklerservice@versicherer.example>", "BU-Antrag Jonas Petersen – Gesundheitsfragen ergänzt", """Sehr geehrte Damen und Herren,

zu dem am 07.01. eingereichten BU-Antrag meines Kunden Jonas Petersen (Tischlermeister, geb. 03.05.1991) reiche ich die Antworten auf Ihre Rückfragen nach:

Frage 3 (Behandlungen der letzten 5 Jahre):
- 02/2023 bis 05/2023 Physiotherapie wegen Lumbago (M54.5), 12 Sitzungen, seitdem beschwerdefrei, keine AU über 2 Wochen
- 2024 Hausarzt Dr. Kühl, Kiel: einmalige Blutdruckkontrolle, keine Medikation

Frage 5 (psychotherapeutische Behandlung): ja, 2021 fünf probatorische Sitzungen nach Trennung, keine Diagnose gestellt laut Herrn Petersen. Den Bericht der Therapeutin fordere ich gerade an.

Die Schweigepflichtentbindung liegt unterschrieben bei.

Mit freundlichen Grüßen
Ole Hansen
Hansen Versicherungsmakler e.K.
Holstenstraße 88, 24103 Kiel
Tel. 0431 555 80 10"""))

M("N", "de", "newsletter", "trap: product launch newsletter for brokers about a new disability tariff; mentions mental illness and health questions only in general terms",
  frm="Maklerinformation <makler-newsletter@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Neu ab 1. Februar: BU Komfort 2026 – verkürzte Gesundheitsfragen für Akademiker",
  date="2026-01-20 07:30", html=True,
  body="""Sehr geehrte Maklerpartnerinnen und Maklerpartner,

ab dem 1. Februar 2026 bieten wir die neue Berufsunfähigkeitsversicherung BU Komfort 2026 an. Das Wichtigste in Kürze:

- Vereinfachte Gesundheitsprüfung: nur noch 6 Gesundheitsfragen für Berufsgruppe 1 und 1+ bis 2.000 EUR Monatsrente
- Abfragezeitraum ambulante Behandlungen: 3 Jahre statt 5 Jahre
- Psychische Erkrankungen: Abfrage nur noch bei Behandlung in den letzten 5 Jahren; reine Beratungsgespräche (bis 5 Sitzungen) müssen nicht angegeben werden
- Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt, Gehaltssprung ab 10 %
- Arbeitsunfähigkeitsklausel: 24 Monate Leistung ab 6 Monaten AU

Den Tarifrechner im Maklerportal stellen wir am 30. Januar ab 18 Uhr um. Angebote, die bis zum 31. März 2026 policiert werden, können wahlweise noch im Alttarif abgeschlossen werden.

Unsere Webinar-Termine finden Sie im Maklerportal unter "Termine & Weiterbildung" (IDD-anerkannt, je 60 Minuten).

Ihre Maklerbetreuung

Versicherer Lebensversicherung AG · Rheinuferstraße 12 · 50667 Köln
Sie erhalten diese Information, weil Sie als Vertriebspartner bei uns angebunden sind. Abmelden: www.versicherer.example/makler/newsletter""")

M("C", "de", "insurer-to-broker", "portfolio transfer list (Bestandsübertragung) with named clients, addresses and motor/household contract numbers in XLSX; non-personal lines only",
  frm=ADDR("arslan"), to="Petra Wiegand <wiegand@finanzkontor-wiegand.example>", subj="Bestandsübertragung Sach/Kfz – Ihre Übernahme aus Bestand Vermittler 40-1177",
  date="2026-01-15 14:22", sig="arslan",
  body="""Sehr geehrte Frau Wiegand,

wie telefonisch besprochen erhalten Sie anbei die Aufstellung der Verträge, die wir zum 01.02.2026 aus dem Bestand des ausgeschiedenen Vermittlers Herrn Brandes (VM-Nr. 40-1177) auf Ihre Vermittlernummer 40-2290 übertragen.

Es handelt sich ausschließlich um Kfz-, Hausrat- und Privathaftpflichtverträge. Die Kunden werden von uns mit Schreiben vom 20.01. über den Betreuerwechsel informiert. Personenversicherungen sind nicht Teil dieser Übertragung, hierzu melden wir uns gesondert.

Bitte prüfen Sie die Liste und geben Sie uns bis zum 23.01. Bescheid, falls Kunden aus Ihrer Sicht fehlen oder doppelt sind.

Mit freundlichen Grüßen""",
  att=[XLSX("Bestandsuebertragung_40-1177_an_40-2290.xlsx", {"Übertragung": [
      ["Kunde", "Anschrift", "Sparte", "Vertragsnummer", "Beitrag p.a. EUR", "Hauptfälligkeit"],
      ["Hilde Ahrens", "Am Mühlenbach 4, 31134 Hildesheim", "Hausrat", "HR-7731204", 148.20, "01.04."],
      ["Hilde Ahrens", "Am Mühlenbach 4, 31134 Hildesheim", "PHV", "PH-5520913", 76.90, "01.04."],
      ["Marco Bellini", "Kaiserstraße 19, 31134 Hildesheim", "Kfz", "KF-22094471 (HI-MB 512)", 612.44, "01.01."],
      ["Jürgen und Anke Dreyer", "Lindenweg 2a, 31162 Bad Salzdetfurth", "Hausrat", "HR-7740088", 211.00, "01.10."],
      ["Jürgen Dreyer", "Lindenweg 2a, 31162 Bad Salzdetfurth", "Kfz", "KF-22110302 (HI-JD 77)", 488.10, "01.01."],
      ["Sevgi Öztürk", "Goslarsche Str. 61, 31134 Hildesheim", "PHV", "PH-5531777", 64.50, "15.06."],
      ["Klaus-Dieter Rose", "Bergstraße 7, 31139 Hildesheim", "Kfz", "KF-22087716 (HI-KR 1958)", 934.72, "01.01."]]})])

M("S", "en", "insurer-to-partner", "facultative reinsurance submission with the named life assured, date of birth, sum assured and cardiac history",
  frm=ADDR("stone"), to="Fac Life Desk <fac.life@rheinre-fac.example>", subj="Fac submission – term life EUR 2.4m – Dr. Thomas Albers",
  date="2026-02-03 11:05", sig="stone", lang="en",
  body="""Dear colleagues,

please find attached our facultative submission for a term life risk exceeding our retention (EUR 750k).

Life assured: Dr. Thomas Albers, DOB 17 August 1972, non-smoker, partner in a law firm in Düsseldorf
Sum assured: EUR 2,400,000, term 20 years, level
Purpose: keyman / shareholder protection, broker: Albers & Kühne Finanzplanung

Medical: stent implanted after NSTEMI in October 2023 (I21.4), LVEF 55 % at last echo, on ASS 100, atorvastatin 40 mg, ramipril 5 mg. Cardiology report of 14 Jan 2026 and exercise ECG attached. Our medical officer would accept at +100 % EM; we would be grateful for your terms on the surplus of EUR 1.65m.

Kind regards""",
  att=[PDF("Fac_Submission_Albers_T_2026-02.pdf", [("h", "Facultative Submission – Individual Life"),
      "Cedent: Versicherer Lebensversicherung AG, Cologne\nSubmission ref.: FAC-L-2026-0019",
      ("t", [["Item", "Detail"], ["Life assured", "Dr. Thomas Albers"], ["Date of birth", "17.08.1972"], ["Smoker", "No"],
             ["Occupation", "Lawyer (partner)"], ["Sum assured", "EUR 2,400,000"], ["Retention", "EUR 750,000"],
             ["Surplus offered", "EUR 1,650,000"], ["Cedent's rating", "+100 % EM"]]),
      ("h", "Medical summary", 2),
      "NSTEMI 10/2023, PCI with DES to RIVA. No angina since. Exercise ECG 01/2026: 175 W, no ischaemia. LVEF 55 %. "
      "BMI 27.1, BP 132/84 under treatment. LDL 68 mg/dl. Medication: ASS 100 mg, atorvastatin 40 mg, ramipril 5 mg.",
      ("small", "Attachments held on file: cardiology report 14.01.2026, exercise ECG, GP questionnaire.")])])

M("N", "en", "insurer-to-broker", "trap: webinar invitation on underwriting mental-health disclosures in income protection, no individual case",
  frm=ADDR("ashworth"), to="International broker partners <intl-brokers@versicherer.example>", subj="Invitation: Webinar 'Mental health disclosures in income protection' – 26 Feb, 10:00 CET",
  date="2026-02-09 16:12", sig="ashworth", lang="en",
  body="""Dear partners,

many of you asked how we look at anxiety, depression and burnout disclosures on income protection applications from expat clients. Dr. Ulrike Hasselbach, our Chief Medical Officer, will walk through our approach:

* what we ask and why (treatment in the last 5 years, time off work, medication)
* typical outcomes: standard terms, exclusion, postponement
* how to prepare an application so we can decide without a GP report
* Q&A (please send questions in advance, no client names please)

45 minutes, recorded, counts as 1 hour of CPD / IDD training.

The calendar invitation is attached. Dial-in details follow the day before.

Best wishes""",
  att=[ICS("webinar_mental_health_IP.ics", "wb-ip-mh-20260226@versicherer.example", "Webinar: Mental health disclosures in income protection",
           "20260226T100000", "20260226T104500", ("Claire Ashworth", "claire.ashworth@versicherer.example"),
           location="Online (Teams)", description="Broker webinar, 45 min, CPD 1h. Speaker: Dr. Ulrike Hasselbach.")])

M("N", "de", "insurer-to-broker", "trap: general underwriting guideline for brokers (BMI, diabetes, hypertension surcharges) without any person",
  frm=ADDR("hasselbach"), to="Maklerpool Nordwest – Produktmanagement <produkte@maklerpool-nordwest.example>",
  subj="Annahmerichtlinien BU/Risiko-LV – aktualisierte Übersicht 2026",
  date="2026-01-27 10:48", sig="hasselbach",
  body="""Sehr geehrte Frau Lübbers,

wie in unserer Poolrunde zugesagt, sende ich Ihnen die aktualisierte Übersicht unserer Annahmerichtlinien für die Voranfrage-Hotline Ihrer Partner. Die Übersicht ist zur Weitergabe an Ihre angebundenen Makler freigegeben, ersetzt aber nicht die Einzelfallprüfung.

Die wichtigsten Änderungen gegenüber 2025:
- BMI 32 bis 35: in der BU keine Zuschläge mehr, sofern keine Begleiterkrankungen
- BMI über 35: Zuschlag 25 bis 50 %, über 40 grundsätzlich Zurückstellung
- Diabetes mellitus Typ 2, gut eingestellt (HbA1c unter 7,5 %): Risiko-LV Zuschlag ab 50 %, BU individuell
- Bluthochdruck medikamentös gut eingestellt: normal

Bei Fragen erreichen Sie mich oder Herrn Dr. Holm über die bekannte Voranfrage-Adresse.

Freundliche Grüße""",
  att=[PDF("Annahmerichtlinien_BU_RLV_2026.pdf", [("h", "Annahmerichtlinien Berufsunfähigkeit / Risikolebensversicherung – Stand 01/2026"),
      "Nur für Vertriebspartner. Die Richtwerte gelten für Antragsteller von 18 bis 55 Jahren.",
      ("t", [["Befund", "BU", "Risiko-LV"], ["BMI 18-32", "normal", "normal"], ["BMI 32-35", "normal*", "normal"],
             ["BMI 35-40", "+25 bis +50 %", "+25 %"], ["BMI > 40", "Zurückstellung", "+75 % / Einzelfall"],
             ["Diabetes Typ 2, HbA1c < 7,5 %", "Einzelfall", "ab +50 %"], ["Hypertonie eingestellt", "normal", "normal"],
             ["Bandscheibenvorfall > 3 J. beschwerdefrei", "normal oder Ausschluss WS", "normal"],
             ["Depressive Episode, abgeschlossen > 5 J.", "normal", "normal"]]),
      ("small", "* sofern keine Begleiterkrankungen (Hypertonie, Fettstoffwechselstörung, Gelenkbeschwerden)."),
      "Bei allen anderen Vorerkrankungen bitten wir um eine anonyme Risikovoranfrage mit dem Fragebogen aus dem Maklerportal."])])

M("C", "de", "broker", "motor claim reported by a broker for a named client with policy number and plate; nobody injured",
  frm=ADDR("brenner"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="AW: Schadenmeldung Kfz – Herr Rüdiger Wolf, HH-RW 4410",
  date="2026-02-02 13:37", sig="brenner", sigstyle="short",
  body="""Hallo Herr Kaya,

danke für die Meldung. Der Schaden ist unter der Nummer KS-2026-0108842 angelegt. Für die Regulierung beim Gegner brauchen wir noch die Fotos und, falls vorhanden, den Namen des Zeugen. Einen Gutachter beauftragen wir nicht, der Kostenvoranschlag reicht bei der Höhe.

Viele Grüße
Markus Brenner""",
  quote=Q("""Sehr geehrte Damen und Herren,

mein Kunde Rüdiger Wolf (Vertrag KF-21907734, Kennzeichen HH-RW 4410) ist gestern auf dem Parkplatz vom Elbe-Einkaufszentrum beim Rückwärtsausparken mit einem anderen PKW zusammengestoßen. Niemand wurde verletzt. Schaden am Gegner: Stoßfänger hinten, KVA der Werkstatt liegt bei 1.870 EUR. Gegner: Frau Leni Asmus, HH-LA 223, versichert bei einer anderen Gesellschaft.

Fotos reiche ich nach.

Mit freundlichen Grüßen
Torsten Kaya
Kaya Assekuranzmakler GmbH"""))

M("S", "de", "insurer-to-broker", "named risk pre-enquiry for private health insurance answered with an exclusion and surcharge (asthma, knee surgery)",
  frm=ADDR("holm"), to="Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", subj="AW: Risikovoranfrage PKV – Lea Brückner",
  date="2026-02-11 15:03", sig="holm",
  body="""Sehr geehrte Frau Michalski,

vielen Dank für die Voranfrage zu Ihrer Kundin Frau Lea Brückner (geb. 22.09.1994) für den Tarif KomfortPlus 100 mit Selbstbehalt 600 EUR.

Nach Prüfung der eingereichten Unterlagen könnten wir wie folgt annehmen:
- Asthma bronchiale (J45.0), mit Budesonid/Formoterol bedarfsweise gut eingestellt: Risikozuschlag 15 % auf den ambulanten und stationären Teil
- Zustand nach Kreuzbandplastik links 2022: Leistungsausschluss für Behandlungen des linken Kniegelenks einschließlich Folgeoperationen; Überprüfung des Ausschlusses auf Antrag nach 3 Jahren Beschwerdefreiheit

Die Voranfrage ist 3 Monate gültig und bindet uns nur, wenn der Antrag inhaltlich mit den Angaben übereinstimmt.

Mit freundlichen Grüßen""",
  quote=OQ("Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", "Mittwoch, 4. Februar 2026 11:20",
           "risikovoranfrage@versicherer.example", "Risikovoranfrage PKV – Lea Brückner", """Hallo,

ich bitte um eine Voranfrage für Frau Lea Brückner, 22.09.1994, angestellte Architektin, Wechsel aus der GKV zum 01.04.

Vorerkrankungen: Asthma seit Kindheit, Spray bei Bedarf (Symbicort), letzter Anfall 2024. 2022 Kreuzbandriss links beim Handball, OP im Klinikum Lüneburg, seitdem keine Beschwerden. Sonst nichts.

Danke und Gruß
Sandra Michalski"""))

M("N", "de", "insurer-to-broker", "trap: anonymous risk pre-enquiry with age, occupation and a knee operation only; no name, no birth date, no initials",
  frm=ADDR("holm"), to="Vincent Graf <graf@graf-finanz.example>", subj="AW: anonyme Voranfrage BU – Elektriker, 42, Meniskus",
  date="2026-02-16 08:55", sig="holm", sigstyle="short",
  body="""Guten Morgen Herr Graf,

bei den genannten Angaben würden wir in der BU voraussichtlich mit einem Ausschluss für das betroffene Kniegelenk annehmen. Ist das Knie seit mindestens zwei Jahren beschwerdefrei und ohne Behandlung, kommen wir auch ohne Ausschluss in Betracht – dann bitte einen kurzen Befund des Orthopäden mit dem Antrag einreichen.

Gruß
Jan Holm""",
  quote=Q("""Hallo Herr Dr. Holm,

kurze anonyme Voranfrage:
Mann, 42 Jahre, Elektriker (Geselle, 80 % Baustelle), Nichtraucher, BMI 26
2021 Meniskusteilresektion rechts, danach 8 Wochen AU, seit 2022 keine Behandlung mehr
Gewünscht: 1.800 EUR BU-Rente bis 67

Was wäre da drin?

Beste Grüße
Vincent Graf"""))

M("C", "de", "insurer-to-broker", "commission statement naming clients with motor, household and liability contracts and amounts (CSV); no personal lines",
  frm=ADDR("lutz"), to="Buchhaltung Kaya Assekuranz <buchhaltung@kaya-assekuranz.example>", subj="Courtageabrechnung Januar 2026 – VM-Nr. 40-3318",
  date="2026-02-05 06:40", sig="lutz",
  body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Courtageabrechnung für Januar 2026. Die Auszahlung von 2.214,37 EUR erfolgt mit Wertstellung 10.02.2026 auf das hinterlegte Geschäftskonto der Kaya Assekuranzmakler GmbH.

Stornohaftungsbeträge sind in dieser Abrechnung nicht enthalten.

Mit freundlichen Grüßen""",
  att=[CSV("Courtage_40-3318_2026-01.csv", [
      ["Abrechnungsmonat", "Vertragsnummer", "Versicherungsnehmer", "Sparte", "Beitrag netto", "Satz %", "Courtage EUR"],
      ["2026-01", "KF-21907734", "Wolf, Rüdiger", "Kfz", "734,20", "7,5", "55,07"],
      ["2026-01", "KF-22130055", "Yildiz, Emre", "Kfz", "1.102,80", "7,5", "82,71"],
      ["2026-01", "HR-7751430", "Asmussen, Britta", "Hausrat", "186,00", "20,0", "37,20"],
      ["2026-01", "WG-3309128", "Asmussen, Britta", "Wohngebäude", "1.488,40", "15,0", "223,26"],
      ["2026-01", "BH-1204417", "Malerbetrieb Thiel GmbH", "Betriebshaftpflicht", "6.930,00", "17,5", "1.212,75"],
      ["2026-01", "PH-5540210", "Nowak, Dariusz", "PHV", "71,90", "25,0", "17,98"],
      ["2026-01", "GW-0441902", "Fahrschule Kemal Aydin e.K.", "Kfz-Flotte", "7.400,00", "7,5", "555,00"],
      ["2026-01", "RS-8820019", "Hoppe, Gisela", "Rechtsschutz", "312,00", "10,0", "31,20"]], enc="windows-1252", sub="excel")])

M("N", "de", "newsletter", "trap: broker portal maintenance notice",
  frm="Maklerportal <maklerportal-noreply@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Wartungsarbeiten im Maklerportal am Samstag, 21. Februar 2026",
  date="2026-02-17 17:00",
  body="""Sehr geehrte Vertriebspartnerin, sehr geehrter Vertriebspartner,

am Samstag, 21. Februar 2026, zwischen 06:00 und 14:00 Uhr ist das Maklerportal wegen der Umstellung auf die neue Anmeldung mit zweitem Faktor nicht erreichbar. Betroffen sind auch die Tarifrechner, die elektronische Vermittlerpost und der BiPRO-Abruf über Ihr Maklerverwaltungsprogramm.

Nach der Umstellung werden Sie bei der ersten Anmeldung gebeten, eine Authenticator-App einzurichten. Halten Sie dafür bitte Ihr Smartphone bereit. Makleradministratoren können für ihre Mitarbeiter ab Montag neue Einmal-Passwörter erzeugen.

Dokumente, die während der Wartung erzeugt werden, stellen wir ab 14:00 Uhr in Ihr Postfach ein.

Ihr Maklerservice-Center
Telefon 0221 555-1190 (Mo–Fr 8–18 Uhr)

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""")

M("S", "en", "broker", "international health application for a named expat family with pregnancy and a child's asthma; forwarded by the broker desk",
  frm=ADDR("whitfield"), to=ADDR("nguyen"), subj="FW: New application – Mendes family, Dubai – Global Health Premium",
  date="2026-02-19 10:14", sig="whitfield", sigstyle="short", lang="en",
  body="""Minh,

forwarding the broker's cover note for the Mendes application (portal ref. INT-26-00312). The maternity question will need Ulrike's view – the policy wouldn't normally cover a pregnancy that started before inception.

Thanks
Emma""",
  quote=FW("Rafael Okonjo <rafael@expatcover-intl.example>", "Wed, 18 Feb 2026 19:02", "intl.newbusiness@versicherer.example",
           "New application – Mendes family, Dubai – Global Health Premium", """Hi team,

attached to the portal submission you'll find the application for:

- Carlos Mendes, 04/11/1986, project engineer, relocating to Dubai 1 April
- Ana Mendes, 19/06/1988, currently 14 weeks pregnant (first ultrasound normal, due date 27 August)
- Tiago Mendes, 02/03/2019, mild asthma, salbutamol inhaler as needed

They want area 2 (worldwide excl. USA), EUR 1,000 deductible on outpatient. Could you confirm whether the delivery can be covered at all, or whether we need a separate maternity solution?

Cheers
Rafael Okonjo
ExpatCover International Brokers Ltd""", lang="en"))

M("C", "en", "insurer-to-broker", "commercial property quote for a sole trader's warehouse with his name, address and insured values",
  frm=ADDR("hartmann"), to="Oliver Grant <ogrant@thames-risk.example>", subj="RE: Warehouse cover – Peter Holloway t/a Holloway Imports, Duisburg",
  date="2026-02-24 12:30", sig="hartmann", lang="en",
  body="""Dear Oliver,

thank you for the submission. We are pleased to quote for Mr Peter Holloway, trading as Holloway Imports (sole trader), Hafenstraße 31, 47119 Duisburg:

Buildings: EUR 1,850,000 / Contents and stock: EUR 640,000 / Business interruption 12 months: EUR 410,000
Perils: fire, storm/hail, burglary, water, natural hazards excl. flood (ZÜRS zone 3)
Deductible: EUR 2,500, natural hazards 10 % min. EUR 5,000
Annual premium: EUR 7,912.00 plus 19 % insurance tax

Subject to a satisfactory survey of the sprinkler system within 60 days of inception. Quote valid until 31 March 2026.

Kind regards""",
  quote=OQ("Oliver Grant <ogrant@thames-risk.example>", "13 February 2026 09:47", ADDR("hartmann"), "Warehouse cover – Peter Holloway t/a Holloway Imports, Duisburg", """Sven,

as discussed, please quote the Duisburg warehouse for our client Peter Holloway (sole trader, imports garden furniture from Portugal). Values and the 2025 survey are in the attached pack. Current insurer has non-renewed after a water claim of EUR 38k in 2024.

Thanks
Oliver""", lang="en"))

M("N", "en", "insurer-to-broker", "trap: commission scheme for 2026 with rates per line, no client names",
  frm=ADDR("ashworth"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="Commission terms 2026 – international life and health",
  date="2026-01-08 14:45", sig="ashworth", lang="en", html=True,
  tables={"t": ([["Product", "Initial commission", "Renewal", "Clawback period"],
                 ["Global Health Premium (individual)", "15 % of annual premium", "10 %", "12 months"],
                 ["Global Health Group (5+ lives)", "10 %", "10 %", "12 months"],
                 ["International Term Life", "40 ‰ of total premiums, max. 2.5 %", "–", "60 months"],
                 ["Income Protection Expat", "35 ‰", "1.5 %", "60 months"]], "pad")},
  body="""Dear Mark,

as promised, here are our commission terms for 2026. They apply to all new business submitted from 1 January 2026 onwards; existing business stays on the old terms.

[[t]]

Volume bonus: an additional 1 % on health renewals if your agency places more than EUR 500,000 new annual premium in 2026.

The signed agency agreement amendment is attached in the portal. Let me know if you have any questions.

Best regards""")

M("S", "de", "insurer-to-broker", "cancellation of a named client's life insurance with surrender value and IBAN",
  frm=ADDR("schulte"), to="Heike Brandl <brandl@brandl-versicherungsbuero.example>", subj="Ihre Kündigung LV 60-4471209 – Herr Anton Sailer",
  date="2026-03-02 11:18", sig="schulte",
  body="""Sehr geehrte Frau Brandl,

die Kündigung der Kapitallebensversicherung Ihres Kunden Herrn Anton Sailer (Versicherungsschein 60-4471209) zum 01.04.2026 haben wir erhalten und bestätigen sie hiermit.

Der Rückkaufswert beträgt voraussichtlich 18.406,12 EUR zuzüglich Überschussbeteiligung von 1.211,80 EUR. Davon führen wir Kapitalertragsteuer und Solidaritätszuschlag ab, soweit kein Freistellungsauftrag vorliegt. Die Auszahlung erfolgt auf das in der Kündigung genannte Konto

IBAN """ + IB("DE", "700202700015882201") + """ (Kontoinhaber Anton Sailer)

Bitte weisen Sie Herrn Sailer darauf hin, dass mit der Kündigung auch der Hinterbliebenenschutz für seine Ehefrau entfällt. Eine Beitragsfreistellung wäre alternativ möglich.

Mit freundlichen Grüßen""")

M("C", "de", "broker", "broker mandate (Maklervollmacht) for a named client with birth date and address; scope motor, household, liability, legal expenses",
  frm=ADDR("arslan"), to=ADDR("kowalski"), subj="WG: Maklervollmacht Familie Szymański – bitte Korrespondenz umstellen",
  date="2026-03-04 09:02", sig="arslan", sigstyle="short",
  body="""Hallo Lena,

neue Maklervollmacht für die Szymańskis, gilt für die vier Sachverträge (Liste im PDF). Kannst Du die Korrespondenz auf den Makler (VM 40-2750) umschlüsseln? Kunden bekommen ab sofort keine Post mehr direkt, außer Beitragsrechnungen.

Danke
Deniz""",
  att=[PDF("Maklervollmacht_Szymanski.pdf", [("h", "Maklervollmacht und Maklerauftrag"),
      "Auftraggeber: Paweł Szymański, geb. 11.02.1979, und Magdalena Szymańska, geb. 30.07.1981\nAnschrift: Am Kanal 14, 44147 Dortmund",
      "Makler: Kowalczyk & Berg Versicherungsmakler oHG, Westenhellweg 3, 44137 Dortmund (Vermittlerregister D-KQ7A-2X4M1-55)",
      "Die Auftraggeber bevollmächtigen den Makler, ihre Versicherungsverträge zu verwalten, Erklärungen abzugeben und entgegenzunehmen sowie Verträge zu kündigen und neu abzuschließen.",
      ("t", [["Sparte", "Versicherer", "Vertragsnummer"], ["Kfz", "Versicherer Allgemeine", "KF-21677301"],
             ["Hausrat", "Versicherer Allgemeine", "HR-7698815"], ["Privathaftpflicht", "Versicherer Allgemeine", "PH-5488012"],
             ["Rechtsschutz", "Versicherer Allgemeine", "RS-8791144"]]),
      "Dortmund, 26.02.2026\nUnterschriften: P. Szymański  M. Szymańska  (Makler)"])])

M("N", "de", "insurer-to-broker", "trap: IDD training certificate for a named broker (hours and topic only, no private data)",
  frm=ADDR("koenig"), to="Frank Ollendorf <ollendorf@ollendorf-makler.example>", subj="Ihre IDD-Weiterbildungsbescheinigung 2025",
  date="2026-01-09 10:10", sig="koenig",
  body="""Sehr geehrter Herr Ollendorf,

anbei erhalten Sie die Bescheinigung über Ihre Teilnahme an unseren Weiterbildungsmaßnahmen im Kalenderjahr 2025. Insgesamt haben wir 17 Stunden und 30 Minuten erfasst; die gesetzliche Mindestzeit von 15 Stunden nach § 34d Abs. 9 GewO ist damit erfüllt.

Die Zeiten sind auch in Ihr Weiterbildungskonto bei "gut beraten" übertragen worden.

Mit freundlichen Grüßen""",
  att=[PDF("IDD_Bescheinigung_2025_Ollendorf.pdf", [("h", "Weiterbildungsbescheinigung nach § 34d Abs. 9 GewO / § 7 VersVermV"),
      "Teilnehmer: Frank Ollendorf, Ollendorf Versicherungsmakler, Bremen",
      ("t", [["Datum", "Thema", "Lernform", "Dauer"], ["12.03.2025", "BU: Leistungsfall und Nachprüfung", "Webinar", "1:00"],
             ["08.05.2025", "Gewerbliche Sachversicherung kompakt", "Präsenz", "6:00"],
             ["17.06.2025", "Nachhaltigkeitspräferenzen in der Beratung", "E-Learning", "2:30"],
             ["22.09.2025", "PKV: Tarifwechsel nach § 204 VVG", "Webinar", "1:00"],
             ["04.11.2025", "Maklerforum Köln", "Präsenz", "7:00"]]),
      "Summe: 17:30 Stunden. Köln, 09.01.2026 – Versicherer Holding AG, Vertriebs-Compliance"])])

M("S", "de", "broker", "accident claim reported by a broker for a named client: wrist fracture while skiing, invalidity question",
  frm=ADDR("albrecht"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="AW: Unfallmeldung Melanie Kurz – UV 71-0388145",
  date="2026-03-09 14:50", sig="albrecht",
  body="""Sehr geehrter Herr Pfeiffer,

wir haben den Unfall Ihrer Kundin Frau Melanie Kurz unter der Schadennummer UL-26-003117 registriert. Das Krankenhaustagegeld für den stationären Aufenthalt vom 14. bis 17.02. zahlen wir nach Eingang der Aufenthaltsbescheinigung.

Zur Invalidität: eine Bemessung ist frühestens nach Abschluss der Behandlung möglich. Bitte beachten Sie die Frist – die Invalidität muss innerhalb von 15 Monaten nach dem Unfall ärztlich festgestellt und bei uns geltend gemacht werden. Den Fragebogen für den behandelnden Unfallchirurgen habe ich beigefügt.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag Frau Albrecht,

meine Kundin Melanie Kurz (UV 71-0388145) ist am 14.02. in Ischgl beim Skifahren gestürzt: distale Radiusfraktur rechts, am 15.02. in Landeck mit Platte versorgt, Entlassung 17.02. Sie ist Rechtshänderin und arbeitet als Zahntechnikerin, aktuell krankgeschrieben bis mindestens 31.03.

Bitte um Anlage des Schadens und Info, was Sie noch brauchen.

Viele Grüße
Jochen Pfeiffer"""))

M("N", "de", "insurer-to-broker", "trap: announcement of a product rating for brokers, no persons",
  frm=ADDR("vogel"), to="Maklerpartner Region Süd <makler-sued@versicherer.example>", subj="Top-Rating für unsere Unfallversicherung – Material für Ihre Beratung",
  date="2026-03-12 08:20", sig="vogel", sigstyle="short",
  body="""Liebe Maklerpartnerinnen und Maklerpartner,

die Ratingagentur Assekuranz-Index hat unseren Unfalltarif UnfallSchutz Premium in der aktuellen Untersuchung mit "hervorragend (FFF+)" bewertet – in den Kategorien Gliedertaxe, Progression und Bergungskosten jeweils mit Bestnote.

Im Maklerportal finden Sie unter "Vertriebsunterstützung" ab sofort:
- das Ratingsiegel zur Verwendung auf Ihrer Website (Lizenz bis 31.12.2026)
- eine Kundeninformation als PDF
- den Leistungsvergleich zum Vorgängertarif

Bei Fragen melden Sie sich gern bei mir.

Herzliche Grüße aus München
Katharina Vogel""")

M("C", "de", "insurer-to-broker", "dunning list for a broker with named clients, household/motor contract numbers and arrears (XLSX); no personal lines",
  frm=ADDR("becker"), to="Kowalczyk & Berg Versicherungsmakler <buero@kowalczyk-berg.example>", subj="Rückstandsliste März 2026 – VM 40-2750",
  date="2026-03-16 07:15", sig="becker",
  body="""Sehr geehrte Damen und Herren,

anbei die aktuelle Rückstandsliste Ihres Bestands. Für die gekennzeichneten Verträge ist die qualifizierte Mahnung nach § 38 VVG bereits versandt; ohne Zahlung bis zum Fristende sind wir leistungsfrei und können kündigen.

Wir wären Ihnen dankbar, wenn Sie die Kunden noch einmal ansprechen.

Mit freundlichen Grüßen""",
  att=[XLSX("Rueckstaende_40-2750_2026-03.xlsx", {"Rückstände": [
      ["Vertrag", "VN", "PLZ/Ort", "Sparte", "offen seit", "Betrag EUR", "Mahnstufe", "Fristende"],
      ["KF-21677301", "Szymański, Paweł", "44147 Dortmund", "Kfz", "01.01.2026", 488.34, "§ 38 VVG", "30.03.2026"],
      ["HR-7702217", "Lange, Bettina", "44139 Dortmund", "Hausrat", "01.02.2026", 97.10, "1. Mahnung", ""],
      ["KF-21702948", "Çelik, Murat", "44145 Dortmund", "Kfz", "01.01.2026", 1211.60, "§ 38 VVG", "27.03.2026"],
      ["WG-3291180", "Brinkmann, Egon", "58452 Witten", "Wohngebäude", "15.01.2026", 1380.00, "2. Mahnung", ""],
      ["PH-5493377", "Tran, Thi Mai", "44137 Dortmund", "PHV", "01.03.2026", 59.90, "Zahlungserinnerung", ""]]})])

M("S", "de", "insurer-to-broker", "underwriting decision on a named client's disability application with a spine exclusion clause",
  frm=ADDR("schulte"), to="Ole Hansen <o.hansen@hansen-versicherungsmakler.example>", subj="Antrag A-26-0041187 Jonas Petersen – Annahme mit Ausschlussklausel",
  date="2026-02-06 16:31", sig="schulte",
  body="""Sehr geehrter Herr Hansen,

die Risikoprüfung zum BU-Antrag Ihres Kunden Herrn Jonas Petersen ist abgeschlossen. Wir können den Antrag zu folgenden Bedingungen annehmen:

Besondere Vereinbarung (Ausschlussklausel): "Berufsunfähigkeit, die ganz oder teilweise durch Erkrankungen oder Verletzungen der Lendenwirbelsäule einschließlich deren Folgen verursacht ist, ist vom Versicherungsschutz ausgeschlossen."

Einen Beitragszuschlag erheben wir nicht. Die Angaben zur psychotherapeutischen Vorstellung 2021 führen nach dem Bericht der Therapeutin zu keiner Einschränkung.

Bitte lassen Sie uns die vom Kunden unterschriebene Einverständniserklärung zur besonderen Vereinbarung innerhalb von 4 Wochen zukommen; danach policieren wir zum 01.03.2026.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-company", "trap: group life quote for a company with an anonymous census in age bands and salary bands only",
  frm=ADDR("paulsen"), to="Harriet Cole <h.cole@northbridge-benefits.example>", subj="Group life & income protection – indicative terms for Kestrel Logistics GmbH",
  date="2026-03-18 11:40", sig="paulsen", lang="en",
  body="""Dear Harriet,

thank you for the anonymised census for Kestrel Logistics GmbH (142 employees, Hamburg and Bremen). On that basis we can offer the following indicative terms:

Group life: 2 x annual salary, free cover limit EUR 350,000 per life, rate EUR 1.42 per mille sum assured
Group income protection: 60 % of salary, 26 weeks deferred, to age 67, rate 0.98 % of salary roll

Census used for pricing:
  age band   lives   total salary (EUR)
  18-29        31     1,412,000
  30-39        47     2,508,000
  40-49        38     2,161,000
  50-59        22     1,290,000
  60-67         4       260,000

Final terms need the named member data at inception; please use the portal upload for that, not e-mail. Terms valid until 30 June 2026.

Kind regards""")

M("S", "en", "company", "HR sends named employee census with dates of birth and salaries for a group life scheme (XLSX), forwarded internally",
  frm=ADDR("paulsen"), to=ADDR("okafor"), subj="FW: Kestrel Logistics – member data for group life inception",
  date="2026-04-21 09:12", sig="paulsen", sigstyle="short", lang="en",
  body="""Chidi,

they sent the member file by e-mail after all (I've asked them to use the portal next time). Could you run the free cover limit check? At least two members are above EUR 350k.

Henrik""",
  quote=FW("Jana Wessel <jana.wessel@kestrel-logistics.example>", "Mon, 20 Apr 2026 16:40", ADDR("paulsen"),
           "member data for group life inception", """Dear Mr Paulsen,

please find attached the member list for the group life and income protection scheme starting 1 May. New joiners in May will be reported monthly.

Best regards
Jana Wessel
HR Manager, Kestrel Logistics GmbH""", lang="en"),
  att=[XLSX("Kestrel_members_2026-05-01.xlsx", {"Members": [
      ["Staff no.", "Surname", "First name", "Date of birth", "Sex", "Annual salary EUR", "Location"],
      ["K-0012", "Brandt", "Oliver", "1968-04-02", "M", 148000, "Hamburg"],
      ["K-0031", "Yilmaz", "Derya", "1985-11-23", "F", 61200, "Hamburg"],
      ["K-0047", "Svensson", "Erik", "1979-07-15", "M", 192500, "Bremen"],
      ["K-0102", "Kowalska", "Anna", "1994-01-30", "F", 43800, "Bremen"],
      ["K-0118", "Meyer-Lohse", "Tim", "2001-09-09", "M", 36400, "Hamburg"],
      ["K-0140", "Adeyemi", "Grace", "1990-05-18", "F", 57900, "Hamburg"]]}, author="Jana Wessel")])

M("N", "de", "insurer-to-broker", "trap: compliance circular on commission rebates and gifts, no client data",
  frm=ADDR("koenig"), to="Vertriebspartner <maklerverteiler@versicherer.example>", subj="Compliance-Hinweis: Sondervergütungen, Zuwendungen und Provisionsabgabe",
  date="2026-03-23 13:00", sig="koenig",
  body="""Sehr geehrte Damen und Herren,

aus aktuellem Anlass erinnern wir an die geltenden Regeln:

1. Sondervergütungen an Kunden (§ 48b VAG) sind grundsätzlich verboten. Ausnahmen: Zuwendungen bis 15 EUR pro Kunde und Jahr sowie die Verwendung zur dauerhaften Beitragsreduzierung nach § 48c VAG.
2. Zuwendungen von uns an Sie dürfen die Qualität Ihrer Beratung nicht beeinträchtigen (§ 48a VAG). Einladungen zu Veranstaltungen mit überwiegendem Freizeitcharakter sprechen wir deshalb nicht mehr aus.
3. Bitte senden Sie uns keine Kundendaten unverschlüsselt per E-Mail. Nutzen Sie das Maklerportal oder unsere verschlüsselte E-Mail (Zertifikate unter www.versicherer.example/zertifikate).

Bei Fragen erreichen Sie die Vertriebs-Compliance unter compliance-vertrieb@versicherer.example.

Mit freundlichen Grüßen""")

M("C", "de", "broker-pool", "broker pool requests a bank account change on a named client's buildings policy; new IBAN",
  frm=ADDR("kowalski"), to="Vertragsservice Pool <vertragsservice@maklerpool-nordwest.example>", subj="AW: Änderung Bankverbindung WG-3309128 / Asmussen",
  date="2026-03-25 10:27", sig="kowalski", sigstyle="short",
  body="""Guten Tag,

die neue Bankverbindung ist ab der nächsten Abbuchung am 01.04. hinterlegt. Das SEPA-Mandat mit der Mandatsreferenz WG3309128-02 senden wir der Kundin direkt zu.

Freundliche Grüße
Lena Kowalski""",
  quote=OQ("Vertragsservice Pool <vertragsservice@maklerpool-nordwest.example>", "Dienstag, 24. März 2026 15:48", "vertrag@versicherer.example",
           "Änderung Bankverbindung WG-3309128 / Asmussen", """Sehr geehrte Damen und Herren,

im Auftrag unseres Partners Kaya Assekuranzmakler GmbH bitten wir um Änderung der Bankverbindung für den Wohngebäudevertrag WG-3309128, VN Britta Asmussen, Deichstraße 6, 25761 Büsum.

Neue IBAN: """ + IB("DE", "217505000000034455", group=0) + """
Kontoinhaberin: Britta Asmussen
BIC: NOLADE21SPI

Mit freundlichen Grüßen
Ihr Vertragsservice
Maklerpool Nordwest GmbH"""))


# ---------------- batch 2 ----------------

M("N", "en", "insurer-to-broker", "trap: market bulletin on new cyber and communicable-disease exclusion clauses; no insured named",
  frm=ADDR("osei"), to="Marine & Property Brokers <london-brokers@versicherer.example>", subj="Market bulletin 03/2026 – revised cyber and communicable disease exclusions",
  date="2026-03-05 15:20", sig="osei", lang="en",
  body="""Dear all,

with effect from 1 April 2026 we will attach the following clauses to all new and renewing cargo and stock throughput placements:

- LMA5403 Marine Cyber Endorsement (replacing CL380 where still in use)
- LMA5394 Communicable Disease Exclusion – only for stock throughput with a storage component above 30 %
- Sanctions limitation and exclusion clause JC2010/014 (unchanged)

Where your clients have a documented cyber risk assessment we are prepared to discuss a write-back for physical loss caused by a cyber event, sub-limited to 10 % of the sum insured.

The clause texts and a comparison to our 2025 wording are on the broker extranet. Please do not send slips with insured details to this distribution list – use the placement mailbox.

Best regards""")

M("S", "en", "insurer-to-broker", "expat client's hospital admission with dengue fever and cost guarantee, sent to the broker",
  frm=ADDR("whitfield"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="RE: URGENT – admission Singapore – policy GHP-0027719",
  date="2026-03-11 03:48", sig="whitfield", sigstyle="short", lang="en", client="mobile",
  body="""Rafael,

guarantee of payment sent to Mount Elizabeth Novena at 03:30 CET for Mr Henrik Lund, policy GHP-0027719, up to SGD 25,000 for the admission with suspected dengue fever (platelets 38,000 on admission). Any extension needs a medical update from the treating physician – our assistance team will call the ward this morning.

Please tell Mr Lund's wife she doesn't need to pay a deposit.

Emma""",
  quote=Q("""Emma – client Henrik Lund (GHP-0027719) admitted tonight via A&E, high fever 5 days, hospital asking for a deposit of SGD 8,000. Wife is with him. Can you issue a GOP asap? Sorry for the hour.
Rafael"""))

M("C", "en", "insurer-to-broker", "relocation goods cover for a named expat with home address and insured values; no health data",
  frm=ADDR("seidel"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="Transit cover confirmation – household goods, Mr and Mrs Whitaker, Munich to Toronto",
  date="2026-03-13 12:02", sig="seidel", lang="en",
  body="""Dear Priya,

we confirm cover for the household goods of Mr Simon Whitaker and Mrs Claire Whitaker, Leopoldstraße 144, 80804 München, shipped to 52 Roxborough St W, Toronto:

Certificate no.: UG-2026-004418
Sum insured: EUR 86,500 as per packing list (fine art EUR 12,000 listed separately)
Cover: all risks, door to door, incl. 60 days storage at destination
Premium: EUR 692.00 incl. tax, to be collected via your monthly account

Please send us the removal company's packing list once signed by the clients.

Kind regards""")

M("S", "de", "broker", "health insurance application with dental status (missing teeth, planned implants) for a named applicant; broker text quoted",
  frm=ADDR("nguyen"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="AW: PKV-Antrag Familie Roth – Zahnbefund",
  date="2026-03-17 10:44", sig="nguyen",
  body="""Sehr geehrter Herr Auer,

vielen Dank. Für Herrn Roth benötigen wir noch den Heil- und Kostenplan für die geplanten Implantate sowie einen aktuellen Zahnstatus (Formular Z-1 aus dem Portal), ausgefüllt vom Zahnarzt. Bei zwei fehlenden, nicht ersetzten Zähnen würden wir die Implantate voraussichtlich vom Versicherungsschutz ausnehmen oder einen Zuschlag anbieten.

Für Frau Roth und die Kinder ist der Antrag vollständig, die Policierung erfolgt zum 01.04.

Mit freundlichen Grüßen""",
  quote=OQ("Bernd Auer <auer@auer-versicherungen.example>", "Montag, 16. März 2026 18:12", "antrag-kranken@versicherer.example",
           "PKV-Antrag Familie Roth – Zahnbefund", """Hallo zusammen,

Nachtrag zum Antrag Roth (Michael Roth, 14.04.1983, Nina Roth, 09.12.1985, Kinder Emil und Frida):

Bei Herrn Roth fehlen die Zähne 36 und 46, Implantate sind mit seinem Zahnarzt für Herbst besprochen, aber noch nicht begonnen. Sonst keine Zahnbehandlung laufend. Frau Roth hat eine Aufbissschiene wegen Bruxismus.

Gruß Bernd Auer"""))

M("N", "de", "insurer-to-broker", "trap: motor tariff calculator update (type classes, regional classes), no persons",
  frm=ADDR("engel"), to="Maklerpartner Kfz <makler-kfz@versicherer.example>", subj="Kfz-Tarifrechner: neue Typ- und Regionalklassen ab 10.03.2026",
  date="2026-03-06 09:30", sig="engel", sigstyle="short",
  body="""Liebe Partnerinnen und Partner,

ab Dienstag, 10.03.2026, rechnet der Kfz-Tarifrechner im Maklerportal mit den neuen Typklassen des GDV. Bestehende Angebote bleiben 4 Wochen gültig, danach bitte neu rechnen.

Was sich außerdem ändert:
- E-Fahrzeuge: Akku-Allgefahrendeckung jetzt auch in der Teilkasko
- Werkstattbindung: Rabatt von 15 % auf 20 % erhöht
- Fahrerkreis "nur Versicherungsnehmer und Partner": neuer Nachlass 5 %

Die Schnittstelle für Vergleichsrechner (BiPRO 420) ist ebenfalls aktualisiert.

Viele Grüße
Rüdiger Engel""")

M("S", "de", "insurer-to-broker", "portfolio transfer list including disability and term life contracts of named clients with birth dates (XLSX)",
  frm=ADDR("arslan"), to="Petra Wiegand <wiegand@finanzkontor-wiegand.example>", subj="Bestandsübertragung Teil 2 – Leben/BU aus Bestand 40-1177",
  date="2026-02-12 11:55", sig="arslan",
  body="""Sehr geehrte Frau Wiegand,

wie angekündigt erhalten Sie hier den zweiten Teil der Übertragung aus dem Bestand von Herrn Brandes, diesmal die Lebens- und Berufsunfähigkeitsverträge. Die Liste ist mit dem Kennwort aus unserem Telefonat geschützt – leider kann unser Export das nur für die gesamte Datei, nicht für einzelne Blätter.

Zwei Verträge (markiert) sind aktuell im Leistungsfall; die Betreuung im Leistungsfall bleibt bei uns, Sie erhalten aber eine Kopie der Korrespondenz, sofern die Kunden zustimmen.

Mit freundlichen Grüßen""",
  att=[XLSX("Bestandsuebertragung_Teil2_Leben_BU.xlsx", {"Leben_BU": [
      ["Kunde", "geb.", "Tarif", "Vertrag", "Beitrag mtl. EUR", "Status"],
      ["Hilde Ahrens", "12.06.1961", "Rentenversicherung Klassik", "60-3318820", 150.00, "aktiv"],
      ["Marco Bellini", "27.01.1988", "BU Komfort 2022, Rente 2.000", "62-0098431", 84.37, "aktiv"],
      ["Anke Dreyer", "03.03.1975", "Risiko-LV 150.000", "61-2240917", 21.80, "aktiv"],
      ["Jürgen Dreyer", "19.10.1972", "BU Komfort 2019, Rente 1.500", "62-0061177", 97.45, "Leistungsfall"],
      ["Klaus-Dieter Rose", "08.08.1958", "Sterbegeld 8.000", "60-9912003", 36.10, "aktiv"],
      ["Sevgi Öztürk", "21.11.1990", "BU Komfort 2024, Rente 1.200", "62-0140552", 61.02, "Leistungsfall"]]})])

M("C", "de", "insurer-to-broker", "cancellation of a named client's household policy after a move abroad; new address",
  frm=ADDR("kowalski"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Kündigung Hausrat HR-7689001 – Herr Benedikt Aumann",
  date="2026-03-19 13:06", sig="kowalski",
  body="""Sehr geehrte Frau Korte,

wir bestätigen die Kündigung der Hausratversicherung HR-7689001 Ihres Kunden Herrn Benedikt Aumann wegen Wegzugs ins Ausland zum 31.03.2026. Der anteilige Beitrag für April bis Juni von 42,30 EUR wird erstattet.

Bitte beachten Sie: die Privathaftpflicht PH-5467712 läuft unverändert weiter. Für Wohnsitze in der Schweiz (neue Anschrift laut Ihrer Mail: Seestrasse 211, 8002 Zürich) besteht Versicherungsschutz nur für vorübergehende Aufenthalte bis 5 Jahre, danach endet der Vertrag automatisch.

Mit freundlichen Grüßen""")

M("N", "de", "broker-pool", "trap: general question on whether Long COVID is covered in disability insurance, answered in general terms",
  frm=ADDR("stanek"), to="Fachabteilung Leben <leben@maklerpool-nordwest.example>", subj="AW: Grundsatzfrage Long COVID in der BU",
  date="2026-03-20 14:15", sig="stanek",
  body="""Hallo Herr Jaschke,

kurz zur Grundsatzfrage: Long COVID bzw. Post-COVID-Syndrom (ICD-10 U09.9) ist in unseren BU-Tarifen nicht ausgeschlossen. Wie bei jeder anderen Erkrankung kommt es auf den Grad der Berufsunfähigkeit (50 %) und die voraussichtliche Dauer von mindestens 6 Monaten an. In der Praxis prüfen wir bei Fatigue-Symptomatik häufig mit einem neurologisch-psychiatrischen Gutachten und Funktionstests.

Bei Anträgen fragen wir eine COVID-Erkrankung nur ab, wenn daraus eine Behandlung von mehr als 4 Wochen oder Folgeerkrankungen resultierten.

Gerne können Sie das so an Ihre Partner weitergeben; konkrete Fälle bitte nicht über diesen Weg, sondern über die Leistungsabteilung.

Viele Grüße""",
  quote=Q("""Hallo Herr Stanek,

unsere Makler fragen immer häufiger: Zahlt Ihre BU bei Long COVID? Und wird eine frühere Corona-Infektion im Antrag abgefragt? Eine kurze Stellungnahme für unser Partner-Rundschreiben wäre super.

Danke und Gruß
Lars Jaschke
Maklerpool Nordwest GmbH, Fachbereich Leben"""))

M("S", "de", "insurer-to-broker", "commission statement naming clients with disability, term life and private health contracts",
  frm=ADDR("lutz"), to="Vorsorgeplan Michalski <buero@vorsorgeplan-michalski.example>", subj="Provisionsabrechnung Februar 2026 – VM 40-4102",
  date="2026-03-05 06:45", sig="lutz",
  body="""Sehr geehrte Frau Michalski,

anbei die Abrechnung für Februar 2026. Gutschrift: 6.842,19 EUR, Stornobelastung: 1.120,40 EUR (Vertrag 62-0151009, Storno im 14. Monat). Auszahlung am 10.03.2026.

Bei Rückfragen erreichen Sie mich unter der unten stehenden Durchwahl.

Mit freundlichen Grüßen""",
  att=[XLSX("Provision_40-4102_2026-02.xlsx", {"Abrechnung": [
      ["Vertrag", "Kunde", "Sparte/Tarif", "Bewertungssumme EUR", "Satz", "Provision EUR", "Art"],
      ["62-0163340", "Heinemann, Jule", "BU Komfort 2026", 48200.00, "40 ‰", 1928.00, "Abschluss"],
      ["61-2251172", "Okafor, Chinedu", "Risiko-LV", 19800.00, "40 ‰", 792.00, "Abschluss"],
      ["KV-55011827", "Brückner, Lea", "PKV KomfortPlus 100", 4377.60, "9 MB", 3283.20, "Abschluss"],
      ["62-0151009", "Schramm, Dennis", "BU Komfort 2024", -28010.00, "40 ‰", -1120.40, "Storno"],
      ["KV-54977310", "Vogt, Renate", "Zahnzusatz Z90", 412.80, "2 MB", 68.80, "Abschluss"],
      ["HR-7760012", "Vogt, Renate", "Hausrat", 210.00, "15 %", 31.50, "Abschluss"]]})])

M("N", "en", "insurer-to-partner", "trap: reinsurance treaty renewal meeting on life portfolio with aggregate figures only",
  frm=ADDR("stone"), to="Tom Akerman <tom.akerman@nordicre.example>", subj="Life quota share renewal 2026 – agenda and portfolio figures",
  date="2026-01-22 17:05", sig="stone", lang="en",
  body="""Hi Tom,

ahead of our meeting on 4 February, here are the headline figures for the life quota share:

- in-force lives: 184,300 (+3.1 %), sum at risk EUR 21.7bn
- claims 2025: 412 deaths, 96 disability claims admitted; actual vs expected 91 % (mortality) and 104 % (disability)
- largest single claim: EUR 1.2m (no fac cover)
- cause-of-death split follows the usual pattern: neoplasms 38 %, circulatory 29 %, external causes 9 %

We'd like to discuss raising our retention to EUR 1m per life and the treatment of the new BU tariff with simplified health questions.

Agenda attached in the invitation. See you in Cologne.

Rebecca""")

M("S", "en", "insurer-to-company", "group income protection claim of a named employee on long-term sick leave with burnout diagnosis",
  frm=ADDR("paulsen"), to="Harriet Cole <h.cole@northbridge-benefits.example>", subj="Group IP claim – Kestrel Logistics – Mr Erik Svensson",
  date="2026-05-26 15:33", sig="paulsen", lang="en",
  body="""Dear Harriet,

we have received the claim notification for Mr Erik Svensson (staff no. K-0047, Kestrel Logistics GmbH). He has been signed off work since 2 March 2026; the GP certificate states F43.2 (adjustment disorder) with exhaustion syndrome, and he is being treated by a psychiatrist since April.

The deferred period of 26 weeks ends on 31 August 2026. To assess the claim before then, we need:
1. the employer's statement (job description, last day worked, salary)
2. Mr Svensson's signed claim form and consent to contact his doctors
3. the psychiatrist's report (we will request it directly once we have the consent)

We would also like to discuss a rehabilitation and phased return, which we fund under the scheme's early intervention service.

Kind regards""")

M("C", "de", "insurer-to-broker", "revocation of a broker mandate: named client moves to another broker with motor and liability contracts",
  frm=ADDR("arslan"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="Widerruf Maklerauftrag – Frau Gerda Lammers",
  date="2026-03-26 08:38", sig="arslan",
  body="""Sehr geehrter Herr Pfeiffer,

Ihre Kundin Frau Gerda Lammers, Fichtenweg 9, 26131 Oldenburg, hat uns mitgeteilt, dass sie ihren Maklerauftrag mit Ihnen zum 31.03.2026 beendet und künftig von der Firma Korte & Partner betreut werden möchte. Eine neue Maklervollmacht liegt uns vor.

Betroffen sind die Verträge KF-21744590 (Kfz, OL-GL 33) und PH-5501183 (Privathaftpflicht). Die Bestandsübertragung erfolgt zum 01.04.2026; die Folgecourtage ab April steht dem neuen Makler zu.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: invitation to a broker conference with health-related talks on the agenda (ICS)",
  frm=ADDR("reuter"), to="Maklerpartner Region Nord <makler-nord@versicherer.example>", subj="Einladung Maklerforum Nord 2026 – 23. April, Hamburg",
  date="2026-03-02 10:00", sig="reuter",
  body="""Liebe Maklerpartnerinnen und Maklerpartner,

wir laden Sie herzlich zum Maklerforum Nord am Donnerstag, 23. April 2026, in die Elbphilharmonie-Kaistudios in Hamburg ein.

Programm:
09:30 Ankommen, Kaffee
10:00 Pflegereform 2026 – was Ihre Kunden jetzt wissen müssen (Felix Yilmaz)
11:00 Psychische Erkrankungen in der BU-Leistungsprüfung – Zahlen, Abläufe, Fallstricke (Oliver Stanek)
12:30 Mittagessen
13:30 Cyber für kleine Gewerbebetriebe
15:00 Ende

Die Veranstaltung ist mit 4 Stunden IDD-Weiterbildungszeit anerkannt. Anmeldung bitte bis 10. April über das Maklerportal. Die Kalendereinladung hängt an.

Herzliche Grüße aus Hamburg""",
  att=[ICS("Maklerforum_Nord_2026.ics", "mfn-2026-04-23@versicherer.example", "Maklerforum Nord 2026", "20260423T093000", "20260423T150000",
           ("Frank Reuter", "frank.reuter@versicherer.example"), location="Kaistudios, Platz der Deutschen Einheit 1, 20457 Hamburg",
           description="Pflegereform, psychische Erkrankungen in der BU-Leistungsprüfung, Cyber. 4 Std. IDD.")])

M("S", "de", "broker", "signed consent form of a named client to receive health-insurance data over TLS e-mail; forwarded by broker support",
  frm=ADDR("hein"), to=ADDR("meier"), subj="WG: Einwilligung E-Mail-Kommunikation – Frau Renate Vogt (KV-54977310)",
  date="2026-03-30 11:21", sig="hein", sigstyle="short",
  body="""Hallo Herr Meier,

der Makler hat die Einwilligung seiner Kundin eingescannt geschickt. Können wir das so im Bestand hinterlegen, oder braucht es das Original? Das Formular ist unser aktuelles (Stand 09/2025).

Gruß
Kerstin Hein""",
  quote=FW("Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", "27.03.2026, 16:05", "maklerservice@versicherer.example",
           "Einwilligung E-Mail – Vogt", """Hallo liebes Maklerservice-Team,

anbei die unterschriebene Einwilligung von Frau Vogt. Sie möchte die Leistungsabrechnungen ihrer Zahnzusatzversicherung und künftige Schriftwechsel zu ihrer Krankenversicherung gern per normaler E-Mail an renate.vogt@posteo.example bekommen, das Portal ist ihr zu umständlich.

LG Sandra Michalski"""),
  att=[PDF("Einwilligung_Vogt_Renate.pdf", [("h", "Einwilligung in die Übermittlung von Gesundheitsdaten per E-Mail"),
      "Versicherungsnehmerin: Renate Vogt, geb. 14.01.1957, Uhlandstraße 40, 21335 Lüneburg\nVertrag: KV-54977310 (Zahnzusatz Z90)",
      "Ich willige ein, dass die Versicherer Krankenversicherung a.G. mir Informationen zu meinem Vertrag und zu Leistungsfällen, "
      "auch wenn diese Gesundheitsdaten enthalten, per transportverschlüsselter E-Mail an die unten genannte Adresse sendet. "
      "Mir ist bekannt, dass die Nachricht beim Empfang nicht Ende-zu-Ende verschlüsselt ist. Die Einwilligung kann ich jederzeit widerrufen.",
      "E-Mail-Adresse: renate.vogt@posteo.example",
      "Lüneburg, 25.03.2026    Unterschrift: R. Vogt"])])

M("N", "de", "insurer-to-broker", "trap: blank consent form template with placeholders for brokers",
  frm=ADDR("meier"), to=ADDR("hein"), cc="Maklerpool Nordwest – Recht <recht@maklerpool-nordwest.example>", subj="Neue Vorlage Einwilligung E-Mail-Kommunikation (Stand 04/2026)",
  date="2026-04-07 09:15", sig="meier",
  body="""Liebe Frau Hein, sehr geehrte Damen und Herren,

anbei die überarbeitete Vorlage der Kundeneinwilligung für die E-Mail-Kommunikation ohne Ende-zu-Ende-Verschlüsselung. Geändert haben sich der Hinweis auf das Widerrufsrecht und die Wahl, ob die Einwilligung für alle Verträge oder nur für einzelne gilt.

Bitte nur noch diese Fassung an Vermittler ausgeben; ältere Fassungen nehmen wir bis 30.06. noch an.

Mit freundlichen Grüßen""",
  att=[DOCX("Vorlage_Einwilligung_EMail_2026-04.docx", [("h", "Einwilligung in die Kommunikation per E-Mail"),
      "Versicherungsnehmer/in: «Vorname» «Nachname», geb. «Geburtsdatum»\nAnschrift: «Straße», «PLZ» «Ort»",
      "Vertrag/Verträge: ☐ alle Verträge   ☐ nur: «Vertragsnummer»",
      "Ich willige ein, dass mir Informationen zu meinen Verträgen und Leistungsfällen – auch Gesundheitsdaten – per transportverschlüsselter "
      "E-Mail an «E-Mail-Adresse» gesendet werden. Ich kann diese Einwilligung jederzeit ohne Angabe von Gründen für die Zukunft widerrufen.",
      "«Ort», «Datum»     ______________________ (Unterschrift)"], author="Thomas Meier")])

M("C", "en", "insurer-to-broker", "D&O renewal for a GmbH naming its managing directors; company as policyholder with named persons",
  frm=ADDR("hartmann"), to="Oliver Grant <ogrant@thames-risk.example>", subj="D&O renewal 2026/27 – Brightwater Solar GmbH",
  date="2026-04-09 16:45", sig="hartmann", lang="en",
  body="""Dear Oliver,

renewal terms for Brightwater Solar GmbH, policy DO-0071236:

Insured persons as per the application: Dr. Katrin Vollmer (CEO), Jonathan Mills (CFO), Ahmet Doğan (COO), and members of the advisory board
Limit: EUR 10m, retention for the company EUR 25,000
Premium: EUR 38,400 (+6 % due to the pending insolvency of their main customer)

We would need a signed warranty statement from Dr. Vollmer that no circumstances are known which could lead to a claim, in particular in connection with the customer insolvency.

Best regards""")

M("S", "de", "insurer-to-broker", "so-called anonymous risk pre-enquiry that gives initials, exact birth date and town with a tumour history – identifiable, so health data of a person",
  frm=ADDR("hasselbach"), to="Vincent Graf <graf@graf-finanz.example>", subj="AW: Voranfrage Risiko-LV – K. M., Bamberg",
  date="2026-04-14 11:02", sig="hasselbach",
  body="""Sehr geehrter Herr Graf,

vielen Dank für die Voranfrage. Eine Anmerkung vorweg: mit Initialen, vollständigem Geburtsdatum und Wohnort ist die Anfrage nicht mehr anonym. Bitte senden Sie uns solche Angaben künftig über das Maklerportal.

Zur Sache: nach einem Melanom im Stadium pT1a (2019, vollständig exzidiert, seither unauffällige Nachsorge) können wir in der Risikolebensversicherung mit einem Zuschlag von 2 Promille der Versicherungssumme für die ersten 5 Jahre annehmen. Ab 2029 (10 Jahre rezidivfrei) wäre eine Normalannahme möglich.

Mit freundlichen Grüßen""",
  quote=Q("""Hallo,

anonyme Voranfrage Risiko-LV 300.000 EUR, 25 Jahre:
Kunde K. M., geb. 02.10.1980, Bamberg, Lehrer, Nichtraucher
2019 Melanom am Rücken, pT1a, komplett entfernt, Nachsorge halbjährlich beim Hautarzt, alles ohne Befund

Gruß V. Graf"""))

M("N", "en", "insurer-to-broker", "trap: portal registration mail with a one-time password for a new broker user",
  frm="Broker Portal <maklerportal-noreply@versicherer.example>", to="Mark Delaney <mdelaney@delaney-partners.example>",
  subj="Your broker portal account – one-time password", date="2026-01-12 09:00", lang="en",
  body="""Dear Mark Delaney,

your firm administrator has created a user account for you in our broker portal (partner firm: Delaney & Partners Ltd, partner no. 90-0311).

Your one-time password: 7Qm-xR4v-K2pd

You will receive a second e-mail with the registration link. Please log in with your e-mail address and this one-time password within 7 days, then choose a new password and a security question.

If you did not expect this e-mail, please contact the Broker Service Centre: +49 221 555-1190.

This message was generated automatically. Please do not reply.""")

M("C", "de", "broker", "water damage claim in a named client's house reported by the broker; claim and policy numbers",
  frm=ADDR("demir"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="AW: Leitungswasserschaden Familie Kessler – WG-3288417",
  date="2026-04-16 09:58", sig="demir",
  body="""Sehr geehrter Herr Auer,

danke für die schnelle Meldung. Schadennummer: SW-26-0044120. Ich habe die Trocknungsfirma aus unserem Netzwerk beauftragt, sie meldet sich heute noch bei Frau Kessler für einen Termin.

Bitte bewahren Sie bzw. die Kunden das defekte Rohrstück auf, bis unser Regulierer vor Ort war.

Mit freundlichen Grüßen""",
  quote=OQ("Bernd Auer <auer@auer-versicherungen.example>", "Mittwoch, 15. April 2026 21:40", "schaden-sach@versicherer.example",
           "Leitungswasserschaden Familie Kessler – WG-3288417", """Guten Abend,

bei meinen Kunden Thomas und Katja Kessler, Am Weiher 3, 91074 Herzogenaurach (Wohngebäude WG-3288417, Hausrat HR-7712290) ist heute ein Rohr in der Wand des Badezimmers im OG geplatzt. Wasser bis ins Wohnzimmer EG gelaufen, Decke durchfeuchtet, Parkett aufgequollen. Installateur hat abgesperrt.

Bitte um Schadenanlage und Trocknungsfirma.

Gruß Bernd Auer"""))

M("S", "de", "insurer-to-broker", "status of a named client's disability claim with psychiatric expert opinion, to the broker",
  frm=ADDR("stanek"), to="Petra Wiegand <wiegand@finanzkontor-wiegand.example>", subj="BU-Leistungsantrag Jürgen Dreyer – Sachstand",
  date="2026-04-20 15:12", sig="stanek",
  body="""Sehr geehrte Frau Wiegand,

Sie hatten nach dem Stand im Leistungsfall Ihres Kunden Herrn Jürgen Dreyer (Vertrag 62-0061177) gefragt. Herr Dreyer hat uns erlaubt, Ihnen Auskunft zu geben.

Das psychiatrische Gutachten von Frau Dr. Ebeling liegt uns seit 14.04. vor. Es bestätigt eine rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1), und schätzt die Einschränkung in seiner zuletzt ausgeübten Tätigkeit als Bauleiter auf 60 %. Wir werden auf dieser Grundlage voraussichtlich zeitlich befristet bis 30.06.2027 anerkennen; die schriftliche Entscheidung geht diese Woche an Herrn Dreyer.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: broker scorecard with aggregate lapse rates and new business figures, no client names",
  frm=ADDR("vogel"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Ihre Partnerauswertung 2025",
  date="2026-02-20 12:00", sig="vogel", html=True,
  tables={"k": ([["Kennzahl", "2024", "2025", "Vertriebsdurchschnitt"],
                 ["Neugeschäft Leben/BU (Bewertungssumme)", "1,42 Mio. EUR", "1,88 Mio. EUR", "–"],
                 ["Neugeschäft Sach (Jahresbeitrag)", "61.400 EUR", "74.900 EUR", "–"],
                 ["Stornoquote BU (1.–2. Jahr)", "6,1 %", "4,3 %", "7,8 %"],
                 ["Stornoquote Sach", "9,4 %", "8,8 %", "10,2 %"],
                 ["Anträge mit Rückfragen Gesundheit", "38 %", "29 %", "41 %"]], "pipe")},
  body="""Sehr geehrte Frau Korte,

wie jedes Jahr haben wir Ihre Zusammenarbeit mit uns ausgewertet. Vielen Dank für ein sehr gutes Jahr!

[[k]]

Besonders erfreulich ist der Rückgang der Anträge mit Rückfragen zu Gesundheitsangaben – die Checkliste aus dem letzten Jahr scheint zu wirken.

Ich würde gern im Mai mit Ihnen über die Ziele 2026 sprechen.

Herzliche Grüße""")

M("C", "en", "broker", "sole-trader broker sends new private bank account for commission payments; IBAN of a natural person",
  frm=ADDR("lutz"), to=ADDR("morgan"), subj="FW: Change of bank details for commission – Sam Whitcombe",
  date="2026-04-22 10:40", sig="lutz", sigstyle="short", lang="en",
  body="""James,

can you confirm the call-back was done before I change the payee account? Mr Whitcombe is a sole trader, so this goes to a private account. Given the fraud attempts last year I'd rather have the four-eyes check documented.

Patrick""",
  quote=OQ("Sam Whitcombe <sam@whitcombe-insurance.example>", "21 April 2026 18:33", "commission@versicherer.example",
           "Change of bank details", """Hello,

please pay my commission from May onwards to my new account:

Account holder: Samuel J. Whitcombe
IBAN: """ + IB("GB", "NWBK60161331926819") + """
Bank: NatWest, Canterbury

Agency no. 90-0277. My UTR for the self-assessment is 84711 30952 in case you need it for the statement.

Thanks
Sam Whitcombe
Whitcombe Insurance Services (sole trader)""", lang="en"))

M("S", "en", "insurer-to-broker", "underwriting request for a named term-life applicant's alcohol consumption, liver values and BMI",
  frm=ADDR("hasselbach"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="International Term Life – application ITL-26-0188 – Mr Gareth Pryce",
  date="2026-04-27 13:22", sig="hasselbach", lang="en",
  body="""Dear Mr Delaney,

thank you for the application for Mr Gareth Pryce (DOB 9 February 1977), sum assured EUR 800,000. Before we can decide, we need some more information:

1. The medical examination shows a BMI of 33.8 and GGT of 142 U/l, ALT 71 U/l. Mr Pryce stated 28 units of alcohol per week. Please ask him to complete our alcohol questionnaire (attached in the portal).
2. Repeat liver function tests after 8 weeks, including CDT, at our cost.
3. Has he ever been advised to reduce his drinking or been treated for it?

Depending on the results we expect to offer terms with a rating between +50 % and +100 %. We will hold the application open for 3 months.

Kind regards""")

M("N", "de", "internal", "trap: anonymised training case study with invented initials about a disability claim",
  frm=ADDR("stanek"), to="Team Leistung BU <leistung-bu@versicherer.example>", subj="Fallstudie für den Workshop am Donnerstag",
  date="2026-05-04 16:20", sig="stanek", sigstyle="name",
  body="""Hallo zusammen,

für Donnerstag hier die Fallstudie. Der Fall ist frei erfunden bzw. aus drei alten Akten zusammengesetzt, Namen und Daten sind verfremdet.

"Herr K., 51 Jahre, Dachdeckermeister mit 4 Mitarbeitern, meldet BU nach Bandscheibenvorfall L5/S1 mit Operation. Er arbeitet seit der Reha wieder 4 Stunden täglich im Büro (Angebote, Abrechnung). Der Vertrag enthält keinen Verzicht auf die abstrakte Verweisung, aber eine Umorganisationsklausel für Selbstständige."

Fragen zur Diskussion:
1. Ist eine Umorganisation zumutbar? Welche Unterlagen fordern wir an?
2. Wie bewerten wir die Bürotätigkeit – Teil des bisherigen Berufs oder Verweisungstätigkeit?
3. Welche Rolle spielt das Einkommen nach der Umorganisation?

Bitte bringt Eure Ideen mit.

Oliver""")

M("C", "de", "insurer-to-broker", "eVB number for a named client's new car with address and birth date",
  frm=ADDR("engel"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="eVB für Frau Emine Yıldız – VW ID.3",
  date="2026-05-06 08:47", sig="engel", sigstyle="short",
  body="""Hallo Herr Kaya,

hier die eVB für Ihre Kundin:

eVB-Nummer: K7PWQ2M
Versicherungsnehmerin: Emine Yıldız, geb. 17.06.1992, Gärtnerstraße 58, 20253 Hamburg
Fahrzeug: VW ID.3 Pro S, FIN WVWZZZE1ZRP047113
Gewünschter Beginn: 08.05.2026, SF 4 / SF 3 aus Vorvertrag (Vorversicherer bitte im Antrag angeben)

Die eVB ist 6 Monate gültig. Den Antrag bitte innerhalb von 2 Wochen nachreichen.

Gruß
Rüdiger Engel""")


# ---------------- batch 3 ----------------

M("S", "de", "broker", "daily sickness allowance claim of a named client (herniated disc, incapacity for work) reported by a small broker, windows-1252",
  frm=ADDR("kroeger"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="AW: Krankentagegeld Herr Stefan Lorenz",
  date="2026-05-11 11:35", sig="kroeger", charset="windows-1252",
  body="""Sehr geehrter Herr Vollmer,

vielen Dank für die Unterlagen. Wir zahlen das Krankentagegeld für Herrn Lorenz ab dem 43. Tag der Arbeitsunfähigkeit (Tarif KT43, 95 EUR täglich), also ab dem 02.05.2026. Die erste Zahlung für Mai erfolgt, sobald uns der Auszahlschein für den laufenden Monat vorliegt.

Bitte lassen Sie uns auch den Bericht über die geplante Operation zukommen, sobald er vorliegt.

Mit freundlichen Grüßen""",
  quote=Q("""Sehr geehrte Damen und Herren,

mein Kunde Stefan Lorenz, KV-Nr. 54781103, ist seit 21.03. krank geschrieben wegen Bandscheibenvorfall L4/L5 mit Taubheit im Bein (M51.1). Er ist selbstständiger Fliesenleger und kann nicht arbeiten. Die AU-Bescheinigungen vom Orthopäden Dr. Sauer hänge ich als Scan an, ebenso die MRT-Befundung. Eine OP ist für Juni im Gespräch.

Bitte um Zahlung Krankentagegeld ab 43. Tag lt. Vertrag.

mfg
Heinz Vollmer
Versicherungsbüro Vollmer, Oberhausen"""))

M("N", "en", "newsletter", "trap: financial strength rating affirmation for brokers, no persons",
  frm="Broker News <broker-newsletter@versicherer.example>", to="intl-brokers@versicherer.example",
  subj="Versicherer Group: financial strength rating affirmed at A+ (stable)", date="2026-05-12 08:00", lang="en", html=True,
  body="""Dear partners,

we are pleased to let you know that the rating agency Continental Ratings has affirmed the financial strength rating of Versicherer Lebensversicherung AG, Versicherer Krankenversicherung a.G. and Versicherer Allgemeine Versicherung AG at "A+" with a stable outlook.

The agency highlights our solvency ratio of 287 % (Solvency II, without transitional measures), the low lapse rates in our disability and health portfolios and the diversification of our broker channel.

The full rating report and our Solvency and Financial Condition Report 2025 are available on www.versicherer.example/investors.

Kind regards
Broker Relations

You are receiving this message as a registered broker partner. Unsubscribe: www.versicherer.example/en/brokers/newsletter""")

M("C", "en", "insurer-to-broker", "cargo claim for a named consignee company and its contact person, with claim figures",
  frm=ADDR("osei"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="RE: Claim notification – wet damage, container MSKU 4471093 – Feldmann Weine GmbH",
  date="2026-05-13 14:08", sig="osei", lang="en",
  body="""Dear Lucy,

we have registered the claim under TR-2026-00871 (open cover OC-1142, Feldmann Weine GmbH). Our surveyor, Mr Koenen of Rhein Survey, will contact Mr Paul Feldmann at the Mainz warehouse tomorrow to inspect the 18 damaged pallets.

Please ask the assured to keep all damaged goods until the survey and to send a letter of protest to the carrier today – the 3-day period under the Hague-Visby rules runs out on Friday.

Reserve set at EUR 46,000.

Best regards""",
  quote=OQ("Lucy Barnes <lbarnes@harbourline-brokers.example>", "13 May 2026 10:12", ADDR("osei"), "Claim notification – wet damage, container MSKU 4471093 – Feldmann Weine GmbH", """Daniel,

our client Feldmann Weine GmbH (contact: Paul Feldmann, MD, +49 6131 555 2290) received container MSKU 4471093 from Porto yesterday with visible water ingress – 18 of 40 pallets of bottled wine with wet cartons, some bottles broken. Invoice value of the damaged pallets approx. EUR 44,500.

Could you appoint a surveyor?

Lucy""", lang="en"))

M("S", "en", "broker", "forwarded broker mail (as attachment) with a critical illness claim for a named client with breast cancer diagnosis",
  frm=ADDR("ashworth"), to=ADDR("stanek"), subj="FW: Critical illness claim – Mrs Fiona Gallagher – ITL-CI 0033187",
  date="2026-05-18 09:26", sig="ashworth", sigstyle="short", lang="en",
  body="""Oliver,

see the broker's mail attached – this is an international CI policy but the claim is governed by German law, so I'd like your team to handle it. Broker is Delaney & Partners, very responsive.

Thanks
Claire""",
  att=[EML(INNER("Mark Delaney <mdelaney@delaney-partners.example>", "International Broker Desk <intl.brokers@versicherer.example>",
                 "Critical illness claim – Mrs Fiona Gallagher – ITL-CI 0033187", "2026-05-15 17:44", """Dear Claire,

I'm sorry to report that our client Fiona Gallagher (ITL-CI 0033187, DOB 22/03/1979, living in Frankfurt) was diagnosed with invasive ductal carcinoma of the left breast on 28 April. She had a lumpectomy at the Frankfurt University Hospital on 9 May; histology shows a 2.1 cm grade 2 tumour, one sentinel node positive. Chemotherapy is planned from June.

She'd like to claim the critical illness benefit of EUR 150,000. I attach the claim form and the histology report. Could you let me know what else you need?

Kind regards
Mark Delaney
Delaney & Partners Ltd""", "<CAK3x9-fgallagher-ci@delaney-partners.example>", lang="en", client="outlook"), fn="Critical illness claim - Fiona Gallagher.eml")])

M("N", "de", "insurer-to-broker", "trap: HTML-only webinar invitation on selling long-term care top-ups (care levels mentioned generally)",
  frm=ADDR("yilmaz"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Webinar: Pflegezusatz verständlich erklärt – 3. Juni, 17 Uhr",
  date="2026-05-19 12:00", body=None,
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Webinar Pflegezusatz</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="margin:auto">
<tr><td style="background:#003a70;color:#fff;padding:18px;font-size:20px">Webinar für Vertriebspartner</td></tr>
<tr><td style="padding:18px">
<p>Liebe Maklerpartnerinnen und Maklerpartner,</p>
<p>jeder zweite Deutsche wird im Laufe seines Lebens pflegebedürftig. Die gesetzliche Pflegeversicherung deckt im <b>Pflegegrad 3</b> bei vollstationärer Pflege nur rund die Hälfte der Kosten – der Eigenanteil liegt im Bundesdurchschnitt bei über 2.900 EUR im Monat.</p>
<p>Im Webinar zeigen wir Ihnen, wie Sie Ihren Kunden den Bedarf anschaulich erklären, und stellen unser Pflegetagegeld PflegePlus mit vereinfachten Gesundheitsfragen bis Alter 65 vor.</p>
<ul><li>Mittwoch, 3. Juni 2026, 17:00–18:00 Uhr</li><li>Referent: Felix Yilmaz, Produktmanagement Pflege</li><li>1 Stunde IDD-Weiterbildungszeit</li></ul>
<p><a href="https://www.versicherer.example/makler/webinare/pflege-2026">Jetzt anmelden</a></p>
<p>Herzliche Grüße<br>Ihre Maklerbetreuung</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:18px">Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln</td></tr>
</table></body></html>
""")

M("C", "de", "insurer-to-broker", "ZIP with portfolio transfer CSV (household/liability) and scanned broker mandates of named clients",
  frm=ADDR("arslan"), to="Kowalczyk & Berg Versicherungsmakler <buero@kowalczyk-berg.example>", subj="Bestandsübertragung zum 01.06. – Unterlagen",
  date="2026-05-20 15:44", sig="arslan",
  body="""Sehr geehrte Damen und Herren,

anbei die Unterlagen zur Bestandsübertragung zum 01.06.2026 als ZIP-Archiv (Liste der Verträge und die uns vorliegenden Maklervollmachten). Es sind nur Sachverträge betroffen.

Mit freundlichen Grüßen""",
  att=[ZIP("Bestandsuebertragung_2026-06-01.zip", [
      CSV("Vertragsliste.csv", [["VN", "Geburtsdatum", "Sparte", "Vertrag", "Beginn"],
                                ["Lange, Bettina", "07.05.1969", "Hausrat", "HR-7702217", "01.02.2018"],
                                ["Lange, Bettina", "07.05.1969", "PHV", "PH-5471190", "01.02.2018"],
                                ["Hoffmeister, Ralf", "22.12.1955", "Wohngebäude", "WG-3277004", "01.10.2009"],
                                ["Tran, Thi Mai", "15.08.1996", "PHV", "PH-5493377", "01.03.2023"]]),
      PDF("Vollmacht_Lange.pdf", [("h", "Maklervollmacht"), "Vollmachtgeberin: Bettina Lange, Kreuzstraße 12, 44139 Dortmund",
                                  "Bevollmächtigt: Kowalczyk & Berg Versicherungsmakler oHG", "Dortmund, 02.05.2026 – gez. B. Lange"]),
      PDF("Vollmacht_Hoffmeister.pdf", [("h", "Maklervollmacht"), "Vollmachtgeber: Ralf Hoffmeister, Ruhrstraße 88, 58452 Witten",
                                        "Bevollmächtigt: Kowalczyk & Berg Versicherungsmakler oHG", "Witten, 06.05.2026 – gez. R. Hoffmeister"])])])

M("S", "de", "insurer-to-broker", "premium arrears list of private health and care contracts with named clients (ODS)",
  frm=ADDR("becker"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="Beitragsrückstände Kranken – Ihr Bestand",
  date="2026-05-21 07:20", sig="becker",
  body="""Sehr geehrter Herr Vollmer,

in Ihrem Bestand gibt es derzeit Beitragsrückstände in der Krankenversicherung. Bei zwei Verträgen ist der Rückstand so hoch, dass nach § 193 Abs. 6 VVG das Ruhen der Leistungen droht (Notlagentarif). Wir bitten Sie, mit den Kunden Kontakt aufzunehmen; Ratenzahlungen sind nach Absprache möglich.

Mit freundlichen Grüßen""",
  att=[ODS("Rueckstaende_KV_Vollmer.ods", {"KV": [
      ["Vertrag", "Versicherte Person", "Tarif", "Rückstand EUR", "Monate", "Hinweis"],
      ["KV-54781103", "Lorenz, Stefan", "KomfortPlus 300 + KT43", 1733.10, 3, "Leistungsfall KT läuft, Verrechnung möglich"],
      ["KV-54802257", "Kurzweil, Dagmar", "Basis 1200 + PPV", 2611.48, 5, "Mahnung 2 versandt, Notlagentarif droht"],
      ["KV-54839011", "Petrović, Luka", "KomfortPlus 600", 588.90, 1, ""],
      ["KV-54840022", "Jablonski, Irena", "Zahnzusatz Z70", 96.40, 4, ""]]})])

M("N", "de", "insurer-to-broker", "trap: anonymous health pre-enquiry (woman, 35, Hashimoto) without any identifier",
  frm=ADDR("holm"), to="Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", subj="AW: Anonyme Voranfrage PKV – Hashimoto",
  date="2026-05-22 10:05", sig="holm", sigstyle="short",
  body="""Hallo Frau Michalski,

eine gut eingestellte Hashimoto-Thyreoiditis mit L-Thyroxin ohne weitere Begleiterkrankungen nehmen wir in der PKV in der Regel ohne Zuschlag an. Sollten die Schilddrüsenwerte in den letzten 12 Monaten nicht stabil gewesen sein, rechnen Sie mit 10 % Zuschlag im ambulanten Bereich.

Viele Grüße
Jan Holm""",
  quote=Q("""Hallo Herr Dr. Holm,

kurze anonyme Voranfrage: Frau, 35, Bürokauffrau, Hashimoto seit 2020, nimmt L-Thyroxin 75, Kontrollen halbjährlich, sonst gesund. Tarif KomfortPlus 600.

Danke!
Sandra Michalski"""))

M("S", "de", "insurer-to-broker", "increase of a named client's disability pension under the guarantee option after marriage; disability contract of a person",
  frm=ADDR("schulte"), to="Ole Hansen <o.hansen@hansen-versicherungsmakler.example>", subj="Nachversicherung BU 62-0170224 – Herr Jonas Petersen",
  date="2026-05-26 14:27", sig="schulte",
  body="""Sehr geehrter Herr Hansen,

wir bestätigen die Erhöhung der Berufsunfähigkeitsrente Ihres Kunden Herrn Jonas Petersen im Rahmen der Nachversicherungsgarantie (Ereignis: Heirat am 18.04.2026, Urkunde liegt vor).

Neue Monatsrente: 2.100 EUR (bisher 1.600 EUR), ab 01.06.2026
Neuer Monatsbeitrag: 96,41 EUR (bisher 73,45 EUR)
Die besondere Vereinbarung zur Lendenwirbelsäule gilt auch für den Erhöhungsteil.

Der Nachtrag zum Versicherungsschein geht Herrn Petersen in den nächsten Tagen zu.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "commercial contents quote for a sole trader hairdresser with her name, turnover and payroll",
  frm=ADDR("hartmann"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Angebot Inhalts- und Betriebsunterbrechungsversicherung – Salon Aleksandra Nowak",
  date="2026-05-27 11:11", sig="hartmann",
  body="""Sehr geehrte Frau Korte,

für Ihre Kundin Frau Aleksandra Nowak, Inhaberin des Friseursalons "Haarwerk Nowak" (Einzelunternehmen), Lange Straße 19, 26122 Oldenburg, bieten wir an:

Inhalt (Einrichtung, Vorräte): 85.000 EUR
Betriebsunterbrechung: Jahresumsatz laut Angabe 212.000 EUR, Haftzeit 12 Monate
Glas: Schaufensterscheiben pauschal
Jahresbeitrag: 684,20 EUR zzgl. Versicherungsteuer

Grundlage sind die Angaben aus Ihrem Fragebogen (Umsatz 2025: 212.000 EUR, Lohnsumme: 96.000 EUR, 3 Angestellte). Das Angebot ist bis 30.06. gültig.

Mit freundlichen Grüßen""")

M("N", "en", "newsletter", "trap: product update on maternity waiting periods in international health, no individual",
  frm="Broker News <broker-newsletter@versicherer.example>", to="intl-brokers@versicherer.example",
  subj="Global Health Premium: new maternity options from 1 July 2026", date="2026-05-28 08:00", lang="en",
  body="""Dear partners,

from 1 July 2026, Global Health Premium offers two maternity options:

* Maternity Standard: 10-month waiting period, routine delivery up to EUR 12,000, complications of pregnancy covered in full after the waiting period
* Maternity Plus: 10-month waiting period, delivery up to EUR 25,000, newborn care for 90 days without underwriting

Pregnancies that exist at the start of cover remain excluded. Newborns can be added without health questions within 30 days of birth if one parent has been insured for at least 10 months.

The updated product sheet and the policy wording are available on the broker extranet.

Kind regards
Broker Relations – International Health""")

M("S", "en", "company", "international group health enrolment listing named employees with declared pre-existing conditions",
  frm=ADDR("whitfield"), to=ADDR("holm"), subj="FW: Enrolment – Aurora Engineering staff seconded to Qatar",
  date="2026-06-02 13:50", sig="whitfield", sigstyle="short", lang="en",
  body="""Jan,

three of the new members declared conditions – could you look at them before we issue the certificates? The scheme has moratorium underwriting for groups above 20 lives, but this one has only 12.

Emma""",
  quote=FW("Sunita Rao <s.rao@aurora-engineering.example>", "Tue, 2 Jun 2026 09:31", "intl.groups@versicherer.example", "Enrolment – Aurora Engineering staff seconded to Qatar", """Hello,

please add the following employees to our group policy GHG-0410 from 15 June:

1. Daniel Kruse, 1984-02-11 – no conditions
2. Mehmet Arslan, 1979-09-30 – type 1 diabetes since childhood, insulin pump
3. Laura Bianchi, 1991-12-03 – no conditions
4. Piotr Zieliński, 1975-06-21 – hip replacement right 2023
5. Sophie Lambert, 1988-04-14 – treated for depression 2024, currently on sertraline 50 mg

Best regards
Sunita Rao, HR Business Partner""", lang="en"))

M("N", "en", "internal", "trap: IT ticket about a broker user's portal login lockout; broker named, no client data",
  frm=ADDR("hoffmann"), to=ADDR("hein"), subj="[Ticket #INC-88214] Broker portal: user locked after 2FA migration",
  date="2026-02-23 08:12", sig="hoffmann", sigstyle="short", lang="en",
  body="""Hi Kerstin,

ticket INC-88214: Mark Delaney (Delaney & Partners Ltd, partner no. 90-0311) can't log in since the 2FA migration on Saturday – account locked after three failed attempts. Logs show his authenticator app was set up on an old phone.

I've reset the second factor. He'll get a new one-time password by e-mail and has to set up the app again. Could you let him know? His firm administrator can't do it because he *is* the firm administrator.

Closing the ticket once he confirms.

Lukas""")

M("C", "de", "insurer-to-broker", "premium certificate for a named client's liability and household insurance with tax ID for the tax return",
  frm=ADDR("kowalski"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="Beitragsbescheinigung 2025 – Frau Dagmar Kurzweil",
  date="2026-02-26 15:00", sig="kowalski",
  body="""Sehr geehrter Herr Vollmer,

anbei wie gewünscht die Beitragsbescheinigung 2025 Ihrer Kundin Frau Dagmar Kurzweil, Marktstraße 2, 46045 Oberhausen, für die Privathaftpflicht PH-5512008 (86,90 EUR) und die Hausratversicherung HR-7719930 (132,40 EUR).

Steuer-ID laut Ihrer Angabe: 57 218 903 446 – bitte prüfen Sie die Nummer noch einmal, sie ist bei uns bisher nicht hinterlegt gewesen.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-broker", "children's accident application: named child with ADHD diagnosis and medication; underwriting query to broker",
  frm=ADDR("berger"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="Kinderunfallversicherung – Antrag für Finn Hagemann",
  date="2026-06-03 10:30", sig="berger",
  body="""Sehr geehrter Herr Pfeiffer,

im Antrag auf Kinderunfallversicherung für Finn Hagemann (geb. 11.09.2016) ist die Frage nach Erkrankungen des Nervensystems mit "ja – ADHS, Methylphenidat" beantwortet.

Eine ADHS-Diagnose allein führt bei uns nicht zur Ablehnung. Wir benötigen jedoch:
- Angabe, seit wann und in welcher Dosierung Methylphenidat eingenommen wird
- ob es in den letzten zwei Jahren Unfälle mit ärztlicher Behandlung gab

Können Sie das bei den Eltern erfragen? Danach policieren wir ohne Zuschlag, sofern keine Auffälligkeiten.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: commission scheme for commercial lines without client names",
  frm=ADDR("lutz"), to="Maklerpool Nordwest – Vertriebssteuerung <vertrieb@maklerpool-nordwest.example>", subj="Courtagezusage Gewerbe 2026/2027",
  date="2026-06-04 09:00", sig="lutz",
  body="""Sehr geehrter Herr Lüders,

wie in der Jahresvereinbarung besprochen, gelten für Ihr Gewerbegeschäft ab 01.07.2026 folgende Courtagesätze (laufend, auf den Nettobeitrag):

Betriebshaftpflicht: 17,5 % (bisher 15 %)
Inhalt/Ertragsausfall: 20 %
Technische Versicherungen: 15 %
Cyber (bis 5 Mio. EUR Umsatz): 20 %
Kfz-Flotten ab 10 Fahrzeugen: 7,5 %

Die Sätze gelten für alle angebundenen Partner des Pools. Ein Bonus von 1,5 % wird gezahlt, wenn das Neugeschäft 2026 die Marke von 750.000 EUR Jahresbeitrag übersteigt.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-broker", "confirmation of personal liability cover for a named expat for his visa application, with address and policy number",
  frm=ADDR("seidel"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="Confirmation of cover – Mr Arjun Mehta – PH-5550137",
  date="2026-06-08 14:18", sig="seidel", lang="en",
  body="""Dear Priya,

as requested, here is the wording for the immigration office:

"We confirm that Mr Arjun Mehta, born 5 January 1993, residing at Sonnenstraße 27, 80331 München, holds a personal liability insurance with Versicherer Allgemeine Versicherung AG under policy no. PH-5550137 since 1 June 2026. The sum insured is EUR 50,000,000 for bodily injury and property damage. The policy is not terminated."

The signed PDF has been sent to Mr Mehta's portal mailbox.

Kind regards""")

M("S", "de", "insurer-to-broker", "follow-up review of a named client's disability benefit, requesting current medical reports",
  frm=ADDR("stanek"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="Nachprüfung BU – Frau Sabine Kolb, 62-0044781",
  date="2026-06-10 12:40", sig="stanek",
  body="""Sehr geehrter Herr Auer,

zur Information: wir haben bei Ihrer Kundin Frau Sabine Kolb die turnusmäßige Nachprüfung der BU-Leistung eingeleitet. Frau Kolb bezieht seit 2022 eine BU-Rente wegen Multipler Sklerose mit schubförmigem Verlauf.

Wir haben sie gebeten, uns bis zum 15.07.2026 folgende Unterlagen zu senden:
- aktuellen Befundbericht der Neurologin (EDSS-Wert, Schubfrequenz)
- Angaben zu einer eventuell aufgenommenen Tätigkeit

An der Leistung ändert sich bis zur Entscheidung nichts. Falls Frau Kolb Unterstützung beim Ausfüllen braucht, sprechen Sie sie gern an.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: circular about revised health questions in the application form (HIV test question removed), no person",
  frm=ADDR("schulte"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Geänderte Gesundheitsfragen in den Anträgen Leben/BU ab 1. Juli",
  date="2026-06-11 10:00", sig="schulte",
  body="""Sehr geehrte Damen und Herren,

ab 1. Juli 2026 gelten neue Antragsformulare für Risiko-LV und BU. Die wichtigsten Änderungen in den Gesundheitsfragen:

- Die Frage nach einem positiven HIV-Test entfällt ersatzlos.
- Psychotherapie: abgefragt werden nur noch Behandlungen der letzten 5 Jahre (bisher 10 Jahre).
- Neu: Frage nach geplanten Operationen oder Untersuchungen.
- Fragen zum Drogenkonsum beziehen sich nur noch auf die letzten 5 Jahre.

Alte Formulare nehmen wir bis 30. September an; danach bitte nur noch die neuen Formulare oder das Maklerportal verwenden.

Mit freundlichen Grüßen""")

M("S", "de", "broker", "base64-encoded body: broker forwards a long-term care allowance claim for a named client's mother with care level",
  frm=ADDR("yilmaz"), to="Pflegeservice <pflege-leistung@versicherer.example>", subj="WG: Pflegetagegeld – Antrag für Frau Erika Brandes",
  date="2026-06-15 16:20", sig="yilmaz", sigstyle="short", cte="base64",
  body="""Zur Bearbeitung – Leistungsantrag Pflegetagegeld, Maklerin hat alle Unterlagen beigefügt.

Felix""",
  quote=FW("Petra Wiegand <wiegand@finanzkontor-wiegand.example>", "15.06.2026, 11:02", "pflege@versicherer.example", "Pflegetagegeld Erika Brandes, PT-0087712", """Sehr geehrte Damen und Herren,

für meine Kundin Frau Erika Brandes (geb. 30.01.1941, Pflegetagegeld PT-0087712) beantrage ich die Leistung. Der Medizinische Dienst hat am 02.06. Pflegegrad 3 festgestellt (Bescheid der Pflegekasse anbei). Frau Brandes lebt nach einem Schlaganfall im Februar mit Halbseitenlähmung links bei ihrer Tochter, ein ambulanter Pflegedienst kommt zweimal täglich.

Die Tochter, Frau Monika Brandes, hat Vollmacht und bittet um Zahlung auf das bekannte Konto.

Mit freundlichen Grüßen
Petra Wiegand"""))

M("C", "de", "insurer-to-broker", "motor fleet of a driving school with a CSV driver list: names and birth dates of drivers",
  frm=ADDR("engel"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="Flotte Fahrschule Aydin – Fahrerliste für Fahrerkreisklausel",
  date="2026-06-17 09:44", sig="engel",
  body="""Hallo Herr Kaya,

für die Fahrerkreisklausel in der Flotte GW-0441902 haben wir die Fahrerliste vom Kunden erhalten und eingespielt. Bitte prüfen Sie, ob die Liste vollständig ist – die Fahrlehrerin Frau Reinholz fehlt aus unserer Sicht, sie steht aber im Fahrtenbuch.

Viele Grüße""",
  att=[CSV("Fahrerliste_GW-0441902.csv", [["Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Fahrzeug"],
                                           ["Aydin", "Kemal", "1974-03-18", "1992", "HH-KA 101"],
                                           ["Aydin", "Serkan", "1999-08-02", "2017", "HH-KA 102"],
                                           ["Petersen", "Maren", "1986-11-27", "2004", "HH-KA 103"],
                                           ["Olszewski", "Tomasz", "1981-01-09", "2000", "HH-KA 104 (Motorrad)"]])])

M("N", "en", "internal", "trap: out-of-office auto-reply of the broker desk",
  frm=ADDR("ashworth"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="Automatic reply: Agency agreement 2027 – draft",
  date="2026-07-20 09:01", lang="en", client="system", mailer="Microsoft Exchange Server", headers={"X-Autoreply": "yes"},
  body="""Thank you for your message. I am out of the office until 7 August 2026 with no access to e-mail.

For urgent matters please contact the International Broker Desk at intl.brokers@versicherer.example or +49 221 555-7700. Please do not send medical documents to the general mailbox – use the broker portal upload.

Vielen Dank für Ihre Nachricht. Ich bin bis 7. August 2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an intl.brokers@versicherer.example.

Claire Ashworth""")

M("S", "de", "insurer-to-broker", "lapse notice of a named client's disability policy for non-payment with commission clawback",
  frm=ADDR("lutz"), to="Vorsorgeplan Michalski <buero@vorsorgeplan-michalski.example>", subj="Stornohaftung – BU 62-0151009, Herr Dennis Schramm",
  date="2026-02-27 14:00", sig="lutz",
  body="""Sehr geehrte Frau Michalski,

der BU-Vertrag 62-0151009 Ihres Kunden Herrn Dennis Schramm ist nach erfolgloser qualifizierter Mahnung zum 01.02.2026 wegen Nichtzahlung der Beiträge erloschen. Eine Nachbearbeitung durch Sie war laut unseren Unterlagen nicht erfolgreich; Herr Schramm hat auf unser Angebot einer Stundung nicht reagiert.

Die anteilige Rückbelastung der Abschlussprovision beträgt 1.120,40 EUR und wird mit der Februar-Abrechnung verrechnet.

Eine Wiederinkraftsetzung ist innerhalb von 6 Monaten mit vereinfachter Gesundheitserklärung möglich.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: data processing agreement template for broker pools (ODT), no personal data",
  frm=ADDR("meier"), to="Maklerpool Nordwest – Recht <recht@maklerpool-nordwest.example>", subj="Muster-Vereinbarung zur gemeinsamen Verantwortlichkeit / AVV – Entwurf",
  date="2026-06-22 11:30", sig="meier",
  body="""Sehr geehrte Frau Dr. Kolbe,

anbei unser Entwurf der Vereinbarung über die Verarbeitung von Kundendaten im Maklergeschäft (Art. 26 DSGVO) als ODT, damit Ihre Rechtsabteilung direkt im Dokument kommentieren kann.

Besonders wichtig ist uns Ziffer 4: Gesundheitsdaten und Daten nach § 203 StGB dürfen zwischen Pool, Maklern und uns nur Ende-zu-Ende-verschlüsselt oder über das Portal übermittelt werden, es sei denn, es liegt eine Einwilligung der betroffenen Person vor.

Mit freundlichen Grüßen""",
  att=[ODT("Entwurf_Vereinbarung_Art26_Maklerpool.odt", [("h", "Vereinbarung über die gemeinsame Verantwortlichkeit (Art. 26 DSGVO)"),
      "zwischen der Versicherer Holding AG und ihren Tochtergesellschaften, Rheinuferstraße 12, 50667 Köln, und der Maklerpool Nordwest GmbH",
      ("h", "1. Gegenstand"), "Die Parteien verarbeiten gemeinsam personenbezogene Daten von Versicherungsnehmern und versicherten Personen bei der Anbahnung und Verwaltung von Versicherungsverträgen.",
      ("h", "4. Übermittlungswege"), "Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO), insbesondere Gesundheitsdaten, werden ausschließlich über das Maklerportal, "
      "per S/MIME-verschlüsselter E-Mail oder über das SecureMail-Portal übermittelt. Eine Übermittlung per transportverschlüsselter E-Mail ist nur zulässig, wenn die Einwilligung der betroffenen Person vorliegt.",
      ("t", [["Datenkategorie", "Mindestschutz"], ["Stammdaten, Vertragsdaten", "TLS"], ["Bankdaten, Einkommen", "TLS (erzwungen)"], ["Gesundheitsdaten", "Ende-zu-Ende oder Portal"]]),
      ("h", "9. Laufzeit"), "Die Vereinbarung gilt unbefristet und kann mit einer Frist von 3 Monaten zum Quartalsende gekündigt werden."])])

M("C", "de", "insurer-to-broker", "HTML-only mail with a table of named clients and no-claims classes for a motor portfolio takeover",
  frm=ADDR("engel"), to="Petra Wiegand <wiegand@finanzkontor-wiegand.example>", subj="SF-Klassen der übernommenen Kfz-Verträge",
  date="2026-06-24 13:13", body=None,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Frau Wiegand,</p>
<p>wie gewünscht die SF-Klassen und Beiträge der Kfz-Verträge aus der Übernahme Brandes zum 01.02.:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>VN</th><th>Vertrag</th><th>Kennzeichen</th><th>SF KH</th><th>SF VK</th><th>Beitrag 2026</th></tr>
<tr><td>Marco Bellini</td><td>KF-22094471</td><td>HI-MB 512</td><td>SF 12</td><td>SF 10</td><td>612,44 EUR</td></tr>
<tr><td>Jürgen Dreyer</td><td>KF-22110302</td><td>HI-JD 77</td><td>SF 25</td><td>SF 25</td><td>488,10 EUR</td></tr>
<tr><td>Klaus-Dieter Rose</td><td>KF-22087716</td><td>HI-KR 1958</td><td>SF 1/2</td><td>–</td><td>934,72 EUR</td></tr>
</table>
<p>Herr Rose ist nach zwei Schäden 2025 zurückgestuft worden, das erklärt den Beitrag.</p>
<p>Viele Grüße<br>Rüdiger Engel<br>Kfz-Betrieb / Vertrag<br>Tel. +49 221 555-4077</p>
</body></html>
""")


# ---------------- batch 4 ----------------

M("N", "en", "insurer-to-broker", "trap: general explanation of moratorium underwriting and pre-existing conditions for an expat plan; no client",
  frm=ADDR("whitfield"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="RE: Moratorium vs full medical underwriting – quick question",
  date="2026-06-25 10:22", sig="whitfield", sigstyle="short", lang="en",
  body="""Hi Lucy,

in short:

- Full medical underwriting: the client completes the health declaration, we decide up front and the certificate lists any exclusions. No surprises at claim stage.
- Moratorium: no health questions, but any condition with symptoms, treatment or advice in the 5 years before joining is excluded until the client has had 2 continuous years on cover without symptoms, treatment or advice for it.

For clients with chronic conditions (diabetes, asthma, anything on regular medication) full underwriting is almost always better, because under moratorium the condition will practically never come back into cover.

Happy to join a call with your team if helpful.

Emma""",
  quote=Q("""Emma – one of our new advisers asked what the practical difference is between moratorium and FMU on Global Health Premium. Could you give me two lines I can forward? No specific case.
Thanks, Lucy""", prefix="> "))

M("C", "en", "insurer-to-broker", "professional indemnity quote for a named self-employed architect with turnover and claims history",
  frm=ADDR("oltmanns"), to="Oliver Grant <ogrant@thames-risk.example>", subj="PI quote – Ms Hannah Whitmore, architect, Berlin",
  date="2026-06-29 15:55", sig="oltmanns", lang="en",
  body="""Dear Oliver,

we can offer professional indemnity cover for Ms Hannah Whitmore (self-employed architect, Kastanienallee 71, 10435 Berlin, member of the Berlin Chamber of Architects no. 11487):

Limit: EUR 3m bodily injury / EUR 1m other damage, twice per year
Deductible: EUR 2,500
Premium: EUR 3,180 p.a. plus tax, based on declared fees of EUR 265,000 for 2025

The notified circumstance (water ingress complaint, Prenzlauer Berg project, 2024) is excluded as a known circumstance. Please confirm there are no further claims or complaints.

Best regards""")

M("S", "en", "insurer-to-partner", "facultative submission for income protection of a named surgeon with lumbar disc history",
  frm=ADDR("stone"), to="Fac Life Desk <fac.life@rheinre-fac.example>", subj="Fac request – income protection EUR 9,000/month – Dr. med. Nikolai Berg",
  date="2026-07-01 11:38", sig="stone", lang="en",
  body="""Dear colleagues,

we would like to place the surplus of an income protection risk that exceeds our retention of EUR 4,000 monthly benefit:

Life assured: Dr. med. Nikolai Berg, DOB 30 April 1980, consultant orthopaedic surgeon, Hamburg
Monthly benefit: EUR 9,000 to age 67, deferred period 6 months, own-occupation definition
Annual income declared: EUR 310,000

Medical: lumbar disc prolapse L5/S1 2017, treated conservatively, two episodes of back pain since (2021, 2024) with 3 and 6 weeks off work. MRI 2024: no neural compression. Our proposed terms: exclusion of lumbar spine conditions, otherwise standard.

Would you follow our terms on the EUR 5,000 surplus?

Kind regards""")

M("N", "en", "partner", "trap: reinsurer's underwriting manual update with generic ratings for diabetes, sent to the insurer's underwriters",
  frm=ADDR("hasselbach"), to="Underwriting Leben <risikopruefung-leben@versicherer.example>", subj="FW: Underwriting manual update 2026.2 – diabetes and cardiac ratings",
  date="2026-07-02 08:40", sig="hasselbach", sigstyle="short", lang="en",
  body="""FYI – the changes apply from 1 August. Please use the new ratings for anything not yet decided.

Ulrike""",
  quote=FW("Underwriting Manual Team <manual@nordicre.example>", "Wed, 1 Jul 2026 16:00", "Life underwriting clients", "Underwriting manual update 2026.2", """Dear clients,

release 2026.2 of our online underwriting manual is live. Main changes:

- Type 2 diabetes: ratings for HbA1c below 7.0 % reduced by 25 points; GLP-1 agonist treatment now treated like oral medication
- Coronary artery disease: new table for PCI more than 5 years ago with normal LVEF
- Obesity: BMI tables extended to age 70; bariatric surgery postponement reduced from 12 to 6 months
- Mental health: new questionnaire for ADHD in adults

As always, the ratings are guidance for the ceding company's underwriters and do not relate to individual cases.

Best regards
Nordic Re – Life Underwriting""", lang="en"))

M("C", "en", "insurer-to-broker", "five-year loss run for a company's property policy with a named contact person",
  frm=ADDR("hartmann"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="Loss run 2021–2026 – Feldmann Weine GmbH, property SA-2210448",
  date="2026-07-06 13:45", sig="hartmann", lang="en", html=True,
  tables={"lr": ([["Date of loss", "Cause", "Paid EUR", "Reserve EUR", "Status"],
                  ["2021-07-14", "Flood (cellar)", "118,400", "0", "closed"],
                  ["2023-02-02", "Burglary", "9,870", "0", "closed"],
                  ["2025-11-19", "Storm, roof", "22,150", "3,000", "open"]], "pad")},
  body="""Dear Lucy,

as requested for the marketing of the renewal, please find the loss run for Feldmann Weine GmbH (contact: Mr Paul Feldmann, managing director), policy SA-2210448:

[[lr]]

Total incurred: EUR 153,420. The open storm claim should close next month once the roofer's final invoice is in.

Kind regards""")

M("N", "en", "insurer-to-broker", "trap: explains to a broker how to send medical documents encrypted (S/MIME certificate, portal); no client data",
  frm=ADDR("fischer"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="How to send us medical reports securely",
  date="2026-07-08 14:30", sig="fischer", lang="en",
  body="""Dear Mr Okonjo,

thank you for asking. There are three ways to send us medical reports and other health information securely:

1. S/MIME: send an empty e-mail with the subject [ZERTIFIKAT] to the colleague's address, and you will automatically receive a signed reply with the certificate. Import it and encrypt your mails. If you sign your mails, we collect your certificate automatically.
2. Our secure web mailbox (SecureMail portal): we can open an account for your address; you will receive a one-time password and a registration link.
3. The upload function in the broker portal, under "Documents for a case".

Please do not send medical reports as normal e-mail attachments, even if password-protected ZIP files are used – the password usually travels by the same channel.

Best regards""")

M("S", "en", "insurer-to-broker", "claims statement for a named expat's physiotherapy after cruciate ligament surgery",
  frm=ADDR("whitfield"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="Claims settlement – Mr Carlos Mendes – physiotherapy",
  date="2026-07-10 09:50", sig="whitfield", lang="en",
  body="""Dear Rafael,

as requested by Mr Mendes, here is the summary of our settlement for his physiotherapy after the ACL reconstruction (right knee) in April:

  Invoice          Provider                        Sessions  Amount AED  Paid EUR
  INV-2291         Dubai Sports Physio Clinic          10     4,500.00    1,089.20
  INV-2347         Dubai Sports Physio Clinic           8     3,600.00      871.36
  INV-2402         Healthpoint Rehab (hydrotherapy)     4     2,200.00        0.00

The hydrotherapy invoice was not paid because the referral from his orthopaedic surgeon was missing; once we receive it we will reconsider. The annual physiotherapy limit of 30 sessions has 12 sessions left.

Kind regards""")

M("N", "de", "newsletter", "trap: notification of new documents in the electronic broker post, no content",
  frm="Elektronische Vermittlerpost <vermittlerpost-noreply@versicherer.example>", to="Kaya Assekuranzmakler GmbH <buero@kaya-assekuranz.example>",
  subj="Neue Dokumente in Ihrer Vermittlerpost (3)", date="2026-07-13 05:30",
  body="""Guten Tag,

in Ihrem Postfach der elektronischen Vermittlerpost liegen 3 neue Dokumente für den Vertragspartner 40-3318:

- Provisionsabrechnung 06/2026
- Bestandsliste (Änderungen)
- Geschäftsvorfall Schaden

Sie können die Dokumente im Maklerportal unter "Vermittlerpost" abrufen oder über Ihr Maklerverwaltungsprogramm (BiPRO-Abruf) abholen. Dokumente bleiben 90 Tage im Postfach.

Diese Benachrichtigung enthält aus Datenschutzgründen keine Inhalte.

Ihr Maklerservice-Center""")

M("C", "de", "broker", "e-bike theft of a named client reported by the broker under household insurance with frame number",
  frm=ADDR("demir"), to=ADDR("kowalski"), subj="WG: Fahrraddiebstahl – HR-7760012 Frau Renate Vogt",
  date="2026-07-14 11:17", sig="demir", sigstyle="short",
  body="""Lena, kannst Du mir kurz sagen, ob die Fahrradklausel bei Frau Vogt mit 3.000 oder 5.000 EUR vereinbart ist? Im Bestand sehe ich zwei Nachträge.

Danke, Aylin""",
  quote=OQ("Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", "Montag, 13. Juli 2026 19:20", "schaden-sach@versicherer.example",
           "Fahrraddiebstahl Renate Vogt", """Hallo,

meiner Kundin Renate Vogt (Hausrat HR-7760012) ist am Samstag ihr E-Bike vor dem Bahnhof Lüneburg gestohlen worden, obwohl es mit einem Faltschloss angeschlossen war.

Fahrrad: Kalkhoff Image 5.B, Rahmennummer WBK4471209X, Kaufpreis 3.899 EUR (Rechnung 2024 liegt vor)
Anzeige bei der Polizei Lüneburg, Vorgangsnummer 2026-071188.

Viele Grüße
Sandra Michalski"""))

M("S", "de", "insurer-to-broker", "copy of a named client's private health claim settlement listing doctors' invoices and diagnoses",
  frm=ADDR("kroeger"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="Leistungsabrechnung Frau Nina Roth – Kopie auf Wunsch der Kundin",
  date="2026-07-15 10:40", sig="kroeger",
  body="""Sehr geehrter Herr Auer,

auf Wunsch von Frau Nina Roth senden wir Ihnen eine Kopie der Leistungsabrechnung vom 14.07.2026 (Vertrag KV-55020983):

Rechnung Dr. Winter, Dermatologie, GOÄ 1, 5, 750 (Auflichtmikroskopie), Diagnose D22.5 – 142,67 EUR, erstattet 142,67 EUR
Rechnung Physiopraxis Lindner, 6 x KG, Diagnose M54.2 – 198,00 EUR, erstattet 151,20 EUR (Höchstsatz laut Tarif)
Apotheke, Ibuprofen 600, Pantoprazol 20 – 24,18 EUR, erstattet 24,18 EUR

Erstattung gesamt: 318,05 EUR. Der Selbstbehalt ist für 2026 ausgeschöpft.

Mit freundlichen Grüßen""")

M("N", "de", "newsletter", "trap: announcement of average premium adjustment in private health for 2027, aggregate only",
  frm="Maklerinformation <makler-newsletter@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Vorabinformation: Beitragsanpassung PKV zum 01.01.2027", date="2026-09-15 07:30",
  body="""Sehr geehrte Maklerpartnerinnen und Maklerpartner,

zum 1. Januar 2027 passen wir die Beiträge in einem Teil unserer Krankheitskostentarife an. Ursache sind vor allem gestiegene Kosten im stationären Bereich (+9,8 %) und bei Arzneimitteln (+7,1 %).

Im Durchschnitt steigen die Beiträge der betroffenen Versicherten um 6,4 %. Rund 38 % unserer Kundinnen und Kunden sind von keiner Anpassung betroffen. Für Versicherte ab 60 Jahren dämpfen wir die Anpassung mit Mitteln aus der Rückstellung für Beitragsrückerstattung.

Ihre Kunden erhalten die Mitteilung Ende November. Im Maklerportal finden Sie ab 20. November je Kunde eine Übersicht mit Alternativtarifen nach § 204 VVG.

Ihre Maklerbetreuung Kranken""")

M("S", "de", "insurer-to-broker", "tariff change in private health (§ 204 VVG) for a named client; health contract even without medical details",
  frm=ADDR("nguyen"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="Tarifwechsel § 204 VVG – Herr Luka Petrović, KV-54839011",
  date="2026-07-16 15:01", sig="nguyen",
  body="""Sehr geehrter Herr Vollmer,

den Tarifwechsel Ihres Kunden Herrn Luka Petrović aus KomfortPlus 600 in den Tarif KomfortPlus 1200 haben wir zum 01.08.2026 durchgeführt. Da es sich um eine Erhöhung des Selbstbehalts handelt, ist keine Gesundheitsprüfung erforderlich.

Neuer Monatsbeitrag: 498,30 EUR (bisher 611,74 EUR)
Selbstbehalt: 1.200 EUR pro Kalenderjahr

Den Nachtrag erhält Herr Petrović per Post. Der Beitragsrückstand aus Mai ist inzwischen ausgeglichen.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "address change of named clients after moving, with motor and household contract numbers",
  frm=ADDR("kowalski"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Adressänderung Eheleute Neumann – bestätigt",
  date="2026-07-20 12:05", sig="kowalski", sigstyle="short",
  body="""Hallo Frau Korte,

die neue Anschrift von Herrn Björn und Frau Tanja Neumann (ab 01.08.2026: Am Schlossgarten 5, 26122 Oldenburg) ist in allen Verträgen hinterlegt:

KF-21833120 (OL-BN 808) – Regionalklasse ändert sich nicht
HR-7745561 – neue Wohnfläche 112 m², Versicherungssumme angepasst auf 72.800 EUR, Beitrag +14,20 EUR jährlich
PH-5499087 – keine Änderung

Die Nachträge gehen den Kunden zu.

Viele Grüße
Lena Kowalski""")

M("N", "de", "insurer-to-broker", "trap: training handout on answering health questions with a fictitious sample applicant",
  frm=ADDR("schulte"), to="Maklerpool Nordwest – Fachbereich Leben <leben@maklerpool-nordwest.example>", subj="Schulungsunterlage Gesundheitsfragen – für Ihre Partnertage",
  date="2026-07-22 09:35", sig="schulte",
  body="""Hallo Herr Jaschke,

anbei die Schulungsunterlage für Ihre Partnertage. Das Beispiel im Dokument ist frei erfunden ("Max Mustermann (fiktiv)") und darf so verwendet werden.

Viele Grüße""",
  att=[PDF("Schulung_Gesundheitsfragen_BU_2026.pdf", [("h", "Gesundheitsfragen im BU-Antrag richtig beantworten"),
      "1. Vollständig: Auch Bagatellen angeben, wenn die Frage sie umfasst (z. B. Physiotherapie wegen Rückenschmerzen).",
      "2. Unterlagen: Patientenquittung der Krankenkasse anfordern – sie zeigt abgerechnete Diagnosen der letzten Jahre.",
      "3. Zeiträume: Abfragezeiträume genau prüfen (3, 5 oder 10 Jahre).",
      ("h", "Beispiel (fiktiv)", 2),
      "Max Mustermann (fiktiv), 34 Jahre, Softwareentwickler. Patientenquittung zeigt 2023: M54.5 (Kreuzschmerz), 2024: J06.9 (Erkältung), F43.0 (akute Belastungsreaktion, einmalig).",
      ("t", [["Frage", "richtige Antwort im Beispiel"], ["Ambulante Behandlung 5 Jahre", "ja: Rücken 2023, Erkältung nicht angabepflichtig (< 2 Wochen)"],
             ["Psychotherapie / Beratung", "nein (keine Psychotherapie), aber F43.0 mit Arztbericht erläutern"]]),
      ("small", "Nur für Vertriebspartner. Keine Rechtsberatung.")])])

M("S", "de", "insurer-to-broker", "rescission of a named client's disability policy for undisclosed pre-existing conditions (breach of disclosure duty)",
  frm=ADDR("schreiber"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="BU-Vertrag 62-0120077 Herr Kai Oberländer – Rücktritt nach § 19 VVG",
  date="2026-07-24 14:44", sig="schreiber",
  body="""Sehr geehrter Herr Pfeiffer,

wir informieren Sie als Betreuer darüber, dass wir heute gegenüber Ihrem Kunden Herrn Kai Oberländer den Rücktritt vom BU-Vertrag 62-0120077 erklärt haben.

Im Leistungsverfahren hat sich aus den Unterlagen der Krankenkasse ergeben, dass Herr Oberländer vor Antragstellung im Jahr 2022 wegen einer depressiven Episode (F32.1) über vier Monate arbeitsunfähig war und ambulant psychotherapeutisch behandelt wurde. Im Antrag vom 02.03.2023 wurden die Fragen 4 und 5 verneint. Bei Kenntnis hätten wir den Vertrag nicht abgeschlossen.

Herr Oberländer kann binnen eines Monats Stellung nehmen. Die gezahlten Beiträge verbleiben nach § 39 VVG bei uns.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "commission statement for a sole-trader broker showing his earnings, private IBAN and tax number",
  frm=ADDR("lutz"), to="Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="Jahresprovisionsbescheinigung 2025",
  date="2026-01-30 10:20", sig="lutz",
  body="""Sehr geehrter Herr Vollmer,

für Ihre Steuererklärung erhalten Sie anbei die Jahresprovisionsbescheinigung 2025.

Vermittler: Heinz Vollmer, Versicherungsbüro Vollmer (Einzelunternehmen), Steuernummer 124/5073/2881
Ausgezahlte Provisionen und Courtagen 2025: 48.917,36 EUR (umsatzsteuerfrei nach § 4 Nr. 11 UStG)
Davon Bestandsprovisionen: 21.402,10 EUR
Rückbelastungen: 2.113,80 EUR
Auszahlungskonto: IBAN """ + IB("DE", "365501200000438812") + """

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: sales meeting minutes about broker firms' targets; broker firms named, no client or personal data",
  frm=ADDR("reuter"), to="Maklerbetreuung <maklerbetreuung@versicherer.example>", subj="Protokoll Vertriebsrunde Nord 21.07.",
  date="2026-07-21 17:30", sig="reuter", sigstyle="name",
  body="""Hallo zusammen,

kurzes Protokoll von heute:

1. Halbjahreszahlen: Leben/BU bei 54 % des Jahresziels, Sach bei 61 %. Kranken hinkt (38 %), Ursache v. a. die Annahmepraxis bei Vorerkrankungen – Rückmeldung an Risikoprüfung geht von mir.
2. Top-Partner: Hansen Versicherungsmakler (Kiel), Kaya Assekuranz (Hamburg), Finanzkontor Wiegand (Hildesheim). Besuch Geschäftsführung im September.
3. Maklerpool Nordwest: Verlängerung Kooperationsvertrag bis 2028, Courtage Gewerbe +2,5 Punkte.
4. Maklerforum Nord: 212 Teilnehmer, Feedback sehr gut, Vortrag Stanek bestbewertet.
5. Nächste Runde: 15.09., 10 Uhr.

Frank""")

M("S", "de", "broker", "broker reports the death of a named client with cause of death; term life claim and beneficiary",
  frm=ADDR("stanek"), to="Leistung Leben <leistung-leben@versicherer.example>", subj="WG: Todesfallmeldung Risiko-LV 61-2240917 Anke Dreyer",
  date="2026-08-03 09:05", sig="stanek", sigstyle="short",
  body="""Bitte Akte anlegen. Vertrag ist jünger als 3 Jahre? – nein, Beginn 2019, also keine Prüfung der Anzeigepflicht erforderlich.

Oliver""",
  quote=OQ("Petra Wiegand <wiegand@finanzkontor-wiegand.example>", "Freitag, 31. Juli 2026 16:40", "leben@versicherer.example",
           "Todesfallmeldung Risiko-LV 61-2240917", """Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass meine Kundin Frau Anke Dreyer am 24.07.2026 verstorben ist. Laut Auskunft ihres Ehemanns erlag sie einem plötzlichen Herzinfarkt beim Joggen.

Bezugsberechtigt aus der Risikolebensversicherung (150.000 EUR) ist laut Vertrag Herr Jürgen Dreyer. Die Sterbeurkunde und die Todesbescheinigung reiche ich ein, sobald sie vorliegen. Herr Dreyer bittet um Auszahlung auf sein Konto bei der Sparkasse Hildesheim.

Mit freundlichen Grüßen
Petra Wiegand
Finanzkontor Wiegand"""))

M("N", "de", "newsletter", "trap: press release with aggregate health benefit figures for the year",
  frm=ADDR("baumann"), to="Presseverteiler Makler <presse-makler@versicherer.example>", subj="Pressemitteilung: 1,2 Milliarden Euro für die Gesundheit unserer Versicherten",
  date="2026-04-02 10:00", sig="baumann",
  body="""PRESSEMITTEILUNG

Köln, 2. April 2026. Die Versicherer Krankenversicherung a.G. hat im Geschäftsjahr 2025 Leistungen in Höhe von 1,21 Milliarden Euro an ihre Versicherten ausgezahlt (Vorjahr: 1,12 Mrd. Euro).

Die größten Posten: ambulante ärztliche Behandlungen 412 Mio. Euro, Krankenhausbehandlungen 366 Mio. Euro, Arzneimittel 181 Mio. Euro, Zahnbehandlungen 139 Mio. Euro. Die häufigsten Diagnosen bei stationären Leistungen waren Erkrankungen des Kreislaufsystems, Krebs und Erkrankungen des Bewegungsapparats.

Über 94 % der Arztrechnungen wurden innerhalb von 5 Arbeitstagen erstattet; 61 % der Belege wurden per App eingereicht.

Pressekontakt: Julia Baumann, presse@versicherer.example""")

M("C", "de", "insurer-to-broker", "legal expenses coverage decision for a named client's tenancy dispute",
  frm=ADDR("lindqvist"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="Deckungszusage Rechtsschutz – Frau Gisela Hoppe, RS-8820019",
  date="2026-08-05 11:48", sig="lindqvist",
  body="""Sehr geehrter Herr Kaya,

für Ihre Kundin Frau Gisela Hoppe erteilen wir Deckungszusage für die außergerichtliche und erstinstanzliche Wahrnehmung ihrer Interessen im Streit mit ihrem Vermieter über die Mieterhöhung vom 14.05.2026 (Wohnung Osterstraße 112, 20259 Hamburg).

Selbstbeteiligung: 150 EUR
Beauftragter Anwalt: Kanzlei Dr. Feddersen, Hamburg

Die Deckung umfasst nicht die parallel angekündigte Auseinandersetzung über die Nebenkostenabrechnung 2024; hierzu bitten wir um gesonderte Meldung mit Unterlagen.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-company", "group accident claim of a named sports club member with concussion and hospital stay",
  frm=ADDR("albrecht"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", cc="Vorstand TSV Eintracht Rotenburg <vorstand@tsv-eintracht-rotenburg.example>",
  subj="Gruppenunfall TSV Eintracht Rotenburg – Unfall Leon Brenner, 12.07.", date="2026-08-07 10:31", sig="albrecht",
  body="""Sehr geehrter Herr Pfeiffer, sehr geehrte Damen und Herren des Vorstands,

den Unfall des Vereinsmitglieds Leon Brenner (A-Jugend Fußball) beim Turnier am 12.07.2026 haben wir unter UL-26-007741 aufgenommen. Laut Krankenhausbericht erlitt Leon eine Gehirnerschütterung (S06.0) und eine Platzwunde am Kopf; er war vom 12. bis 14.07. im Diakonieklinikum Rotenburg stationär.

Aus der Gruppenunfallversicherung zahlen wir das Krankenhaustagegeld für 3 Tage (3 x 20 EUR). Die Zahlung geht an die Erziehungsberechtigten; bitte nennen Sie uns deren Bankverbindung über das Vereinsformular.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-broker", "trap: meeting-slot invitation for a London market conference, no client data",
  frm=ADDR("ashworth"), to="Oliver Grant <ogrant@thames-risk.example>", subj="Meet us at the London Protection Forum – 16 September",
  date="2026-08-10 12:10", sig="ashworth", lang="en",
  body="""Dear Oliver,

our team will be at the London Protection Forum on 16 September (Guildhall). We'd love to catch up on your 2027 plans for international life and income protection.

Available slots at our stand (B14): 10:00, 11:30, 14:00, 15:30. Just reply with your preferred time and we'll block it.

We'll also present our new simplified underwriting for expats under 45 – up to EUR 500,000 without medical examination.

Best regards""")

M("C", "en", "insurer-to-broker", "burglary claim in a named expat client's Munich flat with police reference and stolen items",
  frm=ADDR("demir"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="RE: Burglary – Mr Arjun Mehta – contents policy HR-7771102",
  date="2026-08-12 16:05", sig="demir", lang="en",
  body="""Dear Ms Nair,

thank you for the notification. The claim is registered under SH-26-0051388. Please ask Mr Mehta to send us:

- the stolen property list that he submitted to the police (case no. BY-2026-0448120, Munich police station 12)
- receipts or photos for the laptop (MacBook Pro, approx. EUR 2,900) and the watch (Omega Seamaster, approx. EUR 4,200) – note the valuables limit of EUR 5,000 in his policy
- the locksmith's invoice for the door

Our loss adjuster will contact him to view the flat at Sonnenstraße 27.

Kind regards""")

M("S", "en", "insurer-to-broker", "term life application of a named applicant living with HIV (viral load, medication) – underwriting decision",
  frm=ADDR("hasselbach"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="Application ITL-26-0231 – Mr Julien Moreau – terms",
  date="2026-08-18 11:20", sig="hasselbach", lang="en",
  body="""Dear Mr Delaney,

we have completed the assessment of the application for Mr Julien Moreau (DOB 15 July 1985), sum assured EUR 400,000, term 25 years.

Mr Moreau has been living with HIV since 2016, on bictegravir/emtricitabine/tenofovir alafenamide, with an undetectable viral load for more than 5 years and a CD4 count of 780 cells/µl. No AIDS-defining illness, no hepatitis B or C co-infection.

We are pleased to offer cover at a rating of +75 %, reviewable after 5 years on request. The offer requires continuing treatment; the latest lab results attached to the application are sufficient.

Kind regards""")

M("N", "de", "newsletter", "trap: liability claim example of the month in a broker newsletter, anonymised story without identifiable persons",
  frm="Maklerinformation <makler-newsletter@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Schadenbeispiel des Monats: Der Rasenmäher und die Glasfassade", date="2026-08-20 07:30", html=True,
  body="""Liebe Partnerinnen und Partner,

unser Schadenbeispiel im August:

Ein Kunde aus dem Rheinland mäht seinen Rasen. Der Mähroboter schleudert einen Stein gegen die Glasfassade des Nachbarhauses, eine Scheibe (3,20 x 2,40 m) zerspringt. Schaden: 6.400 EUR.

Die Privathaftpflicht zahlt – auch wenn der Mähroboter unbeaufsichtigt fuhr, denn der Betrieb von Mährobotern ist in unserem Tarif PHV Premium ausdrücklich mitversichert. In älteren Tarifen (bis 2019) ist das nicht der Fall. Ein guter Anlass, ältere Verträge Ihrer Kunden umzustellen!

Die Umstellung geht im Maklerportal mit drei Klicks und ohne neue Risikofragen.

Ihre Maklerbetreuung Sach""")


# ---------------- batch 5 ----------------

M("N", "en", "insurer-to-company", "trap: summary of benefits for a group health offer to a company, no named employees",
  frm=ADDR("whitfield"), to="Vikram Iyer <vikram.iyer@lotuspeak-it.example>", subj="Group health proposal – Lotus Peak IT Services GmbH",
  date="2026-08-24 10:05", sig="whitfield", lang="en",
  body="""Dear Mr Iyer,

thank you for meeting us last week. As discussed, here is our proposal for the 85 employees of Lotus Peak IT Services GmbH seconded from India to Germany and their dependants:

- Inpatient: 100 %, private room, no annual limit
- Outpatient: 90 % after EUR 250 deductible per person and year
- Dental: 80 %, orthodontics for children up to age 18
- Maternity: after 10 months, up to EUR 12,000
- Mental health: outpatient psychotherapy up to 30 sessions a year
- Underwriting: no health questions for groups of 50+ (medical history disregarded)

Indicative premium: EUR 214 per employee and month, EUR 168 per adult dependant, EUR 79 per child.

For the final offer we need the number of lives per age band and country of nationality – please no names or health details at this stage.

Kind regards""")

M("N", "en", "insurer-to-broker", "trap: table of medical evidence limits by age and sum assured; generic underwriting rules",
  frm=ADDR("hasselbach"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="RE: Medical evidence limits – international term life",
  date="2026-08-26 13:40", sig="hasselbach", sigstyle="short", lang="en", html=True,
  tables={"ev": ([["Sum assured (EUR)", "Age 18-40", "Age 41-50", "Age 51-60"],
                  ["up to 500,000", "declaration only", "declaration only", "nurse screening"],
                  ["500,001 - 1,000,000", "declaration only", "nurse screening + bloods", "full medical + ECG"],
                  ["1,000,001 - 2,500,000", "nurse screening + bloods", "full medical + ECG", "full medical + exercise ECG"],
                  ["above 2,500,000", "full medical", "full medical + exercise ECG", "individual"]], "pad")},
  body="""Dear Mr Delaney,

here are our current evidence limits for International Term Life (valid from 1 July 2026):

[[ev]]

Bloods include HbA1c, lipids, liver function, HIV/hepatitis screening with consent. Financial evidence is required above EUR 1.5m in all age groups.

Kind regards
Ulrike Hasselbach""")

M("C", "en", "insurer-to-broker", "fleet submission for a UK company's German branch with named drivers and licence dates",
  frm=ADDR("engel"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="RE: Fleet quote – Carrow Instruments Deutschland GmbH",
  date="2026-08-27 09:12", sig="engel", lang="en",
  body="""Dear Lucy,

thanks for the fleet schedule (9 vehicles). Before we can quote, we need the following for the three drivers with less than 3 years' licence history:

- Ms Eleanor Shaw, licence since 2024 (UK licence exchanged in Germany?)
- Mr Jannik Weber, licence since 2023, born 2004 – under 23, so the young driver surcharge applies
- Mr Thomas Quayle, licence since 2024

Please also confirm the fleet manager (Mr Ian Prescott, per your note) is the contact for claims. Otherwise, the claims experience (two windscreen claims in 3 years) looks fine.

Best regards""")

M("S", "en", "insurer-to-broker", "transfer value of a named expat client's deferred annuity (life contract) with personal details",
  frm=ADDR("ashworth"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="Transfer value – deferred annuity 60-8813204 – Mrs Ingrid Holm-Larsen",
  date="2026-08-31 15:25", sig="ashworth", lang="en",
  body="""Dear Rafael,

as requested by Mrs Ingrid Holm-Larsen (DOB 2 December 1964), who is moving to Spain permanently, here are the figures for her deferred annuity 60-8813204:

Transfer value as at 1 October 2026: EUR 184,902.17
Guaranteed annuity from age 67 if she keeps the policy: EUR 612.40 per month
Surrender charge: none (policy older than 10 years)

A transfer to a Spanish provider is only possible to a recognised pension product; a cash surrender is taxed in Germany at source. Please make sure she gets tax advice before deciding. We need her written instruction and a certified copy of her passport.

Kind regards""")

M("C", "en", "insurer-to-broker", "yacht insurance renewal for a named private owner with the boat's value and mooring",
  frm=ADDR("osei"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="Yacht renewal – 'Seeschwalbe', owner Dr. Wilhelm Haferkamp",
  date="2026-09-02 11:00", sig="osei", lang="en",
  body="""Dear Lucy,

renewal terms for the sailing yacht "Seeschwalbe" (Hallberg-Rassy 40, built 2011), owner Dr. Wilhelm Haferkamp, Düsternbrooker Weg 20, 24105 Kiel, policy YT-0019234:

Agreed value: EUR 285,000 (was EUR 270,000)
Third-party liability: EUR 10m
Navigation area: Baltic and North Sea, Channel
Winter storage: Kiel-Holtenau, ashore
Premium: EUR 2,640 p.a. incl. tax; deductible EUR 1,000

The no-claims discount of 15 % continues.

Best regards""")

M("N", "en", "insurer-to-broker", "trap: phishing warning to brokers about fake requests to change commission bank accounts",
  frm=ADDR("fischer"), to="International broker partners <intl-brokers@versicherer.example>", subj="Security warning: fake e-mails about commission payments",
  date="2026-09-03 08:15", sig="fischer", lang="en",
  body="""Dear partners,

in the last two weeks several brokers received e-mails that look like they come from our commission department, asking them to "confirm" their bank details via a link. These e-mails are not from us.

Please note:
- We never ask for bank details or passwords by e-mail.
- Genuine mails from us are signed (S/MIME). Your mail program shows the signature.
- Changes of bank details must be made in the broker portal, by the firm administrator, with a second factor.

If you receive such a mail, please forward it as an attachment to abuse@versicherer.example and delete it.

Best regards""")

M("S", "en", "insurer-to-broker", "personal accident and sickness cover for a named professional rugby player with shoulder dislocation history",
  frm=ADDR("berger"), to="Oliver Grant <ogrant@thames-risk.example>", subj="PA & sickness – Mr Callum Reid (Heidelberg RK) – terms",
  date="2026-09-07 14:55", sig="berger", lang="en",
  body="""Dear Oliver,

we can offer the temporary total disablement cover for Mr Callum Reid (born 19 May 2000, professional rugby player, Heidelberger Ruderklub) on the following terms:

Benefit: EUR 6,000 per month for up to 24 months, 30-day deferred period
Permanent total disablement: EUR 500,000
Exclusion: any disability arising from the left shoulder, following two anterior dislocations in 2023 and the Latarjet procedure in January 2024
Premium: EUR 4,850 p.a.

The exclusion can be reviewed after two full seasons without recurrence, with a report from the club doctor.

Kind regards""")

M("N", "en", "newsletter", "trap: launch of a claims app for expat clients (invoice upload, doctor finder); no personal data",
  frm="Broker News <broker-newsletter@versicherer.example>", to="intl-brokers@versicherer.example",
  subj="New: the Global Health app for your clients", date="2026-09-08 08:00", lang="en",
  body="""Dear partners,

from 15 September your clients with Global Health Premium can use our new app:

- submit medical invoices by photo – reimbursement usually within 3 working days
- find doctors and hospitals in our direct billing network in 140 countries
- request a guarantee of payment for a planned hospital stay
- video consultation with a doctor, 24/7, in 9 languages

All data is transferred encrypted and stored in Germany. Brokers do not see individual claims in the app; you keep receiving the monthly portfolio report in the broker extranet.

A short video and a flyer for your clients are available on the extranet.

Broker Relations – International Health""")

M("N", "en", "insurer-to-broker", "trap: general answer on electronic signatures for applications; no client",
  frm=ADDR("hein"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="RE: Do you accept e-signatures on life applications?",
  date="2026-09-09 10:45", sig="hein", lang="en",
  body="""Dear Mark,

yes – for all applications submitted through the broker portal we accept:

- advanced electronic signatures via our integrated signing service (SMS TAN to the applicant's mobile)
- qualified electronic signatures from any eIDAS trust service

Scanned wet-ink signatures are accepted for sums assured up to EUR 1m; above that we need the original or an advanced/qualified signature. The consent to obtain medical information (release from medical confidentiality) must always be signed by the life assured personally.

Best regards""")

M("N", "de", "insurer-to-broker", "trap: anonymous accident pre-enquiry about occupation and hobby (roofer, motorcycle racing), no person or health data",
  frm=ADDR("berger"), to="Vincent Graf <graf@graf-finanz.example>", subj="AW: Voranfrage Unfall – Dachdecker mit Motorsport-Hobby",
  date="2026-09-10 13:22", sig="berger", sigstyle="short",
  body="""Hallo Herr Graf,

Dachdecker ordnen wir in Gefahrengruppe B ein, das ist normal versicherbar. Die Teilnahme an Motorradrennen (auch Trainings auf abgesperrten Strecken) ist nach unseren AUB ausgeschlossen; ein Einschluss gegen Zuschlag ist bei uns nicht möglich. Hobbymäßiges Motorradfahren im Straßenverkehr ist dagegen mitversichert.

Viele Grüße
Simone Berger""",
  quote=Q("""Hallo Frau Berger,
anonyme Anfrage: Kunde ist Dachdecker (angestellt), fährt in der Freizeit 3–4 Mal im Jahr Rennstreckentrainings mit dem Motorrad. Versicherbar? Zuschlag?
Gruß Graf"""))

M("C", "de", "insurer-to-broker", "confirmation of personal liability insurance for a named client's flat application",
  frm=ADDR("kowalski"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="Versicherungsbestätigung Privathaftpflicht – Frau Lisa-Marie Koch",
  date="2026-09-11 09:30", sig="kowalski",
  body="""Sehr geehrter Herr Auer,

anbei die Bestätigung für die Wohnungsbewerbung Ihrer Kundin:

"Hiermit bestätigen wir, dass Frau Lisa-Marie Koch, geb. 08.08.1999, Nürnberger Straße 14, 90762 Fürth, bei uns unter der Vertragsnummer PH-5561209 eine Privathaftpflichtversicherung mit einer Deckungssumme von 20 Mio. EUR unterhält. Mietsachschäden an Wohnräumen sind bis 1 Mio. EUR mitversichert. Der Vertrag ist ungekündigt; Beiträge sind bezahlt."

Mit freundlichen Grüßen""")

M("S", "de", "broker", "dental top-up application of a named client with ongoing root canal treatment; broker's question quoted",
  frm=ADDR("wendland"), to="Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", subj="AW: Zahnzusatz Antrag Herr Chinedu Okafor – laufende Behandlung",
  date="2026-09-14 11:58", sig="wendland",
  body="""Sehr geehrte Frau Michalski,

eine bereits begonnene Wurzelbehandlung (Zahn 26) und die dazu angeratene Krone sind vom Versicherungsschutz ausgeschlossen, weil der Versicherungsfall vor Beginn eingetreten ist. Das gilt auch, wenn die Krone erst nach Ablauf der Wartezeit eingesetzt wird.

Die übrigen Zähne sind nach der Wartezeit von 8 Monaten normal versichert. Den Antrag können Sie so einreichen; bitte den Zahn 26 in Frage 2 angeben.

Mit freundlichen Grüßen""",
  quote=Q("""Hallo Herr Wendland,

mein Kunde Chinedu Okafor möchte den Zahnzusatz Z90 abschließen. Er ist gerade in Wurzelbehandlung am Zahn 26, der Zahnarzt hat danach eine Vollkeramikkrone empfohlen (ca. 1.100 EUR). Ist das mitversichert, wenn er jetzt abschließt?

Danke, Sandra Michalski"""))

M("N", "de", "newsletter", "trap: guide to the new online claims notification in the broker portal",
  frm="Maklerportal <maklerportal-noreply@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Neu im Maklerportal: Schadenmeldung online in 3 Schritten", date="2026-09-15 07:00",
  body="""Sehr geehrte Vertriebspartnerin, sehr geehrter Vertriebspartner,

ab sofort können Sie Schäden Ihrer Kunden in Kfz, Hausrat, Wohngebäude und Haftpflicht direkt im Maklerportal melden:

1. Vertrag suchen (Name oder Vertragsnummer)
2. Schadenhergang und Fotos hochladen
3. absenden – Sie erhalten sofort die Schadennummer

Meldungen zu Unfall-, Kranken- und Lebensversicherungen nehmen wir aus Datenschutzgründen weiterhin nur über den geschützten Bereich "Leistungsfall Person" entgegen.

Eine Schritt-für-Schritt-Anleitung finden Sie unter Hilfe > Schaden.

Ihr Maklerservice-Center""")

M("C", "de", "insurer-to-broker", "cancellation of a named client's motor policy after the car was sold; VIN and plate",
  frm=ADDR("engel"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Abmeldung Kfz KF-21833120 – Herr Björn Neumann",
  date="2026-09-16 14:36", sig="engel", sigstyle="short",
  body="""Hallo Frau Korte,

der Verkauf des Fahrzeugs Ihres Kunden Herrn Björn Neumann (Skoda Octavia Combi, FIN TMBJJ7NE5L0219884, Kennzeichen OL-BN 808) am 12.09.2026 ist bei uns eingegangen. Der Vertrag endet mit dem Tag der Veräußerung; den Beitrag ab 13.09. erstatten wir (anteilig 187,20 EUR).

Der Schadenfreiheitsrabatt (SF 18) wird für Herrn Neumann 12 Monate reserviert, falls er ein neues Fahrzeug bei uns versichert.

Viele Grüße
Rüdiger Engel""")

M("S", "de", "internal", "IT ticket with a BiPRO interface log attached that lists named clients and their health contract numbers",
  frm=ADDR("hoffmann"), to=ADDR("raman"), subj="INC-90433 BiPRO 430 Abruf bricht ab – Log anbei",
  date="2026-09-17 16:08", sig="hoffmann", sigstyle="short",
  body="""Hi Priya,

der Abruf der Vermittlerpost über die BiPRO-Schnittstelle bricht beim Partner 40-4102 seit gestern mit einem Timeout ab. Im Log sieht man, dass es immer beim selben Dokument hängt (Anlage ca. 38 MB). Ich hab den relevanten Ausschnitt angehängt.

Kannst Du Dir das anschauen? Der Makler ruft stündlich an.

Gruß Lukas""",
  att=[TXT("bipro430_40-4102_2026-09-17.log", """2026-09-17T06:00:02.118Z INFO  bipro.transfer listShipments partner=40-4102 count=4
2026-09-17T06:00:02.342Z INFO  bipro.transfer getShipment id=VP-26-9931201 type=Leistungsabrechnung vn="Brückner, Lea" vertrag=KV-55011827 size=182KB OK
2026-09-17T06:00:02.901Z INFO  bipro.transfer getShipment id=VP-26-9931202 type=Beitragsanpassung vn="Vogt, Renate" vertrag=KV-54977310 size=96KB OK
2026-09-17T06:00:03.010Z INFO  bipro.transfer getShipment id=VP-26-9931203 type=Leistungsentscheidung_BU vn="Heinemann, Jule" vertrag=62-0163340 size=38.2MB
2026-09-17T06:01:03.011Z ERROR bipro.transfer getShipment id=VP-26-9931203 timeout after 60000 ms (stream closed by peer)
2026-09-17T06:01:03.015Z WARN  bipro.transfer acknowledge skipped id=VP-26-9931203
""")])

M("N", "de", "internal", "trap: IT ticket about a broker interface timeout with partner numbers only, no client data",
  frm=ADDR("raman"), to=ADDR("hoffmann"), subj="AW: INC-90433 BiPRO 430 Abruf bricht ab – Log anbei",
  date="2026-09-18 09:40", sig="raman", sigstyle="short",
  body="""Hi Lukas,

gefunden: der Reverse Proxy hat für /bipro/ noch ein Timeout von 60 s, die großen Dokumente (eingescannte Gutachten) brauchen bei langsamen Verbindungen länger. Ich habe es auf 300 s gesetzt und das Chunking aktiviert. Partner 40-4102 hat die Sendung heute um 07:12 erfolgreich abgeholt und quittiert.

Bitte beim nächsten Mal keine Logs mit Kundennamen per Mail schicken – der Ausschnitt hätte auch mit den Sendungs-IDs gereicht. Ich habe Deine Mail gelöscht.

Gruß
Priya""")

M("C", "de", "insurer-to-broker", "commercial liability application of a sole-trader electrician with private address, turnover and payroll",
  frm=ADDR("oltmanns"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="Betriebshaftpflicht Elektro Stahnke – Rückfragen zum Antrag",
  date="2026-09-21 10:18", sig="oltmanns",
  body="""Hallo Herr Kaya,

zum Antrag für Herrn Dirk Stahnke (Elektroinstallationen Stahnke, Einzelunternehmen, Betriebs- und Wohnanschrift Moorweg 7, 21077 Hamburg) noch zwei Fragen:

1. Umsatz 2025 laut Antrag 384.000 EUR, Lohnsumme 142.000 EUR – sind darin die Photovoltaik-Montagen enthalten? Für PV-Arbeiten auf Dächern brauchen wir den Anteil am Umsatz.
2. Gab es in den letzten 5 Jahren Vorschäden? Im Antrag ist die Frage offen.

Sobald die Antworten da sind, policieren wir zum 01.10.

Gruß
Jens Oltmanns""")

M("N", "de", "newsletter", "trap: broker survey results and service ratings, aggregate",
  frm="Maklerinformation <makler-newsletter@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Danke für Ihr Feedback: Ergebnisse der Maklerumfrage 2026", date="2026-09-22 07:30",
  body="""Liebe Partnerinnen und Partner,

1.146 Makler haben an unserer Umfrage teilgenommen – vielen Dank!

Die Ergebnisse in Kürze (Schulnoten):
- Erreichbarkeit Maklerbetreuung: 1,6
- Bearbeitungszeit Anträge Leben/BU: 2,4 (Vorjahr 2,9)
- Risikoprüfung Kranken: 2,7 – hier wünschen Sie sich schnellere Voranfragen
- Schadenbearbeitung Sach: 1,9
- Maklerportal: 2,2; am häufigsten gewünscht: Dokumentenabruf per BiPRO für alle Sparten

Was wir jetzt tun: Voranfragen Kranken werden ab Oktober mit einem festen Antwortziel von 2 Arbeitstagen bearbeitet, und der BiPRO-Abruf kommt bis Ende des Jahres für Kranken.

Ihre Maklerbetreuung""")

M("S", "de", "insurer-to-broker", "compulsory long-term care insurance premium and civil-servant allowance status of a named client (health/care contract)",
  frm=ADDR("yilmaz"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="PPV und Beihilfe – Frau Dagmar Kurzweil",
  date="2026-09-23 11:07", sig="yilmaz",
  body="""Sehr geehrter Herr Vollmer,

zu Ihrer Frage: Frau Dagmar Kurzweil ist bei uns in der Pflegepflichtversicherung PPV-B (beihilfekonform, 30 %) versichert, Vertrag KV-54802257. Mit ihrer Versetzung in den Ruhestand zum 01.11. steigt ihr Beihilfebemessungssatz auf 70 %; der PPV-Beitrag sinkt dadurch von 61,88 EUR auf 44,10 EUR monatlich.

Bitte lassen Sie uns den Beihilfebescheid bzw. die Bestätigung der Dienststelle zukommen. Die Rückstände im Krankenversicherungsvertrag sind davon unabhängig noch offen.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "change of payment method with a named client's new IBAN for the household policy",
  frm=ADDR("becker"), to="Kowalczyk & Berg Versicherungsmakler <buero@kowalczyk-berg.example>", subj="Zahlweise und Bankverbindung – HR-7702217 Bettina Lange",
  date="2026-09-24 08:55", sig="becker", sigstyle="short",
  body="""Guten Morgen,

für den Hausratvertrag HR-7702217 von Frau Bettina Lange haben wir auf monatliche Zahlweise umgestellt (Ratenzuschlag 5 %) und die neue Bankverbindung hinterlegt:

IBAN: """ + IB("DE", "440100100071234567", group=4) + """
Kontoinhaberin: Bettina Lange

Erste Abbuchung 01.10.2026: 8,50 EUR. Der offene Betrag aus Februar (97,10 EUR) wird zusammen mit der Oktoberrate eingezogen.

Hannes Becker
Inkasso / Beitragsservice""", disc=False)

M("N", "de", "internal", "trap: anonymised complaints statistics for broker business, aggregate with categories only",
  frm=ADDR("lorenz"), to=ADDR("koenig"), subj="Beschwerdestatistik Maklervertrieb Q3",
  date="2026-10-05 15:15", sig="lorenz",
  body="""Hallo Matthias,

hier die Zahlen für den Compliance-Bericht Q3 (Maklervertrieb, alle Sparten):

Beschwerden gesamt: 214 (Q2: 238)
davon Leistungsablehnung Kranken: 61, BU: 19, Unfall: 11
Bearbeitungsdauer: 37 % (Q2: 44 %)
Beratungsfehler des Vermittlers behauptet: 23
Ombudsmann-Verfahren: 9, BaFin-Beschwerden: 4

Auffällig: 14 Beschwerden betrafen unverschlüsselte E-Mails mit Arztberichten, die Makler an uns geschickt haben und die wir in der Antwort zitiert haben. Das sollten wir im nächsten Rundschreiben ansprechen.

Viele Grüße""")

M("C", "de", "insurer-to-broker", "commission commitment on a named client's buildings contract transferred to a new broker",
  frm=ADDR("arslan"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Courtagezusage Wohngebäude WG-3302771 – Frau Gerda Lammers",
  date="2026-10-06 10:25", sig="arslan",
  body="""Sehr geehrte Frau Korte,

nach Eingang der Maklervollmacht übertragen wir auch den Wohngebäudevertrag WG-3302771 Ihrer Kundin Frau Gerda Lammers (Risikoort Fichtenweg 9, 26131 Oldenburg, Versicherungssumme Wert 1914: 24.600 Mark) zum 01.11.2026 in Ihren Bestand. Die Courtage beträgt 15 % laufend auf den Nettobeitrag von 1.106,40 EUR.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: how brokers and pools get the insurer's domain certificate for gateway encryption; no personal data",
  frm=ADDR("fischer"), to="Maklerpool Nordwest – IT <it@maklerpool-nordwest.example>", subj="Gateway-Verschlüsselung zwischen Pool und Versicherer – Domänenzertifikat",
  date="2026-10-07 11:11", sig="fischer",
  body="""Sehr geehrter Herr Brodersen,

gern richten wir die Gateway-zu-Gateway-Verschlüsselung mit Ihrem Mailgateway ein. Dafür brauchen wir:

- Ihr Domänenzertifikat für maklerpool-nordwest.example (S/MIME, E-Mail-Schutz, ausgestellt von einer vertrauenswürdigen CA)
- einen Ansprechpartner für Testmails

Unser Domänenzertifikat für versicherer.example können Sie im Zertifikatsverzeichnis unter www.versicherer.example/zertifikate herunterladen (PEM oder DER) oder per Mail an zertifikat@versicherer.example anfordern. Bis die Einrichtung abgeschlossen ist, gehen Nachrichten mit Gesundheitsdaten weiter über das SecureMail-Portal.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-broker", "accident invalidity benefit for a named client calculated with the limb table after a wrist fracture",
  frm=ADDR("albrecht"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="Invaliditätsleistung Frau Melanie Kurz – UL-26-003117",
  date="2026-10-08 14:02", sig="albrecht",
  body="""Sehr geehrter Herr Pfeiffer,

das Gutachten von Prof. Dr. Harms zum Unfall Ihrer Kundin Frau Melanie Kurz liegt vor. Der Gutachter stellt nach der distalen Radiusfraktur rechts eine dauerhafte Funktionsbeeinträchtigung der rechten Hand von 2/10 Handwert fest (eingeschränkte Streckung und Beugung, Kraftminderung).

Berechnung nach Gliedertaxe:
Handwert 55 % x 2/10 = 11 % Invalidität
Grundsumme 120.000 EUR x 11 % = 13.200 EUR, Progression 225 % greift erst ab 25 %

Wir zahlen 13.200 EUR an Frau Kurz. Sie kann innerhalb von 3 Jahren eine Neubemessung verlangen.

Mit freundlichen Grüßen""")

M("C", "de", "broker", "dog liability claim: the client's dog bit a neighbour's dog, vet invoice; animal health and named client",
  frm=ADDR("oltmanns"), to="Tierhaftpflicht-Schaden <schaden-haftpflicht@versicherer.example>", subj="WG: Hundebiss – Tierhalterhaftpflicht TH-0088219 Frau Tran",
  date="2026-10-12 09:20", sig="oltmanns", sigstyle="short",
  body="""Bitte anlegen und Tierarztrechnung an Frau Weber erstatten, wenn die Haftung klar ist. Zeugin vorhanden.

J. O.""",
  quote=FW("Buero Kowalczyk & Berg <buero@kowalczyk-berg.example>", "09.10.2026, 17:25", "schaden@versicherer.example", "Hundebiss Tran", """Guten Tag,

unsere Kundin Frau Thi Mai Tran (Tierhalterhaftpflicht TH-0088219) meldet folgenden Schaden: Ihr Labrador "Bruno" hat am 08.10. im Westpark Dortmund den Dackel von Frau Helga Weber (Lindemannstraße 40, Dortmund) gebissen. Der Dackel musste beim Tierarzt genäht werden, Bisswunde am Hals, Antibiotika. Tierarztrechnung Dr. Lohmann: 412,80 EUR. Zeugin: Frau Ute Krämer.

Mit freundlichen Grüßen
Kowalczyk & Berg"""))


# ---------------- batch 6 ----------------

M("N", "en", "insurer-to-company", "trap: group health renewal with aggregate claims ratio and claim categories, no individual",
  frm=ADDR("whitfield"), to="Sunita Rao <s.rao@aurora-engineering.example>", subj="Renewal 2027 – group policy GHG-0410 – Aurora Engineering",
  date="2026-10-14 10:40", sig="whitfield", lang="en",
  body="""Dear Ms Rao,

ahead of the renewal on 1 January 2027, here is the experience of your group policy (Jan–Sep 2026, 38 members and dependants):

Premium earned: EUR 168,300
Claims paid and reserved: EUR 141,500 – claims ratio 84 %
Largest categories: outpatient consultations 31 %, maternity 22 %, chronic condition management 18 %, hospital 17 %, dental 12 %

On this basis we propose a premium increase of 7.5 % (medical inflation 6 % plus experience). We can reduce the increase to 3 % if you agree to a EUR 100 outpatient deductible.

We never share individual claims information with the employer; the figures above are aggregated and groups with fewer than 5 claims per category are merged.

Kind regards""")

M("S", "en", "company", "HR asks about a named employee's maternity cover and due date under the group policy; forwarded internally",
  frm=ADDR("whitfield"), to=ADDR("nguyen"), subj="FW: Maternity – Laura Bianchi – GHG-0410",
  date="2026-10-15 14:22", sig="whitfield", sigstyle="short", lang="en",
  body="""Minh – Ms Bianchi joined on 15 June, so the 10-month waiting period isn't over at the due date. Group policies of this size don't waive it. Could you prepare the letter? Please reply to Ms Bianchi directly, not to HR.

Emma""",
  quote=FW("Sunita Rao <s.rao@aurora-engineering.example>", "Thu, 15 Oct 2026 08:50", "intl.groups@versicherer.example", "Maternity – Laura Bianchi", """Hello,

our employee Laura Bianchi (member since 15 June) told us she is pregnant, due date 2 March 2027, and she will deliver in Doha. Could you confirm the costs of the delivery will be covered? She asked me to check with you on her behalf.

Thanks
Sunita Rao""", lang="en"))

M("C", "en", "insurer-to-broker", "household contents and liability quote for a named diplomat's residence with address and valuables",
  frm=ADDR("demir"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="Quote – residence of Mr Kwame Mensah-Bonsu, Berlin",
  date="2026-10-16 12:12", sig="demir", lang="en",
  body="""Dear Priya,

please find our quote for the household contents and personal liability of Mr Kwame Mensah-Bonsu, Counsellor at the Embassy of Ghana, residence Podbielskiallee 31, 14195 Berlin:

Contents: EUR 240,000, of which valuables (art, jewellery) EUR 60,000 – safe class I required for jewellery above EUR 20,000
Personal liability: EUR 10m
Premium: EUR 1,498 p.a. incl. tax

As Mr Mensah-Bonsu enjoys diplomatic immunity, the liability cover includes a waiver clause: we will not invoke his immunity against injured third parties.

Kind regards""")

M("N", "en", "insurer-to-broker", "trap: compliance circular on sanctions screening for international brokers",
  frm=ADDR("koenig"), to="International broker partners <intl-brokers@versicherer.example>", subj="Sanctions screening – new requirements from 1 November",
  date="2026-10-19 09:00", sig="koenig", lang="en",
  body="""Dear partners,

from 1 November 2026 we screen every policyholder, insured person and beneficiary against the EU, UN, UK and US sanctions lists at application, at each renewal and before every claim payment.

What this means for you:
- Please provide full names, dates of birth and nationality through the broker portal – not by e-mail.
- Payments to beneficiaries in high-risk countries may take up to 10 working days longer.
- We cannot tell you the reason if a payment is held for screening.

The updated agency terms (section 12, "Sanctions and financial crime") are in the extranet.

Kind regards""")

M("C", "en", "insurer-to-broker", "annual multi-trip travel insurance for a named expat family without any health content",
  frm=ADDR("seidel"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="Annual travel policy RT-2026-118834 – Mendes family",
  date="2026-10-20 15:40", sig="seidel", lang="en",
  body="""Dear Rafael,

the annual multi-trip travel policy for the Mendes family is issued:

Policy no.: RT-2026-118834, 1 November 2026 – 31 October 2027
Insured: Carlos Mendes, Ana Mendes, Tiago Mendes
Cover: cancellation up to EUR 8,000 per trip, baggage EUR 3,000, rental car excess EUR 2,500
Premium: EUR 389.00

Travel health is not included at the family's request. The certificate is in Mr Mendes' portal mailbox.

Best regards""")

M("S", "en", "partner", "reinsurer accepts facultative terms for a named life assured with cardiac history; forwarded internally",
  frm=ADDR("stone"), to=ADDR("schulte"), subj="FW: Fac acceptance – FAC-L-2026-0019 – Dr. Thomas Albers",
  date="2026-02-18 10:05", sig="stone", sigstyle="short", lang="en",
  body="""Marlene – Rhein Re follows at +100 % with a slightly different condition, see below. OK to issue?

Rebecca""",
  quote=OQ("Fac Life Desk <fac.life@rheinre-fac.example>", "17 February 2026 17:12", ADDR("stone"), "RE: Fac submission – term life EUR 2.4m – Dr. Thomas Albers", """Rebecca,

we accept EUR 1,650,000 surplus on Dr. Thomas Albers (DOB 17.08.1972) at +100 % EM, subject to:
- confirmation that he remains a non-smoker (cotinine test at medical)
- no further cardiac events or procedures since the report of 14 January 2026

Our reference: RF-26-L-00447. Premium on our share per your rate table.

Kind regards
Fac Life Desk, Rhein Re""", lang="en"))

M("N", "en", "insurer-to-broker", "trap: audit schedule for a binding authority with a coverholder, no insureds named",
  frm=ADDR("hartmann"), to="Oliver Grant <ogrant@thames-risk.example>", subj="Binder audit 2026 – Thames Risk coverholder agreement",
  date="2026-10-21 11:30", sig="hartmann", lang="en",
  body="""Dear Oliver,

as agreed, our annual audit of the binding authority (UMR B1234TR2025) is scheduled for 10–11 November at your London office.

We will look at:
1. a random sample of 25 bound risks (we will send the policy numbers one week before)
2. claims handled under your delegated authority (limit EUR 25,000)
3. complaints log and sanctions screening records
4. data protection: how you transfer policyholder data to us (we'd like to move from password-protected spreadsheets to gateway encryption)

Could you reserve a meeting room and make the bordereaux for Q1–Q3 available?

Best regards""")

M("C", "en", "insurer-to-broker", "commission statement for an international broker naming clients with travel, household and liability policies (XLSX)",
  frm=ADDR("lutz"), to="Accounts – GlobalMove Brokers <accounts@globalmove-brokers.example>", subj="Commission statement Q3 2026 – agency 90-0415",
  date="2026-10-05 07:10", sig="lutz", lang="en",
  body="""Dear colleagues,

please find attached the commission statement for Q3 2026. Total: EUR 1,826.95, paid to your company account on 9 October.

Kind regards""",
  att=[XLSX("Commission_90-0415_2026-Q3.xlsx", {"Q3 2026": [
      ["Policy", "Policyholder", "Product", "Premium EUR", "Rate", "Commission EUR"],
      ["UG-2026-004418", "Whitaker, Simon", "Household goods transit", 692.00, "15 %", 103.80],
      ["PH-5550137", "Mehta, Arjun", "Personal liability", 84.00, "25 %", 21.00],
      ["HR-7771102", "Mehta, Arjun", "Household contents", 318.00, "20 %", 63.60],
      ["HR-7790014", "Mensah-Bonsu, Kwame", "Household contents + PL", 1498.00, "20 %", 299.60],
      ["RT-2026-118834", "Mendes, Carlos", "Annual travel", 389.00, "20 %", 77.80],
      ["GP-0021190", "Lotus Peak IT Services GmbH", "Group property", 8404.50, "15 %", 1260.68]]})])

M("S", "en", "insurer-to-broker", "repatriation after a road accident in Kenya: named client's injuries and medical evacuation",
  frm=ADDR("seidel"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="RE: Mr Henrik Lund – accident near Nanyuki – repatriation",
  date="2026-10-26 07:55", sig="seidel", lang="en",
  body="""Dear Rafael,

update on Mr Henrik Lund (GHP-0027719): our assistance partner confirms he is stable at Aga Khan University Hospital, Nairobi, after the road accident on 23 October – fractures of the left femur and three ribs, operated yesterday (intramedullary nailing), no head injury.

The treating surgeon has cleared him for air ambulance transport on 28 October to Copenhagen University Hospital (Rigshospitalet), where he will continue rehabilitation. All costs are covered under the evacuation benefit. Mrs Lund may travel on the same flight.

I'll keep you posted.

Kind regards""")

M("N", "de", "insurer-to-broker", "trap: webinar invitation on portfolio transfers in broker management software",
  frm=ADDR("arslan"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Webinar: Bestandsübertragung ohne Papier – mit BiPRO und MVP",
  date="2026-10-27 09:30", sig="arslan",
  body="""Liebe Partnerinnen und Partner,

Bestandsübertragungen dauern immer noch zu lang – im Schnitt 23 Tage. Mit dem neuen BiPRO-Geschäftsvorfall "Betreuerwechsel" geht es in 2 Tagen, wenn Ihr Maklerverwaltungsprogramm ihn unterstützt.

Im Webinar am 12. November, 16:00 Uhr, zeigen wir:
- wie Sie Übertragungen direkt aus Ihrem MVP anstoßen
- welche Unterlagen wir noch brauchen (Maklervollmacht als PDF, elektronische Signatur)
- warum Kundendaten dabei nie per E-Mail verschickt werden müssen

Anmeldung im Maklerportal. 1 Stunde IDD.

Viele Grüße""")

M("S", "de", "broker", "broker mandate with a list of the client's existing contracts including private health and disability, in a DOCX",
  frm=ADDR("arslan"), to=ADDR("nguyen"), cc=ADDR("schulte"), subj="WG: Maklermandat Herr Dr. Felix Anand",
  date="2026-10-28 13:31", sig="arslan", sigstyle="short",
  body="""Hallo Minh, hallo Marlene,

neue Maklervollmacht für Herrn Dr. Anand, betrifft auch Eure Verträge (PKV und BU). Bitte Betreuer umschlüsseln, ich mache die Sachverträge.

Deniz""",
  quote=FW("Vincent Graf <graf@graf-finanz.example>", "28.10.2026, 10:14", "bestand@versicherer.example", "Maklermandat Dr. Anand", """Guten Tag,

anbei das Maklermandat meines neuen Kunden Herrn Dr. Felix Anand mit der Liste seiner Verträge bei Ihnen. Bitte übertragen Sie die Verträge in meinen Bestand (VM 40-4477).

Gruß V. Graf"""),
  att=[DOCX("Maklermandat_Anand_Felix.docx", [("h", "Maklervertrag und Vollmacht"),
      "Mandant: Dr. Felix Anand, geb. 04.04.1982, Zahnarzt in eigener Praxis, Obere Königsstraße 3, 96052 Bamberg",
      "Makler: Graf Finanz GmbH, Vincent Graf, Bamberg",
      ("t", [["Sparte", "Vertrag", "Beginn", "Bemerkung"], ["Private Krankenversicherung", "KV-54911230", "01.01.2012", "Tarif KomfortPlus 1200, Zuschlag Rücken"],
             ["Berufsunfähigkeit", "62-0071442", "01.07.2014", "BU-Rente 3.500 EUR"], ["Praxisinhalt", "GI-0033980", "01.04.2016", ""],
             ["Privathaftpflicht", "PH-5419903", "01.01.2012", ""]]),
      "Der Mandant entbindet den Versicherer gegenüber dem Makler von der Schweigepflicht, soweit dies zur Betreuung der genannten Verträge erforderlich ist.",
      "Bamberg, 20.10.2026 – gez. Dr. F. Anand"], author="Vincent Graf")])

M("C", "de", "broker", "deer collision reported by a broker for a named client; nobody injured; plate and policy",
  frm=ADDR("brenner"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="AW: Wildunfall Herr Michael Roth – ER-MR 1983",
  date="2026-11-02 08:20", sig="brenner", sigstyle="short",
  body="""Guten Morgen Herr Auer,

Schaden angelegt unter KS-2026-0211473 (Teilkasko, Wildschaden, SB 150 EUR). Die Wildunfallbescheinigung des Jagdpächters bzw. der Polizei reicht uns als Nachweis. Der Wagen kann in die Partnerwerkstatt Autohaus Fischer, Erlangen – dann entfällt die SB.

Gruß
Markus Brenner""",
  quote=Q("""Hallo Herr Brenner,

Herr Michael Roth (KF-21955010, ER-MR 1983) ist gestern Abend auf der B4 bei Baiersdorf mit einem Reh zusammengestoßen. Frontschaden, Scheinwerfer und Kühlergrill, Auto fahrbereit. Niemand verletzt. Polizei war da, Bescheinigung liegt vor.

Gruß Bernd Auer"""))

M("N", "de", "insurer-to-broker", "trap: general answer on how pre-existing conditions reduce accident benefits (contribution share), no case",
  frm=ADDR("albrecht"), to="Lars Jaschke <jaschke@maklerpool-nordwest.example>", subj="AW: Mitwirkung von Krankheiten in der Unfallversicherung – allgemeine Frage",
  date="2026-11-03 10:45", sig="albrecht",
  body="""Hallo Herr Jaschke,

gern allgemein erklärt: Haben Krankheiten oder Gebrechen (z. B. Arthrose, Osteoporose, degenerative Veränderungen der Wirbelsäule) an der Gesundheitsschädigung durch einen Unfall mitgewirkt, kürzen wir die Leistung entsprechend dem Anteil der Mitwirkung. Beträgt der Mitwirkungsanteil weniger als 25 % (in unserem Tarif UnfallSchutz Premium: weniger als 60 %), wird nicht gekürzt.

Beispiel: Invalidität 20 %, Mitwirkung 40 % → im Premium-Tarif keine Kürzung, im Basistarif Leistung nach 12 %.

Für Ihr Partner-Rundschreiben können Sie das gern übernehmen.

Viele Grüße""")

M("S", "de", "insurer-to-broker", "dormant (Anwartschaft) private health policy for a named client moving abroad; health contract",
  frm=ADDR("nguyen"), to="Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", subj="Anwartschaft KV-55011827 – Frau Lea Brückner",
  date="2026-11-04 11:10", sig="nguyen",
  body="""Sehr geehrte Frau Michalski,

die Umstellung der Krankenversicherung Ihrer Kundin Frau Lea Brückner auf eine große Anwartschaft für die Dauer ihres Auslandsaufenthalts (01.01.2027 bis voraussichtlich 31.12.2028, Arbeitgeber in Kopenhagen) ist möglich.

Beitrag Anwartschaft: 86,40 EUR monatlich
Bei Rückkehr lebt der Versicherungsschutz ohne erneute Gesundheitsprüfung wieder auf; der vereinbarte Risikozuschlag und der Leistungsausschluss für das linke Kniegelenk gelten unverändert weiter.

Bitte lassen Sie uns den Nachweis über die Versicherung in Dänemark zukommen.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "legal expenses contract change after a named client's divorce; new address and policyholder",
  frm=ADDR("lindqvist"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Rechtsschutz RS-8807731 – Vertragsteilung nach Scheidung",
  date="2026-11-05 14:20", sig="lindqvist",
  body="""Sehr geehrte Frau Korte,

wie gewünscht teilen wir den Familien-Rechtsschutzvertrag RS-8807731 zum 01.12.2026:

- Herr Björn Neumann bleibt Versicherungsnehmer (Single-Tarif, Am Schlossgarten 5, 26122 Oldenburg), Beitrag 289,00 EUR jährlich
- Frau Tanja Neumann erhält einen eigenen Vertrag RS-8851220 (Single mit Kind, Donnerschweer Straße 88, 26123 Oldenburg), ohne neue Wartezeit, Beitrag 312,00 EUR jährlich

Die laufende Angelegenheit zum Unterhalt ist nicht versichert (Familienrecht nur Beratungsrechtsschutz); die Beratung im Juli wurde aus dem alten Vertrag bereits bezahlt.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: preparation of the broker advisory board meeting naming broker representatives; business data only",
  frm=ADDR("falk"), to="Vertrieb Führungskreis <vertrieb-fk@versicherer.example>", subj="Maklerbeirat 25.11. – Teilnehmer und Themen",
  date="2026-11-06 16:50", sig="falk", sigstyle="name",
  body="""Hallo zusammen,

für den Maklerbeirat am 25.11. haben zugesagt: Ole Hansen (Kiel), Ilse Korte (Oldenburg), Torsten Kaya (Hamburg), Dr. Ruth Kolbe (Maklerpool Nordwest), Mark Delaney (London, per Video).

Themen:
1. Annahmepolitik Kranken – Feedback aus der Maklerumfrage
2. Sichere E-Mail-Kommunikation: Portal vs. Gateway – die Makler wünschen weniger Portal-Logins
3. Courtagemodell 2027, Nettotarife
4. BiPRO-Roadmap

Bitte bis 18.11. Input an mich. Abendessen im Anschluss im "Früh am Dom".

Bernd""")

M("S", "de", "insurer-to-broker", "body says only 'as requested'; the attached XLSX portfolio list names clients with accident and dental contracts",
  frm=ADDR("arslan"), to="Vincent Graf <graf@graf-finanz.example>", subj="Ihre Bestandsliste",
  date="2026-11-09 09:05", sig="arslan", sigstyle="short",
  body="""Hallo Herr Graf,

anbei wie gewünscht.

Gruß
Deniz Arslan""",
  att=[XLSX("Bestand_40-4477_2026-11.xlsx", {"Bestand": [
      ["VN", "Vertrag", "Sparte", "Tarif", "Jahresbeitrag"],
      ["Anand, Felix Dr.", "KV-54911230", "Kranken", "KomfortPlus 1200", 7104.00],
      ["Anand, Felix Dr.", "62-0071442", "BU", "BU Komfort 2014", 2388.60],
      ["Anand, Felix Dr.", "PH-5419903", "PHV", "PHV Premium", 92.00],
      ["Seitz, Johanna", "71-0412280", "Unfall", "UnfallSchutz Premium 150/225", 214.80],
      ["Seitz, Johanna", "KV-55102214", "Zahnzusatz", "Z90", 419.40],
      ["Baumgartner, Leo", "KF-22240019", "Kfz", "Komfort", 702.34]]})])

M("N", "de", "insurer-to-broker", "trap: net tariffs and fee-based advice model for fee advisers, no clients",
  frm=ADDR("lutz"), to="Honorarberatung Steinmetz <info@honorarberatung-steinmetz.example>", subj="Nettotarife für Honorarberater – Vergütungsvereinbarung",
  date="2026-11-10 10:00", sig="lutz",
  body="""Sehr geehrter Herr Steinmetz,

vielen Dank für Ihr Interesse. Als Versicherungsberater nach § 34d Abs. 2 GewO können Sie bei uns Nettotarife (ohne einkalkulierte Abschlusskosten) für Rentenversicherung, Risiko-LV und BU vermitteln. Die Vergütung vereinbaren Sie direkt mit Ihren Mandanten; wir zahlen keine Provision.

Auf Wunsch Ihrer Mandanten ziehen wir das Honorar mit den Beiträgen ein (Honorar-Inkasso, max. 36 Monatsraten) und leiten es an Sie weiter.

Die Kooperationsvereinbarung und die Tarifübersicht sende ich Ihnen gern per Post.

Mit freundlichen Grüßen""")

M("C", "de", "broker", "glass breakage claim for a named client with her IBAN for the payout",
  frm=ADDR("demir"), to="Kowalczyk & Berg Versicherungsmakler <buero@kowalczyk-berg.example>", subj="AW: Glasbruch Wintergarten – WG-3277004 Hoffmeister",
  date="2026-11-11 12:48", sig="demir",
  body="""Sehr geehrte Damen und Herren,

die Rechnung der Glaserei Wittkamp über 1.284,00 EUR für den Wintergarten von Herrn Ralf Hoffmeister erstatten wir in voller Höhe (Glasversicherung im Wohngebäudevertrag WG-3277004 eingeschlossen). Die Zahlung geht an die in Ihrer Mail genannte Bankverbindung.

Mit freundlichen Grüßen""",
  quote=Q("""Hallo,

Glasbruch beim Kunden Ralf Hoffmeister, Ruhrstraße 88, Witten: Hagelkorn hat am 30.10. eine Dachscheibe im Wintergarten zerschlagen. Rechnung Glaserei anbei, Kunde hat bezahlt.

Bitte Erstattung auf: """ + IB("DE", "874525000000098765", group=0).lower() + """ (R. Hoffmeister, Sparkasse Witten)

Gruß Büro Kowalczyk & Berg""", prefix="> "))

M("S", "de", "insurer-to-broker", "named (not anonymous) disability pre-enquiry with migraine and medication; underwriting answer",
  frm=ADDR("schulte"), to="Ole Hansen <o.hansen@hansen-versicherungsmakler.example>", subj="AW: Voranfrage BU Svenja Carstensen – Migräne",
  date="2026-11-12 15:15", sig="schulte",
  body="""Sehr geehrter Herr Hansen,

für Frau Svenja Carstensen (Grundschullehrerin, 31 Jahre) würden wir bei Migräne ohne Aura mit 2–3 Attacken im Monat, Akutbehandlung mit Sumatriptan und ohne Arbeitsunfähigkeiten über 5 Tage im Jahr normal annehmen.

Die Prophylaxe mit Amitriptylin aus 2024 (sechs Monate) ist unkritisch, sofern sie ausschließlich wegen der Migräne verordnet wurde. Bitte lassen Sie sich das vom Hausarzt kurz bestätigen.

Mit freundlichen Grüßen""")

M("N", "de", "newsletter", "trap: campaign material for disability insurance for apprentices; generic marketing",
  frm="Maklerinformation <makler-newsletter@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="Herbstaktion: BU für Azubis und Studierende – Flyer und Rechner", date="2026-11-13 07:30", html=True,
  body="""Liebe Partnerinnen und Partner,

wer jung und gesund ist, sichert sich die BU am günstigsten. Unsere Herbstaktion bis 31.12.2026:

- BU Start für Azubis und Studierende ab 18 Jahren: Einsteigerbeitrag ab 19,80 EUR im Monat für 1.000 EUR Rente
- verkürzte Gesundheitsfragen (nur 5 Fragen, Abfragezeitraum 3 Jahre)
- Umstellung auf den Berufsstatus nach der Ausbildung ohne neue Gesundheitsprüfung

Für Ihre Beratung: Flyer "Warum jetzt?" zum Ausdrucken, Social-Media-Bilder und der Azubi-Rechner zum Einbinden auf Ihrer Website – alles im Maklerportal unter Vertriebsunterstützung.

Ihre Maklerbetreuung Leben""")

M("C", "de", "insurer-to-broker", "no-claims bonus transfer from a named father to his daughter with birth date and licence date",
  frm=ADDR("engel"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="SF-Übertragung Herr Bernd Hollmann auf Tochter Jana",
  date="2026-11-16 09:33", sig="engel",
  body="""Hallo Herr Kaya,

die Übertragung des Schadenfreiheitsrabatts von Herrn Bernd Hollmann (Vertrag KF-21688104) auf seine Tochter Jana Hollmann, geb. 21.03.2004, ist möglich, aber nur in dem Umfang, den sie selbst hätte erfahren können: Führerschein seit 04/2022, also maximal SF 4.

Herr Hollmann verliert mit der Übertragung seinen eigenen Rabatt (SF 27) und beginnt, sollte er weiter ein Fahrzeug versichern, in SF 0. Bitte lassen Sie uns die Übertragungserklärung von beiden unterschrieben zukommen.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: broker firm administrator requests a portal user for a new employee; broker staff named, no client data",
  frm=ADDR("hein"), to=ADDR("hoffmann"), subj="Neuer Portalnutzer für Hansen Versicherungsmakler – bitte Bestandsrechte prüfen",
  date="2026-11-17 11:20", sig="hein", sigstyle="short",
  body="""Hallo Lukas,

Herr Hansen (Makleradministrator bei Hansen Versicherungsmakler e.K., VM 40-1960) hat für seine neue Mitarbeiterin Frau Merle Thomsen einen Benutzer angelegt, aber die Bestandsrechte lassen sich nicht setzen – Fehlermeldung "Rolle nicht zulässig für Auszubildende".

Frau Thomsen ist laut Herrn Hansen ausgelernte Versicherungskauffrau, nur im Profil steht noch "Auszubildende" aus dem letzten Jahr. Kannst Du die Rolle korrigieren?

Danke
Kerstin""")

M("S", "de", "insurer-to-broker", "cost coverage for a named client's planned hip replacement in hospital (private health)",
  frm=ADDR("brandt"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="Kostenzusage Krankenhaus – Herr Luka Petrović",
  date="2026-11-18 10:02", sig="brandt",
  body="""Sehr geehrter Herr Vollmer,

für die geplante Implantation einer Hüfttotalendoprothese rechts bei Herrn Luka Petrović (Coxarthrose, M16.1) im St. Josef-Hospital Oberhausen am 07.12.2026 erteilen wir Kostenzusage für die allgemeinen Krankenhausleistungen (DRG I47C) sowie Wahlleistung Zweibettzimmer und Chefarztbehandlung nach Tarif.

Die anschließende Anschlussheilbehandlung ist nach Tarif KomfortPlus 1200 mitversichert; bitte den Antrag der Reha-Klinik vorab einreichen. Das Krankenhaus rechnet direkt mit uns ab (Klinikcard).

Mit freundlichen Grüßen""")

M("N", "de", "newsletter", "trap: FAQ for brokers about forgotten doctor visits and the duty of disclosure, generic",
  frm="Maklerinformation <makler-newsletter@versicherer.example>", to="maklerverteiler@versicherer.example",
  subj="FAQ: Was passiert, wenn der Kunde einen Arztbesuch vergessen hat?", date="2026-11-19 07:30",
  body="""Liebe Partnerinnen und Partner,

eine der häufigsten Fragen an unsere Risikoprüfung – hier die Antworten:

Der Kunde hat einen Arztbesuch vergessen, der Vertrag läuft schon. Was tun?
Nachmelden! Solange kein Leistungsfall eingetreten ist, prüfen wir die Nachmeldung wie einen neuen Antrag. Meistens bleibt alles, wie es ist.

Was passiert im Leistungsfall?
Wir prüfen, ob die Angabe vorsätzlich, grob fahrlässig oder einfach fahrlässig unterblieben ist (§ 19 VVG). Bei einfacher Fahrlässigkeit können wir nicht zurücktreten, sondern nur den Vertrag anpassen.

Wie lange kann der Versicherer zurücktreten?
5 Jahre nach Vertragsschluss, bei Vorsatz oder Arglist 10 Jahre.

Tipp: Die Patientenquittung der Krankenkasse vor Antragstellung anfordern.

Ihre Maklerbetreuung Leben""")


# ---------------- batch 7 ----------------

M("N", "en", "insurer-to-broker", "trap: underwriting appetite statement for D&O of life-science companies, no insured",
  frm=ADDR("hartmann"), to="Oliver Grant <ogrant@thames-risk.example>", subj="RE: Appetite – D&O for biotech start-ups",
  date="2026-11-20 11:15", sig="hartmann", lang="en",
  body="""Dear Oliver,

short answer: yes, but selectively.

- Pre-revenue biotech with clinical trials phase I/II: limits up to EUR 5m, retention from EUR 50k, exclusion for claims arising from clinical trial bodily injury (that belongs in the trial insurance)
- Listed companies: only with a lead market, max. EUR 10m line
- No appetite for companies with ongoing FDA/EMA warning letters

We'd need the last two financial statements, the cap table and the pipeline overview. No personal data of directors beyond their names and functions at quotation stage.

Best regards""")

M("C", "en", "insurer-to-broker", "company car claims list with named drivers and plates (no injuries)",
  frm=ADDR("brenner"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="Fleet claims 2026 YTD – Carrow Instruments Deutschland GmbH",
  date="2026-11-23 14:00", sig="brenner", lang="en",
  body="""Dear Lucy,

the claims list you asked for (1 January – 20 November 2026):

  date        driver            plate        type                    paid EUR
  2026-02-11  Eleanor Shaw      F-CI 2201    rear-end, own fault      4,318.20
  2026-05-30  Ian Prescott      F-CI 2204    windscreen (stone)         611.00
  2026-08-02  Jannik Weber      F-CI 2207    parking damage, 3rd pty  2,104.75
  2026-10-17  Thomas Quayle     F-CI 2209    theft of wheels          3,260.00

No bodily injury in any of the claims. Loss ratio YTD: 58 %.

Best regards""")

M("S", "en", "insurer-to-broker", "medical examination results of a named life applicant sent to the broker at the client's request",
  frm=ADDR("hasselbach"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="Mr Gareth Pryce – repeat liver tests",
  date="2026-11-24 10:30", sig="hasselbach", lang="en",
  body="""Dear Mr Delaney,

Mr Pryce asked us to share his repeat test results with you, which I am happy to do with his written consent (received 23 November):

GGT 58 U/l (previously 142), ALT 34 U/l (previously 71), CDT 1.4 % (normal), BMI 31.2.

The improvement is significant. We can now offer cover at +25 % instead of the +75 % indicated earlier, with a review after 3 years if the values stay normal. The revised offer is in the portal.

Kind regards""")

M("N", "en", "insurer-to-broker", "trap: blank broker-of-record letter template with placeholders",
  frm=ADDR("hein"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="Template: Broker of record letter",
  date="2026-11-24 15:45", sig="hein", lang="en",
  body="""Dear Priya,

here is our template for the broker of record letter. Once your client signs it, please upload it in the broker portal; we then switch the servicing and commission to your agency from the next month.

Best regards""",
  att=[DOCX("Broker_of_record_letter_template.docx", [("h", "Broker of Record Letter"),
      "To: Versicherer Group, Broker Service Centre, Rheinuferstrasse 12, 50667 Cologne",
      "Policyholder: [full name / company name]\nPolicy number(s): [policy no.]",
      "I/We hereby appoint [broker name, agency no.] as our broker of record for the above policies with effect from [date]. "
      "This appointment supersedes all previous appointments. The broker is authorised to receive information about the policies and to make changes on our behalf.",
      "[place, date]      [signature]"], author="Kerstin Hein")])

M("C", "en", "insurer-to-broker", "landlord insurance for a named expat's rented-out flat with tenant details and rent",
  frm=ADDR("demir"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="Landlord policy – Mrs Claire Whitaker – Frankfurt flat",
  date="2026-11-25 09:40", sig="demir", lang="en",
  body="""Dear Priya,

as Mrs Whitaker now lets her flat at Oeder Weg 52, 60318 Frankfurt, the household policy no longer fits. We have converted it into a landlord policy (contents for the furnished flat EUR 25,000, landlord liability, loss of rent 12 months) from 1 December 2026:

Policy: VM-0014471, premium EUR 312 p.a.
Tenant according to the lease: Mr Daniel Osterkamp, rent EUR 1,480 per month

Please note: the buildings insurance is with the owners' association, not with us.

Kind regards""")

M("N", "en", "newsletter", "trap: webinar recap with statistics on why applications get postponed",
  frm="Broker News <broker-newsletter@versicherer.example>", to="intl-brokers@versicherer.example",
  subj="Webinar recap: the top 5 reasons applications get postponed", date="2026-11-26 08:00", lang="en",
  body="""Dear partners,

thanks to the 240 of you who joined last week. For everyone else, here are the key points:

1. Missing GP contact details (31 % of postponed cases)
2. Incomplete details on mental health treatment (24 %)
3. Medication listed without the condition it treats (18 %)
4. Blood pressure and BMI not stated on the application (15 %)
5. Travel to high-risk countries not explained (12 %)

Average time to decision: 6 working days for complete applications, 27 for incomplete ones.

The recording and slides are on the extranet.

Broker Relations – International Life""")

M("S", "en", "insurer-to-company", "group life death claim of a named employee with cause of death",
  frm=ADDR("paulsen"), to="Harriet Cole <h.cole@northbridge-benefits.example>", subj="Group life claim – Kestrel Logistics – the late Mr Tim Meyer-Lohse",
  date="2026-11-27 13:05", sig="paulsen", lang="en",
  body="""Dear Harriet,

we were very sorry to learn of the death of Mr Tim Meyer-Lohse (staff no. K-0118) on 12 November 2026. According to the death certificate, the cause of death was a pulmonary embolism following a knee injury.

The death benefit under the group life scheme is 2 x salary = EUR 72,800. Mr Meyer-Lohse had not nominated a beneficiary, so under the scheme rules the benefit goes to his estate. We need:
- certified copy of the death certificate
- the certificate of inheritance or a notarised will

Please pass our condolences to the family.

Kind regards""")

M("C", "en", "insurer-to-broker", "wedding cancellation cover for a named couple, cancellation due to venue fire (no health)",
  frm=ADDR("seidel"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="Event cancellation claim – wedding Hughes/Kaminski, 6 June 2026",
  date="2026-06-19 16:30", sig="seidel", lang="en",
  body="""Dear Lucy,

we can confirm cover for the claim of Ms Olivia Hughes and Mr Pawel Kaminski (policy EC-2026-00331): the wedding venue, Gut Seehof near Potsdam, was closed after the fire on 28 May and the wedding had to be postponed.

We will reimburse the non-refundable costs: catering deposit EUR 6,400, band EUR 1,800, florist EUR 950, printed invitations EUR 420 – total EUR 9,570 less the deductible of EUR 250. Payment to the account stated in the claim form within 5 working days.

Kind regards""")

M("N", "en", "newsletter", "trap: broker portal maintenance notice in English",
  frm="Broker Portal <maklerportal-noreply@versicherer.example>", to="intl-brokers@versicherer.example",
  subj="Planned maintenance – broker portal and document API, 5 December", date="2026-11-30 17:00", lang="en",
  body="""Dear broker partner,

on Saturday, 5 December 2026, 07:00–12:00 CET, the broker portal, the quotation tools and the document API used by broker management systems will not be available because of a database upgrade.

Documents created during this time will be in your mailbox from 12:00 CET. Your one-time passwords and second-factor settings remain unchanged.

Broker Service Centre, +49 221 555-1190

This message was generated automatically. Please do not reply.""")

M("N", "de", "insurer-to-broker", "trap: new model wording for broker mandates as a blank DOCX with placeholders",
  frm=ADDR("koenig"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Maklervollmacht: neue Musterformulierung zum Datenschutz",
  date="2026-12-01 09:00", sig="koenig",
  body="""Sehr geehrte Damen und Herren,

viele Maklervollmachten enthalten noch Schweigepflichtentbindungen, die nach heutiger Rechtsprechung zu pauschal sind. Damit wir Ihnen Gesundheitsdaten Ihrer Kunden weitergeben dürfen, muss die Entbindung konkret sein.

Anbei eine Musterformulierung, die Sie in Ihre Vollmacht übernehmen können. Alte Vollmachten bleiben für Sachverträge gültig; für Personenversicherungen bitten wir bei Gelegenheit um die neue Fassung.

Mit freundlichen Grüßen""",
  att=[DOCX("Muster_Schweigepflichtentbindung_Maklervollmacht.docx", [("h", "Muster: Schweigepflichtentbindung in der Maklervollmacht"),
      "Ich, «Name», geb. «Geburtsdatum», entbinde die Versicherer Krankenversicherung a.G., die Versicherer Lebensversicherung AG und die Versicherer Allgemeine Versicherung AG "
      "von der Schweigepflicht gegenüber meinem Makler «Maklerfirma», soweit dieser zur Betreuung meiner Verträge «Vertragsnummern» Gesundheitsdaten benötigt "
      "(Antragsprüfung, Leistungsfall, Vertragsänderung).",
      "Die Entbindung gilt nicht für Angaben über psychotherapeutische Behandlungen, es sei denn, ich stimme im Einzelfall zu. Ich kann sie jederzeit widerrufen.",
      "«Ort», «Datum»    «Unterschrift»"], author="Matthias König")])

M("S", "de", "broker", "body only 'AW: Unterlagen'; attached scanned PDF (octet-stream) is a doctor's report for a named BU applicant",
  frm=ADDR("schulte"), to=ADDR("hasselbach"), subj="WG: AW: Unterlagen",
  date="2026-12-02 08:44", sig="schulte", sigstyle="name",
  body="""z. K. – kam vom Makler Hansen für Carstensen.""",
  quote=Q("""anbei
--
Ole Hansen, Hansen Versicherungsmakler e.K."""),
  att=[PDF("Scan_20261201_0912.pdf", [("h", "Praxis Dr. med. Gesa Lührs – Fachärztin für Allgemeinmedizin, Kiel"),
      "Ärztliche Bescheinigung zur Vorlage beim Versicherer",
      "Patientin: Svenja Carstensen, geb. 17.05.1995",
      "Diagnosen: Migräne ohne Aura (G43.0), bekannt seit 2016. Keine Arbeitsunfähigkeit über 5 Tage in den letzten 5 Jahren. "
      "Prophylaxe mit Amitriptylin 10 mg 03/2024 bis 09/2024 ausschließlich wegen Migräne, keine depressive Erkrankung. Akutmedikation Sumatriptan 50 mg.",
      "Kiel, 30.11.2026  – Stempel / Unterschrift"], octet=True)])

M("C", "de", "broker", "burglary in a named client's garden shed reported by the broker with stolen items and police number",
  frm=ADDR("demir"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="AW: Einbruch Gartenhaus – Herr Wolfgang Seitz",
  date="2026-12-03 13:25", sig="demir",
  body="""Sehr geehrter Herr Pfeiffer,

Gartenhäuser sind im Tarif Ihres Kunden (HR-7730551) nur versichert, wenn sie verschlossen waren und sich auf dem Versicherungsgrundstück befinden – beides ist laut Ihrer Schilderung erfüllt. Wir regulieren den Diebstahl bis zur Grenze für Nebengebäude von 5.000 EUR.

Bitte senden Sie uns noch die Kaufbelege für den Rasenmähertraktor.

Mit freundlichen Grüßen""",
  quote=OQ("Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", "Mittwoch, 2. Dezember 2026 09:10", "schaden-sach@versicherer.example",
           "Einbruch Gartenhaus – Herr Wolfgang Seitz", """Hallo,

bei meinem Kunden Wolfgang Seitz, Hauptstraße 120, 27356 Rotenburg (Hausrat HR-7730551), wurde in der Nacht zum 01.12. das abgeschlossene Gartenhaus aufgebrochen. Gestohlen: Rasenmähertraktor (ca. 3.200 EUR), Motorsäge (650 EUR), Werkzeugkoffer (400 EUR). Anzeige Polizei Rotenburg, Tagebuchnummer 1181/26/112044.

Gruß Jochen Pfeiffer"""))

M("N", "de", "insurer-to-broker", "trap: annual review meeting invitation for a broker firm with agenda (ICS), no client data",
  frm=ADDR("reuter"), to="Ole Hansen <o.hansen@hansen-versicherungsmakler.example>", subj="Jahresgespräch 2027 – Terminvorschlag",
  date="2026-12-04 10:00", sig="reuter",
  body="""Lieber Herr Hansen,

wie besprochen schicke ich Ihnen einen Termin für unser Jahresgespräch. Themen aus meiner Sicht:

- Rückblick 2026 (Leben/BU deutlich über Plan – danke!)
- Ziele und Courtagevereinbarung 2027
- Ihre Erfahrungen mit der verschlüsselten E-Mail und dem Portal
- Unterstützung bei der Nachfolgeregelung für Ihren Bestand

Passt der 14. Januar? Sonst gern einen Gegenvorschlag.

Herzliche Grüße aus Hamburg""",
  att=[ICS("Jahresgespraech_Hansen_2027.ics", "jg-hansen-20270114@versicherer.example", "Jahresgespräch Hansen Versicherungsmakler / Versicherer",
           "20270114T100000", "20270114T120000", ("Frank Reuter", "frank.reuter@versicherer.example"),
           attendees=[("Ole Hansen", "o.hansen@hansen-versicherungsmakler.example")], location="Holstenstraße 88, 24103 Kiel")])

M("S", "de", "insurer-to-broker", "premium holiday on a named client's pension insurance because of unemployment, with income details",
  frm=ADDR("schulte"), to="Petra Wiegand <wiegand@finanzkontor-wiegand.example>", subj="Beitragsfreistellung Rentenversicherung 60-3318820 – Frau Hilde Ahrens",
  date="2026-12-07 11:35", sig="schulte",
  body="""Sehr geehrte Frau Wiegand,

Ihre Kundin Frau Hilde Ahrens hat wegen Arbeitslosigkeit (Arbeitslosengeld I seit 01.11.2026, laut Bescheid 1.412,40 EUR monatlich) um Stundung gebeten. Wir haben den Vertrag 60-3318820 für 12 Monate zinslos gestundet; eine Beitragsfreistellung ist nicht notwendig.

Die garantierte Rente ab 67 bleibt bei 418,22 EUR, sofern die gestundeten Beiträge bis zum 31.12.2028 nachgezahlt werden.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "prior-insurer enquiry about a named client's motor claims history",
  frm=ADDR("engel"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="Vorversicherer-Auskunft Herr Leo Baumgartner",
  date="2026-12-08 09:50", sig="engel", sigstyle="short",
  body="""Hallo Herr Auer,

die Auskunft des Vorversicherers zu Herrn Leo Baumgartner (geb. 02.02.1990, Vertrag KF-22240019) liegt vor: SF 9 in der Haftpflicht, aber zwei Haftpflichtschäden 2025 (11.04. und 29.09.), deshalb Rückstufung auf SF 4 zum 01.01.2026. Im Antrag hatte Herr Baumgartner SF 9 angegeben.

Wir stellen den Vertrag rückwirkend auf SF 4 um, Nachberechnung 284,10 EUR. Bitte informieren Sie Ihren Kunden.

Gruß
Rüdiger Engel""")

M("N", "de", "newsletter", "trap: press release on a cooperation with a broker pool",
  frm=ADDR("baumann"), to="Presseverteiler Makler <presse-makler@versicherer.example>", subj="Pressemitteilung: Versicherer und Maklerpool Nordwest verlängern Kooperation bis 2028",
  date="2026-12-09 10:00", sig="baumann",
  body="""PRESSEMITTEILUNG

Köln/Oldenburg, 9. Dezember 2026. Die Versicherer Gruppe und die Maklerpool Nordwest GmbH haben ihre Zusammenarbeit bis Ende 2028 verlängert. Die rund 1.400 angebundenen Makler des Pools erhalten weiterhin Zugang zu allen Produkten der Versicherer Gruppe in Leben, Kranken und Sach.

Neu ist eine Gateway-Verschlüsselung zwischen den Mailsystemen beider Unternehmen: Nachrichten mit Gesundheitsdaten werden automatisch Ende-zu-Ende verschlüsselt, ohne dass Makler ein Portal aufrufen müssen.

"Digitaler, sicherer Austausch ist für unsere Partner der wichtigste Servicefaktor", sagt Dr. Ruth Kolbe, Geschäftsführerin des Maklerpools.

Pressekontakt: Julia Baumann, presse@versicherer.example""")

M("S", "de", "insurer-to-broker", "ZIP with accident claim documents (doctor's letter PDF and receipts CSV) for a named client",
  frm=ADDR("albrecht"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="Unterlagen zum Unfall – Kopie für Ihre Akte",
  date="2026-12-10 14:40", sig="albrecht",
  body="""Sehr geehrter Herr Pfeiffer,

wie gewünscht anbei die Unterlagen, die wir im Schadenfall Ihrer Kundin bisher erhalten haben (Einverständnis liegt vor).

Mit freundlichen Grüßen""",
  att=[ZIP("UL-26-003117_Unterlagen.zip", [
      PDF("Arztbrief_Landeck.pdf", [("h", "Krankenhaus St. Vinzenz Landeck – Unfallchirurgie"), "Arztbrief",
                                    "Patientin: Melanie Kurz, geb. 09.10.1988",
                                    "Diagnose: distale Radiusfraktur rechts, AO 23-C2 (S52.51). Offene Reposition und Plattenosteosynthese am 15.02.2026. "
                                    "Entlassung 17.02.2026 in gutem Allgemeinzustand. Weiterbehandlung durch Hausarzt/Unfallchirurgen am Wohnort, Physiotherapie."]),
      CSV("Belegliste.csv", [["Datum", "Beleg", "Betrag EUR", "erstattet"],
                             ["17.02.2026", "Krankenhaus Landeck, Selbstzahleranteil", "312,00", "ja (KH-Tagegeld separat)"],
                             ["20.02.2026", "Bergung Pistenrettung Ischgl", "680,00", "ja"],
                             ["02.03.2026", "Physiotherapie Lindner, 10 x KG", "240,00", "nein (GKV)"]])])])

M("N", "de", "internal", "trap: aggregate disability claim causes for a broker presentation, no individuals",
  frm=ADDR("stanek"), to=ADDR("reuter"), subj="Zahlen für Deinen Vortrag: BU-Leistungsursachen 2025",
  date="2026-12-11 12:20", sig="stanek", sigstyle="name",
  body="""Hi Frank,

für die Folie "Warum Menschen berufsunfähig werden" – unsere Zahlen 2025, anerkannte Leistungsfälle (n = 1.284):

Psychische Erkrankungen 36 %
Erkrankungen des Bewegungsapparats 21 %
Krebs 16 %
Unfälle 8 %
Herz-Kreislauf 7 %
Sonstige 12 %

Durchschnittsalter bei Eintritt: 47 Jahre. Anerkennungsquote 79 %, davon 11 % befristet.

Bitte keine Einzelfälle auf die Folien, auch keine "anonymisierten" mit Beruf und Alter – die Kollegen im Vertrieb erkennen ihre Kunden sonst wieder.

Oliver""")

M("C", "de", "insurer-to-broker", "private liability claim: named client damaged a friend's rented car, no injuries",
  frm=ADDR("oltmanns"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="Haftpflichtschaden PH-5499087 – Herr Björn Neumann – Leihwagen",
  date="2026-12-14 10:10", sig="oltmanns",
  body="""Sehr geehrte Frau Korte,

zum gemeldeten Schaden Ihres Kunden Herrn Björn Neumann (Schadennummer HS-26-0089912): Beim Rangieren des von seinem Freund Herrn Sascha Dietz geliehenen Transporters beim Umzug am 29.11. hat er das Tor einer Tiefgarage beschädigt. Verletzt wurde niemand.

Das Garagentor (Eigentümergemeinschaft Donnerschweer Straße 88) ersetzen wir aus der Privathaftpflicht. Der Schaden am Transporter selbst ist als Schaden am geliehenen Kfz nicht versichert; hierfür ist die Kaskoversicherung des Halters zuständig.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-partner", "insurance confirmation for a named couple's mortgage bank with loan number (buildings policy)",
  frm=ADDR("kowalski"), to="Baufinanzierung Sparkasse Erlangen <baufi@sparkasse-erlangen.example>", cc="Bernd Auer <auer@auer-versicherungen.example>",
  subj="Sicherungsbestätigung Wohngebäude – Darlehen 7700412231 – Eheleute Kessler", date="2026-12-15 11:45", sig="kowalski",
  body="""Sehr geehrte Damen und Herren,

für das Darlehen Nr. 7700412231 von Herrn Thomas und Frau Katja Kessler bestätigen wir, dass für das Gebäude Am Weiher 3, 91074 Herzogenaurach, bei uns eine Wohngebäudeversicherung zum gleitenden Neuwert (Vertrag WG-3288417) gegen Feuer, Leitungswasser, Sturm/Hagel und Elementargefahren besteht.

Der Sicherungsschein zu Ihren Gunsten ist ausgestellt; wir werden Sie über Beitragsrückstände oder eine Kündigung unterrichten.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: general answer whether implants for teeth missing before the start are covered in dental top-up",
  frm=ADDR("wendland"), to="Lars Jaschke <jaschke@maklerpool-nordwest.example>", subj="AW: Fehlende Zähne bei Abschluss Zahnzusatz – Grundsatzfrage",
  date="2026-12-16 15:30", sig="wendland", sigstyle="short",
  body="""Hallo Herr Jaschke,

grundsätzlich: Zähne, die bei Antragstellung bereits fehlen und noch nicht ersetzt sind, sind in unseren Zahnzusatztarifen vom Versicherungsschutz ausgeschlossen – egal, ob der Ersatz durch Implantat, Brücke oder Prothese erfolgt. Ausnahme: Tarif Z90 Plus, dort können bis zu 2 fehlende Zähne gegen einen Zuschlag von 8 EUR pro Zahn und Monat mitversichert werden.

Das können Sie so an Ihre Partner geben.

Gruß
Tobias Wendland""")

M("S", "de", "insurer-to-broker", "rejection of a named client's naturopath invoice in private health, with diagnoses",
  frm=ADDR("kroeger"), to="Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", subj="AW: Erstattung Heilpraktiker – Frau Jule Heinemann",
  date="2026-12-17 09:15", sig="kroeger",
  body="""Sehr geehrte Frau Michalski,

Sie hatten gefragt, warum die Heilpraktikerrechnung Ihrer Kundin Frau Jule Heinemann (KV-55087211) nur teilweise erstattet wurde.

Die Rechnung über 640 EUR enthält Eigenbluttherapie und Bioresonanz bei der Diagnose "chronisches Erschöpfungssyndrom, Nahrungsmittelunverträglichkeit". Bioresonanz (GebüH-Ziffer analog) ist keine wissenschaftlich anerkannte Methode, und unser Tarif erstattet Heilpraktikerleistungen nur bis 1.000 EUR im Jahr nach Gebührenverzeichnis. Erstattet haben wir 212,40 EUR für Anamnese, Untersuchung und die Eigenbluttherapie.

Mit freundlichen Grüßen""")

M("C", "de", "broker", "cancellation of a dog's surgery insurance after the dog died; named client, animal health",
  frm=ADDR("wagner"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="AW: Kündigung OP-Versicherung Hund – Frau Maren Petersen",
  date="2026-12-18 14:05", sig="wagner",
  body="""Hallo Herr Kaya,

mein Beileid an Frau Petersen. Die OP-Versicherung TK-0071132 für ihren Hund "Fiete" endet mit dem Todestag am 10.12.2026; den zu viel gezahlten Beitrag (48,60 EUR) erstatten wir auf ihr Konto.

Die letzte Rechnung der Tierklinik (Notoperation Magendrehung, 2.460 EUR) wird noch regulär abgerechnet.

Viele Grüße
Sophie Wagner""",
  quote=Q("""Hallo Frau Wagner,
Frau Maren Petersen (TK-0071132) kündigt die OP-Versicherung, ihr Hund ist am 10.12. nach einer Magendrehung in der Tierklinik Hamburg-Lokstedt gestorben. Rechnung der Klinik kommt noch.
Gruß T. Kaya"""))

M("N", "de", "insurer-to-broker", "trap: IDD training calendar for next year, no personal data",
  frm=ADDR("koenig"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Weiterbildungskalender 2027 – Ihre IDD-Stunden planen",
  date="2026-12-18 09:00", sig="koenig",
  body="""Sehr geehrte Damen und Herren,

damit Sie Ihre 15 Stunden IDD-Weiterbildung 2027 planen können, hier unsere Termine im ersten Halbjahr:

21.01. Webinar: Pflegereform – was ändert sich 2027? (1 Std.)
18.02. Webinar: Risikovoranfragen richtig stellen – anonym und trotzdem aussagekräftig (1 Std.)
12.03. Präsenz Köln: Gewerbe kompakt (6 Std.)
22.04. Maklerforum Nord, Hamburg (4 Std.)
20.05. E-Learning: Datenschutz im Maklerbüro – sichere E-Mail, Portal, Einwilligungen (2 Std.)

Die Anmeldung ist ab sofort im Maklerportal möglich. Teilnahmebescheinigungen werden automatisch an "gut beraten" gemeldet.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-broker", "newborn added to a named family's private health policy after premature birth; health questions",
  frm=ADDR("nguyen"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="Kindernachversicherung Roth – Neugeborene Ida",
  date="2026-12-21 10:48", sig="nguyen",
  body="""Sehr geehrter Herr Auer,

herzlichen Glückwunsch an Familie Roth. Die Nachversicherung von Ida Roth (geb. 30.11.2026) ab Geburt ohne Gesundheitsprüfung und Wartezeiten ist möglich, da die Anmeldung innerhalb von 2 Monaten erfolgt und Frau Nina Roth seit mehr als 3 Monaten bei uns versichert ist.

Die Kosten für die Behandlung auf der Neugeborenen-Intensivstation nach der Frühgeburt in der 33. SSW (Atemunterstützung, 12 Tage Perinatalzentrum Erlangen) übernehmen wir daher in vollem Umfang nach Tarif.

Bitte senden Sie uns noch die Geburtsurkunde.

Mit freundlichen Grüßen""")


# ---------------- batch 8 ----------------

M("N", "en", "insurer-to-company", "trap: group personal accident offer for a company's field engineers, no named persons",
  frm=ADDR("berger"), to="Harriet Cole <h.cole@northbridge-benefits.example>", subj="Group personal accident – field engineers in Sub-Saharan Africa – offer",
  date="2026-12-01 10:30", sig="berger", lang="en",
  body="""Dear Harriet,

for your client's 40 field engineers working on rotation in Kenya, Tanzania and Mozambique we can offer:

- Death: EUR 200,000 per person
- Permanent disablement: EUR 400,000 with progression 350 %
- Medical evacuation and repatriation: unlimited (via our assistance partner)
- War and political risks: passive war risk included, active participation excluded
- Kidnap: excluded (separate K&R cover recommended)

Annual premium: EUR 18,400 on an unnamed basis (headcount only, adjusted at year end). We don't need names or health information.

Kind regards""")

M("C", "en", "insurer-to-broker", "fine art collection insurance for a named private collector with address and values",
  frm=ADDR("hartmann"), to="Oliver Grant <ogrant@thames-risk.example>", subj="Fine art – collection of Mrs Margarethe von Ahlen – terms",
  date="2026-12-02 16:10", sig="hartmann", lang="en",
  body="""Dear Oliver,

terms for the private collection of Mrs Margarethe von Ahlen, residence Elbchaussee 301, 22609 Hamburg:

Agreed values per the schedule (42 items), total EUR 3,860,000; largest single item: Emil Nolde watercolour, EUR 420,000
Cover: all risks, nail to nail, including exhibition loans within Europe up to EUR 500,000
Security: alarm with police connection and annual maintenance certificate required
Premium: EUR 6,948 p.a. incl. tax

Valuations older than 3 years must be updated by 30 June 2027.

Best regards""")

M("N", "en", "insurer-to-partner", "trap: blank facultative submission form and cedent guidelines sent to the reinsurer for comment",
  frm=ADDR("stone"), to="Fac Life Desk <fac.life@rheinre-fac.example>", subj="Draft: standard fac submission form 2027",
  date="2026-12-03 11:00", sig="stone", lang="en",
  body="""Dear colleagues,

to speed up our fac placements next year, we'd like to use one standard submission form. Draft attached – the fields are placeholders, no case data. Please let me know by 18 December if anything is missing from your side.

Kind regards""",
  att=[PDF("Fac_submission_form_DRAFT_2027.pdf", [("h", "Facultative Submission – Individual Life / Disability (DRAFT)"),
      ("t", [["Field", "Content"], ["Life assured", "[surname, first name]"], ["Date of birth", "[dd.mm.yyyy]"], ["Occupation", "[...]"],
             ["Benefit / sum assured", "[EUR]"], ["Retention", "[EUR]"], ["Medical summary", "[diagnoses, treatment, current status]"],
             ["Cedent's decision", "[standard / +x % EM / exclusion]"]]),
      ("small", "Transmission only via encrypted e-mail (S/MIME or gateway). No medical reports in the body of the mail.")])])

M("S", "en", "insurer-to-broker", "reimbursement of a named expat client's psychotherapy sessions for anxiety disorder",
  frm=ADDR("whitfield"), to="Rafael Okonjo <rafael@expatcover-intl.example>", subj="Claim – Mrs Ana Mendes – psychotherapy",
  date="2026-12-07 09:20", sig="whitfield", lang="en",
  body="""Dear Rafael,

Mrs Ana Mendes asked us to keep you informed. We have paid her claim for 8 sessions of cognitive behavioural therapy with Dr. Leila Haddad in Dubai (postnatal anxiety disorder, F41.1), AED 6,400, in full.

Her plan covers up to 30 outpatient psychotherapy sessions per year; 22 remain for 2026. For further sessions in 2027 we need a short treatment plan from Dr. Haddad.

Kind regards""")

M("C", "en", "insurer-to-broker", "motor renewal for a named British expat with premium and his bank account",
  frm=ADDR("engel"), to="Priya Nair <priya.nair@globalmove-brokers.example>", subj="Motor renewal 2027 – Mr Simon Whitaker – M-SW 4040",
  date="2026-12-08 14:30", sig="engel", lang="en",
  body="""Dear Priya,

Mr Whitaker's motor policy KF-22301177 (BMW 320d Touring, M-SW 4040) renews on 1 January 2027:

Premium 2027: EUR 842.60 (2026: EUR 801.10), no-claims class SF 8 (UK no-claims bonus of 6 years recognised)
Direct debit from: """ + IB("DE", "120300000019874455") + """ (S. Whitaker)

He asked whether his partner can drive the car – yes, if we add her as a named driver; please send us her name and date of birth.

Best regards""")

M("N", "en", "newsletter", "trap: year-end message and holiday office hours for brokers",
  frm="Broker News <broker-newsletter@versicherer.example>", to="intl-brokers@versicherer.example",
  subj="Season's greetings and our office hours over the holidays", date="2026-12-15 08:00", lang="en",
  body="""Dear partners,

thank you for an excellent year together. Our office hours over the holidays:

24 and 31 December: 08:00–12:00 CET
25 and 26 December, 1 January: closed
All other days: as usual

The 24/7 assistance line for clients with medical emergencies abroad remains available throughout: +49 221 555-7799.

We wish you and your families a peaceful holiday season and a healthy new year.

Your International Broker Desk""")

M("C", "en", "insurer-to-broker", "cyber insurance quote for a named self-employed consultant with turnover",
  frm=ADDR("hartmann"), to="Lucy Barnes <lbarnes@harbourline-brokers.example>", subj="Cyber quote – Mr Florian Eckstein, IT consultant (sole trader)",
  date="2026-12-09 10:55", sig="hartmann", lang="en",
  body="""Dear Lucy,

cyber cover for Mr Florian Eckstein, freelance IT consultant, Gerberstraße 12, 04105 Leipzig, based on declared turnover of EUR 148,000 (2025):

Limit: EUR 500,000 (own damage and liability), deductible EUR 1,000
Incl. incident response hotline, forensics, data restoration, business interruption 12 hours waiting period
Premium: EUR 1,020 p.a. plus tax

Condition: multi-factor authentication for all remote access and offline backups at least weekly, as confirmed in the questionnaire.

Best regards""")

M("N", "en", "insurer-to-broker", "trap: anonymous risk enquiry (male, 52, pilot, type 2 diabetes) without name, birth date or initials",
  frm=ADDR("hasselbach"), to="Mark Delaney <mdelaney@delaney-partners.example>", subj="RE: Anonymous enquiry – airline pilot with type 2 diabetes",
  date="2026-12-10 12:05", sig="hasselbach", sigstyle="short", lang="en",
  body="""Dear Mr Delaney,

on the information given, term life would be possible at around +50 % to +75 % if the HbA1c is below 7.5 % and there are no complications. The aviation exclusion does not apply to commercial airline pilots. Loss-of-licence cover is a separate product we do not offer.

Kind regards
Ulrike Hasselbach""",
  quote=Q("""Dr Hasselbach,
anonymous enquiry: male, 52, commercial airline pilot (still holds class 1 medical), type 2 diabetes diagnosed 2024, on metformin only, HbA1c 6.8 %, BMI 28. Term life EUR 750k to age 65 – indicative terms?
Thanks, Mark Delaney"""))

M("S", "en", "partner", "reinsurer requests the claim file of a named disability claimant under facultative cover; forwarded",
  frm=ADDR("stone"), to=ADDR("stanek"), subj="FW: Claim notification under fac RF-26-L-00512 – Dr. med. Nikolai Berg",
  date="2026-12-11 15:20", sig="stone", sigstyle="short", lang="en",
  body="""Oliver – Rhein Re want the file for Dr. Berg's claim. Can you prepare a summary (not the full medical file) and send it via the gateway-encrypted channel?

Rebecca""",
  quote=OQ("Fac Life Desk <fac.life@rheinre-fac.example>", "11 December 2026 11:02", ADDR("stone"), "Claim notification under fac RF-26-L-00512", """Rebecca,

thank you for the notification that Dr. med. Nikolai Berg (DOB 30.04.1980) has claimed income protection benefits after a cervical disc prolapse C6/C7 with radiculopathy affecting his right hand, unable to operate since September. As we hold 55.6 % of the risk, please send us:

- claim form and your assessment
- neurosurgeon's report and MRI findings
- your view on the own-occupation definition for a surgeon

Kind regards
Fac Life Desk, Rhein Re""", lang="en"))

M("N", "de", "insurer-to-broker", "trap: blank risk pre-enquiry form announced for the broker portal; explains what anonymous means",
  frm=ADDR("holm"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Neues Formular für anonyme Risikovoranfragen",
  date="2026-12-14 09:10", sig="holm",
  body="""Sehr geehrte Damen und Herren,

ab sofort gibt es im Maklerportal ein neues Formular für Risikovoranfragen in Kranken, BU und Leben. Bitte beachten Sie:

- Anonym heißt: kein Name, keine Initialen, kein Geburtsdatum, kein Wohnort. Alter in Jahren, Beruf und Bundesland genügen.
- Befunde und Arztberichte bitte nur geschwärzt hochladen (Name, Geburtsdatum, Adresse, Versichertennummer).
- Wir antworten innerhalb von 2 Arbeitstagen mit einer unverbindlichen Einschätzung.

Für Voranfragen, die nicht anonym sind, nutzen Sie bitte die Funktion "Voranfrage mit Kundendaten" – dann liegt auch die Schweigepflichtentbindung vor.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "ODS list of motor contracts of named clients for a portfolio transfer",
  frm=ADDR("arslan"), to="Torsten Kaya <kaya@kaya-assekuranz.example>", subj="Übertragung Kfz-Bestand Vermittler Schuster auf Kaya Assekuranz",
  date="2026-12-16 13:15", sig="arslan",
  body="""Hallo Herr Kaya,

anbei die Liste der 5 Kfz-Verträge, die wir zum 01.01.2027 aus dem Bestand von Herrn Schuster (Ruhestand) auf Sie übertragen. Sie hatten um das LibreOffice-Format gebeten.

Viele Grüße
Deniz Arslan""",
  att=[ODS("Uebertragung_Kfz_Schuster_Kaya.ods", {"Kfz": [
      ["VN", "Anschrift", "Vertrag", "Kennzeichen", "SF KH", "Beitrag 2027"],
      ["Henning Lüdtke", "Bramfelder Chaussee 210, 22177 Hamburg", "KF-21599301", "HH-HL 210", "SF 21", 455.30],
      ["Aylin Kara", "Wandsbeker Marktstraße 9, 22041 Hamburg", "KF-21610782", "HH-AK 91", "SF 6", 803.12],
      ["Detlef Brauer", "Am Stadtpark 4, 22303 Hamburg", "KF-21620045", "HH-DB 1961", "SF 35", 388.00],
      ["Natalia Wójcik", "Alsterdorfer Str. 55, 22299 Hamburg", "KF-21633380", "HH-NW 7", "SF 2", 1044.70],
      ["Jens Ohlsen", "Hofweg 18, 22085 Hamburg", "KF-21647719", "HH-JO 480", "SF 13", 519.85]]})])

M("N", "de", "insurer-to-broker", "trap: tariff calculator example with a fictitious sample customer",
  frm=ADDR("vogel"), to="Maklerpartner Region Süd <makler-sued@versicherer.example>", subj="Rechenbeispiel BU Komfort 2026 für Ihre Beratungsgespräche",
  date="2026-12-17 08:45", sig="vogel", html=True,
  tables={"rb": ([["Musterkunde (fiktiv)", "BU-Rente", "Endalter", "Zahlbeitrag mtl."],
                  ["30 J., Bürokaufmann, BG 1+", "1.500 EUR", "67", "48,90 EUR"],
                  ["30 J., Kfz-Mechatroniker, BG 3", "1.500 EUR", "67", "94,15 EUR"],
                  ["25 J., Studentin Medizin, BG 1", "1.000 EUR", "67", "29,70 EUR"],
                  ["40 J., Ingenieur, BG 1", "2.500 EUR", "65", "101,40 EUR"]], "pipe")},
  body="""Liebe Partnerinnen und Partner,

für Ihre Beratung ein paar Rechenbeispiele mit fiktiven Musterkunden (ohne Vorerkrankungen, Nichtraucher):

[[rb]]

Alle Beiträge inklusive Überschussverrechnung, Stand 01/2026. Für individuelle Angebote nutzen Sie bitte den Tarifrechner.

Herzliche Grüße aus München
Katharina Vogel""")

M("C", "de", "broker", "storm damage to a named client's roof reported by the broker with IBAN for the payout",
  frm=ADDR("demir"), to=ADDR("becker"), subj="WG: Sturmschaden Dach – Zahlung an Kunden, bitte IBAN prüfen",
  date="2026-12-21 11:40", sig="demir", sigstyle="short",
  body="""Hannes, kannst Du die Bankverbindung gegen den Bestand prüfen? Sie weicht vom Lastschriftkonto ab, und wir hatten im Herbst zwei Betrugsversuche mit geänderten IBANs.

Aylin""",
  quote=OQ("Ole Hansen <o.hansen@hansen-versicherungsmakler.example>", "Freitag, 18. Dezember 2026 15:02", "schaden-sach@versicherer.example",
           "Sturmschaden Dach – Herr Hauke Jessen, WG-3318840", """Sehr geehrte Damen und Herren,

beim Sturm am 16.12. wurden auf dem Haus meines Kunden Hauke Jessen, Strandweg 11, 25999 Kampen, rund 30 m² Reetdach beschädigt. Der Dachdecker hat notgesichert; Angebot über 14.860 EUR anbei.

Bitte die Entschädigung überweisen an:
Hauke Jessen, IBAN """ + IB("DE", "512175000000145566") + """, Nord-Ostsee Sparkasse

Mit freundlichen Grüßen
Ole Hansen"""))

M("S", "de", "insurer-to-broker", "reduction of a named client's daily sickness allowance after an income drop; health contract with income figures",
  frm=ADDR("nguyen"), to="Versicherungsbuero Heinz Vollmer <h.vollmer@vollmer-versicherungen.example>", subj="Krankentagegeld Herr Stefan Lorenz – Anpassung an das Einkommen",
  date="2026-12-22 10:20", sig="nguyen", client="thunderbird",
  body="""Sehr geehrter Herr Vollmer,

nach dem Steuerbescheid 2025 Ihres Kunden Herrn Stefan Lorenz lag sein Nettoeinkommen aus selbstständiger Tätigkeit bei 31.200 EUR, also rund 85 EUR pro Kalendertag. Das versicherte Krankentagegeld von 95 EUR übersteigt damit das Nettoeinkommen.

Nach § 4 Abs. 4 MB/KT setzen wir das Tagegeld zum 01.02.2027 auf 85 EUR herab; der Beitrag sinkt entsprechend um 11,40 EUR monatlich. Die laufende Leistung aus der Arbeitsunfähigkeit seit März ist davon nicht betroffen.

Herr Lorenz kann innerhalb von 2 Monaten widersprechen, wenn er nachweist, dass sein Einkommen 2026 wieder höher ist.

Mit freundlichen Grüßen""")

M("N", "de", "newsletter", "trap: job advertisement for a broker relations manager",
  frm=ADDR("weiss"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Wir suchen Verstärkung: Maklerbetreuer/in Kranken (m/w/d) Region Nord",
  date="2026-12-02 12:00", sig="weiss",
  body="""Liebe Partnerinnen und Partner,

vielleicht kennen Sie jemanden, der zu uns passt:

Maklerbetreuer/in Krankenversicherung (m/w/d), Region Nord, Homeoffice mit Reisetätigkeit

Ihre Aufgaben: Betreuung von Maklern und Pools in PKV, Zusatz- und Pflegeversicherung, Unterstützung bei Risikovoranfragen und Anträgen, Schulungen.
Ihr Profil: Ausbildung als Kauffrau/-mann für Versicherungen und Finanzanlagen, Erfahrung im Maklervertrieb, Kenntnisse der PKV-Annahmepolitik.
Wir bieten: unbefristete Stelle, Firmenwagen, 30 Tage Urlaub, betriebliche Krankenversicherung.

Bewerbungen bitte über www.versicherer.example/karriere (Kennziffer 2026-KV-117). Bitte senden Sie uns keine Unterlagen per E-Mail.

Nadine Weiß, Personal""")

M("C", "de", "insurer-to-broker", "commission clawback after cancellation of a named client's motor policy",
  frm=ADDR("lutz"), to="Buchhaltung Kaya Assekuranz <buchhaltung@kaya-assekuranz.example>", subj="Rückbelastung Courtage KF-22130055 – Emre Yildiz",
  date="2026-12-23 07:40", sig="lutz", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

der Kfz-Vertrag KF-22130055 Ihres Kunden Herrn Emre Yildiz wurde von uns nach dem dritten Schaden im Jahr 2026 zum 31.12.2026 gekündigt (Schadenfallkündigung). Die für 2026 vorschüssig gezahlte Courtage wird für den nicht verdienten Zeitraum anteilig zurückbelastet: 13,79 EUR, Verrechnung mit der Dezember-Abrechnung.

Mit freundlichen Grüßen
Patrick Lutz""")

M("N", "de", "insurer-to-broker", "trap: general answer on retention periods of broker post and audit logs",
  frm=ADDR("hein"), to="Ilse Korte <korte@korte-partner-makler.example>", subj="AW: Wie lange bleiben Dokumente in der Vermittlerpost?",
  date="2026-12-23 10:30", sig="hein", sigstyle="short",
  body="""Hallo Frau Korte,

Dokumente bleiben 90 Tage in Ihrem Postfach der elektronischen Vermittlerpost und werden danach automatisch gelöscht – bitte speichern Sie alles, was Sie brauchen, in Ihrem Maklerverwaltungsprogramm. Bei uns bleiben die Originale selbstverständlich in der Vertragsakte.

Wer wann welches Dokument abgerufen hat, protokollieren wir; das Protokoll wird 6 Jahre aufbewahrt. Auf Anfrage können wir Ihnen als Makleradministratorin einen Auszug für Ihre Nutzer erstellen.

Viele Grüße
Kerstin Hein""")

M("S", "de", "insurer-to-broker", "accidental death benefit for a named client after a traffic accident, with beneficiaries",
  frm=ADDR("albrecht"), to="Petra Wiegand <wiegand@finanzkontor-wiegand.example>", subj="Unfalltod Herr Marco Bellini – UV 71-0399012",
  date="2026-12-28 11:50", sig="albrecht",
  body="""Sehr geehrte Frau Wiegand,

mit großem Bedauern haben wir vom Tod Ihres Kunden Herrn Marco Bellini erfahren. Nach dem Polizeibericht kam er am 19.12.2026 auf der B6 bei Sarstedt bei einem Frontalzusammenstoß mit einem entgegenkommenden Fahrzeug ums Leben; der Unfallverursacher war alkoholisiert. Eine Blutprobe bei Herrn Bellini war negativ.

Aus der Unfallversicherung zahlen wir die Todesfallleistung von 50.000 EUR. Da kein Bezugsberechtigter benannt ist, benötigen wir den Erbschein. Die Erben können sich gern direkt an mich wenden.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "household application data of a named client with birth date and prior claims",
  frm=ADDR("kowalski"), to="Vincent Graf <graf@graf-finanz.example>", subj="Hausratantrag Frau Johanna Seitz – Vorschäden",
  date="2026-12-29 09:25", sig="kowalski",
  body="""Sehr geehrter Herr Graf,

zum Hausratantrag Ihrer Kundin Frau Johanna Seitz, geb. 12.12.1987, Luitpoldstraße 41, 96052 Bamberg: im Antrag sind zwei Vorschäden angegeben (Fahrraddiebstahl 2024, 1.150 EUR; Leitungswasser 2025, 3.800 EUR, beide beim Vorversicherer). Das ist für uns in Ordnung; wir vereinbaren jedoch eine Selbstbeteiligung von 250 EUR.

Versicherungssumme: 65.000 EUR (100 m² x 650 EUR, Unterversicherungsverzicht)
Jahresbeitrag: 178,40 EUR

Bitte bestätigen Sie uns die Selbstbeteiligung, dann policieren wir zum 01.01.2027.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: anonymised data-protection incident note: a broker sent a client list to a wrong address; no names in the note",
  frm=ADDR("meier"), to="Vertrieb Führungskreis <vertrieb-fk@versicherer.example>", subj="Datenschutzvorfall im Maklerkanal – Lessons learned",
  date="2026-11-30 14:10", sig="meier",
  body="""Liebe Kolleginnen und Kollegen,

zur Information über einen Vorfall im November (Meldung an die Aufsichtsbehörde ist erfolgt, Aktenzeichen liegt bei mir):

Ein angebundener Makler hat eine Liste mit Kunden und deren BU-Verträgen an eine falsche Adresse bei uns geschickt – ein Tippfehler in der Domain, die Mail ging an eine fremde Firma. Betroffen waren 12 Personen; alle wurden informiert. Die Liste war nicht verschlüsselt.

Was wir daraus lernen:
1. Makler sollen Listen ausschließlich über das Maklerportal oder verschlüsselt senden – bitte in den Jahresgesprächen ansprechen.
2. Unser Gateway wird ab Januar eingehende unverschlüsselte Mails mit Gesundheitsbezug an den Absender zurückmelden (Hinweis, keine Ablehnung).
3. Das Webinar "Datenschutz im Maklerbüro" im Mai wird Pflichtthema für Top-Partner.

Bitte nennt in der Kommunikation nach außen keine Details, die den Makler identifizierbar machen.

Thomas Meier""")

M("S", "de", "insurer-to-broker", "premium refund for a named client in private health because no claims were made (health contract)",
  frm=ADDR("nguyen"), to="Sandra Michalski <s.michalski@vorsorgeplan-michalski.example>", subj="Beitragsrückerstattung 2025 – Frau Lea Brückner",
  date="2026-07-30 10:00", sig="nguyen", client="thunderbird",
  body="""Liebe Frau Michalski,

Ihre Kundin Frau Lea Brückner erhält für das Jahr 2025 eine erfolgsabhängige Beitragsrückerstattung von 3 Monatsbeiträgen, also 1.094,40 EUR, weil sie 2025 keine Leistungen in Anspruch genommen hat. Die Auszahlung erfolgt Ende August auf ihr Beitragskonto.

Falls Frau Brückner noch Rechnungen aus 2025 zurückhält: Sie sollte nur einreichen, wenn der Betrag über 1.094,40 EUR liegt, sonst verliert sie die Rückerstattung.

Viele Grüße""")

M("N", "de", "newsletter", "trap: Christmas greeting from broker relations, ISO-8859-1 encoded",
  frm=ADDR("falk"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Frohe Weihnachten und ein gesundes neues Jahr!",
  date="2026-12-22 16:00", sig="falk", charset="iso-8859-1",
  body="""Liebe Maklerpartnerinnen und Maklerpartner,

ein bewegtes Jahr geht zu Ende: neue BU- und Pflegetarife, das Maklerforum mit über 200 Gästen und die Umstellung auf die verschlüsselte Kommunikation. Für Ihr Vertrauen und die gute Zusammenarbeit danken wir Ihnen herzlich.

Statt Geschenken spenden wir auch in diesem Jahr an die Kinderhospizarbeit in Köln.

Wir wünschen Ihnen und Ihren Familien frohe Weihnachten, erholsame Feiertage und vor allem Gesundheit im neuen Jahr.

Ihre Maklerbetreuung""")

M("C", "de", "broker", "electronics insurance claim for a named client's broken smartphone, with device serial and policy",
  frm=ADDR("demir"), to="Bernd Auer <auer@auer-versicherungen.example>", subj="AW: Displaybruch Smartphone – Frau Katja Kessler",
  date="2026-12-30 10:05", sig="demir", sigstyle="short",
  body="""Hallo Herr Auer,

Reparatur ist freigegeben (Schadennummer EL-26-0012077). Frau Kessler kann das Gerät in jede autorisierte Werkstatt bringen, die Rechnung bitte direkt an uns; Selbstbeteiligung 50 EUR.

Gruß
Aylin Demir""",
  quote=Q("""Hallo Frau Demir,
Frau Katja Kessler (Elektronikversicherung EV-0048821) ist das Handy runtergefallen, Display gebrochen. iPhone 15, Seriennummer F2LXK7Q9PN, gekauft 10/2024. KVA 389 EUR.
Danke, Bernd Auer"""))


# ---------------- batch 9 (last two) ----------------

M("N", "de", "insurer-to-broker", "trap: survey among brokers on secure e-mail (S/MIME, portal, consent); no personal data",
  frm=ADDR("fischer"), to="Maklerpartner <maklerverteiler@versicherer.example>", subj="Kurzumfrage: Wie tauschen Sie vertrauliche Unterlagen mit uns aus?",
  date="2026-10-29 08:30", sig="fischer", sigstyle="short",
  body="""Liebe Partnerinnen und Partner,

wir möchten die sichere Kommunikation mit Ihnen einfacher machen und bitten um 3 Minuten Ihrer Zeit:

1. Nutzen Sie ein eigenes S/MIME-Zertifikat? (ja / nein / weiß nicht)
2. Wie oft loggen Sie sich im SecureMail-Portal ein, um Nachrichten von uns zu lesen?
3. Liegen Ihnen für Ihre Kunden Einwilligungen zur E-Mail-Kommunikation ohne Ende-zu-Ende-Verschlüsselung vor?
4. Würde Ihr Maklerverwaltungsprogramm eine Gateway-Verschlüsselung unterstützen?

Zur Umfrage: www.versicherer.example/makler/umfrage-sichere-mail (anonym, bis 20.11.)

Tim Fischer
Informationssicherheit""", disc=False)

M("C", "de", "insurer-to-broker", "photovoltaic insurance for a named homeowner with feed-in income and installation address",
  frm=ADDR("hartmann"), to="Jochen Pfeiffer <pfeiffer@allfinanz-pfeiffer.example>", subj="Photovoltaikversicherung – Herr Gregor Wittmann, Angebot",
  date="2026-11-26 13:50", sig="hartmann",
  body="""Sehr geehrter Herr Pfeiffer,

für die Photovoltaikanlage Ihres Kunden Herrn Gregor Wittmann (Anlagenstandort und Wohnsitz: Wiesenstraße 17, 27356 Rotenburg (Wümme), 14,6 kWp, Batteriespeicher 10 kWh, Inbetriebnahme 09/2026) bieten wir an:

Allgefahrendeckung inkl. Diebstahl, Überspannung, Tierbiss: Versicherungssumme 28.400 EUR
Ertragsausfall: Herr Wittmann gibt Einspeiseerlöse von rund 1.350 EUR jährlich und eine Eigenverbrauchsersparnis von rund 1.100 EUR an; versichert werden pauschal 2.500 EUR jährlich
Jahresbeitrag: 118,00 EUR, Selbstbeteiligung 150 EUR

Bitte beachten Sie, dass die Anlage nicht bereits in der Wohngebäudeversicherung bei einem anderen Versicherer eingeschlossen sein sollte, um Doppelversicherung zu vermeiden.

Mit freundlichen Grüßen""")


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
