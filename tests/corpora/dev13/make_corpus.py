#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 13 generator (corpus dev13: private customers in their own words).

Writes mails/d13-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2;
the office/PDF builders are small hand-written standard-library versions.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs only the Python standard library.
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
    "haas": ("Monika Haas", "monika.haas", "Kundenservice Krankenversicherung", "Customer Service Health", "kv", "-3100"),
    "kaya": ("Emre Kaya", "emre.kaya", "Kundenservice Sach / Kfz", "Customer Service Property & Motor", "av", "-3020"),
    "berger": ("Claudia Berger", "claudia.berger", "Kundenservice Leben / Vorsorge", "Customer Service Life & Pensions", "lv", "-2100"),
    "jansen": ("Wiebke Jansen", "wiebke.jansen", "Pflegeberatung", "Care Advisory", "kv", "-3595"),
    "schmitz": ("Rolf Schmitz", "rolf.schmitz", "Kundendialog / Social Media", "Customer Dialogue / Social Media", "grp", "-1040"),
    "petrovic": ("Jelena Petrović", "jelena.petrovic", "Leistungsservice Krankenversicherung\nHilfsmittel / Heilmittel", "Health Claims, Aids & Therapies", "kv", "-3440"),
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


def _xesc(s):
    s = "" if s is None else str(s)
    s = "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 32)
    return htmlmod.escape(s, quote=True)


def _zipwrite(members, stored_first=None):
    """members: list of (name, str|bytes).  Fixed times, deflated (mimetype stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members:
            if isinstance(body, str):
                body = body.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=_STAMP[0].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _ooxml_core(author, title=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    return (_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_xesc(title)}</dc:title><dc:creator>{_xesc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{_xesc(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>'
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
    """Minimal SpreadsheetML workbook (inline strings, bold header row), standard library only."""
    names = list(sheets)
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = (_XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{_xesc(n[:31])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
          + '</sheets></workbook>')
    wbrels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
              + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    styles = (_XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _ooxml_core(author)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, n in enumerate(names):
        rows = sheets[n]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0) + 2))}" customWidth="1"/>'
            for j in range(ncol))
        xr = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(r):
                if v is None:
                    continue
                ref = f"{_col(j)}{ri}"
                s = ' s="1"' if ri == 1 else ""
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"{s}><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_xesc(v)}</t></is></c>')
            xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
        ws = (_XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<cols>{cols}</cols><sheetData>{"".join(xr)}</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", ws))
    data = _zipwrite(members)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _odf(fn, mtype, body, kind):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = (_XML.replace(' standalone="yes"', '') + f'<office:document-content {ns} office:version="1.2">'
               '<office:automatic-styles><style:style style:name="Heading" style:family="paragraph">'
               '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style></office:automatic-styles>'
               f'<office:body>{body}</office:body></office:document-content>')
    meta = (_XML.replace(' standalone="yes"', '') + f'<office:document-meta {ns} office:version="1.2"><office:meta>'
            f'<meta:generator>LibreOffice/7.6</meta:generator><meta:creation-date>{iso}</meta:creation-date>'
            f'<dc:date>{iso}</dc:date></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mtype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    data = _zipwrite([("mimetype", mtype), ("META-INF/manifest.xml", manifest), ("content.xml", content), ("meta.xml", meta)],
                     stored_first="mimetype")
    return Att(fn, data, "application", mtype.split("/")[1], kind=kind)


def _ods(fn, sheets):
    out = ["<office:spreadsheet>"]
    for name, rows in sheets.items():
        out.append(f'<table:table table:name="{_xesc(name)}">')
        for r in rows:
            out.append("<table:table-row>")
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{_xesc(v)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet>")
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet", "".join(out), "ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _odt(fn, blocks):
    out = ["<office:text>"]
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="Heading" text:outline-level="1">{_xesc(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_xesc(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>')
            for r in rows:
                out.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_xesc(v)}</text:p></table:table-cell>' for v in r)
                    + "</table:table-row>")
            out.append("</table:table>")
    out.append("</office:text>")
    return _odf(fn, "application/vnd.oasis.opendocument.text", "".join(out), "odt")


def _docx(fn, blocks, author="Versicherer", octet=False):
    """Minimal WordprocessingML document, standard library only."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        parts = t.split("\n")
        inner = '<w:br/>'.join(f'<w:t xml:space="preserve">{_xesc(x)}</w:t>' for x in parts)
        return f"<w:r>{rpr}{inner}</w:r>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(f'<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>{run(b[1], True, 28 if len(b) < 3 or b[2] == 1 else 24)}</w:p>')
        elif b[0] == "p":
            body.append(f"<w:p>{run(b[1])}</w:p>")
        elif b[0] == "small":
            body.append(f"<w:p>{run(b[1], size=14)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            tb = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                  '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  '</w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol/>' * len(rows[0]) + '</w:tblGrid>']
            for i, r in enumerate(rows):
                tb.append("<w:tr>" + "".join(f"<w:tc><w:p>{run('' if v is None else str(v), i == 0)}</w:p></w:tc>" for v in r) + "</w:tr>")
            tb.append("</w:tbl><w:p/>")
            body.append("".join(tb))
    doc = (_XML + f'<w:document {W}><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    data = _zipwrite([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _ooxml_core(author)),
                      ("word/document.xml", doc)])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


def _pdf_wrap(text, width):
    out = []
    for line in text.split("\n"):
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return out


def _pdf_str(s):
    b = s.translate(_PDF_MAP).encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_assemble(objs):
    """objs: list of bytes (object bodies, numbered from 1); object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def _pdf_info(title, author):
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+01'00'")
    t = b"/Title (" + _pdf_str(title) + b") " if title else b""
    return (b"<< " + t + b"/Author (" + _pdf_str(author) + b") /Creator (Siegel dev13 corpus) /Producer (hand-written PDF writer) "
            + f"/CreationDate ({d}) /ModDate ({d}) >>".encode())


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """Minimal PDF with a real text layer (Helvetica, WinAnsi, Flate streams); standard library only."""
    import zlib
    lines = []   # (font, size, leading, text)
    for b in _blocks(blocks):
        if b[0] == "h":
            sz = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _pdf_wrap(b[1], 70):
                lines.append(("F2", sz, sz + 4, l))
            lines.append(("F1", 10, 4, ""))
        elif b[0] == "p":
            for l in _pdf_wrap(b[1], 92):
                lines.append(("F1", 10, 13, l))
            lines.append(("F1", 10, 6, ""))
        elif b[0] == "small":
            for l in _pdf_wrap(b[1], 130):
                lines.append(("F1", 7, 9, l))
            lines.append(("F1", 7, 4, ""))
        elif b[0] == "t":
            rows = [["" if v is None else str(v) for v in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for k, r in enumerate(rows):
                lines.append(("F2" if k == 0 else "F1", 8.5, 11, "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()))
            lines.append(("F1", 8.5, 8, ""))
    pages, cur, y = [], [], 790
    for f, sz, lead, t in lines:
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 790
        y -= lead
        if t:
            cur.append(b"BT /" + f.encode() + f" {sz} Tf 57 {y} Td (".encode() + _pdf_str(t) + b") Tj ET")
    pages.append(cur)
    npg = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, then (page, content) pairs, then info
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(f"{5 + 2 * i} 0 R".encode() for i in range(npg)) + f"] /Count {npg} >>".encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    for i, pg in enumerate(pages):
        stream = zlib.compress(b"\n".join(pg) + b"\n", 9)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
    objs.append(_pdf_info(title, author))
    data = _pdf_assemble(objs)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def _pixels(w, h, seed):
    """Deterministic grey 'photo of a sheet of paper': light background, dark text-like bars."""
    rnd = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    rows = []
    for yy in range(h):
        row = bytearray()
        band = (yy // 6) % 3 == 1 and 8 < yy < h - 8
        for xx in range(w):
            v = 225 + ((xx * 7 + yy * 13 + rnd) % 23)
            if band and 10 < xx < w - 10 - ((yy * rnd) % (w // 3)) and ((xx // 5 + yy // 6 + rnd) % 7) != 0:
                v = 60 + ((xx + rnd) % 40)
            row.append(min(255, v))
        rows.append(bytes(row))
    return rows


def _png(fn, w=120, h=160, seed="", ctype="png"):
    """A small greyscale PNG (phone photo of a document stand-in); no text layer."""
    import struct
    import zlib
    raw = b"".join(b"\x00" + r for r in _pixels(w, h, seed or fn))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    if ctype == "octet":
        return Att(fn, data, "application", "octet-stream", kind="png")
    return Att(fn, data, "image", "png", kind="png")


def _scanpdf(fn, w=170, h=240, seed="", octet=False):
    """A 'scanned' PDF: one page with one greyscale image, NO text layer."""
    import zlib
    img = zlib.compress(b"".join(_pixels(w, h, seed or fn)), 9)
    content = zlib.compress(b"q 595 0 0 842 0 0 cm /Im1 Do Q\n", 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode() + content + b"\nendstream",
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 "
            f"/Length {len(img)} /Filter /FlateDecode >>\nstream\n".encode() + img + b"\nendstream",
            _pdf_info(None, "Scanner").replace(b"Siegel dev13 corpus", b"iOS Notizen Scan")]
    data = _pdf_assemble(objs)
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf-scan")
    return Att(fn, data, "application", "pdf", kind="pdf-scan")


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


def PNG(*a, **k):
    return Lazy("png", _png, a, k)


def SCAN(*a, **k):
    return Lazy("pdf-scan", _scanpdf, a, k)


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
    salt = f"d13|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d13-{n:04d}.eml"
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
    import zlib
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    with_att = 0
    pdfs = 0

    def pdf_text(data):
        txt = []
        for m in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n", data):
            n = int(m.group(2))
            st = data[m.end():m.end() + n]
            if b"/FlateDecode" in m.group(1) + m.group(3):
                st = zlib.decompress(st)
            if b"/Image" in m.group(1) + m.group(3):
                continue
            txt += [t.decode("cp1252") for t in re.findall(rb"\((.*?)(?<!\\)\) Tj", st)]
        return " ".join(txt)

    def open_att(fn, fname, data):
        nonlocal pdfs
        low = fname.lower()
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
            names = z.namelist()
            if low.endswith(".xlsx"):
                assert "[Content_Types].xml" in names and "xl/workbook.xml" in names, (fn, fname)
                for nm in names:
                    if nm.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(nm))
                assert any(nm.startswith("xl/worksheets/") for nm in names), (fn, fname)
            if low.endswith(".docx"):
                root = ET.fromstring(z.read("word/document.xml"))
                assert "".join(root.itertext()).strip(), (fn, fname, "empty docx")
            if low.endswith((".odt", ".ods")):
                assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, (fn, fname)
                for nm in ("content.xml", "meta.xml", "META-INF/manifest.xml"):
                    ET.fromstring(z.read(nm))
                assert "".join(ET.fromstring(z.read("content.xml")).itertext()).strip(), (fn, fname)
            if low.endswith(".zip"):
                for name in names:
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            t = pdf_text(data)
            assert t.strip() or b"/Subtype /Image" in data, (fn, fname, "empty PDF text and no image")
            pdfs += 1
        elif low.endswith((".png", ".jpg", ".jpeg")):
            assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82"), (fn, fname)
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
    print("mails:", len(MAILS), " with attachments:", with_att, " pdfs checked:", pdfs)
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


# ---- batch 1 -------------------------------------------------------------

M("S", "de", "customer", "portal relay: customer's own words about physiotherapy after knee surgery, invoice photo attached",
  frm="Kundenportal <kundenportal@versicherer.example>", to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>",
  subj="Neue Nachricht aus dem Kundenportal – Rechnung einreichen", date="2026-01-12 07:41", client="system",
  mailer="Kundenportal 3.2", ent="kv",
  body="""Neue Nachricht über das Kundenportal

Kundennummer: 40 118 2731
Name: Renate Vossberg
Vertrag: KV 7.204.118-3 (ambulant)
Kanal: Web
Betreff (vom Kunden gewählt): Rechnung einreichen

Nachricht:
hallo ich hab hier die rechnung von der physio nach der knie op im november, 12 mal krankengymnastik und 6 mal lymphdrainage. die hausärztin hat gesagt das reicht noch nicht, es kommt noch ein zweites rezept. ich hoffe man kann das lesen, hab es mit dem handy fotografiert. mfg r vossberg

Anhänge: 1 (IMG_2231.png)

Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht an kundenportal@versicherer.example.""",
  att=[PNG("IMG_2231.png", 120, 170, "vossberg-physio")])

M("S", "de", "insurer-to-customer", "one-line staff reply; customer's blood pressure values and GP tablets only in the quote",
  frm=ADDR("haas"), to="Gerhard Lembke <g.lembke@t-online.example>", subj="AW: Frage wegen Tabletten",
  date="2026-01-12 10:05", sig="haas", sigstyle="short", ent="kv",
  body="""Sehr geehrter Herr Lembke,

danke für Ihre Nachricht – ich habe sie an die Kollegen in der Leistungsabteilung weitergegeben, die melden sich bis Ende der Woche bei Ihnen.

Freundliche Grüße""",
  quote=OQ("Gerhard Lembke <g.lembke@t-online.example>", "Sonntag, 11. Januar 2026 19:22", "service-kranken@versicherer.example",
           "Frage wegen Tabletten", """Guten Tag,

ich bin bei Ihnen krankenversichert (Vers.-Nr. KV 7.330.912-0) und habe eine Frage. Mein Hausarzt hat mir neue Tabletten für den Blutdruck aufgeschrieben, weil der immer so um die 160 zu 95 war, jetzt Ramipril 5 mg morgens. In der Apotheke musste ich 10 Euro dazu zahlen. Wird das erstattet, wenn ich die Quittung schicke? Oder muss ich die sammeln bis zum Jahresende?

Mit freundlichem Gruß
Gerhard Lembke"""))

M("N", "de", "insurer-to-prospect", "trap: prospect asks what a dental supplement costs; generic price ranges only, nothing about any person",
  frm=ADDR("kowalski"), to="tom.b92@gmx.example", subj="AW: zahnzusatz",
  date="2026-01-13 09:18", sig="kowalski", ent="kv",
  body="""Hallo,

danke für Ihre Anfrage. Die Beiträge für unsere Zahnzusatztarife hängen vor allem vom Eintrittsalter und vom gewählten Tarif ab. Als grobe Orientierung für Erwachsene zwischen 20 und 40 Jahren:

- ZahnBasis (60 % für Zahnersatz): ab ca. 9 € im Monat
- ZahnPlus (80 % Zahnersatz, Prophylaxe bis 150 € im Jahr): ab ca. 19 € im Monat
- ZahnPremium (100 % Zahnersatz, Inlays, Implantate): ab ca. 32 € im Monat

Den genauen Beitrag rechnet Ihnen unser Online-Rechner unter www.versicherer.example/zahn in zwei Minuten aus, dafür brauchen Sie nur Ihr Geburtsjahr. Die Gesundheitsfragen kommen erst im Antrag.

Wenn Sie lieber persönlich beraten werden möchten, rufen Sie uns gern an.

Viele Grüße""",
  quote=Q("""hi was kostet bei euch so ne zahnzusatz? für erwachsene. danke"""))

M("C", "de", "customer", "app relay: new IBAN for the household insurance, typed on a phone",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Beitragsservice <beitragsservice@versicherer.example>",
  subj="[App] Bankverbindung ändern", date="2026-01-13 22:47", client="system", mailer="Versicherer App Backend 5.1",
  body="""Nachricht aus der Versicherer-App (iOS 19.2, App 5.1.3)

Kunde: Dennis Albers
Kundennummer: 40 552 0917
Vertrag: Hausrat HR-2291-4471

Text:
Servus, hab die bank gewechselt, bitte ab februar von dem neuen konto abbuchen:
{iban}
Kontoinhaber bin ich, Dennis Albers. Das alte Konto bei der Sparkasse ist ab 31.1. zu.
Danke!""".format(iban=IB("DE", "120300000018662907")))

M("N", "de", "customer", "trap: app crash report from a customer, no contract or data about the person",
  frm=ADDR("schmitz"), to="IT-Servicedesk <it-servicedesk@versicherer.example>", subj="WG: App geht nicht",
  date="2026-01-14 08:30", sig="schmitz", sigstyle="short",
  body="""Hallo zusammen,

bitte einmal anschauen, die Meldung kam heute Nacht über das Kontaktformular. Ist schon die dritte in der Art diese Woche, alle iPhone.

Danke & Gruß
Rolf""",
  quote=FW("Kontaktformular <kontakt@versicherer.example>", "14.01.2026 01:12", "kundendialog@versicherer.example", "App geht nicht",
           """Name: Petra Lux
E-Mail: petralux@web.example

Nachricht:
Ihre App geht seit dem update nicht mehr. Wenn ich auf "Belege hochladen" drücke wird der Bildschirm weiß und dann ist die App zu. iPhone 13, alles aktuell. Hab schon gelöscht und neu installiert. Bringt nix. Wann wird das repariert??"""))

M("N", "de", "customer", "trap: newsletter unsubscription mentioning 'Gesundheitstipps', nothing about the person's health or contract",
  frm=ADDR("schmitz"), to="Marketing Newsletter <newsletter-team@versicherer.example>", subj="WG: Abmelden!!!",
  date="2026-01-14 11:02", sig="schmitz", sigstyle="name",
  body="""Bitte austragen, Abmeldelink hat laut Kunde nicht funktioniert. Kannst du bitte auch prüfen, ob der Link im Januar-Newsletter kaputt ist?""",
  quote=OQ("Horst Wiegand <horst.wiegand@online.example>", "Dienstag, 13. Januar 2026 18:40", "newsletter@versicherer.example",
           "Abmelden!!!", """Ich habe schon zweimal auf "abmelden" geklickt und bekomme immer noch jede Woche Ihre Gesundheitstipps. Rückenschule, Zuckerfrei im Januar und so weiter. Ich will das nicht! Bitte sofort löschen: horst.wiegand@online.example

H. Wiegand"""))

M("S", "de", "customer", "daughter writes for her mother: nursing home since March, care level 3, via contact form",
  frm="Kontaktformular <kontakt@versicherer.example>", to="Pflegeversicherung <pflege@versicherer.example>",
  subj="Kontaktformular: Pflege – Frage zu Leistungen", date="2026-01-15 16:20", client="system", mailer="Kontaktformular 2.0",
  ent="kv",
  body="""Eingang über www.versicherer.example/kontakt

Anliegen: Pflege
Name: Sandra Kehl
E-Mail: sandra.kehl@posteo.example
Telefon: 0171 5523 880
Versicherte Person (falls abweichend): Ilse Kehl, geb. 03.09.1938
Versicherungsnummer (falls bekannt): PT 1.120.774-9

Ihre Nachricht:
Guten Tag, ich schreibe für meine Mutter, sie kann das selber nicht mehr. Sie ist seit März im Pflegeheim Haus Lindenhof in Bergisch Gladbach, der MD hat im Dezember Pflegegrad 3 festgestellt (vorher 2). Sie hat bei Ihnen eine Pflegetagegeldversicherung. Muss ich den neuen Bescheid irgendwo hinschicken, damit das Tagegeld angepasst wird? Eine Vollmacht habe ich, die kann ich als PDF schicken. Vielen Dank, Sandra Kehl""")

M("C", "de", "insurer-to-customer", "address change confirmed for household and liability contracts of a named customer",
  frm=ADDR("kaya"), to="Jana Pietrzak <jana.pietrzak@gmail.example>", subj="Ihre neue Anschrift – Hausrat und Privathaftpflicht",
  date="2026-01-15 09:47", sig="kaya", ent="av",
  body="""Guten Tag Frau Pietrzak,

vielen Dank für Ihre Umzugsmeldung. Wir haben Ihre neue Anschrift ab dem 01.02.2026 in beiden Verträgen eingetragen:

Lessingstraße 41, 2. OG links
44147 Dortmund

- Hausratversicherung HR-3318-0052: Die Wohnfläche ändert sich von 58 auf 71 m², der Beitrag steigt dadurch um 2,14 € im Monat. Einen Nachtrag schicken wir Ihnen per Post.
- Privathaftpflicht PH-0771-2390: keine Änderung am Beitrag.

Während des Umzugs sind Sie in beiden Wohnungen versichert, längstens bis zum 28.02.2026.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: angry complaint about hold time and reply; no contract, no topic, no data",
  frm=ADDR("lorenz"), to="Klaus-Dieter Rahn <kd.rahn@arcor.example>", subj="AW: Ihre Hotline ist eine Zumutung",
  date="2026-01-16 14:11", sig="lorenz", ent="grp",
  body="""Sehr geehrter Herr Rahn,

Sie haben völlig recht, 47 Minuten in der Warteschleife sind nicht akzeptabel. Dafür entschuldige ich mich bei Ihnen.

Anfang Januar haben uns sehr viele Anrufe zu den Beitragsanpassungen erreicht, gleichzeitig waren viele Kolleginnen und Kollegen erkältet. Das ist eine Erklärung, aber keine Entschuldigung. Wir haben inzwischen eine Rückruffunktion eingerichtet: Wenn die Wartezeit länger als fünf Minuten ist, können Sie Ihre Nummer hinterlassen und wir rufen zurück.

Wenn Sie mir kurz schreiben, worum es bei Ihrem Anruf ging, kümmere ich mich gern selbst darum.

Mit freundlichen Grüßen""",
  quote=OQ("Klaus-Dieter Rahn <kd.rahn@arcor.example>", "Freitag, 16. Januar 2026 09:58", "beschwerde@versicherer.example",
           "Ihre Hotline ist eine Zumutung", """SIE SIND DOCH NICHT MEHR GANZ DICHT. 47 Minuten!!! in der Warteschleife mit dieser Dudelmusik und dann fliegt man raus. Zweimal!! Ich bin nicht mehr der Jüngste und habe nicht den ganzen Tag Zeit. Früher konnte man einfach in der Geschäftsstelle vorbei gehen. Das ist eine Unverschämtheit und das schreibe ich auch der Zeitung.

Rahn"""))

M("S", "en", "customer", "expat customer's own words: pregnancy, due date, planned hospital birth, asks about cover",
  frm=ADDR("whitfield"), to="International Health Claims <ihs-claims@versicherer.example>", subj="FW: Maternity cover question",
  date="2026-01-16 10:32", sig="whitfield", sigstyle="short", lang="en", ent="kv",
  body="""Hi team,

forwarding from the customer mailbox – can someone confirm the maternity waiting period on her plan (Global Care Plus, started 01/2025)? I think she's fine but please double-check before I reply.

Thanks,
Emma""",
  quote=FW("Hannah O'Connell <hannah.oconnell@mailbox.example>", "Thu, 15 Jan 2026 21:04", "ihs@versicherer.example",
           "Maternity cover question", """Hello,

I'm insured with you under policy IH-88-20417 (Global Care Plus). I'm 14 weeks pregnant, due date is 24 July. We'd like to have the baby at the Florence-Nightingale-Krankenhaus in Düsseldorf, private room if possible. My gynaecologist Dr. Aydin has already done the first trimester screening and everything looks normal so far.

Could you tell me what is covered for the birth itself, and whether the baby needs to be added to the policy before or after birth? Also, is the midwife covered for the home visits afterwards?

Many thanks,
Hannah O'Connell""", lang="en"))

M("C", "en", "insurer-to-customer", "motor claim for a parking scrape of a named customer, plate and claim number, nobody hurt",
  frm=ADDR("brenner"), to="Lucas Ferreira <lucas.ferreira@outlook.example>", subj="Your claim KS-26-004417 – parking damage",
  date="2026-01-19 11:25", sig="brenner", lang="en", ent="av",
  body="""Dear Mr Ferreira,

thank you for reporting the damage to your car (K-LF 2208, VW Golf) in the car park of the Rhein-Center on 14 January. As you wrote, nobody was in the car and nobody was hurt.

We have opened claim KS-26-004417 under your comprehensive cover (policy KF-5512-8830). Since the other driver left without leaving details, the damage falls under your own collision cover with a deductible of EUR 300. Your no-claims class will change from SF 7 to SF 4 next year unless you decide to pay the repair yourself – we will send you a calculation once we have the workshop estimate.

Please send us the estimate from the garage and, if you have it, the police reference number.

Kind regards""")

M("N", "en", "insurer-to-prospect", "trap: general question whether travel cover includes illness-related cancellation; generic answer, no person",
  frm=ADDR("seidel"), to="mark.devlin@fastmail.example", subj="RE: Question about travel cancellation",
  date="2026-01-19 15:02", sig="seidel", lang="en", ent="av",
  body="""Dear Mr Devlin,

thank you for your question. In general, our travel cancellation insurance pays if the trip has to be cancelled because of an unexpected serious illness, an accident or the death of the insured person or a close relative. It also covers job loss and a few other events listed in section 3 of the terms.

A pre-existing condition is covered if it was stable in the six months before booking. The full terms are available at www.versicherer.example/en/travel – page 4 has a short overview.

Let me know if I can help with anything else.

Best regards""",
  quote=Q("""Hi, before I book: does your cancellation insurance generally cover it if someone gets ill before the trip? Or only accidents? Just a general question, haven't booked anything yet. Mark"""))

M("S", "de", "customer", "elderly customer writes a formal letter as e-mail: ophthalmologist invoice and new glasses, scanned PDF",
  frm=ADDR("kroeger"), to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>", subj="WG: Einreichung Augenarztrechnung",
  date="2026-01-20 08:14", sig="kroeger", sigstyle="name", ent="kv",
  body="""zur Erfassung, Scan hängt an.""",
  quote=FW("Walter Heinemann <walter.heinemann@t-online.example>", "19.01.2026 17:45", "sabine.kroeger@versicherer.example",
           "Einreichung Augenarztrechnung", """Sehr geehrte Frau Kröger,

wie am Telefon besprochen übersende ich Ihnen hiermit die Rechnung meines Augenarztes, Herrn Dr. Bertram in Siegburg, vom 8. Januar 2026 über 186,40 Euro sowie die Rechnung des Optikers Brillen-Stolz über die neue Gleitsichtbrille (612,00 Euro). Der Arzt hat eine Verschlechterung am linken Auge festgestellt (grauer Star im Anfangsstadium), eine Operation sei aber noch nicht nötig.

Die Rechnungen habe ich bezahlt. Ich bitte um Erstattung auf das Ihnen bekannte Konto.

Meine Versicherungsnummer lautet KV 3.014.556-2.

Mit vorzüglicher Hochachtung
Walter Heinemann
Am Kirchberg 7
53721 Siegburg"""),
  att=[SCAN("Scan_20260119_Augenarzt.pdf", seed="heinemann-augen")])

M("N", "de", "customer", "trap: customer's Christmas/New Year thanks for friendly phone advice, no contract or data",
  frm=ADDR("kowalski"), to="Team Kundenservice <kundenservice-team@versicherer.example>", subj="WG: Danke!",
  date="2026-01-05 08:02", sig="kowalski", sigstyle="name",
  body="""Für unsere Pinnwand :-) Wer war am 23.12. im Spätdienst? Die Dame meint bestimmt Dich, Jasmin.""",
  quote=FW("Gisela Brandes <gisela.brandes@web.example>", "31.12.2025 16:12", "service@versicherer.example", "Danke!",
           """Liebes Team,

ich wollte einfach mal Danke sagen für die nette junge Frau am Telefon kurz vor Weihnachten, die mir so geduldig alles erklärt hat. Ich bin nicht mehr so fit mit dem Computer und sie hat sich Zeit genommen. Das ist heute selten.

Ich wünsche Ihnen allen ein gesundes neues Jahr 2026!

Herzliche Grüße
Gisela Brandes"""))

