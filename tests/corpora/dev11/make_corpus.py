#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 11 generator (dev11: English/German, health in every line).

Writes mails/d11-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2;
the office/PDF builders were rewritten with the standard library only.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs: Python 3.9+ standard library only.
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
    # new in dev11
    "sorensen": ("Mette Sørensen", "mette.soerensen", "Reisekranken / Assistance", "Travel Health & Assistance", "kv", "-7740"),
    "clarke": ("Hannah Clarke", "hannah.clarke", "Expat-Service\nInternationale Krankenversicherung", "Expatriate Services, International Health", "kv", "-7725"),
    "adeyemi": ("Tunde Adeyemi", "tunde.adeyemi", "Rückversicherung Leben / BU", "Life & Disability Reinsurance", "lv", "-1935"),
    "novak": ("Jana Novak", "jana.novak", "Kfz-Schaden Ausland / Grüne Karte", "Motor Claims International / Green Card", "av", "-4135"),
    "koenig": ("Dr. med. Felix König", "felix.koenig", "Beratungsarzt Leistung Leben / BU", "Medical Adviser, Life & Disability Claims", "lv", "-2295"),
    "ward": ("Lucy Ward", "lucy.ward", "Internationale Firmenkunden / Employee Benefits", "International Employee Benefits", "lv", "-2845"),
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


# ---- office / PDF files built with the standard library only (dev11) ----
# dev2 used openpyxl / python-docx / odfpy / fpdf2; this corpus must not depend
# on anything outside the standard library, so the containers are written by
# hand: minimal but valid OOXML (XLSX, DOCX), ODF (ODS, ODT) and PDF 1.4 with
# the standard Helvetica font (WinAnsiEncoding) and a Flate-compressed content
# stream, so the text layer is real and extractable.

from xml.sax.saxutils import escape as _xe


def _x(s):
    return _xe("" if s is None else str(s), {'"': "&quot;"})


