#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel seventh development corpus generator (corpora/dev7).

Emphasis: companies, employers and internal staff, and attachments.

Writes mails/d7-NNNN.eml, labels.tsv and DONE next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2
(the part above its MAILS section); changes are marked `dev7:`.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs (only for attachments): openpyxl python-docx odfpy fpdf2 (pypdf optional for --check)
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
    # dev7: new staff (same fictitious company)
    "haberl": ("Verena Haberl", "verena.haberl", "Firmenkunden Kranken / bKV", "Corporate Health (bKV)", "kv", "-3705"),
    "dreyer": ("Matthias Dreyer", "matthias.dreyer", "Firmenkunden Unfall / Gruppenunfall", "Group Accident", "av", "-4760"),
    "sommerfeld": ("Kerstin Sommerfeld", "kerstin.sommerfeld", "bAV-Service / Direktversicherung", "Occupational Pensions Service", "lv", "-2845"),
    "achterberg": ("Dr. Jan Achterberg", "jan.achterberg", "Financial Lines / D&O", "Financial Lines / D&O", "av", "-5330"),
    "kaya": ("Serkan Kaya", "serkan.kaya", "Kfz-Flotten", "Fleet Motor", "av", "-4090"),
    "lehmkuhl": ("Britta Lehmkuhl", "britta.lehmkuhl", "Personalabteilung / Entgeltabrechnung", "HR / Payroll", "grp", "-1440"),
    "peters": ("Dr. med. Hanna Peters", "hanna.peters", "Risikoprüfung Leben / BU\nÄrztlicher Dienst", "Medical Underwriting Life & Disability", "lv", "-2295"),
    "ziegler": ("Ralf Ziegler", "ralf.ziegler", "Compliance", "Compliance", "grp", "-1090"),
    "marx": ("Oliver Marx", "oliver.marx", "Kundenservice Center / Dienstleistersteuerung", "Customer Service Centre / Vendor Management", "grp", "-3050"),
    "wolff": ("Christina Wolff", "christina.wolff", "Aktuariat Kranken", "Health Actuarial", "kv", "-3801"),
    "bauer": ("Nico Bauer", "nico.bauer", "Revision / Interne Prüfung", "Internal Audit", "grp", "-1960"),
    "ahmadi": ("Leyla Ahmadi", "leyla.ahmadi", "Leistung Gruppen-BU / Gruppenleben", "Group Life & Disability Claims", "lv", "-2660"),
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


def _xlsx(fn, sheets, author="Versicherer", widths=None, octet=False):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(title=name)
        for i, r in enumerate(rows):
            ws.append(list(r))
            if i == 0:
                for c in ws[1]:
                    c.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(48, max(8, width + 2))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = _STAMP[0]
    wb.properties.modified = _STAMP[0]
    b = io.BytesIO()
    wb.save(b)
    data = _normalize_zip(b.getvalue(), _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="xlsx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def _ods(fn, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text="" if v is None else str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return Att(fn, _normalize_zip(b.getvalue(), _STAMP[0]), "application", "vnd.oasis.opendocument.spreadsheet", kind="ods")


def _blocks(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield ("p", b)
        else:
            yield b


def _docx(fn, blocks, author="Versicherer", octet=False):
    import docx
    d = docx.Document()
    for b in _blocks(blocks):
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = "" if v is None else str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _STAMP[0]
    cp.modified = _STAMP[0]
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    data = _normalize_zip(b.getvalue(), _STAMP[0])
    if octet:
        return Att(fn, data, "application", "octet-stream", kind="docx")
    return Att(fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


def _odt(fn, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    doc = OpenDocumentText()
    hs = Style(name="Heading", family="paragraph")
    hs.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.styles.addElement(hs)
    for k, b in enumerate(_blocks(blocks)):
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=hs, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "t":
            rows = b[1]
            t = Table(name=f"Tabelle{k + 1}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r in rows:
                tr = TableRow()
                for v in r:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text="" if v is None else str(v)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return Att(fn, _normalize_zip(b.getvalue(), _STAMP[0]), "application", "vnd.oasis.opendocument.text", kind="odt")


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                          "’": "'", "…": "...", "•": "-", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "})


_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans"


def _pdf(fn, blocks, title=None, author="Versicherer", octet=False, unicode=False):
    """unicode=True embeds DejaVu Sans (needed for e.g. Polish text); without it
    the standard Helvetica font (cp1252 range) is used."""
    from fpdf import FPDF
    import os
    p = FPDF(format="A4")
    fam = "Helvetica"
    tr = _PDF_MAP
    if unicode and os.path.exists(_DEJAVU + ".ttf"):
        p.add_font("DejaVu", "", _DEJAVU + ".ttf")
        p.add_font("DejaVu", "B", _DEJAVU + "-Bold.ttf")
        fam = "DejaVu"
        tr = {}
    elif unicode:   # font missing: transliterate to Latin-1
        import unicodedata
        tr = {}
        _fold = lambda t: unicodedata.normalize("NFKD", t).encode("latin-1", "ignore").decode("latin-1")
        blocks = [(_fold(b) if isinstance(b, str) else (b[0], _fold(b[1]), *b[2:]) if b[0] != "t"
                   else ("t", [[_fold(str(c)) for c in r] for r in b[1]])) for b in blocks]
    p.set_creation_date(_STAMP[0].replace(tzinfo=dt.timezone.utc))
    p.set_creator("Siegel dev7 corpus")  # dev7:
    p.set_producer("fpdf2")
    if title:
        p.set_title(title.translate(_PDF_MAP))
    p.set_author(author.translate(_PDF_MAP))
    p.set_margins(20, 18, 20)
    p.add_page()
    for b in _blocks(blocks):
        if b[0] == "h":
            p.set_font(fam, "B", 13 if len(b) < 3 or b[2] == 1 else 11)
            p.multi_cell(0, 7, b[1].translate(tr), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif b[0] == "p":
            p.set_font(fam, "", 10)
            p.multi_cell(0, 5, b[1].translate(tr), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif b[0] == "small":
            p.set_font(fam, "", 7)
            p.multi_cell(0, 3.5, b[1].translate(tr), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif b[0] == "t":
            p.set_font(fam, "", 8.5)
            with p.table(text_align="LEFT", line_height=4.5, first_row_as_headings=True) as t:
                for r in b[1]:
                    row = t.row()
                    for v in r:
                        row.cell("" if v is None else str(v).translate(tr))
            p.ln(3)
    data = bytes(p.output())
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
    salt = f"d7|{n}|{m.get('mid', '')}|{m['subj']}"
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
    # dev7: outside senders get a Message-ID in their own domain
    mdom = DOM
    fa = getaddresses([m["frm"]])
    if fa and fa[0][1] and not fa[0][1].lower().endswith(DOM):
        mdom = fa[0][1].rpartition("@")[2].lower()
    if m.get("mid"):
        mid = m["mid"]
    elif client == "outlook":
        mid = f"<{_h(salt, 8).upper()}{_h(salt + 'x', 24).upper()}@{'EXCH02.ad.' + DOM if mdom == DOM else mdom}>"
    elif client == "system":
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{n:05d}.{_h(salt, 6)}@out.{mdom}>"
    elif client == "mobile":
        mid = f"<{_h(salt, 8).upper()}-{_h(salt + 'a', 4).upper()}-{_h(salt + 'b', 4).upper()}-{_h(salt + 'c', 12).upper()}@{mdom}>"
    else:
        mid = f"<{_h(salt, 8)}-{_h(salt + 'a', 4)}-{_h(salt + 'b', 4)}-{_h(salt + 'c', 12)}@{mdom}>"
    msg["Message-ID"] = mid
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    if m.get("importance"):
        msg["Importance"] = m["importance"]
    if m.get("org", True) and not m.get("inner"):
        if DOM in m["frm"]:   # dev7: no empty Organization header for outside senders
            msg["Organization"] = ENT.get(m.get("ent", "grp"), ENT["grp"])[0]
        elif m.get("orgname"):
            msg["Organization"] = m["orgname"]
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
        fn = f"d7-{n:04d}.eml"  # dev7:
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
    c = Counter(r[1] for r in rows)
    (OUT / "DONE").write_text("dev7 finished: %d mails\n" % len(rows) +
                              "".join(f"{l}\t{c[l]}\n" for l in LABELS.values()), encoding="utf-8")  # dev7:
    print(f"wrote {len(rows)} mails")


def check():
    from email import policy as P
    from email.parser import BytesParser
    try:
        import pypdf
    except ImportError:
        pypdf = None
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
            if low.endswith(".xlsx"):
                import openpyxl
                openpyxl.load_workbook(io.BytesIO(data))
            if low.endswith(".docx"):
                import docx
                docx.Document(io.BytesIO(data))
            if low.endswith((".odt", ".ods")):
                from odf.opendocument import load
                load(io.BytesIO(data))
            if low.endswith(".zip"):
                for name in z.namelist():
                    open_att(fn, name, z.read(name))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
            if pypdf:
                r = pypdf.PdfReader(io.BytesIO(data))
                assert "".join(pg.extract_text() for pg in r.pages).strip(), (fn, fname, "empty PDF text")
            pdfs += 1
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt", ".html", ".htm", ".xml", ".log")):
            assert data, fn

    for (label, lang, kind, reason, m), line in zip(MAILS, lines):
        fn = line.split("\t")[0]
        assert line.split("\t")[1] == label, fn
        assert line.split("\t")[2] == lang and line.split("\t")[3] == kind, fn  # dev7:
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
    print("mails:", len(MAILS), " with attachments:", with_att, " pdfs text-checked:", pdfs if pypdf else "no pypdf")
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
# recurring outside parties (fictitious)
HR_BRUE = "Petra Hollmann <p.hollmann@brueckner-feinmechanik.example>"
HR_VANT = "Rachel Greene <rachel.greene@vantari-systems.example>"
FLEET_NL = "Dirk Hansen <d.hansen@nordlicht-logistik.example>"
HR_STW = "Personalservice Stadtwerke Hellenthal <personal@stadtwerke-hellenthal.example>"
LOHNPRO = "LohnPro Service GmbH <bav-meldungen@lohnpro.example>"
DRUCK = "Druckhaus Rhein-Sieg GmbH <auftraege@druckhaus-rs.example>"
TELESERV = "TeleServ Dialog GmbH <teamleitung@teleserv-dialog.example>"
RE_NORDIC = "Ingrid Holmberg <ingrid.holmberg@nordiclife-re.example>"
RE_RHEN = "Konrad Weinzierl <k.weinzierl@rhenania-re.example>"
AUDIT = "Oliver Pratt <oliver.pratt@carrowlyle.example>"
LONBROKER = "Harriet Fenwick <hfenwick@fenwick-marsden.example>"

# ---------------------------------------------------------------- 0001-0050

M("S", "de", "company", "harmless body; XLSX lists new bAV direct-insurance enrolments with names, birth dates and salary-conversion amounts (life line, named employees)",
  frm=HR_BRUE, to=ADDR("sommerfeld"), subj="Neuanmeldungen Direktversicherung zum 01.03.2026",
  date="2026-02-16 10:42", client="outlook", orgname="Brückner Feinmechanik GmbH",
  body="""Hallo Frau Sommerfeld,

anbei wie besprochen die Neuanmeldungen für unseren Gruppenvertrag zum 01.03.
Die Unterlagen (Entgeltumwandlungsvereinbarungen) schicke ich per Post hinterher.

Viele Grüße
Petra Hollmann
Personalabteilung
Brückner Feinmechanik GmbH · Klingenstraße 88 · 42651 Solingen
Tel. 0212 22841-31""",
  att=[XLSX("Neuanmeldungen_DV_03-2026.xlsx", {"Neuanmeldungen": [
      ("Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Umwandlung mtl. (EUR)", "AG-Zuschuss 15 %", "Tarif"),
      ("10482", "Kowalczyk", "Marek", "14.09.1991", "01.01.2026", 150.00, 22.50, "DV-Klassik 2026"),
      ("10491", "Reinartz", "Sandra", "02.05.1985", "15.01.2026", 248.00, 37.20, "DV-Klassik 2026"),
      ("10497", "Öztürk", "Emre", "27.11.1998", "01.02.2026", 100.00, 15.00, "DV-Fonds Balance"),
      ("10503", "Vogt", "Annika", "08.03.1979", "01.02.2026", 302.00, 45.30, "DV-Klassik 2026"),
  ]}, author="Hollmann")])

M("N", "de", "internal", "trap: bKV utilisation per tariff and age band, aggregated, no person",
  frm=ADDR("wolff"), to=ADDR("haberl"), cc=ADDR("okafor"), subj="bKV Inanspruchnahme 2025 – Auswertung für die Tarifkalkulation",
  date="2026-01-21 15:05", sig="wolff", sigstyle="short",
  body="""Hallo Verena,

hier die Auswertung der Leistungsinanspruchnahme 2025 für die bKV-Bausteine, wie in der
Tarifrunde besprochen. Alles auf Ebene Tarif x Altersband, Zellen unter 30 Versicherten
sind zusammengefasst. Auffällig ist weiterhin der Zahnbaustein bei den 45–59-Jährigen
(Schadenquote 91 %), Vorsorge liegt wie erwartet niedrig.

Wenn du die Zahlen für den Vertrieb brauchst, bitte nur die Quoten, nicht die Fallzahlen
nach außen geben.

Gruß
Christina""",
  att=[XLSX("bKV_Inanspruchnahme_2025.xlsx", {"Tarif_Alter": [
      ("Baustein", "Altersband", "Versicherte", "Fälle", "Leistung EUR", "Beitrag EUR", "SQ"),
      ("Zahn Budget 600", "18-29", 4120, 1388, 281400, 412000, "68 %"),
      ("Zahn Budget 600", "30-44", 6871, 2950, 681900, 824520, "83 %"),
      ("Zahn Budget 600", "45-59", 5233, 2644, 715800, 785000, "91 %"),
      ("Zahn Budget 600", "60+ / zusammengefasst", 902, 455, 121300, 144320, "84 %"),
      ("Vorsorge Plus", "alle", 17126, 2210, 198900, 513780, "39 %"),
      ("Stationär Zweibett", "alle", 9480, 311, 402200, 687300, "59 %"),
  ]}, author="Wolff")])

M("C", "de", "insurer-to-company", "fleet contract: CSV with named drivers, birth dates and licence dates; no injuries",
  frm=ADDR("kaya"), to=FLEET_NL, subj="Fuhrparkvertrag 88 400 127 – Fahrerliste zur Prüfung",
  date="2026-01-13 09:31", sig="kaya",
  body="""Sehr geehrter Herr Hansen,

für die Umstellung auf den Tarif „Flotte Plus“ mit Fahrerkreis-Rabatt benötigen wir die
aktuelle Fahrerliste. Ich habe den Stand aus unserem System beigefügt – bitte ergänzen Sie
neue Fahrer und streichen Sie ausgeschiedene, dann passe ich den Vertrag zum 01.02. an.

Fahrer unter 23 Jahren sind im Tarif nur mit Zuschlag mitversichert, das betrifft derzeit
Herrn Lüders.

Mit freundlichen Grüßen""",
  att=[CSV("Fahrerliste_Nordlicht_Stand_2026-01.csv", [
      ("Fahrer", "Geburtsdatum", "Führerschein seit", "Klasse", "Standort", "Fahrzeug"),
      ("Arslan, Mehmet", "1984-06-11", "2003-08-19", "CE", "Bremen", "HB-NL 412"),
      ("Lüders, Finn", "2004-02-29", "2022-05-03", "C", "Bremen", "HB-NL 433"),
      ("Petrović, Dragan", "1971-12-01", "1990-03-12", "CE", "Osnabrück", "OS-NL 88"),
      ("Schwarting, Heike", "1989-09-23", "2008-10-07", "B", "Bremen", "HB-NL 7"),
      ("Tebbe, Jürgen", "1966-04-18", "1985-01-30", "CE", "Hamburg", "HH-NL 1201"),
  ])])

M("S", "en", "company", "bKV (health line) enrolment of named employees and family members; no medical word",
  frm=HR_VANT, to=ADDR("haberl"), subj="bKV enrolment – three new joiners (Munich office)",
  date="2026-03-02 17:48", client="outlook", orgname="Vantari Systems GmbH",
  body="""Hi Ms Haberl,

please add the following new joiners to our company health plan (group contract
KV-GR 7731-0) as of 1 April 2026. Two of them want their spouses covered at their own
cost under the family option, as discussed with your colleague last month.

- Daniel Okonkwo, DOB 19 Aug 1990, employee ID VS-2231, plan "Dental + Vision", spouse Ada Okonkwo (DOB 03 Feb 1992)
- Marta Lindgren, DOB 07 Nov 1987, employee ID VS-2240, plan "Complete"
- Tomasz Wrona, DOB 30 Jan 1995, employee ID VS-2244, plan "Complete", spouse Julia Wrona (DOB 12 Jul 1996)

Could you confirm the monthly premium per person so payroll can set up the benefit in kind?

Thanks and best regards,
Rachel

Rachel Greene
People Operations Lead DACH
Vantari Systems GmbH | Leopoldstraße 244 | 80807 München""")

M("N", "en", "insurer-to-partner", "trap: quarterly group life bordereau summary for the reinsurer, totals only",
  frm=ADDR("stone"), to=RE_NORDIC, subj="Q4 2025 group life bordereau – summary and cash call",
  date="2026-01-29 11:20", sig="stone", lang="en",
  body="""Dear Ingrid,

please find the Q4 2025 summary for treaty GL-QS-2019 (40 % quota share on our group life
book) below. The policy-level bordereau will be uploaded to the usual SFTP folder, not by mail.

[[t]]

The balance of EUR 184,305.60 in your favour will be settled with value date 16 February.
Claims above the EUR 250k notification limit: none this quarter.

Kind regards""",
  tables={"t": ([("Item", "Q4 2025 (EUR)"), ("Lives covered (end of quarter)", "38,412"),
                 ("Ceded premium", "1,204,880.00"), ("Ceded claims paid", "713,400.00"),
                 ("Ceded claims reserve change", "+96,174.40"), ("Reinsurance commission", "-211,000.00"),
                 ("Balance due to reinsurer", "184,305.60")], "pad")})

M("S", "de", "internal", "medical underwriting: key-person life applicant, blood pressure and ramipril, named person",
  frm=ADDR("peters"), to=ADDR("schulte"), subj="AW: Keyman-Police Kessler Bau AG / Antrag L-7740218",
  date="2026-02-05 13:12", sig="peters", sigstyle="short",
  body="""Hallo Frau Schulte,

ich habe die Unterlagen zu Herrn Dr. Frederik Kessler (geb. 21.10.1968) durchgesehen.
Die Gesundheitsfragen 3 und 7 sind bejaht: arterielle Hypertonie seit 2019, eingestellt mit
Ramipril 5 mg, letzter Wert laut Hausarztbericht 150/95. Dazu ein Z. n. Nierenstein 2021,
folgenlos.

Votum: Annahme mit Zuschlag 25 % auf den Risikobeitrag, kein Ausschluss. Bitte noch ein
aktuelles Belastungs-EKG anfordern, wenn die Summe über 2 Mio. EUR geht.

Viele Grüße
H. Peters""",
  quote=OQ("Schulte, Marlene", "Mittwoch, 4. Februar 2026 16:40", "Peters, Hanna", "Keyman-Police Kessler Bau AG / Antrag L-7740218",
           """Liebe Frau Dr. Peters,

anbei der Antrag für die Keyman-Versicherung (VS 1,8 Mio. EUR, VN ist die Kessler Bau AG,
versicherte Person der Vorstandsvorsitzende). Fragebogen und Hausarztbericht liegen in der Akte.
Können Sie bis Freitag votieren? Der Makler drängt.

Danke und Gruß
Marlene Schulte"""))

M("N", "de", "insurer-to-supplier", "trap: print order for pension statements, volumes and paper only, no data",
  frm=ADDR("krueger"), to=DRUCK, subj="Bestellung 4500188321 – Druck Standmitteilungen bAV 2026",
  date="2026-03-10 08:55", sig="krueger",
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos. 1  Druck und Kuvertierung „Standmitteilung Direktversicherung 2026“, ca. 48.200 Sendungen,
        2 Blatt Duplex, Papier 80 g weiß, Kuvert DIN lang mit Fenster
Pos. 2  Beilage „Ihr Arbeitgeber zahlt mit – Infoblatt Entgeltumwandlung“, 48.200 Stück
Pos. 3  Portooptimierung über Konsolidierer, Abrechnung nach Aufwand

Die Druckdaten kommen wie immer verschlüsselt über den SFTP-Server (Ordner /in/bav2026),
Lieferung der Daten am 24.03., Postauflieferung bis spätestens 02.04.

Bitte bestätigen Sie den Auftrag unter Angabe unserer Bestellnummer.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "D&O renewal: PDF lists named board members and their functions as insured persons (non-personal line)",
  frm=ADDR("achterberg"), to="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", subj="D&O Kessler Bau AG – Verlängerung 2026, versicherte Personen",
  date="2026-03-18 14:27", sig="achterberg",
  body="""Sehr geehrter Herr Brandl,

zur Verlängerung der D&O-Police 9 200 441 778 zum 01.05. bitte ich um Bestätigung der
beigefügten Liste der namentlich versicherten Organmitglieder. Nach unseren Informationen ist
Herr Lammers zum 31.12. aus dem Vorstand ausgeschieden – er bleibt für Altfälle nachversichert.

Die Prämie bleibt bei unveränderter Deckungssumme (15 Mio. EUR) bei 38.900 EUR netto.

Mit freundlichen Grüßen""",
  att=[PDF("DO_Kessler_Bau_versicherte_Personen_2026.pdf", [
      ("h", "D&O-Versicherung Nr. 9 200 441 778 – Kessler Bau AG"),
      "Namentlich benannte versicherte Personen (Stand 18.03.2026)",
      ("t", [("Name", "Funktion", "seit", "Bemerkung"),
             ("Dr. Frederik Kessler", "Vorstandsvorsitzender", "2011", ""),
             ("Svenja Albers", "Vorstand Finanzen", "2020", ""),
             ("Thomas Lammers", "Vorstand Technik", "2016", "ausgeschieden 31.12.2025, Nachhaftung"),
             ("Prof. Dr. Uta Behrens", "Aufsichtsratsvorsitzende", "2018", ""),
             ("Gerd Wilmsen", "Prokurist / Leiter Recht", "2022", "Mitversicherung leitender Angestellter")]),
      "Deckungssumme 15.000.000 EUR je Versicherungsfall und Jahr; Selbstbehalt gemäß § 93 Abs. 2 AktG für Vorstandsmitglieder.",
  ], title="D&O versicherte Personen")])

M("S", "de", "internal", "named insurer employee's sick-leave periods sent to payroll (sick pay ends)",
  frm=ADDR("lehmkuhl"), to="Markus Thiel <markus.thiel@versicherer.example>", subj="Entgeltfortzahlung – Ende 6-Wochen-Frist",
  date="2026-02-24 09:03", sig="lehmkuhl", sigstyle="short",
  body="""Hallo Herr Thiel,

kurze Info für Ihre Teamplanung: bei Frau Anke Rosendahl (Pers.-Nr. 004417) endet die
Entgeltfortzahlung am 03.03.2026. Sie ist seit dem 20.01. durchgehend arbeitsunfähig
(Folgebescheinigungen bis 13.03. liegen vor), ab dem 04.03. bezieht sie Krankengeld von
der Krankenkasse. Wir melden das über die Entgeltabrechnung.

Falls Sie eine Vertretung über die Zeitarbeit brauchen, melden Sie sich bitte bei Frau Weiß.

Viele Grüße""")

M("N", "de", "internal", "trap: IT ticket about bAV import failing on column 'Geburtsdatum', log shows line numbers only",
  frm=ADDR("hoffmann"), to="IT-Betrieb Bestandssysteme <it-bestand@versicherer.example>", subj="INC0048812 – Import LohnPro-Datei bricht ab (Spalte Geburtsdatum)",
  date="2026-03-05 07:46", sig="hoffmann", sigstyle="short",
  body="""Moin,

der nächtliche Import der Entgeltumwandlungsmeldungen von LohnPro ist heute um 02:14 Uhr
abgebrochen. Ursache laut Log: LohnPro liefert seit dieser Lieferung das Geburtsdatum als
TT.MM.JJJJ statt ISO, der Parser erwartet yyyy-MM-dd. Betroffen sind alle 1.312 Zeilen, es wurde
nichts verbucht (Transaktion zurückgerollt).

Auszug aus dem Log hängt an (ohne Nutzdaten). Bitte bis 10 Uhr klären, ob wir den Parser
tolerant machen oder LohnPro neu liefert – der Fachbereich (Frau Sommerfeld) ist informiert.

Gruß
Lukas""",
  att=[TXT("import_bav_20260305.log", """2026-03-05 02:13:58,114 INFO  BavImportJob - start file=LP_EU_202603_0001.csv rows=1312
2026-03-05 02:13:58,201 INFO  BavImportJob - header ok: PERSNR;NAME;VORNAME;GEBDAT;BETRAG;VERTRAG
2026-03-05 02:13:58,390 ERROR RowParser - row 1: field GEBDAT: Text could not be parsed at index 2 (expected yyyy-MM-dd)
2026-03-05 02:13:58,391 ERROR RowParser - row 2: field GEBDAT: Text could not be parsed at index 2 (expected yyyy-MM-dd)
2026-03-05 02:13:58,392 ERROR RowParser - ... 1310 further rows with the same error suppressed
2026-03-05 02:14:02,877 WARN  BavImportJob - error threshold 5% exceeded (100.0%), rolling back
2026-03-05 02:14:03,004 INFO  BavImportJob - rollback complete, 0 rows committed
2026-03-05 02:14:03,005 INFO  BavImportJob - end status=FAILED
""")])

M("S", "de", "insurer-to-assessor", "bland body; forwarded message/rfc822 from employer HR with group-accident notice (wrist fracture) inside a PDF",
  frm=ADDR("dreyer"), to="MedExpert Gutachten GmbH <auftrag@medexpert-gutachten.example>",
  subj="WG: Unfallmeldung Gruppenunfall 6 400 118 – Schaden U-26-00731", date="2026-02-11 12:18", sig="dreyer",
  body="""Sehr geehrte Damen und Herren,

zur Vorbereitung des Gutachtenauftrags vom 09.02. leite ich Ihnen die Meldung des Arbeitgebers
weiter. Weitere Unterlagen folgen über das Portal.

Mit freundlichen Grüßen""",
  att=[EML(INNER(HR_STW, ADDR("dreyer"), "Unfallmeldung Herr Paschke", "2026-02-06 14:02", """Sehr geehrter Herr Dreyer,

anbei die Unfallmeldung für unseren Mitarbeiter. Die Durchgangsarztbescheinigung reichen wir nach.

Mit freundlichen Grüßen
Personalservice
Stadtwerke Hellenthal GmbH""", "<a7c2e9f1.20260206140233@stadtwerke-hellenthal.example>",
      att=[PDF("Unfallmeldung_Paschke.pdf", [
          ("h", "Unfallmeldung zur Gruppenunfallversicherung Nr. 6 400 118"),
          "Versicherungsnehmer: Stadtwerke Hellenthal GmbH, Am Wasserwerk 3, 53940 Hellenthal",
          "Verletzte Person: Uwe Paschke, geb. 09.07.1973, Netzmonteur, Pers.-Nr. 2207",
          "Unfalltag/-zeit: 03.02.2026, ca. 10:40 Uhr, Umspannstation Reifferscheid",
          "Hergang: Beim Abstieg von der Anlegeleiter auf vereister Sprosse abgerutscht, Sturz aus ca. 1,5 m auf die ausgestreckte rechte Hand.",
          "Verletzungen: distale Radiusfraktur rechts (S52.51), Prellung Hüfte rechts. Erstversorgung Kreiskrankenhaus Mechernich, Operation (Plattenosteosynthese) am 04.02.2026.",
          "Arbeitsunfähig seit: 03.02.2026, voraussichtlich 8-10 Wochen.",
          "Zeugen: Kollege Jens Heup (Netzmonteur)",
      ], title="Unfallmeldung")]),
      fn="Unfallmeldung Herr Paschke.eml")])

M("N", "en", "auditor", "trap: auditor's PBC request list naming claims listings and IBAN reconciliations, no data",
  frm=AUDIT, to=ADDR("morgan"), cc=ADDR("bauer"), subj="FY2025 audit – PBC list (group life, bAV, health)",
  date="2026-01-08 16:31", orgname="Carrow Lyle LLP", lang="en",
  body="""Dear James,

As agreed in Tuesday's kick-off, please find our "prepared by client" list for the FY2025
year-end audit below. Where the request involves policyholder-level data, please do NOT send
it by e-mail – use the data room (folder 03_PBC) so that access is logged.

1. Claims listing group life and group disability, 1 Jan – 31 Dec 2025 (data room)
2. Reconciliation of bAV premium receipts to the general ledger, by employer, Dec 2025
3. Listing of health claims paid > EUR 100k (data room), incl. reinsurance recoveries
4. Actuarial report on the DAV 2008 T / DAV 2004 R assumptions used for reserves
5. Bank reconciliations for the three premium collection accounts (IBAN level)
6. Minutes of the reserve committee, Q3 and Q4
7. IT general controls: user access review of the claims system, Q4

Target date for items 1–4 is 30 January. Happy to discuss.

Best regards,
Oliver Pratt
Senior Manager, Insurance Audit
Carrow Lyle LLP, Frankfurt""")

M("C", "en", "insurer-to-company", "stolen leased e-bike of a named employee, frame number, employee's address; no injury",
  frm=ADDR("demir"), to=HR_VANT, subj="Claim 26-FR-004418 – stolen company bike (J. Becker-Nwosu)",
  date="2026-04-14 10:09", sig="demir", lang="en",
  body="""Dear Ms Greene,

thank you for reporting the theft under your company bike group policy (FR-GR 2210-5).
For the claim of your employee Jonas Becker-Nwosu (bike handed over on 12 May 2025,
Riese & Müller Charger4, frame no. WRM4C22187733) we still need:

- the police report (reported theft from the bicycle cellar, Ungererstraße 19, 80802 Munich, on 9 April),
- the original invoice or the leasing contract with the purchase price,
- a copy of the key for the frame lock, if the lock was not broken.

The settlement goes to the leasing company, not to Mr Becker-Nwosu. No deductible applies.

Kind regards""")

M("N", "de", "newsletter", "trap: marketing newsletter for employers about bKV with health vocabulary, no person",
  frm="Versicherer Firmenkunden <newsletter@versicherer.example>", to="firmenkunden-info@versicherer.example",
  subj="Firmenkunden-Newsletter März: Gesundheit als Benefit – bKV ab 10 Mitarbeitenden",
  date="2026-03-03 07:00", client="system", mailer="Mailingtool 5.2",
  body="""Firmenkunden-Newsletter · Ausgabe März 2026

Gesundheit als Benefit: Warum die betriebliche Krankenversicherung wirkt
---------------------------------------------------------------------------
Fachkräfte bleiben dort, wo man sich um sie kümmert. Mit der bKV übernehmen Sie für
Ihre Mitarbeitenden Vorsorgeuntersuchungen, Zahnersatz, Brillen und Kontaktlinsen oder die
Zweibettunterbringung im Krankenhaus – ohne Gesundheitsprüfung und ohne Wartezeiten.

Neu ab April: Baustein „Mentale Gesundheit“ mit 5 Sitzungen psychologischer Kurzzeitberatung
pro Jahr und Ärzte-Videosprechstunde rund um die Uhr.

Steuertipp: Als Sachbezug bleibt die bKV bis 50 EUR im Monat steuer- und sozialabgabenfrei.

Termine: Webinar „bKV in 30 Minuten“ am 19.03. und 16.04., jeweils 11 Uhr.

Sie möchten diesen Newsletter nicht mehr erhalten? Abmelden: www.versicherer.example/abmelden
Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln""")

M("S", "de", "insurer-to-company", "reply refuses to disclose, but the quoted HR mail names an employee and his refused dental implants",
  frm=ADDR("haberl"), to=HR_BRUE, subj="AW: bKV – Ablehnung bei Herrn Yıldız?",
  date="2026-04-02 11:36", sig="haberl",
  body="""Hallo Frau Hollmann,

ich verstehe, dass Sie Ihrem Mitarbeiter helfen möchten. Leistungsentscheidungen in der bKV
dürfen wir aber nur mit der versicherten Person selbst besprechen – Sie als Arbeitgeber
erhalten von uns keine Auskünfte zu einzelnen Leistungsfällen. Bitte geben Sie Herrn Yıldız
meine Durchwahl, ich rufe ihn auch gern zurück.

Viele Grüße""",
  quote=OQ("Petra Hollmann", "Mittwoch, 1. April 2026 15:22", "Haberl, Verena", "bKV – Ablehnung bei Herrn Yıldız?",
           """Hallo Frau Haberl,

Herr Cem Yıldız aus der Dreherei war heute bei mir und ziemlich aufgebracht: seine
Implantatversorgung (zwei Implantate Unterkiefer, Kostenvoranschlag ca. 4.800 EUR) sei
abgelehnt worden, weil der Zahn schon vor Versicherungsbeginn gefehlt habe. Er meint, das
stimme nicht. Können Sie mir sagen, was da los ist? Wir haben die bKV ja gerade als Benefit
beworben...

Gruß Petra Hollmann"""))

M("N", "de", "internal", "trap: company (GmbH) bank account change for bKV group premium; no natural person",
  frm=ADDR("becker"), to=ADDR("haberl"), subj="Neue Abbuchungsverbindung Brückner Feinmechanik (Gruppenvertrag bKV)",
  date="2026-02-02 10:10", sig="becker", sigstyle="short",
  body=f"""Hallo Verena,

die Brückner Feinmechanik GmbH hat ihr Firmenkonto gewechselt; neues SEPA-Firmenlastschrift-
mandat liegt vor (Mandatsreferenz BRFM-KVGR-0002). Ab der Märzabbuchung ziehen wir die
Gruppenbeiträge von

  Brückner Feinmechanik GmbH, Stadt-Sparkasse Solingen
  {IB("DE", "342500000001994471")}

Die alte Verbindung bei der Volksbank ist gesperrt. Nur zur Info, du musst nichts tun.

Gruß Hannes""")

M("C", "en", "broker", "D&O claim notification naming a managing director accused of breach of duty; no criminal or health content",
  frm=LONBROKER, to=ADDR("achterberg"), subj="Notification of circumstances – Vantari Systems GmbH D&O (Policy 9 200 517 302)",
  date="2026-05-06 18:02", orgname="Fenwick Marsden Ltd", lang="en",
  body="""Dear Dr Achterberg,

On behalf of our client Vantari Systems Inc. we hereby notify circumstances under the D&O
policy no. 9 200 517 302 covering the German subsidiary.

On 28 April 2026 the shareholder wrote to Mr Florian Heidecker, managing director
(Geschäftsführer) of Vantari Systems GmbH since 2021, alleging that he approved a
EUR 2.3m licence prepayment to a reseller without the required board consent, contrary to
the rules of procedure. The letter reserves claims under § 43 GmbHG. No formal claim has
been made yet and no proceedings are pending.

Mr Heidecker remains in office. We would be grateful for confirmation of cover and of the
panel counsel you would accept (the client proposes Dr. Lutz Sarrazin, Munich).

Kind regards,
Harriet Fenwick
Director, Financial Lines
Fenwick Marsden Ltd · 30 Fenchurch Avenue · London EC3M 5AD""")

M("S", "de", "company", "HTML-only table: employer lists employees on long-term sick leave for group disability notification",
  frm=HR_STW, to=ADDR("ahmadi"), subj="Meldung Gruppen-BU: Mitarbeitende mit AU > 6 Monate (Stand 31.03.)",
  date="2026-04-07 08:40", orgname="Stadtwerke Hellenthal GmbH", body=None,
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Ahmadi,</p>
<p>gemäß § 9 des Rahmenvertrags zur Gruppen-Berufsunfähigkeitsversicherung (Nr. GBU 3 300 044) melden wir die
Beschäftigten, die zum 31.03.2026 länger als sechs Monate ununterbrochen arbeitsunfähig sind:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Pers.-Nr.</th><th>Name</th><th>geb.</th><th>Tätigkeit</th><th>AU seit</th><th>Bemerkung</th></tr>
<tr><td>1830</td><td>Birgit Hamacher</td><td>12.04.1966</td><td>Sachbearbeiterin Abrechnung</td><td>02.06.2025</td><td>stufenweise Wiedereingliederung ab 04/2026 geplant</td></tr>
<tr><td>2119</td><td>Ralf Esser</td><td>30.09.1970</td><td>Rohrnetzmonteur</td><td>15.08.2025</td><td>Reha abgeschlossen, Rentenantrag bei DRV gestellt</td></tr>
<tr><td>2207</td><td>Uwe Paschke</td><td>09.07.1973</td><td>Netzmonteur</td><td>03.02.2026</td><td>(Unfall, nur zur Info, noch keine 6 Monate)</td></tr>
</table>
<p>Die Einverständniserklärungen der Beschäftigten zur Weitergabe liegen uns vor.</p>
<p>Mit freundlichen Grüßen<br>i. A. Sabine Krings<br>Personalservice · Stadtwerke Hellenthal GmbH</p>
</body></html>
""")

M("N", "de", "internal", "trap: data-protection jour fixe minutes about employer lists and health data, no person",
  frm=ADDR("meier"), to="DS-Koordinatoren <ds-koordination@versicherer.example>", subj="Protokoll DS-Jour-fixe 12.02.2026 – Mitarbeiterlisten von Arbeitgebern",
  date="2026-02-13 16:12", sig="meier", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

anbei das Kurzprotokoll unseres Jour fixe.

TOP 1 – Mitarbeiterlisten von Firmenkunden
- Arbeitgeber schicken bAV- und bKV-Listen weiterhin häufig unverschlüsselt. Beschluss: Firmenkunden
  werden mit dem Jahresanschreiben auf das Portal hingewiesen; eingehende Listen nicht weiterleiten,
  sondern im Bestandssystem ablegen und den Link teilen.
- Gesundheitsdaten (AU-Zeiten, Diagnosen) dürfen Arbeitgeber nur mit Einwilligung der Beschäftigten
  übermitteln (Gruppen-BU § 9). Fehlt sie, Rückfrage beim Arbeitgeber, keine Verarbeitung.

TOP 2 – Löschkonzept bKV
- Abgelehnte Anmeldungen: Löschung nach 6 Monaten. Verantwortlich: Frau Haberl, Termin 30.04.

TOP 3 – Schulung
- Pflichtschulung „Gesundheitsdaten im Firmenkundengeschäft“ im April, Einladung folgt.

Nächster Termin: 12.03.2026, 14 Uhr, Raum 4.12.

Viele Grüße
Thomas Meier""")

M("C", "de", "insurer-to-company", "staff group household contract: ODS enrolment list with names, home addresses and sums insured",
  frm=ADDR("demir"), to=HR_BRUE, subj="Gruppenvertrag Hausrat für Mitarbeitende – Ihre Anmeldungen Q1",
  date="2026-03-27 13:50", sig="demir",
  body="""Sehr geehrte Frau Hollmann,

vielen Dank für die Anmeldungen zum Gruppenvertrag Hausrat (Nr. HR-GR 5 500 321). Ich habe
die Liste übernommen und die Versicherungssummen nach 650 EUR/m² berechnet. Bitte prüfen Sie
die beigefügte Übersicht; Frau Gerlach hat keine Wohnfläche angegeben.

Die Beiträge werden wie vereinbart über die Gehaltsabrechnung einbehalten.

Mit freundlichen Grüßen""",
  att=[ODS("Hausrat_Gruppenvertrag_Anmeldungen_Q1.ods", {"Q1-2026": [
      ("Name", "Anschrift", "Wohnfläche m²", "VS EUR", "Beitrag mtl. EUR", "Beginn"),
      ("Gerlach, Monika", "Weyerstraße 7, 42697 Solingen", "", "", "", "offen"),
      ("Kowalczyk, Marek", "Kölner Str. 140, 42651 Solingen", 68, 44200, 6.12, "01.04.2026"),
      ("Theisen, Bernd", "Am Hüttenhof 3a, 42699 Solingen", 112, 72800, 9.85, "01.04.2026"),
      ("Wu, Lina", "Friedrich-Ebert-Str. 21, 42719 Solingen", 54, 35100, 4.90, "01.04.2026"),
  ]})])

M("S", "en", "internal", "group life death claim: PDF claim summary with cause of death of a named employee",
  frm=ADDR("ahmadi"), to=ADDR("stone"), subj="Group life claim GL-26-0112 – notification to Nordic Life Re",
  date="2026-03-09 14:44", sig="ahmadi", lang="en",
  body="""Hi Rebecca,

this one is above the EUR 250k notification limit of the quota share, so Nordic Life Re
needs the claim summary (attached). Could you forward it via the secure channel? The
beneficiary payment is scheduled for next week.

Thanks,
Leyla""",
  att=[PDF("GL-26-0112_claim_summary.pdf", [
      ("h", "Group Life Claim Summary GL-26-0112"),
      "Employer / policyholder: Vantari Systems GmbH, Munich - group contract GL 4 410 902",
      "Insured person: Peter Strohmeier, born 14 May 1975, senior sales engineer, insured since 01/2019",
      "Date of death: 17 February 2026, Klinikum rechts der Isar, Munich",
      "Cause of death (death certificate): acute myocardial infarction (I21.0); known coronary artery disease, no disclosure issue (no health questions within free cover limit)",
      "Sum insured: 3 x annual salary = EUR 312,000; ceded share 40 % = EUR 124,800",
      "Beneficiaries: spouse Katrin Strohmeier (100 %)",
      "Recommendation: pay in full.",
  ], title="Claim summary GL-26-0112")])

M("N", "en", "supplier", "trap: release notes of the claims system mention fields diagnosis_code and iban, no data",
  frm="Quantis Release Management <releases@quantis-software.example>", to=ADDR("raman"),
  subj="Quantis ClaimsCore 11.4.2 – release notes", date="2026-02-19 06:30", orgname="Quantis Software Ltd", lang="en",
  body="""Hello Priya,

ClaimsCore 11.4.2 is available in the customer download area. Summary of changes:

* CC-8812  New optional field claim.diagnosis_code (ICD-10-GM, up to 10 codes per claim line),
           encrypted at rest with the tenant key.
* CC-8830  Payee IBAN validation now rejects IBANs with invalid check digits before the
           payment run instead of during it.
* CC-8841  Group contracts: import of employee census files (CSV/XLSX) with up to 50,000 rows.
* CC-8855  Fixed: masked birth dates were shown in full in the audit export.
* CC-8860  Performance: bordereau export 40 % faster.

Upgrade path: 11.3.x -> 11.4.2 directly. Database migration runtime approx. 20 minutes.

Best regards,
Quantis Release Management
Quantis Software Ltd · 4 Grand Canal Quay · Dublin 2""")

M("C", "de", "insurer-to-lawyer", "commercial fleet liability claim: named third party and car damage, nobody hurt",
  frm=ADDR("oltmanns"), to="Kanzlei Dr. Vossberg & Partner <sekretariat@vossberg-partner.example>",
  subj="Ihr Zeichen 112/26 Ve – Schaden K-26-018822, Fahrzeug HB-NL 433", date="2026-03-12 11:05", sig="oltmanns",
  body="""Sehr geehrte Frau Rechtsanwältin Vossberg,

in der Sache Ihrer Mandantin Frau Carla Mertens, Am Deich 12, 28199 Bremen, bestätigen wir
die Eintrittspflicht dem Grunde nach. Unser Fahrer (Nordlicht Logistik, Fahrzeug HB-NL 433)
hat beim Rangieren am 27.02.2026 den geparkten Pkw Ihrer Mandantin (HB-CM 210) beschädigt;
Personen waren nicht beteiligt.

Wir regulieren auf Basis des Gutachtens Kuhlmann vom 05.03.:
  Reparaturkosten netto      3.412,80 EUR
  Wertminderung                250,00 EUR
  Gutachterkosten              611,45 EUR
  Kostenpauschale               25,00 EUR
Ihre Gebührennote bitte gesondert. Zahlung auf das Anderkonto erfolgt diese Woche.

Mit freundlichen Grüßen""")

M("S", "de", "company", "ZIP inside ZIP: employer statement for a BU claim (bAV) and CSV of sick-leave periods with diagnoses",
  frm=HR_BRUE, to=ADDR("stanek"), subj="Unterlagen BU-Leistungsantrag Herr Theisen (DV 71 220 118)",
  date="2026-05-11 15:18", client="outlook", orgname="Brückner Feinmechanik GmbH",
  body="""Sehr geehrter Herr Stanek,

wie telefonisch besprochen anbei die Unterlagen von unserer Seite. Passwort kommt per SMS
an Ihre Mobilnummer – ach so, die Datei ist doch ohne Passwort, sorry.

Viele Grüße
Petra Hollmann""",
  att=[ZIP("BU_Theisen_Unterlagen.zip", [
      DOCX("Arbeitgeberauskunft_Theisen.docx", [
          ("h", "Arbeitgeberauskunft zur Berufsunfähigkeit"),
          "Versicherte Person: Bernd Theisen, geb. 22.01.1969, Pers.-Nr. 07713",
          "Tätigkeit: CNC-Fräser im Dreischichtbetrieb seit 1994; überwiegend stehend, Heben von Werkstücken bis 25 kg, Überkopfarbeiten beim Rüsten.",
          "Arbeitszeit: 38 Std./Woche. Letzter Arbeitstag: 14.10.2025.",
          "Ein leidensgerechter Arbeitsplatz (Büro, Arbeitsvorbereitung) konnte nicht angeboten werden, da keine entsprechende Qualifikation vorliegt.",
          "Bruttojahresentgelt 2025: 51.870 EUR.",
          "Solingen, 08.05.2026 – Brückner Feinmechanik GmbH, i. A. P. Hollmann",
      ], author="Hollmann"),
      ZIP("AU_Zeiten.zip", [CSV("AU_Zeiten_Theisen_2024-2026.csv", [
          ("von", "bis", "Tage", "Diagnose lt. AU (soweit bekannt)"),
          ("2024-03-04", "2024-03-29", 26, "M54.4"),
          ("2024-11-11", "2025-01-10", 61, "M51.1"),
          ("2025-10-15", "2026-05-08", 206, "M51.1 / Z. n. Bandscheiben-OP L4/5"),
      ])]),
  ])])

M("N", "de", "insurer-to-company", "trap: bKV quote for a bakery GmbH with per-head prices; no person, health line generic",
  frm=ADDR("haberl"), to="Bäckerei Lindemann GmbH <info@baeckerei-lindemann.example>", subj="Ihr Angebot betriebliche Krankenversicherung (42 Beschäftigte)",
  date="2026-01-27 10:45", sig="haberl",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihr Interesse an einer betrieblichen Krankenversicherung. Für 42 Beschäftigte
haben wir folgendes Angebot erstellt (Beiträge je Person und Monat, unabhängig vom Alter,
ohne Gesundheitsprüfung):

  Baustein Zahn Budget 300 ..................... 14,90 EUR
  Baustein Vorsorge + Sehhilfe ................. 9,40 EUR
  Baustein Stationär Zweibett / Chefarzt ....... 21,60 EUR
  Paket „Komplett“ (alle drei) ................. 41,50 EUR

Mitversicherung von Angehörigen ist zu Einzeltarifen möglich. Ab 10 Anmeldungen gilt die
Annahme ohne Gesundheitsfragen, Vorerkrankungen sind mitversichert – mit Ausnahme laufender
Zahnbehandlungen.

Das Angebot ist bis 31.03.2026 gültig. Gern stelle ich es Ihnen und dem Betriebsrat vor.

Mit freundlichen Grüßen""")

M("S", "de", "internal", "group life above free cover limit: two named employees, questionnaire results with diagnoses",
  frm=ADDR("peters"), to=ADDR("sommerfeld"), subj="Gruppenleben Brückner – Überschreitung FAG, 2 Fälle",
  date="2026-03-20 10:02", sig="peters", sigstyle="short",
  body="""Liebe Frau Sommerfeld,

zu den beiden Mitarbeitenden oberhalb der freien Annahmegrenze (250.000 EUR):

1) Sandra Reinartz, geb. 02.05.1985 – Fragebogen unauffällig bis auf Schilddrüsenunterfunktion
   unter L-Thyroxin 75 µg, TSH normal. Annahme zu normalen Bedingungen.

2) Marek Kowalczyk, geb. 14.09.1991 – BMI 34, Schlafapnoe mit CPAP-Therapie seit 2023,
   Leberwerte leicht erhöht. Annahme bis zur FAG ohne Prüfung, Überschreitungsbetrag nur
   mit Zuschlag 50 %; Arztbericht Schlaflabor anfordern.

Gruß H. Peters""")

M("N", "en", "internal", "trap: ICS training invitation about GDPR and health data in group business",
  frm=ADDR("meier"), to="Firmenkunden Kranken/Leben <fk-kl@versicherer.example>", subj="Invitation: Mandatory training – health data in group business (GDPR Art. 9)",
  date="2026-04-01 09:00", sig="meier", sigstyle="short", lang="en",
  body="""Dear colleagues,

please accept the attached invitation. The session is mandatory for everyone handling bKV,
group life, group disability or group accident business. It is held in English because our
colleagues from the pooling team in Luxembourg join us.

Topics: what counts as health data (Art. 9 GDPR), employer lists, consent of employees,
secure channels (portal, S/MIME), what to do with misdirected mail.

Thomas""",
  att=[ICS("invite.ics", "d7-ds-training-2026-04@versicherer.example", "Mandatory training: health data in group business",
           "20260422T100000", "20260422T113000", ("Thomas Meier", "thomas.meier@versicherer.example"),
           [("Firmenkunden Kranken/Leben", "fk-kl@versicherer.example")], location="Teams / Raum 2.01",
           description="Agenda: Art. 9 GDPR, employer lists, consent, secure channels, incidents. No real cases will be discussed.")])

M("C", "de", "internal", "named insurer employee's salary increase (income), no health data",
  frm=ADDR("lehmkuhl"), to=ADDR("weiss"), subj="Gehaltsanpassung Herr Okafor ab 01.04.",
  date="2026-03-16 12:31", sig="lehmkuhl", sigstyle="short",
  body="""Hallo Nadine,

die Freigabe vom Bereichsleiter ist da: Chidi Okafor (Aktuariat Leben) wird zum 01.04. von
Tarifgruppe VIII auf AT eingestuft, neues Jahresgehalt 86.500 EUR brutto zzgl. variabler
Anteil bis 10 %. Dienstwagenberechtigung besteht nicht.

Kannst du den Vertragsnachtrag vorbereiten? Ich stelle die Abrechnung dann zum April um.

Danke, Britta""")

M("S", "de", "insurer-to-company", "mobile one-liner asking whether a named employee has started rehab (group accident)",
  frm=ADDR("dreyer"), to=HR_STW, subj="Re: Herr Paschke", date="2026-04-20 18:22", client="mobile",
  body="""Hat Herr Paschke die Reha in Bad Driburg schon angetreten? Brauch das Datum für die Invaliditätsbemessung. Danke! M. Dreyer""")

M("N", "de", "insurer-to-supplier", "trap: roof damage at a building let to a psychiatric day clinic, insurer as landlord, no patient or person data",
  frm=ADDR("richter"), to="Bedachungen Lohmar GmbH <service@bedachungen-lohmar.example>", subj="Eilauftrag: Sturmschaden Dach Kaiserstraße 40 (Mieter Tagesklinik)",
  date="2026-02-17 07:58", sig="richter",
  body="""Guten Morgen Herr Lohmar,

nach dem Sturm heute Nacht fehlen am Objekt Kaiserstraße 40 (unser Eigentum, Mieterin im 2. OG
ist die Tagesklinik für Psychiatrie und Psychotherapie der Sankt-Elisabeth-Klinik) mehrere
Dachziegel über dem Treppenhaus, Wasser läuft in den Flur vor den Therapieräumen.

Bitte heute noch eine Notabdichtung. Der Klinikbetrieb läuft weiter; die Hausmeisterin,
Frau Brinkmann, öffnet Ihnen ab 8 Uhr den Dachboden. Das Gebäude ist über unsere eigene
Gebäudeversicherung gedeckt, Rechnung bitte an Facility Management.

Danke und Gruß""")

M("S", "en", "company", "inline forward: named employee's pregnancy and parental leave, asks about bAV contributions",
  frm=HR_VANT, to=ADDR("sommerfeld"), subj="Fwd: pension contributions during maternity leave", date="2026-05-19 09:27",
  client="outlook", orgname="Vantari Systems GmbH", lang="en",
  body="""Hi Ms Sommerfeld,

see below from one of our employees. Can the direct insurance continue without contributions
during Mutterschutz and Elternzeit, and does she keep the disability cover? I'd like to give
her a correct answer this week.

Thanks,
Rachel

""" + FW("Sofia Marchetti <sofia.marchetti@vantari-systems.example>", "Mon, 18 May 2026 16:05", "Rachel Greene <rachel.greene@vantari-systems.example>",
         "pension contributions during maternity leave", """Hi Rachel,

as you know I'm pregnant and due on 21 August, so my Mutterschutz starts around 10 July and I plan
to take 12 months of Elternzeit after that. What happens with my Direktversicherung
(contract no. 71 330 946) – do I have to keep paying the 200 euros? And is the
Berufsunfähigkeit part still active while I'm not working?

Thanks, Sofia""", lang="en"))

M("N", "de", "internal", "trap: compliance sanctions-screening statistics, aggregates only",
  frm=ADDR("ziegler"), to="Compliance-Komitee <compliance-komitee@versicherer.example>", subj="Sanktionslistenscreening Q1/2026 – Kennzahlen",
  date="2026-04-09 14:00", sig="ziegler",
  body="""Sehr geehrte Mitglieder des Compliance-Komitees,

zur Sitzung am 16.04. die Kennzahlen des Sanktionslistenscreenings für das erste Quartal:

  geprüfte Geschäftspartner (Bestand + Neugeschäft)   1.284.911
  davon Firmenkunden                                      38.204
  Treffer (Fuzzy-Match > 85 %)                               412
  nach manueller Prüfung bestätigt                              0
  durchschnittliche Bearbeitungszeit je Treffer          11 Minuten

Alle 412 Treffer waren Namensgleichheiten. Die Trefferquote bei Firmenkunden ist nach der
Schärfung der Rechtsform-Normalisierung um 38 % gesunken.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-partner", "audit sample XLSX: claimants' names, claim amounts and payee IBANs (motor and property)",
  frm=ADDR("morgan"), to=AUDIT, subj="RE: FY2025 audit – sample 14 (payments)", date="2026-02-04 17:20", sig="morgan", lang="en",
  body="""Oliver,

please find the payment details for sample 14 (property and motor payments, 25 items). Our
data room upload failed twice today, so I am sending this one file by mail as agreed on the
phone – please delete it once it is filed.

Regards,
James""",
  att=[XLSX("FY2025_sample14_payments.xlsx", {"Sample14": [
      ("#", "Claim no.", "Line", "Claimant", "Paid (EUR)", "Payment date", "Payee IBAN"),
      (1, "S-25-104471", "Household", "Gisela Brandtner", 2380.00, "2025-03-14", IB("DE", "370400440532013000")),
      (2, "K-25-088120", "Motor TPL", "Jonas Ahrens", 6112.40, "2025-05-02", IB("DE", "500105175407324931")),
      (3, "S-25-118802", "Buildings", "Erwin und Hilde Pohl", 14950.00, "2025-07-22", IB("DE", "120300000000202051")),
      (4, "K-25-091755", "Motor own damage", "Nadia Haddad", 3899.99, "2025-08-05", IB("DE", "430609670000012345")),
      (5, "S-25-131040", "Glass", "Bernhard Quast", 412.60, "2025-11-19", IB("DE", "860555921234567890")),
  ]}, author="Morgan")])

M("S", "de", "company", "ODT attachment: needle-stick injury of a named nurse with HIV post-exposure prophylaxis (group accident)",
  frm="Personalabteilung Sankt-Elisabeth-Klinik <personal@st-elisabeth-klinik.example>", to=ADDR("dreyer"),
  subj="Unfallanzeige Gruppenunfall – Mitarbeiterin Station 4b", date="2026-03-23 13:37", orgname="Sankt-Elisabeth-Klinik gGmbH",
  body="""Sehr geehrter Herr Dreyer,

anbei die Unfallanzeige für unsere Mitarbeiterin. Die BG-Meldung ist parallel erfolgt.

Mit freundlichen Grüßen
Personalabteilung
Sankt-Elisabeth-Klinik gGmbH""",
  att=[ODT("Unfallanzeige_Station4b_2026-03-20.odt", [
      ("h", "Unfallanzeige – Gruppenunfallversicherung Nr. 6 400 207"),
      "Name: Jessica Pohlmann, geb. 15.11.1994, Gesundheits- und Krankenpflegerin, Station 4b (Infektiologie)",
      "Unfall am 20.03.2026, 06:15 Uhr: Nadelstichverletzung am linken Zeigefinger beim Entsorgen einer Venenverweilkanüle; Indexpatient HIV-positiv mit nachweisbarer Viruslast.",
      "Sofortmaßnahmen: Wunde ausgeblutet und desinfiziert; HIV-Postexpositionsprophylaxe (Tenofovir/Emtricitabin + Raltegravir) ab 07:00 Uhr über 28 Tage; Kontrollserologie nach 6 Wochen und 3 Monaten vorgesehen.",
      "Arbeitsunfähig: nein, eingeschränkt einsatzfähig.",
      "Meldende Stelle: Personalabteilung, Frau Dagmar Schuth",
  ])])

M("N", "de", "insurer-to-company", "trap: water damage in a clinic's archive, company policyholder, only technical facts, no person named",
  frm=ADDR("hartmann"), to="Technische Leitung Sankt-Elisabeth-Klinik <technik@st-elisabeth-klinik.example>",
  subj="Leitungswasserschaden Untergeschoss / Archiv – Ihre Police 5 210 884 (Schaden G-26-00412)", date="2026-03-02 15:26", sig="hartmann",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für die Schadenmeldung vom 27.02. Zum Leitungswasserschaden im Untergeschoss
(Archiv und Technikzentrale, Gebäude C) halten wir fest:

- Ursache laut Installateur: Frostbruch der Zuleitung Feuerlöschanlage im nicht beheizten Schacht.
- Betroffen: ca. 140 m² Estrich und Wandputz, zwei Rollregalanlagen, Elektroverteilung UV-C3.
- Durchnässte Papierakten (Patientenarchiv 2009–2012) werden durch die Firma Belfor
  gefriergetrocknet; für den Datenschutz während der Trocknung bleibt die Klinik verantwortlich.
- Wir beauftragen den Sachverständigen Dipl.-Ing. Pfeiffer mit der Schadenfeststellung; Ortstermin
  am 05.03., 10 Uhr.

Eine Abschlagszahlung von 40.000 EUR auf die Sanierungskosten haben wir veranlasst.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "sole trader's commercial liability: his personal IBAN for the SEPA mandate",
  frm=ADDR("becker"), to="Malermeister Andreas Pütz <info@maler-puetz.example>", subj="Ihr SEPA-Lastschriftmandat – Betriebshaftpflicht 3 301 774 612",
  date="2026-01-19 11:02", sig="becker",
  body=f"""Sehr geehrter Herr Pütz,

Ihr Mandat ist bei uns eingegangen. Ab dem 01.02.2026 buchen wir den Jahresbeitrag Ihrer
Betriebshaftpflichtversicherung (Malerbetrieb, 3 Beschäftigte) in Höhe von 1.146,60 EUR von
folgendem Konto ab:

  Kontoinhaber: Andreas Pütz
  IBAN: {IB("DE", "370605900000123456", group=0)}
  Mandatsreferenz: VAV-3301774612-01

Die Gläubiger-ID lautet DE98ZZZ09999999999. Vorabinformationen erhalten Sie künftig mit der
Beitragsrechnung.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-partner", "trap: group disability experience study by age band and diagnosis group for the reinsurer, aggregated",
  frm=ADDR("stone"), to=RE_RHEN, subj="Group disability experience 2021–2025 – for the treaty renewal",
  date="2026-05-28 10:15", sig="stone", lang="en",
  body="""Dear Konrad,

as promised, our group disability (Gruppen-BU) experience for the renewal discussion. Incidence
per 1,000 exposure years; diagnosis groups with fewer than 10 cases are merged into "other".

[[t]]

Mental and behavioural disorders (F00–F99) remain the main driver at 37 % of new claims, up
from 31 %. Musculoskeletal claims are slightly down. Exposure: 212,400 life-years.

Best regards""",
  tables={"t": ([("Age band", "Incidence ‰", "A/E vs. DAV 1997 I", "Share F00-F99", "Share M00-M99", "Share C00-D48"),
                 ("18-34", "0.61", "71 %", "52 %", "14 %", "8 %"),
                 ("35-44", "1.12", "78 %", "44 %", "21 %", "11 %"),
                 ("45-54", "2.48", "83 %", "35 %", "27 %", "16 %"),
                 ("55-67", "5.90", "88 %", "24 %", "33 %", "19 %")], "pipe")})

M("S", "de", "insurer-to-supplier", "call-centre escalation: quoted call note with named customer, daily sick pay and slipped disc",
  frm=ADDR("marx"), to=TELESERV, subj="AW: Eskalation Rückruf KT – Ticket 2026-03-0418", date="2026-03-06 12:44", sig="marx",
  body="""Hallo Frau Kempf,

danke für die schnelle Meldung. Ich habe den Fall an die Leistungsabteilung Krankentagegeld
übergeben, die Kundin wird heute bis 16 Uhr zurückgerufen. Bitte vermerken Sie im Ticket,
dass Ihre Agents bei KT-Fällen keine Zusagen zu Zahlungsterminen machen.

Viele Grüße
Oliver Marx""",
  quote=OQ("Kempf, Janina (TeleServ)", "Freitag, 6. März 2026 11:02", "Marx, Oliver", "Eskalation Rückruf KT – Ticket 2026-03-0418",
           """Hallo Herr Marx,

Gesprächsnotiz von heute 10:41, Agent 118:
Kundin Frau Renate Jablonski, KV-Nr. 55 208 741, ruft zum dritten Mal an. Sie ist seit 12.01.
wegen Bandscheibenvorfall krankgeschrieben, Krankentagegeld ab dem 43. Tag beantragt, bisher keine
Zahlung. Sie ist selbstständig (Friseurmeisterin) und kann die Miete nicht zahlen, weinte am
Telefon. Sie droht mit Beschwerde bei der BaFin.

Bitte um Rückruf durch die Fachabteilung.

Janina Kempf, Teamleitung"""))

M("C", "de", "supplier", "printer's returned-mail list: names, addresses and household policy numbers",
  frm=DRUCK, to=ADDR("kowalski"), subj="Retouren Beitragsrechnung Hausrat KW 10", date="2026-03-09 15:40", orgname="Druckhaus Rhein-Sieg GmbH",
  body="""Sehr geehrte Frau Kowalski,

aus dem Versand der Beitragsrechnungen Hausrat (Job 26-0311) kamen bislang 6 Sendungen als
unzustellbar zurück. Liste anbei, die Originale lagern wie vereinbart 30 Tage bei uns.

Freundliche Grüße
Tanja Weyer
Druckhaus Rhein-Sieg GmbH · Auftragsabwicklung""",
  att=[CSV("Retouren_26-0311.csv", [
      ("Vertrag", "Empfänger", "Straße", "PLZ", "Ort", "Grund"),
      ("HR 4 471 028 331", "Marlies Kuhn", "Lindenweg 4", "53721", "Siegburg", "Empfänger unbekannt verzogen"),
      ("HR 4 471 091 004", "Dr. Stefan Ohm", "Bonner Str. 219", "50968", "Köln", "Annahme verweigert"),
      ("HR 4 472 110 876", "Aleksandra Nowak", "Am Stadtgarten 1", "53840", "Troisdorf", "Adresse unvollständig"),
      ("HR 4 472 300 019", "Frank und Ute Kessel", "Heideweg 88", "51147", "Köln", "verstorben (Vermerk Zusteller)"),
      ("HR 4 473 004 512", "Hüseyin Aydin", "Siegstraße 7", "53757", "Sankt Augustin", "Empfänger unbekannt"),
      ("HR 4 473 218 770", "Lea Sommer", "Im Auel 14", "53783", "Eitorf", "Briefkasten nicht auffindbar"),
  ], sep=";", enc="windows-1252", sub="excel")])

M("N", "de", "supplier", "trap: proof PDF of a bKV welcome letter with «placeholders» only",
  frm=DRUCK, to=ADDR("haberl"), subj="Andruck zur Freigabe: Begrüßungsschreiben bKV (Job 26-0402)", date="2026-04-08 09:12", orgname="Druckhaus Rhein-Sieg GmbH",
  body="""Sehr geehrte Frau Haberl,

anbei der Andruck mit Platzhaltern zur Freigabe. Bitte beachten Sie die geänderte Position des
Adressfensters (DIN 5008 Form B). Freigabe bitte bis Freitag, dann Produktion ab KW 16.

Freundliche Grüße
Tanja Weyer""",
  att=[PDF("Andruck_Begruessung_bKV_26-0402.pdf", [
      ("small", "Versicherer Krankenversicherung a.G. · Rheinuferstraße 12 · 50667 Köln"),
      "«Anrede» «Vorname» «Nachname»\n«Straße» «Hausnummer»\n«PLZ» «Ort»",
      ("h", "Willkommen in Ihrer betrieblichen Krankenversicherung"),
      "«Anrede_Brief» «Nachname»,",
      "Ihr Arbeitgeber «Firmenname» hat Sie ab dem «Versicherungsbeginn» in der betrieblichen Krankenversicherung angemeldet. Ihre Versichertennummer lautet «KVNR», Ihr Geburtsdatum haben wir mit «Geburtsdatum» gespeichert – bitte prüfen Sie diese Angabe.",
      "Ihre Bausteine: «Bausteinliste». Rechnungen für Zahnersatz, Brillen oder Vorsorge reichen Sie einfach per App ein.",
      "Mit freundlichen Grüßen – Ihr bKV-Team",
      ("small", "ANDRUCK – NICHT VERSENDEN – Job 26-0402 – Seite 1/1"),
  ], title="Andruck Begrüßung bKV")])

M("S", "en", "insurer-to-partner", "facultative life submission for a named CEO with medical evidence summary",
  frm=ADDR("stone"), to=RE_NORDIC, subj="Facultative request – key person life, Kessler Bau AG (our ref. L-7740218)",
  date="2026-02-09 15:55", sig="stone", lang="en",
  body="""Dear Ingrid,

we would like to place the excess above our retention (EUR 800k) facultatively:

Life insured: Dr Frederik Kessler, born 21 October 1968, CEO of Kessler Bau AG (policyholder)
Sum insured: EUR 1,800,000 term life, 10 years, non-smoker
Medical evidence: personal health questionnaire, GP report, resting ECG, blood profile
Findings: hypertension since 2019 on ramipril 5 mg, last BP 150/95; kidney stone 2021, no sequelae;
lipids and liver values normal; ECG unremarkable.
Our medical officer's view: +25 % extra premium on the risk premium, no exclusion; exercise ECG if
the sum exceeds EUR 2m.

Could you let us have your terms by 16 February?

Kind regards""")

M("C", "en", "insurer-to-broker", "reservation-of-rights letter (DOCX) about a named managing director; D&O, no health or criminal data",
  frm=ADDR("achterberg"), to=LONBROKER, subj="RE: Notification of circumstances – Vantari Systems GmbH D&O (Policy 9 200 517 302)",
  date="2026-05-12 12:03", sig="achterberg", lang="en",
  body="""Dear Ms Fenwick,

thank you for the notification. Please find attached our letter to the insured person,
Mr Heidecker, confirming receipt and reserving our rights, in particular regarding the
knowledge exclusion. Panel counsel Dr Sarrazin is acceptable at the agreed hourly rates.

Kind regards""",
  att=[DOCX("2026-05-12_Vantari_DO_reservation_of_rights.docx", [
      ("h", "Reservation of Rights"),
      "Mr Florian Heidecker, Managing Director, Vantari Systems GmbH, Leopoldstraße 244, 80807 Munich",
      "Policy: D&O 9 200 517 302 – Notification of 6 May 2026 – our claim ref. DO-26-0019",
      "Dear Mr Heidecker,",
      "we acknowledge the notification of circumstances relating to the approval of a licence prepayment of EUR 2.3m in March 2025. Based on the information presently available we cannot yet confirm cover. We reserve all rights under the policy, in particular under clause 5.2 (knowing breach of duty) and clause 7 (prior knowledge).",
      "We agree to the instruction of Dr. Lutz Sarrazin as defence counsel; costs are advanced under clause 2.4 subject to the above reservation.",
      "Yours sincerely, Dr. Jan Achterberg, Financial Lines",
  ], author="Achterberg")])

M("N", "en", "internal", "trap: phishing simulation results per division, aggregated",
  frm=ADDR("fischer"), to="Management Circle <fuehrungskreis@versicherer.example>", subj="Phishing simulation March 2026 – results",
  date="2026-04-03 13:30", sig="fischer", sigstyle="short", lang="en",
  body="""Dear all,

results of the March phishing simulation ("Your sick note was rejected – please upload again"):

Division                    sent   clicked   entered credentials   reported
Health claims               412     9.2 %        2.4 %               41 %
Life & disability           288     7.6 %        1.7 %               45 %
Group business              196    12.8 %        4.1 %               29 %
IT                          240     3.3 %        0.4 %               71 %
Total                      3,915    8.1 %        2.0 %               44 %

The lure about a rejected sick note worked best in group business. No individual results will be
shared with line managers; people who clicked received the e-learning automatically.

Tim""")

M("S", "de", "internal", "bland body; ICS description names an employee's reintegration talk after a heart attack",
  frm=ADDR("weiss"), to="Markus Thiel <markus.thiel@versicherer.example>", cc="Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>",
  subj="Einladung: BEM-Gespräch", date="2026-04-15 10:20", sig="weiss", sigstyle="short",
  body="""Hallo Herr Thiel,

Einladung siehe Anhang. Bitte den Termin vertraulich behandeln.

Viele Grüße
Nadine Weiß""",
  att=[ICS("BEM.ics", "d7-bem-0423@versicherer.example", "BEM-Gespräch Herr Dombrowski",
           "20260423T140000", "20260423T150000", ("Nadine Weiß", "nadine.weiss@versicherer.example"),
           [("Markus Thiel", "markus.thiel@versicherer.example"), ("Betriebsärztlicher Dienst", "betriebsarzt@versicherer.example"),
            ("Ulf Dombrowski", "ulf.dombrowski@versicherer.example")], location="Raum 1.07 (Personal)",
           description="Betriebliches Eingliederungsmanagement für Ulf Dombrowski (Schadenservice Sach) nach Herzinfarkt im Januar und Anschlussheilbehandlung. Themen: stufenweise Wiedereingliederung (Hamburger Modell, 4 Std./Tag ab 04.05.), kein Telefondienst in den ersten 4 Wochen, Belastbarkeit laut Reha-Entlassbericht.")])

M("C", "de", "insurer-to-company", "fleet claim with named driver and PDF claim form; nobody hurt",
  frm=ADDR("kaya"), to=FLEET_NL, subj="Schaden K-26-020117 / HB-NL 412 – Rückfragen", date="2026-04-22 14:10", sig="kaya",
  body="""Sehr geehrter Herr Hansen,

zum Auffahrunfall vom 17.04. auf der A1 (Fahrer Herr Arslan) fehlen uns noch zwei Angaben im
Schadenbericht – ich habe die Stellen im beigefügten PDF markiert. Laut Polizeibericht wurde
niemand verletzt; der Gegner (Pkw OS-TK 55) hat seinen Schaden bereits angemeldet.

Mit freundlichen Grüßen""",
  att=[PDF("Schadenbericht_K-26-020117.pdf", [
      ("h", "Schadenbericht Kraftfahrt – Flotte Nordlicht Logistik (Vertrag 88 400 127)"),
      ("t", [("Feld", "Angabe"),
             ("Fahrzeug", "HB-NL 412, MAN TGX 18.470, FIN WMA06XZZ7NM123456"),
             ("Fahrer", "Mehmet Arslan, geb. 11.06.1984, Führerschein CE seit 2003"),
             ("Unfallort/-zeit", "A1 Fahrtrichtung Osnabrück, km 212, 17.04.2026, 06:50 Uhr"),
             ("Hergang", "Stauende zu spät erkannt, Auffahren auf Pkw OS-TK 55"),
             ("Personenschaden", "keiner (lt. Polizei)"),
             ("Alkoholtest", "FEHLT - bitte ergänzen"),
             ("Zeugen", "FEHLT - bitte ergänzen")]),
  ], title="Schadenbericht")])

M("N", "de", "insurer-to-company", "trap: blank bKV enrolment form (DOCX) and header-only CSV template",
  frm=ADDR("haberl"), to="Bäckerei Lindemann GmbH <info@baeckerei-lindemann.example>", subj="Unterlagen für Ihre bKV-Anmeldung",
  date="2026-04-13 16:02", sig="haberl",
  body="""Sehr geehrte Frau Lindemann,

schön, dass Sie sich für die bKV entschieden haben! Anbei das Anmeldeformular für Ihre
Beschäftigten (zum Ausfüllen am PC) und die Vorlage für die Sammelanmeldung. Bitte schicken
Sie die ausgefüllten Unterlagen NICHT per normaler E-Mail zurück, sondern laden Sie sie im
Firmenkundenportal hoch – die Zugangsdaten kommen separat.

Mit freundlichen Grüßen""",
  att=[DOCX("Anmeldeformular_bKV_leer.docx", [
      ("h", "Anmeldung zur betrieblichen Krankenversicherung"),
      "Arbeitgeber: ______________________   Gruppenvertrag-Nr.: ______________",
      ("t", [("Feld", "Eintrag"), ("Name, Vorname", ""), ("Geburtsdatum", ""), ("Anschrift", ""),
             ("Personalnummer", ""), ("Gewünschte Bausteine", "[ ] Zahn  [ ] Vorsorge  [ ] Stationär"),
             ("Beginn", "01.__.20__")]),
      "Es werden keine Gesundheitsfragen gestellt. Mit meiner Unterschrift bestätige ich die Kenntnisnahme der Datenschutzhinweise.",
      "Ort, Datum, Unterschrift: ____________________",
  ]), CSV("Vorlage_Sammelanmeldung_bKV.csv", [("Personalnummer", "Name", "Vorname", "Geburtsdatum (TT.MM.JJJJ)", "Baustein", "Beginn")])])

M("S", "de", "service-provider", "payroll provider's TSV of monthly salary conversion per named employee into direct insurance (life)",
  frm=LOHNPRO, to="bAV-Eingang <bav-eingang@versicherer.example>", subj="EU-Meldung 03/2026 Mandant 4471 Brückner Feinmechanik",
  date="2026-03-25 22:04", client="system", mailer="LohnPro Connect 3.1", orgname="LohnPro Service GmbH",
  body="""Automatisch erzeugte Nachricht – bitte nicht antworten.

Mandant: 4471 Brückner Feinmechanik GmbH
Abrechnungsmonat: 03/2026
Datensätze: 5
Summe Umwandlung: 1.062,00 EUR, Summe AG-Zuschuss: 159,30 EUR

Die Datei im Anhang entspricht der Schnittstellenbeschreibung EU-TSV v2.""",
  att=[CSV("EU_4471_202603.tsv", [
      ("PERSNR", "NAME", "VORNAME", "GEBDAT", "VERTRAG", "UMW_EUR", "AGZ_EUR", "STATUS"),
      ("07713", "Theisen", "Bernd", "22.01.1969", "71 220 118", "262.00", "39.30", "AKTIV"),
      ("10482", "Kowalczyk", "Marek", "14.09.1991", "71 330 611", "150.00", "22.50", "NEU"),
      ("10491", "Reinartz", "Sandra", "02.05.1985", "71 330 612", "248.00", "37.20", "NEU"),
      ("10503", "Vogt", "Annika", "08.03.1979", "71 330 614", "302.00", "45.30", "NEU"),
      ("09120", "Hollmann", "Petra", "19.06.1977", "71 118 004", "100.00", "15.00", "RUHEND_AB_04"),
  ], sep="\t")])

M("N", "en", "insurer-to-company", "trap: generic answer on bKV tariffs for new hires, no person or contract data",
  frm=ADDR("haberl"), to=HR_VANT, subj="RE: bKV options for new hires – quick question", date="2026-02-25 08:47", sig="haberl", lang="en",
  body="""Dear Ms Greene,

happy to help. New hires can join the company health plan at any time from the first day of
employment; there are no health questions and no waiting periods as long as they are enrolled
within three months of joining. After that, waiting periods of 8 months apply for dental
treatment and dentures.

Spouses and children can be added at their own cost under the family option; for them a short
health questionnaire is required.

Kind regards""",
  quote=Q("""Hi Ms Haberl, we're onboarding a lot of people in spring. Is there a deadline for new hires to join the bKV, and do they need a medical? Thanks, Rachel"""))

M("C", "en", "insurer-to-applicant", "offer letter to a new hire stating annual salary (income), no health data",
  frm=ADDR("weiss"), to="Arjun Mehta <arjun.mehta@mailbox.example>", subj="Your offer – Data Engineer (m/f/d), IT Architecture",
  date="2026-02-12 17:05", sig="weiss", lang="en",
  body="""Dear Mr Mehta,

thank you again for the conversations with Ms Raman and the team. We are delighted to offer you
the position of Data Engineer in our IT Architecture department, starting on 1 April 2026.

- Annual gross salary: EUR 72,000, paid in 12 instalments
- Variable bonus: up to 8 % of the annual salary
- 30 days of annual leave, hybrid work (up to 3 days remote per week)
- Company pension: employer-funded contribution of 4 % of salary plus matching of salary conversion
- Probation period: 6 months

Your contract documents will follow via our applicant portal. Please confirm by 20 February.

Kind regards""")

M("S", "de", "internal", "internal audit finding XLSX lists named BU claimants with diagnoses",
  frm=ADDR("bauer"), to=ADDR("stanek"), cc=ADDR("ziegler"), subj="Prüfbericht IR-2026-03 (Leistung BU) – Entwurf Feststellungen",
  date="2026-04-28 11:48", sig="bauer",
  body="""Hallo Herr Stanek,

anbei der Entwurf der Feststellungen zur Prüfung der BU-Leistungsbearbeitung. Aus der
Stichprobe (25 Fälle) gibt es drei Auffälligkeiten, Details in der Datei. Bitte nehmen Sie bis
12.05. Stellung; die Datei enthält Klarnamen, daher nur an Sie und Herrn Ziegler.

Mit freundlichen Grüßen
Nico Bauer""",
  att=[XLSX("IR-2026-03_Feststellungen_Entwurf.xlsx", {"Feststellungen": [
      ("Nr.", "Leistungsfall", "Versicherte Person", "Diagnose lt. Akte", "Feststellung", "Risiko"),
      (1, "BU-24-00318", "Kerstin Fahl", "F33.2 rezidivierende depressive Störung", "Nachprüfung seit 14 Monaten überfällig", "mittel"),
      (2, "BU-25-00077", "Dennis Rautenberg", "G35 Multiple Sklerose", "Anerkenntnis ohne Freigabe 2. Person (> 500 TEUR)", "hoch"),
      (3, "BU-25-00190", "Hatice Korkmaz", "M50.1 Zervikaler Bandscheibenschaden", "Gutachterrechnung doppelt bezahlt", "niedrig"),
  ]}, author="Bauer")])
# ---------------------------------------------------------------- 0051-0100

M("N", "de", "internal", "trap: actuarial note on guaranteed rate and salary trend assumptions, no person",
  frm=ADDR("okafor"), to=ADDR("sommerfeld"), cc=ADDR("paulsen"), subj="Rechnungsgrundlagen bAV 2027 – Vorabinfo",
  date="2026-06-03 09:20", sig="okafor", sigstyle="short",
  body="""Hallo Kerstin,

zur Vorbereitung der Tarifgeneration 2027 die Eckwerte aus dem Aktuariat (noch nicht vom
Vorstand beschlossen, bitte intern halten):

- Höchstrechnungszins bleibt bei 1,0 %; wir kalkulieren die Klassik-Tarife weiter mit 0,75 %.
- Biometrie: DAV 2004 R unverändert, BU-Zusatz auf Basis DAV 1997 I mit eigenem Selektionsabschlag.
- Gehaltstrend für die Pensionszusagen-Gutachten: 2,5 % p. a., Rententrend 2,0 %.
- Kostenquote Gruppenverträge ab 50 Versicherten: α = 2,0 % der Beitragssumme, γ = 3,5 %.

Die Muster-Hochrechnung (Eintrittsalter 30/40/50, Umwandlung 100/200/300 EUR) schicke ich
bis Ende nächster Woche.

Gruß Chidi""")

M("C", "de", "company", "fleet manager's XLSX assigning company cars to named drivers with private addresses and birth dates",
  frm=FLEET_NL, to=ADDR("kaya"), subj="AW: Fuhrparkvertrag 88 400 127 – Fahrerliste zur Prüfung",
  date="2026-01-15 16:51", orgname="Nordlicht Logistik GmbH & Co. KG",
  body="""Moin Herr Kaya,

anbei die korrigierte Liste. Herr Tebbe ist raus (Rente), neu sind Herr Claasen und Frau Yüksel.
Herrn Lüders lassen wir drin, den Zuschlag tragen wir.

Gruß
Dirk Hansen
Fuhrparkleitung Nordlicht Logistik GmbH & Co. KG
Hafenrandstraße 21 · 28217 Bremen""",
  att=[XLSX("Fahrerliste_korrigiert_15-01-2026.xlsx", {"Fahrer": [
      ("Fahrer", "geb.", "Wohnort", "FS seit", "Fahrzeug", "Änderung"),
      ("Arslan, Mehmet", "11.06.1984", "28239 Bremen, Gröpelinger Heerstr. 301", "2003", "HB-NL 412", ""),
      ("Claasen, Hauke", "03.03.1992", "27749 Delmenhorst, Stedinger Str. 18", "2011", "HB-NL 440", "neu ab 01.02."),
      ("Lüders, Finn", "29.02.2004", "28357 Bremen, Lilienthaler Heerstr. 77", "2022", "HB-NL 433", ""),
      ("Petrović, Dragan", "01.12.1971", "49074 Osnabrück, Lotter Str. 5", "1990", "OS-NL 88", ""),
      ("Schwarting, Heike", "23.09.1989", "28201 Bremen, Buntentorsteinweg 90", "2008", "HB-NL 7", ""),
      ("Tebbe, Jürgen", "18.04.1966", "21079 Hamburg, Harburger Ring 2", "1985", "HH-NL 1201", "ausgeschieden 31.01."),
      ("Yüksel, Derya", "27.10.1997", "28215 Bremen, Findorffstr. 44", "2016", "HB-NL 441", "neu ab 01.02."),
  ]}, author="Hansen")])

M("S", "de", "insurer-to-company", "transfer of a named employee's direct insurance to the new employer (life contract), no medical word",
  frm=ADDR("sommerfeld"), to=HR_BRUE, subj="Übertragung Direktversicherung Frau Vogt nach Übertragungsabkommen",
  date="2026-02-26 14:05", sig="sommerfeld",
  body="""Sehr geehrte Frau Hollmann,

Ihre neue Mitarbeiterin Frau Annika Vogt (geb. 08.03.1979) hat bei ihrem früheren Arbeitgeber
eine Direktversicherung bei der Rhein-Main Leben (Vertrag 3 881 004 227) aufgebaut. Nach dem
Übertragungsabkommen übernehmen wir das Übertragungskapital von 23.418,62 EUR in Ihren
Gruppenvertrag; der neue Vertrag läuft unter der Nummer 71 330 614.

Bitte lassen Sie uns die unterschriebene Übertragungsvereinbarung (Arbeitgeber und
Mitarbeiterin) bis 15.03. zukommen. Die monatliche Entgeltumwandlung von 302 EUR bleibt wie gemeldet.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-partner", "trap: multinational pooling annual report figures for a network partner, aggregated by country",
  frm=ADDR("paulsen"), to="EuroBenefit Network – Pool Administration <pool-admin@eurobenefit-network.example>",
  subj="Pool year 2025 – German local contracts, annual report data", date="2026-04-16 11:11", sig="paulsen", lang="en",
  body="""Dear colleagues,

please find below the 2025 figures of the German local contracts in the pools of your
multinational clients. As usual there is no individual data: premiums and claims are per
contract and line, and contracts with fewer than 10 lives are reported as one line.

[[t]]

The claims of the group disability line include two new annuities; reserves as per our
statutory valuation. Dividend calculation can start on your side.

Best regards""",
  tables={"t": ([("Multinational client", "Line", "Lives", "Premium EUR", "Claims paid EUR", "Reserve change EUR"),
                 ("Vantari Systems", "Group life", "312", "118,420", "312,000", "0"),
                 ("Vantari Systems", "Group disability", "312", "96,800", "24,300", "+184,200"),
                 ("Vantari Systems", "bKV", "298", "151,900", "118,660", "+2,100"),
                 ("Halvorsen Maritime", "Group life", "87", "31,050", "0", "0"),
                 ("Small contracts (3)", "all", "19", "8,440", "1,210", "0")], "pad")})

M("S", "en", "company", "forwarded message/rfc822: employee asks HR whether bKV covers her son's speech therapy (ADHD diagnosis)",
  frm=HR_VANT, to=ADDR("haberl"), subj="Fw: question about speech therapy – is this covered?", date="2026-06-08 10:36",
  client="outlook", orgname="Vantari Systems GmbH", lang="en",
  body="""Hi Ms Haberl,

one of our employees sent me the message below. I told her I'd ask you, but maybe it's better
if you answer her directly? She agreed that I forward it.

Best,
Rachel""",
  att=[EML(INNER("Leonie Hartwig <leonie.hartwig@vantari-systems.example>", HR_VANT, "question about speech therapy – is this covered?",
                 "2026-06-05 21:14", """Hi Rachel,

sorry to bother you with this. My son Mats (6) was diagnosed with ADHD (F90.0) in April and the
paediatrician prescribed speech therapy and occupational therapy, 20 sessions each. My
statutory insurance pays part of it, but the therapist recommends more sessions than they
cover. Does our company health insurance (I have the family option for Mats, member no.
KV-GR 7731-0-118) pay for additional sessions?

Thanks a lot,
Leonie""", "<CAF8t2q9xY7pH@mail.vantari-systems.example>"), fn="question about speech therapy.eml")])

M("C", "de", "internal", "call note: named customer's new address and IBAN for household contract",
  frm=ADDR("kowalski"), to=ADDR("becker"), subj="Kontoänderung + Umzug Kd.-Nr. 7003 1845",
  date="2026-01-22 13:17", sig="kowalski", sigstyle="name",
  body=f"""Hallo Hannes,

Anruf von Frau Gabriele Nettekoven (Kd.-Nr. 7003 1845, Hausrat HR 4 470 881 203, Haftpflicht
PH 1 220 774 019). Sie zieht zum 01.02. um nach Brühler Landstraße 61, 50997 Köln, und hat ein
neues Konto:

IBAN {IB("DE", "370100500987654321", group=4)}, Postbank, Kontoinhaberin sie selbst.

Ein neues SEPA-Mandat hat sie über das Kundenportal erteilt (Eingang heute 12:58).
Kannst du die Abbuchung ab Februar umstellen? Den Adresswechsel habe ich schon erfasst.

Danke!
Lena""")

M("N", "de", "insurer-to-supplier", "trap: ODT call script for the bKV hotline with medical vocabulary, no person",
  frm=ADDR("marx"), to=TELESERV, subj="Neuer Gesprächsleitfaden bKV-Hotline ab 01.05.", date="2026-04-24 15:30", sig="marx",
  body="""Hallo Frau Kempf,

anbei der überarbeitete Gesprächsleitfaden für die bKV-Hotline. Wichtigste Änderung: Ihre
Agents nehmen keine Diagnosen oder Befunde mehr telefonisch auf, sondern verweisen auf die App
bzw. das Portal. Bitte schulen Sie das Team bis Ende April.

Viele Grüße
Oliver Marx""",
  att=[ODT("Leitfaden_bKV-Hotline_v3.odt", [
      ("h", "Gesprächsleitfaden bKV-Hotline (Version 3, gültig ab 01.05.2026)"),
      "1. Begrüßung: „Versicherer bKV-Service, mein Name ist …, wie kann ich helfen?“",
      "2. Identifikation: Versichertennummer, Geburtsdatum und Arbeitgeber abfragen. Ohne erfolgreiche Identifikation keine Auskunft zu Leistungsfällen.",
      "3. Typische Anliegen:\n- „Ist meine Brille / Kontaktlinse erstattungsfähig?“ – Budget Sehhilfe nennen, Rezept nicht erforderlich.\n- „Zahlt die bKV meine Zahnreinigung / Implantate?“ – auf Heil- und Kostenplan verweisen.\n- „Ich war im Krankenhaus“ – Zweibettzimmer/Chefarzt nur bei Baustein Stationär.",
      "4. Keine Diagnosen, Befunde oder Medikamentennamen notieren. Anrufer bitten, Unterlagen per App hochzuladen.",
      "5. Beschwerden: Ticket an Beschwerdemanagement, Kategorie BKV-LEIST.",
      "6. Verabschiedung.",
  ])])

M("S", "de", "company", "employer's income certificate for daily sick pay: PDF with salary and incapacity start of a named employee",
  frm=HR_BRUE, to="Leistung Krankentagegeld <kt-leistung@versicherer.example>", subj="Verdienstbescheinigung für Krankentagegeld – Herr Theisen",
  date="2026-01-09 09:58", orgname="Brückner Feinmechanik GmbH",
  body="""Sehr geehrte Damen und Herren,

auf Wunsch unseres Mitarbeiters erhalten Sie anbei die Verdienstbescheinigung.

Mit freundlichen Grüßen
Petra Hollmann, Personalabteilung""",
  att=[PDF("Verdienstbescheinigung_Theisen_2026-01.pdf", [
      ("h", "Arbeitgeberbescheinigung zur Berechnung des Krankentagegeldes"),
      "Arbeitnehmer: Bernd Theisen, geb. 22.01.1969, Am Hüttenhof 3a, 42699 Solingen",
      "Versicherungsnummer Krankentagegeld: KT 55 301 884",
      "Arbeitsunfähig seit: 15.10.2025 – Entgeltfortzahlung bis: 25.11.2025",
      ("t", [("Monat", "Brutto EUR", "Netto EUR"), ("07/2025", "4.322,50", "2.781,14"),
             ("08/2025", "4.322,50", "2.781,14"), ("09/2025", "4.498,10", "2.872,60")]),
      "Einmalzahlungen im letzten Jahr: Weihnachtsgeld 2.161,25 EUR.",
      "Solingen, 08.01.2026 – Brückner Feinmechanik GmbH",
  ], title="Arbeitgeberbescheinigung")])

M("N", "de", "internal", "trap: IT change request to renew the S/MIME certificate of the bKV mailbox",
  frm=ADDR("raman"), to="Change Advisory Board <cab@versicherer.example>", subj="RFC-2026-0311: Erneuerung Domänen-/Postfachzertifikat bkv@",
  date="2026-03-11 10:04", sig="raman", sigstyle="short",
  body="""Hallo CAB,

Change-Antrag zur Sitzung am Donnerstag:

Was:      Erneuerung des S/MIME-Zertifikats für das Funktionspostfach bkv@versicherer.example
          (läuft am 02.04.2026 ab), neuer Schlüssel RSA 3072, Ausstellung über unsere Sub-CA
Wann:     24.03.2026, 18:00–18:30 Uhr
Risiko:   gering; Arbeitgeber, die das alte Zertifikat gespeichert haben, bekommen das neue automatisch
          über die Signatur der nächsten Antwortmail; Verzeichnisdienst wird aktualisiert
Rollback: altes Zertifikat bleibt bis Ablauf gültig

Gruß Priya""")

M("N", "en", "insurer-to-partner", "trap: commercial property large-loss list for the reinsurer, companies only, no natural persons",
  frm=ADDR("stone"), to=RE_RHEN, subj="Property cat XL – large losses H1 2026 (> EUR 500k)", date="2026-07-08 14:37", sig="stone", lang="en",
  body="""Dear Konrad,

our large-loss list for the first half year, as required under clause 11 of the property
per-risk XL. All policyholders are legal entities; no natural persons are involved.

[[t]]

Loss 3 (clinic) is the frost damage in the archive and technical centre, reserve increased
after the assessor's report. None of the losses reaches the XL priority yet.

Best regards""",
  tables={"t": ([("#", "Policyholder", "Occupancy", "Date of loss", "Cause", "Incurred EUR"),
                 ("1", "Hafenkühlhaus Bremen GmbH", "Cold store", "2026-01-18", "Fire (refrigeration unit)", "2,840,000"),
                 ("2", "Weberei Kleine-Wörmann KG", "Textile mill", "2026-03-02", "Storm / roof", "620,000"),
                 ("3", "Sankt-Elisabeth-Klinik gGmbH", "Hospital", "2026-02-26", "Frost burst pipe", "1,150,000"),
                 ("4", "Bäckerei Lindemann GmbH", "Bakery", "2026-05-30", "Fire (oven flue)", "780,000")], "pad")})

M("S", "de", "company", "ZIP containing XLSX: named employees insured under group accident with sums insured (accident line, no medical word)",
  frm=HR_STW, to=ADDR("dreyer"), subj="Gruppenunfall 6 400 118 – Jahresmeldung versicherte Personen 2026",
  date="2026-01-06 11:25", orgname="Stadtwerke Hellenthal GmbH",
  body="""Sehr geehrter Herr Dreyer,

anbei die Jahresmeldung der namentlich versicherten Personen (Gefahrengruppe B, Außendienst)
für 2026 als ZIP. Die Lohnsummen der Gefahrengruppe A melden wir wie immer nur summarisch.

Mit freundlichen Grüßen
Sabine Krings
Personalservice""",
  att=[ZIP("Jahresmeldung_GU_2026.zip", [XLSX("GU_6400118_versicherte_Personen_2026.xlsx", {"Gefahrengruppe B": [
      ("Pers.-Nr.", "Name", "Vorname", "Tätigkeit", "Invaliditätssumme EUR", "Todesfallsumme EUR", "Unfallrente"),
      ("2119", "Esser", "Ralf", "Rohrnetzmonteur", 150000, 30000, "ja"),
      ("2207", "Paschke", "Uwe", "Netzmonteur", 150000, 30000, "ja"),
      ("2231", "Heup", "Jens", "Netzmonteur", 150000, 30000, "ja"),
      ("2255", "Schäfer", "Nicole", "Zählerableserin", 100000, 20000, "nein"),
      ("2260", "Dahmen", "Piet", "Bereitschaftsdienst Gas", 200000, 50000, "ja"),
  ]})])])

M("N", "de", "company", "trap: payroll totals per hazard group for group accident premium, aggregates only",
  frm=HR_STW, to=ADDR("dreyer"), subj="Lohnsummenmeldung 2025 Gefahrengruppe A", date="2026-01-06 11:31", orgname="Stadtwerke Hellenthal GmbH",
  body="""Sehr geehrter Herr Dreyer,

und hier noch die summarische Meldung für die Beitragsabrechnung:

  Gefahrengruppe A (Verwaltung, Kundenzentrum)
  Anzahl Beschäftigte im Jahresdurchschnitt:     84
  Bruttolohnsumme 2025:                  4.611.240,00 EUR
  davon Auszubildende (6):                 71.880,00 EUR

Mit freundlichen Grüßen
Sabine Krings
Personalservice""")

M("C", "de", "insurer-to-lawyer", "legal expenses cover for a named employee's dismissal case with salary; no health data",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Timo Brakel <kanzlei@brakel-arbeitsrecht.example>", subj="Deckungszusage RS-26-011284 – Kündigungsschutzklage Ihres Mandanten Lüders",
  date="2026-05-04 10:33", sig="lindqvist",
  body="""Sehr geehrter Herr Rechtsanwalt Brakel,

für Ihren Mandanten Herrn Finn Lüders (Vertrag RS 2 880 110 452, Baustein Arbeits-Rechtsschutz)
erteilen wir Deckungszusage für die erste Instanz der Kündigungsschutzklage gegen die Nordlicht
Logistik GmbH & Co. KG vor dem Arbeitsgericht Bremen-Bremerhaven.

Grundlage der Gebührenberechnung: Gegenstandswert drei Bruttomonatsgehälter à 3.180 EUR
= 9.540 EUR. Die Wartezeit ist erfüllt (Versicherungsbeginn 01.09.2024, Kündigung vom 14.04.2026).

Eine Selbstbeteiligung von 150 EUR ist vereinbart.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: minutes of a vendor meeting about census-file import, no data rows",
  frm=ADDR("raman"), to=["Hanna Peters <hanna.peters@versicherer.example>", ADDR("haberl"), ADDR("sommerfeld")],
  subj="Minutes: census file import workshop with Quantis (11 March)", date="2026-03-12 09:15", sig="raman", sigstyle="short", lang="en",
  body="""Hi all,

short minutes of yesterday's workshop with Quantis:

1. Supported formats: CSV (UTF-8 and Windows-1252, ; or ,), XLSX, fixed-width (legacy LohnPro).
2. Mandatory fields: employee ID, surname, first name, date of birth, start date, plan code.
   Optional: salary (only for salary-linked group life/disability), gender, postcode.
3. Date formats: we will accept DD.MM.YYYY and YYYY-MM-DD; ambiguous formats like 03/04/1990
   are rejected with an error per row.
4. Test data: Quantis will only get synthetic files (generator from our test team).
   No production census files in the vendor's environment – decision by the DPO.
5. Medical underwriting results are never part of the census file; they stay in the
   underwriting system.

Next steps: Quantis delivers the mapping spec by 25 March (owner: Priya).

Priya""")

M("S", "de", "internal", "named employee's severe disability (GdB 50) and workplace adaptation request to the company doctor",
  frm=ADDR("weiss"), to="Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>", subj="Arbeitsplatzanpassung Frau Lamprecht (Schwerbehinderung)",
  date="2026-05-21 11:02", sig="weiss", sigstyle="short",
  body="""Liebe Frau Dr. Öz,

Frau Sandra Lamprecht (Antragsbearbeitung Kranken, Pers.-Nr. 003981) hat uns ihren Bescheid
über einen GdB von 50 vorgelegt (Merkzeichen G). Sie bittet wegen ihrer fortschreitenden
Sehbehinderung (Makuladegeneration) um einen Großbildschirm mit Vergrößerungssoftware und
einen Arbeitsplatz mit weniger Blendung.

Könnten Sie eine Arbeitsplatzbegehung mit ihr vereinbaren? Die Schwerbehindertenvertretung ist
informiert, das Integrationsamt fördert die Ausstattung voraussichtlich.

Viele Grüße
Nadine Weiß""")

M("N", "de", "internal", "trap: staff flu-vaccination campaign by the company doctor, no names",
  frm="Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>",
  subj="Grippeschutzimpfung 2026 – Termine buchen", date="2026-10-05 08:00", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der Betriebsärztliche Dienst die Grippeschutzimpfung an
(Vierfach-Impfstoff, Saison 2026/27). Termine: 19.–23. Oktober, jeweils 8–12 Uhr, Raum E.14.

Bitte buchen Sie über das Intranet (Service > Gesundheit > Impftermine). Bringen Sie Ihren
Impfpass mit. Wer akut erkrankt ist oder Fieber hat, kommt bitte nicht, sondern bucht einen
neuen Termin. Die Impfung ist freiwillig und kostenlos; es werden keine Daten an die
Personalabteilung gemeldet.

Ihr Betriebsärztlicher Dienst
Dr. med. Derya Öz, Fachärztin für Arbeitsmedizin""")

M("C", "de", "internal", "wage garnishment of a named insurer employee (financial data), no health",
  frm=ADDR("lehmkuhl"), to="Recht / Drittschuldner <recht@versicherer.example>", subj="Pfändungs- und Überweisungsbeschluss – Mitarbeiter Pers.-Nr. 005512",
  date="2026-06-17 14:48", sig="lehmkuhl", sigstyle="short",
  body="""Hallo zusammen,

uns ist heute ein Pfändungs- und Überweisungsbeschluss des AG Köln (Az. 281 M 4471/26) gegen
unseren Mitarbeiter Kevin Hartung (Kundenservice, Pers.-Nr. 005512) zugestellt worden.
Gläubigerin: Ratenkredit-Bank AG, Forderung 8.912,33 EUR nebst Zinsen.

Sein Nettoentgelt liegt bei rund 2.340 EUR, eine Unterhaltspflicht (1 Kind) ist bekannt. Bitte
prüft die Drittschuldnererklärung (Frist 2 Wochen); ich berechne den pfändbaren Betrag mit der
Juni-Abrechnung.

Britta""")

M("S", "en", "insurer-to-broker", "medical underwriting answers for a named expat applicant in a group life top-up (asthma, salbutamol)",
  frm=ADDR("peters"), to=LONBROKER, subj="Group life top-up Vantari – applicant M. Lindgren, underwriting decision",
  date="2026-04-29 16:20", sig="peters", lang="en",
  body="""Dear Ms Fenwick,

regarding the voluntary top-up cover (EUR 400,000) for Ms Marta Lindgren, born 7 November 1987,
under the Vantari Systems group life contract:

The answers to the health questionnaire show allergic asthma since childhood, treated with
salbutamol 100 mcg as needed and budesonide/formoterol in the pollen season, no hospital
admissions, FEV1 94 % of predicted (report of 12 March 2026). Non-smoker.

Decision: accepted at standard rates. No exclusions.

Kind regards""")

M("N", "de", "internal", "trap: complaints quarterly report by category, aggregated",
  frm=ADDR("lorenz"), to="Vorstandsstab <vorstandsstab@versicherer.example>", subj="Beschwerdebericht Q1/2026 Firmenkunden",
  date="2026-04-14 17:03", sig="lorenz",
  body="""Sehr geehrte Damen und Herren,

hier die Kennzahlen Q1/2026 für das Firmenkundengeschäft (Berichtspflicht nach BaFin-Rundschreiben):

  Beschwerden gesamt                          147  (Vj. 131)
  – bKV Leistung (Ablehnung, Bearbeitungsdauer) 58
  – bAV (Standmitteilung, Übertragung)          31
  – Gruppenunfall / Gruppen-BU                  19
  – Kfz-Flotte (Beitragsanpassung, Regulierung) 27
  – Sonstige                                    12
  davon BaFin / Ombudsmann                       9
  Abhilfequote                                 46 %
  Ø Bearbeitungsdauer                     11,2 Arbeitstage

Die Zunahme bei der bKV betrifft fast ausschließlich Zahnersatz (fehlende Heil- und Kostenpläne).

Mit freundlichen Grüßen""")

M("C", "de", "internal", "complaint of a fleet customer naming the fleet manager, loss ratio and premium increase",
  frm=ADDR("lorenz"), to=ADDR("kaya"), subj="Beschwerde Nordlicht Logistik – Beitragsanpassung Flotte (BES-26-0381)",
  date="2026-02-18 11:40", sig="lorenz", sigstyle="short",
  body="""Hallo Herr Kaya,

Herr Dirk Hansen (Fuhrparkleiter Nordlicht Logistik) hat sich schriftlich beim Vorstand über
die Beitragsanpassung von +18 % zum 01.01. beschwert. Er hält die Schadenquote von 94 % für
„durch zwei Ausreißer verzerrt“ und droht mit Kündigung zum 31.12.

Können Sie mir bis Freitag eine Stellungnahme geben (Schadenverlauf 2023–2025, die beiden
Großschäden, ob ein Sanierungsgespräch angeboten wurde)? Ich antworte dann im Namen des Vorstands.

Danke
Daniela Lorenz""")

M("S", "de", "internal", "complaint with nested forwards two deep: employee's complaint containing the group-disability rejection letter with diagnosis",
  frm=ADDR("lorenz"), to=ADDR("ahmadi"), subj="WG: Beschwerde – Ablehnung Gruppen-BU (BES-26-0512)", date="2026-06-22 09:12", sig="lorenz", sigstyle="short",
  body="""Hallo Frau Ahmadi,

bitte um Stellungnahme bis 29.06., die Beschwerde samt Ihrem Schreiben hängt an.

Danke
Daniela Lorenz""",
  att=[EML(INNER("Birgit Hamacher <birgit.hamacher@web-post.example>", "beschwerde@versicherer.example",
                 "Beschwerde gegen Ablehnung meiner BU-Rente", "2026-06-19 20:41", """Sehr geehrte Damen und Herren,

hiermit lege ich Beschwerde gegen die Ablehnung ein (Schreiben unten angehängt). Ich bin seit
Juni 2025 arbeitsunfähig, meine Ärzte bescheinigen mir eine schwere depressive Episode und eine
Fibromyalgie. Dass ich "in einer Verweisungstätigkeit" arbeiten könne, ist absurd. Ich habe
20 Jahre bei den Stadtwerken gearbeitet.

Birgit Hamacher
Gruppen-BU der Stadtwerke Hellenthal""", "<2f81aa04-19bb-4c03-a2e1-5fe1d6d1e0aa@web-post.example>",
                 att=[EML(INNER(ADDR("ahmadi"), "Birgit Hamacher <birgit.hamacher@web-post.example>",
                                "Ihr Antrag auf Leistungen aus der Gruppen-BU – Entscheidung", "2026-06-10 15:02",
                                """Sehr geehrte Frau Hamacher,

wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit (GBU 3 300 044, Leistungsfall
GBU-26-0031) geprüft. Nach dem Gutachten von Dr. med. Kampe vom 28.05.2026 liegt bei Ihnen eine
mittelgradige depressive Episode (F32.1) sowie ein Fibromyalgiesyndrom (M79.70) vor; der
Gutachter sieht Ihre Leistungsfähigkeit als Sachbearbeiterin zu 60 % erhalten.

Damit ist der vereinbarte Grad der Berufsunfähigkeit von 50 % nicht erreicht. Leistungen können
wir daher leider nicht erbringen.

Mit freundlichen Grüßen
Leyla Ahmadi""", "<GBU26-0031-ENT@out.versicherer.example>"), fn="Entscheidung GBU-26-0031.eml")]),
               fn="Beschwerde Hamacher.eml")])

M("N", "en", "auditor", "trap: auditor's management letter points about access rights and encryption, no data",
  frm=AUDIT, to=[ADDR("morgan"), ADDR("fischer")], subj="FY2025 – draft management letter points (IT)", date="2026-03-27 18:25", orgname="Carrow Lyle LLP", lang="en",
  body="""James, Tim,

ahead of the closing meeting, our draft IT observations:

ML-1  Access to the claims system: 14 leavers still had active accounts 30+ days after leaving
      (no evidence of use). Recommendation: daily HR feed.
ML-2  Employer census files are received by unencrypted e-mail in a significant number of cases
      (estimate from mailbox sample: 60 %). Recommendation: enforce the portal / domain encryption.
ML-3  Medical underwriting: the export folder for reinsurer submissions is readable by the whole
      underwriting group. Recommendation: restrict to case handlers.
ML-4  Test environments: synthetic data policy in place and followed (no finding).

None of these is a significant deficiency. We'd appreciate management responses by 10 April.

Kind regards,
Oliver""")

M("C", "en", "company", "business-travel insurance enrolment: named employees with nationality and travel periods, no health data",
  frm=HR_VANT, to=ADDR("seidel"), subj="Business travel cover – team trip to Austin, 14–22 Sept", date="2026-08-12 12:02",
  orgname="Vantari Systems GmbH", lang="en",
  body="""Hello Ms Seidel,

please add the following colleagues to our business travel policy (RV-GR 4 640 215) for the
company offsite in Austin, Texas, 14–22 September 2026:

Name                  Nationality   Passport expiry   Flight
Florian Heidecker     German        2031-02           LH 468 MUC-AUS
Marta Lindgren        Swedish       2029-11           LH 468 MUC-AUS
Tomasz Wrona          Polish        2027-06           LH 468 MUC-AUS
Sofia Marchetti       Italian       2030-04           (not travelling)
Arjun Mehta           Indian        2028-09           LH 468 MUC-AUS

Ms Marchetti will not travel after all, please remove her. Thanks!

Rachel""")

M("N", "de", "supplier", "trap: printer's invoice with the printing company's IBAN; no natural person",
  frm=DRUCK, to="Kreditorenbuchhaltung <kreditoren@versicherer.example>", subj="Rechnung 2026-04412 zu Bestellung 4500188321",
  date="2026-04-06 10:01", orgname="Druckhaus Rhein-Sieg GmbH",
  body=f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 2026-04412 vom 06.04.2026:

  Druck/Kuvertierung Standmitteilungen bAV, 48.196 Stück   14.458,80 EUR
  Beilage Infoblatt Entgeltumwandlung                        1.204,90 EUR
  Porto (Konsolidierer, Abrechnung nach Aufwand)           29.881,52 EUR
  Summe netto                                              45.545,22 EUR
  USt. 19 % (auf Druck und Beilage)                         2.976,35 EUR
  Gesamtbetrag                                             48.521,57 EUR

Zahlbar innerhalb 30 Tagen ohne Abzug auf
Druckhaus Rhein-Sieg GmbH, Kreissparkasse Köln, IBAN {IB("DE", "370502990000771234")}

Mit freundlichen Grüßen
Buchhaltung Druckhaus Rhein-Sieg GmbH · Industriestr. 5 · 53721 Siegburg · HRB 9921 AG Siegburg""")

M("S", "de", "service-provider", "call centre's callback CSV: named customers, phone numbers and health-claim topics",
  frm=TELESERV, to=ADDR("marx"), subj="Rückrufliste 15.04. – offene Fälle für Fachabteilung", date="2026-04-15 17:55", orgname="TeleServ Dialog GmbH",
  body="""Hallo Herr Marx,

anbei die Rückrufwünsche von heute, die wir nicht abschließend bearbeiten konnten (11 Fälle).
Bitte an die Fachabteilungen verteilen.

Gruß
Janina Kempf
Teamleitung Versicherer-Hotline, TeleServ Dialog GmbH""",
  att=[CSV("Rueckrufe_2026-04-15.csv", [
      ("Zeit", "Name", "Vertrag", "Telefon", "Anliegen"),
      ("08:14", "Helga Brückmann", "KV 55 118 203", "0221 4471120", "Erstattung Physiotherapie nach Knie-OP zu niedrig"),
      ("09:02", "Tobias Rehn", "HR 4 471 550 118", "0176 22819044", "Schadenmeldung Fahrraddiebstahl Stand"),
      ("09:37", "Dr. Ingo Falke", "KV 55 300 741", "02203 98112", "Krankenhausrechnung Chefarzt Uniklinik Bonn nicht bezahlt"),
      ("10:51", "Ayşe Kaplan", "bKV KV-GR 7731-0-204", "0151 40418870", "Heil- und Kostenplan Implantat – wie lange Prüfung?"),
      ("11:20", "Wolfgang Immel", "PT 61 004 128", "02241 55321", "Pflegetagegeld Pflegegrad 3 – Höherstufung beantragt"),
      ("13:45", "Sven Lützenkirchen", "K 88 401 776", "0160 9981232", "Kfz-Schaden Glasbruch Termin Werkstatt"),
      ("15:10", "Marianne Otten", "KV 55 221 090", "0228 661044", "Psychotherapie Verlängerung 25 Sitzungen Antrag"),
  ], sep=",")])

M("N", "de", "service-provider", "trap: call-centre daily KPI report with counts per topic including health topics, no persons",
  frm=TELESERV, to=ADDR("marx"), subj="Tagesreport Hotline 15.04.2026", date="2026-04-15 18:02", orgname="TeleServ Dialog GmbH",
  body="""Tagesreport Versicherer-Hotline – Mittwoch, 15.04.2026

Anrufe angenommen      2.418   (Prognose 2.300)
Servicelevel 80/20     77,4 %  (Ziel 80 %)
AHT                    5:42 min
Abbruchquote           6,1 %
Erstlösungsquote       71 %

Top-Anliegen:
1. Status Leistungsabrechnung Krankenversicherung    612
2. Adress-/Bankdatenänderung                         355
3. Kfz-Schadenmeldung                                 298
4. bKV Zahnersatz / Heil- und Kostenplan              187
5. Pflegeversicherung / Pflegegrad                     94

Rückrufliste: 11 Fälle (separate Mail).

TeleServ Dialog GmbH · Reporting""")

M("C", "de", "assessor", "motor assessor's PDF report on a named private third party's car; no injuries",
  frm="Sachverständigenbüro Kuhlmann <gutachten@sv-kuhlmann.example>", to=ADDR("oltmanns"), subj="Gutachten 26-0318 – Fahrzeug Mertens HB-CM 210 (Ihr Schaden K-26-018822)",
  date="2026-03-05 16:40", orgname="Sachverständigenbüro Kuhlmann",
  body="""Sehr geehrter Herr Oltmanns,

anbei unser Gutachten zum o. g. Schaden. Die Rechnung liegt bei.

Mit freundlichen Grüßen
Dipl.-Ing. (FH) Rolf Kuhlmann
öffentlich bestellter und vereidigter Sachverständiger für Kfz-Schäden und -Bewertung""",
  att=[PDF("Gutachten_26-0318_Mertens.pdf", [
      ("h", "Kfz-Haftpflichtschadengutachten Nr. 26-0318"),
      "Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden K-26-018822",
      "Anspruchstellerin / Halterin: Carla Mertens, Am Deich 12, 28199 Bremen",
      "Fahrzeug: VW Golf VIII 1.5 eTSI, amtl. Kz. HB-CM 210, FIN WVWZZZCDZMW012345, EZ 04/2021, 38.412 km",
      "Schaden: Eindrückung Tür hinten links und Seitenwand, Kratzspuren Stoßfänger hinten.",
      ("t", [("Position", "Betrag netto EUR"), ("Reparaturkosten", "3.412,80"), ("Wertminderung", "250,00"),
             ("Wiederbeschaffungswert", "19.800,00"), ("Reparaturdauer", "4 Arbeitstage")]),
      "Personenschäden: keine bekannt.",
  ], title="Gutachten 26-0318")])

M("N", "de", "assessor", "trap: assessor's invoice for a hospital building claim, only company data",
  frm="Ingenieurbüro Pfeiffer <buero@ib-pfeiffer.example>", to=ADDR("hartmann"), subj="Honorarrechnung 2026-117 – Schaden G-26-00412 Sankt-Elisabeth-Klinik",
  date="2026-03-31 12:12", orgname="Ingenieurbüro Pfeiffer",
  body=f"""Sehr geehrter Herr Hartmann,

für die Schadenfeststellung Leitungswasser Gebäude C (Archiv/Technikzentrale) berechnen wir:

  Ortstermine 05.03. und 19.03. (2 x 4,5 Std. à 145 EUR)    1.305,00 EUR
  Feuchtemessungen, Thermografie                               680,00 EUR
  Gutachtenerstellung, Fotodokumentation                     1.120,00 EUR
  Fahrtkosten (2 x 62 km à 0,70 EUR)                            86,80 EUR
  netto                                                      3.191,80 EUR
  zzgl. 19 % USt.                                              606,44 EUR
  Rechnungsbetrag                                            3.798,24 EUR

Bankverbindung: Ingenieurbüro Pfeiffer GmbH, {IB("DE", "380601860102030405")}

Das Gutachten haben Sie am 27.03. erhalten. Mit freundlichen Grüßen
Dipl.-Ing. Sabine Pfeiffer""")

M("S", "de", "insurer-to-lawyer", "commercial liability: customer of a bakery broke a tooth on a stone in bread, dental treatment costs",
  frm=ADDR("oltmanns"), to="Rechtsanwälte Haug & Merten <post@haug-merten.example>", subj="Ihr Mandant Herr Sievers ./. Bäckerei Lindemann GmbH – Schaden H-26-033418",
  date="2026-06-16 10:48", sig="oltmanns",
  body="""Sehr geehrte Damen und Herren,

als Betriebshaftpflichtversicherer der Bäckerei Lindemann GmbH nehmen wir zu den Ansprüchen
Ihres Mandanten Herrn Bernd Sievers Stellung.

Nach dem Bericht des Zahnarztes Dr. Hoyer vom 02.06. hat Ihr Mandant am 27.05. beim Verzehr
eines Roggenbrötchens auf einen Fremdkörper (Steinchen, ca. 3 mm) gebissen und sich dabei eine
Längsfraktur an Zahn 26 zugezogen. Der Zahn musste extrahiert werden; geplant ist eine
Implantatversorgung (Heil- und Kostenplan 3.980 EUR).

Wir erkennen die Haftung dem Grunde nach an. Die Behandlungskosten übernehmen wir nach Vorlage
der Rechnungen, soweit die gesetzliche Krankenkasse nicht leistet. Ein Schmerzensgeld von
800 EUR halten wir für angemessen.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-company", "trap: fire-protection risk survey of a bakery GmbH, technical only, no person",
  frm=ADDR("hartmann"), to="Bäckerei Lindemann GmbH <info@baeckerei-lindemann.example>", subj="Risikobesichtigung Produktionsstätte Gewerbering 9 – Empfehlungen",
  date="2026-02-20 13:22", sig="hartmann",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für die Besichtigung Ihrer Produktionsstätte am 17.02. Unsere Empfehlungen:

1. Abgasrohre der Etagenöfen 1–3: jährliche Reinigung durch Fachbetrieb nachweisen (Fettablagerungen).
2. Mehlsilo: Explosionsschutzdokument nach BetrSichV aktualisieren.
3. Palettenlager an der Außenwand: Abstand zum Gebäude mindestens 5 m.
4. Elektrothermografie der Hauptverteilung (zuletzt 2021) – Frist 3 Monate.

Bei Umsetzung der Punkte 1 und 3 bis 30.06. gewähren wir ab der nächsten Hauptfälligkeit einen
Nachlass von 7,5 % auf die Feuerversicherung.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-company", "business interruption claim: named managing director's statement and revenue figures of the company",
  frm=ADDR("hartmann"), to="Karin Lindemann <k.lindemann@baeckerei-lindemann.example>", subj="Brandschaden 30.05. – Betriebsunterbrechung, Schaden G-26-00918",
  date="2026-06-05 15:44", sig="hartmann",
  body="""Sehr geehrte Frau Lindemann,

danke für das Telefonat heute. Ich fasse zusammen, was Sie als Geschäftsführerin zur
Betriebsunterbrechung angegeben haben:

- Produktion steht seit 30.05.; vier Filialen werden über einen Lohnbäcker beliefert (Mehrkosten ca. 2.900 EUR/Woche).
- Umsatz der betroffenen Sortimente im Vorjahreszeitraum Juni: 184.000 EUR.
- Die 11 Beschäftigten der Produktion sind in Kurzarbeit angemeldet; die Lohnkosten laufen weiter.

Für die Ertragsausfallberechnung benötigen wir die BWA Januar–April und die Summen- und
Saldenliste 2025. Ihr Steuerberater kann sie direkt an mich schicken.

Eine Abschlagszahlung von 50.000 EUR auf den Betriebsunterbrechungsschaden ist angewiesen.

Mit freundlichen Grüßen""")

M("S", "de", "company", "care level of an employee's mother (Pflegegrad 3) in a request to pause bAV contributions",
  frm=HR_BRUE, to=ADDR("sommerfeld"), subj="Pflegezeit – Beitragspause Direktversicherung möglich?", date="2026-07-02 08:14",
  orgname="Brückner Feinmechanik GmbH",
  body="""Guten Morgen Frau Sommerfeld,

unser Mitarbeiter Emre Öztürk (DV 71 330 615) nimmt ab 01.08. sechs Monate Pflegezeit, weil
seine Mutter nach einem Schlaganfall in Pflegegrad 3 eingestuft wurde und er sie zu Hause
versorgt. In der Zeit zahlen wir kein Gehalt, also entfällt auch die Entgeltumwandlung.

Kann der Vertrag beitragsfrei ruhen und läuft der Schutz weiter? Was muss er tun?

Danke und viele Grüße
Petra Hollmann""")

M("N", "en", "internal", "trap: health actuarial note on medical inflation assumptions, aggregated",
  frm=ADDR("wolff"), to=ADDR("whitfield"), subj="Medical trend assumptions 2027 – international health plans", date="2026-08-20 10:05", sig="wolff", sigstyle="short", lang="en",
  body="""Hi Emma,

for the 2027 renewal of the international group health plans, the trend assumptions we will use:

Region                Medical trend   Utilisation   Total
Germany / EU             5.5 %          1.0 %        6.6 %
UK                       7.0 %          1.5 %        8.6 %
USA                      9.0 %          2.0 %       11.2 %
Singapore / HK           8.0 %          1.5 %        9.6 %
UAE                      9.5 %          2.0 %       11.7 %

Oncology drug costs remain the biggest driver in the US and UAE. Large claims above USD 250k
are capped at the pooling point in the experience rating.

Christina""")

M("C", "en", "insurer-to-company", "company car windscreen claim of a named employee driver; car plate and address, no injury",
  frm=ADDR("kaya"), to=HR_VANT, subj="Fleet claim 26-K-031177 – windscreen M-VS 2204 (driver A. Mehta)", date="2026-11-03 09:41", sig="kaya", lang="en",
  body="""Dear Ms Greene,

we received the glass claim for the company car M-VS 2204 (BMW i4, fleet contract FL 88 517 004).
Your employee Arjun Mehta reported a stone chip that turned into a crack on the A9 on
29 October. The windscreen will be replaced by Carglass Munich-Schwabing on 5 November at no
cost to the company apart from the EUR 150 deductible for partial cover.

Please ask Mr Mehta to bring the vehicle registration certificate. The courtesy car is
covered for one day.

Kind regards""")

M("S", "en", "insurer-to-partner", "group accident large claim for the reinsurer: worker identified by initials, birth date and employer, paraplegia",
  frm=ADDR("dreyer"), to=RE_RHEN, subj="Group accident XL – notification of potential large claim U-26-01144", date="2026-09-14 16:02", sig="dreyer", lang="en",
  body="""Dear Konrad,

under the accident per-risk XL we notify a potential large claim:

Policyholder: Stadtwerke Hellenthal GmbH, group accident 6 400 118 (hazard group B)
Insured: P. D., born 1988-05-17, on-call gas service technician
Date/place: 2 September 2026, fall from a maintenance platform in the gas pressure regulating station Blumenthal
Injuries: fracture of T12 with complete spinal cord injury, paraplegia below L1; currently
in the spinal injury unit of BG Klinikum Duisburg
Cover: disability sum EUR 200,000 with progression 350 % (max. EUR 700,000), accident
pension EUR 1,500/month from 50 % disability

Expected incurred: EUR 1.1m incl. pension reserve. Files available on request.

Best regards""")

M("N", "de", "internal", "trap: staff announcement naming colleagues (new team lead, parental-leave cover), no reason or health",
  frm=ADDR("paulsen"), to="Firmenkunden Leben <fk-leben@versicherer.example>", subj="Personalien Firmenkunden",
  date="2026-06-26 12:00", sig="paulsen", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ein paar Personalien:

- Kerstin Sommerfeld übernimmt ab 01.07. die Leitung des bAV-Service.
- Marco Endres kommt am 15.07. aus dem Vertrieb zurück in den Innendienst.
- Lisa Brandes ist ab August in Elternzeit; ihre Firmenkunden übernimmt Jörg Wittek.

Am 30.06. stoßen wir ab 16 Uhr in der Kantine auf Kerstin an – Kuchen gibt's!

Henrik""")

M("S", "de", "insurer-to-company", "group disability benefit approved for a named employee (no diagnosis), payroll consequences",
  frm=ADDR("ahmadi"), to=HR_BRUE, subj="Gruppen-BU / DV 71 220 118 – Anerkenntnis, Beitragsbefreiung ab 01.06.",
  date="2026-07-09 13:55", sig="ahmadi",
  body="""Sehr geehrte Frau Hollmann,

wir haben die Leistungsprüfung für Ihren Mitarbeiter Herrn Bernd Theisen abgeschlossen und die
Berufsunfähigkeit ab 01.06.2026 anerkannt. Herr Theisen hat darüber von uns ein eigenes
Schreiben erhalten.

Für Sie als Versicherungsnehmerin bedeutet das:
- Ab 01.06.2026 ist die Direktversicherung beitragsfrei gestellt; bitte stellen Sie die
  Entgeltumwandlung (262 EUR) und den Zuschuss ab der Juni-Abrechnung ein.
- Bereits gezahlte Beiträge für Juni und Juli erstatten wir an Sie; Sie reichen den
  Arbeitnehmeranteil an Herrn Theisen weiter.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-company", "trap: blank employer certificate template (PDF) for daily sick pay with empty fields",
  frm=ADDR("haberl"), to="Bäckerei Lindemann GmbH <info@baeckerei-lindemann.example>", subj="Vordruck Arbeitgeberbescheinigung Krankentagegeld",
  date="2026-05-18 09:20", sig="haberl", sigstyle="short",
  body="""Sehr geehrte Frau Lindemann,

wie gewünscht den Vordruck zum Ausfüllen. Bitte geben Sie ihn Ihren Beschäftigten, die einen
Antrag auf Krankentagegeld stellen – die ausgefüllte Bescheinigung schicken die Beschäftigten
selbst an uns.

Viele Grüße""",
  att=[PDF("Vordruck_AG-Bescheinigung_KT.pdf", [
      ("h", "Arbeitgeberbescheinigung zur Berechnung des Krankentagegeldes"),
      "Arbeitnehmer/in: _______________________  geb.: ___.___.______",
      "Versicherungsnummer: __________________",
      "Arbeitsunfähig seit: ___.___.______   Entgeltfortzahlung bis: ___.___.______",
      ("t", [("Monat", "Brutto EUR", "Netto EUR"), ("", "", ""), ("", "", ""), ("", "", "")]),
      "Einmalzahlungen der letzten 12 Monate: ______________ EUR",
      "Ort, Datum, Stempel und Unterschrift des Arbeitgebers: ______________________",
      ("small", "Formular KT-AG-03/2026 – Versicherer Krankenversicherung a.G."),
  ], title="Vordruck AG-Bescheinigung")])

M("C", "de", "insurer-to-customer", "named customer's household contract ends because of a move abroad; new address",
  frm=ADDR("kowalski"), to="Joachim Rieger <jo.rieger@freemail.example>", subj="Ihre Hausratversicherung HR 4 471 902 335 – Vertragsende",
  date="2026-08-27 11:26", sig="kowalski",
  body="""Sehr geehrter Herr Rieger,

wir bestätigen Ihnen das Ende Ihrer Hausratversicherung zum 31.08.2026 wegen Ihres Umzugs nach
Lissabon. Den anteiligen Beitrag für September bis Dezember (41,20 EUR) erstatten wir auf Ihr
bekanntes Konto.

Ihre Privathaftpflicht (PH 1 220 901 118) läuft weiter und gilt auch in Portugal. Schreiben Sie
uns bitte Ihre neue Anschrift, sobald sie feststeht; bis dahin schicken wir Post an
Rua da Bica 14, 1200-056 Lisboa, wie von Ihnen angegeben.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-company", "international health plan: pre-authorisation of surgery for a named seconded employee (hernia repair)",
  frm=ADDR("whitfield"), to="Global Mobility – Vantari <mobility@vantari-systems.example>", subj="Pre-authorisation IHP-26-07712 – T. Wrona (Singapore)",
  date="2026-10-12 07:35", sig="whitfield", lang="en",
  body="""Dear Global Mobility team,

Mr Wrona asked us to copy you, as you organise his home leave. We have pre-authorised the
following treatment under the international health plan (contract IHP 7 710 034, member
no. 7710034-022):

- Patient: Tomasz Wrona, seconded to Vantari Singapore Pte. Ltd.
- Procedure: laparoscopic inguinal hernia repair (TEP), right side
- Hospital: Mount Elizabeth Novena Hospital, admission 20 October 2026, 1 night
- Estimated cost: SGD 14,200, direct billing to us, no co-payment

Time off work is expected to be about one week. Please do not forward this message further.

Kind regards""")

M("N", "en", "insurer-to-company", "trap: international health plan hospital network brochure and claim instructions, no person",
  frm=ADDR("whitfield"), to="Global Mobility – Vantari <mobility@vantari-systems.example>", subj="Your international health plan – direct billing network Asia 2027",
  date="2026-12-01 10:00", sig="whitfield", lang="en",
  body="""Dear Global Mobility team,

as requested, here is the updated overview for your assignees in Asia:

Direct billing hospitals (selection)
- Singapore: Mount Elizabeth, Gleneagles, Raffles Hospital
- Hong Kong: Matilda International, Hong Kong Sanatorium
- Tokyo: St. Luke's International Hospital

How to claim
1. Planned inpatient treatment: request pre-authorisation at least 5 working days in advance.
2. Emergencies: call our 24/7 assistance line +49 221 555-7700, we will arrange a guarantee of payment.
3. Outpatient bills: upload via the app; reimbursement within 10 working days.

Maternity, dental and vision benefits are unchanged for 2027. Please share this with your
assignees; no personal information is needed.

Kind regards""")

M("C", "de", "internal", "D&O: named former board member sued by the company for damages (civil, no criminal or health data)",
  frm=ADDR("achterberg"), to=ADDR("schreiber"), subj="D&O Kessler Bau – Klage gegen Herrn Lammers, Bitte um Einschätzung",
  date="2026-09-02 16:12", sig="achterberg", sigstyle="short",
  body="""Liebe Carola,

die Kessler Bau AG hat ihren ehemaligen Technikvorstand Thomas Lammers vor dem LG Köln auf
4,7 Mio. EUR Schadenersatz verklagt (Az. 91 O 211/26): Er soll 2024 den Auftrag für die
Tunnelbaustelle Wuppertal ohne ausreichende Risikoprüfung angenommen haben; der Verlust liegt
bei rund 11 Mio. EUR. Herr Lammers ist über unsere Police nachversichert.

Kannst du bis Mitte September einschätzen, ob wir die Abwehr übernehmen oder ob die
Pflichtverletzungsausschlüsse greifen? Die Klageschrift liegt im D&O-Laufwerk.

Danke, Jan""")

M("S", "de", "internal", "D&O: criminal investigation (fraud) against a named managing director (Art. 10 GDPR data)",
  frm=ADDR("achterberg"), to=[ADDR("schreiber"), ADDR("ziegler")], subj="[vertraulich] Ermittlungsverfahren gegen GF der Hafenkühlhaus Bremen GmbH",
  date="2026-10-20 08:31", sig="achterberg", sigstyle="short",
  body="""Liebe Carola, lieber Ralf,

kurze Info vorab: Die Staatsanwaltschaft Bremen ermittelt gegen Herrn Holger Brüning,
Geschäftsführer der Hafenkühlhaus Bremen GmbH (D&O 9 200 402 118), wegen des Verdachts des
Betrugs und der Insolvenzverschleppung (Az. 410 Js 18871/26). Am 15.10. gab es eine Durchsuchung
der Geschäftsräume. Herr Brüning hat über seinen Strafverteidiger Kostenübernahme für die
Verteidigung beantragt (Strafrechtsschutz-Baustein, 250 TEUR Sublimit).

Zusammenhang mit dem Brandschaden im Januar (Kühlaggregat) wird von der StA offenbar geprüft.
Bitte keine Weitergabe außerhalb des Falls.

Jan""")

M("N", "de", "newsletter", "trap: D&O market newsletter with anonymised case examples",
  frm="Versicherer Financial Lines <fl-newsletter@versicherer.example>", to="makler-financial-lines@versicherer.example",
  subj="Financial Lines aktuell 2/2026: Managerhaftung in der Krise", date="2026-05-07 07:30", client="system", mailer="Mailingtool 5.2",
  body="""Financial Lines aktuell · Ausgabe 2/2026

1. Insolvenzverschleppung: Was Geschäftsführer jetzt wissen müssen
   Seit der Reform des § 15a InsO steigen die Inanspruchnahmen von Organmitgliedern deutlich.
   Fallbeispiel (anonymisiert): Ein Geschäftsführer eines Logistikunternehmens zahlte nach
   Eintritt der Zahlungsunfähigkeit noch Lieferanten – der Insolvenzverwalter fordert 1,2 Mio. EUR.

2. Cyber und D&O: Wer haftet, wenn die IT-Sicherheit vernachlässigt wurde?

3. Neu: Baustein „Strafrechtsschutz plus“ mit Sublimit bis 500.000 EUR.

Webinar für Maklerinnen und Makler: 21.05., 10 Uhr. Anmeldung im Maklerportal.

Versicherer Allgemeine Versicherung AG · Financial Lines · Rheinuferstraße 12 · 50667 Köln""")

M("C", "de", "internal", "internal audit sample: named customers with premium arrears in property lines",
  frm=ADDR("bauer"), to=ADDR("becker"), subj="Prüfung Mahnwesen – Stichprobe 10 Fälle, bitte Akten bereitstellen",
  date="2026-09-23 10:10", sig="bauer", sigstyle="short",
  body="""Hallo Herr Becker,

für die Prüfung IR-2026-07 (Mahn- und Kündigungsverfahren Sach/HUK) haben wir folgende Fälle
gezogen. Bitte stellen Sie die Mahnhistorie bis 30.09. im Prüfungsordner bereit.

[[t]]

Danke und Gruß
Nico Bauer""",
  tables={"t": ([("Vertrag", "Sparte", "VN", "Rückstand EUR", "Stufe"),
                 ("PH 1 220 330 871", "Privathaftpflicht", "Yvonne Sturm", "94,60", "Mahnung 2"),
                 ("K 88 402 119", "Kfz", "Olaf Bredemeier", "611,00", "§ 38 VVG Kündigung"),
                 ("HR 4 470 222 108", "Hausrat", "Miroslav Jankowski", "128,40", "Mahnung 1"),
                 ("WG 3 100 887 201", "Wohngebäude", "Erika und Heinz Sauerland", "1.204,80", "Mahnung 2"),
                 ("RS 2 880 004 771", "Rechtsschutz", "Jan-Philipp Kolb", "312,00", "Kündigung")], "pad")})

M("N", "de", "internal", "trap: whistleblower system annual statistics, no persons",
  frm=ADDR("ziegler"), to="Aufsichtsrat Prüfungsausschuss <pruefungsausschuss@versicherer.example>", subj="Hinweisgebersystem – Jahresbericht 2025",
  date="2026-02-27 15:15", sig="ziegler",
  body="""Sehr geehrte Mitglieder des Prüfungsausschusses,

zum Hinweisgebersystem (HinSchG) für 2025:

- Eingegangene Meldungen: 23 (2024: 17), davon 15 anonym
- Themen: Interessenkonflikte 6, Verstöße gegen Datenschutz 5, Arbeitsklima/Führung 7,
  Betrugsverdacht Leistungsfälle 3, Sonstiges 2
- Abgeschlossen: 20; begründet: 7; Maßnahmen: 2 Abmahnungen, 1 Prozessänderung, 4 Schulungen
- Durchschnittliche Bearbeitungsdauer: 41 Tage (gesetzliche Rückmeldung binnen 3 Monaten in allen Fällen eingehalten)

Einzelfälle werden im Ausschuss nur mündlich und anonymisiert berichtet.

Mit freundlichen Grüßen""")

M("S", "de", "internal", "whistleblower report alleging a named manager's alcohol dependence (health) and misconduct",
  frm=ADDR("ziegler"), to="Hinweisgeberstelle Ombudsperson <ombudsperson@versicherer.example>", subj="Hinweis HWS-2026-014 – Weiterleitung zur Prüfung",
  date="2026-08-05 13:02", sig="ziegler", sigstyle="short",
  body="""Sehr geehrte Frau Ombudsperson,

zur Prüfung der Inhalt der Meldung aus dem Hinweisgeberportal (Eingang 04.08., anonym), wörtlich:

„Der Teamleiter Schadenservice Kraftfahrt Süd, Herr Volker Sandmann, kommt seit Monaten fast
täglich alkoholisiert zur Arbeit. Er war im Frühjahr angeblich zur Entzugsbehandlung in einer
Suchtklinik, seitdem ist es schlimmer. Er gibt Schadenzahlungen frei, die er in dem Zustand nicht
prüfen kann. Alle im Team wissen es, keiner traut sich etwas zu sagen.“

Bitte keine Weitergabe an die Linie, bis der Sachverhalt geklärt ist.

Ralf Ziegler""")

M("N", "en", "supplier", "trap: penetration test summary for the employer portal, no data",
  frm="Red Harbour Security <reports@redharbour-sec.example>", to=ADDR("fischer"), subj="Pentest employer portal – executive summary (final)",
  date="2026-07-17 17:30", orgname="Red Harbour Security GmbH", lang="en",
  body="""Hi Tim,

final executive summary of the penetration test of the employer portal (census upload, bKV/bAV
self-service), 29 June – 10 July 2026:

Critical: 0
High:     1  – IDOR on /api/census/{id}/download: an authenticated employer could download another
              employer's upload by guessing the ID. Fixed during the test (re-test passed).
Medium:   3  – session timeout 60 min instead of 15; verbose error messages; missing rate limit on
              password reset
Low:      5

No real personal data was accessed; we worked with the synthetic employers "Muster GmbH" and
"Test AG" only. Full report via the secure file exchange.

Best,
Anna Krüger, Red Harbour Security""")

M("C", "en", "supplier", "IT vendor incident: production motor customer records (names, birth dates) found in a test system",
  frm="Datavanta Incident Response <incident@datavanta.example>", to=[ADDR("fischer"), ADDR("meier")], subj="Security incident DV-INC-2026-019 – production data in UAT",
  date="2026-09-09 19:48", orgname="Datavanta GmbH", lang="en",
  body="""Dear Mr Fischer, dear Mr Meier,

as required by our data processing agreement we inform you of an incident found today at 16:20:

A database refresh of the motor UAT environment on 2 September used a production snapshot
instead of the synthetic dataset. The snapshot contained 41,880 motor policy records
(policyholder name, address, date of birth, licence plate, no-claims class, IBAN masked to the
last 4 digits). The UAT environment is only reachable from the internal network; 9 vendor
testers had access. Examples from the log:

  K 88 401 776  Lützenkirchen, Sven   1979-03-08  SU-SL 412
  K 88 402 119  Bredemeier, Olaf      1962-11-30  GL-OB 77

The snapshot was deleted at 18:05. We will send the full report within 48 hours.

Regards,
Datavanta Incident Response""")

M("S", "de", "internal", "data breach record: misdirected bKV dental claims list with names of affected employees",
  frm=ADDR("meier"), to=[ADDR("haberl"), ADDR("ziegler")], subj="Datenschutzvorfall DSV-2026-031 – Fehlversand bKV-Liste, Dokumentation",
  date="2026-05-26 17:10", sig="meier", sigstyle="short",
  body="""Hallo Verena, hallo Ralf,

zur Dokumentation nach Art. 33 Abs. 5 DSGVO:

Am 22.05. wurde die Liste „Offene Heil- und Kostenpläne bKV Brückner“ statt an das
Funktionspostfach an die Personalabteilung der Brückner Feinmechanik GmbH geschickt. Enthalten
waren fünf Beschäftigte mit Art der Behandlung:

  Cem Yıldız – 2 Implantate UK, HKP 4.780 EUR
  Monika Gerlach – Teleskopprothese OK
  Lina Wu – Wurzelbehandlung 36, Krone
  Marek Kowalczyk – Parodontitistherapie
  Sandra Reinartz – Aufbissschiene (Bruxismus)

Frau Hollmann hat die Löschung am 23.05. schriftlich bestätigt. Meldung an die LDI NRW ist am
25.05. erfolgt (Art. 9-Daten, Arbeitgeber als Empfänger). Die Betroffenen werden nach Art. 34
benachrichtigt – Entwurf bitte bis Donnerstag.

Thomas""")
# ---------------------------------------------------------------- 0101-0150
MEDEX = "MedExpert Gutachten GmbH <auftrag@medexpert-gutachten.example>"

M("S", "de", "insurer-to-assessor", "bland body; ICS invitation names an insured and the orthopaedic examination for his disability claim",
  frm=ADDR("ahmadi"), to=MEDEX, subj="Terminvorschlag Begutachtung (GBU-26-0047)", date="2026-05-06 10:15", sig="ahmadi", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

anbei der abgestimmte Termin als Kalendereintrag. Die Akte stellen wir Ihnen über das Portal bereit.

Mit freundlichen Grüßen
Leyla Ahmadi""",
  att=[ICS("Begutachtung_GBU-26-0047.ics", "d7-gbu260047@versicherer.example", "Begutachtung Ralf Esser (Orthopädie)",
           "20260519T093000", "20260519T113000", ("Leyla Ahmadi", "leyla.ahmadi@versicherer.example"),
           [("MedExpert Gutachten GmbH", "auftrag@medexpert-gutachten.example")], location="MedExpert, Hohenzollernring 51, 50672 Köln",
           description="Versicherter: Ralf Esser, geb. 30.09.1970, Rohrnetzmonteur. Fragestellung: Leistungsfähigkeit im zuletzt ausgeübten Beruf nach zweimaliger Knie-TEP links und Gonarthrose rechts (M17.1). Röntgenbilder bringt der Versicherte mit. Dolmetscher nicht erforderlich.")])

M("N", "de", "internal", "trap: sickness-absence rate per department (insurer staff), aggregated with small units merged",
  frm=ADDR("weiss"), to="Führungskreis <fuehrungskreis@versicherer.example>", subj="Gesundheitsquote 2025 nach Bereichen",
  date="2026-02-10 14:30", sig="weiss", sigstyle="short",
  body="""Liebe Führungskräfte,

anbei wie jedes Jahr die Gesundheitsquote (Krankenstand) 2025 nach Bereichen. Einheiten unter
15 Beschäftigten sind zusammengefasst, damit keine Rückschlüsse auf Einzelne möglich sind.
Bitte die Datei nicht an Teamleitungen unterhalb der Bereichsebene weitergeben.

Nadine Weiß""",
  att=[XLSX("Krankenstand_2025_Bereiche.xlsx", {"2025": [
      ("Bereich", "Beschäftigte", "Krankenstand %", "Vj. %", "Langzeit > 6 Wo. (Anzahl)"),
      ("Leistung Kranken", 412, 6.8, 6.1, 14),
      ("Leistung Leben/BU", 188, 5.9, 6.4, 5),
      ("Schaden Sach/HUK", 355, 7.4, 7.0, 12),
      ("Firmenkunden", 196, 4.2, 4.8, 3),
      ("IT", 240, 3.9, 4.0, 4),
      ("Stäbe/Sonstige (zusammengefasst)", 137, 4.6, 4.5, 2),
      ("Gesamt", 1528, 5.9, 5.8, 40),
  ]}, author="Weiß")])

M("C", "de", "internal", "service-anniversary bonuses: named staff with entry dates and bonus amounts (income)",
  frm=ADDR("lehmkuhl"), to=ADDR("weiss"), subj="Jubiläen 2. Halbjahr – Prämien zur Freigabe",
  date="2026-06-12 11:05", sig="lehmkuhl", sigstyle="short",
  body="""Hallo Nadine,

die Jubilare fürs zweite Halbjahr, Prämien nach Betriebsvereinbarung (25 J. = 1 Monatsgehalt,
40 J. = 2 Monatsgehälter). Bitte bis 20.06. freigeben, dann gehen die Urkunden in den Druck.

Britta""",
  att=[XLSX("Jubilaeen_H2_2026.xlsx", {"H2": [
      ("Pers.-Nr.", "Name", "Eintritt", "Jubiläum", "Bereich", "Prämie brutto EUR"),
      ("000412", "Gisela Hommerich", "01.08.1986", "40 Jahre", "Inkasso", 9740.00),
      ("001187", "Uwe Krämer-Lenz", "01.09.2001", "25 Jahre", "Schaden Sach", 4480.00),
      ("001203", "Sabine Kröger", "01.10.2001", "25 Jahre", "Leistung Kranken", 4615.00),
      ("001240", "Rüdiger Engel", "01.11.2001", "25 Jahre", "Kfz-Betrieb", 5210.00),
  ]}, author="Lehmkuhl")])

M("S", "de", "internal", "DOCX note of a return-to-work talk: named employee, back pain and physiotherapy",
  frm="Markus Thiel <markus.thiel@versicherer.example>", to=ADDR("weiss"), subj="Notiz Rückkehrgespräch", date="2026-03-19 16:44",
  client="outlook",
  body="""Hallo Frau Weiß,

wie gewünscht meine Notiz zum Rückkehrgespräch von heute, bitte zur Personalakte.

Gruß
Markus Thiel
Teamleiter Schadenservice Sach""",
  att=[DOCX("Rueckkehrgespraech_Rosendahl_2026-03-19.docx", [
      ("h", "Rückkehrgespräch"),
      "Mitarbeiterin: Anke Rosendahl, Pers.-Nr. 004417 · Gespräch am 19.03.2026 · Teilnehmer: M. Thiel",
      "Frau Rosendahl war vom 20.01. bis 13.03. arbeitsunfähig. Sie berichtet freiwillig, dass es sich um einen Bandscheibenvorfall HWS handelte; sie macht weiterhin zweimal wöchentlich Physiotherapie (dienstags/donnerstags 16 Uhr) und nimmt bei Bedarf Ibuprofen.",
      "Vereinbart: höhenverstellbarer Schreibtisch wird bestellt; Gleitzeit so, dass die Therapietermine möglich sind; in vier Wochen kurzes Folgegespräch.",
      "Ein BEM-Angebot wurde gemacht; Frau Rosendahl möchte es derzeit nicht.",
  ], author="Thiel")])

M("N", "en", "insurer-to-broker", "trap: bKV framework agreement template (DOCX) with placeholders only",
  frm=ADDR("haberl"), to=LONBROKER, subj="bKV framework agreement – English convenience translation (template)",
  date="2026-03-30 12:20", sig="haberl", lang="en",
  body="""Dear Ms Fenwick,

as requested for your multinational clients, attached is the English convenience translation of
our bKV framework agreement. It is a template – only the German version is binding.

Kind regards""",
  att=[DOCX("bKV_framework_agreement_template_EN.docx", [
      ("h", "Framework Agreement on Company Health Insurance (bKV)"),
      "between [EMPLOYER NAME], [ADDRESS] (\"Employer\") and Versicherer Krankenversicherung a.G., Cologne (\"Insurer\")",
      ("h", "§ 1 Insured persons", 2),
      "All employees of the Employer with an employment contract subject to German social security, from the first day of employment. No health questions, no waiting periods for employees enrolled within [3] months.",
      ("h", "§ 2 Benefits", 2),
      "Modules as chosen in Annex 1: [ ] Dental budget [ ] Prevention & vision [ ] Inpatient upgrade [ ] Mental health",
      ("h", "§ 3 Data protection", 2),
      "The Employer receives no information on individual claims. Census data (name, date of birth, employee ID, start date) is transmitted via the Insurer's employer portal only.",
      ("t", [("Placeholder", "Value"), ("Contract number", "[KV-GR ____]"), ("Start date", "[DD.MM.YYYY]"), ("Monthly premium per employee", "[EUR ___]")]),
  ], author="Haberl")])

M("C", "en", "insurer-to-company", "PDF certificate of insurance for a named employee's leased company bike",
  frm=ADDR("demir"), to=HR_VANT, subj="Certificate of insurance – company bike M. Lindgren", date="2026-06-30 10:02", sig="demir", sigstyle="short", lang="en",
  body="""Hi Ms Greene,

attached is the certificate for the new company bike of Ms Lindgren. Please pass it on to her.

Best regards,
Aylin Demir""",
  att=[PDF("Certificate_FR-GR-2210-5_Lindgren.pdf", [
      ("h", "Certificate of Insurance - Company Bike"),
      "Group policy: FR-GR 2210-5 (Vantari Systems GmbH)",
      "Insured bike user: Marta Lindgren, Belgradstraße 60, 80804 München",
      "Bike: Gazelle Ultimate C380 HMB, frame no. GZ24U83315, purchase price EUR 4,299.00",
      "Cover: theft, burglary, vandalism, accident damage, wear and tear of battery after 6 months; worldwide; no deductible",
      "Period: 1 July 2026 - 30 June 2029 (leasing term)",
  ], title="Certificate of insurance")])

M("S", "en", "insurer-to-partner", "harmless body; Windows-1252 CSV (octet-stream) claims bordereau with named disability claimants and ICD codes",
  frm=ADDR("stone"), to=RE_RHEN, subj="Group disability bordereau Q2 2026", date="2026-07-15 09:05", sig="stone", sigstyle="short", lang="en",
  body="""Konrad,

Q2 claims bordereau attached, format as agreed (semicolon, ANSI).

Rebecca""",
  att=[CSV("GBU_bordereau_Q2_2026.csv", [
      ("Claim", "Policyholder", "Insured", "DOB", "Diagnosis", "Status", "Annual benefit EUR"),
      ("GBU-25-0102", "Stadtwerke Hellenthal", "Esser, Ralf", "30.09.1970", "M17.1 / Knie-TEP", "under review", "14400"),
      ("GBU-26-0031", "Stadtwerke Hellenthal", "Hamacher, Birgit", "12.04.1966", "F32.1; M79.70", "declined, complaint", "0"),
      ("GBU-26-0058", "Brückner Feinmechanik", "Theisen, Bernd", "22.01.1969", "M51.1", "accepted 01.06.2026", "16800"),
      ("GBU-26-0063", "Vantari Systems", "Dahl, Kristoffer", "09.12.1983", "C43.5 melanoma", "accepted 01.05.2026", "24000"),
  ], sep=";", enc="windows-1252", sub="octet")])

M("N", "de", "internal", "trap: ODS fleet claims statistics per fleet customer (companies), aggregated",
  frm=ADDR("kaya"), to=ADDR("engel"), subj="Flotten-Schadenverlauf 2023–2025 (Top 10)", date="2026-01-30 15:50", sig="kaya", sigstyle="short",
  body="""Hallo Rüdiger,

für die Sanierungsrunde die Schadenquoten unserer zehn größten Flotten, ohne Einzelschäden.
Nordlicht und Hafenkühlhaus sollten wir uns vor der Verlängerung anschauen.

Serkan""",
  att=[ODS("Flotten_Top10_SQ_2023-2025.ods", {"Top10": [
      ("Flotte", "Fahrzeuge", "SQ 2023", "SQ 2024", "SQ 2025", "Schäden 2025"),
      ("Nordlicht Logistik GmbH & Co. KG", 142, 0.71, 0.78, 0.94, 61),
      ("Hafenkühlhaus Bremen GmbH", 38, 0.55, 0.62, 1.12, 19),
      ("Pflegedienst Sonnenschein GmbH", 54, 0.88, 0.81, 0.76, 33),
      ("Stadtwerke Hellenthal GmbH", 71, 0.43, 0.51, 0.49, 14),
      ("Vantari Systems GmbH", 46, 0.39, 0.44, 0.52, 11),
  ]})])

M("C", "de", "insurer-to-customer", "sole-trader haulier: PDF policy schedule with his birth date and IBAN (cargo/motor, non-personal lines)",
  frm=ADDR("osei"), to="Transporte Wienold e.K. <frank@transporte-wienold.example>", subj="Ihr Versicherungsschein Verkehrshaftung VH 7 120 448",
  date="2026-02-03 14:12", sig="osei",
  body="""Sehr geehrter Herr Wienold,

anbei Ihr Versicherungsschein für die Verkehrshaftungsversicherung ab 01.02.2026. Bitte prüfen
Sie die Angaben, insbesondere die Bankverbindung für den Lastschrifteinzug.

Mit freundlichen Grüßen""",
  att=[PDF("Versicherungsschein_VH_7120448.pdf", [
      ("h", "Versicherungsschein Verkehrshaftungsversicherung Nr. VH 7 120 448"),
      "Versicherungsnehmer: Frank Wienold, Einzelkaufmann, handelnd unter Transporte Wienold e.K., Dorfstraße 19, 59505 Bad Sassendorf, geb. 04.08.1976",
      "Versichert: Haftung als Frachtführer nach HGB/CMR, 3 Zugmaschinen, Deckung 1,5 Mio. EUR je Schadenfall",
      "Jahresbeitrag: 3.880,00 EUR zzgl. VersSt.",
      f"Zahlung: SEPA-Lastschrift von IBAN {IB('DE', '414145200000998877')}, Kontoinhaber Frank Wienold",
      "Beginn 01.02.2026, 00:00 Uhr; Ablauf 01.02.2027, stillschweigende Verlängerung",
  ], title="Versicherungsschein")])

M("S", "de", "insurer-to-company", "text and HTML table: monthly group-disability pensions paid for named employees",
  frm=ADDR("ahmadi"), to=HR_STW, subj="Gruppen-BU 3 300 044 – Leistungsübersicht Juli 2026", date="2026-07-01 08:30", sig="ahmadi", html=True,
  body="""Sehr geehrte Frau Krings,

für Ihre Entgeltabrechnung (Beitragsbefreiung/Zuschüsse) die laufenden Leistungen aus der
Gruppen-BU im Juli:

[[t]]

Frau Hamacher ist nicht mehr enthalten; das Beschwerdeverfahren läuft noch.

Mit freundlichen Grüßen""",
  tables={"t": ([("Pers.-Nr.", "Name", "BU seit", "Rente mtl. EUR", "Beitragsbefreiung", "befristet bis"),
                 ("2119", "Ralf Esser", "01.03.2026", "1.200,00", "ja", "31.03.2027"),
                 ("2260", "Piet Dahmen", "01.09.2026", "—", "Antrag in Prüfung", "—"),
                 ("1744", "Gerda Steinfurt", "01.11.2022", "980,00", "ja", "unbefristet")], "pad")})

M("N", "de", "internal", "trap: HTML table of claims turnaround KPIs incl. health, aggregated",
  frm=ADDR("kroeger"), to="Leistung Kranken Teamleitungen <lk-tl@versicherer.example>", subj="Durchlaufzeiten Mai", date="2026-06-02 07:44", sig="kroeger", sigstyle="short", html=True,
  body="""Hallo zusammen,

die Durchlaufzeiten im Mai:

[[t]]

Psychotherapie-Anträge bleiben der Engpass (Gutachterverfahren). Bitte Rückstände bis 15.06. abbauen.

Sabine""",
  tables={"t": ([("Vorgangsart", "Eingänge", "Ø Tage", "Ziel", "Rückstand"),
                 ("Arztrechnungen ambulant", "48.211", "3,1", "5", "1.102"),
                 ("Krankenhausrechnungen", "6.930", "4,8", "5", "390"),
                 ("Heil- und Kostenpläne Zahn", "3.412", "9,7", "10", "288"),
                 ("Psychotherapie-Anträge", "611", "21,4", "15", "197"),
                 ("Hilfsmittel", "1.877", "6,2", "10", "74")], "pad")})

M("S", "de", "service-provider", "bland body; TXT call note names a caller with breast cancer diagnosis and daily sick pay",
  frm=TELESERV, to="Leistung Krankentagegeld <kt-leistung@versicherer.example>", subj="Gesprächsnotiz Ticket 2026-06-1187", date="2026-06-11 14:22", orgname="TeleServ Dialog GmbH",
  body="""Hallo,

Gesprächsnotiz im Anhang, bitte Rückruf durch die Fachabteilung.

TeleServ Dialog GmbH – Backoffice""",
  att=[TXT("Gespraechsnotiz_2026-06-1187.txt", """Ticket: 2026-06-1187   Datum: 11.06.2026 13:58   Agent: 204
Anrufer: Frau Claudia Behrendt, KT 55 412 007, geb. 03.12.1971 (Identifikation ok)
Anliegen: Krankentagegeld
Notiz: Kundin hat im Mai die Diagnose Brustkrebs erhalten (Mammakarzinom links), OP am 02.06.
im Brustzentrum Köln-Holweide, ab Juli Chemotherapie für ca. 6 Monate. Sie ist selbstständig
(Steuerberaterin) und fragt, ab wann KT gezahlt wird und ob ein Attest des Onkologen reicht.
Rückruf gewünscht: 0221 6607781, ab 15 Uhr.
""", enc="utf-8")])

M("N", "en", "insurer-to-company", "trap: SFTP connection details for census file exchange, no data",
  frm=ADDR("raman"), to="Vantari IT Operations <itops@vantari-systems.example>", subj="SFTP access for census files – connection details",
  date="2026-04-20 13:00", sig="raman", sigstyle="short", lang="en",
  body="""Hello,

as agreed with Ms Greene, census files will from now on be exchanged via SFTP instead of e-mail.
Connection details are in the attached text file; the password follows by SMS.

Best,
Priya""",
  att=[TXT("sftp_vantari.txt", """Host:        sftp.versicherer.example
Port:        22
User:        vantari-census
Auth:        password (by SMS) + your public key (send us the key, ed25519 preferred)
Host key:    SHA256:q4Jm0vF2k7N9zRk1cHw4xYtP8aE3sLd6Uu0bGvT1nM8
Folders:     /in   (your uploads: census_YYYYMM.csv)
             /out  (our confirmations)
Retention:   files are deleted 30 days after processing
""")])

M("C", "de", "company", "ZIP: fidelity insurance list of named employees with payment authority and card limits (non-personal line)",
  frm="Kessler Bau AG – Finanzen <finanzen@kessler-bau.example>", to=ADDR("achterberg"), subj="Vertrauensschadenversicherung – Unterlagen zur Risikoprüfung",
  date="2026-08-18 16:03", orgname="Kessler Bau AG",
  body="""Sehr geehrter Herr Dr. Achterberg,

anbei die angeforderten Unterlagen für die Vertrauensschadenversicherung (Fragebogen und Liste
der zahlungsberechtigten Personen).

Mit freundlichen Grüßen
Svenja Albers
Vorstand Finanzen, Kessler Bau AG""",
  att=[ZIP("VSV_Kessler_Bau_2026.zip", [
      PDF("Fragebogen_VSV_ausgefuellt.pdf", [
          ("h", "Fragebogen Vertrauensschadenversicherung"),
          "Unternehmen: Kessler Bau AG, Köln; Mitarbeitende: 1.140; Umsatz 2025: 412 Mio. EUR",
          "Vier-Augen-Prinzip bei Zahlungen > 10.000 EUR: ja. Interne Revision: ja (2 FTE).",
          "Vertrauensschäden in den letzten 5 Jahren: 1 (2022, Lieferantenbetrug, 48.000 EUR).",
      ]),
      XLSX("Zahlungsberechtigte_Stand_08-2026.xlsx", {"Berechtigte": [
          ("Name", "Funktion", "Einzelzeichnung bis EUR", "Firmenkreditkarte Limit EUR"),
          ("Svenja Albers", "CFO", 500000, 20000),
          ("Gerd Wilmsen", "Prokurist", 100000, 10000),
          ("Jana Olbrich", "Leiterin Treasury", 250000, 5000),
          ("Mustafa Demirci", "Kreditorenbuchhaltung", 10000, 0),
          ("Beate Kruse", "Lohnbuchhaltung", 10000, 0),
      ]}, author="Albers"),
  ])])

M("S", "en", "company", "ZIP inside ZIP: receipts of a named employee's hospital treatment in Dubai under the international health plan",
  frm="Global Mobility – Vantari <mobility@vantari-systems.example>", to=ADDR("whitfield"), subj="Claim documents – K. Dahl, Dubai", date="2026-03-17 06:52",
  orgname="Vantari Systems GmbH", lang="en",
  body="""Dear Ms Whitfield,

on behalf of our assignee Kristoffer Dahl (member no. 7710034-031) please find his claim
documents attached. He is still in hospital, hence we are submitting them.

Regards,
Global Mobility Team""",
  att=[ZIP("Dahl_claim_March2026.zip", [
      PDF("Claim_form_Dahl.pdf", [
          ("h", "International Health Plan - Claim Form"),
          "Member: Kristoffer Dahl, DOB 09/12/1983, member no. 7710034-031, employer Vantari Systems",
          "Treatment country: United Arab Emirates. Reason: excision of a suspicious skin lesion on the back, histology: malignant melanoma (pT2a), re-excision with sentinel lymph node biopsy planned.",
          "Bank account for reimbursement: member's own account (see receipts).",
      ]),
      ZIP("receipts.zip", [
          PDF("Invoice_CityHospital_Dubai_88213.pdf", [
              ("h", "Mediclinic City Hospital Dubai - Invoice 88213"),
              "Patient: Mr Kristoffer Dahl, MRN 4471102",
              ("t", [("Date", "Service", "AED"), ("2026-03-09", "Dermatology consultation", "950"),
                     ("2026-03-10", "Excision biopsy, histopathology", "6,400"), ("2026-03-15", "Wide local excision, SLNB, 2 nights", "38,700")]),
          ]),
          TXT("pharmacy_receipt.txt", "Aster Pharmacy Dubai Healthcare City\n2026-03-16  Paracetamol 1g x20  AED 18.50\n2026-03-16  Amoxicillin/Clav 875/125 x14  AED 64.00\nPatient: K. Dahl\n"),
      ]),
  ])])

M("N", "en", "insurer-to-broker", "trap: ZIP marketing pack (brochure PDF and press release DOCX) on bKV and mental health",
  frm=ADDR("baumann"), to=LONBROKER, subj="Marketing pack: corporate health 2027", date="2026-11-10 11:30", sig="baumann", sigstyle="short", lang="en",
  body="""Dear Ms Fenwick,

as promised, the English marketing pack for the corporate health launch – feel free to use it with
your multinational clients.

Best wishes,
Julia Baumann""",
  att=[ZIP("Corporate_health_2027_pack.zip", [
      PDF("Brochure_corporate_health_2027.pdf", [
          ("h", "Corporate Health 2027 - healthy employees, strong company"),
          "Dental budget up to EUR 1,200 a year, glasses and contact lenses, preventive check-ups, private room in hospital.",
          "New: Mental Health module - five sessions of psychological counselling, online CBT programmes for anxiety and depression, 24/7 video GP.",
          "No health questions. No waiting periods. From 10 employees.",
      ]),
      DOCX("Press_release_2026-11-10.docx", [
          ("h", "Versicherer launches mental health module for company health insurance"),
          "Cologne, 10 November 2026 - Sick days due to mental disorders have doubled in ten years. Versicherer responds with a new module for its company health insurance ...",
      ], author="Baumann"),
  ])])

M("S", "de", "internal", "nested forwards two deep: customer service forwards HR mail that forwards an employee's dental invoice question",
  frm=ADDR("kowalski"), to=ADDR("haberl"), subj="WG: WG: Rechnung Zahnarzt – bKV?", date="2026-04-27 15:09", sig="kowalski", sigstyle="short",
  body="""Hallo Frau Haberl,

kam im allgemeinen Postfach an, gehört zu Ihnen (bKV Bäckerei Lindemann). Ich habe nichts beantwortet.

Gruß Lena Kowalski""",
  att=[EML(INNER("Karin Lindemann <k.lindemann@baeckerei-lindemann.example>", "service@versicherer.example", "WG: Rechnung Zahnarzt – bKV?",
                 "2026-04-27 12:40", """Hallo,

meine Mitarbeiterin hat mich gebeten, das weiterzuleiten, sie kommt mit dem Portal nicht klar.

Karin Lindemann""", "<5b2e9c1a-44d7-4e1a-b1f0-7a2d3c8e9f10@baeckerei-lindemann.example>",
                 att=[EML(INNER("Jelena Marković <jelena.markovic88@mailbox.example>", "Karin Lindemann <k.lindemann@baeckerei-lindemann.example>",
                                "Rechnung Zahnarzt – bKV?", "2026-04-26 19:03", """Hallo Frau Lindemann,

können Sie das bitte an die Versicherung schicken? Ich hatte eine Wurzelbehandlung an Zahn 46
und eine Krone, Rechnung Dr. Sahin 1.386,40 €. Zahlt das die neue Firmenversicherung? Ich bin
seit 01.04. drin.

Danke, Jelena""", "<CAK9mD3xq0Rr@mailbox.example>"), fn="Rechnung Zahnarzt.eml")]),
      fn="WG Rechnung Zahnarzt - bKV.eml")])

M("C", "de", "broker", "forwarded request to add the managing director's private car (birth date, plate) to the fleet; no injury",
  frm="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", to=ADDR("kaya"), subj="WG: Privatfahrzeug GF in Flotte aufnehmen?", date="2026-05-27 10:48",
  orgname="Brandl Assekuranzmakler GmbH",
  body="""Hallo Herr Kaya,

siehe unten – geht das im Flottenvertrag Kessler Bau (FL 88 402 990)? Ansonsten bräuchte ich ein
Einzelangebot.

Gruß Brandl""",
  att=[EML(INNER("Svenja Albers <s.albers@kessler-bau.example>", "Kai-Uwe Brandl <brandl@brandl-assekuranz.example>",
                 "Privatfahrzeug GF in Flotte aufnehmen?", "2026-05-26 18:12", """Hallo Herr Brandl,

Dr. Kessler möchte seinen privaten Porsche Taycan (K-FK 1968, Halter er selbst, geb. 21.10.1968)
über die Firmenflotte versichern, weil er ihn auch dienstlich nutzt. SF-Klasse bei der
Vorversicherung: SF 25. Ist das möglich?

Gruß S. Albers""", "<9a8b7c6d-0001-4abc-9def-20260526181200@kessler-bau.example>"))])

M("N", "de", "insurer-to-supplier", "trap: forwarded shredding-service quote (destruction of medical files), only company data",
  frm=ADDR("krueger"), to=ADDR("meier"), subj="WG: Angebot Aktenvernichtung Schutzklasse 3", date="2026-06-09 09:32", sig="krueger", sigstyle="short",
  body="""Hallo Herr Meier,

bevor ich bestelle: passt das Angebot zu den Anforderungen für Leistungsakten mit
Gesundheitsdaten (Schutzklasse 3, Sicherheitsstufe P-4)?

Gruß Stefan Krüger""",
  att=[EML(INNER("Vernichtung Rheinland GmbH <angebote@vernichtung-rheinland.example>", ADDR("krueger"),
                 "Angebot Aktenvernichtung Schutzklasse 3", "2026-06-08 14:01", """Sehr geehrter Herr Krüger,

gerne bieten wir an:

- 40 abschließbare Datenschutzbehälter 240 l, Leerung 14-täglich
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4, im geschlossenen Fahrzeug
- Vernichtungsprotokoll je Leerung
- Preis: 6,90 EUR je Behälterleerung, Sonderleerung 35 EUR

Zertifikate (ISO 27001, Entsorgungsfachbetrieb) auf Anfrage.

Mit freundlichen Grüßen
Vernichtung Rheinland GmbH""", "<ang-2026-0608-1401@vernichtung-rheinland.example>"))])

M("S", "de", "assessor", "medical expert report PDF on invalidity of a named group-accident insured",
  frm=MEDEX, to=ADDR("dreyer"), subj="Gutachten U-26-00731 (Paschke) – Invaliditätsbemessung", date="2026-08-25 15:36", orgname="MedExpert Gutachten GmbH",
  body="""Sehr geehrter Herr Dreyer,

anbei das fachchirurgische Gutachten. Rechnung folgt separat.

Mit freundlichen Grüßen
Sekretariat Dr. med. Albrecht Kampe""",
  att=[PDF("Gutachten_U-26-00731_Paschke.pdf", [
      ("h", "Fachchirurgisches Gutachten zur Invaliditätsbemessung"),
      "Versicherter: Uwe Paschke, geb. 09.07.1973 - Gruppenunfall 6 400 118 - Unfall vom 03.02.2026",
      "Untersuchung am 18.08.2026. Diagnose: in leichter Fehlstellung verheilte distale Radiusfraktur rechts (S52.51) nach Plattenosteosynthese; Bewegungseinschränkung Handgelenk (Ext./Flex. 40-0-35), Kraftminderung Faustschluss rechts.",
      "Bemessung nach Gliedertaxe: 2/10 Handwert = 11 % Invalidität (Handwert 55 %). Keine unfallfremden Vorerkrankungen.",
      "Endzustand: erreicht; Nachuntersuchung nicht erforderlich.",
      "Köln, 24.08.2026 - Dr. med. Albrecht Kampe, Facharzt für Chirurgie und Unfallchirurgie",
  ], title="Gutachten Paschke")])

M("N", "de", "insurer-to-broker", "trap: PDF excerpt of general accident conditions (Gliedertaxe percentages), no person",
  frm=ADDR("dreyer"), to="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", subj="Gliedertaxe Gruppenunfall – alt/neu", date="2026-02-27 13:15", sig="dreyer", sigstyle="short",
  body="""Hallo Herr Brandl,

wie gewünscht der Vergleich der Gliedertaxe alt (AUB 2014) und neu (GUB 2026) als PDF.

Gruß Matthias Dreyer""",
  att=[PDF("Gliedertaxe_alt_neu.pdf", [
      ("h", "Gliedertaxe - Gruppenunfallversicherung"),
      ("t", [("Verlust oder Funktionsunfähigkeit", "AUB 2014", "GUB 2026"),
             ("Arm", "70 %", "75 %"), ("Hand", "55 %", "60 %"), ("Daumen", "20 %", "22 %"),
             ("Zeigefinger", "10 %", "12 %"), ("Bein über Mitte Oberschenkel", "70 %", "75 %"),
             ("Fuß", "40 %", "45 %"), ("Auge", "50 %", "55 %"), ("Gehör auf einem Ohr", "30 %", "30 %"),
             ("Geruchssinn", "10 %", "10 %")]),
      "Für andere Körperteile und Sinnesorgane richtet sich der Invaliditätsgrad danach, inwieweit die normale körperliche oder geistige Leistungsfähigkeit insgesamt beeinträchtigt ist.",
  ], title="Gliedertaxe")])

M("C", "en", "insurer-to-employee", "employment confirmation with salary for a named insurer employee's rental application",
  frm=ADDR("lehmkuhl"), to="Arjun Mehta <arjun.mehta@versicherer.example>", subj="Employment confirmation (for your landlord)", date="2026-05-15 10:40", sig="lehmkuhl", lang="en",
  body="""Dear Mr Mehta,

as requested, attached is the employment confirmation for your flat application. It is signed
electronically; the landlord can verify it with the code at the bottom.

Kind regards""",
  att=[DOCX("Employment_confirmation_Mehta.docx", [
      ("h", "Confirmation of Employment"),
      "We hereby confirm that Mr Arjun Mehta, born 14 February 1994, has been employed by Versicherer Holding AG, Cologne, as Data Engineer since 1 April 2026 under a permanent employment contract. The probation period ends on 30 September 2026.",
      "His gross monthly salary is EUR 6,000.00 (annual EUR 72,000.00). His employment is not under notice.",
      "Cologne, 15 May 2026 - Britta Lehmkuhl, HR / Payroll - verification code VH-EC-26-0511",
  ], author="Lehmkuhl")])

M("S", "de", "internal", "XLSX of pending underwriting cases with named applicants and required medical evidence",
  frm=ADDR("peters"), to=ADDR("schulte"), subj="Offene Fälle Risikoprüfung KW 22", date="2026-05-29 17:02", sig="peters", sigstyle="short",
  body="""Hallo Frau Schulte,

meine offene Liste vor dem Urlaub, bitte an Dr. Hasselbach übergeben, falls etwas eilt.

H. Peters""",
  att=[XLSX("Risikopruefung_offen_KW22.xlsx", {"offen": [
      ("Antrag", "Antragsteller", "geb.", "Produkt", "Summe EUR", "fehlend", "Anlass"),
      ("L-7740301", "Jörg Wittek", "1975-08-02", "Risikoleben", 500000, "Arztbericht Kardiologie", "Z. n. Stent 2023"),
      ("B-2210877", "Nele Fricke", "1996-01-19", "SBU", "1.800/Monat", "Therapeutenbericht", "Psychotherapie 2022-2023"),
      ("B-2210912", "Omar Haddad", "1989-10-30", "SBU", "2.500/Monat", "Röntgenbefund LWS", "Bandscheibe"),
      ("L-7740355", "Sabine Kröger", "1972-03-14", "Risikoleben", 250000, "HbA1c aktuell", "Diabetes Typ 2"),
  ]}, author="Peters")])

M("N", "de", "internal", "trap: underwriting guideline table by diagnosis (no person)",
  frm=ADDR("hasselbach"), to="Risikoprüfung Leben/BU <rp-leben@versicherer.example>", subj="Annahmerichtlinien BU – Aktualisierung Kapitel F und M",
  date="2026-01-14 12:00", sig="hasselbach", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ab 01.02. gelten die überarbeiteten Richtlinien für psychische Erkrankungen und Rücken. Übersicht
in der Anlage; das vollständige Handbuch liegt im Wiki.

Ulrike Hasselbach""",
  att=[XLSX("Annahmerichtlinien_BU_F_M_2026.xlsx", {"Richtlinien": [
      ("ICD", "Diagnose", "behandlungsfrei seit", "Votum"),
      ("F32.0/F43.2", "leichte depressive Episode / Anpassungsstörung, einmalig", "> 2 Jahre", "normal"),
      ("F32.1", "mittelgradige depressive Episode", "> 5 Jahre", "Ausschluss psych. Erkrankungen oder Zuschlag"),
      ("F33.x", "rezidivierende depressive Störung", "-", "Ablehnung"),
      ("M54.5", "Kreuzschmerz, unspezifisch", "> 1 Jahr", "normal"),
      ("M51.1", "Bandscheibenvorfall mit Radikulopathie", "> 3 Jahre", "Ausschluss Wirbelsäule"),
  ]}, author="Hasselbach")])

M("C", "de", "service-provider", "payroll provider CSV: named employees leaving the staff household group contract (non-personal line)",
  frm=LOHNPRO, to=ADDR("demir"), subj="Austritte Gruppenvertrag Hausrat – Mandant 4471 – 06/2026", date="2026-06-26 22:10", client="system",
  mailer="LohnPro Connect 3.1", orgname="LohnPro Service GmbH",
  body="""Automatisch erzeugte Nachricht – bitte nicht antworten.
Mandant 4471 Brückner Feinmechanik GmbH, Austritte Gruppenvertrag HR-GR 5 500 321, Stichtag 30.06.2026.""",
  att=[CSV("Austritte_HR_4471_202606.csv", [
      ("PERSNR", "NAME", "VORNAME", "ANSCHRIFT", "AUSTRITT", "GRUND"),
      ("10497", "Öztürk", "Emre", "Brühler Str. 30, 42657 Solingen", "31.07.2026", "Pflegezeit - Abzug ruht"),
      ("08822", "Brandes", "Holger", "Lützowstr. 4, 42653 Solingen", "30.06.2026", "Austritt Unternehmen"),
  ])])

M("S", "de", "service-provider", "payroll provider CSV: named employees leaving the bKV group contract (health line, no medical word)",
  frm=LOHNPRO, to=ADDR("haberl"), subj="Austritte bKV – Mandant 4471 – 06/2026", date="2026-06-26 22:11", client="system",
  mailer="LohnPro Connect 3.1", orgname="LohnPro Service GmbH",
  body="""Automatisch erzeugte Nachricht – bitte nicht antworten.
Mandant 4471 Brückner Feinmechanik GmbH, Austritte Gruppenvertrag bKV KV-GR 4471-0, Stichtag 30.06.2026.""",
  att=[CSV("Austritte_bKV_4471_202606.csv", [
      ("PERSNR", "NAME", "VORNAME", "GEBDAT", "KVNR", "AUSTRITT", "FORTSETZUNG_EINZEL"),
      ("08822", "Brandes", "Holger", "1981-07-12", "KV-GR 4471-0-061", "30.06.2026", "J"),
      ("06613", "Wu", "Lina", "1990-02-25", "KV-GR 4471-0-088", "30.06.2026", "N"),
  ])])

M("N", "en", "internal", "trap: synthetic census test file with fictitious people, clearly marked",
  frm=ADDR("raman"), to="Quantis Project Team <quantis-project@versicherer.example>", subj="Synthetic census file for UAT (no real data)",
  date="2026-03-26 15:20", sig="raman", sigstyle="short", lang="en",
  body="""Hi team,

attached is the synthetic census file for the UAT of the import (generated, 6 rows shown here,
the 50k version is on the test share). All persons are fictitious; the IBAN column uses the
published example IBAN only.

Priya""",
  att=[CSV("census_SYNTHETIC_uat.csv", [
      ("employee_id", "surname", "first_name", "date_of_birth", "start_date", "plan", "salary", "iban", "comment"),
      ("T-0001", "Mustermann", "Max", "1980-01-01", "2026-01-01", "COMPLETE", "50000", "DE89370400440532013000", "SYNTHETIC"),
      ("T-0002", "Musterfrau", "Erika", "1964-08-12", "2026-01-01", "DENTAL", "42000", "DE89370400440532013000", "SYNTHETIC"),
      ("T-0003", "Testperson", "Anna", "31.02.1990", "2026-01-01", "COMPLETE", "", "", "SYNTHETIC invalid date"),
      ("T-0004", "Beispiel", "Jonas", "03/04/1990", "2026-01-01", "VISION", "38000", "", "SYNTHETIC ambiguous date"),
      ("T-0005", "Probe", "Lea", "1999-12-31", "2026-02-01", "XYZ", "", "", "SYNTHETIC unknown plan"),
      ("T-0006", "Dummy", "Ali", "", "2026-02-01", "COMPLETE", "", "", "SYNTHETIC missing DOB"),
  ], sep=",")])

M("C", "en", "insurer-to-customer", "relocation goods insurance for a named employee moving to Singapore; XLSX inventory with values",
  frm=ADDR("osei"), to="Tomasz Wrona <tomasz.wrona@vantari-systems.example>", subj="Your household goods transit cover – policy TR 5 120 7781",
  date="2026-05-08 11:50", sig="osei", lang="en",
  body="""Dear Mr Wrona,

your relocation from Munich to Singapore is covered from door to door (pick-up 22 May, Maistraße
17, 80337 Munich; delivery 3 July, 12 Holland Grove Road, Singapore). Please check the valued
inventory attached – items above EUR 5,000 must be listed individually.

Premium: EUR 684.00, invoiced to Vantari Systems GmbH as agreed in your relocation package.

Kind regards""",
  att=[XLSX("Inventory_Wrona_TR5120-7781.xlsx", {"Inventory": [
      ("Item", "Description", "Value EUR"),
      (1, "Household contents (general), 48 boxes", 18500),
      (2, "Piano Yamaha U1", 6900),
      (3, "Road bike Canyon Ultimate", 5200),
      (4, "Painting (oil, J. Wrona 1978)", 3000),
      ("", "Total sum insured", 33600),
  ]}, author="Osei")])

M("S", "de", "insurer-to-assessor", "bland body; ICS names an insured and her psychiatric assessment",
  frm=ADDR("ahmadi"), to="Dr. med. Regine Falkenstein <praxis@falkenstein-psychiatrie.example>", subj="Begutachtungstermin", date="2026-07-06 12:44", sig="ahmadi", sigstyle="short",
  body="""Sehr geehrte Frau Dr. Falkenstein,

wie telefonisch besprochen der Termin als Einladung. Die Akte kommt über das Portal.

Mit freundlichen Grüßen""",
  att=[ICS("Termin.ics", "d7-gbu260031-psych@versicherer.example", "Psychiatrische Begutachtung Birgit Hamacher (GBU-26-0031)",
           "20260721T090000", "20260721T130000", ("Leyla Ahmadi", "leyla.ahmadi@versicherer.example"),
           [("Dr. med. Regine Falkenstein", "praxis@falkenstein-psychiatrie.example")], location="Praxis Dr. Falkenstein, Aachener Str. 201, 50931 Köln",
           description="Zweitgutachten im Beschwerdeverfahren. Vorbefunde: mittelgradige depressive Episode F32.1, Fibromyalgie M79.70; Frage nach Leistungsfähigkeit als Sachbearbeiterin in %.")])

M("N", "de", "internal", "trap: quarterly meeting invitation with the reinsurer, agenda only",
  frm=ADDR("stone"), to=[ADDR("ahmadi"), ADDR("okafor")], subj="Quartalsgespräch Rhenania Re – Agenda", date="2026-08-31 09:00", sig="stone", sigstyle="short",
  body="""Hallo zusammen,

Einladung zum Quartalsgespräch mit Rhenania Re (Herr Weinzierl kommt persönlich).

Agenda: 1. Schadenverlauf Gruppen-BU 2. Vertragsverlängerung 2027 3. Pandemieklausel 4. Sonstiges
Bitte keine Einzelfälle vorbereiten, die besprechen wir nur bei Bedarf über den sicheren Kanal.

Rebecca""",
  att=[ICS("Quartalsgespraech_RhenaniaRe.ics", "d7-rhenania-q3@versicherer.example", "Quartalsgespräch Rhenania Re",
           "20260917T100000", "20260917T120000", ("Rebecca Stone", "rebecca.stone@versicherer.example"),
           [("Leyla Ahmadi", "leyla.ahmadi@versicherer.example"), ("Chidi Okafor", "chidi.okafor@versicherer.example"),
            ("Konrad Weinzierl", "k.weinzierl@rhenania-re.example")], location="Raum 6.01 Rheinblick")])

M("C", "de", "insurer-to-customer", "ICS for an on-site inspection at named customers' home (buildings claim)",
  frm=ADDR("demir"), to="Erwin Pohl <erwin.pohl@t-post.example>", subj="Besichtigungstermin Ihr Schaden S-26-112044", date="2026-09-16 14:25", sig="demir",
  body="""Sehr geehrter Herr Pohl,

wie besprochen kommt unser Regulierer Herr Faßbender am Dienstag zu Ihnen, um den Sturmschaden
am Dach und an der Garage anzusehen. Den Termin habe ich Ihnen als Kalendereintrag beigefügt.

Mit freundlichen Grüßen""",
  att=[ICS("Besichtigung_S-26-112044.ics", "d7-s26112044@versicherer.example", "Schadenbesichtigung Wohngebäude Pohl",
           "20260922T100000", "20260922T110000", ("Aylin Demir", "aylin.demir@versicherer.example"),
           [("Erwin Pohl", "erwin.pohl@t-post.example")], location="Eichenweg 7, 53773 Hennef",
           description="Wohngebäudeversicherung WG 3 100 442 871, VN Erwin und Hilde Pohl. Sturm 12.09.2026: Dachziegel, Garagentor, Regenrinne.")])

M("N", "de", "insurer-to-company", "trap: construction-all-risk quote for a clinic extension, company only",
  frm=ADDR("hartmann"), to="Bauabteilung Sankt-Elisabeth-Klinik <bau@st-elisabeth-klinik.example>", subj="Angebot Bauleistungsversicherung Neubau OP-Trakt",
  date="2026-10-07 10:30", sig="hartmann",
  body="""Sehr geehrte Damen und Herren,

für den Neubau des OP-Traktes (4 OP-Säle, Aufwachraum, Zentralsterilisation; Bausumme 23,4 Mio. EUR,
Bauzeit 11/2026–03/2028) bieten wir eine Bauleistungsversicherung an:

- Versicherungssumme: Bausumme inkl. Medizintechnik-Installationen bis zur Abnahme
- Einschluss: Elementarschäden, Diebstahl eingebauter Teile, Schäden an Altbauten bis 500.000 EUR
- Selbstbehalt: 2.500 EUR je Schaden, Elementar 25.000 EUR
- Prämie: 0,94 ‰ der Bausumme = 21.996 EUR zzgl. VersSt. für die gesamte Bauzeit

Die Montageversicherung für Großgeräte (MRT, Angiographie) bieten wir separat an.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-partner", "mobile one-liner to the reinsurer: named claimant admitted to psychiatric day clinic",
  frm=ADDR("ahmadi"), to=RE_RHEN, subj="Re: GBU-26-0031", date="2026-08-03 19:12", client="mobile", lang="en",
  body="""Konrad – quick update: Mrs Hamacher was admitted to a psychiatric day clinic last week, second opinion postponed to Sept. Will send details via the portal. Leyla""")

M("N", "en", "internal", "mobile one-liner about a meeting, nothing sensitive",
  frm=ADDR("paulsen"), to=ADDR("stone"), subj="Re: pooling call", date="2026-04-16 08:51", client="mobile", lang="en",
  body="""Stuck on the A3, start without me, I'll dial in from the car. H.""")

M("C", "de", "insurer-to-broker", "fleet quote for a sole-trader taxi business: owner's birth date and claims history",
  frm=ADDR("kaya"), to="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", subj="Angebot Taxiflotte Erol Şahin e.K. (4 Fahrzeuge)", date="2026-03-04 11:21", sig="kaya", client="thunderbird",
  body="""Hallo Herr Brandl,

für Ihren Kunden Herrn Erol Şahin (Taxiunternehmen, Einzelkaufmann, geb. 17.05.1970) kann ich die
vier Taxen in eine Kleinflotte übernehmen. Mit der Vorschadenhistorie (2 Haftpflichtschäden 2024,
1 Kasko 2025, alle ohne Personenschaden) liegen wir bei:

  Haftpflicht 100 Mio. pauschal      4 x 2.140 EUR
  Vollkasko SB 1.000 / TK SB 300      4 x 1.380 EUR
  Summe                               14.080 EUR netto p. a.

Bedingung: Telematik-Box in allen Fahrzeugen. Gültig bis 31.03.

Gruß Serkan Kaya""")

M("S", "de", "insurer-to-customer", "reply quoting an applicant's answers about past psychotherapy (medical underwriting)",
  frm=ADDR("peters"), to="Nele Fricke <nele.fricke@posteo-mail.example>", subj="Re: Rückfrage zu Ihrem BU-Antrag B-2210877", date="2026-06-04 09:18", sig="peters", client="thunderbird",
  body="""Sehr geehrte Frau Fricke,

vielen Dank für Ihre offenen Antworten. Damit wir entscheiden können, benötigen wir noch einen
kurzen Bericht Ihrer damaligen Therapeutin (Formular liegt im Portal); die Kosten übernehmen wir.
Nach Eingang melde ich mich innerhalb einer Woche.

Mit freundlichen Grüßen""",
  quote="""Am 02.06.2026 um 21:47 schrieb Nele Fricke:
> Sehr geehrte Frau Dr. Peters,
>
> zu Ihren Fragen: Ich war von März 2022 bis Oktober 2023 in ambulanter
> Verhaltenstherapie (insgesamt 36 Sitzungen) wegen einer Angststörung mit
> Panikattacken nach dem Tod meines Vaters. Medikamente habe ich nicht
> genommen. Arbeitsunfähig war ich deswegen 3 Wochen im April 2022.
> Seit Ende der Therapie geht es mir gut.
>
> Viele Grüße
> Nele Fricke""")

M("N", "de", "insurer-to-customer", "trap: template for complaint answers with «placeholders», no person",
  frm=ADDR("lorenz"), to="Beschwerdemanagement Team <beschwerde-team@versicherer.example>", subj="Neue Textbausteine Beschwerdeantworten bKV",
  date="2026-05-05 13:40", sig="lorenz", sigstyle="short",
  body="""Hallo Team,

ab sofort bitte diese Bausteine für bKV-Beschwerden verwenden:

B-BKV-01 (Wartezeit):
„«Anrede» «Name», Sie haben sich über die Ablehnung der Leistung für «Behandlung» vom
«Datum» beschwert. Nach § «Paragraf» der Versicherungsbedingungen beginnt der Versicherungsschutz
für Zahnersatz nach einer Wartezeit von acht Monaten …“

B-BKV-02 (laufende Behandlung):
„… war die Behandlung bei Versicherungsbeginn bereits angeraten …“

B-BKV-03 (Arbeitgeber fragt nach):
„Bitte haben Sie Verständnis, dass wir Ihnen als Arbeitgeber keine Auskunft zu Leistungsfällen
Ihrer Beschäftigten geben dürfen.“

Daniela""")

M("C", "en", "auditor", "auditor's confirmation request listing named board members' remuneration (income)",
  frm=AUDIT, to=ADDR("morgan"), subj="FY2025 – board remuneration note, reconciliation", date="2026-02-24 12:08", orgname="Carrow Lyle LLP", lang="en",
  body="""James,

for the remuneration note in the annual report we need your confirmation of the following
figures (EUR k) by Friday:

Board member             Fixed    Variable   Pension service cost   Total
Dr Helmut Sander         620      310        112                    1,042
Birgit Oppermann         410      180         71                      661
Andreas Köhnen           450      205         84                      739
Marion Feldkamp          395      170         58                      623

Mr Köhnen's variable pay includes a one-off retention bonus of EUR 50k that we need the board
resolution for.

Thanks,
Oliver""")

M("S", "de", "internal", "BU claim review: named insured, medication list and psychiatric findings",
  frm=ADDR("stanek"), to=ADDR("peters"), subj="Nachprüfung BU-24-00318 – bitte ärztliche Einschätzung", date="2026-05-13 14:12", sig="stanek", sigstyle="short",
  body="""Hallo Frau Dr. Peters,

zur überfälligen Nachprüfung (Feststellung Revision) bei Frau Kerstin Fahl: Der aktuelle
Befundbericht der Psychiaterin vom 30.04. nennt weiterhin eine rezidivierende depressive Störung,
gegenwärtig mittelgradig (F33.1), Medikation Venlafaxin 225 mg und Quetiapin 50 mg zur Nacht,
zwei stationäre Aufenthalte 2025. Eine Rückkehr in den Beruf als Filialleiterin sei „nicht absehbar“.

Reicht Ihnen das für die Weiterleistung bis zur nächsten Nachprüfung in 24 Monaten oder brauchen
wir ein Gutachten?

Oliver Stanek""")

M("N", "de", "insurer-to-company", "trap: invitation to an employer forum on occupational pensions",
  frm=ADDR("paulsen"), to="Firmenkunden bAV Verteiler <bav-arbeitgeber@versicherer.example>", subj="Einladung: Arbeitgeberforum bAV 2026 am 24. September",
  date="2026-08-10 08:00", sig="paulsen",
  body="""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum Arbeitgeberforum bAV ein:

Donnerstag, 24. September 2026, 10–16 Uhr, Rheinloft Köln

- Betriebsrentenstärkungsgesetz II: Was ändert sich für Arbeitgeber?
- Opting-out-Modelle in der Praxis – Erfahrungen eines Mittelständlers
- Digitale Entgeltumwandlung: vom Lohnbüro direkt ins Portal
- Gesundheit und Vorsorge zusammen denken: bKV und bAV als Paket

Die Teilnahme ist kostenfrei. Anmeldung bis 10.09. unter www.versicherer.example/arbeitgeberforum.

Mit freundlichen Grüßen""")

M("C", "de", "customer", "Windows-1252 mail from a sole trader with his tax number and turnover for commercial liability",
  frm="Malermeister Andreas Pütz <info@maler-puetz.example>", to=ADDR("becker"), subj="Umsatzmeldung 2025 Betriebshaftpflicht", date="2026-02-09 19:33",
  client="outlook", charset="windows-1252",
  body="""Sehr geehrter Herr Becker,

wie jedes Jahr die Umsatzmeldung für die Beitragsabrechnung:

Umsatz 2025 (netto): 287.400 €
davon Subunternehmer: 31.000 €
Beschäftigte: 3 + 1 Azubi
Steuernummer: 216/5032/1184, Finanzamt Siegburg

Der Umsatz ist gestiegen, weil wir den großen Auftrag in der Schule in Troisdorf hatten.

Mit freundlichen Grüßen
Andreas Pütz
Malermeister""")

M("S", "de", "company", "ISO-8859-1 mail: HR reports an employee's pregnancy and employment ban for the bKV/bAV",
  frm="Karin Lindemann <k.lindemann@baeckerei-lindemann.example>", to=ADDR("haberl"), subj="Mitarbeiterin schwanger - was ist mit der Versicherung?", date="2026-09-01 06:12",
  client="thunderbird", charset="iso-8859-1", flowed=False, cte="quoted-printable",
  body="""Guten Morgen Frau Haberl,

unsere Verkäuferin Jelena Markovic hat mir gestern gesagt, dass sie schwanger ist (12. Woche).
Der Frauenarzt hat ihr ein Beschäftigungsverbot für die Backstube ausgesprochen, wegen des
Mehlstaubs und ihrer Vorgeschichte mit Asthma. Bleibt sie in der bKV versichert, wenn sie
nicht arbeitet? Und zahlt die bKV was für die Schwangerschaft?

Gruß
Karin Lindemann
Bäckerei Lindemann GmbH""")

M("N", "de", "system", "trap: base64-encoded portal notification without content",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="s.albers@kessler-bau.example", subj="Neue Nachricht in Ihrem SecureMail-Postfach",
  date="2026-08-19 09:02", client="system", cte="base64",
  body="""Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht von Dr. Jan Achterberg (Financial Lines)
für Sie bereit. Melden Sie sich unter https://securemail.versicherer.example an, um sie zu lesen.

Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.
Versicherer Allgemeine Versicherung AG""")

M("S", "en", "company", "base64 body: HR forwards a doctor's note about an employee's burnout sick leave for group disability waiting period",
  frm=HR_VANT, to=ADDR("ahmadi"), subj="Group disability – sick note F. Heidecker", date="2026-11-18 15:40", client="outlook", cte="base64",
  orgname="Vantari Systems GmbH", lang="en",
  body="""Dear Ms Ahmadi,

for the waiting period under our group disability contract, please note the sick leave of our
managing director. His doctor's note (text copied from the scan, with his consent):

"Mr Florian Heidecker has been unable to work since 2 November 2026 because of an exhaustion
syndrome with depressive symptoms (Z73.0, F32.1). Inpatient psychosomatic treatment at the
Schön Klinik Roseneck is planned from 30 November for 6-8 weeks. - Dr. med. K. Brenninkmeyer,
specialist for psychiatry and psychotherapy, Munich"

Please let me know which forms he needs to fill in.

Rachel Greene""")

M("N", "en", "insurer-to-partner", "trap: draft treaty clause on exclusions (pandemic, HIV/AIDS wording), no person",
  frm=ADDR("stone"), to=RE_NORDIC, subj="GL-QS 2027 – draft exclusions clause for comment", date="2026-10-22 16:05", sig="stone", sigstyle="short", lang="en",
  body="""Ingrid,

our proposal for the revised exclusions clause of the group life quota share:

"Article 9 – Exclusions
9.1 The Reinsurer shall follow the exclusions of the original policies.
9.2 Losses caused by a pandemic declared by the WHO are covered up to an aggregate of 300 % of the
    annual ceded premium.
9.3 The former exclusion of HIV/AIDS-related deaths (Art. 9.4 of the 2019 wording) is deleted,
    as the original policies no longer contain it.
9.4 Nuclear, biological and chemical terrorism: excluded above EUR 5m per event."

Comments by 6 November, please.

Rebecca""")

M("C", "de", "supplier", "printer error: letters of named motor customers put in wrong envelopes; names and addresses listed",
  frm=DRUCK, to=[ADDR("engel"), ADDR("meier")], subj="Fehlkuvertierung Job 26-0917 (Kfz-Beitragsrechnungen) – Meldung", date="2026-09-18 12:30", orgname="Druckhaus Rhein-Sieg GmbH",
  body="""Sehr geehrter Herr Engel, sehr geehrter Herr Meier,

bei Job 26-0917 ist an Kuvertierlinie 3 eine Fehlkuvertierung passiert: in 6 Kuverts lagen jeweils
zwei Beitragsrechnungen. Betroffen (Empfänger des Kuverts / fremde Rechnung darin):

1. Sven Lützenkirchen, Siegburg – Rechnung von Olaf Bredemeier (K 88 402 119)
2. Olaf Bredemeier, Gladbeck – Rechnung von Ingrid Pfaff (K 88 402 870)
3. Ingrid Pfaff, Bonn – Rechnung von Yusuf Kılıç (K 88 403 004)
4. Yusuf Kılıç, Köln – Rechnung von Hanne Wiese (K 88 403 311)
5. Hanne Wiese, Brühl – Rechnung von Tobias Rehn (K 88 403 512)
6. Tobias Rehn, Bornheim – Rechnung von Sven Lützenkirchen (K 88 401 776)

Die Rechnungen enthalten Name, Anschrift, Kennzeichen, SF-Klasse und Beitrag, keine Bankdaten.
Ursache: Sensor der Doppelblattkontrolle verschmutzt. Maßnahmenbericht folgt.

Mit freundlichen Grüßen
Qualitätsmanagement Druckhaus Rhein-Sieg""")

M("S", "de", "supplier", "printer error: pension statements (life contracts) of named employees mis-enveloped; XLSX list",
  frm=DRUCK, to=[ADDR("sommerfeld"), ADDR("meier")], subj="Fehlkuvertierung Job 26-0402b Standmitteilungen – Liste", date="2026-04-10 16:20", orgname="Druckhaus Rhein-Sieg GmbH",
  body="""Sehr geehrte Frau Sommerfeld, sehr geehrter Herr Meier,

leider ist uns bei den Standmitteilungen Direktversicherung eine Fehlkuvertierung unterlaufen
(Maschine 2, 09.04., 14:10–14:25). Die betroffenen Sendungen stehen in der Anlage.

Mit freundlichen Grüßen
Qualitätsmanagement Druckhaus Rhein-Sieg""",
  att=[XLSX("Fehlkuvertierung_26-0402b.xlsx", {"betroffen": [
      ("lfd", "Empfänger Kuvert", "enthaltene fremde Standmitteilung", "Vertrag", "Arbeitgeber"),
      (1, "Marek Kowalczyk", "Sandra Reinartz", "71 330 612", "Brückner Feinmechanik"),
      (2, "Sandra Reinartz", "Annika Vogt", "71 330 614", "Brückner Feinmechanik"),
      (3, "Annika Vogt", "Bernd Theisen", "71 220 118", "Brückner Feinmechanik"),
      (4, "Günter Lammert", "Heike Schwarting", "71 401 227", "Nordlicht Logistik"),
  ]}, author="QM Druckhaus")])

M("N", "de", "supplier", "trap: printer's test print with the synthetic person Erika Mustermann",
  frm=DRUCK, to=ADDR("sommerfeld"), subj="Testdruck Standmitteilung 2027 (Musterdaten)", date="2026-11-24 10:05", orgname="Druckhaus Rhein-Sieg GmbH",
  body="""Sehr geehrte Frau Sommerfeld,

anbei der Testdruck mit den Musterdaten aus Ihrer Testdatei. Bitte Freigabe bis 01.12.

Freundliche Grüße
Tanja Weyer""",
  att=[PDF("Testdruck_Standmitteilung_2027.pdf", [
      ("small", "MUSTER - TESTDRUCK - KEINE ECHTEN DATEN"),
      "Frau Erika Mustermann\nHeidestraße 17\n51147 Köln",
      ("h", "Ihre Standmitteilung zur Direktversicherung 2027"),
      "Vertrag: 00 000 000 - Arbeitgeber: Muster GmbH - versicherte Person: Erika Mustermann, geb. 12.08.1964",
      ("t", [("", "EUR"), ("garantierte Altersrente", "412,18"), ("Rückkaufswert", "23.880,00"), ("Beitrag mtl.", "200,00")]),
      ("small", "MUSTER - TESTDRUCK"),
  ], title="Testdruck")])

M("C", "de", "insurer-to-lawyer", "recourse against a named employee driver for gross negligence (fleet, no injury)",
  frm=ADDR("schreiber"), to="Kanzlei Dr. Vossberg & Partner <sekretariat@vossberg-partner.example>", subj="Regress K-26-022410 – Fahrer Lüders (grobe Fahrlässigkeit)", date="2026-06-29 15:00", sig="schreiber",
  body="""Sehr geehrte Frau Dr. Vossberg,

wir beauftragen Sie mit der Prüfung eines Regresses gegen Herrn Finn Lüders, Lkw-Fahrer der
Nordlicht Logistik. Er hat am 11.06.2026 beim Rückwärtsrangieren auf dem Betriebshof das Rolltor
der Halle 3 beschädigt, während er nach Angaben von Zeugen mit dem Handy telefonierte.
Personen wurden nicht verletzt; Sachschaden 18.430 EUR (Rolltor, Zugmaschine).

Im Arbeitsverhältnis ist die Haftung nach den Grundsätzen des innerbetrieblichen
Schadensausgleichs begrenzt; Herr Lüders verdient laut Arbeitgeber 3.180 EUR brutto. Bitte
prüfen Sie, in welcher Höhe ein Regress realistisch ist.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: DOCX record of processing activities for the bKV, categories only",
  frm=ADDR("meier"), to=ADDR("haberl"), subj="VVT-Eintrag bKV – bitte prüfen", date="2026-03-06 11:11", sig="meier", sigstyle="short",
  body="""Hallo Verena,

anbei der aktualisierte Eintrag im Verzeichnis der Verarbeitungstätigkeiten für die bKV. Bitte
bis 20.03. fachlich prüfen, vor allem die Löschfristen.

Thomas""",
  att=[DOCX("VVT_bKV_2026.docx", [
      ("h", "Verzeichnis von Verarbeitungstätigkeiten – Betriebliche Krankenversicherung"),
      ("t", [("Feld", "Inhalt"),
             ("Zweck", "Durchführung von Gruppenverträgen der bKV, Leistungsbearbeitung"),
             ("Kategorien Betroffener", "Beschäftigte von Firmenkunden, mitversicherte Angehörige"),
             ("Datenkategorien", "Stammdaten (Name, Geburtsdatum, Personalnummer), Vertragsdaten, Gesundheitsdaten (Art. 9 DSGVO) aus Leistungsanträgen"),
             ("Rechtsgrundlage", "Art. 6 Abs. 1 lit. b, Art. 9 Abs. 2 lit. a/h DSGVO, § 213 VVG"),
             ("Empfänger", "Rückversicherer (nur aggregiert), IT-Dienstleister (AVV), Gutachter im Einzelfall"),
             ("Löschfristen", "10 Jahre nach Vertragsende; abgelehnte Anmeldungen 6 Monate"),
             ("TOM", "Verschlüsselung Transport (Portal, S/MIME), Rollenkonzept, Protokollierung")]),
  ], author="Meier")])
# ---------------------------------------------------------------- 0151-0200
PFLEGE = "Pflegedienst Sonnenschein GmbH <verwaltung@pflegedienst-sonnenschein.example>"
ASSIST = "GlobalAssist Operations <ops@globalassist.example>"

M("C", "de", "company", "trap-ish: care-service fleet ODS with named nurse drivers and plates; no health data of anyone",
  frm=PFLEGE, to=ADDR("kaya"), subj="Fahrzeugliste Flotte 2026 – Änderungen", date="2026-01-20 13:02", orgname="Pflegedienst Sonnenschein GmbH",
  body="""Sehr geehrter Herr Kaya,

anbei die aktuelle Fahrzeugliste mit den festen Fahrerinnen und Fahrern. Drei Smart sind
ausgetauscht worden (neue Kennzeichen).

Mit freundlichen Grüßen
Monika Brenig
Verwaltungsleitung""",
  att=[ODS("Fahrzeuge_Sonnenschein_2026.ods", {"Flotte": [
      ("Kennzeichen", "Fahrzeug", "Fahrer/in", "Tour", "Privatnutzung"),
      ("BN-PS 101", "Smart EQ fortwo", "Tanja Heuser", "Bonn-Beuel Früh", "nein"),
      ("BN-PS 102", "Smart EQ fortwo", "Mirko Laufenberg", "Bonn-Beuel Spät", "nein"),
      ("BN-PS 117", "VW ID.3", "Agnieszka Wójcik", "Königswinter", "ja (1 %-Regel)"),
      ("BN-PS 120", "Renault Zoe", "Katrin Eckel", "Bad Honnef", "nein"),
      ("SU-PS 9", "VW Caddy", "Hausmeister (wechselnd)", "-", "nein"),
  ]})])

M("N", "de", "insurer-to-company", "trap: fleet quote for a care service (company), vehicle counts only",
  frm=ADDR("kaya"), to=PFLEGE, subj="Angebot Flottenverlängerung 2027", date="2026-10-15 11:00", sig="kaya",
  body="""Sehr geehrte Frau Brenig,

für die Verlängerung Ihres Flottenvertrags zum 01.01.2027 (54 Fahrzeuge, überwiegend E-Kleinwagen
im ambulanten Pflegedienst) bieten wir an:

- Haftpflicht und Vollkasko unverändert, SB VK 500 EUR
- Beitrag 2027: 61.480 EUR netto (+3,9 %), Schadenquote 2025: 76 %
- Neu: Ladekabel und Wallboxen an den Stationen mitversichert
- Fahrsicherheitstraining für neue Mitarbeitende: Kostenzuschuss 50 %

Mit freundlichen Grüßen""")

M("S", "de", "company", "DOCX accident report: named nurse of a care service broke her ankle on a home visit (group accident)",
  frm=PFLEGE, to=ADDR("dreyer"), subj="Unfallmeldung Gruppenunfall – Frau Eckel", date="2026-02-04 10:40", orgname="Pflegedienst Sonnenschein GmbH",
  body="""Sehr geehrter Herr Dreyer,

anbei die Unfallmeldung unserer Mitarbeiterin. Sie liegt noch im Krankenhaus.

Mit freundlichen Grüßen
Monika Brenig""",
  att=[DOCX("Unfallmeldung_Eckel_2026-02-02.docx", [
      ("h", "Unfallmeldung Gruppenunfallversicherung 6 400 390"),
      "Verletzte: Katrin Eckel, geb. 27.06.1982, Altenpflegerin, Tour Bad Honnef",
      "Unfall: 02.02.2026, 07:20 Uhr, beim Hausbesuch auf der vereisten Außentreppe eines Patienten gestürzt.",
      "Verletzung: Sprunggelenksfraktur rechts (Weber B), OP am 03.02. im Cura-Krankenhaus Bad Honnef, Entlassung voraussichtlich 06.02.; Teilbelastung 6 Wochen.",
      "Arbeitsunfähig seit 02.02.2026.",
  ], author="Brenig")])

M("S", "en", "partner", "reinsurer's claims audit selection: named group life claimants (life line), no medical word",
  frm=RE_NORDIC, to=ADDR("stone"), subj="Claims audit 2026 – file selection", date="2026-09-28 10:20", orgname="Nordic Life Re", lang="en",
  body="""Dear Rebecca,

for our claims audit on 13–14 October in Cologne we have selected the following group life files
from the bordereaux. Please have the complete files ready (electronic is fine):

GL-25-0088  Günter Wessels     Halvorsen Maritime        paid 2025-06
GL-25-0140  Irina Baumgart     Kessler Bau AG            paid 2025-11
GL-26-0112  Peter Strohmeier   Vantari Systems GmbH      paid 2026-03
GL-26-0177  Hans-Jörg Riehl    Stadtwerke Hellenthal     pending

Kind regards,
Ingrid Holmberg
Senior Claims Manager, Nordic Life Re, Stockholm""")

M("N", "en", "partner", "trap: reinsurer's claims audit report summary, no names",
  frm=RE_NORDIC, to=ADDR("stone"), subj="Claims audit October 2026 – summary of findings", date="2026-10-30 14:45", orgname="Nordic Life Re", lang="en",
  body="""Dear Rebecca,

thank you for the hospitality. Summary of our findings (full report follows):

- 12 files reviewed, all claims handled in line with the treaty and the original policy terms.
- Average time from complete documentation to payment: 6 working days (benchmark 10).
- One file lacked the beneficiary's ID copy at the time of payment (added later) – minor.
- Recommendation: include the death certificate in the electronic file, not only on paper.

No impact on the 2027 renewal terms.

Kind regards,
Ingrid""")

M("C", "de", "internal", "compliance PEP hit on a named managing director with birth date",
  frm=ADDR("ziegler"), to=ADDR("hartmann"), subj="PEP-Treffer Neukunde Weberei Kleine-Wörmann KG", date="2026-03-13 09:50", sig="ziegler", sigstyle="short",
  body="""Hallo Herr Hartmann,

beim Onboarding-Screening hat der Komplementär-Geschäftsführer Herr Ansgar Kleine-Wörmann,
geb. 02.11.1958, einen PEP-Treffer: er ist seit 2024 Mitglied des Kreistags Borken.
Das ist ein „PEP light“; verstärkte Sorgfaltspflichten nach § 15 GwG sind für die Sachversicherung
nicht zwingend, aber bitte die Mittelherkunft der Einmalprämie (48.000 EUR) dokumentieren.

Ralf Ziegler""")

M("N", "de", "internal", "trap: ICS invitation to anti-money-laundering training",
  frm=ADDR("ziegler"), to="Firmenkunden Sach <fk-sach@versicherer.example>", subj="Einladung: GwG-Schulung 2026", date="2026-04-21 08:10", sig="ziegler", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

die jährliche Schulung zum Geldwäschegesetz ist Pflicht für alle mit Firmenkundenkontakt.
Termin im Anhang, Dauer 60 Minuten.""",
  att=[ICS("GwG-Schulung.ics", "d7-gwg-2026@versicherer.example", "GwG-Pflichtschulung Firmenkunden",
           "20260512T130000", "20260512T140000", ("Ralf Ziegler", "ralf.ziegler@versicherer.example"),
           [("Firmenkunden Sach", "fk-sach@versicherer.example")], location="Teams")])

M("S", "de", "internal", "complaint PDF: named bKV member's glasses claim with dioptre values and eye condition",
  frm=ADDR("lorenz"), to=ADDR("haberl"), subj="Beschwerde BES-26-0660 (bKV Sehhilfe) – Schreiben anbei", date="2026-07-14 10:05", sig="lorenz", sigstyle="short",
  body="""Hallo Frau Haberl,

bitte um Stellungnahme, das Beschwerdeschreiben hängt an.

Daniela""",
  att=[PDF("BES-26-0660_Beschwerde.pdf", [
      "Lina Wu, Friedrich-Ebert-Str. 21, 42719 Solingen - bKV-Nr. KV-GR 4471-0-088",
      ("h", "Beschwerde über die Erstattung meiner Brille"),
      "Sehr geehrte Damen und Herren, Sie haben von meiner Gleitsichtbrille (1.240 EUR) nur 150 EUR erstattet. Ich habe eine starke Kurzsichtigkeit (rechts -7,25 dpt, links -6,75 dpt, Zyl. -1,5) und einen beginnenden Grauen Star, deshalb brauche ich die Spezialgläser. Mein Augenarzt Dr. Mertens hat das bescheinigt (Anlage).",
      "Ich bitte um Nachzahlung. Mit freundlichen Grüßen, Lina Wu",
  ], title="Beschwerde")])

M("C", "de", "internal", "motor claim complaint: named customer, settlement amount and IBAN; no injury",
  frm=ADDR("lorenz"), to=ADDR("brenner"), subj="BES-26-0702 – Frau Haddad, Kaskoschaden K-25-091755", date="2026-07-20 14:33", sig="lorenz", sigstyle="short",
  body=f"""Hallo Herr Brenner,

Frau Nadia Haddad beschwert sich, dass von der Kaskoentschädigung (3.899,99 EUR) 300 EUR
Selbstbeteiligung abgezogen wurden, obwohl sie den Tarif ohne SB habe. Laut Vertrag
K 88 399 041 stimmt das (Tarifwechsel zum 01.01.2025). Bitte prüfen und ggf. nachzahlen auf
{IB("DE", "430609670000012345", group=4)}.

Daniela Lorenz""")

M("N", "de", "internal", "trap: out-of-office auto-reply from the group accident team",
  frm=ADDR("dreyer"), to=ADDR("lorenz"), subj="Automatische Antwort: BES-26-0711", date="2026-08-04 09:00", client="system", mailer="Microsoft Exchange",
  headers={"X-Auto-Response-Suppress": "All"},
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.08. nicht im Büro. In dringenden
Fällen zur Gruppenunfallversicherung wenden Sie sich bitte an gruppenunfall@versicherer.example
oder +49 221 555-4700. Ihre Nachricht wird nicht weitergeleitet.

Matthias Dreyer""")

M("S", "en", "insurer-to-partner", "medical evacuation of a named seconded employee with severe malaria",
  frm=ADDR("whitfield"), to=ASSIST, subj="URGENT: medevac Lagos – member 7710034-044 (R. Adeyemi-Schulz)", date="2026-08-14 03:12", sig="whitfield", sigstyle="short", lang="en", importance="high",
  body="""GlobalAssist Ops,

please organise an air ambulance Lagos – Johannesburg for our member:

Name: Robert Adeyemi-Schulz, DOB 11/05/1979, German passport
Employer: Vantari Systems (international health plan IHP 7 710 034)
Current location: Reddington Hospital, Victoria Island, Lagos
Diagnosis: severe falciparum malaria, parasitaemia 8 %, acute kidney injury, on IV artesunate
Treating physician requests transfer to ICU level care. Guarantee of payment up to USD 95,000
is hereby given.

Please confirm ETA. I am on call all night: +49 171 5550 7710.

Emma Whitfield""")

M("N", "en", "partner", "trap: assistance company's monthly statistics, counts only",
  frm=ASSIST, to=ADDR("whitfield"), subj="Monthly report August 2026 – Versicherer IHP", date="2026-09-03 12:00", orgname="GlobalAssist", lang="en",
  body="""Monthly report – August 2026

Cases opened: 214 (July: 188)
  Outpatient guarantees of payment      121
  Inpatient guarantees of payment        61
  Medical evacuations / repatriations     4
  Travel assistance (lost documents etc.) 28
Average time to guarantee: 2.4 hours
Top countries: UAE, Singapore, USA, Nigeria, China

Invoices for evacuations will be sent separately. No complaints this month.

GlobalAssist Operations""")

M("C", "en", "partner", "stolen wallet and passport of a named employee on a business trip (travel, no health)",
  frm=ASSIST, to=ADDR("seidel"), subj="Case GA-26-09-1182 – lost documents Austin (F. Heidecker)", date="2026-09-17 23:40", orgname="GlobalAssist", lang="en",
  body="""Dear Ms Seidel,

we assisted your insured Florian Heidecker (business travel policy RV-GR 4 640 215, Vantari
Systems GmbH) on 17 September: his wallet and passport were stolen at a restaurant in Austin.
Police report APD 26-2601187 obtained. We arranged an appointment at the German Consulate
General in Houston for an emergency passport on 18 September and rebooked his return flight to
23 September (change fee USD 410, hotel extension 1 night USD 289). Credit cards were blocked by
him. No injuries.

Please confirm cover for the additional costs.

GlobalAssist Operations, case handler M. Ortiz""")

M("S", "de", "company", "ODT employer job description for a bAV disability claim of a named nurse, incl. sick-leave start",
  frm=PFLEGE, to=ADDR("stanek"), subj="Tätigkeitsbeschreibung Frau Wójcik – BU-Antrag", date="2026-05-19 14:10", orgname="Pflegedienst Sonnenschein GmbH",
  body="""Sehr geehrter Herr Stanek,

auf Ihre Anforderung die Tätigkeitsbeschreibung. Bei Rückfragen rufen Sie gern an.

Monika Brenig""",
  att=[ODT("Taetigkeitsbeschreibung_Wojcik.odt", [
      ("h", "Tätigkeitsbeschreibung (Arbeitgeberauskunft)"),
      "Mitarbeiterin: Agnieszka Wójcik, geb. 05.10.1977, examinierte Altenpflegerin, Vollzeit 39 Std.",
      "Tätigkeit: Grund- und Behandlungspflege in der Häuslichkeit (ca. 14 Patienten/Tour), Lagerung und Transfer von Patienten bis 100 kg, Fahrtzeit ca. 25 %.",
      "Arbeitsunfähig seit: 09.09.2025 (Schulter-OP links, anschließend Rotatorenmanschettenruptur rechts).",
      "Umsetzung in die Verwaltung nicht möglich.",
  ])])

M("N", "de", "insurer-to-company", "trap: blank ODT job-description form for employers",
  frm=ADDR("stanek"), to=PFLEGE, subj="Vordruck Tätigkeitsbeschreibung", date="2026-05-12 09:05", sig="stanek", sigstyle="short",
  body="""Sehr geehrte Frau Brenig,

hier der Vordruck, den wir für die Prüfung von BU-Anträgen vom Arbeitgeber benötigen. Bitte
ausfüllen und über das Portal zurücksenden.""",
  att=[ODT("Vordruck_Taetigkeitsbeschreibung.odt", [
      ("h", "Tätigkeitsbeschreibung (Arbeitgeberauskunft) – Vordruck"),
      "Mitarbeiter/in: ____________________  geb.: __________",
      "Berufsbezeichnung / Qualifikation: ____________________",
      ("t", [("Teiltätigkeit", "Anteil an der Arbeitszeit %", "körperliche Belastung"), ("", "", ""), ("", "", ""), ("", "", "")]),
      "Arbeitsunfähig seit: __________   Umsetzungsmöglichkeiten: ____________________",
  ])])

M("C", "de", "internal", "company-car list of named insurer staff with list prices (taxable benefit, income)",
  frm=ADDR("lehmkuhl"), to="Fuhrpark intern <fuhrpark@versicherer.example>", subj="Dienstwagen – geldwerter Vorteil ab 07/2026", date="2026-06-22 10:30", sig="lehmkuhl", sigstyle="short",
  body="""Hallo Fuhrpark,

für die Lohnabrechnung Juli bitte ich um Bestätigung der Bruttolistenpreise und Entfernungskilometer:

[[t]]

Danke, Britta""",
  tables={"t": ([("Name", "Fahrzeug", "BLP EUR", "km Wohnung-Arbeit", "gwV mtl. EUR"),
                 ("Frank Reuter", "VW ID.7 Tourer", "58.940", "38", "147,35"),
                 ("Katharina Vogel", "Skoda Enyaq", "51.200", "12", "128,00"),
                 ("Bernd Falk", "BMW 320d Touring", "54.300", "61", "1.536,69")], "pad")})

M("C", "en", "insurer-to-employee", "payslip correction for a named employee (salary, tax class)",
  frm=ADDR("lehmkuhl"), to="Arjun Mehta <arjun.mehta@versicherer.example>", subj="Correction of your May payslip", date="2026-06-03 13:22", sig="lehmkuhl", sigstyle="short", lang="en",
  body="""Dear Mr Mehta,

your May payslip was calculated with tax class I instead of tax class III after your marriage
was registered on 2 May. The correction will be made with the June payroll:

  Gross salary May          EUR 6,000.00
  Income tax (class I)      EUR 1,283.41
  Income tax (class III)    EUR   712.08
  Refund in June            EUR   571.33 (plus solidarity surcharge correction)

Please send us your spouse's tax ID if you want her included for the church tax check.

Kind regards,
Britta Lehmkuhl""")

M("S", "en", "supplier", "IT vendor ticket with a TXT log excerpt containing a named customer's hospital claim and diagnosis",
  frm="Quantis Support <support@quantis-software.example>", to=ADDR("hoffmann"), subj="[QS-114822] Payment run failed for claim HC-26-118204", date="2026-07-22 08:14", orgname="Quantis Software Ltd", lang="en",
  body="""Hello Lukas,

we analysed the log you uploaded. The payment run failed because the claim line has a negative
amount after the GOÄ correction. Relevant excerpt attached. Please correct the line and restart.

Note: the log contains personal data; we have deleted it from our ticket system after analysis.

Quantis Support""",
  att=[TXT("excerpt_QS-114822.log", """2026-07-21 23:02:11 ERROR PaymentRun - claim=HC-26-118204 line=3 amount=-212.40 not allowed
2026-07-21 23:02:11 DEBUG ClaimDump - insured=Hatice Korkmaz dob=1981-03-02 policy=KV 55 409 211
2026-07-21 23:02:11 DEBUG ClaimDump - provider=Universitätsklinikum Köln dept=Neurochirurgie admission=2026-06-29 discharge=2026-07-06
2026-07-21 23:02:11 DEBUG ClaimDump - icd=M50.1 ops=5-831.2 drg=I10E chief_physician=Y
2026-07-21 23:02:11 DEBUG ClaimDump - payee_iban=DE..7731 amount_total=8412.77
""")])

M("N", "en", "supplier", "trap: IT vendor maintenance window announcement",
  frm="Quantis Support <support@quantis-software.example>", to="IT-Betrieb Bestandssysteme <it-bestand@versicherer.example>", subj="Planned maintenance – ClaimsCore SaaS, 8 August 22:00–02:00 CEST", date="2026-07-30 16:00", orgname="Quantis Software Ltd", lang="en",
  body="""Dear customer,

we will perform planned maintenance on the ClaimsCore SaaS platform (EU-West region):

Start: Saturday, 8 August 2026, 22:00 CEST
End:   Sunday, 9 August 2026, 02:00 CEST
Impact: ClaimsCore UI and API unavailable; scheduled batch jobs (payment runs, bordereau exports)
        will be postponed to 02:30.

No action required. Status page: status.quantis-software.example

Quantis Support""")

M("C", "de", "internal", "security alert: staff member opened a named prominent customer's contracts without a case (property/motor)",
  frm=ADDR("fischer"), to=["Markus Thiel <markus.thiel@versicherer.example>", ADDR("meier")], subj="Auffälliger Zugriff – VIP-Kunde, Bitte um Klärung", date="2026-11-05 11:48", sig="fischer", sigstyle="short",
  body="""Hallo Herr Thiel,

unser SIEM hat am 04.11. um 21:14 Uhr einen Zugriff des Nutzers U-1187 (Ihr Team) auf die
Verträge von Herrn Dr. Stefan Ohm (Fernsehmoderator, Kd.-Nr. 7001 0042: Hausrat, Wohngebäude,
Kfz K 88 400 019) gemeldet. Zu den Verträgen gibt es keinen offenen Vorgang. Angesehen wurden
Anschrift, Bankverbindung und die Schadenhistorie.

Bitte klären Sie bis Freitag, ob es einen dienstlichen Anlass gab. Herr Meier ist in Kopie.

Tim Fischer""")

M("N", "de", "internal", "trap: IT ticket about the scanner for doctors' invoices, no documents or persons",
  frm=ADDR("hoffmann"), to="Posteingang Leistung Kranken <posteingang-lk@versicherer.example>", subj="INC0051207 – Scanstraße 2 (Arztrechnungen) ausgefallen", date="2026-06-18 07:12", sig="hoffmann", sigstyle="short",
  body="""Guten Morgen,

die Scanstraße 2 im Posteingang (Arztrechnungen/Krankenhausrechnungen) ist seit 06:40 Uhr
ausgefallen – Einzugsmodul defekt, Techniker von Kodak ist um 10 Uhr da. Bitte bis dahin alle
Belege über Scanstraße 1 und 3 laufen lassen. Die OCR-Klassifizierung ist nicht betroffen.

Lukas""")

M("S", "de", "service-provider", "scan service CSV of unreadable scans with named insured and document types (doctor's report, hospital bill)",
  frm="ScanPoint Dokumentenservice <qualitaet@scanpoint.example>", to="Posteingang Leistung Kranken <posteingang-lk@versicherer.example>", subj="Nicht lesbare Belege 17.06.", date="2026-06-17 18:45", orgname="ScanPoint Dokumentenservice GmbH",
  body="""Guten Abend,

anbei die Belege, die die OCR nicht zuordnen konnte und die auch manuell nicht lesbar waren.
Originale liegen im Sicherheitsbehälter zur Abholung.

ScanPoint Qualitätssicherung""",
  att=[CSV("nicht_lesbar_2026-06-17.csv", [
      ("Scan-ID", "Versicherte/r lt. Deckblatt", "Vers.-Nr.", "Dokumentart", "Problem"),
      ("SP-88120", "Gertrud Halfmann", "KV 55 101 228", "Arztbericht Kardiologie", "Seite 2 fehlt"),
      ("SP-88133", "Yannick Ruppert", "KV 55 318 440", "Krankenhausrechnung (Psychiatrie)", "Thermopapier verblasst"),
      ("SP-88141", "Ingeborg Lenz", "PT 61 002 771", "Pflegegutachten MD", "stark verschmutzt"),
      ("SP-88157", "unbekannt", "-", "Rezept", "kein Deckblatt"),
  ])])

M("N", "de", "service-provider", "trap: scan service monthly SLA report, counts by document type",
  frm="ScanPoint Dokumentenservice <qualitaet@scanpoint.example>", to=ADDR("marx"), subj="SLA-Bericht Mai 2026", date="2026-06-05 09:30", orgname="ScanPoint Dokumentenservice GmbH",
  body="""Sehr geehrter Herr Marx,

SLA-Bericht Mai 2026:

Dokumente gesamt               612.410
  Arztrechnungen               288.004
  Krankenhausrechnungen         31.220
  Rezepte / Heilmittel          94.118
  Kfz / Sach                   112.870
  Sonstiges                     86.198
Verarbeitung < 24 h             99,2 % (SLA 98 %)
Fehlerquote Indexierung          0,31 % (SLA 0,5 %)
nicht lesbar                       412

Mit freundlichen Grüßen
ScanPoint Dokumentenservice GmbH""")

M("C", "de", "insurer-to-lawyer", "company legal expenses: employer claims wage repayment from a named ex-employee (salary figures)",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Timo Brakel <kanzlei@brakel-arbeitsrecht.example>", subj="Firmen-Rechtsschutz Brückner Feinmechanik – Rückforderung Überzahlung Holger Brandes", date="2026-08-06 10:20", sig="lindqvist",
  body="""Sehr geehrter Herr Brakel,

für Ihre Mandantin Brückner Feinmechanik GmbH (Firmen-Rechtsschutz RS 2 881 004 118) erteilen
wir Deckung für die Klage gegen den ausgeschiedenen Mitarbeiter Herrn Holger Brandes auf
Rückzahlung überzahlten Gehalts: Nach Austritt am 30.06. wurde das Juligehalt (4.210 EUR brutto,
2.688,17 EUR netto) versehentlich weitergezahlt; Herr Brandes beruft sich auf Entreicherung.

Streitwert 2.688,17 EUR; Selbstbeteiligung 250 EUR.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-lawyer", "company legal expenses: dismissal because of a named employee's frequent illness, sick days and diagnosis",
  frm=ADDR("lindqvist"), to="Rechtsanwalt Timo Brakel <kanzlei@brakel-arbeitsrecht.example>", subj="RS 2 881 004 118 – Kündigungsschutzverfahren Gerlach ./. Brückner", date="2026-10-12 15:05", sig="lindqvist",
  body="""Sehr geehrter Herr Brakel,

auch für die Verteidigung Ihrer Mandantin im Verfahren der Mitarbeiterin Frau Monika Gerlach
besteht Deckung. Nach Ihrer Darstellung stützt sich die krankheitsbedingte Kündigung auf
Fehlzeiten von 58, 71 und 96 Arbeitstagen in den Jahren 2023–2025 (überwiegend wegen
rheumatoider Arthritis mit wiederholten Schüben) und eine negative Gesundheitsprognose des
Betriebsarztes.

Bitte beachten Sie, dass der betriebsärztliche Bericht nur mit Einwilligung von Frau Gerlach im
Verfahren verwendet werden darf.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: case-law summary on occupational-disability (abstract, no person)",
  frm=ADDR("schreiber"), to="Leistung Leben/BU <leistung-bu@versicherer.example>", subj="BGH IV ZR 118/25 – Verweisung bei Teilzeit (Kurzüberblick)", date="2026-04-23 12:30", sig="schreiber", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

kurz zum neuen BGH-Urteil (IV ZR 118/25):

- Bei einer vor Eintritt der BU ausgeübten Teilzeittätigkeit ist für den Grad der BU auf diese
  Teilzeittätigkeit abzustellen, nicht auf eine fiktive Vollzeit.
- Eine konkrete Verweisung setzt voraus, dass die neue Tätigkeit der bisherigen Lebensstellung
  entspricht; Einkommenseinbußen über 20 % sind in der Regel nicht mehr zumutbar.
- Bei psychischen Erkrankungen genügt ein Gutachten nach Aktenlage nicht, wenn die Versicherte
  persönlich untersucht werden kann.

Bitte laufende Fälle mit Teilzeit bis Ende Mai darauf prüfen.

Carola Schreiber""")

M("C", "en", "broker", "cargo theft claim: named truck driver and details of theft; no injuries",
  frm=LONBROKER, to=ADDR("osei"), subj="Cargo claim – theft of trailer at Calais (Assured: Hafenkühlhaus Bremen)", date="2026-11-12 17:25", orgname="Fenwick Marsden Ltd", lang="en",
  body="""Dear Mr Osei,

we notify the following loss under open cargo policy TP 5 120 0448:

Trailer HB-HK 2207 with 26 pallets of frozen seafood (invoice value EUR 188,400) was stolen from
the secure truck park at Calais Port on the night of 9/10 November. The driver, Mr Viktor
Pavlenko (Ukrainian national, employed by the subcontractor Pavlenko Trans s.r.o.), was asleep in
the tractor unit; the trailer was uncoupled and driven away. He was not harmed. French police
report no. 2026/11188.

Recovery agents have been instructed by the assured. Please appoint a surveyor.

Kind regards,
Harriet Fenwick""")

M("N", "en", "broker", "trap: D&O quote request for a company with financial ratios, no natural persons' data",
  frm=LONBROKER, to=ADDR("achterberg"), subj="D&O quote request – Halvorsen Maritime GmbH", date="2026-09-08 13:02", orgname="Fenwick Marsden Ltd", lang="en",
  body="""Dear Dr Achterberg,

could you quote primary D&O for Halvorsen Maritime GmbH, Hamburg (ship management, 230 staff,
German subsidiary of Halvorsen ASA, Oslo)?

- Limit EUR 10m, retention for the company EUR 50k
- Revenue 2025: EUR 61m, EBIT EUR 4.2m, equity ratio 38 %
- No claims in the last five years, no pending litigation
- Current insurer: a Lloyd's syndicate, premium EUR 27,500

Annual report and application form attached to follow via your portal.

Kind regards,
Harriet""")

M("S", "de", "company", "HR forwards an employee's beneficiary designation for his group life/direct insurance",
  frm=HR_BRUE, to=ADDR("sommerfeld"), subj="Änderung Bezugsrecht – Herr Kowalczyk", date="2026-10-02 10:50", orgname="Brückner Feinmechanik GmbH",
  body="""Hallo Frau Sommerfeld,

Herr Kowalczyk hat bei uns eine Änderung des Bezugsrechts für den Todesfall abgegeben
(Direktversicherung 71 330 611). Ich habe das Formular abgetippt, das Original kommt per Post:

  Bezugsberechtigt im Todesfall: Lebensgefährtin Justyna Nowicka, geb. 21.04.1993,
  Kölner Str. 140, 42651 Solingen – zu 100 %
  (bisher: „der Ehegatte, ersatzweise die Kinder“ – Herr Kowalczyk ist nicht verheiratet)

Unterschrieben am 30.09.2026.

Viele Grüße
Petra Hollmann""")

M("C", "de", "company", "leasing company reports total loss of a named employee's company car; no one hurt",
  frm="Flottenleasing Rhein GmbH <schaden@flottenleasing-rhein.example>", to=ADDR("kaya"), subj="Totalschaden Leasingvertrag 44-88120 / M-VS 2204", date="2026-12-09 09:36", orgname="Flottenleasing Rhein GmbH",
  body="""Sehr geehrter Herr Kaya,

das Fahrzeug M-VS 2204 (BMW i4, Leasingnehmer Vantari Systems GmbH, Nutzer Herr Arjun Mehta)
wurde am 04.12. bei einem Wildunfall auf der B13 bei Holzkirchen schwer beschädigt; laut Gutachten
wirtschaftlicher Totalschaden (Wiederbeschaffungswert 41.500 EUR, Restwert 9.800 EUR). Herr Mehta
blieb unverletzt.

Bitte überweisen Sie die Kaskoentschädigung an uns als Eigentümerin; die Ablöse laut Leasingvertrag
beträgt 44.912,30 EUR. Die Differenz (GAP) ist über unsere GAP-Deckung versichert.

Mit freundlichen Grüßen
Schadenabteilung""")

M("N", "de", "internal", "trap: list of first-aiders per floor (names, no health data)",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Ersthelferinnen und Ersthelfer 2026 – aktuelle Liste", date="2026-02-05 08:30", sig="richter", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

hier die aktuelle Liste der Ersthelfer/innen. Bitte hängen Sie sie in den Teeküchen aus.

[[t]]

Defibrillatoren (AED) hängen im Foyer, im 3. OG am Aufzug und im 6. OG vor der Kantine.
Notruf intern: 112 über jedes Telefon, zusätzlich Pforte -1000.

Anja Richter""",
  tables={"t": ([("Etage", "Ersthelfer/in", "Durchwahl"), ("EG / Pforte", "Jörg Wittek", "-1002"),
                 ("1.–2. OG", "Sabine Kröger", "-3412"), ("3.–4. OG", "Lukas Hoffmann", "-6000"),
                 ("5.–6. OG", "Daniela Lorenz", "-1077")], "pipe")})

M("S", "de", "internal", "first-aid book entry: named colleague's kitchen injury and treatment",
  frm=ADDR("richter"), to="Arbeitssicherheit <arbeitssicherheit@versicherer.example>", subj="Verbandbuch-Eintrag 2026/17", date="2026-03-24 15:10", sig="richter", sigstyle="short",
  body="""Hallo Arbeitssicherheit,

zur Info der Eintrag von heute:

Datum/Zeit: 24.03.2026, 12:35 Uhr, Teeküche 4. OG
Verletzte Person: Miriam Albrecht (Leistung Unfall)
Hergang: beim Aufschneiden eines Brötchens mit dem Brotmesser in den linken Daumen geschnitten
Erste Hilfe: Wunde gespült, Druckverband durch Ersthelfer Lukas Hoffmann; anschließend Vorstellung
beim Durchgangsarzt Dr. Reinhardt, Wunde mit 3 Stichen genäht, Tetanusimpfung aufgefrischt
Arbeitsunfähig: nein

Bitte prüfen, ob die Brotmesser in den Teeküchen durch Sicherheitsmesser ersetzt werden können.

Anja Richter""")

M("N", "en", "newsletter", "trap: English broker newsletter on group benefits with health vocabulary",
  frm="Versicherer Group Benefits <groupbenefits-news@versicherer.example>", to="intl-brokers@versicherer.example", subj="Group Benefits Germany – Autumn update 2026",
  date="2026-10-01 07:00", client="system", mailer="Mailingtool 5.2", lang="en",
  body="""Group Benefits Germany · Autumn update 2026

* Company health insurance (bKV): new Mental Health module – counselling sessions, online CBT for
  anxiety and depression, no health questions.
* Group disability: free cover limit raised to EUR 2,500 monthly benefit for groups above 100 lives.
* bAV: new digital onboarding – employees sign salary conversion agreements in the app.
* Webinar for international brokers: "German benefits in 45 minutes", 22 October, 15:00 CEST.

Unsubscribe: www.versicherer.example/en/unsubscribe
Versicherer Holding AG, Rheinuferstrasse 12, 50667 Cologne""")

M("C", "de", "insurer-to-broker", "tied agent (sole trader): commission statement with his income and IBAN",
  frm=ADDR("falk"), to="Versicherungsbüro Jürgen Kamps <kamps@vb-kamps.example>", subj="Provisionsabrechnung 09/2026 – Agentur 4711-22", date="2026-10-05 11:15", sig="falk",
  body=f"""Hallo Herr Kamps,

Ihre Provisionsabrechnung September:

  Abschlussprovision Sach/HUK          3.112,40 EUR
  Abschlussprovision bAV Firmenkunden  4.880,00 EUR
  Bestandsprovision                    2.204,18 EUR
  Stornohaftung                         -612,00 EUR
  Auszahlung                           9.584,58 EUR

Die Auszahlung erfolgt am 10.10. auf Ihr Konto {IB("DE", "305500000012345678", group=4)}.
Ihre Jahresprovision bis September: 71.902,33 EUR – damit sind Sie auf Kurs für die Stufe Gold.

Viele Grüße
Bernd Falk""")

M("N", "de", "internal", "trap: sales ranking per region, aggregated",
  frm=ADDR("falk"), to="Vertriebsleitung <vertriebsleitung@versicherer.example>", subj="Firmenkunden-Ranking Q3", date="2026-10-06 08:05", sig="falk", sigstyle="short",
  body="""Moin,

Q3 Neugeschäft Firmenkunden nach Regionen (Jahresbeitrag, EUR):

Region      bAV        bKV        Gruppenunfall   Flotte
Nord        412.000    188.000    61.000          240.000
West        655.000    301.000    92.000          118.000
Süd         388.000    244.000    40.000          305.000
Ost         190.000     72.000    38.000           66.000

West vorne dank zwei Großabschlüssen bAV. Glückwunsch!

Bernd""")

M("S", "en", "insurer-to-customer", "HTML-only claim statement with treatments of a named international health plan member",
  frm=ADDR("whitfield"), to="Kristoffer Dahl <k.dahl@vantari-systems.example>", subj="Your claim statement IHP-26-03318", date="2026-04-02 10:12", lang="en", body=None,
  html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Dahl,</p>
<p>we have settled your claim IHP-26-03318 (member no. 7710034-031):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoiced AED</th><th>Paid EUR</th></tr>
<tr><td>2026-03-09</td><td>Mediclinic City Hospital</td><td>Dermatology consultation</td><td>950</td><td>236.10</td></tr>
<tr><td>2026-03-10</td><td>Mediclinic City Hospital</td><td>Excision biopsy, histopathology (melanoma)</td><td>6,400</td><td>1,590.40</td></tr>
<tr><td>2026-03-15</td><td>Mediclinic City Hospital</td><td>Wide local excision, sentinel lymph node biopsy, 2 nights</td><td>38,700</td><td>9,617.00</td></tr>
</table>
<p>The hospital was paid directly. Your follow-up oncology check-ups are covered in full. We wish you a good recovery.</p>
<p>Kind regards,<br>Emma Whitfield<br>International Health Services</p>
</body></html>
""")

M("C", "de", "insurer-to-customer", "HTML table: named customer's premium account statement (household, liability, motor)",
  frm=ADDR("becker"), to="Yvonne Sturm <y.sturm@freemail.example>", subj="Ihr Beitragskonto – Stand 30.09.2026", date="2026-10-01 10:40", sig="becker", html=True,
  body="""Sehr geehrte Frau Sturm,

wie gewünscht Ihr Beitragskontoauszug:

[[t]]

Bitte überweisen Sie den offenen Betrag von 94,60 EUR bis 15.10., dann ist das Mahnverfahren erledigt.

Mit freundlichen Grüßen""",
  tables={"t": ([("Datum", "Vertrag", "Vorgang", "Soll EUR", "Haben EUR"),
                 ("01.07.2026", "PH 1 220 330 871", "Beitrag 3. Quartal", "31,20", ""),
                 ("01.07.2026", "HR 4 470 118 602", "Beitrag 3. Quartal", "63,40", ""),
                 ("15.07.2026", "", "Lastschrift zurückgegeben", "", ""),
                 ("02.09.2026", "PH 1 220 330 871", "Mahnung 2 (Gebühr 0,00)", "", ""),
                 ("30.09.2026", "", "Saldo", "94,60", "")], "pad")})

M("N", "de", "internal", "trap: HTML table of bAV participation rate by employer size, aggregated",
  frm=ADDR("paulsen"), to="Vorstandsstab <vorstandsstab@versicherer.example>", subj="bAV-Durchdringung im Bestand 2025", date="2026-03-18 12:12", sig="paulsen", sigstyle="short", html=True,
  body="""Hallo Vorstandsstab,

für die Vorstandsvorlage die Durchdringung (Anteil Beschäftigte mit Entgeltumwandlung) in unseren
Gruppenverträgen:

[[t]]

Opting-out-Modelle erreichen bei gleicher Größe rund 30 Prozentpunkte mehr.

Henrik Paulsen""",
  tables={"t": ([("Unternehmensgröße", "Gruppenverträge", "Beschäftigte", "mit Umwandlung", "Quote"),
                 ("10–49", "1.204", "28.300", "7.640", "27 %"),
                 ("50–249", "611", "71.900", "25.880", "36 %"),
                 ("250–999", "148", "66.200", "30.450", "46 %"),
                 ("ab 1.000", "22", "48.100", "31.260", "65 %")], "pad")})

M("S", "de", "internal", "group disability quote: census XLSX with named employees, birth dates and salaries (disability cover for named persons)",
  frm=ADDR("paulsen"), to=ADDR("okafor"), subj="Kalkulationsanfrage Gruppen-BU Kessler Bau – Bestandsliste", date="2026-07-27 16:30", sig="paulsen", sigstyle="short",
  body="""Hallo Chidi,

Kessler Bau möchte für die Bauleiter (62 Personen) eine Gruppen-BU. Der Makler hat leider die
Liste mit Klarnamen geschickt – bitte nur für die Kalkulation nutzen und danach löschen. Auszug:

Henrik""",
  att=[XLSX("Kessler_Bau_Bauleiter_Census.xlsx", {"Census": [
      ("Name", "geb.", "Eintritt", "Jahresgehalt EUR", "Tätigkeit", "Raucher"),
      ("Wilmsen, Gerd", "1968-02-14", "2022-04-01", 112000, "Leiter Recht", "nein"),
      ("Brosch, Kevin", "1990-07-08", "2015-08-01", 76400, "Bauleiter Tiefbau", "ja"),
      ("Akgül, Serdar", "1985-11-23", "2011-03-01", 81200, "Bauleiter Hochbau", "nein"),
      ("Lenz, Marina", "1993-05-30", "2019-09-01", 69900, "Bauleiterin", "nein"),
      ("…58 weitere Zeilen", "", "", "", "", ""),
  ]}, author="Brandl")])

M("N", "de", "internal", "trap: anonymised census (age, salary band, job class) for a group disability quote",
  frm=ADDR("okafor"), to=ADDR("paulsen"), subj="AW: Kalkulationsanfrage Gruppen-BU Kessler Bau – Bestandsliste", date="2026-07-28 10:05", sig="okafor", sigstyle="short",
  body="""Hallo Henrik,

ich habe die Klarnamen-Liste gelöscht und mit der anonymisierten Fassung gerechnet (Anlage).
Ergebnis: 2,9 % der Bruttolohnsumme für 50 % BU-Rente bis 67, Berufsgruppe 2. Bitte künftig nur
solche Listen von Maklern annehmen.

Chidi""",
  att=[CSV("Kessler_Bau_Census_anonym.csv", [
      ("Altersband", "Anzahl", "Gehaltsband EUR", "Berufsgruppe", "Raucheranteil"),
      ("25-34", 14, "60-80k", "2", "21 %"),
      ("35-44", 23, "70-90k", "2", "17 %"),
      ("45-54", 17, "80-100k", "2", "12 %"),
      ("55-67", 8, "> 90k", "1-2", "13 %"),
  ])])

M("C", "en", "company", "fleet: English list of company-car drivers with licence dates; no injury",
  frm=HR_VANT, to=ADDR("kaya"), subj="Company car list Q3 – updates", date="2026-07-03 14:40", orgname="Vantari Systems GmbH", lang="en",
  body="""Hi Mr Kaya,

updated list of company cars and drivers for the fleet contract FL 88 517 004:

Plate       Model              Driver               Licence since   Private use
M-VS 2201   Tesla Model Y      Florian Heidecker    1999            yes
M-VS 2204   BMW i4             Arjun Mehta          2016 (IN), 2026 (DE)   yes
M-VS 2207   VW ID.4            Rachel Greene        2004 (UK)       yes
M-VS 2210   VW ID.Buzz Cargo   pool vehicle         –               no

Mr Mehta's Indian licence was converted in June; please check whether this affects the rating.

Best,
Rachel""")

M("N", "en", "company", "trap: employer asks how to send census data securely, no data",
  frm=HR_VANT, to=ADDR("haberl"), subj="How should we send you employee lists?", date="2026-04-09 09:14", orgname="Vantari Systems GmbH", lang="en",
  body="""Hi Ms Haberl,

our new data protection officer says we must not send employee lists (names, dates of birth) by
normal e-mail anymore. What are the options on your side – portal, encrypted e-mail, SFTP?
We use Microsoft 365 and could do S/MIME if you give us your certificate.

Thanks,
Rachel""")

M("S", "de", "insurer-to-company", "care-cost add-on in the bKV: named employee's care-level claim",
  frm=ADDR("yilmaz"), to="Karin Lindemann <k.lindemann@baeckerei-lindemann.example>", subj="bKV-Pflegebaustein – Ihre Anfrage zu Herrn Jörres", date="2026-11-19 14:00", sig="yilmaz",
  body="""Sehr geehrte Frau Lindemann,

Herr Dieter Jörres hat uns gebeten, Sie als Arbeitgeberin zu informieren, da Sie ihn bei der
Antragstellung unterstützen: Wir haben seinen Antrag aus dem bKV-Baustein „Pflege“ geprüft. Nach
dem Gutachten des Medizinischen Dienstes (Pflegegrad 2 seit 01.10.2026, nach Schlaganfall) zahlen
wir ab Oktober ein monatliches Pflegegeld von 300 EUR an ihn.

Eine schriftliche Einwilligung von Herrn Jörres zu dieser Information liegt uns vor.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-employee", "staff member's own glass claim under the staff tariff: address, policy, amount",
  frm=ADDR("demir"), to="Lukas Hoffmann <lukas.hoffmann@versicherer.example>", subj="Dein Glasbruchschaden S-26-140812", date="2026-11-27 12:04", sig="demir", sigstyle="short",
  body="""Hallo Lukas,

dein Glasschaden (Ceranfeld, Wohnung Zülpicher Str. 212, 50937 Köln, Vertrag HR 4 474 001 922
Mitarbeitertarif) ist reguliert: 689 EUR gehen morgen auf dein Gehaltskonto. Die Rechnung vom
Elektrohändler brauche ich nicht mehr.

Gruß Aylin""")

M("N", "de", "internal", "trap: staff tariff overview incl. health tariffs, no person",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>", subj="Mitarbeiterangebote 2027 – Übersicht", date="2026-11-30 09:00", sig="weiss", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

die Mitarbeiterkonditionen für 2027 im Überblick:

- Kfz, Hausrat, Haftpflicht, Wohngebäude: 25 % Nachlass
- Zahnzusatz und Krankenhauszusatz: 15 % Nachlass, vereinfachte Gesundheitsprüfung
- Berufsunfähigkeit: Annahme bis 1.500 EUR Rente mit 3 statt 10 Gesundheitsfragen
- bAV: Arbeitgeberzuschuss 30 % statt gesetzlich 15 %

Abschluss über das Mitarbeiterportal; Ihre Angaben sieht die Personalabteilung nicht.

Nadine Weiß""")

M("S", "en", "insurer-to-customer", "new international health plan member: pre-existing type 1 diabetes covered with waiting period",
  frm=ADDR("whitfield"), to="Sofia Marchetti <sofia.marchetti@vantari-systems.example>", subj="Your enrolment – international health plan (pre-existing conditions)", date="2026-12-04 11:30", sig="whitfield", lang="en",
  body="""Dear Ms Marchetti,

welcome to the international health plan for your secondment to Singapore. Based on your medical
declaration we confirm:

- Your type 1 diabetes (diagnosed 2009, insulin pump therapy) is covered from the start, including
  pump supplies, sensors and insulin; no exclusion applies.
- Maternity cover: as your daughter was born in August, the 10-month waiting period does not apply to
  her; she is co-insured from 1 January 2027 without health questions.

Your member card follows by post.

Kind regards""")

M("N", "de", "internal", "trap: audit committee agenda, no persons' data",
  frm=ADDR("bauer"), to="Prüfungsausschuss <pruefungsausschuss@versicherer.example>", subj="Tagesordnung Prüfungsausschuss 08.12.", date="2026-11-24 17:00", sig="bauer", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

die Tagesordnung für die Sitzung am 08.12.2026:

1. Revisionsplan 2027 (Entwurf)
2. Prüfbericht IR-2026-03 Leistung BU – Umsetzungsstand der Maßnahmen
3. Prüfbericht IR-2026-07 Mahnwesen – Feststellungen
4. Bericht des Abschlussprüfers zur Prüfungsplanung 2026
5. Hinweisgebersystem – Halbjahresbericht
6. Verschiedenes

Unterlagen im Gremienportal ab 01.12.

Nico Bauer""")

M("C", "de", "insurer-to-company", "commercial liability: named forklift driver damaged a customer's racking; no injury",
  frm=ADDR("oltmanns"), to=FLEET_NL, subj="Betriebshaftpflicht – Schaden H-26-041177 im Lager Fa. Lenz Getränke", date="2026-09-30 10:44", sig="oltmanns",
  body="""Sehr geehrter Herr Hansen,

zum Schaden im Lager der Lenz Getränke KG am 24.09.: Ihr Mitarbeiter Herr Derya Yüksel hat beim
Entladen mit dem Stapler ein Regalfeld umgestoßen; es wurden 38 Paletten Getränke beschädigt.
Verletzt wurde niemand.

Die Lenz Getränke KG fordert 21.480 EUR (Ware und Regalreparatur). Wir benötigen noch die
schriftliche Schilderung von Herrn Yüksel und den Staplerschein. Da er als Arbeitnehmer handelte,
nehmen wir ihn nicht in Regress.

Mit freundlichen Grüßen""")
# ---------------------------------------------------------------- 0199-0250

M("C", "de", "company", "TSV: named employees taking over fleet cars privately with their no-claims classes",
  frm=FLEET_NL, to=ADDR("engel"), subj="SF-Übertragung ausscheidende Flottenfahrzeuge", date="2026-12-14 12:20", orgname="Nordlicht Logistik GmbH & Co. KG",
  body="""Moin Herr Engel,

drei Mitarbeitende übernehmen ihre bisherigen Dienstwagen privat. Bitte die SF-Klassen laut Liste
(Tab-getrennt, Anhang) in Einzelverträge übertragen. Abtretungserklärungen liegen vor.

Dirk Hansen""",
  att=[CSV("SF_Uebertragung_2026-12.tsv", [
      ("Kennzeichen", "Übernehmer", "geb.", "Anschrift", "SF lt. Flotte", "Beginn Einzelvertrag"),
      ("HB-NL 7", "Heike Schwarting", "23.09.1989", "Buntentorsteinweg 90, 28201 Bremen", "SF 12", "01.01.2027"),
      ("HB-NL 440", "Hauke Claasen", "03.03.1992", "Stedinger Str. 18, 27749 Delmenhorst", "SF 4", "01.01.2027"),
      ("OS-NL 88", "Dragan Petrović", "01.12.1971", "Lotter Str. 5, 49074 Osnabrück", "SF 20", "15.01.2027"),
  ], sep="\t")])

M("N", "de", "internal", "trap: TSV premium table of the bKV by module and age, no person",
  frm=ADDR("wolff"), to=ADDR("haberl"), subj="Beitragstabelle bKV 2027 (final)", date="2026-09-25 11:40", sig="wolff", sigstyle="short",
  body="""Hallo Verena,

die finale Beitragstabelle 2027 für die Angebotssoftware, tab-getrennt.

Christina""",
  att=[CSV("bKV_Beitraege_2027.tsv", [
      ("Baustein", "Alter 16-39", "Alter 40-54", "Alter 55+", "Einheitsbeitrag"),
      ("Zahn Budget 300", "12.90", "16.40", "19.80", "15.40"),
      ("Zahn Budget 600", "21.10", "27.30", "33.00", "25.70"),
      ("Vorsorge+Sehhilfe", "8.20", "9.90", "11.60", "9.70"),
      ("Stationär", "14.10", "24.80", "41.20", "22.90"),
      ("Mentale Gesundheit", "4.90", "4.90", "4.90", "4.90"),
  ], sep="\t")])

M("S", "de", "insurer-to-company", "ODS enrolment confirmation: named employees, bKV modules and co-insured family members",
  frm=ADDR("haberl"), to=HR_BRUE, subj="bKV Brückner – Bestätigung Anmeldungen Q3", date="2026-07-08 15:10", sig="haberl", sigstyle="short",
  body="""Hallo Frau Hollmann,

anbei die Bestätigung der Anmeldungen zum 01.07. Bitte prüfen.

Viele Grüße
Verena Haberl""",
  att=[ODS("bKV_4471_Anmeldungen_Q3_2026.ods", {"Q3": [
      ("Pers.-Nr.", "Name", "geb.", "Bausteine", "mitversichert", "Beginn"),
      ("10512", "Reuber, Kim", "1997-04-11", "Zahn 600, Vorsorge", "-", "01.07.2026"),
      ("10515", "Demirel, Aylin", "1988-12-02", "Komplett", "Tochter Elif (2019)", "01.07.2026"),
      ("10519", "Hagedorn, Jan", "1975-06-19", "Zahn 600, Stationär", "Ehefrau Maren (1977)", "01.07.2026"),
  ]})])

M("N", "en", "partner", "trap: ODS pooling dividend calculation, contract level totals",
  frm="EuroBenefit Network – Pool Administration <pool-admin@eurobenefit-network.example>", to=ADDR("paulsen"), subj="Vantari pool – 2025 dividend calculation", date="2026-06-30 09:00", orgname="EuroBenefit Network", lang="en",
  body="""Dear Henrik,

attached is the 2025 international dividend calculation for the Vantari pool (11 countries). The
German contracts contribute a positive balance. Please confirm the German figures by 15 July.

Pool Administration""",
  att=[ODS("Vantari_pool_2025_dividend.ods", {"Pool2025": [
      ("Country", "Premium EUR", "Claims EUR", "Expenses EUR", "Risk charge EUR", "Balance EUR"),
      ("Germany", 367120, 454960, 36712, 11014, -135566),
      ("Sweden", 201400, 98300, 20140, 6042, 76918),
      ("UK", 512000, 388200, 51200, 15360, 57240),
      ("USA (stop loss)", 940000, 702100, 94000, 28200, 115700),
      ("Pool total", 2020520, 1643560, 202052, 60616, 114292),
  ]})])

M("C", "en", "broker", "DOCX D&O application naming directors with shareholdings; no health or criminal data",
  frm=LONBROKER, to=ADDR("achterberg"), subj="Halvorsen Maritime – completed D&O application", date="2026-09-15 10:22", orgname="Fenwick Marsden Ltd", lang="en",
  body="""Dear Dr Achterberg,

completed application attached, signed by the managing director.

Kind regards,
Harriet""",
  att=[DOCX("Halvorsen_DO_application_signed.docx", [
      ("h", "D&O Application - Halvorsen Maritime GmbH"),
      ("t", [("Director / officer", "Position", "Since", "Shareholding"),
             ("Lars Ivar Halvorsen", "Managing Director", "2014", "0 % (indirect 31 % via Halvorsen ASA)"),
             ("Dr. Jutta Rademacher", "Managing Director (CFO)", "2020", "0 %"),
             ("Kjell Sørensen", "Advisory Board Chair", "2018", "0 %")]),
      "Have any claims been made against any director in the last 5 years? No.",
      "Is any director aware of any circumstance which might give rise to a claim? No.",
      "Signed: Lars Ivar Halvorsen, Hamburg, 14 September 2026",
  ], author="Halvorsen")])

M("N", "de", "company", "trap: minutes with the works council about bAV opting-out, no names",
  frm=HR_BRUE, to=ADDR("paulsen"), subj="Protokoll Betriebsratssitzung – bAV Opting-out", date="2026-05-06 16:40", orgname="Brückner Feinmechanik GmbH",
  body="""Hallo Herr Paulsen,

zur Info das Protokoll unserer Sitzung mit dem Betriebsrat. Ihre Präsentation kam gut an.

Gruß Petra Hollmann""",
  att=[DOCX("Protokoll_BR_bAV_2026-05-05.docx", [
      ("h", "Protokoll gemeinsame Sitzung Geschäftsleitung / Betriebsrat – bAV Opting-out"),
      "Teilnehmer: Geschäftsleitung (2), Betriebsrat (5), Personalabteilung (1), Versicherer (Gast, H. Paulsen)",
      "1. Vorschlag: automatische Entgeltumwandlung 3 % mit Widerspruchsrecht binnen 3 Monaten, Arbeitgeberzuschuss 20 %.",
      "2. Betriebsrat fordert Ausnahme für Auszubildende und Beschäftigte unter 2.000 EUR brutto. Einigung: Ausnahme bis 2.200 EUR.",
      "3. Umsetzung zum 01.01.2027; Informationsveranstaltungen in allen Schichten im November.",
      "Beschluss einstimmig.",
  ], author="Hollmann")])

M("S", "de", "insurer-to-assessor", "ZIP with DOCX assignment letter naming an insured and the psychiatric question",
  frm=ADDR("stanek"), to=MEDEX, subj="Gutachtenauftrag BU-24-00318", date="2026-05-20 09:45", sig="stanek", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

Auftrag und Fragenkatalog im ZIP. Akte folgt über das Portal.

Oliver Stanek""",
  att=[ZIP("Auftrag_BU-24-00318.zip", [DOCX("Gutachtenauftrag_BU-24-00318.docx", [
      ("h", "Gutachtenauftrag Psychiatrie – BU-24-00318"),
      "Versicherte: Kerstin Fahl, geb. 17.02.1974, Filialleiterin Einzelhandel",
      "Vorbefunde: rezidivierende depressive Störung F33.1, zwei stationäre Aufenthalte 2025, Medikation Venlafaxin 225 mg, Quetiapin 50 mg.",
      "Fragen: 1. Welche Diagnosen liegen vor? 2. In welchem Umfang ist die Versicherte in ihrem zuletzt ausgeübten Beruf leistungsfähig? 3. Ist mit einer Besserung innerhalb von 24 Monaten zu rechnen?",
  ], author="Stanek")])])

M("C", "de", "company", "ZIP with XLSX: fleet claims per vehicle with named drivers; no injuries",
  frm=FLEET_NL, to=ADDR("kaya"), subj="Schadenliste 2026 für Sanierungsgespräch", date="2026-11-20 08:50", orgname="Nordlicht Logistik GmbH & Co. KG",
  body="""Moin Herr Kaya,

wie besprochen unsere interne Schadenliste für das Gespräch am 26.11. (gezippt, sonst blockt es
unser Mailserver).

Dirk Hansen""",
  att=[ZIP("Schadenliste_Nordlicht_2026.zip", [XLSX("Schadenliste_2026.xlsx", {"2026": [
      ("Datum", "Kennzeichen", "Fahrer", "Art", "Personenschaden", "Kosten EUR"),
      ("2026-02-27", "HB-NL 433", "Lüders, Finn", "Rangierschaden Fremd-Pkw", "nein", 4299.25),
      ("2026-04-17", "HB-NL 412", "Arslan, Mehmet", "Auffahrunfall A1", "nein", 11870.00),
      ("2026-06-11", "HB-NL 433", "Lüders, Finn", "Rolltor Halle 3", "nein", 18430.00),
      ("2026-09-24", "Stapler 4", "Yüksel, Derya", "Regal Kunde Lenz", "nein", 21480.00),
  ]}, author="Hansen")])])

M("N", "de", "insurer-to-supplier", "trap: ZIP with print data spec PDF and synthetic sample CSV",
  frm=ADDR("sommerfeld"), to=DRUCK, subj="Druckdatenspezifikation Standmitteilung 2027", date="2026-10-28 13:30", sig="sommerfeld", sigstyle="short",
  body="""Hallo Frau Weyer,

Spezifikation und eine Beispieldatei mit Musterdaten für 2027 im ZIP.

Kerstin Sommerfeld""",
  att=[ZIP("Druckdaten_SM2027.zip", [
      PDF("Spezifikation_SM2027.pdf", [("h", "Druckdatenspezifikation Standmitteilung 2027"),
          ("t", [("Feld", "Typ", "Länge"), ("ANREDE", "Text", "20"), ("NAME", "Text", "60"), ("GEBDAT", "Datum TT.MM.JJJJ", "10"),
                 ("VERTRAG", "Text", "12"), ("RENTE_GAR", "Dezimal", "10,2"), ("RKW", "Dezimal", "12,2")]),
          "Zeichensatz UTF-8, Trennzeichen Semikolon, Kopfzeile erforderlich."]),
      CSV("Beispiel_Musterdaten.csv", [("ANREDE", "NAME", "GEBDAT", "VERTRAG", "RENTE_GAR", "RKW"),
                                       ("Frau", "Erika Mustermann", "12.08.1964", "00 000 000", "412,18", "23880,00"),
                                       ("Herr", "Max Mustermann", "01.01.1980", "00 000 001", "198,40", "9120,00")]),
  ])])

M("S", "en", "internal", "nested forwards two deep: reinsurer's question wrapping the medical summary of a named CEO",
  frm=ADDR("stone"), to=ADDR("peters"), subj="Fw: Kessler – Nordic Life Re question", date="2026-02-12 11:02", sig="stone", sigstyle="short", lang="en",
  body="""Dr Peters,

Nordic asks about the exercise ECG, see attached thread. Can you answer directly?

Rebecca""",
  att=[EML(INNER(RE_NORDIC, ADDR("stone"), "RE: Facultative request – key person life, Kessler Bau AG", "2026-02-11 16:40",
                 """Rebecca,

before we quote: was the exercise ECG done? With hypertension at 150/95 on ramipril our manual
asks for it from EUR 1.5m. Your original message is attached for reference.

Ingrid""", "<NLR-2026-0211-1640@nordiclife-re.example>",
                 att=[EML(INNER(ADDR("stone"), RE_NORDIC, "Facultative request – key person life, Kessler Bau AG (our ref. L-7740218)",
                                "2026-02-09 15:55", """Life insured: Dr Frederik Kessler, born 21 October 1968. Hypertension since 2019 on
ramipril 5 mg, last BP 150/95; kidney stone 2021. Proposed: +25 % extra premium.""",
                                "<L7740218-fac@versicherer.example>"), fn="Facultative request.eml")]),
      fn="RE Facultative request.eml")])

M("C", "de", "insurer-to-customer", "forwarded mail of a sole trader with his new bank account; answer confirms change",
  frm=ADDR("becker"), to="Malermeister Andreas Pütz <info@maler-puetz.example>", subj="AW: Neue Bankverbindung", date="2026-10-19 09:12", sig="becker", sigstyle="short",
  body="""Sehr geehrter Herr Pütz,

danke, die neue Bankverbindung ist ab der nächsten Abbuchung hinterlegt.

Mit freundlichen Grüßen
Hannes Becker""",
  quote=OQ("Andreas Pütz", "Samstag, 17. Oktober 2026 18:02", "Becker, Hannes", "Neue Bankverbindung",
           f"""Hallo Herr Becker,

ich bin mit dem Geschäftskonto zur Volksbank gewechselt. Bitte ab sofort hier abbuchen:
{IB("DE", "370695200001122334", group=4)} (Inhaber Andreas Pütz). Das alte Konto wird Ende Oktober gelöscht.

Gruß A. Pütz"""))

M("N", "en", "internal", "trap: forwarded conference invitation about insurance data and AI",
  frm=ADDR("raman"), to=ADDR("fischer"), subj="Fwd: Invitation – Insurance Data Summit 2026", date="2026-08-26 12:00", sig="raman", sigstyle="name", lang="en",
  body="""Worth going? The panel on health data and AI looks interesting.""",
  att=[EML(INNER("Insurance Data Summit <events@insurancedatasummit.example>", ADDR("raman"), "Invitation – Insurance Data Summit 2026",
                 "2026-08-25 09:00", """Insurance Data Summit 2026 · 12–13 November · Berlin

Keynotes: "Health data, GDPR Art. 9 and LLMs – what insurers may and may not do"
Panels: claims automation, fraud detection, synthetic data for testing, secure e-mail vs. portals
Early bird until 30 September: EUR 890.""", "<ids2026-inv-8812@insurancedatasummit.example>"))])

M("S", "de", "insurer-to-assessor", "PDF hospital discharge letter of a named group-accident insured forwarded to the expert",
  frm=ADDR("dreyer"), to=MEDEX, subj="Nachreichung Unterlagen U-26-01144", date="2026-10-09 14:40", sig="dreyer", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

anbei der Entlassbrief für das Gutachten. Weitere Befunde folgen.""",
  att=[PDF("Entlassbrief_U-26-01144.pdf", [
      ("h", "BG Klinikum Duisburg - Zentrum für Rückenmarkverletzte - Entlassbrief"),
      "Patient: Piet Dahmen, geb. 17.05.1988, Hellenthal - Aufenthalt 02.09.-06.10.2026",
      "Diagnosen: Berstungsfraktur BWK 12 (S22.06), komplette Querschnittlähmung sub L1 (S34.18, ASIA A), neurogene Blasenentleerungsstörung.",
      "Therapie: dorsale Stabilisierung Th11-L1 am 02.09.2026; Frührehabilitation; Rollstuhlversorgung.",
      "Weiteres Vorgehen: Verlegung in die BG-Rehabilitation Bad Wildbad am 06.10.2026.",
  ], title="Entlassbrief")])

M("N", "de", "company", "trap: clinic's price list for optional hospital services (room upgrade), no patient",
  frm="Patientenverwaltung Sankt-Elisabeth-Klinik <verwaltung@st-elisabeth-klinik.example>", to=ADDR("brandt"), subj="Preisliste Wahlleistungen ab 01.01.2027", date="2026-11-16 10:00", orgname="Sankt-Elisabeth-Klinik gGmbH",
  body="""Sehr geehrter Herr Brandt,

anbei unsere neue Preisliste für Wahlleistungen zur Hinterlegung in Ihrem Abrechnungssystem.

Patientenverwaltung""",
  att=[PDF("Preisliste_Wahlleistungen_2027.pdf", [
      ("h", "Sankt-Elisabeth-Klinik gGmbH - Preisliste Wahlleistung Unterkunft ab 01.01.2027"),
      ("t", [("Leistung", "EUR pro Tag"), ("Einbettzimmer Standard", "118,40"), ("Einbettzimmer Komfort (Station 6)", "164,90"),
             ("Zweibettzimmer", "58,30"), ("Begleitperson (nicht medizinisch notwendig)", "52,00")]),
      "Die Vereinbarung nach § 17 KHEntgG ist vor Inanspruchnahme schriftlich zu schließen.",
  ], title="Preisliste Wahlleistungen")])

M("C", "de", "insurer-to-employee", "PDF eVB confirmation for a named employee's private car under the staff tariff",
  frm=ADDR("engel"), to="Serkan Kaya <serkan.kaya@versicherer.example>", subj="Deine eVB für den neuen Wagen", date="2026-03-30 16:18", sig="engel", sigstyle="short",
  body="""Hi Serkan,

eVB anbei, Zulassung kann kommen. Mitarbeitertarif und SF 9 sind drin.

Rüdiger""",
  att=[PDF("eVB_A7K3M9P.pdf", [("h", "Elektronische Versicherungsbestätigung (eVB)"),
      "eVB-Nummer: A7K3M9P - gültig bis 30.06.2026",
      "Versicherungsnehmer: Serkan Kaya, geb. 06.01.1987, Venloer Str. 401, 50825 Köln",
      "Fahrzeug: Skoda Octavia Combi, FIN TMBJJ7NX5RY004411",
      "Vertrag: K 88 404 118 - Haftpflicht + Vollkasko SB 300 EUR - SF 9 - Mitarbeitertarif"], title="eVB")])

M("N", "de", "insurer-to-supplier", "trap: purchase order for AED pads and first-aid kits",
  frm=ADDR("krueger"), to="MediSafe Betriebsbedarf GmbH <bestellung@medisafe-betrieb.example>", subj="Bestellung 4500191102 – Erste Hilfe", date="2026-03-26 10:11", sig="krueger", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

wir bestellen gemäß Angebot 26-0388:""",
  att=[PDF("Bestellung_4500191102.pdf", [("h", "Bestellung 4500191102"),
      ("t", [("Pos.", "Artikel", "Menge", "EUR"), ("1", "AED-Elektroden Erwachsene (Typ P-410)", "6", "389,40"),
             ("2", "Erste-Hilfe-Koffer DIN 13157", "12", "598,80"), ("3", "Augenspülflaschen 500 ml", "20", "119,00"),
             ("4", "Blutdruckmessgerät Oberarm (Betriebsarzt)", "2", "158,00")]),
      "Lieferung an: Versicherer Holding AG, Warenannahme, Rheinuferstraße 12, 50667 Köln"], title="Bestellung")])

M("S", "de", "insurer-to-company", "XLSX: pension rights adjustment on divorce for a named employee's direct insurance (life)",
  frm=ADDR("sommerfeld"), to=HR_STW, subj="Versorgungsausgleich – Direktversicherung Herr Heup", date="2026-08-12 13:50", sig="sommerfeld",
  body="""Sehr geehrte Frau Krings,

das Familiengericht hat die interne Teilung der Direktversicherung Ihres Mitarbeiters Herrn Jens
Heup angeordnet. Die Berechnung und die Auswirkungen auf die laufende Entgeltumwandlung finden
Sie in der Anlage.

Mit freundlichen Grüßen""",
  att=[XLSX("VA_Heup_71402883.xlsx", {"Teilung": [
      ("Position", "Wert"),
      ("Vertrag", "71 402 883"), ("Versicherte Person", "Jens Heup, geb. 14.11.1984"),
      ("Ausgleichsberechtigte", "Tanja Heup, geb. 02.03.1986"), ("Ehezeit", "01.06.2012 - 31.01.2026"),
      ("Ehezeitanteil Deckungskapital EUR", 31240.88), ("Ausgleichswert (1/2) EUR", 15620.44),
      ("Teilungskosten EUR", 250.00), ("Aktenzeichen", "AG Schleiden 12 F 118/25"),
  ]}, author="Sommerfeld")])

M("C", "de", "service-provider", "XLSX: monthly payroll deductions for staff household contract by named employee",
  frm=LOHNPRO, to=ADDR("demir"), subj="Abzüge Gruppenvertrag Hausrat 10/2026 – Mandant 4471", date="2026-10-27 22:05", client="system", mailer="LohnPro Connect 3.1", orgname="LohnPro Service GmbH",
  body="""Automatisch erzeugte Nachricht – Beitragsabzüge Gruppenvertrag HR-GR 5 500 321, Abrechnungsmonat 10/2026.""",
  att=[XLSX("Abzuege_HR_4471_202610.xlsx", {"10-2026": [
      ("PERSNR", "NAME", "VERTRAG", "ABZUG EUR"),
      ("10482", "Kowalczyk, Marek", "HR-GR 5 500 321-004", 6.12),
      ("07902", "Theisen, Bernd", "HR-GR 5 500 321-007", 9.85),
      ("06613", "Wu, Lina", "HR-GR 5 500 321-009", 0.00),
      ("10515", "Demirel, Aylin", "HR-GR 5 500 321-012", 7.40),
  ]}, author="LohnPro")])

M("N", "en", "internal", "trap: reinsurance capacity utilisation per treaty, aggregated",
  frm=ADDR("stone"), to=ADDR("morgan"), subj="Treaty capacity utilisation – H1 2026", date="2026-07-20 15:00", sig="stone", sigstyle="short", lang="en",
  body="""James,

H1 utilisation per treaty for the solvency report, attached.

Rebecca""",
  att=[XLSX("Treaty_utilisation_H1_2026.xlsx", {"H1": [
      ("Treaty", "Reinsurer", "Capacity EUR m", "Used EUR m", "Utilisation"),
      ("GL-QS-2019", "Nordic Life Re", 250, 118.4, "47 %"),
      ("GBU-XL-2022", "Rhenania Re", 40, 9.2, "23 %"),
      ("Property per risk XL", "Rhenania Re", 60, 2.84, "5 %"),
      ("Accident per risk XL", "Rhenania Re", 15, 1.1, "7 %"),
  ]}, author="Stone")])

M("S", "de", "internal", "CSV of large bKV claims with named members and diagnoses for an internal analysis",
  frm=ADDR("haberl"), to=ADDR("wolff"), subj="Großschäden bKV 2026 > 5.000 EUR – für die Nachkalkulation", date="2026-09-10 11:30", sig="haberl", sigstyle="short",
  body="""Hallo Christina,

die Einzelfälle über 5.000 EUR, wie gewünscht. Nur für dich, bitte nach Auswertung löschen.

Verena""",
  att=[CSV("bKV_Grossschaeden_2026.csv", [
      ("KVNR", "Name", "Arbeitgeber", "Leistung EUR", "Anlass"),
      ("KV-GR 7731-0-031", "Kristoffer Dahl", "Vantari Systems", "18210.00", "Melanom, stationär Zweibett/Chefarzt"),
      ("KV-GR 4471-0-044", "Cem Yıldız", "Brückner Feinmechanik", "5980.00", "Implantate nach Widerspruch"),
      ("KV-GR 7731-0-118", "Leonie Hartwig (Sohn Mats)", "Vantari Systems", "6120.00", "Ergo-/Logopädie ADHS"),
  ])])

M("N", "de", "internal", "trap: anonymised bKV claims per ICD chapter, aggregated",
  frm=ADDR("wolff"), to=ADDR("haberl"), subj="AW: Großschäden bKV 2026 > 5.000 EUR – für die Nachkalkulation", date="2026-09-14 09:10", sig="wolff", sigstyle="short",
  body="""Hallo Verena,

Datei mit Klarnamen ist gelöscht. Für die Vorstandsvorlage nehme ich nur diese Verdichtung:""",
  att=[CSV("bKV_Leistung_nach_ICD-Kapitel_2026.csv", [
      ("ICD-Kapitel", "Fälle", "Leistung EUR", "Anteil"),
      ("K00-K14 Zähne/Mundhöhle", 8812, 2410900, "58 %"),
      ("H00-H59 Auge (Sehhilfen)", 4120, 611000, "15 %"),
      ("C00-D48 Neubildungen", 41, 298300, "7 %"),
      ("F00-F99 Psyche (Mentale Gesundheit)", 388, 104200, "3 %"),
      ("übrige (zusammengefasst)", 2210, 712400, "17 %"),
  ])])

M("C", "de", "insurer-to-company", "ICS for a witness interview with a named driver about a fleet accident; no injury",
  frm=ADDR("kaya"), to=FLEET_NL, subj="Termin Befragung Herr Arslan (K-26-020117)", date="2026-04-28 08:40", sig="kaya", sigstyle="short",
  body="""Moin Herr Hansen,

Termin für das Gespräch mit Herrn Arslan anbei. Dauer ca. 30 Minuten, telefonisch.""",
  att=[ICS("Befragung_Arslan.ics", "d7-k26020117@versicherer.example", "Befragung Fahrer Mehmet Arslan – Auffahrunfall A1 17.04.",
           "20260505T090000", "20260505T093000", ("Serkan Kaya", "serkan.kaya@versicherer.example"),
           [("Dirk Hansen", "d.hansen@nordlicht-logistik.example")], location="Telefon +49 421 5554 412",
           description="Schaden K-26-020117, HB-NL 412. Personenschaden: keiner. Themen: Geschwindigkeit, Abstand, Fahrtenschreiber.")])

M("N", "de", "internal", "trap: ICS for the team outing",
  frm=ADDR("haberl"), to="Firmenkunden Kranken <fk-kranken@versicherer.example>", subj="Teamausflug Drachenfels 🚶", date="2026-06-01 12:00", sig="haberl", sigstyle="name",
  body="""Ihr Lieben, der Termin steht! Festes Schuhwerk mitbringen, Einkehr im Bergrestaurant.""",
  att=[ICS("Teamausflug.ics", "d7-teamausflug@versicherer.example", "Teamausflug Drachenfels",
           "20260626T130000", "20260626T190000", ("Verena Haberl", "verena.haberl@versicherer.example"),
           [("Firmenkunden Kranken", "fk-kranken@versicherer.example")], location="Treffpunkt Bahnhof Königswinter")])

M("S", "en", "insurer-to-customer", "ICS for a call about a named member's pregnancy complications cover",
  frm=ADDR("whitfield"), to="Sofia Marchetti <sofia.marchetti@vantari-systems.example>", subj="Our call tomorrow", date="2026-06-18 17:02", sig="whitfield", sigstyle="short", lang="en",
  body="""Dear Ms Marchetti, invitation attached as agreed.""",
  att=[ICS("call.ics", "d7-ihp-marchetti@versicherer.example", "Call S. Marchetti – cover for gestational diabetes / high-risk pregnancy",
           "20260619T100000", "20260619T103000", ("Emma Whitfield", "emma.whitfield@versicherer.example"),
           [("Sofia Marchetti", "sofia.marchetti@vantari-systems.example")], location="Phone",
           description="Member 7710034-052. Topics: gestational diabetes diagnosed week 24 on top of type 1 diabetes, weekly CTG, planned C-section at LMU Klinikum Großhadern, cover for NICU if needed.")])

M("C", "en", "broker", "XML export of a named policyholder's motor contract from the broker's software",
  frm="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", to=ADDR("engel"), subj="Contract data mismatch – K 88 404 551", date="2026-05-12 11:05", orgname="Brandl Assekuranzmakler GmbH", lang="en",
  body="""Hello Mr Engel,

our broker software shows different data for this contract than your portal (SF class). Export attached.
Sorry for writing in English – our new back-office colleague set up the template.

Brandl""",
  att=[TXT("K88404551_export.xml", """<?xml version="1.0" encoding="UTF-8"?>
<Vertrag nr="K 88 404 551" sparte="Kfz">
  <VN><Name>Svetlana Morozova</Name><Geburtsdatum>1983-09-14</Geburtsdatum><Anschrift>Severinstr. 88, 50678 Köln</Anschrift></VN>
  <Fahrzeug kennzeichen="K-SM 1409" fin="WBA21EF0XPCL55812"/>
  <Tarif haftpflicht="SF 7" vollkasko="SF 5" selbstbeteiligung="500"/>
  <Bank iban="DE..8841" mandat="VAV-K88404551-01"/>
</Vertrag>
""", sub="xml")])

M("N", "de", "insurer-to-broker", "trap: README of the broker API test environment with Max Mustermann test data",
  frm=ADDR("raman"), to="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", subj="Testumgebung Makler-API – Zugangsdaten und Testfälle", date="2026-02-16 14:05", sig="raman", sigstyle="short",
  body="""Hallo Herr Brandl,

die Testumgebung steht, Details in der README. Alle Testfälle sind fiktiv.""",
  att=[TXT("README_Makler-API_Test.txt", """Makler-API Testumgebung (BiPRO-430-nah)
Basis-URL: https://api-test.versicherer.example/makler/v2
Auth: OAuth2 Client Credentials (Client-ID kommt per Portal)

Testfälle (fiktiv):
- Vertrag K 00 000 001, VN Max Mustermann, geb. 01.01.1980, IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN)
- Vertrag KV 00 000 002, VN Erika Mustermann – Dokumente: "Leistungsabrechnung" (Dummy-PDF)
- Lieferung abholen: GET /lieferungen, quittieren: POST /lieferungen/{id}/quittung
""")])

M("S", "de", "insurer-to-customer", "text and HTML table: daily sick pay payments to a named self-employed insured",
  frm="Leistung Krankentagegeld <kt-leistung@versicherer.example>", to="Claudia Behrendt <c.behrendt@stb-behrendt.example>", subj="Ihre Krankentagegeld-Zahlungen", date="2026-09-03 10:10", html=True,
  body="""Sehr geehrte Frau Behrendt,

wir haben für die Zeit Ihrer Chemotherapie folgende Zahlungen geleistet (KT 55 412 007, 150 EUR/Tag ab dem 22. Tag):

[[t]]

Bitte senden Sie uns weiterhin alle 4 Wochen die Bescheinigung Ihres Onkologen.

Mit freundlichen Grüßen
Ihr Team Krankentagegeld""",
  tables={"t": ([("Zeitraum", "Tage", "Betrag EUR"), ("23.06.–20.07.2026", "28", "4.200,00"),
                 ("21.07.–17.08.2026", "28", "4.200,00"), ("18.08.–31.08.2026", "14", "2.100,00")], "pad")})

M("C", "de", "internal", "birthday list of staff with full birth dates (year included)",
  frm="Sekretariat Firmenkunden <sekretariat-fk@versicherer.example>", to=ADDR("paulsen"), subj="Geburtstagsliste Firmenkunden 2027", date="2026-12-15 10:00", client="outlook", html=True,
  body="""Hallo Herr Paulsen,

hier die Geburtstagsliste fürs nächste Jahr (aus dem Personalsystem):

[[t]]

Viele Grüße
Sekretariat""",
  tables={"t": ([("Name", "Geburtsdatum"), ("Verena Haberl", "11.01.1984"), ("Kerstin Sommerfeld", "28.02.1979"),
                 ("Matthias Dreyer", "03.05.1976"), ("Leyla Ahmadi", "19.08.1990"), ("Jörg Wittek", "30.10.1975")], "pad")})

M("N", "de", "internal", "trap: birthday reminder with day and month only, no year",
  frm="Sekretariat Firmenkunden <sekretariat-fk@versicherer.example>", to="Firmenkunden <fk@versicherer.example>", subj="Geburtstage im Januar 🎂", date="2026-12-29 09:00", client="outlook",
  body="""Liebe Kolleginnen und Kollegen,

im Januar haben Geburtstag: Verena (11.1.) und Tim aus der IT (24.1.). Kuchen am 12.1. in der
Teeküche 5. OG!

Sekretariat""")

M("C", "de", "internal", "CSV of returned direct debits: named private customers with IBANs (property lines)",
  frm=ADDR("becker"), to="Inkasso Team <inkasso-team@versicherer.example>", subj="Rücklastschriften 02.10.", date="2026-10-02 14:22", sig="becker", sigstyle="name",
  body="""Team, die Rückläufer von heute zur Bearbeitung.""",
  att=[CSV("Ruecklastschriften_2026-10-02.csv", [
      ("Vertrag", "Kontoinhaber", "IBAN", "Betrag", "Rückgabegrund"),
      ("PH 1 220 330 871", "Yvonne Sturm", IB("DE", "660501010000778899", group=0), "31,20", "AC04 Konto erloschen"),
      ("HR 4 470 222 108", "Miroslav Jankowski", IB("DE", "251900010044668800", group=0), "42,80", "AM04 Deckung"),
      ("K 88 402 119", "Olaf Bredemeier", IB("DE", "420500010000345678", group=0), "203,67", "MD06 Widerspruch"),
  ])])

M("N", "de", "internal", "trap: SEPA return-reason codes explanation, no data",
  frm=ADDR("becker"), to="Inkasso Team <inkasso-team@versicherer.example>", subj="Merkblatt Rückgabegründe SEPA", date="2026-01-12 08:30", sig="becker", sigstyle="short",
  body="""Hallo Team,

für die Neuen noch einmal die häufigsten Rückgabecodes:

AC04  Konto erloschen – neue Bankverbindung anfordern, keine erneute Einreichung
AM04  Deckung unzureichend – einmal nach 7 Tagen neu einreichen
MD06  Widerspruch durch Zahler – Kunden anschreiben, Mandat prüfen
MS03  Sonstige Gründe – Bank kontaktieren

Beispiel-IBAN für Schulungen: DE02 1203 0000 0000 2020 51 (DKB-Muster, kein Kundenkonto).

Hannes""")

M("S", "de", "insurer-to-customer", "DOCX underwriting decision with a knee exclusion for a named applicant",
  frm=ADDR("peters"), to="Omar Haddad <omar.haddad@mailbox.example>", subj="Ihr Antrag B-2210912 – Entscheidung", date="2026-06-15 12:02", sig="peters", sigstyle="short",
  body="""Sehr geehrter Herr Haddad,

unsere Entscheidung zu Ihrem Antrag finden Sie im Anhang. Bitte geben Sie uns bis 30.06. Bescheid.""",
  att=[DOCX("Entscheidung_B-2210912.docx", [
      ("h", "Annahmeentscheidung Berufsunfähigkeitsversicherung B-2210912"),
      "Versicherte Person: Omar Haddad, geb. 30.10.1989",
      "Wir können Ihren Antrag mit folgender Besonderheit annehmen: Ausgeschlossen sind Berufsunfähigkeit wegen Erkrankungen oder Verletzungen der Lendenwirbelsäule einschließlich Bandscheibenvorfall (nach Befund vom 12.05.2026: Protrusion L5/S1, Lumboischialgie 2024).",
      "Nach 5 Jahren ohne Behandlung prüfen wir auf Antrag, ob der Ausschluss entfallen kann.",
  ], author="Peters")])

M("N", "de", "internal", "trap: underwriting training PDF with anonymised cases",
  frm=ADDR("hasselbach"), to="Risikoprüfung Leben/BU <rp-leben@versicherer.example>", subj="Schulungsunterlagen Fallbesprechung März", date="2026-03-20 15:45", sig="hasselbach", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

die Unterlagen der Fallbesprechung; alle Fälle sind anonymisiert und verfremdet.""",
  att=[PDF("Fallbesprechung_2026-03.pdf", [("h", "Fallbesprechung Risikoprüfung März 2026 (anonymisiert)"),
      "Fall A: Antragstellerin, Anfang 30, Büroberuf, Angststörung vor 4 Jahren, 20 Sitzungen VT, seitdem beschwerdefrei. Votum? -> normal nach Therapeutenbericht.",
      "Fall B: Antragsteller, Mitte 40, Handwerker, Bandscheibenprotrusion, keine AU in 3 Jahren. Votum? -> Ausschluss LWS oder Zuschlag.",
      "Fall C: Antragsteller, Ende 50, Diabetes Typ 2, HbA1c 7,4 %, BMI 31. Votum? -> Zuschlag 50-75 %."], title="Fallbesprechung")])

M("C", "de", "insurer-to-customer", "legal expenses: named tenant's rent dispute with arrears amount",
  frm=ADDR("lindqvist"), to="Jan-Philipp Kolb <jp.kolb@freemail.example>", subj="Ihr Rechtsschutzfall RS-26-019904 – Mietstreit", date="2026-08-21 11:00", sig="lindqvist",
  body="""Sehr geehrter Herr Kolb,

für Ihre Auseinandersetzung mit Ihrer Vermieterin (Mietminderung wegen Schimmel in der Wohnung
Vogelsanger Str. 118, 50823 Köln; Forderung der Vermieterin 2.340 EUR Mietrückstand) besteht
Versicherungsschutz im Baustein Miet-Rechtsschutz. Wir übernehmen die Kosten Ihres Anwalts für
die außergerichtliche Vertretung.

Bitte beachten Sie den offenen Beitrag von 312,00 EUR; bis zum Ausgleich ist der Schutz gefährdet.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-company", "PDF: group accident death benefit of a named employee (cause of death)",
  frm=ADDR("dreyer"), to=HR_STW, subj="Gruppenunfall 6 400 118 – Todesfallleistung Herr Riehl", date="2026-11-03 13:30", sig="dreyer",
  body="""Sehr geehrte Frau Krings,

unser Beileid zum Tod Ihres Kollegen. Die Abrechnung der Todesfallleistung anbei; bitte leiten
Sie sie an Frau Riehl weiter, wie von ihr gewünscht.""",
  att=[PDF("Abrechnung_Todesfall_U-26-01290.pdf", [("h", "Abrechnung Todesfallleistung - Schaden U-26-01290"),
      "Versicherte Person: Hans-Jörg Riehl, geb. 22.12.1964, verstorben am 08.10.2026",
      "Todesursache lt. Obduktionsbericht: Polytrauma nach Sturz in einen Schacht (Unfall), keine Vorerkrankung ursächlich.",
      "Todesfallsumme: 30.000 EUR - Bezugsberechtigt: Ehefrau Anke Riehl - Auszahlung am 05.11.2026"], title="Abrechnung")])

M("N", "en", "insurer-to-broker", "trap: PDF wording comparison group accident, no person",
  frm=ADDR("dreyer"), to=LONBROKER, subj="Group accident wording 2026 vs 2021 – comparison", date="2026-04-07 10:30", sig="dreyer", sigstyle="short", lang="en",
  body="""Dear Ms Fenwick,

the comparison you asked for is attached.""",
  att=[PDF("GA_wording_comparison.pdf", [("h", "Group Accident - wording 2026 vs 2021"),
      ("t", [("Topic", "2021", "2026"), ("Infections from tick bites", "excluded", "covered"),
             ("Hernias", "excluded", "covered if caused by external force"), ("Psychological reactions", "excluded", "covered after physical injury"),
             ("Heart attack/stroke", "excluded", "covered if triggered by accident-related exertion")])], title="Wording comparison")])

M("C", "en", "insurer-to-customer", "household insurance for a named seconded employee at a Singapore address with sum insured",
  frm=ADDR("demir"), to="Tomasz Wrona <tomasz.wrona@vantari-systems.example>", subj="Your household contents policy abroad – HR 4 475 002 118", date="2026-07-10 09:22", sig="demir", lang="en",
  body="""Dear Mr Wrona,

your household contents insurance now covers your new home at 12 Holland Grove Road, Singapore
278790, from 3 July 2026. Sum insured EUR 60,000, premium EUR 214.00 per year, debited from your
German account as before. Valuables above EUR 2,000 (the piano) are covered up to EUR 7,000.

Kind regards""")

M("N", "de", "insurer-to-supplier", "trap: legionella test results in the insurer's own building, no persons",
  frm=ADDR("richter"), to="Hygienelabor West GmbH <labor@hygienelabor-west.example>", subj="Legionellenprüfung Rheinuferstraße 12 – Befunde und Nachprüfung", date="2026-08-18 12:10", sig="richter",
  body="""Sehr geehrte Damen und Herren,

danke für die Befunde der Trinkwasseruntersuchung vom 11.08. Am Entnahmepunkt 6. OG Duschen
Fitnessraum lagen 1.300 KBE/100 ml Legionella spp. vor (technischer Maßnahmenwert 100). Wir haben
die Duschen gesperrt und thermisch desinfiziert. Bitte Nachprobe am 25.08.

Mit freundlichen Grüßen""")

M("S", "de", "internal", "named employee's Legionnaires' disease reported to facility management",
  frm=ADDR("weiss"), to=ADDR("richter"), subj="Vertraulich: Erkrankung Mitarbeiter / Duschen 6. OG", date="2026-08-19 16:02", sig="weiss", sigstyle="short",
  body="""Hallo Anja,

Herr Kevin Hartung (Kundenservice) liegt seit Sonntag mit einer Legionellen-Pneumonie im
Krankenhaus Merheim; er hat nach eigenen Angaben regelmäßig die Duschen im Fitnessraum 6. OG
benutzt. Das Gesundheitsamt wird sich wohl bei uns melden. Bitte die Laborbefunde bereithalten
und die Info nicht weiter streuen.

Nadine""")

M("C", "de", "insurer-to-company", "fleet: speeding fine of a named driver forwarded for driver identification (administrative offence)",
  frm=ADDR("kaya"), to=FLEET_NL, subj="Anhörungsbogen Bußgeld HB-NL 441", date="2026-07-23 09:55", sig="kaya", sigstyle="short",
  body="""Moin Herr Hansen,

der Anhörungsbogen kam fälschlich an uns als Versicherer. Nach Ihrer Fahrzeugliste fuhr
Frau Derya Yüksel (geb. 27.10.1997) das Fahrzeug HB-NL 441; gemessen am 02.07.2026 um 14:12 Uhr auf
der A27 bei Verden mit 121 km/h bei erlaubten 80 km/h (Verwarnungsgeld 320 EUR, 2 Punkte,
1 Monat Fahrverbot). Bitte reichen Sie den Bogen an die Bußgeldstelle zurück.

Serkan Kaya""")

M("N", "de", "insurer-to-company", "trap: aggregated fleet telematics report for a company",
  frm=ADDR("kaya"), to=FLEET_NL, subj="Telematik-Quartalsbericht Q2", date="2026-07-06 11:15", sig="kaya", sigstyle="short",
  body="""Moin Herr Hansen,

Ihr Telematikbericht Q2 (alle 142 Fahrzeuge, ohne Fahrerbezug):

  gefahrene km                 3,41 Mio.
  starke Bremsmanöver / 100 km   0,82 (Q1: 1,04)
  Geschwindigkeitsüberschreitungen > 20 km/h je 1.000 km   0,9
  Nachtfahrtenanteil           18 %

Die Verbesserung beim Bremsverhalten bringt Ihnen 2 % Telematik-Bonus ab 01.01.

Serkan Kaya""")

M("S", "en", "insurer-to-customer", "group life death claim: widow's bank data and death certificate request (life line)",
  frm=ADDR("ahmadi"), to="Katrin Strohmeier <katrin.strohmeier@mailbox.example>", subj="Group life benefit for your husband – payment", date="2026-03-16 10:05", sig="ahmadi", lang="en",
  body=f"""Dear Mrs Strohmeier,

please accept our sincere condolences. As the sole beneficiary under the group life insurance of
Vantari Systems GmbH (GL 4 410 902), you will receive EUR 312,000.00 for your late husband Peter
Strohmeier on 20 March 2026 to your account {IB("DE", "701500000012340987")}.

The original death certificate is no longer needed; the certified copy is sufficient.

With kind regards""")

M("C", "en", "insurer-to-employee", "secondment: named employee's salary split and tax residency",
  frm=ADDR("lehmkuhl"), to="Chidi Okafor <chidi.okafor@versicherer.example>", subj="Your secondment to Luxembourg – payroll set-up", date="2026-09-29 15:30", sig="lehmkuhl", sigstyle="short", lang="en",
  body="""Dear Chidi,

for your secondment to our Luxembourg branch (1 Nov 2026 – 31 Oct 2027):

- Annual salary EUR 86,500 continues to be paid from Cologne; 60 % is taxable in Luxembourg
  (183-day rule exceeded), 40 % in Germany.
- Foreign allowance: EUR 900 per month, housing allowance EUR 1,400 per month.
- Tax residency remains in Germany; A1 certificate applied for.

Please send us your Luxembourg tax card once issued.

Britta""")

M("N", "en", "internal", "trap: HR policy on remote work abroad, no person",
  frm=ADDR("weiss"), to="All staff <alle@versicherer.example>", subj="New policy: working from abroad (up to 20 days)", date="2026-05-04 09:00", sig="weiss", sigstyle="short", lang="en",
  body="""Dear colleagues,

from 1 June you may work from another EU/EEA country or Switzerland for up to 20 working days per
year. Requirements: manager approval, no customer appointments, VPN only, no printing of customer
documents, A1 certificate requested by HR. Health claims files may not be processed from abroad.

Nadine Weiß""")

M("S", "de", "company", "ZIP inside ZIP: employer's annual list of group-accident claims with named injured employees",
  frm=HR_STW, to=ADDR("dreyer"), subj="Jahresübersicht Unfälle 2026 (für die Vertragsbesprechung)", date="2026-12-07 15:05", orgname="Stadtwerke Hellenthal GmbH",
  body="""Sehr geehrter Herr Dreyer,

zur Besprechung am 14.12. unsere interne Übersicht (doppelt gezippt, sorry, kommt so aus dem DMS).

Sabine Krings""",
  att=[ZIP("Unfaelle_2026_Export.zip", [ZIP("Unfaelle_2026.zip", [XLSX("Unfallliste_2026.xlsx", {"2026": [
      ("Datum", "Name", "Verletzung", "AU-Tage", "Status"),
      ("2026-02-03", "Uwe Paschke", "Radiusfraktur rechts", 74, "Invalidität 11 % bezahlt"),
      ("2026-05-19", "Nicole Schäfer", "Hundebiss Unterschenkel (Zählerablesung)", 9, "abgeschlossen"),
      ("2026-09-02", "Piet Dahmen", "Querschnittlähmung nach Sturz", 96, "in Bearbeitung"),
      ("2026-10-08", "Hans-Jörg Riehl", "tödlich verunglückt", "-", "Todesfallleistung bezahlt"),
  ]}, author="Krings")])])])

M("N", "de", "internal", "trap: ODS group accident statistics by injury type, aggregated",
  frm=ADDR("dreyer"), to=ADDR("stone"), subj="Gruppenunfall 2026 – Statistik nach Verletzungsart", date="2026-12-10 10:45", sig="dreyer", sigstyle="short",
  body="""Hallo Rebecca,

für den XL-Renewal die Verdichtung (nur Fallzahlen und Aufwand).""",
  att=[ODS("GU_Statistik_2026.ods", {"2026": [
      ("Verletzungsart", "Fälle", "Aufwand EUR"),
      ("Frakturen obere Extremität", 41, 612000),
      ("Frakturen untere Extremität", 33, 588000),
      ("Wirbelsäule / Rückenmark", 3, 1310000),
      ("Bissverletzungen", 12, 38000),
      ("Todesfälle", 4, 140000),
  ]})])

M("C", "de", "company", "ODS list of subsidiaries' managing directors for a group D&O (names, functions, appointment dates)",
  frm="Kessler Bau AG – Recht <recht@kessler-bau.example>", to=ADDR("achterberg"), subj="D&O – Tochtergesellschaften und Geschäftsführer 2027", date="2026-11-11 11:50", orgname="Kessler Bau AG",
  body="""Sehr geehrter Herr Dr. Achterberg,

für die Einbeziehung der Töchter in die Konzern-D&O die Liste der Organmitglieder.

Gerd Wilmsen, Leiter Recht""",
  att=[ODS("Toechter_Organe_2027.ods", {"Organe": [
      ("Gesellschaft", "Geschäftsführer/in", "bestellt seit", "Privatanschrift"),
      ("Kessler Tiefbau GmbH", "Ralf Osterkamp", "2019-07-01", "Am Pfarrgarten 3, 51429 Bergisch Gladbach"),
      ("Kessler Immobilien GmbH", "Dr. Nadine Voss", "2023-01-15", "Marienburger Str. 12, 50968 Köln"),
      ("KB Polska Sp. z o.o.", "Paweł Zieliński", "2021-03-01", "ul. Długa 8, 60-101 Poznań"),
  ]})])

M("N", "de", "internal", "trap: data-protection quiz with fictitious cases",
  frm=ADDR("meier"), to="Kundenservice <kundenservice@versicherer.example>", subj="DS-Quiz der Woche", date="2026-06-12 08:00", sig="meier", sigstyle="short",
  body="""Guten Morgen!

Quiz der Woche – welche Mail darf unverschlüsselt raus?

a) „Sehr geehrter Herr Muster, Ihre Zahnarztrechnung über 480 EUR haben wir erstattet.“
b) „Sehr geehrte Frau Beispiel, anbei unsere Broschüre zur Zahnzusatzversicherung.“
c) „Lieber Makler, Ihr Kunde Max Mustermann (geb. 01.01.1980) hat gekündigt.“

Auflösung am Freitag. (Die Namen sind natürlich erfunden.)

Thomas""")

M("C", "de", "internal", "misdirected letter: customer received another named customer's motor letter",
  frm=ADDR("kowalski"), to=[ADDR("meier"), ADDR("engel")], subj="Fehlversand Kfz-Nachtrag – Kunde meldet sich", date="2026-05-28 14:40", sig="kowalski", sigstyle="short",
  body="""Hallo zusammen,

Herr Tobias Rehn (K 88 403 512) hat angerufen: In seinem Umschlag lag der Versicherungsnachtrag von
Frau Hanne Wiese, Brühl (K 88 403 311, neues Fahrzeug BM-HW 61, Beitrag 612,40 EUR). Er schickt
das Schreiben zurück. Bitte als Datenschutzvorfall aufnehmen.

Lena Kowalski""")

M("S", "de", "company", "forwarded employee complaint about bKV refusal of psychotherapy sessions",
  frm="Karin Lindemann <k.lindemann@baeckerei-lindemann.example>", to=ADDR("haberl"), subj="WG: Ablehnung Therapie", date="2026-10-14 07:50", orgname="Bäckerei Lindemann GmbH",
  body="""Frau Haberl, bitte einmal anschauen – die Mitarbeiterin ist einverstanden, dass ich das weiterleite.

K. Lindemann""",
  att=[EML(INNER("Sven Jörres <sven.joerres@mailbox.example>", "Karin Lindemann <k.lindemann@baeckerei-lindemann.example>", "Ablehnung Therapie",
                 "2026-10-13 21:30", """Hallo Chefin,

die bKV hat mir die weiteren Sitzungen aus dem Baustein Mentale Gesundheit abgelehnt, nur 5 im Jahr.
Seit Papas Schlaganfall habe ich Panikattacken und schlafe kaum, die Psychologin sagt ich brauche
mindestens 10 Termine. Kannst du da was machen?

Sven""", "<5e1c8d2a-7b7f-4f0e-9d4c-1a2b3c4d5e6f@mailbox.example>"))])

M("N", "de", "internal", "trap: blank insider list template (MAR)",
  frm=ADDR("ziegler"), to="Investor Relations <ir@versicherer.example>", subj="Vorlage Insiderliste (Art. 18 MAR)", date="2026-02-23 10:00", sig="ziegler", sigstyle="short",
  body="""Hallo IR,

anbei die aktuelle Vorlage. Bitte nur über das Compliance-Tool befüllen, nicht per Mail versenden.""",
  att=[XLSX("Vorlage_Insiderliste.xlsx", {"Insiderliste": [
      ("Vorname", "Nachname", "Geburtsname", "Geburtsdatum", "Privatanschrift", "Funktion", "Aufnahme (Datum/Uhrzeit)"),
  ]}, author="Compliance")])

M("C", "de", "internal", "filled insider list: named persons with birth dates and private addresses",
  frm=ADDR("ziegler"), to=ADDR("morgan"), subj="Insiderliste Projekt Rheinbrücke – Stand 14.09.", date="2026-09-14 18:20", sig="ziegler", sigstyle="short",
  body="""James, wie besprochen der Auszug für den Abschlussprüfer. Bitte nur verschlüsselt weitergeben.""",
  att=[XLSX("Insiderliste_Rheinbruecke_2026-09-14.xlsx", {"Insiderliste": [
      ("Vorname", "Nachname", "Geburtsdatum", "Privatanschrift", "Funktion", "Aufnahme"),
      ("James", "Morgan", "1981-06-30", "Lindenallee 4, 50968 Köln", "Group Finance", "2026-08-01 09:00"),
      ("Rebecca", "Stone", "1985-02-17", "Goltsteinstr. 88, 50968 Köln", "Rückversicherung", "2026-08-03 14:30"),
      ("Chidi", "Okafor", "1988-09-05", "Neusser Str. 210, 50733 Köln", "Aktuariat", "2026-08-10 11:00"),
  ]}, author="Compliance")])
# ---------------------------------------------------------------- 0251-0300

M("N", "de", "insurer-to-company", "trap: fleet product brochure PDF, no person",
  frm=ADDR("kaya"), to="Wachschutz Rheinland GmbH <info@wachschutz-rheinland.example>", subj="Informationen Flottenversicherung", date="2026-02-11 13:00", sig="kaya", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

wie telefonisch besprochen unsere Produktinformation zur Flottenversicherung ab 5 Fahrzeugen.""",
  att=[PDF("Produktinfo_Flotte_2026.pdf", [("h", "Flottenversicherung ab 5 Fahrzeugen"),
      "Ein Vertrag für alle Fahrzeuge, Beitrag nach Schadenverlauf der Flotte statt SF-Klassen, Fahrerkreis frei, Telematik-Bonus bis 10 %.",
      "Optional: Werkverkehr-Ladung, Fahrerschutz (Unfallschutz für Fahrerinnen und Fahrer), Schutzbrief Europa."], title="Produktinfo Flotte")])

M("C", "de", "insurer-to-customer", "PDF endorsement to a sole trader's commercial liability with his address and premium",
  frm=ADDR("becker"), to="Malermeister Andreas Pütz <info@maler-puetz.example>", subj="Nachtrag zu Ihrer Betriebshaftpflicht 3 301 774 612", date="2026-03-02 10:20", sig="becker", sigstyle="short",
  body="""Sehr geehrter Herr Pütz,

nach Ihrer Umsatzmeldung haben wir den Beitrag angepasst. Der Nachtrag hängt an.""",
  att=[PDF("Nachtrag_3301774612_2026.pdf", [("h", "Nachtrag Nr. 3 zur Betriebshaftpflichtversicherung 3 301 774 612"),
      "Versicherungsnehmer: Andreas Pütz, Malermeister, Hauptstraße 41, 53721 Siegburg",
      "Beitragsgrundlage Umsatz 2025: 287.400 EUR (bisher 241.000 EUR)",
      "Neuer Jahresbeitrag ab 01.02.2026: 1.318,20 EUR zzgl. VersSt.; Nachberechnung 2025: 171,60 EUR"], title="Nachtrag")])

M("S", "de", "insurer-to-customer", "PDF bKV dental benefit statement for a named member",
  frm=ADDR("wendland"), to="Jelena Marković <jelena.markovic88@mailbox.example>", subj="Ihre Leistungsabrechnung bKV", date="2026-05-04 11:05", sig="wendland", sigstyle="short",
  body="""Sehr geehrte Frau Marković,

Ihre Abrechnung finden Sie im Anhang. Das Portal klappt jetzt hoffentlich auch – sonst rufen Sie gern an.""",
  att=[PDF("Leistungsabrechnung_KV-GR-5120-0-007.pdf", [("h", "Leistungsabrechnung betriebliche Krankenversicherung"),
      "Versicherte: Jelena Markovic, bKV-Nr. KV-GR 5120-0-007 (Bäckerei Lindemann GmbH)",
      ("t", [("Rechnung", "Leistung", "Betrag EUR", "erstattet EUR"), ("Dr. Sahin, 22.04.2026", "Wurzelkanalbehandlung Zahn 46, GOZ 2410/2440", "612,40", "612,40"),
             ("Dr. Sahin, 22.04.2026", "Vollkeramikkrone Zahn 46", "774,00", "387,60")]),
      "Zahnersatz: Budget 600 EUR, davon verbraucht 387,60 EUR."], title="Leistungsabrechnung", unicode=True)])

M("N", "de", "internal", "trap: HR cost-centre budget, no persons",
  frm=ADDR("lehmkuhl"), to=ADDR("morgan"), subj="Budget Personalkosten 2027 – Kostenstellen Firmenkunden", date="2026-10-09 14:00", sig="lehmkuhl", sigstyle="short",
  body="""Hallo James, die Planung anbei.""",
  att=[XLSX("Budget_PK_2027_FK.xlsx", {"2027": [
      ("Kostenstelle", "FTE", "Personalkosten EUR", "Veränderung"),
      ("4100 Firmenkunden Kranken", 18.5, 1582000, "+4,1 %"),
      ("4200 bAV-Service", 24.0, 1988000, "+3,2 %"),
      ("4300 Gruppenunfall", 7.0, 561000, "+2,8 %"),
      ("4400 Financial Lines", 9.5, 1012000, "+6,0 %"),
  ]}, author="Lehmkuhl")])

M("S", "en", "company", "salary list for group life (3x salary) of named employees: life line",
  frm=HR_VANT, to=ADDR("sommerfeld"), subj="Group life – annual salary update 2027", date="2026-12-02 16:15", orgname="Vantari Systems GmbH", lang="en",
  body="""Hi Ms Sommerfeld,

attached the salary update for the group life contract (benefit = 3 x annual base salary). Changes only.

Rachel""",
  att=[XLSX("GL_salary_update_2027.xlsx", {"Changes": [
      ("Employee ID", "Name", "DOB", "Base salary 2027 EUR", "Sum insured EUR"),
      ("VS-2231", "Daniel Okonkwo", "1990-08-19", 84000, 252000),
      ("VS-2240", "Marta Lindgren", "1987-11-07", 97500, 292500),
      ("VS-2244", "Tomasz Wrona", "1995-01-30", 78000, 234000),
      ("VS-1102", "Florian Heidecker", "1976-03-22", 240000, 720000),
  ]}, author="Greene")])

M("C", "de", "company", "CSV update of named care-service drivers with birth dates for the fleet",
  frm=PFLEGE, to=ADDR("kaya"), subj="Neue Fahrerinnen ab 01.08.", date="2026-07-28 12:45", orgname="Pflegedienst Sonnenschein GmbH",
  body="""Hallo Herr Kaya, zwei neue Kolleginnen fahren ab August. Liste anbei. M. Brenig""",
  att=[CSV("neue_Fahrer_08-2026.csv", [("Name", "geb.", "FS seit", "Fahrzeug"),
      ("Svenja Kurth", "2003-01-14", "2021", "BN-PS 101"), ("Fatma Aydoğan", "1979-08-30", "1998", "BN-PS 124")])])

M("N", "de", "company", "trap: company vehicle list without drivers (plates, models), company only",
  frm=HR_STW, to=ADDR("kaya"), subj="Fahrzeugbestand 2027", date="2026-11-25 09:30", orgname="Stadtwerke Hellenthal GmbH",
  body="""Sehr geehrter Herr Kaya, Fahrzeugbestand für die Verlängerung anbei. Fahrerkreis unbeschränkt.""",
  att=[CSV("Fahrzeugbestand_2027.csv", [("Kennzeichen", "Typ", "Erstzulassung", "Nutzung"),
      ("EU-SW 101", "VW Crafter Werkstattwagen", "2021", "Netzbetrieb"), ("EU-SW 102", "VW Crafter Werkstattwagen", "2021", "Netzbetrieb"),
      ("EU-SW 140", "Unimog U 423", "2019", "Winterdienst"), ("EU-SW 7", "Hyundai Kona Elektro", "2024", "Pool")])])

M("S", "de", "internal", "DOCX file note of a call with an applicant's GP about her diabetes values",
  frm=ADDR("peters"), to="Risikoprüfung Leben/BU <rp-leben@versicherer.example>", subj="Aktennotiz L-7740355", date="2026-06-22 16:55", sig="peters", sigstyle="short",
  body="""Zur Akte.""",
  att=[DOCX("Aktennotiz_L-7740355.docx", [("h", "Aktennotiz Telefonat mit Hausarzt"),
      "Antrag L-7740355 – Antragstellerin Sabine Kröger, geb. 14.03.1972 – Gespräch mit Dr. med. Wolfgang Bär am 22.06.2026 (Schweigepflichtentbindung liegt vor).",
      "Diabetes mellitus Typ 2 seit 2019, Metformin 1000 mg 2x tgl., HbA1c 03/2026: 6,9 %, keine Folgeschäden, Augenhintergrund o. B., Nierenwerte normal.",
      "Votum: Zuschlag 50 % auf den Risikobeitrag."], author="Peters")])

M("N", "de", "internal", "trap: DOCX job advert for a medical underwriter",
  frm=ADDR("weiss"), to=ADDR("baumann"), subj="Stellenanzeige Ärztin/Arzt Risikoprüfung – bitte veröffentlichen", date="2026-04-17 10:10", sig="weiss", sigstyle="short",
  body="""Hallo Julia, Text anbei für Karriereseite und LinkedIn.""",
  att=[DOCX("Stellenanzeige_Aerztlicher_Dienst.docx", [("h", "Ärztin / Arzt (m/w/d) für die Risiko- und Leistungsprüfung"),
      "Sie beurteilen Gesundheitsangaben in Anträgen zur Lebens- und Berufsunfähigkeitsversicherung, erstellen Voten zu komplexen Leistungsfällen (Psychiatrie, Orthopädie, Onkologie) und schulen unsere Sachbearbeitung.",
      "Sie bringen mit: Approbation, Facharzt (Innere, Allgemeinmedizin oder Arbeitsmedizin), Freude an Aktenarbeit. Keine Nacht- und Wochenenddienste."], author="Weiß")])

M("C", "de", "broker", "DOCX broker mandate of a named customer with birth date and contracts (non-personal lines)",
  frm="Kai-Uwe Brandl <brandl@brandl-assekuranz.example>", to="Maklerbetreuung <maklerbetreuung@versicherer.example>", subj="Maklervollmacht Frau Morozova", date="2026-05-13 15:20", orgname="Brandl Assekuranzmakler GmbH",
  body="""Hallo, anbei die Vollmacht unserer Kundin zur Übernahme der Betreuung.""",
  att=[DOCX("Maklervollmacht_Morozova.docx", [("h", "Maklervollmacht"),
      "Ich, Svetlana Morozova, geb. 14.09.1983, Severinstr. 88, 50678 Köln, bevollmächtige die Brandl Assekuranzmakler GmbH, meine Versicherungsverträge zu betreuen:",
      ("t", [("Vertrag", "Sparte"), ("K 88 404 551", "Kfz"), ("HR 4 471 661 020", "Hausrat"), ("PH 1 220 881 404", "Privathaftpflicht")]),
      "Köln, 12.05.2026, gez. S. Morozova"], author="Brandl")])

M("N", "en", "insurer-to-supplier", "trap: DOCX data processing agreement draft, generic",
  frm=ADDR("meier"), to="Datavanta Legal <legal@datavanta.example>", subj="DPA draft – UAT services 2027", date="2026-11-02 11:00", sig="meier", sigstyle="short", lang="en",
  body="""Dear colleagues, after the incident in September we need a revised DPA. Draft attached.""",
  att=[DOCX("DPA_Datavanta_2027_draft.docx", [("h", "Data Processing Agreement (Art. 28 GDPR) - Draft"),
      "1. Subject: testing services for motor and property systems. 2. Categories of data: none - the processor works exclusively with synthetic data. 3. Any receipt of production data is an incident to be reported within 24 hours.",
      "4. Special categories (Art. 9 GDPR): not processed. 5. Sub-processors: none without prior written approval."], author="Meier")])

M("S", "en", "partner", "ODS monthly case list of the assistance company with named members and diagnoses",
  frm=ASSIST, to=ADDR("whitfield"), subj="Open inpatient cases – status 30 Sept", date="2026-09-30 18:00", orgname="GlobalAssist", lang="en",
  body="""Emma, open inpatient cases as of today attached.""",
  att=[ODS("open_cases_2026-09-30.ods", {"Open": [
      ("Case", "Member", "Country", "Hospital", "Diagnosis", "Admitted"),
      ("GA-26-08-0912", "Robert Adeyemi-Schulz", "South Africa", "Netcare Milpark", "Severe malaria, AKI (B50.9, N17.9)", "2026-08-15"),
      ("GA-26-09-1201", "Kristoffer Dahl", "UAE", "Mediclinic City", "Melanoma follow-up surgery", "2026-09-28"),
  ]})])

M("C", "de", "company", "ODS: guard dog handlers of a security company (names, addresses) for dog liability",
  frm="Wachschutz Rheinland GmbH <info@wachschutz-rheinland.example>", to=ADDR("oltmanns"), subj="Hundeführer für Tierhalterhaftpflicht", date="2026-03-09 08:40", orgname="Wachschutz Rheinland GmbH",
  body="""Guten Tag, anbei die Hundeführer und Hunde für den Vertrag. Bitte Bestätigung.""",
  att=[ODS("Hundefuehrer_2026.ods", {"Hunde": [
      ("Hund", "Rasse", "Chip", "Hundeführer", "Anschrift Hundeführer"),
      ("Aron", "Dt. Schäferhund", "276098106612345", "Maik Overbeck", "Sechtemer Str. 4, 50389 Wesseling"),
      ("Bella", "Malinois", "276098106698765", "Nadine Rüttgers", "Kirchweg 19, 53332 Bornheim"),
  ]})])

M("N", "de", "insurer-to-partner", "trap: ODT press release on bKV mental-health module",
  frm=ADDR("baumann"), to="Redaktion Versicherungswirtschaft heute <redaktion@vwheute.example>", subj="Pressemitteilung: bKV-Baustein Mentale Gesundheit", date="2026-11-10 09:00", sig="baumann", sigstyle="short",
  body="""Sehr geehrte Damen und Herren, anbei unsere Pressemitteilung mit Sperrfrist 10 Uhr.""",
  att=[ODT("PM_2026-11-10_bKV_Mentale_Gesundheit.odt", [("h", "Versicherer erweitert betriebliche Krankenversicherung um Baustein Mentale Gesundheit"),
      "Köln, 10. November 2026 – Psychische Erkrankungen sind inzwischen die zweithäufigste Ursache für Arbeitsunfähigkeit. Mit dem neuen Baustein erhalten Beschäftigte schnelle Hilfe: fünf Sitzungen psychologische Beratung im Jahr, Online-Programme bei Angst und Depression, Videosprechstunde.",
      "Pressekontakt: Julia Baumann, Unternehmenskommunikation"])])

M("S", "de", "lawyer", "ODT objection letter by an employee's lawyer against the group-disability rejection, diagnoses cited",
  frm="Rechtsanwältin Dr. Meike Ostrowski <ostrowski@kanzlei-ostrowski.example>", to=ADDR("ahmadi"), subj="Gruppen-BU GBU-26-0031 – Hamacher – Widerspruch", date="2026-08-27 17:30", orgname="Kanzlei Dr. Ostrowski",
  body="""Sehr geehrte Frau Ahmadi,

in obiger Sache zeige ich die Vertretung von Frau Hamacher an. Widerspruch anbei.

Dr. Meike Ostrowski, Rechtsanwältin""",
  att=[ODT("Widerspruch_Hamacher_2026-08-27.odt", [("h", "Widerspruch gegen die Leistungsablehnung vom 10.06.2026"),
      "Meine Mandantin leidet an einer schweren depressiven Episode (F32.2) und einem Fibromyalgiesyndrom; seit Juli 2026 wird sie in einer psychiatrischen Tagesklinik behandelt. Das Gutachten Dr. Kampe ist nach Aktenlage erstellt und daher unverwertbar (BGH IV ZR 118/25).",
      "Ich fordere Sie auf, die Berufsunfähigkeit ab 01.12.2025 anzuerkennen."])])

M("C", "de", "internal", "TXT call note: named customer's divorce and change of policyholder for household insurance",
  frm=ADDR("kowalski"), to=ADDR("demir"), subj="Telefonnotiz Versicherungsnehmerwechsel", date="2026-04-30 15:15", sig="kowalski", sigstyle="name",
  body="""Aylin, Notiz anbei, bitte VN-Wechsel prüfen.""",
  att=[TXT("Telefonnotiz_2026-04-30.txt", """30.04.2026 14:52 – Anruferin: Ute Kessel, Heideweg 88, 51147 Köln
Vertrag HR 4 472 300 019 (VN bisher Frank Kessel)
Sie lebt seit Januar getrennt, Scheidung läuft (AG Köln). Herr Kessel ist ausgezogen.
Sie möchte Versicherungsnehmerin werden und Beiträge ab Juni von ihrem eigenen Konto zahlen.
Zustimmung von Herrn Kessel liegt angeblich vor – schriftlich anfordern.
""")])

M("N", "de", "internal", "trap: TLS handshake log with a partner domain, no personal data",
  frm=ADDR("fischer"), to=ADDR("raman"), subj="TLS mit brueckner-feinmechanik.example schlägt fehl", date="2026-03-03 10:40", sig="fischer", sigstyle="short",
  body="""Priya, der Partner hat sein Zertifikat getauscht, MTA-STS greift. Log anbei.""",
  att=[TXT("tls_brueckner.log", """Mar  3 10:31:07 mx2 postfix/smtp[41188]: Untrusted TLS connection established to mx.brueckner-feinmechanik.example[203.0.113.25]:25: TLSv1.3
Mar  3 10:31:07 mx2 postfix/smtp[41188]: server certificate verification failed for mx.brueckner-feinmechanik.example: num=20:unable to get local issuer certificate
Mar  3 10:31:07 mx2 postfix/smtp[41188]: 4F1B21C02A: to=<p.hollmann@brueckner-feinmechanik.example>, status=deferred (MTA-STS policy enforce: certificate not trusted)
""")])

M("S", "de", "internal", "bland body; forwarded rfc822: wife of a paraplegic employee asks about accident pension",
  frm=ADDR("dreyer"), to=ADDR("albrecht"), subj="WG: Frage Unfallrente", date="2026-10-21 10:00", sig="dreyer", sigstyle="name",
  body="""Miriam, kannst du das übernehmen? Ich bin ab morgen im Urlaub.""",
  att=[EML(INNER(HR_STW, ADDR("dreyer"), "WG: Frage Unfallrente", "2026-10-20 15:12", """Herr Dreyer, bitte direkt beantworten. Gruß S. Krings""",
                 "<hr-stw-20261020-1512@stadtwerke-hellenthal.example>",
                 att=[EML(INNER("Lisa Dahmen <lisa.dahmen@mailbox.example>", HR_STW, "Frage Unfallrente", "2026-10-20 11:03", """Sehr geehrte Frau Krings,

mein Mann Piet ist jetzt in der Reha in Bad Wildbad. Die Ärzte sagen, er wird nicht wieder
laufen können. Bekommt er die Unfallrente aus der Versicherung der Stadtwerke schon jetzt oder
erst, wenn alles abgeschlossen ist? Wir müssen das Haus rollstuhlgerecht umbauen.

Lisa Dahmen""", "<a1b2c3d4-dahmen@mailbox.example>"))]))])

M("C", "en", "auditor", "forwarded auditor confirmation: sole-trader agent's commission account balance",
  frm=ADDR("morgan"), to=ADDR("falk"), subj="Fw: Balance confirmation – agency 4711-22", date="2026-01-26 11:30", sig="morgan", sigstyle="short", lang="en",
  body="""Bernd, can you confirm the figures below for the auditors?""",
  att=[EML(INNER(AUDIT, ADDR("morgan"), "Balance confirmation – agency 4711-22", "2026-01-23 17:00",
                 """James, please confirm the commission account of agent Jürgen Kamps (sole trader, agency 4711-22)
as at 31 Dec 2025: commission paid 2025 EUR 96,480.12, clawback reserve EUR 4,210.00, balance EUR 1,118.40 in his favour.

Oliver""", "<CL-FY25-conf-0412@carrowlyle.example>"))])

M("N", "de", "internal", "trap: forwarded regulator newsletter on IT requirements",
  frm=ADDR("fischer"), to="IT-Leitung <it-leitung@versicherer.example>", subj="WG: Aufsichtsmitteilung DORA – Registerpflichten", date="2026-01-19 08:45", sig="fischer", sigstyle="name",
  body="""Zur Info, betrifft auch die Dienstleister TeleServ und ScanPoint.""",
  att=[EML(INNER("Aufsicht Newsletter <newsletter@aufsicht.example>", "it-leitung@versicherer.example", "Aufsichtsmitteilung: Informationsregister nach DORA", "2026-01-16 07:00",
                 """Die Aufsicht erinnert an die jährliche Einreichung des Informationsregisters über IKT-Drittdienstleister bis 30. April. Neu: Dienstleister, die Gesundheitsdaten verarbeiten, sind gesondert zu kennzeichnen.""",
                 "<nl-2026-03@aufsicht.example>"))])

M("S", "de", "company", "ZIP with PDF graded return-to-work plan for a named employee",
  frm=HR_BRUE, to=ADDR("ahmadi"), subj="Wiedereingliederung Herr Theisen – Stufenplan", date="2026-11-06 11:10", orgname="Brückner Feinmechanik GmbH",
  body="""Hallo Frau Ahmadi, zur Info für die BU-Nachprüfung. Gruß P. Hollmann""",
  att=[ZIP("Stufenplan_Theisen.zip", [PDF("Stufenplan_Theisen.pdf", [("h", "Stufenweise Wiedereingliederung (Hamburger Modell)"),
      "Arbeitnehmer: Bernd Theisen, geb. 22.01.1969 - behandelnder Arzt: Dr. Ferhat Aksoy, Orthopädie Solingen",
      ("t", [("Zeitraum", "Std./Tag", "Tätigkeit"), ("16.11.-29.11.2026", "3", "Arbeitsvorbereitung, sitzend"),
             ("30.11.-13.12.2026", "4", "wie oben"), ("14.12.-31.12.2026", "6", "leichte Rüsttätigkeit, kein Heben > 10 kg")]),
      "Einschränkungen: keine Überkopfarbeiten, kein Schichtdienst (Z. n. Bandscheiben-OP L4/5)."], title="Stufenplan")])])

M("C", "de", "company", "ZIP: fleet renewal data with named drivers and birth dates",
  frm="Kessler Bau AG – Fuhrpark <fuhrpark@kessler-bau.example>", to=ADDR("kaya"), subj="Verlängerung Flotte FL 88 402 990 – Daten", date="2026-10-26 09:20", orgname="Kessler Bau AG",
  body="""Guten Morgen Herr Kaya, die Daten für die Verlängerung im ZIP.""",
  att=[ZIP("Flotte_Kessler_2027.zip", [XLSX("Fahrer_Kessler_2027.xlsx", {"Fahrer": [
      ("Fahrer", "geb.", "Fahrzeug", "Kennzeichen"),
      ("Dr. Frederik Kessler", "21.10.1968", "Porsche Taycan", "K-FK 1968"),
      ("Svenja Albers", "09.07.1979", "Audi Q8 e-tron", "K-KB 200"),
      ("Kevin Brosch", "08.07.1990", "VW Amarok", "K-KB 311"),
  ]}, author="Fuhrpark"), TXT("Hinweise.txt", "Herr Brosch hatte 2026 einen Parkschaden (ohne Personenschaden), sonst schadenfrei.\n")])])

M("N", "de", "company", "trap: ZIP with a company's building values list, no persons",
  frm="Kessler Bau AG – Recht <recht@kessler-bau.example>", to=ADDR("hartmann"), subj="Gebäudeliste Sachversicherung 2027", date="2026-10-26 09:40", orgname="Kessler Bau AG",
  body="""Sehr geehrter Herr Hartmann, anbei die Werteliste.""",
  att=[ZIP("Werteliste_2027.zip", [CSV("Gebaeude_2027.csv", [("Standort", "Nutzung", "Baujahr", "Wert 1914 Mark", "Neuwert EUR"),
      ("Köln-Ossendorf", "Verwaltung", "1998", "412.000", "9.880.000"), ("Köln-Porz", "Lager/Werkstatt", "2005", "301.000", "7.220.000"),
      ("Wuppertal", "Baustellencontainer", "2024", "-", "380.000")])])])

M("S", "de", "internal", "mobile one-liner: named colleague is off sick again with her back",
  frm="Markus Thiel <markus.thiel@versicherer.example>", to="Jörg Wittek <joerg.wittek@versicherer.example>", subj="Dienst morgen", date="2026-11-09 19:40", client="mobile",
  body="""Frau Rosendahl ist wieder krank, Rücken wieder schlimmer, diesmal wohl länger. Kannst du morgen ihren Telefondienst übernehmen?""")

M("N", "de", "internal", "trap: mobile one-liner, colleague absent without reason",
  frm="Markus Thiel <markus.thiel@versicherer.example>", to="Jörg Wittek <joerg.wittek@versicherer.example>", subj="Dienst Freitag", date="2026-09-10 18:02", client="mobile",
  body="""Frau Rosendahl ist Freitag nicht da, kannst du ihren Telefondienst übernehmen? Danke dir""")

M("C", "de", "internal", "mobile note: named driver, plate and claim number for a fleet claim without injuries",
  frm=ADDR("kaya"), to="Kfz-Schaden Posteingang <kfz-schaden@versicherer.example>", subj="Neuer Flottenschaden", date="2026-06-11 17:55", client="mobile",
  body="""Bitte anlegen: Nordlicht, HB-NL 433, Fahrer Finn Lüders, Rolltor Halle 3 beschädigt, keine Verletzten, ca. 18 T€. Nr. K-26-022410. Gruß Serkan""")

M("N", "en", "partner", "trap: reinsurer's renewal terms, rates only",
  frm=RE_RHEN, to=ADDR("stone"), subj="2027 renewal – indicative terms", date="2026-11-05 14:20", orgname="Rhenania Re", lang="en",
  body="""Dear Rebecca,

indicative 2027 terms:

- Group disability XL: priority EUR 1.5m, limit EUR 40m, rate 2.1 % of GNPI (2026: 2.3 %)
- Accident per risk XL: unchanged, 1.4 % of GNPI
- Property per risk XL: priority EUR 3m, rate on line 4.8 %

Valid until 20 November.

Konrad Weinzierl, Rhenania Re""")

M("C", "en", "insurer-to-partner", "D&O facultative submission naming directors of a company; no health or criminal data",
  frm=ADDR("achterberg"), to=RE_RHEN, subj="Facultative D&O – Halvorsen Maritime GmbH", date="2026-09-22 11:45", sig="achterberg", sigstyle="short", lang="en",
  body="""Konrad,

we seek 50 % facultative support on EUR 10m primary D&O for Halvorsen Maritime GmbH. Insured persons
include managing directors Lars Ivar Halvorsen and Dr Jutta Rademacher; no claims or
circumstances declared. Premium EUR 31,000 (100 %). Application attached via SFTP.

Jan""")

M("S", "en", "insurer-to-partner", "group disability claim advice to the reinsurer: named employee with melanoma",
  frm=ADDR("ahmadi"), to=RE_RHEN, subj="GBU XL – claim advice GBU-26-0063 (Dahl)", date="2026-05-18 10:00", sig="ahmadi", sigstyle="short", lang="en",
  body="""Dear Konrad,

claim advice under the group disability XL:

Insured: Kristoffer Dahl, born 9 Dec 1983, Vantari Systems (sales director)
Cause: malignant melanoma pT2a with lymph node involvement, adjuvant immunotherapy (pembrolizumab) since April
Benefit: EUR 2,000 monthly disability annuity from 1 May 2026, premium waiver
Reserve: EUR 612,000

Leyla""")

M("N", "de", "internal", "trap: project status of the employer portal rollout",
  frm=ADDR("raman"), to="Lenkungskreis Arbeitgeberportal <lk-agportal@versicherer.example>", subj="Statusbericht Arbeitgeberportal KW 44", date="2026-10-30 16:00", sig="raman", sigstyle="short",
  body="""Status: grün.

- 1.214 Firmenkunden registriert (Ziel Jahresende: 1.500)
- 71 % der bAV-/bKV-Meldungen kommen inzwischen über das Portal statt per Mail
- Pentest-Feststellungen alle behoben
- Nächster Meilenstein: Massen-Upload für LohnPro-Mandanten (KW 48)

Priya""")

M("N", "de", "internal", "trap: employer portal admin users (business contacts only, no sensitive data)",
  frm=ADDR("haberl"), to=ADDR("raman"), subj="Portal-Admins unserer Top-Firmenkunden", date="2026-03-17 09:15", sig="haberl", sigstyle="name",
  body="""Hallo Priya, für die Pilotphase bitte diese Admin-Zugänge anlegen:

- Brückner Feinmechanik GmbH: Petra Hollmann, p.hollmann@brueckner-feinmechanik.example
- Vantari Systems GmbH: Rachel Greene, rachel.greene@vantari-systems.example
- Stadtwerke Hellenthal GmbH: Sabine Krings, personal@stadtwerke-hellenthal.example

Danke, Verena""")

M("C", "de", "insurer-to-customer", "payment reminder to a sole-trader taxi owner with amount and contracts",
  frm=ADDR("becker"), to="Erol Şahin <taxi-sahin@mailbox.example>", subj="Zahlungserinnerung Kleinflotte FL 88 405 117", date="2026-05-15 08:30", sig="becker",
  body="""Sehr geehrter Herr Şahin,

für Ihre Kleinflotte (4 Taxen) ist der Beitrag für das 2. Quartal in Höhe von 3.520,00 EUR noch
offen. Bitte überweisen Sie den Betrag bis 29.05.2026. Bei Nichtzahlung sind wir nach § 38 VVG
leistungsfrei.

Mit freundlichen Grüßen""")

M("S", "de", "internal", "named employee reports multiple sclerosis; question on the disability rider in her direct insurance",
  frm=ADDR("sommerfeld"), to=ADDR("stanek"), subj="Frage BU-Zusatz DV 71 330 612", date="2026-09-08 13:20", sig="sommerfeld", sigstyle="short",
  body="""Hallo Oliver,

Frau Sandra Reinartz (Brückner) hat mich angerufen: Sie hat im August die Diagnose Multiple
Sklerose bekommen und ist verunsichert, ob ihr BU-Zusatz greift, wenn sie Stunden reduzieren muss.
Arbeitsunfähig ist sie derzeit nicht. Kannst du sie zurückrufen? 0212 4471 8821.

Kerstin""")

M("N", "de", "internal", "trap: work instruction on handling employer lists, no data",
  frm=ADDR("sommerfeld"), to="bAV-Service <bav-service@versicherer.example>", subj="Arbeitsanweisung: Mitarbeiterlisten von Arbeitgebern", date="2026-07-13 08:00", sig="sommerfeld", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ab sofort gilt:
1. Listen per Mail: im Bestandssystem ablegen, Mail löschen, Arbeitgeber auf Portal hinweisen.
2. Listen nie an andere Abteilungen weiterleiten, nur den Ablage-Link.
3. Enthält eine Liste Angaben zu Krankheit, Schwangerschaft oder Behinderung: sofort an den DSB.

Kerstin""")

M("C", "de", "service-provider", "call centre reports a named caller objecting to call recording; household claim details",
  frm=TELESERV, to=ADDR("marx"), subj="Widerspruch Gesprächsaufzeichnung – Ticket 2026-08-2211", date="2026-08-21 16:30", orgname="TeleServ Dialog GmbH",
  body="""Hallo Herr Marx,

Herr Dr. Stefan Ohm (Kd.-Nr. 7001 0042) hat der Aufzeichnung seines Anrufs vom 20.08. widersprochen
und verlangt die Löschung. Inhalt des Anrufs: Einbruch in sein Haus in Köln-Marienburg am 18.08.,
Schaden ca. 24.000 EUR (Schmuck, Laptop), Hausratvertrag HR 4 470 009 118. Die Aufzeichnung ist
gesperrt; bitte Freigabe zur Löschung.

Janina Kempf""")

M("N", "de", "service-provider", "trap: call-centre invoice, company data only",
  frm=TELESERV, to="Kreditorenbuchhaltung <kreditoren@versicherer.example>", subj="Rechnung 2026-0818 Hotline-Dienstleistung Juli", date="2026-08-05 10:00", orgname="TeleServ Dialog GmbH",
  body=f"""Sehr geehrte Damen und Herren,

Rechnung 2026-0818: 71.418 Anrufminuten à 0,94 EUR = 67.132,92 EUR netto zzgl. USt.
Zahlbar an TeleServ Dialog GmbH, IBAN {IB("DE", "200400000628447700")}.

TeleServ Dialog GmbH · Buchhaltung""")

M("C", "de", "supplier", "printer forwards forwarding-address updates of named customers",
  frm=DRUCK, to=ADDR("kowalski"), subj="Nachsendeadressen aus Retouren KW 10", date="2026-03-20 11:30", orgname="Druckhaus Rhein-Sieg GmbH",
  body="""Sehr geehrte Frau Kowalski,

für zwei Retouren hat die Post Nachsendeadressen gemeldet:

Marlies Kuhn (HR 4 471 028 331): neu Am Markt 3, 56410 Montabaur
Aleksandra Nowak (HR 4 472 110 876): neu Troisdorfer Str. 12a, 53840 Troisdorf

Tanja Weyer""")

M("S", "de", "assessor", "expert's invoice listing named insured and types of medical examinations",
  frm=MEDEX, to="Kreditorenbuchhaltung <kreditoren@versicherer.example>", subj="Sammelrechnung Gutachten September", date="2026-10-02 09:00", orgname="MedExpert Gutachten GmbH",
  body="""Sehr geehrte Damen und Herren, unsere Sammelrechnung anbei.""",
  att=[PDF("Sammelrechnung_2026-09.pdf", [("h", "MedExpert Gutachten GmbH - Sammelrechnung September 2026"),
      ("t", [("Auftrag", "Proband/in", "Fachgebiet", "EUR"), ("BU-24-00318", "Kerstin Fahl", "Psychiatrie, Zusatzgutachten Testpsychologie", "2.840,00"),
             ("GBU-26-0047", "Ralf Esser", "Orthopädie", "1.620,00"), ("U-26-00731", "Uwe Paschke", "Unfallchirurgie", "1.180,00")]),
      "Gesamt netto 5.640,00 EUR (umsatzsteuerfrei nach § 4 Nr. 14 UStG)."], title="Sammelrechnung")])

M("N", "de", "insurer-to-assessor", "trap: framework fee schedule with the medical expert service",
  frm=ADDR("krueger"), to=MEDEX, subj="Rahmenvertrag 2027 – Honorartabelle", date="2026-12-03 14:00", sig="krueger", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

die vereinbarte Honorartabelle ab 2027:

Orthopädie/Unfallchirurgie  1.650 EUR
Neurologie                  1.900 EUR
Psychiatrie                 2.450 EUR (+ Testpsychologie 450 EUR)
Aktengutachten                780 EUR

Stefan Krüger""")

M("C", "en", "lawyer", "defence counsel reports settlement amount with a named managing director (D&O, civil)",
  frm="Dr. Lutz Sarrazin <sarrazin@sarrazin-law.example>", to=ADDR("achterberg"), subj="Vantari / Heidecker – settlement proposal", date="2026-12-10 17:40", orgname="Sarrazin Rechtsanwälte", lang="en",
  body="""Dear Dr Achterberg,

the shareholder is prepared to settle its claim against Mr Florian Heidecker for EUR 450,000,
without admission of liability, to be paid by the D&O insurer; Mr Heidecker would resign as
managing director by 31 March 2027. I recommend acceptance – litigation risk is substantial.

Please let me have your instructions by 18 December.

Lutz Sarrazin""")

M("N", "de", "internal", "trap: short DPIA summary of the employer portal, no persons",
  frm=ADDR("meier"), to="Lenkungskreis Arbeitgeberportal <lk-agportal@versicherer.example>", subj="DSFA Arbeitgeberportal – Ergebnis", date="2026-02-26 12:00", sig="meier", sigstyle="short",
  body="""Ergebnis der Datenschutz-Folgenabschätzung: Restrisiko vertretbar. Maßnahmen: Trennung
Stammdaten/Gesundheitsdaten (Arbeitgeber sieht nie Leistungsdaten), 2-Faktor-Login, Protokollierung
6 Jahre, Löschung von Uploads nach 30 Tagen. Keine Konsultation der Aufsicht erforderlich.

Thomas""")

M("S", "de", "insurer-to-customer", "subject-access response to an employee listing her bKV claims (dental, psychotherapy)",
  frm=ADDR("meier"), to="Aylin Demirel <aylin.demirel@mailbox.example>", subj="Ihre Auskunft nach Art. 15 DSGVO", date="2026-09-21 10:30", sig="meier",
  body="""Sehr geehrte Frau Demirel,

Sie haben Auskunft über die bei uns gespeicherten Daten verlangt. Zur bKV (KV-GR 4471-0-112,
Arbeitgeber Brückner Feinmechanik GmbH) speichern wir neben Ihren Stammdaten folgende
Leistungsfälle:

- 14.08.2026: Professionelle Zahnreinigung, Dr. Sahin, 120 EUR
- 02.09.2026: Psychologische Beratung (Baustein Mentale Gesundheit), 3 Sitzungen, Praxis Lenz

Ihr Arbeitgeber erhält keine dieser Angaben. Mitversichert ist Ihre Tochter Elif; zu ihr sind keine
Leistungen gespeichert.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "subject-access response to a motor customer listing stored data",
  frm=ADDR("meier"), to="Olaf Bredemeier <o.bredemeier@t-post.example>", subj="Ihre Auskunft nach Art. 15 DSGVO", date="2026-10-05 11:10", sig="meier",
  body="""Sehr geehrter Herr Bredemeier,

zu Ihrem Kfz-Vertrag K 88 402 119 speichern wir: Name, Anschrift (Hochstraße 12, 45964 Gladbeck),
Geburtsdatum 30.11.1962, Kennzeichen GL-OB 77, SF-Klasse 14, Bankverbindung (IBAN endet auf 5678),
Zahlungshistorie inkl. Rücklastschrift vom 02.10.2026. Im September waren Ihre Daten durch einen
Fehler unseres Dienstleisters in einer Testumgebung sichtbar; darüber haben wir Sie gesondert informiert.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: certificate expiry report for partner domains",
  frm="PKI Monitoring <pki-monitor@versicherer.example>", to=ADDR("fischer"), subj="Certificates expiring within 30 days", date="2026-11-02 06:00", client="system", mailer="PKI Monitor 2.4", lang="en",
  body="""Domain certificates (gateway-to-gateway) expiring within 30 days:

brueckner-feinmechanik.example   S/MIME domain cert   expires 2026-11-19
stadtwerke-hellenthal.example    S/MIME domain cert   expires 2026-11-28
Own: bkv@versicherer.example     personal cert        expires 2026-11-30 (renewal scheduled)

No action needed for harvested personal certificates.""")

M("N", "de", "system", "trap: portal registration mail with one-time password to an HR user",
  frm="Versicherer Arbeitgeberportal <noreply@versicherer.example>", to="p.hollmann@brueckner-feinmechanik.example", subj="Ihr Zugang zum Arbeitgeberportal – Einmal-Passwort", date="2026-03-18 08:01", client="system",
  body="""Guten Tag,

für Sie wurde ein Zugang zum Arbeitgeberportal angelegt. Ihr Einmal-Passwort lautet:

    7kQ-2mX-94p

Den Registrierungslink erhalten Sie in einer separaten E-Mail. Das Passwort ist 72 Stunden gültig.

Versicherer Holding AG""")

M("C", "de", "internal", "explicit sender marking [vertraulich] on a board memo without personal data (marking wins)",
  frm=ADDR("paulsen"), to="Vorstandsstab <vorstandsstab@versicherer.example>", subj="[vertraulich] Übernahme Bestand Gruppenverträge Rhein-Main Leben", date="2026-09-01 18:30", sig="paulsen", sigstyle="short",
  body="""Hallo zusammen,

Stand der Gespräche: Die Rhein-Main Leben möchte ihren Bestand an bAV-Gruppenverträgen (ca. 410
Arbeitgeber, 28.000 Verträge) abgeben. Kaufpreisindikation 18–22 Mio. EUR. Due Diligence ab
Oktober. Bitte absolute Vertraulichkeit bis zur Ad-hoc-Prüfung.

Henrik""")

M("N", "de", "internal", "invitation to the Christmas party",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Weihnachtsfeier 2026", date="2026-11-16 09:00", sig="weiss", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

unsere Weihnachtsfeier findet am 11.12. ab 18 Uhr im Rheinloft statt. Bitte meldet euch bis 30.11.
im Intranet an und gebt an, ob ihr vegetarisch oder vegan esst.

Nadine""")

M("S", "de", "internal", "explicit sender marking [streng vertraulich] on a restructuring memo without health data (marking wins)",
  frm=ADDR("weiss"), to="Betriebsratsvorsitz <br-vorsitz@versicherer.example>", subj="[streng vertraulich] Vorabinfo Restrukturierung Schadenservice", date="2026-10-26 17:45", sig="weiss", sigstyle="short",
  body="""Sehr geehrte Frau Gerstner,

vorab und streng vertraulich: Der Vorstand plant, den Schadenservice Sach ab 2027 an zwei Standorte
zu bündeln. Betroffen wären rund 60 Arbeitsplätze in Dortmund, Versetzungsangebote sind vorgesehen.
Die Beteiligung des Betriebsrats beginnt am 09.11.

Nadine Weiß""")

M("C", "de", "company", "company cancels staff household group contract; named participants may continue individually",
  frm=HR_BRUE, to=ADDR("demir"), subj="Kündigung Gruppenvertrag Hausrat HR-GR 5 500 321", date="2026-09-25 10:05", orgname="Brückner Feinmechanik GmbH",
  body="""Sehr geehrte Frau Demir,

hiermit kündigen wir den Gruppenvertrag zum 31.12.2026. Folgende Mitarbeitende möchten ihren
Vertrag einzeln fortführen, Beitrag dann per Lastschrift vom eigenen Konto:

- Marek Kowalczyk, Kölner Str. 140, 42651 Solingen
- Bernd Theisen, Am Hüttenhof 3a, 42699 Solingen
- Aylin Demirel, Hasselstraße 9, 42651 Solingen

Mit freundlichen Grüßen
Petra Hollmann""")

M("N", "de", "internal", "end-of-year thank-you mail, nothing sensitive",
  frm=ADDR("paulsen"), to="Firmenkunden Leben <fk-leben@versicherer.example>", subj="Danke für 2026!", date="2026-12-22 15:00", sig="paulsen", sigstyle="name",
  body="""Liebe Kolleginnen und Kollegen,

was für ein Jahr: Arbeitgeberportal live, 1.200 Firmenkunden angebunden, kaum noch Listen per Mail.
Danke euch allen! Erholt euch gut, wir sehen uns am 4. Januar.

Henrik""")


# ==== MAILS END ====

if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