M("C", "de", "customer", "bicycle theft reported from a phone: household contract, frame number, police reference",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="WG: fahrrad geklaut",
  date="2026-01-20 12:40", sig="demir", sigstyle="short", ent="av",
  body="""Bitte als Fahrraddiebstahl unter HR-1902-6613 anlegen, Klausel "Fahrrad rund um die Uhr" ist drin (bis 1.500 €). Kaufbeleg fehlt noch, habe ich angefordert.""",
  quote=Q("""hallo mein fahrrad wurde heute nacht vorm haus geklaut obwohl es abgeschlossen war (kettenschloss abus) es ist ein cube kathmandu hybrid schwarz rahmennummer WC21K04417 gekauft 2024 für 1399 euro
anzeige bei der polizei hab ich gemacht vorgangsnummer 260119-0733-K
was muss ich jetzt machen?? ich brauch das rad für die arbeit
lg kevin hoffmann, hausrat bei euch
gesendet von meinem samsung"""))

M("S", "de", "customer", "father writes about his 11-year-old daughter's braces (KIG 3) for the dental/orthodontic tariff",
  frm=ADDR("wendland"), to="Posteingang Zahn <leistung-zahn@versicherer.example>", subj="WG: Zahnspange für unsere Tochter",
  date="2026-01-21 09:55", sig="wendland", sigstyle="name", ent="kv",
  body="""Heil- und Kostenplan fehlt noch, Kunde schickt nach. Bitte Vorgang anlegen und Wartezeit prüfen (KFO-Baustein seit 04/2024).""",
  quote=OQ("Stefan Ruppert <s.ruppert@gmx.example>", "Dienstag, 20. Januar 2026 21:31", "zahn@versicherer.example",
           "Zahnspange für unsere Tochter", """Hallo,

unsere Tochter Mia (11 Jahre, mitversichert in meinem Vertrag KV 7.811.240-1) braucht laut Kieferorthopädin eine feste Zahnspange, Frau Dr. Lenz hat einen Kreuzbiss und Engstand festgestellt, KIG-Stufe 3 sagt sie. Die Kasse zahlt wohl den Grundteil, aber die Kieferorthopädin empfiehlt noch Keramikbrackets und eine Glattflächenversiegelung, das wären 1.850 € privat.

Übernehmen Sie das? Den Plan kann ich Ihnen nächste Woche schicken.

Viele Grüße
Stefan Ruppert"""))

M("N", "de", "insurer-to-customer", "trap: general question whether osteopathy is covered, asked 'for general interest', generic answer",
  frm=ADDR("haas"), to="Elke Sommer <elke.sommer@freenet.example>", subj="AW: Osteopathie allgemein",
  date="2026-01-21 13:30", sig="haas", ent="kv",
  body="""Sehr geehrte Frau Sommer,

gern beantworte ich Ihre allgemeine Frage. Ob Osteopathie erstattet wird, hängt vom Tarif ab:

- In unseren Vollversicherungstarifen ab "Komfort" werden osteopathische Behandlungen durch Ärzte oder Heilpraktiker nach Gebührenverzeichnis erstattet, meist bis zu einem Jahreshöchstbetrag.
- Im Grundtarif und in den meisten Zusatztarifen für gesetzlich Versicherte ist Osteopathie nicht oder nur über das Heilpraktikerbudget versichert.

Eine ärztliche Verordnung ist nicht immer Pflicht, erleichtert die Erstattung aber. Den genauen Leistungsumfang finden Sie im jeweiligen Tarifblatt auf unserer Internetseite.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, ich habe in der Zeitung gelesen, dass manche Krankenversicherungen Osteopathie bezahlen und andere nicht. Wie ist das bei Ihnen so allgemein? Ich frage nur aus Interesse, weil wir im Seniorenkreis darüber gesprochen haben. Mit freundlichen Grüßen E. Sommer"""))

M("C", "de", "insurer-to-customer", "premium reminder for a motor contract: named customer, amount, policy number",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Marco Schiavone <marco.schiavone@libero.example>",
  subj="Zahlungserinnerung Kfz-Versicherung KF-6630-1178", date="2026-01-22 06:05", client="system", mailer="VERSO Output Management 7.4",
  ent="av",
  body="""Sehr geehrter Herr Schiavone,

für Ihre Kfz-Versicherung KF-6630-1178 (Fiat Tipo, Kennzeichen LEV-MS 512) ist der Jahresbeitrag 2026 in Höhe von 684,30 € seit dem 01.01.2026 fällig. Leider konnten wir bis heute keinen Zahlungseingang feststellen. Die Lastschrift vom 02.01.2026 wurde von Ihrer Bank zurückgegeben (Rückgabegrund: Konto erloschen).

Bitte überweisen Sie den Betrag bis zum 05.02.2026 auf unser Konto bei der Rheinbank Köln, Verwendungszweck KF-6630-1178. Oder teilen Sie uns Ihre neue Bankverbindung mit, dann buchen wir erneut ab.

Bitte beachten Sie: Zahlen Sie den Erstbeitrag nicht rechtzeitig, kann der Versicherungsschutz entfallen.

Mit freundlichen Grüßen
Ihr Beitragsservice

Diese E-Mail wurde automatisch erstellt.""")

M("S", "de", "insurer-to-customer", "body harmless: premium arrears notice for a named person's health insurance (personal line, no medical word)",
  frm=ADDR("becker"), to="Dragan Milošević <dragan.milosevic@gmail.example>", subj="Ihr Beitragsrückstand – Vertrag KV 7.455.020-8",
  date="2026-01-22 10:40", sig="becker", ent="kv",
  body="""Sehr geehrter Herr Milošević,

danke für Ihren Anruf heute Morgen. Wie besprochen fasse ich den Stand zusammen:

Offen sind die Monatsbeiträge November 2025 bis Januar 2026, zusammen 1.467,60 € (3 × 489,20 €). Wir haben vereinbart, dass Sie den Rückstand in vier Raten zu je 366,90 € zusätzlich zum laufenden Beitrag zahlen, jeweils zum 15. des Monats, erstmals am 15.02.2026.

Solange die Raten pünktlich kommen, leiten wir kein weiteres Mahnverfahren ein und es bleibt beim vollen Versicherungsschutz.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: agent appointment confirmation without any content",
  frm=ADDR("falk"), to="Familie Öztürk <oeztuerk.family@gmx.example>", subj="AW: Termin",
  date="2026-01-23 17:12", sig="falk", sigstyle="short", client="mobile",
  body="""Hallo Frau Öztürk,

Donnerstag 15 Uhr passt mir gut, ich komme dann zu Ihnen nach Hause. Falls was dazwischenkommt, einfach kurz anrufen oder schreiben.

Bis Donnerstag!""",
  quote=Q("""hallo herr falk, passt ihnen donnerstag den 29. um 15 uhr? mein mann ist dann auch da. gruß a. öztürk"""))

M("S", "de", "customer", "app relay: sick note photo for daily sickness allowance, customer's words name the back problem",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Krankentagegeld <ktg@versicherer.example>",
  subj="[App] Dokument eingereicht: Arbeitsunfähigkeitsbescheinigung", date="2026-01-23 07:58", client="system",
  mailer="Versicherer App Backend 5.1", ent="kv",
  body="""Nachricht aus der Versicherer-App (Android 15, App 5.1.2)

Kunde: Sven Kaluza
Kundennummer: 40 901 4426
Vertrag: Krankentagegeld KT 2.118.903-0
Dokumenttyp (vom Kunden gewählt): Arbeitsunfähigkeitsbescheinigung

Kommentar des Kunden:
Folgebescheinigung, bin weiter krankgeschrieben bis 6.2. wegen dem Bandscheibenvorfall. Orthopäde sagt evtl Reha. Ab wann zahlt ihr das Tagegeld, ich bin ja schon über 6 Wochen raus

Anhänge: AU_Folge_0123.png""",
  att=[PNG("AU_Folge_0123.png", 140, 100, "kaluza-au")])

M("C", "de", "insurer-to-customer", "name change after marriage (maiden name) in liability and household contracts",
  frm=ADDR("kaya"), to="Laura Beckmann-Sitt <laura.beckmann-sitt@icloud.example>", subj="AW: Namensänderung nach Hochzeit",
  date="2026-01-26 10:20", sig="kaya", ent="av",
  body="""Liebe Frau Beckmann-Sitt,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren neuen Namen in beiden Verträgen geändert:

Privathaftpflicht PH-0553-1870 und Hausrat HR-0553-1871
bisher: Laura Sitt
jetzt: Laura Beckmann-Sitt

Ihr Mann kann ab sofort kostenlos in die Privathaftpflicht aufgenommen werden (Familientarif), dafür brauchen wir nur sein Geburtsdatum. Sagen Sie einfach Bescheid.

Viele Grüße""",
  quote=Q("""Hallo liebes Versicherer-Team, ich habe am 16.1. geheiratet und heiße jetzt Beckmann-Sitt (vorher Sitt). Bitte in meinen Verträgen ändern. Kopie der Heiratsurkunde kann ich schicken wenn nötig. LG Laura"""))

M("N", "en", "newsletter", "trap: customer satisfaction survey invitation, generic, no personal data",
  frm="Versicherer Customer Feedback <noreply-feedback@versicherer.example>", to="m.okonkwo@inbox.example",
  subj="How did we do? 2 minutes for your feedback", date="2026-01-27 09:00", lang="en",
  body="""Hello,

you recently contacted our customer service. We would love to know how it went.

How likely are you to recommend us to a friend or colleague?
0 – 1 – 2 – 3 – 4 – 5 – 6 – 7 – 8 – 9 – 10
https://feedback.versicherer.example/s/8HqT2

The survey takes about two minutes and is anonymous. We do not ask about your contract or your health, and your answers are not linked to your customer record.

Thank you!
Your Versicherer customer service team

You receive this e-mail once after a contact with us. Don't want any more surveys? https://feedback.versicherer.example/optout""",
  html="""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p><p>you recently contacted our customer service. We would love to know how it went.</p>
<p><b>How likely are you to recommend us to a friend or colleague?</b></p>
<p><a href="https://feedback.versicherer.example/s/8HqT2">0 – 1 – 2 – 3 – 4 – 5 – 6 – 7 – 8 – 9 – 10</a></p>
<p>The survey takes about two minutes and is anonymous. We do not ask about your contract or your health, and your answers are not linked to your customer record.</p>
<p>Thank you!<br>Your Versicherer customer service team</p>
<p style="font-size:11px;color:#777">You receive this e-mail once after a contact with us. <a href="https://feedback.versicherer.example/optout">No more surveys</a></p>
</body></html>""")

M("S", "en", "customer", "son writes for his father with dementia about the father's life insurance; power of attorney",
  frm=ADDR("berger"), to="Leben Kundenservice <leben-service@versicherer.example>", subj="FW: My father's life insurance – power of attorney",
  date="2026-01-27 14:48", sig="berger", sigstyle="short", lang="en", ent="lv",
  body="""Please scan the attached POA into the file and set the son as contact. I've told him we need a certified copy by post as well.""",
  quote=FW("Daniel Marx <daniel.marx@protonmail.example>", "Tue, 27 Jan 2026 12:10", "leben@versicherer.example",
           "My father's life insurance – power of attorney", """Dear Sir or Madam,

I am writing on behalf of my father, Heinrich Marx (born 11/04/1941), who has a life insurance policy with you, number LV 2.004.771-5. He was diagnosed with Alzheimer's dementia last year and has now moved into a care home in Bonn; he can no longer deal with his own paperwork.

I hold a lasting power of attorney (attached). Could you please send all correspondence to me from now on, and tell me when the policy pays out? I believe it matures in 2027.

Kind regards,
Daniel Marx""", lang="en"),
  att=[SCAN("Vorsorgevollmacht_Marx.pdf", seed="marx-poa")])

M("N", "de", "insurer-to-prospect", "trap: blank confidentiality-release form sent to a prospect who has not applied; placeholders only",
  frm=ADDR("nguyen"), to="Frieda Lorenzen <f.lorenzen@mailbox.example>", subj="AW: Formular Schweigepflichtentbindung",
  date="2026-01-28 11:00", sig="nguyen", ent="kv",
  body="""Sehr geehrte Frau Lorenzen,

anbei wie gewünscht unser Formular zur Schweigepflichtentbindung zum Durchlesen. Sie müssen es jetzt noch nicht ausfüllen – wenn Sie sich für einen Antrag entscheiden, ist es Teil der Antragsunterlagen.

Kurz gesagt: Sie können wählen, ob Sie uns pauschal erlauben, bei Ärzten nachzufragen, oder ob wir Sie vor jeder einzelnen Anfrage um Erlaubnis bitten.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, bevor ich mich entscheide, ob ich bei Ihnen einen Antrag stelle, hätte ich gern das Formular zur Schweigepflichtentbindung zum Lesen. Mir ist wichtig zu wissen, was Sie alles bei Ärzten erfragen dürfen. Mit freundlichen Grüßen, F. Lorenzen"""),
  att=[PDF("Schweigepflichtentbindung_Muster.pdf", [
      ("h", "Einwilligung und Schweigepflichtentbindung"),
      ("p", "Name der versicherten Person: «Vorname» «Nachname»    Geburtsdatum: «TT.MM.JJJJ»"),
      ("p", "Ich entbinde die nachfolgend genannten Personen und Stellen von ihrer Schweigepflicht, soweit dies zur Prüfung meines Antrags erforderlich ist: Ärzte, Zahnärzte, Psychotherapeuten, Krankenhäuser und sonstige Einrichtungen der Krankenversorgung, bei denen ich in den letzten fünf Jahren vor Antragstellung behandelt wurde."),
      ("p", "Variante A: Ich willige ein, dass der Versicherer die genannten Stellen ohne weitere Rückfrage anfragen darf.\nVariante B: Ich möchte vor jeder Anfrage informiert werden und entscheide im Einzelfall."),
      ("p", "Ort, Datum: ____________________    Unterschrift: ____________________"),
      ("small", "Muster – bitte nicht ausfüllen. Stand 01/2026. Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln."),
  ], title="Schweigepflichtentbindung (Muster)")])


# ---- batch 2 -------------------------------------------------------------

M("C", "de", "customer", "tenancy legal-expenses case typed on a phone: named customer, policy number, dispute with landlord",
  frm=ADDR("lindqvist"), to="Rechtsschutz Eingang <rs-eingang@versicherer.example>", subj="WG: Nebenkosten vermieter",
  date="2026-02-02 08:22", sig="lindqvist", sigstyle="name", ent="av",
  body="""Bitte anlegen, Mietrechtsbaustein ist drin (seit 2021). Deckungszusage für Erstberatung kann raus.""",
  quote=Q("""hallo, mein vermieter will 1340 euro nachzahlung für die nebenkosten 2024 obwohl die heizung den halben winter kaputt war. ich hab widersprochen aber er droht jetzt mit anwalt. brauch ich jetzt auch einen? ich hab rechtsschutz bei ihnen RS-4410-7725 mit mietrecht. wohnung ist in der gutenbergstr 18 in essen. danke luca de santis

Von meinem Huawei gesendet"""))

