#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 16 generator (dev16): formal outgoing letters.

Writes mails/d16-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2 corpus.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Standard library only: office files (XLSX/DOCX/ODS/ODT) and PDFs are written by small
hand-written builders (zipfile + XML, a minimal PDF writer with a text layer).
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



# --- office / PDF builders: small hand-written standard-library versions -------
# (the dev2 generator used openpyxl, python-docx, odfpy and fpdf2; this corpus
#  writes the same kinds of files with zipfile + XML and a minimal PDF writer)

def _x(s):
    return htmlmod.escape("" if s is None else str(s), quote=True)


def _zipbuild(members, stamp, first_stored=None):
    """members: list of (name, str|bytes). first_stored: name written uncompressed first (ODF mimetype)."""
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


def _core_xml(author, title=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


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
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
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
          + "".join(f'<sheet name="{_x(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
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
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _core_xml(author)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, n in enumerate(names):
        rows = sheets[n]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0) + 2))}" customWidth="1"/>'
            for j in range(ncol))
        out = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                if v is None:
                    continue
                ref = f"{_col(ci)}{ri}"
                s = ' s="1"' if ri == 1 else ""
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{s}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            out.append(f'<row r="{ri}">{"".join(cells)}</row>')
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<cols>{cols}</cols><sheetData>{"".join(out)}</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", ws))
    data = _zipbuild(members, _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office_ns="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def _odf(fn, mime, body_xml, kind, author="Versicherer", auto_styles=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    ns = _ODF_NS.replace(' xmlns:office_ns="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', "")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.2">'
               f'<office:automatic-styles>{auto_styles}</office:automatic-styles>'
               f'<office:body>{body_xml}</office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.2"><office:meta>'
            f'<meta:generator>Versicherer Office Export</meta:generator><dc:creator>{_x(author)}</dc:creator>'
            f'<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date></office:meta></office:document-meta>')
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} office:version="1.2"/>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    data = _zipbuild([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content),
                      ("styles.xml", styles), ("meta.xml", meta)], _STAMP[0], first_stored="mimetype")
    st = mime.split("/")[1]
    return Att(fn, data, "application", st, kind=kind)


def _ods(fn, sheets):
    tabs = []
    for name, rows in sheets.items():
        ncol = max((len(r) for r in rows), default=1)
        trs = []
        for r in rows:
            tcs = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tcs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    tcs.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            trs.append(f'<table:table-row>{"".join(tcs)}</table:table-row>')
        tabs.append(f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{ncol}"/>{"".join(trs)}</table:table>')
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet",
                f'<office:spreadsheet>{"".join(tabs)}</office:spreadsheet>', "ods")


def _odt(fn, blocks):
    parts = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            parts.append(f'<text:h text:style-name="H1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                parts.append(f'<text:p text:style-name="{"Small" if b[0] == "small" else "Standard"}">{_x(line)}</text:p>')
        elif b[0] == "t":
            rows = b[1]
            trs = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                + "</table:table-row>" for r in rows)
            parts.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>{trs}</table:table>')
    auto = ('<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7pt"/></style:style>')
    return _odf(fn, "application/vnd.oasis.opendocument.text", f'<office:text>{"".join(parts)}</office:text>', "odt",
                auto_styles=auto)


def _docx(fn, blocks, author="Versicherer", octet=False):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r>'

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            sz = 28 if len(b) < 3 or b[2] == 1 else 24
            body.append(f'<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>{run(b[1], True, sz)}</w:p>')
        elif b[0] in ("p", "small"):
            lines = b[1].split("\n")
            rs = '<w:r><w:br/></w:r>'.join(run(l, size=14 if b[0] == "small" else None) for l in lines)
            body.append(f'<w:p>{rs}</w:p>')
        elif b[0] == "t":
            rows = b[1]
            n = len(rows[0])
            grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // n) for _ in range(n))
            trs = []
            for i, r in enumerate(rows):
                tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{9000 // n}" w:type="dxa"/></w:tcPr><w:p>{run(v, bold=(i == 0))}</w:p></w:tc>' for v in r)
                trs.append(f"<w:tr>{tcs}</w:tr>")
            borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                              for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
                        f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl><w:p/>')
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
    data = _zipbuild([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                      ("docProps/core.xml", _core_xml(author))], _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})

# Helvetica widths (1/1000 em) for the printable ASCII range; other Latin-1 letters use 556
_HELV_W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
           556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
           500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
           556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
           278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _tw(s, size, bold=False):
    w = 0
    for ch in s:
        o = ord(ch)
        w += _HELV_W[o - 32] if 32 <= o < 127 else 556
    return w * size / 1000 * (1.06 if bold else 1.0)


def _wrap(s, size, width, bold=False):
    out = []
    for para in s.split("\n"):
        words, cur = para.split(" "), ""
        for wd in words:
            t = wd if not cur else cur + " " + wd
            if cur and _tw(t, size, bold) > width:
                out.append(cur)
                cur = wd
            else:
                cur = t
        out.append(cur)
    return out


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Minimal PDF 1.4 writer: A4, Helvetica (WinAnsi) for text, Courier for tables,
    uncompressed content streams, so the text layer is directly extractable."""
    import unicodedata
    W, H, L, R, T, B = 595.28, 841.89, 56.7, 56.7, 51.0, 56.7
    avail = W - L - R
    pages, cur, y = [], [], [H - T]

    def fold(t):
        t = str(t).translate(_PDF_MAP)
        return "".join(ch if ord(ch) < 256 else unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1") or "?"
                       for ch in t)

    def newpage():
        pages.append(cur[:])
        cur.clear()
        y[0] = H - T

    def line(txt, font, size, lead, x=L):
        if y[0] - lead < B:
            newpage()
        y[0] -= lead
        cur.append(b"BT /" + font.encode() + b" %.1f Tf %.2f %.2f Td " % (size, x, y[0]) + _pdfstr(txt) + b" Tj ET")

    for b in _blocks(blocks):
        if b[0] == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for ln in _wrap(fold(b[1]), size, avail, True):
                line(ln, "F2", size, size * 1.4)
            y[0] -= 4
        elif b[0] in ("p", "small"):
            size = 10 if b[0] == "p" else 7
            for ln in _wrap(fold(b[1]), size, avail):
                line(ln, "F1", size, size * 1.4)
            y[0] -= size * 0.6
        elif b[0] == "t":
            rows = [[fold("" if v is None else v) for v in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            wid = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
            total = sum(wid) + 2 * (ncol - 1)
            size = max(5.5, min(8.5, avail / (0.6 * max(total, 1))))
            for i, r in enumerate(rows):
                txt = "  ".join((r[j] if j < len(r) else "").ljust(wid[j]) for j in range(ncol)).rstrip()
                line(txt, "F4" if i == 0 else "F3", size, size * 1.45)
                if i == 0:
                    cur.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (0.5, L, y[0] - 2.5, L + avail, y[0] - 2.5))
            y[0] -= 6
    if cur or not pages:
        pages.append(cur[:])

    objs = []   # index i -> object number i+1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_obj = add(None)
    fonts = {}
    for key, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Courier"), ("F4", "Courier-Bold")):
        fonts[key] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /" + base.encode() + b" /Encoding /WinAnsiEncoding >>")
    res = b"<< /Font << " + b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in fonts.items()) + b" >> >>"
    kids = []
    for pi, ops in enumerate(pages, 1):
        foot = b"BT /F1 7.0 Tf %.2f %.2f Td " % (L, 28.0) + _pdfstr(f"Seite {pi} von {len(pages)}") + b" Tj ET"
        stream = b"\n".join(ops + [foot]) + b"\n"
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R >>"
                        % (pages_obj, W, H, res, c)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    dstr = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    info = b"<< /Producer (Versicherer Output Management) /Creator (VERSO Druckstrecke) /Author " + _pdfstr(fold(author)) + \
        (b" /Title " + _pdfstr(fold(title)) if title else b"") + b" /CreationDate (" + dstr.encode() + b") >>"
    info_obj = add(info)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info_obj, xref))
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Text layer of a PDF written by _pdf (uncompressed streams, literal strings)."""
    out = []
    for m in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", data):
        s = m.group(0)
        s = s[1:s.rindex(b")")]
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
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
    salt = f"d16|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d16-{n:04d}.eml"
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
            ".odt": ("mimetype", "content.xml", "META-INF/manifest.xml"),
            ".ods": ("mimetype", "content.xml", "META-INF/manifest.xml")}

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            ext = low[low.rindex("."):]
            for name in need.get(ext, ()):
                assert name in z.namelist(), (fn, fname, name)
            if ext in need:
                for name in z.namelist():       # every XML part must be well-formed
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(name))
                txt = z.read("xl/worksheets/sheet1.xml" if ext == ".xlsx" else "word/document.xml" if ext == ".docx" else "content.xml")
                assert re.sub(rb"<[^>]+>", b"", txt).strip(), (fn, fname, "empty document")
            if ext in (".odt", ".ods"):
                assert z.infolist()[0].filename == "mimetype" and z.infolist()[0].compress_type == zipfile.ZIP_STORED
            if low.endswith(".zip"):
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            m = re.search(rb"startxref\s+(\d+)", data[-64:])
            assert m and data[int(m.group(1)):].startswith(b"xref"), (fn, fname, "bad startxref")
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


# departments that write formal letters in this corpus (new staff of the same fictitious company)
STAFF.update({
    "hollmann": ("Birte Hollmann", "birte.hollmann", "Vertragsservice Leben / Vorsorge", "Life Policy Services", "lv", "-2705"),
    "kaiser": ("Matthias Kaiser", "matthias.kaiser", "Vertragsservice Krankenversicherung\nBeiträge und Tarife", "Health Policy Services", "kv", "-3150"),
    "ziegler": ("Ramona Ziegler", "ramona.ziegler", "Vertragsservice Sach / Haftpflicht / Rechtsschutz", "Non-life Policy Services", "av", "-3710"),
    "sommer": ("Patrick Sommer", "patrick.sommer", "Steuern & Meldewesen", "Tax & Regulatory Reporting", "grp", "-1860"),
    "haas": ("Elif Haas", "elif.haas", "Output Management / Dokumentenerstellung", "Output Management", "grp", "-6140"),
    "lutz": ("Konstantin Lutz", "konstantin.lutz", "Leistung Unfall / Regress Personenschaden", "Accident Claims & Recourse", "av", "-4722"),
})

# ---------------------------------------------------------------- batch 1 (1-25)

M("S", "de", "insurer-to-customer", "KV outpatient settlement letter with a table of treatments, dates and GOÄ amounts for the named insured and her son",
  frm=ADDR("kroeger"), to="Renate Albers <r.albers@posteo.example>",
  subj="Ihre Leistungsabrechnung vom 14.01.2026 – KV 4471 208 315",
  date="2026-01-14 10:12",
  body="""Sehr geehrte Frau Albers,

Ihr Zeichen: Einreichung vom 05.01.2026
Unser Zeichen: LA-KV-26-0031874 / Kr
Versicherungsnummer: KV 4471 208 315

vielen Dank für die Einreichung Ihrer Rechnungen. Wir haben sie wie folgt abgerechnet:

[[t1]]

Den Erstattungsbetrag von 612,38 EUR überweisen wir in den nächsten Tagen auf das uns bekannte Konto.

Zur Rechnung von Dr. Pohlmann (Physiotherapie, 6 x Krankengymnastik) erstatten wir 80 %, weil Ihr Tarif AmbuPlus 80 für Heilmittel einen Erstattungssatz von 80 % vorsieht. Die Selbstbeteiligung für 2026 ist mit dieser Abrechnung zu 150,00 EUR von 300,00 EUR ausgeschöpft.

Mit freundlichen Grüßen
""",
  tables={"t1": ([["Datum", "Person", "Leistungserbringer", "Leistung", "Rechnung EUR", "erstattet EUR"],
                  ["02.12.2025", "Renate Albers", "Dr. med. K. Pohlmann, Orthopädie", "Beratung, Untersuchung LWS (GOÄ 1, 7, 5030)", "148,62", "148,62"],
                  ["09.12.2025", "Renate Albers", "Physiopraxis am Ring", "6 x Krankengymnastik (M54.5)", "186,00", "148,80"],
                  ["18.12.2025", "Jonas Albers", "Dr. med. S. Erdem, Kinderheilkunde", "Impfung, Beratung (GOÄ 1, 375)", "64,96", "64,96"],
                  ["22.12.2025", "Renate Albers", "Adler-Apotheke", "Ibuprofen 600 mg, Pantoprazol 20 mg", "400,00", "250,00"]], "pad")},
  sig="kroeger")

M("N", "de", "newsletter", "trap: general notice to all household customers about changed AVB; no name, no contract, no person",
  frm="Versicherer Kundenservice <noreply@versicherer.example>", to="Kundeninformation Hausrat <kundeninfo-hausrat@versicherer.example>",
  subj="Wichtige Information: Neue Allgemeine Hausratversicherungsbedingungen ab 1. Juli 2026",
  date="2026-03-02 07:30",
  body="""Sehr geehrte Kundin, sehr geehrter Kunde,

zum 1. Juli 2026 stellen wir die Allgemeinen Hausratversicherungsbedingungen (VHB 2026) auf eine neue Fassung um. Für Sie ändert sich Folgendes:

1. Fahrraddiebstahl ist künftig rund um die Uhr mitversichert, auch wenn das Rad nachts im Freien abgestellt war – vorausgesetzt, es war mit einem eigenständigen Schloss gesichert.
2. Die Entschädigungsgrenze für Wertsachen außerhalb eines Tresors steigt von 20 % auf 25 % der Versicherungssumme.
3. Überspannungsschäden durch Blitz sind bis zur Versicherungssumme versichert (bisher 10 %).
4. Die Regelung zur groben Fahrlässigkeit wird klarer formuliert; bis 10.000 EUR verzichten wir weiterhin auf eine Kürzung.

Ihr Beitrag ändert sich durch die Umstellung nicht. Sie müssen nichts tun. Die vollständigen Bedingungen und eine Gegenüberstellung alt/neu finden Sie unter www.versicherer.example/vhb2026.

Wenn Sie der Umstellung widersprechen möchten, genügt eine kurze Nachricht bis zum 30. Juni 2026; Ihr Vertrag läuft dann zu den bisherigen Bedingungen weiter.

Mit freundlichen Grüßen
Ihr Kundenservice der Versicherer Allgemeine Versicherung AG

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
Abmelden: www.versicherer.example/newsletter/abmelden
""",
  ent="av")

M("C", "de", "insurer-to-customer", "motor hull settlement letter: named customer, claim and policy number, plate, payout; nobody hurt",
  frm=ADDR("brenner"), to="Dirk Hansmeier <dirk.hansmeier@t-online.example>",
  subj="Abrechnung Ihres Vollkaskoschadens – Schaden-Nr. K-2026-0117452",
  date="2026-01-20 15:41",
  body="""Sehr geehrter Herr Hansmeier,

Ihr Zeichen: Schadenmeldung vom 08.01.2026
Unser Zeichen: K-2026-0117452 / Bre
Versicherungsschein: KH 702 118 4433
Fahrzeug: VW Touran, amtl. Kennzeichen GL-DH 512

der Schaden an Ihrem Fahrzeug (Glatteisunfall am 07.01.2026 auf der L 286, Anprall an die Leitplanke, keine Personen verletzt) ist in Ihrer Vollkaskoversicherung gedeckt. Auf Grundlage des Gutachtens des Sachverständigenbüros Kramer vom 15.01.2026 rechnen wir wie folgt ab:

Reparaturkosten netto laut Gutachten      4.862,10 EUR
Wertminderung                               entfällt (Fahrzeugalter > 5 Jahre)
abzüglich Selbstbeteiligung               - 500,00 EUR
Auszahlungsbetrag                          4.362,10 EUR

Die Mehrwertsteuer erstatten wir, sobald Sie uns die Reparaturrechnung der Werkstatt einreichen. Den Betrag überweisen wir auf Ihr Konto bei der Kreissparkasse Köln (IBAN endet auf 4471).

Ihr Schadenfreiheitsrabatt wird zum 01.01.2027 von SF 12 auf SF 8 zurückgestuft. Sie können die Rückstufung vermeiden, wenn Sie uns den Betrag innerhalb von sechs Monaten nach Erhalt dieses Schreibens zurückzahlen; wir teilen Ihnen dann gern den genauen Betrag mit.

Mit freundlichen Grüßen
""",
  sig="brenner")

M("S", "de", "insurer-to-customer", "BU benefit acknowledgement; body names the BU claim, the PDF letter has the diagnosis (F33.2), benefit amounts, start date and IBAN",
  frm=ADDR("stanek"), to="Claudia Wiesner <claudia.wiesner@web.example>",
  subj="Ihre Berufsunfähigkeitsleistung – unser Schreiben vom 03.02.2026",
  date="2026-02-03 11:05",
  body="""Sehr geehrte Frau Wiesner,

wie telefonisch besprochen erhalten Sie unser Leistungsschreiben vorab per E-Mail. Das Original geht Ihnen zusätzlich per Post zu.

Bei Fragen erreichen Sie mich direkt unter der unten stehenden Durchwahl.

Mit freundlichen Grüßen
""",
  sig="stanek",
  att=[PDF("2026-02-03_Leistungsanerkenntnis_LV-2219-004718.pdf", [
      ("h", "Versicherer Lebensversicherung AG"),
      "Rheinuferstraße 12, 50667 Köln",
      "Frau Claudia Wiesner\nAm Weidenbach 7\n53121 Bonn",
      "Ihr Zeichen: Leistungsantrag vom 12.10.2025\nUnser Zeichen: BU-L-2025-00871 / Sta\nVersicherungsschein: LV-2219-004718\nDatum: 03.02.2026",
      ("h", "Anerkenntnis Ihres Anspruchs auf Berufsunfähigkeitsleistungen", 2),
      "Sehr geehrte Frau Wiesner,",
      "wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeits-Zusatzversicherung geprüft. Nach den Berichten Ihrer behandelnden Ärztin, Dr. med. Annette Voss (Fachärztin für Psychiatrie und Psychotherapie), und dem Entlassungsbericht der Klinik am Kurpark vom 28.11.2025 besteht bei Ihnen eine rezidivierende depressive Störung, gegenwärtig schwere Episode (ICD-10 F33.2), bei der Sie Ihren zuletzt ausgeübten Beruf als Grundschullehrerin zu mehr als 50 % nicht ausüben können.",
      "Wir erkennen unsere Leistungspflicht daher unbefristet ab dem 01.07.2025 an:",
      ("t", [["Leistung", "Betrag", "ab"],
             ["monatliche BU-Rente", "1.450,00 EUR", "01.07.2025"],
             ["Beitragsbefreiung Haupt- und Zusatzversicherung", "96,44 EUR mtl.", "01.07.2025"],
             ["Nachzahlung Juli 2025 bis Februar 2026", "11.600,00 EUR", "einmalig"],
             ["Erstattung zu viel gezahlter Beiträge", "771,52 EUR", "einmalig"]]),
      "Die Nachzahlung überweisen wir auf Ihr Konto DE27 3705 0198 1930 4412 80. Wir werden Ihren Gesundheitszustand in angemessenen Abständen nachprüfen (§ 174 VVG); die erste Nachprüfung ist für Herbst 2027 vorgesehen.",
      "Mit freundlichen Grüßen\nOliver Stanek, Leistung Leben / Berufsunfähigkeit",
      ("small", "Versicherer Lebensversicherung AG · Sitz Köln · Amtsgericht Köln HRB 4712")],
      title="Leistungsanerkenntnis BU")])

M("N", "de", "insurer-to-supplier", "trap: print order for the premium-adjustment mailing to the print service provider; only volumes, dates and file names",
  frm=ADDR("haas"), to="Auftragsannahme DruckWerk Rhein GmbH <auftrag@druckwerk-rhein.example>",
  subj="Druckauftrag BAP-KV-2027 – Beitragsanpassung Krankenversicherung, Produktionsfreigabe",
  date="2026-10-19 09:20",
  body="""Sehr geehrte Damen und Herren,

hiermit geben wir den Druckauftrag für die Beitragsanpassung Krankenvollversicherung zum 01.01.2027 frei (Rahmenvertrag Nr. RV-2024-017, Abruf 2026/11).

Eckdaten:
- Auftragsnummer: BAP-KV-2027
- Sendungen: 184.320 (Inland 183.905, Ausland 415)
- Umfang je Sendung: Anschreiben 2 Seiten, Nachtrag zum Versicherungsschein 2–6 Seiten, Beiblatt „Gründe der Beitragsanpassung" 4 Seiten (Duplex)
- Kuvertierung: C4, Fenster links, Beilage Rücksendeumschlag nur bei Sendungen mit Kennzeichen R
- Datenlieferung: SFTP, Verzeichnis /in/BAP2027/, Dateien BAP2027_001.afp bis BAP2027_037.afp, Prüfsummen in BAP2027.sha256
- Posteinlieferung: gestaffelt vom 10. bis 21.11.2026, spätestens aber so, dass alle Briefe bis 30.11.2026 zugestellt sind (gesetzliche Frist)

Bitte senden Sie uns wie immer je Los drei Belegexemplare aus dem Testlauf (Testdatensätze mit der Kennung „MUSTER") an die Adresse Output Management, Raum 4.112. Echte Kundensendungen bitte nicht als Belegexemplar verwenden.

Die Vernichtung der Fehldrucke erfolgt wie vereinbart datenschutzkonform nach DIN 66399, Sicherheitsstufe P-4, mit Protokoll.

Mit freundlichen Grüßen
""",
  sig="haas")

M("C", "en", "insurer-to-customer", "travel baggage claim settlement for a named customer with claim number and items; no health content",
  frm=ADDR("seidel"), to="Gareth Pryce <gareth.pryce@btinternet.example>",
  subj="Your baggage claim RV-2026-004412 – settlement",
  date="2026-04-22 14:03",
  lang="en",
  body="""Dear Mr Pryce,

Your reference: email of 9 April 2026
Our reference: RV-2026-004412 / Sei
Policy: Annual Travel Cover Plus, RJ 118 340 27

Thank you for sending the Lufthansa Property Irregularity Report and the receipts for your suitcase, which was delayed on your flight from Manchester to Munich on 2 April 2026 and delivered to your hotel on 5 April 2026.

We have settled your claim as follows:

  Emergency purchases (clothing, toiletries, phone charger)   EUR 287.40
  Taxi to collect the suitcase at Munich airport               EUR  64.00 (not covered)
  Less amount already paid by the airline                      EUR -120.00
  Amount payable                                               EUR 167.40

The taxi fare is not covered because your policy pays only for necessary replacement purchases during the delay (section 4.2 of the policy wording). We will transfer EUR 167.40 to the UK account ending 0932 that you gave us.

Kind regards
""",
  sig="seidel")

M("S", "de", "insurer-to-customer", "partial rejection in dental top-up insurance: tooth 36 implant, GOZ positions, waiting period, bone augmentation",
  frm=ADDR("wendland"), to="Herbert Kniep <h.kniep@gmx.example>",
  subj="Ihr Heil- und Kostenplan vom 12.02.2026 – teilweise Kostenzusage",
  date="2026-02-26 08:47",
  body="""Sehr geehrter Herr Kniep,

Ihr Zeichen: Heil- und Kostenplan Zahnarztpraxis Dr. Lindemann vom 12.02.2026
Unser Zeichen: ZE-26-004417 / Wen
Versicherungsnummer: KV 5109 771 020, Tarif ZahnPremium 90

wir haben den Heil- und Kostenplan für die Implantatversorgung in Regio 36 geprüft. Gern sagen wir Ihnen die Erstattung wie folgt zu:

- Implantat Regio 36 mit Suprakonstruktion (GOZ 9010, 2200, Material- und Laborkosten): 90 % der erstattungsfähigen Kosten, voraussichtlich 2.896,20 EUR
- Knochenaufbau (Sinuslift extern, GOZ 9120): keine Erstattung

Begründung zum Knochenaufbau: Laut Anamnese im Kostenplan wurde der Zahn 36 bereits im Oktober 2025 wegen einer apikalen Parodontitis extrahiert, also vor Beginn Ihres Versicherungsschutzes am 01.12.2025. Eine Behandlung, die vor Vertragsbeginn angeraten oder begonnen war, ist nach § 3 Abs. 4 der Tarifbedingungen nicht versichert. Für das Implantat selbst verzichten wir aus Kulanz auf diese Einschränkung, weil Sie die fehlende Versorgung im Antrag angegeben haben.

Bitte reichen Sie nach Abschluss der Behandlung die Rechnung mit dem Laborbeleg ein.

Mit freundlichen Grüßen
""",
  sig="wendland")

M("N", "de", "internal", "trap: test print of the endorsement template with «placeholders» and the word MUSTER; PDF has no real person",
  frm=ADDR("haas"), to=[ADDR("kaiser"), ADDR("ziegler")],
  subj="Freigabe Testdruck Nachtrag NT-07 (Vertragsänderung) – bitte bis Freitag prüfen",
  date="2026-03-10 13:15",
  body="""Hallo Matthias, hallo Ramona,

anbei der Testdruck des überarbeiteten Nachtrags NT-07 aus der neuen Druckstrecke. Die Platzhalter sind absichtlich nicht gefüllt, damit ihr die Feldnamen seht. Neu sind der Block „Beitrag ab Änderungsdatum" und der Hinweis auf die Widerrufsbelehrung am Ende.

Bitte prüft vor allem:
1. Passt die Formulierung zur Beitragsänderung für Kranken (Beiträge und Tarife) und für Sach?
2. Fehlt ein Pflichthinweis?
3. Schriftgröße im Fußbereich – Recht meint, 7 pt sei zu klein.

Freigabe bitte bis Freitag, 13.03., dann geht die Vorlage in die Produktion.

Danke und Gruß
Elif
""",
  att=[PDF("TESTDRUCK_NT-07_Nachtrag_MUSTER.pdf", [
      ("h", "TESTDRUCK – NICHT VERSENDEN"),
      "«Anrede» «Titel» «Vorname» «Nachname»\n«Strasse» «Hausnummer»\n«PLZ» «Ort»",
      "Versicherungsschein-Nr.: «VSNR»\nIhr Zeichen: «IHR_ZEICHEN»\nUnser Zeichen: «SB_KUERZEL»-«VORGANG»\nDatum: «DRUCKDATUM»",
      ("h", "Nachtrag Nr. «NACHTRAG_NR» zum Versicherungsschein", 2),
      "«Briefanrede»,",
      "auf Ihren Wunsch haben wir Ihren Vertrag zum «AENDERUNGSDATUM» wie folgt geändert: «AENDERUNGSTEXT».",
      ("t", [["Versicherte Person / Risiko", "Tarif / Baustein", "Beitrag bisher", "Beitrag neu"],
             ["«VP_1_NAME», geb. «VP_1_GEBDAT»", "«TARIF_1»", "«BEITRAG_ALT_1»", "«BEITRAG_NEU_1»"],
             ["«VP_2_NAME», geb. «VP_2_GEBDAT»", "«TARIF_2»", "«BEITRAG_ALT_2»", "«BEITRAG_NEU_2»"]]),
      "Der neue Gesamtbeitrag von «GESAMTBEITRAG» wird ab «FAELLIGKEIT» von Ihrem Konto «IBAN_MASKIERT» abgebucht.",
      "Dieser Nachtrag ist Bestandteil Ihres Versicherungsscheins. Alle übrigen Vereinbarungen bleiben unverändert.",
      ("small", "Widerrufsbelehrung: «WIDERRUF_TEXTBAUSTEIN_ID» · Testlauf 2026-03-10 · Druckstrecke VERSO 7.4 · Vorlage NT-07 Rev. 3")],
      title="Testdruck NT-07")])

M("C", "de", "insurer-to-customer", "buildings premium adjustment by construction price index: named customer, policy number, insured house address, old/new premium",
  frm=ADDR("ziegler"), to="Eheleute Brigitte und Horst Tamm <tamm.familie@arcor.example>",
  subj="Anpassung Ihres Wohngebäudebeitrags zum 01.04.2026 – WG 300 554 218",
  date="2026-02-16 10:30",
  body="""Sehr geehrte Frau Tamm, sehr geehrter Herr Tamm,

Versicherungsschein: WG 300 554 218
Versichertes Gebäude: Zweifamilienhaus Lindenallee 41, 58097 Hagen

Ihre Wohngebäudeversicherung ist als gleitende Neuwertversicherung abgeschlossen. Damit die Versicherungssumme mit den Baukosten Schritt hält, passen wir den Beitrag jährlich an den vom Statistischen Bundesamt veröffentlichten Baupreisindex und den Tariflohnindex für das Baugewerbe an (§ 12 VGB 2022).

Der Anpassungsfaktor steigt von 23,84 auf 24,92. Ihr Jahresbeitrag ändert sich daher zum Hauptfälligkeitstermin 01.04.2026:

  bisheriger Jahresbeitrag   1.118,40 EUR
  neuer Jahresbeitrag        1.169,06 EUR (einschl. 19 % Versicherungsteuer)

Ein Sonderkündigungsrecht besteht bei dieser Anpassung nicht, weil sich der Umfang des Versicherungsschutzes im gleichen Maß erhöht. Der neue Beitrag wird wie bisher am 01.04. von Ihrem Konto abgebucht.

Mit freundlichen Grüßen
""",
  sig="ziegler")

M("S", "de", "insurer-to-customer", "care-level benefit decision (Pflegegrad 3) for the named insured's mother addressed to her as legal representative; diagnoses and daily allowance",
  frm=ADDR("yilmaz"), to="Sandra Keppler <sandra.keppler@freenet.example>",
  subj="Leistungsbescheid Pflegetagegeld – Frau Hildegard Keppler, PT 2208 113 09",
  date="2026-05-07 12:22",
  body="""Sehr geehrte Frau Keppler,

als Bevollmächtigte Ihrer Mutter, Frau Hildegard Keppler, erhalten Sie unsere Entscheidung über den Antrag vom 02.04.2026.

Unser Zeichen: PTG-26-001129 / Yil
Versicherungsnummer: PT 2208 113 09, Tarif PflegeTag 50

Der medizinische Gutachter (MEDICPROOF, Begutachtung am 24.04.2026 in der Wohnung Ihrer Mutter) hat 58,75 gewichtete Punkte festgestellt; das entspricht Pflegegrad 3. Ausschlaggebend waren die Einschränkungen bei der Mobilität nach der Hüft-TEP rechts im Februar sowie die beginnende vaskuläre Demenz, die vor allem die Module 2 und 3 betrifft.

Ab dem 02.04.2026 zahlen wir:
- Pflegetagegeld bei Pflegegrad 3: 60 % von 50,00 EUR = 30,00 EUR täglich, monatlich rückwirkend
- Nachzahlung für April 2026: 870,00 EUR

Die Beitragspflicht für den Tarif PflegeTag 50 entfällt ab dem Folgemonat (Beitragsbefreiung ab Pflegegrad 3).

Bitte teilen Sie uns mit, wenn Ihre Mutter in eine vollstationäre Einrichtung wechselt oder sich ihr Zustand wesentlich ändert.

Mit freundlichen Grüßen
""",
  sig="yilmaz")

M("N", "de", "insurer-to-partner", "trap: insurance tax return cover letter to the Federal Central Tax Office with a CSV per line of business; company's own tax number and aggregates only",
  frm=ADDR("sommer"), to="Bundeszentralamt für Steuern – Versicherungsteuer <versicherungsteuer@bzst.example>",
  cc=ADDR("morgan"),
  subj="Versicherungsteuer-Anmeldung Februar 2026 – Versicherer Allgemeine Versicherung AG, St.-Nr. 214/5712/0883",
  date="2026-03-10 16:02",
  body="""Sehr geehrte Damen und Herren,

die Versicherungsteuer-Anmeldung für den Anmeldungszeitraum Februar 2026 haben wir heute über ELSTER übermittelt (Transferticket et4k9q2m7s1x).

Zur Plausibilisierung der gegenüber dem Vormonat höheren Steuer:

  Versicherungsentgelte Februar 2026, 19 %-Sätze     148.221.904,17 EUR
  davon Wohngebäude (Hauptfälligkeit 01.02.)          41.870.355,20 EUR
  Versicherungsentgelte mit ermäßigtem Satz (Feuer)     9.004.118,00 EUR
  angemeldete Steuer gesamt                            29.115.803,59 EUR

Der Anstieg beruht auf der Umstellung der Hauptfälligkeit im Wohngebäudebestand von Januar auf Februar. Einzelne Verträge oder Versicherungsnehmer sind von der Umstellung nicht gesondert betroffen; eine Aufstellung nach Versicherungszweigen senden wir Ihnen auf Anforderung.

Mit freundlichen Grüßen
""",
  sig="sommer",
  att=[CSV("VersSt_2026-02_nach_Versicherungszweigen.csv", [
    ["Versicherungszweig", "Versicherungsentgelt EUR", "Steuersatz", "Steuer EUR"],
    ["Wohngebäude (Feueranteil 14 %)", "41870355,20", "19 % / 22 %", "8.103.544,17"],
    ["Hausrat", "18220410,00", "19 %", "3.461.877,90"],
    ["Haftpflicht", "22608913,44", "19 %", "4.295.693,55"],
    ["Kraftfahrt", "51744005,53", "19 %", "9.831.361,05"],
    ["Rechtsschutz", "13778220,00", "19 %", "2.617.861,80"],
    ["Feuer (ermäßigt)", "9004118,00", "22 % auf 60 %", "805.465,12"]], enc="windows-1252", sub="excel")])

M("C", "de", "insurer-to-customer", "SEPA direct-debit mandate confirmation with the customer's full IBAN, mandate reference and household policy",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Miroslav Dvořák <m.dvorak@outlook.example>",
  subj="Bestätigung Ihres SEPA-Lastschriftmandats – Hausrat HR 551 238 890",
  date="2026-01-27 06:58",
  client="system",
  body="""Sehr geehrter Herr Dvořák,

wir bestätigen Ihnen die Erteilung des SEPA-Lastschriftmandats vom 23.01.2026.

Zahlungsempfänger: Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Mandatsreferenz: HR551238890-0002
Vertrag: Hausratversicherung HR 551 238 890
Kontoinhaber: Miroslav Dvořák
IBAN: """ + IB("DE", "430609671142887300") + """
BIC: GENODEM1GLS

Der Jahresbeitrag von 138,72 EUR wird erstmals am 01.03.2026 eingezogen. Fällt der Termin auf ein Wochenende oder einen Feiertag, erfolgt die Belastung am nächsten Bankarbeitstag.

Wenn die Angaben nicht stimmen, rufen Sie uns bitte unter 0221 555-1600 an.

Ihr Beitragsservice
Versicherer Allgemeine Versicherung AG

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
  ent="av")

M("S", "en", "insurer-to-customer", "international health settlement for an expat: inpatient stay in Valencia, appendectomy, invoice amounts",
  frm=ADDR("whitfield"), to="Lars Henningsen <lars.henningsen@protonmail.example>",
  subj="Claim settlement IHS-26-07731 – Hospital Quirón Valencia",
  date="2026-06-11 09:34",
  lang="en",
  body="""Dear Mr Henningsen,

Your reference: claim form dated 28 May 2026
Our reference: IHS-26-07731 / EWh
Policy: GlobalCare Expat Premium, KV 8812 004 561

We have now received the final invoice from Hospital Quirón Valencia for your inpatient stay from 19 to 23 May 2026 (laparoscopic appendectomy after acute appendicitis, K35.8). Our settlement:

  Room and board, 4 nights (single room)   EUR 2,360.00
  Surgery and anaesthesia                  EUR 3,145.50
  Pathology, laboratory, CT abdomen        EUR   812.30
  Medication on discharge                  EUR    47.85
  Total invoice                            EUR 6,365.65
  Paid directly to the hospital            EUR 6,365.65
  Your share (deductible already met)      EUR     0.00

As agreed by telephone, we paid the hospital directly under our guarantee of payment of 20 May. The follow-up appointment with the surgeon on 3 June is covered under your outpatient benefits; please send us that invoice separately.

We wish you a good recovery.

Kind regards
""",
  sig="whitfield")

M("N", "en", "insurer-to-partner", "trap: audit planning letter to the external auditors about claims-file sampling; only sample sizes and lines, no case data",
  frm=ADDR("morgan"), to="Audit Team Versicherer <versicherer-audit@pruefhaus-partners.example>",
  cc=[ADDR("sommer"), ADDR("meier")],
  subj="Year-end audit 2026 – sampling of claims files (health, life, P&C)",
  date="2026-11-04 17:18",
  lang="en",
  body="""Dear colleagues,

Following our planning meeting on 29 October, please find below the agreed approach for the claims-file testing in the year-end audit 2026.

1. Sample sizes (statistical, confidence 95 %):
   - Health (outpatient, inpatient, dental): 60 files
   - Life and occupational disability: 40 files
   - Motor, property, liability: 55 files
2. The population lists will be provided as pseudonymised extracts (claim ID, line, reserve, payment date) on 16 November via the data room.
3. Files that contain medical reports will be reviewed on site only, in room 3.040, by no more than two of your staff at a time. No copies, photographs or extracts of medical documents may leave the building. Our Data Protection Officer, Thomas Meier, is in copy.
4. Re-identification of sampled claim IDs is done by our claims departments; your team receives the file number only.

Could you please confirm the names of the auditors who will need visitor badges by 13 November?

Best regards
""",
  sig="morgan")

M("C", "de", "insurer-to-customer", "liability partial rejection: rented-item damage, exclusion for wear; named customer, claim number, third party landlord",
  frm=ADDR("oltmanns"), to="Nils Obermeyer <nils.obermeyer@mailbox.example>",
  subj="Ihr Haftpflichtschaden H-2026-0338120 – Teilregulierung",
  date="2026-03-18 11:49",
  body="""Sehr geehrter Herr Obermeyer,

Ihr Zeichen: Ihre E-Mail vom 04.03.2026
Unser Zeichen: H-2026-0338120 / Olt
Versicherungsschein: PH 441 902 573

Sie haben uns Schäden an der Mietwohnung Bergstraße 19, 44791 Bochum, gemeldet, die Ihr Vermieter, Herr Günter Pahl, nach Ihrem Auszug geltend macht. Wir haben die Forderung geprüft und regulieren wie folgt:

1. Wasserschaden am Laminat im Wohnzimmer (umgestürztes Aquarium am 12.02.2026): gedeckt als Mietsachschaden. Wir zahlen an Herrn Pahl 1.240,00 EUR (Zeitwert, Laminat 9 Jahre alt).
2. Bohrlöcher in den Fliesen von Bad und Küche: nicht gedeckt. Es handelt sich um Schäden durch übermäßige Beanspruchung bzw. vertragsgemäßen Gebrauch, die nach Ziffer A1-6.6 der Bedingungen ausgeschlossen sind.
3. Nicht durchgeführte Schönheitsreparaturen: nicht gedeckt. Diese Ansprüche betreffen die Erfüllung des Mietvertrags und keinen Schadenersatz.

Herrn Pahl haben wir mit gleicher Post entsprechend informiert. Die Selbstbeteiligung von 150,00 EUR haben wir bereits abgezogen.

Mit freundlichen Grüßen
""",
  sig="oltmanns")

M("S", "de", "insurer-to-customer", "accident disability settlement by limb table: thumb fracture (S62.51), 4/10 loss of function = 8 %, amounts, date of accident",
  frm=ADDR("albrecht"), to="Kevin Scholz <kevin.scholz89@gmail.example>",
  subj="Abrechnung Invaliditätsleistung – Unfall vom 14.06.2025, U 771 034 211",
  date="2026-07-02 10:10",
  body="""Sehr geehrter Herr Scholz,

Ihr Zeichen: Antrag auf Invaliditätsleistung vom 20.05.2026
Unser Zeichen: UL-2025-01877 / Alb
Versicherungsschein: U 771 034 211, Tarif UnfallAktiv, Progression 350 %

nach Eingang des fachchirurgischen Gutachtens von Prof. Dr. Reimers vom 16.06.2026 können wir über Ihre Invaliditätsleistung entscheiden.

Der Gutachter stellt als Folge des Sturzes vom Mountainbike am 14.06.2025 (Fraktur des Grundglieds des rechten Daumens, S62.51, mit operativer Versorgung) eine dauerhafte Funktionsbeeinträchtigung des rechten Daumens von 4/10 fest. Nach der Gliedertaxe (Daumen 20 %) ergibt sich ein Invaliditätsgrad von 8 %.

  Grundversicherungssumme                    100.000,00 EUR
  Invaliditätsgrad                                 8 %
  Leistung (Progression greift erst ab 25 %)   8.000,00 EUR
  abzüglich Vorschuss vom 10.01.2026          -2.000,00 EUR
  Auszahlung                                   6.000,00 EUR

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen. Bitte beachten Sie die Frist.

Mit freundlichen Grüßen
""",
  sig="albrecht")

M("N", "en", "newsletter", "trap: English product newsletter on new pet health tariffs with vet vocabulary, prices and a fictitious example dog",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="pet-newsletter-en@lists.versicherer.example",
  subj="New: PetCare Plus – surgery and vet cover for dogs and cats",
  date="2026-04-14 08:00",
  lang="en",
  html=True,
  body="""Hello,

From 1 May 2026 our new PetCare tariffs cover vet bills up to 4 times the German fee scale for veterinarians (GOT).

[[p]]

What is covered in PetCare Plus?
- Surgery under general anaesthesia, including cruciate ligament surgery and tumour removal
- Diagnostics: X-ray, ultrasound, MRI, blood tests
- Preventive care budget of EUR 80 per year for vaccinations, worming and dental cleaning
- No waiting period for accidents

Example: Bella, a (fictitious) four-year-old Labrador, needs surgery for a torn cruciate ligament. Vet bill EUR 2,800 - PetCare Plus pays EUR 2,520 (after 10 % co-payment).

Sign up online in five minutes: www.versicherer.example/en/pet

Your Versicherer team

You receive this newsletter because you subscribed on our website. Unsubscribe: www.versicherer.example/newsletter/unsubscribe
""",
  tables={"p": ([["Tariff", "Dogs (monthly)", "Cats (monthly)", "Annual limit"],
                 ["PetCare Surgery", "from EUR 14.90", "from EUR 9.90", "EUR 5,000"],
                 ["PetCare Plus", "from EUR 39.90", "from EUR 24.90", "unlimited"]], "pad")},
  ent="av")

M("C", "de", "insurer-to-customer", "legal expenses cover confirmation for an unfair-dismissal suit: named customer, employer, policy and claim number",
  frm=ADDR("lindqvist"), to="Tatjana Reimann <t.reimann@icloud.example>",
  cc="Kanzlei Berger & Yıldız <kanzlei@berger-yildiz.example>",
  subj="Deckungszusage Arbeitsrechtsschutz – RS-2026-0441902",
  date="2026-02-09 14:37",
  body="""Sehr geehrte Frau Reimann,

Ihr Zeichen: Anfrage Ihrer Rechtsanwältin Frau Yıldız vom 05.02.2026
Unser Zeichen: RS-2026-0441902 / Lin
Versicherungsschein: RS 620 118 437, Privat-, Berufs- und Verkehrsrechtsschutz

für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Hallmann Logistik GmbH, wegen der ordentlichen Kündigung vom 29.01.2026 erteilen wir Kostenschutz für die erste Instanz vor dem Arbeitsgericht Dortmund.

Umfang:
- gesetzliche Vergütung Ihrer Rechtsanwältin nach RVG, Gegenstandswert drei Bruttomonatsgehälter
- Gerichtskosten
- Selbstbeteiligung laut Vertrag: 250,00 EUR

Der Rechtsschutzfall (Zugang der Kündigung) liegt nach Ablauf der Wartezeit; die Voraussetzungen sind erfüllt. Für eine etwaige Berufung benötigen wir eine gesonderte Anfrage mit Begründung der Erfolgsaussichten.

Eine Kopie dieses Schreibens erhält Ihre Rechtsanwältin.

Mit freundlichen Grüßen
""",
  sig="lindqvist")

M("S", "de", "insurer-to-customer", "life annual statement as PDF from the output system: named customer, contract value, surrender value, beneficiary with birth date",
  frm="Versicherer Lebensversicherung <dokumente@versicherer.example>", to="Wolfgang Ebeling <w.ebeling@kabelmail.example>",
  subj="Ihre Jahresmitteilung 2025 zur Rentenversicherung LV-1874-220391",
  date="2026-02-20 05:41",
  client="system",
  body="""Sehr geehrter Herr Ebeling,

anbei erhalten Sie Ihre Jahresmitteilung zum 01.01.2026 für Ihre Rentenversicherung LV-1874-220391. Sie haben dem elektronischen Versand von Vertragsunterlagen am 14.03.2024 zugestimmt.

Das Dokument ist mit Ihrem Geburtsdatum im Format TTMMJJJJ geschützt.

Mit freundlichen Grüßen
Ihre Versicherer Lebensversicherung AG

Diese E-Mail wurde automatisch erstellt.
""",
  ent="lv",
  att=[PDF("Jahresmitteilung_2025_LV-1874-220391.pdf", [
      ("h", "Jahresmitteilung zum 01.01.2026"),
      "Versicherer Lebensversicherung AG, Rheinuferstraße 12, 50667 Köln",
      "Herrn Wolfgang Ebeling\nSchillerstraße 88\n04109 Leipzig",
      "Vertrag: LV-1874-220391 · Private Rentenversicherung mit Beitragsrückgewähr, Tarif RV-K 2012\nVersicherte Person: Wolfgang Ebeling, geb. 17.09.1966\nRentenbeginn: 01.10.2033",
      ("t", [["Position", "Betrag"],
             ["Beiträge 2025 (12 x 185,00 EUR)", "2.220,00 EUR"],
             ["Summe der gezahlten Beiträge seit Beginn", "30.895,00 EUR"],
             ["Deckungskapital 01.01.2026", "34.102,87 EUR"],
             ["Überschussbeteiligung 2025 (laufend)", "512,44 EUR"],
             ["Bewertungsreserven (Anteil, unverbindlich)", "46,20 EUR"],
             ["Rückkaufswert 01.01.2026", "33.611,09 EUR"],
             ["garantierte Monatsrente ab 2033", "214,18 EUR"]]),
      "Bezugsberechtigt im Todesfall vor Rentenbeginn: Sabine Ebeling, geb. 02.05.1969 (Ehefrau), widerruflich.",
      "Gesamtverzinsung 2026: 3,05 %. Die Überschussbeteiligung ist nicht garantiert.",
      ("small", "Diese Mitteilung ersetzt die Mitteilung nach § 155 VVG. Versicherer Lebensversicherung AG · Amtsgericht Köln HRB 4712")],
      title="Jahresmitteilung 2025")])

M("N", "en", "insurer-to-company", "trap: confirmation of a company's commercial liability contract addressed to the firm (no named person); company data only",
  frm=ADDR("hartmann"), to="Nordlicht Robotics GmbH – Accounts <accounts@nordlicht-robotics.example>",
  subj="Confirmation of cover – commercial general & product liability BH 900 771 402",
  date="2026-01-08 12:00",
  lang="en",
  body="""Dear Sir or Madam,

We confirm that the commercial general and product liability insurance for Nordlicht Robotics GmbH, Hafenstraße 3, 28217 Bremen, has been renewed for the period 1 January 2026 to 1 January 2027.

Policy number: BH 900 771 402
Limit of indemnity: EUR 10,000,000 per occurrence, twice aggregated per year
Products: industrial handling robots and spare parts, worldwide excluding USA/Canada
Deductible: EUR 5,000 per claim
Annual premium: EUR 48,300.00 plus 19 % insurance tax

The renewed policy schedule will follow by post. The premium invoice has been sent to the e-mail address on file for invoices; payment is due within 30 days.

This confirmation can be forwarded to your customers as proof of cover. A certificate of insurance in German and English is available on request.

Yours faithfully
""",
  sig="hartmann")

M("C", "en", "insurer-to-customer", "motor policy schedule PDF for an expat: named driver with birth date, VIN, plate, no-claims class",
  frm=ADDR("engel"), to="Aurelio Mancini <aurelio.mancini@libero.example>",
  subj="Your motor insurance – policy schedule KH 707 002 914",
  date="2026-03-31 16:20",
  lang="en",
  body="""Dear Mr Mancini,

Thank you for choosing us for your car insurance. As requested, we have issued your policy schedule in English; the German version is legally binding and follows by post.

Your cover starts on 1 April 2026 at 00:00. Please keep the schedule in the car together with the registration certificate.

Kind regards
""",
  sig="engel",
  att=[PDF("Policy_schedule_KH-707-002-914_EN.pdf", [
      ("h", "Motor insurance – policy schedule (convenience translation)"),
      "Policy number: KH 707 002 914 · Start: 01.04.2026 · Renewal: 01.01. annually",
      "Policyholder: Aurelio Mancini, Sülzburgstraße 204, 50937 Köln, born 11.08.1990",
      ("t", [["Item", "Details"],
             ["Vehicle", "Fiat 500e Icon, first registered 03/2023"],
             ["VIN", "ZFAFF1BB3PJ481206"],
             ["Registration", "K-AM 1108"],
             ["Drivers", "Policyholder only, 35 years"],
             ["Annual mileage", "up to 9,000 km"],
             ["Third-party liability", "SF 5 (no-claims class), 52 %"],
             ["Comprehensive", "SF 3, 62 %, deductible EUR 300"],
             ["Annual premium", "EUR 612.48 incl. insurance tax"]]),
      "Direct debit from IBAN IT60 X054 2811 1010 0000 0123 456 is not possible for Italian accounts in this product; please pay by transfer.",
      ("small", "Versicherer Allgemeine Versicherung AG · Cologne · HRB 4713")],
      title="Policy schedule KH 707 002 914")])

M("S", "de", "insurer-to-doctor", "request for a medical report for a BU claim naming the patient, birth date and consent to release",
  frm=ADDR("stanek"), to="Praxis Dr. med. Frieder Lamprecht <praxis@dr-lamprecht.example>",
  subj="Anforderung ärztlicher Bericht – Ihr Patient Herr Arne Tillmann, geb. 04.02.1978",
  date="2026-04-08 09:02",
  body="""Sehr geehrter Herr Dr. Lamprecht,

Unser Zeichen: BU-L-2026-00214 / Sta

Ihr Patient, Herr Arne Tillmann, geb. 04.02.1978, wohnhaft Brückenweg 3, 42853 Remscheid, hat bei uns Leistungen wegen Berufsunfähigkeit beantragt. Er hat angegeben, seit März 2025 bei Ihnen wegen anhaltender Rückenbeschwerden mit Ausstrahlung ins linke Bein in Behandlung zu sein.

Wir bitten Sie um einen Befundbericht zu folgenden Punkten:
1. Diagnosen mit Datum der Erstdiagnose
2. bisherige Behandlung (Medikation, Injektionen, Physiotherapie, ggf. Operation)
3. aktuelle Funktionseinschränkungen beim Heben, Tragen und längeren Sitzen
4. Prognose

Die Schweigepflichtentbindungserklärung von Herrn Tillmann vom 25.03.2026 liegt uns vor; eine Kopie senden wir Ihnen auf Wunsch. Für den Bericht vergüten wir Nr. 75 GOÄ zuzüglich Porto. Bitte senden Sie ihn über unser Postfach im SecureMail-Portal oder per Post, nicht als normale E-Mail.

Mit freundlichen kollegialen Grüßen
""",
  sig="stanek")

M("N", "en", "internal", "trap: internal information sheet (DOCX) on how to write claims letters that contain health data; rules and fictitious example only",
  frm=ADDR("meier"), to="Alle Leistungsbereiche <leistung-alle@versicherer.example>",
  subj="Information sheet: health data in claims letters (EN version for the international teams)",
  date="2026-05-19 15:55",
  lang="en",
  body="""Dear colleagues,

Several teams asked for an English version of our information sheet on health data in outgoing claims letters. It is attached. Key points:

- Diagnoses belong in the letter only where the decision depends on them.
- The reference line and subject must never contain a diagnosis.
- Letters with health data leave the house only encrypted or via the portal.

The German original remains the binding version.

Best regards
""",
  sig="meier", sigstyle="short",
  att=[DOCX("Information_sheet_health_data_in_letters_EN.docx", [
      ("h", "Information sheet: health data in outgoing claims letters"),
      "Applies to: all health, life, disability, accident and long-term care claims teams. Version 2.1, May 2026.",
      ("h", "1. What counts as health data", 2),
      "Diagnoses (in words or ICD-10 codes), treatments, medicines, invoices from doctors, dentists or hospitals, care levels, disability assessments, and the mere fact that a person claims benefits under a health or life policy.",
      ("h", "2. Where health data may appear", 2),
      ("t", [["Part of the letter", "Allowed?", "Note"],
             ["Subject / reference line", "No", "Use the claim number only"],
             ["Body of the decision", "Yes, if needed", "Only what the decision rests on"],
             ["Table of benefits", "Yes", "Treatment type, not the diagnosis, where possible"],
             ["Footnotes", "No", "Move to the body"],
             ["E-mail cover text", "No", "Refer to the attached letter"]]),
      ("h", "3. Example (fictitious)", 2),
      "Wrong: 'Re: Your depression claim – Ms Jane Example'. Right: 'Your claim BU-L-2026-XXXXX – our decision'.",
      ("h", "4. Sending", 2),
      "Always S/MIME or the SecureMail portal. Never plain e-mail, even if the customer asks for it, unless a written consent for TLS is on file."])])

M("C", "de", "insurer-to-third-party", "recourse letter to a named private person who caused water damage in the insured building (§ 86 VVG); amounts and address",
  frm=ADDR("schreiber"), to="Herrn Julian Rüdiger <julian.ruediger@posteo.example>",
  subj="Regressforderung – Leitungswasserschaden Kantstraße 15, Schaden-Nr. WG-2025-0778431",
  date="2026-01-29 10:44",
  body="""Sehr geehrter Herr Rüdiger,

Unser Zeichen: RG-2026-00057 / Sch (Schaden WG-2025-0778431)

wir sind der Wohngebäudeversicherer des Hauses Kantstraße 15 in 45127 Essen. Am 17.11.2025 trat aus Ihrer Wohnung im 3. Obergeschoss Wasser aus, weil der Schlauch Ihrer Waschmaschine während Ihrer Abwesenheit nicht am Wasserhahn befestigt war. Das Wasser lief in die darunterliegenden Wohnungen und beschädigte Decken, Wände und Böden.

Wir haben den Schaden gegenüber unserer Versicherungsnehmerin, der Eigentümergemeinschaft Kantstraße 15, reguliert und insgesamt 14.286,40 EUR gezahlt (Trocknung 3.910,00 EUR, Malerarbeiten 6.204,40 EUR, Bodenbeläge 4.172,00 EUR). Die Ansprüche der Eigentümergemeinschaft gegen Sie sind in dieser Höhe nach § 86 VVG auf uns übergegangen.

Wir fordern Sie auf, den Betrag bis zum 27.02.2026 auf unser Konto bei der Commerzbank Köln, IBAN DE12 3704 0044 0532 0130 00, Verwendungszweck RG-2026-00057, zu überweisen.

Falls Sie eine private Haftpflichtversicherung haben, leiten Sie dieses Schreiben bitte dort weiter und teilen Sie uns Namen und Versicherungsnummer mit. Wir regeln die Angelegenheit dann direkt mit Ihrem Versicherer.

Mit freundlichen Grüßen
""",
  sig="schreiber")

M("S", "de", "insurer-to-customer", "premium reminder in health insurance with arrears and warning about the emergency tariff; named insured and contract",
  frm=ADDR("becker"), to="Sven Lorenzen <sven.lorenzen@web.example>",
  subj="Zahlungserinnerung – Beitragsrückstand Krankenversicherung KV 6620 338 104",
  date="2026-08-12 08:15",
  body="""Sehr geehrter Herr Lorenzen,

Versicherungsnummer: KV 6620 338 104 (Krankheitskostenvollversicherung, Pflegepflichtversicherung)
Unser Zeichen: MA-26-118822 / Bec

leider konnten wir die Beiträge für Juni und Juli 2026 nicht einziehen; Ihre Bank hat die Lastschriften mangels Deckung zurückgegeben.

  Beitrag Juni 2026               612,84 EUR
  Beitrag Juli 2026               612,84 EUR
  Rücklastschriftgebühren          2 x 3,50 EUR
  offener Betrag                1.232,68 EUR

Bitte überweisen Sie den Betrag bis zum 26.08.2026. Wenn Sie vorübergehend nicht zahlen können, sprechen Sie uns bitte an – wir können eine Ratenzahlung vereinbaren.

Bitte beachten Sie: Bleibt der Rückstand bestehen, sind wir nach § 193 Abs. 6 VVG verpflichtet, Sie zu mahnen und nach Ablauf der gesetzlichen Fristen in den Notlagentarif umzustellen. Dort werden nur noch Aufwendungen für akute Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft erstattet. Kinder und Jugendliche sind davon ausgenommen.

Mit freundlichen Grüßen
""",
  sig="becker")


# ---------------------------------------------------------------- batch 2 (26-50)

M("N", "de", "newsletter", "trap: general explanation of the 2027 health premium adjustment for all customers; statistics on medical costs, no person, no contract",
  frm="Versicherer Krankenversicherung <info-kv@versicherer.example>", to="Kundeninformation KV <kundeninfo-kv@versicherer.example>",
  subj="Beitragsanpassung 2027 in der Krankenversicherung – warum Beiträge steigen",
  date="2026-11-12 07:00",
  ent="kv",
  body="""Sehr geehrte Versicherte,

in den nächsten Tagen erhalten viele von Ihnen Post zur Beitragsanpassung zum 1. Januar 2027. Wir möchten Ihnen vorab erklären, wie es dazu kommt.

Warum steigen die Beiträge?
Wir dürfen Beiträge nicht nach Belieben ändern. Das Versicherungsaufsichtsgesetz schreibt vor, jedes Jahr die kalkulierten mit den tatsächlichen Leistungsausgaben zu vergleichen. Weichen sie in einem Tarif um mehr als den vereinbarten Schwellenwert ab (meist 10 %, in einigen Tarifen 5 %), müssen wir die Beiträge überprüfen – ein unabhängiger Treuhänder kontrolliert jede Anpassung.

Was hat sich verändert?
- Krankenhausleistungen: +9,8 % je Versicherten gegenüber 2024, vor allem durch höhere Pflegepersonalkosten
- Arzneimittel: +7,1 %, besonders durch neue Krebs- und Rheumatherapien
- ambulante Psychotherapie: +12,4 %
- niedriger Rechnungszins: Kapitalmarkt und Lebenserwartung

Was können Sie tun?
Sie haben das Recht, in einen anderen Tarif mit gleichartigem Versicherungsschutz zu wechseln (§ 204 VVG), ohne erneute Gesundheitsprüfung für bereits versicherte Leistungen. Unser Tarifwechselservice berät Sie kostenlos: 0221 555-3100.

Mit freundlichen Grüßen
Dr. Helmut Sander
Vorsitzender des Vorstands
""")

M("S", "de", "insurer-to-customer", "personal PKV premium adjustment letter: insured persons with birth dates, tariffs, old/new premiums and triggering factors; attached generic insert PDF has no person",
  frm=ADDR("kaiser"), to="Familie Okonkwo <okonkwo.bonn@gmx.example>",
  subj="Beitragsanpassung zum 01.01.2027 – Ihr Vertrag KV 3097 512 644",
  date="2026-11-17 11:26",
  body="""Sehr geehrter Herr Okonkwo,

Ihr Zeichen: Ihr Anruf vom 16.11.2026
Unser Zeichen: BAP27-KV3097512644 / Kai

wie gewünscht sende ich Ihnen die Übersicht zur Beitragsanpassung noch einmal per E-Mail, da das Schreiben vom 10.11.2026 offenbar nicht angekommen ist.

[[b]]

Auslösende Faktoren: In den Tarifen Komfort 100 und Komfort 100 K haben sich die Leistungsausgaben um 14,2 % bzw. 11,7 % gegenüber der Kalkulation verändert (Schwellenwert 10 %). Im Tarif KT 43 (Krankentagegeld ab dem 43. Tag) wurde der Schwellenwert nicht erreicht; der Beitrag bleibt gleich. Die Pflegepflichtversicherung wird zum 01.01.2027 aufgrund der gesetzlichen Leistungsänderungen angepasst.

Ihre Tochter Adaeze ist ab 01.01.2027 nicht mehr im Kindertarif, weil sie 2026 das 21. Lebensjahr vollendet hat; daraus ergibt sich der größte Teil der Steigerung.

Sie können der Beitragsanpassung nicht widersprechen, haben aber ein Sonderkündigungsrecht innerhalb von zwei Monaten nach Zugang der Mitteilung und ein Tarifwechselrecht nach § 204 VVG.

Mit freundlichen Grüßen
""",
  tables={"b": ([["Versicherte Person", "geb.", "Tarif", "bisher EUR", "ab 01.01.2027 EUR"],
                 ["Emeka Okonkwo", "22.03.1974", "Komfort 100, KT 43 (100 EUR/Tag), PVN", "748,22", "821,09"],
                 ["Ngozi Okonkwo", "09.10.1977", "Komfort 100, PVN", "602,17", "669,40"],
                 ["Adaeze Okonkwo", "30.06.2005", "Komfort 100 K -> Komfort 100, PVN", "219,86", "388,15"],
                 ["Gesamt", "", "", "1.570,25", "1.878,64"]], "pad")},
  sig="kaiser",
  att=[PDF("Beiblatt_Gruende_der_Beitragsanpassung_2027.pdf", [
    ("h", "Beiblatt: Gründe der Beitragsanpassung zum 01.01.2027"),
    "Dieses Beiblatt erhalten alle Versicherten, deren Beitrag sich zum 01.01.2027 ändert. Es erklärt die gesetzlichen Grundlagen und die Veränderungen der Rechnungsgrundlagen je Tarif.",
    ("h", "1. Rechtsgrundlage", 2),
    "Nach § 203 Abs. 2 VVG und § 155 VAG vergleichen wir jährlich die erforderlichen mit den kalkulierten Versicherungsleistungen. Weicht der Vergleich um mehr als den in den Tarifbedingungen genannten Schwellenwert ab, werden alle Beiträge des Tarifs überprüft und mit Zustimmung des unabhängigen Treuhänders angepasst.",
    ("h", "2. Veränderung der Rechnungsgrundlagen je Tarif", 2),
    ("t", [["Tarif", "Versicherungsleistungen", "Sterbewahrscheinlichkeiten", "Rechnungszins alt/neu"],
           ["Komfort 100", "+14,2 %", "nicht auslösend", "2,75 % / 2,50 %"],
           ["Komfort 100 K", "+11,7 %", "nicht auslösend", "2,75 % / 2,50 %"],
           ["Komfort 90", "+10,4 %", "nicht auslösend", "2,75 % / 2,50 %"],
           ["Top 100", "+12,9 %", "-5,6 %", "2,50 % / 2,25 %"],
           ["KT 43", "+4,1 % (nicht auslösend)", "–", "unverändert"]]),
    ("h", "3. Ihre Rechte", 2),
    "Sonderkündigungsrecht innerhalb von zwei Monaten nach Zugang der Mitteilung (§ 205 Abs. 4 VVG). Tarifwechselrecht nach § 204 VVG. Möglichkeit, den Selbstbehalt zu erhöhen.",
    ("small", "Versicherer Krankenversicherung a.G. · Beiblatt BAP-2027 · Seite 1 von 1")],
    title="Beiblatt Beitragsanpassung 2027")])

M("C", "de", "insurer-to-customer", "motor cancellation confirmation after sale of the car: named customer, plate, policy, refund amount",
  frm="Versicherer Kfz-Service <kfz-service@versicherer.example>", to="Petra Gawlik <petra.gawlik@t-online.example>",
  subj="Bestätigung Vertragsende Kfz-Versicherung KH 703 558 120 (BN-PG 77)",
  date="2026-05-26 13:03",
  client="system", mailer="VERSO Output Management 7.4",
  body="""Sehr geehrte Frau Gawlik,

wir bestätigen das Ende Ihrer Kfz-Versicherung.

Versicherungsschein: KH 703 558 120
Fahrzeug: Opel Corsa F, amtl. Kennzeichen BN-PG 77
Grund: Veräußerung des Fahrzeugs am 15.05.2026 (Meldung der Zulassungsstelle vom 20.05.2026)
Vertragsende: 15.05.2026, 24:00 Uhr

Für die Zeit vom 16.05. bis 31.12.2026 erstatten wir Ihnen den anteiligen Beitrag von 298,61 EUR. Der Betrag wird innerhalb von zehn Tagen auf das Konto überwiesen, von dem wir zuletzt abgebucht haben.

Ihren Schadenfreiheitsrabatt (SF 14) können Sie innerhalb von sieben Jahren auf ein neues Fahrzeug übertragen. Eine Bescheinigung über den Schadenverlauf stellen wir Ihnen auf Wunsch aus.

Mit freundlichen Grüßen
Ihr Kfz-Service
Versicherer Allgemeine Versicherung AG
""",
  ent="av")

M("N", "de", "insurer-to-partner", "trap: press release on health and care benefits paid in 2025; aggregated figures, board member quoted, no individual",
  frm=ADDR("baumann"), to="Presseverteiler <presse-verteiler@versicherer.example>",
  subj="Pressemitteilung: Versicherer zahlt 2025 Rekordsumme an Kranken- und Pflegeleistungen",
  date="2026-03-24 10:00",
  body="""PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Versicherer zahlt 2025 Rekordsumme an Kranken- und Pflegeleistungen

Köln, 24. März 2026. Die Versicherer Krankenversicherung a.G. hat im Geschäftsjahr 2025 Leistungen von 1,92 Milliarden Euro an ihre Versicherten erbracht – 8,3 Prozent mehr als im Vorjahr. Besonders stark stiegen die Ausgaben für stationäre Behandlungen (+10,1 Prozent) und für Arzneimittel (+7,4 Prozent).

„Hinter jeder Zahl stehen Menschen, die sich in einer schwierigen Lebenslage auf uns verlassen", sagt Birgit Oppermann, Vorständin für Leistung und Service. „Neun von zehn Rechnungen erstatten wir inzwischen innerhalb von fünf Arbeitstagen, 62 Prozent davon vollautomatisch."

Die wichtigsten Kennzahlen 2025:
- Versicherte Personen Vollversicherung: 412.000 (+1,6 %)
- Zusatzversicherte: 1,38 Mio. (+4,2 %)
- eingereichte Belege: 9,7 Mio., davon 71 % über die App
- Pflegetagegeld: 18.400 Leistungsbezieher, durchschnittlich Pflegegrad 3
- häufigste Leistungsanlässe in der Zahnzusatzversicherung: professionelle Zahnreinigung, Füllungen, Implantate

Die vollständigen Geschäftszahlen veröffentlicht die Gesellschaft am 28. April 2026.

Pressekontakt:
Julia Baumann, Unternehmenskommunikation
Telefon +49 221 555-1010, presse@versicherer.example
""")

M("S", "en", "insurer-to-customer", "travel cancellation partial rejection: pre-existing heart condition, cardiology report, named insured",
  frm=ADDR("seidel"), to="Margaret Ellison <m.ellison@outlook.example>",
  subj="Your trip cancellation claim RR-2026-001905",
  date="2026-05-05 10:52",
  lang="en",
  body="""Dear Mrs Ellison,

Your reference: claim form of 14 April 2026
Our reference: RR-2026-001905 / Sei
Policy: Single Trip Cancellation, RR 556 201 37

We are sorry to hear that you had to cancel your cruise from Hamburg to Bergen (departure 20 April 2026) because you were admitted to hospital with atrial fibrillation on 11 April 2026.

We have reviewed the discharge letter from Asklepios Klinik St. Georg and the report of your cardiologist, Dr. Heuer. The report shows that atrial fibrillation was first diagnosed in September 2025 and that your medication (apixaban and bisoprolol) was changed on 3 March 2026, i.e. after you had booked the trip but before you bought the policy on 28 March 2026.

Under section 3.1 of the policy terms, cancellation due to a condition that was known and treated within six months before the policy was bought is covered only if the condition had been stable. Because your treatment was changed four weeks before you bought the policy, we cannot pay the cancellation charges for you.

We do, however, pay the cancellation charges of your husband, who was travelling with you and is insured under the same policy as an accompanying person: EUR 1,840.00 (80 % of EUR 2,300.00).

If you disagree, you can ask the insurance ombudsman (Versicherungsombudsmann e.V., www.versicherungsombudsmann.de) to review our decision free of charge.

Kind regards
""",
  sig="seidel")

M("C", "de", "insurer-to-customer", "tax certificate for liability and motor premiums paid in 2025 (Vorsorgeaufwendungen): named customer, contracts, amounts",
  frm="Versicherer Dokumentenservice <dokumente@versicherer.example>", to="Holger Brandes <holger.brandes@freenet.example>",
  subj="Ihre Beitragsbescheinigung 2025 für das Finanzamt",
  date="2026-01-22 04:30",
  client="system",
  ent="av",
  body="""Sehr geehrter Herr Brandes,

Sie haben die Zusendung Ihrer Beitragsbescheinigung per E-Mail gewünscht. Im Anhang finden Sie die Bescheinigung über die im Kalenderjahr 2025 gezahlten Beiträge zu Ihren Haftpflichtversicherungen. Diese Beiträge können Sie als sonstige Vorsorgeaufwendungen in Ihrer Einkommensteuererklärung angeben.

Ihr Dokumentenservice
""",
  att=[PDF("Beitragsbescheinigung_2025_Brandes.pdf", [
      ("h", "Bescheinigung über gezahlte Versicherungsbeiträge 2025"),
      "Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln",
      "Herrn Holger Brandes\nHauptstraße 211\n79104 Freiburg im Breisgau",
      ("t", [["Vertrag", "Sparte", "gezahlt 2025", "davon steuerlich absetzbar"],
             ["KH 705 331 908 (FR-HB 404)", "Kfz-Haftpflicht", "411,60 EUR", "411,60 EUR"],
             ["KH 705 331 908", "Vollkasko", "366,72 EUR", "0,00 EUR"],
             ["PH 440 871 225", "Privathaftpflicht", "78,90 EUR", "78,90 EUR"],
             ["TH 118 202 746", "Tierhalterhaftpflicht (Hund)", "64,20 EUR", "64,20 EUR"]]),
      "Summe der absetzbaren Beiträge: 554,70 EUR. Kasko- und Hausratbeiträge sind nicht als Vorsorgeaufwendungen abziehbar.",
      ("small", "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.")],
      title="Beitragsbescheinigung 2025")])

M("S", "de", "insurer-to-customer", "health basic-cover tax certificate with tax ID, insured children and amounts; attachment-only details, body names the health contract",
  frm="Versicherer Krankenversicherung <dokumente@versicherer.example>", to="Anja Messerschmidt <anja.messerschmidt@web.example>",
  subj="Bescheinigung Basisabsicherung Kranken- und Pflegeversicherung 2025 – KV 2210 447 719",
  date="2026-02-04 05:12",
  client="system",
  ent="kv",
  body="""Sehr geehrte Frau Messerschmidt,

anbei erhalten Sie die Bescheinigung über die Beiträge zur Basisabsicherung 2025. Die Daten haben wir bereits elektronisch an die Finanzverwaltung übermittelt; Sie müssen die Bescheinigung nicht beim Finanzamt einreichen.

Mit freundlichen Grüßen
Versicherer Krankenversicherung a.G.
""",
  att=[PDF("Bescheinigung_Basisabsicherung_2025_KV2210447719.pdf", [
      ("h", "Bescheinigung nach § 10 Abs. 2a EStG – Beiträge zur Basiskranken- und Pflegepflichtversicherung 2025"),
      "Versicherungsnehmerin: Anja Messerschmidt, Eichendorffweg 12, 30519 Hannover\nSteuerliche Identifikationsnummer: 57 204 881 396\nVersicherungsnummer: KV 2210 447 719",
      ("t", [["Versicherte Person", "geb.", "Basis-KV", "PPV", "Beitragsrückerstattung", "Zuschuss AG"],
             ["Anja Messerschmidt", "14.01.1983", "3.912,48 EUR", "598,80 EUR", "-540,00 EUR", "0,00 EUR"],
             ["Leon Messerschmidt", "02.08.2012", "1.101,36 EUR", "118,20 EUR", "0,00 EUR", "0,00 EUR"],
             ["Mia Messerschmidt", "27.11.2016", "1.101,36 EUR", "118,20 EUR", "0,00 EUR", "0,00 EUR"]]),
      "Nicht enthalten sind Beiträge für Wahlleistungen (Einbettzimmer, Chefarzt) und für den Zahnzusatztarif ZahnPlus; diese sind in Höhe von 1.244,16 EUR gesondert als sonstige Vorsorgeaufwendungen ausgewiesen.",
      ("small", "Übermittelt an die zentrale Stelle am 28.01.2026, Übermittlungs-ID 4471-KV-2025-0091822.")],
      title="Bescheinigung Basisabsicherung 2025")])

M("N", "de", "internal", "trap: new standard text block for dental partial rejections with «placeholders»; GOZ terms but no patient",
  frm=ADDR("wendland"), to="Team Zahn <kv-zahn@versicherer.example>", cc=ADDR("haas"),
  subj="Neuer Textbaustein ZA-TB-114 (Teilablehnung Vorvertraglichkeit) ab 01.04.",
  date="2026-03-26 16:40",
  body="""Liebe Kolleginnen und Kollegen,

ab 1. April gilt für Teilablehnungen wegen Vorvertraglichkeit der neue Textbaustein ZA-TB-114. Der alte ZA-TB-087 wird gesperrt. Anlass war eine Ombudsmann-Beschwerde, in der die Begründung als „unverständlich" kritisiert wurde.

Wortlaut (die Felder füllt das System):

---
Begründung zu «LEISTUNGSPOSITION»: Laut «QUELLE» wurde die Behandlung von Zahn «ZAHN» bereits am «DATUM_ANRATEN» angeraten bzw. begonnen, also vor Beginn Ihres Versicherungsschutzes am «VERTRAGSBEGINN». Eine Behandlung, die vor Vertragsbeginn angeraten oder begonnen war, ist nach § 3 Abs. 4 der Tarifbedingungen nicht versichert. Das gilt auch, wenn Ihnen das nicht bewusst war.
---

Bitte achtet darauf:
- «QUELLE» ist immer ein konkretes Dokument (Heil- und Kostenplan, Röntgenbefund, Karteikartenauszug), nie „Ihre Angaben".
- Keine Diagnosen in den Baustein schreiben, die nicht im Kostenplan stehen.
- Bei Kulanz das Feld «KULANZ_JA» setzen, dann wird der Zusatzsatz eingefügt.

Fragen gern an mich.

Viele Grüße
Tobias
""")

M("N", "en", "insurer-to-supplier", "trap: new invoicing rules for the windscreen repair network; no claim, no person, process only",
  frm=ADDR("brenner"), to="Partner Network Management <network@clearview-glass.example>",
  subj="Windscreen claims – new invoicing rules from 1 July 2026",
  date="2026-05-28 11:11",
  lang="en",
  body="""Dear partners,

As announced at the partner meeting in April, the following rules apply to all windscreen invoices submitted to us from 1 July 2026:

1. Invoices are submitted only through the claims portal (XML format GDV-Glas 3.1). PDF invoices by e-mail will be returned.
2. Each invoice must carry our claim number. Do not include the policyholder's date of birth or bank details; we do not need them and will delete them.
3. ADAS camera calibration is paid as a flat fee of EUR 189 (static) or EUR 149 (dynamic) and must be evidenced by the calibration log.
4. Repair instead of replacement: for chips up to 2 cm outside the driver's field of vision we pay EUR 95 and waive the customer's deductible.
5. Payment term: 14 days after receipt of a complete invoice.

The updated framework agreement (version 2026-07) will be sent to your managing directors for signature by 10 June.

Kind regards
""",
  sig="brenner")

M("C", "de", "insurer-to-customer", "household burglary settlement: named customer, stolen items, police reference, payout; XLSX valuation list with name and address",
  frm=ADDR("demir"), to="Jana und Moritz Fuchs <fuchs.jm@posteo.example>",
  subj="Ihr Einbruchschaden vom 02.02.2026 – Entschädigung, Schaden-Nr. S-2026-0209917",
  date="2026-03-05 09:58",
  body="""Sehr geehrte Frau Fuchs, sehr geehrter Herr Fuchs,

Ihr Zeichen: Stehlgutliste vom 10.02.2026
Unser Zeichen: S-2026-0209917 / Dem
Versicherungsschein: HR 553 907 112
Polizeiliches Aktenzeichen: KK 21 – 0451/26 (Polizeipräsidium Münster)

nach dem Einbruch in Ihre Wohnung Grevener Straße 74, 48159 Münster, am 02.02.2026 haben wir die Stehlgutliste und die Belege geprüft. Wir entschädigen:

  Notebook Lenovo ThinkPad (2024), Neuwert                1.349,00 EUR
  Spielkonsole mit zwei Controllern                         529,00 EUR
  Goldkette und zwei Ringe (Wertsachen, Grenze 20 %)       2.180,00 EUR
  Bargeld (Grenze 1.500 EUR)                                  640,00 EUR
  Reparatur der Wohnungstür (Einbruchspuren)                  870,40 EUR
  Gesamt                                                    5.568,40 EUR

Die Armbanduhr (Omega, Kaufbeleg 2009) können wir nur mit dem Zeitwert von 1.100,00 EUR ansetzen, weil kein Neuwertnachweis vorliegt; der Betrag ist oben noch nicht enthalten und wird zusätzlich gezahlt. Gesamtentschädigung damit 6.668,40 EUR.

Sollten gestohlene Sachen wieder auftauchen, melden Sie das bitte sofort; Sie können dann wählen, ob Sie die Sache behalten und die Entschädigung zurückzahlen.

Mit freundlichen Grüßen
""",
  sig="demir",
  att=[XLSX("Stehlgutliste_bewertet_S-2026-0209917.xlsx", {
    "Stehlgut": [
        ["Nr.", "Gegenstand", "Kaufjahr", "Beleg", "Neuwert EUR", "Entschädigung EUR", "Bemerkung"],
        [1, "Notebook Lenovo ThinkPad T14", 2024, "Rechnung", 1349.00, 1349.00, ""],
        [2, "Spielkonsole PS5 mit 2 Controllern", 2023, "Rechnung", 529.00, 529.00, ""],
        [3, "Goldkette 585, 50 cm", 2016, "Foto", 1240.00, 1240.00, "Wertsache"],
        [4, "Ring mit Brillant 0,25 ct", 2019, "Zertifikat", 940.00, 940.00, "Wertsache"],
        [5, "Bargeld", None, "Kontoauszug", 640.00, 640.00, "Grenze 1.500 EUR"],
        [6, "Armbanduhr Omega Seamaster", 2009, "Kaufbeleg", 4200.00, 1100.00, "Zeitwert"],
        [7, "Reparatur Wohnungstür", 2026, "Rechnung Tischlerei Brink", 870.40, 870.40, ""],
        [None, "Summe", None, None, 9768.40, 6668.40, ""]],
    "Kopf": [["Versicherungsnehmer", "Jana Fuchs, Moritz Fuchs"], ["Anschrift", "Grevener Straße 74, 48159 Münster"],
             ["Vertrag", "HR 553 907 112"], ["Polizei", "KK 21 – 0451/26"]]})])

M("S", "de", "insurer-to-customer", "request for documents after a hospital stay (discharge letter, admission diagnosis) for the named insured",
  frm=ADDR("brandt"), to="Gisela Hoffmeister <gisela.hoffmeister@kabelbw.example>",
  subj="Ihre Krankenhausrechnung – wir benötigen noch Unterlagen (KV 1188 203 455)",
  date="2026-06-23 14:27",
  body="""Sehr geehrte Frau Hoffmeister,

Unser Zeichen: ST-26-0077412 / Bra

vielen Dank für die Rechnung des Marienhospitals Stuttgart über Ihren Aufenthalt vom 02.06. bis 12.06.2026 (Wahlleistung Zweibettzimmer, Chefarztbehandlung Prof. Dr. Gerlach, Abteilung für Gastroenterologie).

Damit wir die Rechnung abrechnen können, fehlen uns noch:

1. der Entlassungsbericht bzw. Arztbrief der Klinik,
2. die Rechnung über die wahlärztlichen Leistungen (die vorliegende Rechnung enthält nur die allgemeinen Krankenhausleistungen nach DRG G47B),
3. die Angabe, ob die Aufnahme als Notfall erfolgte.

Hintergrund: Ihr Tarif sieht vor, dass wir bei einer geplanten Behandlung vorab eine Kostenzusage erteilen. Bei einer Notfallaufnahme ist das natürlich nicht möglich und wird nicht verlangt.

Sie können die Unterlagen in unserer App hochladen oder im SecureMail-Portal an uns senden.

Mit freundlichen Grüßen
""",
  sig="brandt")

M("N", "de", "insurer-to-partner", "trap: answer to the supervisory authority's complaints survey with aggregated numbers per line (text and XLSX); no case, no person",
  frm=ADDR("lorenz"), to="BaFin – Referat VA 25 <va25-beschwerden@bafin.example>",
  subj="Ihre Abfrage vom 12.01.2026 zur Beschwerdestatistik 2025 – Versicherer-Gruppe",
  date="2026-02-27 15:15",
  body="""Sehr geehrte Damen und Herren,

Ihr Zeichen: VA 25-QB 4100-2026/0003
Unser Zeichen: BM-Stat-2025 / Lor

zu Ihrer Abfrage übermitteln wir die Zahl der im Jahr 2025 bei uns eingegangenen Beschwerden, gegliedert nach Versicherungszweigen und Beschwerdegründen:

  Krankenversicherung          1.412   (davon Leistungsablehnung 688, Beitragsanpassung 402, Bearbeitungsdauer 214, Sonstiges 108)
  Lebensversicherung/BU          731   (davon BU-Leistungsprüfung 219, Ablaufleistung 187, Sonstiges 325)
  Unfallversicherung             164
  Kraftfahrt                     903
  Sach/Haftpflicht/Rechtsschutz 1.077

Die Abhilfequote (vollständige oder teilweise Abhilfe) lag bei 38,4 %. 96 Beschwerden wurden an den Versicherungsombudsmann bzw. den PKV-Ombudsmann weitergegeben.

Die Angaben beruhen auf unserem Beschwerderegister nach dem Rundschreiben 7/2024; Einzelfälle enthalten sie nicht. Die Excel-Vorlage Ihrer Abfrage haben wir im MVP-Portal hochgeladen.

Mit freundlichen Grüßen
""",
  sig="lorenz",
  att=[XLSX("Beschwerdestatistik_2025_Versicherer-Gruppe.xlsx", {
    "Beschwerden 2025": [
        ["Versicherungszweig", "Beschwerden", "Leistung", "Vertrag/Beitrag", "Bearbeitungsdauer", "Sonstiges", "Abhilfe ganz/teilweise"],
        ["Krankenversicherung", 1412, 688, 402, 214, 108, 521],
        ["Lebensversicherung/BU", 731, 219, 187, 122, 203, 266],
        ["Unfallversicherung", 164, 97, 21, 30, 16, 61],
        ["Kraftfahrt", 903, 512, 204, 118, 69, 349],
        ["Sach/Haftpflicht/Rechtsschutz", 1077, 604, 188, 171, 114, 437],
        ["Summe", 4287, 2120, 1002, 655, 510, 1634]],
    "Hinweise": [["Quelle", "Beschwerderegister, Stand 31.01.2026"], ["Einzelfälle", "nicht enthalten"]]})])

M("C", "en", "insurer-to-customer", "legal expenses rejection for a tenancy dispute within the waiting period: named customer, landlord, policy",
  frm=ADDR("lindqvist"), to="Tomasz Wójcik <tomasz.wojcik@onet.example>",
  subj="Legal expenses claim RS-2026-0512007 – our decision",
  date="2026-04-16 10:19",
  lang="en",
  body="""Dear Mr Wójcik,

Your reference: your e-mail of 7 April 2026
Our reference: RS-2026-0512007 / Lin
Policy: RS 622 901 446 (private and tenancy legal expenses), start date 1 February 2026

Thank you for your enquiry about legal expenses cover for your dispute with your landlord, WohnRaum Leipzig GmbH, about the rent increase to EUR 1,145 per month and the service-charge statement for 2025.

Unfortunately we cannot provide cover. Tenancy legal expenses cover is subject to a waiting period of three months from the start of the policy (section 4.1.3 ARB 2025). The dispute began with the landlord's letter of 20 February 2026 announcing the rent increase, which is within the waiting period that ended on 30 April 2026.

For disputes that begin after 30 April 2026 you are fully covered. Independently of this decision, you can use our free legal telephone advice service on +49 221 555-4599 for a first assessment.

Kind regards
""",
  sig="lindqvist")

M("S", "de", "insurer-to-applicant", "BU underwriting decision with exclusion for spine disorders and a surcharge for hypertension; named applicant",
  frm=ADDR("schulte"), to="Florian Mertens <florian.mertens@gmail.example>",
  cc="Finanzkontor Reinhardt GmbH <antrag@finanzkontor-reinhardt.example>",
  subj="Ihr Antrag auf Berufsunfähigkeitsversicherung – Annahme mit besonderen Vereinbarungen",
  date="2026-03-13 12:41",
  body="""Sehr geehrter Herr Mertens,

Ihr Zeichen: Antrag vom 19.02.2026 über Ihren Vermittler, Finanzkontor Reinhardt GmbH
Unser Zeichen: AN-BU-26-03318 / Sch

wir freuen uns, Ihren Antrag auf eine selbständige Berufsunfähigkeitsversicherung (Tarif BU Vital, Rente 2.000 EUR monatlich, Endalter 67) annehmen zu können. Aufgrund Ihrer Angaben zu den Gesundheitsfragen und des Berichts von Dr. Kaya vom 04.03.2026 ist die Annahme nur mit folgenden besonderen Vereinbarungen möglich:

1. Leistungsausschluss: Keine Leistung bei Berufsunfähigkeit, die ganz oder teilweise durch Erkrankungen oder Verletzungen der Lendenwirbelsäule einschließlich Bandscheiben und der dazugehörigen Nervenwurzeln verursacht ist (Anlass: Bandscheibenvorfall L4/L5 2023, konservativ behandelt).
2. Risikozuschlag: 15 % auf den Beitrag wegen der medikamentös behandelten arteriellen Hypertonie (Ramipril 5 mg).

Wir prüfen den Leistungsausschluss auf Ihren Wunsch nach drei beschwerdefreien Jahren erneut, frühestens im März 2029.

Wenn Sie mit den besonderen Vereinbarungen einverstanden sind, unterschreiben Sie bitte die beigefügte Erklärung und senden Sie sie bis zum 10.04.2026 zurück. Ihr Vermittler erhält eine Kopie dieses Schreibens.

Mit freundlichen Grüßen
""",
  sig="schulte")

M("N", "de", "newsletter", "trap: product letter on new supplementary long-term care tariffs with care grades and a fictitious example person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter Vorsorge <newsletter-vorsorge@lists.versicherer.example>",
  subj="Pflege: Was die gesetzliche Pflegeversicherung nicht zahlt – und wie Sie vorsorgen",
  date="2026-09-08 08:00",
  ent="kv",
  html=True,
  body="""Liebe Leserin, lieber Leser,

ein Platz im Pflegeheim kostet im Bundesdurchschnitt inzwischen rund 3.100 Euro Eigenanteil im Monat. Die gesetzliche Pflegeversicherung zahlt je nach Pflegegrad nur einen Teil.

[[t]]

Unser neues Pflegetagegeld PflegeTag 2026 schließt diese Lücke:
- Leistung ab Pflegegrad 1, bei Pflegegrad 5 volles Tagegeld
- Einmalzahlung bei erstmaliger Einstufung in Pflegegrad 2 oder höher
- Beitragsbefreiung ab Pflegegrad 3
- Annahme mit vereinfachten Gesundheitsfragen bis Alter 60

Beispiel: Herr Muster (fiktiv, 55 Jahre) sichert 50 Euro Tagegeld ab und zahlt 38,60 Euro im Monat. Erhält er mit 78 Jahren Pflegegrad 4, bekommt er 1.200 Euro monatlich zusätzlich zur gesetzlichen Leistung.

Mehr unter www.versicherer.example/pflege

Ihr Versicherer-Team
Abmelden: www.versicherer.example/newsletter/abmelden
""",
  tables={"t": ([["Pflegegrad", "gesetzl. Pflegegeld", "vollstationär (Leistungsbetrag)", "PflegeTag 2026 (50 EUR/Tag)"],
                 ["2", "347 EUR", "805 EUR", "600 EUR"],
                 ["3", "599 EUR", "1.319 EUR", "900 EUR"],
                 ["4", "800 EUR", "1.855 EUR", "1.200 EUR"],
                 ["5", "990 EUR", "2.096 EUR", "1.500 EUR"]], "pad")})

M("C", "de", "insurer-to-customer", "qualified premium reminder for motor insurance under § 38 VVG: named customer, plate, amount, loss-of-cover warning",
  frm=ADDR("becker"), to="Erik Tews <erik.tews@gmx.example>",
  subj="Mahnung gemäß § 38 VVG – Kfz-Versicherung KH 701 227 306",
  date="2026-02-18 07:46",
  importance="high",
  body="""Sehr geehrter Herr Tews,

Versicherungsschein: KH 701 227 306 · Fahrzeug DO-ET 612 (Ford Focus Turnier)
Unser Zeichen: MA-26-004519 / Bec

trotz unserer Zahlungserinnerung vom 28.01.2026 ist der Folgebeitrag für das 1. Quartal 2026 noch nicht bei uns eingegangen:

  Beitrag Kfz-Haftpflicht 01.01.–31.03.2026   134,18 EUR
  Beitrag Teilkasko 01.01.–31.03.2026          41,77 EUR
  Mahnkosten                                    5,00 EUR
  zu zahlen                                   180,95 EUR

Wir bestimmen Ihnen hiermit eine Zahlungsfrist von zwei Wochen ab Zugang dieses Schreibens.

Rechtsfolgen: Tritt nach Ablauf der Frist ein Versicherungsfall ein und sind Sie dann noch mit der Zahlung in Verzug, sind wir von der Verpflichtung zur Leistung frei (§ 38 Abs. 2 VVG). Gegenüber Dritten bleiben wir im Rahmen der Kfz-Haftpflicht zwar eintrittspflichtig, können aber bis zu 5.000 EUR von Ihnen zurückfordern. Nach Fristablauf können wir den Vertrag außerdem fristlos kündigen (§ 38 Abs. 3 VVG); dann melden wir das Fahrzeug der Zulassungsstelle.

Zahlen Sie bitte auf IBAN DE12 3704 0044 0532 0130 00, Verwendungszweck KH701227306.

Mit freundlichen Grüßen
""",
  sig="becker")

M("C", "de", "insurer-to-customer", "pet health claim settlement for a dog's cruciate ligament surgery: named owner, policy, vet invoice (animal health → CONFIDENTIAL)",
  frm=ADDR("wagner"), to="Simone Achterberg <simone.achterberg@web.example>",
  subj="Abrechnung Tierarztrechnung Balu – TK 900 412 558",
  date="2026-07-14 15:30",
  body="""Sehr geehrte Frau Achterberg,

Ihr Zeichen: Ihre Einreichung vom 06.07.2026 über die App
Unser Zeichen: TK-L-26-018204 / Wag
Versicherungsschein: TK 900 412 558, Tarif HundeOP Plus
Versichertes Tier: Balu, Berner Sennenhund, Rüde, Chip-Nr. 276098106734512

Ihr Hund wurde am 24.06.2026 in der Tierklinik Am Stadtwald wegen eines Kreuzbandrisses hinten links operiert (TPLO). Wir rechnen die Rechnung wie folgt ab:

  Rechnungsbetrag (GOT, 2,5-facher Satz)          3.214,60 EUR
  davon erstattungsfähig (Operation, Narkose,
  Röntgen, stationäre Unterbringung 2 Tage)       3.214,60 EUR
  abzüglich Selbstbeteiligung 20 %                 -642,92 EUR
  Erstattung                                      2.571,68 EUR

Die Nachbehandlung (Physiotherapie für Hunde) ist im Tarif HundeOP Plus bis 500,00 EUR innerhalb von 90 Tagen nach der Operation mitversichert. Reichen Sie die Rechnungen dafür bitte gesammelt ein.

Wir wünschen Balu gute Besserung.

Mit freundlichen Grüßen
""",
  sig="wagner")

M("N", "en", "insurer-to-company", "trap: renewal confirmation of a company's commercial contents insurance addressed to the firm; no natural person",
  frm=ADDR("hartmann"), to="Café Kolonial GmbH <buchhaltung@cafe-kolonial.example>",
  subj="Renewal – commercial contents and business interruption FI 880 301 227",
  date="2026-06-30 11:45",
  lang="en",
  body="""Dear Sir or Madam,

Thank you for renewing your commercial contents and business interruption insurance with us.

Policy number: FI 880 301 227
Insured premises: Café Kolonial, Weißenburgstraße 40, 50670 Köln
Period: 1 July 2026 – 1 July 2027
Sum insured contents: EUR 185,000 (including espresso machines and cooling equipment)
Business interruption: EUR 240,000, indemnity period 12 months
Covered perils: fire, burglary, water, storm/hail, glass, breakdown of cooling units (spoilage of goods up to EUR 5,000)
Annual premium: EUR 2,184.60 including 19 % insurance tax

Following your risk survey on 11 June, the sprinkler discount of 10 % has been applied. Your policy documents are available in German in the customer portal; please let us know if you need an English translation for your bank.

Yours faithfully
""",
  sig="hartmann")

M("S", "en", "insurer-to-customer", "term life death benefit settlement to the widow: cause of death, death certificate, beneficiary, amount",
  frm=ADDR("stanek"), to="Helen Fairbairn <helen.fairbairn@gmail.example>",
  subj="Life policy LV-3306-118204 – payment of the death benefit",
  date="2026-09-17 13:08",
  lang="en",
  body="""Dear Mrs Fairbairn,

Our reference: TF-2026-00412 / Sta
Policy: LV-3306-118204, term life insurance on the life of Mr Douglas Fairbairn

Please accept once again our sincere condolences on the death of your husband.

We have received the death certificate issued by the Standesamt Düsseldorf and the certificate of the attending physician, which states metastatic pancreatic cancer as the cause of death on 21 August 2026. As your husband's illness was diagnosed more than six years after the policy started, no further enquiries are needed.

You are the named beneficiary. We will pay the following amount to your account ending 2231 within the next five working days:

  Sum insured                          EUR 250,000.00
  Terminal bonus                       EUR   4,118.36
  Premium refund (September 2026)      EUR      47.90
  Total                                EUR 254,166.26

The payment is not subject to income tax. We will notify the tax office responsible for inheritance tax as required by section 33 of the Inheritance Tax Act.

If you need any further help, please call me directly.

Yours sincerely
""",
  sig="stanek")

M("N", "de", "insurer-to-partner", "trap: balance confirmation to the auditors with the insurer's own bank accounts and balances; company data only",
  frm=ADDR("morgan"), to="Prüfhaus Partners – Saldenbestätigungen <saldenbestaetigung@pruefhaus-partners.example>",
  subj="Saldenbestätigung zum 31.12.2026 – Versicherer Allgemeine Versicherung AG",
  date="2026-12-30 14:05",
  body="""Sehr geehrte Damen und Herren,

Ihr Zeichen: Anforderung Saldenbestätigung vom 02.12.2026 (Prüfungsauftrag JA 2026)

wie angefordert bestätigen wir die Salden unserer Geschäftskonten zum Stichtag 31.12.2026, 24:00 Uhr. Die Bestätigungen der Banken gehen Ihnen direkt zu.

  Commerzbank Köln, IBAN DE12 3704 0044 0532 0130 00 (Prämieneingang)      41.882.106,37 EUR
  Deutsche Bank Köln, Konto Schadenzahlungen Sach                            7.210.447,92 EUR
  Sparkasse KölnBonn, Festgeld 90 Tage                                     25.000.000,00 EUR
  Kontokorrent Rückversicherung (Abrechnung Q4 noch offen)                   -3.417.220,10 EUR

Die Zahlungsverkehrskonten des Beitragsservice, auf denen Kundenzahlungen eingehen, sind in der Position Prämieneingang enthalten; eine Aufgliederung nach Versicherungsnehmern erstellen wir nicht.

Mit freundlichen Grüßen
""",
  sig="morgan", sigstyle="short", disc=False)

M("C", "de", "insurer-to-customer", "buildings storm claim: request for documents (photos, roofer's quote), named customer, address, claim number",
  frm=ADDR("demir"), to="Reinhold Buschmann <r.buschmann@t-online.example>",
  subj="Sturmschaden Ihr Wohngebäude – fehlende Unterlagen, WG-2026-0301188",
  date="2026-02-24 10:02",
  body="""Sehr geehrter Herr Buschmann,

Ihr Zeichen: telefonische Schadenmeldung vom 19.02.2026
Unser Zeichen: WG-2026-0301188 / Dem
Versicherungsschein: WG 300 902 771
Schadenort: Einfamilienhaus Am Mühlenbach 8, 49808 Lingen

damit wir Ihren Sturmschaden (Sturmtief „Ylenia", 17./18.02.2026, abgedeckte Dachziegel und beschädigte Dachrinne) schnell regulieren können, benötigen wir noch:

1. Fotos des Daches und der Dachrinne aus mehreren Perspektiven,
2. den Kostenvoranschlag Ihres Dachdeckers,
3. falls bereits eine Notabdeckung erfolgt ist, die Rechnung dafür,
4. die Bestätigung, dass Windstärke 8 am Schadenort erreicht wurde – diese holen wir selbst beim Deutschen Wetterdienst ein, Sie müssen nichts tun.

Sie können alles in der App unter „Schaden nachreichen" hochladen. Bei einem Schaden unter 3.000 EUR verzichten wir in der Regel auf einen Gutachter.

Mit freundlichen Grüßen
""",
  sig="demir")

M("N", "en", "internal", "trap: test print of the English annual statement with a sample person (John Sample, 01.01.1970, example IBAN) for layout approval",
  frm=ADDR("haas"), to=ADDR("hollmann"), cc=ADDR("whitfield"),
  subj="Layout approval: English annual statement (sample data)",
  date="2026-01-12 09:41",
  lang="en",
  body="""Hi Birte,

Here is the English version of the annual statement layout, filled with our standard sample record from the test environment (John Sample, policy LV-0000-000000). Please check the wording of the surrender value section; the translation agency suggested "cash-in value", I kept "surrender value".

The IBAN in the payment block is the public example IBAN from the Bundesbank documentation, not a real account.

Thanks
Elif
""",
  att=[PDF("SAMPLE_annual_statement_EN_v3.pdf", [
      ("h", "SAMPLE – Annual statement as at 1 January 2026"),
      "Mr John Sample\n1 Sample Street\n00000 Sampletown",
      "Policy: LV-0000-000000 · Private pension insurance · Life insured: John Sample, born 01.01.1970 (SAMPLE DATA)",
      ("t", [["Item", "Amount"],
             ["Premiums paid in 2025", "EUR 1,200.00"],
             ["Policy reserve", "EUR 12,345.67"],
             ["Surrender value", "EUR 11,111.11"],
             ["Guaranteed monthly pension", "EUR 99.99"]]),
      "Premiums are collected from IBAN DE02 1203 0000 0000 2020 51 (example IBAN).",
      ("small", "TEST ENVIRONMENT – generated by VERSO 7.4 test run T-0112 – not for dispatch")],
      title="SAMPLE annual statement")])

M("S", "de", "insurer-to-customer", "accident insurance hospital daily allowance and convalescence benefit for a named child after a fracture",
  frm=ADDR("albrecht"), to="Melanie Kowalczyk <m.kowalczyk@gmx.example>",
  subj="Kinderunfallversicherung – Abrechnung Krankenhaustagegeld für Nico",
  date="2026-08-20 11:33",
  body="""Sehr geehrte Frau Kowalczyk,

Ihr Zeichen: Unfallanzeige vom 03.08.2026
Unser Zeichen: UL-2026-02215 / Alb
Versicherungsschein: U 772 590 013 (Kinderunfall, versicherte Person Nico Kowalczyk)

gute Nachrichten vorweg: Die Leistungen aus dem Unfall Ihres Sohnes am 27.07.2026 (Sturz vom Klettergerüst, suprakondyläre Humerusfraktur links) können wir sofort auszahlen.

  Krankenhaustagegeld 27.07.–31.07.2026, 5 Tage x 30,00 EUR   150,00 EUR
  Genesungsgeld, 5 Tage x 30,00 EUR                            150,00 EUR
  Sofortleistung bei Knochenbruch (Tarif KinderPlus)           500,00 EUR
  Auszahlung                                                   800,00 EUR

Ob eine dauerhafte Beeinträchtigung des Ellenbogens bleibt, lässt sich erst nach Abschluss der Heilung beurteilen. Wir melden uns dazu spätestens im Frühjahr 2027. Bitte heben Sie bis dahin alle Arztberichte auf.

Gute Besserung für Nico!

Mit freundlichen Grüßen
""",
  sig="albrecht")

M("N", "de", "insurer-to-broker", "trap: circular to brokers on shortened health questions in disability underwriting; rules and diagnoses lists only",
  frm=ADDR("vogel"), to="Maklerverteiler Süd <makler-sued@lists.versicherer.example>",
  subj="Maklerinformation 07/2026: Vereinfachte Gesundheitsfragen in der BU für Berufseinsteiger",
  date="2026-07-01 08:30",
  body="""Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab 15. Juli 2026 bieten wir für Berufseinsteiger (Ausbildung, Studium, erste drei Berufsjahre) die BU Vital mit vereinfachten Gesundheitsfragen an:

- nur noch drei Fragen (stationäre Behandlungen der letzten 5 Jahre, ambulante Psychotherapie der letzten 5 Jahre, bestehende Erkrankungen aus einer Liste)
- Liste u. a.: Krebs, HIV-Infektion, Multiple Sklerose, Diabetes mellitus, Herzinfarkt, Schlaganfall, Depression, Angst- und Essstörungen
- Monatsrente bis 1.500 EUR, Endalter bis 67
- Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Berufsstart, Heirat, Geburt eines Kindes

Nicht zulässig ist die vereinfachte Prüfung bei Vorerkrankungen, die in der Liste genannt sind; diese Anträge laufen wie bisher über die normale Risikoprüfung.

Die neuen Antragsformulare sind ab 10. Juli im Maklerportal unter Dokumente > BU > 2026-07 abrufbar. Schulungen per Video am 8. und 9. Juli, jeweils 10 Uhr.

Mit freundlichen Grüßen
""",
  sig="vogel")

M("C", "de", "insurer-to-broker", "endorsement for a customer's household policy sent to the broker: customer name, address, new sum insured, premium",
  frm=ADDR("ziegler"), to="Versicherungsbüro Albrecht Kühn e.K. <kuehn@vb-kuehn.example>",
  subj="Nachtrag Hausrat HR 552 771 904 – Kunde Dietmar Sauer, Erhöhung Versicherungssumme",
  date="2026-04-09 13:52",
  body="""Sehr geehrter Herr Kühn,

wie von Ihnen am 02.04.2026 beantragt, haben wir die Hausratversicherung Ihres Kunden geändert. Der Nachtrag liegt als PDF bei; der Kunde erhält sein Exemplar per Post.

Unsere Courtage für die Erhöhung wird mit der Abrechnung Mai ausgewiesen.

Mit freundlichen Grüßen
""",
  sig="ziegler", sigstyle="short",
  att=[PDF("Nachtrag_03_HR552771904.pdf", [
      ("h", "Nachtrag Nr. 3 zum Versicherungsschein HR 552 771 904"),
      "Versicherungsnehmer: Dietmar Sauer, Keplerstraße 9, 70174 Stuttgart\nVermittler: Versicherungsbüro Albrecht Kühn e.K., Vermittlernummer 08-4471",
      "Änderung zum 15.04.2026: Umzug in die neue Wohnung Keplerstraße 9 (bisher Rotebühlstraße 121), Wohnfläche 118 m² (bisher 74 m²).",
      ("t", [["", "bisher", "neu"],
             ["Versicherungssumme", "48.100 EUR", "76.700 EUR"],
             ["Fahrradbaustein", "1.000 EUR", "3.000 EUR"],
             ["Elementarschäden", "nein", "ja"],
             ["Jahresbeitrag inkl. VSt.", "92,40 EUR", "171,36 EUR"]]),
      "Unterversicherungsverzicht: gilt, da die Versicherungssumme mindestens 650 EUR je m² Wohnfläche beträgt.",
      ("small", "Versicherer Allgemeine Versicherung AG · Amtsgericht Köln HRB 4713")],
      title="Nachtrag 3 HR 552 771 904")])


# ---------------------------------------------------------------- batch 3 (51-75)

M("N", "de", "insurer-to-partner", "trap: answer to the data protection authority's general questionnaire on how health claims letters are sent; process description only",
  frm=ADDR("meier"), to="Landesbeauftragte für Datenschutz NRW – Referat 4 <referat4@ldi-nrw.example>",
  subj="Ihr Fragebogen „Versand von Gesundheitsdaten per E-Mail“ – Antwort Versicherer-Gruppe",
  date="2026-06-05 11:20",
  body="""Sehr geehrte Damen und Herren,

Ihr Zeichen: 42.1.7-0118/26
Unser Zeichen: DSB-2026-031

gern beantworten wir Ihren Fragebogen vom 11.05.2026 an die in NRW ansässigen Krankenversicherer:

Frage 1 – Versandwege: Leistungsschreiben der Kranken-, Pflege-, Lebens- und Unfallversicherung versenden wir elektronisch nur (a) S/MIME-verschlüsselt, wenn ein Zertifikat des Empfängers vorliegt, (b) über das SecureMail-Portal oder (c) per TLS, wenn eine schriftliche Einwilligung der betroffenen Person nach Art. 9 Abs. 2 lit. a DSGVO vorliegt. Unverschlüsselter Versand ist technisch gesperrt.

Frage 2 – Anteil: 2025 gingen 31 % der Leistungsschreiben elektronisch, davon 88 % über das Portal, 9 % S/MIME, 3 % TLS mit Einwilligung.

Frage 3 – Klassifizierung: Ausgehende E-Mails werden automatisch nach Sensibilität eingestuft (normal, vertraulich, streng vertraulich); maßgeblich sind Absenderpostfach, Kennzeichnung durch die Mitarbeitenden und eine Inhaltsprüfung.

Frage 4 – Vorfälle: 2025 haben wir Ihnen drei Fehlversendungen nach Art. 33 DSGVO gemeldet (Az. bei Ihnen bekannt); keine betraf den elektronischen Versand.

Für ein Gespräch stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
""",
  sig="meier")

M("S", "de", "insurer-to-customer", "HTML-only dental settlement from the output system: table of dental treatments (PZR, filling, root canal) for the named insured",
  frm="Versicherer Krankenversicherung <leistung-kv@versicherer.example>", to="Ralf Winterberg <ralf.winterberg@gmx.example>",
  subj="Ihre Erstattung – Beleg-Nr. 26-0418-55312",
  date="2026-04-18 06:02",
  client="system",
  ent="kv",
  body=None,
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ihre Erstattung</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="padding:20px">
<p style="font-size:18px;color:#004b87"><b>Versicherer Krankenversicherung a.G.</b></p>
<p>Sehr geehrter Herr Winterberg,</p>
<p>wir haben Ihre am 14.04.2026 eingereichte Zahnarztrechnung abgerechnet.<br>
Versicherungsnummer: KV 7731 002 418 · Tarif ZahnPlus 80 · Unser Zeichen: 26-0418-55312</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eef3f8"><th>Datum</th><th>Zahn</th><th>Leistung (GOZ)</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>11.03.2026</td><td>–</td><td>Professionelle Zahnreinigung (1040)</td><td>118,40 €</td><td>94,72 €</td></tr>
<tr><td>11.03.2026</td><td>26</td><td>Vitalitätsprüfung, Röntgen (0070, Ä5000)</td><td>27,14 €</td><td>21,71 €</td></tr>
<tr><td>18.03.2026</td><td>26</td><td>Wurzelkanalbehandlung, 3 Kanäle (2390, 2410, 2440)</td><td>612,90 €</td><td>490,32 €</td></tr>
<tr><td>25.03.2026</td><td>15</td><td>Kompositfüllung dreiflächig (2100)</td><td>162,05 €</td><td>129,64 €</td></tr>
<tr style="font-weight:bold"><td colspan="3">Summe</td><td>920,49 €</td><td>736,39 €</td></tr>
</table>
<p>Der Betrag von <b>736,39 €</b> wird auf Ihr Konto überwiesen. Für das laufende Kalenderjahr stehen Ihnen im Tarif ZahnPlus 80 noch 763,61 € Höchstleistung zur Verfügung.</p>
<p>Mit freundlichen Grüßen<br>Ihr Leistungsservice</p>
<p style="font-size:11px;color:#777">Diese Nachricht wurde automatisch erstellt. Sie haben dem elektronischen Versand von Leistungsabrechnungen zugestimmt.</p>
</td></tr></table>
</body></html>
""")

M("C", "de", "insurer-to-customer", "premium account statement as XLSX: named customer, all contracts, debits, a returned direct debit and the bank account",
  frm=ADDR("becker"), to="Bettina Lohmüller <bettina.lohmueller@web.example>",
  subj="Ihr Beitragskonto – Kontoauszug 01.01.–30.06.2026",
  date="2026-07-03 10:18",
  body="""Sehr geehrte Frau Lohmüller,

wie am Telefon besprochen, sende ich Ihnen den Auszug Ihres Beitragskontos für das erste Halbjahr 2026. Die Differenz von 43,80 EUR ergibt sich aus der Rücklastschrift im März (Kfz-Teilkasko); alle anderen Beiträge sind ausgeglichen.

Wenn Sie den offenen Betrag überweisen, ist Ihr Konto wieder ausgeglichen. Ein Mahnverfahren läuft nicht.

Mit freundlichen Grüßen
""",
  sig="becker",
  att=[XLSX("Beitragskonto_Lohmueller_2026-H1.xlsx", {
      "Kontoauszug": [
          ["Datum", "Vertrag", "Sparte", "Buchung", "Soll EUR", "Haben EUR", "Saldo EUR"],
          ["01.01.2026", "HR 550 118 204", "Hausrat", "Jahresbeitrag", 112.44, None, -112.44],
          ["02.01.2026", "HR 550 118 204", "Hausrat", "Lastschrift " + IB("DE", "600501010004410882", 0), None, 112.44, 0.0],
          ["01.03.2026", "KH 704 220 918", "Kfz-Haftpflicht", "Quartalsbeitrag", 96.12, None, -96.12],
          ["01.03.2026", "KH 704 220 918", "Teilkasko", "Quartalsbeitrag", 43.80, None, -139.92],
          ["03.03.2026", "KH 704 220 918", "", "Lastschrift", None, 139.92, 0.0],
          ["09.03.2026", "KH 704 220 918", "Teilkasko", "Rücklastschrift (Widerspruch)", 43.80, None, -43.80],
          ["01.04.2026", "PH 442 009 871", "Privathaftpflicht", "Jahresbeitrag", 69.90, None, -113.70],
          ["02.04.2026", "PH 442 009 871", "", "Lastschrift", None, 69.90, -43.80],
          ["01.06.2026", "KH 704 220 918", "Kfz gesamt", "Quartalsbeitrag", 139.92, None, -183.72],
          ["02.06.2026", "KH 704 220 918", "", "Lastschrift", None, 139.92, -43.80]],
      "Info": [["Kontoinhaberin", "Bettina Lohmüller"], ["Anschrift", "Hölderlinweg 6, 72072 Tübingen"],
               ["Beitragskonto", "BK-0088120774"], ["Stand", "30.06.2026"]]})])

M("N", "de", "insurer-to-supplier", "trap: order to a translation agency for the English version of the health insurance terms; no customer data",
  frm=ADDR("krueger"), to="Linguaplus Übersetzungen GmbH <projekte@linguaplus.example>",
  subj="Bestellung 4500118842 – Übersetzung AVB Krankheitskostenversicherung DE>EN",
  date="2026-08-04 14:48",
  body="""Sehr geehrte Damen und Herren,

auf Grundlage Ihres Angebots AN-2026-3391 vom 28.07.2026 bestellen wir:

Bestellnummer: 4500118842
Leistung: Fachübersetzung Deutsch > Englisch (britisches Englisch)
Dokumente:
  - Allgemeine Versicherungsbedingungen Krankheitskostenvollversicherung (MB/KK 2009, Teil I und II), 38 Seiten
  - Tarifbedingungen Komfort 100 und GlobalCare Expat, 22 Seiten
  - Merkblatt „Gesundheitsfragen im Antrag", 4 Seiten
Umfang: ca. 21.400 Wörter, Preis laut Angebot 0,16 EUR/Wort netto, zzgl. Terminologieabgleich pauschal 350,00 EUR
Liefertermin: 18.09.2026

Bitte verwenden Sie das beigefügte Glossar (Begriffe wie „Krankheitskostenversicherung", „Heilbehandlung", „medizinisch notwendig", „Selbstbehalt"). Die Dokumente enthalten keine Kundendaten; trotzdem gilt die Vertraulichkeitsvereinbarung vom 12.02.2024.

Rechnung bitte an rechnungseingang@versicherer.example unter Angabe der Bestellnummer.

Mit freundlichen Grüßen
""",
  sig="krueger")

M("S", "en", "insurer-to-customer", "orthodontic cost approval for the insured's daughter: KIG grade, treatment plan, amounts",
  frm=ADDR("wendland"), to="Sarah Whitmore-Klein <sarah.wk@gmail.example>",
  subj="Orthodontic treatment plan for Lily – our cost approval",
  date="2026-05-12 12:30",
  lang="en",
  body="""Dear Mrs Whitmore-Klein,

Your reference: treatment plan by Dr. Neumann, orthodontist, dated 28 April 2026
Our reference: KFO-26-00981 / Wen
Policy: KV 5502 117 903, tariff ZahnPlus Kids (insured person: Lily Klein)

Thank you for sending us the orthodontic treatment plan for your daughter Lily. The plan describes a distal bite with an overjet of 7 mm (KIG class D4) and crowding in the lower front teeth, to be treated with fixed braces over an estimated 24 months.

As the statutory health insurance covers KIG grade 3 and above, your daughter's statutory insurer pays the standard treatment. Under ZahnPlus Kids we cover the additional costs that the statutory insurer does not pay:

  Ceramic brackets instead of metal brackets   EUR   680.00
  Mini-screws (skeletal anchorage)            EUR   410.00
  Retainer (bonded, upper and lower jaw)       EUR   320.00
  Our share (100 % up to EUR 1,500)            EUR 1,410.00

Please send us the invoices as the treatment progresses; we reimburse each quarterly invoice separately.

Kind regards
""",
  sig="wendland")

M("N", "de", "internal", "trap: ZIP with aggregated claims statistics by ICD chapter (cells < 10 merged) for controlling; no individual data",
  frm=ADDR("okafor"), to="Controlling Personenversicherung <controlling-pv@versicherer.example>",
  subj="Leistungsstatistik KV/BU nach ICD-Kapitel, Q2 2026 (aggregiert)",
  date="2026-07-21 17:05",
  body="""Hallo zusammen,

anbei die Quartalsauswertung Leistungsfälle nach ICD-10-Kapitel für Kranken (stationär) und BU-Neuzugänge. Wie abgestimmt sind alle Zellen mit weniger als 10 Fällen in „übrige" zusammengefasst; Einzelfälle lassen sich nicht zurückverfolgen.

Auffällig: BU-Neuzugänge Kapitel V (psychische Störungen) wieder bei 41 %, stationär Kapitel IX (Kreislauf) +6 % zum Vorquartal.

Gruß
Chidi
""",
  sig="okafor", sigstyle="short", disc=False,
  att=[ZIP("Leistungsstatistik_Q2-2026.zip", [
      CSV("KV_stationaer_ICD-Kapitel_Q2-2026.csv", [
          ["ICD-Kapitel", "Bezeichnung", "Fälle", "Leistung EUR", "Ø Verweildauer Tage"],
          ["II", "Neubildungen (C00-D48)", "1.284", "11.902.440", "7,9"],
          ["V", "Psychische und Verhaltensstörungen (F00-F99)", "612", "8.114.030", "27,4"],
          ["IX", "Krankheiten des Kreislaufsystems (I00-I99)", "1.517", "10.288.615", "6,1"],
          ["XIII", "Muskel-Skelett-System (M00-M99)", "1.906", "12.503.220", "5,4"],
          ["XIX", "Verletzungen (S00-T98)", "1.122", "7.011.876", "5,9"],
          ["übrige", "alle weiteren Kapitel und Zellen < 10", "4.377", "19.870.112", "4,3"]], enc="windows-1252"),
      CSV("BU_Neuzugaenge_ICD-Kapitel_Q2-2026.csv", [
          ["ICD-Kapitel", "Neuzugänge", "Anteil"],
          ["V (F00-F99)", "118", "41 %"],
          ["XIII (M00-M99)", "64", "22 %"],
          ["II (C00-D48)", "43", "15 %"],
          ["IX (I00-I99)", "19", "7 %"],
          ["übrige", "44", "15 %"]], enc="windows-1252"),
      TXT("LIESMICH.txt", "Quelle: DWH Leistung, Stand 15.07.2026.\nZellen < 10 zusammengefasst (Vorgabe DSB, Vermerk DSB-2025-114).\nKeine personenbezogenen Daten.\n")])])

M("C", "de", "insurer-to-customer", "insurer's cancellation of a buildings policy after repeated water claims: named customer, address, claim history",
  frm=ADDR("ziegler"), to="Werner Haupt <werner.haupt@arcor.example>",
  subj="Kündigung Ihrer Wohngebäudeversicherung WG 301 118 650 nach Schadenfall",
  date="2026-09-29 10:40",
  body="""Sehr geehrter Herr Haupt,

Versicherungsschein: WG 301 118 650
Versichertes Gebäude: Mehrfamilienhaus Gartenstraße 22, 34117 Kassel
Unser Zeichen: KÜ-WG-26-0412 / Zie

nach dem Leitungswasserschaden vom 04.08.2026 (Schaden-Nr. WG-2026-0811203), den wir mit 18.420,77 EUR reguliert haben, machen wir von unserem Kündigungsrecht im Schadenfall nach Abschnitt B § 15 VGB Gebrauch und kündigen den Vertrag mit einer Frist von einem Monat, also zum 31.10.2026, 24:00 Uhr.

Zur Begründung: Seit 2022 haben wir in diesem Vertrag fünf Leitungswasserschäden mit zusammen 61.905,30 EUR reguliert:

  03/2022   Rohrbruch Steigleitung Bad 1. OG         9.880,12 EUR
  11/2023   Frostschaden Außenzapfstelle               2.104,00 EUR
  06/2024   Korrosion Kupferleitung Küche EG          14.366,41 EUR
  01/2025   Rohrbruch Heizungsverteilung Keller       17.134,00 EUR
  08/2026   Rohrbruch Zuleitung 2. OG                 18.420,77 EUR

Unser Angebot vom 12.02.2025, die Versicherung mit einer Sanierung der Trinkwasserleitungen fortzuführen, haben Sie nicht angenommen.

Den nicht verbrauchten Beitrag für November 2026 bis März 2027 erstatten wir Ihnen. Bitte sorgen Sie rechtzeitig für neuen Versicherungsschutz; bei finanzierten Gebäuden ist Ihre Bank unverzüglich zu informieren.

Mit freundlichen Grüßen
""",
  sig="ziegler")

M("S", "de", "insurer-to-customer", "daily sickness allowance stopped because the insured is deemed occupationally disabled; psychiatric report, dates, amounts",
  frm=ADDR("kroeger"), to="Andreas Petrović <a.petrovic@t-online.example>",
  subj="Krankentagegeld – Ende der Leistungspflicht, KV 4112 870 336",
  date="2026-10-08 09:25",
  body="""Sehr geehrter Herr Petrović,

Ihr Zeichen: –
Unser Zeichen: KT-25-004418 / Kr
Versicherungsnummer: KV 4112 870 336, Tarif KT 22 (Krankentagegeld 120 EUR ab dem 22. Tag)

seit dem 23.12.2025 zahlen wir Ihnen Krankentagegeld. Wir haben Ihre Arbeitsunfähigkeit zuletzt durch Frau Dr. Scheuermann, Fachärztin für Psychiatrie, begutachten lassen (Untersuchung am 18.09.2026, Gutachten vom 29.09.2026).

Die Gutachterin kommt zu dem Ergebnis, dass Sie wegen der chronifizierten Angststörung mit Panikattacken (F41.0) und der Agoraphobie Ihre bisherige Tätigkeit als Außendienstmitarbeiter auf nicht absehbare Zeit nicht mehr ausüben können; eine Besserung innerhalb der nächsten sechs Monate sei nicht zu erwarten. Damit liegt Berufsunfähigkeit im Sinne von § 15 Abs. 1 b der Tarifbedingungen vor.

Nach den Bedingungen endet die Leistungspflicht für das Krankentagegeld drei Monate nach Eintritt der Berufsunfähigkeit, die wir mit Zugang des Gutachtens am 29.09.2026 feststellen. Wir zahlen daher bis einschließlich 29.12.2026 weiter.

Wir empfehlen Ihnen, umgehend Leistungen bei Ihrer gesetzlichen Rentenversicherung und – falls vorhanden – Ihrer Berufsunfähigkeitsversicherung zu beantragen. Das Gutachten senden wir Ihnen auf Wunsch in Kopie.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("N", "en", "newsletter", "trap: general customer notice on changed travel insurance terms and a new medical emergency hotline; no person",
  frm="Versicherer Travel <travel-info@versicherer.example>", to="Customer information travel <customerinfo-travel@versicherer.example>",
  subj="Changes to your travel insurance terms from 1 January 2027",
  date="2026-10-26 07:15",
  ent="av",
  lang="en",
  body="""Dear customer,

We are updating the terms of our annual travel insurance policies from 1 January 2027. Here is what changes:

- Medical emergency hotline: our new 24/7 assistance partner can be reached on +49 221 555-4000 (unchanged number, new service provider). Doctors and nurses answer calls in German, English, Spanish and Turkish.
- Repatriation: medically necessary repatriation is covered without a cost limit; the previous requirement that repatriation be "medically advisable" no longer applies.
- Pre-existing conditions: cover for trip cancellation due to a known condition now applies if the condition was stable for six months (previously twelve).
- Pandemic: quarantine ordered at the destination is covered as a reason for cancellation and for additional return costs.

The premium for your policy does not change. The new terms are available at www.versicherer.example/en/travel-terms-2027.

If you do not agree to the new terms, you may cancel your policy with effect from 31 December 2026 by notifying us before that date.

Kind regards
Your Versicherer travel team
""")

M("C", "en", "insurer-to-customer", "household claim rejected: e-bike stolen from a basement without lock (exclusion); named customer, claim number, address",
  frm=ADDR("demir"), to="Oliver Brandtner <o.brandtner@gmail.example>",
  subj="Your claim S-2026-0511388 – theft of your e-bike",
  date="2026-05-20 16:12",
  lang="en",
  body="""Dear Mr Brandtner,

Your reference: claim report of 11 May 2026
Our reference: S-2026-0511388 / Dem
Policy: HR 554 030 812, household contents including bicycle cover up to EUR 3,000

We are sorry about the theft of your e-bike (Cube Kathmandu Hybrid, purchased in 2024 for EUR 3,299) from the shared bicycle cellar at Südring 14, 60596 Frankfurt, which you reported to the police (case number ST/0644318/2026).

Unfortunately we cannot pay for the bicycle. Under section 6.3 of your policy terms, bicycle theft is covered only if, at the time of the theft, the bicycle was locked with a separate lock or secured to a fixed object. In your claim report you confirmed that the bike was not locked because the cellar itself is locked. A locked shared cellar is not sufficient, as all residents and their visitors have access.

We understand that this is disappointing. If the police find the bicycle and it is damaged, please let us know; damage caused by a break-in to the cellar door is covered under the building's insurance, not under your policy.

Kind regards
""",
  sig="demir")

M("N", "de", "insurer-to-company", "trap: certificate of liability cover for a construction company's tender, addressed to the firm; company data only, no person",
  frm=ADDR("hartmann"), to="Bauunternehmung Krämer GmbH & Co. KG <ausschreibung@kraemer-bau.example>",
  subj="Versicherungsbestätigung Betriebshaftpflicht für Vergabeverfahren VgV-2026-118 (Stadt Hamm)",
  date="2026-03-03 08:55",
  body="""Sehr geehrte Damen und Herren,

für Ihre Teilnahme an der Ausschreibung „Sanierung Grundschule Am Sternberg" der Stadt Hamm (Vergabe-Nr. VgV-2026-118) bestätigen wir:

Versicherungsnehmerin: Bauunternehmung Krämer GmbH & Co. KG, Industriestraße 41, 59067 Hamm
Vertrag: Betriebs- und Umwelthaftpflichtversicherung BH 901 220 571
Laufzeit: 01.01.2026 – 01.01.2027, mit Verlängerungsklausel
Deckungssummen: Personenschäden 10.000.000 EUR, Sach- und Vermögensschäden 5.000.000 EUR je Schadenereignis, zweifach maximiert pro Jahr
Mitversichert: Tätigkeitsschäden, Schäden an Leitungen, Leistungen von Subunternehmern
Beitragsstatus: Der Beitrag für das laufende Versicherungsjahr ist gezahlt.

Diese Bestätigung kann der Vergabestelle vorgelegt werden. Sie begründet keine über den Vertrag hinausgehenden Ansprüche.

Mit freundlichen Grüßen
""",
  sig="hartmann")

M("S", "de", "insurer-to-customer", "life policy loan confirmation: named customer, policy, loan amount, interest and surrender value; PDF loan agreement with birth date",
  frm=ADDR("hollmann"), to="Günther Wolters <g.wolters@kabelmail.example>",
  subj="Policendarlehen zu Ihrer Lebensversicherung LV-1602-773410 – Auszahlungsbestätigung",
  date="2026-04-27 14:44",
  body="""Sehr geehrter Herr Wolters,

Ihr Zeichen: Antrag auf Policendarlehen vom 15.04.2026
Unser Zeichen: PD-26-00318 / Hol

wir bestätigen das Policendarlehen zu Ihrer kapitalbildenden Lebensversicherung LV-1602-773410:

  Rückkaufswert zum 01.04.2026        58.214,09 EUR
  Darlehensbetrag                     20.000,00 EUR
  Zinssatz                            4,25 % p. a., fest bis Vertragsablauf
  Zinszahlung                         vierteljährlich, 212,50 EUR, erstmals 30.06.2026
  Auszahlung                          am 28.04.2026 auf Ihr Girokonto bei der Volksbank Münsterland Nord

Das Darlehen wird spätestens bei Ablauf (01.12.2031) mit der Versicherungsleistung verrechnet. Sie können es jederzeit ganz oder in Teilbeträgen ab 1.000 EUR zurückzahlen. Im Todesfall wird der offene Darlehensbetrag von der Todesfallleistung abgezogen; bitte informieren Sie Ihre Bezugsberechtigte, Frau Irmgard Wolters, darüber.

Mit freundlichen Grüßen
""",
  sig="hollmann",
  att=[PDF("Darlehensvereinbarung_PD-26-00318.pdf", [
    ("h", "Vereinbarung über ein Policendarlehen"),
    "Zwischen der Versicherer Lebensversicherung AG, Köln, und Herrn Günther Wolters, geb. 06.11.1964, Ludgeristraße 30, 48143 Münster (Versicherungsnehmer)",
    ("t", [["Vertragsdaten", ""],
           ["Versicherung", "LV-1602-773410, kapitalbildende Lebensversicherung, Ablauf 01.12.2031"],
           ["Versicherte Person", "Günther Wolters"],
           ["Darlehen", "20.000,00 EUR"],
           ["Zins", "4,25 % p. a., vierteljährlich nachschüssig"],
           ["Auszahlung", "28.04.2026"],
           ["Sicherheit", "Verpfändung der Ansprüche aus dem Versicherungsvertrag"]]),
    "Der Versicherungsnehmer kann das Darlehen jederzeit ganz oder teilweise (mindestens 1.000 EUR) zurückzahlen. Bei Fälligkeit der Versicherungsleistung wird das Darlehen einschließlich rückständiger Zinsen verrechnet.",
    ("small", "Versicherer Lebensversicherung AG · Amtsgericht Köln HRB 4712")],
    title="Policendarlehen PD-26-00318")])

M("C", "de", "insurer-to-customer", "traffic legal expenses cover for a speeding fine of a named customer (administrative offence)",
  frm=ADDR("lindqvist"), to="Marcel Hüsken <marcel.huesken@web.example>",
  subj="Verkehrsrechtsschutz – Kostenzusage Bußgeldverfahren, RS-2026-0618240",
  date="2026-06-18 11:00",
  body="""Sehr geehrter Herr Hüsken,

Ihr Zeichen: Anhörungsbogen des Kreises Mettmann vom 02.06.2026
Unser Zeichen: RS-2026-0618240 / Lin
Versicherungsschein: RS 621 004 377 (Verkehrsrechtsschutz)

gegen Sie läuft ein Bußgeldverfahren wegen Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 34 km/h am 21.05.2026 auf der B 7 bei Wülfrath (Tatvorwurf: 160 EUR Bußgeld, 1 Punkt, 1 Monat Fahrverbot).

Wir übernehmen die Kosten für die Verteidigung durch einen Rechtsanwalt Ihrer Wahl im Verfahren vor der Bußgeldbehörde und ggf. vor dem Amtsgericht, einschließlich der Kosten eines technischen Sachverständigengutachtens zur Messung.

Nicht versichert sind das Bußgeld selbst und die Kosten, die entstehen, wenn Sie den Einspruch gegen den Bußgeldbescheid zurücknehmen, nachdem die Hauptverhandlung anberaumt ist.

Mit freundlichen Grüßen
""",
  sig="lindqvist")

M("N", "de", "internal", "trap: board circular on switching annual statements to e-delivery; volumes and consent rates only",
  frm=ADDR("hollmann"), to="Führungskräfte Leben <fk-leben@versicherer.example>",
  subj="Elektronischer Versand der Jahresmitteilungen – Stand und nächste Schritte",
  date="2026-03-09 17:30",
  body="""Liebe Führungskräfte,

kurzer Zwischenstand zur Umstellung der Jahresmitteilungen auf elektronischen Versand:

- 2026 haben wir 412.880 Jahresmitteilungen erstellt, davon 96.114 (23,3 %) elektronisch, Vorjahr 14,9 %.
- Voraussetzung bleibt die ausdrückliche Zustimmung zum elektronischen Versand; ohne Zustimmung geht die Mitteilung per Post.
- Mitteilungen zu BU-, Risiko- und Pflegerentenverträgen werden ausschließlich über das Kundenportal bereitgestellt, nie als Anhang.
- Rückläufer („E-Mail nicht zustellbar"): 1,8 %. Diese Fälle bekommen automatisch einen Brief.

Nächster Schritt: Ab Herbst schreiben wir die Kunden ohne Zustimmung im Zusammenhang mit der Standmitteilung an. Den Entwurf des Anschreibens stimmen wir mit Recht und Datenschutz ab.

Viele Grüße
Birte Hollmann
""")

M("S", "de", "insurer-to-lawyer", "health-insurance recourse after a car accident: named insured, injuries, hospital and treatment costs claimed from the tortfeasor's lawyer",
  frm=ADDR("lutz"), to="Rechtsanwälte Dr. Quast & Partner <kanzlei@quast-partner.example>",
  subj="Ihr Mandant Herr Bernd Falkenrath – Regress Heilbehandlungskosten, Unfall vom 09.01.2026",
  date="2026-05-15 10:35",
  body="""Sehr geehrter Herr Dr. Quast,

Ihr Zeichen: 26/0114 Q/ha
Unser Zeichen: RG-KV-2026-0031 / Lut

wir sind der private Krankenversicherer von Frau Lea Sommerfeld (Versicherungsnummer KV 3390 118 227). Ihr Mandant hat am 09.01.2026 in Wuppertal auf der Friedrich-Engels-Allee als Fahrer eines Pkw die Vorfahrt unserer Versicherten missachtet, die mit dem Fahrrad unterwegs war. Die Haftung ist nach dem Schreiben Ihres Mandanten an die Polizei dem Grunde nach unstreitig.

Unsere Versicherte erlitt eine distale Radiusfraktur rechts, eine Gehirnerschütterung und Prellungen. Für die Behandlung haben wir bisher gezahlt:

  Helios Universitätsklinikum Wuppertal, 09.–13.01.2026 (Osteosynthese)   7.412,80 EUR
  Wahlärztliche Leistungen Prof. Dr. Heinen                             1.186,20 EUR
  Nachbehandlung Unfallchirurgie, Röntgen                                 484,37 EUR
  Ergotherapie, 18 Einheiten                                              882,00 EUR
  Gesamt                                                                9.965,37 EUR

Diese Ansprüche sind nach § 86 VVG auf uns übergegangen. Da Ihr Mandant nach Ihrer Mitteilung keine Kfz-Haftpflichtversicherung in Anspruch nehmen will, bitten wir um Zahlung bis zum 15.06.2026 bzw. um Mitteilung des Kfz-Haftpflichtversicherers. Aufstellung und Belege senden wir auf Anforderung über unser SecureMail-Portal.

Mit freundlichen Grüßen
""",
  sig="lutz")

M("N", "en", "insurer-to-partner", "trap: treaty renewal letter to a reinsurer with aggregated loss ratios of health and disability business; no individual",
  frm=ADDR("stone"), to="Atlas Re – Life & Health Treaty Team <lh-treaties@atlas-re.example>",
  subj="2027 renewal – quota share health (KV-QS-04) and disability surplus (BU-SP-02)",
  date="2026-09-22 15:00",
  lang="en",
  body="""Dear colleagues,

Ahead of our renewal meeting on 6 October, here is our proposal for the two treaties:

KV-QS-04 (health quota share, 20 % ceded)
- Loss ratio 2023/2024/2025: 78.4 % / 81.9 % / 84.2 %
- Requested change: reinsurance commission sliding scale 30 %–36 % (currently 31 %–35 %)
- Premium adjustment 2027 (average +7.8 %) to be reflected in the ceded premium estimate

BU-SP-02 (disability surplus, retention EUR 1,500 monthly annuity)
- New claims 2025: 287, of which 41 % mental disorders, 22 % musculoskeletal
- Requested change: retention up to EUR 2,000, maximum sum insured per life unchanged
- Facultative cases: we propose to move the automatic acceptance limit to EUR 4,000 monthly annuity with simplified evidence

The claims data will be provided on the usual aggregated basis (by underwriting year, age band and ICD chapter). Individual files for facultative cases are exchanged through the secure data room only.

Kind regards
""",
  sig="stone")

M("C", "de", "insurer-to-customer", "motor endorsement for a change of vehicle, windows-1252 encoded: named customer, VIN, plate, premium",
  frm=ADDR("engel"), to="Heike Vössing <heike.voessing@t-online.example>",
  subj="Fahrzeugwechsel – Nachtrag zu Ihrer Kfz-Versicherung KH 706 441 093",
  date="2026-08-27 12:07",
  charset="windows-1252",
  body="""Sehr geehrte Frau Vössing,

Ihr Zeichen: Fahrzeugwechsel per eVB 7HK2M9Q
Unser Zeichen: KB-26-22871 / Eng
Versicherungsschein: KH 706 441 093

den Wechsel auf Ihr neues Fahrzeug haben wir zum Zulassungstag eingetragen:

  bisheriges Fahrzeug:  Skoda Fabia, MS-HV 38, Vertrag für dieses Fahrzeug beendet zum 21.08.2026
  neues Fahrzeug:       Skoda Elroq 85, FIN TMBJC7NY5S0102288, amtl. Kennzeichen MS-HV 38 E
  Zulassung:            22.08.2026
  Halterin:             Heike Vössing, Hammer Straße 120, 48153 Münster

  Kfz-Haftpflicht SF 19 (27 %)       248,16 EUR
  Vollkasko SF 11 (36 %), SB 300     401,88 EUR
  Jahresbeitrag ab 22.08.2026        650,04 EUR

Den Beitrag für das restliche Jahr 2026 (anteilig 231,72 EUR) buchen wir am 01.09.2026 ab. Ihren Schadenfreiheitsrabatt haben wir unverändert übernommen.

Mit freundlichen Grüßen
""",
  sig="engel")

M("S", "de", "insurer-to-applicant", "dental top-up application query: missing teeth, planned treatment, periodontitis – named applicant",
  frm=ADDR("nguyen"), to="Katrin Ebersbach <katrin.ebersbach@gmx.example>",
  subj="Ihr Antrag ZahnPremium – Rückfrage zu Ihren Gesundheitsangaben",
  date="2026-01-16 15:16",
  body="""Sehr geehrte Frau Ebersbach,

Ihr Zeichen: Online-Antrag vom 09.01.2026 (Vorgangsnummer ON-26-0099182)
Unser Zeichen: AZ-26-0418 / Ngu

vielen Dank für Ihren Antrag auf die Zahnzusatzversicherung ZahnPremium 90. Bevor wir entscheiden können, brauchen wir noch Angaben zu Ihren Antworten:

Sie haben angegeben, dass derzeit zwei Zähne fehlen und nicht ersetzt sind und dass bei Ihnen im Jahr 2024 eine Parodontitisbehandlung durchgeführt wurde.

1. Um welche Zähne handelt es sich (Zahnschema oder Angabe wie „oben links hinten")?
2. Ist ein Ersatz dieser Zähne bereits geplant oder angeraten worden?
3. Ist die Parodontitisbehandlung abgeschlossen, und finden regelmäßige Nachkontrollen (UPT) statt?

Am einfachsten ist es, wenn Ihre Zahnarztpraxis den beigefügten Kurzfragebogen ausfüllt. Die Kosten dafür übernehmen wir bis 25,00 EUR.

Je nach Antwort können wir den Vertrag ohne Einschränkung annehmen oder die fehlenden Zähne vom Versicherungsschutz ausschließen. Eine Ablehnung ist in Ihrem Fall nicht zu erwarten.

Mit freundlichen Grüßen
""",
  sig="nguyen")

M("N", "de", "insurer-to-prospect", "trap: reply to a prospect's enquiry about travel health insurance with generic product information only; no contract, no health data",
  frm=ADDR("seidel"), to="Dominik Rahn <dominik.rahn@gmx.example>",
  subj="AW: Frage Auslandsreisekrankenversicherung für Work & Travel",
  date="2026-02-11 13:21",
  body="""Hallo Herr Rahn,

vielen Dank für Ihre Anfrage. Für einen Work-&-Travel-Aufenthalt von zehn Monaten in Australien passt unsere Langzeit-Reisekrankenversicherung „Abroad 365":

- Laufzeit bis zu 5 Jahre, weltweit oder weltweit ohne USA/Kanada
- ambulante und stationäre Behandlung, Zahnbehandlung (schmerzstillend), Medikamente
- Rücktransport, wenn medizinisch sinnvoll
- Beitrag für 18- bis 29-Jährige: 42,50 EUR monatlich (weltweit ohne USA/Kanada)
- arbeiten vor Ort ist mitversichert, auch bei Tätigkeiten auf Farmen

Sie können online abschließen (www.versicherer.example/abroad365); die Versicherung muss vor der Abreise beginnen. Eine Gesundheitsprüfung gibt es nicht, bekannte Erkrankungen sind aber nur in den ersten sechs Wochen versichert, wenn eine Behandlung vor Ort unvorhersehbar war.

Viele Grüße nach Leipzig
Ines Seidel
Reiseversicherung
""",
  quote=Q("""Hallo,
ich fliege im September für 10 Monate nach Australien (Work & Travel). Welche Versicherung brauche ich da und was kostet das ungefähr? Ich bin 23.
Danke
Dominik Rahn"""))

M("C", "de", "insurer-to-customer", "no-claims certificate as ODT: named policyholder with birth date, plate, SF history",
  frm=ADDR("engel"), to="Jürgen Steinkamp <j.steinkamp@posteo.example>",
  subj="Ihre Schadenfreiheitsbescheinigung – KH 700 219 557",
  date="2026-11-05 09:44",
  body="""Sehr geehrter Herr Steinkamp,

anbei die gewünschte Bescheinigung über den Schadenverlauf für Ihren Wechsel zum neuen Versicherer. Wir haben sie auch direkt über das GDV-Verfahren (SF-Anfrage) übermittelt; die Datei ist nur zu Ihrer Information.

Schade, dass Sie uns verlassen – gute Fahrt!

Mit freundlichen Grüßen
""",
  sig="engel", sigstyle="short",
  att=[ODT("SF-Bescheinigung_KH700219557.odt", [
      ("h", "Bescheinigung über den Schadenverlauf in der Kfz-Haftpflicht- und Vollkaskoversicherung"),
      "Versicherungsnehmer: Jürgen Steinkamp, geb. 23.05.1961, Am Holtkamp 4, 33617 Bielefeld",
      "Versicherungsschein: KH 700 219 557 · Fahrzeug: BI-JS 523 (Mercedes-Benz C 200 T) · Vertragsende: 31.12.2026",
      ("t", [["Jahr", "Haftpflicht SF", "Vollkasko SF", "Schäden"],
             ["2022", "SF 22", "SF 18", "keine"],
             ["2023", "SF 23", "SF 19", "keine"],
             ["2024", "SF 24", "SF 20", "1 Vollkasko (Wildschaden, ohne Rückstufung)"],
             ["2025", "SF 25", "SF 21", "keine"],
             ["2026", "SF 26", "SF 22", "keine"]]),
      "Zum 01.01.2027 maßgebliche Klasse: Haftpflicht SF 27, Vollkasko SF 23.",
      "Köln, 05.11.2026 – Versicherer Allgemeine Versicherung AG, Kfz-Betrieb"])])

M("N", "de", "insurer-to-partner", "trap: data delivery note to the insurers' association for motor type-class statistics; aggregated, no person",
  frm=ADDR("engel"), to="GDV Statistik Kraftfahrt <statistik-kfz@gdv.example>",
  subj="Datenlieferung Typklassenstatistik 2025 – Versicherer Allgemeine, VU-Nr. 5471",
  date="2026-04-30 16:25",
  body="""Sehr geehrte Damen und Herren,

die Datenlieferung für die Typ- und Regionalklassenstatistik Berichtsjahr 2025 ist heute über das GDV-Statistikportal hochgeladen worden.

Lieferung: TK2025_5471_v1.dat (Satzart 3, 1.412.806 Datensätze), Prüfsumme SHA-256 in TK2025_5471_v1.sha256
Inhalt: Jahreseinheiten, Schadenzahl und Schadenaufwand je HSN/TSN und Zulassungsbezirk für Haftpflicht, Teil- und Vollkasko
Plausibilisierung: Schadenhäufigkeit Haftpflicht 5,71 % (Vorjahr 5,84 %), Durchschnittsschaden 4.288 EUR (+6,2 %)

Wie im Satzbeschreibungshandbuch vorgesehen, enthält die Lieferung keine Namen, Anschriften, Kennzeichen oder Versicherungsnummern.

Mit freundlichen Grüßen
""",
  sig="engel", sigstyle="short")

M("S", "en", "insurer-to-customer", "long-term care benefit statement for the named insured's home-care service invoices; care level 4, services",
  frm=ADDR("yilmaz"), to="Robert Dunmore <robert.dunmore@outlook.example>",
  subj="Care benefits for Mrs Edith Dunmore – statement for August 2026",
  date="2026-09-09 11:58",
  lang="en",
  body="""Dear Mr Dunmore,

Our reference: PPV-26-004117 / Yil
Policy: PV 2201 558 014, compulsory long-term care insurance, insured person Mrs Edith Dunmore (care level 4)

As your mother's authorised representative, please find below our statement for the home-care services provided in August 2026 by Ambulanter Pflegedienst Sonnenblume, Düsseldorf:

  Basic care (washing, dressing), 31 days          EUR 1,482.60
  Medical treatment care (insulin injections,
  compression stockings) – paid by statutory
  health insurance, not by us                      EUR     0.00
  Day care centre, 8 days                          EUR   624.00
  Relief amount (household help)                   EUR   131.00
  Total paid to the care service                   EUR 2,237.60

As the care-in-kind budget for care level 4 (EUR 1,855) was used to 79.9 %, your mother is entitled to a proportionate care allowance of 20.1 % of EUR 800, i.e. EUR 160.80, which we will transfer to her account.

Kind regards
""",
  sig="yilmaz")

M("N", "de", "insurer-to-customer", "trap: portal notification mail without content – only says a new secure message is waiting",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="kerstin.lammers@web.example",
  subj="Neue Nachricht in Ihrem SecureMail-Postfach",
  date="2026-06-16 12:01",
  client="system", mailer="SecureMail Notification Service 3.2",
  body="""Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen enthält diese E-Mail keinen Inhalt. Bitte melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an:

https://securemail.versicherer.example/

Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Mit freundlichen Grüßen
Versicherer-Gruppe
""")

M("N", "en", "internal", "trap: large-loss list for year-end reserving as XLSX with claim IDs, lines and age bands only; no names",
  frm=ADDR("okafor"), to=[ADDR("morgan"), ADDR("stone")],
  subj="Year-end reserving – large losses > EUR 250k, personal lines (anonymised)",
  date="2026-12-08 18:12",
  lang="en",
  body="""James, Rebecca,

attached is the large-loss list for the personal lines (health inpatient, disability, accident) as input for the reserving committee on 15 December. As agreed with the DPO, the list shows pseudonymised claim IDs, age bands and ICD chapter only; the claims teams keep the key.

Two points for discussion:
- three disability annuities were reopened after follow-up review (rows 7, 9, 12);
- the accident case in row 14 may exceed the EUR 1m retention under the XL treaty.

Chidi
""",
  att=[XLSX("Large_losses_personal_lines_2026-12_anonymised.xlsx", {
      "Large losses": [
          ["Pseudo-ID", "Line", "Age band", "ICD chapter", "Paid to date EUR", "Reserve EUR", "Status"],
          ["P-7F31", "Health inpatient", "60-69", "II (neoplasms)", 412300, 88000, "open"],
          ["P-22A9", "Health inpatient", "0-9", "XVI (perinatal)", 1104500, 250000, "open"],
          ["P-90C4", "Health inpatient", "40-49", "IX (circulatory)", 366120, 0, "closed"],
          ["P-5E02", "Disability", "50-59", "V (mental)", 118400, 604000, "open"],
          ["P-0B77", "Disability", "40-49", "XIII (musculoskeletal)", 96000, 512000, "open"],
          ["P-D310", "Disability", "30-39", "II (neoplasms)", 44800, 720000, "open"],
          ["P-61AA", "Disability", "50-59", "V (mental)", 188000, 402000, "reopened"],
          ["P-3C58", "Disability", "40-49", "VI (nervous system)", 52000, 655000, "open"],
          ["P-A4E1", "Disability", "50-59", "IX (circulatory)", 241000, 318000, "reopened"],
          ["P-11F0", "Accident", "20-29", "XIX (injury)", 150000, 350000, "open"],
          ["P-C902", "Accident", "60-69", "XIX (injury)", 280000, 0, "closed"],
          ["P-4D6B", "Disability", "30-39", "V (mental)", 61000, 830000, "reopened"],
          ["P-8E20", "Accident", "10-19", "XIX (injury)", 420000, 780000, "open"]]})])

M("C", "de", "insurer-to-customer", "glass insurance cancellation confirmation: named customer, address and contract number",
  frm="Versicherer Vertragsservice <vertragsservice@versicherer.example>", to="Eva-Maria Tschentscher <evamaria.t@freenet.example>",
  subj="Kündigungsbestätigung Glasversicherung GL 220 118 409",
  date="2026-10-14 06:30",
  client="system",
  ent="av",
  body="""Sehr geehrte Frau Tschentscher,

wir bestätigen den Eingang Ihrer Kündigung vom 09.10.2026.

Vertrag: Glasversicherung GL 220 118 409
Versicherungsort: Wohnung Rosenthaler Straße 51, 10178 Berlin
Vertragsende: 01.01.2027, 00:00 Uhr (Ablauf der Versicherungsperiode)

Bis zu diesem Zeitpunkt besteht voller Versicherungsschutz. Der letzte Beitrag wurde am 01.01.2026 für das gesamte Versicherungsjahr eingezogen; eine weitere Abbuchung erfolgt nicht.

Ihre übrigen Verträge bei uns (Hausrat HR 553 220 870) laufen unverändert weiter.

Mit freundlichen Grüßen
Ihr Vertragsservice
""")


# ---------------------------------------------------------------- batch 4 (76-100)

M("S", "de", "insurer-to-customer", "welcome mail with the PKV policy schedule as PDF: insured persons with birth dates, tariffs and a risk surcharge for asthma; body harmless",
  frm=ADDR("nguyen"), to="Dr. Tobias Reuschel <tobias.reuschel@posteo.example>",
  subj="Willkommen – Ihr Versicherungsschein",
  date="2026-01-05 11:40",
  body="""Sehr geehrter Herr Dr. Reuschel,

herzlich willkommen bei der Versicherer Krankenversicherung!

Anbei erhalten Sie vorab Ihren Versicherungsschein; das Original mit den Versicherungsbedingungen und der Versichertenkarte kommt in den nächsten Tagen per Post. Bitte prüfen Sie die Angaben und melden Sie sich, falls etwas nicht stimmt.

Mit freundlichen Grüßen
""",
  sig="nguyen",
  att=[PDF("Versicherungsschein_KV8805221607.pdf", [
      ("h", "Versicherungsschein Nr. KV 8805 221 607"),
      "Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln",
      "Versicherungsnehmer: Dr. Tobias Reuschel, Gneisenaustraße 17, 97074 Würzburg\nVersicherungsbeginn: 01.01.2026 · Ausstellungsdatum: 05.01.2026",
      ("t", [["Versicherte Person", "geb.", "Tarif", "Monatsbeitrag"],
             ["Dr. Tobias Reuschel", "08.04.1989", "Komfort 100 (SB 600), KT 43 150 EUR, PVN", "612,44 EUR"],
             ["Johanna Reuschel", "19.12.1991", "Komfort 100 (SB 600), PVN", "498,10 EUR"],
             ["Paul Reuschel", "03.07.2024", "Komfort 100 K, PVN", "164,22 EUR"]]),
      ("h", "Besondere Vereinbarungen", 2),
      "Für die versicherte Person Johanna Reuschel wird wegen Asthma bronchiale (seit 2017, mit inhalativem Kortison behandelt) ein Risikozuschlag von 18 % auf den Tarif Komfort 100 erhoben (im Beitrag enthalten: 75,98 EUR).",
      "Für die versicherte Person Dr. Tobias Reuschel wird die Wartezeit für Zahnersatz erlassen (Vorversicherung bei der gesetzlichen Krankenversicherung nachgewiesen).",
      ("small", "Gesamtbeitrag monatlich: 1.274,76 EUR. Der Arbeitgeberzuschuss nach § 257 SGB V wird gesondert bescheinigt.")],
      title="Versicherungsschein KV 8805 221 607")])

M("N", "de", "newsletter", "trap: notice to all customers about the insurer's new bank account and creditor ID; only company bank data",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Kundeninformation <kundeninfo@versicherer.example>",
  subj="Neue Bankverbindung für Überweisungen ab 1. März 2026",
  date="2026-02-02 07:00",
  body="""Sehr geehrte Kundin, sehr geehrter Kunde,

zum 1. März 2026 bündeln wir unsere Zahlungsverkehrskonten. Wenn Sie Ihre Beiträge per Überweisung zahlen, verwenden Sie ab diesem Tag bitte nur noch diese Bankverbindung:

Empfänger: Versicherer Allgemeine Versicherung AG
Bank: Commerzbank Köln
IBAN: DE12 3704 0044 0532 0130 00
BIC: COBADEFFXXX
Verwendungszweck: Ihre Versicherungsscheinnummer

Für Lastschriften ändert sich nichts: Gläubiger-Identifikationsnummer (DE98ZZZ09999999999) und Ihre Mandatsreferenz bleiben gleich.

Achtung vor Betrugsversuchen: Wir kündigen eine Kontoänderung immer auch auf unserer Website an und bitten Sie niemals telefonisch, Geld auf ein anderes Konto zu überweisen.

Mit freundlichen Grüßen
Ihr Beitragsservice
""",
  ent="av")

M("C", "de", "insurer-to-customer", "legal expenses partial rejection in a neighbour dispute (building law excluded): named customer, neighbour, address",
  frm=ADDR("lindqvist"), to="Ursula Gerstner <ursula.gerstner@t-online.example>",
  subj="Ihr Rechtsschutzfall RS-2026-0703318 – Nachbarstreit",
  date="2026-07-07 09:12",
  body="""Sehr geehrte Frau Gerstner,

Ihr Zeichen: Schreiben Ihres Rechtsanwalts Herrn Kleinert vom 29.06.2026
Unser Zeichen: RS-2026-0703318 / Lin
Versicherungsschein: RS 623 550 108 (Privat-, Wohnungs- und Grundstücksrechtsschutz)

Sie möchten gegen Ihren Nachbarn, Herrn Karl-Heinz Brückner (Birkenweg 12), vorgehen, weil (1) seine Thujahecke die zulässige Höhe überschreitet und Ihr Grundstück Birkenweg 10, 53757 Sankt Augustin, verschattet und (2) er ohne Ihre Zustimmung eine Garage unmittelbar an der Grundstücksgrenze errichtet.

Zu (1) erteilen wir Kostenschutz für die außergerichtliche Vertretung und ein etwaiges Schlichtungsverfahren vor der Schiedsperson, das in NRW vor einer Klage vorgeschrieben ist.

Zu (2) können wir leider keinen Kostenschutz erteilen. Streitigkeiten im Zusammenhang mit der Errichtung oder genehmigungspflichtigen baulichen Veränderung eines Gebäudes sind nach § 3 Abs. 1 d ARB ausgeschlossen; das gilt auch, wenn Sie sich gegen den Bau eines Nachbarn wehren.

Ihre Selbstbeteiligung von 150,00 EUR wird mit der ersten Kostennote verrechnet.

Mit freundlichen Grüßen
""",
  sig="lindqvist")

M("N", "en", "insurer-to-supplier", "trap: change request to the output-management vendor about PDF password protection of statements; technical only",
  frm=ADDR("haas"), to="Support Team DocuForm Systems <support@docuform-systems.example>",
  cc=ADDR("fischer"),
  subj="CR-2026-044: password protection for e-mailed statements – change of method",
  date="2026-02-25 10:05",
  lang="en",
  body="""Hello DocuForm team,

Please find below our change request for the VERSO output platform (contract no. SV-2023-118, module ePost):

Current behaviour: statements sent by e-mail are PDFs protected with the customer's date of birth (DDMMYYYY) as user password, RC4 128 bit.

Requested behaviour:
1. Stop password-protecting PDFs with the date of birth. Our Information Security team considers it guessable and the password is known to anyone who knows the customer.
2. Instead, statements for personal lines (life, health, accident, long-term care) are no longer attached at all; the e-mail links to the customer portal.
3. Statements for other lines may be attached without a password; sensitivity is then decided by our mail gateway, which encrypts where required.
4. Logging: the job log must not contain the date of birth or the password (currently visible in debug level 3).

Target date: go-live with release 7.5 in May 2026. Please send your estimate by 13 March.

Kind regards
""",
  sig="haas", sigstyle="short")

M("S", "de", "insurer-to-hospital", "cost coverage statement to a hospital for the named insured's planned knee replacement with diagnosis and elective services, also as PDF form",
  frm=ADDR("brandt"), to="Patientenverwaltung Klinikum Dreiländereck <kostenuebernahme@klinikum-dreilaendereck.example>",
  subj="Kostenübernahmeerklärung – Patientin Frau Marianne Kollwitz, geb. 11.02.1956, Aufnahme 12.05.2026",
  date="2026-05-04 08:33",
  body="""Sehr geehrte Damen und Herren,

Ihr Zeichen: Aufnahmeanzeige vom 28.04.2026, Fall-Nr. 2026-044812
Unser Zeichen: KÜ-ST-26-01977 / Bra

für unsere Versicherte

  Frau Marianne Kollwitz, geb. 11.02.1956
  Versicherungsnummer: KV 1055 287 003
  Tarif: Stationär Komfort (Zweibettzimmer, Chefarzt)

übernehmen wir die Kosten der allgemeinen Krankenhausleistungen für die geplante Implantation einer Knie-Totalendoprothese rechts bei primärer Gonarthrose (M17.1) nach DRG I44B sowie die Wahlleistungen Zweibettzimmer und wahlärztliche Behandlung, zunächst für 10 Tage ab dem 12.05.2026.

Bitte rechnen Sie direkt mit uns ab (Klinik-Card-Verfahren). Eine Verlängerung beantragen Sie bitte unter Angabe der medizinischen Gründe. Eine anschließende Anschlussheilbehandlung ist nicht Gegenstand dieser Erklärung.

Mit freundlichen Grüßen
""",
  sig="brandt",
  att=[PDF("Kostenuebernahmeerklaerung_KUE-ST-26-01977.pdf", [
    ("h", "Kostenübernahmeerklärung für stationäre Krankenhausbehandlung"),
    "Versicherer Krankenversicherung a.G. · Leistungsservice Stationär · Rheinuferstraße 12 · 50667 Köln",
    "An: Klinikum Dreiländereck, Patientenverwaltung · Ihr Fall-Nr.: 2026-044812",
    ("t", [["Angabe", "Inhalt"],
           ["Patientin", "Marianne Kollwitz, geb. 11.02.1956"],
           ["Versicherungsnummer", "KV 1055 287 003"],
           ["Aufnahme", "12.05.2026 (geplant)"],
           ["Aufnahmediagnose", "M17.1 Primäre Gonarthrose, rechts"],
           ["Geplante Leistung", "Knie-TEP rechts, DRG I44B"],
           ["Kostenübernahme", "allgemeine Krankenhausleistungen 100 %, Zweibettzimmer, wahlärztliche Leistungen"],
           ["Gültigkeit", "10 Tage ab Aufnahme"]]),
    "Die Kostenübernahme gilt vorbehaltlich des Fortbestands des Versicherungsschutzes. Rechnungen bitte unter Angabe des Zeichens KÜ-ST-26-01977.",
    ("small", "Maschinell erstellt, ohne Unterschrift gültig.")],
    title="Kostenübernahmeerklärung")])

M("C", "en", "insurer-to-third-party", "motor liability settlement to a named third-party car owner: repair costs, plate, claim number; no injuries",
  frm=ADDR("brenner"), to="Fiona McAllister <fiona.mcallister@gmail.example>",
  subj="Your claim against our policyholder – claim no. K-2026-0441870",
  date="2026-04-02 15:27",
  lang="en",
  body="""Dear Ms McAllister,

Your reference: letter of 20 March 2026
Our reference: K-2026-0441870 / Bre

We are the motor liability insurer of the vehicle DÜ-RK 4409, which collided with your parked car (Mini Cooper, registration D-FM 2207) in the car park of the Rheinpark Center in Neuss on 14 March 2026. Our policyholder has confirmed the accident, and we accept liability in full. Nobody was injured.

Based on the repair estimate of Autohaus Pelzer dated 18 March 2026 we will pay:

  Repair costs (net)                 EUR 2,318.40
  VAT (after proof of repair)        EUR   440.50
  Loss of use, 4 days x EUR 43       EUR   172.00
  General expenses (flat rate)       EUR    25.00
  Total                              EUR 2,955.90

We will pay EUR 2,515.40 now to the account you provided (IBAN ending 7712) and the VAT once you send us the repair invoice. If you prefer to hire a car instead of claiming loss of use, please contact us before you book.

Kind regards
""",
  sig="brenner")

M("N", "de", "internal", "trap: calendar invitation to a training on writing rejection letters with health data; no case data",
  frm=ADDR("lorenz"), to=["Team Ambulant 2 <kv-ambulant2@versicherer.example>", "Leistung Leben <leistung-leben@versicherer.example>"],
  subj="Einladung: Workshop „Ablehnungen verständlich schreiben“ (Leistung KV/BU)",
  date="2026-08-31 12:00",
  body="""Liebe Kolleginnen und Kollegen,

die Auswertung der Beschwerden 2025 zeigt: Fast jede dritte Beschwerde über eine Leistungsablehnung kritisiert nicht die Entscheidung, sondern das Schreiben. Deshalb laden wir zu einem dreistündigen Workshop ein.

Inhalte:
- Aufbau eines Ablehnungsschreibens: Entscheidung zuerst, dann Begründung, dann Möglichkeiten (Ombudsmann, Widerspruch)
- Medizinische Begriffe: wann übersetzen, wann weglassen
- Was gehört in Betreff und Bezugszeile, was nicht
- Übungen mit anonymisierten Schreiben aus 2025

Bitte bringt ein eigenes (geschwärztes!) Beispiel mit.

Daniela Lorenz
Beschwerdemanagement
""",
  att=[ICS("einladung.ics", "ws-ablehnung-2026-09@versicherer.example", "Workshop: Ablehnungen verständlich schreiben",
           "20260922T090000", "20260922T120000", ("Daniela Lorenz", "daniela.lorenz@versicherer.example"),
           [("Team Ambulant 2", "kv-ambulant2@versicherer.example"), ("Leistung Leben", "leistung-leben@versicherer.example")],
           location="Köln, Raum 2.210 (Rheinblick)", description="Bitte ein geschwärztes Beispielschreiben mitbringen.")])

M("S", "de", "insurer-to-customer", "change of the subsidy-supplement tariff after retirement of a civil servant: Beihilfe rates, insured spouse with birth date",
  frm=ADDR("kaiser"), to="Hans-Jürgen Oberdieck <hj.oberdieck@web.example>",
  subj="Umstellung Ihrer Beihilfeergänzungstarife zum Ruhestand – KV 2004 618 332",
  date="2026-06-29 10:20",
  body="""Sehr geehrter Herr Oberdieck,

Ihr Zeichen: Ihr Schreiben vom 19.06.2026 mit Kopie der Ruhestandsurkunde
Unser Zeichen: TU-26-00744 / Kai

mit Eintritt in den Ruhestand zum 01.08.2026 erhöht sich Ihr Beihilfebemessungssatz nach der Bundesbeihilfeverordnung von 50 % auf 70 %. Entsprechend reduzieren wir den Versicherungsschutz in Ihren Beihilfetarifen:

  Versicherte Person          geb.         bisher         ab 01.08.2026     Beitrag neu
  Hans-Jürgen Oberdieck       14.07.1961   B 50 (50 %)    B 30 (30 %)       311,47 EUR
  Gabriele Oberdieck          02.09.1963   B 30 (30 %)    B 30 (30 %)       298,90 EUR (unverändert)

Die Alterungsrückstellung aus dem Tarif B 50 wird anteilig angerechnet; der Beitrag sinkt für Sie damit um 204,18 EUR monatlich.

Ihr Wahlleistungstarif W 2 (Zweibettzimmer, Chefarzt) bleibt unverändert bestehen. Bitte beachten Sie, dass die Beihilfe für Ihre Ehefrau weiterhin 70 % beträgt, solange ihre Einkünfte 20.878 EUR jährlich nicht übersteigen.

Mit freundlichen Grüßen
""",
  sig="kaiser")

M("N", "de", "insurer-to-partner", "trap: letter to the tax office on flat-rate taxed group accident premiums of the insurer's own staff; aggregate only",
  frm=ADDR("sommer"), to="Finanzamt Köln-Altstadt – Lohnsteuer-Außenprüfung <lstap@fa-koeln-altstadt.example>",
  subj="Lohnsteuer-Außenprüfung 2022–2025 – Gruppenunfallversicherung der Mitarbeitenden",
  date="2026-10-20 13:50",
  body="""Sehr geehrte Damen und Herren,

Ihr Zeichen: LSt-AP 214/0331-2026
Unser Zeichen: St-LSt-2026-07

zu Ihrer Prüfungsanfrage vom 06.10.2026 nehmen wir zur Gruppenunfallversicherung unserer Mitarbeitenden wie folgt Stellung:

Die Versicherer Holding AG unterhält für alle Beschäftigten einen Gruppenunfallversicherungsvertrag (Vertrag U 779 000 001). Die Beiträge wurden nach § 40b Abs. 3 EStG pauschal mit 20 % versteuert, da der Durchschnittsbeitrag je Arbeitnehmer 100 EUR jährlich nicht überstieg:

  Jahr   Versicherte   Beitrag gesamt     Durchschnitt je Person
  2022   4.812         398.410,20 EUR     82,80 EUR
  2023   4.906         407.198,00 EUR     83,00 EUR
  2024   5.011         427.938,44 EUR     85,40 EUR
  2025   5.074         441.945,40 EUR     87,10 EUR

Leistungen aus dem Vertrag sind nicht Gegenstand der Lohnsteuerpauschalierung und werden hier nicht aufgeführt. Die Versichertenlisten liegen zur Einsicht in der Personalabteilung bereit.

Mit freundlichen Grüßen
""",
  sig="sommer")

M("C", "de", "insurer-to-customer", "fire damage in the household: cover mail harmless, the forwarded assessor's mail (message/rfc822) names customer, address, damage and amounts",
  frm=ADDR("demir"), to="Sebastian Korte <sebastian.korte@gmx.example>",
  subj="WG: Besichtigung Ihrer Wohnung",
  date="2026-11-23 14:08",
  body="""Hallo Herr Korte,

wie besprochen leite ich Ihnen die Nachricht unseres Sachverständigen weiter. Bitte bestätigen Sie ihm den Termin direkt.

Viele Grüße
Aylin Demir
""",
  att=[EML(INNER("Dipl.-Ing. Marco Feldhaus <m.feldhaus@sv-feldhaus.example>", ADDR("demir"),
                 "Brandschaden Korte, HR 551 902 338 – Besichtigung und Sofortmaßnahmen",
                 "2026-11-23 11:40",
                 """Hallo Frau Demir,

zum Brandschaden Ihres Versicherungsnehmers Sebastian Korte, Uhlandstraße 33, 2. OG rechts, 69115 Heidelberg (Schaden-Nr. S-2026-1120471, Küchenbrand am 21.11.2026 durch überhitztes Fett):

- Besichtigung schlage ich für Mittwoch, 25.11., 10:00 Uhr vor.
- Nach den Fotos des Kunden sind Einbauküche, Dunstabzug und die Decke verrußt, Rauchgase vermutlich in der ganzen Wohnung.
- Erste Schätzung Hausrat: 9.000–12.000 EUR (Küchenmöbel gehören zum Hausrat, weil vom Mieter eingebaut), Reinigung Textilien ca. 1.500 EUR.
- Die Wohnung ist bewohnbar; Hotelkosten fallen voraussichtlich nicht an.

Bitte geben Sie dem Kunden meine Mobilnummer 0171 5540 3128.

Gruß
Marco Feldhaus
Sachverständigenbüro Feldhaus, Mannheim
""", "<5f1a2c77-0b31-4c0e-9a1d-77d0c2e4a901@sv-feldhaus.example>"), "Brandschaden Korte – Besichtigung.eml")])

M("N", "en", "newsletter", "trap: information sheet for customers on how to submit medical bills securely; health vocabulary, no person",
  frm="Versicherer Health <health-info@versicherer.example>", to="Expat customers <expat-info@lists.versicherer.example>",
  subj="How to send us medical bills and reports safely",
  date="2026-03-16 09:00",
  ent="kv",
  lang="en",
  body="""Dear customers,

Medical invoices, doctors' reports and prescriptions contain some of your most sensitive information. Please help us protect it:

1. Use the app or the SecureMail portal. Photos of bills uploaded in the app arrive encrypted and are processed fastest (average 3 working days).
2. Do not send medical documents by ordinary e-mail. Ordinary e-mail can be read on its way, like a postcard. If you write to us by e-mail, we will answer with a secure message in the portal.
3. Hospital bills abroad: ask the hospital to send the invoice directly to our assistance team (claims@assistance.versicherer.example via their secure channel) – you do not need to pay it yourself.
4. Prescriptions and medicines: send the pharmacy receipt together with the prescription; the name of the medicine must be legible.
5. Keep the originals for six months. We may ask for them in individual cases.

Questions? Call our international health service on +49 221 555-7700.

Your International Health Services team
""")

M("S", "de", "insurer-to-customer", "accident disability benefit reduced by 40 % for pre-existing osteoarthritis; named insured, diagnoses, amounts",
  frm=ADDR("albrecht"), to="Erwin Lichtenberg <erwin.lichtenberg@t-online.example>",
  subj="Ihre Unfallversicherung U 770 882 104 – Invaliditätsleistung, Kürzung wegen Mitwirkung",
  date="2026-10-01 12:45",
  body="""Sehr geehrter Herr Lichtenberg,

Ihr Zeichen: Schreiben vom 02.09.2026
Unser Zeichen: UL-2025-00932 / Alb

das unfallchirurgische Gutachten von Dr. med. Pfeiffer vom 14.09.2026 liegt uns vor. Danach besteht nach dem Sturz auf der Treppe am 19.10.2025 (Riss der Rotatorenmanschette rechts) eine dauerhafte Funktionsbeeinträchtigung des rechten Arms von 3/10 Armwert, also ein Invaliditätsgrad von 21 %.

Der Gutachter stellt außerdem fest, dass bei Ihnen bereits vor dem Unfall eine ausgeprägte Schultereckgelenksarthrose und degenerative Veränderungen der Sehne bestanden, die an der Schwere der Unfallfolgen zu 40 % mitgewirkt haben. Nach Ziffer 3 AUB 2020 mindern wir die Leistung entsprechend:

  Versicherungssumme                100.000,00 EUR
  Invaliditätsgrad 21 %              21.000,00 EUR
  abzüglich Mitwirkung 40 %          -8.400,00 EUR
  Invaliditätsleistung               12.600,00 EUR

Wir wissen, dass die Kürzung für Sie enttäuschend ist. Sie können innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen und die Entscheidung vom Versicherungsombudsmann überprüfen lassen.

Mit freundlichen Grüßen
""",
  sig="albrecht")

M("C", "de", "insurer-to-third-party", "dog liability claim: insured dog bit another dog; vet bill paid to the named owner (animal health → CONFIDENTIAL)",
  frm=ADDR("oltmanns"), to="Claudia Pfeifer <claudia.pfeifer@gmx.example>",
  subj="Schaden-Nr. TH-2026-0087120 – Ihr Hund Luna, Tierarztkosten",
  date="2026-03-27 10:58",
  body="""Sehr geehrte Frau Pfeifer,

Unser Zeichen: TH-2026-0087120 / Olt

wir sind der Tierhalterhaftpflichtversicherer von Herrn Jochen Rademacher. Sein Hund hat am 08.03.2026 im Stadtpark Gütersloh Ihre Hündin Luna gebissen. Unser Versicherungsnehmer hat den Vorfall bestätigt.

Nach der Rechnung der Tierarztpraxis Dr. Hellwig vom 12.03.2026 wurde Luna wegen zweier Bisswunden an der Flanke unter Narkose versorgt und erhielt anschließend Antibiotika und Schmerzmittel. Wir erstatten die Rechnung vollständig:

  Tierarztkosten laut Rechnung   486,30 EUR
  Fahrtkosten (pauschal)          20,00 EUR
  Zahlung                        506,30 EUR

Den Betrag überweisen wir auf das von Ihnen genannte Konto. Ein Mitverschulden wegen fehlender Anleinpflicht Ihrer Hündin haben wir nicht angerechnet.

Wir wünschen Luna gute Besserung.

Mit freundlichen Grüßen
""",
  sig="oltmanns")

M("N", "en", "insurer-to-company", "trap: cyber policy confirmation addressed to a company mailbox; company risk data only, no natural person",
  frm=ADDR("hartmann"), to="Wendt IT-Systemhaus GmbH <vertraege@wendt-it.example>",
  subj="Cyber insurance CY 660 114 208 – confirmation of cover and incident hotline",
  date="2026-07-16 14:14",
  lang="en",
  body="""Dear Sir or Madam,

We confirm cover under your cyber insurance from 1 August 2026:

Policyholder: Wendt IT-Systemhaus GmbH, Lise-Meitner-Straße 5, 24941 Flensburg
Policy number: CY 660 114 208
Limit: EUR 2,000,000 per claim and year; ransomware sub-limit EUR 500,000
Deductible: EUR 10,000; business interruption waiting period 12 hours
Included: data restoration, forensic investigation, crisis communication, notification costs under GDPR, third-party liability for data breaches, cyber extortion (negotiation support)
Conditions: daily offline backups, multi-factor authentication for all remote access and administrator accounts, security patches within 14 days

In case of an incident call our 24/7 hotline +49 221 555-5999 before you take any other step; our incident-response partner will be on the phone within one hour.

Yours faithfully
""",
  sig="hartmann")

M("S", "en", "insurer-to-customer", "BU follow-up review: request for current medical reports and treatment details from the named claimant",
  frm=ADDR("stanek"), to="Matthias Greaves <matthias.greaves@gmx.example>",
  subj="Disability annuity LV-2801-334907 – follow-up review 2026",
  date="2026-08-05 09:48",
  lang="en",
  body="""Dear Mr Greaves,

Our reference: BU-L-2022-00388 / Sta

Since 1 March 2022 we have been paying you a monthly disability annuity of EUR 1,800 because of the consequences of your multiple sclerosis (relapsing-remitting form). As announced in our acceptance letter, we review the entitlement at regular intervals (follow-up review under section 174 of the Insurance Contract Act).

Please send us by 30 September 2026:

1. The completed questionnaire attached to this e-mail in the portal (current symptoms, working hours, activities),
2. the latest report of your neurologist, Dr. Brinkmann, including the EDSS score and current MRI findings,
3. information on your current medication (you mentioned a change to ocrelizumab in 2025),
4. if you have returned to work in any capacity, your employment contract and salary statements.

Your annuity continues to be paid during the review. You can upload the documents securely in the customer portal under "My documents". We cover the cost of the neurologist's report up to EUR 60.

Kind regards
""",
  sig="stanek")

M("N", "de", "internal", "trap: IT ticket about unfilled placeholders in the dunning test run; sample output lines with «fields» and test person only",
  frm=ADDR("hoffmann"), to=ADDR("haas"), cc=ADDR("becker"),
  subj="INC0118824 – Testlauf Mahnung § 38 VVG: Platzhalter nicht gefüllt",
  date="2026-04-21 15:36",
  body="""Hallo Elif,

im Testlauf T-0420 der Mahnstrecke (Vorlage MA-38-K) wurden in 112 von 500 Testdokumenten die Platzhalter nicht ersetzt. Beispiel aus der Ausgabe (Testdatensatz 0042):

  Sehr geehrte«ANREDE_ZUSATZ» «NACHNAME»,
  Versicherungsschein: «VSNR» · Fahrzeug «KENNZEICHEN»
  trotz unserer Zahlungserinnerung vom «DATUM_ZE» ist der Folgebeitrag ...
  zu zahlen: «BETRAG_GESAMT» EUR

Bei den übrigen Datensätzen ist alles korrekt, z. B. Testdatensatz 0001: „Sehr geehrter Herr Testkunde, Versicherungsschein KH 999 000 001, Fahrzeug K-XX 999". Ursache ist vermutlich das neue Feld «ANREDE_ZUSATZ», das in der Datenversorgung aus dem Inkassosystem noch fehlt.

Produktivläufe sind nicht betroffen, die Vorlage ist dort noch nicht aktiv. Ich habe das Ticket an das Team Inkasso-Schnittstelle weitergegeben.

Gruß
Lukas
IT-Servicedesk, Tel. -6000
""")

M("C", "de", "insurer-to-customer", "address change confirmation with policy numbers, new address and birth date; body base64-encoded",
  frm="Versicherer Vertragsservice <vertragsservice@versicherer.example>", to="Karin Ehlert <karin.ehlert@web.example>",
  subj="Bestätigung Ihrer Adressänderung",
  date="2026-05-11 06:45",
  client="system",
  cte="base64",
  ent="av",
  body="""Sehr geehrte Frau Ehlert,

wir haben Ihre neue Anschrift in allen Verträgen gespeichert:

Name: Karin Ehlert, geb. 27.06.1979
neue Anschrift ab 01.05.2026: Lessingstraße 5, 99423 Weimar
bisherige Anschrift: Karl-Liebknecht-Straße 80, 04275 Leipzig

Geänderte Verträge:
- Hausratversicherung HR 552 004 671 (Versicherungsort ebenfalls geändert; Tarifzone 2 statt 4, neuer Jahresbeitrag 84,12 EUR)
- Privathaftpflicht PH 443 118 526
- Kfz-Versicherung KH 708 331 207 (Regionalklasse neu berechnet, Beitrag ändert sich ab 01.05.2026 um -18,40 EUR jährlich)

Bitte denken Sie daran, Ihr Fahrzeug bei der Zulassungsbehörde umzumelden.

Ihr Vertragsservice
""")

M("S", "de", "insurer-to-customer", "recovery of overpaid hospital daily allowance: named insured, hospital stay dates, rehab clinic",
  frm=ADDR("brandt"), to="Dieter Sommerfeldt <d.sommerfeldt@freenet.example>",
  subj="Rückforderung Krankenhaustagegeld – KV 6108 224 519",
  date="2026-09-15 13:33",
  body="""Sehr geehrter Herr Sommerfeldt,

Unser Zeichen: ST-26-0211084 / Bra

bei der Abrechnung Ihres Aufenthalts in der Rehaklinik Bad Salzuflen haben wir festgestellt, dass wir Ihnen das Krankenhaustagegeld doppelt gezahlt haben:

  Akutbehandlung Herzzentrum Bad Oeynhausen (Bypass-OP)   06.07.–17.07.2026   12 Tage   gezahlt 600,00 EUR (richtig)
  Anschlussheilbehandlung Rehaklinik                       18.07.–08.08.2026   22 Tage   gezahlt 1.100,00 EUR (Abrechnung 1)
  Anschlussheilbehandlung Rehaklinik                       18.07.–08.08.2026   22 Tage   gezahlt 1.100,00 EUR (Abrechnung 2, doppelt)

Außerdem sieht Ihr Tarif KHT 50 für Anschlussheilbehandlungen nur 50 % des Tagegeldes vor, also 25,00 EUR statt 50,00 EUR täglich. Richtig wären für die Reha 550,00 EUR gewesen.

Zu viel gezahlt haben wir damit 1.650,00 EUR. Wir bitten Sie, den Betrag bis zum 15.10.2026 zu überweisen, oder wir verrechnen ihn auf Wunsch mit künftigen Erstattungen. Bitte entschuldigen Sie unseren Fehler.

Mit freundlichen Grüßen
""",
  sig="brandt")

M("N", "en", "insurer-to-partner", "trap: English press release on the launch of the SecureMail portal; no personal data",
  frm=ADDR("baumann"), to="Press list international <press-int@lists.versicherer.example>",
  subj="Press release: Versicherer Group makes encrypted e-mail the default for health and life letters",
  date="2026-06-02 10:00",
  lang="en",
  body="""PRESS RELEASE

Versicherer Group makes encrypted e-mail the default for health and life letters

Cologne, 2 June 2026 – From today, all letters about health, life, accident and long-term care claims that the Versicherer Group sends electronically will reach customers only in encrypted form. Customers who do not have their own encryption certificate receive the letters in the new SecureMail portal; they are notified by an e-mail that contains no personal data.

"Nobody would send a doctor's report on a postcard – and an ordinary e-mail is exactly that," says Tim Fischer, Chief Information Security Officer. "Our gateway now recognises sensitive content automatically and chooses the strongest encryption available for each recipient."

Key facts:
- Around 3.5 million letters per year are affected.
- Brokers and hospitals with their own certificate infrastructure are connected gateway-to-gateway.
- The portal is available in German and English and works without JavaScript.

Press contact: Julia Baumann, Corporate Communications, +49 221 555-1010, presse@versicherer.example
""")

M("C", "de", "insurer-to-broker", "commission statement to a sole-trader broker with her IBAN and tax number (natural person's bank and tax data)",
  frm="Versicherer Provisionsabrechnung <provision@versicherer.example>", to="Versicherungsmaklerin Heike Brosowski <info@brosowski-versicherungen.example>",
  subj="Courtageabrechnung 05/2026 – Vermittlernummer 08-5512",
  date="2026-06-05 05:50",
  client="system",
  body="""Sehr geehrte Frau Brosowski,

anbei die Zusammenfassung Ihrer Courtageabrechnung für Mai 2026. Die Einzelaufstellung finden Sie wie gewohnt in der elektronischen Vermittlerpost.

Vermittlerin: Heike Brosowski, Versicherungsmaklerin (Einzelunternehmen), Marktplatz 3, 31134 Hildesheim
Steuernummer: 30/117/04488 · umsatzsteuerfrei nach § 4 Nr. 11 UStG

  Abschlusscourtage Leben/BU           4.118,20 EUR
  Bestandscourtage Sach/Kfz            1.902,44 EUR
  Stornohaftung (Rückbelastung)         -612,00 EUR
  Auszahlung                           5.408,64 EUR

Überweisung am 08.06.2026 auf Ihr Konto """ + IB("DE", "259501300003318004") + """ (Sparkasse Hildesheim Goslar Peine).

Mit freundlichen Grüßen
Versicherer-Gruppe, Provisionsabrechnung
""")

M("N", "de", "insurer-to-supplier", "trap: fee schedule 2027 for the property assessor network; no claim, no person",
  frm=ADDR("demir"), to="Sachverständigennetzwerk Süd-West <netzwerk@sv-netz-suedwest.example>",
  subj="Honorarvereinbarung Sachverständige Sach 2027",
  date="2026-11-26 11:30",
  body="""Sehr geehrte Damen und Herren,

für 2027 gelten für Gutachten im Auftrag unseres Schadenservice Sach folgende Honorare (netto):

  Schadenhöhe bis 5.000 EUR          Pauschale 290 EUR (Ortstermin + Kurzbericht)
  5.001 bis 25.000 EUR               520 EUR
  25.001 bis 100.000 EUR             890 EUR
  über 100.000 EUR                   nach Zeitaufwand, 125 EUR/Stunde
  Fahrtkosten                        0,55 EUR/km ab dem 31. Kilometer
  Videobesichtigung                  180 EUR

Neu ab 2027:
- Gutachten werden nur noch über das Partnerportal eingereicht; Fotos bitte ohne Personen, Kfz-Kennzeichen und Dokumente mit Namen.
- Bei Leitungswasserschäden ist die Leckageortung gesondert auszuweisen.

Bitte bestätigen Sie die Vereinbarung bis zum 15.12.2026.

Mit freundlichen Grüßen
""",
  sig="demir")

M("S", "de", "insurer-to-customer", "partial rejection of alternative-practitioner invoices: acupuncture paid, bioresonance rejected; named insured, diagnoses",
  frm=ADDR("kroeger"), to="Frauke Lindemann-Oertel <frauke.lo@gmx.example>",
  subj="Ihre Heilpraktikerrechnungen – Abrechnung und Begründung",
  date="2026-07-28 16:05",
  body="""Sehr geehrte Frau Lindemann-Oertel,

Ihr Zeichen: Einreichung vom 17.07.2026
Unser Zeichen: LA-KV-26-0211734 / Kr
Versicherungsnummer: KV 4490 611 208, Tarif NaturPlus

wir haben die Rechnungen der Heilpraktikerin Frau Gudrun Arnold über die Behandlung Ihrer Migräne und Ihres Reizdarmsyndroms abgerechnet:

  Akupunktur, 8 Sitzungen (GebüH 23.1)       320,00 EUR   erstattet 256,00 EUR (80 %)
  Eigenbluttherapie, 4 Sitzungen             144,00 EUR   erstattet 115,20 EUR
  Bioresonanztherapie, 6 Sitzungen           270,00 EUR   erstattet    0,00 EUR

Die Bioresonanztherapie können wir nicht erstatten. Ihr Tarif leistet für Heilpraktikerbehandlungen nach dem Gebührenverzeichnis für Heilpraktiker, soweit die Methoden in der Praxis als ebenso erfolgversprechend bewährt sind wie die Schulmedizin (§ 4 Abs. 6 MB/KK). Für die Bioresonanz fehlt dieser Nachweis; sie ist in Ziffer 3.4 Ihrer Tarifbedingungen ausdrücklich ausgeschlossen.

Erstattung gesamt: 371,20 EUR. Von Ihrem Jahreshöchstbetrag für Naturheilverfahren (1.000 EUR) bleiben 2026 noch 412,60 EUR.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("C", "en", "insurer-to-customer", "rental car excess claim settlement for a named customer; rental agreement, damage, amounts; no injury",
  frm=ADDR("seidel"), to="Ingrid Halvorsen <ingrid.halvorsen@online.example>",
  subj="Car hire excess claim RV-2026-007730 – payment",
  date="2026-10-06 10:47",
  lang="en",
  body="""Dear Ms Halvorsen,

Our reference: RV-2026-007730 / Sei
Policy: Car Hire Excess Annual, RE 201 774 05

Thank you for the documents about the damage to your rental car in Portugal. The rental company (Faro airport, rental agreement 77120048, Renault Clio, 12–19 September 2026) charged your credit card EUR 950.00 for a scratched rear bumper and a damaged wing mirror, caused while parking in Lagos. No other vehicle or person was involved.

We refund the excess charged by the rental company in full:

  Excess charged                   EUR 950.00
  Administration fee (covered)     EUR  45.00
  Amount payable                   EUR 995.00

The amount will be transferred to the account ending 0418 within five working days. This claim does not affect the premium of your annual policy.

Kind regards
""",
  sig="seidel")

M("N", "de", "insurer-to-customer", "trap: one-time password mail for the portal registration – no content, no contract",
  frm="Versicherer SecureMail <securemail@versicherer.example>", to="t.brueggemann@gmx.example",
  subj="Ihr Einmal-Passwort für das SecureMail-Portal",
  date="2026-06-16 12:03",
  client="system", mailer="SecureMail Notification Service 3.2",
  body="""Guten Tag,

für Sie wurde ein Postfach im SecureMail-Portal der Versicherer-Gruppe eingerichtet. Ihr Einmal-Passwort lautet:

    Ks7-pQ2m-Wx9r

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Melden Sie sich mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an; anschließend vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 14 Tage gültig.

Wenn Sie kein Postfach erwartet haben, können Sie diese E-Mail ignorieren.

Versicherer-Gruppe
""")

M("N", "de", "internal", "trap: facility notice on destruction of archived claims files, iso-8859-1 encoded; no file contents",
  frm=ADDR("richter"), to="Archivbeauftragte Leistung <archiv-leistung@versicherer.example>",
  subj="Vernichtung Leistungsakten Jahrgang 2015 - Termin Archiv U1.14",
  date="2026-02-12 09:10",
  charset="iso-8859-1",
  body="""Hallo zusammen,

die Aufbewahrungsfrist für die Leistungsakten (Kranken, Unfall, Sach) des Jahrgangs 2015 ist abgelaufen. Die Vernichtung ist für Dienstag, 03.03.2026, ab 7:30 Uhr geplant:

- Ort: Archiv U1.14, Zugang über die Tiefgarage, Ebene -1
- Dienstleister: AktenSicher Rheinland GmbH, Vernichtung vor Ort im Shredderfahrzeug, Sicherheitsstufe P-4 (DIN 66399)
- Menge: ca. 380 Archivboxen (Regale 14 bis 22)
- Ausgenommen: alle Boxen mit rotem Aufkleber "Rechtsstreit / Aufbewahrung verlängert" - bitte bis 27.02. prüfen, ob weitere Boxen markiert werden müssen

Bitte eine Person je Bereich zur Übergabe und zum Gegenzeichnen des Vernichtungsprotokolls einplanen.

Viele Grüße
Anja Richter
Facility Management, Tel. -1550
""")


# ---------------------------------------------------------------- batch 5 (101-125)

M("S", "de", "insurer-to-customer", "endorsement (Nachtrag) for a health tariff change as PDF: insured person, birth date, new tariff, exclusion for a pre-existing knee condition",
  frm=ADDR("kaiser"), to="Sabine Thelen <sabine.thelen@t-online.example>",
  subj="Nachtrag zu Ihrem Versicherungsschein KV 3305 774 160",
  date="2026-04-14 11:02",
  body="""Sehr geehrte Frau Thelen,

anbei erhalten Sie den Nachtrag zu Ihrem Tarifwechsel. Bitte legen Sie ihn zu Ihrem Versicherungsschein.

Mit freundlichen Grüßen
""",
  sig="kaiser", sigstyle="short", disc=False,
  att=[PDF("Nachtrag_04_KV3305774160.pdf", [
      ("h", "Nachtrag Nr. 4 zum Versicherungsschein KV 3305 774 160"),
      "Versicherungsnehmerin und versicherte Person: Sabine Thelen, geb. 30.10.1970, Rurstraße 21, 52349 Düren",
      "Ihr Zeichen: Antrag auf Tarifwechsel nach § 204 VVG vom 18.03.2026 · Unser Zeichen: TW-26-01188 / Kai",
      ("t", [["", "bisher", "ab 01.05.2026"],
             ["Tarif ambulant/stationär", "Top 100 (SB 300)", "Komfort 90 (SB 900)"],
             ["Zahn", "Top Zahn 90", "Komfort Zahn 75"],
             ["Krankentagegeld", "KT 43, 80 EUR", "KT 43, 80 EUR (unverändert)"],
             ["Monatsbeitrag", "894,20 EUR", "611,05 EUR"]]),
      ("h", "Besondere Vereinbarung (Mehrleistung)", 2),
      "Soweit der Tarif Komfort 90 Mehrleistungen gegenüber dem bisherigen Tarif enthält (Heilmittel zu 90 % statt 80 %), gelten diese nicht für Behandlungen der Gonarthrose beider Kniegelenke (M17.0), die seit 2023 fachorthopädisch behandelt wird. Im Umfang des bisherigen Tarifs besteht für diese Erkrankung weiterhin voller Versicherungsschutz.",
      "Die erworbenen Rechte und die Alterungsrückstellung werden vollständig angerechnet.",
      ("small", "Versicherer Krankenversicherung a.G. · Amtsgericht Köln HRB 4711")],
      title="Nachtrag 4")])

M("N", "de", "internal", "trap: new blank version of the medical confidentiality release form as PDF; only form fields, no person",
  frm=ADDR("meier"), to="Formularverantwortliche <formulare@versicherer.example>",
  subj="Neue Fassung Schweigepflichtentbindungserklärung (SEE 2026) – bitte Formularcenter aktualisieren",
  date="2026-01-30 14:22",
  body="""Liebe Formularverantwortliche,

anbei die mit der Aufsichtsbehörde abgestimmte Fassung 2026 der Einwilligungs- und Schweigepflichtentbindungserklärung für die Leistungsprüfung. Änderungen gegenüber 2023:

- Ziffer 2: Einzelermächtigung als Standard, Pauschalermächtigung nur noch auf ausdrücklichen Wunsch
- Ziffer 4: neue Option „Übermittlung meiner Gesundheitsdaten per TLS-verschlüsselter E-Mail"
- Ziffer 6: Hinweis auf Löschfristen

Bitte ersetzt die alten Formulare bis 15.02. im Formularcenter, in der App und in den Vordrucken der Agenturen. Restbestände der Papierformulare bitte vernichten.

Viele Grüße
Thomas Meier
""",
  att=[PDF("SEE_2026_Leistungspruefung_blanko.pdf", [
      ("h", "Einwilligung in die Erhebung und Verwendung von Gesundheitsdaten und Schweigepflichtentbindungserklärung (Leistungsprüfung)"),
      "Name, Vorname: ______________________________   Geburtsdatum: ____________\nVersicherungs-/Schadennummer: ______________________",
      "1. Ich willige ein, dass die Versicherer-Gruppe die von mir in diesem Leistungsfall mitgeteilten Gesundheitsdaten erhebt, speichert und nutzt, soweit dies zur Prüfung der Leistungspflicht erforderlich ist.",
      "2. Einzelermächtigung: Vor jeder Anfrage bei Ärzten, Krankenhäusern oder Behörden werde ich informiert und kann der Anfrage widersprechen.  [ ] ja   [ ] stattdessen Pauschalermächtigung",
      "3. Ich entbinde die in der Anlage genannten Ärzte, Zahnärzte, Psychotherapeuten, Krankenhäuser und Pflegeeinrichtungen von ihrer Schweigepflicht.",
      "4. [ ] Ich bin damit einverstanden, dass mir Schreiben mit Gesundheitsdaten per TLS-verschlüsselter E-Mail an folgende Adresse gesendet werden: ________________________",
      "5. Die Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.",
      "Ort, Datum, Unterschrift: __________________________________",
      ("small", "Formular SEE-L 2026-01 · Versicherer-Gruppe · Rheinuferstraße 12 · 50667 Köln")],
      title="SEE 2026 blanko")])

M("C", "de", "insurer-to-customer", "motor premium invoice 2027 as PDF with type and regional class changes: named customer, plate, SF classes",
  frm="Versicherer Kfz-Service <kfz-service@versicherer.example>", to="Nadine Kaczmarek <nadine.kaczmarek@web.example>",
  subj="Ihre Beitragsrechnung 2027 – Kfz-Versicherung KH 709 114 236",
  date="2026-11-20 04:55",
  client="system",
  ent="av",
  body="""Sehr geehrte Frau Kaczmarek,

im Anhang finden Sie Ihre Beitragsrechnung für das Versicherungsjahr 2027. Ihr Beitrag ändert sich, weil sich die Typklasse Ihres Fahrzeugs und die Regionalklasse Ihres Zulassungsbezirks geändert haben. Sie haben deshalb ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieser Mitteilung.

Ihr Kfz-Service
""",
  att=[PDF("Beitragsrechnung_2027_KH709114236.pdf", [
      ("h", "Beitragsrechnung 2027"),
      "Frau Nadine Kaczmarek · Gartenfeldstraße 8 · 55118 Mainz",
      "Versicherungsschein KH 709 114 236 · Fahrzeug: Toyota Yaris Hybrid, MZ-NK 730 · Fälligkeit 01.01.2027",
      ("t", [["Merkmal", "2026", "2027"],
             ["Typklasse Haftpflicht", "16", "17"],
             ["Typklasse Teilkasko", "20", "21"],
             ["Regionalklasse Haftpflicht (Mainz, Stadt)", "7", "8"],
             ["SF-Klasse Haftpflicht", "SF 9 (41 %)", "SF 10 (39 %)"],
             ["Beitrag Haftpflicht", "318,44 EUR", "337,90 EUR"],
             ["Beitrag Teilkasko (SB 150)", "112,60 EUR", "121,08 EUR"],
             ["Jahresbeitrag inkl. 19 % VSt.", "431,04 EUR", "458,98 EUR"]]),
      "Der Beitrag wird am 02.01.2027 von Ihrem Konto abgebucht (Mandatsreferenz KH709114236-0001).",
      ("small", "Versicherer Allgemeine Versicherung AG · Amtsgericht Köln HRB 4713")],
      title="Beitragsrechnung 2027")])

M("N", "en", "insurer-to-partner", "trap: letter to a foreign hospital network on the direct-billing procedure for expat patients; no patient data",
  frm=ADDR("whitfield"), to="International Patient Office, Clínica Mar Azul Group <intl.billing@clinicamarazul.example>",
  subj="Direct billing agreement – procedure from 1 September 2026",
  date="2026-08-10 12:12",
  lang="en",
  body="""Dear colleagues,

Thank you for renewing the direct billing agreement for our GlobalCare expat customers at your hospitals in Málaga, Marbella and Alicante. From 1 September 2026 the following procedure applies:

1. Admission: please request a guarantee of payment through our assistance portal within 24 hours of admission (emergencies: by phone, +49 221 555-4000). The guarantee states the covered room category and the amount authorised.
2. Medical information: send admission reports and discharge letters only through the portal or by encrypted e-mail. Please do not send medical information to our general mailboxes.
3. Invoices: itemised, in EUR, with the guarantee number. Invoices for outpatient treatment below EUR 300 are settled by the patient and reimbursed by us.
4. Payment: within 21 days of receipt of a complete invoice, to the group's account on file.

Our updated tariff sheet for room categories is attached to the agreement in the portal. Please contact me for any questions.

Kind regards
""",
  sig="whitfield")

M("S", "en", "insurer-to-customer", "critical illness claim: acknowledgement and request for oncology reports (breast cancer diagnosis) from the named insured",
  frm=ADDR("stanek"), to="Deborah Lindqvist-Hart <deborah.lh@icloud.example>",
  subj="Your critical illness claim – policy LV-4410-220871",
  date="2026-03-04 15:40",
  lang="en",
  body="""Dear Mrs Lindqvist-Hart,

Our reference: DD-2026-00061 / Sta

Thank you for your letter of 24 February 2026. I am very sorry to hear about your diagnosis of breast cancer, and I will do what I can to deal with your claim quickly.

Your critical illness cover (sum insured EUR 80,000) pays on the diagnosis of invasive cancer as defined in section 2.1 of the policy terms. To confirm the claim we need:

1. the histology report of the biopsy (dated, with tumour type and stage, e.g. pT1c pN0),
2. the letter of your gynaecologist or the breast centre confirming the diagnosis date and the treatment plan,
3. the completed claim form (sent to your portal mailbox today).

If the histology shows carcinoma in situ only, the policy pays a partial benefit of 25 %. Please do not worry about collecting further records; with your consent we can request them directly from the breast centre at Klinikum Rechts der Isar.

Kind regards
""",
  sig="stanek")

M("N", "de", "insurer-to-supplier", "trap: termination of the framework agreement with the medical-records retrieval provider; contract terms only",
  frm=ADDR("krueger"), to="MedAkte Service GmbH – Geschäftsführung <geschaeftsfuehrung@medakte-service.example>",
  subj="Kündigung Rahmenvertrag Aktenanforderung RV-2021-044 zum 31.12.2026",
  date="2026-06-24 10:00",
  body="""Sehr geehrte Damen und Herren,

hiermit kündigen wir den Rahmenvertrag über die Anforderung von Behandlungsunterlagen bei Ärzten und Krankenhäusern (RV-2021-044 vom 01.01.2021) fristgerecht zum 31.12.2026.

Wir bitten um Folgendes:
1. Aufträge, die bis zum 30.11.2026 erteilt werden, führen Sie bitte noch zu den vereinbarten Bedingungen aus.
2. Nach Vertragsende löschen Sie bitte alle in unserem Auftrag erhaltenen und erhobenen Unterlagen nach § 11 des Auftragsverarbeitungsvertrags und bestätigen uns die Löschung schriftlich bis zum 31.01.2027.
3. Die Zugänge Ihrer Mitarbeitenden zu unserem Partnerportal werden am 05.01.2027 deaktiviert.

Die Kündigung erfolgt aus organisatorischen Gründen (Übernahme der Aufgabe durch unseren Leistungsservice). Für die gute Zusammenarbeit danken wir Ihnen.

Mit freundlichen Grüßen
""",
  sig="krueger")

M("C", "de", "insurer-to-customer", "motor liability recourse against the own policyholder after premium default (§ 38 VVG); named, plate, amount",
  frm=ADDR("schreiber"), to="Tim Krasniqi <tim.krasniqi@gmx.example>",
  subj="Rückforderung nach Leistungsfreiheit – Schaden K-2026-0330158, KH 706 004 821",
  date="2026-07-09 11:15",
  body="""Sehr geehrter Herr Krasniqi,

Unser Zeichen: RG-K-2026-0112 / Sch

am 21.03.2026 haben Sie mit Ihrem Fahrzeug KR-TK 901 beim Ausparken auf dem Parkplatz Ostwall 40 in Krefeld den Pkw von Frau Annegret Wilms beschädigt. Verletzt wurde niemand. Als Kfz-Haftpflichtversicherer haben wir den Schaden von Frau Wilms mit 3.872,15 EUR reguliert, weil wir gegenüber Geschädigten zur Leistung verpflichtet sind.

Ihnen gegenüber waren wir zum Unfallzeitpunkt jedoch leistungsfrei: Der Folgebeitrag für das 1. Quartal 2026 war trotz unserer Mahnung nach § 38 VVG vom 05.02.2026 (Fristablauf 23.02.2026) nicht gezahlt. Nach § 117 VVG in Verbindung mit D.1.1 AKB können wir die Leistung bis zu 5.000 EUR von Ihnen zurückfordern.

Wir fordern Sie daher auf, 3.872,15 EUR bis zum 10.08.2026 zu zahlen. Wenn Sie den Betrag nicht auf einmal zahlen können, bieten wir eine Ratenzahlung an (z. B. 12 Monatsraten à 322,68 EUR).

Mit freundlichen Grüßen
""",
  sig="schreiber")

M("S", "de", "insurer-to-customer", "hearing aid reimbursement letter as DOCX; body neutral, attachment has audiogram values, diagnosis and amounts",
  frm=ADDR("kroeger"), to="Helmut Brakelmann <helmut.brakelmann@t-online.example>",
  subj="Unser Schreiben vom 02.09.2026",
  date="2026-09-02 10:26",
  body="""Sehr geehrter Herr Brakelmann,

anbei unser Schreiben zu Ihrer Einreichung vom 20.08.2026. Wie gewünscht als Word-Datei, damit Sie die Schrift vergrößern können.

Mit freundlichen Grüßen
Sabine Kröger
""",
  att=[DOCX("2026-09-02_Schreiben_Brakelmann.docx", [
      ("h", "Ihre Hörgeräteversorgung – Erstattung"),
      "Herrn Helmut Brakelmann\nWiesenstraße 44\n45525 Hattingen",
      "Ihr Zeichen: Einreichung vom 20.08.2026 · Unser Zeichen: LA-KV-26-0288190 / Kr · Versicherungsnummer: KV 1907 335 118 · Datum: 02.09.2026",
      "Sehr geehrter Herr Brakelmann,",
      "Ihr HNO-Arzt Dr. Fenske hat bei Ihnen eine beidseitige Innenohrschwerhörigkeit (H90.3) mit einem Hörverlust von 55 dB rechts und 60 dB links im Hauptsprachbereich festgestellt und zwei Hörgeräte verordnet. Die Versorgung durch Hörakustik Lange ist am 14.08.2026 abgeschlossen.",
      ("t", [["Position", "Rechnung", "erstattungsfähig", "Erstattung (80 %)"],
             ["2 Hörgeräte Phonak Audéo L90", "4.980,00 EUR", "3.000,00 EUR (Höchstbetrag)", "2.400,00 EUR"],
             ["Anpassung, Otoplastiken", "420,00 EUR", "420,00 EUR", "336,00 EUR"],
             ["Batterien/Ladegerät", "149,00 EUR", "0,00 EUR", "0,00 EUR"]]),
      "Ihr Tarif sieht für Hörgeräte einen Höchstbetrag von 1.500 EUR je Ohr innerhalb von vier Jahren vor. Ladegeräte und Batterien gehören zum täglichen Bedarf und sind nicht erstattungsfähig.",
      "Erstattung insgesamt: 2.736,00 EUR.",
      "Mit freundlichen Grüßen\nSabine Kröger\nLeistungsservice Krankenversicherung"])])

M("N", "de", "insurer-to-broker", "trap: broker circular with average 2027 health premium increases per tariff and talking points; no customer",
  frm=ADDR("reuter"), to="Maklerverteiler Nord <makler-nord@lists.versicherer.example>",
  subj="Vertriebsinformation: Beitragsanpassung KV zum 01.01.2027 – Zahlen und Argumentationshilfe",
  date="2026-11-09 08:45",
  body="""Sehr geehrte Maklerinnen und Makler,

Ihre Kundinnen und Kunden erhalten ab dem 12. November die Mitteilungen zur Beitragsanpassung. Damit Sie vorbereitet sind, hier die wichtigsten Zahlen:

  Tarif                    durchschnittliche Veränderung   auslösender Faktor
  Komfort 100              +9,4 %                          Leistungsausgaben
  Komfort 90               +6,1 %                          Leistungsausgaben
  Top 100                  +11,8 %                         Leistungsausgaben, Sterbetafel
  Basistarif               +3,2 %                          gesetzliche Vorgabe
  KT 43 / KT 22            unverändert                     –
  Zahntarife               unverändert                     –

Argumentationshilfe:
- Die Anpassung ist gesetzlich vorgeschrieben und vom Treuhänder geprüft.
- Über 60-Jährige: Der gesetzliche Zuschlag von 10 % dämpft Steigerungen ab dem 65. Lebensjahr.
- Tarifwechsel nach § 204 VVG: Unser Tarifwechselrechner im Maklerportal zeigt Alternativen ohne erneute Gesundheitsprüfung für den bisherigen Leistungsumfang.

Bitte senden Sie keine Kundenlisten oder Gesundheitsangaben per E-Mail; nutzen Sie für Einzelfälle das Maklerportal.

Mit freundlichen Grüßen
""",
  sig="reuter")

M("C", "en", "insurer-to-customer", "household premium adjustment with reasons for a named customer: policy, address, old/new premium; PDF endorsement",
  frm=ADDR("ziegler"), to="Priyanka Desai <priyanka.desai@gmail.example>",
  subj="Your household contents insurance HR 556 118 043 – premium adjustment from 1 March 2027",
  date="2026-12-14 10:40",
  lang="en",
  body="""Dear Ms Desai,

Policy: HR 556 118 043 · Insured address: Auguststraße 9, 10117 Berlin
Our reference: BA-HR-27 / Zie

Every year an independent trustee checks whether the claims costs in our household contents portfolio still match the premiums. For 2027 the review showed that claims costs per policy have risen by 8.6 %, mainly because of higher repair and replacement costs after water damage and more bicycle thefts in large cities.

Your annual premium therefore changes at the renewal date:

  Current annual premium        EUR 164.22
  New annual premium            EUR 178.34 (including 19 % insurance tax)

Your cover remains unchanged. Because the premium rises without an increase in cover, you may cancel the policy within one month of receiving this letter, with effect from the date the increase takes effect.

Kind regards
""",
  sig="ziegler",
  att=[PDF("Endorsement_HR556118043_2027.pdf", [
    ("h", "Endorsement – premium adjustment (convenience translation)"),
    "Policyholder: Priyanka Desai, Auguststraße 9, 10117 Berlin · Policy HR 556 118 043 · Effective 01.03.2027",
    ("t", [["Item", "Until 28.02.2027", "From 01.03.2027"],
           ["Sum insured", "EUR 58,500", "EUR 58,500"],
           ["Bicycle extension", "EUR 2,000", "EUR 2,000"],
           ["Annual premium incl. tax", "EUR 164.22", "EUR 178.34"]]),
    "Reason: trustee-approved adjustment of the household tariff HR 2022 (claims costs per policy +8.6 %). Your right to cancel is explained in the covering letter.",
    ("small", "Versicherer Allgemeine Versicherung AG · the German version is legally binding")],
    title="Endorsement HR 556 118 043")])

M("S", "de", "insurer-to-applicant", "term life application declined because of diabetes with complications and BMI; named applicant, medical details",
  frm=ADDR("hasselbach"), to="Rüdiger Kampmann <r.kampmann@web.example>",
  subj="Ihr Antrag auf Risikolebensversicherung – unsere Entscheidung",
  date="2026-05-22 12:18",
  body="""Sehr geehrter Herr Kampmann,

Ihr Zeichen: Antrag vom 28.04.2026 (Versicherungssumme 300.000 EUR, Laufzeit 20 Jahre)
Unser Zeichen: AN-RL-26-02931 / Has

wir haben Ihren Antrag sorgfältig geprüft, auch unter Berücksichtigung des Attests Ihres Hausarztes vom 12.05.2026. Leider können wir Ihnen derzeit keinen Versicherungsschutz anbieten.

Ausschlaggebend sind der seit 2019 bestehende insulinpflichtige Diabetes mellitus Typ 2 mit einem HbA1c von zuletzt 9,1 %, die beginnende diabetische Nephropathie (Albuminurie) und ein BMI von 38. In dieser Kombination liegt das Sterblichkeitsrisiko deutlich über dem, das wir auch mit einem Zuschlag versichern können.

Diese Entscheidung ist nicht endgültig. Wenn sich die Stoffwechseleinstellung verbessert (HbA1c dauerhaft unter 7,5 %) und die Nierenwerte stabil bleiben, prüfen wir einen neuen Antrag gern in frühestens 12 Monaten.

Ihr Vermittler erhält eine Kopie dieses Schreibens ohne die medizinischen Angaben. Sie können die Unterlagen, auf die wir uns stützen, bei mir anfordern.

Mit freundlichen Grüßen
""",
  sig="hasselbach")

M("N", "de", "insurer-to-company", "trap: framework agreement confirmation for a company health plan (bKV) addressed to the firm; no employee named",
  frm=ADDR("paulsen"), to="Stahlbau Overbeck GmbH <personal@stahlbau-overbeck.example>",
  subj="Bestätigung Gruppenvertrag betriebliche Krankenversicherung GV-KV 0418",
  date="2026-09-30 09:30",
  body="""Sehr geehrte Damen und Herren,

wir bestätigen den Abschluss des Gruppenvertrags zur betrieblichen Krankenversicherung für Ihre Beschäftigten:

Gruppenvertrag: GV-KV 0418
Arbeitgeberin: Stahlbau Overbeck GmbH, Am Hafen 12, 46049 Oberhausen
Beginn: 01.01.2027
Bausteine: Budgettarif bKV Budget 600 (600 EUR je Kalenderjahr für Zahnersatz, Sehhilfen, Vorsorge, Heilpraktiker), Zusatzbaustein Stationär Zweibettzimmer
Versicherbar: alle Beschäftigten mit Arbeitsvertrag, ohne Gesundheitsprüfung und ohne Wartezeiten, wenn die Anmeldung bis 31.03.2027 erfolgt; Familienangehörige mit vereinfachten Gesundheitsfragen
Beitrag: 24,90 EUR je beschäftigter Person und Monat (Budget 600), 11,40 EUR (Stationär), Zahlung durch die Arbeitgeberin

Die Anmeldung Ihrer Beschäftigten erfolgt über das Firmenkundenportal. Bitte senden Sie keine Mitarbeiterlisten per E-Mail. Leistungsanträge reichen die Versicherten selbst bei uns ein; Sie als Arbeitgeberin erfahren nichts über Erkrankungen oder Erstattungen.

Mit freundlichen Grüßen
""",
  sig="paulsen")

M("C", "de", "insurer-to-customer", "dog liability policy schedule as PDF: owner with birth date and bank account, dog, policy number",
  frm=ADDR("ziegler"), to="Lara Wienecke <lara.wienecke@posteo.example>",
  subj="Ihr Versicherungsschein Hundehalterhaftpflicht TH 118 557 302",
  date="2026-03-19 14:30",
  body="""Hallo Frau Wienecke,

vielen Dank für Ihren Antrag. Ihr Versicherungsschein liegt bei; die Police gilt ab dem 01.04.2026. Den Nachweis für die Hundesteuerstelle der Stadt können Sie direkt vorlegen.

Freundliche Grüße
""",
  sig="ziegler",
  att=[PDF("Versicherungsschein_TH118557302.pdf", [
      ("h", "Versicherungsschein Hundehalter-Haftpflichtversicherung"),
      "Versicherungsschein-Nr.: TH 118 557 302 · Beginn: 01.04.2026 · Ablauf: 01.04.2027, Verlängerung um jeweils ein Jahr",
      "Versicherungsnehmerin: Lara Wienecke, geb. 05.12.1996, Weidenpescher Straße 3, 50735 Köln",
      ("t", [["Versichertes Tier", "Rasse", "geb.", "Chip-Nr."],
             ["Ole", "Australian Shepherd, Rüde", "2024", "276098108811402"]]),
      "Deckungssumme: 15.000.000 EUR pauschal für Personen-, Sach- und Vermögensschäden · Selbstbeteiligung: keine · Mitversichert: Mietsachschäden an Wohnräumen, Fremdhüter, Welpen bis 12 Monate",
      "Jahresbeitrag: 78,54 EUR inkl. VSt. · Zahlung per Lastschrift von " + IB("DE", "370501981935088226") + " (Kontoinhaberin Lara Wienecke)",
      ("small", "Versicherer Allgemeine Versicherung AG · Amtsgericht Köln HRB 4713")],
      title="Versicherungsschein TH 118 557 302")])

M("S", "de", "insurer-to-customer", "BU claim rejected after medical assessment: lumbar spine condition, functional capacity, named claimant",
  frm=ADDR("stanek"), to="Jörg Wiechmann <joerg.wiechmann@gmx.example>",
  subj="Ihre Berufsunfähigkeitsversicherung LV-2710-559003 – Entscheidung über Ihren Leistungsantrag",
  date="2026-06-09 14:12",
  body="""Sehr geehrter Herr Wiechmann,

Ihr Zeichen: Leistungsantrag vom 03.12.2025
Unser Zeichen: BU-L-2025-01204 / Sta

nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Leistungen aus Ihrer Berufsunfähigkeitsversicherung nicht erbringen können.

Sie sind als Elektroinstallateur mit überwiegend Montagetätigkeit beschäftigt. Nach dem orthopädischen Gutachten von Prof. Dr. Nowak vom 11.05.2026 bestehen bei Ihnen ein Zustand nach Bandscheibenvorfall L5/S1 (operiert 09/2025) und eine Chondrose L4/5. Der Gutachter hält Tätigkeiten mit Überkopfarbeit und Heben über 20 kg für dauerhaft eingeschränkt, alle übrigen Teiltätigkeiten Ihres Berufs – darunter die von Ihnen beschriebene Montage von Schaltanlagen, Prüfungen und Messungen – aber für vollständig möglich. Die Einschränkung betrifft nach Ihrer eigenen Tätigkeitsbeschreibung etwa 25 % Ihrer Arbeitszeit. Vertraglich vereinbart ist ein Grad der Berufsunfähigkeit von mindestens 50 %.

Wir wissen, dass diese Nachricht für Sie schwer ist. Sie können uns weitere ärztliche Unterlagen einreichen, die eine stärkere Einschränkung belegen, oder die Entscheidung vom Versicherungsombudsmann überprüfen lassen. Das Gutachten senden wir Ihnen auf Wunsch zu.

Mit freundlichen Grüßen
""",
  sig="stanek")

M("N", "de", "internal", "trap: minutes of the product committee on a new dental tariff with aggregated GOZ statistics; no person",
  frm=ADDR("wendland"), to=["Produktgremium KV <produktgremium-kv@versicherer.example>"],
  subj="Protokoll Produktgremium KV vom 16.04.2026 – ZahnPremium 2027",
  date="2026-04-17 11:48",
  body="""Hallo zusammen,

anbei in Kurzform das Protokoll der Sitzung vom 16.04.:

TOP 1 – Leistungsdaten Zahn 2025 (aggregiert, Bestand 214.000 Zahnzusatzversicherte)
- häufigste GOZ-Positionen: 1040 PZR (61 % der Versicherten), 2080/2100 Füllungen (38 %), 2200 Kronen (9 %), 9010 Implantate (2,4 %)
- Durchschnittserstattung je Leistungsfall 312 EUR, Implantatfall 2.740 EUR
- Leistungsquote ZahnPlus 80: 71 %, ZahnPremium 90: 84 %

TOP 2 – ZahnPremium 2027
- Beschluss: Erstattung 90 % für Zahnersatz, 100 % PZR bis 200 EUR jährlich, Aligner bei Erwachsenen bis 1.500 EUR
- Zahnstaffel: 1.500 / 3.000 / 4.500 EUR in den ersten drei Jahren, Unfälle ohne Begrenzung
- Keine Gesundheitsfragen zu fehlenden Zähnen mehr, stattdessen Ausschluss bereits fehlender Zähne

TOP 3 – Nächste Schritte
- Kalkulation Aktuariat bis 30.05., Bedingungen Recht bis 15.06., Markteinführung 01.01.2027

Viele Grüße
Tobias
""")

M("N", "en", "internal", "trap: personnel announcement of a new head of health claims; named colleague, organisational only",
  frm=ADDR("weiss"), to="All staff <alle@versicherer.example>",
  subj="Personnel announcement: new head of Health Claims",
  date="2026-02-23 09:00",
  lang="en",
  body="""Dear colleagues,

We are pleased to announce that Dr. Miriam Okonjo will take over as Head of Health Claims on 1 April 2026. She succeeds Klaus Behrendt, who is retiring after 31 years with the company.

Miriam joined us in 2017 as a claims specialist for inpatient benefits, led the International Health Services team from 2021 and was responsible for the introduction of automated invoice processing, which now settles more than 60 % of all health claims within two days.

Klaus will be saying goodbye at a reception on 27 March at 4 pm in the canteen. Everybody is welcome.

Please join us in congratulating Miriam and thanking Klaus for his many years of service.

Nadine Weiß
Human Resources
""")

M("C", "de", "insurer-to-customer", "legal expenses payment for family-law advice in a divorce (counselling cover): named customer, fee amounts, lawyer",
  frm=ADDR("lindqvist"), to="Stefanie Oppenberg <s.oppenberg@web.example>",
  subj="Beratungsrechtsschutz Familienrecht – Erstattung Rechtsanwaltskosten, RS-2026-0401772",
  date="2026-05-06 09:37",
  body="""Sehr geehrte Frau Oppenberg,

Ihr Zeichen: Kostennote Rechtsanwältin Dr. Esser vom 24.04.2026
Unser Zeichen: RS-2026-0401772 / Lin
Versicherungsschein: RS 624 008 912

für die Beratung durch Frau Dr. Esser im Zusammenhang mit Ihrer beabsichtigten Scheidung (Erstberatung zu Trennungsunterhalt und Zugewinn am 16.04.2026) übernehmen wir die Kosten im Rahmen des Beratungsrechtsschutzes im Familienrecht:

  Beratungsgebühr nach RVG (Höchstbetrag Erstberatung)   190,00 EUR
  Auslagenpauschale                                       20,00 EUR
  Umsatzsteuer 19 %                                       39,90 EUR
  Kostennote gesamt                                      249,90 EUR
  Erstattung (Höchstbetrag laut Vertrag 500 EUR/Jahr)    249,90 EUR

Den Betrag zahlen wir direkt an Ihre Rechtsanwältin. Bitte beachten Sie: Das Scheidungsverfahren selbst und die gerichtliche Durchsetzung von Unterhalt oder Zugewinn sind nicht versichert; versichert ist nur die Beratung, solange sie nicht mit einer weiteren gebührenpflichtigen Tätigkeit zusammenhängt.

Mit freundlichen Grüßen
""",
  sig="lindqvist")

M("S", "de", "insurer-to-customer", "approval of outpatient psychotherapy hours (behaviour therapy) with diagnosis for the named insured",
  frm=ADDR("kroeger"), to="Lea Brinkhoff <lea.brinkhoff@gmx.example>",
  subj="Ihre Psychotherapie – Kostenzusage für 25 Sitzungen",
  date="2026-02-17 13:05",
  body="""Sehr geehrte Frau Brinkhoff,

Ihr Zeichen: Antrag auf Psychotherapie vom 02.02.2026 mit Bericht Ihrer Therapeutin
Unser Zeichen: PT-26-00418 / Kr
Versicherungsnummer: KV 5520 991 017, Tarif Komfort 100

wir haben den Antrag und den Bericht von Frau Dipl.-Psych. Martina Hollenberg geprüft. Für die Behandlung Ihrer mittelgradigen depressiven Episode (F32.1) und der Schlafstörung geben wir folgende Kostenzusage:

- Verhaltenstherapie als Kurzzeittherapie, 25 Sitzungen à 50 Minuten
- Erstattung nach GOP bis zum 2,3-fachen Satz, 100 %
- Zeitraum: 01.02.2026 bis 31.01.2027
- die bereits abgerechneten 5 probatorischen Sitzungen werden nicht angerechnet

Sollten weitere Sitzungen nötig werden, reichen Sie bitte rechtzeitig einen Verlängerungsantrag mit kurzem Bericht ein. Die Rechnungen können Sie wie gewohnt über die App hochladen; die Diagnose auf den Rechnungen ist für die Erstattung nicht nötig.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("N", "de", "insurer-to-partner", "trap: general question to the medical association on interpreting a GOÄ number; no patient",
  frm=ADDR("kroeger"), to="Ärztekammer Nordrhein – Gebührenordnung <goae@aekno.example>",
  subj="Anfrage zur Auslegung GOÄ Nr. 34 (Erörterung lebensverändernder Erkrankung) bei Telemedizin",
  date="2026-10-13 10:50",
  body="""Sehr geehrte Damen und Herren,

in unserer Leistungsbearbeitung erreichen uns zunehmend Rechnungen, in denen die Nr. 34 GOÄ (Erörterung der Auswirkungen einer Krankheit auf die Lebensgestaltung, mindestens 20 Minuten) für Videosprechstunden berechnet wird. Wir bitten um Ihre Einschätzung zu zwei allgemeinen Fragen:

1. Ist die Nr. 34 im Rahmen einer Videosprechstunde berechnungsfähig, oder setzt die Leistungslegende den unmittelbaren Arzt-Patienten-Kontakt voraus?
2. Ist die Nebeneinanderberechnung mit Nr. 1 oder 3 am selben Tag bei Videosprechstunde anders zu beurteilen als in der Praxis?

Es geht uns nicht um einen Einzelfall; wir möchten unsere Prüfrichtlinie einheitlich und für Ärztinnen und Ärzte nachvollziehbar gestalten. Gern nehmen wir auch einen Hinweis auf bereits veröffentlichte Stellungnahmen entgegen.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("C", "de", "insurer-to-customer", "confirmation to the heir that a legal expenses policy ends with the policyholder's death: named deceased and heir, policy, refund",
  frm=ADDR("ziegler"), to="Martina Ruhland <martina.ruhland@t-online.example>",
  subj="Rechtsschutzversicherung RS 620 771 045 Ihres verstorbenen Vaters – Vertragsende",
  date="2026-08-18 10:14",
  body="""Sehr geehrte Frau Ruhland,

Unser Zeichen: VE-RS-26-0331 / Zie

zunächst möchten wir Ihnen unser aufrichtiges Beileid aussprechen.

Mit Ihrem Schreiben vom 10.08.2026 und der Kopie der Sterbeurkunde haben Sie uns mitgeteilt, dass Ihr Vater, Herr Heinrich Ruhland, Am Stadtgarten 6, 66111 Saarbrücken, am 27.07.2026 verstorben ist.

Die Rechtsschutzversicherung RS 620 771 045 Ihres Vaters endet mit dem Todestag. Den nicht verbrauchten Beitrag für die Zeit vom 28.07. bis 31.12.2026 von 97,52 EUR erstatten wir auf das Konto, das Sie uns als Erbin genannt haben (IBAN endet auf 8817). Eine Kopie des Erbscheins benötigen wir für diesen Betrag nicht.

Für Streitigkeiten, die vor dem Todestag eingetreten sind, besteht weiterhin Versicherungsschutz. Uns sind keine offenen Rechtsschutzfälle bekannt.

Mit freundlichen Grüßen
""",
  sig="ziegler")

M("S", "en", "insurer-to-customer", "dental partial rejection: bleaching and veneers refused as cosmetic, crown paid; named insured and teeth",
  frm=ADDR("wendland"), to="Camille Dubois <camille.dubois@orange.example>",
  subj="Your dental treatment plan – our decision (ref. ZE-26-007731)",
  date="2026-09-24 12:40",
  lang="en",
  body="""Dear Ms Dubois,

Your reference: treatment plan of Dr. Albers, Hamburg, dated 8 September 2026
Our reference: ZE-26-007731 / Wen
Policy: KV 6033 820 114, tariff ZahnPlus 80

We have reviewed the treatment plan. Our decision for each item:

  Tooth 21: ceramic crown after fracture (GOZ 2210)        covered, 80 %, approx. EUR 742.00
  Teeth 12, 11, 22: ceramic veneers (GOZ 2220)             not covered
  Bleaching upper and lower jaw (GOZ 2130 analogous)        not covered

Reason: Your policy covers dental treatment that is medically necessary. According to the treatment plan, the veneers on teeth 12, 11 and 22 are intended to match the colour and shape of the new crown on tooth 21; the teeth themselves are healthy. Bleaching is purely cosmetic. Both are excluded under section 5.2 of the tariff conditions.

The crown on tooth 21 is covered in full under the tariff, including the laboratory costs. Please send us the invoice after treatment.

Kind regards
""",
  sig="wendland")

M("N", "en", "newsletter", "trap: security notice about phishing mails posing as refund notices; mentions IBAN and health refunds generically",
  frm="Versicherer Security <security-info@versicherer.example>", to="Customer information <customerinfo@versicherer.example>",
  subj="Warning: fake refund e-mails in our name",
  date="2026-07-08 08:00",
  lang="en",
  body="""Dear customer,

Fraudsters are currently sending e-mails that look as if they come from us. They claim that you are owed a refund for medical bills or an overpaid premium and ask you to "confirm your IBAN and date of birth" on a website.

These e-mails do not come from us. Please note:
- We never ask for your bank details, date of birth or password by e-mail.
- Our refunds are paid automatically to the account we already know.
- Real messages about your health or life insurance reach you only in our SecureMail portal or encrypted. We never send them as an ordinary e-mail with a link to enter data.
- The sender addresses of the fake e-mails end in variations such as "versicherer-erstattung.example" or "versicherer.support.example".

If you have entered data on such a website, please call your bank immediately and let us know on +49 221 555-1600.

Your Information Security team
""")

M("C", "en", "insurer-to-broker", "renewal list CSV of a broker's motor customers with names, birth dates, plates and premiums",
  frm=ADDR("vogel"), to="Kessler Insurance Brokers <office@kessler-brokers.example>",
  subj="Motor renewals 1 January 2027 – your customers (list attached)",
  date="2026-10-28 15:20",
  lang="en",
  body="""Dear Mr Kessler,

As requested, attached is the list of your motor customers whose policies renew on 1 January 2027, with the new premiums after the type-class and regional-class changes. Customers with increases above 15 % are marked; they have a special right to cancel, so you may want to contact them first.

Please store the list in your broker management system and delete it from your mailbox afterwards.

Best regards
""",
  sig="vogel", sigstyle="short",
  att=[CSV("Renewals_2027_Kessler_08-6617.csv", [
      ["policy", "policyholder", "date_of_birth", "plate", "vehicle", "premium_2026_EUR", "premium_2027_EUR", "change", "flag"],
      ["KH 710 228 104", "Wagner, Jens", "1984-03-12", "M-JW 2204", "BMW 320d Touring", "874.20", "912.66", "+4.4 %", ""],
      ["KH 710 228 391", "Oezdemir, Selin", "1995-11-30", "M-SO 1130", "VW Polo", "512.04", "601.18", "+17.4 %", "X"],
      ["KH 710 301 766", "Hartl, Benedikt", "1969-07-04", "FS-BH 69", "Audi Q5", "1,104.80", "1,129.50", "+2.2 %", ""],
      ["KH 710 334 002", "Kowalski, Agnieszka", "1990-01-19", "DAH-AK 190", "Skoda Octavia", "688.40", "795.12", "+15.5 %", "X"],
      ["KH 710 402 519", "Huber-Lang, Theresa", "1958-09-22", "STA-TH 58", "Mercedes A 180", "602.30", "618.90", "+2.8 %", ""]], sep=",")])

M("N", "de", "insurer-to-supplier", "trap: framework agreement with a roadside assistance provider; prices and process only",
  frm=ADDR("engel"), to="Rheinland Pannenhilfe GmbH <vertrieb@rheinland-pannenhilfe.example>",
  subj="Rahmenvertrag Schutzbrief-Assistance 2027 – unsere Annahme Ihres Angebots",
  date="2026-11-11 16:10",
  body="""Sehr geehrte Damen und Herren,

wir nehmen Ihr Angebot vom 22.10.2026 für die Assistance-Leistungen zum Kfz-Schutzbrief an. Der Rahmenvertrag gilt vom 01.01.2027 bis 31.12.2029.

Vereinbarte Preise (netto je Einsatz):
- Pannenhilfe vor Ort: 79 EUR
- Abschleppen bis 50 km: 149 EUR, jeder weitere km 2,10 EUR
- Bergung: nach Aufwand, max. 450 EUR ohne Rückfrage
- Mietwagenvermittlung: 12 EUR Vermittlungspauschale

Servicelevel: Eintreffen am Schadenort in 90 % der Fälle innerhalb von 60 Minuten; monatlicher Bericht mit Einsatzzahlen je Bundesland, ohne Kundendaten.

Die Übermittlung der Einsatzdaten (Name, Standort, Kennzeichen) zur Abrechnung erfolgt ausschließlich über die vereinbarte Schnittstelle und wird im Auftragsverarbeitungsvertrag geregelt, den wir Ihnen separat zusenden.

Mit freundlichen Grüßen
""",
  sig="engel")

M("S", "de", "insurer-to-customer", "accidental death benefit paid to the heirs: named deceased, cause of death (road accident), amounts",
  frm=ADDR("lutz"), to="Anneliese Grothe <anneliese.grothe@web.example>",
  subj="Unfalltod Ihres Ehemannes – Auszahlung der Todesfallleistung, U 773 118 406",
  date="2026-11-02 11:22",
  body="""Sehr geehrte Frau Grothe,

Unser Zeichen: UT-2026-00037 / Lut

wir möchten Ihnen noch einmal unser tiefes Mitgefühl zum Tod Ihres Mannes, Herrn Wilfried Grothe, aussprechen.

Nach dem Bericht der Polizei Lüneburg und der Todesbescheinigung ist Ihr Mann am 04.10.2026 an den Folgen eines Verkehrsunfalls auf der B 209 verstorben (Polytrauma mit schwerem Schädel-Hirn-Trauma, Tod am Unfallort). Der Unfall ist in seiner Unfallversicherung versichert; ein Ausschlussgrund liegt nicht vor.

Als im Vertrag benannte Bezugsberechtigte erhalten Sie:

  Todesfallleistung                       30.000,00 EUR
  Erstattung Bergungskosten (Rettungsdienst) 1.240,00 EUR
  zusammen                                31.240,00 EUR

Die Auszahlung erfolgt auf Ihr Konto bei der Sparkasse Lüneburg. Der Vertrag Ihres Mannes endet mit dem Todestag; die Beiträge ab November buchen wir nicht mehr ab.

Wenn Sie Unterstützung brauchen, etwa bei der Regelung weiterer Versicherungsangelegenheiten, rufen Sie mich gern direkt an.

Mit herzlichen Grüßen
""",
  sig="lutz")


# ---------------------------------------------------------------- batch 6 (126-150)

M("S", "de", "insurer-to-customer", "household outside-cover letter; the health information (stay in a psychosomatic clinic) sits only in the reference line",
  frm=ADDR("ziegler"), to="Carsten Rohlfing <carsten.rohlfing@posteo.example>",
  subj="Ihre Hausratversicherung HR 554 771 209 – Außenversicherung",
  date="2026-03-06 10:05",
  body="""Sehr geehrter Herr Rohlfing,

Ihr Zeichen: Anfrage vom 02.03.2026 – Aufenthalt Psychosomatische Fachklinik Bad Wildungen, 09.03.–20.04.2026
Unser Zeichen: VS-HR-26-0877 / Zie

gern bestätigen wir Ihnen: Sachen, die Sie für die Dauer Ihres Aufenthalts mitnehmen (Kleidung, Notebook, Tablet, Bücher), sind über die Außenversicherung Ihrer Hausratversicherung gegen Einbruchdiebstahl, Raub, Feuer und Leitungswasser versichert. Die Außenversicherung gilt bis zu 30 % der Versicherungssumme, in Ihrem Vertrag also bis 19.500 EUR, solange der Aufenthalt nicht länger als drei Monate dauert.

Bitte beachten Sie: Einfacher Diebstahl, etwa aus einem nicht abgeschlossenen Zimmer, ist nicht versichert. Nutzen Sie für Wertsachen nach Möglichkeit ein verschlossenes Fach.

Ihre Wohnung in der Eschenstraße 14 bleibt während Ihrer Abwesenheit voll versichert. Als Gefahrerhöhung müssen Sie uns den Aufenthalt nicht melden; das ist erst bei einer Abwesenheit von mehr als 60 Tagen am Stück nötig. Bitte lassen Sie die Wohnung in der Zeit trotzdem gelegentlich kontrollieren.

Mit freundlichen Grüßen
""",
  sig="ziegler")

M("S", "de", "insurer-to-customer", "motor premium notice: a footnote reveals the named policyholder's severe disability (GdB 80, Merkzeichen aG); vehicle line mentions a wheelchair ramp",
  frm="Versicherer Kfz-Service <kfz-service@versicherer.example>", to="Gerhard Mielke <gerhard.mielke@t-online.example>",
  subj="Ihre Beitragsrechnung 2027 – KH 704 558 012",
  date="2026-11-20 05:02",
  client="system",
  ent="av",
  body="""Sehr geehrter Herr Mielke,

Ihre Beitragsrechnung für 2027:

Versicherungsschein: KH 704 558 012
Fahrzeug: VW Caddy Maxi mit Rollstuhlrampe, OS-GM 44
Fälligkeit: 01.01.2027

  Kfz-Haftpflicht, SF 31 (20 %)              281,16 EUR
  Teilkasko, SB 150                            98,40 EUR
  Umbauten (Rampe, Handbediengerät) ¹          36,00 EUR
  Nachlass ²                                  -41,56 EUR
  Jahresbeitrag inkl. VSt.                    374,00 EUR

Der Beitrag wird am 02.01.2027 abgebucht.

Ihr Kfz-Service

¹ Mitversichert bis 15.000 EUR Neuwert der Umbauten laut Ihrer Aufstellung vom 03.04.2025.
² Nachlass 10 % für Fahrzeughalter mit Schwerbehinderung: berücksichtigt aufgrund Ihres Schwerbehindertenausweises (GdB 80, Merkzeichen aG, gültig bis 11/2029).
""")

M("N", "de", "internal", "trap: test print of the health premium adjustment letter with the standard test person Erika Mustermann; test environment",
  frm=ADDR("haas"), to=ADDR("kaiser"),
  subj="Testdruck BAP-KV-2027 – Abnahme Musterdatensatz 0001",
  date="2026-09-28 16:44",
  body="""Hallo Matthias,

hier das Ergebnis des Abnahmetests für das Anschreiben zur Beitragsanpassung, Musterdatensatz 0001 aus der Testumgebung:

  Frau Erika Mustermann, geb. 12.08.1964 (Testperson), Heidestraße 17, 51147 Köln
  Versicherungsnummer: KV 0000 000 001 (Testbestand)
  Tarife: Komfort 100 (SB 600), KT 43, PVN
  Beitrag bisher 701,22 EUR / neu 768,53 EUR
  auslösender Faktor: Leistungsausgaben +12,1 %

Befund:
- Die Tabelle „Gründe der Beitragsanpassung" bricht bei mehr als drei Tarifen auf Seite 3 um, ohne Kopfzeile zu wiederholen.
- Der Hinweis zum Tarifwechselrecht steht korrekt auf Seite 1.
- Im Musterdatensatz 0007 (Familie mit vier Personen) fehlt der Kindertarif-Übergang.

Korrektur kommt morgen, dann bitte noch einmal prüfen. Echtdaten laufen erst nach deiner Freigabe.

Gruß
Elif
""")

M("C", "en", "insurer-to-customer", "motor total loss settlement: named customer, vehicle, plate, replacement and residual value; no injury",
  frm=ADDR("brenner"), to="Jonathan Price <jonathan.price@gmail.example>",
  subj="Total loss settlement – claim K-2026-0912284, KH 711 003 528",
  date="2026-10-12 13:21",
  lang="en",
  body="""Dear Mr Price,

Your reference: your e-mail of 30 September 2026
Our reference: K-2026-0912284 / Bre

Following the engineer's report of 5 October 2026, the repair costs for your Volvo V60 (registration HD-JP 311, first registered 2019) exceed its replacement value, so we are settling the claim as a total loss under your comprehensive cover. The accident on 26 September 2026 (skidding on a wet road near Eberbach, collision with a tree) involved no other vehicle, and you were fortunately not injured.

  Replacement value (including VAT)           EUR 19,800.00
  Less residual value (best offer received)   EUR -3,150.00
  Less deductible                             EUR   -500.00
  Amount payable                              EUR 16,150.00

The best residual-value offer comes from Autoverwertung Kraus, Mannheim, valid until 26 October. If you sell the vehicle for less, we still deduct the amount of this offer. Please send us the registration certificate part II once the car is sold, and we will pay within five working days.

Kind regards
""",
  sig="brenner")

M("N", "en", "insurer-to-partner", "trap: event loss notification to the catastrophe reinsurer after a storm; claim counts and amounts by region, CSV by 2-digit postcode area",
  frm=ADDR("stone"), to="Cat Claims – Nordic Re <catclaims@nordic-re.example>",
  subj="Event loss notification – windstorm \"Ylenia\" 17/18 Feb 2026 – Cat XL 2026 layer 1",
  date="2026-03-20 11:00",
  lang="en",
  body="""Dear colleagues,

Under article 12 of the property catastrophe excess of loss treaty 2026, we notify the following event:

Event: windstorm "Ylenia", 17–18 February 2026 (72-hour clause applied from 17 Feb 06:00 CET)
Lines: buildings, household contents, commercial property, motor own damage

  Region                  Claims reported   Incurred EUR
  Lower Saxony                  6,412       28,410,000
  North Rhine-Westphalia        9,870       41,950,000
  Schleswig-Holstein            3,118       17,220,000
  Other                         2,604        9,880,000
  Total                        22,004       97,460,000

Our estimate of the ultimate event loss is EUR 118 million, which would exceed the retention of EUR 75 million. A cash call is not yet requested. We will send the quarterly bordereau by 15 April; as agreed it shows postcode areas, not policyholders.

Kind regards
""",
  sig="stone",
  att=[CSV("Ylenia_event_bordereau_postcode_areas.csv", [
    ["postcode_area", "line", "claims", "paid_EUR", "reserve_EUR"],
    ["26xxx", "buildings", "2114", "6120400", "3880000"],
    ["26xxx", "household", "611", "402300", "118000"],
    ["27xxx", "buildings", "1870", "5011200", "4102000"],
    ["44xxx", "buildings", "3302", "8890100", "6400000"],
    ["45xxx", "buildings", "2988", "7702450", "5100000"],
    ["24xxx", "buildings", "1912", "6004800", "5550000"],
    ["other", "all lines", "9207", "18120750", "16007000"]], sep=",")])

M("S", "de", "insurer-to-customer", "ODS overview of all benefits paid in 2025 for the premium refund decision: treatments, doctors and amounts per insured person",
  frm=ADDR("kroeger"), to="Volker Ahrendt <volker.ahrendt@gmx.example>",
  subj="Leistungsübersicht 2025 – Entscheidung Beitragsrückerstattung",
  date="2026-03-30 12:50",
  body="""Sehr geehrter Herr Ahrendt,

Sie haben gefragt, ob sich die Einreichung Ihrer Rechnungen aus 2025 gelohnt hat oder ob Sie sie zurücknehmen und stattdessen die Beitragsrückerstattung (drei Monatsbeiträge, für Sie 1.436,25 EUR) erhalten möchten.

In der beigefügten Tabelle finden Sie alle 2025 für Sie und Ihre Frau erstatteten Leistungen. Für Sie allein wurden 612,70 EUR erstattet; die Rückerstattung wäre also günstiger. Wenn Sie sich dafür entscheiden, zahlen Sie die 612,70 EUR zurück, und wir überweisen die Rückerstattung im Juli.

Mit freundlichen Grüßen
""",
  sig="kroeger",
  att=[ODS("Leistungsuebersicht_2025_KV4403118207.ods", {
      "Leistungen 2025": [
          ["Datum", "versicherte Person", "Leistungserbringer", "Leistung", "erstattet EUR"],
          ["14.01.2025", "Volker Ahrendt", "Dr. Scholz, Innere Medizin", "Check-up, Belastungs-EKG", 186.40],
          ["03.04.2025", "Volker Ahrendt", "Dr. Scholz, Innere Medizin", "Kontrolle Blutdruck, Labor", 94.10],
          ["03.04.2025", "Volker Ahrendt", "Löwen-Apotheke", "Candesartan 16 mg, 98 St.", 38.20],
          ["19.09.2025", "Volker Ahrendt", "Augenarzt Dr. Kühn", "Glaukom-Vorsorge, OCT", 294.00],
          ["08.02.2025", "Renate Ahrendt", "Gynäkologie Dr. Weber", "Vorsorge, Mammographie", 310.55],
          ["21.06.2025", "Renate Ahrendt", "Orthopädie am Markt", "Stoßwellentherapie Ferse (Fersensporn)", 420.00],
          ["Summe", "", "", "", 1343.25]]})])

M("C", "de", "insurer-to-customer", "flood (natural hazards) claim settlement for a named customer: address, damage items, amounts",
  frm=ADDR("demir"), to="Familie Schneidewind <schneidewind@ahrweiler-mail.example>",
  subj="Elementarschaden vom 29.06.2026 – Abrechnung, WG-2026-0704451 / HR-2026-0704452",
  date="2026-08-11 15:02",
  body="""Sehr geehrte Frau Schneidewind, sehr geehrter Herr Schneidewind,

Unser Zeichen: WG-2026-0704451 (Gebäude), HR-2026-0704452 (Hausrat) / Dem
Versicherungsscheine: WG 302 661 870, HR 557 203 118
Schadenort: Walporzheimer Straße 61, 53474 Bad Neuenahr-Ahrweiler

nach dem Starkregen vom 29.06.2026 stand Wasser 40 cm hoch im Keller und im Erdgeschoss Ihres Hauses. Auf Grundlage des Gutachtens vom 28.07.2026 rechnen wir ab:

Wohngebäude (Elementar):
  Trocknung Keller und EG                    6.880,00 EUR
  Estrich und Bodenbeläge EG                18.214,50 EUR
  Heizungsanlage (Brenner, Steuerung)        7.390,00 EUR
  Selbstbeteiligung Elementar 10 %, mind. 500 EUR   -3.248,45 EUR
  Zahlung Gebäude                           29.236,05 EUR

Hausrat (Elementar):
  Waschmaschine, Trockner, Tiefkühltruhe     2.210,00 EUR
  Möbel und Teppiche EG                      5.680,00 EUR
  Selbstbeteiligung 500 EUR                   -500,00 EUR
  Zahlung Hausrat                            7.390,00 EUR

Die Zahlung für das Gebäude geht wegen der eingetragenen Grundschuld mit Zustimmung der Kreissparkasse Ahrweiler an Sie. Bitte reichen Sie die Rechnungen für Estrich und Heizung nach Abschluss der Arbeiten ein; bis dahin zahlen wir 20 % der Position Estrich zunächst nicht aus (oben bereits berücksichtigt).

Mit freundlichen Grüßen
""",
  sig="demir")

M("N", "de", "newsletter", "trap: explanatory newsletter on how to read the annual life statement; example figures for a fictitious contract",
  frm="Versicherer Lebensversicherung <info-leben@versicherer.example>", to="Kundeninformation Leben <kundeninfo-leben@versicherer.example>",
  subj="Ihre Standmitteilung verständlich erklärt",
  date="2026-02-09 07:30",
  ent="lv",
  html=True,
  body="""Sehr geehrte Kundin, sehr geehrter Kunde,

in diesen Wochen erhalten Sie Ihre jährliche Standmitteilung. Viele Begriffe darin sind Fachsprache – hier die wichtigsten kurz erklärt, an einem erfundenen Beispielvertrag:

[[b]]

Deckungskapital: das Guthaben, das für Ihren Vertrag angespart ist.
Rückkaufswert: der Betrag, den Sie bei einer Kündigung heute erhalten würden. Er ist kleiner als das Deckungskapital, weil Abschluss- und Stornokosten abgezogen werden.
Überschussbeteiligung: Ihr Anteil an den Erträgen; sie ist nicht garantiert.
Bewertungsreserven: stille Reserven in den Kapitalanlagen, an denen Sie bei Vertragsende beteiligt werden.

Vor einer Kündigung lohnt sich ein Gespräch: Oft ist eine Beitragsfreistellung oder ein Policendarlehen die bessere Lösung.

Ihre Versicherer Lebensversicherung AG
""",
  tables={"b": ([["Beispielvertrag (fiktiv)", "Betrag"],
                 ["Summe der gezahlten Beiträge", "24.000,00 EUR"],
                 ["Deckungskapital", "25.310,44 EUR"],
                 ["Rückkaufswert", "24.702,10 EUR"],
                 ["Überschussbeteiligung im letzten Jahr", "386,90 EUR"]], "pad")})

M("S", "en", "insurer-to-customer", "pre-authorisation for an MRI and knee surgery abroad for a named expat: diagnosis, hospital, approved amounts",
  frm=ADDR("whitfield"), to="Ahmed Karimi <ahmed.karimi@outlook.example>",
  subj="Pre-authorisation PA-26-01244 – Mediclinic Dubai",
  date="2026-01-26 08:15",
  lang="en",
  body="""Dear Mr Karimi,

Our reference: PA-26-01244 / EWh
Policy: GlobalCare Expat Premium, KV 8815 207 330

Your orthopaedic surgeon at Mediclinic City Hospital, Dubai, has requested pre-authorisation for arthroscopic surgery on your right knee following the MRI of 20 January 2026, which showed a complex tear of the medial meniscus and a partial tear of the anterior cruciate ligament.

We approve:
  Knee arthroscopy with partial meniscectomy, day case     up to AED 28,000
  Anaesthesia and theatre                                   included
  Post-operative physiotherapy, 12 sessions                 up to AED 4,800

The approval is valid for 60 days. The hospital will bill us directly; your deductible of EUR 500 will be charged to you afterwards. Should the surgeon decide during surgery that a cruciate ligament reconstruction is necessary, the hospital must inform us on the same day; we will not refuse cover for that reason.

Get well soon.

Kind regards
""",
  sig="whitfield")

M("C", "de", "insurer-to-customer", "confirmation of a changed direct-debit account in text and HTML (table): named customer, new IBAN, contracts",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Alexander Wirtz <alexander.wirtz@web.example>",
  subj="Ihre neue Bankverbindung ist gespeichert",
  date="2026-04-03 06:20",
  client="system",
  ent="av",
  html=True,
  body="""Sehr geehrter Herr Wirtz,

Ihre neue Bankverbindung haben wir am 02.04.2026 gespeichert. Sie gilt für folgende Verträge:

[[k]]

Neues Konto: Alexander Wirtz, IBAN """ + IB("DE", "500105175406471829") + """, ING
Mandatsreferenzen: unverändert

Die nächste Abbuchung erfolgt am 01.05.2026 von der neuen Bankverbindung.

Ihr Beitragsservice
""",
  tables={"k": ([["Vertrag", "Sparte", "Beitrag", "Zahlweise"],
                 ["KH 712 004 118", "Kfz (AC-AW 88)", "54,20 EUR", "monatlich"],
                 ["HR 558 001 736", "Hausrat", "118,80 EUR", "jährlich"],
                 ["RS 625 118 004", "Rechtsschutz", "27,15 EUR", "monatlich"]], "pad")})

M("C", "de", "insurer-to-authority", "notice to the vehicle registration office that motor cover has ended (§ 25 FZV): named holder, plate, VIN",
  frm="Versicherer Kfz-Betrieb <kfz-meldungen@versicherer.example>", to="Straßenverkehrsamt Kreis Unna – Zulassung <zulassung@kreis-unna.example>",
  subj="Anzeige nach § 25 Abs. 1 FZV – Nichtbestehen des Versicherungsschutzes, UN-MK 448",
  date="2026-05-19 07:10",
  client="system",
  ent="av",
  body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass für das nachstehende Fahrzeug kein Versicherungsschutz in der Kfz-Haftpflichtversicherung mehr besteht:

Halter: Mehmet Kılıç, Bahnhofstraße 102, 59423 Unna
amtliches Kennzeichen: UN-MK 448
Fahrzeug-Identifizierungsnummer: WVWZZZAUZGP091427
Versicherungsschein: KH 703 881 209
Ende des Versicherungsschutzes: 18.05.2026, 24:00 Uhr
Grund: Kündigung durch den Versicherer wegen Nichtzahlung des Folgebeitrags (§ 38 Abs. 3 VVG)

Diese Anzeige wurde zusätzlich über das GDV-Meldeverfahren (eVB-/VWB-Verfahren) elektronisch übermittelt.

Versicherer Allgemeine Versicherung AG
Kfz-Betrieb, Meldestelle
""")

M("C", "en", "insurer-to-company", "company cargo policy with a named contact person (head of insurance, direct phone) as policyholder's representative; grey zone as in dev2",
  frm=ADDR("osei"), to="Henrik Vosswinkel <h.vosswinkel@hanse-logistik.example>",
  subj="Open cargo policy TR 770 220 114 – annual declaration 2026 and premium adjustment",
  date="2026-01-15 10:30",
  lang="en",
  body="""Dear Mr Vosswinkel,

Attn.: Henrik Vosswinkel, Head of Insurance & Claims, Hanse Logistik Verbund GmbH (direct line +49 40 3378 2214)

Thank you for your annual turnover declaration for 2025 under the open cargo policy TR 770 220 114, which you signed on behalf of the company on 9 January.

Declared insured values 2025:
  Road transport within Europe        EUR 412,800,000
  Sea freight Asia – Hamburg          EUR  96,400,000
  Air freight                         EUR  18,150,000

Based on the agreed rates (0.021 %, 0.065 % and 0.040 %), the final premium for 2025 is EUR 156,014.80; the deposit premium was EUR 140,000.00, so an adjustment premium of EUR 16,014.80 plus insurance tax is due. The invoice follows separately.

For 2026 the deposit premium is set at EUR 152,000.00. The war and strikes clauses are renewed unchanged; the Red Sea surcharge remains in force until further notice.

Yours sincerely
""",
  sig="osei")

M("S", "de", "insurer-to-customer", "refusal to raise the care grade from 2 to 3: assessment points per module, diagnoses of the named insured",
  frm=ADDR("yilmaz"), to="Brigitte Wallmann <brigitte.wallmann@t-online.example>",
  subj="Ihr Antrag auf Höherstufung – Pflegepflichtversicherung PV 2203 667 105",
  date="2026-10-21 14:20",
  body="""Sehr geehrte Frau Wallmann,

Ihr Zeichen: Höherstufungsantrag vom 08.09.2026
Unser Zeichen: PPV-26-005233 / Yil

die Gutachterin von MEDICPROOF hat Sie am 06.10.2026 zu Hause besucht. Das Ergebnis:

  Modul 1 Mobilität                        gewichtet  7,5 Punkte
  Modul 2/3 kognitive Fähigkeiten / Verhalten        3,75 Punkte
  Modul 4 Selbstversorgung                           15,0 Punkte
  Modul 5 Umgang mit krankheitsbedingten Anforderungen  10,0 Punkte
  Modul 6 Alltagsleben                                7,5 Punkte
  Summe                                              43,75 Punkte

Für Pflegegrad 3 sind mindestens 47,5 Punkte erforderlich. Es bleibt daher bei Pflegegrad 2. Die Gutachterin hat berücksichtigt, dass sich Ihre Herzinsuffizienz (NYHA III) und die Polyneuropathie seit der letzten Begutachtung verschlechtert haben, insbesondere beim Treppensteigen und bei der Körperpflege.

Sie können innerhalb eines Monats Widerspruch einlegen; das vollständige Gutachten senden wir Ihnen gern zu. Die Gutachterin empfiehlt außerdem einen Badewannenlift und Haltegriffe – dafür können Sie Zuschüsse für wohnumfeldverbessernde Maßnahmen bis 4.180 EUR beantragen.

Mit freundlichen Grüßen
""",
  sig="yilmaz")

M("N", "de", "internal", "trap: KPI report on claims processing times as XLSX; aggregated per line and month",
  frm=ADDR("lorenz"), to="Bereichsleitungen Leistung <bl-leistung@versicherer.example>",
  subj="Monatsreport Bearbeitungszeiten Leistung – Oktober 2026",
  date="2026-11-04 08:05",
  body="""Hallo zusammen,

anbei der Monatsreport Oktober. Kurz zusammengefasst:

- KV ambulant: 2,1 Arbeitstage im Median (Ziel 3), Dunkelverarbeitung 64 %
- KV stationär: 6,8 Tage, leicht über Ziel wegen Rückfragen bei Wahlleistungsrechnungen
- BU-Erstprüfung: 94 Tage bis Entscheidung (Ziel 90), Engpass Gutachtentermine
- Kfz Haftpflicht: 11 Tage bis Erstregulierung

Beschwerden wegen Bearbeitungsdauer sind gegenüber September um 18 % gesunken.

Viele Grüße
Daniela
""",
  att=[XLSX("Report_Bearbeitungszeiten_2026-10.xlsx", {
      "Übersicht": [
          ["Bereich", "Eingänge", "Erledigt", "Median Tage", "90%-Quantil Tage", "Ziel Tage"],
          ["KV ambulant", 412880, 409112, 2.1, 6.0, 3],
          ["KV stationär", 18204, 17766, 6.8, 19.0, 6],
          ["KV Zahn", 61220, 60904, 2.6, 8.0, 3],
          ["Pflege", 3411, 3380, 9.5, 24.0, 10],
          ["BU Erstprüfung", 288, 251, 94.0, 171.0, 90],
          ["Unfall", 2104, 2011, 12.0, 41.0, 14],
          ["Kfz Haftpflicht", 15880, 15102, 11.0, 36.0, 14],
          ["Sach", 22450, 21998, 8.0, 29.0, 10]]})])

M("C", "de", "insurer-to-customer", "e-bike theft settlement: named customer, frame number, police reference, amount",
  frm=ADDR("demir"), to="Lisa Hammerschmidt <lisa.hammerschmidt@gmx.example>",
  subj="Diebstahl Ihres E-Bikes – Entschädigung, Schaden-Nr. FR-2026-0588130",
  date="2026-06-26 09:40",
  body="""Sehr geehrte Frau Hammerschmidt,

Unser Zeichen: FR-2026-0588130 / Dem
Versicherungsschein: FR 330 118 774 (E-Bike-Versicherung)
Fahrrad: Riese & Müller Charger4, Rahmennummer WAW2218814G
Polizei: Vorgangsnummer 1180034/2026, Polizeiinspektion Freiburg-Nord

Ihr E-Bike wurde am 14.06.2026 zwischen 18:30 und 21:00 Uhr vor dem Kino am Bahnhof gestohlen, obwohl es mit einem Bügelschloss an einem Fahrradständer angeschlossen war. Das abgeschnittene Schloss haben Sie uns mit Foto nachgewiesen.

Da Ihr Rad jünger als zwei Jahre ist, entschädigen wir den Neuwert abzüglich Selbstbeteiligung:

  Kaufpreis laut Rechnung vom 02.04.2025    5.299,00 EUR
  Selbstbeteiligung                          -150,00 EUR
  Entschädigung                             5.149,00 EUR

Sollte das Rad gefunden werden, informieren Sie uns bitte. Der Vertrag endet mit der Entschädigung; für ein neues Rad schließen Sie bitte einen neuen Vertrag ab – wir verzichten dabei auf die Wartezeit.

Mit freundlichen Grüßen
""",
  sig="demir")

M("S", "de", "insurer-to-customer", "speech therapy approval for the named insured's son with speech development disorder (F80.1)",
  frm=ADDR("kroeger"), to="Yvonne Albrecht-Sander <yvonne.as@web.example>",
  subj="Kostenzusage Logopädie für Ihren Sohn Finn",
  date="2026-05-27 10:55",
  body="""Sehr geehrte Frau Albrecht-Sander,

Ihr Zeichen: Verordnung Dr. Mahler vom 18.05.2026
Unser Zeichen: HM-26-01877 / Kr
Versicherungsnummer: KV 4519 002 671 (versicherte Person: Finn Albrecht-Sander)

für die von der Kinderärztin verordnete Sprachtherapie wegen expressiver Sprachentwicklungsstörung (F80.1) sagen wir die Kosten zu:

- 20 Behandlungen Logopädie à 45 Minuten
- Erstattung 100 % bis zum Höchstbetrag Ihres Tarifs (Komfort 100 K: 60 EUR je Behandlung)
- gültig bis 31.12.2026

Die Praxis „Sprachraum Bielefeld" rechnet mit 58 EUR je Behandlung ab; die Kosten werden also voll erstattet. Ein Hörtest (Pädaudiologie), den die Kinderärztin zusätzlich angeregt hat, ist ebenfalls versichert.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("N", "en", "internal", "trap: staff newsletter on clean desk and how to send claims decisions; rules only, fictitious example",
  frm=ADDR("fischer"), to="All staff <alle@versicherer.example>",
  subj="Security corner: five rules for sending claims decisions",
  date="2026-09-03 12:30",
  lang="en",
  body="""Dear colleagues,

This month's security corner is about outgoing claims letters.

1. Let the gateway decide. Since June our mail gateway classifies every outgoing mail. If it holds a mail for the portal, do not try to send it "another way" (private mail, USB stick, fax).
2. Subject lines are public. "Your claim 2026-XXXX" is fine; "Your cancer claim" is not.
3. Check the recipient twice. Autocomplete is the number one cause of misdirected mail: last year 41 of 58 reported incidents were wrong recipients.
4. Attachments: attach the letter, not the whole file. Medical reports go to doctors and the customer only.
5. Clean desk: printed decisions do not stay on the desk overnight; use the locked bins for disposal.

Questions? infosec@versicherer.example

Tim Fischer
Information Security
""")

M("C", "en", "insurer-to-customer", "liability goodwill payment after the named customer's 5-year-old son scratched a neighbour's car; child named, no injury",
  frm=ADDR("oltmanns"), to="Daniel Murphy <daniel.murphy@web.example>",
  subj="Liability claim H-2026-0612447 – damage to your neighbour's car",
  date="2026-07-01 14:09",
  lang="en",
  body="""Dear Mr Murphy,

Our reference: H-2026-0612447 / Olt
Policy: PH 445 330 118 (family personal liability, including cover for damage caused by children not liable in tort)

You told us that your son Liam (5) scratched the driver's door of your neighbour's car with his scooter on 18 June 2026 in the courtyard of Jahnstraße 7, 04107 Leipzig. Nobody was hurt.

Under German law, children under seven are not liable for the damage they cause, and we see no breach of your duty of supervision, as you were present and Liam was playing normally. Strictly speaking, your neighbour therefore has no claim. However, your policy includes the "damage caused by children not liable in tort" extension up to EUR 50,000, which allows us to pay in such cases to preserve good neighbourly relations.

We will therefore pay your neighbour, Mr Uwe Pfannkuch, the paintwork costs of EUR 684.50 according to the estimate from Lackiererei Sachse. No deductible applies.

Kind regards
""",
  sig="oltmanns")

M("N", "de", "insurer-to-supplier", "trap: order for a penetration test of the SecureMail portal; scope and test accounts only",
  frm=ADDR("fischer"), to="Angebotsteam RedLine Security GmbH <angebote@redline-security.example>",
  subj="Beauftragung Penetrationstest SecureMail-Portal (Angebot RS-26-0412)",
  date="2026-04-29 13:35",
  body="""Sehr geehrte Damen und Herren,

wir beauftragen Sie auf Grundlage Ihres Angebots RS-26-0412 mit dem Penetrationstest unseres SecureMail-Portals:

Umfang:
- Web-Anwendung securemail-test.versicherer.example (Registrierung, Login, Passwort-Reset mit Sicherheitsfrage, Postfach, Anhänge, Antworten)
- Sitzungsverwaltung (Timeout 15 Minuten), Sperrung nach drei Fehlversuchen
- Rollen Makleradministrator / Maklernutzer im Vertriebspartnerportal

Zeitraum: 18.05.–29.05.2026, Abschlussbericht bis 12.06.2026
Testkonten: werden Ihnen per Einmal-Passwort über das Portal bereitgestellt; die Testumgebung enthält ausschließlich synthetische Daten („Testkunde 001" bis „Testkunde 250").
Nicht im Umfang: Produktivsysteme, Social Engineering, Denial of Service

Die Vertraulichkeitsvereinbarung liegt unterschrieben vor. Ansprechpartner für Notfälle während des Tests ist unser CSIRT unter +49 221 555-6099.

Mit freundlichen Grüßen
""",
  sig="fischer")

M("S", "de", "insurer-to-customer", "life maturity payment with tax statement: capital gains tax and church tax (religion) of the named customer",
  frm=ADDR("hollmann"), to="Monika Feldhoff <monika.feldhoff@t-online.example>",
  subj="Ablauf Ihrer Lebensversicherung LV-0918-204471 – Auszahlung und Steuerbescheinigung",
  date="2026-12-01 09:15",
  body="""Sehr geehrte Frau Feldhoff,

Unser Zeichen: AB-26-11044 / Hol

Ihre kapitalbildende Lebensversicherung ist heute abgelaufen. Herzlichen Glückwunsch! Wir zahlen Ihnen aus:

  Versicherungssumme                       40.000,00 EUR
  Überschussbeteiligung                    11.208,36 EUR
  Schlussüberschuss und Bewertungsreserven  2.914,10 EUR
  Ablaufleistung brutto                    54.122,46 EUR

Steuerabzug (Vertrag nach 2004 abgeschlossen, Laufzeit 22 Jahre, Auszahlung nach dem 62. Lebensjahr – Halbeinkünfteverfahren):
  Ertrag (Leistung minus Beiträge 38.160,00 EUR)   15.962,46 EUR
  davon steuerpflichtig (50 %)                        7.981,23 EUR
  Kapitalertragsteuer 25 % auf den vollen Ertrag     3.990,62 EUR
  Solidaritätszuschlag                                 219,48 EUR
  Kirchensteuer (röm.-kath., 9 %)                      359,15 EUR
  Auszahlung                                         49.553,21 EUR

Die einbehaltene Steuer wird Ihnen mit der Einkommensteuererklärung teilweise erstattet, weil nur die Hälfte des Ertrags mit Ihrem persönlichen Steuersatz besteuert wird. Die Steuerbescheinigung nach amtlichem Muster erhalten Sie per Post.

Mit freundlichen Grüßen
""",
  sig="hollmann")

M("C", "de", "insurer-to-customer", "partial-cover deer collision settlement: named customer, plate, police confirmation, amount; no injury",
  frm=ADDR("brenner"), to="Matthias Oberländer <m.oberlaender@web.example>",
  subj="Wildschaden vom 12.11.2026 – Abrechnung, K-2026-1113027",
  date="2026-11-30 10:48",
  body="""Sehr geehrter Herr Oberländer,

Unser Zeichen: K-2026-1113027 / Bre
Versicherungsschein: KH 713 225 406, Teilkasko SB 150
Fahrzeug: Dacia Duster, SÖM-MO 17

den Zusammenstoß mit einem Reh auf der K 2348 zwischen Sömmerda und Kölleda am 12.11.2026 gegen 6:40 Uhr hat uns die Wildunfallbescheinigung des Jagdpächters bestätigt. Verletzt wurde zum Glück niemand.

  Reparaturkosten laut Rechnung Autohaus Heller   2.744,18 EUR
  Selbstbeteiligung Teilkasko                     -150,00 EUR
  Auszahlung                                      2.594,18 EUR

Ein Wildschaden in der Teilkasko führt nicht zu einer Rückstufung. Den Betrag überweisen wir auf Wunsch direkt an das Autohaus, sobald Sie uns die Abtretungserklärung senden; andernfalls an Sie.

Mit freundlichen Grüßen
""",
  sig="brenner")

M("N", "de", "insurer-to-partner", "trap: annual meeting letter to the insurance ombudsman with aggregated case statistics; no case",
  frm=ADDR("lorenz"), to="Versicherungsombudsmann e.V. – Geschäftsstelle <geschaeftsstelle@ombudsmann.example>",
  subj="Jahresgespräch 2026 – Versicherer Allgemeine Versicherung AG",
  date="2026-05-08 10:30",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung zum Jahresgespräch am 18.06.2026. Zur Vorbereitung senden wir Ihnen unsere Auswertung der 2025 abgeschlossenen Verfahren:

  Verfahren gesamt                    214
  davon zulässig                      171
  Abhilfe durch uns im Verfahren       58
  Empfehlung/Entscheidung zugunsten Kunde  23
  zugunsten Versicherer                90

Schwerpunkte: Rechtsschutz (Wartezeit, Vorvertraglichkeit), Wohngebäude (Leitungswasser, Frost), Kfz (Kaskoregulierung nach Gutachten). Wir haben 2025 die Textbausteine für Ablehnungen in Rechtsschutz und Wohngebäude überarbeitet; erste Rückmeldungen zeigen weniger Rückfragen.

Gern möchten wir im Gespräch auch die elektronische Übermittlung von Verfahrensakten über unser SecureMail-Portal ansprechen.

Mit freundlichen Grüßen
""",
  sig="lorenz")

M("S", "de", "insurer-to-customer", "travel health: repatriation after a stroke in Turkey, hospital invoice, air ambulance, named insured",
  frm=ADDR("seidel"), to="Ingeborg Hartwig <ingeborg.hartwig@gmx.example>",
  subj="Rücktransport Ihres Mannes aus Antalya – Abrechnung RK-2026-003318",
  date="2026-06-03 16:22",
  body="""Sehr geehrte Frau Hartwig,

Unser Zeichen: RK-2026-003318 / Sei
Versicherungsschein: RK 410 227 118 (Jahres-Reisekrankenversicherung Familie)

zunächst hoffen wir, dass es Ihrem Mann nach der Rückkehr wieder besser geht.

Herr Klaus Hartwig wurde am 11.05.2026 in Antalya mit einem ischämischen Schlaganfall (I63.5) in das Memorial Antalya Hospital eingeliefert und dort bis zum 19.05.2026 stationär behandelt, davon drei Tage auf der Stroke Unit. Am 20.05.2026 wurde er auf ärztlichen Rat mit dem Ambulanzflugzeug nach Düsseldorf in die Neurologie des Evangelischen Krankenhauses gebracht.

Wir haben direkt bezahlt:
  Memorial Antalya Hospital (stationär, Lysetherapie, CT/MRT)   14.802,60 EUR
  Ambulanzflug Antalya–Düsseldorf inkl. ärztlicher Begleitung   28.450,00 EUR
  Ihre Umbuchung des Rückflugs                                    386,00 EUR
  gesamt                                                        43.638,60 EUR

Eine Eigenbeteiligung fällt nicht an. Die weitere Behandlung in Deutschland rechnen Sie bitte über die Krankenversicherung Ihres Mannes ab.

Mit freundlichen Grüßen
""",
  sig="seidel")

M("N", "de", "insurer-to-broker", "trap: notification that new documents are in the electronic broker post; counts only, no customer",
  frm="Versicherer Vermittlerpost <vermittlerpost@versicherer.example>", to="Maklerbüro Sievers & Partner <post@sievers-partner.example>",
  subj="Neue Dokumente in Ihrer elektronischen Vermittlerpost (12)",
  date="2026-08-24 06:00",
  client="system", mailer="Vermittlerpost Service 2.1",
  body="""Guten Tag,

in der elektronischen Vermittlerpost Ihres Unternehmens (Vermittlernummer 08-3390) liegen 12 neue Dokumente:

  Policen / Nachträge            5
  Schadenmitteilungen            3
  Beitragsänderungen             2
  Courtageabrechnung             1
  Sonstiges                      1

Sie können die Dokumente im Maklerportal abrufen oder über Ihr Maklerverwaltungsprogramm (Schnittstelle BiPRO 430) abholen. Dokumente werden nach 90 Tagen automatisch gelöscht.

Diese Benachrichtigung enthält aus Datenschutzgründen keine Kunden- oder Vertragsdaten.

Versicherer-Gruppe · Vertriebspartnerportal
""")

M("C", "de", "insurer-to-customer", "instalment agreement for a buildings premium arrears: named customer, amounts, bank account",
  frm=ADDR("becker"), to="Ralf Steinbrecher <ralf.steinbrecher@freenet.example>",
  subj="Ratenzahlungsvereinbarung – Wohngebäude WG 303 004 817",
  date="2026-04-24 11:34",
  body="""Sehr geehrter Herr Steinbrecher,

Ihr Zeichen: Ihr Anruf vom 22.04.2026
Unser Zeichen: RZ-26-00419 / Bec

wie besprochen bestätigen wir Ihnen die Ratenzahlung für den offenen Jahresbeitrag Ihrer Wohngebäudeversicherung:

  offener Beitrag 01.04.2026–31.03.2027   1.488,60 EUR
  Raten                                   6 x 248,10 EUR
  Fälligkeiten                            jeweils am 5. des Monats, Mai bis Oktober 2026
  Abbuchung von                           """ + IB("DE", "860555920150092841") + """

Gebühren oder Zinsen berechnen wir nicht. Der Versicherungsschutz bleibt in vollem Umfang bestehen, solange die Raten pünktlich eingehen. Wird eine Rate nicht eingelöst, wird der gesamte Restbetrag sofort fällig.

Ab April 2027 können Sie auf Wunsch dauerhaft auf monatliche Zahlweise umstellen (Zuschlag 3 %).

Mit freundlichen Grüßen
""",
  sig="becker")


# ---------------------------------------------------------------- batch 7 (151-175)

M("N", "de", "insurer-to-company", "trap: SEPA mandate confirmation for a company account (GmbH IBAN), addressed to the firm's accounting; no natural person",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Druckerei Albers & Söhne GmbH – Buchhaltung <buchhaltung@albers-druck.example>",
  subj="Bestätigung SEPA-Firmenlastschriftmandat – Betriebshaftpflicht BH 902 118 330",
  date="2026-02-06 06:40",
  client="system",
  ent="av",
  body="""Sehr geehrte Damen und Herren,

wir bestätigen das SEPA-Firmenlastschriftmandat (B2B) vom 03.02.2026.

Zahlungspflichtige: Druckerei Albers & Söhne GmbH, Gewerbering 14, 33332 Gütersloh
IBAN: """ + IB("DE", "478006140021770093") + """
Mandatsreferenz: BH902118330-B2B-01
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Verträge: Betriebshaftpflicht BH 902 118 330, Inhaltsversicherung FI 881 004 512

Bitte legen Sie das Mandat Ihrer Bank vor; Firmenlastschriften werden nur eingelöst, wenn das Mandat bei der Bank hinterlegt ist. Eine Rückgabe nach Belastung ist bei Firmenlastschriften nicht möglich.

Erste Abbuchung: 01.03.2026, Quartalsbeitrag 1.844,52 EUR.

Ihr Beitragsservice
""")

M("S", "de", "insurer-to-customer", "ZIP with accident policy documents: schedule with insured persons and birth dates, and the copy of the health declaration",
  frm=ADDR("albrecht"), to="Thorsten Vogelsang <thorsten.vogelsang@web.example>",
  subj="Ihre Vertragsunterlagen",
  date="2026-02-13 15:48",
  body="""Hallo Herr Vogelsang,

wie gewünscht die Unterlagen noch einmal gesammelt als ZIP-Datei, damit Sie sie an Ihren Steuerberater weitergeben können.

Viele Grüße
Miriam Albrecht
""",
  att=[ZIP("Vertragsunterlagen_U774402118.zip", [
      PDF("Versicherungsschein_U774402118.pdf", [
          ("h", "Versicherungsschein Unfallversicherung U 774 402 118"),
          "Versicherungsnehmer: Thorsten Vogelsang, Kirchplatz 2, 26121 Oldenburg · Beginn 01.02.2026",
          ("t", [["Versicherte Person", "geb.", "Beruf / Gefahrengruppe", "Invalidität", "Progression", "Unfallrente"],
                 ["Thorsten Vogelsang", "21.09.1980", "Dachdecker / B", "150.000 EUR", "500 %", "1.000 EUR"],
                 ["Merle Vogelsang", "04.03.1983", "Erzieherin / A", "100.000 EUR", "350 %", "–"],
                 ["Jonte Vogelsang", "17.10.2015", "Kind", "200.000 EUR", "500 %", "–"]]),
          "Jahresbeitrag: 1.206,40 EUR inkl. VSt."]),
      PDF("Abschrift_Gesundheitsangaben_Antrag.pdf", [
          ("h", "Abschrift Ihrer Angaben im Antrag vom 18.01.2026 (Auszug)"),
          "Frage 1 – Bestehen oder bestanden in den letzten 5 Jahren Krankheiten oder Beschwerden des Bewegungsapparats? – Thorsten Vogelsang: ja, Meniskusoperation links 2022, beschwerdefrei.",
          "Frage 2 – Bezieht eine zu versichernde Person eine Rente wegen Erwerbsminderung oder besteht ein Grad der Behinderung? – nein.",
          "Frage 3 – Diabetes, Epilepsie, Schlaganfall, Herzinfarkt? – Merle Vogelsang: nein. Jonte Vogelsang: Fieberkrampf 2017, seither keine Anfälle.",
          ("small", "Diese Abschrift erhalten Sie nach § 19 Abs. 5 VVG zur Kontrolle Ihrer Angaben.")]),
      TXT("LIESMICH.txt", "Vertragsunterlagen U 774 402 118 – Stand 13.02.2026\nBedingungen AUB 2025 finden Sie unter www.versicherer.example/aub2025\n")])])

M("C", "de", "insurer-to-customer", "household cancellation confirmed because of a move abroad: named customer, new foreign address, refund",
  frm=ADDR("ziegler"), to="Janine Kuypers <janine.kuypers@gmail.example>",
  subj="Ihre Kündigung – Hausrat HR 552 880 417 und Privathaftpflicht PH 441 220 903",
  date="2026-08-03 10:28",
  body="""Sehr geehrte Frau Kuypers,

Ihr Zeichen: Ihre E-Mail vom 27.07.2026
Unser Zeichen: KÜ-26-08811 / Zie

wir bestätigen die Beendigung Ihrer Verträge wegen Ihres Wegzugs in die Niederlande:

  Hausrat HR 552 880 417             Ende 31.08.2026 (Wegfall des Risikos am Versicherungsort Düsseldorf)
  Privathaftpflicht PH 441 220 903   Ende 31.08.2026 (auf Ihren Wunsch, Sonderkündigung wegen Wohnsitzverlegung)

Neue Anschrift: Oudegracht 214 bis, 3511 NV Utrecht, Niederlande

Den nicht verbrauchten Beitrag von zusammen 71,36 EUR überweisen wir auf Ihr Konto bei der Stadtsparkasse Düsseldorf. Bitte beachten Sie: Beim Umzug in die neue Wohnung besteht für den Transport Ihres Hausrats noch Versicherungsschutz bis zum Vertragsende.

Wir wünschen Ihnen einen guten Start in Utrecht.

Mit freundlichen Grüßen
""",
  sig="ziegler")

M("N", "en", "insurer-to-partner", "trap: reply to the auditors on retention of SecureMail audit logs; system facts only",
  frm=ADDR("fischer"), to="IT Audit – Prüfhaus Partners <it-audit@pruefhaus-partners.example>",
  cc=ADDR("meier"),
  subj="RE: ITGC request 2026-17 – audit log retention of the secure mail gateway",
  date="2026-11-18 14:02",
  lang="en",
  body="""Dear colleagues,

Regarding your request 2026-17:

1. Retention: the gateway and portal audit logs (logins, message access, downloads, policy decisions, key changes) are kept for six years in line with section 257 HGB and then deleted automatically. The oldest entries currently date from June 2026, when the system went live.
2. Integrity: entries are hash-chained; a daily job verifies the chain and alerts the security operations centre on any break. No break has been recorded.
3. Access: read access is limited to 6 named roles (security operations, data protection officer, internal audit); every read of the log is itself logged.
4. Content: the log records who, when, which message ID and which decision, not the content of messages.

We can demonstrate an export for a sample user and period on site on 25 November. Please note that such an export is personal data of the user concerned and will be shown, not handed over.

Kind regards
""",
  sig="fischer", sigstyle="short",
  quote=OQ("IT Audit <it-audit@pruefhaus-partners.example>", "Tuesday, 10 November 2026 09:12", "Tim Fischer", "ITGC request 2026-17 – audit log retention of the secure mail gateway",
           "Dear Mr Fischer,\n\nplease describe retention, integrity protection and access control of the audit logs of the secure mail gateway introduced in 2026.\n\nBest regards\nIT Audit team", lang="en"))

M("S", "en", "insurer-to-customer", "IVF treatment cost rejected due to the age limit: named insured, fertility diagnosis, cycles",
  frm=ADDR("kroeger"), to="Laura Benedetti <laura.benedetti@gmail.example>",
  subj="Your request for cost approval – assisted reproduction",
  date="2026-03-24 11:30",
  lang="en",
  body="""Dear Ms Benedetti,

Your reference: treatment plan of Kinderwunschzentrum Heidelberg dated 9 March 2026
Our reference: KW-26-00088 / Kr
Policy: KV 6610 228 905

Thank you for the treatment plan for in-vitro fertilisation with ICSI (three cycles planned) because of tubal factor infertility after your laparoscopy in 2024.

We have to decline the cost approval. Under section 4.9 of your tariff conditions, treatment for assisted reproduction is covered for women up to the age of 40 at the start of the treatment cycle. According to the treatment plan, the first cycle will start in May 2026, after your 41st birthday. We have checked whether an exception applies, e.g. a cycle started before your birthday, but this is not the case.

We know this is a difficult decision for you. Diagnostic tests already carried out (hormone analysis, hysterosalpingography) are covered and will be reimbursed when you send us the invoices. You can ask the PKV ombudsman (www.pkv-ombudsmann.de) to review our decision.

Kind regards
""",
  sig="kroeger")

M("C", "en", "insurer-to-customer", "eVB confirmation for registering a new car: named customer with birth date, eVB number, vehicle",
  frm=ADDR("engel"), to="Sven Andersson <sven.andersson@telia.example>",
  subj="Your eVB number for registration – 9K4M2PX",
  date="2026-03-11 12:12",
  lang="en",
  body="""Dear Mr Andersson,

Here is your electronic insurance confirmation (eVB) for registering your car at the registration office:

  eVB number: 9K4M2PX
  Valid until: 10 September 2026
  Policyholder: Sven Andersson, born 14 February 1987
  Address: Wilhelmstraße 22, 65183 Wiesbaden
  Vehicle: Volvo EX30, VIN YV1ES4RTXR2044187
  Cover: third-party liability and comprehensive (from the day of registration)

Take the eVB number, your passport, your residence registration and the vehicle documents to the Straßenverkehrsbehörde Wiesbaden. Once the car is registered, the registration office informs us and your policy starts automatically. We will send you the policy schedule within a few days.

Kind regards
""",
  sig="engel")

M("N", "de", "newsletter", "trap: notice to all customers about updated privacy information incl. categories of health data; no person",
  frm="Versicherer Datenschutz <datenschutz@versicherer.example>", to="Kundeninformation <kundeninfo@versicherer.example>",
  subj="Aktualisierte Datenschutzhinweise der Versicherer-Gruppe",
  date="2026-05-25 07:00",
  body="""Sehr geehrte Kundin, sehr geehrter Kunde,

wir haben unsere Datenschutzhinweise aktualisiert. Die wichtigsten Änderungen:

- Elektronische Kommunikation: Schreiben mit Gesundheitsdaten (Kranken-, Pflege-, Lebens-, Unfall- und Berufsunfähigkeitsversicherung) senden wir elektronisch nur verschlüsselt oder über unser SecureMail-Portal. Sie können in eine Übermittlung per TLS-verschlüsselter E-Mail ausdrücklich einwilligen.
- Kategorien von Daten: Neu aufgeführt sind Daten aus Wearables und Gesundheits-Apps, soweit Sie uns diese im Rahmen von Bonusprogrammen freiwillig übermitteln.
- Empfänger: Wir haben die Liste unserer Dienstleister (u. a. Druckdienstleister, Gutachter, Assisteure) aktualisiert.
- Speicherdauer: Leistungsakten werden grundsätzlich zehn Jahre nach Abschluss des Leistungsfalls gelöscht, Vertragsdaten zehn Jahre nach Vertragsende.

Die vollständigen Hinweise finden Sie unter www.versicherer.example/datenschutz. Sie müssen nichts tun.

Mit freundlichen Grüßen
Thomas Meier, Datenschutzbeauftragter der Versicherer-Gruppe
""")

M("S", "de", "insurer-to-customer", "request for medical records to check a breach of the pre-contractual duty of disclosure: named insured, undisclosed back treatment",
  frm=ADDR("schulte"), to="Marco Lindner <marco.lindner@gmx.example>",
  subj="Ihre Berufsunfähigkeitsversicherung LV-2811-004275 – Prüfung Ihrer Angaben bei Antragstellung",
  date="2026-07-22 13:40",
  body="""Sehr geehrter Herr Lindner,

Unser Zeichen: AP-26-00198 / Sch (Leistungsfall BU-L-2026-00517)

im Rahmen Ihres Leistungsantrags haben wir die Unterlagen Ihrer Krankenkasse erhalten. Daraus ergibt sich, dass Sie in den fünf Jahren vor Antragstellung (Antrag vom 03.05.2023) mehrfach wegen Rückenbeschwerden behandelt wurden:

- 11/2020 bis 02/2021 orthopädische Behandlung, Diagnose Lumboischialgie (M54.4), 12 Sitzungen Physiotherapie
- 06/2021 Arbeitsunfähigkeit für 19 Tage
- 03/2022 MRT der Lendenwirbelsäule mit Befund Protrusion L4/5

Im Antrag haben Sie die Frage nach Erkrankungen der Wirbelsäule in den letzten fünf Jahren verneint.

Bevor wir über Ihren Leistungsantrag entscheiden, möchten wir Ihnen Gelegenheit geben, sich dazu zu äußern. Bitte teilen Sie uns bis zum 21.08.2026 mit, ob und weshalb Sie diese Behandlungen bei Antragstellung nicht angegeben haben, und senden Sie uns – soweit vorhanden – die Berichte Ihres Orthopäden Dr. Reinecke.

Bitte verstehen Sie dieses Schreiben nicht als Vorwurf. Wir sind gesetzlich verpflichtet, Ihre Angaben zu prüfen, und entscheiden erst nach Ihrer Stellungnahme.

Mit freundlichen Grüßen
""",
  sig="schulte")

M("C", "de", "insurer-to-customer", "liability claim for lost employer keys (lock system replacement): named customer, employer, amounts",
  frm=ADDR("oltmanns"), to="Benjamin Rauch <benjamin.rauch@web.example>",
  subj="Schlüsselverlust – Regulierung, H-2026-0809332",
  date="2026-09-04 09:16",
  body="""Sehr geehrter Herr Rauch,

Unser Zeichen: H-2026-0809332 / Olt
Versicherungsschein: PH 446 117 284 (Privathaftpflicht mit Baustein „Schlüssel beruflich")

Sie haben am 12.08.2026 den Generalschlüssel Ihres Arbeitgebers, der Stadtwerke Bad Kreuznach GmbH, beim Joggen verloren. Ihr Arbeitgeber hat daraufhin die Schließanlage des Verwaltungsgebäudes austauschen lassen und verlangt von Ihnen Ersatz.

Verlust fremder beruflicher Schlüssel ist in Ihrem Vertrag bis 50.000 EUR versichert. Wir regulieren:

  Austausch Schließzylinder (82 Stück) laut Rechnung Sicherheitstechnik Walz   11.480,00 EUR
  neue Schlüssel (240 Stück)                                                     3.120,00 EUR
  abzüglich Selbstbeteiligung                                                     -150,00 EUR
  Zahlung an die Stadtwerke                                                     14.450,00 EUR

Die Kosten für den Objektschutz (Wachdienst) in den beiden Nächten bis zum Austausch können wir nicht übernehmen, weil sie nach Ihrem Vertrag nur bei Schließanlagen von Privatwohnungen mitversichert sind.

Mit freundlichen Grüßen
""",
  sig="oltmanns")

M("N", "de", "internal", "trap: draft template (ODT) for withdrawal letters after breach of disclosure duty, with «placeholders» for legal review",
  frm=ADDR("schreiber"), to=ADDR("schulte"), cc=ADDR("hasselbach"),
  subj="Entwurf Musterschreiben Rücktritt/Anpassung § 19 VVG – bitte Fachprüfung",
  date="2026-08-12 17:20",
  body="""Liebe Marlene,

anbei der überarbeitete Entwurf des Musterschreibens für Rücktritt und Vertragsanpassung nach § 19 VVG. Ich habe die BGH-Rechtsprechung zur Belehrung (gesonderte Mitteilung in Textform) eingearbeitet und die Alternativen „Rücktritt" / „Anpassung mit Ausschluss" / „Anpassung mit Zuschlag" als Wahlbausteine angelegt.

Bitte prüfe vor allem, ob die Beschreibung der nicht angegebenen Umstände («NICHT_ANGEGEBENE_UMSTAENDE») so allgemein bleiben kann oder ob wir eine Anleitung für die Sachbearbeitung brauchen.

Gruß
Carola
""",
  att=[ODT("Muster_Ruecktritt_19VVG_Entwurf_v4.odt", [
      ("h", "Musterschreiben – Rücktritt / Vertragsanpassung nach § 19 VVG (ENTWURF v4)"),
      "«Anrede» «Vorname» «Nachname»\n«Anschrift»",
      "Ihr Vertrag «VSNR» – Verletzung der vorvertraglichen Anzeigepflicht",
      "«Briefanrede»,",
      "bei Abschluss Ihres Vertrags am «ANTRAGSDATUM» haben Sie die Fragen nach «FRAGE_KURZ» verneint. Nach den uns vorliegenden Unterlagen bestanden zu diesem Zeitpunkt jedoch folgende Umstände: «NICHT_ANGEGEBENE_UMSTAENDE».",
      "[Wahlbaustein A – Rücktritt] Hätten wir diese Umstände gekannt, hätten wir den Vertrag nicht abgeschlossen. Wir treten daher vom Vertrag zurück (§ 19 Abs. 2 VVG).",
      "[Wahlbaustein B – Ausschluss] Hätten wir diese Umstände gekannt, hätten wir den Vertrag nur mit folgendem Leistungsausschluss abgeschlossen: «AUSSCHLUSSTEXT». Dieser Ausschluss wird rückwirkend Vertragsbestandteil (§ 19 Abs. 4 VVG).",
      "[Wahlbaustein C – Zuschlag] … mit einem Risikozuschlag von «ZUSCHLAG_PROZENT» %. Erhöht sich der Beitrag dadurch um mehr als 10 %, können Sie den Vertrag innerhalb eines Monats fristlos kündigen (§ 19 Abs. 6 VVG).",
      ("t", [["Feld", "Quelle", "Pflicht"],
             ["«NICHT_ANGEGEBENE_UMSTAENDE»", "Sachbearbeitung (Freitext)", "ja"],
             ["«AUSSCHLUSSTEXT»", "Risikoprüfung (Katalog)", "bei B"],
             ["«ZUSCHLAG_PROZENT»", "Risikoprüfung", "bei C"]])])])

M("S", "de", "insurer-to-customer", "supplementary inpatient tariff settlement for a disc surgery: hospital, diagnosis, chief-physician invoice, daily allowance",
  frm=ADDR("brandt"), to="Heiko Dreesen <heiko.dreesen@t-online.example>",
  subj="Abrechnung stationäre Zusatzversicherung – Ihr Aufenthalt im St. Josef-Hospital",
  date="2026-10-27 12:05",
  body="""Sehr geehrter Herr Dreesen,

Ihr Zeichen: Einreichung vom 15.10.2026
Unser Zeichen: ST-26-0318844 / Bra
Versicherungsnummer: KV 9120 443 018, Tarif StationärPlus (Ergänzung zur gesetzlichen Krankenversicherung)

Sie wurden vom 29.09. bis 04.10.2026 im St. Josef-Hospital Bochum wegen eines Bandscheibenvorfalls L5/S1 mit Fußheberschwäche rechts (M51.1) operiert (mikrochirurgische Nukleotomie). Wir erstatten aus Ihrer Zusatzversicherung:

  Zuschlag Zweibettzimmer, 5 Tage x 68,00 EUR          340,00 EUR
  Chefarztbehandlung Prof. Dr. Brune (GOÄ, 3,5-fach)   2.618,44 EUR
  Anästhesie wahlärztlich                                 612,70 EUR
  Krankenhaustagegeld Ersatz (nicht in Anspruch genommen: keine)   0,00 EUR
  Erstattung gesamt                                     3.571,14 EUR

Die allgemeinen Krankenhausleistungen hat Ihre gesetzliche Krankenkasse getragen. Für die anschließende Rehabilitation leistet Ihr Tarif nicht; bitte wenden Sie sich dafür an die Deutsche Rentenversicherung.

Mit freundlichen Grüßen
""",
  sig="brandt")

M("N", "en", "internal", "trap: calendar invitation to a DPIA workshop on the automated sensitivity check of outgoing e-mail; no personal data",
  frm=ADDR("meier"), to=[ADDR("fischer"), ADDR("raman"), ADDR("kroeger"), ADDR("lorenz")],
  subj="DPIA workshop: automated sensitivity check of outgoing e-mail",
  date="2026-01-19 10:10",
  lang="en",
  body="""Hello all,

As discussed in the steering committee, we need a data protection impact assessment (Art. 35 GDPR) for the automated sensitivity check of outgoing e-mail before the health claims departments go live.

Agenda:
1. Processing description: which parts of a mail are analysed (subject, body, attachments) and what is stored (finding, reason, no content)
2. Risks: wrong classification (too low: health data sent over TLS only; too high: unnecessary portal deposits)
3. Measures: fail-safe default, human override with logging, test corpus
4. Involvement of the works council

Please bring your team's typical outgoing letter types (no real letters, templates only).

Thomas
""",
  att=[ICS("dpia-workshop.ics", "dpia-mailcheck-2026-01@versicherer.example", "DPIA workshop – sensitivity check outgoing e-mail",
           "20260128T140000", "20260128T163000", ("Thomas Meier", "thomas.meier@versicherer.example"),
           [("Tim Fischer", "tim.fischer@versicherer.example"), ("Priya Raman", "priya.raman@versicherer.example"),
            ("Sabine Kröger", "sabine.kroeger@versicherer.example"), ("Daniela Lorenz", "daniela.lorenz@versicherer.example")],
           location="Teams / Raum 1.105")])

M("C", "de", "insurer-to-customer", "travel cancellation because of job loss (no health content): named customer, employer's termination, amounts",
  frm=ADDR("seidel"), to="Patrick Wöhler <patrick.woehler@gmx.example>",
  subj="Reiserücktritt wegen Arbeitsplatzverlust – RR-2026-004471",
  date="2026-07-17 10:40",
  body="""Sehr geehrter Herr Wöhler,

Ihr Zeichen: Schadenmeldung vom 06.07.2026
Unser Zeichen: RR-2026-004471 / Sei
Versicherungsschein: RR 557 004 218 (Reiserücktritt Jahresvertrag)

Sie haben Ihre Pauschalreise nach Kreta (Abflug 18.08.2026, zwei Personen) storniert, weil Ihnen Ihr Arbeitgeber, die Brenntag Service GmbH, am 30.06.2026 betriebsbedingt zum 31.07.2026 gekündigt hat. Unerwarteter Verlust des Arbeitsplatzes durch betriebsbedingte Kündigung ist ein versichertes Rücktrittsereignis.

  Stornokosten laut Rechnung des Reiseveranstalters (40 %)   1.296,00 EUR
  Selbstbehalt 20 %                                           -259,20 EUR
  Erstattung                                                 1.036,80 EUR

Die Stornokosten Ihrer Partnerin sind ebenfalls versichert, weil sie als mitreisende Person im Vertrag eingeschlossen ist; sie sind im Betrag oben bereits enthalten.

Wir wünschen Ihnen viel Erfolg bei der Suche nach einer neuen Stelle.

Mit freundlichen Grüßen
""",
  sig="seidel")

M("N", "de", "insurer-to-supplier", "trap: complaint to the print provider about a misprinted batch of policy documents; volumes and page order only",
  frm=ADDR("haas"), to="Kundenbetreuung DruckWerk Rhein GmbH <service@druckwerk-rhein.example>",
  subj="Reklamation Los 14/2026 – falsche Seitenreihenfolge Versicherungsscheine Kfz",
  date="2026-11-25 09:50",
  body="""Sehr geehrte Damen und Herren,

im Los 14 der Kfz-Beitragsrechnungen (Produktionstag 19.11.2026) wurden bei 1.212 Sendungen die Seiten 2 und 3 vertauscht kuvertiert. Betroffen ist nach unserer Prüfung ausschließlich die Reihenfolge innerhalb der jeweiligen Sendung; Seiten verschiedener Empfänger wurden nicht vermischt – das zeigen die Barcodes der Kuvertierkontrolle, die Sie uns geschickt haben.

Wir bitten um:
1. eine schriftliche Fehleranalyse bis 02.12.2026,
2. Bestätigung, dass die Kuvertierkontrolle (OMR/Barcode) für alle Lose aktiv war,
3. Gutschrift der Produktionskosten für Los 14 gemäß § 9 des Rahmenvertrags.

Ein Nachdruck ist nicht erforderlich; die Kundinnen und Kunden erhalten keine Korrekturschreiben.

Mit freundlichen Grüßen
""",
  sig="haas")

M("S", "de", "insurer-to-customer", "confirmation that a pension insurance is made paid-up: named customer, contract values and reduced pension",
  frm=ADDR("hollmann"), to="Dennis Kowalewski <dennis.kowalewski@web.example>",
  subj="Beitragsfreistellung Ihrer Rentenversicherung LV-2290-118437",
  date="2026-06-12 14:55",
  body="""Sehr geehrter Herr Kowalewski,

Ihr Zeichen: Ihr Schreiben vom 01.06.2026
Unser Zeichen: BF-26-02214 / Hol

wie gewünscht haben wir Ihre private Rentenversicherung zum 01.07.2026 beitragsfrei gestellt. Ihre neuen Vertragswerte:

  bisheriger Monatsbeitrag                       150,00 EUR
  Beitrag ab 01.07.2026                            0,00 EUR
  Deckungskapital 01.07.2026                   18.402,77 EUR
  garantierte Monatsrente ab 01.08.2052 bisher    612,40 EUR
  garantierte Monatsrente beitragsfrei            198,06 EUR
  Hinterbliebenenschutz (Rentengarantiezeit 10 Jahre) bleibt bestehen

Sie können die Beiträge innerhalb von drei Jahren ohne erneute Gesundheitsprüfung wieder aufnehmen. Die Berufsunfähigkeits-Zusatzversicherung ist mit der Beitragsfreistellung erloschen, weil sie nicht beitragsfrei fortgeführt werden kann; bei Wiederaufnahme innerhalb von sechs Monaten lebt sie ohne Gesundheitsprüfung wieder auf.

Mit freundlichen Grüßen
""",
  sig="hollmann")

M("N", "de", "insurer-to-partner", "trap: answer to a journalist's general questions on health premium increases; figures and explanations, no person",
  frm=ADDR("baumann"), to="Redaktion Wirtschaft, Rheinische Tageszeitung <wirtschaft@rheinische-tz.example>",
  subj="AW: Ihre Anfrage – Beitragserhöhungen in der PKV 2027",
  date="2026-11-13 16:30",
  body="""Sehr geehrte Frau Dr. Lenz,

gern beantworten wir Ihre Fragen:

1. Wie stark steigen die Beiträge 2027? Bei rund 58 % unserer Vollversicherten steigt der Beitrag, im Durchschnitt um 7,8 %. 42 % sind nicht betroffen.
2. Warum? Die Leistungsausgaben sind in mehreren Tarifen stärker gestiegen als kalkuliert, vor allem im Krankenhaus (+9,8 %) und bei Arzneimitteln (+7,1 %). Bei Überschreiten des gesetzlichen Schwellenwerts müssen wir die Beiträge überprüfen.
3. Was können Versicherte tun? Einen Tarifwechsel nach § 204 VVG prüfen, ggf. Selbstbehalt erhöhen; wir beraten kostenlos.
4. Gibt es Einzelfälle mit über 30 % Steigerung? Ja, in wenigen Fällen, meist beim Übergang vom Kinder- in den Erwachsenentarif. Zu einzelnen Versicherten können wir keine Auskunft geben.

Für ein Hintergrundgespräch mit unserem Vorstand Leistung steht Frau Oppermann am 19. oder 20.11. zur Verfügung.

Mit freundlichen Grüßen
""",
  sig="baumann",
  quote=OQ("Dr. Sandra Lenz <s.lenz@rheinische-tz.example>", "Donnerstag, 12. November 2026 18:04", "Baumann, Julia", "Ihre Anfrage – Beitragserhöhungen in der PKV 2027",
           "Sehr geehrte Frau Baumann,\n\nich schreibe über die Beitragserhöhungen 2027. Können Sie mir bis morgen sagen, wie stark Ihre Beiträge steigen, warum, und was Versicherte tun können? Gibt es Fälle mit über 30 %?\n\nBeste Grüße\nSandra Lenz"))

M("C", "en", "insurer-to-customer", "buildings: approval of leak detection costs for a named customer's house; address, claim number",
  frm=ADDR("demir"), to="Hannah O'Connell <hannah.oconnell@eircom.example>",
  subj="Suspected pipe leak at Rosenweg 3 – cost approval WG-2026-1002884",
  date="2026-10-02 10:22",
  lang="en",
  body="""Dear Ms O'Connell,

Our reference: WG-2026-1002884 / Dem
Policy: WG 304 118 226 (buildings insurance, including leak detection)
Insured building: detached house, Rosenweg 3, 82319 Starnberg

Thank you for reporting the damp patch on the ground-floor wall next to the bathroom and the unusually high water bill.

We approve the costs of locating the leak by a specialist (e.g. thermography or tracer gas) up to EUR 2,500, even if it turns out that no insured pipe burst is the cause. Please commission a firm of your choice; if you have none, our partner Leckortung Süd can come within 48 hours (phone 089 4471 2209).

If a burst pipe is found, the repair of the pipe, the opening and closing of walls and floors and the drying are covered under your policy. Please take photos before any work starts and keep the damaged pipe section.

Kind regards
""",
  sig="demir")

M("S", "de", "insurer-to-therapist", "billing query to a physiotherapy practice about a named patient's treatment documentation and diagnosis",
  frm=ADDR("kroeger"), to="Physiotherapie Am Schlossgarten <praxis@physio-schlossgarten.example>",
  subj="Rückfrage zu Ihrer Rechnung Nr. 2026-0918 – Patientin Frau Dagmar Stöcker",
  date="2026-10-16 09:12",
  body="""Sehr geehrte Damen und Herren,

Unser Zeichen: LA-KV-26-0331207 / Kr

unsere Versicherte, Frau Dagmar Stöcker, geb. 23.01.1968, hat uns Ihre Rechnung Nr. 2026-0918 vom 30.09.2026 über 18 Behandlungen eingereicht (Manuelle Therapie, Krankengymnastik am Gerät, Lymphdrainage 60 Minuten). Frau Stöcker hat uns bevollmächtigt, diese Rückfrage direkt an Sie zu richten.

Die ärztliche Verordnung von Dr. Peters nennt als Diagnose ein Lymphödem des rechten Arms nach Mastektomie (I97.2) und verordnet Lymphdrainage 45 Minuten. Berechnet haben Sie Lymphdrainage 60 Minuten. Wir bitten Sie:

1. um Übersendung der Behandlungsdokumentation für die Lymphdrainage,
2. um Mitteilung, ob eine geänderte Verordnung (60 Minuten) vorliegt.

Bis zur Klärung erstatten wir unserer Versicherten die Lymphdrainage auf Basis von 45 Minuten. Bitte antworten Sie über das SecureMail-Portal (Link folgt in einer separaten Nachricht) oder per Post.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("N", "de", "insurer-to-company", "trap: cancellation confirmation of a company legal expenses policy for a GmbH in liquidation; company data only",
  frm=ADDR("ziegler"), to="Kreativagentur Polarstern GmbH i. L. <abwicklung@polarstern-agentur.example>",
  subj="Kündigungsbestätigung Firmen-Rechtsschutz RS 690 114 027",
  date="2026-09-10 11:50",
  body="""Sehr geehrte Damen und Herren,

wir bestätigen die Kündigung des Firmen-Rechtsschutzvertrags RS 690 114 027 der Kreativagentur Polarstern GmbH i. L., Hafenweg 8, 48155 Münster, wegen Liquidation der Gesellschaft.

Vertragsende: 30.09.2026
Beitragsrückerstattung: 412,18 EUR (anteiliger Jahresbeitrag Oktober bis Dezember), Überweisung auf das Geschäftskonto der Gesellschaft

Für Rechtsschutzfälle, die vor dem Vertragsende eingetreten sind, besteht Versicherungsschutz auch nach Vertragsende, wenn sie uns innerhalb von drei Jahren gemeldet werden. Zurzeit ist ein Fall offen (Forderung gegen einen Auftraggeber, RS-2026-0214507); er wird unverändert weiterbearbeitet.

Mit freundlichen Grüßen
""",
  sig="ziegler")

M("C", "de", "insurer-to-customer", "refund of premium after revocation of a household contract: named customer, IBAN, amount",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Luisa Ferreira <luisa.ferreira@gmx.example>",
  subj="Widerruf Ihrer Hausratversicherung – Erstattung",
  date="2026-04-20 06:10",
  client="system",
  ent="av",
  body="""Sehr geehrte Frau Ferreira,

Sie haben Ihre Hausratversicherung HR 559 002 318 am 14.04.2026 fristgerecht widerrufen. Der Vertrag gilt damit als nicht geschlossen.

Den bereits eingezogenen Jahresbeitrag von 96,48 EUR erstatten wir vollständig. Für die Zeit vom 01.04. bis 14.04.2026, in der Versicherungsschutz bestand, behalten wir nach § 9 VVG keinen Beitragsanteil ein, weil wir Sie in der Belehrung nicht auf diese Möglichkeit hingewiesen haben.

Erstattung auf: Luisa Ferreira, """ + IB("DE", "120300001065550277") + """
Ausführung: 22.04.2026

Ihr Beitragsservice
""")

M("S", "en", "insurer-to-customer", "fixed-term acknowledgement of disability benefits after burnout/depression for the named claimant",
  frm=ADDR("stanek"), to="Nicole Hargreaves <nicole.hargreaves@gmail.example>",
  subj="Your disability claim – fixed-term acknowledgement (LV-3102-881406)",
  date="2026-04-28 13:13",
  lang="en",
  body="""Dear Ms Hargreaves,

Our reference: BU-L-2025-01377 / Sta

We have completed the review of your claim. Based on the reports of your psychiatrist, Dr. Feld, and the discharge report from the Oberberg clinic (inpatient treatment from 6 October to 24 November 2025 for a severe depressive episode following burnout, F32.2), you have been unable to work as a project manager for more than 50 % since 1 September 2025.

Your treating doctors expect significant improvement with continued outpatient therapy and a gradual return to work. We therefore acknowledge our obligation to pay for a limited period, as permitted by section 173 (2) of the Insurance Contract Act:

  Monthly disability annuity        EUR 2,200.00
  Premium waiver                    EUR   118.40 per month
  Period                            1 September 2025 – 31 August 2027
  Back payment to 30 April 2026     EUR 17,600.00

Before the end of this period we will review your situation. A fixed-term acknowledgement is binding on us for its duration; we cannot reduce or stop payments before 31 August 2027, even if your health improves earlier.

Kind regards
""",
  sig="stanek")

M("N", "de", "internal", "trap: DPO quarterly statistics on misdirected letters and e-mails; counts by cause, no names",
  frm=ADDR("meier"), to="Datenschutzkoordinatoren <ds-koordinatoren@versicherer.example>",
  subj="Datenschutzvorfälle Q3/2026 – Auswertung Fehlversendungen",
  date="2026-10-09 15:25",
  body="""Liebe Datenschutzkoordinatorinnen und -koordinatoren,

die Auswertung für das dritte Quartal:

  Fehlversendungen gesamt             17   (Q2: 24)
  davon E-Mail an falschen Empfänger    6   (Autovervollständigung 5, Tippfehler 1)
  davon Brief an alte Anschrift         7
  davon falsche Anlage                  3
  davon Fax                             1
  gemeldet an die Aufsichtsbehörde      4
  Benachrichtigung Betroffener          3

Positiv: Seit Einführung der automatischen Einstufung ausgehender E-Mails im Juni gab es keinen Fall mehr, in dem ein Leistungsschreiben mit Gesundheitsdaten unverschlüsselt verschickt wurde. Die 6 E-Mail-Fälle betrafen Sach- und Kfz-Vorgänge.

Bitte besprecht in euren Teams die Einstellung „Autovervollständigung für externe Adressen aus" (Anleitung im Intranet).

Viele Grüße
Thomas
""")

M("N", "en", "newsletter", "trap: English product letter on a dental top-up tariff for expats; GOZ terms and a fictitious example",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Expat customers <expat-info@lists.versicherer.example>",
  subj="Smile abroad: our new dental top-up for expats",
  date="2026-10-20 08:00",
  ent="kv",
  lang="en",
  body="""Hello,

Many of our international customers have asked for better dental cover. From 1 January 2027, GlobalCare Dental is available as an add-on to every GlobalCare health plan.

What it pays:
- 90 % for crowns, bridges, implants and dentures (up to EUR 3,000 per year in the first two years, unlimited from year three)
- 100 % for two professional cleanings per year
- 80 % for orthodontics for children under 18
- worldwide, including the German fee scale for dentists (GOZ) up to 3.5 times

Example (fictitious): Anna, 34, living in Lisbon, needs an implant. Dentist's bill EUR 2,600 – GlobalCare Dental pays EUR 2,340.

Price: from EUR 29.90 per month. No waiting period for accidents; 8 months for dentures.

Apply online at www.versicherer.example/en/dental

Your International Health Services team
""")

M("C", "de", "insurer-to-customer", "legal expenses refusal for lack of prospects of success in a tenancy case, with arbitration option; named customer and landlord",
  frm=ADDR("lindqvist"), to="Gregor Wieland <gregor.wieland@posteo.example>",
  subj="Rechtsschutzfall RS-2026-0908114 – keine Kostenzusage für die Klage",
  date="2026-09-21 15:05",
  body="""Sehr geehrter Herr Wieland,

Ihr Zeichen: Klageentwurf Ihres Rechtsanwalts Herrn Fuhrmann vom 10.09.2026
Unser Zeichen: RS-2026-0908114 / Lin
Versicherungsschein: RS 626 220 731

Sie möchten Ihre Vermieterin, Frau Elke Bartsch, auf Rückzahlung von 2.400 EUR Miete verklagen, weil die Wohnung Hauptstraße 5, 67433 Neustadt an der Weinstraße, nach Ihrer Ansicht 12 % kleiner ist als im Mietvertrag angegeben.

Nach Prüfung des Entwurfs sehen wir keine hinreichende Aussicht auf Erfolg. Eine Mietminderung wegen Flächenabweichung setzt voraus, dass die tatsächliche Fläche mehr als 10 % unter der vereinbarten liegt. Ihr eigenes Aufmaß ergibt 64,8 m² statt 72 m² (Abweichung 10,0 %); dabei sind der Balkon zu einem Viertel und die Dachschräge nicht berücksichtigt. Mit diesen Flächen liegt die Abweichung unter 10 %.

Sie haben das Recht, die Erfolgsaussichten durch ein Schiedsgutachten (Stichentscheid) Ihres Rechtsanwalts prüfen zu lassen; die Kosten dafür tragen wir unabhängig vom Ergebnis. Kommt Ihr Rechtsanwalt zu einem anderen Ergebnis, ist seine Stellungnahme für uns bindend, sofern sie nicht offenbar von der Sach- und Rechtslage abweicht.

Mit freundlichen Grüßen
""",
  sig="lindqvist")

M("S", "de", "insurer-to-customer", "premium reminder for a named customer's life/disability policy with warning that cover lapses",
  frm=ADDR("becker"), to="Cem Aydın <cem.aydin@gmx.example>",
  subj="Zahlungserinnerung – Ihre Risikolebensversicherung mit BU-Zusatz LV-3003-227184",
  date="2026-08-26 07:55",
  body="""Sehr geehrter Herr Aydın,

Unser Zeichen: MA-26-121908 / Bec

der Beitrag für Ihre Risikolebensversicherung mit Berufsunfähigkeits-Zusatzversicherung für August 2026 (64,90 EUR) konnte nicht eingezogen werden; Ihre Bank hat die Lastschrift am 05.08.2026 zurückgegeben.

Bitte überweisen Sie 64,90 EUR zuzüglich 3,50 EUR Rücklastschriftgebühr bis zum 09.09.2026 oder teilen Sie uns eine neue Bankverbindung mit.

Bitte nehmen Sie diese Erinnerung ernst: Bleibt der Beitrag unbezahlt, müssen wir eine Mahnung mit Fristsetzung schicken. Nach Fristablauf entfällt der Versicherungsschutz für Todesfall und Berufsunfähigkeit. Ein neuer Vertrag wäre nur mit erneuter Gesundheitsprüfung möglich – das kann wegen Ihres Alters oder zwischenzeitlicher Erkrankungen deutlich teurer werden.

Wenn Sie vorübergehend nicht zahlen können, rufen Sie uns an: Eine Stundung bis zu sechs Monaten ist möglich, ohne dass der Schutz entfällt.

Mit freundlichen Grüßen
""",
  sig="becker")


# ---------------------------------------------------------------- batch 8 (176-200)

M("N", "de", "insurer-to-partner", "trap: answer to a municipal social welfare office's general question about the basic tariff, with a general PDF information sheet; no individual case",
  frm=ADDR("kaiser"), to="Stadt Gelsenkirchen – Sozialamt, Grundsatzfragen <sozialamt-grundsatz@gelsenkirchen.example>",
  subj="Ihre allgemeine Anfrage zum Basistarif und zur Beitragshalbierung bei Hilfebedürftigkeit",
  date="2026-06-17 11:44",
  body="""Sehr geehrte Damen und Herren,

Ihr Zeichen: 50/2-Gr vom 04.06.2026

gern beantworten wir Ihre allgemeinen Fragen zum Basistarif, damit Sie Ihre Sachbearbeitung informieren können:

1. Beitrag: Der Beitrag im Basistarif darf den Höchstbeitrag der gesetzlichen Krankenversicherung nicht übersteigen (2026: 1.061,90 EUR inkl. Pflege-Pflichtversicherung: 1.258,40 EUR). 
2. Halbierung: Entsteht allein durch die Zahlung des Beitrags Hilfebedürftigkeit im Sinne des SGB II oder SGB XII, halbiert sich der Beitrag (§ 152 Abs. 4 VAG). Dafür benötigen wir eine Bescheinigung Ihres Amtes.
3. Zuschuss: Reicht der halbierte Beitrag weiterhin nicht, beteiligt sich der zuständige Träger im erforderlichen Umfang. Die Zahlung kann direkt an uns erfolgen.
4. Einzelfälle: Zu einzelnen Versicherten geben wir Auskunft nur mit deren schriftlicher Einwilligung oder aufgrund einer gesetzlichen Befugnis; bitte fügen Sie Anfragen zu Einzelfällen die Einwilligung bei und senden Sie sie über unser SecureMail-Portal.

Mit freundlichen Grüßen
""",
  sig="kaiser",
  att=[PDF("Merkblatt_Basistarif_2026.pdf", [
    ("h", "Merkblatt: Der Basistarif in der privaten Krankenversicherung (Stand 2026)"),
    "Der Basistarif ist ein brancheneinheitlicher Tarif, dessen Leistungen denen der gesetzlichen Krankenversicherung vergleichbar sind. Jedes PKV-Unternehmen muss ihn anbieten.",
    ("t", [["Frage", "Antwort"],
           ["Wer kann wechseln?", "u. a. freiwillig GKV-Versicherte, PKV-Versicherte ab 55 Jahren oder mit Rentenbezug, Hilfebedürftige"],
           ["Höchstbeitrag 2026", "1.061,90 EUR (ohne Pflege)"],
           ["Halbierung", "bei Hilfebedürftigkeit nach SGB II/XII durch den Beitrag (§ 152 Abs. 4 VAG)"],
           ["Gesundheitsprüfung", "nein; Risikozuschläge werden nicht erhoben"],
           ["Leistungsausschlüsse", "keine"]]),
    "Nähere Informationen: www.versicherer.example/basistarif",
    ("small", "Versicherer Krankenversicherung a.G. · allgemeines Informationsblatt, keine Einzelfallberatung")],
    title="Merkblatt Basistarif")])

M("S", "de", "insurer-to-customer", "dental treatment plan approval as text and HTML with a table per tooth (bridge, crowns) for the named insured",
  frm=ADDR("wendland"), to="Ute Pohlmann <ute.pohlmann@web.example>",
  subj="Ihr Heil- und Kostenplan – Kostenzusage ZE-26-010284",
  date="2026-12-03 10:30",
  html=True,
  body="""Sehr geehrte Frau Pohlmann,

Ihr Zeichen: Heil- und Kostenplan Zahnarztpraxis Dr. Wessel vom 20.11.2026
Unser Zeichen: ZE-26-010284 / Wen
Versicherungsnummer: KV 7014 558 202, Tarif ZahnPremium 90

für die geplante Versorgung sagen wir Ihnen folgende Erstattung zu:

[[z]]

Die Brücke ersetzt den fehlenden Zahn 46, der im August 2026 wegen einer Längsfraktur entfernt wurde – also während der Vertragslaufzeit. Die Zahnstaffel Ihres Tarifs (Begrenzung in den ersten drei Jahren) ist mit dieser Zusage zu 3.018,60 EUR von 4.500 EUR ausgeschöpft.

Mit freundlichen Grüßen
""",
  tables={"z": ([["Zahn", "Leistung", "geplante Kosten", "Zusage 90 %"],
                 ["45–47", "Brücke, vollkeramisch (Anker 45, 47, Glied 46)", "2.680,00 EUR", "2.412,00 EUR"],
                 ["36", "Teilkrone Keramik", "614,00 EUR", "552,60 EUR"],
                 ["–", "Provisorien", "60,00 EUR", "54,00 EUR"],
                 ["", "Summe", "3.354,00 EUR", "3.018,60 EUR"]], "pad")},
  sig="wendland")

M("C", "de", "insurer-to-third-party", "motor liability: claim of a named third party rejected because our policyholder was not at fault; plates, accident details, no injury",
  frm=ADDR("brenner"), to="Rainer Schlüter <rainer.schlueter@t-online.example>",
  subj="Ihr Schadenersatzanspruch – Unfall vom 04.03.2026, Schaden-Nr. K-2026-0311902",
  date="2026-04-13 14:50",
  body="""Sehr geehrter Herr Schlüter,

Ihr Zeichen: Ihr Schreiben vom 18.03.2026
Unser Zeichen: K-2026-0311902 / Bre

Sie machen gegenüber unserem Versicherungsnehmer Ersatz für den Schaden an Ihrem Fahrzeug SI-RS 1204 geltend, der am 04.03.2026 an der Kreuzung Koblenzer Straße / Hagener Straße in Siegen entstanden ist. Verletzt wurde niemand.

Nach der polizeilichen Unfallaufnahme und den übereinstimmenden Aussagen zweier unbeteiligter Zeugen sind Sie bei Rotlicht in die Kreuzung eingefahren, während unser Versicherungsnehmer (SI-AK 770) bei Grün abbog. Ein Mitverschulden unseres Versicherungsnehmers ist nicht erkennbar; die Betriebsgefahr seines Fahrzeugs tritt hinter Ihren Rotlichtverstoß vollständig zurück.

Wir lehnen Ihre Ansprüche daher ab. Im Gegenzug machen wir die Ansprüche unseres Versicherungsnehmers (Reparatur 3.412,90 EUR) bei Ihrem Kfz-Haftpflichtversicherer geltend. Bitte teilen Sie uns dessen Namen und Ihre Versicherungsnummer mit, falls noch nicht geschehen.

Mit freundlichen Grüßen
""",
  sig="brenner")

M("N", "en", "insurer-to-supplier", "trap: framework agreement with a medical assessment provider: report types and fees; no patient",
  frm=ADDR("krueger"), to="MedExpert Gutachten GmbH – Contracts <contracts@medexpert-gutachten.example>",
  subj="Framework agreement 2027–2029 – medical expert reports (health, disability, accident)",
  date="2026-10-30 12:35",
  lang="en",
  body="""Dear Sir or Madam,

Following the tender, we are pleased to award you the framework agreement for medical expert reports from 1 January 2027. The agreed fees (net, per report):

  Report on file (no examination)                     EUR 380
  Orthopaedic / trauma surgery with examination        EUR 920
  Psychiatric report with examination                  EUR 1,450
  Neurological report with examination                 EUR 1,100
  Care-level assessment at home                        EUR   310
  Supplementary statement                              EUR   180

Service levels: appointment offered within 21 days, report within 14 days of the examination.

Data protection: the insured person's data and medical documents are exchanged exclusively via our secure expert portal. Reports must not be sent by ordinary e-mail. The data processing agreement and the confidentiality undertaking under section 203 of the Criminal Code are attached to the contract, which our legal department will send for signature.

Kind regards
""",
  sig="krueger")

M("S", "de", "insurer-to-customer", "care aid approval (nursing bed, commode) for the named insured with care grade and diagnosis",
  frm=ADDR("yilmaz"), to="Heinz-Dieter Brauckmann <hd.brauckmann@gmx.example>",
  subj="Pflegehilfsmittel für Ihre Frau – Kostenzusage",
  date="2026-02-19 09:48",
  body="""Sehr geehrter Herr Brauckmann,

Ihr Zeichen: Antrag vom 12.02.2026 mit Empfehlung des Pflegedienstes
Unser Zeichen: PHM-26-00612 / Yil
Versicherungsnummer: PV 2204 330 119 (versicherte Person: Roswitha Brauckmann, Pflegegrad 4)

für Ihre Frau übernehmen wir nach dem Sturz und der anschließenden Bettlägerigkeit (Oberschenkelhalsfraktur rechts im Januar, fortgeschrittene Parkinson-Erkrankung) die Kosten für folgende Pflegehilfsmittel:

  Pflegebett mit Seitengittern und Aufrichter (Leihweise über Sanitätshaus Vital)   100 %
  Antidekubitus-Auflage                                                             100 %
  Toilettenstuhl                                                                    100 %
  zum Verbrauch bestimmte Pflegehilfsmittel (Handschuhe, Bettschutzeinlagen)        bis 42 EUR monatlich

Eine Zuzahlung fällt nicht an. Das Sanitätshaus liefert nach Terminabsprache mit Ihnen und rechnet direkt mit uns ab.

Mit freundlichen Grüßen
""",
  sig="yilmaz")

M("C", "de", "insurer-to-customer", "short windscreen settlement in partial cover: named customer, plate, amount",
  frm=ADDR("brenner"), to="Olga Reimer <olga.reimer@mail.example>",
  subj="Glasschaden – Zahlung an Ihre Werkstatt, K-2026-0402273",
  date="2026-04-07 12:02",
  body="""Guten Tag Frau Reimer,

der Steinschlag in der Frontscheibe Ihres Fahrzeugs HB-OR 220 (Versicherungsschein KH 714 002 338, Teilkasko ohne Selbstbeteiligung für Glas) ist reguliert. Wir haben der Firma Carglass Bremen-Nord die Rechnung über 1.184,30 EUR (Scheibentausch einschließlich Kalibrierung der Frontkamera) direkt bezahlt.

Für Sie entstehen keine Kosten, und Ihr Schadenfreiheitsrabatt bleibt unverändert.

Freundliche Grüße
Markus Brenner
Schadenservice Kraftfahrt
""")

M("N", "de", "newsletter", "trap: product newsletter on accident insurance 2027 with the limb table and a fictitious example",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Newsletter Vorsorge <newsletter-vorsorge@lists.versicherer.example>",
  subj="Neu 2027: Mehr Leistung in der Unfallversicherung – die Gliedertaxe steigt",
  date="2026-12-07 08:00",
  body="""Liebe Leserinnen und Leser,

ab 1. Januar 2027 gilt für unsere Unfallversicherung UnfallAktiv eine verbesserte Gliedertaxe. Wer sich beim Unfall dauerhaft verletzt, bekommt mehr Geld:

  Körperteil bei vollständigem Funktionsverlust   bisher   ab 2027
  Arm                                              70 %     75 %
  Hand                                             55 %     65 %
  Daumen                                           20 %     25 %
  Bein über der Mitte des Oberschenkels            70 %     75 %
  Fuß                                              40 %     50 %
  Auge                                             50 %     60 %

Außerdem neu: Leistungen bei Bandscheibenvorfällen, die durch einen Unfall verursacht wurden, auch wenn eine Vorschädigung bestand (Mitwirkung erst ab 50 % angerechnet), und ein Bergungskostenbudget von 25.000 Euro.

Beispiel (fiktiv): Eine Radfahrerin stürzt und behält eine Funktionseinschränkung der Hand von 4/10. Bisher: 22 % Invalidität, ab 2027: 26 %. Bei 100.000 Euro Versicherungssumme sind das 4.000 Euro mehr.

Bestehende Verträge stellen wir automatisch und ohne Mehrbeitrag um.

Ihr Versicherer-Team
""",
  ent="av")

M("N", "de", "internal", "trap: training copy of a policy schedule with clearly fictitious data (Beispiel, Musterstraße) as PDF",
  frm=ADDR("falk"), to="Agenturausbildung <agenturausbildung@versicherer.example>",
  subj="Schulungsunterlage: Musterversicherungsschein Kranken zum Erklären im Kundengespräch",
  date="2026-03-17 13:25",
  body="""Hallo zusammen,

für die Grundausbildung der neuen Agenturmitarbeitenden habe ich einen Musterversicherungsschein Kranken erstellt, an dem wir Aufbau und Begriffe erklären (Tarifkürzel, Selbstbehalt, Risikozuschlag, Beitragsanteile). Alle Daten sind frei erfunden; bitte in Schulungen nur diesen Muster verwenden, nie echte Kundenunterlagen.

Gruß
Bernd Falk
""",
  att=[PDF("Schulung_Muster-Versicherungsschein_KV.pdf", [
      ("h", "MUSTER – Versicherungsschein Krankenversicherung (Schulungsunterlage)"),
      "Versicherungsnehmer: Max Beispiel, Musterstraße 1, 12345 Musterstadt (fiktive Person)",
      ("t", [["Versicherte Person", "geb.", "Tarif", "Beitrag"],
             ["Max Beispiel", "01.01.1980", "Komfort 100 (SB 600)", "xxx,xx EUR"],
             ["Maria Beispiel", "01.01.1982", "Komfort 100 (SB 600)", "xxx,xx EUR"]]),
      ("h", "Erläuterungen für die Schulung", 2),
      "SB = Selbstbehalt je Kalenderjahr. PVN = Pflegepflichtversicherung. Risikozuschlag: Aufschlag auf den Beitrag bei erhöhtem Risiko; steht immer unter „Besondere Vereinbarungen“. Beispieltext: „Für die versicherte Person … wird wegen … ein Risikozuschlag von … % erhoben.“",
      ("small", "Nur für Schulungszwecke. Keine echten Kundendaten. Stand 03/2026.")],
      title="Muster-Versicherungsschein")])

M("C", "en", "insurer-to-customer", "returned direct debit notice for a named customer's household policy; masked IBAN, amount, fees",
  frm="Versicherer Premium Service <beitragsservice@versicherer.example>", to="Kofi Mensah <kofi.mensah@gmail.example>",
  subj="Returned direct debit – household insurance HR 560 118 229",
  date="2026-03-09 06:35",
  client="system",
  ent="av",
  lang="en",
  body="""Dear Mr Mensah,

Your bank has returned the direct debit for your household contents insurance:

  Policy: HR 560 118 229
  Amount: EUR 124.56 (annual premium 2026/27)
  Debit date: 2 March 2026
  Account: DE** **** **** **** **47 11
  Reason given by the bank: account closed

Please pay EUR 124.56 plus the bank charge of EUR 3.50 by 23 March 2026 to IBAN DE12 3704 0044 0532 0130 00, reference HR560118229, or give us a new direct debit mandate in the customer portal.

If you have already paid, please ignore this message.

Your Premium Service
Versicherer Allgemeine Versicherung AG
""")

M("S", "de", "insurer-to-customer", "approval of inpatient rehabilitation after cancer surgery for the named insured; clinic, duration, diagnosis",
  frm=ADDR("brandt"), to="Sigrid Vollmer <sigrid.vollmer@t-online.example>",
  subj="Kostenzusage Anschlussheilbehandlung – Klinik Bad Oexen",
  date="2026-07-06 15:10",
  body="""Sehr geehrte Frau Vollmer,

Ihr Zeichen: Antrag des Sozialdienstes der Universitätsklinik Münster vom 30.06.2026
Unser Zeichen: RE-26-00841 / Bra
Versicherungsnummer: KV 2290 117 640, Tarif Komfort 100

nach Ihrer Operation wegen eines Kolonkarzinoms (Hemikolektomie rechts am 22.06.2026) übernehmen wir die Kosten der onkologischen Anschlussheilbehandlung in der Klinik Bad Oexen:

  Aufnahme: 08.07.2026
  Dauer: 21 Tage, Verlängerung auf ärztliche Begründung möglich
  Leistung: 100 % des Pflegesatzes (Einbettzimmer laut Tarif), ärztliche Leistungen, Therapien
  Fahrtkosten: Krankentransport vom Klinikum zur Reha-Klinik

Die Klinik rechnet direkt mit uns ab. Eine Eigenbeteiligung fällt nicht an. Die begleitende Chemotherapie nach der Reha wird wie bisher über die Leistungsabrechnung erstattet; eine gesonderte Zusage ist nicht nötig.

Wir wünschen Ihnen eine gute Erholung.

Mit freundlichen Grüßen
""",
  sig="brandt")

M("N", "de", "insurer-to-partner", "trap: cover letter with the management representation letter (PDF) to the auditors; litigation only as aggregates, company matters only",
  frm=ADDR("morgan"), to="Prüfhaus Partners – Prüfungsleitung Versicherer <pruefungsleitung@pruefhaus-partners.example>",
  subj="Vollständigkeitserklärung Jahresabschluss 2026 – Versicherer Krankenversicherung a.G.",
  date="2026-12-22 17:40",
  body="""Sehr geehrte Damen und Herren,

anbei übersenden wir die vom Vorstand unterzeichnete Vollständigkeitserklärung zum Jahresabschluss und Lagebericht 2026 der Versicherer Krankenversicherung a.G. Das Original geht Ihnen per Kurier zu.

Ergänzend weisen wir auf die Anlage 3 hin: Die dort aufgeführten Rechtsstreitigkeiten sind nach Sparte und Streitwert zusammengefasst; Angaben zu einzelnen Versicherten enthält die Aufstellung nicht. Die Einzelakten können Sie im Rahmen der Prüfung vor Ort einsehen.

Die Rückstellung für noch nicht abgewickelte Versicherungsfälle wurde nach den mit Ihnen abgestimmten Verfahren ermittelt; die aktuarielle Stellungnahme des Verantwortlichen Aktuars liegt seit 18.12. im Datenraum.

Mit freundlichen Grüßen
""",
  sig="morgan",
  att=[PDF("Vollstaendigkeitserklaerung_JA2026_KV.pdf", [
    ("h", "Vollständigkeitserklärung zum Jahresabschluss 31.12.2026"),
    "Versicherer Krankenversicherung a.G., Köln, gegenüber Prüfhaus Partners Wirtschaftsprüfungsgesellschaft",
    "1. Wir haben Ihnen alle für die Prüfung erforderlichen Aufklärungen und Nachweise vollständig erteilt.",
    "2. In der Buchführung und im Jahresabschluss sind alle bilanzierungspflichtigen Vermögensgegenstände, Verpflichtungen, Wagnisse und Abgrenzungen berücksichtigt.",
    "3. Rechtsstreitigkeiten (Anlage 3): Passivprozesse Leistung 312 (Streitwert gesamt 14,8 Mio. EUR), Aktivprozesse Regress 41 (2,1 Mio. EUR); keine Einzelrisiken über 500.000 EUR.",
    "4. Ereignisse nach dem Abschlussstichtag mit wesentlicher Bedeutung sind nicht eingetreten.",
    "Köln, 22.12.2026 – Der Vorstand: Dr. Helmut Sander, Birgit Oppermann, Carsten Wulf",
    ("small", "Anlagen 1–4 im Datenraum")],
    title="Vollständigkeitserklärung 2026")])

M("C", "de", "insurer-to-customer", "buildings endorsement PDF for a photovoltaic system: named owners, insured address, sums, premium",
  frm=ADDR("ziegler"), to="Tanja und Oliver Meinhardt <meinhardt.familie@web.example>",
  subj="Nachtrag zu Ihrer Wohngebäudeversicherung – Photovoltaikanlage",
  date="2026-05-29 11:55",
  body="""Sehr geehrte Frau Meinhardt, sehr geehrter Herr Meinhardt,

Ihre neue Photovoltaikanlage ist ab sofort mitversichert. Den Nachtrag finden Sie im Anhang.

Mit freundlichen Grüßen
""",
  sig="ziegler", sigstyle="short",
  att=[PDF("Nachtrag_02_WG305220418.pdf", [
      ("h", "Nachtrag Nr. 2 zum Versicherungsschein WG 305 220 418"),
      "Versicherungsnehmer: Tanja Meinhardt und Oliver Meinhardt, Am Kirschberg 11, 97218 Gerbrunn",
      "Versichertes Gebäude: Einfamilienhaus, Baujahr 2011, Am Kirschberg 11, 97218 Gerbrunn",
      ("t", [["Änderung ab 01.06.2026", "Inhalt"],
             ["Photovoltaikanlage", "11,2 kWp auf dem Hauptdach, Batteriespeicher 10 kWh im Keller, Neuwert 21.400 EUR"],
             ["versicherte Gefahren", "Feuer, Leitungswasser, Sturm/Hagel, Elementar; zusätzlich Elektronikdeckung (Bedienungsfehler, Überspannung, Diebstahl)"],
             ["Ertragsausfall", "bis 6 Monate, pauschal 2,50 EUR je kWp und Tag"],
             ["Mehrbeitrag", "89,25 EUR jährlich inkl. VSt."]]),
      "Voraussetzung: Installation durch einen Fachbetrieb (Rechnung Solartechnik Main GmbH vom 19.05.2026 liegt vor).",
      ("small", "Versicherer Allgemeine Versicherung AG · Amtsgericht Köln HRB 4713")],
      title="Nachtrag 2 WG 305 220 418")])

M("N", "de", "insurer-to-company", "trap: fleet policy renewal confirmation to a company mailbox; vehicle counts and premium, no driver or contact person",
  frm=ADDR("engel"), to="Pflegedienst Lebensfreude gGmbH – Verwaltung <verwaltung@pflegedienst-lebensfreude.example>",
  subj="Verlängerung Kfz-Flottenvertrag KF 880 004 117 zum 01.01.2027",
  date="2026-11-16 10:15",
  body="""Sehr geehrte Damen und Herren,

wir verlängern Ihren Kfz-Flottenvertrag KF 880 004 117 zum 01.01.2027 zu folgenden Bedingungen:

  Fahrzeuge im Bestand                       46 (davon 41 Kleinwagen für die ambulante Pflege, 5 Transporter)
  Haftpflicht                                100 Mio. EUR pauschal, 15 Mio. EUR je geschädigte Person
  Vollkasko                                  SB 500 EUR, Teilkasko SB 150 EUR
  Schadenquote 2024–2026                     58,4 %
  Stückprämie 2027                           812,00 EUR (2026: 790,00 EUR)
  Jahresbeitrag 2027                         37.352,00 EUR zzgl. VSt.

Neu ab 2027: Fahrerassistenzpaket-Nachlass von 4 % für Fahrzeuge mit Notbremsassistent; die Fahrzeugliste mit FIN pflegen Sie bitte wie bisher im Firmenkundenportal.

Mit freundlichen Grüßen
""",
  sig="engel")

M("S", "en", "insurer-to-customer", "travel health reimbursement for doctor and pharmacy bills in the USA (acute bronchitis) for the named insured",
  frm=ADDR("seidel"), to="Felix Auerbach <felix.auerbach@gmx.example>",
  subj="Your travel health claim RK-2026-005702 – reimbursement",
  date="2026-09-08 09:05",
  lang="en",
  body="""Dear Mr Auerbach,

Our reference: RK-2026-005702 / Sei
Policy: RK 411 880 207 (annual travel health insurance)

Thank you for the invoices from your trip to Boston. You saw a doctor at the MinuteClinic on 17 August 2026 with a fever and cough; the doctor diagnosed acute bronchitis and prescribed an antibiotic (azithromycin) and an inhaler (albuterol). We reimburse:

  Medical consultation, chest X-ray       USD 389.00 = EUR 356.10
  Pharmacy (CVS), two prescriptions       USD  96.40 = EUR  88.25
  Taxi to and from the clinic             not covered
  Total reimbursed                                      EUR 444.35

The exchange rate is that of the day of treatment (1 EUR = 1.0924 USD). The amount will be transferred to your account within five working days.

Get well soon.

Kind regards
""",
  sig="seidel")

M("C", "de", "insurer-to-customer", "legal expenses cost statement after an employment-court settlement with severance amount (income) of the named customer",
  frm=ADDR("lindqvist"), to="Tatjana Reimann <t.reimann@icloud.example>",
  subj="Abschluss Ihres Rechtsschutzfalls RS-2026-0441902 – Kostenabrechnung",
  date="2026-06-30 13:55",
  body="""Sehr geehrte Frau Reimann,

Unser Zeichen: RS-2026-0441902 / Lin

Ihr Kündigungsschutzverfahren gegen die Hallmann Logistik GmbH vor dem Arbeitsgericht Dortmund (Az. 4 Ca 611/26) ist durch den Vergleich vom 11.06.2026 beendet: Das Arbeitsverhältnis endet zum 31.07.2026 gegen Zahlung einer Abfindung von 18.600 EUR brutto; die Gehälter bis zum Beendigungstermin (monatlich 4.150 EUR brutto) werden gezahlt.

Wir haben die Kosten wie folgt übernommen:

  Vergütung Rechtsanwältin Yıldız (Verfahrens-, Termins-, Einigungsgebühr)   2.866,27 EUR
  Gerichtskosten                                                                0,00 EUR (Vergleich)
  abzüglich Ihrer Selbstbeteiligung                                          -250,00 EUR
  von uns gezahlt                                                            2.616,27 EUR

Die Selbstbeteiligung hat Ihre Rechtsanwältin direkt mit Ihnen abgerechnet. Der Fall ist damit abgeschlossen; der Vertrag wird dadurch nicht gekündigt.

Mit freundlichen Grüßen
""",
  sig="lindqvist")

M("N", "de", "internal", "trap: operations note about a delayed overnight print run of annual statements; document counts only",
  frm=ADDR("haas"), to=["Vertragsservice Leben <vs-leben@versicherer.example>", ADDR("hoffmann")],
  subj="Störung Nachtlauf 11.02. – Jahresmitteilungen Leben verzögert",
  date="2026-02-11 07:48",
  importance="high",
  body="""Guten Morgen,

im Nachtlauf der Druckstrecke ist die Erzeugung der Jahresmitteilungen Leben um 02:14 Uhr abgebrochen (Speicherfehler im Formatierungsserver). Betroffen:

- 3.412 Jahresmitteilungen (Los 7), davon 1.018 für elektronischen Versand
- keine anderen Dokumentarten
- keine Fehlzuordnung: Die bereits erzeugten Dokumente wurden geprüft, der Abbruch erfolgte zwischen zwei Dokumenten

Der Lauf wird heute um 12:00 Uhr neu gestartet; Versand elektronisch heute Abend, Papier morgen. Die gesetzliche Frist ist nicht gefährdet. Kundenanfragen zu „Wo bleibt meine Mitteilung?" bitte mit Hinweis auf wenige Tage Verzögerung beantworten.

Gruß
Elif
""")

M("S", "de", "insurer-to-customer", "advance approval of a biologic drug for Crohn's disease for the named insured: drug, dose, costs",
  frm=ADDR("kroeger"), to="Philipp Neuhaus <philipp.neuhaus@gmx.example>",
  subj="Vorabzusage Arzneimittel – Ihre Anfrage vom 23.01.2026",
  date="2026-01-28 10:35",
  body="""Sehr geehrter Herr Neuhaus,

Ihr Zeichen: Anfrage vom 23.01.2026 mit Arztbrief Dr. Celik (Gastroenterologie)
Unser Zeichen: AM-26-00117 / Kr
Versicherungsnummer: KV 3802 615 990

Ihr Gastroenterologe möchte Ihren Morbus Crohn (K50.0) wegen unzureichenden Ansprechens auf Azathioprin auf Adalimumab (Biosimilar, 40 mg alle zwei Wochen, subkutan) umstellen. Die Therapie ist medizinisch notwendig und leitliniengerecht. Wir sagen Ihnen die Erstattung für zunächst 12 Monate zu:

  Adalimumab-Biosimilar 40 mg, 6 Fertigspritzen je Quartal   ca. 2.950 EUR je Quartal
  Erstattung laut Tarif                                        100 %

Bitte lösen Sie die Rezepte bei einer Apotheke Ihrer Wahl ein; die Apotheke kann direkt mit uns abrechnen (Direktabrechnung Arzneimittel), dann müssen Sie nicht in Vorleistung gehen. Bei Verwendung des Originalpräparats statt eines Biosimilars erstatten wir ebenfalls, bitten aber um kurze ärztliche Begründung.

Mit freundlichen Grüßen
""",
  sig="kroeger")

M("N", "en", "internal", "trap: internal note on a new reinsurance bordereau format; field list without personal data",
  frm=ADDR("stone"), to=[ADDR("okafor"), ADDR("raman")],
  subj="New bordereau format for Atlas Re from Q1 2027",
  date="2026-12-10 11:20",
  lang="en",
  body="""Hi Chidi, hi Priya,

Atlas Re has accepted our proposal for the quarterly claims bordereau from Q1 2027. Fields:

  claim_id (pseudonymised), treaty, underwriting_year, line, age_band (5-year), sex, icd_chapter, date_of_loss (month only), paid_to_date, reserve, status

Dropped compared with today: policy number, date of birth, full ICD code, postcode. For facultative cases above EUR 4,000 monthly annuity, Atlas Re can request the file through the secure data room; that exchange is logged.

Priya, could your team adapt the extract job by 15 February? Chidi, please check that the age bands still allow the experience analysis you need.

Thanks
Rebecca
""")

M("C", "de", "insurer-to-broker", "confirmation to the broker of a customer's household claim report: customer name, address, claim number, damage",
  frm=ADDR("demir"), to="Versicherungsbüro Albrecht Kühn e.K. <kuehn@vb-kuehn.example>",
  subj="Schadenmeldung Ihres Kunden Dietmar Sauer – S-2026-0922817",
  date="2026-09-23 16:18",
  body="""Sehr geehrter Herr Kühn,

vielen Dank für die Schadenmeldung vom 22.09.2026. Wir haben den Schaden angelegt:

  Kunde: Dietmar Sauer, Keplerstraße 9, 70174 Stuttgart
  Vertrag: Hausrat HR 552 771 904
  Schaden-Nr.: S-2026-0922817
  Schadentag: 20.09.2026
  Schadenart: Leitungswasser (Geschirrspüler-Zulauf), Schäden an Küchenunterschrank und Parkett im Flur

Das Parkett ist als Gebäudebestandteil über die Wohngebäudeversicherung des Vermieters zu regulieren; bitte informieren Sie Ihren Kunden, dass er den Schaden auch dem Vermieter meldet. Für die Hausratschäden benötigen wir Fotos und die Rechnung der Küche (Kaufjahr). Ein Gutachter ist nicht erforderlich.

Mit freundlichen Grüßen
""",
  sig="demir")

M("N", "de", "insurer-to-supplier", "trap: order for envelopes with the imprint 'Vertraulich – Leistungsabteilung'; stationery only",
  frm=ADDR("krueger"), to="Kuvert-Center Niederrhein GmbH <bestellung@kuvert-niederrhein.example>",
  subj="Bestellung 4500121907 – Versandtaschen C4 mit Aufdruck",
  date="2026-05-05 09:25",
  body="""Sehr geehrte Damen und Herren,

wir bestellen gemäß Ihrem Angebot vom 28.04.2026:

  Pos. 1   30.000 Versandtaschen C4, Fenster links, haftklebend, 120 g/m², Innendruck blau
           Aufdruck vorne oben rechts: „Vertraulich – nur vom Empfänger zu öffnen“
           Absender: Versicherer Krankenversicherung a.G., Leistungsabteilung, Postfach 10 12 12, 50452 Köln
  Pos. 2   10.000 Rückumschläge C5/6, Aufdruck „Arztberichte – Antwort“, Empfänger wie oben

Lieferung bis 29.05.2026 an Poststelle, Rampe 2. Bitte vorab einen Korrekturabzug als PDF an mich.

Mit freundlichen Grüßen
""",
  sig="krueger")

M("S", "de", "insurer-to-customer", "accident transitional benefit paid after prolonged incapacity: named insured, injuries, degree of impairment",
  frm=ADDR("albrecht"), to="Nadja Steffens <nadja.steffens@posteo.example>",
  subj="Übergangsleistung aus Ihrer Unfallversicherung U 771 660 215",
  date="2026-03-12 14:25",
  body="""Sehr geehrte Frau Steffens,

Unser Zeichen: UL-2025-01611 / Alb

seit Ihrem Reitunfall am 03.09.2025 (Sturz mit Beckenringfraktur und Fraktur des 12. Brustwirbelkörpers, operativ stabilisiert) sind Sie nach den Berichten der BG Klinik Ludwigshafen und Ihres Hausarztes ununterbrochen zu mehr als 50 % in Ihrer körperlichen Leistungsfähigkeit beeinträchtigt. Die Beeinträchtigung besteht damit länger als sechs Monate.

Ihr Vertrag sieht für diesen Fall eine Übergangsleistung vor:

  Übergangsleistung laut Vertrag   10.000,00 EUR
  Auszahlung                       10.000,00 EUR

Die Übergangsleistung wird auf die spätere Invaliditätsleistung nicht angerechnet. Über die Invalidität entscheiden wir, sobald der Dauerzustand feststeht, spätestens nach dem Gutachten, das wir für Herbst 2026 vorgesehen haben.

Wir wünschen Ihnen weiterhin gute Fortschritte.

Mit freundlichen Grüßen
""",
  sig="albrecht")

M("C", "en", "insurer-to-customer", "pet insurance rejection of a cat's dental treatment as pre-existing; named owner, policy, vet invoice (animal health → CONFIDENTIAL)",
  frm=ADDR("wagner"), to="Charlotte Beaumont <charlotte.beaumont@free.example>",
  subj="Your claim for Minou – dental treatment (TK 901 204 557)",
  date="2026-08-14 10:44",
  lang="en",
  body="""Dear Ms Beaumont,

Our reference: TK-L-26-022918 / Wag
Policy: TK 901 204 557, tariff PetCare Plus, insured animal: Minou, European Shorthair, female, born 2019

Thank you for sending the invoice of Tierarztpraxis Dr. Kessler dated 30 July 2026 for Minou's dental treatment under anaesthesia (extraction of three teeth because of feline odontoclastic resorptive lesions, total EUR 612.40).

Unfortunately we cannot reimburse this invoice. The vet's records, which you kindly sent us, show that the resorptive lesions were first noted at the annual check-up on 12 January 2026, before your policy started on 1 March 2026. Conditions that were known before the start of the policy are excluded under section 3.2 of the terms.

Future dental treatment that is not related to these lesions is covered, as is the preventive care budget of EUR 80 per year for the annual check-up and vaccinations.

Kind regards
""",
  sig="wagner")

M("N", "de", "insurer-to-external", "trap: automatic answer to a certificate request with the insurer address's public certificate; no personal data",
  frm="Zertifikatsdienst Versicherer <zertifikat@versicherer.example>", to="info@kanzlei-hagedorn.example",
  subj="Re: [ZERTIFIKAT] – Zertifikat für leistung-kv@versicherer.example",
  date="2026-07-30 10:02",
  client="system", mailer="Certificate Responder 1.4",
  body="""Guten Tag,

Sie haben das Zertifikat der Adresse leistung-kv@versicherer.example angefordert. Es ist dieser E-Mail als Datei beigefügt; außerdem ist diese E-Mail damit signiert.

Zertifikatsinhaber: leistung-kv@versicherer.example (Domänenzertifikat versicherer.example)
Aussteller: Versicherer Issuing CA 2025
Gültig bis: 14.03.2028
SHA-256-Fingerabdruck: 4F:1A:9C:33:B0:72:DE:55:10:8E:6B:C4:21:F7:0D:9A:3E:58:CC:12:77:B1:05:E9:6A:2D:40:F3:88:1C:B7:64

Importieren Sie das Zertifikat in Ihr E-Mail-Programm, um verschlüsselte Nachrichten an diese Adresse zu senden. Diese Anfrage wurde automatisch beantwortet und nicht an die Mitarbeitenden weitergeleitet.

Versicherer-Gruppe · Zertifikatsdienst
""",
  att=[TXT("leistung-kv_versicherer.example.pem", """-----BEGIN CERTIFICATE-----
MIIC9zCCAd+gAwIBAgIUWm3pT1rVZbq7m0bJ3a4xU7oTq2EwDQYJKoZIhvcNAQEL
BQAwLDEqMCgGA1UEAwwhVmVyc2ljaGVyZXIgSXNzdWluZyBDQSAyMDI1IChkZW1v
KTAeFw0yNjAzMTQwMDAwMDBaFw0yODAzMTQwMDAwMDBaMCgxJjAkBgNVBAMMHWxl
aXN0dW5nLWt2QHZlcnNpY2hlcmVyLmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUA
A4IBDwAwggEKAoIBAQDEmo3Xw1c2l5b9Zf8Jq0rT4y7Kp2Nn6aH0vC3sQ1uE8wR5
-----END CERTIFICATE-----
""", sub="plain")])

M("C", "de", "insurer-to-customer", "confirmation that arrears are settled after a dunning procedure: named customer, contracts, amounts received",
  frm=ADDR("becker"), to="Marvin Schoppe <marvin.schoppe@gmx.example>",
  subj="Ihr Beitragskonto ist ausgeglichen – Mahnverfahren beendet",
  date="2026-10-22 10:08",
  body="""Sehr geehrter Herr Schoppe,

Unser Zeichen: MA-26-088117 / Bec

Ihre Zahlung vom 19.10.2026 über 387,44 EUR ist bei uns eingegangen. Damit sind alle offenen Beiträge ausgeglichen:

  Privathaftpflicht PH 447 002 981   Jahresbeitrag 2026        72,90 EUR   bezahlt
  Hausrat HR 561 330 118             Jahresbeitrag 2026       109,54 EUR   bezahlt
  Kfz KH 715 118 402 (HH-MS 808)     Beiträge Juli–Oktober    195,00 EUR   bezahlt
  Mahnkosten                                                    10,00 EUR   bezahlt

Das Mahnverfahren ist beendet, der Versicherungsschutz besteht in allen Verträgen uneingeschränkt. Die Meldung an das Inkassounternehmen haben wir zurückgenommen; es entstehen Ihnen keine weiteren Kosten.

Damit es nicht wieder zu Rückständen kommt, können Sie uns gern ein SEPA-Lastschriftmandat erteilen.

Mit freundlichen Grüßen
""",
  sig="becker")

M("N", "de", "insurer-to-partner", "trap: press release with the storm and hail damage balance of the year; aggregated figures only",
  frm=ADDR("baumann"), to="Presseverteiler <presse-verteiler@versicherer.example>",
  subj="Pressemitteilung: Unwetterbilanz 2026 – 61.000 Schäden an Häusern und Autos",
  date="2026-12-15 10:00",
  body="""PRESSEMITTEILUNG

Unwetterbilanz 2026: 61.000 Schäden an Häusern und Autos

Köln, 15. Dezember 2026. Stürme, Hagel und Starkregen haben 2026 bei Kundinnen und Kunden der Versicherer Allgemeine Versicherung AG rund 61.000 Schäden verursacht. Der Schadenaufwand liegt bei 286 Millionen Euro und damit 34 Prozent über dem Durchschnitt der letzten zehn Jahre.

- Sturmtief „Ylenia“ (Februar): 22.000 Schäden, 97 Mio. Euro
- Hagel in Süddeutschland (Juni): 18.500 Schäden, davon 14.200 an Fahrzeugen, 104 Mio. Euro
- Starkregen an der Ahr und im Bergischen Land (Ende Juni): 4.300 Schäden, 61 Mio. Euro

„Elementarschäden werden häufiger und teurer. Nur etwa jedes zweite Wohngebäude ist gegen Überschwemmung versichert“, sagt Andreas Köhnen, Vorstandsvorsitzender der Versicherer Allgemeine. 96 Prozent der Schäden seien inzwischen reguliert.

Pressekontakt: Julia Baumann, Unternehmenskommunikation, Telefon +49 221 555-1010, presse@versicherer.example
""",
  ent="av")


# Formal letters to outside recipients are written at the desk: where the
# deterministic client choice in compose() would pick the iPhone client for such
# a letter, use Outlook instead (internal notes may still come from a phone).
for _n, (_l, _g, _kind, _r, _m) in enumerate(MAILS, 1):
    if _kind.startswith("insurer-to") and _m.get("client") is None:
        _salt = f"d16|{_n}|{_m.get('mid', '')}|{_m['subj']}"
        if ["outlook", "outlook", "outlook", "thunderbird", "outlook", "mobile", "outlook", "thunderbird"][int(_h(_salt, 4), 16) % 8] == "mobile":
            _m["client"] = "outlook"


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
