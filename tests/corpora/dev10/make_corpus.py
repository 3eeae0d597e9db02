#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel tenth development corpus generator (corpora/dev10).

Writes mails/d10-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2;
the office and PDF builders are written with the standard library only.

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
    "haas": ("Corinna Haas", "corinna.haas", "Vermittlerabrechnung / Courtage", "Broker Commission Accounting", "grp", "-1650"),
    "petersen": ("Malte Petersen", "malte.petersen", "Kundenservice Vertragsänderungen", "Customer Service, Policy Changes", "av", "-3044"),
    "wolff": ("Sandra Wolff", "sandra.wolff", "Fahrrad- und Elektronikversicherung", "Bicycle & Electronics Insurance", "av", "-4860"),
    "yildiz": ("Deniz Yıldız", "deniz.yildiz", "Leistungsservice Krankenzusatz", "Supplementary Health Claims", "kv", "-3530"),
    "kessler": ("Jonas Keßler", "jonas.kessler", "Kfz-Vertrag / eVB-Service", "Motor Policy Service", "av", "-4091"),
    "ortmann": ("Britta Ortmann", "britta.ortmann", "Leistung Berufsunfähigkeit", "Disability Claims", "lv", "-2640"),
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


# ---- office / PDF builders written with the standard library only ------------------
# (dev2 used openpyxl, python-docx, odfpy and fpdf2; this corpus builds the same
#  formats by hand: minimal but valid OOXML / ODF packages and PDF 1.4 with a text layer)

def _x(s):
    return htmlmod.escape("" if s is None else str(s), quote=True)


def _zipbuild(members, stored_first=None):
    """members: list of (name, bytes|str); fixed times from _STAMP."""
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


_XMLHDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core_xml(author, title=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    return (_XMLHDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            '<cp:revision>1</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _app_xml(app):
    return (_XMLHDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>{app}</Application>'
            '<DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>')


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    names = list(sheets)
    ct = [_XMLHDR, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    for i in range(len(names)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
           '</Types>']
    rels = (_XMLHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = [_XMLHDR, '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wbrels = [_XMLHDR, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for i, name in enumerate(names):
        wb.append(f'<sheet name="{_x(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
        wbrels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                      f'Target="worksheets/sheet{i + 1}.xml"/>')
        rows = sheets[name]
        ncol = max((len(r) for r in rows), default=1)
        sx = [_XMLHDR, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>']
        for c in range(ncol):
            w = max((len(str(r[c])) if c < len(r) and r[c] is not None else 0) for r in rows)
            sx.append(f'<col min="{c + 1}" max="{c + 1}" width="{min(48, max(8, w + 2))}" customWidth="1"/>')
        sx.append('</cols><sheetData>')
        for ri, r in enumerate(rows, 1):
            sx.append(f'<row r="{ri}">')
            for ci, v in enumerate(r):
                ref = f"{_col(ci)}{ri}"
                st = ' s="1"' if ri == 1 else ""
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    sx.append(f'<c r="{ref}"{st} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            sx.append('</row>')
        sx.append('</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", "".join(sx)))
    wb.append('</sheets></workbook>')
    wbrels.append(f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wbrels.append('</Relationships>')
    styles = (_XMLHDR + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    allm = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("docProps/app.xml", _app_xml("Microsoft Excel")),
            ("docProps/core.xml", _core_xml(author)), ("xl/workbook.xml", "".join(wb)),
            ("xl/_rels/workbook.xml.rels", "".join(wbrels)), ("xl/styles.xml", styles)] + members
    data = _zipbuild(allm)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _odf_pkg(mime, content, author):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
            f'<office:meta><meta:generator>LibreOffice/7.6</meta:generator><dc:creator>{_x(author)}</dc:creator>'
            f'<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date></office:meta></office:document-meta>')
    return _zipbuild([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("meta.xml", meta), ("content.xml", content)],
                     stored_first="mimetype")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')


def _odf_rows(rows):
    out = []
    for r in rows:
        out.append("<table:table-row>")
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                out.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
    return "".join(out)


def _ods(fn, sheets, author="Versicherer"):
    body = "".join(f'<table:table table:name="{_x(name)}">{_odf_rows(rows)}</table:table>' for name, rows in sheets.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}><office:body><office:spreadsheet>'
               f'{body}</office:spreadsheet></office:body></office:document-content>')
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    return Att(fn, _odf_pkg(mime, content, author), "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _odt(fn, blocks, author="Versicherer"):
    out = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            n = len(b[1][0])
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{n}"/>'
                       f'{_odf_rows(b[1])}</table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}><office:body><office:text>'
               f'{"".join(out)}</office:text></office:body></office:document-content>')
    mime = "application/vnd.oasis.opendocument.text"
    return Att(fn, _odf_pkg(mime, content, author), "application", "vnd.oasis.opendocument.text", kind="odt")


def _wrun(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    parts = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{_x(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def _docx(fn, blocks, author="Versicherer", octet=False):
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            lvl = b[2] if len(b) > 2 else 1
            body.append(f'<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>{_wrun(b[1], True, 28 if lvl == 1 else 24)}</w:p>')
        elif b[0] in ("p", "small"):
            body.append(f"<w:p>{_wrun(b[1], size=16 if b[0] == 'small' else None)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            n = len(rows[0])
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 + "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                           for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
                 + '</w:tblBorders></w:tblPr><w:tblGrid>' + f'<w:gridCol w:w="{9000 // n}"/>' * n + '</w:tblGrid>']
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{9000 // n}" w:type="dxa"/></w:tcPr><w:p>'
                                            f'{_wrun("" if v is None else str(v), bold=(i == 0))}</w:p></w:tc>' for v in r) + "</w:tr>")
            t.append("</w:tbl><w:p/>")
            body.append("".join(t))
    doc = (_XMLHDR + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = (_XMLHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (_XMLHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    data = _zipbuild([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", _app_xml("Microsoft Office Word")),
                      ("docProps/core.xml", _core_xml(author)), ("word/document.xml", doc)])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _pdf_str(s):
    import unicodedata
    s = s.translate(_PDF_MAP)
    b = bytearray()
    for ch in s:
        try:
            b += ch.encode("cp1252")
        except UnicodeEncodeError:
            b += unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore") or b"?"
    return bytes(b).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, n):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > n:
                out.append(line)
                line = w
            else:
                line = w if not line else line + " " + w
        out.append(line)
    return out


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Hand-built PDF 1.4: Helvetica / Helvetica-Bold / Courier (WinAnsiEncoding),
    Flate-compressed content streams, A4, automatic page breaks."""
    import zlib
    lines = []          # (font, size, leading, text-bytes)
    for b in _blocks(blocks):
        if b[0] == "h":
            sz = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _wrap(b[1], 66 if sz == 13 else 78):
                lines.append(("F2", sz, sz + 4, l))
            lines.append(None)
        elif b[0] == "p":
            for l in _wrap(b[1], 92):
                lines.append(("F1", 10, 13, l))
            lines.append(None)
        elif b[0] == "small":
            for l in _wrap(b[1], 130):
                lines.append(("F1", 7, 9, l))
            lines.append(None)
        elif b[0] == "t":
            tl = table_text(b[1]).split("\n")
            wmax = max(len(x) for x in tl)
            sz = 8.5 if wmax <= 94 else 7 if wmax <= 114 else 6
            for i, l in enumerate(tl):
                lines.append(("F3", sz, sz + 3, l))
                if i == 0:
                    lines.append(("F3", sz, sz + 3, "-" * min(wmax, 140)))
            lines.append(None)
    pages, cur, y = [], [], 800
    for item in lines:
        if item is None:
            y -= 6
            continue
        f, sz, lead, text = item
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        cur.append(f"BT /{f} {sz} Tf 56 {y} Td (".encode() + _pdf_str(text) + b") Tj ET")
    pages.append(cur)
    objs = {}
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 7
    for pg in pages:
        stream = zlib.compress(b"\n".join(pg) + b"\n", 9)
        objs[nxt + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[nxt] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R "
                     b"/F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>" % (nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    ds = _STAMP[0].strftime("D:%Y%m%d%H%M%S+01'00'").encode()
    info = b"<< /Producer (Versicherer Output 7.4) /Creator (Siegel dev10 corpus) /CreationDate (" + ds + b")"
    if title:
        info += b" /Title (" + _pdf_str(title) + b")"
    info += b" /Author (" + _pdf_str(author) + b") >>"
    objs[6] = info
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += (b"%010d 00000 n \n" % offs[k]) if k in offs else b"0000000000 65535 f \n"
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (n, fid, fid, xref)
    data = bytes(out)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Text layer of a PDF written by _pdf (for --check)."""
    import zlib
    txt = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            s = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            txt.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
    return "\n".join(txt)


def office_text(name, data):
    """Plain text of an OOXML / ODF package (for --check); also parses every XML member."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    texts = []
    for n in z.namelist():
        if n.endswith((".xml", ".rels")):
            root = ET.fromstring(z.read(n))
            if n in ("word/document.xml", "content.xml") or n.startswith("xl/worksheets/"):
                texts.append(" ".join(t for t in root.itertext()))
    need = {".xlsx": "xl/workbook.xml", ".docx": "word/document.xml", ".ods": "content.xml", ".odt": "content.xml"}
    for ext, member in need.items():
        if name.lower().endswith(ext):
            assert member in z.namelist(), (name, member)
            if ext in (".ods", ".odt"):
                assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    return " ".join(texts)


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


def _html(fn, text, enc="utf-8"):
    return Att(fn, text, "text", "html", charset=enc, kind="html")


def HTMLA(*a, **k):
    return Lazy("html", _html, a, k)


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
    salt = f"d10|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d10-{n:04d}.eml"
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
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            if low.endswith((".xlsx", ".docx", ".odt", ".ods")):
                assert office_text(fname, data).strip(), (fn, fname, "empty office document")
            if low.endswith(".zip"):
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            assert pdf_text(data).strip(), (fn, fname, "empty PDF text")
            pdfs += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt", ".htm", ".html")):
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
        assert str(msg["From"]).endswith(f"@{DOM}>") or str(msg["From"]).endswith(f"@{DOM}"), (fn, msg["From"])
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


# ---- batch 1 ---------------------------------------------------------------

M("C", "de", "insurer-to-customer", "named customer, motor contract number and new IBAN for the direct debit",
  frm=ADDR("becker"), to="Holger Brinkmann <h.brinkmann@t-online.example>",
  subj="Ihre neue Bankverbindung – Kfz-Vertrag KH 44-718 203-5", date="2026-01-07 09:14",
  body=f"""Sehr geehrter Herr Brinkmann,

vielen Dank für Ihre Nachricht vom 5. Januar. Wir haben die neue Bankverbindung für Ihren
Kfz-Vertrag KH 44-718 203-5 (Hyundai i30, Kennzeichen GL-HB 612) hinterlegt:

Kontoinhaber: Holger Brinkmann
IBAN: {IB("DE", "37040000" + "0428173355")}
Kreditinstitut: Commerzbank Bergisch Gladbach

Das neue SEPA-Lastschriftmandat hat die Mandatsreferenz KFZ-0447182035-02. Der nächste
Beitrag über 38,62 EUR wird am 1. Februar 2026 von diesem Konto eingezogen. Die alte
Verbindung bei der Sparkasse haben wir gelöscht.

Mit freundlichen Grüßen
""", sig="becker")

M("N", "de", "internal", "trap: colleague's 40th birthday party, no personal data beyond name and age",
  frm=ADDR("kowalski"), to="Kundenservice Team <ks-team@versicherer.example>",
  subj="Psst – Jana wird 40 🎉", date="2026-01-08 11:02", client="outlook",
  body="""Hallo zusammen,

unsere Jana hat am Donnerstag nächster Woche Geburtstag – und zwar einen runden! Wir wollen
sie um 14:30 Uhr in der Teeküche 3. OG überraschen.

Wer etwas beisteuern möchte: Die Sammelbox für das Geschenk (Gutschein fürs Theater am Dom)
steht bis Mittwoch bei mir am Platz. 5 Euro wären toll, mehr geht natürlich auch.

Kuchen: Martin backt seinen legendären Zupfkuchen, Sevgi bringt Börek mit. Wer noch etwas
mitbringen will, trägt sich bitte in die Liste im Teams-Kanal ein.

Bitte NICHT im Kanal „Allgemein“ posten, Jana liest da mit 😉

Liebe Grüße
Lena
""")

M("S", "de", "insurer-to-customer", "reimbursement statement listing a named insured's physiotherapy and doctor billing positions",
  frm=ADDR("yildiz"), to="Renate Obermaier <renate.obermaier@gmx.example>",
  subj="Ihre Erstattung vom 12.01.2026 – Vers.-Nr. KZ 5531.902.117", date="2026-01-12 15:40",
  body="""Sehr geehrte Frau Obermaier,

für die eingereichten Belege haben wir folgende Beträge erstattet:

Rechnung Praxis für Physiotherapie Lindenhof, 03.12.2025
  6 x Krankengymnastik (X0501)              je 28,40 EUR   170,40 EUR
  6 x Wärmetherapie heiße Rolle (X1501)     je  9,10 EUR    54,60 EUR
  erstattungsfähig nach Tarif ZP80 (80 %)                  180,00 EUR

Rechnung Dr. med. Kai Wernicke (Orthopädie), 19.11.2025
  GOÄ 1 Beratung                                            10,72 EUR
  GOÄ 5 symptombezogene Untersuchung                        18,65 EUR
  GOÄ 5035 Röntgen Schulter 2 Ebenen                        30,31 EUR
  erstattungsfähig nach Tarif ZA100                         59,68 EUR

Auszahlung gesamt: 239,68 EUR auf Ihr bekanntes Konto.

Für die Heilmittelverordnung benötigen wir bei weiteren Serien bitte jeweils eine Kopie
der Verordnung Ihres Arztes.

Freundliche Grüße
""", sig="yildiz")

M("C", "de", "insurer-to-customer", "one-line reply; address change, name and household policy number only in the quoted customer mail",
  frm=ADDR("petersen"), to="Sebastian Kraft <sebikraft@posteo.example>",
  subj="AW: Umzug", date="2026-01-09 08:31", client="outlook",
  body="""Hallo Herr Kraft,

passt so, danke – ist erledigt. Die neue Police kommt per Post.

Gruß
Malte Petersen
""",
  quote=OQ("Sebastian Kraft <sebikraft@posteo.example>", "Donnerstag, 8. Januar 2026 22:17",
           "kundenservice@versicherer.example", "Umzug", """Hallo,

ich bin zum 1.2. umgezogen, neue Adresse: Wörthstraße 7, 81667 München (vorher Kaiserstr. 40
in Mainz). Betrifft meine Hausrat HR-2209-447810. Wohnfläche jetzt 74 qm statt 61, bitte
anpassen.

Danke und Gruß
Sebastian Kraft"""))

M("N", "en", "internal", "trap: IT ticket with ticket and asset numbers, no personal data",
  frm="IT Service Desk <servicedesk@versicherer.example>", to=ADDR("whitfield"),
  subj="[INC0048211] Resolved: Shared printer PRN-KOE-3-07 shows 'Offline'", date="2026-01-09 13:05",
  client="system", mailer="ServiceNow",
  body="""Hello Emma,

your incident INC0048211 has been resolved.

Short description: Shared printer PRN-KOE-3-07 shows 'Offline'
Configuration item: PRN-KOE-3-07 (Kyocera TASKalfa 4054ci, asset 0045-88213)
Resolution code: Solved (Permanently)
Resolution notes: Print queue on PRINTSRV02 was paused after the firmware update of
08 Jan. Queue resumed, driver package 7.3.1028 redeployed via Intune. Test page OK.

If you think this incident is not resolved, reply to this mail within 5 working days and
it will be reopened automatically. Otherwise it will be closed on 16 Jan 2026.

Ref:MSG0913377

IT Service Desk · ext. 6000 · https://servicedesk.versicherer.example
""")

M("C", "en", "insurer-to-customer", "named traveller, travel baggage claim number and refund to a Dutch IBAN, no health content",
  frm=ADDR("seidel"), to="Pieter de Groot <pieter.degroot@ziggo.example>",
  subj="Your baggage claim RG-26-004417 – settlement", date="2026-01-13 10:22",
  body=f"""Dear Mr de Groot,

thank you for sending the airline's Property Irregularity Report (AMS, 28 December 2025,
file reference AMSKL48812) and the receipts for the replacement purchases.

Your travel policy RV 7710-3382-01 covers delayed baggage with up to EUR 400 per person.
We accept the following items:

  toiletries and chargers         EUR  46.80
  two shirts, underwear           EUR 121.45
  winter jacket (receipt 29 Dec)  EUR 189.00
  total                           EUR 357.25

The amount will be transferred within three working days to

  P. de Groot, {IB("NL", "INGB0671802394", 4)}

Kind regards
""", sig="seidel", lang="en")

M("S", "de", "insurer-to-customer", "individual accident insurance benefit for a named insured; injury described in plain words",
  frm=ADDR("albrecht"), to="Marcel Jansen <marcel.jansen@web.example>",
  subj="Unfallversicherung 61 0093 4471 – Ihre Meldung vom 2. Januar", date="2026-01-14 09:48",
  body="""Sehr geehrter Herr Jansen,

wir haben Ihre Unfallmeldung erhalten: Sie sind am 31. Dezember beim Abbauen der
Silvesterdeko von der Leiter gefallen und haben sich dabei das rechte Handgelenk
gebrochen, das in der Notaufnahme mit einer Platte versorgt wurde.

Damit wir die Leistungen aus Ihrem Vertrag prüfen können, senden Sie uns bitte:

1. den Entlassbericht bzw. den Durchgangsarztbericht,
2. die Bescheinigung über die Dauer der Arbeitsunfähigkeit,
3. falls vorhanden, die Rechnung für die Gipsschiene.

Das vereinbarte Krankenhaustagegeld für den einen Tag stationär (31.12.–01.01.) zahlen
wir schon jetzt aus. Über eine mögliche Invalidität können wir erst nach Abschluss der
Behandlung entscheiden – spätestens 15 Monate nach dem Unfall muss sie ärztlich
festgestellt sein.

Gute Besserung!

Mit freundlichen Grüßen
""", sig="albrecht")

M("N", "de", "insurer-to-supplier", "trap: purchase order to a company, supplier invoice numbers and the supplier's GmbH bank account",
  frm=ADDR("krueger"), to="Auftragsannahme Bürowelt Rhein GmbH <auftrag@buerowelt-rhein.example>",
  subj="Bestellung 4500218832 – Hängeregister und Toner", date="2026-01-14 11:30",
  body=f"""Guten Tag,

hiermit bestellen wir zu unserem Rahmenvertrag RV-2024-017:

Pos. 10  Hängeregister A4 Leitz, grün, 25er Pack      40 Pack   ArtNr. 19.0831
Pos. 20  Toner Kyocera TK-8545K schwarz                12 Stk   ArtNr. 77.4410
Pos. 30  Toner Kyocera TK-8545C/M/Y (je 4)             12 Stk   ArtNr. 77.4411-3

Lieferadresse: Versicherer Holding AG, Warenannahme Tor 2, Rheinuferstraße 12, 50667 Köln
Bitte Bestellnummer 4500218832 auf Lieferschein und Rechnung angeben.

Noch ein Hinweis aus der Buchhaltung: Ihre Rechnungen RE-25-11873 und RE-25-11902 sind
am 9.1. auf Ihr Konto {IB("DE", "37050198" + "1930044518")} (Sparkasse KölnBonn) bezahlt
worden; die Mahnung vom 12.1. hat sich damit erledigt.

Freundliche Grüße
""", sig="krueger")

M("C", "de", "insurer-to-broker", "commission statement CSV naming the broker's private clients with policy numbers (motor, household)",
  frm=ADDR("haas"), to="Versicherungsmakler Jürgen Pohl e.K. <buero@pohl-makler.example>",
  subj="Courtageabrechnung Dezember 2025 – Vermittlernr. 4471-220", date="2026-01-15 07:55",
  body="""Sehr geehrter Herr Pohl,

anbei erhalten Sie die Courtageabrechnung für Dezember 2025. Die Gutschrift über
1.284,37 EUR wird mit Wertstellung 20.01.2026 überwiesen.

Bei Rückfragen zu einzelnen Positionen geben Sie bitte immer die Belegnummer an.

Mit freundlichen Grüßen
""", sig="haas",
  att=[CSV("Courtage_4471-220_2025-12.csv", [
      ["Belegnr", "Kunde", "Vertrag", "Sparte", "Beitrag netto", "Satz", "Courtage"],
      ["CT2512-0001", "Wilms, Gerda", "KH 44-702 118-3", "Kfz", "612,40", "7,5%", "45,93"],
      ["CT2512-0002", "Arslan, Mehmet", "HR-2209-331907", "Hausrat", "118,20", "20%", "23,64"],
      ["CT2512-0003", "Arslan, Mehmet", "PH-3301-228815", "Privathaftpflicht", "74,90", "20%", "14,98"],
      ["CT2512-0004", "Schoenfeld, Kathrin", "WG-5120-009341", "Wohngebäude", "963,00", "12%", "115,56"],
      ["CT2512-0005", "Pohl Makler intern Storno", "KH 44-699 003-1", "Kfz", "-233,10", "7,5%", "-17,48"],
      ["CT2512-0006", "Baumgart, Timo", "RS-8810-044620", "Rechtsschutz", "289,50", "15%", "43,43"],
  ], enc="windows-1252", sub="excel")])

M("N", "de", "newsletter", "trap: tariff calculator release notes with example birth dates for clearly fictitious model customers",
  frm="Vertriebsinfo <vertriebsinfo@versicherer.example>", to="Vertriebspartner Verteiler <vertriebspartner@versicherer.example>",
  subj="Tarifrechner 26.1: neue Hausrat- und Unfalltarife online", date="2026-01-16 06:30",
  body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

ab Montag, 19. Januar, ist Version 26.1 unseres Tarifrechners freigeschaltet.

Was ist neu?
• Hausrat Komfort+ mit Fahrraddiebstahl bis 10.000 EUR ohne Nachtzeitklausel
• Unfall Aktiv 2026: Progression 350 % und Leistung bei Gelenkinfektion nach Zeckenstich
• Kombirabatt ab drei Sparten jetzt 12 %

Zum Testen haben wir die bekannten Musterkunden aktualisiert:

  Musterkunde A: Max Mustermann, geb. 01.01.1980, Bürokaufmann, PLZ 50667
  Musterkunde B: Erika Musterfrau, geb. 12.08.1964, Lehrerin, PLZ 80331
  Musterfamilie C: zwei Erwachsene (Jg. 1988/1990), ein Kind (Jg. 2019), PLZ 20095

Die Beispielrechnungen im Verkaufshandbuch beziehen sich auf diese fiktiven Kunden.

Alte Angebote aus Version 25.4 bleiben bis 31. März 2026 annahmefähig.

Ihr Team Vertriebsunterstützung

Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner registriert sind.
Abmelden: https://partner.versicherer.example/newsletter
""")

M("S", "de", "internal", "HR arranges a named employee's graded return to work after illness (Hamburger Modell)",
  frm=ADDR("weiss"), to="Kerstin Hahn <kerstin.hahn@versicherer.example>",
  subj="Stufenweise Wiedereingliederung Herr Böttcher ab 02.02.", date="2026-01-16 14:12",
  body="""Hallo Kerstin,

wie telefonisch besprochen: Herr Dirk Böttcher aus deinem Team beginnt am 2. Februar mit
der stufenweisen Wiedereingliederung. Der Plan seiner Hausärztin sieht vor:

  02.02.–15.02.  3 Stunden täglich, kein Telefondienst
  16.02.–01.03.  5 Stunden täglich
  ab 02.03.      volle Stundenzahl, sofern die Ärztin zustimmt

Er ist in dieser Zeit weiter krankgeschrieben und bekommt Krankengeld von seiner Kasse,
von uns also kein Gehalt. Bitte plane ihn nicht für die Schulung am 10.2. ein und achte
darauf, dass er die Pausen wirklich macht.

Die Unterlagen liegen in der Personalakte, bitte nicht an das Team weitergeben. Das BEM-
Gespräch machen wir Ende März gemeinsam.

Viele Grüße
Nadine
""")

M("C", "de", "insurer-to-customer", "second dunning letter for a named customer's household premium, contract number and amount",
  frm="Beitragsservice <beitragsservice@versicherer.example>", to="Andrzej Nowak <a.nowak@freenet.example>",
  subj="2. Mahnung – Hausratversicherung Nr. 22 09 58 13 30", date="2026-01-19 05:45", client="system",
  body="""Sehr geehrter Herr Nowak,

leider konnten wir bis heute keinen Zahlungseingang für Ihre Hausratversicherung
Nr. 22 09 58 13 30 feststellen.

  Folgebeitrag 01.12.2025 – 30.11.2026      142,80 EUR
  Rücklastschriftgebühr Ihrer Bank            3,50 EUR
  offen                                      146,30 EUR

Bitte überweisen Sie den Betrag bis spätestens 02.02.2026 unter Angabe der
Vertragsnummer. Geht die Zahlung nicht fristgerecht ein, sind wir nach § 38 VVG
berechtigt, den Vertrag fristlos zu kündigen; für Schäden ab diesem Zeitpunkt besteht dann
kein Versicherungsschutz.

Haben Sie inzwischen gezahlt? Dann betrachten Sie dieses Schreiben bitte als gegenstandslos.

Ihr Beitragsservice
Versicherer Allgemeine Versicherung AG
Diese Nachricht wurde automatisch erstellt.
""")

M("N", "en", "insurer-to-partner", "trap: press release with portfolio figures and a named board member speaking officially",
  frm=ADDR("baumann"), to="Press distribution list <presse-verteiler@versicherer.example>",
  subj="Press release: Versicherer closes 2025 with record storm claims and stable combined ratio",
  date="2026-01-20 10:00",
  body="""PRESS RELEASE – for immediate publication

Cologne, 20 January 2026 – Versicherer Allgemeine Versicherung AG paid out EUR 412 million
for natural-hazard claims in 2025, the highest amount in the company's history. Around
61,000 policyholders reported damage from the storms "Kasimir" and "Lotte" alone.

Preliminary figures (HGB, unaudited):
  gross written premiums      EUR 2.18 bn (+5.9 %)
  combined ratio (net)        94.7 % (2024: 95.1 %)
  contracts in force          4.3 million

"Our claims teams settled 85 per cent of the storm claims within 14 days," said Andreas
Köhnen, CEO. "That is what customers remember."

The full annual report will be published on 26 March 2026.

Press contact: Julia Baumann, Corporate Communications, +49 221 555-1010,
presse@versicherer.example
""", lang="en")

M("C", "de", "insurer-to-customer", "name change after marriage with maiden name, liability and legal expenses policy numbers",
  frm=ADDR("petersen"), to="Lisa Hoffmeister <lisa.hoffmeister@icloud.example>",
  subj="Namensänderung in Ihren Verträgen", date="2026-01-20 16:20",
  body="""Liebe Frau Hoffmeister,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren neuen Namen in beiden Verträgen
übernommen:

  Privathaftpflicht   PH 3301 412 907   bisher: Lisa Schäfer
  Rechtsschutz        RS 8810 113 254   bisher: Lisa Schäfer

Da Ihr Mann, Herr Tim Hoffmeister, jetzt mit Ihnen zusammenwohnt, können wir beide
Verträge auf den Familientarif umstellen. Er ist dann ohne Mehrbeitrag in der
Haftpflicht mitversichert; in der Rechtsschutzversicherung kostet die Umstellung 2,90 EUR
im Monat. Sollen wir das machen? Dann genügt eine kurze Antwort auf diese Mail.

Die Heiratsurkunde brauchen wir nicht, Ihre Angaben reichen uns.

Viele Grüße
""", sig="petersen")

M("S", "en", "insurer-to-customer", "expat health: body harmless, attached medication plan of the named insured",
  frm=ADDR("whitfield"), to="Daniel Whitaker <d.whitaker@protonmail.example>",
  subj="Your documents – policy IHP-300-88214", date="2026-01-21 08:40",
  body="""Dear Mr Whitaker,

as requested on the phone, please find attached the overview we prepared from the
prescriptions you submitted, so that your new GP in Dubai can see everything at a glance.

Kindly check it and let us know if anything is missing.

Best regards
""", sig="whitfield", lang="en",
  att=[PDF("Medication_overview_Whitaker.pdf", [
      ("h", "Medication overview – prepared for Daniel Whitaker (date of birth 14/09/1971)"),
      "Policy IHP-300-88214 · International Health Plan Gold · status 21 January 2026",
      ("t", [["Medicine", "Strength", "Morning", "Noon", "Evening", "Night", "Reason"],
             ["Metformin", "1000 mg", "1", "0", "1", "0", "blood sugar"],
             ["Ramipril", "5 mg", "1", "0", "0", "0", "blood pressure"],
             ["Atorvastatin", "20 mg", "0", "0", "1", "0", "cholesterol"],
             ["Pantoprazole", "20 mg", "1", "0", "0", "0", "stomach protection"]]),
      "Prescribed by Dr. Anne Kessel, Praxis am Ring, Cologne. Last HbA1c reported: 7.1 % (November 2025).",
      ("small", "This overview was compiled from submitted prescriptions and does not replace the doctor's medication plan."),
  ], title="Medication overview")])

M("N", "de", "internal", "trap: meeting invitation about claims processes with ICS, no personal data",
  frm=ADDR("brenner"), to="Schadenservice Leitung <schaden-leitung@versicherer.example>",
  subj="Einladung: Jour fixe Schadenprozesse Q1", date="2026-01-21 12:00",
  body="""Hallo zusammen,

anbei die Einladung für unseren Jour fixe. Themen:

1. Durchlaufzeiten Kfz-Haftpflicht Dezember (Ampel rot bei Personenschäden > 60 Tage)
2. Pilot Videobegutachtung Glasschäden – erste Erfahrungen
3. Vertretungsregelung Karneval (12.–17.2.)
4. Verschiedenes

Wer nicht vor Ort sein kann: Teams-Link ist im Termin.

Gruß
Markus
""", sig="brenner", sigstyle="short",
  att=[ICS("Jour_fixe_Schadenprozesse.ics", "jf-schaden-2026q1@versicherer.example", "Jour fixe Schadenprozesse Q1",
           "20260128T100000", "20260128T113000", ("Markus Brenner", "markus.brenner@versicherer.example"),
           [("Aylin Demir", "aylin.demir@versicherer.example"), ("Jens Oltmanns", "jens.oltmanns@versicherer.example"),
            ("Petra Lindqvist", "petra.lindqvist@versicherer.example")],
           location="Raum 4.12 / Microsoft Teams", description="Agenda siehe Mail.")])

M("C", "de", "customer", "customer's motor cancellation after sale forwarded internally: plate, VIN, contract number",
  frm=ADDR("kowalski"), to=ADDR("kessler"),
  subj="WG: Kündigung Kfz wegen Verkauf", date="2026-01-22 09:10", client="thunderbird",
  body="""Hallo Jonas,

bitte übernehmen, Kaufvertrag ist im Anhang der Originalmail bei mir, schicke ich dir
gleich noch.

Lena
""",
  quote=FW("Ute Kaminski <ute.kaminski@arcor.example>", "21.01.2026, 19:44", "kundenservice@versicherer.example",
           "Kündigung Kfz wegen Verkauf", """Sehr geehrte Damen und Herren,

hiermit kündige ich meine Kfz-Versicherung Vertragsnummer 44/703/558/12 zum 20.01.2026,
da ich das Fahrzeug verkauft habe.

Fahrzeug: Opel Corsa F, amtl. Kennzeichen DU-UK 2203
FIN: W0V0UCHZ2MB014377
Käufer: Autohaus Rheinland GmbH, übergeben am 20.01.2026 um 11 Uhr

Bitte überweisen Sie den zu viel gezahlten Beitrag auf mein Konto, das Sie schon haben.
Die Schadenfreiheitsklasse (SF 14) möchte ich mir bitte aufheben lassen.

Mit freundlichen Grüßen
Ute Kaminski"""))

M("N", "de", "internal", "trap: aggregated motor claims statistics by region, no persons",
  frm=ADDR("engel"), to="Kfz-Controlling <kfz-controlling@versicherer.example>",
  subj="Schadenhäufigkeit Kfz 2025 nach Zulassungsbezirk", date="2026-01-22 15:33",
  body="""Hallo,

hier die vorläufigen Zahlen für das Regionalklassen-Review, Stand Bestand 31.12.2025:

[[t]]

Auffällig: Köln und Düsseldorf liegen wieder deutlich über dem Bundesschnitt, Teilkasko
getrieben durch Kat-Diebstähle (Hybrid). Die Werte für Landkreise mit < 5.000 Risiken
habe ich in „Sonstige NRW“ zusammengefasst.

Die finale Auswertung mit GDV-Vergleich kommt Ende Februar.

Gruß
Rüdiger
""", sig="engel", sigstyle="short",
  tables={"t": ([["Bezirk", "Risiken", "KH-Frequenz ‰", "VK-Frequenz ‰", "TK-Frequenz ‰", "Ø Schaden KH"],
                 ["Köln (K)", "48.210", "61,4", "98,2", "77,9", "4.212 EUR"],
                 ["Düsseldorf (D)", "31.077", "59,8", "95,1", "69,3", "4.105 EUR"],
                 ["Rhein-Sieg (SU)", "22.904", "48,2", "81,0", "52,7", "3.880 EUR"],
                 ["Sonstige NRW", "103.552", "45,9", "77,4", "49,1", "3.702 EUR"],
                 ["Bund gesamt", "1.204.880", "50,3", "84,6", "55,0", "3.941 EUR"]], "pad")})

M("S", "de", "insurer-to-customer", "occupational disability claim review asking for sick notes and treating doctors of the named insured",
  frm=ADDR("ortmann"), to="Carsten Vogt <carsten.vogt@gmx.example>",
  subj="Ihr Antrag auf Leistungen wegen Berufsunfähigkeit – Vertrag 7200 114 583", date="2026-01-23 10:05",
  body="""Sehr geehrter Herr Vogt,

vielen Dank für Ihren Leistungsantrag vom 14. Januar. Sie schreiben, dass Sie Ihren Beruf
als Dachdecker seit dem 2. Oktober 2025 nicht mehr ausüben können und seitdem
durchgehend krankgeschrieben sind.

Für unsere Prüfung benötigen wir noch:

• Kopien aller Arbeitsunfähigkeitsbescheinigungen seit Oktober 2025
• Namen und Anschriften aller Ärztinnen, Ärzte und Therapeuten, bei denen Sie in den
  letzten fünf Jahren in Behandlung waren
• die beigefügte Schweigepflichtentbindung, unterschrieben
• eine Tätigkeitsbeschreibung Ihres Arbeitgebers (Formular B 12)

Sobald die Unterlagen vollständig sind, melden wir uns innerhalb von zwei Wochen. Die
Beiträge für Ihren Vertrag stunden wir während der Prüfung zinslos.

Mit freundlichen Grüßen
""", sig="ortmann")

M("C", "en", "insurer-to-broker", "broker pool XLSX lists private clients with birth dates and household contracts",
  frm=ADDR("vogel"), to="Lisa Engström <lisa.engstroem@nordpool-makler.example>",
  subj="Portfolio transfer – list of contracts for your pool (Bestandsübertragung)", date="2026-01-26 14:48",
  body="""Hi Lisa,

as discussed with your managing director last week, attached is the list of household
and liability contracts we are transferring from Mr Hinrichs' agency to your pool as of
1 February. Please check the client data against your MVP records and flag any
differences by Friday.

Thanks,
Katharina
""", sig="vogel", sigstyle="short", lang="en",
  att=[XLSX("Bestandsuebertragung_Hinrichs_an_Nordpool.xlsx", {"Verträge": [
      ["Kunde", "Geburtsdatum", "PLZ", "Vertrag", "Sparte", "Jahresbeitrag"],
      ["Thiel, Marianne", "1958-04-19", "24103", "HR 2209 114 882", "Hausrat", 211.40],
      ["Ahlers, Jan-Ole", "1987-11-02", "24937", "PH 3301 078 220", "Privathaftpflicht", 62.90],
      ["Ahlers, Jan-Ole", "1987-11-02", "24937", "HR 2209 078 219", "Hausrat", 98.00],
      ["Petersen, Frauke", "1972-07-30", "25813", "WG 5120 200 417", "Wohngebäude", 1402.55],
      ["Lorenzen, Broder", "1949-01-08", "25899", "PH 3301 301 556", "Privathaftpflicht", 58.30],
  ], "Info": [["Stand", "26.01.2026"], ["Übertragung zum", "01.02.2026"], ["Abgebende Agentur", "Hinrichs, Vermittlernr. 3310-087"]]})])

M("N", "de", "insurer-to-customer", "trap: prospect asked about household insurance, answered with generic product information only",
  frm=ADDR("kowalski"), to="Jasmin Petrović <jasmin.petrovic@gmail.example>",
  subj="AW: Frage zur Hausratversicherung", date="2026-01-26 16:02",
  body="""Hallo Frau Petrović,

vielen Dank für Ihr Interesse! Zu Ihren Fragen:

1. Ja, Fahrräder sind in unserer Hausrat Komfort+ auch unterwegs gegen Diebstahl
   versichert, bis 1 % der Versicherungssumme, auf Wunsch bis 10.000 EUR.
2. Die Versicherungssumme empfehlen wir mit 650 EUR je Quadratmeter Wohnfläche, dann
   verzichten wir auf den Einwand der Unterversicherung.
3. Der Vertrag läuft ein Jahr und verlängert sich dann jährlich; Sie können jeweils mit
   drei Monaten Frist zum Ablauf kündigen.

Ein unverbindliches Angebot können Sie direkt online rechnen:
https://www.versicherer.example/hausrat

Oder rufen Sie uns an, dann rechnen wir gemeinsam.

Freundliche Grüße
""", sig="kowalski")

M("S", "de", "insurer-to-customer", "long-term care: named insured's care level assessment appointment, described without the word diagnosis",
  frm=ADDR("yilmaz"), to="Bärbel Schick <baerbel.schick@t-online.example>",
  subj="Pflegetagegeld für Ihre Mutter – Begutachtung am 4. Februar", date="2026-01-27 11:17",
  body="""Sehr geehrte Frau Schick,

wie besprochen hat unser Gutachterdienst MEDICPROOF einen Termin für die Begutachtung
Ihrer Mutter, Frau Hildegard Schick, vereinbart:

  Mittwoch, 4. Februar 2026, zwischen 10 und 12 Uhr
  Seniorenwohnen Am Stadtgarten, Zimmer 214, Hauptstraße 80, 53111 Bonn

Die Gutachterin wird sich ansehen, wobei Ihre Mutter im Alltag Hilfe braucht – beim
Waschen, Anziehen, Essen, bei der Orientierung. Halten Sie bitte, wenn möglich, den
aktuellen Medikamentenplan, das Pflegetagebuch der letzten zwei Wochen und den Bericht
der Klinik nach dem Sturz im Dezember bereit. Sie können gern dabei sein.

Bisher ist Pflegegrad 2 anerkannt. Wird ein höherer Grad festgestellt, zahlen wir das
höhere Pflegetagegeld rückwirkend ab Antragseingang (12.01.2026).

Mit freundlichen Grüßen
""", sig="yilmaz")

M("C", "de", "insurer-to-customer", "premium refund after cancellation of legal expenses policy, named customer, ungrouped IBAN",
  frm=ADDR("lindqvist"), to="Florian Aydın <florian.aydin@mailbox.example>",
  subj="Rückzahlung Beitrag – Rechtsschutz RS-8810-220719", date="2026-01-28 13:51",
  body=f"""Sehr geehrter Herr Aydın,

wir bestätigen die Kündigung Ihrer Rechtsschutzversicherung RS-8810-220719 zum 31.01.2026.

Sie hatten den Jahresbeitrag bis 30.06.2026 bereits bezahlt. Den Anteil für Februar bis
Juni erstatten wir Ihnen:

  gezahlter Beitrag 01.07.2025–30.06.2026       348,00 EUR
  davon auf 01.02.–30.06.2026                   144,05 EUR

Überweisung auf: {IB("DE", "10010010" + "0617233841", 0)} (Kontoinhaber Florian Aydın)
Wertstellung voraussichtlich 3. Februar.

Schade, dass Sie gehen – für laufende Fälle (Ihr Mietstreit, Az. RS-S 25-11873) bleibt der
Versicherungsschutz natürlich bestehen.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("N", "en", "internal", "trap: system notice about a maintenance window, no personal data",
  frm="IT Operations <it-operations@versicherer.example>", to="All staff Cologne <alle-koeln@versicherer.example>",
  subj="Planned maintenance: claims system KLAS unavailable Sat 31 Jan 06:00–14:00", date="2026-01-28 17:30",
  client="system", mailer="Change Management",
  body="""*** Planned maintenance – CHG0031742 ***

What:   Database upgrade (Oracle 19c -> 23ai) for the claims system KLAS and the
        document archive DARC
When:   Saturday, 31 January 2026, 06:00 – 14:00 CET
Impact: KLAS, DARC and the claims pages of the broker portal are unavailable.
        Customer portal login works; claim notifications are queued and processed
        after the maintenance.

Weekend on-call staff: please use the emergency paper form (intranet > Claims > Forms).

Questions: it-operations@versicherer.example
This is an automatically generated message. Please do not reply.
""", lang="en")

M("S", "de", "insurer-to-customer", "daily sickness allowance: named insured's maternity protection period dates and due date",
  frm=ADDR("kroeger"), to="Marie Lehmann <marie.lehmann@web.example>",
  subj="Krankentagegeld und Mutterschutz – Vertrag 55 310 778 4", date="2026-01-29 09:26",
  body="""Liebe Frau Lehmann,

danke für die Bescheinigung Ihrer Frauenärztin über den voraussichtlichen
Entbindungstermin am 18. April 2026.

Ihr Krankentagegeld-Tarif zahlt während der Schutzfristen ein Mutterschaftsgeld in Höhe
des vereinbarten Tagessatzes:

  Beginn der Schutzfrist:   07.03.2026 (sechs Wochen vor dem Termin)
  Ende der Schutzfrist:     acht Wochen nach der tatsächlichen Geburt
  Tagessatz:                95,00 EUR

Schicken Sie uns nach der Geburt bitte die Geburtsurkunde bzw. die Bescheinigung der
Klinik mit dem Geburtsdatum, dann rechnen wir die letzten Wochen ab. Für die Zeit ab
7. März zahlen wir ab sofort monatlich im Voraus.

Alles Gute für Sie und das Baby!

Herzliche Grüße
""", sig="kroeger")


# ---- batch 2 ---------------------------------------------------------------

M("C", "de", "insurer-to-customer", "eVB number for a named customer's new car with reserved plate",
  frm="eVB-Service <evb@versicherer.example>", to="Nico Stratmann <nico.stratmann@gmx.example>",
  subj="Ihre eVB-Nummer für die Zulassung", date="2026-02-02 08:03", client="system", mailer="KRAVAG eVB-Dienst 3.2",
  body="""Hallo Herr Stratmann,

hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassungsstelle:

        eVB-Nummer:  K7R4TQ2

Versicherungsnehmer: Nico Stratmann, Am Kirchberg 3, 42799 Leichlingen
Fahrzeug: VW ID.3 Pro S, Erstzulassung 2023
Gewünschtes Kennzeichen (reserviert): SG-NS 33E
Umfang: Haftpflicht + Vollkasko SB 500/150, Beginn mit Zulassung

Die eVB ist 6 Monate gültig. Den Versicherungsschein schicken wir, sobald die
Zulassungsstelle uns die Zulassung gemeldet hat.

Gute Fahrt!
Ihr Kfz-Service
""")

M("N", "de", "internal", "trap: letter template with «placeholders» for cancellation confirmations",
  frm=ADDR("petersen"), to="Kundenservice Vertragsänderungen <ks-vertrag@versicherer.example>",
  subj="Neue Textbaustein-Version KÜND-BEST-07", date="2026-02-02 10:40",
  body="""Hallo zusammen,

ab sofort bitte nur noch die neue Version des Bausteins verwenden, die alte (06) hatte den
falschen Hinweis auf die SF-Klasse. Text zum Kopieren:

---------------------------------------------------------------------
Sehr geehrte«r» «Anrede» «Nachname»,

wir bestätigen die Kündigung Ihres Vertrags «Vertragsnummer» («Sparte») zum
«Ablaufdatum». «WENN Beitragsrückzahlung>0»Den zu viel gezahlten Beitrag von
«Betrag» EUR überweisen wir auf Ihr Konto «IBAN_maskiert».«ENDE»

«WENN Sparte=Kfz»Ihre Schadenfreiheitsklasse bleibt sieben Jahre für Sie reserviert.«ENDE»
---------------------------------------------------------------------

Die Serienbrief-Felder sind im DMS hinterlegt, Freitext bitte nur im markierten Bereich.

Danke!
Malte
""")

M("S", "de", "customer", "forwarded customer mail saying only 'siehe Anhang'; dental invoice of the named insured in the PDF",
  frm=ADDR("wendland"), to="Leistung Zahn Posteingang <zahn-eingang@versicherer.example>",
  subj="WG: Rechnung", date="2026-02-03 07:58", client="outlook",
  body="""Bitte zum Vorgang 5531.771.043 nehmen, kam an meine persönliche Adresse.
T.W.
""",
  quote=OQ("Klaus-Dieter Hanke <kd.hanke@online.example>", "Montag, 2. Februar 2026 20:11",
           "Wendland, Tobias", "Rechnung", "siehe Anhang\n\nGruß Hanke"),
  att=[PDF("Scan_20260202_2009.pdf", [
      ("h", "Zahnarztpraxis Dr. Sevim Acar · Venloer Str. 201 · 50823 Köln"),
      "Herrn Klaus-Dieter Hanke, Subbelrather Str. 15, 50823 Köln",
      "Rechnung Nr. 2026-0142 vom 28.01.2026 · Patient: Klaus-Dieter Hanke, geb. 03.06.1961",
      ("t", [["Datum", "Zahn", "GOZ", "Leistung", "Faktor", "Betrag"],
             ["12.01.26", "36", "2200", "Versorgung mit Krone (vollverblendet)", "2,3", "264,50"],
             ["12.01.26", "36", "2030", "Besondere Maßnahmen", "2,3", "8,41"],
             ["12.01.26", "", "0090", "Infiltrationsanästhesie", "2,3", "7,76"],
             ["26.01.26", "36", "2210", "Eingliederung Krone", "2,3", "51,74"],
             ["", "", "", "Material- und Laborkosten lt. Beleg", "", "412,08"]]),
      "Rechnungsbetrag: 744,49 EUR. Zahlbar innerhalb von 30 Tagen ohne Abzug.",
  ], title="Rechnung 2026-0142", octet=True)])

M("C", "en", "insurer-to-customer", "pet insurance: named owner, policy number and dog's vet bill (animal health is not human health)",
  frm=ADDR("wagner"), to="Hannah Fairbairn <hannah.fairbairn@outlook.example>",
  subj="Your claim for Nelly – pet health policy TK-6620-01937", date="2026-02-03 12:15",
  body="""Dear Ms Fairbairn,

we hope Nelly is feeling better! We have checked the invoice of Tierarztpraxis
Am Volksgarten dated 27 January:

  clinical examination, GOT 3x rate       EUR  71.94
  x-ray left hind leg (2 views)           EUR 112.80
  cruciate ligament surgery (TPLO)        EUR 1,842.00
  medication, bandage                     EUR  96.30
  total                                   EUR 2,123.04

Your tariff "Hund Premium" covers 90 % after the annual excess of EUR 150, so we will pay
EUR 1,775.74 to your account ending in …4471 within the next few days.

Please remember that the waiting period for a second cruciate ligament operation does not
apply anymore – Nelly is fully covered.

Kind regards
""", sig="wagner", lang="en")

M("N", "en", "newsletter", "trap: job advertisement mentioning health claims and medical terms, no person",
  frm="Careers <karriere@versicherer.example>", to="Job alert subscribers <jobalert@versicherer.example>",
  subj="New job: Claims Handler International Health (f/m/d), Cologne or remote", date="2026-02-04 07:00",
  body="""New vacancy matching your job alert "Health / Claims"

Claims Handler International Health (f/m/d)
Cologne or remote within Germany · full-time or 30 h · permanent

What you will do
– assess invoices from doctors, hospitals and pharmacies from all over the world
– check medical reports and treatment plans against the policy wording
– talk to our medical advisers about complex cases (oncology, maternity, mental health)

What you bring
– training as a medical assistant, nurse or insurance clerk, or a degree
– very good English; another language (Arabic, Spanish, French) is a plus

Salary band E8–E9 of the collective agreement (approx. EUR 52,000–61,000), 30 days of
holiday, company pension.

Apply by 28 February: https://karriere.versicherer.example/job/4471
Unsubscribe from job alerts: https://karriere.versicherer.example/alerts
""", lang="en")

M("C", "de", "insurer-to-customer", "buildings insurance premium adjustment naming the owner and the insured house",
  frm="Versicherer Allgemeine <service@versicherer.example>", to="Eheleute Gerhard und Monika Vahle <g.vahle@t-online.example>",
  subj="Anpassung Ihres Wohngebäude-Beitrags zum 01.04.2026", date="2026-02-04 09:30", client="system",
  body="""Sehr geehrte Frau Vahle, sehr geehrter Herr Vahle,

der Baupreisindex ist nach Mitteilung des Statistischen Bundesamts um 3,1 % gestiegen. Damit
Ihr Haus weiterhin zum gleitenden Neuwert versichert ist, passen wir den Beitrag für Ihre
Wohngebäudeversicherung entsprechend an:

  Vertrag:                 WG 5120 077 341
  Versichertes Gebäude:    Zum Mühlenteich 14, 59494 Soest (Einfamilienhaus, Bj. 1978)
  Beitrag bisher:          1.118,40 EUR jährlich
  Beitrag ab 01.04.2026:   1.153,07 EUR jährlich

Sie müssen nichts tun. Der neue Beitrag wird zum Fälligkeitstermin per Lastschrift
eingezogen.

Ihr Versicherer
""")

M("S", "de", "insurer-to-customer", "cost approval for a named insured's follow-up rehabilitation after hospital stay",
  frm=ADDR("brandt"), to="Wolfgang Reinecke <w.reinecke@freenet.example>",
  subj="Kostenzusage Anschlussheilbehandlung", date="2026-02-05 14:22",
  body="""Sehr geehrter Herr Reinecke,

die Klinik hat uns heute den Antrag auf eine Anschlussheilbehandlung gefaxt. Wir übernehmen
die Kosten für

  Reha-Klinik Hessenblick, Bad Wildungen, Fachbereich Kardiologie
  Aufnahme 11.02.2026, zunächst 21 Tage
  Unterbringung im Einbettzimmer (Tarif S2, Wahlleistung)

nach Ihrem Tarif zu 100 %. Die Klinik rechnet direkt mit uns ab. Den Krankentransport von
der Uniklinik zur Reha-Klinik übernehmen wir ebenfalls, sofern er ärztlich verordnet wird.

Sollte eine Verlängerung nötig sein, stellt die Klinik den Antrag; wir melden uns dann
kurzfristig.

Alles Gute für die nächsten Wochen.

Mit freundlichen Grüßen
""", sig="brandt")

M("N", "de", "insurer-to-supplier", "trap: IT service provider framework agreement, invoice numbers, company VAT ID",
  frm=ADDR("krueger"), to="Vertragsmanagement Datalog Systems GmbH <vertrag@datalog-systems.example>",
  subj="Rahmenvertrag 2026 – Nachtrag 3 / offene Rechnungen", date="2026-02-05 16:45",
  body="""Sehr geehrte Damen und Herren,

anbei der unterschriebene Nachtrag 3 zum Rahmenvertrag IT-RV-2022-004 (Erweiterung um
200 Personentage Entwicklung, Tagessatz 1.080 EUR netto).

Zu Ihren Rechnungen:
  DS-2025-10-3318   18.400,00 EUR   bezahlt 30.12.2025
  DS-2025-11-3402   22.140,00 EUR   bezahlt 15.01.2026
  DS-2025-12-3577    9.720,00 EUR   in Prüfung, Leistungsnachweis fehlt

Bitte geben Sie auf Rechnungen künftig auch unsere USt-IdNr. DE 812 334 501 und die
Bestellnummer an, sonst kann der Workflow sie nicht zuordnen.

Mit freundlichen Grüßen
""", sig="krueger")

M("C", "de", "broker", "forwarded broker mail: e-bike frame number change for a named client's bicycle policy",
  frm=ADDR("wolff"), to="Fahrrad-Team <fahrrad@versicherer.example>",
  subj="WG: Rahmennummer Austausch – Kunde Sievers", date="2026-02-06 09:12", client="outlook",
  body="""Kann das bitte jemand heute noch einpflegen? Danke, Sandra
""",
  quote=OQ("Finanzkontor Elbe | Ralf Meiners <r.meiners@finanzkontor-elbe.example>", "Donnerstag, 5. Februar 2026 17:38",
           "Wolff, Sandra", "Rahmennummer Austausch – Kunde Sievers", """Hallo Frau Wolff,

bei meinem Kunden Bernd Sievers (Fahrradpolice FR-7731-00218) wurde im Rahmen der Garantie
der Rahmen getauscht. Neue Rahmennummer: WAV2315887K, alt war WAV2209314K. Modell bleibt
Riese & Müller Charger4 GT vario, Kaufpreis 6.899 EUR.

Bitte anpassen und mir den Nachtrag schicken.

Beste Grüße
Ralf Meiners
Finanzkontor Elbe – Versicherungsmakler GmbH
Vermittlerregister D-R7KP-3VVQM-41"""))

M("N", "de", "internal", "trap: UAT test data file marked fictitious, published example IBAN",
  frm=ADDR("raman"), to="Testteam Inkasso <test-inkasso@versicherer.example>",
  subj="UAT Release 26.2 – Testfälle SEPA-Mandatswechsel", date="2026-02-06 13:05",
  body="""Hi zusammen,

für den UAT ab Montag liegen die Testfälle im Anhang. Alle Personen und Verträge sind
FIKTIV und existieren nur in der Testumgebung T2 (Mandant 099). Bitte keine echten
Kundendaten aus PROD zum Testen kopieren – DSB hat das letzte Mal zu Recht gemeckert.

Die IBAN im Testfall 3 ist das offizielle Beispiel aus der Bundesbank-Doku, die anderen
sind in T2 als gültig hinterlegt.

Priya
""", sig="raman", sigstyle="short",
  att=[CSV("UAT_26.2_SEPA_Testfaelle.csv", [
      ["TF", "Testperson (FIKTIV)", "Vertrag (T2)", "Alt-IBAN", "Neu-IBAN", "Erwartung"],
      ["1", "Testkunde, Anton (fiktiv)", "T2-KH-000001", "DE02120300000000202051", "DE02500105170137075030", "Mandat neu, Ref -02"],
      ["2", "Testkundin, Berta (fiktiv)", "T2-HR-000002", "DE02120300000000202051", "leer", "Fehlermeldung IB-004"],
      ["3", "Testkunde, Cäsar (fiktiv)", "T2-PH-000003", "DE89370400440532013000", "DE89370400440532013000", "Hinweis: keine Änderung"],
  ], sep=";")])

M("S", "en", "insurer-to-customer", "travel health: named policyholder's husband hospitalised abroad after a heart attack, repatriation",
  frm=ADDR("seidel"), to="Gillian Carver <gillian.carver@btinternet.example>",
  subj="Re: Emergency – my husband in hospital in Lanzarote", date="2026-02-07 18:52", client="outlook",
  body="""Dear Mrs Carver,

thank you for calling our emergency line this afternoon. To confirm what we agreed:

– Our assistance partner has contacted Hospital Doctor José Molina Orosa in Arrecife. The
  cardiologist confirms that your husband, Mr Alan Carver, had a heart attack on
  5 February and received two stents. He is stable and on the cardiac ward.
– The doctors expect him to be fit to fly around 14 February. We will organise the
  return flight to Cologne with medical escort; you will travel on the same flight.
– The hospital sends the invoice directly to us (guarantee of payment issued today,
  reference TA-26-000918). You do not have to pay anything there.
– Extra hotel nights for you until the return flight are covered up to EUR 100 per night.

We will call you tomorrow at 11:00 local time.

Kind regards
""", sig="seidel", lang="en",
  quote=Q("""On 7 Feb 2026, at 14:05, Gillian Carver wrote:
Please help, Alan was taken to hospital two days ago, they say it was his heart.
Policy number is RV 7710-4490-02. What do we do now?
Gillian"""))

M("C", "de", "insurer-to-customer", "rent deposit guarantee: named applicant's net income and employer",
  frm=ADDR("petersen"), to="Leonie Brandes <leonie.brandes@posteo.example>",
  subj="Ihr Antrag Mietkautionsbürgschaft – Einkommensnachweis erhalten", date="2026-02-09 10:10",
  body="""Hallo Frau Brandes,

danke für die Gehaltsabrechnungen November bis Januar. Wir haben geprüft:

  Arbeitgeber: Lindner Logistik GmbH, Neuss, unbefristet seit 04/2022
  Nettoeinkommen: durchschnittlich 2.486,12 EUR monatlich
  Kaltmiete neue Wohnung: 790,00 EUR, Kaution 2.370,00 EUR

Die Voraussetzungen sind erfüllt. Die Bürgschaftsurkunde (Nr. MKB-2026-03318) geht heute
per Post an Ihre Vermieterin, Frau Ilse Kortmann. Ihr Jahresbeitrag beträgt 4,9 % der
Kaution, also 116,13 EUR.

Viel Freude in der neuen Wohnung!

Freundliche Grüße
""", sig="petersen")

M("N", "de", "internal", "trap: data-protection training invitation talking generally about health data",
  frm=ADDR("meier"), to="Führungskräfte Leistung <fk-leistung@versicherer.example>",
  subj="Pflichtschulung Datenschutz 2026 – bitte bis 31.03. abschließen", date="2026-02-09 12:00",
  body="""Liebe Führungskräfte,

die jährliche Pflichtschulung ist ab heute in der Lernplattform freigeschaltet. Neu in
diesem Jahr:

• Modul 3 „Gesundheitsdaten richtig versenden“: wann muss eine Mail über das Portal,
  wann reicht TLS, was tun bei Einwilligung nach § 203 StGB?
• Modul 5 „Fehlversand“: der Fall mit dem Arztbericht im falschen Postfach aus dem
  letzten Jahr (anonymisiert), mit Meldepflichten nach Art. 33 DSGVO
• Quiz mit 15 Fragen, Bestehensgrenze 80 %

Bitte sorgen Sie dafür, dass alle Mitarbeitenden aus Leistung und Antrag bis 31. März
teilnehmen. Den Stand Ihres Bereichs sehen Sie im Cockpit (nur Quoten, keine Namen).

Beste Grüße
""", sig="meier")

M("S", "de", "insurer-to-hospital", "cost coverage to a hospital for a named patient with OPS and DRG",
  frm=ADDR("brandt"), to="Patientenverwaltung Klinikum Merheim <abrechnung@klinikum-merheim.example>",
  subj="Kostenübernahme Patient Ewald Kuhnert, geb. 22.10.1948 – Ihr Az. 2026/00417", date="2026-02-10 08:47",
  body="""Sehr geehrte Damen und Herren,

für unseren Versicherten

  Ewald Kuhnert, geb. 22.10.1948, Vers.-Nr. 55 118 902 7 (Tarif Vollversicherung V1)

übernehmen wir die Kosten der stationären Behandlung ab 09.02.2026 (allgemeine
Krankenhausleistungen sowie Wahlleistung Chefarzt und Zweibettzimmer).

Geplante Maßnahme lt. Ihrer Anzeige: OPS 5-820.00 (Implantation einer Endoprothese am
Hüftgelenk), DRG I47B. Die Abrechnung erfolgt direkt mit uns über den Datenaustausch
nach § 301 SGB V analog bzw. per Papierrechnung.

Mit freundlichen Grüßen
""", sig="brandt")

M("C", "de", "insurer-to-customer", "motor claim with claim number, both plates, nobody injured",
  frm=ADDR("brenner"), to="Janine Kruse <janine.kruse@gmx.example>",
  subj="Schaden KS-2026-0031187 – Parkrempler Aldi-Parkplatz", date="2026-02-10 11:38",
  body="""Hallo Frau Kruse,

zu Ihrem Schaden vom 6. Februar: Sie sind beim Ausparken auf dem Parkplatz in der
Hauptstraße in Pulheim mit Ihrem Skoda Fabia (BM-JK 480) gegen den geparkten Ford Focus
(K-RT 7714) gefahren. Personen wurden nach Ihren Angaben nicht verletzt.

Die Halterin des Ford, Frau Renate Tillmann, hat sich bereits bei uns gemeldet. Wir
regulieren den Schaden aus Ihrer Kfz-Haftpflicht (Vertrag 44-718-990-2). Den Schaden an
Ihrem eigenen Fahrzeug (Stoßstange hinten) übernimmt die Vollkasko abzüglich 300 EUR
Selbstbeteiligung – dafür schicken Sie uns bitte noch den Kostenvoranschlag Ihrer Werkstatt.

Hinweis: Beide Schäden führen zu einer Rückstufung von SF 9 nach SF 5 ab 2027. Sie können
den Haftpflichtschaden innerhalb von sechs Monaten selbst an uns zurückzahlen, dann
entfällt die Rückstufung.

Mit freundlichen Grüßen
""", sig="brenner")

M("N", "en", "insurer-to-partner", "trap: reinsurance treaty renewal figures, aggregates only",
  frm=ADDR("stone"), to="Tom Ashworth <t.ashworth@atlas-re.example>",
  subj="1/1 renewal – property cat XL final order and burning cost", date="2026-02-10 15:02",
  body="""Dear Tom,

thanks for the quick turnaround. For your file, the final structure as bound:

[[t]]

Burning cost 2016–2025 (indexed, as-if 2026 exposure) for layer 2: 3.9 % ROL; the 2025
storm season contributed one loss of EUR 96m gross to the programme.

Signed lines are attached to the cover note by Friday. Could you confirm the revised
reinstatement wording for layer 3?

Best,
Rebecca
""", sig="stone", sigstyle="short", lang="en",
  tables={"t": ([["Layer", "Limit", "Deductible", "ROL", "Reinst."],
                 ["1", "EUR 50m", "EUR 50m", "18.5 %", "1 @ 100 %"],
                 ["2", "EUR 100m", "EUR 100m", "9.2 %", "1 @ 100 %"],
                 ["3", "EUR 200m", "EUR 200m", "4.1 %", "1 @ 100 %"]], "pad")})

M("C", "en", "insurer-to-customer", "cyber policy of a sole trader (natural person) with tax number and premium invoice",
  frm=ADDR("hartmann"), to="Mara Lindholm Photography <mail@maralindholm.example>",
  subj="Your cyber policy CY-9001-00482 – invoice 2026", date="2026-02-11 09:20",
  body="""Dear Ms Lindholm,

please find below the invoice for your cyber insurance for freelancers:

  Policyholder:     Mara Lindholm, photographer (sole trader)
                    Brüsseler Straße 66, 50674 Cologne
  Tax number:       214/5087/3391 (as stated in your application)
  Policy:           CY-9001-00482, sum insured EUR 250,000
  Period:           01/03/2026 – 28/02/2027
  Premium:          EUR 289.00 + 19 % insurance tax EUR 54.91 = EUR 343.91

The premium will be collected on 1 March from your account DE..5519 (SEPA mandate
CY-00482-01).

The 24/7 hotline for incidents (ransomware, lost laptop, hacked social media accounts) is
+49 221 555-8800.

Kind regards
""", sig="hartmann", lang="en")

M("S", "de", "internal", "underwriting query to the chief medical officer about a named applicant's blood pressure and medication",
  frm=ADDR("schulte"), to=ADDR("hasselbach"),
  subj="Risikoprüfung BU-Antrag 2026-0188 – Frau Weidenfeld", date="2026-02-11 11:44",
  body="""Liebe Frau Dr. Hasselbach,

können Sie bitte einmal auf den Antrag von Frau Svenja Weidenfeld (geb. 30.05.1990,
Grundschullehrerin, BU-Rente 1.800 EUR) schauen?

Im Hausarztbericht steht: Blutdruck seit 2023 erhöht, eingestellt mit Candesartan 8 mg,
letzte Werte 132/84. Außerdem einmalig 2024 drei Wochen krankgeschrieben „Erschöpfung“,
keine Psychotherapie, keine weiteren Fehlzeiten.

Nach Leitfaden würde ich normal annehmen, bin mir bei dem AU-Zeitraum aber unsicher, ob
wir einen Ausschluss für psychische Erkrankungen brauchen.

Danke und viele Grüße
Marlene Schulte
""")

M("N", "de", "insurer-to-customer", "trap: portal notification without content, only a name",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="Sabine Ochs <sabine.ochs@web.example>",
  subj="Neue sichere Nachricht in Ihrem Postfach", date="2026-02-11 14:02", client="system", mailer="Siegel Portal",
  body="""Guten Tag Sabine Ochs,

für Sie liegt eine neue vertrauliche Nachricht im SecureMail-Portal bereit.

Absender: Versicherer-Gruppe, Kundenservice
Eingestellt am: 11.02.2026, 14:02 Uhr
Abrufbar bis: 12.05.2026

Zum Postfach: https://securemail.versicherer.example/

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte antworten Sie
nicht auf diese E-Mail.
""")

M("C", "de", "insurer-to-customer", "young named driver added to motor policy, birth date written out in words",
  frm=ADDR("kessler"), to="Dorothea Lux <d.lux@arcor.example>",
  subj="AW: Sohn als Fahrer eintragen", date="2026-02-12 09:55", client="thunderbird",
  body="""Guten Morgen Frau Lux,

gern tragen wir Ihren Sohn Jannik als Fahrer in Ihren Vertrag 44-701-223-8 (Toyota Yaris,
EU-DL 771) ein. Sie schrieben, er ist am zwölften März zweitausendacht geboren und hat seit
Dezember den Führerschein (vorher BF17).

Wegen des Alters unter 23 Jahren erhöht sich der Beitrag um 38 %, also von 486,20 EUR auf
670,96 EUR im Jahr, anteilig ab 15.02.2026. Ab Jannik's 25. Geburtstag fällt der Zuschlag
automatisch weg.

Bitte bestätigen Sie kurz, dann schicken wir den Nachtrag.

Freundliche Grüße
Jonas Keßler
Kfz-Vertrag / eVB-Service
""")

M("N", "de", "internal", "trap: water damage in the insurer's own building, no persons",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Gebäude B <gebaeude-b@versicherer.example>",
  subj="Wasserschaden 2. OG Gebäude B – Räume 2.03 bis 2.07 gesperrt", date="2026-02-12 07:20",
  body="""Guten Morgen,

in der Nacht ist im 2. OG von Gebäude B eine Leitung in der Teeküche geplatzt. Die Räume
2.03 bis 2.07 sind bis voraussichtlich Freitag gesperrt, die Trocknungsgeräte laufen.

Betroffene Teams (Leistung Zahn, Antrag Kranken) arbeiten bitte im Homeoffice oder in den
Ausweichräumen 4.20–4.22 (Schlüssel am Empfang). Akten aus den Rollschränken wurden
gesichert und stehen im Archiv UG, nichts ist nass geworden.

Den Schaden melden wir selbst an unsere Gebäudeversicherung – ja, wir sind auch mal
Kunde 🙂

Anja Richter
Facility Management
""")

M("S", "de", "insurer-to-customer", "supplementary care insurance pays for a named insured's home emergency call and walker",
  frm=ADDR("yilmaz"), to="Herbert Winkler <herbert.winkler@t-online.example>",
  subj="Ihre Pflegezusatzversicherung – Erstattung Hausnotruf und Rollator", date="2026-02-13 10:31",
  body="""Sehr geehrter Herr Winkler,

gute Nachricht: Aus Ihrem Pflege-Bahr-Tarif erstatten wir

  Hausnotruf Johanniter, Januar und Februar je 25,50 EUR     51,00 EUR
  Leichtgewicht-Rollator (Sanitätshaus Bähr)                 89,00 EUR

Zusammen 140,00 EUR, die in den nächsten Tagen auf Ihrem Konto eingehen.

Das Badewannenbrett und den Toilettensitzerhöher aus Ihrer Liste können wir leider nicht
übernehmen; das sind Hilfsmittel, die Ihre Pflegekasse mit Pflegegrad 2 bezahlen muss. Ein
Vordruck für den Antrag dort liegt bei.

Freundliche Grüße
""", sig="yilmaz")

M("C", "de", "insurer-to-customer", "returned direct debit, account holder is the spouse, BIC and IBAN given",
  frm=ADDR("becker"), to="Thorsten Bauer <thorsten.bauer@mail.example>",
  subj="Rücklastschrift – Ihr Beitrag zur Privathaftpflicht", date="2026-02-13 12:48",
  body=f"""Sehr geehrter Herr Bauer,

die Lastschrift vom 02.02.2026 über 71,40 EUR für Ihre Privathaftpflicht (PH 3301 558 014)
wurde mit dem Grund „Widerspruch durch Zahlungspflichtigen“ zurückgegeben.

Belastet werden sollte das Konto
  Kontoinhaberin: Sandra Bauer
  IBAN {IB("DE", "25050000" + "0099871223")}
  BIC HELADEFFXXX

Das Mandat hat Ihre Frau unterschrieben. Falls Sie den Beitrag künftig von Ihrem eigenen
Konto zahlen möchten, schicken Sie uns bitte ein neues Mandat (Vordruck anbei). Den
offenen Betrag zuzüglich 3,00 EUR Bankgebühr überweisen Sie bitte bis 27.02.2026.

Mit freundlichen Grüßen
""", sig="becker")

M("N", "en", "internal", "trap: aggregated phishing simulation results per department",
  frm=ADDR("fischer"), to="Management Board Office <vorstandsbuero@versicherer.example>",
  subj="Phishing simulation January – results", date="2026-02-16 09:00",
  body="""Dear all,

the January campaign ("Your parcel could not be delivered") went to 3,912 mailboxes.

[[t]]

No individual results are reported; departments with fewer than 20 recipients are
grouped under "Other". Compared to October, the click rate dropped from 11.4 % to 7.9 %.
The next campaign will simulate a fake broker portal login.

Best regards
Tim
""", sig="fischer", sigstyle="short", lang="en", html=True,
  tables={"t": ([["Department", "Recipients", "Clicked", "Entered credentials", "Reported"],
                 ["Claims", "1,204", "8.2 %", "2.1 %", "31 %"],
                 ["Sales & brokers", "864", "10.9 %", "3.4 %", "22 %"],
                 ["IT", "402", "3.0 %", "0.5 %", "64 %"],
                 ["Other", "1,442", "6.8 %", "1.7 %", "27 %"]], "pad")})

M("S", "de", "insurer-to-customer", "life insurance death benefit to the widow, asks for cause of death certificate",
  frm=ADDR("stanek"), to="Gisela Hartung <gisela.hartung@web.example>",
  subj="Lebensversicherung Ihres verstorbenen Mannes – Vertrag 3100 448 210", date="2026-02-16 11:10",
  body="""Sehr geehrte Frau Hartung,

unser herzliches Beileid zum Tod Ihres Mannes, Herrn Manfred Hartung.

Sie sind im Vertrag 3100 448 210 als Bezugsberechtigte eingetragen. Die Versicherungssumme
beträgt 60.000 EUR zuzüglich Überschussbeteiligung (Stand heute 7.842,19 EUR).

Damit wir auszahlen können, benötigen wir noch:
  – die Sterbeurkunde (Kopie genügt),
  – die ärztliche Bescheinigung über die Todesursache (Vordruck anbei, füllt der
    behandelnde Arzt aus, die Kosten übernehmen wir),
  – Ihre Bankverbindung.

Da der Vertrag erst vor zwei Jahren abgeschlossen wurde, müssen wir prüfen, ob die Angaben
im Antrag zu seinen Vorerkrankungen vollständig waren. Das ist ein übliches Verfahren und
kein Misstrauen Ihnen gegenüber.

Mit freundlichen Grüßen
""", sig="stanek")


# ---- batch 3 ---------------------------------------------------------------

M("C", "de", "insurer-to-customer", "HTML-only premium overview with the named customer's contracts and IBAN in a table",
  frm="Kundenportal <kundenportal@versicherer.example>", to="Oksana Melnyk <oksana.melnyk@gmail.example>",
  subj="Ihre Beitragsübersicht 2026", date="2026-02-17 06:15", client="system", mailer="Versicherer Kundenportal 5",
  html=f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Beitragsübersicht</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Guten Tag Frau Melnyk,</p>
<p>hier ist Ihre Übersicht der Beiträge, die wir 2026 von Ihrem Konto einziehen werden:</p>
{table_html([["Vertrag", "Sparte", "Fälligkeit", "Betrag"],
             ["HR 2209 602 118", "Hausrat Komfort+", "01.03.2026 jährlich", "96,40 EUR"],
             ["PH 3301 602 119", "Privathaftpflicht Single", "01.03.2026 jährlich", "54,90 EUR"],
             ["FR 7731 004 902", "E-Bike Kasko", "monatlich zum 1.", "12,90 EUR"]])}
<p>Lastschrift von: Oksana Melnyk, {IB("DE", "43060967" + "4120556700")}, GLS Bank<br>
Gläubiger-ID: DE98ZZZ09999999999</p>
<p>Ihre Bankverbindung hat sich geändert? Das können Sie im <a href="https://kunde.versicherer.example/bank">Kundenportal</a> selbst ändern.</p>
<p style="color:#777;font-size:11px">Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln</p>
</body></html>
""")

M("N", "de", "internal", "trap: out-of-office auto reply, no personal data",
  frm=ADDR("ortmann"), to=ADDR("stanek"),
  subj="Automatische Antwort: Teamrunde Donnerstag – Agenda", date="2026-02-17 08:02", client="system",
  mailer="Microsoft Exchange", headers={"X-Auto-Response-Suppress": "All"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23. Februar 2026 nicht im Büro und kann Ihre E-Mail leider nicht
lesen. Sie wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team Leistung Berufsunfähigkeit,
Telefon +49 221 555-2600, bu-leistung@versicherer.example.

Britta Ortmann
""")

M("S", "en", "insurer-to-customer", "harmless body; DOCX attachment holds the named insured's approved psychotherapy schedule",
  frm=ADDR("whitfield"), to="Sofia Marchetti <sofia.marchetti@libero.example>",
  subj="Your request of 10 February – confirmation", date="2026-02-17 13:40",
  body="""Dear Ms Marchetti,

thank you for your request. Our confirmation is attached; please forward it to your
practitioner so that she can plan the appointments.

Best regards
""", sig="whitfield", lang="en",
  att=[DOCX("Confirmation_IHP-300-90412.docx", [
      ("h", "Confirmation of cover"),
      "Insured person: Sofia Marchetti, born 2 May 1994\nPolicy: IHP-300-90412 (International Health Plan Silver)",
      "We confirm cover for short-term psychotherapy (cognitive behavioural therapy) with Dipl.-Psych. Helene Brück, "
      "Aachener Straße 301, Cologne, as requested in the treatment plan of 6 February 2026.",
      ("t", [["Phase", "Sessions", "Period", "Rate"],
             ["Probatory sessions", "4", "Feb 2026", "EUR 120 / session"],
             ["Short-term therapy 1", "12", "Mar – Jun 2026", "EUR 120 / session"],
             ["Short-term therapy 2", "12 (on request)", "after report", "EUR 120 / session"]]),
      "Diagnosis stated by the therapist: F41.1 (generalised anxiety disorder). A report is required before phase 2.",
  ])])

M("C", "de", "insurer-to-broker", "ZIP with a CSV of the broker's clients, their IBANs and mandate references for the SEPA migration",
  frm=ADDR("reuter"), to="Maklerbüro Gronau & Partner <info@gronau-partner.example>",
  subj="Umstellung Beitragseinzug – Ihre Kundenliste", date="2026-02-18 10:05",
  body="""Moin Herr Gronau,

wie angekündigt stellen wir zum 1. April das Inkasso Ihrer Bestandskunden vom
Maklerinkasso auf Direktinkasso um. Im Anhang die Liste der betroffenen Verträge mit den
Bankverbindungen, die uns vorliegen. Bitte gleichen Sie sie mit Ihrem MVP ab und melden Sie
Abweichungen bis 6. März.

Das Passwort für die ZIP-Datei kommt wie üblich per SMS.

Beste Grüße
Frank Reuter
""",
  att=[ZIP("Gronau_Direktinkasso_2026-04.zip", [
      CSV("Direktinkasso_Gronau.csv", [
          ["Kunde", "Vertrag", "Sparte", "IBAN", "Mandatsref", "Beitrag", "Zahlweise"],
          ["Claussen, Heike", "HR 2209 311 004", "Hausrat", IB("DE", "20050550" + "1234567801", 0), "GRN-311004", "132,80", "jährlich"],
          ["Claussen, Heike", "PH 3301 311 005", "PHV", IB("DE", "20050550" + "1234567801", 0), "GRN-311005", "61,20", "jährlich"],
          ["Dwenger, Lars", "KH 44 720 881 0", "Kfz", IB("DE", "21352240" + "0187733452", 0), "GRN-720881", "58,44", "monatlich"],
          ["Yilmaz-Brandt, Ece", "RS 8810 402 117", "Rechtsschutz", IB("DE", "20069780" + "0004128812", 0), "GRN-402117", "26,10", "monatlich"],
          ["Thomsen, Knud", "WG 5120 311 902", "Wohngebäude", IB("DE", "21750000" + "0040911777", 0), "GRN-311902", "884,00", "jährlich"],
      ], enc="windows-1252"),
      TXT("Liesmich.txt", "Datei: Direktinkasso_Gronau.csv\r\nTrennzeichen Semikolon, Zeichensatz Windows-1252\r\nStand: 18.02.2026\r\n", enc="windows-1252"),
  ])])

M("N", "en", "newsletter", "trap: dental product newsletter with an invented persona and example treatment costs",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter subscribers EN <newsletter-en@versicherer.example>",
  subj="Smile! What a crown really costs – and how our dental plan helps", date="2026-02-18 07:00",
  body="""Hello,

meet "Anna" – 34, marketing manager, invented for this newsletter. Anna's dentist says
she needs a ceramic crown. Here's what that typically costs in Germany:

  ceramic crown incl. lab           approx. EUR 900 – 1,200
  statutory health insurance pays   approx. EUR 250 (fixed subsidy)
  Anna pays without extra cover     approx. EUR 650 – 950

With our Dental Plus plan, Anna would get 90 % of the total invoice back, up to the
annual limits (EUR 1,000 in year 1, EUR 2,000 in year 2, unlimited from year 5).

New this spring: professional teeth cleaning up to EUR 150 a year, no waiting period.

Find out more: https://www.versicherer.example/en/dental

You receive this newsletter because you subscribed on our website.
Unsubscribe: https://www.versicherer.example/en/newsletter/unsubscribe
""", lang="en")

M("S", "de", "customer", "forwarded customer mail as message/rfc822 about her son's ADHD medication",
  frm=ADDR("kroeger"), to="Leistung Ambulant Team 2 <ambulant2@versicherer.example>",
  subj="WG: Frage Erstattung Medikament Leon", date="2026-02-19 09:30",
  body="""Hallo zusammen,

die Kundin hat sich an mich gewandt, Original hängt an. Wer hat morgen Kapazität zum
Antworten? Vertrag 55 402 118 6, mitversichertes Kind.

Sabine
""",
  att=[EML(INNER("Nadine Fuchs <nadine.fuchs@posteo.example>", "sabine.kroeger@versicherer.example",
                 "Frage Erstattung Medikament Leon", "2026-02-18 21:40",
                 """Hallo Frau Kröger,

Sie hatten mir letztes Jahr so nett geholfen, deshalb schreibe ich direkt an Sie.

Bei Leon (8) wurde im Januar ADHS festgestellt, der Kinderarzt hat ihm jetzt Medikinet
retard 10 mg verschrieben. Die Apotheke sagt, das ist ein Betäubungsmittelrezept. Muss ich
das irgendwie anders einreichen? Und wird die Ergotherapie (Rezept über 10x) auch bezahlt?

Viele Grüße
Nadine Fuchs""", "<5E1A2B7C.4401@posteo.example>"), "Frage Erstattung Medikament Leon.eml")])

M("C", "de", "insurer-to-applicant", "HR asks a new employee for tax ID, social-insurance number and bank data",
  frm=ADDR("weiss"), to="Kevin Osterloh <kevin.osterloh@gmail.example>",
  subj="Ihr Start am 1. März – Unterlagen für die Gehaltsabrechnung", date="2026-02-19 14:05",
  body="""Hallo Herr Osterloh,

wir freuen uns, dass Sie am 1. März im Team Kfz-Schaden starten! Für die
Gehaltsabrechnung haben wir aus Ihrem Personalbogen übernommen:

  Steuer-Identifikationsnummer:   47 036 892 815
  Sozialversicherungsnummer:      53 150398 O 017
  Krankenkasse:                   TK
  Bankverbindung:                 DE.. (wie angegeben, Sparkasse Leverkusen)
  Bruttomonatsgehalt:             3.950,00 EUR (Tarifgruppe 5, Stufe 2)

Bitte prüfen Sie die Angaben. Die Sozialversicherungsnummer im Bogen war schwer lesbar –
stimmt das „O“ in der Mitte? (Anfangsbuchstabe Geburtsname)

Am ersten Tag holen wir Sie um 8:30 Uhr am Empfang Gebäude A ab.

Viele Grüße
""", sig="weiss")

M("N", "de", "insurer-to-partner", "trap: answer to an association survey with aggregated claims figures",
  frm=ADDR("hartmann"), to="GDV Statistik <statistik@gdv-verband.example>",
  subj="Umfrage Elementarschäden 2025 – Rückmeldung Versicherer Allgemeine", date="2026-02-20 11:11",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Angaben zur Sonderumfrage Elementar 2025 (Stand 31.01.2026):

  Anzahl gemeldeter Schäden (Wohngebäude, Elementar):   3.418
  davon Starkregen / Überschwemmung:                    2.902
  davon Rückstau:                                         388
  Schadenaufwand brutto:                                61,4 Mio. EUR
  Durchschnittsschaden:                                 17.964 EUR
  Elementar-Deckungsquote Wohngebäudebestand:           58,2 %

Die Angaben nach Postleitzahl-Bereichen (zweistellig) folgen über das Meldeportal.

Mit freundlichen Grüßen
""", sig="hartmann")

M("C", "en", "insurer-to-customer", "household burglary claim for a named customer, list of stolen items and police reference",
  frm=ADDR("demir"), to="Oliver Grant <oliver.grant@gmail.example>",
  subj="Claim HR-S-26-01244 – burglary at your flat", date="2026-02-20 15:30",
  body="""Dear Mr Grant,

I'm sorry to hear about the break-in at your flat (Lützowstraße 22, 3rd floor, Düsseldorf)
on 17 February. I have registered the claim under your household policy HR 2209 771 405.

From your list and the police report (Düsseldorf police, reference 260217-1145-044871)
I have noted:

  MacBook Pro 14" (2023)                 EUR 2,199
  Sony A7 IV camera with 24-70 lens      EUR 3,480
  watch Nomos Tangente                   EUR 1,950
  cash                                   EUR   400
  door repair (locksmith invoice)        EUR   612

Cash is covered up to EUR 1,500, valuables up to 20 % of the sum insured. An adjuster,
Mr Kolb, will call you this week to arrange a visit. Please keep the damaged door lock.

Kind regards
""", sig="demir", lang="en")

M("S", "de", "insurer-to-customer", "premium arrears in the named customer's health insurance (personal line)",
  frm="Beitragsservice Kranken <beitragsservice-kv@versicherer.example>", to="Rüdiger Albers <r.albers@t-online.example>",
  subj="Beitragsrückstand Ihrer Krankenversicherung – Notlagentarif", date="2026-02-23 05:50", client="system",
  body="""Sehr geehrter Herr Albers,

für Ihre private Krankenversicherung (Vers.-Nr. 55 207 331 0) sind folgende Beiträge offen:

  November 2025    612,48 EUR
  Dezember 2025    612,48 EUR
  Januar 2026      638,10 EUR
  Säumniszuschläge  18,40 EUR
  gesamt         1.881,46 EUR

Dies ist die zweite Mahnung nach § 193 Abs. 6 VVG. Zahlen Sie den Rückstand nicht
innerhalb von einem Monat, ruht der Vertrag und Sie werden in den Notlagentarif
umgestellt. Leistungen gibt es dann nur noch bei akuten Erkrankungen und Schmerzen sowie
bei Schwangerschaft und Mutterschaft.

Wenn Sie hilfebedürftig im Sinne des SGB II oder XII sind, tritt das Ruhen nicht ein;
schicken Sie uns dann bitte den Bescheid.

Ihr Beitragsservice
""")

M("N", "de", "internal", "trap: internal FAQ explaining IBAN checks with the published example IBAN",
  frm=ADDR("becker"), to="Inkasso Team <inkasso@versicherer.example>",
  subj="FAQ für die Hotline: „Ihre IBAN ist ungültig“", date="2026-02-23 12:30",
  body="""Hallo zusammen,

weil das zuletzt oft kam, hier eine kleine Erklärhilfe für Anrufe:

1. Eine deutsche IBAN hat 22 Stellen: DE + 2 Prüfziffern + 8 Stellen Bankleitzahl + 10
   Stellen Kontonummer. Beispiel aus der Bundesbank-Broschüre: DE89 3704 0044 0532 0130 00.
2. Wenn das Portal „ungültig“ meldet, ist fast immer ein Zahlendreher drin (Prüfziffer).
   Bitte NICHT einfach die Prüfziffer „korrigieren“, sondern den Kunden die Nummer von der
   Karte oder aus dem Online-Banking vorlesen lassen.
3. Ausländische IBANs (AT, NL, PL …) sind erlaubt, solange das Land im SEPA-Raum liegt.
4. Gläubiger-ID und Mandatsreferenz sind KEINE IBAN – manche Kunden verwechseln das.

Den Text nehme ich auch ins Wiki auf.

Gruß
Hannes
""")

M("C", "de", "insurer-to-customer", "no-claims bonus transfer from the grandmother, with her birth date and the VIN",
  frm=ADDR("kessler"), to="Melina Roth <melina.roth@web.example>",
  subj="SF-Übertragung von Ihrer Großmutter – was wir noch brauchen", date="2026-02-24 09:15",
  body="""Hallo Frau Roth,

die Übertragung der Schadenfreiheitsklasse ist möglich. Aus dem Formular haben wir:

  abgebende Person:     Elfriede Roth, geb. 09.01.1941, Vertrag KH 44 610 004 2
                        (VW Golf Plus, SF 35, Fahrzeug abgemeldet am 31.01.2026)
  übernehmende Person:  Melina Roth, Vertrag KH 44 720 915 6
  Fahrzeug:             Fiat 500, FIN ZFA3120000J981227

Es fehlt noch die Unterschrift Ihrer Großmutter auf Seite 2. Übertragen werden kann nur
so viel, wie Sie selbst schon hätten fahren können: Sie haben seit 2019 den Führerschein,
also maximal SF 7. Der Rest verfällt leider.

Freundliche Grüße
""", sig="kessler")

M("S", "de", "insurer-to-doctor", "request to a GP for a report on a named insured in an occupational disability claim",
  frm=ADDR("ortmann"), to="Praxis Dr. med. Frieder Lang <praxis@dr-lang-hausarzt.example>",
  subj="Anforderung ärztlicher Bericht – Ihr Patient Carsten Vogt, geb. 27.08.1979", date="2026-02-24 11:02",
  body="""Sehr geehrter Herr Dr. Lang,

Ihr Patient, Herr Carsten Vogt, geb. 27.08.1979, wohnhaft Bahnhofstraße 9, 51379
Leverkusen, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt und
Sie von der Schweigepflicht entbunden (Kopie anbei).

Bitte beantworten Sie uns die Fragen im beigefügten Formular, insbesondere:
  – Befunde und Diagnosen seit 2021 (mit ICD-10),
  – Verlauf der Arbeitsunfähigkeit seit 02.10.2025,
  – welche Tätigkeiten als Dachdecker noch möglich sind (Heben, Überkopfarbeit, Leitern),
  – Überweisungen an Fachärzte.

Für den Bericht zahlen wir 80 EUR nach GOÄ-Nr. 80/85 analog. Bitte senden Sie ihn über
unser Portal oder per Fax an +49 221 555-92640.

Mit freundlichen kollegialen Grüßen
""", sig="ortmann")

M("N", "en", "insurer-to-supplier", "trap: purchase order for translating a medical glossary, no persons",
  frm=ADDR("whitfield"), to="Project Management Lingua Medica Ltd <projects@linguamedica.example>",
  subj="PO 4500219310 – translation of claims glossary DE>EN/AR/FR", date="2026-02-25 10:20",
  body="""Dear team,

please find our purchase order 4500219310 for the translation of our international health
claims glossary (approx. 4,200 source words, 610 terms) from German into English, Arabic
and French. Examples: "Heil- und Kostenplan", "Kieferorthopädie", "Anschlussheilbehandlung",
"Chefarztbehandlung", "Krankentagegeld".

Rate as per your quote Q-2026-118: EUR 0.16 per word per target language, terminology
check included. Delivery: 20 March 2026 in TBX and XLSX format.

The glossary contains no customer data. Please invoice to Versicherer Krankenversicherung
a.G., Accounts Payable, quoting the PO number.

Best regards
""", sig="whitfield", lang="en")

M("C", "de", "insurer-to-customer", "legal expenses cover for an employment dispute, with the named client's salary",
  frm=ADDR("lindqvist"), to="Dr. Anke Reimers <anke.reimers@web.example>",
  subj="Deckungszusage Arbeitsrecht – RS-8810-309112 / Schaden RS-A 26-00712", date="2026-02-25 13:45",
  body="""Sehr geehrte Frau Dr. Reimers,

wir erteilen Deckungszusage für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die
Meridian Pharma Services GmbH, vor dem Arbeitsgericht Köln (erste Instanz).

Grundlage: Kündigung vom 06.02.2026 zum 31.05.2026, Bruttomonatsgehalt lt. Ihren Angaben
7.250 EUR. Der Streitwert beträgt damit drei Bruttomonatsgehälter, 21.750 EUR.

Versichert sind die gesetzlichen Gebühren Ihrer Anwältin, Frau RAin Schomburg, die
Gerichtskosten entfallen in der ersten Instanz bei Vergleich. Ihre Selbstbeteiligung
beträgt 150 EUR.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("N", "de", "internal", "trap: IT ticket about scanning doctor's invoices, error rates only",
  frm="IT-Servicedesk <servicedesk@versicherer.example>", to=ADDR("yildiz"),
  subj="[INC0049022] Scan-Straße: Arztrechnungen werden als Rezepte klassifiziert", date="2026-02-26 08:40",
  client="system", mailer="ServiceNow",
  body="""Hallo Deniz,

zu Ihrem Incident INC0049022 ein Zwischenstand:

Beschreibung: Seit dem Update der OCR-Komponente (Capture 11.4) werden in der Scan-Straße
Arztrechnungen mit Stempel oben rechts häufig als „Rezept“ klassifiziert.
Betroffen: Posteingang Kranken, Batch-Klassen ARZTRE, REZEPT
Auswertung 19.–25.02.: 14.882 Dokumente, davon 611 falsch als REZEPT (4,1 %),
vorher 0,6 %.

Maßnahme: Trainingsset wurde um 400 korrekt gelabelte (anonymisierte) Beispiele erweitert,
Retraining läuft heute Nacht. Bitte morgen Stichprobe prüfen und hier kurz zurückmelden.

Status: In Bearbeitung · Gruppe: ECM-Betrieb
IT-Servicedesk · Tel. -6000
""")

M("S", "en", "insurer-to-company", "group accident insurance: named employee of a client firm injured at work",
  frm=ADDR("albrecht"), to="HR Department Kestrel Logistics GmbH <hr@kestrel-logistics.example>",
  subj="Group accident policy GU-4410-0077 – your notification for Mr Bogdan Lis", date="2026-02-26 14:10",
  body="""Dear Ms Hartley,

thank you for notifying us of the accident of your employee, Mr Bogdan Lis (warehouse,
shift B), on 19 February.

According to your report, a pallet fell from a forklift and crushed his left foot; he had
surgery at Klinikum Dortmund and is expected to be off work for about ten weeks. Please
note that your group accident policy pays in addition to the statutory employers'
liability insurance (BG).

Please ask Mr Lis to complete and sign the enclosed accident report and release form
himself – we may only contact his doctors with his own consent. He can send it to us
directly if he prefers.

Kind regards
""", sig="albrecht", lang="en")

M("C", "de", "customer", "customer complaint about a premium increase quoting his birth date and IBAN (forwarded)",
  frm=ADDR("lorenz"), to=ADDR("petersen"),
  subj="WG: Beschwerde Beitragserhöhung", date="2026-02-27 09:05", client="outlook",
  body="""Hallo Herr Petersen,

Beschwerde zur Kenntnis und mit der Bitte um Stellungnahme bis 6.3. – Vorgang BM-2026-0219.
Die Beitragsanpassung ist aus meiner Sicht korrekt, aber bitte prüfen, ob der
Seniorenrabatt fehlt.

Danke
Daniela Lorenz
""",
  quote=OQ("Horst Wiechmann <horst.wiechmann@t-online.example>", "Mittwoch, 25. Februar 2026 18:22",
           "beschwerde@versicherer.example", "Beitragserhöhung", """Sehr geehrte Damen und Herren,

schon wieder wird meine Hausratversicherung teurer, jetzt 168 Euro statt 151! Ich bin seit
1987 Ihr Kunde (Vertrag 22 09 004 117) und Rentner, geb. 17.07.1955, da müsste es doch
einen Rabatt geben.

Ich erwarte, dass Sie den zu viel abgebuchten Betrag auf mein Konto
DE44 3705 0198 0012 4411 77 zurück überweisen.

Hochachtungsvoll
H. Wiechmann"""))

M("N", "de", "insurer-to-customer", "trap: portal registration mail with one-time password, no content",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="rolf.kemper@gmx.example",
  subj="Ihr Einmal-Passwort für das SecureMail-Portal", date="2026-02-27 10:44", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

für Ihre E-Mail-Adresse rolf.kemper@gmx.example wurde ein Postfach im SecureMail-Portal
der Versicherer-Gruppe eingerichtet.

Ihr Einmal-Passwort: 7hQ-2mLx-R9

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das Einmal-Passwort ist
7 Tage gültig. Nach der ersten Anmeldung vergeben Sie ein eigenes Passwort und eine
Sicherheitsfrage.

Bitte antworten Sie nicht auf diese E-Mail.
""")

M("S", "de", "insurer-to-customer", "hearing aids reimbursement (HTML + text) for a named insured",
  frm=ADDR("yildiz"), to="Erich Pawlowski <erich.pawlowski@web.example>",
  subj="Erstattung Ihrer Hörgeräte", date="2026-03-02 11:20", html=True,
  body="""Sehr geehrter Herr Pawlowski,

die Rechnung von Hörakustik Neumann für Ihre neuen Hörgeräte haben wir abgerechnet:

[[t]]

Ihre gesetzliche Krankenkasse hat den Festbetrag bereits übernommen, wir erstatten aus
Ihrem Ergänzungstarif den Rest bis zur Höchstgrenze von 1.500 EUR je Ohr alle fünf Jahre.

Mit freundlichen Grüßen
""", sig="yildiz", sigstyle="short",
  tables={"t": ([["Position", "Rechnung", "Kasse", "wir zahlen"],
                 ["Hörgerät rechts (Phonak Audéo L90)", "2.390,00 EUR", "733,59 EUR", "1.500,00 EUR"],
                 ["Hörgerät links (Phonak Audéo L90)", "2.390,00 EUR", "733,59 EUR", "1.500,00 EUR"],
                 ["Otoplastiken, Service-Paket", "310,00 EUR", "0,00 EUR", "155,00 EUR"]], "pipe")})

M("C", "en", "broker", "forwarded broker list of clients' smartphones with IMEIs for electronics insurance",
  frm=ADDR("wolff"), to="Electronics team <elektronik@versicherer.example>",
  subj="FW: New devices for electronics policies – March", date="2026-03-02 14:00", client="outlook",
  body="""FYI, please add to the policies. Sandra
""",
  quote=OQ("Jake Morrison <jake@morrison-brokers.example>", "Monday, 2 March 2026 09:41",
           "Wolff, Sandra", "New devices for electronics policies – March", """Hi Sandra,

three of my clients have new phones, please update their electronics policies:

Aaron Feldmann, EL-4400-01722: iPhone 16 Pro, IMEI 356789112004431, bought 14/02/2026, EUR 1,329
Zeynep Kaya, EL-4400-01803: Galaxy S25, IMEI 352211094477208, bought 20/02/2026, EUR 899
Marek Nowicki, EL-4400-01955: Pixel 9, IMEI 358866120993154, bought 27/02/2026, EUR 799

Receipts attached to the portal upload.

Cheers,
Jake""", lang="en"), lang="en")

M("N", "en", "internal", "trap: release notes of the claims app with claim-like sample numbers marked as test",
  frm=ADDR("raman"), to="Claims key users <claims-keyusers@versicherer.example>",
  subj="KLAS 4.2 release notes", date="2026-03-03 08:10",
  body="""Hi all,

KLAS 4.2 goes live on Thursday. Highlights:

– new duplicate check: a claim is flagged if the same VIN or plate appears in another open
  claim within 30 days (see screenshot in Confluence, test claim KS-TEST-000123)
– IBAN field now validates check digits and shows the bank name
– attachments up to 50 MB; PDF preview for scanned invoices
– bug fix: the "reopen" button no longer resets the reserve to zero

Training videos (10 minutes) are in the learning portal under "KLAS 4.2".

Priya
""", sig="raman", sigstyle="short", lang="en")

M("S", "de", "insurer-to-customer", "motor mail revealing the named customer's severe disability (Schwerbehindertenausweis aG)",
  frm=ADDR("kessler"), to="Friedhelm Otte <f.otte@freenet.example>",
  subj="Ihr umgebautes Fahrzeug – Versicherung der Umbauten", date="2026-03-03 10:50",
  body="""Sehr geehrter Herr Otte,

danke für die Unterlagen zum Umbau Ihres VW Caddy (Kennzeichen HAM-FO 55). Wir haben
gesehen, dass Sie einen Schwerbehindertenausweis mit dem Merkzeichen aG haben und das
Fahrzeug deshalb mit Handbediengerät, Rollstuhl-Verladesystem und Drehsitz ausgestattet
wurde.

Die Umbauten im Wert von 18.400 EUR sind in Ihrer Vollkasko mitversichert, wenn wir sie im
Vertrag vermerken. Das haben wir heute getan (Vertrag 44-702-447-3, Nachtrag 3), ohne
Mehrbeitrag.

Übrigens: Wegen des Merkzeichens sind Sie von der Kfz-Steuer befreit – das Finanzamt/den
Zoll müssen Sie aber selbst informieren.

Mit freundlichen Grüßen
""", sig="kessler")

M("C", "de", "insurer-to-customer", "electronics insurance: laptop theft of a named customer with serial number",
  frm=ADDR("wolff"), to="Annika Förster <annika.foerster@posteo.example>",
  subj="Diebstahl Ihres Laptops – Schaden EL-S-26-00391", date="2026-03-04 12:05",
  body="""Liebe Frau Förster,

Ihr Laptop (Lenovo ThinkPad X1 Carbon Gen 12, Seriennummer PF4K8Z2T) wurde am 28. Februar
aus Ihrem Auto in der Tiefgarage am Hauptbahnhof Bonn gestohlen. Die Anzeige bei der
Polizei Bonn (Tagebuchnummer 0228-26-0117734) liegt uns vor.

Ihre Elektronikversicherung EL-4400-02107 ersetzt den Zeitwert nach Staffel: im zweiten
Jahr 80 % des Kaufpreises von 1.849 EUR, also 1.479,20 EUR, abzüglich 50 EUR
Selbstbeteiligung = 1.429,20 EUR.

Das Geld überweisen wir auf das Konto, von dem Sie den Beitrag zahlen. Sollte das Gerät
wieder auftauchen, melden Sie sich bitte.

Viele Grüße
""", sig="wolff")

M("N", "de", "insurer-to-broker", "trap: broker information about commission rules in general, no clients",
  frm=ADDR("haas"), to="Maklerverteiler Nord <makler-nord@versicherer.example>",
  subj="Neue Courtagesätze ab 01.04.2026 und elektronische Abrechnung", date="2026-03-04 15:00",
  body="""Sehr geehrte Maklerpartner,

ab dem 1. April gelten für Neugeschäft die folgenden Courtagesätze:

  Hausrat / Privathaftpflicht   20 % laufend (unverändert)
  Wohngebäude                   15 % laufend (bisher 12 %)
  Kfz                           7,5 % laufend, keine Abschlusscourtage
  Rechtsschutz                  15 % laufend

Ab April stellen wir außerdem die Courtageabrechnung vollständig auf die elektronische
Vermittlerpost um; Papierabrechnungen gibt es nur noch auf Wunsch. Ihr MVP kann die
Abrechnungen über die BiPRO-Schnittstelle abholen.

Fragen beantwortet Ihre Maklerbetreuung.

Freundliche Grüße
""", sig="haas")


# ---- batch 4 ---------------------------------------------------------------

M("C", "de", "insurer-to-customer", "body says only 'siehe Anhang'; PDF policy schedule with name, birth date, plate and masked IBAN",
  frm=ADDR("kessler"), to="Ahmet Güler <ahmet.gueler@gmx.example>",
  subj="AW: Versicherungsschein?", date="2026-03-05 08:44", client="outlook",
  body="""Hallo Herr Güler,

siehe Anhang.

Gruß J. Keßler
""",
  quote=Q("""Am 04.03.2026 um 19:02 schrieb Ahmet Güler:
hallo, ich hab den versicherungsschein nicht bekommen, können sie den nochmal schicken
danke"""),
  att=[PDF("Versicherungsschein_KH_44-720-331-9.pdf", [
      ("h", "Versicherungsschein Kraftfahrtversicherung"),
      "Versicherungsnehmer: Ahmet Güler, geb. 19.11.1993, Kalker Hauptstraße 104, 51103 Köln",
      "Vertragsnummer: KH 44-720-331-9 · Beginn 01.03.2026 · Hauptfälligkeit 01.01.",
      ("t", [["Fahrzeug", "Kennzeichen", "FIN", "Erstzulassung"],
             ["BMW 118i", "K-AG 1993", "WBA7K310X07F88213", "05/2021"]]),
      ("t", [["Sparte", "Umfang", "SF", "Jahresbeitrag"],
             ["Kfz-Haftpflicht", "100 Mio. EUR pauschal", "SF 3", "402,18 EUR"],
             ["Teilkasko", "SB 150 EUR", "-", "96,40 EUR"]]),
      "Zahlungsweise: monatlich per Lastschrift von DE** **** **** **** **71 22.",
  ], title="Versicherungsschein")])

M("N", "de", "internal", "trap: company doctor offers flu vaccinations to all staff, no individual",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  subj="Grippeschutzimpfung beim Betriebsarzt – Termine frei", date="2026-03-05 09:30",
  body="""Liebe Kolleginnen und Kollegen,

auch wenn die Saison schon weit ist: Der betriebsärztliche Dienst hat noch 60 Impfdosen
(Vierfach-Impfstoff) übrig. Termine gibt es am 10. und 12. März jeweils 9–12 Uhr in Raum
0.14 (Gesundheitszentrum).

Buchung über das Intranet > Gesundheit > Impftermin. Bitte Impfpass mitbringen, falls
vorhanden. Die Impfung ist freiwillig und kostenlos; die Daten bleiben beim Betriebsarzt,
wir als Arbeitgeber erfahren nicht, wer geimpft wurde.

Bleibt gesund!
Anja Richter, Facility Management / Gesundheitsmanagement
""")

M("S", "de", "insurer-to-customer", "hospital invoice positions for a named insured, health only implicit in DRG and stay dates",
  frm=ADDR("brandt"), to="Ingrid Sommer <ingrid.sommer@t-online.example>",
  subj="Abrechnung Ihres Krankenhausaufenthalts 02.02.–09.02.2026", date="2026-03-05 13:15",
  body="""Sehr geehrte Frau Sommer,

die Rechnung des St. Elisabeth-Krankenhauses haben wir direkt mit der Klinik abgerechnet:

  Fallpauschale DRG G24C, 7 Belegungstage                      4.311,28 EUR
  Zuschläge (Pflegebudget, Qualitätssicherung)                    612,40 EUR
  Wahlleistung Zweibettzimmer, 7 Tage à 68,90 EUR                 482,30 EUR
  Chefarztbehandlung lt. Liquidation Prof. Dr. Hausmann        1.204,77 EUR

Ihr Selbstbehalt 2026 ist damit vollständig ausgeschöpft. Für die Zeit im Krankenhaus
zahlen wir außerdem das Krankenhaustagegeld von 7 x 40 EUR = 280 EUR an Sie aus.

Gute Erholung!
""", sig="brandt", sigstyle="short")

M("C", "de", "customer", "forwarded one-liner from a customer giving her new bank details (ISO-8859-1)",
  frm=ADDR("kowalski"), to="Inkasso Team <inkasso@versicherer.example>",
  subj="WG: neue Bank", date="2026-03-06 10:02", charset="iso-8859-1", client="thunderbird", flowed=False,
  body=f"""Bitte ändern, Mandat hat sie per Post geschickt. LK

-------- Weitergeleitete Nachricht --------
Betreff: 	neue Bank
Datum: 	Thu, 5 Mar 2026 21:13:40 +0100
Von: 	Bärbel Jäger <baerbel.jaeger@arcor.example>
An: 	kundenservice@versicherer.example

Ab sofort bitte von {IB("DE", "70020270" + "0015448812")} abbuchen (HypoVereinsbank), für
Haftpflicht und Hausrat. Vertragsnr. weiß ich nicht auswendig.
Gruß B. Jäger
""")

M("N", "en", "insurer-to-partner", "trap: auditors' sampling criteria, no data yet",
  frm=ADDR("morgan"), to="Audit team Baker Lindqvist <audit-versicherer@bakerlindqvist.example>",
  subj="Interim audit 2025 – sampling of claims payments", date="2026-03-06 14:30",
  body="""Dear all,

as agreed in Tuesday's call, for the test of controls over claims payments you will draw
the sample yourselves from the full population extract. The extract will be provided in the
data room on 13 March with the following fields:

  claim ID (pseudonymised), line of business, payment date, amount, approver ID,
  four-eyes flag, payment run

No customer names, IBANs or medical data will be included. If you need the underlying
files for individual sample items, please request them by claim ID; we will show them on
screen in our premises.

Population sizes 2025: motor 212,904 payments, property 88,310, health 1.9 million
(health will be sampled by stratum as last year).

Kind regards
James
""", sig="morgan", sigstyle="short", lang="en")

M("C", "en", "insurer-to-customer", "trip cancellation because of job loss (no health content), named traveller and booking",
  frm=ADDR("seidel"), to="Kerry O'Donnell <kerry.odonnell@eircom.example>",
  subj="Trip cancellation claim RR-26-00822 – approved", date="2026-03-09 11:00",
  body="""Dear Ms O'Donnell,

we have received the termination letter of your employer, Breckland Software GmbH, dated
20 February 2026 (redundancy for operational reasons), and the cancellation invoice of
TUI for your booking 7719-033812 (Cape Verde, 4–18 April, two persons).

Unexpected redundancy is an insured event under your cancellation policy RR 9100-2277-03.
We reimburse the cancellation fee of EUR 1,764.00 less the 10 % excess, i.e. EUR 1,587.60,
to your Irish account IE29 AIBK 9311 5212 3456 78 as stated in your claim form.

We wish you all the best for your job search.

Kind regards
""", sig="seidel", lang="en")

M("S", "de", "internal", "internal note: named customer is expecting a baby, worded without medical terms",
  frm=ADDR("nguyen"), to=ADDR("kroeger"),
  subj="Tarifwechsel Frau Schreiner – Rückruf", date="2026-03-09 15:42", client="mobile",
  body="""Hi Sabine,

Frau Katrin Schreiner (55 118 340 2) hat eben angerufen. Sie erwartet im Juli Nachwuchs und
möchte jetzt noch schnell vom Kompakt- in den Komfort-Tarif wechseln, wegen Einbettzimmer
und Hebammenrufbereitschaft. Ich hab ihr gesagt, dass bei Höherstufung für die laufende
Schwangerschaft eine Wartezeit bzw. Gesundheitsprüfung gilt, das fand sie nicht so toll.

Kannst du sie bitte morgen zurückrufen? 0171 4412098, ab 10 Uhr.

Danke! Minh
""")

M("N", "de", "insurer-to-supplier", "trap: document shredding contract for files incl. medical records, company only",
  frm=ADDR("krueger"), to="Vertrieb Aktenvernichtung West GmbH <vertrieb@akten-west.example>",
  subj="Angebot Aktenvernichtung Schutzklasse 3 – Rückfragen", date="2026-03-10 09:10",
  body="""Sehr geehrte Damen und Herren,

danke für Ihr Angebot AV-26-0193 über die Vernichtung von ca. 38 t Papierakten aus unserem
Archiv Köln-Porz (Leistungsakten Kranken und Leben, Arztberichte, Antragsunterlagen).

Rückfragen:
1. Können Sie Schutzklasse 3 / Sicherheitsstufe P-4 nach DIN 66399 für alles zusagen?
2. Erfolgt die Vernichtung vor Ort (Shredder-Lkw) oder bei Ihnen? Wir bevorzugen vor Ort.
3. Bitte schicken Sie uns den Entwurf des Auftragsverarbeitungsvertrags und Ihr Zertifikat.
4. Preis je Tonne bei Abholung in vier Tranchen?

Eine Besichtigung wäre am 17. oder 19. März möglich.

Mit freundlichen Grüßen
""", sig="krueger")

M("C", "de", "insurer-to-broker", "PDF commission statement naming the broker's clients and their buildings policies",
  frm=ADDR("haas"), to="Immobilien- und Versicherungsmakler Sabine Roloff <roloff@roloff-immo.example>",
  subj="Courtageabrechnung Februar 2026", date="2026-03-10 12:40",
  body="""Sehr geehrte Frau Roloff,

Ihre Abrechnung für Februar finden Sie im Anhang. Die Gutschrift (412,66 EUR) geht mit
Wertstellung 13.03. auf Ihr Geschäftskonto.

Viele Grüße
Corinna Haas
""",
  att=[PDF("Courtage_8812-014_2026-02.pdf", [
      ("h", "Courtageabrechnung 02/2026 · Vermittlernummer 8812-014"),
      "Sabine Roloff, Immobilien- und Versicherungsmakler, Königsallee 12, 40212 Düsseldorf",
      ("t", [["Kunde", "Vertrag", "Risikoort", "Beitrag", "Courtage"],
             ["Wendt, Hans-Peter", "WG 5120 441 003", "Grafenberger Allee 80, Düsseldorf", "1.610,00", "193,20"],
             ["Okonkwo, Grace", "WG 5120 441 218", "Am Wehrhahn 3, Düsseldorf", "922,40", "110,69"],
             ["Behrens, Ulla u. Karl", "WG 5120 440 871", "Hofgartenstr. 9, Ratingen", "905,61", "108,77"]]),
      "Summe Courtage: 412,66 EUR · zzgl. USt entfällt (§ 4 Nr. 11 UStG)",
  ], title="Courtageabrechnung 02/2026")])

M("N", "de", "newsletter", "trap: customer newsletter with bicycle tips and a claims statistic",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter Kunden <newsletter-de@versicherer.example>",
  subj="Frühlingsstart: So kommt Ihr Fahrrad sicher durch die Saison", date="2026-03-11 07:00", html=True,
  body="""Hallo,

der Frühling kommt – und mit ihm leider auch die Fahrraddiebe. 2025 haben wir über
9.000 gestohlene Räder ersetzt, im Schnitt für 1.480 Euro.

Unsere Tipps:
• Rahmennummer notieren und ein Foto vom Rad machen
• immer ein Bügel- oder Faltschloss verwenden und an festen Gegenständen anschließen
• E-Bike-Akku abnehmen, wenn das Rad länger draußen steht
• Rechnung aufheben – ohne Kaufbeleg wird es schwierig

Ihr Rad ist über die Hausratversicherung nur bis zu einer Grenze versichert? Mit unserem
Fahrrad-Baustein schützen Sie es bis 10.000 Euro, auch nachts.

Gute Fahrt wünscht
Ihr Versicherer

Abmelden: https://www.versicherer.example/newsletter/abmelden
""")

M("S", "en", "insurer-to-customer", "accident insurance death benefit; cause of death of the named insured stated",
  frm=ADDR("albrecht"), to="Rachel Henning <rachel.henning@gmail.example>",
  subj="Accident policy 61 0071 2290 – death benefit for your father", date="2026-03-11 10:30",
  body="""Dear Ms Henning,

please accept our sincere condolences on the death of your father, Mr Walter Henning.

We have now received the police report and the death certificate from the Spanish
authorities. According to the forensic report, your father drowned on 14 February while
swimming off Playa de Palma after collapsing in the water; the report finds no evidence of
a heart attack before he went under, so we treat this as an accident under the policy.

The death benefit of EUR 25,000 will be paid to the heirs. As you are the sole heir
according to the certificate of inheritance, please let us know your bank details.

Kind regards
""", sig="albrecht", lang="en")

M("C", "de", "insurer-to-customer", "buildings water damage claim of a named owner with plumber invoice",
  frm=ADDR("demir"), to="Familie Karasu <karasu.familie@web.example>",
  subj="Leitungswasserschaden WG-S-26-00410 – Regulierung", date="2026-03-12 09:00",
  body="""Sehr geehrte Frau Karasu, sehr geehrter Herr Karasu,

zu Ihrem Leitungswasserschaden im Haus Am Lindenhof 6 in Hürth (Wohngebäude-Vertrag
WG 5120 603 550):

Die Rechnung der Firma Haustechnik Schüller (Nr. 2026-0212, Ortung und Reparatur der
Warmwasserleitung im Bad OG) über 1.843,60 EUR übernehmen wir voll. Für die Trocknung
(Firma Trockenbau Express, 14 Tage) zahlen wir 2.390,00 EUR direkt an die Firma.

Den Fliesenleger beauftragen Sie bitte selbst; schicken Sie uns dann die Rechnung.

Zusammen mit dem Stromkosten-Pauschalbetrag von 84 EUR überweisen wir 1.927,60 EUR an Sie.

Freundliche Grüße
""", sig="demir")

M("N", "de", "internal", "trap: department minutes with backlog figures, no persons",
  frm=ADDR("kroeger"), to="Leistung Ambulant Team 2 <ambulant2@versicherer.example>",
  subj="Protokoll Teammeeting 12.03.", date="2026-03-12 16:10",
  body="""Hallo ihr Lieben,

kurz das Wichtigste von heute:

1. Rückstand Posteingang: 1.240 Vorgänge, davon 310 älter als 10 Tage. Ziel bis Ostern:
   keine Vorgänge älter als 10 Tage. Samstag 21.3. freiwillig Überstunden möglich.
2. Neue Arbeitsanweisung Heilpraktikerrechnungen (GebüH) gilt ab 1.4., Schulung 26.3.
3. Die Scan-Straße erkennt Arztrechnungen wieder richtig (Fehlerquote 0,7 %).
4. Urlaubsplanung Sommer bitte bis 31.3. im Kalender eintragen.

Nächstes Meeting 26.3., 10 Uhr.

Sabine
""")

M("S", "de", "insurer-to-customer", "harmless body; ODT attachment with a therapy plan (speech therapy) for the named child",
  frm=ADDR("yildiz"), to="Oliver Demmer <oliver.demmer@mail.example>",
  subj="Ihre Unterlagen", date="2026-03-13 11:45",
  body="""Hallo Herr Demmer,

anbei wie gewünscht unsere Bestätigung. Bei Fragen rufen Sie gern an.

Viele Grüße
Deniz Yıldız
""",
  att=[ODT("Bestaetigung_Demmer_Mila.odt", [
      ("h", "Kostenzusage Heilmittel"),
      "Versicherte Person: Mila Demmer (mitversichertes Kind), geb. 04.09.2020\nVertrag: KZ 5531.660.218",
      "Für die Verordnung von Dr. med. Jutta Becker (Kinder- und Jugendmedizin) vom 02.03.2026 bestätigen wir die Erstattung "
      "nach Tarif KZ Kids zu 100 %:",
      ("t", [["Leistung", "Anzahl", "Frequenz", "Zeitraum"],
             ["Logopädie (Sprachtherapie, 45 Min.)", "10", "2x wöchentlich", "03/2026 – 05/2026"],
             ["Elterngespräch", "1", "-", "zum Abschluss"]]),
      "Indikation laut Verordnung: Sprachentwicklungsstörung (F80.1), Aussprache und Wortschatz.",
  ])])

M("C", "de", "insurer-to-customer", "dog liability: named owner's dog injured another dog, vet bill of the other dog",
  frm=ADDR("oltmanns"), to="Svenja Kuhl <svenja.kuhl@gmx.example>",
  subj="Ihr Hund Bruno – Schaden TH-S-26-00077", date="2026-03-16 10:12",
  body="""Hallo Frau Kuhl,

die Halterin des Labradors „Paula“, Frau Monika Feldhaus, hat uns die Tierarztrechnung
geschickt: Bissverletzung am Ohr, genäht unter Narkose, Antibiotikum, zwei Kontrollen,
zusammen 486,30 EUR.

Da Ihr Hund Bruno nach Ihrer eigenen Schilderung zuerst zugebissen hat, zahlen wir aus
Ihrer Hundehalter-Haftpflicht (TH 3390 214 007) den Betrag an Frau Feldhaus. Ihre
Selbstbeteiligung von 150 EUR überweisen Sie bitte an uns; die Zahlungsaufforderung kommt
separat.

Freundliche Grüße
""", sig="oltmanns")

M("N", "en", "internal", "trap: farewell announcement of a retiring colleague",
  frm=ADDR("whitfield"), to="International Health Services <ihs-team@versicherer.example>",
  subj="Farewell drinks for Tom on 27 March", date="2026-03-16 13:00",
  body="""Dear all,

after 23 years with us, Tom Grünewald is going into retirement at the end of March. Most
of you know him as the person who knows every hospital billing system from Dubai to
Bangkok – and who still prints his e-mails.

We'll say goodbye on Friday, 27 March, from 4 pm in the staff restaurant (terrace if the
weather holds). There will be a card going round this week, and a small collection for
his present (he wants to walk the Camino, so we're thinking gear).

Please let me know by 20 March if you're coming.

Emma
""", lang="en")

M("S", "de", "customer", "forwarded customer mail: travel cancellation because of the wife's chemotherapy",
  frm=ADDR("seidel"), to="Reiseversicherung Leistung <reise-leistung@versicherer.example>",
  subj="WG: Storno Kreuzfahrt Mai", date="2026-03-17 08:30", client="outlook",
  body="""Zur Bearbeitung, RR 9100-3382-11. Ärztliches Attest fordere ich an.
Ines
""",
  quote=OQ("Reinhard Stöckl <r.stoeckl@t-online.example>", "Montag, 16. März 2026 20:48",
           "reise@versicherer.example", "Storno Kreuzfahrt Mai", """Sehr geehrte Damen und Herren,

leider müssen wir unsere Kreuzfahrt (AIDA, 9.–23. Mai, Buchung 4471-22918) stornieren.
Bei meiner Frau Christa wurde im Februar Brustkrebs festgestellt, sie bekommt seit
letzter Woche Chemotherapie bis mindestens Juni. An eine Reise ist nicht zu denken.

Die Stornorechnung über 3.120 Euro lege ich bei.

Mit freundlichen Grüßen
Reinhard Stöckl"""))

M("C", "de", "insurer-to-customer", "base64-encoded body: first payment reminder for a named customer's motor policy",
  frm="Beitragsservice <beitragsservice@versicherer.example>", to="Denise Walther <denise.walther@web.example>",
  subj="Zahlungserinnerung Kfz-Versicherung", date="2026-03-17 05:40", client="system", cte="base64",
  body="""Sehr geehrte Frau Walther,

sicher haben Sie es nur übersehen: Der Beitrag für Ihre Kfz-Versicherung
Vertrag 44 / 719 / 002 / 7 (Kennzeichen LEV-DW 118) über 61,85 EUR, fällig am 01.03.2026,
ist noch nicht bei uns eingegangen.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf unser Konto bei der
Commerzbank Köln, Verwendungszweck 447190027.

Freundliche Grüße
Ihr Beitragsservice
""")

M("N", "de", "internal", "trap: aggregated health benefit budget by tariff, no persons",
  frm=ADDR("okafor"), to="Controlling Kranken <controlling-kv@versicherer.example>",
  subj="Leistungsausgaben KV 2025 nach Tarifgruppen", date="2026-03-18 10:00",
  body="""Hallo zusammen,

hier die Ist-Zahlen für die BAP-Vorbereitung:

[[t]]

Auffällig sind die Arzneimittel (+11,2 %, getrieben durch GLP-1-Präparate) und die
Psychotherapie (+9,4 %). Die Zahnleistungen liegen im Plan. Details auf Tarifebene im
Share, keine Einzelfallauswertungen.

Chidi
""", sig="okafor", sigstyle="short",
  tables={"t": ([["Leistungsbereich", "2024 Mio. EUR", "2025 Mio. EUR", "Veränderung"],
                 ["Ambulant ärztlich", "412,8", "437,1", "+5,9 %"],
                 ["Arzneimittel", "188,0", "209,1", "+11,2 %"],
                 ["Stationär", "603,4", "631,9", "+4,7 %"],
                 ["Zahn", "140,2", "144,8", "+3,3 %"],
                 ["Psychotherapie", "38,3", "41,9", "+9,4 %"]], "pipe")})

M("C", "en", "insurer-to-customer", "liability claim: customer's son broke a neighbour's window, named family and policy",
  frm=ADDR("oltmanns"), to="Michael Brown <michael.brown@gmail.example>",
  subj="Claim PH-S-26-00915 – broken window at your neighbour's", date="2026-03-18 14:40",
  body="""Dear Mr Brown,

thank you for reporting that your son Liam (11) broke the living room window of your
neighbour, Mr Gerd Schwalm, Auf dem Hügel 4, Bergisch Gladbach, while playing football on
14 March. Nobody was hurt.

Children under seven are not liable under German law, but Liam is eleven, so your family
liability policy PH 3301 777 610 covers the damage. Mr Schwalm has sent us the glazier's
quote for EUR 684.20; we will pay him directly.

There is no excess in your tariff, and the claim does not affect your premium.

Kind regards
""", sig="oltmanns", lang="en")

M("S", "de", "insurer-to-company", "ODS from an employer's HR: occupational pension (life) contracts with names and salaries",
  frm=ADDR("paulsen"), to="Personalabteilung Hegemann Metallbau GmbH <personal@hegemann-metall.example>",
  subj="bAV Direktversicherung – Ihre Meldeliste März", date="2026-03-19 09:20",
  body="""Sehr geehrte Frau Kruse,

vielen Dank für die Meldeliste. Ich habe sie mit unserem Bestand abgeglichen; die
markierten Zeilen (Spalte „Hinweis“) klären wir bitte telefonisch. Die korrigierte Fassung
hängt an.

Mit freundlichen Grüßen
""", sig="paulsen",
  att=[ODS("Meldeliste_bAV_Hegemann_2026-03.ods", {"Maerz 2026": [
      ["Personalnr", "Name", "Geburtsdatum", "Vertrag LV", "Entgeltumwandlung mtl.", "AG-Zuschuss", "Hinweis"],
      ["0117", "Krämer, Jürgen", "1975-06-12", "3300 812 001", 248.0, 37.2, ""],
      ["0142", "Osmani, Arben", "1988-02-28", "3300 812 014", 150.0, 22.5, "Elternzeit ab 04/2026 – Beitragsfreistellung?"],
      ["0158", "Richter, Nele", "1996-10-03", "3300 812 022", 100.0, 15.0, ""],
      ["0163", "Baumann, Olaf", "1969-12-19", "3300 812 031", 302.0, 45.3, "Gehaltsänderung: Brutto neu 4.880 EUR"],
  ]})])

M("C", "de", "insurer-to-customer", "Windows-1252 mail confirming household cancellation with refund amount",
  frm=ADDR("petersen"), to="Gregor Mahnke <gregor.mahnke@t-online.example>",
  subj="Bestätigung Ihrer Kündigung – Hausrat 22 09 771 040", date="2026-03-19 11:55", charset="windows-1252",
  body="""Sehr geehrter Herr Mahnke,

wir bestätigen die Kündigung Ihrer Hausratversicherung Nr. 22 09 771 040 zum 30.04.2026
wegen Umzugs ins Ausland (Portugal).

Den bereits gezahlten Beitrag für Mai bis Dezember (84,27 €) erstatten wir auf Ihr Konto
bei der Kreissparkasse Köln, IBAN endet auf 3318.

Für Ihre Zeit in Lissabon alles Gute – und falls Sie zurückkommen: Wir sind gern wieder für
Sie da.

Mit freundlichen Grüßen
""", sig="petersen")

M("N", "de", "insurer-to-customer", "trap: automatic certificate answer with the insurer's public certificate",
  frm="Zertifikatsdienst <zertifikat@versicherer.example>", to="m.vieth@kanzlei-vieth.example",
  subj="[ZERTIFIKAT] Ihr angefordertes Zertifikat", date="2026-03-20 08:01", client="system", mailer="Siegel Gateway",
  body="""Guten Tag,

Sie haben das S/MIME-Zertifikat der Adresse leistung-leben@versicherer.example angefordert.
Es liegt dieser Nachricht bei (PEM). Die Nachricht ist mit dem Zertifikat signiert, Ihr
Mailprogramm kann es daher auch direkt übernehmen.

  Inhaber:       leistung-leben@versicherer.example
  Aussteller:    Versicherer Issuing CA 2024
  Gültig bis:    14.11.2027
  SHA-256:       4F:1A:9C:22:07:BE:31:D8:66:0A:2E:95:CB:17:40:E3:...

Diese Nachricht wurde automatisch erstellt.
""",
  att=[TXT("leistung-leben.pem", """-----BEGIN CERTIFICATE-----
MIIDtTCCAp2gAwIBAgIUQ2l2ZXJzaWNoZXJlci1leGFtcGxlLWNlcnQwDQYJKoZI
hvcNAQELBQAwPDELMAkGA1UEBhMCREUxLTArBgNVBAMMJFZlcnNpY2hlcmVyIElz
c3VpbmcgQ0EgMjAyNCAoZXhhbXBsZSkwHhcNMjQxMTE0MDAwMDAwWhcNMjcxMTE0
MDAwMDAwWjAvMS0wKwYJKoZIhvcNAQkBFh5sZWlzdHVuZy1sZWJlbkB2ZXJzaWNo
ZXJlci5leGFtcGxlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0Z3V
-----END CERTIFICATE-----
""", sub="plain")])

M("S", "en", "insurer-to-customer", "occupational disability benefit approved for a named insured abroad",
  frm=ADDR("ortmann"), to="Thomas Keller <thomas.keller@bluewin.example>",
  subj="Your disability claim – policy 7200 098 441", date="2026-03-20 14:25",
  body="""Dear Mr Keller,

we are pleased to inform you that we accept your claim for occupational disability
benefits from 1 November 2025.

The report of Prof. Dr. Meister (Kantonsspital St. Gallen) confirms that, following the
stroke in August 2025 and the remaining weakness of your right arm and hand, you can no
longer work as a surgical instrument technician for more than three hours a day.

  monthly disability pension:   EUR 2,100 (paid on the 1st of each month)
  back payment Nov 2025–Mar 2026: EUR 10,500
  premium waiver:               from 1 November 2025

We will review your situation again in two years. Please tell us if you start working
again in the meantime.

Kind regards
""", sig="ortmann", lang="en")

M("C", "de", "insurer-to-customer", "traffic legal expenses: named client's speeding fine (administrative offence)",
  frm=ADDR("lindqvist"), to="Patrick Engels <patrick.engels@gmx.example>",
  subj="Bußgeldbescheid – Deckungszusage Verkehrsrechtsschutz", date="2026-03-23 09:40",
  body="""Hallo Herr Engels,

für das Verfahren wegen des Bußgeldbescheids der Stadt Köln (Az. 50.32-2026-118843,
Geschwindigkeitsüberschreitung um 31 km/h innerorts am 12.01.2026 auf der Aachener Straße,
Kennzeichen K-PE 2024) erteilen wir Deckungszusage aus Ihrem Verkehrsrechtsschutz
RS-8810-412007.

Wir übernehmen die Anwaltskosten (Kanzlei Brück & Sommer) und die Kosten eines
Sachverständigen für die Überprüfung der Messung. Es droht ein Fahrverbot von einem
Monat und zwei Punkte in Flensburg – Ihr Anwalt wird mit Ihnen besprechen, ob sich der
Einspruch lohnt.

Freundliche Grüße
""", sig="lindqvist")


# ---- batch 5 ---------------------------------------------------------------

M("N", "de", "internal", "trap: sign-up for the company outing, no personal data",
  frm=ADDR("kowalski"), to="Kundenservice Team <ks-team@versicherer.example>",
  subj="Betriebsausflug 8. Mai – Anmeldung bis 10.4.", date="2026-03-23 12:30", client="thunderbird",
  body="""Hallo zusammen,

der Ausflug steht! Am Freitag, 8. Mai, fahren wir mit dem Schiff nach Königswinter,
Drachenfels (zu Fuß oder mit der Zahnradbahn), danach Essen im Brauhaus.

Abfahrt 9:30 Uhr Anleger Frankenwerft, Rückkehr ca. 19 Uhr.
Kosten übernimmt die Abteilung, Getränke ab 18 Uhr selbst.

Bitte tragt euch bis 10. April in die Umfrage ein und gebt an, ob ihr vegetarisch/vegan
essen möchtet. Wer nicht gut zu Fuß ist, fährt mit der Bahn hoch – kein Problem, einfach
in der Umfrage ankreuzen, ohne Begründung.

Lena
""")

M("N", "de", "insurer-to-company", "trap: fleet quote to a company addressed generically, no natural person",
  frm=ADDR("engel"), to="Info Bauunternehmung Kessler GmbH & Co. KG <info@kessler-bau.example>",
  subj="Ihr Angebot Kfz-Flottenversicherung 2026 – Angebotsnr. FL-26-0412", date="2026-03-24 09:00",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage über das Ausschreibungsportal. Für Ihre Flotte von
34 Fahrzeugen (12 Pkw, 17 Transporter bis 3,5 t, 5 Lkw) bieten wir an:

  Kfz-Haftpflicht, Deckungssumme 100 Mio. EUR pauschal
  Vollkasko SB 1.000 EUR / Teilkasko SB 500 EUR
  Flottenbeitrag gesamt: 61.480 EUR netto zzgl. Versicherungsteuer

Grundlage ist die Schadenstatistik der Jahre 2021–2025 Ihres Vorversicherers (Quote
54 %). Das Angebot gilt bis 30.04.2026.

Mit freundlichen Grüßen
""", sig="engel")

M("N", "en", "internal", "trap: aggregated disability claim causes for the board, no individuals",
  frm=ADDR("okafor"), to="Board office Life <vorstand-leben@versicherer.example>",
  subj="Disability claims 2025 – causes and trends", date="2026-03-24 11:20",
  body="""Dear all,

as requested, the distribution of new occupational disability claims accepted in 2025
(n = 1,318):

[[t]]

Mental disorders remain the main cause and rose again among insureds under 40. The
average age at claim was 47.6 years. Cells below 10 cases are merged into "other".

Chidi
""", sig="okafor", sigstyle="short", lang="en",
  tables={"t": ([["Cause (ICD-10 chapter)", "Share 2024", "Share 2025"],
                 ["Mental and behavioural (F)", "33.1 %", "35.8 %"],
                 ["Musculoskeletal (M)", "21.4 %", "20.2 %"],
                 ["Cancer (C/D)", "16.0 %", "15.1 %"],
                 ["Nervous system (G)", "7.9 %", "8.3 %"],
                 ["Cardiovascular (I)", "7.2 %", "6.9 %"],
                 ["Accidents (S/T)", "6.8 %", "6.4 %"],
                 ["Other", "7.6 %", "7.3 %"]], "pad")})

M("N", "de", "internal", "trap: blank release-from-confidentiality form sent as template",
  frm=ADDR("meier"), to="Leistung Leben / BU <leistung-leben@versicherer.example>",
  subj="Neue Schweigepflichtentbindung (Fassung 03/2026) – bitte ab sofort verwenden", date="2026-03-25 08:15",
  body="""Liebe Kolleginnen und Kollegen,

die abgestimmte neue Fassung der Schweigepflichtentbindungserklärung liegt an. Wichtigste
Änderung: Kunden können jetzt für jede einzelne Anfrage wählen, ob sie vorher gefragt
werden wollen (Variante 2) oder pauschal einwilligen (Variante 1).

Bitte alte Vordrucke (Fassung 2019) nicht mehr versenden.

Thomas Meier
Datenschutzbeauftragter
""",
  att=[DOCX("Schweigepflichtentbindung_2026-03_LEER.docx", [
      ("h", "Einwilligung und Schweigepflichtentbindung"),
      "Versicherte Person: ______________________   Geburtsdatum: ____________   Vertragsnummer: ____________",
      "Variante 1: Ich entbinde die Ärzte, Pflegepersonen, Krankenhäuser und Behörden, die mich in den letzten fünf "
      "Jahren vor Antragstellung untersucht, beraten oder behandelt haben, von ihrer Schweigepflicht ...",
      "Variante 2: Ich möchte vor jeder Anfrage informiert werden und im Einzelfall entscheiden ...",
      "Ort, Datum: ____________________   Unterschrift: ______________________",
  ])])

M("N", "de", "insurer-to-partner", "trap: answer to a journalist about average dental costs, aggregates only",
  frm=ADDR("baumann"), to="Redaktion Verbrauchermagazin Geldwert <redaktion@geldwert-magazin.example>",
  subj="AW: Anfrage Zahnzusatzversicherungen – Zahlen", date="2026-03-25 14:45",
  body="""Sehr geehrte Frau Schaaf,

gern beantworte ich Ihre Fragen:

1. Durchschnittliche Erstattung je Leistungsfall 2025 in unseren Zahnzusatztarifen:
   412 Euro (Zahnersatz: 1.106 Euro, Prophylaxe: 86 Euro).
2. Anteil der Leistungsanträge, die ganz oder teilweise abgelehnt werden: 6,3 %, meist
   wegen laufender Behandlung vor Vertragsbeginn.
3. Durchschnittsalter bei Abschluss: 41 Jahre.

Einzelfälle oder Kundenstimmen können wir aus Datenschutzgründen nicht vermitteln. Gern
stehe ich für ein Hintergrundgespräch zur Verfügung.

Mit freundlichen Grüßen
""", sig="baumann")

M("N", "en", "insurer-to-supplier", "trap: hotel room block for a sales conference, no names",
  frm=ADDR("falk"), to="Events Team Rheinblick Hotel <events@rheinblick-hotel.example>",
  subj="Sales conference 4–5 June – room block and meeting rooms", date="2026-03-26 10:10",
  body="""Dear Ms Ruiz,

thank you for your offer. We confirm:

  room block: 45 single rooms, 3–5 June (2 nights), rate EUR 139 incl. breakfast
  plenary room "Loreley" for 120 persons, 4 June 9:00–18:00, 5 June 9:00–13:00
  3 breakout rooms on 4 June afternoon
  conference dinner on 4 June, 110 persons (we'll send dietary requirements in May)

The rooming list will follow by 15 May. Release date for unbooked rooms: 20 May.
Please send the contract to our procurement department, reference PO 4500220117.

Best regards
Bernd Falk
""", lang="en")

M("N", "de", "internal", "trap: IT ticket about a locked broker portal account, broker number only",
  frm="IT-Servicedesk <servicedesk@versicherer.example>", to=ADDR("reuter"),
  subj="[REQ0022913] Maklerportal: Konto gesperrt nach 3 Fehlversuchen", date="2026-03-26 15:25",
  client="system", mailer="ServiceNow",
  body="""Hallo Frank,

Ihr Request REQ0022913 wurde erledigt.

Anliegen: Benutzer der Vertragspartner-Firma 4471-220 (Firmenadministrator) nach drei
falschen Passwörtern gesperrt, Sicherheitsfrage vergessen.
Lösung: Konto entsperrt, Passwort-Reset-Link an die hinterlegte Adresse gesendet
(gültig 24 h). Die Sicherheitsfrage muss bei der nächsten Anmeldung neu gesetzt werden.
Protokolleintrag: AUD-2026-03-26-0418

Bitte geben Sie keine Passwörter am Telefon weiter.

IT-Servicedesk
""")

M("N", "de", "newsletter", "trap: care newsletter explaining care levels in general",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter Kunden <newsletter-de@versicherer.example>",
  subj="Pflege verstehen: Was bedeuten die Pflegegrade?", date="2026-03-27 07:00",
  body="""Liebe Leserinnen und Leser,

fast fünf Millionen Menschen in Deutschland sind pflegebedürftig – und die meisten werden
zu Hause von Angehörigen versorgt. Aber wer bekommt welchen Pflegegrad?

Pflegegrad 1: geringe Beeinträchtigung der Selbständigkeit (12,5 bis unter 27 Punkte)
Pflegegrad 2: erhebliche Beeinträchtigung (27 bis unter 47,5 Punkte)
Pflegegrad 3: schwere Beeinträchtigung (47,5 bis unter 70 Punkte)
Pflegegrad 4: schwerste Beeinträchtigung (70 bis unter 90 Punkte)
Pflegegrad 5: schwerste Beeinträchtigung mit besonderen Anforderungen (ab 90 Punkte)

Die gesetzliche Pflegeversicherung zahlt z. B. in Pflegegrad 3 ein Pflegegeld von 599
Euro im Monat. Die tatsächlichen Kosten liegen oft beim Drei- bis Vierfachen. Unsere
Pflegetagegeldversicherung schließt diese Lücke.

Jetzt informieren: https://www.versicherer.example/pflege

Abmelden: https://www.versicherer.example/newsletter/abmelden
""")

M("N", "de", "internal", "trap: works council info with salary bands of the collective agreement, no person",
  frm="Betriebsrat <betriebsrat@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Tarifabschluss 2026: Das ändert sich bei euren Gehältern", date="2026-03-27 12:00",
  body="""Liebe Kolleginnen und Kollegen,

der Tarifabschluss für das private Versicherungsgewerbe ist da. Ab 1. April steigen die
Gehälter um 3,6 %, ab 1. April 2027 um weitere 2,4 %.

Beispiele (Vollzeit, ab 11. Berufsjahr):

  Tarifgruppe 4   3.941 EUR  ->  4.083 EUR
  Tarifgruppe 6   4.699 EUR  ->  4.868 EUR
  Tarifgruppe 8   5.733 EUR  ->  5.939 EUR

Azubis bekommen 100 EUR mehr im Monat. Fragen zu eurer persönlichen Eingruppierung klärt
bitte vertraulich im Gespräch mit uns, nicht per Mail.

Euer Betriebsrat
""")

M("N", "en", "internal", "trap: anonymised training case study about a disability claim",
  frm=ADDR("ortmann"), to="New claims handlers <bu-onboarding@versicherer.example>",
  subj="Case study for Thursday's training (anonymised)", date="2026-03-30 09:15",
  body="""Hi all,

for Thursday please read the following case. All details are changed or invented; do not
try to find it in the system.

"Customer A, mid-fifties, works as a warehouse supervisor. Policy taken out in 2009,
monthly pension EUR 1,500. Claims disability after two slipped discs within one year;
orthopaedic report says he can still do office work for six hours a day. He has no
training for office work, his last job involved 70 % physical work."

Questions:
1. Which job do we compare against – the last one or any job he could do?
2. Does the "abstract referral" clause apply in his tariff generation?
3. What further information would you request, and from whom?

See you Thursday,
Britta
""", lang="en")

M("N", "de", "insurer-to-customer", "trap: prospect asks how to switch motor insurer; general answer, no contract",
  frm=ADDR("kessler"), to="Tim Rademacher <tim.rademacher@gmail.example>",
  subj="AW: Wechsel Kfz-Versicherung – wie geht das?", date="2026-03-30 11:40",
  body="""Hallo Herr Rademacher,

gern erkläre ich es kurz:

1. Beim bisherigen Versicherer kündigen Sie spätestens einen Monat vor Ablauf (meist zum
   30.11., bei einem Fahrzeugwechsel jederzeit).
2. Bei uns schließen Sie den neuen Vertrag ab – online oder telefonisch. Die
   Schadenfreiheitsklasse fragen wir beim Vorversicherer ab, darum müssen Sie sich nicht
   kümmern.
3. Die Zulassungsstelle müssen Sie nicht informieren, das machen wir.

Wenn Sie möchten, rechne ich Ihnen ein Angebot. Dafür brauche ich den Fahrzeugschein,
Ihre SF-Klasse und die jährliche Fahrleistung – gern am Telefon, nicht per Mail.

Freundliche Grüße
""", sig="kessler")

M("C", "de", "insurer-to-customer", "deer collision claim of a named customer with plate and claim number",
  frm=ADDR("brenner"), to="Hubertus Klein <hubertus.klein@t-online.example>",
  subj="Wildunfall am 27.03. – Schaden KS-2026-0039922", date="2026-03-31 08:30",
  body="""Sehr geehrter Herr Klein,

für den Zusammenstoß mit einem Reh auf der L 284 zwischen Overath und Much am 27. März
haben wir die Wildunfallbescheinigung des Jagdpächters, Herrn Lothar Bach, erhalten.

Ihr Mercedes C 200 (GM-HK 212) wird in der Werkstatt Autohaus Oberberg repariert; die
Kosten laut Kostenvoranschlag (4.118,40 EUR) übernimmt Ihre Teilkasko
(KH 44-610-882-5) abzüglich 150 EUR Selbstbeteiligung. Die Werkstatt rechnet direkt mit
uns ab. Ihre Schadenfreiheitsklasse bleibt unverändert.

Gute Fahrt!
""", sig="brenner")

M("C", "en", "insurer-to-customer", "imported car from the UK: named customer, VIN, UK and German plates",
  frm=ADDR("kessler"), to="Richard Hughes <richard.hughes@outlook.example>",
  subj="Insuring your imported Land Rover – what we need", date="2026-03-31 10:05",
  body="""Dear Mr Hughes,

welcome to Cologne! We can insure your Land Rover Defender 110 (UK registration
LV21 XTD, VIN SALEA7AU1M2041177) as soon as it has been approved for German roads.

Here is the order of things:
1. TÜV individual approval (§ 21 StVZO) – your garage has booked it for 14 April.
2. We issue an eVB number for the registration office (you'll get it by e-mail).
3. Registration in Cologne with your new German plate (you mentioned K-RH 110 is reserved).

Your UK insurer's letter confirms 9 years without claims, so we can start you in SF
class 9. Your policy number will be KH 44-721-004-3.

Kind regards
""", sig="kessler", lang="en")

M("C", "de", "broker", "forwarded broker request with a named client's birth date (ISO) and contracts",
  frm=ADDR("vogel"), to="Maklerservice Süd <maklerservice-sued@versicherer.example>",
  subj="WG: Bestandsabfrage Kunde Lechner", date="2026-04-01 09:30", client="outlook",
  body="""Bitte Bestandsauskunft an den Pool schicken, Maklervollmacht liegt seit 2023 vor. KV
""",
  quote=OQ("Bestandsservice | Allfinanz Pool Süd <bestand@allfinanzpool-sued.example>", "Dienstag, 31. März 2026 16:11",
           "Vogel, Katharina", "Bestandsabfrage Kunde Lechner", """Sehr geehrte Frau Vogel,

bitte senden Sie uns eine aktuelle Bestandsübersicht zu folgendem Kunden:

  Name: Lechner, Maximilian
  Geburtsdatum: 1982-08-14
  Anschrift: Sonnenstraße 9, 83022 Rosenheim
  bekannte Verträge: Hausrat HR 2209 880 112, Haftpflicht PH 3301 880 113,
  Wohngebäude (Nr. unbekannt)

Vermittlernummer Pool: 2210-9901, Untervermittler Herr Kiesl.

Mit freundlichen Grüßen
Bestandsservice Allfinanz Pool Süd"""))

M("C", "de", "insurer-to-customer", "family-law advice under legal expenses with both spouses' incomes",
  frm=ADDR("lindqvist"), to="Sandra Wiegand <sandra.wiegand@web.example>",
  subj="Beratungsrechtsschutz Familienrecht – RS-8810-500218", date="2026-04-01 13:15",
  body="""Sehr geehrte Frau Wiegand,

für eine Erstberatung zu Trennung und Unterhalt übernehmen wir die Kosten einer
Anwältin Ihrer Wahl bis 250 EUR (Beratungsrechtsschutz im Familienrecht). Eine
Vertretung vor dem Familiengericht ist nicht versichert.

Für die Beratung hilfreich sind die Angaben, die Sie uns genannt haben:
  Ihr Nettoeinkommen: ca. 1.950 EUR (Teilzeit, 25 Std.)
  Nettoeinkommen Ihres Mannes, Herrn Jörg Wiegand: ca. 4.300 EUR
  zwei Kinder (9 und 12), Eigentumswohnung mit Restschuld 118.000 EUR

Bitte reichen Sie die Rechnung der Anwältin bei uns ein, Stichwort RS-F 26-00229.

Mit freundlichen Grüßen
""", sig="lindqvist")

M("C", "de", "insurer-to-customer", "tax certificate of premiums with the named customer's tax ID, only in the XLSX attachment",
  frm="Beitragsservice <beitragsservice@versicherer.example>", to="Uwe Dahlmann <uwe.dahlmann@gmx.example>",
  subj="Ihre Beitragsbescheinigung 2025", date="2026-04-02 06:30", client="system",
  body="""Guten Tag,

anbei die gewünschte Bescheinigung über Ihre im Jahr 2025 gezahlten Beiträge.

Ihr Beitragsservice
""",
  att=[XLSX("Beitragsbescheinigung_2025.xlsx", {"Bescheinigung": [
      ["Versicherungsnehmer", "Uwe Dahlmann", "", ""],
      ["Steuer-ID", "82 117 405 633", "", ""],
      ["Anschrift", "Eichenweg 2, 53721 Siegburg", "", ""],
      ["Vertrag", "Sparte", "gezahlt 2025 (EUR)", "steuerlich"],
      ["KH 44-700-118-2", "Kfz-Haftpflicht", 388.62, "Vorsorgeaufwand § 10 Abs. 1 Nr. 3a EStG"],
      ["PH 3301 220 904", "Privathaftpflicht", 71.40, "Vorsorgeaufwand § 10 Abs. 1 Nr. 3a EStG"],
      ["HR 2209 220 903", "Hausrat", 118.80, "nicht abziehbar"],
  ]}, author="Beitragsservice")])

M("S", "de", "insurer-to-customer", "body mentions only 'Ihr HKP'; XLSX holds the named insured's dental treatment and cost plan",
  frm=ADDR("wendland"), to="Doris Merten <doris.merten@t-online.example>",
  subj="Ihr HKP – unsere Zusage", date="2026-04-02 10:40",
  body="""Guten Tag Frau Merten,

anbei unsere Berechnung zu Ihrem HKP. Die Zusage gilt sechs Monate.

Viele Grüße
Tobias Wendland
""",
  att=[XLSX("HKP_Zusage_Merten.xlsx", {"Zusage": [
      ["Zahn", "Befund", "Regelversorgung", "geplante Versorgung", "Kosten lt. HKP", "Erstattung Tarif ZE90"],
      ["14", "ww (erneuerungsbed. Krone)", "Krone NEM", "Vollkeramikkrone", 980.00, 882.00],
      ["15", "f (fehlend)", "Brücke", "Implantat + Krone", 3240.00, 2916.00],
      ["16", "ww", "Krone NEM", "Vollkeramikkrone", 980.00, 882.00],
      ["", "", "", "Festzuschuss GKV (Bonus 70 %)", -1188.40, ""],
      ["Versicherte Person", "Doris Merten, geb. 21.12.1966", "", "", "", "Summe 3.491,60 EUR"],
  ]})])

M("S", "de", "internal", "HR mail: named employee's pregnancy-related employment ban",
  frm=ADDR("weiss"), to="Oliver Stanek <oliver.stanek@versicherer.example>",
  subj="Frau Dahms – Beschäftigungsverbot", date="2026-04-03 08:50",
  body="""Hallo Oliver,

nur damit du planen kannst: Frau Jennifer Dahms aus deinem Team hat uns gestern ein
ärztliches Beschäftigungsverbot vorgelegt, gültig ab sofort bis zum Beginn des
Mutterschutzes am 18. Juni. Sie ist schwanger (Termin 30. Juli) und darf aus
gesundheitlichen Gründen gar nicht arbeiten, auch nicht im Homeoffice.

Bitte behandle das vertraulich; Frau Dahms informiert das Team selbst, wann sie möchte.
Die Vertretung ihrer Fälle besprechen wir am Montag.

Nadine
""")

M("S", "en", "insurer-to-customer", "expat maternity: named insured's birth invoice with caesarean section",
  frm=ADDR("whitfield"), to="Aisha Rahman <aisha.rahman@gmail.example>",
  subj="Maternity claim – American Hospital Dubai", date="2026-04-03 12:30",
  body="""Dear Ms Rahman,

congratulations on the birth of your daughter Layla!

We have settled the invoice of the American Hospital Dubai (invoice AHD-2026-118842)
directly with the hospital:

  elective caesarean section, obstetrician fee      AED 14,500
  anaesthesia                                        AED  4,200
  hospital stay mother, 3 nights, private room       AED 18,900
  newborn care and paediatric check                  AED  3,650
  total                                              AED 41,250 (approx. EUR 10,180)

Your plan covers maternity in full after the 10-month waiting period, which you had
completed. Layla is covered on your policy IHP-300-77120 from birth, without health
questions, if you register her within two months.

Kind regards
""", sig="whitfield", lang="en")

M("S", "de", "insurer-to-customer", "glasses reimbursement for a named insured, only 'Gleitsichtgläser' and dioptres reveal health",
  frm=ADDR("yildiz"), to="Manfred Stelzer <m.stelzer@arcor.example>",
  subj="Erstattung Ihrer Brille", date="2026-04-06 10:15",
  body="""Hallo Herr Stelzer,

die Rechnung von Optik Brillux (Nr. 40218, 27.03.2026) haben wir abgerechnet:

  Fassung Lindberg Titanium                 389,00 EUR
  2 Gleitsichtgläser, Index 1,6, entspiegelt
  (R: sph -2,75 cyl -0,50 add 2,25 / L: sph -3,00 add 2,25)   1.140,00 EUR

Ihr Tarif ZP80 erstattet für Sehhilfen alle zwei Jahre bis 300 EUR. Die letzte Brille haben
Sie im März 2024 eingereicht, also zahlen wir jetzt wieder den vollen Betrag von 300 EUR.

Freundliche Grüße
""", sig="yildiz", sigstyle="short")

M("S", "de", "insurer-to-lawyer", "motor liability recourse: injured third party's whiplash and pain-and-suffering claim",
  frm=ADDR("schreiber"), to="Rechtsanwälte Dr. Wolff & Kamphausen <kanzlei@wolff-kamphausen.example>",
  subj="Ihr Mandant Sven Oberhaus / unser VN Dieter Mrozek – KS-2026-0018804", date="2026-04-06 14:00",
  body="""Sehr geehrter Herr Dr. Wolff,

in der Unfallsache vom 23.01.2026 (Auffahrunfall B 55, Bergheim) nehmen wir zu Ihrem
Schreiben vom 30.03. Stellung:

Ihr Mandant, Herr Sven Oberhaus, hat laut Attest des Durchgangsarztes eine HWS-Distorsion
Grad I (S13.4) erlitten und war 19 Tage arbeitsunfähig. Ein Schmerzensgeld von 1.200 EUR
halten wir für angemessen; die geforderten 4.500 EUR sind nach der Rechtsprechung bei
folgenlos ausgeheilter HWS-Verletzung nicht begründet.

Den Verdienstausfall (Nettolohndifferenz 612,30 EUR) und die Physiotherapie (6 x KG,
148,20 EUR) erstatten wir.

Mit freundlichen Grüßen
""", sig="schreiber")

M("S", "de", "customer", "forwarded customer mail; discharge letter only inside the ZIP attachment",
  frm=ADDR("brandt"), to="Leistung Stationär Posteingang <stationaer-eingang@versicherer.example>",
  subj="WG: Unterlagen", date="2026-04-07 08:20", client="outlook",
  body="""Zum Vorgang 55 302 114 9, Kunde hat alles gezippt geschickt.
Gerrit
""",
  quote=OQ("Jürgen Pfeifer <juergen.pfeifer@gmx.example>", "Montag, 6. April 2026 19:03",
           "stationaer@versicherer.example", "Unterlagen", "Anbei die Unterlagen wie am Telefon besprochen.\nJ. Pfeifer"),
  att=[ZIP("Unterlagen_Pfeifer.zip", [
      PDF("Entlassbrief.pdf", [
          ("h", "Klinikum Leverkusen · Klinik für Innere Medizin und Gastroenterologie"),
          "Entlassbrief · Patient: Jürgen Pfeifer, geb. 11.02.1958 · stationär vom 24.03.2026 bis 31.03.2026",
          "Diagnosen: Akute Pankreatitis (K85.9), Cholezystolithiasis (K80.20)",
          "Therapie: Analgesie, Flüssigkeitssubstitution, ERCP mit Steinextraktion am 26.03.2026. "
          "Elektive Cholezystektomie in 6 Wochen empfohlen.",
          "Medikation bei Entlassung: Pantoprazol 40 mg 1-0-0, Metamizol 500 mg bei Bedarf bis 4x täglich.",
      ], title="Entlassbrief"),
      TXT("Bankverbindung.txt", "Kontoinhaber: Jürgen Pfeifer\nIBAN siehe Vertrag\n"),
  ])])

M("S", "en", "insurer-to-customer", "care allowance: named mother now lives in a memory care unit",
  frm=ADDR("yilmaz"), to="Stephen Walsh <stephen.walsh@gmail.example>",
  subj="Your mother's long-term care policy 58 220 119 4", date="2026-04-07 11:30",
  body="""Dear Mr Walsh,

thank you for letting us know that your mother, Mrs Brigitte Walsh, moved into the
memory care unit of Haus Sonnenhang in Wuppertal on 1 April. As her legal guardian you
may of course handle the policy on her behalf.

Because she now lives in a care home, the daily care allowance increases from EUR 60 to
EUR 90 (care level 4 as assessed in January). Please send us the care home contract and
the first monthly invoice; we will then pay the allowance to the account you gave us.

If her needs change, a new assessment can be requested at any time.

Kind regards
""", sig="yilmaz", lang="en")

M("S", "de", "insurer-to-customer", "premium refund in a named customer's private health insurance (health contract, no medical word)",
  frm="Versicherer Krankenversicherung <service-kv@versicherer.example>", to="Jana Kowalczyk <jana.kowalczyk@web.example>",
  subj="Gute Nachricht: Ihre Beitragsrückerstattung für 2025", date="2026-04-08 06:10", client="system",
  body="""Sehr geehrte Frau Kowalczyk,

Sie haben für das Kalenderjahr 2025 keine Rechnungen zur Erstattung eingereicht. Dafür
belohnen wir Sie:

  Vertrag:                       55 410 207 1 (Tarif Vollversicherung V2)
  Beitragsrückerstattung:        3 Monatsbeiträge = 1.471,14 EUR
  Auszahlung:                    bis 30.04.2026 auf Ihr Beitragskonto

Bitte beachten Sie: Wenn Sie jetzt noch Rechnungen aus 2025 einreichen, entfällt die
Rückerstattung. Ein Rechenbeispiel dazu finden Sie in unserem Kundenportal.

Ihre Versicherer Krankenversicherung a.G.
""")


# ---- batch 6 ---------------------------------------------------------------

M("N", "de", "internal", "trap: first-aid refresher and defibrillator locations, no persons",
  frm=ADDR("richter"), to="Ersthelfer Köln <ersthelfer@versicherer.example>",
  subj="Ersthelfer-Auffrischung 2026 und neue AED-Standorte", date="2026-04-08 09:00",
  body="""Liebe Ersthelferinnen und Ersthelfer,

die Auffrischungskurse (9 Unterrichtseinheiten, Malteser) finden statt am:
  21. April, 5. Mai, 9. Juni – jeweils 8:30–16:00 Uhr, Schulungsraum 0.08

Bitte meldet euch über das Intranet an; ein Kurs ist alle zwei Jahre Pflicht.

Seit März hängen zusätzliche Defibrillatoren (AED) in Gebäude B, 3. OG neben dem Aufzug,
und in der Tiefgarage Ebene -1 am Ausgang Treppenhaus Nord. Die Übersichtskarte im
Intranet ist aktualisiert. Der Verbandbuch-Vordruck liegt jetzt nur noch digital vor.

Danke, dass ihr das macht!
Anja Richter
""")

M("N", "de", "insurer-to-supplier", "trap: offer for back-health courses for staff from a company, no persons",
  frm=ADDR("weiss"), to="Team BGM Aktiv Rheinland GmbH <kontakt@bgm-aktiv.example>",
  subj="Ihr Angebot Rückenfit im Büro – Beauftragung", date="2026-04-08 13:20",
  body="""Sehr geehrte Damen und Herren,

wir beauftragen gemäß Ihrem Angebot BGM-2026-031:

  8 Kurse „Rückenfit im Büro“ à 10 Termine (60 Min.), max. 12 Teilnehmende
  2 Aktionstage „Bewegte Pause“ mit Haltungsanalyse (anonym, ohne Speicherung)
  Gesamtpreis 14.880 EUR netto

Die Kurse sind nach § 20 SGB V zertifiziert; Teilnahmebescheinigungen bitte nur an die
Teilnehmenden selbst, nicht an uns.

Bitte stimmen Sie die Termine mit Frau Richter aus dem Facility Management ab.

Mit freundlichen Grüßen
""", sig="weiss")

M("N", "en", "internal", "trap: data protection impact assessment summary for OCR of medical invoices, no persons",
  frm=ADDR("meier"), to="Project ScanNext <scannext@versicherer.example>",
  subj="DPIA ScanNext – result and open measures", date="2026-04-09 10:30",
  body="""Dear project team,

the DPIA for ScanNext (automatic reading of doctors' and hospital invoices) is complete.
Result: high risk before measures, acceptable residual risk after the measures below.

Measures required before go-live:
1. Processing only in the EU data centre; no model training on production documents
   without pseudonymisation.
2. Diagnosis fields (ICD-10 codes) are masked in the validation UI unless the user has the
   role "Leistung Kranken".
3. Deletion of OCR intermediate files after 7 days.
4. Access logging for every document view, retained 6 years.

The full DPIA (v1.3) is in the ISMS tool under DSFA-2026-004.

Thomas
""", sig="meier", sigstyle="short", lang="en")

M("N", "de", "internal", "trap: gateway test mail with a clearly fictitious person and published example IBAN",
  frm=ADDR("fischer"), to="Testpostfach Gateway <gateway-test@versicherer.example>",
  subj="TEST Siegel Klassifikation – bitte ignorieren", date="2026-04-09 16:05",
  body="""*** TESTNACHRICHT – ALLE DATEN FIKTIV ***

Testfall K-07: Kunde „Max Mustermann (fiktiv)“, geb. 01.01.1970 (Testdatum),
Musterstraße 1, 12345 Musterstadt, IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN
der Bundesbank-Doku).

Erwartet: Klassifikation laut Testplan, Versand über Testrelay, keine Zustellung nach
außen. Ergebnis bitte in Jira SIEG-412 eintragen.

Tim
""")

M("N", "de", "insurer-to-broker", "trap: broker webinar invitation with a premium example for an invented model customer",
  frm=ADDR("vogel"), to="Maklerverteiler Süd <makler-sued@versicherer.example>",
  subj="Webinar: Die neue BU Plus 2026 – 22. April, 10 Uhr", date="2026-04-10 08:00",
  body="""Liebe Maklerpartner,

unsere neue Berufsunfähigkeitsversicherung BU Plus 2026 ist da. Im Webinar zeigen wir in
45 Minuten die Neuerungen:

• vereinfachte Gesundheitsfragen (5 statt 12 Jahre ambulant)
• Wiedereingliederungshilfe bis 6 Monatsrenten
• Nachversicherung ohne Gesundheitsprüfung bei Gehaltssprung

Beispielrechnung (Modellkunde, frei erfunden): Ingenieur, 35 Jahre, Nichtraucher,
BU-Rente 2.000 EUR bis 67 – Zahlbeitrag 98,40 EUR monatlich.

Anmeldung: https://partner.versicherer.example/webinare/bu-plus
Das Webinar ist mit 45 Minuten für die IDD-Weiterbildung anrechenbar.

Viele Grüße
""", sig="vogel")

M("N", "en", "newsletter", "trap: travel newsletter about falling ill abroad, no person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter subscribers EN <newsletter-en@versicherer.example>",
  subj="Summer holidays: what if you get sick abroad?", date="2026-04-10 07:00",
  body="""Hello,

Easter is here and many of you are already planning the summer. A few things worth knowing
before you go:

– Your European Health Insurance Card (EHIC) covers only public doctors and hospitals in
  the EU – at local rates and with co-payments.
– A return flight on medical grounds can cost EUR 10,000 to 60,000. Statutory health
  insurance never pays for it.
– Our travel health insurance costs from EUR 14.90 a year for individuals and covers
  treatment abroad and medically necessary repatriation.

Tip: save our 24/7 emergency number +49 221 555-8000 in your phone before you leave.

Have a great trip!

Unsubscribe: https://www.versicherer.example/en/newsletter/unsubscribe
""", lang="en")

M("N", "de", "internal", "trap: call-centre KPIs of the claims hotline",
  frm=ADDR("kowalski"), to="Leitung Kundenservice <ks-leitung@versicherer.example>",
  subj="Schadenhotline März – Kennzahlen", date="2026-04-13 09:10",
  body="""Hallo,

die März-Zahlen der Schadenhotline:

  Anrufe angenommen:         41.208 (Vormonat 38.770)
  Servicelevel 80/20:        74 % (Ziel 80 %)
  durchschn. Gesprächsdauer: 6:12 Min.
  Erstlösungsquote:          68 %
  Rückrufbitten offen > 48h: 112

Der Einbruch beim Servicelevel kam vom Sturmtief am 18./19.3. (an beiden Tagen jeweils
über 4.000 Anrufe). Ohne diese Tage lägen wir bei 81 %.

Lena
""", sig="kowalski", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: complaints statistics for the supervisory authority, aggregated",
  frm=ADDR("lorenz"), to="BaFin Referat VA 21 <va21@bafin-aufsicht.example>",
  subj="Beschwerdestatistik 2025 – Versicherer Allgemeine Versicherung AG", date="2026-04-13 14:40",
  body="""Sehr geehrte Damen und Herren,

gemäß Rundschreiben 3/2025 übermitteln wir die Beschwerdestatistik für 2025:

  Beschwerden gesamt:               2.114
  davon Kfz:                          804
  davon Sach (Hausrat/Wohngebäude):   732
  davon Haftpflicht:                  201
  davon Rechtsschutz:                 377
  Abhilfequote:                       41,6 %
  Bearbeitungsdauer Median:           9 Arbeitstage

Die Meldung im MVP-Portal ist erfolgt (Eingangsbestätigung 2026-0413-77182).

Mit freundlichen Grüßen
""", sig="lorenz")

M("N", "en", "internal", "trap: colleague off this week, no reason given",
  frm=ADDR("osei"), to="Marine team <marine@versicherer.example>",
  subj="Cover for Jakob this week", date="2026-04-13 08:05", client="mobile",
  body="""Morning all,

Jakob is out this week. Ana takes his cargo claims, I'll do the hull renewals. Anything
urgent from the Hamburg brokers – just put it in the shared inbox with "URGENT" in the
subject.

Thanks
Daniel
""", lang="en")

M("N", "de", "internal", "trap: quarterly meeting invitation with a broker pool company, ICS",
  frm=ADDR("reuter"), to="Maklerbetreuung Nord <mb-nord@versicherer.example>",
  subj="Quartalsgespräch mit der Nordpool Makler AG – Einladung", date="2026-04-14 10:00",
  body="""Moin zusammen,

Termin für das Quartalsgespräch mit der Nordpool Makler AG steht, Einladung anbei.
Themen: Bestandsentwicklung Q1, Courtagemodell Wohngebäude, Anbindung BiPRO 430.4,
Vertragspartner-Zugänge im Maklerportal (Firmenadministratoren).

Frank
""",
  att=[ICS("Quartalsgespraech_Nordpool.ics", "qg-nordpool-2026q2@versicherer.example", "Quartalsgespräch Nordpool Makler AG",
           "20260428T140000", "20260428T160000", ("Frank Reuter", "frank.reuter@versicherer.example"),
           [("Katharina Vogel", "katharina.vogel@versicherer.example"), ("Corinna Haas", "corinna.haas@versicherer.example")],
           location="Kiel, Nordpool Makler AG, Konferenzraum Förde")])

M("C", "de", "insurer-to-customer", "body 'Anbei die gewünschte Bestätigung'; PDF confirms a named tenant's household insurance for the landlord",
  frm=ADDR("petersen"), to="Paula Engelhardt <paula.engelhardt@gmx.example>",
  subj="Versicherungsbestätigung für Ihre Vermieterin", date="2026-04-14 12:10",
  body="""Hallo Frau Engelhardt,

anbei die gewünschte Bestätigung.

Viele Grüße
Malte Petersen
""",
  att=[PDF("Versicherungsbestaetigung_HR_2209_905_331.pdf", [
      ("h", "Versicherungsbestätigung"),
      "Hiermit bestätigen wir, dass Frau Paula Engelhardt, geb. 07.03.1999, Zülpicher Straße 188, 50937 Köln, "
      "bei uns eine Hausratversicherung (Vertrag HR 2209 905 331, Versicherungssumme 42.000 EUR) und eine "
      "Privathaftpflichtversicherung mit Einschluss von Mietsachschäden (Vertrag PH 3301 905 332) unterhält.",
      "Beide Verträge bestehen ungekündigt; die Beiträge sind bis 31.12.2026 bezahlt.",
      "Köln, 14.04.2026 · Versicherer Allgemeine Versicherung AG",
  ], title="Versicherungsbestätigung")])

M("C", "en", "insurer-to-customer", "HTML attachment with a named customer's SEPA mandate confirmation and Austrian IBAN",
  frm="Payments <payments@versicherer.example>", to="Lukas Gruber <lukas.gruber@aon.example>",
  subj="Confirmation of your SEPA direct debit mandate", date="2026-04-15 06:20", client="system",
  body="""Dear Mr Gruber,

thank you for setting up your direct debit mandate online. Your confirmation is attached
as an HTML file – please keep it for your records.

Versicherer Allgemeine Versicherung AG
""", lang="en",
  att=[HTMLA("SEPA_mandate_PH-3301-918220.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>SEPA mandate</title></head><body>
<h2>SEPA Core Direct Debit Mandate</h2>
<p>Creditor: Versicherer Allgemeine Versicherung AG, Creditor ID DE98ZZZ09999999999</p>
<p>Mandate reference: PH-3301-918220-01</p>
<table border="1" cellpadding="4">
<tr><th>Debtor</th><td>Lukas Gruber</td></tr>
<tr><th>Address</th><td>Liebenauer Hauptstraße 41, 8041 Graz, Austria</td></tr>
<tr><th>IBAN</th><td>{IB("AT", "2011182221219800")}</td></tr>
<tr><th>BIC</th><td>GIBAATWWXXX</td></tr>
<tr><th>Policy</th><td>Personal liability PH 3301 918 220</td></tr>
<tr><th>Signed online</th><td>15/04/2026 06:14 CEST</td></tr>
</table></body></html>
""")])

M("C", "de", "insurer-to-customer", "e-bike theft claim of a named customer with frame number",
  frm=ADDR("wolff"), to="Jonas Berghoff <jonas.berghoff@posteo.example>",
  subj="AW: E-Bike geklaut!!", date="2026-04-15 09:45", client="thunderbird",
  body="""Hallo Herr Berghoff,

das tut mir leid! Ich habe den Schaden zu Ihrer Fahrradversicherung FR-7731-01144
angelegt (Schadennummer FR-S-26-00588).

Damit wir schnell zahlen können, brauche ich noch:
- die Kaufrechnung des Cube Kathmandu Hybrid (Rahmennummer laut Police WCU22K4471933)
- den Schlüssel des Schlosses (bitte per Post, Adresse unten)
- die Bestätigung der Anzeige der Polizei Münster

Neupreis war 3.899 EUR, versichert ist der Neuwert in den ersten drei Jahren.

Viele Grüße
Sandra Wolff
""",
  quote=Q("""Am 14.04.26 um 22:51 schrieb Jonas Berghoff:
Hallo, mein E-Bike wurde heute vor der Uni-Bibliothek in Münster geklaut obwohl
es abgeschlossen war. Anzeige hab ich gemacht. Was muss ich jetzt tun?
Jonas Berghoff"""))

M("C", "de", "internal", "internal CSV of named customers in the dunning run (non-personal lines)",
  frm=ADDR("becker"), to="Inkasso Team <inkasso@versicherer.example>",
  subj="Mahnlauf 15.04. – Fälle zur manuellen Prüfung", date="2026-04-15 11:30",
  body="""Hi,

anbei die 6 Fälle, die der Mahnlauf wegen Adressproblemen ausgesteuert hat. Bitte bis
Freitag klären (Einwohnermeldeamt-Anfrage nur, wenn Post zurückkam).

Hannes
""",
  att=[CSV("Mahnlauf_2026-04-15_manuell.csv", [
      ["Vertrag", "Sparte", "Name", "Vorname", "offen EUR", "Mahnstufe", "Grund"],
      ["KH44-715-002-9", "Kfz", "Sadiku", "Ardian", "214,80", "2", "Post unzustellbar"],
      ["HR22-09-881-004", "Hausrat", "Pohlmann", "Irene", "132,40", "1", "Adresse unvollständig"],
      ["RS88-10-310-772", "Rechtsschutz", "Dreyer", "Kai", "348,00", "3", "verzogen nach unbekannt"],
      ["PH33-01-447-118", "PHV", "Mertens", "Lisa-Marie", "71,40", "1", "Adresse unvollständig"],
      ["TH33-90-118-204", "Hundehaftpflicht", "Reinholz", "Udo", "96,00", "2", "Post unzustellbar"],
      ["KH44-718-440-1", "Kfz", "Aksoy", "Mehmet", "602,15", "3", "Insolvenzverfahren?"],
  ])])

M("C", "de", "insurer-to-customer", "handover of a named debtor's motor premium debt to a collection agency",
  frm=ADDR("becker"), to="Sascha Krämer <sascha.kraemer@mail.example>",
  subj="Letzte Zahlungsaufforderung vor Abgabe an Inkasso", date="2026-04-16 08:00",
  body="""Sehr geehrter Herr Krämer,

trotz unserer Mahnungen vom 10.02. und 12.03.2026 ist der Beitrag für Ihre frühere
Kfz-Versicherung (Vertrag 44-712-338-0, Opel Astra, LEV-SK 99, Vertrag beendet am
31.03.2026) nicht bezahlt:

  Beitrag 01.10.2025–31.03.2026    388,20 EUR
  Mahnkosten                         5,00 EUR
  Summe                            393,20 EUR

Wenn der Betrag nicht bis 30.04.2026 bei uns eingeht, übergeben wir die Forderung an die
Creditreform Köln; dabei entstehen Ihnen weitere Kosten. Eine Ratenzahlung ist möglich –
rufen Sie uns an.

Mit freundlichen Grüßen
""", sig="becker")

M("C", "en", "insurer-to-broker", "claims history for a named sole trader's small fleet requested by the broker",
  frm=ADDR("engel"), to="Sophie Walker <s.walker@walker-insurance-brokers.example>",
  subj="RE: Claims history – Mr Okoro's courier vans", date="2026-04-16 13:35", client="outlook",
  body="""Hi Sophie,

here is the claims history you asked for (your client Emeka Okoro, trading as Okoro
Express Kurierdienst, sole trader, fleet policy FL 4490 0212):

[[t]]

No open reserves. With this history I can offer a 7 % renewal reduction if he agrees to
telematics in all four vans.

Best,
Rüdiger
""", sig="engel", sigstyle="short", lang="en",
  tables={"t": ([["Date", "Vehicle", "Type", "Paid EUR"],
                 ["2023-06-02", "D-OK 401", "rear-end collision, liability", "3,412"],
                 ["2024-11-19", "D-OK 402", "glass", "612"],
                 ["2025-08-07", "D-OK 404", "parking damage, own damage", "1,905"]], "pad")},
  quote=OQ("Sophie Walker <s.walker@walker-insurance-brokers.example>", "Thursday, 16 April 2026 10:02",
           "Engel, Rüdiger", "Claims history – Mr Okoro's courier vans",
           "Hi Rüdiger, could you send me the 3-year claims history for Emeka Okoro's fleet before the renewal talk on Monday? Thanks, Sophie", lang="en"))

M("S", "de", "insurer-to-customer", "naturopath invoice positions (acupuncture, autologous blood) for a named insured",
  frm=ADDR("kroeger"), to="Heike Brandl <heike.brandl@t-online.example>",
  subj="Ihre Heilpraktikerrechnung vom 31.03.2026", date="2026-04-16 15:10",
  body="""Sehr geehrte Frau Brandl,

die Rechnung Ihrer Heilpraktikerin, Frau Gudrun Seifert, haben wir geprüft:

  GebüH 1   Anamnese                       3 x  12,30 EUR
  GebüH 4   Eingehende Untersuchung        1 x  14,40 EUR
  GebüH 22.2 Eigenblutinjektion           4 x  15,40 EUR
  GebüH 26.1 Akupunktur                    6 x  25,60 EUR
  zusammen                                     266,50 EUR

Nach Ihrem Tarif erstatten wir Heilpraktikerleistungen zu 80 % bis zu den Höchstsätzen des
Gebührenverzeichnisses, also 213,20 EUR. Ihr Jahresbudget für Naturheilverfahren (1.000 EUR)
ist damit zu 41 % ausgeschöpft.

Freundliche Grüße
""", sig="kroeger")

M("S", "de", "insurer-to-customer", "pharmacy receipts with drug names and PZN of a named insured",
  frm=ADDR("kroeger"), to="Bernd Lüttgen <bernd.luettgen@gmx.example>",
  subj="Erstattung Apothekenbelege März", date="2026-04-17 09:25",
  body="""Guten Tag Herr Lüttgen,

Ihre Apothekenbelege (Rosen-Apotheke, 04.03. und 28.03.2026) sind erstattet:

  Eliquis 5 mg, 200 St.          PZN 11345678    262,14 EUR
  Bisoprolol 2,5 mg, 100 St.     PZN 06913522     14,84 EUR
  Torasemid 10 mg, 100 St.       PZN 00210987     17,93 EUR
  Erstattung 100 %                               294,91 EUR

Tipp: Wenn Sie die Rezepte mit der App fotografieren, kommt das Geld meist schon nach
drei Tagen.

Freundliche Grüße
Sabine Kröger
""")

M("S", "en", "internal", "medical underwriting note on a named applicant's BMI, smoking and blood values",
  frm=ADDR("hasselbach"), to=ADDR("schulte"),
  subj="RE: Application 2026-0241 – Mr Brennan", date="2026-04-17 14:00", client="outlook",
  body="""Marlene,

I have looked at the GP questionnaire for Mr Liam Brennan (born 03/11/1984, term life
EUR 400,000):

– BMI 33.8 (1.82 m, 112 kg)
– smoker, 20 cigarettes a day for 18 years
– GGT 96 U/l, ALT 71 U/l; GP notes "fatty liver, alcohol moderate"

That is +75 % extra premium for the smoker tariff. I would also want a repeat liver panel
in three months before deciding; if GGT stays above 80, we postpone.

Ulrike
""", lang="en")

M("S", "de", "insurer-to-customer", "accident invalidity assessed under the limb table for the named insured's thumb",
  frm=ADDR("albrecht"), to="Tobias Wirtz <tobias.wirtz@web.example>",
  subj="Ihre Invaliditätsleistung – Unfall vom 19.06.2025", date="2026-04-20 10:20",
  body="""Sehr geehrter Herr Wirtz,

das Gutachten von Dr. Pelzer liegt vor. Nach der Verletzung beim Holzspalten ist die
Beweglichkeit Ihres rechten Daumens im Endgelenk dauerhaft eingeschränkt; der Gutachter
bewertet das mit 4/10 Daumenwert.

Nach der Gliedertaxe Ihres Vertrags (Daumen = 20 %) ergibt sich ein Invaliditätsgrad
von 8 %. Bei einer Grundsumme von 100.000 EUR zahlen wir 8.000 EUR (keine Progression
unter 25 %).

Wenn Sie mit der Einschätzung nicht einverstanden sind, können Sie innerhalb von drei
Jahren nach dem Unfall eine Neubemessung verlangen.

Mit freundlichen Grüßen
""", sig="albrecht")

M("S", "de", "insurer-to-customer", "short mail: named insured's incapacity for work continues, daily sickness allowance",
  frm=ADDR("kroeger"), to="Andreas Hübner <andreas.huebner@gmx.example>",
  subj="AW: Folgebescheinigung", date="2026-04-20 15:30", client="mobile",
  body="""Hallo Herr Hübner,

Folgebescheinigung bis 30.04. ist da, danke. Krankentagegeld für den 10.04.–30.04. geht
morgen raus (21 x 85 EUR). Gute Besserung weiterhin!

Sabine Kröger
""",
  quote=Q("""Am 20.04.2026 um 07:12 schrieb Andreas Hübner:
Guten Morgen, anbei die neue AU, bin bis Ende des Monats weiter krankgeschrieben (Knie-OP
Nachbehandlung). Vertrag 55 220 804 3.
Gruß A. Hübner"""))

M("S", "de", "internal", "HTML-only CRM call note: named customer mentions alcohol addiction treatment",
  frm="CRM Notizdienst <crm@versicherer.example>", to=ADDR("stanek"),
  subj="Gesprächsnotiz zu Vertrag 3100 552 019 (Rückruf erbeten)", date="2026-04-21 09:05", client="system",
  mailer="Versicherer CRM 9",
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p><b>Gesprächsnotiz</b> – erfasst von Lena Kowalski, 21.04.2026 08:58</p>
<table border="0" cellpadding="3">
<tr><td>Kunde</td><td>Frank Mehring, Lebensversicherung 3100 552 019</td></tr>
<tr><td>Anliegen</td><td>Beitragsfreistellung für 6 Monate</td></tr>
<tr><td>Notiz</td><td>Kunde berichtet, dass er ab Mai für 12 Wochen in eine Klinik geht (Entzug, Alkohol) und danach erst
mal nicht arbeiten kann. Möchte wissen, ob der Vertrag so lange ruhen kann. Bittet um Rückruf, nicht vor 14 Uhr.</td></tr>
<tr><td>Weiterleitung</td><td>Leistung Leben / Oliver Stanek</td></tr>
</table>
<p style="color:#888">Diese Nachricht wurde automatisch aus dem CRM erzeugt.</p>
</body></html>
""")

M("S", "en", "customer", "forwarded customer mail about IVF treatment costs",
  frm=ADDR("whitfield"), to="IHS claims inbox <ihs-claims@versicherer.example>",
  subj="FW: IVF cycle 2 – invoices", date="2026-04-21 11:40", client="outlook",
  body="""Please process under policy IHP-300-81044 – pre-approval for 3 cycles is on file. Emma
""", lang="en",
  quote=OQ("Claire Dubois <claire.dubois@orange.example>", "Monday, 20 April 2026 22:10",
           "Whitfield, Emma", "IVF cycle 2 – invoices", """Dear Emma,

please find the invoices for our second IVF cycle at Kinderwunschzentrum Köln
(stimulation in March, egg retrieval on 2 April, transfer on 7 April). The medication
(Gonal-f, Ovitrelle) was bought at the pharmacy, receipts attached.

Sadly this cycle was not successful either. We'd like to try a third time in June –
do we need a new approval?

Thank you for your kindness,
Claire""", lang="en"))

M("S", "de", "insurer-to-customer", "cost approval for a mother-and-child spa cure of the named insured",
  frm=ADDR("brandt"), to="Stefanie Wagner <stefanie.wagner@web.example>",
  subj="Mutter-Kind-Kur – Kostenzusage", date="2026-04-22 10:00",
  body="""Liebe Frau Wagner,

wir übernehmen nach Ihrem Tarif die Kosten der beantragten Mutter-Kind-Maßnahme in der
Kurklinik Seeblick, Borkum, vom 2. bis 23. Juni 2026 für Sie und Ihre Tochter Emma
(Vertrag 55 330 114 6, beide versichert).

Ihre Hausärztin begründet die Kur mit Ihrer anhaltenden Erschöpfung und den
Schlafstörungen seit der Trennung, bei Emma mit den wiederkehrenden Bronchitiden.

Erstattet werden 90 % der Kurkosten (Angebot 4.284 EUR), die Fahrtkosten bis 150 EUR.

Erholen Sie sich gut!
""", sig="brandt")


# ---- batch 7 ---------------------------------------------------------------

M("N", "de", "internal", "trap: payroll portal notice to all staff, no salary data",
  frm="Personalportal <personalportal@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Ihre Entgeltabrechnung April 2026 steht bereit", date="2026-04-23 06:00", client="system", mailer="HR-Portal 4",
  body="""Liebe Mitarbeiterin, lieber Mitarbeiter,

Ihre Entgeltabrechnung für April 2026 steht im Personalportal zum Abruf bereit.
Die Auszahlung erfolgt am 28.04.2026.

Hinweis: Mit dieser Abrechnung wird die Tariferhöhung von 3,6 % erstmals berücksichtigt.

Zum Portal: https://personal.versicherer.example (nur aus dem Firmennetz oder per VPN)

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht.
""")

M("N", "de", "internal", "trap: weekly large-loss report naming only companies, no natural persons",
  frm=ADDR("hartmann"), to="Großschaden-Runde <grossschaden@versicherer.example>",
  subj="Großschadenmeldung KW 17", date="2026-04-24 08:30",
  body="""Guten Morgen,

neue Großschäden > 250 TEUR in KW 17:

1. Brand Lagerhalle, Spedition Nordlicht GmbH, Gewerbegebiet Hürth-Efferen, Industrie-
   Feuer, Reserve 2,8 Mio. EUR. Ursache vermutlich Ladestation Gabelstapler. Keine
   Verletzten.
2. Maschinenbruch Pressenstraße, Autozulieferer Kröning AG, Werk Olpe, Technische
   Versicherung, Reserve 640 TEUR, BU-Schaden (Betriebsunterbrechung) noch offen.
3. Sturm Dachschaden Einkaufszentrum Rheinpark (Objektgesellschaft), Reserve 310 TEUR.

Rückversicherung ist bei Nr. 1 informiert.

Sven Hartmann
""")

M("N", "en", "insurer-to-partner", "trap: bancassurance partner sales figures, aggregated",
  frm=ADDR("falk"), to="Partner Management Rheinische Volksbank <versicherung@rhein-volksbank.example>",
  subj="Q1 sales report – home and liability products in your branches", date="2026-04-24 11:00",
  body="""Dear Mr Albers,

please find the Q1 figures for the products sold in your branches:

  household insurance       1,212 new policies   (Q1/2025: 1,044)
  personal liability          986 new policies   (Q1/2025:   901)
  buildings insurance         214 new policies   (Q1/2025:   188)
  average annual premium    EUR 142

The top three branches were Bonn-Zentrum, Siegburg and Troisdorf. Commission for Q1
(EUR 38,412.60) will be paid with the next monthly statement.

Best regards
Bernd Falk
""", lang="en")

M("N", "de", "internal", "trap: gateway notice that a mail was held for lack of permission, no content",
  frm="Siegel Gateway <postmaster@versicherer.example>", to=ADDR("petersen"),
  subj="Nachricht nicht versendet: Empfänger hat nicht zugestimmt", date="2026-04-24 14:12", client="system",
  mailer="Siegel Gateway",
  body="""Ihre Nachricht wurde nicht versendet.

Empfänger:     j.meyer1987@gmail.example
Gesendet am:   24.04.2026 14:11
Grund:         Für diese Adresse liegt keine Einwilligung zur E-Mail-Kommunikation vor
               und sie hat uns bisher nicht selbst geschrieben (reaktive Kommunikation).

Was Sie tun können:
– Bitten Sie den Empfänger, Ihnen zuerst eine E-Mail zu schreiben, oder
– erfassen Sie die Einwilligung im CRM (Feld „E-Mail-Kommunikation“).

Diese Nachricht wurde automatisch erstellt.
""")

M("N", "de", "newsletter", "trap: pet newsletter with tick season tips and typical vet costs",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter Tierhalter <newsletter-tier@versicherer.example>",
  subj="Zeckenzeit: So schützen Sie Hund und Katze", date="2026-04-27 07:00",
  body="""Liebe Tierfreundinnen und Tierfreunde,

mit den ersten warmen Tagen sind die Zecken wieder unterwegs. Was hilft?

• Spot-on-Präparate oder Tabletten aus der Tierarztpraxis – nicht aus dem Internet
• nach jedem Spaziergang absuchen, vor allem Kopf, Ohren, Achseln
• Zeckenzange statt Finger, nicht drehen

Borreliose oder Babesiose beim Hund können teuer werden: eine Behandlung kostet schnell
800 bis 1.500 Euro, stationär auch mehr. Unsere Tierkrankenversicherung übernimmt bis zu
90 % der Kosten – für Hunde und Katzen ab der 9. Lebenswoche.

Ihr Team Tierversicherung

Abmelden: https://www.versicherer.example/newsletter/abmelden
""")

M("N", "de", "internal", "trap: internal job posting for the long-term care team",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Interne Stellenausschreibung: Sachbearbeitung Pflegeleistungen (m/w/d)", date="2026-04-27 09:00",
  body="""Liebe Kolleginnen und Kollegen,

das Team Pflegeversicherung / Pflegetagegeld sucht ab 1. Juli Verstärkung:

Sachbearbeiter/in Pflegeleistungen (m/w/d), Vollzeit oder Teilzeit ab 25 Std., TG 5

Ihre Aufgaben: Prüfung von Pflegegutachten, Abrechnung von Pflegetagegeld und
Hilfsmitteln, Beratung von Angehörigen am Telefon.
Ihr Profil: Ausbildung als Kaufmann/-frau für Versicherungen oder Pflegefachkraft,
Einfühlungsvermögen.

Bewerbungen bis 15. Mai im Stellenportal (intern), Kennziffer INT-2026-044. Ihre
Führungskraft erfährt von der Bewerbung erst, wenn Sie zum Gespräch eingeladen werden.

Nadine Weiß, Personal
""")

M("N", "en", "internal", "trap: vendor security questionnaire for a cloud service, no personal data",
  frm=ADDR("fischer"), to=ADDR("raman"),
  subj="Vendor assessment – transcription service for claims calls", date="2026-04-27 13:20",
  body="""Hi Priya,

I've reviewed the questionnaire from VoxScribe B.V. Main points:

+ ISO 27001 certified, hosting in Frankfurt and Amsterdam
+ encryption at rest (AES-256) and in transit (TLS 1.3), customer-managed keys possible
- sub-processor for speech recognition in the US (needs SCCs + transfer impact assessment)
- deletion of audio after 30 days only on request, default is 180 days
- no pen test report newer than 2024

As the calls would contain health claims, I'd rate it "high" until the US sub-processor
issue is solved. Can we discuss on Thursday?

Tim
""", lang="en")

M("N", "de", "insurer-to-supplier", "trap: fee schedule dispute with an appraisal company, no cases",
  frm=ADDR("brenner"), to="Abrechnung Kfz-Sachverständigenbüro Lenz GmbH <abrechnung@sv-lenz.example>",
  subj="Honorartabelle 2026 – Ihre Rechnungen ab 01.03.", date="2026-04-28 10:45",
  body="""Sehr geehrte Damen und Herren,

seit März rechnen Sie nach der BVSK-Honorarbefragung 2026 ab, vereinbart ist aber bis
31.12.2026 unsere Rahmenvereinbarung vom 01.01.2025 (Grundhonorar nach Schadenhöhe,
Nebenkosten pauschal 45 EUR).

Wir haben deshalb bei 37 Rechnungen aus März und April jeweils die Differenz gekürzt
(insgesamt 4.118,20 EUR). Bitte stellen Sie künftig nach der Rahmenvereinbarung in
Rechnung; die Liste der gekürzten Rechnungsnummern schicken wir Ihnen gern.

Mit freundlichen Grüßen
""", sig="brenner")

M("N", "de", "internal", "trap: motor premium table with age bands and example vehicles, no persons",
  frm=ADDR("engel"), to="Vertrieb Exklusivvertrieb <exklusivvertrieb@versicherer.example>",
  subj="Beitragsbeispiele Kfz Tarif 2026.2", date="2026-04-28 15:00",
  body="""Hallo zusammen,

für die Beratung die aktualisierten Beitragsbeispiele als Excel. Die Beispiele gehen von
SF 10, Regionalklasse Köln und 12.000 km aus. Jahrgänge sind nur Altersgruppen, keine
echten Kunden.

Rüdiger
""",
  att=[XLSX("Beitragsbeispiele_Kfz_2026-2.xlsx", {"Beispiele": [
      ["Fahrzeug", "Altersgruppe Fahrer", "Jahrgang (Beispiel)", "KH EUR", "VK SB 300/150 EUR"],
      ["VW Golf 1.5 TSI", "18-22", "2005", 1188.40, 1390.10],
      ["VW Golf 1.5 TSI", "30-39", "1990", 402.60, 488.20],
      ["VW Golf 1.5 TSI", "60-69", "1962", 388.90, 470.00],
      ["Tesla Model 3", "30-39", "1990", 512.30, 904.80],
      ["Fiat 500", "70+", "1950", 455.10, 402.70],
  ]}, author="Kfz-Betrieb")])

M("N", "en", "internal", "trap: lunch-and-learn invitation on the ICD-10-GM update",
  frm=ADDR("hasselbach"), to="Health and Life claims <leistung-alle@versicherer.example>",
  subj="Lunch & learn: what's new in ICD-10-GM 2026", date="2026-04-29 09:30",
  body="""Dear colleagues,

on 12 May from 12:15 to 13:00 I'll give a short overview of the ICD-10-GM 2026 changes
that matter for our claims work, e.g.

– new codes for long COVID follow-up states (U09.9 refinements)
– changes in the F-chapter (gaming disorder, complex PTSD)
– the new secondary codes for antimicrobial resistance

Room 5.01 or Teams; bring your lunch. Slides will be in the wiki afterwards.

Ulrike Hasselbach
""", lang="en")

M("N", "de", "internal", "trap: Easter holiday cover plan naming colleagues' absences without reasons",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>",
  subj="Vertretungsplan Ostern / Mai", date="2026-04-29 12:10",
  body="""Hallo Team,

hier der Vertretungsplan bis Pfingsten:

  Aylin Demir       abwesend 04.05.–08.05.   Vertretung: Paul Jost
  Paul Jost         abwesend 18.05.–22.05.   Vertretung: Merve Aydin
  Merve Aydin       abwesend 26.05.–29.05.   Vertretung: Aylin Demir
  Rolf Ebert        abwesend 11.05.–13.05.   Vertretung: Paul Jost

Bitte Abwesenheitsnotiz einrichten und die Großschäden vorher übergeben.

Aylin
""")

M("C", "de", "insurer-to-customer", "household surge damage claim of a named customer, refund to a Polish IBAN",
  frm=ADDR("demir"), to="Tomasz Wiśniewski <tomasz.wisniewski@wp.example>",
  subj="Überspannungsschaden – Hausrat HR 2209 774 118", date="2026-04-30 09:20",
  body=f"""Sehr geehrter Herr Wiśniewski,

nach dem Blitzeinschlag am 21. April in Ihrer Straße (Am Bruch 12, 41469 Neuss) sind laut
Bericht der Elektrofirma Ihr Fernseher, der Router und die Kaffeemaschine durch
Überspannung zerstört worden. Das ist in Ihrer Hausratversicherung versichert.

Wir erstatten den Neuwert von 1.487,00 EUR abzüglich 150 EUR Selbstbeteiligung, also
1.337,00 EUR. Wie gewünscht überweisen wir auf Ihr Konto in Polen:

  {IB("PL", "109010140000071219812874")}

Mit freundlichen Grüßen
""", sig="demir")

M("C", "de", "broker", "forwarded broker application for buildings insurance with the client's birth date in words and figures",
  frm=ADDR("reuter"), to="Antrag Sach <antrag-sach@versicherer.example>",
  subj="WG: Antrag Wohngebäude Familie Oltmanns", date="2026-04-30 11:45", client="outlook",
  body="""Bitte policieren, Risikoprüfung ok (kein Elementarschaden in den letzten 10 Jahren). FR
""",
  quote=OQ("Hanse Assekuranz Makler | Jörn Wittkamp <wittkamp@hanse-assekuranz.example>", "Mittwoch, 29. April 2026 17:20",
           "Reuter, Frank", "Antrag Wohngebäude Familie Oltmanns", """Moin Herr Reuter,

für meine Kunden Eheleute Hauke und Sina Oltmanns bitte Wohngebäude wie besprochen:

  VN: Hauke Oltmanns, geb. am 3. Mai 1977 (03.05.1977)
  Mitantragstellerin: Sina Oltmanns, geb. Claasen, geb. 22.09.1979
  Objekt: Deichstraße 4, 26736 Krummhörn, EFH Baujahr 1994, 148 qm, Reetdach: nein
  Beginn 01.06.2026, gleitender Neuwert, Elementar ja, SB 500

Vorversicherer hat zum 31.05. gekündigt (Kündigung durch Kunden).

Beste Grüße
Jörn Wittkamp"""))

M("C", "en", "insurer-to-customer", "tenancy legal expenses cover for a named client's rent increase dispute",
  frm=ADDR("lindqvist"), to="Martin Novak <martin.novak@seznam.example>",
  subj="Legal expenses cover – rent increase dispute, claim RS-M 26-01183", date="2026-05-04 10:00",
  body="""Dear Mr Novak,

we confirm cover under your legal expenses policy RS-8810-604117 (tenants' module) for
the dispute with your landlord, Wohnbau Ehrenfeld GmbH, about the rent increase from
EUR 1,020 to EUR 1,180 per month for your flat at Venloer Straße 310, Cologne.

Cover includes your lawyer's statutory fees and, if necessary, court costs in the first
instance. Your excess is EUR 250.

Please ask your lawyer to send us her first invoice with our claim number.

Kind regards
""", sig="lindqvist", lang="en")

M("C", "de", "insurer-to-customer", "short thank-you reply; the quoted customer mail holds birth date and maiden name",
  frm=ADDR("kessler"), to="Karin Vossberg <karin.vossberg@t-online.example>",
  subj="AW: Zweitwagen", date="2026-05-04 13:30", client="outlook",
  body="""Danke, ist angekommen – das Angebot kommt morgen.

Freundliche Grüße
J. Keßler
""",
  quote=OQ("Karin Vossberg <karin.vossberg@t-online.example>", "Montag, 4. Mai 2026 12:02",
           "Keßler, Jonas", "Zweitwagen", """Hallo Herr Keßler,

hier die fehlenden Angaben für den Zweitwagen (Renault Clio, Erstzulassung 2019):
Halterin bin ich, Karin Vossberg, geb. Lohmann, geboren 28.02.1968.
Fahrer zusätzlich mein Mann Ralf, geb. 14.10.1966.
Mein Erstwagen ist bei Ihnen unter 44-701-889-5, bitte SF-Zweitwagenregelung.

Gruß Karin Vossberg"""))

M("C", "de", "insurer-to-customer", "glass insurance claim of a named customer with address",
  frm=ADDR("demir"), to="Ernst Tiedemann <ernst.tiedemann@gmx.example>",
  subj="Glasbruch Ceranfeld – Schaden GL-S-26-00219", date="2026-05-05 09:10",
  body="""Sehr geehrter Herr Tiedemann,

danke für die Fotos. Das Ceranfeld Ihres Herds (Siemens, 60 cm) in Ihrer Wohnung
Kantstraße 9, 47799 Krefeld, ist gesprungen, nachdem ein Glas darauf gefallen ist.

Ihre Glasversicherung (GL 6110 302 441) übernimmt den Austausch des Kochfelds inklusive
Einbau. Sie können einen Fachbetrieb Ihrer Wahl beauftragen; bis 800 EUR brauchen wir
keinen Kostenvoranschlag, schicken Sie uns einfach die Rechnung.

Freundliche Grüße
""", sig="demir")

M("C", "en", "internal", "finance reconciles a refund to a named customer's UK bank account",
  frm=ADDR("morgan"), to=ADDR("becker"),
  subj="Returned refund – Ms Pemberton, UK account", date="2026-05-05 14:50", client="outlook",
  body=f"""Hi Hannes,

the refund of EUR 212.40 to Ms Olivia Pemberton (household policy HR 2209 660 901,
cancelled on moving back to the UK) was returned by the receiving bank with reason
"AC01 – incorrect account number".

Account used:   {IB("GB", "NWBK60161331926819")}
BIC:            NWBKGB2L
Name on file:   Olivia Pemberton

The IBAN is formally valid, so the account may have been closed. Could your team ask her
for new details? I've parked the amount on suspense account 1790-44.

Thanks,
James
""", lang="en")

M("S", "de", "insurer-to-customer", "orthodontic treatment of the named child with KIG grade",
  frm=ADDR("wendland"), to="Daniela Hofmann <daniela.hofmann@web.example>",
  subj="Kieferorthopädische Behandlung Ihres Sohnes Ben", date="2026-05-06 10:15",
  body="""Liebe Frau Hofmann,

der Behandlungsplan von Dr. Marquardt für Ben (mitversichert in KZ 5531.412.990) liegt uns
vor. Die Kieferorthopädin stuft die Fehlstellung in KIG-Gruppe 2 ein (Engstand, seitlicher
Kreuzbiss angedeutet) – damit zahlt die gesetzliche Kasse nicht, Ihr Zusatztarif aber schon.

  geplante Behandlung: herausnehmbare Zahnspange, danach feste Multiband-Apparatur
  Dauer: ca. 3 Jahre, Kosten laut Plan 4.860 EUR
  unsere Leistung: 80 % bis 2.500 EUR gesamt

Die Rechnungen können Sie quartalsweise einreichen.

Viele Grüße
""", sig="wendland")

M("S", "de", "insurer-to-customer", "day care and respite care invoices of a named person in need of care",
  frm=ADDR("yilmaz"), to="Ralf Gerlach <ralf.gerlach@freenet.example>",
  subj="Abrechnung Tagespflege und Verhinderungspflege Ihres Vaters", date="2026-05-06 14:00",
  body="""Sehr geehrter Herr Gerlach,

für Ihren Vater, Herrn Werner Gerlach (Pflegezusatz 58 114 302 0), haben wir abgerechnet:

  Tagespflege „Die Insel“, April (12 Tage, Eigenanteil)          418,20 EUR
  Verhinderungspflege während Ihres Urlaubs 13.–24.04.
  (ambulanter Dienst Caritas, 24 Einsätze)                      1.104,00 EUR

Unser Tarif erstattet die Eigenanteile bei Pflegegrad 3 zu 100 %, zusammen 1.522,20 EUR.
Die Zahlung geht wie vereinbart auf das Konto Ihres Vaters.

Mit freundlichen Grüßen
""", sig="yilmaz")

M("S", "en", "insurer-to-customer", "follow-up review of a named insured's disability pension",
  frm=ADDR("ortmann"), to="Joanna Lewandowska <joanna.lewandowska@gmail.example>",
  subj="Review of your disability pension – policy 7200 077 150", date="2026-05-07 09:40",
  body="""Dear Ms Lewandowska,

you have been receiving a disability pension from us since March 2023. As agreed in the
policy, we review every two years whether the conditions are still met.

Please send us by 15 June:
– a short report from your treating rheumatologist on the current course of your
  rheumatoid arthritis, the medication and any flare-ups since 2024,
– information on whether you are working at the moment (including part-time or
  mini-jobs),
– the signed consent form (attached).

Your pension continues to be paid during the review.

Kind regards
""", sig="ortmann", lang="en")

M("S", "de", "insurer-to-broker", "broker informed of a named client's disability application decision with back-related exclusion",
  frm=ADDR("schulte"), to="Finanzkontor Elbe | Ralf Meiners <r.meiners@finanzkontor-elbe.example>",
  subj="BU-Antrag Ihres Kunden Timo Lange – Annahme mit Ausschluss", date="2026-05-07 13:05",
  body="""Hallo Herr Meiners,

den BU-Antrag Ihres Kunden Timo Lange (geb. 08.01.1992, Antrag 2026-0312) können wir
annehmen, allerdings mit folgender Klausel:

„Ausgeschlossen sind Leistungen wegen Erkrankungen und Verletzungen der Wirbelsäule
einschließlich Bandscheiben sowie deren Folgen.“

Grund sind die Behandlungen wegen Lumbago 2023/2024 (12 Termine Physiotherapie, zwei
Wochen AU). Wenn Ihr Kunde drei Jahre beschwerdefrei ist, prüfen wir auf Antrag gern die
Streichung.

Beste Grüße
""", sig="schulte")

M("S", "de", "insurer-to-customer", "tariff switch in health insurance repeats the named insured's answers to health questions",
  frm=ADDR("nguyen"), to="Philipp Seidel <philipp.seidel@posteo.example>",
  subj="Ihr Tarifwechsel nach § 204 VVG", date="2026-05-08 10:30",
  body="""Sehr geehrter Herr Seidel,

Sie möchten zum 1. Juli aus dem Tarif V1 in den Tarif V3 mit Einbettzimmer wechseln. Für
die Mehrleistung ist eine Gesundheitsprüfung nötig. Ihre Angaben:

  – Heuschnupfen (Birke, Gräser), Cetirizin bei Bedarf
  – Asthma-Spray (Salbutamol) etwa zweimal im Monat, keine Dauertherapie
  – Meniskus-OP links 2021, folgenlos

Das Ergebnis: Wechsel möglich mit einem Risikozuschlag von 18,40 EUR im Monat für die
Mehrleistung. Alternativ können Sie die Mehrleistung ausschließen und ohne Zuschlag
wechseln. Bitte teilen Sie uns mit, was Sie möchten.

Mit freundlichen Grüßen
""", sig="nguyen")

M("S", "de", "internal", "motor claim note: the named policyholder died in the accident, cause of death stated",
  frm=ADDR("brenner"), to=ADDR("schreiber"),
  subj="KS-2026-0044310 – Fahrer verstorben, bitte Regress prüfen", date="2026-05-08 15:20",
  body="""Hallo Carola,

kurz zur Info, bevor die Akte zu dir kommt: Unser VN, Herr Klaus Ebbinghaus (Vertrag
44-700-512-8), ist am 2. Mai auf der A 4 bei Eischeid mit seinem Audi A6 von der Fahrbahn
abgekommen. Laut Polizeibericht und Notärztin ist er noch an der Unfallstelle an einem
Polytrauma verstorben. Die Blutprobe ergab 1,4 Promille.

Fremdschaden: Schutzplanke (Autobahn GmbH), ca. 18.000 EUR. Wegen der Alkoholisierung
wäre Regress gegen die Erben bis 5.000 EUR möglich – das sollten wir mit Fingerspitzengefühl
angehen. Die Witwe hat sich noch nicht gemeldet.

Markus
""")

M("S", "en", "insurer-to-hospital", "guarantee of payment for a named patient's psychiatric inpatient stay",
  frm=ADDR("whitfield"), to="Admissions Priory Clinic London <admissions@priory-clinic.example>",
  subj="Guarantee of payment – Mr Henrik Solberg, DOB 19 June 1988", date="2026-05-11 09:00",
  body="""Dear Admissions team,

we confirm cover for our insured member

  Mr Henrik Solberg, date of birth 19 June 1988
  Policy IHP-300-92017 (International Health Plan Gold)

for inpatient treatment in your acute psychiatric unit from 9 May 2026, initially for
28 days, following his admission for a severe depressive episode (F32.2). Private room
and psychiatrist fees are covered in full.

Please send a clinical update before day 21 if an extension is needed, and the final
invoice directly to us.

Kind regards
""", sig="whitfield", lang="en")


# ---- batch 8 ---------------------------------------------------------------

M("N", "de", "internal", "trap: steering committee minutes (DOCX) on the secure-mail rollout, no personal data",
  frm=ADDR("raman"), to="Lenkungsausschuss Siegel <lenkung-siegel@versicherer.example>",
  subj="Protokoll Lenkungsausschuss 11.05.", date="2026-05-11 16:30",
  body="""Hallo zusammen,

anbei das Protokoll der heutigen Sitzung. Bitte Korrekturen bis Mittwoch.

Priya
""",
  att=[DOCX("Protokoll_LA_Siegel_2026-05-11.docx", [
      ("h", "Protokoll Lenkungsausschuss Siegel · 11.05.2026"),
      "Teilnehmende: IT Architektur, Informationssicherheit, Datenschutz, Leistung Kranken, Maklerbetreuung",
      ("t", [["Nr.", "Thema", "Ergebnis", "Verantwortlich"],
             ["1", "Pilot Leistung Kranken", "Start 01.06., 3 Teams", "IT Architektur"],
             ["2", "TLS-Einwilligungen", "Formular freigegeben, Speicherung im CRM", "Datenschutz"],
             ["3", "Makler-Zertifikate", "Domänenzertifikate für 14 Pools eingesammelt", "Maklerbetreuung"],
             ["4", "Aufbewahrung Protokolle", "6 Jahre, Export je Benutzer", "Informationssicherheit"]]),
      "Nächste Sitzung: 08.06.2026",
  ], author="Priya Raman")])

M("N", "de", "insurer-to-customer", "trap: password-reset mail of the portal without any content",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="heinz.rohde@web.example",
  subj="Passwort zurücksetzen", date="2026-05-12 07:44", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

Sie haben das Zurücksetzen Ihres Passworts für das SecureMail-Portal angefordert und Ihre
Sicherheitsfrage richtig beantwortet.

Über den folgenden Link vergeben Sie ein neues Passwort (gültig 60 Minuten):
https://securemail.versicherer.example/reset?t=6f2a9c1e7b

Sie haben das nicht angefordert? Dann ignorieren Sie diese E-Mail; Ihr Passwort bleibt
unverändert.
""")

M("N", "en", "internal", "trap: CSV of monthly claim counts per line of business",
  frm=ADDR("okafor"), to=ADDR("stone"),
  subj="Claim counts for the reinsurance bordereau", date="2026-05-12 11:15",
  body="""Rebecca,

attached are the monthly claim counts Jan–Apr for the quota share bordereau. Counts only,
no claim-level data.

Chidi
""", lang="en",
  att=[CSV("claim_counts_2026_01-04.csv", [
      ["month", "line", "reported", "closed", "paid_EUR"],
      ["2026-01", "household", "3412", "2988", "4120331"],
      ["2026-01", "buildings", "2210", "1704", "9988120"],
      ["2026-02", "household", "3105", "3002", "3877410"],
      ["2026-02", "buildings", "2962", "2011", "12440982"],
      ["2026-03", "household", "3299", "3140", "4011207"],
      ["2026-03", "buildings", "4417", "3380", "18204115"],
      ["2026-04", "household", "2980", "2877", "3650019"],
      ["2026-04", "buildings", "2014", "2290", "8122304"],
  ], sep=",")])

M("N", "de", "internal", "trap: canteen allergen labelling notice, no person",
  frm="Betriebsrestaurant <kantine@versicherer.example>", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  subj="Neue Allergenkennzeichnung im Betriebsrestaurant", date="2026-05-13 10:00",
  body="""Liebe Gäste,

ab Montag finden Sie auf allen Speiseplänen und an der Ausgabe die 14
kennzeichnungspflichtigen Allergene als Kürzel (A = glutenhaltiges Getreide, C = Eier,
G = Milch, H = Schalenfrüchte usw.).

Wer wegen einer Unverträglichkeit oder Zöliakie eine spezielle Zubereitung braucht, kann
sich gern direkt an unser Küchenteam wenden – wir fragen dabei nicht nach Gründen und
notieren nichts.

Guten Appetit!
Ihr Team Betriebsrestaurant
""")

M("C", "de", "internal", "employee travel expense claim with the employee's own IBAN",
  frm=ADDR("reuter"), to="Reisekostenstelle <reisekosten@versicherer.example>",
  subj="Reisekostenabrechnung April – Frank Reuter", date="2026-05-13 12:40",
  body=f"""Hallo,

anbei meine Abrechnung für April (Maklertermine Kiel, Hamburg, Bremen):

  Bahn 1. Klasse (BahnCard Business)    312,40 EUR
  Hotel Kiel 2 Nächte                   238,00 EUR
  Verpflegungsmehraufwand               84,00 EUR
  Parken Hauptbahnhof Köln              36,00 EUR
  Summe                                 670,40 EUR

Bitte diesmal auf mein neues Gehaltskonto überweisen:
{IB("DE", "37050198" + "0022713340")} (Frank Reuter, Sparkasse KölnBonn)
Die Änderung habe ich auch an die Entgeltabrechnung gemeldet.

Belege gehen per Hauspost.

Danke und Gruß
Frank Reuter
""")

M("N", "de", "insurer-to-partner", "trap: cooperation agreement with a body-shop network, company only",
  frm=ADDR("brenner"), to="Partnermanagement Carglass-Netz West GmbH <partner@glasnetz-west.example>",
  subj="Kooperationsvereinbarung Schadensteuerung 2026/2027", date="2026-05-14 09:30",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Anmerkungen zum Entwurf der Kooperationsvereinbarung:

§ 3 Stundenverrechnungssätze: Karosserie 148 EUR, Lack 162 EUR – einverstanden.
§ 5 Hol- und Bringservice: bitte kostenlos im Umkreis von 30 km statt 20 km.
§ 7 Ersatzwagen: Klasse wie Kundenfahrzeug, maximal Kompaktklasse.
§ 9 Datenaustausch: nur über die GDV-Schnittstelle, keine Fotos per WhatsApp.

Wir schlagen eine Unterzeichnung beim Termin am 28. Mai vor.

Mit freundlichen Grüßen
""", sig="brenner")

M("N", "en", "newsletter", "trap: broker newsletter about cyber cover for small businesses",
  frm="Broker News <maklernews@versicherer.example>", to="Broker distribution EN <makler-en@versicherer.example>",
  subj="Broker news: Ransomware hits small firms – is your client covered?", date="2026-05-15 07:00",
  body="""Dear partners,

one in four ransomware incidents we handled in 2025 hit firms with fewer than ten
employees: tax advisers, physiotherapy practices, craftsmen. The median loss was
EUR 38,000, mainly business interruption and IT forensics.

Our Cyber Compact policy for sole traders and small firms now includes:
– 24/7 incident hotline with forensic response within 4 hours
– cover for data-protection fines where insurable
– optional social-engineering cover up to EUR 50,000

Commission: 17.5 % recurring. Quote online in under five minutes.

Your broker relations team
Unsubscribe: https://partner.versicherer.example/newsletter
""", lang="en")

M("N", "de", "internal", "trap: ZIP of letter templates with placeholders only",
  frm=ADDR("petersen"), to="Kundenservice Vertragsänderungen <ks-vertrag@versicherer.example>",
  subj="Textbausteine Adressänderung/Namensänderung – neue Fassung", date="2026-05-15 10:20",
  body="""Hallo zusammen,

die überarbeiteten Bausteine als ZIP. Bitte die alten Dateien im Laufwerk löschen.

Malte
""",
  att=[ZIP("Textbausteine_2026-05.zip", [
      DOCX("ADR-01_Adressaenderung.docx", [
          "Sehr geehrte«r» «Anrede» «Nachname»,",
          "wir haben Ihre neue Anschrift «Strasse» «Hausnummer», «PLZ» «Ort» ab «Datum» für alle Verträge übernommen: «Vertragsliste».",
          "Mit freundlichen Grüßen", "«Sachbearbeiter»"]),
      DOCX("NAM-02_Namensaenderung_Heirat.docx", [
          "Sehr geehrte«r» «Anrede» «NeuerNachname»,",
          "herzlichen Glückwunsch! Wir haben Ihren neuen Namen (bisher: «AlterNachname») in den Verträgen «Vertragsliste» übernommen.",
          "«WENN Familientarif möglich»Gern stellen wir Ihre Verträge auf den Familientarif um.«ENDE»"]),
      TXT("Hinweise.txt", "Platzhalter in «» werden vom DMS befüllt. Keine Echtdaten in die Vorlagen schreiben.\n"),
  ])])

M("N", "de", "insurer-to-supplier", "trap: rate card agreed with a medical appraisal company, no cases",
  frm=ADDR("albrecht"), to="Auftragsmanagement MedGutachten Rhein GmbH <auftrag@medgutachten-rhein.example>",
  subj="Honorarvereinbarung Unfallgutachten ab 01.06.2026", date="2026-05-18 09:15",
  body="""Sehr geehrte Damen und Herren,

wie besprochen gelten ab 1. Juni folgende Pauschalen für Gutachten in der privaten
Unfallversicherung:

  Aktengutachten Invalidität                     420 EUR
  Gutachten mit Untersuchung (ein Fachgebiet)     780 EUR
  Zusatzgutachten (Neurologie, Psychiatrie)       650 EUR
  Ergänzende Stellungnahme                        180 EUR

Bearbeitungszeit maximal sechs Wochen ab Auftrag. Die Übermittlung der Gutachten erfolgt
ausschließlich über das SecureMail-Portal oder die Gateway-Verschlüsselung, nicht per
unverschlüsselter E-Mail.

Mit freundlichen Grüßen
""", sig="albrecht")

M("N", "en", "internal", "trap: FAQ on the secure-mail rollout explaining sensitivity levels generally",
  frm=ADDR("fischer"), to="All staff <alle@versicherer.example>",
  subj="Siegel FAQ: Why did my e-mail go through the portal?", date="2026-05-18 13:00",
  body="""Dear colleagues,

since the pilot started, we have received many questions. The short answers:

Q: Why did my mail to a customer go to the portal instead of their inbox?
A: The gateway found data it treats as strictly confidential (for example health
   information or anything about a life, health or accident policy) and the customer has
   no certificate and no recorded consent for TLS.

Q: Can I force a mail to be sent normally?
A: No. You can only mark a mail as MORE confidential, with [vertraulich] or
   [streng vertraulich] in the subject.

Q: How can I see why a mail was classified?
A: The service desk can show the decision with its reasons.

Information Security
""", lang="en")

M("N", "de", "internal", "trap: storm warning for the claims department, no persons",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>",
  subj="Unwetterwarnung Wochenende – Bereitschaft", date="2026-05-19 15:40",
  body="""Hallo zusammen,

der DWD warnt für Freitagabend bis Sonntag vor schweren Gewittern mit Hagel bis 4 cm und
Starkregen im Rheinland und im Bergischen Land.

Bitte:
– Bereitschaft Sa/So wie geplant (Liste im Teams-Kanal)
– Hagel-Pauschalregulierung Kfz bis 2.500 EUR ist freigeschaltet
– Regulierer-Pool Sach: Montagmorgen 7:30 Lagebesprechung

Danke!
Aylin
""")

M("N", "de", "internal", "trap: aggregated health-insurance premium arrears statistics",
  frm=ADDR("becker"), to="Vorstandsbüro Kranken <vorstand-kv@versicherer.example>",
  subj="Beitragsrückstände PKV – Stand 30.04.", date="2026-05-20 09:00",
  body="""Sehr geehrte Damen und Herren,

zum Stichtag 30.04.2026:

  Verträge mit Rückstand > 1 Monat:   3.812 (1,9 % des Bestands)
  davon im Notlagentarif:              1.104
  Rückstandsvolumen gesamt:           11,2 Mio. EUR
  Rückkehr aus Notlagentarif 2026:      218

Die Quote ist gegenüber dem Vorjahr leicht gesunken (2,1 %). Einzelfälle werden in
diesem Bericht nicht ausgewiesen.

Mit freundlichen Grüßen
""", sig="becker")

M("N", "de", "internal", "trap: service anniversary announcement of a named colleague",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="25 Jahre bei uns: Herzlichen Glückwunsch, Gerrit!", date="2026-05-20 11:30",
  body="""Liebe Kolleginnen und Kollegen,

am 1. Juni feiert Gerrit Brandt aus dem Leistungsservice Stationär sein 25-jähriges
Dienstjubiläum. Angefangen hat er 2001 als Azubi, heute kennt er jede Klinikabrechnung
im Rheinland.

Wir feiern am 2. Juni um 15 Uhr mit Kaffee und Kuchen im Foyer Gebäude A. Alle sind
herzlich eingeladen!

Nadine Weiß, Personal
""")

M("C", "de", "insurer-to-customer", "body 'anbei die Bestätigung'; PDF confirms the named customer's motor cancellation and no-claims class",
  frm=ADDR("kessler"), to="Hartmut Scholz <hartmut.scholz@gmx.example>",
  subj="Ihre Kündigungsbestätigung", date="2026-05-21 08:25",
  body="""Guten Morgen Herr Scholz,

anbei die Bestätigung.

Gruß
Jonas Keßler
""",
  att=[PDF("Kuendigungsbestaetigung_44-708-221-6.pdf", [
      ("h", "Bestätigung der Vertragsbeendigung"),
      "Versicherungsnehmer: Hartmut Scholz, Lindenallee 17, 40699 Erkrath",
      "Vertrag: 44-708-221-6 · Fahrzeug: Skoda Octavia Combi, ME-HS 1960, FIN TMBJJ7NE5J0112284",
      "Der Vertrag endet am 31.05.2026 wegen Veräußerung des Fahrzeugs.",
      "Schadenfreiheitsklasse bei Vertragsende: SF 28 (Kfz-Haftpflicht), SF 25 (Vollkasko). "
      "Schadenfälle in den letzten 5 Jahren: keine.",
      "Beitragsguthaben: 96,12 EUR, Erstattung auf das Beitragskonto.",
  ], title="Kündigungsbestätigung")])

M("C", "de", "insurer-to-customer", "change of payment frequency with a Luxembourg IBAN of a named cross-border commuter",
  frm=ADDR("becker"), to="Claude Weber <claude.weber@pt.example>",
  subj="Zahlweise und Bankverbindung geändert", date="2026-05-21 10:50",
  body=f"""Sehr geehrter Herr Weber,

wie gewünscht haben wir für Ihre Verträge

  Hausrat HR 2209 812 770
  Privathaftpflicht PH 3301 812 771

die Zahlweise auf jährlich umgestellt (2 % Nachlass). Der nächste Einzug erfolgt am
01.07.2026 von Ihrem luxemburgischen Konto:

  {IB("LU", "0019400644750000")} · BCEELULL · Kontoinhaber Claude Weber

Ihr neues SEPA-Mandat hat die Referenz HR2209812770-03.

Mit freundlichen Grüßen
""", sig="becker")

M("C", "en", "insurer-to-customer", "cat insurance with microchip number and the named owner's date of birth",
  frm=ADDR("wagner"), to="Emily Watson <emily.watson@gmail.example>",
  subj="Welcome to Versicherer pet insurance – policy TK-6620-02244", date="2026-05-22 09:30",
  body="""Dear Ms Watson,

welcome! Your cat insurance starts on 1 June 2026. Please check the details:

  Policyholder:   Emily Watson, born 9 October 1995
  Address:        Moltkestraße 21, 50674 Cologne
  Cat:            "Miso", British Shorthair, female, born 02/2024
  Microchip:      276098106733412
  Tariff:         Katze Komfort, surgery and treatment, excess EUR 100 per year
  Premium:        EUR 21.90 per month

Waiting period: 30 days for illness, none for accidents. Vaccination records need not be
sent in, but please keep them.

Kind regards
""", sig="wagner", lang="en")

M("C", "de", "broker", "broker's mail attached as message/rfc822 with a list of clients' legal expenses contracts",
  frm=ADDR("vogel"), to="Rechtsschutz Vertrag <rs-vertrag@versicherer.example>",
  subj="WG: Umdeckung Rechtsschutz – 4 Kunden", date="2026-05-22 12:15",
  body="""Hallo,

die Maklermail hängt an, bitte die vier Verträge zum 1.7. auf den neuen Tarif umstellen.
Courtagezusage ist erteilt.

Katharina Vogel
""",
  att=[EML(INNER("Bayern Assekuranz Kontor | Theresa Huber <t.huber@bak-makler.example>", "katharina.vogel@versicherer.example",
                 "Umdeckung Rechtsschutz – 4 Kunden", "2026-05-21 16:40",
                 """Grüß Gott Frau Vogel,

wie telefonisch besprochen, bitte für folgende Kunden die Rechtsschutzverträge auf
„RS Premium 2026“ umstellen:

  Anton Hierl, RS 8810 221 014, Privat/Beruf/Verkehr/Wohnen
  Veronika Hierl, mitversichert im o. g. Vertrag
  Sepp Moosbauer, RS 8810 221 390, Privat/Verkehr
  Dr. Lena Schwaiger, RS 8810 222 017, Privat/Beruf (Ärztin, angestellt)

Keine laufenden Fälle außer bei Herrn Moosbauer (Verkehrsunfall, RS-V 25-09981).

Pfiat di
Theresa Huber""", "<BAK.20260521164012.7781@bak-makler.example>"), "Umdeckung Rechtsschutz.eml")])

M("C", "de", "insurer-to-customer", "tenant liability: lost keys claim of a named tenant with landlord and address",
  frm=ADDR("oltmanns"), to="Marvin Schuster <marvin.schuster@web.example>",
  subj="Schlüsselverlust – Schaden PH-S-26-01377", date="2026-05-22 15:05",
  body="""Hallo Herr Schuster,

Sie haben am 16. Mai Ihren Schlüsselbund mit dem Generalschlüssel der Wohnanlage
Zollstockgürtel 44–48 in Köln verloren. Die Hausverwaltung Kölner Wohnen GmbH verlangt den
Austausch der Schließanlage (Kostenvoranschlag 3.960 EUR).

Schlüsselverlust ist in Ihrer Privathaftpflicht (PH 3301 921 005) bis 20.000 EUR
mitversichert. Wir klären die Höhe direkt mit der Hausverwaltung, Sie müssen nichts
bezahlen. Eine Selbstbeteiligung ist nicht vereinbart.

Viele Grüße
""", sig="oltmanns")

M("S", "de", "insurer-to-customer", "harmless body; DOCX questionnaire filled in with the named insured's injuries",
  frm=ADDR("albrecht"), to="Sabrina Kühn <sabrina.kuehn@gmx.example>",
  subj="Ihre Angaben zum Unfall – bitte prüfen", date="2026-05-25 10:40",
  body="""Hallo Frau Kühn,

ich habe Ihre telefonischen Angaben in den Fragebogen übertragen. Bitte prüfen, ggf.
korrigieren, unterschreiben und zurückschicken.

Viele Grüße
Miriam Albrecht
""",
  att=[DOCX("Unfallfragebogen_Kuehn.docx", [
      ("h", "Unfallanzeige – Unfallversicherung 61 0120 5573"),
      ("t", [["Frage", "Antwort"],
             ["Versicherte Person", "Sabrina Kühn, geb. 15.07.1988"],
             ["Unfalltag / Ort", "16.05.2026, Reitstall Gut Berghof, Overath"],
             ["Hergang", "Sturz vom Pferd beim Springtraining, Aufprall auf Schulter und Kopf"],
             ["Verletzungen", "Schlüsselbeinbruch links, Gehirnerschütterung, Prellung Hüfte"],
             ["Erstbehandlung", "Notaufnahme Evangelisches Krankenhaus Bergisch Gladbach, 1 Nacht stationär"],
             ["Behandelnder Arzt", "Dr. Nils Ohm, Unfallchirurgie"],
             ["Arbeitsunfähig seit", "16.05.2026"]]),
      "Ort, Datum, Unterschrift: ______________________",
  ], author="Miriam Albrecht")])

M("S", "de", "insurer-to-customer", "laboratory invoice positions (HbA1c, TSH) of a named insured",
  frm=ADDR("kroeger"), to="Gunnar Pohl <gunnar.pohl@t-online.example>",
  subj="Erstattung Laborrechnung MVZ Labor Köln", date="2026-05-25 14:20",
  body="""Sehr geehrter Herr Pohl,

die Rechnung des MVZ Labor Köln vom 12.05.2026 haben wir erstattet:

  GOÄ 3561  HbA1c                         15,42 EUR
  GOÄ 4030  TSH basal                     18,65 EUR
  GOÄ 3562.H1 Glukose                      2,33 EUR
  GOÄ 3585.H1 Kreatinin                    2,33 EUR
  GOÄ 3565.H1 Cholesterin, HDL, LDL       10,72 EUR
  Summe                                   49,45 EUR

Erstattung 100 % nach Tarif V2. Die Auszahlung erfolgt mit der nächsten Sammelzahlung.

Freundliche Grüße
""", sig="kroeger", sigstyle="short")

M("S", "en", "insurer-to-customer", "travel health claim: named traveller's food poisoning and hospital stay in Thailand",
  frm=ADDR("seidel"), to="Lukas Brandner <lukas.brandner@gmx.example>",
  subj="Your travel health claim – Bangkok Hospital Phuket", date="2026-05-26 09:00",
  body="""Dear Mr Brandner,

we have received the invoice of Bangkok Hospital Phuket (THB 86,400, approx. EUR 2,210)
for your two-night stay from 12 to 14 May with severe gastroenteritis after food
poisoning, including IV fluids, blood tests and antibiotics.

Your travel health policy RK 9200-5508-01 covers the full amount. As you paid the
hospital by credit card, we will transfer EUR 2,210.36 to your account. The medicines
bought at the pharmacy afterwards (THB 1,180) are also reimbursed.

We hope you are feeling better.

Kind regards
""", sig="seidel", lang="en")

M("S", "de", "insurer-to-customer", "child accident insurance: named child broke his arm at school",
  frm=ADDR("albrecht"), to="Nicole Rieger <nicole.rieger@web.example>",
  subj="Kinderunfall Ihres Sohnes Finn – Vertrag 61 0140 3380", date="2026-05-26 13:30",
  body="""Liebe Frau Rieger,

danke für die Meldung. Finn ist am 19. Mai in der Pause vom Klettergerüst gefallen und
hat sich den linken Unterarm gebrochen (Gips für sechs Wochen).

Der gesetzliche Schutz über die Unfallkasse NRW greift für die Behandlung. Aus unserer
Kinderunfallversicherung zahlen wir zusätzlich das Gipsgeld von 150 EUR und die
Sofortleistung für Knochenbrüche von 500 EUR. Sollte eine dauerhafte Einschränkung
bleiben, melden Sie sich bitte innerhalb von 15 Monaten.

Gute Besserung an Finn!
""", sig="albrecht")

M("S", "de", "internal", "forwarded scan (octet-stream PDF) of a psychotherapy invoice of a named insured",
  frm=ADDR("kroeger"), to="Leistung Ambulant Team 2 <ambulant2@versicherer.example>",
  subj="WG: Scan0001", date="2026-05-27 08:10",
  body="""Kam per Post an mich, bitte in die Verarbeitung geben. S.K.
""",
  att=[PDF("Scan0001.pdf", [
      ("h", "Praxis für Psychotherapie Dipl.-Psych. Anna Schmid"),
      "Herrn Dominik Reiter, Brüsseler Platz 3, 50672 Köln · Versicherungsnummer 55 140 773 9",
      "Rechnung Nr. 26-0418 · Behandlungszeitraum April 2026 · Diagnose: F43.2 Anpassungsstörung",
      ("t", [["Datum", "GOÄ/GOP", "Leistung", "Faktor", "Betrag"],
             ["02.04.2026", "870", "Verhaltenstherapie Einzel 50 Min.", "2,3", "100,55"],
             ["09.04.2026", "870", "Verhaltenstherapie Einzel 50 Min.", "2,3", "100,55"],
             ["16.04.2026", "870", "Verhaltenstherapie Einzel 50 Min.", "2,3", "100,55"],
             ["23.04.2026", "870", "Verhaltenstherapie Einzel 50 Min.", "2,3", "100,55"]]),
      "Rechnungsbetrag: 402,20 EUR",
  ], octet=True)])

M("S", "en", "insurer-to-customer", "policy loan on a named customer's life insurance (life line, no medical word)",
  frm=ADDR("stanek"), to="Marcus Lindgren <marcus.lindgren@telia.example>",
  subj="Your policy loan – endowment policy 3100 220 781", date="2026-05-27 11:20",
  body="""Dear Mr Lindgren,

as requested, we grant you a policy loan against your endowment policy 3100 220 781:

  current surrender value:   EUR 41,318.50
  loan amount:               EUR 20,000.00
  interest rate:             4.1 % p.a., payable quarterly
  repayment:                 any time, at the latest with the maturity payment (01/12/2033)

The amount will be paid to your Swedish account within five working days. Your life
cover remains unchanged.

Kind regards
""", sig="stanek", lang="en")

M("S", "de", "insurer-to-customer", "company health insurance: cancer screening reimbursement of a named employee",
  frm=ADDR("yildiz"), to="Sarah Lindemann <sarah.lindemann@gmx.example>",
  subj="Ihre betriebliche Krankenversicherung – Erstattung Vorsorge", date="2026-05-28 10:00",
  body="""Hallo Frau Lindemann,

über die betriebliche Krankenversicherung Ihres Arbeitgebers (Gruppenvertrag
bKV 5700-0441, Rheinmetallwerke Porz GmbH) erstatten wir:

  Ultraschall der Brust (Mamma-Sonographie) als Vorsorge     86,40 EUR
  Hautkrebs-Screening mit Auflichtmikroskopie               54,90 EUR

zusammen 141,30 EUR aus Ihrem Vorsorgebudget (300 EUR pro Jahr). Ihr Arbeitgeber erhält
von uns keine Informationen über Ihre Rechnungen.

Viele Grüße
""", sig="yildiz")


# ---- batch 9 ---------------------------------------------------------------

M("N", "de", "internal", "trap: department relocation notice, no persons",
  frm=ADDR("richter"), to="Leistung Leben / BU <leistung-leben@versicherer.example>",
  subj="Umzug in Gebäude C am 19./20. Juni", date="2026-05-28 14:00",
  body="""Liebe Kolleginnen und Kollegen,

am Freitag, 19. Juni, ab 12 Uhr zieht die Abteilung Leistung Leben / BU in das 4. OG von
Gebäude C. Bitte packt bis Donnerstagabend eure Sachen in die Umzugskisten (Etiketten mit
neuer Raumnummer liegen am Empfang).

Wichtig: Leistungsakten und Arztberichte in Papierform NICHT in die normalen Kisten,
sondern in die verplombten Sicherheitsbehälter (grau). Die bringt der Umzugsdienst
direkt in die neuen Rollschränke.

Am Montag, 22. Juni, ist alles wieder einsatzbereit.

Anja Richter
""")

M("N", "de", "insurer-to-broker", "trap: broker asks how long portal messages are kept; general answer",
  frm=ADDR("reuter"), to="Maklerbüro Gronau & Partner <info@gronau-partner.example>",
  subj="AW: Wie lange bleiben Nachrichten im Portal?", date="2026-05-29 09:20",
  body="""Moin Herr Gronau,

Nachrichten im SecureMail-Portal bleiben 90 Tage abrufbar und werden danach automatisch
gelöscht. Vorher können Sie jede Nachricht als Original (.eml) herunterladen und in Ihrem
MVP ablegen. Dokumente der elektronischen Vermittlerpost können Sie außerdem über die
BiPRO-Schnittstelle abholen und quittieren – dann erscheinen sie als „abgeholt“.

Neue Benutzer für Ihre Mitarbeiter legt Ihr Firmenadministrator selbst an; gesperrte
Benutzer kann er ebenfalls wieder entsperren.

Beste Grüße
Frank Reuter
""")

M("N", "en", "internal", "trap: penetration test summary for the portal, no personal data",
  frm=ADDR("fischer"), to="Siegel project <siegel-projekt@versicherer.example>",
  subj="Pen test portal – summary of findings", date="2026-05-29 15:10",
  body="""Hi all,

the external pen test of the SecureMail portal (18–27 May) is complete. Summary:

  critical: 0
  high:     1  – password reset link valid for 24 h instead of 60 min (fixed on 28 May)
  medium:   3  – missing rate limit on the login form; verbose error on certificate
                 upload; session cookie without SameSite=strict
  low:      6

No access to other users' messages was possible. Re-test of the medium findings is
scheduled for 15 June. Full report in the ISMS tool (PT-2026-07), need-to-know only.

Tim
""", lang="en")

M("N", "de", "internal", "trap: actuarial mortality analysis with aggregated death rates",
  frm=ADDR("okafor"), to="Verantwortlicher Aktuar Leben <va-leben@versicherer.example>",
  subj="Sterblichkeitsanalyse Bestand 2021–2025", date="2026-06-01 10:00",
  body="""Hallo,

die Bestandsanalyse ist fertig. Tatsächliche vs. erwartete Todesfälle (DAV 2008 T,
Risikoversicherung, nach Alter und Geschlecht aggregiert):

[[t]]

Die Risikolebensversicherung bleibt deutlich unter der Tafel; die Sicherheitsmargen sind
ausreichend. Kein Handlungsbedarf für die Überschussdeklaration 2027.

Chidi
""", sig="okafor", sigstyle="short",
  tables={"t": ([["Altersgruppe", "Expositionsjahre", "Tote erwartet", "Tote tatsächlich", "A/E"],
                 ["25–39", "412.880", "291", "188", "65 %"],
                 ["40–54", "508.114", "1.204", "803", "67 %"],
                 ["55–69", "214.702", "1.988", "1.422", "72 %"]], "pad")})

M("N", "de", "newsletter", "trap: staff magazine announcing a health day with screenings",
  frm="Mitarbeiterzeitung <intern-news@versicherer.example>", to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Intern aktuell: Gesundheitstag am 17. Juni", date="2026-06-02 07:30",
  body="""Liebe Kolleginnen und Kollegen,

am 17. Juni verwandelt sich das Foyer in Gebäude A in einen Gesundheitsparcours:

• Blutdruck- und Blutzuckermessung (anonym, Ergebnisse nur für Sie)
• Venen-Check und Hautscreening mit dem Betriebsarzt
• Rückenanalyse und Mini-Workouts für den Büroalltag
• Vortrag 12:30 Uhr: „Stress erkennen, bevor er krank macht“

Die Teilnahme zählt als Arbeitszeit. Anmeldung für das Hautscreening bitte vorab im
Intranet, alles andere ohne Anmeldung.

Ihre Redaktion Intern aktuell
""")

M("N", "de", "insurer-to-partner", "trap: direct-billing framework with a hospital group, no patients",
  frm=ADDR("brandt"), to="Erlösmanagement Rheinland Kliniken gGmbH <erloesmanagement@rheinland-kliniken.example>",
  subj="Direktabrechnung Wahlleistungen – Rahmenvereinbarung ab 01.07.", date="2026-06-02 11:00",
  body="""Sehr geehrte Damen und Herren,

wir freuen uns, dass die Rahmenvereinbarung zur Direktabrechnung zum 1. Juli in Kraft
tritt. Zusammengefasst:

– Ihre sechs Häuser rechnen Wahlleistungen (Unterkunft, Chefarzt) direkt mit uns ab.
– Kostenübernahmeerklärungen stellen wir innerhalb von 24 Stunden elektronisch aus.
– Rechnungen und medizinische Unterlagen werden ausschließlich über die
  Gateway-Verschlüsselung (S/MIME-Domänenzertifikat) oder das Portal übermittelt.
– Zahlungsziel 21 Tage, Korrekturen über das Clearing-Verfahren.

Bitte senden Sie uns noch Ihr Domänenzertifikat bzw. die Kontaktadresse Ihrer PKI.

Mit freundlichen Grüßen
""", sig="brandt")

M("N", "de", "internal", "trap: XLSX of claims reserves by line, aggregated",
  frm=ADDR("morgan"), to="Controlling Schaden <controlling-schaden@versicherer.example>",
  subj="Schadenreserven 31.05. nach Sparten", date="2026-06-03 09:30",
  body="""Hallo zusammen,

anbei der Reservenstand per 31.05. für die Monatsberichterstattung. Bitte Plausibilisierung
bis Freitag.

Gruß
James Morgan
""",
  att=[XLSX("Reserven_2026-05.xlsx", {"Reserven": [
      ["Sparte", "Anzahl offene Schäden", "Einzelreserve TEUR", "Spätschadenreserve TEUR"],
      ["Kfz-Haftpflicht", 18442, 412880, 61200],
      ["Kfz-Kasko", 6120, 28114, 3100],
      ["Hausrat", 4388, 9212, 1400],
      ["Wohngebäude", 9917, 88410, 12800],
      ["Allg. Haftpflicht", 7702, 120330, 22400],
      ["Rechtsschutz", 21118, 64210, 9800],
  ]}, author="Group Finance")])

M("N", "de", "internal", "trap: blank SEPA mandate form with placeholders as PDF",
  frm=ADDR("becker"), to="Kundenservice Team <ks-team@versicherer.example>",
  subj="Neues SEPA-Mandat-Formular (leer) für den Postversand", date="2026-06-03 13:45",
  body="""Hallo zusammen,

das neue Formular ist freigegeben, leere Vorlage anbei. Bitte nur noch diese Fassung
verschicken (Gläubiger-ID ist jetzt vorgedruckt).

Hannes
""",
  att=[PDF("SEPA-Lastschriftmandat_Vorlage_2026.pdf", [
      ("h", "SEPA-Lastschriftmandat"),
      "Zahlungsempfänger: Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln · "
      "Gläubiger-Identifikationsnummer DE98ZZZ09999999999",
      "Mandatsreferenz: wird separat mitgeteilt",
      "Kontoinhaber: ______________________________",
      "IBAN: DE __ __ __ __ __ __ __ __ __ __ __ __ __ __ __ __ __ __ __ __",
      "Vertragsnummer(n): ______________________",
      "Ort, Datum, Unterschrift: __________________________",
  ], title="SEPA-Mandat Vorlage")])

M("N", "de", "insurer-to-supplier", "trap: print-and-mail service volumes for premium invoices, no data",
  frm=ADDR("krueger"), to="Kundenbetreuung Druckzentrum West GmbH <kunden@druckzentrum-west.example>",
  subj="Mengenplanung Beitragsrechnungen Q3", date="2026-06-04 10:15",
  body="""Sehr geehrte Damen und Herren,

für die Planung Q3 die voraussichtlichen Mengen:

  Juli:      412.000 Beitragsrechnungen (Hauptfälligkeit Kfz-Teiljahr)
  August:    188.000
  September: 205.000

Die Druckdaten liefern wir wie gewohnt verschlüsselt über SFTP (PGP-Schlüssel vom
14.01.2026). Bitte bestätigen Sie, dass die Vernichtung der Fehldrucke weiterhin nach
DIN 66399 P-4 erfolgt.

Mit freundlichen Grüßen
""", sig="krueger")

M("C", "de", "internal", "explicitly tagged [vertraulich] by the sender; restructuring plans without personal data",
  frm=ADDR("kowalski"), to="Leitung Kundenservice <ks-leitung@versicherer.example>",
  subj="[vertraulich] Entwurf Neuorganisation Kundenservice", date="2026-06-04 16:20",
  body="""Hallo zusammen,

wie besprochen der erste Entwurf – bitte noch nicht ins Team geben, der Betriebsrat ist
erst am 15.6. informiert.

1. Zusammenlegung der Teams Vertragsänderungen und Beitragsservice ab 01.10.
2. Telefonie: ein gemeinsamer Skill „Vertrag & Geld“, Servicelevel-Ziel 80/30
3. Standort Bonn: Übergang nach Köln bis Mitte 2027, keine betriebsbedingten Kündigungen
4. Nächste Schritte: Interessenausgleich, Kommunikation im Juli

Lena
""")

M("C", "de", "insurer-to-assessor", "assessment order for fire damage in a named customer's flat, nobody hurt",
  frm=ADDR("demir"), to="Sachverständigenbüro Ralf Kolb <kolb@sv-kolb.example>",
  subj="Gutachtenauftrag HR-S-26-02218 – Küchenbrand Fam. Sauerland", date="2026-06-05 08:40",
  body="""Guten Morgen Herr Kolb,

bitte übernehmen Sie die Besichtigung:

  VN: Jörg und Petra Sauerland, Telefon 0221 4477120
  Ort: Escher Straße 201, 2. OG links, 50739 Köln
  Hausrat HR 2209 330 015, Versicherungssumme 65.000 EUR
  Schaden: Fettbrand in der Küche am 03.06., Küche und Flur verrußt, keine Verletzten
  Feuerwehr-Einsatznummer: F-2026-060318

Die Kunden wohnen vorübergehend bei Verwandten; Hotelkosten sind freigegeben. Bitte
schätzen Sie auch die Reinigungskosten für die Kleidung im Flurschrank.

Danke und Gruß
Aylin Demir
""")

M("C", "en", "insurer-to-customer", "family travel policy with travellers' ISO birth dates",
  frm=ADDR("seidel"), to="Andrew Mitchell <andrew.mitchell@gmail.example>",
  subj="Your annual family travel policy – insured persons", date="2026-06-05 11:10",
  body="""Dear Mr Mitchell,

thank you for taking out our annual family travel policy (cancellation, baggage, rental
car excess). Please check the insured persons:

  Andrew Mitchell      1983-02-17
  Sarah Mitchell       1985-07-04
  Oscar Mitchell       2015-11-30
  Ella Mitchell        2019-05-21

Policy RV 7710-6612-04, valid 15/06/2026 – 14/06/2027, premium EUR 139.00 per year,
collected from your account ending 0917.

Have a wonderful summer!

Kind regards
""", sig="seidel", lang="en")

M("C", "de", "lawyer", "forwarded lawyer letter about a named client's motor property damage (no injuries)",
  frm=ADDR("brenner"), to="Kfz-Haftpflicht Schaden <kh-schaden@versicherer.example>",
  subj="WG: Ihr VN Schmitz / unser Mandant Berger – Mietwagen und Nutzungsausfall", date="2026-06-08 09:50",
  client="outlook",
  body="""Bitte prüfen und direkt an die Kanzlei antworten. KS-2026-0051204. MB
""",
  quote=OQ("Kanzlei Roth Rechtsanwälte <sekretariat@kanzlei-roth.example>", "Freitag, 5. Juni 2026 15:11",
           "schaden@versicherer.example", "Ihr VN Schmitz / unser Mandant Berger", """Sehr geehrte Damen und Herren,

wir vertreten Herrn Matthias Berger, Am Rosengarten 8, 50858 Köln. Ihr Versicherungsnehmer,
Herr Dieter Schmitz (K-DS 4455), ist am 28.05.2026 auf der Dürener Straße auf das
Fahrzeug unseres Mandanten (Mazda CX-5, K-MB 808) aufgefahren. Verletzt wurde niemand.

Wir machen geltend:
  Reparaturkosten lt. Gutachten       6.812,40 EUR
  Wertminderung                         900,00 EUR
  Mietwagen 9 Tage                    1.188,00 EUR
  Kostenpauschale                        25,00 EUR

Zahlung bitte bis 19.06.2026 auf unser Anderkonto.

Mit freundlichen Grüßen
Roth, Rechtsanwältin"""))

M("C", "de", "insurer-to-customer", "third dunning notice in HTML and text with a table naming the customer's legal expenses contract",
  frm="Beitragsservice <beitragsservice@versicherer.example>", to="Dennis Kaiser <dennis.kaiser@gmx.example>",
  subj="Letzte Mahnung – Rechtsschutzversicherung", date="2026-06-08 05:30", client="system", html=True,
  body="""Sehr geehrter Herr Kaiser,

auch auf unsere zweite Mahnung haben Sie nicht reagiert. Offen sind:

[[t]]

Wir haben den Vertrag nach § 38 Abs. 3 VVG gekündigt, wenn der Betrag nicht bis
22.06.2026 eingeht. Für Rechtsschutzfälle ab dem 09.05.2026 besteht bereits jetzt kein
Versicherungsschutz.

Ihr Beitragsservice
""",
  tables={"t": ([["Vertrag", "Zeitraum", "Betrag"],
                 ["RS-8810-447102", "01.04.2026–30.06.2026", "87,30 EUR"],
                 ["", "Mahngebühren", "5,00 EUR"],
                 ["", "Summe", "92,30 EUR"]], "pad")})

M("C", "de", "customer", "forwarded customer mail (Windows-1252): name back to birth name after divorce, new address",
  frm=ADDR("petersen"), to="Kundenservice Vertragsänderungen <ks-vertrag@versicherer.example>",
  subj="WG: Namensänderung und neue Adresse", date="2026-06-09 10:25", charset="windows-1252", client="thunderbird",
  flowed=False,
  body="""Bitte für alle Verträge übernehmen. Malte

-------- Weitergeleitete Nachricht --------
Betreff: 	Namensänderung und neue Adresse
Datum: 	Mon, 8 Jun 2026 19:40:11 +0200
Von: 	Melanie Großmann <melanie.grossmann@web.example>
An: 	kundenservice@versicherer.example

Hallo,

nach der Scheidung heiße ich wieder Großmann (bisher Melanie Lützenkirchen). Neue
Adresse ab 1.6.: Rosenweg 3, 51465 Bergisch Gladbach.

Betrifft: Hausrat 22 09 401 558, Haftpflicht 33 01 401 559, Kfz 44-713-002-8 (GL-ML 77).
Mein Ex-Mann ist aus der Haftpflicht bitte rauszunehmen.

Danke, M. Großmann
""")

M("S", "de", "doctor", "forwarded doctor's letter about a named insured's heart catheter findings",
  frm=ADDR("hasselbach"), to=ADDR("ortmann"),
  subj="WG: Befundbericht Herr Vogt (Kardiologie)", date="2026-06-09 14:10", client="outlook",
  body="""Liebe Frau Ortmann,

der Kardiologe hat mir direkt geschrieben; ich leite es zu Ihrer BU-Akte weiter.
Medizinisch spricht das eher gegen eine dauerhafte BU als Dachdecker – wir sollten ein
Gutachten einholen.

U. Hasselbach
""",
  quote=OQ("Dr. med. Peter Kranz <praxis@kardiologie-kranz.example>", "Dienstag, 9. Juni 2026 11:02",
           "Hasselbach, Ulrike", "Befundbericht Herr Vogt", """Sehr geehrte Frau Kollegin,

zu Ihrer Anfrage betreffend Herrn Carsten Vogt, geb. 27.08.1979:

Herzkatheter am 18.05.2026: koronare Eingefäßerkrankung, 80%ige Stenose RIVA proximal,
erfolgreich mit einem Stent versorgt. Pumpfunktion erhalten (EF 55 %). Belastungs-EKG am
04.06.2026 bis 175 Watt ohne Ischämiezeichen.

Aus kardiologischer Sicht ist Herr Vogt ab Juli wieder für mittelschwere körperliche
Arbeit belastbar; Arbeiten in großer Höhe sollten noch drei Monate vermieden werden.

Mit kollegialen Grüßen
Dr. med. P. Kranz"""))

M("S", "de", "insurer-to-customer", "periodontal treatment billing positions of a named insured",
  frm=ADDR("wendland"), to="Ute Behrendt <ute.behrendt@t-online.example>",
  subj="Erstattung Parodontitisbehandlung", date="2026-06-10 09:00",
  body="""Guten Tag Frau Behrendt,

die Rechnung der Zahnarztpraxis Dr. Kühl für Ihre Parodontitisbehandlung haben wir
erstattet:

  GOZ 4000  Parodontalstatus                    1x   20,70 EUR
  GOZ 4070  Parodontalchirurgie geschlossen    16x  226,40 EUR
  GOZ 4075  dto. mehrwurzelige Zähne            8x  142,32 EUR
  GOZ 1020  Lokale Fluoridierung                1x    6,47 EUR
  Summe                                             395,89 EUR

Ihr Tarif erstattet 90 %, also 356,30 EUR. Die unterstützende Parodontitistherapie in
den nächsten zwei Jahren ist ebenfalls mitversichert.

Viele Grüße
""", sig="wendland", sigstyle="short")

M("S", "en", "insurer-to-customer", "critical illness payout after the named insured's bypass surgery",
  frm=ADDR("stanek"), to="Paul Donovan <paul.donovan@gmail.example>",
  subj="Critical illness claim – policy 3400 118 902", date="2026-06-10 12:30",
  body="""Dear Mr Donovan,

we have received the surgeon's report from the Herzzentrum Duisburg confirming that you
underwent coronary artery bypass surgery (triple bypass) on 22 April 2026.

This is a covered condition under your critical illness policy. We will pay the full sum
insured of EUR 75,000 within ten days. The policy ends with this payment, as agreed in
the terms; your term life policy 3100 552 771 continues unchanged.

We wish you a good recovery.

Kind regards
""", sig="stanek", lang="en")

M("S", "de", "insurer-to-customer", "occupational disability accepted; exhaustion depression described in everyday words",
  frm=ADDR("ortmann"), to="Nina Kessler <nina.kessler@posteo.example>",
  subj="Leistungsanerkenntnis Ihrer Berufsunfähigkeitsversicherung", date="2026-06-11 10:10",
  body="""Liebe Frau Kessler,

wir haben gute Nachrichten: Wir erkennen unsere Leistungspflicht ab dem 1. Januar 2026 an.

Aus den Berichten Ihrer Psychiaterin und der Klinik am Waldsee ergibt sich, dass Sie nach
dem völligen Zusammenbruch im Herbst 2025 Ihren Beruf als Projektleiterin auf absehbare
Zeit nicht zu mehr als 50 % ausüben können. Die Erschöpfung, die Schlafprobleme und die
Konzentrationsschwäche bestehen trotz der Behandlung weiter.

  BU-Rente: 1.650 EUR monatlich, Nachzahlung Januar–Juni 9.900 EUR
  Beitragsbefreiung ab 01.01.2026 für Vertrag 7200 220 118

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
""", sig="ortmann")

M("S", "de", "insurer-to-therapist", "request to an occupational therapy practice for a named patient's therapy report",
  frm=ADDR("kroeger"), to="Ergotherapie am Dom <praxis@ergo-am-dom.example>",
  subj="Therapiebericht für Ihre Patientin Hanna Ziegler, geb. 02.12.2017", date="2026-06-11 14:30",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte Hanna Ziegler, geb. 02.12.2017 (Vertrag 55 408 211 2), haben die
Eltern eine weitere Verordnung über 20 Einheiten Ergotherapie eingereicht. Die
Schweigepflichtentbindung der Eltern liegt bei.

Bitte schicken Sie uns einen kurzen Bericht über den bisherigen Verlauf der Behandlung
(Feinmotorik, Aufmerksamkeit), die erreichten Ziele und warum weitere Einheiten nötig sind.
Für den Bericht zahlen wir 25 EUR.

Bitte nutzen Sie für die Antwort unser Portal oder die Post.

Mit freundlichen Grüßen
""", sig="kroeger")

M("S", "en", "internal", "HR asks a manager to invite a named employee to return-to-work talks after long sick leave",
  frm=ADDR("weiss"), to=ADDR("osei"),
  subj="BEM invitation for Jakob Herzog", date="2026-06-12 09:15", client="outlook",
  body="""Hi Daniel,

Jakob Herzog has now been on sick leave for more than six weeks in the last twelve months
(in total 47 days, the last period since 13 April). By law we have to offer him an
occupational reintegration process (BEM).

I'll send him the invitation letter today. Participation is voluntary, and he decides
whether you as his manager join the first meeting. Please don't ask him about the reasons
for his absence; if he wants to share anything, he'll do so in the BEM meeting.

Nadine
""", lang="en")

M("S", "de", "insurer-to-customer", "pension statement of a named customer's private pension (life line) with tax ID",
  frm="Versicherer Lebensversicherung <service-leben@versicherer.example>", to="Gertrud Ahlers <gertrud.ahlers@web.example>",
  subj="Ihre Rentenmitteilung 2026", date="2026-06-12 06:00", client="system",
  body="""Sehr geehrte Frau Ahlers,

ab dem 1. Juli 2026 erhöht sich Ihre Rente aus der privaten Rentenversicherung
Nr. 3500 004 118 durch die Überschussbeteiligung:

  Rente bisher:        412,18 EUR monatlich
  Rente ab 01.07.2026: 418,77 EUR monatlich
  davon steuerpflichtiger Ertragsanteil (18 %): 75,38 EUR

Die Rentenbezugsmitteilung an das Finanzamt erfolgt unter Ihrer Steuer-ID 61 402 887 119.

Ihre Versicherer Lebensversicherung AG
""")

M("S", "de", "insurer-to-pharmacy", "direct billing of an expensive biologic for a named insured with a pharmacy",
  frm=ADDR("kroeger"), to="Apotheke am Neumarkt <info@apotheke-neumarkt.example>",
  subj="Direktabrechnung Hochpreiser – Versicherter Frank Welter", date="2026-06-15 10:45",
  body="""Sehr geehrte Damen und Herren,

wie telefonisch besprochen übernehmen wir für unseren Versicherten

  Frank Welter, geb. 14.05.1976, Vers.-Nr. 55 307 441 8

die Kosten der Verordnung von Dr. Yavuz (Rheumatologie) vom 12.06.2026 direkt:

  Adalimumab 40 mg Fertigpen, 6 Stück, PZN 17266312 – 2 Packungen

Bitte rechnen Sie mit unserer Kostenübernahme-Nr. DA-2026-00771 direkt mit uns ab; der
Versicherte muss nicht in Vorleistung gehen. Die Zusage gilt für Verordnungen bis
31.12.2026.

Mit freundlichen Grüßen
""", sig="kroeger")


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