M("S", "de", "insurer-to-customer", "reimbursement letter for an elderly customer's hearing aids",
  frm=ADDR("petrovic"), to="Hildegard Fromm <hildegard.fromm@web.example>", subj="Ihre Hörgeräte – Erstattung",
  date="2026-02-02 11:15", sig="petrovic", ent="kv",
  body="""Sehr geehrte Frau Fromm,

vielen Dank für die Einreichung der Rechnung von Hörgeräte Klangwerk in Wuppertal über Ihre beiden neuen Hörgeräte (Phonak Audéo, beidseitig, 3.980,00 €) und die ohrenärztliche Verordnung von Frau Dr. Sauer.

Ihr Tarif KomfortPlus erstattet Hörgeräte zu 80 %, höchstens 1.500 € je Ohr alle fünf Jahre. Wir erstatten Ihnen daher 3.000,00 €. Der Betrag geht in den nächsten Tagen auf Ihr Konto mit der Endung 4417.

Die Batterien und die Reinigungsmittel (Position 4 und 5 der Rechnung, 86,50 €) sind leider nicht erstattungsfähig.

Ich wünsche Ihnen, dass Sie sich schnell an die neuen Geräte gewöhnen.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: phone note about an anonymous caller's general questions on care levels; no name, no data",
  frm=ADDR("jansen"), to="Team Pflegeberatung <pflegeberatung@versicherer.example>", subj="Telefonnotiz – allgemeine Anfrage Pflegegrade",
  date="2026-02-03 15:40", sig="jansen", sigstyle="name", ent="kv",
  body="""Hallo ihr,

kurze Notiz, falls die Dame nochmal anruft: Anruferin wollte ihren Namen nicht nennen, war keine Kundin. Allgemeine Fragen:
- Wie viele Pflegegrade gibt es und wer stellt die fest? (5, MD bzw. Medicproof)
- Was ist der Unterschied zwischen Pflegegeld und Pflegetagegeld?
- Ob man eine Pflegezusatz noch mit über 70 abschließen kann (grundsätzlich ja, Gesundheitsfragen).

Ich habe ihr unsere Broschüre "Pflege verstehen" empfohlen (Download auf der Website). Kein Rückruf nötig.

Wiebke""")

M("N", "de", "insurer-to-customer", "trap: marketing reply 'no interest in your care supplement', removed from advertising list; nothing else",
  frm=ADDR("schmitz"), to="Bernhard Quast <b.quast@gmx.example>", subj="AW: Ihr Angebot Pflegezusatz",
  date="2026-02-03 16:02", sig="schmitz", ent="grp",
  body="""Sehr geehrter Herr Quast,

wir haben Ihre Adresse aus unserem Werbeverteiler genommen. Sie erhalten von uns keine Angebote mehr per Post oder E-Mail. Bis die Änderung überall greift, kann es noch bis zu zwei Wochen dauern – falls in dieser Zeit noch ein Brief kommt, bitten wir um Nachsicht.

Mit freundlichen Grüßen""",
  quote=Q("""Ich will keine Pflegezusatzversicherung und auch keine anderen Angebote. Das ist jetzt der dritte Brief. Nehmen Sie mich aus Ihrer Kartei!!!
B. Quast"""))

M("C", "de", "customer", "pet insurance: dog's cruciate-ligament surgery invoice (animal health, grey zone → CONFIDENTIAL)",
  frm=ADDR("wagner"), to="Tierversicherung Leistung <tier-leistung@versicherer.example>", subj="WG: Rechnung Tierklinik Balu",
  date="2026-02-04 09:30", sig="wagner", sigstyle="name", ent="av",
  body="""Bitte erfassen, OP-Schutz Tarif Premium, Selbstbehalt 250 €.""",
  quote=OQ("Nicole Grabowski <nicole.grabowski@t-online.example>", "Dienstag, 3. Februar 2026 20:15", "tier@versicherer.example",
           "Rechnung Tierklinik Balu", """Hallo Frau Wagner,

wie am Telefon besprochen die Rechnung von der Tierklinik Duisburg für unseren Balu (Labrador, 6 Jahre, Chip 276098106622014). Er hat sich beim Toben im Park das Kreuzband gerissen und wurde am 28.1. operiert (TPLO), 2.870,45 €. Er humpelt noch, aber es wird jeden Tag besser.

Unsere Vertragsnummer ist TK-0981-3304.

Liebe Grüße
Nicole Grabowski"""),
  att=[SCAN("Rechnung_Tierklinik_Balu.pdf", seed="balu")])

M("S", "de", "customer", "mother's long one-paragraph story: exhaustion, mother-child cure approved, asks about supplementary tariff",
  frm="Kontaktformular <kontakt@versicherer.example>", to="Service Kranken <service-kranken@versicherer.example>",
  subj="Kontaktformular: Leistungsfrage", date="2026-02-04 23:51", client="system", mailer="Kontaktformular 2.0", ent="kv",
  body="""Eingang über www.versicherer.example/kontakt

Anliegen: Leistungsfrage
Name: Melanie Trautmann
E-Mail: mel.trautmann@gmx.example
Versicherungsnummer (falls bekannt): KZ 4.501.228-6

Ihre Nachricht:
Hallo, ich weiß gar nicht wo ich anfangen soll, ich habe bei Ihnen eine Zusatzversicherung (Krankenhaus und Ambulant) und meine Hausärztin hat mir eine Mutter-Kind-Kur verordnet weil ich seit dem Sommer einfach nicht mehr kann, ich schlafe schlecht, habe ständig Kopfschmerzen und bin total erschöpft, sie sagt es ist ein Erschöpfungssyndrom kurz vor Burnout, die AOK hat die Kur jetzt genehmigt (drei Wochen in Büsum ab 14. April mit meinen beiden Kindern Leon 4 und Emma 7) aber ich muss trotzdem eine Zuzahlung leisten und das Einzelzimmer kostet extra, und jetzt wollte ich fragen ob Sie davon was übernehmen oder ob das gar nicht versichert ist, ich bin alleinerziehend und jeder Euro zählt, entschuldigen Sie den langen Text, danke!""")

M("N", "de", "insurer-to-customer", "trap: forgotten password and security question for the portal; generic help",
  frm=ADDR("hoffmann"), to="Ursula Kemmerling <u.kemmerling@mail.example>", subj="AW: Passwort vergessen Portal",
  date="2026-02-05 10:10", sig="hoffmann", sigstyle="short", ent="grp",
  body="""Guten Tag Frau Kemmerling,

wenn Sie die Antwort auf Ihre Sicherheitsfrage nicht mehr wissen, können Sie das Passwort nicht selbst zurücksetzen. Wir setzen Ihr Postfach zurück, dafür rufen wir Sie kurz unter der bei uns hinterlegten Telefonnummer an – bitte nicht per E-Mail Ihr Geburtsdatum oder Ähnliches schicken.

Danach bekommen Sie zwei E-Mails: eine mit einem Einmal-Passwort und eine mit dem Link zur Anmeldung. Dann vergeben Sie ein neues Passwort und eine neue Sicherheitsfrage.

Viele Grüße""",
  quote=Q("""Hallo, ich komme nicht mehr in das sichere Postfach. Passwort vergessen und die Frage "Name des ersten Haustiers" weiß ich nicht mehr was ich da eingegeben habe. Was kann ich tun? Gruß U. Kemmerling"""))

M("C", "en", "insurer-to-customer", "household water damage claim of a named customer, payout to her IBAN",
  frm=ADDR("demir"), to="Sarah Lindgren <sarah.lindgren@gmail.example>", subj="Your claim HS-26-001208 – water damage",
  date="2026-02-05 14:30", sig="demir", lang="en", ent="av",
  body="""Dear Ms Lindgren,

thank you for the photos and the invoice from the plumber. The hose of your washing machine burst on 22 January and the water damaged the kitchen floor and the base cabinets in your flat at Brüsseler Straße 9, Cologne.

Under your household policy HR-7720-1145 we cover the damaged contents (cabinets, two rugs, the washing machine itself) at replacement value: EUR 2,145.00. The laminate floor belongs to the building – please forward the claim to your landlord's building insurer; we have written the report so you can simply pass it on.

We will pay the amount to the account you gave us:
{iban} (S. Lindgren)

Kind regards""".format(iban=IB("DE", "370400440532013000")))

M("S", "de", "customer", "daughter reports her father's death in a nursing home and asks about his life insurance payout",
  frm=ADDR("berger"), to="Leben Leistung <leben-leistung@versicherer.example>", subj="WG: Tod meines Vaters",
  date="2026-02-06 08:45", sig="berger", sigstyle="name", ent="lv",
  body="""Todesfallmeldung zu LV 2.310.055-7, Sterbeurkunde folgt. Bitte Bezugsrecht prüfen und Unterlagenanforderung an Frau Brink senden.""",
  quote=Q("""Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Vater Erich Brink am 30. Januar im Pflegeheim St. Josef in Hamm verstorben ist. Er lag seit zwei Jahren im Heim, zuletzt nach einem zweiten Schlaganfall. Er hatte bei Ihnen eine Lebensversicherung, die Nummer steht auf dem Schein: LV 2.310.055-7. Soweit ich weiß, bin ich als Bezugsberechtigte eingetragen.

Was brauchen Sie von mir? Die Sterbeurkunde bekomme ich nächste Woche vom Standesamt.

Mit freundlichen Grüßen
Andrea Brink"""))

M("N", "de", "newsletter", "trap: health newsletter on flu season and vaccinations, generic advice, no person",
  frm="Versicherer Gesundheit <newsletter@versicherer.example>", to="abonnenten@newsletter.versicherer.example",
  subj="Grippesaison: So kommen Sie gesund durch den Februar", date="2026-02-06 07:00",
  body="""Gesund durch den Winter – Ihr Newsletter im Februar

1. Grippeimpfung: Noch nicht zu spät
Die Ständige Impfkommission empfiehlt die Grippeimpfung allen ab 60, Schwangeren, chronisch Kranken und medizinischem Personal. Auch im Februar lohnt sie sich noch. Unsere Krankenversicherung erstattet empfohlene Schutzimpfungen in allen Tarifen.

2. Erkältung oder Grippe?
Eine Erkältung beginnt meist langsam mit Halskratzen und Schnupfen. Die echte Grippe kommt plötzlich: hohes Fieber, Gliederschmerzen, starkes Krankheitsgefühl. Bei Atemnot oder Fieber über 39 °C, das länger als drei Tage anhält, bitte zum Arzt.

3. Rezept des Monats: Ingwer-Zitronen-Suppe
...mehr auf unserer Website.

4. Videosprechstunde rund um die Uhr
Versicherte unserer Vollversicherung erreichen über die App jederzeit eine Ärztin oder einen Arzt.

Sie erhalten diesen Newsletter, weil Sie ihn auf www.versicherer.example abonniert haben. Abmelden: https://www.versicherer.example/newsletter/abmelden""")

M("C", "de", "insurer-to-customer", "newborn son with birth date added to the family liability policy (non-personal line, no birth details)",
  frm=ADDR("kaya"), to="Tobias und Leonie Wirth <wirth.family@posteo.example>", subj="AW: Unser Sohn – Haftpflicht",
  date="2026-02-09 09:12", sig="kaya", ent="av",
  body="""Liebe Familie Wirth,

herzlichen Glückwunsch zur Geburt von Jonas! Kinder sind in Ihrer Familien-Privathaftpflicht automatisch mitversichert, Sie müssen nichts weiter tun. Wir haben ihn trotzdem gern in den Vertrag eingetragen:

Vertrag PH-2201-8843
mitversichert: Jonas Wirth, geb. 14.11.2025

Beitrag und Bedingungen ändern sich nicht.

Alles Gute für Sie drei!""",
  quote=Q("""Hallo, wir haben Nachwuchs bekommen :) Jonas, geboren am 14.11.2025. Muss er bei der Haftpflicht eingetragen werden? Vertragsnummer PH-2201-8843. Viele Grüße Leonie Wirth"""))

M("S", "de", "customer", "whole story in one paragraph: rear-end collision, whiplash and headaches 'seit dem Unfall', physio",
  frm=ADDR("brenner"), to="Kfz Personenschaden <kfz-personenschaden@versicherer.example>", subj="WG: Unfall am 19.1. Ihr Versicherungsnehmer ist mir drauf gefahren",
  date="2026-02-09 13:05", sig="brenner", sigstyle="short", ent="av",
  body="""Personenschaden zu KS-26-002980 (unser VN Hr. Leitner, Auffahrunfall). Bitte übernehmen, Sachschaden läuft bei mir weiter.""",
  quote=Q("""Sehr geehrte Damen und Herren ich schreibe Ihnen weil mir Ihr Versicherungsnehmer Herr Leitner am 19. Januar an der Ampel in Neuss mit seinem BMW hinten drauf gefahren ist und ich seit dem Unfall jeden Tag Kopfschmerzen und Nackenschmerzen habe, im Krankenhaus Lukas haben sie ein Schleudertrauma (HWS-Distorsion) festgestellt und ich war zwei Wochen krankgeschrieben, jetzt habe ich zehnmal Physiotherapie verschrieben bekommen und kann nachts nicht richtig schlafen, ich arbeite als Busfahrerin und konnte nicht fahren, mein Verdienstausfall ist ungefähr 900 Euro, ich möchte wissen an wen ich die Rechnungen schicken muss und ob ich Schmerzensgeld bekomme, Ihr Aktenzeichen hat mir Herr Leitner gegeben KS-26-002980, mit freundlichen Grüßen Yvonne Szymanski, Krefelder Straße 80, 41460 Neuss"""))

M("N", "de", "insurer-to-customer", "trap: callback rescheduled, no topic or data",
  frm=ADDR("kowalski"), to="Mehmet Arslan <mehmet.arslan@hotmail.example>", subj="AW: Rückruf",
  date="2026-02-09 16:44", sig="kowalski", sigstyle="short", client="mobile",
  body="""Hallo Herr Arslan,

kein Problem, ich habe den Rückruf auf morgen 17:30 Uhr verschoben.

Viele Grüße""",
  quote=Q("""bitte rückruf erst nach 17 uhr bin auf arbeit und kann nicht telefonieren. danke"""))

M("C", "de", "insurer-to-customer", "mortgage via the insurer: income from payslips and tax ID of a named couple",
  frm=ADDR("falk"), to="Jan Hollmann <jan.hollmann@web.example>", cc="Kristin Hollmann <kristin.hollmann@web.example>",
  subj="Baufinanzierung – fehlende Unterlagen", date="2026-02-10 10:50", sig="falk", ent="grp",
  body="""Hallo Frau und Herr Hollmann,

danke für die Unterlagen zur Finanzierung der Wohnung in der Römerstraße. Ich habe alles an die Baufinanzierung weitergegeben und fasse zusammen, was dort jetzt angesetzt wird:

Jan Hollmann: Nettoeinkommen 3.412 € monatlich (Durchschnitt Okt–Dez 2025), Steuer-ID 57 120 448 319
Kristin Hollmann: Nettoeinkommen 1.980 € monatlich (Teilzeit 30 Std.), Steuer-ID 84 903 215 670
Eigenkapital: 68.000 €

Es fehlt noch die Lohnsteuerbescheinigung 2025 von Frau Hollmann und ein aktueller Grundbuchauszug. Wenn beides da ist, bekommen Sie in etwa einer Woche das Angebot.

Viele Grüße""")

M("N", "en", "insurer-to-customer", "trap: how to send encrypted mail / use the secure portal; generic instructions",
  frm=ADDR("fischer"), to="Oliver Grant <oliver.grant@protonmail.example>", subj="RE: Can I send documents encrypted?",
  date="2026-02-10 12:20", sig="fischer", lang="en", ent="grp",
  body="""Dear Mr Grant,

good question, and thank you for asking before sending anything. You have three options:

1. If your mail program supports S/MIME and you have a certificate, send us a signed e-mail first; from then on we can encrypt our replies to you, and you can encrypt to us using the certificates in our directory at https://www.versicherer.example/zertifikate.
2. Use our secure mailbox (portal). Write to us from your normal address and say "please reply via the portal" – you'll then receive a one-time password and a registration link in two separate e-mails.
3. Upload documents in the app.

Please don't send medical documents or bank details by ordinary e-mail.

Best regards""",
  quote=Q("""Hi, I'd like to send you some documents but I'm not comfortable with normal email. Do you offer encryption? Thanks, Oliver"""))

M("S", "en", "insurer-to-customer", "reply to an expat about reimbursement of his grass-pollen immunotherapy",
  frm=ADDR("whitfield"), to="Rajesh Menon <rajesh.menon@gmail.example>", subj="RE: Allergy shots – claim IH-CL-26-00731",
  date="2026-02-11 09:40", sig="whitfield", lang="en", ent="kv",
  body="""Dear Mr Menon,

thank you for sending the invoices from Dr. Krämer's practice. Your hyposensitisation for grass and birch pollen allergy (subcutaneous injections, 3-year course) is covered under your plan as outpatient treatment. We have reimbursed the first five injections and the allergy test from December, EUR 418.60, less your outpatient deductible of EUR 200 for 2026: EUR 218.60.

For the rest of the course you do not need to ask for approval again; just send the invoices as usual, ideally every quarter.

I hope the pollen season is kinder to you this year!

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: general question about check-up intervals; generic answer, nothing about the writer",
  frm=ADDR("haas"), to="Rainer Oberle <rainer.oberle@t-online.example>", subj="AW: Vorsorge allgemein",
  date="2026-02-11 14:25", sig="haas", ent="kv",
  body="""Sehr geehrter Herr Oberle,

bei den gesetzlichen Kassen gilt: Der "Check-up" für Erwachsene ab 35 ist alle drei Jahre vorgesehen, zwischen 18 und 34 einmal. Bei uns in der privaten Krankenversicherung gibt es diese Beschränkung nicht – Vorsorgeuntersuchungen nach den gesetzlich eingeführten Programmen werden ohne Selbstbehalt erstattet, und in den Tarifen ab "Komfort" auch zusätzliche Untersuchungen wie der Hautkrebs-Check jährlich.

Ausführlich steht das im Abschnitt "Vorsorge" unserer Tarifübersicht.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, ich habe gelesen, dass die Vorsorgeuntersuchung ab 35 nur alle drei Jahre bezahlt wird. Ist das bei der privaten auch so? Nur allgemein gefragt. Gruß Oberle"""))

M("C", "de", "customer", "phone insurance: cracked display, IMEI and contract number of a named customer",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Schadenservice Elektronik <schaden-elektronik@versicherer.example>",
  subj="[App] Schaden melden: Handy", date="2026-02-12 18:33", client="system", mailer="Versicherer App Backend 5.1",
  body="""Nachricht aus der Versicherer-App (Android 14, App 5.1.2)

Kunde: Jasmin Khalil
Kundennummer: 40 773 5108
Vertrag: Elektronikversicherung EL-0490-2217 (Smartphone)
Schadentag: 12.02.2026

Schilderung:
handy ist mir beim aussteigen aus der bahn runtergefallen display total zersplittert, touch geht nur noch unten. Samsung Galaxy S24, IMEI 356789104412937. gekauft 03/2025 bei mediamarkt. welcher shop darf das reparieren?""")

M("S", "de", "insurer-to-customer", "one-line reply; quoted customer mail announces a birth and asks to add the baby to private health insurance",
  frm=ADDR("nguyen"), to="Katharina Ebeling <k.ebeling@gmx.example>", subj="AW: Kind nachversichern",
  date="2026-02-12 09:05", sig="nguyen", sigstyle="short", ent="kv",
  body="""Liebe Frau Ebeling, herzlichen Glückwunsch – das Formular zur Kindernachversicherung kommt heute per Post, bitte bis spätestens 09.04. zurück.""",
  quote=OQ("Katharina Ebeling <k.ebeling@gmx.example>", "Mittwoch, 11. Februar 2026 22:03", "antrag-kranken@versicherer.example",
           "Kind nachversichern", """Hallo,

unsere Tochter Ella ist am 9. Februar per Kaiserschnitt im Marienhospital Bonn zur Welt gekommen, 3.120 g, beiden geht es gut. Ich bin bei Ihnen vollversichert (KV 7.602.331-4) und möchte Ella ohne Gesundheitsprüfung mitversichern, das geht doch innerhalb von zwei Monaten, oder?

Liebe Grüße
Katharina Ebeling"""))

M("N", "de", "internal", "trap: team lead's standard answer on glasses reimbursement for the hotline; no customer",
  frm=ADDR("petrovic"), to="Team Hilfsmittel <hilfsmittel-team@versicherer.example>", cc="Team Kundenservice Kranken <kundenservice-kranken@versicherer.example>",
  subj="Heute viele Anrufe wegen Brillen – Textbaustein", date="2026-02-13 08:05", sig="petrovic", sigstyle="name", ent="kv",
  body="""Guten Morgen zusammen,

seit dem Artikel in der Zeitung am Mittwoch rufen sehr viele Leute wegen der Brillenerstattung an. Bitte nehmt für Mails und Telefon diesen Baustein:

"Sehhilfen (Brillengläser und Kontaktlinsen) werden in den Tarifen Komfort und KomfortPlus bis 300 € innerhalb von zwei Kalenderjahren erstattet, im Tarif Basis nur nach einer Augenoperation oder bei einer Sehschwäche über 6 Dioptrien. Fassungen erstatten wir nicht. Bitte reichen Sie die Rechnung des Optikers und, falls vorhanden, die augenärztliche Verordnung ein."

Einzelfälle mit Lasik etc. bitte weiter an mich.

Danke!
Jelena""")

M("C", "de", "customer", "cancellation of household insurance because of moving in with the partner; policy numbers",
  frm=ADDR("kaya"), to="Vertragsservice Sach <vertrag-sach@versicherer.example>", subj="WG: Kündigung Hausrat",
  date="2026-02-13 11:30", sig="kaya", sigstyle="name", ent="av",
  body="""Kündigung bitte zum 31.03. bestätigen, Sonderkündigungsrecht wegen Zusammenlegung greift. Haftpflicht bleibt.""",
  quote=Q("""Sehr geehrte Damen und Herren,

hiermit kündige ich meine Hausratversicherung HR-0188-6021 zum 31.03.2026. Ich ziehe zu meinem Freund nach Leverkusen (Birkenweg 3), der hat schon eine Hausrat für die gemeinsame Wohnung. Meine Privathaftpflicht PH-0188-6022 soll bitte weiterlaufen, mit der neuen Adresse.

Bitte bestätigen Sie mir die Kündigung.

Freundliche Grüße
Carina Wolters"""))

M("N", "de", "insurer-to-customer", "trap: elderly customer complains the app's font is too small; generic answer, no data",
  frm=ADDR("schmitz"), to="Manfred Kuhlmann <manfred.kuhlmann@web.example>", subj="AW: Schrift in der App",
  date="2026-02-16 10:15", sig="schmitz", ent="grp",
  body="""Sehr geehrter Herr Kuhlmann,

danke für Ihre Rückmeldung, die geben wir ans App-Team weiter. Bis dahin ein Tipp: Die App richtet sich nach der Schriftgröße Ihres Telefons. Unter Einstellungen → Anzeige → Schriftgröße können Sie sie vergrößern, dann wird auch die App größer.

Mit freundlichen Grüßen""",
  quote=Q("""Sehr geehrte Damen und Herren, die Schrift in Ihrer App ist viel zu klein, ich kann das nicht lesen. Nicht jeder ist 25. Mit freundlichen Grüßen Manfred Kuhlmann"""))

M("S", "de", "internal", "phone note: customer's wife had a stroke, help with care application (care line, health details)",
  frm=ADDR("jansen"), to="Pflege Leistung <pflege-leistung@versicherer.example>", subj="Telefonnotiz Hr. Sauerland – Antrag Pflegeleistungen",
  date="2026-02-16 14:50", sig="jansen", sigstyle="short", ent="kv",
  body="""Hallo zusammen,

Herr Dieter Sauerland hat angerufen wegen seiner Frau Brigitte (PPV und Pflegetagegeld PT 1.488.102-3). Sie hatte am 2.2. einen Schlaganfall, ist rechtsseitig gelähmt und liegt noch im Klinikum Leverkusen, ab 24.2. Anschlussreha in Bad Neuenahr. Danach soll sie nach Hause, er will sie selbst pflegen mit einem Pflegedienst.

Er braucht: Antrag auf Pflegeleistungen (habe ich ihm heute geschickt), Infos zu Pflegebett und Umbau Bad. Begutachtung durch Medicproof am besten noch in der Reha.

Bitte Vorgang anlegen, ich bleibe als Pflegeberaterin dran. Herr Sauerland ist sehr durcheinander, bitte freundlich.

Wiebke Jansen""")

M("N", "en", "insurer-to-customer", "trap: staff out-of-office auto-reply to a customer, no content",
  frm=ADDR("seidel"), to="Jacqueline Moreau <jacqueline.moreau@orange.example>", subj="Automatic reply: Question about my trip",
  date="2026-02-16 19:02", client="system", mailer="Microsoft Exchange", lang="en", ent="av",
  body="""Thank you for your e-mail. I am out of the office until 23 February 2026 with no access to e-mail.

For urgent travel matters please contact our travel team at reise@versicherer.example or call +49 221 555-4600. For emergencies abroad, our assistance line is available 24/7 at +49 221 555-9112.

Ines Seidel
Travel Insurance""")

M("C", "en", "customer", "customer's own words: suitcase lost on a flight, baggage insurance, no health content",
  frm=ADDR("seidel"), to="Reise Schaden <reise-schaden@versicherer.example>", subj="FW: Lost suitcase Lisbon",
  date="2026-02-24 08:30", sig="seidel", sigstyle="short", lang="en", ent="av",
  body="""Reisegepäck, Vertrag RG-2025-33190. Please open a file; PIR from the airline is attached to her mail.""",
  quote=FW("Jacqueline Moreau <jacqueline.moreau@orange.example>", "Mon, 16 Feb 2026 18:58", "ines.seidel@versicherer.example",
           "Question about my trip", """Hello Ms Seidel,

my suitcase did not arrive in Lisbon on 14 February (flight TP 577 from Düsseldorf). TAP says it's still being traced but it's been two days. I had to buy clothes and toiletries for about 260 euros. My baggage insurance number is RG-2025-33190.

Do I claim from you or from the airline first? I have the Property Irregularity Report, reference LISTP48812.

Thanks,
Jacqueline Moreau""", lang="en"))


# ---- batch 3 -------------------------------------------------------------

M("S", "de", "customer", "elderly customer's medication list from the GP and penicillin allergy, windows-1252 body",
  frm=ADDR("kroeger"), to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>", subj="WG: Meine Medikamente",
  date="2026-02-17 09:02", sig="kroeger", sigstyle="name", charset="windows-1252", ent="kv",
  body="""Zur Akte KV 3.220.871-0 (Frau Dahlmann), sie fragt nach der Erstattung der Zuzahlungen.""",
  quote=FW("Margarete Dahlmann <m.dahlmann@t-online.example>", "16.02.2026 15:20", "sabine.kroeger@versicherer.example",
           "Meine Medikamente", """Sehr geehrte Frau Kröger,

Sie baten mich am Telefon, Ihnen aufzuschreiben, welche Tabletten ich vom Hausarzt bekomme. Es sind:

Metformin 1000 mg morgens und abends (Zucker)
Bisoprolol 2,5 mg morgens (Herz)
Simvastatin 20 mg abends
ASS 100 mg

Gegen Penicillin bin ich allergisch, das steht auch in meinem Allergiepass. Die Rezepte sammle ich in einem Umschlag und schicke sie Ihnen zum Quartalsende.

Mit freundlichen Grüßen
Margarete Dahlmann"""))

M("N", "de", "insurer-to-customer", "trap: blank household claim form sent as DOCX; only placeholders and empty fields",
  frm=ADDR("demir"), to="Stephan Gerlach <stephan.gerlach@outlook.example>", subj="AW: Formular Schadenmeldung",
  date="2026-02-17 11:40", sig="demir", ent="av",
  body="""Hallo Herr Gerlach,

anbei das Formular zur Schadenmeldung, wie gewünscht als Word-Datei zum Ausfüllen am PC. Sie können Schäden aber auch direkt in der App oder online melden, das geht meist schneller.

Viele Grüße""",
  quote=Q("""Hallo, haben Sie das Formular für eine Schadenmeldung auch als Word? Ich drucke nicht so gern. Gruß S. Gerlach"""),
  att=[DOCX("Schadenmeldung_Hausrat_Formular.docx", [
      ("h", "Schadenmeldung Hausrat / Wohngebäude"),
      "Bitte vollständig ausfüllen und mit Fotos und Belegen an schaden-sach@versicherer.example senden.",
      ("t", [["Feld", "Angabe"], ["Versicherungsnummer", ""], ["Name, Vorname", ""], ["Anschrift des Versicherungsorts", ""],
             ["Schadentag / Uhrzeit", ""], ["Schadenart (Leitungswasser, Einbruch, Sturm, Feuer, Glas, sonstiges)", ""],
             ["Schilderung des Hergangs", ""], ["Polizeiliches Aktenzeichen (bei Einbruch/Diebstahl)", ""],
             ["Geschätzte Schadenhöhe", ""], ["Bankverbindung für die Auszahlung (IBAN)", ""]]),
      "Ort, Datum, Unterschrift: ______________________________",
  ])])

M("C", "de", "insurer-to-customer", "motor contract change: daughter added as driver with birth date, SF class, plate",
  frm=ADDR("engel"), to="Ralf Tiedemann <ralf.tiedemann@gmx.example>", subj="Ihr Kfz-Vertrag KF-3108-2256 – neue Fahrerin",
  date="2026-02-18 10:05", sig="engel", ent="av",
  body="""Sehr geehrter Herr Tiedemann,

wie gewünscht haben wir Ihre Tochter als Fahrerin für Ihren Skoda Octavia (GL-RT 447) eingetragen:

Fahrerin: Lina Tiedemann, geb. 22.06.2007, Führerschein seit 15.01.2026 (begleitetes Fahren bis 22.06.2025 nicht angerechnet)

Durch die junge Fahrerin steigt Ihr Beitrag ab 01.03.2026 von 52,80 € auf 81,35 € monatlich. Ihre Schadenfreiheitsklasse SF 14 bleibt unverändert. Den Nachtrag erhalten Sie per Post.

Übrigens: Wenn Lina in zwei, drei Jahren ein eigenes Auto hat, können wir ihr über die Zweitwagenregelung einen günstigeren Einstieg anbieten.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "mother writes for her 19-year-old son about psychotherapy sessions",
  frm=ADDR("haas"), to="Leistung Psychotherapie <leistung-psy@versicherer.example>", subj="WG: Therapiestunden für meinen Sohn",
  date="2026-02-18 13:22", sig="haas", sigstyle="name", ent="kv",
  body="""Sohn ist 19 und selbst VN-mitversichert – bitte Antwort an ihn direkt oder Vollmacht anfordern. Antrag auf Kostenzusage liegt noch nicht vor.""",
  quote=OQ("Birgit Albrecht-Hess <birgit.hess@web.example>", "Dienstag, 17. Februar 2026 22:40", "service-kranken@versicherer.example",
           "Therapiestunden für meinen Sohn", """Guten Abend,

mein Sohn Niklas (19, über uns mitversichert, KV 7.119.604-2) geht seit Herbst nicht mehr zur Uni und zieht sich total zurück. Jetzt hat er endlich einen Termin bei einer Psychotherapeutin in Münster bekommen, Frau Dipl.-Psych. Koenen. Sie möchte erst 5 probatorische Sitzungen und dann eine Verhaltenstherapie mit 24 Stunden beantragen, sie spricht von einer mittelgradigen Depression.

Muss man das vorher bei Ihnen genehmigen lassen? Wie viele Stunden zahlen Sie? Er selbst schafft es gerade nicht, sich darum zu kümmern.

Danke und viele Grüße
Birgit Albrecht-Hess"""))

M("N", "de", "internal", "trap: marketing draft for a braces campaign with fictitious persona 'Familie Muster'",
  frm=ADDR("baumann"), to="Produktmanagement Zahn <pm-zahn@versicherer.example>", subj="Entwurf Kampagne 'Lächeln lohnt sich' – bitte fachlich prüfen",
  date="2026-02-18 15:10", sig="baumann", sigstyle="short", ent="grp",
  body="""Hallo zusammen,

anbei der Textentwurf für die Frühjahrskampagne Kieferorthopädie. Persona und Zahlen sind ausgedacht, bitte nur prüfen, ob die Leistungsaussagen stimmen.

---
Headline: Zahnspange? Wir sind dabei.

Lisa Muster ist 10 und braucht eine Zahnspange. Die gesetzliche Kasse zahlt nur die Standardversorgung – Mini-Brackets, Retainer und professionelle Zahnreinigung während der Behandlung kosten oft 1.000 bis 2.500 € extra. Mit ZahnKids übernehmen wir bis zu 80 % davon, wenn der Vertrag vor der ersten kieferorthopädischen Untersuchung abgeschlossen wurde.

Jetzt ab 8,90 € im Monat für Kinder bis 17.
---

Fragen: Stimmt "vor der ersten Untersuchung" so? Und die 80 %?

Danke, Julia""")

M("C", "de", "customer", "parent reports that their 9-year-old broke the neighbour's window; liability policy, nobody hurt",
  frm=ADDR("oltmanns"), to="Haftpflicht Schaden <haftpflicht-schaden@versicherer.example>", subj="WG: Fensterscheibe Nachbar",
  date="2026-02-19 08:50", sig="oltmanns", sigstyle="name", ent="av",
  body="""Kind unter 7? Nein, 9 – also deliktsfähig-Prüfung nötig. Bitte Schaden anlegen unter PH-4022-1918, Glaserrechnung anfordern.""",
  quote=Q("""hallo zusammen, mein sohn finn (9) hat gestern beim fussball spielen im garten die terrassentür von unseren nachbarn (familie roth, gartenweg 12) kaputt geschossen. verletzt wurde zum glück niemand. der glaser kommt am montag und schätzt so 600-800 euro. wir haben die privathaftpflicht PH-4022-1918 bei ihnen. zahlt die das? finn hat schon sein taschengeld angeboten :)
gruß nadine kessler"""))

M("N", "en", "insurer-to-customer", "trap: general question why private health premiums rise; generic explanation, no contract data",
  frm=ADDR("schmitz"), to="Paul Ashworth <paul.ashworth@gmail.example>", subj="RE: Why do premiums go up every year?",
  date="2026-02-19 11:30", sig="schmitz", lang="en", ent="grp",
  body="""Dear Mr Ashworth,

fair question. In German private health insurance, premiums may only be adjusted when the actual claims costs in a tariff differ from the calculated ones by more than a threshold set by law (usually 10 %, in some tariffs 5 %). An independent trustee has to approve every adjustment.

The main drivers are medical progress (new, often more expensive treatments), people using more care as they age, and low interest rates on the ageing reserves in past years. Premiums do not rise because an individual customer gets ill or makes claims.

There is a more detailed explanation on our website under "Beitragsanpassung – einfach erklärt" (also in English).

Best regards""",
  quote=Q("""Hello, I'm considering private health insurance but a friend says it gets more expensive every year. Why is that? Paul"""))

M("S", "en", "customer", "daughter abroad writes about her mother's walker and stair lift after hip fracture, care insurance",
  frm=ADDR("jansen"), to="Pflege Leistung <pflege-leistung@versicherer.example>", subj="FW: Stair lift for my mother",
  date="2026-02-19 14:15", sig="jansen", sigstyle="short", lang="en", ent="kv",
  body="""Hilfsmittel / wohnumfeldverbessernde Maßnahme zu PT 1.301.447-0 (Frau Gerda Novak, PG 2). Daughter lives in Dublin, POA on file since 2024.""",
  quote=FW("Claire Novak <claire.novak@eircom.example>", "Wed, 18 Feb 2026 20:12", "pflege@versicherer.example",
           "Stair lift for my mother", """Dear care team,

my mother Gerda Novak (policy PT 1.301.447-0) fell at home in January and broke her hip. She had surgery at the Evangelisches Krankenhaus in Mülheim and is now back home, but she can only walk with a walker and cannot manage the stairs to her bedroom anymore. Her care level was raised to 2 last week.

We have a quote for a stair lift (EUR 8,900) and her GP has prescribed a rollator and a raised toilet seat. What will the care insurance pay, and do I need to apply before the lift is installed?

I live in Dublin and deal with this by e-mail, so thank you for your patience.

Claire Novak""", lang="en"))

M("C", "de", "insurer-to-customer", "legal expenses (employment): dismissal of a named customer with salary figure, no health",
  frm=ADDR("lindqvist"), to="Thorsten Vahl <thorsten.vahl@gmx.example>", subj="Deckungszusage Arbeitsrecht – RS-2780-0419",
  date="2026-02-20 09:45", sig="lindqvist", ent="av",
  body="""Sehr geehrter Herr Vahl,

für die Kündigungsschutzklage gegen die Kessler Logistik GmbH erteilen wir Ihnen Deckungszusage für die erste Instanz vor dem Arbeitsgericht Dortmund. Der Streitwert richtet sich nach drei Bruttomonatsgehältern; bei Ihrem Gehalt von 3.850 € brutto sind das 11.550 €.

Ihre Selbstbeteiligung von 150 € zahlen Sie direkt an Ihre Anwältin, Frau Rechtsanwältin Marx. Alle weiteren Kosten rechnet sie mit uns ab.

Bitte denken Sie an die Frist: Die Klage muss innerhalb von drei Wochen nach Zugang der Kündigung (bei Ihnen am 11.02.2026) eingereicht sein.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: opening hours and parking at the branch office; no topic",
  frm=ADDR("kowalski"), to="Erna Bleckmann <erna.bleckmann@web.example>", subj="AW: Öffnungszeiten",
  date="2026-02-20 12:00", sig="kowalski", ent="av",
  body="""Sehr geehrte Frau Bleckmann,

unsere Geschäftsstelle am Rheinufer ist montags bis donnerstags von 8 bis 17 Uhr und freitags von 8 bis 14 Uhr geöffnet. Parkplätze für Besucher gibt es im Innenhof, Einfahrt über die Seitenstraße (Am Leystapel). Der Eingang ist barrierefrei.

Sie müssen keinen Termin vereinbaren, mit Termin geht es aber schneller.

Mit freundlichen Grüßen""",
  quote=Q("""Wann haben Sie geöffnet und kann man bei Ihnen parken? Ich komme mit dem Auto. E. Bleckmann"""))

M("S", "de", "customer", "HTML-only app relay with a table of the customer's dental and physiotherapy invoices",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>",
  subj="[App] 3 Belege eingereicht", date="2026-02-20 21:17", client="system", mailer="Versicherer App Backend 5.1", ent="kv",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Belegeinreichung</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<h3>Belegeinreichung über die Versicherer-App</h3>
<p>Kunde: <b>Oksana Melnyk</b> &middot; Kundennummer 40 610 2283 &middot; Vertrag KV 7.915.337-2</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Nr.</th><th>Rechnungssteller</th><th>Datum</th><th>Betrag</th><th>Art (Kundenangabe)</th></tr>
<tr><td>1</td><td>Zahnarztpraxis Dr. Yüksel, Köln-Kalk</td><td>05.02.2026</td><td>1.284,70 €</td><td>Wurzelbehandlung Zahn 36</td></tr>
<tr><td>2</td><td>Physiopraxis Bewegungsraum</td><td>10.02.2026</td><td>342,00 €</td><td>Krankengymnastik Schulter</td></tr>
<tr><td>3</td><td>Dr. med. Hansen, Orthopädie</td><td>28.01.2026</td><td>96,52 €</td><td>Untersuchung, Spritze</td></tr>
</table>
<p>Kommentar der Kundin: <i>Bitte auf mein Konto, danke. Physio geht noch weiter, die Schulter ist noch nicht gut.</i></p>
<p style="color:#888;font-size:11px">Automatisch erzeugt. Die Belegbilder finden Sie im Dokumentensystem unter Vorgang APP-26-118904.</p>
</body></html>""")

M("N", "de", "insurer-to-customer", "trap: calendar invitation to a public information evening on care in old age",
  frm=ADDR("jansen"), to="Infoabend Teilnehmende <infoabend-pflege@versicherer.example>", subj="Einladung: Infoabend „Pflege im Alter – was tun, wenn es so weit ist?“",
  date="2026-02-23 10:00", sig="jansen", ent="kv",
  body="""Liebe Interessierte,

vielen Dank für Ihre Anmeldung zu unserem offenen Infoabend. Im Anhang finden Sie den Termin für Ihren Kalender.

Themen:
- Pflegegrade und wie die Begutachtung abläuft
- Was die gesetzliche Pflegeversicherung zahlt und wo Lücken bleiben
- Pflege zu Hause, Tagespflege, Pflegeheim – Kosten im Überblick
- Vorsorgevollmacht und Patientenverfügung (mit einer Notarin als Gast)

Der Abend ist kostenlos und offen für alle, auch wenn Sie nicht bei uns versichert sind. Wir stellen keine Fragen zu Ihrer persönlichen Situation – dafür gibt es auf Wunsch einen separaten Beratungstermin.

Herzliche Grüße""",
  att=[ICS("Infoabend_Pflege.ics", "infoabend-pflege-20260312@versicherer.example", "Infoabend: Pflege im Alter",
           "20260312T183000", "20260312T203000", ("Wiebke Jansen", "wiebke.jansen@versicherer.example"),
           location="Versicherer, Rheinuferstraße 12, Köln – Saal Rhein (EG)",
           description="Offener Infoabend zur Pflege. Eintritt frei. Parkplätze im Innenhof.")])

M("C", "de", "customer", "deer collision typed on a phone: plate, comprehensive cover, hunter's certificate, nobody hurt",
  frm=ADDR("brenner"), to="Kfz Schaden <kfz-schaden@versicherer.example>", subj="WG: Wildunfall",
  date="2026-02-23 07:35", sig="brenner", sigstyle="name", ent="av",
  body="""Teilkasko KF-8801-4470, bitte Gutachter beauftragen.""",
  quote=Q("""Guten morgen hab gestern abend auf der L 288 bei Wipperfürth ein reh erwischt. Mir ist nix passiert, dem auto schon: stossstange vorne rechts kaputt und der scheinwerfer. auto ist ein opel astra GM-TK 881. der jäger war da und hat mir die wildunfallbescheinigung gegeben, hab ich fotografiert. wo soll ich das auto hinbringen? Teilkasko hab ich bei ihnen.
Thomas Klein"""),
  att=[PNG("Wildunfallbescheinigung.png", 110, 150, "klein-wild")])

M("S", "de", "insurer-to-customer", "accident insurance: wrist fracture after a fall on ice, disability assessment",
  frm=ADDR("albrecht"), to="Rosemarie Thelen <rosi.thelen@gmx.example>", subj="Ihr Unfall vom 06.01.2026 – UV 6.204.118-0",
  date="2026-02-23 13:20", sig="albrecht", ent="av",
  body="""Sehr geehrte Frau Thelen,

vielen Dank für die Unfallanzeige und den Bericht des Marien-Hospitals. Sie sind am 6. Januar vor Ihrer Haustür auf Glatteis gestürzt und haben sich das rechte Handgelenk gebrochen (distale Radiusfraktur), die am 8. Januar mit einer Platte versorgt wurde.

Aus Ihrer Unfallversicherung zahlen wir Ihnen schon jetzt:
- Gipsgeld/Bruchgeld: 500,00 €
- Krankenhaustagegeld für 3 Tage: 150,00 €

Ob eine dauerhafte Beeinträchtigung (Invalidität) bleibt, lässt sich erst nach Abschluss der Behandlung beurteilen. Bitte lassen Sie spätestens im Dezember 2026 von Ihrem Unfallchirurgen das beiliegende ärztliche Attest ausfüllen; die Frist für die ärztliche Feststellung endet am 06.01.2027.

Gute Besserung!""")

M("N", "de", "insurer-to-prospect", "trap: what does a child accident insurance cost; generic tariff information",
  frm=ADDR("kowalski"), to="papa.von.drei@gmx.example", subj="AW: Kinderunfallversicherung Preis?",
  date="2026-02-24 09:00", sig="kowalski", ent="av",
  body="""Hallo,

unsere Kinderunfallversicherung gibt es in zwei Varianten:

KidsStart – Invaliditätsgrundsumme 100.000 €, Progression 350 %, Kosmetische OPs bis 10.000 €: 7,40 € im Monat je Kind
KidsPlus – Grundsumme 200.000 €, Progression 500 %, zusätzlich Unfallrente 500 €: 13,90 € im Monat je Kind

Ab dem dritten Kind gibt es 20 % Familienrabatt. Abschließen können Sie online oder bei Ihrer Vertreterin vor Ort.

Viele Grüße""",
  quote=Q("""was kostet bei ihnen eine kinderunfall versicherung? haben 3 kinder. gruß"""))

M("C", "de", "customer", "attachment-only: harmless body, signed SEPA mandate PDF with IBAN for a buildings policy",
  frm=ADDR("becker"), to="Beitragsservice <beitragsservice@versicherer.example>", subj="WG: Lastschrift",
  date="2026-02-24 11:12", sig="becker", sigstyle="name", ent="grp",
  body="""bitte einpflegen""",
  quote=Q("""anbei wie besprochen.
Gruß Heinz Püttmann"""),
  att=[PDF("SEPA_Mandat_Puettmann.pdf", [
      ("h", "SEPA-Lastschriftmandat"),
      ("p", "Zahlungsempfänger: Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln\nGläubiger-ID: DE98ZZZ09999999999\nMandatsreferenz: WG-6613-0290-01"),
      ("p", "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die vom Zahlungsempfänger auf mein Konto gezogenen Lastschriften einzulösen."),
      ("t", [["Feld", "Angabe"], ["Kontoinhaber", "Heinz Püttmann"], ["Anschrift", "Zechenstraße 44, 45892 Gelsenkirchen"],
             ["IBAN", IB("DE", "420501980001223344")], ["Vertrag", "Wohngebäudeversicherung WG-6613-0290"]]),
      ("p", "Gelsenkirchen, 20.02.2026    gez. H. Püttmann"),
  ], title="SEPA-Lastschriftmandat")])

M("S", "de", "customer", "widow's thank-you mail for the quick payout of the funeral-expense life policy",
  frm=ADDR("berger"), to="Team Leben Kundenservice <leben-service@versicherer.example>", subj="WG: Danke",
  date="2026-02-25 08:30", sig="berger", sigstyle="name", ent="lv",
  body="""Liebe Kolleginnen, das hat mich sehr gefreut, deshalb zur Info an alle. Danke an Marc für die schnelle Bearbeitung!""",
  quote=OQ("Irmgard Schwenke <irmgard.schwenke@web.example>", "Dienstag, 24. Februar 2026 17:05", "claudia.berger@versicherer.example",
           "Danke", """Liebe Frau Berger,

ich möchte mich herzlich bedanken. Das Geld aus der Sterbegeldversicherung meines Mannes Horst ist schon angekommen, nur zehn Tage nach meinem Brief. Damit konnte ich die Beerdigung bezahlen. Er ist ja ganz plötzlich gestorben, das Herz, und ich hatte solche Angst, dass das Monate dauert.

Sie waren am Telefon so freundlich zu mir. Das vergesse ich Ihnen nicht.

Ihre Irmgard Schwenke"""))

M("N", "de", "insurer-to-customer", "trap: customer wants correspondence by e-mail instead of paper; no contract or data",
  frm=ADDR("kowalski"), to="Jörg Ladewig <joerg.ladewig@posteo.example>", subj="AW: Weniger Papier bitte",
  date="2026-02-25 10:40", sig="kowalski", ent="av",
  body="""Hallo Herr Ladewig,

gute Nachricht: Das geht. Kundinnen und Kunden, die sich in unserem Kundenportal registrieren und unter "Einstellungen → Postzustellung" die Option "digital" wählen, bekommen Rechnungen, Nachträge und Briefe nur noch ins Postfach und eine E-Mail-Benachrichtigung ohne Inhalt.

Per normaler E-Mail schicken wir Vertragsunterlagen aus Datenschutzgründen nicht.

Viele Grüße""",
  quote=Q("""Hallo, kann man bei Ihnen eigentlich alles per Mail machen statt mit Briefen? Spart Papier und Porto. Danke, J. Ladewig"""))

M("C", "en", "insurer-to-customer", "e-bike theft payout: named customer, frame number, IBAN",
  frm=ADDR("demir"), to="Niels Vandenberg <niels.vandenberg@telenet.example>", subj="Your e-bike claim FS-26-000377",
  date="2026-02-26 14:00", sig="demir", lang="en", ent="av",
  body="""Dear Mr Vandenberg,

good news: we can settle your claim for the stolen e-bike (Riese & Müller Charger4, frame no. RM-CH4-2210938), taken from the bike shelter at Vogelsanger Straße 211 on 3 February.

Purchase price EUR 5,299.00, bought in May 2024; your bicycle insurance pays the replacement value less 10 % for each full year of use: EUR 4,239.20. The police case (no. 260203-1144-E) is still open; if the bike turns up, please let us know.

Payment goes to {iban} (N. Vandenberg) within three working days.

Kind regards""".format(iban=IB("BE", "063123456783", group=4)))

M("S", "de", "customer", "Bavarian dialect phone relay: knee surgery, crutches, asks about hospital daily allowance",
  frm=ADDR("brandt"), to="Posteingang Stationär <leistung-stationaer@versicherer.example>", subj="WG: Nachricht Hr. Gschwendtner (Sprachnachricht, transkribiert)",
  date="2026-02-26 09:20", sig="brandt", sigstyle="name", ent="kv",
  body="""Transkript der Sprachnachricht von der Hotline, zur Akte KH 5.002.671-9.""",
  quote=FW("Sprachbox Hotline <sprachbox@versicherer.example>", "26.02.2026 07:12", "leistung-stationaer@versicherer.example",
           "Sprachnachricht 0171xxxx880 (automatische Transkription)", """Ja griaß God, do is da Gschwendtner Alois aus Traunstein, Vertrag KH fünf null null zwo sechs sieben eins neun. I hob mei Knie operiert kriagt, a neis Kniegelenk, im Klinikum Traunstein, vom zwölften bis zum neunzehnten Februar war i drin. Jetzt geh i an de Krückn. Mei Frau hod gsagt, i kriag do a Kranknhaustagegeld vo eich. Wia geht des, muaß i do wos schicka? Rufts mi hoid zruck, i bin dahoam. Pfiat eich."""))

M("N", "de", "insurer-to-prospect", "trap: ZIP of product documents for a dental supplement sent to a prospect",
  frm=ADDR("kowalski"), to="Annika Roloff <annika.roloff@gmail.example>", subj="AW: Unterlagen Zahnzusatz",
  date="2026-02-27 10:30", sig="kowalski", ent="kv",
  body="""Hallo Frau Roloff,

anbei wie gewünscht alle Unterlagen zu unseren Zahnzusatztarifen in einer ZIP-Datei: Produktinformationsblatt, Tarifbedingungen und die Beitragstabelle.

Viele Grüße""",
  att=[ZIP("Unterlagen_Zahnzusatz.zip", [
      PDF("Produktinformationsblatt_ZahnPlus.pdf", [("h", "Produktinformationsblatt ZahnPlus"),
          "Art der Versicherung: Krankheitskostenzusatzversicherung für gesetzlich Versicherte.",
          "Was ist versichert? Zahnersatz (Kronen, Brücken, Prothesen, Implantate) zu 80 % des Rechnungsbetrags abzüglich der Kassenleistung; Prophylaxe bis 150 € im Kalenderjahr; Kunststofffüllungen.",
          "Was ist nicht versichert? Behandlungen, die vor Vertragsbeginn angeraten oder begonnen wurden.",
          "Zahnstaffel: in den ersten vier Jahren begrenzte Erstattung (1.000 / 2.000 / 3.000 / 4.000 €)."],
          title="PIB ZahnPlus"),
      CSV("Beitragstabelle_ZahnPlus.csv", [["Eintrittsalter", "Monatsbeitrag EUR"], ["0-20", "9,80"], ["21-30", "15,40"],
                                            ["31-40", "19,60"], ["41-50", "26,90"], ["51-60", "34,20"], ["61+", "41,50"]]),
      TXT("Lies_mich.txt", "Die Tarifbedingungen (AVB) finden Sie aktuell unter www.versicherer.example/zahn/avb.\nStand: 01/2026\n"),
  ])])

M("C", "de", "insurer-to-customer", "tax ID and exemption order for a named customer's investment savings plan (not life)",
  frm=ADDR("falk"), to="Sabine Merz <sabine.merz@t-online.example>", subj="AW: Freistellungsauftrag Fondssparplan",
  date="2026-02-27 15:15", sig="falk", ent="grp",
  body="""Liebe Frau Merz,

danke für den ausgefüllten Freistellungsauftrag. Ich habe ihn an unsere Fondsgesellschaft weitergegeben und dabei nur eine Sache korrigiert: Bei Ihrem Mann fehlte im Formular die Steuer-ID, die Sie mir ja am Telefon genannt hatten.

Freistellungsauftrag für Depot FD-0044-18273:
Sabine Merz, Steuer-ID 36 574 119 802
Ralf Merz, Steuer-ID 12 908 547 336
Betrag: 2.000 € (gemeinsam), gültig ab 01.01.2026

Die Bestätigung der Fondsgesellschaft kommt per Post.

Viele Grüße""")

M("S", "en", "insurer-to-customer", "travel health: dengue fever, hospital stay in Thailand, repatriation question",
  frm=ADDR("seidel"), to="Marie Dubois <marie.dubois@free.example>", subj="RE: Hospital in Chiang Mai – case RK-26-0412",
  date="2026-03-02 06:50", sig="seidel", lang="en", ent="av",
  body="""Dear Ms Dubois,

we spoke to Dr. Charoen at Chiang Mai Ram Hospital this morning. Your partner Julien Roche was admitted on 27 February with dengue fever; his platelets are rising again and the doctors expect to discharge him on Wednesday. There is no medical reason for a repatriation flight, so we will not arrange one, but he should not fly for seven days after discharge.

We have sent the hospital a guarantee of payment, so you do not need to pay anything there. The extra hotel nights for you both (up to EUR 150 per night) and the rebooking of your flights are covered under your travel health policy RK-2025-88402.

Please keep all receipts. We wish Julien a fast recovery.

Kind regards""")

M("N", "en", "newsletter", "trap: English home newsletter about frozen pipes and storm damage, no person",
  frm="Versicherer Home <newsletter@versicherer.example>", to="subscribers-en@newsletter.versicherer.example",
  subj="Your home in winter: 5 tips against frozen pipes", date="2026-01-08 07:00", lang="en",
  body="""Your home in winter

1. Keep every room at least at 12 °C, even the ones you don't use.
2. Drain outside taps and garden hoses before the first frost.
3. Going away? Ask a neighbour to check the heating – and tell them where the main water valve is.
4. Insulate pipes in unheated basements and garages.
5. If a pipe bursts: turn off the water, take photos, report the damage in our app.

Did you know? Damage from frost is covered in our buildings insurance, but only if the heating was kept running or the pipes were drained.

You receive this newsletter because you subscribed at www.versicherer.example. Unsubscribe: https://www.versicherer.example/newsletter/unsubscribe""")

M("S", "de", "customer", "body says only 'Aufstellung anbei'; customer's XLSX lists her medical invoices of the year",
  frm=ADDR("kroeger"), to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>", subj="WG: Aufstellung 2025",
  date="2026-03-02 11:25", sig="kroeger", sigstyle="name", ent="kv",
  body="""zur Erfassung""",
  quote=Q("""Hallo Frau Kröger, die Aufstellung anbei. Originale kommen per Post. Gruß Petra Sandkühler"""),
  att=[XLSX("Aufstellung Arztrechnungen 2025.xlsx", {"2025": [
      ["Datum", "Arzt / Praxis", "Was", "Betrag"],
      ["14.01.2025", "Dr. Weber Hausarzt", "Blutabnahme, Schilddrüse", 84.12],
      ["03.03.2025", "Radiologie am Ring", "MRT Lendenwirbelsäule", 612.40],
      ["17.04.2025", "Dr. Ahrens Orthopäde", "Spritzen Rücken 3x", 245.90],
      ["02.06.2025", "Physio Aktiv", "KG 10x", 380.00],
      ["19.09.2025", "Hautarztpraxis Lindental", "Muttermal entfernt", 198.55],
      ["11.11.2025", "Apotheke am Markt", "L-Thyroxin 75, Ibuprofen 600", 41.27],
      ["", "", "Summe", 1562.24],
  ]}, author="Petra Sandkühler")])


# ---- batch 4 -------------------------------------------------------------

M("C", "de", "customer", "all lower case, no punctuation: move to a new address for motor and household contracts",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Vertragsservice Sach <vertrag-sach@versicherer.example>",
  subj="[App] Adresse ändern", date="2026-03-03 23:58", client="system", mailer="Versicherer App Backend 5.1",
  body="""Nachricht aus der Versicherer-App (iOS 19.3, App 5.1.4)

Kunde: Marvin Dressler
Kundennummer: 40 338 9021
Verträge: KF-2240-9016, HR-2240-9017

Text:
hallo wir sind umgezogen neue adresse ist hermülheimer str 150 50354 hürth seit 1 märz auto steht jetzt in der tiefgarage statt auf der strasse macht das was aus beim beitrag hausrat ist jetzt 85 qm vorher 62 danke marvin""")

M("N", "de", "customer", "trap: chat transcript, anonymous visitor asks the difference between care allowance and daily care benefit",
  frm="Website-Chat <chat@versicherer.example>", to="Chat-Auswertung <chat-qs@versicherer.example>",
  subj="Chatprotokoll #CH-260304-0917", date="2026-03-04 10:31", client="system", mailer="LiveChat Connector 2.3", ent="kv",
  body="""Chatprotokoll #CH-260304-0917
Start: 04.03.2026 10:14  Ende: 10:29
Besucher: Gast (nicht angemeldet)
Mitarbeiterin: Monika H.

[10:14] Gast: hallo was ist eigentlich der unterschied zwischen pflegegeld und pflegetagegeld
[10:15] Monika H.: Hallo! Pflegegeld zahlt die gesetzliche bzw. private Pflegepflichtversicherung, wenn jemand zu Hause von Angehörigen gepflegt wird. Die Höhe ist gesetzlich festgelegt und hängt vom Pflegegrad ab.
[10:16] Monika H.: Pflegetagegeld ist eine freiwillige Zusatzversicherung. Sie zahlt einen vereinbarten Betrag pro Tag, egal wofür Sie das Geld verwenden.
[10:18] Gast: und ab wann kann man die zusatz abschließen
[10:18] Monika H.: Ab Geburt, ohne Höchstalter. Es gibt Gesundheitsfragen, und wer schon pflegebedürftig ist, kann sie nicht mehr abschließen.
[10:21] Gast: ok danke ich schau mal auf der seite
[10:21] Monika H.: Gern! Unter www.versicherer.example/pflege gibt es einen Rechner.
[10:29] Chat durch Besucher beendet.

Bewertung: 5/5""")

M("S", "de", "insurer-to-applicant", "disability-insurance application: applicant's own weight/height and back complaints in the quote",
  frm=ADDR("schulte"), to="Dominik Rausch <dominik.rausch@gmail.example>", subj="AW: Antrag BU – Rückfragen",
  date="2026-03-04 14:05", sig="schulte", ent="lv",
  body="""Hallo Herr Rausch,

danke für die schnellen Antworten. Damit wir Ihren Antrag abschließend prüfen können, brauchen wir noch:

1. den Arztbericht des Orthopäden zu den Rückenbeschwerden 2023 (Behandlungszeitraum, Diagnose, ob beschwerdefrei),
2. einen aktuellen Blutdruckwert vom Hausarzt.

Wegen des BMI von rund 35 kann es einen Beitragszuschlag geben; das entscheidet unsere Gesellschaftsärztin, wenn alle Unterlagen da sind.

Viele Grüße""",
  quote=OQ("Dominik Rausch <dominik.rausch@gmail.example>", "Dienstag, 3. März 2026 21:47", "marlene.schulte@versicherer.example",
           "Antrag BU – Rückfragen", """Hallo Frau Schulte,

zu Ihren Fragen: Ich bin 1,78 groß und wiege im Moment 112 kg (vor einem Jahr 120, bin dran). Rauchen nein. Wegen dem Rücken war ich 2023 ca. 3 Monate beim Orthopäden, Lendenwirbel, Spritzen und Physio, seitdem nichts mehr. Sonst nur mal Erkältung.

Gruß Dominik Rausch
Antragsnummer BU-A-26-00418"""))

M("C", "de", "insurer-to-customer", "traffic legal expenses: administrative speeding fine of a named customer (CONFIDENTIAL per dev2)",
  frm=ADDR("lindqvist"), to="Kai-Uwe Brandes <kaiuwe.brandes@web.example>", subj="Ihr Bußgeldbescheid – RS-5519-3302",
  date="2026-03-05 09:30", sig="lindqvist", ent="av",
  body="""Sehr geehrter Herr Brandes,

für den Einspruch gegen den Bußgeldbescheid der Stadt Bochum vom 19.02.2026 (Geschwindigkeitsüberschreitung um 31 km/h innerorts, 260 €, 2 Punkte, 1 Monat Fahrverbot) besteht Versicherungsschutz im Verkehrs-Rechtsschutz. Wir übernehmen die Kosten Ihres Anwalts und eines Sachverständigen für das Messgerät.

Ihre Selbstbeteiligung beträgt 150 €.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: free-text survey answer about the website forwarded internally, anonymous",
  frm=ADDR("schmitz"), to="Digital Team <digital@versicherer.example>", subj="Umfrage-Freitext KW 10 – Website",
  date="2026-03-05 16:00", sig="schmitz", sigstyle="name",
  body="""Hallo Digital-Team,

aus der Kundenbefragung KW 10 die Freitexte zur Website (anonym, NPS 0–6):

- "Die Seite stürzt ständig ab, wenn man ein PDF hochladen will."
- "Warum muss ich mich dreimal einloggen?"
- "Zu viele Cookies-Fragen."
- "Ich gebe 3 Punkte weil die Suche nichts findet. Ich habe 'Zahnreinigung' eingegeben und kam auf die Kfz-Seite."
- "Passwort-Regeln sind übertrieben."

Vielleicht was fürs nächste Sprint-Review.

Rolf""")

M("S", "de", "customer", "'die Kasse zahlt nicht': acupuncture for migraine with statutory health insurance plus supplementary tariff",
  frm=ADDR("haas"), to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>", subj="WG: Akupunktur",
  date="2026-03-06 08:40", sig="haas", sigstyle="name", ent="kv",
  body="""Zusatztarif Heilpraktiker KZ 4.770.018-5, bitte prüfen und Kundin direkt antworten.""",
  quote=Q("""hallo, die kasse zahlt nicht für meine akupunktur!! ich hab seit jahren migräne, 3-4 mal im monat, und meine heilpraktikerin frau lohmann macht das jetzt seit januar und es hilft endlich. die tk sagt akupunktur nur bei rücken und knie. ich hab doch bei ihnen die heilpraktiker zusatz, zahlt die das? 10 sitzungen a 65 euro. lg anja pfeiffer"""))

M("C", "de", "insurer-to-customer", "buildings premium increase explained to a named customer; address and policy number",
  frm=ADDR("kaya"), to="Hartmut Seifert <hartmut.seifert@gmx.example>", subj="AW: Beitragserhöhung Wohngebäude – Frechheit",
  date="2026-03-06 11:45", sig="kaya", ent="av",
  body="""Sehr geehrter Herr Seifert,

ich verstehe Ihren Ärger über die Erhöhung. Ihr Beitrag für die Wohngebäudeversicherung WG-1077-5530 (Einfamilienhaus Am Sonnenhang 4, 57072 Siegen) steigt zum 01.04.2026 von 612,40 € auf 689,95 € im Jahr.

Das liegt nicht an Ihnen oder an Schäden – Sie hatten keine. Die Versicherungssumme ist an den Baupreisindex gekoppelt, und der ist im letzten Jahr um 6,1 % gestiegen, dazu kommt der gleitende Neuwertfaktor. So bleibt Ihr Haus im Schadenfall voll versichert.

Wenn Sie sparen möchten: Mit einer Selbstbeteiligung von 500 € sinkt der Beitrag um etwa 15 %. Sagen Sie Bescheid, dann rechne ich es genau aus.

Mit freundlichen Grüßen""",
  quote=Q("""Schon wieder 13 % mehr! Ich hatte in 20 Jahren keinen einzigen Schaden. Wofür zahle ich eigentlich? H. Seifert"""))

M("N", "de", "insurer-to-customer", "trap: Swabian dialect complaint about an advertising letter received twice; nothing personal",
  frm=ADDR("schmitz"), to="Gottlob Häberle <g.haeberle@t-online.example>", subj="AW: Zwoimol derselbe Brief",
  date="2026-03-09 09:10", sig="schmitz", ent="grp",
  body="""Sehr geehrter Herr Häberle,

da haben Sie recht, das ist Verschwendung, und das Porto zahlen am Ende alle. Unsere Druckerei hat bei der Frühjahrsaktion einen Teil der Adressen doppelt verschickt. Wir haben das inzwischen korrigiert.

Mit freundlichen Grüßen – und einen schönen Gruß ins Ländle""",
  quote=Q("""Griaß Gott,
jetzt hen mir Ihr Werbeschreiben zwoimol kriegt, am gleicha Dag, oins fir mi und oins fir mei Frau, obwohl mir ja zamma wohnet. Des isch doch a Verschwendung. Schaffet Sie des amol ab.
Nix fir ungut
Gottlob Häberle"""))

M("S", "en", "customer", "expat mother writes about her 8-year-old son's ADHD diagnosis and medication",
  frm=ADDR("whitfield"), to="International Health Claims <ihs-claims@versicherer.example>", subj="FW: Medication for my son",
  date="2026-03-09 13:40", sig="whitfield", sigstyle="short", lang="en", ent="kv",
  body="""Child co-insured on IH-88-31005. Please check whether methylphenidate needs pre-authorisation on her plan and reply to her directly.""",
  quote=FW("Priyanka Sharma <priyanka.sharma@yahoo.example>", "Mon, 9 Mar 2026 08:55", "ihs@versicherer.example",
           "Medication for my son", """Hi,

our son Arjun (8) was diagnosed with ADHD in February by a child psychiatrist in Frankfurt, Dr. Vollmer. She has prescribed Medikinet (methylphenidate) 10 mg and we also have appointments for behavioural therapy every two weeks.

Is the medication covered under our family policy IH-88-31005? The pharmacy asked for a special prescription form and I'm not sure what to submit to you.

Thanks so much,
Priyanka Sharma""", lang="en"))

M("C", "en", "insurer-to-customer", "address change for an expat's liability policy, new phone number",
  frm=ADDR("kaya"), to="Tomasz Wiśniewski <tomasz.wisniewski@gmail.example>", subj="RE: New address",
  date="2026-03-10 10:20", sig="kaya", lang="en", ent="av",
  body="""Dear Mr Wiśniewski,

thank you, we have updated your personal liability policy PH-6620-0381:

New address (from 1 April 2026): Leopoldstraße 88, 80802 München
New mobile number: +49 1520 4471 908

Nothing changes in your cover or premium. Have a good move!

Kind regards""",
  quote=Q("""Hi, I'm moving to Munich on April 1st. Please update my liability insurance. New address Leopoldstrasse 88, 80802 Munich. New phone +49 1520 4471908. Tomasz"""))

M("N", "en", "insurer-to-prospect", "trap: generic question whether dental treatment abroad is covered; no person",
  frm=ADDR("wendland"), to="alex.karlsson@outlook.example", subj="RE: Dentist abroad?",
  date="2026-03-10 15:05", sig="wendland", lang="en", ent="kv",
  body="""Hello,

yes – our dental supplement tariffs cover treatment within the EU and Switzerland in the same way as in Germany, provided the dentist's invoice is itemised and can be compared with the German fee schedule (GOZ). Outside Europe, treatment is covered for up to six weeks per trip.

Many customers have implants done in Hungary or Poland; that works fine, but please send us the treatment plan in advance so there are no surprises.

Best regards""",
  quote=Q("""Hello, general question: if I have dental insurance with you, would it cover a dentist in another EU country? Thanks"""))

M("S", "de", "insurer-to-customer", "private pension (life line) starting: monthly pension and tax ID of a named customer",
  frm=ADDR("berger"), to="Hans-Georg Wellmann <hg.wellmann@web.example>", subj="Ihre Rente ab 01.05.2026 – RV 8.100.342-6",
  date="2026-03-11 09:15", sig="berger", ent="lv",
  body="""Sehr geehrter Herr Wellmann,

herzlichen Glückwunsch zum bevorstehenden Ruhestand! Ihre private Rentenversicherung RV 8.100.342-6 beginnt am 01.05.2026 mit der Rentenzahlung:

Garantierte Monatsrente: 412,80 €
Überschussrente 2026: 61,40 €
Gesamt: 474,20 € monatlich, jeweils zum Monatsersten

Die Rente ist nur mit dem Ertragsanteil steuerpflichtig (bei Rentenbeginn mit 67: 17 %). Wir melden sie jährlich an die Finanzverwaltung (Rentenbezugsmitteilung) unter Ihrer Steuer-ID 47 038 219 665.

Bitte bestätigen Sie uns noch das Konto für die Auszahlung.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: hotline statistics for January with topics like 'Arztrechnung' and 'Pflegegrad', aggregates only",
  frm=ADDR("kowalski"), to="Führungskreis Kundenservice <fk-kundenservice@versicherer.example>", subj="Hotline-Zahlen Januar 2026",
  date="2026-02-04 08:10", sig="kowalski", sigstyle="short", html=True,
  tables={"t": ([["Anliegen", "Anrufe", "Anteil", "Ø Wartezeit"],
                 ["Beitragsanpassung KV", "11.420", "31 %", "14:10"],
                 ["Arztrechnung / Erstattung", "7.905", "22 %", "09:40"],
                 ["Schadenmeldung Sach/Kfz", "6.112", "17 %", "06:20"],
                 ["Pflegegrad / Pflegeleistungen", "2.310", "6 %", "11:05"],
                 ["Adresse / Bank", "3.870", "11 %", "04:30"],
                 ["Sonstiges", "4.680", "13 %", "05:15"]], "pad")},
  body="""Hallo zusammen,

hier die Zahlen für Januar. Die Beitragsanpassung hat uns wie erwartet überrollt, dazu die Krankheitswelle im Team.

[[t]]

Längste Wartezeit: 47 Minuten am 16.01. Wir haben daraufhin den Rückruf-Service eingeführt.

Viele Grüße
Lena""")

M("C", "de", "customer", "son's moped accident: insurance plate, son's birth date, only property damage",
  frm=ADDR("brenner"), to="Kfz Schaden <kfz-schaden@versicherer.example>", subj="WG: Mofa Unfall Sohn",
  date="2026-03-11 16:30", sig="brenner", sigstyle="name", ent="av",
  body="""Versicherungskennzeichen 2025/26 Nr. 418 DNX, Haftpflichtschaden, keine Verletzten. Bitte anlegen.""",
  quote=Q("""Sehr geehrte Damen und Herren,

mein Sohn Luis Bauer (geb. 03.08.2009) ist gestern mit seinem Roller (Versicherungskennzeichen 418 DNX) beim Einparken gegen ein parkendes Auto gekommen, einen weißen Toyota Yaris, Kennzeichen BN-AK 3310. Am Toyota ist die Tür eingedellt. Verletzt hat sich keiner. Der Besitzer, Herr Kurz, hat unsere Daten. Was muss ich machen?

Mit freundlichen Grüßen
Martina Bauer"""))

M("S", "de", "customer", "body 'hier das rezept'; subject and file name say physiotherapy prescription, photo attached",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>",
  subj="[App] Dokument eingereicht: Verordnung Krankengymnastik", date="2026-03-12 07:02", client="system",
  mailer="Versicherer App Backend 5.1", ent="kv",
  body="""Nachricht aus der Versicherer-App (iOS 19.3, App 5.1.4)

Kunde: Frank Odenthal
Kundennummer: 40 205 7781
Vertrag: KV 7.108.552-9
Dokumenttyp (vom Kunden gewählt): Verordnung / Rezept

Kommentar des Kunden:
hier das rezept

Anhänge: Rezept_KG_Odenthal.png""",
  att=[PNG("Rezept_KG_Odenthal.png", 150, 105, "odenthal-rezept")])

M("N", "de", "newsletter", "trap: Easter greeting to all customers, no personal data",
  frm="Versicherer <newsletter@versicherer.example>", to="kunden-newsletter@newsletter.versicherer.example",
  subj="Frohe Ostern von Ihrem Versicherer", date="2026-04-02 08:00",
  html="""<!DOCTYPE html><html><body style="font-family:Georgia,serif;font-size:15px;color:#333">
<p>Liebe Kundinnen und Kunden,</p>
<p>wir wünschen Ihnen und Ihren Familien frohe Ostern, ein paar ruhige Tage und hoffentlich etwas Sonne!</p>
<p>Unsere Servicezeiten über die Feiertage: Karfreitag und Ostermontag sind wir telefonisch nicht erreichbar. Schäden können Sie wie immer rund um die Uhr in der App oder unter <a href="https://www.versicherer.example/schaden">versicherer.example/schaden</a> melden. Im Notfall auf Reisen erreichen Sie unsere Assistance unter +49 221 555-9112.</p>
<p>Herzliche Grüße<br>Ihr Team vom Versicherer</p>
<p style="font-size:11px;color:#999">Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""")

M("C", "de", "customer", "returned direct debit for household premium; customer explains salary comes on the 1st",
  frm=ADDR("becker"), to="Beitragsservice <beitragsservice@versicherer.example>", subj="WG: Rücklastschrift Hausrat",
  date="2026-03-12 10:25", sig="becker", sigstyle="name", ent="grp",
  body="""Bitte Lastschrift HR-4471-0082 am 02.04. neu einziehen, Mahngebühr stornieren (Kulanz, erstmalig).""",
  quote=OQ("Janine Krüger <janine.krueger88@gmail.example>", "Donnerstag, 12. März 2026 06:44", "beitragsservice@versicherer.example",
           "Rücklastschrift Hausrat", """Hallo,

tut mir leid wegen der Rücklastschrift, das Konto war Ende Februar leer weil die Autoreparatur dazwischen kam. Mein Gehalt (1.840 netto) kommt immer am 1. Können Sie bitte am 2.4. nochmal abbuchen, dann ist genug drauf? Und die 5 Euro Mahngebühr muss das sein?

Vertrag Hausrat HR-4471-0082

Danke
Janine Krüger"""))

M("S", "de", "customer", "elderly lady writes formally that she will move into a nursing home next month (care insurance)",
  frm=ADDR("yilmaz"), to="Pflege Leistung <pflege-leistung@versicherer.example>", subj="WG: Umzug in das Seniorenheim",
  date="2026-03-13 09:50", sig="yilmaz", sigstyle="name", ent="kv",
  body="""PPV/PT 1.007.339-1, Wechsel ambulant → vollstationär ab 01.04. Bitte Leistungen umstellen und Heimvertrag anfordern.""",
  quote=Q("""Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass ich zum 1. April 2026 in das Seniorenzentrum Am Stadtpark in Krefeld umziehen werde. Ich bin nun 84 Jahre alt und nach meinem Sturz im Winter komme ich trotz des Pflegedienstes allein in meiner Wohnung nicht mehr zurecht. Mein Pflegegrad ist 3.

Ich bitte Sie, mir mitzuteilen, welche Unterlagen Sie vom Heim benötigen, und ob sich an meinen Leistungen etwas ändert.

Hochachtungsvoll
Elfriede Janßen
Vers.-Nr. 1.007.339-1"""))

M("N", "de", "insurer-to-customer", "trap: general question whether the insurer issues organ donor cards; generic answer",
  frm=ADDR("haas"), to="Werner Pohl <werner.pohl@web.example>", subj="AW: Organspendeausweis",
  date="2026-03-13 14:40", sig="haas", ent="kv",
  body="""Sehr geehrter Herr Pohl,

Organspendeausweise geben wir selbst nicht aus, aber Sie bekommen sie kostenlos bei der Bundeszentrale für gesundheitliche Aufklärung (organspende-info.de), in vielen Apotheken und Arztpraxen. Seit 2024 können Sie Ihre Entscheidung auch im Online-Register für Organspende eintragen.

Mit Ihrer Versicherung hat die Entscheidung nichts zu tun – sie wird bei uns nicht gespeichert und hat keinen Einfluss auf Beiträge oder Leistungen.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, kann man bei Ihnen einen Organspendeausweis bekommen? Werner Pohl"""))

M("C", "de", "insurer-to-customer", "travel cancellation because of job loss (no health): named customer, refund amount",
  frm=ADDR("seidel"), to="Benjamin Adler <ben.adler@posteo.example>", subj="Ihre Reiserücktrittsversicherung – RR-2025-71140",
  date="2026-03-16 10:10", sig="seidel", ent="av",
  body="""Sehr geehrter Herr Adler,

Sie mussten Ihre Reise nach Lanzarote (23.03.–06.04.2026) stornieren, weil Ihr Arbeitgeber Ihnen betriebsbedingt zum 31.03.2026 gekündigt hat. Unverschuldeter Arbeitsplatzverlust ist in Ihrer Reiserücktrittsversicherung versichert.

Die Stornokosten des Reiseveranstalters betragen 1.476,00 € (60 % des Reisepreises). Abzüglich Ihrer Selbstbeteiligung von 20 % erstatten wir 1.180,80 €. Die Kopie der Kündigung haben wir erhalten, vielen Dank.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "angry complaint about an unpaid MRI invoice and the staff answer (health claim)",
  frm=ADDR("lorenz"), to="Dr. Volker Engst <volker.engst@engst-consulting.example>", subj="AW: Ihre Ablehnung ist lächerlich",
  date="2026-03-16 15:20", sig="lorenz", ent="kv",
  body="""Sehr geehrter Herr Dr. Engst,

ich habe mir Ihren Fall angesehen. Die Kollegen haben die Rechnung der Radiologie nicht abgelehnt, sondern gekürzt: Die Praxis hat für die MRT der Halswirbelsäule den 2,5-fachen Satz ohne Begründung berechnet. Ohne Begründung dürfen wir nach der Gebührenordnung nur den 1,8-fachen Satz erstatten.

Ich habe die Praxis heute um eine Begründung gebeten. Wenn sie kommt, erstatten wir den Rest von 214,36 € sofort. Sie müssen nichts weiter tun.

Mit freundlichen Grüßen""",
  quote=Q("""Ich zahle seit 22 Jahren 800 Euro im Monat und Sie verweigern mir die Erstattung eines MRT wegen meiner Nackenschmerzen? Meine Orthopädin hat das angeordnet! Wenn das nicht bis Freitag geklärt ist, gehe ich zum Ombudsmann.

Dr. V. Engst
KV 7.001.998-3"""))

M("N", "de", "insurer-to-prospect", "trap: general question whether premiums can be paid via PayPal",
  frm=ADDR("becker"), to="lea.sommerfeld@gmail.example", subj="AW: PayPal?",
  date="2026-03-17 09:00", sig="becker", sigstyle="short", ent="grp",
  body="""Hallo Frau Sommerfeld,

PayPal bieten wir derzeit nicht an. Sie können per Lastschrift oder Überweisung zahlen; bei Lastschrift gibt es bei jährlicher Zahlung 3 % Rabatt.

Viele Grüße""",
  quote=Q("""Kann man bei euch auch mit PayPal bezahlen? Falls ich was abschließe. Lea"""))

M("S", "en", "insurer-to-customer", "child accident insurance: son's broken arm on a trampoline, English-speaking parent",
  frm=ADDR("albrecht"), to="Michael Brennan <michael.brennan@gmail.example>", subj="Your son's accident – UV 6.330.207-4",
  date="2026-03-17 13:15", sig="albrecht", lang="en", ent="av",
  body="""Dear Mr Brennan,

thank you for the accident report and the discharge letter from the Kinderkrankenhaus Amsterdamer Straße. I'm sorry to hear about Sean's accident on the trampoline on 28 February: a fracture of the left forearm, treated with a cast, no surgery needed.

Under the children's accident policy we pay a fracture benefit of EUR 1,000 now. If any lasting impairment remains once the cast is off and physiotherapy is finished, please let us know and we'll ask the doctor for a final report.

We wish Sean a quick recovery – I hear the cast is already covered in signatures.

Kind regards""")

M("N", "en", "newsletter", "trap: app maintenance notice to all users, no personal data",
  frm="Versicherer App <noreply-app@versicherer.example>", to="app-users@newsletter.versicherer.example",
  subj="Planned maintenance on Saturday night", date="2026-03-18 12:00", lang="en",
  body="""Dear users,

on Saturday, 21 March, between 23:00 and 03:00, our app and the customer portal will be unavailable due to planned maintenance.

During that time you can still report damage or emergencies by phone: +49 221 555-3000 (24/7 claims line) or +49 221 555-9112 (travel emergencies).

Thank you for your understanding.
Your Versicherer digital team""")

M("C", "de", "customer", "windscreen stone chip typed like a chat message: plate and customer name",
  frm=ADDR("brenner"), to="Kfz Schaden <kfz-schaden@versicherer.example>", subj="WG: Steinschlag",
  date="2026-03-18 17:10", sig="brenner", sigstyle="name", ent="av",
  body="""Glasbruch Teilkasko KF-7719-2041, Partnerwerkstatt Carglass Köln-Ehrenfeld vorgeschlagen.""",
  quote=Q("""Hi!! steinschlag auf der A1 😩 riss geht jetzt schon quer durch die halbe scheibe. Ford Fiesta K-SP 6612. Kann ich einfach zu carglass? Sina Petersen"""))


# ---- batch 5 -------------------------------------------------------------

M("N", "de", "insurer-to-customer", "trap: customer asks whether a phone call asking for her IBAN was genuine; no IBAN or contract given",
  frm=ADDR("fischer"), to="Christa Wendt <christa.wendt@gmx.example>", subj="AW: Anruf wegen IBAN – war das echt?",
  date="2026-03-19 09:40", sig="fischer", ent="grp",
  body="""Sehr geehrte Frau Wendt,

gut, dass Sie nachfragen und nichts herausgegeben haben! Wir rufen niemals an, um nach IBAN, PIN, TAN oder Passwörtern zu fragen. Das war mit hoher Wahrscheinlichkeit ein Betrugsversuch.

Falls sich jemand noch einmal meldet: einfach auflegen. Sie können den Anruf auch bei der Polizei (Onlinewache) anzeigen. Wir haben den Fall an unsere Sicherheitsabteilung weitergegeben, damit wir andere Kunden warnen können.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, heute hat mich ein Mann angerufen, angeblich von Ihnen, und wollte meine IBAN "zur Aktualisierung" haben. Ich habe aufgelegt. War das echt? Christa Wendt"""))

M("N", "de", "insurer-to-customer", "trap: general question whether it is safe to send medical reports by e-mail; nothing about the writer",
  frm=ADDR("meier"), to="Albert Reinholz <a.reinholz@t-online.example>", subj="AW: Arztberichte per E-Mail?",
  date="2026-03-19 14:00", sig="meier", ent="grp",
  body="""Sehr geehrter Herr Reinholz,

kurz gesagt: bitte nicht per normaler E-Mail. Eine normale E-Mail ist unterwegs ungefähr so geschützt wie eine Postkarte. Für Gesundheitsdaten gibt es bei uns drei sichere Wege:

- das Kundenportal bzw. die App (Upload),
- unser sicheres Postfach: Sie schreiben uns, wir antworten über das Portal,
- verschlüsselte E-Mail mit S/MIME, wenn Ihr Mailprogramm das kann.

Natürlich geht auch die Post.

Mit freundlichen Grüßen""",
  quote=Q("""Sehr geehrte Damen und Herren, mal ganz allgemein gefragt: ist es eigentlich sicher, Arztberichte per E-Mail an eine Versicherung zu schicken? Mein Enkel meint, das macht man nicht. Mit freundlichem Gruß A. Reinholz"""))

M("N", "de", "insurer-to-customer", "trap: question about who may join the free back-fitness course; generic, no health details",
  frm=ADDR("haas"), to="Ilona Bartsch <ilona.bartsch@web.example>", subj="AW: Rückenkurs",
  date="2026-03-20 10:30", sig="haas", ent="kv",
  body="""Liebe Frau Bartsch,

der Kurs "Rückenfit im Alltag" ist ein Präventionskurs und offen für alle Erwachsenen, man braucht keine Verordnung und keine Vorerkrankung. Er läuft acht Wochen, jeweils mittwochs 18–19 Uhr, online oder in unserem Haus in Köln. Die Teilnahme ist kostenlos, Anmeldung über www.versicherer.example/kurse.

Viele Grüße""",
  quote=Q("""Hallo, für wen ist eigentlich der Rückenkurs, den Sie im Newsletter erwähnen? Muss man dafür beim Arzt gewesen sein? Gruß Ilona Bartsch"""))

M("N", "en", "insurer-to-customer", "trap: English complaint about hold times and the answer; no topic or contract",
  frm=ADDR("lorenz"), to="Grace Whitaker <grace.whitaker@btinternet.example>", subj="RE: Impossible to reach anyone",
  date="2026-03-20 15:45", sig="lorenz", lang="en", ent="grp",
  body="""Dear Ms Whitaker,

I'm sorry that you waited so long and were then cut off. That should not happen. Our English-language line (+49 221 555-3030) is staffed Monday to Friday, 9:00–17:00, and it was overloaded on Tuesday because of a technical fault in our phone system, which has since been fixed.

If you tell me briefly what you need, I will make sure someone calls you back at a time that suits you.

Kind regards""",
  quote=Q("""I have tried to call your English line three times this week. Every time I'm on hold for 30+ minutes and then the line goes dead. This is not acceptable. G. Whitaker"""))

M("N", "de", "insurer-to-customer", "trap: broken link in the 'Rückenfit' brochure reported by a customer",
  frm=ADDR("schmitz"), to="Frank Ostermann <frank.ostermann@gmx.example>", subj="AW: Link kaputt",
  date="2026-03-23 09:05", sig="schmitz", sigstyle="short", ent="grp",
  body="""Hallo Herr Ostermann,

danke für den Hinweis! Der QR-Code in der Broschüre zeigt noch auf die alte Adresse. Die Übungsvideos finden Sie jetzt unter www.versicherer.example/rueckenfit. Wir korrigieren das in der nächsten Auflage.

Viele Grüße""",
  quote=Q("""In Ihrer Broschüre "Rückenfit" ist ein QR-Code für die Übungsvideos, der führt ins Leere (Seite nicht gefunden). Gruß F. Ostermann"""))

M("N", "de", "insurer-to-customer", "trap: may I bring my dog to the branch office; no data",
  frm=ADDR("richter"), to="Daniela Kuhnert <d.kuhnert@posteo.example>", subj="AW: Hund mitbringen?",
  date="2026-03-23 11:50", sig="richter", sigstyle="short", ent="grp",
  body="""Hallo Frau Kuhnert,

ja, gut erzogene Hunde an der Leine sind in unserem Kundenzentrum im Erdgeschoss willkommen, ein Wassernapf steht am Empfang. In die oberen Etagen dürfen leider nur Assistenzhunde.

Viele Grüße""",
  quote=Q("""Darf ich zum Termin meinen Hund mitbringen? Er ist ruhig. LG Daniela Kuhnert"""))

M("N", "de", "insurer-to-customer", "trap: blank power-of-attorney template (ODT) with placeholders for a customer's general request",
  frm=ADDR("jansen"), to="Helga Runkel <helga.runkel@web.example>", subj="AW: Muster Vorsorgevollmacht",
  date="2026-03-24 10:00", sig="jansen", ent="kv",
  body="""Liebe Frau Runkel,

anbei ein Muster für eine Vorsorgevollmacht, so wie es das Bundesjustizministerium veröffentlicht, leicht gekürzt. Bitte lassen Sie sich im Zweifel von einer Notarin oder einem Betreuungsverein beraten.

Viele Grüße""",
  quote=Q("""Sehr geehrte Frau Jansen, Sie erwähnten beim Infoabend ein Muster für eine Vorsorgevollmacht. Könnten Sie mir das zusenden? Mit freundlichen Grüßen H. Runkel"""),
  att=[ODT("Muster_Vorsorgevollmacht.odt", [
      ("h", "Vorsorgevollmacht (Muster)"),
      "Ich, «Vorname Nachname», geboren am «Geburtsdatum», wohnhaft «Anschrift», erteile hiermit Vollmacht an «Name der bevollmächtigten Person», geboren am «Geburtsdatum», wohnhaft «Anschrift».",
      "Die Vollmacht soll gelten für:\n[ ] Gesundheitssorge und Pflegebedürftigkeit\n[ ] Aufenthalt und Wohnungsangelegenheiten\n[ ] Vertretung gegenüber Behörden und Versicherungen\n[ ] Vermögenssorge",
      "Die Vollmacht ist nur wirksam, solange die bevollmächtigte Person die Vollmachtsurkunde besitzt und bei Vornahme eines Rechtsgeschäfts die Urkunde im Original vorlegen kann.",
      "Ort, Datum ____________________  Unterschrift Vollmachtgeber/in ____________________",
  ])])

M("N", "en", "insurer-to-prospect", "trap: generic question about health cover for international students; no person",
  frm=ADDR("whitfield"), to="study.abroad.office@uni-example.example", subj="RE: Health insurance for incoming students",
  date="2026-03-24 13:20", sig="whitfield", lang="en", ent="kv",
  body="""Dear colleagues,

thank you for your enquiry. In short:

- Students from EU/EEA countries can usually use their European Health Insurance Card (EHIC) and don't need extra insurance for their studies.
- Students from other countries need German statutory health insurance or, if they are exempt, a private plan that the university accepts.
- Our "Study in Germany" plan is designed for the second group and for language-course students; it covers outpatient and inpatient care, dental pain treatment and repatriation.

I have attached nothing personal; the brochure is on www.versicherer.example/en/students. Happy to present it at your orientation week.

Best regards""",
  quote=Q("""Hello, our international office gets lots of questions from incoming students about health insurance. Could you send us general information? Kind regards, International Office"""))

M("N", "de", "insurer-to-customer", "trap: thanks for the cake at the open day; no data",
  frm=ADDR("baumann"), to="Elisabeth Kranz <elisabeth.kranz@t-online.example>", subj="AW: Tag der offenen Tür",
  date="2026-03-25 08:45", sig="baumann", sigstyle="short", ent="grp",
  body="""Liebe Frau Kranz,

wie schön, dass es Ihnen gefallen hat! Das Rezept für den Rhabarberkuchen gebe ich gern weiter – er kommt aus unserer Kantine, ich habe das Küchenteam schon gefragt.

Herzliche Grüße""",
  quote=Q("""Liebes Versicherer-Team, vielen Dank für den schönen Tag der offenen Tür am Sonntag. Der Kuchen war himmlisch! Gibt es das Rezept? Ihre Elisabeth Kranz"""))

M("N", "de", "insurer-to-customer", "trap: unsubscribe from SMS appointment reminders; nothing else",
  frm=ADDR("kowalski"), to="Ömer Çelik <oemer.celik@gmail.example>", subj="AW: keine SMS mehr",
  date="2026-03-25 12:10", sig="kowalski", sigstyle="short", client="mobile",
  body="""Hallo Herr Çelik, erledigt – Sie bekommen ab sofort keine SMS-Erinnerungen mehr. Viele Grüße""",
  quote=Q("""bitte keine sms mehr schicken danke"""))

M("N", "de", "internal", "trap: FAQ draft on the 2026 care reform, generic amounts, no person",
  frm=ADDR("yilmaz"), to="Team Pflege <pflege-team@versicherer.example>", subj="Entwurf FAQ Pflegereform 2026 – bitte bis Freitag gegenlesen",
  date="2026-03-26 09:30", sig="yilmaz", sigstyle="name", ent="kv",
  body="""Hallo zusammen,

hier mein Entwurf für die FAQ auf der Website. Bitte Zahlen prüfen.

F: Wie viel Pflegegeld gibt es 2026?
A: Pflegegrad 2: 347 €, Pflegegrad 3: 599 €, Pflegegrad 4: 800 €, Pflegegrad 5: 990 € im Monat.

F: Was ist der Entlastungsbetrag?
A: 131 € im Monat ab Pflegegrad 1, z. B. für Haushaltshilfen.

F: Muss ich meinen Pflegegrad neu beantragen?
A: Nein, bestehende Pflegegrade bleiben.

F: Zahlt die Pflegetagegeldversicherung mehr, wenn sich die gesetzlichen Leistungen erhöhen?
A: Nein, das Pflegetagegeld ist ein fester Betrag; Sie können es aber ohne neue Gesundheitsprüfung erhöhen, wenn Ihr Vertrag eine Dynamik hat.

Felix""")

M("C", "de", "insurer-to-customer", "agent's birthday greeting for a 60th birthday: the date reveals the birth date of a named customer",
  frm=ADDR("falk"), to="Reinhard Lommel <reinhard.lommel@web.example>", subj="Herzlichen Glückwunsch zum 60.!",
  date="2026-03-26 07:30", sig="falk", sigstyle="short", client="mobile",
  body="""Lieber Herr Lommel,

heute ist Ihr großer Tag – 60 Jahre! Ich wünsche Ihnen alles Gute, vor allem Gesundheit, und einen schönen Tag mit Ihrer Familie.

Wenn Sie mögen, schauen wir im Frühjahr mal gemeinsam auf Ihre Verträge (Hausrat, Wohngebäude, Kfz) – mit 60 gibt es bei der Kfz den Seniorenrabatt, den ich Ihnen gern eintrage.

Herzliche Grüße"""
)

M("C", "de", "insurer-to-customer", "no-claims certificate for a named customer moving to Austria: SF years, plate, policy",
  frm=ADDR("engel"), to="Sebastian Huber <sebastian.huber@aon.example>", subj="Ihre Schadenfreiheitsbescheinigung",
  date="2026-03-27 10:15", sig="engel", ent="av",
  body="""Sehr geehrter Herr Huber,

wie gewünscht bestätigen wir für Ihren neuen Versicherer in Österreich:

Versicherungsnehmer: Sebastian Huber, zuletzt wohnhaft Kaiserstraße 19, 83022 Rosenheim
Vertrag: KF-9034-6712, VW Tiguan, RO-SH 190
Versicherungsdauer: 01.04.2014 – 31.03.2026
Schadenfreiheitsklasse zuletzt: SF 12 (Haftpflicht), SF 10 (Vollkasko)
Schäden in den letzten fünf Jahren: einer (Parkschaden 2022, Vollkasko, 1.840 €)

Eine englische Fassung liegt bei. Gute Fahrt nach Salzburg!

Mit freundlichen Grüßen""")

M("C", "de", "customer", "ceramic hob glass breakage, customer's own words, household glass cover",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="WG: Ceranfeld gesprungen",
  date="2026-03-27 13:00", sig="demir", sigstyle="name", ent="av",
  body="""Glasversicherung ist in HR-6650-0113 eingeschlossen. Bitte Kostenvoranschlag anfordern.""",
  quote=Q("""Hallo, mir ist gestern Abend ein Glas Gurken aus dem Schrank auf das Ceranfeld gefallen und jetzt hat es einen langen Sprung von vorne links bis hinten. Ist das bei meiner Hausrat mit Glas versichert? Herd ist von 2019, Bosch. Ich benutze es nicht mehr, sicherheitshalber.
Grüße aus Troisdorf
Yvonne Meckel"""))

M("C", "de", "insurer-to-customer", "dog liability: customer's dog bit another dog, vet bill of the other dog (animal, no people hurt)",
  frm=ADDR("oltmanns"), to="Rüdiger Kamps <ruediger.kamps@gmx.example>", subj="Ihr Schaden HH-26-000891 – Hundebiss",
  date="2026-03-30 09:20", sig="oltmanns", ent="av",
  body="""Sehr geehrter Herr Kamps,

Ihr Schäferhund Arko hat am 14. März auf der Hundewiese am Decksteiner Weiher den Pudel von Frau Gerlinde Roth gebissen. Menschen wurden nicht verletzt. Die Tierarztrechnung für den Pudel (Wundversorgung, zwei Nachkontrollen, 438,20 €) übernehmen wir aus Ihrer Tierhalterhaftpflicht HH-2210-0455 und zahlen direkt an Frau Roth.

Da keine Selbstbeteiligung vereinbart ist, entstehen Ihnen keine Kosten.

Mit freundlichen Grüßen""")

M("C", "de", "customer", "neighbour dispute about a hedge, legal expenses policy of a named customer",
  frm=ADDR("lindqvist"), to="Rechtsschutz Eingang <rs-eingang@versicherer.example>", subj="WG: Streit mit Nachbar wegen Hecke",
  date="2026-03-30 14:35", sig="lindqvist", sigstyle="name", ent="av",
  body="""Nachbarrecht, Wartezeit abgelaufen (Vertrag seit 2019). Erst Mediation anbieten.""",
  quote=Q("""Sehr geehrte Damen und Herren,

unser Nachbar, Herr Lübke, verlangt, dass wir unsere Thujahecke auf 1,20 m kürzen, sie ist jetzt ca. 3 m hoch und steht seit 1998. Er hat uns einen Anwaltsbrief geschickt mit Frist bis 15. April. Wir haben bei Ihnen Rechtsschutz inkl. Grundstück (RS-3302-7710). Können wir uns einen Anwalt nehmen?

Mit freundlichen Grüßen
Ulrich und Monika Fassbender
Birkenallee 22, 51427 Bergisch Gladbach"""))

M("C", "de", "customer", "car sold: cancellation of motor insurance, buyer's name and sale date in the contract (PDF)",
  frm=ADDR("engel"), to="Kfz Vertrag <kfz-vertrag@versicherer.example>", subj="WG: Auto verkauft",
  date="2026-03-31 08:55", sig="engel", sigstyle="name", ent="av",
  body="""Veräußerung, Vertrag KF-4480-1299 zum 28.03. aufheben, SF für Nachfolgefahrzeug reservieren.""",
  quote=Q("""moin, hab meinen polo verkauft (HH-JW 3318), kaufvertrag hängt an. bitte versicherung kündigen. neues auto kommt vielleicht im sommer. jan wessels"""),
  att=[PDF("Kaufvertrag_Polo.pdf", [
      ("h", "Kaufvertrag über ein gebrauchtes Kraftfahrzeug (privat)"),
      ("t", [["", "Verkäufer", "Käufer"], ["Name", "Jan Wessels", "Aylin Korkmaz"],
             ["Anschrift", "Eppendorfer Weg 71, 20259 Hamburg", "Sievekingdamm 9, 20535 Hamburg"],
             ["Ausweis-Nr.", "L01X7T4C2", "T22009815"]]),
      ("p", "Fahrzeug: VW Polo 1.0 TSI, Erstzulassung 05/2018, FIN WVWZZZAWZJU041877, amtliches Kennzeichen HH-JW 3318, Kilometerstand 84.310."),
      ("p", "Kaufpreis: 9.400,00 EUR, bar erhalten. Übergabe am 28.03.2026, 14:30 Uhr. Das Fahrzeug wird unter Ausschluss der Sachmängelhaftung verkauft."),
      ("p", "Hamburg, 28.03.2026    gez. J. Wessels    gez. A. Korkmaz"),
  ], title="Kaufvertrag")])

M("C", "de", "customer", "burglary in the cellar: list of stolen items in XLSX, named customer and claim",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="WG: Einbruch Keller – Liste",
  date="2026-03-31 11:40", sig="demir", sigstyle="name", ent="av",
  body="""Stehlgutliste zu HS-26-002177 (Hr. Lorenz). Polizei-Az. 260322-0911-E liegt vor.""",
  quote=Q("""Hallo Frau Demir, hier die Liste was aus dem Keller weg ist, Quittungen hab ich leider nicht für alles. Gruß Dirk Lorenz"""),
  att=[XLSX("Stehlgutliste_Lorenz.xlsx", {"Liste": [
      ["Gegenstand", "Marke/Modell", "gekauft", "Preis EUR", "Beleg"],
      ["Rennrad", "Canyon Endurace CF 7", "2023", 2199, "ja"],
      ["Werkzeugkoffer", "Bosch Professional", "2021", 349, "nein"],
      ["Akkuschrauber", "Makita DHP482", "2020", 189, "nein"],
      ["Winterreifen mit Felgen (4x)", "Continental", "2022", 760, "ja"],
      ["Campingzelt", "Vaude", "2019", 420, "nein"],
  ]}, author="Dirk Lorenz")])

M("C", "en", "insurer-to-customer", "rental-car excess refund on a travel policy, named customer, IBAN",
  frm=ADDR("seidel"), to="Hugo Lambert <hugo.lambert@skynet.example>", subj="Your rental car excess claim RK-26-0588",
  date="2026-04-01 10:05", sig="seidel", lang="en", ent="av",
  body="""Dear Mr Lambert,

the rental company in Faro charged EUR 850 from your credit card for the scratch on the rear door of the Renault Clio you rented from 9 to 16 March. Your rental car excess cover reimburses this amount in full.

We will transfer EUR 850.00 to {iban} within five working days.

Kind regards""".format(iban=IB("LU", "0019400644750000", group=4)))

M("S", "de", "insurer-to-customer", "one-line reply; quoted customer mail reports a suspicious finding at the skin cancer check",
  frm=ADDR("haas"), to="Verena Stoll <verena.stoll@gmx.example>", subj="AW: Hautkrebsvorsorge – Entfernung",
  date="2026-04-01 14:20", sig="haas", sigstyle="short", ent="kv",
  body="""Liebe Frau Stoll, die Entfernung und die Histologie sind in Ihrem Tarif versichert, Sie brauchen keine Genehmigung. Alles Gute!""",
  quote=OQ("Verena Stoll <verena.stoll@gmx.example>", "Mittwoch, 1. April 2026 08:13", "service-kranken@versicherer.example",
           "Hautkrebsvorsorge – Entfernung", """Hallo,

bei meiner Hautkrebsvorsorge letzte Woche hat die Hautärztin ein Muttermal am Rücken gefunden, das ihr nicht gefällt, sie will es nächsten Dienstag rausschneiden und einschicken. Ich bin ziemlich nervös. Muss ich das vorher bei Ihnen genehmigen lassen? KV 7.530.118-6.

Danke
Verena Stoll"""))

M("S", "de", "customer", "pregnant customer: employment ban and daily sickness allowance, own words",
  frm=ADDR("haas"), to="Krankentagegeld <ktg@versicherer.example>", subj="WG: Beschäftigungsverbot – zahlt ihr Krankentagegeld?",
  date="2026-04-02 09:00", sig="haas", sigstyle="name", ent="kv",
  body="""KT 2.440.271-8, bitte prüfen (Beschäftigungsverbot ≠ AU) und Kundin antworten.""",
  quote=Q("""hallo, ich bin in der 16. ssw und meine frauenärztin hat mir ein individuelles beschäftigungsverbot ausgestellt wegen vorzeitiger wehen und weil ich im job (pflege) schwer heben muss. mein arbeitgeber zahlt den mutterschutzlohn. bekomme ich trotzdem was aus meiner krankentagegeld? oder nur wenn ich krankgeschrieben bin? lg julia brandl"""))

M("S", "en", "customer", "customer's bee-sting allergy and adrenaline auto-injector prescription, English",
  frm=ADDR("whitfield"), to="International Health Claims <ihs-claims@versicherer.example>", subj="FW: EpiPen prescription",
  date="2026-04-02 16:10", sig="whitfield", sigstyle="short", lang="en", ent="kv",
  body="""Please process, receipt attached to his original mail.""",
  quote=FW("Lars Mikkelsen <lars.mikkelsen@mail.example>", "Thu, 2 Apr 2026 11:48", "ihs@versicherer.example",
           "EpiPen prescription", """Hi,

after a bad reaction to a bee sting last summer (I ended up in A&E with swelling in my throat), my allergist in Hamburg has prescribed two adrenaline auto-injectors (EpiPen 0.3 mg) that I need to carry at all times, plus venom immunotherapy starting in May.

Receipt from the pharmacy attached, EUR 186.74. Policy IH-88-40952.

Thanks,
Lars Mikkelsen""", lang="en"),
  att=[PNG("pharmacy_receipt.png", 90, 160, "mikkelsen-epipen")])

M("S", "de", "customer", "wife writes for her husband: heart attack, rehab clinic, asks about hospital cash",
  frm=ADDR("brandt"), to="Posteingang Stationär <leistung-stationaer@versicherer.example>", subj="WG: Mein Mann – Herzinfarkt",
  date="2026-04-06 10:25", sig="brandt", sigstyle="name", ent="kv",
  body="""KH 5.114.062-0 (Hr. Weidner), Krankenhaustagegeld + Reha prüfen, Entlassbericht anfordern.""",
  quote=OQ("Sabine Weidner <sabine.weidner@online.example>", "Samstag, 4. April 2026 19:32", "leistung-stationaer@versicherer.example",
           "Mein Mann – Herzinfarkt", """Sehr geehrte Damen und Herren,

mein Mann Günter Weidner hatte am 18. März einen Herzinfarkt und lag bis zum 26. März im Herzzentrum Duisburg, er hat zwei Stents bekommen. Seit dem 30. März ist er in der Anschlussheilbehandlung in der Klinik Königsfeld in Ennepetal, voraussichtlich drei Wochen.

Er hat bei Ihnen eine Krankenhaustagegeldversicherung. Gilt die auch für die Reha? Er selbst kann sich gerade nicht um Papierkram kümmern, ich habe eine Vollmacht.

Mit freundlichen Grüßen
Sabine Weidner"""))

M("S", "de", "customer", "Kölsch dialect: hospital stay after appendicitis, asks where to send the bill",
  frm=ADDR("brandt"), to="Posteingang Stationär <leistung-stationaer@versicherer.example>", subj="WG: Krankenhausrechnung",
  date="2026-04-07 08:15", sig="brandt", sigstyle="name", ent="kv",
  body="""zur Akte KV 7.660.904-1, Rechnung folgt direkt vom Krankenhaus.""",
  quote=Q("""Hallo zesamme,
isch wor vum 23. bes 27. März em Krankehuus en Porz, dä Blinddarm moot eruss, et wor knapp säht dä Dokter. Jetz hann isch en Rechnung vum Chefarzt övver 1.480 Euro krejje. Muss isch die bezahle oder schecken isch die üch? Isch ben doch bei üch versechert, KV 7.660.904-1.
Schönen Jroß
Hein Kürten"""))

M("S", "en", "insurer-to-customer", "disability (BU) claim for burnout: insurer asks for psychiatric reports",
  frm=ADDR("stanek"), to="Katrin Albers <katrin.albers@web.example>", subj="Your disability claim BU-L-26-0117",
  date="2026-04-07 13:30", sig="stanek", lang="en", ent="lv",
  body="""Dear Ms Albers,

thank you for your claim form and your detailed description of your work as a project manager. You have been on sick leave since 12 November 2025 because of severe exhaustion and depression, diagnosed by your psychiatrist Dr. Hellwig, and you are currently in a psychosomatic clinic.

To decide on your occupational disability pension (policy BU 9.220.187-3, EUR 1,800 per month), we need:

1. the discharge report from the Klinik am Waldsee once you leave,
2. a report from Dr. Hellwig on the course of treatment since November,
3. the release from medical confidentiality that we are sending you by post, signed.

Please take your time; your recovery comes first. Premiums are deferred interest-free while we assess your claim.

Kind regards""")


# ---- batch 6 -------------------------------------------------------------

M("N", "de", "insurer-to-prospect", "trap: general question what premium refund ('Beitragsrückerstattung') means in private health insurance",
  frm=ADDR("nguyen"), to="Jonas Freitag <jonas.freitag@gmail.example>", subj="AW: Was ist Beitragsrückerstattung?",
  date="2026-04-08 09:15", sig="nguyen", ent="kv",
  body="""Hallo Herr Freitag,

die Beitragsrückerstattung ist eine Belohnung dafür, dass man in einem Kalenderjahr keine Rechnungen einreicht. In unseren Vollversicherungstarifen gibt es dann bis zu drei Monatsbeiträge zurück (nach drei leistungsfreien Jahren). Vorsorgeuntersuchungen und Impfungen darf man trotzdem einreichen, die zählen nicht.

Ob sich das Einreichen lohnt, ist dann eine kleine Rechenaufgabe: Wenn die Rechnungen niedriger sind als die Rückerstattung, behält man sie besser.

Viele Grüße""",
  quote=Q("""Hi, was genau ist diese Beitragsrückerstattung, von der alle reden? Überlege gerade, in die PKV zu wechseln. Jonas"""))

M("N", "de", "insurer-to-customer", "trap: correct postal address and P.O. box for letters; no topic",
  frm=ADDR("kowalski"), to="Brunhilde Sassen <b.sassen@t-online.example>", subj="AW: Richtige Adresse",
  date="2026-04-08 11:00", sig="kowalski", ent="av",
  body="""Sehr geehrte Frau Sassen,

Briefe erreichen uns am schnellsten über unser Postfach:

Versicherer
Postfach 10 12 12
50452 Köln

Die Hausanschrift Rheinuferstraße 12 geht natürlich auch, dauert aber manchmal einen Tag länger, weil die Post dort erst sortiert wird.

Mit freundlichen Grüßen""",
  quote=Q("""Sehr geehrte Damen und Herren, an welche Adresse schicke ich Briefe? Auf Ihrer Internetseite stehen zwei. Mit freundlichen Grüßen Brunhilde Sassen"""))

M("N", "de", "insurer-to-customer", "trap: a schoolchild asks how insurance works for a school project; nothing personal",
  frm=ADDR("baumann"), to="Emil Gruber <emil.gruber2014@gmx.example>", subj="AW: Referat über Versicherungen",
  date="2026-04-09 15:30", sig="baumann", sigstyle="short", ent="grp",
  body="""Hallo Emil,

toll, dass Du ein Referat über Versicherungen hältst! Ganz einfach erklärt: Viele Menschen zahlen jeden Monat ein bisschen Geld in einen großen Topf. Wenn einem von ihnen etwas passiert – zum Beispiel brennt die Wohnung oder jemand macht aus Versehen etwas kaputt –, bekommt er aus dem Topf Geld. Weil meistens nur wenigen etwas passiert, reicht der Topf für alle.

Das gab es übrigens schon im Mittelalter bei den Gilden, und die ersten Feuerversicherungen entstanden nach großen Stadtbränden.

Ich schicke Dir gern noch ein paar Bilder für Deine Präsentation. Viel Erfolg!

Julia""",
  quote=Q("""hallo ich heiße emil und bin in der 6. klasse. ich muss ein referat über versicherungen halten. wie funktioniert eine versicherung? danke emil"""))

M("N", "de", "insurer-to-customer", "trap: visitor asks whether she won the raffle at the health day; no data",
  frm=ADDR("baumann"), to="Sevgi Aydın <sevgi.aydin@hotmail.example>", subj="AW: Gewinnspiel Gesundheitstag",
  date="2026-04-09 16:20", sig="baumann", sigstyle="short", ent="grp",
  body="""Liebe Frau Aydın,

die Gewinner des Gewinnspiels vom Gesundheitstag werden am 20. April ausgelost und per E-Mail benachrichtigt. Drücken Sie sich die Daumen!

Viele Grüße""",
  quote=Q("""Hallo, ich hab beim Gesundheitstag im Rheinpark bei Ihrem Stand beim Gewinnspiel mitgemacht (Fitnessuhr). Wann wird gezogen? LG Sevgi"""))

M("N", "de", "insurer-to-customer", "trap: general question how often professional teeth cleaning makes sense; no own dental data",
  frm=ADDR("wendland"), to="Markus Lehnert <markus.lehnert@web.example>", subj="AW: Zahnreinigung – wie oft?",
  date="2026-04-10 10:40", sig="wendland", ent="kv",
  body="""Hallo Herr Lehnert,

die meisten Zahnärzte empfehlen eine professionelle Zahnreinigung ein- bis zweimal im Jahr; bei Zahnfleischproblemen auch öfter. Eine feste Regel gibt es nicht.

Unsere Zahnzusatztarife ZahnPlus und ZahnPremium zahlen dafür bis 150 € bzw. 200 € im Kalenderjahr, egal wie oft Sie gehen.

Viele Grüße""",
  quote=Q("""Mal eine allgemeine Frage: Wie oft sollte man eigentlich zur professionellen Zahnreinigung? Mein Zahnarzt sagt zweimal, meine Schwester sagt einmal reicht. Gruß Markus"""))

M("N", "en", "insurer-to-prospect", "trap: does the insurer sell cat insurance in general; product information only",
  frm=ADDR("wagner"), to="olivia.brandt@mailbox.example", subj="RE: Insurance for cats?",
  date="2026-04-10 14:00", sig="wagner", lang="en", ent="av",
  body="""Hello,

yes, we offer two plans for cats:

- Surgery cover: operations and the treatment directly before and after, from EUR 9.90 per month
- Full health cover: vet visits, medication, vaccinations, dental treatment and surgery, from EUR 24.90 per month

Cats can be insured from 8 weeks up to their 8th birthday. There's a short waiting period of 30 days (none for accidents).

Best regards""",
  quote=Q("""Hi, do you also insure cats or only dogs? We're getting two kittens next month. Olivia"""))

M("N", "de", "insurer-to-customer", "trap: portal notification mail: new secure message, no content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="Ludger Hövelmann <ludger.hoevelmann@gmx.example>",
  subj="Sie haben eine neue Nachricht in Ihrem sicheren Postfach", date="2026-04-13 09:02",
  body="""Guten Tag,

in Ihrem sicheren Postfach beim Versicherer liegt eine neue Nachricht für Sie.

Sie können sie hier abrufen: https://securemail.versicherer.example/

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Die Nachricht bleibt 90 Tage im Postfach und wird danach automatisch gelöscht.

Bitte antworten Sie nicht auf diese E-Mail.""")

M("N", "de", "insurer-to-customer", "trap: one-time password mail for portal registration; generic credential, no personal data",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="Tanja Rieck <tanja.rieck@web.example>",
  subj="Ihr Einmal-Passwort für das sichere Postfach", date="2026-04-13 09:03",
  body="""Guten Tag,

für Sie wurde ein sicheres Postfach beim Versicherer eingerichtet. Ihr Einmal-Passwort lautet:

    Kx7q-M2vP-9rTe

Den Link zur Anmeldung erhalten Sie in einer separaten E-Mail. Das Einmal-Passwort ist 14 Tage gültig. Nach der Anmeldung vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Bitte antworten Sie nicht auf diese E-Mail.""")

M("N", "de", "internal", "trap: anonymised training case about a slipped disc, age band only, no identifiable person",
  frm=ADDR("kroeger"), to="Neue Kolleginnen und Kollegen LS Kranken <einarbeitung-ls@versicherer.example>", subj="Fallbeispiel für Donnerstag (anonymisiert)",
  date="2026-04-14 08:30", sig="kroeger", sigstyle="name", ent="kv",
  body="""Hallo zusammen,

für unsere Übung am Donnerstag ein anonymisiertes Fallbeispiel. Alle Angaben sind verändert, bitte trotzdem nicht außerhalb des Trainings verwenden.

Versicherte Person: männlich, 40–49 Jahre, Vollversicherung Tarif Komfort, Selbstbehalt 600 €
Diagnose laut Einreichung: Bandscheibenvorfall LWS
Eingereicht: Orthopäde 380 €, MRT 560 €, Physiotherapie 12 × 32 €, stationärer Aufenthalt 5 Tage mit Operation

Fragen:
1. Welche Rechnungen prüft ihr auf Gebührenordnung, welche auf Verordnung?
2. Wann wird der Selbstbehalt verrechnet?
3. Was fehlt für die stationäre Abrechnung?

Lösung besprechen wir gemeinsam.

Sabine""")

M("N", "en", "insurer-to-customer", "trap: webinar registration confirmation 'Staying healthy at work', no personal data",
  frm="Versicherer Events <noreply-events@versicherer.example>", to="Femi Adeyemi <femi.adeyemi@gmail.example>",
  subj="You're registered: Staying healthy at work (webinar, 28 April)", date="2026-04-14 12:00", lang="en",
  body="""Hello Femi,

thank you for registering for our free webinar:

Staying healthy at work – ergonomics, breaks and stress
Tuesday, 28 April 2026, 12:30–13:15 (CEST)
Join link: https://events.versicherer.example/w/healthy-work

The webinar is open to everyone. You don't need to be insured with us, and we won't ask about your health.

See you there!
Your Versicherer events team""",
  att=[ICS("webinar.ics", "webinar-healthy-work-20260428@versicherer.example", "Webinar: Staying healthy at work",
           "20260428T123000", "20260428T131500", ("Versicherer Events", "events@versicherer.example"),
           location="Online", description="Join: https://events.versicherer.example/w/healthy-work")])

M("N", "en", "insurer-to-customer", "trap: do you have an office in Aachen; generic answer",
  frm=ADDR("kowalski"), to="Pieter de Vries <pieter.devries@ziggo.example>", subj="RE: Office in Aachen?",
  date="2026-04-15 09:50", sig="kowalski", lang="en", ent="av",
  body="""Dear Mr de Vries,

we don't have our own office in Aachen, but our agency Schröder & Partner at Theaterstraße 15 represents us there and speaks Dutch as well. Opening hours are Monday to Friday, 9:00–18:00.

Kind regards""",
  quote=Q("""Hello, do you have an office in Aachen where I can talk to someone in person? I live in Vaals. Pieter"""))

M("C", "de", "customer", "basement flooded after heavy rain: buildings policy with natural hazards, photos, named customer",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="WG: Keller unter Wasser!!",
  date="2026-04-15 07:20", sig="demir", sigstyle="name", ent="av",
  body="""Elementar eingeschlossen (WG-5502-2318), Starkregen 14.04. Sanierer aus Netzwerk beauftragen.""",
  quote=Q("""Guten Morgen, nach dem Starkregen gestern abend steht unser Keller 20 cm unter Wasser, die Heizung ist aus, Waschmaschine und Trockner standen im Wasser. Die Feuerwehr hat abgepumpt. Fotos hängen an. Haus: Mühlenweg 8, 53332 Bornheim, Wohngebäude und Hausrat bei Ihnen. Was sollen wir jetzt tun? Bitte schnell melden! Stefanie und Oliver Rademacher, 0160 9981 2204"""),
  att=[PNG("Keller1.png", 160, 120, "rademacher-1"), PNG("Keller2.png", 160, 120, "rademacher-2")])

M("C", "de", "customer", "elderly customer's formal letter: new bank account for legal expenses and household premiums",
  frm=ADDR("becker"), to="Beitragsservice <beitragsservice@versicherer.example>", subj="WG: Änderung meiner Bankverbindung",
  date="2026-04-16 10:05", sig="becker", sigstyle="name", ent="grp",
  body="""Bitte für RS und HR ab Mai umstellen.""",
  quote=Q("""Sehr geehrte Damen und Herren,

da meine Bankfiliale in Hilden geschlossen wurde, habe ich mein Konto zur Stadtsparkasse Düsseldorf verlegt. Ich bitte Sie, die Beiträge für meine Rechtsschutzversicherung (RS-0912-4005) und meine Hausratversicherung (HR-0912-4006) ab dem 1. Mai 2026 von folgendem Konto einzuziehen:

Kontoinhaber: Friedhelm Krause
IBAN: {iban}
Stadtsparkasse Düsseldorf

Eine Bestätigung wäre mir lieb.

Mit freundlichen Grüßen
Friedhelm Krause""".format(iban=IB("DE", "300501100047118800"))))

M("C", "de", "insurer-to-customer", "liability: customer broke a friend's borrowed drone; named parties, claim number",
  frm=ADDR("oltmanns"), to="Leon Hartwig <leon.hartwig@icloud.example>", subj="AW: Drohne vom Kumpel geschrottet",
  date="2026-04-16 14:40", sig="oltmanns", ent="av",
  body="""Hallo Herr Hartwig,

ich habe Ihren Schaden unter HP-26-001932 angelegt. Gute Nachricht: In Ihrem Tarif PH-Komfort (PH-8812-6004) sind auch geliehene Sachen mitversichert (bis 50.000 €).

Für die DJI Mini 4 Pro Ihres Freundes, Herrn Can Erdem, brauchen wir noch die Kaufrechnung und einen Kostenvoranschlag der Reparatur bzw. die Bestätigung, dass sich die Reparatur nicht lohnt. Wir zahlen den Zeitwert direkt an Herrn Erdem.

Viele Grüße""",
  quote=Q("""hi, hab mir von meinem kumpel can die drohne geliehen und bin damit in einen baum geflogen 🙈 die ist runtergefallen und gimbal + kamera sind hin. zahlt das meine haftpflicht? leon"""))

M("C", "en", "insurer-to-customer", "eVB number for an expat buying a car; birth date and address of the named customer",
  frm=ADDR("engel"), to="Rafael Ortega <rafael.ortega@gmail.example>", subj="RE: Insurance for my new car – eVB",
  date="2026-04-17 09:10", sig="engel", lang="en", ent="av",
  body="""Dear Mr Ortega,

here is your electronic insurance confirmation (eVB) for registering your car:

eVB number: R7K4M2P
Policyholder: Rafael Ortega, born 04/02/1991, Vogelsanger Straße 302, 50827 Köln
Vehicle: Mazda CX-30 (used), VIN JMZDM6W0K00318827

Please give this number to the registration office. Your policy starts on the day of registration; since you have 6 years without claims with your insurer in Spain, we can place you in no-claims class SF 6 once you send us their certificate.

Kind regards""")

M("C", "de", "customer", "online-shop refund dispute under a legal expenses policy, named customer",
  frm=ADDR("lindqvist"), to="Rechtsschutz Eingang <rs-eingang@versicherer.example>", subj="WG: Onlineshop zahlt nicht zurück",
  date="2026-04-17 12:30", sig="lindqvist", sigstyle="name", ent="av",
  body="""Vertragsrecht, Streitwert 1.129 €. Bitte Kundin zunächst auf unseren Anwaltsservice-Brief verweisen.""",
  quote=Q("""Hallo, ich habe im Januar bei einem Onlineshop (moebel-direkt24) ein Sofa für 1129 Euro bestellt, es kam kaputt an, ich habe es zurückgeschickt (Sendungsnummer liegt vor) und seit 10 Wochen kein Geld. Die antworten nicht mehr. Mein Rechtsschutz ist RS-7720-3315. Hilft mir da ein Anwalt? Melanie Kostka, Dortmund"""))

M("C", "de", "insurer-to-customer", "sarcastic cancellation of a phone insurance and the confirmation; named, contract number",
  frm=ADDR("kaya"), to="Patrick Wiemers <patrick.wiemers@gmx.example>", subj="AW: Kündigung Handyversicherung",
  date="2026-04-20 10:00", sig="kaya", ent="av",
  body="""Hallo Herr Wiemers,

schade, aber natürlich: Ihre Elektronikversicherung EL-3301-8817 endet zum 31.05.2026. Den anteiligen Beitrag für Juni bis August (11,97 €) erstatten wir auf Ihr Konto.

Und ja – wir haben verstanden, dass die Reparatur im Februar zu lange gedauert hat. Das habe ich an den Werkstattpartner weitergegeben.

Viele Grüße""",
  quote=Q("""Ich kündige meine Handyversicherung EL-3301-8817. Danke für drei Wochen ohne Handy im Februar, war super Urlaub von Whatsapp. Patrick Wiemers"""))

M("C", "de", "customer", "cat's dental treatment under pet health insurance (animal health → CONFIDENTIAL)",
  frm=ADDR("wagner"), to="Tierversicherung Leistung <tier-leistung@versicherer.example>", subj="WG: Rechnung Mimi",
  date="2026-04-20 13:25", sig="wagner", sigstyle="name", ent="av",
  body="""Katzenkranken TK-1155-0208, Zahnbehandlung ist ab Jahr 2 mitversichert. Bitte erfassen.""",
  quote=Q("""Liebe Frau Wagner,

anbei die Rechnung der Tierarztpraxis Dr. Holm für unsere Katze Mimi (Europäisch Kurzhaar, 9 Jahre). Sie hat nicht mehr richtig gefressen, es waren zwei entzündete Zähne, die unter Narkose gezogen wurden. 612,30 €. Jetzt frisst sie wieder wie ein Scheunendrescher :)

Herzliche Grüße
Gudrun Paschke"""),
  att=[SCAN("Tierarztrechnung_Mimi.pdf", seed="mimi")])

M("C", "de", "insurer-to-customer", "student son's laptop stolen at university (household outside cover); son's birth date",
  frm=ADDR("demir"), to="Dr. Annette Behrens <annette.behrens@web.example>", subj="Schaden HS-26-003015 – Laptop Ihres Sohnes",
  date="2026-04-21 09:35", sig="demir", ent="av",
  body="""Sehr geehrte Frau Dr. Behrens,

der Laptop Ihres Sohnes Paul Behrens (geb. 11.09.2005) wurde am 8. April aus der Bibliothek der Universität Münster gestohlen. Da Paul als Student noch bei Ihnen gemeldet ist und die Wohnung in Münster nur vorübergehend bewohnt, gilt Ihre Hausratversicherung HR-0077-3120 über die Außenversicherung.

Einfacher Diebstahl (ohne Einbruch) ist nach Ihrem Tarif bis 1.000 € versichert. Der Laptop (MacBook Air, 2024, 1.299 €) wird daher mit 1.000 € entschädigt. Die Polizeianzeige liegt uns vor.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "father writes about glasses and squint treatment for his 6-year-old daughter",
  frm=ADDR("petrovic"), to="Posteingang Hilfsmittel <leistung-hilfsmittel@versicherer.example>", subj="WG: Brille für Lotta",
  date="2026-04-21 15:00", sig="petrovic", sigstyle="name", ent="kv",
  body="""Kinderbrille + Orthoptik zu KV 7.770.215-4 (Lotta, mitversichert). Bitte Sehhilfen-Budget prüfen, Kind < 14 → ohne Dioptriengrenze.""",
  quote=Q("""Hallo,

unsere Tochter Lotta (6) war beim Augenarzt, weil sie beim Malen immer so schief guckt. Diagnose: Schielen (Innenschielen links) und Weitsichtigkeit +3,5. Sie bekommt jetzt eine Brille und muss zusätzlich stundenweise ein Pflaster über dem rechten Auge tragen. Die Brille kostet 289 Euro, die Orthoptistin rechnet extra ab.

Versicherungsnummer KV 7.770.215-4.

Danke und Gruß
Christian Möller"""))

M("S", "de", "customer", "lower-case mail about wisdom-tooth surgery and jaw surgeon's invoice",
  frm=ADDR("wendland"), to="Posteingang Zahn <leistung-zahn@versicherer.example>", subj="WG: rechnung kieferchirurg",
  date="2026-04-22 08:10", sig="wendland", sigstyle="name", ent="kv",
  body="""zur Erfassung, KZ 4.330.871-2.""",
  quote=Q("""hallo hab die weisheitszähne raus bekommen alle 4 unter vollnarkose beim kieferchirurg dr. kaminski in bochum, rechnung ist 1.146,80 euro. backe ist noch dick aber geht schon. die rechnung schick ich als foto. zahlt ihr das ganz oder nur teil? meine nummer ist KZ 4.330.871-2
marcel"""),
  att=[PNG("IMG_5520.png", 130, 180, "marcel-kiefer")])

M("S", "en", "customer", "couple asks about IVF cover, own fertility details, English",
  frm=ADDR("nguyen"), to="Leistung Kranken Sonderfälle <leistung-sonder@versicherer.example>", subj="FW: IVF – what is covered?",
  date="2026-04-22 11:20", sig="nguyen", sigstyle="short", lang="en", ent="kv",
  body="""Customer KV 7.801.446-0, please check IVF conditions (Tarif Komfort) and reply in English.""",
  quote=FW("Elena Rossi <elena.rossi@tiscali.example>", "Wed, 22 Apr 2026 09:02", "service-kranken@versicherer.example",
           "IVF – what is covered?", """Dear team,

my husband and I (I am insured with you, KV 7.801.446-0; he is in the public system) have been trying to have a baby for three years. Our fertility clinic in Düsseldorf found that I have endometriosis and one blocked fallopian tube, and recommends IVF. I am 36.

How many cycles would you cover, and do you cover his part of the treatment too? We have the treatment plan and can send it.

Thank you,
Elena Rossi""", lang="en"))

M("S", "de", "insurer-to-customer", "care-level decision letter: assessment result and care level 2 for a named insured",
  frm=ADDR("yilmaz"), to="Jürgen Hamann <juergen.hamann@t-online.example>", subj="Ergebnis der Pflegebegutachtung – Ihre Mutter Gisela Hamann",
  date="2026-04-23 10:45", sig="yilmaz", ent="kv",
  body="""Sehr geehrter Herr Hamann,

die Gutachterin von Medicproof hat Ihre Mutter am 14. April zu Hause besucht. Das Ergebnis: 41,25 Gesamtpunkte, das entspricht Pflegegrad 2 ab dem 01.03.2026 (Antragsmonat).

Besonders eingeschränkt sind laut Gutachten die Mobilität (Gangunsicherheit nach Oberschenkelhalsbruch) und die Selbstversorgung beim Waschen und Anziehen. Die kognitiven Fähigkeiten sind weitgehend erhalten.

Ihre Mutter erhält ab März Pflegegeld von 347 € monatlich, die Nachzahlung für März und April überweisen wir in den nächsten Tagen. Das Gutachten senden wir ihr per Post.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "angry complaint: hospital daily allowance refused for an undisclosed pre-existing diabetes",
  frm=ADDR("lorenz"), to="Erwin Stratmann <erwin.stratmann@gmx.example>", subj="AW: Betrug!!!",
  date="2026-04-23 16:05", sig="lorenz", ent="kv",
  body="""Sehr geehrter Herr Stratmann,

ich kann Ihren Ärger verstehen und habe mir die Akte genau angesehen.

Beim Abschluss der Krankenhaustagegeldversicherung im Mai 2024 haben Sie die Frage nach Stoffwechselerkrankungen mit "nein" beantwortet. Aus dem Entlassungsbericht des Klinikums Lippe geht hervor, dass Ihr Diabetes mellitus Typ 2 seit 2019 mit Tabletten behandelt wird. Der Krankenhausaufenthalt im März (diabetischer Fuß) hängt damit unmittelbar zusammen.

Wir haben den Vertrag deshalb nicht gekündigt, aber diese Erkrankung ist vom Versicherungsschutz ausgeschlossen. Das ist kein Betrug, sondern die Folge der Angaben im Antrag. Wenn Sie meinen, dass Ihr Arzt die Diagnose 2019 anders gestellt hat, schicken Sie mir gern Unterlagen.

Sie können sich außerdem kostenfrei an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen""",
  quote=Q("""Sie zahlen nicht für meine 12 Tage Krankenhaus wegen angeblicher Vorerkrankung. Das ist Betrug am Kunden!!! Stratmann KH 5.330.118-7"""))

M("S", "de", "customer", "son writes: father in a nursing home with dementia, health premium too high, asks for standard tariff",
  frm=ADDR("haas"), to="Tarifwechsel Kranken <tarifwechsel@versicherer.example>", subj="WG: Beitrag meines Vaters",
  date="2026-04-24 09:30", sig="haas", sigstyle="name", ent="kv",
  body="""§ 204-Anfrage zu KV 3.001.220-5 (Hr. Wilhelm Tenbrink), Betreuerausweis liegt vor. Bitte Tarifwechselberatung anschreiben.""",
  quote=Q("""Sehr geehrte Damen und Herren,

mein Vater Wilhelm Tenbrink (87) liegt seit letztem Jahr im Heim, er hat fortgeschrittene Demenz und ich bin sein gesetzlicher Betreuer. Sein Beitrag zur Krankenversicherung ist jetzt 1.018 Euro im Monat, dazu kommt der Eigenanteil im Heim von über 2.600 Euro. Seine Rente und Ersparnisse reichen dafür nicht mehr lange.

Ich habe gelesen, dass man in den Standardtarif wechseln kann. Geht das bei ihm, und was würde er dann verlieren? Er braucht vor allem Hausarzt, Medikamente und ab und zu Krankenhaus.

Mit freundlichen Grüßen
Bernd Tenbrink"""))


# ---- batch 7 -------------------------------------------------------------

M("N", "de", "insurer-to-customer", "trap: general privacy question whether the health app transmits step counts; no own data",
  frm=ADDR("meier"), to="Sven Drewes <sven.drewes@posteo.example>", subj="AW: Werden meine Schritte an euch übertragen?",
  date="2026-04-27 09:20", sig="meier", ent="grp",
  body="""Hallo Herr Drewes,

nein. Die Bonus-App "Aktiv+" zählt die Schritte auf Ihrem Telefon und übermittelt uns nur, ob ein Wochenziel erreicht wurde (ja/nein), damit wir die Bonuspunkte gutschreiben können. Schrittzahlen, Puls, Schlafdaten oder Standort sehen wir nicht. Die Teilnahme ist freiwillig und hat keinen Einfluss auf Beiträge oder Leistungen.

Die Details stehen in den Datenschutzhinweisen der App unter "Welche Daten wir erhalten".

Mit freundlichen Grüßen""",
  quote=Q("""Frage zu eurer Bonus-App, bevor ich die installiere: Werden da Schritte und Pulswerte an euch geschickt? Gruß Sven"""))

M("N", "de", "insurer-to-customer", "trap: can someone advise in Turkish; no topic",
  frm=ADDR("kowalski"), to="Hatice Yıldırım <hatice.yildirim@gmail.example>", subj="AW: Türkischsprachige Beratung",
  date="2026-04-27 11:15", sig="kowalski", ent="av",
  body="""Merhaba Frau Yıldırım,

ja, gern! Unsere Kollegin Frau Güler berät auf Türkisch, dienstags und donnerstags von 9 bis 16 Uhr unter +49 221 555-3015. Sie können auch einen Termin in der Geschäftsstelle vereinbaren.

Viele Grüße""",
  quote=Q("""Hallo, meine Mutter spricht nicht so gut deutsch. Gibt es bei Ihnen jemand der türkisch spricht? Danke Hatice"""))

M("N", "de", "insurer-to-customer", "trap: complaint about an unfriendly call-centre agent without any topic",
  frm=ADDR("lorenz"), to="Rita Bongartz <rita.bongartz@web.example>", subj="AW: Unfreundliche Mitarbeiterin",
  date="2026-04-28 10:00", sig="lorenz", ent="grp",
  body="""Sehr geehrte Frau Bongartz,

es tut mir leid, dass Sie sich am Telefon schlecht behandelt gefühlt haben. So wollen wir nicht mit unseren Kundinnen und Kunden umgehen. Ich habe das Gespräch mit der Teamleitung besprochen; die Kollegin bekommt eine Rückmeldung.

Danke, dass Sie sich die Mühe gemacht haben, uns das zu schreiben.

Mit freundlichen Grüßen""",
  quote=Q("""Die Dame am Telefon heute um 11 Uhr war sehr unfreundlich und hat einfach aufgelegt, als ich nachgefragt habe. So geht man nicht mit älteren Menschen um. R. Bongartz"""))

M("N", "de", "internal", "trap: standard reply on whether sick notes may be sent via WhatsApp; generic",
  frm=ADDR("haas"), to="Team Kundenservice Kranken <kundenservice-kranken@versicherer.example>", subj="Textbaustein: Krankschreibung per WhatsApp?",
  date="2026-04-28 14:30", sig="haas", sigstyle="name", ent="kv",
  body="""Hallo ihr Lieben,

immer öfter fragen Kunden, ob sie die Krankschreibung per WhatsApp schicken können. Bitte künftig so antworten:

"Aus Datenschutzgründen nehmen wir Arbeitsunfähigkeitsbescheinigungen und andere Gesundheitsunterlagen nicht per WhatsApp oder normaler E-Mail entgegen. Bitte laden Sie die Bescheinigung in unserer App oder im Kundenportal hoch – das geht mit einem Foto in einer Minute. Alternativ per Post."

Danke!
Monika""")

M("N", "de", "insurer-to-prospect", "trap: general question about notice periods; generic answer",
  frm=ADDR("kowalski"), to="d.neuhaus@freenet.example", subj="AW: Kündigungsfrist allgemein",
  date="2026-04-29 09:05", sig="kowalski", ent="av",
  body="""Guten Tag,

bei den meisten unserer Sachversicherungen (Hausrat, Haftpflicht, Rechtsschutz) beträgt die Kündigungsfrist drei Monate zum Ende des Versicherungsjahres; bei Verträgen mit einjähriger Laufzeit verlängert sich der Vertrag sonst um ein Jahr. Kfz-Versicherungen können Sie bis zum 30. November zum Jahresende kündigen. Nach einem Schaden oder einer Beitragserhöhung gibt es ein Sonderkündigungsrecht.

Mit freundlichen Grüßen""",
  quote=Q("""Wie lange sind bei Ihnen so die Kündigungsfristen? Frage vor einem möglichen Wechsel. D. Neuhaus"""))

M("N", "en", "insurer-to-prospect", "trap: can premiums be paid annually; generic",
  frm=ADDR("becker"), to="noah.fischer@gmail.example", subj="RE: Annual payment?",
  date="2026-04-29 11:40", sig="becker", sigstyle="short", lang="en", ent="grp",
  body="""Hi Noah,

yes – you can choose monthly, quarterly, half-yearly or annual payment for all our property, liability and motor policies. Annual payment by direct debit is 3 % cheaper than monthly.

Best regards""",
  quote=Q("""Can I pay the premium once a year instead of monthly? Noah"""))

M("N", "de", "insurer-to-customer", "trap: second registration mail with the portal link; no personal content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="Tanja Rieck <tanja.rieck@web.example>",
  subj="Ihr Zugang zum sicheren Postfach – Registrierung abschließen", date="2026-04-13 09:04",
  body="""Guten Tag,

bitte schließen Sie die Registrierung für Ihr sicheres Postfach ab:

https://securemail.versicherer.example/register?t=8f3b1c6e0a

Melden Sie sich mit Ihrer E-Mail-Adresse und dem Einmal-Passwort aus unserer ersten E-Mail an. Danach legen Sie Ihren Namen, ein neues Passwort und eine Sicherheitsfrage fest.

Der Link ist 14 Tage gültig. Bitte antworten Sie nicht auf diese E-Mail.""")

M("N", "en", "newsletter", "trap: 'What you told us' newsletter with aggregated survey results",
  frm="Versicherer <newsletter@versicherer.example>", to="subscribers-en@newsletter.versicherer.example",
  subj="You told us – and here's what we changed", date="2026-04-30 08:00", lang="en",
  body="""What you told us in our spring survey (3,412 answers):

- 41 % waited too long on the phone → we introduced call-back and added 18 people to the team.
- 27 % found uploading receipts in the app difficult → the new upload screen goes live in May.
- 12 % want to receive letters digitally → you can now switch in the portal under Settings.

Top compliment: "Claims were paid faster than I expected."

Thank you for taking part!

Unsubscribe: https://www.versicherer.example/newsletter/unsubscribe""")

M("N", "de", "insurer-to-customer", "trap: general question whether rapid tests are still reimbursed; no own symptoms",
  frm=ADDR("haas"), to="Heike Brinkmann <heike.brinkmann@gmx.example>", subj="AW: Schnelltests",
  date="2026-04-30 13:00", sig="haas", ent="kv",
  body="""Sehr geehrte Frau Brinkmann,

Selbsttests aus der Drogerie oder Apotheke erstatten wir nicht, das sind Haushaltsartikel. Ein Test, den eine Ärztin oder ein Arzt bei Krankheitszeichen veranlasst, ist dagegen eine normale ärztliche Leistung und wird nach Ihrem Tarif erstattet.

Mit freundlichen Grüßen""",
  quote=Q("""Eine allgemeine Frage: Werden Corona- oder Grippe-Schnelltests eigentlich noch erstattet? Mit freundlichen Grüßen H. Brinkmann"""))

M("N", "de", "insurer-to-customer", "trap: does the radio promotion 'one month free' apply to existing customers; no contract named",
  frm=ADDR("schmitz"), to="Thomas Rüsing <thomas.ruesing@web.example>", subj="AW: Radiowerbung ein Monat gratis",
  date="2026-05-04 10:25", sig="schmitz", ent="grp",
  body="""Hallo Herr Rüsing,

die Aktion "Ein Monat gratis" gilt für neu abgeschlossene Hausrat- und Haftpflichtverträge bis zum 30. Juni. Für bestehende Verträge gibt es sie leider nicht – wer aber einen weiteren Vertrag abschließt, bekommt den Gratismonat für den neuen Vertrag.

Viele Grüße""",
  quote=Q("""Im Radio läuft gerade Ihre Werbung "ein Monat gratis". Gilt das eigentlich auch für Bestandskunden? Sonst wäre das ja unfair. T. Rüsing"""))

M("C", "de", "customer", "state pension notice sent for a senior household discount: pension income of a named customer (not a life contract)",
  frm=ADDR("kaya"), to="Vertragsservice Sach <vertrag-sach@versicherer.example>", subj="WG: Seniorenrabatt Hausrat",
  date="2026-05-04 14:50", sig="kaya", sigstyle="name", ent="av",
  body="""Seniorennachlass HR-0250-7781 ab 01.06. eintragen (Altersrente nachgewiesen).""",
  quote=Q("""Sehr geehrte Damen und Herren,

Ihr Vertreter sagte mir, dass es für Rentner einen Nachlass in der Hausratversicherung gibt. Ich bin seit dem 1. März in Altersrente. Laut Bescheid der Deutschen Rentenversicherung vom 12.02.2026 beträgt meine Rente 1.684,37 Euro brutto, ausgezahlt 1.497,12 Euro. Den Bescheid kann ich Ihnen gerne schicken.

Meine Versicherungsnummer: HR-0250-7781

Mit freundlichen Grüßen
Wolfgang Stiller"""))

M("C", "de", "insurer-to-customer", "partner added as driver: birth date and licence date of a named person, plate",
  frm=ADDR("engel"), to="Nadine Kroll <nadine.kroll@gmx.example>", subj="AW: Freund als Fahrer eintragen",
  date="2026-05-05 09:40", sig="engel", ent="av",
  body="""Hallo Frau Kroll,

erledigt: Ihr Partner ist ab sofort als Fahrer für Ihren Seat Ibiza (BM-NK 77) eingetragen.

Fahrer: Dennis Arndt, geb. 17.12.1993, Führerschein seit 2012

Da er über 25 ist, ändert sich Ihr Beitrag nur geringfügig: +3,10 € im Monat ab 01.05.2026 (Vertrag KF-2019-5530).

Viele Grüße""",
  quote=Q("""hi, kann mein freund dennis arndt bei mir als fahrer rein? geb 17.12.93, führerschein seit 2012. danke nadine"""))

M("C", "de", "insurer-to-customer", "legal advice cover for family law (divorce) of a named customer; no special category",
  frm=ADDR("lindqvist"), to="Kerstin Volkmann <kerstin.volkmann@t-online.example>", subj="Beratungsrechtsschutz Familienrecht – RS-6610-2208",
  date="2026-05-05 15:10", sig="lindqvist", ent="av",
  body="""Sehr geehrte Frau Volkmann,

für eine erste Beratung zu Ihrer Trennung und der geplanten Scheidung übernehmen wir die Kosten einer anwaltlichen Beratung bis 500 € (Beratungsrechtsschutz im Familienrecht). Das gerichtliche Scheidungsverfahren selbst ist nicht versichert.

Sie können sich Ihre Anwältin frei aussuchen oder unsere Anwaltsvermittlung nutzen (+49 221 555-4560). Bitte nennen Sie dort Ihre Vertragsnummer.

Ich wünsche Ihnen für die kommende Zeit viel Kraft.

Mit freundlichen Grüßen""")

M("C", "en", "customer", "burglary while on holiday: named customer, household policy, stolen items",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="FW: Break-in while we were away",
  date="2026-05-06 08:25", sig="demir", sigstyle="name", lang="en", ent="av",
  body="""Einbruchdiebstahl, HR-8805-1290. Police ref. in his mail. Please send the stolen-goods form in English.""",
  quote=FW("Gareth Hughes <gareth.hughes@virginmedia.example>", "Tue, 5 May 2026 22:41", "schaden@versicherer.example",
           "Break-in while we were away", """Hello,

we came back from holiday tonight and our flat in Sülzburgstraße 140, Cologne, has been broken into – the balcony door was forced. Missing so far: a laptop, a PlayStation, my wife's jewellery box (two gold necklaces, earrings) and about 300 euros in cash.

The police have been and the case number is 260505-2217-E. Our contents insurance is HR-8805-1290.

What should we do next? Can we get the balcony door repaired straight away?

Gareth Hughes""", lang="en"))

M("C", "de", "insurer-to-customer", "name change after divorce (back to the birth name) in a motor contract",
  frm=ADDR("engel"), to="Simone Jacobs <simone.jacobs@web.example>", subj="Namensänderung in Ihrem Kfz-Vertrag",
  date="2026-05-06 11:00", sig="engel", ent="av",
  body="""Sehr geehrte Frau Jacobs,

wir haben Ihren Namen in Ihrem Kfz-Vertrag KF-1108-4491 geändert:

bisher: Simone Wegener
jetzt: Simone Jacobs (Geburtsname)

Bitte denken Sie daran, auch die Zulassungsbescheinigung Teil I bei der Zulassungsstelle ändern zu lassen. Eine neue Versicherungskarte ist nicht nötig.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "second premium reminder with cancellation warning for a legal expenses policy",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>", to="Heiko Brandt <heiko.brandt1979@gmx.example>",
  subj="2. Mahnung – Rechtsschutzversicherung RS-9902-1147", date="2026-05-07 06:10", client="system", mailer="VERSO Output Management 7.4",
  ent="av",
  body="""Sehr geehrter Herr Brandt,

trotz unserer Zahlungserinnerung vom 14.04.2026 ist der Beitrag für Ihre Rechtsschutzversicherung RS-9902-1147 noch offen:

Halbjahresbeitrag 01.04.–30.09.2026: 189,60 €
Mahngebühr: 5,00 €
Gesamt: 194,60 €

Bitte zahlen Sie bis spätestens 21.05.2026. Nach Ablauf dieser Frist besteht für Versicherungsfälle kein Versicherungsschutz mehr, und wir können den Vertrag fristlos kündigen (§ 38 VVG).

Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Beitragsservice""")

M("C", "en", "customer", "new bank account for motor and home policies, English, typed on a phone",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Beitragsservice <beitragsservice@versicherer.example>",
  subj="[App] Change bank details", date="2026-05-07 20:14", client="system", mailer="Versicherer App Backend 5.1", lang="en",
  body="""Message from the Versicherer app (iOS 19.4, App 5.2.0, language: English)

Customer: Ana Kovačević
Customer no.: 40 921 6634
Policies: KF-6650-3012, HR-6650-3013

Text:
hi please take the premiums from my new account from june on, old one closes end of may. {iban} account holder Ana Kovacevic. thx""".format(iban=IB("DE", "500105175439981200", group=0)))

M("C", "de", "customer", "storm damage to the roof of a named customer's house, buildings policy",
  frm=ADDR("demir"), to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="WG: Sturm Dachziegel",
  date="2026-05-08 07:45", sig="demir", sigstyle="name", ent="av",
  body="""Sturm 06.05. (DWD Bft 9 Raum Paderborn bestätigt). WG-3340-0817, Dachdeckerrechnung abwarten.""",
  quote=Q("""Guten Morgen, beim Sturm vorgestern sind bei uns ca. 15 Dachziegel runtergekommen und die Regenrinne hängt halb ab. Der Dachdecker Fa. Schlüter war schon da und hat provisorisch abgedeckt. Haus: Lindenweg 5, 33104 Paderborn. Wohngebäude WG-3340-0817. Reicht es, wenn ich die Rechnung schicke?
Gruß Rainer Kötter"""))

M("S", "de", "customer", "transcribed voicemail: sudden hearing loss and sick leave, daily sickness allowance",
  frm=ADDR("haas"), to="Krankentagegeld <ktg@versicherer.example>", subj="WG: Sprachnachricht Fr. Wolff (transkribiert)",
  date="2026-05-08 10:10", sig="haas", sigstyle="name", ent="kv",
  body="""KT 2.511.087-4, bitte Rückruf.""",
  quote=FW("Sprachbox Hotline <sprachbox@versicherer.example>", "08.05.2026 08:02", "ktg@versicherer.example",
           "Sprachnachricht 0152xxxx113 (automatische Transkription)", """Ja hallo, hier ist Sandra Wolff, Vertragsnummer KT 2.511.087-4. Ich hatte letzte Woche einen Hörsturz links, bin beim HNO-Arzt in Behandlung mit Infusionen und Cortison und seit Montag krankgeschrieben, erst mal zwei Wochen. Ich bin selbstständig, Friseurmeisterin, und wollte fragen ab wann mein Krankentagegeld zahlt und was ich einschicken muss. Bitte rufen Sie mich zurück. Danke, tschüss."""))

M("S", "de", "insurer-to-customer", "dental treatment plan approval: implant in region 46 for a named customer",
  frm=ADDR("wendland"), to="Michaela Reuß <michaela.reuss@web.example>", subj="Ihr Heil- und Kostenplan – Zusage",
  date="2026-05-11 09:30", sig="wendland", ent="kv",
  body="""Sehr geehrte Frau Reuß,

wir haben den Heil- und Kostenplan von Zahnarzt Dr. Ostermann vom 28.04.2026 geprüft:

Implantat regio 46 mit Knochenaufbau (Sinuslift nicht erforderlich) und vollkeramischer Krone
Voraussichtliche Gesamtkosten: 3.840,00 €
Festzuschuss Ihrer gesetzlichen Kasse: 412,00 €

Aus Ihrem Tarif ZahnPremium (KZ 4.902.115-8) erstatten wir 100 % des verbleibenden Betrags, höchstens jedoch die Zahnstaffel im dritten Versicherungsjahr von 3.000 €. Sie erhalten damit voraussichtlich 3.000,00 €.

Bitte reichen Sie nach der Behandlung die Rechnung mit der Kassenabrechnung ein.

Mit freundlichen Grüßen""")

M("S", "en", "customer", "premature twins in neonatal intensive care; mother asks to add them to the policy",
  frm=ADDR("whitfield"), to="International Health – New Business <ihs-newbusiness@versicherer.example>", subj="FW: Our twins",
  date="2026-05-11 13:45", sig="whitfield", sigstyle="short", lang="en", ent="kv",
  body="""Newborn add-on for IH-88-27730, born 02/05/2026. Please make sure the NICU invoices go to claims under the newborn cover.""",
  quote=FW("Sofia Lindqvist-Berg <sofia.lindqvistberg@telia.example>", "Mon, 11 May 2026 05:30", "ihs@versicherer.example",
           "Our twins", """Dear team,

our twins Alva and Oskar were born on 2 May at 31 weeks, much earlier than planned. They are in the neonatal intensive care unit at the Universitätsklinikum Köln; Oskar needed breathing support for the first days, Alva is already drinking on her own. We hope they can come home in about four weeks.

Please add both to my policy IH-88-27730 from birth. I'm sorry for writing so briefly, it's a lot right now.

Sofia Lindqvist-Berg""", lang="en"))

M("S", "de", "customer", "son reports father's death from cancer and asks about term life payout",
  frm=ADDR("stanek"), to="Leben Leistung <leben-leistung@versicherer.example>", subj="WG: Risikolebensversicherung meines Vaters",
  date="2026-05-12 08:50", sig="stanek", sigstyle="name", ent="lv",
  body="""Todesfall RL 9.004.561-2, Vertrag < 3 Jahre → Prüfung vorvertragliche Anzeigepflicht, Arztberichte anfordern.""",
  quote=Q("""Guten Tag,

mein Vater Jürgen Pöppel ist am 29. April im Hospiz in Solingen an Bauchspeicheldrüsenkrebs gestorben. Die Diagnose kam erst im Oktober letzten Jahres, es ging dann sehr schnell. Er hatte 2024 bei Ihnen eine Risikolebensversicherung abgeschlossen, Nummer RL 9.004.561-2, begünstigt sind meine Mutter und ich.

Was brauchen Sie von uns? Sterbeurkunde liegt vor.

Mit freundlichen Grüßen
Tim Pöppel"""))

M("S", "de", "insurer-to-customer", "cost approval request for gastric bypass surgery; BMI and comorbidities of the named customer",
  frm=ADDR("brandt"), to="Sandra Küppers <sandra.kueppers@gmx.example>", subj="AW: Antrag Kostenübernahme Magenbypass",
  date="2026-05-12 14:15", sig="brandt", ent="kv",
  body="""Sehr geehrte Frau Küppers,

vielen Dank für Ihren Antrag und die Unterlagen des Adipositaszentrums Mönchengladbach. Damit wir über die Kostenübernahme für den Magenbypass entscheiden können, fehlen noch:

- die Bestätigung über das sechsmonatige multimodale Konzept (Ernährungs-, Bewegungs- und Verhaltenstherapie) mit Gewichtsverlauf,
- das psychologische Gutachten.

Bei einem BMI von 43 mit Bluthochdruck und Schlafapnoe sind die medizinischen Voraussetzungen grundsätzlich gegeben; die Entscheidung treffen wir, sobald die Unterlagen da sind.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "mother asks about rehab for her asthmatic 9-year-old; portal relay",
  frm="Kundenportal <kundenportal@versicherer.example>", to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>",
  subj="Neue Nachricht aus dem Kundenportal – Kinderreha", date="2026-05-13 21:08", client="system", mailer="Kundenportal 3.2", ent="kv",
  body="""Neue Nachricht über das Kundenportal

Kundennummer: 40 448 1209
Name: Aleksandra Nowak
Vertrag: KV 7.334.802-7 (Familie)
Kanal: Web
Betreff (vom Kunden gewählt): Sonstiges

Nachricht:
Guten Abend, unser Sohn Filip (9) hat schweres Asthma, er war diesen Winter dreimal im Krankenhaus mit Anfällen. Die Kinderärztin empfiehlt eine Reha an der Nordsee (Fachklinik Sylt, 4 Wochen, mit Begleitperson). Zahlt die Versicherung das, und muss ich vorher einen Antrag stellen? Danke, A. Nowak

Anhänge: keine

Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht an kundenportal@versicherer.example.""")

M("S", "en", "insurer-to-customer", "travel vaccinations (yellow fever, typhoid, rabies) reimbursed for a named customer",
  frm=ADDR("whitfield"), to="Benedikt Sauer <benedikt.sauer@gmx.example>", subj="RE: Vaccinations before my trip – reimbursement",
  date="2026-05-13 10:30", sig="whitfield", lang="en", ent="kv",
  body="""Dear Mr Sauer,

thank you for the invoice from the travel clinic at the Tropeninstitut. Your vaccinations before your trip to Ghana – yellow fever, typhoid and the first two rabies doses – are covered as travel vaccinations under your plan. We have reimbursed EUR 356.80 to your account.

The third rabies dose and the malaria tablets (atovaquone/proguanil) will be covered too; just send those receipts when you have them.

Safe travels!""")


# ---- batch 8 -------------------------------------------------------------

M("N", "de", "insurer-to-customer", "trap: elderly customer asks for a printed copy of the general household terms; iso-8859-1 body",
  frm=ADDR("kowalski"), to="Hermann Lütkehaus <h.luetkehaus@t-online.example>", subj="AW: Bedingungen auf Papier",
  date="2026-05-14 09:00", sig="kowalski", charset="iso-8859-1", ent="av",
  body="""Sehr geehrter Herr Lütkehaus,

selbstverständlich schicken wir Ihnen die Allgemeinen Bedingungen für die Hausratversicherung (VHB 2026) gern gedruckt zu. Sie sind in den nächsten Tagen in Ihrem Briefkasten; bitte geben Sie uns nur kurz Ihre Postanschrift durch, die stand nicht in Ihrer E-Mail.

Mit freundlichen Grüßen""",
  quote=Q("""Sehr geehrte Damen und Herren, ich lese nicht gern am Bildschirm. Können Sie mir die allgemeinen Bedingungen für Hausrat auf Papier zusenden? Hochachtungsvoll H. Lütkehaus"""))

M("N", "de", "insurer-to-customer", "trap: how secure is the app against hackers; generic answer",
  frm=ADDR("fischer"), to="Jannik Behr <jannik.behr@proton.example>", subj="AW: Wie sicher ist eure App?",
  date="2026-05-14 11:20", sig="fischer", ent="grp",
  body="""Hallo Herr Behr,

kurze Antwort auf Ihre berechtigte Frage:

- Alle Verbindungen laufen verschlüsselt (TLS 1.3), Zertifikate sind in der App fest hinterlegt.
- Dokumente werden auf unseren Servern verschlüsselt gespeichert, nicht auf Ihrem Telefon.
- Anmeldung mit Passwort und zweitem Faktor (Face ID/Fingerabdruck oder Code).
- Externe Prüfer testen die App zweimal im Jahr; Schwachstellen können Sie über security@versicherer.example melden.

Viele Grüße""",
  quote=Q("""Wie sicher ist eure App eigentlich gegen Hacker? Da sind ja Arztrechnungen und so drin. Jannik"""))

M("N", "de", "insurer-to-customer", "trap: agent's holiday notice with a stand-in, base64 body, no customer data",
  frm=ADDR("falk"), to="Kundinnen und Kunden Agentur Falk <kunden-agentur-falk@versicherer.example>", subj="Urlaub vom 1. bis 19. Juni – Vertretung",
  date="2026-05-15 16:00", sig="falk", cte="base64", ent="grp",
  body="""Liebe Kundinnen und Kunden,

ich bin vom 1. bis 19. Juni im Urlaub. In dieser Zeit vertritt mich meine Kollegin Frau Derya Aslan, erreichbar unter +49 221 555-1232 oder derya.aslan@versicherer.example.

Schäden melden Sie bitte wie immer direkt über die App oder die Schadenhotline +49 221 555-3000 – die ist rund um die Uhr besetzt.

Ab dem 22. Juni bin ich wieder für Sie da.

Herzliche Grüße""")

M("N", "en", "insurer-to-customer", "trap: is the newsletter available in English; generic",
  frm=ADDR("baumann"), to="Chloe Martin <chloe.martin@outlook.example>", subj="RE: Newsletter in English?",
  date="2026-05-15 10:10", sig="baumann", sigstyle="short", lang="en", ent="grp",
  body="""Hi Chloe,

yes! We publish an English edition every two months. You can switch the language in the newsletter settings: https://www.versicherer.example/newsletter/settings – or just reply "English please" and we'll change it for you.

Best regards""",
  quote=Q("""Hi, is your newsletter also available in English? My German is not great yet. Chloe"""))

M("N", "de", "insurer-to-prospect", "trap: blank dental application form with unanswered health questions sent as PDF",
  frm=ADDR("nguyen"), to="Gabriele Stamm <gabi.stamm@web.example>", subj="AW: Antrag Zahnzusatz auf Papier",
  date="2026-05-18 09:30", sig="nguyen", ent="kv",
  body="""Sehr geehrte Frau Stamm,

anbei wie gewünscht der Antrag für ZahnPlus zum Ausdrucken. Bitte füllen Sie ihn aus und schicken Sie ihn per Post zurück – bitte nicht per E-Mail, wenn die Gesundheitsfragen beantwortet sind.

Mit freundlichen Grüßen""",
  quote=Q("""Ich hätte gern den Antrag für die Zahnzusatz zum Ausdrucken, online mache ich so etwas nicht. G. Stamm"""),
  att=[PDF("Antrag_ZahnPlus_blanko.pdf", [
      ("h", "Antrag auf Zahnzusatzversicherung ZahnPlus"),
      ("t", [["Angaben zur versicherten Person", ""], ["Name, Vorname", "______________________"], ["Geburtsdatum", "__.__.____"],
             ["Gesetzliche Krankenkasse", "______________________"], ["IBAN für den Beitragseinzug", "DE__ ____ ____ ____ ____ __"]]),
      ("h", "Gesundheitsfragen", 2),
      ("p", "1. Fehlen Zähne, die noch nicht ersetzt sind (Weisheitszähne ausgenommen)?  [ ] ja  [ ] nein   Anzahl: ___"),
      ("p", "2. Ist eine zahnärztliche Behandlung (außer Vorsorge) angeraten, geplant oder begonnen?  [ ] ja  [ ] nein"),
      ("p", "3. Wurde in den letzten drei Jahren eine Parodontitis behandelt?  [ ] ja  [ ] nein"),
      ("p", "Ort, Datum ______________    Unterschrift ______________"),
      ("small", "Blanko-Formular, Stand 05/2026. Bitte vollständig und wahrheitsgemäß ausfüllen (§ 19 VVG)."),
  ], title="Antrag ZahnPlus")])

M("N", "de", "insurer-to-customer", "trap: Low German greeting asking for opening hours of the Leer agency; no data",
  frm=ADDR("reuter"), to="Hinnerk Janssen <hinnerk.janssen@ewetel.example>", subj="AW: Wann hebbt ji open?",
  date="2026-05-18 12:15", sig="reuter", sigstyle="short", ent="grp",
  body="""Moin Herr Janssen,

de Agentur in Leer (Mühlenstraße 41) hett Maandag bit Freedag vun 9 bit 13 Klock open, un Dingsdag un Dunnersdag ok namiddags vun 14 bit 18 Klock. Kaamt se eenfach vörbi!

Beste Gröten""",
  quote=Q("""Moin, wann hebbt ji in Leer open? Ik wull mal vörbikomen un wat fragen. Gröten Hinnerk Janssen"""))

M("N", "de", "internal", "trap: agenda for the complaints review meeting, categories and counts only",
  frm=ADDR("lorenz"), to="Beschwerdeteam <beschwerde-team@versicherer.example>", subj="Agenda Beschwerderunde Mai",
  date="2026-05-19 08:00", sig="lorenz", sigstyle="name", ent="grp",
  body="""Hallo zusammen,

Agenda für Donnerstag, 10 Uhr, Raum 3.12:

1. Zahlen April: 412 Beschwerden (−9 % ggü. März), davon Wartezeit Hotline 131, Leistungsablehnung Kranken 88, Schadenregulierung Kfz 64, Beitragsanpassung 57, Sonstiges 72
2. Ombudsmann-Fälle: 6 neue, 4 abgeschlossen
3. Rückruf-Service: erste Erfahrungen
4. Textbausteine "Gebührenordnung/Steigerungssatz" überarbeiten
5. Verschiedenes

Bitte keine Einzelfälle mit Namen in die Präsentation, nur anonymisiert.

Daniela""")

M("N", "de", "insurer-to-customer", "trap: general question what an advance healthcare directive is; generic",
  frm=ADDR("jansen"), to="Norbert Klingenberg <n.klingenberg@gmx.example>", subj="AW: Patientenverfügung – brauche ich das?",
  date="2026-05-19 14:05", sig="jansen", ent="kv",
  body="""Sehr geehrter Herr Klingenberg,

in einer Patientenverfügung legen Sie im Voraus fest, welche medizinischen Behandlungen Sie wünschen oder ablehnen, falls Sie sich einmal nicht mehr selbst äußern können – etwa künstliche Ernährung oder Wiederbelebung. Sie richtet sich an Ärztinnen und Ärzte, nicht an uns als Versicherung.

Ob man sie "braucht", ist eine persönliche Entscheidung. Viele kombinieren sie mit einer Vorsorgevollmacht. Gute Vorlagen und Textbausteine bietet das Bundesministerium der Justiz kostenlos an.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, alle reden von Patientenverfügung. Was ist das genau und braucht man das? Gruß Klingenberg"""))

