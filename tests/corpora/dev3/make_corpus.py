#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel third development corpus generator (corpora/dev3).

Writes mails/d3-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2
(the part above its MAILS section); the mails themselves were written
independently of dev and dev2 (their mails and labels were not read).

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
    # new in dev3
    "jankowski": ("Marta Jankowski", "marta.jankowski", "Leistungsservice Krankenversicherung\nArznei- und Hilfsmittel", "Health Claims, Pharmaceuticals & Medical Aids", "kv", "-3445"),
    "brinkmann": ("Ole Brinkmann", "ole.brinkmann", "Leistung Berufsunfähigkeit\nTeam 3", "Disability Claims, Team 3", "lv", "-2644"),
    "achterberg": ("Femke Achterberg", "femke.achterberg", "Gruppenversicherung / betriebliche Krankenversicherung", "Group Health & Employee Benefits", "kv", "-3760"),
    "haas": ("Cornelia Haas", "cornelia.haas", "Kundenservice Leben", "Life Customer Service", "lv", "-2100"),
    "petrovic": ("Dragan Petrović", "dragan.petrovic", "Schadenservice Kraftfahrt\nFlotten", "Motor Claims, Fleets", "av", "-4133"),
    "sauer": ("Wiebke Sauer", "wiebke.sauer", "Reha- und Pflegemanagement", "Rehabilitation & Care Management", "kv", "-3599"),
    "kaya": ("Emre Kaya", "emre.kaya", "Vertragsservice Sach / Haftpflicht", "Property & Liability Policy Service", "av", "-4200"),
    "ritter": ("Jonas Ritter", "jonas.ritter", "Data Analytics", "Data Analytics", "grp", "-6150"),
    "zimmer": ("Heike Zimmer", "heike.zimmer", "Vorstandsbüro", "Office of the Board", "grp", "-1002"),
    "odonnell": ("Siobhan O'Donnell", "siobhan.odonnell", "International Health Services\nCase Management", "International Health Services, Case Management", "kv", "-7725"),
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
    p.set_creator("Siegel dev3 corpus")
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
    salt = f"d3|{n}|{m.get('mid', '')}|{m['subj']}"
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
        if client == "mobile" and not m.get("sig"):   # dev3: the iPhone line sits above the quoted text
            text += "\n" + ("Von meinem iPhone gesendet" if lang == "de" else "Sent from my iPhone") + "\n"
        if m.get("quote"):
            text += "\n" + m["quote"].strip("\n") + "\n"
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
        fn = f"d3-{n:04d}.eml"
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
    print("mails:", len(MAILS), " with attachments:", with_att, " pdfs text-checked:", pdfs if pypdf else "no pypdf")
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
    ll = Counter((l, g) for l, g, *_ in MAILS)
    for l in LABELS.values():
        print(f"  {l}: de={ll[(l, 'de')]} en={ll[(l, 'en')]}")


MAILS = []

def _dedupe_signature(kw):
    """dev3: avoid a doubled signature when the hand-written body already ends
    with the sender's name. With sigstyle "name" the typed name is kept and no
    second name is added; with a "short"/"full" signature block a typed full
    name (and anything after it) is replaced by the block."""
    sk, body = kw.get("sig"), kw.get("body")
    if not sk or not body:
        return
    name = STAFF[sk][0]
    plain = name.replace("Dr. med. ", "").replace("Dr. ", "")
    lines = body.rstrip("\n").split("\n")
    tail = [i for i, l in enumerate(lines) if l.strip()][-3:]
    if kw.get("sigstyle") == "name":
        if any(l in (name, plain, plain.split()[0]) or plain in l
               for l in (lines[i].strip() for i in tail)):
            kw["sig"] = None
        return
    for i in tail:
        if lines[i].strip() in (name, plain):
            kw["body"] = "\n".join(lines[:i]).rstrip("\n") + "\n"
            return


def M(label, lang_, kind, reason, s=None, **kw):
    """s=staff key: sender address and signature of that person (dev3 shortcut)."""
    lang = lang_
    if s:
        kw.setdefault("frm", ADDR(s))
        kw.setdefault("sig", s)
        kw.setdefault("ent", STAFF[s][4])
    _dedupe_signature(kw)
    assert label in LABELS, label
    assert lang in ("de", "en")
    assert kw.get("lang", lang) == lang, (reason, "lang mismatch")
    kw["lang"] = lang
    MAILS.append((LABELS[label], lang, kind, reason, kw))




# ==========================================================================
# MAILS — every mail below is written by hand.
# ==========================================================================

# ---- d3-0001 … d3-0031 ----------------------------------------

M("S", "de", "insurer-to-customer", "prescription reimbursement: active ingredients with doses and PZN for the addressee ('Ihre Rezepte'), no diagnosis word",
  s="jankowski", to="Renate Obermaier <r.obermaier@mailbox.example>", html=True, subj="Ihre eingereichten Rezepte vom 12. Januar",
  date="2026-01-19 10:42", body="""
Sehr geehrte Frau Obermaier,

vielen Dank für die Rezepte, die Sie uns über die App eingereicht haben. Wir haben sie geprüft und erstatten wie folgt:

[[t]]

Der Betrag von 612,84 EUR wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen. Den Selbstbehalt für 2026 haben Sie damit zu 412,84 EUR von 600,00 EUR ausgeschöpft.

Hinweis zum Rezept für Pregabalin: Bitte reichen Sie künftig das Original mit Apothekenstempel ein, ein Foto des Kassenbons reicht leider nicht aus.

Mit freundlichen Grüßen
""", tables={"t": ([["Datum", "Präparat", "PZN", "Menge", "Betrag"],
                     ["05.01.2026", "Pregabalin 75 mg Hartkapseln", "10187362", "N3 (100 St.)", "88,41 EUR"],
                     ["05.01.2026", "Duloxetin 60 mg magensaftr. Hartkaps.", "09522614", "N3 (98 St.)", "64,23 EUR"],
                     ["09.01.2026", "Hydromorphon 4 mg Retardtabletten", "04351790", "N2 (50 St.)", "460,20 EUR"]], "pad")})

M("N", "de", "internal", "trap: actuarial table of outpatient claims per insured by age band and tariff, no person",
  s="okafor", to="Gerrit Brandt <gerrit.brandt@versicherer.example>, Sabine Kröger <sabine.kroeger@versicherer.example>",
  subj="Kopfschäden ambulant 2025 – vorläufige Werte", date="2026-01-21 16:05", body="""
Hallo zusammen,

wie gestern besprochen die vorläufigen Kopfschäden ambulant 2025 (Tarifgruppe AMB-Komfort, Bestand zum 31.12.2025, ohne Beihilfe). Die Werte sind noch nicht um Spätmeldungen bereinigt, das kommt im März.

[[t]]

Auffällig ist weiter der Anstieg bei den 41- bis 50-Jährigen (+9,1 % gg. Vorjahr), getrieben vor allem durch Arzneimittel (GLP-1-Analoga) und Psychotherapie. Bitte die Zahlen noch nicht an den Vertrieb geben.

Viele Grüße
Chidi
""", sigstyle="short", tables={"t": ([["Alter", "Anzahl VP", "Kopfschaden 2024", "Kopfschaden 2025", "Veränderung"],
                                    ["0-20", "18.402", "612 €", "640 €", "+4,6 %"],
                                    ["21-40", "41.977", "1.188 €", "1.243 €", "+4,6 %"],
                                    ["41-50", "29.310", "1.904 €", "2.077 €", "+9,1 %"],
                                    ["51-60", "31.655", "2.811 €", "2.968 €", "+5,6 %"],
                                    ["61+", "22.086", "4.730 €", "4.902 €", "+3,6 %"]], "pad")})

M("C", "de", "insurer-to-customer", "motor: eVB number for a named customer with vehicle and VIN",
  s="engel", to="Maximilian Grünwald <max.gruenwald@post.example>", subj="Ihre eVB-Nummer für die Zulassung",
  date="2026-01-22 08:17", body="""
Guten Morgen Herr Grünwald,

wie telefonisch besprochen erhalten Sie hier Ihre elektronische Versicherungsbestätigung für die Zulassung Ihres Fahrzeugs:

eVB-Nummer: K7M3QX2
Fahrzeug: Skoda Octavia Combi, FIN TMBJJ7NE4L0123456
Versicherungsbeginn: 01.02.2026, Haftpflicht + Teilkasko 150 EUR SB

Die eVB ist bis zum 22.07.2026 gültig. Nach der Zulassung übermittelt uns die Zulassungsstelle das Kennzeichen automatisch, Sie müssen nichts weiter tun.

Freundliche Grüße
""")

M("S", "de", "insurer-to-customer", "dental treatment plan (HKP) with GOZ positions and tooth regions for the addressee",
  s="wendland", to="Kevin Lasarzik <kevin.lasarzik@webpost.example>", html=True, subj="AW: Heil- und Kostenplan Dr. Ebeling",
  date="2026-01-23 13:30", body="""
Hallo Herr Lasarzik,

den Heil- und Kostenplan von Dr. Ebeling vom 14.01.2026 haben wir geprüft. Für die geplante Versorgung sagen wir Ihnen Folgendes zu:

- Regio 36: Implantat inkl. Aufbau und Vollkeramikkrone (GOZ 9010, 9050, 2210) – erstattungsfähig zu 80 %
- Regio 35: Knochenaufbau / Sinuslift extern (GOZ 9120) – erstattungsfähig zu 80 %
- Regio 14–16: professionelle Zahnreinigung zweimal jährlich – wie bisher bis 150 EUR

Von geplanten 4.860,00 EUR übernehmen wir voraussichtlich 3.512,00 EUR. Die Höchstbeträge Ihres Tarifs ZahnPlus in den ersten vier Jahren sind dabei berücksichtigt (Jahr 2: max. 3.000 EUR, Restbetrag ab Januar 2027).

Die endgültige Erstattung richtet sich nach der Rechnung. Bei Fragen rufen Sie mich gern an.

Viele Grüße
""", quote=OQ("Kevin Lasarzik <kevin.lasarzik@webpost.example>", "Donnerstag, 15. Januar 2026 19:02",
              "Leistung KV <leistung-kv@versicherer.example>", "Heil- und Kostenplan Dr. Ebeling",
              """hallo, anbei der plan vom zahnarzt, der meint es muss ein implantat hin weil der alte zahn nicht mehr zu retten ist. zahlt ihr das? vertr nr KV 8812 4470-02
gruß kevin lasarzik"""))

M("N", "de", "insurer-to-supplier", "trap: purchase order for first-aid material and a defibrillator for the offices, no person",
  s="krueger", to="Vertrieb MediTech Nord <bestellung@meditech-nord.example>", subj="Bestellung 4500018812 – Erste-Hilfe-Material Standort Köln",
  date="2026-01-26 09:12", body="""
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-117:

Pos. 10  2 St.  AED Defibrillator Lifepak CR2 inkl. Wandhalterung
Pos. 20 12 St.  Verbandkasten DIN 13157 (Betriebsverbandkasten)
Pos. 30  4 St.  Ersatz-Elektroden Erwachsene
Pos. 40  1 St.  Notfallrucksack Sanitätsraum EG (Blutdruckmessgerät, Pulsoximeter, Blutzuckermessgerät)

Lieferanschrift: Versicherer Holding AG, Warenannahme Tor 3, Rheinuferstraße 12, 50667 Köln
Liefertermin: KW 6. Rechnung bitte unter Angabe der Bestellnummer an rechnungseingang@versicherer.example.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "expat health: pre-authorisation of an MRI of the addressee's knee at a named hospital, suspected meniscus tear",
  s="odonnell", to="Daniel Okoro <d.okoro@globalmail.example>", subj="Pre-authorisation approved – MRI left knee (case 2026-IHS-00417)",
  date="2026-01-27 11:48", lang="en", body="""
Dear Mr Okoro,

Thank you for sending the referral from Dr. Al-Mansouri. We are pleased to confirm that the MRI of your left knee at Al Noor Specialist Hospital, Dubai, is covered under your GlobalCare Premium plan.

Pre-authorisation number: PA-2026-00417-3
Procedure: MRI knee without contrast (suspected medial meniscus tear)
Valid: 27 January – 27 March 2026
Direct billing: yes, the hospital will bill us directly. Your deductible of USD 250 applies.

If the radiologist recommends arthroscopy, please ask the hospital to send us the report and the estimate before the surgery is scheduled, so that we can arrange a guarantee of payment.

Kind regards
""")

M("N", "en", "insurer-to-partner", "trap: reinsurer renewal note with incidence rates and loss ratios, aggregate only",
  s="stone", to="Claire Dubois <claire.dubois@reassure-re.example>", subj="2026 renewal – disability quota share, experience summary",
  date="2026-01-28 15:20", lang="en", body="""
Dear Claire,

ahead of our call on Friday, please find the experience summary for the disability quota share (treaty DQ-2019):

- Exposure 2025: 212,400 life years (2024: 204,900)
- New claims: 1,138 (incidence 5.36 per mille; expected 5.60)
- Main causes by share of new claims: mental and behavioural disorders 38 %, musculoskeletal 21 %, neoplasms 14 %, cardiovascular 8 %, other 19 %
- Termination rate of running claims: 11.2 % (recoveries 4.9 %, deaths 2.1 %, end of term 4.2 %)
- Loss ratio on reinsured share: 71 % (2024: 74 %)

As discussed, no single-risk data will be exchanged; the large-claim list you asked for will come as age band / sum insured band only.

Best regards
""")

M("C", "de", "insurer-to-customer", "household burglary claim: named customer, claim number, address and list of stolen items",
  s="demir", to="Leonie und Marc Hübner <huebner.familie@heimnetz.example>", html=True, subj="Ihr Einbruchschaden vom 02.02.2026 – Schadennummer HR-26-004471",
  date="2026-02-04 14:02", body="""
Sehr geehrte Frau Hübner, sehr geehrter Herr Hübner,

es tut uns leid, dass bei Ihnen in der Lindenallee 7 in 51105 Köln eingebrochen wurde. Wir haben den Schaden unter der Nummer HR-26-004471 angelegt (Hausratversicherung HV 0093 2218).

Damit wir zügig regulieren können, benötigen wir noch:
1. die Bestätigung der Polizei über die Anzeige (Tagebuchnummer),
2. die Stehlgutliste, die Sie der Polizei gegeben haben,
3. Kaufbelege oder Fotos zu: MacBook Air 13" (2024), Goldkette mit Anhänger, Spiegelreflexkamera Nikon D7500, Bargeld ca. 350 EUR.

Für die Reparatur der Balkontür können Sie gern direkt einen Schreiner beauftragen; bis 1.500 EUR brauchen Sie keine vorherige Freigabe.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "physiotherapy reimbursement for the addressee ('Ihre Physiotherapie'), prescription units and practice named, no diagnosis",
  s="kroeger", to="Thorsten Wieland <t.wieland@t-net.example>", subj="Erstattung Physiotherapie Praxis am Stadtgarten",
  date="2026-02-05 09:55", body="""
Guten Tag Herr Wieland,

für Ihre Physiotherapie in der Praxis am Stadtgarten (Rechnung vom 28.01.2026) erstatten wir 398,40 EUR.

Abgerechnet waren laut Verordnung von Dr. Hollstein:
6 x Krankengymnastik am Gerät (KG-Gerät)
6 x Manuelle Therapie
6 x Wärmetherapie (Fango)

Die Fango-Anwendungen liegen über dem Höchstsatz unseres Heilmittelverzeichnisses (18,00 EUR statt 24,50 EUR je Behandlung); den Differenzbetrag von 39,00 EUR können wir daher nicht erstatten.

Für eine Folgeverordnung brauchen wir keine neue Begründung, solange sie innerhalb von zwölf Wochen ausgestellt wird.

Freundliche Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: data-protection minutes about health data in the claims app, no person",
  s="meier", to="Datenschutzkoordinatoren <ds-koordination@versicherer.example>", subj="Protokoll DS-Jour-fixe 29.01.2026",
  date="2026-01-30 12:10", body="""
Liebe Kolleginnen und Kollegen,

anbei das Kurzprotokoll unseres Jour fixe.

TOP 1 – Rechnungs-App: Eingereichte Arztrechnungen und Rezeptfotos werden derzeit 13 Monate im Eingangsspeicher gehalten. Beschluss: Löschung nach Abschluss der Leistungsprüfung + 3 Monate, Umsetzung bis Q3 (Verantwortlich: IT-Architektur).
TOP 2 – Schweigepflichtentbindung: Die neue Einzelfall-Erklärung nach § 213 VVG geht mit dem Formularrelease April live. Die Pauschalerklärung wird nicht mehr verwendet.
TOP 3 – E-Mail: Mails mit Gesundheitsdaten an Kundinnen und Kunden gehen ausschließlich über das Portal oder S/MIME; TLS nur mit Einwilligung. Bitte in den Teams nochmals kommunizieren.
TOP 4 – Meldungen: Q4/2025 zwei Fehlversendungen (Brief an alte Anschrift), beide nicht meldepflichtig nach Art. 33 DSGVO.

Nächster Termin: 26.02.2026.

Viele Grüße
Thomas Meier
""", sigstyle="short")

M("S", "de", "company", "HR of a client company sends a CSV of employees for group accident insurance with birth dates (personal line), body harmless",
  s="albrecht", to="Nicole Brandes <n.brandes@spedition-kranich.example>", subj="AW: Meldeliste Gruppenunfall Q1",
  date="2026-02-06 10:30", body="""
Hallo Frau Brandes,

danke, die Liste ist angekommen und wird zum 01.02. eingespielt. Die zwei Austritte (Personalnummern 1187 und 1203) haben wir zum 31.01. abgemeldet.

Eine Rückfrage: Bei Herrn Yıldırım fehlt in der Liste die Gefahrengruppe – ist er weiterhin als Berufskraftfahrer (Gruppe B) einzustufen?

Viele Grüße
""", sigstyle="short", quote=OQ("Nicole Brandes <n.brandes@spedition-kranich.example>", "Mittwoch, 4. Februar 2026 15:47",
    "Miriam Albrecht <miriam.albrecht@versicherer.example>", "Meldeliste Gruppenunfall Q1",
    """Hallo Frau Albrecht,

anbei wie jedes Quartal die aktuelle Meldeliste für unseren Gruppenunfallvertrag GU 7720-11. Zwei Neueintritte, zwei Austritte.

Gruß
Nicole Brandes
Personalabteilung
Spedition Kranich GmbH & Co. KG"""),
  att=[CSV("Meldeliste_GU_2026Q1.csv", [["PersNr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Austritt", "Gefahrengruppe"],
                                         ["1112", "Kowalczyk", "Piotr", "03.05.1978", "01.04.2015", "", "B"],
                                         ["1154", "Hennig", "Sandra", "22.11.1990", "15.08.2019", "", "A"],
                                         ["1187", "Baltrusch", "Uwe", "17.02.1961", "01.01.2010", "31.01.2026", "B"],
                                         ["1203", "Mertens", "Jana", "09.09.1996", "01.03.2022", "31.01.2026", "A"],
                                         ["1241", "Yildirim", "Cem", "30.06.1985", "01.02.2026", "", ""],
                                         ["1242", "Strauß", "Lea", "12.12.2001", "01.02.2026", "", "A"]], enc="windows-1252", sub="excel")])

M("N", "de", "newsletter", "trap: customer newsletter about dental implants and orthodontics, generic",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>", to="newsletter-kunden@versicherer.example",
  subj="Gesund im Februar: Was kostet ein Implantat – und was zahlt die Versicherung?", date="2026-02-09 07:00",
  html=True, ent="kv", body="""
Liebe Leserinnen und Leser,

ein Implantat kostet je nach Region und Aufwand zwischen 2.000 und 4.500 Euro. Die gesetzliche Krankenkasse zahlt nur den Festzuschuss für die Regelversorgung – oft weniger als 500 Euro. Was eine Zahnzusatzversicherung leistet, hängt von den Zahnstaffeln und der Wartezeit ab.

Drei Tipps:
1. Lassen Sie sich vor der Behandlung immer einen Heil- und Kostenplan geben.
2. Reichen Sie ihn vor Beginn bei uns ein – Sie erhalten innerhalb von zehn Tagen eine Zusage.
3. Professionelle Zahnreinigung beugt Parodontitis vor und wird in vielen Tarifen jährlich erstattet.

Außerdem in dieser Ausgabe: Kieferorthopädie für Erwachsene – wann ist sie medizinisch notwendig? Und: Sieben Fragen zur neuen elektronischen Patientenakte.

Ihr Redaktionsteam

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: www.versicherer.example/newsletter/abmelden
""")

M("C", "en", "insurer-to-customer", "motor: English mail about a German policy, no-claims transfer from a UK insurer, plate and policy number of a named customer",
  s="engel", to="Oliver Bramley <oliver.bramley@inbox.example>", subj="Your car insurance KF 5531 0087 – no-claims discount from the UK",
  date="2026-02-10 11:05", lang="en", body="""
Dear Mr Bramley,

thank you for the no-claims letter from your previous insurer in Leeds. We can recognise 7 claim-free years, which puts your policy KF 5531 0087 (BMW 320d, registration M-OB 2207) into no-claims class SF 7 with effect from the start of your policy on 15 January 2026.

Your new annual premium is EUR 684.20 instead of EUR 1,102.90. The difference for the current year will be credited to your account and taken into account with the next direct debit on 1 March.

Please note: the letter covers only you as the main driver. If your wife is to drive the car regularly, please let us know her date of birth so that we can add her as a named driver.

Kind regards
""")

M("S", "de", "customer", "short mobile reply; the quoted original names a sick note for daily sickness allowance with diagnosis code",
  frm="Krankentagegeld <ktg@versicherer.example>", to="Sandra Pütz <sandra.puetz@handy-mail.example>", subj="AW: AU Folgebescheinigung",
  date="2026-02-11 17:44", client="mobile", body="""
Danke, ist angekommen. Die Zahlung für Februar geht morgen raus.
K. Vogt
""", quote=OQ("Sandra Pütz <sandra.puetz@handy-mail.example>", "Mittwoch, 11. Februar 2026 16:02",
              "Krankentagegeld <ktg@versicherer.example>", "AU Folgebescheinigung",
              """hallo, hier die neue AU bis 06.03. vom dr. brückner. steht wieder M54.4 G und F43.2 drauf, also nix neues. vertragsnr ist KT 2290 1135
lg sandra pütz"""))

M("N", "de", "insurer-to-supplier", "trap: facility mail about a heating failure in the physiotherapy practice renting the ground floor, no insurance or health data",
  s="richter", to="Haustechnik Becker & Sohn <service@haustechnik-becker.example>", subj="Heizungsausfall EG Nord – Praxis für Physiotherapie",
  date="2026-02-12 07:38", body="""
Guten Morgen Herr Becker,

im Erdgeschoss Nord (Mieteinheit 0.14, Praxis für Physiotherapie „Bewegungsraum“) ist seit gestern Abend die Fußbodenheizung kalt. Die Praxisinhaberin hat sich bei uns gemeldet; in den Behandlungsräumen hat es aktuell 16 Grad, sie muss ab 10 Uhr ihre Patienten absagen, wenn sich nichts tut.

Können Sie heute Vormittag jemanden schicken? Der Heizkreisverteiler ist im Technikraum 0.02, Schlüssel liegt am Empfang.

Danke und Gruß
Anja Richter
""", sigstyle="short")

M("S", "de", "insurer-to-customer", "psychotherapy cost approval for the addressee: number of sessions, procedure and therapist named",
  s="kroeger", to="Jule Hartung <jule.hartung@mailbox.example>", subj="Kostenzusage ambulante Psychotherapie",
  date="2026-02-13 12:20", body="""
Liebe Frau Hartung,

wir haben den Antrag von Frau Dipl.-Psych. Sommerfeld erhalten und sagen Ihnen die Kosten für zunächst 25 Sitzungen tiefenpsychologisch fundierte Psychotherapie (Einzelbehandlung, GOP 861) ab dem 20.02.2026 zu.

Die fünf probatorischen Sitzungen im Januar erstatten wir zusätzlich; sie werden nicht auf das Kontingent angerechnet.

Für eine Verlängerung über 25 Sitzungen hinaus benötigen wir rechtzeitig einen kurzen Bericht Ihrer Therapeutin an unseren beratenden Arzt. Dafür können Sie den beiliegenden Umschlag „Arztsache“ verwenden, damit der Bericht nicht in der allgemeinen Post landet.

Wir wünschen Ihnen alles Gute.

Herzliche Grüße
""")

M("C", "de", "insurer-to-broker", "broker: premium arrears of a named household/liability customer with amount and IBAN of the customer",
  s="reuter", to="Versicherungsmakler Thiel <info@makler-thiel.example>", subj="Beitragsrückstand Ihres Kunden Jonas Albers, PHV/HR 0087 4431",
  date="2026-02-16 10:14", body="""
Hallo Herr Thiel,

kurze Info zu Ihrem Kunden Jonas Albers (Privathaftpflicht/Hausrat-Kombi 0087 4431): Die Lastschrift zum 01.02. über 187,60 EUR ist zurückgekommen (Grund: Konto erloschen). Hinterlegt ist noch die alte Verbindung DE{0}.

Die Mahnung nach § 38 VVG geht am Freitag raus. Wenn Sie bis dahin eine neue Bankverbindung bekommen, schicken Sie sie mir bitte direkt, dann stoppe ich die Mahnung.

Gruß aus Köln
""".format(IB("DE", "370400440532013000", group=0)[2:]), sigstyle="short")

M("N", "en", "internal", "trap: IT ticket about OCR of doctors' invoices, test file only, no person",
  s="hoffmann", to="Priya Raman <priya.raman@versicherer.example>", subj="INC0048812 – OCR misreads GOÄ factors on scanned invoices",
  date="2026-02-16 14:51", lang="en", body="""
Hi Priya,

escalating this to architecture since it looks like a model issue rather than a scanner issue.

Symptom: on scanned doctors' invoices the OCR reads the multiplier "2,3" as "23" in about 4 % of lines, so the plausibility check flags the invoice as "factor above 3.5" and routes it to manual review. Health claims see roughly 600 extra manual cases per week.

Reproduced with the synthetic test invoice from the QA set (TEST-GOAE-017, no real patient). Scanner firmware and resolution (300 dpi) unchanged since December.

Can you have a look before the change board on Thursday?

Cheers
Lukas
""", sigstyle="short")

M("S", "de", "hospital", "hospital requests cost coverage: admission date and ICD code of a named insured, forwarded internally",
  s="brandt", to="Kostenübernahme Stationär <ku-stationaer@versicherer.example>", subj="WG: Kostenübernahmeantrag Frau Ilse Kramer",
  date="2026-02-17 08:26", body="""
Bitte anlegen und mir zuordnen – Wahlleistung Zweibettzimmer ist im Tarif enthalten, Chefarzt auch.
Gerrit
""", sigstyle="name", quote=FW("Patientenverwaltung St.-Elisabeth-Krankenhaus <aufnahme@st-elisabeth-kh.example>",
    "16.02.2026, 18:03", "Gerrit Brandt <gerrit.brandt@versicherer.example>", "Kostenübernahmeantrag Frau Ilse Kramer",
    """Sehr geehrte Damen und Herren,

wir bitten um Kostenübernahme für folgende Patientin:

Name: Kramer, Ilse
geb.: 08.04.1949
Versicherungsnummer: 4471 0082 931
Aufnahme: 16.02.2026, 14:20 Uhr, Notaufnahme
Aufnahmediagnose: S72.01 R
Fachabteilung: Unfallchirurgie / Orthopädie
Wahlleistungen: Zweibettzimmer, Chefarztbehandlung

Mit freundlichen Grüßen
Patientenverwaltung
St.-Elisabeth-Krankenhaus Bonn"""))

M("N", "de", "insurer-to-broker", "trap: product text for brokers about a disability tariff, benefit definitions, no person",
  s="vogel", to="maklerinfo-sued@versicherer.example", subj="Neu ab 1. April: BU Vital mit verkürzter Gesundheitsprüfung",
  date="2026-02-18 09:00", html=True, body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

ab dem 1. April bieten wir die Berufsunfähigkeitsversicherung „BU Vital“ für Berufseinsteiger mit verkürzter Gesundheitsprüfung an:

- nur fünf Gesundheitsfragen (Behandlungen der letzten drei Jahre, stationäre Aufenthalte der letzten fünf Jahre, psychotherapeutische Behandlungen der letzten fünf Jahre, HIV, Berufsunfähigkeit)
- bis 1.500 EUR Monatsrente ohne ärztliche Untersuchung
- Leistung ab 50 % Berufsunfähigkeit, rückwirkend ab Eintritt, kein Verweis auf andere Berufe
- Nachversicherung ohne erneute Gesundheitsprüfung bei Heirat, Geburt eines Kindes oder Gehaltssprung

Die Tarifunterlagen und den Beitragsrechner finden Sie ab 2. März im Maklerportal.

Herzliche Grüße aus München
""")

M("C", "de", "insurer-to-company", "commercial fleet: driver list with birth dates of named employees of a client company (motor, no health)",
  s="petrovic", to="Fuhrparkleitung Gerber Sanitär GmbH <fuhrpark@gerber-sanitaer.example>", html=True, subj="Fahrerliste Flottenvertrag FL 2204 – bitte bestätigen",
  date="2026-02-18 13:45", body="""
Hallo Herr Gerber,

für die Umstellung auf den Tarif mit benanntem Fahrerkreis brauchen wir Ihre Bestätigung der Fahrerliste. Ich habe den Stand aus Ihrer Mail vom Januar übernommen:

[[t]]

Fahrer unter 23 Jahren kosten einen Zuschlag von 15 %, das betrifft aktuell nur Herrn Lenz. Bitte kurz bestätigen oder korrigieren, dann stelle ich die Nachträge aus.

Viele Grüße
""", tables={"t": ([["Kennzeichen", "Fahrzeug", "Fahrer", "geb."],
                     ["SU-GS 101", "VW Crafter", "Rainer Köster", "14.07.1969"],
                     ["SU-GS 102", "VW Crafter", "Mehmet Aydın", "02.03.1988"],
                     ["SU-GS 104", "Ford Transit", "Tim Lenz", "19.10.2004"],
                     ["SU-GS 110", "VW Caddy", "Birgit Sauer", "27.01.1975"]], "pad")}, sigstyle="short")

M("N", "en", "insurer-to-customer", "trap: prospect asks generically about maternity cover; generic product answer, no health or contract data",
  s="whitfield", to="Hannah Lindgren <hannah.lindgren@mail-se.example>", subj="RE: Question about maternity cover for expats",
  date="2026-02-19 10:10", lang="en", body="""
Dear Ms Lindgren,

thank you for your interest in our international health plans. To your general questions:

- Maternity benefits (prenatal care, delivery, postnatal care) are included in GlobalCare Premium and Premium Plus after a waiting period of 10 months from the start of the policy.
- Routine prenatal check-ups, ultrasound scans and the delivery itself are covered up to the plan limits; complications of pregnancy are covered from day one.
- Newborns can be added without underwriting if we are notified within two months of birth.

I am happy to send you a quote once you have decided on a plan. For a quote we would need the ages of the persons to be insured and your country of residence, nothing else at this stage.

Kind regards
""", quote=Q("""Hi, we are moving to Munich in summer and are comparing international health plans. Do your plans cover maternity, and is there a waiting period? Thanks, Hannah"""))

M("S", "de", "insurer-to-customer", "care insurance: care level 3 assessment result and care allowance for the addressee's mother (named)",
  s="yilmaz", to="Bettina Schroer <bettina.schroer@familie-schroer.example>", html=True, subj="Pflegegutachten für Ihre Mutter, Frau Gertrud Schroer",
  date="2026-02-20 11:30", body="""
Sehr geehrte Frau Schroer,

das Gutachten von Medicproof zum Hausbesuch bei Ihrer Mutter am 04.02.2026 liegt uns vor. Die Gutachterin hat 58,75 gewichtete Punkte festgestellt; das entspricht Pflegegrad 3.

Ab 01.01.2026 (Antragsmonat) zahlen wir:
- Pflegegeld aus der Pflegepflichtversicherung: 599,00 EUR monatlich
- Pflegetagegeld aus dem Zusatztarif PT-Plus: 60 % von 50,00 EUR = 30,00 EUR täglich

Die Empfehlungen des Gutachtens (Toilettensitzerhöhung, Duschhocker, zweiter Handlauf im Treppenhaus) können Sie als Pflegehilfsmittel bzw. wohnumfeldverbessernde Maßnahme bei uns beantragen; wir schicken Ihnen die Formulare separat per Post.

Da Sie die Vollmacht Ihrer Mutter vorgelegt haben, senden wir die weitere Korrespondenz an Sie.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: template for a reimbursement letter with placeholders only",
  s="jankowski", to="Team Arznei- und Hilfsmittel <team-ahm@versicherer.example>", subj="Neue Textbaustein-Vorlage Hilfsmittel-Ablehnung (bitte ab Montag nutzen)",
  date="2026-02-20 15:18", body="""
Hallo zusammen,

nach der Abstimmung mit der Rechtsabteilung gilt ab Montag diese Vorlage. Bitte nur die Felder in «» ersetzen, den Rest nicht ändern:

---
Sehr geehrte/r «Anrede» «Nachname»,

für das verordnete Hilfsmittel «Hilfsmittelbezeichnung» (Verordnung vom «Datum» durch «Verordner») können wir leider keine Kosten übernehmen. Nach § «Paragraph» Ihrer Tarifbedingungen «Tarif» sind «Begründung».

Sie können die Entscheidung durch unseren Ombudsmann überprüfen lassen. «Textbaustein_Ombudsmann»
---

Die alte Vorlage HM-07 wird am Freitag im Dokumentensystem gesperrt.

Gruß
Marta
""", sigstyle="name")

M("S", "en", "insurer-to-customer", "speech therapy for the addressee's son: sessions, therapist and developmental delay described",
  s="whitfield", to="Aisha Rahman <aisha.rahman@fastmail.example>", subj="Speech therapy for Yusuf – claim 88120-04",
  date="2026-02-23 09:36", lang="en", body="""
Dear Ms Rahman,

we have processed the invoice from Logopädie Praxis Klangwerk for Yusuf's speech therapy (10 sessions of 45 minutes, December 2025 to February 2026).

Reimbursed: EUR 520.00 of EUR 560.00. The limit in your son's plan is EUR 52.00 per session.

For the next prescription, please ask the paediatrician to state the diagnosis on the prescription (for example the delayed expressive language development mentioned in the therapist's report). Without it we can pay only the first ten sessions per calendar year.

Kind regards
""")

M("C", "de", "insurer-to-customer", "name change after marriage with maiden name (geb.) and new IBAN in a household contract",
  s="kaya", to="Lisa Feldmann <lisa.feldmann@posteo.example>", subj="Ihre Namensänderung – Hausrat HV 4410 8826",
  date="2026-02-24 10:02", body="""
Liebe Frau Feldmann,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren Vertrag HV 4410 8826 umgestellt:

Versicherungsnehmerin: Lisa Feldmann, geb. Wagenknecht
Anschrift: Gotenring 41, 50679 Köln (neu ab 01.03.2026)
Bankverbindung für den Beitragseinzug: {}, Kontoinhaber Tobias Feldmann

Den neuen Versicherungsschein mit der höheren Versicherungssumme (78.000 EUR wegen der größeren Wohnung) bekommen Sie in den nächsten Tagen per Post.

Viele Grüße
""".format(IB("DE", "500105175407324931")))

M("S", "de", "insurer-to-customer", "life insurance beneficiary change for a named person — personal line, no medical word",
  s="haas", to="Wolfgang Rieger <w.rieger@mail-box.example>", subj="Änderung des Bezugsrechts – Lebensversicherung LV 0043 772 118",
  date="2026-02-24 16:40", body="""
Sehr geehrter Herr Rieger,

wir haben Ihre Änderung des Bezugsrechts erhalten und umgesetzt. Für den Todesfall sind ab sofort bezugsberechtigt:

- Ihre Lebensgefährtin Frau Marion Kessler, geb. 19.05.1963, zu 70 %
- Ihr Sohn Herr Dennis Rieger zu 30 %

Das Bezugsrecht ist widerruflich. Ihre bisherige Ehefrau ist nicht mehr bezugsberechtigt; eine Abtretung oder Verpfändung liegt nicht vor.

Die aktuelle Versicherungssumme beträgt 120.000 EUR, der Rückkaufswert zum 01.03.2026 beträgt 41.388,17 EUR.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-partner", "trap: negotiation with a hospital group about per-diem rates and DRG surcharges, no patient",
  s="brandt", to="Dr. Ralf Kemper <r.kemper@kliniken-rheinland.example>", subj="Wahlleistungsvereinbarung 2026 – Gegenvorschlag",
  date="2026-02-25 11:15", body="""
Sehr geehrter Herr Dr. Kemper,

vielen Dank für das Gespräch am Montag. Unser Gegenvorschlag für die Wahlleistungsvereinbarung der Kliniken Rheinland ab 01.07.2026:

- Einbettzimmer: 118 EUR pro Tag (Ihr Vorschlag: 132 EUR; bisher 109 EUR)
- Zweibettzimmer: 52 EUR pro Tag (unverändert)
- Komfortpaket Geburtshilfe (Familienzimmer): 95 EUR pro Tag
- Direktabrechnung über die Klinikcard für alle Häuser inkl. der Reha-Klinik Bad Honnef

Voraussetzung ist weiterhin die Einhaltung der Komfortstandards laut Anlage 2 (u. a. eigene Nasszelle, Zeitungen, Wahlverpflegung). Die Audits 2025 waren ohne Beanstandung.

Mit freundlichen Grüßen
""")

M("C", "en", "broker", "broker forwards a customer's landlord liability claim: named tenant, address, claim number",
  s="oltmanns", to="Haftpflicht Schaden <haftpflicht-schaden@versicherer.example>", subj="FW: Claim for water damage to the flat below – policy PH 7712 0931",
  date="2026-02-26 13:22", lang="en", body="""
Colleagues, please register this under PH 7712 0931 (policyholder Mr Ethan Walsh, Brüsseler Str. 88, 50674 Köln). English-speaking customer, broker asks us to correspond in English.
Jens
""", sigstyle="name", quote=FW("Marc Wendt <wendt@assekuranz-wendt.example>", "Thu, 26 Feb 2026 12:40",
    "Jens Oltmanns <jens.oltmanns@versicherer.example>", "Claim for water damage to the flat below", """Hi Mr Oltmanns,

my client Ethan Walsh left his washing machine running on Tuesday, the hose came off and water went through the ceiling of the neighbour below (Mrs. Gisela Paffrath, 2nd floor). Ceiling and parquet damaged, neighbour has photos. Nobody hurt, the building manager has already sent a dryer.

Can you register the claim and send an assessor? Client is available from 5 pm, mobile +49 171 5550 1842.

Thanks
Marc Wendt
Assekuranzmakler Wendt e.K.""", lang="en"))

M("S", "de", "insurer-to-doctor", "request to a GP for a report on a named applicant for disability insurance (underwriting)",
  s="hasselbach", to="Praxis Dr. med. Anne Vossberg <praxis@dr-vossberg.example>", subj="Anforderung Arztbericht – Antrag BU, Herr Florian Meckel, geb. 11.03.1992",
  date="2026-02-27 09:05", body="""
Sehr geehrte Frau Kollegin Vossberg,

Herr Florian Meckel, geb. 11.03.1992, hat bei uns eine Berufsunfähigkeitsversicherung beantragt und Sie von der Schweigepflicht entbunden (Erklärung anbei in Kopie).

Im Antrag gibt er eine Behandlung wegen Rückenschmerzen 2024 an (6 x Physiotherapie, MRT LWS ohne Befund) sowie eine depressive Episode 2023, die mit Escitalopram behandelt und im Juli 2023 abgeschlossen wurde.

Wir bitten um einen kurzen Befundbericht zu beiden Punkten, insbesondere Dauer der Arbeitsunfähigkeit, Medikation und ob seitdem Beschwerdefreiheit besteht. Für den Bericht vergüten wir 35,00 EUR zzgl. Porto nach GOÄ Nr. 75.

Mit kollegialen Grüßen
""")

M("N", "en", "newsletter", "trap: broker newsletter with market statistics on long-term care and sickness absence, no person",
  frm="Versicherer Broker News <broker-news@versicherer.example>", to="broker-news-en@versicherer.example",
  subj="Broker News 02/2026: care costs, sick days and what they mean for your clients", date="2026-02-27 06:30", lang="en",
  html=True, body="""
Dear partners,

three figures for your next client conversation:

- EUR 2,984 per month: the average own contribution for a nursing home place in Germany in the first year (January 2026).
- 15.1 days: average number of sick days per employee in 2025, with respiratory infections and back pain still the leading causes.
- 1 in 4: share of employees who have to stop working before retirement age because of illness.

Our new care top-up plan closes the gap from care level 2 upwards, and the group income protection product now starts at five employees.

Webinar: "Selling care insurance without scaring people" – 12 March, 10:00 CET.

Your broker relations team
""")

# ---- d3-0032 … d3-0061 ----------------------------------------

M("C", "en", "insurer-to-customer", "contents claim of a named student: stolen bicycle with frame number, policy number and address",
  s="demir", to="Jakub Nowicki <jakub.nowicki@student.rwth.example>", subj="Your bicycle theft claim HR-26-005190", lang="en",
  date="2026-03-02 10:25", body="""
Dear Mr Nowicki,

thank you for reporting the theft of your bicycle from the basement of Pontstraße 104, 52062 Aachen. We have registered the claim under HR-26-005190 (contents policy HV 7720 1184, bicycle cover up to EUR 1,500).

Details we have on file:
- Cube Nature Pro, frame number WCU2231874K, bought 09/2024 for EUR 899
- police report Aachen, reference 260301-1142-K4

As the basement is shared and was locked, the theft is covered. We will pay the current value minus the EUR 150 excess. Please send us the purchase receipt; a photo is fine.

Kind regards
""")

M("N", "de", "insurer-to-supplier", "trap: job ad for health-claims clerks mentioning GOÄ, ICD-10 and psychotherapy, no person",
  s="weiss", to="stellen@jobportal-rheinland.example", subj="Stellenanzeige ID 26-041 Sachbearbeitung Leistung Krankenversicherung (m/w/d)",
  date="2026-03-02 14:00", html=True, body="""
Hallo Frau Jacobs,

bitte veröffentlichen Sie ab 09.03. für sechs Wochen folgende Anzeige (Paket Premium, Region Köln/Bonn):

Sachbearbeiterin / Sachbearbeiter Leistung Krankenversicherung (m/w/d) – Vollzeit oder Teilzeit, Köln

Ihre Aufgaben: Prüfung und Erstattung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und DRG; Bearbeitung von Anträgen auf Psychotherapie, Heil- und Hilfsmittel; telefonische Beratung unserer Versicherten.

Ihr Profil: Ausbildung als Sozialversicherungsfachangestellte/r, Kaufmann/-frau für Versicherungen oder Medizinische/r Fachangestellte/r; Kenntnisse der ICD-10-GM wünschenswert.

Wir bieten: 38 Stunden, mobiles Arbeiten bis 60 %, Jobrad, betriebliche Krankenversicherung.

Bewerbung über karriere.versicherer.example, Kennziffer 26-041.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "occupational therapy for the addressee's child with ADHD diagnosis and prescription",
  s="kroeger", to="Familie Brückner <brueckner.home@netcologne-mail.example>", subj="Ergotherapie für Emil – Erstattung und Folgeverordnung",
  date="2026-03-03 08:52", body="""
Liebe Frau Brückner,

die Rechnung der Ergotherapie-Praxis Kunterbunt über 10 Behandlungen (sensomotorisch-perzeptive Behandlung, je 45 Min.) für Emil haben wir mit 480,00 EUR erstattet.

Auf der Verordnung des Kinderarztes steht als Diagnose F90.0 (einfache Aktivitäts- und Aufmerksamkeitsstörung). Für die geplante Folgeverordnung mit 20 weiteren Einheiten und das Elterntraining brauchen wir keinen gesonderten Antrag, es reicht die neue Verordnung.

Das Neurofeedback-Training, nach dem Sie gefragt haben, ist in Emils Tarif leider nicht versichert, weil es keine anerkannte Heilmethode nach unseren Bedingungen ist.

Viele Grüße aus Köln
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "legal expenses (employment): dismissal of a named customer with monthly gross salary and employer",
  s="lindqvist", to="Andrzej Malinowski <a.malinowski@freenet-post.example>", html=True, subj="Deckungszusage Arbeitsrechtsschutz – Ihre Kündigung durch die Firma Hebrock Logistik",
  date="2026-03-03 13:10", body="""
Sehr geehrter Herr Malinowski,

für die Kündigungsschutzklage gegen Ihre frühere Arbeitgeberin, die Hebrock Logistik GmbH, erteilen wir Deckungszusage (Rechtsschutzvertrag RS 2204 6619, Schadennummer RS-26-00881).

Wir übernehmen die Kosten der ersten Instanz vor dem Arbeitsgericht Köln nach einem Gegenstandswert von drei Bruttomonatsgehältern (3 x 3.480,00 EUR = 10.440,00 EUR) abzüglich Ihrer Selbstbeteiligung von 150 EUR.

Ihr Anwalt, Herr RA Schmitz, kann direkt mit uns abrechnen. Eine Abfindungsvereinbarung im Gütetermin verändert die Kostenzusage nicht.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: portal notification mail, no content",
  frm="Versicherer SecureMail <securemail-noreply@versicherer.example>", to="m.tillmann@gmx-mail.example",
  subj="Sie haben eine neue sichere Nachricht", date="2026-03-03 15:31", body="""
Guten Tag,

in Ihrem sicheren Postfach liegt eine neue Nachricht der Versicherer-Gruppe für Sie bereit.

Absender: Versicherer-Gruppe
Eingestellt am: 03.03.2026, 15:31 Uhr
Verfügbar bis: 01.06.2026

Melden Sie sich an unter https://securemail.versicherer.example mit Ihrer E-Mail-Adresse und Ihrem Passwort.

Diese Benachrichtigung wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. Den Inhalt der Nachricht senden wir aus Datenschutzgründen nicht unverschlüsselt per E-Mail.
""", mailer="Siegel Gateway")

M("S", "en", "insurer-to-customer", "IVF: reimbursement of the third treatment cycle for a named couple, drugs and clinic named",
  s="whitfield", to="Sophie Laurent <sophie.laurent@mail-fr.example>", subj="Your fertility treatment – third cycle, claim 2026-0315", lang="en",
  date="2026-03-04 11:20", body="""
Dear Ms Laurent,

we have reimbursed EUR 4,118.60 for the third IVF/ICSI cycle at Kinderwunschzentrum am Dom (invoices of 02 and 16 February 2026), including the medication (follitropin alfa 900 IU pen, ganirelix 0.25 mg, choriogonadotropin alfa) from the Dom-Apotheke.

As your plan covers three cycles per pregnancy attempt, we cannot confirm a fourth cycle in advance. If the current cycle does not lead to a pregnancy, please send us the clinic's report and we will review with our medical adviser whether an exception is possible given your age of 34 and the embryo quality reported.

The costs for your partner's treatment (sperm preparation, TESE) are claimed under his own policy with his insurer.

With best wishes
""")

M("C", "de", "insurer-to-customer", "motor deer collision: named driver, plate, claim number, nobody hurt",
  s="brenner", to="Hendrik Vosskamp <vosskamp@landpost.example>", subj="Wildunfall vom 01.03. – K-VK 771, Schaden KS-26-03318",
  date="2026-03-04 16:05", body="""
Moin Herr Vosskamp,

danke für die Wildunfallbescheinigung des Jagdpächters. Ihr Schaden ist unter KS-26-03318 angelegt (Teilkasko, SB 150 EUR).

Da außer dem Reh niemand zu Schaden kam und das Auto fahrbereit ist, können Sie direkt in unsere Partnerwerkstatt Autohaus Heinen in Bergheim fahren; die Werkstatt rechnet direkt mit uns ab. Termin bitte unter 02271 555-310 vereinbaren.

Ihre Schadenfreiheitsklasse bleibt unverändert.

Freundliche Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: colleague absent without reason, deputy named",
  frm="Gerrit Brandt <gerrit.brandt@versicherer.example>", to="Team Stationär <team-stationaer@versicherer.example>",
  subj="Vertretung diese Woche", date="2026-03-09 08:02", client="mobile", body="""
Moin zusammen, ich bin bis einschließlich Freitag nicht im Büro. Freigaben über 25.000 EUR bitte an Sabine, alles andere wie gehabt an Robin. Bin per Handy nur im Notfall erreichbar.
Gerrit
""")

M("S", "de", "internal", "colleague in hospital with named diagnosis (employee health data in internal mail)",
  frm="Robin Assmann <robin.assmann@versicherer.example>", to="Sabine Kröger <sabine.kroeger@versicherer.example>",
  subj="AW: Vertretung diese Woche", date="2026-03-09 09:14", body="""
Hi Sabine,

nur damit du Bescheid weißt, weil du ja die Freigaben machst: Gerrit hat mir gestern Abend geschrieben, er liegt im Marien-Hospital, Gallenblase, wird heute laparoskopisch operiert. Er meinte, wenn alles gut geht, ist er Ende nächster Woche wieder da. Bitte nicht an das ganze Team weitergeben, er will das nicht rumerzählt haben.

Ich kümmere mich um seine offenen Wiedervorlagen.

Robin
""")

M("C", "de", "internal", "HR onboarding of a named new employee with tax ID, salary and bank details",
  s="weiss", to="Entgeltabrechnung <entgelt@versicherer.example>", subj="Neueinstellung zum 01.04.2026 – Stammdaten Frau Kübra Şahin",
  date="2026-03-10 10:40", body="""
Hallo liebe Kolleginnen,

für die Entgeltabrechnung die Stammdaten unserer neuen Kollegin in der Kfz-Schadenabteilung:

Name: Kübra Şahin
Geburtsdatum: 1994-08-21
Steuer-ID: 57 318 046 291
Steuerklasse: I, keine Kinderfreibeträge
Krankenkasse: gesetzlich, Techniker Krankenkasse
Bruttojahresgehalt: 52.800 EUR (Tarifgruppe VII, 2. Stufe)
Bankverbindung: {}

Die unterschriebene Erklärung zur Kirchensteuer hat sie noch nicht abgegeben, das liefere ich nach.

Danke und viele Grüße
""".format(IB("DE", "100100101234567890")), sigstyle="short")

M("S", "en", "insurer-to-customer", "hearing aids for the addressee: audiogram result and device costs",
  s="jankowski", to="Geoffrey Hale <geoff.hale@homeinternet.example>", subj="Your hearing aids – cost approval", lang="en",
  date="2026-03-10 14:12", body="""
Dear Mr Hale,

thank you for sending the cost estimate from Hörakustik Neumarkt together with the ENT specialist's prescription.

Given the bilateral hearing loss of about 55 dB shown in your audiogram, we approve the binaural supply with two receiver-in-canal devices (Phonak Audéo L90). Of the estimated EUR 5,640.00 we will cover EUR 3,000.00 under your plan (limit EUR 1,500 per ear every four years). Batteries and maintenance are not covered.

The hearing care professional can send the final invoice directly to us.

Kind regards
""")

M("N", "en", "insurer-to-company", "trap: aggregated group-health usage report for a client company with small cells suppressed",
  s="achterberg", to="Melanie Krause <m.krause@nordlicht-software.example>", subj="Your company health plan – annual usage report 2025", lang="en",
  date="2026-03-11 09:30", body="""
Dear Ms Krause,

as agreed in the service level, here is the annual usage report for the company health plan of Nordlicht Software GmbH (contract bKV 3301). Figures are for all 412 insured employees together; categories with fewer than ten claimants are merged into "other" so that no individual can be recognised.

[[t]]

Take-up of the preventive budget rose from 38 % to 51 % of employees; the most used benefits were glasses/contact lenses and professional teeth cleaning. The premium for 2027 stays unchanged.

Kind regards
""", tables={"t": ([["benefit", "claimants", "claims", "paid EUR"],
                     ["glasses / contact lenses", "141", "163", "38,920"],
                     ["dental cleaning", "122", "201", "17,870"],
                     ["alternative practitioners", "37", "96", "12,410"],
                     ["vaccinations (travel)", "19", "24", "2,180"],
                     ["other", "28", "41", "6,550"]], "pad")}, html=True)

M("C", "de", "customer", "colloquial customer mail with typos: phone damage claim with IMEI, address and contract number",
  frm="Kundenservice Sach <kundenservice-sach@versicherer.example>", to="Schadenservice Elektronik <elektronik-schaden@versicherer.example>",
  subj="WG: handy kaputt!!", date="2026-03-11 12:48", body="""
Bitte als Elektronikschaden anlegen, Vertrag ist aktiv, Beitrag bezahlt.
L. Kowalski
""", quote=FW("chantal.roeder95@webpost.example", "11.03.2026, 11:59", "kundenservice-sach@versicherer.example", "handy kaputt!!",
    """hallo,
mir is gestern mein handy runtergefallen (iphone 15) display komplett gesplittert, geht noch aber touch spinnt. hab bei euch die elektronikversicherung seit letzem jahr, nummer is EL-0092 3371 glaub ich. IMEI 356789 11 234567 8, gekauft bei mediamarkt hürth für 979€.
wohne jetzt in der Kalker Hauptstr 212, 51103 köln falls ihr was schicken müsst.
was muss ich jetzt machen?? brauch das handy für die arbeit
LG Chantal Röder"""))

M("N", "de", "insurer-to-supplier", "trap: tender for shredding of paper files, mentions medical reports and data protection classes, no person",
  s="krueger", to="Angebote Akten-Sicher GmbH <angebote@akten-sicher.example>", subj="Anfrage Angebot Aktenvernichtung 2026–2028",
  date="2026-03-12 08:44", body="""
Sehr geehrte Damen und Herren,

wir bitten um ein Angebot für die Vernichtung von Papierakten an unserem Standort Köln für den Zeitraum 01.07.2026 bis 30.06.2028:

- ca. 180 verschließbare Sicherheitsbehälter (240 l), Leerung zweiwöchentlich
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4 (Akten mit Gesundheitsdaten, Arztberichten, Gutachten)
- Vernichtung vor Ort im Spezialfahrzeug oder Transport in verplombten Behältern
- Vernichtungsprotokoll je Leerung, Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO

Angebotsfrist: 03.04.2026. Bitte Referenzen aus der Versicherungs- oder Gesundheitsbranche beilegen.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "newborn added to parents' health policy: birth date, clinic, premature birth and neonatal stay",
  s="nguyen", to="Katrin und Paul Ostermann <ostermann.kp@familienpost.example>", html=True, subj="Kindernachversicherung Ihrer Tochter Mila",
  date="2026-03-12 11:05", body="""
Liebe Frau Ostermann, lieber Herr Ostermann,

herzlichen Glückwunsch zur Geburt von Mila! Wir haben Ihre Tochter rückwirkend ab Geburt (27.02.2026) in den Tarifen AMB-Komfort, STAT-1 und ZahnPlus versichert, ohne Gesundheitsprüfung und ohne Wartezeiten, weil Sie uns innerhalb von zwei Monaten informiert haben.

Die Kosten für den Aufenthalt auf der Neonatologie der Uniklinik Köln (Frühgeburt in der 34. SSW, 11 Tage Inkubator) sind damit vollständig versichert. Die Klinik kann direkt mit uns abrechnen; bitte geben Sie dort die neue Versicherungsnummer 4471 0093 318-03 an.

Der Monatsbeitrag für Mila beträgt 142,36 EUR und wird ab April zusammen mit Ihrem Beitrag eingezogen.

Alles Gute für Ihre kleine Familie!
""")

M("N", "de", "internal", "trap: calendar invitation to a training on ICD-10-GM changes and GOÄ, no person",
  s="kroeger", to="Leistung KV alle <leistung-kv-alle@versicherer.example>", subj="Einladung: Schulung ICD-10-GM 2026 und neue GOÄ-Auslegung",
  date="2026-03-12 14:30", body="""
Liebe Kolleginnen und Kollegen,

in der Schulung stellen wir die für die Leistungsprüfung relevanten Änderungen der ICD-10-GM 2026 vor (u. a. neue Codes für Long-COVID-Folgezustände und die überarbeiteten Zusatzkennzeichen G, V, A, Z) sowie die aktuelle Rechtsprechung zum Steigerungsfaktor über 2,3.

Es gibt zwei Termine, bitte nur einen annehmen. Fallbeispiele sind anonymisiert.

Sabine
""", sigstyle="name", att=[ICS("schulung-icd.ics", "icd2026-schulung-1@versicherer.example", "Schulung ICD-10-GM 2026 / GOÄ",
    "20260319T100000", "20260319T120000", ("Sabine Kröger", "sabine.kroeger@versicherer.example"),
    [("Leistung KV alle", "leistung-kv-alle@versicherer.example")], location="Raum Rhein 4.12 / Teams",
    description="Schulung ICD-10-GM 2026 und GOÄ-Steigerungsfaktoren. Unterlagen folgen.")])

M("C", "en", "insurer-to-customer", "travel cancellation after job loss: named travellers with birth dates, booking and policy, no health",
  s="seidel", to="Thomas Brennan <tbrennan@maildrop-ie.example>", subj="Trip cancellation – Lanzarote, policy RR 2026 4471", lang="en",
  date="2026-03-13 10:18", body="""
Dear Mr Brennan,

we are sorry to hear that you lost your job at such short notice. Unexpected redundancy by the employer is an insured reason under your trip cancellation policy RR 2026 4471.

Insured persons on the booking (TUI booking 8812-4471):
- Thomas Brennan, born 3 March 1984
- Aoife Brennan, born 17 September 1986
- Liam Brennan, born 22/11/2015

The cancellation fee charged by the tour operator is EUR 1,486.00 (40 % of EUR 3,715.00). Please send us the termination letter of your employer and the cancellation invoice; we will then transfer the amount minus the 20 % excess.

Kind regards
""")

M("S", "de", "lawyer", "lawyer claims pain and suffering for a named passenger with whiplash and fractured collarbone after a motor accident",
  s="schreiber", to="Schadenservice Kraftfahrt <kfz-schaden@versicherer.example>", subj="WG: Unfall vom 14.01.2026 – Ihr VN Berger, unsere Mandantin Frau Nadja Thal",
  date="2026-03-13 15:40", body="""
Zur Kenntnis und Anlage in KS-26-00412 (Personenschaden). Die Forderung halte ich der Höhe nach für überzogen, dem Grunde nach ist die Haftung unstreitig. Bitte ärztliche Unterlagen über RA Dornbusch anfordern, Schweigepflichtentbindung liegt bei.
CS
""", sigstyle="name", quote=FW("Kanzlei Dornbusch & Partner <kanzlei@dornbusch-partner.example>", "13.03.2026, 14:02",
    "Dr. Carola Schreiber <carola.schreiber@versicherer.example>", "Unfall vom 14.01.2026 – Ihr VN Berger, unsere Mandantin Frau Nadja Thal", """Sehr geehrte Frau Dr. Schreiber,

wir vertreten Frau Nadja Thal, Beifahrerin im Fahrzeug K-NT 412, auf das Ihr Versicherungsnehmer Herr Holger Berger am 14.01.2026 an der Kreuzung Aachener Straße/Gürtel aufgefahren ist.

Unsere Mandantin erlitt eine HWS-Distorsion Grad II sowie eine Klavikulafraktur links, die am 15.01.2026 im Klinikum Merheim operativ mit Plattenosteosynthese versorgt wurde. Sie war bis 28.02.2026 arbeitsunfähig und befindet sich weiterhin in physiotherapeutischer Behandlung.

Wir beziffern vorläufig:
Schmerzensgeld: 9.000,00 EUR
Verdienstausfall: 2.316,40 EUR
Haushaltsführungsschaden: 1.440,00 EUR

Mit freundlichen Grüßen
Dornbusch
Rechtsanwalt"""))

M("N", "de", "insurer-to-partner", "trap: press release draft with claims figures for psychotherapy and care, aggregate",
  s="baumann", to="dpa Wirtschaftsredaktion <wirtschaft@nachrichtenagentur.example>", subj="Pressemitteilung: Versicherer-Gruppe mit stabilem Geschäftsjahr 2025 (Sperrfrist 19.03., 10 Uhr)",
  date="2026-03-17 16:00", body="""
Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung zum Geschäftsjahr 2025, Sperrfrist Donnerstag, 19. März 2026, 10:00 Uhr.

Köln. Die Versicherer-Gruppe hat 2025 Beitragseinnahmen von 6,84 Mrd. Euro erzielt (+3,9 %). Die Krankenversicherung zahlte ihren 1,1 Millionen Versicherten Leistungen von 2,31 Mrd. Euro. Besonders stark stiegen die Ausgaben für Psychotherapie (+12,4 %) und für Arzneimittel (+8,7 %), vor allem durch neue Diabetes- und Adipositas-Medikamente. In der Pflegeversicherung erhielten 31.200 Versicherte Leistungen, 9 % mehr als im Vorjahr.

Die Lebensversicherung zahlte 1,02 Mrd. Euro an ihre Kundinnen und Kunden aus, darunter 212 Mio. Euro Berufsunfähigkeitsrenten.

Pressekontakt: Julia Baumann, Telefon +49 221 555-1010
""")

M("S", "de", "insurer-to-customer", "accident insurance: disability degree under the limb table for a named insured (finger amputation)",
  s="albrecht", to="Rüdiger Stallmann <r.stallmann@handwerk-mail.example>", subj="Ihre Unfallversicherung UV 1190 4425 – Invaliditätsleistung",
  date="2026-03-18 10:00", body="""
Sehr geehrter Herr Stallmann,

nach Auswertung des Gutachtens von Dr. med. Petra Lohse (Handchirurgie, Klinikum Leverkusen) vom 20.02.2026 steht der Invaliditätsgrad fest:

- Verlust des Zeigefingers rechts im Grundgelenk: 10 % (Gliedertaxe)
- Funktionsbeeinträchtigung des Mittelfingers rechts: 1/5 Fingerwert = 1 %
- Gesamt: 11 %

Bei einer Grundsumme von 100.000 EUR und Progression 350 % ergibt das eine Invaliditätsleistung von 11.000,00 EUR. Da Sie Rechtshänder und Schreiner sind, haben wir die Berufsgruppe B berücksichtigt; die Gliedertaxe Ihres Tarifs ist dafür bereits verbessert.

Der Betrag wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
""")

M("C", "de", "broker", "broker sends portfolio transfer list (XLSX) of named private customers with contract numbers and birth dates; body harmless",
  s="vogel", to="Bestandsservice Makler <bestand-makler@versicherer.example>", subj="WG: Bestandsübertragung Makler Obermüller → Finanzkontor Isar",
  date="2026-03-18 12:12", body="""
Bitte die Übertragung nach Vorliegen der Maklervollmachten umsetzen. Die Liste ist vollständig, alles Sachverträge.
Katharina
""", sigstyle="name", quote=FW("Benedikt Haller <haller@finanzkontor-isar.example>", "18.03.2026, 11:40",
    "Katharina Vogel <katharina.vogel@versicherer.example>", "Bestandsübertragung", """Servus Frau Vogel,

wie besprochen anbei die Liste der Verträge, die wir von Herrn Obermüller übernehmen. Vollmachten kommen per Post.

Beste Grüße
Benedikt Haller
Finanzkontor Isar GmbH"""),
  att=[XLSX("Bestand_Obermueller_Uebertragung.xlsx", {"Verträge": [
      ["VN Name", "Vorname", "geb.", "PLZ", "Sparte", "Vertragsnummer", "Jahresbeitrag"],
      ["Aigner", "Franziska", "1979-04-12", "81541", "Hausrat", "HV 2201 4478", 148.20],
      ["Aigner", "Franziska", "1979-04-12", "81541", "Privathaftpflicht", "PH 2201 4479", 79.90],
      ["Baumgartner", "Josef", "1958-11-30", "85521", "Wohngebäude", "WG 1198 0042", 1188.00],
      ["Demirci", "Onur", "1991-02-07", "80337", "Kfz", "KF 7731 2290", 702.44],
      ["Eberl", "Theresa", "2000-06-25", "81675", "Hausrat", "HV 3310 0918", 96.00],
      ["Huber", "Maximilian", "1966-09-03", "82031", "Rechtsschutz", "RS 4412 7710", 344.30]]}, author="Finanzkontor Isar")])

M("N", "en", "internal", "trap: anonymised disability case study for training, age and occupation only",
  s="brinkmann", to="BU Claims Team <bu-claims@versicherer.example>", subj="Case study for Thursday's training (anonymised)", lang="en",
  date="2026-03-19 08:30", body="""
Hi all,

for Thursday, please read the case below beforehand. It is based on a closed claim but all details that could identify the person have been changed or removed (age rounded, region and employer removed, dates shifted).

Case C: male, early 50s, roofer, self-employed with two employees. Claims disability after a shoulder injury; surgery and rehab completed, residual restriction of overhead work. The orthopaedic report estimates 60 % inability for his last job as actually performed. Questions:
1. How do you reconstruct the "last job as actually performed" for a self-employed person?
2. Is reorganisation of the business (delegating roof work to employees) reasonable?
3. What would change if he had moved to office work before the injury?

We'll go through it together; no files needed.

Ole
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "HTML-only mail with a table of the addressee's hospital invoice positions (GOÄ, chief physician) and the hospital named",
  frm="Gerrit Brandt <gerrit.brandt@versicherer.example>", to="Manfred Esser <manfred.esser@rentner-mail.example>", ent="kv",
  subj="Abrechnung Ihres Krankenhausaufenthalts im Evangelischen Krankenhaus Kalk", date="2026-03-19 11:45", body=None,
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Esser,</p>
<p>die Rechnungen zu Ihrem stationären Aufenthalt vom 02.03. bis 09.03.2026 im Evangelischen Krankenhaus Kalk haben wir wie folgt erstattet:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Rechnung</th><th>Leistung</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>Krankenhaus</td><td>DRG F59B, 7 Belegungstage</td><td>6.912,40 EUR</td><td>6.912,40 EUR</td></tr>
<tr><td>Krankenhaus</td><td>Zweibettzimmer 7 Tage</td><td>364,00 EUR</td><td>364,00 EUR</td></tr>
<tr><td>Chefarzt Prof. Dr. Wirtz</td><td>GOÄ 3060 (Herzkatheter), 5, 7, 651</td><td>1.284,66 EUR</td><td>1.284,66 EUR</td></tr>
<tr><td>Anästhesie</td><td>GOÄ 453, 1.8-fach</td><td>96,12 EUR</td><td>96,12 EUR</td></tr>
</table>
<p>Die Zuzahlung für die Anschlussheilbehandlung in der Rehaklinik Lindenallee beantragen Sie bitte gesondert, sobald der Termin feststeht.</p>
<p>Mit freundlichen Grüßen<br>Gerrit Brandt<br>Leistungsservice Krankenversicherung – Stationär</p>
</body></html>
""")

M("C", "de", "insurer-to-customer", "buildings storm claim with customer's address and IBAN written in lower case without spaces",
  s="demir", to="Heinz-Werner Bolz <hw.bolz@dorfnetz.example>", subj="Sturmschaden an Ihrem Wohnhaus – WG-26-001203",
  date="2026-03-20 09:20", body="""
Sehr geehrter Herr Bolz,

der Gutachter Herr Lambertz hat den Sturmschaden am Dach Ihres Hauses Am Mühlenbach 3, 53797 Lohmar besichtigt. Er bestätigt 23 abgedeckte Dachziegel, eine beschädigte Dachrinne und Wasserflecken im Dachgeschoss.

Wir zahlen nach dem Angebot der Dachdeckerei Hennes 4.872,15 EUR auf das von Ihnen angegebene Konto {} (Kontoinhaber Heinz-Werner Bolz). Die Selbstbeteiligung von 500 EUR ist bereits abgezogen.

Mit freundlichen Grüßen
""".format(IB("DE", "370502991234005678", group=0).lower()), sigstyle="short")

M("S", "en", "insurer-to-customer", "life policy loan request answered: personal line contract of a named person with surrender value",
  s="haas", to="Richard Ashworth <r.ashworth@post-uk.example>", subj="Policy loan on your endowment policy LV 0027 118 443", lang="en",
  date="2026-03-20 14:55", body="""
Dear Mr Ashworth,

thank you for your request of 16 March. Your endowment policy LV 0027 118 443 has a surrender value of EUR 38,204.11 as at 1 April 2026, so we can grant a policy loan of up to EUR 30,000.

Interest rate: 4.25 % p.a., payable quarterly; the loan can be repaid at any time without charge. If you die before repayment, the outstanding amount is deducted from the death benefit paid to your beneficiary.

Please sign the enclosed loan agreement and return it by post. We will transfer the amount to your account ending in ...7731 within five working days after receipt.

Kind regards
""")

M("N", "de", "internal", "trap: synthetic test data with the placeholder person Erika Mustermann in a ticket",
  s="raman", to="QA Team Leistung <qa-leistung@versicherer.example>", subj="Testfälle Release 26.2 – Rechnungseingang",
  date="2026-03-23 10:30", body="""
Hallo zusammen,

für die Abnahme Release 26.2 bitte die folgenden synthetischen Testfälle in der TEST-Umgebung durchspielen:

TF-01 Arztrechnung GOÄ, Testperson Erika Mustermann (fiktiv), geb. 12.08.1964, Vers.-Nr. TEST-0000-0001, Diagnose-Dummy Z00.0
TF-02 Zahnarztrechnung GOZ mit HKP, Testperson Max Mustermann (fiktiv), Vers.-Nr. TEST-0000-0002
TF-03 Rezept mit drei Positionen, Testperson Erika Mustermann
TF-04 Rechnung mit IBAN-Änderung (Testkonto DE02 1203 0000 0000 2020 51 aus der Bankdokumentation)

Bitte KEINE Produktivdaten verwenden, auch keine „anonymisierten“. Ergebnisse ins Testprotokoll in Jira (LEI-2261).

Danke
Priya
""", sigstyle="name")

M("C", "en", "insurer-to-customer", "motor: adding a named driver with the birth date written out in English and the policy number",
  s="engel", to="Oliver Bramley <oliver.bramley@inbox.example>", subj="RE: Adding my wife as driver – KF 5531 0087", lang="en",
  date="2026-03-24 09:40", body="""
Dear Mr Bramley,

done: Mrs Charlotte Bramley, born on the twenty-ninth of May 1988, is now a named driver on policy KF 5531 0087 from 24 March 2026. As she holds a full driving licence since 2006, there is no surcharge.

Your premium stays at EUR 684.20 per year.

Kind regards
""", quote=OQ("Oliver Bramley <oliver.bramley@inbox.example>", "Monday, March 23, 2026 8:11 PM", "Rüdiger Engel <ruediger.engel@versicherer.example>",
              "Adding my wife as driver – KF 5531 0087", """Hi Mr Engel, as you suggested, please add my wife Charlotte. Her DOB is 29th May 1988, licence since 2006. Thanks, Oliver""", lang="en"))

M("S", "de", "insurer-to-assessor", "disability claim: assignment to a medical assessor with named claimant, diagnoses and treating doctors; ODT attachment",
  s="brinkmann", to="Dr. med. Harald Quast <gutachten@quast-orthopaedie.example>", subj="Gutachtenauftrag BU-Leistungsfall 2025-3318",
  date="2026-03-24 13:10", body="""
Sehr geehrter Herr Dr. Quast,

wie telefonisch besprochen erhalten Sie den Gutachtenauftrag im Leistungsfall 2025-3318. Die Fragestellung und die Vorbefunde finden Sie im Anhang. Die versicherte Person ist informiert und wird sich wegen eines Termins bei Ihrer Praxis melden.

Bitte schicken Sie Ihr Gutachten bis 15.05.2026 über unser sicheres Postfach.

Mit freundlichen Grüßen
""", att=[ODT("Gutachtenauftrag_2025-3318.odt", [
    ("h", "Gutachtenauftrag Berufsunfähigkeit"),
    "Leistungsfall: 2025-3318 – Vertrag BU 0088 3312 501",
    "Versicherte Person: Sebastian Großmann, geb. 02.12.1979, Lohmar",
    "Zuletzt ausgeübter Beruf: Elektroinstallateur (Meister), 40 Std./Woche, davon ca. 70 % Arbeit auf Leitern und über Kopf",
    ("h", "Vorbefunde"),
    "Bandscheibenvorfall L5/S1 mit Operation (Nukleotomie) 06/2025, Klinikum Siegburg\nAnhaltende Lumboischialgie links, MRT 11/2025: Narbengewebe, kein Rezidiv\nKonservative Behandlung, Reha 09/2025 in der Klinik am Rosengarten, Entlassung arbeitsunfähig\nMedikation: Ibuprofen 600 mg bei Bedarf, Tilidin/Naloxon 50/4 mg retard",
    ("h", "Fragen an den Gutachter"),
    "1. Welche Gesundheitsstörungen liegen vor?\n2. Welche Tätigkeiten des zuletzt ausgeübten Berufs kann der Versicherte noch ausüben, in welchem zeitlichen Umfang?\n3. Seit wann besteht die Einschränkung, ist eine Besserung zu erwarten?"])])

M("N", "de", "insurer-to-customer", "trap: certificate request auto-answer with the insurer's S/MIME certificate, no content",
  frm="Zertifikatsdienst <zertifikat@versicherer.example>", to="info@sanitaetshaus-lenz.example",
  subj="[ZERTIFIKAT] Ihr angefordertes Zertifikat für leistung-kv@versicherer.example", date="2026-03-25 07:58",
  body="""
Guten Tag,

Sie haben das Zertifikat für die Adresse leistung-kv@versicherer.example angefordert. Es ist dieser signierten Nachricht beigefügt (leistung-kv.pem). Bitte speichern Sie es in Ihrem Adressbuch; künftige Nachrichten an diese Adresse können Sie dann verschlüsselt senden.

Fingerabdruck (SHA-256): 4F:0A:91:3C:77:E2:58:0B:CD:19:6A:F4:2E:88:D1:07:3B:AA:56:C9:11:0E:72:8D:F3:64:29:B5:8C:01:9E:47
Gültig bis: 31.01.2028

Diese Nachricht wurde automatisch erstellt.
""", client="system", mailer="Siegel Gateway",
  att=[TXT("leistung-kv.pem", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIUP3h0nQdEV2Y1ZXJzaWNoZXJlcl9kZW1vMA0GCSqGSIb3\nDQEBCwUAMEkxCzAJBgNVBAYTAkRFMRUwEwYDVQQKDAxWZXJzaWNoZXJlciBBRzEj\nMCEGA1UEAwwabGVpc3R1bmcta3ZAdmVyc2ljaGVyZXIuZXhhbXBsZTAeFw0yNjAx\n-----END CERTIFICATE-----\n", sub="plain")])

M("S", "de", "customer", "customer writes about her pregnancy and a planned caesarean section; short internal forward",
  frm="Minh Nguyen <minh.nguyen@versicherer.example>", to="Sabine Kröger <sabine.kroeger@versicherer.example>", ent="kv",
  subj="WG: Frage Entbindung / Familienzimmer", date="2026-03-25 10:20", body="""
Sabine, kannst du das beantworten? Betrifft Leistung, nicht Antrag. Vertrag ist KV 3390 1178.
Minh
""", quote=FW("Jasmin Oktay <jasmin.oktay@famtel.example>", "24.03.2026, 22:47", "info-kv@versicherer.example", "Frage Entbindung / Familienzimmer", """Hallo,

ich bin in der 31. Woche schwanger (ET 21.05.) und habe wegen einer Plazenta praevia einen geplanten Kaiserschnitt in der Frauenklinik am Rudolfplatz. Mein Mann würde gerne mit im Familienzimmer übernachten, die Klinik nimmt dafür 95 EUR pro Nacht.

Zahlt meine Krankenversicherung das Familienzimmer und die Hebammen-Nachsorge zuhause? Und muss ich das Baby vorher schon anmelden?

Viele Grüße
Jasmin Oktay"""))

# ---- d3-0062 … d3-0096 ----------------------------------------

M("S", "en", "company", "HR of a client company sends group life census (XLSX) with names, dd/mm/yyyy birth dates and salaries; body harmless",
  s="paulsen", to="Group Life Admin <group-life@versicherer.example>", subj="FW: Annual census – Group Life Scheme GL 4401 (Harwick Engineering GmbH)", lang="en",
  date="2026-03-26 09:15", body="""
Please load the attached census for the renewal on 1 April. Free cover limit stays at EUR 400k; I have not checked the file for members above the limit yet.
Henrik
""", sigstyle="name", quote=FW("Rachel Tomlinson <rachel.tomlinson@harwick-eng.example>", "Wed, 25 Mar 2026 17:31",
    "Henrik Paulsen <henrik.paulsen@versicherer.example>", "Annual census – Group Life Scheme GL 4401", """Hi Henrik,

attached is this year's census for the German entity as requested. Salaries are annual base salary as at 1 March.

Best,
Rachel
HR Business Partner, Harwick Engineering GmbH""", lang="en"),
  att=[XLSX("GL4401_census_2026.xlsx", {"Census": [
      ["Employee ID", "Surname", "First name", "Date of birth", "Gender", "Annual salary EUR", "Cover (4x salary)"],
      ["HE-0102", "Fitzgerald", "Conor", "14/02/1975", "M", 118000, 472000],
      ["HE-0117", "Schubert", "Annika", "03/09/1987", "F", 74500, 298000],
      ["HE-0131", "Nakamura", "Kenji", "21/06/1990", "M", 69800, 279200],
      ["HE-0150", "Weber", "Thomas", "30/11/1968", "M", 96200, 384800],
      ["HE-0163", "Osei-Bonsu", "Abena", "08/01/1994", "F", 58300, 233200],
      ["HE-0171", "Lindqvist", "Erik", "25/07/1982", "M", 88900, 355600]]}, author="Rachel Tomlinson")])

M("C", "de", "insurer-to-customer", "motor total loss of a named customer: VIN, plate, residual value, leasing company",
  s="brenner", to="Dominik Schwertfeger <d.schwertfeger@mailpost.example>", html=True, subj="Totalschaden Ihres Fahrzeugs BN-DS 840 – KS-26-04102",
  date="2026-03-26 11:02", body="""
Sehr geehrter Herr Schwertfeger,

laut Gutachten des Sachverständigenbüros Kröll ist Ihr Fahrzeug (Audi A4 Avant, FIN WAUZZZF48NA012345, Kennzeichen BN-DS 840) ein wirtschaftlicher Totalschaden:

Wiederbeschaffungswert: 24.600,00 EUR
Restwert (höchstes Angebot, Autoverwertung Bonn-Beuel): 6.150,00 EUR
Reparaturkosten: 21.880,00 EUR brutto

Da das Fahrzeug geleast ist, zahlen wir den Wiederbeschaffungsaufwand von 18.450,00 EUR abzüglich 300 EUR Selbstbeteiligung an die Leasinggeberin (VW Leasing, Vertrag 8812-7734). Bitte klären Sie mit ihr die Verwertung des Fahrzeugs.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: occupational-health flu vaccination campaign for staff, no names",
  s="weiss", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Grippeschutzimpfung durch den Betriebsarzt – jetzt anmelden",
  date="2026-09-28 08:00", html=True, body="""
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst eine kostenlose Grippeschutzimpfung an:

Termine: 12. bis 16. Oktober, jeweils 9 bis 12 Uhr, Sanitätsraum EG (Raum 0.08)
Impfstoff: tetravalenter Influenza-Impfstoff (Saison 2026/27)
Anmeldung: über das Intranet (Gesundheit > Impfaktion), maximal 40 Termine pro Tag

Bitte bringen Sie Ihren Impfausweis mit. Die Anmeldedaten sieht ausschließlich der betriebsärztliche Dienst; die Personalabteilung erhält nur die Gesamtzahl der Geimpften.

Bleiben Sie gesund!
Ihr Team Personal & Gesundheitsmanagement
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "daily sickness allowance: graded return to work (Hamburger Modell) of the addressee with dates",
  frm="Krankentagegeld <ktg@versicherer.example>", to="Sandra Pütz <sandra.puetz@handy-mail.example>", ent="kv",
  subj="Ihre Wiedereingliederung ab 09.03.2026", date="2026-03-27 10:40", body="""
Sehr geehrte Frau Pütz,

Ihr Arzt hat uns den Wiedereingliederungsplan geschickt:

09.03.–22.03.2026: 3 Stunden täglich
23.03.–05.04.2026: 5 Stunden täglich
ab 06.04.2026: volle Arbeitszeit

Während der stufenweisen Wiedereingliederung gelten Sie weiterhin als arbeitsunfähig. Wir zahlen deshalb das Krankentagegeld von 85,00 EUR pro Tag bis einschließlich 05.04.2026 weiter, abzüglich des Arbeitsentgelts, das Ihr Arbeitgeber für die Teilzeit zahlt. Bitte schicken Sie uns dazu die Entgeltabrechnungen für März und April.

Wir wünschen Ihnen einen guten Wiedereinstieg.

Mit freundlichen Grüßen
Karin Vogt
Krankentagegeld / Leistung
""", disc=1)

M("N", "en", "insurer-to-partner", "trap: answer to a journalist with aggregated sick-leave and disability statistics",
  s="baumann", to="Laura Bennett <l.bennett@financial-weekly.example>", subj="RE: Your questions on mental health and disability claims", lang="en",
  date="2026-03-27 15:05", body="""
Dear Ms Bennett,

thank you for your questions. Here are our answers, which you may quote with attribution to "a spokesperson for Versicherer":

1. Mental and behavioural disorders are the most frequent cause of new disability claims in our portfolio, at 38 % in 2025 (2020: 31 %).
2. The average age at the start of a disability claim is 47.
3. About one in five new claims is settled within three months; complex cases with several specialist reports take nine months on average.
4. We do not comment on individual claims.

Best regards
""")

M("C", "en", "insurer-to-customer", "legal expenses tenancy dispute: named customer, landlord, rent figures, address",
  s="lindqvist", to="Priyanka Desai <priyanka.desai@techmail.example>", subj="Legal expenses cover – rent increase dispute, claim RS-26-01204", lang="en",
  date="2026-03-30 09:25", body="""
Dear Ms Desai,

we confirm cover under your legal expenses policy RS 3318 7201 (module tenancy) for the dispute with your landlord, Mr Klaus Oberhäuser, about the rent increase for your flat at Venloer Straße 301, 50823 Köln.

According to the documents, the net rent is to rise from EUR 980 to EUR 1,127 per month (+15 %) with reference to the Cologne rent index. We cover an out-of-court assessment by a lawyer of your choice and, if necessary, court proceedings at the local court; your excess is EUR 250.

Kind regards
""")

M("S", "de", "insurer-to-customer", "rehabilitation after knee replacement: cost approval for the addressee in a named rehab clinic",
  s="sauer", to="Helga Bernhardt <helga.bernhardt@senioren-net.example>", subj="Ihre Anschlussheilbehandlung in der Klinik Sonnenhang",
  date="2026-03-30 13:50", body="""
Liebe Frau Bernhardt,

das Krankenhaus Porz am Rhein hat uns mitgeteilt, dass Sie nach Ihrer Knieoperation (Totalendoprothese rechts am 25.03.2026) am 02.04.2026 direkt in die Reha verlegt werden.

Wir übernehmen die Kosten der Anschlussheilbehandlung in der Klinik Sonnenhang, Bad Neuenahr, für zunächst 21 Tage (Tagessatz 178,00 EUR, Einzelzimmer inklusive). Der Transport mit dem Krankentransport ist ebenfalls versichert.

Falls Sie nach der Reha zu Hause Unterstützung brauchen – etwa eine Haushaltshilfe oder einen Toilettenstuhl – melden Sie sich bei mir. Ich bin Ihre feste Ansprechpartnerin.

Herzliche Grüße und gute Genesung
""")

M("N", "de", "internal", "trap: complaints statistics per quarter with categories like hospital invoices and psychotherapy, no person",
  s="lorenz", to="Bereichsleitung Leistung <bl-leistung@versicherer.example>", subj="Beschwerdebericht Q1/2026",
  date="2026-04-02 11:00", body="""
Hallo zusammen,

die Beschwerdezahlen Q1/2026 im Überblick (Vorquartal in Klammern):

[[t]]

Der Anstieg bei „Psychotherapie“ hängt mit der neuen Anforderung von Zwischenberichten ab der 25. Sitzung zusammen. Der Ombudsmann hat im Quartal 14 Fälle angefragt, davon 3 zugunsten der Kunden entschieden.

Die Detailauswertung mit Freitexten kommt wie immer nur an die Teamleitungen, nicht in die große Runde.

Viele Grüße
Daniela Lorenz
""", sigstyle="short", tables={"t": ([["Kategorie", "Anzahl", "davon berechtigt"],
    ["Krankenhausrechnungen", "212 (198)", "61"], ["Arzneimittel", "145 (160)", "38"], ["Psychotherapie", "97 (54)", "22"],
    ["Zahnersatz / HKP", "133 (129)", "41"], ["Beitragsanpassung", "318 (102)", "9"]], "pad")})

M("S", "en", "insurer-to-customer", "travel health: repatriation of a named insured after a stroke in Spain",
  s="seidel", to="Margaret Doyle <margaret.doyle@family-mail.example>", subj="Repatriation of your husband Mr Patrick Doyle", lang="en",
  date="2026-04-03 18:20", body="""
Dear Mrs Doyle,

following the call with the treating neurologist at Hospital Universitario de Canarias, our medical assistance team agrees that your husband is fit to fly with medical escort now that he is stable after the stroke of 28 March.

Planned repatriation: Monday, 6 April, ambulance jet from Tenerife North to Cologne/Bonn, with a doctor and a nurse on board; transfer by ambulance to the stroke unit of Klinikum Köln-Merheim, which has confirmed a bed.

You can fly with him. All costs are covered under the travel health policy RK 2026 0081 (policyholder Mr Patrick Doyle).

We will call you tomorrow at 10:00 to confirm the times.

Kind regards
Ines Seidel
Travel Insurance – Assistance
""", sigstyle="name")

M("C", "de", "insurer-to-broker", "broker commission statement with the sole-trader broker's tax number and IBAN",
  s="falk", to="Agentur Demirel <kontakt@agentur-demirel.example>", subj="Provisionsabrechnung März 2026 – Vermittlernummer 40-7713",
  date="2026-04-06 09:00", body="""
Hallo Herr Demirel,

Ihre Provisionsabrechnung März ist im Vermittlerportal eingestellt. Zusammenfassung:

Abschlussprovision: 4.188,20 EUR
Bestandsprovision: 1.312,45 EUR
Stornohaftung: -612,00 EUR
Auszahlung: 4.888,65 EUR

Überweisung am 08.04.2026 auf Ihr Konto {} (Inhaber: Serkan Demirel, Versicherungsagentur Demirel e.K.). Steuernummer laut unseren Unterlagen: 217/5123/4471 – bitte prüfen Sie, ob die nach Ihrem Umzug noch stimmt.

Viele Grüße
""".format(IB("DE", "300606010004471338", sep="-")), sigstyle="short")

M("S", "de", "insurer-to-customer", "health insurance premium arrears moving the named customer into the emergency tariff — no medical word, personal line",
  s="becker", to="Frank Ostwald <frank.ostwald@mail-home.example>", subj="Beitragsrückstand Krankenversicherung KV 2210 4478 – Ruhen der Leistungen",
  date="2026-04-07 10:10", body="""
Sehr geehrter Herr Ostwald,

trotz unserer Mahnungen vom 12.01. und 16.02.2026 ist der Beitragsrückstand für Ihre Krankenversicherung nicht ausgeglichen. Offen sind 2.184,90 EUR zuzüglich Säumniszuschläge von 43,70 EUR.

Nach § 193 Abs. 6 VVG ruhen deshalb ab dem 01.05.2026 die Leistungen aus Ihrem Vertrag; Sie werden in den Notlagentarif umgestellt. Dort sind nur noch Behandlungen bei akuten Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft versichert.

Sobald alle Rückstände bezahlt sind, setzen wir Ihren bisherigen Tarif fort. Eine Ratenzahlung ist möglich, rufen Sie mich dazu gern an.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: board memo on a premium adjustment with actuarial triggers, no person",
  s="okafor", to="Heike Zimmer <heike.zimmer@versicherer.example>", subj="Vorstandsvorlage BAP 2027 – Entwurf",
  date="2026-04-07 16:30", body="""
Hallo Frau Zimmer,

anbei der Entwurf der Vorstandsvorlage zur Beitragsanpassung 2027 in der Krankenversicherung (Kurzfassung im Text, Details in der Anlage folgen Donnerstag):

- Auslösender Faktor Versicherungsleistungen: Tarif AMB-Komfort 1,14, STAT-1 1,09, ZahnPlus 1,03 (Schwellenwert 1,05 bzw. 1,10 laut AVB)
- Rechnungszins: Absenkung von 2,8 % auf 2,5 % in den Altbeständen
- Durchschnittliche Anpassung: +7,8 % (Spanne je Alter und Tarif -2 % bis +16 %)
- Limitierung aus RfB-Mitteln: 42 Mio. EUR

Der Treuhänder hat die Unterlagen am 31.03. erhalten; sein Zustimmungsgespräch ist für den 28.04. geplant.

Viele Grüße
Chidi Okafor
""", sigstyle="short")

M("S", "de", "customer", "customer sends a ZIP of doctors' letters about her daughter; body only says 'anbei die Unterlagen'",
  frm="Leistung KV Posteingang <posteingang-kv@versicherer.example>", to="Sabine Kröger <sabine.kroeger@versicherer.example>", ent="kv",
  subj="WG: Unterlagen Antrag Lea", date="2026-04-08 08:31", body="""
Zur Bearbeitung, Eingang über das Kontaktformular.
""", quote=FW("Claudia Wendtland <c.wendtland@familienmail.example>", "07.04.2026, 21:18", "posteingang-kv@versicherer.example", "Unterlagen Antrag Lea", """Hallo,
anbei die Unterlagen, die Sie haben wollten.
Gruß C. Wendtland"""),
  att=[ZIP("Unterlagen_Lea.zip", [
      TXT("Arztbrief_Kinderklinik.txt", """Kinderklinik Amsterdamer Straße, Köln
Entlassungsbrief

Patientin: Lea Wendtland, geb. 14.09.2015
Aufenthalt: 23.03.2026 bis 27.03.2026

Diagnosen:
E10.91 Diabetes mellitus Typ 1, Erstmanifestation mit Ketoazidose
Therapie: intensivierte Insulintherapie (Insulin aspart, Insulin glargin), Schulung der Eltern
Weiteres Vorgehen: Anbindung an die Diabetesambulanz, Versorgung mit CGM-System beantragt
""", enc="iso-8859-1"),
      PDF("Verordnung_CGM.pdf", [("h", "Verordnung Hilfsmittel"), "Patientin: Lea Wendtland, geb. 14.09.2015",
          "Verordnung: kontinuierliches Glukosemesssystem (rtCGM) Dexcom G7 inkl. Sensoren für 12 Monate",
          "Begründung: Diabetes mellitus Typ 1, Kind, nächtliche Hypoglykämien",
          "Dr. med. Jens Aufderheide, Kinder- und Jugendmedizin, Köln-Sülz"])])])

M("C", "en", "insurer-to-customer", "expat household water damage: named customer, flat address, policy and claim number",
  s="demir", to="Mateus Oliveira <mateus.oliveira@correio-br.example>", subj="Water damage in your flat – claim WG-26-001877", lang="en",
  date="2026-04-08 14:40", body="""
Dear Mr Oliveira,

we have received your report about the leaking pipe in your kitchen at Zülpicher Platz 6, 50674 Köln. The claim is registered under WG-26-001877 (household contents policy HV 0871 2290).

Our drying partner, Trocknungstechnik Rhein, will call you within 24 hours to arrange an appointment. Please keep the damaged items (kitchen cabinets, rug) until our assessor has seen them or send us photos.

The damage to the building itself (pipe, walls, floor) is a matter for your landlord's buildings insurance; please inform your landlord as well.

Kind regards
""")

M("N", "de", "insurer-to-customer", "trap: out-of-office auto reply mentioning hospital stays and urgent benefits, no person",
  frm="Gerrit Brandt <gerrit.brandt@versicherer.example>", to="h.lemke@klinik-verwaltung.example", ent="kv",
  subj="Automatische Antwort: Rückfrage Abrechnungsverfahren Klinikcard", date="2026-04-09 08:10",
  headers={"Auto-Submitted": "auto-replied"}, body="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.04.2026 nicht im Büro.

Kostenübernahmeanträge für Krankenhausaufenthalte senden Sie bitte an ku-stationaer@versicherer.example oder faxen Sie sie an +49 221 555-93477. In dringenden Fällen (Notaufnahme, Verlegung) erreichen Sie unser Team unter +49 221 555-3470.

Ihre Mail wird nicht weitergeleitet.

Gerrit Brandt
""")

M("S", "de", "insurer-to-customer", "death benefit of a life policy: cause of death from the death certificate and named beneficiaries",
  s="stanek", to="Susanne Weigand <s.weigand@trauer-post.example>", subj="Leistung aus der Lebensversicherung Ihres verstorbenen Mannes",
  date="2026-04-09 11:30", body="""
Sehr geehrte Frau Weigand,

zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres Mannes, Herrn Rolf Weigand, aussprechen.

Die Sterbeurkunde und die ärztliche Bescheinigung zur Todesursache (akuter Myokardinfarkt, Vorerkrankung koronare Herzkrankheit) liegen uns vor. Da der Vertrag seit mehr als drei Jahren besteht, prüfen wir keine vorvertraglichen Angaben mehr.

Aus der Risikolebensversicherung LV 0061 209 774 zahlen wir 150.000,00 EUR an Sie als Bezugsberechtigte. Bitte bestätigen Sie uns die Bankverbindung schriftlich oder über unser sicheres Postfach.

Mit stillem Gruß
""")

M("N", "en", "internal", "trap: DPIA summary for a claims-triage model, describes health data categories, no person",
  s="meier", to="Priya Raman <priya.raman@versicherer.example>, Jonas Ritter <jonas.ritter@versicherer.example>", subj="DPIA claims triage – summary of findings", lang="en",
  date="2026-04-10 10:00", body="""
Hi Priya, hi Jonas,

summary of the DPIA for the claims triage model before we finalise it:

1. Data: invoice line items (GOÄ/GOZ positions, ICD-10 codes, drug PZNs), tariff, age band. No free text from doctors' letters – please keep it that way.
2. Legal basis: Art. 9(2)(f) GDPR together with § 213 VVG for the claims handling; model training on pseudonymised data only.
3. Residual risk: re-identification through rare diagnosis codes combined with postcode. Measure: drop postcode, group rare codes (fewer than 20 cases) into their ICD chapter.
4. Automated decisions: the model only routes; a person decides every rejection (Art. 22).

Unless you object by Friday I'll send it to the works council.

Thomas
""", sigstyle="name")

M("C", "de", "insurer-to-customer", "pet insurance: dog's cruciate ligament surgery — animal health and named owner (grey zone: CONFIDENTIAL)",
  s="wagner", to="Melanie Kutscher <melanie.kutscher@tierfreunde-mail.example>", subj="OP-Kosten für Ihren Hund Balu – TK 4410 3381",
  date="2026-04-13 09:12", body="""
Liebe Frau Kutscher,

die Rechnung der Tierklinik Hofheim für Balus Kreuzband-OP (TPLO links, 2 Tage stationär) über 3.288,40 EUR haben wir geprüft. Abgerechnet wurde nach GOT mit dem 2-fachen Satz; das ist in Ihrem Tarif versichert.

Wir erstatten 2.959,56 EUR (90 %) auf Ihr Konto. Die Physiotherapie für Balu nach der OP ist bis 500 EUR im Jahr mitversichert – reichen Sie die Rechnungen einfach gesammelt ein.

Gute Besserung für Balu!
""", sigstyle="short")

M("S", "de", "insurer-to-customer", "glasses for the addressee with dioptre values and a reimbursement amount",
  s="jankowski", to="Werner Pohlmann <w.pohlmann@online-post.example>", subj="Ihre neue Brille – Erstattung",
  date="2026-04-13 15:00", body="""
Sehr geehrter Herr Pohlmann,

für Ihre neue Gleitsichtbrille (Optik Brillenhaus Ehrenfeld, Rechnung vom 02.04.2026) erstatten wir 350,00 EUR, den Höchstbetrag Ihres Tarifs für zwei Kalenderjahre.

Zur Information: Da sich Ihre Werte seit der letzten Brille 2023 deutlich verändert haben (rechts sph -3,75 cyl -1,25, links sph -4,50 cyl -0,75, Addition +2,25), empfehlen wir, die Ursache bei Ihrer Augenärztin abklären zu lassen, falls das noch nicht geschehen ist. Eine augenärztliche Untersuchung ist vollständig versichert.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "de", "internal", "trap: XLSX of top drugs by reimbursement volume, aggregate only",
  s="ritter", to="Marta Jankowski <marta.jankowski@versicherer.example>", subj="Top-20 Wirkstoffe 2025 nach Erstattungsvolumen",
  date="2026-04-14 11:20", body="""
Hi Marta,

wie gewünscht die Top-20-Wirkstoffe nach Erstattungsvolumen 2025 (alle Tarife, Bestand gesamt). Anzahl Versicherte je Wirkstoff ist auf volle Zehner gerundet, Wirkstoffe mit weniger als 30 Versicherten sind nicht enthalten.

Spannend: Semaglutid ist von Platz 9 auf Platz 2 gesprungen.

Gruß
Jonas
""", sigstyle="name", att=[XLSX("Top20_Wirkstoffe_2025.xlsx", {"Top20": [
    ["Rang", "Wirkstoff", "ATC", "Versicherte (gerundet)", "Erstattung EUR"],
    [1, "Adalimumab", "L04AB04", 410, 7412880],
    [2, "Semaglutid", "A10BJ06", 2860, 5230110],
    [3, "Dupilumab", "D11AH05", 230, 4388120],
    [4, "Apixaban", "B01AF02", 5120, 3019450],
    [5, "Ustekinumab", "L04AC05", 120, 2897400],
    [6, "Lenalidomid", "L04AX04", 40, 2411900],
    [7, "Insulin glargin", "A10AE04", 3380, 1988300]]}, author="Data Analytics")])

M("C", "en", "insurer-to-customer", "yacht hull insurance: named owner, hull identification number, mooring and policy",
  s="osei", to="Henrik Sörensen <henrik.soerensen@sailmail.example>", subj="Your yacht policy YA 2026 0113 – renewal and survey", lang="en",
  date="2026-04-14 14:10", body="""
Dear Mr Sörensen,

your yacht policy YA 2026 0113 for the Hallberg-Rassy 34 "Ingrid" (HIN SE-HRY34117E998, berth 42 at Yachthafen Heiligenhafen) renews on 1 May.

Agreed value: EUR 118,000 (2025: EUR 124,000, adjusted to the market survey)
Premium: EUR 1,382.00 including Baltic and North Sea cruising area
Excess: EUR 500

As the boat is now over 25 years old, we need a condition survey by 31 December 2026. Surveyors in Heiligenhafen and Kiel are listed on our website.

Fair winds
""")

M("S", "de", "insurer-to-customer", "disability underwriting decision: exclusion clause and surcharge with named conditions for the applicant",
  s="schulte", to="Laura Michalski <laura.michalski@studi-mail.example>", subj="Ihr Antrag auf Berufsunfähigkeitsversicherung – unser Angebot",
  date="2026-04-15 09:40", body="""
Liebe Frau Michalski,

vielen Dank für Ihren Antrag und die Unterlagen Ihres Lungenfacharztes. Wir können Ihnen den Vertrag mit folgenden Besonderheiten anbieten:

1. Zuschlag von 15 % auf den Beitrag wegen des allergischen Asthma bronchiale (Dauermedikation Budesonid/Formoterol 160/4,5 µg).
2. Ausschluss für Erkrankungen des Kniegelenks links einschließlich deren Folgen (Zustand nach Kreuzbandplastik 2022).

Alle übrigen Angaben, auch die drei Sitzungen psychologische Beratung während des Studiums, führen zu keiner Einschränkung.

Der Ausschluss kann auf Ihren Antrag nach drei beschwerdefreien Jahren überprüft werden. Bitte teilen Sie uns innerhalb von vier Wochen mit, ob Sie das Angebot annehmen.

Viele Grüße
""")

M("C", "de", "internal", "complaint about a household claim: named customer, policy and claim handling, no health",
  s="lorenz", to="Aylin Demir <aylin.demir@versicherer.example>", subj="Beschwerde Herr Kazimierz Nowak – Fahrraddiebstahl HV 5512 0098",
  date="2026-04-15 13:00", body="""
Hallo Aylin,

Herr Kazimierz Nowak (Hausrat HV 5512 0098, wohnhaft Neusser Str. 402 in Köln-Nippes) hat sich beim Vorstand beschwert, weil wir sein E-Bike nur zum Zeitwert erstattet haben (1.240 EUR statt 3.499 EUR Kaufpreis). Er beruft sich auf die Neuwertklausel in seinem alten Vertrag von 2018.

Kannst du mir bis Freitag die Akte und deine Einschätzung geben? Der Vorstand möchte binnen 14 Tagen antworten.

Danke
Daniela
""", sigstyle="name")

M("S", "en", "company", "employer forwards an employee's sick notes for group income protection, days and condition stated",
  s="achterberg", to="Group Income Protection Claims <gip-claims@versicherer.example>", subj="FW: Income protection claim – Mr Adebayo Okonkwo (GIP 2290)", lang="en",
  date="2026-04-16 08:55", body="""
New claim under GIP 2290 (Lumen Analytics GmbH). Deferred period 26 weeks ends on 20 April, so please prioritise. Medical questionnaire to be sent to the employee directly via the portal, not via HR.
Femke
""", sigstyle="name", quote=FW("People Team Lumen Analytics <people@lumen-analytics.example>", "Wed, 15 Apr 2026 16:40",
    "Femke Achterberg <femke.achterberg@versicherer.example>", "Income protection claim – Adebayo Okonkwo", """Dear Femke,

we would like to notify a claim for our employee Adebayo Okonkwo (employee no. 2231, born 1983-05-19, annual salary EUR 81,000).

He has been off sick since 20 October 2025. His sick notes say "chronic fatigue / post-viral syndrome"; his GP expects the absence to continue for at least three more months. We attach nothing medical – he prefers to send the reports to you himself.

Kind regards
Nina Hoffmeister
People Team""", lang="en"))

M("N", "de", "newsletter", "trap: broker newsletter about a new care top-up tariff, generic benefit table",
  frm="Versicherer Maklernews <maklernews@versicherer.example>", to="maklernews-verteiler@versicherer.example",
  subj="Maklernews April: Pflege Plus – jetzt mit 100 % ab Pflegegrad 4", date="2026-04-17 06:45", html=True, body="""
Liebe Partnerinnen und Partner,

unser Pflegetagegeld „Pflege Plus“ gibt es ab Mai mit verbesserten Leistungen:

[[t]]

Neu: Einmalzahlung von 3.000 EUR bei erstmaliger Einstufung in Pflegegrad 2 oder höher, Beitragsbefreiung ab Pflegegrad 3, vereinfachte Gesundheitsprüfung bis Alter 55.

Schulungstermine und Verkaufsunterlagen finden Sie im Maklerportal.

Ihr Maklerbetreuungsteam
""", tables={"t": ([["Pflegegrad", "ambulant", "stationär"], ["1", "10 %", "10 %"], ["2", "30 %", "100 %"],
                     ["3", "50 %", "100 %"], ["4", "100 %", "100 %"], ["5", "100 %", "100 %"]], "pad")})

M("S", "de", "insurer-to-customer", "CPAP device for sleep apnoea of the addressee as medical aid, device and supplier named",
  s="jankowski", to="Andreas Wolter <andreas.wolter@firmenmail.example>", subj="Kostenübernahme Therapiegerät",
  date="2026-04-20 10:22", body="""
Guten Tag Herr Wolter,

für das CPAP-Gerät ResMed AirSense 11 AutoSet mit Maske und Befeuchter, das Ihnen nach der Untersuchung im Schlaflabor des St.-Marien-Hospitals verordnet wurde, übernehmen wir die Kosten als Hilfsmittel (Kostenvoranschlag Sanitätshaus Reha-Technik West: 1.689,00 EUR).

Die Masken und Filter tauschen Sie nach Herstellerangabe regelmäßig; dafür erstatten wir jährlich bis 250 EUR.

Mit freundlichen Grüßen
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "motor hit-and-run parking damage: named customer, plate, claim, police reference; nobody hurt",
  s="brenner", to="Yvonne Lehnert <yvonne.lehnert@mailbox.example>", subj="Ihr Parkschaden – Vollkasko KF 8830 1227",
  date="2026-04-20 13:35", body="""
Hallo Frau Lehnert,

schade, dass der Verursacher unbekannt ist. Da die Polizei (Vorgangsnummer 260417-0932-K2) keinen Täter ermitteln konnte, regulieren wir über Ihre Vollkasko.

Die Reparatur der Fahrertür und des Außenspiegels an Ihrem Opel Corsa (K-YL 318) kostet laut Werkstatt 2.140,60 EUR; abzüglich 300 EUR Selbstbeteiligung zahlen wir 1.840,60 EUR direkt an das Autohaus Breuer.

Weil Sie keine Schuld trifft, aber kein Dritter zahlt, wird Ihr Vertrag zum 01.01.2027 von SF 12 auf SF 6 zurückgestuft. Sie können den Schaden innerhalb von sechs Monaten selbst zurückkaufen (1.840,60 EUR) – dann bleibt alles wie bisher.

Viele Grüße
""", sigstyle="short")

M("N", "en", "insurer-to-partner", "trap: regulator reporting question about claims categories, aggregate",
  s="morgan", to="Reporting Unit <reporting@finanzaufsicht.example>", subj="Q1 2026 statistical return – question on line 140 (health claims paid)", lang="en",
  date="2026-04-21 11:45", body="""
Dear colleagues,

for the Q1 2026 statistical return of Versicherer Krankenversicherung a.G. we have a question on form N-4, line 140 "claims paid – outpatient":

Our figure for Q1 is EUR 312.6 million. It includes EUR 18.2 million for psychotherapy and EUR 9.7 million for outpatient rehabilitation. Should outpatient rehabilitation be reported in line 140 or in line 160 ("other benefits") following the 2026 guidance note?

We would be grateful for an answer before the submission deadline of 15 May.

Kind regards
""")

M("S", "de", "lawyer", "criminal: named customer's penal order for leaving the scene of an accident in a motor recourse file",
  s="schreiber", to="Markus Brenner <markus.brenner@versicherer.example>", subj="Regress KS-25-11873 – Strafbefehl liegt vor",
  date="2026-04-22 09:00", body="""
Hallo Markus,

RA Hohmann hat uns auf Anforderung die Ermittlungsakte zu KS-25-11873 übersandt. Gegen unseren VN, Herrn Jannik Peters (geb. 04.10.1999), ist ein Strafbefehl des Amtsgerichts Köln wegen unerlaubten Entfernens vom Unfallort (§ 142 StGB) ergangen: 40 Tagessätze zu 45 EUR, Fahrverbot drei Monate. Der Strafbefehl ist rechtskräftig.

Damit liegt eine Obliegenheitsverletzung nach E.1.1.3 AKB vor. Wir können gegenüber Herrn Peters bis zu 2.500 EUR regressieren; ich bereite das Schreiben vor, wenn du einverstanden bist.

Gruß
Carola
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "address change confirmed with birth date in ISO format used for identity check",
  s="kowalski", to="Jens-Uwe Marx <jensuwe.marx@provider-mail.example>", subj="Ihre neue Anschrift ist gespeichert",
  date="2026-04-22 15:15", body="""
Hallo Herr Marx,

danke für Ihren Anruf. Wir haben Sie anhand Ihres Geburtsdatums (1971-12-03) und der Vertragsnummer identifiziert und Ihre neue Anschrift für alle Verträge gespeichert:

Jens-Uwe Marx
Hauptstraße 17a
53332 Bornheim

Betroffen sind Ihre Kfz-Versicherung KF 1190 3384 (K-JM 1971) und Ihre Wohngebäudeversicherung für das bisherige Haus in Frechen, die wir wie besprochen zum Verkaufsdatum 30.04.2026 beenden.

Viele Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: IT ticket about scanned doctors' letters routed to the wrong queue, no person",
  s="hoffmann", to="Scanstraße Betrieb <scan-betrieb@versicherer.example>", subj="INC0051203 Arztberichte landen im Korb 'Allgemeine Post'",
  date="2026-04-23 08:40", body="""
Moin,

seit dem Update der Klassifizierung am Dienstag landen Arztberichte und Entlassungsbriefe, die per Post kommen, zum Teil im Korb „Allgemeine Post“ statt in „Leistung KV – Arztsache“. Betroffen sind geschätzt 80 Dokumente pro Tag. Die Dokumente selbst sind korrekt zugriffsgeschützt (nur Leistung KV sieht sie), es geht nur um die Arbeitskorb-Zuordnung.

Bitte Regel 47 (Schlüsselwörter Entlassungsbericht/Epikrise) prüfen. Beispiel-IDs schicke ich nur per Ticket, nicht per Mail.

Danke, Lukas
""", sigstyle="name")

M("S", "en", "insurer-to-customer", "critical illness claim for the addressee: breast cancer diagnosis confirmed and benefit paid",
  s="stanek", to="Rebecca Thornton <rebecca.thornton@privatemail.example>", html=True, subj="Your critical illness claim – decision", lang="en",
  date="2026-04-23 12:00", body="""
Dear Ms Thornton,

we have received the histology report and the letter from your oncologist at the Brustzentrum Köln-Holweide. They confirm the diagnosis of invasive ductal carcinoma of the left breast on 12 March 2026, which meets the definition of cancer in your critical illness policy LV-CI 0077 4412.

We will pay the full benefit of EUR 80,000 to your account within five working days. Your policy remains in force for the other covered conditions, and premiums are waived from April 2026.

We wish you strength for the treatment ahead. If it helps, our rehabilitation service can support you with questions about reintegration at work later on – just let us know.

Kind regards
""")

M("C", "de", "insurer-to-customer", "dog owner's liability: named customer's dog damaged a neighbour's fence, policy number and addresses, no injury",
  s="oltmanns", to="Gisela Landwehr <gisela.landwehr@dorfpost.example>", subj="Ihre Hundehalterhaftpflicht HH 3390 1107 – Schaden am Gartenzaun",
  date="2026-04-24 10:30", body="""
Liebe Frau Landwehr,

wir haben den Schaden am Zaun Ihres Nachbarn, Herrn Albert Kaminski (Birkenweg 9, 51491 Overath), aufgenommen. Laut Ihrer Schilderung hat Ihr Labrador „Frieda“ beim Graben zwei Zaunfelder aus der Verankerung gelöst; Menschen oder Tiere wurden nicht verletzt.

Der Kostenvoranschlag über 486,00 EUR ist angemessen. Wir zahlen den Betrag direkt an Herrn Kaminski, sobald er uns seine Bankverbindung mitteilt.

Viele Grüße
""", sigstyle="short")

M("N", "en", "newsletter", "trap: customer newsletter on submitting prescriptions in the app, generic",
  frm="Versicherer Health News <healthnews@versicherer.example>", to="healthnews-en@versicherer.example",
  subj="Three tips for submitting your prescriptions and medical bills", date="2026-04-24 07:00", lang="en", html=True, ent="kv", body="""
Dear members,

getting your money back for prescriptions and medical bills is easiest in the app:

1. Photograph the whole document, including the pharmacy stamp and the prescriber's signature.
2. Submit each invoice once – if you also send it by post, processing takes longer, not shorter.
3. Choose "second opinion" only if your doctor asks you to; otherwise the claim goes to the normal queue.

Did you know? You can see the status of every claim in the app, and reimbursements reach your account within four working days on average.

Your Versicherer Health team
""")

M("S", "de", "insurer-to-customer", "nursing home invoice (DOCX attached) for the addressee's father; body only refers to 'the invoice'",
  s="yilmaz", to="Dr. Stephan Krüll <stephan.kruell@kanzlei-kruell.example>", subj="AW: Rechnung Seniorenzentrum April",
  date="2026-04-27 09:05", body="""
Sehr geehrter Herr Dr. Krüll,

vielen Dank für die Rechnung. Unsere Abrechnung finden Sie im Anhang; der Betrag geht in dieser Woche an Sie als Betreuer.

Mit freundlichen Grüßen
""", att=[DOCX("Abrechnung_Pflege_April_2026.docx", [
    ("h", "Abrechnung Pflegeleistungen April 2026"),
    "Versicherte Person: Herr Eberhard Krüll, geb. 21.01.1938, Seniorenzentrum St. Josef, Köln-Deutz",
    "Vertrag: PPV / PT-Plus 4471 0020 188 – Pflegegrad 4, vollstationär",
    ("t", [["Position", "Betrag"], ["Pflegebedingter Aufwand (Rechnung Einrichtung)", "3.412,00 EUR"],
           ["Leistung PPV vollstationär Pflegegrad 4", "1.855,00 EUR"], ["Leistungszuschlag § 43c SGB XI (25 %)", "389,25 EUR"],
           ["Pflegetagegeld PT-Plus 30 Tage à 40,00 EUR", "1.200,00 EUR"]]),
    "Unterkunft und Verpflegung sowie Investitionskosten sind nicht versichert und werden von der Einrichtung gesondert berechnet."],
    author="Felix Yilmaz")])

# ---- d3-0097 … d3-0130 ----------------------------------------

M("N", "en", "internal", "trap: certificate expiry notice for the health-claims mailbox, no content",
  s="fischer", to="PKI Operations <pki-ops@versicherer.example>", subj="S/MIME certificate for leistung-kv@ expires in 30 days", lang="en",
  date="2026-04-28 07:30", body="""
Hi team,

the monitoring flagged the following certificates expiring within 30 days:

- leistung-kv@versicherer.example (personal-type certificate used by the shared mailbox), expires 28 May 2026
- domain certificate versicherer.example (gateway-to-gateway), expires 14 June 2026

Please order replacements from the CA this week and publish them in the directory. Remember that brokers harvest the certificate from signed mail, so the new one should be used for signing at least two weeks before the old one expires.

Tim
""", sigstyle="short")

M("C", "en", "insurer-to-broker", "broker asks for documents of a named customer; reply restates birth date written out and home policy",
  s="reuter", to="Amelia Hartley <amelia.hartley@hartley-brokers.example>", subj="RE: Policy documents for Mr Jonathan Pierce", lang="en",
  date="2026-04-28 11:10", body="""
Hi Amelia,

I have put the current policy schedule and the terms for Mr Jonathan Pierce's home insurance (buildings and contents, policy WG 0091 7734, Marienburger Str. 12, 50968 Köln) into your broker mailbox. For our records I have also corrected his date of birth to 12 July 1979 as per the copy of his passport you sent.

The liability policy he mentioned was never placed with us, so there is nothing to send for that one.

Best regards
""", quote=OQ("Amelia Hartley <amelia.hartley@hartley-brokers.example>", "Monday, April 27, 2026 3:52 PM", "Frank Reuter <frank.reuter@versicherer.example>",
              "Policy documents for Mr Jonathan Pierce", """Hi Frank, could you send me the current documents for Jonathan Pierce's home insurance? He needs them for his mortgage bank. Also, your system shows his DOB as 07/12/1979 – it should be the 12th of July (UK format confusion, sorry!). Thanks, Amelia""", lang="en"), sigstyle="short")

M("S", "de", "insurer-to-customer", "orthodontic treatment plan for the addressee's son with KIG grade and appliance",
  s="wendland", to="Natascha Ivanova <n.ivanova@familienpost.example>", subj="Kieferorthopädische Behandlung von Maxim – Zusage",
  date="2026-04-29 09:30", body="""
Liebe Frau Ivanova,

der Behandlungsplan von Frau Dr. Reinhold (Kieferorthopädie am Neumarkt) für Maxim liegt uns vor. Die Kieferorthopädin stuft die Fehlstellung als KIG D4 ein (Distalbiss mit vergrößerter Frontzahnstufe von 7 mm); damit ist die Behandlung medizinisch notwendig.

Geplant sind eine festsitzende Multibracket-Apparatur für ca. 24 Monate und anschließend ein Retainer. Von den geplanten 5.214,80 EUR übernehmen wir 80 %, also voraussichtlich 4.171,84 EUR, verteilt auf die Quartalsrechnungen.

Die Mehrkosten für die zahnfarbenen Keramikbrackets (612,00 EUR) sind nicht versichert.

Viele Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: blood donation drive in the foyer, no person",
  s="richter", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Blutspende im Foyer am 12. Mai",
  date="2026-04-29 13:00", body="""
Liebe Kolleginnen und Kollegen,

am Dienstag, 12. Mai, ist der Blutspendedienst von 10 bis 15 Uhr bei uns im Foyer. Spenden können alle zwischen 18 und 68 Jahren, die gesund sind und mindestens 50 kg wiegen. Bitte Personalausweis mitbringen und vorher gut essen und trinken.

Eine Terminreservierung über das Portal des Blutspendedienstes verkürzt die Wartezeit. Die Spende gilt als Arbeitszeit (max. 1,5 Stunden).

Danke an alle, die mitmachen!
Anja Richter
Facility Management
""", sigstyle="name")

M("C", "de", "insurer-to-customer", "traffic legal expenses for an administrative speeding fine of the named customer (no criminal offence)",
  s="lindqvist", to="Björn Eichhorn <b.eichhorn@fahrer-post.example>", subj="Rechtsschutz Verkehr – Bußgeldbescheid vom 14.04.2026",
  date="2026-04-30 10:15", body="""
Hallo Herr Eichhorn,

für den Einspruch gegen den Bußgeldbescheid des Kreises Euskirchen (Geschwindigkeitsüberschreitung um 31 km/h außerorts auf der B 51, 150 EUR Bußgeld, 1 Punkt, kein Fahrverbot) besteht Versicherungsschutz aus Ihrem Verkehrsrechtsschutz RS 7712 0448.

Wir übernehmen die Kosten Ihres Anwalts und eines eventuellen Sachverständigengutachtens zur Messung. Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung.

Viele Grüße
""", sigstyle="short")

M("S", "en", "insurer-to-customer", "psychotherapy invoices of the addressee reimbursed, therapist and session dates named",
  s="whitfield", to="Noah Fischer-Grant <noah.fg@protonmail.example>", subj="Your therapy sessions – reimbursement", lang="en",
  date="2026-04-30 14:30", body="""
Dear Mr Fischer-Grant,

we have reimbursed your invoices from Dr. Miriam Albers, psychological psychotherapist, for the sessions on 2, 9, 16 and 23 April 2026 (4 × GOP 870, factor 2.3): EUR 402.16.

You have now used 18 of the 30 sessions approved for your cognitive behavioural therapy. If Dr. Albers recommends a continuation, please ask her to send a short report to our medical adviser four weeks before the last approved session.

Kind regards
""")

M("N", "en", "insurer-to-supplier", "trap: purchase order for ergonomic chairs and standing desks, occupational health wording, no person",
  s="krueger", to="Orders OfficePro <orders@officepro.example>", subj="PO 4500019204 – ergonomic furniture, Cologne site", lang="en",
  date="2026-05-04 09:00", body="""
Dear Sir or Madam,

please supply under framework agreement FA-2025-044:

10  × ergonomic office chair "Flex 3D", synchronised mechanism, seat depth adjustable
6   × electrically height-adjustable desk 160 × 80 cm
4   × footrest, adjustable

These items are for workplaces adapted on the recommendation of our occupational health service; please deliver them to goods receipt gate 3, Rheinuferstraße 12, Cologne, in calendar week 21.

Invoice quoting the PO number to invoices@versicherer.example.

Kind regards
""")

M("S", "de", "insurer-to-customer", "daily hospital allowance for the addressee's stay in a psychosomatic clinic, dates and clinic named",
  s="brandt", to="Tanja Rohloff <tanja.rohloff@mail-de.example>", subj="Krankenhaustagegeld für Ihren Aufenthalt",
  date="2026-05-04 11:48", body="""
Sehr geehrte Frau Rohloff,

die Aufenthaltsbescheinigung der Klinik für Psychosomatik und Psychotherapie Bad Münstereifel für die Zeit vom 09.02. bis 24.04.2026 (75 Tage, vollstationär) liegt uns vor.

Aus Ihrem Krankenhaustagegeld-Tarif KHT-50 zahlen wir 75 x 50,00 EUR = 3.750,00 EUR. Die Begrenzung auf 42 Tage je Aufenthalt gilt in Ihrem Tarif nicht, da Sie ihn vor 2019 abgeschlossen haben.

Mit freundlichen Grüßen
""", sigstyle="short")

M("C", "de", "customer", "customer applies for a rent deposit guarantee and states her net income and employer (colloquial)",
  frm="Emre Kaya <emre.kaya@versicherer.example>", to="Mietkaution Team <mietkaution@versicherer.example>", ent="av",
  subj="WG: Mietkautionsbürgschaft – Anfrage Frau Gül", date="2026-05-05 08:50", body="""
Bitte Bonitätsprüfung starten, Antrag ist vollständig bis auf die Gehaltsnachweise.
Emre
""", quote=FW("Derya Gül <derya.guel@handy-post.example>", "04.05.2026, 23:12", "kundenservice@versicherer.example", "Mietkaution", """Hallo zusammen,
ich zieh zum 1.7. in eine neue wohnung (Berliner Str. 55, Mülheim), kaution sind 2.850 €. hab nicht so viel auf der hohen kante, deswegen wollte ich die bürgschaft von euch.
ich arbeite seit 2021 als MFA bei einer hausarztpraxis in Deutz, unbefristet, verdiene ca 2.150 netto. geb. bin ich am 3.2.1998.
reicht das? was braucht ihr noch??
lg Derya Gül"""))

M("N", "de", "insurer-to-broker", "trap: webinar invitation for brokers on asking health questions correctly, generic",
  s="vogel", to="maklerinfo-sued@versicherer.example", subj="Webinar: Gesundheitsfragen richtig beantworten – vorvertragliche Anzeigepflicht",
  date="2026-05-05 10:00", html=True, body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

über 60 % der Rücktritte in der BU haben eine Ursache: Gesundheitsfragen wurden unvollständig beantwortet. Im Webinar zeigen wir Ihnen anhand anonymisierter Beispiele, wie Sie Ihre Kundinnen und Kunden sicher durch die Fragen führen – von der Rückenbehandlung beim Orthopäden über Psychotherapie bis zur „harmlosen“ Allergie.

Termin: Dienstag, 19. Mai 2026, 16:00–17:00 Uhr
Referentin: Dr. med. Ulrike Hasselbach, Gesellschaftsärztin
Weiterbildungszeit: 60 Minuten (IDD)

Anmeldung im Maklerportal unter Veranstaltungen.

Herzliche Grüße
""")

M("S", "de", "insurer-to-customer", "naturopath invoice (GebüH) with acupuncture and autologous blood therapy for the addressee",
  s="kroeger", to="Birgit Nolden <birgit.nolden@heimpost.example>", subj="Ihre Heilpraktikerrechnung vom 20.04.2026",
  date="2026-05-06 09:22", body="""
Liebe Frau Nolden,

die Rechnung Ihrer Heilpraktikerin Frau Ute Sander haben wir geprüft:

GebüH 1 Anamnese – erstattet
GebüH 4 Untersuchung – erstattet
GebüH 21.1 Akupunktur (6 x) – erstattet
GebüH 26 Eigenblutinjektion (4 x) – erstattet
Bioresonanztherapie (3 x) – nicht erstattungsfähig, keine anerkannte Methode

Erstattet werden 286,40 EUR von 412,40 EUR. Ihr Budget für Heilpraktikerleistungen 2026 beträgt noch 313,60 EUR.

Viele Grüße
""", sigstyle="short")

M("C", "en", "insurer-to-customer", "baggage loss on a flight: named traveller, policy, flight number and item values",
  s="seidel", to="Ming Zhao <ming.zhao@mailcn.example>", subj="Lost baggage – claim RG-26-00731", lang="en",
  date="2026-05-06 15:45", body="""
Dear Ms Zhao,

we are sorry that your suitcase did not arrive on flight LH 1023 from Frankfurt to Lisbon on 28 April. Under your travel baggage policy RG 2026 1183 we have registered the claim as RG-26-00731.

Please send us:
- the Property Irregularity Report (PIR) from the airline,
- the airline's final answer on compensation (the airline must pay first, up to about EUR 1,600 under the Montreal Convention),
- receipts for the items you listed (suitcase EUR 240, clothes approx. EUR 900, camera EUR 650) and for emergency purchases.

Kind regards
""")

M("N", "de", "internal", "trap: BEM process description by the works council agreement, generic, no employee",
  s="weiss", to="Führungskräfte Köln <fuehrungskraefte-koeln@versicherer.example>", subj="Betriebliches Eingliederungsmanagement – neue Betriebsvereinbarung ab 1. Juni",
  date="2026-05-07 10:00", body="""
Liebe Führungskräfte,

ab 1. Juni gilt die neue Betriebsvereinbarung zum Betrieblichen Eingliederungsmanagement (BEM). Die wichtigsten Änderungen:

- Das Angebot eines BEM-Gesprächs verschickt künftig ausschließlich das BEM-Team, nicht mehr die Führungskraft.
- Führungskräfte erfahren weder Diagnosen noch die Anzahl der Krankheitstage ihrer Mitarbeitenden; sie werden nur zu konkreten Maßnahmen am Arbeitsplatz einbezogen, wenn die betroffene Person zustimmt.
- Die BEM-Akte wird getrennt von der Personalakte geführt und drei Jahre nach Abschluss gelöscht.

Eine Schulung dazu gibt es am 21. Mai (Einladung folgt).

Viele Grüße
Nadine Weiß
""", sigstyle="short")

M("S", "en", "company", "group accident claim: employer's accident report with the injured employee named and injury described",
  s="albrecht", to="Accident Claims <unfall-leistung@versicherer.example>", subj="FW: Accident report – warehouse, 5 May 2026 (GU 7720-11)", lang="en",
  date="2026-05-07 12:20", body="""
Please open a claim under group accident GU 7720-11 (Spedition Kranich). HR sent the report in English because the employee's supervisor wrote it. Fracture → expect an invalidity assessment in about 12 months; diary for May 2027.
Miriam
""", sigstyle="name", quote=FW("Nicole Brandes <n.brandes@spedition-kranich.example>", "Thu, 7 May 2026 10:05",
    "Miriam Albrecht <miriam.albrecht@versicherer.example>", "Accident report – warehouse", """Dear Ms Albrecht,

please find below the accident report of our supervisor:

Employee: Piotr Kowalczyk, pers. no. 1112, forklift driver
Date/time: 5 May 2026, approx. 14:30, warehouse hall 2
What happened: while securing a load, a pallet slipped and fell onto his right foot. First aid on site, taken by ambulance to St. Vinzenz hospital.
Injury according to the hospital: fracture of the 2nd and 3rd metatarsal, right foot, cast for 6 weeks. He is on sick leave until at least mid-June.

Kind regards
Nicole Brandes
HR, Spedition Kranich GmbH & Co. KG""", lang="en"))

M("C", "de", "internal", "HR: named employee's salary increase and new grade (income)",
  s="weiss", to="Entgeltabrechnung <entgelt@versicherer.example>", subj="Gehaltsanpassung Herr Marcel Kuhlmann zum 01.06.2026",
  date="2026-05-08 09:10", body="""
Hallo zusammen,

nach der Beförderung zum Gruppenleiter Kfz-Schaden ändern sich die Bezüge von Herrn Marcel Kuhlmann (Personalnummer 40718) zum 01.06.2026:

bisher: Tarifgruppe VIII, 4.712,00 EUR brutto monatlich
neu: außertariflich, 5.650,00 EUR brutto monatlich zzgl. variable Vergütung bis 10 % des Jahresgehalts
Dienstwagenberechtigung: Kategorie B

Das unterschriebene Schreiben liegt in der Personalakte. Bitte vertraulich behandeln, die Bekanntgabe im Team erfolgt erst am 15.05.

Danke
Nadine
""", sigstyle="name")

M("N", "en", "internal", "trap: InfoSec phishing warning about fake doctors' invoices, no person",
  s="fischer", to="All staff <all-staff@versicherer.example>", subj="Warning: phishing mails disguised as doctors' invoices", lang="en",
  date="2026-05-08 11:30", html=True, body="""
Dear colleagues,

since yesterday we have been receiving phishing mails that look like doctors' invoices or hospital discharge letters ("Arztrechnung_Mai.zip", "Entlassungsbrief_Patient.html"). They are addressed mainly to the health-claims mailboxes.

What to do:
- Do not open ZIP or HTML attachments from unknown senders.
- Real invoices from hospitals arrive via our data exchange or the secure mailbox, not as ZIP files from free-mail addresses.
- Report suspicious mails with the "Report phishing" button.

Thank you for staying alert.
Information Security
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "maturity payout of a named person's endowment policy with tax ID and capital gains tax — life line",
  s="haas", to="Gerd Lammerskötter <g.lammerskoetter@mail-rentner.example>", html=True, subj="Auszahlung Ihrer Kapitallebensversicherung zum 01.06.2026",
  date="2026-05-11 10:00", body="""
Sehr geehrter Herr Lammerskötter,

Ihre Kapitallebensversicherung LV 0012 447 901 läuft am 01.06.2026 ab. Wir zahlen aus:

Versicherungssumme: 45.000,00 EUR
Schlussüberschuss und Bewertungsreserven: 8.912,40 EUR
Gesamt: 53.912,40 EUR

Da der Vertrag 2006 abgeschlossen wurde und Sie bei Auszahlung älter als 62 Jahre sind, wird nur die Hälfte des Ertrags (9.145,20 EUR) besteuert. Die Kapitalertragsteuer behalten wir nach Ihrer Steuer-ID 47 036 892 815 ein; einen Freistellungsauftrag haben Sie uns nicht erteilt.

Bitte bestätigen Sie uns die Bankverbindung bis zum 22.05.2026.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-company", "D&O claim against the named managing director of a client company",
  s="hartmann", to="Dr. Annette Vogler <a.vogler@vogler-law.example>", subj="D&O policy DO 2024 0331 – claim against Mr Lars Hinrichsen", lang="en",
  date="2026-05-11 14:20", body="""
Dear Dr. Vogler,

thank you for notifying the claim on behalf of Fjordline Components GmbH. We confirm receipt under D&O policy DO 2024 0331.

The insolvency administrator claims EUR 1.4 million from the former managing director, Mr Lars Hinrichsen, for payments made after the company became insolvent (§ 15b InsO). We agree to defence costs for your firm as Mr Hinrichsen's counsel at the rates in the policy, subject to our reservation of rights regarding the knowledge exclusion.

Please keep us informed before any settlement talks.

Kind regards
""")

M("N", "de", "newsletter", "trap: customer newsletter on travel vaccinations and tick-borne encephalitis, generic",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>", to="newsletter-kunden@versicherer.example", ent="kv",
  subj="Reisezeit: Diese Impfungen sollten Sie prüfen", date="2026-05-12 07:00", html=True, body="""
Liebe Leserinnen und Leser,

bald geht es in den Urlaub? Denken Sie rechtzeitig an den Impfschutz:

- FSME: Wer in Süddeutschland, Österreich oder im Baltikum wandert, sollte die Zecken-Impfung auffrischen.
- Hepatitis A: empfohlen für fast alle Fernreisen und den Mittelmeerraum.
- Gelbfieber: Pflicht für viele Länder in Afrika und Südamerika – nur in zugelassenen Impfstellen.

Reiseimpfungen erstatten wir in den Tarifen AMB-Komfort und Reise-Plus zu 100 %. Reichen Sie Rechnung und Impfausweis-Kopie einfach in der App ein.

Gute Reise!
Ihr Redaktionsteam
""")

M("S", "de", "applicant", "applicant for a supplementary dental/health tariff discloses prior conditions and medication",
  s="nguyen", to="Leonard Vukovic <leonard.vukovic@studi-post.example>", subj="AW: Antrag Zahnzusatz / Ambulant – Rückfrage zu Ihren Gesundheitsangaben",
  date="2026-05-12 10:30", body="""
Hallo Herr Vukovic,

danke für die schnelle Antwort. Mit den Angaben kann ich den Antrag policieren:
- Tarif ZahnPlus ohne Einschränkung (die fehlenden Zähne 18 und 28 sind Weisheitszähne und zählen nicht),
- Tarif AMB-Basis mit einem Leistungsausschluss für die Behandlung der Migräne.

Die Police kommt in den nächsten Tagen.

Viele Grüße
""", sigstyle="short", quote=OQ("Leonard Vukovic <leonard.vukovic@studi-post.example>", "Montag, 11. Mai 2026 18:22",
    "Minh Nguyen <minh.nguyen@versicherer.example>", "AW: Antrag Zahnzusatz / Ambulant", """Hallo Herr Nguyen,
zu Ihren Fragen:
- die Migräne hab ich seit der Schulzeit, ca. 2–3 Anfälle im Monat, nehme dann Sumatriptan 50 mg, war deswegen zuletzt im Januar beim Neurologen
- Weisheitszähne oben wurden 2023 gezogen
- sonst nix, keine OPs
Gruß Leonard"""))

M("C", "de", "insurer-to-customer", "IBAN with a deliberate customer typo (invalid check digits) for a household refund, named customer",
  s="kaya", to="Rosemarie Flick <rosi.flick@oma-mail.example>", subj="Beitragserstattung Hausrat – Ihre Bankverbindung",
  date="2026-05-13 09:00", body="""
Liebe Frau Flick,

wir möchten Ihnen nach der Kündigung Ihrer Hausratversicherung HV 2290 7781 den zu viel gezahlten Beitrag von 63,40 EUR erstatten. Die Bankverbindung, die Sie uns im Brief genannt haben, ist leider nicht gültig:

{}

Vermutlich ist beim Abschreiben eine Ziffer vertauscht worden. Bitte schicken Sie uns die IBAN noch einmal, am besten als Kopie Ihrer Bankkarte oder eines Kontoauszugs.

Herzliche Grüße
""".format(IBX("DE", "380601860004471290")), sigstyle="short")

M("N", "de", "internal", "trap: blank consent and release-from-confidentiality form attached as DOCX, fields empty",
  s="meier", to="Formularmanagement <formulare@versicherer.example>", subj="Freigabe: Einzelfall-Schweigepflichtentbindung Version 04/2026",
  date="2026-05-13 13:15", body="""
Hallo zusammen,

die Datenschutzprüfung der neuen Einzelfall-Schweigepflichtentbindung ist abgeschlossen, von meiner Seite freigegeben. Bitte die beigefügte Fassung (ohne Ausfüllhinweise) ins Formularsystem übernehmen.

Gruß
Thomas Meier
""", sigstyle="short", att=[DOCX("Schweigepflichtentbindung_Einzelfall_04-2026.docx", [
    ("h", "Erklärung zur Entbindung von der Schweigepflicht im Einzelfall"),
    "Versicherte Person: ______________________   Geburtsdatum: __________   Vertragsnummer: ______________",
    "Ich entbinde die nachfolgend genannten Ärztinnen, Ärzte, Krankenhäuser und sonstigen Stellen von ihrer Schweigepflicht, soweit sie der Versicherer Krankenversicherung a.G. zur Prüfung des Leistungsfalls vom __________ um Auskunft bittet:",
    ("t", [["Name der Stelle", "Anschrift", "Zeitraum"], ["", "", ""], ["", "", ""]]),
    "Diese Erklärung gilt nur für den oben genannten Leistungsfall. Ich kann sie jederzeit widerrufen.",
    "Ort, Datum: ____________________   Unterschrift: ____________________"], author="Datenschutz")])

M("S", "en", "insurer-to-customer", "care: the addressee's mother diagnosed with dementia, memory clinic and care level application",
  s="yilmaz", to="Caroline Becker-Mills <caroline.bm@mailhome-uk.example>", subj="Care application for your mother, Mrs Hildegard Becker", lang="en",
  date="2026-05-14 10:40", body="""
Dear Ms Becker-Mills,

thank you for sending the letter from the memory clinic at Uniklinik Bonn. We understand that your mother was diagnosed with Alzheimer's dementia (moderate stage) in April and now needs help with daily routines.

We have commissioned the care assessment. An assessor from Medicproof will visit your mother at home in Bonn-Bad Godesberg within the next three weeks; as you live in the UK, please let us know who will be present (a neighbour or the care service is fine).

Because she is insured with our care top-up plan as well, the daily allowance will be paid retroactively from 1 April once the care level has been determined.

Kind regards
""")

M("N", "en", "insurer-to-partner", "trap: reinsurer large-claims list by age band and sum-insured band, no identifiers",
  s="stone", to="Claire Dubois <claire.dubois@reassure-re.example>", subj="Large claims 2025 – banded list as agreed", lang="en",
  date="2026-05-14 16:10", body="""
Dear Claire,

as agreed, the large-claims list for the disability treaty, with no names, policy numbers, dates of birth or diagnoses below ICD chapter level:

[[t]]

Claims reserves are as at 31 December 2025. Please confirm that this format works for your audit.

Best regards
Rebecca
""", sigstyle="short", tables={"t": ([["age band", "sum insured band (annual benefit)", "ICD chapter", "reserve EUR"],
    ["40-44", "36-48k", "V (mental)", "1,120,400"], ["45-49", "48-60k", "II (neoplasms)", "980,300"],
    ["50-54", "36-48k", "XIII (musculoskeletal)", "870,100"], ["55-59", "60k+", "IX (circulatory)", "1,310,700"]], "pad")})

M("C", "de", "insurer-to-customer", "natural hazards claim (flood) for a named homeowner with address and payment",
  s="demir", to="Sieglinde und Horst Baumeister <baumeister.ahr@dorfpost.example>", html=True, subj="Elementarschaden Keller – WG-26-002440",
  date="2026-05-18 09:35", body="""
Sehr geehrte Frau Baumeister, sehr geehrter Herr Baumeister,

nach dem Starkregen am 09.05. stand der Keller Ihres Hauses Ahrweg 14 in 53505 Altenahr rund 40 cm unter Wasser. Der Gutachter hat den Schaden an Estrich, Heizungsanlage und Kellertür auf 18.740,00 EUR geschätzt.

Aus Ihrer Wohngebäudeversicherung mit Elementardeckung (WG 3318 0077) leisten wir nach Abzug der Selbstbeteiligung von 10 % (mindestens 500 EUR) eine Abschlagszahlung von 10.000,00 EUR noch in dieser Woche. Der Rest folgt nach Vorlage der Handwerkerrechnungen.

Wir wünschen Ihnen viel Kraft beim Aufräumen.
""")

M("S", "de", "customer", "short mobile reply 'passt so' quoting the reimbursement of midwife and birth-preparation invoices",
  frm="Sabine Kröger <sabine.kroeger@versicherer.example>", to="Jasmin Oktay <jasmin.oktay@famtel.example>", ent="kv",
  subj="AW: AW: Hebammenrechnung", date="2026-05-19 16:40", client="mobile", body="""
Passt so, danke für die Rückmeldung! Gute Zeit mit dem Kleinen.
S. Kröger
""", quote=Q("""Hallo Frau Kröger, ja die Rechnung von Hebamme Frau Stöckl (Geburtsvorbereitungskurs + 8 Wochenbettbesuche nach dem Kaiserschnitt) ist die letzte, mehr kommt nicht. Danke!! Jasmin Oktay

Am 19.05.2026 um 14:02 schrieb Sabine Kröger:
> Liebe Frau Oktay, wir haben die Hebammenrechnung über 612,30 EUR erstattet. Sind damit alle Rechnungen rund um die Geburt eingereicht?"""))

M("N", "de", "insurer-to-supplier", "trap: facility mail about water damage in the insurer's own building affecting a tenant dental practice, no person",
  s="richter", to="Gebäudeversicherung Objekt Köln <objekt-koeln@immoverwaltung-rhein.example>", subj="Leitungswasserschaden Rheinuferstraße 12, 1. OG (Mieteinheit Zahnarztpraxis)",
  date="2026-05-19 08:20", body="""
Sehr geehrte Damen und Herren,

in der Nacht zum 19.05. ist im 2. OG unseres Bürogebäudes ein Kaltwasser-Anschluss in der Teeküche geplatzt. Das Wasser ist in die darunterliegende Mieteinheit im 1. OG (Zahnarztpraxis) gelaufen: Deckenplatten im Wartebereich und im Behandlungsraum 2 durchnässt, ein Behandlungsstuhl steht unter der Tropfstelle.

Die Praxis hat den Betrieb heute vormittag eingestellt. Trocknungsfirma ist beauftragt, Fotos anbei folgen separat. Bitte melden Sie den Schaden dem Gebäudeversicherer und stimmen Sie mit uns den Gutachtertermin ab.

Mit freundlichen Grüßen
Anja Richter
""", sigstyle="short")

M("C", "en", "insurer-to-customer", "private landlord's buildings insurance: named tenants and rent loss claim",
  s="demir", to="William Carter <william.carter@landlord-mail.example>", subj="Loss of rent after the fire – Mauritiussteinweg 40", lang="en",
  date="2026-05-20 10:05", body="""
Dear Mr Carter,

regarding the kitchen fire in the ground-floor flat of your building at Mauritiussteinweg 40, 50676 Köln (buildings policy WG 0092 4418), we confirm cover for loss of rent:

Flat EG left, tenants Mr and Mrs Alvarez: net rent EUR 1,090 per month, uninhabitable since 2 May
Expected repair time: 4 months → estimated loss of rent EUR 4,360

We will pay monthly in arrears. Please inform us as soon as the tenants move back in.

Kind regards
""")

M("S", "de", "internal", "trade-union membership of a named customer in a legal expenses file (special category)",
  s="lindqvist", to="Rechtsschutz Team Arbeit <rs-arbeit@versicherer.example>", subj="RS-26-01988 – Gewerkschaftsrechtsschutz vorrangig?",
  date="2026-05-20 13:30", body="""
Hallo zusammen,

im Fall RS-26-01988 (Herr Volker Tiedemann, Kündigung durch die Metallbau Niehaus GmbH) hat der Mandant im Gespräch gesagt, dass er seit 2009 Mitglied der IG Metall ist und die Gewerkschaft ihm Rechtsschutz angeboten hat.

Nach unseren ARB ist der Gewerkschaftsrechtsschutz nicht vorrangig, wir bleiben also eintrittspflichtig. Ich notiere die Mitgliedschaft bitte NICHT im Bestandssystem (besondere Kategorie nach Art. 9 DSGVO), nur in der Akte.

Petra
""", sigstyle="name")

M("N", "en", "internal", "trap: anonymised ombudsman statistics and learnings, no person",
  s="lorenz", to="Board office <vorstandsbuero@versicherer.example>", subj="Ombudsman 2025 – statistics and learnings", lang="en",
  date="2026-05-21 09:00", body="""
Dear Ms Zimmer,

for the board meeting, a short summary of the ombudsman proceedings in 2025:

- 112 proceedings (2024: 97), 71 in health, 23 in life/disability, 18 in property and casualty
- outcome: 64 % in our favour, 21 % settled, 15 % in favour of the customer
- most frequent topics: medical necessity of dental implants, premium increases, refusal of psychotherapy beyond the approved sessions

Learning: most customer wins concerned letters that did not explain the reason for a refusal in plain language. The new letter templates go live in July.

Kind regards
Daniela Lorenz
""", sigstyle="short")

M("S", "de", "insurer-to-customer", "disability claim follow-up review of the addressee: improvement, reported capacity and continuing benefit",
  s="brinkmann", to="Sebastian Großmann <s.grossmann@elektro-mail.example>", subj="Nachprüfung Ihrer BU-Leistung – Ergebnis",
  date="2026-05-21 11:45", body="""
Sehr geehrter Herr Großmann,

vielen Dank für Ihre Mitwirkung bei der Nachprüfung. Das Gutachten von Herrn Dr. Quast vom 06.05.2026 kommt zu dem Ergebnis, dass Sie trotz der Besserung nach der zweiten Operation Ihren Beruf als Elektroinstallateurmeister weiterhin nur zu etwa 30 % ausüben können (keine Arbeiten auf Leitern und über Kopf, Heben nur bis 10 kg).

Wir zahlen Ihre Berufsunfähigkeitsrente von 1.800 EUR monatlich deshalb unverändert weiter und verzichten bis 2028 auf eine erneute Nachprüfung.

Ihre Tätigkeit als Dozent in der Meisterschule (6 Stunden pro Woche) haben wir berücksichtigt; sie ist kein Verweisungsberuf.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-broker", "motor quote for a named customer with birth date, SF class and postcode via a broker",
  s="falk", to="Agentur Demirel <kontakt@agentur-demirel.example>", subj="Kfz-Angebot für Ihre Kundin Frau Elif Arslan",
  date="2026-05-22 09:40", body="""
Hallo Herr Demirel,

hier das Angebot für Ihre Kundin:

Versicherungsnehmerin: Elif Arslan, geb. 17.11.1996, 51065 Köln
Fahrzeug: Hyundai Kona Elektro, Erstzulassung 03/2023
Vorversicherung: SF 4 (Übernahme von der Autoversicherung direkt, Nachweis liegt vor)
Haftpflicht + Vollkasko 300/150: 918,40 EUR jährlich, Zahlweise monatlich +3 %
Fahrerkreis: nur VN und Ehemann (geb. 1994)

Das Angebot gilt 4 Wochen. Die eVB kann ich nach Annahme sofort ausstellen.

Viele Grüße
""", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: product FAQ on travel health insurance sent to a prospect, generic, no personal data",
  s="seidel", to="Familie Haberland <familie.haberland@mailnet.example>", subj="Ihre Frage zur Auslandsreise-Krankenversicherung",
  date="2026-05-22 14:00", body="""
Guten Tag Familie Haberland,

danke für Ihre Anfrage. Zu Ihren allgemeinen Fragen:

- Die Auslandsreise-Krankenversicherung gilt weltweit für Reisen bis 56 Tage. Der Familientarif kostet 29,90 EUR im Jahr.
- Versichert sind ambulante und stationäre Behandlungen, Arzneimittel, schmerzstillende Zahnbehandlung und der medizinisch sinnvolle Rücktransport.
- Bestehende Erkrankungen sind mitversichert, es sei denn, die Reise wird gerade wegen der Behandlung angetreten.
- Schwangere sind bis zur 36. Woche mitversichert.

Den Antrag können Sie online ausfüllen. Wenn Sie Fragen zu einer konkreten Vorerkrankung haben, schreiben Sie uns gern über unser sicheres Kontaktformular.

Freundliche Grüße
""")

M("S", "en", "insurer-to-customer", "short reply; the quoted customer mail lists the addressee's medication and pharmacy receipts",
  s="whitfield", to="Arjun Mehta <arjun.mehta@india-mail.example>", subj="RE: pharmacy receipts March/April", lang="en",
  date="2026-05-25 09:10", body="""
Dear Mr Mehta,

all five receipts received – reimbursement will be in your account by Thursday.

Kind regards
""", sigstyle="short", quote=OQ("Arjun Mehta <arjun.mehta@india-mail.example>", "Sunday, May 24, 2026 9:48 PM", "International Health Services <ihs@versicherer.example>",
    "pharmacy receipts March/April", """Hello,
sending the pharmacy receipts for March and April as photos. It's the usual: levothyroxine 100 µg, ramipril 5 mg, and the new one from my cardiologist, bisoprolol 2.5 mg. Also one private prescription for metformin because my GP was on holiday.
Policy GC-2024-88213.
Thanks, Arjun""", lang="en"))

# ---- d3-0131 … d3-0160 ----------------------------------------

M("S", "de", "insurer-to-customer", "health insurance confirmation for a visa of a named foreign student — personal line, no medical word",
  s="nguyen", to="Thi Lan Pham <thilan.pham@uni-mail.example>", subj="Versicherungsbestätigung für die Ausländerbehörde",
  date="2026-05-26 10:00", body="""
Liebe Frau Pham,

anbei wie gewünscht die Bestätigung für die Ausländerbehörde Köln. Den Text können Sie auch direkt ausdrucken:

---
Versicherungsbestätigung

Frau Thi Lan Pham, geb. 09.02.2003, Staatsangehörigkeit vietnamesisch, wohnhaft Luxemburger Str. 124, 50939 Köln, ist seit 01.10.2025 bei uns im Tarif Student-Komfort krankenversichert (Vertrag KV 5590 2218-01). Der Versicherungsschutz entspricht in Art und Umfang der gesetzlichen Krankenversicherung und gilt ohne Selbstbeteiligung. Der Vertrag ist ungekündigt; die Beiträge sind bis 31.05.2026 bezahlt.
---

Viel Erfolg im Sommersemester!
""", sigstyle="short")

M("N", "de", "internal", "trap: release notes of the claims system with new ICD supplement fields, no person",
  s="raman", to="Leistung KV alle <leistung-kv-alle@versicherer.example>", subj="Release 26.3 Leistungssystem – was ist neu?",
  date="2026-05-26 15:30", body="""
Liebe Kolleginnen und Kollegen,

am Wochenende geht Release 26.3 live. Die wichtigsten Neuerungen:

1. ICD-Codes werden jetzt mit Zusatzkennzeichen erfasst (G, V, Z, A sowie Seitenangabe R/L/B). Bisher gingen die Kennzeichen bei der Übernahme aus der Rechnung verloren.
2. Bei Rezepten wird die PZN gegen die Lauer-Taxe geprüft, Wirkstoff und Stärke werden automatisch ergänzt.
3. Die Sachbearbeitungsmaske zeigt bei Psychotherapie die bereits verbrauchten Sitzungen an.
4. Fehlerbehebung: GOÄ-Analogziffern mit „A“ werden nicht mehr als ungültig markiert.

Die Schulungsvideos findet ihr im Intranet unter Leistung > Systeme.

Viele Grüße
Priya
""", sigstyle="name")

M("C", "en", "insurer-to-customer", "rental car excess refund for a named customer with rental agreement and amount",
  s="seidel", to="Fiona MacLeod <fiona.macleod@scotmail.example>", subj="Excess refund – rental car damage in Portugal", lang="en",
  date="2026-05-27 09:50", body="""
Dear Ms MacLeod,

we have received the damage report and the final invoice from Autos Algarve for the scratch on the rear bumper of the rental car (rental agreement FAO-441873, 4–18 May 2026). The rental company charged EUR 650 to your credit card.

Your excess reimbursement policy MR 2026 0774 covers the full amount. We will transfer EUR 650.00 to the account you gave us (ending in 4417) within five working days.

Kind regards
""", sigstyle="short")

M("S", "en", "insurer-to-company", "ODS of group health claims per named employee sent to the client company's HR — health data about employees",
  s="achterberg", to="Melanie Krause <m.krause@nordlicht-software.example>", subj="Requested: open dental claims of your employees (bKV 3301)", lang="en",
  date="2026-05-27 14:15", body="""
Dear Ms Krause,

as requested for the employees who leave the company at the end of June, attached is the list of open dental claims so that they can be settled before the group cover ends. Please share it only with the employees concerned.

Kind regards
""", att=[ODS("bKV3301_open_dental_claims.ods", {"open claims": [
    ["Employee", "Claim", "Treatment", "Amount EUR", "Status"],
    ["Jonas Reinholz", "Z-26-01182", "root canal treatment tooth 46, crown", 1284.50, "waiting for invoice"],
    ["Mira Delgado", "Z-26-01240", "implant region 21 (treatment plan)", 3950.00, "approved 80 %"],
    ["Stefan Ortmann", "Z-26-01301", "periodontitis treatment", 912.30, "in review"]]})])

M("N", "en", "insurer-to-supplier", "trap: order of ICD-10-GM and GOÄ code books and medical dictionaries, no person",
  s="krueger", to="Sales Fachbuch Medizin <sales@fachbuch-medizin.example>", subj="Order – code books for health claims 2026", lang="en",
  date="2026-05-28 08:45", body="""
Dear Sir or Madam,

please supply:

25 × ICD-10-GM 2026 Systematisches Verzeichnis (print)
25 × ICD-10-GM 2026 Alphabetisches Verzeichnis (print)
40 × GOÄ commentary, 2026 edition
10 × Pschyrembel Klinisches Wörterbuch, current edition
1 × site licence OPS 2026 online (up to 60 users)

Delivery address: Versicherer Krankenversicherung a.G., Health Claims, Rheinuferstraße 12, 50667 Köln. Please invoice under PO 4500019377.

Kind regards
""")

M("C", "de", "insurer-to-customer", "garnishment order against a named customer's claim payment (financial data)",
  s="schreiber", to="Ralf Dietz <ralf.dietz@mailnet-de.example>", subj="Pfändungs- und Überweisungsbeschluss – Ihre Entschädigung aus WG-26-001203",
  date="2026-05-28 11:20", body="""
Sehr geehrter Herr Dietz,

uns wurde ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Siegburg (Az. 34 M 1187/26) zugestellt. Gläubigerin ist die Stadtsparkasse Troisdorf, die Forderung beträgt 12.418,33 EUR zuzüglich Zinsen und Kosten.

Gepfändet ist Ihr Anspruch auf die Entschädigung aus Ihrer Wohngebäudeversicherung. Wir dürfen den noch offenen Betrag von 3.112,00 EUR deshalb nicht an Sie, sondern müssen ihn an die Gläubigerin auszahlen, sobald der Beschluss wirksam ist.

Wenn Sie meinen, dass die Pfändung unzulässig ist, wenden Sie sich bitte an das Vollstreckungsgericht.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: summer party announcement, no personal data",
  s="zimmer", to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Sommerfest am 3. Juli – Save the date",
  date="2026-05-29 12:00", html=True, body="""
Liebe Kolleginnen und Kollegen,

der Vorstand lädt Sie herzlich zum Sommerfest am Freitag, 3. Juli, ab 16 Uhr auf die Dachterrasse und in den Innenhof ein. Es gibt Musik der Band „Rheinblech“, Grill und vegetarisches Buffet, Kinderbetreuung ist organisiert.

Bitte melden Sie sich bis 19. Juni im Intranet an und geben Sie dort Allergien und Unverträglichkeiten an – diese Angaben sieht nur der Caterer, ohne Namen.

Wir freuen uns auf Sie!
Heike Zimmer
Vorstandsbüro
""", sigstyle="name")

M("S", "de", "customer", "forwarded customer message (rfc822) disputing a doctor's invoice with GOÄ positions and diagnosis; body harmless",
  s="kroeger", to="Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>", subj="WG: Rechnung Dr. Pannek – bitte medizinisch prüfen",
  date="2026-06-01 09:15", body="""
Hallo Frau Dr. Hasselbach,

können Sie sich die Rechnung in der angehängten Mail medizinisch ansehen? Es geht um die Frage, ob die Nr. 34 neben der 3 abrechenbar ist. Der Kunde ist verärgert, ich möchte ihm bis Freitag antworten.

Danke und Gruß
Sabine Kröger
""", sigstyle="name", att=[EML(INNER("Klaus-Dieter Haberkamp <kd.haberkamp@rentner-post.example>", "leistung-kv@versicherer.example",
    "Einspruch Ihre Kürzung Rechnung Dr. Pannek", "2026-05-29 20:14", """Sehr geehrte Damen und Herren,

Sie haben mir bei der Rechnung meines Internisten Dr. Pannek vom 12.05.2026 die Nr. 34 GOÄ (Erörterung lebensverändernder Erkrankung, 2,3-fach 40,22 EUR) gestrichen. Das kann ich nicht nachvollziehen. Dr. Pannek hat mir an dem Tag eine halbe Stunde lang erklärt, was die Diagnose Vorhofflimmern für mich bedeutet und dass ich jetzt dauerhaft Blutverdünner (Apixaban 5 mg) nehmen muss. Das ist ja wohl lebensverändernd!

Ich bitte um Nachzahlung.

Mit freundlichen Grüßen
Klaus-Dieter Haberkamp
Vers.-Nr. 4471 0012 774""", "<a3c1e8f0-2291-4b7d-9a61-55d0c1e7b102@rentner-post.example>"), "Einspruch Ihre Kürzung Rechnung Dr. Pannek.eml")])

M("C", "en", "insurer-to-customer", "cyber insurance claim of a sole-trader designer: named, policy, ransomware, business turnover",
  s="hartmann", to="Lena Moreau <studio@lenamoreau-design.example>", subj="Your cyber claim CY-26-00091 – ransomware on 27 May", lang="en",
  date="2026-06-01 11:30", body="""
Dear Ms Moreau,

thank you for calling our cyber hotline so quickly. Under your cyber policy CY 2025 3318 (Lena Moreau Design, sole trader) we have:

- engaged our IT forensics partner, who restored your files from the cloud backup on 29 May,
- confirmed that no client data was exfiltrated according to the logs (so no notification to the data protection authority is needed),
- noted a business interruption of 3 working days.

For the business interruption claim, please send us your turnover for May 2025 and May 2026; you mentioned an average of about EUR 6,500 per month.

Kind regards
""")

M("N", "en", "internal", "trap: data schema description with column names like date_of_birth and icd_code but no rows",
  s="ritter", to="Data Platform <data-platform@versicherer.example>", subj="Schema for the claims lakehouse table hc_invoice_lines v3", lang="en",
  date="2026-06-02 10:10", body="""
Hi all,

the v3 schema of hc_invoice_lines (health claims, one row per invoice line) for review:

[[t]]

Access: only the health-claims analytics role; the pseudonymisation job replaces member_id by a salted hash and truncates date_of_birth to the year before data leaves the claims zone. No sample rows in this mail on purpose.

Jonas
""", sigstyle="name", tables={"t": ([["column", "type", "classification"],
    ["member_id", "string", "personal - pseudonymised"], ["date_of_birth", "date", "personal - year only"],
    ["icd_code", "string", "health - special category"], ["icd_suffix", "char(1)", "health - special category"],
    ["goae_position", "string", "health - special category"], ["amount_claimed", "decimal(10,2)", "-"],
    ["amount_paid", "decimal(10,2)", "-"]], "pipe")})

M("S", "de", "insurer-to-customer", "accident insurance: child's trampoline fall with broken forearm, hospital daily allowance",
  s="albrecht", to="Carina Weißenfels <carina.weissenfels@mamapost.example>", subj="Kinderunfallversicherung – Unfall von Finn am 16.05.2026",
  date="2026-06-02 13:40", body="""
Liebe Frau Weißenfels,

wir hoffen, Finn geht es schon besser! Aus der Kinderunfallversicherung KU 2290 0418 zahlen wir für den Unfall auf dem Trampolin:

- Krankenhaustagegeld: 3 Tage (16.–19.05.2026, Kinderkrankenhaus Riehl) x 30 EUR = 90 EUR
- Gipsgeld für den Unterarmbruch links (distale Radiusfraktur, Gips 5 Wochen): 150 EUR

Zusammen 240 EUR. Ob ein bleibender Schaden entsteht, ist nach Auskunft der Ärzte nicht zu erwarten. Sollte Finn nach Ende der Behandlung noch Einschränkungen haben, melden Sie sich bitte innerhalb von 15 Monaten nach dem Unfall.

Herzliche Grüße
""", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: framework tender for a medical assessor network, requirements only",
  s="brinkmann", to="Gutachterverbund West <kontakt@gutachterverbund-west.example>", subj="Interessenbekundung Rahmenvertrag medizinische Gutachten 2027–2029",
  date="2026-06-03 09:00", body="""
Sehr geehrte Damen und Herren,

wir schreiben ab 2027 einen Rahmenvertrag für medizinische Gutachten in der Berufsunfähigkeits- und Unfallversicherung aus (ca. 900 Gutachten pro Jahr, Schwerpunkte Orthopädie, Psychiatrie/Psychosomatik, Neurologie, Innere Medizin).

Anforderungen u. a.:
- Terminvergabe innerhalb von 4 Wochen, Gutachten innerhalb von 6 Wochen nach Untersuchung
- Übermittlung ausschließlich über unser sicheres Portal oder S/MIME
- Nachweis der Qualifikation (Facharzt, sozialmedizinische Zusatzqualifikation)
- Vertrag zur Auftragsverarbeitung bzw. Vereinbarung nach § 203 StGB

Wenn Sie Interesse haben, senden Sie uns bitte bis 30.06.2026 eine kurze Interessenbekundung.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-company", "mortgage bank: security certificate for a named homeowner's buildings insurance with loan number",
  s="kaya", to="Baufinanzierung Kreissparkasse <baufi@ksk-rheinland.example>", subj="Sicherungsbestätigung WG 4419 2271 – Darlehen 7712 884 330",
  date="2026-06-03 11:25", body="""
Sehr geehrte Damen und Herren,

wir bestätigen für das Darlehen Nr. 7712 884 330 Ihrer Kunden Herrn Matthias und Frau Svenja Ludwig:

Versichertes Objekt: Einfamilienhaus, Im Auel 5, 53757 Sankt Augustin
Wohngebäudeversicherung WG 4419 2271, gleitender Neuwert, Versicherungssumme Wert 1914: 28.400 Mark
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar
Beitrag 2026: bezahlt

Der Sicherungsschein zu Ihren Gunsten ist im Vertrag vermerkt. Über Zahlungsverzug und Kündigungen informieren wir Sie unverzüglich.

Mit freundlichen Grüßen
""", sigstyle="short")

M("S", "en", "insurer-to-customer", "HPV vaccination of the addressee's daughter reimbursed, vaccine and doses named",
  s="whitfield", to="Elena Petrova <elena.petrova@bgmail.example>", subj="Vaccination invoice for Sofia – reimbursed", lang="en",
  date="2026-06-04 09:30", body="""
Dear Ms Petrova,

we have reimbursed the paediatrician's invoice for Sofia's HPV vaccination (Gardasil 9, second dose on 21 May 2026): EUR 178.44 in total including the vaccine from the pharmacy.

The vaccination is now complete; no third dose is needed at her age. You do not have to send us the vaccination record.

Kind regards
""", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: product brochure text with a fictitious example person ('Beispiel: Lehrerin, 35') and premium",
  s="vogel", to="Marcus Bender <marcus.bender@interessent.example>", subj="Ihre Anfrage: Was kostet eine BU-Versicherung?",
  date="2026-06-04 14:10", body="""
Hallo Herr Bender,

danke für Ihr Interesse. Eine pauschale Antwort gibt es leider nicht, der Beitrag hängt von Alter, Beruf, Rentenhöhe und Gesundheit ab. Zur Orientierung zwei Beispiele aus unserer Broschüre (fiktive Personen):

Beispiel 1: Lehrerin, 35 Jahre, Nichtraucherin, 1.500 EUR Monatsrente bis 67: ca. 68 EUR monatlich
Beispiel 2: Dachdecker, 25 Jahre, 1.200 EUR Monatsrente bis 67: ca. 142 EUR monatlich

Für ein persönliches Angebot brauchen wir Ihr Geburtsdatum, Ihren Beruf und die gewünschte Rente. Die Gesundheitsfragen kommen erst mit dem Antrag. Ihre Maklerin vor Ort hilft Ihnen gern.

Freundliche Grüße
Katharina Vogel
""", sigstyle="name")

M("C", "de", "insurer-to-customer", "household valuables list of a named customer: jewellery and watches with values and safe location",
  s="demir", to="Dr. Friederike Wallraff <f.wallraff@privat-mail.example>", html=True, subj="Ihre Wertsachenliste – Hausrat HV 0011 7734",
  date="2026-06-05 10:30", body="""
Sehr geehrte Frau Dr. Wallraff,

vielen Dank für die Wertgutachten des Juweliers Berghoff. Wir haben die Versicherungssumme für Wertsachen in Ihrer Hausratversicherung HV 0011 7734 ab 01.07.2026 auf 85.000 EUR angehoben:

[[t]]

Die Stücke außerhalb des Tresors (Wandtresor im Arbeitszimmer, VdS-Klasse I) sind bis 20.000 EUR versichert. Der Mehrbeitrag beträgt 214,00 EUR jährlich.

Mit freundlichen Grüßen
""", tables={"t": ([["Gegenstand", "Wert lt. Gutachten"], ["Rolex Datejust 36, Ref. 126234", "11.800 EUR"],
                     ["Perlenkette mit Brillantschließe", "9.400 EUR"], ["Brillantring 1,2 ct", "18.900 EUR"],
                     ["Sammlung Goldmünzen (Krügerrand, 20 St.)", "41.000 EUR"]], "pad")})

M("N", "en", "internal", "trap: data-protection quiz answers about health data in e-mails, no person", s="meier",
  to="All staff <all-staff@versicherer.example>", subj="Privacy quiz – the answers", lang="en", date="2026-06-05 15:00", body="""
Dear colleagues,

thanks to the 1,214 of you who took part in the privacy quiz! The answers:

1. May you send a customer's hospital discharge letter to a broker by normal e-mail? – No. Health data only via the secure mailbox or S/MIME, and only if the broker is entitled to it.
2. Is the fact that someone has a life insurance policy with us personal data? – Yes, and a confidential one.
3. A doctor sends us an invoice by fax. May you forward the fax as a scan to your private address to work from home? – Never.
4. Is "Mr X, born 1970, policy LV-123" anonymised? – No, that is pseudonymised at best.

The three winners of the cinema vouchers have been informed.

Thomas Meier
Data Protection Officer
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "rehab sports and functional training for the addressee after breast cancer surgery",
  s="sauer", to="Ute Lammers <ute.lammers@netpost.example>", subj="Ihr Rehasport – Verordnung über 50 Übungseinheiten",
  date="2026-06-08 09:40", body="""
Liebe Frau Lammers,

gute Nachrichten: Den Rehasport in der Gruppe „Sport nach Krebs“ beim TuS Köln-Rodenkirchen übernehmen wir für die verordneten 50 Übungseinheiten innerhalb von 18 Monaten (je 8,50 EUR). Der Verein kann direkt mit uns abrechnen.

Für die Lymphdrainage nach der Brust-OP brauchen Sie keine neue Genehmigung, die läuft wie bisher über die Heilmittelverordnung Ihrer Gynäkologin.

Ich drücke Ihnen die Daumen für die nächsten Monate. Melden Sie sich jederzeit bei mir, wenn Sie Fragen haben.

Herzliche Grüße
""")

M("N", "de", "internal", "trap: retention schedule table for health documents, no person",
  s="meier", to="Leistung KV alle <leistung-kv-alle@versicherer.example>", subj="Löschfristen Leistungsakte KV – Übersicht",
  date="2026-06-08 13:00", body="""
Liebe Kolleginnen und Kollegen,

nach Rückfragen hier noch einmal die geltenden Fristen aus dem Löschkonzept (Stand 05/2026):

[[t]]

Fristbeginn ist jeweils das Ende des Jahres, in dem der Leistungsfall abgeschlossen wurde. Bitte keine Arztberichte in persönlichen Ablagen oder im Mailpostfach speichern.

Thomas Meier
""", sigstyle="short", tables={"t": ([["Dokument", "Frist", "Grundlage"], ["Arzt-/Zahnarztrechnungen", "10 Jahre", "§ 147 AO, § 257 HGB"],
    ["Arztberichte, Gutachten", "3 Jahre nach Vertragsende", "Verjährung"], ["Heil- und Kostenpläne ohne Behandlung", "1 Jahr", "Zweckfortfall"],
    ["Schweigepflichtentbindungen", "wie Leistungsfall", "Nachweis"]], "pad")}, html=True)

M("C", "en", "insurer-to-customer", "data subject access request answered: list of stored data about the addressee (birth date, address, household policy, IBAN)",
  s="meier", to="Aleksander Wiśniewski <a.wisniewski@mailpl.example>", html=True, subj="Your request for access under Art. 15 GDPR", lang="en",
  date="2026-06-09 10:00", body="""
Dear Mr Wiśniewski,

in reply to your request of 20 May 2026 we inform you that we process the following data about you:

- identity: Aleksander Wiśniewski, born 1989-04-30, Kolberger Straße 8, 51065 Köln
- contracts: household contents HV 4419 0031 (since 2022), private liability PH 4419 0032 (since 2022)
- claims: one liability claim in 2024 (damaged laptop of a friend), closed
- payment: direct debit from {}
- communication: 6 e-mails and 2 phone notes since 2022

We do not hold health data or data from credit agencies about you. A copy of the data in machine-readable form is available in your secure mailbox.

Kind regards
""".format(IB("DE", "370100500774123456")))

M("S", "de", "insurer-to-doctor", "life insurance medical examination appointment for a named applicant with requested tests",
  s="hasselbach", to="Praxis Dr. Olszewski <termin@praxis-olszewski.example>", subj="Untersuchungsauftrag Lebensversicherung – Herr Tobias Reinecke",
  date="2026-06-09 15:20", body="""
Sehr geehrter Herr Kollege Olszewski,

Herr Tobias Reinecke, geb. 27.08.1971, hat eine Risikolebensversicherung über 750.000 EUR beantragt. Ab dieser Summe benötigen wir eine ärztliche Untersuchung. Herr Reinecke wird sich zur Terminvereinbarung bei Ihnen melden.

Bitte führen Sie durch:
- ärztlicher Untersuchungsbericht (Formular LV-U1)
- Ruhe-EKG
- Laborwerte: großes Blutbild, HbA1c, Lipidprofil, Leberwerte, Kreatinin, HIV- und Hepatitis-Serologie (Einwilligung liegt vor)
- Urinstatus

Laut Antrag besteht ein medikamentös behandelter Bluthochdruck (Candesartan 16 mg). Vergütung nach GOÄ, Rechnung bitte direkt an uns.

Mit kollegialen Grüßen
""")

M("N", "en", "insurer-to-customer", "trap: portal maintenance notice to all users, no content", frm="Versicherer SecureMail <securemail-noreply@versicherer.example>",
  to="securemail-users@versicherer.example", subj="Planned maintenance of the secure mailbox on 13 June", lang="en", date="2026-06-10 08:00", body="""
Dear user,

our secure mailbox will be unavailable on Saturday, 13 June 2026, from 06:00 to 10:00 CEST because of planned maintenance.

Messages sent to you during this time will be delivered afterwards; nothing will be lost. Notifications may arrive with a delay.

This message was generated automatically. Please do not reply.

Versicherer SecureMail – Deutsch: www.versicherer.example/securemail
""", mailer="Siegel Gateway")

M("C", "de", "insurer-to-customer", "motor: vehicle sold, policy ends; named customer, plate, VIN, refund of premium",
  s="engel", to="Ingrid Sterzenbach <ingrid.sterzenbach@post-mail.example>", subj="Verkauf Ihres Fahrzeugs – Vertrag KF 0087 3318 endet",
  date="2026-06-10 10:50", body="""
Sehr geehrte Frau Sterzenbach,

danke für die Kopie des Kaufvertrags. Ihr VW Golf (Kennzeichen SU-IS 55, FIN WVWZZZ1KZ8W123456) wurde am 02.06.2026 an Herrn Yannick Born verkauft. Ihr Vertrag KF 0087 3318 endet damit zum Tag der Umschreibung bzw. spätestens einen Monat nach dem Verkauf.

Den nicht verbrauchten Beitrag von 211,30 EUR erstatten wir Ihnen nach Ende des Vertrags. Ihre Schadenfreiheitsklasse SF 22 bleibt sieben Jahre für ein neues Fahrzeug reserviert.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: meeting notes with a hospital association about electronic invoice exchange, no patient",
  s="brandt", to="Arbeitskreis Datenaustausch <ak-datenaustausch@krankenhausgesellschaft.example>", subj="Ergebnisprotokoll AK Datenaustausch Krankenhausrechnungen 04.06.2026",
  date="2026-06-11 09:00", body="""
Sehr geehrte Damen und Herren,

anbei das Ergebnisprotokoll unserer Sitzung:

1. Ab 01.01.2027 übermitteln die teilnehmenden Krankenhäuser Rechnungen für Privatversicherte im XRechnung-Format mit strukturierten Diagnosen (ICD-10-GM), Prozeduren (OPS) und DRG.
2. Transport: Gateway-zu-Gateway-Verschlüsselung mit Domänenzertifikaten; Testaustausch ab Oktober mit synthetischen Fällen.
3. Wahlärztliche Leistungen werden weiterhin separat nach GOÄ abgerechnet.
4. Offene Frage: Umgang mit Korrekturrechnungen (Storno/Neu) – AG bis zur nächsten Sitzung.

Nächste Sitzung: 10.09.2026, Düsseldorf.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "change of health tariff under § 204 VVG for the named customer with new premium and surcharge",
  s="nguyen", to="Hans-Peter Kolvenbach <hp.kolvenbach@rentenpost.example>", html=True, subj="Ihr Tarifwechsel zum 01.07.2026",
  date="2026-06-11 14:30", body="""
Sehr geehrter Herr Kolvenbach,

wie besprochen wechseln Sie zum 01.07.2026 aus dem Tarif AMB-Komfort in den Tarif AMB-Basis Plus. Ihre Altersrückstellung wird vollständig angerechnet.

Beitrag bisher: 812,44 EUR monatlich
Beitrag neu: 598,10 EUR monatlich (einschließlich gesetzlichem Zuschlag)

Der bestehende Risikozuschlag von 18 % bleibt im neuen Tarif bestehen, weil er sich auf dieselben Leistungen bezieht. Eine neue Gesundheitsprüfung ist nicht nötig, da der neue Tarif keine Mehrleistungen enthält.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-supplier", "trap: marketing agency briefing for dental ads with A/B results, no person",
  s="baumann", to="Agency Team <team@brightside-agency.example>", subj="Dental campaign – A/B results and next steps", lang="en",
  date="2026-06-12 10:30", body="""
Hi team,

results of the A/B test for the dental top-up campaign (4 weeks, social and search):

Variant A "A smile shouldn't cost a fortune": CTR 1.9 %, conversion 2.4 %
Variant B "Implants? We pay up to 90 %": CTR 2.6 %, conversion 3.1 %

Legal asked us to add "depending on the plan" to B. Please also avoid before/after photos of teeth – compliance says they suggest a medical promise.

New creatives by 24 June, please.

Julia
""", sigstyle="name")

M("C", "de", "broker", "broker sends a drone liability proposal with the named customer's birth date and address",
  s="kaya", to="Antragsbearbeitung Sach <antrag-sach@versicherer.example>", subj="WG: Antrag Drohnenhaftpflicht Herr Benedikt Sauter",
  date="2026-06-12 13:45", body="""
Bitte policieren, Tarif Drohne privat bis 5 kg.
""", sigstyle="name", quote=FW("Makler Thiel <info@makler-thiel.example>", "12.06.2026, 11:20", "Emre Kaya <emre.kaya@versicherer.example>", "Antrag Drohnenhaftpflicht", """Hallo Herr Kaya,

bitte für meinen Kunden:

Benedikt Sauter, geb. 1985-10-14
Krefelder Str. 18, 50670 Köln
Drohne: DJI Mini 4 Pro, 249 g, private Nutzung, Betreiber-ID DEU-RP-4TX8C1K2Q9B7
Beginn: 15.06.2026, Zahlung jährlich per Lastschrift

Danke und Gruß
Thiel"""))

M("S", "en", "insurer-to-customer", "funeral expense insurance (life) of a named customer with sum and beneficiary — personal line",
  s="haas", to="Doris Whitaker <doris.whitaker@oldies-mail.example>", subj="Your funeral expense policy – confirmation of your changes", lang="en",
  date="2026-06-15 09:20", body="""
Dear Mrs Whitaker,

we have made the changes you asked for to your funeral expense policy STG 0093 1180:

- sum insured increased from EUR 6,000 to EUR 8,000 from 1 July 2026 (no health questions, as the increase is within the 25 % allowed)
- beneficiary: Bestattungshaus Kuckelkorn, Köln, for the funeral costs; any remaining amount to your niece, Ms Judith Aldenhoven
- new monthly premium: EUR 41.20

Kind regards
""")

M("N", "de", "internal", "trap: IT ticket about a printer in health claims printing prescriptions blank, no person",
  s="hoffmann", to="Leistung KV Team Ambulant 2 <team-ambulant2@versicherer.example>", subj="Drucker 4.OG (PRN-4-12) – Rezeptkopien bleiben leer",
  date="2026-06-15 11:10", body="""
Hallo zusammen,

zum Ticket INC0053311: Der Drucker PRN-4-12 druckt Rezeptkopien aus dem Archiv leer aus, weil die Bilder im TIFF-G4-Format kommen, das der Treiber nicht kann. Bis zum Treiberupdate am Mittwoch bitte auf PRN-4-07 ausweichen.

Wichtig: Ausdrucke mit Gesundheitsdaten nicht im Ausgabefach liegen lassen, sondern mit Follow-me-Printing (Karte) abholen.

Gruß
Lukas
""", sigstyle="name")

M("C", "en", "insurer-to-customer", "motorcycle seasonal plate insurance for a named customer with birth date and plate", s="engel",
  to="Kristof Vandenberghe <kristof.vdb@belgmail.example>", subj="Your motorcycle insurance – seasonal plate April–October", lang="en",
  date="2026-03-31 10:05", body="""
Dear Mr Vandenberghe,

your motorcycle insurance KR 3318 0045 (Triumph Street Triple, seasonal registration AC-KV 77, April to October) is active from 1 April 2026.

Rider: Kristof Vandenberghe, date of birth 1979-01-23; no other riders.
Cover: third-party liability and partial cover, excess EUR 150; annual premium EUR 214.50.

Outside the season the bike is covered by partial cover while parked in your garage at Lütticher Straße 5, Aachen, but may not be ridden on public roads.

Enjoy the ride!
""", sigstyle="short")

# ---- d3-0161 … d3-0188 ----------------------------------------

M("S", "de", "customer", "colloquial self-employed customer with typos reports burn-out sick leave for daily sickness allowance (windows-1252)",
  frm="Krankentagegeld <ktg@versicherer.example>", to="Karin Vogt <karin.vogt@versicherer.example>", ent="kv",
  subj="WG: krankentagegeld ab wann??", date="2026-06-16 08:20", charset="windows-1252", cte="quoted-printable", body="""
Karin, ist deine Kundin (KT 3318 0091, Karenz 42 Tage). Bitte AU und Einkommensnachweis anfordern.
Gruß Ralf
""", quote=FW("Steffi Brauckmann <steffi.b@friseur-brauckmann.example>", "15.06.2026, 22:41", "ktg@versicherer.example", "krankentagegeld ab wann??", """hallo,
ich bin seit 3 wochen krankgeschrieben, mein hausarzt sagt burn out bzw erschöpfungsdepression, ich krieg jetzt auch tabletten (citalopram 20mg) und soll zur psychotherapeutin. hab meinen salon solange zu gemacht, meine 2 angestellten sind im urlaub bzw kurzarbeit.
ab wann zahlt ihr das krankentagegeld? ich hab doch 120€ am tag versichert oder? die rechnungen laufen ja weiter...
lg steffi brauckmann"""))

M("N", "en", "internal", "trap: TLS/MTA-STS configuration with partner domains, IT only", s="raman",
  to="Mail Operations <mail-ops@versicherer.example>", subj="Enforced TLS list – three new partner domains", lang="en",
  date="2026-06-16 10:40", body="""
Hi mail ops,

please add the following domains to the enforced-TLS partner list (verified peer, TLS 1.2+, certificate name must match):

- kliniken-rheinland.example (MTA-STS policy "enforce", published)
- reassure-re.example (DANE TLSA records present, DNSSEC signed)
- makler-thiel.example (no MTA-STS; configured partner after our test on 12 June)

Reminder: for the health-claims senders the policy still requires portal or S/MIME unless consent is recorded; enforced TLS only helps for confidential mail.

Thanks
Priya
""", sigstyle="name")

M("C", "de", "insurer-to-customer", "no-claims class transfer from father to daughter with both birth dates and plates",
  s="engel", to="Bernd Sieverding <bernd.sieverding@landmail.example>", subj="Übertragung Schadenfreiheitsrabatt auf Ihre Tochter",
  date="2026-06-17 09:15", body="""
Hallo Herr Sieverding,

die Übertragung der Schadenfreiheitsklasse von Ihrem Vertrag KF 1102 7735 (BM-BS 512) auf den neuen Vertrag Ihrer Tochter ist möglich:

Abgebender: Bernd Sieverding, geb. 05.03.1962, SF 28 (seit 1990 schadenfrei)
Übernehmende: Lea Sieverding, geb. 30.08.2003, Führerschein seit 09/2021

Übertragen werden können nur so viele Jahre, wie Ihre Tochter selbst den Führerschein besitzt, also 4 Jahre → SF 4 für den Vertrag KF 1102 9917 (BM-LS 303). Ihr eigener Vertrag wird nach der Abgabe in SF 0 eingestuft, wenn Sie ihn weiterführen.

Bitte schicken Sie uns die unterschriebene Übertragungserklärung beider Personen.

Viele Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: anonymised training case on dental prosthesis, age band only", s="wendland",
  to="Team Zahn <team-zahn@versicherer.example>", subj="Fallbeispiel für die Teamrunde (anonymisiert)", date="2026-06-17 14:00", body="""
Hallo zusammen,

für Donnerstag ein Fallbeispiel aus der Praxis, ohne Namen und Nummern, Alter als Spanne:

Versicherte, 60–65 Jahre, Tarif mit 80 % Zahnersatz. HKP für eine Teleskopprothese im Oberkiefer mit vier Teleskopkronen (GOZ 5040), Gesamtkosten ca. 9.800 EUR, Faktor 3,5 auf alle Positionen ohne Begründung. Die Zahnärztin rechnet zusätzlich ein Funktionsgutachten ab.

Fragen:
1. Was fordern wir an, bevor wir zusagen?
2. Wie gehen wir mit dem Faktor 3,5 ohne Begründung um?
3. Ist das Funktionsgutachten medizinisch notwendig?

Tobias
""", sigstyle="name")

M("S", "en", "insurer-to-customer", "expat: pre-authorisation of a colonoscopy for the addressee with symptoms described", s="odonnell",
  to="Marcus Lindholm <marcus.lindholm@nordicmail.example>", subj="Your planned colonoscopy – guarantee of payment", lang="en",
  date="2026-06-18 09:05", body="""
Dear Mr Lindholm,

we have received the referral from your gastroenterologist in Singapore. Because of the rectal bleeding and the iron-deficiency anaemia described in the referral, the colonoscopy under sedation at Mount Elizabeth Hospital on 24 June is medically necessary and covered.

Guarantee of payment: GOP-2026-1187, up to SGD 4,800 including histology of any polyps removed.

If a polyp or anything else requires further treatment, the hospital can contact our case management team directly (24/7, +49 221 555-7725).

Kind regards
""")

M("C", "en", "insurer-to-customer", "tenant liability: damage in a rented flat at move-out; named tenant, landlord, deposit and address", s="oltmanns",
  to="Sofia Andersson <sofia.andersson@svmail.example>", subj="Damage at your old flat – liability claim HP-26-01472", lang="en",
  date="2026-06-18 11:40", body="""
Dear Ms Andersson,

your landlord, Mr Günter Wefelscheid, has withheld EUR 1,180 of your deposit for the damaged oak parquet and the cracked washbasin in your former flat at Severinstraße 201, 50676 Köln.

Under your private liability policy PH 8831 0044 (which includes damage to rented property) we cover the parquet: EUR 740 after deduction for wear and tear. The washbasin crack is covered as well (EUR 290). Wear such as drill holes and discoloured walls is not insured.

We will pay EUR 1,030 to Mr Wefelscheid directly and ask him to release the rest of the deposit to you.

Kind regards
""", charset="windows-1252", cte="quoted-printable")

M("N", "en", "insurer-to-supplier", "trap: job ad for a medical underwriter sent to a recruiting agency, no person", s="weiss",
  to="Search Team <search@talentbridge.example>", subj="New mandate: Medical Underwriter Life & Disability (m/f/d)", lang="en",
  date="2026-06-19 10:20", body="""
Dear Sarah,

as discussed, we would like you to search for a Medical Underwriter Life & Disability (m/f/d), Cologne or remote within Germany.

Profile: physician or experienced nurse/underwriter with reinsurance underwriting manual experience (e.g. assessing hypertension, diabetes, mental health histories, cancer remission), fluent German, good English. Salary band EUR 78–95k plus bonus.

We will share candidates' documents only through the agency portal, not by e-mail.

Best regards
Nadine Weiß
""", sigstyle="name")

M("C", "de", "internal", "data correction: birth dates of two named customers swapped in the policy system", s="kowalski",
  to="Stammdatenpflege <stammdaten@versicherer.example>", subj="Bitte korrigieren: Geburtsdaten vertauscht (Geschwister Terhorst)",
  date="2026-06-19 15:30", body="""
Hallo Stammdatenteam,

bei den Geschwistern Terhorst sind die Geburtsdaten vertauscht, das ist bei der Beitragsberechnung der Kfz-Verträge aufgefallen:

Jana Terhorst, KF 7703 1194 – richtig: 21.04.2000 (im System: 13.12.1997)
Lukas Terhorst, KF 7703 1195 – richtig: 13.12.1997 (im System: 21.04.2000)

Nachweis: Kopien der Führerscheine im DMS, Vorgang 26-0618-447. Bitte korrigieren und die Beitragsneuberechnung anstoßen.

Danke
Lena
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "dental prosthesis for the addressee (iso-8859-1, 8bit): upper jaw, tooth numbers, factor",
  s="wendland", to="Hildegard Pannenbäcker <h.pannenbaecker@seniorenmail.example>", subj="Ihr Zahnersatz im Oberkiefer",
  date="2026-06-22 10:10", charset="iso-8859-1", cte="8bit", flowed=False, body="""
Sehr geehrte Frau Pannenbäcker,

für Ihren neuen Zahnersatz im Oberkiefer (Teleskopprothese auf den Zähnen 13, 14, 23 und 24, Praxis Dr. Ahrens, Rechnung vom 12.06.2026) erstatten wir 6.918,40 EUR.

Zwei Positionen konnten wir nicht voll übernehmen:
- GOZ 5040 mit dem Faktor 3,5: die Begründung "erhöhter Zeitaufwand" reicht nach der Rechtsprechung nicht aus; erstattet mit 2,3.
- Material- und Laborkosten über dem Höchstbetrag Ihres Tarifs: 412,00 EUR.

Wenn Ihre Zahnärztin die Begründung ergänzt, prüfen wir gern erneut.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "en", "internal", "trap: weekly KPI report on claims turnaround per team, aggregate", s="ritter",
  to="Claims Leadership <claims-leadership@versicherer.example>", subj="Weekly claims KPIs – week 25", lang="en",
  date="2026-06-22 07:45", html=True, body="""
Good morning,

claims KPIs for week 25:

[[t]]

Health outpatient is back below 5 days after the OCR fix. Disability remains above target because of the backlog of medical reports.

Jonas
""", sigstyle="name", tables={"t": ([["team", "received", "closed", "median days", "target"],
    ["Health outpatient", "41,220", "42,870", "4.6", "5"], ["Health inpatient", "3,918", "3,802", "7.9", "8"],
    ["Dental", "8,110", "7,954", "6.2", "7"], ["Disability", "212", "188", "61", "45"], ["Motor", "5,330", "5,412", "9.1", "10"]], "pad")})

M("C", "de", "insurer-to-customer", "glass breakage of a ceramic hob: named customer, policy and payment with IBAN in odd grouping",
  s="demir", to="Annegret Vollmer <annegret.vollmer@kuechenpost.example>", subj="Glasbruch Ceranfeld – HV 7718 2046",
  date="2026-06-23 09:30", body="""
Liebe Frau Vollmer,

den Glasbruch an Ihrem Ceranfeld übernehmen wir aus der Glasversicherung in Ihrem Hausratvertrag HV 7718 2046. Die Rechnung der Firma Elektro Hambüchen über 486,00 EUR (Kochfeld und Einbau) zahlen wir ohne Abzug.

Überweisung an: {}, Kontoinhaberin Annegret Vollmer.

Viele Grüße
""".format((lambda s: s[:4] + " " + s[4:12] + " " + s[12:])(IB("DE", "370605900004471882", group=0))), sigstyle="short")

M("S", "de", "internal", "claims handler asks the medical officer about off-label semaglutide for a named insured's obesity",
  s="jankowski", to="Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>", subj="Bitte um Stellungnahme: Semaglutid, Herr Kaiser (4471 0087 219)",
  date="2026-06-23 13:05", body="""
Hallo Frau Dr. Hasselbach,

Herr Dominik Kaiser (Vers.-Nr. 4471 0087 219) reicht seit März Rezepte über Wegovy 2,4 mg ein (4 Pens/Monat, je ca. 300 EUR). Der Hausarzt begründet mit BMI 37 und Schlafapnoe; ein Typ-2-Diabetes liegt laut Unterlagen nicht vor.

Tariflich sind Arzneimittel zur Gewichtsreduktion ausgeschlossen, es sei denn, sie dienen der Behandlung einer Krankheit. Der Kunde argumentiert mit der Adipositas Grad II als Krankheit.

Können Sie mir sagen, ob wir medizinisch von einer Krankheitsbehandlung ausgehen müssen? Die Unterlagen liegen in der E-Akte.

Danke
Marta Jankowski
""", sigstyle="name")

M("N", "de", "internal", "trap: first-aid training invitation for staff, no names", s="richter",
  to="Ersthelfer Köln <ersthelfer-koeln@versicherer.example>", subj="Auffrischung Erste Hilfe am 7. Juli",
  date="2026-06-24 09:00", body="""
Liebe Ersthelferinnen und Ersthelfer,

die jährliche Auffrischung ist am Dienstag, 7. Juli, 8:30–16:30 Uhr, im Schulungsraum 0.20. Themen: Herz-Lungen-Wiederbelebung mit dem AED, Umgang mit Schlaganfall und Herzinfarkt, Versorgung von Schnittwunden, psychische Erste Hilfe.

Bitte bestätigt eure Teilnahme bis 30. Juni. Wer nicht kann, bucht bitte einen Ersatztermin bei der Berufsgenossenschaft.

Anja
""", sigstyle="name")

M("S", "en", "lawyer", "claimant's lawyer in a disability claim describes depression and inpatient treatment of the named client",
  s="brinkmann", to="Disability Claims <bu-claims@versicherer.example>", subj="FW: Disability claim of Ms Hannah Sturm – letter of her counsel", lang="en",
  date="2026-06-24 11:30", body="""
FYI and for the file BU-2026-0412. Counsel writes in English because the client's contract was concluded through the UK branch of the broker. Let's respond within the 2-week deadline; I'll draft.
Ole
""", sigstyle="name", quote=FW("Jeremy Walsh <j.walsh@walsh-partners.example>", "Wed, 24 Jun 2026 09:12", "Ole Brinkmann <ole.brinkmann@versicherer.example>",
    "Disability claim of Ms Hannah Sturm (policy BU 0091 4472 118)", """Dear Mr Brinkmann,

we act for Ms Hannah Sturm, a senior auditor. Our client has suffered from a severe depressive episode since autumn 2025, was treated as an inpatient at the LVR-Klinik Bonn from 2 December 2025 to 20 February 2026, and is still unable to work according to her psychiatrist.

Your letter of 3 June asks for a further assessment by your own expert. Our client is willing to attend, but asks that the examination take place in Bonn and that the questionnaire on her childhood and family history be omitted, as it is not relevant to her ability to work.

We expect your decision on the claim within four weeks after the assessment.

Yours sincerely
Jeremy Walsh
Solicitor / Rechtsanwalt""", lang="en"))

M("C", "de", "insurer-to-company", "employer bike leasing: XLSX of named employees' e-bikes with frame numbers for the group bicycle policy",
  s="kaya", to="Personalabteilung Lindner Bau GmbH <personal@lindner-bau.example>", subj="Dienstrad-Versicherung – Bestandsliste Juni",
  date="2026-06-24 14:50", body="""
Hallo Frau Ebert,

anbei die aktuelle Bestandsliste Ihrer versicherten Diensträder mit Stand 24.06.2026. Bitte prüfen Sie, ob die drei Abgänge zum 30.06. richtig sind, und melden Sie neue Räder wie gewohnt bis zum 20. des Monats.

Viele Grüße
""", att=[XLSX("Dienstrad_Bestand_2026-06.xlsx", {"Räder": [
    ["Mitarbeiter/in", "Personalnr.", "Rad", "Rahmennummer", "Listenpreis EUR", "Beginn", "Ende"],
    ["Kerstin Abels", "207", "Riese & Müller Charger4", "RM4C22871443", 5899, "2024-03-01", ""],
    ["Jan Moldenhauer", "311", "Cube Kathmandu Hybrid", "WCU3318820K", 3299, "2025-05-01", "2026-06-30"],
    ["Ayşe Karaca", "322", "Gazelle Ultimate C380", "GZ22X104877", 3999, "2025-07-01", ""],
    ["Philipp Stöckl", "114", "Specialized Turbo Vado", "WSBC604118829", 4600, "2023-09-01", "2026-06-30"],
    ["Rainer Wollny", "098", "Kalkhoff Endeavour 7", "KH77120453", 3799, "2023-10-01", "2026-06-30"]]}, author="Versicherer Sach")])

M("N", "de", "insurer-to-broker", "trap: blank application form with health questions sent to brokers (PDF), no person",
  s="reuter", to="maklerinfo-nord@versicherer.example", subj="Neuer Antrag Krankenzusatz – Formular gültig ab 01.07.2026",
  date="2026-06-25 08:30", body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

ab 1. Juli gilt das überarbeitete Antragsformular für die Krankenzusatzversicherung (Stand 07/2026). Alte Formulare nehmen wir noch bis 30. September an. Das Formular liegt als PDF bei und steht im Maklerportal zum Download.

Neu: Die Gesundheitsfragen beziehen sich nur noch auf die letzten drei Jahre (bisher fünf), fehlende Zähne werden ohne Weisheitszähne gezählt.

Viele Grüße
""", sigstyle="short", att=[PDF("Antrag_Krankenzusatz_07-2026.pdf", [
    ("h", "Antrag auf Krankenzusatzversicherung (Stand 07/2026)"),
    "Zu versichernde Person: Name ______________  Vorname ______________  Geburtsdatum __________",
    ("h", "Gesundheitsfragen", 2),
    "1. Wurden Sie in den letzten 3 Jahren ambulant ärztlich untersucht, beraten oder behandelt? [ ] nein [ ] ja, wegen: ______",
    "2. Wurden Sie in den letzten 5 Jahren stationär behandelt? [ ] nein [ ] ja",
    "3. Fehlen Zähne, die noch nicht ersetzt sind (ohne Weisheitszähne)? Anzahl: ____",
    "4. Ist eine Zahnbehandlung, Parodontosebehandlung oder Kieferorthopädie angeraten oder geplant? [ ] nein [ ] ja",
    ("small", "Hinweis nach § 19 Abs. 5 VVG: Bitte beantworten Sie die Fragen wahrheitsgemäß und vollständig. Verletzen Sie die Anzeigepflicht, können wir vom Vertrag zurücktreten.")],
    title="Antrag Krankenzusatz 07/2026")])

M("C", "en", "insurer-to-customer", "liability: the named customer's son broke a school window; policy and claim, nobody hurt", s="oltmanns",
  to="Grace O'Sullivan <grace.osullivan@irishmail.example>", subj="Broken window at the school – claim HP-26-01533", lang="en",
  date="2026-06-25 10:45", body="""
Dear Ms O'Sullivan,

thank you for reporting that your son Cian (12) broke a window at the Gesamtschule Holweide with a football on 22 June. Fortunately nobody was hurt.

The damage is covered by your family liability policy PH 5512 3309, as children of this age are liable for damage they cause carelessly. The school administration has sent us the glazier's quote of EUR 412.80; we will pay the school directly.

Kind regards
""")

M("N", "en", "insurer-to-partner", "trap: industry association care statistics for a conference talk, aggregate", s="yilmaz",
  to="Dr. Nina Sandberg <n.sandberg@versicherungsverband.example>", subj="RE: Figures for your talk on private long-term care", lang="en",
  date="2026-06-26 09:40", body="""
Dear Dr. Sandberg,

happy to contribute. Our figures for 2025 (private compulsory care insurance and care top-up, whole portfolio):

- Persons receiving benefits: 31,200 (care level 1: 14 %, 2: 38 %, 3: 27 %, 4: 15 %, 5: 6 %)
- Share cared for at home: 79 %
- Average age at first assessment: 78.4 years
- Most frequent main reason for the need of care in the assessment reports: dementia (34 %), followed by stroke sequelae and musculoskeletal disorders

Please quote as "Versicherer, portfolio data 2025". Let me know if you need the breakdown by gender.

Kind regards
Felix Yilmaz
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "care aids: nursing bed and home emergency call for the addressee's husband with care level",
  s="sauer", to="Marianne Dörrenbächer <m.doerrenbaecher@mail-saar.example>", subj="Pflegebett und Hausnotruf für Ihren Mann",
  date="2026-06-26 11:50", body="""
Liebe Frau Dörrenbächer,

für Ihren Mann (Pflegegrad 3, Vertrag PV 4471 0055 812) haben wir bewilligt:

- Pflegebett mit Aufrichter und Seitengitter – leihweise über das Sanitätshaus Reha-Technik West, Lieferung und Aufbau kostenfrei
- Hausnotruf mit Sturzsensor: monatlich 25,50 EUR als Pflegehilfsmittel
- Bettschutzeinlagen und Einmalhandschuhe: bis 42 EUR monatlich

Das Sanitätshaus meldet sich in den nächsten Tagen bei Ihnen. Wegen des Treppenlifts, nach dem Sie gefragt haben, schicke ich Ihnen den Antrag auf wohnumfeldverbessernde Maßnahmen (bis 4.180 EUR) per Post.

Herzliche Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: DRG catalogue update notice for the inpatient claims system, no patient", s="brandt",
  to="Team Stationär <team-stationaer@versicherer.example>", subj="aG-DRG-Katalog 2026 eingespielt", date="2026-06-29 08:10", body="""
Moin zusammen,

seit heute früh ist der aG-DRG-Katalog 2026 (Version 2026/2026) im Prüfsystem aktiv. Rechnungen mit Aufnahmedatum ab 01.01.2026 werden jetzt gegen die neuen Relativgewichte und Grenzverweildauern geprüft. Rechnungen, die bisher wegen „DRG unbekannt“ im Klärungskorb lagen (ca. 340 Stück), laufen heute Nacht automatisch neu durch.

Auffällig: Die DRG für Hüft- und Knieendoprothesen (I47/I44) sind deutlich abgewertet, rechnet mit Rückfragen der Kliniken.

Gerrit
""", sigstyle="name")

M("C", "de", "insurer-to-customer", "tax certificate of motor liability premium for a named customer (for the income tax return)",
  s="becker", to="Thorsten Mahlberg <thorsten.mahlberg@steuer-privat.example>", subj="Beitragsbescheinigung 2025 für Ihre Steuererklärung",
  date="2026-02-02 09:00", body="""
Sehr geehrter Herr Mahlberg,

wie gewünscht die Bescheinigung über die 2025 gezahlten Beiträge für Ihre Einkommensteuererklärung:

Versicherungsnehmer: Thorsten Mahlberg, Am Kirchberg 2, 52391 Vettweiß
Vertrag KF 2218 4470, Kennzeichen DN-TM 88
Kfz-Haftpflicht: 412,66 EUR (als Vorsorgeaufwendung absetzbar)
Vollkasko: 388,10 EUR (nicht absetzbar)
Privathaftpflicht PH 2218 4471: 71,40 EUR

Die Bescheinigung ist maschinell erstellt und ohne Unterschrift gültig.

Mit freundlichen Grüßen
""", sigstyle="short", cte="base64")

M("S", "de", "hospital", "discharge letter text arriving by fax-to-mail (OCR text, base64 body), forwarded to inpatient claims",
  frm="Fax-Eingang <fax-eingang@versicherer.example>", to="Team Stationär <team-stationaer@versicherer.example>", ent="kv",
  subj="Fax von +49 2241 555 0190 (3 Seiten)", date="2026-06-30 07:12", client="system", mailer="FaxGate 5.2", cte="base64", body="""
Faxeingang 30.06.2026 07:11 – Absender-Kennung: KLINIKUM SIEGBURG ARCHIV – 3 Seiten
Automatische Texterkennung (ohne Gewähr):

KLINIKUM SIEGBURG – Klinik für Kardiologie
Entlassungsbericht (vorläufig)

Patient: Ewald Steinbüchel, geb. 11.11.1950
Aufnahme 22.06.2026, Entlassung 29.06.2026
Diagnosen: I21.1 NSTEMI; I25.13 Drei-Gefäß-KHK; E11.90 Diabetes mellitus Typ 2
Therapie: PCI mit 2 DES (RIVA, RCX) am 23.06.2026
Medikation bei Entlassung: ASS 100 mg, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg, Metoprolol 47,5 mg, Metformin 1000 mg
AHB beantragt.

Seite 2/3 und 3/3: Laborwerte, Befund Herzkatheter
""")

M("N", "en", "internal", "trap: colleague's out-of-office in English, no personal data", frm="Emma Whitfield <emma.whitfield@versicherer.example>",
  to="International Health Services <ihs@versicherer.example>", ent="kv", subj="Automatic reply: Question about direct billing in Spain", lang="en",
  date="2026-07-01 09:00", headers={"Auto-Submitted": "auto-replied"}, body="""
Thank you for your e-mail. I am out of the office until 20 July with limited access to e-mail.

For claims and pre-authorisations, please contact ihs@versicherer.example or call our 24/7 line +49 221 555-7700. For medical emergencies abroad, please call our assistance service directly.

Emma Whitfield
International Health Services
""")

M("C", "en", "insurer-to-customer", "home insurance quote for a couple with birth dates in dd/mm/yyyy and new address", s="kaya",
  to="Tomás and Inés Romero <romero.family@esmail.example>", subj="Your quote for home contents and liability insurance", lang="en",
  date="2026-07-01 11:15", body="""
Dear Mr and Mrs Romero,

welcome to Cologne! As requested, here is our quote for your new flat:

Policyholders: Tomás Romero (born 14/10/1987) and Inés Romero (born 02/06/1989)
Address: Aachener Straße 660, 50933 Köln, 3rd floor, 92 m²
Household contents, sum insured EUR 60,000 incl. bicycles up to EUR 2,000: EUR 118.40 per year
Family liability, EUR 10 million: EUR 68.90 per year

To accept, simply reply to this e-mail with "accepted" and your IBAN for the direct debit.

Kind regards
""", sigstyle="short")

M("S", "en", "insurer-to-company", "group life death claim: employee died in a cycling accident, cause of death and beneficiaries", s="paulsen",
  to="Rachel Tomlinson <rachel.tomlinson@harwick-eng.example>", subj="Group Life GL 4401 – death of Mr Thomas Weber", lang="en",
  date="2026-07-02 10:30", body="""
Dear Rachel,

please accept our condolences on the death of your colleague Thomas Weber.

We have received the death certificate and the police report: Mr Weber died on 19 June 2026 from severe head injuries after a cycling accident on his way to work. As this was an accident, the supplementary accidental death benefit applies in addition to the group life benefit:

Group life benefit (4 × salary): EUR 384,800
Accidental death supplement: EUR 100,000

According to his nomination form, the benefit goes to his wife, Mrs Sabine Weber. We will contact her directly; please let us have her current address if it differs from the one in your HR system.

Kind regards
Henrik Paulsen
""", sigstyle="name")

M("N", "de", "internal", "trap: template for motor claim letters with placeholders", s="brenner",
  to="Kfz-Schaden Team <kfz-schaden-team@versicherer.example>", subj="Vorlage Abrechnungsschreiben Teilkasko (neu)", date="2026-07-02 14:20", body="""
Hallo zusammen,

ab sofort bitte diese Vorlage für Teilkasko-Abrechnungen verwenden:

Sehr geehrte/r «Anrede» «Name»,

Ihren Schaden vom «Schadendatum» an Ihrem Fahrzeug «Kennzeichen» (Vertrag «Vertragsnummer») rechnen wir wie folgt ab:
Reparaturkosten laut «Beleg»: «Betrag» EUR, abzüglich Selbstbeteiligung «SB» EUR.
Die Zahlung erfolgt an «Zahlungsempfänger».

Ihre Schadenfreiheitsklasse bleibt unverändert, da es sich um einen Teilkaskoschaden handelt.

Markus
""", sigstyle="name")

M("N", "de", "insurer-to-supplier", "trap: data processing agreement draft for a scanning service listing data categories, no person", s="meier",
  to="Vertragsmanagement ScanServ <vertrag@scanserv.example>", subj="AVV Posteingangsdigitalisierung – unsere Anmerkungen",
  date="2026-07-03 10:00", body="""
Sehr geehrte Damen und Herren,

zu Ihrem Entwurf des Auftragsverarbeitungsvertrags unsere Anmerkungen:

1. Anlage 1 (Datenkategorien): Bitte ergänzen um „Gesundheitsdaten (Arztrechnungen, Rezepte, Arztberichte, Gutachten)“ und „Daten, die nach § 203 StGB geschützt sind“. Das ist der Kern des Auftrags.
2. Ihre Mitarbeitenden sind nach § 203 Abs. 4 StGB zur Verschwiegenheit zu verpflichten; bitte als eigene Ziffer.
3. Unterauftragnehmer im Nicht-EU-Ausland lehnen wir ab.
4. Löschung der Scans beim Dienstleister spätestens 14 Tage nach Übergabe.

Mit freundlichen Grüßen
Thomas Meier
Datenschutzbeauftragter
""", sigstyle="short")

M("C", "de", "customer", "customer's mail with overvoltage damage list (CSV) including device serial numbers and policy",
  s="demir", to="Schadenservice Sach <schaden-sach@versicherer.example>", subj="WG: Blitzschaden Geräte – HV 3390 2271",
  date="2026-07-03 13:00", body="""
Bitte anlegen, Überspannung ist im Tarif Komfort mitversichert. Liste im Anhang.
""", sigstyle="name", quote=FW("Ralph Overbeck <ralph.overbeck@dsl-mail.example>", "03.07.2026, 08:30", "aylin.demir@versicherer.example", "Blitzschaden", """Guten Morgen Frau Demir,
wie telefonisch besprochen anbei die Liste der Geräte, die nach dem Gewitter am Mittwoch nicht mehr funktionieren. Haus: Waldstraße 31, 51429 Bergisch Gladbach.
Gruß R. Overbeck"""),
  att=[CSV("Geraeteliste_Overbeck.csv", [["Gerät", "Hersteller/Modell", "Seriennummer", "Kaufjahr", "Neupreis EUR"],
      ["Fernseher", "LG OLED55C3", "309KCRW4X118", "2023", "1499"], ["Router", "FRITZ!Box 7590", "A1B2-3C4D-5E6F", "2021", "229"],
      ["Heizungssteuerung", "Viessmann Vitotronic 200", "7553017004221", "2015", "640"], ["Garagentorantrieb", "Hörmann SupraMatic E", "4511-09-2210", "2019", "410"]],
      sep=",", enc="utf-8", bom=True)])

# ---- d3-0189 … d3-0217 ----------------------------------------

M("N", "de", "newsletter", "trap: customer magazine trivia with a historical physicist's birth date and X-ray wording, no insured person",
  frm="Versicherer Kundenmagazin <newsletter@versicherer.example>", to="newsletter-kunden@versicherer.example", ent="kv",
  subj="Wussten Sie schon? 130 Jahre Röntgenstrahlen", date="2026-07-06 07:00", html=True, body="""
Liebe Leserinnen und Leser,

Wilhelm Conrad Röntgen, geb. 27.03.1845 in Lennep, entdeckte 1895 in Würzburg die „X-Strahlen“. Schon wenige Monate später wurden damit Knochenbrüche diagnostiziert.

Heute ist die Bildgebung aus der Medizin nicht wegzudenken: In Deutschland werden jedes Jahr rund 135 Millionen Röntgenuntersuchungen durchgeführt, dazu kommen CT und MRT. Unser Tipp: Führen Sie einen Röntgenpass – so lassen sich doppelte Aufnahmen vermeiden.

MRT und CT sind in allen unseren Krankenversicherungstarifen versichert, wenn sie ärztlich verordnet sind.

Ihr Redaktionsteam
""")

M("C", "de", "insurer-to-customer", "motor third-party property claim paid to an Austrian tourist: named, AT IBAN, plate; nobody hurt",
  s="brenner", to="Mag. Florian Eibl <florian.eibl@mail-at.example>", subj="Ihr Schaden vom 29.06.2026 in Köln – Regulierung",
  date="2026-07-06 10:20", body="""
Sehr geehrter Herr Mag. Eibl,

unser Versicherungsnehmer hat am 29.06.2026 beim Ausparken in der Tiefgarage am Dom Ihren Wagen (Kennzeichen W-38412E) an der hinteren Stoßstange beschädigt. Verletzt wurde niemand; die Haftung ist unstreitig.

Wir ersetzen die Reparaturkosten laut Kostenvoranschlag Ihrer Werkstatt in Wien (1.318,40 EUR) sowie eine Kostenpauschale von 25 EUR, insgesamt 1.343,40 EUR, auf Ihr Konto {} (Raiffeisenbank Wien).

Mit freundlichen Grüßen
""".format(IB("AT", "3200000012345678")), sigstyle="short")

M("S", "en", "customer", "short mobile reply; the quoted customer mail concerns her insulin pump and sensors", frm="Marta Jankowski <marta.jankowski@versicherer.example>",
  to="Olivia Grant <olivia.grant@phonemail.example>", ent="kv", subj="Re: pump supplies", lang="en", date="2026-07-06 17:55", client="mobile", body="""
Yes, that's fine – send them together at the end of the quarter.
M. Jankowski
""", quote=Q("""Hi Ms Jankowski, quick question: can I send the invoices for the Omnipod pods and the Libre 3 sensors once a quarter instead of every month? The pump company bills monthly but it's a lot of paperwork. Thanks, Olivia Grant (policy GC-2025-10477)"""))

M("N", "de", "insurer-to-broker", "trap: general letter text with the insurer's own company IBAN and an example policy number format",
  s="kowalski", to="Versicherungsbüro Lommer <buero@lommer-versicherungen.example>", subj="AW: Bankverbindung für Überweiser",
  date="2026-07-07 09:30", body="""
Hallo Frau Lommer,

für Ihre Kundinnen und Kunden, die keine Lastschrift möchten, hier noch einmal unsere Bankverbindung für Überweisungen:

Versicherer Allgemeine Versicherung AG
IBAN {}
BIC COLSDE33XXX

Im Verwendungszweck muss immer die Versicherungsnummer stehen. Sie steht oben rechts auf jedem Schreiben und hat das Format „zwei Buchstaben, vier Ziffern, vier Ziffern“ (Beispiel: HV 1234 5678).

Viele Grüße
""".format(IB("DE", "370501980001000555")), sigstyle="short")

M("S", "de", "internal", "internal audit sample (XLSX) of daily sickness claims with named insured persons and ICD codes with suffixes",
  s="kroeger", to="Interne Revision <revision@versicherer.example>", subj="Stichprobe Krankentagegeld Q2 – Ihre Anforderung",
  date="2026-07-07 13:45", body="""
Hallo Herr Kettler,

wie angefordert die Stichprobe der 6 Krankentagegeldfälle, die die Revision prüfen möchte. Die Akten sind für Ihre Kennung bis 31.07. freigeschaltet. Die Datei bitte nur im Revisionslaufwerk ablegen.

Viele Grüße
Sabine Kröger
""", sigstyle="name", att=[XLSX("Stichprobe_KTG_Q2_2026.xlsx", {"Stichprobe": [
    ["Fall", "Versicherte/r", "Vers.-Nr.", "AU seit", "ICD", "Tage bezahlt", "Betrag EUR"],
    ["KTG-26-0412", "Pütz, Sandra", "KT 2290 1135", "2026-01-12", "M54.4 G; F43.2 G", 84, 7140.00],
    ["KTG-26-0518", "Brauckmann, Stefanie", "KT 3318 0091", "2026-05-26", "F32.1 G", 0, 0.00],
    ["KTG-26-0533", "Hoxha, Arben", "KT 1107 4421", "2026-03-02", "S82.6 R", 61, 4270.00],
    ["KTG-26-0601", "Lindemann, Gert", "KT 0981 2234", "2026-02-16", "C18.7 G", 112, 16800.00],
    ["KTG-26-0644", "Sommer, Elke", "KT 5530 1190", "2026-04-01", "M17.1 B; Z96.6 L", 45, 3150.00],
    ["KTG-26-0702", "Yüksel, Murat", "KT 2271 0083", "2026-04-20", "J12.8 V", 14, 980.00]]}, author="Sabine Kröger")])

M("C", "en", "insurer-to-company", "confirmation to a landlord's agent that a named tenant holds liability insurance with policy number", s="kaya",
  to="Lettings Team <lettings@rheinhome-immobilien.example>", subj="Confirmation of liability insurance – tenant Ms Yuki Tanaka", lang="en",
  date="2026-07-08 09:00", body="""
Dear Sir or Madam,

at the request of our customer we confirm that Ms Yuki Tanaka, Brüsseler Platz 3, 50672 Köln, holds a private liability insurance with us under policy PH 6631 0927, sum insured EUR 10 million, including damage to rented property. The policy has been in force since 1 May 2026 and is not under notice.

This confirmation does not extend the cover.

Kind regards
""", sigstyle="short")

M("N", "en", "internal", "trap: list of partner dentists with practice addresses (professionals, no patients)", s="wendland",
  to="Customer Service <kundenservice@versicherer.example>", subj="Updated list of partner dental practices (Cologne/Bonn)", lang="en",
  date="2026-07-08 11:10", body="""
Hi team,

customers keep asking for English-speaking dentists. These partner practices (fixed fee schedule, direct billing) confirmed English-language treatment:

[[t]]

You may give these details to customers; they are public practice data.

Tobias
""", sigstyle="name", tables={"t": ([["practice", "address", "phone"], ["Zahnarztpraxis Dr. Elena Kaufmann", "Hohenzollernring 18, Köln", "0221 555 0811"],
    ["Dental Studio Rheinauhafen", "Im Zollhafen 2, Köln", "0221 555 0922"], ["Dr. med. dent. Omar Haddad", "Poppelsdorfer Allee 40, Bonn", "0228 555 0133"]], "pad")})

M("S", "de", "insurer-to-customer", "prenatal screening (NIPT) reimbursement for the addressee's pregnancy",
  s="kroeger", to="Johanna Birkenstock <johanna.birkenstock@mail-web.example>", subj="Erstattung Ihrer Rechnung vom 01.07.2026 (Praxis Dr. Feldhaus)",
  date="2026-07-09 10:15", body="""
Liebe Frau Birkenstock,

die Rechnung Ihrer Frauenärztin Dr. Feldhaus über die Ultraschalluntersuchungen in der 12. Schwangerschaftswoche (Ersttrimester-Screening mit Nackentransparenzmessung) erstatten wir mit 186,42 EUR.

Der nicht-invasive Pränataltest (NIPT) des Labors Genomica über 249,00 EUR ist ebenfalls erstattungsfähig, da Ihre Ärztin ihn nach dem auffälligen Screening-Ergebnis empfohlen hat. Insgesamt überweisen wir 435,42 EUR.

Wir wünschen Ihnen eine gute weitere Schwangerschaft.

Viele Grüße
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "cancellation confirmation for a household policy with the named customer's new address abroad and refund",
  s="kaya", to="Marlies Oberdörfer <marlies.oberdoerfer@posteo.example>", subj="Kündigungsbestätigung Hausrat HV 1108 9920",
  date="2026-07-09 13:30", body="""
Sehr geehrte Frau Oberdörfer,

wir bestätigen die Kündigung Ihrer Hausratversicherung HV 1108 9920 wegen Ihres Umzugs nach Portugal zum 31.07.2026.

Für die Zeit ab 01.08.2026 erstatten wir anteilig 54,20 EUR. Ihre neue Anschrift haben wir gespeichert: Rua das Flores 112, 4050-265 Porto, Portugal.

Ihre Privathaftpflicht PH 1108 9921 läuft weiter; sie gilt auch bei einem dauerhaften Aufenthalt in der EU.

Alles Gute für den Neuanfang!
""", sigstyle="short")

M("N", "de", "internal", "trap: sample invoice for GOÄ training with placeholder patient Max Mustermann", s="jankowski",
  to="Azubis Leistung <azubis-leistung@versicherer.example>", subj="Übungsrechnung GOÄ – bitte bis Freitag prüfen",
  date="2026-07-10 08:30", body="""
Liebe Azubis,

hier eine Übungsrechnung (ausgedacht, Patient ist Max Mustermann). Bitte prüft, welche Positionen nebeneinander abrechenbar sind und wo der Faktor begründet werden muss:

[[t]]

Besprechung am Freitag um 10 Uhr.
Marta
""", sigstyle="name", tables={"t": ([["GOÄ", "Leistung", "Faktor", "Betrag"], ["1", "Beratung", "2,3", "10,72"], ["3", "eingehende Beratung", "2,3", "20,11"],
    ["5", "symptombezogene Untersuchung", "2,3", "10,72"], ["410", "Ultraschall eines Organs", "3,5", "40,80"], ["420", "je weiteres Organ (2x)", "2,3", "26,82"]], "pad")})

M("S", "en", "insurer-to-customer", "skiing accident in Austria: ACL tear of the addressee, accident benefit and surgery", s="albrecht",
  to="Benjamin Hollis <ben.hollis@uk-mail.example>", subj="Your accident insurance – skiing accident in Ischgl", lang="en",
  date="2026-07-10 11:00", body="""
Dear Mr Hollis,

we have received the operation report from Sanatorium Kettenbrücke in Innsbruck. After the fall on 14 February you had a complete tear of the anterior cruciate ligament of your right knee, which was reconstructed with a hamstring graft on 17 February.

From your accident policy UV 4471 2290 we pay:
- hospital daily benefit 4 days × EUR 50 = EUR 200
- recovery benefit EUR 200
- cost of the helicopter rescue (EUR 4,280) under the search and rescue cover

Whether a permanent impairment remains can only be assessed after the end of treatment, at the earliest 12 months after the accident. Please remind us in February 2027.

Kind regards
""")

M("C", "de", "insurer-to-customer", "instalment agreement for motor premium arrears with the named customer stating social benefits",
  s="becker", to="Sven Kallenbach <sven.kallenbach@mailbox-k.example>", subj="Ihre Ratenzahlung – Kfz-Vertrag KF 3301 7742",
  date="2026-07-13 09:40", body="""
Hallo Herr Kallenbach,

danke für Ihren Anruf. Wie besprochen vereinbaren wir für den Rückstand von 486,30 EUR eine Ratenzahlung:

6 Raten à 81,05 EUR, jeweils zum 15. des Monats, beginnend am 15.08.2026.

Sie haben uns gesagt, dass Sie derzeit Bürgergeld beziehen (Bescheid des Jobcenters Köln vom 02.06.2026) und deshalb keine höhere Rate möglich ist. Solange die Raten pünktlich kommen, bleibt der Versicherungsschutz bestehen.

Viele Grüße
""", sigstyle="short")

M("N", "en", "insurer-to-partner", "trap: conference invitation with a named medical speaker, no patient data", s="hasselbach",
  to="Underwriting Forum Members <forum@underwriting-forum.example>", subj="Invitation: Underwriting Forum 2026 – diabetes technology and insurability", lang="en",
  date="2026-07-13 14:00", body="""
Dear colleagues,

we are delighted to host this year's Underwriting Forum in Cologne on 8 October 2026.

Keynote: Prof. Dr. med. Anna Roth (Diabetes Centre, University Hospital Düsseldorf) on "Closed-loop insulin systems – what they mean for mortality and disability risk".
Panel: Treating mental health histories fairly in disability underwriting.
Workshop: Reading cardiology reports – ejection fraction, stents and what matters.

Registration by 15 September. The event is free for members.

Kind regards
Dr. Ulrike Hasselbach
""", sigstyle="name")

M("S", "de", "broker", "HTML-only broker portal message with the applicant's health-question answers in a table",
  frm="Maklerportal <maklerportal-noreply@versicherer.example>", to="Antragsbearbeitung Kranken <antrag-kv@versicherer.example>", ent="kv",
  subj="Neuer Antrag über Maklerportal: KV-Voll, Antragsteller Kolja Wiesner", date="2026-07-14 08:05", body=None, client="system", mailer="Maklerportal 4.1",
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p><b>Neuer Antrag eingegangen</b> (Vermittler 40-7713, Agentur Demirel)</p>
<p>Tarif: KV-Voll Komfort 300 &middot; Beginn 01.08.2026 &middot; Antragsteller: Kolja Wiesner, geb. 03.01.1990, Selbständiger (IT-Berater)</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Frage</th><th>Antwort</th><th>Erläuterung</th></tr>
<tr><td>Ambulante Behandlungen (3 Jahre)</td><td>ja</td><td>Hausarzt 2025: Bluthochdruck, Ramipril 5 mg seit 09/2025</td></tr>
<tr><td>Stationäre Behandlungen (5 Jahre)</td><td>ja</td><td>2023 Leistenbruch-OP, Krankenhaus Porz, 2 Tage</td></tr>
<tr><td>Psychotherapie (10 Jahre)</td><td>nein</td><td></td></tr>
<tr><td>Fehlende Zähne</td><td>1</td><td>Zahn 46, Implantat geplant</td></tr>
<tr><td>Größe / Gewicht</td><td>184 cm / 102 kg</td><td></td></tr>
</table>
<p>Bitte im Antragssystem bearbeiten.</p>
</body></html>
""")

M("N", "de", "insurer-to-broker", "trap: list of partner rehab clinics with addresses for brokers, no patient", s="sauer",
  to="maklerinfo-nord@versicherer.example", subj="Unsere Partnerkliniken für Reha und Anschlussheilbehandlung", date="2026-07-14 10:30", body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

Ihre Kundinnen und Kunden fragen oft, welche Reha-Kliniken mit uns direkt abrechnen. Hier die aktuelle Liste der Partnerkliniken in NRW:

- Klinik Sonnenhang, Bad Neuenahr – Orthopädie, Kardiologie
- Rehaklinik Lindenallee, Bad Honnef – Orthopädie, Neurologie
- Klinik am Rosengarten, Bad Oeynhausen – Orthopädie, Psychosomatik
- Fachklinik Eifelblick, Bad Münstereifel – Psychosomatik, Sucht

In allen Partnerkliniken ist das Einzelzimmer ohne Aufpreis, wenn der Tarif Einbettzimmer vorsieht.

Herzliche Grüße
""", sigstyle="short")

M("C", "en", "insurer-to-customer", "household contract split after divorce: named ex-spouses, new addresses and policy", s="kaya",
  to="Laura Pinheiro <laura.pinheiro@mailpt.example>", subj="Your household insurance after the separation", lang="en",
  date="2026-07-15 09:20", body="""
Dear Ms Pinheiro,

as agreed, we have split the joint household contents policy HV 2218 7701:

- You continue the policy HV 2218 7701 at the family flat, Neusser Wall 12, 50670 Köln, as sole policyholder from 1 August 2026.
- Your former husband, Mr Rui Pinheiro, has taken out a new policy HV 2218 9934 for his new flat in Leverkusen.

The premium for your policy is reduced to EUR 132.00 per year, as the sum insured goes down to EUR 45,000. Please let us have your own bank account details for the direct debit; the joint account will no longer be used.

Kind regards
""")

M("S", "de", "insurer-to-customer", "child and adolescent psychotherapy for the addressee's daughter, sessions and therapist named",
  s="kroeger", to="Dr. Axel Rennebaum <axel.rennebaum@praxis-mail.example>", subj="Psychotherapie Ihrer Tochter Charlotte – Verlängerung",
  date="2026-07-15 14:00", body="""
Sehr geehrter Herr Dr. Rennebaum,

der Verlängerungsbericht von Frau Dipl.-Psych. Wegener ist bei unserem beratenden Arzt eingegangen. Wir übernehmen die Kosten für weitere 20 Sitzungen Kinder- und Jugendlichenpsychotherapie (Verhaltenstherapie) für Charlotte, dazu 5 Sitzungen mit den Bezugspersonen.

Bisher bewilligt und abgerechnet: 45 Sitzungen seit Oktober 2025. Damit sind insgesamt 65 Sitzungen genehmigt.

Da Charlotte im September 16 wird, kann sie die Korrespondenz künftig auch selbst erhalten, wenn Sie beide das möchten.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "en", "internal", "trap: internal audit finding about unencrypted mails in Q1 without details", s="fischer",
  to="Board office <vorstandsbuero@versicherer.example>", subj="Audit finding IS-2026-07: e-mail encryption", lang="en",
  date="2026-07-16 10:00", body="""
Dear Ms Zimmer,

summary of audit finding IS-2026-07 for the board:

In Q1 2026, 3 e-mails with health data and 11 e-mails with other confidential data left the company over opportunistic TLS only, because the senders had removed the subject tag manually. No recipient outside the intended ones was affected, and the data protection officer assessed none of the cases as reportable.

Measures: the gateway will no longer allow senders to downgrade a classification without a documented reason (go-live September); refresher training for the teams concerned.

Kind regards
Tim Fischer
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "hunting liability: named hunter with hunting licence number and district", s="kaya",
  to="Reinhold Schmitz-Waldeck <r.schmitz-waldeck@forstmail.example>", subj="Ihre Jagdhaftpflicht JH 0093 4471 – Nachweis für die Jagdscheinverlängerung",
  date="2026-07-16 13:15", body="""
Sehr geehrter Herr Schmitz-Waldeck,

anbei der Versicherungsnachweis für die Untere Jagdbehörde des Rhein-Sieg-Kreises:

Versicherungsnehmer: Reinhold Schmitz-Waldeck, geb. 19.09.1958, Eitorf
Jagdschein Nr. RSK-1984-0772
Jagdhaftpflicht JH 0093 4471: 5 Mio. EUR pauschal für Personen- und Sachschäden, 10 Jagdhunde mitversichert
Versicherungsdauer: 01.04.2026 – 31.03.2027

Waidmannsheil!
""", sigstyle="short")

M("S", "en", "customer", "expat sends a doctor's invoice as PDF; body only says 'invoice attached'", s="whitfield",
  to="Claims processing <ihs-claims@versicherer.example>", subj="FW: invoice", lang="en", date="2026-07-17 08:40", body="""
Please process under GC-2024-88213 (Mr Arjun Mehta). Cardiology, so check whether the pre-authorisation for the echo was needed – I think not for outpatient.
Emma
""", sigstyle="name", quote=FW("Arjun Mehta <arjun.mehta@india-mail.example>", "Thu, 16 Jul 2026 22:10", "ihs@versicherer.example", "invoice", """invoice attached
Arjun""", lang="en"),
  att=[PDF("Rechnung_Kardiologie_Juli.pdf", [("h", "Kardiologische Praxis am Ring – Dr. med. Stefan Rauh"),
      "Privatrechnung Nr. 2026-07-0412 vom 14.07.2026",
      "Patient: Arjun Mehta, geb. 12.05.1976, Köln",
      "Diagnosen: I48.0 G paroxysmales Vorhofflimmern; I10.00 G essentielle Hypertonie",
      ("t", [["Datum", "GOÄ", "Leistung", "Faktor", "EUR"], ["14.07.2026", "3", "eingehende Beratung", "2,3", "20,11"],
             ["14.07.2026", "651", "EKG", "1,8", "26,54"], ["14.07.2026", "424", "Echokardiographie", "1,8", "73,37"],
             ["14.07.2026", "659", "Langzeit-EKG", "1,8", "48,27"]]),
      "Rechnungsbetrag: 168,29 EUR"], title="Rechnung")])

M("N", "de", "internal", "trap: parking space allocation, no personal data", s="richter",
  to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Tiefgarage: neue Vergabe der Stellplätze ab 1. September", date="2026-07-17 11:00", body="""
Liebe Kolleginnen und Kollegen,

ab 1. September werden die Stellplätze in der Tiefgarage neu vergeben. Vorrang haben wie bisher Schwerbehinderte und Kolleginnen und Kollegen mit ärztlich bescheinigtem Bedarf (die Bescheinigung geht verschlossen an den Betriebsarzt, nicht an Facility), danach Fahrgemeinschaften.

Bewerbungen bis 7. August über das Intranet-Formular. E-Ladeplätze werden stundenweise über die App gebucht.

Anja Richter
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "life insurance premium holiday / paid-up status for the named customer — personal line, no medical word",
  s="haas", to="Tamara Wüllenweber <tamara.wuellenweber@jobmail.example>", subj="Beitragsfreistellung Ihrer Rentenversicherung RV 0088 2214 771",
  date="2026-07-20 09:10", body="""
Sehr geehrte Frau Wüllenweber,

wie gewünscht stellen wir Ihre private Rentenversicherung RV 0088 2214 771 zum 01.08.2026 beitragsfrei. Ihre Beiträge von 150,00 EUR monatlich entfallen damit.

Garantierte Rente ab 01.08.2052 nach Beitragsfreistellung: 212,40 EUR monatlich (bisher 618,90 EUR bei Beitragszahlung bis Ablauf).
Die mitversicherte Berufsunfähigkeits-Zusatzversicherung entfällt mit der Beitragsfreistellung.

Sie können die Beitragszahlung innerhalb von drei Jahren ohne erneute Gesundheitsprüfung wieder aufnehmen.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-company", "condominium buildings policy: list of named unit owners with unit numbers and shares", s="demir",
  to="Hausverwaltung Brenner & Co. <verwaltung@brenner-hv.example>", subj="Owners' association Lindenthaler Hof – water damage unit 7", lang="en",
  date="2026-07-20 14:30", body="""
Dear Mr Brenner,

regarding the water damage in the owners' association Lindenthaler Hof (buildings policy WG 7713 0021), we need to know which owners are affected. According to your list:

Unit 4 (1st floor left): Dr. Isabel Marquardt
Unit 7 (2nd floor left): Mr and Mrs Dieter and Ulrike Blanck – source of the leak
Unit 10 (3rd floor left): Mr Leon Achterfeld, currently let to tenants

Please confirm whether the parquet in unit 4 is part of the common property or the special property of Dr. Marquardt; this determines whether the buildings policy or her household insurance pays.

Kind regards
""")

M("N", "de", "insurer-to-customer", "trap: product information on daily sickness allowance for a prospect, generic", s="nguyen",
  to="Moritz Hagedorn <moritz.hagedorn@selbststaendig.example>", subj="Krankentagegeld für Selbstständige – Ihre Anfrage", date="2026-07-21 09:30", body="""
Hallo Herr Hagedorn,

danke für Ihre Anfrage. Kurz zu Ihren allgemeinen Fragen:

- Das Krankentagegeld zahlt ab dem vereinbarten Tag (Karenzzeit, z. B. ab dem 22. oder 43. Tag) für jeden Tag der Arbeitsunfähigkeit.
- Versichern können Sie bis zu 100 % Ihres durchschnittlichen Nettoeinkommens der letzten zwölf Monate.
- Bei Berufsunfähigkeit endet das Krankentagegeld; dafür ist eine BU-Versicherung gedacht.
- Eine Gesundheitsprüfung gibt es mit dem Antrag.

Für ein Angebot brauche ich Ihr Geburtsdatum, Ihren Beruf und das gewünschte Tagegeld. Gern über unser sicheres Kontaktformular.

Viele Grüße
""", sigstyle="short")

M("S", "en", "insurer-to-customer", "reply to a customer about 'your prescriptions' with strong painkillers, without a diagnosis", s="whitfield",
  to="Jack Thornbury <jack.thornbury@mail-au.example>", subj="Your prescriptions from June", lang="en", date="2026-07-21 13:20", body="""
Dear Mr Thornbury,

we have reimbursed your prescriptions from June (EUR 284.10):

- oxycodone/naloxone 20/10 mg prolonged-release tablets, 100
- pregabalin 150 mg, 56
- pantoprazole 40 mg, 100

Please note that prescriptions for narcotics (BtM prescriptions) must be submitted with the yellow copy stamped by the pharmacy. We accepted the photo this time.

Kind regards
""", sigstyle="short")

M("N", "en", "insurer-to-customer", "trap: reactive-permission auto-answer refusing to mail content, no data", frm="Versicherer Kundenservice <kundenservice-noreply@versicherer.example>",
  to="unknown.sender@mail-random.example", subj="Your message to Versicherer – please use our secure contact form", lang="en", date="2026-07-22 10:01", body="""
Dear Sir or Madam,

thank you for your message. For data protection reasons we only answer by e-mail to addresses that you have confirmed as yours in a contract or by a previous e-mail exchange.

Please send us your request through our secure contact form at www.versicherer.example/contact or call us on +49 221 555-3000. We will then reply through your secure mailbox.

This message was generated automatically.
""", mailer="Siegel Gateway")

M("C", "de", "insurer-to-customer", "sole-trader bakery break-in: named owner, business contents policy, stolen cash and address",
  s="hartmann", to="Bäckerei Wolfgarten – Inh. Günter Wolfgarten <baeckerei.wolfgarten@handwerk-mail.example>", subj="Einbruch in Ihre Filiale – Inhaltsversicherung GI 2290 4418",
  date="2026-07-22 11:45", body="""
Sehr geehrter Herr Wolfgarten,

den Einbruch in Ihre Filiale in der Dürener Straße 88, 50931 Köln, in der Nacht zum 20.07.2026 haben wir unter GI-26-00318 aufgenommen. Gestohlen wurden laut Ihrer Aufstellung:

- Bargeld aus dem Tresor: 2.340,00 EUR (Tageseinnahmen Samstag)
- Kassensystem mit Tablet: 1.890,00 EUR
- Kaffeevollautomat: 3.200,00 EUR

Bargeld ist im verschlossenen Tresor bis 5.000 EUR versichert. Bitte senden Sie uns noch das Kassenbuch vom 18. und 19.07. sowie die Stehlgutliste der Polizei.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "de", "internal", "trap: health day for staff with anonymous back-screening statistics", s="weiss",
  to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Rückblick Gesundheitstag: 412 Teilnehmende", date="2026-07-23 09:00", html=True, body="""
Liebe Kolleginnen und Kollegen,

danke an alle, die beim Gesundheitstag mitgemacht haben! Ein paar Ergebnisse (anonym, aus den Rückmeldebögen):

- 412 Teilnehmende, davon 236 beim Rückenscreening
- 58 % sitzen mehr als sieben Stunden am Tag
- 31 % würden gern einen höhenverstellbaren Schreibtisch nutzen
- Die meisten Wünsche für Kurse: Rückenfit, Yoga, Stressbewältigung

Die individuellen Ergebnisse des Screenings haben nur die Teilnehmenden selbst erhalten.

Ihr Gesundheitsmanagement
""", sigstyle="name")

M("C", "en", "insurer-to-customer", "pet insurance: cat's dental extraction (animal health) for a named owner", s="wagner",
  to="Chloé Martin <chloe.martin@mailfr.example>", subj="Dental treatment for Minou – claim T-26-04412", lang="en",
  date="2026-07-23 14:40", body="""
Dear Ms Martin,

we have processed the invoice from Tierarztpraxis Sülz for Minou's dental treatment under anaesthesia (scaling and extraction of two resorbed teeth, 18 July 2026): EUR 612.30.

Your pet health policy TK 7710 0318 covers dental treatment after illness at 80 %: EUR 489.84 will be transferred to your account this week.

Get well soon, Minou!
""", sigstyle="short")

# ---- d3-0218 … d3-0242 ----------------------------------------

M("N", "en", "insurer-to-partner", "trap: press statement about a ransomware attack on a hospital, no patient data", s="baumann",
  to="Newsdesk <newsdesk@rhein-zeitung.example>", subj="RE: Request for comment – cyber attack on Klinikum Nordstadt", lang="en",
  date="2026-07-24 12:30", body="""
Dear Mr Albers,

our statement, which you may quote in full:

"We are aware of the cyber attack on Klinikum Nordstadt. Our own systems are not affected; we do not have a direct data connection to the hospital's network. Invoices from the hospital reach us through an encrypted exchange that is currently paused as a precaution. Patients insured with us do not need to do anything: if the hospital cannot bill us for the time being, no one will be asked to pay in advance."

We will not comment on individual patients or on the hospital's IT security.

Kind regards
Julia Baumann
""", sigstyle="name")

M("C", "de", "broker", "broker's accident report for a motor liability claim with two named drivers and plates, nobody hurt",
  s="brenner", to="Kfz-Schaden Team <kfz-schaden-team@versicherer.example>", subj="WG: Schadenmeldung Auffahrunfall Kunde Hüsken",
  date="2026-07-27 08:50", body="""
Bitte anlegen, KH-Schaden. Haftung nach Schilderung eindeutig bei unserem VN.
""", sigstyle="name", quote=FW("Versicherungsbüro Lommer <buero@lommer-versicherungen.example>", "24.07.2026, 17:12", "kfz-schaden@versicherer.example", "Schadenmeldung Auffahrunfall", """Hallo,

Schadenmeldung für meinen Kunden:

VN/Fahrer: Matthias Hüsken, KF 4410 2287, Kennzeichen GL-MH 220 (Seat Leon)
Unfallgegner: Frau Ramona Kirchhoff, Kennzeichen K-RK 1404 (Toyota Yaris), Halterin und Fahrerin
Ort/Zeit: 24.07.2026, ca. 16:30, Bensberger Marktweg / Ampel
Hergang: Kunde ist an der Ampel aufgefahren, weil er kurz aufs Navi geschaut hat. Heckschaden beim Gegner, Frontschaden beim Kunden. Polizei war nicht da, keine Verletzten, beide fahrbereit.

Frau Kirchhoff hat die Kontaktdaten, Telefon 0176 5550 3319.

Gruß
A. Lommer"""))

M("S", "de", "internal", "explicit sender marking [streng vertraulich] on a short internal note about a claim file (label by explicit marking)",
  s="brinkmann", to="Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>", subj="[streng vertraulich] Fall 2026-0412 – Unterlagen im Portal",
  date="2026-07-27 11:05", body="""
Hallo Frau Dr. Hasselbach,

die Unterlagen zum Fall 2026-0412 liegen jetzt vollständig in der E-Akte. Können Sie bis Mittwoch draufschauen? Ich würde die Entscheidung gern vor meinem Urlaub rausschicken.

Danke
Ole
""", sigstyle="name")

M("N", "de", "insurer-to-broker", "trap: broker info on care reform amounts per care level, generic", s="vogel",
  to="maklerinfo-sued@versicherer.example", subj="Pflegereform: die neuen Leistungsbeträge auf einen Blick", date="2026-07-28 09:00", body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

zur Beratung Ihrer Kundinnen und Kunden hier die aktuellen Leistungen der Pflegepflichtversicherung (monatlich):

[[t]]

Die Lücke zwischen den Kosten eines Pflegeheimplatzes und diesen Leistungen beträgt im Bundesdurchschnitt weiterhin rund 3.000 EUR im Monat. Genau da setzt Pflege Plus an.

Herzliche Grüße
""", sigstyle="short", tables={"t": ([["Pflegegrad", "Pflegegeld", "Sachleistung", "vollstationär"], ["2", "347 EUR", "796 EUR", "805 EUR"],
    ["3", "599 EUR", "1.497 EUR", "1.319 EUR"], ["4", "800 EUR", "1.859 EUR", "1.855 EUR"], ["5", "990 EUR", "2.299 EUR", "2.096 EUR"]], "pad")})

M("C", "en", "insurer-to-customer", "student's liability claim: damaged borrowed laptop of a named friend, policy and amount", s="oltmanns",
  to="Mehmet Can Özdemir <mc.oezdemir@uni-mail.example>", subj="Your liability claim – your friend's laptop", lang="en",
  date="2026-07-28 10:40", body="""
Dear Mr Özdemir,

you reported that you knocked a glass of water over the laptop of your fellow student, Ms Johanna Riedl, during a study session on 21 July. Your liability policy PH 9918 0442 (student tariff) covers this.

The repair shop says the mainboard cannot be repaired. Ms Riedl's laptop (Lenovo ThinkPad, bought 2023 for EUR 1,150) has a current value of EUR 640. We will pay this amount to Ms Riedl as soon as she sends us her bank details.

Kind regards
""", sigstyle="short")

M("N", "de", "internal", "trap: data protection annual report with aggregate counts of access requests and breaches", s="meier",
  to="Vorstand <vorstand@versicherer.example>", subj="Tätigkeitsbericht Datenschutz 1. Halbjahr 2026", date="2026-07-29 08:30", body="""
Sehr geehrte Damen und Herren des Vorstands,

Kurzfassung des Tätigkeitsberichts für das erste Halbjahr 2026:

- Auskunftsersuchen nach Art. 15 DSGVO: 388 (Vorjahr 1. HJ: 341), durchschnittliche Bearbeitungszeit 17 Tage
- Löschanträge: 112, davon 64 umgesetzt, 48 wegen Aufbewahrungspflichten abgelehnt
- Datenschutzvorfälle: 21 intern gemeldet, 2 an die Aufsichtsbehörde gemeldet (Fehlversand eines Gutachtens an eine falsche Anschrift; Verlust eines Dienstlaptops, verschlüsselt)
- Schulungsquote: 94 %

Der vollständige Bericht liegt im Gremienportal.

Mit freundlichen Grüßen
Thomas Meier
""", sigstyle="short")

M("S", "en", "insurer-to-customer", "travel health: hospital treatment in Thailand for dengue fever of the addressee", s="seidel",
  to="Kim Dreyer <kim.dreyer@backpack-mail.example>", subj="Your hospital bill from Bangkok – claim RK-26-01177", lang="en",
  date="2026-07-29 13:10", body="""
Dear Ms Dreyer,

we are glad you are feeling better. We have paid Bumrungrad International Hospital directly for your 4-day inpatient stay (dengue fever with low platelet count, 11–15 July 2026): THB 168,400 (approx. EUR 4,310).

From your own payments we will reimburse the outpatient visit before the admission and the pharmacy receipt after discharge (THB 3,920) once you have sent us the receipts.

Your annual travel health policy RK 2026 3318 continues unchanged.

Kind regards
""", sigstyle="short")

M("N", "en", "insurer-to-supplier", "trap: translation agency quote request for medical report translation, no documents attached", s="odonnell",
  to="Projects LinguaMed <projects@linguamed.example>", subj="Quote request – framework for medical translations EN/DE/FR/ES", lang="en",
  date="2026-07-30 09:15", body="""
Dear LinguaMed team,

we are looking for a partner to translate medical reports, discharge letters and invoices for our international health business (approx. 1,500 pages per year, EN/FR/ES into German and back).

Requirements:
- medically qualified translators, confidentiality agreement and commitment under § 203 StGB
- exchange only through our secure mailbox, no e-mail attachments
- turnaround 3 working days, urgent 24 h

Please send us your price per standard line and a sample translation of a public medical text of your choice. We will not send real documents before a contract is signed.

Kind regards
Siobhan O'Donnell
""", sigstyle="short")

M("C", "de", "internal", "explicit sender marking [vertraulich] on an internal mail about the supervisory board, no personal data (label by explicit marking)",
  s="zimmer", to="Vorstand <vorstand@versicherer.example>", subj="[vertraulich] Unterlagen Aufsichtsratssitzung 18.09.2026",
  date="2026-07-30 16:00", body="""
Sehr geehrte Damen und Herren,

die Unterlagen für die Aufsichtsratssitzung am 18.09.2026 sind ab sofort im Gremienportal eingestellt (Ordner AR-2026-03). Bitte geben Sie Ihre Vorlagen bis 28.08.2026 frei.

Tagesordnung u. a.: Halbjahreszahlen, Strategie 2030, Kapitalanlage, Bericht der Revision.

Mit freundlichen Grüßen
Heike Zimmer
""", sigstyle="name")

M("N", "de", "insurer-to-customer", "trap: one-time password mail for the secure mailbox, credential only", frm="Versicherer SecureMail <securemail-noreply@versicherer.example>",
  to="j.berghaus@mailpost.example", subj="Ihr Einmal-Passwort für das sichere Postfach", date="2026-07-31 08:12", body="""
Guten Tag,

für Sie wurde ein sicheres Postfach eingerichtet. Ihr Einmal-Passwort lautet:

   Kx7!mQ2p-Rt

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das Einmal-Passwort ist 7 Tage gültig.

Diese Nachricht wurde automatisch erstellt.
""", mailer="Siegel Gateway")

M("S", "de", "insurer-to-customer", "mother-child spa cure (Mutter-Kind-Kur) for the addressee with indication and clinic",
  s="sauer", to="Nadine Großkopf <nadine.grosskopf@familienpost.example>", subj="Ihre Mutter-Kind-Kur auf Norderney",
  date="2026-08-03 10:00", body="""
Liebe Frau Großkopf,

wir freuen uns, Ihnen mitteilen zu können, dass wir die Kosten für die Mutter-Kind-Vorsorgemaßnahme in der Klinik Seeblick auf Norderney übernehmen (3 Wochen, 28.09.–19.10.2026, Sie und Ihr Sohn Ben).

Ihr Hausarzt begründet die Maßnahme mit Ihrer Erschöpfung als Alleinerziehende und wiederkehrenden Rückenbeschwerden, bei Ben mit der Neurodermitis und den häufigen Atemwegsinfekten. Versichert sind Unterkunft, Verpflegung und die Therapien; Ihre Zuzahlung beträgt 10 EUR pro Tag für Sie, für Ben keine.

Erholsame Wochen an der See!
""", sigstyle="short")

M("C", "en", "insurer-to-customer", "rent deposit guarantee for a named customer with net income in GBP and employer", s="kaya",
  to="Harriet Cole <harriet.cole@londonmail.example>", html=True, subj="Your rent deposit guarantee – approved", lang="en",
  date="2026-08-03 14:20", body="""
Dear Ms Cole,

good news: your rent deposit guarantee for the flat at Eigelstein 74, 50668 Köln (deposit EUR 3,300, landlord Immobilien Wirtz GmbH) is approved.

We based our decision on your employment contract with Rheinland Biotech GmbH starting 1 September 2026 (net salary EUR 3,950 per month) and on your UK payslips for May–July (net GBP 2,980 per month).

Annual fee: 4.5 % of the deposit = EUR 148.50. The guarantee certificate goes directly to your landlord.

Kind regards
""", sigstyle="short")

M("N", "de", "internal", "trap: hail event with claims counts per region, aggregate", s="demir",
  to="Schadenservice Sach alle <schaden-sach-alle@versicherer.example>", subj="Hagel Süddeutschland – Lage Montag früh", date="2026-08-03 07:30", body="""
Guten Morgen zusammen,

Stand 7 Uhr nach dem Hagelunwetter am Samstag:

- Wohngebäude: 4.180 Meldungen (Schwerpunkt Landkreis Reutlingen, Tübingen, Esslingen)
- Hausrat: 620 Meldungen
- Kfz Teilkasko: 7.950 Meldungen, davon 2.300 über die App
- geschätzter Gesamtschaden: 38–45 Mio. EUR

Ab heute Sonderdienst: Schadenaufnahme Kfz bis 22 Uhr, Gutachtereinsatz nach Schadenhöhe priorisiert. Überstunden bitte im Zeitsystem mit Kennzeichen HAGEL26 buchen.

Aylin
""", sigstyle="name")

M("C", "de", "insurer-to-company", "motor insurance confirmation for a leasing company with VIN and the named lessee", s="engel",
  to="Vertragsservice Mobilia Leasing <versicherung@mobilia-leasing.example>", subj="Versicherungsbestätigung Leasingvertrag 2026-LV-88172",
  date="2026-08-04 09:00", body="""
Sehr geehrte Damen und Herren,

wir bestätigen für das Leasingfahrzeug Ihres Kunden:

Leasingnehmer: Herr Dr. Volker Brandhorst, Marienburger Str. 30, 50968 Köln
Fahrzeug: Mercedes-Benz EQE 300, FIN W1K2950121A004711
Kennzeichen: K-VB 300E
Versicherungsschutz: Haftpflicht und Vollkasko (SB 500 EUR) ab 01.08.2026, Vertrag KF 9981 2207
Sicherungsschein zu Ihren Gunsten erteilt.

Mit freundlichen Grüßen
""", sigstyle="short")

M("S", "en", "insurer-to-customer", "HIV PrEP prescription and lab tests reimbursed for the addressee (sexual health)", s="whitfield",
  to="Luca Bianchi <luca.bianchi@mailit.example>", subj="Your prescription and lab invoice – reimbursed", lang="en",
  date="2026-08-04 11:45", body="""
Dear Mr Bianchi,

we have reimbursed:

- emtricitabine/tenofovir disoproxil 200/245 mg, 90 tablets (PrEP), pharmacy receipt of 28 July: EUR 52.60
- laboratory invoice Labor Dr. Wisplinghoff (HIV test, creatinine, hepatitis and syphilis serology): EUR 96.48

The quarterly check-ups required for PrEP are covered under your plan without limitation.

Kind regards
""", sigstyle="short")

M("N", "en", "internal", "trap: reinsurance treaty wording excerpt defining pre-existing conditions, no person", s="stone",
  to="Legal / Recourse <recht@versicherer.example>", subj="Treaty wording 2027 – definition of pre-existing conditions", lang="en",
  date="2026-08-05 10:30", body="""
Dear colleagues,

could you review the reinsurer's proposed wording for the 2027 disability treaty before Friday? The clause that worries me:

"7.3 Pre-existing condition means any illness, injury or symptom for which the insured person received medical advice, treatment or medication, or for which a reasonable person would have sought advice, in the 24 months before the start of cover."

Our own policy conditions only refer to conditions disclosed or asked about in the application. The "reasonable person" test would let the reinsurer refuse claims we have to pay. Proposal: delete the second half.

Thanks
Rebecca
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "key loss in household insurance: named customer, address and lock replacement cost",
  s="demir", to="Greta Lindemann <greta.lindemann@netmail-k.example>", subj="Schlüsselverlust – HV 6620 1183",
  date="2026-08-05 13:30", body="""
Liebe Frau Lindemann,

den Verlust Ihres Schlüsselbunds (Haustür und Wohnungstür, Gereonswall 77, 50670 Köln) übernehmen wir aus Ihrer Hausratversicherung HV 6620 1183, Baustein Schlüsselverlust.

Die Rechnung des Schlüsseldienstes für den Austausch des Wohnungsschlosses (189,00 EUR) erstatten wir vollständig. Für den Austausch der Schließanlage des ganzen Hauses, den die Hausverwaltung verlangt, brauchen wir deren Kostenvoranschlag; versichert sind bis 2.000 EUR.

Viele Grüße
""", sigstyle="short")

M("N", "de", "internal", "trap: internship ad for medical students in underwriting, generic", s="weiss",
  to="Hochschulmarketing <hochschulmarketing@versicherer.example>", subj="Praktikum Risikoprüfung für Medizinstudierende – Text für die Uni-Börse",
  date="2026-08-06 09:00", body="""
Hallo Team Hochschulmarketing,

bitte folgenden Text in die Praktikumsbörsen der Unis Köln, Bonn und Düsseldorf stellen:

„Praktikum in der medizinischen Risikoprüfung (6–8 Wochen). Du begleitest unsere Gesellschaftsärztinnen bei der Bewertung von Anträgen in der Lebens- und Berufsunfähigkeitsversicherung: Wie wirkt sich ein behandelter Bluthochdruck aus, was bedeutet eine Krebserkrankung in Remission für das Risiko? Voraussetzung: Physikum bestanden. Vergütung 1.200 EUR monatlich.“

Danke!
Nadine
""", sigstyle="name")

M("S", "de", "insurer-to-customer", "dental accident of the addressee's son: fractured incisor with tooth number, accident insurance and dental tariff",
  s="wendland", to="Jörg Haferkamp <joerg.haferkamp@papa-mail.example>", subj="Zahnunfall von Noah beim Fußball",
  date="2026-08-06 11:20", body="""
Hallo Herr Haferkamp,

die Rechnung der Zahnärztin Dr. Esser für Noahs Zahnunfall am 18.07.2026 (Kronenfraktur Zahn 11 mit Pulpabeteiligung, Wurzelbehandlung, adhäsive Wiederbefestigung des Fragments) haben wir vollständig erstattet: 684,20 EUR aus dem Tarif ZahnPlus.

Da später eventuell eine Krone nötig wird, wenn Noah ausgewachsen ist, haben wir den Unfall vermerkt. Bitte bewahren Sie auch den Unfallbericht des Vereins auf.

Viele Grüße
""", sigstyle="short")

M("C", "en", "broker", "broker sends a renewal list (CSV) of named customers with policy numbers and premiums; body harmless", s="reuter",
  to="Broker Service North <broker-service-nord@versicherer.example>", subj="FW: renewals September – Hartley Brokers", lang="en",
  date="2026-08-07 09:30", body="""
Please check the renewal premiums in the attached list against the system and send Amelia the renewal offers by 20 August.
Frank
""", sigstyle="name", quote=FW("Amelia Hartley <amelia.hartley@hartley-brokers.example>", "Thu, 6 Aug 2026 16:20", "Frank Reuter <frank.reuter@versicherer.example>",
    "renewals September", """Hi Frank, list attached as discussed. Cheers, Amelia""", lang="en"),
  att=[CSV("hartley_renewals_2026-09.csv", [["client", "policy", "line", "renewal", "premium EUR"],
      ["Jonathan Pierce", "WG 0091 7734", "home", "2026-09-01", "842.10"], ["Sarah Kingsley", "KF 5512 0932", "motor", "2026-09-01", "711.40"],
      ["Declan Murphy", "PH 3318 0021", "liability", "2026-09-15", "69.90"], ["Aisha Rahman", "HV 4471 2208", "contents", "2026-09-30", "156.00"]],
      sep=",", sub="octet")])

M("N", "en", "internal", "trap: list of shared mailbox addresses per department, no personal data", s="hoffmann",
  to="Customer Service <kundenservice@versicherer.example>", subj="Which mailbox for what? (updated list)", lang="en",
  date="2026-08-07 11:00", body="""
Hi all,

updated list of shared mailboxes, since customers' mails keep landing in the wrong place:

- leistung-kv@ – health claims (invoices, prescriptions, treatment plans)
- ktg@ – daily sickness allowance
- ihs@ – international health (expats)
- kfz-schaden@ – motor claims
- schaden-sach@ – property claims
- bu-claims@ – disability claims
- datenschutz@ – data protection requests

Anything medical should never be forwarded to kundenservice@ or to personal mailboxes.

Lukas
""", sigstyle="name")

M("S", "de", "company", "HR forwards an employee's question about physiotherapy under the company health plan (bKV)",
  s="achterberg", to="Leistung bKV <leistung-bkv@versicherer.example>", subj="WG: Frage Physiotherapie über bKV – Mitarbeiter Herr Grabowski",
  date="2026-08-10 08:40", body="""
Bitte direkt dem Mitarbeiter antworten, NICHT der Personalabteilung (Gesundheitsdaten). Vertrag bKV 3301, Mitarbeiter ist versicherte Person.
Femke
""", sigstyle="name", quote=FW("People Team Nordlicht <people@nordlicht-software.example>", "07.08.2026, 15:55", "Femke Achterberg <femke.achterberg@versicherer.example>",
    "Frage Physiotherapie über bKV", """Hallo Frau Achterberg,

unser Mitarbeiter Herr Tomasz Grabowski hat uns gefragt, ob die Krankengymnastik nach seiner Schulter-OP (Rotatorenmanschette, operiert im Juni im Sana-Klinikum) über die bKV läuft oder ob er das selbst zahlen muss. Er hat 12 Termine verordnet bekommen.

Können Sie ihm direkt antworten? grabowski.t@privatmail.example

Danke
Katja Lenz
People Team, Nordlicht Software GmbH"""))

M("N", "de", "internal", "trap: mass letter template about a premium adjustment with placeholders and generic reasons", s="okafor",
  to="Druckzentrum <druckzentrum@versicherer.example>", subj="Druckfreigabe BAP-Anschreiben 2027 (Serienbrief)", date="2026-08-10 14:00", body="""
Hallo Druckzentrum,

Druckfreigabe für den Serienbrief zur Beitragsanpassung 2027 (ca. 410.000 Empfänger, Versand ab 16.11.):

„Sehr geehrte(r) «Anrede» «Nachname»,
zum 01.01.2027 passen wir den Beitrag für Ihre Krankenversicherung «Tarif» an. Ihr neuer Monatsbeitrag beträgt «Beitrag_neu» EUR (bisher «Beitrag_alt» EUR). Grund sind vor allem gestiegene Ausgaben für Krankenhausbehandlungen und Arzneimittel. …“

Die Datei mit den Empfängerdaten kommt wie immer getrennt über die gesicherte Druckschnittstelle, nicht per Mail.

Viele Grüße
Chidi Okafor
""", sigstyle="short")

M("C", "en", "insurer-to-customer", "Dutch customer's caravan claim paid to an NL IBAN, named and policy number", s="demir",
  to="Pieter van Dijk <pieter.vandijk@mailnl.example>", subj="Hail damage to your caravan – claim CA-26-00217", lang="en",
  date="2026-08-11 10:30", body="""
Dear Mr van Dijk,

the assessor has confirmed the hail damage to the roof and the windows of your caravan (Hobby De Luxe 495, registration WX-412-B) on the campsite in Bad Tölz on 1 August. Under your caravan policy CA 2025 0871 we pay EUR 3,418.00 minus EUR 250 excess.

We will transfer EUR 3,168.00 to your account {} (ING) this week.

Kind regards
""".format(IB("NL", "INGB0001234567")), sigstyle="short")

M("N", "de", "internal", "trap: product development minutes with pricing assumptions for a new dental tariff, aggregate", s="okafor",
  to="Produktentwicklung KV <produkt-kv@versicherer.example>", subj="Protokoll Produktrunde ZahnPremium 2027", date="2026-08-11 15:30", body="""
Hallo zusammen,

Ergebnisse der Produktrunde:

1. Kalkulationsgrundlage: Leistungsdaten 2021–2025 der Tarife ZahnPlus und ZahnKomfort (ca. 310.000 Versicherte), Zahnersatzquote 7,4 % p. a., mittlerer Rechnungsbetrag Implantat 3.120 EUR.
2. Zahnstaffel: Jahr 1: 1.000 EUR, Jahr 2: 2.000 EUR, Jahr 3: 3.000 EUR, danach unbegrenzt.
3. Kieferorthopädie für Erwachsene nur nach Unfall.
4. Prämie Alter 40: Zielwert 34,90 EUR; Aktuariat prüft bis zur nächsten Runde.

Chidi
""", sigstyle="name")

# ---- d3-0243 … d3-0262 ----------------------------------------

M("N", "de", "internal", "trap: IT ticket about the gateway over-classifying a supplier mail because of a care word in a signature (windows-1252)",
  s="hoffmann", to="Siegel Betrieb <siegel-betrieb@versicherer.example>", subj="INC0057718 Lieferantenmail fälschlich ins Portal gestellt",
  date="2026-08-12 09:20", charset="windows-1252", cte="quoted-printable", body="""
Hallo Siegel-Team,

Einkauf meldet: Eine Bestellbestätigung an unseren Büromöbel-Lieferanten wurde gestern als „streng vertraulich“ eingestuft und im Portal hinterlegt, statt normal per TLS zu gehen. Grund laut Erklärung: Im Signaturblock des Kollegen steht der Hinweis „Pflegegrad-Beratung für Mitarbeitende: Tel. -1430“ (Angebot der Personalabteilung).

Der Lieferant hat sich beschwert, weil er sich für jede Bestellbestätigung im Portal anmelden muss. Bitte prüfen, ob Signaturblöcke bei der Inhaltserkennung anders gewichtet werden können. Die Mail selbst enthielt nur Artikelnummern und Preise.

Gruß
Lukas Hoffmann
""", sigstyle="name")

M("C", "de", "customer", "colloquial vandalism report (iso-8859-1) with plate and contract of the named customer, nobody hurt",
  s="brenner", to="Kfz-Schaden Team <kfz-schaden-team@versicherer.example>", subj="WG: auto zerkratzt",
  date="2026-08-12 11:00", charset="iso-8859-1", cte="quoted-printable", body="""
Teilkasko deckt Vandalismus nicht, Vollkasko ist vorhanden (KF 2207 1184). Bitte anlegen und Anzeige anfordern.
""", sigstyle="name", quote=FW("Dennis Kamphausen <dennis.kamphausen@mailhome.example>", "11.08.2026, 23:40", "kfz-schaden@versicherer.example", "auto zerkratzt", """n'abend,
irgendein idiot hat heute nacht mein auto zerkratzt, einmal rundum mit schlüssel o.ä., auch motorhaube. steht vor der tür in der Elsaßstraße 12. kennzeichen K-DK 911, bmw 1er. anzeige hab ich gemacht bei der polizei südstadt.
zahlt ihr das? hab vollkasko glaub ich
gruß dennis kamphausen"""))

M("N", "en", "insurer-to-customer", "trap: HTML-only marketing mail for travel insurance, generic", frm="Versicherer Travel <travel-news@versicherer.example>",
  to="travel-news-en@versicherer.example", subj="Before you fly: is your travel health cover up to date?", lang="en", date="2026-08-13 07:00", body=None, client="system",
  html="""<html><body style="font-family:Arial,sans-serif">
<h2>Before you fly</h2>
<p>A broken ankle in the US can cost more than USD 20,000, a medical flight home from Asia easily EUR 60,000. Our annual travel health plan covers:</p>
<ul><li>medical treatment abroad without limit</li><li>medically necessary repatriation</li><li>24/7 assistance hotline in English and German</li></ul>
<p>From EUR 12.90 per year for individuals, EUR 29.90 for families.</p>
<p><a href="https://www.versicherer.example/en/travel">Get covered in 3 minutes</a></p>
<p style="font-size:8pt">You receive this mail because you subscribed to travel news. <a href="https://www.versicherer.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

M("S", "en", "insurer-to-customer", "disability claim questionnaire (ODT) for a named claimant listing his treating doctors and conditions", s="brinkmann",
  to="Gareth Pryce <gareth.pryce@walesmail.example>", subj="Your disability claim – questionnaire attached", lang="en",
  date="2026-08-13 10:15", body="""
Dear Mr Pryce,

thank you for notifying your claim. Please complete the attached questionnaire and return it through your secure mailbox. We have pre-filled what you told us on the phone; please check it carefully.

Kind regards
""", att=[ODT("Questionnaire_BU-2026-0588.odt", [("h", "Disability claim questionnaire – claim BU-2026-0588"),
    "Insured person: Gareth Pryce, born 1981-02-17, policy BU 0093 1180 442",
    "Occupation: paramedic (Notfallsanitäter), Berufsfeuerwehr Köln, 48 h/week in shifts",
    ("h", "Health problems you reported"),
    "Post-traumatic stress disorder after a major incident in January 2026; sleep disturbances; tinnitus left ear",
    ("h", "Treating doctors and therapists you named"),
    ("t", [["Name", "Speciality", "since"], ["Dr. med. Katrin Feuerstein", "psychiatry", "02/2026"],
           ["Dipl.-Psych. Jörn Albrecht", "trauma therapy (EMDR)", "03/2026"], ["Dr. med. Uwe Lang", "ENT", "04/2026"]]),
    "Please add any other doctors, hospitals or rehabilitation clinics you have seen in the last five years."])])

M("N", "de", "internal", "trap: forwarded association newsletter (rfc822) about the GOÄ reform, no person", s="jankowski",
  to="Leistung KV alle <leistung-kv-alle@versicherer.example>", subj="WG: Verbandsinfo GOÄ-Novelle – Stand August",
  date="2026-08-13 14:00", body="""
Zur Info – die Verbandsinfo zur GOÄ-Novelle. Für unsere Prüfung ändert sich vor 2027 nichts.
Marta
""", sigstyle="name", att=[EML(INNER("Verbandsinfo <info@pkv-fachverband.example>", "mitglieder@pkv-fachverband.example", "Verbandsinfo 08/2026: GOÄ-Novelle",
    "2026-08-12 16:00", """Sehr geehrte Damen und Herren,

der Entwurf der neuen Gebührenordnung für Ärzte liegt vor. Die wichtigsten Punkte:

- Festbeträge statt Steigerungsfaktoren; Abweichungen nur über eine Vereinbarung vor der Behandlung
- Neue Leistungslegenden für Videosprechstunde, Telemonitoring und psychotherapeutische Akutbehandlung
- Gemeinsame Kommission zur Weiterentwicklung

Der Verband rechnet mit einem Inkrafttreten frühestens am 01.01.2028. Unsere Stellungnahme versenden wir Ende September.

Mit freundlichen Grüßen
Ihr Fachverband""", "<verbandsinfo-2026-08@pkv-fachverband.example>"), "Verbandsinfo_08-2026.eml")])

M("C", "de", "insurer-to-customer", "buildings water claim with a ZIP of the cost estimate (DOCX) and photo list naming the homeowner",
  s="demir", to="Kerstin und Olaf Rademacher <rademacher@familie-r.example>", subj="Ihr Leitungswasserschaden – Unterlagen für die Handwerker",
  date="2026-08-14 09:00", body="""
Liebe Familie Rademacher,

wie besprochen schicke ich Ihnen die freigegebenen Unterlagen gesammelt als ZIP, damit Sie sie an die Handwerker weitergeben können. Die Freigabe gilt bis zu den genannten Beträgen.

Viele Grüße
""", att=[ZIP("Freigabe_WG-26-003114.zip", [
    DOCX("Freigabe_Sanierung.docx", [("h", "Freigabe Sanierung – Schaden WG-26-003114"),
        "Versicherungsnehmer: Olaf und Kerstin Rademacher, Birkenhof 3, 53819 Neunkirchen-Seelscheid",
        "Vertrag: Wohngebäude WG 2290 7715",
        ("t", [["Gewerk", "Firma", "freigegeben EUR"], ["Leckortung/Trocknung", "Trocknungstechnik Rhein", "2.180,00"],
               ["Estrich/Fliesen Bad", "Fliesen Heuser", "6.400,00"], ["Maler", "Malerbetrieb Stein", "1.950,00"]])]),
    CSV("Fotoliste.csv", [["Nr", "Datei", "Beschreibung"], ["1", "IMG_4410.jpg", "Bad EG, Wasserfleck Wand"], ["2", "IMG_4411.jpg", "Küche, Sockelleiste"],
        ["3", "IMG_4415.jpg", "Keller, Decke unter Bad"]])])])

M("N", "en", "internal", "trap: synthetic chatbot training utterances about prescriptions and claims, no real person", s="ritter",
  to="Chatbot Team <chatbot@versicherer.example>", subj="New intents for the customer chatbot – synthetic utterances", lang="en",
  date="2026-08-14 11:30", body="""
Hi team,

for the new intents, please add these synthetic training utterances (written by us, not taken from real chats):

intent: submit_prescription
- "how do I send you my prescription"
- "can I upload a photo of the pharmacy receipt"
- "I got a private prescription, do you pay that"

intent: ask_psychotherapy
- "do you cover therapy sessions"
- "how many sessions are approved at first"

intent: dental_plan
- "my dentist gave me a treatment plan, what now"

Do NOT use real chat logs for training – the DPIA only allows synthetic and anonymised data.

Jonas
""", sigstyle="name")

M("S", "de", "hospital", "hospital social worker asks about short-term care for a named patient after stroke (forwarded as rfc822)",
  s="yilmaz", to="Pflegeberatung <pflegeberatung@versicherer.example>", subj="WG: Anfrage Kurzzeitpflege nach Entlassung – bitte heute noch",
  date="2026-08-17 08:30", body="""
Bitte heute noch zurückrufen – Entlassung ist für Donnerstag geplant. Pflegegrad-Eilantrag habe ich angelegt.
Felix
""", sigstyle="name", att=[EML(INNER("Sozialdienst Klinikum Leverkusen <sozialdienst@klinikum-lev.example>", "Felix Yilmaz <felix.yilmaz@versicherer.example>",
    "Anfrage Kurzzeitpflege nach Entlassung", "2026-08-14 15:40", """Sehr geehrter Herr Yilmaz,

wir betreuen Ihre Versicherte Frau Waltraud Hemmersbach, geb. 02.02.1944, die seit dem 06.08. nach einem Schlaganfall (Hemiparese rechts, Aphasie) auf unserer Stroke Unit bzw. Neurologie liegt.

Eine Rückkehr in die eigene Wohnung ist vorerst nicht möglich. Wir haben einen Kurzzeitpflegeplatz im Haus Maria Frieden ab 20.08. gefunden und bitten um Kostenzusage sowie um einen Eilantrag auf Pflegeeinstufung.

Mit freundlichen Grüßen
Birgit Overath
Sozialdienst""", "<sd-2026-0814-hemmersbach@klinikum-lev.example>"), "Anfrage Kurzzeitpflege.eml")])

M("C", "en", "insurer-to-customer", "claim-free certificate for a named customer moving to the UK, with years and policy", s="engel",
  to="Hannah Whitmore <hannah.whitmore@mail-uk.example>", subj="Your no-claims certificate for your new UK insurer", lang="en",
  date="2026-08-17 10:45", body="""
Dear Ms Whitmore,

as requested, we confirm for your new insurer in the United Kingdom:

Policyholder: Hannah Whitmore, date of birth 8 March 1990
Policy: KF 3318 2209, motor insurance with Versicherer Allgemeine Versicherung AG, 1 June 2019 to 31 July 2026
Vehicle: Mini Cooper, registration K-HW 890 (deregistered 28 July 2026)
Claims: none. No-claims class at the end: SF 7 (7 claim-free years)

The signed certificate is attached to the letter we sent to your new address in Bristol.

Kind regards
""", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: position paper on the electronic patient record for the association, no person", s="meier",
  to="Arbeitskreis Digitalisierung <ak-digital@pkv-fachverband.example>", subj="Stellungnahme ePA für Privatversicherte – unsere Punkte",
  date="2026-08-17 14:30", body="""
Sehr geehrte Damen und Herren,

für die Verbandsstellungnahme zur elektronischen Patientenakte für Privatversicherte unsere Punkte:

1. Opt-out-Verfahren: unterstützt, aber mit klarer Information vor der Anlage der Akte.
2. Der Versicherer darf keinen Zugriff auf die Inhalte der Akte erhalten; die Akte ist keine Quelle für Leistungsprüfung oder Risikoprüfung.
3. Abrechnungsdaten (Rechnungen) dürfen nur mit ausdrücklicher Einwilligung in die Akte übertragen werden.
4. Für besonders sensible Befunde (Psychotherapie, HIV, Schwangerschaftsabbruch) muss eine Verschattung gegenüber einzelnen Ärzten möglich sein.

Mit freundlichen Grüßen
Thomas Meier
Datenschutzbeauftragter
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "neighbour dispute about a hedge under legal expenses: named customer and neighbour, addresses",
  s="lindqvist", to="Christa Vonderbank <christa.vonderbank@gartenpost.example>", html=True, subj="Rechtsschutz – Ihr Streit um die Hecke (RS-26-02218)",
  date="2026-08-18 09:30", body="""
Liebe Frau Vonderbank,

für den Streit mit Ihrem Nachbarn Herrn Dietmar Kaltenbach (Ahornweg 14, 50769 Köln) über die Höhe der Thujahecke an der Grundstücksgrenze besteht Versicherungsschutz aus Ihrem Rechtsschutzvertrag RS 0991 3307 (Baustein Wohnen/Nachbarrecht).

Bevor es vor Gericht geht, ist in NRW ein Schlichtungsverfahren beim Schiedsamt vorgeschrieben. Die Kosten dafür übernehmen wir; Ihre Selbstbeteiligung entfällt für die Schlichtung.

Viele Grüße
""", sigstyle="short")

M("N", "en", "internal", "trap: lunch-and-learn invitation on mental health first aid, no person", s="weiss",
  to="All staff <all-staff@versicherer.example>", subj="Lunch & Learn: Mental Health First Aid – 3 September", lang="en",
  date="2026-08-18 11:00", body="""
Dear colleagues,

how do you notice that a colleague is struggling, and what do you say? In our next Lunch & Learn, trainer Mara Klein (certified Mental Health First Aid instructor) shows practical steps – from the first conversation to pointing people to professional help.

Thursday, 3 September, 12:30–13:30, canteen room 2 and online. No registration needed; lunch is provided.

Our Employee Assistance Programme remains available 24/7 and anonymously at +49 800 555 0190.

Human Resources
""", sigstyle="name")

M("S", "de", "customer", "short reply by a customer's son 'Danke!' quoting the care allowance decision for his father",
  s="yilmaz", to="Pflegeversicherung <pflege@versicherer.example>", subj="WG: AW: Pflegegeld Vater", date="2026-08-18 15:10", body="""
Bitte in die Akte PV 4471 0039 114 (Herr Josef Lückerath), Sohn hat Vollmacht. Nichts weiter zu tun.
""", sigstyle="name", quote=OQ("Michael Lückerath <michael.lueckerath@mail-sohn.example>", "Dienstag, 18. August 2026 14:58", "Felix Yilmaz <felix.yilmaz@versicherer.example>",
    "AW: Pflegegeld Vater", """Danke!!

Von meinem Smartphone gesendet

-------- Ursprüngliche Nachricht --------
Von: Felix Yilmaz
Datum: 18.08.26 11:02
Betreff: Pflegegeld Vater

Sehr geehrter Herr Lückerath, nach dem Gutachten vom 10.08. ist Ihr Vater in Pflegegrad 2 eingestuft (Mobilität und Selbstversorgung eingeschränkt nach der Hüftfraktur, beginnende Demenz). Wir zahlen ab 01.07.2026 Pflegegeld von 347 EUR monatlich."""))

M("N", "de", "internal", "trap: ZIP of board reporting PDFs with aggregate claims statistics, no person", s="ritter",
  to="Heike Zimmer <heike.zimmer@versicherer.example>", subj="Quartalsreporting Q2 für die Vorstandssitzung", date="2026-08-19 09:00", body="""
Hallo Frau Zimmer,

anbei das Quartalsreporting Q2 als ZIP (zwei PDFs). Alle Zahlen aggregiert, keine Einzelfälle.

Viele Grüße
Jonas Ritter
""", sigstyle="short", att=[ZIP("Reporting_Q2_2026.zip", [
    PDF("Leistung_KV_Q2.pdf", [("h", "Leistungsausgaben Krankenversicherung Q2/2026"),
        ("t", [["Leistungsbereich", "Q2/2025 Mio. EUR", "Q2/2026 Mio. EUR"], ["ambulant", "298,4", "318,9"], ["stationär", "211,7", "224,0"],
               ["Zahn", "96,2", "99,8"], ["Arzneimittel", "88,1", "97,3"]]),
        "Treiber: Arzneimittel (+10,4 %), insbesondere Diabetes- und Onkologie-Präparate."]),
    PDF("BU_Leistung_Q2.pdf", [("h", "Berufsunfähigkeit Q2/2026"), "Neue Leistungsfälle: 286 (Vorjahr 271). Anerkennungsquote: 78 %.",
        "Ursachen: psychische Erkrankungen 39 %, Muskel-Skelett 22 %, Krebs 13 %, sonstige 26 %."])])])

M("C", "en", "insurer-to-customer", "electronics insurance: stolen laptop with serial number of a named customer", s="demir",
  to="Ravi Subramanian <ravi.subramanian@devmail.example>", subj="Stolen laptop – electronics claim EL-26-00904", lang="en",
  date="2026-08-19 11:40", body="""
Dear Mr Subramanian,

we are sorry to hear that your laptop was stolen from your bag on the S-Bahn on 14 August. Under your electronics policy EL 0087 2214 we cover theft when the device was carried with you.

Device: Apple MacBook Pro 14" M3, serial number C02ZK1AXMD6T, bought 11/2024 for EUR 2,399
Police report: Bundespolizei Köln Hbf, reference BPOL-K-260814-2231

We will replace the device with an equivalent new model via our partner retailer, minus your EUR 100 excess. You will receive a voucher code by post.

Kind regards
""", sigstyle="short")

M("N", "de", "insurer-to-supplier", "trap: request for quotation for an external care counselling service, no person", s="sauer",
  to="Angebote Pflegeberatung Plus <angebote@pflegeberatung-plus.example>", subj="Anfrage: aufsuchende Pflegeberatung nach § 7a SGB XI",
  date="2026-08-19 14:15", body="""
Sehr geehrte Damen und Herren,

wir suchen ab 2027 einen Dienstleister für die aufsuchende Pflegeberatung unserer Versicherten in NRW und Rheinland-Pfalz (ca. 2.800 Beratungen pro Jahr, Hausbesuch innerhalb von 14 Tagen nach Antrag).

Bitte nennen Sie uns:
- Anzahl und Qualifikation Ihrer Pflegeberaterinnen und -berater
- Abdeckung nach Postleitzahlbereichen
- Preis pro Erstberatung und Folgeberatung
- Ihr Konzept zur Übermittlung der Beratungsberichte (nur verschlüsselt)

Angebotsfrist: 30.09.2026.

Mit freundlichen Grüßen
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "photovoltaic system on a private home: named owner, address, serial numbers, IBAN with a space after the country code",
  s="hartmann", to="Bernhard Weißkirchen <b.weisskirchen@solarpost.example>", subj="Photovoltaikversicherung PV 0021 3309 – Überspannungsschaden Wechselrichter",
  date="2026-08-20 09:10", body="""
Sehr geehrter Herr Weißkirchen,

der Wechselrichter Ihrer Photovoltaikanlage (SMA Sunny Tripower 10.0, Seriennummer 3012214471) auf Ihrem Haus in der Lindenstraße 8, 53773 Hennef, wurde laut Elektriker durch Überspannung beim Gewitter am 11.08. zerstört.

Wir übernehmen den Austausch (2.690,00 EUR) und den Ertragsausfall für 12 Tage (pauschal 64,80 EUR). Überweisung auf Ihr Konto IBAN {}.

Mit freundlichen Grüßen
""".format((lambda s: s[:2] + " " + s[2:4] + " " + " ".join(s[4:][i:i + 4] for i in range(0, 18, 4)))(IB("DE", "370695200012345678", group=0))), sigstyle="short")

M("N", "en", "insurer-to-customer", "trap: webinar Q&A summary on dental insurance with anonymised questions", s="wendland",
  to="webinar-participants@versicherer.example", subj="Your questions from our dental webinar – answered", lang="en",
  date="2026-08-20 13:00", html=True, body="""
Dear participants,

thank you for joining our webinar. Here are the answers to the most frequent questions (we removed names and any personal details):

Q: "My dentist recommends an implant. Is it covered if the tooth was missing before I took out the plan?"
A: Teeth missing at the start of the plan are usually excluded unless they were declared and included.

Q: "Do you pay for invisible aligners for adults?"
A: Only if orthodontic treatment is medically necessary, for example after an accident.

Q: "How often is professional cleaning covered?"
A: Up to twice a year, depending on the plan.

The slides are available in the customer portal.

Your dental team
""")

M("N", "de", "internal", "trap: sales contest results by region, no individual names or commissions", s="falk",
  to="Vertrieb Exklusiv alle <vertrieb-exklusiv@versicherer.example>", subj="Zwischenstand Vertriebswettbewerb „Sommer 26“", date="2026-08-21 08:00", body="""
Liebe Kolleginnen und Kollegen im Außendienst,

Zwischenstand nach acht Wochen (Bewertungspunkte je Region):

1. Region Rheinland: 18.420 Punkte (stark in Zahnzusatz und BU)
2. Region Westfalen: 16.980 Punkte
3. Region Süd: 15.210 Punkte
4. Region Nord: 13.870 Punkte

Noch drei Wochen! Die Einzelwertungen sieht jede und jeder wie immer nur für sich selbst im Vertriebsportal.

Bernd Falk
""", sigstyle="short")

M("N", "de", "internal", "trap: work-from-home agreement rules about printouts with health data, no person", s="meier",
  to="Führungskräfte Köln <fuehrungskraefte-koeln@versicherer.example>", subj="Mobiles Arbeiten: Regeln für Papierunterlagen", date="2026-08-21 10:30", body="""
Liebe Führungskräfte,

bitte weisen Sie Ihre Teams noch einmal auf die Regeln der Betriebsvereinbarung Mobiles Arbeiten hin:

- Papierunterlagen mit Gesundheitsdaten (Arztberichte, Gutachten, Rechnungen) dürfen nicht mit nach Hause genommen werden.
- Ausdrucke zu Hause sind nur über den Dienstdrucker im Büro zulässig, nicht auf privaten Druckern.
- Telefonate mit Kundinnen und Kunden über Gesundheitsthemen nur, wenn niemand mithören kann.

Bei Verstößen bitte den Datenschutz informieren, nicht selbst ermitteln.

Thomas Meier
""", sigstyle="short")

# ---- d3-0263 … d3-0290 ----------------------------------------

M("S", "de", "insurer-to-customer", "wig reimbursement 'nach Verordnung Ihres Onkologen' — implies chemotherapy without naming it",
  s="jankowski", to="Sieglinde Pasternak <sieglinde.pasternak@mail-nrw.example>", subj="Ihre Rechnung Zweithaar-Studio Belle",
  date="2026-08-24 09:40", body="""
Liebe Frau Pasternak,

die Rechnung des Zweithaar-Studios Belle über Ihre Echthaarperücke (1.180,00 EUR) erstatten wir nach der Verordnung Ihres Onkologen Dr. Hemmerling als Hilfsmittel mit 600,00 EUR, dem Höchstbetrag Ihres Tarifs.

Die Kopfbedeckungen (Tücher, Mützen) können wir leider nicht übernehmen.

Wir wünschen Ihnen für die nächsten Wochen viel Kraft.

Herzliche Grüße
""", sigstyle="short")

M("C", "de", "broker", "young driver list from a broker with birth dates written with the '*' born symbol and two-digit years",
  s="engel", to="Kfz-Betrieb <kfz-vertrag@versicherer.example>", subj="WG: Zweitwagen Familie Jovanović – Fahrerangaben",
  date="2026-08-24 11:15", body="""
Bitte Zweitwagen-Angebot mit Fahrerkreis wie unten. SF-Einstufung nach Sonderregel Zweitwagen (SF 1/2 für den Sohn).
""", sigstyle="name", quote=FW("Makler Thiel <info@makler-thiel.example>", "24.08.2026, 10:02", "Rüdiger Engel <ruediger.engel@versicherer.example>", "Zweitwagen Jovanović", """Hallo Herr Engel,

für meine Kunden Familie Jovanović (Erstvertrag KF 8840 1127, K-DJ 404) bitte ein Angebot für einen Zweitwagen (Opel Corsa F, EZ 2021):

Fahrer:
Dragan Jovanović *12.3.68
Milena Jovanović, geb. am 4.7.71
Luka Jovanović *2007/03/14, Führerschein seit 03/2025 (BF17)

Wohnort 51107 Köln-Rath, Garage vorhanden.

Gruß Thiel"""))

M("N", "en", "internal", "trap: XLSX of new disability claims by ICD chapter and age band with small cells suppressed", s="ritter",
  to="Chidi Okafor <chidi.okafor@versicherer.example>", subj="Incidence data for the BU repricing", lang="en",
  date="2026-08-25 09:00", body="""
Hi Chidi,

attached are the new disability claims 2021–2025 by ICD chapter and age band, as counts. Cells with fewer than 5 claims are shown as "<5" and not included in the totals per chapter, as agreed with the DPO.

Jonas
""", sigstyle="name", att=[XLSX("BU_incidence_ICD_chapter_age.xlsx", {"counts": [
    ["ICD chapter", "20-29", "30-39", "40-49", "50-59", "60+"],
    ["II neoplasms", "<5", 41, 118, 204, 77],
    ["V mental", 58, 212, 356, 301, 64],
    ["VI nervous system", "<5", 22, 49, 61, 18],
    ["IX circulatory", "<5", 9, 52, 133, 58],
    ["XIII musculoskeletal", 21, 88, 190, 276, 95]]}, author="Data Analytics", octet=True)])

M("S", "en", "insurer-to-customer", "birth of the addressee's son: hospital delivery invoice with DRG and newborn stay", s="whitfield",
  to="Sarah and Tom Fletcher <fletcher.family@mail-uk.example>", subj="Congratulations – and your hospital invoice from St. Hildegardis", lang="en",
  date="2026-08-25 10:30", body="""
Dear Mrs Fletcher,

congratulations on the birth of your son Oscar on 2 August!

We have paid the invoice of St. Hildegardis-Krankenhaus directly: delivery by secondary caesarean section (DRG O01F), 5 days for you and 5 days in the newborn unit for Oscar, plus the single room and the obstetrician's fees (Dr. Wenzel, GOÄ 1032, 2.3-fold). Nothing is left for you to pay.

Oscar is covered from birth under your family plan; please send us his birth certificate so that we can issue his own insurance card.

Warm wishes to the three of you
""", sigstyle="short")

M("C", "de", "internal", "HR: corrected annual wage tax certificate for a named former employee with tax ID",
  s="weiss", to="Entgeltabrechnung <entgelt@versicherer.example>", subj="Korrektur Lohnsteuerbescheinigung 2025 – ehem. MA Frau Ricarda Hölscher",
  date="2026-08-25 14:00", body="""
Hallo zusammen,

Frau Ricarda Hölscher (ausgeschieden 31.10.2025, Personalnummer 38821) hat sich gemeldet: Auf ihrer Lohnsteuerbescheinigung 2025 ist die falsche Steuer-ID angegeben. Richtig ist 83 715 209 446 (laut Schreiben des Bundeszentralamts, Kopie in der Personalakte).

Bruttoarbeitslohn 2025 laut Bescheinigung: 48.312,40 EUR – der Betrag stimmt.

Bitte korrigierte Bescheinigung an das Finanzamt übermitteln und ihr eine Kopie an die Privatanschrift schicken (Ringstraße 44, 53225 Bonn).

Danke
Nadine
""", sigstyle="name")

M("N", "de", "insurer-to-customer", "trap: Riester brochure example with a fictitious family (Max, 30, two children), no real person", s="haas",
  to="Timo Reckers <timo.reckers@interessent.example>", subj="Ihre Anfrage zur Riester-Förderung", date="2026-08-26 09:00", body="""
Hallo Herr Reckers,

danke für Ihre allgemeine Anfrage. So funktioniert die Förderung – am Beispiel aus unserer Broschüre (fiktive Familie):

Max, 30 Jahre, verheiratet, zwei Kinder (geboren nach 2008), Bruttoeinkommen 42.000 EUR
Mindesteigenbeitrag: 4 % von 42.000 EUR = 1.680 EUR minus Zulagen
Grundzulage: 175 EUR, Kinderzulagen: 2 x 300 EUR
Eigenbeitrag also nur 905 EUR im Jahr.

Für eine persönliche Berechnung können Sie unseren Rechner auf der Website nutzen oder einen Termin mit einer Beraterin vereinbaren.

Viele Grüße
""", sigstyle="short")

M("C", "en", "insurer-to-customer", "liability payout to a Swiss resident with CH IBAN; named claimant, policyholder and claim", s="oltmanns",
  to="Beat Hürlimann <beat.huerlimann@mail-ch.example>", subj="Your claim against our policyholder – HP-26-01790", lang="en",
  date="2026-08-26 11:20", body="""
Dear Mr Hürlimann,

our policyholder, Mr Konstantin Rehberg, has confirmed that his son damaged your e-bike at the Rheinauhafen on 15 August when he rode into it with his scooter. Nobody was injured.

We accept liability under Mr Rehberg's family liability policy PH 2290 4471 and will pay the repair costs of CHF 742.00 (EUR 781.40) to your account {} at Zürcher Kantonalbank.

Kind regards
""".format(IB("CH", "00700110000012345")), sigstyle="short")

M("S", "de", "insurer-to-customer", "qualified alcohol withdrawal treatment of the addressee in a named specialist clinic, described indirectly",
  s="brandt", to="Achim Tenhagen <achim.tenhagen@mailbox-nrw.example>", subj="Kostenzusage Fachklinik Eifelblick",
  date="2026-08-27 10:10", body="""
Sehr geehrter Herr Tenhagen,

wie telefonisch besprochen übernehmen wir die Kosten für den qualifizierten Entzug in der Fachklinik Eifelblick ab 01.09.2026 für zunächst 21 Tage. Die Klinik hat bestätigt, dass Sie im Anschluss direkt in die Entwöhnungsbehandlung wechseln können; dafür schicken wir Ihnen den Antrag zu, sobald die Klinik den Bericht übersandt hat.

Ihr Hausarzt Dr. Klinkhammer hat uns die Laborwerte bereits übermittelt; weitere Unterlagen brauchen wir nicht.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "de", "internal", "trap: press clipping of a public court ruling on disability with an anonymised claimant", s="schreiber",
  to="Leistung Leben / BU <leistung-bu@versicherer.example>", subj="Urteil OLG Köln zur Umorganisation bei Selbstständigen – Pressespiegel",
  date="2026-08-27 13:30", body="""
Liebe Kolleginnen und Kollegen,

aus dem heutigen Pressespiegel, interessant für die Selbstständigen-Fälle:

„Ein 54-jähriger Dachdeckermeister aus dem Kreis Siegen muss sich nicht auf eine Umorganisation seines Betriebs verweisen lassen, wenn er dafür einen weiteren Gesellen einstellen müsste. Das hat das Oberlandesgericht Köln entschieden (Az. 20 U 114/25). Der Versicherer muss die Berufsunfähigkeitsrente zahlen.“

Wir waren an dem Verfahren nicht beteiligt. Bitte bei laufenden Fällen mit Umorganisationsprüfung berücksichtigen.

Carola Schreiber
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "SEPA mandate with account holder's maiden name (geb.) for a buildings policy",
  s="kaya", to="Petra Hensel <petra.hensel@heimpost-k.example>", subj="Ihr SEPA-Lastschriftmandat – Wohngebäude WG 7781 0034",
  date="2026-08-28 09:05", body="""
Liebe Frau Hensel,

Ihr neues SEPA-Lastschriftmandat ist eingetragen:

Kontoinhaberin: Petra Hensel geb. Ohligschläger
IBAN: {}
Mandatsreferenz: WG77810034-03

Die nächste Abbuchung über 684,30 EUR erfolgt am 01.10.2026. Die Kontoinhaberin und die Versicherungsnehmerin sind identisch, eine weitere Unterschrift ist nicht nötig.

Viele Grüße
""".format(IB("DE", "370502990045512870").replace(" ", ".")), sigstyle="short")

M("S", "en", "insurer-to-customer", "disability add-on: increase without health check because of marriage — personal line, no medical word", s="schulte",
  to="Jonas Albers <jonas.albers@mailbox-de.example>", subj="Your disability cover – increase after your wedding", lang="en",
  date="2026-08-28 11:30", body="""
Dear Mr Albers,

congratulations on your wedding! As your disability policy BU 0087 2204 991 includes a guaranteed insurability option, we have increased your monthly disability pension from EUR 1,500 to EUR 2,000 with effect from 1 September 2026, without new health questions.

New monthly premium: EUR 96.40 (previously EUR 72.30). The marriage certificate you sent is sufficient as evidence.

Kind regards
""", sigstyle="short")

M("N", "en", "internal", "trap: API documentation with a published example IBAN and a placeholder name", s="raman",
  to="Partner API Team <partner-api@versicherer.example>", subj="Docs: payment-details endpoint example", lang="en",
  date="2026-08-28 15:00", body="""
Hi team,

for the developer portal, please use this example in the docs for POST /v2/payment-details (it uses the standard example IBAN from the banking documentation and a placeholder name):

{
  "accountHolder": "Jane Doe",
  "iban": "DE89 3704 0044 0532 0130 00",
  "mandateReference": "EXAMPLE-0001",
  "validFrom": "2026-01-01"
}

Never copy real payloads from the logs into the documentation.

Priya
""", sigstyle="name")

M("S", "de", "customer", "filled-in release from confidentiality naming a person and her doctors, scanned PDF sent as octet-stream; body 'anbei'",
  s="stanek", to="Leistung BU Posteingang <posteingang-bu@versicherer.example>", subj="WG: Schweigepflichtentbindung", date="2026-08-31 08:20", body="""
Bitte zu BU-2026-0601 nehmen.
""", sigstyle="name", quote=FW("Melanie Strothmann <melanie.strothmann@webpost-de.example>", "29.08.2026, 19:44", "posteingang-bu@versicherer.example", "Schweigepflichtentbindung", """anbei
M. Strothmann"""),
  att=[PDF("Scan_0829_194101.pdf", [("h", "Erklärung zur Entbindung von der Schweigepflicht im Einzelfall"),
      "Versicherte Person: Melanie Strothmann   Geburtsdatum: 1. Januar 1980   Vertragsnummer: BU 0071 3309 215",
      "Leistungsfall vom: 15.05.2026 (Antrag auf Berufsunfähigkeitsleistung)",
      ("t", [["Name der Stelle", "Anschrift", "Zeitraum"], ["Dr. med. Gisela Funke, Neurologie", "Hohe Str. 3, Köln", "2021-2026"],
             ["Uniklinik Köln, MS-Ambulanz", "Kerpener Str. 62, Köln", "2024-2026"], ["Reha-Zentrum Godeshöhe", "Bonn", "2025"]]),
      "Ort, Datum: Köln, 29.08.2026   Unterschrift: M. Strothmann"], octet=True)])

M("C", "en", "insurer-to-customer", "contents claim payment instruction with the IBAN split over two lines", s="demir",
  to="Nina Kovač <nina.kovac@hrmail.example>", subj="Payment of your claim HR-26-007712", lang="en",
  date="2026-08-31 10:00", body="""
Dear Ms Kovač,

we will pay EUR 1,264.00 for the stolen jewellery and the damaged door of your flat (household policy HV 3390 8812, Ottostraße 7, 50823 Köln) to the account you gave us:

IBAN {}
     {}
Account holder: Nina Kovač

Kind regards
""".format(*(lambda s: (s[:14], s[15:]))(IB("DE", "370100500994412330"))), sigstyle="short")

M("N", "de", "internal", "trap: retirement farewell of a named colleague without age, birth date or health", s="zimmer",
  to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Abschied in den Ruhestand: Hans-Jürgen Overbeck", date="2026-08-31 12:00", html=True, body="""
Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei uns verabschiedet sich Hans-Jürgen Overbeck, Gruppenleiter in der Kfz-Schadenregulierung, Ende September in den Ruhestand. Viele von Ihnen kennen ihn als den Kollegen, der jeden Schadenfall aus den 90ern noch auswendig wusste.

Zum Abschied laden wir am Mittwoch, 30. September, ab 15 Uhr in die Kantine ein. Für ein gemeinsames Geschenk steht eine Box am Empfang.

Heike Zimmer
Vorstandsbüro
""", sigstyle="name")

M("S", "en", "insurer-to-customer", "monthly health claims statement for an expat family in an HTML table with names, providers and amounts", s="odonnell",
  to="Rafael Moreno <rafael.moreno@mailes.example>", subj="Your claims statement – August 2026", lang="en",
  date="2026-09-01 08:00", html=True, body="""
Dear Mr Moreno,

here is the overview of the claims we settled for your family in August 2026 (policy GC-2023-40518):

[[t]]

Total reimbursed: EUR 1,418.60. Your remaining outpatient deductible for 2026 is EUR 0.

Kind regards
""", sigstyle="short", tables={"t": ([["member", "provider", "service", "paid EUR"],
    ["Rafael Moreno", "Dr. Anke Busch, dermatology", "excision of a mole, histology", "312.40"],
    ["Lucía Moreno", "Praxis Dr. Vogt, gynaecology", "annual check-up, ultrasound", "188.20"],
    ["Mateo Moreno", "Kinderarztpraxis Lindenthal", "asthma follow-up, inhaler (salbutamol)", "96.00"],
    ["Mateo Moreno", "Physiotherapie Ehrenfeld", "respiratory therapy, 6 sessions", "822.00"]], "pad")})

M("N", "de", "internal", "trap: onboarding checklist listing document fields (tax ID, social security card) without values", s="weiss",
  to="Führungskräfte Köln <fuehrungskraefte-koeln@versicherer.example>", subj="Checkliste Onboarding – neue Fassung", date="2026-09-01 10:30", body="""
Liebe Führungskräfte,

anbei die überarbeitete Checkliste für neue Mitarbeitende. Folgende Unterlagen sammelt ausschließlich die Personalabteilung, nicht die Führungskraft:

[ ] Steuer-Identifikationsnummer
[ ] Sozialversicherungsausweis / Rentenversicherungsnummer
[ ] Nachweis der Krankenversicherung
[ ] Bankverbindung für die Gehaltszahlung
[ ] Schwerbehindertenausweis (nur wenn die Person es möchte)

Die Führungskraft kümmert sich um Arbeitsplatz, Zugänge, Pate/Patin und den Einarbeitungsplan.

Nadine Weiß
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "family-law legal advice: named customer's divorce with both spouses' net incomes",
  s="lindqvist", to="Svetlana Kuhn <svetlana.kuhn@posteo-mail.example>", subj="Beratungsrechtsschutz Familienrecht – Ihre Trennung",
  date="2026-09-02 09:45", body="""
Liebe Frau Kuhn,

für eine anwaltliche Erstberatung zu Ihrer Trennung und zum Unterhalt besteht Versicherungsschutz aus Ihrem Rechtsschutzvertrag RS 5512 7780 (Beratungsrechtsschutz Familienrecht, bis 500 EUR je Fall).

Sie haben uns Ihr Nettoeinkommen (2.340 EUR) und das Ihres Mannes (ca. 4.100 EUR) genannt; das brauchen wir für die Deckung nicht, Ihre Anwältin aber für die Unterhaltsberechnung. Ein gerichtliches Scheidungsverfahren selbst ist nicht versichert.

Viele Grüße
""", sigstyle="short")

M("S", "en", "insurer-to-doctor", "medical underwriting: the applicant's UK GP letter (DOCX) forwarded to the CMO with conditions", s="schulte",
  to="Dr. med. Ulrike Hasselbach <ulrike.hasselbach@versicherer.example>", subj="Please assess: GP letter for applicant Ms Eleanor Reid (term life 500k)", lang="en",
  date="2026-09-02 11:00", body="""
Dear Dr. Hasselbach,

attached is the letter from the applicant's GP in Edinburgh. I would need your vote for the term life application (EUR 500,000, 25 years) by Friday, if possible.

Thank you
Marlene Schulte
""", sigstyle="name", att=[DOCX("GP_letter_Reid.docx", [("h", "Morningside Medical Practice, Edinburgh"),
    "Re: Ms Eleanor Reid, DOB 22/10/1983",
    "Dear Sir or Madam, thank you for your enquiry. Ms Reid has been registered with us since 2012.",
    "Relevant history: Hodgkin lymphoma stage IIA diagnosed 2015, treated with ABVD chemotherapy and radiotherapy, in complete remission since 2016, annual follow-up at the Western General Hospital, last review 03/2026 without evidence of recurrence. Hypothyroidism after radiotherapy, on levothyroxine 75 micrograms.",
    "No other significant history. BMI 23. Non-smoker.",
    "Yours faithfully, Dr Fiona MacAllister"], author="Morningside Medical Practice")])

M("N", "en", "insurer-to-partner", "trap: mortality table update note to a reinsurer, aggregate", s="okafor",
  to="Claire Dubois <claire.dubois@reassure-re.example>", subj="Mortality basis 2027 – our proposal", lang="en",
  date="2026-09-03 10:00", body="""
Dear Claire,

for the term-life treaty we propose to move to the DAV 2008 T table with our own portfolio factors from 2027:

- non-smokers: 62 % of table (2025 experience: 58 %, credibility 71 %)
- smokers: 128 % of table (experience 131 %, credibility 54 %)
- select period: 3 years

Actual-to-expected for 2021–2025 is 0.91 overall; COVID-19 excess deaths in 2021/22 are excluded.

Best regards
Chidi
""", sigstyle="short")

M("S", "de", "internal", "colloquial internal note about a named insured's psychiatrist invoices",
  frm="Robin Assmann <robin.assmann@versicherer.example>", to="Sabine Kröger <sabine.kroeger@versicherer.example>", ent="kv",
  subj="kurze Frage Schmittke", date="2026-09-03 13:40", client="mobile", body="""
Hi Sabine, kannst du mal bei Frau Schmittke (4471 0066 103) reinschauen? Die hat schon wieder ne Rechnung vom Psychiater mit 3,5-fach auf alle Positionen, diesmal mit Begründung "Suizidalität, Krisenintervention". Zahlen wir das so oder willst du das zur Ärztin geben?
Robin
""")

M("N", "de", "insurer-to-supplier", "trap: supplier invoice check for a document scanning service, amounts only", s="krueger",
  to="Buchhaltung ScanServ <buchhaltung@scanserv.example>", subj="Rechnung 2026-0812 – Rückfrage Mengen", date="2026-09-04 09:20", body="""
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung 2026-0812 (Digitalisierung Posteingang August) haben wir eine Rückfrage:

Pos. 1 Standardbelege (Arztrechnungen, Rezepte): 412.880 Seiten à 0,021 EUR – passt zu unserer Zählung.
Pos. 2 Sonderformate (Röntgenbilder, Gutachten > 20 Seiten): 18.240 Seiten à 0,09 EUR – wir zählen 16.910.
Pos. 3 Expresszuschlag: nicht beauftragt.

Bitte korrigieren Sie Pos. 2 und 3 und senden Sie eine neue Rechnung.

Mit freundlichen Grüßen
""", sigstyle="short")

M("C", "de", "customer", "forwarded customer mail (rfc822) with a motor glass claim: plate, VIN and contract of the named customer",
  s="brenner", to="Kfz-Schaden Team <kfz-schaden-team@versicherer.example>", subj="WG: Steinschlag Frontscheibe", date="2026-09-04 11:00", body="""
Bitte als Glasschaden anlegen, Partnerwerkstatt vorschlagen.
""", sigstyle="name", att=[EML(INNER("Ulrich Zervas <ulrich.zervas@zervas-mail.example>", "kfz-schaden@versicherer.example",
    "Steinschlag Frontscheibe", "2026-09-03 18:20", """Guten Tag,

auf der A3 hat mir gestern ein Stein die Frontscheibe beschädigt, Riss ca. 20 cm vom Fahrer aus gesehen links unten.

Fahrzeug: Volvo XC60, Kennzeichen SU-UZ 60, FIN YV1UZA8V1L1234567
Vertrag: KF 6612 0938 (Teilkasko 150 EUR SB)

Kann ich zu Carglass oder muss ich zu einer bestimmten Werkstatt?

Mit freundlichen Grüßen
Ulrich Zervas""", "<0f3b9c21-zervas-20260903@zervas-mail.example>"), "Steinschlag Frontscheibe.eml")])

M("S", "de", "insurer-to-customer", "Riester pension (life) allowance application with tax ID and children's birth dates — personal line",
  s="haas", to="Julia Wendling <julia.wendling@familienpost.example>", subj="Ihr Zulagenantrag zur Riester-Rente RR 0041 3318 007",
  date="2026-09-07 09:30", body="""
Liebe Frau Wendling,

wir haben Ihren Dauerzulagenantrag für Ihre Riester-Rente RR 0041 3318 007 an die Zentrale Zulagenstelle weitergeleitet:

Steuer-ID: 61 904 327 815
Kinder: Emma Wendling, geb. 14.02.2016; Paul Wendling, geb. 30.09.2019
Beitragspflichtige Einnahmen Vorjahr: 31.200 EUR (Teilzeit)

Voraussichtliche Zulagen: Grundzulage 175 EUR, Kinderzulagen 2 x 300 EUR. Ihr Mindesteigenbeitrag beträgt damit 473 EUR im Jahr; Sie zahlen 600 EUR, das reicht.

Viele Grüße
""", sigstyle="short")

M("N", "en", "internal", "trap: anonymised customer survey verbatims about claims handling", s="lorenz",
  to="Claims Leadership <claims-leadership@versicherer.example>", subj="Customer survey Q2 – verbatims (anonymised)", lang="en",
  date="2026-09-07 14:00", body="""
Hello all,

a selection of verbatims from the Q2 customer survey (translated, anonymised, no claim references):

"The reimbursement for my physiotherapy came in three days. Brilliant."
"Nobody told me that I needed a new prescription after twelve weeks."
"The letter about my dental plan was impossible to understand."
"Very kind lady on the phone when my father went into a care home."

NPS health claims: +31 (Q1: +27). NPS motor claims: +18 (Q1: +22).

Daniela
""", sigstyle="name")

M("C", "en", "broker", "broker sends a customer list as XLSX octet-stream with names, birth dates and home policies; body harmless", s="vogel",
  to="Broker Service South <broker-service-sued@versicherer.example>", subj="FW: Portfolio review – Bergmann Finanz", lang="en",
  date="2026-09-08 09:10", body="""
For the portfolio review meeting on Thursday. Property only, no life/health in this list.
Katharina
""", sigstyle="name", quote=FW("Lars Bergmann <l.bergmann@bergmann-finanz.example>", "Mon, 7 Sep 2026 17:45", "Katharina Vogel <katharina.vogel@versicherer.example>",
    "Portfolio review", """Hi Katharina, here's the file for Thursday. Lars""", lang="en"),
  att=[XLSX("portfolio_review_bergmann.xlsx", {"clients": [
      ["name", "date of birth", "city", "product", "policy", "premium"],
      ["Oksana Melnyk", "1986-05-02", "Augsburg", "home contents", "HV 8120 3312", 132.00],
      ["Florian Staudinger", "1972-12-19", "Munich", "buildings", "WG 8120 3340", 1240.50],
      ["Valentina Greco", "1995-08-08", "Munich", "liability", "PH 8120 3391", 64.90],
      ["Matthias Brandl", "1964-03-27", "Rosenheim", "motor", "KF 8120 3402", 810.20]]}, author="Bergmann Finanz", octet=True)])

M("N", "de", "internal", "trap: intranet post on support offers for employees caring for relatives, generic", s="weiss",
  to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Beruf und Pflege: Unterstützung für pflegende Angehörige", date="2026-09-08 11:00", body="""
Liebe Kolleginnen und Kollegen,

viele von Ihnen kümmern sich neben dem Beruf um pflegebedürftige Angehörige. Diese Angebote gibt es bei uns:

- Pflegezeit und Familienpflegezeit nach Gesetz, dazu bis zu zehn Tage bezahlte Freistellung in akuten Situationen
- kostenlose, vertrauliche Beratung durch unseren externen Familienservice (auch zu Pflegegrad-Anträgen und Heimplätzen)
- flexible Arbeitszeit nach Absprache

Ihre Führungskraft erfährt von einer Beratung nichts, außer Sie möchten es.

Ihr Personalbereich
""", sigstyle="name")

M("S", "en", "insurer-to-customer", "repatriation of the remains of a named insured who died abroad; cause of death", s="seidel",
  to="Katarzyna Nowak-Berg <k.nowakberg@mailpl.example>", subj="Repatriation of your father, Mr Tadeusz Nowak", lang="en",
  date="2026-09-09 10:00", body="""
Dear Mrs Nowak-Berg,

we are very sorry for the loss of your father. Our assistance team has spoken with the hospital in Split: Mr Tadeusz Nowak died on 6 September of a ruptured aortic aneurysm shortly after admission.

Under his travel health policy RK 2026 7713 we cover the transfer of the remains to Cologne, including the zinc coffin and the formalities with the consulate. The funeral home in Split will hand over to Bestattungen Kuckelkorn in Cologne on 14 September.

Please tell us if the family would prefer a cremation in Croatia; the costs of an urn transfer are covered as well.

With our sincere condolences
""", sigstyle="short")

# ---- d3-0291 … d3-0302 ----------------------------------------

M("N", "en", "internal", "trap: classifier test strings with ICD codes and a fake IBAN pattern, explicitly without any person", s="raman",
  to="Siegel Betrieb <siegel-betrieb@versicherer.example>", subj="Test strings for the acceptance run on Monday", lang="en",
  date="2026-09-09 15:20", body="""
Hi,

for Monday's acceptance run of the gateway rules, here are the isolated test strings (they must NOT trigger on their own, only next to a person or contract reference):

- "F32.1" and "M54.5 G" alone in a sentence about coding rules
- "Pflegegrad 3" in a product table
- "geb." inside the word "Gebäudeversicherung" and in "Gebühr"
- the string "DE00 0000 0000 0000 0000 00" (invalid checksum on purpose)

The full test set with synthetic persons is in the repository, not in mail.

Priya
""", sigstyle="name")

M("N", "de", "internal", "trap: wiki text on recognising forged doctors' invoices, fraud indicators only", s="schreiber",
  to="Leistung KV alle <leistung-kv-alle@versicherer.example>", subj="Neu im Wiki: Merkmale gefälschter Arztrechnungen", date="2026-09-10 09:00", body="""
Liebe Kolleginnen und Kollegen,

im Leistungswiki gibt es eine neue Seite zu Betrugsindikatoren bei Arztrechnungen. Die wichtigsten Merkmale:

- Praxisstempel ohne lebenslange Arztnummer oder mit Schreibfehlern im Ortsnamen
- GOÄ-Ziffern, die nicht zur Fachrichtung passen (z. B. Zahnarzt rechnet Nr. 3060 ab)
- Rechnungen mehrerer Ärzte im gleichen Layout und mit identischer Schriftart
- Bankverbindung der Praxis wechselt von Rechnung zu Rechnung
- Rezepte mit PZN, die es zum Verordnungsdatum noch nicht gab

Bei Verdacht bitte nicht die Versicherten kontaktieren, sondern die Stelle Leistungsmissbrauch (Ticket-Kategorie LM).

Carola Schreiber
""", sigstyle="short")

M("C", "de", "insurer-to-customer", "recourse claim for an unpaid deductible against a named customer with address and amount",
  s="becker", to="Jannik Peters <jannik.peters@studi-mail-k.example>", subj="Zahlungserinnerung Regressforderung KS-25-11873",
  date="2026-09-10 11:30", body="""
Sehr geehrter Herr Peters,

unsere Forderung aus dem Regress zum Schaden KS-25-11873 über 2.500,00 EUR ist seit dem 15.08.2026 fällig. Bis heute ist keine Zahlung eingegangen.

Bitte überweisen Sie den Betrag bis zum 24.09.2026. Wenn Ihnen eine Zahlung in einer Summe nicht möglich ist, bieten wir Ihnen eine Ratenzahlung an; rufen Sie uns dazu an.

Ihre Anschrift laut unseren Unterlagen: Zülpicher Str. 240, 50937 Köln. Bitte teilen Sie uns eine Änderung mit.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "en", "insurer-to-supplier", "trap: vendor security questionnaire answers about encrypting health data at rest", s="fischer",
  to="Vendor Risk <vendor-risk@cloudarchiv.example>", subj="RE: Security questionnaire – our requirements for the archive service", lang="en",
  date="2026-09-11 10:15", body="""
Dear Vendor Risk team,

to clarify our questionnaire: the archive will hold claims documents including health data (special categories under Art. 9 GDPR) and data protected by professional secrecy (§ 203 German Criminal Code). Therefore we require:

1. encryption at rest with customer-managed keys (our HSM), AES-256
2. data centres in the EU only, no remote access from third countries
3. audit logs of every access, retained for 6 years and exportable
4. deletion certificates at the end of the retention period

Your answer "encryption available on request" is not sufficient; please confirm each point.

Kind regards
Tim Fischer
""", sigstyle="short")

M("N", "de", "insurer-to-customer", "trap: website text of the policy conditions on psychotherapy, generic", s="nguyen",
  to="Webredaktion <webredaktion@versicherer.example>", subj="Text für die FAQ-Seite: Psychotherapie", date="2026-09-11 13:00", body="""
Hallo Webredaktion,

bitte den FAQ-Eintrag „Zahlt meine Krankenversicherung eine Psychotherapie?“ durch diesen Text ersetzen:

„Ja. In allen Vollversicherungstarifen erstatten wir ambulante Psychotherapie durch approbierte Psychotherapeutinnen und Psychotherapeuten sowie Fachärzte. Die ersten fünf probatorischen Sitzungen können Sie ohne Antrag in Anspruch nehmen. Für die weitere Behandlung brauchen wir vorher einen kurzen Antrag Ihrer Therapeutin oder Ihres Therapeuten. Wie viele Sitzungen versichert sind, steht in Ihren Tarifbedingungen.“

Danke
Minh
""", sigstyle="name")

M("C", "en", "insurer-to-customer", "school trip cancellation insurance: list of named pupils with birth dates, no health", s="seidel",
  to="Ms Corinna Dahmen <c.dahmen@gymnasium-kreuzgasse.example>", subj="Group cancellation cover – class 9b trip to London", lang="en",
  date="2026-09-14 09:30", body="""
Dear Ms Dahmen,

we confirm group cancellation cover GR 2026 0912 for the class trip of 9b to London (12–16 October 2026, 24 pupils, 2 teachers, total trip price EUR 14,300). The trip is in English because the partner school in London receives a copy.

Insured persons (extract as requested for the tour operator):
Amelie Brückner, born 2011-03-22
Jonas Ferrari, born 2011-07-04
Leyla Aksoy, born 2010-12-30
… (full list in the certificate)

Please make sure that the tour operator receives the insurance certificate before the final payment.

Kind regards
""", sigstyle="short")

M("N", "en", "internal", "trap: ESG report draft with aggregate employee sickness rate", s="baumann",
  to="ESG Working Group <esg@versicherer.example>", subj="ESG report 2026 – social KPIs draft", lang="en",
  date="2026-09-14 14:30", body="""
Hi all,

draft of the social KPIs for the ESG report:

- employees (headcount): 6,812; part-time share 27 %
- sickness rate: 5.2 % (2025: 5.6 %)
- occupational accidents: 14 reportable (commuting accidents excluded)
- share of women in management: 38 %
- training hours per employee: 21

HR confirms that the sickness rate is only calculated for units with more than 50 employees.

Julia
""", sigstyle="name")

M("N", "de", "internal", "trap: telephone script for customer service about claim status questions, generic", s="kowalski",
  to="Kundenservice Team <kundenservice-team@versicherer.example>", subj="Gesprächsleitfaden: Fragen zum Erstattungsstand", date="2026-09-15 08:30", body="""
Hallo zusammen,

für Anrufe zum Stand einer Erstattung gilt ab sofort:

1. Identifizieren: Name, Geburtsdatum und Versicherungsnummer abfragen – erst dann Auskunft geben.
2. Keine Auskünfte an Angehörige ohne Vollmacht, auch nicht an Ehepartner.
3. Zum Inhalt von Arztrechnungen oder Diagnosen keine Auskunft am Telefon geben, sondern an den Leistungsservice verweisen.
4. Bei Beschwerden: Vorgang im CRM anlegen, nicht auf E-Mail ausweichen.

Der Leitfaden liegt auch im Wissensportal.

Lena
""", sigstyle="name")

M("N", "de", "internal", "trap: fraud pattern alert about forged prescriptions, PZNs and amounts without persons", s="jankowski",
  to="Team Arznei- und Hilfsmittel <team-ahm@versicherer.example>", subj="Achtung: Muster gefälschter Rezepte (Stand September)", date="2026-09-15 11:45", body="""
Hallo zusammen,

das LKA hat über den Verband vor einer Serie gefälschter Privatrezepte gewarnt. Typische Merkmale:

- Präparate: Ozempic 1 mg (PZN 13904152), Wegovy 2,4 mg, Mounjaro 10 mg
- Stempel einer nicht existierenden Praxis „Dr. med. K. Winter, Allgemeinmedizin, Köln-Ost“
- Apotheken meist außerhalb NRW, Beträge knapp unter 1.000 EUR

Bei Treffern bitte Vorgang anhalten und an Leistungsmissbrauch melden. Bisher haben wir bei uns keinen bestätigten Fall.

Marta
""", sigstyle="name")

M("N", "en", "insurer-to-partner", "trap: minutes with a broker association about digital application processes, no customer", s="reuter",
  to="Digital Working Group <digital@maklerverband.example>", subj="Minutes – digital application workflows (BiPRO), 10 September", lang="en",
  date="2026-09-16 10:00", body="""
Dear members,

minutes of our meeting on 10 September:

1. Health questions in digital applications will be transmitted as structured data (BiPRO norm) instead of PDF from Q2 2027.
2. Brokers' management software will fetch policy documents and correspondence through the electronic broker post API (list, get, acknowledge).
3. Documents with health data are only delivered to users with portfolio rights and two-factor sign-in.
4. Next meeting: 3 December, online.

Kind regards
Frank Reuter
""", sigstyle="short")

M("N", "de", "insurer-to-partner", "trap: statistics of deer collisions per district for a hunting association, aggregate", s="engel",
  to="Kreisjägerschaft Rhein-Sieg <geschaeftsstelle@kjs-rheinsieg.example>", subj="Wildunfallstatistik 2025 für Ihre Mitgliederversammlung", date="2026-09-16 14:00", body="""
Sehr geehrte Damen und Herren,

gern stellen wir Ihnen unsere Zahlen zu Wildunfällen 2025 im Rhein-Sieg-Kreis zur Verfügung (nur Teilkaskoschäden unserer Versicherten, ohne Angaben zu Personen):

- gemeldete Wildunfälle: 1.412 (2024: 1.288)
- Tierarten: Reh 71 %, Wildschwein 18 %, Fuchs/Dachs 8 %, sonstige 3 %
- Schwerpunkte: B 478 bei Ruppichteroth, L 352 bei Neunkirchen-Seelscheid
- durchschnittlicher Schaden: 3.120 EUR

Wir freuen uns, wenn die Zahlen bei der Planung von Wildwarnreflektoren helfen.

Mit freundlichen Grüßen
""", sigstyle="short")

M("N", "en", "newsletter", "trap: graduate programme newsletter mentioning health claims rotation, no person",
  frm="Versicherer Careers <careers@versicherer.example>", to="careers-newsletter@versicherer.example",
  subj="Graduate programme 2027 – applications open", lang="en", date="2026-09-17 07:30", html=True, body="""
Dear future colleagues,

applications for our 18-month graduate programme 2027 are open until 15 November. You will rotate through four departments – for example health claims, where you learn how we assess doctors' invoices and hospital bills, actuarial, IT architecture and broker relations.

What we offer: a permanent contract from day one, a mentor, EUR 54,000 per year, and a study trip to our reinsurance partners.

Apply at careers.versicherer.example.

Your Talent Acquisition team
""")

# ---- d3-0303 … d3-0314 ----------------------------------------

M("S", "de", "company", "HR sends the company health plan enrolment list (XLSX as octet-stream) with names and birth dates; body says only 'anbei'",
  s="achterberg", to="Bestand bKV <bestand-bkv@versicherer.example>", subj="WG: Anmeldeliste bKV zum 01.10.", date="2026-09-17 09:30", body="""
Bitte zum 01.10. einspielen, Vertrag bKV 4412 (Kranich Logistik). Ohne Gesundheitsprüfung, Wartezeiten entfallen laut Rahmenvertrag.
""", sigstyle="name", quote=FW("Nicole Brandes <n.brandes@spedition-kranich.example>", "16.09.2026, 16:10", "Femke Achterberg <femke.achterberg@versicherer.example>",
    "Anmeldeliste bKV", """Hallo Frau Achterberg,
anbei die Liste.
Gruß N. Brandes"""),
  att=[XLSX("bKV_Anmeldung_Oktober.xlsx", {"Tabelle1": [
      ["PersNr", "Nachname", "Vorname", "Geburtsdatum", "Tarif", "Mitversicherte Kinder"],
      ["1112", "Kowalczyk", "Piotr", "1978-05-03", "bKV Zahn+Vorsorge", 2],
      ["1154", "Hennig", "Sandra", "1990-11-22", "bKV Zahn+Vorsorge", 0],
      ["1242", "Strauß", "Lea", "2001-12-12", "bKV Zahn", 0],
      ["1250", "Oyelaran", "Tunde", "1987-08-15", "bKV Zahn+Vorsorge+Stationär", 1]]}, author="Spedition Kranich", octet=True)])

M("C", "de", "insurer-to-customer", "motor assessor's report summary as PDF (octet-stream) with named owner, plate and VIN; body harmless",
  s="brenner", to="Yvonne Lehnert <yvonne.lehnert@mailbox.example>", subj="Gutachten zu Ihrem Schaden", date="2026-09-17 11:00", body="""
Hallo Frau Lehnert,

anbei wie gewünscht die Kurzfassung des Gutachtens für Ihre Unterlagen.

Viele Grüße
""", sigstyle="short", att=[PDF("GA_2026_0917.pdf", [("h", "Sachverständigenbüro Kröll – Kurzgutachten"),
    "Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden KS-26-04488",
    "Eigentümerin/Halterin: Yvonne Lehnert, Köln",
    "Fahrzeug: Opel Corsa F, Kennzeichen K-YL 318, FIN W0VZRHNS5M1234567, Laufleistung 38.412 km",
    ("t", [["Position", "Betrag"], ["Reparaturkosten netto", "3.412,80 EUR"], ["Wertminderung", "350,00 EUR"], ["Wiederbeschaffungswert", "14.900,00 EUR"]]),
    "Reparaturdauer: 5 Arbeitstage. Das Fahrzeug ist verkehrssicher."], octet=True)])

M("S", "en", "insurer-to-customer", "expat hospital invoice as PDF; body says only 'please see attached'", s="odonnell",
  to="Daniel Okoro <d.okoro@globalmail.example>", subj="Settlement – see attached", lang="en", date="2026-09-18 09:10", body="""
Dear Mr Okoro,

please see the attached settlement statement. Nothing is left for you to pay.

Kind regards
""", sigstyle="short", att=[PDF("Settlement_2026-IHS-00417.pdf", [("h", "Settlement statement – GlobalCare Premium"),
    "Member: Daniel Okoro, born 1979-09-30, policy GC-2022-31877",
    "Provider: Al Noor Specialist Hospital, Dubai",
    ("t", [["Date", "Service", "Billed USD", "Paid USD"], ["2026-09-02", "Knee arthroscopy, partial medial meniscectomy (left)", "7,850.00", "7,850.00"],
           ["2026-09-02", "Anaesthesia", "1,120.00", "1,120.00"], ["2026-09-02", "Day-case room", "640.00", "640.00"]]),
    "Deductible applied earlier in 2026: USD 250 (met)."])])

M("N", "de", "insurer-to-broker", "trap: generic product information sheet (PDF) for a dental tariff, no person", s="reuter",
  to="maklerinfo-nord@versicherer.example", subj="Produktinformationsblatt ZahnPlus – aktualisierte Fassung", date="2026-09-18 10:00", body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

anbei das aktualisierte Produktinformationsblatt ZahnPlus (Stand 10/2026). Geändert haben sich nur die Zahnstaffel im zweiten Jahr und die Erstattung der professionellen Zahnreinigung.

Viele Grüße
""", sigstyle="short", att=[PDF("PIB_ZahnPlus_10-2026.pdf", [("h", "Produktinformationsblatt ZahnPlus"),
    "Art der Versicherung: Krankheitskostenzusatzversicherung für Zahnbehandlung und Zahnersatz",
    ("t", [["Leistung", "Erstattung"], ["Zahnersatz inkl. Implantate", "80 %"], ["Zahnbehandlung", "100 %"], ["Prof. Zahnreinigung", "bis 150 EUR/Jahr"], ["Kieferorthopädie (Kinder, KIG 3-5)", "80 %"]]),
    "Zahnstaffel: Jahr 1: 1.000 EUR, Jahr 2: 2.500 EUR, Jahr 3: 4.000 EUR, ab Jahr 5 unbegrenzt.",
    ("small", "Dieses Informationsblatt gibt Ihnen einen Überblick. Maßgeblich sind die Versicherungsbedingungen.")])])

M("S", "de", "customer", "customer's objection letter (DOCX) against a psychotherapy refusal; body only 'Anbei mein Widerspruch'",
  s="kroeger", to="Widerspruchsstelle Leistung <widerspruch-kv@versicherer.example>", subj="WG: Widerspruch", date="2026-09-21 08:45", body="""
Bitte als Widerspruch erfassen, Akte 4471 0091 227.
""", sigstyle="name", quote=FW("Torben Lüdecke <torben.luedecke@mail-hh.example>", "19.09.2026, 11:02", "leistung-kv@versicherer.example", "Widerspruch", """Anbei mein Widerspruch.
T. Lüdecke"""),
  att=[DOCX("Widerspruch_Luedecke.docx", [("h", "Widerspruch gegen Ihre Ablehnung vom 10.09.2026"),
      "Torben Lüdecke, Versicherungsnummer 4471 0091 227",
      "Sehr geehrte Damen und Herren, Sie haben die Verlängerung meiner Verhaltenstherapie über die 50. Sitzung hinaus abgelehnt. Ich leide seit 2024 an einer Zwangsstörung (Waschzwang) und einer mittelgradigen Depression. Seit der Therapie bei Frau Dr. Lindner kann ich wieder arbeiten, aber die Expositionsübungen sind noch nicht abgeschlossen.",
      "Ich bitte Sie, die Entscheidung zu überprüfen und den Bericht meiner Therapeutin vom 02.09.2026 zu berücksichtigen.",
      "Mit freundlichen Grüßen, Torben Lüdecke"], author="Torben")])

M("C", "de", "insurer-to-company", "association liability: ODS list of a club's board members with birth dates and functions",
  s="kaya", to="Vorstand TuS Rheindorf 1911 e.V. <vorstand@tus-rheindorf.example>", subj="Vereinshaftpflicht VH 2290 0188 – Ihre Vorstandsliste",
  date="2026-09-21 10:30", body="""
Sehr geehrter Herr Kuckertz,

anbei die Vorstandsliste, wie sie in der Vereinshaftpflicht und der D&O-Deckung für den Vorstand hinterlegt ist. Bitte prüfen Sie die Angaben nach der Mitgliederversammlung und melden Sie Änderungen.

Mit freundlichen Grüßen
""", sigstyle="short", att=[ODS("Vorstand_TuS_Rheindorf.ods", {"Vorstand": [
    ["Funktion", "Name", "Geburtsdatum", "seit"], ["1. Vorsitzender", "Werner Kuckertz", "1959-01-08", "2018"],
    ["2. Vorsitzende", "Aylin Sarı", "1984-06-19", "2022"], ["Kassierer", "Heinz Bongartz", "1952-10-30", "2010"],
    ["Jugendwartin", "Lena Thelen", "1998-03-03", "2024"]]})])

M("N", "en", "insurer-to-company", "trap: blank census template (XLSX) with headers and one example row marked as example", s="paulsen",
  to="Rachel Tomlinson <rachel.tomlinson@harwick-eng.example>", subj="Census template for next year", lang="en", date="2026-09-22 09:00", body="""
Dear Rachel,

to make next year's renewal easier, here is our census template. The first row is an example only (not a real person); please delete it before you fill in the data, and send the completed file through the secure mailbox, not by e-mail.

Kind regards
Henrik
""", sigstyle="short", att=[XLSX("Census_template_2027.xlsx", {"Census": [
    ["Employee ID", "Surname", "First name", "Date of birth (dd/mm/yyyy)", "Gender", "Annual salary EUR"],
    ["EXAMPLE", "Doe", "Jane", "01/01/1980", "F", 50000]]}, author="Versicherer")])

M("S", "de", "insurer-to-pharmacy", "ZIP with a pharmacy direct-billing CSV for a named insured's specialty drugs",
  s="jankowski", to="Abrechnung Apotheke am Dom <abrechnung@apotheke-am-dom.example>", subj="Direktabrechnung Hochpreiser – Rückfragen August",
  date="2026-09-22 11:20", body="""
Sehr geehrte Frau Brünger,

anbei die Positionen aus Ihrer Sammelrechnung August, zu denen wir Rückfragen haben (Spalte „Rückfrage“). Bitte ergänzen Sie die Angaben und schicken Sie die Datei über das Portal zurück.

Mit freundlichen Grüßen
""", att=[ZIP("Rueckfragen_August_2026.zip", [CSV("rueckfragen.csv", [
    ["Vers.-Nr.", "Name", "Abgabedatum", "PZN", "Präparat", "Betrag EUR", "Rückfrage"],
    ["4471 0012 774", "Haberkamp, Klaus-Dieter", "2026-08-04", "11160738", "Apixaban 5 mg 200 St.", "268,41", "keine"],
    ["4471 0087 219", "Kaiser, Dominik", "2026-08-11", "17255231", "Wegovy 2,4 mg 4 Pens", "301,58", "Kostenzusage fehlt"],
    ["4471 0033 508", "Ilic, Jelena", "2026-08-19", "12490105", "Humira 40 mg 6 Fertigpens", "5.412,77", "Verordnungsdatum unleserlich"]],
    enc="windows-1252")])])

M("C", "en", "customer", "landlord's claim letter (DOCX) against a named tenant for damage, forwarded; body harmless", s="oltmanns",
  to="Liability Claims <haftpflicht-schaden@versicherer.example>", subj="FW: letter from the landlord", lang="en", date="2026-09-23 09:00", body="""
Please add to HP-26-01472 (Ms Andersson). Landlord now also claims for the kitchen worktop.
Jens
""", sigstyle="name", quote=FW("Sofia Andersson <sofia.andersson@svmail.example>", "Tue, 22 Sep 2026 20:11", "Jens Oltmanns <jens.oltmanns@versicherer.example>",
    "letter from the landlord", """Hi, my old landlord sent me this, I forward it. Sofia""", lang="en"),
  att=[DOCX("Schreiben_Wefelscheid.docx", [("h", "Günter Wefelscheid – Hausverwaltung privat"),
      "An Frau Sofia Andersson, zuletzt wohnhaft Severinstraße 201, 50676 Köln",
      "Betreff: Schäden an der Mietwohnung, 2. OG rechts, Auszug 31.05.2026",
      "Neben dem Parkett und dem Waschbecken ist die Arbeitsplatte der Küche im Bereich der Spüle aufgequollen. Austausch laut Angebot Schreinerei Moll: 486,00 EUR. Ich bitte um Zahlung bzw. Weiterleitung an Ihre Haftpflichtversicherung.",
      "Mit freundlichen Grüßen, G. Wefelscheid"], author="G. Wefelscheid")])

M("S", "en", "insurer-to-customer", "home care service invoices (ODS) for the addressee's wife with care level and services", s="yilmaz",
  to="Robert Hensley <robert.hensley@mail-usa.example>", subj="Home care invoices July–August", lang="en", date="2026-09-23 14:30", body="""
Dear Mr Hensley,

attached is the overview of the home care invoices we paid for your wife in July and August. Please check it against your copy of the invoices.

Kind regards
""", sigstyle="short", att=[ODS("home_care_Hensley_Jul-Aug.ods", {"invoices": [
    ["month", "insured person", "care level", "service provider", "services", "paid EUR"],
    ["2026-07", "Margaret Hensley", 3, "Ambulanter Pflegedienst Sonnenschein", "daily personal care, medication twice daily, wound care (leg ulcer)", 1497.00],
    ["2026-08", "Margaret Hensley", 3, "Ambulanter Pflegedienst Sonnenschein", "daily personal care, medication twice daily, wound care (leg ulcer)", 1497.00]]})])

M("C", "de", "insurer-to-customer", "household sum-insured calculation (XLSX) of a named customer with inventory values; body harmless",
  s="kaya", to="Dr. Friederike Wallraff <f.wallraff@privat-mail.example>", subj="Ihre Berechnung der Versicherungssumme", date="2026-09-24 10:00", body="""
Sehr geehrte Frau Dr. Wallraff,

anbei unsere Berechnung zur Versicherungssumme, wie am Telefon besprochen.

Mit freundlichen Grüßen
""", sigstyle="short", att=[XLSX("Versicherungssumme_Wallraff.xlsx", {"Berechnung": [
    ["Bereich", "Neuwert EUR"], ["Möbel Wohnzimmer/Esszimmer", 28400], ["Küche (Geräte, Geschirr)", 9800], ["Kleidung", 14200],
    ["Bibliothek / Kunstdrucke", 21500], ["Wertsachen (siehe Liste vom 05.06.2026)", 85000], ["Summe", 158900],
    ["Vertrag", "HV 0011 7734, Anschrift: Goltsteinstraße 112, 50968 Köln"]]}, author="Emre Kaya")])

M("N", "de", "internal", "trap: DOCX minutes of the occupational health committee with aggregate figures", s="weiss",
  to="Arbeitsschutzausschuss <asa@versicherer.example>", subj="Protokoll ASA-Sitzung 3/2026", date="2026-09-24 15:00", body="""
Liebe Mitglieder des Arbeitsschutzausschusses,

anbei das Protokoll der Sitzung vom 22.09.2026 zur Durchsicht. Einwände bitte bis 02.10.

Nadine Weiß
""", sigstyle="short", att=[DOCX("Protokoll_ASA_3-2026.docx", [("h", "Protokoll Arbeitsschutzausschuss 3/2026"),
    "Teilnehmende: Arbeitgebervertretung, Betriebsrat, Betriebsärztin, Fachkraft für Arbeitssicherheit, Schwerbehindertenvertretung",
    "TOP 1 Unfallgeschehen Q1-Q3: 9 meldepflichtige Arbeitsunfälle (davon 6 Wegeunfälle), keine schweren Verletzungen.",
    "TOP 2 Gefährdungsbeurteilung psychische Belastung: Auswertung der Befragung in den Leistungsbereichen, Rücklauf 64 %. Maßnahmen: Pausenregelung, Telefonie-Entlastung.",
    "TOP 3 Grippeschutzimpfung: 611 Impfungen 2025, Termine 2026 stehen.",
    "Nächste Sitzung: 08.12.2026"], author="Personal")])

# ==== MAILS END ====

if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
