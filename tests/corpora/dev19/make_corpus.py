#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel independent evaluation corpus d19 ("an ordinary working day").

Writes mails/d19-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from the dev2
corpus generator; its openpyxl / python-docx / odfpy / fpdf2 builders were
replaced by small standard-library writers (XLSX/DOCX as ZIP + Office Open
XML, ODS/ODT as ZIP + ODF XML with `mimetype` stored first, PDF 1.4 with the
standard Helvetica fonts, an uncompressed text layer and a correct xref table).

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # rebuild in memory, compare, parse every mail, open attachments, print stats

Needs only the Python 3 standard library.
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
    # staff added for the d19 corpus
    "hartwig": ("Melanie Hartwig", "melanie.hartwig", "Kundenservice\nTeam Privatkunden", "Customer Service, Private Clients", "av", "-3011"),
    "schmitz": ("Kevin Schmitz", "kevin.schmitz", "Kundenservice\nTeam Privatkunden", "Customer Service, Private Clients", "av", "-3016"),
    "aydin": ("Selin Aydın", "selin.aydin", "Vertragsservice Leben / Rente", "Life & Pension Policy Service", "lv", "-2701"),
    "pohl": ("Werner Pohl", "werner.pohl", "Vertragsservice Kranken\nBeiträge und Tarifwechsel", "Health Policy Service, Premiums & Tariff Changes", "kv", "-3305"),
    "zimmermann": ("Claudia Zimmermann", "claudia.zimmermann", "Vertragsservice Sach / Haftpflicht", "Property & Liability Policy Service", "av", "-4020"),
    "neumann": ("Jonas Neumann", "jonas.neumann", "Digitale Services / Kundenportal", "Digital Services / Customer Portal", "grp", "-6120"),
    "kaya": ("Deniz Kaya", "deniz.kaya", "Leistungsservice Krankenversicherung\nHilfsmittel und Heilmittel", "Health Claims, Aids & Therapies", "kv", "-3490"),
    "ohlsen": ("Birte Ohlsen", "birte.ohlsen", "Vertragsservice Kraftfahrt", "Motor Policy Service", "av", "-4066"),
    "graf": ("Matthias Graf", "matthias.graf", "Schadenservice Sach\nWohngebäude / Elementar", "Property Claims, Buildings", "av", "-4392"),
    "lehmann": ("Katrin Lehmann", "katrin.lehmann", "Leistungsservice Pflege", "Long-term Care Claims", "kv", "-3596"),
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


# ---- standard-library office builders (replace openpyxl / python-docx / odfpy / fpdf2) ----

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XHDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _x(v):
    """XML-escape a cell or paragraph value."""
    return htmlmod.escape(_XML_BAD.sub("", "" if v is None else str(v)), quote=True)


def _zipbytes(members):
    """Deterministic ZIP: fixed member times (the mail's stamp), 'mimetype' stored uncompressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_STAMP[0].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def _iso():
    return _STAMP[0].strftime("%Y-%m-%dT%H:%M:%SZ")


def _ooxml_props(author, app):
    core = (_XHDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{_x(author)}</dc:creator><cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            + ('<cp:revision>1</cp:revision>' if app == "Microsoft Office Word" else '') +
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{_iso()}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_iso()}</dcterms:modified></cp:coreProperties>')
    appx = (_XHDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>{app}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>')
    return core, appx


_PKG_RELS = (_XHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>'
             '</Relationships>')


def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _isnum(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    names = list(sheets)
    ct = (_XHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(len(names))) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    wb = (_XHDR + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>'
          + "".join(f'<sheet name="{_x(n[:31])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)) +
          '</sheets></workbook>')
    wbrels = (_XHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                        f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names))) +
              f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    styles = (_XHDR + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    core, app = _ooxml_props(author, "Microsoft Excel")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", _PKG_RELS.replace("{main}", "xl/workbook.xml")),
               ("docProps/app.xml", app), ("docProps/core.xml", core), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, n in enumerate(names):
        rows = sheets[n]
        ncols = max((len(r) for r in rows), default=1)
        cols = "".join(
            f'<col min="{j + 1}" max="{j + 1}" width="{min(48, max(8, max((len(str(r[j])) if j < len(r) and r[j] is not None else 0) for r in rows) + 2))}" customWidth="1"/>'
            for j in range(ncols)) if rows else ""
        out = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                if v is None or v == "":
                    continue
                ref = f"{_colname(ci)}{ri}"
                st = ' s="1"' if ri == 1 else ""
                if _isnum(v):
                    cells.append(f'<c r="{ref}"{st}><v>{v!r}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{st} t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            out.append(f'<row r="{ri}">{"".join(cells)}</row>')
        dim = f"A1:{_colname(ncols - 1)}{max(1, len(rows))}"
        sel = ' tabSelected="1"' if i == 0 else ""
        ws = (_XHDR + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              f'<dimension ref="{dim}"/><sheetViews><sheetView workbookViewId="0"{sel}/></sheetViews>'
              '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "") +
              f'<sheetData>{"".join(out)}</sheetData></worksheet>')
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


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _wpara(text, style=None, size=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else ""
    runs = []
    for k, line in enumerate(text.split("\n")):
        if k:
            runs.append("<w:br/>")
        runs.append(f'<w:t xml:space="preserve">{_x(line)}</w:t>')
    return f'<w:p>{ppr}<w:r>{rpr}{"".join(runs)}</w:r></w:p>'


def _docx(fn, blocks, author="Versicherer", octet=False):
    body = []
    for b in _blocks(blocks):
        if b[0] == "h":
            body.append(_wpara(b[1], "Heading1" if len(b) < 3 or b[2] == 1 else "Heading2"))
        elif b[0] == "p":
            body.append(_wpara(b[1]))
        elif b[0] == "small":
            body.append(_wpara(b[1], size=16))
        elif b[0] == "t":
            rows = b[1]
            nc = max(len(r) for r in rows)
            cw = 9000 // nc
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders>'
                 '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>' + f'<w:gridCol w:w="{cw}"/>' * nc + '</w:tblGrid>']
            for r in rows:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/></w:tcPr>{_wpara("" if v is None else str(v))}</w:tc>'
                                for v in list(r) + [""] * (nc - len(r)))
                t.append(f"<w:tr>{cells}</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = (_XHDR + f'<w:document {_W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = (_XHDR + f'<w:styles {_W}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
              '<w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
              '</w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style></w:styles>')
    ct = (_XHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    docrels = (_XHDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '</Relationships>')
    core, app = _ooxml_props(author, "Microsoft Office Word")
    data = _zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", _PKG_RELS.replace("{main}", "word/document.xml")),
                      ("docProps/app.xml", app), ("docProps/core.xml", core), ("word/document.xml", doc),
                      ("word/_rels/document.xml.rels", docrels), ("word/styles.xml", styles)])
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


def _odf_package(mimetype, content_body, auto_styles="", author="Versicherer"):
    iso = _STAMP[0].strftime("%Y-%m-%dT%H:%M:%S")
    content = (_XHDR.replace(' standalone="yes"', "") + f'<office:document-content {_ODF_NS} office:version="1.2">'
               f'<office:automatic-styles>{auto_styles}</office:automatic-styles><office:body>{content_body}</office:body>'
               '</office:document-content>')
    styles = (_XHDR.replace(' standalone="yes"', "") + f'<office:document-styles {_ODF_NS} office:version="1.2">'
              '<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" '
              'fo:font-size="10pt"/></style:default-style></office:styles></office:document-styles>')
    meta = (_XHDR.replace(' standalone="yes"', "") + f'<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
            f'<meta:initial-creator>{_x(author)}</meta:initial-creator><dc:creator>{_x(author)}</dc:creator>'
            f'<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date><meta:editing-cycles>1</meta:editing-cycles>'
            '</office:meta></office:document-meta>')
    manifest = (_XHDR.replace(' standalone="yes"', "") +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zipbytes([("mimetype", mimetype), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)])


def _odcell(v):
    if _isnum(v):
        return f'<table:table-cell office:value-type="float" office:value="{v!r}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>'


def _ods(fn, sheets, author="Versicherer"):
    tabs = []
    for name, rows in sheets.items():
        nc = max((len(r) for r in rows), default=1)
        rs = "".join("<table:table-row>" + "".join(_odcell(v) for v in r) + "</table:table-row>" for r in rows)
        tabs.append(f'<table:table table:name="{_x(name)}"><table:table-column table:number-columns-repeated="{nc}"/>{rs}</table:table>')
    data = _odf_package("application/vnd.oasis.opendocument.spreadsheet",
                        f'<office:spreadsheet>{"".join(tabs)}</office:spreadsheet>', author=author)
    return Att(fn, data, "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _odt(fn, blocks, author="Versicherer"):
    out = []
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            out.append(f'<text:h text:style-name="P1" text:outline-level="1">{_x(b[1])}</text:h>')
        elif b[0] in ("p", "small"):
            for line in b[1].split("\n"):
                out.append(f"<text:p>{_x(line)}</text:p>")
        elif b[0] == "t":
            rows = b[1]
            nc = max(len(r) for r in rows)
            rs = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>' for v in r)
                + "</table:table-row>" for r in rows)
            out.append(f'<table:table table:name="Tabelle{k + 1}"><table:table-column table:number-columns-repeated="{nc}"/>{rs}</table:table>')
    auto = ('<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="14pt" '
            'fo:font-weight="bold"/></style:style>')
    data = _odf_package("application/vnd.oasis.opendocument.text", f'<office:text>{"".join(out)}</office:text>', auto, author)
    return Att(fn, data, "application", "vnd.oasis.opendocument.text", kind="odt")


def _png(fn, width=96, height=72, seed="", octet=False):
    """A small deterministic RGB picture (a blurry 'photo' or screenshot), standard library only."""
    import struct
    import zlib
    hs = hashlib.sha256(("png|" + fn + seed).encode()).digest()
    r0, g0, b0 = hs[0], hs[1], hs[2]
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            k = hs[(x * 7 + y * 13) % 32]
            raw += bytes(((r0 + x * 2 + (k & 15)) % 256, (g0 + y * 3 + (k >> 4)) % 256, (b0 + (x + y)) % 256))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="png")
    return Att(fn, data, "image", "png", kind="png")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})

# approximate Helvetica advance widths (per 1000 units of font size) for line breaking
_HW = {}
for _chs, _w in (("il.,:;'|!`", 230), ("jfrt()[]/-\" ", 320), ("*", 389), ("0123456789abcdeghknopqsuvxyz$?_#", 556),
                 ("ABEKPSVXY&", 667), ("CDHNRUw", 722), ("GOQ", 778), ("M", 833), ("mW%@", 900), ("FTZLJ", 611)):
    for _c in _chs:
        _HW[_c] = _w


def _pw(s, size, bold=False):
    return sum(_HW.get(c, 600) for c in s) * size / 1000 * (1.06 if bold else 1.0)


def _pdfwrap(text, size, width, bold=False):
    out = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            cand = w if not cur else cur + " " + w
            if cur and _pw(cand, size, bold) > width:
                out.append(cur)
                cur = w
            else:
                cur = cand
            while _pw(cur, size, bold) > width and len(cur) > 1:   # an overlong word: hard cut
                k = len(cur)
                while k > 1 and _pw(cur[:k], size, bold) > width:
                    k -= 1
                out.append(cur[:k])
                cur = cur[k:]
        out.append(cur)
    return out


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    o = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            o.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            o.append(chr(ch))
        else:
            o.append("\\%03o" % ch)
    return "(" + "".join(o) + ")"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """PDF 1.4, standard Helvetica / Helvetica-Bold (WinAnsiEncoding), uncompressed
    content streams (a real text layer) and a correct xref table.  unicode=True folds
    characters outside cp1252 to their base letters."""
    import unicodedata
    W, H, ML, MR, MT, MB = 595.28, 841.89, 56.7, 56.7, 51.0, 56.7
    tw = W - ML - MR

    def prep(s):
        s = str(s).translate(_PDF_MAP)
        if unicode:
            s = "".join(c if c.encode("cp1252", "ignore") else
                        unicodedata.normalize("NFKD", c).encode("cp1252", "ignore").decode("cp1252") for c in s)
        return s

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

    def line(txt, size, bold=False, x=ML):
        need(size * 1.35)
        y[0] -= size * 1.25
        ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.2f} {y[0]:.2f} Td {_pdfstr(txt)} Tj ET")

    for b in _blocks(blocks):
        if b[0] == "h":
            size = 13 if len(b) < 3 or b[2] == 1 else 11
            for l in _pdfwrap(prep(b[1]), size, tw, True):
                line(l, size, True)
            y[0] -= 6
        elif b[0] in ("p", "small"):
            size = 10 if b[0] == "p" else 7
            for l in _pdfwrap(prep(b[1]), size, tw):
                line(l, size)
            y[0] -= 5 if b[0] == "p" else 3
        elif b[0] == "t":
            rows = [[prep("" if v is None else v) for v in r] for r in b[1]]
            nc = max(len(r) for r in rows)
            rows = [r + [""] * (nc - len(r)) for r in rows]
            size = 8.5
            want = [max(min(_pw(r[j], size), 170) for r in rows) + 8 for j in range(nc)]
            scale = min(1.0, tw / sum(want))
            cw = [w * scale for w in want]
            for ri, r in enumerate(rows):
                cells = [_pdfwrap(v, size, cw[j] - 6, ri == 0) for j, v in enumerate(r)]
                nl = max(len(c) for c in cells)
                rh = nl * size * 1.2 + 5
                need(rh)
                top = y[0]
                x = ML
                for j, c in enumerate(cells):
                    for k, l in enumerate(c):
                        if l:
                            ops.append(f"BT /{'F2' if ri == 0 else 'F1'} {size:g} Tf {x + 3:.2f} {top - 3 - (k + 1) * size * 1.1:.2f} Td "
                                       f"{_pdfstr(l)} Tj ET")
                    ops.append(f"{x:.2f} {top - rh:.2f} {cw[j]:.2f} {rh:.2f} re S")
                    x += cw[j]
                y[0] = top - rh
            y[0] -= 8
    newpage()
    if not pages:
        pages.append("")
    d = _STAMP[0].strftime("D:%Y%m%d%H%M%S+00'00'")
    objs = {1: "<< /Type /Catalog /Pages 2 0 R >>",
            3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            4: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"}
    info = f"<< /Producer (Siegel d19 corpus, stdlib PDF writer) /Creator (Microsoft Word) /CreationDate ({d}) /ModDate ({d})"
    if title:
        info += f" /Title {_pdfstr(prep(title))}"
    info += f" /Author {_pdfstr(prep(author))} >>"
    objs[5] = info
    kids = []
    for i, content in enumerate(pages):
        po, co = 6 + 2 * i, 7 + 2 * i
        kids.append(f"{po} 0 R")
        objs[po] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W:.2f} {H:.2f}] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {co} 0 R >>")
        cb = ("0.5 w\n" + content).encode("latin-1")
        objs[co] = b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        body = objs[k] if isinstance(objs[k], bytes) else objs[k].encode("latin-1")
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (n, fid, fid, xref)
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


def PNG(*a, **k):
    return Lazy("png", _png, a, k)


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
    elif client == "webmail":
        msg["User-Agent"] = "Roundcube Webmail/1.6.9"


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
    salt = f"d19|{n}|{m.get('mid', '')}|{m['subj']}"
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
        if client == "mobile" and not m.get("sig") and not m.get("nofooter"):
            text += "\n" + ("Von meinem iPhone gesendet" if lang == "de" else "Sent from my iPhone") + "\n"
        if client == "android" and not m.get("nofooter"):
            text += "\n" + ("Von meinem Samsung Galaxy Smartphone gesendet." if lang == "de" else "Sent from my Galaxy") + "\n"
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
    fdom = getaddresses([m["frm"]])[0][1].rpartition("@")[2].lower() or DOM
    if m.get("mid"):
        mid = m["mid"]
    elif client == "outlook" and fdom.endswith(DOM):
        mid = f"<{_h(salt, 8).upper()}{_h(salt + 'x', 24).upper()}@EXCH02.ad.{DOM}>"
    elif client == "outlook":
        mid = f"<{_h(salt, 6).upper()}PR0{_h(salt + 'p', 2).upper()}MB{_h(salt + 'x', 24).upper()}@{fdom}>"
    elif client == "system":
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{n:05d}.{_h(salt, 6)}@{'out.' + DOM if fdom == DOM else fdom}>"
    elif client == "mobile":
        mid = f"<{_h(salt, 8).upper()}-{_h(salt + 'a', 4).upper()}-{_h(salt + 'b', 4).upper()}-{_h(salt + 'c', 12).upper()}@{fdom}>"
    elif client == "android":
        mid = f"<CA+{_h(salt, 30)}{_h(salt + 'g', 12).upper()}@mail.{fdom}>"
    else:
        mid = f"<{_h(salt, 8)}-{_h(salt + 'a', 4)}-{_h(salt + 'b', 4)}-{_h(salt + 'c', 12)}@{fdom}>"
    msg["Message-ID"] = mid
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    if m.get("importance"):
        msg["Importance"] = m["importance"]
    if m.get("org", True) and not m.get("inner") and f"@{DOM}" in m["frm"]:
        ent = m.get("ent")
        if ent is None:
            lp = getaddresses([m["frm"]])[0][1].partition("@")[0]
            ent = m["sig"] if m.get("sig") in STAFF else next((k for k, v in STAFF.items() if v[1] == lp), None)
            ent = STAFF[ent][4] if ent else "grp"
        msg["Organization"] = ENT.get(ent, ENT["grp"])[0]
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


def build():
    """All mails as (file name, bytes, label row)."""
    out = []
    for n, (label, lang, kind, reason, m) in enumerate(MAILS, 1):
        fn = f"d19-{n:04d}.eml"
        msg = compose(m, n)
        out.append((fn, msg.as_bytes(policy=SMTP), (fn, label, lang, kind, reason)))
    return out


def main():
    mails = OUT / "mails"
    mails.mkdir(exist_ok=True)
    rows = []
    names = set()
    for fn, raw, row in build():
        names.add(fn)
        (mails / fn).write_bytes(raw)
        rows.append(row)
    for old in mails.glob("*.eml"):
        if old.name not in names:
            old.unlink()
    with open(OUT / "labels.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            assert "\t" not in r[4] and "\n" not in r[4], r
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} mails")


# ---- standard-library attachment checks -----------------------------------

def _xml_text(data):
    """Parse an XML member (raises if not well-formed) and return its text content."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext() if t.strip())