M("N", "en", "newsletter", "trap: product newsletter for a new dental tariff with a fictitious example family",
  frm="Versicherer <newsletter@versicherer.example>", to="subscribers-en@newsletter.versicherer.example",
  subj="New: DentalSmile – with an example that shows what you save", date="2026-05-20 08:00", lang="en",
  body="""Introducing DentalSmile

Meet the Example family (fictitious, of course): Mum needs a crown (EUR 1,100), Dad has his teeth cleaned twice a year (EUR 180), and their 12-year-old needs braces extras (EUR 1,600).

Without supplementary cover they pay around EUR 2,500 themselves. With DentalSmile Family, they get back up to EUR 2,060.

- Crowns, bridges, implants: 90 %
- Cleaning: up to EUR 200 per person per year
- Orthodontics for children: up to 80 %
- No waiting periods for accidents

From EUR 14.90 per adult. Details: www.versicherer.example/en/dental

Unsubscribe: https://www.versicherer.example/newsletter/unsubscribe""")

M("N", "de", "insurer-to-customer", "trap: video-call appointment for general retirement-savings advice; no contract or data",
  frm=ADDR("falk"), to="Lisa Hoppe <lisa.hoppe@gmail.example>", subj="Ihr Videotermin am 27. Mai",
  date="2026-05-20 17:30", sig="falk", sigstyle="short", ent="grp",
  body="""Hallo Frau Hoppe,

ich freue mich auf unser Gespräch am Mittwoch, 27. Mai, 18:00 Uhr, per Video. Thema: allgemeine Beratung zur Altersvorsorge. Den Link finden Sie in der Kalendereinladung.

Sie müssen nichts vorbereiten. Falls Sie mögen, überlegen Sie sich vorher, wie viel Sie im Monat ungefähr zurücklegen möchten.

Bis Mittwoch!""",
  att=[ICS("Videotermin.ics", "video-hoppe-20260527@versicherer.example", "Videoberatung Altersvorsorge (allgemein)",
           "20260527T180000", "20260527T184500", ("Bernd Falk", "bernd.falk@versicherer.example"),
           attendees=[("Lisa Hoppe", "lisa.hoppe@gmail.example")], location="https://meet.versicherer.example/falk",
           description="Allgemeine Beratung, keine Unterlagen nötig.")])