def _zipfiles(files, stamp, mimetype=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        if mimetype:
            zi = zipfile.ZipInfo("mimetype", date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, mimetype)
        for name, body in files:
            zi = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


_XMLH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core_xml(author, title=""):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    return (_XMLH + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            '<cp:revision>1</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


def _app_xml(app):
    return (_XMLH + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>{app}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>')


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    names = list(sheets)
    files = []
    ct = (_XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(len(names)))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    files.append(("[Content_Types].xml", ct))
    files.append(("_rels/.rels", _XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                  '</Relationships>'))
    files.append(("docProps/core.xml", _core_xml(author)))
    files.append(("docProps/app.xml", _app_xml("Microsoft Excel")))
    files.append(("xl/workbook.xml", _XMLH + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                  + "".join(f'<sheet name="{_x(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
                  + '</sheets></workbook>'))
    files.append(("xl/_rels/workbook.xml.rels", _XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                            for i in range(len(names)))
                  + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                  '</Relationships>'))
    files.append(("xl/styles.xml", _XMLH + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
                  '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>'))
    for i, n in enumerate(names):
        rows = sheets[n]
        ncol = max((len(r) for r in rows), default=1)
        cols = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) for r in rows if j < len(r) and r[j] is not None), default=0) + 2))}" customWidth="1"/>'
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
        files.append((f"xl/worksheets/sheet{i + 1}.xml", _XMLH + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<cols>{cols}</cols><sheetData>{"".join(out)}</sheetData></worksheet>'))
    data = _zipfiles(files, _STAMP[0])
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
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def run(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        parts = str(text).split("\n")
        inner = "<w:br/>".join(f'<w:t xml:space="preserve">{_x(p)}</w:t>' for p in parts)
        return f"<w:r>{rpr}{inner}</w:r>"

    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            lvl = b[2] if len(b) > 2 else 1
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/></w:pPr>{run(b[1], True, 28 if lvl == 1 else 24)}</w:p>')
        elif b[0] in ("p", "small"):
            body.append(f"<w:p>{run(b[1], size=16 if b[0] == 'small' else None)}</w:p>")
        elif b[0] == "t":
            rows = b[1]
            brd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{brd}</w:tblBorders></w:tblPr><w:tblGrid>'
                 + "".join('<w:gridCol w:w="2000"/>' for _ in rows[0]) + "</w:tblGrid>"]
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>{run("" if v is None else v, i == 0)}</w:p></w:tc>' for v in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = (_XMLH + f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = (_XMLH + f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '</w:styles>')
    files = [
        ("[Content_Types].xml", _XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels", _XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("word/_rels/document.xml.rels", _XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
        ("word/styles.xml", styles),
        ("docProps/core.xml", _core_xml(author)),
        ("docProps/app.xml", _app_xml("Microsoft Office Word")),
    ]
    data = _zipfiles(files, _STAMP[0])
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
           'xmlns:office:version="1.3"').replace(' xmlns:office:version="1.3"', "")


def _odf(fn, mime, kind, body_xml):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    content = (_XMLH.replace(' standalone="yes"', "") + f'<office:document-content {_ODF_NS} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="H" style:family="paragraph">'
               '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style></office:automatic-styles>'
               f'<office:body>{body_xml}</office:body></office:document-content>')
    meta = (_XMLH.replace(' standalone="yes"', "") + f'<office:document-meta {_ODF_NS} office:version="1.3"><office:meta>'
            f'<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator><meta:creation-date>{iso}</meta:creation-date>'
            f'<dc:date>{iso}</dc:date></office:meta></office:document-meta>')
    manifest = (_XMLH.replace(' standalone="yes"', "") + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    data = _zipfiles([("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)], _STAMP[0], mimetype=mime)
    return Att(fn, data, "application", mime.split("/")[1], kind=kind)


def _ods(fn, sheets):
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
    return _odf(fn, "application/vnd.oasis.opendocument.spreadsheet", "ods", "".join(out))


def _odt(fn, blocks):
    out = ["<office:text>"]
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="H" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>')
            for r in rows:
                out.append("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r) + "</table:table-row>")
            out.append("</table:table>")
    out.append("</office:text>")
    return _odf(fn, "application/vnd.oasis.opendocument.text", "odt", "".join(out))


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " ", "≈": "~",
                          "×": "x", "µ": "u", "±": "+/-"})


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return out


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """A4 PDF 1.4, Helvetica/Courier (WinAnsi), Flate-compressed content streams.
    Tables are set in Courier so the columns line up."""
    import zlib
    lines = []   # (font, size, leading, text)
    for b in _blocks(blocks):
        if b[0] == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _wrap(b[1].translate(_PDF_MAP), 70):
                lines.append(("F2", size, size + 4, l))
            lines.append(("F1", 10, 5, ""))
        elif b[0] == "p":
            for l in _wrap(b[1].translate(_PDF_MAP), 95):
                lines.append(("F1", 10, 13, l))
            lines.append(("F1", 10, 6, ""))
        elif b[0] == "small":
            for l in _wrap(b[1].translate(_PDF_MAP), 130):
                lines.append(("F1", 7, 9, l))
            lines.append(("F1", 7, 4, ""))
        elif b[0] == "t":
            rows = [["" if v is None else str(v).translate(_PDF_MAP) for v in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
            tot = sum(w) + 2 * (len(w) - 1)
            size = 8.5 if tot <= 95 else max(5.5, 8.5 * 95 / tot)
            for i, r in enumerate(rows):
                lines.append(("F3" if i else "F4", size, size + 3, "  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip()))
            lines.append(("F1", 10, 8, ""))
    pages, cur, y = [], [], 800.0
    for f, s, lead, t in lines:
        if y - lead < 50 and cur:
            pages.append(cur)
            cur, y = [], 800.0
        y -= lead
        if t:
            cur.append((f, s, y, t))
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    fonts = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier", "F4": "Courier-Bold"}
    for i, (k, v) in enumerate(fonts.items()):
        objs[3 + i] = f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>".encode()
    fres = " ".join(f"/{k} {3 + i} 0 R" for i, k in enumerate(fonts))
    kids = []
    nxt = 7
    for pg in pages:
        ops = [b"BT"]
        for f, s, y, t in pg:
            ops.append(f"/{f} {s:g} Tf 1 0 0 1 56.7 {y:.2f} Tm (".encode() + _pdf_str(t) + b") Tj")
        ops.append(b"ET")
        raw = zlib.compress(b"\n".join(ops), 6)
        objs[nxt + 1] = b"<< /Length " + str(len(raw)).encode() + b" /Filter /FlateDecode >>\nstream\n" + raw + b"\nendstream"
        objs[nxt] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << {fres} >> >> "
                     f"/Contents {nxt + 1} 0 R >>").encode()
        kids.append(nxt)
        nxt += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    pdate = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    info = b"<< /Producer (Versicherer Output 7.4) /Creator (Siegel dev11 corpus) /Author (" + _pdf_str(author) + b")"
    if title:
        info += b" /Title (" + _pdf_str(title.translate(_PDF_MAP)) + b")"
    info += f" /CreationDate ({pdate}) >>".encode()
    objs[nxt] = info
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = out.tell()
    n = max(objs) + 1
    out.write(f"xref\n0 {n}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for k in range(1, n):
        out.write(f"{offs[k]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {n} /Root 1 0 R /Info {nxt} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="pdf")
    return Att(fn, data, "application", "pdf", kind="pdf")


def pdf_text(data):
    """Extract the text layer of a PDF written by _pdf (used by --check)."""
    import zlib
    out = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n", data):
        start = m.end()
        ln = int(re.search(rb"/Length (\d+)", data[m.start() - 40:m.end()]).group(1))
        raw = zlib.decompress(data[start:start + ln])
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            out.append(re.sub(rb"\\(.)", rb"\1", s.group(1)).decode("cp1252"))
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
    salt = f"d11|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d11-{n:04d}.eml"
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


def _open_office(fn, fname, data):
    """Open an OOXML / ODF container with the standard library: every XML part parses."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, fn
    names = z.namelist()
    low = fname.lower()
    if low.endswith(".xlsx"):
        assert "[Content_Types].xml" in names and "xl/workbook.xml" in names, (fn, fname)
    elif low.endswith(".docx"):
        assert "[Content_Types].xml" in names and "word/document.xml" in names, (fn, fname)
    elif low.endswith((".ods", ".odt")):
        assert names[0] == "mimetype" and "content.xml" in names, (fn, fname)
    for n in names:
        if n.endswith((".xml", ".rels")):
            ET.fromstring(z.read(n))
    return z


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
            _open_office(fn, fname, data)
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, fn
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
        assert msg["From"].addresses[0].domain == DOM, (fn, "sender not @" + DOM)
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
    # determinism: a second compose of every mail gives identical bytes
    for n, (label, lang, kind, reason, m) in enumerate(MAILS, 1):
        fn = f"d11-{n:04d}.eml"
        assert compose(m, n).as_bytes(policy=SMTP) == (OUT / "mails" / fn).read_bytes(), (fn, "not deterministic")
    print("rebuild byte-identical: ok")



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

M("S", "en", "insurer-to-customer", "expat health: appendectomy invoice in Singapore, named insured with policy number, diagnosis and hospital stay",
  frm=ADDR("clarke"), to="Mark Henderson <mark.henderson@sgmail.example>", subj="RE: Claim for my hospital stay - policy IKV-88120-34",
  date="2026-01-12 09:41", sig="clarke", lang="en",
  body="""Dear Mr Henderson,

thank you for sending the itemised bill so quickly. I have now gone through it with our medical team.

The laparoscopic appendectomy on 28 December and the two nights on the ward are covered in full under your Global Care Plus plan. The only item we cannot pay is the "VIP suite upgrade" (SGD 1,150.00) – your plan covers a standard single room, as you may remember from the table of benefits.

So we will reimburse SGD 18,436.20 to the account you gave us on the claim form. You should see it within five working days. The follow-up appointment with Dr Tan on 9 January was an outpatient visit and is fine too, please just send that receipt when you have it.

I hope you are feeling better by now – an appendix at Christmas is nobody's idea of a holiday.

Kind regards""",
  quote=OQ("Mark Henderson <mark.henderson@sgmail.example>", "Sunday, January 11, 2026 11:02 PM", "Hannah Clarke", "Claim for my hospital stay - policy IKV-88120-34", """Hi Hannah,

attached is the final bill from Mount Faber Medical Centre. They discharged me on the 30th, the wound is healing ok. Sorry it took so long, their billing office was closed over New Year.

Do you need the histology report as well? The surgeon said it was a "simple acute appendicitis, no perforation" if that matters.

Cheers
Mark""", lang="en"))

M("N", "en", "internal", "trap: repatriation cost benchmark by region, averages only, no person",
  frm=ADDR("whitfield"), to=["Mette Sørensen <mette.soerensen@versicherer.example>", "Hannah Clarke <hannah.clarke@versicherer.example>"],
  subj="Repatriation costs 2025 - first cut", date="2026-01-14 16:20", sig="whitfield", sigstyle="short", lang="en",
  body="""Hi both,

first cut of the 2025 repatriation numbers, straight out of the claims warehouse. Caveat: December is not fully booked yet, so treat the last column with care.

[[t]]

Two things stand out. Air ambulance from South-East Asia went up by almost a fifth, mostly because two of the three providers we use added a fuel surcharge in Q3. And the share of cases where we could use a commercial flight with a stretcher or a medical escort instead of a dedicated jet is still stuck at about 40 %, which is low compared to the market figures Munich presented in November.

Could we look at the cases over EUR 60k together next week? I'd like to understand whether the decision for the jet was medically driven or just a question of availability.

Emma""",
  tables={"t": ([["Region", "Cases", "Avg. cost EUR", "Median EUR", "Air ambulance share", "Change vs 2024"],
                 ["Europe (excl. DE)", 214, "11,870", "7,450", "31 %", "+4 %"],
                 ["North Africa / Middle East", 38, "24,310", "19,900", "58 %", "+9 %"],
                 ["South-East Asia", 51, "48,760", "41,200", "72 %", "+18 %"],
                 ["North America", 22, "61,430", "55,800", "77 %", "+6 %"],
                 ["Other", 17, "37,950", "29,300", "65 %", "n/a"]], "pad")})

M("C", "en", "insurer-to-claimant", "motor liability: named Dutch claimant, claim number, plate and IBAN; explicitly nobody hurt",
  frm=ADDR("novak"), to="Pieter van den Berg <p.vandenberg@kpnmail.example>", subj="Your claim K-2026-004417 - accident in Düsseldorf on 5 January",
  date="2026-01-16 11:05", sig="novak", lang="en",
  body="""Dear Mr van den Berg,

we are the motor liability insurer of the vehicle D-KL 4821 that collided with your car at the junction Kölner Straße / Erkrather Straße on 5 January 2026. Our policyholder has confirmed the course of events as you described it, and we accept liability in full.

From the police report and your e-mail we understand that nobody was injured and that your Volkswagen Touran (NL registration 78-TKV-3) was repaired at Autobedrijf Smits in Venlo. We have received the invoice for EUR 3,284.55 and will also pay

- the towing charge of EUR 240.00,
- loss of use for 4 days at EUR 43.00 per day (EUR 172.00),
- a flat rate of EUR 25.00 for phone and postage.

Total: EUR 3,721.55. We will transfer the amount to the account you gave us:

Account holder: P. J. van den Berg
IBAN: """ + IB("NL", "RABO0312845567") + """

If anything is missing from your point of view, please write to me quoting the claim number above. Our correspondence can also be in Dutch if you prefer – a colleague in our team speaks it.

Yours sincerely"""
)

M("S", "de", "insurer-to-applicant", "BU application: thyroid disease with medication dose and lab values of named applicant",
  frm=ADDR("schulte"), to="Carina Lüdtke <carina.luedtke@webpost.example>", subj="Ihr Antrag auf Berufsunfähigkeitsversicherung – Rückfrage zur Schilddrüse",
  date="2026-01-19 10:12", sig="schulte", lang="de",
  body="""Sehr geehrte Frau Lüdtke,

vielen Dank für Ihren Antrag auf eine selbständige Berufsunfähigkeitsversicherung (Antragsnummer BU-A-2026-00731).

Sie haben bei den Gesundheitsfragen angegeben, dass bei Ihnen 2022 eine Hashimoto-Thyreoiditis festgestellt wurde und Sie seitdem L-Thyroxin 75 µg einnehmen. Damit wir Ihren Antrag abschließend prüfen können, benötigen wir noch:

1. den letzten Laborbefund (TSH, fT3, fT4) – Ihr Hausarzt kann Ihnen einfach einen Ausdruck mitgeben,
2. die Angabe, ob die Dosis in den letzten 12 Monaten verändert wurde,
3. ob im Zusammenhang mit der Schilddrüse Arbeitsunfähigkeitszeiten bestanden.

Sie schrieben, der TSH-Wert habe „zuletzt bei 2,1“ gelegen – das klingt gut eingestellt, wir brauchen es aber schriftlich vom Arzt.

Die Unterlagen können Sie uns gern über unser SecureMail-Portal schicken; den Link bekommen Sie in einer separaten Nachricht.

Mit freundlichen Grüßen"""
)

M("N", "de", "newsletter", "trap: wellness newsletter on winter colds and vitamin D, generic advice, no person",
  frm="Versicherer Gesundheitsnewsletter <newsletter@versicherer.example>", to="kunden-newsletter@lists.versicherer.example",
  subj="Fit durch den Winter: Erkältung, Vitamin D und Ihr Bonusprogramm", date="2026-01-21 07:00", lang="de",
  mailer="Newsletter2Go", html=True, client="system",
  body="""Liebe Leserinnen und Leser,

Schnupfen, Halskratzen, Husten: In den Wintermonaten erwischt es fast jeden einmal. Die meisten Erkältungen sind harmlos und nach sieben bis zehn Tagen vorbei. Unsere Hausärztin im Gesundheitstelefon, Dr. Maren Koch, hat die wichtigsten Tipps zusammengestellt:

• Viel trinken – Wasser, Kräutertee, warme Brühe.
• Nasenspülungen mit Salzwasser statt dauerhaft abschwellender Nasenspray (höchstens sieben Tage!).
• Antibiotika helfen gegen Viren nicht. Bei Fieber über 39 °C, Atemnot oder wenn es nach zehn Tagen schlimmer statt besser wird: bitte zum Arzt.

Vitamin D – brauche ich das?
Zwischen Oktober und März reicht die Sonne in Deutschland nicht aus, damit die Haut genug Vitamin D bildet. Ein Bluttest ist aber nur sinnvoll, wenn ein konkreter Verdacht besteht. Pauschale Hochdosis-Präparate aus dem Internet können mehr schaden als nützen.

Bonusprogramm „Aktiv+“
Wer 2026 eine Grippeschutzimpfung nachweist, bekommt 500 Bonuspunkte. Alles Weitere in der App unter „Meine Aktivitäten“.

Bleiben Sie gesund!
Ihr Team vom Versicherer Gesundheitsservice

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: www.versicherer.example/newsletter/abmelden
Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln"""
)

M("C", "en", "insurer-to-broker", "marine cargo: company policyholder with named contact person, claim number and loss details",
  frm=ADDR("osei"), to="Oliver Whitcombe <o.whitcombe@thamesmarine-brokers.example>", cc="Rebecca Stone <rebecca.stone@versicherer.example>",
  subj="RE: Patel Home Textiles Ltd - water damage, container MSKU 7730152 - our ref TR-25-0912", date="2026-01-22 14:37", sig="osei", lang="en",
  body="""Oliver,

thanks for the survey report. We are fine with the surveyor's figure of GBP 42,600 for the 118 bales that were wet-damaged. The salvage sale proceeds (GBP 6,150) will be deducted, so we are at GBP 36,450 less the GBP 2,500 deductible.

Before we pay I still need from Mr Patel:
- the signed letter of subrogation (our form, attached to my mail of 8 Jan),
- the commercial invoice for the consignment – we only have the packing list,
- confirmation whether he has made a claim against the carrier himself. He mentioned on the phone on Monday that his lawyer had written to Maersk, which is fine, but we need the correspondence.

Happy to have a quick call on Thursday if that helps. Rebecca is copied because the loss will go to the cargo treaty.

Best,
Daniel""",
  quote=OQ("Oliver Whitcombe <o.whitcombe@thamesmarine-brokers.example>", "21 January 2026 17:58", "Daniel Osei", "Patel Home Textiles Ltd - water damage, container MSKU 7730152", """Daniel,

please find attached the final survey from Hobbs & Partners. Raj Patel is getting anxious as the loss hits his cash flow quite hard this quarter – anything you can do to speed things up would be appreciated.

Kind regards
Oliver Whitcombe
Thames Marine Brokers Ltd, Lloyd's broker""", lang="en"))

M("S", "en", "insurer-to-hospital", "guarantee of payment to a Spanish hospital: German tourist with hip fracture, date of birth, surgery",
  frm=ADDR("sorensen"), to="Admisiones Internacionales <international@hospitalcostadelsol.example>", subj="Guarantee of payment - Mrs Gisela Hahnemann, DOB 12/05/1948 - our case RA-26-0088",
  date="2026-01-24 13:15", sig="sorensen", lang="en", importance="high",
  body="""Dear colleagues,

further to our phone call this morning with Dr Ruiz, we confirm that Mrs Gisela Hahnemann, born 12 May 1948, is insured with us under a travel health policy (policy no. RKV-4410-2291) valid until 28 February 2026.

We issue a guarantee of payment for:
- the surgical treatment of the right femoral neck fracture (hemiarthroplasty as planned for tomorrow),
- inpatient stay in a standard room for up to 10 days,
- necessary diagnostics and medication during the stay.

The guarantee is limited to EUR 25,000 for now. Please send us the medical report after surgery and your interim invoice; we will extend the guarantee if needed. Please do NOT ask the patient or her husband for a deposit.

Once she is fit to fly, our assistance partner will arrange the transport home to Hannover – please let us know as soon as the treating physician gives an estimate.

With kind regards"""
)

M("N", "en", "insurer-to-partner", "trap: life reinsurance treaty wording on medical underwriting in general terms, no person",
  frm=ADDR("adeyemi"), to="Claire Fontaine <claire.fontaine@europa-re.example>", subj="Quota share treaty 2026 - our comments on Art. 7 and 9",
  date="2026-01-26 15:48", sig="adeyemi", lang="en",
  body="""Dear Claire,

thank you for the draft wording. We are nearly there; our comments on the two open articles are below. Tracked changes will follow in the Word file on Wednesday.

Art. 7 (Underwriting and automatic acceptance)
Your draft says "no risk with a known history of cancer, HIV infection, or psychiatric illness may be ceded automatically". We would prefer to refer to the agreed underwriting manual instead of listing conditions in the treaty: the manual already sends these cases to facultative, and listing them twice will cause friction whenever the manual is updated. Suggested text:

  "The Ceding Company shall underwrite all risks in accordance with the Underwriting Manual (Annex C) as amended from time to time with the Reinsurer's consent. Risks outside the automatic limits set out in Annex C shall be submitted for facultative acceptance."

Art. 9 (Claims)
We accept the notification threshold of EUR 250,000 for death and EUR 150,000 capital equivalent for disability claims. We do not accept that the Reinsurer may request "all medical records" as a standard – under German data-protection law we can only pass on health data of an insured person where the person has consented or it is strictly necessary. Proposal: "upon request, the Ceding Company shall provide the claims documentation to the extent permitted by applicable data protection law."

Let me know if you want to discuss by phone. I am in the office all week apart from Thursday morning.

Best regards,
Tunde"""
)

M("C", "de", "insurer-to-customer", "household burglary claim: named customer, claim number, stolen items, IBAN",
  frm=ADDR("demir"), to="Jonas Terhorst <jonas.terhorst@mailbox.example>", subj="Ihr Einbruchschaden vom 10.01.2026 – Schadennummer HR-2026-01877",
  date="2026-01-27 08:53", sig="demir", lang="de",
  body="""Sehr geehrter Herr Terhorst,

vielen Dank für die Stehlgutliste und die Kopie der Anzeige bei der Polizei Bochum (Tagebuchnummer 26-00413).

Wir haben den Schaden aus Ihrer Hausratversicherung (Vertrag HR 55 120 774) geprüft und erstatten:

Laptop (Kaufbeleg 2024)                 1.149,00 €
Spielkonsole mit 2 Controllern            489,00 €
Schmuck (Zeitwert laut Gutachten)       1.850,00 €
Reparatur Wohnungstür (Rechnung Fa. Kampmann)  612,40 €
-------------------------------------------------
Summe                                   4.100,40 €

Für die Armbanduhr liegt leider kein Beleg vor. Falls Sie noch ein Foto, eine Garantiekarte oder einen Kontoauszug finden, reichen Sie es gern nach.

Die Überweisung geht heute auf Ihr Konto bei der Sparkasse Bochum, IBAN """ + IB("DE", "430500000219884501") + """.

Freundliche Grüße"""
)

M("S", "de", "customer", "host mother's English mail about the au pair's dental emergency and antibiotics, forwarded with German note",
  frm=ADDR("kowalski"), to=ADDR("wendland"), subj="WG: Au pair - tooth emergency, is this covered?",
  date="2026-01-28 12:30", sig="kowalski", sigstyle="short", lang="de",
  body="""Hallo Tobias,

kannst du das bitte übernehmen? Au-pair-Tarif, VN ist die Gastfamilie Weidinger, versicherte Person Frau Dela Cruz (Vertrag AP-7730-118). Die Gastmutter schreibt auf Englisch, weil die junge Frau mitlesen soll. Ich habe noch nicht geantwortet.

Danke dir!
Lena""",
  quote=FW("Katrin Weidinger <k.weidinger@familie-weidinger.example>", "27.01.2026, 21:14", "kundenservice@versicherer.example", "Au pair - tooth emergency, is this covered?", """Dear Sir or Madam,

our au pair, Ms Maricel Dela Cruz (insured with you since September, contract AP-7730-118), had terrible tooth pain since the weekend and her cheek is swollen. The emergency dentist in Freising, Dr. Albers, said it is an abscess at a lower molar (number 46, I think) and opened it, she now takes amoxicillin 1000 mg three times a day and ibuprofen 400 as needed.

He says the tooth needs a root canal treatment in the next weeks, or else it has to be extracted. The quote for the root canal is 680 euros.

Can you please tell us if the au pair insurance pays the emergency visit and the root canal? Maricel does not want to lose the tooth but of course she cannot pay 680 euros herself.

Thank you and best regards
Katrin Weidinger""", lang="en"))

M("N", "en", "insurer-to-company", "trap: group accident product info for an HR department, benefit scale in general terms, no employee",
  frm=ADDR("ward"), to="Sophie Laurent <sophie.laurent@nordwind-logistics.example>", subj="Group accident insurance - overview for your benefits review",
  date="2026-01-29 10:02", sig="ward", lang="en",
  body="""Dear Ms Laurent,

thank you for your interest and for the good conversation on Tuesday. As promised, attached is our product sheet for group accident insurance, in English, so that your colleagues in Rotterdam and Gdańsk can read it too.

In short, for a company of your size (around 420 employees in Germany) we would normally suggest:

- 24-hour cover, at work and in leisure time, worldwide;
- permanent invalidity with progression 225 %, sum insured EUR 100,000 as the base;
- death benefit EUR 20,000;
- hospital daily allowance optional.

Invalidity is assessed with the limb scale that German accident insurance uses (e.g. loss of a thumb = 20 %, loss of the sight of one eye = 50 %) – see page 2 of the sheet. We do not need any health questions for a group of this size; all employees are accepted without individual underwriting.

For a quote we only need the number of employees per risk group (office / warehouse / drivers), no names.

Best regards""",
  att=[PDF("Group_Accident_Product_Sheet_EN_2026.pdf", [("h", "Group Accident Insurance – Product Sheet 2026"),
        "Versicherer Allgemeine Versicherung AG · for employers in Germany",
        ("h", "Who is covered", 2), "All employees named by number on the group schedule, optionally spouses. No health questions for groups of 50 or more insured persons.",
        ("h", "Benefits", 2),
        ("t", [["Benefit", "Basic", "Comfort", "Premium"],
               ["Permanent invalidity (base sum)", "EUR 60,000", "EUR 100,000", "EUR 150,000"],
               ["Progression", "225 %", "350 %", "500 %"],
               ["Death", "EUR 10,000", "EUR 20,000", "EUR 30,000"],
               ["Hospital daily allowance", "-", "EUR 30", "EUR 50"],
               ["Rescue and recovery costs", "EUR 10,000", "EUR 25,000", "EUR 50,000"]]),
        ("h", "Limb scale (extract)", 2),
        ("t", [["Loss or complete loss of function of", "Degree of invalidity"],
               ["an arm", "70 %"], ["a hand", "55 %"], ["a thumb", "20 %"], ["a leg above the knee", "70 %"],
               ["the sight of one eye", "50 %"], ["the hearing of one ear", "30 %"], ["the sense of smell", "10 %"]]),
        ("small", "This product sheet is for information only. The insurance terms (AUB 2026 Gruppe) apply. Versicherer Allgemeine Versicherung AG, Cologne.")],
        title="Group Accident Product Sheet")])

M("S", "en", "insurer-to-company", "group life enrolment list (names, DOB, salary) only in the XLSX; body harmless",
  frm=ADDR("ward"), to="Payroll & Benefits <benefits-de@orion-semiconductors.example>", subj="Group life - enrolment confirmation Q1 2026",
  date="2026-02-02 09:20", sig="ward", sigstyle="short", lang="en",
  body="""Hello Thomas,

please find attached the enrolment confirmation for the new joiners of Q1. Four people are in; for one of them (row 5) we need the signed beneficiary nomination before the cover can go above the free cover limit.

Could you check the salaries against your payroll? The sums insured are 3x annual base salary as per the plan rules.

Thanks and best regards
Lucy""",
  att=[XLSX("Orion_GroupLife_Enrolment_Q1-2026.xlsx", {"Enrolment Q1 2026": [
      ["Employee ID", "Name", "Date of birth", "Entry date", "Annual base salary EUR", "Sum insured EUR", "Status"],
      ["OR-10482", "Arjun Mehta", "1988-04-17", "2026-01-02", 78000, 234000, "covered"],
      ["OR-10487", "Sarah O'Connell", "1993-11-02", "2026-01-02", 64500, 193500, "covered"],
      ["OR-10491", "Tobias Brückner", "1979-07-23", "2026-01-15", 92000, 276000, "covered"],
      ["OR-10495", "Wei Zhang", "1984-02-29", "2026-02-01", 141000, 423000, "covered up to free cover limit EUR 300,000 - nomination and health declaration outstanding"],
  ]}, author="Lucy Ward")])

M("C", "en", "insurer-to-customer", "US student's private liability claim: named insured, birth date, claim number",
  frm=ADDR("oltmanns"), to="Emily Carter <emily.carter@studmail.uni-heidelberg.example>", subj="Your liability claim HP-2026-03320 (broken laptop)",
  date="2026-02-03 14:44", sig="oltmanns", lang="en",
  body="""Dear Ms Carter,

thank you for your e-mail and the photos. I'm writing in English as you asked.

To register the claim under your personal liability policy (PHV 7741 2209), I have recorded the following – please check that it is correct:

Policyholder: Emily Rose Carter, born on 3rd March 2003
Address: Im Neuenheimer Feld 682, Room 1107, 69120 Heidelberg
Date of damage: 29 January 2026
What happened: while moving a chair in the shared kitchen of your hall of residence, you knocked over a glass of water onto the laptop of your flatmate, Mr Jakob Reinholz. The laptop no longer switches on.

Next steps: Mr Reinholz should have the laptop inspected by a repair shop and send us the cost estimate, or – if it can't be repaired – the original purchase receipt. He can write to me directly, quoting the claim number above.

Please don't promise him any payment yourself; we check the claim and pay him directly.

Kind regards""")

M("N", "de", "internal", "trap: first-aid course for staff with ICS invitation, no health data of a person",
  frm=ADDR("richter"), to="alle-standort-koeln@versicherer.example", subj="Ersthelfer-Auffrischung am 5. März – noch 6 Plätze frei",
  date="2026-02-04 11:30", sig="richter", sigstyle="short", lang="de",
  body="""Liebe Kolleginnen und Kollegen,

unsere betrieblichen Ersthelferinnen und Ersthelfer müssen alle zwei Jahre ein Fortbildungstraining machen (DGUV Vorschrift 1). Die nächste Auffrischung findet statt am

Donnerstag, 5. März 2026, 8:30 – 16:00 Uhr
Raum Rhein 2, Erdgeschoss
Durchführung: Malteser Hilfsdienst

Inhalte: Herz-Lungen-Wiederbelebung mit AED, stabile Seitenlage, Umgang mit Schlaganfall- und Herzinfarkt-Verdacht, Wundversorgung, Verbrennungen. Bitte bequeme Kleidung mitbringen, es wird auch am Boden geübt.

Es sind noch 6 Plätze frei. Wer neu Ersthelfer werden möchte, ist ebenfalls willkommen – bitte vorher kurz mit der Führungskraft abstimmen. Anmeldung per Antwort auf diese Mail, die Einladung hängt an.

Viele Grüße
Anja Richter""",
  att=[ICS("Ersthelfer_Auffrischung.ics", "eh-2026-03-05@versicherer.example", "Ersthelfer-Auffrischung (Malteser)", "20260305T083000", "20260305T160000",
           ("Anja Richter", "anja.richter@versicherer.example"), location="Raum Rhein 2, EG",
           description="Fortbildung Ersthelfer nach DGUV Vorschrift 1. Bitte bequeme Kleidung mitbringen.")])

M("S", "de", "insurer-to-customer", "long-term care: care level 3 decision for named mother with dementia diagnosis, to the daughter",
  frm=ADDR("yilmaz"), to="Andrea Kolbe <andrea.kolbe@t-mail.example>", subj="Pflegegrad Ihrer Mutter – Ergebnis der Begutachtung",
  date="2026-02-05 09:05", sig="yilmaz", lang="de",
  body="""Sehr geehrte Frau Kolbe,

wie telefonisch besprochen, hier das Ergebnis schriftlich: Die Gutachterin von MEDICPROOF hat Ihre Mutter, Frau Hildegard Kolbe, am 22. Januar in ihrer Wohnung in Erfurt besucht. Sie hat insgesamt 58,75 gewichtete Punkte festgestellt, das entspricht Pflegegrad 3 (bisher Pflegegrad 2).

Ausschlaggebend waren vor allem die Module 2 und 3: Durch die fortschreitende Alzheimer-Demenz ist Ihre Mutter zeitlich kaum noch orientiert, sie verlässt nachts die Wohnung und erkennt Nachbarn teilweise nicht mehr. Die Gutachterin empfiehlt eine Tagespflege an zwei bis drei Tagen pro Woche und einen Hausnotruf.

Ab dem 1. Januar 2026 zahlen wir das höhere Pflegegeld aus der privaten Pflegepflichtversicherung sowie das Pflegetagegeld aus dem Zusatztarif PTG (Vertrag 30 418 552). Die Nachzahlung für Januar kommt mit der nächsten Abrechnung.

Das vollständige Gutachten stellen wir Ihnen – da Sie die Vorsorgevollmacht vorgelegt haben – ins SecureMail-Portal.

Mit freundlichen Grüßen"""
)

M("N", "en", "internal", "trap: anonymised underwriting training case (age, BMI, diabetes) with no identifiable person",
  frm=ADDR("hasselbach"), to="underwriting-trainees@versicherer.example", subj="Training case 7 for Friday - please read beforehand",
  date="2026-02-06 08:15", sig="hasselbach", sigstyle="short", lang="en",
  body="""Dear all,

as announced, Friday's session will be in English because our colleagues from the Dublin office join us. Here is the case; please come with a decision and a short justification. The case is constructed from several real files and cannot be traced back to anyone.

Case 7 – term life and disability, sum insured EUR 400,000 / annual disability pension EUR 24,000

- male, 45 years, office job (IT project lead), non-smoker
- height 182 cm, weight 103 kg (BMI 31.1)
- type 2 diabetes since 2021, on metformin 1000 mg twice daily, HbA1c last three values 6.9 / 7.2 / 7.0 %
- blood pressure treated with ramipril 5 mg, last reading 138/86
- no retinopathy, no kidney involvement reported (eGFR > 90)
- father had a heart attack at 58

Questions:
1. Life cover: standard, rated, or postpone? If rated, by how much according to our manual?
2. Disability: would you offer cover, and with which exclusion if any?
3. What additional evidence would you request before deciding?

Bring your manual (chapter 4.3 metabolic disorders). See you on Friday at 10.

Ulrike Hasselbach""")

M("C", "de", "claimant", "English mail of a British claimant with UK sort code and account number, forwarded with German note; nobody hurt",
  frm=ADDR("novak"), to=ADDR("brenner"), subj="WG: Car hire accident Frankfurt airport - your ref K-2026-006102",
  date="2026-02-09 16:02", sig="novak", sigstyle="short", lang="de",
  body="""Hi Markus,

der Anspruchsteller aus Leeds hat seine Bankverbindung geschickt, siehe unten. Personenschaden gibt es keinen, Reparatur am Mietwagen läuft über Sixt direkt, das ist bei dir schon angelegt. Bitte die 85 GBP Taxikosten noch mit freigeben, dann kann ich den Fall abschließen.

Auszahlung nach GB bitte nicht per SEPA-Inlandsüberweisung, Zahlungsverkehr braucht Sort Code + Kontonummer oder die IBAN.

Danke, Jana""",
  quote=FW("Oliver Bennett <oliver.bennett@btopen.example>", "Mon, 9 Feb 2026 at 10:47", "Jana Novak <jana.novak@versicherer.example>", "Re: Car hire accident Frankfurt airport - your ref K-2026-006102", """Dear Ms Novak,

many thanks for sorting this out so quickly. As requested, here are my bank details for the taxi costs (GBP 85, receipt attached earlier):

Account name: Oliver J Bennett
Bank: Yorkshire Building Society
Sort code: 60-91-44
Account number: 31927708
IBAN: """ + IB("GB", "YBSC60914431927708") + """

As I said, no one was hurt, just a shock and a dented bumper. Your policyholder was very apologetic at the scene, please pass on my thanks.

Best wishes
Oliver Bennett""", lang="en"))

M("S", "en", "insurer-to-doctor", "disability claim: request to the claimant's UK GP for a report on depression with ICD code and DOB",
  frm=ADDR("stanek"), to="Dr Fiona McAllister <practice.manager@riverside-surgery.nhs.example>", subj="Medical report request - Mr Daniel Kershaw, DOB 14/09/1981, NHS no. 485 777 3456",
  date="2026-02-10 10:28", sig="stanek", lang="en",
  body="""Dear Dr McAllister,

your patient Mr Daniel Kershaw (born 14 September 1981, 12 Castle Row, Durham DH1 3RW) has claimed a disability pension under a German occupational disability policy with us. He lived and worked in Frankfurt until last summer. He has given his written consent for us to contact you; a copy is attached.

According to the claim form, he has been unable to work as a software engineer since 1 June 2025 because of a moderate depressive episode (ICD-10 F32.1), and he has been under your care since moving back to the UK in August.

We would be grateful for a report covering:
1. diagnosis and date of first consultation for these symptoms;
2. current treatment (medication with dose, talking therapy, referrals to the community mental health team);
3. course of the illness and your assessment of his capacity to work, in his profession and in general;
4. any previous episodes of depression or anxiety before 2025.

We will pay your fee for the report (up to GBP 150 according to the BMA guidance) on receipt of your invoice.

Yours sincerely""",
  att=[PDF("Consent_Kershaw_signed.pdf", [("h", "Authority to release medical information"),
        "I, Daniel Kershaw, born 14/09/1981, authorise my general practitioner, Riverside Surgery, Durham, and all doctors and therapists who have treated me since 1 January 2020, to release information about my health to Versicherer Lebensversicherung AG, Cologne, for the assessment of my claim under policy BU 61 447 019.",
        "This authority covers diagnoses, treatments, medication and periods of incapacity for work. I may withdraw it at any time.",
        "Signed: D. Kershaw        Date: 19 January 2026"], title="Authority - D. Kershaw")])

M("N", "de", "internal", "trap: office logistics at a branch in a medical centre building (radiology practice mentioned), no patient",
  frm=ADDR("richter"), to="Standort Hamburg <standort-hamburg@versicherer.example>", subj="Ärztehaus Hamburg: Aufzug gesperrt 16.–18.02., Zugang über Hintereingang",
  date="2026-02-11 13:40", sig="richter", sigstyle="short", lang="de",
  body="""Hallo zusammen,

die Hausverwaltung des Ärztehauses Eppendorfer Landstraße hat uns informiert, dass der Hauptaufzug vom 16. bis 18. Februar modernisiert wird. In dieser Zeit fährt nur der Lastenaufzug im Hinterhof.

Bitte beachtet:
- Die Radiologiepraxis im 2. OG und die Dialyse im 1. OG haben Vorrang für den Lastenaufzug – dort werden Patientinnen und Patienten im Rollstuhl und liegend transportiert. Bitte nehmt die Treppe, wenn ihr es könnt.
- Paketlieferungen für uns (4. OG) bitte in dieser Zeit an den Empfang der Physiotherapie im EG umleiten, die haben zugesagt, sie anzunehmen.
- Kolleginnen und Kollegen, die auf den Aufzug angewiesen sind, melden sich bitte bei mir – wir regeln das individuell, gern auch mit Homeoffice.

Danke für euer Verständnis!
Anja""")

M("C", "en", "insurer-to-customer", "car rental excess claim of a named US tourist with US bank routing and account number",
  frm=ADDR("seidel"), to="Jennifer Alvarez <jen.alvarez@mailhub.example>", subj="Your rental car excess claim - policy RV-2025-88431",
  date="2026-02-12 17:22", sig="seidel", lang="en",
  body="""Dear Ms Alvarez,

thank you for sending the rental agreement and the damage report from the car hire company in Faro.

Your Rental Car Excess Insurance (policy RV-2025-88431, trip 2–16 October 2025) covers the excess the rental company charged you for the scratched rear door: EUR 950.00. We will refund this in full.

As you do not have a European bank account, we will make an international transfer in USD to the account below. Please check the details carefully – a returned transfer costs both sides fees.

Account holder: Jennifer M. Alvarez
Bank: First Coastal Credit Union, Tampa, FL
ABA routing number: 263191387
Account number: 4402 1187 6630 (checking)

The amount in USD will depend on the exchange rate on the day of payment. Our bank does not charge you for the transfer, but your bank may charge a fee for incoming international payments.

Best regards""")

M("S", "de", "insurer-to-customer", "dental: implant treatment plan with tooth numbers and GOZ items only in the PDF; body harmless",
  frm=ADDR("wendland"), to="Ralf Gerstenberger <r.gerstenberger@online-mail.example>", subj="Ihr Heil- und Kostenplan – unsere Erstattungsübersicht",
  date="2026-02-13 09:33", sig="wendland", lang="de",
  body="""Sehr geehrter Herr Gerstenberger,

vielen Dank für die Einreichung. Anbei erhalten Sie unsere Erstattungsübersicht zum Heil- und Kostenplan von Dr. Sommer. Sie können damit die Behandlung beginnen; die Rechnung reichen Sie bitte nach Abschluss ein.

Bei Fragen erreichen Sie mich direkt unter der unten stehenden Durchwahl.

Mit freundlichen Grüßen""",
  att=[PDF("Erstattungsuebersicht_HKP_2026-02-13.pdf", [("h", "Erstattungsübersicht zum Heil- und Kostenplan"),
        "Versicherte Person: Ralf Gerstenberger, geb. 07.08.1969 · Vertrag ZZ 48 113 092 · Tarif ZahnPlus 90",
        "Behandler: Dr. med. dent. Vera Sommer, Kassel · HKP vom 02.02.2026",
        "Befund: Zahn 36 nicht erhaltungswürdig (Längsfraktur der distalen Wurzel nach Wurzelkanalbehandlung 2019), Extraktion und Sofortimplantat geplant, Knochenaufbau (Augmentation) regio 36.",
        ("t", [["GOZ-Nr.", "Leistung", "Anzahl", "Betrag", "erstattungsfähig"],
               ["3000", "Extraktion einwurzeliger/mehrwurzeliger Zahn", "1", "36,23 €", "36,23 €"],
               ["9010", "Implantatinsertion", "1", "391,00 €", "391,00 €"],
               ["9100", "Knochenaufbau, Augmentation", "1", "346,11 €", "346,11 €"],
               ["2200", "Implantatgetragene Krone", "1", "287,56 €", "287,56 €"],
               ["-", "Material und Laborkosten lt. Schätzung", "-", "1.190,00 €", "1.190,00 €"],
               ["", "Summe", "", "2.250,90 €", "2.250,90 €"]]),
        "Erstattung Tarif ZahnPlus 90: 90 % = 2.025,81 €. Die Zahnstaffel (Jahr 3: max. 3.000 €) ist berücksichtigt.",
        ("small", "Diese Übersicht ist eine Vorab-Einschätzung auf Basis des Heil- und Kostenplans. Maßgeblich ist die Rechnung nach Behandlungsabschluss.")],
        title="Erstattungsübersicht HKP")])

M("N", "en", "insurer-to-partner", "trap: invitation to an international medical underwriting conference, no person's data",
  frm=ADDR("hasselbach"), to="Ewan Doyle <ewan.doyle@celtic-life.example>", subj="FW: Invitation - International Medical Underwriting Forum, Dublin, 23-24 April",
  date="2026-02-16 11:11", sig="hasselbach", sigstyle="short", lang="en",
  body="""Ewan,

in case this did not reach you yet – I think the programme is unusually good this year, especially the session on long COVID and disability claims and the one on GLP-1 drugs and how they change BMI-based rating. I'm going with two people from my team. Shall we meet for dinner on the Thursday?

Ulrike""",
  quote=FW("IMUF Secretariat <events@imuf-conference.example>", "Wed, 11 Feb 2026 at 09:00", "Dr. Ulrike Hasselbach", "Invitation - International Medical Underwriting Forum, Dublin, 23-24 April", """Dear Dr Hasselbach,

we are delighted to invite you to the 14th International Medical Underwriting Forum on 23–24 April 2026 at the Convention Centre Dublin.

Highlights of the programme:
• Long COVID and post-viral fatigue: two years of disability claims data
• GLP-1 receptor agonists: what weight-loss drugs mean for mortality and rating
• Cancer survivorship and the "right to be forgotten" in European markets
• Mental health claims in young professionals – a reinsurer's perspective
• Workshop: reading cardiology reports for non-physician underwriters

Early-bird registration (EUR 690) closes on 6 March.

Kind regards
The IMUF team""", lang="en"))

M("C", "de", "insurer-to-customer", "employment legal expenses: named customer's salary and dismissal, cover note",
  frm=ADDR("lindqvist"), to="Dennis Hoppe <dennis.hoppe@mailpost.example>", subj="Deckungszusage Arbeitsrechtsschutz – Kündigung durch die Lagerlogistik Nord GmbH",
  date="2026-02-17 15:20", sig="lindqvist", lang="de",
  body="""Sehr geehrter Herr Hoppe,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Lagerlogistik Nord GmbH, erteilen wir Kostenschutz aus Ihrer Rechtsschutzversicherung (Vertrag RS 20 774 615, Leistungsart Arbeits-Rechtsschutz).

Grundlage sind Ihre Angaben: Beschäftigung seit 01.04.2017 als Schichtleiter, Bruttomonatsgehalt 3.940 € zuzüglich Schichtzulagen von durchschnittlich 410 €, ordentliche Kündigung vom 30.01.2026 zum 31.03.2026 aus betriebsbedingten Gründen.

Der Streitwert für die erste Instanz beträgt damit voraussichtlich drei Bruttomonatsgehälter, also rund 13.050 €. Die Selbstbeteiligung von 150 € tragen Sie selbst.

Ihr Rechtsanwalt, Herr Dr. Kühnel, kann direkt mit uns abrechnen. Bitte geben Sie ihm unsere Schadennummer RS-2026-02291 mit.

Mit freundlichen Grüßen"""
)

M("S", "en", "hospital", "Thai hospital's medical report on a German tourist (dengue, platelets) forwarded as message/rfc822; body harmless",
  frm=ADDR("sorensen"), to=ADDR("hasselbach"), subj="FW: Medical report - your case RA-26-0141", date="2026-02-18 08:47", sig="sorensen", sigstyle="short", lang="en",
  body="""Ulrike,

could you take a look at the attached report from Bangkok before I talk to the assistance company at 11? They want to know whether we agree to a transport home next week or whether she should stay until the values are stable.

Thanks,
Mette""",
  att=[EML(INNER("Medical Coordination <medco@siam-international-hospital.example>", "Mette Sørensen <mette.soerensen@versicherer.example>",
                 "Medical report - your case RA-26-0141", "2026-02-17 19:12", """Dear Ms Sørensen,

please find our medical report for your insured below.

Patient: Mrs Franziska Obermayer, DOB: 03/04/1985 (German national)
Admitted: 14 Feb 2026 via emergency department
Diagnosis: Dengue fever with warning signs (A97.1), day 6 of illness

Course: Admitted with fever 39.8 °C, severe abdominal pain and vomiting. Platelets on admission 41,000/µL, lowest 18,000/µL on 16 Feb, today 52,000/µL and rising. Haematocrit 44 % -> 39 %. No bleeding. IV fluids (Ringer lactate), paracetamol 1 g QID, no NSAIDs. Liver enzymes mildly elevated (ALT 148 U/L).

Plan: continue observation 2-3 days; fit to fly on a commercial flight (economy, no escort needed) expected from 21 Feb if platelets > 100,000/µL.

Estimated costs so far: THB 186,400.

Kind regards
Dr Niran Suwannarat
Medical Coordinator, Siam International Hospital""", "<c0a8012e-medrep-0141@siam-international-hospital.example>", lang="en"), fn="Medical report - your case RA-26-0141.eml")])

M("N", "de", "system-to-customer", "trap: portal notification mail without content, generic salutation",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="b.schwarzkopf@mail-anbieter.example",
  subj="Neue Nachricht in Ihrem SecureMail-Postfach", date="2026-02-19 10:03", lang="de", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

für Sie liegt eine neue, vertrauliche Nachricht im SecureMail-Portal des Versicherers bereit.

Absender: Leistungsservice Krankenversicherung
Eingestellt am: 19.02.2026, 10:02 Uhr
Verfügbar bis: 20.05.2026

So lesen Sie die Nachricht:
1. Öffnen Sie https://securemail.versicherer.example
2. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.
3. Die Nachricht finden Sie im Posteingang.

Aus Sicherheitsgründen enthält diese Benachrichtigung keinen Inhalt und keine Anhänge. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Versicherer
Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln""")


# ---- batch 2 -------------------------------------------------------------

M("S", "de", "insurer-to-customer", "accident insurance: invalidity assessment (knee ligament, leg value) for named insured",
  frm=ADDR("albrecht"), to="Sebastian Krol <s.krol@freenet-post.example>", subj="Unfall vom 14.02.2025 – Festsetzung der Invalidität",
  date="2026-02-20 10:40", sig="albrecht", lang="de",
  body="""Sehr geehrter Herr Krol,

das Gutachten von Herrn Prof. Dr. Mertens (Unfallchirurgie, Uniklinik Münster) liegt uns jetzt vor. Vielen Dank, dass Sie den Untersuchungstermin so kurzfristig wahrgenommen haben.

Der Gutachter stellt als dauerhafte Unfallfolge am rechten Knie fest:
- Zustand nach vorderer Kreuzbandruptur mit Ersatzplastik (Semitendinosus-Sehne) und Teilresektion des Innenmeniskus,
- verbleibende leichte Instabilität, Beugung bis 120° (links 145°),
- belastungsabhängige Schwellneigung.

Er bewertet die Funktionsbeeinträchtigung mit 3/20 Beinwert. Nach der Gliedertaxe (Bein bis unterhalb des Knies: 50 %) ergibt das einen Invaliditätsgrad von 7,5 %.

Bei Ihrer Grundsumme von 120.000 € und der vereinbarten Progression 350 % (die erst ab 25 % greift) zahlen wir 9.000 €. Den Betrag überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto.

Sie haben das Recht, innerhalb von drei Jahren nach dem Unfall eine Neubemessung zu verlangen, falls sich der Zustand verschlechtert.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-partner", "trap: mortality experience study with A/E ratios by age band, no individual",
  frm=ADDR("okafor"), to="Claire Fontaine <claire.fontaine@europa-re.example>", cc=ADDR("adeyemi"),
  subj="Experience study 2020-2025 - summary tables", date="2026-02-23 14:05", sig="okafor", lang="en",
  body="""Dear Claire,

as agreed in the treaty meeting, here is the summary of our term-life mortality experience 2020–2025 against the DAV 2008 T table. Counts below 10 deaths are merged with the neighbouring band, so nothing here can be traced to a policy.

[[t]]

Two comments:
- 2020–2022 include the pandemic years; excluding them, the overall A/E drops from 71 % to 66 %.
- The 60+ band is thin; we would not base any pricing change on it alone.

The full study with the split by smoker status and sum-insured band will follow by the end of March.

Kind regards,
Chidi""",
  tables={"t": ([["Age band", "Exposure (policy years)", "Actual deaths", "Expected (DAV 2008 T)", "A/E"],
                 ["18-34", "412,880", 61, 104.3, "58 %"],
                 ["35-44", "388,215", 133, 196.0, "68 %"],
                 ["45-54", "301,770", 277, 371.9, "74 %"],
                 ["55-59", "98,430", 178, 238.2, "75 %"],
                 ["60+", "41,120", 122, 151.6, "80 %"],
                 ["Total", "1,242,415", 771, 1062.0, "73 %"]], "pipe")})

M("C", "en", "insurer-to-partner", "green card claim in France: named German policyholder, plate, policy, no injuries",
  frm=ADDR("novak"), to="Gestion Sinistres <sinistres@axiome-assurances.example>", subj="Your ref. 26-F-118842 / our ref. K-2026-007315 - accident A7 near Lyon, 6 Feb 2026",
  date="2026-02-24 09:12", sig="novak", lang="en",
  body="""Dear colleagues,

thank you for your letter of 17 February. We confirm that we are the motor liability insurer of the vehicle involved:

Vehicle: BMW 320d Touring, German registration K-MR 2207
Policyholder and driver: Mr Moritz Reinecke, Cologne
Policy no.: KH 77 403 118, valid from 01/01/2026
Green Card no.: D/118/77403118

Our policyholder admits that he changed lanes without seeing your insured's vehicle (Renault Clio, FR registration GH-417-PL) in the blind spot. According to both drivers and the constat amiable, there were no injuries.

Please send us the repair estimate or the expert report, as well as your insured's bank details, and we will settle the damage directly. Alternatively we can settle via the French bureau (BCF) if you prefer.

Correspondence in English or German is fine for us; unfortunately our French is limited to reading.

Yours faithfully""")

M("S", "en", "insurer-to-customer", "expat customer's anxiety disorder and psychotherapy cover, health in reply and quoted mail",
  frm=ADDR("clarke"), to="Laura Jiménez <laura.jimenez@protonmail.example>", subj="RE: Does my plan cover therapy?",
  date="2026-02-25 16:30", sig="clarke", lang="en",
  body="""Dear Laura,

thank you for writing to us, and I'm sorry to hear you have been going through such a difficult time.

Yes, your International Health Plan (Comfort) covers outpatient psychotherapy with a licensed psychologist or psychiatrist: up to 30 sessions per calendar year, at 80 %. For the diagnosis you describe – generalised anxiety disorder – we do not need a pre-approval for the first 5 sessions. From session 6 onwards, please ask your therapist to send us a short treatment plan (a few lines on diagnosis, goals and the planned number of sessions are enough).

The sertraline your GP prescribed is covered like any other prescription medicine; just submit the pharmacy receipts with the prescription as usual.

If you prefer to send us anything about your treatment through our secure portal rather than by normal e-mail, just tell me and I will set up access for you.

Take care and kind regards""",
  quote=OQ("Laura Jiménez <laura.jimenez@protonmail.example>", "Tuesday, 24 February 2026 22:41", "Expat Service", "Does my plan cover therapy?", """Hello,

I'm insured with you through my employer (policy EXP-2291-0457). Since my move to Hamburg last year I have had panic attacks and constant worrying, and my GP diagnosed generalized anxiety disorder last week. She prescribed sertraline 50 mg and recommended therapy. I found a therapist who speaks Spanish and English, Dipl.-Psych. Ana Köster, she charges EUR 110 per session.

Does my plan cover this? I really don't want my employer to know about it.

Thanks,
Laura Jiménez""", lang="en"))

M("N", "de", "insurer-to-broker", "trap: sales info on long-term care add-on with premium table by entry age, no person",
  frm=ADDR("vogel"), to="maklerinfo-sued@lists.versicherer.example", subj="Vertriebsinfo: neuer Pflegetagegeldtarif PTG Flex ab 01.04.2026",
  date="2026-02-26 08:00", sig="vogel", lang="de", html=True, client="outlook",
  body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

ab dem 1. April bieten wir den neuen Pflegetagegeldtarif PTG Flex an. Die wichtigsten Punkte:

• Leistung ab Pflegegrad 1, gestaffelt: PG 1 10 %, PG 2 30 %, PG 3 60 %, PG 4 und 5 100 % des vereinbarten Tagessatzes
• Beitragsbefreiung ab Pflegegrad 3
• Vereinfachte Gesundheitsprüfung mit nur vier Fragen (z. B. nach bestehender Pflegebedürftigkeit, Demenz-Diagnose oder Parkinson)
• Dynamik alle drei Jahre ohne erneute Gesundheitsprüfung

Monatsbeiträge für 50 € Tagessatz (100 % ab PG 4):

[[t]]

Die Beitragsrechner in MVP und Vertriebsportal werden am 30. März aktualisiert. Schulungstermine (Webinar, 45 Minuten): 10., 12. und 17. März, jeweils 9 Uhr.

Herzliche Grüße aus Stuttgart""",
  tables={"t": ([["Eintrittsalter", "Frauen", "Männer"], ["30", "14,80 €", "11,20 €"], ["40", "21,35 €", "16,05 €"],
                 ["50", "34,90 €", "26,40 €"], ["60", "61,70 €", "47,85 €"], ["65", "84,10 €", "66,30 €"]], "pad")})

M("S", "de", "insurer-to-customer", "daily sickness allowance: named insured's herniated disc with ICD code and sick-leave period",
  frm=ADDR("kroeger"), to="Marcel Zimmermann <marcel.zimmermann@gmx-post.example>", subj="Krankentagegeld – Ihre Arbeitsunfähigkeit seit 12.01.2026",
  date="2026-02-27 11:18", sig="kroeger", lang="de",
  body="""Sehr geehrter Herr Zimmermann,

die Folgebescheinigung Ihres Orthopäden ist bei uns eingegangen, danke. Ihre Arbeitsunfähigkeit ist nun bis einschließlich 15.03.2026 bescheinigt, Diagnose M51.1 G (lumbaler Bandscheibenvorfall mit Radikulopathie).

Ihr Krankentagegeld (Tarif KT 43, 95 € ab dem 43. Tag) zahlen wir seit dem 23.02.2026. Die Zahlung für den Zeitraum 23.02. bis 15.03.2026 (21 Tage × 95 € = 1.995 €) erfolgt in zwei Teilbeträgen zum Monatsende.

Sie erwähnten am Telefon, dass eine Operation im Gespräch ist. Falls es dazu kommt, geben Sie uns bitte Bescheid – für den Krankenhausaufenthalt brauchen wir dann die Aufnahmeanzeige der Klinik, und wir prüfen gern, ob eine Anschlussheilbehandlung in Betracht kommt.

Gute Besserung und freundliche Grüße""")

M("N", "en", "internal", "trap: IT ticket about failing upload of 'medical reports' in the portal, no patient data",
  frm=ADDR("hoffmann"), to=ADDR("raman"), subj="INC0048812 - portal upload of medical reports fails for files > 20 MB",
  date="2026-03-02 09:55", sig="hoffmann", sigstyle="short", lang="en",
  body="""Hi Priya,

escalating this one to architecture because it's not a client-side problem.

Symptom: customers trying to upload scanned doctor's letters / hospital discharge reports in the SecureMail portal get "Upload failed (413)" when the PDF is larger than ~20 MB. Smaller files work. Reported 11 times since Friday, mostly from the travel health team's customers abroad who photograph multi-page hospital bills with their phones.

What we checked:
- portal app limit is 50 MB (config OK)
- the new reverse proxy in front of web02 still has client_max_body_size 20m – I think that's it, web01 has 64m
- no data loss: failed uploads are not stored at all

Can you confirm and change it in the proxy template? I've told the teams to ask customers to split large files in the meantime.

Thanks,
Lukas

Ticket: https://servicedesk.versicherer.example/INC0048812""")

M("C", "de", "insurer-to-customer", "e-bike theft: named customer, policy number, frame number, address",
  frm=ADDR("demir"), to="Friederike Albers <f.albers@posteo-mail.example>", subj="Diebstahl Ihres E-Bikes – Schaden FR-2026-00954",
  date="2026-03-03 13:27", sig="demir", lang="de", client="thunderbird",
  body="""Sehr geehrte Frau Albers,

wir haben Ihre Schadenmeldung zum Diebstahl Ihres E-Bikes erhalten:

Versicherungsnehmerin: Friederike Albers, Wilhelmstraße 31, 79098 Freiburg
Vertrag: Fahrradversicherung FV 90 331 207 (Tarif Premium, Neuwertersatz)
Rad: Riese & Müller Charger4, Rahmennummer WAW21C0478, Kaufpreis 5.499 €
Tatzeit: Nacht vom 26. auf den 27.02.2026, abgeschlossen mit Faltschloss im Fahrradkeller

Damit wir zahlen können, fehlen noch:
– die Bestätigung der Anzeige bei der Polizei (Vorgangsnummer genügt zunächst),
– der Schlüssel des Faltschlosses bzw. ein Foto beider Schlüssel,
– der Originalkaufbeleg.

Wenn Sie alles beisammen haben, laden Sie es am einfachsten in der App hoch. Wir melden uns dann innerhalb von fünf Werktagen.

Freundliche Grüße""")

M("S", "en", "insurer-to-customer", "expat maternity: named customer's pregnancy, due date and planned caesarean cost in Dubai",
  frm=ADDR("clarke"), to="Priyanka Nair <priyanka.nair@emirates-mail.example>", subj="Maternity cover - your questions",
  date="2026-03-04 07:50", sig="clarke", lang="en",
  body="""Dear Mrs Nair,

congratulations on your pregnancy! Thank you for the scan report and the note from Dr Haddad.

To answer your questions:

1. Your plan (Global Care Premium, policy IKV-90214-11) includes maternity benefits, because you have been insured for more than 10 months – the waiting period ended on 1 November 2025.

2. With your due date of 2 August 2026 and the planned caesarean section (Dr Haddad mentions placenta praevia), the delivery is covered up to the maternity limit of EUR 15,000, including the hospital stay and the paediatrician's first examination of the baby.

3. The extra scans and the gestational diabetes screening in week 24–28 are covered as prenatal care, no limit.

4. To add the baby to your policy without health questions, please send us the birth certificate within two months after the birth.

Please ask the hospital (Al Noor Women's Hospital) to contact us for a direct-billing guarantee about four weeks before the admission date.

Best wishes""")

M("N", "en", "insurer-to-press", "trap: press release with survey percentages on long-term care worries, no person",
  frm=ADDR("baumann"), to="press-international@lists.versicherer.example", subj="Press release: Two in five Germans fear they cannot afford long-term care",
  date="2026-03-05 10:00", sig="baumann", lang="en",
  body="""PRESS RELEASE – for immediate release

Two in five Germans fear they cannot afford long-term care

Cologne, 5 March 2026 – 38 per cent of Germans aged 40 to 65 are worried that they will not be able to pay for nursing care in old age. This is the result of a representative survey of 2,012 adults carried out for Versicherer by the research institute Meinungsbild in January 2026.

Key findings:
• 61 % underestimate the monthly own contribution in a nursing home, which currently averages over EUR 3,000 in Germany.
• Only 14 % have private long-term care cover on top of the statutory scheme.
• Among those caring for a relative themselves, 72 % say they have cut their working hours.

"Long-term care is the biggest financial risk of old age that most families do not plan for," says Marion Feldkamp, Member of the Board. "Cover taken out at 40 costs a fraction of what it costs at 60."

The full survey report (German, PDF) is available at www.versicherer.example/presse.

Press contact: Julia Baumann, Corporate Communications""", disc=False)

M("C", "en", "insurer-to-company", "business travel insurance: traveller list with names, passport numbers and DOB in CSV; no health data",
  frm=ADDR("seidel"), to="Travel Office <travel@kesselring-engineering.example>", subj="RE: Insurance certificates for the Shanghai trade fair team",
  date="2026-03-06 15:15", sig="seidel", sigstyle="short", lang="en",
  body="""Dear Ms Berger,

attached is the list of travellers as we have recorded them under your business travel policy (GR-RV 2024-118). The Chinese consulate wants an insurance certificate per person for the visa application; the certificates will follow as separate PDFs later today.

Please check the passport numbers in particular – two of them (rows 3 and 6) looked like they had a letter missing, I've marked them.

Kind regards
Ines Seidel""",
  quote=OQ("Katja Berger <travel@kesselring-engineering.example>", "Friday, March 6, 2026 9:02 AM", "Ines Seidel", "Insurance certificates for the Shanghai trade fair team", """Dear Ms Seidel,

six of our colleagues travel to the Shanghai trade fair from 14 to 22 April. Could you please send insurance certificates for the visa? Names and passport data are in the attached list.

Thank you!
Katja Berger
Travel Office, Kesselring Engineering GmbH""", lang="en"),
  att=[CSV("Travellers_Shanghai_April2026.csv", [
      ["Last name", "First name", "Date of birth", "Nationality", "Passport no.", "Travel from", "Travel to", "Remark insurer"],
      ["Kesselring", "Matthias", "11.02.1968", "DE", "C4F7K2L91", "14.04.2026", "22.04.2026", ""],
      ["Obi", "Chinedu", "29.06.1990", "NG", "B0418876", "14.04.2026", "22.04.2026", "please check - 8 characters"],
      ["Lange", "Svenja", "03.12.1986", "DE", "C7HH20R48", "14.04.2026", "22.04.2026", ""],
      ["Dąbrowski", "Paweł", "17.08.1979", "PL", "EK 4410928", "14.04.2026", "20.04.2026", ""],
      ["Hoang", "Thi Lan", "05.05.1994", "DE", "C2N0F8T77", "14.04.2026", "22.04.2026", ""],
      ["Wright", "Samuel", "22.01.1983", "GB", "55719302", "15.04.2026", "22.04.2026", "please check - 8 digits"],
  ], sep=",")])

M("S", "de", "insurer-to-customer", "death claim of term life: cause of death (heart attack) of named insured, beneficiary payout",
  frm=ADDR("stanek"), to="Beate Nowicki <beate.nowicki@web-post.example>", subj="Risikolebensversicherung Ihres Mannes – Auszahlung",
  date="2026-03-09 11:44", sig="stanek", lang="de",
  body="""Sehr geehrte Frau Nowicki,

zunächst möchte ich Ihnen und Ihrer Familie mein herzliches Beileid zum Tod Ihres Mannes aussprechen.

Wir haben die Unterlagen zur Risikolebensversicherung von Herrn Andrzej Nowicki (Vertrag RL 44 071 338) geprüft. Laut Todesbescheinigung und dem Bericht des Klinikums Ludwigshafen ist Ihr Mann am 11.02.2026 an einem akuten Herzinfarkt verstorben. Da der Vertrag seit 2014 bestand, findet keine weitere Prüfung der vorvertraglichen Gesundheitsangaben statt.

Sie sind als Bezugsberechtigte eingetragen. Wir zahlen die Versicherungssumme von 180.000 € zuzüglich der Überschussbeteiligung von 2.316,40 € an Sie aus, insgesamt 182.316,40 €. Die Überweisung erfolgt am 12.03.2026 auf das von Ihnen angegebene Konto.

Eine Bescheinigung für das Finanzamt legen wir der schriftlichen Abrechnung bei, die Sie per Post erhalten.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen und alles Gute""")

M("N", "de", "insurer-to-supplier", "trap: order for AED maintenance and first-aid kit refills, company bank data only",
  frm=ADDR("krueger"), to="Vertrieb <auftrag@medisafe-betriebsbedarf.example>", subj="Bestellung 4500128833 – AED-Wartung und Nachfüllsets",
  date="2026-03-10 08:32", sig="krueger", lang="de",
  body="""Sehr geehrte Damen und Herren,

gemäß Ihrem Angebot AN-26-0417 vom 02.03.2026 bestellen wir:

Pos. 1  Sicherheitstechnische Kontrolle AED (Philips HeartStart FRx), 6 Geräte, Standorte Köln und Hamburg   6 × 89,00 €
Pos. 2  Elektroden-Pads Erwachsene (Ersatz, Ablauf 04/2026)      6 × 64,50 €
Pos. 3  Nachfüllset Betriebsverbandkasten DIN 13157               14 × 27,90 €
Pos. 4  Augenspülflaschen 500 ml                                  10 × 8,40 €

Lieferadresse: Versicherer Holding AG, Warenannahme, Rheinuferstraße 12, 50667 Köln
Rechnungsadresse wie Lieferadresse, bitte mit Bestellnummer.

Die Zahlung erfolgt wie vereinbart innerhalb von 30 Tagen auf Ihr Konto bei der Commerzbank, IBAN """ + IB("DE", "370400440532013000") + """ (MediSafe Betriebsbedarf GmbH).

Bitte stimmen Sie den Termin für die AED-Prüfung mit Frau Richter (Facility Management, -1550) ab.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-applicant", "disability application of a UK national: health questionnaire answers only in the DOCX",
  frm=ADDR("schulte"), to="Callum Fraser <callum.fraser@outlook-mail.example>", subj="Your application for disability cover - please check your answers",
  date="2026-03-11 14:03", sig="schulte", lang="en",
  body="""Dear Mr Fraser,

thank you for applying for our occupational disability insurance. As you asked, I have put your answers from the phone interview into the attached document in English.

Please read it carefully, correct anything that is wrong or incomplete, sign it and send it back to us. Incomplete answers can put your cover at risk later, so please don't leave anything out, even if it seems minor.

Kind regards""",
  att=[DOCX("Health_declaration_Fraser_draft.docx", [("h", "Health declaration – occupational disability application BU-A-2026-01108"),
        "Applicant: Callum Fraser, date of birth 21 October 1990, profession: secondary school teacher (physics), Düsseldorf",
        ("h", "Answers given on the phone on 10 March 2026", 2),
        ("t", [["Question", "Answer"],
               ["1. Height / weight", "186 cm / 84 kg"],
               ["2. Treatment in the last 5 years", "Yes – physiotherapy for lower back pain, 2023, 12 sessions, Dr Kluge, no sick leave; asthma since childhood, salbutamol inhaler as needed (about twice a month), last check-up 11/2025 at Dr Amin"],
               ["3. Mental health in the last 10 years", "Yes – 2019 in Glasgow: 8 sessions of counselling (CBT) after bereavement, no medication, no sick leave"],
               ["4. Hospital stays in the last 10 years", "Yes – 2021 appendectomy, 3 days, Edinburgh Royal Infirmary, fully recovered"],
               ["5. Sick leave > 14 days in the last 5 years", "No"],
               ["6. Current medication", "Salbutamol 100 µg as needed"],
               ["7. HIV test positive", "No"]]),
        "I confirm that the answers are complete and correct.",
        "Place, date, signature: ______________________________"], author="Marlene Schulte")])

M("C", "de", "insurer-to-customer", "motor no-claims transfer from grandmother to grandson with both birth dates and policy numbers",
  frm=ADDR("engel"), to="Leon Brandstätter <leon.brandstaetter@mailfix.example>", subj="Übertragung Schadenfreiheitsrabatt – Ihre Großmutter Frau Irmgard Brandstätter",
  date="2026-03-12 10:10", sig="engel", lang="de",
  body="""Hallo Herr Brandstätter,

wir haben die unterschriebene Übertragungserklärung erhalten. Folgende Daten haben wir erfasst:

Abgebende: Irmgard Brandstätter, geb. 02.06.1941, Vertrag KF 33 208 114 (SF 35), Fahrzeug abgemeldet am 27.02.2026
Übernehmender: Leon Brandstätter, geb. 19.11.2003, Vertrag KF 41 770 025, VW Polo, BN-LB 203

Weil Sie erst seit 2022 einen Führerschein haben, können wir nur so viele Jahre übertragen, wie Sie selbst den Führerschein besitzen – also SF 3 statt SF 35. Die restlichen Jahre Ihrer Großmutter verfallen damit leider. Das ist bei allen Versicherern so geregelt.

Ihr neuer Beitrag ab 01.03.2026: 742,18 € jährlich (statt 1.388,60 €). Den neuen Versicherungsschein bekommen Sie in den nächsten Tagen.

Viele Grüße""")

M("N", "en", "auto-reply", "trap: bilingual out-of-office naming the health claims team, no person's data",
  frm=ADDR("whitfield"), to="a.costa@hospital-lisboa-intl.example", subj="Automatic reply: Invoice batch February - patients insured with Versicherer",
  date="2026-03-13 12:01", lang="en", client="system", mailer="Microsoft Exchange Server",
  body="""I am out of the office until Monday, 23 March 2026, with no access to e-mail.

For hospital invoices and guarantees of payment please write to international-health@versicherer.example or call our 24/7 line +49 221 555-7700. For urgent medical cases our assistance partner can be reached at any time under the number on the patient's insurance card.

Ich bin bis Montag, 23. März 2026, nicht im Büro. Bitte wenden Sie sich an international-health@versicherer.example.

Emma Whitfield
International Health Services""")

M("S", "de", "insurer-to-customer", "accident rehab: physio plan after knee replacement only in the ICS description; body harmless",
  frm=ADDR("albrecht"), to="Werner Gaspari <w.gaspari@t-online-mail.example>", subj="Termin mit unserer Reha-Managerin am 24.03.",
  date="2026-03-16 09:15", sig="albrecht", sigstyle="short", lang="de",
  body="""Guten Morgen Herr Gaspari,

wie am Telefon besprochen, schicke ich Ihnen den Termin mit Frau Duran als Kalendereintrag. Sie kommt direkt in die Praxis, damit Sie nicht extra fahren müssen.

Viele Grüße
Miriam Albrecht""",
  att=[ICS("Reha-Gespraech_Gaspari.ics", "reha-gaspari-20260324@versicherer.example", "Reha-Gespräch Herr Gaspari (Unfall 11/2025)",
           "20260324T140000", "20260324T150000", ("Miriam Albrecht", "miriam.albrecht@versicherer.example"),
           attendees=[("Werner Gaspari", "w.gaspari@t-online-mail.example"), ("Selin Duran (Reha-Management)", "selin.duran@reha-partner.example")],
           location="Physiotherapie am Stadtpark, Parkstraße 4, 33602 Bielefeld",
           description="Unfall vom 18.11.2025 (Sturz von der Leiter), Schadennr. UV-2025-08812.\nZustand nach Knie-TEP rechts am 21.11.2025, Wundheilungsstörung abgeheilt.\nPhysio-Plan bisher: KG 3x/Woche, Lymphdrainage 2x/Woche, Gerätetraining ab KW 12.\nThemen: Verlängerung KG um 12 Einheiten, Gehstützen weiter nötig?, stufenweise Wiedereingliederung als Hausmeister ab Mai.")])

M("N", "de", "internal", "trap: internal procedure for scanning doctors' letters in the scan centre, no patient",
  frm=ADDR("meier"), to="scancenter@versicherer.example", cc=ADDR("brandt"), subj="Neue Arbeitsanweisung: Arztberichte im Posteingang Leistung KV",
  date="2026-03-17 14:22", sig="meier", lang="de",
  body="""Liebe Kolleginnen und Kollegen im Scan-Center,

nach dem Datenschutz-Audit im Januar haben wir die Arbeitsanweisung für Arztberichte, Krankenhausentlassbriefe und Gutachten angepasst. Gültig ab 1. April:

1. Post mit dem Vermerk „Leistung Kranken – persönlich“ oder erkennbar medizinischem Inhalt wird nicht mehr im Großraum geöffnet, sondern im abgetrennten Raum 0.14.
2. Gescannte Dokumente dieser Art bekommen im DMS automatisch die Schutzklasse „Gesundheit“ (Dokumentart 41–48). Bitte die Dokumentart nicht mehr manuell auf „Allgemeine Korrespondenz“ ändern, auch wenn der Absender es so beschriftet hat.
3. Fehlzuordnungen (z. B. Arztbrief im Kfz-Schadenpostfach) bitte nicht per E-Mail weiterleiten, sondern im DMS umhängen.
4. Papieroriginale kommen nach dem Scan in die verschlossenen Datenschutztonnen, nicht in den normalen Papiermüll.

Die vollständige Anweisung steht im Intranet unter Datenschutz > Arbeitsanweisungen > AA-DS-07. Fragen gern an mich.

Viele Grüße
Thomas Meier""")

M("C", "en", "insurer-to-broker", "electronics insurance for a named freelance photographer (sole trader) with date of birth and policy",
  frm=ADDR("hartmann"), to="Marcus Lee <marcus.lee@bridgeway-insurance-brokers.example>", subj="Equipment cover for Aisha Okoro Photography - quote and cover note",
  date="2026-03-18 16:40", sig="hartmann", lang="en",
  body="""Hi Marcus,

thanks for the quick turnaround. Based on the equipment list you sent, here is our quote for Ms Okoro:

Insured: Aisha Okoro, trading as Aisha Okoro Photography, born 8 June 1992, Schanzenstraße 61, 20357 Hamburg
Cover: electronic equipment, all risks, worldwide during assignments (max. 90 days per trip)
Sum insured: EUR 38,400 (list of 14 items as per your schedule dated 16 March)
Deductible: EUR 250 per claim; theft from an unattended vehicle only if locked in the boot and between 6 am and 10 pm
Annual premium: EUR 612.00 plus 19 % insurance tax

If she accepts, I can issue a provisional cover note immediately – she mentioned a shoot in Lisbon on 2 April, so she'd be covered for that. Policy number will be TE 80 144 920.

Cheers,
Sven""")

M("S", "en", "insurer-to-customer", "vision benefit: named student's myopia values and keratoconus, contact lens claim",
  frm=ADDR("kroeger"), to="Chen Yu-Ting <yuting.chen@stud.tu-dresden.example>", subj="Your claim for contact lenses",
  date="2026-03-19 11:36", sig="kroeger", lang="en",
  body="""Dear Ms Chen,

thank you for your claim. I have checked the invoice from Optik Weber and the prescription from the eye clinic.

Your student health insurance (tariff Campus, policy 72 190 458) normally pays up to EUR 150 every two years for glasses or contact lenses. However, the ophthalmologist's report states that you have keratoconus in both eyes (right −6.25 dpt, left −5.75 dpt with irregular astigmatism) and that rigid gas-permeable lenses are medically necessary because glasses cannot correct your vision sufficiently.

In this case the lenses count as a medical aid, not as ordinary visual aids, and the EUR 150 limit does not apply. We will therefore pay the full invoice of EUR 486.00 and the fitting fee of EUR 95.00 – a total of EUR 581.00.

Please keep us informed if the clinic recommends corneal cross-linking; we would be happy to check cover in advance.

Kind regards""")

M("N", "en", "insurer-to-partner", "trap: nat-cat excess-of-loss renewal figures, purely financial, no person",
  frm=ADDR("stone"), to="Tom Ashworth <tom.ashworth@lime-street-re-brokers.example>", subj="Property Cat XL 2026/27 - firm order terms",
  date="2026-03-20 13:00", sig="stone", lang="en",
  body="""Tom,

after yesterday's call, here are the terms we are prepared to sign for the 1 July renewal. Please take them back to the market.

Layer 1: EUR 60m xs EUR 40m – ROL 9.75 %, one reinstatement at 100 %
Layer 2: EUR 100m xs EUR 100m – ROL 5.2 %, one reinstatement at 100 %
Layer 3: EUR 150m xs EUR 200m – ROL 2.9 %, one reinstatement at 100 %

Hours clause: 72 hours for windstorm and hail, 168 hours for flood – we will not accept 120 for flood after the 2021 experience. Event definition as expiring.

Our modelled 1-in-200 gross loss is EUR 318m (RMS v23, demand surge on), so layer 3 exhaustion sits at roughly 1-in-300.

Please come back by Friday next week; if we don't have 100 % by 15 May we will look at a cat bond for the top layer.

Rebecca""")

M("C", "de", "insurer-to-customer", "pet insurance: dog's cruciate ligament surgery for named owner (animal health, not human)",
  frm=ADDR("wagner"), to="Tanja Oberländer <tanja.oberlaender@mailbox-web.example>", subj="OP-Kosten für Bruno – Ihre Tierkrankenversicherung",
  date="2026-03-23 09:48", sig="wagner", lang="de",
  body="""Liebe Frau Oberländer,

danke für die Rechnung der Tierklinik Hofheim. Wir hoffen, Bruno erholt sich gut von der Operation!

Wir übernehmen aus Ihrer Hunde-OP-Versicherung (Vertrag TK 50 882 061) die Kosten der TPLO-Operation am rechten Hinterbein nach Kreuzbandriss:

Rechnungsbetrag: 3.412,56 €
davon erstattungsfähig nach GOT bis 3-fachem Satz: 3.198,20 €
abzüglich Selbstbeteiligung 20 %: 639,64 €
Erstattung: 2.558,56 €

Die Nachkontrollen und die Physiotherapie für Bruno sind in Ihrem Tarif bis 500 € pro Jahr ebenfalls versichert – reichen Sie die Rechnungen einfach gesammelt ein.

Die Erstattung überweisen wir auf Ihr Konto mit der Endung 4417.

Viele Grüße""")

M("C", "de", "insurer-to-customer", "British customer's baggage claim with passport number and DOB quoted below German reply; no health",
  frm=ADDR("seidel"), to="Gareth Hughes <gareth.hughes@sky-mail.example>", subj="AW: Lost luggage - flight to Munich 28 Feb",
  date="2026-03-24 15:31", sig="seidel", lang="de",
  body="""Sehr geehrter Herr Hughes,

vielen Dank für Ihre Nachricht. Sie hatten uns gebeten, auf Deutsch zu antworten, damit Ihre Frau mitlesen kann – gern.

Ihren Gepäckschaden haben wir unter der Schadennummer RG-2026-01392 angelegt. Für die Ersatzkäufe (Kleidung, Kulturbeutel) in den ersten drei Tagen erstatten wir bis zu 300 € ohne weitere Prüfung. Bitte schicken Sie uns noch den Property Irregularity Report der Fluggesellschaft im Original als Scan.

Sobald der Koffer endgültig als verloren gilt (in der Regel nach 21 Tagen), regulieren wir den Zeitwert des Inhalts abzüglich der Entschädigung der Airline.

Mit freundlichen Grüßen""",
  quote=OQ("Gareth Hughes <gareth.hughes@sky-mail.example>", "Samstag, 21. März 2026 19:55", "reise@versicherer.example", "Lost luggage - flight to Munich 28 Feb", """Hello,

my suitcase never arrived on flight LH2471 Manchester–Munich on 28 February. I have your annual travel policy (no. RV-J-2025-40117).

My details for the claim:
Gareth Owen Hughes, born March 3, 1979
Passport: 512847739 (United Kingdom)
Address in Germany: Leopoldstraße 144, 80804 München

I had to buy clothes and toiletries for EUR 412, receipts attached. Please reply in German if possible, my wife is German and handles our paperwork!

Thanks
Gareth""", lang="en"))

M("N", "de", "internal", "trap: aggregated utilisation of dental tariff by policy year, no person",
  frm=ADDR("wendland"), to="Chidi Okafor <chidi.okafor@versicherer.example>", cc="Daniela Lorenz <daniela.lorenz@versicherer.example>",
  subj="Auswertung Zahnstaffel ZahnPlus – wie viele stoßen an die Grenze?", date="2026-03-25 17:05", lang="de", client="outlook",
  body="""Hallo Chidi,

wie versprochen die Zahlen zur Zahnstaffel. Basis: alle Leistungsfälle ZahnPlus 70/90 von 2021 bis 2025, ca. 41.000 Verträge.

Versicherungsjahr | Fälle mit Zahnersatz | davon Staffelgrenze erreicht | Ø Erstattung
1 | 2.118 | 31 % | 612 €
2 | 3.402 | 22 % | 1.044 €
3 | 3.877 | 12 % | 1.496 €
4 | 4.010 | 5 % | 1.622 €
ab 5 (unbegrenzt) | 11.936 | – | 1.388 €

Auffällig: Im ersten Jahr reicht es bei fast einem Drittel nicht – das deckt sich mit den Beschwerden, die Daniela aus dem Beschwerdemanagement immer wieder bekommt. Ob wir das über den Preis oder über eine höhere Staffel im Jahr 1 lösen, müsst ihr im Aktuariat bewerten.

Die Rohdaten (ohne Namen, nur Vertragsjahr, Tarif, Betrag) liegen im Share unter Leistung/Analysen/Zahn_2026.

Gruß
Tobias

Tobias Wendland
Leistungsservice Krankenversicherung – Zahn / Zahnzusatz
Tel. +49 221 555-3468""")

M("N", "en", "internal", "trap: phishing warning about fake 'medical report' mails from a hospital, no real patient",
  frm=ADDR("fischer"), to="alle-mitarbeitenden@versicherer.example", subj="[Security warning] Fake 'medical report' e-mails in circulation / Gefälschte Arztbericht-Mails",
  date="2026-03-26 08:20", sig="fischer", sigstyle="short", lang="en", importance="high",
  body="""(Deutsche Fassung im Intranet)

Dear colleagues,

since yesterday evening we have been seeing a wave of phishing e-mails aimed at our claims departments. They look like this:

  From: "Radiologie Zentrum" <befund@radiologie-zentrum-nrw.example.net>
  Subject: Medical report for your insured person - urgent / Befundbericht Ihres Versicherten
  Attachment: Befund_2026_03.zip (contains a .js or .lnk file)

The text refers to "a patient of ours insured with you" and asks you to confirm payment. There is no real patient behind this – the names in the mails are made up or taken from public sources.

What to do:
- Do NOT open the ZIP file.
- Use the "Report phishing" button in Outlook; do not forward the mail to colleagues.
- If you already opened the attachment, disconnect your network cable/Wi-Fi and call the service desk at -6000 immediately.

Real doctors' reports reach us via the SecureMail portal, by fax or by post, and never as a ZIP with a script inside.

Thanks for staying alert,
Tim Fischer
Information Security""")


# ---- batch 3 -------------------------------------------------------------

M("N", "en", "insurer-to-broker", "trap: general underwriting guideline update for type 1 diabetes, no applicant",
  frm=ADDR("hasselbach"), to="intl-brokers@lists.versicherer.example", subj="Underwriting update: type 1 diabetes - new rating grid from 1 April",
  date="2026-03-27 10:30", sig="hasselbach", lang="en",
  body="""Dear partners,

from 1 April 2026 we will apply a new rating grid for applicants with type 1 diabetes in term life and critical illness. The main changes:

- Applicants using a continuous glucose monitor (CGM) or an insulin pump with good control (HbA1c below 7.5 % over the last 12 months) can now be offered term life from +50 % instead of +100 %.
- Age at diagnosis and duration still matter: diagnosis before age 15 with more than 30 years' duration remains individual underwriting.
- Complications (retinopathy beyond background stage, proteinuria, neuropathy) continue to lead to postponement or decline for critical illness.
- Disability cover remains individual, but we will no longer decline automatically.

What we need with the application: the last three HbA1c values with dates, a short report from the diabetologist, and information on hypoglycaemic episodes with third-party assistance in the last two years.

Please don't send medical evidence by normal e-mail – use the upload in the broker portal.

Kind regards""")

M("C", "en", "insurer-to-customer", "rent deposit guarantee for a named expat with net income and date of birth",
  frm=ADDR("kowalski"), to="Rahul Deshpande <rahul.deshpande@mailcloud.example>", subj="Your rent deposit guarantee - application approved",
  date="2026-03-30 12:12", sig="kowalski", lang="en",
  body="""Dear Mr Deshpande,

good news: we have approved your application for a rent deposit guarantee (Mietkautionsbürgschaft).

Tenant: Rahul Deshpande, born 27/11/1991
Landlord: Wohnbau Rhein-Main GmbH
Flat: Hanauer Landstraße 208, 3rd floor left, 60314 Frankfurt
Guaranteed amount: EUR 4,350.00 (three months' basic rent)
Annual fee: EUR 174.00

We based the approval on your employment contract with Nexora Technologies GmbH (permanent since 1 February 2026) and your first payslip showing a net monthly income of EUR 5,212.40. The guarantee certificate will reach you by post within three working days – please hand the original to your landlord.

The fee will be collected annually by direct debit from your account at N26 (IBAN ending 7718).

Best regards""")

M("S", "en", "insurer-to-customer", "international student's ADHD medication (methylphenidate dose) claim, partial reimbursement",
  frm=ADDR("kroeger"), to="Aditya Raghavan <a.raghavan@stud.rwth.example>", subj="RE: Why was my medication claim reduced?",
  date="2026-03-31 15:02", sig="kroeger", lang="en",
  body="""Dear Mr Raghavan,

thanks for asking – I understand the statement was confusing.

Your psychiatrist prescribed methylphenidate extended-release 36 mg (Concerta) once a day for your ADHD. The pharmacy in Aachen supplied the brand product at EUR 118.40 per pack of 30. Your student tariff reimburses prescription drugs at 100 %, but for drugs where an identical generic exists it pays up to the price of the generic (tariff condition 4.2). The generic with the same active ingredient and the same release mechanism cost EUR 71.95 that month.

So we paid EUR 71.95 and not EUR 118.40 per pack. If your psychiatrist confirms in writing that you cannot switch to the generic for medical reasons (for example because you had side effects with it before), we will pay the brand product in full, also back to January.

Kind regards""",
  quote=Q("""Hello,
I got my statement today and only 214 EUR were paid instead of 355. It's for my ADHD medication (Concerta 36mg) which I need daily for my studies. Why is that?
Aditya Raghavan, policy 72 118 904"""))

M("N", "de", "internal", "trap: staff health day with blood sugar and skin screening offered by external provider, no person",
  frm=ADDR("weiss"), to="alle-standort-koeln@versicherer.example", subj="Gesundheitstag am 23. April – Anmeldung zu Check-ups geöffnet",
  date="2026-04-01 09:00", sig="weiss", sigstyle="short", lang="de", html=True, client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 23. April, findet wieder unser Gesundheitstag im Foyer und in den Räumen Rhein 1–3 statt. Mit dabei sind der betriebsärztliche Dienst und die Techniker der BKK-Partnerin.

Angebote (kostenlos, während der Arbeitszeit):
• Blutzucker- und Cholesterin-Schnelltest (nüchtern, 8–10 Uhr)
• Hautkrebs-Screening durch eine Dermatologin (15 Minuten, Anmeldung nötig)
• Rückencheck und Ergonomie-Beratung am Arbeitsplatz
• Vortrag „Schlaf und Schichtarbeit“ um 12:30 Uhr
• Grippe-Impfberatung für den Herbst

Wichtig: Alle Ergebnisse erhalten nur Sie persönlich. Der Arbeitgeber bekommt keine Einzelergebnisse, sondern lediglich die Zahl der Teilnehmenden pro Angebot.

Anmeldung über das Intranet unter „Gesundheit & Soziales“.

Viele Grüße aus dem Personalbereich""")

M("S", "de", "customer", "customer's forwarded request for rehab after stroke with symptoms and clinic; German",
  frm=ADDR("kowalski"), to=ADDR("brandt"), subj="WG: Antrag Anschlussheilbehandlung für meinen Mann",
  date="2026-04-02 11:47", sig="kowalski", sigstyle="name", lang="de",
  body="""Gerrit, eilt – die Klinik will morgen eine Zusage, Frau Peters hat gerade nochmal angerufen. KV-Vertrag 12 077 401, Tarif Vital 100.""",
  quote=FW("Heike Peters <heike.peters@kabelmail.example>", "02.04.2026, 08:13", "service@versicherer.example", "Antrag Anschlussheilbehandlung für meinen Mann", """Sehr geehrte Damen und Herren,

mein Mann Klaus Peters (geb. 30.09.1959) liegt seit dem 24. März auf der Stroke Unit im Klinikum Oldenburg. Er hatte einen Schlaganfall (Hirninfarkt links), die rechte Hand und das Sprechen sind noch stark beeinträchtigt, das Laufen geht mit Rollator wieder ein bisschen.

Der Sozialdienst der Klinik hat eine Anschlussheilbehandlung in der Reha-Klinik am Meer in Bad Zwischenahn beantragt, Aufnahme wäre am 7. April. Der Entlassbericht und der Antrag hängen an.

Können Sie die Kostenübernahme bitte schnell bestätigen? Die Klinik sagt, sonst verfällt der Platz.

Vielen Dank
Heike Peters"""))

M("C", "de", "insurer-to-customer", "private liability: water damage to neighbour's flat, named customer and neighbour, claim number",
  frm=ADDR("oltmanns"), to="Yasemin Kaplan <yasemin.kaplan@webmail-box.example>", subj="Ihr Haftpflichtschaden – Wasser in der Wohnung Ihrer Nachbarin",
  date="2026-04-03 10:05", sig="oltmanns", lang="de",
  body="""Sehr geehrte Frau Kaplan,

Sie hatten uns gemeldet, dass am 21.03.2026 der Schlauch Ihrer Waschmaschine abgerissen ist und Wasser in die darunterliegende Wohnung von Frau Renate Böhmer gelaufen ist.

Wir haben den Schaden aus Ihrer Privathaftpflichtversicherung (Vertrag PHV 62 004 318) unter der Nummer HP-2026-04187 angelegt. Frau Böhmers Schaden an Decke und Laminat ist grundsätzlich versichert. Ihre eigene Waschmaschine und der Schaden in Ihrer Wohnung gehören nicht zur Haftpflicht – dafür ist ggf. Ihre Hausratversicherung zuständig, falls Sie eine haben.

Bitte geben Sie Frau Böhmer meine Kontaktdaten. Wir beauftragen einen Sachverständigen, der sich bei ihr wegen eines Termins meldet. Wichtig: Bitte sagen Sie ihr keine Zahlung zu und unterschreiben Sie nichts.

Freundliche Grüße""")

M("S", "en", "insurer-to-customer", "trip cancellation because of mother's cancer diagnosis; medical certificate needed",
  frm=ADDR("seidel"), to="Olivia Grant <olivia.grant@btinternet-mail.example>", subj="Your cancellation claim - trip to Madeira",
  date="2026-04-06 14:40", sig="seidel", lang="en",
  body="""Dear Ms Grant,

I am very sorry to hear about your mother's illness.

Your annual travel cancellation policy (RV-J-2025-61022) covers cancellation when a close relative is seriously ill unexpectedly. From your description – your mother, Mrs Margaret Grant, was diagnosed with bowel cancer on 19 March and starts chemotherapy in Manchester on 8 April, which is why you cancelled your trip to Madeira (12–26 April) – the claim will very likely be covered.

To complete the claim we need:
1. the cancellation invoice from the tour operator (you already sent the booking confirmation);
2. a short certificate from your mother's doctor confirming the diagnosis date and the start of treatment. Our form is attached, but a letter from the hospital on headed paper is equally fine;
3. your mother's written consent that her doctor may give us this information (the second page of the form).

The cancellation fee of GBP 1,640 would then be refunded, less the 20 % excess.

With best wishes to your mother,""")

M("N", "en", "insurer-to-partner", "trap: blank facultative submission form with placeholders, no applicant data",
  frm=ADDR("adeyemi"), to="Facultative Life <fac-life@europa-re.example>", subj="Updated fac submission template - please confirm format",
  date="2026-04-07 09:25", sig="adeyemi", sigstyle="short", lang="en",
  body="""Hi team,

here is the template we will use for facultative submissions from 1 May. It's the layout we agreed in February, only the field order has changed so it matches our new underwriting system. Please confirm you can work with it; actual submissions will come via the secure exchange, not by e-mail.

-------------------------------------------------------------
FACULTATIVE SUBMISSION – LIFE / DISABILITY
Ceding company ref.: <<CASE_ID>>
Product: <<TERM | WHOLE LIFE | DISABILITY | CI>>
Life assured: <<INITIALS>>  Sex: <<M/F/D>>  Age next birthday: <<ANB>>
Occupation / class: <<OCCUPATION>> / <<CLASS 1-4>>
Sum assured: <<EUR>>  Term: <<YEARS>>
Retention: <<EUR>>  Amount ceded: <<EUR>>
Medical summary: <<FREE TEXT, max. 2,000 characters>>
Evidence attached: <<APS | BLOOD PROFILE | ECG | NONE>>
Ceding company's proposed rating: <<STANDARD | +%  | EXCLUSION | DECLINE>>
-------------------------------------------------------------

Thanks,
Tunde""")

M("C", "en", "insurer-to-broker", "D&O schedule listing named directors and their roles of a client company",
  frm=ADDR("hartmann"), to="Harriet Cole <harriet.cole@fenchurch-specialty.example>", subj="D&O - Brandt & Lehner Maschinenbau GmbH - renewal schedule 2026",
  date="2026-04-08 11:58", sig="hartmann", lang="en",
  body="""Hi Harriet,

renewal schedule below for your review before we issue.

Policyholder: Brandt & Lehner Maschinenbau GmbH, Bielefeld (HRB 40117)
Policy no.: DO 13 550 207
Period: 01/05/2026 – 30/04/2027
Limit: EUR 10m each and every loss and in the aggregate; retention for the company EUR 100k (Side C)

Insured persons named at inception (plus all other past, present and future directors and officers):
- Dr. Konrad Brandt, Managing Director (CEO)
- Stefanie Lehner, Managing Director (CFO)
- Mehmet Arslan, authorised officer (Prokurist), Head of Sales
- Prof. Dr. Ingrid Vossberg, Chair of the Advisory Board

Premium: EUR 28,400 plus insurance tax.

One change from expiry: the pending claim notified last year (Kühn Industrietechnik vs. Dr. Brandt, alleged breach of non-compete) stays excluded as a known circumstance – it's covered under the expiring policy.

Best,
Sven""")

M("S", "de", "insurer-to-customer", "HTML-only mail with table: biologic drug (adalimumab) for Crohn's disease with PZN and dose for named customer",
  frm=ADDR("kroeger"), to="Jana Voigtländer <jana.voigtlaender@e-post-mail.example>", subj="Ihre Arzneimittelrechnungen Januar bis März",
  date="2026-04-09 13:30", lang="de", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Voigtländer,</p>
<p>vielen Dank für die Einreichung Ihrer Apothekenrechnungen. Wir haben sie wie folgt abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>Datum</th><th>Arzneimittel</th><th>PZN</th><th>Menge</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>08.01.2026</td><td>Adalimumab 40 mg Fertigpen (Biosimilar)</td><td>16384512</td><td>6 Stück</td><td>2.941,18 €</td><td>2.941,18 €</td></tr>
<tr><td>05.02.2026</td><td>Mesalazin 1 g Retardtabletten</td><td>04411029</td><td>100 Stück</td><td>96,40 €</td><td>96,40 €</td></tr>
<tr><td>05.03.2026</td><td>Adalimumab 40 mg Fertigpen (Biosimilar)</td><td>16384512</td><td>6 Stück</td><td>2.941,18 €</td><td>2.941,18 €</td></tr>
<tr><td>05.03.2026</td><td>Colecalciferol 20.000 I.E.</td><td>10189610</td><td>50 Stück</td><td>18,95 €</td><td>0,00 € (nicht verschreibungspflichtig)</td></tr>
</table>
<p>Die Erstattung von <b>5.978,76 €</b> geht in den nächsten Tagen auf Ihr Konto.</p>
<p>Weil Sie wegen Ihres Morbus Crohn (K50.0) dauerhaft Adalimumab benötigen, bieten wir Ihnen an, die Rechnungen künftig direkt mit Ihrer Apotheke abzurechnen. Dann müssen Sie nicht mehr in Vorleistung gehen. Bei Interesse genügt eine kurze Antwort.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kröger<br>Leistungsservice Krankenversicherung · Team Ambulant 2<br>Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln</p>
</body></html>
""")

M("N", "de", "insurer-to-broker", "trap: broker webinar on selling disability and critical illness, ICS invitation, no person",
  frm=ADDR("reuter"), to="maklerinfo-nord@lists.versicherer.example", subj="Einladung Webinar: Biometrie verkaufen – BU, Grundfähigkeit, Dread Disease",
  date="2026-04-10 08:45", sig="reuter", lang="de",
  body="""Moin zusammen,

viele von euch haben nach dem letzten Maklerabend gefragt, wie man Kundinnen und Kunden mit Vorerkrankungen (Rücken, Psyche, Allergien) überhaupt noch zur BU beraten soll. Dazu machen wir ein Webinar mit unserer Gesellschaftsärztin Dr. Hasselbach:

Mittwoch, 29. April 2026, 16:00 – 17:15 Uhr (Teams)

• Welche Vorerkrankungen wir wie bewerten – mit anonymisierten Beispielen
• Risikovoranfrage richtig stellen: Was muss rein, was nicht?
• Alternativen, wenn die BU nicht geht: Grundfähigkeit, Dread Disease, EU-Rente
• Fragen aus der Praxis

Die Einladung hängt an, einfach in den Kalender ziehen. Die Veranstaltung zählt mit 1 Stunde für die IDD-Weiterbildung.

Bis dann
Frank""",
  att=[ICS("Webinar_Biometrie_29-04.ics", "webinar-biometrie-20260429@versicherer.example", "Webinar: Biometrie verkaufen – BU, Grundfähigkeit, Dread Disease",
           "20260429T160000", "20260429T171500", ("Frank Reuter", "frank.reuter@versicherer.example"), location="Microsoft Teams",
           description="Einwahl: https://teams.versicherer.example/l/meetup/biometrie-2904\nIDD-Weiterbildung: 60 Minuten")])

M("S", "en", "assistance", "assistance partner's daily case list (HTML table) with named travellers and diagnoses, forwarded",
  frm=ADDR("sorensen"), to="assistance-team@versicherer.example", subj="FW: Daily open case report 13/04/2026 - Versicherer",
  date="2026-04-13 08:05", lang="en", client="outlook", html=True,
  body="""Morning all,

today's list from GlobalAid below. Please check the three Spanish cases in particular, the guarantees run out this week.

Mette

From: GlobalAid Operations <ops@globalaid-assistance.example>
Sent: Monday, 13 April 2026 06:12
Subject: Daily open case report 13/04/2026 - Versicherer

Dear Versicherer team,

please find below the open cases as of 06:00 CET.

[[t]]

Regards
GlobalAid Operations Centre, Madrid""",
  tables={"t": ([["Case", "Insured", "DOB", "Location", "Diagnosis", "Status"],
                 ["GA-55102", "Hans-Jürgen Rieke", "17/02/1951", "Palma, ES", "NSTEMI, stent placed 09/04", "inpatient, repat. planned 16/04 stretcher"],
                 ["GA-55117", "Lea Fromm", "02/10/1998", "Tenerife, ES", "fractured ankle (ORIF)", "discharged, fit to fly 14/04 with leg rest"],
                 ["GA-55121", "Dieter Kranz", "30/07/1946", "Alicante, ES", "pneumonia, COPD exacerbation", "ICU -> ward, oxygen 2 l/min"],
                 ["GA-55130", "Mia Schubert (child)", "11/05/2019", "Antalya, TR", "gastroenteritis, dehydration", "outpatient, closed today"],
                 ["GA-55136", "Ralf Osterkamp", "04/12/1967", "Cape Town, ZA", "kidney stone, ureteroscopy", "guarantee EUR 6,000 issued"]], "pad")})

M("C", "en", "insurer-to-customer", "au pair's liability claim for damage to host family's car; named au pair and policy",
  frm=ADDR("oltmanns"), to="Valentina Rojas <valentina.rojas@mailbox-cl.example>", subj="Your liability claim - damage to the Hofmanns' car",
  date="2026-04-14 10:55", sig="oltmanns", lang="en",
  body="""Dear Ms Rojas,

thank you for your report. Let me summarise what I understood:

On 4 April, while you were reversing the family's Skoda Octavia (M-HF 2290) out of the garage, you scraped the right side along the garage wall. Nobody was hurt. The car belongs to your host family, Mr and Mrs Hofmann.

Your au pair package (policy AP-7731-442) includes personal liability cover, and it also covers damage to vehicles of the host family that you drive with their permission (clause 7.3), with an excess of EUR 300.

Please send us:
- the repair estimate from the workshop,
- photos of the damage,
- a short confirmation from Mrs Hofmann that you were allowed to use the car.

We will then pay the repair costs less EUR 300 directly to the Hofmanns.

Kind regards""")

M("N", "en", "newsletter", "trap: expat wellness newsletter on mental health awareness, generic, no person",
  frm="Versicherer Expat Health <expat-newsletter@versicherer.example>", to="expat-members@lists.versicherer.example",
  subj="Your Expat Health Letter - May: Mental health abroad", date="2026-04-15 07:30", lang="en", client="system", mailer="Newsletter2Go", html=True,
  body="""Hello,

May is Mental Health Awareness Month – a good moment to talk about something many expats experience but few talk about.

Culture shock is real
Moving abroad often follows a curve: the honeymoon phase, then frustration, loneliness or homesickness, and finally adjustment. Studies suggest up to half of expats feel low or anxious during their first year. This is common and nothing to be ashamed of.

When to get help
If sleep problems, loss of interest or persistent worry last more than two weeks, talk to a doctor or counsellor. Your plan includes:
• a free, confidential 24/7 counselling hotline in 12 languages,
• outpatient psychotherapy (see your table of benefits for session limits),
• our online self-help programme "MindBridge".

Nobody at your employer will find out whether you use these services – claims data stay between you and us.

Take care of yourself,
Your Expat Health team

Unsubscribe: www.versicherer.example/en/newsletter""")

M("S", "de", "internal", "chief medical officer's underwriting decision with loading for named applicant (BMI, hypertension)",
  frm=ADDR("hasselbach"), to=ADDR("schulte"), subj="AW: Risikovoranfrage Herr Stojanović – Votum", date="2026-04-16 16:10", lang="de", client="outlook",
  body="""Hallo Frau Schulte,

mein Votum zu Herrn Dragan Stojanović (Antrag LV-A-2026-02214, Risikoleben 350.000 €, 30 Jahre):

- BMI 33,8 (178 cm, 107 kg), Blutdruck unter Candesartan 16 mg 142/91, Nüchternglukose 112 mg/dl (Prädiabetes), GGT 96 U/l.
- Raucher (ca. 15 Zigaretten/Tag).

Ergebnis: annehmbar mit Zuschlag +75 % (Übergewicht/Hypertonie +50 %, Leberwerte +25 %), Raucher-Tarif. Bei Nachweis eines GGT-Wertes unter 60 in 12 Monaten kann der Leberzuschlag auf Antrag entfallen.

Bitte kein Angebot ohne Zuschlag machen, auch wenn der Makler drängt.

Viele Grüße
U. Hasselbach

Dr. med. Ulrike Hasselbach
Gesellschaftsärztin – Risikoprüfung Personenversicherung""",
  quote=OQ("Marlene Schulte", "Donnerstag, 16. April 2026 09:12", "Dr. med. Ulrike Hasselbach", "Risikovoranfrage Herr Stojanović",
           "Liebe Frau Dr. Hasselbach,\n\nanbei die Unterlagen (Arztbericht Dr. Weber, Laborwerte vom 02.04.) zur Voranfrage von Herrn Stojanović. Der Makler hätte gern bis Freitag ein Votum.\n\nDanke und viele Grüße\nMarlene Schulte"))

M("N", "de", "internal", "trap: KPI report on processing times of doctors' invoices, no person",
  frm=ADDR("brandt"), to="fuehrungskreis-leistung-kv@versicherer.example", subj="Kennzahlen Q1/2026 Leistung KV – Durchlaufzeiten",
  date="2026-04-17 12:00", sig="brandt", sigstyle="short", lang="de",
  body="""Hallo zusammen,

hier die Q1-Zahlen für die Runde am Montag:

Eingänge gesamt: 486.211 Belege (+6 % zum Vorjahr)
- davon Arztrechnungen ambulant: 301.880
- Zahnarzt/HKP: 72.409
- Krankenhaus: 18.992
- Arznei/Heil-/Hilfsmittel: 92.930

Dunkelverarbeitung (vollautomatisch): 58,4 % (Ziel 60 %)
Durchlaufzeit Median: 2,1 Arbeitstage; 90 %-Quantil: 8,7 Arbeitstage
Krankenhaus-Kostenzusagen innerhalb 24 h: 91 %

Der Rückstau im Zahnbereich (HKP) ist seit Mitte März abgebaut. Kritisch bleibt die OCR-Quote bei ausländischen Rechnungen (nur 31 % automatisch lesbar), darüber sollten wir mit der IT sprechen.

Gruß
Gerrit""")

M("C", "de", "insurer-to-customer", "installment plan for household premium arrears: named customer, income stated, IBAN",
  frm=ADDR("becker"), to="Michael Stroh <michael.stroh@posteo-mail.example>", subj="Ihr Antrag auf Ratenzahlung – Vertrag HR 58 803 117",
  date="2026-04-20 10:20", sig="becker", lang="de",
  body="""Sehr geehrter Herr Stroh,

danke für Ihren offenen Brief und die Unterlagen. Wir wissen, dass es nicht leicht ist, über Geldsorgen zu schreiben.

Sie haben uns mitgeteilt, dass Sie seit Februar Arbeitslosengeld I in Höhe von 1.486 € monatlich beziehen. Für den rückständigen Jahresbeitrag Ihrer Hausrat- und Haftpflichtversicherung (zusammen 318,40 €) bieten wir Ihnen folgende Ratenzahlung an:

4 Raten à 79,60 €, fällig jeweils am 1. Mai, 1. Juni, 1. Juli und 1. August 2026,
Einzug per Lastschrift von Ihrem Konto IBAN """ + IB("DE", "100500000190477321") + """.

Der Versicherungsschutz bleibt bestehen, solange die Raten pünktlich gezahlt werden. Bitte bestätigen Sie uns kurz per Antwort, dass Sie einverstanden sind.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-company", "occupational pension (bAV direct insurance) enrolment list with salaries inside a ZIP (CSV)",
  frm=ADDR("ward"), to="HR Germany <hr-germany@brightwave-software.example>", subj="Direct insurance (bAV) - your April enrolments and salary conversion",
  date="2026-04-21 14:25", sig="ward", sigstyle="short", lang="en",
  body="""Hi Anna,

attached are the enrolment records for the April joiners of your company pension scheme (direct insurance with salary conversion). The ZIP is password-protected; I'll send the password by text message to your mobile as usual.

Please check the conversion amounts against payroll before 28 April.

Best regards
Lucy""",
  att=[ZIP("Brightwave_bAV_2026-04.zip", [CSV("enrolments_2026-04.csv", [
      ["Personnel no.", "Name", "Date of birth", "Gross annual salary EUR", "Monthly conversion EUR", "Employer subsidy 15 % EUR", "Policy no."],
      ["BW-2231", "Julia Maas", "1995-03-14", "58000", "250.00", "37.50", "DV 91 220 401"],
      ["BW-2236", "Kwame Mensah", "1989-09-01", "72500", "302.00", "45.30", "DV 91 220 402"],
      ["BW-2240", "Elif Yıldız", "1997-12-19", "49800", "150.00", "22.50", "DV 91 220 403"],
      ["BW-2244", "Patrick Doherty", "1982-06-08", "96000", "322.00", "48.30", "DV 91 220 404"],
  ], sep=","), TXT("README.txt", "Direct insurance enrolments April 2026\nFile format: CSV, comma separated, UTF-8\nContact: Lucy Ward, +49 221 555-2845\n")])])

M("N", "en", "insurer-to-broker", "trap: table of benefits PDF of the international health plan, product information only",
  frm=ADDR("clarke"), to="Marcus Lee <marcus.lee@bridgeway-insurance-brokers.example>", subj="International Health Plan 2026 - table of benefits",
  date="2026-04-22 09:40", sig="clarke", lang="en",
  body="""Hi Marcus,

as requested, the current table of benefits for our International Health Plan. It's valid for new business from 1 April 2026. The main change against 2025 is the higher maternity limit in Premium and the new mental health benefit in Comfort.

Let me know if your client needs a quote for the family – I'd need ages and country of residence only at this stage.

Best,
Hannah""",
  att=[PDF("IHP_2026_Table_of_Benefits.pdf", [("h", "International Health Plan 2026 – Table of Benefits"),
        ("t", [["Benefit", "Essential", "Comfort", "Premium"],
               ["Annual limit", "EUR 500,000", "EUR 1,500,000", "EUR 3,000,000"],
               ["Inpatient treatment, surgery", "100 %", "100 %", "100 %"],
               ["Outpatient treatment", "80 %", "90 %", "100 %"],
               ["Psychotherapy (outpatient)", "-", "30 sessions, 80 %", "50 sessions, 100 %"],
               ["Maternity (after 10 months)", "-", "EUR 8,000", "EUR 15,000"],
               ["Dental treatment", "-", "80 %, max EUR 1,500", "90 %, max EUR 4,000"],
               ["Vision (glasses/lenses)", "-", "EUR 150 / 2 years", "EUR 400 / 2 years"],
               ["Medical evacuation and repatriation", "100 %", "100 %", "100 %"],
               ["Chronic conditions", "covered", "covered", "covered"],
               ["Pre-existing conditions", "excluded 24 months", "underwritten", "underwritten"]]),
        ("small", "Summary only. Full policy terms: IHP General Terms 2026. Versicherer Krankenversicherung a.G., Cologne, Germany.")],
        title="IHP 2026 Table of Benefits")])

M("C", "en", "insurer-to-claimant", "tenancy damage claim against named US exchange student's liability policy; no health",
  frm=ADDR("oltmanns"), to="Ingrid Hallmann <i.hallmann@hausverwaltung-hallmann.example>", subj="Claim HP-2026-04522 - water stains on parquet, flat Goethestr. 12",
  date="2026-04-23 11:33", sig="oltmanns", lang="en",
  body="""Dear Ms Hallmann,

thank you for your letter. As you mentioned that you prefer English for this matter because your co-owner lives in Canada, I am writing in English.

We are the personal liability insurer of your former tenant, Mr Tyler Brooks, an exchange student from Ohio (policy PHV 74 881 003). He has informed us of the damage to the parquet in the living room of the flat at Goethestraße 12, 2nd floor, 37073 Göttingen, caused by a leaking plant pot.

Damage to rented property is covered under his policy, subject to deduction for wear and tear. We have asked an assessor, Mr Jansen from Gutachterbüro Nord, to inspect the floor; he will call you to arrange a date.

Please note that we cannot settle the cleaning costs and the outstanding utility payments you listed – those are contractual claims between you and Mr Brooks and are not covered by liability insurance.

Yours sincerely""")

M("C", "de", "insurer-to-customer", "windstorm damage to named customer's house: policy, claim number, bank data",
  frm=ADDR("demir"), to="Gerd und Hannelore Wessel <wessel.familie@heimnetz-mail.example>", subj="Sturmschaden vom 18.03. – Abrechnung",
  date="2026-04-24 09:00", sig="demir", lang="de", client="thunderbird",
  body="""Sehr geehrte Eheleute Wessel,

die Rechnung der Dachdeckerei Kröll liegt uns vor. Wir regulieren den Sturmschaden an Ihrem Wohnhaus Am Lindenbrink 7, 32423 Minden, aus Ihrer Wohngebäudeversicherung WG 30 992 411 wie folgt:

Dach: 48 Ziegel ersetzt, First neu verklammert      2.310,50 €
Gerüst (1 Woche)                                      640,00 €
Dachrinne vorne                                       288,00 €
abzüglich Selbstbeteiligung                          -500,00 €
Auszahlung                                          2.738,50 €

Wie besprochen überweisen wir direkt an Sie, auf das Konto bei der Volksbank Mindener Land, IBAN """ + IB("DE", "490619000001302288", group=0) + """.

Die beschädigte Markise hatten Sie über die Hausratversicherung bei einem anderen Versicherer gemeldet – das haben wir entsprechend nicht berücksichtigt.

Freundliche Grüße""")

M("N", "de", "internal", "trap: internal data-protection note on sending health data securely, generic examples only",
  frm=ADDR("meier"), to="alle-mitarbeitenden@versicherer.example", subj="Datenschutz kurz & knapp (Folge 12): Gesundheitsdaten nie „wie eine Postkarte“",
  date="2026-04-27 08:00", sig="meier", sigstyle="short", lang="de",
  body="""Liebe Kolleginnen und Kollegen,

in der heutigen Folge geht es um eine Frage, die uns fast täglich erreicht: Darf ich einer Kundin ihren Arztbericht einfach per E-Mail schicken, wenn sie das ausdrücklich möchte?

Kurz: Nur verschlüsselt – also über das SecureMail-Portal oder S/MIME. Gesundheitsdaten (Diagnosen, Rechnungen von Ärzten, Gutachten, aber auch schon die Tatsache, dass jemand eine Kranken- oder Lebensversicherung bei uns hat) sind streng vertraulich. Transportverschlüsselung allein genügt nur, wenn eine schriftliche Einwilligung der Kundin vorliegt.

Typische Fallen:
• „Die Kundin hat ja selbst unverschlüsselt geschrieben“ – das ist ihre Entscheidung, nicht unsere Erlaubnis.
• Weiterleitungen an Gutachter oder Anwälte: ebenfalls nur über sichere Wege.
• Anhänge mit „harmlosem“ Dateinamen wie Scan_001.pdf – das Gateway prüft den Inhalt, aber verlasst euch nicht darauf.

Fragen? Einfach an datenschutz@versicherer.example.

Viele Grüße
Thomas Meier""")

M("S", "en", "insurer-to-customer", "travel health: documents of an Austrian hospital stay (discharge letter with diagnosis) inside a ZIP",
  frm=ADDR("sorensen"), to="Nathan Fischer-Reid <nathan.fr@mail-uk.example>", subj="Documents from Innsbruck - as requested",
  date="2026-04-28 13:13", sig="sorensen", lang="en",
  body="""Dear Mr Fischer-Reid,

as you asked, here are copies of the documents the hospital in Innsbruck sent us directly, for your own GP in Bristol. The discharge letter is in German; I have added a short English summary to the ZIP.

The invoice has been paid in full by us, so you don't need to do anything else with it.

Kind regards""",
  att=[ZIP("Innsbruck_documents_RA-26-0297.zip", [
      PDF("Entlassungsbrief_Fischer-Reid.pdf", [("h", "Universitätsklinik für Unfallchirurgie Innsbruck – Entlassungsbrief"),
          "Patient: Nathan Fischer-Reid, geb. 15.01.1977, wohnhaft Bristol (UK)",
          "Aufenthalt: 02.03.2026 – 06.03.2026",
          "Diagnosen: Distale Radiusfraktur links (S52.51), Commotio cerebri (S06.0) nach Skisturz.",
          "Therapie: Offene Reposition und Plattenosteosynthese am 03.03.2026. CCT unauffällig.",
          "Empfehlung: Gipsschiene für 2 Wochen, dann Physiotherapie; Metamizol 500 mg bei Bedarf bis 4x tägl.; Fadenzug am 12.–14. postoperativen Tag; Röntgenkontrolle nach 6 Wochen beim Hausarzt."],
          title="Entlassungsbrief"),
      TXT("English_summary.txt", "Summary prepared by Versicherer Travel Health & Assistance, case RA-26-0297\n\nPatient: Nathan Fischer-Reid, DOB 15/01/1977\nStay: 2-6 March 2026, University Hospital Innsbruck, trauma surgery\nDiagnoses: fracture of the left distal radius; concussion after a skiing fall\nTreatment: open reduction and plate fixation on 3 March; head CT normal\nRecommendation: splint 2 weeks, then physiotherapy; metamizole 500 mg as needed up to 4x daily; stitches out day 12-14; X-ray after 6 weeks\n"),
      PDF("Rechnung_2026-03-06.pdf", [("h", "Rechnung Nr. 2026/118842"), "Patient: Fischer-Reid Nathan · Kostenträger: Versicherer Krankenversicherung a.G. (Fall RA-26-0297)",
          ("t", [["Leistung", "Betrag"], ["Stationärer Aufenthalt 4 Tage, Unfallchirurgie", "EUR 5.920,00"], ["Operation Radius (Platte)", "EUR 3.410,00"], ["CCT", "EUR 380,00"], ["Summe", "EUR 9.710,00"]])],
          title="Rechnung")])])

M("N", "en", "insurer-to-supplier", "trap: translation agency order and invoice query, company bank details only",
  frm=ADDR("krueger"), to="Accounts <accounts@lingualink-translations.example>", subj="PO 4500129460 - invoice LL-2026-0388 does not match",
  date="2026-04-29 15:50", sig="krueger", lang="en",
  body="""Dear LinguaLink team,

we received your invoice LL-2026-0388 for EUR 4,862.50, but our purchase order 4500129460 covers EUR 3,990.00 (medical terminology glossary DE-EN, 2,850 terms at EUR 1.40).

The difference seems to be the "rush surcharge 20 %" and 95 additional terms. Neither was agreed with us in writing. Could you please send a corrected invoice for the PO amount, or the written approval from our side if you have one?

For your records, payment will go to the account stated on your invoice, LinguaLink Translations Ltd, Barclays London, sort code 20-00-00, account 53812277, once the invoice is correct.

Kind regards""")


# ---- batch 4 -------------------------------------------------------------

M("N", "de", "internal", "trap: motor loss ratio and claim frequencies by quarter, aggregates only",
  frm=ADDR("engel"), to="kfz-steuerkreis@versicherer.example", subj="Kfz Q1/2026: Schadenquote und Frequenzen",
  date="2026-04-30 17:40", sig="engel", sigstyle="short", lang="de",
  body="""Hallo zusammen,

kurz vor dem Steuerkreis die Q1-Zahlen (vorläufig, Stand 29.04.):

                         Q1/2025    Q1/2026
Schadenquote KH          87,4 %     83,9 %
Schadenquote VK          96,1 %     91,3 %
Frequenz KH (‰)          58,2       55,7
Durchschnittsschaden KH  4.112 €    4.388 €
Glasschäden              11.820     12.905
Wildschäden               6.433      7.012

Der Anstieg beim Durchschnittsschaden liegt fast vollständig an den Ersatzteilpreisen (Kameras/Sensoren in Stoßfängern). Personenschäden sind mit 6,1 % der Fälle stabil.

Folien kommen morgen früh.
Rüdiger""")

M("S", "de", "insurer-to-customer", "orthodontics for a named child: KIG grade, malocclusion and treatment plan",
  frm=ADDR("wendland"), to="Nadine Reichelt <nadine.reichelt@familienmail.example>", subj="Kieferorthopädische Behandlung von Emil – Kostenzusage",
  date="2026-05-04 10:15", sig="wendland", lang="de",
  body="""Sehr geehrte Frau Reichelt,

der Behandlungsplan von Frau Dr. Kaufmann für Ihren Sohn Emil (mitversichert im Vertrag ZZ 41 662 090, Tarif KidsZahn) liegt uns vor.

Befund laut Plan: Distalbiss mit vergrößerter Frontzahnstufe von 7,5 mm, Einstufung KIG D4. Geplant sind eine herausnehmbare Doppelvorschubplatte für ca. 18 Monate und anschließend eine feste Zahnspange, Gesamtdauer etwa 3,5 Jahre.

Da die Einstufung KIG 3 oder höher beträgt, übernimmt die gesetzliche Krankenkasse den Kassenanteil. Aus Ihrem Zusatztarif erstatten wir die vereinbarten Mehrleistungen (Keramikbrackets, Glattflächenversiegelung, Retainer), derzeit geschätzt 1.480 €, davon 80 % = 1.184 €.

Bitte reichen Sie die Rechnungen jeweils quartalsweise ein.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-claimant", "motor liability: Polish sole-trader lorry owner named with business details and PL IBAN; no injuries",
  frm=ADDR("novak"), to="Tomasz Wiśniewski <biuro@wisniewski-transport.example>", subj="Claim K-2026-009981 - collision on the A2 services Garbsen, 14 April",
  date="2026-05-05 12:20", sig="novak", lang="en",
  body="""Dear Mr Wiśniewski,

thank you for your e-mail in English, that makes it easier for both of us.

We are the liability insurer of the car (H-ZK 911) that hit the side of your lorry while parking at the Garbsen services on 14 April. Nobody was injured. We accept the claim.

We have the invoice from the workshop in Poznań for PLN 11,940.00 (side panel and mirror) and the confirmation that your lorry was out of service for 3 days. Because you run the business as a sole trader (Tomasz Wiśniewski Usługi Transportowe, NIP 7792287714), we can also compensate the loss of income: please send us the freight orders that you had to cancel for 15–17 April.

Payment will be made to the account you gave us:
""" + IB("PL", "105014451000002288974112") + """ (ING Bank Śląski), account holder Tomasz Wiśniewski.

Kind regards""")

M("N", "en", "insurer-to-company", "trap: group life quote based on age distribution of a company, no individual employee",
  frm=ADDR("ward"), to="Sophie Laurent <sophie.laurent@nordwind-logistics.example>", subj="Group life quote - Nordwind Logistics",
  date="2026-05-06 09:30", sig="ward", lang="en",
  body="""Dear Ms Laurent,

thank you for the age distribution of your German workforce. Based on it, our quote for group life cover of 2x annual salary:

[[t]]

Total annual premium: EUR 61,180 (rate guarantee 3 years). Free cover limit: EUR 400,000 per person – above that we would ask the individual employee for a short health declaration.

We don't need any names or birth dates before you decide. At inception we would ask for a list with employee ID, date of birth and salary, to be transferred via our secure portal.

Best regards""",
  tables={"t": ([["Age band", "Employees", "Total salary roll EUR", "Rate per mille", "Premium EUR"],
                 ["under 30", 96, "4,128,000", "0.62", "5,119"],
                 ["30-39", 134, "6,968,000", "0.88", "12,264"],
                 ["40-49", 102, "5,814,000", "1.51", "17,558"],
                 ["50-59", 74, "4,366,000", "2.63", "22,965"],
                 ["60+", 14, "868,000", "1.89*", "3,281"]], "pad")})

M("S", "de", "hospital", "US clinic's English billing mail with diagnosis and surgery forwarded with German note",
  frm=ADDR("kroeger"), to=ADDR("brandt"), subj="WG: Patient account 88412093 - Mr. Jürgen Lamprecht - balance due",
  date="2026-05-07 14:18", lang="de", client="outlook",
  body="""Hallo Gerrit,

das ist dein Bereich (stationär Ausland). Die Klinik in Phoenix schickt uns die Rechnung, obwohl Herr Lamprecht die Kosten laut Akte selbst bezahlt und bei uns eingereicht hat – bitte prüfen, ob wir doppelt zahlen würden. KV-Nr. 11 820 334.

Gruß Sabine""",
  quote=OQ("Patient Financial Services <pfs-billing@desert-valley-medical.example>", "Tuesday, May 5, 2026 4:51 PM", "service@versicherer.example",
           "Patient account 88412093 - Mr. Jürgen Lamprecht - balance due", """To whom it may concern,

our records show an outstanding balance of USD 23,415.60 for the above patient.

Patient: Juergen Lamprecht, DOB 08/22/1958
Dates of service: 02/11/2026 - 02/15/2026
Admitting diagnosis: acute cholecystitis (K81.0)
Procedure: laparoscopic cholecystectomy (CPT 47562), 02/12/2026

Please remit payment within 30 days or contact our office at (602) 555-0188. If payment has been made, kindly disregard this notice.

Patient Financial Services
Desert Valley Medical Center, Phoenix, AZ""", lang="en"))

M("C", "de", "insurer-to-customer", "comprehensive motor total loss: named customer, VIN, leasing bank, payout amount",
  frm=ADDR("brenner"), to="Kerstin Paulus <kerstin.paulus@netmail-de.example>", subj="Totalschaden Ihres Fahrzeugs – Abrechnung Vollkasko",
  date="2026-05-08 11:00", sig="brenner", lang="de",
  body="""Sehr geehrte Frau Paulus,

nach dem Unfall vom 17.04.2026 (Aquaplaning auf der B 9, keine weiteren Beteiligten) hat der Sachverständige einen wirtschaftlichen Totalschaden festgestellt.

Fahrzeug: Škoda Enyaq iV 80, FIN TMBJC9NY5NF028811, KO-KP 770
Vertrag: KF 52 118 640, Vollkasko mit 500 € SB
Wiederbeschaffungswert brutto: 34.600 €
Restwert (Höchstgebot): 11.250 €
Entschädigung: 34.600 € – 11.250 € – 500 € = 22.850 €

Da das Fahrzeug geleast ist, zahlen wir die Entschädigung an die Leasinggeberin (Südwest Leasing GmbH, Vertrag 7712-0044). Die Differenz zur Ablösesumme regelt Ihre GAP-Deckung, die im Leasingvertrag enthalten ist – bitte sprechen Sie dafür direkt mit der Leasingfirma.

Es tut uns leid um das Auto – gut, dass Ihnen nichts passiert ist.

Freundliche Grüße""")

M("N", "de", "internal", "trap: general process description of workplace reintegration management (BEM), no employee",
  frm=ADDR("weiss"), to="fuehrungskraefte@versicherer.example", subj="Betriebliches Eingliederungsmanagement – überarbeitete Prozessbeschreibung",
  date="2026-05-11 10:30", sig="weiss", lang="de",
  body="""Liebe Führungskräfte,

nach Abstimmung mit dem Betriebsrat und der Schwerbehindertenvertretung haben wir die Prozessbeschreibung zum Betrieblichen Eingliederungsmanagement (BEM) überarbeitet. Die wichtigsten Änderungen:

1. Das BEM-Angebot geht künftig direkt vom BEM-Team an die Beschäftigten, sobald innerhalb von zwölf Monaten mehr als sechs Wochen Arbeitsunfähigkeit vorliegen. Sie als Führungskraft erfahren davon nur, wenn die betroffene Person zustimmt.
2. Diagnosen werden im BEM nicht erfragt. Es geht um Einschränkungen und Lösungen am Arbeitsplatz, nicht um Krankheiten.
3. BEM-Unterlagen werden getrennt von der Personalakte geführt und drei Jahre nach Abschluss gelöscht.

Bitte sprechen Sie Beschäftigte nach längerer Krankheit nicht von sich aus auf die Ursachen an. Wenn Sie unsicher sind, melden Sie sich beim BEM-Team (bem@versicherer.example).

Die vollständige Prozessbeschreibung finden Sie im Intranet.

Viele Grüße
Nadine Weiß""")

M("S", "en", "insurer-to-customer", "critical illness claim of a named UK expat with breast cancer diagnosis, lump-sum payment",
  frm=ADDR("stanek"), to="Rachel Simmons <rachel.simmons@mail-gb.example>", subj="Your critical illness claim - policy DD 40 227 118",
  date="2026-05-12 15:45", sig="stanek", lang="en",
  body="""Dear Mrs Simmons,

thank you for sending the histology report and the letter from your oncologist at the Breast Centre in Munich.

The report confirms an invasive ductal carcinoma of the left breast, 2.1 cm, grade 2, hormone-receptor positive, diagnosed on 20 March 2026. This meets the definition of "cancer" in section 3.1 of your critical illness policy. I'm pleased to tell you that we will pay the full sum insured of EUR 120,000.

The payment will be made within the next five working days to your account with Deutsche Bank. The policy ends with this payment, as it covered one lump sum only.

I know that the coming months with surgery and treatment will be demanding. If you have any questions about the payment or your other policies with us, I'm happy to help.

With warm regards""")

M("C", "en", "insurer-to-broker", "landlord insurance for a named London-based owner: DOB, UK bank details, Berlin flat",
  frm=ADDR("hartmann"), to="Priya Shah <priya.shah@camden-property-insurance.example>", subj="Landlord package - flat in Berlin-Friedrichshain - Mr Edward Lyle",
  date="2026-05-13 10:05", sig="hartmann", lang="en",
  body="""Dear Priya,

we can offer the landlord package for your client as requested:

Insured: Edward James Lyle, DOB 19/04/1966, 22 Elgin Crescent, London W11 2JD
Risk: owner-occupied building share / flat, Simon-Dach-Straße 28, 3rd floor, 10245 Berlin, 74 m², let unfurnished
Cover: contents of the landlord (fitted kitchen EUR 15,000), landlord liability EUR 5m, loss of rent 12 months
Premium: EUR 296.40 p.a. incl. tax

Mr Lyle asked to pay by Direct Debit from his UK account. We cannot collect from GB accounts by SEPA direct debit, so it would have to be an annual transfer. For refunds we would use:
Lloyds Bank, sort code 30-94-57, account 12867723 (E J Lyle).

Please let me know whether he accepts, and I'll issue the policy from 1 June.

Best,
Sven""")

M("N", "en", "system-to-customer", "trap: portal registration mail with one-time password, generic, no content",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="d.okonkwo@mail-ng.example",
  subj="Your access to the Versicherer SecureMail portal (1/2)", date="2026-05-14 08:21", lang="en", client="system", mailer="Siegel Portal",
  body="""Hello,

an employee of Versicherer would like to send you a confidential message. For this, an account has been created for you in our SecureMail portal.

Your one-time password: 7Kx-94qP-mZ2w

You will receive the registration link in a second e-mail. Please log in with your e-mail address and this one-time password within 7 days, then choose your own password and a security question.

If you were not expecting this e-mail, you can ignore it; the account will be deleted automatically.

Versicherer SecureMail
This is an automatically generated message. Please do not reply.""")

M("S", "de", "insurer-to-customer", "hearing aids for named elderly insured with audiogram-based diagnosis",
  frm=ADDR("kroeger"), to="Wilfried Hornung <w.hornung@senioren-mail.example>", subj="Ihre neuen Hörgeräte – Kostenübernahme",
  date="2026-05-15 09:50", sig="kroeger", lang="de",
  body="""Sehr geehrter Herr Hornung,

vielen Dank für den Kostenvoranschlag von Hörakustik Brandl und die Verordnung Ihrer HNO-Ärztin.

Laut Tonaudiogramm liegt bei Ihnen eine beidseitige Innenohrschwerhörigkeit mit einem Hörverlust von etwa 55 dB im Hauptsprachbereich vor; das Sprachverstehen im Störgeräusch ist deutlich eingeschränkt. Eine Versorgung beider Ohren ist medizinisch notwendig.

Ihr Tarif Komfort 80 erstattet Hörgeräte bis 1.500 € je Ohr alle fünf Jahre. Der Kostenvoranschlag über 2 × 1.980 € liegt darüber. Wir übernehmen daher 2 × 1.500 € = 3.000 €, zuzüglich der Batterien/Ladestation nach Rechnung.

Sie können die Hörgeräte bestellen. Die Rechnung können Sie uns direkt vom Akustiker schicken lassen.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "tenancy legal expenses: named customer's dispute over service charges, policy and claim number",
  frm=ADDR("lindqvist"), to="Serkan Aydın <serkan.aydin@mailnet-de.example>", subj="Ihre Anfrage: Nebenkostenabrechnung 2024 – Kostenschutz",
  date="2026-05-18 13:20", sig="lindqvist", lang="de",
  body="""Sehr geehrter Herr Aydın,

danke für Ihren Anruf und die Unterlagen. Ihr Vermieter, die Grundbesitz Rheinblick KG, verlangt mit der Nebenkostenabrechnung 2024 eine Nachzahlung von 1.268,44 € für Ihre Wohnung in der Merheimer Straße 40, 50733 Köln. Sie halten die Umlage der Hausmeisterkosten und der Gartenpflege für falsch.

Ihr Vertrag RS 21 004 867 enthält den Wohnungs-Rechtsschutz für Mieter. Wir übernehmen die Kosten für ein außergerichtliches Tätigwerden Ihres Anwalts (Schadennummer RS-2026-05102). Die Selbstbeteiligung beträgt 250 €.

Alternativ können Sie zunächst unsere telefonische Rechtsberatung nutzen – die ist ohne Selbstbeteiligung. Die Nummer steht auf Ihrer Versicherungskarte.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: quarterly fraud report with aggregated patterns, no names",
  frm=ADDR("schreiber"), to="claims-heads@versicherer.example", subj="Fraud & recourse report Q1 2026",
  date="2026-05-19 16:00", sig="schreiber", sigstyle="short", lang="en",
  body="""Dear colleagues,

the Q1 fraud report in brief (English, because the group fraud committee receives it):

- 412 suspicious cases referred (Q1/2025: 366), 129 confirmed, savings EUR 2.94m.
- Motor: staged rear-end collisions on the A3/A5 remain the biggest cluster (41 confirmed cases, two organised groups, criminal proceedings ongoing).
- Health: 18 confirmed cases of invoices from foreign clinics for treatments that never took place; most came through two agencies in the same city. We have blocked direct billing with both.
- Travel: fake cancellation certificates bought online ("doctor's note in 10 minutes") – 23 cases. Underwriting is adding a check of the issuing doctor.
- Property: jewellery theft claims with receipts generated by the same template – 9 cases.

No case-level data in this mail on purpose; the case list is in the restricted folder of the fraud unit.

Carola""")

M("S", "en", "insurer-to-customer", "travel health: premature labour of a named traveller in Portugal, baby in neonatal ICU",
  frm=ADDR("sorensen"), to="Johanna Lindberg <johanna.lindberg@mail-se.example>", subj="Your daughter's stay at the neonatal unit in Faro",
  date="2026-05-20 18:05", sig="sorensen", lang="en",
  body="""Dear Mrs Lindberg,

thank you for calling us yesterday, and congratulations on the birth of your daughter Alva – I'm glad to hear that you are both stable.

Just to confirm in writing what we discussed:

- Your travel health policy (RKV-4417-8802) covers the premature birth at 33+2 weeks on 17 May and your stay at Hospital Particular do Algarve, because the pregnancy was uncomplicated when you started your trip and you travelled before week 28.
- Alva is covered as a newborn under your policy from birth, including the neonatal intensive care unit. We have sent the hospital a guarantee of payment for 21 days.
- When the neonatologists consider her fit to travel, we will organise and pay for the transport home to Stockholm, with a medical escort if they recommend it.

Please send me the discharge reports of you and Alva when you have them. I'll call you again on Friday.

Warm regards""")

M("N", "de", "internal", "trap: company doctor's office hours moving rooms, no patient",
  frm=ADDR("richter"), to="alle-standort-koeln@versicherer.example", subj="Betriebsärztlicher Dienst zieht um – ab 1. Juni in Raum 1.08",
  date="2026-05-21 12:40", sig="richter", sigstyle="short", lang="de",
  body="""Hallo zusammen,

der betriebsärztliche Dienst zieht am 29. Mai vom Untergeschoss in den ersten Stock, Raum 1.08 (neben der Bibliothek). Der neue Raum hat Tageslicht, einen eigenen Wartebereich und ist barrierefrei erreichbar.

Sprechzeiten ab 1. Juni:
Dienstag 8–12 Uhr (Dr. Lenz)
Donnerstag 13–16 Uhr (Dr. Lenz)
Impfungen und Sehtests für Bildschirmarbeit nach Terminvereinbarung unter -1555

Am 29. Mai bleibt der Dienst geschlossen. In Notfällen wie immer die Ersthelfer der Etage oder 112.

Viele Grüße
Anja""")

M("C", "de", "broker", "sole-trader broker's new bank account and tax number for commission payments",
  frm=ADDR("vogel"), to="provisionsabrechnung@versicherer.example", subj="WG: Neue Bankverbindung Provision – Agentur Hubertus Lenhard",
  date="2026-05-22 09:12", sig="vogel", sigstyle="short", lang="de",
  body="""Hallo liebes Team Provisionen,

bitte die neue Bankverbindung von Herrn Lenhard ab der Juni-Abrechnung hinterlegen. Er ist Einzelunternehmer (Vermittlernummer 44-0719). Den Änderungsantrag im Original hat er mir heute in die Hand gedrückt, liegt bei mir.

Danke!
Katharina Vogel""",
  quote=FW("Hubertus Lenhard <info@lenhard-versicherungen.example>", "21.05.2026, 18:44", "Katharina Vogel", "Neue Bankverbindung Provision", """Liebe Frau Vogel,

wie besprochen, ab sofort bitte die Provisionen auf mein neues Geschäftskonto:

Kontoinhaber: Hubertus Lenhard e.K.
IBAN: """ + IB("DE", "600501010002318877") + """
BW-Bank Stuttgart

Steuernummer bleibt 99012/34567, die neue USt-Erklärung schicke ich nach.

Viele Grüße
Hubertus Lenhard"""))

M("S", "de", "insurer-to-customer", "disability pension accepted for named insured with multiple sclerosis",
  frm=ADDR("stanek"), to="Isabell Krämer <isabell.kraemer@web-postfach.example>", subj="Ihre Berufsunfähigkeitsrente – Leistungsanerkenntnis",
  date="2026-05-26 10:30", sig="stanek", lang="de",
  body="""Sehr geehrte Frau Krämer,

wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung (Vertrag BU 58 330 912) abschließend geprüft.

Nach den Berichten der Neurologischen Klinik Hamburg-Barmbek und Ihres Neurologen Dr. Sadeghi leiden Sie an einer schubförmig-remittierenden Multiplen Sklerose (G35.1) mit deutlicher Fatigue, Gangunsicherheit und Konzentrationsstörungen. Ihre zuletzt ausgeübte Tätigkeit als Grundschullehrerin können Sie seit dem 01.11.2025 zu mehr als 50 % nicht mehr ausüben.

Wir erkennen unsere Leistungspflicht unbefristet an:
- monatliche BU-Rente 1.650 € ab 01.11.2025,
- Befreiung von der Beitragszahlung ab demselben Datum,
- Nachzahlung für November 2025 bis Mai 2026: 11.550 € zzgl. erstatteter Beiträge 612,50 €.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-company", "trap: group health scheme utilisation report for a company, aggregated with small cells merged",
  frm=ADDR("ward"), to="Daniel Roth <daniel.roth@helix-pharma-de.example>", subj="Group health scheme 2025 - utilisation report for the renewal",
  date="2026-05-27 14:00", sig="ward", lang="en",
  body="""Dear Mr Roth,

as every year, here is the anonymised utilisation report of your group health scheme (812 insured employees and 604 family members). Categories with fewer than 10 claimants are merged into "other", so no individual can be identified.

[[t]]

Loss ratio 2025: 78 % (2024: 81 %). We can therefore renew at +3.5 % instead of the +6 % medical inflation we see in the market.

Worth a look: the use of the mental-health hotline doubled after your internal campaign in September. We'd be happy to present the figures at your works council meeting if useful.

Kind regards""",
  tables={"t": ([["Category", "Claimants", "Paid EUR", "Share"],
                 ["Outpatient (GP, specialists)", 1022, "684,310", "38 %"],
                 ["Dental", 611, "402,780", "22 %"],
                 ["Inpatient", 97, "398,120", "22 %"],
                 ["Vision", 288, "71,930", "4 %"],
                 ["Psychotherapy", 64, "118,450", "7 %"],
                 ["Other (merged)", "-", "126,040", "7 %"]], "pad")})

M("C", "en", "insurer-to-customer", "student's household insurance: laptop theft, named insured with DOB and policy",
  frm=ADDR("demir"), to="Sofia Moretti <sofia.moretti@studenti-mail.example>", subj="Your claim - stolen laptop at the university library",
  date="2026-05-28 11:22", sig="demir", lang="en",
  body="""Dear Ms Moretti,

thank you for your claim. I'm sorry your laptop was stolen.

Your policy details:
Insured: Sofia Moretti, born 12.09.2002
Policy: household insurance "Young" HR 59 441 006, including theft outside the home (up to 20 % of the sum insured)
Claim no.: HR-2026-06630

Theft outside the home is covered only if the item was taken by force (for example from a locked locker or from your bag while you were attacked). From your report, the laptop was on the desk in the library while you went to get a coffee. That is unfortunately "simple theft" and is not covered under your policy.

I know this is disappointing. If the library's locker was broken open or anything else happened that you haven't mentioned, please let me know and I'll look at it again.

Best regards""")

M("N", "de", "insurer-to-broker", "trap: blank sample application form with health questions marked 'Muster', no applicant",
  frm=ADDR("falk"), to="agenturen-west@lists.versicherer.example", subj="Neuer Musterantrag Risikoleben – bitte alte Vordrucke vernichten",
  date="2026-05-29 08:35", sig="falk", lang="de",
  body="""Liebe Agenturinhaberinnen und Agenturinhaber,

ab 1. Juni gilt der neue Antragsvordruck für die Risikolebensversicherung (Stand 06/2026). Die Gesundheitsfragen wurden gekürzt und verständlicher formuliert. Den Muster-Antrag (nicht zum Ausfüllen) finden Sie im Anhang, damit Sie Ihre Kundengespräche vorbereiten können.

Bitte vernichten Sie alte Papiervordrucke. Anträge auf dem alten Vordruck nehmen wir nur noch bis 30. Juni an.

Beste Grüße
Bernd Falk""",
  att=[PDF("MUSTER_Antrag_Risikoleben_06-2026.pdf", [("h", "MUSTER – Antrag auf Risikolebensversicherung (Stand 06/2026)"),
        "Zu versichernde Person: Name, Vorname ______________  Geburtsdatum __.__.____  Beruf ______________",
        ("h", "Gesundheitsfragen", 2),
        "1. Größe ___ cm, Gewicht ___ kg",
        "2. Sind Sie in den letzten 5 Jahren wegen einer der folgenden Erkrankungen untersucht, beraten oder behandelt worden: Herz/Kreislauf (z. B. Herzinfarkt, Bluthochdruck), Krebs, Diabetes, Erkrankungen der Psyche, HIV-Infektion? ( ) ja ( ) nein",
        "3. Nehmen Sie regelmäßig Medikamente ein? ( ) ja ( ) nein – wenn ja: welche, Dosis, seit wann?",
        "4. Rauchen Sie oder haben Sie in den letzten 12 Monaten geraucht? ( ) ja ( ) nein",
        ("small", "MUSTER – nicht zur Antragstellung verwenden. Versicherer Lebensversicherung AG, Köln.")], title="Musterantrag")])

M("S", "en", "hospital", "foreign hospital group's reconciliation CSV with patient names and ICD codes; body harmless",
  frm=ADDR("whitfield"), to=ADDR("brandt"), subj="FW: Monthly reconciliation April 2026 - Clinica Internacional",
  date="2026-06-01 10:10", sig="whitfield", sigstyle="short", lang="en",
  body="""Gerrit,

the April reconciliation from the hospital group in Marbella. Three invoices on their list show as open, but I think we paid two of them on 28 April – could your team check against SAP?

Emma""",
  att=[CSV("Reconciliation_Versicherer_2026-04.csv", [
      ["Invoice", "Patient", "DOB", "Admission", "Discharge", "ICD-10", "Amount EUR", "Status"],
      ["CI-26-04411", "Bärbel Neumeyer", "14/02/1949", "03/04/2026", "09/04/2026", "I48.0", "8.412,00", "open"],
      ["CI-26-04427", "Horst Fiedler", "22/10/1955", "06/04/2026", "07/04/2026", "N20.0", "2.106,50", "open"],
      ["CI-26-04459", "Kübra Aslan", "07/07/1990", "12/04/2026", "15/04/2026", "O03.9", "3.780,00", "paid"],
      ["CI-26-04470", "Ernst-August Vollmer", "30/01/1944", "18/04/2026", "29/04/2026", "S72.01", "16.920,00", "open"],
  ], enc="windows-1252", sub="excel")])

M("C", "de", "insurer-to-customer", "motor change of keeper: eVB number, named buyer with birth date; short mobile-style reply",
  frm=ADDR("engel"), to="Patrick Schuh <p.schuh@mobilmail.example>", subj="AW: eVB für den Golf",
  date="2026-06-02 07:58", lang="de", client="mobile",
  body="""Hallo Herr Schuh,

hier Ihre eVB-Nummer für die Zulassung: A7K3M9P

Versicherungsnehmer: Patrick Schuh, geb. 04.03.1996
Fahrzeug: VW Golf VII, FIN WVWZZZAUZHW113409
Tarif: Haftpflicht + Teilkasko, SF 7 übernommen aus Vertrag KF 40 102 588

Gruß
Rüdiger Engel
Kfz-Vertrag""",
  quote=Q("""Moin, brauche für morgen früh die eVB für den gebrauchten Golf, den ich gestern gekauft hab. Daten wie beim alten Auto. Danke! P. Schuh"""))

M("N", "de", "internal", "trap: regulatory reporting calendar (Solvency II), financial figures only",
  frm=ADDR("morgan"), to="rechnungswesen-aktuariat@versicherer.example", subj="Solvency II Berichtskalender Q2 und SFCR-Termine",
  date="2026-06-03 09:05", sig="morgan", sigstyle="short", lang="de",
  body="""Liebe Kolleginnen und Kollegen,

anbei die Termine für das Q2-Reporting an die BaFin:

- 10.07. Stichtag Datenlieferung Kapitalanlagen (QRT S.06.02)
- 17.07. Best Estimate Leben/Kranken (Aktuariat)
- 24.07. SCR-Berechnung Standardformel, erste Runde
- 31.07. Freigabe Vorstand
- 05.08. Einreichung über MVP-Portal der BaFin

Zur Orientierung: Die SCR-Quote der Gruppe lag zum 31.03. bei 218 % (Vorquartal 224 %), Hauptgrund ist der gesunkene Zins.

Bitte plant Urlaube entsprechend.
James""")

M("S", "de", "insurer-to-customer", "chemotherapy mentioned only in the quoted customer mail; reply itself harmless",
  frm=ADDR("brandt"), to="Ursula Demmer <ursula.demmer@posteo-mail.example>", subj="AW: Krankenhausrechnung Uniklinik – bitte direkt bezahlen",
  date="2026-06-04 13:36", sig="brandt", lang="de",
  body="""Sehr geehrte Frau Demmer,

vielen Dank für Ihre Nachricht. Wir haben die Uniklinik heute gebeten, alle weiteren Rechnungen direkt an uns zu schicken. Sie müssen sich um nichts mehr kümmern; die bisherige Rechnung zahlen wir direkt an die Klinik.

Ich wünsche Ihnen viel Kraft.

Mit freundlichen Grüßen""",
  quote=OQ("Ursula Demmer <ursula.demmer@posteo-mail.example>", "Mittwoch, 3. Juni 2026 20:17", "Gerrit Brandt", "Krankenhausrechnung Uniklinik – bitte direkt bezahlen",
           """Sehr geehrter Herr Brandt,

ich bin seit April wegen meines Lymphoms in der Uniklinik Essen in Behandlung und bekomme alle drei Wochen Chemotherapie (R-CHOP, noch 4 Zyklen). Jetzt kam die erste Rechnung über 14.800 € zu mir nach Hause. Das kann ich nicht vorstrecken und ich habe ehrlich gesagt gerade nicht die Kraft, mich um Papierkram zu kümmern.

Können Sie das bitte direkt mit der Klinik klären? Versicherungsnummer 12 338 907.

Danke,
Ursula Demmer"""))

M("C", "en", "insurer-to-claimant", "Italian tourist claimant with tax code and IT IBAN after parking damage; no injuries",
  frm=ADDR("novak"), to="Giulia Ferraro <giulia.ferraro@posta-it.example>", subj="Claim K-2026-010476 - damage to your rental car in Garmisch",
  date="2026-06-05 16:25", sig="novak", lang="en",
  body="""Dear Ms Ferraro,

thank you for the documents. Our policyholder's van damaged the rear bumper of the car you had rented from Europcar while it was parked in Garmisch-Partenkirchen on 22 May. Nobody was in the car and nobody was hurt.

Europcar charged EUR 780 to your credit card for the damage. As our policyholder is liable, we will refund you the EUR 780 plus EUR 25 for expenses.

We have recorded your details as follows:
Giulia Ferraro, Via Mazzini 17, 40137 Bologna, Italy
Codice fiscale: FRRGLI88C51A944K
IBAN: """ + IB("IT", "X0542811101000000123456") + """

Please let me know within a week if anything is wrong; otherwise the payment will be made on 15 June.

Best regards""")


# ---- batch 5 -------------------------------------------------------------

M("N", "en", "insurer-to-supplier", "trap: hotel conference-room invoice query, business numbers only",
  frm=ADDR("baumann"), to="Events <events@rhinequay-hotel.example>", subj="Invoice 2026-EV-1183 - Broker Day 21 May",
  date="2026-06-08 10:40", sig="baumann", sigstyle="short", lang="en",
  body="""Dear Mr Keller,

thank you for a smooth event on 21 May – the feedback from our brokers was very good.

One question on the invoice: we booked 140 day delegates at EUR 79 and were charged for 152. Our final numbers sent on 19 May were 138 (list attached to that mail). Could you please check and send a corrected invoice? The rest (AV package EUR 1,450, evening reception EUR 6,230) is fine.

Best regards
Julia Baumann""")

M("S", "en", "insurer-to-customer", "daughter's English mail about her father's Parkinson's and care level in Spain, answered by the care team",
  frm=ADDR("yilmaz"), to="Claire Hübner-Walsh <claire.walsh@mail-ie.example>", subj="RE: My father's care allowance while living in Spain",
  date="2026-06-09 15:05", sig="yilmaz", lang="en",
  body="""Dear Ms Hübner-Walsh,

thank you for your e-mail. Yes, your father can continue to receive care allowance from his private long-term care insurance while he lives in Spain – within the EU the allowance is paid abroad. Benefits in kind (e.g. a German home care service) are not available there.

For the re-assessment you asked about: because of the progression of his Parkinson's disease, we will arrange a home visit by an assessor. MEDICPROOF works with a Spanish partner; the visit will be in Spanish or English. Please make sure your father has his medication plan and the latest neurologist's letter ready.

If the assessment confirms care level 4, the higher allowance will be paid back to the date of your application (2 June 2026).

Kind regards""",
  quote=OQ("Claire Hübner-Walsh <claire.walsh@mail-ie.example>", "1 June 2026 21:40", "pflege@versicherer.example", "My father's care allowance while living in Spain", """Dear Sir/Madam,

my father, Reinhard Hübner (born 6 February 1940, policy PPV 30 112 775), has lived near Alicante since 2012. He has had Parkinson's for nine years and is currently care level 3. Over the winter he got much worse – he falls regularly, needs help with washing, dressing and eating, and takes levodopa/carbidopa five times a day plus rasagiline. The local doctor says he now needs care 24 hours a day.

I live in Dublin and can only visit every few weeks. Can he keep the care allowance in Spain, and how can we apply for a higher care level?

Many thanks,
Claire Hübner-Walsh""", lang="en"))

M("C", "de", "insurer-to-customer", "glass breakage of a ceramic hob: named customer, policy and claim number",
  frm=ADDR("demir"), to="Lutz Oberndorfer <lutz.oberndorfer@heimpost.example>", subj="Glasbruch Ceranfeld – Schaden GL-2026-01205",
  date="2026-06-10 08:44", sig="demir", sigstyle="short", lang="de", client="thunderbird",
  body="""Guten Morgen Herr Oberndorfer,

danke für die Fotos. Der Sprung im Ceranfeld ist über Ihre Glasversicherung (Vertrag GL 12 448 093) versichert. Sie können den Austausch beauftragen – bis 650 € brauchen wir keinen Kostenvoranschlag, einfach die Rechnung schicken.

Kleiner Hinweis: Versichert ist nur die Glaskeramikplatte, nicht das Kochfeld mit Elektronik. Falls der Monteur das ganze Gerät tauschen will, erstatten wir den Anteil der Glasplatte.

Viele Grüße
Aylin Demir""")

M("N", "de", "newsletter", "trap: broker newsletter on electronic broker post and BiPRO 430 API, no customer data",
  frm="Versicherer Maklerservice <makler-newsletter@versicherer.example>", to="makler-newsletter@lists.versicherer.example",
  subj="Maklerservice aktuell 06/2026: Vermittlerpost per API, neue Dokumentarten", date="2026-06-11 07:15", lang="de", client="system", mailer="Newsletter2Go",
  body="""Maklerservice aktuell – Ausgabe 06/2026

1. Elektronische Vermittlerpost jetzt auch per API
Ab 1. Juli können Sie Ihre Vermittlerpost direkt in Ihr Maklerverwaltungsprogramm (MVP) abholen – Schnittstelle nach BiPRO 430.4 (listShipments, getShipment, acknowledgeShipment). Voraussetzung: ein technischer Benutzer mit Bestandsrechten, den Ihr Makleradministrator im Portal anlegt.

2. Neue Dokumentarten
Leistungsabrechnungen aus der Krankenversicherung werden als eigene Dokumentart (KV-LA) geliefert und sind nur für Benutzer mit dem Recht „Gesundheitsdaten“ sichtbar.

3. Wartungsfenster
Am 20. Juni von 22 bis 2 Uhr ist das Vermittlerportal nicht erreichbar.

4. Ihre Ansprechpartner
Region Nord: Frank Reuter · Region Süd: Katharina Vogel

Sie erhalten diesen Newsletter als registrierter Vertriebspartner. Abmeldung im Portal unter Einstellungen > Benachrichtigungen.""")

M("S", "de", "insurer-to-customer", "child accident insurance: named child's second-degree scald burns and scarring, invalidity check",
  frm=ADDR("albrecht"), to="Melanie Grabowski <melanie.grabowski@familie-mail.example>", subj="Unfall von Lina am 02.03. – Kinderunfallversicherung",
  date="2026-06-12 11:25", sig="albrecht", lang="de",
  body="""Sehr geehrte Frau Grabowski,

vielen Dank für den Bericht der Kinderklinik Cuxhaven. Es tut mir sehr leid, was Lina passiert ist.

Laut Bericht hat sich Lina (4 Jahre) am 02.03.2026 mit heißem Tee am linken Unterarm und an der Brust verbrüht (Verbrühung Grad 2a/2b, ca. 6 % der Körperoberfläche). Sie lag 9 Tage stationär, ein Teil wurde mit Spalthaut gedeckt.

Aus der Kinderunfallversicherung (Vertrag KU 77 204 318) zahlen wir jetzt:
- Krankenhaustagegeld 9 × 50 € = 450 €,
- Kosmetische Operationen: vorgemerkt bis 10.000 €, falls später eine Narbenkorrektur nötig wird.

Ob eine dauerhafte Beeinträchtigung (Invalidität) bleibt, lässt sich erst nach Abschluss der Narbenreifung beurteilen. Bitte melden Sie sich nach der Kontrolle in der Verbrennungssprechstunde im Herbst; dann holen wir einen Befund der Klinik ein.

Alles Gute für Lina!

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "claims-free driving certificate for a named customer moving to Canada: DOB, licence, policy history",
  frm=ADDR("engel"), to="Andreas Kowalczyk <andreas.kowalczyk@mail-ca.example>", subj="Your claims-free driving confirmation for your Canadian insurer",
  date="2026-06-15 13:50", sig="engel", lang="en",
  body="""Dear Mr Kowalczyk,

as requested, here is the confirmation of your insurance history for your new insurer in Ontario. A signed PDF version will follow by post.

-------------------------------------------------------------
TO WHOM IT MAY CONCERN

We confirm that Mr Andreas Kowalczyk, born 2 December 1984, residing until 31 May 2026 at Kastanienallee 9, 04157 Leipzig, Germany, German driving licence no. B0720K4LL51, was insured with us for motor third-party liability and comprehensive cover:

Policy KF 31 008 225, 01/03/2014 – 31/05/2026
Vehicles: Opel Astra (2014–2019), Mazda CX-5 (2019–2026)
At-fault claims during this period: none
No-claims class at termination: SF 12 (12 claims-free years recognised)
-------------------------------------------------------------

Good luck with the move!

Yours sincerely""")

M("N", "en", "insurer-to-partner", "trap: reinsurer audit of disability claims files, findings in aggregate, no names",
  frm=ADDR("adeyemi"), to="Claire Fontaine <claire.fontaine@europa-re.example>", subj="Claims audit 2026 - our response to the findings",
  date="2026-06-16 16:20", sig="adeyemi", lang="en",
  body="""Dear Claire,

thank you for the audit report on the 40 disability claim files your team reviewed in May. Our response to the three findings:

1. "Medical evidence older than 6 months at decision in 7 of 40 files" – agreed. We have introduced a system check that blocks the decision if the latest medical report is older than 180 days, unless the claims handler documents a reason.

2. "Inconsistent use of the 50 % threshold for partial disability in 3 files" – partly agreed. Two files were decided before the 2024 guideline; the third is being re-reviewed.

3. "Follow-up reviews overdue in 11 % of open claims" – agreed. The backlog is due to the staff shortage in Q1; we will be back to the contractual 24-month cycle by September.

As agreed, file numbers were pseudonymised in your report, and we'd like to keep it that way in the final version.

Best regards,
Tunde""")

M("S", "en", "insurer-to-customer", "student's ACL injury: physiotherapy plan with session dates only in the XLSX attachment",
  frm=ADDR("kroeger"), to="Lucas Oliveira <lucas.oliveira@stud.uni-mainz.example>", subj="Physiotherapy after your knee surgery - approved sessions",
  date="2026-06-17 10:00", sig="kroeger", lang="en",
  body="""Dear Mr Oliveira,

your physiotherapist sent us the treatment plan. I've approved the sessions listed in the attached overview; you don't need to send anything else before starting. Please bring the overview to your next appointment so the practice can bill us directly.

Kind regards""",
  att=[XLSX("Approved_physio_plan_Oliveira.xlsx", {"Approved sessions": [
      ["Insured", "Lucas Oliveira", "", "Policy", "72 204 117"],
      ["Diagnosis", "Anterior cruciate ligament reconstruction right knee (S83.53), surgery 28/05/2026", "", "", ""],
      ["Week", "Treatment", "Sessions", "Price per session EUR", "Approved EUR"],
      ["1-2", "Physiotherapy (KG) incl. lymphatic drainage", 4, 38.5, 154.0],
      ["3-6", "Physiotherapy (KG)", 8, 32.0, 256.0],
      ["3-6", "Electrotherapy / cryotherapy", 8, 9.5, 76.0],
      ["7-12", "Medical training therapy (KGG)", 12, 45.0, 540.0],
      ["", "Total", 32, "", 1026.0],
  ]}, author="Sabine Kröger")])

M("C", "de", "insurer-to-claimant", "motor liability: named German claimant, rental-car costs and IBAN; nobody hurt",
  frm=ADDR("brenner"), to="Alexandra Wendt <a.wendt@mailplus.example>", subj="Ihr Schaden vom 28.05.2026 – unser Zeichen K-2026-011208",
  date="2026-06-18 14:15", sig="brenner", lang="de",
  body="""Sehr geehrte Frau Wendt,

als Haftpflichtversicherer des Unfallgegners regulieren wir Ihren Schaden vom 28.05.2026 in Kassel. Personen wurden nach Ihren Angaben und laut Polizeibericht nicht verletzt.

Wir zahlen:
Reparaturkosten laut Rechnung Autohaus Lindner   4.118,30 €
Mietwagen 6 Tage (Gruppe C, abzgl. Eigenersparnis)  486,00 €
Kostenpauschale                                      25,00 €
Summe                                             4.629,30 €

Die Wertminderung lehnt der Sachverständige bei einem Fahrzeugalter von neun Jahren ab; dem schließen wir uns an.

Überweisung an: Alexandra Wendt, IBAN """ + IB("DE", "520700240123458800") + """ (Deutsche Bank).

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: catering order for the staff health day, business numbers only",
  frm=ADDR("richter"), to="Bestellung <bestellung@rheinkueche-catering.example>", subj="Bestellung Catering Gesundheitstag 23.04. – Nachtrag und Rechnung",
  date="2026-06-19 09:10", sig="richter", lang="de",
  body="""Guten Tag Frau Sander,

vielen Dank noch einmal für das tolle Catering am Gesundheitstag – der Salatbuffet-Tisch war bis mittags leer!

Zur Rechnung RK-2026-0412 (3.684,20 €): Wir hatten 220 Portionen vegetarisches Mittagessen à 11,90 € bestellt, abgerechnet sind 240. Laut Ihrem Lieferschein wurden auch 220 geliefert. Bitte korrigieren Sie die Rechnung um 238,00 € netto.

Die Smoothie-Bar (480 €) und die Obstkörbe (36 × 14,50 €) stimmen.

Bitte schicken Sie die korrigierte Rechnung an rechnungseingang@versicherer.example mit Bestellnummer 4500128990.

Viele Grüße""")

M("S", "en", "insurer-to-applicant", "term life application: named applicant's sleep apnoea and CPAP use, underwriting questions",
  frm=ADDR("schulte"), to="Ben Adebayo <ben.adebayo@mailuk.example>", subj="Your term life application LV-A-2026-03018 - a few questions about your sleep apnoea",
  date="2026-06-22 11:45", sig="schulte", lang="en",
  body="""Dear Mr Adebayo,

thank you for your application for term life insurance (EUR 500,000, 25 years).

In the health questions you mentioned obstructive sleep apnoea diagnosed in 2023 and that you use a CPAP machine at night. To assess this, we need a little more information:

1. the result of your sleep study (AHI value at diagnosis) and, if available, a recent check with CPAP;
2. how many hours per night you use the CPAP on average – most machines show this in the app;
3. whether you have high blood pressure, heart rhythm problems or daytime sleepiness while driving;
4. your current weight (you gave 118 kg at 1.88 m in the application – is that still correct?).

A short report from your sleep clinic (Schlaflabor at St. Vinzenz) covering points 1–3 would be ideal. We will pay the doctor's fee.

Kind regards""")

M("C", "en", "insurer-to-partner", "property large-loss notice to reinsurer naming the private owner of a burnt villa",
  frm=ADDR("hartmann"), to="Property Claims <claims-property@europa-re.example>", cc=ADDR("stone"), subj="Large loss notification - fire, private residence Kronberg - our claim GB-2026-00871",
  date="2026-06-23 17:30", sig="hartmann", lang="en",
  body="""Dear colleagues,

in accordance with the notification clause of the property surplus treaty, we advise the following large loss:

Insured: Dr. Gregor Falkenhayn (private individual)
Risk: detached villa, Am Hohen Weg 3, 61476 Kronberg im Taunus
Policy: WG 40 017 559 (buildings, high-value homes), sum insured EUR 4.8m, contents EUR 1.2m
Date of loss: 20 June 2026
Cause: fire starting in the garage, probably a charging e-bike battery; fire brigade report pending. The family was not at home; no one was injured.
First reserve: EUR 2.3m buildings, EUR 0.6m contents, EUR 0.15m alternative accommodation

Loss adjuster: Crawford, Mr Meissner. We will update you after the first site report.

Best regards,
Sven Hartmann""")

M("N", "en", "internal", "trap: domain certificate expiry notice for the gateway, technical only",
  frm="Siegel Certificate Monitor <pki-monitor@versicherer.example>", to="pki-team@versicherer.example",
  subj="[Siegel] Domain certificate for versicherer.example expires in 30 days", date="2026-06-24 06:00", lang="en", client="system", mailer="Siegel 1.4",
  body="""Certificate expiry warning

Subject:       CN=versicherer.example, O=Versicherer Holding AG, C=DE
Type:          S/MIME domain certificate (gateway-to-gateway)
Serial:        4F:2A:91:0C:77:E3:18:5B
Issuer:        CN=Example Trust S/MIME CA 2023
Not after:     2026-07-24 12:00:00 UTC (in 30 days)
Key:           RSA 3072, stored encrypted (slot 2)
Used for:      signing of outgoing mail; decryption of gateway-to-gateway mail from 37 partner domains

Action needed: request a renewal from the CA and import the new PKCS#12 before the expiry date. Partner domains will receive the new certificate automatically with the next signed mail.

This message is generated daily until the certificate is renewed.""")

M("S", "de", "insurer-to-customer", "care allowance application: Parkinson care diary for named insured only in the ODT attachment",
  frm=ADDR("yilmaz"), to="Birgit Sommerfeld <birgit.sommerfeld@mailanbieter.example>", subj="Ihr Antrag auf Pflegetagegeld – Pflegetagebuch zurück",
  date="2026-06-25 10:05", sig="yilmaz", lang="de",
  body="""Sehr geehrte Frau Sommerfeld,

vielen Dank für das ausgefüllte Pflegetagebuch. Wir haben es an die Gutachterin weitergegeben; sie meldet sich in den nächsten zwei Wochen für einen Termin bei Ihrem Vater.

Anbei schicke ich Ihnen Ihre Angaben als Datei zurück, damit Sie beim Termin alles zur Hand haben.

Mit freundlichen Grüßen""",
  att=[ODT("Pflegetagebuch_Sommerfeld_Juni2026.odt", [("h", "Pflegetagebuch – Horst Sommerfeld, geb. 11.03.1938"),
        "Vertrag PTG 31 440 208 · geführt von: Birgit Sommerfeld (Tochter) · Zeitraum 08.06.–14.06.2026",
        "Diagnosen lt. Hausarzt: Morbus Parkinson (G20.1), Herzinsuffizienz NYHA II, beginnende Demenz",
        ("t", [["Tätigkeit", "Hilfe", "Minuten/Tag"],
               ["Aufstehen, Zubettgehen", "vollständige Übernahme, nachts 2x Toilettengang mit Hilfe", "35"],
               ["Waschen, Duschen", "Duschen nur mit Hilfe, Sturzgefahr", "30"],
               ["An-/Auskleiden", "Knöpfe und Schuhe gehen nicht mehr", "20"],
               ["Medikamente", "L-Dopa 5x täglich, muss gestellt und erinnert werden", "15"],
               ["Essen", "Kleinschneiden, Zittern beim Trinken", "25"],
               ["Orientierung", "vergisst Termine, verlegt Dinge, einmal nachts im Treppenhaus", "-"]]),
        "Bemerkung: Seit dem Sturz im Mai nutzt mein Vater den Rollator auch in der Wohnung."])])

M("N", "de", "internal", "trap: text module for dental claims with «placeholders», no real customer",
  frm=ADDR("wendland"), to="team-zahn@versicherer.example", subj="Neuer Textbaustein ZE-17 (Zahnstaffel überschritten) – bitte ab sofort nutzen",
  date="2026-06-26 14:50", sig="wendland", sigstyle="short", lang="de",
  body="""Hallo Team,

nach den Beschwerden über unverständliche Kürzungen haben wir den Baustein ZE-17 neu formuliert. Er steht ab heute in der Textverarbeitung. Die Felder in «» füllt das System.

---
Sehr geehrte«r» «Anrede» «Nachname»,

für die Behandlung bei «Zahnarzt» vom «Datum» haben wir «Erstattungsbetrag» erstattet. Ihr Tarif «Tarifname» begrenzt die Erstattung für Zahnersatz im «Versicherungsjahr». Versicherungsjahr auf «Staffelbetrag». Davon haben Sie bereits «bisher_erstattet» in Anspruch genommen.

Ab dem «Datum_Staffelende» gilt die nächste Stufe; Rechnungen ab diesem Datum erstatten wir wieder bis «Staffel_neu».
---

Bitte nicht mehr frei formulieren, und bitte keine Diagnosen in den Baustein schreiben – die stehen in der Abrechnung.

Danke!
Tobias""")

M("C", "de", "insurer-to-customer", "change of ownership of an insured house: named buyer and seller, purchase date and policy",
  frm=ADDR("demir"), to="Jasper und Lea Neuhaus <neuhaus.jasper@mailbox-web.example>", subj="Eigentümerwechsel Immenweg 14 – Ihre Wohngebäudeversicherung",
  date="2026-06-29 09:30", sig="demir", lang="de",
  body="""Sehr geehrte Frau Neuhaus, sehr geehrter Herr Neuhaus,

herzlichen Glückwunsch zum Hauskauf! Der Notar hat uns mitgeteilt, dass Sie das Haus Immenweg 14, 27751 Delmenhorst, von Frau Gertrud Albers gekauft haben; der Übergang von Nutzen und Lasten ist am 01.07.2026.

Mit dem Eigentumswechsel geht die bestehende Wohngebäudeversicherung (Vertrag WG 29 551 803) kraft Gesetzes auf Sie über (§ 95 VVG). Sie haben ein Sonderkündigungsrecht innerhalb eines Monats nach Eintragung im Grundbuch.

Damit wir den Vertrag auf Sie umschreiben können, bitte ich um:
- Ihre Geburtsdaten,
- die neue Bankverbindung für den Beitragseinzug,
- Angaben zu geplanten Umbauten (Sie erwähnten eine PV-Anlage).

Freundliche Grüße""")

M("S", "en", "insurer-to-customer", "expat's German doctor's letter (diabetes) quoted below the English reply of the expat service",
  frm=ADDR("clarke"), to="Ming Zhao <ming.zhao@mailbox-cn.example>", subj="RE: Fwd: Arztbrief - what does it mean for my insurance?",
  date="2026-06-30 12:20", sig="clarke", lang="en",
  body="""Dear Mr Zhao,

happy to help with the German. In short, the letter from Dr Brenninkmeyer says:

- You have type 2 diabetes, newly diagnosed; your long-term blood sugar value (HbA1c) is 7.8 %.
- She prescribes metformin 500 mg, once a day for two weeks, then twice a day.
- She recommends a diabetes education course and an eye examination.

For your insurance: all of this is covered under your plan – the medication, the course (we pay up to EUR 300) and the eye exam. Diabetes is a chronic condition, and chronic conditions are covered without limit in your plan. Your premium does not change because of a diagnosis.

Best regards""",
  quote="""-----Original Message-----
From: Ming Zhao <ming.zhao@mailbox-cn.example>
Sent: Monday, June 29, 2026 18:02
To: Expat Service
Subject: Fwd: Arztbrief - what does it mean for my insurance?

Hello, I got this letter from my doctor, but my German is not good. Will my insurance pay? Thank you. Ming Zhao, EXP-3310-0291

> Sehr geehrter Herr Zhao,
> bei Ihnen besteht ein neu diagnostizierter Diabetes mellitus Typ 2 (E11.9), HbA1c 7,8 %.
> Ich verordne Metformin 500 mg 1-0-0 für 14 Tage, danach 1-0-1.
> Empfohlen: Teilnahme an einer Diabetesschulung, augenärztliche Untersuchung (Fundoskopie).
> Kontrolle in 3 Monaten.
> Mit freundlichen Grüßen
> Dr. med. Ilse Brenninkmeyer, Fachärztin für Innere Medizin""")

M("N", "en", "insurer-to-partner", "trap: reinsurer research webinar on GLP-1 drugs and mortality, no person",
  frm=ADDR("okafor"), to="Ewan Doyle <ewan.doyle@celtic-life.example>", subj="Re: GLP-1 research webinar - slides?",
  date="2026-07-01 09:15", sig="okafor", sigstyle="short", lang="en",
  body="""Hi Ewan,

yes, the slides from the Europa Re webinar are on their client portal under "Research > Biometric trends". The key messages I took away:

- Population-level mortality improvement from GLP-1 drugs is expected to be modest until 2030 (0.5–1 % on all-cause mortality for the 40–70 population), more in later years if access widens.
- For underwriting, the real question is how to rate an applicant whose BMI dropped from 38 to 29 on medication – the consensus seems to be to rate on the pre-treatment BMI for the first two years.
- Persistence is low: around half of users stop within a year.

No data from our portfolio was used. Happy to discuss over a coffee in Dublin.

Chidi""")

M("C", "de", "insurer-to-customer", "trip cancellation due to named customer's job loss (no health): termination letter, booking value",
  frm=ADDR("seidel"), to="Stephanie Roloff <stephanie.roloff@web-mail.example>", subj="Reiserücktritt wegen Arbeitsplatzverlust – Schaden RR-2026-02817",
  date="2026-07-02 14:00", sig="seidel", lang="de",
  body="""Sehr geehrte Frau Roloff,

vielen Dank für die Kündigungsbestätigung Ihres Arbeitgebers (Druckhaus Mertens GmbH, betriebsbedingte Kündigung vom 15.05.2026) und die Stornorechnung des Reiseveranstalters.

Der unerwartete Verlust des Arbeitsplatzes durch betriebsbedingte Kündigung ist in Ihrem Tarif Reiserücktritt Plus versichert. Wir erstatten die Stornokosten von 2.140 € (80 % des Reisepreises für die Kreta-Reise vom 18.07. bis 01.08.2026) abzüglich 10 % Selbstbeteiligung, also 1.926 €.

Die Auszahlung erfolgt auf Ihr Konto mit der Endung 3390.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: deletion concept with retention periods for health claim files, no person",
  frm=ADDR("meier"), to=["Gerrit Brandt <gerrit.brandt@versicherer.example>", "Sabine Kröger <sabine.kroeger@versicherer.example>"],
  subj="Löschkonzept Leistungsakten KV – Entwurf v0.3", date="2026-07-03 11:11", sig="meier", sigstyle="short", lang="de",
  body="""Hallo Gerrit, hallo Sabine,

der Entwurf für die Löschfristen der Leistungsakten, bitte bis 17.07. kommentieren:

| Dokumentart | Frist | Beginn |
| Arzt-/Zahnarztrechnungen, Rezepte | 10 Jahre | Ende des Jahres der Erstattung |
| Arztberichte, Gutachten | 10 Jahre | Vertragsende |
| Kostenzusagen Krankenhaus | 10 Jahre | Ende des Jahres der Zusage |
| Korrespondenz ohne Leistungsbezug | 3 Jahre | Ende des Jahres |
| Beschwerden | 5 Jahre | Abschluss |

Offener Punkt: Brauchen wir Arztberichte wirklich bis zum Vertragsende (bei der PKV oft Jahrzehnte)? Recht meint ja wegen der Verletzung vorvertraglicher Anzeigepflichten, ich halte 10 Jahre ab Eingang für vertretbar.

Gruß
Thomas""")

M("S", "de", "rehab-clinic", "rehab clinic discharge report for a disability claim only in the DOCX; body harmless",
  frm=ADDR("stanek"), to=ADDR("koenig"), subj="BU 60 118 274 – Reha-Entlassbericht zur Stellungnahme",
  date="2026-07-06 15:35", sig="stanek", sigstyle="short", lang="de",
  body="""Hallo Felix,

anbei der Reha-Bericht, um den du gebeten hattest. Kannst du bis Ende nächster Woche eine Einschätzung zur Leistungsfähigkeit im zuletzt ausgeübten Beruf geben?

Danke und Gruß
Oliver""",
  att=[DOCX("Reha-Entlassbericht_Bergmann.docx", [("h", "Rehaklinik Sonnenhang Bad Salzuflen – Ärztlicher Entlassungsbericht"),
        "Patient: Thorsten Bergmann, geb. 23.07.1971 · Aufenthalt: 19.05.–16.06.2026 · Kostenträger: DRV Westfalen",
        ("h", "Diagnosen", 2),
        "1. Chronisches lumbales Schmerzsyndrom bei Spondylolisthesis L5/S1 (M43.17), Z. n. Spondylodese 11/2025\n2. Mittelgradige depressive Episode (F32.1)\n3. Adipositas Grad I (BMI 32)",
        ("h", "Sozialmedizinische Beurteilung", 2),
        ("t", [["Tätigkeit", "Leistungsvermögen"],
               ["Letzte berufliche Tätigkeit: Dachdecker", "unter 3 Stunden"],
               ["Allgemeiner Arbeitsmarkt, leichte Tätigkeiten, wechselnde Körperhaltung", "6 Stunden und mehr"]]),
        "Entlassung arbeitsunfähig. Empfehlung: Fortführung der Psychotherapie, Rehasport, Prüfung von Leistungen zur Teilhabe am Arbeitsleben."], author="Rehaklinik Sonnenhang")])

M("C", "en", "insurer-to-customer", "yacht insurance claim for a named private owner in Mallorca; no injuries",
  frm=ADDR("osei"), to="Henrik Aalto <henrik.aalto@mail-fi.example>", subj="Your yacht 'Saimaa' - grounding near Cala d'Or - claim YA-2026-0144",
  date="2026-07-07 10:45", sig="osei", lang="en",
  body="""Dear Mr Aalto,

thank you for reporting the grounding of your sailing yacht "Saimaa" (Hallberg-Rassy 40, hull no. HR40-0217) on 3 July near Cala d'Or. I'm glad that you and your guests are all fine.

Your yacht hull policy (YK 20 660 413, agreed value EUR 265,000, deductible EUR 1,500) covers the damage. Next steps:

1. Please have the yacht lifted and inspected at the yard in Porto Petro as you suggested. Our surveyor in Palma, Mr Capó, will attend – he will call you today.
2. Keep all receipts for the lift-out and the diver.
3. Please send us a short written account and, if you have it, the chart plotter track of the approach.

Best regards""")

M("N", "en", "internal", "trap: HR welcome info for international hires on how German health insurance works, generic",
  frm=ADDR("weiss"), to="new-joiners-2026@versicherer.example", subj="Welcome to Cologne! Practical info: health insurance, registration, tax ID",
  date="2026-07-08 08:30", sig="weiss", lang="en",
  body="""Dear new colleagues,

welcome to Versicherer! Many of you are moving to Germany for this job, so here is a short guide to the first weeks.

1. Register your address (Anmeldung) at the Bürgeramt within 14 days. You'll receive your tax ID by post a few weeks later – please forward the letter to payroll.

2. Health insurance is compulsory. If your salary is below the threshold (EUR 73,800 in 2026), you join a statutory fund of your choice. Above it, you can choose private health insurance – as an employee of an insurer you'll be tempted, but please take independent advice, as the decision is hard to reverse.

3. Doctors: you can choose your GP freely. The 116117 service helps with appointments and out-of-hours care. In an emergency call 112.

4. Company benefits: company pension (direct insurance), group accident insurance, Deutschlandticket subsidy, and the employee assistance programme with free counselling.

Questions? Write to onboarding@versicherer.example.

Best wishes,
Nadine Weiß, HR""")

M("C", "de", "insurer-to-customer", "horse owner's liability: named customer, horse damaged a neighbour's fence; no injuries",
  frm=ADDR("oltmanns"), to="Cornelia Vahrenholt <c.vahrenholt@landpost.example>", subj="Tierhalterhaftpflicht – Ihre Stute „Fina“ und der Weidezaun",
  date="2026-07-09 13:05", sig="oltmanns", lang="de",
  body="""Sehr geehrte Frau Vahrenholt,

danke für Ihre Meldung. Ihre Stute Fina hat am 04.07.2026 auf der Weide in Wietzen den Zaun zum Nachbargrundstück von Herrn Bernhard Luttmann durchbrochen; es entstand Schaden an 24 m Holzzaun und an einem Gemüsebeet. Menschen und andere Tiere kamen nicht zu Schaden.

Der Schaden fällt unter Ihre Pferdehalterhaftpflicht (Vertrag TH 17 330 812), Schadennummer HP-2026-07712. Herr Luttmann hat uns einen Kostenvoranschlag über 1.860 € geschickt; wir prüfen ihn und melden uns direkt bei ihm.

Die Reparatur Ihres eigenen Weidezauns ist nicht über die Haftpflicht versichert.

Freundliche Grüße""")

M("S", "de", "insurer-to-customer", "periodontal treatment plan for named customer with findings and GOZ items",
  frm=ADDR("wendland"), to="Hans-Peter Ulrich <hp.ulrich@mail-online.example>", subj="Ihre Parodontitis-Behandlung – Kostenzusage",
  date="2026-07-10 09:20", sig="wendland", lang="de",
  body="""Sehr geehrter Herr Ulrich,

Ihre Zahnärztin Dr. Rösner hat uns den Behandlungsplan für die systematische Parodontitistherapie geschickt. Befund: Parodontitis Stadium III, Grad B, Taschentiefen bis 7 mm an 14 Zähnen, Rauchen als Risikofaktor.

Geplant sind:
- antiinfektiöse Therapie (geschlossenes Vorgehen, GOZ 4070/4075) an 28 Zähnen,
- Nachuntersuchung und unterstützende Parodontitistherapie (UPT) über zwei Jahre, zunächst alle 3 Monate,
- ggf. chirurgische Therapie an den Zähnen 16 und 26.

Aus Ihrem Tarif ZahnPlus 70 erstatten wir 70 % der Kosten, laut Plan 1.214 € von 1.734 €. Die UPT-Sitzungen sind ebenfalls versichert.

Gute Besserung und freundliche Grüße""")


# ---- batch 6 -------------------------------------------------------------

M("N", "de", "internal", "trap: heat-wave health tips for office staff (iso-8859-1), no person",
  frm=ADDR("richter"), to="alle-mitarbeitenden@versicherer.example", subj="Hitze im Büro – was hilft, was wir tun",
  date="2026-07-13 08:05", sig="richter", sigstyle="short", lang="de", charset="iso-8859-1",
  body="""Liebe Kolleginnen und Kollegen,

der Deutsche Wetterdienst meldet für Köln ab Mittwoch Temperaturen über 33 °C. Was wir tun:

- Die Klimaanlage im Altbau (Trakt B) läuft ab 6 Uhr im Vorkühlbetrieb.
- Ab 26 °C Raumtemperatur stellen wir in allen Teeküchen kostenlos Mineralwasser bereit.
- Die Kleiderordnung im Haus ist bis auf Weiteres gelockert (keine Krawatte, kein Sakko).
- Homeoffice ist nach Absprache mit der Führungskraft auch über das übliche Kontingent hinaus möglich.

Und was Sie selbst tun können: viel trinken, Jalousien morgens schließen, Mittagspause im Schatten. Bei Kopfschmerzen, Schwindel oder Übelkeit bitte eine Pause einlegen und im Zweifel die Ersthelfer der Etage ansprechen.

Viele Grüße
Anja Richter""")

M("C", "en", "insurer-to-broker", "motor fleet schedule of a company with named drivers and birth dates in an XLSX sent as octet-stream",
  frm=ADDR("engel"), to="Oliver Whitcombe <o.whitcombe@thamesmarine-brokers.example>", subj="Fleet policy Hartley Logistics GmbH - named drivers for the renewal",
  date="2026-07-14 11:30", sig="engel", lang="en",
  body="""Hi Oliver,

as discussed, the current list of named drivers for the Hartley fleet (policy KF-F 80 220 117) is attached. For the renewal at 1 October we need from your client:

- new drivers since January (name, date of birth, licence date),
- drivers who have left,
- any at-fault claims we don't know about.

The two drivers under 23 (rows 6 and 9) trigger the young-driver surcharge; if they only drive the vans, we can restrict them to the van category and save about EUR 1,100.

Cheers,
Rüdiger""",
  att=[XLSX("Hartley_named_drivers_2026.xlsx", {"Drivers": [
      ["No.", "Name", "Date of birth", "Licence since", "Vehicle group", "At-fault claims 3y"],
      [1, "Gordon Hartley", "1962-05-30", "1980", "all", 0],
      [2, "Monika Hartley", "1965-11-12", "1983", "cars", 0],
      [3, "Dariusz Nowak", "1979-03-08", "1998", "vans, trucks 7.5t", 1],
      [4, "Ahmet Karaca", "1987-09-21", "2006", "vans", 0],
      [5, "Lisa Pohl", "1991-01-17", "2009", "cars", 0],
      [6, "Kevin Bär", "2004-04-02", "2022", "vans", 1],
      [7, "Ivana Marković", "1983-12-29", "2002", "vans, trucks 7.5t", 0],
      [8, "Jörg Sänger", "1970-07-07", "1988", "trucks 7.5t", 0],
      [9, "Finn Albrecht", "2005-08-15", "2023", "vans", 0],
  ]}, author="Rüdiger Engel", octet=True)])

M("S", "de", "insurer-to-customer", "hospital daily allowance after caesarean birth of named insured; base64 body",
  frm=ADDR("brandt"), to="Theresa Großkopf <theresa.grosskopf@mailwelt.example>", subj="Krankenhaustagegeld nach der Geburt – Abrechnung",
  date="2026-07-15 10:25", sig="brandt", lang="de", cte="base64",
  body="""Sehr geehrte Frau Großkopf,

herzlichen Glückwunsch zur Geburt Ihres Sohnes!

Laut Entlassungsbericht des Marienhospitals Stuttgart wurden Sie vom 02.07. bis 07.07.2026 stationär behandelt. Die Entbindung erfolgte per sekundärer Sectio in der 39. Schwangerschaftswoche wegen Geburtsstillstand; danach benötigten Sie wegen eines Blutverlusts von ca. 1.200 ml eine Bluttransfusion.

Aus Ihrem Krankenhaustagegeldtarif KHT 50 zahlen wir für 6 Tage je 50 € = 300 €. Für die Entbindung ist zusätzlich die Pauschale von 500 € vereinbart. Insgesamt überweisen wir 800 € auf Ihr Konto.

Ihren Sohn können Sie bis zum Ende des zweiten Lebensmonats ohne Gesundheitsprüfung in Ihre Krankenversicherung aufnehmen lassen. Das Formular liegt dem Brief bei, den Sie per Post erhalten.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: anonymised repatriation decision case for team training, no identifiable person",
  frm=ADDR("sorensen"), to="assistance-team@versicherer.example", subj="Case of the month (anonymised): air ambulance or commercial flight?",
  date="2026-07-16 14:00", sig="sorensen", sigstyle="short", lang="en",
  body="""Hi team,

this month's case for our Thursday discussion. Details changed so it can't be linked to a real file.

An insured person in their seventies, on holiday in the Canary Islands, has a mild stroke. After 6 days the hospital says the patient is stable, can walk with help, speech slightly affected. The treating doctor says "fit to fly with a medical escort". The family wants an air ambulance "to be safe"; the assistance company quotes EUR 24,500 for the jet and EUR 6,800 for a commercial flight with stretcher and doctor.

Questions for Thursday:
1. Whose decision is it, medically and contractually?
2. What information do we need from the hospital before deciding?
3. How do we explain the decision to the family without sounding like we only care about money?

Mette""")

M("C", "de", "insurer-to-customer", "legal expenses advice for divorce: named customer and spouse, policy, no special-category data",
  frm=ADDR("lindqvist"), to="Katja Brüggemann <katja.brueggemann@mail-provider.example>", subj="Beratungs-Rechtsschutz im Familienrecht – Ihre Anfrage",
  date="2026-07-17 09:40", sig="lindqvist", lang="de",
  body="""Sehr geehrte Frau Brüggemann,

Sie haben uns mitgeteilt, dass Sie sich von Ihrem Ehemann, Herrn Ralf Brüggemann, trennen und sich vor einem Scheidungsantrag anwaltlich beraten lassen möchten.

Ihr Rechtsschutzvertrag RS 22 601 447 umfasst den Beratungs-Rechtsschutz im Familien- und Erbrecht. Wir übernehmen die Kosten für eine Erstberatung bei einer Anwältin oder einem Anwalt Ihrer Wahl bis 250 € (Schadennummer RS-2026-07781). Das Scheidungsverfahren selbst ist nicht versichert; das ist bei allen Rechtsschutzversicherern so.

Falls Sie noch keine Kanzlei haben, nennen wir Ihnen gern eine spezialisierte Fachanwältin in Ihrer Nähe.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-press", "trap: press release on a dental-health study with percentages, no person; HTML",
  frm=ADDR("baumann"), to="presseverteiler@lists.versicherer.example", subj="Pressemitteilung: Jeder Dritte verschiebt den Zahnarztbesuch aus Kostengründen",
  date="2026-07-20 10:00", sig="baumann", lang="de", html=True, client="outlook",
  body="""PRESSEMITTEILUNG

Jeder Dritte verschiebt den Zahnarztbesuch aus Kostengründen

Köln, 20. Juli 2026 – 34 Prozent der Deutschen haben in den vergangenen zwei Jahren eine empfohlene Zahnbehandlung aufgeschoben, weil sie die Kosten scheuten. Das zeigt die repräsentative Studie „Zahngesundheit 2026“ des Versicherers mit 2.500 Befragten.

Die Ergebnisse im Überblick:
• Am häufigsten aufgeschoben werden Zahnersatz (41 %) und professionelle Zahnreinigung (29 %).
• 58 % wissen nicht, wie hoch der Festzuschuss der gesetzlichen Kasse für eine Krone ist.
• Wer eine Zahnzusatzversicherung hat, geht doppelt so oft zur Vorsorge.

„Aufgeschobene Behandlungen werden später meist teurer – für die Zähne und das Portemonnaie“, sagt Birgit Oppermann, Vorständin der Versicherer Krankenversicherung a.G.

Die vollständige Studie steht unter www.versicherer.example/presse zum Download bereit.

Pressekontakt: Julia Baumann, Unternehmenskommunikation""", disc=False)

M("S", "en", "insurer-to-partner", "facultative submission to a reinsurer: named applicant's cardiac history and ECG",
  frm=ADDR("adeyemi"), to="Facultative Life <fac-life@europa-re.example>", subj="Fac submission FS-2026-0418 - term life EUR 2.5m",
  date="2026-07-21 13:20", sig="adeyemi", lang="en",
  body="""Dear colleagues,

we'd like your facultative offer on the following case (above our retention of EUR 1m):

Life assured: Mr Konstantin Dreyer, born 18/03/1970, managing director, Hamburg
Product: term life, EUR 2.5m, 15 years (business loan protection)
Amount ceded: EUR 1.5m

Medical summary:
- 2019: NSTEMI, one drug-eluting stent in the LAD; full recovery, back at work after 6 weeks.
- Current medication: ASS 100 mg, atorvastatin 40 mg, bisoprolol 2.5 mg.
- Stress echo 04/2026: no inducible ischaemia, LVEF 58 %.
- LDL 68 mg/dl, BP 128/78, BMI 26.4, non-smoker since 2019.

Our proposed rating: +75 %. Full APS and the stress echo report will be uploaded to the secure exchange under the same reference.

Kind regards,
Tunde""")

M("N", "en", "insurer-to-partner", "trap: treaty wording on communicable-disease exclusion, general clause text",
  frm=ADDR("stone"), to="Tom Ashworth <tom.ashworth@lime-street-re-brokers.example>", subj="Communicable disease exclusion - our preferred wording",
  date="2026-07-22 15:30", sig="stone", sigstyle="short", lang="en",
  body="""Tom,

for the property per-risk treaty, please use LMA5394 only as a fallback. Our preferred wording (already accepted by two of the leads):

"This Reinsurance excludes any loss, damage, liability, cost or expense directly caused by a Communicable Disease, save that this exclusion shall not apply to physical loss or damage to property caused by fire, explosion, windstorm or flood, even where a Communicable Disease is present at the insured location. Communicable Disease means any disease which can be transmitted by means of any substance or agent from any organism to another organism."

The carve-back for physical damage is important for us; without it the hospital and care-home portfolio would become hard to place.

Rebecca""")

M("C", "de", "insurer-to-customer", "parking bump in a supermarket car park: named customer, plate, claim number; short reply",
  frm=ADDR("brenner"), to="Dirk Menzel <dirk.menzel@kabelpost.example>", subj="AW: Parkplatzrempler Kaufland Wittenberge",
  date="2026-07-23 16:48", lang="de", client="mobile",
  body="""Hallo Herr Menzel,

danke, Ihre Meldung ist angekommen. Schadennummer: K-2026-013309, Ihr Fahrzeug PR-DM 88, Vertrag KF 47 003 221.

Der Halter des anderen Wagens (Kennzeichen laut Ihrem Zettel) hat sich noch nicht bei uns gemeldet. Sobald er das tut, regulieren wir seinen Schaden; Ihr SF-Rabatt wird dann zurückgestuft, es sei denn, Sie erstatten uns den Betrag (bis 1.000 € lohnt sich das oft).

Gruß, Markus Brenner""",
  quote=Q("""hab beim ausparken einen anderen wagen gestreift, zettel mit meiner nummer hinterlassen. kennzeichen PR-KL 412. keiner verletzt, nur kratzer. was muss ich tun? menzel"""))

M("N", "de", "internal", "trap: new-business statistics for disability insurance by occupational group, aggregates",
  frm=ADDR("schulte"), to="vertriebssteuerung@versicherer.example", subj="BU-Neugeschäft H1/2026 nach Berufsgruppen",
  date="2026-07-24 11:45", sig="schulte", sigstyle="short", lang="de",
  body="""Hallo zusammen,

die Halbjahreszahlen für die Vertriebsrunde:

Berufsgruppe        Anträge   angenommen normal   mit Zuschlag/Ausschluss   abgelehnt   zurückgestellt
1+ (Akademiker)       2.410        71 %                 22 %                   4 %           3 %
1                     3.115        66 %                 26 %                   5 %           3 %
2                     2.280        58 %                 31 %                   8 %           3 %
3                     1.092        49 %                 35 %                  12 %           4 %
4 (Handwerk schwer)     386        41 %                 33 %                  21 %           5 %

Häufigste Ausschlussklauseln: Wirbelsäule (38 %), Psyche (24 %), Knie (11 %). Die Quote der Risikovoranfragen ohne späteren Antrag liegt bei 44 % – da verlieren wir viel.

Gruß
Marlene""")

M("S", "de", "insurer-to-hospital", "cost coverage for a named patient's hip replacement sent to the clinic (windows-1252)",
  frm=ADDR("brandt"), to="Patientenaufnahme <aufnahme@orthoklinik-weserbergland.example>", subj="Kostenzusage – Frau Margarete Ossenbrügge, geb. 14.08.1951",
  date="2026-07-27 08:40", sig="brandt", lang="de", charset="windows-1252",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte

Frau Margarete Ossenbrügge, geb. 14.08.1951, Versicherungsnummer 10 447 182, Tarif Vital 100 / Einbettzimmer

übernehmen wir die Kosten der geplanten stationären Behandlung ab 03.08.2026:

Diagnose: primäre Coxarthrose rechts (M16.1)
Eingriff: Implantation einer Hüft-Totalendoprothese rechts
voraussichtliche Verweildauer: 6–8 Tage
Wahlleistungen: Einbettzimmer und Chefarztbehandlung (Prof. Dr. Hagemann)

Die allgemeinen Krankenhausleistungen rechnen Sie bitte nach DRG direkt mit uns ab. Eine anschließende Anschlussheilbehandlung bitten wir vorab mit uns abzustimmen.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: DPIA meeting minutes for a claims app, generic risks only",
  frm=ADDR("meier"), to=["Priya Raman <priya.raman@versicherer.example>", "Tim Fischer <tim.fischer@versicherer.example>", "Emma Whitfield <emma.whitfield@versicherer.example>"],
  subj="Minutes: DPIA workshop 'Claims App International' 27 July", date="2026-07-28 17:10", sig="meier", sigstyle="short", lang="en",
  body="""Hi all,

minutes of today's DPIA workshop, in English because of Emma's Dublin team:

1. Processing: expats submit medical invoices and reports by photo in the app; OCR in our data centre; no processing outside the EU.
2. Risks identified (high): photos stay in the phone gallery; push notifications could reveal claim content on the lock screen; OCR vendor support access.
3. Measures agreed:
   - photos are taken inside the app and never written to the gallery;
   - push notifications say only "Your claim has an update";
   - vendor support access only via our jump host, logged, with 4-eyes approval.
4. Residual risk: acceptable after the measures. No consultation with the supervisory authority needed.

Owner for the measures: Priya (app), Tim (vendor access). Next review: before go-live in October.

Thomas""")

M("C", "en", "insurer-to-customer", "named dog owner's liability certificate for the Berlin dog registry, with policy and dog's chip",
  frm=ADDR("kowalski"), to="Marta Kowalewska <marta.k@mail-pl.example>", subj="Insurance certificate for your dog - Berlin dog registry",
  date="2026-07-29 10:35", sig="kowalski", lang="en",
  body="""Dear Ms Kowalewska,

here is the confirmation you need for the Berlin dog registry (Hunderegister). You can upload this e-mail as a PDF or print it.

-------------------------------------------------------------
CONFIRMATION OF INSURANCE (§ 16 Hundegesetz Berlin)

Policyholder: Marta Kowalewska, Boxhagener Straße 77, 10245 Berlin
Policy: dog owner's liability TH 17 441 930
Dog: "Kuba", mixed breed, male, born 2021, microchip 616093900281174
Cover: EUR 10m for personal injury and property damage, period from 01/08/2026, renewed annually
-------------------------------------------------------------

Best regards""")

M("S", "de", "therapist", "physiotherapy practice's question about direct billing with patient's diagnosis, inline forward",
  frm=ADDR("kowalski"), to=ADDR("kroeger"), subj="WG: Direktabrechnung Heilmittelverordnung Frau Tannert",
  date="2026-07-30 13:00", sig="kowalski", sigstyle="name", lang="de", client="thunderbird",
  body="""Sabine, kannst du der Praxis antworten? Wir rechnen Heilmittel ja normalerweise nicht direkt ab. Danke, Lena""",
  quote=FW("Praxis Bewegungsraum <info@bewegungsraum-physio.example>", "29.07.2026, 17:22", "service@versicherer.example", "Direktabrechnung Heilmittelverordnung Frau Tannert", """Sehr geehrte Damen und Herren,

Ihre Versicherte Frau Elke Tannert (geb. 21.01.1963, Versichertennr. 11 904 632) ist bei uns in Behandlung. Verordnung von Dr. Sauer vom 20.07.2026: 10x KG-ZNS nach Bobath und 10x Ergotherapie wegen Hemiparese links nach Hirnblutung im Mai.

Frau Tannert kann die Rechnungen derzeit nicht selbst vorstrecken und fragte, ob wir direkt mit Ihnen abrechnen können. Ist das möglich?

Mit freundlichen Grüßen
Praxis Bewegungsraum, Bremen"""))

M("N", "de", "internal", "trap: blood donation drive in the building with ICS, no donor data",
  frm=ADDR("weiss"), to="alle-standort-koeln@versicherer.example", subj="Blutspende im Haus am 20. August – jetzt Termin buchen",
  date="2026-07-31 09:00", sig="weiss", sigstyle="short", lang="de",
  body="""Liebe Kolleginnen und Kollegen,

der DRK-Blutspendedienst kommt wieder zu uns: am Donnerstag, 20. August, von 10 bis 15 Uhr im Konferenzbereich Rhein 1–3.

Wer spenden möchte: bitte online einen Termin beim DRK buchen (Link im Intranet), Personalausweis mitbringen und vorher gut essen und trinken. Erstspender sind herzlich willkommen! Die Spende dauert mit Vorgespräch etwa 45 Minuten und gilt als Arbeitszeit.

Ob jemand spenden darf, entscheidet allein der Arzt des DRK vor Ort – wir erfahren davon nichts.

Die Kalendereinladung zum Blocken hängt an.

Viele Grüße aus dem Personalbereich""",
  att=[ICS("Blutspende_20-08.ics", "blutspende-20260820@versicherer.example", "DRK-Blutspende im Haus", "20260820T100000", "20260820T150000",
           ("Nadine Weiß", "nadine.weiss@versicherer.example"), location="Konferenzbereich Rhein 1–3", method="PUBLISH")])

M("C", "en", "insurer-to-claimant", "French cyclist's bike damaged by insured's car door, explicitly not injured; named with address",
  frm=ADDR("novak"), to="Julien Marchand <julien.marchand@mail-fr.example>", subj="Your bicycle - door accident in Freiburg on 18 July - claim K-2026-013745",
  date="2026-08-03 11:50", sig="novak", lang="en",
  body="""Dear Mr Marchand,

thank you for your e-mail. Our policyholder opened the door of her parked car on Bertoldstraße in Freiburg on 18 July without checking, and you hit it with your bicycle. I'm glad to read that you managed to brake and were not injured – please do let us know if you notice any pain later.

We accept liability. For your bicycle (Canyon Endurace, bought 2024) please send us:
- the repair estimate or, if it can't be repaired, the purchase invoice,
- photos of the damage (frame, wheel).

Your details as recorded: Julien Marchand, 5 rue des Tanneurs, 68000 Colmar, France.

Best regards""")

M("N", "en", "insurer-to-broker", "trap: global medical trend rates survey for brokers, aggregates only",
  frm=ADDR("clarke"), to="intl-brokers@lists.versicherer.example", subj="Medical trend 2027 - what we expect for international health plans",
  date="2026-08-04 09:00", sig="clarke", lang="en",
  body="""Dear partners,

ahead of the renewal season, here are the medical trend rates we expect for 2027 for our International Health Plan, by region (gross, before any plan changes):

Western Europe 7.5 % · UK 9 % · Middle East 10.5 % · Asia 11 % · USA 13 % · Latin America 12 %

Main drivers: higher hospital tariffs after wage agreements, the growing use of biologics and cancer immunotherapies, and more outpatient mental-health claims. Group schemes with strong wellbeing programmes show about 1.5 points lower trend.

Individual renewal terms will follow by 15 September. Please don't promise any figures to clients before then.

Best regards,
Hannah""")

M("S", "en", "customer", "GP's sick note for trip cancellation as a scanned PDF sent as octet-stream; body says only 'as discussed'",
  frm=ADDR("seidel"), to=ADDR("sorensen"), subj="FW: trip cancellation - doctor's certificate",
  date="2026-08-05 14:12", lang="en", client="outlook",
  body="""Mette – as discussed. Can you confirm that this is enough for the cancellation? Case RR-2026-03104.

Ines""",
  att=[PDF("scan0041.pdf", [("h", "Dr A. Whitaker MRCGP – Meadowbank Medical Practice, York"),
        "To whom it may concern",
        "Re: Mrs Harriet Pemberton, DOB 09/11/1958, NHS no. 943 476 5919",
        "I confirm that the above patient attended the surgery on 24 July 2026 with an acute exacerbation of rheumatoid arthritis affecting both knees and hands. She has been started on prednisolone 20 mg daily, reducing, and is not fit to travel until further review on 21 August 2026.",
        "She was therefore unable to undertake her planned journey to Germany (1–12 August 2026).",
        "Dr Alison Whitaker, 27/07/2026"], title="scan0041", octet=True)])

M("C", "de", "insurer-to-customer", "address change with new bank details and premium change for a named customer",
  frm=ADDR("kowalski"), to="Benedikt Harms <benedikt.harms@posteingang.example>", subj="Ihr Umzug nach Leipzig – Änderung Ihrer Verträge",
  date="2026-08-06 10:15", sig="kowalski", lang="de",
  body="""Sehr geehrter Herr Harms,

vielen Dank für Ihre Umzugsmitteilung. Wir haben Ihre Verträge umgestellt:

Neue Anschrift ab 01.08.2026: Karl-Liebknecht-Straße 118, 04275 Leipzig
Neue Bankverbindung: IBAN """ + IB("DE", "860505000001220345", group=4) + """ (Sparkasse Leipzig)

Hausrat HR 57 220 914: neue Tarifzone 3, Jahresbeitrag 96,40 € (bisher 118,70 €); die Versicherungssumme haben wir wie gewünscht auf 55.000 € angepasst (82 m²).
Privathaftpflicht PHV 61 118 027: unverändert.

Die Änderungsnachträge bekommen Sie per Post. Der nächste Beitragseinzug erfolgt am 01.09.2026 vom neuen Konto.

Freundliche Grüße""")

M("N", "de", "internal", "trap: IT maintenance window for the claims database migration, no data",
  frm=ADDR("hoffmann"), to="leistung-alle@versicherer.example", subj="Wartung: Umzug der Leistungsdatenbank am 15./16. August",
  date="2026-08-07 15:20", sig="hoffmann", sigstyle="short", lang="de",
  body="""Hallo zusammen,

am Wochenende 15./16. August ziehen wir die Leistungsdatenbank (KV, Pflege, Leben/BU) auf die neue Hardware um.

Betroffen: Sa 15.08. 18:00 bis So 16.08. ca. 14:00 Uhr
- Leistungssystem, DMS-Ansicht der Arztberichte und Rechnungen, Kostenzusagen-Modul nicht verfügbar
- Die Klinik-Hotline für Kostenzusagen läuft in dieser Zeit über die Notfallliste (Papier), wie bei der letzten Wartung
- Portal-Uploads der Kunden werden angenommen und danach verarbeitet

Nach dem Umzug bitte einmal abmelden und neu anmelden. Störungen bitte wie immer an den Servicedesk (-6000).

Danke!
Lukas""")

M("N", "en", "system-to-customer", "trap: portal password-reset mail, generic",
  frm="Versicherer SecureMail <noreply-securemail@versicherer.example>", to="k.tanaka@mailjp.example",
  subj="Reset your SecureMail password", date="2026-08-10 22:14", lang="en", client="system", mailer="Siegel Portal",
  body="""Hello,

we received a request to reset the password for your SecureMail account. You answered your security question correctly.

Set a new password here (link valid for 30 minutes):
https://securemail.versicherer.example/reset?t=Hq7Zw2LmX9rT4pVb

If you did not request this, you can ignore this e-mail; your password stays unchanged. For your security, your account is locked after three wrong passwords.

Versicherer SecureMail – automatically generated, please do not reply.""")

M("S", "en", "company", "HR's notification of a named employee's back surgery and absence under group income protection, forwarded",
  frm=ADDR("ward"), to=ADDR("stanek"), subj="FW: Group income protection - absence notification - Mr Rajesh Kumar",
  date="2026-08-11 09:45", sig="ward", sigstyle="short", lang="en",
  body="""Oliver,

new GIP notification from Helix Pharma below, deferred period 26 weeks, so benefit would start in January if he is still off. Can your team open a claim file and send the employee claim form?

Thanks,
Lucy""",
  quote=FW("Daniel Roth <daniel.roth@helix-pharma-de.example>", "Mon, 10 Aug 2026 at 16:30", "Lucy Ward", "Group income protection - absence notification - Mr Rajesh Kumar", """Dear Lucy,

we'd like to notify a potential claim under our group income protection policy (GIP 90 004 118):

Employee: Rajesh Kumar, employee no. HX-4471, born 12/01/1976
Job: senior lab technician, annual salary EUR 68,400
First day of absence: 13 July 2026
Reason (as given by the employee, with his consent to share): herniated disc L4/L5, surgery (microdiscectomy) on 29 July, currently in outpatient rehab; his surgeon expects at least 4 more months off work.

Please let us know what you need from us.

Best regards
Daniel Roth, HR Benefits, Helix Pharma Deutschland GmbH""", lang="en"))

M("C", "de", "insurer-to-customer", "lost key of rented flat: named tenant, landlord, liability policy and claim number",
  frm=ADDR("oltmanns"), to="Malte Petersen <malte.petersen@nordpost.example>", subj="Verlust Ihres Wohnungsschlüssels – Schließanlage",
  date="2026-08-12 12:25", sig="oltmanns", lang="de",
  body="""Moin Herr Petersen,

Sie haben uns gemeldet, dass Sie am 01.08.2026 beim Baden an der Kieler Förde Ihren Schlüsselbund verloren haben, mit dem Wohnungs- und dem Haustürschlüssel der Anlage Holtenauer Straße 155. Ihre Vermieterin, die Wohnungsbau Kiel-Nord eG, verlangt den Austausch der Schließanlage (Kostenvoranschlag 3.420 €).

Ihre Privathaftpflicht (PHV 63 077 418) umfasst den Verlust fremder Schlüssel bis 20.000 €, Selbstbeteiligung 150 €. Schadennummer: HP-2026-08804.

Bitte bitten Sie die Vermieterin, uns direkt anzuschreiben. Der Austausch muss nur bezahlt werden, wenn Missbrauch zu befürchten ist; da sich am Schlüsselbund keine Adresse befand, prüfen wir das noch.

Freundliche Grüße""")

M("N", "de", "internal", "trap: competitor benchmark for a care product, market data only",
  frm=ADDR("yilmaz"), to="produktentwicklung-kv@versicherer.example", subj="Wettbewerbsvergleich Pflegetagegeld – für den Workshop am Dienstag",
  date="2026-08-13 16:40", sig="yilmaz", sigstyle="short", lang="de",
  body="""Hallo zusammen,

für Dienstag habe ich die Tarife von fünf Wettbewerbern verglichen (Quelle: Tarifwerke und Ratingagentur, Stand Juli). Monatsbeitrag für 50 € Tagessatz, Eintrittsalter 45:

Anbieter A: 38,10 € – Leistung PG 1 nur 5 %, keine Dynamik ohne Gesundheitsprüfung
Anbieter B: 42,80 € – Beitragsbefreiung erst ab PG 4
Anbieter C: 35,60 € – Demenz-Baustein extra (+6,20 €)
Anbieter D: 47,30 € – Einmalleistung bei Pflegeeintritt 2.000 €
Anbieter E: 39,90 € – stationär 100 % schon ab PG 2
Wir (PTG Flex): 36,75 €

Fazit: preislich gut, aber bei stationärer Pflege in PG 2–3 sind wir schwächer. Dazu mehr am Dienstag.

Felix""")

M("C", "en", "insurer-to-customer", "named customer leaving Germany: cancellation of non-personal policies with refund to a UK IBAN",
  frm=ADDR("kowalski"), to="Thomas Ashby <thomas.ashby@mail-uk.example>", subj="Cancellation of your policies - moving back to the UK",
  date="2026-08-14 11:05", sig="kowalski", lang="en",
  body="""Dear Mr Ashby,

we have received your cancellation because you are moving back to the UK on 31 August. Sorry to see you go!

Cancelled with effect from 31/08/2026:
- household contents HR 55 913 402
- personal liability PHV 60 227 119
- bicycle insurance FV 90 447 008

As you paid the annual premium in January, you get back the premium for September–December: EUR 97.33 in total. We will refund it to your new UK account:

Account holder: Thomas G Ashby
IBAN: """ + IB("GB", "BARC20325373829115") + """
BIC: BARCGB22

Please keep the confirmation, your new insurer in the UK may ask for your claims history – we can confirm that you made no claims with us.

All the best for your move!""")


# ---- batch 7 -------------------------------------------------------------

M("N", "en", "insurer-to-broker", "trap: coverholder audit schedule with a London broker, business data only",
  frm=ADDR("hartmann"), to="Harriet Cole <harriet.cole@fenchurch-specialty.example>", subj="Binding authority B0921 - audit dates and scope",
  date="2026-08-17 10:10", sig="hartmann", sigstyle="short", lang="en",
  body="""Hi Harriet,

we'd like to do the annual audit of the binding authority in the week of 12 October, two days on site in London. Scope as last year:

- sample of 30 risks bound between 1 July 2025 and 30 June 2026 (we'll send the selection one week before),
- premium bordereaux vs. cash received (GWP GBP 4.83m, 1,112 risks),
- claims handled under the delegated authority up to GBP 25k,
- complaints log and sanctions screening.

Could you confirm the dates and book a meeting room? Two of us will come: me and a colleague from internal audit.

Thanks,
Sven""")

M("S", "de", "insurer-to-customer", "accidental death benefit: motorcycle accident, autopsy and blood alcohol of the named deceased",
  frm=ADDR("albrecht"), to="Sandra Köhler <sandra.koehler@netpost.example>", subj="Unfallversicherung Ihres verstorbenen Mannes – Stand der Prüfung",
  date="2026-08-18 14:30", sig="albrecht", lang="de",
  body="""Sehr geehrte Frau Köhler,

mein aufrichtiges Beileid zum Tod Ihres Mannes.

Ich möchte Sie über den Stand der Prüfung der Unfallversicherung von Herrn Frank Köhler (Vertrag UV 38 441 092, Todesfallleistung 75.000 €) informieren. Die Staatsanwaltschaft Bamberg hat uns den Obduktionsbericht und das Gutachten zur Blutalkoholkonzentration überlassen. Danach ist Ihr Mann am 26.07.2026 an den Folgen eines Polytraumas mit Schädel-Hirn-Verletzung verstorben; die Blutalkoholkonzentration lag bei 0,3 Promille.

Ein Ausschluss wegen Bewusstseinsstörung durch Alkohol greift bei diesem Wert nicht. Wir werden die Todesfallleistung deshalb auszahlen, sobald uns der Erbschein oder – einfacher – Ihre Erklärung als eingetragene Bezugsberechtigte mit Kopie Ihres Ausweises vorliegt.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "Erasmus student's liability claim for a broken bar window; named insured and claim number",
  frm=ADDR("oltmanns"), to="Pablo Serrano <pablo.serrano@erasmus-mail.example>", subj="Your liability claim HP-2026-09012 - broken window at Café Lindenhof",
  date="2026-08-19 09:30", sig="oltmanns", lang="en",
  body="""Dear Mr Serrano,

thank you for your message. You told us that on 8 August, while playing table football at Café Lindenhof in Tübingen, you stepped back and your elbow went through the glass of the entrance door. You weren't hurt apart from a scratch, and nobody else was injured.

Your student liability insurance (PHV 74 902 116) covers this. The café owner, Mr Lindner, has sent us an invoice from a glazier for EUR 1,146.00. We'll pay it directly to him.

There's nothing else you need to do. Enjoy the rest of your Erasmus semester!

Kind regards""")

M("N", "de", "insurer-to-broker", "trap: training invitation with anonymised underwriting examples for agents, no person",
  frm=ADDR("falk"), to="agenturen-west@lists.versicherer.example", subj="Schulung „Gesundheitsfragen richtig stellen“ – anonymisierte Fälle zur Vorbereitung",
  date="2026-08-20 08:30", sig="falk", lang="de",
  body="""Liebe Kolleginnen und Kollegen in den Agenturen,

zur Schulung am 8. September bitte drei Fälle vorbereiten (frei erfunden, jede Ähnlichkeit wäre Zufall):

Fall A: Kundin, Anfang 30, Erzieherin. Vor drei Jahren sechs Sitzungen bei einer Psychotherapeutin wegen Prüfungsangst. „Muss ich das angeben? War doch nichts Schlimmes.“
Fall B: Kunde, Mitte 40, Handwerksmeister. Rückenschmerzen, zweimal beim Orthopäden, „nur Spritzen bekommen“, nie krankgeschrieben.
Fall C: Kunde, Ende 20, Informatiker, Heuschnupfen mit gelegentlichem Asthmaspray im Frühjahr.

Überlegen Sie jeweils: Welche Gesundheitsfrage ist betroffen? Was gehört in den Antrag? Wann ist eine Risikovoranfrage sinnvoll?

Wichtig in der Praxis: Vorerkrankungen nie „weglassen“, auch nicht auf Kundenwunsch – sonst droht später Rücktritt vom Vertrag.

Beste Grüße
Bernd Falk""")

M("S", "en", "insurer-to-partner", "repatriation of mortal remains: named deceased, cause of death, funeral director abroad",
  frm=ADDR("sorensen"), to="Repatriations <repatriation@globalaid-assistance.example>", subj="Case GA-56840 - repatriation of mortal remains - Mr Walter Seifried",
  date="2026-08-21 12:15", sig="sorensen", lang="en", importance="high",
  body="""Dear colleagues,

please organise the repatriation of the mortal remains of our insured

Mr Walter Seifried, born 29/04/1944, policy RKV-4419-3307
died on 19/08/2026 at Hospital Universitario de Canarias, Tenerife
cause of death per death certificate: cardiogenic shock following acute myocardial infarction

to the funeral home Pietät Lindemann, Brunnenstraße 8, 31134 Hildesheim. The family (Mrs Erika Seifried, wife, currently in Puerto de la Cruz) wishes a burial in Germany; please coordinate the embalming, zinc-lined coffin and the consular documents with the local funeral director.

We guarantee the costs up to EUR 12,000. Please also book Mrs Seifried on a flight home on the same day or shortly after, economy, at our cost.

With kind regards""")

M("N", "en", "internal", "trap: internal news about an award for the expat service team, no customer",
  frm=ADDR("baumann"), to="alle-mitarbeitenden@versicherer.example", subj="Intranet news: Expat Service wins 'International Health Insurer of the Year'",
  date="2026-08-24 09:00", sig="baumann", sigstyle="short", lang="en",
  body="""Dear colleagues,

great news from London: at last night's International Health Awards our Expat Service team won "International Health Insurer of the Year – Europe".

The jury highlighted:
- claims paid within 4 working days on average, even for invoices in 30 languages;
- the 24/7 medical hotline with doctors in 12 languages;
- the mental-health benefit introduced last year and its low-threshold access.

Congratulations to Hannah Clarke, Emma Whitfield and the whole team in Cologne and Dublin! There will be cake on the 3rd floor on Wednesday at 3 pm.

Julia Baumann, Corporate Communications""")

M("C", "de", "insurer-to-customer", "partial cover: marten damage to engine cables; named customer, plate and claim number",
  frm=ADDR("brenner"), to="Carsten Rudolph <carsten.rudolph@mailfix.example>", subj="Marderschaden an Ihrem Fahrzeug – Schaden K-2026-014420",
  date="2026-08-25 15:05", sig="brenner", lang="de",
  body="""Sehr geehrter Herr Rudolph,

die Rechnung der Werkstatt Auto-Bielmeier liegt vor: Ein Marder hat an Ihrem Ford Kuga (WÜ-CR 714) die Zündkabel und einen Kühlwasserschlauch durchgebissen.

Ihre Teilkasko (Vertrag KF 49 330 774) deckt Marderbiss einschließlich Folgeschäden bis 3.000 €. Wir erstatten die Rechnung über 412,80 € abzüglich der Selbstbeteiligung von 150 €, also 262,80 €. Ihr Schadenfreiheitsrabatt ist davon nicht betroffen.

Tipp: Ein Marderschutz (Ultraschall oder Elektroschock) wird von uns nicht bezuschusst, kann aber weitere Schäden verhindern.

Freundliche Grüße""")

M("S", "de", "insurer-to-customer", "German reply to a customer who forwarded an English IVF clinic quote; fertility treatment",
  frm=ADDR("nguyen"), to="Anna-Lena Rothe <annalena.rothe@mailbox-web.example>", subj="AW: Fwd: Treatment plan London Fertility Centre - wird das übernommen?",
  date="2026-08-26 11:40", sig="nguyen", lang="de",
  body="""Sehr geehrte Frau Rothe,

vielen Dank für Ihre Nachricht und den Behandlungsplan aus London.

Ihr Tarif erstattet Kinderwunschbehandlungen bis zu drei Versuche, wenn die medizinische Notwendigkeit vorliegt und die Behandlung in der EU oder im EWR erfolgt. Großbritannien gehört seit 2021 nicht mehr dazu; eine Behandlung in London können wir daher nur nach vorheriger Zusage und höchstens bis zu den Kosten erstatten, die in Deutschland angefallen wären.

Die im Plan genannte ICSI mit Blastozystenkultur würde in Deutschland nach GOÄ etwa 4.800 € kosten (ohne Medikamente). Bitte schicken Sie uns die Befunde Ihres Gynäkologen zum Eileiterverschluss, dann entscheiden wir über die Zusage.

Mit freundlichen Grüßen""",
  quote=FW("London Fertility Centre <patients@londonfertility-centre.example>", "20 August 2026 at 14:02", "Anna-Lena Rothe", "Treatment plan", """Dear Ms Rothe,

following your consultation with Mr Ahmed, please find your proposed treatment plan:

- Diagnosis: tubal factor infertility (bilateral tubal occlusion), AMH 2.4 ng/ml
- Treatment: IVF/ICSI with blastocyst culture, freeze-all, one frozen embryo transfer
- Estimated cost: GBP 7,950 plus medication (approx. GBP 1,500–2,500)

Kind regards
Patient Coordination Team""", lang="en"))

M("N", "de", "insurer-to-prospect", "trap: prospect asks about dental add-on; generic product answer, no contract or health data",
  frm=ADDR("kowalski"), to="m.lehnert@mail-anbieter.example", subj="AW: Anfrage Zahnzusatzversicherung",
  date="2026-08-27 10:20", sig="kowalski", lang="de",
  body="""Guten Tag Herr Lehnert,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung.

Unsere Tarife im Überblick:
ZahnPlus 70 – 70 % für Zahnersatz, Implantate und Inlays, 100 % für zwei Zahnreinigungen pro Jahr
ZahnPlus 90 – 90 % für Zahnersatz, zusätzlich Kieferorthopädie für Erwachsene nach Unfall

Die Beiträge hängen vom Alter ab; in unserem Online-Rechner unter www.versicherer.example/zahn sehen Sie Ihren Beitrag sofort. Es gibt keine Wartezeit, aber in den ersten vier Jahren eine Begrenzung der Erstattung (Zahnstaffel).

Wichtig: Bereits angeratene oder laufende Behandlungen sind nicht versichert. Bitte teilen Sie uns gesundheitliche Dinge nicht per E-Mail mit – die Gesundheitsfragen beantworten Sie im Antrag.

Freundliche Grüße""",
  quote=Q("""Hallo, ich interessiere mich für eine Zahnzusatzversicherung und hätte gern Infos zu Ihren Tarifen und den Kosten. Danke, M. Lehnert"""))

M("C", "en", "insurer-to-broker", "professional indemnity for a named sole-trader architect with turnover and DOB",
  frm=ADDR("hartmann"), to="Marcus Lee <marcus.lee@bridgeway-insurance-brokers.example>", subj="PI quote - Ms Ingrid Solberg, architect",
  date="2026-08-28 13:55", sig="hartmann", lang="en",
  body="""Hi Marcus,

quote for your client's professional indemnity:

Insured: Ingrid Solberg, Dipl.-Ing. Architektin, sole practitioner, born 04/07/1975, Kiel
Turnover last financial year: EUR 186,000 (fees), no employees, one freelancer
Activities: residential new build and refurbishment, no structural engineering
Limits: EUR 3m personal injury / EUR 1m property and financial loss, 2x aggregate
Retroactive cover: 5 years
Premium: EUR 2,940 + tax

She mentioned a dispute with a client in Eckernförde about a leaking flat roof (2024 project). Please ask her whether a claim has been made in writing; if yes, it will be excluded as a known circumstance.

Best,
Sven""")

M("N", "en", "insurer-to-partner", "trap: bordereau CSV format spec with clearly fictitious test rows",
  frm=ADDR("raman"), to="Data Exchange <dataexchange@europa-re.example>", subj="Claims bordereau v3 - file spec and test file",
  date="2026-08-31 16:05", sig="raman", sigstyle="short", lang="en",
  body="""Hi,

as agreed, attached is a test file in the new bordereau format v3 so your ingestion can be tested before the September production run. All rows are synthetic ("TEST" persons, impossible dates, reserved policy range 99 999 xxx). Real files will come via SFTP only, PGP-encrypted.

Changes from v2: ISO dates, amounts with dot decimal, new column "cause_group" (ICD chapter only, never the full code).

Regards,
Priya""",
  att=[CSV("bdx_v3_TESTFILE.csv", [
      ["treaty_id", "policy_no", "life_id", "sex", "age_band", "event_date", "cause_group", "claim_type", "amount_eur", "status"],
      ["QS-L-2026", "99999001", "TEST-0001", "F", "40-44", "2099-01-01", "C00-D48", "death", "100000.00", "paid"],
      ["QS-L-2026", "99999002", "TEST-0002", "M", "50-54", "2099-01-02", "I00-I99", "disability", "24000.00", "open"],
      ["QS-L-2026", "99999003", "TEST-0003", "D", "30-34", "2099-01-03", "F00-F99", "disability", "18000.00", "declined"],
  ], sep=",")])

M("S", "de", "customer", "short forwarded customer mail about insulin prescription reimbursement",
  frm=ADDR("kowalski"), to=ADDR("kroeger"), subj="WG: Insulin",
  date="2026-09-01 08:15", lang="de", client="mobile",
  body="""Bitte übernehmen, Kundin hat schon 2x angerufen. LK""",
  quote=FW("Jessica Baumgart <jessy.baumgart@mailmobil.example>", "31.08.2026, 23:02", "service@versicherer.example", "Insulin", """Hallo, ich hab mein Rezept für Insulin (Fiasp Penfill + Tresiba) und die Sensoren für das Libre im Juli eingereicht und noch nix bekommen, das sind über 600 Euro. Ich bin Typ 1 Diabetikerin und brauch das jeden Monat, ich kann das nicht ewig vorstrecken. Versicherungsnummer 12 559 018. Bitte melden!! J. Baumgart"""))

M("N", "de", "internal", "trap: service-centre phone KPIs for July, aggregates only",
  frm=ADDR("kowalski"), to="fuehrungskreis-service@versicherer.example", subj="Erreichbarkeit Service-Center Juli 2026",
  date="2026-09-02 12:30", sig="kowalski", sigstyle="short", lang="de",
  body="""Hallo zusammen,

die Juli-Zahlen:

Anrufe gesamt: 61.240 (Juni: 57.980)
Servicelevel 80/20: 74 % (Ziel 80 %)
Abbruchquote: 6,9 %
Top-Anliegen: 1. Leistungsstand Arztrechnungen (22 %), 2. Kfz-Schaden (14 %), 3. Adressänderung (9 %), 4. Kündigung (7 %)

Grund für den schwachen Servicelevel war die Hitzewelle Mitte Juli (hoher Krankenstand im Team, dazu viele Anrufe zu Reisekranken). Ab September helfen drei neue Kolleginnen aus der Ausbildung.

Viele Grüße
Lena""")

M("C", "de", "insurer-to-customer", "smartphone display damage under electronics insurance: named customer, IMEI, policy",
  frm=ADDR("demir"), to="Hannah Brückner <hannah.brueckner@mail-web.example>", subj="Handy-Displayschaden – Reparaturfreigabe",
  date="2026-09-03 10:50", sig="demir", sigstyle="short", lang="de", client="thunderbird",
  body="""Hallo Frau Brückner,

Ihre Schadenmeldung zum gesprungenen Display ist bei uns. Daten laut Vertrag:

Elektronikversicherung EL 70 118 302
Gerät: iPhone 15, IMEI 356789104432118
Schaden: Sturz auf Fliesen am 30.08.2026

Die Reparatur ist freigegeben. Bitte bringen Sie das Gerät zu einer unserer Partnerwerkstätten (Liste in der App) – dort zahlen Sie nur die Selbstbeteiligung von 50 €, den Rest rechnet die Werkstatt direkt mit uns ab.

Viele Grüße
Aylin Demir""")

M("S", "en", "insurer-to-customer", "care home invoice and care level of a named British-born resident in Germany, to his son",
  frm=ADDR("yilmaz"), to="Philip Marsh <philip.marsh@mail-uk.example>", subj="Your father's care home costs - what we pay",
  date="2026-09-04 14:35", sig="yilmaz", lang="en",
  body="""Dear Mr Marsh,

thank you for your call. As promised, a summary in English of what we pay for your father, Mr George Marsh (policy PPV 30 440 981), now that he lives at the Haus am Rosengarten care home in Bonn:

Care level: 4 (confirmed after the assessment on 10 August, mainly because of his vascular dementia and immobility after the second stroke)
Care home invoice August: EUR 4,612.40 in total
- care-related costs: we pay the fixed amount for care level 4, EUR 1,855.00
- supplement to limit the own share (25 % in the first year): EUR 392.10
- accommodation, food and investment costs: to be paid by your father

His own share for August is therefore EUR 2,365.30. The care home can bill us directly for our part – they have already requested this.

Kind regards""")

M("N", "en", "insurer-to-company", "trap: generic FAQ for au pairs and students about their insurance, no person",
  frm=ADDR("kowalski"), to="info@aupair-agentur-sonnenschein.example", subj="FAQ for your au pairs - health, accident and liability cover",
  date="2026-09-07 09:25", sig="kowalski", lang="en",
  body="""Dear Ms Albers,

as promised at our meeting, here is the FAQ text for your welcome pack. Feel free to use it as it is.

What is covered?
Your au pair package includes health insurance (doctor, hospital, medicine, emergency dental treatment), accident insurance (also in leisure time) and personal liability insurance, including damage to the host family's things.

What is not covered?
Pre-existing conditions known before arrival, routine dental check-ups, glasses, pregnancy-related treatment in the first 8 months of cover, and damage caused deliberately.

How do I claim?
Pay the bill, take a photo, upload it in the app. Most claims are paid within a week. For hospital stays, the hospital can call our 24/7 line.

Who can I talk to in my language?
Our hotline speaks English, Spanish, Portuguese, French and Tagalog.

Best regards""")

M("C", "en", "insurer-to-company", "company car policy: named expat employee's licence conversion and claims history",
  frm=ADDR("engel"), to="Fleet Management <fleet@orion-semiconductors.example>", subj="RE: Company car for Mr Santiago Álvarez - can he drive on his Argentine licence?",
  date="2026-09-08 11:15", sig="engel", lang="en",
  body="""Dear Mr Krause,

Mr Santiago Álvarez can be added to your fleet policy (KF-F 80 330 412) as a driver of the BMW 520d (M-OR 1207) from 14 September.

From the motor insurance side:
- He can drive on his Argentine licence for six months after registering his residence in Germany (registered on 1 September 2026). After that he needs a German licence; Argentina is not on the list for a simple conversion, so he will have to take the theory and practical test.
- His claims-free confirmation from La Segunda Seguros (9 years, no claims) is accepted; as a fleet driver this has no premium effect.

Please tell him that if he drives after 28 February 2027 without a German licence, he would be driving without a valid licence and we could take recourse up to EUR 5,000.

Kind regards""")

M("S", "de", "insurer-to-customer", "HTML-only annual claims overview per family member with doctors and amounts (health)",
  frm=ADDR("kroeger"), to="Familie Adamczyk <adamczyk.familie@heimnetz-mail.example>", subj="Ihre Leistungsübersicht 2025 und Beitragsrückerstattung",
  date="2026-09-09 10:00", lang="de", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Adamczyk, sehr geehrter Herr Adamczyk,</p>
<p>wie gewünscht erhalten Sie die Übersicht der 2025 eingereichten Rechnungen, damit Sie entscheiden können, ob sich die Beitragsrückerstattung für einzelne Personen lohnt.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>Person</th><th>Rechnungen 2025</th><th>Erstattet</th><th>mögliche Beitragsrückerstattung</th></tr>
<tr><td>Piotr Adamczyk</td><td>Hausarzt (2x), Orthopäde Dr. Nolte (Schulter, 3x), MRT Schulter</td><td>1.284,60 €</td><td>entfällt</td></tr>
<tr><td>Agnieszka Adamczyk</td><td>Gynäkologin (Vorsorge), Hautärztin</td><td>186,20 €</td><td>1.020,00 € (drei Monatsbeiträge)</td></tr>
<tr><td>Zofia Adamczyk (12)</td><td>Kinderärztin (U-Untersuchung), Logopädie 10x</td><td>612,00 €</td><td>entfällt</td></tr>
<tr><td>Jan Adamczyk (8)</td><td>keine</td><td>0,00 €</td><td>390,00 €</td></tr>
</table>
<p>Vorsorgeuntersuchungen gefährden die Beitragsrückerstattung nicht. Wenn Sie die Rechnungen von Frau Adamczyk (186,20 €) selbst tragen, erhalten Sie im Juli 2027 1.020,00 € zurück. Sagen Sie uns bis 30.09. Bescheid, ob wir die Erstattung zurückbuchen sollen.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kröger<br>Leistungsservice Krankenversicherung</p>
</body></html>
""")

M("N", "de", "internal", "trap: job posting for a medical adviser in life claims, no applicant",
  frm=ADDR("weiss"), to="stellenausschreibungen@versicherer.example", subj="Interne Ausschreibung: Beratungsärztin / Beratungsarzt (m/w/d) Leistung Leben/BU",
  date="2026-09-10 08:00", sig="weiss", sigstyle="short", lang="de",
  body="""Interne Stellenausschreibung Nr. 2026-118

Beratungsärztin / Beratungsarzt (m/w/d) – Leistung Leben / Berufsunfähigkeit
Köln, Vollzeit oder Teilzeit (ab 30 Std.), unbefristet

Ihre Aufgaben:
• medizinische Beurteilung von BU- und Pflegefällen auf Basis von Arztberichten, Reha-Entlassberichten und Gutachten
• Beratung der Leistungsprüferinnen und -prüfer, Formulierung von Fragen an Gutachter
• Mitarbeit an Leitlinien (z. B. Psyche, Orthopädie, Onkologie)

Ihr Profil:
• Approbation, Facharzt (Allgemeinmedizin, Innere, Orthopädie oder Psychiatrie), sozialmedizinische Kenntnisse wünschenswert
• Freude an klarer Sprache – auch gegenüber Nicht-Medizinern

Bewerbungen bis 30.09. über das Karriereportal. Ansprechpartnerin: Dr. med. Felix König, Beratungsarzt, und Nadine Weiß, Personal.""")

M("N", "en", "insurer-to-supplier", "trap: medical glossary translation queries, terms only, no patient",
  frm=ADDR("whitfield"), to="Project Team <projects@lingualink-translations.example>", subj="Glossary DE-EN - our comments on batch 3 (terms 1901-2850)",
  date="2026-09-11 15:45", sig="whitfield", sigstyle="short", lang="en",
  body="""Hi team,

thanks for batch 3. Our medical reviewers have a few comments:

- "Anschlussheilbehandlung": please use "follow-up inpatient rehabilitation", not "after-treatment".
- "Arbeitsunfähigkeitsbescheinigung": "certificate of incapacity for work" (UK: "fit note" only in brackets).
- "Pflegegrad 1–5": keep "care level 1–5", never "care grade".
- "Heil- und Kostenplan": "treatment and cost plan".
- "Gliedertaxe": "limb scale" is fine.
- "Gesellschaftsarzt": "chief medical officer" only if it's the head; otherwise "company medical adviser".

The other 940 terms are approved. Please deliver the final file by 25 September.

Thanks,
Emma""")

M("S", "en", "insurer-to-customer", "accident insurance: named US expat's finger amputation at work and invalidity payment",
  frm=ADDR("albrecht"), to="Tyler Morrison <tyler.morrison@mail-us.example>", subj="Your accident claim - invalidity benefit",
  date="2026-09-14 11:20", sig="albrecht", lang="en",
  body="""Dear Mr Morrison,

we have received the final report from the BG Trauma Clinic in Ludwigshafen. I'm sorry about your injury and glad that the wound has now healed well.

The report confirms that after the accident with the circular saw on 3 March 2026, the index finger of your right hand had to be amputated at the middle joint (proximal interphalangeal joint), and that the movement of the middle finger is slightly reduced.

Under the limb scale of your accident policy (UV 39 118 447):
- loss of the index finger at the middle joint: 2/3 of 10 % = 6.67 %
- reduced function of the middle finger: 1/5 of 5 % = 1 %
Total degree of invalidity: 7.67 %

With your basic sum insured of EUR 150,000, we will pay EUR 11,505.00. As the accident happened at work, your employer's statutory accident insurance (BG) pays separately; this has no effect on our payment.

Kind regards""")

M("C", "de", "insurer-to-customer", "broker change: named customer's non-personal contracts listed for transfer to the new broker",
  frm=ADDR("reuter"), to="Ole Hinrichsen <ole.hinrichsen@kuestenmail.example>", subj="Maklerwechsel – Ihre Verträge bei uns",
  date="2026-09-15 13:30", sig="reuter", lang="de",
  body="""Moin Herr Hinrichsen,

die Maklervollmacht für die Assekuranz Förde GmbH ist bei uns eingegangen. Ab 01.10.2026 betreut Sie Frau Kristin Paulsen von der Assekuranz Förde; Ihr bisheriger Vermittler, Herr Jens Martens, ist informiert.

Umgestellt werden:
- Kfz KF 44 208 901 (Tesla Model Y, HL-OH 2025)
- Wohngebäude WG 31 077 340 (Strandweg 12, 23570 Lübeck-Travemünde)
- Hausrat HR 56 330 118
- Privathaftpflicht PHV 62 550 204

Ihre Beiträge und Bedingungen ändern sich durch den Wechsel nicht.

Beste Grüße""")

M("N", "de", "internal", "trap: bug ticket for the care premium calculator with a fictitious test person",
  frm=ADDR("raman"), to=ADDR("hoffmann"), subj="Bug: Beitragsrechner PTG rechnet mit falschem Eintrittsalter",
  date="2026-09-16 10:40", sig="raman", sigstyle="short", lang="de",
  body="""Hallo Lukas,

kannst du das bitte an das Team Rechner weitergeben? Reproduzierbar mit unseren Testdaten:

Testperson: Max Mustermann (fiktiv), geb. 01.01.1980, Beginn 01.10.2026
Erwartet: Eintrittsalter 46 (Geburtstagsregel: Kalenderjahr – Geburtsjahr), Beitrag 36,75 €
Tatsächlich: Eintrittsalter 47, Beitrag 39,10 €

Ursache vermutlich: die neue Version rechnet mit dem Alter zum Antragsdatum plus 1, weil das Flag „Halbjahresregel“ (gibt es nur in der LV) in der KV aktiv ist.

Betrifft alle Tarife PTG ab Release 26.09. Prio hoch, weil der Vertrieb damit Angebote rechnet.

Danke,
Priya""")

M("C", "en", "insurer-to-claimant", "US claimant with W-9 taxpayer number and bank data for a property-damage payment; nobody hurt",
  frm=ADDR("novak"), to="Michael O'Brien <m.obrien@mail-us.example>", subj="Claim K-2026-015882 - your rental RV in Bavaria - payment details",
  date="2026-09-17 16:10", sig="novak", lang="en",
  body="""Dear Mr O'Brien,

thank you for returning the W-9 form. For our records and the US tax reporting of our US paying agent, we have noted:

Payee: Michael P. O'Brien
Address: 2218 Linden Avenue, Madison, WI 53704, USA
SSN (from your W-9): ***-**-4471 (full number stored in our claim file only)
Bank: Summit Credit Union, routing no. 275071385, account no. 0098812406

As agreed, we will pay USD 2,180.00 for the repair of the damaged awning and side panel of your rental motorhome after our policyholder's tractor hit it at the campsite near Füssen on 29 August. Nobody was injured.

Payment should reach your account within ten business days.

Best regards""")

M("N", "de", "internal", "trap: industry statistics on health costs per insured by age group, aggregates",
  frm=ADDR("okafor"), to="aktuariat-kv@versicherer.example", subj="Branchenstatistik Kopfschäden 2025 ist da",
  date="2026-09-18 09:55", sig="okafor", sigstyle="short", lang="de",
  body="""Hallo zusammen,

die Branchenstatistik der Kopfschäden 2025 (ambulant, stationär, Zahn) wurde veröffentlicht. Erste Beobachtungen für unseren Bestand:

Alter 20–29: Branche 1.140 €, wir 1.085 €
Alter 40–49: Branche 2.310 €, wir 2.402 €
Alter 60–69: Branche 4.870 €, wir 4.655 €
Alter 80+: Branche 9.920 €, wir 10.310 €

Die Steigerung gegenüber 2024 liegt branchenweit bei 6,8 %, getrieben vor allem durch Arzneimittel (Onkologie, Biologika) und den stationären Bereich. Für die BAP-Rechnung im Oktober nehmen wir die neuen Werte auf.

Die Excel-Datei liegt unter Aktuariat/KV/Branchenwerte/2025.

Chidi""")


# ---- batch 8 -------------------------------------------------------------

M("N", "en", "internal", "trap: research summary on long COVID disability claims, aggregate figures only",
  frm=ADDR("koenig"), to="claims-life-disability@versicherer.example", subj="Long COVID and disability claims - what the 2026 studies say",
  date="2026-09-21 10:30", sig="koenig", sigstyle="short", lang="en",
  body="""Dear colleagues,

a short summary of the three studies I presented at the medical advisers' meeting (English because our Dublin colleagues asked for it):

1. Share of new disability claims with post-COVID condition as main cause: 2.1 % in 2023, 3.4 % in 2025 (pooled data of six European insurers).
2. Typical claimant: 35–50 years, office or healthcare job, leading symptom fatigue and post-exertional malaise, often with concentration problems.
3. Recovery: about 40 % of claimants are back at work within 24 months; claims with a documented post-exertional malaise have markedly lower recovery.

Practical points for our assessments:
- ask specifically about post-exertional malaise (questionnaire DSQ-PEM is in the DMS templates);
- don't rely on standard exercise tests alone;
- plan a review after 12 rather than 24 months.

Felix König""")

M("S", "de", "insurer-to-customer", "psychotherapy approval for named insured with panic disorder (F41.0), number of sessions",
  frm=ADDR("kroeger"), to="Lisa Marquardt <lisa.marquardt@mailservice.example>", subj="Ihre Psychotherapie – Zusage für 25 Sitzungen",
  date="2026-09-22 09:10", sig="kroeger", lang="de",
  body="""Sehr geehrte Frau Marquardt,

der Bericht Ihrer Therapeutin, Frau Dipl.-Psych. Heller, liegt uns vor. Vielen Dank, dass Sie uns die Unterlagen über das Portal geschickt haben.

Für die Verhaltenstherapie wegen Ihrer Panikstörung mit Agoraphobie (F41.0) übernehmen wir zunächst 25 Sitzungen à 50 Minuten, abgerechnet nach GOP 870, zu 100 %. Die fünf probatorischen Sitzungen im August sind bereits erstattet.

Sollte danach eine Verlängerung nötig sein, genügt ein kurzer Fortsetzungsbericht Ihrer Therapeutin etwa vier Wochen vor Ende des Kontingents.

Wir wünschen Ihnen alles Gute für die Behandlung.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "burst pipe in a US family's rented flat: named policyholder, claim and policy number, no injuries",
  frm=ADDR("demir"), to="Kimberly Nash <kim.nash@mail-us.example>", subj="Water damage in your flat - claim HR-2026-10214",
  date="2026-09-23 14:25", sig="demir", lang="en",
  body="""Dear Mrs Nash,

thank you for your call on Monday. Here is what happens next with the water damage in your flat at Schweizer Straße 41, 60594 Frankfurt:

1. The damage to the building (walls, floor, the pipe) is for your landlord's building insurance. Please inform your landlord or the property manager in writing, if you haven't already.
2. Your household contents policy (HR 58 114 902) covers your own things: the rug, the sofa and the children's books and toys that got wet. Please send us a list with approximate age and price, and photos.
3. If you need to move out during the drying, hotel costs are covered for up to 100 days.

A drying company will contact you tomorrow. Please don't throw anything away until our assessor has seen it, unless it is mouldy.

Kind regards""")

M("N", "de", "internal", "trap: canteen menu with allergen labelling, no person",
  frm="Betriebsrestaurant <kantine@versicherer.example>", to="alle-standort-koeln@versicherer.example", subj="Speiseplan KW 40 – mit neuer Allergenkennzeichnung",
  date="2026-09-25 11:00", lang="de", client="outlook", org=False,
  body="""Speiseplan KW 40 (28.09. – 02.10.)

Mo  Linsen-Dal mit Basmatireis (vegan) [–] | Hähnchenschnitzel, Kartoffelsalat [A, C, G, M]
Di  Gemüselasagne [A, C, G] | Seelachs in Senfsauce [D, G, M]
Mi  Chili sin Carne [–] | Rinderroulade, Rotkohl, Klöße [A, G, I, L]
Do  Käsespätzle [A, C, G] | Currywurst, Pommes [F, M]
Fr  Fischstäbchen [A, D] | Ofenkartoffel mit Kräuterquark [G]

Neu: Die Allergene werden jetzt nach der Lebensmittelinformations-Verordnung gekennzeichnet (A = Gluten, C = Ei, D = Fisch, F = Soja, G = Milch/Laktose, I = Sellerie, L = Schwefeldioxid, M = Senf). Wer eine Zöliakie oder eine schwere Allergie hat, kann sich an der Essensausgabe die vollständige Rezeptur zeigen lassen.

Guten Appetit!
Ihr Team vom Betriebsrestaurant""")

M("S", "en", "insurer-to-customer", "travel health: dental emergency in Thailand (root fracture, extraction) for named traveller, quoted mail",
  frm=ADDR("sorensen"), to="Jonas Wittkamp <jonas.wittkamp@mail-de.example>", subj="RE: Dentist bill Phuket - can you pay?",
  date="2026-09-28 07:45", sig="sorensen", lang="en",
  body="""Dear Mr Wittkamp,

thank you for the bill and the dentist's report – English is perfectly fine.

Your travel health policy covers pain-relieving dental treatment abroad, including an extraction, and a simple temporary filling. The bridge the dentist suggested as a permanent solution is not covered by travel insurance; please have that done at home, where your dental insurance may help.

So from the bill (THB 14,200) we will pay:
- emergency consultation and X-ray: THB 2,400
- extraction of tooth 24 with root fracture: THB 4,800
- antibiotics (amoxicillin/clavulanic acid) and painkillers: THB 1,150
Total THB 8,350, converted at the rate of the day of treatment.

I hope the pain is gone and you can enjoy the rest of your trip!""",
  quote=OQ("Jonas Wittkamp <jonas.wittkamp@mail-de.example>", "Sunday, September 27, 2026 16:20", "Travel Health & Assistance", "Dentist bill Phuket - can you pay?", """Hi, writing in English because I'm on my phone with an English keyboard, sorry.

I bit on something hard on Thursday and my tooth broke (upper left, next to the canine). Terrible pain. The dentist here in Phuket said the root is fractured and pulled it, and gave me antibiotics because of an infection. He also wants to make a bridge for 38,000 baht, I said no for now.

Bill is attached (14,200 baht). Policy RKV-4420-1188.

Jonas""", lang="en"))

M("N", "en", "insurer-to-company", "trap: webinar invitation for HR departments on supporting employees with cancer, no person",
  frm=ADDR("ward"), to="hr-partners@lists.versicherer.example", subj="Webinar for HR: Supporting employees through cancer treatment - 15 October",
  date="2026-09-29 09:00", sig="ward", lang="en",
  body="""Dear HR colleagues,

one in two people will be diagnosed with cancer in their lifetime, and many of them are of working age. How can employers support them – during treatment and when they return?

Join our free webinar:
Thursday, 15 October 2026, 11:00–12:00 CET (Teams), in English

Speakers:
- Dr. med. Felix König, medical adviser, on what treatment typically means for the ability to work
- a return-to-work case manager from our partner ReturnWell
- an HR director from a member company, sharing (anonymised) experiences

Topics: talking to an employee about a diagnosis without prying, gradual return to work in Germany (Hamburg model), what group income protection and critical illness cover can do, and what employers must not ask.

Register at www.versicherer.example/en/hr-webinar.

Kind regards""")

M("C", "de", "insurer-to-customer", "returned direct debit and dunning for motor premium; named customer with IBAN",
  frm=ADDR("becker"), to="Nico Falkenberg <nico.falkenberg@mailbox-online.example>", subj="Rücklastschrift – Kfz-Versicherung KF 50 007 339",
  date="2026-09-30 10:30", sig="becker", lang="de",
  body="""Sehr geehrter Herr Falkenberg,

der Beitrag für Ihre Kfz-Versicherung (KF 50 007 339, Audi A3, S-NF 707) über 284,16 € für das 4. Quartal konnte nicht eingezogen werden. Ihre Bank hat die Lastschrift am 28.09.2026 mit dem Grund „Konto erloschen“ zurückgegeben:

IBAN """ + IB("DE", "600100700912336600", group=4) + """ (Postbank)

Bitte überweisen Sie den Betrag zuzüglich 3,00 € Rücklastschriftgebühr bis zum 14.10.2026 oder teilen Sie uns Ihre neue Bankverbindung mit. Bleibt die Zahlung aus, müssen wir Sie nach § 38 VVG mahnen; im Schadenfall könnte der Versicherungsschutz dann gefährdet sein.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "life/pension contract of a named customer made premium-free (personal line, no medical content)",
  frm=ADDR("paulsen"), to="Sven Ehlers <sven.ehlers@webpostfach.example>", subj="Beitragsfreistellung Ihrer Rentenversicherung RV 77 301 448",
  date="2026-10-01 13:40", sig="paulsen", lang="de",
  body="""Sehr geehrter Herr Ehlers,

wie von Ihnen gewünscht, haben wir Ihre private Rentenversicherung RV 77 301 448 zum 01.11.2026 beitragsfrei gestellt.

Was das bedeutet:
- Ihre monatlichen Beiträge von 150 € entfallen ab November.
- Die garantierte monatliche Rente ab 67 sinkt von 486,20 € auf 211,35 €, zuzüglich Überschüsse.
- Der Hinterbliebenenschutz (Rentengarantiezeit 10 Jahre) bleibt bestehen.
- Sie können die Beitragszahlung innerhalb von drei Jahren ohne erneute Gesundheitsprüfung wieder aufnehmen.

Den Nachtrag zum Versicherungsschein erhalten Sie per Post.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: aggregated results of the psychological-stress risk assessment, no person",
  frm=ADDR("weiss"), to="fuehrungskraefte@versicherer.example", subj="Gefährdungsbeurteilung psychische Belastung 2026 – Ergebnisse",
  date="2026-10-02 15:00", sig="weiss", lang="de",
  body="""Liebe Führungskräfte,

die Ergebnisse der Befragung zur psychischen Belastung liegen vor (Rücklauf 68 %, 2.214 Teilnehmende; ausgewertet nur Einheiten mit mindestens 10 Antworten).

Auffällig belastet (Ampel rot) sind:
- Arbeitsmenge und Zeitdruck in den Leistungsbereichen KV und Kfz-Schaden,
- Unterbrechungen durch Telefon im Service-Center,
- emotionale Belastung im Umgang mit Todesfällen und schweren Erkrankungen in Leistung Leben/BU und Reisekranken/Assistance.

Gut bewertet werden Handlungsspielraum, Teamklima und Unterstützung durch Führungskräfte.

Maßnahmen erarbeiten wir bis Ende November gemeinsam mit den Teams. Für die besonders belasteten Bereiche bieten wir ab sofort Supervision an.

Die Auswertung pro Bereich bekommen Sie in den nächsten Tagen persönlich.

Viele Grüße
Nadine Weiß""")

M("C", "en", "insurer-to-customer", "annual premium statement for a named Dutch customer's tax return with tax ID",
  frm=ADDR("kowalski"), to="Sanne de Vries <sanne.devries@mail-nl.example>", subj="Premium statement 2025 for your tax return",
  date="2026-10-05 10:10", sig="kowalski", lang="en",
  body="""Dear Ms de Vries,

as requested, here is the statement of premiums you paid to us in 2025, for your German income tax return:

Policyholder: Sanne de Vries, Tax ID (Steuer-ID) 47 036 892 815
Address: Südstraße 14, 48153 Münster

Personal liability PHV 62 003 994: EUR 68.40
Household contents HR 57 661 208: EUR 94.20 (not deductible)
Legal expenses RS 22 117 506: EUR 312.00 (not deductible)

Only the liability premium can be claimed as "Vorsorgeaufwendungen" (line 50 of Anlage Vorsorgeaufwand). The other policies are private costs.

Best regards""")

M("N", "en", "insurer-to-press", "trap: half-year results press release, financial figures only",
  frm=ADDR("baumann"), to="press-international@lists.versicherer.example", subj="Versicherer half-year results 2026: premiums up 5.8 %",
  date="2026-10-06 07:30", sig="baumann", lang="en",
  body="""PRESS RELEASE

Versicherer half-year results 2026: premiums up 5.8 %

Cologne, 6 October 2026 – Versicherer Group increased gross written premiums by 5.8 % to EUR 4.21bn in the first half of 2026.

- Health: EUR 1.63bn (+6.9 %), driven by supplementary dental and international health plans
- Life: EUR 1.12bn (+2.1 %); new business in disability cover +11 %
- Property/casualty: EUR 1.46bn (+7.4 %); combined ratio 94.8 % (H1 2025: 97.2 %)
- Net profit: EUR 212m (H1 2025: EUR 176m)
- Solvency II ratio: 218 %

"Our growth comes from protection products – health, disability and long-term care," said CEO Dr. Helmut Sander.

Press contact: Julia Baumann""", disc=False)

M("S", "en", "insurer-to-lawyer", "UK solicitor's whiplash claim against the insured driver: injury details and medical report request",
  frm=ADDR("novak"), to="Catherine Hale <c.hale@hale-and-morris-solicitors.example>", subj="Your client Mr Ian Fletcher - accident in Bremen, 2 June 2026 - our ref K-2026-009044",
  date="2026-10-07 11:30", sig="novak", lang="en",
  body="""Dear Ms Hale,

thank you for your letter of 29 September on behalf of your client, Mr Ian Fletcher (DOB 11/06/1988).

We accept that our policyholder caused the rear-end collision in Bremen on 2 June 2026 while your client was visiting Germany. As regards the personal injury claim:

- You describe a whiplash injury (neck sprain, WAD grade II) with headaches and sleep problems, treated with 14 physiotherapy sessions in Leicester and naproxen, and an absence from work of 3 weeks.
- Under German law, damages for pain and suffering in comparable cases are usually in the range of EUR 800–2,500, plus proven financial loss.

Before we make an offer, please send us the medical report of the A&E department at Leicester Royal Infirmary, the physiotherapy notes and your client's employer's confirmation of the lost earnings. A medical report under the MedCo scheme would be accepted.

Yours sincerely""")

M("C", "de", "insurer-to-customer", "cat surgery under pet health cover: named owner, animal health (not human)",
  frm=ADDR("wagner"), to="Irina Schenk <irina.schenk@mailpost-de.example>", subj="Abrechnung Tierklinik – Ihre Katze Mila",
  date="2026-10-08 09:35", sig="wagner", sigstyle="short", lang="de",
  body="""Liebe Frau Schenk,

gute Besserung an Mila! Die Rechnung der Tierklinik Posthausen (Entfernung eines verschluckten Haargummis aus dem Dünndarm, 2 Tage stationär) über 1.488,90 € ist vollständig versichert (Katzen-OP-Versicherung TK 51 220 804).

Abzüglich 10 % Selbstbeteiligung überweisen wir 1.340,01 € auf Ihr bekanntes Konto.

Viele Grüße
Sophie Wagner""")

M("N", "de", "internal", "trap: travel-expense claim for a conference, numbers only",
  frm=ADDR("hasselbach"), to="reisekosten@versicherer.example", subj="Reisekostenabrechnung IMUF Dublin 22.–24.04.2026 – Korrektur",
  date="2026-10-09 16:20", lang="de", client="outlook",
  body="""Liebe Kolleginnen und Kollegen der Reisekostenstelle,

in meiner Abrechnung vom April (RK-2026-04471) fehlt die Konferenzgebühr; ich hatte sie privat per Kreditkarte bezahlt, weil die Firmenkarte nicht akzeptiert wurde.

Nachzureichen:
Teilnahmegebühr IMUF (Early Bird): 690,00 €
Taxi Flughafen Dublin – Hotel: 38,00 € (Beleg anbei als Foto)

Der Verpflegungsmehraufwand war korrekt, die Hotelkosten (3 Nächte à 214 €) hatte das Reisebüro direkt abgerechnet.

Danke und viele Grüße
Ulrike Hasselbach""")

M("S", "de", "customer", "customer's ZIP upload with an invoice list of doctors, pharmacy and physio (health only in the ZIP)",
  frm=ADDR("kowalski"), to=ADDR("kroeger"), subj="WG: Belege Juni bis August",
  date="2026-10-12 08:50", sig="kowalski", sigstyle="name", lang="de",
  body="""Hallo Sabine, der Kunde hat die Belege gezippt an die Service-Adresse geschickt statt ins Portal. Ich leite sie dir weiter. Vertrag 11 557 206. Gruß Lena""",
  quote=FW("Gerhard Lindemann <g.lindemann@mail-anbieter.example>", "10.10.2026, 19:31", "service@versicherer.example", "Belege Juni bis August", """Guten Tag, anbei meine Belege in einer ZIP-Datei, die Liste ist dabei. Mit freundlichen Grüßen G. Lindemann"""),
  att=[ZIP("Belege_Lindemann_06-08_2026.zip", [
      CSV("Belegliste.csv", [
          ["Datum", "Leistungserbringer", "Art", "Betrag"],
          ["04.06.2026", "Dr. med. Keller, Kardiologie", "Langzeit-EKG, Echokardiographie", "312,45"],
          ["04.06.2026", "Rosen-Apotheke", "Apixaban 5 mg 100 St., Metoprolol 47,5 mg", "148,20"],
          ["02.07.2026", "Dr. med. Keller, Kardiologie", "Kontrolle Vorhofflimmern", "96,80"],
          ["15.07.2026", "Praxis Bewegung & Gesundheit", "KG 6x (Schulter)", "198,00"],
          ["20.08.2026", "Rosen-Apotheke", "Apixaban 5 mg 100 St.", "121,60"],
      ], enc="windows-1252"),
      TXT("Hinweis.txt", "Bitte auf Konto wie immer. Die Originalrechnungen habe ich aufbewahrt. G. Lindemann\n", enc="windows-1252")])])

M("N", "en", "insurer-to-broker", "trap: broker survey on portal usability, no customer data",
  frm=ADDR("reuter"), to="intl-brokers@lists.versicherer.example", subj="5 minutes for us? Broker portal survey 2026",
  date="2026-10-13 09:30", sig="reuter", lang="en",
  body="""Dear partners,

we are planning the next version of our broker portal and would like to hear from you. The survey takes about five minutes:

https://survey.versicherer.example/broker-portal-2026

Some of the questions:
- How often do you use electronic broker post, and do you fetch it via your broker management software?
- How easy is it to add and lock users in your firm as a firm administrator?
- Would you use a second login factor (app or hardware key)?
- Which documents do you miss in the portal?

The survey is anonymous unless you choose to leave your contact details. Closing date: 30 October.

Thanks a lot,
Frank Reuter""")

M("C", "de", "insurer-to-customer", "traffic legal expenses: named customer's administrative speeding fine, cover granted",
  frm=ADDR("lindqvist"), to="Tim Hagedorn <tim.hagedorn@mailnet.example>", subj="Bußgeldbescheid vom 22.09.2026 – Kostenschutz Verkehrs-Rechtsschutz",
  date="2026-10-14 11:45", sig="lindqvist", lang="de",
  body="""Sehr geehrter Herr Hagedorn,

gegen Sie wurde wegen einer Geschwindigkeitsüberschreitung (innerorts 29 km/h zu schnell, A 40 Essen-Frohnhausen, 14.08.2026) ein Bußgeldbescheid über 260 € mit 1 Punkt und einem Monat Fahrverbot erlassen.

Für den Einspruch und die Akteneinsicht durch Ihre Anwältin, Frau Tepe, besteht Kostenschutz aus Ihrem Verkehrs-Rechtsschutz (Vertrag RS 23 009 118, Schadennummer RS-2026-10044). Auch ein eventuelles Sachverständigengutachten zur Messung übernehmen wir nach vorheriger Absprache.

Die Geldbuße selbst ist nicht versichert.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "exchange student's acute psychosis, inpatient stay and escorted repatriation; to the parent policyholder",
  frm=ADDR("sorensen"), to="Marie-Claude Tremblay <mc.tremblay@mail-ca.example>", subj="Your son Étienne - transport home to Montréal",
  date="2026-10-15 20:10", sig="sorensen", lang="en",
  body="""Dear Mrs Tremblay,

thank you for speaking with me this evening. As promised, here is a summary of what we discussed.

Étienne has been treated at the psychiatric department of the University Hospital Freiburg since 6 October for an acute psychotic episode. The senior physician, Dr Hofer, told us today that he is responding well to the medication (olanzapine), sleeping again, and could be discharged for the flight home from about 22 October, with a psychiatric nurse as escort.

Under his student health policy (policy SK 72 330 581, you as policyholder), we will:
- pay the hospital stay in Freiburg in full;
- organise and pay the flight Frankfurt–Montréal for Étienne and the escort, and your own ticket if you wish to travel with him;
- send the medical report to his doctor in Montréal if he agrees.

I'll call you again on Monday. Please call our 24/7 line at any time if you have questions.

Warm regards""")

M("N", "de", "internal", "trap: training on ICD-10-GM 2027 changes for claims staff, codes without persons",
  frm=ADDR("koenig"), to="leistung-alle@versicherer.example", subj="ICD-10-GM 2027: Was sich für die Leistungsprüfung ändert (Schulung 10.11.)",
  date="2026-10-16 10:00", sig="koenig", sigstyle="short", lang="de",
  body="""Liebe Kolleginnen und Kollegen,

zum 1. Januar 2027 tritt die neue ICD-10-GM in Kraft. Für uns relevant:

- Neue Schlüssel für Long-COVID-Folgezustände (Erweiterung U09.9) – wichtig für BU und KTG.
- Feinere Unterteilung bei Adipositas (E66.-) nach BMI-Klassen.
- Neue Kodes für Folgen von Hitzeereignissen (T67.-) und für bestimmte Genvarianten bei Tumoren (Zusatzkennzeichen).
- Streichung einzelner Z-Kodes, die wir bisher in der Risikoprüfung nutzen – die Textbausteine werden angepasst.

Schulung (60 Minuten, Teams): Dienstag, 10. November, 10 Uhr. Die Folien kommen vorab.

Felix König
Beratungsarzt""")

M("C", "en", "insurer-to-broker", "cargo claim of a named sole-trader importer with VAT number and bank details",
  frm=ADDR("osei"), to="Oliver Whitcombe <o.whitcombe@thamesmarine-brokers.example>", subj="Claim TR-26-0618 - Mr Farid Haddad, olive oil shipment - settlement",
  date="2026-10-19 14:50", sig="osei", lang="en",
  body="""Oliver,

we can settle Mr Haddad's claim for the 14 broken pallets of olive oil (shipment Tunis–Hamburg, container TGHU 3318702):

Insured: Farid Haddad, trading as Haddad Feinkost Import (sole trader), Hamburg, VAT ID DE318774102
Invoice value of damaged goods: EUR 22,960
+ 10 % imaginary profit as per policy: EUR 2,296
– deductible: EUR 500
Settlement: EUR 24,756

Payment to his business account: """ + IB("DE", "200505500128733001") + """ (Hamburger Sparkasse), unless you want the money via your client account.

Recovery against the shipping line is with our lawyers in Hamburg.

Daniel""")

M("N", "en", "insurer-to-partner", "trap: pandemic stress-test results for the reinsurer, portfolio level only",
  frm=ADDR("okafor"), to="Claire Fontaine <claire.fontaine@europa-re.example>", subj="Pandemic scenario results for the treaty review",
  date="2026-10-20 12:10", sig="okafor", lang="en",
  body="""Dear Claire,

as requested for the treaty review, the results of our pandemic stress test (EIOPA standard scenario: +1.5 per mille additional mortality for one year, plus our own severe scenario):

Standard scenario: additional claims EUR 74m gross, EUR 41m net of the quota share
Severe scenario (1918-type, +5 per mille, age-shifted to 20–45): EUR 228m gross, EUR 119m net
Disability: additional incidence +8 % for two years, EUR 36m gross

The treaty cat cover (EUR 50m xs EUR 20m) would be exhausted only in the severe scenario.

Methodology note in the attachment of my next mail. No policy-level data used.

Kind regards,
Chidi""")

M("N", "de", "system-to-broker", "trap: broker portal notice that a firm administrator was set up, business contact only",
  frm="Versicherer Vermittlerportal <noreply-vermittlerportal@versicherer.example>", to="info@finanzkontor-elbe.example",
  subj="Vermittlerportal: Makleradministrator für Ihre Firma eingerichtet", date="2026-10-21 07:55", lang="de", client="system", mailer="Siegel Portal",
  body="""Guten Tag,

für Ihre Firma Finanzkontor Elbe GmbH (Vertragspartnernummer VP-20418) wurde ein Makleradministrator eingerichtet:

Benutzer: a.reinhold@finanzkontor-elbe.example
Rolle: Makleradministrator (darf Benutzer anlegen, sperren, entsperren und löschen; Bestandsrechte vergeben)

Der Administrator erhält einen Einmal-Link zur Vergabe des ersten Passworts in einer separaten E-Mail. Weitere Benutzer Ihrer Firma legt der Administrator selbst an.

Wenn Sie diese Änderung nicht veranlasst haben, wenden Sie sich bitte umgehend an Ihre Maklerbetreuung.

Versicherer Vermittlerportal – automatisch erzeugte Nachricht""")

M("S", "de", "insurer-to-customer", "basic-abilities insurance claim: named insured lost walking ability after amputation",
  frm=ADDR("stanek"), to="Reinhold Aumann <reinhold.aumann@mail-web.example>", subj="Grundfähigkeitsversicherung – Leistung wegen Verlust der Gehfähigkeit",
  date="2026-10-22 10:20", sig="stanek", lang="de",
  body="""Sehr geehrter Herr Aumann,

wir haben die Berichte des Gefäßzentrums Regensburg und Ihres Hausarztes geprüft. Nach der Unterschenkelamputation rechts im Juni wegen der fortgeschrittenen peripheren arteriellen Verschlusskrankheit (Diabetes Typ 2 seit 2009) können Sie trotz Prothese keine 400 Meter ohne Hilfsmittel gehen. Dieser Zustand besteht seit mehr als sechs Monaten bzw. ist laut Prognose dauerhaft.

Damit ist die Grundfähigkeit „Gehen“ nach § 4 Ihrer Bedingungen verloren. Wir zahlen aus Ihrem Vertrag GF 12 008 551 ab 01.07.2026 eine monatliche Rente von 1.000 € und stellen den Vertrag beitragsfrei. Die Nachzahlung für Juli bis Oktober (4.000 €) ist angewiesen.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "builder's risk insurance for a private house build: named couple, plot address, construction sum",
  frm=ADDR("hartmann"), to="Familie Okonjo-Reiß <okonjo.reiss@mailpost-de.example>", subj="Ihre Bauleistungs- und Bauherrenhaftpflichtversicherung",
  date="2026-10-23 13:35", sig="hartmann", lang="de",
  body="""Sehr geehrte Frau Okonjo-Reiß, sehr geehrter Herr Reiß,

vielen Dank für Ihren Auftrag. Ihr Versicherungsschutz für das Bauvorhaben beginnt mit dem Baubeginn am 02.11.2026:

Bauherren: Adaeze Okonjo-Reiß und Matthias Reiß
Bauvorhaben: Einfamilienhaus, Flurstück 118/4, Am Kirschgarten 9, 55270 Klein-Winternheim
Bausumme: 468.000 €
Bauleistungsversicherung BL 60 114 270: Beitrag einmalig 842,40 €
Bauherrenhaftpflicht BH 60 114 271: Beitrag einmalig 187,20 €

Bitte denken Sie an die Anmeldung der Feuerrohbauversicherung (beitragsfrei bis zur Fertigstellung in Ihrer künftigen Wohngebäudeversicherung).

Freundliche Grüße""")

M("N", "en", "internal", "trap: meeting-room and catering booking for a reinsurance meeting",
  frm=ADDR("stone"), to=ADDR("richter"), subj="Room booking 12 November - renewal meeting with the reinsurers",
  date="2026-10-26 09:20", sig="stone", sigstyle="short", lang="en",
  body="""Hi Anja,

could you book "Thames" (or any room for 16 people) on Thursday, 12 November, 9:00–17:00, for our treaty renewal meeting? Guests from Zurich, Munich and London.

Catering: coffee and pastries in the morning, a light lunch at 12:30 (four vegetarians, one gluten-free), afternoon coffee. Screen and conference camera please, one guest joins remotely from Bermuda.

Cost centre 4100-RV.

Thanks!
Rebecca""")


# ---- batch 9 -------------------------------------------------------------

M("N", "de", "internal", "trap: flu vaccination campaign by the company doctor, no person",
  frm=ADDR("weiss"), to="alle-standort-koeln@versicherer.example", subj="Grippeschutzimpfung im Haus – Termine ab 9. November",
  date="2026-10-27 08:10", sig="weiss", sigstyle="short", lang="de",
  body="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet Dr. Lenz vom betriebsärztlichen Dienst die Grippeschutzimpfung kostenlos im Haus an (Raum 1.08):

Mo 09.11., Mi 11.11. und Fr 13.11., jeweils 8:30–12:00 Uhr

Geimpft wird mit dem aktuellen Vierfach-Impfstoff. Bitte Impfpass mitbringen, falls vorhanden. Wer am Impftag Fieber hat, kommt bitte an einem späteren Termin.

Die Buchung läuft über das Intranet; auch eine COVID-Auffrischung ist auf Wunsch möglich. Ob und wann jemand geimpft wurde, erfährt nur der betriebsärztliche Dienst – es gibt keine Meldung an Vorgesetzte oder die Personalabteilung.

Viele Grüße
Nadine Weiß""")

M("C", "de", "insurer-to-customer", "motor accident in Italy caused by a local driver: named customer, plate, claims representative; no injuries",
  frm=ADDR("novak"), to="Ramona Seidl <ramona.seidl@mail-by.example>", subj="Ihr Unfall in Verona – so kommen Sie zu Ihrem Geld",
  date="2026-10-28 11:40", sig="novak", lang="de",
  body="""Sehr geehrte Frau Seidl,

danke für Ihren Anruf. Sie hatten am 17.10.2026 in Verona einen Unfall, bei dem ein italienischer Fahrer Ihnen an einer Ampel aufgefahren ist. Verletzt wurde zum Glück niemand; Ihr Fahrzeug (Mazda 3, RO-RS 812, bei uns versichert unter KF 46 220 513) ist hinten beschädigt.

Da der Unfallgegner schuld ist, zahlt dessen Versicherer (laut Europäischem Unfallbericht: Compagnia Assicurativa Adriatica). Nach der KH-Richtlinie hat jeder ausländische Versicherer einen Schadenregulierungsbeauftragten in Deutschland – für die Adriatica ist das die Firma ClaimsLink GmbH in München. Sie können Ihre Ansprüche dort auf Deutsch geltend machen.

Alternativ reguliert Ihre Vollkasko sofort (Selbstbeteiligung 300 €), und wir holen uns das Geld später zurück – Ihr Schadenfreiheitsrabatt bleibt dann unberührt.

Sagen Sie mir einfach, welchen Weg Sie bevorzugen.

Freundliche Grüße""")

M("S", "en", "hospital", "Dubai hospital's pre-authorisation request for MRI (suspected MS) forwarded as message/rfc822",
  frm=ADDR("clarke"), to=ADDR("whitfield"), subj="FW: Pre-authorisation request - MRI brain and spine",
  date="2026-10-29 07:55", sig="clarke", sigstyle="short", lang="en",
  body="""Emma,

can you approve this one? It's above my approval limit because of the contrast MRI of the whole spine. Clinically it sounds justified.

Hannah""",
  att=[EML(INNER("Insurance Desk <insurance@gulfcare-hospital.example>", "Expat Service <expat@versicherer.example>",
                 "Pre-authorisation request - MRI brain and spine", "2026-10-28 17:40", """Dear Sir/Madam,

we kindly request pre-authorisation for the following patient:

Name: Mrs Sofia Castellano
Member ID: EXP-2291-0733, DOB: 21-Jan-1986
Treating physician: Dr Karim Nassar, Consultant Neurologist

Clinical summary: 2 weeks of blurred vision in the right eye with pain on eye movement (suspected optic neuritis), tingling in both legs since August. Suspected demyelinating disease (multiple sclerosis).

Requested: MRI brain and whole spine with contrast (gadolinium), visual evoked potentials, lumbar puncture with oligoclonal bands.
Estimated cost: AED 9,850.

Kindly reply within 24 hours.

Insurance Desk, GulfCare Hospital, Dubai""", "<preauth-88321@gulfcare-hospital.example>", lang="en"), fn="Pre-authorisation request.eml")])

M("N", "en", "internal", "trap: anonymised complaint case study about a refused repatriation, no identifiable person",
  frm=ADDR("lorenz"), to="assistance-team@versicherer.example", subj="Lessons learned (anonymised): complaint about refused air ambulance",
  date="2026-10-30 13:20", sig="lorenz", sigstyle="short", lang="en",
  body="""Dear colleagues,

one complaint from Q3 that the ombudsman has now closed in our favour – but we can still learn from it. Details are changed; please don't try to find the file.

What happened: an elderly traveller was treated in a hospital abroad after a fall. The hospital declared the patient fit for a commercial flight with a wheelchair. The family asked for an air ambulance and paid for it themselves when we said no. They then complained that we had "put money before health".

What the ombudsman said: our decision was medically sound and in line with the terms. But:
- our refusal letter used the word "luxury" – please never do that;
- we did not explain in writing why the treating doctor's assessment was decisive;
- nobody called the family back after the first refusal.

New rule: any refusal of a transport requested by the family needs a phone call by the case manager on the same day.

Daniela Lorenz, Complaints Management""")

M("C", "en", "insurer-to-customer", "premium refund to a named au pair leaving early, with Philippine bank details; no health content",
  frm=ADDR("kowalski"), to="Jasmine Reyes <jasmine.reyes@mail-ph.example>", subj="Refund of your au pair insurance premium",
  date="2026-11-02 10:30", sig="kowalski", lang="en",
  body="""Dear Ms Reyes,

your host family told us that your au pair year ended early on 15 October and that you have returned home. Your au pair insurance (AP-7734-019) therefore ended on that day as well.

You paid the premium for the full year up to 31 January 2027, so we will refund EUR 118.50 for the unused months. As you asked, we will transfer the money to your account in Manila:

Account name: Jasmine D. Reyes
Bank: BDO Unibank, SWIFT BNORPHMM
Account no.: 0061 2290 4418

International transfers can take up to 10 days. We wish you all the best!

Kind regards""")

M("N", "de", "newsletter", "trap: newsletter for caring relatives with generic tips, no person",
  frm="Versicherer Pflegeservice <pflege-newsletter@versicherer.example>", to="pflege-newsletter@lists.versicherer.example",
  subj="Pflege zu Hause – Newsletter November: Entlastung für Angehörige", date="2026-11-03 07:00", lang="de", client="system", mailer="Newsletter2Go", html=True,
  body="""Liebe pflegende Angehörige,

rund vier von fünf Pflegebedürftigen in Deutschland werden zu Hause versorgt – meistens von Ihnen, den Angehörigen. Heute geht es darum, wie Sie selbst gesund bleiben.

Verhinderungspflege: Wenn Sie krank sind oder Urlaub brauchen, übernimmt die Pflegeversicherung die Kosten einer Ersatzpflege für bis zu sechs Wochen im Jahr.

Entlastungsbetrag: 131 € im Monat für Alltagshilfen, z. B. eine Haushaltshilfe oder Betreuungsgruppen. Nicht genutzte Beträge können ins Folgehalbjahr übertragen werden.

Pflegekurse: Kostenlos und auch online – von der richtigen Lagerung bis zum Umgang mit Demenz.

Und ganz wichtig: Sprechen Sie über Ihre Belastung. Unsere Pflegeberaterinnen und Pflegeberater sind telefonisch für Sie da, Montag bis Freitag von 8 bis 18 Uhr.

Herzliche Grüße
Ihr Versicherer Pflegeservice

Abmelden: www.versicherer.example/newsletter/abmelden""")

M("S", "de", "insurer-to-lawyer", "motor liability with personal injury: named pedestrian's fractured lower leg, medical reports requested",
  frm=ADDR("brenner"), to="RAe Dr. Vollmer & Kempf <kanzlei@vollmer-kempf.example>", subj="Ihr Mandant Herr Lukas Bernhardt – Unfall vom 05.09.2026 – unser Zeichen K-2026-013980",
  date="2026-11-04 14:10", sig="brenner", lang="de",
  body="""Sehr geehrter Herr Dr. Vollmer,

vielen Dank für Ihr Schreiben vom 27.10.2026. Die Haftung unserer Versicherungsnehmerin für den Unfall auf dem Fußgängerüberweg in der Südstraße in Gütersloh steht dem Grunde nach nicht im Streit.

Nach den bisherigen Unterlagen erlitt Ihr Mandant, Herr Lukas Bernhardt (geb. 14.02.1994), eine Unterschenkelschaftfraktur links (Tibia und Fibula), die im Klinikum Gütersloh am Unfalltag mit einem Marknagel versorgt wurde, sowie Prellungen an Hüfte und Schulter. Er war vom 05. bis 12.09. stationär und ist seitdem arbeitsunfähig.

Auf das Schmerzensgeld zahlen wir vorschussweise 5.000 €. Für die abschließende Bemessung benötigen wir den Entlassungsbericht, die Berichte des weiterbehandelnden Unfallchirurgen und eine Schweigepflichtentbindung. Den Verdienstausfall rechnen Sie bitte mit Lohnbescheinigungen ab.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: report about a gateway classification false positive with a synthetic test mail, no person",
  frm=ADDR("fischer"), to=ADDR("raman"), subj="Siegel: false positive on the 'ICD code' detector - test mail attached as text",
  date="2026-11-05 16:35", sig="fischer", sigstyle="short", lang="en",
  body="""Hi Priya,

Procurement complained that their order confirmation for office furniture went to the portal instead of normal mail. The "explain" output says the classifier found an ICD-10 code. The culprit is an article number of the desk model ("Model M54.5 standing desk, oak"). There's no person and no health data in the mail at all.

I rebuilt it as a synthetic test mail (supplier and numbers changed) for your regression suite:

  Subject: Order confirmation 77120
  Item 1: Standing desk Model M54.5, oak, 160x80 – 12 pcs
  Item 2: Monitor arm F32 dual – 12 pcs
  Delivery: week 48

Not urgent, but we should look at whether a code on its own, without any name or health word nearby, should really be enough for STRICTLY_CONFIDENTIAL.

Tim""")

M("C", "de", "insurer-to-customer", "household overvoltage damage after lightning: named customer, damaged devices, claim number",
  frm=ADDR("demir"), to="Jörg Weinzierl <joerg.weinzierl@mail-by.example>", subj="Blitz-/Überspannungsschaden vom 21.08. – Abrechnung",
  date="2026-11-06 09:25", sig="demir", lang="de",
  body="""Sehr geehrter Herr Weinzierl,

der Elektriker bestätigt, dass Fernseher, Router und die Steuerung Ihrer Wärmepumpe durch Überspannung nach dem Blitzeinschlag in der Nachbarschaft am 21.08.2026 zerstört wurden.

Hausrat HR 57 980 112 (Fernseher, Router): Neuwert 1.389,00 €
Wohngebäude WG 30 554 207 (Steuerplatine Wärmepumpe, fest eingebaut): 1.126,50 € inkl. Montage
Selbstbeteiligung je Vertrag: 150 €
Auszahlung gesamt: 2.215,50 €

Die Überweisung erfolgt auf Ihr Konto bei der Raiffeisenbank Landshut. Schadennummer für Rückfragen: HR-2026-11120.

Freundliche Grüße""")

M("N", "de", "internal", "trap: generic checklist for hospital cost approvals, no patient",
  frm=ADDR("brandt"), to="team-stationaer@versicherer.example", subj="Checkliste Kostenzusagen Krankenhaus – Version 2027",
  date="2026-11-09 11:00", sig="brandt", sigstyle="short", lang="de",
  body="""Hallo Team,

die überarbeitete Checkliste für Kostenzusagen gilt ab 1. Januar:

1. Versicherungsschutz prüfen: Vertrag aktiv, Tarif mit Wahlleistungen?, Wartezeiten abgelaufen?
2. Aufnahmeanzeige vollständig: Aufnahmedatum, Einweisungsdiagnose, geplanter Eingriff (OPS), voraussichtliche Verweildauer.
3. Bei geplanten Eingriffen mit hohem Kostenvolumen (z. B. Endoprothetik, Wirbelsäule, Bariatrie): Beratungsarzt einbinden, wenn die Indikation aus den Unterlagen nicht klar wird.
4. Reha/AHB nur mit Antrag der Klinik und Entlassungsdatum.
5. Zusage nur an die Klinik, nie an Dritte (auch nicht an Angehörige ohne Vollmacht).
6. Versand ausschließlich über das Klinikportal oder per Fax an die hinterlegte Nummer, nicht per unverschlüsselter E-Mail.

Die Checkliste hängt als PDF im Teamordner.

Gruß
Gerrit""")

M("S", "en", "insurer-to-customer", "life insurance beneficiary change for a named UK expat policyholder (personal line, no medical content)",
  frm=ADDR("paulsen"), to="Oliver Pennington <oliver.pennington@mail-uk.example>", subj="Change of beneficiary - term life policy RL 45 220 918",
  date="2026-11-10 15:15", sig="paulsen", lang="en",
  body="""Dear Mr Pennington,

we confirm that we have changed the beneficiary of your term life policy RL 45 220 918 (sum insured EUR 300,000) as requested in your signed form of 2 November:

Previous beneficiary: Mrs Charlotte Pennington (former spouse)
New beneficiaries, in equal shares:
- Ms Ana Lucía Ortega, born 03/08/1987
- Amelia Pennington, born 16/05/2015 (your daughter; while she is a minor, payment would be made to her legal guardian)

The nomination is revocable; you can change it at any time in writing.

Please note that your divorce agreement may contain obligations regarding this policy – we have not checked that.

Kind regards""")

M("C", "en", "insurer-to-customer", "green card request for a trip to Albania: named customer, DOB, plate and policy",
  frm=ADDR("engel"), to="Arben Krasniqi <arben.krasniqi@mail-de.example>", subj="Green Card for your trip to Albania and Kosovo",
  date="2026-11-11 10:45", sig="engel", lang="en",
  body="""Dear Mr Krasniqi,

you'll find your international motor insurance card (Green Card) in the app under "Documents" from today. The data:

Policyholder: Arben Krasniqi, born 22/09/1981
Vehicle: VW Passat Variant, DU-AK 1981, VIN WVWZZZ3CZKE044127
Policy: KF 48 330 205
Valid: 15/12/2026 – 14/01/2027
Countries: all Green Card countries including AL and RKS (Kosovo is valid with the separate border insurance only – please buy it at the border, it is not part of the Green Card system).

Please print it in colour; some border posts still do not accept a photo on the phone.

Safe travels!""")

M("N", "en", "internal", "trap: expat claims KPIs for Q3, aggregates only",
  frm=ADDR("whitfield"), to="expat-leadership@versicherer.example", subj="Expat Health Q3 2026 - KPIs",
  date="2026-11-12 17:05", sig="whitfield", sigstyle="short", lang="en",
  body="""Hi all,

Q3 in numbers:

- Insured lives: 38,412 (+7 % YTD)
- Claims received: 96,880; paid within 4 working days: 83 %
- Direct billing share (hospitals): 71 %
- Top 5 countries by paid amount: UAE, Singapore, USA, UK, Switzerland
- Top claim categories: outpatient (41 %), inpatient (33 %), maternity (7 %), mental health (6 %), dental (5 %)
- Net promoter score: +48

Medical inflation in the UAE is running at 12 %, which will be visible in the group renewals. No patient-level information in here; drill-down dashboards are in Power BI for those with access.

Emma""")

M("C", "de", "insurer-to-customer", "grandson scratched a neighbour's car: named customer, child's age, liability claim number; no injuries",
  frm=ADDR("oltmanns"), to="Gisela Hartung <gisela.hartung@seniorennetz.example>", subj="Ihr Enkel und das Auto von Herrn Sauer – Haftpflichtschaden HP-2026-11506",
  date="2026-11-13 09:55", sig="oltmanns", lang="de",
  body="""Sehr geehrte Frau Hartung,

danke für Ihren ausführlichen Brief. Ihr Enkel Paul (7 Jahre) hat bei Ihnen zu Besuch mit dem Roller das Auto Ihres Nachbarn, Herrn Wolfgang Sauer, zerkratzt. Niemand wurde verletzt.

Kinder unter sieben Jahren haften nicht; Paul ist aber gerade sieben geworden, und im Straßenverkehr liegt die Grenze ohnehin erst bei zehn Jahren – ein geparktes Auto gilt jedoch nicht als „Straßenverkehr“ in diesem Sinne. Außerdem stellt sich die Frage Ihrer Aufsichtspflicht.

Die gute Nachricht: Ihre Privathaftpflicht (PHV 60 118 440) enthält den Baustein „Schäden durch deliktunfähige Kinder und Enkel“ bis 10.000 €. Wir zahlen Herrn Sauer deshalb die Lackreparatur (laut Kostenvoranschlag 846,30 €) ohne Prüfung der Aufsichtspflicht.

Freundliche Grüße""")

M("N", "de", "insurer-to-partner", "trap: German reinsurance treaty draft clause on medical underwriting, generic",
  frm=ADDR("adeyemi"), to="Dr. Markus Feldhaus <m.feldhaus@rheinische-rueck.example>", subj="Entwurf Quotenvertrag BU 2027 – Klausel 6 Risikoprüfung",
  date="2026-11-16 14:20", sig="adeyemi", lang="de",
  body="""Sehr geehrter Herr Dr. Feldhaus,

anbei unser Formulierungsvorschlag für Klausel 6, wie im Termin am Donnerstag besprochen:

„6.1 Der Zedent prüft die Risiken nach seinen Annahmerichtlinien (Anlage 3). Eine ärztliche Untersuchung ist bei Jahresrenten über 36.000 € oder einem Eintrittsalter über 50 Jahre erforderlich.
6.2 Risiken mit Vorerkrankungen des Bewegungsapparats oder der Psyche, die nach Anlage 3 mit Ausschlussklausel angenommen werden können, gelten als automatisch rückversichert.
6.3 Der Rückversicherer erhält personenbezogene Gesundheitsdaten nur im Rahmen einer fakultativen Anfrage und nur mit Einwilligung der versicherten Person.“

Zu 6.2 hatten Sie Bedenken wegen der Psyche-Klauseln. Wir schlagen vor, das nach zwölf Monaten anhand der Bestandsdaten (aggregiert) zu überprüfen.

Mit freundlichen Grüßen
Tunde Adeyemi""")

M("S", "en", "insurer-to-customer", "expat dental plan: root canal and crown with tooth numbers only in the DOCX",
  frm=ADDR("clarke"), to="Daniel Okafor-Smith <d.okafor-smith@mail-sg.example>", subj="Your dental treatment plan - our decision",
  date="2026-11-17 08:40", sig="clarke", lang="en",
  body="""Dear Mr Okafor-Smith,

thank you for sending the treatment plan from your dentist in Singapore. Our decision is in the attached letter. In short: most of it is covered, with one exception explained on page 1.

Kind regards""",
  att=[DOCX("Dental_plan_decision_EXP-3318-0452.docx", [("h", "Decision on your dental treatment plan"),
        "Member: Daniel Okafor-Smith · DOB 30/05/1983 · Policy EXP-3318-0452 (International Health Plan Premium, dental module)",
        "Dentist: Dr Lim Wei Ling, Orchard Dental Studio, Singapore · plan dated 9 November 2026",
        ("t", [["Tooth", "Treatment", "Cost SGD", "Covered"],
               ["36", "Root canal treatment (3 canals), irreversible pulpitis", "1,450", "90 %"],
               ["36", "Zirconia crown after root canal", "1,800", "90 %"],
               ["47", "Composite filling (caries)", "220", "90 %"],
               ["11, 21", "Cosmetic veneers", "2,600", "not covered (cosmetic)"],
               ["-", "Scaling and polishing", "180", "100 % (preventive)"]]),
        "Reimbursement: SGD 3,318.00 of SGD 6,250.00. Annual dental limit remaining after this treatment: EUR 1,640.",
        "Veneers on teeth 11 and 21 are cosmetic and excluded under section 7.4 of your terms."], author="Hannah Clarke")])

M("N", "en", "internal", "trap: phishing simulation results in aggregate, no employee named",
  frm=ADDR("fischer"), to="fuehrungskraefte@versicherer.example", subj="Phishing simulation October: results by division",
  date="2026-11-18 10:10", sig="fischer", sigstyle="short", lang="en",
  body="""Dear managers,

results of the October phishing simulation ("Your hospital bill is ready – view invoice"):

Division                    Click rate   Reported
Health claims               9 %          61 %
Life & disability           7 %          58 %
Property & motor claims     12 %         44 %
Customer service            15 %         39 %
IT                          3 %          82 %
Group total                 10 %         52 %

The theme of a "hospital bill" worked particularly well in departments that receive real bills every day. That's expected – and a reason to stay careful. Individual results are not shared with managers; employees who clicked got a short learning module.

Tim Fischer, Information Security""")

M("C", "de", "insurer-to-customer", "photovoltaic system insurance for a named private owner: address, system size, policy",
  frm=ADDR("hartmann"), to="Uwe Bredemeier <uwe.bredemeier@landmail.example>", subj="Ihre Photovoltaikversicherung – Versicherungsbestätigung",
  date="2026-11-19 13:00", sig="hartmann", sigstyle="short", lang="de",
  body="""Sehr geehrter Herr Bredemeier,

anbei die Bestätigung für Ihre Bank (KfW-Finanzierung):

Versicherungsnehmer: Uwe Bredemeier, Hofstraße 3, 49406 Barnstorf
Anlage: Photovoltaik 14,8 kWp mit Batteriespeicher 10 kWh, Inbetriebnahme 02.10.2026
Vertrag: PV 60 220 718 (Allgefahrendeckung inkl. Ertragsausfall)
Versicherungssumme: 31.500 €
Jahresbeitrag: 118,00 € inkl. Versicherungsteuer

Viele Grüße
Sven Hartmann""")

M("N", "de", "internal", "trap: office move of the health claims department with locked filing cabinets, no data",
  frm=ADDR("richter"), to="leistung-kv@versicherer.example", subj="Umzug Leistung KV ins 3. OG am 27./28. November",
  date="2026-11-20 12:15", sig="richter", sigstyle="short", lang="de",
  body="""Hallo zusammen,

der Umzug ins 3. OG steht: Freitag, 27.11., ab 14 Uhr packen, Montag, 30.11., arbeitet ihr in den neuen Räumen.

Wichtig für euch:
- Papierakten mit Arztberichten oder Rechnungen kommen NICHT in die normalen Umzugskisten, sondern in die grauen, verplombten Datenschutz-Boxen (liegen ab Mittwoch bei euch). Die Boxen transportiert unser eigenes Team, nicht die Umzugsfirma.
- Die abschließbaren Aktenschränke werden leer transportiert; Schlüssel bitte bei mir abgeben.
- Rechner und Monitore bitte nur abstecken, die IT baut am Montag auf.

Danke und schönes Wochenende!
Anja""")

M("S", "de", "foreign-insurer", "German reply above an English mail from a US insurer coordinating benefits for a named insured's cancer treatment",
  frm=ADDR("whitfield"), to=ADDR("brandt"), subj="WG: Coordination of benefits - Mr Bernd Achterberg - proton therapy",
  date="2026-11-23 09:05", sig="whitfield", sigstyle="short", lang="de",
  body="""Hallo Gerrit,

Herr Achterberg hat zusätzlich eine US-Versicherung über seinen Arbeitgeber in Houston. Die US-Kollegen fragen, wer bei der Protonentherapie vorrangig zahlt. Nach unseren Bedingungen (§ 5 Abs. 3) sind wir nachrangig, soweit ein anderer Kostenträger leistungspflichtig ist – kannst du das bitte stationär prüfen und ihnen antworten? Ich habe Herrn Achterberg informiert.

Danke, Emma""",
  quote=FW("Coordination of Benefits Unit <cob@lonestar-health.example>", "Fri, 20 Nov 2026 at 16:44", "international-health@versicherer.example", "Coordination of benefits - Mr Bernd Achterberg - proton therapy", """Dear colleagues,

our member Bernd Achterberg (DOB 07/14/1969, member ID LSH-440918822) is scheduled for proton beam therapy for a prostate adenocarcinoma (Gleason 7, cT2b) at the Houston Proton Center, 28 fractions starting December 1. Estimated billed charges: USD 96,000.

Our records show he also holds a German private health policy with you. Please confirm your coverage position and whether you consider yourselves primary or secondary for this treatment, so we can coordinate benefits.

Sincerely,
COB Unit, Lone Star Health Plans""", lang="en"))


M("C", "en", "insurer-to-claimant", "Irish claimant's hire car damaged by the insured's van: named, address, IE IBAN; nobody injured",
  frm=ADDR("novak"), to="Siobhán Murphy <siobhan.murphy@eircom-mail.example>", subj="Re: Damage to my hire car in Heidelberg - your ref K-2026-016233",
  date="2026-11-24 15:40", sig="novak", lang="en",
  body="""Dear Ms Murphy,

thanks for your quick reply and the receipts. To confirm: on 12 November our policyholder's delivery van reversed into the hire car you were driving (Hertz, HD-HZ 4410) in the Hauptstraße car park in Heidelberg. You and your sister were in the car but, as you wrote, neither of you was hurt.

Hertz has charged your credit card EUR 1,150 (excess) plus an administration fee of EUR 95. As the van driver was fully at fault, we will reimburse you both amounts, EUR 1,245 in total.

Payee: Siobhán Murphy, 14 Glenard Avenue, Salthill, Galway H91 X2E7, Ireland
IBAN: """ + IB("IE", "AIBK93104522871644") + """

Hertz will claim the actual repair costs from us directly, so you don't need to do anything else.

Kind regards""",
  quote=Q("""Hi Jana, receipts attached as promised. Neither of us was injured thankfully, just a fright. My IBAN is in the claim form. Thanks a million, Siobhán"""))


# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