def _check_ooxml(z, main):
    names = z.namelist()
    assert "[Content_Types].xml" in names and "_rels/.rels" in names and main in names, names
    for nm in names:
        if nm.endswith((".xml", ".rels")):
            _xml_text(z.read(nm))
    rels = z.read("_rels/.rels").decode()
    assert f'Target="{main}"' in rels
    ct = z.read("[Content_Types].xml").decode()
    assert f'PartName="/{main}"' in ct
    if main == "xl/workbook.xml":
        txt = " ".join(_xml_text(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
        wbrels = z.read("xl/_rels/workbook.xml.rels").decode()
        for target in re.findall(r'Target="([^"]+)"', wbrels):
            assert "xl/" + target in names, target
    else:
        txt = _xml_text(z.read(main))
    assert txt.strip(), "empty office document"
    return txt


def _check_odf(z, data, mimetype):
    infos = z.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED, "mimetype not first/stored"
    assert z.read("mimetype").decode() == mimetype
    assert data[30:38] == b"mimetype" and data[38:38 + len(mimetype)] == mimetype.encode(), "mimetype not at offset 38"
    for nm in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
        _xml_text(z.read(nm))
    txt = _xml_text(z.read("content.xml"))
    assert txt.strip(), "empty ODF document"
    return txt


def pdf_text(data):
    """Check the xref table and return the text of all Tj strings."""
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF"), "not a PDF"
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point at xref"
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for i in range(n):
        ent = data[pos + 20 * i:pos + 20 * (i + 1)]
        assert len(ent) == 20 and ent[-2:] in (b" \n", b"\r\n"), ("xref entry size", i)
        off, gen, typ = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if i == 0:
            assert typ == b"f"
            continue
        assert typ == b"n" and data[off:].startswith(b"%d %d obj" % (i, gen)), ("xref offset wrong", i)
    out = []
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        body = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b"\nendstream", "stream length wrong"
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            raw = re.sub(rb"\\([0-7]{3}|.)", lambda q: bytes([int(q.group(1), 8)]) if len(q.group(1)) == 3
                         else q.group(1), s.group(1))
            out.append(raw.decode("cp1252", "replace"))
    return "\n".join(out)


def open_attachment(fname, data, ctx=""):
    """Open one attachment by its file name; returns its kind.  ZIPs are opened recursively."""
    low = (fname or "").lower()
    try:
        if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            if low.endswith(".xlsx"):
                _check_ooxml(z, "xl/workbook.xml")
            elif low.endswith(".docx"):
                _check_ooxml(z, "word/document.xml")
            elif low.endswith(".ods"):
                _check_odf(z, data, "application/vnd.oasis.opendocument.spreadsheet")
            elif low.endswith(".odt"):
                _check_odf(z, data, "application/vnd.oasis.opendocument.text")
            else:
                for name in z.namelist():
                    if not name.endswith("/"):
                        open_attachment(name, z.read(name), ctx + "/" + fname)
        elif low.endswith(".pdf"):
            assert pdf_text(data).strip(), "empty PDF text layer"
        elif low.endswith(".png"):
            import struct
            import zlib
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
            pos, idat, w = 8, b"", 0
            while pos < len(data):
                ln, tag = struct.unpack(">I4s", data[pos:pos + 8])
                body = data[pos + 8:pos + 8 + ln]
                assert struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0] == zlib.crc32(tag + body) & 0xFFFFFFFF
                if tag == b"IHDR":
                    w, h = struct.unpack(">II", body[:8])
                elif tag == b"IDAT":
                    idat += body
                pos += 12 + ln
            assert tag == b"IEND" and len(zlib.decompress(idat)) == h * (1 + 3 * w)
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data and b"BEGIN:VEVENT" in data
        elif low.endswith((".csv", ".tsv", ".txt", ".log", ".pem")):
            assert data.strip()
        elif low.endswith(".eml"):
            from email import policy as P
            from email.parser import BytesParser
            inner = BytesParser(policy=P.default).parsebytes(data)
            assert not inner.defects
        else:
            assert data
    except Exception as e:
        raise AssertionError(f"{ctx}/{fname}: {e!r}") from e


def check():
    from email import policy as P
    from email.parser import BytesParser
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tlabel\tlang\tkind\treason"
    lines = lines[1:]
    assert len(lines) == len(MAILS), "labels.tsv out of date: run without --check first"
    built = build()
    on_disk = sorted(p.name for p in (OUT / "mails").glob("*.eml"))
    assert on_disk == [b[0] for b in built], "mails/ does not match the generator"
    with_att = 0
    opened = 0

    def walk_parts(fn, msg):
        nonlocal opened
        for part in msg.walk():
            if part.defects:
                raise AssertionError((fn, part.defects))
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload(0)
                assert not inner.defects, (fn, inner.defects)
                assert inner["Message-ID"] and inner["From"], (fn, "forwarded message without headers")
                opened += 1
                continue
            if part.is_multipart():
                continue
            cs = part.get_content_charset()
            if cs:
                stats["charset"][cs] += 1
            stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            fname = part.get_filename()
            if part.get_content_maintype() == "text" and not fname:
                part.get_content()   # decodes with the declared charset (raises on a bad charset)
            if fname:
                data = part.get_payload(decode=True)
                assert data, (fn, fname, "empty attachment")
                if part.get_content_maintype() == "text":
                    data.decode(cs or "ascii")
                open_attachment(fname, data, fn)
                opened += 1

    for (fn, raw_built, row), line, (label, lang, kind, reason, m) in zip(built, lines, MAILS):
        assert line.split("\t") == list(row), (fn, "labels.tsv row differs from the generator")
        raw = (OUT / "mails" / fn).read_bytes()
        assert raw == raw_built, f"{fn}: file differs from a fresh build (not byte-identical)"
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        msg = BytesParser(policy=P.default).parsebytes(raw)
        assert not msg.defects, (fn, msg.defects)
        assert msg["Message-ID"] not in mids, fn
        mids.add(msg["Message-ID"])
        assert msg["Date"].datetime.year == 2026, fn
        assert msg["From"] and msg["To"] and msg["Subject"] is not None, fn
        stats["label"][label] += 1
        stats["lang"][lang] += 1
        stats["kind"][kind] += 1
        stats["ct"][msg.get_content_type()] += 1
        if m.get("att"):
            with_att += 1
        for k in att_kinds(m):
            stats["att"][k] += 1
        walk_parts(fn, msg)
    print("mails:", len(MAILS), " with attachments:", with_att, " attachments opened (incl. forwarded mails and their parts):", opened)
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
    ll = Counter((l, g) for l, g, *_ in MAILS)
    for l in LABELS.values():
        print(f"  {l}: de={ll[(l, 'de')]} en={ll[(l, 'en')]}")
    print("check OK")


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

# --------------------------------------------------------------------------
# Batch 1 — Tuesday, 10 March 2026
# --------------------------------------------------------------------------

M("N", "de", "system", "portal notification without content: new message in the customer mailbox",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="Gabriele Stroh <g.stroh@web.example>",
  subj="Neue Nachricht in Ihrem Kundenpostfach",
  date="2026-03-10 06:02",
  mailer="Siegel Portal Notifier",
  body="""Guten Tag,

in Ihrem persönlichen Postfach im Versicherer Kundenportal liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://portal.versicherer.example an, um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte und keine Anhänge.

Nachrichten werden 90 Tage nach Eingang automatisch gelöscht. Sie können sie vorher herunterladen.

Bitte antworten Sie nicht auf diese E-Mail, das Postfach wird nicht gelesen.

Ihr Versicherer Kundenservice
""",
  html=True)

M("S", "de", "customer-to-insurer", "dental invoice of the sender only in a scanned PDF attachment; body says only 'Rechnung vom Zahnarzt'",
  frm="Marion Kaiser <marion.kaiser72@gmx.example>",
  to="leistung-kranken@versicherer.example",
  subj="Rechnung",
  date="2026-03-10 06:47",
  client="mobile",
  body="""Hallo anbei die Rechnung vom Zahnarzt, Vers.Nr steht oben drauf.
LG M. Kaiser
""",
  att=[PDF("Scan_20260309_2114.pdf", [
      ("h", "Zahnarztpraxis Dr. med. dent. Jochen Rittersbach"),
      "Hauptstraße 41 · 51465 Bergisch Gladbach · Tel. 02202 18830",
      "Frau\nMarion Kaiser\nAm Quirlsberg 7\n51465 Bergisch Gladbach",
      "Versicherten-Nr.: KV 3.104.552.871        Rechnungsdatum: 02.03.2026        Rechnungs-Nr.: 2026-0418",
      ("h", "Liquidation nach GOZ", 2),
      "Patientin: Marion Kaiser, geb. 14.06.1972",
      ("t", [["Datum", "Zahn", "GOZ", "Leistung", "Faktor", "Betrag"],
             ["16.02.2026", "", "0010", "Eingehende Untersuchung", "2,3", "12,94 €"],
             ["16.02.2026", "46", "Ä5000", "Röntgen Einzelaufnahme", "1,8", "5,25 €"],
             ["23.02.2026", "46", "2390", "Trepanation eines Zahnes", "2,3", "18,11 €"],
             ["23.02.2026", "46", "2410", "Aufbereitung Wurzelkanal (3 Kanäle)", "2,3", "112,53 €"],
             ["02.03.2026", "46", "2440", "Füllung Wurzelkanal (3 Kanäle)", "2,3", "82,80 €"],
             ["", "", "", "Summe", "", "231,63 €"]]),
      "Diagnose: irreversible Pulpitis Zahn 46 (K04.0)",
      "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
  ], title="Rechnung 2026-0418", octet=True)])

M("C", "de", "insurer-to-customer", "confirmation of address change for a named household policyholder with policy number and new insured address",
  frm=ADDR("zimmermann"),
  to="Herr Tobias Lenz <tobias.lenz@t-online.example>",
  subj="Ihre Adressänderung – Hausratversicherung HR-20-4471093",
  date="2026-03-10 07:58",
  sig="zimmermann",
  body="""Sehr geehrter Herr Lenz,

vielen Dank für Ihre Nachricht vom 6. März. Wir haben Ihre neue Anschrift zum 1. April 2026 in Ihrem Vertrag hinterlegt:

Tobias Lenz
Ehrenfeldgürtel 118
50823 Köln

Ihre Hausratversicherung HR-20-4471093 gilt ab diesem Tag für die neue Wohnung. Während des Umzugs sind Sie in beiden Wohnungen versichert, längstens zwei Monate.

Die Wohnfläche hat sich laut Ihrer Angabe von 64 auf 78 m² vergrößert. Dadurch erhöht sich die Versicherungssumme auf 70.200 Euro und der Jahresbeitrag auf 148,20 Euro. Einen neuen Versicherungsschein erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "team organisation: broken coffee machine and team breakfast",
  frm=ADDR("hartwig"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  subj="Kaffeemaschine 3. OG / Frühstück Freitag",
  date="2026-03-10 08:05",
  client="outlook",
  body="""Moin zusammen,

die Kaffeemaschine in der Teeküche 3. OG ist mal wieder hinüber (Fehler "Brühgruppe"). Facility ist informiert, Techniker kommt laut Anja frühestens Donnerstag. Bis dahin bitte in den 2. OG ausweichen.

Und weil Kevin Freitag seinen letzten Tag vor der Elternzeit hat: Frühstück um 9:30 im Besprechungsraum Rhein. Liste hängt an der Pinnwand, wer bringt was. Brötchen übernehme ich.

Melanie
""",
  sig="hartwig", sigstyle="name")

M("S", "en", "customer-to-insurer", "expat asks about a premium increase and mentions her pregnancy and due date in passing",
  frm="Laura Whitcombe <laura.whitcombe@outlook.example>",
  to="international-health@versicherer.example",
  subj="Premium increase from April?",
  date="2026-03-10 08:31",
  client="outlook",
  body="""Hello,

I received your letter saying my monthly premium goes up from 412.37 to 446.90 EUR from 1 April. Could you please explain why? I have not made a single claim in the last two years (apart from routine check-ups).

Also, while I'm writing: I'm pregnant (due date 19 August) and my gynaecologist Dr. Hansen in Düsseldorf says I should book the hospital soon. Does my tariff cover a private room and the midwife, or do I need to ask you first? My policy number is KV 3.220.118.404.

Thanks a lot,
Laura Whitcombe
""")

M("C", "de", "insurer-to-customer", "SEPA mandate confirmation with full IBAN and mandate reference for a motor policy",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>",
  ent="av",
  to="Helmut Brandstätter <h.brandstaetter@freenet.example>",
  subj="Bestätigung Ihres SEPA-Lastschriftmandats",
  date="2026-03-10 08:40",
  client="system",
  body=f"""Sehr geehrter Herr Brandstätter,

hiermit bestätigen wir Ihnen das erteilte SEPA-Lastschriftmandat.

Zahlungsempfänger: Versicherer Allgemeine Versicherung AG
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Mandatsreferenz: KF7720041563-03
Vertrag: Kfz-Versicherung KF 7720041563, Kennzeichen K-HB 1958
Kontoinhaber: Helmut Brandstätter
IBAN: {IB("DE", "370605900004417893")}
BIC: GENODED1SPK

Der Jahresbeitrag von 612,40 Euro wird ab dem 01.04.2026 vierteljährlich mit 153,10 Euro jeweils zum Ersten des Quartals eingezogen. Fällt der Erste auf ein Wochenende oder einen Feiertag, erfolgt die Belastung am nächsten Bankarbeitstag.

Mit freundlichen Grüßen
Ihr Beitragsservice

Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln
Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""")

M("N", "de", "newsletter", "customer magazine newsletter: bicycle check, storm tips, no personal data",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>",
  to="newsletter-empfaenger@versicherer.example",
  subj="Frühlingsausgabe: Fahrrad-Check, Sturmtipps und Ihr neues Kundenportal",
  date="2026-03-10 09:00",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  body="""Versicherer Kundenmagazin – Frühjahr 2026

FAHRRAD-CHECK IN FÜNF MINUTEN
Bevor die Saison startet: Bremsen, Licht, Reifendruck, Kette, Schloss. Übrigens: Ein Fahrrad ist in der Hausratversicherung gegen Diebstahl nur versichert, wenn das im Vertrag vereinbart ist. Ein Blick in Ihre Unterlagen lohnt sich.

WENN DER STURM KOMMT
Gartenmöbel sichern, Dachrinnen prüfen, Auto nicht unter Bäumen parken. Was nach einem Sturmschaden zu tun ist, lesen Sie in unserer Checkliste auf versicherer.example/sturm.

NEU IM KUNDENPORTAL
Adressänderung, Bankverbindung, Schadenmeldung: Vieles erledigen Sie jetzt rund um die Uhr selbst. Nachrichten mit persönlichen Daten stellen wir Ihnen sicher in Ihr Portal-Postfach.

GEWINNSPIEL
Unter allen Leserinnen und Lesern verlosen wir drei Fahrradhelme. Teilnahmeschluss: 31. März 2026.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.versicherer.example/newsletter/abmelden
Versicherer Holding AG · Rheinuferstraße 12 · 50667 Köln
""",
  html=True)

M("S", "de", "insurer-to-customer", "body says only 'anbei das gewünschte Schreiben'; attached PDF is a health benefit statement with physiotherapy and diagnosis",
  frm=ADDR("kaya"),
  to="Herr Emre Yıldırım <emre.yildirim@gmail.example>",
  subj="AW: Abrechnung",
  date="2026-03-10 09:14",
  sig="kaya",
  body="""Sehr geehrter Herr Yıldırım,

anbei das gewünschte Schreiben.

Mit freundlichen Grüßen
""",
  quote=OQ("Emre Yıldırım <emre.yildirim@gmail.example>", "Montag, 9. März 2026 18:22", "leistung-kranken@versicherer.example",
           "Abrechnung", """Hallo, können Sie mir die Abrechnung nochmal schicken? Die Post ist nie angekommen. Danke, E. Yıldırım"""),
  att=[PDF("Leistungsabrechnung_2026-03-04.pdf", [
      ("h", "Leistungsabrechnung"),
      "Versicherer Krankenversicherung a.G. · 50667 Köln",
      "Herrn Emre Yıldırım · Subbelrather Str. 301 · 50825 Köln",
      "Versicherungsnummer: KV 3.551.029.660      Tarif: AMB 80 / PHY",
      "Datum der Abrechnung: 04.03.2026",
      ("t", [["Rechnungsdatum", "Leistungserbringer", "Leistung", "Rechnungsbetrag", "erstattet"],
             ["12.02.2026", "Physiotherapie am Dom, Köln", "6 x Krankengymnastik, 6 x Wärmetherapie", "312,00 €", "249,60 €"],
             ["19.02.2026", "Dr. med. Carsten Lüdecke, Orthopädie", "Beratung, Untersuchung, Injektion", "146,52 €", "117,22 €"]]),
      "Diagnose laut Verordnung: M54.4 Lumboischialgie",
      "Erstattungsbetrag gesamt: 366,82 € – Überweisung auf Ihr hinterlegtes Konto in den nächsten Tagen.",
      ("small", "Bei Fragen erreichen Sie uns unter 0221 555-3490."),
  ], title="Leistungsabrechnung")])

M("N", "en", "insurer-to-prospect", "trap: prospect asks about pet insurance for a puppy they plan to buy; generic tariff answer, no contract",
  frm=ADDR("wagner"),
  to="Ben Carter <ben.carter@icloud.example>",
  subj="RE: Pet insurance for a puppy?",
  date="2026-03-10 09:30",
  sig="wagner",
  lang="en",
  body="""Dear Mr Carter,

thank you for your interest. We offer two tariffs for dogs:

- Dog OP: surgery costs incl. anaesthesia and aftercare, up to EUR 5,000 per year
- Dog Complete: surgery plus outpatient vet treatment, vaccinations and worming, up to EUR 3,000 per year for outpatient care

Puppies can be insured from the 9th week of life. There is no waiting period for accidents; for illness it is 30 days. Dog owner's liability is a separate product and compulsory in North Rhine-Westphalia for some breeds.

You can calculate the premium for the breed on our website, or I am happy to send you an offer once you know the breed and date of birth of the puppy.

Kind regards
""",
  quote=OQ("Ben Carter <ben.carter@icloud.example>", "Monday, March 9, 2026 9:41 PM", "tierversicherung@versicherer.example",
           "Pet insurance for a puppy?", """Hi, we are planning to get a puppy (probably a Labrador) in May. What insurance would you recommend and what does it roughly cost? Thanks, Ben""", lang="en"))

M("C", "de", "customer", "customer service forwards a parking damage report: plate numbers, policy number, nobody hurt",
  frm=ADDR("schmitz"),
  to="Schadenservice Kraftfahrt <kfz-schaden@versicherer.example>",
  subj="WG: Parkrempler Rewe-Parkplatz",
  date="2026-03-10 09:52",
  client="outlook",
  body="""Hallo Kollegen,

bitte übernehmen, Kunde hat über das Kontaktformular gemeldet. Foto war keins dabei, hab ihn gebeten, eins nachzureichen.

Gruß Kevin
""",
  quote=OQ("Kontaktformular <kontaktformular@versicherer.example>", "Dienstag, 10. März 2026 07:12", "kundenservice@versicherer.example",
           "Kontaktformular: Schaden melden", """Name: Dirk Albers
E-Mail: dirk.albers@web.example
Telefon: 0171 4432098
Vertragsnummer: KF 7720058810
Anliegen: Schaden melden

Nachricht:
hallo, bin gestern (09.03.) auf dem rewe parkplatz in pulheim beim rückwärts ausparken gegen einen anderen wagen gefahren, grauer skoda octavia BM-KL 440. stoßstange hinten links bei dem hat ne delle, bei mir nix zu sehen. fahrerin war dabei, wir haben daten getauscht, sie heißt Renate Sommer. verletzt wurde keiner. mein auto ist der blaue golf K-DA 2207. was muss ich jetzt machen?"""))

M("S", "de", "relative", "long internal thread: daughter's request about her mother's care level application; dementia and care level three quotes down",
  frm=ADDR("hartwig"),
  to="Leistungsservice Pflege <leistung-pflege@versicherer.example>",
  cc=ADDR("lehmann"),
  subj="WG: AW: AW: Antrag Mutter",
  date="2026-03-10 10:07",
  client="outlook",
  body="""Hallo Katrin,

kannst du dir das bitte ansehen? Die Tochter hat inzwischen die Vollmacht geschickt (liegt in der Akte), sie wartet aber seit drei Wochen auf einen Termin für die Begutachtung. Unten im Verlauf steht alles.

Danke dir
Melanie
""",
  quote=OQ("Simone Krautwurst <simone.krautwurst@web.example>", "Montag, 9. März 2026 19:40", "kundenservice@versicherer.example",
           "AW: AW: Antrag Mutter", """Guten Abend Frau Hartwig,

die Vollmacht habe ich heute hochgeladen. Wann kommt denn nun jemand vorbei? Es wird wirklich jeden Tag schwieriger.

Gruß S. Krautwurst

""" + OQ("Melanie Hartwig <melanie.hartwig@versicherer.example>", "Donnerstag, 26. Februar 2026 11:03", "Simone Krautwurst",
         "AW: Antrag Mutter", """Sehr geehrte Frau Krautwurst,

damit wir Ihnen Auskunft geben dürfen, benötigen wir eine Vollmacht Ihrer Mutter oder eine Betreuungsurkunde. Sie können diese im Kundenportal hochladen.

Mit freundlichen Grüßen
Melanie Hartwig

""" + OQ("Simone Krautwurst <simone.krautwurst@web.example>", "Mittwoch, 25. Februar 2026 21:15", "kundenservice@versicherer.example",
         "Antrag Mutter", """Hallo,

meine Mutter Hildegard Krautwurst (Pflegeversicherung bei Ihnen, Nr. KV 2.880.413.207) hat im Januar einen Antrag auf einen Pflegegrad gestellt. Sie hat seit letztem Herbst eine diagnostizierte Alzheimer-Demenz, vergisst den Herd, findet nachts nicht mehr ins Bett zurück und ist zweimal gestürzt. Ich wohne 40 km entfernt und schaffe das nicht mehr allein. Der Hausarzt meint, Pflegegrad 3 wäre realistisch.

Wie lange dauert das noch mit dem Gutachter?

Simone Krautwurst"""))))

M("N", "de", "insurer-to-prospect", "trap: appointment confirmation for a general pension consultation of a prospect, ICS attached, no contract or health data",
  frm=ADDR("falk"),
  to="Jana Petersen <jana.petersen@posteo.example>",
  subj="Terminbestätigung: Beratung Altersvorsorge am 17.03.",
  date="2026-03-10 10:20",
  sig="falk", sigstyle="short",
  body="""Hallo Frau Petersen,

gern bestätige ich unseren Termin:

Dienstag, 17. März 2026, 16:00 Uhr
Kundencenter Köln-Innenstadt, Rheinuferstraße 12, Erdgeschoss

Wir sprechen über die Möglichkeiten zur privaten Altersvorsorge und schauen uns an, was Ihr Arbeitgeber als betriebliche Altersversorgung anbietet. Wenn Sie möchten, bringen Sie die Renteninformation der Deutschen Rentenversicherung mit, nötig ist es aber nicht.

Die Einladung für Ihren Kalender hänge ich an. Falls etwas dazwischenkommt, rufen Sie mich einfach an.

Viele Grüße
""",
  att=[ICS("Beratungstermin.ics", "20260317T160000-falk-4471@versicherer.example", "Beratung Altersvorsorge – Versicherer Kundencenter",
           "20260317T160000", "20260317T170000", ("Bernd Falk", "bernd.falk@versicherer.example"),
           [("Jana Petersen", "jana.petersen@posteo.example")], location="Kundencenter Köln-Innenstadt, Rheinuferstraße 12, 50667 Köln",
           description="Beratungsgespräch Altersvorsorge. Bei Verhinderung bitte kurz Bescheid geben: 0221 555-1230.")])

M("C", "en", "insurer-to-customer", "travel insurance: baggage delay claim acknowledged with claim number, flight and traveller name, no health content",
  frm=ADDR("seidel"),
  to="Martin Hughes <m.hughes@gmail.example>",
  subj="Your baggage claim R-2026-0031877",
  date="2026-03-10 10:44",
  sig="seidel",
  body="""Dear Mr Hughes,

we have received your claim for the delayed suitcase on your flight LH 1166 from Lisbon to Frankfurt on 28 February 2026 and registered it under claim number R-2026-0031877 (travel policy RV 4410-2299-01).

To settle the claim we need:
1. the Property Irregularity Report (PIR) from the airline,
2. receipts for the emergency purchases (clothing, toiletries),
3. the airline's confirmation of when the suitcase was delivered to you.

Emergency purchases are reimbursed up to EUR 300 per insured person. Please send the documents via the customer portal or reply to this e-mail.

Kind regards
""",
  lang="en")

M("N", "en", "system", "portal password reset mail with link, no personal data",
  frm="Versicherer Customer Portal <noreply@portal.versicherer.example>",
  to="p.okonkwo@yahoo.example",
  subj="Reset your password",
  date="2026-03-10 11:02",
  mailer="Siegel Portal Notifier",
  body="""Hello,

someone (hopefully you) asked to reset the password for your account in the Versicherer customer portal.

To choose a new password, open this link within 30 minutes:
https://portal.versicherer.example/reset?token=7Qm4Zr2xKc9WbT1nE8vL

If you did not ask for this, you can ignore this e-mail. Your password stays unchanged.

This mailbox is not monitored. Please do not reply.
Versicherer Customer Service
""")

M("S", "de", "customer-to-insurer", "change of debit date for an occupational disability (BU) policy; no medical word, but a personal line contract of a named person",
  frm="Florian Weidemann <florian.weidemann@gmx.example>",
  to="service-leben@versicherer.example",
  subj="Abbuchungsdatum ändern",
  date="2026-03-10 11:15",
  client="webmail",
  body="""Guten Tag,

ich möchte bitten, das Abbuchungsdatum für meine Berufsunfähigkeitsversicherung (Vertragsnummer LV 60.3318.774) vom 1. auf den 15. des Monats zu ändern, weil mein Gehalt neuerdings erst zur Monatsmitte kommt. Geht das ab April?

Bankverbindung bleibt gleich.

Vielen Dank und freundliche Grüße
Florian Weidemann
Ringstraße 5
53721 Siegburg
""")

M("N", "de", "internal", "IT ticket about a streaky scanner in the mailroom",
  frm="IT-Servicedesk <servicedesk@versicherer.example>",
  to=ADDR("hartwig"),
  subj="[Ticket #INC0448120] Scanner Posteingang druckt Streifen – in Bearbeitung",
  date="2026-03-10 11:26",
  client="system",
  mailer="ServiceNow",
  body="""Hallo Frau Hartwig,

Ihr Ticket INC0448120 wurde Lukas Hoffmann (IT-Servicedesk) zugewiesen.

Kurzbeschreibung: Scanner Posteingang (Kodak i4650, Raum 0.14) erzeugt senkrechte graue Streifen auf allen Scans
Priorität: 3 – mittel
Status: In Bearbeitung

Kommentar Lukas Hoffmann:
Das sind meistens verschmutzte Glasflächen am Scanbereich. Ich komme heute gegen 14 Uhr mit Reinigungstüchern vorbei. Bitte bis dahin keine Stapel über 50 Blatt einlegen.

Sie können das Ticket im Self-Service-Portal verfolgen: https://servicedesk.intern.versicherer.example/INC0448120
""")

M("C", "en", "insurer-to-customer", "buildings insurance premium question answered: policy number, insured address, sum insured index for a named customer",
  frm=ADDR("zimmermann"),
  to="Gareth Pryce <gareth.pryce@btinternet.example>",
  subj="RE: Why has my building insurance gone up?",
  date="2026-03-10 11:40",
  sig="zimmermann",
  lang="en",
  body="""Dear Mr Pryce,

thank you for your e-mail. The premium of your residential buildings policy WG-19-0558124 for the house at Am Wiesenhang 3, 53604 Bad Honnef rises from EUR 684.15 to EUR 731.70 from 1 April 2026.

The reason is the annual index adjustment: the building cost index published by the Federal Statistical Office went up, and with it the "value 1914" based sum insured and the premium. This protects you against underinsurance, because repair costs have risen by the same percentage. Your cover itself has not changed, and there was no increase because of claims.

If you would like to review the cover (for example the natural hazards extension you asked about last year), I am happy to send you a quote.

Kind regards
""",
  quote=Q("""Hello, I just got a letter that my building insurance is going up again by almost 50 euros. I haven't claimed anything. Why?
Gareth Pryce"""))

M("N", "en", "internal", "group finance quarter-close timetable, no personal data",
  frm=ADDR("morgan"),
  to="Finance Controllers <fin-controllers@versicherer.example>",
  subj="Q1 close timetable – please confirm by Friday",
  date="2026-03-10 12:03",
  sig="morgan", sigstyle="short",
  lang="en",
  body="""All,

below the proposed timetable for the Q1 2026 close. Please confirm or flag conflicts by Friday.

WD-2 (27 Mar)  cut-off accruals, IC reconciliation starts
WD+1 (1 Apr)   premium and claims interfaces frozen
WD+3 (3 Apr)   reserving inputs to Actuarial
WD+6 (9 Apr)   entity results to Group
WD+9 (14 Apr)  management pack draft

Note the Easter holidays (3 and 6 April) – WD+3 is therefore the Thursday before Good Friday. If your team is thin over Easter, tell me now and not on the 2nd.

Thanks
""")

M("S", "de", "insurer-to-customer", "accident insurance disability benefit after an ankle fracture with percentage and amount for a named insured person",
  frm=ADDR("albrecht"),
  to="Frau Petra Oberländer <petra.oberlaender@web.example>",
  subj="Ihre Unfallversicherung UV-1143098 – Invaliditätsleistung",
  date="2026-03-10 12:30",
  sig="albrecht",
  body="""Sehr geehrte Frau Oberländer,

das Gutachten von Herrn Dr. Weißenborn vom 19. Februar 2026 liegt uns vor. Vielen Dank für Ihre Geduld.

Der Gutachter stellt nach der Sprunggelenksfraktur rechts (Unfall vom 7. Januar 2025, Sturz auf Glatteis) eine dauerhafte Funktionsbeeinträchtigung des rechten Fußes von 3/10 Fußwert fest. Nach der Gliedertaxe Ihrer Bedingungen beträgt der Fußwert 40 %, der Invaliditätsgrad also 12 %.

Bei einer Grundsumme von 100.000 Euro und der vereinbarten Progression von 225 % ergibt sich bei 12 % keine Progression; wir zahlen daher 12.000 Euro. Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen. Wenn sich Ihr Zustand verschlechtert, sprechen Sie uns gern an.

Mit freundlichen Grüßen
""")

M("C", "de", "customer-to-insurer", "motor policy cancellation after car sale: plate, VIN, buyer name and address in attached sales contract",
  frm="Jürgen Pohlmann <juergen.pohlmann@arcor.example>",
  to="kfz@versicherer.example",
  subj="Kündigung wg. Verkauf",
  date="2026-03-10 13:05",
  client="thunderbird",
  body="""Sehr geehrte Damen und Herren,

ich habe meinen Wagen (Opel Astra, K-JP 612) am 7.3. verkauft. Bitte beenden Sie die Versicherung KF 7718822301 zum Verkaufstag. Kaufvertrag hänge ich an.

Ein neues Auto kommt erstmal nicht.

Mfg
J. Pohlmann
""",
  att=[PDF("Kaufvertrag Astra.pdf", [
      ("h", "Kaufvertrag über ein gebrauchtes Kraftfahrzeug (privat)"),
      "Verkäufer: Jürgen Pohlmann, Weißhausstraße 22, 50939 Köln",
      "Käufer: Mehmet Çelik, Bonner Straße 210, 50968 Köln, Personalausweis-Nr. L01X00T471",
      ("t", [["Fahrzeug", "Angabe"], ["Hersteller/Typ", "Opel Astra K 1.2 Turbo"], ["Amtl. Kennzeichen", "K-JP 612"],
             ["Fahrzeug-Ident.-Nr.", "W0VBD6EL8LG012398"], ["Erstzulassung", "14.08.2020"], ["km-Stand", "68.430"],
             ["Kaufpreis", "11.900,00 €"]]),
      "Übergabe am 07.03.2026, 15:30 Uhr, mit 2 Schlüsseln, Zulassungsbescheinigung Teil I und II.",
      "Das Fahrzeug wird unter Ausschluss der Sachmängelhaftung verkauft. Der Käufer meldet das Fahrzeug innerhalb einer Woche um.",
      "Köln, 07.03.2026     gez. J. Pohlmann     gez. M. Çelik",
  ], title="Kaufvertrag")])

M("N", "de", "insurer-to-prospect", "reply to a thank-you note after a general phone consultation; no contract, line or personal details",
  frm=ADDR("demir"),
  to="Ingrid Vosskamp <ingrid.vosskamp@t-online.example>",
  subj="AW: Danke!",
  date="2026-03-10 13:22",
  sig="demir", sigstyle="name",
  body="""Liebe Frau Vosskamp,

vielen Dank für Ihre freundlichen Worte, darüber habe ich mich sehr gefreut! Ich gebe das gern auch an meine Kolleginnen weiter.

Ihnen eine gute Zeit und herzliche Grüße nach Bensberg
""",
  quote=Q("""Liebe Frau Demir,

ich wollte mich einfach mal für das nette Gespräch am Telefon bedanken. Sie haben sich so viel Zeit genommen und mir alles in Ruhe erklärt, das erlebt man heute selten.

Herzliche Grüße
Ingrid Vosskamp"""))

M("S", "en", "internal", "international health: hospital invoice of a named expat in Spain (appendicitis) forwarded to claims; details in attached PDF",
  frm=ADDR("whitfield"),
  to="Health Claims Inpatient <leistung-stationaer@versicherer.example>",
  cc=ADDR("brandt"),
  subj="FW: Invoice Clínica Mar Azul Marbella – policy KV 3.401.886.120",
  date="2026-03-10 13:48",
  client="outlook",
  lang="en",
  body="""Hi Gerrit,

forwarding the invoice for Mr Thornton (international tariff GLOBAL PLUS). Hospital wants direct billing, our guarantee of payment was issued on 22 Feb. Amount is within the guarantee. Could you process it this week? The hospital has already sent a reminder.

Thanks,
Emma
""",
  sig="whitfield", sigstyle="short",
  att=[PDF("MARAZUL_FACTURA_2026-004471.pdf", [
      ("h", "Clínica Mar Azul Marbella – Factura / Invoice 2026-004471"),
      "Avda. de las Palmeras 14, 29602 Marbella (Málaga), España",
      "Patient: Mr Richard Thornton, date of birth 03/11/1958, passport no. 539904417",
      "Insurer: Versicherer Krankenversicherung a.G., policy KV 3.401.886.120, guarantee of payment GOP-2026-0219",
      "Admission 20/02/2026 – Discharge 24/02/2026",
      "Diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy",
      ("t", [["Concept", "Units", "Amount EUR"], ["Emergency department", "1", "420.00"], ["Laparoscopic appendectomy (surgeon, anaesthetist)", "1", "3,850.00"],
             ["Operating theatre", "1", "1,240.00"], ["Room (private) per night", "4", "1,600.00"], ["Laboratory, pathology", "1", "386.50"],
             ["Pharmacy", "1", "212.80"], ["Total", "", "7,709.30"]]),
      "Payment by bank transfer within 30 days, quoting the invoice number.",
  ], title="Factura 2026-004471", unicode=True)])

M("C", "de", "insurer-to-customer", "legal expenses cover confirmation for a tenancy dispute: policyholder, opponent landlord, claim number",
  frm=ADDR("lindqvist"),
  to="Herrn Nikolai Brecht <n.brecht@posteo.example>",
  subj="Deckungszusage – Ihr Rechtsschutzfall RS-S-2026-01144",
  date="2026-03-10 14:10",
  sig="lindqvist",
  body="""Sehr geehrter Herr Brecht,

für Ihre Auseinandersetzung mit Ihrem Vermieter, der Rheinblick Immobilien GbR (vertreten durch Herrn Axel Fromm), wegen der Nebenkostenabrechnung 2024 und der angekündigten Mieterhöhung erteilen wir Ihnen Deckungszusage aus Ihrem Vertrag RS 88 120 5567 (Baustein Wohnungs- und Grundstücks-Rechtsschutz für Mieter).

Die Zusage gilt zunächst für die außergerichtliche Tätigkeit eines Rechtsanwalts Ihrer Wahl. Die Selbstbeteiligung beträgt 150 Euro.

Bitte geben Sie Ihrem Anwalt unsere Schadennummer RS-S-2026-01144 an. Er kann seine Rechnung direkt mit uns abrechnen.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: Easter leave planning spreadsheet with staff names and days, no reasons or personal details",
  frm=ADDR("hartwig"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  subj="Urlaubsplanung Ostern – bitte bis Freitag eintragen",
  date="2026-03-10 15:01",
  client="outlook",
  body="""Hallo zusammen,

anbei der aktuelle Stand für die Osterwochen. Wir brauchen jeden Tag mindestens vier Leute am Telefon, am Gründonnerstag wegen der Quartalsschreiben eher sechs. Bitte tragt Änderungen bis Freitag direkt in der Datei auf dem Teamlaufwerk ein (nicht in der angehängten Kopie).

Danke!
Melanie
""",
  att=[XLSX("Urlaub_Ostern_2026.xlsx", {"Ostern": [
      ["Name", "30.03.", "31.03.", "01.04.", "02.04.", "07.04.", "08.04.", "09.04.", "10.04."],
      ["Hartwig", "", "", "", "", "U", "U", "", ""],
      ["Schmitz", "EZ", "EZ", "EZ", "EZ", "EZ", "EZ", "EZ", "EZ"],
      ["Kowalski", "U", "U", "U", "", "", "", "", ""],
      ["Bayram", "", "", "", "", "", "U", "U", "U"],
      ["Roggendorf", "", "", "", "", "", "", "", ""],
      ["Tillmann", "U", "", "", "", "", "", "", "U"],
      ["Kraus", "", "", "", "", "U", "U", "U", "U"],
      ["Besetzung", 6, 7, 7, 8, 5, 4, 5, 5],
  ], "Legende": [["Kürzel", "Bedeutung"], ["U", "Urlaub"], ["EZ", "Elternzeit"], ["GLZ", "Gleitzeit"]]}, author="Melanie Hartwig")])

M("S", "de", "customer-to-insurer", "supplementary dental: question about waiting period with treatment plan for an implant attached",
  frm="Carsten Wiegand <carsten.wiegand@gmx.example>",
  to="zahn@versicherer.example",
  subj="Implantat – zahlt die Zusatzversicherung?",
  date="2026-03-10 16:34",
  client="thunderbird",
  body="""Hallo,

ich habe seit Juni 2025 die Zahnzusatzversicherung ZahnPlus 90 bei Ihnen (KV 3.610.447.052). Jetzt muss leider der Zahn 36 raus und mein Zahnarzt will ein Implantat setzen. Den Heil- und Kostenplan hänge ich an.

Die Wartezeit von 8 Monaten ist ja inzwischen rum, oder? Und gilt da noch die Begrenzung in den ersten Jahren? Ich finde das in den Bedingungen nicht.

Danke und Gruß
Carsten Wiegand
""",
  att=[PDF("HKP_Wiegand.pdf", [
      ("h", "Heil- und Kostenplan – Implantologische Versorgung"),
      "Zahnärztliche Gemeinschaftspraxis Dres. Albers & Kühn, Neusser Straße 88, 50670 Köln",
      "Patient: Carsten Wiegand, geb. 22.09.1981, Versicherung: Versicherer Krankenversicherung (privat, Zusatz)",
      "Befund: Zahn 36 nicht erhaltungswürdig, apikale Parodontitis, Längsfraktur der distalen Wurzel (K04.5, S02.54)",
      "Therapie: Extraktion 36, Socket Preservation, Implantat regio 36 nach 3 Monaten, Implantatkrone Zirkon",
      ("t", [["GOZ", "Leistung", "Anzahl", "Faktor", "Betrag"],
             ["3000", "Entfernung eines Zahnes", "1", "2,3", "14,23 €"],
             ["9010", "Implantatinsertion", "1", "2,3", "355,82 €"],
             ["9100", "Augmentation", "1", "2,3", "350,76 €"],
             ["2200", "Versorgung mit Krone (Implantat)", "1", "2,3", "193,12 €"],
             ["", "Material- und Laborkosten (geschätzt)", "", "", "1.480,00 €"],
             ["", "Gesamt (geschätzt)", "", "", "2.393,93 €"]]),
      "Köln, 05.03.2026",
  ], title="Heil- und Kostenplan")])


# --------------------------------------------------------------------------
# Batch 2 — Wednesday, 11 March 2026
# --------------------------------------------------------------------------

M("N", "de", "system", "portal registration: one-time password mail, no personal or contract data",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="k.heinemann@web.example",
  subj="Ihr Einmal-Passwort für das Versicherer Kundenportal",
  date="2026-03-11 06:15",
  mailer="Siegel Portal Notifier",
  body="""Guten Tag,

für Sie wurde ein Zugang zum Versicherer Kundenportal eingerichtet.

Ihr Einmal-Passwort lautet:   R7k-pW2q-9Tx

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Melden Sie sich dort mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an. Danach vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 14 Tage gültig.

Bitte antworten Sie nicht auf diese E-Mail.
""")

M("N", "de", "system", "auto-reply of the customer service mailbox: receipt confirmation without quoting the customer's text",
  frm="Versicherer Kundenservice <kundenservice@versicherer.example>",
  to="Rüdiger Thelen <ruediger.thelen@t-online.example>",
  subj="Eingangsbestätigung: AW: Unterlagen",
  date="2026-03-11 06:31",
  client="system",
  mailer="Versicherer Mail-Autoresponder",
  headers={"X-Autoreply": "yes"},
  body="""Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird in der Regel innerhalb von drei Werktagen bearbeitet.

Bitte senden Sie uns keine Gesundheitsunterlagen, Arztberichte oder Kontodaten per unverschlüsselter E-Mail. Nutzen Sie dafür Ihr Postfach im Kundenportal: https://portal.versicherer.example

Schäden können Sie jederzeit unter 0800 555 1000 (kostenfrei) melden.

Ihr Versicherer Kundenservice
""")

M("S", "de", "relative-to-insurer", "husband asks about his wife's hospital bill after a gallbladder operation",
  frm="Klaus-Dieter Wirtz <kd.wirtz@gmx.example>",
  to="leistung-kranken@versicherer.example",
  subj="Krankenhaus meine Frau",
  date="2026-03-11 07:02",
  client="android",
  body="""Guten morgen,
meine frau Hannelore Wirtz lag von 2. bis 6. März im Kreiskrankenhaus Euskirchen-Nord, die Gallenblase wurde raus genommen (Bauchspiegelung). Jetzt hat das Krankenhaus gefragt ob die Rechnung direkt an Sie geht oder an uns. Sie ist bei Ihnen voll versichert, Nummer weiß ich grad nicht, ihr Geburtsdatum ist 17.04.1961.
Und das Einzelzimmer, ist das drin?
Gruß K.-D. Wirtz
""")

M("C", "de", "insurer-to-customer", "motor: effect of a claim on the no-claims class of a named policyholder with policy number",
  frm=ADDR("ohlsen"),
  to="Sandra Moll <sandra.moll@web.example>",
  subj="AW: Was passiert mit meiner SF-Klasse?",
  date="2026-03-11 07:48",
  sig="ohlsen",
  body="""Sehr geehrte Frau Moll,

Sie sind in Ihrer Kfz-Haftpflichtversicherung KF 7720133905 derzeit in SF-Klasse 12 (Beitragssatz 38 %). Wenn wir den Schaden vom 24. Februar regulieren, werden Sie zum 1. Januar 2027 in die SF-Klasse 7 zurückgestuft (Beitragssatz 51 %). Bei unveränderten Tarifen wären das rund 96 Euro mehr im Jahr, und der Nachteil wirkt über mehrere Jahre nach.

Sie haben die Möglichkeit, uns die Schadenzahlung zu erstatten. Die Gegenseite hat 1.180,40 Euro geltend gemacht. Wenn Sie diesen Betrag innerhalb von sechs Monaten nach unserer Abrechnung an uns zurückzahlen, bleibt Ihre SF-Klasse unverändert. Die Kfz-Schadenservice-Abrechnung schicken wir Ihnen zu, sobald der Fall abgeschlossen ist.

Mit freundlichen Grüßen
""",
  quote=OQ("Sandra Moll <sandra.moll@web.example>", "Dienstag, 10. März 2026 20:14", "kfz@versicherer.example",
           "Was passiert mit meiner SF-Klasse?", """Hallo, lohnt es sich den Schaden selbst zu zahlen? Was passiert mit meiner SF Klasse? Vertrag KF 7720133905. Danke S. Moll"""))

M("N", "en", "internal", "meeting invitation: architecture review of the portal migration, ICS attached",
  frm=ADDR("raman"),
  to=[ADDR("neumann"), ADDR("fischer"), ADDR("hoffmann")],
  subj="Architecture review: portal migration to the new gateway",
  date="2026-03-11 08:10",
  sig="raman", sigstyle="short",
  lang="en",
  body="""Hi all,

let's go through the target architecture for moving the customer portal behind the new secure-mail gateway. Agenda:

1. Session handling and the 15-minute timeout
2. Notification mails (content-free) and the sender domain
3. Where attachments live and when they are deleted (90 days)
4. Load test results from last week (Jonas)

Slides follow tomorrow. Please bring open points, not solutions.

Priya
""",
  att=[ICS("invite.ics", "AAMkAGI2TG93AAA-raman-20260316@versicherer.example", "Architecture review: portal migration",
           "20260316T140000", "20260316T153000", ("Priya Raman", "priya.raman@versicherer.example"),
           [("Jonas Neumann", "jonas.neumann@versicherer.example"), ("Tim Fischer", "tim.fischer@versicherer.example"),
            ("Lukas Hoffmann", "lukas.hoffmann@versicherer.example")], location="Raum Deutz 4.12 / Teams",
           description="Architecture review portal migration. Teams link in the calendar entry.")])

M("S", "en", "insurer-to-customer", "life insurance: beneficiary change confirmed for a named policyholder; no medical word, personal line contract",
  frm=ADDR("aydin"),
  to="Mr Daniel Ashworth <daniel.ashworth@gmail.example>",
  subj="Your life insurance LV 61.2204.318 – change of beneficiary",
  date="2026-03-11 08:36",
  sig="aydin",
  lang="en",
  body="""Dear Mr Ashworth,

we have received your signed form dated 2 March 2026 and changed the revocable right to benefit in your term life insurance LV 61.2204.318 as follows:

Death benefit (EUR 250,000):
- 100 % to Ms Claire Ashworth, born 12 May 1987 (spouse)
- if she has predeceased you: in equal shares to your children

The previous nomination (your mother, Ms Margaret Ashworth) is no longer valid. A new policy schedule will reach you by post within the next days.

Please keep in mind that the right to benefit can be changed at any time while it is revocable. If you want to make it irrevocable, for example for a mortgage, we need a separate declaration.

Kind regards
""")

M("C", "de", "customer-to-insurer", "household: e-bike theft reported with frame number, police file number and home address",
  frm="Lea Schuhmacher <lea.schuhmacher@posteo.example>",
  to="schaden@versicherer.example",
  subj="E-Bike geklaut!!",
  date="2026-03-11 08:52",
  client="mobile",
  body="""Hallo,

mir wurde heute Nacht mein E-Bike aus dem Fahrradkeller geklaut (Schloss aufgebrochen, Kellertür auch). Ich hab Hausrat bei Ihnen mit Fahrradklausel, Vertrag HR-21-0098214.

Rad: Cube Kathmandu Hybrid, schwarz, gekauft 04/2024 für 3.299 €
Rahmennr: WBK2405517C
Anzeige bei der Polizei Köln-Nippes ist gemacht, Tagebuchnr. 260311-0412-K

Adresse: Neusser Str. 402, 50733 Köln

Was brauchen Sie noch? Rechnung hab ich irgendwo als PDF.
Lea Schuhmacher
""")

M("N", "de", "insurer-to-prospect", "trap: general answer about health questions in a dental tariff to a prospect; health vocabulary but no personal health data",
  frm=ADDR("nguyen"),
  to="Thorsten Giese <thorsten.giese@web.example>",
  subj="AW: Zahnzusatz – gibt es eine Gesundheitsprüfung?",
  date="2026-03-11 09:15",
  sig="nguyen",
  body="""Sehr geehrter Herr Giese,

vielen Dank für Ihre Anfrage. In unseren Zahnzusatztarifen ZahnPlus 70 und ZahnPlus 90 stellen wir im Antrag drei Fragen:

1. Fehlen Zähne, die noch nicht ersetzt sind (ausgenommen Weisheitszähne)?
2. Ist eine Zahnbehandlung, Parodontosebehandlung oder Kieferorthopädie angeraten, geplant oder begonnen?
3. Wurde in den letzten drei Jahren eine Parodontitis festgestellt?

Wenn Sie alle Fragen mit Nein beantworten, nehmen wir Sie ohne Risikozuschlag an. Bereits angeratene Behandlungen sind nicht versichert. Die Leistungen sind in den ersten vier Versicherungsjahren begrenzt (Zahnstaffel), Unfälle ausgenommen.

Die Produktinformationen finden Sie unter www.versicherer.example/zahn. Wenn Sie möchten, rechne ich Ihnen gern einen Beitrag aus – dafür brauche ich nur Ihr Geburtsjahr.

Mit freundlichen Grüßen
""",
  quote=Q("""Hallo, muss man bei Ihrer Zahnzusatzversicherung Gesundheitsfragen beantworten? Und zahlen Sie auch Bleaching? Gruß T. Giese"""))

M("S", "de", "customer", "customer service forwards a new IBAN for private health insurance premiums; bank data in a personal-line contract",
  frm=ADDR("schmitz"),
  to="Beitragsservice <beitragsservice@versicherer.example>",
  subj="WG: neue Kontoverbindung",
  date="2026-03-11 09:40",
  client="outlook",
  body="""Hallo Beitragsservice,

bitte neue Bankverbindung für den KV-Vertrag einpflegen, Mandat liegt unterschrieben bei (Upload im Portal vom 10.03.). Danke!

Kevin Schmitz
Kundenservice
""",
  quote=OQ("Yvonne Brückner <yvonne.brueckner@freenet.example>", "Dienstag, 10. März 2026 22:03", "kundenservice@versicherer.example",
           "neue Kontoverbindung", f"""Sehr geehrte Damen und Herren,

ich habe die Bank gewechselt. Bitte buchen Sie die Beiträge für meine Krankenversicherung (KV 3.118.900.274) ab April von meinem neuen Konto ab:

Yvonne Brückner
IBAN {IB("DE", "500105175426987312")}
ING

Das alte Konto bei der Sparkasse wird Ende April aufgelöst.

Mit freundlichen Grüßen
Yvonne Brückner"""))

M("N", "de", "newsletter", "trap: generic health newsletter with back exercises for home office; health vocabulary, no person",
  frm="Versicherer Gesundheitsnewsletter <newsletter@versicherer.example>",
  to="newsletter-gesundheit@versicherer.example",
  subj="Rückenfit im Homeoffice – 5 Übungen für zwischendurch",
  date="2026-03-11 10:00",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>", "Precedence": "bulk"},
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rückenfit im Homeoffice</title></head>
<body style="font-family:Arial,sans-serif;max-width:640px;margin:auto;color:#222">
<h1 style="color:#00507a">Rückenfit im Homeoffice</h1>
<p>Rückenschmerzen gehören zu den häufigsten Gründen für Arztbesuche. Oft helfen schon kleine Pausen. Unsere Physiotherapeutin zeigt fünf Übungen, die Sie am Schreibtisch machen können:</p>
<ol>
<li><b>Schulterkreisen</b> – 10 x vorwärts, 10 x rückwärts</li>
<li><b>Katzenbuckel im Sitzen</b> – Rücken rund machen, dann strecken</li>
<li><b>Seitneigung</b> – Arm über den Kopf, 20 Sekunden halten</li>
<li><b>Beckenkippen</b> – im Sitzen das Becken vor und zurück kippen</li>
<li><b>Aufstehen!</b> – jede halbe Stunde einmal</li>
</ol>
<p>Wer privat bei uns versichert ist, bekommt bis zu 150 Euro im Jahr für zertifizierte Präventionskurse erstattet – Rückenschule, Yoga oder Pilates.</p>
<p><a href="https://www.versicherer.example/gesundheit/ruecken">Alle Übungen als Video</a></p>
<hr><p style="font-size:11px;color:#777">Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln<br>
Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""")

M("C", "en", "insurer-to-customer", "private liability: son's football broke the neighbour's window; claim number and names, nobody hurt",
  frm=ADDR("oltmanns"),
  to="Sarah Lindgren <sarah.lindgren@gmail.example>",
  subj="Your liability claim H-2026-0087213 – broken window",
  date="2026-03-11 10:25",
  sig="oltmanns",
  lang="en",
  body="""Dear Ms Lindgren,

thank you for reporting the damage. We have registered it under claim number H-2026-0087213 (private liability policy PH 4402-118-77).

As we understand it, your son Oskar (9) was playing football in the garden on 7 March and the ball broke the patio door glass of your neighbour, Mr Heribert Schmalz, Lindenallee 14, 51503 Rösrath. Nobody was hurt.

Children under seven cannot be held liable, but Oskar is nine, so your policy covers the damage. Please ask Mr Schmalz to send us the glazier's quote or invoice directly; we will pay him. There is no deductible in your tariff.

Kind regards
""")

M("S", "de", "insurer-to-customer", "long-term care: daily care allowance paid for care level 2 of a named insured person",
  frm=ADDR("lehmann"),
  to="Herrn Gerhard Fuchs <gerhard.fuchs@t-online.example>",
  subj="Ihr Pflegetagegeld – Bescheid",
  date="2026-03-11 10:50",
  sig="lehmann",
  body="""Sehr geehrter Herr Fuchs,

der Medizinische Dienst hat bei Ihnen mit Gutachten vom 24. Februar 2026 den Pflegegrad 2 festgestellt. Aus Ihrer Pflegetagegeldversicherung PT 50 (Vertrag KV 2.771.043.118) zahlen wir deshalb ab dem 1. Februar 2026 ein Pflegetagegeld von 20 Euro täglich (40 % des vereinbarten Tagessatzes von 50 Euro).

Für Februar überweisen wir 560 Euro, ab März monatlich im Voraus. Die Beitragszahlung läuft weiter.

Sollte sich Ihr Pflegebedarf ändern, stellen Sie bitte einen Höherstufungsantrag. Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "training invitation for the customer service team about the new portal, ICS attached",
  frm=ADDR("neumann"),
  to="Kundenservice alle <kundenservice-alle@versicherer.example>",
  subj="Schulung: Das neue Kundenportal – Termine im März",
  date="2026-03-11 11:05",
  sig="neumann", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ab dem 1. April läuft die sichere Kommunikation mit Kunden über das neue Portal-Postfach. Damit ihr Kundenfragen dazu beantworten könnt, bieten wir drei Schulungstermine an (je 90 Minuten, Teams):

- Montag, 16.03., 10:00 Uhr
- Mittwoch, 18.03., 14:00 Uhr
- Freitag, 20.03., 09:00 Uhr

Themen: Registrierung mit Einmal-Passwort, Passwort vergessen und Sicherheitsfrage, Sperre nach drei Fehlversuchen, was Kunden in der Benachrichtigungsmail sehen (und was nicht), Löschfrist 90 Tage.

Bitte meldet euch über das Lernportal an. Die Einladung für den ersten Termin hängt an.

Viele Grüße
""",
  att=[ICS("Schulung_Kundenportal.ics", "schulung-portal-20260316@versicherer.example", "Schulung: Das neue Kundenportal",
           "20260316T100000", "20260316T113000", ("Jonas Neumann", "jonas.neumann@versicherer.example"),
           [("Kundenservice alle", "kundenservice-alle@versicherer.example")], location="Microsoft Teams",
           description="Schulung zum neuen Kundenportal. Bitte Headset bereithalten.")])

M("C", "de", "insurer-to-customer", "buildings: storm damage, assessor visit at the insured address of named policyholders",
  frm=ADDR("graf"),
  to="Familie Overbeck <overbeck.familie@web.example>",
  subj="Sturmschaden vom 3. März – Besichtigungstermin",
  date="2026-03-11 11:30",
  sig="graf",
  body="""Sehr geehrte Frau Overbeck, sehr geehrter Herr Overbeck,

vielen Dank für die Fotos. Wegen der Schadenhöhe (laut Dachdecker rund 8.400 Euro für Dach und Dachrinne) schicken wir einen Sachverständigen vorbei:

Herr Dipl.-Ing. Frank Rosendahl, Sachverständigenbüro Rosendahl, Bergisch Gladbach
Termin: Montag, 16. März 2026, zwischen 10 und 12 Uhr
Ort: Auf dem Kamp 9, 51429 Bergisch Gladbach

Schadennummer: WG-S-2026-004318, Vertrag WG-17-0311592

Bitte lassen Sie die beschädigten Ziegel bis zum Termin liegen, soweit das möglich ist. Die Notabdeckung mit Planen war richtig; die Kosten dafür übernehmen wir.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-customer", "office opening hours over Easter, answered to an English-speaking caller; no contract data",
  frm=ADDR("kowalski"),
  to="Tomasz Nowicki <tomasz.nowicki@onet.example>",
  subj="RE: Office open on Saturday?",
  date="2026-03-11 11:48",
  sig="kowalski", sigstyle="short",
  lang="en",
  body="""Dear Mr Nowicki,

our customer centre at Rheinuferstraße 12 is open Monday to Friday from 8 am to 6 pm and on Saturdays from 9 am to 1 pm. Over Easter we are closed on Good Friday (3 April), Easter Saturday and Easter Monday (6 April).

Please bring an ID card if you want to discuss a contract in person. You are also welcome to call us on +49 221 555-3000.

Kind regards
""",
  quote=Q("""Hello, is your office in Cologne open on Saturday? I would like to come by with some questions. Regards Tomasz Nowicki"""))

M("S", "de", "relative-to-insurer", "mother reports her son's arm fracture on a school trip for his child accident insurance",
  frm="Anja Reinartz <anja.reinartz@gmx.example>",
  to="unfall@versicherer.example",
  subj="Unfall Klassenfahrt – Kinderunfallversicherung Jonas",
  date="2026-03-11 12:20",
  client="webmail",
  body="""Sehr geehrte Damen und Herren,

mein Sohn Jonas Reinartz (11 Jahre, versichert über unsere Kinderunfallversicherung UV-1188406) ist auf der Klassenfahrt in Winterberg am 5. März beim Rodeln gestürzt und hat sich den linken Unterarm gebrochen (distale Radiusfraktur). Er wurde im Krankenhaus am Kahlen Asten in Winterberg ambulant versorgt, Gips für 6 Wochen.

Die Schule hat den Unfall auch der Unfallkasse gemeldet. Muss ich bei Ihnen trotzdem etwas ausfüllen? Es gibt doch dieses Krankenhaustagegeld bzw. Gipsgeld in unserem Tarif?

Den Arztbrief kann ich Ihnen schicken.

Freundliche Grüße
Anja Reinartz
Talstraße 17
42929 Wermelskirchen
""")

M("C", "de", "insurer-to-customer", "legal expenses: unfair dismissal case, monthly gross salary of the named policyholder for the value in dispute",
  frm=ADDR("lindqvist"),
  to="Herrn Sebastian Kranz <s.kranz@web.example>",
  cc="Kanzlei Dr. Mertens & Partner <kanzlei@mertens-arbeitsrecht.example>",
  subj="Ihr Rechtsschutzfall RS-S-2026-01302 – Kündigungsschutzklage",
  date="2026-03-11 13:02",
  sig="lindqvist",
  body="""Sehr geehrter Herr Kranz,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Rheinland Logistik GmbH, erteilen wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Köln aus Ihrem Vertrag RS 88 130 2291.

Den Gegenstandswert setzen wir entsprechend Ihren Angaben mit drei Bruttomonatsgehältern an: 3 x 4.180 Euro = 12.540 Euro. Ihr Anwalt, Herr Dr. Mertens (in Kopie), kann auf dieser Basis mit uns abrechnen.

Bitte beachten Sie, dass vor den Arbeitsgerichten in der ersten Instanz jede Partei ihre Anwaltskosten selbst trägt. Das ist bei Ihnen über die Zusage abgedeckt.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "weekly call centre KPI report with aggregate numbers only, CSV attached",
  frm="Reporting Kundenservice <reporting-ks@versicherer.example>",
  to="Teamleitungen Kundenservice <tl-kundenservice@versicherer.example>",
  subj="Wochenreport KW 10 – Erreichbarkeit und Bearbeitungszeiten",
  date="2026-03-11 13:30",
  client="system",
  mailer="Versicherer BI Reporting",
  body="""Wochenreport Kundenservice, KW 10 (02.03.–06.03.2026)

[[kpi]]

Auffälligkeiten: Montag hohe Last wegen der Beitragsanpassung Wohngebäude (Schreiben vom 27.02.). Servicelevel 80/20 an drei von fünf Tagen erreicht.

Die Detaildaten pro Tag liegen als CSV bei.
""",
  tables={"kpi": ([["Kanal", "Eingang", "erledigt", "Servicelevel", "Ø Bearbeitung"],
                   ["Telefon", "6.214", "6.002", "78 %", "5:40 min"],
                   ["E-Mail", "2.871", "2.455", "–", "1,8 Tage"],
                   ["Portal", "1.102", "1.069", "–", "1,2 Tage"],
                   ["Brief", "1.930", "1.611", "–", "3,4 Tage"]], "pad")},
  att=[CSV("KS_KW10_2026.csv", [["Datum", "Kanal", "Eingang", "erledigt", "angenommen_20s"],
                                ["2026-03-02", "Telefon", "1688", "1601", "0,71"], ["2026-03-03", "Telefon", "1290", "1255", "0,80"],
                                ["2026-03-04", "Telefon", "1163", "1140", "0,82"], ["2026-03-05", "Telefon", "1101", "1089", "0,83"],
                                ["2026-03-06", "Telefon", "972", "917", "0,76"], ["2026-03-02", "E-Mail", "702", "540", ""],
                                ["2026-03-03", "E-Mail", "611", "522", ""], ["2026-03-04", "E-Mail", "548", "501", ""],
                                ["2026-03-05", "E-Mail", "530", "488", ""], ["2026-03-06", "E-Mail", "480", "404", ""]],
           enc="windows-1252", sub="excel")])

M("S", "en", "customer-to-insurer", "expat asks about reimbursement of his insulin; pharmacy receipts as scanned PDF (octet-stream)",
  frm="Arjun Mehta <arjun.mehta@gmail.example>",
  to="international-health@versicherer.example",
  subj="pharmacy receipts Jan+Feb",
  date="2026-03-11 14:12",
  client="android",
  body="""Hi,
attached the pharmacy receipts for January and February. It's the usual insulin and the sensors. Last time it took 6 weeks to get the money, can you be a bit faster please?
Policy KV 3.402.117.559
Thanks
Arjun
""",
  att=[PDF("scan0001.pdf", [
      ("h", "Rhein-Apotheke Köln-Sülz"),
      "Zülpicher Straße 270 · 50937 Köln",
      "Quittung / Privatrezept – Patient: Arjun Mehta",
      ("t", [["Datum", "PZN", "Artikel", "Menge", "Preis"],
             ["14.01.2026", "06722108", "Insulin lispro 100 E/ml Pen", "5 x 3 ml", "59,48 €"],
             ["14.01.2026", "13906543", "Insulin glargin 100 E/ml Pen", "5 x 3 ml", "83,71 €"],
             ["14.01.2026", "15229877", "FreeStyle Libre 3 Sensor", "2", "119,80 €"],
             ["12.02.2026", "06722108", "Insulin lispro 100 E/ml Pen", "5 x 3 ml", "59,48 €"],
             ["12.02.2026", "15229877", "FreeStyle Libre 3 Sensor", "2", "119,80 €"],
             ["", "", "Summe", "", "442,27 €"]]),
      "Verordnung: Dr. med. Anke Vossberg, Diabetologische Schwerpunktpraxis, Diagnose E10.90",
  ], title="Quittung", octet=True)])

M("C", "en", "insurer-to-customer", "pet insurance: vet bill for a named customer's cat reimbursed; animal health is CONFIDENTIAL by the grey-zone rule",
  frm=ADDR("wagner"),
  to="Hannah Price <hannah.price@yahoo.example>",
  subj="Your vet invoice for Mochi – reimbursement",
  date="2026-03-11 14:40",
  sig="wagner",
  lang="en",
  body="""Dear Ms Price,

we have checked the invoice from Tierarztpraxis am Stadtwald dated 26 February 2026 for your cat Mochi (British Shorthair, policy TK 220-4471-09).

Treatment: dental cleaning under anaesthesia and extraction of two teeth
Invoice amount: EUR 486.30
Covered under tariff Cat Complete (80 %): EUR 389.04

We will transfer EUR 389.04 to your account ending in ...4417 within the next days. The remaining annual limit for outpatient treatment is EUR 1,610.96.

We hope Mochi is back to eating happily.

Kind regards
""")

M("N", "de", "system", "out-of-office reply of a clerk, innocuous subject, no content of the original mail",
  frm=ADDR("aydin"),
  to="Bernhard Lauterbach <b.lauterbach@arcor.example>",
  subj="Automatische Antwort: Rückruf",
  date="2026-03-11 15:02",
  client="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13. März 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Serviceteam unter 0221 555-2600.

Mit freundlichen Grüßen
Selin Aydın
""")

M("S", "de", "insurer-to-customer", "occupational disability follow-up review: request for current medical reports with a pre-filled questionnaire (DOCX) about the insured's condition",
  frm=ADDR("stanek"),
  to="Frau Christiane Wollweber <c.wollweber@arcor.example>",
  subj="Nachprüfung Ihrer Berufsunfähigkeitsrente – LV 60.2917.005",
  date="2026-03-11 15:20",
  sig="stanek",
  body="""Sehr geehrte Frau Wollweber,

seit dem 1. Juli 2023 zahlen wir Ihnen aus Ihrer Berufsunfähigkeitsversicherung eine monatliche Rente von 1.450 Euro. Wie in den Bedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen weiterhin vorliegen.

Bitte füllen Sie den beigefügten Fragebogen aus und schicken Sie ihn uns bis zum 15. April 2026 zurück. Wir haben die uns bekannten Angaben bereits eingetragen. Legen Sie bitte außerdem den aktuellen Befundbericht Ihrer behandelnden Psychiaterin bei.

Die Rente zahlen wir während der Nachprüfung selbstverständlich weiter.

Mit freundlichen Grüßen
""",
  att=[DOCX("Fragebogen_Nachpruefung_Wollweber.docx", [
      ("h", "Fragebogen zur Nachprüfung der Berufsunfähigkeit"),
      "Versicherte Person: Christiane Wollweber, geb. 08.12.1979\nVertrag: LV 60.2917.005\nLeistung seit: 01.07.2023",
      ("h", "1. Gesundheitliche Situation", 2),
      "Anerkannte Ursache der Berufsunfähigkeit: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1)",
      "Wie hat sich Ihr Gesundheitszustand seit der letzten Nachprüfung (Juni 2024) entwickelt?\n________________________________________",
      ("t", [["Behandler", "Fachrichtung", "seit", "letzte Behandlung"],
             ["Dr. med. Inga Roloff", "Psychiatrie und Psychotherapie", "2022", ""],
             ["Praxis Hoyer", "Psychotherapie (Verhaltenstherapie)", "2023", ""],
             ["", "", "", ""]]),
      "Aktuelle Medikation (Wirkstoff, Dosis): Sertralin 100 mg, ______________",
      ("h", "2. Berufliche Situation", 2),
      "Üben Sie derzeit eine Tätigkeit aus? [ ] nein  [ ] ja, nämlich: __________  Wochenstunden: ____",
      "Ort, Datum, Unterschrift: ______________________",
  ], author="Oliver Stanek")])

M("C", "de", "customer-to-insurer", "new bank account for motor and household premiums, IBAN typed lower-case without spaces on a phone",
  frm="Marco Bellini <marco.bellini@libero.example>",
  to="kundenservice@versicherer.example",
  subj="neue iban",
  date="2026-03-11 16:45",
  client="mobile",
  body=f"""hallo bitte ab sofort von diesem konto abbuchen, für das auto und die hausrat: {IB("DE", "300209000106655422", group=0).lower()}
kontoinhaber marco bellini
danke
""")

M("N", "en", "internal", "information security warning about phishing mails with fake invoices, sent to all staff",
  frm=ADDR("fischer"),
  to="All staff <alle@versicherer.example>",
  subj="Warning: phishing mails with fake 'outstanding invoice' attachments",
  date="2026-03-11 17:10",
  sig="fischer", sigstyle="short",
  lang="en",
  importance="high",
  body="""Dear colleagues,

since this morning we are seeing mails with the subject "Outstanding invoice – final reminder" and a ZIP attachment that contains a script. Some look as if they came from a workshop or a hospital we work with.

Please:
- do not open ZIP attachments you did not expect,
- check the real sender address (hover over the name),
- use the "Report phishing" button in Outlook instead of forwarding the mail,
- call the service desk (-6000) if you already opened it. Nobody will blame you.

The filter has been updated, but new variants appear every hour.

Thanks for your attention
""")

M("C", "en", "insurer-to-customer", "trip cancellation because of job loss: claim number, employer and termination date of a named customer, no health content",
  frm=ADDR("seidel"),
  to="Kevin O'Donnell <kevin.odonnell@eircom.example>",
  subj="Trip cancellation claim R-2026-0032406 – documents received",
  date="2026-03-11 17:35",
  sig="seidel",
  lang="en",
  body="""Dear Mr O'Donnell,

thank you for the documents. You cancelled your trip to Tenerife (15–29 March 2026, booking no. SR-8831447) because your employer, Brightwave Solutions GmbH, terminated your employment for operational reasons on 19 February 2026 with effect from 31 March.

Unexpected termination of employment by the employer is an insured cancellation reason under your annual travel policy RV 4410-3871-02. The cancellation fee charged by the tour operator is EUR 1,764.00 (60 % of the travel price); after the 20 % deductible we will pay EUR 1,411.20 within the next days.

We wish you all the best for your job search.

Kind regards
""")


# --------------------------------------------------------------------------
# Batch 3 — Thursday, 12 March 2026
# --------------------------------------------------------------------------

M("N", "de", "system", "portal account locked after three wrong passwords; no personal data",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="m.oezdemir@gmx.example",
  subj="Ihr Zugang zum Kundenportal wurde gesperrt",
  date="2026-03-12 05:48",
  mailer="Siegel Portal Notifier",
  body="""Guten Tag,

Ihr Passwort wurde dreimal hintereinander falsch eingegeben. Zu Ihrem Schutz haben wir den Zugang zum Kundenportal vorübergehend gesperrt.

So entsperren Sie Ihren Zugang:
1. Öffnen Sie https://portal.versicherer.example/passwort-vergessen
2. Geben Sie Ihre E-Mail-Adresse ein und beantworten Sie Ihre Sicherheitsfrage.
3. Sie erhalten einen Link, mit dem Sie ein neues Passwort vergeben.

Wenn Sie Ihre Sicherheitsfrage nicht mehr wissen, rufen Sie uns an: 0221 555-3000 (Mo–Fr 8–18 Uhr).

Waren Sie das nicht? Dann melden Sie sich bitte umgehend bei uns.

Ihr Versicherer Kundenservice
""",
  html=True)

M("S", "de", "customer-to-insurer", "address change for a private health and care insurance contract; no medical word, but a personal-line contract of a named person",
  frm="Dr. Volker Hennes <volker.hennes@t-online.example>",
  to="service-kranken@versicherer.example",
  subj="Umzug zum 1.4.",
  date="2026-03-12 07:12",
  client="outlook",
  body="""Sehr geehrte Damen und Herren,

wir ziehen zum 1. April 2026 um. Neue Anschrift:

Dr. Volker Hennes und Ute Hennes
Marienburger Straße 31
50968 Köln

Bitte ändern Sie die Adresse für meine Krankenversicherung und die Pflegepflichtversicherung (Versicherungsnummer KV 3.009.214.775) sowie für die Versicherung meiner Frau, die über denselben Vertrag läuft. Telefonnummer und Bankverbindung bleiben gleich.

Mit freundlichen Grüßen
Volker Hennes
""")

M("C", "de", "insurer-to-customer", "motor: eVB number for a new car of a named customer, with address and planned registration",
  frm=ADDR("ohlsen"),
  to="Laura Sieverding <laura.sieverding@web.example>",
  subj="Ihre eVB-Nummer für den neuen Wagen",
  date="2026-03-12 07:55",
  sig="ohlsen", sigstyle="short",
  body="""Hallo Frau Sieverding,

wie telefonisch besprochen hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

eVB-Nummer: A7K3M9P
Versicherungsnehmerin: Laura Sieverding, Eifelstraße 44, 53879 Euskirchen
Fahrzeug: Hyundai Kona Elektro, Halterin Laura Sieverding
Gültig bis: 11.09.2026

Den Vertrag lege ich mit SF-Klasse 4 an, wie aus Ihrem Vorvertrag bei der Rheinland Direkt übernommen. Sobald das Kennzeichen feststeht, schicken Sie es mir bitte kurz, dann geht der Versicherungsschein raus.

Gute Fahrt mit dem Neuen!
""")

M("N", "de", "insurer-to-prospect", "general question about second-car insurance answered without personal data",
  frm=ADDR("engel"),
  to="Patrick Holzem <p.holzem@gmail.example>",
  subj="AW: Zweitwagen versichern – was kostet das ungefähr?",
  date="2026-03-12 08:20",
  sig="engel",
  body="""Hallo Herr Holzem,

eine pauschale Zahl kann ich Ihnen leider nicht nennen, der Beitrag hängt von Typklasse, Regionalklasse, Fahrerkreis und jährlicher Fahrleistung ab.

Zwei Hinweise vorab:
- Für einen Zweitwagen können wir eine günstigere SF-Klasse vergeben als für einen Ersteinsteiger (Zweitwagenregelung), wenn der Erstwagen bei uns versichert ist.
- Wenn nur Sie und Ihre Partnerin fahren, lohnt sich die Einschränkung des Fahrerkreises.

Am schnellsten geht es mit unserem Online-Rechner: www.versicherer.example/kfz. Alternativ rufe ich Sie gern zurück.

Viele Grüße
""",
  quote=Q("""Guten Tag, wir überlegen einen kleinen Zweitwagen anzuschaffen (Polo oder so). Was kostet sowas bei Ihnen so ungefähr? Danke, Patrick Holzem"""))

M("S", "en", "insurer-to-customer", "private health premium adjustment explained to a named policyholder: tariff, age, new premium",
  frm=ADDR("pohl"),
  to="Mr Stephen Gallagher <stephen.gallagher@gmx.example>",
  subj="RE: Premium adjustment letter – tariff COMFORT 300",
  date="2026-03-12 08:47",
  sig="pohl",
  lang="en",
  body="""Dear Mr Gallagher,

thank you for your message. From 1 April 2026 the monthly premium for your comprehensive health insurance KV 3.330.471.268 changes as follows:

COMFORT 300 (outpatient, inpatient, dental): EUR 498.12 -> EUR 541.60
Statutory surcharge (10 %): EUR 49.81 -> EUR 54.16
Long-term care compulsory insurance: EUR 61.40 (unchanged)

The reason is that the benefits paid in your tariff have risen more than calculated, mainly for inpatient care. By law we may only adjust premiums when this difference exceeds a threshold, which is why increases come in steps rather than every year.

You are 52 years old and have been insured with us since 2011. If the premium becomes a burden, you can switch to another tariff of ours with the same or lower benefits without a new health check for the existing cover (section 204 VVG). I'd be happy to send you a comparison.

Kind regards
""")

M("C", "de", "customer", "customer service forwards a tap-water damage report as an attached message (message/rfc822 with photo); policy number and address are only in the forwarded mail",
  frm=ADDR("hartwig"),
  to="Schadenservice Sach <schaden-sach@versicherer.example>",
  subj="WG: Wasserschaden Küche",
  date="2026-03-12 09:05",
  client="outlook",
  body="""Hallo zusammen,

bitte übernehmen, Mail der Kundin hängt an. Kundin war eben am Telefon, ziemlich aufgelöst, Installateur kommt heute noch. Ich habe ihr gesagt, dass sie Trocknungsgeräte bestellen darf.

Melanie
""",
  att=[EML(INNER("Stefanie Radtke <steffi.radtke@web.example>", "schaden@versicherer.example", "Wasserschaden Küche",
                 "2026-03-12 07:41", """Guten Morgen,

heute früh stand unsere Küche unter Wasser, der Schlauch von der Spülmaschine ist geplatzt. Der Laminat ist aufgequollen und die Unterschränke sind nass. Foto anbei.

Hausratversicherung HR-19-5520417
Stefanie Radtke, Weidenpescher Str. 88, 50735 Köln
Handy 0157 33120984

Die Wohnung ist gemietet, den Vermieter habe ich informiert.

Gruß Stefanie Radtke
""", "<5E1B7A0C-22D4-4F0B-9A61-0D3C7F21A9E4@web.example>",
                 client="mobile", att=[PNG("IMG_3318.png", 120, 90, seed="kueche")]), fn="Wasserschaden Küche.eml")])

M("N", "de", "internal", "trap: template for acknowledgement letters with «placeholders» incl. a diagnosis field; no real person",
  frm=ADDR("lorenz"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  cc=ADDR("meier"),
  subj="Neue Textbausteine Eingangsbestätigung – bitte ab Montag verwenden",
  date="2026-03-12 09:30",
  sig="lorenz", sigstyle="short",
  body="""Hallo zusammen,

nach der Abstimmung mit dem Datenschutz gibt es neue Textbausteine für Eingangsbestätigungen. Wichtigste Änderung: In E-Mails nennen wir keine Diagnosen und keine Beträge mehr, auch wenn der Kunde sie selbst geschrieben hat. Alles Inhaltliche geht ins Portal-Postfach.

Die Vorlage mit den Platzhaltern hängt an. Bitte ab Montag, 16.03., verwenden.

Danke!
Daniela
""",
  att=[DOCX("Textbausteine_Eingangsbestaetigung_v3.docx", [
      ("h", "Textbausteine Eingangsbestätigung (Version 3, gültig ab 16.03.2026)"),
      ("h", "Baustein A – allgemein", 2),
      "Sehr geehrte«r» «Anrede» «Nachname»,\nvielen Dank für Ihre Nachricht vom «Datum». Wir haben sie unter dem Zeichen «Vorgangsnummer» erfasst und melden uns innerhalb von «Frist» Werktagen.",
      ("h", "Baustein B – Leistungsfall Kranken / Leben / Unfall", 2),
      "… Ihre Unterlagen zum Leistungsfall «Vorgangsnummer» sind eingegangen. Das Ergebnis unserer Prüfung stellen wir Ihnen in Ihr Postfach im Kundenportal.\nNICHT verwenden: «Diagnose», «Rechnungsbetrag», «Behandler».",
      ("h", "Baustein C – Schaden Sach / Kfz / Haftpflicht", 2),
      "… Ihre Schadenmeldung ist unter der Schadennummer «Schadennummer» erfasst. Ihre Ansprechpartnerin ist «Sachbearbeiter», Telefon «Durchwahl».",
      ("t", [["Platzhalter", "Quelle", "Hinweis"], ["«Vorgangsnummer»", "Vorgangssystem", "nie die Versicherungsnummer"],
             ["«Frist»", "Teamvorgabe", "3 oder 5"], ["«Diagnose»", "–", "in E-Mails verboten"]]),
  ], author="Daniela Lorenz")])

M("S", "de", "insurer-to-doctor", "request to an orthopaedic surgeon for a medical report on a named insured person after an accident, with consent reference",
  frm=ADDR("albrecht"),
  to="Praxis Dr. med. Weißenborn <praxis@ortho-weissenborn.example>",
  subj="Anforderung Befundbericht – Ihr Patient Rainer Lüttgen, geb. 03.02.1966",
  date="2026-03-12 09:58",
  sig="albrecht",
  body="""Sehr geehrter Herr Dr. Weißenborn,

Ihr Patient, Herr Rainer Lüttgen, geb. 03.02.1966, Kastanienweg 8, 50226 Frechen, hat bei uns eine private Unfallversicherung (UV-1120577). Er hat am 2. Dezember 2025 einen Unfall beim Fensterputzen erlitten (Sturz von der Leiter) und macht Invaliditätsleistung geltend.

Bitte senden Sie uns einen Befundbericht zu folgenden Fragen:
1. Welche Verletzungen wurden festgestellt (Befund, Bildgebung)?
2. Welche Behandlungen sind erfolgt oder geplant?
3. Bestehen unfallunabhängige Vorerkrankungen an der rechten Schulter?
4. Ist mit einer dauerhaften Beeinträchtigung zu rechnen?

Die Schweigepflichtentbindung von Herrn Lüttgen vom 18.02.2026 liegt uns vor; eine Kopie senden wir Ihnen auf Wunsch zu. Ihre Kosten erstatten wir nach GOÄ Nr. 75.

Bitte nutzen Sie für die Antwort unseren sicheren Upload (https://portal.versicherer.example/arzt) oder den Postweg.

Mit freundlichen Grüßen
""")

M("N", "en", "internal", "reinsurance treaty renewal timetable, no personal data",
  frm=ADDR("stone"),
  to=[ADDR("okafor"), ADDR("morgan")],
  subj="Treaty renewal 1/7 – data requests and timetable",
  date="2026-03-12 10:15",
  sig="stone", sigstyle="short",
  lang="en",
  body="""Chidi, James,

the lead reinsurer on the life quota share has sent their data request for the 1 July renewal. Main points:

- portfolio split by product and sum-at-risk band (aggregate only, no policy level data this year – they accepted our argument)
- claims experience 2021–2025 by cause category (accident / illness), again aggregated
- the new BU product: expected volumes and our pricing assumptions

Deadline for the submission is 24 April. I'd suggest a first internal draft by 10 April. Chidi, can your team take the experience tables? James, the financials as usual.

Thanks,
Rebecca
""")

M("C", "en", "customer-to-insurer", "British customer asks for an English no-claims confirmation: policy number, date of birth, claim-free years",
  frm="Oliver Brennan <oliver.brennan@btinternet.example>",
  to="kfz@versicherer.example",
  subj="No claims bonus letter in English please",
  date="2026-03-12 10:40",
  client="outlook",
  body="""Dear Sir or Madam,

I'm moving back to the UK at the end of April and my new insurer there asks for proof of my no-claims bonus in English. Could you please send me a letter confirming my claim-free years?

Policy: KF 7719904410
Name: Oliver James Brennan
Date of birth: 27/08/1984
Insured since 03/2019, no claims.
Vehicle: BMW 320d, registration K-OB 3384 (will be sold before I leave)

Also, how do I cancel the policy when the car is sold?

Many thanks
Oliver Brennan
""")

M("S", "en", "insurer-to-customer", "supplementary dental: reimbursement of a filling and professional cleaning for a named expat",
  frm=ADDR("wendland"),
  to="Ms Ana Ferreira <ana.ferreira@sapo.example>",
  subj="Your dental invoice of 24 February – reimbursement",
  date="2026-03-12 11:08",
  sig="wendland",
  lang="en",
  body="""Dear Ms Ferreira,

we have settled the invoice from Zahnarztpraxis Lindenthal dated 24 February 2026 under your dental supplementary insurance (ZahnPlus 70, KV 3.612.008.331):

Composite filling tooth 25 (3 surfaces): EUR 148.72 – reimbursed 70 %: EUR 104.10
Professional tooth cleaning: EUR 96.40 – reimbursed up to EUR 80 per year: EUR 80.00

Total: EUR 184.10. We will transfer the amount to your account within the next days.

Your remaining professional cleaning allowance for 2026 is EUR 0; it is renewed on 1 January.

Kind regards
""")

M("N", "de", "insurer-to-customer", "trap: answer to 'can I send documents by e-mail?' explaining the portal in general; no personal or contract data",
  frm=ADDR("kowalski"),
  to="Herbert Niessen <herbert.niessen@t-online.example>",
  subj="AW: Unterlagen per Mail schicken?",
  date="2026-03-12 11:30",
  sig="kowalski",
  body="""Sehr geehrter Herr Niessen,

Rechnungen, Arztberichte oder andere Unterlagen mit Gesundheitsdaten schicken Sie uns bitte nicht als normale E-Mail, denn die ist unterwegs so lesbar wie eine Postkarte. Nutzen Sie stattdessen eine dieser Möglichkeiten:

1. Das Postfach im Kundenportal: https://portal.versicherer.example – dort können Sie Dateien hochladen, wir antworten auch dort.
2. Unsere Rechnungs-App (Foto der Rechnung, fertig).
3. Per Post an Versicherer, 50667 Köln (ohne Straße, die Postleitzahl reicht).

Wenn Ihr E-Mail-Programm S/MIME kann, können Sie uns auch verschlüsselt schreiben. Unser Zertifikat finden Sie unter www.versicherer.example/zertifikate.

Mit freundlichen Grüßen
""",
  quote=Q("""Hallo, kann ich Ihnen meine Unterlagen auch einfach per Mail schicken? Ich habe keinen Drucker. Gruß H. Niessen"""))

M("C", "de", "insurer-to-customer", "household policy cancelled because the customer moved in with her partner: named person, policy number, end date",
  frm=ADDR("zimmermann"),
  to="Frau Nadine Köster <nadine.koester@gmx.example>",
  subj="Bestätigung: Ende Ihrer Hausratversicherung HR-22-1047735",
  date="2026-03-12 12:02",
  sig="zimmermann",
  body="""Sehr geehrte Frau Köster,

Sie sind mit Ihrem Partner zusammengezogen, dessen Hausratversicherung den gemeinsamen Hausrat bereits absichert. Wir beenden Ihre Hausratversicherung HR-22-1047735 deshalb wie gewünscht wegen Wegfalls des Risikos zum 28. Februar 2026 (Tag des Umzugs).

Den zu viel gezahlten Beitrag für März bis Dezember in Höhe von 71,40 Euro erstatten wir Ihnen auf Ihr Konto.

Bitte denken Sie daran, dass die Versicherung Ihres Partners die neue Wohnfläche kennen sollte, damit keine Unterversicherung entsteht.

Mit freundlichen Grüßen
""")

M("S", "en", "relative-to-insurer", "son in the UK writes about his father's nursing home and Parkinson's disease under a care supplement policy",
  frm="Michael Baumgart <michael.baumgart@outlook.example>",
  to="pflege@versicherer.example",
  subj="My father – nursing home costs",
  date="2026-03-12 12:45",
  client="outlook",
  body="""Hello,

I am writing on behalf of my father, Walter Baumgart (born 1941), who has a long-term care supplement policy with you (I believe the number is PT 2.660.190.044). I live in Manchester and have a power of attorney, which I can upload.

Dad's Parkinson's has got a lot worse over the winter, he fell twice and since 2 March he has been living in the Seniorenzentrum Am Schlosspark in Brühl. The home says the monthly own contribution is about 3,100 euros. He has care level 3 since last year and was reassessed last week.

Could you tell me what your policy pays for full inpatient care and what you need from us? I'm flying over at Easter and could sort out paperwork then.

Best regards,
Michael Baumgart
""")

M("N", "de", "newsletter", "promotional mail for an e-car discount in motor insurance, no personal data",
  frm="Versicherer <angebote@versicherer.example>",
  to="kunden-angebote@versicherer.example",
  subj="Elektrisch unterwegs? 10 % Rabatt auf Ihre Kfz-Versicherung",
  date="2026-03-12 13:00",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/werbung/abmelden>", "Precedence": "bulk"},
  html=text_to_html("""Elektrisch unterwegs?

Wer elektrisch fährt, fährt bei uns günstiger: 10 % Rabatt auf Kfz-Haftpflicht und Kasko für reine Elektrofahrzeuge.

Dazu inklusive: Akku-Schutz bis 20.000 Euro, Wallbox mitversichert, Abschleppen zur nächsten geeigneten Ladesäule.

Jetzt Beitrag berechnen: www.versicherer.example/e-auto

Angebot gültig für Neuverträge und Fahrzeugwechsel bis 30.06.2026.

Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln
Werbung abbestellen: www.versicherer.example/werbung/abmelden""", {}, "tb"))

M("C", "de", "insurer-to-customer", "buildings: natural hazards offer for the insured address with flood zone, attached PDF offer",
  frm=ADDR("zimmermann"),
  to="Herrn Wilfried Esser <w.esser@netcologne.example>",
  subj="Ihr Angebot Elementarschadenversicherung",
  date="2026-03-12 13:40",
  sig="zimmermann",
  body="""Sehr geehrter Herr Esser,

wie besprochen erhalten Sie anbei unser Angebot, Ihre Wohngebäudeversicherung um Elementarschäden zu erweitern. Ihr Haus liegt in der Gefährdungsklasse 2 für Hochwasser (ZÜRS), daher können wir den Baustein ohne Einschränkung anbieten.

Bitte schicken Sie uns das Angebot unterschrieben zurück, wenn Sie einverstanden sind. Die Erweiterung beginnt dann am Ersten des Folgemonats.

Mit freundlichen Grüßen
""",
  att=[PDF("Angebot_Elementar_WG-16-0874210.pdf", [
      ("h", "Angebot: Erweiterung Elementarschäden"),
      "Versicherungsnehmer: Wilfried Esser, Zum Sportplatz 12, 50374 Erftstadt",
      "Vertrag: Wohngebäudeversicherung WG-16-0874210 · Versicherungsort: Zum Sportplatz 12, 50374 Erftstadt",
      ("t", [["Baustein", "Selbstbeteiligung", "Jahresbeitrag"], ["Wohngebäude (bisher)", "500 €", "812,30 €"],
             ["Elementar (Überschwemmung, Rückstau, Erdrutsch, Schneedruck)", "10 %, mind. 1.000 €, max. 5.000 €", "268,40 €"],
             ["Neuer Gesamtbeitrag", "", "1.080,70 €"]]),
      "ZÜRS-Gefährdungsklasse Hochwasser: GK 2 (statistisch seltener als einmal in 100 Jahren).",
      "Angebot gültig bis 30.04.2026.",
      "Ich beantrage die Erweiterung wie angeboten. Ort, Datum, Unterschrift: ______________________",
  ], title="Angebot Elementar")])

M("S", "de", "internal", "health claims asks the company physician about psychotherapy; forwarded customer mail with therapist report attached as message/rfc822",
  frm=ADDR("kroeger"),
  to=ADDR("hasselbach"),
  subj="Bitte um Einschätzung: Psychotherapie Fortsetzung – KV 3.207.664.091",
  date="2026-03-12 14:05",
  client="outlook",
  body="""Liebe Frau Dr. Hasselbach,

können Sie sich bitte den angehängten Antrag ansehen? Die Versicherte hat 50 Sitzungen Verhaltenstherapie bereits erstattet bekommen und beantragt 30 weitere. Der Bericht der Therapeutin liegt als Anhang in der Mail der Kundin. Tarif sieht 50 Sitzungen pro Kalenderjahr vor, danach nur nach medizinischer Prüfung.

Eilt nicht, die Therapie läuft weiter.

Danke und viele Grüße
Sabine Kröger
""",
  att=[EML(INNER("Lisa Brandhorst <lisa.brandhorst@posteo.example>", "leistung-kranken@versicherer.example",
                 "Antrag Verlängerung Therapie", "2026-03-09 21:40", """Sehr geehrte Damen und Herren,

anbei der Bericht meiner Therapeutin für die Verlängerung. Es geht mir besser, aber die Panikattacken sind noch nicht weg und ich schaffe erst seit Januar wieder Bahnfahren.

Vielen Dank
Lisa Brandhorst
KV 3.207.664.091
""", "<9c1f22a0-5b3e-4d7e-a1f0-21c3e8b70d45@posteo.example>",
                 att=[PDF("Bericht_Verlaengerung.pdf", [
                     ("h", "Bericht zum Antrag auf Fortführung einer Verhaltenstherapie"),
                     "Dipl.-Psych. Judith Marx, Psychologische Psychotherapeutin, Aachener Str. 201, 50931 Köln",
                     "Patientin: Lisa Brandhorst, geb. 11.05.1994",
                     "Diagnosen: Panikstörung mit Agoraphobie (F40.01), leichte depressive Episode (F32.0)",
                     "Bisheriger Verlauf: 50 Sitzungen seit 03/2025. Deutliche Reduktion der Panikattacken (von täglich auf ca. 1/Woche). Expositionsübungen ÖPNV seit 01/2026 erfolgreich.",
                     "Beantragt: 30 weitere Sitzungen à 50 Minuten, GOP 870, Frequenz wöchentlich, danach Ausschleichen.",
                     "Köln, 06.03.2026",
                 ], title="Bericht Verlängerung")]), fn="Antrag Verlängerung Therapie.eml")])

M("N", "en", "system", "customer satisfaction survey invitation, no contract data",
  frm="Versicherer Customer Feedback <no-reply@feedback.versicherer.example>",
  to="j.okafor-smith@gmail.example",
  subj="How did we do? 2 minutes for your feedback",
  date="2026-03-12 14:30",
  mailer="Versicherer Feedback Service",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>you were recently in contact with our customer service. We would like to know how satisfied you were.</p>
<p style="font-size:22px">
<a href="https://feedback.versicherer.example/s/8Hq2?score=1">1</a> &middot;
<a href="https://feedback.versicherer.example/s/8Hq2?score=2">2</a> &middot;
<a href="https://feedback.versicherer.example/s/8Hq2?score=3">3</a> &middot;
<a href="https://feedback.versicherer.example/s/8Hq2?score=4">4</a> &middot;
<a href="https://feedback.versicherer.example/s/8Hq2?score=5">5</a></p>
<p>(1 = not satisfied, 5 = very satisfied)</p>
<p>The survey is anonymous and takes about two minutes. Thank you!</p>
<p style="color:#888;font-size:11px">Versicherer Holding AG, Rheinuferstrasse 12, 50667 Cologne. You receive this one-time invitation because you contacted us. No further surveys will be sent.</p>
</body></html>
""")

M("C", "de", "insurer-to-customer", "motor partial cover: deer collision, claim number, plate and workshop for a named customer; nobody hurt",
  frm=ADDR("brenner"),
  to="Herrn Andreas Thönnessen <a.thoennessen@web.example>",
  subj="Ihr Wildschaden vom 9. März – Schadennummer K-2026-0114872",
  date="2026-03-12 15:02",
  sig="brenner",
  body="""Sehr geehrter Herr Thönnessen,

danke für Ihre Meldung und die Wildunfallbescheinigung des Jagdpächters. Wir haben den Schaden an Ihrem Skoda Superb (K-AT 7712) unter der Nummer K-2026-0114872 aus Ihrer Teilkaskoversicherung (KF 7720210044) aufgenommen.

Sie können das Fahrzeug in unserer Partnerwerkstatt Autohaus Kleinertz in Frechen reparieren lassen. Dann rechnet die Werkstatt direkt mit uns ab, Sie zahlen nur die Selbstbeteiligung von 150 Euro. Ein Gutachter ist bei der gemeldeten Schadenhöhe nicht nötig.

Schön, dass Ihnen nichts passiert ist.

Mit freundlichen Grüßen
""")

M("S", "de", "customer-to-insurer", "daily sickness allowance: customer mentions rehab after a herniated disc while asking about continued payment",
  frm="Thomas Verheyen <thomas.verheyen@gmx.example>",
  to="leistung-kranken@versicherer.example",
  subj="Krankentagegeld weiter?",
  date="2026-03-12 15:44",
  client="webmail",
  body="""Hallo,

ich war vom 9.2. bis 2.3. in der Reha in Bad Neuenahr nach meinem Bandscheibenvorfall (L5/S1, OP im Januar). Bin immer noch krankgeschrieben, erstmal bis Ende März, Wiedereingliederung ist ab April geplant.

Zahlen Sie das Krankentagegeld während der Reha und danach weiter? Die Entlassungsbescheinigung und die AU habe ich im Portal hochgeladen.

Vertragsnummer KV 3.455.200.613

Gruß
Thomas Verheyen
""")

M("N", "de", "internal", "facility notice: window cleaning on Friday",
  frm=ADDR("richter"),
  to="Alle Mitarbeitenden Rheinuferstraße <standort-rheinufer@versicherer.example>",
  subj="Fensterreinigung Freitag, 13.03. – bitte Fensterbänke freiräumen",
  date="2026-03-12 16:00",
  sig="richter", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

am Freitag, 13. März, werden ab 7 Uhr die Fenster im gesamten Gebäude von innen gereinigt (Etagen 1–3 vormittags, 4–6 nachmittags).

Bitte räumt bis Donnerstagabend die Fensterbänke frei – Pflanzen, Akten, Fotos. Vertrauliche Unterlagen bitte grundsätzlich nicht auf der Fensterbank liegen lassen.

Danke!
""")

M("C", "en", "insurer-to-customer", "household outside cover: laptop stolen from a hotel room abroad; claim number and named customer, no health content",
  frm=ADDR("demir"),
  to="Ms Rachel Goldberg <rachel.goldberg@gmail.example>",
  subj="Your household claim HR-S-2026-011903 – stolen laptop",
  date="2026-03-12 16:25",
  sig="demir",
  lang="en",
  body="""Dear Ms Goldberg,

thank you for reporting the theft of your laptop from your hotel room in Barcelona on 1 March 2026. Your household insurance HR-23-0419852 includes outside cover worldwide for up to three months, so the theft is covered if the room was locked and the thief broke in.

Please send us:
- the police report from the Mossos d'Esquadra (with an English or German translation of the key points),
- the hotel's confirmation of the break-in,
- the purchase invoice of the laptop (MacBook Air, bought 2024).

We will reimburse the replacement value. Your deductible is EUR 150.

Kind regards
""")

M("S", "de", "insurer-to-customer", "body says only 'anbei Ihre Standmitteilung'; attached PDF is a named customer's private pension statement",
  frm=ADDR("aydin"),
  to="Herrn Jörg Altenburg <joerg.altenburg@t-online.example>",
  subj="AW: Standmitteilung",
  date="2026-03-12 17:05",
  sig="aydin", sigstyle="short",
  body="""Guten Tag Herr Altenburg,

anbei Ihre Standmitteilung wie gewünscht.

Freundliche Grüße
""",
  att=[PDF("Standmitteilung_2025.pdf", [
      ("h", "Jährliche Mitteilung zu Ihrer Rentenversicherung"),
      "Versicherer Lebensversicherung AG · 50667 Köln",
      "Versicherungsnehmer und versicherte Person: Jörg Altenburg, geb. 30.10.1968",
      "Vertrag: LV 61.0087.442 · Tarif: Private Rente Klassik mit Fondsbaustein · Rentenbeginn: 01.11.2033",
      ("t", [["Stand 31.12.2025", "Betrag"], ["Eingezahlte Beiträge gesamt", "48.600,00 €"],
             ["Garantiertes Kapital bei Rentenbeginn", "62.144,00 €"], ["Garantierte Monatsrente", "218,40 €"],
             ["Überschussbeteiligung 2025", "1.016,55 €"], ["Rückkaufswert", "51.872,13 €"]]),
      "Bezugsberechtigt im Todesfall vor Rentenbeginn: Ehefrau Sabine Altenburg",
      ("small", "Die Werte nach dem Stichtag sind nicht garantiert. Steuerliche Hinweise: Die Rente ist mit dem Ertragsanteil zu versteuern."),
  ], title="Standmitteilung 2025")])

M("N", "de", "internal", "trap: hotline FAQ about health premium adjustments as ODT; health-insurance vocabulary, no person",
  frm=ADDR("pohl"),
  to="Kundenservice alle <kundenservice-alle@versicherer.example>",
  subj="FAQ Beitragsanpassung KV 01.04. für die Hotline",
  date="2026-03-12 17:20",
  sig="pohl", sigstyle="short",
  body="""Hallo zusammen,

ab nächster Woche kommen die Schreiben zur Beitragsanpassung in der Krankenversicherung an. Erfahrungsgemäß klingelt dann das Telefon. Die abgestimmten Antworten auf die häufigsten Fragen findet ihr im Anhang (auch im Wiki).

Bei konkreten Tarifwechsel-Wünschen bitte an uns weiterleiten, nicht selbst rechnen.

Grüße
Werner
""",
  att=[ODT("FAQ_Beitragsanpassung_KV_2026.odt", [
      ("h", "FAQ Beitragsanpassung Krankenversicherung zum 01.04.2026"),
      ("t", [["Frage", "Antwort für die Hotline"],
             ["Warum steigt mein Beitrag?", "Die Leistungsausgaben im Tarif sind stärker gestiegen als kalkuliert (v. a. stationär, Arzneimittel). Der auslösende Faktor wurde überschritten."],
             ["Liegt das an meinen Rechnungen?", "Nein. Die Anpassung betrifft alle Versicherten im Tarif gleichermaßen, unabhängig von eigenen Rechnungen."],
             ["Kann ich widersprechen?", "Nein, aber der Kunde kann in einen anderen Tarif wechseln (§ 204 VVG) oder den Selbstbehalt erhöhen."],
             ["Muss ich beim Tarifwechsel Gesundheitsfragen beantworten?", "Nur für Mehrleistungen des neuen Tarifs. Weiterleiten an Vertragsservice Kranken."],
             ["Gilt ein Sonderkündigungsrecht?", "Ja, bis zwei Monate nach Zugang der Mitteilung."]]),
      "Stand: 12.03.2026 – Vertragsservice Kranken",
  ])])

M("N", "en", "insurer-to-prospect", "trap: newcomer asks whether private liability insurance is needed in Germany; generic answer",
  frm=ADDR("kowalski"),
  to="Mei Lin Tan <meilin.tan@gmail.example>",
  subj="RE: Do I need liability insurance?",
  date="2026-03-12 17:45",
  sig="kowalski",
  lang="en",
  body="""Dear Ms Tan,

welcome to Germany! Private liability insurance is not compulsory here, but it is one of the most important policies you can have. It pays when you accidentally damage someone else's property or injure someone – for example if you flood the flat below or knock over a cyclist with your car door.

Our tariff PrivatSchutz Single costs from EUR 4.90 per month and covers up to EUR 50 million. It also covers damage to rented flats and lost keys up to EUR 20,000, which many landlords ask about.

You can take it out online in about five minutes: www.versicherer.example/en/liability

Kind regards
""",
  quote=Q("""Hi, I just moved to Cologne from Singapore for work. My landlord asked if I have liability insurance. Do I need it and what does it cost? Thanks, Mei Lin"""))


# --------------------------------------------------------------------------
# Batch 4 — Friday, 13 March 2026
# --------------------------------------------------------------------------

M("N", "de", "system", "portal registration: second mail with the registration link, no personal data",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="k.heinemann@web.example",
  subj="Ihre Registrierung im Versicherer Kundenportal",
  date="2026-03-13 06:01",
  mailer="Siegel Portal Notifier",
  body="""Guten Tag,

bitte schließen Sie Ihre Registrierung im Versicherer Kundenportal ab:

https://portal.versicherer.example/registrierung?code=Hk29-Xw7P-0qLm

So geht es weiter:
1. Melden Sie sich mit Ihrer E-Mail-Adresse und dem Einmal-Passwort aus unserer ersten E-Mail an.
2. Geben Sie Ihren Namen ein und wählen Sie ein neues Passwort (mindestens 12 Zeichen).
3. Legen Sie eine Sicherheitsfrage und die Antwort fest.
4. Melden Sie sich danach mit dem neuen Passwort erneut an.

Der Link ist 14 Tage gültig.

Ihr Versicherer Kundenservice
""")

M("C", "de", "customer-to-insurer", "retired customer changes the bank account for his buildings insurance; IBAN in an ISO-8859-1 mail",
  frm="Heinz-Werner Kolvenbach <hw.kolvenbach@t-online.example>",
  to="kundenservice@versicherer.example",
  subj="Änderung Bankverbindung Wohngebäudeversicherung",
  date="2026-03-13 06:55",
  client="outlook",
  charset="iso-8859-1",
  body=f"""Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass sich meine Bankverbindung geändert hat. Bitte ziehen Sie den Beitrag für meine Wohngebäudeversicherung Nr. WG-08-0227713 (Haus Lindenstraße 4, 52382 Niederzier) künftig von folgendem Konto ein:

Kontoinhaber: Heinz-Werner Kolvenbach
Bank: VR-Bank Rur-Eifel
IBAN: {IB("DE", "395626100000417722")}

Das Lastschriftmandat für das alte Konto bei der Postbank widerrufe ich hiermit.

Für eine kurze Bestätigung wäre ich dankbar.

Mit freundlichen Grüßen

Heinz-Werner Kolvenbach
""")

M("S", "de", "insurer-to-customer", "health insurance approves hearing aids for a named insured person, with audiogram findings and amounts",
  frm=ADDR("kaya"),
  to="Frau Elisabeth Mombauer <e.mombauer@gmx.example>",
  subj="Kostenzusage Hörgeräte",
  date="2026-03-13 07:40",
  sig="kaya",
  body="""Sehr geehrte Frau Mombauer,

vielen Dank für die Verordnung von Frau Dr. Lehnert (HNO) und den Kostenvoranschlag des Hörakustikers Hörwelt Düren.

Bei Ihnen wurde eine beidseitige Innenohrschwerhörigkeit mit einem Hörverlust von rund 45 dB festgestellt. Für die Versorgung mit zwei Hinter-dem-Ohr-Geräten (Phonak Audéo Lumity L50) übernehmen wir gemäß Ihrem Tarif AMB 90 die Kosten bis zum Hilfsmittelhöchstbetrag von 1.500 Euro je Ohr, also 3.000 Euro. Der Kostenvoranschlag beläuft sich auf 3.480 Euro; den Differenzbetrag von 480 Euro tragen Sie selbst.

Bitte reichen Sie nach der Anpassung die Rechnung ein. Der nächste Anspruch auf neue Geräte besteht in fünf Jahren.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "IT notice: new phone system, extensions stay the same",
  frm=ADDR("hoffmann"),
  to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Neue Telefonanlage ab 23.03. – was ihr wissen müsst",
  date="2026-03-13 08:00",
  sig="hoffmann", sigstyle="short",
  body="""Hallo zusammen,

am Wochenende 21./22. März stellen wir auf die neue Telefonanlage um. Was sich für euch ändert:

- Eure Durchwahlen bleiben gleich.
- Das Tischtelefon fällt weg, telefoniert wird über Teams mit Headset. Wer noch kein Headset hat: bitte bis 18.03. im Self-Service bestellen.
- Die Hotline-Warteschleifen (Kundenservice, Schaden) laufen ab Montag über die neue Callcenter-Software. Schulungen dazu macht das Team von Melanie Hartwig.
- Am Montag 23.03. sind wir ab 7 Uhr mit einem Support-Stand im Foyer.

Grüße aus dem Servicedesk
""")

M("S", "en", "customer-to-insurer", "reply says only 'please find attached'; attached PDF is a doctor's invoice from Thailand with a diagnosis under travel health insurance",
  frm="Jessica Warburton <jess.warburton@gmail.example>",
  to=ADDR("seidel"),
  subj="Re: Your travel health claim R-2026-0029915",
  date="2026-03-13 08:22",
  client="mobile",
  lang="en",
  body="""Please find attached.
Jess
""",
  quote="""On 11 Mar 2026, at 16:02, Ines Seidel <ines.seidel@versicherer.example> wrote:

""" + Q("""Dear Ms Warburton,

to process your claim we still need the itemised invoice from the clinic. Could you please send it to us?

Kind regards
Ines Seidel
Travel Insurance"""),
  att=[PDF("Andaman Coast Hospital invoice.pdf", [
      ("h", "Andaman Coast International Hospital – Outpatient Invoice"),
      "44 Chalermprakiat Road, Phuket 83000, Thailand",
      "Patient: Ms Jessica Warburton, DOB 19 Jan 1996, Passport GB 548812290",
      "Visit date: 24 Feb 2026 · HN 06-118-4471",
      "Diagnosis: acute gastroenteritis with dehydration (A09.0)",
      ("t", [["Item", "Qty", "THB"], ["Doctor fee (emergency)", "1", "2,500"], ["IV fluids (NSS 1000 ml)", "2", "1,860"],
             ["Ondansetron 8 mg inj.", "1", "640"], ["Stool examination", "1", "980"], ["Medication to take home", "1", "1,245"],
             ["Total", "", "7,225"]]),
      "Paid by credit card (VISA **** 4471) on 24 Feb 2026.",
  ], title="Outpatient invoice", unicode=True)])

M("C", "en", "insurer-to-customer", "motor: windscreen replacement in partial cover for a named customer, claim number and plate",
  frm=ADDR("brenner"),
  to="Mr Liam Fitzgerald <liam.fitzgerald@gmail.example>",
  subj="Windscreen claim K-2026-0115530",
  date="2026-03-13 08:50",
  sig="brenner", sigstyle="short",
  lang="en",
  body="""Dear Mr Fitzgerald,

thanks for the photo. A stone chip that has spread into a crack in the driver's field of vision can no longer be repaired, so the windscreen of your Ford Kuga (BN-LF 930) needs to be replaced.

Claim number: K-2026-0115530, partial cover under policy KF 7720318855, deductible EUR 150.

You can book the replacement directly with our partner glazier network or any glazier of your choice; please give them the claim number. If you choose a repair instead of a replacement in future cases, there is no deductible.

Kind regards
""")

M("N", "de", "insurer-to-customer", "app support: login problem in the customer app, no contract or personal data",
  frm=ADDR("neumann"),
  to="Birgit Schallenberg <birgit.schallenberg@icloud.example>",
  subj="AW: App geht nicht mehr",
  date="2026-03-13 09:12",
  sig="neumann",
  body="""Hallo Frau Schallenberg,

danke für Ihre Nachricht und den Screenshot. Die Fehlermeldung "Sitzung abgelaufen (Code 401)" kommt bei der App-Version 4.2.0, wenn die Uhrzeit des Telefons nicht automatisch gestellt wird. Bitte probieren Sie Folgendes:

1. Einstellungen > Allgemein > Datum & Uhrzeit > "Automatisch einstellen" einschalten.
2. Die App vollständig schließen und neu öffnen.
3. Falls es dann noch nicht klappt: App löschen und aus dem App Store neu installieren. Ihre Daten bleiben erhalten, Sie müssen sich nur neu anmelden.

Mit Version 4.2.1 (kommt nächste Woche) ist der Fehler behoben.

Viele Grüße
""",
  quote=Q("""hallo seit dem update komm ich nicht mehr in die app, da steht immer sitzung abgelaufen. was kann ich machen? B. Schallenberg"""))

M("C", "de", "insurer-to-customer", "first payment reminder for a motor premium: amount, policy number and named policyholder",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>",
  ent="av",
  to="Herrn Dennis Kurowski <dennis.kurowski@web.example>",
  subj="Zahlungserinnerung – Kfz-Versicherung KF 7719552034",
  date="2026-03-13 09:30",
  client="system",
  body=f"""Sehr geehrter Herr Kurowski,

sicher haben Sie es nur übersehen: Der Beitrag für Ihre Kfz-Versicherung KF 7719552034 (Kennzeichen GL-DK 88) war am 1. März 2026 fällig.

Offener Betrag: 187,45 Euro (Quartalsbeitrag 01.03.–31.05.2026)

Bitte überweisen Sie den Betrag bis zum 27. März 2026 auf unser Konto bei der Commerzbank Köln, IBAN {IB("DE", "370400440761234500")}, Verwendungszweck KF7719552034.

Haben Sie inzwischen gezahlt? Dann betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Beitragsservice
""")

M("S", "de", "insurer-to-customer", "premium arrears in private health insurance with notice of suspended benefits; base64-encoded body",
  frm="Versicherer Beitragsservice <beitragsservice@versicherer.example>",
  ent="kv",
  to="Herrn Marcel Düx <marcel.duex@gmx.example>",
  subj="Mahnung nach § 193 Abs. 6 VVG – Ihre Krankenversicherung",
  date="2026-03-13 09:45",
  client="system",
  cte="base64",
  body="""Sehr geehrter Herr Düx,

für Ihre Krankenversicherung KV 3.511.872.406 sind folgende Beiträge nicht bezahlt:

Januar 2026: 612,88 Euro
Februar 2026: 612,88 Euro
Säumniszuschläge: 12,26 Euro
Gesamt: 1.238,02 Euro

Wir mahnen Sie hiermit nach § 193 Abs. 6 VVG. Wenn der Rückstand zwei Monate nach Zugang dieser Mahnung noch mehr als einen Monatsbeitrag beträgt, ruht Ihr Vertrag. Sie sind dann nur noch im Notlagentarif versichert: Wir erstatten nur noch Aufwendungen für die Behandlung akuter Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft.

Wenn Sie Bürgergeld oder Grundsicherung beziehen, tritt das Ruhen nicht ein. Bitte senden Sie uns dann den Bescheid.

Sprechen Sie uns gern auf eine Ratenzahlung an: 0221 555-3305.

Mit freundlichen Grüßen
Ihr Beitragsservice
""")

M("N", "en", "newsletter", "expat newsletter: insurance checklist for newcomers, no personal data",
  frm="Versicherer International <newsletter-international@versicherer.example>",
  to="expat-newsletter@versicherer.example",
  subj="Moving to Germany? Your insurance checklist for the first 30 days",
  date="2026-03-13 10:00",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/en/newsletter/unsubscribe>", "Precedence": "bulk"},
  body="""VERSICHERER INTERNATIONAL – NEWSLETTER MARCH 2026

YOUR FIRST 30 DAYS IN GERMANY
1. Health insurance is compulsory. You need proof before you can register as an employee or get a residence permit.
2. Register your address (Anmeldung) within 14 days – you will need it for almost everything else.
3. Private liability insurance: not compulsory, but most landlords ask for it.
4. Household contents insurance: covers your belongings against fire, water, burglary.
5. Car: motor liability is compulsory. Bring a no-claims letter from your previous insurer – we can often recognise it.

WEBINAR: "THE GERMAN HEALTH SYSTEM IN 45 MINUTES"
Statutory vs. private, what a "Hausarzt" does, how to get a specialist appointment. Thursday, 26 March, 6 pm CET. Register at versicherer.example/en/webinar

YOUR QUESTIONS
Write to international@versicherer.example – but please don't send medical documents by e-mail. Use your secure portal mailbox instead.

You receive this newsletter because you subscribed on our website. Unsubscribe: versicherer.example/en/newsletter/unsubscribe
Versicherer Holding AG, Rheinuferstrasse 12, 50667 Cologne, Germany
""")

M("C", "de", "customer-to-insurer", "tenant's liability: cracked bathtub in a rented flat, named customer with policy number and landlord, photo attached",
  frm="Jannik Stoltenberg <jannik.stoltenberg@gmail.example>",
  to="schaden@versicherer.example",
  subj="Schaden Mietwohnung Badewanne",
  date="2026-03-13 10:33",
  client="android",
  body="""Hallo,

mir ist gestern die Glasflasche vom Duschgel in die Badewanne gefallen und jetzt hat die Wanne einen Riss in der Emaille (siehe Foto). Die Wohnung ist gemietet, Vermieterin ist Frau Gertrud Hamacher, Vorgebirgstr. 19, 50677 Köln. Sie will jetzt, dass ich das bezahle.

Meine Haftpflicht bei Ihnen: PH 4402-207-19

Geht das über die Versicherung?

VG Jannik Stoltenberg
""",
  att=[PNG("IMG_20260312_2113.png", 100, 75, seed="wanne")])

M("S", "de", "relative", "customer service forwards a son's call note about paying out his deceased mother's life insurance; death certificate mentioned",
  frm=ADDR("schmitz"),
  to="Service Leben <service-leben@versicherer.example>",
  subj="WG: Todesfall – Auszahlung Lebensversicherung Frau Ingeborg Mertens",
  date="2026-03-13 11:00",
  client="thunderbird",
  body="""Hallo Leben-Team,

Herr Mertens hat heute angerufen und danach die Mail unten geschickt. Ich habe ihm gesagt, dass ihr euch meldet. Er war sehr freundlich, aber hörbar mitgenommen. Bitte möglichst zeitnah.

Danke, Kevin

""" + FW("Ralf Mertens <ralf.mertens@arcor.example>", "13.03.2026, 10:41", "kundenservice@versicherer.example",
         "Lebensversicherung meiner Mutter", """Sehr geehrter Herr Schmitz,

wie eben besprochen: Meine Mutter Ingeborg Mertens, geb. 02.07.1939, ist am 28. Februar 2026 im Krankenhaus in Dormagen gestorben (Lungenentzündung nach einem Schlaganfall im Januar). Sie hatte bei Ihnen eine Sterbegeldversicherung, Vertragsnummer LV 58.1104.227, ich bin als Bezugsberechtigter eingetragen.

Die Sterbeurkunde und die Originalpolice schicke ich Ihnen per Post. Brauchen Sie noch etwas? Die Beerdigung ist am 20. März, die Rechnung vom Bestatter liegt bei 6.800 Euro.

Mit freundlichen Grüßen
Ralf Mertens"""))

M("N", "de", "internal", "operations notice: printing of premium invoices delayed, no personal data",
  frm="Output Management <output-management@versicherer.example>",
  to="Kundenservice alle <kundenservice-alle@versicherer.example>",
  subj="Info: Versand Beitragsrechnungen Q2 verzögert sich um zwei Tage",
  date="2026-03-13 11:30",
  client="thunderbird",
  body="""Hallo zusammen,

wegen einer Störung an der Kuvertieranlage im Druckzentrum verschicken wir die Beitragsrechnungen für das zweite Quartal erst am 18. statt am 16. März. Betroffen sind rund 41.000 Sendungen (Sach, Kfz, Haftpflicht). Fälligkeiten ändern sich nicht.

Falls Kunden anrufen: Die Rechnung ist auch schon im Kundenportal abrufbar.

Grüße
Thomas Riemer
Output Management
""")

M("C", "en", "insurer-to-customer", "legal expenses for a traffic matter: speeding fine of a named driver (administrative offence, no criminal content)",
  frm=ADDR("lindqvist"),
  to="Mr Henrik Sorensen <henrik.sorensen@gmail.example>",
  subj="Your legal expenses claim RS-S-2026-01377 – speeding fine",
  date="2026-03-13 12:05",
  sig="lindqvist",
  lang="en",
  body="""Dear Mr Sorensen,

you have received a penalty notice from the city of Leverkusen for driving 29 km/h too fast on the A1 on 16 January 2026 (fine EUR 180, one point in Flensburg). You would like a lawyer to check the speed measurement.

Traffic legal expenses under your policy RS 88 140 0913 cover the defence against administrative fines. We confirm cover for a lawyer of your choice, including the cost of an expert opinion on the measurement if the lawyer considers it necessary. Your deductible is EUR 150.

Please note the two-week deadline to object to the penalty notice; your lawyer will take care of that.

Kind regards
""")

M("S", "de", "customer-to-insurer", "mobile mail with only 'hier das rezept für die neue brille' and a photo of the optician's prescription",
  frm="Nicole Wilms <nicole.wilms@web.example>",
  to="leistung-kranken@versicherer.example",
  subj="Brille",
  date="2026-03-13 12:40",
  client="mobile",
  body="""hier das rezept für die neue brille. vers nr KV 3.622.019.450
""",
  att=[PNG("IMG_0412.png", 80, 110, seed="brillenrezept"),
       PDF("Brillenverordnung_Wilms.pdf", [
           ("h", "Brillenverordnung"),
           "Augenarztpraxis Dr. med. Selma Okur, Breite Straße 3, 41460 Neuss",
           "Patientin: Nicole Wilms, geb. 15.01.1988",
           ("t", [["", "Sph", "Cyl", "Achse", "Add"], ["R", "-3,25", "-0,75", "170°", ""], ["L", "-2,75", "-0,50", "10°", ""]]),
           "Diagnose: Myopie mit Astigmatismus beidseits (H52.1, H52.2)",
           "Neuss, 10.03.2026",
       ], title="Brillenverordnung")])

M("N", "de", "internal", "team lead announces a colleague's absence and substitutes, no reason given",
  frm=ADDR("hartwig"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  subj="Vertretung ab Montag",
  date="2026-03-13 13:10",
  client="outlook",
  body="""Hallo zusammen,

Kevin ist ab Montag für längere Zeit nicht da. Seine offenen Vorgänge habe ich so verteilt:

- Buchstaben A–K: Lena
- Buchstaben L–R: Ayşe
- Buchstaben S–Z: ich

Die Kfz-Rückrufliste übernimmt Jan. Bitte schaut am Montag früh in eure Körbe.

Danke euch
Melanie
""")

M("C", "de", "customer-to-insurer", "household: overvoltage damage after lightning, list of damaged devices with prices as ODS attachment",
  frm="Ulrich Bongartz <ulrich.bongartz@netcologne.example>",
  to="schaden@versicherer.example",
  subj="Blitzschaden Hausrat HR-18-3306451",
  date="2026-03-13 13:45",
  client="thunderbird",
  body="""Guten Tag,

bei dem Gewitter am Mittwochabend hat der Blitz in der Nachbarschaft eingeschlagen. Bei uns sind danach mehrere Geräte kaputt gegangen. Die Liste mit Kaufdatum und Preis hänge ich an, der Elektriker (Firma Elektro Jansen, Pulheim) hat eine Überspannung bestätigt.

Versicherungsnehmer: Ulrich Bongartz, Am Mühlenbach 6, 50259 Pulheim
Vertrag: HR-18-3306451

Bitte teilen Sie mir mit, ob Sie die Geräte sehen wollen, bevor ich sie entsorge.

Mit freundlichem Gruß
Ulrich Bongartz
""",
  att=[ODS("Schadenliste_Blitz.ods", {"Geräte": [
      ["Gerät", "Hersteller/Modell", "gekauft", "Kaufpreis EUR", "Zustand"],
      ["Fernseher", "LG OLED55C3", "11/2023", 1299.0, "kein Bild"],
      ["Router", "FRITZ!Box 7590 AX", "05/2024", 259.0, "tot"],
      ["Spielekonsole", "PlayStation 5", "12/2022", 549.0, "startet nicht"],
      ["Garagentorantrieb", "Hörmann ProMatic 4", "2019", 420.0, "Platine defekt"],
      ["Summe", "", "", 2527.0, ""],
  ]})])

M("S", "en", "insurer-to-applicant", "occupational disability application: underwriting decision with exclusion for the knee, attached policy offer",
  frm=ADDR("schulte"),
  to="Mr Aidan Murphy <aidan.murphy@gmail.example>",
  subj="Your application for occupational disability insurance – our decision",
  date="2026-03-13 14:15",
  sig="schulte",
  lang="en",
  body="""Dear Mr Murphy,

thank you for your application for occupational disability insurance and for the additional information from your orthopaedic surgeon.

We can accept your application, but because of the cruciate ligament reconstruction on your right knee in 2022 and the meniscus surgery in 2024, we have to exclude disability caused by disorders of the right knee joint. All other causes are covered in full. The monthly benefit is EUR 2,000, the premium EUR 71.38.

If you remain free of complaints for five years, you can ask us to review the exclusion.

The amended offer is attached. Please sign and return it within four weeks if you agree.

Kind regards
""",
  att=[PDF("Offer_BU_Murphy_amended.pdf", [
      ("h", "Amended offer – occupational disability insurance (BU Premium)"),
      "Applicant and insured person: Aidan Murphy, born 04 July 1991, software engineer",
      "Application no. A-LV-2026-018834",
      ("t", [["Item", "Value"], ["Monthly disability benefit", "EUR 2,000.00"], ["Term of insurance", "until age 67"],
             ["Monthly premium (gross / net after profit sharing)", "EUR 97.20 / EUR 71.38"]]),
      "Special agreement (exclusion): No benefits are paid for occupational disability caused by diseases or injuries of the right knee joint, including their consequences (condition after ACL reconstruction 2022, partial meniscectomy 2024).",
      "I accept the offer including the special agreement. Place, date, signature: ______________________",
  ], title="Amended offer BU")])

M("N", "de", "insurer-to-customer", "confirmation that the newsletter subscription was cancelled, no personal or contract data",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>",
  to="r.dohmen@web.example",
  subj="Sie haben sich vom Newsletter abgemeldet",
  date="2026-03-13 14:40",
  body="""Guten Tag,

Sie haben sich erfolgreich vom Versicherer Kundenmagazin abgemeldet. Sie erhalten ab sofort keine Newsletter mehr von uns.

Schade, dass Sie gehen! Falls das ein Versehen war, können Sie sich hier wieder anmelden: https://www.versicherer.example/newsletter


Ihr Versicherer Team
""")

M("C", "de", "insurer-to-customer", "legal expenses: cover refused for a neighbour dispute because of the waiting period; named policyholder and neighbour",
  frm=ADDR("lindqvist"),
  to="Frau Monika Scharrenbroich <m.scharrenbroich@t-online.example>",
  subj="Ihr Rechtsschutzfall RS-S-2026-01355 – Nachbarstreit Hecke",
  date="2026-03-13 15:10",
  sig="lindqvist",
  body="""Sehr geehrte Frau Scharrenbroich,

wir haben Ihre Anfrage zum Streit mit Ihrem Nachbarn, Herrn Dieter Gölden, über die Höhe der Thujahecke an der Grundstücksgrenze geprüft.

Leider können wir keine Kostenzusage geben. Ihr Rechtsschutzvertrag RS 88 150 7724 besteht seit dem 1. Dezember 2025. Für Streitigkeiten aus dem Nachbarrecht gilt eine Wartezeit von drei Monaten. Nach Ihren Schilderungen und dem Schreiben des Anwalts von Herrn Gölden vom 14. Januar 2026 hat der Streit bereits innerhalb dieser Wartezeit begonnen.

Für Streitigkeiten, die nach dem 1. März 2026 neu entstehen, besteht selbstverständlich Versicherungsschutz. Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie den Versicherungsombudsmann anrufen.

Mit freundlichen Grüßen
""")

M("S", "de", "relative-to-insurer", "wife asks to defer the motor premium and mentions her husband's heart attack in passing",
  frm="Gabi Hürtgen <gabi.huertgen@gmx.example>",
  to="kundenservice@versicherer.example",
  subj="Beitrag Auto später zahlen?",
  date="2026-03-13 16:20",
  client="webmail",
  body="""Hallo,

mein Mann Bernd Hürtgen hatte am Montag einen Herzinfarkt und liegt noch auf der Intensivstation im Herzzentrum Leverkusen-Opladen, er bekommt zwei Stents. Ich komme gerade zu nichts und bei uns ist finanziell alles etwas eng, weil er selbstständig ist.

Kann man den Beitrag für die Autoversicherung (KF 7720017796, das Auto läuft auf ihn) um zwei Monate verschieben? Die Rechnung ist am 1. April fällig.

Danke für Ihr Verständnis
Gabi Hürtgen
""")

M("N", "en", "internal", "lunch & learn invitation about the German health system for new joiners; no personal data",
  frm=ADDR("whitfield"),
  to="New joiners 2026 <newjoiners-2026@versicherer.example>",
  subj="Lunch & learn: How the German health system works (Thu 19 March)",
  date="2026-03-13 16:45",
  sig="whitfield", sigstyle="short",
  lang="en",
  body="""Hi everyone,

for all who joined us this year and don't (yet) speak fluent "Krankenkasse": on Thursday, 19 March, 12:15–13:00 in the canteen's small room I'll give a short overview:

- statutory vs. private health insurance, and why our customers choose us
- what GOÄ, GOZ, Beihilfe and "Basistarif" mean
- the typical claims journey from invoice to reimbursement
- why we never send health data by plain e-mail

Sandwiches are on us. Please reply by Tuesday so we can order enough.

Emma
""")

M("N", "de", "insurer-to-customer", "prize draw winner asked to confirm a delivery address; no insurance or contract data",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>",
  to="Felix Dahmen <felix.dahmen@gmail.example>",
  subj="Herzlichen Glückwunsch – Sie haben einen Fahrradhelm gewonnen!",
  date="2026-03-13 17:00",
  client="outlook",
  body="""Hallo Herr Dahmen,

Sie haben bei unserem Gewinnspiel im Kundenmagazin mitgemacht – und gewonnen! Einer von drei Fahrradhelmen (Uvex city 4) gehört Ihnen.

Damit wir den Helm verschicken können, antworten Sie bitte bis zum 27. März auf diese E-Mail mit der Lieferadresse und Ihrer Wunschgröße (S/M oder M/L).

Viel Spaß beim Radeln und herzliche Grüße
Ihr Redaktionsteam Kundenmagazin
""")

M("N", "en", "system", "HTML-only maintenance notice for the customer portal, sent to all users",
  frm="Versicherer Customer Portal <noreply@portal.versicherer.example>",
  to="portal-users-en@versicherer.example",
  subj="Planned maintenance: customer portal unavailable Saturday night",
  date="2026-03-13 17:30",
  mailer="Siegel Portal Notifier",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de"><tr><td style="background:#00507a;color:#fff;padding:12px 16px;font-size:18px">Versicherer Customer Portal</td></tr>
<tr><td style="padding:16px">
<p>Dear customer,</p>
<p>due to planned maintenance, the customer portal and the app will not be available on <b>Saturday, 14 March 2026, from 10 pm to Sunday, 15 March, 4 am (CET)</b>.</p>
<p>During this time you cannot log in, read or send messages, or upload documents. Claims can still be reported 24/7 by phone: +49 800 555 1000.</p>
<p>Thank you for your understanding.</p>
<p>Your Versicherer customer service</p>
</td></tr></table>
</body></html>
""")

M("C", "en", "customer-to-insurer", "Dutch customer changes the account for his motorcycle insurance to a Dutch IBAN",
  frm="Joost van der Berg <joost.vdberg@ziggo.example>",
  to="kfz@versicherer.example",
  subj="New bank account motorbike insurance",
  date="2026-03-13 18:05",
  client="outlook",
  body=f"""Good evening,

I have moved my bank account to the Netherlands. Please collect the premium for my motorcycle insurance (Yamaha MT-07, plate AC-JV 27, policy KF 7720401187) from now on from:

Account holder: J. van der Berg
IBAN: {IB("NL", "RABO0123456789")}
BIC: RABONL2U

I have signed the SEPA mandate in the portal. My address in Aachen stays the same for now.

Kind regards,
Joost van der Berg
""")


# --------------------------------------------------------------------------
# Batch 5 — Monday, 16 March 2026
# --------------------------------------------------------------------------

M("C", "de", "system", "portal notification that leaks the motor policy number and document type in the subject; recipient is identifiable",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="Sven Ludwigs <sven.ludwigs@web.example>",
  subj="Neues Dokument: Beitragsrechnung Kfz-Versicherung KF 7720099134",
  date="2026-03-16 05:30",
  mailer="Versicherer DMS Notifier 2.1",
  body="""Guten Tag Herr Ludwigs,

in Ihrem Postfach im Kundenportal liegt ein neues Dokument für Sie:

Beitragsrechnung 2. Quartal 2026 – Kfz-Versicherung KF 7720099134 (Kennzeichen SU-SL 404)

Melden Sie sich an unter https://portal.versicherer.example, um das Dokument zu öffnen.

Ihr Versicherer Kundenservice
""")

M("N", "de", "internal", "Monday backlog status of the team with aggregate counts only",
  frm=ADDR("hartwig"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  subj="Wochenstart – Stand Postkorb",
  date="2026-03-16 07:35",
  client="outlook",
  body="""Guten Morgen zusammen,

Stand heute 7:30 Uhr:

[[korb]]

Die Adressänderungen sind nach den Umzugsmeldungen zum Monatswechsel stark angestiegen, bitte vormittags priorisieren. Nachmittags Telefon wie gehabt.

Daumen hoch für Lena und Ayşe, die Freitag noch bis 18 Uhr die Kfz-Rückrufe abgearbeitet haben!

Melanie
""",
  html=True,
  tables={"korb": ([["Korb", "offen", "davon älter 3 Tage"], ["Adressänderung", "214", "61"], ["Bankverbindung", "97", "12"],
                    ["Kündigung", "88", "30"], ["Allgemeine Anfrage", "153", "9"], ["Weiterleitung Fachbereich", "41", "0"]], "pad")})

M("S", "de", "customer-to-insurer", "angry follow-up about a slow reimbursement; the cardiology invoice and diagnosis are three quotes down in the thread",
  frm="Werner Heckhausen <werner.heckhausen@t-online.example>",
  to="leistung-kranken@versicherer.example",
  subj="AW: AW: AW: Erstattung Rechnung Januar",
  date="2026-03-16 07:50",
  client="thunderbird",
  body="""Sehr geehrte Damen und Herren,

jetzt sind es sechs Wochen. Ich warte immer noch auf mein Geld. Die Praxis hat mir bereits eine Mahnung geschickt. Ich erwarte, dass Sie das diese Woche erledigen, sonst wende ich mich an den Ombudsmann.

W. Heckhausen

Am 04.03.2026 um 11:20 schrieb Sabine Kröger:
> Sehr geehrter Herr Heckhausen,
>
> entschuldigen Sie bitte die Verzögerung. Wir haben derzeit sehr viele
> Rechnungen zu bearbeiten. Ihre Rechnung ist in Prüfung.
>
> Mit freundlichen Grüßen
> Sabine Kröger
>
> Am 02.03.2026 um 18:05 schrieb Werner Heckhausen:
>> Hallo, was ist mit meiner Rechnung? Haben Sie die überhaupt bekommen?
>>
>> Am 03.02.2026 um 09:12 schrieb Werner Heckhausen:
>>> Sehr geehrte Damen und Herren,
>>>
>>> anbei die Rechnung der Kardiologischen Praxis Dr. Sevim vom
>>> 28.01.2026 über 684,31 Euro (Langzeit-EKG, Herzultraschall,
>>> Belastungs-EKG) wegen meiner Herzrhythmusstörungen
>>> (Vorhofflimmern, I48.1). Bitte um Erstattung.
>>>
>>> Werner Heckhausen, KV 3.066.402.118
""")

M("C", "en", "insurer-to-customer", "motor liability claim settled: third party's repair paid, named customer, claim number, nobody hurt",
  frm=ADDR("brenner"),
  to="Ms Olivia Bennett <olivia.bennett@gmail.example>",
  subj="Claim K-2026-0098841 closed",
  date="2026-03-16 08:10",
  sig="brenner",
  lang="en",
  body="""Dear Ms Bennett,

we have now settled the claim from your accident at the Aachener Straße junction on 30 January 2026. We paid the repair costs of the other vehicle (Mercedes C-Class, owner Mr Karl-Heinz Zöller) of EUR 3,412.80 and the rental car of EUR 418.00 directly to the parties. No one was injured.

Because of this claim, your motor liability policy KF 7720244871 will be downgraded from no-claims class SF 5 to SF 2 on 1 January 2027. You can avoid this by reimbursing us EUR 3,830.80 within six months.

This closes the claim.

Kind regards
""")

M("N", "en", "internal", "slides for the architecture review attached as PDF, no personal data",
  frm=ADDR("raman"),
  to=[ADDR("neumann"), ADDR("fischer"), ADDR("hoffmann")],
  subj="Slides for today's architecture review",
  date="2026-03-16 08:40",
  lang="en",
  client="outlook",
  body="""Hi,

slides attached, as promised. Slide 6 (notification mails) is the one I'd like most discussion on.

See you at 2.
Priya
""",
  att=[PDF("Portal_migration_architecture_review.pdf", [
      ("h", "Portal migration – architecture review, 16 March 2026"),
      ("h", "1. Target picture", 2),
      "Customer portal behind the secure-mail gateway; gateway decides per recipient: S/MIME, domain encryption, portal deposit, TLS.",
      ("h", "2. Sessions", 2),
      "15 minutes idle timeout (configurable), no JavaScript required, three failed logins lock the account.",
      ("h", "3. Notification mails", 2),
      "Content-free: no subject of the original, no policy numbers, no names beyond the salutation. Open question: do we keep the customer's name in the salutation?",
      ("h", "4. Retention", 2),
      "Messages deleted after 90 days; user is told the date and can download the original message.",
      ("t", [["Load test", "Target", "Result"], ["Logins per minute", "600", "840"], ["p95 page load", "< 800 ms", "610 ms"],
             ["Deposit throughput", "50 msg/s", "72 msg/s"]]),
  ], title="Architecture review", author="Priya Raman")])

M("S", "de", "insurer-to-customer", "hospital daily allowance paid for a birth: mother, hospital, dates",
  frm=ADDR("brandt"),
  to="Frau Katharina Oepen <k.oepen@gmx.example>",
  subj="Ihr Krankenhaustagegeld – Geburt von Mats",
  date="2026-03-16 09:05",
  sig="brandt",
  body="""Sehr geehrte Frau Oepen,

zunächst herzlichen Glückwunsch zur Geburt Ihres Sohnes Mats!

Sie waren zur Entbindung (Kaiserschnitt) vom 26. Februar bis 3. März 2026 in der Frauenklinik am Rhein-Berg-Park, Bergisch Gladbach. Aus Ihrem Krankenhaustagegeldtarif KHT 50 (KV 3.588.710.244) zahlen wir für 6 Tage je 50 Euro, insgesamt 300 Euro.

Denken Sie bitte daran, Mats innerhalb von zwei Monaten nach der Geburt bei uns anzumelden, dann ist er ohne Gesundheitsprüfung und ohne Wartezeiten ab Geburt versichert.

Alles Gute für Sie und Ihre Familie!
""")

M("C", "de", "customer-to-insurer", "android mail with typos: cancellation of household insurance due to emigration, IBAN for the refund",
  frm="Dominik Schlömer <dominik.schloemer@gmail.example>",
  to="kundenservice@versicherer.example",
  subj="kündigung hausrat wegen auswanderung",
  date="2026-03-16 09:22",
  client="android",
  body=f"""hallo,
ich ziehe ende april nach kanada (jobwechsel) und möchte deshalb meine hausratversicherung kündigen zum 30.4. vertragsnr HR-21-0677305, wohnung ist Gartenstr 9 in 53111 Bonn.
bitte das restgeld auf mein konto überwiesen: {IB("DE", "380500000194471122", group=4)}
danke und grüsse
Dominik Schlömer
""")

M("N", "en", "insurer-to-prospect", "trap: prospect asks whether travel health insurance is needed for the USA; generic answer",
  frm=ADDR("seidel"),
  to="Caroline Meyer-Hughes <caroline.mh@web.example>",
  subj="RE: Travel health insurance for the USA?",
  date="2026-03-16 09:40",
  sig="seidel",
  lang="en",
  body="""Dear Ms Meyer-Hughes,

yes, we strongly recommend it. German statutory health insurance does not pay for treatment in the USA at all, and hospital bills there quickly reach five or six figures.

Our annual travel health policy covers all trips of up to 56 days worldwide, including the USA and Canada, with no upper limit for medically necessary treatment and medically sensible repatriation. It costs EUR 19.90 a year for one person or EUR 39.90 for a family, regardless of pre-existing conditions for acute, unforeseen treatment.

You can buy it online right up to the day you leave: www.versicherer.example/en/travel

Have a great trip!
""",
  quote=Q("""Hello, we are flying to Florida in May for three weeks. Do we need extra health insurance? We don't have any travel insurance yet. Thanks, Caroline"""))

M("S", "en", "insurer-to-customer", "accident insurance: skiing accident with a broken wrist reported; request for the medical report",
  frm=ADDR("albrecht"),
  to="Mr Thomas Keller <thomas.keller@bluewin.example>",
  subj="Your accident claim U-2026-004417 – documents needed",
  date="2026-03-16 10:05",
  sig="albrecht",
  lang="en",
  body="""Dear Mr Keller,

thank you for reporting your skiing accident in Ischgl on 21 February 2026. We are sorry to hear that you broke your right wrist (distal radius fracture) and needed surgery with a plate.

We have registered the claim under U-2026-004417 for your accident policy UV-1150092. To check benefits (hospital daily allowance, convalescence benefit and possible disability), please send us:

1. the discharge letter of the Bezirkskrankenhaus Oberes Inntal in Zams,
2. the surgery report,
3. the name and address of your treating doctor in Cologne,
4. the signed consent to release medical information (form attached to our letter by post).

Please upload the documents to your portal mailbox rather than sending them by e-mail.

Get well soon!
""")

M("C", "de", "insurer-to-customer", "buildings: plumber's invoice for a pipe burst reimbursed to the named policyholder's IBAN (windows-1252 mail)",
  frm=ADDR("graf"),
  to="Herrn Erich Stollenwerk <erich.stollenwerk@netcologne.example>",
  subj="Abrechnung Leitungswasserschaden WG-S-2026-003902",
  date="2026-03-16 10:30",
  sig="graf",
  charset="windows-1252",
  body=f"""Sehr geehrter Herr Stollenwerk,

zum Rohrbruch im Keller Ihres Hauses Im Rosengarten 5, 50321 Brühl, haben wir die Rechnung der Firma Sanitär Kaldenbach vom 2. März 2026 geprüft.

Rechnungsbetrag: 1.348,62 €
davon versichert (Ortung, Freilegung, Reparatur, Wiederherstellung Kellerboden): 1.348,62 €
Selbstbeteiligung laut Vertrag WG-12-0551038: 250,00 €
Auszahlung: 1.098,62 €

Wir überweisen den Betrag auf Ihr Konto {IB("DE", "370501980011447200")}.

Die Trocknungskosten reichen Sie bitte gesondert ein, sobald die Rechnung der Trocknungsfirma vorliegt.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: reminder from the data protection officer to complete the training on handling health data; no person",
  frm=ADDR("meier"),
  to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Erinnerung: Datenschutz-Pflichtschulung bis 31.03. abschließen",
  date="2026-03-16 11:00",
  sig="meier",
  body="""Liebe Kolleginnen und Kollegen,

rund 30 % von euch haben die jährliche Datenschutz-Pflichtschulung noch nicht abgeschlossen. Bitte holt das bis zum 31. März im Lernportal nach (Dauer ca. 40 Minuten).

Neu in diesem Jahr:
- Gesundheitsdaten und Daten nach § 203 StGB: warum sie nie unverschlüsselt per E-Mail rausgehen,
- wie das neue Portal-Postfach funktioniert,
- was bei Anrufen von Angehörigen zu beachten ist (Vollmacht!),
- Phishing-Beispiele aus unserem eigenen Postfach.

Wer die Schulung bis Ende März nicht abschließt, bekommt eine Erinnerung über die Führungskraft.

Vielen Dank
""")

M("S", "de", "customer", "customer service forwards a customer mail whose doctors' invoices are inside a ZIP attachment; body only says 'Rechnungen im Anhang'",
  frm=ADDR("kowalski"),
  to="Leistungsservice Kranken <leistung-kranken@versicherer.example>",
  subj="WG: Rechnungen",
  date="2026-03-16 11:20",
  client="outlook",
  body="""Hallo,

zur Bearbeitung, Kunde hat die Rechnungen als ZIP an den Kundenservice geschickt. Ich habe ihn auf das Portal hingewiesen.

Gruß Lena
""",
  quote=OQ("Rolf Ibach <rolf.ibach@gmx.example>", "Sonntag, 15. März 2026 20:33", "kundenservice@versicherer.example",
           "Rechnungen", """Rechnungen im Anhang. Gruß Ibach KV 3.140.298.557"""),
  att=[ZIP("Rechnungen_Ibach.zip", [
      PDF("Rechnung_Hausarzt.pdf", [
          ("h", "Gemeinschaftspraxis Dr. Voss / Dr. Baran – Allgemeinmedizin"),
          "Herrn Rolf Ibach, Danziger Str. 14, 51373 Leverkusen · Rechnung 26-1187 vom 20.02.2026",
          "Diagnosen: Diabetes mellitus Typ 2 (E11.9), arterielle Hypertonie (I10.90)",
          ("t", [["Datum", "GOÄ", "Leistung", "Faktor", "Betrag"], ["05.02.2026", "1", "Beratung", "2,3", "10,72 €"],
                 ["05.02.2026", "5", "Symptombezogene Untersuchung", "2,3", "10,72 €"],
                 ["05.02.2026", "3511", "HbA1c", "1,15", "13,41 €"], ["", "", "Summe", "", "34,85 €"]]),
      ]),
      PDF("Rechnung_Augenarzt.pdf", [
          ("h", "Augenarztpraxis am Wiesdorfer Platz"),
          "Herrn Rolf Ibach · Rechnung A-2026-0332 vom 27.02.2026",
          "Diagnose: diabetische Retinopathie ohne Makulaödem, beidseits (E11.30, H36.0)",
          ("t", [["GOÄ", "Leistung", "Betrag"], ["1240", "Spaltlampenmikroskopie", "10,18 €"],
                 ["1242", "Binokulare Untersuchung Augenhintergrund", "13,99 €"], ["", "Summe", "24,17 €"]]),
      ]),
      TXT("liesmich.txt", "Rechnungen von Februar. Die Apothekenquittung kommt noch.\n"),
  ])])

M("C", "de", "insurer-to-customer", "motor: change of vehicle with new VIN and premium for a named policyholder",
  frm=ADDR("ohlsen"),
  to="Frau Tanja Erkens <tanja.erkens@web.example>",
  subj="Fahrzeugwechsel – Ihr neuer Versicherungsschein",
  date="2026-03-16 11:45",
  sig="ohlsen",
  body="""Sehr geehrte Frau Erkens,

vielen Dank für die Mitteilung Ihres Fahrzeugwechsels. Ab dem 14. März 2026 ist in Ihrem Vertrag KF 7719870322 das neue Fahrzeug versichert:

Fahrzeug: Seat Leon Sportstourer 1.5 eTSI
Fahrzeug-Identifizierungsnummer: VSSZZZKLZRR047711
Kennzeichen: NE-TE 512 (unverändert)
Kasko: Vollkasko 300 € / Teilkasko 150 €
Neuer Jahresbeitrag: 894,20 € (bisher 712,60 €)

Ihre SF-Klassen (Haftpflicht SF 9, Vollkasko SF 7) übernehmen wir unverändert. Den neuen Versicherungsschein erhalten Sie in Ihr Portal-Postfach.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "callback confirmation for a general question, no topic or contract named",
  frm=ADDR("kowalski"),
  to="Gisela Nettekoven <gisela.nettekoven@t-online.example>",
  subj="Ihr Rückrufwunsch",
  date="2026-03-16 12:10",
  sig="kowalski", sigstyle="short",
  body="""Guten Tag Frau Nettekoven,

vielen Dank für Ihren Rückrufwunsch über unsere Internetseite. Wir rufen Sie wie gewünscht am Dienstag, 17. März, zwischen 10 und 12 Uhr unter der angegebenen Festnetznummer an.

Passt es doch nicht? Dann antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
""")

M("S", "de", "customer-to-insurer", "cancellation of a supplementary dental insurance because it is too expensive; no medical word, personal-line contract",
  frm="Horst Wischnewski <horst.wischnewski@freenet.example>",
  to="service-kranken@versicherer.example",
  subj="Kündigung",
  date="2026-03-16 12:35",
  client="outlook",
  charset="iso-8859-1",
  body="""Sehr geehrte Damen und Herren,

hiermit kündige ich meine Zahnzusatzversicherung (Versicherungsnummer KV 3.601.773.092) zum nächstmöglichen Termin. Der Beitrag ist mir mit 38,90 Euro im Monat zu hoch geworden.

Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Horst Wischnewski
Auf der Heide 21
51588 Nümbrecht
""")

M("N", "en", "insurer-to-customer", "answer how to e-mail the insurer encrypted with S/MIME; generic, no personal data",
  frm=ADDR("neumann"),
  to="Dr. Fiona Macleod <f.macleod@uni-bonn.example>",
  subj="RE: Encrypted e-mail to you?",
  date="2026-03-16 13:00",
  sig="neumann",
  lang="en",
  body="""Dear Dr Macleod,

yes, you can write to us encrypted with S/MIME. Here is how:

1. Download the certificate of the address you want to write to from our directory: https://www.versicherer.example/certificates (search by e-mail address; PEM, DER or vCard).
   Alternatively send an empty e-mail with the subject [ZERTIFIKAT] to that address; you will get a signed reply with the certificate automatically.
2. Import it into your mail program.
3. Sign your own mails with your certificate: our gateway stores it, and from then on our replies to you are encrypted as well.

We do not use OpenPGP at the moment. If S/MIME is not an option, our secure web mailbox (portal) works with any browser.

Kind regards
""",
  quote=Q("""Dear Sir or Madam, I would like to send you documents by encrypted e-mail. I have an S/MIME certificate from my university. How can I get your public key? Best, Fiona Macleod"""))

M("C", "en", "customer-to-insurer", "landlord reports damage caused by a named tenant in a rented-out flat insured under his buildings policy",
  frm="Richard Hollis <richard.hollis@gmail.example>",
  to="schaden@versicherer.example",
  subj="Damage in my rental flat – building insurance WG-20-0912274",
  date="2026-03-16 13:30",
  client="outlook",
  html=True,
  body="""Hello,

I own a flat at Venloer Straße 212, 50823 Köln, insured with you under buildings policy WG-20-0912274. My tenant, Mr Lukas Berkemeier, told me yesterday that water has been running down the bathroom wall into the flat below (owned by Mrs Annegret Pütz). The plumber found a leaking pipe in the wall behind the shower.

Damage so far:
- bathroom wall in my flat (tiles need to come off)
- ceiling and wallpaper in Mrs Pütz's flat

Can you send someone? I am in London until Friday, my tenant can let people in (mobile 0176 2290 4418).

Best regards,
Richard Hollis
""")

M("S", "de", "insurer-to-customer", "health insurance refuses naturopath acupuncture for migraine under the tariff; treatment and diagnosis of a named insured",
  frm=ADDR("kroeger"),
  to="Frau Sonja Brüggemann <sonja.brueggemann@web.example>",
  subj="Ihre Rechnung Heilpraktikerin Frau Lammert",
  date="2026-03-16 14:10",
  sig="kroeger",
  body="""Sehr geehrte Frau Brüggemann,

vielen Dank für die Rechnung der Heilpraktikerin Anke Lammert vom 18. Februar 2026 über 420 Euro (10 Akupunktursitzungen wegen Ihrer Migräne).

Leider können wir die Kosten nicht übernehmen. Ihr Tarif AMB Kompakt erstattet Behandlungen durch Heilpraktiker nicht; versichert sind ambulante Leistungen von Ärztinnen und Ärzten. Akupunktur durch eine Ärztin mit Zusatzbezeichnung hätten wir bei Migräne nach dem Gebührenverzeichnis erstattet.

Sie können Ihren Versicherungsschutz um den Baustein NATUR erweitern; dafür ist eine Gesundheitsprüfung nötig. Sprechen Sie uns gern an.

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "tied agent's customer newsletter with general tips, no personal data",
  frm="Agentur Bernd Falk <bernd.falk@versicherer.example>",
  to="agentur-falk-kunden@versicherer.example",
  subj="Agentur Falk informiert: Frühjahrsputz im Versicherungsordner",
  date="2026-03-16 14:30",
  headers={"Precedence": "bulk"},
  body="""Liebe Kundinnen und Kunden,

der Frühling ist eine gute Zeit, um auch im Versicherungsordner aufzuräumen. Drei Fragen, die Sie sich stellen sollten:

1. Stimmt die Wohnfläche in meiner Hausratversicherung noch? (Umzug, Anbau, Kinder ausgezogen?)
2. Fährt mein Kind inzwischen mein Auto mit? Dann muss der Fahrerkreis angepasst werden.
3. Habe ich neue Wertsachen (E-Bike, Schmuck, Kamera), die extra versichert sein sollten?

Ich nehme mir im April gern Zeit für einen kostenlosen Versicherungscheck, in der Agentur oder bei Ihnen zu Hause. Termine unter 0221 555-1230.

Sonnige Grüße
Ihr Bernd Falk
Versicherer Agentur Köln-Innenstadt

Sie möchten diese Informationen nicht mehr erhalten? Antworten Sie einfach mit "Abmelden".
""")

M("C", "de", "customer", "customer service forwards a request for a tax certificate for motor and liability premiums, with the customer's tax ID",
  frm=ADDR("kowalski"),
  to="Beitragsservice <beitragsservice@versicherer.example>",
  subj="WG: Bescheinigung Steuer",
  date="2026-03-16 15:00",
  client="thunderbird",
  body="""Hallo Beitragsservice,

könnt ihr der Kundin die Beitragsbescheinigung 2025 ins Portal stellen? Danke!

Lena Kowalski
Kundenservice

Am 16.03.2026 um 14:22 schrieb Petra Zumbusch:
> Guten Tag,
>
> für meine Steuererklärung brauche ich eine Bescheinigung über die
> Beiträge 2025 für meine Kfz-Haftpflicht (KF 7718830451) und die
> Privathaftpflicht (PH 4402-091-44). Meine Steuer-ID ist 47 036 892 140,
> falls Sie die brauchen.
>
> Danke und Gruß
> Petra Zumbusch
""")

M("S", "en", "relative-to-insurer", "daughter asks whether her mother's rehab after a hip replacement is covered under private health insurance",
  frm="Sophie Lange <sophie.lange@outlook.example>",
  to="leistung-kranken@versicherer.example",
  subj="Rehab after my mother's hip operation",
  date="2026-03-16 15:40",
  client="outlook",
  body="""Dear Sir or Madam,

my mother, Gertrud Lange (policy KV 3.019.552.610), had a total hip replacement on the left side at the Bergisches Gelenkzentrum in Wuppertal on 11 March because of severe arthritis. She is 81 and lives alone. The hospital social worker wants to book an inpatient rehab (AHB) in Bad Salzuflen directly after discharge on 20 March.

Is that covered by her tariff? Does the clinic need a cost approval from you first? My mother has signed a power of attorney for me, which I will upload to the portal tonight.

I'm writing in English because I live in Edinburgh – German replies are fine too.

Thank you,
Sophie Lange
""")

M("N", "de", "internal", "facility notice: underground car park closed on Wednesday",
  frm=ADDR("richter"),
  to="Alle Mitarbeitenden Rheinuferstraße <standort-rheinufer@versicherer.example>",
  subj="Tiefgarage am Mittwoch gesperrt",
  date="2026-03-16 16:05",
  sig="richter", sigstyle="name",
  body="""Hallo zusammen,

wegen Markierungsarbeiten ist die Tiefgarage am Mittwoch, 18. März, ganztägig gesperrt. Bitte nutzt das Parkhaus Rheinauhafen, die Tickets werden an der Pforte gegen Vorlage des Dienstausweises erstattet.

Fahrräder können wie gewohnt im Fahrradkeller abgestellt werden (Zugang über den Hof).

Danke für euer Verständnis
""")

M("C", "de", "insurer-to-customer", "reply says only 'siehe Anhang'; attached PDF is a private liability policy schedule with date of birth and address",
  frm=ADDR("zimmermann"),
  to="Herrn Kai-Uwe Rosenbaum <ku.rosenbaum@gmail.example>",
  subj="AW: Versicherungsschein",
  date="2026-03-16 16:30",
  sig="zimmermann", sigstyle="short",
  body="""Hallo Herr Rosenbaum,

siehe Anhang.

Viele Grüße
""",
  att=[PDF("Versicherungsschein_PH_4402-311-08.pdf", [
      ("h", "Versicherungsschein – Privathaftpflichtversicherung"),
      "Versicherer Allgemeine Versicherung AG · Rheinuferstraße 12 · 50667 Köln",
      ("t", [["Angabe", "Inhalt"], ["Versicherungsnummer", "PH 4402-311-08"],
             ["Versicherungsnehmer", "Kai-Uwe Rosenbaum, geb. 09.03.1977"],
             ["Anschrift", "Fürstenbergstraße 40, 50354 Hürth"],
             ["Mitversichert", "Lebenspartnerin Daniela Hoss, geb. 21.11.1980"],
             ["Tarif", "PrivatSchutz Familie Premium"], ["Deckungssumme", "50 Mio. EUR pauschal"],
             ["Beginn", "01.04.2026, 0 Uhr"], ["Jahresbeitrag", "89,40 EUR"]]),
      "Zahlungsweise: jährlich per SEPA-Lastschrift, Mandatsreferenz PH4402311080.",
  ], title="Versicherungsschein")])

M("S", "de", "insurer-to-customer", "long-term care: home emergency call system approved as a care aid for a named insured with care level",
  frm=ADDR("lehmann"),
  to="Frau Adelheid Krings <adelheid.krings@t-online.example>",
  subj="Kostenübernahme Hausnotruf",
  date="2026-03-16 17:00",
  sig="lehmann",
  body="""Sehr geehrte Frau Krings,

wir übernehmen ab dem 1. April 2026 die Kosten für Ihren Hausnotruf (Hausnotruf Rhein-Erft gGmbH, Basispaket) in Höhe von monatlich 25,50 Euro als Pflegehilfsmittel aus Ihrer privaten Pflegepflichtversicherung (KV 2.550.118.936).

Voraussetzung ist, dass Sie allein leben und mit Ihrem Pflegegrad 2 im Notfall nicht selbst Hilfe holen können. Das hat Ihr Hausarzt nach Ihren Stürzen im Winter bestätigt.

Der Anbieter rechnet direkt mit uns ab. Sie müssen nichts weiter tun.

Mit freundlichen Grüßen
""")

M("N", "en", "internal", "invitation to farewell drinks for an intern, no personal details",
  frm=ADDR("stone"),
  to="Reinsurance & Actuarial <reins-actuarial@versicherer.example>",
  subj="Farewell drinks for Jonah – Thursday 5 pm",
  date="2026-03-16 17:20",
  lang="en",
  client="outlook",
  body="""Hi all,

our intern Jonah finishes his six months with us this Friday and heads back to Maastricht to write his thesis. Let's send him off properly: Thursday from 5 pm in the Rheinterrasse (ground floor, by the river).

There's a card going round at Chidi's desk and a collection box for a small present – whatever you like.

Cheers,
Rebecca
""")


# --------------------------------------------------------------------------
# Batch 6 — Tuesday, 17 March 2026
# --------------------------------------------------------------------------

M("N", "de", "system", "read receipt from the portal to the clerk: only a reference id, no name, subject or content",
  frm="Siegel Portal <noreply@portal.versicherer.example>",
  to=ADDR("kroeger"),
  subj="Lesebestätigung: Portalnachricht P-2026-0317-004481",
  date="2026-03-17 06:40",
  mailer="Siegel Portal Notifier",
  body="""Die Portalnachricht P-2026-0317-004481 wurde am 17.03.2026 um 06:38 Uhr vom Empfänger geöffnet.

Details zur Nachricht finden Sie im Vorgangssystem unter der Referenz.

Dies ist eine automatisch erzeugte Nachricht.
""")

M("S", "de", "insurer-to-customer", "private pension made premium-free after the customer's short-time work; income situation in a life contract",
  frm=ADDR("aydin"),
  to="Herrn Stefan Kühnel <stefan.kuehnel@web.example>",
  subj="Ihre Rentenversicherung LV 61.1340.876 – Beitragsfreistellung",
  date="2026-03-17 07:30",
  sig="aydin",
  body="""Sehr geehrter Herr Kühnel,

Sie haben uns mitgeteilt, dass Sie seit Februar in Kurzarbeit sind (50 %) und Ihr Nettoeinkommen dadurch von rund 2.900 auf 2.150 Euro gesunken ist. Wie gewünscht stellen wir Ihre private Rentenversicherung LV 61.1340.876 ab dem 1. April 2026 für zunächst zwölf Monate beitragsfrei.

Was das bedeutet:
- Ihre garantierte Monatsrente ab 2041 sinkt von 312,40 auf 276,10 Euro, solange keine Beiträge fließen.
- Sie können die Beitragszahlung innerhalb von drei Jahren ohne Gesundheitsprüfung wieder aufnehmen; die Lücke können Sie nachzahlen, dann gilt die ursprüngliche Garantie.
- Die Hinterbliebenenabsicherung bleibt in reduzierter Höhe bestehen.

Alternativ wäre eine Stundung für sechs Monate möglich. Rufen Sie mich gern an, wenn Sie das lieber möchten.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "motor accident abroad: European accident report, foreign third party, named customer, claim number, nobody hurt",
  frm=ADDR("brenner"),
  to="Mr Pavel Novák <pavel.novak@seznam.example>",
  subj="Your accident in Vienna – claim K-2026-0117204",
  date="2026-03-17 08:05",
  sig="brenner",
  lang="en",
  body="""Dear Mr Novák,

thank you for sending the European accident report. We understand that on 12 March 2026 in Vienna (Ringstraße/Schottengasse) you changed lanes and touched the Austrian car W-48211K of Ms Elisabeth Huber. Both of you signed the report, nobody was injured.

We have registered the claim under K-2026-0117204 (your policy KF 7720360018, vehicle K-PN 1172). The claim of Ms Huber will be settled by our correspondent in Austria, Wiener Schadenbüro GmbH, on our behalf. You do not need to pay anything yourself.

Please send us the photos of both cars, if you have any.

Kind regards
""")

M("N", "en", "internal", "IT announcement: self-service password reset for staff, no personal data",
  frm=ADDR("hoffmann"),
  to="All staff <alle@versicherer.example>",
  subj="New: reset your Windows password yourself",
  date="2026-03-17 08:20",
  sig="hoffmann", sigstyle="short",
  lang="en",
  body="""Hello everyone,

from today you can reset your Windows password yourself, without calling the service desk:

1. Register once at https://aka.intern.versicherer.example/sspr with your mobile number and the authenticator app.
2. When you have forgotten your password: click "Forgot password" on the login screen and follow the steps.

Please register this week. From 1 April the service desk will only reset passwords in exceptional cases.

The service desk
""")

M("S", "en", "customer-to-insurer", "expat asks whether physiotherapy for her frozen shoulder is covered; prescription mentioned",
  frm="Ingrid Svensson <ingrid.svensson@telia.example>",
  to="leistung-kranken@versicherer.example",
  subj="Physio covered?",
  date="2026-03-17 08:48",
  client="mobile",
  lang="en",
  body="""Hi, my GP (Dr Kessler in Bonn) has prescribed 6 sessions of physiotherapy for my left shoulder, she says it's a frozen shoulder. Is that covered in my tariff and do I have to pay first? Policy KV 3.377.016.215.
Thanks, Ingrid Svensson
""")

M("C", "de", "customer-to-insurer", "partial cover: marten damage in the engine compartment; plate, policy number and photo",
  frm="Bernhard Schmitz-Lützenkirchen <b.schmitz-l@arcor.example>",
  to="schaden@versicherer.example",
  subj="Marderschaden",
  date="2026-03-17 09:10",
  client="android",
  body="""Guten Morgen,

heute früh sprang das Auto nicht richtig an, Werkstatt sagt: Marder hat Zündkabel und Kühlwasserschlauch durchgebissen. Kosten laut Werkstatt ca. 480 Euro plus Folgeschaden-Check. Foto vom Motorraum hängt dran.

Fahrzeug: VW Touran, GL-BS 2204
Teilkasko bei Ihnen, Vertrag KF 7718409915

Kann die Werkstatt direkt mit Ihnen abrechnen?

Bernhard Schmitz-Lützenkirchen
""",
  att=[PNG("20260317_082944.png", 110, 80, seed="marder")])

M("N", "de", "internal", "draft of the Easter phone announcement for review, no personal data",
  frm=ADDR("hartwig"),
  to=[ADDR("lorenz"), ADDR("baumann")],
  subj="Bitte kurz drüberschauen: Telefonansage Ostern",
  date="2026-03-17 09:30",
  client="outlook",
  body="""Hallo Daniela, hallo Julia,

könnt ihr bitte bis morgen Mittag drüberschauen? Geht dann an den Sprecher.

---
"Willkommen beim Versicherer Kundenservice. Über die Osterfeiertage, von Karfreitag, dem 3. April, bis Ostermontag, dem 6. April, sind wir telefonisch nicht erreichbar. Einen Schaden können Sie rund um die Uhr unter der kostenlosen Nummer 0800 555 1000 melden. Viele Anliegen erledigen Sie auch in unserem Kundenportal. Ab Dienstag, dem 7. April, sind wir ab 8 Uhr wieder für Sie da. Wir wünschen Ihnen frohe Ostern."
---

Danke!
Melanie
""")

M("S", "de", "internal", "health claims asks premium collection to offset a reimbursement against premium arrears of a named insured; no diagnosis, health contract",
  frm=ADDR("kroeger"),
  to=ADDR("becker"),
  subj="Verrechnung Erstattung mit Beitragsrückstand – KV 3.511.872.406",
  date="2026-03-17 10:00",
  client="outlook",
  body="""Hallo Hannes,

beim Versicherten Marcel Düx (KV 3.511.872.406) habe ich eine Erstattung über 418,60 Euro freigegeben. Laut System besteht ein Beitragsrückstand von 1.238,02 Euro, ihr habt letzte Woche gemahnt.

Sollen wir die Erstattung mit dem Rückstand verrechnen oder auszahlen? Der Kunde hat am Telefon gesagt, er zahlt Ende März alles auf einmal.

Danke für kurze Rückmeldung
Sabine
""",
  sig="kroeger", sigstyle="short")

M("N", "de", "insurer-to-prospect", "student asks about household insurance for a shared-flat room; generic answer",
  frm=ADDR("zimmermann"),
  to="Lina Hochstetter <lina.hochstetter@stud.uni-koeln.example>",
  subj="AW: Hausrat für WG-Zimmer",
  date="2026-03-17 10:25",
  sig="zimmermann",
  body="""Hallo Frau Hochstetter,

gute Frage! Wenn Sie noch bei Ihren Eltern gemeldet sind und im Studium vorübergehend in der WG wohnen, sind Ihre Sachen oft über die Hausratversicherung Ihrer Eltern mitversichert (Außenversicherung, meist bis 10 % der Versicherungssumme). Das sollten Ihre Eltern in ihrem Vertrag prüfen.

Wenn Sie mit Hauptwohnsitz in der WG leben, brauchen Sie eine eigene Hausratversicherung. Bei uns gibt es dafür den Tarif Hausrat Start ab 2,90 Euro im Monat, versichert ist dann nur Ihr Zimmer und Ihr Anteil an den Gemeinschaftsräumen.

Wichtig bei Laptop und Fahrrad: Fahrraddiebstahl muss extra vereinbart werden.

Viele Grüße
""",
  quote=Q("""Hallo, ich ziehe im April in eine WG in Köln. Brauche ich eine eigene Hausratversicherung oder reicht die von meinen Eltern? LG Lina"""))

M("C", "de", "insurer-to-customer", "household glass breakage: cracked ceramic hob reimbursed; named customer and policy number",
  frm=ADDR("demir"),
  to="Frau Christina Feldhoff <christina.feldhoff@gmx.example>",
  subj="Glasbruch Ceranfeld – Abrechnung",
  date="2026-03-17 10:50",
  sig="demir", sigstyle="short",
  body="""Hallo Frau Feldhoff,

das gesprungene Ceranfeld ist über den Glasbaustein Ihrer Hausratversicherung HR-20-2287146 versichert. Wir erstatten den Austausch laut Rechnung von Elektro Pohl in Leverkusen:

Glaskeramik-Kochfeld inkl. Einbau: 389,00 Euro
abzüglich Selbstbeteiligung: 0,00 Euro (Glasbaustein ohne SB)

Die 389 Euro überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto.

Viele Grüße
""")

M("N", "en", "newsletter", "trap: pet newsletter about ticks and vaccinations in spring, generic animal health, no person or animal identified",
  frm="Versicherer Pet Insurance <newsletter-tier@versicherer.example>",
  to="pet-newsletter@versicherer.example",
  subj="Spring is tick season – how to protect your dog",
  date="2026-03-17 11:00",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/en/newsletter/unsubscribe>", "Precedence": "bulk"},
  html=text_to_html("""Spring is tick season

As soon as it is warmer than 7 °C, ticks become active. They can transmit Lyme disease, anaplasmosis and babesiosis to dogs.

How to protect your dog:
- Use a spot-on, collar or tablet – ask your vet which one suits your dog.
- Check your dog's coat after every walk, especially head, ears, armpits and belly.
- Remove ticks with tick tweezers close to the skin, don't squeeze.

Vaccination reminder: spring is also a good time to check whether the leptospirosis booster is due.

Good to know: in our tariff Dog Complete, preventive care such as vaccinations and tick protection is reimbursed up to EUR 100 a year.

Versicherer Allgemeine Versicherung AG, Rheinuferstrasse 12, 50667 Cologne
Unsubscribe: www.versicherer.example/en/newsletter/unsubscribe""", {}, "tb"))

M("S", "de", "customer-to-insurer", "customer asks about no-claims premium refund and mentions a preventive colonoscopy",
  frm="Michaela Groß <michaela.gross@posteo.example>",
  to="service-kranken@versicherer.example",
  subj="Beitragsrückerstattung – Rechnung lieber selbst zahlen?",
  date="2026-03-17 11:30",
  client="thunderbird",
  body="""Hallo,

ich habe eine Frage zur Beitragsrückerstattung in meinem Tarif (KV 3.480.227.019). Ich hatte 2025 bisher gar keine Rechnungen, jetzt kam im Februar die Rechnung für die Vorsorge-Darmspiegelung (412 Euro, Gastroenterologie Dr. Yilmaz, Befund zum Glück unauffällig, nur ein kleiner Polyp entfernt).

Lohnt es sich, die Rechnung selbst zu bezahlen, damit ich die Rückerstattung bekomme? Oder zählt Vorsorge nicht als Leistung?

Viele Grüße
Michaela Groß
""")

M("C", "de", "insurer-to-customer", "legal expenses: advice on inheritance law after the father's death; named customer, claim number, no cause of death",
  frm=ADDR("lindqvist"),
  to="Herrn Matthias Overath <m.overath@t-online.example>",
  subj="Beratungsrechtsschutz Erbrecht – RS-S-2026-01402",
  date="2026-03-17 12:00",
  sig="lindqvist",
  body="""Sehr geehrter Herr Overath,

zunächst unser herzliches Beileid zum Tod Ihres Vaters.

Für eine Beratung durch einen Rechtsanwalt zur Frage, ob Sie das Erbe annehmen oder ausschlagen sollten und wie Ihr Pflichtteil gegenüber Ihrer Stiefmutter zu berechnen ist, übernehmen wir aus Ihrem Vertrag RS 88 110 4418 die Kosten einer Erstberatung bis 250 Euro (Beratungsrechtsschutz im Erbrecht). Eine gerichtliche Auseinandersetzung im Erbrecht ist in Ihrem Tarif nicht versichert.

Bitte beachten Sie die Ausschlagungsfrist von sechs Wochen ab Kenntnis des Erbfalls.

Schadennummer: RS-S-2026-01402

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: monthly complaints statistics by line of business incl. health, aggregate numbers only (XLSX)",
  frm=ADDR("lorenz"),
  to="Bereichsleitungen <bereichsleitungen@versicherer.example>",
  cc=ADDR("meier"),
  subj="Beschwerdestatistik Februar 2026",
  date="2026-03-17 12:30",
  sig="lorenz",
  body="""Sehr geehrte Damen und Herren,

anbei die Beschwerdestatistik für Februar. Auffällig:

- Kranken: Anstieg um 18 % gegenüber Januar, fast ausschließlich Bearbeitungsdauer von Arztrechnungen (Rückstand im Leistungsservice).
- Kfz: weiterhin wenige Beschwerden, meist Rückstufung nach Schaden.
- BaFin-Beschwerden: 2 (Vormonat 3), beide Kranken.

Die Rohdaten mit Vorgangsnummern liegen wie immer im Beschwerdetool.

Mit freundlichen Grüßen
""",
  att=[XLSX("Beschwerdestatistik_2026-02.xlsx", {
      "Übersicht": [["Sparte", "Jan 2026", "Feb 2026", "Veränderung", "davon Ombudsmann", "davon BaFin"],
                    ["Kranken", 112, 132, "+18 %", 4, 2], ["Leben/BU", 41, 38, "-7 %", 2, 0], ["Unfall", 9, 11, "+22 %", 0, 0],
                    ["Kfz", 57, 49, "-14 %", 1, 0], ["Sach", 48, 52, "+8 %", 1, 0], ["Haftpflicht/RS", 30, 27, "-10 %", 0, 0],
                    ["Gesamt", 297, 309, "+4 %", 8, 2]],
      "Gründe Kranken": [["Grund", "Anzahl"], ["Bearbeitungsdauer", 81], ["Ablehnung Leistung", 29], ["Beitragsanpassung", 17],
                         ["Sonstiges", 5]]}, author="Daniela Lorenz")])

M("S", "en", "insurer-to-customer", "trip cancellation because of the customer's illness; medical certificate and diagnosis",
  frm=ADDR("seidel"),
  to="Ms Emily Clarke <emily.clarke@gmail.example>",
  subj="Your trip cancellation claim R-2026-0033150",
  date="2026-03-17 13:00",
  sig="seidel",
  lang="en",
  body="""Dear Ms Clarke,

thank you for the certificate from Dr. Neuhaus dated 9 March 2026. It confirms that you were unable to travel because of pneumonia (diagnosed 6 March, treated with antibiotics, unfit to travel until 20 March).

An unexpected serious illness is an insured cancellation reason. We will reimburse the cancellation fees for your trip to Madeira (14–21 March):

Flight cancellation fee: EUR 312.00
Hotel cancellation fee (80 %): EUR 896.00
Total: EUR 1,208.00, less the deductible of EUR 100 = EUR 1,108.00

We wish you a full recovery.

Kind regards
""")

M("C", "en", "customer-to-insurer", "house buyer asks to take over the seller's buildings insurance; names, address and notary date",
  frm="Thomas & Anna Reid <reid.family@gmail.example>",
  to="kundenservice@versicherer.example",
  subj="Taking over building insurance after house purchase",
  date="2026-03-17 13:30",
  client="thunderbird",
  lang="en",
  body="""Hello,

we have bought the house Am Eichenhain 22, 51469 Bergisch Gladbach, from Mr and Mrs Dieter and Renate Kaspers. The notary contract was signed on 5 February 2026, the transfer of ownership in the land register is expected in April.

The house is insured with you under buildings policy WG-14-0630471 in the name of Mr Kaspers. As far as we know the policy passes to us automatically. Can you confirm this and tell us what the premium is? We would like to change it to our names and our bank account as soon as possible.

Our contact details:
Thomas Reid and Anna Reid, currently Dürener Straße 187, 50931 Köln
Phone 0151 4420 1987

Kind regards,
Thomas Reid
""")

M("N", "de", "insurer-to-prospect", "trap: prospect asks whether premiums can be paid by transfer; answer gives the insurer's own company IBAN, no customer contract",
  frm=ADDR("becker"),
  to="Erwin Mülheims <erwin.muelheims@t-online.example>",
  subj="AW: Überweisung statt Lastschrift?",
  date="2026-03-17 14:00",
  sig="becker",
  body=f"""Sehr geehrter Herr Mülheims,

ja, das ist möglich. Wenn Sie bei uns einen Vertrag abschließen, können Sie im Antrag statt des SEPA-Lastschriftmandats die Zahlung per Überweisung wählen. Überweisungen gehen auf dieses Konto:

Versicherer Allgemeine Versicherung AG
Commerzbank Köln
IBAN {IB("DE", "370400440761234500")}
BIC COBADEFFXXX

Als Verwendungszweck geben Sie dann bitte immer die Vertragsnummer an, die oben rechts auf der Beitragsrechnung steht. Bei Überweisung ist allerdings nur jährliche oder halbjährliche Zahlung möglich.

Mit freundlichen Grüßen
""",
  quote=Q("""Guten Tag, ich überlege, meine Versicherungen zu Ihnen zu wechseln. Ich mag aber keine Abbuchungen. Kann man bei Ihnen auch selbst überweisen, und auf welches Konto? Gruß E. Mülheims"""))

M("S", "de", "relative-to-insurer", "father asks about orthodontic treatment for his 16-year-old daughter under the dental supplement; orthodontic grade and plan attached",
  frm="Andreas Büttgenbach <a.buettgenbach@netcologne.example>",
  to="zahn@versicherer.example",
  subj="Zahnspange Tochter – KFO-Plan",
  date="2026-03-17 14:30",
  client="outlook",
  body="""Guten Tag,

unsere Tochter Lea (16) ist über die Zahnzusatzversicherung meiner Frau bei Ihnen mitversichert (KV 3.614.920.337). Die Kieferorthopädin hat jetzt eine feste Zahnspange empfohlen, die gesetzliche Kasse zahlt nicht, weil es nur KIG 2 ist. Den Behandlungsplan hänge ich an.

Übernehmen Sie das? Im Tarif steht etwas von Kieferorthopädie bei Unfall oder bis zum 18. Lebensjahr, ich werde daraus nicht ganz schlau.

Vielen Dank
Andreas Büttgenbach
""",
  att=[PDF("KFO_Behandlungsplan_Lea.pdf", [
      ("h", "Kieferorthopädischer Behandlungsplan (Privatleistung)"),
      "Praxis für Kieferorthopädie Dr. Mira Assmann, Hohe Straße 120, 50667 Köln",
      "Patientin: Lea Büttgenbach, geb. 02.08.2009",
      "Befund: Engstand Unterkiefer-Front, Distalbiss 3 mm, Kieferorthopädische Indikationsgruppe KIG D2",
      "Geplante Behandlung: Multibracket-Apparatur OK/UK, voraussichtlich 18 Monate, anschließend Retention",
      ("t", [["GOZ", "Leistung", "Betrag (geschätzt)"], ["6030", "Maßnahmen zur Umformung eines Kiefers", "1.180,00 €"],
             ["6100", "Eingliederung Brackets (je Zahn, 24 x)", "1.610,00 €"], ["", "Material und Labor", "720,00 €"],
             ["", "Gesamt geschätzt", "3.510,00 €"]]),
      "Köln, 04.03.2026",
  ], title="KFO-Plan")])

M("C", "de", "insurer-to-customer", "motorcycle on seasonal plates: premium recalculated, plate and policy of a named customer",
  frm=ADDR("engel"),
  to="Herrn Jürgen Weyer <juergen.weyer@gmx.example>",
  subj="Saisonkennzeichen – neue Beitragsberechnung",
  date="2026-03-17 15:10",
  sig="engel", sigstyle="short",
  body="""Hallo Herr Weyer,

Ihre Harley-Davidson Sportster (Kennzeichen BM-JW 64, Vertrag KF 7719633020) ist jetzt mit Saisonkennzeichen 04–10 zugelassen. Wir haben den Beitrag entsprechend neu berechnet:

Haftpflicht und Teilkasko für 7 Monate: 214,30 Euro statt bisher 331,80 Euro im Jahr.

Außerhalb der Saison besteht Ruheversicherung: Das Motorrad ist in der Garage gegen Brand, Diebstahl und Sturm weiter versichert, darf aber nicht auf öffentlichen Straßen bewegt oder abgestellt werden.

Schöne Saison!
""")

M("N", "en", "internal", "group finance asks procurement for a sample of supplier invoices for the audit; companies only",
  frm=ADDR("morgan"),
  to=ADDR("krueger"),
  subj="Audit sample – 25 supplier invoices",
  date="2026-03-17 15:30",
  sig="morgan", sigstyle="short",
  lang="en",
  body="""Hi Stefan,

the auditors have drawn their sample for the purchase-to-pay test. Could you provide the invoices, POs and goods receipts for the 25 items below by 27 March? A shared folder is fine.

Top items (full list attached in the audit tool):
- Druckzentrum West GmbH, invoice 2025-11873, EUR 48,210.00
- Kodak Alaris Germany, invoice 900441127, EUR 12,640.50
- Erste-Hilfe-Akademie Rheinland gGmbH, invoice 26-0018, EUR 3,120.00 (first aid training)
- Rheinreinigung GmbH & Co. KG, invoice RR-25-3301, EUR 7,980.00

Thanks!
James
""")

M("S", "de", "insurer-to-customer", "accident insurance death benefit to the widow after her husband's fatal traffic accident",
  frm=ADDR("albrecht"),
  to="Frau Renate Ophoven <renate.ophoven@t-online.example>",
  subj="Ihre Unfallversicherung – Leistung im Todesfall",
  date="2026-03-17 16:00",
  sig="albrecht",
  body="""Sehr geehrte Frau Ophoven,

wir möchten Ihnen zunächst unser aufrichtiges Mitgefühl zum Tod Ihres Mannes aussprechen.

Ihr Mann, Herr Hans-Georg Ophoven, ist am 19. Februar 2026 an den Folgen des Verkehrsunfalls auf der B 56 bei Zülpich verstorben. Die Unterlagen der Polizei und die Sterbeurkunde liegen uns vor. Aus der Unfallversicherung UV-1097733 zahlen wir Ihnen als Bezugsberechtigter die vereinbarte Todesfallleistung von 25.000 Euro.

Den Betrag überweisen wir in den nächsten Tagen auf das Konto, das Sie uns genannt haben. Der Vertrag endet mit dem Todestag; die zu viel gezahlten Beiträge erstatten wir Ihnen.

Wenn wir Ihnen bei weiteren Fragen helfen können, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "dog owner's liability: the insured dog bit another dog; vet costs of the other dog and owner names",
  frm=ADDR("oltmanns"),
  to="Mr Marco Rinaldi <marco.rinaldi@libero.example>",
  subj="Your dog liability claim H-2026-0088940",
  date="2026-03-17 16:30",
  sig="oltmanns",
  lang="en",
  body="""Dear Mr Rinaldi,

thank you for your report. On 8 March 2026 in the Stadtwald your dog Bruno bit the dachshund "Frieda" of Ms Waltraud Esch. Frieda needed a wound treatment under sedation at the Tierklinik Hürth; the invoice is EUR 612.40.

Your dog owner's liability policy TH 3390-118-02 covers this damage. We will pay the vet invoice directly to Ms Esch. Nobody else was hurt.

Please make sure Bruno is on the lead in the Stadtwald during the breeding season (until 15 July) – it is compulsory there.

Kind regards
""")

M("N", "de", "internal", "team meeting minutes with action items, no personal data (DOCX)",
  frm=ADDR("hartwig"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  subj="Protokoll Teamrunde 17.03.",
  date="2026-03-17 17:00",
  client="outlook",
  body="""Hallo zusammen,

anbei das Protokoll von heute. Bitte die Punkte mit eurem Namen bis zur nächsten Runde erledigen.

Melanie
""",
  att=[DOCX("Protokoll_Teamrunde_2026-03-17.docx", [
      ("h", "Protokoll Teamrunde Privatkunden – 17.03.2026"),
      "Teilnehmende: Hartwig, Kowalski, Bayram, Roggendorf, Tillmann, Kraus\nProtokoll: Tillmann",
      ("t", [["TOP", "Inhalt", "Wer", "bis"],
             ["1", "Rückstand Adressänderungen: vormittags priorisieren, Stand täglich im Teamkanal", "alle", "laufend"],
             ["2", "Neue Textbausteine Eingangsbestätigung ab 16.03. – Fragen sammeln", "Kowalski", "24.03."],
             ["3", "Schulung Kundenportal: alle angemeldet? Nachzügler 20.03.", "Roggendorf", "20.03."],
             ["4", "Telefonansage Ostern abgestimmt", "Hartwig", "erledigt"],
             ["5", "Headsets für neue Telefonanlage bestellen", "Kraus", "18.03."]]),
      "Nächste Teamrunde: 24.03.2026, 9:00 Uhr, Raum Rhein",
  ], author="Niklas Tillmann")])

M("C", "de", "insurer-to-customer", "household discount for singles over 55 requires the birth date of a named policyholder",
  frm=ADDR("zimmermann"),
  to="Frau Helga Dreesen <helga.dreesen@web.example>",
  subj="Ihr Nachlass 55plus in der Hausratversicherung",
  date="2026-03-17 17:20",
  sig="zimmermann",
  body="""Sehr geehrte Frau Dreesen,

vielen Dank für Ihren Hinweis. Mit Ihrem Geburtsdatum 23.06.1958 erfüllen Sie die Voraussetzungen für unseren Nachlass 55plus (15 % für Alleinstehende ab 55 Jahren). Wir haben Ihre Hausratversicherung HR-15-0844390 ab dem 1. April 2026 umgestellt:

bisheriger Jahresbeitrag: 118,60 Euro
neuer Jahresbeitrag: 100,81 Euro

Den Nachlass hätten wir Ihnen natürlich gern schon früher gegeben – leider lag uns Ihr Geburtsdatum aus dem alten Vertrag nicht vor.

Mit freundlichen Grüßen
""")

M("N", "en", "system", "portal notice that an uploaded file could not be read; content-free, no contract or document type",
  frm="Versicherer Customer Portal <noreply@portal.versicherer.example>",
  to="a.kowalczyk@wp.example",
  subj="Your upload could not be processed",
  date="2026-03-17 18:02",
  mailer="Siegel Portal Notifier",
  body="""Hello,

unfortunately we could not open a file you uploaded to the customer portal today. It may be damaged or password-protected.

Please log in at https://portal.versicherer.example and upload the file again. We accept PDF, JPG and PNG files up to 20 MB.

This mailbox is not monitored. Please do not reply to this e-mail.
Versicherer Customer Service
""")


# --------------------------------------------------------------------------
# Batch 7 — Wednesday, 18 March 2026
# --------------------------------------------------------------------------

M("N", "de", "system", "portal notification that the password was changed; no personal data",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="m.oezdemir@gmx.example",
  subj="Ihr Passwort wurde geändert",
  date="2026-03-18 06:12",
  mailer="Siegel Portal Notifier",
  body="""Guten Tag,

das Passwort für Ihren Zugang zum Versicherer Kundenportal wurde soeben geändert. Ihr Zugang ist wieder entsperrt.

Wenn Sie das nicht selbst waren, rufen Sie uns bitte sofort an: 0221 555-3000.

Ihr Versicherer Kundenservice
""")

M("S", "en", "customer", "portal message delivered into the insurer's mail system: customer writes about his sick leave for depression and the disability claim form",
  frm="Versicherer Kundenportal <portal-eingang@portal.versicherer.example>",
  reply_to="service-leben@versicherer.example",
  to="Service Leben <service-leben@versicherer.example>",
  subj="Nachricht aus dem Kundenportal: Question about the claim form",
  date="2026-03-18 06:55",
  client="system",
  mailer="Siegel Portal 1.4",
  headers={"X-Portal-User": "u-00418832", "X-Portal-Message-Id": "PM-2026-0318-000112"},
  lang="en",
  body="""Nachricht aus dem Kundenportal
Absender (verifiziert): Daniel Whitaker, daniel.whitaker@gmail.example
Vertrag: LV 60.4120.339

---

Hello,

I have been on sick leave since November because of a severe depressive episode and my psychiatrist says I will not be able to go back to my job as a project manager in the foreseeable future. I downloaded the disability claim form, but it asks for "all doctors in the last 5 years". Do you really need my dermatologist and dentist too? And can my psychiatrist send her report directly to you?

Thank you,
Daniel Whitaker
""")

M("C", "de", "insurer-to-customer", "motor: change of vehicle type class explained to a named policyholder with policy number and premium",
  frm=ADDR("engel"),
  to="Frau Ramona Knipprath <ramona.knipprath@web.example>",
  subj="AW: Warum ist mein Beitrag gestiegen, obwohl ich keinen Unfall hatte?",
  date="2026-03-18 07:40",
  sig="engel",
  body="""Sehr geehrte Frau Knipprath,

Ihr Beitrag für die Kfz-Versicherung KF 7719288541 (Toyota Yaris, K-RK 303) steigt zum 1. April nicht wegen eines Schadens, sondern wegen der neuen Typklassen. Diese legt jedes Jahr der Gesamtverband der Versicherer anhand der Schadenstatistik aller Fahrzeuge desselben Modells fest.

Für Ihr Modell ändert sich die Typklasse in der Vollkasko von 17 auf 19. Dadurch steigt Ihr Jahresbeitrag von 603,80 auf 648,10 Euro. Ihre SF-Klasse ist unverändert.

Wenn Sie die Selbstbeteiligung in der Vollkasko von 300 auf 500 Euro erhöhen, würden Sie rund 52 Euro im Jahr sparen. Sagen Sie einfach Bescheid.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "canteen menu for the week as an HTML-only mail",
  frm="Betriebsrestaurant <kantine@versicherer.example>",
  to="Alle Mitarbeitenden Rheinuferstraße <standort-rheinufer@versicherer.example>",
  subj="Speiseplan KW 13",
  date="2026-03-18 08:00",
  client="system",
  mailer="Kantinen-Info",
  html="""<html><body style="font-family:Arial,sans-serif">
<h2>Speiseplan KW 13 (23.–27.03.2026)</h2>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Tag</th><th>Menü 1</th><th>Menü 2 (vegetarisch)</th><th>Aktion</th></tr>
<tr><td>Montag</td><td>Rheinischer Sauerbraten, Rotkohl, Klöße</td><td>Linsen-Dal mit Basmatireis</td><td>Salatbar</td></tr>
<tr><td>Dienstag</td><td>Hähnchenbrust, Ofengemüse</td><td>Spinat-Lasagne</td><td>Pasta-Station</td></tr>
<tr><td>Mittwoch</td><td>Currywurst, Pommes</td><td>Gemüse-Curry mit Tofu</td><td>Veggie Day</td></tr>
<tr><td>Donnerstag</td><td>Seelachs, Kartoffelsalat</td><td>Käsespätzle, Röstzwiebeln</td><td>Suppe: Kürbis</td></tr>
<tr><td>Freitag</td><td>Reibekuchen mit Apfelmus</td><td>Reibekuchen mit Apfelmus</td><td>Waffeln</td></tr>
</table>
<p>Allergene und Zusatzstoffe hängen an der Ausgabe aus. Guten Appetit!</p>
</body></html>
""")

M("S", "de", "insurer-to-customer", "supplementary dental: cost approval for the implant of tooth 36 under the dental scale; reply to the customer's question",
  frm=ADDR("wendland"),
  to="Herrn Carsten Wiegand <carsten.wiegand@gmx.example>",
  subj="AW: Implantat – zahlt die Zusatzversicherung?",
  date="2026-03-18 08:30",
  sig="wendland",
  body="""Sehr geehrter Herr Wiegand,

vielen Dank für den Heil- und Kostenplan von Dres. Albers & Kühn. Die Wartezeit von acht Monaten ist abgelaufen, und die Behandlung von Zahn 36 war bei Vertragsbeginn noch nicht angeraten. Wir können Ihnen deshalb folgende Zusage geben:

Geplante Kosten laut HKP: 2.393,93 Euro
Erstattungssatz ZahnPlus 90: 90 % = 2.154,54 Euro
Begrenzung im 1. Versicherungsjahr (Zahnstaffel): höchstens 1.000 Euro

Sie erhalten also bis zu 1.000 Euro. Wenn die Implantatkrone erst nach dem 1. Juni 2026 eingesetzt wird, fällt sie in das zweite Versicherungsjahr; dort liegt die Grenze bei 2.000 Euro für alle Leistungen im Jahr. Sprechen Sie die zeitliche Planung gern mit Ihrem Zahnarzt ab.

Mit freundlichen Grüßen
""",
  quote=OQ("Carsten Wiegand <carsten.wiegand@gmx.example>", "Dienstag, 10. März 2026 16:34", "zahn@versicherer.example",
           "Implantat – zahlt die Zusatzversicherung?", """Hallo,

ich habe seit Juni 2025 die Zahnzusatzversicherung ZahnPlus 90 bei Ihnen (KV 3.610.447.052). Jetzt muss leider der Zahn 36 raus und mein Zahnarzt will ein Implantat setzen. [...]

Carsten Wiegand"""))

M("N", "en", "insurer-to-prospect", "prospect asks whether contract documents are available in English; generic answer",
  frm=ADDR("kowalski"),
  to="Rajesh Subramanian <rajesh.s@gmail.example>",
  subj="RE: Contract documents in English?",
  date="2026-03-18 09:00",
  sig="kowalski",
  lang="en",
  body="""Dear Mr Subramanian,

for our household, liability, motor and travel products we provide English translations of the policy conditions and the product information sheet. Please note that only the German version is legally binding.

Our customer portal and app are available in English, and many of our customer service colleagues speak English, so you are welcome to call us or write in English.

For health and life products, English documents are available on request.

Kind regards
""",
  quote=Q("""Hello, I don't speak German well yet. Are your insurance contracts available in English? Thanks, Rajesh"""))

M("C", "en", "customer-to-insurer", "household burglary: list of stolen items as CSV, police reference, home address of a named customer",
  frm="Natalia Kowalczyk <a.kowalczyk@wp.example>",
  to="schaden@versicherer.example",
  subj="Burglary – household insurance HR-22-0715539",
  date="2026-03-18 09:25",
  client="outlook",
  lang="en",
  body="""Hello,

our flat at Zülpicher Wall 6, 50674 Köln was broken into yesterday between 9 am and 5 pm while we were at work. The front door was forced open. The police (Polizeiinspektion Mitte) have taken the report, reference 260317-1533-K.

Attached is the list of stolen items. I tried to upload it to the portal, but it didn't work.

Natalia Kowalczyk
0176 5532 1190
""",
  att=[CSV("stolen_items.csv", [["item", "brand/model", "bought", "price EUR", "receipt"],
                                ["laptop", "Lenovo ThinkPad T14", "2024-09", "1249", "yes"],
                                ["tablet", "iPad Air", "2023-12", "699", "yes"],
                                ["watch", "Garmin Fenix 7", "2023-05", "599", "no (card statement)"],
                                ["jewellery", "gold necklace (grandmother)", "-", "approx. 800", "no"],
                                ["cash", "", "", "120", "-"]], sep=",")])

M("N", "de", "internal", "sales figures of tied agencies for February, aggregate per region (XLSX)",
  frm=ADDR("falk"),
  to="Vertriebsleitung <vertriebsleitung@versicherer.example>",
  subj="Abschlusszahlen Februar – Agenturen Region West",
  date="2026-03-18 09:50",
  sig="falk", sigstyle="short",
  body="""Hallo zusammen,

anbei die Zahlen für Februar. Kfz deutlich über Vorjahr (Wechselgeschäft nachgelaufen), Leben weiter schwach. Die neue Zahnzusatz-Kampagne zeigt erste Wirkung.

Gruß Bernd
""",
  att=[XLSX("Abschluesse_2026-02_West.xlsx", {"Februar": [
      ["Agenturbezirk", "Kfz", "Sach/HR/WG", "Haftpflicht", "Kranken Zusatz", "Leben/BU", "Summe"],
      ["Köln-Innenstadt", 88, 41, 37, 29, 6, 201], ["Köln-Nord", 64, 33, 25, 18, 4, 144],
      ["Bonn/Rhein-Sieg", 71, 39, 30, 22, 9, 171], ["Aachen/Düren", 52, 27, 19, 11, 3, 112],
      ["Summe", 275, 140, 111, 80, 22, 628]]}, author="Bernd Falk")])

M("S", "de", "customer", "customer service forwards a complaint about a refused disability benefit; the customer's burnout and clinic stay are in the inline forward",
  frm=ADDR("kowalski"),
  to="Leistung BU <leistung-bu@versicherer.example>",
  cc=ADDR("lorenz"),
  subj="WG: Beschwerde – Ablehnung BU-Rente",
  date="2026-03-18 10:15",
  client="thunderbird",
  body="""Hallo BU-Team,

die Kundin ist sehr aufgebracht und droht mit BaFin. Beschwerdemanagement ist in Kopie. Bitte zeitnah Kontakt aufnehmen.

Danke
Lena Kowalski

""" + FW("Nicole Hambloch <nicole.hambloch@web.example>", "17.03.2026, 22:48", "kundenservice@versicherer.example",
         "Ablehnung BU", """Sehr geehrte Damen und Herren,

Ihr Schreiben vom 12. März, mit dem Sie meine Berufsunfähigkeitsrente ablehnen, kann ich nicht akzeptieren. Ich war von Oktober bis Dezember 2025 zehn Wochen in der psychosomatischen Klinik am Lietzensee wegen eines schweren Burnouts mit Depression und bin seitdem nicht arbeitsfähig. Das steht alles im Entlassungsbericht, den ich Ihnen geschickt habe.

Ihr Gutachter hat mich 40 Minuten gesehen und meint, ich könne als Lehrerin "zu 50 % unterrichten". Ich schaffe es kaum, einkaufen zu gehen.

Ich bitte um Überprüfung. Vertrag LV 60.3705.118.

Nicole Hambloch"""))

M("N", "de", "insurer-to-prospect", "trap: general product brochure on long-term care supplementary insurance sent to a prospect; care vocabulary, no person",
  frm=ADDR("yilmaz"),
  to="Ruth Pelzer <ruth.pelzer@t-online.example>",
  subj="Ihre Informationen zur Pflegezusatzversicherung",
  date="2026-03-18 10:40",
  sig="yilmaz",
  body="""Sehr geehrte Frau Pelzer,

wie am Telefon besprochen sende ich Ihnen unsere Produktinformation zur Pflegezusatzversicherung. Die gesetzliche Pflegeversicherung deckt im Pflegeheim im Schnitt nur rund die Hälfte der Kosten. Mit einem Pflegetagegeld schließen Sie die Lücke flexibel, egal ob zu Hause oder im Heim gepflegt wird.

Für ein konkretes Angebot brauche ich Ihr Geburtsdatum und die Antworten auf die Gesundheitsfragen im Antrag – gern im Kundenportal oder per Post, nicht per E-Mail.

Mit freundlichen Grüßen
""",
  att=[PDF("Produktinfo_Pflegetagegeld_PT.pdf", [
      ("h", "Pflegetagegeld PT – Produktinformation"),
      "Das Pflegetagegeld zahlt ab Pflegegrad 1 einen festen Betrag pro Tag – frei verwendbar, ohne Kostennachweis.",
      ("t", [["Pflegegrad", "ambulant", "stationär"], ["1", "10 %", "10 %"], ["2", "30 %", "100 %"], ["3", "50 %", "100 %"],
             ["4", "80 %", "100 %"], ["5", "100 %", "100 %"]]),
      "Beispiel: Bei vereinbarten 50 Euro Tagessatz und Pflegegrad 3 ambulant erhalten Sie 25 Euro täglich, rund 750 Euro im Monat.",
      "Beitragsbefreiung ab Pflegegrad 2. Keine Wartezeit bei Unfall. Aufnahme bis Alter 75.",
      ("small", "Versicherer Krankenversicherung a.G. · Diese Information ersetzt nicht die Versicherungsbedingungen. Stand 01/2026."),
  ], title="Produktinformation Pflegetagegeld")])

M("C", "de", "insurer-to-customer", "buildings storm claim settled after the assessor's visit: amounts and IBAN of named policyholders",
  frm=ADDR("graf"),
  to="Familie Overbeck <overbeck.familie@web.example>",
  subj="Abrechnung Sturmschaden WG-S-2026-004318",
  date="2026-03-18 11:05",
  sig="graf",
  body=f"""Sehr geehrte Frau Overbeck, sehr geehrter Herr Overbeck,

der Sachverständige Herr Rosendahl hat den Sturmschaden an Ihrem Haus Auf dem Kamp 9 am Montag besichtigt. Sein Bericht bestätigt den Schaden an Dach und Dachrinne. Wir rechnen wie folgt ab:

Dachdeckerarbeiten laut Angebot Bedachungen Krämer: 7.615,00 Euro
Dachrinne und Fallrohr: 782,40 Euro
Notabdeckung: 318,00 Euro
Summe: 8.715,40 Euro
abzüglich Selbstbeteiligung: 500,00 Euro
Auszahlung: 8.215,40 Euro

Einen Abschlag von 6.000 Euro überweisen wir sofort auf Ihr Konto {IB("DE", "370502990156778800")}, den Rest nach Vorlage der Schlussrechnung.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "reply to an expat about pregnancy cover: private room, midwife and premium question",
  frm=ADDR("whitfield"),
  to="Laura Whitcombe <laura.whitcombe@outlook.example>",
  subj="RE: Premium increase from April?",
  date="2026-03-18 11:30",
  sig="whitfield",
  lang="en",
  body="""Dear Ms Whitcombe,

congratulations on your pregnancy!

1. Premium: the increase from EUR 412.37 to EUR 446.90 is a tariff-wide adjustment of GLOBAL PLUS and is not related to your own claims. Details are in the enclosure to our letter.

2. Birth: your tariff covers the hospital stay for the delivery in a private room with the chief physician, the midwife (before, during and after birth, including home visits) and antenatal classes up to EUR 300. You do not need our approval in advance. Please send us the hospital's name once you have booked, so we can issue a guarantee of payment.

3. Your baby: register the child within two months of birth. Then he or she is insured from birth without a health check or waiting period.

Kind regards
""",
  quote=Q("""Hello,

I received your letter saying my monthly premium goes up from 412.37 to 446.90 EUR from 1 April. [...]

Also, while I'm writing: I'm pregnant (due date 19 August) and my gynaecologist Dr. Hansen in Düsseldorf says I should book the hospital soon. Does my tariff cover a private room and the midwife, or do I need to ask you first? My policy number is KV 3.220.118.404.

Thanks a lot,
Laura Whitcombe"""))

M("N", "en", "internal", "information security: quarterly phishing simulation results, aggregate by department only",
  frm=ADDR("fischer"),
  to="Department heads <bereichsleitungen@versicherer.example>",
  subj="Phishing simulation Q1 – results",
  date="2026-03-18 12:00",
  sig="fischer", sigstyle="short",
  lang="en",
  body="""Dear all,

results of the Q1 phishing simulation ("parcel delivery failed", sent 2 March to 1,840 staff):

[[phish]]

Good news: reporting went up from 31 % to 44 %. Click rates in claims departments are still high – they receive many genuine attachments every day, so the "unexpected attachment" rule is harder to apply. We will offer a 20-minute refresher for those teams in April.

No individual results are shared with managers, as agreed with the works council.
""",
  html=True,
  tables={"phish": ([["Area", "Recipients", "Clicked", "Entered password", "Reported"], ["Claims (all lines)", "612", "14 %", "4 %", "38 %"],
                     ["Customer service", "298", "11 %", "3 %", "47 %"], ["Sales", "344", "9 %", "2 %", "41 %"],
                     ["IT", "187", "3 %", "0 %", "71 %"], ["Other", "399", "8 %", "2 %", "43 %"]], "pad")})

M("C", "de", "customer-to-insurer", "short mobile message: moved house, new address for the motor policy",
  frm="Timo Klaßen <timo.klassen@gmx.example>",
  to="kfz@versicherer.example",
  subj="Neue Adresse",
  date="2026-03-18 12:25",
  client="mobile",
  body="""Moin, bin umgezogen. Neue Adresse ab 15.3.: Timo Klaßen, Berliner Str. 77, 51063 Köln. Kfz Vertrag KF 7720277160. Kennzeichen bleibt. Gruß Timo
""")

M("S", "de", "insurer-to-customer", "HTML-only, base64-encoded mail: health insurance approves a biologic for Crohn's disease; medication, diagnosis and costs",
  frm=ADDR("kroeger"),
  to="Herrn Philipp Schwarzer <philipp.schwarzer@posteo.example>",
  subj="Ihre Anfrage Kostenübernahme Adalimumab",
  date="2026-03-18 13:00",
  client="outlook",
  cte="base64",
  html=text_to_html("""Sehr geehrter Herr Schwarzer,

vielen Dank für Ihre Anfrage und die Verordnung Ihres Gastroenterologen, Herrn Dr. Brauckmann.

Für die Behandlung Ihres Morbus Crohn (K50.0) mit dem Biologikum Adalimumab (40 mg alle zwei Wochen, Biosimilar) übernehmen wir die Kosten zunächst für zwölf Monate. Die Jahrestherapiekosten betragen rund 11.400 Euro. Bitte legen Sie die Rezepte wie gewohnt vor; bei Bezug über unsere Partnerapotheke müssen Sie nicht in Vorleistung gehen.

Für eine Verlängerung nach zwölf Monaten benötigen wir einen kurzen Verlaufsbericht.

Mit freundlichen Grüßen

""" + SIG("kroeger"), {}, "outlook"))

M("N", "de", "newsletter", "severe weather warning service for a postcode area, no individual",
  frm="Versicherer Unwetterwarnung <unwetter@versicherer.example>",
  to="unwetter-plz50@versicherer.example",
  subj="Unwetterwarnung: Sturmböen und Starkregen im PLZ-Gebiet 50–53",
  date="2026-03-18 13:30",
  client="system",
  mailer="Versicherer Warndienst",
  headers={"Precedence": "bulk"},
  body="""UNWETTERWARNUNG – Stufe 2 von 4

Gebiet: Köln, Bonn, Rhein-Erft-Kreis, Rhein-Sieg-Kreis (PLZ 50–53)
Zeitraum: Donnerstag, 19.03.2026, 14:00 Uhr bis Freitag, 20.03.2026, 06:00 Uhr
Erwartet: Sturmböen bis 85 km/h, Starkregen bis 30 l/m² in 6 Stunden

Was Sie jetzt tun können:
- Gartenmöbel, Trampoline und Mülltonnen sichern
- Fenster und Dachfenster schließen
- Auto nicht unter Bäumen oder an Baugerüsten parken
- Kellerabläufe prüfen, Wertsachen aus dem Keller nach oben bringen

Im Schadenfall: Fotos machen, Schaden begrenzen, online oder unter 0800 555 1000 melden.

Sie erhalten diese Warnung, weil Sie den kostenlosen Unwetterdienst für Ihr PLZ-Gebiet abonniert haben. Abmelden: www.versicherer.example/unwetter
""")

M("C", "en", "insurer-to-customer", "legal expenses: consumer dispute with an online shop over a defective sofa; named customer and claim number",
  frm=ADDR("lindqvist"),
  to="Ms Chiara Lombardi <chiara.lombardi@gmail.example>",
  subj="Your legal expenses claim RS-S-2026-01419 – online purchase",
  date="2026-03-18 14:00",
  sig="lindqvist",
  lang="en",
  body="""Dear Ms Lombardi,

thank you for your message. You bought a corner sofa for EUR 1,890 from the online shop Wohnwelt24 GmbH in December 2025; it was delivered with a broken frame and the shop has refused to take it back or repair it.

Your legal expenses policy RS 88 160 2034 covers disputes from consumer contracts. We confirm cover for a lawyer of your choice for the out-of-court and, if necessary, court proceedings at first instance. Your deductible is EUR 150.

If you like, our free telephone legal advice service can first help you with a final demand letter to the shop: +49 221 555-4599.

Kind regards
""")

M("S", "de", "guardian-to-insurer", "professional legal guardian writes about care home invoices and care level of her client (ISO-8859-1 mail)",
  frm="Betreuungsbüro Kerstin Lamberty <k.lamberty@betreuung-lamberty.example>",
  to="pflege@versicherer.example",
  subj="Herr Josef Wingender, Pflegeversicherung KV 2.409.871.006 - Heimkosten",
  date="2026-03-18 14:30",
  client="outlook",
  charset="iso-8859-1",
  body="""Sehr geehrte Damen und Herren,

als gerichtlich bestellte Betreuerin von Herrn Josef Wingender, geb. 11.11.1936 (Amtsgericht Bergheim, Az. 52 XVII 118/24), bitte ich um Erstattung der beigefügten Heimkostenrechnungen für Januar und Februar 2026 aus seiner privaten Pflegepflichtversicherung.

Herr Wingender lebt seit Oktober 2025 im Haus Maria Frieden in Kerpen. Der Pflegegrad 4 wurde im Dezember festgestellt. Die Rechnungen des Heims weisen die pflegebedingten Aufwendungen gesondert aus.

Die Betreuerbestellung liegt Ihnen bereits vor. Bitte überweisen Sie auf das Betreuungskonto von Herrn Wingender bei der Kreissparkasse Köln.

Mit freundlichen Grüßen
Kerstin Lamberty
Berufsbetreuerin
""")

M("N", "de", "internal", "vote on the date of the company outing, no personal data",
  frm="Betriebsrat <betriebsrat@versicherer.example>",
  to="Alle Mitarbeitenden <alle@versicherer.example>",
  subj="Betriebsausflug 2026 – stimmt ab!",
  date="2026-03-18 15:00",
  client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

der Betriebsausflug 2026 geht ins Siebengebirge: Wanderung oder Zahnradbahn auf den Drachenfels, danach Grillen am Rhein in Königswinter.

Zur Wahl stehen zwei Termine:
A) Freitag, 12. Juni
B) Freitag, 11. September

Bitte stimmt bis 31. März im Intranet ab (Startseite, Umfrage "Betriebsausflug"). Es gibt wieder eine kürzere Strecke und eine Variante ohne Wandern.

Euer Betriebsrat
""")

M("C", "de", "insurer-to-customer", "private liability: lost keys of a rented flat, lock replacement cost, named customer and landlord",
  frm=ADDR("oltmanns"),
  to="Frau Jasmin Öztürk <jasmin.oeztuerk@gmail.example>",
  subj="Schlüsselverlust – Ihr Haftpflichtschaden H-2026-0089517",
  date="2026-03-18 15:30",
  sig="oltmanns",
  body="""Sehr geehrte Frau Öztürk,

Sie haben am 7. März Ihren Schlüsselbund mit dem Schlüssel für die Schließanlage Ihres Mietshauses in der Severinstraße 140 verloren. Die Hausverwaltung Breuer & Söhne verlangt den Austausch der gesamten Schließanlage (Kostenvoranschlag 2.860 Euro).

Der Verlust fremder Schlüssel ist in Ihrer Privathaftpflicht PH 4402-255-61 bis 20.000 Euro mitversichert. Wir übernehmen die Kosten, sobald uns die Rechnung der Hausverwaltung vorliegt. Bitte bitten Sie die Hausverwaltung, die Rechnung direkt an uns zu schicken, mit unserer Schadennummer.

Mit freundlichen Grüßen
""")

M("N", "en", "system", "online booking confirmation for a consultation at the customer centre, ICS attached, no contract data",
  frm="Versicherer Appointments <no-reply@termine.versicherer.example>",
  to="Rajesh Subramanian <rajesh.s@gmail.example>",
  subj="Appointment confirmed: Thu 26 March, 11:00 – Customer centre Cologne",
  date="2026-03-18 16:00",
  mailer="Versicherer Appointment Booking",
  lang="en",
  body="""Hello Rajesh Subramanian,

your appointment is confirmed:

Thursday, 26 March 2026, 11:00–11:45
Versicherer customer centre, Rheinuferstraße 12, 50667 Cologne (ground floor)
Topic: General advice – first insurance in Germany
Language: English

To cancel or reschedule, use this link: https://termine.versicherer.example/b/7QX2-4471

The calendar entry is attached.
""",
  att=[ICS("appointment.ics", "termin-7QX2-4471@termine.versicherer.example", "Versicherer customer centre – general advice",
           "20260326T110000", "20260326T114500", ("Versicherer Appointments", "no-reply@termine.versicherer.example"),
           [("Rajesh Subramanian", "rajesh.s@gmail.example")], location="Rheinuferstraße 12, 50667 Köln",
           description="General advice – first insurance in Germany. Language: English.")])

M("S", "de", "insurer-to-customer", "funeral benefit of a life policy paid to the son of the deceased insured person",
  frm=ADDR("aydin"),
  to="Herrn Ralf Mertens <ralf.mertens@arcor.example>",
  subj="Sterbegeldversicherung LV 58.1104.227 – Auszahlung",
  date="2026-03-18 16:30",
  sig="aydin",
  body="""Sehr geehrter Herr Mertens,

unser herzliches Beileid zum Tod Ihrer Mutter, Frau Ingeborg Mertens.

Die Sterbeurkunde und die Police sind bei uns eingegangen. Aus der Sterbegeldversicherung LV 58.1104.227 zahlen wir Ihnen als Bezugsberechtigtem:

Versicherungssumme: 5.000,00 Euro
Überschussbeteiligung: 1.127,40 Euro
Gesamt: 6.127,40 Euro

Der Betrag wird in den nächsten drei Werktagen auf das Konto überwiesen, das Sie uns am Telefon genannt haben. Eine Abrechnung erhalten Sie per Post.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "short note: printer toner ordered",
  frm=ADDR("kowalski"),
  to="Team Privatkunden <team-privatkunden@versicherer.example>",
  subj="Drucker 3. OG",
  date="2026-03-18 17:00",
  client="outlook",
  body="""Toner für den großen Drucker ist bestellt, kommt morgen. Bis dahin bitte am Drucker im Flur vor der Küche drucken.

Lena
""")

M("C", "en", "insurer-to-customer", "motor: confirmation of cover for driving to the UK with plate, vehicle and policy of a named customer",
  frm=ADDR("ohlsen"),
  to="Mr Oliver Brennan <oliver.brennan@btinternet.example>",
  subj="RE: No claims bonus letter in English please",
  date="2026-03-18 17:30",
  sig="ohlsen",
  lang="en",
  body="""Dear Mr Brennan,

please find below the confirmation for your new insurer. We will also send it as a signed letter by post.

"We confirm that Mr Oliver James Brennan, born 27 August 1984, has been insured with Versicherer Allgemeine Versicherung AG under motor policy KF 7719904410 since 1 March 2019 (vehicle BMW 320d, registration K-OB 3384). No claims have been made during this period. His no-claims class is SF 7, corresponding to 7 claim-free years, including years recognised from his previous UK policy."

To cancel the policy after the sale, just send us a copy of the sales contract; the policy ends on the day of the sale and we refund the unused premium.

Kind regards
""")

M("S", "en", "internal", "international health: underwriting question to the medical officer about an applicant with asthma; application summary in XLSX",
  frm=ADDR("whitfield"),
  to=ADDR("hasselbach"),
  cc=ADDR("nguyen"),
  subj="Underwriting query: applicant with asthma – GLOBAL PLUS",
  date="2026-03-18 18:00",
  client="outlook",
  lang="en",
  body="""Dear Dr Hasselbach,

could you please give us your opinion on the attached application? The applicant declares moderate persistent asthma, controlled with an inhaler, one hospital admission in 2023. She is moving to Cologne from Toronto in May with her employer. Minh and I would propose acceptance with a 30 % surcharge, no exclusion – does that match your guidelines?

Many thanks,
Emma
""",
  sig="whitfield", sigstyle="short",
  att=[XLSX("Application_A-KV-2026-022871.xlsx", {"Summary": [
      ["Field", "Value"], ["Application", "A-KV-2026-022871"], ["Applicant", "Megan O'Sullivan"],
      ["Date of birth", "1990-02-14"], ["Tariff", "GLOBAL PLUS, deductible EUR 600"],
      ["Declared condition", "Asthma bronchiale, moderate persistent (J45.1)"],
      ["Medication", "Budesonide/formoterol 160/4.5 µg, 2 puffs twice daily"],
      ["Hospital", "2023, 3 nights, Harbourfront General Hospital Toronto, exacerbation after influenza"],
      ["Smoker", "no"], ["Proposed decision", "accept, surcharge 30 %"]]}, author="Emma Whitfield")])


# --------------------------------------------------------------------------
# Batch 8 — Thursday, 19 March 2026 (storm night before)
# --------------------------------------------------------------------------

M("N", "de", "system", "portal reminder that a message will be deleted in 7 days; content-free",
  frm="Versicherer Kundenportal <noreply@portal.versicherer.example>",
  to="g.stroh@web.example",
  subj="Erinnerung: Eine Nachricht in Ihrem Postfach wird in 7 Tagen gelöscht",
  date="2026-03-19 05:45",
  mailer="Siegel Portal Notifier",
  body="""Guten Tag,

eine Nachricht in Ihrem Postfach im Versicherer Kundenportal wird am 26.03.2026 automatisch gelöscht (90 Tage nach Eingang).

Wenn Sie die Nachricht behalten möchten, melden Sie sich an und laden Sie sie herunter:
https://portal.versicherer.example

Ihr Versicherer Kundenservice
""")

M("S", "de", "customer-to-insurer", "customer asks to raise the deductible of his private health insurance; no medical word, health contract",
  frm="Christoph Lenzen <christoph.lenzen@web.example>",
  to="service-kranken@versicherer.example",
  subj="Selbstbehalt erhöhen",
  date="2026-03-19 06:30",
  client="outlook",
  charset="windows-1252",
  body="""Guten Morgen,

nach der Beitragserhöhung zum 1.4. möchte ich meinen Selbstbehalt in der Krankenversicherung (KV 3.291.604.473, Tarif COMFORT 300) von 300 auf 1.200 Euro im Jahr erhöhen. Wie viel spare ich dann im Monat, und geht das schon zum 1. April?

Muss ich dafür Gesundheitsfragen beantworten? Ich dachte, bei weniger Leistung nicht.

Beste Grüße
Christoph Lenzen
""")

M("C", "en", "customer-to-insurer", "storm night: a tree fell on the customer's car; plate and policy number from a phone",
  frm="Grace Adeyemi <grace.adeyemi@yahoo.example>",
  to="kfz-schaden@versicherer.example",
  subj="Tree fell on my car last night",
  date="2026-03-19 06:52",
  client="mobile",
  lang="en",
  body="""Good morning, during the storm last night a big branch fell on my car in front of the house (Goltsteinstraße 31, Köln). Windscreen broken, roof dented. It's a Renault Clio, K-GA 5519, policy KF 7720456203, I have partial cover I think. What do I do now? Can I still drive it?
Grace Adeyemi
""")

M("N", "en", "internal", "minutes of the architecture review with decisions, no personal data (ODT)",
  frm=ADDR("raman"),
  to=[ADDR("neumann"), ADDR("fischer"), ADDR("hoffmann")],
  cc=ADDR("meier"),
  subj="Minutes: architecture review portal migration (16 March)",
  date="2026-03-19 07:30",
  sig="raman", sigstyle="short",
  lang="en",
  body="""Hi all,

minutes attached. Thomas, you're in cc because of decision 2 (salutation in notification mails) – please object by Monday if the DPO view differs.

Priya
""",
  att=[ODT("Minutes_architecture_review_2026-03-16.odt", [
      ("h", "Architecture review – portal migration, 16 March 2026"),
      "Participants: Raman, Neumann, Fischer, Hoffmann",
      ("t", [["#", "Decision / action", "Owner", "Due"],
             ["1", "Session timeout stays at 15 minutes; configurable per installation.", "Neumann", "done"],
             ["2", "Notification mails keep a neutral salutation ('Guten Tag'), no name, no subject of the original.", "Neumann", "DPO check by 23 Mar"],
             ["3", "Attachment storage encrypted at rest; deletion job after 90 days verified in test.", "Fischer", "27 Mar"],
             ["4", "Second load test with 2x peak after the storm weekend data is in.", "Hoffmann", "3 Apr"]]),
      "Next review: 13 April 2026.",
  ], author="Priya Raman")])

M("S", "en", "insurer-to-customer", "reply to an expat: insulin and glucose sensor receipts reimbursed, with apology for the delay",
  frm=ADDR("whitfield"),
  to="Arjun Mehta <arjun.mehta@gmail.example>",
  subj="RE: pharmacy receipts Jan+Feb",
  date="2026-03-19 08:00",
  sig="whitfield",
  lang="en",
  body="""Dear Mr Mehta,

thank you for the receipts, and sorry that the last reimbursement took so long – we had a backlog in February.

We have reimbursed the pharmacy receipts of 14 January and 12 February 2026 (insulin lispro, insulin glargine and FreeStyle Libre 3 sensors) in full: EUR 442.27. The money will be in your account within three working days.

Tip: if you send the receipts through our app, they usually reach us and are checked within a week. For your long-term prescriptions we can also arrange direct billing with your pharmacy, so you no longer need to pay in advance. Shall I set that up?

Kind regards
""")

M("N", "de", "internal", "storm duty roster for the claims hotline as ODS, staff names and shifts only",
  frm=ADDR("brenner"),
  to="Schadenservice Kraftfahrt <kfz-schaden@versicherer.example>",
  cc="Schadenservice Sach <schaden-sach@versicherer.example>",
  subj="Sturm: Verstärkung Schadenhotline heute und morgen",
  date="2026-03-19 08:15",
  client="outlook",
  body="""Moin zusammen,

nach der Nacht haben wir schon über 900 Meldungen. Wir verstärken die Schadenhotline heute bis 22 Uhr und morgen ab 7 Uhr. Der Plan hängt an, Tausch bitte direkt untereinander und kurze Info an mich.

Danke euch, das wird ein langer Tag.
Markus
""",
  att=[ODS("Hotline_Sturm_19-20_Maerz.ods", {"Plan": [
      ["Schicht", "Do 19.03.", "Fr 20.03."], ["07–11", "Brenner, Demir, Graf", "Brenner, Thelen, Wirtz"],
      ["11–15", "Oltmanns, Berger, Kühn", "Demir, Graf, Stein"], ["15–19", "Thelen, Wirtz, Stein", "Oltmanns, Berger"],
      ["19–22", "Brenner, Kühn", "–"]]})])

M("C", "de", "insurer-to-customer", "e-bike theft settled under household insurance: replacement value and named customer",
  frm=ADDR("demir"),
  to="Frau Lea Schuhmacher <lea.schuhmacher@posteo.example>",
  subj="AW: E-Bike geklaut!!",
  date="2026-03-19 08:40",
  sig="demir",
  body="""Liebe Frau Schuhmacher,

vielen Dank für die Rechnung und die Bescheinigung der Polizei. Ihr E-Bike ist über die Fahrradklausel Ihrer Hausratversicherung HR-21-0098214 versichert, weil es in einem verschlossenen Gemeinschaftskeller abgestellt und zusätzlich angeschlossen war.

Wir ersetzen den Neuwert eines vergleichbaren Rades. Ihr Cube Kathmandu Hybrid kostet heute 3.399 Euro; die Fahrradklausel ist bei 3.000 Euro begrenzt. Wir überweisen Ihnen deshalb 3.000 Euro auf Ihr bekanntes Konto.

Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns.

Viele Grüße
""",
  quote=Q("""mir wurde heute Nacht mein E-Bike aus dem Fahrradkeller geklaut (Schloss aufgebrochen, Kellertür auch). Ich hab Hausrat bei Ihnen mit Fahrradklausel, Vertrag HR-21-0098214. [...]"""))

M("N", "de", "insurer-to-customer", "objection to advertising recorded; named person, no contract or other data",
  frm=ADDR("kowalski"),
  to="Hans-Peter Gierlich <hp.gierlich@t-online.example>",
  subj="AW: Keine Werbung mehr!",
  date="2026-03-19 09:00",
  sig="kowalski", sigstyle="short",
  body="""Sehr geehrter Herr Gierlich,

Ihren Widerspruch gegen Werbung haben wir gespeichert. Sie erhalten von uns keine Werbung mehr, weder per Post noch per E-Mail oder Telefon. Bis alle laufenden Aktionen gestoppt sind, kann es bis zu zwei Wochen dauern.

Entschuldigen Sie bitte die Störung.

Mit freundlichen Grüßen
""",
  quote=Q("""Ich will keine Werbung mehr von Ihnen, weder Briefe noch Mails! Gierlich"""))

M("S", "de", "insurer-to-customer", "daily sickness allowance continues during rehab and graded return to work after a herniated disc",
  frm=ADDR("kroeger"),
  to="Herrn Thomas Verheyen <thomas.verheyen@gmx.example>",
  subj="AW: Krankentagegeld weiter?",
  date="2026-03-19 09:30",
  sig="kroeger",
  body="""Sehr geehrter Herr Verheyen,

danke für die Unterlagen im Portal. Ja, wir zahlen Ihr Krankentagegeld (85 Euro täglich) auch für die Zeit der Rehabilitation in Bad Neuenahr vom 9. Februar bis 2. März weiter, ebenso für die anschließende Arbeitsunfähigkeit laut Bescheinigung bis 31. März.

Während der Wiedereingliederung ab April zahlen wir weiter, solange Sie arbeitsunfähig geschrieben sind. Ihr Arbeitgeber zahlt in dieser Zeit kein Gehalt; bitte reichen Sie uns den Stufenplan der Wiedereingliederung ein, sobald er vorliegt.

Gute Besserung weiterhin!
""")

M("N", "en", "newsletter", "customer newsletter about new app features, HTML with text alternative, no personal data",
  frm="Versicherer News <newsletter@versicherer.example>",
  to="newsletter-en@versicherer.example",
  subj="New in the app: report claims with photos, change your address in 30 seconds",
  date="2026-03-19 10:00",
  headers={"List-Unsubscribe": "<https://www.versicherer.example/en/newsletter/unsubscribe>", "Precedence": "bulk"},
  html=True,
  body="""What's new in the Versicherer app (version 4.2)

REPORT A CLAIM WITH PHOTOS
Take up to ten photos right in the app and send them with your claim report. Most motor and household claims can now be settled without a phone call.

CHANGE YOUR ADDRESS IN 30 SECONDS
Moving? Enter your new address once, and we update all your policies.

SECURE MESSAGES
All messages with personal data are stored in your encrypted portal mailbox. You get a short notification e-mail – without any content – when something new arrives.

Update now in the App Store or Google Play.

Versicherer Holding AG, Rheinuferstrasse 12, 50667 Cologne
Unsubscribe: www.versicherer.example/en/newsletter/unsubscribe
""")

M("C", "de", "customer", "customer service forwards a complaint about the premium after adding the customer's 18-year-old son as driver; son's birth date",
  frm=ADDR("hartwig"),
  to="Kfz-Vertrag <kfz@versicherer.example>",
  subj="WG: Beitrag viel zu hoch wegen Sohn",
  date="2026-03-19 10:30",
  client="outlook",
  body="""Hallo Kfz-Team,

bitte prüfen, ob das mit dem Fahranfänger-Zuschlag so korrekt ist, und dem Kunden antworten. Er klang am Telefon eher ratlos als verärgert.

Danke
Melanie
""",
  quote=OQ("Wolfgang Pütz <wolfgang.puetz@web.example>", "Mittwoch, 18. März 2026 19:12", "kundenservice@versicherer.example",
           "Beitrag viel zu hoch wegen Sohn", """Guten Tag,

ich habe meinen Sohn Luca Pütz (geb. 03.01.2008, Führerschein seit Januar) als Fahrer für unseren Skoda Fabia (BM-WP 221, Vertrag KF 7719051187) eintragen lassen. Jetzt soll der Beitrag von 412 auf 889 Euro steigen! Das kann doch nicht sein? Er fährt höchstens am Wochenende.

Gibt es eine günstigere Möglichkeit, z. B. begleitetes Fahren oder einen eigenen Vertrag für ihn?

Mit freundlichen Grüßen
Wolfgang Pütz"""))

M("S", "en", "relative-to-insurer", "widower asks to cancel his late wife's policies including her private health insurance",
  frm="Peter Hammond <peter.hammond@gmail.example>",
  to="kundenservice@versicherer.example",
  subj="Policies of my late wife",
  date="2026-03-19 11:00",
  client="outlook",
  lang="en",
  body="""Dear Sir or Madam,

my wife, Margaret Hammond, passed away on 22 February 2026. I would like to cancel the policies that were in her name:

- private health insurance KV 3.188.540.372
- household insurance HR-17-0522891 (I will take this over in my name, if possible)

I enclose a copy of the death certificate by post today. Please refund any premiums paid in advance to our joint account, which you have on file.

Thank you for your help at this difficult time.

Peter Hammond
Im Apfelgarten 3
53359 Rheinbach
""")

M("N", "de", "internal", "data protection officer answers a colleague's question about WhatsApp with customers; general rules, no person",
  frm=ADDR("meier"),
  to=ADDR("falk"),
  subj="AW: Darf ich Kunden per WhatsApp schreiben?",
  date="2026-03-19 11:30",
  sig="meier", sigstyle="short",
  body="""Hallo Bernd,

kurz und klar: nein, nicht über dein privates WhatsApp und auch nicht über WhatsApp Business auf dem Diensthandy. Die Gründe:

1. Der Messenger liest das Adressbuch aus und überträgt Telefonnummern – auch von Kunden, die das nie erlaubt haben.
2. Wir können die Kommunikation nicht revisionssicher aufbewahren.
3. Sobald ein Kunde dir eine Arztrechnung oder ein Foto vom Unfall schickt, haben wir Gesundheitsdaten auf einem Kanal, den wir nicht kontrollieren.

Was geht: Terminabsprachen per SMS ohne Inhalt ("Treffen wir uns Dienstag 15 Uhr?") und alles Inhaltliche über das Kundenportal oder verschlüsselte E-Mail.

Viele Grüße
Thomas
""",
  quote=Q("""Hallo Thomas, viele meiner Kunden fragen, ob sie mir einfach per WhatsApp schreiben können. Ist das ok? Gruß Bernd"""))

M("C", "en", "insurer-to-customer", "buildings policy passes to the house buyers: policy number, address, premium, new bank details requested",
  frm=ADDR("zimmermann"),
  to="Thomas & Anna Reid <reid.family@gmail.example>",
  subj="RE: Taking over building insurance after house purchase",
  date="2026-03-19 12:00",
  sig="zimmermann",
  lang="en",
  body="""Dear Mr and Mrs Reid,

congratulations on your new home! You are right: with the entry in the land register, the buildings insurance WG-14-0630471 for Am Eichenhain 22, 51469 Bergisch Gladbach passes to you by law (section 95 VVG). Until then, Mr Kaspers remains the policyholder and pays the premium.

The current annual premium is EUR 1,046.30 (sum insured value 1914: 28,400 marks, including storm/hail, tap water and natural hazards).

After the transfer you may cancel the policy within one month; otherwise we continue it in your names. Please send us a SEPA mandate for your account – the form is in the portal – and tell us the date of the land register entry once you have it.

Kind regards
""")

M("N", "de", "insurer-to-prospect", "trap: prospect asks whether dog liability also applies on holiday in Italy; generic answer",
  frm=ADDR("wagner"),
  to="Marlies Hoppe <marlies.hoppe@gmx.example>",
  subj="AW: Hundehaftpflicht im Urlaub",
  date="2026-03-19 12:30",
  sig="wagner",
  body="""Hallo Frau Hoppe,

ja, unsere Hundehalterhaftpflicht gilt weltweit bei vorübergehenden Aufenthalten bis zu drei Jahren – also auch im Urlaub in Italien. Mitversichert sind auch Mietsachschäden in Ferienwohnungen.

Tipp für Italien: Dort ist in vielen Regionen ein Maulkorb mitzuführen, und am Strand gelten oft eigene Hunderegeln. Der EU-Heimtierausweis mit gültiger Tollwutimpfung ist Pflicht.

Schönen Urlaub!
""",
  quote=Q("""Hallo, gilt Ihre Hundehaftpflicht auch, wenn wir im Sommer mit dem Hund nach Italien fahren? Wir überlegen, bei Ihnen abzuschließen. Gruß M. Hoppe"""))

M("S", "de", "insurer-to-assessor", "care assessment order to the assessment service with name, address, birth date and dementia diagnosis of the insured",
  frm=ADDR("lehmann"),
  to="Gutachterdienst Pflege GmbH <auftraege@gutachterdienst-pflege.example>",
  subj="Begutachtungsauftrag PG-2026-00871 – eilig",
  date="2026-03-19 13:00",
  sig="lehmann",
  body="""Sehr geehrte Damen und Herren,

wir beauftragen Sie mit der Begutachtung zur Feststellung der Pflegebedürftigkeit. Da der Antrag bereits im Januar gestellt wurde und sich die Situation laut Angehörigen verschlechtert, bitten wir um einen Termin innerhalb von 10 Arbeitstagen.

Auftragsdaten im Anhang (PDF).

Mit freundlichen Grüßen
""",
  att=[PDF("Auftrag_PG-2026-00871.pdf", [
      ("h", "Begutachtungsauftrag Pflegebedürftigkeit"),
      "Auftrag: PG-2026-00871 · Auftraggeber: Versicherer Krankenversicherung a.G., Leistungsservice Pflege",
      ("t", [["Angabe", "Inhalt"], ["Versicherte Person", "Hildegard Krautwurst, geb. 19.05.1942"],
             ["Anschrift", "Am Stadtgarten 5, 53879 Euskirchen"], ["Versicherungsnummer", "KV 2.880.413.207"],
             ["Antrag vom", "14.01.2026"], ["Ansprechpartnerin", "Tochter Simone Krautwurst (Vollmacht), Tel. 0163 5521 804"],
             ["Bekannte Diagnosen", "Alzheimer-Demenz (G30.1, F00.1), Sturzneigung"],
             ["Hinweis", "Verschlechterung laut Tochter, zwei Stürze seit Herbst 2025"]]),
      "Bitte senden Sie das Gutachten über den sicheren Kanal (Domänenverschlüsselung) an pflege@versicherer.example.",
  ], title="Begutachtungsauftrag")])

M("N", "de", "internal", "thank-you mail after the storm night with aggregate claim counts only",
  frm=ADDR("graf"),
  to="Schadenservice Sach <schaden-sach@versicherer.example>",
  cc="Schadenservice Kraftfahrt <kfz-schaden@versicherer.example>",
  subj="Danke für gestern!",
  date="2026-03-19 13:40",
  client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

was für ein Tag! Bis 12 Uhr sind 1.384 Sturmschäden eingegangen (davon 612 Kfz, 541 Wohngebäude, 231 Hausrat), 71 % online oder über die App. Die Hotline hatte eine durchschnittliche Wartezeit von 4:10 Minuten – bei dem Aufkommen ein Spitzenwert.

Danke an alle, die früher gekommen sind, länger geblieben sind oder einfach mit angepackt haben. Pizza für die Spätschicht geht heute auf die Bereichsleitung.

Matthias
""")

M("C", "de", "customer-to-insurer", "buildings: storm knocked off part of the chimney; address, policy number and photo",
  frm="Elfriede Zimmermann <elfriede.zimmermann@t-online.example>",
  to="schaden@versicherer.example",
  subj="Sturmschaden Schornstein",
  date="2026-03-19 14:10",
  client="outlook",
  body="""Sehr geehrte Damen und Herren,

in der Nacht hat der Sturm die Schornsteinabdeckung und einige Steine von unserem Schornstein heruntergeworfen. Ein Teil ist auf das Garagendach gefallen. Ich hänge ein Foto an, das mein Nachbar gemacht hat.

Unser Haus: Birkenweg 12, 53773 Hennef
Versicherung: WG-09-0374419
Telefon: 02242 81 99 03

Der Schornsteinfeger sagt, der Kamin darf bis zur Reparatur nicht benutzt werden. Bitte melden Sie sich bald.

Mit freundlichen Grüßen
Elfriede Zimmermann
""",
  att=[PNG("Schornstein.png", 90, 120, seed="schornstein")])

M("S", "en", "customer-to-insurer", "reply says only 'form attached'; the DOCX claim form lists the physiotherapy and diagnosis of the sender",
  frm="Ingrid Svensson <ingrid.svensson@telia.example>",
  to="leistung-kranken@versicherer.example",
  subj="Re: Physio covered?",
  date="2026-03-19 14:45",
  client="mobile",
  lang="en",
  body="""Filled in the form, see attached.
Ingrid
""",
  att=[DOCX("Claim_form_Svensson.docx", [
      ("h", "Claim form – outpatient treatment"),
      "Policyholder / insured person: Ingrid Svensson, born 1979-04-30\nPolicy number: KV 3.377.016.215\nAddress: Poppelsdorfer Allee 88, 53115 Bonn",
      ("t", [["Date", "Provider", "Treatment", "Amount EUR"],
             ["2026-03-03", "Dr. med. Katrin Kessler, general practice", "consultation, examination, prescription", "48.26"],
             ["2026-03-10", "Physiopraxis am Hofgarten", "physiotherapy session 1 of 6 (shoulder mobilisation)", "42.00"],
             ["2026-03-13", "Physiopraxis am Hofgarten", "physiotherapy session 2 of 6", "42.00"]]),
      "Diagnosis on prescription: adhesive capsulitis of the left shoulder (M75.0)",
      "Payment to: account on file",
      "Signature: I. Svensson",
  ], author="Ingrid Svensson")])

M("N", "en", "insurer-to-customer", "confirmation that the sender's S/MIME certificate was stored; no contract or personal data beyond the address",
  frm="Versicherer Zertifikatsdienst <zertifikat@versicherer.example>",
  to="Dr. Fiona Macleod <f.macleod@uni-bonn.example>",
  subj="Your certificate has been registered",
  date="2026-03-19 15:10",
  client="system",
  mailer="Siegel Certificate Service",
  lang="en",
  body="""Hello,

thank you for your signed e-mail. We have stored the following certificate for your address:

E-mail address: f.macleod@uni-bonn.example
Issuer: DFN-Verein Global Issuing CA
Serial number: 2F:91:0C:47:8A:13:5E:02
Valid until: 14 October 2027

From now on, e-mails from Versicherer to this address will be encrypted with this certificate. To write to us encrypted, download our certificates from https://www.versicherer.example/certificates.

This is an automatically generated message.
""")

M("C", "en", "insurer-to-customer", "travel rental-car excess insurance: scratch on a rental car in Portugal reimbursed to a named customer",
  frm=ADDR("seidel"),
  to="Mr Daniel Fischer-Wood <d.fischerwood@gmail.example>",
  subj="Rental car excess claim R-2026-0033877",
  date="2026-03-19 15:40",
  sig="seidel",
  lang="en",
  body="""Dear Mr Fischer-Wood,

thank you for the documents. The rental company AutoLuso Rent charged your credit card EUR 650 for the scratch on the rear door of the rental car (Lisbon, 2–9 March 2026). This is the excess under the rental agreement, which is covered by your rental car excess insurance RV 4410-4120-01.

We will reimburse the full EUR 650 to your account. No deductible applies.

Kind regards
""")

M("N", "de", "system", "gateway returns a mail to the internal sender: no reactive permission for the external address; harmless subject, no content",
  frm="Siegel Gateway <postmaster@versicherer.example>",
  to=ADDR("falk"),
  subj="Nicht zugestellt: Rückfrage zu Ihrem Anliegen",
  date="2026-03-19 16:05",
  client="system",
  mailer="Siegel Gateway",
  headers={"Auto-Submitted": "auto-replied"},
  body="""Ihre Nachricht wurde nicht zugestellt.

Betreff: Rückfrage zu Ihrem Anliegen
Empfänger: k.lindner@freemail.example
Grund: Für diese Adresse liegt keine Einwilligung vor, und die Adresse hat uns bisher nicht geschrieben (reaktive E-Mail-Kommunikation).

Was Sie tun können:
- Bitten Sie den Empfänger, Ihnen zuerst zu schreiben, oder
- erfassen Sie die Einwilligung im Kundensystem, oder
- nutzen Sie das Portal-Postfach des Kunden.

Referenz: GW-2026-0319-118832
""")

M("S", "de", "insurer-to-customer", "child accident insurance: plaster cast benefit paid for the son's forearm fracture, letter to the mother",
  frm=ADDR("albrecht"),
  to="Frau Anja Reinartz <anja.reinartz@gmx.example>",
  subj="AW: Unfall Klassenfahrt – Kinderunfallversicherung Jonas",
  date="2026-03-19 16:30",
  sig="albrecht",
  body="""Sehr geehrte Frau Reinartz,

vielen Dank für den Arztbrief des Krankenhauses am Kahlen Asten in Winterberg. Aus der Kinderunfallversicherung UV-1188406 zahlen wir für Jonas wegen der distalen Radiusfraktur links ein Gipsgeld von 300 Euro. Eine Krankenhaustagegeldleistung fällt nicht an, weil Jonas ambulant versorgt wurde.

Die Meldung der Schule an die Unfallkasse ändert an unserer Leistung nichts, beide Versicherungen zahlen unabhängig voneinander.

Sollten nach Abschluss der Behandlung Bewegungseinschränkungen bleiben, melden Sie sich bitte innerhalb von 15 Monaten nach dem Unfall bei uns. Wir wünschen Jonas gute Besserung!

Mit freundlichen Grüßen
""")

M("N", "en", "internal", "trap: draft reinsurance data tables with aggregated claims by cause and age band (XLSX); no individual",
  frm=ADDR("okafor"),
  to=ADDR("stone"),
  subj="RE: Treaty renewal 1/7 – experience tables draft",
  date="2026-03-19 17:00",
  sig="okafor", sigstyle="short",
  lang="en",
  body="""Rebecca,

first draft of the experience tables attached. Cells with fewer than five claims are merged into the neighbouring age band, as agreed with the DPO, so nothing can be traced back to individual cases.

Illness still dominates BU claims (psychiatric causes up again, now 38 %). I'll add the exposure columns tomorrow.

Chidi
""",
  att=[XLSX("Experience_2021-2025_draft.xlsx", {
      "BU claims by cause": [["Cause category", "2021", "2022", "2023", "2024", "2025"],
                             ["Mental and behavioural disorders", 41, 47, 52, 58, 63],
                             ["Musculoskeletal", 33, 31, 35, 30, 34], ["Cancer", 17, 19, 16, 21, 18],
                             ["Cardiovascular", 9, 8, 11, 10, 9], ["Accident", 12, 10, 9, 11, 12], ["Other", 18, 20, 17, 19, 29]],
      "Death claims by age band": [["Age band", "Claims", "Sum at risk EUR m"], ["18-39", 14, 3.1], ["40-49", 22, 4.8],
                                   ["50-59", 51, 9.7], ["60+", 38, 5.2]]}, author="Chidi Okafor")])

M("C", "de", "insurer-to-customer", "tenant's liability: cracked bathtub in the rented flat covered; customer, landlady and claim number",
  frm=ADDR("oltmanns"),
  to="Herrn Jannik Stoltenberg <jannik.stoltenberg@gmail.example>",
  subj="AW: Schaden Mietwohnung Badewanne",
  date="2026-03-19 17:30",
  sig="oltmanns",
  body="""Hallo Herr Stoltenberg,

gute Nachricht: Schäden an der gemieteten Wohnung sind in Ihrer Privathaftpflicht PH 4402-207-19 mitversichert (Mietsachschäden). Wir haben den Fall unter H-2026-0089733 angelegt.

Bitte geben Sie Ihrer Vermieterin, Frau Hamacher, unsere Schadennummer und bitten Sie sie, uns den Kostenvoranschlag für die Reparatur der Emaille zu schicken. Häufig lässt sich so ein Riss für 250 bis 400 Euro reparieren, ohne die Wanne auszutauschen. Wir zahlen direkt an Frau Hamacher; Ihre Selbstbeteiligung beträgt 150 Euro.

Viele Grüße
""",
  quote=Q("""mir ist gestern die Glasflasche vom Duschgel in die Badewanne gefallen und jetzt hat die Wanne einen Riss in der Emaille (siehe Foto). [...]"""))


# === END OF MAILS ===


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