M("C", "de", "insurer-to-customer", "household claim payout to the son's IBAN at the customer's request",
  frm=ADDR("demir"), to="Irene Schumacher <irene.schumacher@web.example>", subj="Auszahlung Schaden HS-26-003890",
  date="2026-05-21 09:45", sig="demir", ent="av",
  body="""Sehr geehrte Frau Schumacher,

wie gewünscht überweisen wir die Entschädigung für den Leitungswasserschaden in Ihrer Küche (1.870,00 €, Hausrat HR-1140-5523) auf das Konto Ihres Sohnes, der die Reparatur für Sie vorgestreckt hat:

Kontoinhaber: Markus Schumacher
IBAN: {iban}

Ihre schriftliche Anweisung liegt uns vor. Die Überweisung geht heute raus.

Mit freundlichen Grüßen""".format(iban=IB("DE", "370501980012345678")))

M("C", "de", "customer", "rental damage when moving out: parquet scratches, landlord, liability policy",
  frm=ADDR("oltmanns"), to="Haftpflicht Schaden <haftpflicht-schaden@versicherer.example>", subj="WG: Vermieter will Parkett bezahlt haben",
  date="2026-05-21 13:30", sig="oltmanns", sigstyle="name", ent="av",
  body="""Mietsachschaden, PH-5530-0179. Abnutzung vs. Schaden prüfen, Fotos vom Übergabeprotokoll anfordern.""",
  quote=Q("""Hallo, bin ausgezogen und mein Ex-Vermieter (Herr Schmidtke, Immobilien Schmidtke GmbH) will 2.300 Euro für das Parkett im Wohnzimmer, da sind Kratzer vom Schreibtischstuhl drin. Die Kaution hat er einbehalten. Zahlt das meine Haftpflicht PH-5530-0179? Wohnung war Weidenpescher Str. 30 in Köln.
Danke, Aaron Mertens"""))

M("C", "de", "customer", "e-bike battery stolen from the garage; app relay with frame number and household policy",
  frm="Versicherer App <app-eingang@versicherer.example>", to="Schadenservice Sach <schaden-sach@versicherer.example>",
  subj="[App] Schaden melden: Fahrrad", date="2026-05-22 07:12", client="system", mailer="Versicherer App Backend 5.2",
  body="""Nachricht aus der Versicherer-App (Android 15, App 5.2.0)

Kunde: Gerd Hollender
Kundennummer: 40 117 8805
Vertrag: Hausrat HR-3390-2214 (mit Fahrradbaustein)
Schadentag: 21.05.2026

Schilderung:
Akku vom E-Bike aus der verschlossenen Garage geklaut, Garagentor aufgehebelt. Rad ist noch da (Kalkhoff Image 5, Rahmen-Nr. KH5-88210437). Akku Bosch PowerTube 625, kostet neu 899 €. Anzeige ist gemacht, Az. 260521-1808-E.""")

M("C", "en", "insurer-to-customer", "address and married-name change for a home contents policy, English",
  frm=ADDR("kaya"), to="Emily Thompson-Wagner <emily.tw@gmail.example>", subj="RE: New name and address",
  date="2026-05-22 10:40", sig="kaya", lang="en", ent="av",
  body="""Dear Ms Thompson-Wagner,

congratulations on your wedding! We have updated your home contents policy HR-7702-6618:

Name: Emily Thompson-Wagner (previously Emily Thompson)
Address from 1 June 2026: Dürener Straße 199, 50931 Köln
Living space: 92 m² (previously 54 m²) – premium from June: EUR 14.20 per month

Your husband is automatically covered as a member of your household.

Kind regards""",
  quote=Q("""Hi, I got married and we're moving in together on June 1st. New name Emily Thompson-Wagner, new address Dürener Str. 199, 50931 Köln, 92 sqm. Policy HR-7702-6618. Thanks! Emily"""))

M("C", "de", "customer", "minor crash: photo of the European accident report, other party's plate, nobody hurt",
  frm=ADDR("brenner"), to="Kfz Schaden <kfz-schaden@versicherer.example>", subj="WG: Unfallbericht",
  date="2026-05-26 08:35", sig="brenner", sigstyle="name", ent="av",
  body="""Haftpflicht KF-5504-7710, Auffahren beim Anfahren, Schuld bei uns. Gegner: D-KL 4402. Keine Verletzten lt. Bericht.""",
  quote=Q("""Guten Morgen, hier das Foto vom Unfallbericht von gestern. Bin an der Kreuzung beim Anfahren auf den Vordermann drauf, nur Schrittgeschwindigkeit. Keiner verletzt, nur seine Stoßstange hat einen Kratzer. Mein Kennzeichen ME-BR 228. Gruß Britta Ruhnau"""),
  att=[PNG("Unfallbericht.png", 170, 120, "ruhnau-bericht")])

M("C", "de", "insurer-to-customer", "horse liability: customer's horse kicked a parked car; named owner, no people hurt",
  frm=ADDR("oltmanns"), to="Carolin Vieth <carolin.vieth@web.example>", subj="Ihr Schaden HP-26-002240 – Pferd Cassiopeia",
  date="2026-05-26 14:20", sig="oltmanns", ent="av",
  body="""Sehr geehrte Frau Vieth,

Ihre Stute Cassiopeia hat am 17. Mai beim Verladen auf dem Parkplatz des Reitvereins Wermelskirchen ausgeschlagen und die Fahrertür des Audi A3 von Herrn Jens Pohlmann beschädigt. Verletzt wurde niemand.

Die Reparaturkosten laut Kostenvoranschlag (1.215,40 €) übernehmen wir aus Ihrer Pferdehaftpflicht PF-0331-2209 und zahlen direkt an Herrn Pohlmann. Ihre Selbstbeteiligung von 150 € stellen wir Ihnen in Rechnung.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "trip cut short because of flooding at the destination (no health): refund to a named customer",
  frm=ADDR("seidel"), to="Familie Brückner <brueckner.family@t-online.example>", subj="Reiseabbruch – RA-2026-10472",
  date="2026-05-27 09:10", sig="seidel", ent="av",
  body="""Liebe Familie Brückner,

Ihr Ferienhaus in Slowenien war nach dem Hochwasser ab dem 14. Mai nicht mehr bewohnbar, die Gemeinde hat den Ort evakuiert. Das ist in Ihrer Reiseabbruchversicherung als Elementarereignis am Urlaubsort versichert.

Wir erstatten:
- nicht genutzte Übernachtungen (6 Nächte): 612,00 €
- Mehrkosten der vorzeitigen Rückreise (Benzin, eine Zwischenübernachtung): 238,50 €
zusammen 850,50 € auf Ihr bekanntes Konto.

Wir hoffen, Sie konnten trotzdem ein paar schöne Tage genießen.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "looks like a household question but states the customer's own hearing aids (health aid)",
  frm=ADDR("kaya"), to="Ingeborg Selle <ingeborg.selle@web.example>", subj="AW: Hörgeräte gegen Verlust versichern?",
  date="2026-05-27 11:30", sig="kaya", ent="av",
  body="""Sehr geehrte Frau Selle,

Hörgeräte sind in der Hausratversicherung nur bei den dort versicherten Gefahren geschützt (Einbruch, Feuer, Leitungswasser), nicht bei Verlust oder wenn sie herunterfallen. Für Ihre beiden Hörgeräte können Sie bei uns eine eigene Hörgeräteversicherung abschließen: 4,90 € im Monat je Gerät, Verlust und Beschädigung sind mitversichert.

Mit freundlichen Grüßen""",
  quote=Q("""Sehr geehrte Damen und Herren, ich trage seit einem Jahr zwei Hörgeräte (je 2.100 Euro), weil ich auf beiden Ohren schlecht höre. Neulich hätte ich beinahe eins im Bus verloren. Ist so etwas über meine Hausratversicherung abgesichert? Mit freundlichen Grüßen Ingeborg Selle"""))

M("S", "de", "customer", "mother writes about speech therapy for her 4-year-old son",
  frm=ADDR("petrovic"), to="Posteingang Heilmittel <leistung-heilmittel@versicherer.example>", subj="WG: Logopädie Ben",
  date="2026-05-28 09:05", sig="petrovic", sigstyle="name", ent="kv",
  body="""Heilmittel Logopädie, Kind mitversichert KV 7.220.663-1. Verordnung liegt vor.""",
  quote=Q("""Hallo,

unser Sohn Ben (4) spricht noch sehr undeutlich, die Kinderärztin hat eine Sprachentwicklungsverzögerung festgestellt und ihm 10 x Logopädie verordnet, erstmal. Die Logopädin rechnet 58 Euro pro Stunde ab. Werden die Therapiestunden voll bezahlt? Er ist bei mir mitversichert (KV 7.220.663-1).

Liebe Grüße
Svenja Hartkopf"""))

M("S", "de", "customer", "thank-you mail after cancer treatment: customer thanks the inpatient claims team",
  frm=ADDR("brandt"), to="Team Stationär <stationaer-team@versicherer.example>", subj="WG: Ein großes Dankeschön",
  date="2026-05-28 15:40", sig="brandt", sigstyle="name", ent="kv",
  body="""Für euch alle – so etwas liest man gern. Danke für eure Arbeit!""",
  quote=OQ("Dorothea Weyer <dorothea.weyer@gmx.example>", "Donnerstag, 28. Mai 2026 12:17", "gerrit.brandt@versicherer.example",
           "Ein großes Dankeschön", """Lieber Herr Brandt,

heute hatte ich meine letzte Chemotherapie, und die Nachuntersuchung sieht gut aus – der Tumor in der Brust ist nach der OP und den Behandlungen nicht mehr nachweisbar. Ich wollte Ihnen und Ihrem Team danken. Sie haben in diesem schweren Jahr jede Rechnung der Uniklinik und der onkologischen Praxis schnell und ohne Diskussion bezahlt, und das Zweibettzimmer war eine große Hilfe.

Ich musste mich um nichts kümmern außer um das Gesundwerden.

Herzlich
Dorothea Weyer"""))

M("S", "de", "customer", "daughter asks about short-term care for her mother while she is on holiday (care insurance)",
  frm=ADDR("yilmaz"), to="Pflege Leistung <pflege-leistung@versicherer.example>", subj="WG: Kurzzeitpflege im Juli",
  date="2026-05-29 10:15", sig="yilmaz", sigstyle="name", ent="kv",
  body="""Verhinderungs-/Kurzzeitpflege, PPV 1.220.984-6 (Fr. Hildegard Pütz, PG 3). Bitte Budget 2026 mitteilen.""",
  quote=Q("""Guten Tag,

ich pflege meine Mutter Hildegard Pütz (Pflegegrad 3, sie hat Parkinson) seit vier Jahren bei uns zu Hause. Im Juli möchten wir zum ersten Mal seit Langem zwei Wochen in Urlaub fahren. Meine Mutter könnte in dieser Zeit in die Kurzzeitpflege im Haus Elisabeth in Erftstadt.

Wie viel zahlt die Pflegeversicherung dafür, und was müssen wir vorher beantragen?

Vielen Dank
Monika Pütz-Lehmann"""))

M("S", "en", "insurer-to-customer", "body harmless: premium reminder for a named customer's international health policy (personal line)",
  frm=ADDR("becker"), to="Kwame Mensah <kwame.mensah@gmail.example>", subj="Outstanding premium – policy IH-88-50218",
  date="2026-05-29 14:30", sig="becker", lang="en", ent="kv",
  body="""Dear Mr Mensah,

our records show that the premiums for April and May 2026 for your health insurance policy IH-88-50218 (EUR 2 × 318.40 = EUR 636.80) have not been received. The direct debit was returned by your bank on 4 May.

Please transfer the amount by 15 June 2026 or let us know new bank details so that we can collect it again. If you are having difficulties paying, please contact me – we can agree on instalments.

Kind regards""")

M("S", "de", "customer", "grey zone: new bank account for a private health insurance contract, no medical word (personal line)",
  frm=ADDR("becker"), to="Beitragsservice <beitragsservice@versicherer.example>", subj="WG: Neue Bankverbindung Krankenversicherung",
  date="2026-06-01 08:20", sig="becker", sigstyle="name", ent="kv",
  body="""Bitte KV 7.409.112-3 ab Juli umstellen.""",
  quote=Q("""Hallo, bitte buchen Sie die Beiträge für meine Krankenversicherung KV 7.409.112-3 ab Juli von meinem neuen Konto ab:
{iban}
Kontoinhaberin: Tatjana Reimer
Danke!""".format(iban=IB("DE", "440501990123987650"))))

M("S", "de", "insurer-to-customer", "one-line reply; quote: since the accident the customer walks on crutches (accident insurance)",
  frm=ADDR("albrecht"), to="Horst Lambertz <horst.lambertz@web.example>", subj="AW: Unfall beim Fensterputzen",
  date="2026-06-01 11:05", sig="albrecht", sigstyle="short", ent="av",
  body="""Sehr geehrter Herr Lambertz, danke – das Unfallformular ist unterwegs zu Ihnen, bitte mit dem Bericht der Klinik zurückschicken. Gute Besserung!""",
  quote=OQ("Horst Lambertz <horst.lambertz@web.example>", "Samstag, 30. Mai 2026 18:22", "unfall@versicherer.example",
           "Unfall beim Fensterputzen", """Guten Tag,

ich bin am 22. Mai beim Fensterputzen von der Leiter gefallen und habe mir das Fersenbein gebrochen. Seit dem Unfall laufe ich an Krücken und darf den Fuß sechs Wochen nicht belasten. Im Krankenhaus in Viersen haben sie es mit Schrauben operiert.

Ich habe bei Ihnen eine Unfallversicherung (UV 6.118.702-5). Was muss ich tun?

Horst Lambertz"""))

M("S", "de", "customer", "body says only 'Tagebuch anbei'; customer's blood-sugar diary in ODS for test-strip reimbursement",
  frm=ADDR("kroeger"), to="Posteingang Leistung Kranken <leistung-kranken@versicherer.example>", subj="WG: Teststreifen",
  date="2026-06-02 09:40", sig="kroeger", sigstyle="name", ent="kv",
  body="""zur Akte""",
  quote=Q("""Tagebuch anbei wie gewünscht. Gruß R. Holtkamp"""),
  att=[ODS("Blutzucker_Mai_Holtkamp.ods", {"Mai 2026": [
      ["Datum", "nüchtern mg/dl", "mittags mg/dl", "abends mg/dl", "Insulin IE (Lantus)", "Bemerkung"],
      ["01.05.", 142, 188, 165, 18, ""],
      ["02.05.", 156, 201, 172, 18, "Grillfest"],
      ["03.05.", 131, 176, 149, 18, ""],
      ["04.05.", 128, 169, 152, 20, "Dosis erhöht lt. Dr. Bremer"],
      ["05.05.", 119, 158, 140, 20, ""],
      ["06.05.", 64, 142, 133, 20, "Unterzucker nachts, Traubenzucker"],
      ["07.05.", 117, 161, 138, 18, ""],
  ]})])


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
